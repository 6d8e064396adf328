#!/usr/bin/env python3
"""Evaluation mail set "final8d": Münster Welcome Summit 2027 (sessions S1-S4).

    python3 make_mails.py           write mails/ and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
Every mail text is in this file; the comment above each mail says what it tests.
"""

import base64
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "summit@muenster.example"
MAILS = []          # (file name, raw bytes, expected record)

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
SESSIONS = ("S1", "S2", "S3", "S4")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def when(stamp, tzh=2, tzm=0):
    """'2027-04-06 08:47:12' local time at UTC offset tzh:tzm -> RFC 5322 date."""
    sign = -1 if tzh < 0 else 1
    tz = timezone(timedelta(hours=tzh, minutes=sign * tzm))
    return format_datetime(datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def ew(text, cs="utf-8", enc="B"):
    """RFC 2047 encoded words (each at most 75 characters), folded if needed."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""

    def enc_word(s):
        raw = s.encode(cs)
        if enc == "B":
            return f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for b in raw:
            ch = chr(b)
            if b < 128 and ch.isalnum():
                out.append(ch)
            elif ch == " ":
                out.append("_")
            else:
                out.append("=%02X" % b)
        return f"=?{cs}?Q?{''.join(out)}?="

    for ch in text:
        if cur and len(enc_word(cur + ch)) > 75:
            words.append(enc_word(cur))
            cur = ch
        else:
            cur += ch
    words.append(enc_word(cur))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", enc="B"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"' + name.replace('"', '\\"') + f'" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, enc)} <{email}>"


def part(body, cs="utf-8", cte="7bit", sub="plain", params="", extra=()):
    """A text part: (header lines, encoded payload bytes). body uses \\n line ends."""
    if cte == "base64":
        payload = base64.encodebytes(body.replace("\n", "\r\n").encode(cs))
    else:
        data = body.encode(cs)
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit part with 8-bit data"
            payload = data
        elif cte == "8bit":
            payload = data
        elif cte == "quoted-printable":
            payload = quopri.encodestring(data)
        else:
            raise ValueError(cte)
    cs_txt = f'"{cs}"' if sub == "html" else cs
    hdr = [f"Content-Type: text/{sub}; charset={cs_txt}{params}",
           f"Content-Transfer-Encoding: {cte}", *extra]
    return hdr, payload


def multi(sub, parts, boundary, params="", preamble=""):
    body = preamble.encode("ascii") + (b"\n" if preamble else b"")
    for hdr, payload in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(hdr).encode("ascii") + b"\n\n"
        body += payload
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{sub};\n boundary="{boundary}"{params}'], body


def attach(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return ([f'Content-Type: {ctype}; name="{filename}"',
             "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp}; filename="{filename}"'],
            base64.encodebytes(data))


def rfc822(raw):
    return ["Content-Type: message/rfc822", "Content-Disposition: inline"], raw


def fake_pdf(title):
    """A small, syntactically plausible PDF (content does not matter)."""
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
            b"4 0 obj\n<< /Title (" + title.encode("ascii") + b") >>\nendobj\n"
            b"trailer\n<< /Root 1 0 R /Info 4 0 R >>\n%%EOF\n")


def raw_message(headers, body_part):
    hdr, payload = body_part
    lines = [f"{k}: {v}" for k, v in headers]
    if not any(k.lower() == "mime-version" for k, _ in headers):
        lines.append("MIME-Version: 1.0")
    lines += hdr
    raw = "\n".join(lines).encode("ascii") + b"\n\n" + payload
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def mail(slug, headers, body_part, record):
    name = f"{len(MAILS) + 1:03d}-{slug}.eml"
    MAILS.append((name, raw_message(headers, body_part), record))


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def registration(email, name, org, wg, party, lang):
    return rec("registration", email, name, org, wg, party, lang)


def change(email, name, org, wg, party, lang):
    return rec("change", email, name, org, wg, party, lang)


def cancellation(email, name, org, lang):
    return rec("cancellation", email, name, org, (), None, lang)


def question(email, name, org, lang):
    return rec("question", email, name, org, (), None, lang)


def machine(kind, bounced=None):
    return rec(kind, bounced=bounced)


# What our side sends (quoted in replies).
def confirmation(name, session_line, persons, lang="en"):
    return (f"Dear {name},\n\n"
            "thank you for registering for the Münster Welcome Summit 2027\n"
            "(Saturday, 22 May 2027, 10:00-16:00, Stadthaus 1, Klemensstraße 10, Münster).\n\n"
            f"Your session: {session_line}\n"
            f"Persons: {persons}\n\n"
            "To change or cancel, simply reply to this e-mail.\n\n"
            "Welcome Center Münster\n"
            "Stadt Münster - Amt für Migration und Integration\n")


INVITATION = """\
Münster Welcome Summit 2027 / Willkommensgipfel 2027
Saturday, 22 May 2027, 10:00-16:00, Stadthaus 1, Klemensstraße 10

New in Münster? Whether you came to work, to study or to do research: the
Welcome Center invites all newcomers and their families to an afternoon of
practical advice, in English and German.

  Session 1 - Finding a flat in Münster
  Session 2 - Recognition of foreign qualifications
  Session 3 - Learning German while working
  Session 4 - Family life: schools, daycare, health care

One session per person. Please register by 14 May by e-mail to
summit@muenster.example, naming the session you would like to join and
how many people you are bringing. Participation is free of charge.
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in text.splitlines())


import html as _html


def gmail_html(text):
    """Gmail-like HTML rendering of a plain-text body."""
    out = ['<div dir="ltr">']
    for para in text.strip("\n").split("\n\n"):
        lines = [_html.escape(l, quote=False) for l in para.split("\n")]
        out.append("<div>" + "<br>\n".join(lines) + "</div><div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def outlook_html(text, lang="EN-US", font="Calibri"):
    """Outlook-like HTML (Word engine) rendering of a plain-text body."""
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n/* Font Definitions */\n"
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}\n'
            "a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n"
            ".MsoChpDefault {mso-style-type:export-only;}\n"
            "@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
            "div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n")
    body = [f'<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">']
    for para in text.strip("\n").split("\n\n"):
        for line in para.split("\n"):
            body.append(f'<p class="MsoNormal"><span lang="{lang}">'
                        f"{_html.escape(line, quote=False)}<o:p></o:p></span></p>")
        body.append('<p class="MsoNormal"><span lang="' + lang + '"><o:p>&nbsp;</o:p></span></p>')
    body.append("</div>\n</body>\n</html>")
    return head + "\n".join(body) + "\n"


def alternative(text, html, cs="utf-8", cte="quoted-printable", boundary="alt", html_cte=None):
    return multi("alternative",
                 [part(text, cs, cte),
                  part(html.replace("CHARSET", cs), cs, html_cte or cte, "html")],
                 boundary)


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 -- Indian-English registration from a corporate Outlook (multipart/alternative, UTF-8 QP):
#        "myself and my husband" = party 2; session by number and title; employer in the
#        signature is the organisation; long confidentiality disclaimer.
T = """\
Dear Welcome Center Team,

Greetings of the day!

I came to know about the Münster Welcome Summit through the flyer kept at the Bürgerbüro. Kindly register myself and my husband for Session 2 (Recognition of foreign qualifications). My husband Arjun is a civil engineer and his degree from Anna University is still not recognised here, so this session will be very much useful for us.

Please do the needful and revert back with the confirmation at the earliest.

Thanks & Regards,
Priya Raghunathan
Senior QA Engineer
Lumen Logistics GmbH | Hafenweg 24 | 48155 Münster
Tel: +49 251 000000-41
priya.raghunathan@lumen-logistics.example

________________________________
Lumen Logistics GmbH, Sitz: Münster, Registergericht: Amtsgericht Münster HRB 00000, Geschäftsführer: Dr. Tobias Wiemann, Aylin Kaya.
This e-mail and any attachments may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.
"""
mail("raghunathan-session2-with-husband", [
    ("From", addr("Raghunathan, Priya", "priya.raghunathan@lumen-logistics.example")),
    ("To", '"summit@muenster.example" <summit@muenster.example>'),
    ("Subject", "Registration - Welcome Summit 2027 (Session 2)"),
    ("Date", when("2027-04-06 08:47:12")),
    ("Message-ID", "<AM9PR04MB81234A1B2C3D4E5F6@AM9PR04MB8123.eurprd04.prod.outlook.example>"),
    ("Thread-Topic", "Registration - Welcome Summit 2027 (Session 2)"),
    ("Thread-Index", "AdlqRk3x0X4r9T1bQmSv6cYkq8cH2A=="),
    ("Accept-Language", "en-US, de-DE"),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
], alternative(T, outlook_html(T, "EN-IN"), boundary="_000_AM9PR04MB81234A1B2C3D4E5F6AM9PR04MB8123eurp_"),
    registration("priya.raghunathan@lumen-logistics.example", "Priya Raghunathan",
                 "Lumen Logistics GmbH", ["S2"], 2, "en"))

# 002 -- Postfix bounce (multipart/report) of our confirmation to mail 001's corporate
#        address: the company rejects external senders. Original headers attached.
ORIG = """\
Return-Path: <summit@muenster.example>
Received: from mailbot.muenster.example (mailbot.muenster.example [192.0.2.25])
	by mx.muenster.example (Postfix) with ESMTPS id 4QzT1k2Hn7z9s
	for <priya.raghunathan@lumen-logistics.example>; Tue,  6 Apr 2027 08:48:09 +0200 (CEST)
From: =?utf-8?q?M=C3=BCnster_Welcome_Summit?= <summit@muenster.example>
To: priya.raghunathan@lumen-logistics.example
Subject: =?utf-8?q?Your_registration_=E2=80=93_M=C3=BCnster_Welcome_Summit_2027?=
Date: Tue, 06 Apr 2027 08:48:07 +0200
Message-ID: <conf-20270406-0001@muenster.example>
In-Reply-To: <AM9PR04MB81234A1B2C3D4E5F6@AM9PR04MB8123.eurprd04.prod.outlook.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
T = """\
This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<priya.raghunathan@lumen-logistics.example>: host
    mx01.lumen-logistics.example[198.51.100.17] said: 550 5.7.1 Message
    rejected: external sender not on allow list (policy LL-EXT-04) (in reply
    to end of DATA command)
"""
DS = """\
Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4QzT1k2Hn7z9s
X-Postfix-Sender: rfc822; summit@muenster.example
Arrival-Date: Tue,  6 Apr 2027 08:48:09 +0200 (CEST)

