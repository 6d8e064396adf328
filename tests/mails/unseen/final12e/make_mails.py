#!/usr/bin/env python3
"""Build the "final12e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails to the MSO-Tag 2027 mailbox written by staff of institutions rather
than associations: city offices, schools, adult education centres, welfare
organisations, job centre-like offices and integration agencies.  Every mail text
is written out below by hand; this script only wraps the texts in MIME with the
standard `email` package, writes the files and reads every file back to check it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, charset

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso-tag-2027.20270112140300@muenster.example>"
PROGRAMM_ID = "<programm.mso-tag-2027.20270203090000@muenster.example>"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
PROGRAMM_SUBJECT = "Programm und Anreise: Tag der Migrantenselbstorganisationen 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


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


def esc(text):
    return html.escape(text, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final12e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


WOCHENTAG = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONAT = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember")
WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December")


def _dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")


def de_long(s):
    """'Montag, 18. Januar 2027 09:05' (Outlook, German)."""
    d = _dt(s)
    return f"{WOCHENTAG[d.weekday()]}, {d.day}. {MONAT[d.month - 1]} {d.year} {d:%H:%M}"


def en_long(s):
    """'Tuesday, January 26, 2027 10:05 AM' (Outlook, English)."""
    d = _dt(s)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{WEEKDAY[d.weekday()]}, {MONTH[d.month - 1]} {d.day}, {d.year} {hour}:{d:%M} {ampm}"


def gt_quote(text):
    """Quote a text the way Thunderbird does: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.header_text = {}       # header name -> intended decoded value (hand-encoded)
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, decoded=None,
             received_from=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in the
        given order.  ASCII values (plain or hand-encoded RFC 2047) are stored
        verbatim, folded at spaces when long; non-ASCII values go through the
        policy (UTF-8).  `decoded` maps header names to the text a hand-encoded
        value must decode to (checked after writing)."""
        self.crlf = crlf
        self.header_text = dict(decoded or {})
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            host = received_from or "mail." + sender.split("@")[1]
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves ----------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment",
               headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            del self.msg[k]
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ------------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_{h[:28].upper()}eurp_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "thunderbird":
            return f"------------{h[:24].upper()}"
        if style == "apple":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
        if style == "sendmail":
            return f"{h[:12].upper()}.{int(h[12:20], 16) % 10**9}/relay.muenster.example"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx1.schulen-ms.example"
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
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append("(" + line.replace("(", "\\(").replace(")", "\\)") + ") Tj")
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


def make_logo_png(width=120, height=30):
    """A small RGB PNG: a city-logo-like bar (red square, grey band)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if x < height and 4 <= y < height - 4 and 4 <= x:
                px = (190, 20, 40)
            elif x >= height + 6 and 11 <= y < 19:
                px = (90, 90, 95)
            else:
                px = (255, 255, 255)
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
# texts that several mails quote or return
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10:00 bis 16:00 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach der Begrüßung und einem Impulsvortrag tauschen wir uns in drei
parallelen Arbeitsgruppen aus:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Die Veranstaltung richtet sich an Migrantenselbstorganisationen, an
Fachkräfte aus der Migrationsarbeit sowie an Vertreterinnen und Vertreter
aus Politik und Verwaltung.

Bitte melden Sie sich bis Samstag, 6. März 2027, per E-Mail an
mso-tag@muenster.example an und nennen Sie uns Ihren Namen, Ihre
Organisation, die Zahl der Personen und Ihre Wunsch-AG (gern mit
Zweitwunsch).

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

AG_TITLE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
    None: "(keine Arbeitsgruppe angegeben)",
}


def confirmation(ag, persons):
    """The confirmation the mailbox sent; quoted in replies, returned in bounces."""
    return f"""Guten Tag,

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_TITLE[ag]}
Personen: {persons}

Wenn sich etwas ändert oder Sie nicht teilnehmen können, antworten Sie
bitte einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(ag, persons), charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# Outlook (Word-generated) HTML, as Outlook for Windows writes it
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="urn:schemas-microsoft-com:office:2004:12:omml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang=@LANG@ link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

SIG_NAME = "font-size:10.0pt;font-family:\"Arial\",sans-serif;color:#1F3864"
SIG_STYLE = "font-size:9.0pt;font-family:\"Arial\",sans-serif;color:#1F3864"
DISC_STYLE = "font-size:7.5pt;font-family:\"Arial\",sans-serif;color:gray"

_LINK = re.compile(r"(https?://[\w./-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def _linkify(escaped):
    def rep(m):
        t = m.group(1)
        href = t if t.startswith("http") else "mailto:" + t
        return f"<a href=\"{href}\">{t}</a>"
    return _LINK.sub(rep, escaped)


def mso_p(line, style=None, rtl=False, bold=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    t = _linkify(esc(line))
    if bold:
        t = f"<b>{t}</b>"
    if rtl:
        return ("<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;"
                f"unicode-bidi:embed'><span lang=AR-SA dir=RTL>{t}</span><o:p></o:p></p>")
    if style:
        t = f"<span style='{style}'>{t}</span>"
    return f"<p class=MsoNormal>{t}<o:p></o:p></p>"


def outlook_html(body, sig="", disc="", quotes=(), charset="windows-1252", lang="DE",
                 logo_cid=None, rtl=False):
    """Word-style HTML.  quotes = [(header pairs, quoted text), ...], newest first."""
    out = [mso_p(line, rtl=rtl) for line in body.split("\n")]
    if sig:
        out.append(mso_p(""))
        for i, line in enumerate(sig.split("\n")):
            out.append(mso_p(line, SIG_NAME if i == 0 else SIG_STYLE, bold=(i == 0)))
    if logo_cid:
        out.append(f"<p class=MsoNormal><span style='{SIG_STYLE}'><img width=120 height=30 "
                   "style='width:1.25in;height:.3125in' id=\"Grafik_x0020_1\" "
                   f"src=\"cid:{logo_cid}\" alt=\"Logo\"></span><o:p></o:p></p>")
    if disc:
        out.append(mso_p(""))
        out += [mso_p(line, DISC_STYLE) for line in disc.split("\n")]
    for hdrs, quoted in quotes:
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        inner = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in hdrs)
        out.append(f"<p class=MsoNormal><span lang={lang} style='mso-fareast-language:{lang}'>"
                   f"{inner}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(body, sig="", disc="", quotes=(), logo_cid=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    parts = [body]
    if sig:
        parts.append(sig + (f"\n[cid:{logo_cid}]" if logo_cid else ""))
    if disc:
        parts.append(disc)
    text = "\n\n".join(parts)
    for hdrs, quoted in quotes:
        text += "\n\n" + "\n".join(f"{k}: {v}" for k, v in hdrs) + "\n\n" + quoted
    return text


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office (German and English) answering the invitation within
# a minute; CRLF line ends.  Auto-Submitted: auto-generated and
# X-Auto-Response-Suppress; the text names a team mailbox, a phone line and
# office hours.

WESSENDORF_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 11.01.2027 bis einschließlich 22.01.2027 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an das Team Migration und Arbeit unter migration-team@ica-muenster.example oder telefonisch unter 0251 60977-200 (Mo–Fr 8:00–12:30 Uhr).

Kundinnen und Kunden bitten wir, bei Rückfragen stets ihre BG-Nummer anzugeben.

Mit freundlichen Grüßen
Claudia Wessendorf

***

Thank you for your message. I am out of the office until 22 January 2027 and will not be reading e-mail. For urgent matters please contact migration-team@ica-muenster.example."""


