#!/usr/bin/env python3
"""Build the "final25h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Integrationstag Kreis Steinfurt 2027, Saturday 18 September 2027, Kreishaus
Rheine, four workshops WS1-WS4 in four rooms, shuttle buses 901/902/903 from
Ibbenbüren, Emsdetten and Greven.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and
agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
Standard library only (Python 3.11).
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
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICY = email.policy.default.clone(refold_source="none")

EV = "integrationstag@kreis-steinfurt.example"
EV_NAME = "Integrationstag Kreis Steinfurt"
TO_EV = f"{EV_NAME} <{EV}>"
INVITATION_ID = "<einladung-integrationstag-2027.20270705100000@kreis-steinfurt.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKGROUPS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "ar", "fa", "ti", "uk")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
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


def dt(s):
    """A local (CEST) datetime from 'YYYY-MM-DD HH:MM'."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


# -- date strings the way the mail clients write them in quote headers ------

DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
UK_DAYS = ["пн", "вт", "ср", "чт", "пт", "сб", "нд"]
UK_MONTHS = ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.",
             "жовт.", "лист.", "груд."]
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
FA_DAYS = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"]
FA_MONTHS = ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
             "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def outlook_de_date(d):          # Freitag, 23. Juli 2027 10:19
    return f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def thunderbird_de(d, who=EV_NAME):   # Am 14.07.27 um 09:12 schrieb X:
    return f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {who}:"


def apple_de(d):                 # Am 02.08.2027 um 10:12 schrieb X <a>:
    return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {EV_NAME} <{EV}>:"


def gmail_en(d):                 # On Mon, 19 Jul 2027 at 14:22, X <a> wrote:
    return (f"On {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year} "
            f"at {d:%H:%M}, {EV_NAME} <{EV}> wrote:")


def gmail_android_en(d):         # On Sat, 11 Sep 2027, 10:00 X, <a> wrote:
    return (f"On {EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month - 1]} {d.year}, "
            f"{d:%H:%M} {EV_NAME}, <{EV}> wrote:")


def gmail_uk(d):                 # пн, 26 лип. 2027 р. о 11:31 X <a> пише:
    return (f"{UK_DAYS[d.weekday()]}, {d.day} {UK_MONTHS[d.month - 1]} {d.year} р. "
            f"о {d:%H:%M} {EV_NAME} <{EV}> пише:")


def gmail_ar(d):                 # في الثلاثاء، 20 يوليو 2027 في 3:05 م كتب X <a>:
    h = d.hour % 12 or 12
    ampm = "م" if d.hour >= 12 else "ص"
    return (f"في {AR_DAYS[d.weekday()]}، {d.day} {AR_MONTHS[d.month - 1]} {d.year} "
            f"في {h}:{d:%M} {ampm} تمت كتابة ما يلي بواسطة {EV_NAME} <{EV}>:")


def gmail_fa(d):                 # در تاریخ پنجشنبه ۲۹ ژوئیهٔ ۲۰۲۷ ساعت ۱۰:۰۵ X <a> نوشت:
    day = f"{d.day} {FA_MONTHS[d.month - 1]} {d.year}".translate(FA_DIGITS)
    return (f"در تاریخ {FA_DAYS[d.weekday()]} {day} ساعت {d:%H:%M}".translate(FA_DIGITS)
            + f" {EV_NAME} <{EV}> نوشت:")


