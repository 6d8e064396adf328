#!/usr/bin/env python3
"""Evaluation mail set "final7d": Fachtag Elternarbeit und Bildung 2027 (W1-W4).

    python3 make_mails.py            write mails/ and expected.json, then validate them
    python3 make_mails.py --check    change nothing; fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.  Every mail text
is in this file; the comment line above each mail says what it tests.
"""

import base64
import email
import email.policy
import hashlib
import json
import quopri
import re
import struct
import sys
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "fachtag-eltern@muenster.example"
REG_FULL = "Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>"
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKSHOPS = ("W1", "W2", "W3", "W4")
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "ro", "bg", "it", "el", "vi"}

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def hval(value, cs="utf-8", name="Subject"):
    """A header value; RFC 2047 encoded words when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, header_name=name).encode(linesep="\r\n")


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=cs)


def encode_body(text, cs, cte):
    data = crlf(text).encode(cs)  # strict: a character outside cs is a bug here
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        raw = data.replace(b"\r\n", b"\n")
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes, CRLF line ends

    def bytes(self):
        head = "".join(f"{k}: {v}\r\n" for k, v in self.headers)
        return head.encode("ascii") + b"\r\n" + self.body


def text(content, sub="plain", cs="utf-8", cte="quoted-printable", params="", disp=None):
    headers = [("Content-Type", f"text/{sub}; charset=\"{cs}\"{params}"),
               ("Content-Transfer-Encoding", cte)]
    if disp:
        headers.append(("Content-Disposition", disp))
    return Part(headers, encode_body(content, cs, cte))


def html(content, cs="utf-8", cte="quoted-printable"):
    return text(content, sub="html", cs=cs, cte=cte)


def multi(sub, *parts, boundary=None, params=""):
    if boundary is None:
        h = hashlib.sha1(b"".join(p.bytes() for p in parts) + sub.encode()).hexdigest()
        boundary = "=_b" + h[:28]
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f"multipart/{sub};{params} boundary=\"{boundary}\"")], body)


def attachment(data, ctype, filename, inline=False, cid=None, cs=None):
    disp = "inline" if inline else "attachment"
    ct = ctype + (f"; charset=\"{cs}\"" if cs else "") + f"; name=\"{filename}\""
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", "base64"),
               ("Content-Disposition", f"{disp}; filename=\"{filename}\"")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def rfc822(raw):
    return Part([("Content-Type", "message/rfc822"),
                 ("Content-Disposition", "attachment")], raw)


def raw_part(ctype, body, cte=None):
    headers = [("Content-Type", ctype)]
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, crlf(body).encode("ascii"))


BERLIN_DST = (datetime(2027, 3, 28, 1, 0, tzinfo=timezone.utc),
              datetime(2027, 10, 31, 1, 0, tzinfo=timezone.utc))


def D(stamp, offset=None):
    """'2027-02-22 09:14:03' in Berlin local time (or at the given UTC offset in hours)."""
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    if offset is None:
        offset = 1
        utc_guess = naive - timedelta(hours=1)
        if BERLIN_DST[0] <= utc_guess.replace(tzinfo=timezone.utc) < BERLIN_DST[1]:
            offset = 2
    return format_datetime(naive.replace(tzinfo=timezone(timedelta(hours=offset))))


def message(headers, part):
    """A whole message: top headers, then the body part's own headers and body."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += "MIME-Version: 1.0\r\n"
    return head.encode("ascii") + Part(part.headers, part.body).bytes()


def quote(body, prefix="> "):
    out = []
    for line in body.split("\n"):
        out.append(prefix.rstrip() if not line.strip() else prefix + line)
    return "\n".join(out)


def flowed(body, width=72):
    """format=flowed (RFC 3676): long lines wrapped with a trailing space on soft breaks."""
    out = []
    for line in body.split("\n"):
        if len(line) <= 78 or line.startswith(">"):
            out.append(line)
            continue
        words, cur = line.split(" "), ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def outlook_html(body, cs="windows-1252", lang="DE"):
    """Roughly what Outlook desktop writes for a plain-looking mail."""
    paras = []
    for line in body.split("\n"):
        if line.strip():
            paras.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
        else:
            paras.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"urn:schemas-microsoft-com:office:2004:12:omml\">"
        f"<head><meta http-equiv=Content-Type content=\"text/html; charset={cs}\">\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
        "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
        "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n"
        "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style></head>\n"
        f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
        "<div class=WordSection1>\n" + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def gmail_html(body, rtl=False):
    lines = []
    for line in body.split("\n"):
        lines.append(esc(line) if line.strip() else "")
    inner = "<br>".join(lines)
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return f"<div{d}>{inner}</div>\n"


def tiny_png(r, g, b, w=24, h=8):
    """A small solid-colour PNG, built deterministically."""
    raw = b"".join(b"\x00" + bytes([r, g, b]) * w for _ in range(h))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    body = f"BT /F1 12 Tf 72 720 Td ({title}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


# ---------------------------------------------------------------------------
# what our side sent (quoted in replies)
# ---------------------------------------------------------------------------

INVITATION_ID = "<20270222080211.5E3A1C2F@mail.muenster.example>"
INVITATION_SUBJECT = "Einladung: Fachtag Elternarbeit und Bildung 2027 am 8. Mai"
INVITATION = """\
Sehr geehrte Damen und Herren,
liebe Eltern und Engagierte in der Elternarbeit,

das Amt für Schule und Weiterbildung der Stadt Münster lädt Sie herzlich ein zum

    Fachtag Elternarbeit und Bildung 2027
    „Gemeinsam stark – Eltern als Bildungspartner“

    Samstag, 8. Mai 2027, 9:30 bis 15:30 Uhr
    Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster

Nach einem Impulsvortrag am Vormittag arbeiten wir am Nachmittag in vier
parallelen Workshops:

  Workshop 1: Gut ankommen in Kita und Grundschule
  Workshop 2: Übergang Schule–Beruf: Eltern als Begleiter
  Workshop 3: Mehrsprachigkeit in der Familie
  Workshop 4: Elternvereine gründen und stärken

Die Teilnahme ist kostenlos. Eine Kinderbetreuung wird angeboten. Dolmetschen
(u. a. Arabisch, Türkisch, Russisch, Ukrainisch) ist nach Absprache möglich.

Bitte melden Sie sich bis zum 23. April 2027 per E-Mail an
fachtag-eltern@muenster.example an. Nennen Sie uns dabei bitte Ihren Namen,
ggf. Ihre Organisation, die Zahl der Personen und Ihren Wunsch-Workshop
(gern auch einen Zweitwunsch).

Wir freuen uns auf Sie!

Ihr Team des Fachtags Elternarbeit und Bildung
Amt für Schule und Weiterbildung der Stadt Münster
Klemensstraße 10, 48143 Münster"""

WS_TITLE = {
    "W1": "Workshop 1 – Gut ankommen in Kita und Grundschule",
    "W2": "Workshop 2 – Übergang Schule–Beruf: Eltern als Begleiter",
    "W3": "Workshop 3 – Mehrsprachigkeit in der Familie",
    "W4": "Workshop 4 – Elternvereine gründen und stärken",
}


def confirmation(name, org, ws, persons):
    lines = [f"Guten Tag {name},", "",
             "vielen Dank für Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027.",
             "Wir haben folgende Angaben gespeichert:", "",
             f"  Name:         {name}"]
    if org:
        lines.append(f"  Organisation: {org}")
    lines.append(f"  Workshop:     {WS_TITLE[ws]}")
    lines.append(f"  Personen:     {persons}")
    lines += ["",
              "Samstag, 8. Mai 2027, 9:30 bis 15:30 Uhr",
              "Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster",
              "",
              "Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese E-Mail.",
              "",
              "Mit freundlichen Grüßen",
              "Ihr Team des Fachtags Elternarbeit und Bildung",
              "Amt für Schule und Weiterbildung der Stadt Münster"]
    return "\n".join(lines)


REMINDER_SUBJECT = "Erinnerung: Anmeldung zum Fachtag Elternarbeit und Bildung noch bis 23. April"
REMINDER_ID = "<20270322070500.2C81F0AA@mail.muenster.example>"
REMINDER = """\
Sehr geehrte Damen und Herren,

für den Fachtag Elternarbeit und Bildung am Samstag, 8. Mai 2027, im
Bürgerhaus Kinderhaus sind noch Plätze frei – vor allem in Workshop 1 und
Workshop 4. Anmeldungen nehmen wir bis zum 23. April 2027 unter
fachtag-eltern@muenster.example entgegen.

Mit freundlichen Grüßen
Ihr Team des Fachtags Elternarbeit und Bildung
Amt für Schule und Weiterbildung der Stadt Münster"""


def conf_id(n):
    return f"<fachtag2027.bestaetigung.{n:04d}@muenster.example>"


# ---------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------

MAILS = []  # (filename, bytes, expected record)


