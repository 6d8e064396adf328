#!/usr/bin/env python3
"""Write the "final10b" evaluation set: Werkstatttag Ehrenamt Hiltrup 2027.

Four workshops in time slots (S1 10:00, S2 11:30, S3 14:00, S4 15:30); writers
mix times, rooms, dates, phone numbers, postcodes, house numbers, ages, years
of founding and member counts with their workshop choice.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ (writes nothing)
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import collections
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

REG = "werkstatttag-ehrenamt@muenster.example"
OFFICE = "Ehrenamtsbüro Hiltrup"
WG_IDS = ("S1", "S2", "S3", "S4")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


class Part:
    """A MIME entity: header lines (str) and a body (bytes, CRLF line ends)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def to_bytes(self):
        head = "".join(h + "\r\n" for h in self.headers).encode("ascii")
        return head + b"\r\n" + self.body


def _q_payload(raw):
    out = []
    for c in raw:
        ch = chr(c)
        if c < 128 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif c == 32:
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, cs, mode="Q"):
    """RFC 2047 encoded words, each at most 75 characters, folded with CRLF SP."""

    def render(s):
        raw = s.encode(cs)
        payload = base64.b64encode(raw).decode() if mode == "B" else _q_payload(raw)
        return f"=?{cs}?{mode}?{payload}?="

    words, cur = [], ""
    for ch in text:
        if cur and len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return "\r\n ".join(words)


def phrase(name, cs="utf-8", mode="Q"):
    if name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return name
    return encoded_words(name, cs, mode)


def addr(name, address, cs="utf-8", mode="Q"):
    if not name:
        return address
    return f"{phrase(name, cs, mode)} <{address}>"


def subj(text, cs="utf-8", mode="Q"):
    return text if text.isascii() else encoded_words(text, cs, mode)


def text(body, cs="utf-8", cte="quoted-printable", sub="plain", params="", disposition=None):
    """A text part.  body uses \\n line ends; it is encoded strictly in cs."""
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(cs)  # strict: a character the charset lacks is a bug here
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body is not ASCII")
        payload = raw.replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).replace(b"\n", b"\r\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    headers = [f'Content-Type: text/{sub}; charset="{cs}"{params}',
               f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return Part(headers, payload)


def attachment(ctype, filename, data):
    payload = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], payload)


def multipart(sub, parts, boundary, params="", preamble=None):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.to_bytes()
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([f'Content-Type: multipart/{sub};{params} boundary="{boundary}"'], body)


def raw_part(headers, body_text, cs="us-ascii"):
    if not body_text.endswith("\n"):
        body_text += "\n"
    return Part(headers, body_text.encode(cs).replace(b"\n", b"\r\n"))


def when(stamp):
    """'2027-04-07 08:14 +0200' -> RFC 5322 date."""
    d = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")
    return email.utils.format_datetime(d)


def message(headers, part):
    """headers: list of 'Name: value' lines (values already encoded)."""
    return Part(list(headers) + ["MIME-Version: 1.0"] + part.headers, part.body).to_bytes()


def quote(body, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in body.rstrip("\n").split("\n"))


def lossy(s, cs):
    """What a legacy client does to characters its charset lacks: '?'."""
    return s.encode(cs, "replace").decode(cs)


def latin(s):
    """What a client does to typographic characters an 8-bit charset lacks."""
    return (s.replace("–", "-").replace("„", '"').replace("“", '"')
            .replace("”", '"').replace("’", "'"))


# ---------------------------------------------------------------------------
# our own texts, quoted by the writers
# ---------------------------------------------------------------------------

INVITE_SUBJECT = "Werkstatttag Ehrenamt am 12. Juni – Einladung"
INVITE = """\
Liebe Engagierte in Hiltrup, Amelsbüren und Berg Fidel,

am Samstag, 12. Juni 2027, laden wir Sie herzlich zum Werkstatttag Ehrenamt
ins Bürgerhaus Hiltrup (Marktallee 32, 48165 Münster) ein. Wir bieten vier
praktische Workshops nacheinander an – Sie können einen, mehrere oder alle
besuchen:

  S1  10:00–11:15  Vereinsfinanzen und Kassenführung (Raum 2)
  S2  11:30–12:45  Social Media für Vereine (Medienraum)
  S3  14:00–15:15  Versicherung & Haftung im Ehrenamt (Saal)
  S4  15:30–16:45  Fördermittel beantragen (Raum 2)

Mittagsimbiss 12:45–14:00. Die Teilnahme ist kostenlos.

Anmeldung bis Freitag, 4. Juni 2027, einfach per Antwort auf diese Mail an
werkstatttag-ehrenamt@muenster.example. Bitte nennen Sie Ihren Namen,
Ihren Verein bzw. Ihre Gemeinde, die gewünschten Workshops (S1–S4)
und mit wie vielen Personen Sie kommen.

Mit freundlichen Grüßen
Birgit Terhorst
Ehrenamtsbüro Hiltrup · Stadt Münster
Tel. 0251 492-7130
"""

CONFIRM_SUBJECT = "Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup"
TITLES = {
    "S1": "S1 10:00 Vereinsfinanzen und Kassenführung",
    "S2": "S2 11:30 Social Media für Vereine",
    "S3": "S3 14:00 Versicherung & Haftung im Ehrenamt",
    "S4": "S4 15:30 Fördermittel beantragen",
}


def confirmation(salutation, wgs, persons):
    lines = "\n".join("  " + TITLES[w] for w in wgs)
    return f"""\
Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Werkstatttag Ehrenamt Hiltrup am
Samstag, 12. Juni 2027, im Bürgerhaus Hiltrup, Marktallee 32.

Angemeldet:
{lines}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie einfach auf diese Mail.

Ihr Ehrenamtsbüro Hiltrup
"""


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (slug, bytes, expected)


def add(slug, raw, expected):
    MAILS.append((slug, raw, expected))


TO_US = addr(OFFICE, REG)

# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# Outlook out-of-office answer to the invitation (Auto-Submitted, "Automatische
# Antwort:"); it names dates, a phone number and a club with a founding year.
add("feldkamp-abwesenheit", message([
    "Received: from mail.tus-hiltrup.example (mail.tus-hiltrup.example [192.0.2.41])\r\n"
    "\tby mx.muenster.example with ESMTPS id 4Kq1Zr0mQ2z9; Tue, 6 Apr 2027 10:03:12 +0200",
    "From: " + addr("Feldkamp, Andrea", "a.feldkamp@tus-hiltrup.example"),
    "To: " + TO_US,
    "Subject: " + subj("Automatische Antwort: " + INVITE_SUBJECT),
    "Date: " + when("2027-04-06 10:03 +0200"),
    "Message-ID: <DB9PR01MB7781A2F4@exchange.tus-hiltrup.example>",
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: a.feldkamp@tus-hiltrup.example",
], text("""\
Vielen Dank für Ihre Nachricht.

Ich bin vom 06.04. bis einschließlich 19.04.2027 im Urlaub und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Rosendahl,
Tel. 02501 9214-30, oder an geschaeftsstelle@tus-hiltrup.example.

Mit freundlichen Grüßen
Andrea Feldkamp
Geschäftsstelle TuS Hiltrup 1930 e.V.
Am Sportpark 11 · 48165 Münster
""", "utf-8", "quoted-printable")), E("auto_reply"))

# Ordinary plain registration of a sports club treasurer; the workshop is named
# only by topic ("Kassenworkshop morgens"); club name with a founding year, 412
# members, "Platz 2", "um 8", house number 14 and a phone with 1130 in it.
add("brockmann-kassenworkshop", message([
    "From: " + addr("Jürgen Brockmann", "j.brockmann@sv-hiltrup.example"),
    "To: " + REG,
    "Subject: Anmeldung Werkstatttag",
    "Date: " + when("2027-04-07 08:14 +0200"),
    "Message-ID: <5e1c0a77-91b2-4c55-8d1e-0b3f6a7d2c11@sv-hiltrup.example>",
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0",
    "Content-Language: de-DE",
], text("""\
Moin Frau Terhorst,

hiermit melde ich mich für den Werkstatttag am 12.6. an. Ich bin seit 2019
Kassierer beim SV Hiltrup 1926 e.V. und wir haben inzwischen 412 Mitglieder
in 9 Abteilungen, da wächst einem die Kasse langsam über den Kopf.
Deshalb würde ich gern zum Kassenworkshop morgens kommen. Der Rest ist
nicht so meins.

Samstags hab ich um 8 noch Training mit den Alten Herren auf Platz 2, ich
bin aber pünktlich da.

Sportliche Grüße
Jürgen Brockmann
Kassierer SV Hiltrup 1926 e.V.
Zum Hiltruper See 14 · 48165 Münster
Mobil 0171 1130 224
""", "utf-8", "quoted-printable")),
    E("registration", "j.brockmann@sv-hiltrup.example", "Jürgen Brockmann",
      "SV Hiltrup 1926 e.V.", ["S1"], 1, "de"))

# Shared mosque-association mailbox with Reply-To to the board member; two
# persons (the writer and a named colleague); topics in words; 85 m², 14.300
# Euro, house number 3.  ISO-8859-9, 8bit.
add("oezdemir-moschee-zwei", message([
    "From: " + addr("DITIB Hiltrup", "info@ditib-hiltrup.example"),
    "Reply-To: " + addr("Mehmet Özdemir", "m.oezdemir@ditib-hiltrup.example", "iso-8859-9"),
    "To: " + TO_US,
    "Subject: " + subj("Anmeldung Werkstatttag Ehrenamt - Türkisch-Islamische Gemeinde", "iso-8859-9"),
    "Date: " + when("2027-04-08 19:42 +0200"),
    "Message-ID: <20270408194201.3F2A1@ditib-hiltrup.example>",
    "X-Mailer: Microsoft Outlook 16.0",
], text("""\
Sehr geehrte Frau Terhorst,

Selamun aleyküm und vielen Dank für die Einladung, die uns über den
Moscheeverband erreicht hat.

Wir möchten uns mit zwei Personen anmelden: ich selbst (Vorstand, zuständig
für Öffentlichkeitsarbeit in der Gemeinde) und unser Jugendbeauftragter
Emre Şahin. Interessant für uns sind vor allem Social Media und
Fördermittel, wir möchten im nächsten Jahr unsere Jugendräume renovieren
(ca. 85 m², Kostenvoranschlag liegt bei 14.300 Euro).

Bitte antworten Sie an meine Adresse, das Info-Postfach lesen mehrere Leute.

Mit freundlichen Grüßen
Mehmet Özdemir
Türkisch-Islamische Gemeinde zu Hiltrup e.V.
Bakenweg 3, 48165 Münster
""", "iso-8859-9", "8bit")),
    E("registration", "m.oezdemir@ditib-hiltrup.example", "Mehmet Özdemir",
      "Türkisch-Islamische Gemeinde zu Hiltrup e.V.", ["S2", "S4"], 2, "de"))

# English Gmail reply (multipart/alternative) top-posted above the quoted
# invitation, which lists all four slots; "the 2 pm one" = S3 and "the half
# three session" = S4; 120 families, a phone number.
_body = """\
Hi Ms Terhorst,

Apologies for writing in English - my German is fine for the bakery but not
for insurance law!

I'm the chair of the Förderverein Marienschule Hiltrup (the primary school's
parents' association, about 120 families). I'd like to sign up for the 2 pm
one on insurance and liability - we run a school fete every June and nobody
really knows who is covered when a parent volunteer gets hurt. If there's
still room, I'd also love to join the half three session on funding.

Just me, no one else from the committee can make it that Saturday.

Thanks a lot,
Sarah

--
Sarah Whitfield
Chair, Förderverein Marienschule Hiltrup
+49 2501 5930 117

On Tue, 6 Apr 2027 at 10:02, Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example> wrote:

""" + quote(INVITE)
_html = ('<div dir="ltr">' + "<br>\n".join(
    _body.split("\n\nOn Tue")[0].replace("&", "&amp;").split("\n"))
    + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
    'On Tue, 6 Apr 2027 at 10:02, Ehrenamtsbüro Hiltrup &lt;<a href="mailto:'
    'werkstatttag-ehrenamt@muenster.example">werkstatttag-ehrenamt@muenster.example</a>'
    '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
    '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    + "<br>\n".join(INVITE.replace("&", "&amp;").rstrip("\n").split("\n"))
    + "</blockquote></div>\n")
