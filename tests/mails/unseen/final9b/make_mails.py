#!/usr/bin/env python3
"""Evaluation set "final9b": 50 mails for the Nachbarschaftskonferenz Coerde 2027.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ from what would be written
    python3 make_mails.py --stats    print counts per kind, language, charset and encoding

Python 3.11, standard library only, deterministic.  Every mail text is in this file;
the comment line above each mail says what it tests.  Event config: config.toml.
"""

import base64
import json
import quopri
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.header import Header
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "nachbarschaftskonferenz@muenster.example"
OUR_NAME = "Nachbarschaftskonferenz Coerde"
CEST = timezone(timedelta(hours=2))
UTC = timezone.utc
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")

# ---------------------------------------------------------------------------
# MIME building blocks (hand-made so that charsets and encodings are exact)
# ---------------------------------------------------------------------------

STATS = Counter()


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) - ASCII only
        self.body = body            # bytes, CRLF line ends

    def bytes(self):
        head = b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in self.headers)
        return head + b"\r\n" + self.body


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, charset, cte):
    """Text (LF line ends) -> encoded body bytes with CRLF line ends."""
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset, "strict")
    STATS["charset " + charset.lower()] += 1
    STATS["cte " + cte] += 1
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
    if cte == "base64":
        return crlf(base64.encodebytes(raw))
    raise ValueError(cte)


def text(body, charset="utf-8", cte="8bit", subtype="plain", params="", disposition=None):
    h = [("Content-Type", f"text/{subtype}; charset=\"{charset}\"{params}"),
         ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", disposition))
    return Part(h, encode_body(body, charset, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, subtype="html")


def binary(data, ctype, filename, inline=False, cid=None):
    h = [("Content-Type", f"{ctype}; name=\"{filename}\""),
         ("Content-Transfer-Encoding", "base64"),
         ("Content-Disposition", f"{'inline' if inline else 'attachment'}; filename=\"{filename}\"")]
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    STATS["attachment " + ctype] += 1
    return Part(h, crlf(base64.encodebytes(data)))


def multi(subtype, boundary, *parts, params=""):
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{boundary}\"{params}")], body)


def attached_message(msg_bytes, inline=False):
    h = [("Content-Type", "message/rfc822")]
    if inline:
        h.append(("Content-Disposition", "inline"))
    return Part(h, msg_bytes)


def raw_part(ctype, body_text):
    return Part([("Content-Type", ctype)], crlf(body_text.encode("ascii")))


def hdr(s, charset="utf-8"):
    """Header text, RFC 2047-encoded in the given charset when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def when(y, mo, d, h, mi, tz=CEST):
    return datetime(y, mo, d, h, mi, 0, tzinfo=tz)


def message(body, *, frm, subject, date, mid, to=None, cc=None, reply_to=None,
            in_reply_to=None, references=None, charset="utf-8", extra=(), received=None):
    """Top-level message bytes.  frm/to/cc/reply_to: (name, address) or address string."""
    def a(x):
        if x is None:
            return None
        if isinstance(x, str):
            return x
        if isinstance(x, list):
            return ", ".join(a(y) for y in x)
        return addr(x[0], x[1], charset)
    h = []
    if received:
        h.append(("Received", received))
    h += [("Date", format_datetime(date)), ("From", a(frm))]
    h.append(("To", a(to if to is not None else (OUR_NAME, OUR))))
    if cc:
        h.append(("Cc", a(cc)))
    if reply_to:
        h.append(("Reply-To", a(reply_to)))
    h.append(("Subject", hdr(subject, charset)))
    h.append(("Message-ID", mid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return Part(h + body.headers, body.body).bytes()


# ---------------------------------------------------------------------------
# texts our side sent (quoted in replies)
# ---------------------------------------------------------------------------

INVITATION_MID = "<einladung-2027-05-03.0815@muenster.example>"
INVITATION = """\
Einladung zur Nachbarschaftskonferenz Coerde 2027
"Coerde gemeinsam gestalten"

Samstag, 12. Juni 2027, 10 bis 15 Uhr
Stadtteilhaus Coerde, Meerwiese 25, 48157 Münster

Liebe Nachbarinnen und Nachbarn,

wie wollen wir in Coerde zusammen leben? Was fehlt, was klappt gut? An fünf
Tischen sprechen wir darüber – mit Ihnen, mit Vereinen, Gemeinden, der
Wohnungswirtschaft und der Stadtverwaltung:

  Tisch 1: Spielplätze und Freiflächen für Kinder
  Tisch 2: Lärm und Zusammenleben im Haus
  Tisch 3: Reparatur-Café – Reparieren statt Wegwerfen
  Tisch 4: Sprachcafé – Deutsch sprechen im Alltag
  Tisch 5: Nachbarschaftshilfe für Seniorinnen und Senioren

Bitte melden Sie sich bis zum 4. Juni an, einfach per Antwort auf diese
Mail: Name, wie viele Personen kommen und an welchen Tisch Sie möchten
(gern auch einen zweiten Wunsch). Es gibt Kinderbetreuung und Essen aus
der Nachbarschaft. Die Teilnahme ist kostenlos.

Bezirksverwaltung Münster-Nord – Stadtteilbüro Coerde
nachbarschaftskonferenz@muenster.example"""


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in s.split("\n"))


def confirmation(name, table, persons):
    return f"""\
Guten Tag {name},

vielen Dank für Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027
am Samstag, 12. Juni 2027, 10 bis 15 Uhr, im Stadtteilhaus Coerde.

Ihr Tisch: {table}
Personen: {persons}

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Stadtteilbüro Coerde"""


MAILS = []   # (filename, bytes, expected)


def add(slug, data, kind, email=None, name=None, org=None, wg=(), party=None, lang=None,
        bounced=None):
    n = len(MAILS) + 1
    rec = {"kind": kind, "email": email, "name": name, "organisation": org,
           "workgroups": list(wg), "party_size": party, "language": lang,
           "bounced_recipient": bounced}
    MAILS.append((f"{n:03d}-{slug}.eml", data, rec))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def paras_html(s):
    """Plain text -> simple <div> lines as webmailers write them."""
    out = []
    for line in s.split("\n"):
        out.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return "\n".join(out)


def outlook_html(body_html):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
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
{body_html}
</div>
</body>
</html>
"""


def mso(s):
    """Plain text lines -> Outlook MsoNormal paragraphs."""
    out = []
    for line in s.split("\n"):
        if line:
            out.append(f"<p class=\"MsoNormal\">{esc(line)}<o:p></o:p></p>")
        else:
            out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"% " + title.encode("ascii") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# ===========================================================================
# THE MAILS, in arrival order
# ===========================================================================

# 001: Outlook out-of-office answer to the invitation mailing, with Auto-Submitted and
#      X-Auto-Response-Suppress; ISO-8859-15 quoted-printable; the subject quotes the event name.
add("lindemann-abwesend", message(
    text("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 14.05.2027, nicht im Büro und habe
keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat:
sekretariat@caritas-nord.example, Tel. 0251 000 4410.

Mit freundlichen Grüßen
Petra Lindemann
Caritas Stadtteilarbeit Münster-Nord""", "iso-8859-15", "quoted-printable"),
    frm=("Lindemann, Petra", "p.lindemann@caritas-nord.example"),
    subject="Automatische Antwort: Einladung zur Nachbarschaftskonferenz Coerde 2027",
    date=when(2027, 5, 3, 16, 2), mid="<AM0PR07MB6211.1F8@eurprd07.caritas-nord.example>",
    in_reply_to=INVITATION_MID, charset="iso-8859-15",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Thread-Topic", "Einladung zur Nachbarschaftskonferenz Coerde 2027"),
           ("Content-Language", "de-DE")]),
    "auto_reply")

# 002: standard Postfix multipart/report bounce of the invitation; recipient in mixed case in
#      the DSN (label is lower-case); the text/rfc822-headers part repeats the event subject.
add("mailer-daemon-user-unknown", message(
    multi("report", "4Fb2kL0x3Qz.1809534191/mx.muenster.example",
          text("""\
This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<H.Gruenewald@coerde-online.example>: host mx.coerde-online.example[192.0.2.44]
    said: 550 5.1.1 <H.Gruenewald@coerde-online.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)""", "us-ascii", "7bit", disposition="inline"),
          raw_part("message/delivery-status", """\
Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Fb2kL0x3Qz
X-Postfix-Sender: rfc822; nachbarschaftskonferenz@muenster.example
Arrival-Date: Mon,  3 May 2027 16:02:11 +0200 (CEST)

Final-Recipient: rfc822; H.Gruenewald@coerde-online.example
Original-Recipient: rfc822;H.Gruenewald@coerde-online.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.coerde-online.example
Diagnostic-Code: smtp; 550 5.1.1 <H.Gruenewald@coerde-online.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
          raw_part("text/rfc822-headers", """\
Date: Mon, 03 May 2027 16:02:09 +0200
From: Nachbarschaftskonferenz Coerde <nachbarschaftskonferenz@muenster.example>
To: H.Gruenewald@coerde-online.example
Subject: Einladung zur Nachbarschaftskonferenz Coerde 2027
Message-ID: <einladung-2027-05-03.0815@muenster.example>
"""),
          params="; report-type=delivery-status"),
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.muenster.example"),
    to="nachbarschaftskonferenz@muenster.example",
    subject="Undelivered Mail Returned to Sender", date=when(2027, 5, 3, 16, 3),
    mid="<20270503140312.9A1C2801B7@mx.muenster.example>",
    extra=[("Auto-Submitted", "auto-replied")]),
    "bounce", bounced="h.gruenewald@coerde-online.example")