Final-Recipient: rfc822; priya.raghunathan@lumen-logistics.example
Original-Recipient: rfc822;priya.raghunathan@lumen-logistics.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx01.lumen-logistics.example
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: external sender not on allow
    list (policy LL-EXT-04)
"""
mail("bounce-raghunathan-corporate-policy", [
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
    ("To", OURS),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", when("2027-04-06 08:48:13")),
    ("Message-ID", "<20270406064813.5A1C21E0042@mx.muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
     T.encode("ascii")),
    (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
     DS.encode("ascii")),
    (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
     ORIG.encode("ascii")),
], "4QzT1k2Hn7z9s.1807475293/mx.muenster.example", params="; report-type=delivery-status",
   preamble="This is a MIME-encapsulated message."),
    machine("bounce", bounced="priya.raghunathan@lumen-logistics.example"))

# 003 -- Brazilian Portuguese, ISO-8859-1 quoted-printable; session named only by topic in
#        the writer's words ("a sessão sobre como achar apartamento"); "Só eu mesmo" = 1.
T = """\
Olá, tudo bem?

Vi no Instagram do Welcome Center que vai ter o Welcome Summit em maio. Queria me inscrever na sessão sobre como achar apartamento, porque estou morando num quarto temporário em Kinderhaus e até agora não consegui nada. Já mandei mais de 60 mensagens no site de imóveis e ninguém responde. É muito difícil aqui!!

Só eu mesmo.

Obrigado e abraço,
Lucas Ferreira
"""
mail("ferreira-pt-apartamento", [
    ("From", addr("Lucas Ferreira", "lucasferreira.bh@gmail.example")),
    ("To", OURS),
    ("Subject", ew("inscrição Welcome Summit", "iso-8859-1", "Q")),
    ("Date", when("2027-04-07 21:33:40")),
    ("Message-ID", "<CAF8k2Pq9wQz+bR7uX1nN0ytT5mJ@mail.gmail.example>"),
], part(T, "iso-8859-1", "quoted-printable"),
    registration("lucasferreira.bh@gmail.example", "Lucas Ferreira", None, ["S1"], 1, "pt"))

# 004 -- Nigerian English from an iPhone, very short; "+1" = party 2; session by topic
#        ("learning German while working"); curly apostrophes, UTF-8 QP; no signature
#        block besides the first name line and "Sent from my iPhone".
T = """\
Good day,
Please register me +1 for the session on learning German while working. The +1 is my wife Adaeze. We’re both nurses and our B1 isn’t enough for the ward lol.
Thanks
Chinedu Okafor

Sent from my iPhone
"""
mail("okafor-plus-one-iphone", [
    ("From", addr("Chinedu", "chinedu.okafor@icloud.example")),
    ("To", OURS),
    ("Subject", "Summit reg"),
    ("Date", when("2027-04-08 06:52:05")),
    ("Message-ID", "<5E2A1F0C-7B3D-4C8E-9A61-2F0D8E4B7C11@icloud.example>"),
    ("X-Mailer", "iPhone Mail (20E252)"),
], part(T, "utf-8", "quoted-printable"),
    registration("chinedu.okafor@icloud.example", "Chinedu Okafor", None, ["S3"], 2, "en"))

# 005 -- Newsletter of a relocation agency (other): List-Unsubscribe, Precedence: bulk,
#        full of session-like words (apartment hunting, German courses, Kita, "register").
T = """\
RELOCATE MÜNSTER WEEKLY - Issue 61

Hi there,

spring is moving season! This week:

* Apartment hunting in Münster: 5 mistakes newcomers make (and how to avoid them)
* German courses for working professionals: evening vs. intensive
* Kita registration explained: the Kita-Navigator in 10 minutes
* Recognition of your degree: which authority is responsible?

FREE WEBINAR: "Your first 90 days in Münster" - Thursday, 15 April, 18:00.
Register here: https://relocate-muenster.example/webinar?utm_source=newsletter

Our relocation packages start at 490 EUR. Reply to this mail or book a call:
https://relocate-muenster.example/book

You receive this newsletter because you subscribed at relocate-muenster.example.
Unsubscribe: https://relocate-muenster.example/unsubscribe?u=8f3a2c
Relocate Münster UG (haftungsbeschränkt), Hansaring 00, 48155 Münster
"""
H = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Relocate Münster Weekly</title></head>\n'
     '<body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">'
     '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif">\n'
     '<tr><td style="padding:24px"><h1 style="color:#1a5e8a">Relocate Münster Weekly</h1>\n'
     '<p>Hi there,</p><p>spring is moving season! This week:</p>\n<ul>\n'
     '<li><a href="https://relocate-muenster.example/blog/apartment-hunting">Apartment hunting in Münster: 5 mistakes newcomers make</a></li>\n'
     '<li><a href="https://relocate-muenster.example/blog/german-courses">German courses for working professionals</a></li>\n'
     '<li><a href="https://relocate-muenster.example/blog/kita">Kita registration explained</a></li>\n'
     '<li><a href="https://relocate-muenster.example/blog/recognition">Recognition of your degree</a></li>\n</ul>\n'
     '<p style="background:#ffe9a8;padding:12px"><b>FREE WEBINAR:</b> "Your first 90 days in Münster" - Thursday, 15 April, 18:00. '
     '<a href="https://relocate-muenster.example/webinar?utm_source=newsletter">Register here</a></p>\n'
     '<p style="font-size:11px;color:#888">You receive this newsletter because you subscribed at relocate-muenster.example. '
     '<a href="https://relocate-muenster.example/unsubscribe?u=8f3a2c">Unsubscribe</a><br>'
     'Relocate Münster UG (haftungsbeschränkt), Hansaring 00, 48155 Münster</p>\n'
     '</td></tr></table></td></tr></table>'
     '<img src="https://track.relocate-muenster.example/o/8f3a2c.gif" width="1" height="1" alt=""></body></html>\n')
mail("newsletter-relocation-agency", [
    ("From", addr("Relocate Münster", "news@relocate-muenster.example")),
    ("To", OURS),
    ("Subject", ew("🏠 Apartment hunting, German courses & Kita – Relocate Münster Weekly #61")),
    ("Date", when("2027-04-08 05:00:02", 0)),
    ("Message-ID", "<0100018e2b7c4d1a-issue61-8f3a2c@mailer.relocate-muenster.example>"),
    ("List-Unsubscribe", "<https://relocate-muenster.example/unsubscribe?u=8f3a2c>, <mailto:unsubscribe@relocate-muenster.example?subject=8f3a2c>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("X-Campaign", "weekly-61"),
], multi("alternative", [part(T, "utf-8", "quoted-printable"),
                         part(H, "utf-8", "base64", "html")], "b1_8f3a2c61weekly"),
    machine("other"))

# 006 -- Syrian dentist writing learner German (ISO-8859-15, 8bit): chooses Session 4 and
#        explicitly says she does NOT need Session 2 ("Anerkennung ... schon fertig");
#        "Mein Mann kommt auch mit" = 2; "Dr." in the signature.
T = """\
Sehr geehrte Damen und Herren,

ich heiße Rania Haddad, ich komme aus Damaskus und wohne seit 8 Monate in Münster mit meine Familie. Ich möchte gern an dem Welcome Summit teilnehmen, und zwar Session 4 (Familie, Schule, Kita). Mein Mann kommt auch mit, also wir sind 2 Personen.

Session 2 brauche ich nicht, meine Anerkennung als Zahnärztin ist schon fertig, Gott sei Dank :)

Unsere Tochter ist 5 Jahre und wir suchen immer noch ein Kita-Platz, deshalb ist das Thema für uns sehr wichtig.

Mit freundlichen Grüßen
Dr. Rania Haddad
"""
mail("haddad-de-session4-not-session2", [
    ("From", addr("Rania Haddad", "rania.haddad@web.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Welcome Summit"),
    ("Date", when("2027-04-08 19:40:31")),
    ("Message-ID", "<trinity-3f1c9a2e-77b0-4d1e-b1a4-0c5e6d7f8a9b-1775670031@3c-app-webde-bs12.web.example>"),
    ("X-Mailer", "WEB.DE Mail"),
], part(T, "iso-8859-15", "8bit"),
    registration("rania.haddad@web.example", "Rania Haddad", None, ["S4"], 2, "de"))

# 007 -- Turkish (windows-1254, quoted-printable), session named by the German alias inside
#        Turkish text ("diploma denkliği (Anerkennung) oturumu"); "eşimle birlikte" = 2.
T = """\
Merhaba,

Ben Mehmet Yıldız, 3 aydır Münster'de yaşıyorum, Türkiye'de elektrik mühendisiydim. Welcome Summit'e eşimle birlikte katılmak istiyoruz. Bizi diploma denkliği (Anerkennung) oturumuna yazabilir misiniz? Eşim öğretmen, onun diploması da henüz tanınmadı.

Almancam henüz yeterli değil, Türkçe yazdığım için kusura bakmayın.

Saygılarımla
Mehmet Yıldız
0176 0000 1234
"""
mail("yildiz-tr-denklik-with-wife", [
    ("From", addr("Mehmet Yıldız", "mehmet.yildiz@yandex.example", "windows-1254", "Q")),
    ("To", OURS),
    ("Subject", ew("Welcome Summit kayıt / Anmeldung", "windows-1254", "Q")),
    ("Date", when("2027-04-09 10:15:44", 3)),
    ("Message-ID", "<1712650544.884210@mail.yandex.example>"),
], part(T, "windows-1254", "quoted-printable"),
    registration("mehmet.yildiz@yandex.example", "Mehmet Yıldız", None, ["S2"], 2, "tr"))

# 008 -- US newcomer asks about parking and language BEFORE signing up (question, not a
#        registration); HTML-only Outlook mail (no text/plain part), UTF-8 QP.
T = """\
Hello,

I just moved here from Columbus, Ohio with my company and a colleague forwarded me the summit info. Two quick questions before I sign up:

1. Is there parking at or near the Stadthaus? I'll be driving in from Greven.
2. Are the sessions in English? My German is basically "Hallo" and "Danke" at this point.

Thanks so much!
Sarah