add("whitfield-2pm-and-half-three", message([
    "From: " + addr("Sarah Whitfield", "sarah.whitfield@mail.example"),
    "To: " + TO_US,
    "Subject: " + subj("Re: " + INVITE_SUBJECT),
    "Date: " + when("2027-04-09 21:03 +0200"),
    "Message-ID: <CAJx8v2Hk1pQ7=mZr4YtN0bW@mail.example>",
    "In-Reply-To: <einladung-2027@muenster.example>",
    "References: <einladung-2027@muenster.example>",
], multipart("alternative", [
    text(_body, "utf-8", "quoted-printable"),
    text(_html, "utf-8", "quoted-printable", sub="html"),
], "000000000000a1b2c3d4e5f60718")),
    E("registration", "sarah.whitfield@mail.example", "Sarah Whitfield",
      "Förderverein Marienschule Hiltrup", ["S3", "S4"], 1, "en"))

# Registration that also asks a question (parking, step-free access): still a
# registration.  "Kemper, Ursula" display name vs signature; age 71, "seit
# 1989", 200 volunteers, phone 02501 1530 (looks like 15:30!).  windows-1252 QP.
add("kemper-versicherung-parkplatz", message([
    "From: " + addr("Kemper, Ursula", "u.kemper@st-clemens-hiltrup.example"),
    "To: " + REG,
    "Subject: Werkstatttag - Anmeldung und eine Frage",
    "Date: " + when("2027-04-10 10:27 +0200"),
    "Message-ID: <000a01db8a2f$4e1c2b90$ea548250$@st-clemens-hiltrup.example>",
    "X-Mailer: Microsoft Outlook 14.0",
], text("""\
Sehr geehrte Damen und Herren,

ich bin 71 Jahre alt und seit 1989 im Pfarrgemeinderat von St. Clemens. Bei
uns engagieren sich inzwischen über 200 Ehrenamtliche – von der Kleiderkammer
bis zum Seniorencafé – und immer wieder kommt die Frage auf, wie die Leute
eigentlich versichert sind.

Deshalb melde ich mich gern für den Workshop „Versicherung & Haftung“ an.

Eine Frage hätte ich noch: Gibt es am Bürgerhaus Parkplätze, und ist der Saal
ohne Treppen zu erreichen? Ich gehe seit meiner Hüft-OP mit Rollator.

Sie erreichen mich auch telefonisch unter 02501 1530 (am besten vormittags).

Mit freundlichen Grüßen
Ursula Kemper
Kath. Kirchengemeinde St. Clemens Hiltrup
Pfarrgemeinderat
""", "windows-1252", "quoted-printable")),
    E("registration", "u.kemper@st-clemens-hiltrup.example", "Ursula Kemper",
      "Kath. Kirchengemeinde St. Clemens Hiltrup", ["S3"], 1, "de"))

# Turkish registration, slots by hour in Turkish morphology ("saat 10'daki",
# "saat 14'teki"); founded 1998, 85 members, "iki yıl".  windows-1254 QP.
add("demir-turkce-10-ve-14", message([
    "From: " + addr("Ayşe Demir", "ayse.demir@hiltrup-kultur.example", "windows-1254"),
    "To: " + REG,
    "Subject: " + subj("Werkstatttag kaydı", "windows-1254"),
    "Date: " + when("2027-04-11 14:05 +0200"),
    "Message-ID: <a7f3e2d1-kayit-0411@hiltrup-kultur.example>",
], text("""\
Merhaba Birgit Hanım,

Davetiniz için çok teşekkür ederim. Hiltrup Türk Kültür Derneği adına
12 Haziran'daki Werkstatttag'e katılmak istiyorum. Derneğimiz 1998'de
kuruldu, şu an 85 üyemiz var ve ben iki yıldır saymanlık yapıyorum.

Saat 10'daki (dernek finansmanı) ve saat 14'teki (sigorta ve sorumluluk)
atölyelere katılmak istiyorum. Sadece ben geleceğim.

Almancam çok iyi değil, bu yüzden Türkçe yazıyorum, umarım sorun olmaz.

Saygılarımla,
Ayşe Demir
Hiltrup Türk Kültür Derneği e.V.
Tel: 0176 2214 3030
""", "windows-1254", "quoted-printable")),
    E("registration", "ayse.demir@hiltrup-kultur.example", "Ayşe Demir",
      "Hiltrup Türk Kültür Derneği e.V.", ["S1", "S3"], 1, "tr"))

# HTML-only Outlook mail (no text part) from a heritage club: three named
# persons, slot ids S1 and S4; "gegr. 1952", 340 members, house number 42.
_html = """\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Frau Terhorst,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">der Heimatverein Hiltrup e.V. (gegr. 1952, rund 340 Mitglieder) meldet sich mit drei Personen zum Werkstatttag an:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Karin Albers (Schriftf&uuml;hrerin)<o:p></o:p></li>
<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Heinrich L&uuml;tke-Wenning (Kassenwart)<o:p></o:p></li>
<li class="MsoNormal" style="mso-list:l0 level1 lfo1">Marlies Sommer (Beisitzerin)<o:p></o:p></li>
</ul>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir möchten gern zu <b>S1</b> und <b>S4</b>. Unser Heimathaus an der Hohen Geest 42 braucht dringend ein neues Dach, da kommt der Fördermittel-Workshop genau richtig.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Karin Albers<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Schriftführerin<br>Heimatverein Hiltrup e.V.<br>Tel. 02501 2 76 11</span><o:p></o:p></p>
</div>
</body>
</html>
"""
add("albers-heimatverein-html", message([
    "From: " + addr("Karin Albers", "k.albers@heimatverein-hiltrup.example"),
    "To: " + TO_US,
    "Subject: Anmeldung Heimatverein",
    "Date: " + when("2027-04-13 11:48 +0200"),
    "Message-ID: <001b01db8c49$8f2d1e60$ad875b20$@heimatverein-hiltrup.example>",
    "X-Mailer: Microsoft Outlook 16.0",
    "Thread-Index: AduMSY8t7b5u2HkSQ1aU0pJYc1f0ww==",
    "Content-Language: de",
], text(_html, "windows-1252", "quoted-printable", sub="html")),
    E("registration", "k.albers@heimatverein-hiltrup.example", "Karin Albers",
      "Heimatverein Hiltrup e.V.", ["S1", "S4"], 3, "de"))

# Arabic registration with Arabic-Indic digits (١١:٣٠ = S2), Arabic display
# name (B-encoded) and signature, German organisation name inside Arabic text,
# "room 3", founded 2016; UTF-8 base64.
add("alkhatib-arabic-1130", message([
    "From: " + addr("أحمد الخطيب", "ahmad.alkhatib@kulturhaus-syrien.example", "utf-8", "B"),
    "To: " + REG,
    "Subject: " + subj("التسجيل في Werkstatttag Ehrenamt", "utf-8", "B"),
    "Date: " + when("2027-04-14 22:10 +0200"),
    "Message-ID: <CAE9m0Qd7xR2@mail.kulturhaus-syrien.example>",
], text("""\
السلام عليكم،

أنا أحمد الخطيب، متطوع في جمعية Syrisches Kulturhaus Münster e.V. منذ عام ٢٠١٦.
نقدم دروس اللغة العربية للأطفال كل يوم سبت في الغرفة رقم ٣ في Stadtteilhaus.

أود التسجيل في ورشة العمل في الساعة ١١:٣٠ حول وسائل التواصل الاجتماعي،
لأننا نريد أن نصل إلى المزيد من العائلات عبر إنستغرام.

سأحضر وحدي.

مع الشكر والتقدير
أحمد الخطيب
Syrisches Kulturhaus Münster e.V.
هاتف: 0157 3344 1400
""", "utf-8", "base64")),
    E("registration", "ahmad.alkhatib@kulturhaus-syrien.example", "أحمد الخطيب",
      "Syrisches Kulturhaus Münster e.V.", ["S2"], 1, "ar"))

# Pure question before registering ("Bevor ich uns anmelde"); a numbered list
# 1.-3. that is not a workshop choice; "zu zweit" is only considered.
add("hoevelmann-fragen-vorab", message([
    "From: " + addr("Nadine Hövelmann", "nadine.hoevelmann@web-mail.example"),
    "To: " + REG,
    "Subject: Fragen zum Werkstatttag",
    "Date: " + when("2027-04-15 20:15 +0200"),
    "Message-ID: <trinity-4c1e77a0-2b9d-11ec@web-mail.example>",
], text("""\
Hallo,

ich bin in der Schulpflegschaft der Grundschule Amelsbüren und wir überlegen,
ob wir zu zweit zum Werkstatttag kommen. Bevor ich uns anmelde, ein paar
Fragen:

1. Muss man den ganzen Tag bleiben oder kann man auch nur zu einem Workshop
   kommen?
2. Kostet die Teilnahme etwas?
3. Gibt es eine Kinderbetreuung? Unsere Jüngste ist 4.

Danke und viele Grüße
Nadine Hövelmann
""", "utf-8", "8bit")),
    E("question", "nadine.hoevelmann@web-mail.example", "Nadine Hövelmann",
      "Schulpflegschaft der Grundschule Amelsbüren", [], None, "de"))

# Italian registration for two (wife named), times "delle 14" and "delle
# 15.30" with topics; "dal 2005", phone number with 15 30 in it.  ISO-8859-15 QP.
add("russo-italiano-14-e-1530", message([
    "From: " + addr("Giuseppe Russo", "giuseppe.russo@missione-it.example"),
    "To: " + REG,
    "Subject: Iscrizione Werkstatttag 12 giugno",
    "Date: " + when("2027-04-16 09:40 +0200"),
    "Message-ID: <1b7e3c40.0416@missione-it.example>",
    "X-Mailer: Apple Mail (2.3774.400.31)",
], text("""\
Gentile signora Terhorst,

mi chiamo Giuseppe Russo e sono volontario della Missione Cattolica Italiana
di Münster dal 2005. Ho ricevuto l'invito tramite la parrocchia di St. Clemens.

Vorrei iscrivermi al workshop sull'assicurazione e la responsabilità (quello
delle 14) e anche a quello delle 15.30 sui finanziamenti. Verremo in due: io e
mia moglie Lucia, che è la tesoriera della nostra associazione.

Il mio tedesco è un po' arrugginito, spero che l'italiano vada bene.
Se serve, il mio numero è 0251 3 14 15 30.

Cordiali saluti
Giuseppe Russo
Missione Cattolica Italiana Münster
Kanalstraße 28, 48147 Münster
""", "iso-8859-15", "quoted-printable")),
    E("registration", "giuseppe.russo@missione-it.example", "Giuseppe Russo",
      "Missione Cattolica Italiana Münster", ["S3", "S4"], 2, "it"))

# Phone-typed two-liner: "halb 12" = 11:30 = S2; name only in From display,
# no organisation; "93" in the address.
add("bergmann-halb-zwoelf-iphone", message([
    "From: " + addr("Tim Bergmann", "tim.b93@mail.example"),
    "To: " + REG,
    "Subject: Anmeldung",
    "Date: " + when("2027-04-16 18:22 +0200"),
    "Message-ID: <8F0C2A1E-77B4-4E0A-9D3C-1A2B3C4D5E6F@mail.example>",
    "X-Mailer: iPhone Mail (21E236)",
], text("""\
Hallo,
melde mich an für halb 12 (social media). bin alleine
Gruß Tim

Von meinem iPhone gesendet
""", "utf-8", "8bit", params="; format=flowed")),
    E("registration", "tim.b93@mail.example", "Tim Bergmann", None, ["S2"], 1, "de"))

