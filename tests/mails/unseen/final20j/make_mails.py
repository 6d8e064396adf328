#!/usr/bin/env python3
"""Build the "final20j" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Sommerakademie junger Migrant*innenorganisationen 2027, Dortmund,
21-22 August 2027, four workshops SOCIAL, FUND, EVENT, POWER (see config.toml).
The writers are young people (18-27) from youth migrant organisations and a few
youth workers writing for their groups.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
import tomllib
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

SA = "sommerakademie@dortmund.example"
SA_NAME = "Sommerakademie junger Migrant*innenorganisationen"
TO_SA = f'"{SA_NAME}" <{SA}>'
INVITATION_ID = "<einladung-sommerakademie-2027.20270601110012@dortmund.example>"
REMINDER_ID_PREFIX = "<mailbot.erinnerung.20270814100"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "en", "tr", "ar", "uk", "ru", "fa", "pl", "ku", "fr"}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
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

    # -- headers -----------------------------------------------------------
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
        msg.set_raw("Delivered-To", SA)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{SA}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM0PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.dortmund.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic)
# ---------------------------------------------------------------------------

def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -22 Td")
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


def make_png(width=48, height=48):
    """A small RGB PNG: a purple square with a yellow stripe (a logo)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            px = (250, 200, 40) if 20 <= y < 28 else (110, 40, 160)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Sommerakademie junger Migrant*innenorganisationen 2027 ☀️"
INVITATION = """Hey ihr Lieben! 👋

die Sommerakademie junger Migrant*innenorganisationen geht in die nächste
Runde – und ihr seid eingeladen!

📅 Samstag, 21. August, 10 Uhr bis Sonntag, 22. August 2027, 16 Uhr
📍 Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund

Die Akademie ist für junge Leute zwischen 18 und 27 aus
Migrant*innenorganisationen, Jugendverbänden, Hochschulgruppen und
Initiativen. Ihr sucht euch einen von vier Workshops aus, der an beiden
Tagen läuft:

Workshop 1: Social Media & Storytelling
Workshop 2: Fundraising & Förderanträge
Workshop 3: Event Management
Workshop 4: Empowerment & Safer Spaces

Anmeldung bis zum 8. August per Mail an sommerakademie@dortmund.example.
Schreibt uns bitte:
– euren Namen (und eure Pronomen, wenn ihr mögt)
– eure Orga / euren Verein
– welchen Workshop ihr wollt (gern mit Zweitwunsch)
– mit wie vielen Leuten ihr kommt

Teilnahme, Essen und Fahrtkosten im VRR sind kostenlos. Wer von weiter weg
kommt, kann in der Jugendherberge übernachten – sagt einfach Bescheid.

Wir freuen uns auf euch! 💛
Euer Team der Sommerakademie
Jugendring Dortmund & Kommunales Integrationszentrum Dortmund
Insta: @sommerakademie.do"""

CONFIRMATION_SUBJECT = "Deine Anmeldung zur Sommerakademie junger Migrant*innenorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Sommerakademie junger Migrant*innenorganisationen 2027"

WS_LINE = {
    "SOCIAL": "Workshop 1 – Social Media & Storytelling",
    "FUND": "Workshop 2 – Fundraising & Förderanträge",
    "EVENT": "Workshop 3 – Event Management",
    "POWER": "Workshop 4 – Empowerment & Safer Spaces",
}


