#!/usr/bin/env python3
"""Build the "final17h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Iberoamerikanischer Vereinstag Münster 2027 (see config.toml), five
"Mesas" CUL, LEN, FIN, TRA, JOV.  Writers are Romance-language speakers:
Brazilian and European Portuguese, Latin American and Spanish Spanish,
Italian, Romanian, Catalan, French, and German written by the same people.

Every mail text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files with CRLF line ends, and reads every file back to check it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, MIME shape

Standard library only, Python 3.11; output is deterministic (fixed dates,
Message-IDs and MIME boundaries).
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
import textwrap
import tomllib
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

VT = "vereinstag@muenster.example"
TO_VT = f"Iberoamerikanischer Vereinstag <{VT}>"
INVITATION_ID = "<einladung-vereinstag-2027.20270823100214@muenster.example>"
PROGRAMM_ID = "<programm-vereinstag-2027.20270924090011@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


def gt(text, prefix="> "):
    """Quote a text with '> ' before each line (empty lines get '>')."""
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


def flowed(text, width=72):
    """Format a text as format=flowed (RFC 3676): long lines are broken at
    spaces, each soft break keeps its trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
        self.intended = []
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", VT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "remote":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.rosasdominho.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1788000000000 + self._nboundary}"
        return f"=_{h[:24]}"

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
                    html_cte=None, style="std", top=True, params=None):
        parts = [self.text(text, "plain", charset, cte, params=params),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY.clone(linesep="\r\n"))


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
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
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


def make_png(width=48, height=32):
    """A small PNG: green, yellow and blue stripes."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            px = (0, 150, 60) if y < 11 else (250, 210, 0) if y < 22 else (30, 60, 160)
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
# HTML flavours of the mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EstiloCorreo17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "es": ("De", "Enviado", "Para", "Asunto"),
    "pt": ("De", "Enviado", "Para", "Assunto"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="ES", labels="es"):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, sent, an, subj, quoted = quote
        l1, l2, l3, l4 = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{l1}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)}<br>\n"
                   f"<b>{l2}:</b> {esc(sent)}<br>\n<b>{l3}:</b> {esc(an)}<br>\n"
                   f"<b>{l4}:</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="es", rule=False):
    if not quote:
        return text
    von, sent, an, subj, quoted = quote
    l1, l2, l3, l4 = LABELS[labels]
    sep = "________________________________\n" if rule else ""
    return (f"{text}\n\n{sep}{l1}: {von}\n{l2}: {sent}\n{l3}: {an}\n{l4}: {subj}\n\n{quoted}")


def gmail_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br>'
                  f'<div>{q}</div></blockquote></div>')
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" '
            'content="text/html; charset=utf-8"></head><body style="overflow-wrap: '
            'break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f"{inner}</body></html>\n")


def yahoo_html(text, attribution=None, quoted=None):
    inner = "".join(f'<div dir="ltr" data-setdir="false">{esc(line) if line else "<br>"}</div>'
                    for line in text.split("\n"))
    out = ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:'
           'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + inner + "</div>")
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<div id="yahoo_quoted_1"><div style="font-family:\'Helvetica Neue\', Helvetica, '
                f'Arial, sans-serif;font-size:13px;color:#26282a;"><div>{esc(attribution)}</div>'
                f'<div><br></div><div><div dir="ltr">{q}</div></div></div></div>')
    return out + "</body></html>\n"


def hotmail_html(text, quote=None):
    """Outlook.com / new Outlook markup (divs with inline styles)."""
    style = 'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
    inner = "".join(f'<div class="elementToProof" {style}>{esc(line) if line else "<br>"}</div>'
                    for line in text.split("\n"))
    out = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
           f'</head><body dir="ltr">{inner}')
    if quote:
        von, sent, an, subj, quoted = quote
        l1, l2, l3, l4 = LABELS["es"]
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000"><b>{l1}:</b> {esc(von)}<br><b>{l2}:</b> {esc(sent)}<br>'
                f'<b>{l3}:</b> {esc(an)}<br><b>{l4}:</b> {esc(subj)}</font><div>&nbsp;</div></div>'
                f'<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">'
                f'<div class="PlainText">{q}</div></span></font></div>')
    return out + "</body></html>\n"


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Iberoamerikanischer Vereinstag Münster 2027"

INVITATION = """Liebe Vereine, liebe Freundinnen und Freunde,
queridas asociaciones, queridas amigas y amigos,
queridas associações, queridos amigos e amigas,

wir laden Sie herzlich zum Iberoamerikanischen Vereinstag Münster 2027 ein!

Datum: Samstag, 16. Oktober 2027, 10:00 bis 17:00 Uhr
Ort:   Bennohaus, Bennostraße 5, 48155 Münster

Eingeladen sind spanisch- und portugiesischsprachige Vereine, Gemeinden,
Chöre, Tanz- und Musikgruppen - und ebenso herzlich unsere romanischsprachigen
Nachbarn: italienische, rumänische, katalanische und französischsprachige
Vereine sind willkommen.

Nach dem gemeinsamen Auftakt arbeiten wir an fünf Mesas (Arbeitstischen):

Mesa 1: Kultur verbindet - Musik, Tanz und Feste im Verein
Mesa 2: Herkunftssprachen - Spanisch- und Portugiesischunterricht für Kinder
Mesa 3: Vereinsfinanzen, Gemeinnützigkeit und Förderanträge
Mesa 4: Anerkennung von Abschlüssen und Weg in den Arbeitsmarkt
Mesa 5: Junge Generation zwischen zwei Welten

Ab 16:00 Uhr: offene Bühne mit Musik und Tanz aus den Vereinen.

Bitte melden Sie sich bis zum 8. Oktober 2027 formlos per E-Mail an
vereinstag@muenster.example an: Name, Verein, gewünschte Mesa (gern mit
Zweitwunsch) und Anzahl der Personen.

Inscripciones / Inscrições: hasta el / até 8/10/2027 en / em
vereinstag@muenster.example - ¡os esperamos! / esperamos por vocês!

Die Teilnahme ist kostenlos. Für Kaffee, Empanadas und Pão de queijo ist
gesorgt.

Herzliche Grüße / Saludos cordiales / Um abraço

Carmen Ortiz-Wellmann
Kommunales Integrationszentrum Münster
in Zusammenarbeit mit dem Netzwerk Iberoamérica Münster"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Iberoamerikanischen Vereinstag Münster 2027"

MESA_LINE = {
    "CUL": "Mesa 1 - Kultur verbindet: Musik, Tanz und Feste im Verein",
    "LEN": "Mesa 2 - Herkunftssprachen: Spanisch- und Portugiesischunterricht für Kinder",
    "FIN": "Mesa 3 - Vereinsfinanzen, Gemeinnützigkeit und Förderanträge",
    "TRA": "Mesa 4 - Anerkennung von Abschlüssen und Weg in den Arbeitsmarkt",
    "JOV": "Mesa 5 - Junge Generation zwischen zwei Welten",
}