def exp(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(filename, expected, headers, part):
    MAILS.append((filename, message(headers, part), expected))


# 001 — parents' association chair, top-posted Thunderbird reply quoting the whole invitation
# (all four workshops in the quote); organisation in a sentence ("Wir vom Elternverein der …")
# and in the signature; party size as a phrase ("zu dritt" + three names); workshop by alias.
T001 = """\
Liebes Team vom Schulamt,

vielen Dank für die Einladung! Wir vom Elternverein der Mathilde-Anneke-Gesamtschule kommen gerne, und zwar zu dritt: ich, unsere Kassiererin Frau Brinkhaus und Herr Okafor aus dem Beirat.

Interessant ist für uns vor allem der Workshop zu Elternvereinen. Einen Verein haben wir zwar schon seit 2011, aber der Nachwuchs im Vorstand bereitet uns Kopfschmerzen, und vielleicht gibt es da ja Ideen von anderen.

Herzliche Grüße
Sabine Wördemann

--
Sabine Wördemann
1. Vorsitzende
Elternverein der Mathilde-Anneke-Gesamtschule e.V.

Am 22.02.2027 um 09:02 schrieb Fachtag Elternarbeit und Bildung:
""" + quote(INVITATION)
add("001-woerdemann-elternverein-reply-invitation.eml",
    exp("registration", "s.woerdemann@web.example", "Sabine Wördemann",
        "Elternverein der Mathilde-Anneke-Gesamtschule e.V.", ["W4"], 3, "de"),
    [("Message-ID", "<7d1f0c22-5a1e-4b7e-9c7f-1b2e3f4a5b6c@web.example>"),
     ("Date", D("2027-02-22 11:47:30")),
     ("From", addr("Sabine Wördemann", "s.woerdemann@web.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: " + INVITATION_SUBJECT)),
     ("In-Reply-To", INVITATION_ID), ("References", INVITATION_ID),
     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
     ("Content-Language", "de-DE")],
    text(flowed(T001), params="; format=flowed", cte="quoted-printable"))

# 002 — out-of-office answer to the invitation mailing (Auto-Submitted header, Outlook
# multipart/alternative); names a deputy's address, registers nobody.
T002 = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. März 2027 nicht im Haus. Ihre E-Mail wird in dieser Zeit nicht gelesen und nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Stellvertretung, Frau Kuhlmann (kuhlmann@kita-wichtelhaus.example, Tel. 0251 3998-21).

Mit freundlichen Grüßen
Birgit Schulte-Lanfer
Leitung Kita Wichtelhaus"""
add("002-outofoffice-kita-wichtelhaus.eml",
    exp("auto_reply"),
    [("Message-ID", "<d2c0a1b3e4f54a6b8c9d0e1f2a3b4c5d@EX01.kita-wichtelhaus.example>"),
     ("Date", D("2027-02-22 12:03:11")),
     ("From", addr("Schulte-Lanfer, Birgit", "b.schulte-lanfer@kita-wichtelhaus.example")),
     ("To", REG_FULL),
     ("Subject", hval("Automatische Antwort: " + INVITATION_SUBJECT)),
     ("In-Reply-To", INVITATION_ID),
     ("Auto-Submitted", "auto-replied"),
     ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "b.schulte-lanfer@kita-wichtelhaus.example"),
     ("Thread-Topic", hval(INVITATION_SUBJECT)),
     ("Content-Language", "de-DE")],
    multi("alternative", text(T002, cs="windows-1252"),
          html(outlook_html(T002), cs="windows-1252"),
          boundary="_000_d2c0a1b3e4f54a6b8c9d0e1f2a3b4c5dEX01kitawichtelhaus_"))

# 003 — Turkish, typed on an iPhone; organisation in Turkish; first and second choice by
# ordinal ("3. workshop", "1. workshop") with German alias in brackets; asks about an
# interpreter too (still a registration); windows-1254, 8bit.
T003 = """\
Merhaba,

Münster Türk Veliler Birliği adına Fachtag'a katılmak istiyoruz. 2 kişi olacağız, ben ve derneğimizin sekreteri Ayşe hanım.
Birinci tercihimiz 3. workshop (çok dillilik / Mehrsprachigkeit), o dolu olursa 1. workshop (Kita ve ilkokul) da olur.

Almancamız çok iyi değil, Türkçe tercüman olacak mı acaba?

Saygılarımla
Emine Kara
Münster Türk Veliler Birliği
Yönetim Kurulu Üyesi

iPhone'umdan gönderildi"""
add("003-kara-tuerkisch-iphone.eml",
    exp("registration", "eminekara78@hotmail.example", "Emine Kara",
        "Münster Türk Veliler Birliği", ["W3", "W1"], 2, "tr"),
    [("Message-ID", "<A3F2C1B0-77D4-4E0B-9B1A-2C3D4E5F6071@hotmail.example>"),
     ("Date", D("2027-02-23 18:22:45")),
     ("From", addr("Emine Kara", "eminekara78@hotmail.example")),
     ("To", REG),
     ("Subject", hval("Fachtag kayıt / Anmeldung", "windows-1254")),
     ("X-Mailer", "iPhone Mail (21D61)")],
    text(T003, cs="windows-1254", cte="8bit"))

# 004 — Postfix DSN (multipart/report) for the invitation mailing: one list address unknown.
T004 = """\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<elternbeirat@kita-pusteblume.example>: host mx.kita-pusteblume.example[192.0.2.44]
    said: 550 5.1.1 <elternbeirat@kita-pusteblume.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""
DSN004 = """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 5E3A1C2F
X-Postfix-Sender: rfc822; fachtag-eltern@muenster.example
Arrival-Date: Mon, 22 Feb 2027 09:02:11 +0100

Final-Recipient: rfc822; elternbeirat@kita-pusteblume.example
Original-Recipient: rfc822;elternbeirat@kita-pusteblume.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kita-pusteblume.example
Diagnostic-Code: smtp; 550 5.1.1 <elternbeirat@kita-pusteblume.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
HDR004 = """\
Return-Path: <fachtag-eltern@muenster.example>
Received: by mail.muenster.example (Postfix, from userid 1001)
	id 5E3A1C2F; Mon, 22 Feb 2027 09:02:11 +0100 (CET)
Message-ID: <20270222080211.5E3A1C2F@mail.muenster.example>
Date: Mon, 22 Feb 2027 09:02:11 +0100
From: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
To: elternbeirat@kita-pusteblume.example
Subject: Einladung: Fachtag Elternarbeit und Bildung 2027 am 8. Mai
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
"""
add("004-bounce-dsn-kita-pusteblume.eml",
    exp("bounce", bounced="elternbeirat@kita-pusteblume.example"),
    [("Return-Path", "<>"),
     ("Message-ID", "<20270223180513.9B0D14A2@mail.muenster.example>"),
     ("Date", D("2027-02-23 19:05:13")),
     ("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
     ("To", REG),
     ("Subject", "Undelivered Mail Returned to Sender"),
     ("Auto-Submitted", "auto-replied")],
    multi("report",
          Part([("Content-Description", "Notification"),
                ("Content-Type", "text/plain; charset=us-ascii")], crlf(T004 + "\n").encode()),
          Part([("Content-Description", "Delivery report"),
                ("Content-Type", "message/delivery-status")], crlf(DSN004).encode()),
          Part([("Content-Description", "Undelivered Message Headers"),
                ("Content-Type", "text/rfc822-headers")], crlf(HDR004).encode()),
          params=" report-type=delivery-status;", boundary="9B0D14A2.1803483913/mail.muenster.example"))

# 005 — daycare centre head, Outlook HTML-only (windows-1252, QP), display name "Last, First";
# "Kita" is in the organisation's name AND is an alias of W1; first/second wish by number;
# party = writer + two named colleagues; long signature naming the provider (Träger).
T005 = """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich und zwei Kolleginnen aus unserem Team (Frau Yilmaz und Frau Berger) zum Fachtag Elternarbeit und Bildung am 08.05.2027 an.

Unser Erstwunsch wäre Workshop 1 „Gut ankommen in Kita und Grundschule“, als Zweitwunsch Workshop 3.

Vielen Dank und freundliche Grüße

Martina Hölscher-Beckmann
Leitung

Ev. Kita Regenbogen
Dechaneistraße 12 | 48145 Münster
Tel. 0251 / 13 57 24 | Fax 0251 / 13 57 25
www.ev-kita-regenbogen.example

Träger: Ev. Lukas-Kirchengemeinde Münster, vertreten durch das Presbyterium

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."""
add("005-hoelscher-beckmann-kita-outlook-html-only.eml",
    exp("registration", "m.hoelscher-beckmann@ev-kita-regenbogen.example", "Martina Hölscher-Beckmann",
        "Ev. Kita Regenbogen", ["W1", "W3"], 3, "de"),
    [("Message-ID", "<AM0PR10MB2963C1D7E5F4A3B2C1D0E9F8A7B6C5D4@AM0PR10MB2963.EURPRD10.PROD.OUTLOOK.example>"),
     ("Date", D("2027-02-24 10:16:02")),
     ("From", addr("Hölscher-Beckmann, Martina", "m.hoelscher-beckmann@ev-kita-regenbogen.example", "iso-8859-1")),
     ("To", hval("Fachtag Elternarbeit und Bildung", name="To") + " <" + REG + ">"),
     ("Subject", hval("Anmeldung Fachtag 08.05. - Kita Regenbogen")),
     ("Thread-Topic", hval("Anmeldung Fachtag 08.05. - Kita Regenbogen")),
     ("Thread-Index", "AQHbZ3c9r2VxLm0YQk6wH1t6Fv7Ukg=="),
     ("Content-Language", "de-DE"),
     ("X-MS-Has-Attach", ""),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    html(outlook_html(T005), cs="windows-1252"))

# 006 — a question (interpreters, costs) sent to the office's general mailbox and forwarded
# by a city employee as a message/rfc822 attachment; the answer goes to the original sender;
# "dann würden wir uns … anmelden" is conditional, so nobody is registered yet.
T006_INNER = """\
Sehr geehrte Damen und Herren,

wir sind die Eritreische Gemeinde Münster und haben im Stadtteilbüro von dem Fachtag am 8. Mai gehört. Viele unserer Eltern sprechen nur Tigrinya und wenig Deutsch.

Gibt es beim Fachtag auch Dolmetscher für Tigrinya? Und kostet die Teilnahme etwas?

Wenn das geht, würden wir uns mit einigen Familien anmelden.

Mit freundlichen Grüßen
Yohannes Tekle
Eritreische Gemeinde Münster"""
INNER006 = message(
    [("Message-ID", "<CAH9xq3P0w2kRr5vT1n@mail.gmail.example>"),
     ("Date", D("2027-02-24 21:40:19")),
     ("From", addr("Yohannes Tekle", "y.tekle@eritreische-gemeinde.example")),
     ("To", "schulamt@muenster.example"),
     ("Subject", "Frage zum Fachtag im Mai")],
    text(T006_INNER, cs="utf-8", cte="quoted-printable"))
T006 = """\
Hallo zusammen,

diese Anfrage ist gestern über das allgemeine Postfach des Amtes reingekommen. Könnt ihr das bitte direkt beantworten? Ich hab noch nichts zurückgeschrieben.

Danke und Gruß
Markus

Markus Kleinert
Stadt Münster - Amt für Schule und Weiterbildung
Sachbearbeitung Bildungsberatung
Klemensstraße 10, 48143 Münster"""
add("006-question-forwarded-as-attachment.eml",
    exp("question", "y.tekle@eritreische-gemeinde.example", "Yohannes Tekle",
        "Eritreische Gemeinde Münster", [], None, "de"),
    [("Message-ID", "<5f0a4c1e9b2d4f7a8e3c6b1d0a9f8e7d@muenster.example>"),
     ("Date", D("2027-02-25 08:12:55")),
     ("From", addr("Kleinert, Markus", "markus.kleinert@muenster.example")),
     ("To", REG),
     ("Subject", "WG: Frage zum Fachtag im Mai"),
     ("Content-Language", "de-DE"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("mixed", text(T006, cs="iso-8859-15", cte="quoted-printable"), rfc822(INNER006),
          boundary="_004_5f0a4c1e9b2d4f7a8e3c6b1d0a9f8e7dmuensterexample_"))

# 007 — Arabic (UTF-8, base64, Gmail alternative with rtl HTML); the association is named only
# in Arabic script; workshop "رقم ٣" and date with Arabic-Indic digits; party in words
# ("أربعة أشخاص"); Latin full name in the signature beats the From display name "M. Alkhatib".
T007 = """\
السلام عليكم ورحمة الله،

أنا محمد الخطيب، رئيس جمعية البيت العربي للأسرة في مونستر. نرغب في التسجيل في اليوم التخصصي „Fachtag Elternarbeit und Bildung“ يوم ٨ مايو ٢٠٢٧.

سنحضر أربعة أشخاص: أنا وزوجتي واثنان من أعضاء الجمعية.
نود المشاركة في ورشة العمل رقم ٣ عن تعدد اللغات في العائلة، لأن أغلب أطفالنا يتكلمون العربية في البيت والألمانية في المدرسة ونحتاج إلى نصائح.

مع الشكر والتقدير

Mohammad Al-Khatib
جمعية البيت العربي للأسرة في مونستر
هاتف: 0176 23456781"""
add("007-alkhatib-arabisch-gmail.eml",
    exp("registration", "m.alkhatib@gmail.example", "Mohammad Al-Khatib",
        "جمعية البيت العربي للأسرة في مونستر", ["W3"], 4, "ar"),
    [("Message-ID", "<CAKx7bN2YQ0hT5c+qW3m9Lr@mail.gmail.example>"),
     ("Date", D("2027-02-26 14:31:08")),
     ("From", addr("M. Alkhatib", "m.alkhatib@gmail.example")),
     ("To", REG),
     ("Subject", hval("التسجيل في Fachtag Elternarbeit und Bildung")),
     ("Content-Language", "ar")],
    multi("alternative", text(T007, cte="base64"), html(gmail_html(T007, rtl=True), cte="base64"),
          boundary="000000000000a3f1b2061c9d4e57"))

# 008 — individual parent, short Gmail mail; workshop by an alias written without the dash
# ("Übergang Schule-Beruf"); no organisation.
T008 = """\
Hallo,

hiermit melde ich mich für den Fachtag am 8.5. an, Workshop Übergang Schule-Beruf. Unser Sohn ist in der 9 und wir haben ehrlich gesagt keine Ahnung, wie das mit Praktikum, Bewerbung usw. heute läuft.

Viele Grüße
Jens Pohlmann"""
add("008-pohlmann-einzelperson-gmail.eml",
    exp("registration", "jens.pohlmann@gmail.example", "Jens Pohlmann", None, ["W2"], 1, "de"),
    [("Message-ID", "<CAJp8mQv1sN4=K2x9dF@mail.gmail.example>"),
     ("Date", D("2027-02-27 20:55:41")),
     ("From", addr("Jens Pohlmann", "jens.pohlmann@gmail.example")),
     ("To", REG),
     ("Subject", "Anmeldung")],
    multi("alternative", text(T008), html(gmail_html(T008)), boundary="0000000000007be4c9061ca0e112"))

# 009 — Russian (KOI8-R, 8bit); the club is named in the instrumental case in the text
# ("родительским клубом") and in the nominative in the signature; workshops by ordinal words
# (second, fallback fourth); Cyrillic name both in From and signature.
T009 = """\
Здравствуйте!

Меня зовут Ольга Вебер, я руковожу родительским клубом "Мост" при Доме немцев из России. Мы хотели бы записаться на Fachtag Elternarbeit und Bildung 8 мая.
Нас будет двое: я и моя коллега Ирина Шмидт.

Больше всего нас интересует второй воркшоп (переход из школы в профессию), если там мест уже не будет, то четвёртый.

Заранее спасибо!

С уважением,
Ольга Вебер
Родительский клуб "Мост"
тел. 0251 7654321"""
add("009-weber-russisch-koi8r.eml",
    exp("registration", "olga.weber@mail.example", "Ольга Вебер",
        "Родительский клуб \"Мост\"", ["W2", "W4"], 2, "ru"),
    [("Message-ID", "<1688201455.20270301093012@mail.example>"),
     ("Date", D("2027-03-01 09:30:12")),
     ("From", addr("Ольга Вебер", "olga.weber@mail.example", "koi8-r")),
     ("To", REG),
     ("Subject", hval("Регистрация на Fachtag 8 мая", "koi8-r")),
     ("X-Mailer", "The Bat! (v10.4.4) Professional")],
    text(T009, cs="koi8-r", cte="8bit"))

# 010 — school social worker employed by Caritas registers herself and two mothers of the
# parents' café she supports: the organisation represented (the café) differs from the
# employer in the long signature (register number, disclaimer); workshop by alias
# ("Vereinsgründung"); also asks for childcare.
T010 = """\
Hallo liebes Fachtag-Team,

ich begleite als Schulsozialarbeiterin seit zwei Jahren das Elterncafé an der Friedensschule. Zwei Mütter aus dem Elterncafé (Frau Demir und Frau Haddad) und ich würden gerne zum Fachtag kommen, also insgesamt 3 Personen.

Die Mütter überlegen gerade, aus dem Elterncafé einen eigenen Verein zu machen - deshalb wäre für uns der Workshop zur Vereinsgründung genau richtig.

Kinderbetreuung bräuchten wir für 2 Kinder (3 und 5 Jahre), falls das möglich ist.

Viele Grüße
Lena Brockhoff

--
Lena Brockhoff
Dipl.-Sozialpädagogin
Schulsozialarbeit an der Friedensschule (Städt. Hauptschule)

Caritasverband für die Stadt Münster e.V.
Fachbereich Kinder, Jugend und Familie
Josefstraße 2 | 48151 Münster
Tel.: 0251 53009-412 | Mobil: 0160 1234567
lena.brockhoff@caritas-ms.example | www.caritas-ms.example

Caritasverband für die Stadt Münster e.V. | Vorstand: Dr. Thomas Hegemann, Anne Vössing
Sitz: Münster | Vereinsregister: Amtsgericht Münster VR 1287

Diese E-Mail und ihre Anhänge sind vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie die E-Mail."""
add("010-brockhoff-caritas-elterncafe.eml",
    exp("registration", "lena.brockhoff@caritas-ms.example", "Lena Brockhoff",
        "Elterncafé an der Friedensschule", ["W4"], 3, "de"),
    [("Message-ID", "<FR3P281MB1547A0E6D2C94B31A5F0C2D7B89E4F12@FR3P281MB1547.DEUP281.PROD.OUTLOOK.example>"),
     ("Date", D("2027-03-01 13:04:27")),
     ("From", addr("Brockhoff, Lena", "lena.brockhoff@caritas-ms.example")),
     ("To", REG),
     ("Subject", hval("Anmeldung Elterncafé Friedensschule – Fachtag")),
     ("Content-Language", "de-DE"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("alternative", text(T010, cs="windows-1252"), html(outlook_html(T010), cs="windows-1252"),
          boundary="_000_FR3P281MB1547A0E6D2C94B31A5F0C2D7B89E4F12FR3P281MB1547DEUP_"))

# 011 — English, university address: the signature names the employer (a university
# institute), the text names the network she represents (abbreviated MIPN too); first and
# second choice; a language question inside a registration.
T011 = """\
Dear organising team,

I would like to register for the Fachtag on 8 May. I'm one of the coordinators of the Münster International Parents Network (MIPN) - a fairly loose group of mostly English-speaking families, many of them connected to the university - and several of our parents asked me to go and report back.

My preference would be Workshop 3 (multilingualism in the family). If that one is full, Workshop 1 would also be very relevant for us, since a lot of our members have small children just starting Kita.

Will the workshops be held in German only? My German is fine for everyday things but I might miss some of the details.

Best regards,
Aisha

--
Dr. Aisha Rahman
Postdoctoral Researcher
Institute of Inorganic and Analytical Chemistry
University of Münster
Corrensstraße 28/30, 48149 Münster, Germany
Phone +49 251 83-12345"""
add("011-rahman-english-university.eml",
    exp("registration", "aisha.rahman@uni-muenster.example", "Aisha Rahman",
        "Münster International Parents Network", ["W3", "W1"], 1, "en"),
    [("Message-ID", "<3b9e2f11c0a84d6e9f7a1b2c3d4e5f60@EXMBX07.uni-muenster.example>"),
     ("Date", D("2027-03-02 16:48:00")),
     ("From", addr("Rahman, Aisha", "aisha.rahman@uni-muenster.example")),
     ("To", REG),
     ("Subject", hval("Registration – Fachtag Elternarbeit (Workshop 3)")),
     ("Content-Language", "en-GB"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("alternative", text(T011), html(outlook_html(T011, cs="utf-8", lang="EN-GB")),
          boundary="_000_3b9e2f11c0a84d6e9f7a1b2c3d4e5f60EXMBX07_"))

# 012 — Polish (ISO-8859-2, QP); the school is named in the genitive in the text ("w imieniu
# Polskiej Szkoły Sobotniej") and in the nominative in the signature, whose legal body
# (Träger, register number) is a different name; "warsztat nr 3"; party = herself + one.
T012 = """\
Szanowni Państwo,

w imieniu Polskiej Szkoły Sobotniej w Münster zgłaszam dwie osoby na Fachtag 8 maja: siebie oraz panią Agnieszkę Wróbel, która prowadzi u nas grupę przedszkolną.

Interesuje nas warsztat nr 3 (Mehrsprachigkeit in der Familie) - temat dwujęzyczności dzieci to u nas codzienność, rodzice często pytają, czy w domu mówić tylko po polsku.

Z poważaniem
Katarzyna Nowicka-Brandt
dyrektor

Polska Szkoła Sobotnia w Münster
Träger: Polnischer Schulverein Münster e.V., Amtsgericht Münster VR 5123
Hammer Straße 115, 48153 Münster"""
add("012-nowicka-brandt-polnisch-latin2.eml",
    exp("registration", "k.nowicka-brandt@polskaszkola-ms.example", "Katarzyna Nowicka-Brandt",
        "Polska Szkoła Sobotnia w Münster", ["W3"], 2, "pl"),
    [("Message-ID", "<20270303074410.3f9a@polskaszkola-ms.example>"),
     ("Date", D("2027-03-03 07:44:10")),
     ("From", addr("Katarzyna Nowicka-Brandt", "k.nowicka-brandt@polskaszkola-ms.example", "iso-8859-2")),
     ("To", REG),
     ("Subject", hval("Zgłoszenie na Fachtag Elternarbeit und Bildung", "iso-8859-2")),
     ("User-Agent", "Roundcube Webmail/1.6.5")],
    text(T012, cs="iso-8859-2", cte="quoted-printable"))

# 013 — Arabic question (windows-1256, QP): childcare? only the morning? "إذا كان هذا ممكن،
# سأسجل" = she will register later, so it is a question, not a registration.
T013 = """\
مرحبا،

قرأت عن الـ Fachtag Elternarbeit und Bildung في رسالة من مدرسة ابني. عندي سؤالين قبل أن أسجل:

1- هل يوجد رعاية للأطفال أثناء الورشات؟ عندي طفلين صغار (سنتين و4 سنوات).
2- هل يمكن أن أحضر فقط في الصباح؟ لأن عندي دوام بعد الظهر.

إذا كان هذا ممكن، سأسجل أنا وزوجي.

شكرا جزيلا
رانيا صالح"""
add("013-saleh-arabisch-frage-kinderbetreuung.eml",
    exp("question", "rania.saleh@web.example", "رانيا صالح", None, [], None, "ar"),
    [("Message-ID", "<000601db8c2e$4a1b2c30$de4f8490$@web.example>"),
     ("Date", D("2027-03-03 22:10:37")),
     ("From", addr("Rania Saleh", "rania.saleh@web.example")),
     ("To", REG),
     ("Subject", hval("سؤال عن الفعالية يوم 8 مايو", "windows-1256")),
     ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "ar-sa")],
    text(T013, cs="windows-1256", cte="quoted-printable"))

# 014 — school secretary registers the deputy head from the shared office mailbox and asks for
# the confirmation to go to the deputy's own address (email = that address, name = the
# deputy, "Dr." dropped); ISO-8859-1, QP.
T014 = """\
Sehr geehrte Damen und Herren,

im Auftrag unserer Konrektorin, Frau Dr. Annette Lange, melde ich sie für den Fachtag Elternarbeit und Bildung am 08.05.2027 an. Frau Dr. Lange möchte am Workshop 1 (Kita und Grundschule) teilnehmen.

Bitte senden Sie die Anmeldebestätigung direkt an Frau Dr. Lange: a.lange@marienschule-roxel.example

Mit freundlichen Grüßen
i.A. Petra Hülsmann
Sekretariat

Marienschule Roxel
Katholische Grundschule der Stadt Münster
Roxeler Straße 510 · 48161 Münster
Tel. 02534 / 6 22 40"""
add("014-sekretariat-fuer-konrektorin-lange.eml",
    exp("registration", "a.lange@marienschule-roxel.example", "Annette Lange",
        "Marienschule Roxel", ["W1"], 1, "de"),
    [("Message-ID", "<4e7c1b2a-0f3d-4c8e-a1b2-c3d4e5f6a7b8@marienschule-roxel.example>"),
     ("Date", D("2027-03-04 10:02:44")),
     ("From", addr("Sekretariat Marienschule Roxel", "sekretariat@marienschule-roxel.example")),
     ("To", REG),
     ("Subject", "Anmeldung Fachtag - Frau Dr. Lange (Marienschule Roxel)"),
     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")],
    text(T014, cs="iso-8859-1", cte="quoted-printable"))

# 015 — Ukrainian (KOI8-U, 8bit), private parent; signature has only the first name, so the
# From display name gives the full name; W1 described ("про Kita і школу (Workshop 1)"),
# fallback by topic word ("багатомовність").
T015 = """\
Добрий день!

Я хочу зареєструватися на Fachtag 8 травня разом з чоловіком (2 особи). Ми з Харкова, живемо в Мюнстері з 2022 року, у нас двоє дітей - донька восени йде до школи, син ходить у Kita.

Нас цікавить воркшоп про Kita і школу (Workshop 1), а якщо там не буде місць, то про багатомовність.

Дякую!
Оксана"""
add("015-melnyk-ukrainisch-koi8u.eml",
    exp("registration", "oksana.melnyk@ukr.example", "Oksana Melnyk", None, ["W1", "W3"], 2, "uk"),
    [("Message-ID", "<1741178213.482915.22@ukr.example>"),
     ("Date", D("2027-03-05 13:36:53")),
     ("From", addr("Oksana Melnyk", "oksana.melnyk@ukr.example")),
     ("To", REG),
     ("Subject", hval("Реєстрація на Fachtag", "koi8-u")),
     ("User-Agent", "UKR.NET Mail")],
    text(T015, cs="koi8-u", cte="8bit"))

# 016 — newsletter of a regional parents' network: mentions the Fachtag, its deadline and two
# workshop topics, has List-Unsubscribe / Precedence: bulk; registers nobody (other).
T016 = """\
Elternnetzwerk NRW – Newsletter März 2027
==========================================

Liebe Mitglieder und Interessierte,

der Frühling bringt viele Termine – hier eine Auswahl:

* 20.03.2027, Dortmund: Regionaltreffen Westfalen „Eltern mit Zuwanderungsgeschichte in der Schulmitwirkung“
* 08.05.2027, Münster: Fachtag Elternarbeit und Bildung der Stadt Münster, u. a. mit Workshops zu Mehrsprachigkeit in der Familie und zur Gründung von Elternvereinen. Anmeldung bis 23.04. direkt bei der Stadt Münster.
* 12.06.2027, online: Webinar „Fördermittel für Elternvereine – was geht 2027?“

Neu im Downloadbereich: unsere Broschüre „Elternvereine gründen – Schritt für Schritt“ in acht Sprachen (https://www.elternnetzwerk-nrw.example/downloads).

Herzliche Grüße
Ihr Team vom Elternnetzwerk NRW

-- 
Sie erhalten diesen Newsletter, weil Sie sich auf www.elternnetzwerk-nrw.example angemeldet haben.
Abmelden: https://www.elternnetzwerk-nrw.example/newsletter/abmelden?id=8812f3"""
H016 = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
        "<h2 style=\"color:#1d6b3a\">Elternnetzwerk NRW – Newsletter März 2027</h2>"
        "<p>Liebe Mitglieder und Interessierte,</p><p>der Frühling bringt viele Termine – hier eine Auswahl:</p><ul>"
        "<li><b>20.03.2027, Dortmund:</b> Regionaltreffen Westfalen „Eltern mit Zuwanderungsgeschichte in der Schulmitwirkung“</li>"
        "<li><b>08.05.2027, Münster:</b> Fachtag Elternarbeit und Bildung der Stadt Münster, u. a. mit Workshops zu "
        "Mehrsprachigkeit in der Familie und zur Gründung von Elternvereinen. Anmeldung bis 23.04. direkt bei der Stadt Münster.</li>"
        "<li><b>12.06.2027, online:</b> Webinar „Fördermittel für Elternvereine – was geht 2027?“</li></ul>"
        "<p>Neu im <a href=\"https://www.elternnetzwerk-nrw.example/downloads\">Downloadbereich</a>: unsere Broschüre "
        "„Elternvereine gründen – Schritt für Schritt“ in acht Sprachen.</p>"
        "<p>Herzliche Grüße<br>Ihr Team vom Elternnetzwerk NRW</p>"
        "<p style=\"font-size:11px;color:#777\">Sie erhalten diesen Newsletter, weil Sie sich auf www.elternnetzwerk-nrw.example angemeldet haben. "
        "<a href=\"https://www.elternnetzwerk-nrw.example/newsletter/abmelden?id=8812f3\">Abmelden</a></p>"
        "<img src=\"https://www.elternnetzwerk-nrw.example/t/open.gif?id=8812f3\" width=\"1\" height=\"1\" alt=\"\">"
        "</td></tr></table></body></html>\n")
add("016-newsletter-elternnetzwerk.eml",
    exp("other"),
    [("Message-ID", "<nl-2027-03.8812f3@news.elternnetzwerk-nrw.example>"),
     ("Date", D("2027-03-05 15:00:00")),
     ("From", addr("Elternnetzwerk NRW", "newsletter@elternnetzwerk-nrw.example")),
     ("To", REG),
     ("Subject", hval("Newsletter März 2027: Termine, Webinare, neue Broschüre")),
     ("List-Id", "Elternnetzwerk NRW Newsletter <newsletter.elternnetzwerk-nrw.example>"),
     ("List-Unsubscribe", "<https://www.elternnetzwerk-nrw.example/newsletter/abmelden?id=8812f3>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
     ("Precedence", "bulk"),
     ("X-Mailer", "mailster 3.3")],
    multi("alternative", text(T016), html(H016), boundary="----=_Part_88123_1920384756.1804172400000"))

# 017 — shared association mailbox (From info@, display name = the club), Reply-To the second
# chairman, who also asks in the text for the confirmation to his address; learner German;
# roman numerals with first/second choice ("Workshop IV …, dann Workshop II"); party 5;
# signature with abbreviation, register and tax numbers; PDF attachment; UTF-8 base64.
T017 = """\
Sehr geehrte Damen und Herren,

wir möchten uns als Türkisch-Deutscher Elternbund zum Fachtag am 8. Mai anmelden. Wir kommen mit 5 Personen aus unsere Vorstand.

Am liebsten möchten wir Workshop IV besuchen, wenn das nicht geht, dann Workshop II. Unsere Verein gibt es seit 1998, aber viele jüngere Eltern machen nicht mehr mit, deswegen interessiert uns diese Thema sehr. Im Anhang finden Sie eine kurze Vorstellung von unsere Verein.

Bitte schicken Sie die Bestätigung an meine Adresse (h.yildirim@tdeb-muenster.example), das Info-Postfach lese ich nicht jeden Tag.

Mit freundlichen Grüßen

i.A. Hüseyin Yıldırım
2. Vorsitzender

Türkisch-Deutscher Elternbund Münster e.V. (TDEB)
Hammer Straße 40
48153 Münster
Vereinsregister: Amtsgericht Münster, VR 3387
Steuernummer 336/5789/1234
www.tdeb-muenster.example"""
add("017-tdeb-vereinspostfach-reply-to.eml",
    exp("registration", "h.yildirim@tdeb-muenster.example", "Hüseyin Yıldırım",
        "Türkisch-Deutscher Elternbund Münster e.V.", ["W4", "W2"], 5, "de"),
    [("Message-ID", "<b41e0d7f3c2a9e81@tdeb-muenster.example>"),
     ("Date", D("2027-03-08 19:12:06")),
     ("From", addr("TDEB Münster e.V.", "info@tdeb-muenster.example")),
     ("Reply-To", addr("Hüseyin Yıldırım", "h.yildirim@tdeb-muenster.example")),
     ("To", REG),
     ("Subject", hval("Anmeldung Fachtag 08.05.2027 - TDEB")),
     ("User-Agent", "Roundcube Webmail/1.6.2")],
    multi("mixed",
          multi("alternative", text(T017, cte="base64"),
                html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                     "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
                     "<p>" + esc(T017).replace("\n\n", "</p>\n<p>").replace("\n", "<br>\n") + "</p>\n</body></html>\n",
                     cte="base64"),
                boundary="=_a7f3c0e9b2d14f6a8c1e5d7b9f0a2c4e"),
          attachment(tiny_pdf("TDEB Muenster e.V. - Wer wir sind"), "application/pdf", "TDEB_Vorstellung_2027.pdf"),
          boundary="=_5d2e8b1f0c9a3e7d4b6f1a0c8e2d9b3f"))

# 018 — Farsi (UTF-8, QP), Persian digits for date and workshop ("ورکشاپ ۲"), party in words;
# association described in Farsi in the text, its German registered name in the signature.
T018 = """\
سلام و وقت بخیر،

من فریده احمدی هستم، مسئول بخش خانواده در انجمن زنان افغان در مونستر. از طرف انجمن، سه نفر برای روز تخصصی ۸ مه ثبت نام می‌کنیم: من و دو نفر از مادران عضو انجمن.

ما ورکشاپ ۲ (گذار از مدرسه به شغل) را انتخاب می‌کنیم، چون بچه‌های خیلی از خانواده‌های ما امسال مدرسه را تمام می‌کنند و دنبال Ausbildung هستند.

با تشکر فراوان
Farida Ahmadi
Afghanischer Frauenverein Münster e.V.
Vorstand – Familie und Bildung"""
add("018-ahmadi-farsi-frauenverein.eml",
    exp("registration", "farida.ahmadi@gmx.example", "Farida Ahmadi",
        "Afghanischer Frauenverein Münster e.V.", ["W2"], 3, "fa"),
    [("Message-ID", "<trinity-8a1f2c3d-4e5b-6a7c-8d9e-0f1a2b3c4d5e-1804515231@3c-app-gmx-bs52.gmx.example>"),
     ("Date", D("2027-03-08 21:47:11")),
     ("From", addr("Farida Ahmadi", "farida.ahmadi@gmx.example")),
     ("To", REG),
     ("Subject", hval("ثبت نام برای Fachtag")),
     ("Importance", "normal"),
     ("Sensitivity", "Normal")],
    text(T018, cte="quoted-printable"))

# 019 — change in Turkish: one more person (party 2 -> 3), top-posted on the German
# confirmation that is quoted with its "Workshop 3" line; no new workshop choice.
T019 = """\
Merhaba, kız kardeşim Hatice de bizimle gelmek istiyor, yani 3 kişi olacağız. Mümkün mü? Teşekkürler
Emine

iPhone'umdan gönderildi

> 23 Şub 2027 tarihinde 18:40 saatinde Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example> şunu yazdı:
>
""" + quote(confirmation("Emine Kara", "Münster Türk Veliler Birliği", "W3", 2))
add("019-kara-aenderung-personenzahl.eml",
    exp("change", "eminekara78@hotmail.example", "Emine Kara", None, [], 3, "tr"),
    [("Message-ID", "<6B0E4D1A-2F3C-4A5B-8C7D-9E0F1A2B3C4D@hotmail.example>"),
     ("Date", D("2027-03-09 07:58:20")),
     ("From", addr("Emine Kara", "eminekara78@hotmail.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(3)), ("References", conf_id(3)),
     ("X-Mailer", "iPhone Mail (21D61)")],
    text(T019, cte="base64"))

# 020 — learner German, phone, all lower case, no organisation; registration that also asks
# about childcare; "mit meine frau" = 2 persons; workshop number in lower case.
T020 = """\
hallo

ich heise Tesfay Gebremedhin, ich will kommen zu fachtag am 8 mai mit meine frau. wir haben 3 kinder, ein in kita, zwei in grundschule. bitte workshop 1.
gibt es kinderbetreung? unsere kleine ist 2 jahre.

danke
Tesfay"""
add("020-gebremedhin-lernerdeutsch-handy.eml",
    exp("registration", "tesfay.g@gmail.example", "Tesfay Gebremedhin", None, ["W1"], 2, "de"),
    [("Message-ID", "<CAMx4Tq9Wv2p0bE5nL8u=ZkR1d@mail.gmail.example>"),
     ("Date", D("2027-03-10 17:21:09")),
     ("From", addr("tesfay gebremedhin", "tesfay.g@gmail.example")),
     ("To", REG),
     ("Subject", "anmeldung fachtag")],
    multi("alternative", text(T020, cte="8bit"), html(gmail_html(T020)),
          boundary="0000000000002d81f7061d0f3a9c"))

# 021 — Romanian with full diacritics in ISO-8859-16 (QP); workshop "atelierul 2" plus the
# German topic; the association is named in the sentence and the signature.
T021 = """\
Bună ziua,

Mă numesc Ioana Dumitrescu și sunt voluntară la Asociația Românilor din Münster. Aș dori să mă înscriu la Fachtag Elternarbeit und Bildung din 8 mai, împreună cu soțul meu, deci 2 persoane.

Ne interesează atelierul 2, cel despre trecerea de la școală la meserie („Übergang Schule-Beruf”), fiindcă fiul nostru termină anul acesta clasa a 10-a și nu știm cum funcționează sistemul de Ausbildung.

Vă mulțumesc frumos și o zi bună!
Ioana Dumitrescu
Asociația Românilor din Münster"""
add("021-dumitrescu-rumaenisch-latin10.eml",
    exp("registration", "ioana.dumitrescu@yahoo.example", "Ioana Dumitrescu",
        "Asociația Românilor din Münster", ["W2"], 2, "ro"),
    [("Message-ID", "<1804689331.4471203.1741600000001@mail.yahoo.example>"),
     ("Date", D("2027-03-11 09:15:31", 0)),
     ("From", addr("Ioana Dumitrescu", "ioana.dumitrescu@yahoo.example")),
     ("To", REG),
     ("Subject", hval("Înscriere Fachtag 8 mai", "iso-8859-16")),
     ("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
    text(T021, cs="iso-8859-16", cte="quoted-printable"))

# 022 — family centre (a Kita), HTML-only Outlook in multipart/related with an inline logo;
# the From display name is "Kita Sonnenblume - Leitung" (shared mailbox), the writer signs;
# "Kita" occurs in the text only as the kind of place, the choice is the W3 title in quotes;
# party of four with names and roles.
T022 = """\
Sehr geehrtes Team des Amtes für Schule und Weiterbildung,

unser Familienzentrum Sonnenblume möchte mit vier Personen am Fachtag am 8. Mai teilnehmen:

- Claudia Brüggemann (Leitung)
- Julia Neumann (alltagsintegrierte Sprachbildung)
- Tatjana Schäfer (Erzieherin)
- Anh Tran (Elternbeirat)

Da in unserer Kita Kinder mit 23 verschiedenen Familiensprachen betreut werden, möchten wir alle vier gerne am Workshop „Mehrsprachigkeit in der Familie“ teilnehmen.

Mit freundlichen Grüßen

Claudia Brüggemann
Leitung"""
SIG022 = ("<p class=MsoNormal><img width=120 height=40 src=\"cid:image001.png@01DB8F2A.3C4D5E60\" alt=\"Logo Familienzentrum Sonnenblume\"></p>\n"
          "<p class=MsoNormal><b><span style='color:#E8A317'>Familienzentrum Sonnenblume</span></b><br>"
          "Städtische Kindertageseinrichtung<br>Gievenbecker Reihe 40 · 48161 Münster<br>"
          "Tel. 0251 / 8 73 55-0<br>leitung@fz-sonnenblume.example</p>\n")
add("022-familienzentrum-sonnenblume-html-logo.eml",
    exp("registration", "leitung@fz-sonnenblume.example", "Claudia Brüggemann",
        "Familienzentrum Sonnenblume", ["W3"], 4, "de"),
    [("Message-ID", "<DB9PR08MB6572F1E2D3C4B5A69788C0D1E2F3A4B5@DB9PR08MB6572.eurprd08.prod.outlook.example>"),
     ("Date", D("2027-03-12 11:30:54")),
     ("From", addr("Kita Sonnenblume - Leitung", "leitung@fz-sonnenblume.example")),
     ("To", REG),
     ("Subject", "Anmeldung zum Fachtag Elternarbeit und Bildung"),
     ("Thread-Topic", "Anmeldung zum Fachtag Elternarbeit und Bildung"),
     ("Content-Language", "de-DE"),
     ("X-MS-Has-Attach", "yes"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("related",
          html(outlook_html(T022).replace("</div>\n</body>", SIG022 + "</div>\n</body>"), cs="windows-1252"),
          attachment(tiny_png(232, 163, 23), "image/png", "image001.png", inline=True,
                     cid="image001.png@01DB8F2A.3C4D5E60"),
          params=" type=\"text/html\";",
          boundary="_004_DB9PR08MB6572F1E2D3C4B5A69788C0D1E2F3A4B5DB9PR08MB6572eurp_"))

# 023 — daycare team asks whether 8 staff may come and whether there is a certificate; names
# W1 and W3 but only as a future plan ("melden wir uns … verbindlich an"): question.
T023 = """\
Hallo,

wir sind ein Team von 8 pädagogischen Fachkräften (AWO-Kita Coerde) und überlegen, den Fachtag als Teamfortbildung zu nutzen. Geht das mit so vielen Leuten aus einer Einrichtung, oder ist die Teilnehmerzahl pro Einrichtung begrenzt? Und bekommen wir eine Teilnahmebescheinigung für die Fortbildungsnachweise?

Wenn das passt, melden wir uns nächste Woche verbindlich an, voraussichtlich aufgeteilt auf Workshop 1 und 3.

Viele Grüße aus Coerde
Stefan Rauscher
stellv. Leitung AWO-Kita Coerde"""
add("023-rauscher-frage-teamgroesse.eml",
    exp("question", "s.rauscher@awo-kita-coerde.example", "Stefan Rauscher", "AWO-Kita Coerde",
        [], None, "de"),
    [("Message-ID", "<20270315085512.GA11833@awo-kita-coerde.example>"),
     ("Date", D("2027-03-15 08:55:12")),
     ("From", addr("Stefan Rauscher", "s.rauscher@awo-kita-coerde.example")),
     ("To", REG),
     ("Subject", "Frage: Teilnahme als Kita-Team?"),
     ("User-Agent", "Mutt/2.2.12 (2023-09-09)")],
    text(flowed(T023), cs="utf-8", cte="8bit", params="; format=flowed"))

# 024 — Bulgarian (windows-1251, base64); school named in Cyrillic with „…“ quotes and a dash;
# "работилница 3 … като втори избор – 4"; party 1 (only herself).
T024 = """\
Здравейте,

Казвам се Десислава Петрова и съм учителка в Българско училище „Св. св. Кирил и Методий“ – Мюнстер. Бих искала да се регистрирам за Fachtag Elternarbeit und Bildung на 8 май.

Първото ми желание е работилница 3 (многоезичието в семейството), а като втори избор – работилница 4.

Благодаря предварително!

Поздрави,
Десислава"""
add("024-petrova-bulgarisch-cp1251.eml",
    exp("registration", "desi.petrova@abv.example", "Десислава Петрова",
        "Българско училище „Св. св. Кирил и Методий“ – Мюнстер", ["W3", "W4"], 1, "bg"),
    [("Message-ID", "<1234567890.77231.1741945123@nm41.abv.example>"),
     ("Date", D("2027-03-15 14:22:03")),
     ("From", addr("Десислава Петрова", "desi.petrova@abv.example", "windows-1251")),
     ("To", REG),
     ("Subject", hval("Регистрация за Fachtag 8 май", "windows-1251")),
     ("X-Mailer", "AbvMail 3.0")],
    text(T024, cs="windows-1251", cte="base64"))

# 025 — forward ("WG:") of the invitation that the head teacher had forwarded to the school's
# parent council chair, who registers on top; the forwarded note suggests Workshop 2 and the
# invitation lists all four, but her own choice is Workshop 4; ISO-8859-15, QP.
T025 = """\
Hallo,

hiermit melde ich mich als Vorsitzende der Schulpflegschaft der Overbergschule für den Fachtag an. Herr Brenner hat mir die Einladung weitergeleitet (s. unten).

Ich komme allein und würde gern in Workshop 4 - wir überlegen schon länger, einen eigenen Elternverein zu gründen, damit wir z.B. Spenden annehmen können.

Gruß
Nadine Terhorst

-------- Weitergeleitete Nachricht --------
Betreff: WG: Einladung: Fachtag Elternarbeit und Bildung 2027 am 8. Mai
Datum: Tue, 9 Mar 2027 15:10:22 +0100
Von: Brenner, Martin <m.brenner@overbergschule.example>
An: Nadine Terhorst <nadine.terhorst@t-online.example>

Liebe Frau Terhorst,

anbei die Einladung der Stadt. Vielleicht wäre Workshop 2 etwas für die Pflegschaft? Wir hatten ja das Thema Berufsorientierung in der letzten Sitzung.

Viele Grüße
M. Brenner
Schulleiter

-----Ursprüngliche Nachricht-----
Von: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
Gesendet: Montag, 22. Februar 2027 09:02
Betreff: Einladung: Fachtag Elternarbeit und Bildung 2027 am 8. Mai

""" + INVITATION.replace("„", "\"").replace("“", "\"").replace("–", "-")
add("025-terhorst-weitergeleitete-einladung.eml",
    exp("registration", "nadine.terhorst@t-online.example", "Nadine Terhorst",
        "Schulpflegschaft der Overbergschule", ["W4"], 1, "de"),
    [("Message-ID", "<8c2f51a0-3b7e-49d2-b6e1-f0a9c8d7e6b5@t-online.example>"),
     ("Date", D("2027-03-16 20:08:47")),
     ("From", addr("Nadine Terhorst", "nadine.terhorst@t-online.example")),
     ("To", REG),
     ("Subject", "WG: Einladung: Fachtag Elternarbeit und Bildung 2027 am 8. Mai"),
     ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.7.0")],
    text(T025, cs="iso-8859-15", cte="quoted-printable"))

# 026 — change in Arabic, Gmail top-post over the quoted German confirmation (Workshop 3,
# 4 persons): "from workshop ٣ to workshop ١" — the new choice is the second number;
# "عدد الأشخاص يبقى كما هو" = party unchanged; bidi marks in the attribution line.
T026 = """\
السلام عليكم،

نرجو تغيير ورشة العمل الخاصة بنا من الورشة ٣ إلى الورشة ١ (الروضة والمدرسة الابتدائية)، لأن عندنا عائلات جديدة كثيرة أطفالها سيدخلون المدرسة في الصيف. عدد الأشخاص يبقى كما هو.

شكراً لكم
Mohammad Al-Khatib

\u202bفي الجمعة، 26 فبراير 2027 في 2:35 م، كتب Fachtag Elternarbeit und Bildung <\u202c\u200efachtag-eltern@muenster.example\u200e\u202b>:\u202c

""" + quote(confirmation("Mohammad Al-Khatib", "جمعية البيت العربي للأسرة في مونستر", "W3", 4))
add("026-alkhatib-aenderung-workshop-arabisch.eml",
    exp("change", "m.alkhatib@gmail.example", "Mohammad Al-Khatib", None, ["W1"], None, "ar"),
    [("Message-ID", "<CAKx7bN0p3R=eZ8vYq1Lw4Hc@mail.gmail.example>"),
     ("Date", D("2027-03-17 12:40:15")),
     ("From", addr("M. Alkhatib", "m.alkhatib@gmail.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(7)), ("References", conf_id(7))],
    multi("alternative", text(T026), html(gmail_html(T026, rtl=True)),
          boundary="0000000000004c7a0e061e2b8f31"))

# 027 — Italian (ISO-8859-1, 8bit); employee of a church mission registering three people
# from its parents' group; workshop by the Italian word for multilingualism with the German
# alias in brackets; no number anywhere.
T027 = """\
Gentili signori,

sono Giuseppina Russo e collaboro con la Missione Cattolica Italiana di Münster, dove seguiamo molte famiglie italiane con bambini piccoli. Vorrei iscrivere tre persone (me e due mamme del nostro gruppo genitori) al Fachtag dell'8 maggio.

Ci interessa soprattutto il workshop sul plurilinguismo in famiglia (Mehrsprachigkeit), perché molti genitori hanno paura che l'italiano "confonda" i bambini a scuola.

Cordiali saluti

Giuseppina Russo
Missione Cattolica Italiana di Münster
Tel. 0251 / 4 82 11"""
add("027-russo-italienisch-latin1.eml",
    exp("registration", "g.russo@missione-ms.example", "Giuseppina Russo",
        "Missione Cattolica Italiana di Münster", ["W3"], 3, "it"),
    [("Message-ID", "<003001db97a1$5c6d7e80$15926b80$@missione-ms.example>"),
     ("Date", D("2027-03-18 10:05:49")),
     ("From", addr("Giuseppina Russo", "g.russo@missione-ms.example")),
     ("To", REG),
     ("Subject", "Iscrizione Fachtag 8 maggio"),
     ("X-Mailer", "Microsoft Outlook 14.0"),
     ("Content-Language", "it")],
    text(T027, cs="iso-8859-1", cte="8bit"))

# 028 — Greek (windows-1253, QP); the association in the genitive in the text ("εκ μέρους του
# Συλλόγου …") and nominative in the signature; "Workshop 3 … δεύτερη επιλογή το Workshop 1".
T028 = """\
Καλησπέρα σας,

εκ μέρους του Συλλόγου Γονέων και Κηδεμόνων του Ελληνικού Σχολείου Μύνστερ θα ήθελα να δηλώσω συμμετοχή για δύο άτομα: εμένα και την αντιπρόεδρο του συλλόγου, κ. Μαρία Ιωαννίδου.

Μας ενδιαφέρει πρώτα το Workshop 3 (πολυγλωσσία στην οικογένεια) και ως δεύτερη επιλογή το Workshop 1.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Πρόεδρος
Σύλλογος Γονέων και Κηδεμόνων του Ελληνικού Σχολείου Μύνστερ"""
add("028-papadopoulos-griechisch-cp1253.eml",
    exp("registration", "g.papadopoulos@otenet.example", "Γιώργος Παπαδόπουλος",
        "Σύλλογος Γονέων και Κηδεμόνων του Ελληνικού Σχολείου Μύνστερ", ["W3", "W1"], 2, "el"),
    [("Message-ID", "<000b01db98c4$7e8f9a00$7bafde00$@otenet.example>"),
     ("Date", D("2027-03-19 18:33:27")),
     ("From", addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet.example", "windows-1253")),
     ("To", REG),
     ("Subject", hval("Δήλωση συμμετοχής – Fachtag 8 Μαΐου", "windows-1253")),
     ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "el")],
    text(T028, cs="windows-1253", cte="quoted-printable"))

# 029 — Vietnamese (UTF-8, base64, Gmail); six people for an association; workshops as
# "hội thảo thứ ba" / "hội thảo số 1"; the signature's Vietnamese full name (with diacritics,
# family name first) beats the From display name "Lan Nguyen"; asks for an interpreter.
T029 = """\
Kính gửi Ban tổ chức,

Tôi là Nguyễn Thị Lan, thay mặt Hội Người Việt tại Münster xin đăng ký 6 người tham dự Fachtag Elternarbeit und Bildung vào ngày 8 tháng 5 năm 2027.

Chúng tôi muốn tham gia hội thảo thứ ba (Mehrsprachigkeit – đa ngôn ngữ trong gia đình). Nếu hết chỗ thì hội thảo số 1 cũng được ạ.

Trong nhóm có 2 phụ huynh nói tiếng Đức chưa tốt, không biết có phiên dịch tiếng Việt không ạ?

Xin chân thành cảm ơn!
Nguyễn Thị Lan
Hội Người Việt tại Münster"""
add("029-nguyen-vietnamesisch-sechs-personen.eml",
    exp("registration", "lan.nguyen.ms@gmail.example", "Nguyễn Thị Lan",
        "Hội Người Việt tại Münster", ["W3", "W1"], 6, "vi"),
    [("Message-ID", "<CAOq2vLk7m1d=T9yFhXw3sPb@mail.gmail.example>"),
     ("Date", D("2027-03-22 21:12:40")),
     ("From", addr("Lan Nguyen", "lan.nguyen.ms@gmail.example")),
     ("To", REG),
     ("Subject", hval("Đăng ký tham gia Fachtag ngày 8/5")),
     ("Content-Language", "vi")],
    multi("alternative", text(T029, cte="base64"), html(gmail_html(T029), cte="base64"),
          boundary="000000000000f18a2b061e7c4d90"))

# 030 — ticket-system receipt answering our deadline reminder; no Auto-Submitted header, only
# the text and a ticket number say it is automatic.
T030 = """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Dies ist eine automatisch erzeugte Eingangsbestätigung.

Ihr Anliegen wurde unter der Vorgangsnummer BB-2027-04417 erfasst und wird von unserem Team innerhalb von fünf Werktagen bearbeitet. Bitte geben Sie bei Rückfragen immer die Vorgangsnummer im Betreff an.

Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Servicedesk Regionales Bildungsbüro
www.bildungsbuero-region.example"""
add("030-ticketsystem-eingangsbestaetigung.eml",
    exp("auto_reply"),
    [("Message-ID", "<ticket.BB-2027-04417.1805609101@helpdesk.bildungsbuero-region.example>"),
     ("Date", D("2027-03-23 07:05:01")),
     ("From", addr("Servicedesk Bildungsbüro", "noreply@bildungsbuero-region.example")),
     ("To", REG),
     ("Subject", hval("[BB-2027-04417] Eingangsbestätigung: " + REMINDER_SUBJECT)),
     ("In-Reply-To", REMINDER_ID),
     ("X-Mailer", "Znuny 7.0.14")],
    text(T030, cs="utf-8", cte="quoted-printable"))

# 031 — iPad mail; the organisation appears only as an abbreviation ("wir von der AKEM",
# "Sprecher der AKEM"); workshop by two aliases joined with a slash.
T031 = """\
Guten Tag,

wir von der AKEM möchten gern zu zweit am Fachtag teilnehmen (Samir Boukhalfa und Nour El-Amin). Uns interessiert der Workshop zu Ausbildung/Berufsorientierung, da haben unsere Eltern die meisten Fragen.

Beste Grüße aus Kinderhaus
Samir Boukhalfa
Sprecher der AKEM

Von meinem iPad gesendet"""
add("031-boukhalfa-akem-abkuerzung-ipad.eml",
    exp("registration", "samir.boukhalfa@icloud.example", "Samir Boukhalfa", "AKEM", ["W2"], 2, "de"),
    [("Message-ID", "<5C1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5@icloud.example>"),
     ("Date", D("2027-03-23 18:44:02")),
     ("From", addr("Samir Boukhalfa", "samir.boukhalfa@icloud.example")),
     ("To", REG),
     ("Subject", "Fachtag Anmeldung AKEM"),
     ("X-Mailer", "iPad Mail (21E236)")],
    text(T031, cte="quoted-printable"))

# 032 — change, bottom-posted under the quoted confirmation (which says Workshop 4 and gives
# 3 persons): the new choice is Workshop 2, named with number and alias; party unchanged.
T032 = """\
Am 22.02.2027 um 14:02 schrieb Fachtag Elternarbeit und Bildung:
""" + quote(confirmation("Sabine Wördemann", "Elternverein der Mathilde-Anneke-Gesamtschule e.V.", "W4", 3)) + """

Hallo nochmal,

nach unserer Vorstandssitzung gestern haben wir uns umentschieden: wir würden lieber in den Workshop 2 (Übergang Schule–Beruf) gehen, weil das Thema bei uns an der Gesamtschule gerade brennt. Die Vereinsfragen klären wir anders.

Geht das noch?

Gruß, Sabine Wördemann"""
add("032-woerdemann-aenderung-bottom-post.eml",
    exp("change", "s.woerdemann@web.example", "Sabine Wördemann", None, ["W2"], None, "de"),
    [("Message-ID", "<0e9a7c55-1d2b-4f3e-8a6c-7b5d4e3f2a1c@web.example>"),
     ("Date", D("2027-03-24 09:18:36")),
     ("From", addr("Sabine Wördemann", "s.woerdemann@web.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(1)), ("References", INVITATION_ID + " " + conf_id(1)),
     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0")],
    text(flowed(T032), params="; format=flowed", cte="8bit"))

# 033 — Turkish (ISO-8859-9, base64); association name with Turkish apostrophe suffix in the
# text ("Derneği'nin (MAED)"); "tek kişi" = one person; workshop by its full title in quotes.
T033 = """\
Sayın yetkililer,

Ben Mehmet Öztürk, Münster Aile ve Eğitim Derneği'nin (MAED) başkanıyım. 8 Mayıs'taki Fachtag'a tek kişi olarak katılmak istiyorum.

Derneğimiz geçen yıl kuruldu, bu yüzden "Elternvereine gründen und stärken" atölyesi bizim için en uygunu. Üyelerimizin çoğu ilk defa bir dernekte görev alıyor.

Saygılarımla,
Mehmet Öztürk
Başkan - Münster Aile ve Eğitim Derneği e.V.
Tel: 0157 33445566"""
add("033-oeztuerk-tuerkisch-latin5-base64.eml",
    exp("registration", "m.ozturk@maed-ms.example", "Mehmet Öztürk",
        "Münster Aile ve Eğitim Derneği e.V.", ["W4"], 1, "tr"),
    [("Message-ID", "<20270325163012.7a1b9c@maed-ms.example>"),
     ("Date", D("2027-03-25 16:30:12")),
     ("From", addr("Mehmet Öztürk", "m.ozturk@maed-ms.example", "iso-8859-9")),
     ("To", REG),
     ("Subject", hval("Fachtag'a katılım - MAED", "iso-8859-9")),
     ("User-Agent", "Horde Application Framework 5")],
    text(T033, cs="iso-8859-9", cte="base64"))

# 034 — a father registers himself and his wife and asks whether they may split up: he wants
# Workshop 2, she Workshop 3 (two choices for two persons, listed in the order written).
T034 = """\
Moin,

meine Frau und ich möchten uns für den Fachtag anmelden. Ich würde gern in den Workshop 2 gehen, meine Frau (Agata) interessiert sich mehr für Workshop 3 - wir haben drei Kinder, die mit Polnisch und Deutsch aufwachsen. Geht das, dass wir uns aufteilen?

Gruß
Daniel Kowalczyk"""
add("034-kowalczyk-ehepaar-zwei-workshops.eml",
    exp("registration", "d.kowalczyk@gmx.example", "Daniel Kowalczyk", None, ["W2", "W3"], 2, "de"),
    [("Message-ID", "<trinity-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b-1806317788@3c-app-gmx-bap44.gmx.example>"),
     ("Date", D("2027-03-29 21:03:08")),
     ("From", addr("Daniel Kowalczyk", "d.kowalczyk@gmx.example")),
     ("To", REG),
     ("Subject", "Anmeldung Fachtag 8.5."),
     ("Importance", "normal")],
    multi("alternative", text(T034, cs="iso-8859-15", cte="quoted-printable"),
          html("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\"><div>"
               + esc(T034).replace("\n", "<br/>\n") + "</div></div></body></html>\n", cs="iso-8859-15"),
          boundary="abmob-4f2c8e1a-9b3d-47a6-8c5e-1f0d2b3a4c5d"))

# 035 — English from a personal Yahoo address with Reply-To the forum's mailbox (and "send
# the confirmation to our forum e-mail"); four named persons; topic descriptions, first and
# second choice; signature "Chinwe Okonkwo (Mrs)"; "Munster" without umlaut, pure ASCII 7bit.
T035 = """\
Good afternoon,

Please register 4 persons from the African Parents Forum Munster for the Fachtag on 8th May: myself, Mr. Emeka Obi, Mrs. Grace Mensah and Mr. Kwame Asante.

We are mostly interested in the workshop on founding and strengthening parents' associations, because our forum wants to become a registered association (e.V.) this year. As second option the one on the transition from school to work.

Kindly send the confirmation to our forum e-mail.

Thank you and God bless,
Chinwe Okonkwo (Mrs)
Secretary, African Parents Forum Munster"""
add("035-okonkwo-english-reply-to-forum.eml",
    exp("registration", "info@apf-muenster.example", "Chinwe Okonkwo",
        "African Parents Forum Munster", ["W4", "W2"], 4, "en"),
    [("Message-ID", "<1498237701.5523188.1806498321456@mail.yahoo.example>"),
     ("Date", D("2027-03-30 14:25:21")),
     ("From", addr("chinwe okonkwo", "chinwe.okonkwo@yahoo.example")),
     ("Reply-To", addr("African Parents Forum Munster", "info@apf-muenster.example")),
     ("To", REG),
     ("Subject", "Registration for Fachtag 8th May - African Parents Forum"),
     ("X-Mailer", "WebService/1.1.23187 YMailNodin")],
    multi("alternative", text(T035, cte="7bit", cs="us-ascii"),
          html("<html><head></head><body><div class=\"ydp3f1c2b9dyahoo-style-wrap\" style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
               + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(l) if l else '<br>'}</div>" for l in T035.split("\n"))
               + "</div></body></html>\n"),
          boundary="----=_Part_5523187_1104357229.1806498321455"))

# 036 — change in Ukrainian (UTF-8, QP, from a phone), reply to the confirmation: husband
# cannot come (2 -> 1) and she switches to Workshop 3, named by number and topic.
T036 = """\
Добрий день!
Вибачте, у чоловіка змінився графік роботи, і 8 травня він не зможе прийти. Тож буду тільки я, 1 особа.
І якщо можна, я б хотіла змінити воркшоп на Workshop 3 (багатомовність) - ми вдома говоримо українською і російською, а донька вже відповідає тільки німецькою 🙂
Дякую!
Оксана

Надіслано з Gmail для мобільних пристроїв

пт, 5 бер. 2027 р. о 14:02 Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example> пише:

""" + quote(confirmation("Oksana Melnyk", None, "W1", 2))
add("036-melnyk-aenderung-ukrainisch.eml",
    exp("change", "oksana.melnyk@ukr.example", "Oksana Melnyk", None, ["W3"], 1, "uk"),
    [("Message-ID", "<CAPz1Wm8x=R4nT2kLq7YvBo@mail.gmail.example>"),
     ("Date", D("2027-03-31 07:42:55")),
     ("From", addr("Oksana Melnyk", "oksana.melnyk@ukr.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(15)), ("References", conf_id(15))],
    text(T036, cte="quoted-printable"))

# 037 — Russian question (windows-1251, 8bit): may he come to the morning talk only, without a
# workshop, and does he need to register for that? Nobody is registered.
T037 = """\
Добрый день!

Я отец двоих детей, живу в Мюнстере (Ангельмоде). Скажите, пожалуйста, можно ли прийти на Fachtag только на утреннюю часть, на доклад, без воркшопа? И нужно ли для этого отдельно регистрироваться?

Спасибо за ответ.
Сергей Ленц"""
add("037-lenz-russisch-frage-ohne-workshop.eml",
    exp("question", "s.lenz@mail.example", "Сергей Ленц", None, [], None, "ru"),
    [("Message-ID", "<1902837465.20270401201530@mail.example>"),
     ("Date", D("2027-04-01 20:15:30")),
     ("From", addr("Sergej Lenz", "s.lenz@mail.example")),
     ("To", REG),
     ("Subject", hval("Вопрос по Fachtag", "windows-1251")),
     ("X-Mailer", "Mail.Ru Mailer 1.0")],
    text(T037, cs="windows-1251", cte="8bit"))

# 038 — Gymnasium teacher, Outlook multipart/alternative inside multipart/mixed with a vCard;
# workshop only by its alias in quotes; "Dr." and the title "OStR'" around the name; long
# signature and a school-network disclaimer.
T038 = """\
Sehr geehrte Damen und Herren,

als StuBo-Koordinatorin (Studien- und Berufsorientierung) am Hansa-Gymnasium Münster melde ich mich verbindlich für den Fachtag am 08.05.2027 an. Bitte teilen Sie mich dem Workshop „Übergang Schule–Beruf“ zu.

Für Rückfragen erreichen Sie mich am besten dienstags und donnerstags in der 5. Stunde.

Mit freundlichen Grüßen

Dr. Friederike Lohmann, OStR'
Studien- und Berufswahlkoordination
Hansa-Gymnasium Münster
Hansaring 80 | 48155 Münster
Tel. 0251 / 60 91 77-0

Diese Nachricht wurde über das Schulverwaltungsnetz der Stadt Münster versandt. Sie ist ausschließlich für den angegebenen Empfänger bestimmt und kann vertrauliche Informationen enthalten."""
VCF038 = """\
BEGIN:VCARD
VERSION:3.0
N:Lohmann;Friederike;;Dr.;
FN:Dr. Friederike Lohmann
ORG:Hansa-Gymnasium Münster
TITLE:Studien- und Berufswahlkoordination
TEL;TYPE=WORK,VOICE:+49 251 6091770
EMAIL;TYPE=PREF,INTERNET:f.lohmann@hansa-gymnasium.example
END:VCARD
"""
add("038-lohmann-gymnasium-vcard.eml",
    exp("registration", "f.lohmann@hansa-gymnasium.example", "Friederike Lohmann",
        "Hansa-Gymnasium Münster", ["W2"], 1, "de"),
    [("Message-ID", "<VI1PR02MB5918D0C1B2A39485766E5F4A3B2C1D0E@VI1PR02MB5918.eurprd02.prod.outlook.example>"),
     ("Date", D("2027-04-06 12:51:19")),
     ("From", addr("Lohmann, Friederike Dr.", "f.lohmann@hansa-gymnasium.example")),
     ("To", REG),
     ("Subject", hval("Anmeldung: Fachtag 08.05.2027 / Workshop Übergang Schule–Beruf")),
     ("Thread-Topic", hval("Anmeldung: Fachtag 08.05.2027 / Workshop Übergang Schule–Beruf")),
     ("Content-Language", "de-DE"),
     ("X-MS-Has-Attach", "yes"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("mixed",
          multi("alternative", text(T038, cs="windows-1252"), html(outlook_html(T038), cs="windows-1252"),
                boundary="_000_VI1PR02MB5918D0C1B2A39485766E5F4A3B2C1D0EVI1PR02MB5918eurp_"),
          attachment(VCF038.replace("\n", "\r\n").encode("utf-8"), "text/vcard", "Friederike Lohmann.vcf", cs="utf-8"),
          boundary="_004_VI1PR02MB5918D0C1B2A39485766E5F4A3B2C1D0EVI1PR02MB5918eurp_"))

# 039 — change from the shared association mailbox again (Reply-To the second chairman): one
# person less (5 -> 4) and they keep only the first choice ("bleiben bei Workshop IV, den
# Workshop II brauchen wir nicht mehr" — II is named but dropped); top-posted on the quote.
T039 = """\
Sehr geehrte Damen und Herren,

leider kann eine Person von uns nicht kommen, also wir sind nur 4 Personen. Wir bleiben bei Workshop IV, den Workshop II als Zweitwunsch brauchen wir nicht mehr.

Mit freundlichen Grüßen
Hüseyin Yıldırım
2. Vorsitzender
Türkisch-Deutscher Elternbund Münster e.V. (TDEB)

-----Ursprüngliche Nachricht-----
Von: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
Gesendet: Montag, 8. März 2027 19:30
An: h.yildirim@tdeb-muenster.example
Betreff: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027

""" + confirmation("Hüseyin Yıldırım", "Türkisch-Deutscher Elternbund Münster e.V.", "W4", 5)
add("039-tdeb-aenderung-personen-und-workshop.eml",
    exp("change", "h.yildirim@tdeb-muenster.example", "Hüseyin Yıldırım",
        "Türkisch-Deutscher Elternbund Münster e.V.", ["W4"], 4, "de"),
    [("Message-ID", "<c93a1f0e7d2b5a46@tdeb-muenster.example>"),
     ("Date", D("2027-04-07 20:02:31")),
     ("From", addr("TDEB Münster e.V.", "info@tdeb-muenster.example")),
     ("Reply-To", addr("Hüseyin Yıldırım", "h.yildirim@tdeb-muenster.example")),
     ("To", REG),
     ("Subject", hval("AW: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(17)), ("References", conf_id(17)),
     ("User-Agent", "Roundcube Webmail/1.6.2")],
    text(T039, cte="quoted-printable"))

# 040 — very short cancellation from a phone, reply above the quoted confirmation.
T040 = """\
Hallo, muss mich leider wieder abmelden, hab an dem Samstag doch Dienst. Sorry!
Jens Pohlmann

Von meinem Galaxy gesendet

-------- Ursprüngliche Nachricht --------
Von: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
Datum: 27.02.27 21:00 (GMT+01:00)
An: jens.pohlmann@gmail.example
Betreff: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027

""" + confirmation("Jens Pohlmann", None, "W2", 1)
add("040-pohlmann-absage-handy.eml",
    exp("cancellation", "jens.pohlmann@gmail.example", "Jens Pohlmann", None, [], None, "de"),
    [("Message-ID", "<qd7vx2k1mz9p0w3h5j8f.1806906217@email.android.example>"),
     ("Date", D("2027-04-08 06:43:37")),
     ("From", addr("Jens Pohlmann", "jens.pohlmann@gmail.example")),
     ("To", REG_FULL),
     ("Subject", hval("AW: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(8)), ("References", conf_id(8))],
    multi("alternative", text(T040, cte="8bit"), html(gmail_html(T040)),
          boundary="--_com.samsung.android.email_1806906217123450"))

# 041 — change of person, not of numbers: a sick colleague is replaced by another one; "An
# den Workshops ändert sich nichts" — no new choice, party unchanged; Outlook, quoted
# confirmation below "-----Ursprüngliche Nachricht-----".
T041 = """\
Sehr geehrte Damen und Herren,

leider ist unsere Kollegin Frau Berger längerfristig erkrankt. An ihrer Stelle kommt Frau Ilona Overmann (Erzieherin, ebenfalls aus unserer Einrichtung) mit zum Fachtag. An den Workshops ändert sich nichts.

Freundliche Grüße

Martina Hölscher-Beckmann
Leitung

Ev. Kita Regenbogen
Dechaneistraße 12 | 48145 Münster
Tel. 0251 / 13 57 24

Träger: Ev. Lukas-Kirchengemeinde Münster

-----Ursprüngliche Nachricht-----
Von: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
Gesendet: Mittwoch, 24. Februar 2027 10:20
An: Hölscher-Beckmann, Martina <m.hoelscher-beckmann@ev-kita-regenbogen.example>
Betreff: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027

""" + confirmation("Martina Hölscher-Beckmann", "Ev. Kita Regenbogen", "W1", 3)
add("041-hoelscher-beckmann-ersatzperson.eml",
    exp("change", "m.hoelscher-beckmann@ev-kita-regenbogen.example", "Martina Hölscher-Beckmann",
        "Ev. Kita Regenbogen", [], None, "de"),
    [("Message-ID", "<AM0PR10MB29637A8B9C0D1E2F3A4B5C6D7E8F9A0B@AM0PR10MB2963.EURPRD10.PROD.OUTLOOK.example>"),
     ("Date", D("2027-04-12 08:27:14")),
     ("From", addr("Hölscher-Beckmann, Martina", "m.hoelscher-beckmann@ev-kita-regenbogen.example", "iso-8859-1")),
     ("To", REG_FULL),
     ("Subject", hval("AW: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(5)), ("References", conf_id(5)),
     ("Thread-Topic", hval("Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("Content-Language", "de-DE"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    multi("alternative", text(T041, cs="windows-1252"), html(outlook_html(T041), cs="windows-1252"),
          boundary="_000_AM0PR10MB29637A8B9C0D1E2F3A4B5C6D7E8F9A0BAM0PR10MB2963EURP_"))

# 042 — change in Polish (windows-1250, base64): "z nr 3 na nr 4" — from the old to the new
# workshop; the number of persons is repeated as unchanged ("bez zmian (2)").
T042 = """\
Szanowni Państwo,

po rozmowie z naszym zarządem chciałabym zmienić nasz warsztat z nr 3 na nr 4 (zakładanie i wzmacnianie stowarzyszeń rodziców). Planujemy założyć osobne stowarzyszenie rodziców przy szkole i to jest teraz dla nas ważniejsze.

Liczba osób bez zmian (2).

Z poważaniem
Katarzyna Nowicka-Brandt
Polska Szkoła Sobotnia w Münster

> Guten Tag Katarzyna Nowicka-Brandt,
>
> vielen Dank für Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027.
> Wir haben folgende Angaben gespeichert:
>
>   Workshop:     Workshop 3 – Mehrsprachigkeit in der Familie
>   Personen:     2"""
add("042-nowicka-brandt-aenderung-polnisch-cp1250.eml",
    exp("change", "k.nowicka-brandt@polskaszkola-ms.example", "Katarzyna Nowicka-Brandt",
        "Polska Szkoła Sobotnia w Münster", ["W4"], None, "pl"),
    [("Message-ID", "<20270413121503.5c7e@polskaszkola-ms.example>"),
     ("Date", D("2027-04-13 12:15:03")),
     ("From", addr("Katarzyna Nowicka-Brandt", "k.nowicka-brandt@polskaszkola-ms.example", "windows-1250")),
     ("To", REG),
     ("Subject", hval("Odp: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027", "windows-1250")),
     ("In-Reply-To", conf_id(12)), ("References", conf_id(12)),
     ("User-Agent", "Roundcube Webmail/1.6.5")],
    text(T042, cs="windows-1250", cte="base64"))

# 043 — cancellation in Farsi (UTF-8, base64) for the whole group of three.
T043 = """\
سلام،

متأسفانه به دلیل یک مراسم خانوادگی که همان روز در شهر دیگری برگزار می‌شود، ما نمی‌توانیم در Fachtag روز ۸ مه شرکت کنیم. لطفاً ثبت نام ما (سه نفر، انجمن زنان افغان) را لغو کنید تا جای ما به دیگران برسد.

امیدوارم سال آینده بتوانیم شرکت کنیم.

با احترام
Farida Ahmadi
Afghanischer Frauenverein Münster e.V."""
add("043-ahmadi-absage-farsi.eml",
    exp("cancellation", "farida.ahmadi@gmx.example", "Farida Ahmadi",
        "Afghanischer Frauenverein Münster e.V.", [], None, "fa"),
    [("Message-ID", "<trinity-7c6b5a49-3827-4615-9e0d-1c2b3a4f5e6d-1807201344@3c-app-gmx-bs52.gmx.example>"),
     ("Date", D("2027-04-14 22:09:04")),
     ("From", addr("Farida Ahmadi", "farida.ahmadi@gmx.example")),
     ("To", REG),
     ("Subject", hval("لغو ثبت نام - Fachtag")),
     ("In-Reply-To", conf_id(18)),
     ("Importance", "normal")],
    text(T043, cte="base64"))

# 044 — non-standard bounce: a single text/plain part from a hoster's mail system (no
# multipart/report), mailbox full, the recipient written in mixed case; the original
# reminder's headers follow inline.
T044 = """\
Dies ist eine automatisch erstellte Nachricht des Mailsystems von mailhost.example.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.
This message could not be delivered to all recipients.

Empfänger / Recipient:  Elternbeirat.Gievenbeck@mailhost.example
Grund / Reason:         Das Postfach des Empfängers ist voll (552 5.2.2 mailbox quota exceeded)

Die Zustellung wurde 5 Tage lang versucht und wird jetzt abgebrochen.

------ Kopfzeilen der Originalnachricht / Original headers ------

Message-ID: <20270410070500.7D21B9E0@mail.muenster.example>
Date: Sat, 10 Apr 2027 09:05:00 +0200
From: Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example>
To: Elternbeirat.Gievenbeck@mailhost.example
Subject: Erinnerung: Anmeldung zum Fachtag Elternarbeit und Bildung noch bis 23. April"""
add("044-bounce-postfach-voll-plain.eml",
    exp("bounce", bounced="elternbeirat.gievenbeck@mailhost.example"),
    [("Return-Path", "<>"),
     ("Message-ID", "<bounce-20270415070611-44213@mx2.mailhost.example>"),
     ("Date", D("2027-04-15 09:06:11")),
     ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.mailhost.example")),
     ("To", REG),
     ("Subject", hval("Unzustellbar: " + REMINDER_SUBJECT))],
    text(T044, cs="iso-8859-1", cte="quoted-printable"))

# 045 — change in English with inline quoting of the confirmation: "move me to W1" answers
# the quoted "Workshop 3" line; the quoted party line is confirmed, not changed.
T045 = """\
Hi,

thanks for the quick confirmation! One thing:

On Tue, 2 Mar 2027 at 17:05, Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example> wrote:
> Guten Tag Aisha Rahman,
>
> vielen Dank für Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027.
> Wir haben folgende Angaben gespeichert:
>
>   Name:         Aisha Rahman
>   Organisation: Münster International Parents Network
>   Workshop:     Workshop 3 – Mehrsprachigkeit in der Familie

Could you move me to W1 instead? Another parent from our network has registered separately for Workshop 3, so we'd rather split up and cover both topics.

>   Personen:     1

That's still correct.

> Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese E-Mail.

Many thanks,
Aisha"""
add("045-rahman-aenderung-inline.eml",
    exp("change", "aisha.rahman@uni-muenster.example", "Aisha Rahman", None, ["W1"], None, "en"),
    [("Message-ID", "<7a0c5e3d9b1f4e2a8c6d0b4f2e9a7c5d@EXMBX07.uni-muenster.example>"),
     ("Date", D("2027-04-19 11:37:52")),
     ("From", addr("Rahman, Aisha", "aisha.rahman@uni-muenster.example")),
     ("To", REG_FULL),
     ("Subject", hval("RE: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(11)), ("References", conf_id(11)),
     ("Content-Language", "en-GB"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    text(T045, cte="quoted-printable"))

# 046 — the family centre withdraws its whole registration (HTML-only Outlook, windows-1252);
# mentions that one parent may register on her own later — still a cancellation of this one.
T046 = """\
Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum Fachtag am 8. Mai (4 Personen, Workshop Mehrsprachigkeit) zurückziehen. Wegen des aktuellen Personalengpasses können wir an dem Samstag niemanden für eine Fortbildung freistellen, und unsere Mitarbeiterinnen haben im Moment schon genug Überstunden.

Frau Tran aus unserem Elternbeirat überlegt, privat trotzdem zu kommen – sie meldet sich dann selbst bei Ihnen.

Wir bedauern das sehr und hoffen auf eine Dokumentation des Workshops.

Mit freundlichen Grüßen

Claudia Brüggemann
Leitung Familienzentrum Sonnenblume"""
add("046-sonnenblume-absage-html.eml",
    exp("cancellation", "leitung@fz-sonnenblume.example", "Claudia Brüggemann",
        "Familienzentrum Sonnenblume", [], None, "de"),
    [("Message-ID", "<DB9PR08MB65720A1B2C3D4E5F60718293A4B5C6D7@DB9PR08MB6572.eurprd08.prod.outlook.example>"),
     ("Date", D("2027-04-20 13:58:40")),
     ("From", addr("Kita Sonnenblume - Leitung", "leitung@fz-sonnenblume.example")),
     ("To", REG),
     ("Subject", "Abmeldung Fachtag - Familienzentrum Sonnenblume"),
     ("In-Reply-To", conf_id(22)),
     ("Content-Language", "de-DE"),
     ("X-Mailer", "Microsoft Outlook 16.0")],
    html(outlook_html(T046), cs="windows-1252"))

# 047 — question from a member of an already registered group (registered by someone else):
# accessibility and parking; mentions the group's workshop ("Workshop 2") without changing it.
T047 = """\
Guten Tag,

ich bin eine der drei Personen, die Frau Wördemann vom Elternverein der Mathilde-Anneke-Gesamtschule für den Fachtag angemeldet hat (wir sind jetzt in Workshop 2).

Ich sitze seit einem Unfall im Rollstuhl. Ist das Bürgerhaus Kinderhaus barrierefrei, auch die Räume für die Workshops und die Toiletten? Und gibt es in der Nähe einen Behindertenparkplatz?

Danke und viele Grüße
Heike Brinkhaus"""
add("047-brinkhaus-frage-barrierefreiheit.eml",
    exp("question", "heike.brinkhaus@posteo.example", "Heike Brinkhaus",
        "Elternverein der Mathilde-Anneke-Gesamtschule", [], None, "de"),
    [("Message-ID", "<4a1b2c3d5e6f@posteo.example>"),
     ("Date", D("2027-04-27 16:20:18")),
     ("From", addr("Heike Brinkhaus", "heike.brinkhaus@posteo.example")),
     ("To", REG),
     ("Subject", "Frage zur Barrierefreiheit"),
     ("User-Agent", "Posteo Webmail")],
    text(T047, cs="iso-8859-15", cte="8bit"))

# 048 — the school secretary cancels for the deputy head and again asks for the confirmation
# to go straight to her address (email = that address); ISO-8859-1, QP.
T048 = """\
Sehr geehrte Damen und Herren,

Frau Dr. Lange muss ihre Teilnahme am Fachtag am 8. Mai leider absagen, weil an dem Tag kurzfristig eine Sitzung der Schulkonferenz angesetzt wurde.

Bitte schicken Sie die Bestätigung der Abmeldung wieder direkt an Frau Dr. Lange (a.lange@marienschule-roxel.example).

Mit freundlichen Grüßen
i.A. Petra Hülsmann
Sekretariat

Marienschule Roxel
Katholische Grundschule der Stadt Münster"""
add("048-sekretariat-absage-lange.eml",
    exp("cancellation", "a.lange@marienschule-roxel.example", "Annette Lange",
        "Marienschule Roxel", [], None, "de"),
    [("Message-ID", "<b8e2d4f6-1a3c-4e5f-9071-2c4e6a8b0d1f@marienschule-roxel.example>"),
     ("Date", D("2027-04-28 09:41:27")),
     ("From", addr("Sekretariat Marienschule Roxel", "sekretariat@marienschule-roxel.example")),
     ("To", REG),
     ("Subject", "Absage Fachtag - Frau Dr. Lange"),
     ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1")],
    text(T048, cs="iso-8859-1", cte="quoted-printable"))

# 049 — learner-German cancellation without umlauts, no quote, new subject line.
T049 = """\
hallo,
entschuldigung wir konnen nicht kommen am samstag. meine frau ist krank und die kinder auch. bitte loschen unsere anmeldung.
danke
tesfay"""
add("049-gebremedhin-absage-lernerdeutsch.eml",
    exp("cancellation", "tesfay.g@gmail.example", "Tesfay Gebremedhin", None, [], None, "de"),
    [("Message-ID", "<CAMx4Tq8Lp=0rWd3vN7a2YcK@mail.gmail.example>"),
     ("Date", D("2027-05-03 19:55:02")),
     ("From", addr("tesfay gebremedhin", "tesfay.g@gmail.example")),
     ("To", REG),
     ("Subject", "fachtag")],
    multi("alternative", text(T049, cs="us-ascii", cte="7bit"), html(gmail_html(T049), cs="us-ascii", cte="7bit"),
          boundary="0000000000009e3b5a06201c7d48"))

# 050 — Vietnamese cancellation for the group of six, Gmail reply over the quoted confirmation.
T050 = """\
Kính gửi Ban tổ chức,

Rất tiếc, vì nhiều gia đình trong hội có việc đột xuất vào cuối tuần này nên nhóm chúng tôi (6 người) không thể tham dự Fachtag được. Xin ban tổ chức hủy đăng ký giúp chúng tôi.

Mong có dịp tham gia lần sau. Cảm ơn rất nhiều!

Nguyễn Thị Lan
Hội Người Việt tại Münster

Vào Th 3, 23 thg 3, 2027 vào lúc 08:10 Fachtag Elternarbeit und Bildung <fachtag-eltern@muenster.example> đã viết:

""" + quote(confirmation("Nguyễn Thị Lan", "Hội Người Việt tại Münster", "W3", 6))
add("050-nguyen-absage-vietnamesisch.eml",
    exp("cancellation", "lan.nguyen.ms@gmail.example", "Nguyễn Thị Lan",
        "Hội Người Việt tại Münster", [], None, "vi"),
    [("Message-ID", "<CAOq2vLm4Zx=8kPqR1tWb9Ha@mail.gmail.example>"),
     ("Date", D("2027-05-05 10:12:44")),
     ("From", addr("Lan Nguyen", "lan.nguyen.ms@gmail.example")),
     ("To", REG_FULL),
     ("Subject", hval("Re: Ihre Anmeldung zum Fachtag Elternarbeit und Bildung 2027")),
     ("In-Reply-To", conf_id(29)), ("References", conf_id(29))],
    multi("alternative", text(T050), html(gmail_html(T050)), boundary="000000000000b27c41062034e9f5"))


# ---------------------------------------------------------------------------
# writing, validation, --check, --stats
# ---------------------------------------------------------------------------

ALLOWED_BASES = ("example.org", "example.com", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>)?#:]+)")
WWW_RE = re.compile(r"(?i)(?<![\w./])www\.([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)")


def example_host(host):
    host = host.lower().rstrip(".")
    return (host == "example" or host.endswith(".example")
            or any(host == b or host.endswith("." + b) for b in ALLOWED_BASES))


def check_hosts(name, textval, where):
    textval = re.sub(r"cid:[^\s\"'<>]+", "", textval)
    for m in ADDR_RE.finditer(textval):
        if not example_host(m.group(1)):
            raise AssertionError(f"{name}: non-example address {m.group(0)!r} in {where}")
    for m in URL_RE.finditer(textval):
        if not example_host(m.group(1)):
            raise AssertionError(f"{name}: non-example URL host {m.group(1)!r} in {where}")
    for m in WWW_RE.finditer(textval):
        if not example_host("www." + m.group(1)):
            raise AssertionError(f"{name}: non-example host www.{m.group(1)!r} in {where}")


def check_record(name, r):
    assert set(r) == {"kind", "email", "name", "organisation", "workgroups", "party_size",
                      "language", "bounced_recipient"}, f"{name}: keys {sorted(r)}"
    k = r["kind"]
    assert k in KINDS, f"{name}: kind {k!r}"
    wg = r["workgroups"]
    assert isinstance(wg, list) and all(w in WORKSHOPS for w in wg) and len(set(wg)) == len(wg), name
    machine = k in ("auto_reply", "bounce", "other")
    if machine:
        assert r["email"] is None and r["name"] is None and r["organisation"] is None, name
        assert r["language"] is None and r["party_size"] is None and wg == [], name
    else:
        assert isinstance(r["email"], str) and r["email"] == r["email"].lower() and "@" in r["email"], name
        assert example_host(r["email"].split("@")[1]), name
        assert r["language"] in LANGS, f"{name}: language {r['language']!r}"
        assert r["name"] is None or isinstance(r["name"], str) and r["name"].strip(), name
        assert r["organisation"] is None or isinstance(r["organisation"], str) and r["organisation"].strip(), name
    if k == "registration":
        assert isinstance(r["party_size"], int) and 1 <= r["party_size"] <= 6, name
        assert r["name"], name
    elif k == "change":
        assert r["party_size"] is None or isinstance(r["party_size"], int) and r["party_size"] >= 1, name
    else:
        assert r["party_size"] is None, name
    if k in ("cancellation", "question"):
        assert wg == [], name
    if k == "bounce":
        b = r["bounced_recipient"]
        assert isinstance(b, str) and b == b.lower() and example_host(b.split("@")[1]), name
    else:
        assert r["bounced_recipient"] is None, name


def validate_mail(name, raw, record):
    assert re.fullmatch(r"\d{3}-[a-z0-9\-]+\.eml", name), name
    assert b"\r\n\r\n" in raw, f"{name}: no header/body separator"
    assert re.search(rb"(?<!\r)\n", raw) is None, f"{name}: bare LF"
    assert re.search(rb"\r(?!\n)", raw) is None, f"{name}: bare CR"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, f"{name}: line of {len(line)} octets"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
        assert msg[h] is not None, f"{name}: no {h}"
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for k, v in part.items():
            assert not getattr(v, "defects", None), f"{name}: header {k} defects {v.defects}"
            if k.lower() not in ("content-id",):
                check_hosts(name, str(v), f"header {k}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        assert not part.defects, f"{name}: defects after decoding {part.defects}"
        if part.get_content_maintype() == "text" or ctype == "message/delivery-status":
            cs = part.get_content_charset() or "us-ascii"
            if ctype == "message/delivery-status":
                payload = "".join(str(b) for b in part.get_payload()).encode("ascii")
            decoded = payload.decode(cs)  # strict
            check_hosts(name, decoded, ctype)
            if part.get_content_maintype() == "text":
                content = part.get_content()
                assert isinstance(content, str), name
    check_record(name, record)
    return parsedate_to_datetime(msg["Date"])


def build():
    names = [n for n, _, _ in MAILS]
    assert names == sorted(names), "file names not in order"
    assert [n[:3] for n in names] == [f"{i:03d}" for i in range(1, len(names) + 1)], "numbering"
    files = {n: raw for n, raw, _ in MAILS}
    expected = {n: r for n, _, r in MAILS}
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files, exp_bytes


def validate(files, expected):
    last = None
    for name in sorted(files):
        when = validate_mail(name, files[name], expected[name])
        assert last is None or when > last, f"{name}: Date does not rise"
        last = when
    return len(files)


def stats():
    kinds = Counter(r["kind"] for _, _, r in MAILS)
    langs = Counter(r["language"] for _, _, r in MAILS if r["language"])
    tops, charsets, ctes = Counter(), Counter(), Counter()
    for name, raw, _ in MAILS:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        tops[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset() or "us-ascii"] += 1
            if not part.is_multipart():
                ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    for title, c in (("kinds", kinds), ("languages", langs), ("top-level types", tops),
                     ("text-part charsets", charsets), ("transfer encodings (leaf parts)", ctes)):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    regs = [r for _, _, r in MAILS if r["kind"] == "registration"]
    print("party sizes (registrations): " + ", ".join(
        f"{k}x{v}" for k, v in sorted(Counter(r["party_size"] for r in regs).items())))
    print("registrations with a second choice: " + str(sum(len(r["workgroups"]) > 1 for r in regs)))


def main(argv):
    files, exp_bytes = build()
    expected = json.loads(exp_bytes)
    validate(files, expected)
    if "--stats" in argv:
        stats()
        return 0
    mails_dir = HERE / "mails"
    exp_path = HERE / "expected.json"
    if "--check" in argv:
        problems = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        for n in sorted(set(files) | on_disk):
            if n not in on_disk:
                problems.append(f"missing {n}")
            elif n not in files:
                problems.append(f"extra {n}")
            elif (mails_dir / n).read_bytes() != files[n]:
                problems.append(f"differs {n}")
        if not exp_path.exists() or exp_path.read_bytes() != exp_bytes:
            problems.append("differs expected.json")
        if problems:
            print("check failed:\n  " + "\n  ".join(problems))
            return 1
        print(f"check ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (mails_dir / n).write_bytes(raw)
    exp_path.write_bytes(exp_bytes)
    # re-read what is on disk and validate that too
    disk = {p.name: p.read_bytes() for p in sorted(mails_dir.glob("*.eml"))}
    n = validate(disk, json.loads(exp_path.read_text(encoding="utf-8")))
    print(f"wrote and validated {n} mails and expected.json in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