def confirmation(first, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Hallo {first},

danke für deine Anmeldung zur Sommerakademie junger Migrant*innenorganisationen
2027 am 21. und 22. August 2027 im Dietrich-Keuning-Haus, Leopoldstraße 50–58,
44147 Dortmund.

Wir haben dich für diesen Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Du willst den Workshop wechseln oder absagen? Antworte einfach auf diese Mail.

Bis bald!
Team Sommerakademie
Jugendring Dortmund & Kommunales Integrationszentrum Dortmund"""


def reminder(first, ws, persons):
    """The 7-day reminder mailbot sent (quoted in one cancellation)."""
    return f"""Hallo {first},

in einer Woche ist es so weit: Sommerakademie junger Migrant*innenorganisationen
2027, Samstag, 21. August, 10 Uhr bis Sonntag, 22. August 2027, 16 Uhr,
Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund.

Dein Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Du kannst doch nicht kommen? Dann antworte bitte kurz auf diese Mail, damit
jemand von der Warteliste nachrücken kann.

Bis nächste Woche!
Team Sommerakademie
Jugendring Dortmund & Kommunales Integrationszentrum Dortmund"""


def confirmation_message(to, first, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_SA
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(first, ws, persons), charset="utf-8",
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
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
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
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
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


def gmail_html(text, rtl=False, quote_html=""):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    lines = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{lines}</blockquote></div>")


def apple_html(text, quote=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attribution, quoted = quote
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\">{esc(attribution)}<br><br>"
                  f"{q}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">" + inner + "</body></html>\n")


def samsung_html(text):
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"</head><body>{inner}</body></html>\n")


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
# Out-of-office of an association office answering the invitation (Auto-Submitted: auto-replied).

@mail("bjm-nrw-office-out-of-office", "2027-06-01 11:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Geschäftsstelle Bund junger Migrant*innen NRW" <info@bjm-nrw.example>'),
           ("To", TO_SA),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ooo.1780304441.77213@bjm-nrw.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

danke für deine/Ihre Nachricht! Unsere Geschäftsstelle ist vom 31. Mai bis
zum 14. Juni 2027 nicht besetzt. Mails werden in dieser Zeit nicht gelesen
und nicht weitergeleitet.

In dringenden Fällen erreichst du den Vorstand unter vorstand@bjm-nrw.example.

Viele Grüße
Bund junger Migrant*innen NRW
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Gmail reply quoting the whole invitation (all 4 workshops); lowercase + emoji; choice only in new text; 2 persons.

AYDIN_TEXT = """heyy 🙌

wir sind dabei!! ich will unbedingt zu social media 📱 unsere insta ist grad echt tot 😅
ich komm mit meiner cousine Berfin, also sind wir 2

lg
Dilan Aydın (sie/ihr)
Kurdische Jugend Dortmund e.V.
@kurdischejugend.do"""

INVITATION_ATTR_DE = (f"Am Di., 1. Juni 2027 um 11:00 Uhr schrieb {SA_NAME} <{SA}>:")


@mail("aydin-gmail-reply-quoting-invitation", "2027-06-02 09:14:27",
      E("registration", "dilan.aydin@gmail.example", "Dilan Aydın",
        "Kurdische Jugend Dortmund e.V.", ["SOCIAL"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dilan Aydın <dilan.aydin@gmail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kd8wQ1p9Zr2vYb7nHt0mXs4cLq6eJu5oAi8gTf2wRk1yN0a@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{AYDIN_TEXT}\n\n{INVITATION_ATTR_DE}\n\n{gt_quote(INVITATION)}"
    m.alternative(plain, gmail_html(AYDIN_TEXT, quote_html=gmail_quote_html(
        INVITATION_ATTR_DE, INVITATION)), style="gmail")


# -- 003 ---------------------------------------------------------------------
# English Gmail: 'Workshop 2' first, 'event management' second; 'me and two friends' = 3.

OKONKWO_TEXT = """Hi Sommerakademie team!

I'm Chidera (she/her) and I'm on the board of the African Students Union Dortmund. Three of us would love to come – me and two friends from the board (Kelechi and Amara).

We'd like to join Workshop 2 (fundraising) since we're trying to get money together for our Afro Culture Night in November. If that one's full, event management would be our second choice.

Can't wait!! ✨
Chidera Okonkwo
African Students Union Dortmund
IG: @asu.dortmund"""


@mail("okonkwo-english-first-second-choice", "2027-06-02 21:40:03",
      E("registration", "chidera.okonkwo@gmail.example", "Chidera Okonkwo",
        "African Students Union Dortmund", ["FUND", "EVENT"], 3, "en"), "en")
def _(m):
    m.head(("From", "Chidera Okonkwo <chidera.okonkwo@gmail.example>"),
           ("To", SA),
           ("Subject", "Registration Sommerakademie – ASU Dortmund"),
           ("Date", m.date),
           ("Message-ID", "<CAMx0bN7eR4tY8uP2qW6zK1dF3gH9jL5cV0aS7oI2mQ8nE4rT6u@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), style="gmail")


# -- 004 ---------------------------------------------------------------------
# iPhone lowercase: 'ich + @handle + @handle' = 3; nickname signature so display name; org in lowercase.

@mail("kaya-iphone-insta-handles", "2027-06-03 23:55:12",
      E("registration", "zeynep.kaya02@icloud.example", "Zeynep Kaya",
        "anadolu gençlik dortmund", ["POWER"], 3, "de"), "de")
def _(m):
    m.head(("From", "Zeynep Kaya <zeynep.kaya02@icloud.example>"),
           ("To", SA),
           ("Subject", "anmeldung 🔥"),
           ("Date", m.date),
           ("Message-ID", "<7E2B9C41-5D8A-4F36-9B1E-0C3A6D8F2E47@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""hii

ich + @selin.kyy + @mel.oztrk wollen zur sommerakademie 💜 wir nehmen empowerment, safer spaces ist genau unser thema

wir sind alle von der anadolu gençlik dortmund

danke!!
zeyno

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Youth worker registers 5 young adults + herself = 6; Outlook mixed with PDF; Träger footer is not the org.

KOWALSKI_TEXT = """Liebes Team der Sommerakademie,

hiermit melde ich eine Gruppe aus unserem Jugendtreff zur Sommerakademie an: fünf junge Erwachsene zwischen 18 und 21 Jahren und mich als Begleitung, also insgesamt 6 Personen.

Die Gruppe möchte gern in den Workshop Event Management – die Jugendlichen planen gerade ihr erstes eigenes Stadtteilfest in der Nordstadt und können jeden Tipp gebrauchen. Die Namen der Teilnehmenden finden Sie in der angehängten Liste.

Eine Übernachtung brauchen wir nicht, wir wohnen alle in Dortmund.

Viele Grüße

Sandra Kowalski
Sozialpädagogin
Jugendtreff Nordstadt
Mallinckrodtstraße 212, 44147 Dortmund
Tel. 0231 / 18 44 27-3

Der Jugendtreff Nordstadt ist eine Einrichtung des Jugendhilfe Nordstadt e.V."""


@mail("kowalski-youth-worker-group-pdf", "2027-06-04 10:12:55",
      E("registration", "s.kowalski@jugendtreff-nordstadt.example", "Sandra Kowalski",
        "Jugendtreff Nordstadt", ["EVENT"], 6, "de"), "de")
def _(m):
    m.head(("From", '"Kowalski, Sandra" <s.kowalski@jugendtreff-nordstadt.example>'),
           ("To", TO_SA),
           ("Subject", "Anmeldung Gruppe Jugendtreff Nordstadt"),
           ("Thread-Topic", "Anmeldung Gruppe Jugendtreff Nordstadt"),
           ("Thread-Index", "AdtV2c1xq8K0Z3mYRa6Tn9wPe4bLHg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB6421B7C9E2F1A0D3C5B8@AM0PR04MB6421.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(outlook_plain(KOWALSKI_TEXT), outlook_html(KOWALSKI_TEXT),
                        charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    pdf = m.binary(make_pdf(["Sommerakademie 2027 - Teilnehmende",
                             "Jugendtreff Nordstadt - Workshop Event Management",
                             "1. Ali K. (19)", "2. Jana M. (18)", "3. Osman B. (21)",
                             "4. Precious A. (20)", "5. Vanessa T. (18)",
                             "Begleitung: Sandra Kowalski"]),
                   "application", "pdf", "Teilnehmende_Jugendtreff_Nordstadt.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 006 ---------------------------------------------------------------------
# German carrying English insertions -> de; nickname display name; inflected org in text, base in signature.

@mail("haddad-denglisch-fundraising", "2027-06-05 17:30:48",
      E("registration", "amir.haddad@gmail.example", "Amir Haddad",
        "Syrische Jugend Ruhr", ["FUND"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Amir H." <amir.haddad@gmail.example>'),
           ("To", SA),
           ("Subject", "Anmeldung Sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<CAPk4yT9wX2eR6uQ0iO8pL3aS5dF7gH1jK4zC9vB2nM6qWe0RtA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hey Leute,

also ich wollte mich mal für die Sommerakademie anmelden 🙋‍♂️ Ich bin Amir (er/ihm), 23, und bin bei der Syrischen Jugend Ruhr im Vorstand. Honestly brauchen wir dringend Skills im Fundraising, weil wir nächstes Jahr ein Projekt mit geflüchteten Jugendlichen starten wollen und literally no budget haben lol. Also Workshop Fundraising bitte!

Ich komm alleine, die anderen sind im August leider alle im Urlaub.

Peace ✌️
Amir Haddad
Syrische Jugend Ruhr
""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Turkish with English workshop names; Event Management else Social Media; '2 kişiyiz'; UTF-8 base64.

YILMAZ_TEXT = """Selam! 👋

Sommerakademie'ye kaydolmak istiyorum. Event Management workshop'una katılmak istiyorum, o dolarsa Social Media da olur.
Arkadaşım Elif de benimle geliyor, yani 2 kişiyiz.

Çok teşekkürler, görüşmek üzere! 🌸
Büşra Yılmaz
Dortmund Türk Gençlik Birliği
insta: @busra.ylmz"""


@mail("yilmaz-turkish-event-else-social", "2027-06-07 20:05:19",
      E("registration", "busra.yilmaz@gmail.example", "Büşra Yılmaz",
        "Dortmund Türk Gençlik Birliği", ["EVENT", "SOCIAL"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Büşra Yılmaz <busra.yilmaz@gmail.example>"),
           ("To", SA),
           ("Subject", "Sommerakademie kayıt 🌸"),
           ("Date", m.date),
           ("Message-ID", "<CAGh2nB8vC4xZ6mL0kJ9hG3fD5sA7pO1iU4yT8rE2wQ6zX0cV9b@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YILMAZ_TEXT, gmail_html(YILMAZ_TEXT), cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Four friends in a numbered list with pronouns and handles (list numbers are not workshops); Apple Mail.

TRAN_TEXT = """Hallo liebes Sommerakademie-Team,

wir sind vier Freundinnen von Vietnamese Youth Dortmund und würden gern zusammen kommen 🥰

Anmeldung für:
1. Linh Tran (sie/ihr) – @linh.trn
2. Mai Pham (sie/ihr) – @maiphm_
3. Thu Nguyen (sie/ihr)
4. Hoa Le (sie/ihr) – @hoa.le.do

Workshop: Social Media & Storytelling, alle vier 📸

Schreibt einfach mir, ich geb's an die anderen weiter.

Liebe Grüße
Linh"""


@mail("tran-four-friends-list", "2027-06-08 18:44:36",
      E("registration", "linh.tran@web.example", "Linh Tran",
        "Vietnamese Youth Dortmund", ["SOCIAL"], 4, "de"), "de")
def _(m):
    m.head(("From", "Linh Tran <linh.tran@web.example>"),
           ("To", SA),
           ("Subject", "Anmeldung 4 Personen 📸"),
           ("Date", m.date),
           ("Message-ID", "<3A9F0E62-1B7C-4D25-8E43-6F2C9A0B5D18@web.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN_TEXT, apple_html(TRAN_TEXT), style="apple")


# -- 009 ---------------------------------------------------------------------
# English lowercase question: open for people without an org? Registers no one.

@mail("adeyemi-question-no-org", "2027-06-09 01:12:07",
      E("question", "tobi.adeyemi@outlook.example", "Tobi Adeyemi", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Tobi Adeyemi <tobi.adeyemi@outlook.example>"),
           ("To", SA),
           ("Subject", "question about the summer academy"),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1766C2E5A8B1F4D7@DU0P192MB1766.EURP192.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hey 👋

quick question: is the summer academy also open for people who aren't in an org (yet)? i'm 24, moved to dortmund from lagos last year and i'm kinda looking for a community to join. and if yes, do i need to bring anything?

thanks a lot
tobi
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Learner German; 'Workshop 4 ... (Empowerment)'; ages and years are no party size.

MELNYK_TEXT = """Hallo!

Ich heiße Daria Melnyk, ich bin 19 Jahre und ich bin seit 2023 in Dortmund. Ich bin Mitglied bei „Ukrainische Jugend Ruhr“. Ich möchte mich für Workshop 4 anmelden (Empowerment). Ich komme allein.

Ich brauche keine Übernachtung, ich wohne in Dortmund-Hörde 🙂

Vielen Dank!
Daria"""


@mail("melnyk-learner-german-workshop-4", "2027-06-10 16:20:33",
      E("registration", "daria.melnyk@gmail.example", "Daria Melnyk",
        "Ukrainische Jugend Ruhr", ["POWER"], 1, "de"), "de")
def _(m):
    m.head(("From", "Daria Melnyk <daria.melnyk@gmail.example>"),
           ("To", SA),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAJq5rT0yU3iO7pA1sD9fG2hJ6kL4zX8cV1bN5mQ3wE7rT0yU2i@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), style="gmail")


# -- 011 ---------------------------------------------------------------------
# Ukrainian iPhone, base64; 'втрьох' = 3; Cyrillic signature beats Latin display name.

@mail("bondar-ukrainian-iphone", "2027-06-11 12:03:50",
      E("registration", "sofiia.bondar@icloud.example", "Софія Бондар",
        "Mriya e.V.", ["FUND"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Sofiia Bondar <sofiia.bondar@icloud.example>"),
           ("To", SA),
           ("Subject", "Реєстрація Sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<B5D27E03-9A41-4C6F-8E2B-1F7D0C3A9E64@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Привіт! 👋

Хочу зареєструватися на Sommerakademie 21–22 серпня. Нас цікавить воркшоп Fundraising 💸 – ми якраз шукаємо гроші на наш літній табір.
Прийдемо втрьох: я і дві подруги з нашої організації.

Дякую!
Софія Бондар
Mriya e.V.

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Lowercase 'moin'; empowerment else social media; '-- ' signature with pronouns and handle; format=flowed.

@mail("berhane-lowercase-fallback", "2027-06-12 14:40:21",
      E("registration", "jonas.berhane@posteo.example", "Jonas Berhane",
        "Eritreische Jugend NRW", ["POWER", "SOCIAL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jonas Berhane <jonas.berhane@posteo.example>"),
           ("To", SA),
           ("Subject", "sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<9c1e4b27-70af-4d3e-b8a2-5e6f1d0c3b94@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""moin,

würde gern zum empowerment workshop kommen, bin allein unterwegs. falls der voll ist, nehm ich social media

danke euch!

-- 
Jonas Berhane (er/ihm)
Eritreische Jugend NRW
ig: @jonas.brhn
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 013 ---------------------------------------------------------------------
# English carrying German words ('Mitbewohnerin', 'Quick Frage') -> en; 2 persons; registration plus question.

STOJANOVIC_TEXT = """Hey team!

Me and my Mitbewohnerin Jelena would like to come to the Sommerakademie 🙌 We're both active in Roma Youth Voices Dortmund and we're planning a small Kulturfest in the Nordstadt in autumn, so Workshop 3 (Event Management) sounds perfect for us.

Quick Frage: is the lunch vegan-friendly? Jelena is vegan.

Thanks so much!
Ana Stojanović (she/her)
Roma Youth Voices Dortmund"""


@mail("stojanovic-english-with-german-words", "2027-06-14 11:09:14",
      E("registration", "stojanovic.ana@gmail.example", "Ana Stojanović",
        "Roma Youth Voices Dortmund", ["EVENT"], 2, "en"), "en")
def _(m):
    m.head(("From", "Ana Stojanović <stojanovic.ana@gmail.example>"),
           ("To", SA),
           ("Subject", "Sommerakademie – 2 people from Roma Youth Voices"),
           ("Date", m.date),
           ("Message-ID", "<CAE8tR1yU5iO9pA3sD7fG0hJ4kL2zX6cV9bN3mQ1wE5rT8yU0iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(STOJANOVIC_TEXT, gmail_html(STOJANOVIC_TEXT), style="gmail")


# -- 014 ---------------------------------------------------------------------
# Chair forwards a member's request and asks to answer her: member's email, name, workshop.

@mail("ezidische-jugend-forwards-rojin", "2027-06-15 08:31:40",
      E("registration", "rojin.demir@gmail.example", "Rojin Demir",
        "Ezidische Jugend Dortmund e.V.", ["FUND"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ezidische Jugend Dortmund <info@ezidische-jugend-do.example>"),
           ("To", SA),
           ("Subject", "Fwd: sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<CAL1wQ7eR3tY5uI9oP0aS2dF4gH6jK8lZ1xC3vB5nM7qWe9RtYu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich leite euch mal die Anmeldung von Rojin weiter, sie hat mir geschrieben statt euch 😄 Bitte antwortet direkt an sie (rojin.demir@gmail.example).

Liebe Grüße
Dilvin Khalaf
Ezidische Jugend Dortmund e.V. – Vorstand

---------- Weitergeleitete Nachricht ---------
Von: Rojin Demir <rojin.demir@gmail.example>
Date: Mo., 14. Juni 2027 um 22:47 Uhr
Subject: sommerakademie
To: Ezidische Jugend Dortmund <info@ezidische-jugend-do.example>


hey dilvin, kannst du mich bitte für die sommerakademie anmelden? ich will zu fundraising, wir brauchen ja noch geld für unser sommerfest 😂 komme alleine
danke dir 💕
rojin
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Jugendring newsletter naming the academy, its workshops and 'Anmeldung' (other).

JUGENDRING_TEXT = """Jugendring Dortmund – Newsletter Juni 2027

Hallo zusammen,

das steht diesen Monat an:

1. Sommerakademie junger Migrant*innenorganisationen am 21./22. August
Zwei Tage, vier Workshops: Social Media & Storytelling, Fundraising & Förderanträge, Event Management sowie Empowerment & Safer Spaces. Für junge Leute von 18 bis 27. Anmeldung bis 8. August per Mail an sommerakademie@dortmund.example.

2. Juleica-Grundkurs in den Herbstferien
Noch 6 Plätze frei! Infos und Anmeldung: https://jugendring-dortmund.example/juleica

3. Förderfonds "Jugend macht Stadt"
Bis zu 1.500 Euro für Projekte von Jugendgruppen. Antragsfrist: 30. September 2027.

Du bekommst diesen Newsletter, weil du dich auf unserer Website eingetragen hast.
Abmelden: https://jugendring-dortmund.example/newsletter/abmelden?u=5512
Jugendring Dortmund · Friedensplatz 8 · 44135 Dortmund"""

JUGENDRING_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Juni 2027</title></head>
<body style="margin:0;background:#f4f0fa;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222;">
<tr><td style="background:#6e28a0;color:#fff;"><h1 style="margin:0;font-size:22px;">Jugendring Dortmund</h1><p style="margin:4px 0 0;">Newsletter Juni 2027</p></td></tr>
<tr><td>
<p>Hallo zusammen,</p>
<p>das steht diesen Monat an:</p>
<h2 style="font-size:17px;color:#6e28a0;">1. Sommerakademie junger Migrant*innenorganisationen am 21./22. August</h2>
<p>Zwei Tage, vier Workshops: Social Media &amp; Storytelling, Fundraising &amp; Förderanträge, Event Management sowie Empowerment &amp; Safer Spaces. Für junge Leute von 18 bis 27. Anmeldung bis 8. August per Mail an <a href="mailto:sommerakademie@dortmund.example">sommerakademie@dortmund.example</a>.</p>
<h2 style="font-size:17px;color:#6e28a0;">2. Juleica-Grundkurs in den Herbstferien</h2>
<p>Noch 6 Plätze frei! <a href="https://jugendring-dortmund.example/juleica">Infos und Anmeldung</a></p>
<h2 style="font-size:17px;color:#6e28a0;">3. Förderfonds „Jugend macht Stadt“</h2>
<p>Bis zu 1.500 Euro für Projekte von Jugendgruppen. Antragsfrist: 30. September 2027.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Du bekommst diesen Newsletter, weil du dich auf unserer Website eingetragen hast.<br>
<a href="https://jugendring-dortmund.example/newsletter/abmelden?u=5512">Abmelden</a> · Jugendring Dortmund · Friedensplatz 8 · 44135 Dortmund</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("jugendring-newsletter", "2027-06-16 10:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Jugendring Dortmund <newsletter@jugendring-dortmund.example>"),
           ("To", SA),
           ("Subject", "Newsletter Jugendring Dortmund – Juni 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-06.5512.a81c0e@jugendring-dortmund.example>"),
           ("List-Id", "Newsletter Jugendring <newsletter.jugendring-dortmund.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@jugendring-dortmund.example?subject=5512>, <https://jugendring-dortmund.example/newsletter/abmelden?u=5512>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(JUGENDRING_TEXT, JUGENDRING_HTML, charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# iPhone, emoji display name; 'ich + 2 Mädels' = 3; Social Media else Empowerment; handle after the org.

EL_AMIN_TEXT = """Hallooo ihr Lieben 💫

ich + 2 Mädels aus unserem Verein wollen unbedingt zur Sommerakademie!! Erstwunsch Social Media, falls voll dann Empowerment 🙏

Wir sind von Amal Jugend e.V. (@amal.jugend)

Freu mich mega!
Nour El-Amin (sie/ihr) 🌙

Von meinem iPhone gesendet"""


@mail("el-amin-iphone-two-girls", "2027-06-17 22:18:09",
      E("registration", "nour.elamin@icloud.example", "Nour El-Amin",
        "Amal Jugend e.V.", ["SOCIAL", "POWER"], 3, "de"), "de")
def _(m):
    m.head(("From", "Nour 🌙 <nour.elamin@icloud.example>"),
           ("To", SA),
           ("Subject", "Sommerakademie 💫"),
           ("Date", m.date),
           ("Message-ID", "<E4C81A5F-2D93-4B07-A6E1-8F0B3C7D9A52@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.alternative(EL_AMIN_TEXT, apple_html(EL_AMIN_TEXT), style="apple")


# -- 017 ---------------------------------------------------------------------
# Arabic with Arabic-Indic digits (age, dates); 'نحن شخصان' = 2; Latin signature; Gmail RTL base64.

AL_HALABI_TEXT = """مرحباً 👋

اسمي عمر، عمري ٢٢ سنة، وأنا عضو في جمعية الطلاب السوريين في دورتموند.
أريد التسجيل في الـ Sommerakademie يومي ٢١ و٢٢ آب/أغسطس.
أرغب في المشاركة في ورشة Event Management، لأننا ننظم كل سنة حفلة كبيرة للطلاب الجدد.
سأحضر مع صديقي يوسف، يعني نحن شخصان.

شكراً جزيلاً!
Omar Al-Halabi
Syrischer Studierendenverein Dortmund e.V."""


@mail("al-halabi-arabic-event", "2027-06-18 13:27:45",
      E("registration", "omar.alhalabi@gmail.example", "Omar Al-Halabi",
        "Syrischer Studierendenverein Dortmund e.V.", ["EVENT"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Al-Halabi <omar.alhalabi@gmail.example>"),
           ("To", SA),
           ("Subject", "تسجيل – Sommerakademie 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAHw3eR5tY7uI1oP9aS4dF6gH8jK0lZ2xC5vB7nM9qWe1RtYuIo@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AL_HALABI_TEXT, gmail_html(AL_HALABI_TEXT, rtl=True), cte="base64",
                  style="gmail")


# -- 018 ---------------------------------------------------------------------
# Lowercase cancellation, Gmail reply quoting the confirmation; signed 'melis' so display name.

@mail("sahin-cancel-wedding", "2027-06-20 19:02:51",
      E("cancellation", "melis.sahin@gmail.example", "Melis Şahin", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Melis Şahin <melis.sahin@gmail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB6yU8iO2pA4sD0fG5hJ7kL9zX1cV3bN6mQ8wE0rT2yU4iO6pA@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270609192214.6b1f@dortmund.example>"),
           ("References", "<mailbot.20270609192214.6b1f@dortmund.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""hey,

sorry 😞 ich muss leider absagen, hab an dem wochenende doch ne hochzeit in izmir, meine cousine heiratet. nächstes jahr bin ich safe dabei!

lg melis

Am Mi., 9. Juni 2027 um 19:22 Uhr schrieb {SA_NAME} <{SA}>:

{gt_quote(confirmation("Melis", "SOCIAL", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Youth worker registers one young woman who comes alone and asks to confirm to her address; Outlook cp1252.

REINHOLZ_TEXT = """Hallo liebes Team der Sommerakademie,

für den Multikulturellen Jugendtreff Hörde e.V. melde ich unsere Teilnehmerin Aylin Korkmaz (20) an. Sie möchte gern in den Workshop Fundraising & Förderanträge, weil sie bei uns gerade die Finanzen der Jugendgruppe übernimmt. Ich selbst komme nicht mit.

Bitte schicken Sie die Bestätigung direkt an Aylin: aylin.korkmaz@gmx.example

Viele Grüße
Thomas Reinholz
Jugendbildungsreferent
Multikultureller Jugendtreff Hörde e.V.
Hörder Bahnhofstraße 9 | 44263 Dortmund"""


@mail("reinholz-registers-korkmaz", "2027-06-21 09:45:02",
      E("registration", "aylin.korkmaz@gmx.example", "Aylin Korkmaz",
        "Multikultureller Jugendtreff Hörde e.V.", ["FUND"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Reinholz, Thomas" <t.reinholz@mjt-hoerde.example>'),
           ("To", TO_SA),
           ("Subject", "Anmeldung Aylin Korkmaz"),
           ("Thread-Topic", "Anmeldung Aylin Korkmaz"),
           ("Thread-Index", "AdtmF0a1pQ3vX7nYc2Rk9uB4eW6sLA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB7730E1D4A9C2B6F8E3A0@AM0PR04MB7730.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(REINHOLZ_TEXT), outlook_html(REINHOLZ_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# English they/them; full workshop title; 'just me'; also asks about a quiet room (registration).

RAHIMI_TEXT = """hi hi!

I'm Sami (they/them), 22, and I'm part of the Queer Migrant Youth Collective Dortmund. I'd love to join Empowerment & Safer Spaces – that's literally our whole thing lol 🏳️‍🌈

It's just me. Also, will there be a quiet room? Big crowds get a bit much for me sometimes.

thank u!!
Sami Rahimi
Queer Migrant Youth Collective Dortmund
@qmyc.dortmund"""


@mail("rahimi-english-they-them", "2027-06-22 23:30:18",
      E("registration", "sami.rahimi@posteo.example", "Sami Rahimi",
        "Queer Migrant Youth Collective Dortmund", ["POWER"], 1, "en"), "en")
def _(m):
    m.head(("From", "Sami Rahimi <sami.rahimi@posteo.example>"),
           ("To", SA),
           ("Subject", "sign up 🏳️‍🌈"),
           ("Date", m.date),
           ("Message-ID", "<5F0A8D31-C7E2-4B96-9D14-2A6E8C0F3B75@posteo.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHIMI_TEXT, apple_html(RAHIMI_TEXT), style="apple")


# -- 021 ---------------------------------------------------------------------
# Change phrased as a question ('kann ich ... wechseln?'), iPhone reply quoting the confirmation.

BUTT_TEXT = """hii 🙏

kann ich doch lieber zu event management wechseln? meine freundin ist da auch angemeldet und wir wollen zusammen hin 😅

danke!!
hira"""

BUTT_ATTR = f"Am 20.06.2027 um 14:11 schrieb {SA_NAME} <{SA}>:"


@mail("butt-change-to-event-iphone", "2027-06-24 12:15:37",
      E("change", "hira.butt@icloud.example", "Hira Butt", None, ["EVENT"], None, "de"), "de")
def _(m):
    m.head(("From", "Hira Butt <hira.butt@icloud.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0B6E3F95-48A1-4D7C-B2E8-9C5F1A7D3E20@icloud.example>"),
           ("In-Reply-To", "<mailbot.20270620141102.2d7e@dortmund.example>"),
           ("References", "<mailbot.20270620141102.2d7e@dortmund.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Hira", "FUND", 1)
    plain = f"{BUTT_TEXT}\n\nVon meinem iPhone gesendet\n\n> {BUTT_ATTR}\n> \n{gt_quote(conf)}"
    m.alternative(plain, apple_html(BUTT_TEXT + "\n\nVon meinem iPhone gesendet",
                                    (BUTT_ATTR, conf)), style="apple")


# -- 022 ---------------------------------------------------------------------
# Form block 'Workshop: 2 (Fundraising)' / 'Zweitwunsch: 3' / 'Personen: 1'; GMX iso-8859-1 QP.

@mail("papadaki-form-block-latin1", "2027-06-25 10:50:26",
      E("registration", "eleni.papadaki@gmx.example", "Eleni Papadaki",
        "Griechische Jugend Dortmund", ["FUND", "EVENT"], 1, "de"), "de")
def _(m):
    m.head(("From", "Eleni Papadaki <eleni.papadaki@gmx.example>"),
           ("To", SA),
           ("Subject", "Anmeldung Sommerakademie 2027"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e8a1c3f-6b2d-4f90-a7e5-c1d3f5b7e9a2-1782377426118@3c-app-gmx-bs59>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich zur Sommerakademie an:

Name: Eleni Papadaki
Pronomen: sie/ihr
Verein: Griechische Jugend Dortmund
Workshop: 2 (Fundraising)
Zweitwunsch: 3
Personen: 1
Übernachtung: nein

Viele Grüße
Eleni
""", charset="iso-8859-1", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Siblings for two different workshops: writer's choice only, party counts both; lowercase org.

@mail("dogan-siblings-two-workshops", "2027-06-27 15:33:58",
      E("registration", "helin.dogan@gmail.example", "Helin Doğan",
        "jugendgruppe der alevitischen gemeinde dortmund", ["SOCIAL"], 2, "de"), "de")
def _(m):
    m.head(("From", "Helin Doğan <helin.dogan@gmail.example>"),
           ("To", SA),
           ("Subject", "anmeldung sommerakademie"),
           ("Date", m.date),
           ("Message-ID", "<CAK9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO7pA9sD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo 😊

ich (helin, sie/ihr) und mein bruder baran wollen zur sommerakademie kommen. ich will zu social media, baran lieber zu fundraising – geht das, dass wir in verschiedene workshops gehen?

wir sind von der jugendgruppe der alevitischen gemeinde dortmund

liebe grüße
Helin Doğan
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Question before registering (overnight stay, travel costs); '3–4 Leuten' is no registration.

@mail("nguyen-bielefeld-question", "2027-06-28 19:20:44",
      E("question", "kevin.nguyen@web.example", "Kevin Nguyen",
        "Viet Jugend Bielefeld", [], None, "de"), "de")
def _(m):
    m.head(("From", "Kevin Nguyen <kevin.nguyen@web.example>"),
           ("To", SA),
           ("Subject", "Frage Übernachtung + Fahrtkosten"),
           ("Date", m.date),
           ("Message-ID", "<1782667244.318805.2231@webmail.web.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

wir sind ein paar Leute von der Viet Jugend Bielefeld und überlegen, zur Sommerakademie zu kommen. Zwei Fragen vorher:
1. Gibt es die Übernachtung in der Jugendherberge auch für Leute aus Bielefeld, und kostet die was?
2. Werden die Fahrtkosten auch erstattet, wenn wir mit dem RE aus Bielefeld kommen (das ist ja nicht mehr VRR)?

Wenn das klappt, melden wir uns dann mit 3–4 Leuten richtig an.

Danke & Grüße
Kevin Nguyen
Viet Jugend Bielefeld
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Russian; Cyrillic nickname display name, Latin full name in the signature; Social Media else Event.

SCHMIDT_TEXT = """Привет! 😊

Хочу записаться на Sommerakademie в августе. Мне интересен воркшоп Social Media – хочу научиться делать нормальные рилсы для нашего клуба 😅 Если там не будет мест, то Event Management.
Буду одна.

Спасибо!
Anastasia Schmidt
Jugendclub Perspektive e.V."""


@mail("schmidt-russian-social-else-event", "2027-06-30 21:05:31",
      E("registration", "nastja.schmidt@mail.example", "Anastasia Schmidt",
        "Jugendclub Perspektive e.V.", ["SOCIAL", "EVENT"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Настя <nastja.schmidt@mail.example>"),
           ("To", SA),
           ("Subject", "Sommerakademie – запись"),
           ("Date", m.date),
           ("Message-ID", "<1782846331.720418855@f331.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in SCHMIDT_TEXT.split("\n"))
        + "</div></BODY></HTML>\n")
    m.alternative(SCHMIDT_TEXT, html_text)


# -- 026 ---------------------------------------------------------------------
# HTML only (Outlook on the web); 'ich und 3 Jungs' = 4 next to 'über 200 Leuten'; full name in the text.

OEZTUERK_TEXT = """Hallo zusammen,

ich (Mehmet Can Öztürk, er/ihm) und 3 Jungs aus der Jugendabteilung von unserem Verein wollen uns für die Sommerakademie anmelden ⚽ Wir organisieren jedes Jahr ein Jugendturnier mit über 200 Leuten und wollen das endlich professioneller aufziehen, deshalb: Event Management.

Grüße
Mehmet Can
SV Ay Yıldız Dortmund"""


@mail("oeztuerk-html-only-event", "2027-07-01 18:48:12",
      E("registration", "mehmetcan.oeztuerk@outlook.example", "Mehmet Can Öztürk",
        "SV Ay Yıldız Dortmund", ["EVENT"], 4, "de"), "de")
def _(m):
    m.head(("From", "Mehmet Can Öztürk <mehmetcan.oeztuerk@outlook.example>"),
           ("To", SA),
           ("Subject", "Anmeldung SV Ay Yıldız Jugend"),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2034A7E3C1F9D5B2@GV1P195MB2034.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = "".join(f"<div style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, "
                   f"Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
                   f"{esc(line) if line else '<br>'}</div>"
                   for line in OEZTUERK_TEXT.split("\n"))
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
                 "charset=utf-8\">\n<style type=\"text/css\" style=\"display:none;\"> "
                 "P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
                 f"<body dir=\"ltr\">\n{body}\n</body>\n</html>\n")
    m.single(html_text, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Postfix bounce of a confirmation to a 'gmial' typo domain, confirmation returned as message/rfc822.

@mail("postfix-bounce-gmial-typo", "2027-07-02 09:31:07",
      E("bounce", bounced="jasmin.okoro@gmial.example"), "en")
def _(m):
    rcpt = "jasmin.okoro@gmial.example"
    m.head(("From", "MAILER-DAEMON@mail.dortmund.example (Mail Delivery System)"),
           ("To", SA),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270702073107.4C8E21A0F3@mail.dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.dortmund.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error for
    name=gmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.dortmund.example"),
         ("X-Postfix-Queue-ID", "4C8E21A0F3"),
         ("X-Postfix-Sender", f"rfc822; {SA}"),
         ("Arrival-Date", "Fri,  2 Jul 2027 09:31:04 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=gmial.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Jasmin Okoro <{rcpt}>", "Jasmin", "SOCIAL", 2,
        "Fri, 02 Jul 2027 09:31:04 +0200", "<mailbot.20270702093104.8a3c@dortmund.example>",
        "<CAQ2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2yU@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 028 ---------------------------------------------------------------------
# Shared association inbox in From, coordinator's Reply-To; 'four ... plus myself – so 5'; title before org.

SIVAKUMAR_TEXT = """Hello Sommerakademie team,

I'm Priya, I coordinate the youth group of Tamil Youth Dortmund. I'd like to register four of our young people plus myself – so 5 people in total.

First choice: Social Media & Storytelling (we want to document our heritage projects better). Second choice: Event Management.

Could you please send the confirmation to my own email address? This one is our shared inbox.

Best wishes,
Priya Sivakumar (she/her)
Youth Coordinator, Tamil Youth Dortmund"""


@mail("sivakumar-shared-inbox-reply-to", "2027-07-04 16:12:40",
      E("registration", "priya.sivakumar@gmail.example", "Priya Sivakumar",
        "Tamil Youth Dortmund", ["SOCIAL", "EVENT"], 5, "en"), "en")
def _(m):
    m.head(("From", "Tamil Youth Dortmund <info@tamilyouth-do.example>"),
           ("Reply-To", "Priya Sivakumar <priya.sivakumar@gmail.example>"),
           ("To", SA),
           ("Subject", "Registration – Tamil Youth Dortmund (5 people)"),
           ("Date", m.date),
           ("Message-ID", "<CAR4tY6uI8oP0aS2dF4gH6jK8lZ0xC2vB4nM6qWe8RtYuIoPaSd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SIVAKUMAR_TEXT, gmail_html(SIVAKUMAR_TEXT), style="gmail")


# -- 029 ---------------------------------------------------------------------
# Change of party size only (2 -> 4, 'Same workshop ofc'), Outlook for iOS English header block.

@mail("mensah-change-party-outlook-ios", "2027-07-05 08:20:55",
      E("change", "grace.mensah@outlook.example", "Grace Mensah",
        "Ghana Youth Ruhr", [], 4, "en"), "en")
def _(m):
    m.head(("From", "Grace Mensah <grace.mensah@outlook.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB1925F3B7D0E4A6C1@AS8P189MB1925.EURP189.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270623204705.c40b@dortmund.example>"),
           ("References", "<mailbot.20270623204705.c40b@dortmund.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    text = f"""Hey!

Small update: we're now 4 instead of 2 – two more girls from our group want to come too 🥳 Same workshop ofc. Is that still ok?

Thanks!
Grace Mensah
Ghana Youth Ruhr

Get Outlook for iOS
________________________________
From: {SA_NAME} <{SA}>
Sent: Wednesday, June 23, 2027 8:47:05 PM
To: Grace Mensah <grace.mensah@outlook.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Grace", "POWER", 2)}"""
    m.single(text, charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Two named members 'zu zweit'; 'Workshop Nr. 2'; Thunderbird iso-8859-2, From name Q-encoded.

@mail("wojcik-iso-8859-2-workshop-nr-2", "2027-07-06 20:41:29",
      E("registration", "michal.wojcik@onet.example", "Michał Wójcik",
        'Polnischer Jugendverein Dortmund "Razem" e.V.', ["FUND"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Michał Wójcik", "michal.wojcik@onet.example", "iso-8859-2", "q")),
           ("To", SA),
           ("Subject", "Anmeldung Sommerakademie (2 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<4d2f8a61-93c7-4b1e-a5d0-7e9c3f1b6a28@onet.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

wir, Michał Wójcik und Kasia Nowak vom Polnischen Jugendverein Dortmund "Razem", möchten uns für die Sommerakademie anmelden. Wir wollen beide in Workshop Nr. 2, Fundraising. Wir sind also zu zweit.

Danke und bis August!
Michał Wójcik
Polnischer Jugendverein Dortmund "Razem" e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Turkish iso-8859-9 8bit; Empowerment; 'toplam 3 kişiyiz'; inflected org in text, base in signature.

@mail("celik-turkish-iso-8859-9", "2027-07-08 14:02:16",
      E("registration", "emre.celik@yandex.example", "Emre Çelik",
        "Dortmund Gençlik Platformu", ["POWER"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Çelik", "emre.celik@yandex.example", "iso-8859-9", "q")),
           ("To", SA),
           ("Subject", ew("Sommerakademie kaydı - Empowerment", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<a7e1c9f3-2b5d-4e80-9f36-1d4b7c0e8a52@yandex.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ben Emre Çelik, Dortmund Gençlik Platformu'ndan yazıyorum. Sommerakademie'ye kayıt olmak istiyorum. Empowerment atölyesine katılmak istiyoruz.
İki arkadaşımla birlikte geleceğim, yani toplam 3 kişiyiz.

Görüşmek üzere,
Emre Çelik
Dortmund Gençlik Platformu
""", charset="iso-8859-9", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Youth worker asks about age 17 and wheelchair access before registering (question).

@mail("hoffmann-youth-worker-questions", "2027-07-09 11:25:03",
      E("question", "b.hoffmann@jugendhaus-eving.example", "Birgit Hoffmann",
        "Interkulturelles Jugendhaus Eving", [], None, "de"), "de")
def _(m):
    m.head(("From", "Birgit Hoffmann <b.hoffmann@jugendhaus-eving.example>"),
           ("To", SA),
           ("Subject", "Fragen vor der Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270709112503.Horde.kQ7x2LmN4pR6sT8vW0yZ1a@webmail.jugendhaus-eving.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich arbeite im Interkulturellen Jugendhaus Eving und würde gern mit einer kleinen Gruppe zur Sommerakademie kommen. Zwei Fragen vorab:

– Zwei unserer Jugendlichen sind erst 17. Dürfen sie trotzdem mitmachen, wenn ich als Begleitung dabei bin?
– Eine Teilnehmerin nutzt einen Rollstuhl. Ist das Dietrich-Keuning-Haus barrierefrei, auch die Workshopräume?

Danke für eine kurze Rückmeldung, dann melden wir uns an.

Viele Grüße
Birgit Hoffmann
Interkulturelles Jugendhaus Eving
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Dictated, one lowercase sentence without punctuation; 'workshop eins social media'; alone.

@mail("el-idrissi-dictated-no-punctuation", "2027-07-10 00:37:49",
      E("registration", "yasin.elidrissi@gmail.example", "Yasin El Idrissi",
        "marokkanische jugend dortmund", ["SOCIAL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Yasin El Idrissi <yasin.elidrissi@gmail.example>"),
           ("To", SA),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAS7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO7pB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo ich bin yasin el idrissi ich will mich anmelden für die sommerakademie workshop eins social media ich komme alleine mein verein ist marokkanische jugend dortmund danke lg yasin
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# English Gmail cancellation of a whole group of 3, quoting the German confirmation.

@mail("kamara-cancel-group-english", "2027-07-12 17:50:22",
      E("cancellation", "aisha.kamara@gmail.example", "Aisha Kamara",
        "Sierra Leone Youth Association NRW", [], None, "en"), "en")
def _(m):
    m.head(("From", "Aisha Kamara <aisha.kamara@gmail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAT8uI0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qWe0RtYuIoPaSdFgH@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270624161502.91ad@dortmund.example>"),
           ("References", "<mailbot.20270624161502.91ad@dortmund.example>"),
           ("MIME-Version", "1.0"))
    text = """Hi,

unfortunately our whole group has to cancel 😭 Two of us got weekend shifts at work that we can't swap, and we don't want to come without them. So please take all 3 of us off the list.

Sorry and thanks for everything!
Aisha Kamara
Sierra Leone Youth Association NRW"""
    attr = f"On Thu, Jun 24, 2027 at 4:15 PM {SA_NAME} <{SA}> wrote:"
    conf = confirmation("Aisha", "EVENT", 3)
    m.alternative(f"{text}\n\n{attr}\n\n{gt_quote(conf)}",
                  gmail_html(text, quote_html=gmail_quote_html(attr, conf)), style="gmail")


# -- 035 ---------------------------------------------------------------------
# Samsung Email; 'zu fünft', 'WS 3 (event management)'; lowercase inflected org, base in signature.

AHMADI_TEXT = """hey ihr 👋

wir sind zu fünft von der afghanischen jugend dortmund e.V. und wollen zu WS 3 (event management) 🎉 wir wollen im herbst unser erstes kulturfestival machen und haben null plan wie man sowas organisiert 😂

danke und bis dann!

Mariam Ahmadi | Afghanische Jugend Dortmund e.V. | @afg.jugend.do


Gesendet von meinem Galaxy"""


@mail("ahmadi-samsung-ws3-zu-fuenft", "2027-07-14 19:09:33",
      E("registration", "mariam.ahmadi@gmail.example", "Mariam Ahmadi",
        "Afghanische Jugend Dortmund e.V.", ["EVENT"], 5, "de"), "de")
def _(m):
    m.head(("From", "Mariam Ahmadi <mariam.ahmadi@gmail.example>"),
           ("To", SA),
           ("Subject", "Anmeldung 🎉"),
           ("Date", m.date),
           ("Message-ID", "<m8c2r1-kx4a7-9ztq3b-v0n5w2@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI_TEXT, samsung_html(AHMADI_TEXT), cte="base64", style="samsung")


# -- 036 ---------------------------------------------------------------------
# Exchange out-of-office in English and German (auto-generated, X-Auto-Response-Suppress).

ERASMUS_OOO = """Hi! I'm on Erasmus in Lisbon until 31 July and only check my uni mail occasionally. For anything urgent, please text me.

Hallo! Ich bin bis zum 31. Juli im Erasmus in Lissabon und lese meine Uni-Mails nur ab und zu. Wenn es dringend ist, schreib mir bitte eine Nachricht.

Leon"""


@mail("haidari-erasmus-out-of-office", "2027-07-15 12:00:31",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", '"Haidari, Leon" <leon.haidari@tu-dortmund.example>'),
           ("To", TO_SA),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9dW3k1Lm0xYq7rT2uE5wZ8pN4g=="),
           ("Date", m.date),
           ("Message-ID", "<5b9d2e7f0c1a4e83@EXCH02.tu-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270715120027.e15f@dortmund.example>"),
           ("References", "<mailbot.20270715120027.e15f@dortmund.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ERASMUS_OOO), outlook_html(ERASMUS_OOO),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Youth worker changes workshop (Event -> Social Media) and size (8); Outlook HTML only quoting the confirmation.

AKSOY_TEXT = """Hallo Team der Sommerakademie,

bei unserer Gruppe hat sich einiges getan: Es kommen jetzt 7 Jugendliche statt 5, mit mir also insgesamt 8 Personen. Außerdem hat sich die Gruppe nach langer Diskussion umentschieden und möchte lieber in den Workshop Social Media & Storytelling statt Event Management.

Geht das noch? Danke Ihnen!

Viele Grüße
Murat Aksoy
Jugendzentrum Scharnhorst"""


@mail("aksoy-change-workshop-and-size-outlook", "2027-07-18 10:03:47",
      E("change", "m.aksoy@jz-scharnhorst.example", "Murat Aksoy",
        "Jugendzentrum Scharnhorst", ["SOCIAL"], 8, "de"), "de")
def _(m):
    m.head(("From", '"Aksoy, Murat" <m.aksoy@jz-scharnhorst.example>'),
           ("To", TO_SA),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbXk2s9Yh3QfV1m0aZr8pTcE7wBg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB8812D3F6B0A9E7C4D1F2@AM0PR04MB8812.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270611150205.7e2d@dortmund.example>"),
           ("References", "<mailbot.20270611150205.7e2d@dortmund.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{SA_NAME} <{SA}>", "Freitag, 11. Juni 2027 15:02",
             "Aksoy, Murat <m.aksoy@jz-scharnhorst.example>",
             CONFIRMATION_SUBJECT, confirmation("Murat", "EVENT", 6))
    m.single(outlook_html(AKSOY_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change of mind inside the mail, then '1. Fundraising, 2. Empowerment'; 'mich + meine bff' = 2.

HASSAN_TEXT = """Hiii 🌸

ich möchte mich + meine bff Hodan für die Sommerakademie anmelden! Wir sind beide bei Somali Youth Dortmund aktiv.

Am liebsten Empowerment... ach nee warte, doch lieber Fundraising zuerst 😂 wir brauchen echt Geld für unsere Projekte. Also: 1. Fundraising, 2. Empowerment.

xoxo
Leyla Hassan (sie/ihr)
@leyla.hssn"""


@mail("hassan-change-of-mind-inside-mail", "2027-07-20 21:16:05",
      E("registration", "leyla.hassan@gmail.example", "Leyla Hassan",
        "Somali Youth Dortmund", ["FUND", "POWER"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla Hassan <leyla.hassan@gmail.example>"),
           ("To", SA),
           ("Subject", "Anmeldung Leyla + Hodan 🌸"),
           ("Date", m.date),
           ("Message-ID", "<CAU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO7pC2xW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HASSAN_TEXT, gmail_html(HASSAN_TEXT), style="gmail")


# -- 039 ---------------------------------------------------------------------
# Instagram-follower spam naming the academy and 'registrations' (other), HTML only.

@mail("spam-instagram-followers", "2027-07-22 04:12:38",
      E("other"), "en", tz=-4)
def _(m):
    m.head(("From", "GrowthBoost Agency <hello@growthboost-social.example>"),
           ("To", SA),
           ("Subject", "Get 10K real followers for Sommerakademie before August!"),
           ("Date", m.date),
           ("Message-ID", "<20270722041238.9F3A6B2C81@growthboost-social.example>"),
           ("X-Mailer", "MailBlaster Pro 7"),
           ("MIME-Version", "1.0"))
    m.single("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi there,</p>
<p>we saw your event <b>Sommerakademie</b> on Instagram. Looks great! But with only
a few hundred followers you are missing out on registrations.</p>
<p>Our agency delivers <b>10,000 real followers in 7 days</b> and guaranteed engagement.
Special offer for youth organisations: only 49 EUR.</p>
<p><a href="https://growthboost-social.example/offer?ref=sommerakademie">Claim your offer now</a></p>
<p>Best,<br>Jessica<br>GrowthBoost Agency</p>
<p style="font-size:10px;color:#999">To stop receiving these emails, <a href="https://growthboost-social.example/unsub">unsubscribe</a>.</p>
</body></html>
""", subtype="html", charset="us-ascii", cte="7bit")


# -- 040 ---------------------------------------------------------------------
# Conditional 'Wenn das geht, würden wir uns zu zweit ... anmelden' -> question.

@mail("guenes-only-saturday-question", "2027-07-25 13:45:19",
      E("question", "esra.guenes@gmx.example", "Esra Güneş",
        "Junge Muslim*innen Dortmund", [], None, "de"), "de")
def _(m):
    m.head(("From", "Esra Güneş <esra.guenes@gmx.example>"),
           ("To", SA),
           ("Subject", "nur Samstag möglich?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8b3f5d7e-1a9c-4e2b-b6d0-f2a4c6e8b1d3-1784979919442@3c-app-gmx-bs22>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo ☺️

kann man eigentlich auch nur am Samstag kommen? Meine Freundin und ich arbeiten sonntags im Café. Wenn das geht, würden wir uns zu zweit für Social Media anmelden.

Danke & liebe Grüße
Esra Güneş
Junge Muslim*innen Dortmund
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Change with fallback to the current workshop (FUND, else stay SOCIAL); Thunderbird quote, format=flowed.

@mail("khoury-change-with-fallback-thunderbird", "2027-07-26 09:58:41",
      E("change", "lina.khoury@posteo.example", "Lina Khoury",
        "Arabisches Jugendnetzwerk Dortmund", ["FUND", "SOCIAL"], None, "de"), "de")
def _(m):
    m.head(("From", "Lina Khoury <lina.khoury@posteo.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e5a90c2d-7f41-4b3e-8d16-3c0b9f2a7e58@posteo.example>"),
           ("In-Reply-To", "<mailbot.20270702100411.53fa@dortmund.example>"),
           ("References", "<mailbot.20270702100411.53fa@dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich bin aktuell für Social Media eingetragen. Könnt ihr mich zu Fundraising umtragen? Unser Verein hat gerade beschlossen, nächstes Jahr einen Förderantrag zu stellen, und irgendwer muss das ja machen 😅 Falls Fundraising schon voll ist, bleibe ich einfach bei Social Media.

Danke!
Lina Khoury
Arabisches Jugendnetzwerk Dortmund

Am 02.07.27 um 10:04 schrieb {SA_NAME}:
{gt_quote(confirmation("Lina", "SOCIAL", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 042 ---------------------------------------------------------------------
# Cancellation from an iPhone, top-posted over the quoted confirmation; first name only.

OSMAN_TEXT = """Hey, ich muss leider absagen 😬 Hab nen Ferienjob bekommen und muss genau an dem Wochenende arbeiten. Danke trotzdem und viel Spaß euch!

Jamal"""

OSMAN_ATTR = f"Am 05.07.2027 um 18:03 schrieb {SA_NAME} <{SA}>:"


@mail("osman-cancel-iphone", "2027-07-28 22:40:14",
      E("cancellation", "jamal.osman@icloud.example", "Jamal Osman", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Jamal Osman <jamal.osman@icloud.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C2F7A0B4-6E19-4D83-9A5C-7B1E3D8F0C62@icloud.example>"),
           ("In-Reply-To", "<mailbot.20270705180311.0b9e@dortmund.example>"),
           ("References", "<mailbot.20270705180311.0b9e@dortmund.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Jamal", "POWER", 1)
    m.single(f"{OSMAN_TEXT}\n\nVon meinem iPhone gesendet\n\n> {OSMAN_ATTR}\n> \n{gt_quote(conf)}\n",
             charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# After the deadline: 'Falls noch was frei ist ... Empowerment, nur ich allein' -> registration.

@mail("mbuyi-late-registration", "2027-08-10 23:12:08",
      E("registration", "naomi.mbuyi@gmail.example", "Naomi Mbuyi",
        "Congo Youth Ruhr", ["POWER"], 1, "de"), "de")
def _(m):
    m.head(("From", "Naomi Mbuyi <naomi.mbuyi@gmail.example>"),
           ("To", SA),
           ("Subject", "noch Platz?? 🙈"),
           ("Date", m.date),
           ("Message-ID", "<CAV0oP2aS4dF6gH8jK0lZ2xC4vB6nM8qWe0RtYuIoPaSdFgHjKl@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hiii, sorry bin mega spät dran 🙈 Hab die Deadline total verpeilt. Falls noch was frei ist: ich würde gern zu Empowerment kommen, nur ich allein.

Naomi Mbuyi (sie/ihr)
Congo Youth Ruhr
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation of both persons replying to the 7-day reminder, Gmail alternative.

ARSLAN_TEXT = """hey,

leider können wir (Can und ich) doch nicht kommen, Can hat Corona und ich werd's wahrscheinlich auch noch kriegen 🤒 bitte gebt unsere Plätze an die Warteliste weiter!

sorry & danke
Deniz Arslan"""


@mail("arslan-cancel-reply-to-reminder", "2027-08-15 11:30:26",
      E("cancellation", "deniz.arslan@gmail.example", "Deniz Arslan", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Deniz Arslan <deniz.arslan@gmail.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAW1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO7pD4yXz@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID_PREFIX + "12.4f0a@dortmund.example>"),
           ("References", REMINDER_ID_PREFIX + "12.4f0a@dortmund.example>"),
           ("MIME-Version", "1.0"))
    attr = f"Am Sa., 14. Aug. 2027 um 10:00 Uhr schrieb {SA_NAME} <{SA}>:"
    rem = reminder("Deniz", "FUND", 2)
    m.alternative(f"{ARSLAN_TEXT}\n\n{attr}\n\n{gt_quote(rem)}",
                  gmail_html(ARSLAN_TEXT, quote_html=gmail_quote_html(attr, rem)), style="gmail")


# -- 045 ---------------------------------------------------------------------
# One of three drops out: change of party size 3 -> 2 (not a cancellation), reply to the reminder.

@mail("tesfay-one-drops-out-reply-to-reminder", "2027-08-16 18:05:52",
      E("change", "sara.tesfay@outlook.example", "Sara Tesfay",
        "Habesha Youth Dortmund", [], 2, "en"), "en")
def _(m):
    m.head(("From", "Sara Tesfay <sara.tesfay@outlook.example>"),
           ("To", TO_SA),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1377B8E2D5F0C3A9@PA4P190MB1377.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER_ID_PREFIX + "31.9c2e@dortmund.example>"),
           ("References", REMINDER_ID_PREFIX + "31.9c2e@dortmund.example>"),
           ("MIME-Version", "1.0"))
    attr = f"On Sat, Aug 14, 2027 at 10:00 AM {SA_NAME} <{SA}> wrote:"
    m.single(f"""Hi!

Quick update: Robel can't make it anymore, so it's just the two of us now (me and Selam) instead of 3. Workshop stays the same.

See you on Saturday! 🙌
Sara Tesfay
Habesha Youth Dortmund

{attr}

{gt_quote(reminder("Sara", "EVENT", 3))}
""", charset="utf-8", cte="quoted-printable")



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


def workgroup_ids():
    with open(HERE / "config.toml", "rb") as f:
        return [w["id"] for w in tomllib.load(f)["workgroups"]]


def check(name, data, m, expected, wg_ids):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 8, 21, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jun - 20 Aug 2027")
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

    # -- the labels ---------------------------------------------------------
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wgs = e["workgroups"]
    if not isinstance(wgs, list) or len(set(wgs)) != len(wgs) or any(w not in wg_ids for w in wgs):
        problems.append(f"bad workgroups {wgs}")
    if kind not in ("registration", "change") and wgs:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    lowered = text.casefold()
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in heads and em not in lowered:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"] or e["name"].casefold() not in lowered:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"].casefold() not in lowered:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind in ("change", "cancellation") and "Angemeldete Personen:" not in text:
        problems.append("change/cancellation does not quote the confirmation or reminder")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        else:
            rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                     if p.get_content_type() == "message/delivery-status"
                     for b in p.get_payload()]
            if not any(br in r.lower() for r in rcpts):
                problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def senders_once(built, datas):
    """No sender (From address) appears twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for _, a in getaddresses([str(msg["From"])]):
            a = a.lower()
            if a in seen:
                problems.append(f"{name}: sender {a} already sent {seen[a]}")
            seen[a] = name
    return problems


def mime_shape(msg):
    ct = msg.get_content_type()
    if ct == "multipart/mixed":
        inner = [p.get_content_type() for p in msg.iter_parts()]
        return "multipart/mixed (" + " + ".join(inner) + ")"
    return ct


def stats(built, datas):
    kinds = [k for k in KINDS]
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
    langs = sorted(table, key=lambda l: (-sum(table[l].values()), l))
    print("kind x text language (person mails: expected language):")
    print("  " + "kind".ljust(13) + "".join(l.rjust(5) for l in langs) + "  total")
    for k in kinds:
        row = [table[l][k] for l in langs]
        print("  " + k.ljust(13) + "".join(str(v or "-").rjust(5) for v in row)
              + str(sum(row)).rjust(7))
    print("  " + "all".ljust(13) + "".join(str(sum(table[l].values())).rjust(5) for l in langs)
          + str(len(built)).rjust(7))
    shapes = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        shapes[mime_shape(msg)] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level MIME shapes:")
    for s, k in sorted(shapes.items()):
        print(f"  {s:60} {k}")
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    wg_ids = workgroup_ids()
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

    # re-read what is on disk (or what would be written, for --check)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, wg_ids):
            print(f"{name}: {problem}")
            bad += 1
    for problem in senders_once(built, datas):
        print(problem)
        bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if reread != expected:
            print("expected.json does not read back to the labels")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