def confirmation(salutation, mesa, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Iberoamerikanischen Vereinstag Münster 2027
am Samstag, 16. Oktober 2027, 10:00 bis 17:00 Uhr, im Bennohaus,
Bennostraße 5, 48155 Münster.

Wir haben Sie für folgenden Arbeitstisch eingetragen:
{MESA_LINE[mesa]}

Angemeldete Personen: {persons}

Möchten Sie die Mesa wechseln oder absagen? Antworten Sie einfach auf diese
E-Mail.

Mit freundlichen Grüßen
Iberoamerikanischer Vereinstag Münster
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, mesa, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, mesa, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


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
# Out-of-office of an association's shared mailbox, answering the invitation
# within a minute; Spanish and German; Auto-Submitted and X-Auto-Response-Suppress.

@mail("ecuatoriana-office-vacation", "2027-08-23 10:03:41", E("auto_reply"), "es")
def _(m):
    m.head(("From", addr("Asociación Ecuatoriana de Münster", "info@ecuador-muenster.example")),
           ("To", VT),
           ("Subject", ew("Respuesta automática: " + INVITATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<f3a1c9e2.7b44.4d0e.a51c.0e93b1d2c7aa@ecuador-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Estimado/a remitente:

Gracias por su mensaje. La oficina de la Asociación Ecuatoriana de Münster
permanece cerrada por vacaciones de verano hasta el lunes 6 de septiembre
de 2027. Su correo será atendido a nuestro regreso.

Vielen Dank für Ihre Nachricht. Unser Büro ist bis Montag, 6. September
2027, geschlossen. Wir melden uns nach unserer Rückkehr.

Asociación Ecuatoriana de Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Brazilian samba group: the whole "bloco" (15 counting the writer) for
# Mesa 1; long affectionate greeting, "se der tempo" question about playing.
# Gmail reply quoting the whole invitation (all five Mesas are in the quote).

ROSANGELA_TEXT = """Oi Carmen, querida!! Tudo bem contigo? Espero que sim e que você tenha aproveitado bastante o verão, a gente sentiu sua falta no último ensaio aberto! 🥰

Que notícia boa esse convite, já mandei no grupo do bloco e o pessoal ficou animadíssimo. Então vamos lá, oficialmente: o Bloco Samba Sem Fronteiras vai com TODO mundo! Somos 15 pessoas contando comigo (12 ritmistas, duas passistas e eu).

Claro que a gente quer a Mesa 1, da cultura, né, nem precisava perguntar hahaha

Uma perguntinha: se der tempo, será que a gente pode tocar um pouquinho na abertura do palco às 16h? Só uns 15 minutinhos, prometo que não passa disso 😅 A gente leva os instrumentos de qualquer jeito.

Um beijão enorme e até logo,
Rô

--
Rosângela Nascimento
Bloco Samba Sem Fronteiras Münster e.V.
coordenação"""

ROSANGELA_ATTR = ("Em seg., 23 de ago. de 2027 às 10:02, Iberoamerikanischer Vereinstag "
                  f"<{VT}> escreveu:")


@mail("nascimento-bloco-samba-whole-group", "2027-08-23 19:47:12",
      E("registration", "ro.nascimento@bloco-semfronteiras.example", "Rosângela Nascimento",
        "Bloco Samba Sem Fronteiras Münster e.V.", ["CUL"], 15, "pt"), "pt")
def _(m):
    m.head(("From", addr("Rosângela Nascimento", "ro.nascimento@bloco-semfronteiras.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAJm2s8kQx0Pq7nV4tL1bRz9wYhE3uF6cD5aG8iK0oM2pN4sT7v@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{ROSANGELA_TEXT}\n\n{ROSANGELA_ATTR}\n\n{gt(INVITATION)}"
    m.alternative(plain, gmail_html(ROSANGELA_TEXT, ROSANGELA_ATTR, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Spain Spanish (vosotros); first and second choice with "si no hay sitio,
# a lo mejor ..."; Thunderbird, ISO-8859-1, 8bit.  "Gemeinnützigkeit" (a FIN
# alias) and "homologar títulos" (TRA) are the only hints besides numbers.

@mail("moreno-mesa3-si-no-hay-sitio-4", "2027-08-24 09:12:55",
      E("registration", "jmoreno@centro-espanol-ms.example", "Javier Moreno Salcedo",
        "Centro Español de Münster e.V.", ["FIN", "TRA"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Javier Moreno Salcedo", "jmoreno@centro-espanol-ms.example", "iso-8859-1")),
           ("To", VT),
           ("Subject", ew("Inscripción Vereinstag 16 de octubre", "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<7e1d0c44-2a9b-4f3e-8c61-5b0a9d3e2f10@centro-espanol-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Hola, buenos días:

Os escribo para inscribirme en el Vereinstag del 16 de octubre. Me interesa
sobre todo la mesa de finanzas y subvenciones (la 3), porque este año nos
toca renovar la Gemeinnützigkeit y vamos un poco perdidos. Si no hay sitio,
a lo mejor me podéis poner en la mesa 4, lo de homologar títulos también
nos toca de cerca.

Iría yo solo, de momento.

Un saludo y gracias por organizarlo,

Javier Moreno Salcedo
Tesorero
Centro Español de Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# Italian, very warm; "tavolo 2" by number plus topic; "per ora segnate solo
# me, forse viene anche mio marito" -> 1 person.  Apple Mail alternative.

PINA_TEXT = """Carissima Carmen, carissimi tutti,

spero che stiate bene e che abbiate passato una bella estate, noi siamo appena tornati dalla Puglia, con un caldo che non vi dico!

Ho letto con tanto piacere l'invito per il Vereinstag e vorrei iscrivermi. Lo so che è una giornata soprattutto per le associazioni spagnole e portoghesi, ma avete scritto che anche noi italiani siamo benvenuti e allora eccomi qua 😊

Mi interessa il tavolo 2, quello sulle lingue d'origine: da tre anni facciamo il doposcuola di italiano per i bambini della Missione e abbiamo sempre gli stessi problemi (pochi insegnanti, nessuna aula fissa...), quindi sarebbe bello confrontarsi.

Per ora segnate solo me. Forse viene anche mio marito Enzo, se non deve lavorare quel sabato, ma ve lo faccio sapere.

Un abbraccio forte e a presto,
Pina

Giuseppina Russo
Comitato Genitori – Missione Cattolica Italiana di Münster"""


@mail("russo-tavolo2-forse-marito", "2027-08-25 21:30:08",
      E("registration", "pina.russo@mail.example", "Giuseppina Russo",
        "Comitato Genitori – Missione Cattolica Italiana di Münster", ["LEN"], 1, "it"), "it")
def _(m):
    m.head(("From", addr("Giuseppina Russo", "pina.russo@mail.example")),
           ("To", VT),
           ("Subject", "Iscrizione Vereinstag 16 ottobre"),
           ("Date", m.date),
           ("Message-ID", "<3F2B7C1A-9D4E-4E8B-B0A6-71C5D2E9F804@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(PINA_TEXT, apple_html(PINA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 005 ---------------------------------------------------------------------
# WhatsApp-style mail from an iPhone in Brazil (-0300): lower case, "to dentro",
# "eu e a Dani" = 2, "mesa 5, a dos jovens".  Signature is only "Thaís".

@mail("oliveira-whatsapp-style-mesa5", "2027-08-26 14:22:37",
      E("registration", "thais.oliveira.ms@mail.example", "Thaís Oliveira", None,
        ["JOV"], 2, "pt"), "pt", tz=-3)
def _(m):
    m.head(("From", addr("Thaís Oliveira", "thais.oliveira.ms@mail.example")),
           ("To", VT),
           ("Subject", "vereinstag!!"),
           ("Date", m.date),
           ("Message-ID", "<A1E0F7B3-55C2-4D19-8E3A-2B6C9F0D4E71@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""oiii gente tudo bom??

to dentro!! 🙋‍♀️ eu e a Dani (minha prima) queremos ir na mesa 5, a dos jovens, pq a gente toca o grupo de jovens da igreja la em Münster e tem MUITA coisa pra conversar sobre isso kkkk

to no Brasil de férias agora mas volto em setembro, qualquer coisa me chama aqui

bjsss
Thaís 💛

Enviado do meu iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Romanian in ISO-8859-2 (cedilla ş/ţ, as old encoders write it); "masa 2",
# second choice "dacă mai sunt locuri şi la masa 5"; two persons.

@mail("muresan-romanian-masa2-daca-masa5", "2027-08-27 20:05:19",
      E("registration", "ionela.muresan@dordecasa-ms.example", "Ionela Mureşan",
        'Asociaţia "Dor de Casă" Münster', ["LEN", "JOV"], 2, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ionela Mureşan", "ionela.muresan@dordecasa-ms.example", "iso-8859-2")),
           ("To", VT),
           ("Subject", ew("Înscriere – Ziua asociaţiilor 16 octombrie", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270827200519.58213.ro@webmail.dordecasa-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bună seara,

Vă scriu din partea Asociaţiei "Dor de Casă" din Münster. Am primit invitaţia
de la doamna Ortiz-Wellmann şi ne-am bucurat foarte mult că sunt invitate
şi asociaţiile româneşti.

Vrem să participăm la masa 2 (limba maternă), pentru că de doi ani ţinem în
fiecare sâmbătă ore de limba română pentru copii. Dacă mai sunt locuri şi la
masa 5, la tineret, ne interesează şi aceea, ca a doua variantă.

Venim două persoane: eu şi colega mea, doamna Elena Popa, care predă la
şcoala de sâmbătă.

Sper să fie bine aşa. Vă mulţumesc frumos şi vă doresc o seară frumoasă!

Cu drag,
Ionela Mureşan
Asociaţia "Dor de Casă" Münster
tel. 0176 0000000
""", charset="iso-8859-2", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Catalan; "we" is the association ("Des del Casal ... ens apuntem"), but
# only the writer comes ("De moment hi vindré jo en nom del Casal") -> 1.
# Thunderbird, format=flowed, UTF-8 8bit.

MONTSE_TEXT = """Bon dia,

Des del Casal Català de Münster us volem agrair molt la invitació. Ens fa molta il·lusió que aquest any també hi hagi lloc per a les associacions catalanes!

Ens apuntem a la taula 1, la de cultura: fem castells (bé, castellets, que som pocs), sardanes i cada any organitzem Sant Jordi a la plaça, així que tenim moltes coses a explicar i a aprendre.

De moment hi vindré jo en nom del Casal. Si algú més de la junta s'hi afegeix, ja us ho diré.

Moltes gràcies i fins aviat!

--
Montserrat Puig i Ferrer
Presidenta – Casal Català de Münster"""


@mail("puig-casal-catala-taula1", "2027-08-30 11:40:02",
      E("registration", "montse.puig@casalcatala-ms.example", "Montserrat Puig i Ferrer",
        "Casal Català de Münster", ["CUL"], 1, "ca"), "ca")
def _(m):
    m.head(("From", addr("Montse Puig", "montse.puig@casalcatala-ms.example")),
           ("To", VT),
           ("Subject", ew("Inscripció Casal Català – Vereinstag")),
           ("Date", m.date),
           ("Message-ID", "<b2c7e0d1-4f3a-49e8-9d25-6a1f8c3b0e57@casalcatala-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "ca"),
           ("MIME-Version", "1.0"))
    m.single(flowed(MONTSE_TEXT) + "\n", charset="utf-8", cte="8bit",
             params={"format": "flowed"})


# -- 008 ---------------------------------------------------------------------
# Learner German from an Argentine tango association; "Tisch 1" (+ "Tango ist
# ja auch Kultur"), fallback "vielleicht der Tisch 5"; three persons listed.
# Display name without accents, signature with them.

MARTIN_TEXT = """Hallo liebe Team,

ich heiße Martín Fernández und ich bin von die Verein "Mate y Tango e.V." aus Münster, wir sind Argentinier und wir machen Tango Kurse und Milongas.

Ich möchte uns anmelden für den Vereinstag am 16 Oktober. Wir sind 3 Personen: ich, meine Frau Carla und unsere Tanzlehrer Nico.
Wir wollen gern in Tisch 1, Tango ist ja auch Kultur oder? 😉 Wenn es gibt kein Platz mehr, vielleicht der Tisch 5 mit die Jugendliche, weil wir haben auch eine Gruppe von junge Tänzer.

Vielen Dank und schöne Grüße!
Un abrazo,
Martín Fernández
Mate y Tango e.V."""


@mail("fernandez-tango-learner-german", "2027-08-31 23:15:44",
      E("registration", "martin.fernandez.tango@mail.example", "Martín Fernández",
        "Mate y Tango e.V.", ["CUL", "JOV"], 3, "de"), "de")
def _(m):
    m.head(("From", "Martin Fernandez <martin.fernandez.tango@mail.example>"),
           ("To", VT),
           ("Subject", "Anmeldung Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<CAF8tW3nR1xQ5bE9mK2vJ7pL0sH4dG6yU8iO1aZ3cX5bN7mQ9rTy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MARTIN_TEXT, gmail_html(MARTIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# French question: will table 4 be in German only?  "Si c'est possible de
# suivre, je m'inscrirai" -> registers no one yet.

@mail("dubreuil-french-question-traduction", "2027-09-01 08:50:27",
      E("question", "aurelie.dubreuil@mail.example", "Aurélie Dubreuil",
        "Amitiés France-Amérique latine", [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aurélie Dubreuil", "aurelie.dubreuil@mail.example", "iso-8859-1")),
           ("To", VT),
           ("Subject", ew("Question – table sur la reconnaissance des diplômes")),
           ("Date", m.date),
           ("Message-ID", "<1259871430.118834.1788245427311.JavaMail.open-xchange@mail.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Ortiz-Wellmann,

Une amie brésilienne m'a transmis votre invitation pour la journée du 16 octobre. Je suis française, je vis à Münster depuis un an et je fais partie de l'association « Amitiés France-Amérique latine ».

Je serais très intéressée par la table 4 sur la reconnaissance des diplômes (je suis infirmière et mon dossier est toujours en cours…). Cependant mon allemand est encore assez limité : est-ce que les échanges se feront uniquement en allemand, ou est-ce qu'il y aura une traduction, ou au moins quelqu'un qui parle français ou espagnol ?

Si c'est possible de suivre, je m'inscrirai avec plaisir.

Je vous remercie par avance et vous souhaite une excellente journée.

Bien cordialement,
Aurélie Dubreuil
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# European Portuguese, formal; "grupo de trabalho n.º 4"; "Se houver tempo,
# gostaria ainda de espreitar o grupo 3, mas isso não é essencial" is not a
# second choice.  Outlook multipart/alternative, windows-1252.

TEIXEIRA_TEXT = """Exmos. Senhores,
Cara Dra. Carmen Ortiz-Wellmann,

Venho por este meio inscrever-me no Dia Ibero-Americano das Associações, que se realiza no próximo dia 16 de outubro no Bennohaus.

Gostaria de participar no grupo de trabalho n.º 4, sobre o reconhecimento de habilitações e o mercado de trabalho, tema que preocupa muitos dos nossos associados mais jovens, sobretudo engenheiros e enfermeiros recém-chegados de Portugal. Se houver tempo, gostaria ainda de espreitar o grupo 3, mas isso não é essencial.

Compareço sozinho, em representação da Direção.

Sem outro assunto de momento, apresento os meus melhores cumprimentos.

Manuel Joaquim Teixeira
Vice-Presidente da Direção
Associação Cultural e Recreativa Portuguesa “Os Lusitanos” de Münster"""


@mail("teixeira-grupo4-se-houver-tempo", "2027-09-02 10:05:51",
      E("registration", "manuel.teixeira@lusitanos-ms.example", "Manuel Joaquim Teixeira",
        "Associação Cultural e Recreativa Portuguesa “Os Lusitanos” de Münster",
        ["TRA"], 1, "pt"), "pt")
def _(m):
    m.head(("From", '"Manuel Teixeira" <manuel.teixeira@lusitanos-ms.example>'),
           ("To", f'"vereinstag@muenster.example" <{VT}>'),
           ("Subject", ew("Inscrição – Vereinstag 16/10", "windows-1252", "q")),
           ("Thread-Topic", ew("Inscrição – Vereinstag 16/10", "windows-1252", "q")),
           ("Thread-Index", "AdwbQ7rX1m0c9p2lTEaV4s8YwqJ3xA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7321C0A4E2B1D5F6A7C8E9F0A1B2@DB9PR02MB7321.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "pt-PT, de-DE"),
           ("Content-Language", "pt-PT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(TEIXEIRA_TEXT, outlook_html(TEIXEIRA_TEXT, lang="PT"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# Mexican choir director registers the whole choir: "21 voces más yo, que
# dirijo, o sea 22".  Sent from the choir's Yahoo address; Reply-To is her
# own address.  Subjunctive wishes ("¡Ojalá que haya lugar!"), a question
# about singing in the afternoon.  Yahoo multipart/alternative.

LUPITA_TEXT = """Querida Carmen, muy buenas tardes, ¿cómo está? Espero de todo corazón que usted y su familia se encuentren muy bien.

Le escribo con mucho gusto para inscribir a nuestro coro en el Vereinstag. Queremos ir todos, todititos: somos 21 voces más yo, que dirijo, o sea 22 personas en total. ¡Ojalá que haya lugar para todos!

Nos interesa la mesa 1, la de cultura, música y fiestas, por supuesto.

Y una preguntita: ¿sería posible que cantáramos dos o tres canciones en el programa de la tarde? Tenemos un repertorio muy bonito de música latinoamericana (sones, un huapango y hasta un bolero). Si no se puede, no pasa nada, igual vamos felices.

Le mando un abrazo muy fuerte y que Dios la bendiga.

Guadalupe Hernández Ríos ("Lupita")
Directora
Coro Voces de América – Münster"""


@mail("hernandez-coro-22-voces", "2027-09-03 17:30:26",
      E("registration", "lupita.hernandez@mail.example", "Guadalupe Hernández Ríos",
        "Coro Voces de América – Münster", ["CUL"], 22, "es"), "es")
def _(m):
    m.head(("From", addr("Coro Voces de América", "coro.vocesdeamerica@yahoo.example")),
           ("Reply-To", addr("Guadalupe Hernández", "lupita.hernandez@mail.example")),
           ("To", VT),
           ("Subject", ew("Inscripción del Coro Voces de América 🎶", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1402938817.2213409.1788449426551@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(LUPITA_TEXT, yahoo_html(LUPITA_TEXT), charset="UTF-8",
                  cte="quoted-printable", style="yahoo")


# -- 012 ---------------------------------------------------------------------
# Postfix bounce of the confirmation sent to 011's Reply-To address: the
# remote mailbox is full.  The returned confirmation names Mesa 1 and 22.

@mail("postfix-bounce-mailbox-full", "2027-09-03 17:31:09",
      E("bounce", bounced="lupita.hernandez@mail.example"), "en")
def _(m):
    rcpt = "lupita.hernandez@mail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", VT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270903153109.4C2E91A07F@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.mail.example[198.51.100.25] said: 552 5.2.2
    <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C2E91A07F"),
         ("X-Postfix-Sender", f"rfc822; {VT}"),
         ("Arrival-Date", "Fri,  3 Sep 2027 17:30:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Guadalupe Hernández <{rcpt}>", "Frau Hernández Ríos", "CUL", 22,
        "Fri, 03 Sep 2027 17:30:58 +0200", "<mailbot.20270903173058.9d2e@muenster.example>",
        "<1402938817.2213409.1788449426551@mail.yahoo.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 013 ---------------------------------------------------------------------
# Italian-Argentine club; he forwards the invitation itself (Gmail, Italian
# forward header) with his registration on top: "mesa 3", "Se fosse già
# piena, forse la 4"; two persons.  A Spanish saying inside Italian text.

FRANCO_TEXT = """Buongiorno,

vi inoltro il vostro stesso invito perché me l'ha girato il nostro presidente e non so se l'indirizzo giusto è questo 😅 In ogni caso: vorremmo iscriverci, siamo in due del Circolo Italo-Argentino "Rioplatense" (io e la nostra segretaria, la signora Mónica Aguirre).

Noi siamo italiani d'Argentina, quindi un po' di qua e un po' di là, come si dice da noi "ni de aquí ni de allá".

Ci interessa la mesa 3 sui finanziamenti e la Gemeinnützigkeit. Se fosse già piena, forse la 4.

Grazie mille e buona giornata,
Franco Bevilacqua
Circolo Italo-Argentino "Rioplatense" Münster"""

FRANCO_FWD = f"""---------- Forwarded message ---------
Da: Iberoamerikanischer Vereinstag <{VT}>
Date: lun 23 ago 2027 alle ore 10:02
Subject: {INVITATION_SUBJECT}
To: <presidenza@circolo-italoargentino.example>"""


@mail("bevilacqua-forward-invitation-mesa3", "2027-09-06 12:10:33",
      E("registration", "franco.bevilacqua@circolo-italoargentino.example", "Franco Bevilacqua",
        'Circolo Italo-Argentino "Rioplatense" Münster', ["FIN", "TRA"], 2, "it"), "it")
def _(m):
    m.head(("From", "Franco Bevilacqua <franco.bevilacqua@circolo-italoargentino.example>"),
           ("To", VT),
           ("Subject", "Fwd: " + ew(INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAHx7kP2mW0sQ9dL4vB6nR1tY8eU3iO5aZ7cF2gJ0hK4lM6pN8qS@mail.gmail.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{FRANCO_TEXT}\n\n{FRANCO_FWD}\n\n\n{INVITATION}"
    inner = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in FRANCO_TEXT.split("\n"))
    fwd = "<br>".join(esc(l) for l in FRANCO_FWD.split("\n"))
    inv = "<br>".join(esc(l) for l in INVITATION.split("\n"))
    html_text = (f'<div dir="ltr">{inner}<br><div class="gmail_quote"><div dir="ltr" '
                 f'class="gmail_attr">{fwd}<br></div><br><br>{inv}</div></div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Colombian Spanish, very long formal-affectionate greeting; mother and
# daughter (16) for the youth table; a conditional cancellation ("Si llegaran
# a programarla justo para ese fin de semana, tendría que ... cancelar") that
# has not happened: still a registration.  Outlook.com alternative.

LUZ_TEXT = """Apreciada señora Carmen Ortiz-Wellmann:

Reciba un cordial y afectuoso saludo de mi parte y de toda la Asociación Colombo-Alemana de Münster, deseándole muchos éxitos en la organización de este bonito encuentro, que sin duda será de gran provecho para todas nuestras comunidades.

Por medio del presente quisiera inscribirme junto con mi hija Valentina, de 16 años, en la mesa de la juventud (la número 5). Ella está muy entusiasmada porque en el colegio siempre le preguntan de dónde es "de verdad", y yo pienso que le hará mucho bien conversar con otros jóvenes que viven lo mismo.

Le cuento con toda sinceridad que mi mamá está esperando fecha para una operación de la cadera en Medellín. Si llegaran a programarla justo para ese fin de semana, tendría que viajar y cancelar, pero le avisaría enseguida. Ojalá que no sea así.

Quedo muy atenta a su amable respuesta.

Con todo cariño,
Luz Marina Restrepo de Kühn
Asociación Colombo-Alemana de Münster e.V."""


@mail("restrepo-madre-hija-mesa5-si-operan", "2027-09-07 18:20:14",
      E("registration", "luzmarina.restrepo@mail.example", "Luz Marina Restrepo de Kühn",
        "Asociación Colombo-Alemana de Münster e.V.", ["JOV"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Luz Marina Restrepo", "luzmarina.restrepo@mail.example")),
           ("To", addr("Iberoamerikanischer Vereinstag", VT)),
           ("Subject", ew("Inscripción Vereinstag – Luz Marina y Valentina")),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1734A2C7E91B0D4F6E8A3C5D@PAXP193MB1734.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "es-CO"),
           ("X-MS-Exchange-Organization-SCL", "1"),
           ("MIME-Version", "1.0"))
    m.alternative(LUZ_TEXT, hotmail_html(LUZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Advertising: a Latin catering firm offers food for the event (other),
# Spanish and German, with a PDF menu.  Mentions "Mesa", "Kultur", the date.

CATERING_TEXT = """¡Hola, equipo del Vereinstag!

Nos enteramos por redes sociales de su Iberoamerikanischer Vereinstag el 16 de octubre en el Bennohaus y queremos ofrecerles nuestro servicio de catering latino: empanadas argentinas y colombianas, pão de queijo, arepas, tamales y postres (alfajores, brigadeiros, tres leches).

Para grupos a partir de 50 personas: 10 % de descuento. En el anexo encuentran nuestra carta con precios.

---

Hallo liebes Vereinstag-Team,

wir haben von Ihrem Iberoamerikanischen Vereinstag am 16. Oktober gehört und bieten Ihnen gern unser lateinamerikanisches Catering an - von Empanadas bis Brigadeiros, für jede Mesa und jede Kulturpause. Ab 50 Personen gibt es 10 % Rabatt. Unsere Karte finden Sie im Anhang.

¡Saludos sabrosos! / Herzliche Grüße
Sabores de Latinoamérica Catering
Hafenweg 3, 48155 Münster
www.sabores-catering.example"""


@mail("sabores-catering-offer", "2027-09-08 09:02:47", E("other"), "es")
def _(m):
    m.head(("From", addr("Sabores de Latinoamérica Catering", "info@sabores-catering.example")),
           ("To", VT),
           ("Subject", ew("Catering latino para su Vereinstag 🌮 / Catering-Angebot")),
           ("Date", m.date),
           ("Message-ID", "<0b1c2d3e4f5a6b7c8d9e@sabores-catering.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(CATERING_TEXT, outlook_html(CATERING_TEXT, charset="utf-8"),
                        charset="utf-8", cte="quoted-printable", style="outlook", top=False)
    pdf = m.binary(make_pdf(["Sabores de Latinoamerica - Carta 2027",
                             "Empanadas (carne, pollo, queso) ........ 3,50 EUR",
                             "Pao de queijo (10 Stk.) ................ 6,00 EUR",
                             "Arepas rellenas ........................ 4,50 EUR",
                             "Brigadeiros (12 Stk.) .................. 9,00 EUR"]),
                   "application", "pdf", "Carta_Sabores_2027.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 016 ---------------------------------------------------------------------
# Change (002's thread): two more drummers, now 17.  No Mesa is named in the
# new text; the quoted confirmation names Mesa 1 and 15.  Gmail reply.

RO2_TEXT = """Oi de novo, Carmen!

Recebi a confirmação, obrigada!! Só uma coisinha: mais duas meninas do bloco decidiram vir, a Jéssica e a Fernanda (elas tocam tamborim), então agora somos 17 no total.

Se não tiver lugar pra todo mundo, me avisa que a gente se vira, tá?

Beijos,
Rô"""

RO2_QUOTED = confirmation("Frau Nascimento", "CUL", 15)
RO2_ATTR = f"Em seg., 23 de ago. de 2027 às 19:47, Iberoamerikanischer Vereinstag <{VT}> escreveu:"


@mail("nascimento-change-17-pessoas", "2027-09-09 08:14:20",
      E("change", "ro.nascimento@bloco-semfronteiras.example", "Rosângela Nascimento", None,
        [], 17, "pt"), "pt")
def _(m):
    m.head(("From", addr("Rosângela Nascimento", "ro.nascimento@bloco-semfronteiras.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAJm2s8mT4bK9xQ1vN6pR3wZ0yE7uF2cD8aG5iL1oM3pN6sT0wq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270823194801.5a7c@muenster.example>"),
           ("References", f"{INVITATION_ID}\n <CAJm2s8kQx0Pq7nV4tL1bRz9wYhE3uF6cD5aG8iK0oM2pN4sT7v@mail.gmail.example>\n"
                          " <mailbot.20270823194801.5a7c@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{RO2_TEXT}\n\n{RO2_ATTR}\n\n{gt(RO2_QUOTED)}"
    m.alternative(plain, gmail_html(RO2_TEXT, RO2_ATTR, RO2_QUOTED), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Brazilian question: is there childcare?  "Se tiver, a gente se inscreve
# rapidinho" -> nobody registered yet ("umas quatro ou cinco mães").

CAMILA_TEXT = """Olá, boa tarde!

Tudo bem? Eu faço parte da Associação Brasileira de Mães em Münster ("Mães Brasileiras MS") e estamos pensando em ir no Vereinstag, umas quatro ou cinco mães. O problema é que quase todas temos filhos pequenos e no sábado não temos com quem deixar.

Vocês vão ter algum espaço para as crianças, tipo uma recreação, ou podemos levar os pequenos para as mesas? Se tiver, a gente se inscreve rapidinho!

Obrigada desde já e um abraço,
Camila Ferraz"""


@mail("ferraz-pergunta-criancas", "2027-09-10 15:41:05",
      E("question", "camila.ferraz@mail.example", "Camila Ferraz",
        "Associação Brasileira de Mães em Münster", [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Camila Ferraz <camila.ferraz@mail.example>"),
           ("To", VT),
           ("Subject", ew("Dúvida: crianças no Vereinstag?")),
           ("Date", m.date),
           ("Message-ID", "<CAPq9vT2nL5xW8rK1mB4yE7uJ0cH3gF6dA9sZ2iO5pN8qR1tX4w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CAMILA_TEXT, gmail_html(CAMILA_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Rioplatense Spanish (voseo): "anotame", "mesa 3 nos viene al pelo",
# "Si está llena, anotanos en la 4"; "Vamos los dos".  German words
# (Vereinsregister, Gemeinnützigkeit) inside.  Samsung Email alternative.

FEDE_TEXT = """Hola Carmen, ¿cómo andás? Tanto tiempo!

Te escribo para anotarme al Vereinstag. Con mi socio Sebastián estamos armando la asociación "Argentinos en Münster", recién estamos con los papeles del Vereinsregister y la verdad que no entendemos nada de lo de la Gemeinnützigkeit 🙈 así que la mesa 3 nos viene al pelo. Si está llena, anotanos en la 4, que Seba es ingeniero y todavía está peleando con la homologación del título.

Vamos los dos, entonces.

Abrazo grande y gracias por la movida!
Fede

--
Federico Giménez
Argentinos en Münster (en formación)

Enviado desde mi Galaxy"""


@mail("gimenez-voseo-mesa3-o-4", "2027-09-13 22:48:31",
      E("registration", "fede.gimenez@mail.example", "Federico Giménez",
        "Argentinos en Münster", ["FIN", "TRA"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Fede Giménez", "fede.gimenez@mail.example")),
           ("To", VT),
           ("Subject", ew("inscripción mesa 3")),
           ("Date", m.date),
           ("Message-ID", "<20270913224831.6f1b2c3d4e@mail.example>"),
           ("X-Mailer", "Samsung Mobile Email"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
                 "</head><body dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in FEDE_TEXT.split("\n"))
                 + "</body></html>\n")
    m.alternative(FEDE_TEXT, html_text, charset="utf-8", cte="base64")


# -- 019 ---------------------------------------------------------------------
# German from a Romanian doctor (good German): "Mesa 4 (Anerkennung von
# Abschlüssen)", alone and private -> organisation null.  Display name with
# "Dr.", signature without.

@mail("vasilescu-german-mesa4-privat", "2027-09-14 07:55:02",
      E("registration", "a.vasilescu@mail.example", "Adriana Vasilescu", None,
        ["TRA"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Adriana Vasilescu" <a.vasilescu@mail.example>'),
           ("To", VT),
           ("Subject", "Anmeldung Vereinstag - Mesa 4"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a3f1e20-6c4d-4b2a-9e71-0d5c8b3a2f19-1789365302117@app-webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Ortiz-Wellmann,

hiermit möchte ich mich für den Iberoamerikanischen Vereinstag am 16.10.
anmelden. Ich bin zwar keine Iberoamerikanerin, aber eine Freundin aus
Brasilien hat mir gesagt, dass auch Rumänen herzlich willkommen sind.

Ich bin Ärztin aus Cluj und warte seit fast zwei Jahren auf meine
Approbation, deshalb interessiert mich besonders die Mesa 4 (Anerkennung
von Abschlüssen). Ich komme allein und privat, nicht für einen Verein.

Vielen Dank im Voraus und freundliche Grüße
Adriana Vasilescu
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Change (004's thread): the husband comes after all -> 2, and both move
# to "tavolo 1 della cultura invece che al 2".  Apple Mail reply, quoted
# with blockquote type=cite / "> ".

PINA2_TEXT = """Cara Carmen,

grazie per la conferma! Buone notizie: Enzo quel sabato è libero e viene anche lui 🎉

E allora vi chiedo un piccolo cambio: visto che lui suona la fisarmonica nel gruppo folk della Missione, ci mettereste tutti e due al tavolo 1 della cultura invece che al 2? Le mie domande sulla scuola di italiano le faccio durante la pausa caffè, tanto ci conosciamo tutti 😄

Grazie di cuore e a presto!
Pina"""

PINA2_QUOTED = confirmation("Frau Russo", "LEN", 1)
PINA2_ATTR = f"Il giorno 25 ago 2027, alle ore 21:30, Iberoamerikanischer Vereinstag <{VT}> ha scritto:"


@mail("russo-change-marito-tavolo1", "2027-09-15 19:02:58",
      E("change", "pina.russo@mail.example", "Giuseppina Russo", None, ["CUL"], 2, "it"), "it")
def _(m):
    m.head(("From", addr("Giuseppina Russo", "pina.russo@mail.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<9C4E2A10-3B7D-4F61-A8E2-5D0B1C7F9E36@mail.example>"),
           ("In-Reply-To", "<mailbot.20270825213012.c41d@muenster.example>"),
           ("References", "<3F2B7C1A-9D4E-4E8B-B0A6-71C5D2E9F804@mail.example>\n"
                          " <mailbot.20270825213012.c41d@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = f"{PINA2_TEXT}\n\n> {PINA2_ATTR}\n> \n{gt(PINA2_QUOTED)}"
    m.alternative(plain, apple_html(PINA2_TEXT, PINA2_ATTR, PINA2_QUOTED), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# The secretary of a Galician centre registers the president, who goes alone;
# "enviad la confirmación directamente a ella: <address>" -> email is hers,
# name is hers.  Outlook HTML only, windows-1252.

XOSE_TEXT = """Estimada Carmen:

Te escribo desde la secretaría del Centro Gallego Rosalía de Castro de Münster. Queremos inscribir a nuestra presidenta, Pilar Castro Iglesias, que representará al Centro en el Vereinstag. Ella irá sola; yo ese día tengo la boda de un sobrino en Vigo, qué le vamos a hacer.

Le interesa mucho la mesa 2, la de lenguas de origen: aunque en nuestro caso la lengua es el gallego más que el castellano, tenemos los mismos problemas con las clases para los críos.

Por favor, enviad la confirmación directamente a ella: pilar.castro@centrogallego-ms.example

Un saludo muy cordial y ¡gracias por la iniciativa!

Xosé Manuel Otero Vázquez
Secretario
Centro Gallego Rosalía de Castro – Münster e.V."""


@mail("otero-secretaria-inscribe-presidenta", "2027-09-16 11:27:40",
      E("registration", "pilar.castro@centrogallego-ms.example", "Pilar Castro Iglesias",
        "Centro Gallego Rosalía de Castro – Münster e.V.", ["LEN"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Otero Vázquez, Xosé Manuel", "secretaria@centrogallego-ms.example",
                         "windows-1252")),
           ("To", f"'vereinstag@muenster.example' <{VT}>"),
           ("Subject", ew("Inscripción de nuestra presidenta – Vereinstag 16/10", "windows-1252")),
           ("Thread-Topic", ew("Inscripción de nuestra presidenta – Vereinstag 16/10", "windows-1252")),
           ("Thread-Index", "Adwm1XfE0q3a7YhCRkq2b9T4mNw8Lg=="),
           ("Date", m.date),
           ("Message-ID", "<000b01dc26e3$5a1f2c70$0e5d8550$@centrogallego-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(XOSE_TEXT, lang="ES"), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Catalan Erasmus student: "taula de joves (la 5)", "Si ja està plena,
# potser la 1"; got the invitation from someone at the Casal but does not
# come for it -> organisation null.  Gmail alternative.

JORDI_TEXT = """Hola!

Sóc en Jordi, estudiant d'Erasmus de Sabadell, i aquest semestre faig pràctiques a Münster. Una noia del Casal Català m'ha passat la invitació.

M'agradaria apuntar-me a la taula de joves (la 5), que em sembla molt interessant això de créixer entre dues cultures. Si ja està plena, potser la 1, la de cultura.

Vindré jo sol. Moltes gràcies!

Salut,
Jordi Vilaseca"""


@mail("vilaseca-erasmus-taula5-potser-1", "2027-09-17 13:06:18",
      E("registration", "jordi.vilaseca@mail.example", "Jordi Vilaseca", None,
        ["JOV", "CUL"], 1, "ca"), "ca")
def _(m):
    m.head(("From", "Jordi Vilaseca <jordi.vilaseca@mail.example>"),
           ("To", VT),
           ("Subject", ew("Inscripció Vereinstag 🙂")),
           ("Date", m.date),
           ("Message-ID", "<CAK3nB8vW1qT6xR9mL2pE5yU0cJ4gH7dF1aZ8sO3iN6qR9tW2x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JORDI_TEXT, gmail_html(JORDI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# French Guianese association ("d'Amérique du Sud nous aussi"); "l'atelier
# culture (la table 1)", "Nous serons deux".  Apple Mail alternative.

MIREILLE_TEXT = """Bonjour à toute l'équipe,

Je me permets de vous écrire au nom de l'association Guyane-Amazonie Münster : nous sommes une petite association de Guyanais et d'amis de la Guyane, donc d'Amérique du Sud nous aussi, même si on parle français ! 🌴

Nous souhaiterions participer à l'atelier culture (la table 1) : nous préparons pour le carnaval 2028 un groupe de touloulous et nous aimerions beaucoup échanger avec les groupes de samba et de danse.

Nous serons deux, mon mari Patrick et moi.

Au plaisir de vous rencontrer et merci pour cette belle initiative !

Mireille Théodore
Présidente, Guyane-Amazonie Münster"""


@mail("theodore-guyane-table1-deux", "2027-09-20 14:03:36",
      E("registration", "mireille.theodore@mail.example", "Mireille Théodore",
        "Guyane-Amazonie Münster", ["CUL"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Mireille Théodore", "mireille.theodore@mail.example")),
           ("To", VT),
           ("Subject", ew("Inscription – Association Guyane-Amazonie")),
           ("Date", m.date),
           ("Message-ID", "<5E8A1F0C-7B2D-4C93-A6E1-0F3D9B2C8A47@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(MIREILLE_TEXT, apple_html(MIREILLE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 024 ---------------------------------------------------------------------
# Portuguese folk dance group (rancho) registers as a whole: "12 dançarinos e
# 4 tocadores ... Eu também danço, já estou contada nos 12 ... Ao todo somos
# portanto 16 pessoas".  "grupo de trabalho 1".  windows-1252 plain, QP.

@mail("silva-rancho-folclorico-16", "2027-09-21 16:44:09",
      E("registration", "mconceicao.silva@rosasdominho.example", "Maria da Conceição Silva",
        "Rancho Folclórico Rosas do Minho de Münster", ["CUL"], 16, "pt"), "pt")
def _(m):
    m.head(("From", addr("Maria Conceição Silva", "mconceicao.silva@rosasdominho.example",
                         "windows-1252")),
           ("To", VT),
           ("Subject", ew("Inscrição Rancho Folclórico Rosas do Minho", "windows-1252")),
           ("Date", m.date),
           ("Message-ID", "<002c01dc2b0f$7d3e1a20$77ba4e60$@rosasdominho.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("MIME-Version", "1.0"))
    m.single("""Boa tarde,

Em nome do Rancho Folclórico Rosas do Minho de Münster, venho inscrever o nosso grupo no Dia das Associações de 16 de outubro.

Vamos com o rancho completo, se Deus quiser: 12 dançarinos e 4 tocadores (concertina, cavaquinho, bombo e ferrinhos). Eu também danço, já estou contada nos 12. Ao todo somos portanto 16 pessoas.

Escolhemos o grupo de trabalho 1, da cultura. Se houver possibilidade de dançarmos um vira no programa da tarde, seria uma honra para nós – mas só se houver espaço, claro.

Com os melhores cumprimentos e votos de bom trabalho,
Maria da Conceição Silva
Ensaiadora
Rancho Folclórico Rosas do Minho de Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change (003's thread), now in German so the board colleague in Cc can read
# it: to "Mesa 4 (Anerkennung)", else stay in 3.  "Gemeinnützigkeit" (a FIN
# alias) appears as the topic he no longer needs.  Thunderbird, ISO-8859-1.

JAVIER2_TEXT = """Hallo zusammen,

kurze Änderung zu meiner Anmeldung (ich schreibe mal auf Deutsch, dann kann
meine Kollegin aus dem Vorstand in CC mitlesen):

Wir haben letzte Woche den Freistellungsbescheid vom Finanzamt bekommen, das
Thema Gemeinnützigkeit ist für uns also erst mal erledigt. Deshalb würde ich
lieber zur Mesa 4 (Anerkennung) wechseln. Falls dort kein Platz mehr ist,
bleibe ich einfach in der 3.

Danke und viele Grüße
Javier Moreno Salcedo
Centro Español de Münster e.V."""


@mail("moreno-change-german-mesa4-sonst-3", "2027-09-22 08:31:12",
      E("change", "jmoreno@centro-espanol-ms.example", "Javier Moreno Salcedo",
        "Centro Español de Münster e.V.", ["TRA", "FIN"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Javier Moreno Salcedo", "jmoreno@centro-espanol-ms.example", "iso-8859-1")),
           ("To", TO_VT),
           ("Cc", addr("Ingrid Hölscher", "i.hoelscher@centro-espanol-ms.example", "iso-8859-1")),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT, "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<c5a0e9f2-81d4-4b7a-a3e6-2f9d0b1c7e48@centro-espanol-ms.example>"),
           ("In-Reply-To", "<mailbot.20270824091302.e9b0@muenster.example>"),
           ("References", "<7e1d0c44-2a9b-4f3e-8c61-5b0a9d3e2f10@centro-espanol-ms.example>\n"
                          " <mailbot.20270824091302.e9b0@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Moreno Salcedo", "FIN", 1)
    m.single(f"""{JAVIER2_TEXT}

Am 24.08.27 um 09:13 schrieb Iberoamerikanischer Vereinstag:
{gt(quoted)}
""", charset="iso-8859-1", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# German from a Peruvian association's chair: "Tisch 3 wegen der Finanzen",
# "Falls dort schon voll ist, bitte Tisch 2"; two persons.  The association's
# name contains "Kulturverein" (CUL is not chosen).  Spanish greeting and
# closing words.  Gmail alternative.

ROSA_TEXT = """¡Hola! / Guten Tag,

ich melde mich und unseren Kassenwart für den Vereinstag am 16. Oktober an. Wir sind vom Peruanischen Kulturverein Inti Raymi e.V. in Münster, seit 2009 machen wir Folklore, Tänze und jedes Jahr das Sonnenfest im Juni.

Wir kommen zu zweit: ich (Vorsitzende) und Herr Walter Huamán (Kassenwart). Wir möchten gern an den Tisch 3 wegen der Finanzen, weil wir nächstes Jahr einen Förderantrag für neue Trachten stellen möchten. Falls dort schon voll ist, bitte Tisch 2, weil wir auch Quechua-Kurse für Kinder anbieten wollen.

Muchas gracias y herzliche Grüße
Rosa Quispe Mamani
Peruanischer Kulturverein Inti Raymi e.V."""


@mail("quispe-peruanischer-kulturverein-tisch3", "2027-09-23 20:12:50",
      E("registration", "rosa.quispe@intiraymi-ms.example", "Rosa Quispe Mamani",
        "Peruanischer Kulturverein Inti Raymi e.V.", ["FIN", "LEN"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rosa Quispe <rosa.quispe@intiraymi-ms.example>"),
           ("To", VT),
           ("Subject", "Anmeldung Inti Raymi e.V."),
           ("Date", m.date),
           ("Message-ID", "<CAM5rT9xQ2wB7nK0vL3pE6yU1cJ8gH4dF2aZ9sO6iN3qR7tW5y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ROSA_TEXT, gmail_html(ROSA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Vacation reply (Portuguese and German) to the organiser's "Programm und
# Anfahrt" mail; no Auto-Submitted header, only the text and the subject say
# it is automatic.  Comes from 010's address.

@mail("teixeira-ferias-resposta-automatica", "2027-09-24 09:00:40", E("auto_reply"), "pt")
def _(m):
    m.head(("From", '"Manuel Teixeira" <manuel.teixeira@lusitanos-ms.example>'),
           ("To", TO_VT),
           ("Subject", ew("Resposta automática: Programm und Anfahrt – Iberoamerikanischer Vereinstag",
                          "windows-1252")),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7321E4F5A6B7C8D9E0F1A2B3@DB9PR02MB7321.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", PROGRAMM_ID),
           ("References", PROGRAMM_ID),
           ("Content-Language", "pt-PT"),
           ("MIME-Version", "1.0"))
    m.single("""Esta é uma resposta automática.

Encontro-me de férias até ao dia 4 de outubro, com acesso limitado ao correio
eletrónico. Para assuntos urgentes da Associação, contacte por favor a nossa
secretaria: secretaria@lusitanos-ms.example

Dies ist eine automatische Antwort. Ich bin bis zum 4. Oktober im Urlaub.
In dringenden Fällen wenden Sie sich bitte an secretaria@lusitanos-ms.example.

Manuel Teixeira
""", charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Brazilian, formal: "Nós, da Associação ... gostaríamos muito de participar"
# - the association as "we", no number of persons, one signature -> 1.
# "Mesa 2, sobre línguas de herança".  Gmail alternative.

REGINA_TEXT = """Prezados organizadores,

Boa tarde! Nós, da Associação Cultural Brasil-Alemanha de Münster, gostaríamos muito de participar do Vereinstag no dia 16 de outubro.

Temos interesse na Mesa 2, sobre línguas de herança, porque há anos mantemos aulas de Português como Língua de Herança (POLH) para crianças aos sábados, e estamos sempre em busca de novas parcerias e de apoio para os professores.

Agradecemos desde já a atenção e desejamos que o evento seja um grande sucesso!

Atenciosamente,

Regina Albuquerque
Diretora pedagógica
Associação Cultural Brasil-Alemanha de Münster"""


@mail("albuquerque-nos-da-associacao-mesa2", "2027-09-27 16:25:03",
      E("registration", "regina@brasil-alemanha-ms.example", "Regina Albuquerque",
        "Associação Cultural Brasil-Alemanha de Münster", ["LEN"], 1, "pt"), "pt")
def _(m):
    m.head(("From", "Regina Albuquerque <regina@brasil-alemanha-ms.example>"),
           ("To", VT),
           ("Subject", ew("Inscrição – Associação Cultural Brasil-Alemanha")),
           ("Date", m.date),
           ("Message-ID", "<CAN0pW4yR7xT2vB9mK5qE8uJ1cH6gF3dA0sZ4iO7pN2qR5tX8y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REGINA_TEXT, gmail_html(REGINA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Romanian, 006's thread, from her phone (UTF-8, comma-below ș/ț this time):
# a cancellation that depends on a cousin's wedding date, and she asks
# whether she may tell them by 5 October -> question, nothing changes yet.

IONELA2_TEXT = """Bună ziua,

Mulțumim pentru confirmare! Vă scriu pentru că s-ar putea să apară o problemă: verișoara mea se mărită în România și încă nu se știe dacă nunta va fi pe 9 sau pe 16 octombrie. Dacă o pun pe 16, nu mai putem veni nici eu, nici doamna Popa (e și ea invitată, suntem din același sat 😊).

Ar fi în regulă să vă anunț până pe 5 octombrie? Sau e mai bine să anulăm de pe acum, ca să nu ținem locurile degeaba?

Cu stimă și mulțumiri,
Ionela Mureșan

Trimis de pe Yahoo Mail pe Android"""

IONELA2_QUOTED = confirmation("Frau Mureşan", "LEN", 2)
IONELA2_ATTR = f"   În vin., aug. 27, 2027 la 20:05, Iberoamerikanischer Vereinstag<{VT}> a scris:"


@mail("muresan-intrebare-daca-nunta", "2027-09-28 12:37:45",
      E("question", "ionela.muresan@dordecasa-ms.example", "Ionela Mureșan",
        None, [], None, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ionela Mureșan", "ionela.muresan@dordecasa-ms.example", "utf-8", "b")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<1788917865.4417203.1788921465012@mail.yahoo.example>"),
           ("In-Reply-To", "<mailbot.20270827200530.71fa@muenster.example>"),
           ("References", "<mailbot.20270827200530.71fa@muenster.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailAndroid"),
           ("MIME-Version", "1.0"))
    plain = f"{IONELA2_TEXT}\n\n{IONELA2_ATTR}\n\n{IONELA2_QUOTED}"
    m.alternative(plain, yahoo_html(IONELA2_TEXT, IONELA2_ATTR.strip(), IONELA2_QUOTED),
                  charset="UTF-8", cte="base64", style="yahoo")


# -- 030 ---------------------------------------------------------------------
# Chilean, chat style from a phone: "me anoto pa la mesa 5", "voy con mi
# polola" = 2; "del grupo de cueca de la comunidad chilena de acá" is no
# association name.  Display name gives the full name.  UTF-8 8bit.

@mail("soto-chileno-mesa5-polola", "2027-09-30 23:58:21",
      E("registration", "mati.soto.cl@mail.example", "Matías Soto", None,
        ["JOV"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Matías Soto", "mati.soto.cl@mail.example")),
           ("To", VT),
           ("Subject", "inscripcion"),
           ("Date", m.date),
           ("Message-ID", "<CAL8mQ1vT5xW2nR9kB4yE7uJ0cH3gF6dA1sZ5iO8pN2qR4tX7z@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""holaa!! cómo están

me anoto pa la mesa 5 (jóvenes), voy con mi polola Antonia, somos del grupo de cueca de la comunidad chilena de acá. igual si no alcanzo a llegar a las 10 porque trabajo hasta tarde el viernes llego un poco después nomás jaja

gracias!! 🇨🇱
mati
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Newsletter of a regional network (other): mentions the Vereinstag, its
# deadline and free places at Mesa 2 and 5, and another event with its own
# registration.  List headers, Precedence: bulk, HTML alternative.

NEWS_TEXT = """BOLETÍN RED LATINOAMERICANA NRW – Octubre 2027
Rundbrief Lateinamerika-Netzwerk NRW

1) Iberoamerikanischer Vereinstag Münster – 16.10.2027
¡Última llamada! Todavía quedan plazas en la Mesa 2 (lenguas de origen) y en la Mesa 5 (jóvenes). Inscripciones hasta el 8 de octubre directamente con la organización en Münster.
Letzte Chance: Anmeldung bis 8. Oktober direkt beim Veranstalter.

2) Taller de fotografía "Mirada migrante" – Köln, 23.10.2027
Inscripciones / Anmeldung: taller@redlatina-nrw.example (plazas limitadas, 15 personas).

3) Convocatoria: Fondo pequeño para proyectos culturales 2028
Plazo: 30 de noviembre. Más información en www.redlatina-nrw.example/fondo

---
Usted recibe este boletín porque se suscribió en www.redlatina-nrw.example.
Darse de baja / Abmelden: www.redlatina-nrw.example/baja"""


@mail("redlatina-boletin-octubre", "2027-10-01 07:00:03", E("other"), "es")
def _(m):
    m.head(("From", addr("Red Latinoamericana NRW", "boletin@redlatina-nrw.example")),
           ("To", VT),
           ("Subject", ew("Boletín Octubre 2027 – ¡Última llamada Vereinstag Münster!")),
           ("Date", m.date),
           ("Message-ID", "<newsletter.2027-10.84f1c0@redlatina-nrw.example>"),
           ("List-Id", "Boletin Red Latinoamericana NRW <boletin.redlatina-nrw.example>"),
           ("List-Unsubscribe", "<https://www.redlatina-nrw.example/baja?u=8841>, "
                                "<mailto:baja@redlatina-nrw.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "phpList v3.6.15"),
           ("MIME-Version", "1.0"))
    paras = NEWS_TEXT.split("\n\n")
    body = "".join(f"<p style=\"margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px\">"
                   + "<br>".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Boletín</title></head>"
                 "<body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" "
                 "style=\"background:#ffffff;padding:20px\"><tr><td>" + body
                 + "</td></tr></table></body></html>\n")
    m.alternative(NEWS_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change (005's thread), WhatsApp style from the iPhone: "a Dani não vai mais
# poder ... fica só eu mesmo" -> party 1, no Mesa named.  iOS quote.

THAIS2_TEXT = """oi gente

a Dani não vai mais poder ir 😢 ela conseguiu um trabalho de fim de semana e não pode faltar. então fica só eu mesmo, tá?

bjs
Thaís

Enviado do meu iPhone"""


@mail("oliveira-change-so-eu", "2027-10-02 10:19:57",
      E("change", "thais.oliveira.ms@mail.example", "Thaís Oliveira", None, [], 1, "pt"), "pt")
def _(m):
    m.head(("From", addr("Thaís Oliveira", "thais.oliveira.ms@mail.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<7D2E9B41-0C6A-4F85-9E13-B8A4C2F60D5E@mail.example>"),
           ("In-Reply-To", "<mailbot.20270826192301.88b2@muenster.example>"),
           ("References", "<A1E0F7B3-55C2-4D19-8E3A-2B6C9F0D4E71@mail.example>\n"
                          " <mailbot.20270826192301.88b2@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    quoted = confirmation("Frau Oliveira", "JOV", 2)
    m.single(f"""{THAIS2_TEXT}

> Em 26 de ago. de 2027, à(s) 14:23, Iberoamerikanischer Vereinstag <{VT}> escreveu:
>
{gt(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Cancellation (023's thread), French, Apple Mail reply.

MIREILLE2_TEXT = """Bonjour,

Malheureusement nous devons annuler notre inscription : Patrick s'est cassé la cheville en jouant au foot samedi dernier (à 58 ans, je vous laisse imaginer ce que j'en pense…) et je ne veux pas le laisser seul à la maison.

Nous sommes vraiment désolés. J'espère que l'association pourra être présente l'année prochaine, et je vous souhaite une très belle journée le 16 !

Bien amicalement,
Mireille Théodore"""

MIREILLE2_ATTR = f"Le 20 sept. 2027 à 14:04, Iberoamerikanischer Vereinstag <{VT}> a écrit :"
MIREILLE2_QUOTED = confirmation("Frau Théodore", "CUL", 2)


@mail("theodore-annulation-cheville", "2027-10-04 18:36:22",
      E("cancellation", "mireille.theodore@mail.example", "Mireille Théodore", None,
        [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Mireille Théodore", "mireille.theodore@mail.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<B3F0D6A2-18E4-4C7B-9A25-6E1C0D8F3B94@mail.example>"),
           ("In-Reply-To", "<mailbot.20270920140401.3e6d@muenster.example>"),
           ("References", "<5E8A1F0C-7B2D-4C93-A6E1-0F3D9B2C8A47@mail.example>\n"
                          " <mailbot.20270920140401.3e6d@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = f"{MIREILLE2_TEXT}\n\n> {MIREILLE2_ATTR}\n> \n{gt(MIREILLE2_QUOTED)}"
    m.alternative(plain, apple_html(MIREILLE2_TEXT, MIREILLE2_ATTR, MIREILLE2_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 034 ---------------------------------------------------------------------
# Cancellation (014's thread): the condition she announced has happened (the
# operation is on 14 October), so she cancels for herself and her daughter.
# Outlook.com reply with Spanish header block and a "____" rule.

LUZ2_TEXT = """Apreciada Carmen:

Como le había comentado en mi correo de inscripción, a mi mamá le dieron por fin la fecha de la operación de la cadera, y es precisamente el 14 de octubre en Medellín. Viajo el lunes y no regreso hasta finales de mes.

Por eso, con mucha tristeza, le pido que cancele la inscripción mía y de Valentina. Ella no quiere ir sin mí, a pesar de que la animé mucho.

Le agradezco de corazón por todo y le deseo que el evento sea un éxito. Dios la bendiga.

Un abrazo,
Luz Marina Restrepo de Kühn"""


@mail("restrepo-cancela-operacion-confirmada", "2027-10-05 21:14:39",
      E("cancellation", "luzmarina.restrepo@mail.example", "Luz Marina Restrepo de Kühn", None,
        [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Luz Marina Restrepo", "luzmarina.restrepo@mail.example")),
           ("To", addr("Iberoamerikanischer Vereinstag", VT)),
           ("Subject", "RE: " + ew(CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHcH8kq3Vt0b1mR2EaX9s7Ylp4Z1bB2C3dE"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB17348F0E2D1C3B5A7E9F1D3B@PAXP193MB1734.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270907182101.b03a@muenster.example>"),
           ("References", "<mailbot.20270907182101.b03a@muenster.example>"),
           ("Content-Language", "es-CO"),
           ("MIME-Version", "1.0"))
    quote = (f"Iberoamerikanischer Vereinstag <{VT}>",
             "martes, 7 de septiembre de 2027 18:21",
             "Luz Marina Restrepo <luzmarina.restrepo@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Restrepo de Kühn", "JOV", 2))
    m.alternative(outlook_plain(LUZ2_TEXT, quote, "es", rule=True), hotmail_html(LUZ2_TEXT, quote),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Change (007's thread), Catalan, Thunderbird format=flowed reply: a second
# person comes (-> 2) and they move to "la taula 3"; "Si la taula 3 ja està
# plena, ens quedem a la 1 tal com estava" -> [FIN, CUL].

MONTSE2_TEXT = """Hola de nou!

Canvi de plans al Casal: al final vindrem dues, la Núria Roca (la nostra tresorera) s'apunta també. I ja posats, si us plau canvieu-nos a la taula 3, la de finances i subvencions, que la Núria diu que és el que ens cal més urgentment (tenim pendent una sol·licitud a la Generalitat i una altra a la ciutat de Münster).

Si la taula 3 ja està plena, ens quedem a la 1 tal com estava, cap problema.

Gràcies!
Montse"""


@mail("puig-change-dues-taula3", "2027-10-06 09:48:13",
      E("change", "montse.puig@casalcatala-ms.example", "Montse Puig", None,
        ["FIN", "CUL"], 2, "ca"), "ca")
def _(m):
    m.head(("From", addr("Montse Puig", "montse.puig@casalcatala-ms.example")),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<e8d4a1b7-3c2f-4e90-8b16-9f0a5d2c7e31@casalcatala-ms.example>"),
           ("In-Reply-To", "<mailbot.20270830114103.2f4c@muenster.example>"),
           ("References", "<b2c7e0d1-4f3a-49e8-9d25-6a1f8c3b0e57@casalcatala-ms.example>\n"
                          " <mailbot.20270830114103.2f4c@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
           ("Content-Language", "ca"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Puig i Ferrer", "CUL", 1)
    body = (flowed(MONTSE2_TEXT) + "\n\nEl 30/8/27 a les 11:41, Iberoamerikanischer Vereinstag ha escrit:\n"
            + gt(quoted) + "\n")
    m.single(body, charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 036 ---------------------------------------------------------------------
# Bounce of the 7-day reminder to 024's address (the rancho's mailbox no
# longer exists), generated by the remote provider, notice in Portuguese and
# English, returned headers only (text/rfc822-headers).

REMINDER_SUBJECT = "Erinnerung: Iberoamerikanischer Vereinstag Münster am 16. Oktober 2027"


@mail("rosasdominho-bounce-lembrete-user-unknown", "2027-10-09 10:00:21",
      E("bounce", bounced="mconceicao.silva@rosasdominho.example"), "pt")
def _(m):
    rcpt = "mconceicao.silva@rosasdominho.example"
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.rosasdominho.example>"),
           ("To", VT),
           ("Subject", ew("Mensagem não entregue / Undelivered Mail Returned to Sender")),
           ("Date", m.date),
           ("Message-ID", "<20271009080021.1B7F4C2A90@mx.rosasdominho.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Esta é uma mensagem automática do servidor mx.rosasdominho.example.

Não foi possível entregar a sua mensagem ao seguinte destinatário:

    <{rcpt}>: o endereço não existe (utilizador desconhecido).

This is the mail system at host mx.rosasdominho.example.
Your message could not be delivered to the recipient above:
550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.rosasdominho.example"),
         ("X-Postfix-Queue-ID", "1B7F4C2A90"),
         ("X-Postfix-Sender", f"rfc822; {VT}"),
         ("Arrival-Date", "Sat,  9 Oct 2027 10:00:17 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", "rfc822; MConceicao.Silva@rosasdominho.example"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Diagnostic-Code", "x-unix; Recipient address rejected: User unknown in virtual\n"
                             "    mailbox table")])
    hdrs = MIMEPart(policy=POLICY)
    hdrs["Content-Description"] = "Undelivered Message Headers"
    hdr_text = (f"Return-Path: <{VT}>\n"
                "Received: from mail.muenster.example (mail.muenster.example [192.0.2.10])\n"
                "\tby mx.rosasdominho.example (Postfix) with ESMTPS id 1B7F4C2A90\n"
                f"\tfor <{rcpt}>; Sat,  9 Oct 2027 10:00:17 +0200 (CEST)\n"
                f"From: Iberoamerikanischer Vereinstag <{VT}>\n"
                f"To: =?utf-8?q?Maria_Concei=C3=A7=C3=A3o_Silva?= <MConceicao.Silva@rosasdominho.example>\n"
                "Subject: =?utf-8?q?Erinnerung=3A_Iberoamerikanischer_Vereinstag_M=C3=BCnster_am?=\n"
                " =?utf-8?q?_16=2E_Oktober_2027?=\n"
                "Date: Sat, 09 Oct 2027 10:00:14 +0200\n"
                "Message-ID: <mailbot.reminder7d.20271009100014.61c8@muenster.example>\n"
                "Auto-Submitted: auto-generated\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"utf-8\"\n"
                "Content-Transfer-Encoding: quoted-printable\n")
    hdrs.set_content(hdr_text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    del hdrs["Content-Type"]
    hdrs["Content-Type"] = "text/rfc822-headers"
    m._record(hdr_text)
    m.multi("report", [note, dsn, hdrs], style="remote",
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Brazilian, after the deadline: "Se ainda tiver vaga, queria muito me
# inscrever junto com meu marido" + "mesa 3 ... seria perfeita" -> a
# registration (the deadline is the tool's business).  Gmail alternative.

JULIANA_TEXT = """Oi, boa noite!

Eu sei que o prazo de inscrição terminou dia 8, mas só fiquei sabendo do Vereinstag agora pela Rô do bloco 🙈 Se ainda tiver vaga, queria muito me inscrever junto com meu marido, o Thomas.

A gente está fundando uma associação de empreendedoras brasileiras aqui em Münster, a "Elas Empreendem MS", e a mesa 3, das finanças e da Gemeinnützigkeit, seria perfeita pra gente.

Se não der, tudo bem, entendo super! Mas torço pra que dê 🤞

Beijos e obrigada,
Juliana Prado Becker"""


@mail("prado-becker-depois-do-prazo-mesa3", "2027-10-10 21:33:08",
      E("registration", "ju.pradobecker@mail.example", "Juliana Prado Becker",
        "Elas Empreendem MS", ["FIN"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Juliana Prado Becker <ju.pradobecker@mail.example>"),
           ("To", VT),
           ("Subject", ew("Inscrição atrasada – ainda dá tempo? 🙏")),
           ("Date", m.date),
           ("Message-ID", "<CAP4nX7vR0wT3qB8mK1yE6uJ9cH2gF5dA8sZ1iO4pN7qR0tX3v@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JULIANA_TEXT, gmail_html(JULIANA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Cancellation (029's thread): the wedding is on the 16th after all; she
# cancels for both.  Gmail in Romanian, quoting the coordinator's personal
# answer (German) with "> ".  UTF-8 base64, plain only.

CARMEN_ANSWER = """Liebe Frau Mureşan,

das ist überhaupt kein Problem - geben Sie uns einfach bis zum 5. Oktober
Bescheid. Wir drücken die Daumen, dass die Hochzeit am 9. ist!

Herzliche Grüße
Carmen Ortiz-Wellmann
Kommunales Integrationszentrum Münster"""


@mail("muresan-anulare-nunta-pe-16", "2027-10-11 08:05:55",
      E("cancellation", "ionela.muresan@dordecasa-ms.example", "Ionela Mureșan", None,
        [], None, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ionela Mureșan", "ionela.muresan@dordecasa-ms.example", "utf-8", "b")),
           ("To", f"Carmen Ortiz-Wellmann <{VT}>"),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAB1qW6nT9xR4vK7mL0pE3yU8cJ5gH2dF9aZ6sO1iN4qR8tW3u@mail.gmail.example>"),
           ("In-Reply-To", "<carmen.20270928141002.a7e1@muenster.example>"),
           ("References", "<mailbot.20270827200530.71fa@muenster.example>\n"
                          " <1788917865.4417203.1788921465012@mail.yahoo.example>\n"
                          " <carmen.20270928141002.a7e1@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bună ziua, doamna Ortiz-Wellmann,

îmi pare rău că vă scriu abia acum, după termenul de 5 octombrie. Din păcate s-a confirmat: nunta verișoarei este pe 16 octombrie, așa că vă rog să anulați înscrierea noastră (eu și doamna Popa).

Ne pare tare rău, ne bucuram mult. Poate la anul!

Cu drag,
Ionela

În mar., 28 sept. 2027 la 14:10, Carmen Ortiz-Wellmann <{VT}> a scris:

{gt(CARMEN_ANSWER)}
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Spain Spanish from the phone (003/025's writer): "Si el viernes sigo así,
# no iré ... ¿Os parece bien si os lo confirmo el viernes por la mañana? Si no
# os escribo nada, es que voy." -> question; the registration stands.

@mail("moreno-fiebre-si-sigo-asi-pregunta", "2027-10-13 19:40:30",
      E("question", "jmoreno@centro-espanol-ms.example", "Javier Moreno Salcedo", None,
        [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Javier Moreno Salcedo", "jmoreno@centro-espanol-ms.example")),
           ("To", VT),
           ("Subject", ew("Sábado – a lo mejor no puedo ir")),
           ("Date", m.date),
           ("Message-ID", "<a9f3c2e1-0b7d-4e58-96c4-1d2e8f0a7b35@centro-espanol-ms.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Hola, buenas:

Os escribo porque llevo desde el lunes con fiebre y un catarro de campeonato. Si el viernes sigo así, no iré el sábado, que no quiero contagiar a nadie. ¿Os parece bien si os lo confirmo el viernes por la mañana? Si no os escribo nada, es que voy.

Un saludo,
Javier

--
Enviado desde mi móvil con K-9 Mail. Perdonad la brevedad.
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation (013's thread), Italian, Gmail reply: both persons.

FRANCO2_TEXT = """Buonasera,

purtroppo devo annullare la nostra iscrizione per sabato, mia e della signora Aguirre. Al Circolo abbiamo avuto un lutto improvviso: è mancato il nostro socio fondatore, don Aldo, a 91 anni, e sabato mattina c'è il funerale.

Mi dispiace molto, ci tenevamo. Speriamo di esserci l'anno prossimo.

Un caro saluto,
Franco Bevilacqua"""

FRANCO2_ATTR = f"Il giorno lun 6 set 2027 alle ore 12:11 Iberoamerikanischer Vereinstag <{VT}> ha scritto:"
FRANCO2_QUOTED = confirmation("Herr Bevilacqua", "FIN", 2)


@mail("bevilacqua-annulla-lutto", "2027-10-14 20:22:47",
      E("cancellation", "franco.bevilacqua@circolo-italoargentino.example", "Franco Bevilacqua",
        None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Franco Bevilacqua <franco.bevilacqua@circolo-italoargentino.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAHx7kP5qZ2vT8nW1mB4yE9uJ3cH6gF0dA2sL5iO8pN1qR4tX7s@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270906121101.d8f3@muenster.example>"),
           ("References", "<CAHx7kP2mW0sQ9dL4vB6nR1tY8eU3iO5aZ7cF2gJ0hK4lM6pN8qS@mail.gmail.example>\n"
                          " <mailbot.20270906121101.d8f3@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{FRANCO2_TEXT}\n\n{FRANCO2_ATTR}\n\n{gt(FRANCO2_QUOTED)}"
    m.alternative(plain, gmail_html(FRANCO2_TEXT, FRANCO2_ATTR, FRANCO2_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
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
LANGS = {"pt", "es", "it", "ro", "ca", "fr", "de", "en"}


def workgroup_ids():
    with open(HERE / "config.toml", "rb") as f:
        return [w["id"] for w in tomllib.load(f)["workgroups"]]


def check_label(e, msg, decoded, wg_ids):
    """Problems with one expected record (the conventions of corpus/README.md)."""
    p = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        p.append(f"unknown kind {kind}")
    wgs = e["workgroups"]
    if len(set(wgs)) != len(wgs) or any(w not in wg_ids for w in wgs):
        p.append(f"bad workgroups {wgs}")
    if kind not in ("registration", "change") and wgs:
        p.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int) or e["party_size"] < 1):
            p.append("change party_size must be null or >= 1")
    elif e["party_size"] is not None:
        p.append("party_size must be null for this kind")
    machine = kind in ("auto_reply", "bounce", "other")
    if machine:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                p.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            p.append("email missing or not lower-case")
        elif em not in decoded.lower():
            p.append(f"email {em} does not occur in the mail")
        if not e["name"]:
            p.append("person mail needs a name")
        for k in ("name", "organisation"):
            if e[k] and e[k] not in decoded:
                p.append(f"{k} {e[k]!r} does not occur in the decoded mail")
        if e["language"] not in LANGS:
            p.append(f"language {e['language']} not expected in this set")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            p.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(blk.get("Final-Recipient", "")) for part in all_parts(msg)
                 if part.get_content_type() == "message/delivery-status"
                 for blk in part.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            p.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        p.append("bounced_recipient must be null")
    return p


def check(name, data, m, expected, wg_ids):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    # CRLF line ends only, each line at most 998 octets
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF or CR in the file")
    for i, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) > 998:
            problems.append(f"line {i} has {len(line)} octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in all_parts(msg):
        for d in part.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Oct 2027")
    got_leaves = list(leaves(msg))
    want = m.intended
    if len(got_leaves) != len(want):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(want)}")
    for i, (part, w) in enumerate(zip(got_leaves, want)):
        if isinstance(w, bytes):
            if part.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        raw = part.get_payload(decode=True)
        cs = part.get_content_charset() or "us-ascii"
        try:
            txt = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if txt.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL must use an example domain
    chunks = []
    for part in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in part.items()]
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        host = dom if not dom.startswith("www.") else dom
        if not EXAMPLE_DOMAIN.search(host.lower().rstrip(".")) and host not in (
                "schemas.microsoft.com", "w3.org", "www.w3.org"):
            problems.append(f"non-example URL host {host}")
    problems += check_label(expected, msg, text, wg_ids)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language (person mail: expected language; machine mail: text language):")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs) + "  total")
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}" + "".join(f"{table[(k, l)] or '-':>4}" for l in langs)
                  + f"  {kinds[k]:>5}")
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
    wg_ids = workgroup_ids()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _ in built}
    for name, _, e, t in built:
        if e["language"] is not None and e["language"] != t:
            print(f"{name}: text language {t} differs from the expected language")
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
        for problem in check(name, data, m, e, wg_ids):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
