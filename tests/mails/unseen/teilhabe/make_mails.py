#!/usr/bin/env python3
"""Evaluation mail set "fachtag": 50 mails to the Fachtag Teilhabe 2027 of the
Integrationsrat Bielefeld (config.toml next to this file, workshops WS-A .. WS-E).

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.  Every mail text is in this
file; the comment above each mail says what it tests.
"""

import base64
import hashlib
import json
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TO_ADDR = "fachtag-teilhabe@bielefeld.example"
TO = "Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>"
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, payload):
        self.headers = list(headers)
        self.payload = payload if payload.endswith(b"\n") else payload + b"\n"

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.payload


def _ew1(s, cs, enc):
    data = s.encode(cs)
    if enc == "B":
        return f"=?{cs}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{cs}?Q?{''.join(out)}?="


def ew(s, cs="utf-8", enc="Q"):
    """RFC 2047 encoded words, each at most 75 characters, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        if chunk and len(_ew1(chunk + ch, cs, enc)) > 75:
            words.append(_ew1(chunk, cs, enc))
            chunk = ch
        else:
            chunk += ch
    words.append(_ew1(chunk, cs, enc))
    return "\n ".join(words)


def addr(name, email, cs="utf-8", enc="Q"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, cs, enc)} <{email}>"


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", params="",
         crlf=False, extra=()):
    data = body.encode(cs)  # strict: fails loudly on a character the charset lacks
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    if cte == "7bit":
        data.decode("ascii")
        payload = data
    elif cte == "8bit":
        payload = data
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    hdrs = [f'Content-Type: text/{sub}; charset="{cs}"{params}',
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(hdrs, payload)


def attachment(ctype, filename, data):
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def multi(sub, parts, boundary, params="", preamble=""):
    body = preamble.encode("ascii")
    for p in parts:
        body += f"\n--{boundary}\n".encode() + p.bytes()
    body += f"\n--{boundary}--\n".encode()
    return Part([f'Content-Type: multipart/{sub};{params}\n boundary="{boundary}"'], body)


def html_of(body, font="Calibri, sans-serif"):
    """A plain text rendered the way a mail client turns it into HTML."""
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    out = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           f'<body><div style="font-family: {font}; font-size: 11pt">']
    for p in paras:
        out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def mid(slug, domain, style="tb"):
    h = hashlib.sha1(slug.encode()).hexdigest()
    if style == "outlook":
        return f"<DB9PR02MB{h[:10].upper()}{h[10:18].upper()}@{domain}>"
    if style == "gmail":
        return f"<CAK{h[:14]}+{h[14:26]}=Q@mail.{domain}>"
    if style == "apple":
        h2 = h.upper()
        return f"<{h2[:8]}-{h2[8:12]}-{h2[12:16]}-{h2[16:20]}-{h2[20:32]}@{domain}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def msg(headers, root):
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    lines += root.headers
    return ("\n".join(lines) + "\n\n").encode("ascii") + root.payload


def dt(m, d, hh, mm, ss=0):
    tz = CET if (m, d) < (3, 28) else CEST
    return format_datetime(datetime(2027, m, d, hh, mm, ss, tzinfo=tz))


def quote(body, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in body.split("\n"))


KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size",
        "language", "bounced_recipient")


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    if kind == "registration" and party is None:
        party = 1
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (filename, comment, raw bytes, expected record)


def add(slug, comment, raw, expected):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", comment, raw, expected))


# ---------------------------------------------------------------------------
# texts the organisers sent (quoted by the participants)
# ---------------------------------------------------------------------------

INVITE_MID = "<einladung-fachtag-2027-0315@bielefeld.example>"
REMIND_MID = "<erinnerung-fachtag-2027-0413@bielefeld.example>"

INVITE_HEAD = """Liebe Kolleginnen und Kollegen,
liebe Engagierte in Vereinen, Initiativen und Beratungsstellen,

der Integrationsrat der Stadt Bielefeld lädt Sie herzlich ein zum

    Fachtag Teilhabe 2027 - "Gleiche Chancen vor Ort"
    Samstag, 8. Mai 2027, 9:30 bis 16:30 Uhr
    Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld

Nach einem Impulsvortrag am Vormittag arbeiten wir am Nachmittag in fünf
parallelen Workshops:

    Workshop A  Anerkennung ausländischer Berufsabschlüsse - Wege in den Arbeitsmarkt
    Workshop B  Gesundheit und Pflege kultursensibel gestalten
    Workshop C  Politische Teilhabe: Wahlen, Beiräte, Ehrenamt
    Workshop D  Wohnen ohne Diskriminierung
    Workshop E  Junge Menschen zwischen Schule und Ausbildung
"""
INVITE_FORM = """Bitte melden Sie sich bis zum 26. April 2027 an, indem Sie auf diese
E-Mail antworten. Bitte antworten Sie mit folgenden Angaben:
Name:
Organisation:
Workshop (Erst- und Zweitwunsch):
Anzahl Personen:
"""
INVITE_TAIL = """Die Teilnahme ist kostenfrei. Für Mittagessen und Getränke ist gesorgt.

Mit freundlichen Grüßen
Geschäftsstelle des Integrationsrats der Stadt Bielefeld
"""
INVITE = INVITE_HEAD + "\n" + INVITE_FORM + "\n" + INVITE_TAIL

TITLES = {
    "A": "Anerkennung ausländischer Berufsabschlüsse - Wege in den Arbeitsmarkt",
    "B": "Gesundheit und Pflege kultursensibel gestalten",
    "C": "Politische Teilhabe: Wahlen, Beiräte, Ehrenamt",
    "D": "Wohnen ohne Diskriminierung",
    "E": "Junge Menschen zwischen Schule und Ausbildung",
}


def conf_de(name, letter, persons):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Fachtag Teilhabe 2027 am Samstag,
8. Mai 2027, in der Volkshochschule Bielefeld.

Angemeldet: {persons} Person(en)
Workshop {letter} - {TITLES[letter]}

Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Geschäftsstelle des Integrationsrats der Stadt Bielefeld"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 bounce: Postfix multipart/report for the invitation; the failed address is only in the report parts
slug = "postfix-bounce-invitation"
report_text = """This is the mail system at host mail.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@kulturverein-anatolia.example>: host
    mx.kulturverein-anatolia.example[192.0.2.25] said: 550 5.1.1
    <info@kulturverein-anatolia.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mail.bielefeld.example
X-Postfix-Queue-ID: 4Fq2T51x0Rz9sWZ
X-Postfix-Sender: rfc822; fachtag-teilhabe@bielefeld.example
Arrival-Date: Mon, 15 Mar 2027 16:02:11 +0100 (CET)

Final-Recipient: rfc822; info@kulturverein-anatolia.example
Original-Recipient: rfc822;info@kulturverein-anatolia.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kulturverein-anatolia.example
Diagnostic-Code: smtp; 550 5.1.1 <info@kulturverein-anatolia.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
orig_headers = f"""Return-Path: <fachtag-teilhabe@bielefeld.example>
Received: by mail.bielefeld.example (Postfix, from userid 1002)
	id 4Fq2T51x0Rz9sWZ; Mon, 15 Mar 2027 16:02:11 +0100 (CET)
From: {TO}
To: info@kulturverein-anatolia.example
Subject: Einladung: Fachtag Teilhabe am 8. Mai 2027
Date: Mon, 15 Mar 2027 16:02:10 +0100
Message-ID: {INVITE_MID}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
root = multi("report", [
    text(report_text, cs="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
    Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         status.encode()),
    Part(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
         orig_headers.encode()),
], "4Fq2T51x0Rz9sWZ.1805209471/mail.bielefeld.example", params=" report-type=delivery-status;")
add(slug, "", msg([
    ("Return-Path", "<>"),
    ("Date", dt(3, 15, 16, 4, 31)),
    ("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
    ("To", TO_ADDR),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Message-ID", "<20270315150431.6A1B2C0D4E@mail.bielefeld.example>"),
    ("Auto-Submitted", "auto-replied"),
], root), E("bounce", bounced="info@kulturverein-anatolia.example"))

# 002 auto_reply: English out-of-office answering the invitation, with Auto-Submitted and a mention of "register"
slug = "okonkwo-out-of-office"
body = """Thank you for your message.

I am out of the office until Monday, 29 March 2027, with very limited
access to email. Your message will not be forwarded.

For anything urgent regarding memberships or event registrations, please
contact our office at info@afrika-forum-owl.example.

Kind regards,
Martin Okonkwo
Afrika-Forum OWL e.V.
"""
add(slug, "", msg([
    ("Date", dt(3, 15, 16, 5, 2)),
    ("From", addr("Martin Okonkwo", "m.okonkwo@afrika-forum-owl.example")),
    ("To", TO),
    ("Subject", "Automatic reply: Einladung: Fachtag Teilhabe am 8. Mai 2027"),
    ("Message-ID", mid(slug, "afrika-forum-owl.example", "outlook")),
    ("In-Reply-To", INVITE_MID),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Precedence", "auto_reply"),
], text(body, cs="us-ascii", cte="7bit")), E("auto_reply"))

# 003 registration de: Outlook top-posted reply above the full quoted invitation (which lists all five workshops); letter "Workshop C"
slug = "hollmann-caritas-workshop-c"
body = """Guten Morgen,

vielen Dank für die Einladung! Hiermit melde ich mich verbindlich für den Fachtag an und würde gern am Workshop C teilnehmen.

Viele Grüße
Sabine Hollmann

Sabine Hollmann
Fachdienst Migration und Integration
Caritasverband für die Stadt Bielefeld e.V.
Tel. 0521 96188-12

Von: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
Gesendet: Montag, 15. März 2027 16:02
An: Verteiler Integration <verteiler-integration@bielefeld.example>
Betreff: Einladung: Fachtag Teilhabe am 8. Mai 2027

""" + INVITE
root = multi("alternative", [text(body), text(html_of(body), sub="html")],
             "_000_DB9PR02MB7a21hollmann_")
add(slug, "", msg([
    ("From", addr("Hollmann, Sabine", "s.hollmann@caritas-bielefeld.example")),
    ("To", TO),
    ("Subject", "AW: Einladung: Fachtag Teilhabe am 8. Mai 2027"),
    ("Thread-Topic", "Einladung: Fachtag Teilhabe am 8. Mai 2027"),
    ("Date", dt(3, 16, 8, 47, 12)),
    ("Message-ID", mid(slug, "caritas-bielefeld.example", "outlook")),
    ("In-Reply-To", INVITE_MID),
    ("References", INVITE_MID),
    ("Content-Language", "de-DE"),
    ("X-MS-Has-Attach", ""),
], root), E("registration", "s.hollmann@caritas-bielefeld.example", "Sabine Hollmann",
            "Caritasverband für die Stadt Bielefeld e.V.", ["WS-C"], 1, "de"))

# 004 registration de: ISO-8859-1 8bit Thunderbird; workshop by topic words ("kultursensible Pflege", fallback "Wohnen"); party "mich und zwei Kolleginnen" = 3
slug = "bassler-awo-pflege-drei-personen"
body = """Sehr geehrte Damen und Herren,

