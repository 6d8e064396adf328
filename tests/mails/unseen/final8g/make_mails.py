#!/usr/bin/env python3
"""Evaluation set "final8g": an ordinary fortnight in the MSO-Tag inbox.

Monday 8 February to Sunday 21 February 2027, three to five weeks before the event
(Saturday 13 March 2027).  The invitation circular went out on Monday 8 February at
09:14; confirmations were sent by the program.  40 mails, numbered in arrival order.

    python3 make_mails.py            writes mails/ and expected.json, then validates
    python3 make_mails.py --check    changes nothing; fails if files on disk differ
    python3 make_mails.py --stats    prints counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import json
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.charset import QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "mso-tag@muenster.example"
OUR_NAME = "Tag der Migrantenselbstorganisationen"
CET = timezone(timedelta(hours=1))
UTC = timezone.utc
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
AGS = ("AG1", "AG2", "AG3")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")

# ---------------------------------------------------------------------------
# building blocks (everything is assembled with "\n" and turned into CRLF at the end)
# ---------------------------------------------------------------------------


def date(day, hh, mm, ss=0, tz=CET):
    return format_datetime(datetime(2027, 2, day, hh, mm, ss, tzinfo=tz))


def hdr(text, cs="utf-8", name="Subject", q=False):
    """A header value; RFC 2047 encoded when it is not ASCII."""
    if text.isascii():
        return text
    if q:
        c = Charset(cs)
        c.header_encoding = QP
        cs = c
    return Header(text, cs, header_name=name).encode(linesep="\n")


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if name.isascii():
        return formataddr((name, email))
    return formataddr((name, email), charset=cs)


def encode_body(text, cs, cte):
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(cs))
    data = text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        assert data.isascii(), "7bit body is not ASCII"
    return data


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", params="", quoted_cs=True,
         extra=""):
    """A text part: (header block, body bytes)."""
    csv = f'"{cs}"' if quoted_cs else cs
    h = f"Content-Type: text/{sub}; charset={csv}{params}\nContent-Transfer-Encoding: {cte}\n{extra}"
    return h, encode_body(body, cs, cte)


def attachment(data, ctype, filename, disp="attachment", extra=""):
    if filename.isascii():
        fn_t, fn_d = f'; name="{filename}"', f'; filename="{filename}"'
    else:
        enc = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else
                      "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in filename)
        fn_t, fn_d = f"; name*=utf-8''{enc}", f"; filename*=utf-8''{enc}"
    h = (f"Content-Type: {ctype}{fn_t}\nContent-Disposition: {disp}{fn_d}\n"
         f"Content-Transfer-Encoding: base64\n{extra}")
    return h, base64.encodebytes(data)


def multipart(sub, parts, boundary, params="", preamble=""):
    h = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"{params}\n'
    out = preamble.encode("ascii")
    if preamble:
        out += b"\n"
    for ph, pb in parts:
        if not pb.endswith(b"\n"):
            pb += b"\n"
        out += b"--" + boundary.encode() + b"\n" + ph.encode("ascii") + b"\n" + pb
    out += b"--" + boundary.encode() + b"--\n"
    return h, out


def raw_part(ctype_header, body):
    """A part given literally (ASCII)."""
    return ctype_header, body.encode("ascii")


def received(helo, ip, when, qid):
    return ("Received", f"from {helo} ({helo} [{ip}])\n\tby mx.muenster.example (Postfix) "
                        f"with ESMTPS id {qid}\n\tfor <{OUR}>; {when}")


def message(headers, part):
    out = ""
    for name, value in headers:
        out += f"{name}: {value}\n"
    ph, pb = part
    out += "MIME-Version: 1.0\n" if not any(n.lower() == "mime-version" for n, _ in headers) else ""
    raw = out.encode("ascii") + ph.encode("ascii") + b"\n" + pb
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


def fake_pdf(title):
    """A tiny but well-formed PDF with one line of text."""
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F1 14 Tf 60 780 Td ({title}) Tj ET"
    objs[3] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{off:010d} 00000 n \n" for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def quote(text_, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in text_.split("\n"))


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (slug, raw bytes, expected record)


def add(slug, raw, expected):
    MAILS.append((slug, raw, expected))


# ---------------------------------------------------------------------------
# texts of our own side that people quote
# ---------------------------------------------------------------------------

CIRCULAR_ID = "<einladung-2027-02-08.0914@muenster.example>"
CIRCULAR_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März"
CIRCULAR = """\
Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum diesjährigen Tag der Migrantenselbstorganisationen ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in drei parallelen Arbeitsgruppen:

AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis zum 6. März 2027 per
E-Mail an mso-tag@muenster.example an und nennen Sie uns Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen, die Sie
anmelden möchten. Sie erhalten eine Bestätigung per E-Mail.

Die Teilnahme ist kostenlos. Für Getränke und einen Mittagsimbiss ist gesorgt.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Ihr Team MSO-Tag
Kommunales Integrationszentrum Münster
Stadt Münster"""

CONFIRM_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"


def confirmation(salutation, persons, ag_line):
    p = "1 Person" if persons == 1 else f"{persons} Personen"
    return f"""\
{salutation}

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
(Samstag, 13. März 2027, 10:00–16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8,
48143 Münster).

Angemeldet: {p}
Arbeitsgruppe: {ag_line}

Falls sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


AG_LINE = {
    1: "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    2: "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    3: "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

TO_US = addr(OUR_NAME, OUR)


def wrap(text_, width=72, flowed=False):
    """Wrap long unquoted lines the way a plain-text mail client does."""
    out = []
    for line in text_.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        pieces = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                pieces.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        pieces.append(cur)
        if flowed:
            pieces = [p + " " for p in pieces[:-1]] + [pieces[-1]]
        out.extend(pieces)
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def html_lines(text_, sep="<br>\n"):
    return sep.join(esc(line) if line else "" for line in text_.split("\n"))


def gmail_html(new, attribution=None, quoted=None, dir_="ltr"):
    h = f'<div dir="{dir_}">' + "".join(
        f"<div>{esc(l) if l else '<br>'}</div>" for l in new.split("\n")) + "</div>"
    if attribution:
        h += ('\n<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + esc(attribution) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
              '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + html_lines(quoted) + "</blockquote></div>")
    return h + "\n"


def outlook_html(paragraphs, cs="windows-1252"):
    body = "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in paragraphs)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def hdrs(when, frm, envelope, subject, msgid, helo, ip, qid, to=TO_US, pre=(), post=()):
    return ([("Return-Path", f"<{envelope}>"), received(helo, ip, when, qid), *pre,
             ("Date", when), ("From", frm), ("To", to), ("Subject", subject),
             ("Message-ID", msgid), *post])


def reply_to_circular(extra=()):
    return [("In-Reply-To", CIRCULAR_ID), ("References", CIRCULAR_ID), *extra]


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 German out-of-office from Exchange (Auto-Submitted, X-Auto-Response-Suppress) answering the
# circular; windows-1252 quoted-printable; names a colleague's address, registers no one.
W = date(8, 9, 15, 2)
add("abwesenheit-hollenbeck", message(
    hdrs(W, addr("Hollenbeck, Jürgen", "j.hollenbeck@migrationsdienst-ms.example", "windows-1252"),
         "", hdr("Abwesenheitsnotiz: " + CIRCULAR_SUBJECT, "windows-1252", q=True),
         "<5f0c1e7a29b44c0c9a1d7e2f61b3a8d4@EXCH01.migrationsdienst-ms.example>",
         "mail.migrationsdienst-ms.example", "198.51.100.23", "4Tq7Z00A1bz9sVc",
         post=[("In-Reply-To", CIRCULAR_ID), ("References", CIRCULAR_ID),
               ("Thread-Topic", hdr(CIRCULAR_SUBJECT, "windows-1252", "Thread-Topic", q=True)),
               ("Auto-Submitted", "auto-replied"),
               ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "j.hollenbeck@migrationsdienst-ms.example"),
               ("Content-Language", "de-DE")]),
    text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 19.02.2027, nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat, Tel. 0251 5 55 12-0 oder sekretariat@migrationsdienst-ms.example.

Mit freundlichen Grüßen
Jürgen Hollenbeck
Fachdienst Migration und Integration
""", cs="windows-1252")),
    rec("auto_reply"))

# 002 Postfix bounce (multipart/report, delivery-status, text/rfc822-headers) for one address of the
# circular's distribution list; the recipient is written in mixed case and must come out lower-case.
W = date(8, 9, 15, 41)
BOUNCE_TO = "Vorstand@Afrikanischer-Kulturverein.example"
add("bounce-afrikanischer-kulturverein", message(
    [("Return-Path", "<>"),
     ("Received", "by mx.muenster.example (Postfix)\n\tid 4Tq7Z15Fh2z9sVd; " + W),
     ("Date", W),
     ("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
     ("Subject", "Undelivered Mail Returned to Sender"),
     ("To", OUR),
     ("Auto-Submitted", "auto-replied"),
     ("MIME-Version", "1.0"),
     ("Message-Id", "<20270208081541.4Tq7Z15Fh2z9sVd@mx.muenster.example>")],
    multipart("report", [
        raw_part("Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n", f"""\
This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE_TO}>: host
    mx01.afrikanischer-kulturverein.example[203.0.113.25] said: 550 5.1.1
    <{BOUNCE_TO}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""),
        raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status\n", f"""\
Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Tq7Yx0mK3z9sVb
X-Postfix-Sender: rfc822; {OUR}
Arrival-Date: Mon,  8 Feb 2027 09:14:58 +0100 (CET)

Final-Recipient: rfc822; {BOUNCE_TO}
Original-Recipient: rfc822;{BOUNCE_TO}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.afrikanischer-kulturverein.example
Diagnostic-Code: smtp; 550 5.1.1 <{BOUNCE_TO}>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
        raw_part("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n",
                 f"""\
Return-Path: <{OUR}>
Received: from [192.0.2.40] (ws-kiz-07.muenster.example [192.0.2.40])
	by mx.muenster.example (Postfix) with ESMTPSA id 4Tq7Yx0mK3z9sVb;
	Mon,  8 Feb 2027 09:14:58 +0100 (CET)
Message-ID: {CIRCULAR_ID}
Date: Mon, 8 Feb 2027 09:14:00 +0100
MIME-Version: 1.0
From: {OUR_NAME} <{OUR}>
To: undisclosed-recipients:;
Subject: =?UTF-8?Q?Einladung=3A_Tag_der_Migrantenselbstorganisationen_2027_am_1?=
 =?UTF-8?Q?3=2E_M=C3=A4rz?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit
"""),
    ], "4Tq7Z15Fh2z9sVd.1770538541/mx.muenster.example",
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")),
    rec("bounce", bounced=BOUNCE_TO.lower()))