def mailbot_id(d, tag):
    return f"<mailbot.{d:%Y%m%d%H%M%S}.{tag}@kreis-steinfurt.example>"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=2):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        local = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(
            tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
        # `when` is always Central European Summer Time; tz_hours only decides
        # how the sender's client writes the Date header (Outlook: +0000).
        self.when = local.astimezone(tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.headers_intended = []  # (header, decoded text it must contain)
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", EV)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.kreis-steinfurt.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{EV}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def expect_header(self, name, decoded):
        """A hand-encoded header must decode to contain `decoded`."""
        self.headers_intended.append((name, decoded))

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.kreis-steinfurt.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
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

    # -- output ----------------------------------------------------------------
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

INVITATION_SUBJECT = "Einladung: Integrationstag Kreis Steinfurt 2027 am 18. September in Rheine"

INVITATION = """Liebe Engagierte in Vereinen, Initiativen, Kirchengemeinden und
Flüchtlingshilfen,

der Kreis Steinfurt lädt Sie herzlich zum Integrationstag Kreis Steinfurt
2027 ein.

Datum: Samstag, 18. September 2027, 10:00 bis 16:00 Uhr
Ort:   Kreishaus Rheine, Am Emsufer 10, 48431 Rheine

Nach der Begrüßung im Foyer arbeiten wir in vier Workshops:

Workshop 1: Ankommen auf dem Land – Wohnen und Mobilität (Raum 1.12)
Workshop 2: Sprache verbindet – Sprachcafés, Patenschaften, Begegnung
            (Raum 0.14)
Workshop 3: Arbeit und Ausbildung im Kreis Steinfurt (Sitzungssaal 2)
Workshop 4: Ehrenamt in Vereinen – Sport, Kirche, Dorfgemeinschaft
            (Raum 2.05)

Shuttlebus (kostenlos):
Linie 901  Ibbenbüren, Bahnhof/ZOB   ab 8:35 Uhr
Linie 902  Emsdetten, Bahnhof        ab 8:50 Uhr
Linie 903  Greven, Busbahnhof        ab 8:40 Uhr
Rückfahrt aller Linien ab Kreishaus um 16:15 Uhr.

Am Kreishaus gibt es nur wenige Parkplätze. Bitte bilden Sie nach
Möglichkeit Fahrgemeinschaften; weitere Plätze gibt es auf dem Parkplatz
Emsauen (ca. 10 Minuten zu Fuß).

Bitte melden Sie sich bis zum 8. September 2027 per E-Mail an
integrationstag@kreis-steinfurt.example an. Nennen Sie uns Ihren Namen,
Ihren Verein oder Ihre Initiative, den gewünschten Workshop (gern auch
einen Zweitwunsch), die Zahl der Personen und ob Sie den Shuttlebus
nutzen möchten (ab welcher Haltestelle).

Die Teilnahme ist kostenlos. Für Mittagessen und Getränke ist gesorgt.
Dolmetschende für Arabisch, Dari, Tigrinya und Ukrainisch sind angefragt.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Kreis Steinfurt
i. A. Hendrik Brüning"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Integrationstag Kreis Steinfurt 2027"
REMINDER_SUBJECT = "Erinnerung: Integrationstag Kreis Steinfurt am 18. September 2027"

WS_LINE = {
    "WS1": "Workshop 1 – Ankommen auf dem Land – Wohnen und Mobilität",
    "WS2": "Workshop 2 – Sprache verbindet – Sprachcafés, Patenschaften, Begegnung",
    "WS3": "Workshop 3 – Arbeit und Ausbildung im Kreis Steinfurt",
    "WS4": "Workshop 4 – Ehrenamt in Vereinen – Sport, Kirche, Dorfgemeinschaft",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Integrationstag Kreis Steinfurt 2027
am Samstag, 18. September 2027, 10:00 bis 16:00 Uhr, im Kreishaus Rheine,
Am Emsufer 10, 48431 Rheine.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Integrationstag Kreis Steinfurt
Kommunales Integrationszentrum Kreis Steinfurt"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Der Integrationstag Kreis Steinfurt 2027
findet am Samstag, 18. September 2027, von 10:00 bis 16:00 Uhr im
Kreishaus Rheine, Am Emsufer 10, 48431 Rheine, statt.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Können Sie doch nicht kommen? Dann antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Integrationstag Kreis Steinfurt
Kommunales Integrationszentrum Kreis Steinfurt"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_EV
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
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
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
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


def outlook_html(text, quote=None):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote_from=None):
    """Gmail markup; with quote_from=(attribution, quoted) a gmail_quote block follows."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_from:
        attribution, quoted = quote_from
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote_from=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_from:
        attribution, quoted = quote_from
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div>"
                  f"<br>{q}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def new_outlook_html(text):
    """The new Outlook (Windows app / web): HTML only, one <div> per line, Aptos."""
    divs = "\n".join(
        f"<div style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, "
        f"Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
        f"{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\">\n<style type=\"text/css\" style=\"display:none;\"> "
            "P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            f"<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)
NO_QUOTE_OK = set()   # changes/cancellations that deliberately quote nothing


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco

# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation, minutes after it went out
# (Auto-Submitted: auto-generated); it names the event and a date.

ROHLMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23. Juli 2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Bürgerbüro der Gemeinde Saerbeck, Tel. 02574 / 89-0.

Mit freundlichen Grüßen
Claudia Rohlmann
Integrationsbeauftragte der Gemeinde Saerbeck"""


@mail("rohlmann-exchange-out-of-office", "2027-07-05 10:01:12", E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Rohlmann, Claudia" <c.rohlmann@saerbeck.example>'),
           ("To", TO_EV),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7Rk1xQ3mZ8pL2nV0tS9wYk4uEg=="),
           ("Date", m.date),
           ("Message-ID", "<5b1e9c2a7d3f4e80@EXCH02.saerbeck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ROHLMANN_OOF), outlook_html(ROHLMANN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Village association; Thunderbird reply quoting the whole invitation with '>'
# (all four workshops, the bus lines and the rooms are in the quote; the choice
# is only in the new text).  "zu zweit" = 2; "noch zwei Plätze frei" in the car
# and "1. Vorsitzender" are not the party size or a workshop.

@mail("terhaar-dorfgemeinschaft-reply-invitation", "2027-07-05 16:41:09",
      E("registration", "b.terhaar@dorfgemeinschaft-schale.example", "Bernhard Terhaar",
        "Dorfgemeinschaft Schale e.V.", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Bernhard Terhaar <b.terhaar@dorfgemeinschaft-schale.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c2e4a19-5d3b-4f60-a8e1-2b9c0d7f3e51@dorfgemeinschaft-schale.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Moin Herr Brüning,

danke für die Einladung! Für die Dorfgemeinschaft Schale melde ich mich
zum Workshop 4 an (Ehrenamt in Vereinen). Meine Frau Anni kommt auch
mit, wir sind also zu zweit.

Den Shuttle brauchen wir nicht, wir kommen mit dem Auto. Wir haben noch
zwei Plätze frei - wenn jemand aus Hopsten, Schale oder Halverde
mitfahren will, kann er sich gern bei mir melden (0 54 58 / 71 23).

Viele Grüße
Bernhard Terhaar

-- 
Dorfgemeinschaft Schale e.V.
1. Vorsitzender

Am 05.07.27 um 10:00 schrieb Integrationstag Kreis Steinfurt:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Refugee support circle; Outlook HTML only (windows-1252 QP) below a
# "Von:/Gesendet:/An:/Betreff:" block with the invitation.  First and second
# wish; "3 Personen"; bus line 901 and 8:35 are not choices; "Koordination
# Ehrenamt" in the signature is a job title, not the WS4 alias.

KOESTERS_TEXT = """Sehr geehrter Herr Brüning,

hiermit melde ich uns für die Flüchtlingshilfe Ibbenbüren an. Wir kommen mit 3 Personen (ich und zwei Ehrenamtliche aus unserem Begleitdienst).

Wunsch: Workshop 2 „Sprache verbindet“, falls der voll ist, gern Workshop 1.

Wir würden den Shuttlebus ab Ibbenbüren (Linie 901, 8:35 Uhr) nutzen – bitte 3 Plätze einplanen.

Mit freundlichen Grüßen

Martina Kösters
Koordination Ehrenamt
Flüchtlingshilfe Ibbenbüren e.V.
Oststraße 28 · 49477 Ibbenbüren
Tel. 05451 / 93 18 40"""


@mail("koesters-fluechtlingshilfe-outlook-html", "2027-07-06 08:14:52",
      E("registration", "m.koesters@fluechtlingshilfe-ibbenbueren.example", "Martina Kösters",
        "Flüchtlingshilfe Ibbenbüren e.V.", ["WS2", "WS1"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Kösters, Martina", "m.koesters@fluechtlingshilfe-ibbenbueren.example",
                         "iso-8859-1", "q")),
           ("To", TO_EV),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7Sx0n3s0Vb2mQ0K3mXQ8yB5tDbA0aB1c"),
           ("Date", m.date),
           ("Message-ID", "<AM9PR07MB7344B1C2D3E4F5A6B7C8D9E0F1A2@AM9PR07MB7344.eurprd07.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Kösters, Martina")
    quote = (f"{EV_NAME} <{EV}>", outlook_de_date(dt("2027-07-05 10:00")),
             f"{EV_NAME} <{EV}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KOESTERS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic, Gmail text/plain, UTF-8 base64.  "ورشة العمل رقم 3" = workshop no. 3;
# "سأحضر مع ابني" = I come with my son -> 2; his age 19 and bus line 902 are
# not counts.  Registration with a question about the bus.

@mail("alhamwi-arabic-bus-question", "2027-07-06 19:22:40",
      E("registration", "ahmad.alhamwi@mail.example", "Ahmad Al-Hamwi",
        "Deutsch-Syrischer Freundeskreis Emsdetten", ["WS3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Al-Hamwi <ahmad.alhamwi@mail.example>"),
           ("To", EV),
           ("Subject", "التسجيل في Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kWq8tZ1mR5pX0vB7nL2cY9hJ4sD6gE3aU8oN1iK5vT2xQw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في التسجيل في يوم الاندماج في مقاطعة شتاينفورت (Integrationstag) يوم السبت 18 أيلول/سبتمبر 2027 في راينه.
أريد المشاركة في ورشة العمل رقم 3 (العمل والتدريب المهني – Arbeit und Ausbildung).
سأحضر مع ابني، عمره 19 سنة ويبحث عن تدريب مهني.

سؤال: هل الباص من إمسدتن (الخط 902) مجاني؟ وهل يجب أن نسجل للباص أيضاً؟ نريد الركوب من محطة القطار في إمسدتن.

مع الشكر الجزيل
Ahmad Al-Hamwi
Deutsch-Syrischer Freundeskreis Emsdetten
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Language café volunteer; web.de text/plain.  The workshop by its subtitle
# ("Sprachcafés und Patenschaften"); "Sprachcafé Greven" is also her group's
# name.  She can take 3 people in her car: party size stays 1.

@mail("pieper-sprachcafe-car-pool", "2027-07-07 09:05:33",
      E("registration", "ursula.pieper@mail.example", "Ursula Pieper",
        "Sprachcafé Greven", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ursula Pieper <ursula.pieper@mail.example>"),
           ("To", EV),
           ("Subject", "Anmeldung Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e2a9c51-7b3d-4f18-a0c6-91d2e5f8b374-1783407933118@3c-app-webde-bs34>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Herr Brüning,

ich möchte mich für den Integrationstag anmelden. Ich leite seit drei Jahren das Sprachcafé Greven (dienstags im Ballenlager) und würde gern in den Workshop zu Sprachcafés und Patenschaften.

Ich komme mit dem Auto und könnte noch 3 Leute mitnehmen, aus Greven oder Reckenfeld. Wenn sich also jemand bei Ihnen meldet, der eine Mitfahrgelegenheit sucht, geben Sie gern meine Nummer weiter: 0171 4 82 93 10.

Herzliche Grüße
Ursula Pieper
Sprachcafé Greven
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Question in Münsterland Platt (parking, bus from Recke); he will register
# only when he knows ("Wenn dat klappt, mell ik us an").  iso-8859-15, 8bit.

@mail("eilermann-platt-parking-question", "2027-07-07 20:30:05",
      E("question", "heinz.eilermann@t-online.example", "Heinz Eilermann",
        "Heimatverein Recke", [], None, "de"), "de")
def _(m):
    m.head(("From", "Heinz Eilermann <heinz.eilermann@t-online.example>"),
           ("To", EV),
           ("Subject", "Parken un Bus"),
           ("Date", m.date),
           ("Message-ID", "<1783449005.1207.6611@webmail.t-online.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Moin tohoop,

ik häbb de Inladung för den Integrationsdag kriegen. Dat is 'ne feine Saak!

Man eene Fraoge: Kann man bi't Kreishuus parken, oder mött wi no de Emsauen lopen? Wi sünd ölle Lüde, dat Lopen fällt us schwaor.
Un föhrt de Bus ok vun Recke, oder blots vun Ibbenbüren?

Wenn dat klappt, mell ik us an.

Met fröndlicke Gröte
Heinz Eilermann
Heimatverein Recke
""", charset="iso-8859-15", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  Workshop 3 by number and topic; shuttle
# line 903 at 8:40 is not a choice or a count.

SAMUEL_TEXT = """Dear Mr Brüning,

thanks for the invitation, which I got through our group in Greven. I'd like to register for the Integrationstag on 18 September. I would like to join Workshop 3 (work and vocational training) – I volunteer as a job mentor and that's exactly my topic.

I'll take the shuttle from Greven (line 903 at 8:40), so please reserve one seat for me.

Best regards,
Samuel Mensah-Boateng
Internationaler Treff Greven"""


@mail("mensah-boateng-english-shuttle", "2027-07-08 11:12:47",
      E("registration", "samuel.mensah-boateng@mail.example", "Samuel Mensah-Boateng",
        "Internationaler Treff Greven", ["WS3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Samuel Mensah-Boateng <samuel.mensah-boateng@mail.example>"),
           ("To", EV),
           ("Subject", "Registration Integrationstag 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAM5pRt2xW7qY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qWe3RtA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAMUEL_TEXT, gmail_html(SAMUEL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Dari (Arabic script), Gmail alternative with right-to-left HTML, UTF-8 base64.
# Persian digits: "۳ نفر" = 3 persons; "ورکشاپ اول" = the first workshop;
# "بس شماره ۹۰۱" = bus no. 901.  Name in Dari in the signature beats the Latin
# display name; the association is named only in German in the signature.

AHMADZAI_TEXT = """سلام علیکم،

من فرید احمدزی استم و در ایبنبورن زندگی می‌کنم. می‌خواهم برای روز ادغام (Integrationstag) در راینه به تاریخ ۱۸ سپتامبر نام‌نویسی کنم.
ما ۳ نفر استیم، از طرف انجمن ما.
ما در ورکشاپ اول (مسکن و رفت‌وآمد – Wohnen und Mobilität) اشتراک می‌کنیم.
ما با بس شماره ۹۰۱ از ایستگاه ایبنبورن می‌آییم.

تشکر
فرید احمدزی
Afghanischer Kulturverein Ibbenbüren e.V."""


@mail("ahmadzai-dari-gmail-rtl", "2027-07-08 21:47:16",
      E("registration", "farid.ahmadzai@mail.example", "فرید احمدزی",
        "Afghanischer Kulturverein Ibbenbüren e.V.", ["WS1"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Ahmadzai <farid.ahmadzai@mail.example>"),
           ("To", EV),
           ("Subject", "نام‌نویسی Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<CAP2vN8qL5tX1mR7kW0zB4yH9cJ3sF6gD2aE5uO8iQ1nV4xTr7w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADZAI_TEXT, gmail_html(AHMADZAI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Church group; webmail alternative, iso-8859-1 QP.  "zu viert" = 4; first
# and second wish; "zwei Autos" is not a count.  Organisation: the signature's
# form, not the body's "Arbeitskreis Asyl der Kirchengemeinde St. Dionysius".

HUELS_TEXT = """Sehr geehrte Damen und Herren,

vom Arbeitskreis Asyl der Kirchengemeinde St. Dionysius möchten wir uns zum Integrationstag anmelden. Wir sind zu viert.
Am liebsten Workshop 4 (Ehrenamt in Vereinen - Kirche ist ja auch dabei), als zweite Wahl Workshop 2.

Wir fahren mit zwei Autos aus Neuenkirchen. Reichen die Parkplätze am Kreishaus, oder sollen wir gleich zum Parkplatz Emsauen fahren? Eine von uns ist gehbehindert.

Mit freundlichen Grüßen
Gisela Hüls
Arbeitskreis Asyl St. Dionysius Neuenkirchen"""


@mail("huels-kirchengemeinde-zu-viert", "2027-07-09 10:03:29",
      E("registration", "gisela.huels@mail.example", "Gisela Hüls",
        "Arbeitskreis Asyl St. Dionysius Neuenkirchen", ["WS4", "WS2"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Gisela Hüls", "gisela.huels@mail.example", "iso-8859-1", "q")),
           ("To", EV),
           ("Subject", "Anmeldung Arbeitskreis Asyl Neuenkirchen"),
           ("Date", m.date),
           ("Message-ID", "<1783584209.44918.1783584209120.JavaMail.open-xchange@ox.mail.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Gisela Hüls")
    m.alternative(HUELS_TEXT, div_html(HUELS_TEXT, "font-family: Arial; font-size: 10pt;"),
                  charset="iso-8859-1", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script) from an Android phone, UTF-8 base64.
# "ዎርክሾፕ 3" = workshop 3; "ምስ ክልተ ኣባላት ማሕበርና" = with two members of our
# association -> 3.  "18 መስከረም" = 18 September.

@mail("ghebremedhin-tigrinya", "2027-07-12 14:20:38",
      E("registration", "tesfalem.gh@mail.example", "Tesfalem Ghebremedhin",
        "Eritreische Gemeinschaft Rheine e.V.", ["WS3"], 3, "ti"), "ti")
def _(m):
    m.head(("From", "Tesfalem Ghebremedhin <tesfalem.gh@mail.example>"),
           ("To", EV),
           ("Subject", "ምዝገባ Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<CAB7tQ1wX4mR9pZ2nL6cY0hJ3sD8gE5aU1oN7iK4vT9xQrw2Lm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ንኹልኹም፣

ኣነ ተስፋልም ገብረመድህን እየ፣ ካብ ራይነ (Rheine)። ኣብ Integrationstag Kreis Steinfurt ዕለት 18 መስከረም 2027 ክምዝገብ እደሊ።
ኣብ ዎርክሾፕ 3 (Arbeit und Ausbildung) ክሳተፍ እደሊ፣ ምኽንያቱ ብዙሓት ካብ ማሕበረሰብና ስራሕ ይደልዩ ኣለዉ።
ምስ ክልተ ኣባላት ማሕበርና ክመጽእ እየ።

ብዙሕ የቐንየልና
Tesfalem Ghebremedhin
Eritreische Gemeinschaft Rheine e.V.

Sent from my Android
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Sports club trainer from an iPhone: short, "+", "Workshop Vereine" (alias),
# "Also 2 Personen".  Signed with the first name only -> display name;
# organisation as written in the sign-off.

@mail("loedding-sportverein-iphone", "2027-07-13 18:55:02",
      E("registration", "juergen.loedding@mail.example", "Jürgen Lödding",
        "SV Mesum", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jürgen Lödding <juergen.loedding@mail.example>"),
           ("To", EV),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8F2C4A17-3D9E-4B61-A5C0-7E1D9B3F2A64@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,
ich melde mich + unseren Integrationsbeauftragten Kai für den Workshop Vereine an. Also 2 Personen.
Kann man am Kreishaus parken oder müssen wir zu den Emsauen?
Gruß Jürgen
SV Mesum

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Ukrainian from an iPhone, UTF-8 base64.  "воркшоп 2 ..., якщо там не буде
# місць – тоді воркшоп 3" = first and second wish; "Нас буде троє" = 3; the
# daughter's age 16 and 8:40 are not counts.  Cyrillic signature beats the
# Latin display name.

@mail("martynenko-ukrainian-iphone", "2027-07-14 12:30:55",
      E("registration", "olena.martynenko@mail.example", "Олена Мартиненко",
        "Ukrainische Initiative Greven", ["WS2", "WS3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Martynenko <olena.martynenko@mail.example>"),
           ("To", EV),
           ("Subject", "Реєстрація Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<B3E7D1A9-6C2F-4A85-9E40-1F8D3C5B7A92@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Хочу зареєструватися на Integrationstag Kreis Steinfurt 18 вересня в Райне.
Найбільше мене цікавить воркшоп 2 (Sprache verbindet), якщо там не буде місць – тоді воркшоп 3.
Нас буде троє: я, моя мама і моя донька (16 років).
Ми поїдемо шатлом з Гревена о 8:40. Чи можна взяти з собою складаний візок? Мама погано ходить.

Дякую!
Олена Мартиненко
Ukrainische Initiative Greven

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Association mailbox with a personal Reply-To (Reply-To wins); a filled-in
# form block; "Personen: 2 (...)"; shuttle "2 Plätze".

@mail("wewers-form-block-reply-to", "2027-07-15 09:40:16",
      E("registration", "k.wewers@fluechtlingshilfe-emsdetten.example", "Karin Wewers",
        "Flüchtlingshilfe Emsdetten e.V.", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Flüchtlingshilfe Emsdetten <info@fluechtlingshilfe-emsdetten.example>"),
           ("Reply-To", "Karin Wewers <k.wewers@fluechtlingshilfe-emsdetten.example>"),
           ("To", EV),
           ("Subject", "Anmeldung zum Integrationstag 18.09."),
           ("Date", m.date),
           ("Message-ID", "<a3f9c2e1-0b7d-4e56-9c18-d24e6f0a8b37@fluechtlingshilfe-emsdetten.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

für die Flüchtlingshilfe Emsdetten e.V. melden wir uns zum Integrationstag am 18.09. an:

Name: Karin Wewers
Verein: Flüchtlingshilfe Emsdetten e.V.
Workshop: 1 (Wohnen und Mobilität)
Personen: 2 (ich und Herr Jama Warsame aus unserer Wohnraumbörse)
Shuttle: ja, ab Emsdetten Bahnhof, 2 Plätze

Bitte antworten Sie an meine Adresse, das Vereinspostfach lesen wir nur unregelmäßig.

Viele Grüße
Karin Wewers
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# English, Apple Mail alternative.  "I can take 3 people in my car" and "Just me
# attending" -> 1.  The workshop by number and its German title.

CARTER_TEXT = """Dear Mr Brüning,

I'd like to sign up for Workshop 2 (Sprache verbindet). I coordinate the English-German language tandems for Sprachpatenschaften Tecklenburger Land.

I'll be driving from Tecklenburg and can take 3 people in my car – if anyone from Lengerich or Tecklenburg needs a lift, feel free to pass on my number (0160 9 47 21 55).

Just me attending, though!

Kind regards,
Helen Carter"""


@mail("carter-english-car-three-seats", "2027-07-16 18:03:44",
      E("registration", "helen.carter@mail.example", "Helen Carter",
        "Sprachpatenschaften Tecklenburger Land", ["WS2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Helen Carter <helen.carter@mail.example>"),
           ("Subject", "Integrationstag – registration"),
           ("Message-Id", "<4D1A7E93-B2C5-4F08-8E6D-3A9C1B5F7E20@mail.example>"),
           ("Date", m.date),
           ("To", EV),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(CARTER_TEXT, apple_html(CARTER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 015 ---------------------------------------------------------------------
# Plain German (einfache Sprache) by a learner, short sentences, from an
# Android phone; "Wir sind 2 Personen"; 8:35 is the bus time.  No organisation.

@mail("yousufi-einfache-sprache", "2027-07-19 11:47:21",
      E("registration", "mariam.yousufi94@mail.example", "Mariam Yousufi", None,
        ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mariam Yousufi <mariam.yousufi94@mail.example>"),
           ("To", EV),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<m9k3t7.1784454441.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Mariam Yousufi. Ich wohne in Hörstel.
Ich möchte zum Integrationstag kommen.
Ich möchte in den Workshop 2. Das ist Sprache.
Ich komme mit meiner Freundin Zahra. Wir sind 2 Personen.
Wir fahren mit dem Bus. Wir fahren ab Ibbenbüren.
Ist das richtig: Der Bus fährt um 8:35 Uhr?

Danke
Mariam Yousufi

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")

# -- 016 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of the confirmation to 015: the remote
# mailbox is full (5.2.2).  The returned confirmation names WS2 and 2 persons.

def _postfix_note(host, rcpt, reason):
    return f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: {reason}
"""


@mail("postfix-bounce-mailbox-full", "2027-07-19 11:48:09",
      E("bounce", bounced="mariam.yousufi94@mail.example"), "en")
def _(m):
    rcpt = "mariam.yousufi94@mail.example"
    reason = ("host mx.mail.example[198.51.100.41] said: 552 5.2.2\n"
              f"    <{rcpt}>: Mailbox full, quota exceeded (in reply to\n"
              "    RCPT TO command)")
    m.head(("From", "MAILER-DAEMON@mail.kreis-steinfurt.example (Mail Delivery System)"),
           ("To", EV),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270719094809.4B7E21C0F3@mail.kreis-steinfurt.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(_postfix_note("mail.kreis-steinfurt.example", rcpt, reason),
                  charset="us-ascii", cte="7bit",
                  headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.kreis-steinfurt.example"),
         ("X-Postfix-Queue-ID", "4B7E21C0F3"),
         ("X-Postfix-Sender", f"rfc822; {EV}"),
         ("Arrival-Date", "Mon, 19 Jul 2027 11:48:02 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Mariam Yousufi <{rcpt}>", "Frau Yousufi", "WS2", 2,
        "Mon, 19 Jul 2027 11:48:02 +0200", mailbot_id(dt("2027-07-19 11:48"), "9c3e"),
        "<m9k3t7.1784454441.samsung@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 017 ---------------------------------------------------------------------
# A parish office registers a man without e-mail who came by; the confirmation
# is to go to the office (From).  The attendee is Theo Upmeyer, for the
# Kolpingsfamilie, with his wife -> 2.  Outlook alternative, windows-1252.

UPMEYER_TEXT = """Sehr geehrter Herr Brüning,

Herr Theo Upmeyer von der Kolpingsfamilie Riesenbeck war heute bei uns im Pfarrbüro. Er hat selbst keine E-Mail-Adresse und bat uns, ihn für den Integrationstag anzumelden.

Er möchte in den Workshop 4 (Ehrenamt in Vereinen) und kommt zusammen mit seiner Frau Hedwig. Die beiden fahren mit dem Bus ab Ibbenbüren.

Bitte schicken Sie die Bestätigung an uns, wir geben sie an Herrn Upmeyer weiter.

Mit freundlichen Grüßen
i. A. Monika Lange
Pfarrsekretärin

Kath. Pfarrei St. Marien Riesenbeck
Kirchplatz 3 · 48477 Hörstel
Tel. 05454 / 93 07-0"""


@mail("pfarrbuero-registers-upmeyer", "2027-07-20 09:15:27",
      E("registration", "pfarrbuero@st-marien-riesenbeck.example", "Theo Upmeyer",
        "Kolpingsfamilie Riesenbeck", ["WS4"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Pfarrbüro St. Marien Riesenbeck",
                         "pfarrbuero@st-marien-riesenbeck.example", "windows-1252", "q")),
           ("To", TO_EV),
           ("Subject", "Anmeldung Herr Upmeyer (Kolping)"),
           ("Thread-Topic", "Anmeldung Herr Upmeyer (Kolping)"),
           ("Thread-Index", "AdvZ3c4kPq2m9ZcS3uY4vW1e5RfGBw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7261E4F5A6B7C8D9E0F1A2B3C4D5@DB9PR03MB7261.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Pfarrbüro St. Marien Riesenbeck")
    m.alternative(outlook_plain(UPMEYER_TEXT), outlook_html(UPMEYER_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Question, English, us-ascii: interpreters, wheelchair bus, childcare.  She
# would register "about six women for workshop 2" only if yes -> question,
# no registration; the numbered list is not a choice.

@mail("okonkwo-english-interpreters-question", "2027-07-21 15:02:11",
      E("question", "miriam.okonkwo@mail.example", "Miriam Okonkwo",
        "International Women's Group Rheine", [], None, "en"), "en")
def _(m):
    m.head(("From", "Miriam Okonkwo <miriam.okonkwo@mail.example>"),
           ("To", EV),
           ("Subject", "Questions before we register"),
           ("Date", m.date),
           ("Message-ID", "<DU2P189MB2214A7B8C9D0E1F2@DU2P189MB2214.EURP189.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I coordinate the International Women's Group Rheine (mostly women from
Eritrea, Syria and Afghanistan). Some of them would like to come to the
Integrationstag, but only if there will be interpretation.

1. Will the interpreters for Tigrinya and Arabic definitely be there,
   also in the workshops?
2. Is the shuttle bus from Ibbenbueren wheelchair accessible?
3. Is there childcare?

If the answers are yes, I would register a group of about six women for
workshop 2.

Thanks a lot,
Miriam Okonkwo
Coordinator, International Women's Group Rheine
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# Sports club mailbox whose display name is the club; the person signs below.
# Outlook alternative, windows-1252.  "mit 3 Personen"; first and second wish;
# "Vereinsbus (9 Sitze)", "6 Plätze frei", "09" in the club name, "Kirchstraße
# 5" are not counts or workshops.

OVERESCH_TEXT = """Sehr geehrte Damen und Herren,

der TuS Altenberge 09 möchte sich zum Integrationstag anmelden. Wir kommen mit 3 Personen. Erstwunsch ist Workshop 4 (Ehrenamt in Vereinen), Zweitwunsch Workshop 3.

Wir kommen mit unserem Vereinsbus (9 Sitze). Wenn noch jemand aus Altenberge oder Nordwalde mitfahren möchte, haben wir also 6 Plätze frei. Können wir mit dem Bus direkt am Kreishaus parken?

Mit sportlichen Grüßen

Sandra Overesch
Integrationsbeauftragte
TuS Altenberge 09 e.V.
Geschäftsstelle: Kirchstraße 5, 48341 Altenberge"""


@mail("tus-altenberge-vereinsbus", "2027-07-23 10:18:26",
      E("registration", "info@tus-altenberge.example", "Sandra Overesch",
        "TuS Altenberge 09 e.V.", ["WS4", "WS3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"TuS Altenberge 09 e.V." <info@tus-altenberge.example>'),
           ("To", TO_EV),
           ("Subject", "Anmeldung TuS Altenberge"),
           ("Thread-Topic", "Anmeldung TuS Altenberge"),
           ("Thread-Index", "AdvbC1x7kPq2m9ZcS3uY4vW1e5RfHA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR02MB6643C8D0F1E2A3B4C5D6E7F8A9B0@VI1PR02MB6643.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERESCH_TEXT), outlook_html(OVERESCH_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Arabic, Gmail alternative with RTL HTML, UTF-8 QP.  "ورشة العمل الثانية" = the
# second workshop; "سنكون ثلاثة أشخاص" = we will be three.  The Arabic
# signature beats the Latin display name; the group is named in German in the
# signature ("مقهى اللغة" in the text only describes it).

RASHA_TEXT = """مرحباً،

أنا متطوعة في مقهى اللغة في غريفن منذ سنتين، وأريد أن أسجل في ورشة العمل الثانية عن اللغة واللقاء (Sprache verbindet).
سنكون ثلاثة أشخاص: أنا وزوجي وجارتي أم محمد.
سنركب الباص من غريفن الساعة 8:40.

شكراً لكم
رشا العلي
Sprachcafé Greven"""


@mail("alali-arabic-gmail-rtl", "2027-07-26 20:12:37",
      E("registration", "rasha.alali@mail.example", "رشا العلي",
        "Sprachcafé Greven", ["WS2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Al-Ali <rasha.alali@mail.example>"),
           ("To", EV),
           ("Subject", "تسجيل – يوم الاندماج في راينه"),
           ("Date", m.date),
           ("Message-ID", "<CAE6wT3nK8qY1mZ4pR7bX0cL5hJ2sD9gF6aU3oN8iB1vQ4xRt5y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RASHA_TEXT, gmail_html(RASHA_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Registration in Low German with standard German names (labelled de);
# iso-8859-1 QP.  "Wi sünd to dree" = we are three; "siet 2016" is a year.

@mail("schulze-brock-platt-registration", "2027-07-27 08:30:14",
      E("registration", "h.schulzebrock@heimatverein-wettringen.example", "Hermann Schulze Brock",
        "Heimatverein Wettringen", ["WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Hermann Schulze Brock <h.schulzebrock@heimatverein-wettringen.example>"),
           ("To", EV),
           ("Subject", "Anmellen Integrationsdag"),
           ("Date", m.date),
           ("Message-ID", "<000c01dbde91$3a2b1c40$aeb354c0$@heimatverein-wettringen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Moin tosamen,

hiermit mell ik mi för den Integrationsdag an, Workshop 4 (Ehrenamt in
Vereinen). Dat Thema passt för uns as Heimatverein, wi hebbt siet 2016
ok Neubürger ut Syrien un Afghanistan in'n Vereen.

Wi sünd to dree: ik, mien Naober Gerd Lansing un unse Schriftföhrerin
Anne Hölker.
Wi kommt mit'n Auto ut Wettringen. Gifft dat dor genoog Parkplätze?

Gröten ut Wettringen
Hermann Schulze Brock
Heimatverein Wettringen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), "Der Workshop bleibt gleich"; Outlook
# HTML only quoting the confirmation (WS1, 2 persons).

BROCKMANN_TEXT = """Hallo Herr Brüning,

bei uns hat sich noch eine Helferin gemeldet, Frau Renate Lübbers. Könnten Sie uns bitte auf 3 Personen ändern? Der Workshop bleibt gleich.

Danke und viele Grüße
Annegret Brockmann
Flüchtlingshilfe Hörstel"""


@mail("brockmann-change-party-size-outlook-html", "2027-07-28 13:44:50",
      E("change", "a.brockmann@fluechtlingshilfe-hoerstel.example", "Annegret Brockmann",
        "Flüchtlingshilfe Hörstel", [], 3, "de"), "de", tz=0)
def _(m):
    conf = dt("2027-07-22 17:31")
    m.head(("From", '"Brockmann, Annegret" <a.brockmann@fluechtlingshilfe-hoerstel.example>'),
           ("To", TO_EV),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb+1Rk3J8xWm2n6kO1pL9qZ4rT7wAGk1Nw"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8912F1A2B3C4D5E6F7A8B9C0D1E2@AS8PR04MB8912.eurprd04.prod.outlook.example>"),
           ("References", mailbot_id(conf, "2a71")),
           ("In-Reply-To", mailbot_id(conf, "2a71")),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{EV_NAME} <{EV}>", outlook_de_date(conf),
             "Brockmann, Annegret <a.brockmann@fluechtlingshilfe-hoerstel.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Brockmann", "WS1", 2))
    m.single(outlook_html(BROCKMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Dari, text/plain UTF-8 QP.  The workshop by topic ("کار و آموزش حرفه‌ای",
# Arbeit und Ausbildung); "تنها می‌آیم" = I come alone; bus ۹۰۲ and the times
# ۸:۴۵ / ۸:۵۰ in Persian digits are not counts.

@mail("rahimi-dari-alone-bus-time", "2027-07-29 17:20:05",
      E("registration", "halima.rahimi@mail.example", "حلیمه رحیمی",
        "Internationales Frauencafé Emsdetten", ["WS3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Halima Rahimi <halima.rahimi@mail.example>"),
           ("To", EV),
           ("Subject", "نام‌نویسی"),
           ("Date", m.date),
           ("Message-ID", "<1785338405.2281.9042@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

من حلیمه رحیمی استم، از امسدتن. در یک کافه زنان کار داوطلبانه می‌کنم.
می‌خواهم در ورکشاپ کار و آموزش حرفه‌ای (Arbeit und Ausbildung) اشتراک کنم. تنها می‌آیم.
من با بس ۹۰۲ از امسدتن می‌آیم. آیا بس ساعت ۸:۵۰ حرکت می‌کند یا ۸:۴۵؟

تشکر زیاد
حلیمه رحیمی
Internationales Frauencafé Emsdetten
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change, English, Gmail alternative quoting the confirmation (WS2): "move me
# from Workshop 2 to Workshop 3, ... in Sitzungssaal 2" -> WS3 only.

PRIYA_TEXT = """Dear Mr Brüning,

could you please move me from Workshop 2 to Workshop 3, the one on work and training in Sitzungssaal 2? A friend told me the job centre will be there, and that's more useful for the women I support.

Many thanks,
Priya Nair"""


@mail("nair-english-change-sitzungssaal", "2027-08-02 09:10:48",
      E("change", "priya.nair@mail.example", "Priya Nair", None, ["WS3"], None, "en"), "en")
def _(m):
    conf = dt("2027-07-19 14:22")
    quoted = confirmation("Frau Nair", "WS2", 1)
    m.head(("From", "Priya Nair <priya.nair@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1nV5qT8wX2mR6kL9zB3yP0cJ7sF4gD1aE8uO5iQ2nW7xTr3k@mail.gmail.example>"),
           ("In-Reply-To", mailbot_id(conf, "6d04")),
           ("References", mailbot_id(conf, "6d04")),
           ("MIME-Version", "1.0"))
    plain = f"{PRIYA_TEXT}\n\n{gmail_en(conf)}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(PRIYA_TEXT, quote_from=(gmail_en(conf), quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# The volunteer office forwards a volunteer's mail (Gmail "Weitergeleitete
# Nachricht") and asks to confirm directly to him: email, name and
# organisation are his.  "kann noch 4 Leute mitnehmen" is not the party size.

@mail("ehrenamtsbuero-forwards-rottmann", "2027-08-03 19:33:21",
      E("registration", "f.rottmann@mail.example", "Friedhelm Rottmann",
        "Flüchtlingshilfe Ladbergen", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ehrenamtsbüro Ladbergen <ehrenamt@ladbergen.example>"),
           ("To", EV),
           ("Subject", "WG: Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<CAK2wE9rT4nX7mQ0pL3zB6yH1cJ8sF5gD9aU2oN4iK7vB0xQrw8@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend Herr Brüning,

unten die Anmeldung von Herrn Rottmann aus unserer Flüchtlingshilfe, er
hatte Ihre Adresse nicht mehr. Bitte schicken Sie die Bestätigung direkt
an ihn.

Viele Grüße
Sabine Kock
Ehrenamtsbüro der Gemeinde Ladbergen

---------- Weitergeleitete Nachricht ---------
Von: Friedhelm Rottmann <f.rottmann@mail.example>
Date: Di., 3. Aug. 2027 um 17:02 Uhr
Subject: Integrationstag
To: <ehrenamt@ladbergen.example>


Hallo Sabine,

kannst du mich bitte für den Integrationstag in Rheine anmelden? Ich
würde gern in den Workshop Wohnen und Mobilität, das ist ja bei uns auf
dem Dorf das größte Thema.

Ich fahre selbst und kann noch 4 Leute aus Ladbergen mitnehmen, falls
jemand fragt.

Danke dir!
Friedhelm Rottmann
Flüchtlingshilfe Ladbergen
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Question about the shuttle route and return time; she will register "etwa
# sechs Frauen" only if the bus works -> question.  Bus line 902 named.

@mail("strotmann-naehcafe-bus-question", "2027-08-05 10:27:39",
      E("question", "e.strotmann@mail.example", "Elisabeth Strotmann",
        "Nähcafé International Neuenkirchen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Elisabeth Strotmann <e.strotmann@mail.example>"),
           ("To", EV),
           ("Subject", "Frage zum Shuttlebus"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d1f3b2e-5a9c-4e60-8b14-c3e9d0f2a6b7-1785925659004@3c-app-gmx-bap12>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir vom Nähcafé International in Neuenkirchen überlegen, mit einigen
Frauen zum Integrationstag zu kommen. Die meisten haben kein Auto.

Fährt der Shuttlebus aus Emsdetten (Linie 902) vielleicht auch über
Neuenkirchen? Oder gibt es eine Haltestelle in Mesum? Und wann sind die
Busse abends zurück in Emsdetten?

Wenn das mit dem Bus klappt, melde ich uns an - wir wären etwa sechs
Frauen.

Freundliche Grüße
Elisabeth Strotmann
Nähcafé International Neuenkirchen
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Tigrinya, alternative UTF-8 QP.  "ዎርክሾፕ ቁጽሪ 2" = workshop number 2;
# "ምስ ሰብኣየይ ክንመጽእ ኢና" = we come, with my husband -> 2; bus 901.  The
# Ge'ez signature beats the Latin display name; no organisation.

TEKLE_TEXT = """ሰላም፣

ኣብ Integrationstag ኣብ ዎርክሾፕ ቁጽሪ 2 (Sprache verbindet) ክሳተፍ ክምዝገብ እደሊ። ምስ ሰብኣየይ ክንመጽእ ኢና።
ካብ Ibbenbüren ብሽትል ኣውቶቡስ (901) ክንመጽእ ንደሊ። ኣብቲ ኣውቶቡስ ቦታ ኣሎ ድዩ?

የቐንየለይ
ሳባ ተኽለ"""


@mail("tekle-tigrinya-husband", "2027-08-06 21:09:55",
      E("registration", "saba.tekle@mail.example", "ሳባ ተኽለ", None, ["WS2"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Saba Tekle <saba.tekle@mail.example>"),
           ("To", EV),
           ("Subject", "Integrationstag"),
           ("Date", m.date),
           ("Message-ID", "<CAD9sR2pW5nY8mQ1kT4zB7xL0cH3jF6gE9aU2oN5iV8bQ1xRt4z@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TEKLE_TEXT, gmail_html(TEKLE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Rural women's association; new Outlook, HTML only (UTF-8 QP).  "fünf Frauen"
# = 5; "zwei Autos" and "ein paar Bleche Butterkuchen" are not counts.

TERWEY_TEXT = """Liebes Team vom Integrationstag,

die Landfrauen Ochtrup melden sich an! Wir sind fünf Frauen und möchten gern in den Workshop 4, Ehrenamt in Vereinen.

Wir kommen mit zwei Autos, brauchen also keinen Shuttle.

Dürfen wir für das Mittagsbuffet ein paar Bleche Butterkuchen mitbringen? Das machen wir gerne.

Viele Grüße aus Ochtrup
Maria Terwey
Landfrauen Ochtrup"""


@mail("terwey-landfrauen-new-outlook-html", "2027-08-09 07:58:12",
      E("registration", "maria.terwey@mail.example", "Maria Terwey",
        "Landfrauen Ochtrup", ["WS4"], 5, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Maria Terwey <maria.terwey@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Anmeldung Landfrauen Ochtrup"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1720D4E5F6A7B8C9@PAXP193MB1720.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(TERWEY_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation with Low German phrases; Thunderbird reply quoting the
# confirmation (WS4, 2 persons).  "Nächstes Jahr gern wieder" is no new
# registration.

@mail("kortmann-platt-cancel-thunderbird", "2027-08-10 12:15:40",
      E("cancellation", "heinrich.kortmann@mail.example", "Heinrich Kortmann",
        "Heimatverein Schapen", [], None, "de"), "de")
def _(m):
    conf = dt("2027-07-14 09:12")
    m.head(("From", "Heinrich Kortmann <heinrich.kortmann@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e5b7c21-9a4d-4f83-b6e2-71c8d3f0a592@mail.example>"),
           ("In-Reply-To", mailbot_id(conf, "b3f8")),
           ("References", mailbot_id(conf, "b3f8")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Moin Herr Brüning,

leider mött wi afseggen. Am 18. September is bi us in Schapen de
Erntedank-Vorbereitung, und ohne mich geht dat da nich. Meine Frau und
ich kommen also nicht, bitte streichen Sie uns beide.

Nächstes Jahr gern wieder!

Gröten
Heinrich Kortmann
Heimatverein Schapen

{thunderbird_de(conf)}
{gt_quote(confirmation("Herr Kortmann", "WS4", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# An office registers its chairman, who is to get the confirmation himself
# (email = his address named in the text); she does not come.  "Herrn Dr."
# is dropped from the name.  Outlook alternative with a legal disclaimer.

WUEBBELS_TEXT = """Sehr geehrter Herr Brüning,

hiermit melde ich den Vorsitzenden unseres Integrationsrats, Herrn Dr. Yusuf Demir, zum Integrationstag an. Er möchte am Workshop 3 (Arbeit und Ausbildung) teilnehmen und kommt allein mit dem Auto. Ich selbst nehme nicht teil.

Bitte senden Sie die Bestätigung direkt an seine Adresse: y.demir@integrationsrat-rheine.example

Mit freundlichen Grüßen
Im Auftrag

Kerstin Wübbels
Geschäftsstelle Integrationsrat der Stadt Rheine
Klosterstraße 14, 48431 Rheine
Telefon: 05971 / 939-412

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""


@mail("wuebbels-registers-chair-demir", "2027-08-11 10:42:18",
      E("registration", "y.demir@integrationsrat-rheine.example", "Yusuf Demir",
        "Integrationsrat der Stadt Rheine", ["WS3"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Wübbels, Kerstin", "kerstin.wuebbels@rheine.example",
                         "windows-1252", "q")),
           ("To", TO_EV),
           ("Subject", "Anmeldung Dr. Demir, Integrationsrat Rheine"),
           ("Thread-Topic", "Anmeldung Dr. Demir, Integrationsrat Rheine"),
           ("Thread-Index", "AdvqR2x8kPq2m9ZcS3uY4vW1e5RfIQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2207A1B2C3D4E5F6A7B8C9D0E1F2@FR3P281MB2207.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Wübbels, Kerstin")
    m.alternative(outlook_plain(WUEBBELS_TEXT), outlook_html(WUEBBELS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")

# -- 031 ---------------------------------------------------------------------
# Vacation reply (Sieve, Auto-Submitted: auto-replied) from the chairman
# registered in 030, to his confirmation; German and English.

@mail("demir-vacation-bilingual", "2027-08-11 10:44:03", E("auto_reply"), "de")
def _(m):
    conf = dt("2027-08-11 10:43")
    m.head(("From", '"Dr. Yusuf Demir" <y.demir@integrationsrat-rheine.example>'),
           ("To", EV),
           ("Subject", "Abwesenheitsnotiz / Out of office: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1786437843.5521@integrationsrat-rheine.example>"),
           ("In-Reply-To", mailbot_id(conf, "47ad")),
           ("References", mailbot_id(conf, "47ad")),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin bis zum 20.08.2027 nicht erreichbar. Ihre Nachricht wird nach
meiner Rückkehr bearbeitet. In dringenden Fällen wenden Sie sich bitte an
die Geschäftsstelle des Integrationsrats: integrationsrat@rheine.example

Dear Sir or Madam,

I am out of the office until 20 August 2027 and will reply after my
return. For urgent matters please contact integrationsrat@rheine.example.

Dr. Yusuf Demir
Vorsitzender des Integrationsrats der Stadt Rheine
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Ukrainian in KOI8-U (QP), Cyrillic display name as a B-encoded word in
# KOI8-U; the Latin signature is the name.  "воркшоп 4"; "разом із дружиною"
# = with my wife -> 2; "ще 3 людей" in the car is not the party size.

@mail("savchuk-ukrainian-koi8u-car", "2027-08-12 16:20:31",
      E("registration", "andrii.savchuk@mail.example", "Andrii Savchuk",
        "Sportfreunde Emsdetten", ["WS4"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Андрій Савчук", "andrii.savchuk@mail.example", "koi8-u", "b")),
           ("To", EV),
           ("Subject", ew("Реєстрація на Integrationstag", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786544431.412907355@f217.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Андрій Савчук")
    m.expect_header("Subject", "Реєстрація на Integrationstag")
    m.single("""Доброго дня,

я тренер дитячої футбольної команди в Sportfreunde Emsdetten. Хочу записатися на воркшоп 4 про волонтерство у спортивних клубах (Ehrenamt in Vereinen).
Приїду разом із дружиною, вона теж допомагає в клубі.
Ми приїдемо на своїй машині і можемо взяти ще 3 людей з Емсдеттена, якщо комусь потрібно.

З повагою
Andrii Savchuk
Sportfreunde Emsdetten
""", charset="koi8-u", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change, Arabic, Gmail text/plain quoting the confirmation (WS1, 2 persons)
# under an Arabic attribution line: his son cannot come -> 1 person; the
# workshop stays ("ورشة العمل تبقى كما هي") -> workgroups [].

@mail("alnajjar-arabic-change-son-not-coming", "2027-08-16 08:05:27",
      E("change", "khaled.alnajjar@mail.example", "خالد النجار", None, [], 1, "ar"), "ar")
def _(m):
    conf = dt("2027-07-20 15:05")
    m.head(("From", "Khaled Al-Najjar <khaled.alnajjar@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG4mT7qX0wR3nY6kP9zB2cL5hJ8sD1gF4aU7oN0iE3vQ6xRt9b@mail.gmail.example>"),
           ("In-Reply-To", mailbot_id(conf, "e519")),
           ("References", mailbot_id(conf, "e519")),
           ("MIME-Version", "1.0"))
    m.single(f"""مرحباً،

للأسف ابني لن يستطيع الحضور لأنه بدأ عملاً جديداً. سأحضر وحدي، أي شخص واحد فقط بدلاً من شخصين. ورشة العمل تبقى كما هي.

شكراً
خالد النجار

{gmail_ar(conf)}

{gt_quote(confirmation("Herr Al-Najjar", "WS1", 2))}
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# All lower case, youth fire brigade; no workshop choice ("welcher workshop
# ist uns eigentlich egal") -> []; "ich und mein kumpel tim" = 2; "den 903er"
# is a bus.  Name and organisation as written (lower case).

@mail("brueggemann-lowercase-no-workshop", "2027-08-17 22:31:08",
      E("registration", "jonas.brueggemann@mail.example", "jonas brüggemann",
        "jugendfeuerwehr saerbeck", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Jonas Brüggemann <jonas.brueggemann@mail.example>"),
           ("To", EV),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6pN1rW4tY7mQ0kL3zB9xH2cF5sG8gD1aE4uO7iV0nQ3xRt6m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,

ich bin jonas von der jugendfeuerwehr saerbeck. ich und mein kumpel tim würden gern zum integrationstag kommen. welcher workshop ist uns eigentlich egal, teilt uns einfach da ein wo noch platz ist.

fährt von saerbeck auch ein shuttle oder müssen wir nach greven zum busbahnhof? dann würden wir den 903er nehmen.

gruß jonas brüggemann
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Cancellation, Ukrainian, Gmail alternative quoting the confirmation (WS2, 1)
# under a Ukrainian attribution line.  "іспит B2" is a language exam.

IRYNA_TEXT = """Добрий день,

на жаль, я не зможу прийти 18 вересня, бо саме в цей день у мене іспит B2 у Мюнстері. Прошу скасувати мою реєстрацію.

Вибачте і дякую!
Ірина Бондар"""


@mail("bondar-ukrainian-cancel-gmail", "2027-08-19 10:10:44",
      E("cancellation", "iryna.bondar@mail.example", "Ірина Бондар", None, [], None, "uk"), "uk")
def _(m):
    conf = dt("2027-07-26 11:31")
    quoted = confirmation("Frau Bondar", "WS2", 1)
    m.head(("From", "Iryna Bondar <iryna.bondar@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8qS3tY6vZ9nR2mP5bX1cK4hJ7sD0gF3aU6oN9iE2wQ5xRt8c@mail.gmail.example>"),
           ("In-Reply-To", mailbot_id(conf, "0c3b")),
           ("References", mailbot_id(conf, "0c3b")),
           ("MIME-Version", "1.0"))
    plain = f"{IRYNA_TEXT}\n\n{gmail_uk(conf)}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(IRYNA_TEXT, quote_from=(gmail_uk(conf), quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Change of workshop (4 -> 3) and party size (3 -> 4) at once; plain-text
# Outlook quote of the confirmation below a line of underscores, windows-1252.

@mail("hoelscher-djk-change-ws-and-size", "2027-08-23 14:48:02",
      E("change", "m.hoelscher@djk-eintracht-rheine.example", "Markus Hölscher",
        "DJK Eintracht Rheine", ["WS3"], 4, "de"), "de", tz=0)
def _(m):
    conf = dt("2027-07-16 10:19")
    m.head(("From", addr("Markus Hölscher", "m.hoelscher@djk-eintracht-rheine.example",
                         "windows-1252", "q")),
           ("To", TO_EV),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1PR08MB7753D1E2F3A4B5C6D7E8F9A0B1C2@GV1PR08MB7753.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", mailbot_id(conf, "8f2d")),
           ("References", mailbot_id(conf, "8f2d")),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Markus Hölscher")
    m.single(f"""Hallo Herr Brüning,

wir haben uns im Verein noch mal beraten: Wir möchten doch lieber in den Workshop 3 (Arbeit und Ausbildung) statt in Workshop 4, weil wir mit zwei Betrieben aus Rheine ein Praktikumsprojekt für unsere Spieler planen.

Außerdem kommt noch unser Jugendwart mit, wir sind also 4 statt 3.

Schöne Grüße
Markus Hölscher
DJK Eintracht Rheine

________________________________
Von: {EV_NAME} <{EV}>
Gesendet: {outlook_de_date(conf)}
An: Markus Hölscher <m.hoelscher@djk-eintracht-rheine.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Hölscher", "WS4", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# English, Outlook for Android.  The self-introduction gives the full name, the
# sign-off only the first name.  "Workshop 3 – work and training"; a question
# about a shuttle from Steinfurt does not make it a question.

@mail("okeke-english-outlook-android", "2027-08-25 18:20:36",
      E("registration", "chinedu.okeke@mail.example", "Chinedu Okeke",
        "African Students' Association Steinfurt", ["WS3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu <chinedu.okeke@mail.example>"),
           ("To", EV),
           ("Subject", "Registration"),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0654E2F3A4B5C6D7@AM0P190MB0654.EURP190.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm Chinedu Okeke, chair of the African Students' Association Steinfurt (we are mostly students at the FH campus in Steinfurt). I'd like to register for the Integrationstag, Workshop 3 – work and training, because many of our members are looking for internships.

Is there also a shuttle from Steinfurt? If not, I'll come by train via Münster.

Regards
Chinedu

Get Outlook for Android
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Dari from a shared association mailbox (display name = the association);
# the chairman signs in Dari.  "ما چهار نفر استیم" = we are four; "ورکشاپ ۱";
# "دو نفر ... دو نفر" (two by car, two by bus ۹۰۳) are parts of the four.

@mail("safi-dari-shared-mailbox", "2027-08-27 20:40:13",
      E("registration", "info@afghanische-gemeinde-greven.example", "نجیب‌الله صافی",
        "Afghanische Gemeinde Greven e.V.", ["WS1"], 4, "fa"), "fa")
def _(m):
    m.head(("From", '"Afghanische Gemeinde Greven e.V." <info@afghanische-gemeinde-greven.example>'),
           ("To", EV),
           ("Subject", "Integrationstag – نام‌نویسی"),
           ("Date", m.date),
           ("Message-ID", "<CAN3qV6tZ9wX2mR5kP8bL1cY4hJ7sF0gD3aE6uO9iB2nQ5xTr1p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و احترام،

از طرف انجمن ما می‌خواهیم برای Integrationstag در راینه نام‌نویسی کنیم.
ما چهار نفر استیم و در ورکشاپ ۱ (Wohnen und Mobilität) اشتراک می‌کنیم، چون مشکل خانه در گریفن زیاد است.
دو نفر با موتر من می‌آیند و دو نفر با بس ۹۰۳.

با احترام
نجیب‌الله صافی
رئیس انجمن
Afghanische Gemeinde Greven e.V.
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Change from an iPhone, quoting the confirmation (WS4, 5): one woman drops
# out (5 -> 4) and they want the language workshop "in Raum 0.14" -> WS2.

@mail("schwering-landfrauen-change-iphone", "2027-08-30 09:55:19",
      E("change", "hildegard.schwering@mail.example", "Hildegard Schwering",
        "Landfrauen Metelen", ["WS2"], 4, "de"), "de")
def _(m):
    conf = dt("2027-08-02 10:12")
    m.head(("From", "Hildegard Schwering <hildegard.schwering@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5C9A2E71-D4B3-4F86-A1E0-8B7C3D9F2E15@mail.example>"),
           ("In-Reply-To", mailbot_id(conf, "5e60")),
           ("References", mailbot_id(conf, "5e60")),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,
eine von uns fällt aus, wir sind also nur noch 4. Und wir würden gerne doch in den Sprachcafé-Workshop wechseln (Raum 0.14), weil wir im Herbst mit einem Sprachtreff anfangen wollen.
Liebe Grüße
Hildegard Schwering
Landfrauen Metelen

Von meinem iPhone gesendet

{apple_de(conf)}

{gt_quote(confirmation("Frau Schwering", "WS4", 5))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Question, Arabic, windows-1256 QP from Outlook: interpreter, a 10-year-old
# daughter, free bus; "إذا كان كل شيء ممكناً سأسجل" = if all is possible I
# will register -> question.  The numbered list is not a choice.

@mail("qasem-arabic-windows1256-question", "2027-09-01 11:30:52",
      E("question", "mahmoud.qasem@mail.example", "محمود قاسم", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمود قاسم", "mahmoud.qasem@mail.example", "windows-1256", "b")),
           ("To", EV),
           ("Subject", ew("أسئلة حول Integrationstag", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000f01dc1b2e$7c3a9d40$74afd7c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "محمود قاسم")
    m.expect_header("Subject", "أسئلة حول Integrationstag")
    m.single("""مرحباً،

قرأت عن يوم الاندماج في راينه في جريدة المدينة. عندي بعض الأسئلة قبل التسجيل:
1. هل سيكون هناك مترجم إلى العربية في ورش العمل؟
2. هل يمكنني أن أحضر ابنتي (10 سنوات)؟
3. هل الباص من إيبنبورن مجاني؟

إذا كان كل شيء ممكناً سأسجل أنا وعائلتي.

مع التحية
محمود قاسم
""", charset="windows-1256", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Other: the bus company's order confirmation for the shuttle lines, with a
# PDF attached; it names lines, times, seats and a passenger-count deadline.

BUS_TEXT = """Sehr geehrter Herr Brüning,

vielen Dank für Ihren Auftrag. Hiermit bestätigen wir die Sonderfahrten zum Integrationstag Kreis Steinfurt am Samstag, 18.09.2027:

Linie 901  Ibbenbüren Bf/ZOB – Rheine Kreishaus   ab 8:35 Uhr, 1 Reisebus (49 Plätze)
Linie 902  Emsdetten Bf – Rheine Kreishaus         ab 8:50 Uhr, 1 Midibus (29 Plätze)
Linie 903  Greven Busbahnhof – Rheine Kreishaus    ab 8:40 Uhr, 1 Reisebus (49 Plätze)
Rückfahrt aller Linien ab Kreishaus um 16:15 Uhr.

Die Auftragsbestätigung mit den Preisen finden Sie im Anhang. Bitte teilen Sie uns bis spätestens 10.09.2027 die voraussichtliche Fahrgastzahl je Linie mit; der Midibus auf Linie 902 ist nicht rollstuhlgerecht.

Mit freundlichen Grüßen
Jana Wienker
Disposition Sonderverkehr

Verkehrsgesellschaft Münsterland Nord GmbH
Industriestraße 40 · 48432 Rheine
https://vmn-bus.example"""


@mail("vmn-bus-order-confirmation-pdf", "2027-09-02 17:05:40", E("other"), "de")
def _(m):
    m.head(("From", "VMN Disposition <dispo@vmn-bus.example>"),
           ("To", "Hendrik Brüning <" + EV + ">"),
           ("Subject", "Auftragsbestätigung 2027-0917 – Sonderfahrten 18.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<20270902170540.AB2027-0917@vmn-bus.example>"),
           ("X-Mailer", "Dispo-Office 8.4"),
           ("MIME-Version", "1.0"))
    text = m.text(BUS_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Auftragsbestaetigung 2027-0917",
        "Verkehrsgesellschaft Muensterland Nord GmbH",
        "Kunde: Kreis Steinfurt, Kommunales Integrationszentrum",
        "Sonderfahrten Integrationstag, Samstag 18.09.2027",
        "Linie 901 Ibbenbueren - Rheine, Reisebus 49 Plaetze",
        "Linie 902 Emsdetten - Rheine, Midibus 29 Plaetze",
        "Linie 903 Greven - Rheine, Reisebus 49 Plaetze",
        "Rueckfahrt 16:15 Uhr ab Kreishaus",
        "Gesamtpreis netto 1.980,00 EUR"]),
        "application", "pdf", "Auftragsbestaetigung_2027-0917.pdf")
    m.multi("mixed", [text, pdf])


# -- 042 ---------------------------------------------------------------------
# Mosque community; "mich und unseren Jugendbeauftragten" = 2; workshop by
# title words first, "alternativ Workshop 4"; "2. Vorsitzender" is an office.

@mail("yavuz-ditib-first-second-choice", "2027-09-06 19:22:47",
      E("registration", "mehmet.yavuz@ditib-greven.example", "Mehmet Yavuz",
        "DITIB Türkisch-Islamische Gemeinde zu Greven e.V.", ["WS3", "WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mehmet Yavuz <mehmet.yavuz@ditib-greven.example>"),
           ("To", EV),
           ("Subject", "Anmeldung DITIB Greven"),
           ("Date", m.date),
           ("Message-ID", "<20270906192247.51c3e8a0@ditib-greven.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

im Namen der DITIB Türkisch-Islamische Gemeinde zu Greven e.V. melde ich
mich und unseren Jugendbeauftragten Emre Koç zum Integrationstag an. Wir
interessieren uns vor allem für den Workshop Arbeit und Ausbildung,
alternativ Workshop 4.

Wir kommen mit dem Auto.

Mit freundlichen Grüßen
Mehmet Yavuz
2. Vorsitzender
DITIB Türkisch-Islamische Gemeinde zu Greven e.V.
""", charset="iso-8859-9", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Change, Dari, Gmail alternative quoting the confirmation (WS1) under a
# Persian attribution line: "از ورکشاپ ۱ به ورکشاپ ۳" -> WS3; the number of
# persons stays ("همان یک نفر") -> party_size null.

HAIDARI_TEXT = """سلام،

من در ورکشاپ ۱ نام‌نویسی کرده بودم. لطفاً مرا به ورکشاپ ۳ (کار و آموزش) تبدیل کنید، چون حالا دنبال کار می‌گردم.
تعداد نفرها همان یک نفر است.

تشکر
محمد نصیر حیدری"""


@mail("haidari-dari-change-gmail", "2027-09-08 21:14:30",
      E("change", "nasir.haidari@mail.example", "محمد نصیر حیدری", None, ["WS3"], None, "fa"), "fa")
def _(m):
    conf = dt("2027-07-29 10:05")
    quoted = confirmation("Herr Haidari", "WS1", 1)
    m.head(("From", "Mohammad Nasir Haidari <nasir.haidari@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ5rW8uA1xY4nS7mQ0cM3dZ6iK9tG2hE5bV8pO1jF4oR7yUs2d@mail.gmail.example>"),
           ("In-Reply-To", mailbot_id(conf, "d1a6")),
           ("References", mailbot_id(conf, "d1a6")),
           ("MIME-Version", "1.0"))
    plain = f"{HAIDARI_TEXT}\n\n{gmail_fa(conf)}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(HAIDARI_TEXT, rtl=True, quote_from=(gmail_fa(conf), quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Tigrinya, replying to the 7-day reminder (Gmail for Android,
# English interface).  "ክመጽእ ኣይክእልን እየ" = I cannot come.

@mail("kidane-tigrinya-cancel-reminder", "2027-09-11 15:30:26",
      E("cancellation", "merhawi.kidane@mail.example", "መርሃዊ ኪዳነ", None, [], None, "ti"), "ti")
def _(m):
    rem = dt("2027-09-11 10:00")
    m.head(("From", "Merhawi Kidane <merhawi.kidane@mail.example>"),
           ("To", TO_EV),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAR6sX9vB2yZ5oT8nR1dN4eA7jL0uH3iF6cW9qP2kG5pS8zVt3e@mail.gmail.example>"),
           ("In-Reply-To", mailbot_id(rem, "r7e2")),
           ("References", mailbot_id(rem, "r7e2")),
           ("MIME-Version", "1.0"))
    m.single(f"""ሰላም፣

ይቕሬታ፣ ኣብ 18 መስከረም ክመጽእ ኣይክእልን እየ። ኣብቲ መዓልቲ ስራሕ ኣለኒ።
በጃኹም ምዝገባይ ሰርዝዎ።

የቐንየለይ
መርሃዊ ኪዳነ

{gmail_android_en(rem)}

{gt_quote(reminder("Herr Kidane", "WS3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation in plain German by a learner, a new mail that quotes nothing
# ("ich bin angemeldet ... Workshop 1"); "Mein Sohn ist krank".

NO_QUOTE_OK.add("noori-einfache-sprache-cancel")


@mail("noori-einfache-sprache-cancel", "2027-09-14 07:50:03",
      E("cancellation", "fatima.noori@mail.example", "Fatima Noori", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Fatima Noori <fatima.noori@mail.example>"),
           ("To", EV),
           ("Subject", "Absage"),
           ("Date", m.date),
           ("Message-ID", "<r2v8q1.1789364603.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin angemeldet für den Integrationstag am 18. September. Workshop 1.
Ich kann leider nicht kommen. Mein Sohn ist krank.
Bitte streichen Sie meinen Namen.

Entschuldigung und danke
Fatima Noori

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")


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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def norm(s):
    return " ".join(html.unescape(s).casefold().split())


def check_labels(expected, msg, haystack, slug):
    """Problems with one expected record (well formed, agrees with the mail)."""
    p = []
    e = expected
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        p.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not isinstance(ps, int) or ps < 1:
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and (not isinstance(ps, int) or ps < 1):
            p.append("bad party_size for change")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            p.append("email missing or not lower-case")
        if not e["name"]:
            p.append("name missing")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']}")
        if e["bounced_recipient"] is not None:
            p.append("bounced_recipient must be null")
        addrs = {a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])}
        if e["email"] and e["email"] not in addrs and e["email"] not in haystack:
            p.append("email neither in From/Reply-To nor in the text")
        if e["name"] and norm(e["name"]) not in haystack:
            p.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] and norm(e["organisation"]) not in haystack:
            p.append(f"organisation {e['organisation']!r} not in the mail")
        if kind in ("change", "cancellation") and slug not in NO_QUOTE_OK:
            if "angemeldete personen:" not in haystack or msg["In-Reply-To"] is None:
                p.append("change/cancellation does not answer and quote our mail")
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
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jul-Sep 2027")
    for h, want in m.headers_intended:
        if want not in str(msg[h]):
            problems.append(f"header {h} decodes to {str(msg[h])!r}, not {want!r}")
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
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, norm(text), m.slug)
    return problems


def check_corpus(built, datas):
    """Problems across mails: no sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} already sent {seen[sender]}")
        seen[sender] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: LANGS.index(x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + "".join(f"{c or '-':>4}" for c in row) + f"{sum(row):>5}")
    print(f"  {'all':13}" + "".join(
        f"{sum(table[(k, l)] for k in KINDS):>4}" for l in langs) + f"{len(built):>5}")
    encs = collections.Counter()
    types = collections.Counter()
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