# 003: short, ordinary retiree registration; ISO-8859-1 8bit; table named by the alias
#      "Senioren" inside a compound ("Senioren-Tisch"); party size not stated -> 1.
add("husmann-senioren", message(
    text("""\
Guten Tag,

hiermit melde ich mich für die Nachbarschaftskonferenz am 12. Juni an.
Ich würde gern an den Senioren-Tisch. Ich wohne seit 1974 in Coerde und
kenne viele Ältere hier im Viertel, die ganz allein sind.

Mit freundlichen Grüßen
Gabriele Husmann
Am Kiesberg 14
48157 Münster""", "iso-8859-1", "8bit"),
    frm=("Gabriele Husmann", "gabi.husmann@t-online.example"),
    subject="Anmeldung Nachbarschaftskonferenz", date=when(2027, 5, 3, 18, 41),
    mid="<1746290460123.4711.husmann@email.t-online.example>", charset="iso-8859-1",
    extra=[("X-Mailer", "T-Online eMail 6.24.1")]),
    "registration", "gabi.husmann@t-online.example", "Gabriele Husmann", None, ["T5"], 1, "de")

# 004: Gmail multipart/alternative, top-posted above the full quoted invitation (which lists
#      all five tables); party "zu viert" with the breakdown; UTF-8 quoted-printable.
SANDRA = """\
Hallo liebes Stadtteilbüro,

wir sind dabei! Wir kommen zu viert – mein Mann, ich und unsere beiden
Kinder (4 und 7). Wir möchten an den Tisch zu den Spielplätzen. Der am
Wacholderweg ist seit dem Winter abgesperrt und in der Nähe gibt es für die
Kleinen sonst nichts.

Liebe Grüße
Sandra Kowalczyk"""
SANDRA_ATTR = ("Am Mo., 3. Mai 2027 um 16:02 Uhr schrieb Nachbarschaftskonferenz Coerde <"
               "nachbarschaftskonferenz@muenster.example>:")
add("kowalczyk-zu-viert-spielplatz", message(
    multi("alternative", "000000000000a1b2c3d4e5f60718",
          text(SANDRA + "\n\n" + SANDRA_ATTR + "\n\n" + quote(INVITATION), "utf-8", "quoted-printable"),
          html('<div dir="ltr">' + paras_html(SANDRA) + '</div><br><div class="gmail_quote">'
               '<div dir="ltr" class="gmail_attr">' + esc(SANDRA_ATTR) + '<br></div>'
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
               'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
               + paras_html(INVITATION) + '</blockquote></div>\n', "utf-8", "quoted-printable")),
    frm=("Sandra Kowalczyk", "sandra.kowalczyk87@gmail.example"),
    subject="Re: Einladung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 5, 3, 20, 17),
    mid="<CAF3xK2pQ8+7vLw0Yh=sK1mN4@mail.gmail.example>", in_reply_to=INVITATION_MID),
    "registration", "sandra.kowalczyk87@gmail.example", "Sandra Kowalczyk", None, ["T1"], 4, "de")

# 005: English, plain ASCII 7bit; "me and my wife" = 2; first and second choice in own words
#      ("repair cafe" without accent, "the language cafe").
add("okafor-repair-language", message(
    text("""\
Hi there,

Found your flyer in our letterbox yesterday. I'd like to sign up for the
neighbourhood conference on June 12th - it'll be me and my wife Chioma.

We'd prefer the table about fixing things, the repair cafe. I used to do
electronics repair back in Lagos and could lend a hand. If that one's full,
the language cafe would be our second choice, Chioma is still working on
her German.

Cheers,
Daniel Okafor
Flat 3B, Kiesekamp 40""", "us-ascii", "7bit"),
    frm=("Daniel Okafor", "d.okafor@posteo.example"),
    subject="Sign up - neighbourhood conference 12 June", date=when(2027, 5, 4, 7, 55),
    mid="<a8c1e0f2-77d3-4b5e-9a01-okafor@posteo.example>",
    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")]),
    "registration", "d.okafor@posteo.example", "Daniel Okafor", None, ["T3", "T4"], 2, "en")

# 006: Turkish, ISO-8859-9 quoted-printable body and Q-encoded headers; "ben ve iki çocuğum"
#      = 3; table "çocuk oyun alanları" (playgrounds) named only in Turkish.
add("yildirim-oyun-alanlari", message(
    text("""\
Merhaba,

12 Haziran'daki Nachbarschaftskonferenz'a katılmak istiyorum. Ben ve iki
çocuğum geleceğiz (çocuklar 5 ve 9 yaşında).

Çocuk oyun alanları masasına oturmak isterim, çünkü bizim bloğun arkasındaki
oyun alanı çok kirli ve salıncaklar kırık.

Almanca biraz konuşuyorum ama Türkçe yazmak daha kolay, kusura bakmayın.

Saygılarımla
Emine Yıldırım""", "iso-8859-9", "quoted-printable"),
    frm=("Emine Yıldırım", "emine.yildirim@hotmail.example"),
    subject="Konferansa kayıt - Emine Yıldırım", date=when(2027, 5, 4, 11, 3),
    mid="<DB9PR02MB7346A1B2C3D4E5F6@DB9PR02MB7346.eurprd02.hotmail.example>", charset="iso-8859-9"),
    "registration", "emine.yildirim@hotmail.example", "Emine Yıldırım", None, ["T1"], 3, "tr")

# 007: housing company, Outlook HTML-only (windows-1252 QP), long signature and disclaimer;
#      two persons named ("meine Kollegin ... und ich"); mentions "Nachbarschaftshilfe" (T5)
#      only to say they will NOT take that table -> T2 alone.
JANA = """\
Sehr geehrte Damen und Herren,

gerne nehmen wir als Vermieterin von rund 600 Wohnungen in Coerde an der Nachbarschaftskonferenz teil. Anmelden möchte ich meine Kollegin Frau Svenja Brandt (Sozialmanagement) und mich, also 2 Personen.

Unser Interesse gilt dem Tisch „Lärm und Zusammenleben im Haus“ – das ist bei uns mit Abstand das häufigste Thema bei Mieterbeschwerden. Die Nachbarschaftshilfe in unseren Häusern unterstützen wir zwar ebenfalls, dort sind aber schon die Ehrenamtlichen aus unseren Mietertreffs aktiv, daher möchten wir diesen Tisch nicht belegen.

Mit freundlichen Grüßen

i. A. Jana Tiedemann
Quartiersmanagerin Coerde

Nordwohnen GmbH
Kiesekamp 2 | 48157 Münster
Telefon: 0251 000 3871 | Mobil: 0170 0003871
j.tiedemann@nordwohnen.example | www.nordwohnen.example

Nordwohnen GmbH | Sitz: Münster | Amtsgericht Münster HRB 00000
Geschäftsführung: Dr. Ralf Eickhoff, Martina Scholz"""
JANA_DISCLAIMER = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
                   "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten "
                   "haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. "
                   "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.")