# 003 Bilingual (German/English) Exchange out-of-office WITHOUT an Auto-Submitted header, only the
# "Automatische Antwort:" subject and X-MS headers; Date in UTC; text base64 + HTML QP.
W = date(8, 8, 16, 30, UTC)
OOO_UNI = """\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. Februar 2027 auf Dienstreise und lese meine E-Mails nur unregelmäßig. In Studienangelegenheiten wenden Sie sich bitte an das Geschäftszimmer des Instituts (geschaeftszimmer-soz@uni-muenster.example).

Thank you for your message. I am travelling until 15 February 2027 and will only check my email occasionally. For matters concerning students, please contact the institute office (geschaeftszimmer-soz@uni-muenster.example).

Dr. Nadia Rahimi
Institut für Soziologie
"""
add("automatische-antwort-rahimi", message(
    hdrs(W, addr("Rahimi, Nadia", "nadia.rahimi@uni-muenster.example"), "",
         hdr("Automatische Antwort: " + CIRCULAR_SUBJECT),
         "<c3d91a0e4f2b4e6f8a7d5b1c2e9f0a13@EXMBX3.uni-muenster.example>",
         "mx-out2.uni-muenster.example", "198.51.100.140", "4Tq7Z26LmQz9sVf",
         post=[("Thread-Topic", hdr(CIRCULAR_SUBJECT, name="Thread-Topic")),
               ("Thread-Index", "AQHbeYk2Jm9yvXQ0T0aS8d3ZlB4nAw=="),
               ("In-Reply-To", CIRCULAR_ID), ("References", CIRCULAR_ID),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("X-MS-Exchange-Inbox-Rules-Loop", "nadia.rahimi@uni-muenster.example"),
               ("X-MS-Exchange-Organization-AutoResponse", "OOF"),
               ("x-auto-response-suppress", "All"),
               ("Content-Language", "de-DE")]),
    multipart("alternative", [
        text(OOO_UNI, cs="utf-8", cte="base64"),
        text('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '</head>\n<body>\n<div style="font-family:Aptos,Arial,sans-serif;font-size:11pt">\n'
             + "\n".join(f"<p>{html_lines(p)}</p>" for p in OOO_UNI.strip().split("\n\n"))
             + "\n</div>\n</body>\n</html>\n", sub="html"),
    ], "_000_c3d91a0e4f2b4e6f8a7d5b1c2e9f0a13EXMBX3unimuensterexam_")),
    rec("auto_reply"))

# 004 Plain registration top-posted above the quoted circular (Thunderbird, format=flowed, UTF-8
# 8bit); the quote lists all three AGs, the new text chooses AG 3; full name in the signature.
W = date(8, 10, 2, 17)
body = wrap("""\
Liebe Organisatorinnen und Organisatoren,

hiermit melde ich mich für den MSO-Tag am 13. März an. Ich komme für unseren Frauenverein und möchte gern in die AG 3, weil wir gerade zum ersten Mal einen Förderantrag schreiben und da ehrlich gesagt ziemlich im Dunkeln tappen.

Viele Grüße
Meral

-- 
Meral Doğan
1. Vorsitzende
Deutsch-Türkischer Frauenverein Kinderhaus e.V.
Tel. 0251 2 79 84 10 (ab 17 Uhr)

Am 08.02.27 um 09:14 schrieb Tag der Migrantenselbstorganisationen:
""", flowed=True) + quote(CIRCULAR) + "\n"
add("dogan-reply-quoting-circular", message(
    hdrs(W, addr("Meral Doğan", "m.dogan@frauenverein-kinderhaus.example"),
         "m.dogan@frauenverein-kinderhaus.example",
         hdr("Re: " + CIRCULAR_SUBJECT),
         "<8b2f4c1d-6a3e-4d7b-9e0f-2c5a7b1d3e4f@frauenverein-kinderhaus.example>",
         "smtp.webhoster.example", "203.0.113.77", "4Tq8bK1nWsz9sVh",
         post=[*reply_to_circular(),
               ("User-Agent", "Mozilla Thunderbird"),
               ("Content-Language", "de-DE")]),
    text(body, cs="UTF-8", cte="8bit", params="; format=flowed", quoted_cs=False)),
    rec("registration", "m.dogan@frauenverein-kinderhaus.example", "Meral Doğan",
        "Deutsch-Türkischer Frauenverein Kinderhaus e.V.", ["AG3"], 1, "de"))

# 005 Turkish phone reply (Gmail for Android, multipart/alternative, QP), typed mostly without
# Turkish letters; the Gmail quote of the circular carries all AGs; no organisation named.
W = date(8, 11, 47, 9)
NEW = """\
Merhaba,
13 martta ki toplantiya katilmak istiyorum. AG 2 ye yazarmisiniz beni, Münsterin gelecegi konusu ilgimi cekiyor. Tek kisiyim.
Tesekkurler
Emre Yıldız"""
ATTR = ("Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>, 8 Şub 2027 Pzt, "
        "09:14 tarihinde şunu yazdı:")
add("yildiz-tr-phone-reply", message(
    hdrs(W, addr("Emre Yıldız", "emreyildiz1987@posta.example"), "emreyildiz1987@posta.example",
         hdr("Re: " + CIRCULAR_SUBJECT),
         "<CAK7pQm2xV0d1Rt3nZ8sJb4yEw9uFhG6aLc5=oT2iNq7vY0kS1w@mail.posta.example>",
         "mail-ej1-f52.posta.example", "198.51.100.52", "4Tq8f03Q7Yz9sVj",
         post=reply_to_circular()),
    multipart("alternative", [
        text(NEW + "\n\n" + ATTR + "\n\n" + quote(CIRCULAR) + "\n"),
        text(gmail_html(NEW, ATTR, CIRCULAR, dir_="auto"), sub="html"),
    ], "000000000000a1b2c3d4e5f60718")),
    rec("registration", "emreyildiz1987@posta.example", "Emre Yıldız", None, ["AG2"], 1, "tr"))

# 006 Arabic registration for two (writer and a colleague), Gmail web, UTF-8 base64; Arabic-Indic
# digits in the date; signature has only the first name, so the full name comes from From.
W = date(8, 14, 30, 44)
NEW = """\
السلام عليكم،

أرغب بالتسجيل في يوم منظمات المهاجرين الذاتية يوم ١٣ آذار. أنا عضوة في جمعية الجسر للعائلات السورية، وسأحضر مع زميلتي رنا، يعني نحن شخصان.

نحب أن نشارك في مجموعة العمل الأولى عن التعليم، لأن عندنا أسئلة كثيرة من الأهالي عن المدارس وعن التوصية بعد المرحلة الابتدائية.

مع الشكر والتحية
سمر
Al-Jisr e.V."""
add("haddad-ar-two-persons", message(
    hdrs(W, addr("Samar Haddad", "samar.haddad@mailbox.example"), "samar.haddad@mailbox.example",
         hdr("تسجيل - يوم منظمات المهاجرين"),
         "<CAJw3Lk9sR2fP0vN8qT6hY1mB5xE7cZ4dA3uG2iK9oW1jV8nF6s@mail.mailbox.example>",
         "mail-wm1-f49.mailbox.example", "198.51.100.49", "4Tq8lS0y3Bz9sVk"),
    multipart("alternative", [
        text(NEW + "\n", cte="base64"),
        text(gmail_html(NEW, dir_="rtl"), sub="html", cte="base64"),
    ], "000000000000f9e8d7c6b5a49382")),
    rec("registration", "samar.haddad@mailbox.example", "Samar Haddad", "Al-Jisr e.V.", ["AG1"], 2,
        "ar"))

