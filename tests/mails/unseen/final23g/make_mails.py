#!/usr/bin/env python3
"""Build the "final23g" evaluation set for `mailbot parse`: mails/NNN-slug.eml and
expected.json.  Theme: the MSO-Tag 2027 (same event and config as ../dev), with
mails about accessibility and needs - wheelchairs, sign-language and
speech-to-text interpreters, personal assistants, guide dogs, easy language,
food, a prayer room, a quiet room, travel costs - plus changes and
cancellations, in German (some in "Leichte Sprache" style), simple and ordinary
English, Arabic, Turkish and Ukrainian.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes) and that every label is well formed and
agrees with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind and language

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
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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

    def __init__(self, slug, when, tz_hours=1):
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
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
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
        # set_content() drops every Content-* header; keep Content-Language.
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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
    ops = ["BT", "/F1 20 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -24 Td")
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


def make_png(width=64, height=40):
    """A small RGB PNG: sky, a red-and-white banner, grass."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 14:
                px = (135, 190, 235)
            elif y < 24:
                px = (200, 30, 40) if (x // 8) % 2 == 0 else (250, 250, 250)
            else:
                px = (70, 150, 60)
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

# The invitation of this year asks about support needs, so many mails answer it.
INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Wir möchten, dass alle gut teilnehmen können. Bitte schreiben Sie uns bei
der Anmeldung, ob Sie Unterstützung brauchen, zum Beispiel
Gebärdensprachdolmetschung, Unterlagen in Leichter Sprache oder einen
barrierefreien Zugang.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
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


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")



def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the attribution line and the
    quoted message in a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    new = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                  for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{new}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
            f"class=\"gmail_attr\">{esc(attribution)}<br></div><blockquote "
            "class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px "
            f"solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def conf_id(stamp):
    """Message-ID of the confirmation mailbot sent at `stamp` (YYYYMMDDhhmmss)."""
    return f"<mailbot.{stamp}.{_h(stamp, 'c')[:4]}@muenster.example>"


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
# Thunderbird reply quoting the invitation (whose new paragraph names
# Gebärdensprachdolmetschung and Leichte Sprache); a wheelchair user brings
# his personal assistant, "zu zweit" -> 2.

@mail("karatas-rollstuhl-assistent-quoting-invitation", "2027-01-12 15:27:44",
      E("registration", "selim.karatas@migration-behinderung-ms.example", "Selim Karataş",
        "Netzwerk Migration und Behinderung Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Selim Karataş <selim.karatas@migration-behinderung-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1f7d2e-0c93-4a6e-8e51-d2a7f39c0b18@migration-behinderung-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

danke für die Einladung, und danke, dass Sie diesmal gleich nach
Unterstützungsbedarf fragen! Ich möchte mich gerne für die AG 2 anmelden.

Ich bin Rollstuhlfahrer und komme mit meinem persönlichen Assistenten,
Herrn Jonas Reker. Wir sind also zu zweit. Können Sie mir kurz sagen, ob
das Stadtweinhaus einen stufenlosen Eingang hat und ob die AG 2 im
Erdgeschoss stattfindet?

Viele Grüße
Selim Karataş

-- 
Netzwerk Migration und Behinderung Münster e.V.
Sprecher
Tel. 0251 98 76 540

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# "Leichte Sprache" style: one short sentence a line.  "Gruppe Schule" is an
# alias of AG1; her Betreuerin comes along and she counts them herself (2).

@mail("demir-leichte-sprache-betreuerin", "2027-01-13 17:52:10",
      E("registration", "aylin.demir@web-mail.example", "Aylin Demir",
        "Frauen-Treff Kinderhaus", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Aylin Demir <aylin.demir@web-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d20c4e1-6a5b-4f98-b3c2-19e8a0d7f645-1768323130224@3c-app-webmail-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Aylin Demir.
Ich will zum MSO-Tag kommen.
Am 13. März.

Ich will in die Gruppe Schule.
Das Thema ist wichtig für mich.

Ich komme mit meiner Betreuerin.
Sie heißt Frau Laukötter.
Wir sind 2 Personen.

Ich bin im Verein Frauen-Treff Kinderhaus.

Bitte schreiben Sie mir in Leichter Sprache.
Dann verstehe ich es gut.

Viele Grüße
Aylin Demir
""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  A blind writer comes with his guide
# dog: the dog is not a person (1).  Asks for accessible documents.

BOATENG_TEXT = """Dear MSO-Tag team,

I would like to register for the Tag der Migrantenselbstorganisationen on 13 March. I'm interested in Workgroup 3 (funding and association management).

Please note that I am blind and will be accompanied by my guide dog, Nala. I hope that's not a problem at the Stadtweinhaus. Apart from Nala I'll be coming on my own.

Could you send me the agenda and any handouts in advance as a Word or plain-text file? Scanned PDFs don't work with my screen reader.

Many thanks,
Samuel Boateng
African Community Network Münster"""


@mail("boateng-english-guide-dog", "2027-01-13 21:08:33",
      E("registration", "samuel.boateng@mail.example", "Samuel Boateng",
        "African Community Network Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Samuel Boateng <samuel.boateng@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag 13 March (guide dog)"),
           ("Date", m.date),
           ("Message-ID", "<CAH3xKp9qR2vT8nW1mZ5bL7sJc4FgYd0uE6oPkA3rB9yX2eSfQw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BOATENG_TEXT, gmail_html(BOATENG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, UTF-8 base64.  The first
# workgroup in words ("مجموعة العمل الأولى"), she comes with her husband (2);
# "ثلاثة أطفال" (three children) is not the party.  Asks for a prayer place
# and halal food.  The Arabic signature beats the Latin display name.

HASSAN_TEXT = """السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين يوم السبت 13 مارس في Stadtweinhaus.
أرغب في المشاركة في مجموعة العمل الأولى (التعليم)، لأن عندي ثلاثة أطفال في المدرسة وأعمل متطوعة في جمعيتنا.
سيحضر معي زوجي، أي سنكون شخصين.

عندي سؤالان:
- هل يوجد مكان للصلاة؟ وقت صلاة الظهر يكون أثناء البرنامج.
- هل الطعام حلال، أو هل يوجد خيار نباتي؟

شكراً جزيلاً
فاطمة حسن
جمعية أولياء الأمور العرب في مونستر"""


@mail("hassan-arabic-prayer-room", "2027-01-14 10:31:05",
      E("registration", "fatima.hassan@mail.example", "فاطمة حسن",
        "جمعية أولياء الأمور العرب في مونستر", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Fatima Hassan <fatima.hassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("التسجيل – يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM9vR4wL2kP7xT1nQ8mZ3bH5sJd6FgYc0uE2oNiA4rB7xW1eTq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HASSAN_TEXT, gmail_html(HASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 005 ---------------------------------------------------------------------
# A deaf writer, German shaped by sign-language grammar; iso-8859-1 QP.  He
# asks the organiser to book two DGS interpreters: interpreters booked by the
# organiser are not part of his party ("Ich komme allein" -> 1).

@mail("markou-gehoerlos-dgs-dolmetscher", "2027-01-15 09:14:27",
      E("registration", "i.markou@gehoerlose-migranten-ms.example", "Ioannis Markou",
        "Verein gehörloser Migrantinnen und Migranten Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ioannis Markou <i.markou@gehoerlose-migranten-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag + Dolmetscher DGS"),
           ("Date", m.date),
           ("Message-ID", "<001201db6743$a2b3c4d0$e7f8a9b0$@gehoerlose-migranten-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin gehörlos und möchte gern am MSO-Tag teilnehmen. Thema AG 3
Förderung Verein ist für uns wichtig, unser Verein sucht Geld für Projekte.

Ich brauche Gebärdensprachdolmetscher (DGS), am besten 2 Dolmetscher, weil
ganzer Tag. Können Sie bestellen? Kosten bezahlt normalerweise Veranstalter.
Bitte Info, wenn Dolmetscher bestätigt.

Ich komme allein.

Danke
Ioannis Markou
Verein gehörloser Migrantinnen und Migranten Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable, subject in RFC 2047 iso-8859-9.  Three
# persons named one by one; "1. çalışma grubu" = AG1.  "ikimiz" (two of us)
# is about the food, not the party.

@mail("aydemir-turkish-three-food", "2027-01-15 19:40:51",
      E("registration", "gulsum.aydemir@tkd-muenster.example", "Gülsüm Aydemir",
        "Münster Türk Kadınlar Derneği", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Gülsüm Aydemir", "gulsum.aydemir@tkd-muenster.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO Günü kaydı - Münster Türk Kadınlar Derneği", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270115194051.3C7A2E90B1@tkd-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart'taki Göçmen Dernekleri Günü'ne (Tag der Migrantenselbstorganisationen)
derneğimizden üç kişi olarak katılmak istiyoruz: ben, başkan yardımcımız
Emine Hanım ve gönüllümüz Serpil Hanım.
Hepimiz 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz.

Yemek konusunda bir ricamız var: ikimiz vejetaryen besleniyoruz, Emine Hanım
da sadece helal et yiyor. Bunu dikkate alabilirseniz çok seviniriz.

Saygılarımla
Gülsüm Aydemir
Münster Türk Kadınlar Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Ukrainian from an iPhone, UTF-8 base64.  Her son (16) in a wheelchair comes
# too: "нас буде двоє" = we will be two.  Cyrillic signature beats the Latin
# display name.

@mail("bondar-ukrainian-son-wheelchair", "2027-01-16 11:22:39",
      E("registration", "halyna.bondar@mail.example", "Галина Бондар",
        "Товариство «Мрія» Мюнстер e.V.", ["AG2"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Halyna Bondar <halyna.bondar@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Реєстрація 13.03", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9F2C4B1A-7E3D-4C58-A6B0-1D2E3F4A5B6C@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Я хочу зареєструватися на День організацій мігрантів 13 березня. Мене цікавить робоча група 2 (майбутнє Мюнстера).

Зі мною прийде мій син, йому 16 років, він користується інвалідним візком. Тобто нас буде двоє.
Чи є в будівлі ліфт і туалет для людей з інвалідністю?

Дякую!
Галина Бондар
Товариство «Мрія» Мюнстер e.V.

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 QP.  An office of the city registers the
# writer and a colleague who uses a wheelchair (2); AG 2, else AG 1; asks for
# a disabled parking space.  "Im Auftrag", phone number in the signature.

LOHMANN_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Herrn Yusuf Erdem (stellv. Vorsitzender des Beirats) zum Tag der Migrantenselbstorganisationen am 13. März 2027 an. Wir würden gern an der AG 2 teilnehmen, ersatzweise an der AG 1.

Herr Erdem nutzt einen Rollstuhl. Wir wären Ihnen dankbar, wenn Sie uns einen Behindertenparkplatz in der Nähe des Stadtweinhauses nennen oder für uns reservieren könnten.

Mit freundlichen Grüßen
Im Auftrag

Petra Lohmann
Geschäftsstelle
Beirat für Menschen mit Behinderungen der Stadt Münster
Tel. 0251 / 492-5613"""


@mail("lohmann-beirat-outlook-html-parking", "2027-01-18 08:46:12",
      E("registration", "petra.lohmann@stadt-muenster.example", "Petra Lohmann",
        "Beirat für Menschen mit Behinderungen der Stadt Münster", ["AG2", "AG1"], 2, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", '"Lohmann, Petra" <petra.lohmann@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Beirat für Menschen mit Behinderungen"),
           ("Thread-Topic", "Anmeldung Beirat für Menschen mit Behinderungen"),
           ("Thread-Index", "AdtpF3kR8vXq2mN4b7Yc1sWzE5dKhA=="),
           ("Date", m.date),
           ("Message-ID", "<6a2d9f0c4e1b4f37@EXCH02.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(LOHMANN_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Question: travel costs for a disability transport service; she will
# register only if they are refunded (conditional -> question).  "60 Euro" and
# "Rollator" are not a party or a group.

@mail("schaefer-fahrtkosten-question", "2027-01-19 14:05:48",
      E("question", "irina.schaefer@mail.example", "Irina Schäfer",
        "Deutsch-Russischer Kulturkreis Greven e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Irina Schäfer <irina.schaefer@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Fahrtkosten MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<b83d1e62-5a0f-4c7b-9d24-e6f1a8c3b750@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe die Einladung zum MSO-Tag über unseren Verein bekommen und würde
gern teilnehmen. Ich wohne allerdings in Greven und bin auf einen Fahrdienst
angewiesen, weil ich nur noch mit Rollator laufen kann. Die Fahrt nach
Münster und zurück kostet mich etwa 60 Euro.

Meine Frage: Werden Fahrtkosten für Menschen mit Behinderung erstattet?
Wenn ja, melde ich mich sehr gern an.

Mit freundlichen Grüßen
Irina Schäfer
Deutsch-Russischer Kulturkreis Greven e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Simple English from an Android phone, ASCII only; "group 3", "I come alone";
# "since 2 years" is not a number of persons.  Asks for easy language.

@mail("warsame-simple-english-phone", "2027-01-20 18:37:02",
      E("registration", "abdi.warsame@mail.example", "Abdi Warsame",
        "Somali Community Münster", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abdi <abdi.warsame@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO day"),
           ("Date", m.date),
           ("Message-ID", "<m2x8v4.1768930622.galaxy@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello

My name is Abdi Warsame. I am from Somalia, I live in Munster since 2 years. I am member of Somali Community Münster.

I want come to the MSO day on 13 march. Please group 3. I come alone.

Please can you write me in easy English or easy German? My German is not so good.

Thank you
Abdi

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Outlook alternative, windows-1252 QP.  Four persons listed: the writer, the
# treasurer, a blind member with his guide dog and the member's companion
# (Begleitperson): the companion counts, the dog does not (4).

RAMIREZ_TEXT = """Sehr geehrte Damen und Herren,

für den Lateinamerikanischen Kulturverein melde ich uns zum MSO-Tag an. Wir kommen zu viert:
- ich selbst
- unsere Kassiererin, Frau Beatriz Ortiz
- unser Mitglied Herr Paulo Mendes, er ist blind und kommt mit seinem Blindenführhund
- Herrn Mendes’ Begleitperson, Frau Sandra Köhler

Wir möchten alle in die AG 3 (Förderung / Vereinsmanagement).

Gibt es für den Hund einen ruhigen Platz und eine Schale Wasser? Das wäre sehr nett.

Mit freundlichen Grüßen
Alejandro Ramírez Soto
Vorsitzender
Lateinamerikanischer Kulturverein Münster e.V.
www.lateinamerika-ms.example"""


@mail("ramirez-vier-personen-begleitperson-hund", "2027-01-21 10:12:36",
      E("registration", "a.ramirez@lateinamerika-ms.example", "Alejandro Ramírez Soto",
        "Lateinamerikanischer Kulturverein Münster e.V.", ["AG3"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Ramírez Soto, Alejandro" <a.ramirez@lateinamerika-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Lateinamerikanischer Kulturverein – 4 Personen"),
           ("Thread-Topic", "Anmeldung Lateinamerikanischer Kulturverein – 4 Personen"),
           ("Thread-Index", "AdtrB9cVx2n5Q0mR7kT3pW8yZ1eFgH=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR03MB6120A7B8C9D0E1F2A3B4C5D6E7F8@DB8PR03MB6120.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, es-ES"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RAMIREZ_TEXT), outlook_html(RAMIREZ_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Out-of-office (Auto-Submitted: auto-replied) to a confirmation; it names
# another address, which is not a registration.

@mail("hodzic-abwesenheitsnotiz", "2027-01-21 14:40:19",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Amela Hodžić <amela.hodzic@bosnischer-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<auto.1768999219.5521@bosnischer-kulturverein.example>"),
           ("In-Reply-To", conf_id("20270121144012")),
           ("References", conf_id("20270121144012")),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 1. Februar 2027 nicht
im Büro und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden
Sie sich bitte an info@bosnischer-kulturverein.example.

Mit freundlichen Grüßen
Amela Hodžić
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Arabic, plain UTF-8 8bit.  "مجموعة العمل الثالثة" = the third workgroup; his
# father with a rollator comes too, "المجموع: شخصان" = in total two persons.
# Name and organisation only in the Latin signature.

@mail("alhamwi-arabic-father-rollator", "2027-01-22 20:15:58",
      E("registration", "omar.alhamwi@dsv-muenster.example", "Omar Al-Hamwi",
        "Deutsch-Syrischer Verein Münster e.V.", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Al-Hamwi <omar.alhamwi@dsv-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<5d8e2b7a-41c9-4f06-a3e8-0b7c9d2f1e64@dsv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا عضو في الهيئة الإدارية لجمعيتنا، وأود أن أسجل للمشاركة في يوم منظمات المهاجرين في 13 مارس.
نحن مهتمون بمجموعة العمل الثالثة حول إمكانيات التمويل وإدارة الجمعيات.

سيأتي معي والدي، وهو يمشي بمساعدة مشاية (Rollator)، لذلك نرجو أن تخبرونا إن كان هناك مصعد أو مدخل بدون درج.
المجموع: شخصان.

مع الشكر والتحية
Omar Al-Hamwi
Deutsch-Syrischer Verein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# A support worker writes for a man with a learning disability and comes as
# his assistant (2).  Name = the attendee; email = the writer's (he has none
# and she asks for the confirmation); organisation = the association he is a
# member of (form block), not her employer in the signature.  Outlook
# alternative, windows-1252, typographic quotes around the workgroup alias,
# "Personen: 2 (...)", disclaimer.

WESSELS_TEXT = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag von Herrn Hamid Noori, der gerne am MSO-Tag teilnehmen möchte. Herr Noori hat eine Lernbeeinträchtigung und kann nicht gut lesen. Ich begleite ihn an dem Tag als Assistenz.

Name: Hamid Noori
Verein: Afghanischer Kulturverein Münster e.V.
Arbeitsgruppe: „Münsters Zukunft“
Personen: 2 (Herr Noori und ich als Assistenz)

Herr Noori hat keine eigene E-Mail-Adresse. Bitte schicken Sie die Bestätigung an mich, wenn möglich in einfacher Sprache, dann kann ich sie ihm gut vorlesen.

Mit freundlichen Grüßen

Johanna Wessels
Ambulant Betreutes Wohnen
Caritasverband für die Stadt Münster e.V.
Telefon 0251 53009-412

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""


@mail("wessels-assistenz-fuer-noori", "2027-01-25 11:03:27",
      E("registration", "j.wessels@caritas-ms.example", "Hamid Noori",
        "Afghanischer Kulturverein Münster e.V.", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wessels, Johanna" <j.wessels@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Herr Hamid Noori mit Assistenz"),
           ("Thread-Topic", "Anmeldung Herr Hamid Noori mit Assistenz"),
           ("Thread-Index", "AdtuC4fW2b9x1nR6mK0qT5vZ8yE3sA=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR05MB4417F2E3D4C5B6A7980A1B2C3D4E@AM6PR05MB4417.eurprd05.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WESSELS_TEXT), outlook_html(WESSELS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Turkish from an iPhone, partly typed without Turkish letters; German alias
# "Fördermittel grubuna (3)"; her husband in a wheelchair comes: "Toplam 2
# kişiyiz".  No organisation.

@mail("yuce-turkish-phone-esim-tekerlekli", "2027-01-26 21:47:13",
      E("registration", "hatice.yuce@mail.example", "Hatice Yüce", None,
        ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "hatice.yuce <hatice.yuce@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO günü kayit"),
           ("Date", m.date),
           ("Message-ID", "<0C7D2A91-3E5F-4B68-9A1C-E2D3F4A5B6C7@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
ben Hatice Yüce, MSO gününe katilmak istiyorum. Fördermittel grubuna (3) gelmek istiyorum. Eşim de benimle geliyor, o tekerlekli sandalye kullaniyor. Toplam 2 kişiyiz.
Salonda asansör var mi?
Tesekkürler
Hatice

iPhone'umdan gönderildi
""", charset="utf-8", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Apple Mail alternative, UTF-8 QP.  A mosque association: 5 persons ("3
# Frauen, 2 Männer"), AG 1, else AG 2; asks for a room for the midday prayer
# ("10 Minuten" is no party size) and for labelled food.

YAVUZ_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wir möchten uns als Islamische Gemeinde Münster-Kinderhaus zum MSO-Tag anmelden. Wir kommen mit 5 Personen (3 Frauen, 2 Männer). Erste Wahl ist die AG 1 Bildung, falls die voll ist, gerne AG 2.

Zwei Fragen hätten wir noch:
Gibt es im Stadtweinhaus einen Raum, in dem wir kurz das Mittagsgebet verrichten können? Ein ruhiger Nebenraum für 10 Minuten würde reichen.
Und ist das Essen beim Imbiss gekennzeichnet (Schweinefleisch, Alkohol)?

Vielen Dank und herzliche Grüße
Bilal Yavuz
Islamische Gemeinde Münster-Kinderhaus e.V."""


@mail("yavuz-moscheeverein-gebetsraum", "2027-01-27 16:29:41",
      E("registration", "bilal.yavuz@igmk-muenster.example", "Bilal Yavuz",
        "Islamische Gemeinde Münster-Kinderhaus e.V.", ["AG1", "AG2"], 5, "de"), "de")
def _(m):
    m.head(("From", "Bilal Yavuz <bilal.yavuz@igmk-muenster.example>"),
           ("Subject", "Anmeldung MSO-Tag / Frage Gebetsraum"),
           ("Message-Id", "<A7C3E9F1-2B4D-4E6A-8C0F-1D3B5A7C9E2F@igmk-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(YAVUZ_TEXT, apple_html(YAVUZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# Ukrainian question (koi8-u QP, display name RFC 2047 koi8-u B): will there be
# interpretation, may she bring her child; she will register only if so.
# "3 роки" is the child's age.  Name only in Cyrillic.

@mail("hnatiuk-ukrainian-question-translation-child", "2027-01-28 19:02:25",
      E("question", "t.hnatiuk@mail.example", "Тетяна Гнатюк", None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Тетяна Гнатюк", "t.hnatiuk@mail.example", "koi8-u", "b")),
           ("To", MSO),
           ("Subject", ew("Питання щодо 13 березня", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769623345.338172.7716@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Я дізналася про День організацій мігрантів від подруги. Скажіть, будь ласка:
- чи буде переклад українською або російською мовою?
- чи можна прийти з дитиною (3 роки)? Чи буде догляд за дітьми?

Якщо так, я з радістю зареєструюся.

З повагою,
Тетяна Гнатюк
""", charset="koi8-u", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Hard of hearing; she brings her own speech-to-text interpreter, who sits in
# the room with her: counted, "zu zweit" (2).  Signature after "-- ".

@mail("yildiz-eigene-schriftdolmetscherin", "2027-01-29 08:58:04",
      E("registration", "leyla.yildiz@ronahi-ms.example", "Leyla Yıldız",
        "Kurdischer Frauenverein Ronahî Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla Yıldız <leyla.yildiz@ronahi-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (mit Schriftdolmetscherin)"),
           ("Date", m.date),
           ("Message-ID", "<e4a7b2c9-13f8-4d5e-8b06-c9d2a1f7e340@ronahi-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Orga-Team,

ich melde mich für den MSO-Tag an, am liebsten für die AG 1.

Ich bin schwerhörig. Gebärdensprache brauche ich nicht, aber ich bringe meine
eigene Schriftdolmetscherin mit (Frau Anke Vollmer), die für mich mitschreibt.
Die Kosten trägt das Integrationsamt, Sie müssen also nichts organisieren.
Sie braucht nur einen Platz direkt neben mir und eine Steckdose für den
Laptop.

Dann sind wir zu zweit.

Beste Grüße
Leyla

-- 
Leyla Yıldız
Kurdischer Frauenverein Ronahî Münster
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Arabic, windows-1256 QP, subject RFC 2047 windows-1256 B.  Her autistic son
# (14) comes along, "فنحن شخصان" (so we are two); asks for a quiet room.
# "مجموعة العمل رقم 1" = AG1.  Arabic signature beats the Latin display name.

@mail("alali-arabic-autism-quiet-room", "2027-01-30 12:44:50",
      E("registration", "reem.alali@mail.example", "ريم العلي", None, ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Al-Ali <reem.alali@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل ليوم 13 آذار", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270130124450.61F3A0C2D7@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

أريد أن أسجل في يوم منظمات المهاجرين في 13 آذار. أنا مهتمة بمجموعة العمل رقم 1 عن التعليم، لأن ابني في المدرسة ونواجه صعوبات كثيرة.

ابني عمره 14 سنة وعنده توحد، وسيأتي معي. فنحن شخصان.
هل توجد غرفة هادئة يمكن أن يرتاح فيها إذا كان هناك ضجيج كثير؟ هذا مهم جداً له.

شكراً لكم
ريم العلي
""", charset="windows-1256", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change of party size only (1 -> 2): his assistant comes after all; "Die AG
# bleibt gleich" (no new group).  Plain-text Outlook quote of the
# confirmation (AG 3, 1 person) below a line of underscores.

@mail("moraru-change-assistentin-kommt-mit", "2027-02-01 09:21:37",
      E("change", "vasile.moraru@moldova-verein.example", "Vasile Moraru",
        None, [], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Vasile Moraru <vasile.moraru@moldova-verein.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PR3PR08MB5721E4F5A6B7C8D9E0F1A2B3C4D5@PR3PR08MB5721.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270119163305")),
           ("References", conf_id("20270119163305")),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

kleine Änderung zu meiner Anmeldung: Meine Assistentin Frau Brandt hat an dem Samstag nun doch Dienst und begleitet mich. Bitte tragen Sie uns daher mit 2 Personen ein. Die AG bleibt gleich.

Vielen Dank
Vasile Moraru

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 19. Januar 2027 16:33
An: Vasile Moraru <vasile.moraru@moldova-verein.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Moraru", "AG3", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# English, Outlook alternative (windows-1252 QP, typographic apostrophes in
# the text, a plain one in the pasted signature).
# First and second choice; "70 cm" and a job title are not sizes or groups.

OCONNOR_TEXT = """Hello,

I’d like to sign up for the MSO-Tag on 13 March. My first choice would be Workgroup 2 (Münster’s future process), second choice Workgroup 3.

I use a power wheelchair (about 70 cm wide and quite heavy, so a small platform lift might not work). Could you let me know whether the workgroup rooms are step-free and whether there’s an accessible toilet? I’ll come by myself.

Kind regards,
Hannah O'Connor
Project Coordinator
Refugee Law Clinic Münster"""


@mail("oconnor-english-power-wheelchair", "2027-02-02 13:17:22",
      E("registration", "h.oconnor@rlc-muenster.example", "Hannah O'Connor",
        "Refugee Law Clinic Münster", ["AG2", "AG3"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Hannah O'Connor <h.oconnor@rlc-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Registration - MSO-Tag 2027"),
           ("Thread-Topic", "Registration - MSO-Tag 2027"),
           ("Thread-Index", "AdtvE1qN5c8x3mT0kR9pW2yZ7bVfDg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB6633B1C2D3E4F5A6B7C8D9E0F1A2@VI1PR06MB6633.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OCONNOR_TEXT), outlook_html(OCONNOR_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Ukrainian, webmail alternative in windows-1251 base64; display name in
# Cyrillic (RFC 2047 windows-1251), Latin signature.  "робоча група I" = AG1;
# she accompanies her blind mother (2).  The organisation is inflected in
# the text and in its base form in the signature.

MELNYK_TEXT = """Шановні організатори,

реєструю себе та свою маму на 13 березня. Ми обидві працюємо в Українській суботній школі Мюнстера, тому нас найбільше цікавить робоча група I (освіта).

Мама незряча, вона прийде з білою тростиною, я буду її супроводжувати. Прохання: якщо є програма або матеріали, надішліть їх, будь ласка, заздалегідь у форматі Word, щоб мама могла прочитати їх програмою зчитування з екрана.

Дякую і до зустрічі!
Iryna Melnyk
Українська суботня школа Мюнстер"""


@mail("melnyk-ukrainian-blind-mother", "2027-02-03 17:36:08",
      E("registration", "iryna.melnyk@mail.example", "Iryna Melnyk",
        "Українська суботня школа Мюнстер", ["AG1"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Ірина Мельник", "iryna.melnyk@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація: День організацій мігрантів", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770136568.204417.11842@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, div_html(MELNYK_TEXT), charset="windows-1251", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the recipient's mailbox is full.  The
# returned confirmation names AG 2 and 2 persons.

@mail("postfix-bounce-mailbox-full", "2027-02-04 10:06:51",
      E("bounce", bounced="g.oyelaran@nigerian-union-ms.example"), "en")
def _(m):
    rcpt = "g.oyelaran@nigerian-union-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270204090651.2B7E4F1A93@mail.muenster.example>"),
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

<{rcpt}>: host mx.nigerian-union-ms.example[203.0.113.41] said:
    552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B7E4F1A93"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu,  4 Feb 2027 10:06:47 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.nigerian-union-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    original = confirmation_message(
        f"Gabriel Oyelaran <{rcpt}>", "Herr Oyelaran", "AG2", 2,
        "Thu, 4 Feb 2027 10:06:47 +0100", conf_id("20270204100647"),
        "<7e1c0a94-b25d-4f3e-9c68-d4a0b2e8f153@nigerian-union-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# The chair forwards a member's note written in simple learner German; the
# registration is the member's (name, and the address the chair asks us to
# confirm to), the organisation is the chair's association.  Her daughter
# comes to help with German (2).  Gmail forward header.

@mail("gebremedhin-forwards-tesfay", "2027-02-05 09:12:44",
      E("registration", "selam.tesfay@mail.example", "Selam Tesfay",
        "Eritreischer Kulturverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Yohannes Gebremedhin <y.gebremedhin@eritrea-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF5nB2xQ8wL1pT7mR4kZ9vH3sJc6GdYe0uA2oNiK5rB8xW3fUq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

anbei die Anmeldung von Frau Selam Tesfay aus unserem Verein. Sie schreibt
noch nicht so gut Deutsch und hat mich gebeten, das weiterzuleiten. Bitte
schicken Sie die Bestätigung direkt an sie (selam.tesfay@mail.example),
wenn möglich in einfacher Sprache.

Viele Grüße
Yohannes Gebremedhin
Eritreischer Kulturverein Münster e.V.

---------- Forwarded message ---------
Von: Selam Tesfay <selam.tesfay@mail.example>
Date: Do., 4. Feb. 2027 um 19:47 Uhr
Subject: MSO Tag
To: Yohannes Gebremedhin <y.gebremedhin@eritrea-verein-ms.example>


Hallo Yohannes,
ich will zu MSO Tag gehen. Gruppe 1 Schule, wegen meine Kinder. Ich komme mit meine Tochter Senait, sie hilft mir mit Deutsch. Kannst du mich anmelden?
Danke
Selam
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Webmail (GMX-style) HTML only, UTF-8 QP.  Registration that also asks two
# numbered questions (drop-off point, taxi costs): still a registration.  The
# numbers "1." and "2." of the questions are not workgroups; she chose AG 2.

ILIC_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Tag der Migrantenselbstorganisationen an. Ich interessiere mich für die AG 2 (Zukunftsprozess).

Ich sitze im Rollstuhl und komme mit einem Rollstuhltaxi. Meine Fragen:
1. Kann das Taxi direkt vor dem Stadtweinhaus halten? Der Prinzipalmarkt ist ja eigentlich Fußgängerzone.
2. Werden Fahrtkosten erstattet? Das Rollstuhltaxi kostet hin und zurück ca. 45 €.

Vielen Dank im Voraus!
Dragana Ilić
Serbischer Kulturverein Sveti Sava Münster e.V."""


@mail("ilic-html-only-rollstuhltaxi", "2027-02-08 20:53:16",
      E("registration", "dragana.ilic@gmx-mail.example", "Dragana Ilić",
        "Serbischer Kulturverein Sveti Sava Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dragana Ilić <dragana.ilic@gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung und Frage Rollstuhltaxi"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1f77-c2d0-4b59-a6e4-7f0b9d1c2e83-1770580396118@3c-app-gmx-bs42>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(div_html(ILIC_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# English question, plain ASCII: hearing loop or captions?  He would register
# for workgroup 2 only if so: conditional -> question, no workgroup.

@mail("menon-english-hearing-loop-question", "2027-02-09 12:30:09",
      E("question", "ravi.menon@mail.example", "Ravi Menon",
        "Indian Association Muenster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Ravi Menon <ravi.menon@mail.example>"),
           ("To", MSO),
           ("Subject", "Hearing loop at the MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<000f01db7ae9$1c2d3e40$5f6a7b8c$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'm hard of hearing and wear hearing aids. Before I register: will there be
an induction loop (hearing loop) in the main hall and in the workgroup
rooms, or live captions on a screen? If one of those is available I'd like
to come and would sign up for workgroup 2 - otherwise I'm afraid I wouldn't
be able to follow much of the discussion.

Thanks,
Ravi Menon
Indian Association Muenster
""", charset="us-ascii", cte="7bit")


# -- 027 ---------------------------------------------------------------------
# Turkish, Gmail alternative, UTF-8 base64.  "2 numaralı grubu" = AG2; he
# comes with a visually impaired colleague (iki kişiyiz = we are two); asks
# for the programme in large print / by e-mail for a screen reader.  The
# organisation carries the Turkish suffix "adına" in the text only.

OZTURK_TEXT = """İyi günler,

Münster Türk Veliler Birliği adına 13 Mart'taki etkinliğe kayıt olmak istiyorum. Benimle birlikte görme engelli arkadaşımız Mehmet Bey de gelecek, yani iki kişiyiz.
Çalışma grubu olarak 2 numaralı grubu (Münster'in gelecek süreci) seçiyoruz.

Mehmet Bey için programı büyük puntolu olarak ya da önceden e-posta ile gönderebilir misiniz? Ekran okuyucu kullanıyor.

Teşekkürler, saygılar
Cem Öztürk
Münster Türk Veliler Birliği"""


@mail("ozturk-turkish-gorme-engelli", "2027-02-10 19:24:35",
      E("registration", "cem.ozturk@mail.example", "Cem Öztürk",
        "Münster Türk Veliler Birliği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Cem Öztürk <cem.ozturk@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Kayıt – 13 Mart MSO Günü", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAN7tQ1xR5wL9pK2mT8bZ4vH6sJd3FgYc1uE7oNiA0rB2xW5eVk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OZTURK_TEXT, gmail_html(OZTURK_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 028 ---------------------------------------------------------------------
# Change in "Leichte Sprache" style from an iPhone, asked as "Geht das?":
# from group 2 to group 1.  The quoted confirmation names AG 2.

@mail("haddou-leichte-sprache-change-gruppe-1", "2027-02-11 16:08:20",
      E("change", "samir.haddou@mail.example", "Samir Haddou", None,
        ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Samir Haddou <samir.haddou@mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3D5F7A9B-1C2E-4F60-8A1B-C3D4E5F6A7B8@mail.example>"),
           ("In-Reply-To", conf_id("20270205101502")),
           ("References", conf_id("20270205101502")),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,
ich bin angemeldet für Gruppe 2.
Ich will jetzt in Gruppe 1.
Gruppe 1 ist über Schule.
Das passt besser für mich.
Geht das?
Danke
Samir Haddou

Von meinem iPhone gesendet

> Am 05.02.2027 um 10:15 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Herr Haddou", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# iso-8859-1, 8bit.  Her husband drives her and picks her up but does not
# take part: 1.  "16 Uhr" is a time.  AG 3 by number and title word.

@mail("becker-mann-bringt-mich", "2027-02-12 10:47:55",
      E("registration", "l.becker@mail.example", "Ljudmila Becker",
        "Deutsch-Russischer Seniorenkreis Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ljudmila Becker <l.becker@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.03."),
           ("Date", m.date),
           ("Message-ID", "<2f6c8a1e-94b7-4d03-8e5a-b1c7d9f0a264@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich für den MSO-Tag am 13.03. anmelden, Arbeitsgruppe 3
(Förderungsmöglichkeiten).

Ich bin gehbehindert und kann nur kurze Strecken laufen. Mein Mann bringt
mich mit dem Auto bis vor die Tür und holt mich um 16 Uhr wieder ab, er
nimmt selbst nicht teil. Gibt es in der Nähe einen Behindertenparkplatz,
falls er doch kurz warten muss? Und gibt es beim Imbiss auch Sitzplätze,
nicht nur Stehtische?

Mit freundlichen Grüßen
Ljudmila Becker
Deutsch-Russischer Seniorenkreis Münster
""", charset="iso-8859-1", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Cancellation in Arabic, Gmail alternative (RTL HTML with gmail_quote),
# UTF-8 base64, quoting the German confirmation (AG 3, 1 person).  The
# transport service for wheelchair users does not run that day.

MANSOUR_TEXT = """مرحباً،

للأسف لن أستطيع الحضور يوم السبت 13 مارس. خدمة النقل لذوي الإعاقة (Fahrdienst) لا تعمل في ذلك اليوم، ولا أستطيع الوصول بالكرسي المتحرك بدونها.
أرجو إلغاء تسجيلي، وأتمنى لكم يوماً ناجحاً.

مع التحية
خالد منصور"""

MANSOUR_ATTR = (f"في الخميس، 28 يناير 2027 في 3:22 م، كتب "
                f"Tag der Migrantenselbstorganisationen <{MSO}>:")


@mail("mansour-arabic-cancel-fahrdienst", "2027-02-15 11:39:02",
      E("cancellation", "khaled.mansour@mail.example", "خالد منصور", None,
        [], None, "ar"), "ar")
def _(m):
    quoted = confirmation("Herr Mansour", "AG3", 1)
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP2sV8xM4wK1pR9nT6bZ3vL7qJd5FgYe2uA0oHiC4rB1xW8eXm@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270128152204")),
           ("References", conf_id("20270128152204")),
           ("MIME-Version", "1.0"))
    plain = f"{MANSOUR_TEXT}\n\n{MANSOUR_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(MANSOUR_TEXT, MANSOUR_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Outlook alternative, windows-1252 QP, with a disclaimer.  A refugee
# counsellor registers herself and two residents (one in a wheelchair, one
# with an assistance dog): "3 Personen, der Hund kommt dazu" -> 3.

BRUENING_TEXT = """Hallo zusammen,

ich arbeite in der Flüchtlingsberatung und möchte mich zusammen mit zwei Bewohnern unserer Unterkunft zum MSO-Tag anmelden:
- Herr Ahmad Sultani (nutzt einen Rollstuhl)
- Frau Amina Yusuf (mit Assistenzhund)

Wir sind also 3 Personen, der Hund kommt dazu. Wir möchten in die AG 2 (Zukunftsprozess).

Frau Yusuf möchte mittags beten – gibt es einen Gebetsraum oder einen ruhigen Raum, den sie kurz nutzen kann?

Viele Grüße
Katharina Brüning
Flüchtlingsberatung
Diakonie Münster e.V.

Diakonie Münster e.V. – Vorstand: Dr. Frank Overbeck – Amtsgericht Münster VR 2190
Diese Nachricht ist ausschließlich für den Adressaten bestimmt."""


@mail("bruening-diakonie-drei-personen-hund", "2027-02-16 09:02:48",
      E("registration", "k.bruening@diakonie-ms.example", "Katharina Brüning",
        "Diakonie Münster e.V.", ["AG2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brüning, Katharina" <k.bruening@diakonie-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag – 3 Personen"),
           ("Thread-Topic", "Anmeldung MSO-Tag – 3 Personen"),
           ("Thread-Index", "AdtzG2hK7d1y4nU5mS0qX3wA8cWgEh=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1904C5D6E7F8A9B0C1D2E3F4A5B6@FR2P281MB1904.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BRUENING_TEXT), outlook_html(BRUENING_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Exchange automatic reply in English (Auto-Submitted: auto-generated) to a
# confirmation; Outlook alternative.

CHEN_OOF = """Thank you for your email.

I am on parental leave until 31 March 2027 and will not be reading my emails. For matters concerning the Chinese Students and Scholars Association Münster, please contact board@cssa-muenster.example.

Best regards,
Mei Chen"""


@mail("chen-automatic-reply-english", "2027-02-16 10:15:33",
      E("auto_reply"), "en", tz=0)
def _(m):
    m.head(("From", "Mei Chen <mei.chen@cssa-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbgH2p5xK8mN1rT4vW7yZ0bC3dFg=="),
           ("Date", m.date),
           ("Message-ID", "<3c9e5a1f7d2b4806@EXCH03.cssa-muenster.example>"),
           ("In-Reply-To", conf_id("20270216111529")),
           ("References", conf_id("20270216111529")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(CHEN_OOF), outlook_html(CHEN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Ukrainian from an Android phone, UTF-8 8bit.  "я і мій чоловік, 2 особи";
# "Робоча група 3"; Cyrillic signature beats the Latin display name.

@mail("shevchuk-ukrainian-husband-veteran", "2027-02-18 21:11:40",
      E("registration", "natalia.shevchuk@mail.example", "Наталія Шевчук",
        "Українська громада в Мюнстері", ["AG3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Natalia Shevchuk <natalia.shevchuk@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Реєстрація на 13.03", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<k8w3z1.1771445500.android@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день.

Реєструємося на 13.03: я і мій чоловік, 2 особи. Робоча група 3 - фінансування та управління об'єднанням.

Чоловік після поранення пересувається на візку. Чи можна припаркуватися біля Stadtweinhaus?

Дякую.
Наталія Шевчук
Українська громада в Мюнстері

Надіслано з мого Galaxy
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change in English, two points: the personal assistant comes after all
# (1 -> 2) and Workgroup 1 -> Workgroup 3.  Outlook plain text with an
# English header block above the quoted confirmation (AG 1, 1 person).

@mail("conteh-english-change-assistant-ag3", "2027-02-19 15:42:26",
      E("change", "amara.conteh@slcu-muenster.example", "Amara Conteh", None,
        ["AG3"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Amara Conteh <amara.conteh@slcu-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB7654A9B8C7D6E5F4A3B2C1D0E9F8@DU2PR10MB7654.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id("20270203094107")),
           ("References", conf_id("20270203094107")),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hello,

Two changes to my registration, please:
- My personal assistant will come with me after all, so we will be 2 people instead of 1.
- I would like to switch from Workgroup 1 to Workgroup 3.

Thanks a lot!
Amara Conteh

From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Wednesday, February 3, 2027 9:41 AM
To: Amara Conteh <amara.conteh@slcu-muenster.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Conteh", "AG1", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# "Leichte Sprache" from a self-help group's mailbox with a personal
# Reply-To.  4 women + 2 assistants who come along: the writer gives the
# total herself ("Also sind wir 6 Personen").  "Gruppe: Münsters Zukunft".

@mail("arslan-leichte-sprache-gruppe-sechs", "2027-02-22 14:26:17",
      E("registration", "sevgi.arslan@mail.example", "Sevgi Arslan",
        "Gemeinsam stark", ["AG2"], 6, "de"), "de")
def _(m):
    m.head(("From", "Gemeinsam stark <gemeinsam-stark@frauen-netz-ms.example>"),
           ("Reply-To", "Sevgi Arslan <sevgi.arslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung von der Gruppe Gemeinsam stark"),
           ("Date", m.date),
           ("Message-ID", "<51a9d7e3-c6f2-4b80-9e1d-3a5c7b9e0f24@frauen-netz-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir sind die Gruppe „Gemeinsam stark“.
Wir sind Frauen mit Behinderung.
Wir kommen aus vielen Ländern.

Wir wollen zum MSO-Tag kommen.
Wir wollen in die Gruppe: Münsters Zukunft.

Wir sind 4 Frauen.
2 Frauen brauchen Assistenz.
Die Assistentinnen kommen mit.
Also sind wir 6 Personen.

Eine Frau sitzt im Rollstuhl.
Gibt es einen Aufzug?

Bitte schreiben Sie uns in Leichter Sprache.
Bitte schreiben Sie an Sevgi Arslan.

Viele Grüße
Sevgi Arslan
für Gemeinsam stark
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Turkish question (Thunderbird, UTF-8 QP): travel costs and Turkish
# interpretation, numbered "1)" and "2)"; he will register depending on the
# answer -> question.

@mail("kilinc-turkish-question-yol-masrafi", "2027-02-23 10:34:59",
      E("question", "nurettin.kilinc@mail.example", "Nurettin Kılınç", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Nurettin Kılınç <nurettin.kilinc@mail.example>"),
           ("To", MSO),
           ("Subject", "Soru: yol masrafları ve tercüme"),
           ("Date", m.date),
           ("Message-ID", "<a0c4e8f2-6b1d-4a95-8c37-e9f1b3d5a726@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ahlen'de yaşıyorum ve Göçmen Dernekleri Günü'ne katılmayı düşünüyorum. Ama iki
sorum var:

1) Yol masrafları (tren bileti) geri ödeniyor mu? Emekliyim, bilet benim için
pahalı.
2) Türkçe tercüme olacak mı? Almancam toplantıları takip etmek için yeterli
değil.

Cevabınıza göre kayıt olacağım.

Selamlar
Nurettin Kılınç
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (windows-1252 QP) quoting the confirmation
# (AG 2, 2 persons): without her assistant she cannot come, so both places
# are given back.

KRASNIQI_CANCEL = """Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für den 13. März zurückziehen. Meine Assistenzkraft ist länger erkrankt, und eine Vertretung ist so kurzfristig nicht zu bekommen. Ohne Begleitung kann ich die Veranstaltung leider nicht besuchen.

Bitte streichen Sie uns beide von der Liste. Ich hoffe sehr, nächstes Jahr dabei sein zu können.

Mit freundlichen Grüßen
Drita Krasniqi
Albanischer Kulturverein Iliria Münster e.V."""


@mail("krasniqi-cancel-outlook-html-assistenz-krank", "2027-02-25 08:19:45",
      E("cancellation", "drita.krasniqi@iliria-ms.example", "Drita Krasniqi",
        "Albanischer Kulturverein Iliria Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Krasniqi, Drita" <drita.krasniqi@iliria-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdQ8y3Kp5xN2mR7vT1wZ4bE6cFgAAkL9w"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR04MB8812D0E1F2A3B4C5D6E7F8A9B0C1@PAXPR04MB8812.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270126120431")),
           ("References", conf_id("20270126120431")),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 26. Januar 2027 12:04",
             "Krasniqi, Drita <drita.krasniqi@iliria-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Krasniqi", "AG2", 2))
    m.single(outlook_html(KRASNIQI_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Part of a group cancels: a change of party size (2 -> 1), no new group.
# She still comes with her guide dog ("Also nur noch 1 Person").  Webmail
# plain text, UTF-8 8bit, German webmail quote header.

@mail("sanchez-change-kollege-sagt-ab-fuehrhund", "2027-02-26 13:55:08",
      E("change", "marta.sanchez@spanische-eltern-ms.example", "Marta Sánchez",
        None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Marta Sánchez <marta.sanchez@spanische-eltern-ms.example>"),
           ("To", MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f-1772110508336@3c-app-webmail-bs19>"),
           ("In-Reply-To", conf_id("20270122101733")),
           ("References", conf_id("20270122101733")),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

mein Kollege Herr Okonkwo muss leider absagen, er hat an dem Tag einen
Arzttermin, der sich nicht verschieben lässt. Ich komme aber weiterhin,
mit meinem Blindenführhund. Also nur noch 1 Person.

Viele Grüße
Marta Sánchez
 
 

Gesendet: Freitag, 22. Januar 2027 um 10:17 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: marta.sanchez@spanische-eltern-ms.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Sánchez", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Question from someone already registered (1 person, AG 3): does an
# assistant count as a participant, must she be registered separately?  He
# does not yet know whether she comes and will write again -> question, not
# change.  iso-8859-1 QP.

@mail("berisha-frage-zaehlt-assistenz", "2027-03-02 17:20:31",
      E("question", "fatmir.berisha@mail.example", "Fatmir Berisha", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Fatmir Berisha <fatmir.berisha@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Assistenz"),
           ("Date", m.date),
           ("Message-ID", "<000c01db8b9f$7e8f9a00$b1c2d3e4$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe mich vor zwei Wochen für die AG 3 angemeldet (1 Person). Eine Frage
dazu: Ich habe eine persönliche Assistenz, die mich meistens begleitet. Ob sie
am 13.03. Dienst hat, weiß ich aber erst Anfang nächster Woche.

Muss ich sie dann extra anmelden, oder zählt eine Assistenz nicht als
Teilnehmerin? Und bekommt sie auch etwas vom Imbiss?

Ich melde mich dann noch einmal.

Freundliche Grüße
Fatmir Berisha
""", charset="iso-8859-1", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation in Turkish, Thunderbird reply (UTF-8, 8bit) with a Turkish
# attribution line and the '>'-quoted confirmation (AG 1, 1 person).  Her
# companion cannot come and she cannot travel alone.

@mail("bulut-turkish-cancel-refakatci", "2027-03-03 09:48:14",
      E("cancellation", "zerrin.bulut@mail.example", "Zerrin Bulut", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Zerrin Bulut <zerrin.bulut@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f7b3d9e1-2a4c-4e68-b0d2-5c8e1a3f7b96@mail.example>"),
           ("In-Reply-To", conf_id("20270127140233")),
           ("References", conf_id("20270127140233")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 13 Mart'ta gelemeyeceğim. Refakatçim o gün başka bir işe gitmek
zorunda ve ben yalnız yolculuk yapamıyorum. Lütfen kaydımı silin.

Kolay gelsin,
Zerrin Bulut

27.01.2027 14:02 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Frau Bulut", "AG1", 1))}
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Change in Ukrainian, Gmail alternative (UTF-8 QP) with a Ukrainian Gmail
# attribution: from group 3 to group 1, and her mother cannot come (2 -> 1).

KRAVETS_TEXT = """Добрий день!

Хочу змінити робочу групу з 3 на 1 - тема освіти мені зараз ближча.
І ще: мама, на жаль, не зможе прийти, в неї погіршилося здоров'я. Тому буду сама, 1 особа.

Дякую!
Svitlana Kravets"""

KRAVETS_ATTR = (f"пн, 1 лют. 2027 р. о 10:12 Tag der Migrantenselbstorganisationen "
                f"<{MSO}> пише:")


@mail("kravets-ukrainian-change-group-1-alone", "2027-03-05 12:03:57",
      E("change", "svitlana.kravets@mail.example", "Svitlana Kravets", None,
        ["AG1"], 1, "uk"), "uk")
def _(m):
    quoted = confirmation("Frau Kravets", "AG3", 2)
    m.head(("From", "Svitlana Kravets <svitlana.kravets@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL4wT9xN2vK6pR1mQ8bZ5sH3yJd7FgYc0uE4oNiA2rB9xW6eYr@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270201101208")),
           ("References", conf_id("20270201101208")),
           ("MIME-Version", "1.0"))
    plain = f"{KRAVETS_TEXT}\n\n{KRAVETS_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(KRAVETS_TEXT, KRAVETS_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Arabic, after the 6 March deadline: he asks to be taken if a place is still
# free and gives the group (الثانية = second) and "سآتي وحدي" (alone): a
# registration.  UTF-8 base64; organisation only in Arabic.

@mail("rashid-arabic-late-registration", "2027-03-08 22:05:36",
      E("registration", "mahmoud.rashid@mail.example", "Mahmoud Rashid",
        "مركز الجالية العراقية في مونستر", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Rashid <mahmoud.rashid@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل متأخر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<d2e8a4c6-7f1b-4935-a0c8-6e2f4b8d1a57@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

أعلم أن موعد التسجيل انتهى في 6 مارس، لكن إذا كان هناك مكان ما زال متاحاً فأرجو تسجيلي في مجموعة العمل الثانية عن مستقبل مدينة مونستر. سآتي وحدي.
وإن أمكن، أحتاج إلى مكان صغير للصلاة وقت الظهر.

شكراً لكم
Mahmoud Rashid
مركز الجالية العراقية في مونستر
""", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Cancellation in Ukrainian, UTF-8 QP, Thunderbird with a Ukrainian
# attribution line; the quoted confirmation says AG 2, 2 persons, and the
# text repeats "(2 особи)" - still a cancellation of the whole registration.

@mail("tkachenko-ukrainian-cancel-son-hospital", "2027-03-09 07:44:12",
      E("cancellation", "viktor.tkachenko@mail.example", "Віктор Ткаченко", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Віктор Ткаченко", "viktor.tkachenko@mail.example", "windows-1251", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8b4e0c2a-d6f9-4317-a5b1-c9e3f7d1b048@mail.example>"),
           ("In-Reply-To", conf_id("20270201112014")),
           ("References", conf_id("20270201112014")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрий день,

на жаль, ми не зможемо прийти 13 березня: мій син знову в лікарні.
Прошу скасувати нашу реєстрацію (2 особи).

Дякую за розуміння.
Віктор Ткаченко

01.02.2027 11:20, Tag der Migrantenselbstorganisationen пише:
{gt_quote(confirmation("Herr Tkachenko", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Advertising (other) from an interpreting agency that names the event, DGS,
# "Arbeitsgruppen" and Leichte Sprache; alternative plus a PDF price list.

AGENCY_TEXT = """Sehr geehrte Damen und Herren,

wir haben gesehen, dass am 13. März 2027 der Tag der Migrantenselbstorganisationen im Stadtweinhaus stattfindet. Gerne unterstützen wir Sie mit

- Gebärdensprachdolmetschen (DGS)
- Schriftdolmetschen (vor Ort oder remote)
- Übersetzungen in Leichte Sprache

Für Veranstaltungen mit Arbeitsgruppen empfehlen wir pro Gruppe ein Team aus zwei Dolmetschenden. Unsere Preisliste 2027 finden Sie im Anhang.

Wir freuen uns auf Ihre Anfrage!

Mit freundlichen Grüßen
Svenja Hüls
Hand & Wort Dolmetscherdienst GbR
Hafenweg 26, 48155 Münster
https://handundwort-dolmetschen.example

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Abmelden: https://handundwort-dolmetschen.example/abmelden"""


@mail("handundwort-dolmetscher-werbung", "2027-03-10 08:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Hand & Wort Dolmetscherdienst <info@handundwort-dolmetschen.example>"),
           ("To", MSO),
           ("Subject", "Barrierefreie Veranstaltungen: Dolmetschen für Ihren MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270310070000.4471.newsletter@handundwort-dolmetschen.example>"),
           ("List-Unsubscribe", "<https://handundwort-dolmetschen.example/abmelden>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(AGENCY_TEXT, div_html(AGENCY_TEXT, font="font-family: Arial;font-size: 14px;"),
                        charset="utf-8", cte="quoted-printable", top=False)
    pdf = m.binary(make_pdf(["Hand & Wort Dolmetscherdienst",
                             "Preisliste 2027",
                             "Gebaerdensprachdolmetschen (DGS): 85 EUR pro Stunde",
                             "Schriftdolmetschen: 80 EUR pro Stunde",
                             "Leichte Sprache: 1,20 EUR pro Wort"]),
                   "application", "pdf", "Preisliste_2027_HandundWort.pdf")
    m.multi("mixed", [alt, pdf])


# -- 045 ---------------------------------------------------------------------
# Cancellation in simple English from an iPhone, ASCII, quoting the German
# confirmation (AG 2, 1 person) with '>' under an English attribution.

@mail("nkemelu-simple-english-cancel-wheelchair", "2027-03-11 18:26:47",
      E("cancellation", "joseph.nkemelu@mail.example", "Joseph Nkemelu", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Joseph Nkemelu <joseph.nkemelu@mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6E8A0C2D-4F1B-4D39-B5E7-9A1C3E5F7B2D@mail.example>"),
           ("In-Reply-To", conf_id("20270304182210")),
           ("References", conf_id("20270304182210")),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hello, sorry I can not come on saturday. My wheelchair is broken and the repair take 2 weeks. Please delete my registration.
Thank you and sorry
Joseph Nkemelu

Sent from my iPhone

> On 4 Mar 2027, at 18:22, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
>
{gt_quote(confirmation("Herr Nkemelu", "AG2", 1))}
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
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
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
    # (checked on decoded headers and bodies, nested messages included)
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
    if set(expected) != set(FIELDS) or len(expected) != len(FIELDS):
        problems.append("expected record has wrong keys")
        return problems
    problems += check_labels(msg, expected)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "ar", "tr", "uk")
WG_IDS = ("AG1", "AG2", "AG3")


def fold_text(s):
    return html.unescape(s).casefold()


def mail_text(msg):
    """All decoded header values and text parts of a mail (nested ones too)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [str(v) for _, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return fold_text("\n".join(chunks))


def check_labels(msg, e):
    """The label is well formed and agrees with what the mail says."""
    bad = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        bad.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        bad.append("workgroups must be [] for this kind")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            bad.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            bad.append("change party_size must be null or >= 1")
        if not wg and party is None:
            bad.append("a change must change the workgroup or the party size")
    elif party is not None:
        bad.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS:
            bad.append(f"language {e['language']!r} not in {LANGS}")
        em = e["email"]
        if not em or em != em.lower() or "@" not in em:
            bad.append("person mail needs a lower-case email")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if em not in heads and em not in mail_text(msg):
                bad.append(f"email {em} is nowhere in the mail")
        text = mail_text(msg)
        if not e["name"]:
            bad.append("person mail needs a name")
        for key in ("name", "organisation"):
            if e[key] and fold_text(e[key]) not in text:
                bad.append(f"{key} {e[key]!r} is not written in the mail")
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                bad.append(f"{key} must be null for {kind}")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
            bad.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        bad.append("bounced_recipient must be null unless bounce")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in mail_text(msg).replace(
                "angemeldete personen:", "Angemeldete Personen:"):
            bad.append("changes and cancellations answer and quote the confirmation")
    return bad


def sender_of(msg):
    frm = msg["From"]
    return frm.addresses[0].addr_spec.lower() if frm and frm.addresses else str(frm).lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
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
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("registration languages:", dict(sorted(reg_langs.items())))
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
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
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

    senders = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        senders[sender_of(email.message_from_bytes(data, policy=email.policy.default))] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
