#!/usr/bin/env python3
"""Build the "final22h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Hausaufgabenhilfe und Lernpatenschaften Hamm 2027 (a training day
for volunteer tutors and homework-help projects, five workshops WS1-WS5, bus
shuttle, lunch vouchers, fee waiver form).  The mails are full of numbers that are
neither persons nor workshops: phone numbers, addresses, postcodes, times, dates,
room numbers, registration numbers, register numbers, IBAN fragments, prices,
children's ages, bus lines and pupil counts.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py            # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check    # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats    # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Standard library only (Python 3.11).
"""

import argparse
import collections
import datetime
import email
import email.policy
import hashlib
import html
import json
import re
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-lernen@hamm.example"
FT_NAME = "Fachtag Lernpatenschaften Hamm"
TO_FT = f"{FT_NAME} <{FT}>"
INVITATION_ID = "<einladung-fachtag-2027.20270823101204@hamm.example>"
REMINDER_ID_PREFIX = "mailbot.20270918100000"

WS_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
LANGS = {"de", "en", "tr", "ar", "ru", "pl", "uk", "fr", "es"}

CEST = datetime.timezone(datetime.timedelta(hours=2))


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces (RFC 5322 folding)."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    out, line = [], ""
    for word in value.split(" "):
        cand = f"{line} {word}" if line else word
        limit = width - (len(name) + 2 if not out else 1)
        if line and len(cand) > limit:
            out.append(line)
            line = word
        else:
            line = cand
    out.append(line)
    return "\n ".join(out)


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=2):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8 words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB8PR09MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hamm.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
        """A multipart container; top=True makes it the message body itself."""
        m = self.msg if top else MIMEPart(policy=POLICY)
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for p in parts:
            m.attach(p)
        return m

    def alternative(self, text, html_text, charset="utf-8", cte="quoted-printable",
                    html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


def dsn_part(*blocks):
    """A message/delivery-status part; each block is a list of (name, value)."""
    part = MIMEPart(policy=POLICY)
    part["Content-Description"] = "Delivery report"
    part["Content-Type"] = "message/delivery-status"
    payload = []
    for block in blocks:
        b = Message(policy=POLICY)
        for name, value in block:
            b.set_raw(name, value)
        payload.append(b)
    part.set_payload(payload)
    return part


def rfc822_part(inner, description="Undelivered Message"):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    part["Content-Description"] = description
    return part


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -20 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Hausaufgabenhilfe und Lernpatenschaften am 25.09.2027"

INVITATION = """Liebe Lernpatinnen und Lernpaten,
liebe Aktive in Hausaufgabenhilfen und Lernprojekten,

wir laden Sie herzlich zum Fachtag Hausaufgabenhilfe und
Lernpatenschaften Hamm 2027 ein.

Wann: Samstag, 25. September 2027, 9:30 bis 16:00 Uhr
Wo:   Forum am Kurpark, Ostenallee 87, 59071 Hamm

Programm
 9:30  Ankommen, Kaffee, Anmeldung am Empfang
10:00  Begrüßung und Vortrag „Lernen in mehreren Sprachen“
11:15  Projektmarkt: Hammer Lernprojekte stellen sich vor
12:30  Mittagessen
13:30  Workshops (bis 15:30)
15:45  Abschluss im Plenum

Workshops (bitte einen auswählen, gern mit Zweitwunsch):
Workshop 1: Deutsch als Zweitsprache in der Hausaufgabenhilfe
Workshop 2: Mathe verstehen – Rechenschwäche erkennen und begleiten
Workshop 3: Lernmotivation, Konflikte und Grenzen in der Lerngruppe
Workshop 4: Zusammenarbeit mit Eltern und Schulen
Workshop 5: Digitale Lernhilfen und Datenschutz

Teilnahmebeitrag: 10 € pro Person, inklusive Mittagessen (Sie erhalten
am Empfang einen Essensgutschein). Wer den Beitrag nicht zahlen kann,
füllt bitte den Antrag auf Beitragsbefreiung aus (Formular im Anhang) –
eine kurze Begründung genügt, Nachweise brauchen wir nicht.
Konto: Stadt Hamm, IBAN DE47 4105 0095 0000 0270 27,
Verwendungszweck „Fachtag 2027“ und Ihr Name.

Shuttlebus: ab Hamm Hbf, Busbahnhof Steig 4, um 8:50, 9:10 und 9:30 Uhr,
zurück um 16:15 Uhr. Alternativ fahren die Buslinien 1 und 3 bis zur
Haltestelle „Kurhaus“.

Bitte melden Sie sich bis Freitag, 17. September 2027, per E-Mail an
fachtag-lernen@hamm.example an. Nennen Sie uns bitte Ihren Namen, Ihr
Projekt oder Ihren Verein, den gewünschten Workshop, die Zahl der
Personen und ob Sie den Shuttlebus nutzen möchten.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Hamm
Ehrenamtsbüro – Team Fachtag
Sabine Terhorst-Yılmaz
Tel. 02381 17-6620"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Hausaufgabenhilfe und Lernpatenschaften 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Hausaufgabenhilfe und Lernpatenschaften am 25.09.2027"

WS_LINE = {
    "WS1": "Workshop 1 – Deutsch als Zweitsprache in der Hausaufgabenhilfe",
    "WS2": "Workshop 2 – Mathe verstehen – Rechenschwäche erkennen und begleiten",
    "WS3": "Workshop 3 – Lernmotivation, Konflikte und Grenzen in der Lerngruppe",
    "WS4": "Workshop 4 – Zusammenarbeit mit Eltern und Schulen",
    "WS5": "Workshop 5 – Digitale Lernhilfen und Datenschutz",
}


def confirmation(salutation, ws, persons, nr):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Hausaufgabenhilfe und
Lernpatenschaften am Samstag, 25. September 2027, 9:30 bis 16:00 Uhr,
im Forum am Kurpark, Ostenallee 87, 59071 Hamm.

Anmeldenummer: {nr}
Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}
Essensgutscheine: {persons} (liegen am Empfang bereit)
Teilnahmebeitrag: {persons * 10} € – bitte bis 17.09.2027 überweisen
(Verwendungszweck: {nr}) oder den Antrag auf Beitragsbefreiung schicken.

Der Shuttlebus fährt ab Hamm Hbf, Busbahnhof Steig 4, um 8:50, 9:10
und 9:30 Uhr.

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Team Fachtag
Kommunales Integrationszentrum Hamm"""


def reminder(ws, persons, nr):
    """The 7-day reminder mailbot sent on Saturday, 18 September 2027."""
    return f"""Guten Tag,

in einer Woche ist es so weit: Am Samstag, 25. September 2027, findet der
Fachtag Hausaufgabenhilfe und Lernpatenschaften statt. Beginn ist um
9:30 Uhr im Forum am Kurpark, Ostenallee 87, 59071 Hamm.

Ihre Anmeldung: {nr}
{WS_LINE[ws]}
Angemeldete Personen: {persons}

Falls Sie den Teilnahmebeitrag (10 € pro Person) noch nicht überwiesen
haben, können Sie ihn auch bar am Empfang zahlen.
Shuttlebus: ab Hamm Hbf, Busbahnhof Steig 4, um 8:50, 9:10 und 9:30 Uhr.

Wenn Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten – auf der Warteliste stehen noch 14 Personen.

Mit freundlichen Grüßen
Team Fachtag
Kommunales Integrationszentrum Hamm"""


def confirmation_message(to, salutation, ws, persons, nr, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons, nr), charset="utf-8",
                  cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset="Windows-1252"):
    """Outlook-style HTML for `text`."""
    out = [mso_p(line) for line in text.split("\n")]
    head = OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={charset}")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text) becomes a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        qlines = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{qlines}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five workshops, prices,
# bus times); two persons for Workshop 2.  Numbers in the new text: 2014,
# 28 children, classes 1-4, 14-16 Uhr, room 3, street number, phone.