# 007 Very short German registration from an iPhone; From shows a nickname, the signature the full
# name; the writer says he comes privately (no organisation).
W = date(9, 7, 58, 31)
add("reinders-iphone-short", message(
    hdrs(W, addr("Tobi", "tobi.reinders@mailbox.example"), "tobi.reinders@mailbox.example",
         "Anmeldung 13.3.", "<4E1B9C7A-2D5F-4A8E-B3C6-9F0D1E2A7B5C@mailbox.example>",
         "mail-out.mailbox.example", "198.51.100.61", "4TqX9c2RkLz9sVm",
         pre=[("Content-Type", "text/plain;\n\tcharset=utf-8"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Mime-Version", "1.0 (1.0)")],
         post=[("X-Mailer", "iPhone Mail (22D72)")]),
    ("", quopri.encodestring("""\
Hallo,

ich möchte mich gern für den MSO-Tag am 13.3. anmelden. AG 2 wäre super.
Bin privat da, nicht für einen Verein.

Grüße
Tobias Reinders

Von meinem iPhone gesendet""".encode("utf-8")))),
    rec("registration", "tobi.reinders@mailbox.example", "Tobias Reinders", None, ["AG2"], 1, "de"))

# 008 Russian registration for two persons in KOI8-R 8bit (The Bat!); Cyrillic signature name; the
# association name is partly German ("... e.V."); workgroup given by number in words.
W = date(9, 12, 40, 5)
add("becker-ru-koi8r", message(
    hdrs(W, addr("Irina Becker", "i.becker@russkij-dom-ms.example", "koi8-r"),
         "i.becker@russkij-dom-ms.example",
         hdr("Регистрация на День организаций мигрантов 13.03", "koi8-r"),
         "<1718293046.20270209124005@russkij-dom-ms.example>",
         "smtp.russkij-dom-ms.example", "203.0.113.18", "4TqXmN5pHdz9sVn",
         post=[("X-Mailer", "The Bat! (v10.4.1) Professional"),
               ("Reply-To", addr("Irina Becker", "i.becker@russkij-dom-ms.example", "koi8-r"))]),
    text(wrap("""\
Здравствуйте!

Прошу зарегистрировать на День организаций мигрантов 13 марта двух человек от общества "Русский дом Мюнстер" e.V.:

1. Ирина Беккер (председатель)
2. Виктор Шмидт (казначей)

Мы оба хотели бы попасть в рабочую группу номер три (финансирование и управление объединением). В прошлом году нам отказали по заявке на финансирование, так что тема для нас очень актуальная.

Заранее спасибо.

--
С уважением,
Ирина Беккер
"Русский дом Мюнстер" e.V.
тел. 0251 3 14 15 92
""", 76), cs="koi8-r", cte="8bit", quoted_cs=False)),
    rec("registration", "i.becker@russkij-dom-ms.example", "Ирина Беккер",
        "Русский дом Мюнстер e.V.", ["AG3"], 2, "ru"))

# 009 German question about parking for a minibus and walking-impaired members; announces a
# registration for 5-6 persons "later" - registers no one yet.
W = date(9, 16, 20, 58)
add("pohlmann-question-parking", message(
    hdrs(W, addr("Jens Pohlmann", "j.pohlmann@seniorentreff-hiltrup.example"),
         "j.pohlmann@seniorentreff-hiltrup.example",
         hdr("Frage zum MSO-Tag: Parken mit Kleinbus?", "iso-8859-15"),
         "<20270209162058.GA31415@seniorentreff-hiltrup.example>",
         "mail.seniorentreff-hiltrup.example", "203.0.113.91", "4TqY3w0d8Gz9sVp",
         post=[("X-Mailer", "Evolution 3.52.4"), ("Organization", "Interkultureller Seniorentreff Hiltrup")]),
    text("""\
Guten Tag,

wir vom Interkulturellen Seniorentreff Hiltrup möchten gern zum MSO-Tag kommen, voraussichtlich mit 5 oder 6 Personen. Die Anmeldung mit den Namen schicke ich Ihnen noch, sobald ich alle beisammen habe.

Vorab eine Frage: Wir würden mit unserem Vereinsbus (9-Sitzer) fahren. Kann man am Stadtweinhaus irgendwo halten bzw. parken, oder gibt es ein Parkhaus in der Nähe, das Sie empfehlen? Zwei unserer Teilnehmerinnen sind nicht gut zu Fuß, eine ist auf den Rollator angewiesen.

Mit freundlichem Gruß
Jens Pohlmann
Interkultureller Seniorentreff Hiltrup
""", cs="iso-8859-15")),
    rec("question", "j.pohlmann@seniorentreff-hiltrup.example", "Jens Pohlmann",
        "Interkultureller Seniorentreff Hiltrup", [], None, "de"))

# 010 Newsletter of a regional network (bulk headers, List-Unsubscribe); it advertises the MSO-Tag
# itself with our address and all three AGs - still not a registration.
W = date(10, 7, 0, 12)
NL = """\
NETZWERK INTERKULTURELLE ARBEIT WESTFALEN
Newsletter Februar 2027

Liebe Mitglieder, liebe Interessierte,

hier wie jeden Monat das Wichtigste in Kürze.

1) FÖRDERUNG
Das Landesprogramm "Vielfalt vor Ort" fördert 2027 wieder Projekte von Migrantenorganisationen mit bis zu 5.000 Euro. Antragsfrist ist der 31. März 2027. Eine Infoveranstaltung gibt es online am 24. Februar um 18 Uhr.

2) TERMINE
- 13.03.2027, Münster: Tag der Migrantenselbstorganisationen im Stadtweinhaus, mit drei Arbeitsgruppen (Bildung, Münsters Zukunftsprozess, Förderung und Vereinsmanagement). Anmeldung direkt bei der Stadt Münster: mso-tag@muenster.example
- 20.03.2027, Bielefeld: Fachtag "Elternarbeit interkulturell"
- 17.04.2027, Dortmund: Netzwerktreffen Westfalen

3) EHRENAMTSPREIS
Bis zum 30. April können Vorschläge für den Westfälischen Ehrenamtspreis eingereicht werden. Alle Infos: https://niaw.example/ehrenamtspreis

Herzliche Grüße
Ihr Redaktionsteam

--
Sie erhalten diesen Newsletter, weil Sie sich auf niaw.example angemeldet haben.
Abmelden: https://niaw.example/newsletter/abmelden?id=8812
Netzwerk Interkulturelle Arbeit Westfalen e.V., Postfach 10 20 30, 44000 Musterstadt
"""
NL_HTML = ('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
           '<title>Newsletter Februar 2027</title>\n</head>\n'
           '<body style="margin:0;padding:0;background:#f2f2f2">\n'
           '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
           '<table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;'
           'font-size:14px;color:#333333">\n'
           + "\n".join(f'<tr><td style="padding:8px 24px">{html_lines(p)}</td></tr>'
                       for p in NL.split("\n\n"))
           + '\n<tr><td style="padding:8px 24px"><img src="https://niaw.example/t/open.gif?id=8812" '
             'width="1" height="1" alt=""></td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n')
add("newsletter-netzwerk", message(
    hdrs(W, addr("Netzwerk Interkulturelle Arbeit Westfalen", "newsletter@niaw.example"),
         "bounce-8812-mso-tag=muenster.example@mailer.niaw.example",
         hdr("Newsletter Februar 2027: Fördertöpfe, Termine, Ehrenamtspreis"),
         "<nl-2027-02.8812@mailer.niaw.example>",
         "mailer.niaw.example", "203.0.113.200", "4TqZ0r6hBnz9sVq",
         post=[("Reply-To", "redaktion@niaw.example"),
               ("List-Id", "Newsletter NIAW <newsletter.niaw.example>"),
               ("List-Unsubscribe", "<https://niaw.example/newsletter/abmelden?id=8812>,\n"
                                    " <mailto:abmelden@niaw.example?subject=8812>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk"),
               ("X-Mailer", "niaw-mailer 4.2")]),
    multipart("alternative", [text(NL), text(NL_HTML, sub="html")], "=_nl_8812_a7b6c5")),
    rec("other"))

# 011 Ukrainian registration sent from an association's shared mailbox (K-9 Mail) with Reply-To set
# to the writer's private address, which she also asks us to use.
W = date(10, 9, 30, 27)
add("melnyk-uk-shared-mailbox", message(
    hdrs(W, addr("Українська громада Мюнстер", "info@ukr-hromada-ms.example"),
         "info@ukr-hromada-ms.example",
         hdr("Реєстрація на День МСО 13.03"),
         "<7C3E2A91-55B0-4F2D-A8C1-1E9F6D4B3A20@ukr-hromada-ms.example>",
         "mail.ukr-hromada-ms.example", "192.0.2.117", "4TqZR86wLtz9sVr",
         post=[("Reply-To", addr("Oksana Melnyk", "melnyk.oksana@webpost.example")),
               ("User-Agent", "K-9 Mail for Android")]),
    text("""\
Добрий день!

Мене звати Оксана Мельник, пишу з пошти нашої громадської організації «Українська громада Мюнстер». Хочу зареєструватися на День самоорганізацій мігрантів 13 березня.

Мене цікавить робоча група 2 (майбутнє Мюнстера) – у нас багато людей, які вже планують залишитися тут надовго, і ми хочемо брати участь у цьому процесі.

Буду сама, одна особа.

Відповідь, будь ласка, надсилайте на мою особисту адресу, цю скриньку читають кілька людей.

Дякую!
З повагою,
Оксана Мельник
""")),
    rec("registration", "melnyk.oksana@webpost.example", "Оксана Мельник",
        "Українська громада Мюнстер", ["AG2"], 1, "uk"))

# 012 English registration for two from Outlook desktop: multipart/mixed with text+HTML in
# windows-1252 QP (smart quotes) and a PDF attachment; Outlook-style quoted circular without ">";
# first and second choice of workgroup; a remark about language that is not a question.
W = date(10, 13, 15, 40)
NEW = """\
Dear MSO-Tag team,

Thank you for the invitation. I would like to register myself and one colleague, Amara Diallo, for the event on 13 March. We are both with the African Students and Alumni Network Münster. Our German is okay for everyday things, but we’d follow the discussions more easily in English – I hope that’s not a problem.

Our first choice would be workgroup 2 (Münster’s future process). If that one is full, workgroup 1 would also be fine for us.

I’ve attached a short profile of our network in case it is useful for you.

Kind regards,
Chinedu Okafor

Chinedu Okafor
Coordinator Community Projects
African Students and Alumni Network Münster
www.asan-muenster.example"""
OUTLOOK_HDR_EN = f"""\
From: {OUR_NAME} <{OUR}>
Sent: Monday, February 8, 2027 9:14 AM
To: Undisclosed recipients
Subject: {CIRCULAR_SUBJECT}"""
plain = NEW + "\n\n________________________________\n" + OUTLOOK_HDR_EN + "\n\n" + CIRCULAR + "\n"
paras = [esc(l) if l else "&nbsp;" for l in NEW.split("\n")]
paras += ['<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
          + "<br>".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}"
                        for l in OUTLOOK_HDR_EN.split("\n")) + "</div>", "&nbsp;"]
paras += [esc(l) if l else "&nbsp;" for l in CIRCULAR.split("\n")]
add("okafor-en-outlook-pdf", message(
    hdrs(W, addr("Chinedu Okafor", "chinedu.okafor@asan-muenster.example"),
         "chinedu.okafor@asan-muenster.example",
         hdr("RE: " + CIRCULAR_SUBJECT, "windows-1252", q=True),
         "<PR3P195MB0842C1A5E3D7F9B2A4C6E8D0F1B3A5C7@PR3P195MB0842.EURP195.prod.outlook.example>",
         "mail-db8eur05on2071.outbound.protection.outlook.example", "198.51.100.71",
         "4TqZhV3x1Mz9sVs",
         post=[*reply_to_circular(),
               ("Thread-Topic", hdr(CIRCULAR_SUBJECT, "windows-1252", "Thread-Topic", q=True)),
               ("Thread-Index", "AQHbeYk2aaaBc3lLZ0KrtuS7qQ1mTQ=="),
               ("Accept-Language", "en-GB, de-DE"), ("Content-Language", "en-GB"),
               ("X-MS-Has-Attach", "yes"),
               ("X-Mailer", "Microsoft Outlook 16.0")]),
    multipart("mixed", [
        multipart("alternative", [
            text(plain, cs="windows-1252"),
            text(outlook_html(paras), sub="html", cs="windows-1252"),
        ], "_000_PR3P195MB0842C1A5E3D7F9B2A4C6E8D0F1B3A5C7PR3P195MB0842EURP_"),
        attachment(fake_pdf("ASAN - African Students and Alumni Network Muenster - Profile 2027"),
                   "application/pdf", "ASAN_profile_2027.pdf",
                   extra="Content-Description: ASAN_profile_2027.pdf\n"),
    ], "_004_PR3P195MB0842C1A5E3D7F9B2A4C6E8D0F1B3A5C7PR3P195MB0842EURP_")),
    rec("registration", "chinedu.okafor@asan-muenster.example", "Chinedu Okafor",
        "African Students and Alumni Network Münster", ["AG2", "AG1"], 2, "en"))