# Greek registration, slots by time only ("των 10:00 και των 11:30"); founded
# 1968, 150 members, a phone number with 14 in it.  ISO-8859-7, 8bit; Greek
# display name Q-encoded in ISO-8859-7.
add("papadopoulou-ellinika-10-1130", message([
    "From: " + addr("Ελένη Παπαδοπούλου", "eleni.papadopoulou@ellinikikoinotita.example", "iso-8859-7"),
    "To: " + REG,
    "Subject: " + subj("Συμμετοχή στο Werkstatttag", "iso-8859-7"),
    "Date: " + when("2027-04-17 12:00 +0200"),
    "Message-ID: <f00d1e55-17a4-4b7c-8c1a-ellinika@ellinikikoinotita.example>",
], text("""\
Αγαπητή κυρία Terhorst,

Σας ευχαριστώ πολύ για την πρόσκληση. Είμαι μέλος του διοικητικού
συμβουλίου της Ελληνικής Κοινότητας Μύνστερ (ιδρύθηκε το 1968, σήμερα
έχει περίπου 150 μέλη).

Θα ήθελα να δηλώσω συμμετοχή στα εργαστήρια των 10:00 και των 11:30 -
τα οικονομικά του συλλόγου και τα social media είναι τα δύο μεγάλα μας
προβλήματα.

Θα έρθω μόνη μου.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μύνστερ
Τηλ. 0251 61 22 14
""", "iso-8859-7", "8bit")),
    E("registration", "eleni.papadopoulou@ellinikikoinotita.example", "Ελένη Παπαδοπούλου",
      "Ελληνική Κοινότητα Μύνστερ", ["S1", "S2"], 1, "el"))

# Change, top-posted above an Outlook-style "Ursprüngliche Nachricht" that
# quotes our confirmation (S1): new choice "den um 14 Uhr (Versicherung)".
add("brockmann-change-to-14-uhr", message([
    "From: " + addr("Jürgen Brockmann", "j.brockmann@sv-hiltrup.example"),
    "To: " + TO_US,
    "Subject: " + subj("AW: " + CONFIRM_SUBJECT),
    "Date: " + when("2027-04-19 07:55 +0200"),
    "Message-ID: <2c9d4410-6a0f-4f0e-b1c2-77aa01bb5c3d@sv-hiltrup.example>",
    "In-Reply-To: <bestaetigung-0002@muenster.example>",
    "References: <bestaetigung-0002@muenster.example>",
    "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0",
], text("""\
Moin nochmal,

hab mit unserem Vorsitzenden gesprochen, die Kasse macht ab nächstem Jahr eh
jemand anders. Könnten Sie mich bitte statt für den Finanz-Workshop für den
um 14 Uhr (Versicherung) eintragen? Wir hatten letzten Sommer einen Unfall
beim Vereinsfest, das Thema brennt mehr.

Danke!
Jürgen Brockmann

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Gesendet: Donnerstag, 8. April 2027 09:12
An: j.brockmann@sv-hiltrup.example
Betreff: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup

""" + confirmation("Herr Brockmann", ["S1"], 1), "utf-8", "quoted-printable")),
    E("change", "j.brockmann@sv-hiltrup.example", "Jürgen Brockmann",
      None, ["S3"], None, "de"))

# Vietnamese registration for two: "lúc 15 giờ 30" = S4; ASCII display name
# without diacritics, full name with diacritics in the signature; founded
# 1992, 70 members, phone ending 1530.  UTF-8 base64.
add("nguyen-tieng-viet-15-gio-30", message([
    "From: " + addr("Nguyen Thi Lan", "lan.nguyen@hoinguoiviet.example"),
    "To: " + REG,
    "Subject: Dang ky Werkstatttag",
    "Date: " + when("2027-04-20 15:33 +0200"),
    "Message-ID: <CAL0vN9uT6w@mail.hoinguoiviet.example>",
], text("""\
Kính gửi bà Terhorst,

Tôi tên là Nguyễn Thị Lan, thủ quỹ của Hội Người Việt tại Münster. Hội chúng
tôi được thành lập năm 1992 và hiện có khoảng 70 hội viên.

Tôi muốn đăng ký tham gia hội thảo lúc 15 giờ 30 về việc xin tài trợ. Chúng
tôi sẽ đi 2 người: tôi và anh Trần Văn Hùng (phó chủ tịch).

Xin cảm ơn bà rất nhiều.

Trân trọng,
Nguyễn Thị Lan
Hội Người Việt tại Münster
ĐT: 0152 0914 1530
""", "utf-8", "base64")),
    E("registration", "lan.nguyen@hoinguoiviet.example", "Nguyễn Thị Lan",
      "Hội Người Việt tại Münster", ["S4"], 2, "vi"))

# Newsletter of the volunteer agency (List-Unsubscribe, Precedence: bulk) that
# advertises this very event with all four workshop times: other.
_nl_text = """\
Ehrenamtsagentur Münster – Newsletter Mai 2027
==============================================

Liebe Freiwillige, liebe Vereine,

TERMINE IM MAI UND JUNI

* Sa, 12.06., 10:00–16:45 Uhr: Werkstatttag Ehrenamt Hiltrup im Bürgerhaus
  Hiltrup. Vier Workshops: Vereinsfinanzen (10:00), Social Media (11:30),
  Versicherung & Haftung (14:00), Fördermittel beantragen (15:30).
  Anmeldung beim Ehrenamtsbüro Hiltrup bis 4. Juni.
* Sa, 19.06., 11:00 Uhr: Ehrenamtsmesse auf dem Domplatz – 60 Vereine stellen
  sich vor.
* Do, 24.06., 18:30 Uhr: Stammtisch Engagement, Café Kabäng, Raum 1.

NEU: Ehrenamtskarte NRW jetzt auch online beantragen, siehe
https://www.ehrenamt-muenster.example/karte

Sie erhalten diesen Newsletter, weil Sie sich auf ehrenamt-muenster.example
eingetragen haben. Abmelden: https://www.ehrenamt-muenster.example/newsletter/abmelden?u=8831
Ehrenamtsagentur Münster e.V. · Salzstraße 21 · 48143 Münster
"""
_nl_html = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\"><tr><td>\n"
            + "".join(f"<p>{line}</p>\n" for line in
                      _nl_text.replace("&", "&amp;").split("\n\n"))
            + '<p><a href="https://www.ehrenamt-muenster.example/newsletter/abmelden?u=8831">'
              "Newsletter abbestellen</a></p>\n"
              '<img src="https://track.ehrenamt-muenster.example/o/8831.gif" width="1" height="1">\n'
              "</td></tr></table></body></html>\n")
add("newsletter-ehrenamtsagentur", message([
    "From: " + addr("Ehrenamtsagentur Münster", "newsletter@ehrenamt-muenster.example"),
    "To: " + REG,
    "Subject: " + subj("Newsletter Mai 2027: Werkstatttag, Ehrenamtsmesse, Ehrenamtskarte"),
    "Date: " + when("2027-04-21 06:00 +0200"),
    "Message-ID: <nl-2027-05.8831@ehrenamt-muenster.example>",
    "List-Id: Newsletter Ehrenamtsagentur <newsletter.ehrenamt-muenster.example>",
    "List-Unsubscribe: <https://www.ehrenamt-muenster.example/newsletter/abmelden?u=8831>,"
    " <mailto:abmelden@ehrenamt-muenster.example?subject=unsubscribe>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "Precedence: bulk",
    "X-Mailer: CleverReach-like Mailer 4.2",
], multipart("alternative", [
    text(_nl_text, "utf-8", "quoted-printable"),
    text(_nl_html, "utf-8", "quoted-printable", sub="html"),
], "----=_NL_20270421_8831")), E("other"))

# Inline forward chain (Outlook "WG:", two "Ursprüngliche Nachricht" blocks):
# the forwarding colleague says "Vor allem 10 Uhr", the invitation lists all
# slots; the writer's own choice is "den Finanzblock am Vormittag" = S1.
# Address "Am Klosterwald 10".  ISO-8859-1 QP.
add("wienker-weitergeleitet-finanzblock", message([
    "From: " + addr("Hans-Peter Wienker", "hp.wienker@schuetzen-hiltrup-ost.example"),
    "To: " + TO_US,
    "Subject: " + subj("WG: " + latin(INVITE_SUBJECT), "iso-8859-1"),
    "Date: " + when("2027-04-22 20:47 +0200"),
    "Message-ID: <000301db8fa1$0c9e2b40$25da81c0$@schuetzen-hiltrup-ost.example>",
    "X-Mailer: Microsoft Outlook 15.0",
], text(latin("""\
Guten Abend,

unser Oberst hat mir Ihre Einladung weitergeleitet (s.u.). Als Kassenwart des
Schützenverein Hiltrup-Ost 1888 e.V. nehme ich gern den Finanzblock am
Vormittag mit. Für den Rest des Tages bin ich leider schon verplant, da ist
bei uns Vogelschießen-Vorbereitung.

Freundliche Grüße
Hans-Peter Wienker
Am Klosterwald 10
48165 Münster

-----Ursprüngliche Nachricht-----
Von: Franz Hölscher <oberst@schuetzen-hiltrup-ost.example>
Gesendet: Mittwoch, 21. April 2027 18:03
An: hp.wienker@schuetzen-hiltrup-ost.example
Betreff: WG: Werkstatttag Ehrenamt am 12. Juni – Einladung

Hans-Peter, wär das nix für dich? Vor allem 10 Uhr.
Gruß Franz

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Gesendet: Dienstag, 6. April 2027 10:02
An: Verteiler Vereine Hiltrup
Betreff: Werkstatttag Ehrenamt am 12. Juni – Einladung

""" + INVITE), "iso-8859-1", "quoted-printable")),
    E("registration", "hp.wienker@schuetzen-hiltrup-ost.example", "Hans-Peter Wienker",
      "Schützenverein Hiltrup-Ost 1888 e.V.", ["S1"], 1, "de"))

# Parish office registers a colleague and asks to confirm directly to her
# address: email and name are the colleague's.  Outlook multipart/alternative;
# office hours "9–12 Uhr", house number 18.
_body = """\
Sehr geehrte Frau Terhorst,

im Auftrag unserer Ehrenamtskoordinatorin, Frau Miriam Eckholt, melde ich sie
zum Werkstatttag Ehrenamt an. Sie möchte an den Workshops S2 und S3
teilnehmen.

Bitte senden Sie die Bestätigung direkt an Frau Eckholt:
m.eckholt@ev-kirche-hiltrup.example – das Gemeindebüro ist ab Mai nur noch
dienstags und donnerstags besetzt (9–12 Uhr).

Mit freundlichen Grüßen
i. A. Petra Schulte
Gemeindebüro
Ev. Kirchengemeinde Hiltrup
Zimmermannstraße 18 · 48165 Münster
Tel. 02501 2 33 40
"""
_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body lang=\"DE\"><div class=\"WordSection1\">\n"
         + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}<o:p></o:p></p>\n"
                   for p in _body.rstrip().split("\n\n"))
         + "</div></body></html>\n")
add("schulte-meldet-eckholt-an", message([
    "From: " + addr("Schulte, Petra", "gemeindebuero@ev-kirche-hiltrup.example"),
    "To: " + TO_US,
    "Subject: " + subj("Anmeldung Frau Eckholt – Werkstatttag"),
    "Date: " + when("2027-04-23 10:05 +0200"),
    "Message-ID: <AM0PR07MB4417C3D9E2@ev-kirche-hiltrup.example>",
    "X-Mailer: Microsoft Outlook 16.0",
    "Content-Language: de-DE",
], multipart("alternative", [
    text(_body, "utf-8", "quoted-printable"),
    text(_html, "utf-8", "quoted-printable", sub="html"),
], "_000_AM0PR07MB4417C3D9E2_")),
    E("registration", "m.eckholt@ev-kirche-hiltrup.example", "Miriam Eckholt",
      "Ev. Kirchengemeinde Hiltrup", ["S2", "S3"], 1, "de"))