@mail("wessendorf-exchange-ooo-invitation", "2027-01-12 14:04:37", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Wessendorf, Claudia" <claudia.wessendorf@ica-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZP7kWq3xN0m2cUeR9vB1sT4yLgAAAA=="),
           ("Date", m.date),
           ("Message-ID", "<7c1f9e2ab04d4f63a1e8c2d05b9f3e71@EXMB02.ica-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "claudia.wessendorf@ica-muenster.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(outlook_plain(WESSENDORF_OOF), outlook_html(WESSENDORF_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# City office, Outlook with an inline logo: multipart/related around
# multipart/alternative, windows-1252 QP.  She signs "Im Auftrag" as every
# city official does, but registers herself.  Room 2.14, "Sachgebiet 33.2",
# phone and fax lines and office hours are not party sizes or workgroups; a
# colleague "meldet sich ggf. separat" and is not counted.

HARTMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

vielen Dank für die Einladung zum diesjährigen Tag der Migrantenselbstorganisationen, die uns über den Verteiler des Integrationsrates erreicht hat.

Für das Amt für Bürgerservice und Zuwanderung melde ich mich hiermit verbindlich an. Ich möchte gern in der Arbeitsgruppe 2 („Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“) mitarbeiten. Wir überarbeiten im Zuge der Neuorganisation der Ausländerbehörde gerade die Terminvergabe und die telefonische Erreichbarkeit, und die Sicht der Vereine wäre dafür sehr wertvoll.

Eine Kollegin aus dem Sachgebiet Einbürgerung hat ebenfalls Interesse, sie meldet sich ggf. separat bei Ihnen.

Mit freundlichen Grüßen
Im Auftrag"""

HARTMANN_SIG = """Andrea Hartmann
Sachgebietsleitung 33.2 – Aufenthalt und Beschäftigung

Stadt Münster
Amt für Bürgerservice und Zuwanderung
Zuwanderungszentrum, Rudolf-Diesel-Straße 17, 48157 Münster
Zimmer 2.14
Telefon: 0251 492-3317
Telefax: 0251 492-7719
andrea.hartmann@stadt-muenster.example
https://www.stadt-muenster.example/zuwanderung

Öffnungszeiten Servicezentrum: Mo, Di, Do 8:00–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr
Vorsprachen nur mit Termin über das Online-Terminportal."""

HARTMANN_DISC = """Bitte geben Sie bei Schriftverkehr in Aufenthaltsangelegenheiten stets unser Aktenzeichen an.
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Der Zugang für elektronisch signierte oder verschlüsselte Dokumente ist ausschließlich über das besondere elektronische Behördenpostfach eröffnet."""


@mail("hartmann-amt-buergerservice-related-logo", "2027-01-13 08:52:10",
      E("registration", "andrea.hartmann@stadt-muenster.example", "Andrea Hartmann",
        "Amt für Bürgerservice und Zuwanderung", ["AG2"], 1, "de"), "de")
def _(m):
    subject = "Anmeldung MSO-Tag 13.03.2027 – Amt für Bürgerservice und Zuwanderung"
    m.head(("From", '"Hartmann, Andrea" <andrea.hartmann@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subject, "windows-1252", "q")),
           ("Thread-Topic", ew(subject, "windows-1252", "q")),
           ("Thread-Index", "AdtlkN3rFq0bW2xHTe2zP4c8vYb1Ag=="),
           ("Date", m.date),
           ("Message-ID", "<1b7e3f0c9d2a4e58b6c1@EXCH02.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": subject})
    cid = "image001.png@01DB65A7.3C9F2E10.example"
    alt = m.alternative(
        outlook_plain(HARTMANN_TEXT, HARTMANN_SIG, HARTMANN_DISC, logo_cid=cid),
        outlook_html(HARTMANN_TEXT, HARTMANN_SIG, HARTMANN_DISC, logo_cid=cid),
        charset="windows-1252", cte="quoted-printable", style="outlook", top=False)
    logo = m.binary(make_logo_png(), "image", "png", "image001.png", disposition="inline",
                    headers=[("Content-ID", f"<{cid}>")])
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 003 ---------------------------------------------------------------------
# Integration course teacher registers herself and two course participants
# (3 persons), who have no e-mail address of their own; she also asks about a
# certificate of attendance (still a registration).  Course number IK 27-104,
# "Modul 5", room 1.12 and lesson times are distractors.  Outlook
# multipart/alternative, windows-1252 QP.

OVERBECK_TEXT = """Sehr geehrte Damen und Herren,

ich unterrichte an der Volkshochschule Aasee einen Integrationskurs (Kurs IK 27-104, zurzeit Modul 5) und würde gern zusammen mit zwei Teilnehmenden aus diesem Kurs zum MSO-Tag am 13. März kommen:

- Frau Amal Yousef (engagiert sich im Elterncafé der Grundschule ihrer Kinder)
- Herr Tesfalem Gebru (aktiv in einer eritreischen Gemeinde)

Wir würden alle drei gern an der AG 1 zum Bildungssystem teilnehmen. Die beiden haben keine E-Mail-Adresse, die sie regelmäßig abrufen – bitte schicken Sie die Bestätigung deshalb an mich.

Eine Frage noch: Können die beiden eine kurze Teilnahmebestätigung bekommen? Der Samstag ist kein Unterrichtstag, aber für die Kursakte wäre ein Nachweis schön.

Herzliche Grüße
Birgit Overbeck"""

OVERBECK_SIG = """Birgit Overbeck
Kursleitung Deutsch als Zweitsprache / Integrationskurse
Volkshochschule Aasee – Fachbereich Sprachen
Raum 1.12 | Lindenweg 3 | 48149 Münster
Tel. 0251 987654-31 (di + do 8:30–12:45 Uhr im Kurs, bitte auf die Mailbox sprechen)
b.overbeck@vhs-aasee.example"""


@mail("overbeck-vhs-kursleitung-zwei-teilnehmende", "2027-01-13 15:27:44",
      E("registration", "b.overbeck@vhs-aasee.example", "Birgit Overbeck",
        "Volkshochschule Aasee", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Birgit Overbeck <b.overbeck@vhs-aasee.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag: Kursleitung + 2 Teilnehmende (IK 27-104)"),
           ("Thread-Topic", "Anmeldung MSO-Tag: Kursleitung + 2 Teilnehmende (IK 27-104)"),
           ("Thread-Index", "AdtlvQ8nX5c0rK1eS9mW3aJ7dPq2hQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR04MB6921C3E0A7F24B1D9E58@DB8PR04MB6921.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERBECK_TEXT, OVERBECK_SIG),
                  outlook_html(OVERBECK_TEXT, OVERBECK_SIG),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# The head of an integration agency forwarded the invitation to her team,
# asking for someone to go to AG 1; a team member forwards that chain to the
# office and registers herself and a colleague for AG 3, AG 2 as fallback.
# Only the new text counts: the head's "AG 1" and the invitation's list are
# quoted.  Outlook multipart/alternative, UTF-8 QP.

KAHRAMAN_TEXT = """Sehr geehrte Damen und Herren,

wie unten von unserer Leitung weitergeleitet, melden wir uns gern zum MSO-Tag an: mein Kollege Jonas Petersen und ich, beide von der Integrationsagentur der Arbeiterhilfe Münster e.V.

Wir würden gern in die AG 3 (Förderung/Vereinsmanagement), weil wir mehrere Vereine bei Förderanträgen begleiten. Falls die AG 3 schon voll ist, wäre die AG 2 unsere zweite Wahl.

Viele Grüße
Merve Kahraman"""

KAHRAMAN_SIG = """Merve Kahraman (sie/ihr)
Integrationsagentur
Arbeiterhilfe Münster e.V.
Hafenstraße 64, 48153 Münster
Tel.: 0251 52 08 13-22 | Mobil: 0160 97 31 44 08
m.kahraman@arbeiterhilfe-muenster.example"""

KAHRAMAN_DISC = """Arbeiterhilfe Münster e.V. | Vereinsregister Amtsgericht Münster VR 1187 | Vorstand: Klaus-Dieter Rehbein, Ayşe Korkmaz
Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

BRANDHORST_NOTE = """Liebes Team,

zur Info – der MSO-Tag ist wieder am 13.03. Es wäre schön, wenn zwei von uns hingehen, gern auch jemand in die AG 1, da wir ja das Bildungsprojekt mit den Elternvereinen haben. Bitte meldet euch direkt bei der Stadt an und tragt den Samstag als Dienstzeit ein (Freizeitausgleich nach DV).

LG Ute

Dr. Ute Brandhorst
Leitung Integrationsagentur
Arbeiterhilfe Münster e.V."""


@mail("kahraman-forward-chain-integrationsagentur", "2027-01-14 08:46:03",
      E("registration", "m.kahraman@arbeiterhilfe-muenster.example", "Merve Kahraman",
        "Integrationsagentur der Arbeiterhilfe Münster e.V.", ["AG3", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Merve Kahraman <m.kahraman@arbeiterhilfe-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZP7kWq3xN0m2cUeR9vB1sT4yLrHlAAGb7Cg="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB5410E1F37C2A4D9B0E6F@AS8PR09MB5410.eurprd09.prod.outlook.example>"),
           ("References", INVITATION_ID + " <AS8PR09MB54107A0C41E9F2D3B8C1@AS8PR09MB5410.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [
        ([("Von", "Brandhorst, Ute <u.brandhorst@arbeiterhilfe-muenster.example>"),
          ("Gesendet", de_long("2027-01-13 17:22")),
          ("An", "Team Integrationsagentur <team-ia@arbeiterhilfe-muenster.example>"),
          ("Betreff", "WG: " + INVITATION_SUBJECT)], BRANDHORST_NOTE),
        ([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
          ("Gesendet", de_long("2027-01-12 14:03")),
          ("An", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
          ("Betreff", INVITATION_SUBJECT)], INVITATION),
    ]
    m.alternative(outlook_plain(KAHRAMAN_TEXT, KAHRAMAN_SIG, KAHRAMAN_DISC, quotes),
                  outlook_html(KAHRAMAN_TEXT, KAHRAMAN_SIG, KAHRAMAN_DISC, quotes,
                               charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# School social worker registers herself and a teacher colleague (2).  Old
# Thunderbird set to ISO-8859-1, quoted-printable.  "ca. 40 %", "3
# Seiteneinsteigerklassen", room B 0.07 are not party sizes.

@mail("luetkehaus-gesamtschule-latin1", "2027-01-15 10:14:29",
      E("registration", "k.luetkehaus@ge-am-kanal.schulen-ms.example", "Katrin Lütkehaus",
        "Städtische Gesamtschule Am Kanal", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", ew("Katrin Lütkehaus", "iso-8859-1", "q") + " <k.luetkehaus@ge-am-kanal.schulen-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO - Gesamtschule Am Kanal"),
           ("Date", m.date),
           ("Message-ID", "<4e8b2a61-9c07-43f5-b1d8-0a5e6c3f72d9@ge-am-kanal.schulen-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Katrin Lütkehaus <k.luetkehaus@ge-am-kanal.schulen-ms.example>"})
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

über das Netzwerk Schulsozialarbeit habe ich die Einladung zum Tag der
Migrantenselbstorganisationen bekommen. Hiermit melde ich mich und meine
Kollegin Frau Nadia Berisha (Lehrerin in unserer Internationalen
Vorbereitungsklasse) an.

Wir möchten beide in die Arbeitsgruppe "Menschen mit
Migrationsvorgeschichte im Bildungssystem". Uns interessiert besonders,
wie Schulen und Elternvereine besser zusammenarbeiten können - bei uns
haben ca. 40 % der Schülerinnen und Schüler eine Migrationsgeschichte,
und wir haben inzwischen 3 Seiteneinsteigerklassen.

Mit freundlichen Grüßen

Katrin Lütkehaus
Schulsozialarbeit
Städtische Gesamtschule Am Kanal
Sekundarstufe I und II
Am Kanal 5-9, 48163 Münster
Büro: Raum B 0.07 (Sprechzeiten für Schüler*innen: Mo-Do 7:45-8:15 Uhr
und in den großen Pausen)
Tel. 0251 2 10 48-37
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# English from a project coordinator at an adult education provider;
# "Workgroup III" in Roman numerals.  She says a German reply is fine: the
# language of her text is still English.  Bilingual signature and an
# English/German confidentiality notice.  Outlook multipart/alternative,
# UTF-8 base64.

OREILLY_TEXT = """Dear Ms Meza Correa-Flock,
Dear colleagues,

I hope this finds you well. My name is Siobhán O'Reilly and I coordinate the ESF Plus project "Pathways – Qualifizierung für Zugewanderte" at Bildungswerk Münster-Nord. A colleague at the Integrationsrat passed your invitation on to me.

I would like to register for the MSO Day on 13 March. I'd be most interested in Workgroup III on funding opportunities and association management – several of the migrant organisations we partner with keep asking us about small grants, and I'd love to hear what the city recommends.

Apologies for writing in English – my German is fine for everyday use, but I'm quicker in English. I'm happy to receive your reply in German.

Kind regards,
Siobhán"""

OREILLY_SIG = """Siobhán O'Reilly
Projektkoordination „Pathways“ | Project Coordinator
Bildungswerk Münster-Nord gGmbH
Grevener Straße 300, 48159 Münster
T +49 251 3 96 27-15
s.oreilly@bildungswerk-nord.example | https://www.bildungswerk-nord.example"""

OREILLY_DISC = """Bildungswerk Münster-Nord gGmbH · Sitz: Münster · Amtsgericht Münster HRB 14433 · Geschäftsführung: Dr. Renate Pohlmann
Das Projekt „Pathways“ wird gefördert durch die Europäische Union und das Land Nordrhein-Westfalen.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. / Diese E-Mail ist vertraulich und ausschließlich für den Adressaten bestimmt."""


@mail("oreilly-english-bildungswerk", "2027-01-15 16:40:12",
      E("registration", "s.oreilly@bildungswerk-nord.example", "Siobhán O'Reilly",
        "Bildungswerk Münster-Nord gGmbH", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "=?utf-8?B?U2lvYmjDoW4gTydSZWlsbHk=?= <s.oreilly@bildungswerk-nord.example>"),
           ("To", TO_MSO),
           ("Subject", "=?utf-8?Q?Registration_=E2=80=93_MSO_Day_13_March?="),
           ("Thread-Topic", "=?utf-8?Q?Registration_=E2=80=93_MSO_Day_13_March?="),
           ("Thread-Index", "AdtnZb0m4c1qT7xRQ6uN2eS5kF8jVw=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR02MB7788B2F90D1C4E3A8A7D@PA4PR02MB7788.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "en-IE, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Siobhán O'Reilly <s.oreilly@bildungswerk-nord.example>",
                    "Subject": "Registration – MSO Day 13 March"})
    m.alternative(outlook_plain(OREILLY_TEXT, OREILLY_SIG, OREILLY_DISC),
                  outlook_html(OREILLY_TEXT, OREILLY_SIG, OREILLY_DISC, charset="utf-8",
                               lang="EN-US"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 007 ---------------------------------------------------------------------
# "i.A.": the secretary registers her head of department, who comes alone,
# and asks for the confirmation to go to his address (which she mistyped;
# see 008 and 014).  Outlook HTML only, windows-1252 QP.  File reference
# "FB 4 / ve – 2027-031", office hours, a § 203 StGB confidentiality note.

VENNEMANN_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Matthias Kröger, Fachbereichsleitung Migration und Flucht, melde ich ihn für den Tag der Migrantenselbstorganisationen am Samstag, 13.03.2027, an.

Herr Dr. Kröger möchte an der Arbeitsgruppe II teilnehmen (Zukunftsprozess).

Bitte senden Sie die Anmeldebestätigung direkt an Herrn Dr. Kröger: m.kroeger@ev-sozialwerk-ms.example
Den Termin habe ich bereits in seinen Kalender eingetragen.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
i.A. Petra Vennemann"""

VENNEMANN_SIG = """Petra Vennemann
Sekretariat Fachbereich Migration und Flucht
Evangelisches Sozialwerk Münster e.V.
Friedrich-Ebert-Straße 7, 48153 Münster
Telefon 0251 27 09 91-10 | Telefax 0251 27 09 91-99
Unser Zeichen: FB 4 / ve – 2027-031
Bürozeiten Sekretariat: Mo–Do 8:30–15:30 Uhr, Fr 8:30–12:00 Uhr"""

VENNEMANN_DISC = """Evangelisches Sozialwerk Münster e.V. | Sitz Münster | VR 562 Amtsgericht Münster | Vorstand: Pfarrerin Dr. Gesine Albrecht (Vors.), Jörg Tenbrink
Vertraulichkeitshinweis: Diese Nachricht und ihre Anhänge sind ausschließlich für den bezeichneten Adressaten bestimmt und können vertrauliche Informationen enthalten, die der Schweigepflicht nach § 203 StGB unterliegen. Wenn Sie nicht der vorgesehene Adressat sind, ist jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe unzulässig. Bitte benachrichtigen Sie in diesem Fall den Absender und löschen Sie die Nachricht."""

VENNEMANN_MSGID = "<VI1PR06MB4411A08C2E3F47D1B9C5@VI1PR06MB4411.eurprd06.prod.outlook.example>"
VENNEMANN_SUBJECT = "Anmeldung Herr Dr. Kröger – Tag der Migrantenselbstorganisationen"


@mail("vennemann-ia-for-dr-kroeger", "2027-01-18 09:05:48",
      E("registration", "m.kroeger@ev-sozialwerk-ms.example", "Matthias Kröger",
        "Evangelisches Sozialwerk Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Vennemann, Petra" <p.vennemann@ev-sozialwerk-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew(VENNEMANN_SUBJECT, "windows-1252", "q")),
           ("Thread-Topic", ew(VENNEMANN_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AdtpfE1h0m9wR3kWQcO5zY2nB8tLxA=="),
           ("Date", m.date),
           ("Message-ID", VENNEMANN_MSGID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": VENNEMANN_SUBJECT})
    m.single(outlook_html(VENNEMANN_TEXT, VENNEMANN_SIG, VENNEMANN_DISC), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Sendmail-style bounce from the city's outgoing relay: the confirmation to
# the mistyped address from 007 was refused (Exchange Online: recipient not
# found).  multipart/report with text/rfc822-headers, not the whole message.

KROEGER_WRONG = "m.kroeger@ev-sozialwerk-ms.example"
KROEGER_CONF_ID = "<mailbot.20270118090559.7c1e@muenster.example>"


@mail("sendmail-bounce-kroeger-unknown", "2027-01-18 09:06:21",
      E("bounce", bounced=KROEGER_WRONG), "en")
def _(m):
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.muenster.example>"),
           ("To", f"<{MSO}>"),
           ("Subject", "Returned mail: see transcript for details"),
           ("Date", m.date),
           ("Message-ID", "<202701180806.30I86K2f019342@relay.muenster.example>"),
           ("Auto-Submitted", "auto-generated (failure)"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""The original message was received at Mon, 18 Jan 2027 09:05:59 +0100
from mailbot.muenster.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<{KROEGER_WRONG}>
    (reason: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {KROEGER_WRONG} not found by SMTP address lookup)

   ----- Transcript of session follows -----
... while talking to ev-sozialwerk-ms-example.mail.protection.outlook.example.:
>>> RCPT To:<{KROEGER_WRONG}>
<<< 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {KROEGER_WRONG} not found by SMTP address lookup
550 5.1.1 <{KROEGER_WRONG}>... User unknown
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay.muenster.example"),
         ("Received-From-MTA", "DNS; mailbot.muenster.example"),
         ("Arrival-Date", "Mon, 18 Jan 2027 09:05:59 +0100")],
        [("Final-Recipient", f"RFC822; {KROEGER_WRONG}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Remote-MTA", "DNS; ev-sozialwerk-ms-example.mail.protection.outlook.example"),
         ("Diagnostic-Code", f"SMTP; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             f"    {KROEGER_WRONG} not found by SMTP address lookup"),
         ("Last-Attempt-Date", "Mon, 18 Jan 2027 09:06:21 +0100")])
    headers = m.text(f"""Return-Path: <{MSO}>
Received: from mailbot.muenster.example (mailbot.muenster.example [192.0.2.25])
	by relay.muenster.example (8.17.2/8.17.2) with ESMTPS id 30I85xKd019338
	for <{KROEGER_WRONG}>; Mon, 18 Jan 2027 09:05:59 +0100
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: {KROEGER_WRONG}
Subject: {CONFIRMATION_SUBJECT}
Date: Mon, 18 Jan 2027 09:05:59 +0100
Message-ID: {KROEGER_CONF_ID}
In-Reply-To: {VENNEMANN_MSGID}
References: {VENNEMANN_MSGID}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [note, dsn, headers], style="sendmail",
            params={"report-type": "delivery-status"})


# -- 009 ---------------------------------------------------------------------
# A job centre-like office registers two staff as a numbered list; the
# answer is wanted at the team mailbox (Reply-To, and said in the text).
# First choice AG 2, fallback AG 3.  Outlook plain text, windows-1252 QP.
# The signature carries a sample BG number, room 3.08, phone/fax lines and
# opening hours.

@mail("tenhagen-ica-team-reply-to", "2027-01-18 10:31:55",
      E("registration", "migration-team@ica-muenster.example", "Ralf Tenhagen",
        "Integrationscenter für Arbeit Münster", ["AG2", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Tenhagen, Ralf" <ralf.tenhagen@ica-muenster.example>'),
           ("Reply-To", "Team Migration und Arbeit <migration-team@ica-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO / Team Migration und Arbeit"),
           ("Thread-Topic", "Anmeldung Tag der MSO / Team Migration und Arbeit"),
           ("Thread-Index", "AdtpjK7c2sTqXf4mR0yWbN8eH1uZ3g=="),
           ("Date", m.date),
           ("Message-ID", "<3f9a1c7e5b8d42e0a6c4@EXMB01.ica-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für das Team Migration und Arbeit des Integrationscenters für Arbeit Münster melden wir zwei Personen zum Tag der Migrantenselbstorganisationen an:

1. Ralf Tenhagen (Teamleitung)
2. Sandra Höving (Integrationsfachkraft)

Wunsch-AG: AG 2, ersatzweise AG 3.

Bitte richten Sie Ihre Antwort an unser Teampostfach migration-team@ica-muenster.example, damit auch die Vertretung Zugriff hat.

Mit freundlichen Grüßen
Ralf Tenhagen

Integrationscenter für Arbeit Münster (ICA)
Team Migration und Arbeit – Teamleitung
Hansaring 61, 48155 Münster
Besucheranschrift: Eingang B, 3. OG, Zimmer 3.08
Telefon: 0251 60977-310
Telefax: 0251 60977-399
Öffnungszeiten: Mo–Fr 8:00–12:30 Uhr, Do zusätzlich 14:00–17:00 Uhr

Bitte geben Sie bei allen Anfragen Ihre BG-Nummer an (z. B. 36502//0012345).
Persönliche Vorsprachen nur nach Terminvereinbarung.
Hinweise zum Datenschutz nach Art. 13 und 14 DSGVO: https://www.ica-muenster.example/datenschutz
""", charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# The team mailbox of 009 runs a ticket system: it answers the confirmation
# with a receipt and a case number.  Auto-Submitted: auto-replied,
# Precedence: bulk.  HTML and text alternative, UTF-8 QP.

ICA_TICKET = """Guten Tag,

vielen Dank für Ihre Nachricht an das Team Migration und Arbeit des Integrationscenters für Arbeit Münster.

Ihr Anliegen wurde unter der Vorgangsnummer 2027011800417 erfasst und wird in der Regel innerhalb von drei Werktagen bearbeitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Wenn Sie weitere Unterlagen einreichen möchten, nennen Sie bitte die Vorgangsnummer im Betreff.

Hinweis: Anträge auf Leistungen können per einfacher E-Mail nicht rechtsverbindlich gestellt werden. Nutzen Sie dafür bitte das Online-Portal unter https://portal.ica-muenster.example (Bereich „Anträge“).

Ihr Integrationscenter für Arbeit Münster"""


@mail("ica-ticket-receipt", "2027-01-18 10:32:40", E("auto_reply"), "de")
def _(m):
    m.head(("From", "ICA Team Migration und Arbeit <noreply-ticket@ica-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("[Vorgang #2027011800417] Eingangsbestätigung – " + CONFIRMATION_SUBJECT,
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<ticket.2027011800417.1768728760@helpdesk.ica-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270118103203.2b6f@muenster.example>"),
           ("References", "<mailbot.20270118103203.2b6f@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "OTRS Mail Service (6.0.38)"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "[Vorgang #2027011800417] Eingangsbestätigung – "
                               + CONFIRMATION_SUBJECT})
    m.alternative(ICA_TICKET,
                  "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                  "<body style=\"font-family:Geneva,Helvetica,Arial,sans-serif;font-size:12px;\">"
                  + "".join(f"<p>{_linkify(esc(p))}</p>" for p in ICA_TICKET.split("\n\n"))
                  + "</body></html>\n",
                  charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Turkish, from a migration counsellor of a Caritas-like organisation to a
# Turkish-speaking colleague in the organisers' team; she comes alone and
# chooses the education workgroup.  German signature.  ISO-8859-9, 8bit.

@mail("aydogan-turkish-ksd", "2027-01-19 11:50:09",
      E("registration", "g.aydogan@ksd-muenster.example", "Gülşen Aydoğan",
        "Katholischer Sozialdienst Münster e.V.", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", ew("Gülşen Aydoğan", "iso-8859-9", "b") + " <g.aydogan@ksd-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("MSO Günü - kayıt / Anmeldung", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<a2d5e7f1-3b6c-4c98-8e0f-17b9c4d2a6e3@ksd-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Gülşen Aydoğan <g.aydogan@ksd-muenster.example>",
                    "Subject": "MSO Günü - kayıt / Anmeldung"})
    m.single("""Sevgili Elif Hanım,

geçen hafta Stadtteilkonferenz'de konuştuğumuz gibi MSO Günü'ne katılmak
istiyorum. Sadece kendim için kayıt yaptırıyorum, yalnız geleceğim; ekipten
başka kimse o cumartesi gelemiyor.

Çalışma grubu olarak eğitim sistemiyle ilgili olanı (AG 1) seçiyorum.
Danışmanlığa gelen ailelerin çoğu okul konusunda zorluk yaşıyor, bu yüzden
bu grup benim için çok önemli.

Onay e-postasını Almanca gönderebilirsiniz, sorun değil.

Sevgiler,
Gülşen

-- 
Gülşen Aydoğan
Migrationsberatung für Erwachsene (MBE)
Katholischer Sozialdienst Münster e.V.
Josefstraße 2, 48153 Münster
Tel. 0251 53 00 9-41
Beratungszeiten: Di 9-12 Uhr, Do 14-17 Uhr und nach Vereinbarung
""", charset="iso-8859-9", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Question, not a registration: a city youth-welfare worker wants to know
# whether there is a certificate (for time off in lieu) before registering;
# he names a workgroup he would "probably" choose.  Outlook
# multipart/alternative, UTF-8 QP.

BUSSMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich arbeite im Bezirkssozialdienst Südost des Amtes für Kinder, Jugendliche und Familien und würde gern am Tag der Migrantenselbstorganisationen teilnehmen, vermutlich in der AG zum Bildungssystem.

Bevor ich mich verbindlich anmelde, zwei Fragen:
Wird die Veranstaltung als Fortbildung anerkannt bzw. gibt es eine Teilnahmebescheinigung? Da der 13.03. ein Samstag ist, brauche ich für den Freizeitausgleich einen Nachweis für meine Amtsleitung.
Und ist 16 Uhr als Ende fest, oder kann es später werden? Ich muss danach noch meine Kinder abholen.

Sobald das geklärt ist, melde ich mich richtig an.

Mit freundlichen Grüßen
Jan-Hendrik Bußmann"""

BUSSMANN_SIG = """Jan-Hendrik Bußmann
Stadt Münster
Amt für Kinder, Jugendliche und Familien
Bezirkssozialdienst Südost
Zimmer 104 | Tel. 0251 492-5163
Sprechzeiten: Di 9–12 Uhr und nach Vereinbarung"""


@mail("bussmann-jugendamt-fortbildung-question", "2027-01-19 15:08:30",
      E("question", "jan-hendrik.bussmann@stadt-muenster.example", "Jan-Hendrik Bußmann",
        "Amt für Kinder, Jugendliche und Familien", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Bußmann, Jan-Hendrik" <jan-hendrik.bussmann@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Frage zum MSO-Tag: Teilnahmebescheinigung / Freizeitausgleich"),
           ("Thread-Topic", "Frage zum MSO-Tag: Teilnahmebescheinigung / Freizeitausgleich"),
           ("Thread-Index", "AdtqVm2sK9e0P3bQTn1xF5cW8yRh4A=="),
           ("Date", m.date),
           ("Message-ID", "<9d0e4b2c7a1f43b8a5e2@EXCH01.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BUSSMANN_TEXT, BUSSMANN_SIG),
                  outlook_html(BUSSMANN_TEXT, BUSSMANN_SIG, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# A youth migration service worker registers two young adults and does not
# come himself: party 2, the attendee named first is the expected name, the
# confirmation goes to him.  Ages 21 and 19 and a phone number are not party
# sizes.  Thunderbird, UTF-8, 8bit, format=flowed.

@mail("reckfort-jmd-two-young-adults", "2027-01-20 13:22:17",
      E("registration", "t.reckfort@bsw-westfalen.example", "Abdirahman Farah",
        "Jugendmigrationsdienst Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Tobias Reckfort <t.reckfort@bsw-westfalen.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung fuer zwei Jugendliche aus dem JMD"),
           ("Date", m.date),
           ("Message-ID", "<0c6f2d94-5e1a-4b37-9f8c-d2a7e3b1f450@bsw-westfalen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

ich bin Berater beim Jugendmigrationsdienst Münster (Träger: Bildungs- und 
Sozialwerk Westfalen gGmbH) und möchte zwei junge Erwachsene aus unserer 
Gruppenarbeit für den MSO-Tag anmelden:

Abdirahman Farah, 21
Semhar Tekle, 19

Beide engagieren sich ehrenamtlich in der Hausaufgabenhilfe eines Vereins 
und möchten gern in die Arbeitsgruppe zum Bildungssystem. Ich selbst bin an 
dem Wochenende leider mit einer Jugendgruppe unterwegs, die zwei kommen 
also allein – sie kennen sich in Münster aber gut aus.

Eine eigene Mailadresse nutzen beide kaum, schreiben Sie die Bestätigung 
deshalb bitte an mich, ich gebe sie weiter.

Danke und viele Grüße
Tobias Reckfort

-- 
Jugendmigrationsdienst Münster
Bildungs- und Sozialwerk Westfalen gGmbH
Offene Sprechstunde: Mi 14–17 Uhr (ohne Termin)
Tel. 0251 70 44 58-3 | Signal/WhatsApp: 0157 344 09 118
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 014 ---------------------------------------------------------------------
# The secretary from 007 corrects the address she gave for her head of
# department and asks for the confirmation to be sent again; nothing else
# changes.  Labelled change (it alters the registration's contact address);
# email = the corrected address she asks us to use.  Outlook HTML only,
# windows-1252 QP, quoting her own first mail (which names AG II).

VENNEMANN2_TEXT = """Sehr geehrte Damen und Herren,

Herr Dr. Kröger hat mir mitgeteilt, dass bei ihm noch keine Anmeldebestätigung angekommen ist. Ich habe leider in meiner Mail vom Montag seine E-Mail-Adresse falsch angegeben – bitte entschuldigen Sie.

Die richtige Adresse lautet: matthias.kroeger@ev-sozialwerk-ms.example

Bitte ändern Sie die Adresse in der Anmeldung und schicken Sie die Bestätigung noch einmal dorthin. Alles andere bleibt wie gehabt.

Mit freundlichen Grüßen
i.A. Petra Vennemann"""


@mail("vennemann-corrects-address", "2027-01-20 16:02:44",
      E("change", "matthias.kroeger@ev-sozialwerk-ms.example", "Matthias Kröger",
        "Evangelisches Sozialwerk Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Vennemann, Petra" <p.vennemann@ev-sozialwerk-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + VENNEMANN_SUBJECT, "windows-1252", "q")),
           ("Thread-Topic", ew(VENNEMANN_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AdtpfE1h0m9wR3kWQcO5zY2nB8tLxAAEt0qZ"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB44115F2D9A0B4C1E8D73@VI1PR06MB4411.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", VENNEMANN_MSGID),
           ("References", VENNEMANN_MSGID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "AW: " + VENNEMANN_SUBJECT})
    short_sig = """Petra Vennemann
Sekretariat Fachbereich Migration und Flucht
Evangelisches Sozialwerk Münster e.V.
Telefon 0251 27 09 91-10"""
    quotes = [([("Von", "Vennemann, Petra"),
                ("Gesendet", de_long("2027-01-18 09:05")),
                ("An", "'mso-tag@muenster.example'"),
                ("Betreff", VENNEMANN_SUBJECT)],
               VENNEMANN_TEXT + "\n\n" + VENNEMANN_SIG)]
    m.single(outlook_html(VENNEMANN2_TEXT, short_sig, VENNEMANN_DISC, quotes),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Russian, from a counsellor with a Russian-German background to a
# Russian-speaking colleague in the organisers' team: she and a colleague
# (two persons), workgroup 2 named in Russian with the German keyword.  She
# closes with her first name only; the company signature gives the full name
# in Latin script.  Outlook multipart/alternative, UTF-8 base64.

BECKER_TEXT = """Добрый день, Ирина!

Мы с Вами познакомились в ноябре на встрече сети мигрантских организаций, поэтому пишу по-русски – надеюсь, так удобно.

Хочу зарегистрироваться на День мигрантских самоорганизаций 13 марта. Со мной придёт моя коллега Ольга Фризен, то есть нас будет двое. Мы обе хотели бы участвовать во второй рабочей группе – о процессе будущего Мюнстера (Zukunftsprozess).

Заранее спасибо!
С уважением,
Людмила"""

BECKER_SIG = """Ljudmila Becker
Migrationsberatung für Erwachsene
Paritätisches Sozialwerk Münster e.V.
Raum 2.03 | Wolbecker Straße 140 | 48155 Münster
Tel.: 0251 39 44 7-23
Sprechzeiten: Mo + Mi 9:00–12:00 Uhr, Termine nach Vereinbarung
Beratung auf Deutsch, Russisch und Ukrainisch"""


@mail("becker-russian-paritaet", "2027-01-22 14:03:26",
      E("registration", "l.becker@paritaet-ms.example", "Ljudmila Becker",
        "Paritätisches Sozialwerk Münster e.V.", ["AG2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", '"Becker, Ljudmila" <l.becker@paritaet-ms.example>'),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13.03.", "utf-8", "b")),
           ("Thread-Topic", ew("Регистрация на MSO-Tag 13.03.", "utf-8", "b")),
           ("Thread-Index", "AdtsyQ1f8kA3nZ0WRe7bT2mH5vLc9w=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2210C7D13E9A4F06B215@FR2P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, ru-RU"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Регистрация на MSO-Tag 13.03."})
    m.alternative(outlook_plain(BECKER_TEXT, BECKER_SIG),
                  outlook_html(BECKER_TEXT, BECKER_SIG, charset="utf-8", lang="RU"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Change: the teacher from 003 replaces one course participant with another;
# the number of persons stays three and no workgroup is named.  Outlook
# multipart/alternative, windows-1252 QP, quoting the confirmation.

OVERBECK2_TEXT = """Guten Tag,

eine kleine Änderung zu unserer Anmeldung: Herr Gebru hat am 13. März kurzfristig eine Schicht bei seinem neuen Arbeitgeber bekommen und kann leider nicht mitkommen. Stattdessen möchte Frau Rukhsana Ahmadi aus demselben Kurs gern teilnehmen. Es bleibt also bei drei Personen.

Viele Grüße
Birgit Overbeck
VHS Aasee"""


@mail("overbeck-replaces-participant", "2027-01-25 17:10:05",
      E("change", "b.overbeck@vhs-aasee.example", "Birgit Overbeck",
        "VHS Aasee", [], None, "de"), "de")
def _(m):
    m.head(("From", "Birgit Overbeck <b.overbeck@vhs-aasee.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZcJ0uF2dS1mKQ0a9xV7rT3eB6wAR4mNp"),
           ("Date", m.date),
           ("Message-ID", "<DB8PR04MB69217E41B0C94A2F8D16@DB8PR04MB6921.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270113152751.4d0a@muenster.example>"),
           ("References", "<mailbot.20270113152751.4d0a@muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                ("Gesendet", de_long("2027-01-13 15:27")),
                ("An", "Birgit Overbeck <b.overbeck@vhs-aasee.example>"),
                ("Betreff", CONFIRMATION_SUBJECT)], confirmation("AG1", 3))]
    m.alternative(outlook_plain(OVERBECK2_TEXT, quotes=quotes),
                  outlook_html(OVERBECK2_TEXT, quotes=quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# English, a welcome centre advisor registers herself and a colleague (2) for
# workgroup 3 with bullet points, and asks about a list of participating
# organisations (still a registration).  Outlook HTML only, UTF-8 QP, with
# an appointment link and a confidentiality notice.

EZE_TEXT = """Dear MSO-Tag team,

On behalf of the Welcome Center Münsterland I would like to register two people for the event on Saturday, 13 March 2027:

• Nkechi Eze, Integration & Relocation Advisor (myself)
• Lukas Brandt, Advisor for the Recognition of Foreign Qualifications

We would both like to join workgroup 3 (funding opportunities and effective association management).

Could you also let me know whether there will be a list of participating organisations beforehand? We'd like to bring some material on our services.

Best regards,
Nkechi Eze"""

EZE_SIG = """Nkechi Eze
Integration & Relocation Advisor
Welcome Center Münsterland
c/o Technologiehof, Mendelstraße 11, 48149 Münster
Phone +49 251 980 44-17 | Mobile +49 170 443 21 09
Office hours: Mon–Thu 9 am – 4 pm
Book an appointment: https://termine.welcome-muensterland.example"""

EZE_DISC = """Please consider the environment before printing this e-mail.
CONFIDENTIALITY NOTICE: This message is intended only for the named recipient(s) and may contain confidential information. If you are not an intended recipient, please inform the sender and delete the message."""


@mail("eze-welcome-center-english", "2027-01-26 10:05:51",
      E("registration", "nkechi.eze@welcome-muensterland.example", "Nkechi Eze",
        "Welcome Center Münsterland", ["AG3"], 2, "en"), "en")
def _(m):
    subject = "Registration: Tag der Migrantenselbstorganisationen – Welcome Center"
    m.head(("From", '"Eze, Nkechi" <nkechi.eze@welcome-muensterland.example>'),
           ("To", TO_MSO),
           ("Subject", subject),
           ("Thread-Topic", subject),
           ("Thread-Index", "AdtvnX2c7mA1pQ9WTe4kS0bR8yLh3g=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3025A9E7F1C24B6D0C38@AM0PR10MB3025.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(EZE_TEXT, EZE_SIG, EZE_DISC, charset="utf-8", lang="EN-GB"),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# A head teacher writes from the school's shared account on her iPad; her
# name is in the text, the school is the display name and in the text.

@mail("kleine-brockhoff-ipad-school-account", "2027-01-27 21:47:13",
      E("registration", "gs-lindenhof@schulen-ms.example", "Maria Kleine-Brockhoff",
        "Grundschule Am Lindenhof", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Grundschule Am Lindenhof <gs-lindenhof@schulen-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<6A2F0C1E-8B4D-4E37-9C15-D07E3B2A9F64@schulen-ms.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum MSO-Tag an, AG Bildung.
Maria Kleine-Brockhoff, Schulleiterin Grundschule Am Lindenhof

Freundliche Grüße
M. Kleine-Brockhoff

Von meinem iPad gesendet""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# The school mail server (Postfix with a German bounce template) returns the
# confirmation for 018: mailbox full.  multipart/report with the whole
# returned message.

LINDENHOF = "gs-lindenhof@schulen-ms.example"


@mail("school-mailbox-full-bounce-german", "2027-01-27 21:48:02",
      E("bounce", bounced=LINDENHOF), "de")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx1.schulen-ms.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", ew("Unzustellbare Nachricht: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270127204802.4C7E21A0388@mx1.schulen-ms.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received_from="mx1.schulen-ms.example",
           decoded={"Subject": "Unzustellbare Nachricht: " + CONFIRMATION_SUBJECT})
    note = m.text(f"""Dies ist das Mailsystem auf dem Rechner mx1.schulen-ms.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

Bei Rückfragen wenden Sie sich bitte an den Support des
Schulportals (support@schulen-ms.example) und fügen Sie diesen
Fehlerbericht bei.

                   Das Mailsystem

<{LINDENHOF}>: host 127.0.0.1[private/dovecot-lmtp] said:
    552 5.2.2 <{LINDENHOF}> Quota exceeded (mailbox for user is full)
    (in reply to end of DATA command)
""", charset="utf-8", cte="quoted-printable",
                  headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx1.schulen-ms.example"),
         ("X-Postfix-Queue-ID", "4C7E21A0388"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 27 Jan 2027 21:47:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {LINDENHOF}"),
         ("Original-Recipient", f"rfc822;{LINDENHOF}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{LINDENHOF}> Quota exceeded (mailbox for\n"
                             "    user is full)")])
    original = confirmation_message(
        f"Grundschule Am Lindenhof <{LINDENHOF}>", "AG1", 1,
        "Wed, 27 Jan 2027 21:47:55 +0100", "<mailbot.20270127214755.91c3@muenster.example>",
        "<6A2F0C1E-8B4D-4E37-9C15-D07E3B2A9F64@schulen-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Question about costs, invoice (order number, cost centre) and certificates
# from a language course provider; "4 + 1 Personen" are announced for later,
# nobody is registered yet.  multipart/mixed with a PDF purchase requisition.

WIEGMANN_TEXT = """Sehr geehrte Damen und Herren,

wir sind Träger von Integrations- und Berufssprachkursen und würden gern einige Teilnehmende und eine Lehrkraft zum MSO-Tag schicken (voraussichtlich 4 + 1 Personen).

Vorab zwei organisatorische Fragen:

1. Entstehen Kosten (Teilnahmebeitrag, Verpflegung)? Falls ja, benötigen wir eine Rechnung an unsere Verwaltung mit der Bestellnummer BA-2027-0112 und der Kostenstelle 340. Die Bestellanforderung habe ich vorsorglich angehängt.

2. Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Der Samstag ist zwar kein Kurstag, wir würden den Besuch aber gern in der Kursakte dokumentieren.

Wenn beides geklärt ist, schicke ich Ihnen die Namen für die Anmeldung.

Mit freundlichen Grüßen

Jens Wiegmann
Kurskoordination / Verwaltung
Lingua Plus Sprachen & Integration GmbH
Warendorfer Straße 190, 48145 Münster
Tel. 0251 13 37 40-12 | Fax 0251 13 37 40-19
Servicezeiten: Mo–Fr 9–13 Uhr

Geschäftsführer: Thomas Rüschoff | Amtsgericht Münster HRB 9911
Zugelassener Träger für Integrationskurse und Berufssprachkurse
"""


@mail("wiegmann-invoice-question-pdf", "2027-01-28 11:12:38",
      E("question", "j.wiegmann@lingua-plus.example", "Jens Wiegmann",
        "Lingua Plus Sprachen & Integration GmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jens Wiegmann <j.wiegmann@lingua-plus.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag: Kosten / Rechnung / Teilnahmebescheinigung?"),
           ("Date", m.date),
           ("Message-ID", "<000601db7164$2a9c4e10$7fd4ea30$@lingua-plus.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtxZCmV0x3bNfQ8Sl2kXc7eR1yPtA=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    body = m.text(WIEGMANN_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Bestellanforderung BA-2027-0112",
                             "Lingua Plus Sprachen & Integration GmbH",
                             "Kostenstelle: 340",
                             "Leistung: Teilnahme Tag der Migrantenselbstorganisationen 2027",
                             "Anzahl: 5 Personen (4 Teilnehmende, 1 Lehrkraft)",
                             "Betrag: ggf. laut Rechnung",
                             "Freigabe: J. Wiegmann, 27.01.2027"]),
                   "application", "pdf", "Bestellanforderung_BA-2027-0112.pdf")
    m.multi("mixed", [body, pdf], style="std")


# -- 021 ---------------------------------------------------------------------
# Arabic, from an integration agency worker with a Syrian background to an
# Arabic-speaking colleague of the organisers: she comes alone, first choice
# the first workgroup (education), else the second.  "١٣" in Arabic-Indic
# digits.  She closes with her first name in Arabic; the company signature
# gives the full name in Latin script.  Outlook multipart/alternative with an
# RTL body, UTF-8 base64.

KANAAN_TEXT = """الأستاذة سلمى المحترمة،

تحية طيبة وبعد،

كما اتفقنا هاتفياً، أرسل لكِ تسجيلي في يوم منظمات المهاجرين الذاتية يوم السبت ١٣ آذار/مارس. سأحضر وحدي.

أرغب في المشاركة في مجموعة العمل الأولى حول التعليم (Bildungssystem)، وإذا كانت ممتلئة فالمجموعة الثانية.

أعمل في وكالة الاندماج (Integrationsagentur) لدى Sozialwerk St. Lamberti، ونتعاون مع عدة جمعيات عربية في المدينة.

مع خالص التحية،
رشا"""

KANAAN_SIG = """Rasha Kanaan
Integrationsagentur
Sozialwerk St. Lamberti e.V.
Neubrückenstraße 12, 48143 Münster
Tel. 0251 48 21 5-60
Sprechstunde: Mi 10:00–13:00 Uhr"""


@mail("kanaan-arabic-lamberti", "2027-01-29 09:40:19",
      E("registration", "r.kanaan@sozialwerk-lamberti.example", "Rasha Kanaan",
        "Sozialwerk St. Lamberti e.V.", ["AG1", "AG2"], 1, "ar"), "ar")
def _(m):
    subject = "تسجيل – يوم منظمات المهاجرين (MSO-Tag)"
    m.head(("From", '"Kanaan, Rasha" <r.kanaan@sozialwerk-lamberti.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subject, "utf-8", "b")),
           ("Thread-Topic", ew(subject, "utf-8", "b")),
           ("Thread-Index", "AdtyHb4k0nW9sQ2mRf7cX1eP5uTz8A=="),
           ("Date", m.date),
           ("Message-ID", "<DU0PR08MB8811B4C92E0F4D7A9E31@DU0PR08MB8811.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "ar-SY, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": subject})
    m.alternative(outlook_plain(KANAAN_TEXT, KANAAN_SIG),
                  outlook_html(KANAAN_TEXT, KANAAN_SIG, charset="utf-8", lang="AR-SA", rtl=True),
                  charset="utf-8", cte="base64", style="outlook")


# -- 022 ---------------------------------------------------------------------
# A welfare service's team lead registers herself, a social worker and an
# intern (3) for AG II.  "5. Semester", room 014 and the file reference are
# not party sizes.  Outlook multipart/alternative, windows-1252 QP.

SCHULTE_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für den Fachdienst Flüchtlingssozialarbeit der Ordenshilfe St. Georg Münster e.V. melde ich folgende Personen zum Tag der Migrantenselbstorganisationen an:

- Martina Schulte-Rhode (Fachdienstleitung)
- Alexander Wolf (Sozialarbeiter, Unterkunft Gremmendorf)
- Lea Nguyen (Praktikantin, Soziale Arbeit im 5. Semester)

Wir würden gern gemeinsam die Arbeitsgruppe II besuchen.

Mit freundlichen Grüßen
Martina Schulte-Rhode"""

SCHULTE_SIG = """Martina Schulte-Rhode
Fachdienstleitung Flüchtlingssozialarbeit
Ordenshilfe St. Georg Münster e.V.
Raum 014 | Tel. 0251 91 83 22-40 | Fax 0251 91 83 22-49
Unser Zeichen: FFS/MSR-27-009"""

SCHULTE_DISC = """Die Ordenshilfe St. Georg Münster e.V. ist anerkannter Träger der freien Wohlfahrtspflege.
Informationen zum Datenschutz: https://www.ordenshilfe-muenster.example/datenschutz
Diese Nachricht ist vertraulich. Wenn Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("schulte-rhode-ordenshilfe-three", "2027-02-01 08:27:46",
      E("registration", "m.schulte-rhode@ordenshilfe-muenster.example", "Martina Schulte-Rhode",
        "Ordenshilfe St. Georg Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    subject = "Anmeldung 3 Personen – Fachdienst Flüchtlingssozialarbeit"
    m.head(("From", '"Schulte-Rhode, Martina" <m.schulte-rhode@ordenshilfe-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subject, "windows-1252", "q")),
           ("Thread-Topic", ew(subject, "windows-1252", "q")),
           ("Thread-Index", "Adt0cF9e2kB7mQ1xSa3nW8yT0vRd5g=="),
           ("Date", m.date),
           ("Message-ID", "<5e0c8a3b7f2d4196b8d1@SRV-EX01.ordenshilfe-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": subject})
    m.alternative(outlook_plain(SCHULTE_TEXT, SCHULTE_SIG, SCHULTE_DISC),
                  outlook_html(SCHULTE_TEXT, SCHULTE_SIG, SCHULTE_DISC),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Change in English (017): one colleague is replaced by another and both now
# want workgroup 2 instead of 3.  English Outlook reply header block, the
# confirmation quoted below.  multipart/alternative, UTF-8 QP.

EZE2_TEXT = """Dear MSO-Tag team,

A quick update on our registration: unfortunately Lukas Brandt is no longer able to attend, so my colleague Amira Saleh will come with me instead.

Also, having looked at the programme again, we would both prefer to switch to workgroup 2 (Münster's future process) rather than workgroup 3 – Amira coordinates our city partnership project, so that fits much better.

Many thanks and best regards,
Nkechi"""


@mail("eze-replace-colleague-switch-ag2", "2027-02-02 09:15:30",
      E("change", "nkechi.eze@welcome-muensterland.example", "Nkechi Eze",
        "Welcome Center Münsterland", ["AG2"], None, "en"), "en")
def _(m):
    m.head(("From", '"Eze, Nkechi" <nkechi.eze@welcome-muensterland.example>'),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbb8fR1m3cQ0k2TUe9xW7sP4aB5gAH8dQe"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB30257C1D0E2F4A9B8E50@AM0PR10MB3025.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270126100602.e81f@muenster.example>"),
           ("References", "<mailbot.20270126100602.e81f@muenster.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [([("From", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                ("Sent", en_long("2027-01-26 10:06")),
                ("To", "Eze, Nkechi <nkechi.eze@welcome-muensterland.example>"),
                ("Subject", CONFIRMATION_SUBJECT)], confirmation("AG3", 2))]
    m.alternative(outlook_plain(EZE2_TEXT, EZE_SIG, EZE_DISC, quotes),
                  outlook_html(EZE2_TEXT, EZE_SIG, EZE_DISC, quotes, charset="utf-8",
                               lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Sieve vacation reply from the school mail server (005's social worker is on
# a class trip) to the programme mail sent to everyone registered.
# Auto-Submitted: auto-replied (vacation); ordinary "Abwesend:" subject.

@mail("luetkehaus-vacation-sieve", "2027-02-03 09:00:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", "=?utf-8?q?Katrin_L=C3=BCtkehaus?= <k.luetkehaus@ge-am-kanal.schulen-ms.example>"),
           ("To", f"<{MSO}>"),
           ("Subject", "Abwesend: " + PROGRAMM_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<dovecot-sieve-1770105641-882301-0@mx1.schulen-ms.example>"),
           ("In-Reply-To", PROGRAMM_ID),
           ("References", PROGRAMM_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("X-Loop", "k.luetkehaus@ge-am-kanal.schulen-ms.example"),
           ("MIME-Version", "1.0"),
           received_from="mx1.schulen-ms.example",
           decoded={"From": "Katrin Lütkehaus <k.luetkehaus@ge-am-kanal.schulen-ms.example>"})
    m.single("""Guten Tag,

vielen Dank für Ihre E-Mail. Ich begleite vom 01.02. bis 09.02.2027 eine
Klassenfahrt und lese meine E-Mails in dieser Zeit nur unregelmäßig. Ab dem
10.02. bin ich wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der
Gesamtschule Am Kanal, Tel. 0251 2 10 48-0.

Mit freundlichen Grüßen
Katrin Lütkehaus
Schulsozialarbeit
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# A city social-services worker registers for the morning only and says she
# cannot join an afternoon workgroup: a registration with no workgroup.  "ab
# 13:00 Uhr", "Abteilung 50.4", room 318 are not choices.  Outlook plain
# text with a dashed disclaimer block, windows-1252 QP.

BROEMMELKAMP_SIG = """Stefanie Brömmelkamp
Stadt Münster – Sozialamt
Fachstelle Unterbringung und Integration von Geflüchteten
Abteilung 50.4
Dienstgebäude Hafenweg 40, Zimmer 318
Telefon: 0251 492-5048
Rufbereitschaft außerhalb der Dienstzeiten über die Leitstelle: 0251 492-0"""

BROEMMELKAMP_DISC = """--------------------------------------------------------------------
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie
nicht der richtige Adressat sein, benachrichtigen Sie bitte den
Absender und löschen Sie diese E-Mail.
Hinweis: Die Stadt Münster ist per E-Mail nur für formlose
Mitteilungen ohne elektronische Signatur erreichbar.
Informationen nach Art. 13 DSGVO:
https://www.stadt-muenster.example/datenschutz
--------------------------------------------------------------------"""

BROEMMELKAMP_MSGID = "<c41e7b9a2f0d4e3c8a56@EXCH02.stadt-muenster.example>"


@mail("broemmelkamp-sozialamt-vormittag", "2027-02-03 11:20:07",
      E("registration", "stefanie.broemmelkamp@stadt-muenster.example", "Stefanie Brömmelkamp",
        "Stadt Münster – Sozialamt", [], 1, "de"), "de")
def _(m):
    m.head(("From", '"Brömmelkamp, Stefanie" <stefanie.broemmelkamp@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag (nur Vormittag)"),
           ("Thread-Topic", "Anmeldung MSO-Tag (nur Vormittag)"),
           ("Thread-Index", "Adt2Iq0x7b1mS9eQTk3cZ5wN2rYp8A=="),
           ("Date", m.date),
           ("Message-ID", BROEMMELKAMP_MSGID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Ich kann allerdings nur am Vormittag teilnehmen, da ich an diesem Wochenende ab 13:00 Uhr Rufbereitschaft für die Unterbringung habe. An einer Arbeitsgruppe am Nachmittag kann ich daher leider nicht teilnehmen – mir geht es vor allem um den Auftakt und um Kontakte zu den Vereinen, mit denen wir in den Unterkünften zusammenarbeiten.

Mit freundlichen Grüßen
Im Auftrag

{BROEMMELKAMP_SIG}

{BROEMMELKAMP_DISC}
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# "i. A." from the director's office of an adult education centre: two
# persons are registered, the writer does not come.  Expected name: the
# attendee named first (the director); the reply goes to the writer.
# Outlook multipart/alternative, windows-1252 QP, typographic quotes.

MOELLERS_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag unseres Direktors, Herrn Prof. Dr. Hans-Georg Wilmsmeyer, melde ich folgende Personen zum Tag der Migrantenselbstorganisationen an:

Herr Prof. Dr. Hans-Georg Wilmsmeyer, Direktor der Volkshochschule Aasee
Frau Dr. Olena Marchenko, Fachbereichsleitung Deutsch als Fremd- und Zweitsprache

Beide möchten an der AG 1 „Menschen mit Migrationsvorgeschichte im Bildungssystem“ teilnehmen.

Herr Prof. Dr. Wilmsmeyer ist gern bereit, im Plenum kurz über die Erfahrungen der VHS mit den Integrationskursen zu berichten – sprechen Sie mich dazu bei Interesse gern an.

Mit freundlichen Grüßen
i. A. Sandra Möllers"""

MOELLERS_SIG = """Sandra Möllers
Sekretariat der Direktion
Volkshochschule Aasee
Lindenweg 3 | 48149 Münster
Telefon: 0251 987654-10
Sprechzeiten Sekretariat: Mo–Fr 9:00–12:00 Uhr
Unser Zeichen: Dir/mö 2027-018"""


@mail("moellers-ia-vhs-direktion", "2027-02-04 10:02:58",
      E("registration", "s.moellers@vhs-aasee.example", "Hans-Georg Wilmsmeyer",
        "Volkshochschule Aasee", ["AG1"], 2, "de"), "de")
def _(m):
    subject = "Anmeldung Direktion VHS Aasee – MSO-Tag 13.03.2027"
    m.head(("From", ew("Möllers, Sandra", "windows-1252", "q") + " <s.moellers@vhs-aasee.example>"),
           ("To", TO_MSO),
           ("Subject", ew(subject, "windows-1252", "q")),
           ("Thread-Topic", ew(subject, "windows-1252", "q")),
           ("Thread-Index", "Adt2+Xb1c0kQ7mTnSe2aW9rP4yLz3A=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR04MB6921F05A3C7E4D1B9A62@DB8PR04MB6921.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Möllers, Sandra <s.moellers@vhs-aasee.example>",
                    "Subject": subject})
    m.alternative(outlook_plain(MOELLERS_TEXT, MOELLERS_SIG),
                  outlook_html(MOELLERS_TEXT, MOELLERS_SIG),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# The city's staff newsletter reaches the event mailbox (a city mailbox):
# it asks staff to "anmelden" for a health day and mentions workshops and
# deadlines, but it is not about the MSO-Tag.  List headers, Precedence:
# bulk, multipart/alternative UTF-8 QP.

INTRANET_TEXT = """Mitarbeitenden-Info 03/2027
Personal- und Organisationsamt der Stadt Münster

Liebe Kolleginnen und Kollegen,

in dieser Ausgabe:

1. Neue Dienstvereinbarung „Mobiles Arbeiten“
Die überarbeitete Dienstvereinbarung tritt am 1. April 2027 in Kraft. Wesentliche Neuerung: Bis zu 60 % der Arbeitszeit können nach Absprache mit der Führungskraft mobil erbracht werden. Den Volltext finden Sie im Intranet unter https://intranet.stadt-muenster.example/dv-mobiles-arbeiten.

2. Gesundheitstag am 10. März 2027
Im Stadthaus 1 erwarten Sie Vorträge, Rückenscreening und drei Workshops (Workshop 1: Stressbewältigung, Workshop 2: Bewegte Pause, Workshop 3: Gesunde Ernährung im Büro). Bitte melden Sie sich bis zum 26. Februar über das Fortbildungsportal an; die Teilnahme gilt als Arbeitszeit.

3. Fortbildungsprogramm 2. Halbjahr
Vorschläge für Inhouse-Seminare nimmt das Team Personalentwicklung bis zum 15. März entgegen: personalentwicklung@stadt-muenster.example.

4. Zeiterfassung
Wegen eines Updates ist das Zeiterfassungssystem am Samstag, 20. Februar, von 6:00 bis 14:00 Uhr nicht erreichbar.

Ihr Personal- und Organisationsamt

Sie erhalten diese Nachricht, weil Ihr Postfach im Verteiler „Alle Beschäftigten“ geführt wird. Funktionspostfächer können über das IT-Serviceportal abgemeldet werden."""


@mail("stadt-intranet-mitarbeiterinfo", "2027-02-05 07:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Personal- und Organisationsamt <mitarbeiterinfo@stadt-muenster.example>"),
           ("To", "Alle Beschaeftigten <alle-beschaeftigten@stadt-muenster.example>"),
           ("Subject", "Mitarbeitenden-Info 03/2027: Mobiles Arbeiten, Gesundheitstag, Zeiterfassung"),
           ("Date", m.date),
           ("Message-ID", "<mi-2027-03.1770271200@intranet.stadt-muenster.example>"),
           ("List-Id", "Alle Beschaeftigten <alle-beschaeftigten.stadt-muenster.example>"),
           ("Precedence", "bulk"),
           ("X-Auto-Response-Suppress", "OOF, AutoReply"),
           ("MIME-Version", "1.0"),
           received_from="intranet.stadt-muenster.example")
    paras = INTRANET_TEXT.split("\n\n")
    html_body = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                 "<title>Mitarbeitenden-Info 03/2027</title></head>"
                 "<body style=\"margin:0;background:#f2f2f2\">"
                 "<table role=\"presentation\" width=\"600\" align=\"center\" "
                 "style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px\">"
                 "<tr><td style=\"background:#be1428;color:#ffffff;padding:16px;font-size:20px\">"
                 + esc(paras[0]).replace("\n", "<br>") + "</td></tr>"
                 + "".join(f"<tr><td style=\"padding:8px 16px\">{_linkify(esc(p)).replace(chr(10), '<br>')}</td></tr>"
                           for p in paras[1:])
                 + "</table></body></html>\n")
    m.alternative(INTRANET_TEXT, html_body, charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Polish, from a migration counsellor (AWO-like organisation) to a
# Polish-speaking contact at the city: she comes alone ("Przyjdę sama"),
# workgroup "nr 3".  German signature.  Thunderbird, ISO-8859-2 QP.

@mail("nowicka-berg-polish", "2027-02-08 13:36:40",
      E("registration", "a.nowicka-berg@arbeiterhilfe-muenster.example", "Agnieszka Nowicka-Berg",
        "Arbeiterhilfe Münster e.V.", ["AG3"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Nowicka-Berg <a.nowicka-berg@arbeiterhilfe-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag / Anmeldung", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<e6b3a0d8-41c2-4f7e-9a15-3d8c0f2b7e94@arbeiterhilfe-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Zgłoszenie na MSO-Tag / Anmeldung"})
    m.single("""Droga Pani Joanno,

dziękuję za miłą rozmowę na spotkaniu sieci w zeszłym tygodniu. Tak jak
obiecałam, zgłaszam się na Dzień Organizacji Migranckich 13 marca.

Przyjdę sama. Najbardziej interesuje mnie grupa robocza nr 3 - finansowanie
i zarządzanie stowarzyszeniem, bo w poradni często pomagamy polskim
stowarzyszeniom przy wnioskach o dotacje.

Pozdrawiam serdecznie
Agnieszka Nowicka-Berg

-- 
Agnieszka Nowicka-Berg
Migrationsberatung für Erwachsene (MBE)
Arbeiterhilfe Münster e.V.
Hafenstraße 64, 48153 Münster
Tel. 0251 52 08 13-35
Beratung auf Deutsch und Polnisch: Di 9-12 Uhr, Do 13-16 Uhr
""", charset="iso-8859-2", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English from a job coach who comes with two participants of his coaching
# group (3), workgroup 2; he asks whether he may interpret for one of them
# (still a registration).  "group 7", "B1", "Room 2.21" are distractors.
# Outlook multipart/alternative, UTF-8 QP.

ALHAMWI_TEXT = """Hello,

I'm a job coach at Integration Point Münster and would like to register for the MSO Day on 13 March.

I will attend together with two participants from our job coaching group "Fit for Work" (group 7), who are both active in their communities:
- Ms Hiwet Tesfay
- Mr Omar Nouri

So we will be 3 persons in total. We are interested in workgroup 2, Münster's future process.

Ms Tesfay is still learning German (level B1) – would it be okay if I interpret for her in the workgroup?

Thank you and best regards
Bashar Al-Hamwi"""

ALHAMWI_SIG = """Bashar Al-Hamwi
Job Coach | Integration Point Münster
Joint service of the employment agency and the ICA
Room 2.21 | Phone 0251 60977-521
Appointments Mon–Thu by arrangement"""


@mail("al-hamwi-integration-point-english", "2027-02-10 16:18:22",
      E("registration", "bashar.al-hamwi@integrationpoint-ms.example", "Bashar Al-Hamwi",
        "Integration Point Münster", ["AG2"], 3, "en"), "en")
def _(m):
    subject = "MSO Day – registration for 3 persons"
    m.head(("From", '"Al-Hamwi, Bashar" <bashar.al-hamwi@integrationpoint-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subject, "utf-8", "q")),
           ("Thread-Topic", ew(subject, "utf-8", "q")),
           ("Thread-Index", "Adt/1kTq3bR0nV8mSc2eX7wA9uPf4Q=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR07MB6650D81E9C2A4B7F0C43@PR3PR07MB6650.eurprd07.prod.outlook.example>"),
           ("Accept-Language", "en-US, de-DE, ar-SY"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": subject})
    m.alternative(outlook_plain(ALHAMWI_TEXT, ALHAMWI_SIG),
                  outlook_html(ALHAMWI_TEXT, ALHAMWI_SIG, charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Cancellation for both persons of 005, after the class trip: the school's
# open day was moved to 13 March.  Thunderbird reply quoting the
# confirmation with '>'; UTF-8 8bit.

@mail("luetkehaus-cancel-tag-der-offenen-tuer", "2027-02-11 07:48:15",
      E("cancellation", "k.luetkehaus@ge-am-kanal.schulen-ms.example", "Katrin Lütkehaus",
        "GE Am Kanal", [], None, "de"), "de")
def _(m):
    m.head(("From", "=?UTF-8?Q?Katrin_L=C3=BCtkehaus?= <k.luetkehaus@ge-am-kanal.schulen-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b93d07c2-6e1f-4a58-8c24-f0e5a9d31b76@ge-am-kanal.schulen-ms.example>"),
           ("In-Reply-To", "<mailbot.20270115101438.0f5d@muenster.example>"),
           ("References", "<mailbot.20270115101438.0f5d@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Katrin Lütkehaus <k.luetkehaus@ge-am-kanal.schulen-ms.example>"})
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen Frau Berisha und ich unsere Anmeldung zurückziehen. Unsere
Schulkonferenz hat den Tag der offenen Tür auf Samstag, den 13. März
gelegt, und da müssen wir beide in der Schule sein.

Wir hoffen, nächstes Jahr dabei sein zu können!

Viele Grüße
Katrin Lütkehaus
Schulsozialarbeit GE Am Kanal

Am 15.01.2027 um 10:14 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Question: a vocational-school teacher asks whether she may bring her whole
# class (22 pupils).  She writes from her private Gmail address because the
# school mail is being migrated.  Gmail multipart/alternative, UTF-8 QP.

TERHORST_TEXT = """Hallo liebes Team vom MSO-Tag,

ich bin Lehrerin am Berufskolleg an der Werse und unterrichte eine Internationale Förderklasse (22 Schüler*innen, 16 bis 19 Jahre alt, die meisten seit ein, zwei Jahren in Deutschland).

Wäre es möglich, mit der ganzen Klasse zum MSO-Tag zu kommen, zumindest zum Vormittagsprogramm? Ich weiß, dass das eigentlich eine Fachveranstaltung ist, aber für die Jugendlichen wäre es eine tolle Gelegenheit, Vereine kennenzulernen. Wenn das zu viele sind, könnten wir auch mit einer kleineren Gruppe kommen.

Ich schreibe von meiner privaten Adresse, weil unser Schulmailsystem gerade umgestellt wird.

Viele Grüße
Anja Terhorst"""


@mail("terhorst-whole-class-question", "2027-02-12 12:05:33",
      E("question", "anja.terhorst@mail.example", "Anja Terhorst",
        "Berufskolleg an der Werse", [], None, "de"), "de")
def _(m):
    m.head(("From", "Anja Terhorst <anja.terhorst@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Teilnahme mit einer Schulklasse möglich?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq9TbW2kR7nE0pLz5mVd8sHc1yGf4uQj6aNo3iKx2BeZ9wA@mail.gmail.example>"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Teilnahme mit einer Schulklasse möglich?"})
    m.alternative(TERHORST_TEXT, gmail_html(TERHORST_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# A head of a city office forwards his team's internal replies and registers
# two staff and himself (3) for AG 2.  The quoted chain has "AG 1 wäre auch
# interessant", "2–3 Leuten" and "AG 2" again; only the new text counts.
# Outlook multipart/alternative, windows-1252 QP, CRLF line ends.

BRUEGGEMANN_TEXT = """Liebe Frau Meza Correa-Flock,

unten die Rückmeldungen aus meinem Team. Bitte melden Sie für das Amt für Stadtentwicklung und Statistik folgende drei Personen an: Frau Anna Schulze-Eckel, Herrn Emre Demir und mich.

Wir gehen alle in die AG 2 – der Zukunftsprozess ist ja unser Thema, und wir würden dort gern kurz den Stand der Bürgerbeteiligung „Münster 2040“ vorstellen, wenn das passt. Dazu rufe ich Sie noch einmal an.

Herzliche Grüße
Ulrich Brüggemann"""

BRUEGGEMANN_SIG = """Ulrich Brüggemann
Amtsleitung
Stadt Münster
Amt für Stadtentwicklung und Statistik
Stadthaus 3, Raum 5.12
Tel. 0251 492-6100 | Fax 0251 492-7788
ulrich.brueggemann@stadt-muenster.example"""

BRUEGGEMANN_QUOTES = [
    ([("Von", "Demir, Emre"),
      ("Gesendet", de_long("2027-02-12 11:04")),
      ("An", "Brüggemann, Ulrich"),
      ("Betreff", "AW: MSO-Tag – wer kommt mit?")],
     """Ich bin dabei. Mich hätte zwar auch die AG 1 interessiert, aber die AG 2 passt besser zu unserem Projekt.
Gruß Emre"""),
    ([("Von", "Schulze-Eckel, Anna"),
      ("Gesendet", de_long("2027-02-11 16:37")),
      ("An", "Brüggemann, Ulrich"),
      ("Betreff", "AW: MSO-Tag – wer kommt mit?")],
     """Hallo Ulrich,
ich komme gern mit, der 13.03. ist bei mir frei.
Anna"""),
    ([("Von", "Brüggemann, Ulrich"),
      ("Gesendet", de_long("2027-02-11 09:15")),
      ("An", "61-Team Stadtentwicklung"),
      ("Betreff", "MSO-Tag – wer kommt mit?")],
     """Liebe Kolleginnen und Kollegen,

am 13.03. ist der MSO-Tag im Stadtweinhaus. Ich würde gern mit 2–3 Leuten aus dem Team hingehen (AG 2). Wer hat Zeit? Der Samstag wird als Mehrarbeit abgerechnet.

Gruß UB"""),
]


@mail("brueggemann-team-chain-amt-stadtentwicklung", "2027-02-15 14:30:09",
      E("registration", "ulrich.brueggemann@stadt-muenster.example", "Ulrich Brüggemann",
        "Amt für Stadtentwicklung und Statistik", ["AG2"], 3, "de"), "de")
def _(m):
    subject = "WG: MSO-Tag – wer kommt mit?"
    m.head(("From", '"Brüggemann, Ulrich" <ulrich.brueggemann@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subject, "windows-1252", "q")),
           ("Thread-Topic", ew("MSO-Tag – wer kommt mit?", "windows-1252", "q")),
           ("Thread-Index", "AdtyNw8bQ3k1Wm0eRz5cT9aX2pLv7gAA1b2cAAR3xYA="),
           ("Date", m.date),
           ("Message-ID", "<0a7d3e1f9b2c4d68e5f1@EXCH01.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True, decoded={"Subject": subject})
    m.alternative(outlook_plain(BRUEGGEMANN_TEXT, BRUEGGEMANN_SIG, quotes=BRUEGGEMANN_QUOTES),
                  outlook_html(BRUEGGEMANN_TEXT, BRUEGGEMANN_SIG, quotes=BRUEGGEMANN_QUOTES),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Cancellation in English (006); a colleague "may still register separately"
# is not a registration.  Her Outlook has a German interface (Von:/Gesendet:).
# multipart/alternative, UTF-8 base64.

OREILLY2_TEXT = """Dear MSO-Tag team,

I'm afraid I have to cancel my registration for 13 March – the steering group meeting with our funding body has been moved to that Saturday and I need to be there.

A colleague from our team may still register separately; she'll be in touch herself.

Apologies for the inconvenience, and best of luck with the event!

Kind regards,
Siobhán"""

OREILLY2_SIG = """Siobhán O'Reilly
Project Coordinator „Pathways“
Bildungswerk Münster-Nord gGmbH"""


@mail("oreilly-cancel-english", "2027-02-16 08:55:47",
      E("cancellation", "s.oreilly@bildungswerk-nord.example", "Siobhán O'Reilly",
        "Bildungswerk Münster-Nord gGmbH", [], None, "en"), "en")
def _(m):
    m.head(("From", "=?utf-8?B?U2lvYmjDoW4gTydSZWlsbHk=?= <s.oreilly@bildungswerk-nord.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbZ3Kc8dS0mF1eQkW2bN7xR9tA4gAu5vLm"),
           ("Date", m.date),
           ("Message-ID", "<PA4PR02MB77880E3A1F5D4C29B6E4@PA4PR02MB7788.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270115164024.a37b@muenster.example>"),
           ("References", "<mailbot.20270115164024.a37b@muenster.example>"),
           ("Accept-Language", "en-IE, de-DE"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Siobhán O'Reilly <s.oreilly@bildungswerk-nord.example>"})
    quotes = [([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                ("Gesendet", de_long("2027-01-15 16:40")),
                ("An", "Siobhán O'Reilly <s.oreilly@bildungswerk-nord.example>"),
                ("Betreff", CONFIRMATION_SUBJECT)], confirmation("AG3", 1))]
    m.alternative(outlook_plain(OREILLY2_TEXT, OREILLY2_SIG, OREILLY_DISC, quotes),
                  outlook_html(OREILLY2_TEXT, OREILLY2_SIG, OREILLY_DISC, quotes,
                               charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 034 ---------------------------------------------------------------------
# GroupWise reply to the invitation, five weeks late: GroupWise puts the
# original below a ">>> sender date >>>" line without prefixing the quoted
# lines, so the invitation's AG list sits unmarked under the new text.
# First choice education, else AG 3.  text/plain, UTF-8 QP.

@mail("huesing-groupwise-late-reply", "2027-02-17 10:40:26",
      E("registration", "m.huesing@fbs-aegidii.example", "Monika Hüsing",
        "Familienbildungsstätte Haus Aegidii", ["AG1", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Monika Hüsing" <m.huesing@fbs-aegidii.example>'),
           ("To", f"<{MSO}>"),
           ("Subject", "Antw: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<67B3F6C2020000A4000C1D2E@gw.fbs-aegidii.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "GroupWise 18.4.2"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

entschuldigen Sie die späte Rückmeldung, die Einladung lag bei mir länger im Posteingang.

Ich melde mich gern noch zum MSO-Tag an. Am liebsten würde ich in die Arbeitsgruppe zum Bildungssystem gehen; falls die schon voll ist, alternativ in die AG 3.

Zur Info: Wir bieten in der Familienbildungsstätte seit Herbst ein Elterncafé in arabischer und kurdischer Sprache an und suchen dafür noch Kooperationspartner aus den Vereinen.

Mit freundlichen Grüßen
Monika Hüsing
Familienbildungsstätte Haus Aegidii
Fachbereich Familie und Migration
Aegidiistraße 21, 48143 Münster
Tel. 0251 4 18 66-20
Kursprogramm und Anmeldung: https://www.fbs-aegidii.example

>>> Tag der Migrantenselbstorganisationen <{MSO}> 12.01.2027 14:03 >>>
{INVITATION}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change (022): a new colleague joins, four persons instead of three; she will
# go to "dieselbe Arbeitsgruppe" (no new choice).  Outlook
# multipart/alternative, windows-1252 QP, quoting the confirmation.

SCHULTE2_TEXT = """Sehr geehrte Damen und Herren,

zu unserer Anmeldung (Bestätigung siehe unten) eine Ergänzung: Unsere neue Kollegin Frau Hatice Yavuz, die seit Februar bei uns im Fachdienst arbeitet, möchte ebenfalls teilnehmen und würde mit uns in dieselbe Arbeitsgruppe gehen. Wir wären dann zu viert.

Ist das noch möglich?

Mit freundlichen Grüßen
Martina Schulte-Rhode"""


@mail("schulte-rhode-adds-colleague", "2027-02-22 09:10:14",
      E("change", "m.schulte-rhode@ordenshilfe-muenster.example", "Martina Schulte-Rhode",
        "Ordenshilfe St. Georg Münster e.V.", [], 4, "de"), "de")
def _(m):
    m.head(("From", '"Schulte-Rhode, Martina" <m.schulte-rhode@ordenshilfe-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdH0e3xN7cK2mT0aR9pS1bW5fQgAZ8kLr"),
           ("Date", m.date),
           ("Message-ID", "<8b2f4d6a0c1e4937a7b3@SRV-EX01.ordenshilfe-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270201082801.5c92@muenster.example>"),
           ("References", "<mailbot.20270201082801.5c92@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                ("Gesendet", de_long("2027-02-01 08:28")),
                ("An", "Schulte-Rhode, Martina <m.schulte-rhode@ordenshilfe-muenster.example>"),
                ("Betreff", CONFIRMATION_SUBJECT)], confirmation("AG2", 3))]
    m.alternative(outlook_plain(SCHULTE2_TEXT, SCHULTE_SIG, SCHULTE_DISC, quotes),
                  outlook_html(SCHULTE2_TEXT, SCHULTE_SIG, SCHULTE_DISC, quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Outlook for Android: a staff member forwards his team lead's internal
# forward (which says "schon für die AG 2 angemeldet" and quotes the
# invitation) to the office and registers for AG 3, alone.  The server
# appends the organisation's disclaimer below the whole quoted chain.  He
# writes the short form "ICA Münster"; the footer gives the full name.
# multipart/alternative, UTF-8 QP.

KORTMANN_TEXT = """Hallo,

ich würde mich auch gern noch anmelden, für die AG 3 (Fördermittel). Bin allein.

Sebastian Kortmann
ICA Münster, Team Migration und Arbeit"""

TENHAGEN_FWD = f"""Liebe Kolleginnen und Kollegen,

zur Info: Falls noch jemand Interesse am MSO-Tag hat – Anmeldung bis 06.03. direkt an {MSO}. Sandra und ich sind schon für die AG 2 angemeldet.

Gruß
Ralf"""

ICA_FOOTER = """Integrationscenter für Arbeit Münster | Hansaring 61, 48155 Münster | Datenschutz: https://www.ica-muenster.example/datenschutz
Diese E-Mail ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht."""


def _android_hdr(pairs):
    inner = "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in pairs)
    return ("<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
            "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
            f"style=\"font-size:11pt\" color=\"#000000\">{inner}</font><div>&nbsp;</div></div>")


def _divs(text):
    return "".join(f"<div>{_linkify(esc(line)) if line else '<br>'}</div>" for line in text.split("\n"))


@mail("kortmann-android-forward", "2027-02-24 18:52:08",
      E("registration", "sebastian.kortmann@ica-muenster.example", "Sebastian Kortmann",
        "Integrationscenter für Arbeit Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kortmann, Sebastian" <sebastian.kortmann@ica-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZP7kWq3xN0m2cUeR9vB1sT4yLgTm0qAAB4cR"),
           ("Date", m.date),
           ("Message-ID", "<AS2PR03MB9146C2B0E8D14F7A5E93@AS2PR03MB9146.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID + " <5c0e2a7f9d1b48e3b6a4@EXMB01.ica-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    fwd1 = [("Von", "Tenhagen, Ralf <ralf.tenhagen@ica-muenster.example>"),
            ("Gesendet", de_long("2027-02-24 08:12")),
            ("An", "ICA Team Migration und Arbeit <migration-team@ica-muenster.example>"),
            ("Betreff", "WG: " + INVITATION_SUBJECT)]
    fwd2 = [("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
            ("Gesendet", de_long("2027-01-12 14:03")),
            ("An", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
            ("Betreff", INVITATION_SUBJECT)]
    plain = (KORTMANN_TEXT + "\n\nVon Outlook für Android gesendet\n"
             + "________________________________\n"
             + "\n".join(f"{k}: {v}" for k, v in fwd1) + "\n\n" + TENHAGEN_FWD + "\n\n"
             + "________________________________\n"
             + "\n".join(f"{k}: {v}" for k, v in fwd2) + "\n\n" + INVITATION + "\n\n"
             + "________________________________\n" + ICA_FOOTER)
    html_body = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div dir=\"auto\">" + _divs(KORTMANN_TEXT) + "</div>"
                 "<div dir=\"auto\"><br></div><div id=\"ms-outlook-mobile-signature\">"
                 "<div dir=\"auto\">Von Outlook für Android gesendet</div></div>\n"
                 + _android_hdr(fwd1) + "<div>" + _divs(TENHAGEN_FWD) + "</div>\n"
                 + _android_hdr(fwd2) + "<div>" + _divs(INVITATION) + "</div>\n"
                 + "<hr><p style=\"font-size:8pt;color:#808080\">"
                 + _linkify(esc(ICA_FOOTER)).replace("\n", "<br>") + "</p>\n</body></html>\n")
    m.alternative(plain, html_body, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Invitation to another event (a welfare federation's conference with
# workshops 1-4, a fee and its own registration deadline), sent to a mailing
# list that includes the event mailbox.  Newsletter tool, alternative.

AGW_TEXT = """Einladung zum Fachtag
„Interkulturelle Öffnung in der Wohlfahrtspflege – vom Leitbild zur Praxis“

Donnerstag, 18. März 2027, 9:30 bis 15:30 Uhr
Haus der Begegnung, Kardinal-von-Galen-Ring 45, 48149 Münster

Sehr geehrte Damen und Herren,

die Arbeitsgemeinschaft der Wohlfahrtsverbände in Münster lädt Sie herzlich zu ihrem diesjährigen Fachtag ein. Nach einem Vortrag von Prof. Dr. Sibel Arıkan (Hochschule Osnabrück) arbeiten wir in vier Workshops:

Workshop 1: Mehrsprachige Beratung – Dolmetschen, Sprachmittlung, digitale Tools
Workshop 2: Personalgewinnung und Vielfalt im Team
Workshop 3: Kooperation mit Migrantenselbstorganisationen
Workshop 4: Diskriminierungssensible Beratung

Der Teilnahmebeitrag beträgt 25 € (inkl. Mittagsimbiss). Bitte melden Sie sich bis zum 10. März 2027 über unser Online-Formular an: https://anmeldung.agw-muenster.example/fachtag2027

Leiten Sie diese Einladung gern an interessierte Kolleginnen und Kollegen weiter.

Mit freundlichen Grüßen
Geschäftsstelle der Arbeitsgemeinschaft der Wohlfahrtsverbände in Münster

Sie erhalten diese E-Mail, weil Sie in unserem Verteiler „Fachinformationen Migration“ eingetragen sind. Abmelden: https://anmeldung.agw-muenster.example/abmelden"""


@mail("agw-fachtag-invitation", "2027-02-26 10:00:00", E("other"), "de")
def _(m):
    subject = "Einladung: Fachtag Interkulturelle Öffnung am 18. März 2027"
    m.head(("From", "Arbeitsgemeinschaft der Wohlfahrtsverbände <fachtag@agw-muenster.example>"),
           ("To", "Verteiler Fachinformationen Migration <verteiler-migration@agw-muenster.example>"),
           ("Subject", ew(subject, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl.fachtag2027.0226100000.4471@news.agw-muenster.example>"),
           ("List-Unsubscribe", "<https://anmeldung.agw-muenster.example/abmelden>"),
           ("List-Id", "Fachinformationen Migration <migration.agw-muenster.example>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"),
           received_from="news.agw-muenster.example",
           decoded={"Subject": subject})
    paras = AGW_TEXT.split("\n\n")
    html_body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
                 "<body style=\"font-family:Verdana,sans-serif;font-size:13px;color:#222\">"
                 "<div style=\"max-width:640px;margin:auto\">"
                 + "".join(f"<p>{_linkify(esc(p)).replace(chr(10), '<br>')}</p>" for p in paras)
                 + "</div></body></html>\n")
    m.alternative(AGW_TEXT, html_body, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Partial withdrawal (026): the director cannot come, his colleague still
# does; "nur noch eine Person".  Labelled change with party_size 1; no
# workgroup named.  Outlook multipart/alternative, windows-1252 QP.

MOELLERS2_TEXT = """Sehr geehrte Damen und Herren,

leider muss Herr Prof. Dr. Wilmsmeyer seine Teilnahme am 13.03. absagen, da er kurzfristig zu einer Sitzung des Landesverbands nach Düsseldorf fahren muss.

Frau Dr. Olena Marchenko nimmt wie angemeldet teil. Bitte führen Sie für uns also nur noch eine Person.

Mit freundlichen Grüßen
i. A. Sandra Möllers"""


@mail("moellers-director-withdraws", "2027-03-01 11:25:36",
      E("change", "s.moellers@vhs-aasee.example", "Olena Marchenko",
        "Volkshochschule Aasee", [], 1, "de"), "de")
def _(m):
    m.head(("From", ew("Möllers, Sandra", "windows-1252", "q") + " <s.moellers@vhs-aasee.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdv8c1mQ0kW7eTnS3aX9bR2pLz4gCB5tYe"),
           ("Date", m.date),
           ("Message-ID", "<DB8PR04MB692140C7E1A24F93B8D5@DB8PR04MB6921.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270204100311.b6e0@muenster.example>"),
           ("References", "<mailbot.20270204100311.b6e0@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Möllers, Sandra <s.moellers@vhs-aasee.example>"})
    quotes = [([("Von", f"Tag der Migrantenselbstorganisationen <{MSO}>"),
                ("Gesendet", de_long("2027-02-04 10:03")),
                ("An", "Möllers, Sandra <s.moellers@vhs-aasee.example>"),
                ("Betreff", CONFIRMATION_SUBJECT)], confirmation("AG1", 2))]
    m.alternative(outlook_plain(MOELLERS2_TEXT, MOELLERS_SIG, quotes=quotes),
                  outlook_html(MOELLERS2_TEXT, MOELLERS_SIG, quotes=quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Cancellation (025): her on-call duty now covers the whole Saturday.
# Outlook plain text with "-----Ursprüngliche Nachricht-----" quote of the
# confirmation; windows-1252 QP; the long disclaimer again.

@mail("broemmelkamp-cancel", "2027-03-02 15:45:50",
      E("cancellation", "stefanie.broemmelkamp@stadt-muenster.example", "Stefanie Brömmelkamp",
        "Stadt Münster – Sozialamt", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Brömmelkamp, Stefanie" <stefanie.broemmelkamp@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdiq0x7b1mS9eQTk3cZ5wN2rYpwCHn3Ak"),
           ("Date", m.date),
           ("Message-ID", "<e3a90c5d7b1f4a28c6d4@EXCH02.stadt-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270203112019.6a4d@muenster.example>"),
           ("References", "<mailbot.20270203112019.6a4d@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

ich muss meine Anmeldung für den 13.03. leider zurücknehmen: Die Rufbereitschaft an diesem Wochenende wurde auf den ganzen Samstag ausgeweitet, daher kann ich auch vormittags nicht kommen.

Ich wünsche Ihnen eine gelungene Veranstaltung.

Mit freundlichen Grüßen
Im Auftrag

{BROEMMELKAMP_SIG}

{BROEMMELKAMP_DISC}

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: {de_long("2027-02-03 11:20")}
An: Brömmelkamp, Stefanie <stefanie.broemmelkamp@stadt-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation(None, 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# After the event: the youth worker from 013 asks for certificates of
# attendance for the two young adults (birth dates given).  A question.
# Thunderbird, UTF-8 8bit.

@mail("reckfort-certificate-after-event", "2027-03-15 10:12:21",
      E("question", "t.reckfort@bsw-westfalen.example", "Tobias Reckfort",
        "JMD Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Tobias Reckfort <t.reckfort@bsw-westfalen.example>"),
           ("To", MSO),
           ("Subject", "Teilnahmebescheinigungen MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<71e4c0a9-2d8b-4f63-b5e7-9a0c3d1f6e28@bsw-westfalen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

Abdirahman und Semhar waren ganz begeistert vom Samstag – vielen Dank,
dass die beiden dabei sein konnten!

Eine Bitte hätte ich noch: Könnten Sie den beiden jeweils eine
Teilnahmebescheinigung ausstellen? Semhar möchte sie ihrer Bewerbung für
ein FSJ beilegen, und Abdirahman braucht sie als Nachweis für sein
Bewerbungsportfolio. Gern als PDF an mich, ich drucke sie dann aus.

Die vollständigen Namen und Geburtsdaten:
Abdirahman Farah, geb. 04.09.2005
Semhar Tekle, geb. 17.02.2007

Viele Grüße
Tobias Reckfort
JMD Münster
""", charset="utf-8", cte="8bit")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
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
AGS = {"AG1", "AG2", "AG3"}
LANGS = {"de", "en", "tr", "ar", "ru", "pl"}


def _norm(s):
    return " ".join(s.split())


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # hand-encoded headers decode to what was meant
    raw = email.message_from_bytes(data, policy=email.policy.compat32)
    for hname, want in m.header_text.items():
        got = str(make_header(decode_header(raw[hname].replace("\n", "").replace("\r", ""))))
        if got != want:
            problems.append(f"header {hname} decodes to {got!r}, meant {want!r}")
    # every leaf decodes to exactly the text written, in its declared charset
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = g.get_content_charset() or "us-ascii"
        try:
            strict = g.get_payload(decode=True).decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL uses an example domain
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
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    # labels well formed and backed by the mail
    e = expected
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
    if e["kind"] not in KINDS:
        problems.append(f"bad kind {e['kind']}")
    if not set(e["workgroups"]) <= AGS or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    flat = _norm(html.unescape(text))
    if e["kind"] in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or e["email"] not in flat.lower():
            problems.append("email missing, not lower-case or not in the mail")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append("language label")
        for key in ("name", "organisation"):
            if e[key] is not None and _norm(e[key]) not in flat:
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if not e["name"]:
            problems.append("person mail without name")
        if e["kind"] == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
        if e["kind"] in ("cancellation", "question") and (e["party_size"] is not None or e["workgroups"]):
            problems.append("cancellation/question carry no party_size or workgroups")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient only for bounces")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "party_size", "language")) \
                or e["workgroups"]:
            problems.append("machine/other mail must have null person fields")
        if (e["kind"] == "bounce") != (e["bounced_recipient"] is not None):
            problems.append("bounced_recipient set iff bounce")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if e["bounced_recipient"] != (e["bounced_recipient"] or "").lower() or \
                not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not lower-case or not in any Final-Recipient")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by_lang = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        by_lang[t][e["kind"]] += 1
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text language -> kinds:")
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang}: {dict(sorted(c.items()))}")
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
    last = None
    for name, m, _, _ in built:
        if last is not None and m.when <= last:
            print(f"{name}: dates must rise with the numbering")
            bad += 1
        last = m.when
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