# 013 Farsi registration, text/plain UTF-8 base64 from a phone; Persian digits for party size (۲)
# and workgroup (۱); name in Persian script in text and signature, Latin in From.
W = date(10, 19, 52, 3)
add("karimi-fa-persian-digits", message(
    hdrs(W, addr("Mahnaz Karimi", "mkarimi@postbox.example"), "mkarimi@postbox.example",
         hdr("ثبت‌نام روز سازمان‌های مهاجران"),
         "<1370512398.884213.1770749523061@mail.postbox.example>",
         "sonic311-21.consmr.mail.postbox.example", "198.51.100.199", "4TqZyQ7c2Fz9sVt",
         post=[("X-Mailer", "WebService/1.1.23187 YMailAndroid")]),
    text("""\
سلام و وقت بخیر

من مهناز کریمی هستم از انجمن فرهنگی ایرانیان مونستر. می‌خواستم برای روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنم.
ما ۲ نفر هستیم (من و همسرم فرهاد).
به کارگروه ۱ (آموزش) علاقه داریم، چون دو فرزند مدرسه‌ای داریم و این موضوع برایمان خیلی مهم است.

با سپاس فراوان
مهناز کریمی

Sent from Yahoo Mail on Android
""", cte="base64")),
    rec("registration", "mkarimi@postbox.example", "مهناز کریمی", "انجمن فرهنگی ایرانیان مونستر",
        ["AG1"], 2, "fa"))

# 014 Polish registration in ISO-8859-2 quoted-printable (Evolution); workgroup as "grupa robocza
# nr 3"; apologises for writing in Polish.
W = date(11, 10, 10, 36)
add("wojcik-pl-latin2", message(
    hdrs(W, addr("Agnieszka Wójcik", "a.wojcik@polonia-ms.example", "iso-8859-2"),
         "a.wojcik@polonia-ms.example",
         hdr("Zgłoszenie - Dzień Organizacji Migranckich 13.03.2027", "iso-8859-2"),
         "<d41e8f2a7c9b0e3f5a6d8c1b2e4f7a90.camel@polonia-ms.example>",
         "smtp.polonia-ms.example", "203.0.113.132", "4Tr0Gk8wQbz9sVv",
         post=[("X-Mailer", "Evolution 3.50.3")]),
    text("""\
Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich w dniu 13 marca 2027 r. Reprezentuję Stowarzyszenie Polonia Münster e.V., gdzie od zeszłego roku jestem skarbnikiem.

Najbardziej interesuje mnie grupa robocza nr 3 (możliwości dofinansowania i zarządzanie stowarzyszeniem).

Przepraszam, że piszę po polsku - po niemiecku lepiej mówię niż piszę :)

Pozdrawiam serdecznie
Agnieszka Wójcik
Stowarzyszenie Polonia Münster e.V.
""", cs="iso-8859-2", quoted_cs=False)),
    rec("registration", "a.wojcik@polonia-ms.example", "Agnieszka Wójcik",
        "Stowarzyszenie Polonia Münster e.V.", ["AG3"], 1, "pl"))

# 015 Change "doch lieber AG 3" as a Gmail reply to her confirmation, which is quoted and names AG 1;
# the new workgroup also appears as a topic word ("Vereinsmanagement").
W = date(11, 15, 45, 20)
CONF = confirmation("Guten Tag Frau Kaya,", 1, AG_LINE[1])
NEW = """\
Hallo nochmal,

ich hab nochmal drüber nachgedacht – kann ich doch lieber in die AG 3 statt in die AG 1? Wir gründen gerade einen Elternverein und da passt Vereinsmanagement einfach besser.

Danke & viele Grüße
Stefanie"""
ATTR = ("Am Mi., 3. Feb. 2027 um 16:22 Uhr schrieb Tag der Migrantenselbstorganisationen <"
        + OUR + ">:")
add("kaya-change-lieber-ag3", message(
    hdrs(W, addr("Stefanie Kaya", "stefanie.kaya@mailbox.example"), "stefanie.kaya@mailbox.example",
         hdr("Re: " + CONFIRM_SUBJECT),
         "<CAF4nQ2yUe8mX1pR7bK3sV9wT0dZ6hJ5cL2gA4iN8oE1fY3uM7q@mail.mailbox.example>",
         "mail-lf1-f47.mailbox.example", "198.51.100.47", "4Tr0pR2kVdz9sVw",
         post=[("In-Reply-To", "<confirm-2027-0031@muenster.example>"),
               ("References", "<reg-kaya-0203@mailbox.example> <confirm-2027-0031@muenster.example>")]),
    multipart("alternative", [
        text(NEW + "\n\n" + ATTR + "\n\n" + quote(CONF) + "\n"),
        text(gmail_html(NEW, ATTR, CONF), sub="html"),
    ], "0000000000003c2d1e0f9a8b7c6d")),
    rec("change", "stefanie.kaya@mailbox.example", "Stefanie Kaya", None, ["AG3"], None, "de"))