# Turkish question from the colleague registered in the mosque mail: language
# of the workshops, interpreter for his father, halal lunch.  No new
# registration ("babam da gelmek istiyor" is a wish, not a sign-up).  UTF-8 8bit.
add("sahin-soru-tercuman", message([
    "From: " + addr("Emre Şahin", "emre.sahin@ditib-hiltrup.example"),
    "To: " + REG,
    "Subject: " + subj("Soru - Werkstatttag"),
    "Date: " + when("2027-04-24 23:11 +0200"),
    "Message-ID: <CAHs7e2w0Yq@mail.ditib-hiltrup.example>",
], text("""\
Merhaba,

Mehmet Abi ikimizi kaydettirdi sanırım. Ama bir sorum var: Atölyeler sadece
Almanca mı olacak? Benim Almancam iyi ama babam da gelmek istiyor, onun için
tercüman var mı?

Bir de öğle yemeğinde helal yemek olacak mı?

Teşekkürler
Emre Şahin
DITIB Hiltrup Gençlik
""", "utf-8", "8bit")),
    E("question", "emre.sahin@ditib-hiltrup.example", "Emre Şahin",
      "DITIB Hiltrup Gençlik", [], None, "tr"))

# Learner German: "um 2 Uhr nachmittag und auch um halb 4" = S3, S4; "2
# Person"; 60 members, "seit 2014"; mixed-case address (expected lower-case).
add("tesfay-lernerdeutsch-2-uhr", message([
    "From: " + addr("Samuel Tesfay", "Samuel.Tesfay@eritrea-gemeinde.example"),
    "To: " + REG,
    "Subject: anmeldung workshop",
    "Date: " + when("2027-04-26 17:40 +0200"),
    "Message-ID: <20270426174012.GA7731@eritrea-gemeinde.example>",
], text("""\
Sehr geehrte Damen und Herren

Mein name ist Samuel Tesfay. Ich bin in Eritreisch-Orthodoxe Gemeinde
Münster, wir haben 60 Mitglieder und gibt seit 2014. Ich mache das Geld für
die Gemeinde und auch Kirche Miete.

Ich will kommen zu Workshop um 2 Uhr nachmittag und auch um halb 4. Wir sind
2 Person, ich und mein Bruder Yonas.

Bitte schreiben Sie mir zurück wenn ok.

Danke sehr
Samuel Tesfay
Tel 0163 4471 200
""", "utf-8", "quoted-printable")),
    E("registration", "samuel.tesfay@eritrea-gemeinde.example", "Samuel Tesfay",
      "Eritreisch-Orthodoxe Gemeinde Münster", ["S3", "S4"], 2, "de"))

# English, "slot 2 and slot 4" by number; rehearsals "Thursdays 19:00 in Room 3",
# "AGM is on 14 June", founded 2009, 48 members; long legal disclaimer.
add("oconnor-slot-2-and-4", message([
    "From: " + addr("Daniel O'Connor", "d.oconnor@celtic-club-ms.example"),
    "To: " + REG,
    "Subject: Workshop registration - Celtic Culture Club",
    "Date: " + when("2027-04-27 13:15 +0200"),
    "Message-ID: <VI1PR09MB2231E0A4@celtic-club-ms.example>",
], text("""\
Hello,

Please put me down for slot 2 and slot 4 on 12 June. I'm the club's social
media person and also, God help me, the one writing our grant applications.

For your records: Celtic Culture Club Münster e.V., founded 2009, 48 members.
We rehearse Thursdays 19:00 in Room 3 of the Bürgerhaus - so at least I know
where it is. Our AGM is on 14 June, so the timing is perfect.

Cheers,
Daniel O'Connor
Secretary, Celtic Culture Club Münster e.V.

________________________________
This e-mail and any attachments are confidential and may also be privileged.
If you are not the intended recipient, please notify the sender immediately
and delete this e-mail and any attachments from your system. Any unauthorised
use, disclosure, copying or distribution of this e-mail is strictly
prohibited. E-mail cannot be guaranteed to be secure or error-free; the
sender therefore does not accept liability for any errors or omissions.
Please consider the environment before printing this e-mail.
""", "utf-8", "quoted-printable")),
    E("registration", "d.oconnor@celtic-club-ms.example", "Daniel O'Connor",
      "Celtic Culture Club Münster e.V.", ["S2", "S4"], 1, "en"))

# Cancellation, top-posted above the quoted confirmation (S3), which still
# names the workshop; thanks for an earlier answer.  windows-1252 QP.
add("kemper-absage-hochzeit", message([
    "From: " + addr("Kemper, Ursula", "u.kemper@st-clemens-hiltrup.example"),
    "To: " + TO_US,
    "Subject: " + subj("AW: " + CONFIRM_SUBJECT, "windows-1252"),
    "Date: " + when("2027-04-28 09:02 +0200"),
    "Message-ID: <000c01db9444$1a2b3c40$4e5f6070$@st-clemens-hiltrup.example>",
    "In-Reply-To: <bestaetigung-0005@muenster.example>",
    "X-Mailer: Microsoft Outlook 14.0",
], text("""\
Sehr geehrte Frau Terhorst,

leider muss ich meine Anmeldung zurückziehen. Meine Enkelin heiratet nun doch
am 12. Juni in Lüdinghausen, das hatte ich nicht auf dem Schirm. Vielleicht
schicke ich jemand anderen aus dem Pfarrgemeinderat, der meldet sich dann
selbst bei Ihnen.

Danke trotzdem für die freundliche Auskunft wegen der Parkplätze!

Mit freundlichen Grüßen
Ursula Kemper

> -----Ursprüngliche Nachricht-----
> Von: Ehrenamtsbüro Hiltrup [mailto:werkstatttag-ehrenamt@muenster.example]
> Gesendet: Montag, 12. April 2027 08:40
> Betreff: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup
>
""" + quote(confirmation("Frau Kemper", ["S3"], 1)), "windows-1252", "quoted-printable")),
    E("cancellation", "u.kemper@st-clemens-hiltrup.example", "Ursula Kemper",
      None, [], None, "de"))

# Three mothers of a Kita parents' council; topics in own words, funding first
# ("vor allem") and Social Media "als zweites"; a baby (8 months) who is not
# counted; registration with a question.  Gmail multipart/alternative.
_body = """\
Liebes Ehrenamtsbüro,

wir sind drei Mütter aus dem Elternbeirat der Kita Sonnenblume (Hiltrup-Ost)
und möchten gern zum Werkstatttag kommen. Uns interessiert vor allem, wie man
an Fördergelder kommt – unser Außengelände braucht dringend neue Spielgeräte –
und als zweites das Thema Social Media.

Eine von uns (Anna) würde ihr Baby mitbringen, er ist 8 Monate. Ist das in
Ordnung?

Viele Grüße
Julia Reckers
(mit Anna Brinkhoff und Sevgi Aydın)
"""
_html = ('<div dir="ltr">' + "<br>\n".join(_body.rstrip().split("\n")) + "</div>\n")
add("reckers-drei-muetter-kita", message([
    "From: " + addr("Julia Reckers", "julia.reckers@mail.example"),
    "To: " + REG,
    "Subject: Anmeldung Elternbeirat Kita Sonnenblume",
    "Date: " + when("2027-04-29 21:50 +0200"),
    "Message-ID: <CAK4rT8bN2vQ0s=Lx3mP@mail.example>",
], multipart("alternative", [
    text(_body, "utf-8", "quoted-printable"),
    text(_html, "utf-8", "quoted-printable", sub="html"),
], "0000000000004f5e6d7c8b9a0a1b")),
    E("registration", "julia.reckers@mail.example", "Julia Reckers",
      "Elternbeirat der Kita Sonnenblume", ["S4", "S2"], 3, "de"))

# Arabic change: "instead of the social-media workshop, the insurance and
# liability workshop at two in the afternoon" (time in words) = S3; quoted
# confirmation names S2.  UTF-8 QP.
add("alkhatib-change-arabic", message([
    "From: " + addr("أحمد الخطيب", "ahmad.alkhatib@kulturhaus-syrien.example", "utf-8", "B"),
    "To: " + REG,
    "Subject: " + subj("Re: " + CONFIRM_SUBJECT, "utf-8"),
    "Date: " + when("2027-04-30 11:20 +0200"),
    "Message-ID: <CAE9m0Qe3yT7@mail.kulturhaus-syrien.example>",
    "In-Reply-To: <bestaetigung-0008@muenster.example>",
], text("""\
مرحباً،

شكراً جزيلاً على التأكيد. أرجو تغيير تسجيلي: بدلاً من ورشة وسائل التواصل
الاجتماعي أريد حضور ورشة التأمين والمسؤولية في الساعة الثانية بعد الظهر،
لأن لدينا موعداً مهماً في الجمعية صباح ذلك اليوم.

مع التحية
أحمد الخطيب

""" + quote(confirmation("Herr Al-Khatib", ["S2"], 1)), "utf-8", "quoted-printable")),
    E("change", "ahmad.alkhatib@kulturhaus-syrien.example", "أحمد الخطيب",
      None, ["S3"], None, "ar"))

# Postfix bounce (multipart/report, delivery-status, text/rfc822-headers) of
# our information mail: mailbox full; Final-Recipient in mixed case, expected
# lower-case.
_orig_headers = (
    "Return-Path: <werkstatttag-ehrenamt@muenster.example>\n"
    "Received: by mail.muenster.example (Postfix, from userid 1001)\n"
    "\tid 4KsQ1m2XyZz7Fd; Sun,  2 May 2027 03:13:58 +0200 (CEST)\n"
    "From: =?utf-8?q?Ehrenamtsb=C3=BCro_Hiltrup?= <werkstatttag-ehrenamt@muenster.example>\n"
    "To: Samuel.Tesfay@eritrea-gemeinde.example\n"
    "Subject: =?utf-8?q?Werkstatttag_Ehrenamt=3A_Infos_zu_R=C3=A4umen_und_Anreise?=\n"
    "Date: Sun, 02 May 2027 03:13:57 +0200\n"
    "Message-ID: <info-anreise-0019@muenster.example>\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n")
add("bounce-mailbox-voll", message([
    "Return-Path: <>",
    "From: " + addr("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example"),
    "To: " + REG,
    "Subject: Undelivered Mail Returned to Sender",
    "Date: " + when("2027-05-02 03:14 +0200"),
    "Message-ID: <20270502011400.5B1C2A0F3@mail.muenster.example>",
    "Auto-Submitted: auto-replied",
], multipart("report", [
    raw_part(['Content-Description: Notification',
              'Content-Type: text/plain; charset="us-ascii"'], """\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Samuel.Tesfay@eritrea-gemeinde.example>: host mx.eritrea-gemeinde.example[198.51.100.23]
    said: 552 5.2.2 <Samuel.Tesfay@eritrea-gemeinde.example>: Mailbox full -
    quota exceeded (in reply to RCPT TO command)
"""),
    raw_part(['Content-Description: Delivery report',
              'Content-Type: message/delivery-status'], """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4KsQ1m2XyZz7Fd
X-Postfix-Sender: rfc822; werkstatttag-ehrenamt@muenster.example
Arrival-Date: Sun,  2 May 2027 03:13:58 +0200 (CEST)

Final-Recipient: rfc822; Samuel.Tesfay@eritrea-gemeinde.example
Original-Recipient: rfc822;Samuel.Tesfay@eritrea-gemeinde.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.eritrea-gemeinde.example
Diagnostic-Code: smtp; 552 5.2.2 <Samuel.Tesfay@eritrea-gemeinde.example>:
    Mailbox full - quota exceeded
"""),
    raw_part(['Content-Description: Undelivered Message Headers',
              'Content-Type: text/rfc822-headers'], _orig_headers),
], "5B1C2A0F3.1809832440/mail.muenster.example", params=" report-type=delivery-status;",
    preamble="This is a MIME-encapsulated message.")),
    E("bounce", bounced="samuel.tesfay@eritrea-gemeinde.example"))