add("tiedemann-nordwohnen-outlook-html", message(
    html(outlook_html(mso(JANA) + '\n<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
                      + esc(JANA_DISCLAIMER) + '<o:p></o:p></span></p>'), "windows-1252", "quoted-printable"),
    frm=("Tiedemann, Jana", "j.tiedemann@nordwohnen.example"),
    subject="Anmeldung Nordwohnen - Nachbarschaftskonferenz 12.06.2027", date=when(2027, 5, 4, 14, 26),
    mid="<FR3P281MB1764C0FFEE12@FR3P281MB1764.DEUP281.PROD.nordwohnen.example>", charset="windows-1252",
    extra=[("Thread-Topic", "Anmeldung Nordwohnen - Nachbarschaftskonferenz 12.06.2027"),
           ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
    "registration", "j.tiedemann@nordwohnen.example", "Jana Tiedemann", "Nordwohnen GmbH", ["T2"], 2, "de")

# 008: learner German from a phone, no punctuation to speak of; "mit meine Frau und meine Tochter,
#      wir sind 3 Person"; From display shows only the first name, full name in the text.
add("alhassan-sprachcafe-iphone", message(
    text("""\
Hallo
Ich heiße Mahmoud Al-Hassan ich wohne in Coerde seit 2 jahre. ich möchte kommen zum Sprachcafe mit meine Frau und meine Tochter, wir sind 3 Person. Meine Tochter ist 15 sie spricht gut deutsch aber meine Frau nicht so.
Danke schön
Mahmoud

Von meinem iPhone gesendet""", "utf-8", "8bit"),
    frm=("Mahmoud", "m.alhassan90@gmx.example"),
    subject="Anmeldung", date=when(2027, 5, 4, 19, 48),
    mid="<5D1E7C3A-2F4B-4C8D-9E10-7A2B3C4D5E6F@gmx.example>",
    extra=[("X-Mailer", "iPhone Mail (21F90)")]),
    "registration", "m.alhassan90@gmx.example", "Mahmoud Al-Hassan", None, ["T4"], 3, "de")

# 009: pure question (accessibility, wheelchair, how long) - explicitly "bevor ich mich anmelde";
#      ISO-8859-1 quoted-printable.
add("kampmann-barrierefrei-frage", message(
    text("""\
Sehr geehrte Damen und Herren,

ich habe Ihre Einladung im Schaukasten an der Kirche gesehen. Bevor ich mich
anmelde, hätte ich zwei Fragen:

Ist das Stadtteilhaus barrierefrei? Ich sitze seit einem Unfall im Rollstuhl
und komme mit dem Bus. Gibt es eine Rampe und eine rollstuhlgerechte Toilette?

Und muss man die ganzen fünf Stunden bleiben, oder kann man auch zwischendurch
gehen? Länger als zwei, drei Stunden schaffe ich leider nicht.

Vielen Dank für eine kurze Rückmeldung.

Werner Kampmann""", "iso-8859-1", "quoted-printable"),
    frm=("Werner Kampmann", "werner.kampmann@web.example"),
    subject="Frage zur Barrierefreiheit", date=when(2027, 5, 5, 9, 12),
    mid="<trinity-3f1c2b7e-kampmann-1746429120@3c-app-webde-bap41.web.example>", charset="iso-8859-1"),
    "question", "werner.kampmann@web.example", "Werner Kampmann", None, [], None, "de")

# 010: Russian in KOI8-R 8bit (body and B-encoded subject); first choice "помощь пожилым",
#      second "языковое кафе"; "Приду одна" = 1.
add("kravets-koi8r-pozhilye", message(
    text("""\
Здравствуйте!

Меня зовут Людмила Кравец, мне 71 год, живу в Кёрде с 1998 года. Соседка
дала мне ваше приглашение. Я хотела бы прийти на конференцию 12 июня.

Больше всего меня интересует стол про помощь пожилым людям - я сама часто
помогаю соседям по дому, хожу в аптеку для тех, кто уже не может. Если там
не будет мест, тогда, может быть, языковое кафе, мой немецкий не очень
хороший.

Приду одна.

С уважением,
Людмила Кравец""", "koi8-r", "8bit"),
    frm=("Людмила Кравец", "l.kravets@mail.example"),
    subject="Регистрация на конференцию 12 июня", date=when(2027, 5, 5, 10, 37),
    mid="<1746434220.771203@f512.i.mail.example>", charset="koi8-r"),
    "registration", "l.kravets@mail.example", "Людмила Кравец", None, ["T5", "T4"], 1, "ru")

# 011: youth club worker; Reply-To is the club's shared mailbox and he asks for confirmation
#      there; "ich + 5" / "zu sechst"; table named by "Freiflächen"/Bolzplatz; sponsor e.V. in
#      the signature besides the club name.
add("brueggemann-jugendtreff-reply-to", message(
    text("""\
Moin zusammen,

der Jugendtreff Nordlicht ist gern dabei! Ich komme mit fünf Jugendlichen
aus unserer Dienstagsgruppe, wir sind also zu sechst (ich + 5).

Die Jugendlichen wollen unbedingt an den Tisch zu den Freiflächen - Thema
Bolzplatz hinter der Gesamtschule und ein überdachter Treffpunkt, wo man
abends auch mal sitzen darf, ohne dass gleich jemand die Polizei ruft.

Bitte schickt die Bestätigung an unsere Sammeladresse (Reply-To), die
lesen auch die Kolleg*innen.

Viele Grüße
Timo Brüggemann
Sozialarbeiter (B.A.)

Offener Jugendtreff Nordlicht
Träger: Verein für Jugendarbeit Münster-Nord e.V.
Öffnungszeiten: Di-Fr 14-20 Uhr""", "utf-8", "8bit"),
    frm=("Timo Brüggemann", "timo.brueggemann@nordlicht-jugend.example"),
    reply_to=("Jugendtreff Nordlicht", "info@nordlicht-jugend.example"),
    subject="Anmeldung Jugendtreff Nordlicht", date=when(2027, 5, 5, 15, 3),
    mid="<7c2d9e41-brueggemann@nordlicht-jugend.example>",
    extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
    "registration", "info@nordlicht-jugend.example", "Timo Brüggemann", "Offener Jugendtreff Nordlicht",
    ["T1"], 6, "de")

# 012: Polish, ISO-8859-2 quoted-printable; "razem z sąsiadką ... będziemy we dwie" = 2;
#      "kawiarenka językowa (Sprachcafé)".
add("wrobel-kawiarenka-jezykowa", message(
    text("""\
Dzień dobry,

chciałabym się zapisać na konferencję sąsiedzką 12 czerwca. Przyjdę razem
z sąsiadką z trzeciego piętra, panią Haliną, czyli będziemy we dwie.

Interesuje nas stolik z kawiarenką językową (Sprachcafé), bo obie chcemy
lepiej mówić po niemiecku w sklepie i u lekarza.

Pozdrawiam serdecznie
Agnieszka Wróbel""", "iso-8859-2", "quoted-printable"),
    frm=("Agnieszka Wróbel", "agnieszka.wrobel@wp.example"),
    subject="Zgłoszenie na konferencję sąsiedzką", date=when(2027, 5, 5, 21, 30),
    mid="<5f3a8c2e1b7d@wp.example>", charset="iso-8859-2"),
    "registration", "agnieszka.wrobel@wp.example", "Agnieszka Wróbel", None, ["T4"], 2, "pl")

# 013: district newsletter (other): List-Unsubscribe, Precedence: bulk, multipart/alternative;
#      it advertises the conference and names every table, the date and the deadline.
NEWS = """\
Coerde aktuell - Ihr Stadtteil-Newsletter, Ausgabe Mai 2027

Liebe Leserinnen und Leser,

hier die Termine der nächsten Wochen:

* Samstag, 8. Mai: Frühjahrsputz rund um den Kanal, Treffpunkt 10 Uhr am Bootshaus
* Mittwoch, 19. Mai: Spieleabend in der Stadtteilbibliothek, 18 Uhr
* Samstag, 12. Juni: Nachbarschaftskonferenz Coerde 2027 im Stadtteilhaus.
  An fünf Tischen geht es um Spielplätze, Lärm im Haus, ein Reparatur-Café,
  ein Sprachcafé und Nachbarschaftshilfe für Ältere. Anmeldung bis 4. Juni
  beim Stadtteilbüro.

Neu in Coerde: Der Wochenmarkt hat jetzt auch donnerstags geöffnet.

Sie erhalten diesen Newsletter, weil Sie sich auf coerde-aktuell.example
angemeldet haben. Abmelden: https://coerde-aktuell.example/abmelden?u=7f3e21

Redaktion Coerde aktuell, c/o Bürgerverein Coerde e.V."""
add("newsletter-coerde-aktuell", message(
    multi("alternative", "----=_NextPart_coerde_aktuell_2027_05",
          text(NEWS, "utf-8", "quoted-printable"),
          html("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Coerde aktuell</title></head>"
               "<body style=\"font-family:Arial,sans-serif\">\n<table width=\"600\" align=\"center\">"
               "<tr><td>\n" + paras_html(NEWS) + "\n<img src=\"https://coerde-aktuell.example/t/open.gif?u=7f3e21\" "
               "width=\"1\" height=\"1\" alt=\"\">\n</td></tr></table></body></html>\n", "utf-8", "quoted-printable")),
    frm=("Coerde aktuell", "newsletter@coerde-aktuell.example"),
    to="nachbarschaftskonferenz@muenster.example",
    subject="Coerde aktuell – Mai 2027: Frühjahrsputz, Spieleabend, Nachbarschaftskonferenz",
    date=when(2027, 5, 6, 6, 0, UTC), mid="<nl-2027-05.7f3e21@mailing.coerde-aktuell.example>",
    extra=[("List-Unsubscribe", "<https://coerde-aktuell.example/abmelden?u=7f3e21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach Mailer 3.0")]),
    "other")

# 014: Arabic in windows-1256, base64 body, From display name in Arabic; "أنا وزوجي وأطفالنا
#      الثلاثة" = 5; table "ملاعب الأطفال والمساحات الخضراء" (playgrounds/open spaces).
add("haddad-cp1256-malaeb", message(
    text("""\
السلام عليكم،

أود التسجيل في مؤتمر الجيران يوم السبت 12 يونيو. سنحضر أنا وزوجي وأطفالنا الثلاثة.

نود الجلوس على طاولة ملاعب الأطفال والمساحات الخضراء، لأن أولادنا لا يجدون مكاناً آمناً للعب قرب البيت.

شكراً جزيلاً
رانيا حداد""", "windows-1256", "base64"),
    frm=("رانيا حداد", "rania.haddad@yahoo.example"),
    subject="تسجيل في مؤتمر الجيران", date=when(2027, 5, 6, 12, 44),
    mid="<1746528240.88213.rania@yahoo.example>", charset="windows-1256"),
    "registration", "rania.haddad@yahoo.example", "رانيا حداد", None, ["T1"], 5, "ar")

# 015: church parish office (shared mailbox, From display is the office), signed by the pastor;
#      "Tisch 5" by number; two named volunteers + writer = 3; multipart/mixed with alternative
#      in ISO-8859-15 QP and a PDF parish letter attached.
CHURCH = """\
Liebes Team vom Stadtteilbüro,

für unsere Gemeinde melde ich mich gern zur Nachbarschaftskonferenz an. Mit
mir kommen zwei Ehrenamtliche aus unserem Besuchsdienst, Frau Ilse Rohde und
Herr Günter Wessel - wir sind also zu dritt.

Wir möchten alle drei an Tisch 5. Der Besuchsdienst besucht seit vielen
Jahren ältere Menschen in Coerde, und wir würden gern hören, wie wir uns mit
anderen Initiativen besser vernetzen können.

Im Anhang schicke ich Ihnen unseren aktuellen Gemeindebrief, dort steht
auch ein kleiner Hinweis auf die Konferenz.

Herzliche Grüße und Gottes Segen
Meike Sonntag
Pfarrerin

Ev. Friedensgemeinde Coerde
Gemeindebüro: Di und Do 9-12 Uhr, Tel. 0251 000 2290
Spendenkonto Diakonie: IBAN DE00 0000 0000 0000 0000 00"""
add("sonntag-friedensgemeinde-tisch5", message(
    multi("mixed", "------------0F1E2D3C4B5A69788796A5B4",
          multi("alternative", "------------A1B2C3D4E5F60718293A4B5C",
                text(CHURCH, "iso-8859-15", "quoted-printable", params="; format=flowed"),
                html("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-15\">"
                     "</head><body>\n" + "\n".join("<p>" + esc(p).replace("\n", "<br>\n") + "</p>"
                                                 for p in CHURCH.split("\n\n"))
                     + "\n</body></html>\n", "iso-8859-15", "quoted-printable")),
          binary(fake_pdf("Gemeindebrief Juni-August 2027"), "application/pdf",
                 "Gemeindebrief_Juni-August_2027.pdf")),
    frm=("Ev. Friedensgemeinde Coerde - Gemeindebüro", "gemeindebuero@friedensgemeinde-coerde.example"),
    subject="Anmeldung Besuchsdienst Friedensgemeinde", date=when(2027, 5, 7, 10, 15),
    mid="<b41f0c7a-5e2d-6a1b-9c3d-0e4f5a6b7c8d@friedensgemeinde-coerde.example>", charset="iso-8859-15",
    extra=[("User-Agent", "Mozilla Thunderbird 115.12.0"), ("Content-Language", "de-DE")]),
    "registration", "gemeindebuero@friedensgemeinde-coerde.example", "Meike Sonntag",
    "Ev. Friedensgemeinde Coerde", ["T5"], 3, "de")

# 016: change, replying to our confirmation; T-Online webmail quotes WITHOUT ">" markers below
#      "----- Original Nachricht ----", and the quoted confirmation says "Tisch 5"; new table
#      named by the alias "Reparieren" in a sentence ("zum Reparieren umbuchen").
add("husmann-umbuchen-reparieren", message(
    text("""\
Guten Tag,

ich habe es mir anders überlegt. Können Sie mich bitte zum Reparieren
umbuchen? Meine Nachbarin hat erzählt, dass man da auch Nähmaschinen
wieder flott machen kann, und ich habe zwei Stück im Keller stehen.
Zu den Senioren gehe ich dann lieber ein anderes Mal.

Freundliche Grüße
Gabriele Husmann


----- Original Nachricht ----
Von:     Nachbarschaftskonferenz Coerde <nachbarschaftskonferenz@muenster.example>
An:      gabi.husmann@t-online.example
Datum:   04.05.2027 08:10
Betreff: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027

""" + confirmation("Gabriele Husmann", "Tisch 5 - Nachbarschaftshilfe für Seniorinnen und Senioren", 1),
        "utf-8", "quoted-printable"),
    frm=("Gabriele Husmann", "gabi.husmann@t-online.example"),
    subject="AW: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 5, 7, 17, 2),
    mid="<1746630120456.1234.husmann@email.t-online.example>",
    in_reply_to="<bestaetigung-0003@muenster.example>",
    extra=[("X-Mailer", "T-Online eMail 6.24.1")]),
    "change", "gabi.husmann@t-online.example", "Gabriele Husmann", None, ["T3"], None, "de")

# 017: Albanian from a phone, UTF-8 base64; "me gruan dhe dy fëmijët, gjithsej 4 veta";
#      first choice playgrounds, second "kafeneja e gjuhës".
add("krasniqi-albanisch-kendet", message(
    text("""\
Përshëndetje,

Dua të regjistrohem për konferencën e lagjes më 12 qershor. Do të vij me gruan dhe dy fëmijët, gjithsej 4 veta.

Na intereson tavolina për këndet e lojërave të fëmijëve. Nëse ka vend, si zgjedhje e dytë kafeneja e gjuhës, sepse gruaja ime do të mësojë më shumë gjermanisht.

Faleminderit shumë
Arben Krasniqi

Dërguar nga Android""", "utf-8", "base64"),
    frm=("Arben Krasniqi", "arben.krasniqi@gmail.example"),
    subject="Regjistrim per konferencen", date=when(2027, 5, 8, 8, 26),
    mid="<CAOx7Rk9Fm2Lp+Ad1=krasniqi@mail.gmail.example>"),
    "registration", "arben.krasniqi@gmail.example", "Arben Krasniqi", None, ["T1", "T4"], 4, "sq")

# 018: English question (interpreting? can I follow?) - mentions the language barrier but asks
#      about interpretation at the event, which is not the language-café table; ISO-8859-1 QP.
add("oconnor-english-question", message(
    text("""\
Hello,

I moved to Coerde from Dublin in March and found your invitation on the
notice board in our stairwell. My German is very basic (A1, working on it!).

Would I actually be able to follow the discussions, or is everything in
German? Is there any interpreting? I'd love to meet the neighbours but I
don't want to sit there for five hours without understanding a word.

Thanks a million,
Siobhán O'Connor""", "iso-8859-1", "quoted-printable"),
    frm=("Siobhán O'Connor", "siobhan.oconnor@outlook.example"),
    subject="Question about the conference - English?", date=when(2027, 5, 8, 13, 50),
    mid="<VI1PR03MB4477E2B6@VI1PR03MB4477.eurprd03.outlook.example>", charset="iso-8859-1"),
    "question", "siobhan.oconnor@outlook.example", "Siobhán O'Connor", None, [], None, "en")

# 019: Romanian with comma-below letters in ISO-8859-16 (QP, Q-encoded subject);
#      "la masa Repair Café", "Vin singur" = 1.
add("popescu-iso8859-16-repair", message(
    text("""\
Bună ziua,

Mă numesc Ionuț Popescu și locuiesc în Coerde de doi ani. Aș dori să mă
înscriu la conferința vecinilor din 12 iunie, la masa Repair Café. Sunt
electrician și pot ajuta la reparații.

Vin singur.

Mulțumesc frumos,
Ionuț Popescu""", "iso-8859-16", "quoted-printable"),
    frm=("Ionuț Popescu", "ionut.popescu@yahoo.example"),
    subject="Înscriere conferința vecinilor", date=when(2027, 5, 8, 19, 11),
    mid="<1746724260.popescu.77@yahoo.example>", charset="iso-8859-16"),
    "registration", "ionut.popescu@yahoo.example", "Ionuț Popescu", None, ["T3"], 1, "ro")

# 020: ticket-system receipt (auto_reply) from the housing company's service desk, answering
#      one of our confirmations; Auto-Submitted + Precedence; windows-1252 8bit; subject names
#      the event.
add("nordwohnen-ticket-eingang", message(
    text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
2027050910000345 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.

Unsere Bearbeitungszeit beträgt derzeit bis zu fünf Werktage.

Bei Notfällen (Wasserschaden, Heizungsausfall, Rohrbruch) erreichen Sie
unseren Notdienst rund um die Uhr unter 0251 000 9999.

Ihr Kundenservice der Nordwohnen GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
auf diese E-Mail.""", "windows-1252", "8bit"),
    frm=("Nordwohnen Kundenservice", "service@nordwohnen.example"),
    subject="[Ticket#2027050910000345] Eingangsbestätigung: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027",
    date=when(2027, 5, 9, 9, 0), mid="<1746774000.991.otrs@service.nordwohnen.example>",
    in_reply_to="<bestaetigung-0007@muenster.example>", charset="windows-1252",
    extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
           ("X-OTRS-Loop", "yes"), ("X-Loop", "service@nordwohnen.example")]),
    "auto_reply")

# 021: Tamil, UTF-8 base64; for a Tamil association; "நானும் என் மனைவியும் ... (இருவர்)" = 2;
#      table "முதியோருக்கான அயலவர் உதவி" (neighbourly help for elders); the signature gives
#      name and association in Tamil and in Latin letters.
add("thambirajah-tamil-mutiyor", message(
    text("""\
வணக்கம்,

ஜூன் 12 அன்று நடைபெறும் அயலவர் மாநாட்டில் கலந்துகொள்ள விரும்புகிறோம்.
நானும் என் மனைவியும் வருவோம் (இருவர்).

முதியோருக்கான அயலவர் உதவி மேசையில் அமர விரும்புகிறோம். எங்கள் சங்கத்தில்
பல முதியவர்கள் தனியாக வாழ்கிறார்கள், அவர்களுக்கு உதவ வழிகளைத் தேடுகிறோம்.

நன்றி,
சிவகுமார் தம்பிராஜா
Sivakumar Thambirajah
தமிழ் கலாச்சார சங்கம் மன்ஸ்டர்
Tamilischer Kulturverein Münster e.V.""", "utf-8", "base64"),
    frm=("Sivakumar Thambirajah", "s.thambirajah@tamil-muenster.example"),
    subject="அயலவர் மாநாடு - பதிவு", date=when(2027, 5, 9, 16, 40),
    mid="<CAJ8=thambirajah.0912@mail.gmail.example>"),
    "registration", "s.thambirajah@tamil-muenster.example", "Sivakumar Thambirajah",
    "Tamilischer Kulturverein Münster e.V.", ["T5"], 2, "ta")

# 022: Dari (Afghan Persian: "جون", "گپ زدن", "تشکر"), UTF-8 QP; "من با خواهرم ... دو نفر" = 2;
#      table "کافه زبان (Sprachcafé)"; signature in both scripts.
add("amiri-dari-kafe-zaban", message(
    text("""\
سلام علیکم،

من فرشته امیری هستم و در کوردی زندگی می‌کنم. می‌خواهم برای کنفرانس همسایه‌ها در روز ۱۲ جون ثبت نام کنم. من با خواهرم می‌آیم، دو نفر هستیم.

ما می‌خواهیم سر میز کافه زبان بنشینیم (Sprachcafé). ما کورس آلمانی می‌رویم، ولی گپ زدن با همسایه‌ها برای ما هنوز مشکل است.

تشکر
فرشته امیری
Freshta Amiri""", "utf-8", "quoted-printable"),
    frm=("Freshta Amiri", "freshta.amiri@gmail.example"),
    subject="ثبت نام کنفرانس همسایه‌ها", date=when(2027, 5, 10, 10, 5),
    mid="<CAPm4Zx1=amiri.kafe@mail.gmail.example>"),
    "registration", "freshta.amiri@gmail.example", "Freshta Amiri", None, ["T4"], 2, "fa")

# 023: phone mail, brings an elderly neighbour ("bringe Frau Schulte ... mit", "Wir wären dann 2"),
#      first "Seniorenhilfe", fallback "zur Not auch Lärm"; emoji; UTF-8 8bit.
add("lammers-frau-schulte", message(
    text("""\
Hallo,
ich möchte mich anmelden und bringe Frau Schulte aus dem EG mit, sie ist 84 und kommt sonst kaum noch raus. Wir wären dann 2.
Am liebsten Seniorenhilfe, zur Not auch Lärm (bei uns im Haus ist nachts immer was los 🙄)
LG Birgit Lammers

Gesendet von meinem Galaxy""", "utf-8", "8bit"),
    frm=("Birgit Lammers", "birgit.lammers@freenet.example"),
    subject="Anmeldung Konferenz", date=when(2027, 5, 10, 21, 58),
    mid="<8f2c1a7b-lammers-sm-a546b@freenet.example>"),
    "registration", "birgit.lammers@freenet.example", "Birgit Lammers", None, ["T5", "T2"], 2, "de")

# 024: change of party size only, English, bottom-posted under our confirmation; no table named
#      -> workgroups [] and party_size 1.
add("okafor-only-me", message(
    text(f"""\
On 04/05/2027 08:31, Nachbarschaftskonferenz Coerde wrote:
{quote(confirmation("Daniel Okafor", "Tisch 3 - Reparatur-Café: Reparieren statt Wegwerfen", 2))}

Hi again,

quick update - Chioma got put on a shift at the hospital that Saturday
after all, so it'll just be me. Sorry for the back and forth.

Daniel""", "utf-8", "quoted-printable", params="; format=flowed"),
    frm=("Daniel Okafor", "d.okafor@posteo.example"),
    subject="Re: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 5, 11, 7, 20),
    mid="<0b7e9d2c-1f3a-4e5b-8c6d-okafor2@posteo.example>", in_reply_to="<bestaetigung-0005@muenster.example>",
    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")]),
    "change", "d.okafor@posteo.example", "Daniel Okafor", None, [], 1, "en")

# 025: mosque association chairman, windows-1252 8bit; "vier Personen (mit mir)" with the other
#      three named; table by alias "Zusammenleben"; parking complaints (not a table).
add("demir-islamische-gemeinde", message(
    text("""\
Sehr geehrte Damen und Herren,

die Islamische Gemeinde Coerde e.V. bedankt sich herzlich für die Einladung.

Aus unserem Vorstand und der Jugendabteilung nehmen teil: Murat Kaya,
Hatice Öztürk, Emre Yilmaz und ich. Wir sind also insgesamt vier Personen
(mit mir).

Wir möchten gern am Tisch "Zusammenleben" teilnehmen. In den Häusern rund um
unser Gemeindezentrum gibt es manchmal Beschwerden wegen der parkenden Autos
beim Freitagsgebet, und darüber möchten wir offen mit den Nachbarn sprechen.

Mit freundlichen Grüßen

Yusuf Demir
1. Vorsitzender
Islamische Gemeinde Coerde e.V.
www.igc-coerde.example""", "windows-1252", "8bit"),
    frm=("Islamische Gemeinde Coerde", "vorstand@igc-coerde.example"),
    subject="Teilnahme Islamische Gemeinde Coerde", date=when(2027, 5, 11, 18, 33),
    mid="<000001db7a3c$5e2f1a00$1a8d4e00$@igc-coerde.example>", charset="windows-1252",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]),
    "registration", "vorstand@igc-coerde.example", "Yusuf Demir", "Islamische Gemeinde Coerde e.V.",
    ["T2"], 4, "de")

# 026: short question (come later? must I pick a table?) - no registration; ISO-8859-1 8bit.
add("hoelscher-nachmittags-frage", message(
    text("""\
Hallo,

kann man auch erst nachmittags dazukommen? Ich arbeite samstags bis 12.
Und muss man sich vorher für einen Tisch entscheiden oder kann man da
rumgehen und überall mal zuhören?

Gruß
Jens Hölscher""", "iso-8859-1", "8bit"),
    frm=("Jens Hölscher", "jens.hoelscher@arcor.example"),
    subject="Frage", date=when(2027, 5, 12, 6, 47), mid="<20270512064702.4c1@arcor.example>",
    charset="iso-8859-1"),
    "question", "jens.hoelscher@arcor.example", "Jens Hölscher", None, [], None, "de")

# 027: English, UTF-8 QP; flatmate "might join too ... please count just me for now - he'd
#      write separately" -> party 1; "repair café table".
add("raman-repair-flatmate", message(
    text("""\
Hello!

I'm a PhD student living in the student flats at the edge of Coerde, and a
friend forwarded me your invitation. I'd love to come to the repair café
table on 12 June - I run a small bike repair corner in our building and it
would be great to link up with people who do the same kind of thing.

My flatmate Jonas might join too, but he doesn't know his shift plan yet,
so please count just me for now. He'd write to you separately.

Best,
Priya Raman""", "utf-8", "quoted-printable"),
    frm=("Priya Raman", "priya.raman@uni-muenster.example"),
    subject="Registration: repair café table", date=when(2027, 5, 12, 22, 9),
    mid="<f7a1c3e5-raman-0512@uni-muenster.example>",
    extra=[("User-Agent", "Microsoft-MacOutlook/16.89.24091630")]),
    "registration", "priya.raman@uni-muenster.example", "Priya Raman", None, ["T3"], 1, "en")

# 028: ALL CAPS retiree, ISO-8859-1 QP; "MICH UND MEINE FRAU" = 2; "TISCH 3 (REPARATUR)".
add("ploeger-grossbuchstaben", message(
    text("""\
GUTEN TAG,

HIERMIT MELDE ICH MICH UND MEINE FRAU ZUR KONFERENZ AM 12.6. AN.
WIR MÖCHTEN AN TISCH 3 (REPARATUR). ICH BIN ELEKTROMEISTER IM RUHESTAND
UND KANN GERNE MITHELFEN.

MFG
HORST PLÖGER""", "iso-8859-1", "quoted-printable"),
    frm=("Horst Plöger", "horst.ploeger@t-online.example"),
    subject="ANMELDUNG", date=when(2027, 5, 13, 10, 2),
    mid="<1746864120789.5566.ploeger@email.t-online.example>", charset="iso-8859-1",
    extra=[("X-Mailer", "T-Online eMail 6.24.1")]),
    "registration", "horst.ploeger@t-online.example", "Horst Plöger", None, ["T3"], 2, "de")

# 029: German non-standard bounce (single text/plain part, no DSN), mailbox full; the failed
#      recipient appears in angle brackets with capitals; original headers quoted as text.
add("kabelnord-unzustellbar", message(
    text("""\
Dies ist eine automatisch erstellte Nachricht des Mailservers
mail.kabelnord.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler.

<Kerstin.Vogt@kabelnord.example>:
    Das Postfach des Empfängers ist voll.
    (552 5.2.2 Mailbox full - quota exceeded)

--- Kopfzeilen der ursprünglichen Nachricht ---

Date: Thu, 13 May 2027 11:40:02 +0200
From: Nachbarschaftskonferenz Coerde <nachbarschaftskonferenz@muenster.example>
To: Kerstin.Vogt@kabelnord.example
Subject: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027
Message-ID: <bestaetigung-0019@muenster.example>""", "iso-8859-1", "quoted-printable"),
    frm=("Mail Delivery System", "MAILER-DAEMON@mail.kabelnord.example"),
    to="nachbarschaftskonferenz@muenster.example",
    subject="Unzustellbar: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027",
    date=when(2027, 5, 13, 11, 41), mid="<E1uKv3x-0007Qa-2b@mail.kabelnord.example>",
    charset="iso-8859-1", extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "Kerstin.Vogt@kabelnord.example")]),
    "bounce", bounced="kerstin.vogt@kabelnord.example")

# 030: Turkish change of table from a phone (UTF-8 8bit); new "dil kafesi (Sprachcafé)";
#      mentions childcare ("çocuk bakımı"), which is not T1; ends with "Mümkün mü?".
add("yildirim-dil-kafesi-degisiklik", message(
    text("""\
Merhaba tekrar,

Geçen hafta çocuk oyun alanları masasına kaydolmuştum. Fikrimi değiştirdim: dil kafesine (Sprachcafé) geçmek istiyorum, çocuklar zaten çocuk bakımında olacaklar. Mümkün mü?

Teşekkürler
Emine Yıldırım

iPhone'umdan gönderildi""", "utf-8", "8bit"),
    frm=("Emine Yıldırım", "emine.yildirim@hotmail.example"),
    subject="Masa değişikliği", date=when(2027, 5, 14, 12, 30),
    mid="<A7C3E1F0-9B2D-4E8A-B6C4-yildirim2@hotmail.example>"),
    "change", "emine.yildirim@hotmail.example", "Emine Yıldırım", None, ["T4"], None, "tr")

# 031: HTML-only mail from a webmailer (UTF-8 base64) laid out as a form; "1 Erwachsener +
#      Zwillinge (6 Jahre)" = 3; first "Spielplatz", second "Reparatur-Café".
MARCO = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo,</div>
<div>&nbsp;</div>
<div>Anmeldung f&uuml;r die Nachbarschaftskonferenz:</div>
<div>&nbsp;</div>
<div><b>Name:</b> Marco Schwertfeger</div>
<div><b>Personen:</b> 1 Erwachsener + Zwillinge (6 Jahre)</div>
<div><b>Tisch:</b> Spielplatz (1. Wunsch), Reparatur-Café (2. Wunsch)</div>
<div>&nbsp;</div>
<div>Meine Jungs wollen unbedingt mitreden, was auf den neuen Spielplatz soll :-)</div>
<div>&nbsp;</div>
<div>Gruß Marco</div></div></body></html>
"""
add("schwertfeger-zwillinge-html", message(
    html(MARCO, "utf-8", "base64"),
    frm=("Marco Schwertfeger", "marco.schwertfeger@gmx.example"),
    subject="Anmeldung Nachbarschaftskonferenz 12.6.", date=when(2027, 5, 15, 9, 44),
    mid="<trinity-8a0e3c11-schwertfeger-1747295040@3c-app-gmx-bs12.gmx.example>"),
    "registration", "marco.schwertfeger@gmx.example", "Marco Schwertfeger", None, ["T1", "T3"], 3, "de")

# 032: Dari question about childcare and halal food (UTF-8 base64); speaks of children
#      ("طفل", "اطفال") but registers no one and names no table ("if not, I can't come").
add("hashimi-dari-kinderbetreuung", message(
    text("""\
سلام،

من در مورد کنفرانس همسایه‌ها یک سوال دارم. من سه طفل خورد دارم. آیا در آنجا کسی از اطفال نگهداری می‌کند؟ اگر نی، من نمی‌توانم بیایم.
و آیا غذا حلال است؟

تشکر
مریم هاشمی""", "utf-8", "base64"),
    frm=("مریم هاشمی", "maryam.hashimi@yahoo.example"),
    subject="سوال", date=when(2027, 5, 16, 14, 15), mid="<1747397700.hashimi@yahoo.example>"),
    "question", "maryam.hashimi@yahoo.example", "مریم هاشمی", None, [], None, "fa")

# 033: Turkish retiree couple, windows-1254 base64; "Eşimle birlikte" = 2; "Yaşlılara yardım
#      masası (Seniorenhilfe)".
add("aydin-cp1254-yaslilara-yardim", message(
    text("""\
Sayın yetkililer,

Eşimle birlikte 12 Haziran'daki konferansa katılmak istiyoruz. Biz
emekliyiz, 1972'den beri Almanya'dayız, 30 yıldır Coerde'de oturuyoruz.

Yaşlılara yardım masasına (Seniorenhilfe) oturmak istiyoruz. Bizim binada
yalnız yaşayan çok yaşlı var, kimse onlarla ilgilenmiyor.

Saygılarımla,
Mehmet Aydın""", "windows-1254", "base64"),
    frm=("Mehmet Aydın", "mehmet.aydin1949@web.example"),
    subject="Konferans kaydı", date=when(2027, 5, 17, 11, 5),
    mid="<trinity-5b7c9d1e-aydin-1747472700@3c-app-webde-bs47.web.example>", charset="windows-1254"),
    "registration", "mehmet.aydin1949@web.example", "Mehmet Aydın", None, ["T5"], 2, "tr")

# 034: housing company caretaker forwards a tenant's request as an attached message/rfc822;
#      he asks to confirm to the tenant's own address -> email and name are the tenant's;
#      organisation null (Nordwohnen is the forwarder's employer, not the attendee's).
OLGA_INNER = message(
    text("""\
Sehr geehrter Herr Hagedorn,

können Sie mich bitte für diese Konferenz im Juni anmelden? Ich möchte
zum Tisch wo man Deutsch sprechen übt. Ich komme allein.

Vielen Dank und schöne Grüße
Olga Becker
Kiesekamp 12, 2. Etage""", "iso-8859-1", "8bit"),
    frm=("Olga Becker", "olga.becker@gmx.example"), to=("Dirk Hagedorn", "d.hagedorn@nordwohnen.example"),
    subject="Konferenz", date=when(2027, 5, 16, 17, 22), mid="<trinity-becker-1747408920@3c-app-gmx-bap08.gmx.example>",
    charset="iso-8859-1")
add("hagedorn-weiterleitung-becker", message(
    multi("mixed", "_004_FR2P281MB0123hagedorn_",
          text("""\
Hallo zusammen,

eine Mieterin von uns, Frau Olga Becker, hat mich gebeten, sie für die
Nachbarschaftskonferenz anzumelden. Ihre Mail hängt unten an.

Frau Becker kommt allein und möchte an den Tisch Sprachcafé. Bitte
schicken Sie die Bestätigung direkt an sie: olga.becker@gmx.example

Danke und Gruß
Dirk Hagedorn
Mieterbetreuung Coerde
Nordwohnen GmbH | Kiesekamp 2 | 48157 Münster | Tel. 0251 000 3875""", "utf-8", "quoted-printable"),
          attached_message(OLGA_INNER)),
    frm=("Hagedorn, Dirk", "d.hagedorn@nordwohnen.example"),
    subject="WG: Konferenz", date=when(2027, 5, 18, 8, 12),
    mid="<FR2P281MB0123A9F8E7D6@FR2P281MB0123.DEUP281.PROD.nordwohnen.example>",
    extra=[("Thread-Topic", "Konferenz"), ("X-MS-Has-Attach", "yes")]),
    "registration", "olga.becker@gmx.example", "Olga Becker", None, ["T4"], 1, "de")

# 035: change of party size only, sent from the club's shared mailbox (From = the address we
#      confirmed to), signed with a first name; ISO-8859-15 8bit; no table -> [].
add("nordlicht-jetzt-acht", message(
    text("""\
Hi nochmal,

kleine Änderung bei uns: es haben sich noch zwei Jugendliche dazu
angemeldet, wir sind jetzt 8 statt 6. Passt das noch?

Danke & Grüße
Timo
Jugendtreff Nordlicht""", "iso-8859-15", "8bit"),
    frm=("Jugendtreff Nordlicht", "info@nordlicht-jugend.example"),
    subject="Re: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 5, 19, 15, 37),
    mid="<3e8d1f02-nordlicht-0519@nordlicht-jugend.example>", in_reply_to="<bestaetigung-0011@muenster.example>",
    charset="iso-8859-15", extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
    "change", "info@nordlicht-jugend.example", "Timo Brüggemann", "Offener Jugendtreff Nordlicht", [], 8, "de")

# 036: Russian in windows-1251 QP, young mother; "Нас будет трое" = 3; mixed-language table
#      name "Spielplatz-стол"; From display in Latin, full name in Cyrillic in the signature.
add("shmidt-cp1251-spielplatz", message(
    text("""\
Добрый день!

Хочу записаться на конференцию 12.06. Нас будет трое: я, муж и сын (ему 3 года).

Нам интересен Spielplatz-стол, то есть про детские площадки, у нас во дворе
площадку закрыли ещё в марте и до сих пор ничего не сделали.

Спасибо!
Олеся Шмидт""", "windows-1251", "quoted-printable"),
    frm=("Olesya Schmidt", "olesya.schmidt@gmail.example"),
    subject="Запись на конференцию", date=when(2027, 5, 20, 20, 2),
    mid="<CAHs1T9m=shmidt.0520@mail.gmail.example>", charset="windows-1251"),
    "registration", "olesya.schmidt@gmail.example", "Олеся Шмидт", None, ["T1"], 3, "ru")

# 037: spam-like offer (other) that uses the event's own words: "Tische", "Konferenz",
#      "Nachbarschaftskonferenz"; multipart/alternative, UTF-8 base64, bulk headers.
SPAM = """\
Sehr geehrtes Organisationsteam,

Sie planen eine Nachbarschaftskonferenz? Wir liefern alles für Ihr Event:
Stehtische, Bierzeltgarnituren, Konferenztische und Stühle - bundesweit,
inklusive Auf- und Abbau.

JETZT 20 % FRÜHBUCHER-RABATT auf alle Tische bis 31.05.!

Angebot anfordern: https://eventmoebel-rent.example/angebot?ref=nk27

Ihr Team von EventMöbel Rent24
Sie möchten keine Angebote mehr? https://eventmoebel-rent.example/optout"""
add("eventmoebel-spam", message(
    multi("alternative", "b1_6c0f3a9e2d4b",
          text(SPAM, "utf-8", "base64"),
          html("<html><body style=\"background:#f4f4f4\"><center><table width=\"600\" bgcolor=\"#ffffff\"><tr><td>"
               + paras_html(SPAM) + "<a href=\"https://eventmoebel-rent.example/angebot?ref=nk27\">"
               "<img src=\"https://eventmoebel-rent.example/img/banner.jpg\" alt=\"Jetzt mieten\"></a>"
               "</td></tr></table></center></body></html>\n", "utf-8", "base64")),
    frm=("EventMöbel Rent24", "angebote@eventmoebel-rent.example"),
    to="nachbarschaftskonferenz@muenster.example",
    subject="Tische & Stühle für Ihre Konferenz – 20 % Rabatt", date=when(2027, 5, 21, 3, 14, UTC),
    mid="<20270521031400.6c0f3a9e2d4b@mta7.eventmoebel-rent.example>",
    extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://eventmoebel-rent.example/optout>"),
           ("X-Mailer", "PHPMailer 6.9.1")]),
    "other")

# 038: Outlook multipart/mixed(alternative + PDF), windows-1252 QP, from a second housing
#      cooperative; Reply-To is the team mailbox; asks whether they may set up an info stand and
#      says WHO will attend is not decided yet -> question, not registration.
WBN = """\
Sehr geehrte Damen und Herren,

die WohnBau Nord eG hat ca. 350 Wohnungen in Coerde, und wir finden Ihre Konferenz eine sehr gute Idee.

Zwei Fragen vorab:
1. Dürften wir im Foyer einen kleinen Infostand aufbauen (ein Stehtisch, Flyer, Roll-up)? Unseren Flyer habe ich Ihnen angehängt.
2. Ist es in Ordnung, wenn von uns jemand an mehreren Tischen zuhört, statt sich fest für einen Tisch anzumelden?

Wer von uns kommt, klären wir nächste Woche im Team, die Anmeldung schicken wir dann separat.

Mit freundlichen Grüßen

Stefanie Meyer
Quartiersentwicklung
WohnBau Nord eG
Tel. 0251 000 6620"""
add("meyer-wohnbau-infostand-frage", message(
    multi("mixed", "_010_AM9PR04MB8456meyer_",
          multi("alternative", "_000_AM9PR04MB8456meyer_",
                text(WBN, "windows-1252", "quoted-printable"),
                html(outlook_html(mso(WBN)), "windows-1252", "quoted-printable")),
          binary(fake_pdf("WohnBau Nord Flyer Quartier"), "application/pdf", "Flyer_WohnBau_Nord_Coerde.pdf")),
    frm=("Meyer, Stefanie", "s.meyer@wohnbau-nord.example"),
    reply_to=("WohnBau Nord Quartiersentwicklung", "quartier@wohnbau-nord.example"),
    subject="Nachbarschaftskonferenz - Infostand WohnBau Nord?", date=when(2027, 5, 21, 11, 26),
    mid="<AM9PR04MB8456F1E2D3C4@AM9PR04MB8456.eurprd04.wohnbau-nord.example>", charset="windows-1252",
    extra=[("Thread-Topic", "Nachbarschaftskonferenz - Infostand WohnBau Nord?"), ("X-MS-Has-Attach", "yes"),
           ("Content-Language", "de-DE")]),
    "question", "quartier@wohnbau-nord.example", "Stefanie Meyer", "WohnBau Nord eG", [], None, "de")

# 039: tenants' council chair, bottom-posted BELOW the quoted invitation (which lists Tisch 1-5);
#      tables by id "T2" / "T5" as 1st/2nd wish; "(nur ich)" = 1; windows-1252 QP.
add("brinkmann-mieterbeirat-t2-t5", message(
    text(f"""\
Am 03.05.2027 um 16:02 schrieb Nachbarschaftskonferenz Coerde:
{quote(INVITATION)}

Sehr geehrte Damen und Herren,

für den Mieterbeirat Coerde-Ost melde ich mich an (nur ich, die anderen
Mitglieder sind im Urlaub).

1. Wunsch: T2
2. Wunsch: T5

Den Lärm in den Hochhäusern kennen wir aus unserer Sprechstunde seit Jahren,
und bei den Älteren, die nicht mehr rauskommen, sehen wir auch viel Bedarf.

Mit freundlichen Grüßen
Klaus-Dieter Brinkmann
Vorsitzender Mieterbeirat Coerde-Ost""", "windows-1252", "quoted-printable"),
    frm=("K.-D. Brinkmann", "kd.brinkmann@online.example"),
    subject="AW: Einladung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 5, 25, 19, 4),
    mid="<4f1a2b3c-brinkmann-0525@online.example>", in_reply_to=INVITATION_MID, charset="windows-1252",
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")]),
    "registration", "kd.brinkmann@online.example", "Klaus-Dieter Brinkmann", "Mieterbeirat Coerde-Ost",
    ["T2", "T5"], 1, "de")

# 040: Polish change of party size AND table, windows-1250 8bit: neighbour can't come ("będę sama"
#      = 1), new table "stolik o hałasie i życiu w bloku".
add("wrobel-zmiana-halas", message(
    text("""\
Dzień dobry,

niestety pani Halina nie może przyjść (jedzie do córki do Polski), więc
będę sama.

Czy mogę w takim razie zmienić stolik? Wolałabym stolik o hałasie i życiu
w bloku - sąsiad z góry wierci w niedziele i chciałabym o tym porozmawiać
z kimś, kto się na tym zna.

Pozdrawiam
Agnieszka Wróbel""", "windows-1250", "8bit"),
    frm=("Agnieszka Wróbel", "agnieszka.wrobel@wp.example"),
    subject="Zmiana zgłoszenia", date=when(2027, 5, 26, 9, 51),
    mid="<7a2e9c41d05f@wp.example>", charset="windows-1250"),
    "change", "agnieszka.wrobel@wp.example", "Agnieszka Wróbel", None, ["T2"], 1, "pl")

# 041: learner German registration that also asks about childcare; "mit meine 2 Kinder" = 3;
#      table by alias "Deutsch üben" inside the sentence; UTF-8 8bit.
add("aslan-deutsch-ueben-kinder", message(
    text("""\
Guten tag,

ich will anmelden für die Konferenz. Ich komme mit meine 2 Kinder (8 und 11 jahre). Gibt es Kinderbetreuung? Meine Kinder nicht so gerne sitzen lange.

Ich möchte bei Tisch Deutsch üben, weil ich will mein Deutsch besser machen für Arbeit.

Viele grüße
Hevin Aslan""", "utf-8", "8bit"),
    frm=("Hevin Aslan", "hevin.aslan@gmail.example"),
    subject="anmeldung", date=when(2027, 5, 28, 13, 17),
    mid="<CAK2p9Lq=aslan.0528@mail.gmail.example>"),
    "registration", "hevin.aslan@gmail.example", "Hevin Aslan", None, ["T4"], 3, "de")

# 042: learner German pure question (deadline; may I register a friend without e-mail?);
#      mentions a friend who "will auch kommen" but registers no one; UTF-8 QP.
add("guenes-frage-freundin", message(
    text("""\
Hallo,

bis wann muss man anmelden? Meine Freundin will auch kommen aber sie hat
keine Email. Kann ich sie anmelden oder muss sie selber schreiben?
Ich selber weiss noch nicht ob ich an dem Samstag frei habe.

Danke
Serpil Güneş""", "utf-8", "quoted-printable"),
    frm=("Serpil Güneş", "serpil.gunes@hotmail.example"),
    subject="Frage Anmeldung", date=when(2027, 5, 30, 18, 25),
    mid="<PAXPR08MB6990B7A6@PAXPR08MB6990.eurprd08.hotmail.example>"),
    "question", "serpil.gunes@hotmail.example", "Serpil Güneş", None, [], None, "de")

# 043: cancellation from an iPhone, top-posted over our quoted confirmation ("Personen: 4",
#      "Tisch 1"); emoji; UTF-8 QP.
add("kowalczyk-absage-windpocken", message(
    text("""\
Hallo, leider müssen wir absagen, unsere Kleine hat Windpocken 😕 Vielleicht nächstes Jahr!
Liebe Grüße Sandra Kowalczyk

Von meinem iPhone gesendet

> Am 04.05.2027 um 08:12 schrieb Nachbarschaftskonferenz Coerde <nachbarschaftskonferenz@muenster.example>:
>
""" + quote(confirmation("Sandra Kowalczyk", "Tisch 1 - Spielplätze und Freiflächen für Kinder", 4)),
        "utf-8", "quoted-printable"),
    frm=("Sandra Kowalczyk", "sandra.kowalczyk87@gmail.example"),
    subject="Re: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 6, 2, 7, 3),
    mid="<9E4C2B1A-6D8F-4A3E-B7C5-kowalczyk@gmail.example>", in_reply_to="<bestaetigung-0004@muenster.example>",
    extra=[("X-Mailer", "iPhone Mail (21F90)")]),
    "cancellation", "sandra.kowalczyk87@gmail.example", "Sandra Kowalczyk", None, [], None, "de")

# 044: change written INLINE between quoted lines of our confirmation: swap the order of the
#      preferences (now T5 first, T2 second); numbers and names mixed; ISO-8859-15 QP.
add("brinkmann-inline-tausch", message(
    text("""\
Sehr geehrte Damen und Herren,

eine kleine Korrektur, bitte:

> Ihr Tisch: Tisch 2 - Lärm und Zusammenleben im Haus

Bitte umdrehen: Erstwunsch jetzt Senioren (Tisch 5), Zweitwunsch Lärm.
Das Thema Lärm übernimmt bei uns im Mieterbeirat Frau Kessler, die sich
selbst anmeldet.

> Personen: 1

Bleibt so.

Mit freundlichen Grüßen
Klaus-Dieter Brinkmann""", "iso-8859-15", "quoted-printable"),
    frm=("K.-D. Brinkmann", "kd.brinkmann@online.example"),
    subject="AW: Ihre Anmeldung zur Nachbarschaftskonferenz Coerde 2027", date=when(2027, 6, 3, 10, 40),
    mid="<8d3e5f6a-brinkmann-0603@online.example>", in_reply_to="<bestaetigung-0039@muenster.example>",
    charset="iso-8859-15",
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0")]),
    "change", "kd.brinkmann@online.example", "Klaus-Dieter Brinkmann", "Mieterbeirat Coerde-Ost",
    ["T5", "T2"], None, "de")

# 045: out-of-office answer to our 7-day reminder WITHOUT any auto-reply header (only the
#      subject and wording show it); comes from a registered participant; ASCII 7bit.
add("raman-out-of-office", message(
    text("""\
Thank you for your email. I am travelling for fieldwork until 14 June with
only occasional access to email, and will reply as soon as I can after my
return.

For anything related to the bike repair corner in Kiesekamp 7, please
contact Jonas Feldkamp (jonas.feldkamp@uni-muenster.example).

Priya Raman
Institute of Landscape Ecology""", "us-ascii", "7bit"),
    frm=("Priya Raman", "priya.raman@uni-muenster.example"),
    subject="Out of Office: Erinnerung: Nachbarschaftskonferenz Coerde am 12. Juni",
    date=when(2027, 6, 5, 8, 1), mid="<ooo-1749103260-raman@uni-muenster.example>",
    in_reply_to="<erinnerung-7d-0027@muenster.example>"),
    "auto_reply")

# 046: Arabic cancellation in ISO-8859-6 QP; restates the party ("خمسة أشخاص") while cancelling.
add("haddad-iso8859-6-ilgha", message(
    text("""\
السلام عليكم،

نعتذر، لن نتمكن من حضور مؤتمر الجيران يوم السبت بسبب سفر مفاجئ إلى العائلة.
أرجو إلغاء تسجيلنا (خمسة أشخاص).

مع الشكر
رانيا حداد""", "iso-8859-6", "quoted-printable"),
    frm=("رانيا حداد", "rania.haddad@yahoo.example", ),
    subject="إلغاء التسجيل", date=when(2027, 6, 6, 17, 45),
    mid="<1749224700.33419.rania@yahoo.example>", charset="iso-8859-6"),
    "cancellation", "rania.haddad@yahoo.example", "رانيا حداد", None, [], None, "ar")

# 047: Albanian one-paragraph cancellation from a phone, UTF-8 8bit.
add("krasniqi-anulim", message(
    text("""\
Përshëndetje, fatkeqësisht nuk mund të vijmë të shtunën, më thirrën në punë. Ju lutem anuloni regjistrimin tonë për 4 veta. Faleminderit dhe na falni, Arben Krasniqi

Dërguar nga Android""", "utf-8", "8bit"),
    frm=("Arben Krasniqi", "arben.krasniqi@gmail.example"),
    subject="Anulim", date=when(2027, 6, 8, 6, 52),
    mid="<CAOx7Rk9Fm2Lp+Zq8=krasniqi2@mail.gmail.example>"),
    "cancellation", "arben.krasniqi@gmail.example", "Arben Krasniqi", None, [], None, "sq")

# 048: cancellation for two ("streichen Sie uns beide"), windows-1252 QP; mentions hospital.
add("lammers-absage-beide", message(
    text("""\
Hallo nochmal,

Frau Schulte ist am Montag gestürzt und liegt jetzt im Clemenshospital.
Ohne sie mag ich auch nicht hingehen, bitte streichen Sie uns beide von
der Liste. Schade, wir hatten uns sehr gefreut.

Birgit Lammers""", "windows-1252", "quoted-printable"),
    frm=("Birgit Lammers", "birgit.lammers@freenet.example"),
    subject="Absage Lammers/Schulte", date=when(2027, 6, 9, 19, 30),
    mid="<2a9d4c7e-lammers-0609@freenet.example>", charset="windows-1252"),
    "cancellation", "birgit.lammers@freenet.example", "Birgit Lammers", None, [], None, "de")

# 049: cancellation in German by the Romanian registrant, typed without any diacritics
#      ("fur", "loschen"); ASCII 7bit; names his table while cancelling.
add("popescu-absage-deutsch", message(
    text("""\
Hallo,

ich bin Ionut Popescu, ich hatte mich fur das Repair Cafe angemeldet.
Leider muss ich am 12.6. arbeiten (Notdienst), deshalb kann ich nicht
kommen. Bitte meine Anmeldung loschen. Tut mir leid!

Ionut""", "us-ascii", "7bit"),
    frm=("Ionut Popescu", "ionut.popescu@yahoo.example"),
    subject="Absage", date=when(2027, 6, 10, 12, 8),
    mid="<1749549480.popescu.91@yahoo.example>"),
    "cancellation", "ionut.popescu@yahoo.example", "Ionuț Popescu", None, [], None, "de")

# 050: terse cancellation sent from the WIFE's phone account: From is Renate Plöger, signed
#      "H. Plöger" -> the reply goes to the From address; UTF-8 QP; subject only "Absage".
add("ploeger-absage-handy", message(
    text("""\
Wir kommen doch nicht. Frau krank.
H. Plöger

Von meinem Samsung Galaxy Smartphone gesendet.""", "utf-8", "quoted-printable"),
    frm=("Renate Plöger", "r.ploeger@t-online.example"),
    subject="Absage", date=when(2027, 6, 11, 7, 15),
    mid="<e4b1c8a2-ploeger-0611@t-online.example>"),
    "cancellation", "r.ploeger@t-online.example", "Horst Plöger", None, [], None, "de")


# ===========================================================================
# validation, writing, --check, --stats
# ===========================================================================

EMAIL_RE = re.compile(r"[\w.+$=*'-]+@([\w-]+(?:\.[\w-]+)*)", re.UNICODE)
URL_RE = re.compile(r"\b(?:https?|ftp)://([^/\s\"'<>?#:]+)", re.IGNORECASE)
WWW_RE = re.compile(r"(?<![\w.@/-])(www\.[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host == "example" or host.endswith(".example")
            or any(host == d or host.endswith("." + d) for d in ("example.org", "example.com", "example.net")))


def leaves(msg):
    """Leaf parts; a message/delivery-status part counts as one leaf (its field groups are not parts)."""
    if msg.get_content_type() == "message/delivery-status" or not msg.is_multipart():
        yield msg
        return
    for sub in msg.iter_parts() if msg.get_content_maintype() == "multipart" else msg.get_payload():
        yield from leaves(sub)


def decoded_text(msg):
    """Every header and every decoded text leaf, as one string."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True) or b""
        out.append(payload.decode(part.get_content_charset() or "us-ascii", "strict"))
    return "\n".join(out)


def validate(mails, workgroup_ids):
    errors = []
    last_date = None
    for name, data, rec in mails:
        def err(msg):
            errors.append(f"{name}: {msg}")
        # line ends and lengths
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            err("line ends are not all CRLF")
        if any(len(line) > 998 for line in data.split(b"\r\n")):
            err("line longer than 998 octets")
        head = data.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            err("non-ASCII bytes in the top-level header")
        msg = message_from_bytes(data, policy=POLICY)
        for part in msg.walk():
            if part.defects:
                err(f"defects in {part.get_content_type()}: {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(f"header {k} defects: {v.defects}")
        for part in leaves(msg):
            if part.get_content_maintype() == "message":
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                err(f"defects after decoding {part.get_content_type()}: {part.defects}")
            if part.get_content_maintype() == "text" and payload is not None:
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"text part does not decode as {cs}: {e}")
        # dates rise
        try:
            d = parsedate_to_datetime(str(msg["Date"]))
        except (TypeError, ValueError):
            err("no valid Date")
            d = None
        if d is not None:
            if last_date is not None and d <= last_date:
                err(f"Date {d} does not rise after {last_date}")
            last_date = d
        # example domains only
        try:
            whole = decoded_text(msg)
        except (UnicodeDecodeError, LookupError) as e:
            err(f"cannot decode: {e}")
            whole = ""
        for m in EMAIL_RE.finditer(whole):
            if "." in m.group(1) and not example_host(m.group(1)):
                err(f"address host not an example domain: {m.group(0)}")
            if "." not in m.group(1):
                err(f"address without a dotted domain: {m.group(0)}")
        for rx in (URL_RE, WWW_RE):
            for m in rx.finditer(whole):
                if not example_host(m.group(1)):
                    err(f"URL host not an example domain: {m.group(1)}")
        # the record
        if set(rec) != set(KEYS):
            err(f"record keys {sorted(rec)}")
            continue
        k = rec["kind"]
        if k not in KINDS:
            err(f"bad kind {k}")
        if not isinstance(rec["workgroups"], list) or any(w not in workgroup_ids for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            err(f"bad workgroups {rec['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            for f in ("email", "name", "organisation", "party_size", "language"):
                if rec[f] is not None:
                    err(f"{k} must have {f} null")
            if rec["workgroups"]:
                err(f"{k} must have no workgroups")
        else:
            if not isinstance(rec["email"], str) or rec["email"] != rec["email"].lower() \
                    or not example_host(rec["email"].rsplit("@", 1)[-1]):
                err(f"bad email {rec['email']}")
            elif rec["email"] not in whole.lower():
                err(f"email {rec['email']} does not occur in the mail")
            if not isinstance(rec["name"], str) or not rec["name"]:
                err("person mail without a name")
            if not (isinstance(rec["language"], str) and re.fullmatch(r"[a-z]{2}", rec["language"])):
                err(f"bad language {rec['language']}")
        if k == "registration":
            if not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
                err("registration needs party_size >= 1")
        elif k == "change":
            if rec["party_size"] is not None and not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
                err("bad change party_size")
        elif rec["party_size"] is not None:
            err(f"{k} must have party_size null")
        if k in ("cancellation", "question") and rec["workgroups"]:
            err(f"{k} must have no workgroups")
        if k == "bounce":
            b = rec["bounced_recipient"]
            if not (isinstance(b, str) and b == b.lower() and b in whole.lower()):
                err(f"bad bounced_recipient {b}")
        elif rec["bounced_recipient"] is not None:
            err("bounced_recipient must be null")
    return errors


def outputs():
    files = {f"mails/{name}": data for name, data, _ in MAILS}
    expected = {name: rec for name, _, rec in MAILS}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def stats():
    kinds, langs, charsets, ctes, types = Counter(), Counter(), Counter(), Counter(), Counter()
    for name, data, rec in MAILS:
        kinds[rec["kind"]] += 1
        langs[rec["language"] or "(null)"] += 1
        msg = message_from_bytes(data, policy=POLICY)
        types[msg.get_content_type()] += 1
        for part in leaves(msg):
            if part.get_content_maintype() == "text":
                charsets[(part.get_content_charset() or "us-ascii").lower()] += 1
            ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
    out = [f"mails: {len(MAILS)}"]
    for title, c in (("kinds", kinds), ("languages", langs), ("top-level types", types),
                     ("text-part charsets", charsets), ("leaf transfer encodings", ctes)):
        out.append(title + ": " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))
    human = sum(v for k, v in langs.items() if k != "(null)")
    out.append(f"German share of person mails: {langs['de']}/{human} = {100.0 * langs['de'] / human:.1f} %")
    return "\n".join(out)


def main(argv):
    config = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    assert config["event"]["registration_address"] == OUR
    ids = [w["id"] for w in config["workgroups"]]
    if "--stats" in argv:
        print(stats())
        return 0
    errors = validate(MAILS, ids)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} validation error(s)", file=sys.stderr)
        return 1
    files = outputs()
    wanted = set(files)
    mails_dir = HERE / "mails"
    if "--check" in argv:
        bad = []
        for rel, data in files.items():
            p = HERE / rel
            if not p.exists() or p.read_bytes() != data:
                bad.append(rel)
        if mails_dir.exists():
            bad += [f"mails/{p.name} (extra)" for p in mails_dir.iterdir() if f"mails/{p.name}" not in wanted]
        if bad:
            print("differs from what make_mails.py writes: " + ", ".join(sorted(bad)), file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.iterdir():
        if f"mails/{p.name}" not in wanted:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read from disk and validate what was written
    reread = [(name, (mails_dir / name).read_bytes(), rec) for name, _, rec in MAILS]
    errors = validate(reread, ids)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"wrote {len(MAILS)} mails and expected.json; all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