hiermit möchte ich mich und zwei Kolleginnen aus unserer Migrationsberatung
zum Fachtag Teilhabe am 08.05. anmelden.

Unser Interesse gilt vor allem dem Workshop zur kultursensiblen Pflege, da
wir gerade ein Projekt mit pflegenden Angehörigen aufbauen. Falls dort kein
Platz mehr ist, gerne auch Wohnen.

Mit freundlichen Grüßen

Jürgen Baßler
Abteilungsleiter Migrationsdienste
AWO Kreisverband Bielefeld e.V.
Detmolder Straße 280 · 33605 Bielefeld
"""
add(slug, "", msg([
    ("Message-ID", mid(slug, "awo-bielefeld.example")),
    ("Date", dt(3, 16, 11, 20, 5)),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "de-DE"),
    ("To", TO_ADDR),
    ("From", addr("Jürgen Baßler", "j.bassler@awo-bielefeld.example", "iso-8859-1")),
    ("Subject", "Anmeldung Fachtag Teilhabe"),
], text(body, cs="iso-8859-1", cte="8bit", params="; format=flowed")),
    E("registration", "j.bassler@awo-bielefeld.example", "Jürgen Baßler",
      "AWO Kreisverband Bielefeld e.V.", ["WS-B", "WS-D"], 3, "de"))

# 005 registration en: Gmail multipart/alternative base64; "housing discrimination (D)" first, "the one about young people ..." second
slug = "raman-university-housing"
body = """Hello,

I'm a doctoral researcher working on access to housing for refugee families, and I'd be glad to take part in the Fachtag on 8 May. My first choice would be the workshop on housing discrimination (D); if that one is full, I'd go for the one about young people between school and vocational training.

I understand German well, but I'm more comfortable speaking English - I hope that's alright.

Best regards,
Priya Raman

--
Priya Raman
Doctoral researcher, Faculty of Sociology
Bielefeld University
"""
root = multi("alternative", [text(body, cte="base64"),
                             text(html_of(body, "arial, sans-serif"), sub="html", cte="base64")],
             "000000000000a1b2c3d4e5f60718")
add(slug, "", msg([
    ("Date", dt(3, 16, 19, 55, 40)),
    ("From", addr("Priya Raman", "priya.raman@uni-bielefeld.example")),
    ("To", TO_ADDR),
    ("Subject", "Registration - Fachtag Teilhabe"),
    ("Message-ID", mid(slug, "uni-bielefeld.example", "gmail")),
], root), E("registration", "priya.raman@uni-bielefeld.example", "Priya Raman",
            "Bielefeld University", ["WS-D", "WS-E"], 1, "en"))

# 006 registration tr: windows-1254 QP; "2 numaralı atölye" = second workshop by order = WS-B; daughter comes too = 2
slug = "demirtas-kadinlar-birligi-atolye-2"
body = """Merhaba,

8 Mayıs'taki Fachtag Teilhabe'ye katılmak istiyorum. Davetiyedeki 2 numaralı atölye (sağlık ve bakım) benim için çok önemli, çünkü derneğimizde yaşlı üyelerimiz için bir bakım grubu kurmaya çalışıyoruz.

Kızım Elif de benimle gelecek, yani iki kişiyiz. Almancam çok iyi değil, kızım bana yardım edecek.

Saygılarımla,
Ayşe Demirtaş
Yönetim Kurulu Üyesi
Bielefeld Türk Kadınlar Birliği e.V.
"""
add(slug, "", msg([
    ("From", addr("Ayşe Demirtaş", "ayse.demirtas@tkb-bielefeld.example", "windows-1254")),
    ("To", TO_ADDR),
    ("Subject", ew("Fachtag kaydı", "windows-1254")),
    ("Date", dt(3, 17, 10, 14, 9)),
    ("Message-ID", mid(slug, "tkb-bielefeld.example")),
    ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
], text(body, cs="windows-1254")),
    E("registration", "ayse.demirtas@tkb-bielefeld.example", "Ayşe Demirtaş",
      "Bielefeld Türk Kadınlar Birliği e.V.", ["WS-B"], 2, "tr"))

# 007 question de: accessibility and childcare before registering; volunteer ("ehrenamtlich" is a word of WS-C's title) but no choice, no registration
slug = "brandt-owusu-frage-barrierefrei"
body = """Hallo liebes Team vom Integrationsrat,

bevor ich mich anmelde, hätte ich zwei Fragen: Ist die VHS im Ravensberger Park barrierefrei zugänglich? Eine Frau aus unserer Nähgruppe sitzt im Rollstuhl und würde gern mitkommen. Und gibt es am Samstag eine Kinderbetreuung? Sonst wird es für einige Mütter schwierig.

Danke schon mal und liebe Grüße
Heike Brandt-Owusu
(ehrenamtlich, Nähcafé International im Stadtteiltreff Baumheide)
"""
add(slug, "", msg([
    ("From", addr("Heike Brandt-Owusu", "heike.brandt-owusu@posteo.example")),
    ("To", TO_ADDR),
    ("Subject", ew("Frage zur Barrierefreiheit & Kinderbetreuung")),
    ("Date", dt(3, 17, 21, 30, 44)),
    ("Message-ID", mid(slug, "posteo.example")),
    ("User-Agent", "K-9 Mail for Android"),
], text(body, cte="8bit")),
    E("question", "heike.brandt-owusu@posteo.example", "Heike Brandt-Owusu",
      "Nähcafé International", [], None, "de"))

# 008 registration ar: windows-1256 base64 multipart/alternative; Arabic display name; "الورشة الأولى" (first workshop) about recognition = WS-A; org in Latin script
slug = "alhassan-kulturverein-arabisch"
body = """السلام عليكم،

أود التسجيل في Fachtag Teilhabe بتاريخ 8 أيار/مايو 2027. أنا مهندس مدني من سوريا، وما زلت أنتظر الاعتراف بشهادتي الجامعية منذ أكثر من سنة، لذلك أرغب في المشاركة في الورشة الأولى حول الاعتراف بالشهادات المهنية والدخول إلى سوق العمل.

سأحضر وحدي.

مع الشكر والتقدير
محمد الحسن
عضو الهيئة الإدارية
Deutsch-Syrischer Kulturverein Bielefeld e.V.
"""
html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"></head>\n<body>'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in body.strip().split("\n\n"))
        + "</body></html>\n")
root = multi("alternative", [text(body, cs="windows-1256", cte="base64", crlf=True),
                             text(html, sub="html", cs="windows-1256", cte="base64", crlf=True)],
             "----=_NextPart_000_0017_01DB7A3C.5F2E9A10")
add(slug, "", msg([
    ("From", addr("محمد الحسن", "m.alhassan@dsk-bielefeld.example", "windows-1256", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("التسجيل في Fachtag Teilhabe", "windows-1256", "B")),
    ("Date", dt(3, 18, 9, 12, 27)),
    ("Message-ID", mid(slug, "dsk-bielefeld.example", "outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], root), E("registration", "m.alhassan@dsk-bielefeld.example", "محمد الحسن",
            "Deutsch-Syrischer Kulturverein Bielefeld e.V.", ["WS-A"], 1, "ar"))

# 009 registration de: Outlook HTML-only windows-1252 QP; full title in „…“ quotes; herself plus a named colleague = 2; confidentiality disclaimer
slug = "lemke-diakonie-html-only"
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich und meinen Kollegen Tobias Wendt für den Fachtag Teilhabe am 8.&nbsp;Mai an. Wir arbeiten beide im Jugendmigrationsdienst und möchten gern gemeinsam den Workshop „Junge Menschen zwischen Schule und Ausbildung“ besuchen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Für Rückfragen erreichen Sie mich unter der unten stehenden Nummer.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Katharina Lemke<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Sozialarbeiterin B.A. | Jugendmigrationsdienst<br>
Diakonie für Bielefeld gGmbH<br>
Tel. 0521 144-3377</span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.</span><o:p></o:p></p>
</div></body></html>
"""
add(slug, "", msg([
    ("From", addr("Lemke, Katharina", "k.lemke@diakonie-bielefeld.example")),
    ("To", addr("Fachtag Teilhabe 2027", TO_ADDR)),
    ("Subject", ew("Anmeldung Fachtag Teilhabe – JMD Diakonie", "windows-1252")),
    ("Thread-Topic", ew("Anmeldung Fachtag Teilhabe – JMD Diakonie", "windows-1252")),
    ("Date", dt(3, 18, 14, 40, 3)),
    ("Message-ID", mid(slug, "diakonie-bielefeld.example", "outlook")),
    ("Content-Language", "de-DE"),
    ("X-MS-Has-Attach", ""),
], text(html, sub="html", cs="windows-1252")),
    E("registration", "k.lemke@diakonie-bielefeld.example", "Katharina Lemke",
      "Diakonie für Bielefeld gGmbH", ["WS-E"], 2, "de"))