# Shared board mailbox; the person is named in the text and signs with first
# and last name; "zwischen 13 und 15 Uhr" rules out S3, "den letzten Workshop,
# den zu den Fördermitteln" = S4; 2019, 1.500 Euro.  ISO-8859-1 8bit.
add("vossmann-kulturkreis-letzter-workshop", message([
    "From: " + addr("Vorstand Kulturkreis Hiltrup", "vorstand@kulturkreis-hiltrup.example"),
    "To: " + REG,
    "Subject: Werkstatttag - Anmeldung",
    "Date: " + when("2027-05-03 19:05 +0200"),
    "Message-ID: <6f1a2b3c.0503.vorstand@kulturkreis-hiltrup.example>",
    "User-Agent: Roundcube Webmail/1.6.6",
], text("""\
Hallo zusammen,

für den Kulturkreis Hiltrup e.V. möchte ich (Bernd Vossmann, 2. Vorsitzender)
am Werkstatttag teilnehmen.

Zwischen 13 und 15 Uhr haben wir leider selbst den Aufbau für unser
Sommerkonzert in der Stadthalle, deshalb schaffe ich nur den letzten
Workshop, den zu den Fördermitteln. Wir haben 2019 schon mal 1.500 Euro von
der Bezirksvertretung bekommen, aber der Antrag war ein Krampf.

Gruß
Bernd Vossmann

--
Kulturkreis Hiltrup e.V. · Vorstand
Marktallee 5 · 48165 Münster
www.kulturkreis-hiltrup.example
""", "iso-8859-1", "8bit")),
    E("registration", "vorstand@kulturkreis-hiltrup.example", "Bernd Vossmann",
      "Kulturkreis Hiltrup e.V.", ["S4"], 1, "de"))

# Question that names a workshop time ("überlege, zum Workshop um 14 Uhr zu
# kommen", "Bevor ich mich festlege") but registers no one; U9 bis U13, 95
# children, club with a founding year.
add("schwieters-frage-aufsichtspflicht", message([
    "From: " + addr("Marco Schwieters", "m.schwieters@fc-hiltrup-jugend.example"),
    "To: " + REG,
    "Subject: Frage zu Workshop 14 Uhr",
    "Date: " + when("2027-05-04 12:30 +0200"),
    "Message-ID: <b2f7c1d0-5e3a-4a7b-9c11-0504fragen@fc-hiltrup-jugend.example>",
], text("""\
Hallo,

ich bin Jugendleiter beim FC Hiltrup (U9 bis U13, ca. 95 Kinder) und überlege,
zum Workshop um 14 Uhr zu kommen. Bevor ich mich festlege: Geht es da auch um
die Aufsichtspflicht bei Auswärtsfahrten, oder nur um die
Vereinshaftpflicht allgemein? Wenn es nur allgemein ist, lohnt es sich für
mich wahrscheinlich nicht.

Gruß
Marco Schwieters
Jugendleitung FC Hiltrup 1958
""", "utf-8", "quoted-printable")),
    E("question", "m.schwieters@fc-hiltrup-jugend.example", "Marco Schwieters",
      "FC Hiltrup 1958", [], None, "de"))

# English Gmail mail (text and HTML, base64) for two: "the 10 o'clock workshop
# on finances and the 2 pm one on insurance" = S1, S3; the church meets
# "every Sunday at 11:30 in Room 4"; 40 members.
_body = """\
Dear Madam,

Greetings in the name of our Lord. I am writing on behalf of the African
Christian Fellowship Münster. We are a small congregation of about 40 members
and we meet every Sunday at 11:30 in Room 4 of the Evangelisches
Gemeindehaus.

Myself and our treasurer, Brother Kwame Asante, would like to attend the
10 o'clock workshop on finances and the 2 pm one on insurance.

God bless you,
Grace Mensah
Church Secretary
African Christian Fellowship Münster
Tel. 0176 5566 3011
"""
_html = ('<div dir="ltr"><div>' + "</div><div>".join(
    line or "<br>" for line in _body.rstrip().split("\n")) + "</div></div>\n")
add("mensah-fellowship-10-and-2pm", message([
    "From: " + addr("Grace Mensah", "grace.mensah@acf-muenster.example"),
    "To: " + REG,
    "Subject: Registration for two - African Christian Fellowship",
    "Date: " + when("2027-05-05 16:44 +0200"),
    "Message-ID: <CAM7gR9s1uW@mail.acf-muenster.example>",
], multipart("alternative", [
    text(_body, "utf-8", "base64"),
    text(_html, "utf-8", "base64", sub="html"),
], "000000000000c0d1e2f3a4b5c6d7")),
    E("registration", "grace.mensah@acf-muenster.example", "Grace Mensah",
      "African Christian Fellowship Münster", ["S1", "S3"], 2, "en"))

# Change of party size only (3 -> 2), workshops unchanged; bottom of the mail
# quotes the confirmation with S4, S2 and "Personen: 3".
add("reckers-nur-noch-zu-zweit", message([
    "From: " + addr("Julia Reckers", "julia.reckers@mail.example"),
    "To: " + REG,
    "Subject: " + subj("Re: " + CONFIRM_SUBJECT),
    "Date: " + when("2027-05-06 08:10 +0200"),
    "Message-ID: <CAK4rT8cQ9wE1t=Mp5nR@mail.example>",
    "In-Reply-To: <bestaetigung-0022@muenster.example>",
], text("""\
Hallo Frau Terhorst,

kleine Änderung: Anna fällt leider aus (Baby krank, Kita-Eingewöhnung, das
volle Programm). Wir kommen also nur zu zweit, Sevgi und ich. An den
Workshops ändert sich nichts.

Liebe Grüße
Julia Reckers

Am Fr., 30. Apr. 2027 um 10:14 Uhr schrieb Ehrenamtsbüro Hiltrup
<werkstatttag-ehrenamt@muenster.example>:

""" + quote(confirmation("Frau Reckers", ["S4", "S2"], 3)), "utf-8", "quoted-printable")),
    E("change", "julia.reckers@mail.example", "Julia Reckers",
      None, [], 2, "de"))

# Preference with a condition: S4 first, S1 "zusätzlich", if there is room;
# "2003", 610 members, 24 € (ISO-8859-15 has €), "Postfach 41 15 30".
add("droste-freibad-s4-evtl-s1", message([
    "From: " + addr("Klaus Droste", "klaus.droste@freibad-hiltrup.example"),
    "To: " + REG,
    "Subject: " + subj("Werkstatttag - Förderverein Freibad", "iso-8859-15"),
    "Date: " + when("2027-05-07 19:30 +0200"),
    "Message-ID: <4b8e1f2a.5c3d.droste@freibad-hiltrup.example>",
], text("""\
Guten Tag,

ich melde mich für den Förderverein Freibad Hiltrup e.V. zum Werkstatttag an.
Wir sind 2003 gegründet worden, als das Bad geschlossen werden sollte, und
haben heute 610 Mitglieder bei 24 € Jahresbeitrag.

Mein Hauptinteresse: Fördermittel (S4). Falls im Finanz-Workshop morgens noch
was frei ist, würde ich den gern zusätzlich mitnehmen.

Freundliche Grüße
Klaus Droste
Vorsitzender
Förderverein Freibad Hiltrup e.V.
Postfach 41 15 30, 48165 Münster
""", "iso-8859-15", "quoted-printable")),
    E("registration", "klaus.droste@freibad-hiltrup.example", "Klaus Droste",
      "Förderverein Freibad Hiltrup e.V.", ["S4", "S1"], 1, "de"))

# Phone-typed Turkish without diacritics, all lower case, ASCII 7bit: "2 kisi",
# topics "sosyal medya ve sigorta"; phone 0157 1200 3014; Samsung footer.
add("kaya-camii-telefon", message([
    "From: " + addr("ramazan kaya", "ramazan.kaya61@mail.example"),
    "To: " + REG,
    "Subject: kayit",
    "Date: " + when("2027-05-08 22:03 +0200"),
    "Message-ID: <mk3qz1.1a2b3c@mail.example>",
], text("""\
selam
hiltrup camii dernegi olarak 2 kisi katilmak istiyoruz. sosyal medya ve sigorta konulari bizim icin onemli
ramazan kaya
0157 1200 3014

Samsung Galaxy cihazimdan gonderildi
""", "us-ascii", "7bit")),
    E("registration", "ramazan.kaya61@mail.example", "ramazan kaya",
      "hiltrup camii dernegi", ["S2", "S3"], 2, "tr"))

# Short cancellation with initials only ("H.-P. Wienker"), the quoted
# confirmation below (S1); the date "12.06." in the text.  ISO-8859-1 QP.
add("wienker-absage-vogelschiessen", message([
    "From: " + addr("Hans-Peter Wienker", "hp.wienker@schuetzen-hiltrup-ost.example"),
    "To: " + TO_US,
    "Subject: " + subj("AW: " + latin(CONFIRM_SUBJECT), "iso-8859-1"),
    "Date: " + when("2027-05-10 07:12 +0200"),
    "Message-ID: <000601dba1b3$9a8b7c60$cf9e8d70$@schuetzen-hiltrup-ost.example>",
    "X-Mailer: Microsoft Outlook 15.0",
], text(latin("""\
Guten Morgen,

ich muss mich leider wieder abmelden, das Vogelschießen wurde auf den 12.06.
vorverlegt. Vielleicht beim nächsten Mal.

Gruß
H.-P. Wienker

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Gesendet: Freitag, 23. April 2027 08:30
An: hp.wienker@schuetzen-hiltrup-ost.example
Betreff: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup

""" + confirmation("Herr Wienker", ["S1"], 1)), "iso-8859-1", "quoted-printable")),
    E("cancellation", "hp.wienker@schuetzen-hiltrup-ost.example", "Hans-Peter Wienker",
      None, [], None, "de"))

# Italian question from the wife already registered by her husband: does the
# 15.30 workshop end at 16.45 (mass at 17.30), bicycle parking.  ISO-8859-1
# base64.
add("russo-domanda-orario", message([
    "From: " + addr("Lucia Russo", "lucia.russo@missione-it.example"),
    "To: " + REG,
    "Subject: Domanda orario",
    "Date: " + when("2027-05-11 10:45 +0200"),
    "Message-ID: <9c2d4e6f.0511@missione-it.example>",
    "X-Mailer: Apple Mail (2.3774.400.31)",
], text("""\
Buongiorno,

sono Lucia Russo, la moglie di Giuseppe, che ci ha già iscritti tutti e due.
Volevo solo chiedere: il workshop delle 15.30 finisce davvero alle 16.45?
Alle 17.30 abbiamo la messa in italiano a St. Clemens e io suono l'organo.

E c'è un posto dove lasciare la bicicletta davanti al Bürgerhaus?

Grazie mille e buona giornata
Lucia Russo
Tesoriera, Missione Cattolica Italiana Münster
""", "iso-8859-1", "base64")),
    E("question", "lucia.russo@missione-it.example", "Lucia Russo",
      "Missione Cattolica Italiana Münster", [], None, "it"))