# 016 Kurmanji Kurdish registration for two (Roundcube, UTF-8 8bit, format=flowed); the association
# is named by its German registered name inside the Kurdish sentence; ordinal "2yemîn".
W = date(12, 9, 5, 49)
add("aydin-ku-roundcube", message(
    hdrs(W, addr("Zozan Aydın", "zozan.aydin@webpost.example"), "zozan.aydin@webpost.example",
         hdr("Qeydkirin - Roja Rêxistinên Koçberan 13.03"),
         "<a9c3f1e07b2d5e8f6c4a1b3d9e7f2c05@webpost.example>",
         "mail.webpost.example", "192.0.2.88", "4Tr1X04bTmz9sVx",
         post=[("User-Agent", "Roundcube Webmail/1.6.9")]),
    text(wrap("""\
Silav û rêz,

Navê min Zozan Aydın e. Ez endama komeleya "Kurdisches Kulturzentrum Münster e.V." me. Ez dixwazim ji bo Roja Rêxistinên Koçberan a 13ê Adarê xwe qeyd bikim.

Em ê du kes bin: ez û hevalê min Rênas Ekinci.
Em dixwazin beşdarî koma xebatê ya 2yemîn bibin (pêşeroja Münsterê).

Ji bo vexwendinê gelek spas!

Bi silav
Zozan Aydın
""", flowed=True), cs="UTF-8", cte="8bit", params="; format=flowed", quoted_cs=False)),
    rec("registration", "zozan.aydin@webpost.example", "Zozan Aydın",
        "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 2, "ku"))

# 017 Greek registration for three persons in ISO-8859-7 base64 (Windows Live Mail); names of the
# two companions in the text; Greek signature name and association name.
W = date(12, 11, 30, 2)
add("anastasiou-el-greek", message(
    hdrs(W, addr("Georgios Anastasiou", "g.anastasiou@ellkoin-ms.example"),
         "g.anastasiou@ellkoin-ms.example",
         hdr("Συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών", "iso-8859-7"),
         "<B7F2A4C1D8E94F3A9C6B5E1D2F0A8C7B@GiorgosPC>",
         "smtp.ellkoin-ms.example", "203.0.113.64", "4Tr1gT1yHpz9sVy",
         post=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
               ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]),
    text("""\
Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών, στις 13 Μαρτίου. Εκπροσωπώ την Ελληνική Κοινότητα Μύνστερ και θα έρθουμε τρία άτομα: εγώ, η κυρία Ελένη Παπαδοπούλου και ο κύριος Νίκος Σταύρου.

Μας ενδιαφέρει η ομάδα εργασίας 1 (εκπαίδευση), γιατί τα τελευταία χρόνια ήρθαν πολλές νέες οικογένειες από την Ελλάδα και τα παιδιά δυσκολεύονται στο σχολείο.

Ευχαριστώ πολύ για την πρόσκληση.

Με εκτίμηση
Γιώργος Αναστασίου
Πρόεδρος
""", cs="iso-8859-7", cte="base64")),
    rec("registration", "g.anastasiou@ellkoin-ms.example", "Γιώργος Αναστασίου",
        "Ελληνική Κοινότητα Μύνστερ", ["AG1"], 3, "el"))

# 018 Learner German, HTML-only from a webmail (UTF-8 QP); workgroup only by the alias word
# "Bildung"; "ich komme allein"; the organisation name without article inside a sentence.
W = date(12, 17, 20, 11)
LINES = ["Hallo Sehr geehrte Damen und Herren,", "",
         "Ich heiße Ahmad Noori, ich bin aus Afganistan und wohne seit 2019 in Münster. Ich möchte "
         "gerne an MSO Tag teilnehmen am 13 März.", "",
         "Ich bin aktiv in Afghanischer Kulturverein Münster, wir machen Sprachkurs Dari für Kinder. "
         "Ich interessiere für Arbeitsgruppe Bildung weil ich habe 3 Kinder in der Schule und es gibt "
         "viele Probleme mit Empfehlung für Gymnasium. Ich komme allein.", "",
         "Vielen dank", "", "Mit freundlichen Grüßen", "Ahmad Noori"]
add("noori-learner-german-html-only", message(
    hdrs(W, addr("ahmad noori", "ahmad.noori@netmail.example"), "ahmad.noori@netmail.example",
         "MSO Tag Anmeldung", "<trinity-5c1d7e93-aa02-4c71-9e5b-3f8a0d6c2b14-1770913211554@3c-app-netmail-bs08>",
         "mout.netmail.example", "192.0.2.15", "4Tr27n3KcVz9sVz",
         post=[("Importance", "normal"), ("Sensitivity", "Normal"),
               ("X-Priority", "3"), ("X-UI-Message-Type", "mail")]),
    text('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
         + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>\n" for l in LINES)
         + "</div></body></html>\n", sub="html", cs="UTF-8", quoted_cs=False)),
    rec("registration", "ahmad.noori@netmail.example", "Ahmad Noori",
        "Afghanischer Kulturverein Münster", ["AG1"], 1, "de"))

# 019 Italian registration in ISO-8859-1 QP (Italian webmail); the organisation only in the
# signature ("vedi firma"); workgroup 2 by number.
W = date(13, 10, 40, 55)
add("russo-it-latin1", message(
    hdrs(W, addr("Giulia Russo", "giulia.russo@liberomail.example"), "giulia.russo@liberomail.example",
         hdr("Iscrizione giornata 13 marzo", "iso-8859-1"),
         "<1287345.1770975655.46@liberomail.example>",
         "smtp-out19.liberomail.example", "198.51.100.19", "4Tr2wF0bQ3z9sW0",
         post=[("X-Mailer", "Libero Mail 2.3")]),
    text("""\
Buongiorno,

mi chiamo Giulia Russo e faccio parte del direttivo del nostro circolo (vedi firma). Vorrei iscrivermi alla giornata delle organizzazioni dei migranti del 13 marzo, gruppo di lavoro 2 (il futuro di Münster).

Scusate se scrivo in italiano, il mio tedesco scritto non è ancora perfetto! Lo parlo abbastanza bene però, quindi per la giornata non c'è problema.

Cordiali saluti
Giulia Russo
Circolo Culturale Italiano Münster
""", cs="iso-8859-1", quoted_cs=False)),
    rec("registration", "giulia.russo@liberomail.example", "Giulia Russo",
        "Circolo Culturale Italiano Münster", ["AG2"], 1, "it"))

# 020 German question about a certificate of attendance from someone already registered; mentions
# her AG only to identify herself.
W = date(13, 21, 10, 8)
add("mansour-question-bescheinigung", message(
    hdrs(W, addr("Leyla Mansour", "leyla.mansour@netmail.example"), "leyla.mansour@netmail.example",
         "Frage Teilnahmebescheinigung", "<0F3B7D29-8C41-4E6A-B2D5-7A9E1C3F5B80@netmail.example>",
         "mout.netmail.example", "192.0.2.16", "4Tr3K2nYd7z9sW1",
         pre=[("Content-Type", "text/plain;\n\tcharset=utf-8"),
              ("Content-Transfer-Encoding", "quoted-printable"),
              ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")],
         post=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]),
    ("", quopri.encodestring("""\
Guten Abend,

ich habe mich letzte Woche für den MSO-Tag angemeldet (AG 1) und die Bestätigung auch bekommen, danke!

Eine Frage hätte ich noch: Gibt es am Ende eine Teilnahmebescheinigung? Ich arbeite als Integrationslotsin und mein Träger möchte für Fortbildungen immer einen Nachweis haben. Falls es keine gibt, ist das auch kein Problem, dann kläre ich das anders.

Schönes Wochenende!
Leyla Mansour
""".encode("utf-8")))),
    rec("question", "leyla.mansour@netmail.example", "Leyla Mansour", None, [], None, "de"))

# 021 Romanian registration for a couple in windows-1250 QP with cedilla letters (ş, ţ) as many
# Romanian keyboards still produce them; workgroup 3 with its topic.
W = date(14, 13, 0, 37)
add("popescu-ro-cp1250", message(
    hdrs(W, addr("Andrei Popescu", "andrei.popescu@postbox.example"), "andrei.popescu@postbox.example",
         hdr("Înscriere Ziua organizaţiilor de migranţi", "windows-1250", q=True),
         "<1593757220.1021934.1771070437118@mail.postbox.example>",
         "sonic305-3.consmr.mail.postbox.example", "198.51.100.198", "4Tr4bW6xN1z9sW2",
         post=[("X-Mailer", "WebService/1.1.23187 YMailNorrin")]),
    text("""\
Bună ziua,

Mă numesc Andrei Popescu şi aş dori să mă înscriu la Ziua organizaţiilor de migranţi din 13 martie. Fac parte din Asociaţia Românilor din Münster.

Vom veni doi: eu şi soţia mea, Ioana Popescu. Am fi interesaţi de grupul de lucru 3 (finanţare şi managementul asociaţiilor), pentru că vrem să depunem anul acesta primul nostru proiect.

Vă mulţumesc frumos!
Cu stimă,
Andrei Popescu
""", cs="windows-1250")),
    rec("registration", "andrei.popescu@postbox.example", "Andrei Popescu",
        "Asociaţia Românilor din Münster", ["AG3"], 2, "ro"))

# 022 Albanian family registration (three persons incl. a 17-year-old son), Gmail for Android,
# UTF-8 base64; association name with quotation marks.
W = date(15, 8, 20, 14)
NEW = """\
Pershendetje,

Jam Arben Krasniqi nga Shoqata Kulturore Shqiptare "Iliria" në Münster. Dua të regjistrohem për ditën e organizatave të migrantëve më 13 mars.

Do të vijmë 3 veta: unë, gruaja ime Vjosa dhe djali ynë Dren (17 vjeç). Na intereson grupi i punës 1 - arsimi, sepse kemi shumë pyetje për shkollat.

Faleminderit shumë!
Arben Krasniqi"""
add("krasniqi-sq-family", message(
    hdrs(W, addr("Arben Krasniqi", "arben.krasniqi@mailbox.example"), "arben.krasniqi@mailbox.example",
         hdr("Regjistrim per 13 mars"),
         "<CAH2vX8pLq1Nw4Tz6Bd0Kf3Rs9Ym5Ju7Gc2Ea1Vh8Ox4Zi6Wn0T@mail.mailbox.example>",
         "mail-pf1-f170.mailbox.example", "198.51.100.170", "4Tr5D91mX4z9sW3"),
    multipart("alternative", [
        text(NEW + "\n", cte="base64"),
        text(gmail_html(NEW, dir_="auto"), sub="html", cte="base64"),
    ], "0000000000007f6e5d4c3b2a1908")),
    rec("registration", "arben.krasniqi@mailbox.example", "Arben Krasniqi",
        'Shoqata Kulturore Shqiptare "Iliria"', ["AG1"], 3, "sq"))

# 023 Turkish change from AG 2 to AG 1, phone reply to the confirmation (quoted, names AG 2).
W = date(15, 11, 5, 50)
CONF = confirmation("Guten Tag Herr Yıldız,", 1, AG_LINE[2])
NEW = """\
Merhaba tekrar,
AG 2 yerine AG 1 e gecebilir miyim? Kizimin okulda sorunlari var, o konu simdi benim icin daha onemli.
Kusura bakmayin
Emre"""
ATTR = ("Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>, 8 Şub 2027 Pzt, "
        "11:48 tarihinde şunu yazdı:")
add("yildiz-tr-change-ag1", message(
    hdrs(W, addr("Emre Yıldız", "emreyildiz1987@posta.example"), "emreyildiz1987@posta.example",
         hdr("Re: " + CONFIRM_SUBJECT),
         "<CAK7pQm3Tz5hW2fL9rN1bV7xJ4cY0dE8sG6aK3mQ1oU5iP9wR2v@mail.posta.example>",
         "mail-ej1-f54.posta.example", "198.51.100.54", "4Tr5Kp0vB8z9sW4",
         post=[("In-Reply-To", "<confirm-2027-0058@muenster.example>"),
               ("References", "<CAK7pQm2xV0d1Rt3nZ8sJb4yEw9uFhG6aLc5=oT2iNq7vY0kS1w@mail.posta.example>"
                              "\n <confirm-2027-0058@muenster.example>")]),
    multipart("alternative", [
        text(NEW + "\n\n" + ATTR + "\n\n" + quote(CONF) + "\n"),
        text(gmail_html(NEW, ATTR, CONF, dir_="auto"), sub="html"),
    ], "000000000000b4c5d6e7f8091a2b")),
    rec("change", "emreyildiz1987@posta.example", "Emre Yıldız", None, ["AG1"], None, "tr"))

# 024 Formal association registration, Outlook HTML-only in windows-1252 QP: two persons, both AG
# III (roman numeral), bullet list, long signature with register number, bank details, disclaimer.
W = date(15, 14, 30, 26)
P = ["Sehr geehrte Damen und Herren,", "&nbsp;",
     "hiermit melden wir uns verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an.",
     "&nbsp;", "Teilnehmende:",
     '<span style="font-family:Symbol">·</span>&nbsp;&nbsp;&nbsp;&nbsp; Dr. Amina Yusuf (1. Vorsitzende)',
     '<span style="font-family:Symbol">·</span>&nbsp;&nbsp;&nbsp;&nbsp; Kwame Mensah (Kassenwart)',
     "&nbsp;",
     "Wir möchten beide an der Arbeitsgruppe III (Förderungsmöglichkeiten und effektives "
     "Vereinsmanagement) teilnehmen.", "&nbsp;",
     "Für Rückfragen stehe ich Ihnen gern zur Verfügung.", "&nbsp;",
     "Mit freundlichen Grüßen", "&nbsp;",
     "<b>Dr. Amina Yusuf</b>", "1. Vorsitzende", "&nbsp;",
     '<b><span style="color:#C55A11">Afrikanisches Netzwerk Münster e.V.</span></b>',
     "Musterstraße 12 • 48153 Münster",
     "Tel.: 0251 / 6 20 47 11",
     '<a href="https://www.afrikanisches-netzwerk-ms.example">www.afrikanisches-netzwerk-ms.example</a>',
     "&nbsp;",
     '<span style="font-size:8.0pt;color:gray">Vereinsregister: Amtsgericht Münster VR 0000 | '
     "Bankverbindung: Sparkasse Münsterland Ost, IBAN DE00 4005 0150 0000 0000 00</span>",
     '<span style="font-size:8.0pt;color:gray">Diese E-Mail kann vertrauliche und/oder rechtlich '
     "geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail "
     "irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese "
     "E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht "
     "gestattet.</span>"]
add("yusuf-outlook-html-only", message(
    hdrs(W, addr("Dr. Amina Yusuf", "a.yusuf@afrikanisches-netzwerk-ms.example"),
         "a.yusuf@afrikanisches-netzwerk-ms.example",
         hdr("Anmeldung Tag der MSO – Afrikanisches Netzwerk Münster e.V.", "windows-1252", q=True),
         "<000601db7f3a$2c8e4b10$85aae130$@afrikanisches-netzwerk-ms.example>",
         "smtp.afrikanisches-netzwerk-ms.example", "203.0.113.150", "4Tr5Tq3hJcz9sW5",
         post=[("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Index", "AdtTP2hQ6o0Wz3xvRWy7FqCm8uK9sA=="),
               ("Content-Language", "de")]),
    text(outlook_html(P), sub="html", cs="windows-1252")),
    rec("registration", "a.yusuf@afrikanisches-netzwerk-ms.example", "Amina Yusuf",
        "Afrikanisches Netzwerk Münster e.V.", ["AG3"], 2, "de"))

# 025 A community centre says thanks and that it passed the invitation on (Open-Xchange, UTF-8 QP,
# circular quoted below) - nobody registers, nothing asked: other.
W = date(15, 16, 2, 45)
add("terhorst-weitergeleitet-other", message(
    hdrs(W, addr("Sabine Terhorst", "terhorst@buergerhaus-kinderhaus.example"),
         "terhorst@buergerhaus-kinderhaus.example",
         hdr("AW: " + CIRCULAR_SUBJECT, "iso-8859-1", q=True),
         "<1469102933.52117.1771167765390@ox.buergerhaus-kinderhaus.example>",
         "ox.buergerhaus-kinderhaus.example", "203.0.113.211", "4Tr5YD6sKfz9sW6",
         post=[*reply_to_circular(), ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev64"),
               ("Importance", "Normal")]),
    text(wrap("""\
Liebes Team vom Integrationszentrum,

danke für die Einladung! Ich habe sie an unseren Verteiler mit den Stadtteilvereinen weitergegeben und den Aushang bei uns im Foyer aufgehängt. Einige werden sich bestimmt direkt bei Ihnen melden.

Viele Grüße aus Kinderhaus
Sabine Terhorst

Bürgerhaus Kinderhaus
Stadtteilarbeit / Raumvermietung
Tel. 0251 2 11 00 77

Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> hat am 8. Februar 2027 um 09:14 geschrieben:

""", 76) + quote(CIRCULAR) + "\n")),
    rec("other"))

# 026 A daughter registers her mother (who has no e-mail) and asks for the confirmation to go to
# herself; she does not attend: name is the mother, email the writer (iPhone, alternative, QP).
W = date(16, 9, 50, 3)
NEW = """\
Hallo,

ich schreibe im Auftrag meiner Mutter, Frau Hatice Yılmaz. Sie ist Vorsitzende vom Frauen- und Familienverein Coerde e.V. und möchte gerne zum MSO-Tag am 13. März kommen, in die Arbeitsgruppe 1 (Bildung).

Sie hat selbst keine E-Mail-Adresse, deshalb schicken Sie die Bestätigung bitte an mich. Ich selbst komme nicht mit, es ist also nur eine Person.

Vielen Dank!
Selin Yılmaz

Von meinem iPhone gesendet"""
add("yilmaz-registers-mother", message(
    hdrs(W, addr("Selin Yılmaz", "selin.yilmaz@mailbox.example"), "selin.yilmaz@mailbox.example",
         hdr("Anmeldung für meine Mutter"), "<9A2E5C71-0B3D-4F8E-A6C4-D1E7B9F3A502@mailbox.example>",
         "mail-out.mailbox.example", "198.51.100.61", "4Tr6Fz2qL0z9sW7",
         post=[("X-Mailer", "iPhone Mail (22D72)"), ("Mime-Version", "1.0 (1.0)")]),
    multipart("alternative", [
        text(NEW + "\n", quoted_cs=False),
        text('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto">' + html_lines(NEW, "<br>") + "</body></html>\n", sub="html",
             quoted_cs=False),
    ], "Apple-Mail-6B1D2E3F-7A8C-4D9E-B0F1-2A3B4C5D6E7F")),
    rec("registration", "selin.yilmaz@mailbox.example", "Hatice Yılmaz",
        "Frauen- und Familienverein Coerde e.V.", ["AG1"], 1, "de"))

# 027 Formal German cancellation on behalf of an association board (Outlook plain text,
# windows-1252 8bit, "i. A." before a doctor's title and a double surname).
W = date(16, 13, 20, 19)
add("alvarez-cancellation-formal", message(
    hdrs(W, addr("Ricardo Álvarez Peña", "r.alvarez@ccl-muenster.example", "windows-1252"),
         "r.alvarez@ccl-muenster.example",
         hdr("Absage Teilnahme MSO-Tag 13.03.2027 - Centro Cultural Latinoamericano", "windows-1252"),
         "<002b01db8047$7d1e2f90$775a8eb0$@ccl-muenster.example>",
         "smtp.ccl-muenster.example", "203.0.113.45", "4Tr6Pc4vD3z9sW8",
         post=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de"),
               ("Thread-Index", "AduASE4kQWdx8G0yTp6cK5hZrA2b1w==")]),
    text(wrap("""\
Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März 2027 zurückziehen. Wegen einer kurzfristig angesetzten außerordentlichen Mitgliederversammlung am selben Tag ist eine Teilnahme unseres Vorstands nicht möglich.

Wir bedauern dies sehr, bitten um Ihr Verständnis und wünschen Ihnen eine gelungene Veranstaltung. Gern sind wir im nächsten Jahr wieder dabei.

Mit freundlichen Grüßen

i. A. Dr. Ricardo Álvarez Peña
Schriftführer
Centro Cultural Latinoamericano Münster e.V.
""", 76), cs="windows-1252", cte="8bit")),
    rec("cancellation", "r.alvarez@ccl-muenster.example", "Ricardo Álvarez Peña",
        "Centro Cultural Latinoamericano Münster e.V.", [], None, "de"))