Sarah Mitchell | Program Manager, EMEA Launch
Kessler Automotive Inc. | Münster Office
M +49 160 0000000 | sarah.mitchell@kessler-auto.example
"""
mail("mitchell-question-parking-html-only", [
    ("From", addr("Mitchell, Sarah", "sarah.mitchell@kessler-auto.example")),
    ("To", OURS),
    ("Subject", "Welcome Summit - parking + language?"),
    ("Date", when("2027-04-09 16:22:10")),
    ("Message-ID", "<BY5PR11MB4001C2E1F0A9B8D7E6C5B4A3@BY5PR11MB4001.namprd11.prod.outlook.example>"),
    ("Thread-Topic", "Welcome Summit - parking + language?"),
    ("Content-Language", "en-US"),
    ("X-MS-Exchange-Organization-SCL", "-1"),
], part(outlook_html(T, "EN-US").replace("CHARSET", "utf-8"), "utf-8", "quoted-printable", "html"),
    question("sarah.mitchell@kessler-auto.example", "Sarah Mitchell", "Kessler Automotive Inc.", "en"))

# 009 -- Chinese (GB18030 body, GBK subject, base64): "第三场" (the third one) = S3; a question about ID documents
#        rides along (still a registration); Chinese name + Latin name in the signature,
#        affiliation in German.
T = """\
您好！

我叫张伟，去年十月来到明斯特，现在在明斯特大学做博士后。我想报名参加5月22日的Welcome Summit，第三场（边工作边学德语）。我们实验室平时都说英语，我的德语一直没有进步，所以对这个话题很感兴趣。

请问活动当天需要带护照或者居留卡吗？

谢谢！

张伟 (Wei Zhang)
Institut für Physikalische Chemie
Universität Münster
"""
mail("zhang-zh-third-session", [
    ("From", addr("Wei Zhang", "wei.zhang@uni-muenster.example")),
    ("To", OURS),
    ("Subject", ew("报名 Welcome Summit", "gbk", "B")),
    ("Date", when("2027-04-10 01:12:57")),
    ("Message-ID", "<tencent_6A1F3C2B9E8D7A6F5E4D3C2B@qq.example>"),
    ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
], part(T, "gb18030", "base64"),
    registration("wei.zhang@uni-muenster.example", "Wei Zhang",
                 "Institut für Physikalische Chemie, Universität Münster", ["S3"], 1, "zh"))

# 010 -- Ukrainian (KOI8-U, 8bit): ranked preference in words, S1 by topic ("пошук житла"),
#        fallback "третю сесію" (the third session); Cyrillic signature beats the Latin
#        From display name.
T = """\
Доброго дня!

Мене звати Олександра Коваленко, я з Харкова, живу в Мюнстері з 2024 року. Хочу зареєструватися на Welcome Summit.

Найбільше мене цікавить сесія про пошук житла - ми з донькою досі живемо в гуртожитку. Якщо там уже не буде місць, то запишіть мене, будь ласка, на третю сесію (німецька мова на роботі).