# HTML-only Gmail mail (no text part), UTF-8 base64: slot ids in <b>,
# rehearsals "dienstags ab 19:30 in Raum 104", "seit 2022".
add("hartmann-theater-html-only", message([
    "From: " + addr("Leonie Hartmann", "leonie.hartmann@spielwerk-hiltrup.example"),
    "To: " + REG,
    "Subject: Anmeldung S2 + S3",
    "Date: " + when("2027-05-12 18:18 +0200"),
    "Message-ID: <CAP2hL5xD0k@mail.spielwerk-hiltrup.example>",
], text("""\
<div dir="ltr">Hallo liebes Ehrenamtsbüro,<div><br></div><div>für die Theatergruppe Spielwerk Hiltrup e.V. melde ich mich für die Slots <b>S2</b> und <b>S3</b> an. Wir proben dienstags ab 19:30 in Raum 104 der Realschule, und seit wir 2022 Kinder-Theaterkurse anbieten, stellt sich ständig die Versicherungsfrage.</div><div><br></div><div>Nur ich, also 1 Person.</div><div><br></div><div>Liebe Grüße</div><div>Leonie Hartmann</div><div><br></div><div><span style="color:rgb(136,136,136);font-size:12px">Theatergruppe Spielwerk Hiltrup e.V. | Kassenwartin | <a href="https://www.spielwerk-hiltrup.example">www.spielwerk-hiltrup.example</a></span></div></div>
""", "utf-8", "base64", sub="html")),
    E("registration", "leonie.hartmann@spielwerk-hiltrup.example", "Leonie Hartmann",
      "Theatergruppe Spielwerk Hiltrup e.V.", ["S2", "S3"], 1, "de"))