# 028 Arabic question: will there be Arabic interpretation? Registration is made conditional on the
# answer, so nobody is registered yet (Gmail web, base64).
W = date(16, 18, 45, 33)
NEW = """\
مرحباً،

قرأت عن يوم منظمات المهاجرين في ١٣ آذار وأرغب بالحضور مع والدتي. سؤالي: هل ستكون هناك ترجمة إلى العربية خلال اليوم، أو على الأقل في مجموعات العمل؟ والدتي لغتها الألمانية ضعيفة، وإذا لم تكن هناك ترجمة فلن تستفيد كثيراً.

إذا كانت هناك ترجمة سنرسل لكم التسجيل مباشرة.

شكراً لكم
ليلى"""
add("hajali-ar-question-translation", message(
    hdrs(W, addr("Layla Haj Ali", "layla.hajali@mailbox.example"), "layla.hajali@mailbox.example",
         hdr("سؤال عن الترجمة"),
         "<CAM9tW4nQz7xK2pL5rV8bJ1cY3hE6sD0gF4aN7iO2uT9mR5wX1e@mail.mailbox.example>",
         "mail-wr1-f45.mailbox.example", "198.51.100.45", "4Tr74h7nRbz9sW9"),
    multipart("alternative", [
        text(NEW + "\n", cte="base64"),
        text(gmail_html(NEW, dir_="rtl"), sub="html", cte="base64"),
    ], "000000000000c9d8e7f6a5b4c3d2")),
    rec("question", "layla.hajali@mailbox.example", "Layla Haj Ali", None, [], None, "ar"))

# 029 German registration for two from a women's group (Gmail web, alternative, QP): first choice
# AG 2, fallback AG 1; group name declined in the text, nominative in the signature.
W = date(17, 10, 15, 7)
NEW = """\
Liebes MSO-Team,

wir vom Internationalen Frauentreff Hiltrup würden gern mit zwei Frauen kommen: Daria Kovalenko und ich.

Am liebsten wären wir in der AG 2, notfalls geht auch AG 1.

Liebe Grüße
Natalia Hoffmann

--
Internationaler Frauentreff Hiltrup
jeden Dienstag 15–17 Uhr im Pfarrheim St. Clemens"""
add("hoffmann-frauentreff-two", message(
    hdrs(W, addr("Natalia Hoffmann", "natalia.hoffmann@mailbox.example"),
         "natalia.hoffmann@mailbox.example", "Anmeldung MSO-Tag",
         "<CAB6rT1vYk3mP8wQ0nZ5cL2xF7dH9sJ4gE1aU6iR3oK8bN0tV5y@mail.mailbox.example>",
         "mail-ed1-f44.mailbox.example", "198.51.100.44", "4Tr7zL1sW6z9sWB"),
    multipart("alternative", [
        text(NEW + "\n"),
        text(gmail_html(NEW), sub="html"),
    ], "000000000000e1f2a3b4c5d6e7f8")),
    rec("registration", "natalia.hoffmann@mailbox.example", "Natalia Hoffmann",
        "Internationaler Frauentreff Hiltrup", ["AG2", "AG1"], 2, "de"))

# 030 "wir sind jetzt zu dritt": party-size change typed on a Samsung phone, top-posted above the
# quoted confirmation (1 person, AG 2); no workgroup stated in the new text.
W = date(17, 15, 0, 41)
CONF = confirmation("Guten Tag Herr Arslan,", 1, AG_LINE[2])
NEW = """\
Hi, kurze Info: wir sind jetzt zu dritt. Meine Frau und mein Schwager wollen auch mit. Geht das klar?

Gruß Kemal



Von meinem Samsung Galaxy Smartphone gesendet."""
QUOTED = f"""\
-------- Ursprüngliche Nachricht --------
Von: {OUR_NAME} <{OUR}>
Datum: 05.02.27 11:40 (GMT+01:00)
An: kemal.arslan@posta.example
Betreff: {CONFIRM_SUBJECT}

{CONF}"""
add("arslan-change-zu-dritt", message(
    hdrs(W, addr("Kemal Arslan", "kemal.arslan@posta.example"), "kemal.arslan@posta.example",
         hdr("AW: " + CONFIRM_SUBJECT), "<l7x2kq9c4v1n8m3b5z0w6t.kemal@email.android.example>",
         "mail-ej1-f53.posta.example", "198.51.100.53", "4Tr8Fb5pT9z9sWC",
         post=[("In-Reply-To", "<confirm-2027-0017@muenster.example>"),
               ("References", "<confirm-2027-0017@muenster.example>"),
               ("Importance", "normal")]),
    multipart("alternative", [
        text(NEW + "\n\n" + QUOTED + "\n", cte="base64"),
        text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div dir="auto">' + html_lines(NEW, "<br>") + "</div><div dir=\"auto\"><br></div>"
             '<div align="left" dir="auto" style="font-size:100%;color:#000000"><div>'
             + html_lines(QUOTED.split("\n\n", 1)[0], "<br>") + "</div><br>"
             + html_lines(CONF, "<br>") + "</div></body></html>\n", sub="html", cte="base64"),
    ], "--_com.samsung.android.email_771022140118020")),
    rec("change", "kemal.arslan@posta.example", "Kemal Arslan", None, [], 3, "de"))

# 031 Short Russian cancellation in windows-1251 base64; signed only with an initial, full name in
# From; no subject prefix, no quote.
W = date(18, 9, 10, 52)
add("weber-ru-cancellation-cp1251", message(
    hdrs(W, addr("Ljudmila Weber", "l.weber@postbox.example"), "l.weber@postbox.example",
         hdr("Отмена регистрации", "windows-1251"),
         "<1771402252.738194026@f512.i.mail.postbox.example>",
         "f512.i.mail.postbox.example", "198.51.100.212", "4Tr8vM2cH7z9sWD",
         post=[("X-Mailer", "Mail.Ru Mailer 1.0")]),
    text("""\
Добрый день.
К сожалению, прийти 13-го не смогу, заболела мама, надо срочно лететь в Караганду. Удалите меня, пожалуйста, из списка, чтобы место не пропадало.
Извините.
Л. Вебер
""", cs="windows-1251", cte="base64")),
    rec("cancellation", "l.weber@postbox.example", "Ljudmila Weber", None, [], None, "ru"))