Дякую!
Олександра Коваленко
"""
mail("kovalenko-uk-ranked-housing-then-3", [
    ("From", addr("Oleksandra Kovalenko", "o.kovalenko@ukr.example")),
    ("To", OURS),
    ("Subject", ew("Реєстрація на Welcome Summit", "koi8-u", "B")),
    ("Date", when("2027-04-10 12:30:02")),
    ("Message-ID", "<1775817002.213455000.kq7h2c1x@frv55.fwdcdn.example>"),
    ("X-Mailer", "ukr.net mailer"),
], part(T, "koi8-u", "8bit"),
    registration("o.kovalenko@ukr.example", "Олександра Коваленко", None, ["S1", "S3"], 1, "uk"))

# 011 -- Outlook out-of-office (auto_reply) of an HR person, German + English, windows-1252 QP,
#        with Auto-Submitted and X-Auto-Response-Suppress; subject "Automatische Antwort:".
T = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 23.04.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@hartmann-engineering.example.

Thank you for your message. I am out of the office until Friday, 23 April 2027, with no access to e-mail. For urgent matters please contact personal@hartmann-engineering.example.

Mit freundlichen Grüßen / Kind regards
Jonas Brandt
Hartmann Engineering GmbH
"""
mail("autoreply-outlook-hartmann-de-en", [
    ("From", addr("Brandt, Jonas", "jonas.brandt@hartmann-engineering.example")),
    ("To", addr("Münster Welcome Summit", OURS)),
    ("Subject", ew("Automatische Antwort: Your registration – Münster Welcome Summit 2027",
                   "windows-1252", "Q")),
    ("Date", when("2027-04-10 12:31:19")),
    ("Message-ID", "<a3f2c1b0e9d84c7b@EXCH02.hartmann-engineering.example>"),
    ("In-Reply-To", "<conf-20270410-0014@muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "jonas.brandt@hartmann-engineering.example"),
    ("Thread-Topic", "Your registration - Münster Welcome Summit 2027".replace("ü", "ue")),
], alternative(T, outlook_html(T, "DE"), "windows-1252", boundary="_000_a3f2c1b0e9d84c7bEXCH02_"),
    machine("auto_reply"))

# 012 -- Mexican PhD student in Spanish (windows-1252 QP, Thunderbird): ranked preference
#        "primera opción ... (la 2). Si ya está llena ... alemán" = [S2, S3]; institute in the
#        signature.
T = """\
Hola:

Me llamo Carlos Méndez, soy de Guadalajara (México) y estoy haciendo el doctorado en Münster desde febrero. Quisiera inscribirme en el Welcome Summit del 22 de mayo.

Mi primera opción sería la sesión sobre el reconocimiento de títulos extranjeros (la 2). Si ya está llena, me apunto en la de aprender alemán mientras se trabaja.

Muchas gracias y saludos cordiales,

-- 
Carlos Méndez Ruiz
Doctorando – Institut für Geophysik
Universität Münster
"""
mail("mendez-es-ranked-2-then-3", [
    ("From", addr("Carlos Méndez Ruiz", "c.mendezruiz@uni-muenster.example", "windows-1252", "Q")),
    ("To", OURS),
    ("Subject", ew("Inscripción Welcome Summit 2027", "windows-1252", "Q")),
    ("Date", when("2027-04-12 09:05:21")),
    ("Message-ID", "<7c1e0b5a-2f3d-4e6a-9b8c-1d2e3f4a5b6c@uni-muenster.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "es-MX"),
], part(T, "windows-1252", "quoted-printable", params="; format=flowed"),
    registration("c.mendezruiz@uni-muenster.example", "Carlos Méndez Ruiz",
                 "Institut für Geophysik, Universität Münster", ["S2", "S3"], 1, "es"))

# 013 -- Pakistani English, Gmail multipart/alternative (UTF-8 QP): "myself and two
#        colleagues from our lab, Dr. Hamza Qureshi and Ms. Nida Aslam" = 3; a question
#        about documents rides along.
T = """\
Assalam o Alaikum / Hello,

Hope this email finds you well. I would like to register myself and two colleagues from our lab, Dr. Hamza Qureshi and Ms. Nida Aslam, for Session 2 (Recognition of foreign qualifications). All three of us did our MBBS in Pakistan and are working as research associates, so the Approbation question is a big one for us.

Could you kindly also let us know if any documents should be brought along on the day?

Best regards,
Fatima Malik
Research Associate
Institut für Zellbiologie, Universitätsklinikum Münster
"""
mail("malik-three-from-lab-named", [
    ("From", addr("Fatima Malik", "fatima.malik@ukm.example")),
    ("To", OURS),
    ("Subject", "Registration for Session 2 - 3 persons"),
    ("Date", when("2027-04-12 14:47:33")),
    ("Message-ID", "<CAHx7Tq0uW3=pLk2mZ9vBnE4rYt1sQ@mail.gmail.example>"),
], alternative(T, gmail_html(T), boundary="000000000000a1b2c3d4e5f60617"),
    registration("fatima.malik@ukm.example", "Fatima Malik",
                 "Institut für Zellbiologie, Universitätsklinikum Münster", ["S2"], 3, "en"))

# 014 -- Vietnamese student, English (UTF-8 base64): "the apartment hunting part" = S1;
#        asks whether students may come (still registers); full Vietnamese name in the
#        signature beats the From display name "Ha Nguyen".
T = """\
Hello Welcome Center,

I am Ha, master student of Logistics at FH Münster, came in October. I want to join the summit on 22.5. for the apartment hunting part, I am on the waiting list of student dorm and my temporary room ends in July :(

Is it okay that I am a student and not a skilled worker? I hope yes.

Thank you very much!
Nguyễn Thị Thu Hà
(Ha Nguyen)
"""
mail("nguyen-apartment-hunting-student", [
    ("From", addr("Ha Nguyen", "thuha.nguyen@fh-muenster.example")),
    ("To", OURS),
    ("Subject", "join the summit"),
    ("Date", when("2027-04-13 22:10:09")),
    ("Message-ID", "<VI1PR0802MB2268E5A1@VI1PR0802MB2268.eurprd08.prod.outlook.example>"),
], part(T, "utf-8", "base64"),
    registration("thuha.nguyen@fh-muenster.example", "Nguyễn Thị Thu Hà", "FH Münster",
                 ["S1"], 1, "en"))

# 015 -- Change (Indian English) from a private address after the bounce (002): asks to use
#        this address from now on; new session by topic ("family life session (schools/
#        daycare)") while naming the old one; "Still 2 persons" = no party change.
T = """\
Hi,

I registered last week from my office id (priya.raghunathan@lumen-logistics.example) but no confirmation came, I think our company firewall is blocking outside mails. Please use this id only from now on.

Also one change please: instead of Session 2 we want to go for the family life session (schools/daycare), since Arjun's recognition is anyway in process with the Bezirksregierung now. Still 2 persons.

Regards,
Priya
"""
mail("raghunathan-change-to-family-private-address", [
    ("From", addr("Priya R", "priyaraghu91@gmail.example")),
    ("To", OURS),
    ("Subject", "Re: Registration - Welcome Summit 2027 (Session 2)"),
    ("Date", when("2027-04-14 07:58:46")),
    ("Message-ID", "<CAJpR9vZ1k=xY2u8Q7wE3tN5mB0cL@mail.gmail.example>"),
], part(T, "utf-8", "7bit"),
    change("priyaraghu91@gmail.example", "Priya Raghunathan", None, ["S4"], None, "en"))

# 016 -- Farsi (UTF-8 base64, ZWNJ inside words): S2 via the German alias in Persian text;
#        "برای خودم و همسرم" (for myself and my wife) = 2; Persian signature.
T = """\
سلام و وقت بخیر،

من رضا احمدی هستم، مهندس نرم‌افزار از تهران. حدود شش ماه است که با همسرم در مونستر زندگی می‌کنیم. می‌خواستم برای خودم و همسرم در جلسه‌ی مربوط به به‌رسمیت‌شناختن مدارک تحصیلی (Anerkennung) ثبت‌نام کنم. همسرم پزشک است و این موضوع برای ما خیلی مهم است.

اگر امکان دارد تأیید ثبت‌نام را به همین ایمیل بفرستید.

با تشکر
رضا احمدی
"""
mail("ahmadi-fa-anerkennung-with-wife", [
    ("From", addr("Reza Ahmadi", "reza.ahmadi@posteo.example")),
    ("To", OURS),
    ("Subject", ew("ثبت‌نام Welcome Summit")),
    ("Date", when("2027-04-14 20:20:18")),
    ("Message-ID", "<3f9e1a7c2b4d@posteo.example>"),
], part(T, "utf-8", "base64"),
    registration("reza.ahmadi@posteo.example", "رضا احمدی", None, ["S2"], 2, "fa"))

# 017 -- Spanish physiotherapist in English: "put me in all of them" - not possible (one
#        session per person) and no preference among them, so no session is chosen: [].
#        ISO-8859-1, 8bit, format=flowed (Apple Mail).
T = """\
Hello!!

I am Javier from Valencia, I arrived to Münster in March for work (I am physiotherapist in a practice in Hiltrup). I saw the programme of the Welcome Summit and honestly all the sessions are interesting for me, flat, recognition of my title, German, everything. Can you put me in all of them please? :)

Thank you so much and see you there
Javi

Javier Romero Sanz
"""
mail("romero-all-of-them", [
    ("From", addr("Javier Romero", "javi.romero.sanz@icloud.example")),
    ("To", OURS),
    ("Subject", "Welcome Summit!!"),
    ("Date", when("2027-04-15 18:03:27")),
    ("Message-ID", "<A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF@icloud.example>"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
], part(T, "iso-8859-1", "8bit", params="; format=flowed; delsp=no"),
    registration("javi.romero.sanz@icloud.example", "Javier Romero Sanz", None, [], 1, "en"))

# 018 -- Recruiter spam (other) that itself speaks of "Session 1/2/3" and "register now";
#        HTML + text, Reply-To to a sales address.
T = """\
Dear International Talent,

Are you new in Germany and looking for your next career step? Join our FREE online event "Jobs in Germany 2027":

Session 1 - Blue Card fast track: how to switch employers
Session 2 - Recognition of your degree in 4 weeks (our partner service)
Session 3 - Salary negotiation for internationals

Register now, only 50 seats: https://talentbridge-europe.example/events/jobs-2027?ref=muenster

Upload your CV and get matched with 300+ employers in NRW!

Best regards
Talent Bridge Europe Team

You are receiving this e-mail because your address is publicly listed. To stop receiving our e-mails reply with STOP.
"""
H = ('<html><body style="font-family:Verdana,sans-serif;font-size:13px">\n'
     '<p>Dear International Talent,</p>\n'
     '<p>Are you new in Germany and looking for your next career step? Join our <b>FREE</b> online event '
     '<b>"Jobs in Germany 2027"</b>:</p>\n<ol>\n'
     '<li>Session 1 - Blue Card fast track: how to switch employers</li>\n'
     '<li>Session 2 - Recognition of your degree in 4 weeks (our partner service)</li>\n'
     '<li>Session 3 - Salary negotiation for internationals</li>\n</ol>\n'
     '<p><a href="https://talentbridge-europe.example/events/jobs-2027?ref=muenster" '
     'style="background:#e4572e;color:#fff;padding:10px 18px;text-decoration:none">REGISTER NOW</a> '
     'only 50 seats!</p>\n<p>Upload your CV and get matched with 300+ employers in NRW!</p>\n'
     '<p>Best regards<br>Talent Bridge Europe Team</p>\n'
     '<p style="font-size:10px;color:#999">You are receiving this e-mail because your address is publicly '
     'listed. To stop receiving our e-mails reply with STOP.</p>\n</body></html>\n')
mail("spam-recruiter-sessions", [
    ("From", addr("Talent Bridge Europe", "events@talentbridge-europe.example")),
    ("Reply-To", "sales@talentbridge-europe.example"),
    ("To", "undisclosed-recipients:;"),
    ("Subject", "Register now: Session 1 - Blue Card fast track (FREE for internationals)"),
    ("Date", when("2027-04-16 03:00:41", 0)),
    ("Message-ID", "<20270416030041.77421.campaign@send.talentbridge-europe.example>"),
    ("X-Mailer", "MassMail Pro 9.1"),
], multi("alternative", [part(T, "us-ascii", "7bit"),
                         part(H, "us-ascii", "7bit", "html")], "----=_NextPart_TB_77421"),
    machine("other"))

# 019 -- Egyptian engineer in Arabic (windows-1256, base64): "الجلسة الأولى الخاصة بالبحث عن
#        سكن" (the first session, about finding housing) = S1; Arabic signature.
T = """\
السلام عليكم ورحمة الله،

أنا أحمد سمير من القاهرة، أعمل مهندساً في شركة هنا في مونستر منذ يناير. أرغب في التسجيل في ملتقى الترحيب (Welcome Summit) يوم 22 مايو، في الجلسة الأولى الخاصة بالبحث عن سكن، لأنني ما زلت أسكن في شقة مؤقتة.

شكراً جزيلاً
أحمد سمير
"""
mail("samir-ar-first-session-housing", [
    ("From", addr("Ahmed Samir", "ahmed.samir@outlook.example")),
    ("To", OURS),
    ("Subject", ew("تسجيل - Welcome Summit", "windows-1256", "B")),
    ("Date", when("2027-04-16 13:40:05")),
    ("Message-ID", "<PAXPR01MB9876A5B4C3D2E1F0@PAXPR01MB9876.eurprd01.prod.outlook.example>"),
], part(T, "windows-1256", "base64"),
    registration("ahmed.samir@outlook.example", "أحمد سمير", None, ["S1"], 1, "ar"))

# 020 -- German HR officer registers a new colleague (Outlook, windows-1252 QP, alternative):
#        attendee is the colleague, confirmation to HIS address as asked; organisation is
#        the company; „Session 3“ with German quotes; "i. A." before the writer's name.
T = """\
Sehr geehrte Damen und Herren,

unser neuer Kollege Herr Sandeep Varma hat am 1. April bei uns als Entwicklungsingenieur angefangen und ist erst seit wenigen Wochen in Deutschland. Wir möchten ihn gern für den Münster Welcome Summit am 22.05.2027 anmelden, und zwar für Session 3 „Learning German while working“.

Bitte schicken Sie die Bestätigung direkt an ihn: sandeep.varma@brueggemann-maschinenbau.example

Vielen Dank und freundliche Grüße

i. A. Katrin Löwe
Personalabteilung

Brüggemann Maschinenbau GmbH
Industrieweg 00 · 48159 Münster
Telefon +49 251 000000-210
www.brueggemann-maschinenbau.example

Brüggemann Maschinenbau GmbH · Sitz Münster · Amtsgericht Münster HRB 0000 · Geschäftsführung: Heinz Brüggemann, Dr. Sabine Terhorst
"""
mail("hr-loewe-registers-varma", [
    ("From", addr("Löwe, Katrin", "k.loewe@brueggemann-maschinenbau.example", "windows-1252", "Q")),
    ("To", OURS),
    ("Subject", "Anmeldung Welcome Summit - neuer Mitarbeiter"),
    ("Date", when("2027-04-16 15:12:48")),
    ("Message-ID", "<0f3a2b1c9d8e4f5a@SRV-EX01.brueggemann-maschinenbau.example>"),
    ("Thread-Topic", "Anmeldung Welcome Summit - neuer Mitarbeiter"),
    ("Content-Language", "de-DE"),
], alternative(T, outlook_html(T, "DE"), "windows-1252", boundary="_000_0f3a2b1c9d8e4f5aSRVEX01_"),
    registration("sandeep.varma@brueggemann-maschinenbau.example", "Sandeep Varma",
                 "Brüggemann Maschinenbau GmbH", ["S3"], 1, "de"))

# 021 -- Brazilian UX designer in non-native English from a shared FAMILY mailbox; Reply-To
#        is her own address (Reply-To beats From); ids in a ranking: "S3 first, if full then S1".
T = """\
Hi!

My name is Ana Beatriz Souza, I'm from Recife and I work as UX designer here in Münster since january. I would like to participate of the Welcome Summit.

My preference: S3 first, if full then S1.

(I am writing from the family email of me and my husband, please answer to my personal one, it's in the reply-to.)

Obrigada!!
Ana Beatriz
"""
mail("souza-family-mailbox-reply-to-ranked-ids", [
    ("From", addr("Familia Souza", "familia.souza@gmx.example")),
    ("Reply-To", addr("Ana Beatriz Souza", "anabeatriz.souza@proton.example")),
    ("To", OURS),
    ("Subject", "Registration Welcome Summit"),
    ("Date", when("2027-04-17 10:44:30")),
    ("Message-ID", "<trinity-9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d-1776415470@3c-app-gmx-bap41.gmx.example>"),
], part(T, "utf-8", "quoted-printable"),
    registration("anabeatriz.souza@proton.example", "Ana Beatriz Souza", None, ["S3", "S1"], 1, "en"))

# 022 -- Question (Pakistani English): invitation letter for a brother's visa appointment;
#        explicitly registers nobody yet ("He would of course register ... once he has the visa").
T = """\
Dear Sir / Madam,

I am living in Muenster since 2025 (IT consultant). My younger brother Usman is applying for the Chancenkarte (opportunity card) from Islamabad and his appointment at the German embassy is on 28th April. Is it possible that the Welcome Center issues an invitation letter for the Welcome Summit in his name, so he can show the embassy that he has concrete plans for integration? He would of course register properly once he has the visa.

Waiting for your kind response.

Regards,
Bilal Chaudhry
+49 152 00000000
"""
mail("chaudhry-question-visa-letter", [
    ("From", addr("Bilal Chaudhry", "bilal.chaudhry@hotmail.example")),
    ("To", OURS),
    ("Subject", "Invitation letter for visa (Welcome Summit)"),
    ("Date", when("2027-04-18 22:51:14")),
    ("Message-ID", "<DB9P190MB1562F0E1D2C3B4A5@DB9P190MB1562.EURP190.PROD.OUTLOOK.example>"),
], part(T, "us-ascii", "7bit"),
    question("bilal.chaudhry@hotmail.example", "Bilal Chaudhry", None, "en"))

# 023 -- Fluent German of a Turkish engineer (UTF-8, 8bit): aliases only, ranked:
#        "Wohnungssuche" first, "Anerkennung wäre meine zweite Wahl" = [S1, S2].
T = """\
Hallo zusammen,

ich würde mich gern für den Welcome Summit anmelden. Am wichtigsten ist für mich die Wohnungssuche, ich pendle im Moment jeden Tag aus Hamm. Falls da kein Platz mehr frei ist: Anerkennung wäre meine zweite Wahl.

Viele Grüße
Kerem Demir
"""
mail("demir-de-wohnungssuche-then-anerkennung", [
    ("From", addr("Kerem Demir", "kerem.demir@mailbox.example")),
    ("To", OURS),
    ("Subject", "Anmeldung"),
    ("Date", when("2027-04-19 08:15:02")),
    ("Message-ID", "<e6b1d4a2-0c9f-4b77-8a13-5d2c6e7f9a01@mailbox.example>"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0"),
], part(T, "utf-8", "8bit"),
    registration("kerem.demir@mailbox.example", "Kerem Demir", None, ["S1", "S2"], 1, "de"))

# 024 -- Gmail vacation responder in Spanish (auto_reply): Auto-Submitted header,
#        sender's Mexico City time zone, subject is the user's own text.
T = """\
¡Hola! Estoy de vacaciones en México hasta el 2 de mayo y reviso el correo muy poco.
Si es urgente, escríbeme por WhatsApp.

Hi! I'm on vacation until May 2nd with limited access to e-mail.

Valentina
"""
mail("autoreply-gmail-vacation-es", [
    ("From", addr("Valentina Ruiz", "vale.ruiz.mx@gmail.example")),
    ("To", OURS),
    ("Subject", ew("De vacaciones 🌴 / On vacation")),
    ("Date", when("2027-04-19 00:16:11", -6)),
    ("Message-ID", "<CAOqVv1p0J8kRzT6m=Q3+vac@mail.gmail.example>"),
    ("In-Reply-To", "<conf-20270419-0031@muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("Precedence", "bulk"),
], multi("alternative", [part(T, "utf-8", "quoted-printable"),
                         part(gmail_html(T), "utf-8", "quoted-printable", "html")],
         "0000000000009f8e7d0605c1a2b3"),
    machine("auto_reply"))

# 025 -- Indonesian (UTF-8, 7bit): S4 by topic ("sesi tentang kehidupan keluarga (sekolah,
#        Kita, dokter anak)"); "Saya dan suami saya" = 2; a childcare question rides along.
T = """\
Selamat siang Bapak/Ibu,

Perkenalkan, nama saya Dewi Lestari, dari Bandung. Saya dan suami saya ingin ikut Welcome Summit tanggal 22 Mei, di sesi tentang kehidupan keluarga (sekolah, Kita, dokter anak). Anak kami baru 3 tahun dan kami belum dapat tempat di Kita.

Apakah ada tempat penitipan anak selama acara? Kalau tidak ada, apakah boleh membawa anak?

Terima kasih banyak atas bantuannya.

Salam hangat,
Dewi Lestari
"""
mail("lestari-id-family-with-husband", [
    ("From", addr("Dewi Lestari", "dewi.lestari88@yahoo.example")),
    ("To", OURS),
    ("Subject", "Pendaftaran Welcome Summit"),
    ("Date", when("2027-04-20 11:30:55")),
    ("Message-ID", "<1393712845.2210456.1776677455123@mail.yahoo.example>"),
    ("X-Mailer", "WebService/1.1.22205 YMailNorrin"),
], part(T, "utf-8", "7bit"),
    registration("dewi.lestari88@yahoo.example", "Dewi Lestari", None, ["S4"], 2, "id"))

# 026 -- Hindi in Devanagari with English words mixed in (UTF-8 base64): "Session 3";
#        "मैं अकेला आऊँगा" (I will come alone) = 1; Devanagari signature.
T = """\
नमस्ते,

मेरा नाम अंकित शर्मा है। मैं पिछले महीने बेंगलुरु से मुंस्टर आया हूँ, यहाँ एक IT कंपनी में डेटा इंजीनियर हूँ। मैं Welcome Summit में Session 3 (काम के साथ जर्मन सीखना) के लिए रजिस्टर करना चाहता हूँ। मैं अकेला आऊँगा।

धन्यवाद,
अंकित शर्मा
"""
mail("sharma-hi-session3", [
    ("From", addr("Ankit Sharma", "ankit.sharma.blr@gmail.example")),
    ("To", OURS),
    ("Subject", ew("Welcome Summit रजिस्ट्रेशन")),
    ("Date", when("2027-04-20 17:05:38")),
    ("Message-ID", "<CAB4n=Hq7kP2xW9mT0vR5sY8uJ@mail.gmail.example>"),
], part(T, "utf-8", "base64"),
    registration("ankit.sharma.blr@gmail.example", "अंकित शर्मा", None, ["S3"], 1, "hi"))

# 027 -- Change (party size only), top-posted from the iPhone over our quoted confirmation
#        that names Session 3 and "Persons: 2": new party 1, no new session.
T = """\
Hi, quick one - Adaeze got put on the night shift that Saturday so it's just me now. Pls change to 1 person. Same session.

Chinedu

Sent from my iPhone

> On 8 Apr 2027, at 06:53, Münster Welcome Summit <summit@muenster.example> wrote:
>
""" + quote(confirmation("Chinedu Okafor", "Session 3 - Learning German while working", 2)) + "\n"
mail("okafor-change-party-to-one", [
    ("From", addr("Chinedu", "chinedu.okafor@icloud.example")),
    ("To", addr("Münster Welcome Summit", OURS)),
    ("Subject", ew("Re: Your registration – Münster Welcome Summit 2027")),
    ("Date", when("2027-04-21 06:10:12")),
    ("Message-ID", "<9D3F5A1E-2C7B-4E8D-B6A0-7F1E3C5D9B24@icloud.example>"),
    ("In-Reply-To", "<conf-20270408-0003@muenster.example>"),
    ("References", "<5E2A1F0C-7B3D-4C8E-9A61-2F0D8E4B7C11@icloud.example> <conf-20270408-0003@muenster.example>"),
    ("X-Mailer", "iPhone Mail (20E252)"),
], part(T, "utf-8", "quoted-printable"),
    change("chinedu.okafor@icloud.example", "Chinedu Okafor", None, [], 1, "en"))

# 028 -- Iranian doctor in English, HTML-only Outlook (windows-1252 QP) with a German hospital
#        disclaimer; S4 by topic ("schools and kindergartens"); the hospital in the signature
#        is the organisation and does NOT mean "health care" (S4 is chosen by the topic anyway).
T = """\
Dear Sir or Madam,

I would like to register for the Welcome Summit on 22 May, for the session about schools and kindergartens. My son starts Grundschule in August and I have honestly no idea how the system works here.

Best regards
Maryam Hosseini

Assistenzärztin
Klinik für Innere Medizin
Klinik am Aasee Münster
Tel. 0251 000-4471

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
"""
mail("hosseini-html-only-schools", [
    ("From", addr("Hosseini, Maryam", "m.hosseini@klinik-am-aasee.example")),
    ("To", OURS),
    ("Subject", "Welcome Summit registration"),
    ("Date", when("2027-04-21 10:02:40")),
    ("Message-ID", "<6B1E2D3C4F5A@KAA-EXCH.klinik-am-aasee.example>"),
    ("Content-Language", "en-US"),
    ("X-MS-Has-Attach", ""),
], part(outlook_html(T, "EN-US").replace("CHARSET", "windows-1252"), "windows-1252",
        "quoted-printable", "html"),
    registration("m.hosseini@klinik-am-aasee.example", "Maryam Hosseini", "Klinik am Aasee Münster",
                 ["S4"], 1, "en"))

# 029 -- Ukrainian doctor in learner German (ISO-8859-1, 8bit): "Sitzung Nr. 2";
#        "Ich komme allein" = 1; "Grüssen" with ss.
T = """\
Guten Tag,

ich heisse Olena Petrenko, ich bin Ärztin aus Charkiw (Ukraine) und wohne seit 2023 in Münster. Ich bitte um Anmeldung zu Sitzung Nr. 2 (Anerkennung von ausländische Qualifikationen). Meine Kenntnisprüfung ist im Herbst und ich habe viele Fragen dazu.

Ich komme allein.

Mit freundlichen Grüssen
Olena Petrenko
"""
mail("petrenko-de-sitzung-nr-2", [
    ("From", addr("Olena Petrenko", "olena.petrenko@t-online.example")),
    ("To", OURS),
    ("Subject", "Anmeldung zu Sitzung 2"),
    ("Date", when("2027-04-22 09:47:03")),
    ("Message-ID", "<1776844023417.8832.olena@t-online.example>"),
], part(T, "iso-8859-1", "8bit"),
    registration("olena.petrenko@t-online.example", "Olena Petrenko", None, ["S2"], 1, "de"))

# 030 -- Chinese researcher writes German: asks about the language first; registration is
#        only conditional ("Wenn es auf Englisch ist, melde ich mich ... an") -> question.
T = """\
Sehr geehrtes Team vom Welcome Center,

ich interessiere mich für den Welcome Summit. Bevor ich mich anmelde, habe ich eine Frage: Sind die Sessions auf Deutsch oder auf Englisch? Mein Deutsch ist ungefähr B1, bei schnellen Gesprächen verstehe ich nicht alles. Wenn es auf Englisch ist, melde ich mich gern für Session 2 an.

Vielen Dank im Voraus!
Liu Yang
"""
mail("liu-de-question-language-conditional", [
    ("From", addr("Liu Yang", "liu.yang@uni-muenster.example")),
    ("To", OURS),
    ("Subject", "Frage zur Sprache"),
    ("Date", when("2027-04-22 14:33:29")),
    ("Message-ID", "<b2c4e6f8-1a3b-5c7d-9e0f-a1b2c3d4e5f6@uni-muenster.example>"),
], part(T, "utf-8", "quoted-printable"),
    question("liu.yang@uni-muenster.example", "Liu Yang", None, "de"))

# 031 -- American, bottom-posted under the quoted invitation that lists all four sessions:
#        only the new text counts ("the housing one, Session 1"); "me and my spouse" = 2.
T = ("On Mon, Apr 12, 2027 at 9:00 AM Welcome Center Münster <summit@muenster.example> wrote:\n"
     + quote(INVITATION) + """

Hi there,

Count us in - me and my spouse (Mark) would love to come. We'd like the housing one, Session 1. We're currently in a furnished short-term rental in the Kreuzviertel that costs an absolute fortune.

Thanks!
Emily Carter
""")
mail("carter-bottom-post-housing-spouse", [
    ("From", addr("Emily Carter", "emily.carter@fastmail.example")),
    ("To", addr("Welcome Center Münster", OURS)),
    ("Subject", ew("Re: Invitation: Münster Welcome Summit 2027 – Saturday, 22 May")),
    ("Date", when("2027-04-23 20:18:51")),
    ("Message-ID", "<8f2d1c0b-a9e8-4d7c-b6a5-947382615040@app.fastmail.example>"),
    ("In-Reply-To", "<invitation-2027-newcomers@muenster.example>"),
    ("References", "<invitation-2027-newcomers@muenster.example>"),
    ("User-Agent", "Cyrus-JMAP/3.11.0"),
], part(T, "utf-8", "quoted-printable"),
    registration("emily.carter@fastmail.example", "Emily Carter", None, ["S1"], 2, "en"))

# 032 -- Nigerian nurse, formal English with an all-caps subject line in the body,
#        multipart/mixed with a scanned certificate (PDF); windows-1252 QP; "(Mr.)".
T = """\
Dear Sir/Ma,

REGISTRATION FOR THE MÜNSTER WELCOME SUMMIT 2027

I humbly wish to register for the above mentioned event. I am a registered nurse from Ibadan, Oyo State, and I relocated to Münster in February 2027. I will like to attend Session 2 (Recognition of foreign qualifications) as my Anerkennung is still pending. Please find attached a copy of my nursing certificate in case it is needed.

I will be attending alone.

Thank you for your anticipated cooperation.

Yours faithfully,
Tunde Adeyemi (Mr.)
"""
mail("adeyemi-session2-pdf-attachment", [
    ("From", addr("tunde adeyemi", "tundeadeyemi2000@yahoo.example")),
    ("To", OURS),
    ("Subject", "REGISTRATION FOR WELCOME SUMMIT"),
    ("Date", when("2027-04-26 08:20:17")),
    ("Message-ID", "<1861357246.3341875.1777184417555@mail.yahoo.example>"),
], multi("mixed", [part(T, "windows-1252", "quoted-printable"),
                   attach("Nursing_Certificate_Adeyemi.pdf", "application/pdf",
                          fake_pdf("Nursing Certificate"))],
         "----=_Part_3341874_1166431204.1777184417554"),
    registration("tundeadeyemi2000@yahoo.example", "Tunde Adeyemi", None, ["S2"], 1, "en"))

# 033 -- Ticket-system receipt (auto_reply) from a university service desk that got our
#        confirmation; German + English, Auto-Submitted: auto-generated, no person behind it.
T = """\
Sehr geehrte Damen und Herren,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2027042610004417 erfasst. Bitte geben Sie diese Nummer bei Rückfragen im Betreff an. Wir bearbeiten Ihre Anfrage so schnell wie möglich.

Dear Sir or Madam,

your request has been received and registered under ticket number 2027042610004417. Please quote this number in the subject of any further correspondence.

Mit freundlichen Grüßen / Kind regards
Ihr IT-Servicedesk
https://servicedesk.uni-muenster.example

Diese Nachricht wurde automatisch erstellt. / This message was generated automatically.
"""
mail("autoreply-ticket-servicedesk", [
    ("From", addr("IT-Servicedesk", "servicedesk@uni-muenster.example")),
    ("To", OURS),
    ("Subject", ew("[Ticket#2027042610004417] Eingangsbestätigung / Receipt: Your registration",
                   "iso-8859-1", "Q")),
    ("Date", when("2027-04-26 08:21:03")),
    ("Message-ID", "<1777184463.740221.ticket@servicedesk.uni-muenster.example>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-OTRS-Loop", "yes"),
    ("Precedence", "bulk"),
], part(T, "iso-8859-1", "quoted-printable"),
    machine("auto_reply"))

# 034 -- Mexican employee forwards her employer's internal newsletter (which lists all four
#        sessions) from her phone; her own line chooses "the one about daycare" = S4;
#        "Just me"; emoji; employer in her signature.
FWD = """\
---------- Forwarded message ---------
From: HR Lindner Pharma <hr@lindner-pharma.example>
Date: Mon, Apr 26, 2027 at 10:02 AM
Subject: Münster Welcome Summit 2027 - for our new colleagues
To: <all-muenster@lindner-pharma.example>


Dear colleagues,

the city's Welcome Center invites all newcomers to the Münster Welcome Summit on
Saturday, 22 May (Stadthaus 1). There are four sessions to choose from:

- Session 1: Finding a flat in Münster
- Session 2: Recognition of foreign qualifications
- Session 3: Learning German while working
- Session 4: Family life: schools, daycare, health care

If you are interested, please register yourself directly at summit@muenster.example.

Your HR team
"""
T = """\
Hiii, my HR sent me this 👇 pls sign me up for the one about daycare!! My little one is 2 and we are on 4 waiting lists already 😩 Just me, my husband works Saturdays.

Gracias!!
Valeria Gómez Castillo | QC Analyst | Lindner Pharma GmbH

""" + FWD
mail("gomez-forward-hr-newsletter-daycare", [
    ("From", addr("Valeria Gómez", "valeria.gomez.c@gmail.example")),
    ("To", OURS),
    ("Subject", ew("Fwd: Münster Welcome Summit 2027 - for our new colleagues")),
    ("Date", when("2027-04-27 12:55:40")),
    ("Message-ID", "<CAGv=Lz3p8Q1wY5kN7mT2rX0fB9cH@mail.gmail.example>"),
], multi("alternative", [part(T, "utf-8", "base64"),
                         part(gmail_html(T), "utf-8", "base64", "html")],
         "000000000000c4d5e6f708192a3b"),
    registration("valeria.gomez.c@gmail.example", "Valeria Gómez Castillo", "Lindner Pharma GmbH",
                 ["S4"], 1, "en"))

# 035 -- Change in Spanish, top-posted Gmail reply over our quoted confirmation (which names
#        Session 2): new choice "la sesión 3 (alemán en el trabajo)"; old one mentioned too.
T = """\
Hola de nuevo,

¿sería posible cambiarme a la sesión 3 (alemán en el trabajo)? Resulta que la semana pasada me llegó la equivalencia del título, así que la sesión 2 ya no me hace falta.

Gracias,
Carlos

El lun, 12 abr 2027 a las 9:06, Münster Welcome Summit (<summit@muenster.example>) escribió:

""" + quote(confirmation("Carlos Méndez Ruiz", "Session 2 - Recognition of foreign qualifications", 1)) + "\n"
mail("mendez-es-change-to-3", [
    ("From", addr("Carlos Méndez Ruiz", "c.mendezruiz@uni-muenster.example")),
    ("To", addr("Münster Welcome Summit", OURS)),
    ("Subject", ew("Re: Your registration – Münster Welcome Summit 2027")),
    ("Date", when("2027-04-28 09:30:06")),
    ("Message-ID", "<CAN5qF2x=Pk8vT3mZ1wR7yB4nL@mail.gmail.example>"),
    ("In-Reply-To", "<conf-20270412-0019@muenster.example>"),
    ("References", "<7c1e0b5a-2f3d-4e6a-9b8c-1d2e3f4a5b6c@uni-muenster.example> <conf-20270412-0019@muenster.example>"),
], part(T, "utf-8", "quoted-printable"),
    change("c.mendezruiz@uni-muenster.example", "Carlos Méndez Ruiz", None, ["S3"], None, "es"))

# 036 -- Syrian pharmacist writes from his association's SHARED mailbox (the reply goes
#        there; the association is the organisation); "workshop II" (roman numeral);
#        "Münster-Hiltrup" and "Welcome Center" must not select anything.
T = """\
Hello,

My name is Hassan Al-Khatib, pharmacist from Aleppo, now living in Münster-Hiltrup since 2 years. Last month I had a consultation at the Welcome Center and the lady told me about the summit. I want participate in workshop II about Anerkennung, because my Approbation process is very slow and I dont understand what is the next step.

Thank you very much for your help.

Hassan Al-Khatib
Syrischer Kulturverein Münster e.V. (Vorstand)
"""
mail("alkhatib-association-mailbox-workshop-ii", [
    ("From", addr("Syrischer Kulturverein Münster", "info@syrischer-kulturverein.example")),
    ("To", OURS),
    ("Subject", "Welcome summit"),
    ("Date", when("2027-04-29 15:00:22")),
    ("Message-ID", "<20270429130022.4f1a9c@syrischer-kulturverein.example>"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
], part(T, "utf-8", "8bit"),
    registration("info@syrischer-kulturverein.example", "Hassan Al-Khatib",
                 "Syrischer Kulturverein Münster e.V.", ["S2"], 1, "en"))

# 037 -- Cancellation in English by a writer who registered in Portuguese (003): found a flat,
#        "please cancel my registration"; mentions the housing session only as the reason.
T = """\
Hi, it's Lucas again (I wrote in portuguese before, sorry).

I FOUND A FLAT!! 🎉🎉 So I don't need the housing session anymore, please cancel my registration so somebody else can have the place.

Thanks a lot for your work,
Lucas Ferreira
"""
mail("ferreira-cancel-found-flat", [
    ("From", addr("Lucas Ferreira", "lucasferreira.bh@gmail.example")),
    ("To", OURS),
    ("Subject", "cancel registration - Lucas Ferreira"),
    ("Date", when("2027-04-30 19:45:13")),
    ("Message-ID", "<CAF8k2PrL0m=Yt7bQ4wN1xZ9vC@mail.gmail.example>"),
], part(T, "utf-8", "quoted-printable"),
    cancellation("lucasferreira.bh@gmail.example", "Lucas Ferreira", None, "en"))

# 038 -- Chinese postdoc in English: "myself and two colleagues from our lab" WITHOUT names
#        (names to follow) = 3; "Session 3 - learning German while working"; long academic
#        signature with address and URL.
T = """\
Dear organizers,

I'd like to register three people from our group for the Welcome Summit: myself and two colleagues from our lab (I'll send their names later, they are both new PhD students who arrived this month). We would all like Session 3 - learning German while working.

Best,
Na Li

--
Dr. Na Li
Postdoctoral Researcher
Centre for Photonic Materials
University of Münster
Wilhelm-Klemm-Str. 00, 48149 Münster, Germany
https://photonics.uni-muenster.example/people/li
"""
mail("li-three-from-lab-unnamed", [
    ("From", addr("Li, Na", "na.li@uni-muenster.example")),
    ("To", OURS),
    ("Subject", "Registration: 3 persons, Session 3"),
    ("Date", when("2027-05-03 10:10:44")),
    ("Message-ID", "<f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b@uni-muenster.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
], part(T, "utf-8", "8bit"),
    registration("na.li@uni-muenster.example", "Na Li",
                 "Centre for Photonic Materials, University of Münster", ["S3"], 3, "en"))

# 039 -- Question (Egyptian, simple English): children and Arabic interpretation; no
#        registration; windows-1252 would do but it is plain ASCII.
T = """\
Hello
I want ask about the summit, can I bring my children (6 and 9 years old)? And is there arabic translation? My english is ok but my husband speak only arabic and little german.
Thanks
Nour El-Sayed
"""
mail("elsayed-question-children-arabic", [
    ("From", addr("nour elsayed", "nour.elsayed@gmail.example")),
    ("To", OURS),
    ("Subject", "question"),
    ("Date", when("2027-05-03 16:40:09")),
    ("Message-ID", "<CAKs3=Ty7mP0qW4xR9vB2nE5jL@mail.gmail.example>"),
], part(T, "us-ascii", "7bit"),
    question("nour.elsayed@gmail.example", "Nour El-Sayed", None, "en"))

# 040 -- "All four sessions are relevant ... If I must pick: recognition ..., otherwise the
#        German-at-work one" = ranked [S2, S3]; Pakistani engineer, plain UTF-8 QP.
T = """\
Hi team,

Honestly all four sessions are relevant for me :) but I read on the website that it's only one per person. If I must pick: recognition of my degree (I'm an electrical engineer from Lahore, my ZAB statement is still pending), otherwise the German-at-work one.

Cheers,
Tariq Mehmood
"""
mail("mehmood-all-four-but-ranked", [
    ("From", addr("Tariq Mehmood", "tariq.mehmood@outlook.example")),
    ("To", OURS),
    ("Subject", "Welcome Summit sign-up"),
    ("Date", when("2027-05-04 23:05:37")),
    ("Message-ID", "<AS8PR02MB7001B1A2C3D4E5F6@AS8PR02MB7001.eurprd02.prod.outlook.example>"),
], part(T, "utf-8", "quoted-printable"),
    registration("tariq.mehmood@outlook.example", "Tariq Mehmood", None, ["S2", "S3"], 1, "en"))

# 041 -- Change in German, Outlook-style "-----Ursprüngliche Nachricht-----" quote of our
#        confirmation (Session 1 - Finding a flat in Münster): new choice by alias
#        "Deutsch lernen im Beruf" = S3; a conditional full withdrawal ("Falls das voll ist
#        ... ganz abmelden") does not make it a cancellation.
T = """\
Hallo nochmal,

gute Nachrichten: ich habe eine Wohnung in Gievenbeck gefunden! Könnten Sie mich deshalb von der Wohnungssuche auf „Deutsch lernen im Beruf“ umbuchen? Falls das schon voll ist, bitte ganz abmelden, dann gebe ich den Platz lieber frei.

Danke & Gruß
Kerem

-----Ursprüngliche Nachricht-----
Von: Münster Welcome Summit <summit@muenster.example>
Gesendet: Montag, 19. April 2027 08:16
An: Kerem Demir <kerem.demir@mailbox.example>
Betreff: Your registration – Münster Welcome Summit 2027

""" + confirmation("Kerem Demir", "Session 1 - Finding a flat in Münster", 1)
mail("demir-de-change-to-deutsch-im-beruf", [
    ("From", addr("Kerem Demir", "kerem.demir@mailbox.example")),
    ("To", OURS),
    ("Subject", ew("AW: Your registration – Münster Welcome Summit 2027")),
    ("Date", when("2027-05-05 07:30:58")),
    ("Message-ID", "<0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d@mailbox.example>"),
    ("In-Reply-To", "<conf-20270419-0030@muenster.example>"),
    ("References", "<e6b1d4a2-0c9f-4b77-8a13-5d2c6e7f9a01@mailbox.example> <conf-20270419-0030@muenster.example>"),
], part(T, "utf-8", "quoted-printable"),
    change("kerem.demir@mailbox.example", "Kerem Demir", None, ["S3"], None, "de"))

# 042 -- Vietnamese care worker in learner German (ISO-8859-15, 8bit): "Thema Deutsch lernen
#        neben Arbeit (Session 3)"; employer named in text and signature.
T = """\
Hallo,

Mein Name ist Tran Van Minh, ich komme aus Vietnam und arbeite seit 1 Jahr als Pflegefachkraft in Pflegeheim St. Lamberti Münster. Ich möchte gerne teilnehmen an Welcome Summit, Thema Deutsch lernen neben Arbeit (Session 3). Ich mache jetzt B2 Kurs am Abend aber es ist sehr anstrengend nach der Schicht.

Vielen Dank
Tran Van Minh
Pflegeheim St. Lamberti Münster
"""
mail("tran-de-deutsch-neben-arbeit", [
    ("From", addr("Minh Tran", "minh.tran.vn@web.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Welcome Summit Session 3"),
    ("Date", when("2027-05-06 14:14:21")),
    ("Message-ID", "<trinity-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f-1778069661@3c-app-webde-bap22.web.example>"),
], part(T, "iso-8859-15", "8bit"),
    registration("minh.tran.vn@web.example", "Tran Van Minh", "Pflegeheim St. Lamberti Münster",
                 ["S3"], 1, "de"))

# 043 -- Auto-reply WITHOUT Auto-Submitted or other machine headers: Chinese + English
#        out-of-office text, subject "自动回复:", sent from a Shanghai time zone.
T = """\
您好，我目前在上海参加学术会议，5月14日前无法及时回复邮件。急事请联系实验室秘书 sekretariat.ag-chen@uni-muenster.example。

Thank you for your email. I am attending a conference in Shanghai until 14 May with limited access to email. For urgent matters please contact sekretariat.ag-chen@uni-muenster.example.

陈杰 Jie Chen
"""
mail("autoreply-no-headers-zh-en", [
    ("From", addr("Jie Chen", "jie.chen@uni-muenster.example")),
    ("To", OURS),
    ("Subject", ew("自动回复: Your registration – Münster Welcome Summit 2027")),
    ("Date", when("2027-05-06 20:15:03", 8)),
    ("Message-ID", "<b7c8d9e0f1a2@uni-muenster.example>"),
], part(T, "utf-8", "base64"),
    machine("auto_reply"))

# 044 -- Cancellation in formal Nigerian English (windows-1252 QP), same writer as 032.
T = """\
Dear Sir/Ma,

CANCELLATION OF REGISTRATION – TUNDE ADEYEMI

With due respect, I wish to inform you that I will no longer be able to attend the Welcome Summit on 22nd May, as I have been rostered for duty that weekend. Kindly cancel my registration and give my place to another person.

I regret any inconvenience this may cause.

Yours faithfully,
Tunde Adeyemi (Mr.)
"""
mail("adeyemi-cancellation", [
    ("From", addr("tunde adeyemi", "tundeadeyemi2000@yahoo.example")),
    ("To", OURS),
    ("Subject", "CANCELLATION"),
    ("Date", when("2027-05-07 09:00:35")),
    ("Message-ID", "<1144889012.4410233.1778137235871@mail.yahoo.example>"),
], part(T, "windows-1252", "quoted-printable"),
    cancellation("tundeadeyemi2000@yahoo.example", "Tunde Adeyemi", None, "en"))

# 045 -- Change of party size with INLINE quoting of our confirmation (quoted lines name
#        Session 1 and "Persons: 2"): "Could you make that 3?" -> party 3, no new session.
C = confirmation("Emily Carter", "Session 1 - Finding a flat in Münster", 2)
head, tail = C.split("Persons: 2\n")
T = ("On Fri, Apr 23, 2027, at 20:19, Münster Welcome Summit wrote:\n"
     + quote(head.rstrip("\n")) + "\n> Persons: 2\n"
     + """
Could you make that 3? My mother-in-law is visiting from Denver that week and she's curious (she's also the one helping with our rent deposit, ha).

""" + quote(tail.strip("\n").split("\n\n")[0]) + """

Done :) Thanks!

Emily
""")
mail("carter-inline-change-party-3", [
    ("From", addr("Emily Carter", "emily.carter@fastmail.example")),
    ("To", addr("Münster Welcome Summit", OURS)),
    ("Subject", ew("Re: Your registration – Münster Welcome Summit 2027")),
    ("Date", when("2027-05-08 21:12:26")),
    ("Message-ID", "<4c5d6e7f-8091-4a2b-b3c4-d5e6f7a8b9c0@app.fastmail.example>"),
    ("In-Reply-To", "<conf-20270423-0044@muenster.example>"),
    ("References", "<8f2d1c0b-a9e8-4d7c-b6a5-947382615040@app.fastmail.example> <conf-20270423-0044@muenster.example>"),
], part(T, "utf-8", "quoted-printable"),
    change("emily.carter@fastmail.example", "Emily Carter", None, [], 3, "en"))

# 046 -- Spanish researcher writes German (UTF-8 QP): "mich und meinen Partner (Pablo Ortega)"
#        = 2, "Session 1"; praises a Welcome Center staff member by name (not an attendee).
T = """\
Liebes Welcome-Center-Team,

hiermit melde ich mich und meinen Partner (Pablo Ortega) für den Münster Welcome Summit an. Wir sind beide aus Sevilla und leben seit Januar in Münster. Wir möchten gern an Session 1 teilnehmen. Bis jetzt wohnen wir zu zweit in einem WG-Zimmer, das geht nicht mehr lange gut :-)

Ich habe übrigens letzte Woche die Beratung im Welcome Center besucht - vielen Dank nochmal an Frau Kaiser, das war sehr hilfreich!

Liebe Grüße
Lucía Fernández Gil
"""
mail("fernandez-de-session1-with-partner", [
    ("From", addr("Lucía Fernández", "lucia.fernandez.gil@gmail.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Welcome Summit (2 Personen)"),
    ("Date", when("2027-05-10 11:11:49")),
    ("Message-ID", "<CAM7uW1v=Rk3pQ8xT5nZ0yB2cH@mail.gmail.example>"),
], part(T, "utf-8", "quoted-printable"),
    registration("lucia.fernandez.gil@gmail.example", "Lucía Fernández Gil", None, ["S1"], 2, "de"))

# 047 -- Question from a future student still in India (+0530): open to students? housing
#        for students? - mentions housing but registers no one.
T = """\
Hello,

I will be moving to Münster on 10th May for my Master's in Data Science at the university. Is the summit also open for students, or only for skilled workers with Blue Card? Also, will there be something on finding student housing? I am searching from India and it is very tough.

Regards,
Rohan Mehta
"""
mail("mehta-question-students-from-india", [
    ("From", addr("Rohan Mehta", "rohan.mehta2003@gmail.example")),
    ("To", OURS),
    ("Subject", "Query regarding Welcome Summit"),
    ("Date", when("2027-05-11 10:30:12", 5, 30)),
    ("Message-ID", "<CAPd8=Wm2xK7qR0vT4nB9yE1fJ@mail.gmail.example>"),
], part(T, "utf-8", "quoted-printable"),
    question("rohan.mehta2003@gmail.example", "Rohan Mehta", None, "en"))

# 048 -- Cancellation in learner German (ISO-8859-1 QP), naming the session it withdraws.
T = """\
Sehr geehrte Damen und Herren,

leider kann ich am 22. Mai nicht kommen, weil meine Kenntnisprüfung wurde vorverschoben, genau auf diese Woche. Bitte stornieren Sie meine Anmeldung für Sitzung 2.

Entschuldigung und vielen Dank
Olena Petrenko
"""
mail("petrenko-de-storno", [
    ("From", addr("Olena Petrenko", "olena.petrenko@t-online.example")),
    ("To", OURS),
    ("Subject", "Absage"),
    ("Date", when("2027-05-12 08:05:37")),
    ("Message-ID", "<1778565937102.4471.olena@t-online.example>"),
], part(T, "iso-8859-1", "quoted-printable"),
    cancellation("olena.petrenko@t-online.example", "Olena Petrenko", None, "de"))

# 049 -- Cancellation written by the WIFE of a registrant (007) from her own address, for both
#        places; English; the reply goes to her.
T = """\
Hello,

I am the wife of Mehmet Yıldız. He registered us both for the Anerkennung session. Unfortunately we have to cancel, we must travel to Izmir because of a family matter. Please cancel both places.

Sorry for my English, Mehmet asked me to write because his English is even worse :)

Best wishes
Zeynep Yıldız
"""
mail("yildiz-wife-cancels-both", [
    ("From", addr("Zeynep Yıldız", "zeynep.yildiz@yandex.example")),
    ("To", OURS),
    ("Subject", ew("Cancel - Mehmet Yıldız", "iso-8859-9", "Q")),
    ("Date", when("2027-05-13 19:19:04", 3)),
    ("Message-ID", "<1778689144.551204@mail.yandex.example>"),
], part(T, "iso-8859-9", "8bit"),
    cancellation("zeynep.yildiz@yandex.example", "Zeynep Yıldız", None, "en"))

# 050 -- Caterer's offer for the event (other): German, PDF attachment, mentions 160 persons
#        and the sessions' coffee breaks; registers no one.
T = """\
Sehr geehrte Damen und Herren,

wie telefonisch mit Frau Kaiser besprochen, erhalten Sie anbei unser Angebot für das Catering beim Münster Welcome Summit am 22.05.2027 (160 Personen, Kaffeepausen zwischen den Sessions, Mittagsbuffet vegetarisch/halal).

Das Angebot ist bis zum 18.05.2027 gültig. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Stefan Reckers
Lindenhof Catering & Events
Telefon 0251 000 7788
www.lindenhof-catering.example
"""
mail("caterer-offer-pdf", [
    ("From", addr("Lindenhof Catering", "angebote@lindenhof-catering.example")),
    ("To", OURS),
    ("Subject", "Angebot Catering Welcome Summit 22.05.2027 - 160 Personen"),
    ("Date", when("2027-05-14 10:00:18")),
    ("Message-ID", "<3e4f5a6b7c8d@lindenhof-catering.example>"),
], multi("mixed", [part(T, "iso-8859-15", "quoted-printable"),
                   attach("Angebot_2027-0412_Welcome-Summit.pdf", "application/pdf",
                          fake_pdf("Angebot 2027-0412"))],
         "------------0C1D2E3F4A5B6C7D8E9F0A1B", preamble="This is a multi-part message in MIME format."),
    machine("other"))


# ---------------------------------------------------------------------------
# validation, writing, --check, --stats
# ---------------------------------------------------------------------------

EXAMPLE_HOST = re.compile(r"(^|\.)example$|(^|\.)example\.(org|com|net)$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")
URL_RE = re.compile(r"\bhttps?://([^/\s\"'<>?#:]+)", re.I)
WWW_RE = re.compile(r"\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)


def validate():
    problems = []
    last_date = None
    for name, raw, record in MAILS:
        def bad(msg):
            problems.append(f"{name}: {msg}")
        # line ends and lengths
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
            bad("not pure CRLF line ends")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                bad(f"line {i} longer than 998 octets")
        # parse
        msg = message_from_bytes(raw, policy=policy.default)
        texts = []
        for p in msg.walk():
            for _h, v in p.items():
                texts.append(str(v))
            if p.defects:
                bad(f"defects in {p.get_content_type()}: {p.defects}")
            if p.is_multipart():
                continue
            if p.get_content_type() == "message/rfc822":
                continue
            data = p.get_payload(decode=True)
            if p.defects:
                bad(f"defects after decoding {p.get_content_type()}: {p.defects}")
            if p.get_content_maintype() == "text":
                cs = p.get_content_charset() or "us-ascii"
                try:
                    txt = data.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    bad(f"{p.get_content_type()} does not decode as {cs}: {e}")
                    continue
                texts.append(txt)
                try:
                    p.get_content()
                except Exception as e:          # noqa: BLE001 - report anything
                    bad(f"get_content failed: {e}")
        # date rises
        date = parsedate_to_datetime(msg["Date"])
        if last_date is not None and date <= last_date:
            bad(f"Date {msg['Date']} does not rise")
        last_date = date
        # example domains only
        alltext = "\n".join(texts)
        for rx in (ADDR_RE, URL_RE, WWW_RE):
            for m in rx.finditer(alltext):
                host = m.group(1).rstrip(".")
                if not EXAMPLE_HOST.search(host):
                    bad(f"non-example host {host!r} in {m.group(0)!r}")
        # the record
        if set(record) != set(KEYS):
            bad(f"record keys {sorted(record)}")
            continue
        k = record["kind"]
        if k not in KINDS:
            bad(f"kind {k!r}")
        wg = record["workgroups"]
        if not isinstance(wg, list) or any(w not in SESSIONS for w in wg) or len(set(wg)) != len(wg):
            bad(f"workgroups {wg!r}")
        person = k in ("registration", "change", "cancellation", "question")
        for f in ("email", "name", "language"):
            v = record[f]
            if person and not (isinstance(v, str) and v):
                bad(f"{f} missing for {k}")
            if not person and v is not None:
                bad(f"{f} must be null for {k}")
        if person and record["email"] != record["email"].lower():
            bad("email not lower-case")
        if person and not re.fullmatch(r"[a-z]{2}", record["language"]):
            bad("language not ISO 639-1")
        if person and not EXAMPLE_HOST.search(record["email"].split("@")[-1]):
            bad("expected email not an example domain")
        if not person and (record["organisation"] is not None or wg):
            bad("organisation/workgroups must be empty for machine mail")
        ps = record["party_size"]
        if k == "registration":
            if not (isinstance(ps, int) and ps >= 1):
                bad("registration needs party_size >= 1")
        elif k == "change":
            if ps is not None and not (isinstance(ps, int) and ps >= 1):
                bad("bad party_size for change")
        elif ps is not None:
            bad(f"party_size must be null for {k}")
        if k in ("cancellation", "question") and wg:
            bad(f"workgroups must be [] for {k}")
        br = record["bounced_recipient"]
        if k == "bounce":
            if not (isinstance(br, str) and br == br.lower() and "@" in br):
                bad("bounce needs a lower-case bounced_recipient")
        elif br is not None:
            bad("bounced_recipient must be null")
        # reply address of a person's mail appears in From, Reply-To or the text
        if person and record["email"] not in alltext.lower():
            bad("expected email does not occur in the mail")
    names = [n for n, _, _ in MAILS]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    return problems


def expected_json():
    return json.dumps({n: r for n, _, r in MAILS}, ensure_ascii=False, indent=1) + "\n"


def stats():
    kinds = Counter(r["kind"] for _, _, r in MAILS)
    langs = Counter(r["language"] or "-" for _, _, r in MAILS)
    charsets, ctes, types = Counter(), Counter(), Counter()
    for _, raw, _ in MAILS:
        msg = message_from_bytes(raw, policy=policy.default)
        types[msg.get_content_type()] += 1
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                charsets[(p.get_content_charset() or "us-ascii").lower()] += 1
            if not p.is_multipart() and p.get_content_type() != "message/rfc822":
                ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    for title, c in (("kinds", kinds), ("languages (person mails)", langs),
                     ("top-level types", types), ("text-part charsets", charsets),
                     ("transfer encodings (leaf parts)", ctes)):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    problems = validate()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"validation failed: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    want = {n: raw for n, raw, _ in MAILS}
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        diffs = []
        have = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        for n in sorted(set(want) | have):
            p = mails_dir / n
            if n not in want:
                diffs.append(f"extra file mails/{n}")
            elif not p.exists() or p.read_bytes() != want[n]:
                diffs.append(f"mails/{n} differs")
        exp = HERE / "expected.json"
        if not exp.exists() or exp.read_text(encoding="utf-8") != expected_json():
            diffs.append("expected.json differs")
        if diffs:
            print("\n".join(diffs), file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in want:
            p.unlink()
    for n, raw in want.items():
        (mails_dir / n).write_bytes(raw)
    (HERE / "expected.json").write_text(expected_json(), encoding="utf-8")
    # re-read what was written
    for n, raw in want.items():
        assert (mails_dir / n).read_bytes() == raw
    print(f"wrote {len(MAILS)} mails and expected.json; validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