# 010 registration ru: KOI8-R 8bit; "семинар C" first, "семинар B (здоровье и уход)" fallback; org in Cyrillic with quotes and e.V.
slug = "sorokina-raduga-koi8"
body = """Здравствуйте!

Прошу зарегистрировать меня на Fachtag Teilhabe 8 мая. Больше всего меня
интересует семинар C о политическом участии - в нашем центре мы как раз
обсуждаем, выдвигать ли наших членов в Интеграционный совет. Если там мест
уже не будет, запишите меня, пожалуйста, на семинар B (здоровье и уход).

С уважением,
Людмила Сорокина
председатель правления
Культурный центр "Радуга" e.V.
Билефельд
"""
add(slug, "", msg([
    ("From", addr("Людмила Сорокина", "l.sorokina@raduga-bielefeld.example", "koi8-r", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("Регистрация на Fachtag", "koi8-r", "B")),
    ("Date", dt(3, 19, 7, 58, 50)),
    ("Message-ID", mid(slug, "raduga-bielefeld.example")),
    ("X-Mailer", "The Bat! (v9.4.5) Professional"),
], text(body, cs="koi8-r", cte="8bit")),
    E("registration", "l.sorokina@raduga-bielefeld.example", "Людмила Сорокина",
      'Культурный центр "Радуга" e.V.', ["WS-C", "WS-B"], 1, "ru"))

# 011 registration de: older volunteer, ISO-8859-1 QP; "ehrenamtlich" (WS-C alias word) in the intro must not count; chosen "Workshop über Wohnen" = WS-D
slug = "ploeger-fluechtlingshilfe-wohnen"
body = """Sehr geehrte Damen und Herren,

ich bin seit 2015 ehrenamtlich in der Flüchtlingshilfe Sennestadt tätig und
begleite dort vor allem Familien bei der Wohnungssuche. Daher möchte ich
gerne an dem Workshop über Wohnen teilnehmen.

Ich komme allein.

Mit freundlichem Gruß
Gerhard Plöger
Flüchtlingshilfe Sennestadt
Tel. 05205 7712
"""
add(slug, "", msg([
    ("Date", dt(3, 19, 16, 21, 11)),
    ("From", addr("Gerhard Plöger", "g.ploeger@t-online.example", "iso-8859-1")),
    ("To", TO_ADDR),
    ("Subject", "Anmeldung"),
    ("Message-ID", mid(slug, "t-online.example")),
    ("X-Mailer", "T-Online eMail 6.14.2"),
], text(body, cs="iso-8859-1")),
    E("registration", "g.ploeger@t-online.example", "Gerhard Plöger",
      "Flüchtlingshilfe Sennestadt", ["WS-D"], 1, "de"))

# 012 change de: reply to the confirmation (B, 3 persons, quoted below); new choice D ("Wohnen") and one colleague drops out = 2
slug = "bassler-aenderung-wohnen-zwei"
body = """Sehr geehrte Damen und Herren,

kleine Korrektur zu unserer Anmeldung: Eine Kollegin fällt leider aus, wir
kommen also nur zu zweit. Außerdem haben wir uns intern umentschieden und
würden lieber in den Workshop D (Wohnen) gehen statt in die Pflege.

Mit freundlichen Grüßen
Jürgen Baßler

Am 16.03.2027 um 11:25 schrieb Fachtag Teilhabe 2027:
""" + quote(conf_de("Jürgen Baßler", "B", 3)) + "\n"
add(slug, "", msg([
    ("Message-ID", mid(slug, "awo-bielefeld.example")),
    ("Date", dt(3, 22, 10, 5, 36)),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", "Re: Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("In-Reply-To", "<conf-0004@bielefeld.example>"),
    ("References", "<conf-0004@bielefeld.example>"),
    ("To", TO),
    ("From", addr("Jürgen Baßler", "j.bassler@awo-bielefeld.example", "iso-8859-1")),
    ("Content-Language", "de-DE"),
], text(body, cs="iso-8859-1")),
    E("change", "j.bassler@awo-bielefeld.example", "Jürgen Baßler",
      "AWO Kreisverband Bielefeld e.V.", ["WS-D"], 2, "de"))

# 013 registration fr: ISO-8859-15 QP (œ); "l'atelier sur la santé et les soins" = WS-B
slug = "diallo-femmes-africaines-sante"
body = """Bonjour,

Je souhaite m'inscrire au Fachtag Teilhabe du 8 mai. Je suis intéressée par l'atelier sur la santé et les soins adaptés aux différentes cultures : c'est un sujet qui me tient à cœur, car beaucoup de femmes de notre association n'osent pas aller chez le médecin seules.

Je viendrai seule.

Cordialement,
Aminata Diallo
Présidente
Association des Femmes Africaines de Bielefeld
"""
add(slug, "", msg([
    ("From", addr("Aminata Diallo", "aminata.diallo@afab.example")),
    ("To", TO_ADDR),
    ("Subject", ew("Inscription à la journée du 8 mai", "iso-8859-15")),
    ("Date", dt(3, 22, 12, 33, 2)),
    ("Message-ID", mid(slug, "afab.example")),
    ("X-Mailer", "Zimbra 10.0.6_GA_4627 (ZimbraWebClient - FF124 (Win)/10.0.6_GA_4627)"),
], text(body, cs="iso-8859-15")),
    E("registration", "aminata.diallo@afab.example", "Aminata Diallo",
      "Association des Femmes Africaines de Bielefeld", ["WS-B"], 1, "fr"))

# 014 question de: asks whether two workshops can be combined and about interpreters; names Wohnen and Übergang Schule-Beruf hypothetically; says he registers later
slug = "kuehn-quartier-frage-ablauf"
body = """Hallo,

ich hätte eine Frage zum Ablauf: Laufen die Workshops parallel, oder kann man vormittags an einem und nachmittags an einem anderen teilnehmen? Mich würden eigentlich sowohl Wohnen als auch der Übergang Schule–Beruf interessieren.

Außerdem: Wird es Dolmetscher*innen für Arabisch und Dari geben? Dann würde ich einige Bewohner*innen aus dem Quartier ermutigen, mitzukommen.

Anmelden würde ich mich dann, sobald ich weiß, wie es organisiert ist.

Viele Grüße
Stefan Kühn
Quartiersmanagement Sieker
Stadtteilbüro, Tel. 0521 5578-30
"""
add(slug, "", msg([
    ("Date", dt(3, 23, 15, 47, 19)),
    ("From", addr("Stefan Kühn", "kuehn@quartier-sieker.example")),
    ("To", TO_ADDR),
    ("Subject", "Frage zum Ablauf / Dolmetscher"),
    ("Message-ID", mid(slug, "quartier-sieker.example")),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
], text(body)),
    E("question", "kuehn@quartier-sieker.example", "Stefan Kühn",
      "Quartiersmanagement Sieker", [], None, "de"))

# 015 registration uk: windows-1251 base64 with CRLF; "воркшоп про житло" = WS-D; with husband = 2
slug = "tkachenko-hromada-zhytlo"
body = """Добрий день!

Мене звати Олена Ткаченко, я волонтерка Української громади Білефельда. Хочу зареєструватися на Fachtag Teilhabe 8 травня. Найбільше мене цікавить воркшоп про житло і дискримінацію при пошуку квартири - це зараз найбільша проблема для наших родин.

Зі мною прийде мій чоловік Андрій, тобто нас буде двоє.

З повагою,
Олена Ткаченко
Українська громада Білефельда
"""
add(slug, "", msg([
    ("From", addr("Олена Ткаченко", "olena.tkachenko@ukr-hromada.example", "windows-1251", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("Реєстрація на Fachtag Teilhabe 8 травня", "windows-1251", "B")),
    ("Date", dt(3, 24, 20, 10, 58)),
    ("Message-ID", mid(slug, "ukr-hromada.example")),
    ("X-Mailer", "Microsoft Outlook 15.0"),
], text(body, cs="windows-1251", cte="base64", crlf=True)),
    E("registration", "olena.tkachenko@ukr-hromada.example", "Олена Ткаченко",
      "Українська громада Білефельда", ["WS-D"], 2, "uk"))

# 016 other: newsletter of an education provider (List-Unsubscribe, Precedence bulk) full of "Workshop", "Anmeldung", "Ehrenamt"
slug = "newsletter-bildungswerk"
body = """Newsletter März 2027 - Paritätisches Bildungswerk OWL

Liebe Leserinnen und Leser,

auch im Frühjahr bieten wir wieder Fortbildungen für Haupt- und Ehrenamtliche an:

* Workshop "Vereinsrecht kompakt" - 17. April, Bielefeld
* Workshop "Interkulturelle Öffnung in der Pflege" - 24. April, Herford
* Online-Seminar "Fördermittel richtig beantragen" - 6. Mai

Anmeldung wie immer über unser Online-Portal. Die Plätze sind begrenzt.

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.bildungswerk-owl.example/newsletter/abmelden
"""
html = html_of(body, "Helvetica, Arial, sans-serif")
root = multi("alternative", [text(body), text(html, sub="html")], "=_bw_nl_2027_03_a")
add(slug, "", msg([
    ("Date", dt(3, 25, 6, 0, 0)),
    ("From", addr("Paritätisches Bildungswerk OWL", "newsletter@bildungswerk-owl.example")),
    ("To", TO_ADDR),
    ("Subject", ew("Newsletter März: Neue Workshops für Haupt- und Ehrenamtliche")),
    ("Message-ID", "<nl-2027-03.8812.fachtag-teilhabe@bildungswerk-owl.example>"),
    ("List-Unsubscribe", "<https://www.bildungswerk-owl.example/newsletter/abmelden?u=8812>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("X-Mailer", "CleverNews 4.2"),
], root), E("other"))

# 017 registration de: a team leader registers a colleague (not himself), asks to confirm to her address; her own mail attached as message/rfc822
slug = "oberkamp-meldet-arslan-an"
body = """Sehr geehrte Damen und Herren,

meine Kollegin Frau Dr. Neslihan Arslan möchte gern am Fachtag Teilhabe teilnehmen, ist aber diese Woche auf Fortbildung und hat mich gebeten, sie anzumelden. Sie interessiert sich für Workshop C (Politische Teilhabe). Ihre Nachricht an mich hängt an.

Bitte schicken Sie die Bestätigung direkt an sie: neslihan.arslan@ki-guetersloh.example

Ich selbst nehme nicht teil.

Mit freundlichen Grüßen
Frank Oberkamp
Teamleitung Grundsatzangelegenheiten
Kommunales Integrationszentrum Kreis Gütersloh
"""
inner_body = """Hallo Frank,

könntest du mich bitte für den Fachtag in Bielefeld anmelden? Ich bin bis Freitag auf der Fortbildung in Münster und komme kaum an meine Mails. Am liebsten Workshop C, der zur politischen Teilhabe.

Danke dir!
Neslihan
"""
inner = msg([
    ("From", addr("Arslan, Neslihan", "neslihan.arslan@ki-guetersloh.example")),
    ("To", addr("Oberkamp, Frank", "frank.oberkamp@ki-guetersloh.example")),
    ("Subject", "Fachtag Bielefeld"),
    ("Date", dt(3, 26, 8, 2, 41)),
    ("Message-ID", mid(slug + "-inner", "ki-guetersloh.example", "outlook")),
], text(inner_body))
root = multi("mixed", [text(body),
                       Part(['Content-Type: message/rfc822; name="Fachtag Bielefeld.eml"',
                             'Content-Disposition: attachment; filename="Fachtag Bielefeld.eml"'],
                            inner)],
             "_004_DB9PR02MBoberkamp_", preamble="")
add(slug, "", msg([
    ("From", addr("Oberkamp, Frank", "frank.oberkamp@ki-guetersloh.example")),
    ("To", TO),
    ("Subject", "Anmeldung Frau Dr. Arslan zum Fachtag"),
    ("Date", dt(3, 26, 11, 11, 20)),
    ("Message-ID", mid(slug, "ki-guetersloh.example", "outlook")),
    ("Content-Language", "de-DE"),
    ("X-MS-Has-Attach", "yes"),
], root), E("registration", "neslihan.arslan@ki-guetersloh.example", "Neslihan Arslan",
            "Kommunales Integrationszentrum Kreis Gütersloh", ["WS-C"], 1, "de"))

# 018 registration pl: ISO-8859-2 QP; "warsztat B" first, "warsztat A" second
slug = "wisniewska-polonia-warsztat-b"
body = """Dzień dobry,

chciałabym zgłosić swój udział w Fachtag Teilhabe 8 maja. Jako pierwszy wybór proszę o warsztat B o zdrowiu i opiece, a jeśli nie będzie miejsc - warsztat A (uznawanie kwalifikacji zawodowych).

Pracuję jako opiekunka osób starszych i chętnie podzielę się doświadczeniem.

Z poważaniem
Małgorzata Wiśniewska
Stowarzyszenie Polonia Bielefeld
"""
add(slug, "", msg([
    ("From", addr("Małgorzata Wiśniewska", "m.wisniewska@polonia-bielefeld.example", "iso-8859-2")),
    ("To", TO_ADDR),
    ("Subject", ew("Zgłoszenie - Fachtag Teilhabe", "iso-8859-2")),
    ("Date", dt(3, 29, 9, 30, 4)),
    ("Message-ID", mid(slug, "polonia-bielefeld.example")),
    ("X-Mailer", "Poczta 3.7"),
], text(body, cs="iso-8859-2")),
    E("registration", "m.wisniewska@polonia-bielefeld.example", "Małgorzata Wiśniewska",
      "Stowarzyszenie Polonia Bielefeld", ["WS-B", "WS-A"], 1, "pl"))

# 019 registration de: inline forward of the invitation with a boss's note "B oder E würde passen"; only the new top text counts: "am fünften Workshop" = WS-E
slug = "albers-jugendring-weiterleitung"
body = """Hallo zusammen,

wie eben am Telefon besprochen: Ich komme gern zum Fachtag und nehme am fünften Workshop teil (Jugend/Ausbildung). Die Einladung hat mir unsere Geschäftsführerin weitergeleitet, deshalb hänge ich sie unten noch mal dran.

Beste Grüße
Sven Albers
Bildungsreferent
Stadtjugendring Bielefeld e.V.

-------- Weitergeleitete Nachricht --------
Betreff: 	WG: Einladung: Fachtag Teilhabe am 8. Mai 2027
Datum: 	Mon, 29 Mar 2027 10:12:44 +0200
Von: 	Claudia Meier-Tönnies <c.meier-toennies@sjr-bielefeld.example>
An: 	Sven Albers <s.albers@sjr-bielefeld.example>

Sven, magst du da hin? Workshop B oder E würde passen.
C.

-----Ursprüngliche Nachricht-----
Von: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
Gesendet: Montag, 15. März 2027 16:02
An: Verteiler Jugendhilfe <verteiler-jugend@bielefeld.example>
Betreff: Einladung: Fachtag Teilhabe am 8. Mai 2027

""" + INVITE
add(slug, "", msg([
    ("Message-ID", mid(slug, "sjr-bielefeld.example")),
    ("Date", dt(3, 29, 17, 45, 30)),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Subject", "Fwd: WG: Einladung: Fachtag Teilhabe am 8. Mai 2027"),
    ("To", TO_ADDR),
    ("From", addr("Sven Albers", "s.albers@sjr-bielefeld.example")),
], text(body, cte="8bit")),
    E("registration", "s.albers@sjr-bielefeld.example", "Sven Albers",
      "Stadtjugendring Bielefeld e.V.", ["WS-E"], 1, "de"))

# 020 cancellation de: Outlook reply over the quoted confirmation (Workshop C); mentions a colleague who may register herself later
slug = "hollmann-absage"
body = """Hallo,

leider muss ich meine Anmeldung zum Fachtag wieder zurückziehen – an dem Samstag findet kurzfristig unsere Mitgliederversammlung statt. Eventuell kommt stattdessen eine Kollegin, die meldet sich dann selbst bei Ihnen.

Viele Grüße
Sabine Hollmann

Sabine Hollmann
Fachdienst Migration und Integration
Caritasverband für die Stadt Bielefeld e.V.
Tel. 0521 96188-12

Von: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
Gesendet: Dienstag, 16. März 2027 08:52
An: Hollmann, Sabine <s.hollmann@caritas-bielefeld.example>
Betreff: Ihre Anmeldung zum Fachtag Teilhabe 2027

""" + conf_de("Sabine Hollmann", "C", 1) + "\n"
root = multi("alternative", [text(body), text(html_of(body), sub="html")],
             "_000_DB9PR02MB7a21hollmann2_")
add(slug, "", msg([
    ("From", addr("Hollmann, Sabine", "s.hollmann@caritas-bielefeld.example")),
    ("To", TO),
    ("Subject", "AW: Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Thread-Topic", "Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Date", dt(3, 30, 8, 15, 48)),
    ("Message-ID", mid(slug, "caritas-bielefeld.example", "outlook")),
    ("In-Reply-To", "<conf-0003@bielefeld.example>"),
    ("References", "<conf-0003@bielefeld.example>"),
    ("Content-Language", "de-DE"),
], root), E("cancellation", "s.hollmann@caritas-bielefeld.example", "Sabine Hollmann",
            "Caritasverband für die Stadt Bielefeld e.V.", [], None, "de"))

# 021 registration es: windows-1252 8bit; two persons named; "taller de participación política" = WS-C; also asks about translation (still a registration)
slug = "fernandez-latinoamericana-dos"
body = """Hola:

Me llamo Lucía Fernández Ortega y coordino el grupo de mujeres de la Asociación Latinoamericana de Bielefeld. Queremos inscribirnos en el Fachtag Teilhabe del 8 de mayo: vamos dos personas, mi compañera Carmen Ruiz y yo.

Nos interesa sobre todo el taller de participación política (elecciones, consejos consultivos, voluntariado). ¿Habrá traducción al español? Si no, no pasa nada, las dos entendemos bastante alemán.

¡Muchas gracias!
Lucía Fernández Ortega
Asociación Latinoamericana de Bielefeld e.V.
"""
add(slug, "", msg([
    ("From", addr("Lucía Fernández", "lucia.fernandez@alb-bielefeld.example", "windows-1252")),
    ("To", TO_ADDR),
    ("Subject", ew("Inscripción Fachtag – Asociación Latinoamericana", "windows-1252")),
    ("Date", dt(3, 31, 22, 2, 17)),
    ("Message-ID", mid(slug, "alb-bielefeld.example", "outlook")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text(body, cs="windows-1252", cte="8bit")),
    E("registration", "lucia.fernandez@alb-bielefeld.example", "Lucía Fernández Ortega",
      "Asociación Latinoamericana de Bielefeld e.V.", ["WS-C"], 2, "es"))

# 022 question en: asks about English interpretation and non-members; workshop wish only conditional ("If English is possible, I would love to join ...")
slug = "okafor-question-english"
body = """Good afternoon,

A friend forwarded me your invitation. Two questions before I commit: will the workshops be held only in German, or will there be some interpretation into English? And is the event open to people who are not members of an association?

If English is possible, I would love to join the workshop on the recognition of foreign qualifications - I am an electrical engineer from Lagos and have been waiting eight months for my Anerkennung.

Kind regards,
Daniel Okafor
"""
add(slug, "", msg([
    ("Date", dt(4, 1, 10, 40, 25)),
    ("From", addr("Daniel Okafor", "d.okafor@mailbox.example")),
    ("To", TO_ADDR),
    ("Subject", "Question about language / open to everyone?"),
    ("Message-ID", mid(slug, "mailbox.example", "apple")),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
], text(body, cs="us-ascii", cte="7bit")),
    E("question", "d.okafor@mailbox.example", "Daniel Okafor", None, [], None, "en"))

# 023 registration fa: UTF-8 base64, Persian digits, ZWNJ; youth/vocational-training workshop described in words = WS-E; with son = 2 ("دو نفر")
slug = "mohammadi-iranian-association"
body = """سلام و وقت بخیر،

من زهرا محمدی هستم و در انجمن فرهنگی ایرانیان بیله‌فلد با نوجوانان کار می‌کنم. می‌خواهم برای Fachtag Teilhabe در روز ۸ مه ثبت‌نام کنم. کارگاه مربوط به جوانان بین مدرسه و آموزش حرفه‌ای (Ausbildung) برای من از همه مهم‌تر است.

پسرم آرش هم که ۱۷ سال دارد با من می‌آید، یعنی دو نفر هستیم.

با سپاس
زهرا محمدی
انجمن فرهنگی ایرانیان بیله‌فلد
"""
add(slug, "", msg([
    ("From", addr("زهرا محمدی", "zahra.mohammadi@iran-kultur-bi.example", "utf-8", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("ثبت‌نام Fachtag Teilhabe", "utf-8", "B")),
    ("Date", dt(4, 2, 19, 19, 0)),
    ("Message-ID", mid(slug, "iran-kultur-bi.example", "gmail")),
], text(body, cte="base64")),
    E("registration", "zahra.mohammadi@iran-kultur-bi.example", "زهرا محمدی",
      "انجمن فرهنگی ایرانیان بیله‌فلد", ["WS-E"], 2, "fa"))

# 024 registration de: learner German from a phone, no organisation; "Workshop Arbeit und Anerkennung" = WS-A
slug = "noori-lerner-deutsch-arbeit"
body = """Hallo

Ich heiße Ahmad Zia Noori ich komme aus Afghanistan. ich möchte kommen zu Fachtag am 8 Mai. Ich interessiere Workshop Arbeit und Anerkennung, ich bin Lehrer in Afghanistan 10 Jahre aber hier mein Zeugnis nicht anerkannt.

Ich komme alleine.

Danke
Ahmad Zia Noori

Von Outlook für Android gesendet
"""
add(slug, "", msg([
    ("From", addr("Ahmad Noori", "ahmadzia.noori@outlook.example")),
    ("To", TO_ADDR),
    ("Subject", "Fachtag"),
    ("Date", dt(4, 3, 13, 7, 52)),
    ("Message-ID", mid(slug, "outlook.example", "outlook")),
], text(body)),
    E("registration", "ahmadzia.noori@outlook.example", "Ahmad Zia Noori", None,
      ["WS-A"], 1, "de"))

# 025 change en: bottom-posted under the quoted English confirmation (Workshop D); asks to move to "workshop C"
slug = "raman-change-to-c"
conf_en = """Dear Priya Raman,

thank you for registering for the Fachtag Teilhabe 2027 on Saturday,
8 May 2027, at the Volkshochschule Bielefeld.

Persons: 1
Workshop D - Wohnen ohne Diskriminierung

If anything changes, simply reply to this email.

Kind regards
Office of the Integrationsrat der Stadt Bielefeld"""
body = ("On Tue, 16 Mar 2027 at 20:01, Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example> wrote:\n"
        + quote(conf_en) + """

Hi again,

My supervisor suggested I'd get more out of the session on political participation for my current chapter, so could you please move me to workshop C instead? Sorry for the extra work!

Best,
Priya
""")
root = multi("alternative", [text(body), text(html_of(body, "arial, sans-serif"), sub="html")],
             "000000000000f0e1d2c3b4a59687")
add(slug, "", msg([
    ("Date", dt(4, 5, 9, 50, 13)),
    ("From", addr("Priya Raman", "priya.raman@uni-bielefeld.example")),
    ("To", TO),
    ("Subject", "Re: Your registration for the Fachtag Teilhabe 2027"),
    ("In-Reply-To", "<conf-0005@bielefeld.example>"),
    ("References", "<conf-0005@bielefeld.example>"),
    ("Message-ID", mid(slug, "uni-bielefeld.example", "gmail")),
], root), E("change", "priya.raman@uni-bielefeld.example", "Priya Raman",
            "Bielefeld University", ["WS-C"], None, "en"))

# 026 registration it: sent from the association's shared mailbox with Reply-To of the person; also asks in text to confirm to her address; "saremo in tre" = 3
slug = "marchetti-centro-italiano-reply-to"
body = """Buongiorno,

scrivo a nome del Centro Culturale Italiano. Vorrei iscrivermi al Fachtag Teilhabe dell'8 maggio insieme a due colleghi del nostro sportello di consulenza, quindi saremo in tre.

Ci interessa il laboratorio sul riconoscimento dei titoli di studio e l'accesso al lavoro: molti giovani italiani arrivano qui con una laurea che non viene riconosciuta.

Per favore mandate la conferma al mio indirizzo personale (giulia.marchetti@cci-bielefeld.example).

Cordiali saluti
Giulia Marchetti
Coordinatrice dello sportello
Centro Culturale Italiano Bielefeld
"""
add(slug, "", msg([
    ("From", addr("Centro Culturale Italiano Bielefeld", "info@cci-bielefeld.example")),
    ("Reply-To", addr("Giulia Marchetti", "giulia.marchetti@cci-bielefeld.example")),
    ("To", TO_ADDR),
    ("Subject", "Iscrizione Fachtag Teilhabe 8 maggio"),
    ("Date", dt(4, 6, 8, 3, 37)),
    ("Message-ID", mid(slug, "cci-bielefeld.example")),
    ("User-Agent", "Horde Application Framework 5"),
], text(body, cs="iso-8859-1")),
    E("registration", "giulia.marchetti@cci-bielefeld.example", "Giulia Marchetti",
      "Centro Culturale Italiano Bielefeld", ["WS-A"], 3, "it"))

# 027 cancellation tr: ISO-8859-9 8bit; polite request "iptal edebilir misiniz?" phrased as a question but is a cancellation
slug = "demirtas-iptal"
body = """Merhaba,

maalesef 8 Mayıs'ta gelemeyeceğiz. Annem hastalandı, onu ziyarete Türkiye'ye gitmem gerekiyor. Kızım da tek başına gelmek istemiyor. Kaydımızı iptal edebilir misiniz?

Anlayışınız için teşekkürler.
Ayşe Demirtaş
"""
add(slug, "", msg([
    ("From", addr("Ayşe Demirtaş", "ayse.demirtas@tkb-bielefeld.example", "iso-8859-9")),
    ("To", TO_ADDR),
    ("Subject", ew("Kayıt iptali - Fachtag 8 Mayıs", "iso-8859-9")),
    ("Date", dt(4, 7, 11, 26, 45)),
    ("Message-ID", mid(slug, "tkb-bielefeld.example")),
    ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
], text(body, cs="iso-8859-9", cte="8bit")),
    E("cancellation", "ayse.demirtas@tkb-bielefeld.example", "Ayşe Demirtaş", None,
      [], None, "tr"))

# 028 registration de: multipart/mixed with a PDF form; roman numerals "Workshop II", alternative "Workshop IV"; "i. A. Dr." before the name
slug = "sauerland-gesundheitsamt-pdf"
body = """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen das ausgefüllte Anmeldeformular für den Fachtag Teilhabe. Ich würde gern an Workshop II teilnehmen, als Alternative käme Workshop IV in Frage.

Mit freundlichen Grüßen
i. A. Dr. Bernd Sauerland

Gesundheitsamt der Stadt Bielefeld
Abteilung Gesundheitsförderung und Prävention
Nikolaus-Dürkopp-Straße 5-9, 33602 Bielefeld
"""
pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
       b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
       b"4 0 obj\n<< /Length 68 >>\nstream\nBT /F1 11 Tf 56 780 Td (Anmeldung Fachtag Teilhabe - Sauerland) Tj ET\nendstream\nendobj\n"
       b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
root = multi("mixed", [text(body, cs="windows-1252"),
                       attachment("application/pdf", "Anmeldeformular_Fachtag_Sauerland.pdf", pdf)],
             "----=_Part_118_2027040815", preamble="This is a multi-part message in MIME format.\n")
add(slug, "", msg([
    ("From", addr("Sauerland, Bernd", "bernd.sauerland@bielefeld.example")),
    ("To", TO_ADDR),
    ("Subject", "Anmeldung Fachtag Teilhabe 08.05.2027"),
    ("Date", dt(4, 8, 15, 0, 9)),
    ("Message-ID", mid(slug, "bielefeld.example")),
    ("X-Mailer", "HCL Notes 12.0.2"),
], root), E("registration", "bernd.sauerland@bielefeld.example", "Bernd Sauerland",
            "Gesundheitsamt der Stadt Bielefeld", ["WS-B", "WS-D"], 1, "de"))

# 029 question de: already registered person asks about parking and lunch; windows-1252 multipart/alternative with disclaimer
slug = "lemke-frage-parken"
body = """Sehr geehrte Damen und Herren,

wir sind für den Fachtag angemeldet und hätten noch eine organisatorische Frage: Gibt es an der VHS Parkplätze, oder sollten wir besser mit dem Bus kommen? Und gibt es ein Mittagessen, oder sollen wir uns selbst versorgen?

Mit freundlichen Grüßen
Katharina Lemke
Sozialarbeiterin B.A. | Jugendmigrationsdienst
Diakonie für Bielefeld gGmbH
Tel. 0521 144-3377

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""
root = multi("alternative", [text(body, cs="windows-1252"),
                             text(html_of(body), sub="html", cs="windows-1252")],
             "_000_DB9PR02MBlemke2_")
add(slug, "", msg([
    ("From", addr("Lemke, Katharina", "k.lemke@diakonie-bielefeld.example")),
    ("To", TO),
    ("Subject", "Frage: Parken / Mittagessen am 8.5."),
    ("Date", dt(4, 9, 10, 10, 31)),
    ("Message-ID", mid(slug, "diakonie-bielefeld.example", "outlook")),
    ("Content-Language", "de-DE"),
], root), E("question", "k.lemke@diakonie-bielefeld.example", "Katharina Lemke",
            "Diakonie für Bielefeld gGmbH", [], None, "de"))

# 030 registration ro: ISO-8859-16 QP (ș ț with comma); workshop on housing described in words = WS-D
slug = "popescu-asociatia-romanilor"
body = """Bună ziua,

Mă numesc Ioana Popescu și lucrez ca asistentă socială la Asociația Românilor din Bielefeld. Aș dori să mă înscriu la Fachtag Teilhabe din 8 mai, la atelierul despre locuințe și discriminarea pe piața chiriilor.

Vin singură.

Cu stimă,
Ioana Popescu
Asistentă socială
Asociația Românilor din Bielefeld
"""
add(slug, "", msg([
    ("From", addr("Ioana Popescu", "ioana.popescu@aro-bielefeld.example")),
    ("To", TO_ADDR),
    ("Subject", ew("Înscriere Fachtag Teilhabe", "iso-8859-16")),
    ("Date", dt(4, 12, 18, 36, 0)),
    ("Message-ID", mid(slug, "aro-bielefeld.example")),
    ("User-Agent", "Mozilla Thunderbird"),
], text(body, cs="iso-8859-16")),
    E("registration", "ioana.popescu@aro-bielefeld.example", "Ioana Popescu",
      "Asociația Românilor din Bielefeld", ["WS-D"], 1, "ro"))

# 031 other: phishing "mailbox full" HTML-only base64, addressed to the registration mailbox
slug = "spam-postfach-voll"
html = """<html><body style="font-family:Arial">
<p>Sehr geehrter Benutzer <b>fachtag-teilhabe</b>,</p>
<p>Ihr Postfach hat <b>98%</b> des Speicherlimits erreicht. Eingehende Nachrichten werden ab dem 14.04.2027 abgelehnt.</p>
<p>Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden, um Ihren Speicher kostenlos zu erweitern:</p>
<p><a href="https://postfach-sicherheit.example/verify?id=fachtag-teilhabe">JETZT BESTÄTIGEN</a></p>
<p>Ihr IT-Service-Team</p>
</body></html>
"""
add(slug, "", msg([
    ("From", addr("IT-Service", "no-reply@postfach-sicherheit.example")),
    ("To", TO_ADDR),
    ("Subject", ew("WICHTIG: Ihr Postfach ist fast voll – Handlung erforderlich")),
    ("Date", dt(4, 13, 3, 12, 55)),
    ("Message-ID", "<20270413011255.77f3a@postfach-sicherheit.example>"),
], text(html, sub="html", cte="base64")), E("other"))

# 032 auto_reply de: Outlook "Automatische Antwort" to the reminder, WITHOUT Auto-Submitted (only X-Auto-Response-Suppress); mentions a colleague's address
slug = "schwalm-abwesenheit-ohne-header"
body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.04.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yüksel (buero@stadtteilzentrum-nord.example).

Mit freundlichen Grüßen
Petra Schwalm
Stadtteilzentrum Nord
"""
root = multi("alternative", [text(body), text(html_of(body), sub="html")], "_000_DB9PR02MBschwalm_")
add(slug, "", msg([
    ("From", addr("Schwalm, Petra", "p.schwalm@stadtteilzentrum-nord.example")),
    ("To", TO),
    ("Subject", ew("Automatische Antwort: Erinnerung: Fachtag Teilhabe – Anmeldung bis 26. April")),
    ("Thread-Topic", ew("Erinnerung: Fachtag Teilhabe – Anmeldung bis 26. April")),
    ("Date", dt(4, 13, 9, 1, 8)),
    ("Message-ID", mid(slug, "stadtteilzentrum-nord.example", "outlook")),
    ("In-Reply-To", REMIND_MID),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "p.schwalm@stadtteilzentrum-nord.example"),
    ("Content-Language", "de-DE"),
], root), E("auto_reply"))

# 033 bounce: Exim plain-text failure ("Mail delivery failed"), copy of the reminder (which lists workshops) appended
slug = "exim-bounce-reminder"
reminder = """Liebe Kolleginnen und Kollegen,

die Anmeldung zum Fachtag Teilhabe 2027 am Samstag, 8. Mai, ist noch bis zum
26. April möglich. In einigen Workshops sind noch Plätze frei, besonders in
Workshop A (Anerkennung) und Workshop C (Politische Teilhabe).

Antworten Sie einfach auf diese E-Mail mit Name, Organisation, Workshop-Wunsch
und Personenzahl.

Mit freundlichen Grüßen
Geschäftsstelle des Integrationsrats der Stadt Bielefeld
"""
body = ("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.yilmaz@verein-bruecke.example
    host mail.verein-bruecke.example [198.51.100.17]
    SMTP error from remote mail server after RCPT TO:<k.yilmaz@verein-bruecke.example>:
    550 5.1.1 <k.yilmaz@verein-bruecke.example>: Mailbox unavailable - account disabled

------ This is a copy of the message, including all the headers. ------

Return-path: <fachtag-teilhabe@bielefeld.example>
Received: from localhost ([127.0.0.1] helo=mail.bielefeld.example)
	by mx1.bielefeld.example with esmtp (Exim 4.97)
	(envelope-from <fachtag-teilhabe@bielefeld.example>)
	id 1rW9Qx-0004Hk-2T
	for k.yilmaz@verein-bruecke.example; Tue, 13 Apr 2027 09:00:02 +0200
From: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
To: k.yilmaz@verein-bruecke.example
Subject: =?utf-8?Q?Erinnerung:_Fachtag_Teilhabe_=E2=80=93_Anmeldung_bis_26._April?=
Date: Tue, 13 Apr 2027 09:00:00 +0200
Message-ID: """ + REMIND_MID + """
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

""" + quopri.encodestring(reminder.encode("utf-8")).decode("ascii"))
add(slug, "", msg([
    ("Return-path", "<>"),
    ("From", "Mail Delivery System <Mailer-Daemon@mx1.bielefeld.example>"),
    ("To", TO_ADDR),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("Date", dt(4, 13, 9, 2, 14)),
    ("Message-Id", "<E1rW9Qy-0004Hm-3U@mx1.bielefeld.example>"),
    ("X-Failed-Recipients", "k.yilmaz@verein-bruecke.example"),
    ("Auto-Submitted", "auto-replied"),
], text(body, cs="us-ascii", cte="7bit")), E("bounce", bounced="k.yilmaz@verein-bruecke.example"))

# 034 auto_reply de: helpdesk ticket receipt "[Ticket#...] Eingangsbestätigung" with Auto-Submitted, quoting the reminder's subject
slug = "ticket-eingangsbestaetigung"
body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2027041310000087 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns in der Regel innerhalb von drei Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Wenn Sie uns weitere Informationen schicken möchten, behalten Sie bitte die Ticketnummer im Betreff bei.

Ihr Team vom Interkulturellen Netzwerk OWL
"""
add(slug, "", msg([
    ("From", addr("Interkulturelles Netzwerk OWL - Support", "support@ik-netzwerk-owl.example")),
    ("To", TO_ADDR),
    ("Subject", ew("[Ticket#2027041310000087] Eingangsbestätigung: Erinnerung: Fachtag Teilhabe – Anmeldung bis 26. April")),
    ("Date", dt(4, 13, 9, 3, 40)),
    ("Message-ID", "<1776063820.4417.2027041310000087@ik-netzwerk-owl.example>"),
    ("In-Reply-To", REMIND_MID),
    ("Auto-Submitted", "auto-replied"),
    ("Precedence", "bulk"),
    ("X-Loop", "support@ik-netzwerk-owl.example"),
], text(body)), E("auto_reply"))

# 035 change de: HTML-only Outlook reply; colleague drops out, now 1 person; workshop unchanged so no new choice ([]); quoted confirmation names Workshop E
slug = "lemke-aenderung-allein"
conf = conf_de("Katharina Lemke", "E", 2)
conf_html = "<br>\n".join(conf.replace("&", "&amp;").split("\n"))
html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head><body lang="DE">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">kleine Änderung zu unserer Anmeldung: Mein Kollege Tobias Wendt kann am 8.&nbsp;Mai leider doch nicht, ich komme also allein. Am Workshop ändert sich nichts.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen</p>
<p class="MsoNormal">Katharina Lemke</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Sozialarbeiterin B.A. | Jugendmigrationsdienst<br>
Diakonie für Bielefeld gGmbH</span></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Fachtag Teilhabe 2027 &lt;fachtag-teilhabe@bielefeld.example&gt;<br>
<b>Gesendet:</b> Donnerstag, 18. März 2027 14:45<br>
<b>An:</b> Lemke, Katharina &lt;k.lemke@diakonie-bielefeld.example&gt;<br>
<b>Betreff:</b> Ihre Anmeldung zum Fachtag Teilhabe 2027</p>
</div>
<p class="MsoNormal">""" + conf_html + """</p>
</div></body></html>
"""
add(slug, "", msg([
    ("From", addr("Lemke, Katharina", "k.lemke@diakonie-bielefeld.example")),
    ("To", TO),
    ("Subject", "AW: Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Thread-Topic", "Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Date", dt(4, 13, 14, 25, 33)),
    ("Message-ID", mid(slug, "diakonie-bielefeld.example", "outlook")),
    ("In-Reply-To", "<conf-0009@bielefeld.example>"),
    ("References", "<conf-0009@bielefeld.example>"),
    ("Content-Language", "de-DE"),
], text(html, sub="html", cs="windows-1252")),
    E("change", "k.lemke@diakonie-bielefeld.example", "Katharina Lemke",
      "Diakonie für Bielefeld gGmbH", [], 1, "de"))

# 036 registration ar: UTF-8 base64 HTML-only from an initiative's shared info@ mailbox (no Reply-To); "ورشة العمل E" first, health workshop second
slug = "khalil-nisaa-shared-mailbox"
paras = ["مرحباً،",
         "اسمي رنا خليل، منسقة في مبادرة نساء من أجل نساء في بيليفيلد. أود التسجيل في Fachtag يوم 8 مايو. أفضّل ورشة العمل E الخاصة بالشباب بين المدرسة والتدريب المهني، وإذا لم يكن هناك مكان فورشة الصحة والرعاية.",
         "أكتب من البريد المشترك للمبادرة، يمكنكم الرد على هذا العنوان.",
         "مع أطيب التحيات<br>رنا خليل<br>منسقة المشاريع<br>مبادرة نساء من أجل نساء"]
html = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body dir="rtl" style="font-family: Tahoma">\n'
        + "".join(f"<div>{p}</div><div><br></div>\n" for p in paras) + "</body></html>\n")
add(slug, "", msg([
    ("From", addr("Nisaa Initiative", "info@nisaa-initiative.example")),
    ("To", TO_ADDR),
    ("Subject", ew("تسجيل - Fachtag Teilhabe", "utf-8", "B")),
    ("Date", dt(4, 14, 11, 48, 2)),
    ("Message-ID", mid(slug, "nisaa-initiative.example")),
    ("User-Agent", "SOGoMail 5.10.0"),
], text(html, sub="html", cte="base64")),
    E("registration", "info@nisaa-initiative.example", "رنا خليل",
      "مبادرة نساء من أجل نساء", ["WS-E", "WS-B"], 1, "ar"))

# 037 registration de: inline answers to the invitation's form fields inside the quoted invitation; "E, sonst C"; 3 persons with a note
slug = "yildirim-moschee-inline-formular"
head_q = quote(INVITE_HEAD)
tail_q = quote(INVITE_TAIL)
body = """Hallo,

Am 15.03.2027 um 16:02 schrieb Fachtag Teilhabe 2027:
""" + head_q + """
>
> Bitte melden Sie sich bis zum 26. April 2027 an, indem Sie auf diese
> E-Mail antworten. Bitte antworten Sie mit folgenden Angaben:
> Name:
Mehmet Yıldırım

> Organisation:
Moscheegemeinde Brackwede e.V. (Jugendarbeit)

> Workshop (Erst- und Zweitwunsch):
E, sonst C

> Anzahl Personen:
3 (ich + zwei Jugendliche aus unserer Gemeinde, 17 und 18 Jahre)

>
""" + tail_q + """

Gruß
Mehmet
"""
add(slug, "", msg([
    ("From", addr("Mehmet Yıldırım", "mehmet.yildirim@moschee-brackwede.example")),
    ("To", TO_ADDR),
    ("Subject", "Re: Einladung: Fachtag Teilhabe am 8. Mai 2027"),
    ("Date", dt(4, 15, 16, 30, 21)),
    ("Message-ID", mid(slug, "moschee-brackwede.example", "apple")),
    ("In-Reply-To", INVITE_MID),
    ("References", INVITE_MID),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text(body)),
    E("registration", "mehmet.yildirim@moschee-brackwede.example", "Mehmet Yıldırım",
      "Moscheegemeinde Brackwede e.V.", ["WS-E", "WS-C"], 3, "de"))

# 038 cancellation en: plain ASCII; the writer's registration came in before this set (by phone)
slug = "schulte-evans-cancel"
body = """Hi there,

I'm afraid I have to cancel my registration for the Fachtag on 8 May - I've been asked to cover a weekend shift at the shelter and there's no one else who can do it. Hopefully next year!

All the best,
Hannah Schulte-Evans
Volunteer coordinator
Bielefeld Welcome Cafe
"""
add(slug, "", msg([
    ("Date", dt(4, 16, 8, 20, 47)),
    ("From", addr("Hannah Schulte-Evans", "hannah.se@welcome-cafe-bi.example")),
    ("To", TO_ADDR),
    ("Subject", "Cancellation - Fachtag 8 May"),
    ("Message-ID", mid(slug, "welcome-cafe-bi.example", "gmail")),
], text(body, cs="us-ascii", cte="7bit")),
    E("cancellation", "hannah.se@welcome-cafe-bi.example", "Hannah Schulte-Evans",
      "Bielefeld Welcome Cafe", [], None, "en"))

# 039 change ru: windows-1251 QP; top-posted over the quoted Russian confirmation (C); "с семинара C на семинар A"
slug = "sorokina-change-a"
conf_ru = """Здравствуйте, Людмила Сорокина!

Спасибо за регистрацию на Fachtag Teilhabe 2027 (суббота, 8 мая 2027,
Volkshochschule Bielefeld).

Количество человек: 1
Workshop C - Politische Teilhabe

Если что-то изменится, просто ответьте на это письмо."""
body = """Добрый день,

у меня изменились планы: прошу перевести меня с семинара C на семинар A - про признание иностранных дипломов. Моя дочь как раз ждёт признания диплома медсестры, и я хочу лучше разобраться в этой теме.

Спасибо!
Л. Сорокина

----- Исходное сообщение -----
От: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
Дата: 19.03.2027 08:03
Тема: Ваша регистрация на Fachtag Teilhabe 2027

""" + quote(conf_ru) + "\n"
add(slug, "", msg([
    ("From", addr("Людмила Сорокина", "l.sorokina@raduga-bielefeld.example", "windows-1251", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("Re: Ваша регистрация на Fachtag Teilhabe 2027", "windows-1251", "B")),
    ("Date", dt(4, 19, 12, 0, 15)),
    ("Message-ID", mid(slug, "raduga-bielefeld.example")),
    ("In-Reply-To", "<conf-0010@bielefeld.example>"),
    ("References", "<conf-0010@bielefeld.example>"),
    ("X-Mailer", "The Bat! (v9.4.5) Professional"),
], text(body, cs="windows-1251")),
    E("change", "l.sorokina@raduga-bielefeld.example", "Людмила Сорокина",
      'Культурный центр "Радуга" e.V.', ["WS-A"], None, "ru"))

# 040 question fr: ISO-8859-1 8bit; registered person asks about bringing a baby and a certificate; names "l'atelier B" only as context
slug = "diallo-question-bebe"
body = """Bonsoir,

je suis déjà inscrite pour l'atelier B. J'ai deux petites questions : est-ce que je peux venir avec mon bébé de 4 mois ? Et est-ce qu'on reçoit une attestation de participation à la fin de la journée ? J'en aurais besoin pour ma formation.

Merci beaucoup et bonne soirée,
Aminata Diallo
"""
add(slug, "", msg([
    ("From", addr("Aminata Diallo", "aminata.diallo@afab.example")),
    ("To", TO_ADDR),
    ("Subject", ew("Questions - bébé et attestation", "iso-8859-1")),
    ("Date", dt(4, 20, 19, 44, 9)),
    ("Message-ID", mid(slug, "afab.example")),
    ("X-Mailer", "Zimbra 10.0.6_GA_4627 (ZimbraWebClient - FF124 (Win)/10.0.6_GA_4627)"),
], text(body, cs="iso-8859-1", cte="8bit")),
    E("question", "aminata.diallo@afab.example", "Aminata Diallo", None, [], None, "fr"))

# 041 cancellation es: iPhone UTF-8 QP, bottom-quoted Spanish confirmation (2 persons, C); whole party cancels
slug = "fernandez-anulacion"
conf_es = """Hola, Lucía Fernández Ortega:

Gracias por inscribirse en el Fachtag Teilhabe 2027 (sábado, 8 de mayo de 2027,
Volkshochschule Bielefeld).

Personas: 2
Workshop C - Politische Teilhabe: Wahlen, Beiräte, Ehrenamt

Si algo cambia, responda simplemente a este correo."""
body = """Hola de nuevo:

Lo siento mucho, pero al final ni Carmen ni yo podremos ir al Fachtag el 8 de mayo: ese sábado tenemos un evento de la asociación que no podemos mover. Por favor, anulad nuestra inscripción.

Un saludo,
Lucía

Enviado desde mi iPhone

> El 31 mar 2027, a las 22:30, Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example> escribió:
>
""" + quote(conf_es) + "\n"
add(slug, "", msg([
    ("From", addr("Lucía Fernández", "lucia.fernandez@alb-bielefeld.example")),
    ("To", TO),
    ("Subject", ew("Re: Su inscripción en el Fachtag Teilhabe 2027")),
    ("Date", dt(4, 21, 10, 30, 56)),
    ("Message-ID", mid(slug, "alb-bielefeld.example", "apple")),
    ("In-Reply-To", "<conf-0021@bielefeld.example>"),
    ("References", "<conf-0021@bielefeld.example>"),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text(body)),
    E("cancellation", "lucia.fernandez@alb-bielefeld.example", "Lucía Fernández Ortega",
      "Asociación Latinoamericana de Bielefeld e.V.", [], None, "es"))

# 042 change de: UTF-8 base64; party grows from 3 to 4 ("auf 4 Personen hochsetzen"), no workshop named in the new text
slug = "yildirim-vier-personen"
body = """Hallo nochmal,

es hat sich noch ein Jugendlicher gemeldet, der unbedingt mit will. Können Sie uns bitte auf 4 Personen hochsetzen? Sonst bleibt alles wie gehabt.

Danke und Gruß
Mehmet Yıldırım
Moscheegemeinde Brackwede

Von meinem iPhone gesendet

> Am 15.04.2027 um 16:35 schrieb Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>:
>
""" + quote(conf_de("Mehmet Yıldırım", "E", 3)) + "\n"
add(slug, "", msg([
    ("From", addr("Mehmet Yıldırım", "mehmet.yildirim@moschee-brackwede.example")),
    ("To", TO),
    ("Subject", "Re: Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Date", dt(4, 22, 8, 55, 3)),
    ("Message-ID", mid(slug, "moschee-brackwede.example", "apple")),
    ("In-Reply-To", "<conf-0037@bielefeld.example>"),
    ("References", "<conf-0037@bielefeld.example>"),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text(body, cte="base64")),
    E("change", "mehmet.yildirim@moschee-brackwede.example", "Mehmet Yıldırım",
      "Moscheegemeinde Brackwede", [], 4, "de"))

# 043 cancellation uk: KOI8-U QP; couple cancels because of a move
slug = "tkachenko-skasuvannia"
body = """Доброго дня,

на жаль, ми з чоловіком не зможемо прийти на Fachtag 8 травня - у нас цього дня переїзд у нову квартиру (нарешті!). Будь ласка, скасуйте нашу реєстрацію.

Дякуємо і бажаємо гарного заходу!
Олена Ткаченко
"""
add(slug, "", msg([
    ("From", addr("Олена Ткаченко", "olena.tkachenko@ukr-hromada.example", "koi8-u", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("Скасування реєстрації", "koi8-u", "B")),
    ("Date", dt(4, 23, 17, 10, 28)),
    ("Message-ID", mid(slug, "ukr-hromada.example")),
    ("User-Agent", "Mozilla Thunderbird"),
], text(body, cs="koi8-u")),
    E("cancellation", "olena.tkachenko@ukr-hromada.example", "Олена Ткаченко", None,
      [], None, "uk"))

# 044 registration el: ISO-8859-7 QP; "το τρίτο εργαστήριο" (the third workshop) = WS-C by order
slug = "papadopoulos-elliniki-koinotita"
body = """Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στο Fachtag Teilhabe στις 8 Μαΐου. Με ενδιαφέρει το τρίτο εργαστήριο, για την πολιτική συμμετοχή (εκλογές, συμβούλια, εθελοντισμός), γιατί η κοινότητά μας σκέφτεται να θέσει υποψηφιότητα για το Συμβούλιο Ένταξης.

Θα έρθω μόνος μου.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Αντιπρόεδρος
Ελληνική Κοινότητα Μπίλεφελντ
"""
add(slug, "", msg([
    ("From", addr("Νίκος Παπαδόπουλος", "n.papadopoulos@ek-bielefeld.example", "iso-8859-7", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("Συμμετοχή Fachtag Teilhabe", "iso-8859-7")),
    ("Date", dt(4, 24, 21, 15, 40)),
    ("Message-ID", mid(slug, "ek-bielefeld.example")),
    ("User-Agent", "Mozilla Thunderbird"),
], text(body, cs="iso-8859-7")),
    E("registration", "n.papadopoulos@ek-bielefeld.example", "Νίκος Παπαδόπουλος",
      "Ελληνική Κοινότητα Μπίλεφελντ", ["WS-C"], 1, "el"))

# 045 change de: the colleague-registered person writes herself; new wish by title "Wohnen ohne Diskriminierung", old C as fallback; Outlook alternative windows-1252 with disclaimer
slug = "arslan-wechsel-wohnen"
body = """Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Nach Rücksprache mit meinem Team würde ich doch lieber in den Workshop „Wohnen ohne Diskriminierung“ wechseln, da wir im Kreis gerade ein Projekt zur Wohnraumvermittlung starten. Falls das nicht mehr möglich ist, bleibe ich gern in Workshop C.

Mit freundlichen Grüßen
Dr. Neslihan Arslan
Bildung und Integration
Kommunales Integrationszentrum Kreis Gütersloh

Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.

Von: Fachtag Teilhabe 2027 <fachtag-teilhabe@bielefeld.example>
Gesendet: Freitag, 26. März 2027 11:16
An: Arslan, Neslihan <neslihan.arslan@ki-guetersloh.example>
Betreff: Ihre Anmeldung zum Fachtag Teilhabe 2027

""" + conf_de("Neslihan Arslan", "C", 1) + "\n"
root = multi("alternative", [text(body, cs="windows-1252"),
                             text(html_of(body), sub="html", cs="windows-1252")],
             "_000_DB9PR02MBarslan_")
add(slug, "", msg([
    ("From", addr("Arslan, Neslihan", "neslihan.arslan@ki-guetersloh.example")),
    ("To", TO),
    ("Subject", "AW: Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Thread-Topic", "Ihre Anmeldung zum Fachtag Teilhabe 2027"),
    ("Date", dt(4, 26, 13, 40, 12)),
    ("Message-ID", mid(slug, "ki-guetersloh.example", "outlook")),
    ("In-Reply-To", "<conf-0017@bielefeld.example>"),
    ("References", "<conf-0017@bielefeld.example>"),
    ("Content-Language", "de-DE"),
], root), E("change", "neslihan.arslan@ki-guetersloh.example", "Neslihan Arslan",
            "Kommunales Integrationszentrum Kreis Gütersloh", ["WS-D", "WS-C"], None, "de"))

# 046 question de: after the deadline, asks whether registration is still possible; ISO-8859-15 8bit; no workshop, no registration yet
slug = "wojcik-nach-der-frist"
body = """Guten Tag,

ich habe leider erst heute von Ihrem Fachtag erfahren - die Anmeldefrist ist ja schon vorbei. Gibt es trotzdem noch eine Chance, teilzunehmen? Falls ja, was müsste ich tun?

Freundliche Grüße
Sandra Wójcik
Mieterverein Bielefeld e.V., Beratung
"""
add(slug, "", msg([
    ("From", addr("Sandra Wójcik", "s.wojcik@mieterverein-bi.example", "iso-8859-15")),
    ("To", TO_ADDR),
    ("Subject", "Anmeldung noch moeglich?"),
    ("Date", dt(4, 28, 9, 5, 44)),
    ("Message-ID", mid(slug, "mieterverein-bi.example")),
    ("User-Agent", "Mozilla Thunderbird"),
], text(body, cs="iso-8859-15", cte="8bit")),
    E("question", "s.wojcik@mieterverein-bi.example", "Sandra Wójcik",
      "Mieterverein Bielefeld e.V.", [], None, "de"))

# 047 other: printer's invoice for the event flyers, PDF attached; mentions "Fachtag Teilhabe 2027"
slug = "druckerei-rechnung-flyer"
body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Rechnung Nr. 2027-0412 für den Druck von 500 Flyern „Fachtag Teilhabe 2027“ (DIN lang, 4/4-farbig).

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen ohne Abzug.

Mit freundlichen Grüßen
Druckerei Lenz GmbH
Buchhaltung
"""
pdf2 = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"% Rechnung 2027-0412\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
root = multi("mixed", [text(body), attachment("application/pdf", "Rechnung_2027-0412.pdf", pdf2)],
             "=_lenz_rechnung_0412")
add(slug, "", msg([
    ("From", addr("Druckerei Lenz - Buchhaltung", "rechnung@druckerei-lenz.example")),
    ("To", TO_ADDR),
    ("Subject", "Rechnung Nr. 2027-0412"),
    ("Date", dt(4, 28, 11, 30, 0)),
    ("Message-ID", "<rechnung-2027-0412.1745832600@druckerei-lenz.example>"),
], root), E("other"))

# 048 change ar: windows-1256 QP; moves from "الورشة الأولى" to "الورشة الرابعة" (fourth = WS-D); quoted Arabic confirmation names Workshop A
slug = "alhassan-change-rabia"
conf_ar = """مرحباً محمد الحسن،

شكراً لتسجيلك في Fachtag Teilhabe 2027 يوم السبت 8 مايو 2027 في Volkshochschule Bielefeld.

عدد الأشخاص: 1
Workshop A - Anerkennung (Arbeitsmarkt)

إذا تغير شيء، يكفي الرد على هذه الرسالة."""
body = """مرحباً،

سجّلت قبل فترة في الورشة الأولى (الاعتراف بالشهادات). لقد وصلني الآن قرار الاعتراف بشهادتي والحمد لله، لذلك أرجو نقلي إلى الورشة الرابعة حول السكن والتمييز في سوق الإيجار، لأننا نبحث عن شقة أكبر.

شكراً جزيلاً
محمد الحسن

""" + quote(conf_ar) + "\n"
add(slug, "", msg([
    ("From", addr("محمد الحسن", "m.alhassan@dsk-bielefeld.example", "windows-1256", "B")),
    ("To", TO_ADDR),
    ("Subject", ew("رد: تسجيلك في Fachtag Teilhabe 2027", "windows-1256", "B")),
    ("Date", dt(4, 30, 15, 20, 38)),
    ("Message-ID", mid(slug, "dsk-bielefeld.example", "outlook")),
    ("In-Reply-To", "<conf-0008@bielefeld.example>"),
    ("References", "<conf-0008@bielefeld.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text(body, cs="windows-1256")),
    E("change", "m.alhassan@dsk-bielefeld.example", "محمد الحسن",
      "Deutsch-Syrischer Kulturverein Bielefeld e.V.", ["WS-D"], None, "ar"))

# 049 cancellation de: older volunteer withdraws for family reasons; ISO-8859-1 8bit; "streichen Sie mich"
slug = "ploeger-absage"
body = """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am Fachtag absagen. Meine Frau liegt im
Krankenhaus und ich möchte am Samstag bei ihr sein. Bitte streichen Sie mich
von der Liste, damit jemand anderes meinen Platz bekommen kann.

Mit freundlichem Gruß
Gerhard Plöger
"""
add(slug, "", msg([
    ("Date", dt(5, 3, 10, 2, 19)),
    ("From", addr("Gerhard Plöger", "g.ploeger@t-online.example", "iso-8859-1")),
    ("To", TO_ADDR),
    ("Subject", "Absage Fachtag"),
    ("Message-ID", mid(slug, "t-online.example")),
    ("X-Mailer", "T-Online eMail 6.14.2"),
], text(body, cs="iso-8859-1", cte="8bit")),
    E("cancellation", "g.ploeger@t-online.example", "Gerhard Plöger", None, [], None, "de"))

# 050 other: the venue's caretaker sends the room plan, naming every workshop letter with a room; no one registers or asks
slug = "vhs-haustechnik-raumplan"
body = """Hallo zusammen,

hier die Raumverteilung für Samstag:

Plenum: Saal im EG
Workshop A: Raum 104
Workshop B: Raum 105
Workshop C: Raum 210
Workshop D: Raum 211
Workshop E: Medienraum (2. OG)

Beamer sind überall vorhanden, Mikrofone nur im Saal. Die Schlüssel gibt's am Freitag ab 14 Uhr bei mir am Empfang.

Gruß
Uwe Brinkhoff
Haustechnik
Volkshochschule Bielefeld
"""
add(slug, "", msg([
    ("From", addr("Brinkhoff, Uwe", "u.brinkhoff@vhs-bielefeld.example")),
    ("To", TO),
    ("Subject", "Raumplanung Fachtag 8.5."),
    ("Date", dt(5, 5, 14, 45, 7)),
    ("Message-ID", mid(slug, "vhs-bielefeld.example", "outlook")),
    ("Content-Language", "de-DE"),
], text(body)), E("other"))


# ---------------------------------------------------------------------------
# comments: taken from the "# NNN kind: ..." line above each add() call
# ---------------------------------------------------------------------------

def _comments():
    src = Path(__file__).read_text(encoding="utf-8")
    return dict(re.findall(r"^# (\d{3}) (.+)$", src, re.M))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(rb"[A-Za-z0-9._%+=-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([^/\s\"'<>?]+)")


def domain_ok(d):
    d = d.lower().rstrip(".")
    return d.endswith(".example") or d in ("example.org", "example.com", "example.net") \
        or d.endswith((".example.org", ".example.com", ".example.net"))


def validate(files, expected):
    errors = []
    last = None
    for name, raw in files:
        rec = expected[name]
        if set(rec) != set(KEYS):
            errors.append(f"{name}: record keys {sorted(rec)}")
        for ln in raw.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 998:
                errors.append(f"{name}: line longer than 998 octets")
        msg_ = BytesParser(policy=policy.default).parsebytes(raw)
        texts = [raw.decode("latin-1")]
        for part in msg_.walk():
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
            if not part.is_multipart():
                payload = part.get_payload(decode=True) or b""
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        texts.append(payload.decode(cs))
                    except (UnicodeDecodeError, LookupError) as e:
                        errors.append(f"{name}: part does not decode as {cs}: {e}")
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
        if msg_.defects:
            errors.append(f"{name}: message defects {msg_.defects}")
        date = msg_["Date"]
        if date is None:
            errors.append(f"{name}: no Date")
        else:
            d = parsedate_to_datetime(str(date))
            if last is not None and d <= last:
                errors.append(f"{name}: Date not rising")
            last = d
        for t in texts:
            for m in EMAIL_RE.finditer(t.encode("utf-8", "surrogateescape")):
                if not domain_ok(m.group(1).decode()):
                    errors.append(f"{name}: non-example domain {m.group(1).decode()}")
            for m in URL_RE.finditer(t):
                if not domain_ok(m.group(1)):
                    errors.append(f"{name}: non-example URL host {m.group(1)}")
        for f in ("email", "bounced_recipient"):
            v = rec.get(f)
            if v is not None and (v != v.lower() or not domain_ok(v.split("@")[1])):
                errors.append(f"{name}: bad {f} {v}")
        if rec["kind"] in ("auto_reply", "bounce", "other"):
            if any(rec[k] is not None for k in ("email", "name", "organisation", "language")):
                errors.append(f"{name}: machine/other mail with person fields")
        if rec["kind"] == "bounce" and not rec["bounced_recipient"]:
            errors.append(f"{name}: bounce without recipient")
        if rec["kind"] == "registration" and not isinstance(rec["party_size"], int):
            errors.append(f"{name}: registration without party_size")
        if rec["kind"] in ("question", "cancellation", "auto_reply", "bounce", "other") \
                and (rec["party_size"] is not None or rec["workgroups"]):
            errors.append(f"{name}: party_size/workgroups set for {rec['kind']}")
        ids = {"WS-A", "WS-B", "WS-C", "WS-D", "WS-E"}
        if not set(rec["workgroups"]) <= ids:
            errors.append(f"{name}: unknown workgroup {rec['workgroups']}")
    return errors


def build():
    files = [(n, raw) for n, _, raw, _ in MAILS]
    expected = {n: e for n, _, _, e in MAILS}
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, expected, exp_bytes


def stats(expected):
    kinds, langs = {}, {}
    for rec in expected.values():
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
        lang = rec["language"] or "-"
        langs[lang] = langs.get(lang, 0) + 1
    print(f"mails: {len(expected)}")
    print("kinds:     " + ", ".join(f"{k} {v}" for k, v in kinds.items()))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))


def main(argv):
    files, expected, exp_bytes = build()
    comments = _comments()
    if len(comments) != len(MAILS):
        print(f"error: {len(comments)} comments for {len(MAILS)} mails", file=sys.stderr)
        return 1
    errors = validate(files, expected)
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        want = {n for n, _ in files}
        bad += [f"extra file mails/{n}" for n in sorted(on_disk - want)]
        for n, raw in files:
            p = mails_dir / n
            if not p.exists() or p.read_bytes() != raw:
                bad.append(f"mails/{n} differs")
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_bytes() != exp_bytes:
            bad.append("expected.json differs")
        if bad:
            for b in bad:
                print("check: " + b, file=sys.stderr)
            return 1
        print(f"check: ok ({len(files)} mails)")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in {n for n, _ in files}:
            p.unlink()
    for n, raw in files:
        (mails_dir / n).write_bytes(raw)
    (HERE / "expected.json").write_bytes(exp_bytes)
    # re-read what was written and validate it again
    reread = [(n, (mails_dir / n).read_bytes()) for n, _ in files]
    errors = validate(reread, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        for e in errors:
            print("error: " + e, file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