@mail("poeppinghaus-reply-quoting-invitation", "2027-08-23 14:37:51",
      E("registration", "u.poeppinghaus@st-agnes-hamm.example", "Ulrike Pöppinghaus",
        "Hausaufgabenhilfe St. Agnes", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ulrike Pöppinghaus", "u.poeppinghaus@st-agnes-hamm.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b7e2c91-0d3a-4f6e-9a15-c8e2b7d01f36@st-agnes-hamm.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Terhorst-Yılmaz,

danke für die Einladung, die kommt genau richtig! Wir melden uns zu
zweit an: meine Kollegin Hanne Wefelscheid und ich. Wir möchten beide in
Workshop 2 (Mathe) – bei uns sitzen jeden Nachmittag Kinder, die beim
Einmaleins hängen bleiben.

Zur Info für den Projektmarkt: Die Hausaufgabenhilfe St. Agnes gibt es
seit 2014, wir betreuen zurzeit 28 Kinder aus den Klassen 1 bis 4,
Montag bis Donnerstag von 14 bis 16 Uhr im Pfarrheim, Raum 3.

Den Shuttle brauchen wir nicht, wir kommen mit dem Rad.

Herzliche Grüße
Ulrike Pöppinghaus

-- 
Hausaufgabenhilfe St. Agnes
Pfarrheim, Nordenwall 5, 59065 Hamm
Tel. 02381 4 39 12 (Di + Do ab 13:30)

Am 23.08.27 um 10:12 schrieb {FT_NAME}:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "4. atölye" = Workshop 4;
# "toplam 3 kişiyiz" = 3 persons; 3 days a week, 40 pupils, ages 7-14, 15:00-17:30
# and the 9:10 shuttle are not choices.

KORKMAZ_TEXT = """Merhaba,

25 Eylül'deki Fachtag'a kayıt olmak istiyorum. Derneğimizde 2019'dan beri ödev yardımı yapıyoruz: haftada 3 gün, saat 15:00 ile 17:30 arası, yaklaşık 40 öğrenciye. Çocuklar 7 ile 14 yaş arasında.

İki arkadaşımla birlikte geleceğim, toplam 3 kişiyiz. Hepimiz 4. atölyeye (Zusammenarbeit mit Eltern und Schulen) katılmak istiyoruz, çünkü velilerle iletişimde çok zorlanıyoruz.

Shuttle'ı kullanacağız, saat 9:10'daki otobüse bineriz.

Saygılarımla,
Mehmet Ali Korkmaz
Hamm Türk Kültür ve Eğitim Derneği e.V.
Wilhelmstraße 45, 59067 Hamm
Tel: 0171 482 66 19"""


@mail("korkmaz-turkish-three-persons", "2027-08-24 19:05:12",
      E("registration", "mehmetali.korkmaz@mail.example", "Mehmet Ali Korkmaz",
        "Hamm Türk Kültür ve Eğitim Derneği e.V.", ["WS4"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Korkmaz <mehmetali.korkmaz@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAM8kTq3vR1nZ0bW5yPx7LdE2sHf9GcU4oJm6aKi1QeNr3tVb8w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# A form block with key: value lines.  "Anzahl Personen: 1", Workshop 5 with
# second wish 1; register number VR 1873, 19 tutors, 31 children, 2 schools,
# 8:50 and "ab 18 Uhr" are not choices.

@mail("hoelscher-form-block", "2027-08-25 08:12:40",
      E("registration", "j.hoelscher@web-mail.example", "Jürgen Hölscher",
        "Lernpaten Bockum-Hövel e.V.", ["WS5", "WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Jürgen Hölscher", "j.hoelscher@web-mail.example")),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag 25.9."),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d2e4a10-91c3-4b5f-8e60-3f1a9c2b7d45-1787638360114@3c-app-webmail-bs04>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

hier unsere Anmeldung:

Name: Jürgen Hölscher
Verein/Projekt: Lernpaten Bockum-Hövel e.V. (VR 1873, Amtsgericht Hamm)
Anzahl Personen: 1
Workshop: 5
Zweitwunsch: 1
Shuttlebus: ja, 8:50 ab Hbf
Teilnahmebeitrag: überweise ich diese Woche
Telefon: 02381 / 7 12 04 (ab 18 Uhr)

Unser Verein hat 19 aktive Lernpatinnen und -paten und begleitet 31 Kinder
an 2 Grundschulen. Die anderen schaffen den Samstag leider nicht.

Mit freundlichem Gruß
Jürgen Hölscher
Kassierer
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English; first and second choice in words ("Workshop 1 ... if that's full,
# workshop 3"), asks for the waiver form (still a registration).  Room 0.14,
# 4-6 pm, 10 to 12 kids aged 8-13, RE 6 at 9:02 and the 9:10 shuttle.

@mail("raghunathan-english-waiver-form", "2027-08-25 21:48:03",
      E("registration", "priya.raghunathan@uni-mail.example", "Priya Raghunathan",
        "Homework Club Rhynern", ["WS1", "WS3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya R. <priya.raghunathan@uni-mail.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAJx4pN8bQ2rT7vW0yLk5HsD9mFe3GaZ1cUo6iXj2RtMn8wKq4e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'd like to sign up for the Fachtag on 25 September. I volunteer with the
Homework Club Rhynern (we meet in room 0.14 of the community centre,
Tuesdays and Thursdays 4-6 pm, usually 10 to 12 kids between 8 and 13).

Workshop 1 would be my first choice, and if that's full, workshop 3.

I'll be coming on my own, by train from Dortmund - the RE 6 gets in at
9:02, so the 9:10 shuttle should work.

Also, I'm a student, so could you send me the fee waiver form? I couldn't
find an attachment in the invitation my coordinator forwarded to me.

Thanks a lot!
Priya Raghunathan
""", charset="us-ascii", cte="7bit")


# -- 005 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable; "ورشة العمل رقم 1" = Workshop 1;
# "سنحضر ثلاثة أشخاص" = three persons.  22 children aged 6-11, 3 to 5 pm and
# the phone number in Western digits.  Signature in Arabic beats the Latin
# display name.

@mail("alhusseini-arabic-cp1256", "2027-08-26 11:30:27",
      E("registration", "rana.alhusseini@mail.example", "رنا الحسيني",
        "جمعية الجسر لدعم التعليم", ["WS1"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Rana Al-Husseini <rana.alhusseini@mail.example>"),
           ("To", FT),
           ("Subject", ew("التسجيل في اليوم التدريبي 25 سبتمبر", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787736627.552019.88123@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في التسجيل في اليوم التدريبي يوم السبت 25 سبتمبر. أنا متطوعة في جمعية الجسر لدعم التعليم في هام، نقدم المساعدة في الواجبات المدرسية لحوالي 22 طفلاً تتراوح أعمارهم بين 6 و11 سنة، كل يوم أربعاء من الساعة 3 إلى 5 مساءً.

سنحضر ثلاثة أشخاص: أنا وزميلتان. نريد المشاركة في ورشة العمل رقم 1 (الألمانية كلغة ثانية).

هل يمكن أن ترسلوا لنا استمارة الإعفاء من الرسوم؟ اثنتان منا طالبتان.

مع الشكر والتحية
رنا الحسيني
جمعية الجسر لدعم التعليم
هاتف: 0157 3382 1945
""", charset="windows-1256", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 QP.  Four names in a list, Workshop 3 by its
# title in typographic quotes; "4 × 10 €", rooms 104 and 106, 13:30-15:00,
# 62 pupils of years 5 and 6, "2. Vorsitzende", IBAN ending, street and phone.

SCHULZE_ELBERS_TEXT = """Sehr geehrte Frau Terhorst-Yılmaz,

hiermit melde ich für den Förderverein der Friedensschule Hamm e.V. vier Personen zum Fachtag an:

- Birgit Schulze-Elbers (ich selbst)
- Kemal Aydoğan
- Marianne Kötter
- Lukas Brenneke

Wir möchten alle in den Workshop „Lernmotivation, Konflikte und Grenzen in der Lerngruppe“. Unsere Hausaufgabenbetreuung läuft Mo–Do von 13:30 bis 15:00 Uhr in den Räumen 104 und 106, mit 62 Schülerinnen und Schülern der Jahrgänge 5 und 6 – da ist das Thema Konflikte leider sehr aktuell.

Den Teilnahmebeitrag von 4 × 10 € überweisen wir gesammelt vom Vereinskonto (IBAN endet auf …0417).

Mit freundlichen Grüßen

Birgit Schulze-Elbers
2. Vorsitzende
Förderverein der Friedensschule Hamm e.V.
Marker Allee 20, 59071 Hamm
Tel. 02381 98 55 30"""


@mail("schulze-elbers-outlook-html-four", "2027-08-27 09:02:18",
      E("registration", "vorstand@foerderverein-friedensschule.example", "Birgit Schulze-Elbers",
        "Förderverein der Friedensschule Hamm e.V.", ["WS3"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Schulze-Elbers, Birgit" <vorstand@foerderverein-friedensschule.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag - Förderverein Friedensschule (4 Personen)"),
           ("Thread-Topic", "Anmeldung Fachtag - Förderverein Friedensschule (4 Personen)"),
           ("Thread-Index", "AdwXq4b2Lk8fR0mPQe6uZ1yT3nVc5A=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR09MB4471E2A9C3B5D7F1A0E4C6B8D2F9@DB8PR09MB4471.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHULZE_ELBERS_TEXT, "utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question only: the waiver form for a group; she will register later.
# 7 volunteers, 3 of them, card number 059-2231.

@mail("ostendorp-question-waiver-group", "2027-08-27 16:44:09",
      E("question", "d.ostendorp@familienzentrum-herringen.example", "Dagmar Ostendorp",
        "Lesepaten im Familienzentrum Herringen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Dagmar Ostendorp <d.ostendorp@familienzentrum-herringen.example>"),
           ("To", FT),
           ("Subject", "Frage Befreiungsantrag"),
           ("Date", m.date),
           ("Message-ID", "<a91f3c2e-6b7d-4e08-b5a4-2d9c0e1f7b63@familienzentrum-herringen.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Fachtag-Team,

bevor ich unsere Gruppe anmelde, eine Frage zum Befreiungsantrag: Wir sind
7 Ehrenamtliche, 3 davon haben nur eine kleine Rente. Muss jede Person
einen eigenen Antrag ausfüllen, oder reicht ein Antrag für alle 3? Und
zählt die Ehrenamtskarte NRW (eine von uns hat die Nr. 059-2231) als
Begründung?

Ich melde uns an, sobald ich Ihre Antwort habe und die Gruppe sich auf die
Workshops geeinigt hat.

Viele Grüße
Dagmar Ostendorp
Lesepaten im Familienzentrum Herringen
Tel. 0160 9 44 81 27
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Russian, windows-1251, 8bit.  Her daughter (17, also a tutor) comes with her:
# "нас двое" = 2.  "второй воркшоп" = Workshop 2.  Classes 5-9, 18 pupils,
# 15-17 h, bus 34, street number; Cyrillic signature beats the Latin display name.

@mail("melnikova-russian-cp1251", "2027-08-30 20:15:33",
      E("registration", "g.melnikova@most-hamm.example", "Галина Мельникова",
        "Русскоязычный культурный центр «Мост» e.V.", ["WS2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Galina Melnikova <g.melnikova@most-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Регистрация на Fachtag 25.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787940933.318274055@f412.i.most-hamm.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на Fachtag 25 сентября. Я веду группу помощи с домашними заданиями в нашем центре «Мост» (Hamm-Uentrop, Lange Str. 118) – по вторникам и пятницам с 15 до 17 часов, приходят ученики 5–9 классов, всего около 18 человек.

Со мной придёт моя дочь Алина, ей 17 лет, она тоже помогает детям с математикой. Значит, нас двое. Нам обеим интересен второй воркшоп – «Mathe verstehen».

До вокзала доедем на 34-м автобусе, а дальше на шаттле.

С уважением,
Галина Мельникова
Русскоязычный культурный центр «Мост» e.V.
тел. 0176 2190 4408
""", charset="windows-1251", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Polish, Thunderbird, ISO-8859-2 QP.  "warsztat nr 1" = Workshop 1,
# "będziemy we dwie" = two women.  10:00-12:30, ages 6-11, 14 pupils, house no. 37.

@mail("wrobel-polish-iso-8859-2", "2027-08-31 12:05:46",
      E("registration", "agnieszka.wrobel@mail.example", "Agnieszka Wróbel",
        "Polska Misja Katolicka Hamm", ["WS1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "agnieszka.wrobel@mail.example", "iso-8859-2")),
           ("To", FT),
           ("Subject", ew("Zgłoszenie na Fachtag 25 września", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5c3e91b7-2f4a-4d86-a0e1-7b9d3c6f2e18@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zapisać się na Fachtag 25 września. Razem z koleżanką
prowadzimy pomoc w odrabianiu lekcji przy Polskiej Misji Katolickiej
w Hamm - w soboty od 10:00 do 12:30, dzieci w wieku 6-11 lat, obecnie
14 uczniów.

Będziemy we dwie. Obie chcemy na warsztat nr 1 (DaZ), bo większość
dzieci jest w Niemczech dopiero od roku.

Jedna z nas jest wegetarianką - czy na obiad będzie coś bez mięsa?

Pozdrawiam serdecznie
Agnieszka Wróbel
Polska Misja Katolicka Hamm
Südstraße 37, 59065 Hamm
""", charset="iso-8859-2", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# From an iPhone, all lower case, no organisation; workshop by alias "mathe".
# The 9:30 shuttle and a mobile number are the only other numbers.

@mail("renfordt-iphone-lowercase", "2027-09-01 07:41:22",
      E("registration", "tobias.renfordt@mail.example", "Tobias Renfordt", None,
        ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tobias Renfordt <tobias.renfordt@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8F2C41D7-3A9E-4B05-9C61-E7D20A4B5F83@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo, melde mich für den fachtag an, workshop mathe. komme allein, nehme den shuttle um 9:30 vom hbf. handy 0152 28 04 77 61 falls was ist

gruß
tobias renfordt

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Two persons who split up: the writer in Workshop 4, her colleague in
# Workshop 1 (workgroups = the writer's own choice; party_size counts both).
# 9:10, "Essensgutscheine bitte 2", Kamener Str. 180, 14-16 Uhr, 25 children 10-15.

@mail("dreier-two-persons-two-workshops", "2027-09-01 18:20:57",
      E("registration", "s.dreier@jugendtreff-pelkum.example", "Stefanie Dreier",
        "Jugendtreff Pelkum", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Stefanie Dreier <s.dreier@jugendtreff-pelkum.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Jugendtreff Pelkum"),
           ("Date", m.date),
           ("Message-ID", "<20270901182057.GA71420@jugendtreff-pelkum.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

für die Hausaufgabenhilfe im Jugendtreff Pelkum melden wir uns zu zweit an.
Ich (Stefanie Dreier) möchte in Workshop 4, meine Kollegin Aylin Demirci in
Workshop 1. Geht das, dass wir uns aufteilen?

Wir sind beide ab 9:10 mit dem Shuttle da. Essensgutscheine bitte 2.

Unser Treff: Kamener Str. 180, 59077 Hamm, Hausaufgabenhilfe Mo/Mi/Fr
14-16 Uhr, für ca. 25 Kinder von 10 bis 15.

Viele Grüße
Stefanie Dreier
Jugendtreff Pelkum
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# English, three named persons ("three of us"), workshop 5 with workshop 2 as
# second choice; 15 children aged 6-16, 11am-1pm, Hafenstraße 42, 30 EUR
# transferred, the 8:50 shuttle, a +49 phone number.

ADEYEMI_TEXT = """Dear Fachtag team,

Please register three of us from the homework club of Grace Covenant International Church Hamm: Pastor Daniel Okonkwo, Grace Eze and myself. We'd like to attend workshop 5 (digital learning aids); our second choice would be workshop 2.

We have 15 children (ages 6 to 16) coming on Saturdays from 11am to 1pm to our hall at Hafenstraße 42, 59067 Hamm.

I transferred the 30 EUR fee this morning, reference "Fachtag 2027 / 3 persons".

We will take the shuttle at 8:50.

Kind regards,
Blessing Adeyemi
Secretary, Grace Covenant International Church Hamm
+49 1575 3310 862"""


@mail("adeyemi-english-three-church", "2027-09-02 10:03:41",
      E("registration", "blessing.adeyemi@gcic-hamm.example", "Blessing Adeyemi",
        "Grace Covenant International Church Hamm", ["WS5", "WS2"], 3, "en"), "en")
def _(m):
    m.head(("From", "Blessing Adeyemi <blessing.adeyemi@gcic-hamm.example>"),
           ("To", FT),
           ("Subject", "Registration - 3 persons - Fachtag 25.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<0d2a7f41.5c3b.4e96.8f02.b1e7c9a4d630@gcic-hamm.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, apple_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 013 ---------------------------------------------------------------------
# Exchange out-of-office (Auto-Submitted: auto-generated) answering a
# confirmation; full of dates, a room number and a phone extension.

VENNEMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 30.08. bis einschließlich 10.09.2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Kaya, Tel. 02381 9 87 65-21, Stadtteilbüro Uentrop, Raum 0.03 (Di und Do 9–12 Uhr).

Mit freundlichen Grüßen
Thomas Vennemann"""


@mail("vennemann-exchange-out-of-office", "2027-09-02 14:27:05",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Vennemann, Thomas" <t.vennemann@stadtteilbuero-uentrop.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcHa1k7Lp0Tq2m8Vx3nW5eYb9RfQ=="),
           ("Date", m.date),
           ("Message-ID", "<5e8b1d3f7a2c4960@EXCH02.stadtteilbuero-uentrop.example>"),
           ("In-Reply-To", "<mailbot.20270902142659.7c1e@hamm.example>"),
           ("References", "<mailbot.20270902142659.7c1e@hamm.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VENNEMANN_OOF, outlook_html(VENNEMANN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 QP; "Birinci tercihim Workshop 3, ikinci tercihim
# Workshop 4"; "Yalnız geleceğim" = alone.  Bus line 9, 8th-graders, 14:00-15:30,
# 12 pupils are not choices.

@mail("sahin-turkish-iso-8859-9", "2027-09-03 09:50:14",
      E("registration", "elif.sahin@mail.example", "Elif Şahin",
        "Lernhaus Heessen", ["WS3", "WS4"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Elif Şahin", "elif.sahin@mail.example", "iso-8859-9")),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı - Elif Şahin", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<c07e5a92-14bd-4f3a-9d68-2e1b0f7c3a59@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Sabine Hanım,

Fachtag için kaydımı yapmak istiyorum. Birinci tercihim Workshop 3
(Lernmotivation), ikinci tercihim Workshop 4.

Yalnız geleceğim. Heessen'den 9 numaralı otobüsle gelip Kurhaus durağında
inerim, shuttle'a gerek yok.

"Lernhaus Heessen" projesinde gönüllü olarak 8. sınıflara ödev yardımı
yapıyorum, pazartesi ve çarşamba 14:00-15:30 arası, 12 öğrenci.

Teşekkürler, iyi çalışmalar
Elif Şahin
""", charset="iso-8859-9", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Change of workshop (1 -> 3), Outlook plain text quoting the confirmation
# under a line of underscores.  The new phone number is not a workshop.

@mail("kampmann-change-ws1-to-ws3", "2027-09-03 15:12:36",
      E("change", "r.kampmann@lernpaten-mitte.example", "Rüdiger Kampmann",
        "Lernpaten-Netz Hamm-Mitte", ["WS3"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Kampmann, Rüdiger", "r.kampmann@lernpaten-mitte.example", "windows-1252")),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB5531B7C2D9E1F3A5B7C9D1E3F5A7@AM6PR04MB5531.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270826094411.2b8f@hamm.example>"),
           ("References", "<mailbot.20270826094411.2b8f@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

ich bin für Workshop 1 angemeldet (Anmeldenummer FT27-0012). Nach Rücksprache mit unserer Gruppe möchte ich aber lieber in Workshop 3 wechseln, da zwei Kolleginnen schon für den DaZ-Workshop angemeldet sind.

Außerdem hat sich meine Handynummer geändert, neu ist 0173 6 20 19 84.

Mit freundlichen Grüßen
Rüdiger Kampmann
Lernpaten-Netz Hamm-Mitte

________________________________
Von: {FT_NAME} <{FT}>
Gesendet: Donnerstag, 26. August 2027 09:44
An: Kampmann, Rüdiger <r.kampmann@lernpaten-mitte.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Kampmann", "WS1", 1, "FT27-0012")}
""", charset="windows-1252", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Three named persons for "den Workshop Elternarbeit" (alias); the fee
# arithmetic "3 x 10 € = 30 €", a masked IBAN, 34 children, 15-17 Uhr,
# Sachsenweg 9 and a register number VR 2290.

@mail("yueksel-brandt-iban-three", "2027-09-04 11:11:48",
      E("registration", "hatice.yueksel-brandt@elterncafe-norden.example", "Hatice Yüksel-Brandt",
        "Elterncafé & Lernhilfe Hamm-Norden e.V.", ["WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Hatice Yüksel-Brandt", "hatice.yueksel-brandt@elterncafe-norden.example")),
           ("To", FT),
           ("Subject", "Anmeldung 3 Personen / Elterncafé"),
           ("Date", m.date),
           ("Message-ID", "<1788520308.4471.29@elterncafe-norden.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Fachtag-Team,

wir melden uns mit 3 Personen an: Hatice Yüksel-Brandt, Sevgi Arıkan und
Monika Rehbein. Alle drei für den Workshop Elternarbeit.

Den Beitrag (3 x 10 € = 30 €) haben wir heute überwiesen, von unserem
Vereinskonto DE89 4105 0095 **** **** 77, Verwendungszweck „Fachtag 2027
Elterncafé“.

Für den Projektmarkt: Wir betreuen 34 Kinder, donnerstags 15–17 Uhr, in
Hamm-Norden, Sachsenweg 9.

Herzliche Grüße
Hatice Yüksel-Brandt
Elterncafé & Lernhilfe Hamm-Norden e.V.
Vereinsregister VR 2290, Amtsgericht Hamm
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Arabic with Arabic-Indic digits throughout (pupil count, times, phone,
# "الورشة رقم ٥" = Workshop 5); "ومعي زميل واحد، يعني شخصان" = two persons.
# Gmail multipart/alternative, rtl markup, UTF-8 QP.

ALALI_TEXT = """مرحباً،

اسمي محمود العلي، متطوع في مشروع ساعة الواجبات في مسجد النور في هام. نساعد حوالي ٣٥ تلميذاً من الصف الأول حتى الصف السادس، أيام الاثنين والخميس من الساعة ٤ إلى ٦ مساءً.

أريد التسجيل في الورشة رقم ٥ (Digitale Lernhilfen)، ومعي زميل واحد، يعني شخصان.

سنركب الباص من المحطة الساعة ٩:١٠
رقم الهاتف: ٠١٧٦٢٢٤٥٩٠٨١

شكراً جزيلاً
محمود العلي
ساعة الواجبات - مسجد النور هام"""


@mail("alali-arabic-indic-digits", "2027-09-05 13:08:19",
      E("registration", "mahmoud.alali@mail.example", "محمود العلي",
        "ساعة الواجبات - مسجد النور هام", ["WS5"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمود العلي", "mahmoud.alali@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("تسجيل - Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHt7wQ5mN2pR8xZ0vB4kLs6DyE1fGa3cUo9iTj7QrMn2wKb5e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALALI_TEXT, gmail_html(ALALI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Question only (accessibility of venue, shuttle and bus lines 1 and 3);
# "25/9" and "platform 4" are not a registration.

@mail("whitfield-question-wheelchair", "2027-09-06 10:30:52",
      E("question", "hannah.whitfield@mail.example", "Hannah Whitfield",
        "Reading Buddies Hamm", [], None, "en"), "en")
def _(m):
    m.head(("From", "Hannah Whitfield <hannah.whitfield@mail.example>"),
           ("To", FT),
           ("Subject", "Accessibility question"),
           ("Date", m.date),
           ("Message-ID", "<DM6PR11MB40317A2C5E9B1D3F@DM6PR11MB4031.namprd11.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm thinking about coming to the Fachtag on 25/9, but I use a wheelchair.
Is the Forum am Kurpark step-free, and is the shuttle bus from platform 4
a low-floor bus? If not, could I take line 1 or 3 instead - is the
Kurhaus stop accessible?

I'd be grateful for a quick answer before I sign up.

Thanks,
Hannah Whitfield
Reading Buddies Hamm
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# The coordinator forwards a volunteer's request (Gmail German forward) and
# asks to confirm to his own address: name and email are the attendee's.
# He comes with his wife -> 2; "seit 2016", 14 Uhr and his phone number.

@mail("lindemann-forwards-behrendt", "2027-09-06 17:54:10",
      E("registration", "horst.behrendt@mail.example", "Horst Behrendt",
        "Lernpatenprojekt Hamm-Süd", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Petra Lindemann <p.lindemann@lernpaten-hamm-sued.example>"),
           ("To", FT),
           ("Subject", "Fwd: Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAPz9sK2vT4nQ7xW1bR8mLh3JdE6fGy0cUo5iAj4RsNn1wMq7e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Terhorst-Yılmaz,

unten die Anmeldung von Herrn Behrendt, der seit 2016 bei uns Lernpate
ist. Er möchte mit seiner Frau in den Mathe-Workshop. Bitte schicken Sie
die Bestätigung direkt an ihn: horst.behrendt@mail.example

Danke und viele Grüße
Petra Lindemann
Koordination Lernpatenprojekt Hamm-Süd

---------- Forwarded message ---------
Von: Horst Behrendt <horst.behrendt@mail.example>
Date: Mo., 6. Sept. 2027 um 09:14 Uhr
Subject: Fachtag
To: Petra Lindemann <p.lindemann@lernpaten-hamm-sued.example>


Hallo Petra,

kannst du mich für den Fachtag am 25.9. anmelden? Workshop 2 würde mich
interessieren. Renate kommt auch mit, sie macht ja bei uns die
Lesestunde. Ab 14 Uhr müssen wir allerdings los, Geburtstag bei den
Enkeln.

Gruß Horst
Tel. 02381 6 33 17
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Cancellation, Gmail reply in German quoting the confirmation (Workshop 2,
# 2 persons).  Date 25.9., "ab 14 Uhr", 2 vouchers and 20 € are not choices.

@mail("wiemers-cancel-gmail-quote", "2027-09-07 08:25:03",
      E("cancellation", "kd.wiemers@mail.example", "Klaus-Dieter Wiemers",
        "Förderkreis Karlschule", [], None, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Wiemers <kd.wiemers@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL3nX7qW9bT2vR5yPk8HsD0mFe4GaZ6cUo1iXj3RtMb9wKn2a@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270830162155.9a3d@hamm.example>"),
           ("References", "<mailbot.20270830162155.9a3d@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

leider müssen wir absagen: Am 25.9. ist ab 14 Uhr das Schulfest unserer
Grundschule, und wir haben dort den Kuchenstand übernommen. Bitte die
2 Essensgutscheine stornieren, die 20 € können Sie gern behalten.

Vielleicht klappt es beim nächsten Mal!

Klaus-Dieter Wiemers
Förderkreis Karlschule

Am Mo., 30. Aug. 2027 um 16:21 Uhr schrieb {FT_NAME} <{FT}>:

{gt_quote(confirmation("Herr Wiemers", "WS2", 2, "FT27-0019"))}
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Sent from a shared mailbox with the writer's own Reply-To; first and second
# wish (1, then 4), two persons.  Room E.07, 14:30-16:00, 20 places, phone
# extension -12.  Outlook multipart/alternative.

KOWALCZYK_TEXT = """Guten Tag,

ich schreibe über unser Sammelpostfach, bitte antworten Sie an meine eigene Adresse (j.kowalczyk@bz-westen.example).

Wir melden uns zu zweit zum Fachtag an, Frau Ingrid Tappe und ich. Erstwunsch ist Workshop 1, Zweitwunsch Workshop 4.

Unsere Lernstube ist im Raum E.07, montags bis donnerstags von 14:30 bis 16:00 Uhr, 20 Plätze, fast alle Kinder sind erst seit 1–2 Jahren in Deutschland.

Den Shuttle brauchen wir nicht.

Freundliche Grüße
Jana Kowalczyk
Bürgerzentrum Hamm-Westen
Lernstube / Sozialarbeit
Tel. 02381 / 9 44 71-12"""


@mail("kowalczyk-shared-mailbox-reply-to", "2027-09-07 12:40:29",
      E("registration", "j.kowalczyk@bz-westen.example", "Jana Kowalczyk",
        "Bürgerzentrum Hamm-Westen", ["WS1", "WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Bürgerzentrum Hamm-Westen - Info", "info@bz-westen.example", "iso-8859-1")),
           ("Reply-To", "Jana Kowalczyk <j.kowalczyk@bz-westen.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag - Lernstube BZ Westen"),
           ("Thread-Topic", "Anmeldung Fachtag - Lernstube BZ Westen"),
           ("Thread-Index", "AdwhR2c9Mn0Lk4pT7vW1xYq8sBe3FA=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR09MB6610A3C5E7F9B1D3A5C7E9F1B3D5@DB8PR09MB6610.eurprd09.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KOWALCZYK_TEXT, outlook_html(KOWALCZYK_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Ukrainian, UTF-8 8bit.  "Нас буде троє" = three; Workshop 1 by number and
# title; ages 8-12, 25 pupils, 10:00-12:00, street number, two of them refugees.

@mail("bondar-ukrainian", "2027-09-08 09:15:44",
      E("registration", "oksana.bondar@krok-vpered.example", "Оксана Бондар",
        "Навчальний проєкт «Крок уперед»", ["WS1"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Бондар", "oksana.bondar@krok-vpered.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("Реєстрація на Fachtag 25 вересня", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789022144.602913.4471@krok-vpered.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Я волонтерка в навчальному проєкті «Крок уперед» – ми допомагаємо з домашніми завданнями українським дітям у Хаммі, віком від 8 до 12 років, зараз це 25 учнів. Заняття щосуботи з 10:00 до 12:00 на Martin-Luther-Straße 24.

Хочу зареєструватися на Fachtag 25 вересня. Нас буде троє: я та дві колеги. Ми обрали Workshop 1 (Deutsch als Zweitsprache).

Чи можна отримати форму для звільнення від внеску? Двоє з нас мають статус біженця.

З повагою,
Оксана Бондар
Навчальний проєкт «Крок уперед»
тел. 0152 0447 3391
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for a confirmation sent to a mistyped
# domain (rhynren for rhynern); the returned confirmation names Workshop 5.

@mail("postfix-bounce-domain-typo", "2027-09-08 10:02:37",
      E("bounce", bounced="m.schaefer@lernhilfe-rhynren.example"), "en")
def _(m):
    rcpt = "m.schaefer@lernhilfe-rhynren.example"
    m.head(("From", "MAILER-DAEMON@mail.hamm.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270908080237.4C2F91A7E3@mail.hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hamm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found.
    Name service error for name=lernhilfe-rhynren.example type=A: Host not
    found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hamm.example"),
         ("X-Postfix-Queue-ID", "4C2F91A7E3"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Wed,  8 Sep 2027 10:02:33 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=lernhilfe-rhynren.example type=A: Host not found")])
    original = confirmation_message(
        addr("Martina Schäfer", rcpt), "Frau Schäfer", "WS5", 2, "FT27-0049",
        "Wed, 08 Sep 2027 10:02:31 +0200", "<mailbot.20270908100231.5d0b@hamm.example>",
        "<7a1c3e5f-9b2d-4f60-8e14-c6a8b0d2e4f7@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# A long, chatty mail from a retired reading mentor (71, for 12 years):
# "Workshop Nr. 3", her neighbour comes too -> 2; newspaper date 4.9., 8:15 to
# 9:45, class 2b, house number 112, 10 minutes, 10 €.  With a question.

@mail("wessel-brune-chatty-nr-3", "2027-09-09 19:30:15",
      E("registration", "h.wessel-brune@mail.example", "Hildegard Wessel-Brune",
        "Mentor – Die Leselernhelfer Hamm e.V.", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "h.wessel-brune@mail.example"),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<000b01dc21a7$3f4e5d60$bdab1820$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

durch die Zeitung (WA vom 4.9.) bin ich auf Ihren Fachtag aufmerksam geworden. Ich bin 71 Jahre alt und seit nunmehr 12 Jahren Lesepatin beim Verein „Mentor – Die Leselernhelfer Hamm e.V.“, ich lese jeden Dienstag von 8:15 bis 9:45 Uhr mit zwei Kindern aus der Klasse 2b.

Ich möchte mich gern anmelden, und zwar für den Workshop Nr. 3 über Motivation und Konflikte. Meine Nachbarin, Frau Erika Sonntag, die ebenfalls Lesepatin ist, kommt mit. Wir sind also 2 Personen.

Den Shuttlebus brauchen wir nicht, wir wohnen in der Ostenallee, Hausnummer 112, das sind 10 Minuten zu Fuß.

Eine Frage noch: Kann man die 10 € auch bar bezahlen? Ich mache ungern Überweisungen im Internet.

Mit freundlichen Grüßen
Hildegard Wessel-Brune
""", charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), English, Outlook plain text with the
# English "From:/Sent:/To:/Subject:" block quoting the confirmation (Workshop 5).
# The registration number and "the extra 10 €" are not choices.

@mail("gallagher-change-two-to-three", "2027-09-10 08:05:26",
      E("change", "owen.gallagher@mail.example", "Owen Gallagher",
        "Hamm Study Circle", [], 3, "en"), "en")
def _(m):
    m.head(("From", "Owen Gallagher <owen.gallagher@mail.example>"),
           ("To", TO_FT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0PR02MB9157C4E6A8B0D2F4A6C8E0B2D4F6@DU0PR02MB9157.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270901130507.6e2a@hamm.example>"),
           ("References", "<mailbot.20270901130507.6e2a@hamm.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Quick update to our registration (FT27-0027): a new volunteer, Sarah Lindqvist, has just joined us and would love to come along, so could you please change it from 2 to 3 people? She'll need a lunch voucher too, of course. I'll transfer the extra 10 € today.

Many thanks,
Owen Gallagher
Hamm Study Circle

From: {FT_NAME} <{FT}>
Sent: Wednesday, September 1, 2027 1:05 PM
To: Owen Gallagher <owen.gallagher@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Gallagher", "WS5", 2, "FT27-0027")}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Polish, multipart/alternative UTF-8 QP.  "siebie i dwie koleżanki" = 3;
# "warsztat 5" = Workshop 5.  Register number VR 1654, about 30 pupils of
# classes 1-6, 16:00-18:00, 30 €, by 15.09.

NOWICKA_TEXT = """Szanowni Państwo,

zgłaszam siebie i dwie koleżanki z naszego stowarzyszenia na Fachtag 25.09.2027. Interesuje nas warsztat 5 – Digitale Lernhilfen und Datenschutz (od roku pracujemy z tabletami i mamy sporo pytań o RODO).

Nasze dane:
Stowarzyszenie Polonia Hamm e.V., VR 1654
Prowadzimy korepetycje dla ok. 30 uczniów z klas 1–6, we wtorki i czwartki w godz. 16:00–18:00.

Opłatę (30 €) przelejemy do 15.09.

Z poważaniem
Katarzyna Nowicka-Becker
Przewodnicząca
Stowarzyszenie Polonia Hamm e.V."""


@mail("nowicka-becker-polish-three", "2027-09-10 16:40:08",
      E("registration", "k.nowicka-becker@polonia-hamm.example", "Katarzyna Nowicka-Becker",
        "Stowarzyszenie Polonia Hamm e.V.", ["WS5"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka-Becker <k.nowicka-becker@polonia-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Zgłoszenie – Stowarzyszenie Polonia Hamm", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAE5rW1pT9vN3xZ7bQ0kLm4HsD2fGe8cUy6iAo1RjMt5wKb3nX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWICKA_TEXT, gmail_html(NOWICKA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Arabic question: childcare for children aged 3 and 6, halal food; she and her
# husband would register only if there is childcare -> question.

@mail("khalil-arabic-question-childcare", "2027-09-11 11:20:47",
      E("question", "sawsan.khalil@mail.example", "سوسن خليل", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("سوسن خليل", "sawsan.khalil@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("سؤال عن رعاية الأطفال", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789118447.77301.16@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا متطوعة في المساعدة على الواجبات المدرسية منذ سنتين. هل يوجد رعاية للأطفال يوم 25 سبتمبر أثناء اليوم التدريبي؟ عندي طفلان عمرهما 3 و6 سنوات.

إذا كانت هناك رعاية للأطفال سأسجل أنا وزوجي. وهل الطعام حلال؟

شكراً لكم
سوسن خليل
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Written from the employer's address with a long legal disclaimer (GmbH,
# HRB 4471, phone and fax extensions): the employer is not the organisation;
# the AWO meeting point he volunteers for is.  Workshop 4, alone.

THIEMANN_TEXT = """Hallo zusammen,

ich schreibe von meiner Dienstadresse, antworten Sie aber gern hierhin.

Ich engagiere mich privat beim AWO-Lerntreff Lohauserholz (Hausaufgabenhilfe für 5. bis 7. Klasse, immer mittwochs) und möchte mich für den Fachtag anmelden. Am meisten interessiert mich Workshop 4, Eltern und Schule. Ich komme allein und mit dem Auto – gibt es am Forum Parkplätze?

Viele Grüße
Markus Thiemann

--
Markus Thiemann
Sachbearbeiter Netzabrechnung
Westfalen Energie Service GmbH | Sternstraße 3 | 59065 Hamm
Tel. +49 2381 274-3318 | Fax +49 2381 274-3399

Sitz der Gesellschaft: Hamm | Amtsgericht Hamm HRB 4471
Geschäftsführung: Dr. Frank Oelmann, Birgit Hesse

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("thiemann-employer-disclaimer", "2027-09-11 22:03:31",
      E("registration", "markus.thiemann@wes-hamm.example", "Markus Thiemann",
        "AWO-Lerntreff Lohauserholz", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Thiemann, Markus" <markus.thiemann@wes-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Thread-Topic", "Anmeldung Fachtag"),
           ("Thread-Index", "AdwlM7q2Pn5Xr0kL3tY8vB1wZc4eHA=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2204D6E8A0B2C4E6F8A0C2E4B6D8@FR3P281MB2204.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(THIEMANN_TEXT, outlook_html(THIEMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Turkish cancellation, Thunderbird quoting the confirmation (Workshop 4,
# 2 persons) with a Turkish attribution line; times, dates and 20 € inside.

@mail("demir-cancel-turkish-thunderbird", "2027-09-13 09:12:55",
      E("cancellation", "yusuf.demir@alevi-hamm.example", "Yusuf Demir",
        "Hamm Alevi Kültür Merkezi", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Yusuf Demir <yusuf.demir@alevi-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2c4a6f8-1b3d-4e5f-a7c9-0d2f4b6e8a13@alevi-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270827150233.3f6c@hamm.example>"),
           ("References", "<mailbot.20270827150233.3f6c@hamm.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 25 Eylül'de katılamayacağız. Derneğimizin genel kurulu 18 Eylül'e
planlanmıştı ama ertelendi, şimdi aynı gün saat 10:00'da. Kaydımızı
(FT27-0015) iptal edebilir misiniz? Ödediğimiz 20 € için makbuz
gerekmiyor, bağış olarak kalsın.

Teşekkürler,
Yusuf Demir
Hamm Alevi Kültür Merkezi

27.08.2027 15:02 tarihinde {FT_NAME} yazdı:
{gt_quote(confirmation("Herr Demir", "WS4", 2, "FT27-0015"))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# Russian in KOI8-R: "нас будет пятеро" = 5; "в воркшоп 3, а если там не
# будет мест - в 1-й" -> [WS3, WS1].  Saturday 10:00-13:00, 45 children aged 6-15, street number,
# postcode, 50 euros, 8:50.

@mail("kovaleva-russian-koi8r-five", "2027-09-13 14:50:39",
      E("registration", "irina.kovaleva@raduga-hamm.example", "Ирина Ковалёва",
        'Центр дополнительного образования "Радуга" e.V.', ["WS3", "WS1"], 5, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Ковалёва", "irina.kovaleva@raduga-hamm.example", "koi8-r", "b")),
           ("To", FT),
           ("Subject", ew("Регистрация группы на Fachtag", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789304239.202741.5531@raduga-hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Регистрирую на Fachtag нашу группу: нас будет пятеро (я и четыре
волонтёрки). Хотим в воркшоп 3, а если там не будет мест - в 1-й.

Наш центр "Радуга" работает по субботам с 10:00 до 13:00, к нам ходят
45 детей от 6 до 15 лет. Адрес: Heessener Str. 61, 59073 Hamm.

Взнос 50 евро оплатим на месте наличными. Шаттл нам нужен - поедем
в 8:50 от вокзала.

С уважением,
Ирина Ковалёва
Центр дополнительного образования "Радуга" e.V.
""", charset="koi8-r", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Change of workshop (5 -> 2) and of party size (1 -> 2), Apple Mail (iOS)
# quoting the confirmation with the attribution inside the quote.

@mail("kuepper-change-ws5-to-ws2-plus-one", "2027-09-14 08:30:12",
      E("change", "sandra.kuepper@mail.example", "Sandra Küpper", None, ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Sandra Küpper", "sandra.kuepper@mail.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3E9A7C21-5B4D-4F8E-A1C3-9D7E5B2F0A64@mail.example>"),
           ("In-Reply-To", "<mailbot.20270829101512.1d7b@hamm.example>"),
           ("References", "<mailbot.20270829101512.1d7b@hamm.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    quoted = gt_quote(f"Am 29.08.2027 um 10:15 schrieb {FT_NAME} <{FT}>:\n\n"
                      + confirmation("Frau Küpper", "WS5", 1, "FT27-0018"))
    m.single(f"""Guten Morgen,

kleine Änderung: Ich möchte bitte von Workshop 5 in Workshop 2 wechseln, das Digitale passt doch nicht so zu dem, was wir machen (wir rechnen eher mit Zetteln als mit Tablets). Und mein Mann Frank kommt jetzt auch mit, also bitte 2 Personen statt 1.

Liebe Grüße
Sandra Küpper

Von meinem iPhone gesendet

{quoted}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Newsletter of the volunteer agency (other): mentions the Fachtag, the
# workshops, "anmelden", numbers of free places, rooms and dates.

NEWSLETTER_TEXT = """Ehrenamtsagentur Hamm – Newsletter September 2027

Liebe Engagierte,

in dieser Ausgabe:
1. Fachtag Hausaufgabenhilfe am 25. September – noch 23 Plätze frei
2. Ehrenamtskarte NRW: neue Ausgabestelle in Zimmer 2.14
3. Freiwilligenbörse am 9. Oktober

1. Fachtag Hausaufgabenhilfe und Lernpatenschaften
Am Samstag, 25. September, 9:30 bis 16:00 Uhr, treffen sich Lernpatinnen, Lernpaten und Hausaufgabenhilfen im Forum am Kurpark. Fünf Workshops stehen zur Wahl, von Deutsch als Zweitsprache bis Datenschutz. Anmeldung bis 17. September per E-Mail an fachtag-lernen@hamm.example – nicht über uns!

2. Ehrenamtskarte NRW
Die Ehrenamtskarte gibt es jetzt im Technischen Rathaus, Gustav-Heinemann-Straße 10, Zimmer 2.14, dienstags 9–12 Uhr. Voraussetzung: mindestens 5 Stunden Engagement pro Woche oder 250 Stunden im Jahr.

3. Freiwilligenbörse
Am 9. Oktober von 11 bis 15 Uhr stellen sich 40 Vereine in der Innenstadt vor. Infos: https://ehrenamt-hamm.example/boerse

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt haben.
Abmelden: https://ehrenamt-hamm.example/newsletter/abmelden?id=20931
Ehrenamtsagentur Hamm · Theodor-Heuss-Platz 16 · 59065 Hamm"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter September 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#2e7d32;color:#fff;"><h1 style="margin:0;font-size:21px;">Ehrenamtsagentur Hamm</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Engagierte,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Fachtag Hausaufgabenhilfe am 25. September – noch 23 Plätze frei</li><li>Ehrenamtskarte NRW: neue Ausgabestelle in Zimmer 2.14</li><li>Freiwilligenbörse am 9. Oktober</li></ol>
<h2 style="font-size:16px;color:#2e7d32;">Fachtag Hausaufgabenhilfe und Lernpatenschaften</h2>
<p>Am Samstag, 25. September, 9:30 bis 16:00 Uhr, treffen sich Lernpatinnen, Lernpaten und Hausaufgabenhilfen im Forum am Kurpark. Fünf Workshops stehen zur Wahl, von Deutsch als Zweitsprache bis Datenschutz. Anmeldung bis 17. September per E-Mail an <a href="mailto:fachtag-lernen@hamm.example">fachtag-lernen@hamm.example</a> – nicht über uns!</p>
<h2 style="font-size:16px;color:#2e7d32;">Ehrenamtskarte NRW</h2>
<p>Die Ehrenamtskarte gibt es jetzt im Technischen Rathaus, Gustav-Heinemann-Straße 10, Zimmer 2.14, dienstags 9–12 Uhr. Voraussetzung: mindestens 5 Stunden Engagement pro Woche oder 250 Stunden im Jahr.</p>
<h2 style="font-size:16px;color:#2e7d32;">Freiwilligenbörse</h2>
<p>Am 9. Oktober von 11 bis 15 Uhr stellen sich 40 Vereine in der Innenstadt vor. <a href="https://ehrenamt-hamm.example/boerse">Infos</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt haben.<br>
<a href="https://ehrenamt-hamm.example/newsletter/abmelden?id=20931">Abmelden</a> · Ehrenamtsagentur Hamm · Theodor-Heuss-Platz 16 · 59065 Hamm</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("ehrenamtsagentur-newsletter", "2027-09-14 10:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Ehrenamtsagentur Hamm <newsletter@ehrenamt-hamm.example>"),
           ("To", FT),
           ("Subject", "Newsletter Ehrenamtsagentur Hamm – September 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.20931.7b3e1a@ehrenamt-hamm.example>"),
           ("List-Id", "Newsletter Ehrenamtsagentur <newsletter.ehrenamt-hamm.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@ehrenamt-hamm.example?subject=20931>, <https://ehrenamt-hamm.example/newsletter/abmelden?id=20931>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Registration with the filled-in waiver form attached as PDF.  "im 5. Semester"
# is not Workshop 5; "2 Seiten" is not 2 persons.  Workshop 1, alone.

ALBERS_TEXT = """Hallo Frau Terhorst-Yılmaz,

ich möchte mich für den Fachtag am 25.09. anmelden, und zwar für Workshop 1 (Deutsch als Zweitsprache). Ich bin seit einem Jahr Lernpatin bei der Lernbrücke Hamm e.V. und betreue dort zwei Geschwister, 9 und 11 Jahre alt, die seit 2025 in Deutschland sind.

Da ich Soziale Arbeit im 5. Semester studiere und nebenbei nur einen Minijob habe, schicke ich Ihnen anbei den ausgefüllten Antrag auf Beitragsbefreiung (2 Seiten, unterschrieben).

Ich komme allein und nehme den Shuttle um 9:10 Uhr.

Viele Grüße
Lea-Marie Albers
Lernbrücke Hamm e.V."""


@mail("albers-pdf-waiver-form", "2027-09-14 19:22:48",
      E("registration", "lea-marie.albers@stud-mail.example", "Lea-Marie Albers",
        "Lernbrücke Hamm e.V.", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lea-Marie Albers <lea-marie.albers@stud-mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung + Antrag Beitragsbefreiung"),
           ("Date", m.date),
           ("Message-ID", "<b6d8f0a2-4c6e-4a8b-9d1f-3e5a7c9b1d26@stud-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text(ALBERS_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Antrag auf Beitragsbefreiung - Fachtag 2027",
                             "Name: Lea-Marie Albers",
                             "Projekt: Lernbruecke Hamm e.V.",
                             "Grund: Studentin, Minijob",
                             "Hamm, 14.09.2027"]),
                   "application", "pdf", "Antrag_Beitragsbefreiung_Albers.pdf")
    m.multi("mixed", [text, pdf])


# -- 034 ---------------------------------------------------------------------
# French: "l'atelier 4" = Workshop 4, "avec ma collègue" = 2.  About twenty
# children aged 6-10, 14h-16h30, bus no. 3, phone.

DIALLO_TEXT = """Bonjour,

Je souhaite m'inscrire au Fachtag du 25 septembre avec ma collègue Amina Traoré. Nous sommes bénévoles à l'association Soutien scolaire Afrique-Hamm : nous aidons une vingtaine d'enfants de 6 à 10 ans, le mercredi de 14h à 16h30.

Nous aimerions participer à l'atelier 4 (Zusammenarbeit mit Eltern und Schulen), car beaucoup de parents ne parlent pas encore allemand.

Nous prendrons le bus n° 3 jusqu'à l'arrêt Kurhaus, pas besoin de navette.

Cordialement,
Fatoumata Diallo
Soutien scolaire Afrique-Hamm
Tél. : 0176 5521 0093"""


@mail("diallo-french-atelier-4", "2027-09-15 12:12:20",
      E("registration", "f.diallo@soutien-afrique-hamm.example", "Fatoumata Diallo",
        "Soutien scolaire Afrique-Hamm", ["WS4"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Fatoumata Diallo <f.diallo@soutien-afrique-hamm.example>"),
           ("To", FT),
           ("Subject", "Inscription Fachtag - 2 personnes"),
           ("Date", m.date),
           ("Message-ID", "<1789467140.31.ygm@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(DIALLO_TEXT, div_html(DIALLO_TEXT, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="iso-8859-1", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Russian change with a fallback: "переведите в воркшоп 4 ... если мест нет,
# остаюсь в третьем" -> [WS4, WS3].  Gmail with a Russian attribution line.

SOKOLOV_TEXT = """Здравствуйте!

Можно перевести меня в воркшоп 4 (Zusammenarbeit mit Eltern und Schulen)? Если там уже нет мест, то я остаюсь в третьем.

Спасибо!
Дмитрий Соколов
тел. 0151 4467 2093"""


@mail("sokolov-change-russian-fallback", "2027-09-15 17:45:33",
      E("change", "d.sokolov@mail.example", "Дмитрий Соколов", None, ["WS4", "WS3"], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Дмитрий Соколов", "d.sokolov@mail.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF2mP8vQ4nT1xW7bR0kLs5HdE9gGy3cUo2iAj6RtNm4wKq8zV@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270901110244.8c4f@hamm.example>"),
           ("References", "<mailbot.20270901110244.8c4f@hamm.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"ср, 1 сент. 2027 г. в 11:02, {FT_NAME} <{FT}>:"
    quoted = confirmation("Herr Sokolov", "WS3", 1, "FT27-0025")
    plain = f"{SOKOLOV_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(SOKOLOV_TEXT, quote=(attribution, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Spanish: "Somos cuatro" = 4; "el taller 2 (matemáticas)".  Ordinals of school
# years "de 1.º a 4.º", Monday 16:00-17:30, a street number, 40 €.

GARCIA_TEXT = """Hola:

Somos cuatro voluntarias de la Asociación Cultural Hispano-Alemana de Hamm y nos gustaría inscribirnos en el Fachtag del 25 de septiembre. Cada lunes, de 16:00 a 17:30, ayudamos con los deberes a niños de 1.º a 4.º de primaria (Grundschule) en nuestro local de la Oststraße 21.

Nos interesa el taller 2 (matemáticas), porque es donde más problemas vemos.

Las cuatro iremos en el autobús lanzadera de las 9:10. Los 40 € los pagaremos en efectivo en la recepción, si es posible.

Un saludo cordial,
María José García Ruiz
Asociación Cultural Hispano-Alemana de Hamm"""


@mail("garcia-spanish-four", "2027-09-16 09:33:07",
      E("registration", "mj.garcia@hispano-hamm.example", "María José García Ruiz",
        "Asociación Cultural Hispano-Alemana de Hamm", ["WS2"], 4, "es"), "es")
def _(m):
    m.head(("From", addr("María José García", "mj.garcia@hispano-hamm.example", "iso-8859-1")),
           ("To", FT),
           ("Subject", ew("Inscripción Fachtag – 4 personas", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAB7kR4pW2vN8xT1bQ5mLh0JsD3fGe9cUy7iAo4RjMt2wKn6qZ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GARCIA_TEXT, gmail_html(GARCIA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Arabic change of workshop "من رقم 1 إلى رقم 5" -> [WS5] (the old number is
# named in the new text too); the registration number FT27-0031.  Gmail with an
# Arabic attribution line, UTF-8 base64.

NAJJAR_TEXT = """السلام عليكم،

أرجو تغيير الورشة من رقم 1 إلى رقم 5 (Digitale Lernhilfen und Datenschutz)، لأن زميلي في المشروع سيحضر ورشة اللغة الألمانية، ونحن نحتاج شخصاً يفهم موضوع الأجهزة اللوحية وحماية البيانات. رقم التسجيل: FT27-0031.

مع الشكر
سمير النجار"""


@mail("najjar-change-arabic-1-to-5", "2027-09-16 13:10:54",
      E("change", "samir.najjar@mail.example", "سمير النجار", None, ["WS5"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Samir Najjar <samir.najjar@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD4nQ9vR2pT6xW0bK8mLs1HfE5gGa7cUy3iAo9RjNt6wMb2qX@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902092018.4e9a@hamm.example>"),
           ("References", "<mailbot.20270902092018.4e9a@hamm.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"في الخميس، 2 سبتمبر 2027 في 9:20 ص، كتب {FT_NAME} <{FT}>:"
    quoted = confirmation("Herr Najjar", "WS1", 1, "FT27-0031")
    plain = f"{NAJJAR_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(NAJJAR_TEXT, rtl=True, quote=(attribution, quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# German written by a learner (Albanian family); "Workshop mit Motivation und
# Konflikte" = Workshop 3, "ich und meine Schwester" = 2.  "3 mal in die
# Woche", 20 children, "Klasse 1 bis 7", the 9.30 shuttle.

@mail("krasniqi-learner-german", "2027-09-16 20:40:21",
      E("registration", "arta.krasniqi@mail.example", "Arta Krasniqi",
        "Albanischer Kultur- und Bildungsverein Hamm e.V.", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Arta Krasniqi <arta.krasniqi@mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<1789670421.119304.2207@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich will anmelden für Fachtag am 25.9. Wir sind 2 Personen, ich und meine Schwester Drita. Wir machen Hausaufgabenhilfe in unsere Verein, 3 mal in die Woche, für 20 Kinder von Klasse 1 bis 7. Wir möchten Workshop mit Motivation und Konflikte, weil manchmal die Kinder sind sehr unruhig.

Wir kommen mit Shuttle um 9.30.

Danke schön
Mit freundlichen Grüßen
Arta Krasniqi
Albanischer Kultur- und Bildungsverein Hamm e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Three staff members for "den Workshop Sprachförderung/DaZ" (two aliases of
# Workshop 1); an invoice with order number BE-2027-0815 and cost centre 318,
# "3 × 10 €", phone extension -0.  "Dr." in the signature.

@mail("riepe-wahl-invoice-order-number", "2027-09-17 10:05:16",
      E("registration", "c.riepe-wahl@fbw-hamm-sueden.example", "Claudia Riepe-Wahl",
        "Familienbildungswerk Hamm-Süden e.V.", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Claudia Riepe-Wahl" <c.riepe-wahl@fbw-hamm-sueden.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Lernwerkstatt (3 Personen) - bitte mit Rechnung"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc27c1$8a9b0c10$9fd12430$@fbw-hamm-sueden.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für unsere Lernwerkstatt melde ich drei Mitarbeitende zum Fachtag an: Frau Renate Osterhaus, Herrn Jonas Feldkamp und mich. Wir möchten gemeinsam in den Workshop Sprachförderung/DaZ.

Bitte stellen Sie uns für die 3 × 10 € eine Rechnung aus, Überweisungen vom Vereinskonto dauern bei uns leider etwas. Auf der Rechnung bitte angeben: Bestellnummer BE-2027-0815, Kostenstelle 318.

Eine Person isst vegan.

Mit freundlichen Grüßen
Dr. Claudia Riepe-Wahl
Geschäftsführung
Familienbildungswerk Hamm-Süden e.V.
Südring 44, 59065 Hamm
Tel. 02381 5 40 90-0
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# English cancellation quoting the confirmation (Gmail, UK date format);
# surgery on 23 September, registration number FT27-0044.

@mail("fairbairn-cancel-english", "2027-09-17 16:31:09",
      E("cancellation", "colin.fairbairn@mail.example", "Colin Fairbairn", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Colin Fairbairn <colin.fairbairn@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG6pT3vN8qR1xW4bK7mLh2JsD0fGe5cUy9iAo3RjMt8wKb1nY@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270906141402.0f5c@hamm.example>"),
           ("References", "<mailbot.20270906141402.0f5c@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hello,

Sorry, I have to cancel my place (FT27-0044) - I've just been given a date
for knee surgery on 23 September and won't be very mobile for a few weeks
after that. Please give my spot to someone on the waiting list.

Best wishes,
Colin Fairbairn

On Mon, 6 Sept 2027 at 14:14, {FT_NAME} <{FT}> wrote:

{gt_quote(confirmation("Herr Fairbairn", "WS2", 1, "FT27-0044"))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Vacation reply (Auto-Submitted: auto-replied) to the reminder; times, room 12
# and a phone number.

@mail("murphy-vacation-reply-to-reminder", "2027-09-18 10:03:44",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Siobhan Murphy <siobhan.murphy@mail.example>"),
           ("To", FT),
           ("Subject", "Out of office until 27 September"),
           ("Date", m.date),
           ("Message-ID", "<CAHv2kQ8vacation0x7e41b9@mail.gmail.example>"),
           ("In-Reply-To", f"<{REMINDER_ID_PREFIX}.2a61@hamm.example>"),
           ("References", f"<{REMINDER_ID_PREFIX}.2a61@hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

thank you for your email. I'm away until Monday, 27 September, with no
access to email.

For the homework club at St. Mary's (Tuesdays 3.30-5 pm, room 12), please
contact Joan on 0176 3390 1187.

Siobhan
""", charset="us-ascii", cte="7bit")


# -- 042 ---------------------------------------------------------------------
# Polish cancellation answering the 7-day reminder (Thunderbird, Polish
# attribution), UTF-8 base64 (name in ISO-8859-2 words); "FT27-0038, 3 osoby",
# a school festival from 11:00.

@mail("zielinski-cancel-polish-reminder", "2027-09-18 11:40:26",
      E("cancellation", "marek.zielinski@szkola-sobotnia.example", "Marek Zieliński",
        "Sobotnia Szkoła Polska w Hamm", [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Marek Zieliński", "marek.zielinski@szkola-sobotnia.example", "iso-8859-2")),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a1c3e5b-7d2f-4b60-8e14-f2a4c6e8b0d3@szkola-sobotnia.example>"),
           ("In-Reply-To", f"<{REMINDER_ID_PREFIX}.7d03@hamm.example>"),
           ("References", f"<{REMINDER_ID_PREFIX}.7d03@hamm.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety musimy odwołać nasze zgłoszenie (FT27-0038, 3 osoby). Okazało
się, że 25.09 od godz. 11:00 mamy festyn szkolny i nikt z nas nie może
go opuścić. Proszę przekazać nasze miejsca osobom z listy rezerwowej.

Pozdrawiam
Marek Zieliński
Sobotnia Szkoła Polska w Hamm

W dniu 18.09.2027 o 10:00, {FT_NAME} pisze:
{gt_quote(reminder("WS1", 3, "FT27-0038"))}
""", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Turkish question after the deadline: can we still register? "2 kişiyiz"
# without a workshop; she asks which workshops have places -> question.

@mail("aydogdu-turkish-late-question", "2027-09-19 15:20:38",
      E("question", "gulsen.aydogdu@mail.example", "Gülşen Aydoğdu", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Gülşen Aydoğdu", "gulsen.aydogdu@mail.example")),
           ("To", FT),
           ("Subject", ew("Geç kayıt mümkün mü?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAK1qW6pT3vN9xR2bQ8mLh5JsD7fGe0cUy4iAo8RjMt1wKn5bZ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Fachtag'ı ancak şimdi duydum, kayıt süresi 17 Eylül'de bitmiş. Yine de
kayıt olabilir miyiz? 2 kişiyiz. Mümkünse hangi atölyelerde hâlâ yer
olduğunu yazar mısınız, ona göre seçeriz.

Teşekkürler
Gülşen Aydoğdu
Tel. 0157 8812 4406
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Late registration, conditional on a free place, with a fallback:
# "Workshop Mathe, alternativ ginge auch Workshop 5" -> [WS2, WS5].
# "3 Kinder der 4. Klasse" are neither persons nor workshops.

@mail("kortmann-late-if-places-free", "2027-09-20 09:02:47",
      E("registration", "anja.kortmann@mail.example", "Anja Kortmann",
        "Kinderschutzbund Hamm", ["WS2", "WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Anja Kortmann <anja.kortmann@mail.example>"),
           ("To", FT),
           ("Subject", "Nachmeldung Fachtag?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f4a6c8e-0b1d-4e3f-9a5c-7d9e1f3b5a70-1789887767221@3c-app-webmail-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich weiß, die Anmeldefrist war am Freitag. Falls aber noch Plätze frei
sind, melde ich mich hiermit für den Workshop Mathe an, alternativ ginge
auch Workshop 5. Ich komme alleine.

Ich bin Lernpatin beim Kinderschutzbund Hamm und betreue 3 Kinder der
4. Klasse, zweimal pro Woche.

Viele Grüße
Anja Kortmann
0151 2204 6613
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation the day before, from a Samsung phone, quoting the reminder
# (Workshop 2, 2 persons) below "-------- Ursprüngliche Nachricht --------".

@mail("barfeld-cancel-day-before-samsung", "2027-09-24 06:48:02",
      E("cancellation", "nicole.barfeld@mail.example", "Nicole Barfeld", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Nicole Barfeld <nicole.barfeld@mail.example>"),
           ("To", FT),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<x8k2v4.1790225282.samsung@mail.example>"),
           ("In-Reply-To", f"<{REMINDER_ID_PREFIX}.5b19@hamm.example>"),
           ("References", f"<{REMINDER_ID_PREFIX}.5b19@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo, leider muss ich für morgen absagen, ich hab mir was eingefangen (Magen-Darm). Meine Kollegin Tanja kommt dann auch nicht, wir wollten zusammen fahren. Die 2 Essensbons können Sie also weitergeben. Sorry für die späte Absage!

Gruß Nicole Barfeld



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: {FT_NAME} <{FT}>
Datum: 18.09.27 10:00 (GMT+02:00)
An: nicole.barfeld@mail.example
Betreff: {REMINDER_SUBJECT}

{reminder("WS2", 2, "FT27-0057")}
""", charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang))
    return built


def leaves(part):
    """Leaf parts in order, not descending into message/* parts."""
    maintype = part.get_content_maintype()
    if maintype == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif maintype != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
QUOTE_MARKERS = ("Anmeldenummer: FT27-", "Ihre Anmeldung: FT27-")


def raw_header(msg, name):
    """A header decoded by RFC 2047 rules (not headerregistry)."""
    raw = msg.get(name)
    if raw is None:
        return ""
    return str(make_header(decode_header(str(raw))))


def label_problems(e):
    """Problems with one expected record on its own."""
    p = []
    if tuple(e) != FIELDS:
        p.append("expected record has wrong keys or key order")
        return p
    kind = e["kind"]
    if kind not in KINDS:
        p.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg}")
    person = kind in ("registration", "change", "cancellation", "question")
    if kind not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("change party_size must be null or >= 1")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if person:
        if not e["email"] or e["email"] != e["email"].lower():
            p.append("person mail needs a lower-case email")
        if not e["name"]:
            p.append("person mail needs a name")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                p.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            p.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        p.append("bounced_recipient must be null")
    return p


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL must use an example domain
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += label_problems(expected)
    # the labels must agree with the mail
    e = expected
    own = "\n".join([raw_header(msg, "From"), raw_header(msg, "Reply-To"),
                     raw_header(msg, "Subject")]
                    + [html.unescape(p.get_content()) for p in leaves(msg)
                       if p.get_content_maintype() == "text"])
    if e["kind"] in ("registration", "change", "cancellation", "question"):
        addrs = [a.lower() for _, a in getaddresses([str(msg.get("From", "")),
                                                      str(msg.get("Reply-To", ""))])]
        if e["email"] not in addrs and e["email"] not in own.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if e["name"] not in own:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in own:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if msg.get("Reply-To") and e["email"] != addrs[-1]:
            problems.append("Reply-To should win")
    if e["kind"] in ("change", "cancellation"):
        if not any(mark in own for mark in QUOTE_MARKERS):
            problems.append("change/cancellation does not quote the confirmation or reminder")
        if not msg.get("In-Reply-To"):
            problems.append("change/cancellation is not a reply")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def corpus_problems(built, datas):
    """Checks across mails: no sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} already wrote {seen[sender]}")
        seen[sender] = name
    return problems


def stats(built, datas):
    kinds = [k for k in KINDS]
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
    langs = sorted(table, key=lambda L: (-sum(table[L].values()), L))
    print("language | " + " | ".join(kinds) + " | all")
    for L in langs:
        row = [str(table[L][k] or "") for k in kinds]
        print(f"{L:8} | " + " | ".join(row) + f" | {sum(table[L].values())}")
    tot = collections.Counter(e["kind"] for _, _, e, _ in built)
    print("total    | " + " | ".join(str(tot[k]) for k in kinds) + f" | {len(built)}")
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _ in built]
    bad = 0
    if args.check:
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
        if on_disk != sorted(expected):
            print("mails/ does not hold exactly the generated files")
            bad += 1
        for (name, *_), data in zip(built, datas):
            path = mails_dir / name
            if path.exists() and path.read_bytes() != data:
                print(f"{name}: differs from the generated bytes")
                bad += 1
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            print("expected.json differs from the generated one")
            bad += 1
    else:
        mails_dir.mkdir(exist_ok=True)
        for old in mails_dir.glob("*.eml"):
            if old.name not in expected:
                old.unlink()
        for (name, *_), data in zip(built, datas):
            (mails_dir / name).write_bytes(data)
        (HERE / "expected.json").write_text(exp_text, encoding="utf-8")

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in corpus_problems(built, datas):
        print(problem)
        bad += 1
    # a second build must give the same bytes (determinism)
    if [m.as_bytes() for _, m, _, _ in build_all()] != datas:
        print("a second build gives other bytes")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