# 032 Formal Turkish registration for four named persons from a mosque association (Thunderbird,
# ISO-8859-9 QP) above the quoted circular; AG given as "3 numaralı çalışma grubu" plus German title.
W = date(18, 12, 30, 9)
NEW = """\
Sayın Yetkili,

Münster Kinderhaus Camii ve Kültür Derneği olarak 13 Mart 2027 tarihinde düzenlenecek Göçmen Öz Örgütleri Günü'ne 4 kişi ile katılmak istiyoruz.

Katılımcılar:
- Mehmet Öztürk (Dernek Başkanı)
- Yusuf Demir (Başkan Yardımcısı)
- Fatma Demir (Kadın Kolları)
- Ömer Kılıç (Gençlik Kolları)

Tercihimiz 3 numaralı çalışma grubudur (Förderungsmöglichkeiten und effektives Vereinsmanagement).

İlginiz için teşekkür eder, çalışmalarınızda başarılar dileriz.

Saygılarımla,
Mehmet Öztürk
Dernek Başkanı
Münster Kinderhaus Camii ve Kültür Derneği e.V.

08.02.2027 09:14 tarihinde Tag der Migrantenselbstorganisationen yazdı:"""
CIRC_NO_DASH = CIRCULAR.replace("–", "-")  # the Turkish charset has no en dash
add("ozturk-tr-formal-four", message(
    hdrs(W, addr("Mehmet Öztürk", "m.ozturk@kinderhaus-camii.example", "iso-8859-9"),
         "m.ozturk@kinderhaus-camii.example",
         hdr("Re: " + CIRCULAR_SUBJECT, "iso-8859-9", q=True),
         "<3e9b7c2a-1f4d-4a8e-b6c0-5d2e8f1a9b37@kinderhaus-camii.example>",
         "smtp.webhoster.example", "203.0.113.77", "4Tr9DX4rJ2z9sWF",
         post=[*reply_to_circular(), ("User-Agent", "Mozilla Thunderbird"),
               ("Content-Language", "tr")]),
    text(wrap(NEW, 72) + "\n" + quote(CIRC_NO_DASH) + "\n", cs="ISO-8859-9", quoted_cs=False)),
    rec("registration", "m.ozturk@kinderhaus-camii.example", "Mehmet Öztürk",
        "Münster Kinderhaus Camii ve Kültür Derneği e.V.", ["AG3"], 4, "tr"))

# 033 English question about lunch (halal/vegetarian) and whether individuals may attend, written
# "before I sign up": a question, not a registration. Plain ASCII, 7bit.
W = date(18, 16, 40, 28)
add("farouk-en-question-food", message(
    hdrs(W, addr("Omar Farouk", "omar.farouk@securemail.example"), "omar.farouk@securemail.example",
         "Question about lunch / who can attend",
         "<xK2pQ7vN1mR4tZ8wB3cL6yF0dH5sJ9gE2aU7iT4oP1nV8bM3q=@securemail.example>",
         "mail-4322.securemail.example", "192.0.2.43", "4Tr9Sg0kW5z9sWG"),
    text("""\
Hi,

Quick question before I sign up for the 13th of March: will there be lunch, and if yes, is it halal or at least vegetarian? I saw "Mittagsimbiss" in the invitation but wasn't sure what that means exactly.

Also, do I need to be part of an organisation to attend or can I come as an individual?

Thanks,
Omar
""", cte="7bit")),
    rec("question", "omar.farouk@securemail.example", "Omar Farouk", None, [], None, "en"))

# 034 Ticket-system receipt (OTRS/Znuny style, Auto-Submitted, X-Loop) answering one of our
# confirmations sent to a counselling centre's shared address.
W = date(19, 8, 30, 4)
add("ticket-eingangsbestaetigung", message(
    hdrs(W, addr("Beratungszentrum Integration Münster-Süd", "beratung@biz-muenster-sued.example"),
         "beratung@biz-muenster-sued.example",
         hdr("[Ticket#2027021910000417] Eingangsbestätigung: " + CONFIRM_SUBJECT),
         "<1771486204.816003.771239508.2027021910000417@biz-muenster-sued.example>",
         "helpdesk.biz-muenster-sued.example", "203.0.113.170", "4TrB1s8vN0z9sWH",
         post=[("In-Reply-To", "<confirm-2027-0112@muenster.example>"),
               ("References", "<confirm-2027-0112@muenster.example>"),
               ("Auto-Submitted", "auto-replied"),
               ("Precedence", "bulk"),
               ("X-Loop", "beratung@biz-muenster-sued.example"),
               ("X-Mailer", "Znuny Mail Service"),
               ("X-Powered-By", "Znuny")]),
    text("""\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Ticketnummer
2027021910000417 erfasst und melden uns innerhalb von drei Werktagen bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Wenn Sie uns
weitere Informationen schicken möchten, behalten Sie bitte die Ticketnummer im
Betreff bei.

Ihr Team vom Beratungszentrum Integration Münster-Süd
""", cte="8bit")),
    rec("auto_reply"))

# 035 Ukrainian change from AG 2 to AG 1 answered inline, between the quoted lines of the German
# confirmation (K-9 Mail, now from her private address).
W = date(19, 11, 0, 13)
CONF = confirmation("Guten Tag Frau Melnyk,", 1, AG_LINE[2]).split("\n")
INLINE = ("Добрий день ще раз!\n\n"
          "10 лютого 2027 р. 10:02:11 CET, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> "
          "написав(ла):\n"
          + quote("\n".join(CONF[:8])) + "\n\n"
          "Чи можна змінити мою групу на AG 1 (освіта)? Інша членкиня нашої громади вже записалася в AG 2, "
          "а в нас дуже багато питань саме про школи – діти вчаться у Willkommensklassen.\n\n"
          + quote("\n".join(CONF[9:10])) + "\n\n"
          "Дякую!\nОксана\n")
add("melnyk-uk-change-inline", message(
    hdrs(W, addr("Oksana Melnyk", "melnyk.oksana@webpost.example"), "melnyk.oksana@webpost.example",
         hdr("Re: " + CONFIRM_SUBJECT),
         "<2F8D4B6A-91C3-4E7F-A05B-C6E1D3F9A874@webpost.example>",
         "mail.webpost.example", "192.0.2.88", "4TrBLq3mF6z9sWJ",
         post=[("In-Reply-To", "<confirm-2027-0066@muenster.example>"),
               ("References", "<confirm-2027-0066@muenster.example>"),
               ("User-Agent", "K-9 Mail for Android")]),
    text(INLINE)),
    rec("change", "melnyk.oksana@webpost.example", "Oksana Melnyk", None, ["AG1"], None, "uk"))

# 036 German registration that relies on an attached PDF form (last year's form, RFC 2231 filename
# with umlaut) but sums it up in the text: two persons, AG 2 (Outlook.com, mixed/alternative, QP).
W = date(19, 14, 15, 38)
NEW = """\
Sehr geehrte Damen und Herren,

anbei sende ich Ihnen unser Anmeldeformular. Ich habe das Formular vom letzten Jahr genommen, ich hoffe, das ist in Ordnung.

Kurz zusammengefasst: Wir kommen mit zwei Personen von der Eritreischen Gemeinde Münster e.V. (Saba Haile und ich) und möchten gerne in die Arbeitsgruppe 2.

Mit freundlichen Grüßen
Yonas Tekle
Eritreische Gemeinde Münster e.V."""
add("tekle-pdf-form", message(
    hdrs(W, addr("Yonas Tekle", "yonas.tekle@outlookmail.example"), "yonas.tekle@outlookmail.example",
         hdr("Anmeldung MSO-Tag 2027 – Eritreische Gemeinde"),
         "<AS8P250MB0791E4A2C6B8D0F1A3C5E7B9D1F3A5C7@AS8P250MB0791.EURP250.prod.outlook.example>",
         "mail-am7eur03olkn2081.outbound.protection.outlook.example", "198.51.100.81",
         "4TrBg92xK1z9sWK",
         post=[("Thread-Topic", "Anmeldung MSO-Tag 2027"),
               ("Thread-Index", "AQHbgt9kP3w6xRmZ0E2vJ5sYbN1uHA=="),
               ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
               ("X-MS-Has-Attach", "yes"),
               ("msip_labels", "")]),
    multipart("mixed", [
        multipart("alternative", [
            text(NEW + "\n", cs="utf-8"),
            text('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
                 '</style>\n</head>\n<body dir="ltr">\n'
                 + "".join('<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                           + (esc(l) if l else "<br>") + "</div>\n" for l in NEW.split("\n"))
                 + "</body>\n</html>\n", sub="html"),
        ], "_000_AS8P250MB0791E4A2C6B8D0F1A3C5E7B9D1F3A5C7AS8P250MB0791EURP_"),
        attachment(fake_pdf("Anmeldeformular Tag der MSO - Eritreische Gemeinde Muenster e.V."),
                   "application/pdf", "Anmeldeformular_MSO-Tag_ausgefüllt.pdf"),
    ], "_004_AS8P250MB0791E4A2C6B8D0F1A3C5E7B9D1F3A5C7AS8P250MB0791EURP_")),
    rec("registration", "yonas.tekle@outlookmail.example", "Yonas Tekle",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 2, "de"))

# 037 Casual English cancellation late on a Friday evening (Fastmail-like, alternative, QP).
W = date(19, 22, 5, 57)
NEW = """\
Hi all,

So sorry – I have to drop out for the 13th. My shift at the hospital got moved and I couldn't find anyone to swap with. Please take me off the list and give my spot to someone else!

Hopefully next year.

Cheers,
Priya"""
add("raman-en-cancellation-casual", message(
    hdrs(W, addr("Priya Raman", "priya@quickmail.example"), "priya@quickmail.example",
         "Can't make it on 13 March :(", "<6b1f0e2c-3a7d-4c95-8e24-f1d09a7b5c38@app.quickmail.example>",
         "out2-smtp.quickmail.example", "198.51.100.66", "4TrC3R6hB4z9sWL",
         post=[("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1008-g3b2c4e7b1-fm-20270211.001"),
               ("X-Me-Sender", "<xms:Bq9rZ1mH0aJk3WcX>")]),
    multipart("alternative", [
        text(NEW + "\n"),
        text("<!DOCTYPE html><html><head><title></title></head><body>"
             + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in NEW.split("\n"))
             + "</body></html>\n", sub="html"),
    ], "d1e2c7a9b0f84c3e8a5b6d7e9f102a3b")),
    rec("cancellation", "priya@quickmail.example", "Priya Raman", None, [], None, "en"))