# Ticket-system receipt without Auto-Submitted header (only content and the
# ticket number in the subject tell it is automatic); the ticket number
# contains 1130, "5 Werktage".
add("ticket-eingangsbestaetigung-ssb", message([
    "From: " + addr("Stadtsportbund Münster – Service", "service@ssb-muenster.example"),
    "To: " + REG,
    "Subject: " + subj("[Ticket#2027051310001130] Eingangsbestätigung: Werkstatttag Ehrenamt – Anmeldeschluss 4. Juni"),
    "Date: " + when("2027-05-13 09:00 +0200"),
    "Message-ID: <otrs.2027051310001130.9914@ssb-muenster.example>",
    "X-Loop: service@ssb-muenster.example",
], text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Diese wurde unter der Ticketnummer
2027051310001130 erfasst.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Bitte rechnen Sie
mit einer Bearbeitungszeit von bis zu 5 Werktagen. Wenn Sie uns zu diesem
Vorgang erneut schreiben, lassen Sie bitte die Ticketnummer im Betreff stehen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Service-Team
Stadtsportbund Münster e.V.
Servicezeiten: Mo–Do 9:00–15:30 Uhr, Fr 9:00–12:00 Uhr
""", "utf-8", "quoted-printable")), E("auto_reply"))

# Greek change: drop S1, add S4, keep S2, summed up at the end "S2 και S4";
# quoted German confirmation (S1, S2) whose umlauts the legacy client turned
# into "?".  windows-1253 QP.
add("papadopoulou-allagi-s2-s4", message([
    "From: " + addr("Ελένη Παπαδοπούλου", "eleni.papadopoulou@ellinikikoinotita.example", "windows-1253", "B"),
    "To: " + REG,
    "Subject: " + subj(lossy("Re: " + CONFIRM_SUBJECT, "windows-1253"), "windows-1253"),
    "Date: " + when("2027-05-14 13:40 +0200"),
    "Message-ID: <f00d1e55-5a91-4c2e-8d0b-allagi@ellinikikoinotita.example>",
    "In-Reply-To: <bestaetigung-0012@muenster.example>",
], text("""\
Καλησπέρα σας,

Θα ήθελα να κάνω μια αλλαγή: αντί για το εργαστήριο των 10:00 (S1) θα ήθελα
να πάω στο εργαστήριο των 15:30 για τις επιχορηγήσεις, γιατί η ταμίας μας θα
έρθει η ίδια στο S1 και θα σας γράψει ξεχωριστά. Το S2 στις 11:30 το κρατάω.

Δηλαδή: S2 και S4.

Ευχαριστώ πολύ,
Ελένη Παπαδοπούλου

""" + lossy(quote(confirmation("Frau Papadopoulou", ["S1", "S2"], 1)), "windows-1253"),
    "windows-1253", "quoted-printable")),
    E("change", "eleni.papadopoulou@ellinikikoinotita.example", "Ελένη Παπαδοπούλου",
      None, ["S2", "S4"], None, "el"))

# Outlook multipart/alternative with a long signature (founded 1921, 230
# members, phone 02501 9 14 00, IBAN ending 1530 00, register number VR 1130)
# and a disclaimer; "den beiden Nachmittagsworkshops (Versicherung/Haftung und
# Förderanträge)" = S3, S4.
_body = """\
Hallo Frau Terhorst,

für die Kolpingsfamilie Hiltrup melde ich mich zu den beiden
Nachmittagsworkshops an (Versicherung/Haftung und Förderanträge). Vormittags
bin ich mit unserer Altkleidersammlung unterwegs.

Beste Grüße
Thomas Wilmers

--
Thomas Wilmers
Vorsitzender
Kolpingsfamilie Hiltrup | gegr. 1921 | 230 Mitglieder
Hohe Geest 115 | 48165 Münster
Tel. 02501 9 14 00 | Fax 02501 9 14 01
Spendenkonto: DE12 4006 0265 0001 1530 00 (Darlehnskasse Münster)

Die Kolpingsfamilie Hiltrup ist ein eingetragener Verein, Amtsgericht Münster
VR 1130. Diese E-Mail kann vertrauliche und/oder rechtlich geschützte
Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese
E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender
und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail sind nicht gestattet.
"""
_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
         "<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Calibri,sans-serif}</style>"
         "</head><body lang=\"DE\"><div class=\"WordSection1\">\n"
         + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>\n"
                   for p in _body.rstrip().replace("&", "&amp;").split("\n\n"))
         + "</div></body></html>\n")
add("wilmers-kolping-nachmittag", message([
    "From: " + addr("Thomas Wilmers", "t.wilmers@kolping-hiltrup.example"),
    "To: " + TO_US,
    "Subject: Anmeldung Kolpingsfamilie",
    "Date: " + when("2027-05-17 11:11 +0200"),
    "Message-ID: <PR3PR02MB6012A1B2C3@kolping-hiltrup.example>",
    "X-Mailer: Microsoft Outlook 16.0",
], multipart("alternative", [
    text(_body, "utf-8", "quoted-printable"),
    text(_html, "utf-8", "quoted-printable", sub="html"),
], "_000_PR3PR02MB6012A1B2C3_")),
    E("registration", "t.wilmers@kolping-hiltrup.example", "Thomas Wilmers",
      "Kolpingsfamilie Hiltrup", ["S3", "S4"], 1, "de"))

# Vietnamese question from a student volunteer (fee, interpreter, afternoon
# only); polite particles; UTF-8 8bit.
add("pham-cau-hoi", message([
    "From: " + addr("Phạm Minh Tuấn", "tuan.pham@vn-sinhvien.example"),
    "To: " + REG,
    "Subject: " + subj("Hỏi về Werkstatttag"),
    "Date: " + when("2027-05-18 20:20 +0200"),
    "Message-ID: <CAV1tP4mN8q@mail.vn-sinhvien.example>",
], text("""\
Chào chị/anh,

Em là Phạm Minh Tuấn, em đang làm tình nguyện viên cho Hội Sinh viên Việt Nam
tại Münster. Em có mấy câu hỏi ạ:
- Hội thảo có mất phí không ạ?
- Có phiên dịch tiếng Việt không ạ, hay chỉ bằng tiếng Đức?
- Nếu em chỉ đến được buổi chiều thì có được không ạ?

Em cảm ơn nhiều ạ!
Tuấn
""", "utf-8", "8bit")),
    E("question", "tuan.pham@vn-sinhvien.example", "Phạm Minh Tuấn",
      "Hội Sinh viên Việt Nam tại Münster", [], None, "vi"))

# Inline answers inside the quoted invitation: the quoted lines hold the
# questions and all slots, the unquoted lines the answers ("S1 + S2", "2").
# ISO-8859-9 QP (ı in Yıldız; dashes become hyphens in this charset).
_inv = latin(INVITE).split("\n")
_inline = "\n".join([
    "Hallo Frau Terhorst,",
    "",
    "ich antworte direkt in Ihrer Mail, dann ist es einfacher:",
    "",
    quote("\n".join(_inv[:12])),
    quote("\n".join(_inv[12:16])),
    "",
    "Fatma Yıldız",
    "",
    "> Ihren Verein bzw. Ihre Gemeinde,",
    "",
    "Deutsch-Türkischer Elternverein Hiltrup e.V. (Vorstand)",
    "",
    "> die gewünschten Workshops (S1-S4)",
    "",
    "S1 + S2",
    "",
    quote(_inv[17]),
    "",
    "2 (ich und meine Stellvertreterin Gül Arslan)",
    "",
    quote("\n".join(_inv[18:])),
    "",
    "Vielen Dank!",
    "Fatma Yıldız",
])
add("yildiz-inline-antworten", message([
    "From: " + addr("Fatma Yıldız", "fatma.yildiz@dt-elternverein.example", "iso-8859-9"),
    "To: " + TO_US,
    "Subject: " + subj("AW: " + latin(INVITE_SUBJECT), "iso-8859-9"),
    "Date: " + when("2027-05-19 17:25 +0200"),
    "Message-ID: <3e4f5a6b.0519.fy@dt-elternverein.example>",
    "In-Reply-To: <einladung-2027@muenster.example>",
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
], text(_inline, "iso-8859-9", "quoted-printable")),
    E("registration", "fatma.yildiz@dt-elternverein.example", "Fatma Yıldız",
      "Deutsch-Türkischer Elternverein Hiltrup e.V.", ["S1", "S2"], 2, "de"))

# English cancellation in an Outlook reply ("RE:", From/Sent/To/Subject block
# quoting the German confirmation with S2 and S4); asks to pass the places on.
_body = """\
Hi Birgit,

Sorry to do this, but I have to pull out of the 12 June workshops altogether -
work is sending me to Dublin that week. Please give my places to someone on
the waiting list.

Best,
Daniel

Daniel O'Connor
Secretary, Celtic Culture Club Münster e.V.

________________________________
From: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Sent: Wednesday, 28 April 2027 09:40
To: Daniel O'Connor <d.oconnor@celtic-club-ms.example>
Subject: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup

""" + confirmation("Herr O'Connor", ["S2", "S4"], 1)
_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
         "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:12pt\">\n"
         + "<br>\n".join(_body.split("________________________________")[0]
                         .replace("&", "&amp;").rstrip().split("\n"))
         + "</div><hr style=\"display:inline-block;width:98%\"><div id=\"divRplyFwdMsg\">"
         + "<br>\n".join(_body.split("________________________________")[1]
                         .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                         .strip().split("\n"))
         + "</div></body></html>\n")
add("oconnor-cancel-dublin", message([
    "From: " + addr("Daniel O'Connor", "d.oconnor@celtic-club-ms.example"),
    "To: " + TO_US,
    "Subject: " + subj("RE: " + CONFIRM_SUBJECT),
    "Date: " + when("2027-05-20 08:30 +0200"),
    "Message-ID: <VI1PR09MB2231F7E9@celtic-club-ms.example>",
    "In-Reply-To: <bestaetigung-0020@muenster.example>",
    "X-MS-Has-Attach: ",
    "X-MS-TNEF-Correlator: ",
], multipart("alternative", [
    text(_body, "utf-8", "quoted-printable"),
    text(_html, "utf-8", "quoted-printable", sub="html"),
], "_000_VI1PR09MB2231F7E9_")),
    E("cancellation", "d.oconnor@celtic-club-ms.example", "Daniel O'Connor",
      "Celtic Culture Club Münster e.V.", [], None, "en"))

# Change for a group of three: drop S1, keep only "den Workshop um halb vier
# (Fördermittel)" = S4; the number of persons is unchanged ("gleichen
# Personen"); "75-jährigen Vereinsjubiläum".  windows-1252 QP.
add("albers-nur-noch-halb-vier", message([
    "From: " + addr("Karin Albers", "k.albers@heimatverein-hiltrup.example"),
    "To: " + TO_US,
    "Subject: " + subj("AW: " + CONFIRM_SUBJECT, "windows-1252"),
    "Date: " + when("2027-05-21 10:00 +0200"),
    "Message-ID: <002f01dba9f0$6d5e4f30$48dbed90$@heimatverein-hiltrup.example>",
    "In-Reply-To: <bestaetigung-0007@muenster.example>",
    "X-Mailer: Microsoft Outlook 16.0",
], text("""\
Sehr geehrte Frau Terhorst,

nach unserer Vorstandssitzung gestern eine Änderung: Vormittags schaffen wir
es leider nicht, weil am selben Morgen die Fahrradtour zum 75-jährigen
Vereinsjubiläum startet. Bitte melden Sie uns nur noch für den Workshop um
halb vier an (Fördermittel). Es bleibt bei den gleichen Personen.

Mit freundlichen Grüßen
Karin Albers
Schriftführerin
Heimatverein Hiltrup e.V.

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Gesendet: Mittwoch, 14. April 2027 08:55
An: Karin Albers <k.albers@heimatverein-hiltrup.example>
Betreff: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup

""" + confirmation("Frau Albers", ["S1", "S4"], 3), "windows-1252", "quoted-printable")),
    E("change", "k.albers@heimatverein-hiltrup.example", "Karin Albers",
      "Heimatverein Hiltrup e.V.", ["S4"], None, "de"))

# Spam from a club-software vendor: webinar "14.06. um 10:00", words
# Kassenbuch, Fördermittel, Social Media, an "Anmeldung" link: other.
_spam = """\
Hallo liebe Vereinsverantwortliche,

Kassenbuch-Chaos, verlorene Quittungen, Förderanträge auf den letzten Drücker?
Mit VereinsPro haben Sie Mitglieder, Beiträge, Fördermittel und Social Media
in EINER App – DSGVO-konform und ab 4,90 € im Monat.

>> JETZT 30 TAGE GRATIS TESTEN: https://vereinspro-software.example/gratis

Live-Webinar am 14.06. um 10:00 Uhr: "Die 5 größten Fehler in der
Vereinskasse" – kostenlose Anmeldung unter
https://vereinspro-software.example/webinar

Ihr VereinsPro-Team

Sie erhalten diese E-Mail, weil Ihre Adresse in einem öffentlichen
Vereinsregister steht. Keine Werbung mehr: https://vereinspro-software.example/optout
VereinsPro GmbH, Musterweg 1, 12345 Beispielstadt
"""
_spam_html = ("<html><body style=\"background:#f3f6fa\"><center><table width=\"580\" "
              "style=\"background:#ffffff\"><tr><td style=\"padding:24px;font-family:Helvetica\">\n"
              + "".join(f"<p>{p.replace(chr(10), ' ')}</p>\n" for p in
                        _spam.replace("&", "&amp;").replace(">>", "&raquo;").split("\n\n"))
              + "</td></tr></table></center></body></html>\n")
add("spam-vereinssoftware", message([
    "From: " + addr("VereinsPro Software", "angebot@vereinspro-software.example"),
    "To: " + REG,
    "Subject: " + subj("Kassenbuch-Chaos? Jetzt 30 Tage gratis testen – Live-Webinar 14.06. um 10:00"),
    "Date: " + when("2027-05-22 04:12 +0200"),
    "Message-ID: <20270522021207.77a1c0.bulk@mta3.vereinspro-software.example>",
    "Precedence: bulk",
    "X-Campaign: vp-2027-05-vereine",
    "List-Unsubscribe: <https://vereinspro-software.example/optout>",
], multipart("alternative", [
    text(_spam, "utf-8", "quoted-printable"),
    text(_spam_html, "utf-8", "base64", sub="html"),
], "=_vp_2027_05_b1")), E("other"))

# Arabic question (attend without registering? prayer room?); ASCII display
# name, Arabic signature; body windows-1256 QP, subject ISO-8859-6 B.
add("haddad-arabic-question", message([
    "From: " + addr("Fatima Haddad", "f.haddad@frauentreff-hiltrup.example"),
    "To: " + REG,
    "Subject: " + subj("استفسار عن ورشة العمل", "iso-8859-6", "B"),
    "Date: " + when("2027-05-24 21:00 +0200"),
    "Message-ID: <7a8b9c0d.0524.fh@frauentreff-hiltrup.example>",
], text("""\
مساء الخير،

أنا متطوعة في مجموعة النساء العربيات في Frauentreff Hiltrup.
هل يمكن الحضور إلى ورشة العمل دون تسجيل مسبق؟ وهل يوجد مكان هادئ
للصلاة في المبنى؟

شكرا جزيلا
فاطمة حداد
""", "windows-1256", "quoted-printable")),
    E("question", "f.haddad@frauentreff-hiltrup.example", "فاطمة حداد",
      "Frauentreff Hiltrup", [], None, "ar"))

# Topics only in the writer's own words ("wie man Geld bei Stadt oder Land
# beantragt" = S4 first, "dem Instagram-/Facebook-Thema" = S2 second); he is
# "Kassenprüfer" but does not choose S1; "erst ab 11 Uhr", 3 weekends, 37
# followers, phone with 14 30 in it.  UTF-8 8bit.
add("kuhlmann-eigene-worte", message([
    "From: " + addr("Stefan Kuhlmann", "stefan.kuhlmann@mail.example"),
    "To: " + REG,
    "Subject: Werkstatttag",
    "Date: " + when("2027-05-25 22:40 +0200"),
    "Message-ID: <1f2e3d4c-sk-0525@mail.example>",
    "User-Agent: K-9 Mail for Android",
], text("""\
Guten Abend,

ich bin seit letztem Herbst Kassenprüfer (und Mädchen für alles) beim
Förderverein der Paul-Gerhardt-Grundschule. Mich interessiert vor allem, wie
man Geld bei Stadt oder Land beantragt, ohne dass man 3 Wochenenden an einem
Antrag sitzt. Wenn es zeitlich passt, würde ich außerdem gern bei dem
Instagram-/Facebook-Thema reinschauen, unsere Vereinsseite hat gerade mal
37 Follower :-)

Ich kann allerdings erst ab 11 Uhr da sein (Fußball vom Sohn).

Viele Grüße aus Berg Fidel
Stefan Kuhlmann
Tel. 0251 7 14 30 55
""", "utf-8", "8bit")),
    E("registration", "stefan.kuhlmann@mail.example", "Stefan Kuhlmann",
      "Förderverein der Paul-Gerhardt-Grundschule", ["S4", "S2"], 1, "de"))

# Turkish change: "saat 14'teki ... yerine saat 15:30'daki", "saat 10'daki
# ... aynen kalsın", summed up "S1 ve S4"; UTF-8 base64.
add("demir-degisiklik-s1-s4", message([
    "From: " + addr("Ayşe Demir", "ayse.demir@hiltrup-kultur.example", "utf-8", "B"),
    "To: " + REG,
    "Subject: " + subj("Re: " + CONFIRM_SUBJECT, "utf-8", "B"),
    "Date: " + when("2027-05-26 12:15 +0200"),
    "Message-ID: <a7f3e2d1-degisiklik-0526@hiltrup-kultur.example>",
    "In-Reply-To: <bestaetigung-0006@muenster.example>",
], text("""\
Merhaba Birgit Hanım,

Küçük bir değişiklik rica ediyorum: saat 14'teki sigorta atölyesi yerine saat
15:30'daki fon başvurusu atölyesine katılmak istiyorum. Saat 10'daki finans
atölyesi aynen kalsın.

Yani: S1 ve S4.

Teşekkürler, iyi çalışmalar
Ayşe Demir

""" + quote(confirmation("Frau Demir", ["S1", "S3"], 1)), "utf-8", "base64")),
    E("change", "ayse.demir@hiltrup-kultur.example", "Ayşe Demir",
      None, ["S1", "S4"], None, "tr"))

# multipart/mixed with a PDF form and a vCard attachment; the body restates the
# choice ("Workshop S3, 1 Person"); the vCard has phone and address numbers.
_pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
        b"4 0 obj\n<< /Length 98 >>\nstream\nBT /F1 11 Tf 72 760 Td (Anmeldung Werkstatttag: Niehues, DJK Hiltrup-Sued, S3, 1 Person) Tj ET\n"
        b"endstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R /Size 5 >>\n"
        b"startxref\n420\n%%EOF\n")
_vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Niehues;Gabriele;;;\r\nFN:Gabriele Niehues\r\n"
        "ORG:DJK Hiltrup-Süd e.V.\r\nTITLE:Geschäftsführerin\r\n"
        "TEL;TYPE=WORK:+49 2501 3 14 00\r\nEMAIL;TYPE=INTERNET:g.niehues@djk-hiltrup-sued.example\r\n"
        "ADR;TYPE=WORK:;;Loddenweg 30;Münster;;48165;Deutschland\r\nEND:VCARD\r\n").encode("utf-8")
add("niehues-pdf-und-vcard", message([
    "From: " + addr("Gabriele Niehues", "g.niehues@djk-hiltrup-sued.example"),
    "To: " + REG,
    "Subject: Anmeldeformular Werkstatttag",
    "Date: " + when("2027-05-27 15:05 +0200"),
    "Message-ID: <5d6e7f80-gn-0527@djk-hiltrup-sued.example>",
    "User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.11.0",
], multipart("mixed", [
    text("""\
Guten Tag,

anbei das ausgefüllte Anmeldeformular als PDF und meine Visitenkarte.

Kurzfassung, falls das PDF nicht aufgeht: Gabriele Niehues, DJK Hiltrup-Süd
e.V., Workshop S3, 1 Person.

Freundliche Grüße
Gabriele Niehues
Geschäftsführerin DJK Hiltrup-Süd e.V.
""", "utf-8", "quoted-printable"),
    attachment("application/pdf", "Anmeldung_Werkstatttag_DJK.pdf", _pdf),
    attachment('text/vcard; charset="utf-8"', "Gabriele_Niehues.vcf", _vcf),
], "------------7B1C2D3E4F5A6B7C8D9E0F1A", preamble="This is a multi-part message in MIME format.")),
    E("registration", "g.niehues@djk-hiltrup-sued.example", "Gabriele Niehues",
      "DJK Hiltrup-Süd e.V.", ["S3"], 1, "de"))

# German with a Greek greeting and farewell (language de); three persons
# named; "Kassiererin" does not mean S1; "60–80 Leute" every Sunday.
add("karagiannis-gemeinde-drei", message([
    "From: " + addr("Giorgos Karagiannis", "g.karagiannis@orthodox-ms.example"),
    "To: " + REG,
    "Subject: Anmeldung griechisch-orthodoxe Gemeinde",
    "Date: " + when("2027-05-28 19:40 +0200"),
    "Message-ID: <CAG5kR2nV7m@mail.orthodox-ms.example>",
], text("""\
Γεια σας Frau Terhorst,

ich möchte uns für den Werkstatttag anmelden. Wir sind die
Griechisch-Orthodoxe Gemeinde Agios Nikolaos Münster, es kommen drei Leute:
ich, Vater Dimitrios und unsere Kassiererin Frau Kalliopi Stavrou.

Wir möchten zu Versicherung und Haftung. Wir haben jeden Sonntag nach der
Liturgie 60–80 Leute im Gemeindesaal beim Kaffee und keiner weiß, wer haftet,
wenn was passiert.

Καλή συνέχεια / Viele Grüße
Giorgos Karagiannis
Kirchenvorstand
""", "utf-8", "quoted-printable")),
    E("registration", "g.karagiannis@orthodox-ms.example", "Giorgos Karagiannis",
      "Griechisch-Orthodoxe Gemeinde Agios Nikolaos Münster", ["S3"], 3, "de"))

# Vietnamese cancellation of a two-person registration ("hủy đăng ký"), date
# "12/6"; UTF-8 QP; quoted confirmation below.
add("nguyen-huy-dang-ky", message([
    "From: " + addr("Nguyen Thi Lan", "lan.nguyen@hoinguoiviet.example"),
    "To: " + REG,
    "Subject: " + subj("Re: " + CONFIRM_SUBJECT),
    "Date: " + when("2027-05-31 09:30 +0200"),
    "Message-ID: <CAL0vN9wX2z@mail.hoinguoiviet.example>",
    "In-Reply-To: <bestaetigung-0014@muenster.example>",
], text("""\
Kính gửi bà Terhorst,

Rất tiếc, chúng tôi phải hủy đăng ký tham gia ngày 12/6. Hội chúng tôi có đám
cưới của một hội viên vào đúng ngày đó.

Xin lỗi vì sự bất tiện này và cảm ơn bà.

Trân trọng,
Nguyễn Thị Lan

""" + quote(confirmation("Frau Nguyen", ["S4"], 2)), "utf-8", "quoted-printable")),
    E("cancellation", "lan.nguyen@hoinguoiviet.example", "Nguyễn Thị Lan",
      None, [], None, "vi"))

# A thank-you reply to a confirmation: nothing to register, change or answer
# (other); it mentions "S2 und S3" only in the quoted confirmation and "bis
# zum 12.!" in the new text.
add("hartmann-danke", message([
    "From: " + addr("Leonie Hartmann", "leonie.hartmann@spielwerk-hiltrup.example"),
    "To: " + REG,
    "Subject: " + subj("Re: " + CONFIRM_SUBJECT),
    "Date: " + when("2027-06-01 18:00 +0200"),
    "Message-ID: <CAP2hL5yE3n@mail.spielwerk-hiltrup.example>",
    "In-Reply-To: <bestaetigung-0033@muenster.example>",
], text("""\
Super, danke für die schnelle Bestätigung! Ich freu mich, bis zum 12.!

Leonie

Am Do., 13. Mai 2027 um 09:02 Uhr schrieb Ehrenamtsbüro Hiltrup
<werkstatttag-ehrenamt@muenster.example>:

""" + quote(confirmation("Frau Hartmann", ["S2", "S3"], 1)), "utf-8", "quoted-printable")),
    E("other"))

# Late registration after the deadline, phrased as a question with a
# conditional sign-up ("If so, please take this as my registration for the
# 2 pm session"): registration.  "last Friday", 55 families, "next January",
# mobile number ending 15 30.
add("raman-late-2pm", message([
    "From: " + addr("Priya Raman", "priya.raman@tamilsangam-ms.example"),
    "To: " + REG,
    "Subject: Late registration - is it still possible?",
    "Date: " + when("2027-06-07 10:20 +0200"),
    "Message-ID: <CAR8pQ3tU1v@mail.tamilsangam-ms.example>",
], text("""\
Dear Ms Terhorst,

I only just saw the invitation on the notice board at the Stadtteilbibliothek
- I know the deadline was last Friday. Is there any chance you could still
squeeze me in? If so, please take this as my registration for the 2 pm
session (insurance & liability). Just me.

We are the Tamil Sangam Münster, about 55 families, and we're organising our
first public Pongal festival next January, so the liability topic is urgent
for us.

Many thanks, and sorry for the short notice!

Priya Raman
Tamil Sangam Münster e.V.
Mobile: 0160 9 14 15 30
""", "utf-8", "quoted-printable")),
    E("registration", "priya.raman@tamilsangam-ms.example", "Priya Raman",
      "Tamil Sangam Münster e.V.", ["S3"], 1, "en"))

# Cancellation for both persons from the shared mosque mailbox; Reply-To is the
# board member's own address (bare, no display name); "Samstag um 11 Uhr".
# ISO-8859-9 QP.
add("oezdemir-absage-beerdigung", message([
    "From: " + addr("DITIB Hiltrup", "info@ditib-hiltrup.example"),
    "Reply-To: m.oezdemir@ditib-hiltrup.example",
    "To: " + TO_US,
    "Subject: " + subj("AW: " + latin(CONFIRM_SUBJECT), "iso-8859-9"),
    "Date: " + when("2027-06-10 08:45 +0200"),
    "Message-ID: <20270610084512.7C1D2@ditib-hiltrup.example>",
    "In-Reply-To: <bestaetigung-0003@muenster.example>",
    "X-Mailer: Microsoft Outlook 16.0",
], text(latin("""\
Sehr geehrte Frau Terhorst,

leider müssen wir unsere Teilnahme am Samstag absagen, Emre und ich beide. In
unserer Gemeinde ist ein älteres Mitglied verstorben, die Beerdigung ist am
Samstag um 11 Uhr.

Wir hoffen, beim nächsten Werkstatttag dabei zu sein.

Mit freundlichen Grüßen
Mehmet Özdemir
Türkisch-Islamische Gemeinde zu Hiltrup e.V.

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbüro Hiltrup <werkstatttag-ehrenamt@muenster.example>
Gesendet: Freitag, 9. April 2027 08:20
An: m.oezdemir@ditib-hiltrup.example
Betreff: Bestätigung Ihrer Anmeldung – Werkstatttag Ehrenamt Hiltrup

""" + confirmation("Herr Özdemir", ["S2", "S4"], 2)), "iso-8859-9", "quoted-printable")),
    E("cancellation", "m.oezdemir@ditib-hiltrup.example", "Mehmet Özdemir",
      "Türkisch-Islamische Gemeinde zu Hiltrup e.V.", [], None, "de"))


# ===========================================================================
# writing and validation
# ===========================================================================

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.(org|com|net))$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)
PARTY_KINDS = ("registration", "change")
NULL_KINDS = ("auto_reply", "bounce", "other")


def filenames():
    return [f"{i:03d}-{slug}.eml" for i, (slug, _, _) in enumerate(MAILS, 1)]


def check_record(name, rec):
    errs = []
    keys = ("kind", "email", "name", "organisation", "workgroups", "party_size",
            "language", "bounced_recipient")
    if tuple(rec) != keys:
        errs.append("keys")
    k = rec["kind"]
    if k not in KINDS:
        errs.append("kind")
    if not (isinstance(rec["workgroups"], list) and all(w in WG_IDS for w in rec["workgroups"])
            and len(set(rec["workgroups"])) == len(rec["workgroups"])):
        errs.append("workgroups")
    if k in NULL_KINDS:
        if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")):
            errs.append("machine/other mail must have null person fields")
        if rec["workgroups"]:
            errs.append("workgroups for machine/other mail")
    else:
        if not (isinstance(rec["email"], str) and rec["email"] == rec["email"].lower()
                and ADDR_RE.fullmatch(rec["email"])):
            errs.append("email")
        if not isinstance(rec["name"], str) or not rec["name"]:
            errs.append("name")
        if not (isinstance(rec["language"], str) and re.fullmatch(r"[a-z]{2}", rec["language"])):
            errs.append("language")
    if k == "registration":
        if not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
            errs.append("party_size")
    elif k == "change":
        if rec["party_size"] is not None and not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
            errs.append("party_size")
    elif rec["party_size"] is not None:
        errs.append("party_size must be null")
    if k in ("cancellation", "question") and rec["workgroups"]:
        errs.append("workgroups for cancellation/question")
    if k == "bounce":
        b = rec["bounced_recipient"]
        if not (isinstance(b, str) and b == b.lower() and ADDR_RE.fullmatch(b)):
            errs.append("bounced_recipient")
    elif rec["bounced_recipient"] is not None:
        errs.append("bounced_recipient must be null")
    return [f"{name}: {e}" for e in errs]


def check_hosts(name, where, s):
    errs = []
    for m in ADDR_RE.finditer(s):
        if not EXAMPLE_HOST.search(m.group(1)):
            errs.append(f"{name}: {where}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(s):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_HOST.search(host) and host.lower() not in ("w3.org", "schemas.microsoft.com"):
            errs.append(f"{name}: {where}: non-example URL host {host}")
    return errs


def validate_mail(name, raw):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(f"{name}: bare CR or LF")
    for i, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            errs.append(f"{name}: line {i} longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    head_text = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")  # headers must be ASCII
    # XML namespace URLs inside Outlook HTML are not hosts anyone visits
    errs += check_hosts(name, "headers", head_text)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append(f"{name}: defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                errs.append(f"{name}: header {key} defects {value.defects}")
            str(value)
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        if ctype.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"{name}: {ctype} does not decode as {cs}: {e}")
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            if cte in ("quoted-printable", "base64"):
                inner = email.message_from_bytes(b"Content-Type: " + ctype.encode()
                                                 + b"\r\n\r\n" + payload,
                                                 policy=email.policy.default)
                if inner.defects:
                    errs.append(f"{name}: decoded body defects {inner.defects}")
    if "Date" not in msg or "From" not in msg or "Message-ID" not in msg:
        errs.append(f"{name}: missing Date/From/Message-ID")
    for t in texts:
        errs += check_hosts(name, "body", re.sub(r'xmlns(:\w+)?="[^"]*"', "", t))
    return msg, errs


def build():
    names = filenames()
    files = {n: raw for n, (_, raw, _) in zip(names, MAILS)}
    expected = {n: exp for n, (_, _, exp) in zip(names, MAILS)}
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, expected, exp_bytes


def validate(files, expected):
    errs = []
    last = None
    for name, raw in files.items():
        msg, e = validate_mail(name, raw)
        errs += e
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if last is not None and d <= last:
            errs.append(f"{name}: Date does not rise")
        last = d
        errs += check_record(name, expected[name])
    if len(files) != len(set(files)):
        errs.append("duplicate file names")
    return errs


def stats(files, expected):
    kinds = collections.Counter(r["kind"] for r in expected.values())
    langs = collections.Counter(r["language"] for r in expected.values() if r["language"])
    cs, cte, types = collections.Counter(), collections.Counter(), collections.Counter()
    for raw in files.values():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs[part.get_content_charset()] += 1
                cte[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common())
          + f" (null: {len(files) - sum(langs.values())})")
    print("top-level: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    print("charsets (text parts): " + ", ".join(f"{k} {v}" for k, v in cs.most_common()))
    print("encodings (text parts): " + ", ".join(f"{k} {v}" for k, v in cte.most_common()))
    wg = collections.Counter(w for r in expected.values() if r["kind"] == "registration"
                             for w in r["workgroups"])
    print("registrations per workshop: " + ", ".join(f"{w} {wg[w]}" for w in WG_IDS))


def main(argv):
    files, expected, exp_bytes = build()
    errs = validate(files, expected)
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"validation failed: {len(errs)} problem(s)", file=sys.stderr)
        return 1
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        diff = []
        on_disk = sorted(p.name for p in MAILS_DIR.glob("*.eml")) if MAILS_DIR.exists() else []
        if on_disk != sorted(files):
            diff.append("file list differs")
        for n, raw in files.items():
            p = MAILS_DIR / n
            if not p.exists() or p.read_bytes() != raw:
                diff.append(n)
        if not EXPECTED.exists() or EXPECTED.read_bytes() != exp_bytes:
            diff.append("expected.json")
        if diff:
            print("differs from disk: " + ", ".join(diff), file=sys.stderr)
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (MAILS_DIR / n).write_bytes(raw)
    EXPECTED.write_bytes(exp_bytes)
    # re-read what was written
    reread = {n: (MAILS_DIR / n).read_bytes() for n in files}
    errs = validate(reread, json.loads(EXPECTED.read_text(encoding="utf-8")))
    if errs:
        print("\n".join(errs), file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