# 038 Long, rambling German mail of an elderly man (ISO-8859-1 8bit): workgroup only as "das Thema
# Schule", AG 3's topic mentioned and dismissed, a former association explicitly not represented.
W = date(20, 10, 30, 46)
add("ferreira-rambling-latin1", message(
    hdrs(W, addr("Manuel Ferreira", "manuel.ferreira@t-netz.example", "iso-8859-1"),
         "manuel.ferreira@t-netz.example", "Einladung Tag der Migranten 13. Maerz",
         "<1771579846123.4711.tnetz-webmail@t-netz.example>",
         "mailout06.t-netz.example", "198.51.100.6", "4TrCsD0pQ8z9sWM",
         post=[("X-Mailer", "t-netz eMail 6.19"), ("X-Priority", "3")]),
    text(wrap("""\
Sehr geehrte Damen und Herren!

Ich habe Ihre Einladung über meinen Nachbarn Herrn Çelik bekommen, der sie mir ausgedruckt hat, weil ich selbst nicht so oft in den Computer schaue.

Ich bin 1971 als junger Mann aus Portugal nach Münster gekommen und war viele Jahre im Vorstand vom Portugiesischen Kulturverein, aber das ist lange her. Heute bin ich Rentner und komme als Privatmann. Trotzdem interessiert mich das alles immer noch sehr.

Am meisten interessiert mich das Thema Schule. Meine Enkelkinder gehen hier zur Schule und ich sehe, dass die Kinder aus Migrantenfamilien es immer noch schwerer haben als die anderen, genau wie damals bei meinen eigenen Kindern. Das mit der Förderung für Vereine ist bestimmt auch wichtig, aber davon verstehe ich heute nicht mehr so viel.

Ich komme allein. Bitte schreiben Sie mir, ob das geklappt hat.

Mit freundlichen Grüßen
Manuel Ferreira
Münster-Mecklenbeck
""", 76), cs="iso-8859-1", cte="8bit")),
    rec("registration", "manuel.ferreira@t-netz.example", "Manuel Ferreira", None, ["AG1"], 1, "de"))

# 039 Registration sent from an association's shared mailbox whose From is the association; the
# Reply-To header (not mentioned in the text) carries the writer's private address. Form-like
# lines; AG 2 with fallback "gerne AG 3" (Thunderbird, UTF-8 QP).
W = date(21, 11, 45, 0)
add("nguyen-shared-mailbox-reply-to", message(
    hdrs(W, addr("Vietnamesische Gemeinschaft Münster e.V.", "info@vn-gemeinschaft-ms.example"),
         "info@vn-gemeinschaft-ms.example", "Anmeldung MSO-Tag 13.03.2027",
         "<b05c8e3f-2d71-4a96-9f4e-8c1a7d3b6e20@vn-gemeinschaft-ms.example>",
         "smtp.webhoster.example", "203.0.113.78", "4TrDBk5wR3z9sWN",
         post=[("Reply-To", addr("Thanh Huong Nguyen", "huong.nguyen@mailbox.example")),
               ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
    text(wrap("""\
Guten Tag,

hiermit melde ich mich für die Vietnamesische Gemeinschaft Münster e.V. zum MSO-Tag am 13. März an.

Wunsch: AG 2, wenn dort kein Platz mehr ist, gerne AG 3
Personen: 1

Mit freundlichen Grüßen
Thanh Huong Nguyen
2. Vorsitzende
Vietnamesische Gemeinschaft Münster e.V.
""", flowed=True), cs="UTF-8", quoted_cs=False, params="; format=flowed")),
    rec("registration", "huong.nguyen@mailbox.example", "Thanh Huong Nguyen",
        "Vietnamesische Gemeinschaft Münster e.V.", ["AG2", "AG3"], 1, "de"))

# 040 Phone-typed lower-case German registration for two from Outlook for Android (alternative, QP):
# "AG3" without space, organisation in lower case, party given as "2 personen".
W = date(21, 20, 30, 15)
NEW = """\
hallo
ich möchte mich anmelden für den 13.3 , AG3 bitte
bin von ezidischer frauenverein münster , wir sind 2 personen (ich und meine schwester dilan)
danke
nesrin şahin

Von Outlook für Android gesendet"""
add("sahin-phone-lowercase", message(
    hdrs(W, addr("Nesrin Şahin", "nesrin.sahin@posta.example"), "nesrin.sahin@posta.example",
         "anmeldung",
         "<DB9PR08MB6588A1C3E5F7B9D2E4A6C8B0F2D4E6A8@DB9PR08MB6588.eurprd08.prod.outlook.example>",
         "mail-vi1eur04olkn2050.outbound.protection.outlook.example", "198.51.100.50",
         "4TrDzN8cT7z9sWP",
         post=[("Accept-Language", "de-DE, tr-TR"), ("Content-Language", "de-DE"),
               ("X-MS-Has-Attach", "")]),
    multipart("alternative", [
        text(NEW + "\n"),
        text('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '</head>\n<body>\n<div dir="auto">' + html_lines(NEW.rsplit("\n\n", 1)[0], "<br>")
             + '</div>\n<div dir="auto"><br></div>\n<div class="ms-outlook-mobile-signature">'
             + esc(NEW.rsplit("\n\n", 1)[1]) + "</div>\n</body>\n</html>\n", sub="html"),
    ], "_000_DB9PR08MB6588A1C3E5F7B9D2E4A6C8B0F2D4E6A8DB9PR08MB6588eurp_")),
    rec("registration", "nesrin.sahin@posta.example", "Nesrin Şahin", "Ezidischer Frauenverein Münster",
        ["AG3"], 2, "de"))


# ===========================================================================
# validation, writing, checking
# ===========================================================================

EXAMPLE_TLDS = ("example", "example.org", "example.com", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)")


def example_host(host):
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return any(host == t or host.endswith("." + t) for t in EXAMPLE_TLDS)


def check_record(name, r):
    errors = []
    if set(r) != set(KEYS):
        errors.append(f"{name}: keys {sorted(r)}")
        return errors
    k = r["kind"]
    if k not in KINDS:
        errors.append(f"{name}: bad kind {k!r}")
    if not isinstance(r["workgroups"], list) or any(w not in AGS for w in r["workgroups"]) \
            or len(set(r["workgroups"])) != len(r["workgroups"]):
        errors.append(f"{name}: bad workgroups {r['workgroups']!r}")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not (isinstance(r["email"], str) and r["email"] == r["email"].lower()
                and "@" in r["email"] and example_host(r["email"].split("@")[1])):
            errors.append(f"{name}: bad email {r['email']!r}")
        if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2}", r["language"])):
            errors.append(f"{name}: bad language {r['language']!r}")
        if not isinstance(r["name"], str) or not r["name"].strip():
            errors.append(f"{name}: no name")
    else:
        for f in ("email", "name", "organisation", "party_size", "language"):
            if r[f] is not None:
                errors.append(f"{name}: {f} must be null for {k}")
        if r["workgroups"]:
            errors.append(f"{name}: workgroups must be [] for {k}")
    if k == "registration":
        if not (isinstance(r["party_size"], int) and r["party_size"] >= 1):
            errors.append(f"{name}: bad party_size {r['party_size']!r}")
    elif k == "change":
        if r["party_size"] is not None and not (isinstance(r["party_size"], int) and r["party_size"] >= 1):
            errors.append(f"{name}: bad party_size {r['party_size']!r}")
    elif r["party_size"] is not None:
        errors.append(f"{name}: party_size must be null for {k}")
    if k in ("cancellation", "question") and r["workgroups"]:
        errors.append(f"{name}: workgroups must be [] for {k}")
    if k == "bounce":
        b = r["bounced_recipient"]
        if not (isinstance(b, str) and b == b.lower() and "@" in b):
            errors.append(f"{name}: bad bounced_recipient {b!r}")
    elif r["bounced_recipient"] is not None:
        errors.append(f"{name}: bounced_recipient must be null for {k}")
    for f in ("name", "organisation"):
        if isinstance(r[f], str) and r[f] != r[f].strip():
            errors.append(f"{name}: {f} has outer whitespace")
    return errors


def check_mail(name, raw):
    errors = []
    # line ends and lengths
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        errors.append(f"{name}: not pure CRLF")
    for i, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            errors.append(f"{name}: line {i} has {len(line)} octets")
    head = raw.split(b"\r\n\r\n", 1)[0]
    if not head.isascii():
        errors.append(f"{name}: non-ASCII header bytes")
    msg = message_from_bytes(raw, policy=policy.default)
    texts = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        part.get_payload(decode=True) if not part.is_multipart() else None
        if part.defects:
            errors.append(f"{name}: defects {part.defects} in {part.get_content_type()}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            data = part.get_payload(decode=True)
            try:
                texts.append(data.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                errors.append(f"{name}: {part.get_content_type()} does not decode as {cs}: {e}")
            if part.get("Content-Transfer-Encoding", "7bit").lower() == "7bit" and not \
                    part.get_payload(decode=False).isascii():
                errors.append(f"{name}: 7bit part is not ASCII")
            if part.defects:
                errors.append(f"{name}: defects after decoding {part.defects}")
        for k, v in part.items():
            texts.append(str(v))
    for t in texts:
        for host in ADDR_RE.findall(t):
            if not example_host(host):
                errors.append(f"{name}: non-example address domain {host}")
        for host in URL_RE.findall(t):
            if not example_host(host):
                errors.append(f"{name}: non-example URL host {host}")
    if msg["Date"] is None or msg["Message-ID"] is None or msg["From"] is None:
        errors.append(f"{name}: Date, Message-ID or From missing")
    return errors, msg


def build():
    files, expected = {}, {}
    for i, (slug, raw, r) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = raw
        expected[name] = r
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, expected, exp_text


def validate(files, expected):
    errors = []
    last = None
    slugs = [n[4:] for n in files]
    if len(set(slugs)) != len(slugs):
        errors.append("duplicate slugs")
    for name, raw in files.items():
        errs, msg = check_mail(name, raw)
        errors += errs
        errors += check_record(name, expected[name])
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.tzinfo is None:
            errors.append(f"{name}: Date without zone")
        elif last is not None and d <= last:
            errors.append(f"{name}: Date {d} does not rise")
        last = d
    return errors


def stats(expected):
    kinds, langs = {}, {}
    for r in expected.values():
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        if r["language"]:
            langs[r["language"]] = langs.get(r["language"], 0) + 1
    print(f"mails: {len(expected)}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS if k in kinds))
    print("languages (person mails): " + ", ".join(
        f"{k}={v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))


def main(argv):
    files, expected, exp_text = build()
    errors = validate(files, expected)
    if errors:
        print("\n".join(errors))
        print(f"validation FAILED ({len(errors)} problems)")
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        diff = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        diff += [f"missing {n}" for n in sorted(set(files) - on_disk)]
        diff += [f"extra {n}" for n in sorted(on_disk - set(files))]
        for n in sorted(set(files) & on_disk):
            if (mails_dir / n).read_bytes() != files[n]:
                diff.append(f"differs {n}")
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            diff.append("differs expected.json")
        if diff:
            print("\n".join(diff))
            print("check FAILED")
            return 1
        print(f"check ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (mails_dir / n).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    again = {n: (mails_dir / n).read_bytes() for n in files}
    errors = validate(again, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        print("\n".join(errors))
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
