#!/usr/bin/env python3
"""Build the "final19e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of ../dev's) as
formal and bureaucratic writers see it: city departments, job centre, welfare
organisations, foundations, schools, councils and parties registering staff or
delegations, in letter style with reference lines, file numbers, numbered
paragraphs, disclaimers, and their out-of-office replies.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and
agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.header import Header, decode_header, make_header
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

EW_LOG = []   # texts encoded by ew() for the mail being built (checked later)


def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    EW_LOG.append(text)
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
                # Encode by hand: the policy's own folding of long non-ASCII
                # values can misplace the spaces around encoded words.
                found = re.fullmatch(r"(.+) (<[^>]+>)", value)
                if found and name in ("From", "To", "Cc", "Reply-To"):
                    msg.set_raw(name, f"{ew(found.group(1))} {found.group(2)}")
                else:
                    msg.set_raw(name, ew(value))

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


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco



# ---------------------------------------------------------------------------
# more shared texts and helpers for this set
# ---------------------------------------------------------------------------

REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"


def gmail_reply_html(text, attribution, quoted):
    """Gmail HTML for a reply: the new text, then the quote in a blockquote."""
    new = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f'<div dir="ltr">{new}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


def new_outlook_html(text):
    """HTML as the new Outlook (web) writes it: one <div> per line, Aptos font."""
    divs = "\n".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        f'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f'{esc(line) if line else "<br>"}</div>' for line in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            f'</head>\n<body dir="ltr">\n{divs}\n</body>\n</html>\n')


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office of a Sozialamt clerk to the invitation (Auto-Submitted,
# X-Auto-Response-Suppress); its text speaks of "Anträge" and "Terminanmeldungen".

RUESCHENBECK_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin in der Zeit vom 11.01.2027 bis einschließlich 22.01.2027 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet und nach meiner Rückkehr bearbeitet.

In dringenden Angelegenheiten wenden Sie sich bitte an meine Vertretung, Frau Eileen Brockhoff, Tel. 0251 492-5023, eileen.brockhoff@stadt-muenster.example.

Anträge auf Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG) richten Sie bitte ausschließlich an das Funktionspostfach asylblg@stadt-muenster.example. Terminanmeldungen für die offene Sprechstunde sind telefonisch unter 0251 492-5000 möglich.

Mit freundlichen Grüßen
Martina Rüschenbeck
Stadt Münster – Sozialamt
Abteilung Leistungen für Geflüchtete"""


@mail("rueschenbeck-sozialamt-out-of-office", "2027-01-12 14:04:37",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", ew("Rüschenbeck, Martina", "windows-1252", "q")
            + " <martina.rueschenbeck@stadt-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ0d7rS1kWmQ3Ey8uT2pL6nVfA=="),
           ("Date", m.date),
           ("Message-ID", "<5a0c7e21b9d34f18@EXCH02.stadt-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RUESCHENBECK_OOF), outlook_html(RUESCHENBECK_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Job centre letter: reference lines (Ihr Zeichen, Unser Zeichen, Datum), a
# "Betreff: ... hier:" line, "die Unterzeichnerin sowie mein Kollege" = 2,
# "Team U25" and "§ 44b SGB II" are not workgroups.  Outlook, windows-1252.

VOGELSANG_TEXT = """Ihr Zeichen: –
Ihre Nachricht vom: 12.01.2027
Unser Zeichen: II-31 / 2027-014
Ansprechpartnerin: Frau Vogelsang
Datum: 13.01.2027

Betreff: Tag der Migrantenselbstorganisationen am 13. März 2027
hier: Anmeldung von zwei Mitarbeitenden des Jobcenters Münster

Sehr geehrte Frau Meza Correa-Flock,

unter Bezugnahme auf Ihre Einladung vom 12.01.2027 teile ich Ihnen mit, dass seitens des Jobcenters Münster die Unterzeichnerin sowie mein Kollege, Herr Mehmet Ulusoy (Integrationsfachkraft im Team U25), an der o. g. Veranstaltung teilnehmen werden.

Im Hinblick auf die derzeit im Rahmen der kommunalen Arbeitsmarktstrategie geführten Gespräche zur Einbindung von Migrantenselbstorganisationen bitten wir um Berücksichtigung in der Arbeitsgruppe 2 („Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“).

Die Teilnahme erfolgt im Rahmen der regulären Dienstzeit; eine Kostenerstattung wird nicht beantragt.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Kerstin Vogelsang
Bereichsleiterin Markt und Integration

Jobcenter Münster
Bereich Markt und Integration
Hansaring 112, 48155 Münster
Telefon: 0251 6987-3110
Telefax: 0251 6987-3199
E-Mail: kerstin.vogelsang@jobcenter-muenster.example

Das Jobcenter Münster ist eine gemeinsame Einrichtung der Stadt Münster und der Agentur für Arbeit nach § 44b SGB II.

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


@mail("vogelsang-jobcenter-reference-lines", "2027-01-13 09:12:48",
      E("registration", "kerstin.vogelsang@jobcenter-muenster.example", "Kerstin Vogelsang",
        "Jobcenter Münster", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    subj = "Anmeldung Tag der Migrantenselbstorganisationen am 13.03.2027 – Jobcenter Münster"
    m.head(("From", '"Vogelsang, Kerstin" <kerstin.vogelsang@jobcenter-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdtlmQ4fR2c8vN1xTq0yKe7oW3bZhg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2915A7C3E1D04B6F9E82C4A1B7D3@FR2P281MB2915.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(VOGELSANG_TEXT), outlook_html(VOGELSANG_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation; first choice AG 1, fallback
# AG 3 in the new text; "§ 43 AufenthG" / "§ 45a" are not workgroups.  "Dr." is
# not part of the name.

@mail("brandes-vhs-reply-quoting-invitation", "2027-01-13 15:40:22",
      E("registration", "a.brandes@vhs-muenster.example", "Andreas Brandes",
        "Volkshochschule Münster", ["AG1", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dr. Andreas Brandes <a.brandes@vhs-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c1d9e44-0a2b-4f63-8d15-b3e6a0f2c917@vhs-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

für die Volkshochschule Münster melde ich mich hiermit zum Tag der
Migrantenselbstorganisationen am 13.03.2027 an.

Da wir als Träger von Integrationskursen nach § 43 AufenthG und von
Berufssprachkursen nach § 45a AufenthG täglich mit den Übergängen zwischen
Sprachkurs, Schule und Ausbildung befasst sind, wäre mir die AG 1 am
liebsten. Sollte diese bereits ausgebucht sein, nehme ich alternativ gern
an der AG 3 teil.

Mit freundlichen Grüßen

Dr. Andreas Brandes
Fachbereichsleitung Deutsch als Fremdsprache / Integration
Volkshochschule Münster
Aegidiimarkt 3, 48143 Münster
Tel. 0251 492-4321

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# City youth office, Outlook HTML only: paragraphs numbered 1., 2., 3. (not
# workgroups); paragraph 1 names three staff including the writer ("die
# Unterzeichnerin") = 3; "Az. 51.3-0412/27" and "2026–2030" are numbers only.

SCHULZE_WIERLING_TEXT = """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Einladung zum Tag der Migrantenselbstorganisationen am 13.03.2027 teile ich Ihnen Folgendes mit:

1. Seitens des Amtes für Kinder, Jugendliche und Familien nehmen insgesamt drei Mitarbeitende teil, und zwar die Unterzeichnerin, Frau Lea Hinrichs (Jugendhilfeplanung) sowie Herr Jannik Overesch (Kommunale Präventionsketten).

2. Wir bitten um Zuteilung zur AG 1 („Menschen mit Migrationsvorgeschichte im Bildungssystem“), da die Themen frühkindliche Bildung und Übergang Kita–Grundschule derzeit im Rahmen der Fortschreibung des Kinder- und Jugendförderplans 2026–2030 bearbeitet werden.

3. Die Teilnahme ist mit der Amtsleitung abgestimmt. Rückfragen richten Sie bitte an die Unterzeichnerin.

Mit freundlichen Grüßen
Im Auftrag

Annegret Schulze-Wierling
Abteilungsleitung Jugendhilfeplanung und Fachcontrolling

Amt für Kinder, Jugendliche und Familien der Stadt Münster
Hafenstraße 30, 48153 Münster
Tel. 0251 492-5101
annegret.schulze-wierling@stadt-muenster.example"""


@mail("schulze-wierling-jugendamt-numbered-paragraphs", "2027-01-14 10:05:16",
      E("registration", "annegret.schulze-wierling@stadt-muenster.example",
        "Annegret Schulze-Wierling",
        "Amt für Kinder, Jugendliche und Familien der Stadt Münster", ["AG1"], 3, "de"),
      "de", tz=0)
def _(m):
    subj = "Tag der MSO 2027 - Anmeldung Amt für Kinder, Jugendliche und Familien (Az. 51.3-0412/27)"
    m.head(("From", '"Schulze-Wierling, Annegret" <annegret.schulze-wierling@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdtmW7c2Pq9aRk1sT0uVwX4yZ5bC3d=="),
           ("Date", m.date),
           ("Message-ID", "<b3e81f07c4a24d9a@EXCH01.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHULZE_WIERLING_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# District council delegation from the mayor's office address (display name
# is a function, the person signs); a dash list of three members = 3; "TOP 7",
# "Vorlage V/0871/2026"; workgroup by the alias "Stadtentwicklung".
# iso-8859-15, quoted-printable.

@mail("terhorst-bezirksvertretung-delegation", "2027-01-14 16:22:05",
      E("registration", "bezirksbuergermeister.nord@stadt-muenster.example",
        "Hans-Jürgen Terhorst", "Bezirksvertretung Münster-Nord", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", ew("Bezirksbürgermeister Münster-Nord", "iso-8859-15", "q")
            + " <bezirksbuergermeister.nord@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Delegation Bezirksvertretung =?iso-8859-15?q?M=FCnster-Nord?="),
           ("Date", m.date),
           ("Message-ID", "<000301db66a1$2f4e5d70$8deb1850$@stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

die Bezirksvertretung Münster-Nord hat in ihrer Sitzung am 10.12.2026
(Vorlage V/0871/2026, TOP 7) beschlossen, sich mit einer Delegation am Tag
der Migrantenselbstorganisationen 2027 zu beteiligen.

Hiermit melde ich folgende Mitglieder der Bezirksvertretung verbindlich an:

- Hans-Jürgen Terhorst, Bezirksbürgermeister
- Aylin Karadeniz, stellv. Bezirksbürgermeisterin
- Dr. Wolfgang Pohl, Bezirksvertreter

Die Delegation möchte geschlossen an der Arbeitsgruppe zur Stadtentwicklung
teilnehmen, da die Bezirksvertretung derzeit das Stadtteilentwicklungskonzept
Coerde/Kinderhaus 2035 berät.

Bitte richten Sie die Bestätigung an das Büro des Bezirksbürgermeisters
(diese Adresse).

Mit freundlichen Grüßen

Hans-Jürgen Terhorst
Bezirksbürgermeister
Bezirksvertretung Münster-Nord

Büro des Bezirksbürgermeisters
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster
Tel. 0251 492-8801
""", charset="iso-8859-15", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Council information system notification (other): a numbered list of new
# documents about the event, "Arbeitsgruppe", "Förderungsmöglichkeiten".

RIS_TEXT = """Guten Tag,

zu Ihrem Suchabonnement „Migrantenselbstorganisationen“ liegen neue Dokumente im Ratsinformationssystem der Stadt Münster vor:

1. Vorlage V/0034/2027
   Betreff: Tag der Migrantenselbstorganisationen 2027 – Durchführung und Finanzierung
   Federführung: Kommunales Integrationszentrum
   Beratungsfolge: Integrationsrat (27.01.2027), Ausschuss für Soziales, Gesundheit und Arbeitsförderung (09.02.2027)
   https://ris.stadt-muenster.example/vo020?VOLFDNR=20341

2. Niederschrift Integrationsrat, Sitzung vom 09.12.2026, öffentlicher Teil
   TOP 3: Bericht aus der Arbeitsgruppe „Förderungsmöglichkeiten für MSO“
   https://ris.stadt-muenster.example/to010?SILFDNR=8812

Sie erhalten diese Nachricht, weil Sie im Ratsinformationssystem ein Suchabonnement eingerichtet haben. Abonnements verwalten: https://ris.stadt-muenster.example/abo

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."""


@mail("ratsinformationssystem-notification", "2027-01-15 11:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Ratsinformationssystem Stadt Münster <ris-noreply@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "[RIS] Neue Dokumente zu Ihrem Suchabonnement „Migrantenselbstorganisationen“"),
           ("Date", m.date),
           ("Message-ID", "<ris.abo.4471.20270115113000@ris.stadt-muenster.example>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "RIS-Benachrichtigungsdienst 4.1"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
                 + "".join(f"<p>{esc(par).replace(chr(10), '<br>')}</p>"
                           for par in RIS_TEXT.split("\n\n"))
                 + "</body></html>\n")
    m.alternative(RIS_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# The school office registers a teacher who comes alone and asks to confirm
# to her own address.  "Sekundarstufe I und II" and "Schulnummer" are not
# workgroups; the workgroup is given by its full title.  UTF-8 (ž).

@mail("hadzic-school-office-registers-teacher", "2027-01-18 09:02:51",
      E("registration", "n.hadzic@ge-kinderhaus.example", "Nermin Hadžić",
        "Städtische Gesamtschule Münster-Kinderhaus", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sekretariat GE Kinderhaus <sekretariat@ge-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Frau Hadžić – Tag der MSO 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<20270118090251.51c3a@ge-kinderhaus.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

im Auftrag der Schulleitung melde ich hiermit Frau Nermin Hadžić, Lehrerin für Deutsch und Herkunftssprachlichen Unterricht (Bosnisch/Kroatisch/Serbisch) an unserer Schule, zum Tag der Migrantenselbstorganisationen am Samstag, 13.03.2027, an.

Frau Hadžić möchte an der Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“ teilnehmen. Sie kommt allein.

Wir bitten Sie, die Anmeldebestätigung sowie weitere Informationen direkt an Frau Hadžić zu senden: n.hadzic@ge-kinderhaus.example

Mit freundlichen Grüßen
i. A. Petra Lindemann
Schulsekretariat

Städtische Gesamtschule Münster-Kinderhaus
Sekundarstufe I und II
Im Kinderbachtal 12, 48159 Münster
Tel. 0251 492-6150 | Fax 0251 492-6159
Schulnummer 190842
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# English from a Dutch municipality; "I ... accompanied by my colleague" = 2;
# "working group 2"; "Enschede 2035" and a Dutch/English disclaimer.
# Outlook alternative, UTF-8 quoted-printable; display name "Vries, Marloes de".

DEVRIES_TEXT = """Dear Ms Meza Correa-Flock,

With reference to your invitation of 12 January 2027, which was forwarded to us by our colleagues at the EUREGIO secretariat, I would hereby like to register for the Tag der Migrantenselbstorganisationen on 13 March 2027.

I will be accompanied by my colleague Mr Joost Hendriks, policy advisor for civic integration (inburgering). We would both like to attend working group 2 on Münster's future process, as the municipality of Enschede is currently preparing its own participation programme "Enschede 2035" and is keen to learn from your approach.

Please note that neither of us speaks German fluently. If an English summary of the working group is available, we would be grateful to receive it.

Kind regards,

Marloes de Vries
Senior Policy Advisor Diversity and Inclusion
Gemeente Enschede
Cluster Sociaal Domein
Hengelosestraat 51, 7514 AE Enschede, The Netherlands
T +31 53 481 1234

De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. The information contained in this e-mail is intended solely for the addressee. Use of this information by others than the addressee is prohibited."""


@mail("de-vries-gemeente-enschede-english", "2027-01-18 14:47:33",
      E("registration", "m.devries@enschede.example", "Marloes de Vries",
        "Gemeente Enschede", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", '"Vries, Marloes de" <m.devries@enschede.example>'),
           ("To", TO_MSO),
           ("Subject", "Registration: Day of Migrant Self-Organisations, 13 March 2027"),
           ("Thread-Topic", "Registration: Day of Migrant Self-Organisations, 13 March 2027"),
           ("Thread-Index", "AdtpR0x3bF8kWq2nJ5sL7tY9uE1oPA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB41877E2C5B1A94D3F06E8B2C9A1D@AM0PR09MB4187.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "nl-NL, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(DEVRIES_TEXT), outlook_html(DEVRIES_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Foundation officer: workgroup by "Förderungsmöglichkeiten" in a sentence full
# of other numbers ("Förderrunde 2/2027", "zwei Förderlinien", "seit 2019");
# the footer names two board members and the supervising authority with an
# "Az.".  Apple Mail alternative, UTF-8.

KETTLER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für die Hanna-und-Paul-Kettler-Stiftung zum Tag der Migrantenselbstorganisationen am 13. März 2027 an.

Als Stiftung, die seit 2019 mit ihrem Förderprogramm „Vielfalt vor Ort“ kleinere Vereine in Münster und im Münsterland unterstützt (Förderrunde 2/2027 startet am 1. April), würden wir uns besonders gern in die Arbeitsgruppe zu den Förderungsmöglichkeiten einbringen. Gern stelle ich dort auch kurz unsere zwei Förderlinien vor, falls das in Ihr Konzept passt.

Ich komme allein.

Mit freundlichen Grüßen

Miriam Adeyemi-Kroll
Referentin für Programme und Förderung

Hanna-und-Paul-Kettler-Stiftung
Rechtsfähige Stiftung bürgerlichen Rechts
Ludgeristraße 40, 48143 Münster
Tel. 0251 39 55 70-12
www.kettler-stiftung.example

Vorstand: Dr. Ulrich Kettler (Vorsitzender), Beate Sommer-Lütke
Stiftungsaufsicht: Bezirksregierung Münster, Az. 21.13-St. 0815"""


@mail("adeyemi-kroll-stiftung-foerderprogramm", "2027-01-19 10:15:09",
      E("registration", "m.adeyemi-kroll@kettler-stiftung.example", "Miriam Adeyemi-Kroll",
        "Hanna-und-Paul-Kettler-Stiftung", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Miriam Adeyemi-Kroll <m.adeyemi-kroll@kettler-stiftung.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung zum MSO-Tag / Kettler-Stiftung"),
           ("Date", m.date),
           ("Message-ID", "<4E2B9C1D-7A3F-4B58-9E60-1C8D2F5A7B34@kettler-stiftung.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(KETTLER_TEXT, apple_html(KETTLER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 010 ---------------------------------------------------------------------
# Question from a member of parliament's constituency office: a numbered list
# of three questions (not workgroups); she would register only after the
# answer.  windows-1252, 8bit, plain.

@mail("pieper-wahlkreisbuero-grusswort-question", "2027-01-19 16:40:12",
      E("question", "wahlkreisbuero.achterkamp@landtag-nrw.example", "Jonas Pieper",
        "Wahlkreisbüro Dr. Sabine Achterkamp MdL", [], None, "de"), "de")
def _(m):
    m.head(("From", ew("Wahlkreisbüro Achterkamp", "windows-1252", "q")
            + " <wahlkreisbuero.achterkamp@landtag-nrw.example>"),
           ("To", MSO),
           ("Subject", ew("Anfrage: Grußwort beim Tag der Migrantenselbstorganisationen",
                          "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<000b01db6a8e$c91f3e20$5b5dba60$@landtag-nrw.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

im Auftrag von Frau Dr. Sabine Achterkamp MdL, Mitglied des Ausschusses für Chancengleichheit, Integration und Flüchtlinge des Landtags Nordrhein-Westfalen, wende ich mich mit folgender Anfrage an Sie:

Frau Dr. Achterkamp würde den Tag der Migrantenselbstorganisationen am 13.03.2027 gern besuchen. Bevor wir sie verbindlich anmelden, bitten wir um Mitteilung,

1. ob seitens der Veranstalter ein Grußwort von Abgeordneten vorgesehen bzw. erwünscht ist,
2. zu welcher Uhrzeit ein solches Grußwort ggf. stattfinden würde und
3. ob Presse zugelassen ist bzw. ob Fotoaufnahmen geplant sind.

Die Abgeordnete hat am Vormittag des 13.03. einen weiteren Termin in Düsseldorf und könnte frühestens gegen 13:00 Uhr in Münster sein.

Für eine kurze Rückmeldung bis zum 05.02.2027 wären wir dankbar.

Mit freundlichen Grüßen
Jonas Pieper
Wissenschaftlicher Mitarbeiter

Wahlkreisbüro Dr. Sabine Achterkamp MdL
Wahlkreis 83 – Münster II
Bahnhofstraße 14, 48143 Münster
Tel. 0251 20 30 40-5
""", charset="windows-1252", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Welfare organisation: a list of three staff including the writer = 3; "AG 3,
# ersatzweise AG 1"; the footer's "Registergericht: AG Münster VR 1234" is
# the local court, not a workgroup.  Outlook alternative, windows-1252.

HUESING_TEXT = """Sehr geehrte Damen und Herren,

für den Fachdienst Integration und Migration des Caritasverbandes für die Stadt Münster e.V. melde ich folgende Mitarbeitende zum Tag der Migrantenselbstorganisationen am 13.03.2027 an:

- Claudia Hüsing-Ökten (Fachdienstleitung)
- Olena Marchenko (Migrationsberatung für erwachsene Zuwanderer, MBE)
- Samir Haddouchi (Jugendmigrationsdienst, JMD)

Wir bitten – sofern möglich – um Berücksichtigung in der AG 3. Ersatzweise ist auch eine Teilnahme an der AG 1 möglich.

Hinweis: Frau Marchenko ist auf einen barrierefreien Zugang angewiesen. Wir gehen davon aus, dass dieser im Stadtweinhaus gegeben ist; andernfalls bitten wir um kurze Nachricht.

Mit freundlichen Grüßen

Claudia Hüsing-Ökten
Fachdienstleitung Integration und Migration

Caritasverband für die Stadt Münster e.V.
Josefstraße 2, 48151 Münster
Telefon 0251 53009-410
c.huesing-oekten@caritas-ms.example

Caritasverband für die Stadt Münster e.V. · Vorstand: Thomas Beermann (Vorsitzender), Dr. Sandra Weiß · Sitz: Münster · Registergericht: AG Münster VR 1234
Spendenkonto: DE12 4006 0265 0001 2345 67 · BIC GENODEM1DKM"""


@mail("huesing-oekten-caritas-three-staff", "2027-01-20 08:55:40",
      E("registration", "c.huesing-oekten@caritas-ms.example", "Claudia Hüsing-Ökten",
        "Caritasverband für die Stadt Münster e.V.", ["AG3", "AG1"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Hüsing-Ökten, Claudia", "windows-1252", "q")
            + " <c.huesing-oekten@caritas-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Fachdienst Integration und Migration zum MSO-Tag"),
           ("Thread-Topic", "Anmeldung Fachdienst Integration und Migration zum MSO-Tag"),
           ("Thread-Index", "Adtq1F9cK3mB7vR0eT2wY4uA6iO8pQ=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB30241C9E7F5D2A83B4E6@BE1P281MB3024.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HUESING_TEXT), outlook_html(HUESING_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# English foundation in Brussels, plain ASCII: "working group III"; "eleven
# EU member states", "2.4 million euros" and a register number in the
# disclaimer; comes alone.

@mail("gallagher-european-foundation-english", "2027-01-21 11:20:44",
      E("registration", "a.gallagher@efcp.example", "Aoife Gallagher",
        "European Foundation for Civic Participation", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Aoife Gallagher <a.gallagher@efcp.example>"),
           ("To", MSO),
           ("Subject", "Registration - Tag der Migrantenselbstorganisationen, 13 March 2027"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB7702B3A8E5C14F0D92E7@DU2PR10MB7702.EURPRD10.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-ie"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Madam, Dear Sir,

Further to your invitation, which reached us via the Network of Migrant
Organisations in NRW, I am writing to register my participation in the Tag
der Migrantenselbstorganisationen on Saturday, 13 March 2027.

The European Foundation for Civic Participation supports migrant-led civil
society organisations in eleven EU member states through its Small Grants
Scheme (currently 2.4 million euros per annum). I would therefore like to
join working group III on funding opportunities and effective association
management.

I will attend alone. Please send any correspondence to this address.

Yours faithfully,

Aoife Gallagher
Programme Manager, Small Grants Scheme
European Foundation for Civic Participation
Rue de la Loi 155, 1040 Brussels, Belgium
Tel. +32 2 555 01 23

This e-mail and any attachments are confidential and intended solely for the
use of the individual or entity to whom they are addressed. If you have
received this e-mail in error, please notify the sender immediately and
delete it. The European Foundation for Civic Participation is an
international non-profit association (AISBL) registered under number
0712.345.678.
""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# The front office forwards its head's internal request (Outlook plain
# "-----Ursprüngliche Nachricht-----"); the head and a colleague attend (2),
# the writer does not; the confirmation is to go to the functional mailbox
# that sends.  windows-1252, quoted-printable.

@mail("gerdemann-stabsstelle-forwarded-request", "2027-01-22 09:48:30",
      E("registration", "buergerbeteiligung@stadt-muenster.example", "Felix Gerdemann",
        "Stabsstelle Bürgerbeteiligung der Stadt Münster", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Vorzimmer Stabsstelle Bürgerbeteiligung", "iso-8859-1", "q")
            + " <buergerbeteiligung@stadt-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("WG: MSO-Tag 2027 – bitte anmelden", "windows-1252", "q")),
           ("Thread-Topic", ew("MSO-Tag 2027 – bitte anmelden", "windows-1252", "q")),
           ("Thread-Index", "AdtsE2k5Vb8yQn1mXc3rT6wP0aZ4Lg=="),
           ("Date", m.date),
           ("Message-ID", "<9f24c1a6d07e4b35@EXCH01.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

nachstehend leite ich Ihnen die Anmeldung von Herrn Dr. Gerdemann und Frau Kuhlmann zum Tag der Migrantenselbstorganisationen weiter. Die Bestätigung senden Sie bitte an dieses Funktionspostfach; wir leiten sie intern weiter.

Mit freundlichen Grüßen
i. A. Sandra Vennemann
Vorzimmer

Stabsstelle Bürgerbeteiligung der Stadt Münster
Stadthaus 1, Klemensstraße 10, 48143 Münster
Tel. 0251 492-1260

-----Ursprüngliche Nachricht-----
Von: Gerdemann, Felix <felix.gerdemann@stadt-muenster.example>
Gesendet: Donnerstag, 21. Januar 2027 17:42
An: Vorzimmer Stabsstelle Bürgerbeteiligung <buergerbeteiligung@stadt-muenster.example>
Cc: Kuhlmann, Jana <jana.kuhlmann@stadt-muenster.example>
Betreff: MSO-Tag 2027 – bitte anmelden

Liebe Frau Vennemann,

bitte melden Sie Frau Kuhlmann und mich für den Tag der Migrantenselbstorganisationen am 13.03. an (die Einladung des KI liegt Ihnen vor). Wir möchten beide in die AG 2, das passt genau zu unserem Beteiligungsverfahren im Zukunftsprozess. Termin bitte in meinen Kalender eintragen.

Danke und viele Grüße
Felix Gerdemann

Dr. Felix Gerdemann
Leiter der Stabsstelle Bürgerbeteiligung
Stadt Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Question from a school: three numbered questions ("1." to "3.", "§ 57
# Abs. 3 SchulG"); AG 1 is named as an interest, but the school will register
# four teachers only after the answer.  Thunderbird, UTF-8 8bit.

@mail("lammerding-realschule-fortbildung-question", "2027-01-25 13:10:27",
      E("question", "c.lammerding@rs-hiltrup-sued.example", "Christoph Lammerding",
        "Städtische Realschule Hiltrup-Süd", [], None, "de"), "de")
def _(m):
    m.head(("From", "Christoph Lammerding <c.lammerding@rs-hiltrup-sued.example>"),
           ("To", MSO),
           ("Subject", "Anfrage Anerkennung als Lehrerfortbildung – Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<e5b7a2c0-3d91-4f8e-a6b4-29c1d0e7f385@rs-hiltrup-sued.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

mehrere Lehrkräfte unserer Schule haben Interesse an einer Teilnahme am Tag
der Migrantenselbstorganisationen am 13.03.2027, insbesondere an der AG 1.

Bevor wir die Kolleginnen und Kollegen anmelden, bitte ich um Auskunft zu
folgenden Punkten:

1. Ist die Veranstaltung als Fortbildung im Sinne von § 57 Abs. 3 SchulG NRW
   anerkannt bzw. wird eine Teilnahmebescheinigung ausgestellt?
2. Handelt es sich um eine Dienstveranstaltung, sodass Unfallschutz über den
   Dienstherrn besteht?
3. Gibt es eine Höchstzahl an Teilnehmenden je Institution?

Nach Eingang Ihrer Antwort würden wir uns voraussichtlich mit vier Lehrkräften
anmelden.

Mit freundlichen Grüßen

Christoph Lammerding
Stellvertretender Schulleiter
Städtische Realschule Hiltrup-Süd
Am Klosterwald 21, 48165 Münster
Tel. 0251 492-6420
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Council group: "Für die Fraktion nehmen teil: 1. Ratsfrau ..., 2. der
# Unterzeichner" = 2 (the numbers are list items, not workgroups); the
# workgroup by its full title.  Webmail alternative, UTF-8 base64.

FWG_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

namens der FWG-Ratsfraktion Münster bedanke ich mich für die Einladung zum Tag der Migrantenselbstorganisationen 2027.

Für die Fraktion nehmen teil:

1. Ratsfrau Gülten Aydemir, integrationspolitische Sprecherin
2. der Unterzeichner

Beide möchten die Arbeitsgruppe „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ besuchen.

Aus haushaltsrechtlichen Gründen weisen wir darauf hin, dass die Fraktion keine geldwerten Zuwendungen annehmen darf; wir gehen davon aus, dass die Teilnahme einschließlich Verpflegung für alle Teilnehmenden kostenfrei ist.

Mit freundlichen Grüßen

Bernd Holtkötter
Fraktionsgeschäftsführer

FWG-Ratsfraktion Münster
Rathaus, Prinzipalmarkt 10, 48143 Münster
Tel. 0251 492-2901
fraktion@fwg-muenster.example"""


@mail("holtkoetter-ratsfraktion-numbered-delegation", "2027-01-26 10:30:18",
      E("registration", "fraktion@fwg-muenster.example", "Bernd Holtkötter",
        "FWG-Ratsfraktion Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "FWG-Ratsfraktion Münster <fraktion@fwg-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung FWG-Ratsfraktion – Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<1769419818.228104.5521@webmail.fwg-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FWG_TEXT, div_html(FWG_TEXT, "font-family: Arial, sans-serif; font-size: 10pt;"),
                  charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# "Ihr Zeichen" / "Ihr Schreiben vom" at the top, "Arbeitsgruppe II" (Roman);
# the organisation is inflected in the text ("des Diakonischen Werkes") and
# in its base form in the signature.  iso-8859-1, 8bit.

@mail("broekelmann-diakonie-ihr-zeichen-roman", "2027-01-27 08:40:02",
      E("registration", "g.broekelmann@diakonie-ms.example", "Gesine Brökelmann",
        "Diakonisches Werk Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Gesine Brökelmann", "g.broekelmann@diakonie-ms.example",
                         "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Ihr Zeichen KI-MSO/2027 - Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270127084002.GA31877@diakonie-ms.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Ihr Zeichen: KI-MSO/2027
Ihr Schreiben vom 12.01.2027

Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich als Vertreterin der Flüchtlingsberatung des
Diakonischen Werkes Münster e.V. zum Tag der Migrantenselbstorganisationen
an.

Ich möchte gern an der Arbeitsgruppe II teilnehmen.

Freundliche Grüße

Gesine Brökelmann
Dipl.-Sozialpädagogin
Flüchtlingsberatung
Diakonisches Werk Münster e.V.
Friedrich-Ebert-Platz 4, 48153 Münster
Tel. 0251 37 10 44-21
""", charset="iso-8859-1", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Official letter sent by the authority's mail room: From is the Poststelle,
# Reply-To and the letter's own lines name the official who attends and asks
# for the confirmation at her address.  Letterhead with "Aktenzeichen",
# "Zimmer 2.114", the recipient's address block (the organiser's office) and
# "Dezernat 36"; the signed letter also as a PDF.  multipart/mixed.

WOESTMANN_LETTER = """Bezirksregierung Münster
Dezernat 36 – Integration, Migration, Kommunale Integrationszentren
Domplatz 1–3, 48143 Münster

Aktenzeichen: 36.05.01-0027/2027
Auskunft erteilt: Frau Wöstmann
Zimmer: 2.114
Telefon: 0251 411-3612
E-Mail: katharina.woestmann@bezreg-muenster.example
Datum: 27.01.2027

Stadt Münster
Kommunales Integrationszentrum
48127 Münster

Tag der Migrantenselbstorganisationen am 13.03.2027
Ihre Einladung vom 12.01.2027

Sehr geehrte Frau Meza Correa-Flock,

für die Bezirksregierung Münster wird die Unterzeichnerin am o. g. Tag der Migrantenselbstorganisationen teilnehmen. Ich bitte um Zuordnung zur Arbeitsgruppe 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), da das Dezernat 36 u. a. für die Bewilligung von Zuwendungen aus dem Landesprogramm zur Förderung von Migrantenselbstorganisationen zuständig ist.

Um Übersendung einer Anmeldebestätigung an meine oben genannte E-Mail-Adresse wird gebeten.

Mit freundlichen Grüßen
Im Auftrag

gez. Katharina Wöstmann
Regierungsoberinspektorin"""


@mail("woestmann-bezirksregierung-poststelle-letter-pdf", "2027-01-27 15:15:49",
      E("registration", "katharina.woestmann@bezreg-muenster.example", "Katharina Wöstmann",
        "Bezirksregierung Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", ew("Poststelle Bezirksregierung Münster", "utf-8", "q")
            + " <poststelle@bezreg-muenster.example>"),
           ("Reply-To", ew("Wöstmann, Katharina", "utf-8", "q")
            + " <katharina.woestmann@bezreg-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Tag der Migrantenselbstorganisationen 2027 – Anmeldung Dezernat 36 "
                          "(Az. 36.05.01-0027/2027)", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<poststelle.2027012715154912.7730@bezreg-muenster.example>"),
           ("X-Mailer", "VIS-Poststelle 7.2"),
           ("MIME-Version", "1.0"))
    body = m.text(f"""Sehr geehrte Damen und Herren,

im Auftrag übersende ich Ihnen das nachstehende Schreiben. Eine unterschriebene Fassung ist als PDF beigefügt.

Mit freundlichen Grüßen
Poststelle der Bezirksregierung Münster

--------------------------------------------------------------------

{WOESTMANN_LETTER}
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Bezirksregierung Muenster - Dezernat 36",
        "Az. 36.05.01-0027/2027 - Datum: 27.01.2027",
        "Tag der Migrantenselbstorganisationen am 13.03.2027",
        "Teilnahme: K. Woestmann, Arbeitsgruppe 3",
        "gez. Woestmann",
    ]), "application", "pdf", "2027-01-27_Anmeldung_MSO-Tag_Dez36.pdf")
    m.multi("mixed", [body, pdf])


# -- 018 ---------------------------------------------------------------------
# English from an international school: a two-item list "myself, ... / our
# Parent Liaison Officer" = 2; workgroup by the German alias "Bildungssystem"
# in brackets; "Grade 1–12" in the signature.  Gmail alternative.

THORNTON_TEXT = """Dear organising team,

On behalf of Münsterland International School I would like to register two participants for the Day of Migrant Self-Organisations on 13 March:

- myself, Rebecca Thornton-Adu, Head of Pastoral Care and Counselling
- our Parent Liaison Officer, Mr Tarek Haidar

We would both like to join the working group on education (Bildungssystem). Many of our families have only recently arrived in Germany, and we are keen to connect with the local organisations that support them.

Please let us know if you need any further details.

Kind regards,
Rebecca Thornton-Adu
Head of Pastoral Care & Counselling
Münsterland International School gGmbH
Grade 1–12 | IB World School
Gievenbecker Weg 120, 48161 Münster
+49 251 7 66 55-30"""


@mail("thornton-adu-international-school-english", "2027-01-28 10:00:37",
      E("registration", "r.thornton-adu@misms.example", "Rebecca Thornton-Adu",
        "Münsterland International School gGmbH", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Rebecca Thornton-Adu <r.thornton-adu@misms.example>"),
           ("To", MSO),
           ("Subject", "Registration for 13 March – Münsterland International School"),
           ("Date", m.date),
           ("Message-ID", "<CAF3xR9vTq2Lm8nB1kW0pZ6yH4dS7jE5cU2gA9oN3iX1bV8rQzw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(THORNTON_TEXT, gmail_html(THORNTON_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# A council of senior citizens writes a typed letter into the mail body:
# letterhead line, "Münster, den 01.02.2027", "Betreff:" and "Bezug:" lines;
# "zwei weitere Mitglieder ... sowie die Unterzeichnerin" = 3; workgroup by
# "Zukunftsprozess".  Private address; windows-1252, quoted-printable.

@mail("pohlmann-seniorenvertretung-letter", "2027-02-01 09:30:55",
      E("registration", "pohlmann.irmgard@mail.example", "Irmgard Pohlmann",
        "Seniorenvertretung der Stadt Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Irmgard Pohlmann <pohlmann.irmgard@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Seniorenvertretung der Stadt Münster – Anmeldung MSO-Tag",
                          "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<002101db7489$1c2d3e40$54879ac0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Seniorenvertretung der Stadt Münster
Die Vorsitzende

Münster, den 01.02.2027

Betreff: Tag der Migrantenselbstorganisationen am 13.03.2027
Bezug: Ihre Einladung vom 12.01.2027

Sehr geehrte Damen und Herren,

die Seniorenvertretung der Stadt Münster hat sich in ihrer Plenumssitzung vom 28.01.2027 mit Ihrer Einladung befasst und begrüßt den Tag der Migrantenselbstorganisationen ausdrücklich. Die Lebenslagen älterer Menschen mit Migrationsvorgeschichte finden in der kommunalen Altenplanung bislang zu wenig Berücksichtigung.

Es werden zwei weitere Mitglieder unseres Gremiums, Herr Dimitrios Kalogeropoulos und Frau Renate Hülsmann, sowie die Unterzeichnerin teilnehmen. Wir bitten um Zuordnung zur Arbeitsgruppe zum Zukunftsprozess der Stadt.

Mit freundlichen Grüßen

Irmgard Pohlmann
Vorsitzende der Seniorenvertretung der Stadt Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Police contact officer: rank "PHK" before the name (not part of it), "AG 2
# (Zukunftsprozess)", a signature with department codes, a mobile number and
# a long legal notice.  Outlook alternative, windows-1252.

KEMPER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

als Kontaktbeamter für muslimische Institutionen (KMI) des Polizeipräsidiums Münster nehme ich gern am Tag der Migrantenselbstorganisationen teil. Ich komme allein und in Zivil.

Ich würde mich gern der AG 2 (Zukunftsprozess) anschließen.

Mit freundlichen Grüßen
Im Auftrag

PHK Andreas Kemper
Kontaktbeamter für muslimische Institutionen (KMI)

Polizeipräsidium Münster
Direktion Kriminalität – KK 34 Kriminalprävention/Opferschutz
Friesenring 43, 48147 Münster
Tel. 0251 275-3412
Mobil 0172 123 45 67

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Bitte beachten Sie außerdem, dass über dieses Postfach keine Strafanzeigen entgegengenommen werden. In Notfällen wählen Sie bitte 110."""


@mail("kemper-polizei-kmi-rank", "2027-02-02 11:11:24",
      E("registration", "andreas.kemper@polizei-nrw.example", "Andreas Kemper",
        "Polizeipräsidium Münster", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kemper, Andreas" <andreas.kemper@polizei-nrw.example>'),
           ("To", TO_MSO),
           ("Subject", "Teilnahme KMI PP Muenster am MSO-Tag 2027"),
           ("Thread-Topic", "Teilnahme KMI PP Muenster am MSO-Tag 2027"),
           ("Thread-Index", "Adt1Gh7mX2qP9bK4vR0sN3cW8yT5eA=="),
           ("Date", m.date),
           ("Message-ID", "<5c8e0a3d71f2468b9e1f@EXMBX07.polizei-nrw.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-Classification", "VS-NfD nicht zutreffend"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KEMPER_TEXT), outlook_html(KEMPER_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Change (AG 3 -> AG 1) in Amtsdeutsch: "abweichend von meiner Anmeldung
# vom 20.01.2027 ... Umbuchung in die AG 1"; the text still mentions AG 3 and
# "(1 Person)"; Outlook HTML only quoting the confirmation (AG 3, 1).

WIEWEL_TEXT = """Sehr geehrte Damen und Herren,

abweichend von meiner Anmeldung vom 20.01.2027 bitte ich um Umbuchung in die AG 1 („Menschen mit Migrationsvorgeschichte im Bildungssystem“). Hintergrund ist, dass die AG 3 seitens unseres Amtes bereits durch eine Kollegin aus dem Bereich Zuwendungen abgedeckt wird.

Im Übrigen bleibt es bei der Anmeldung (1 Person).

Mit freundlichen Grüßen
Im Auftrag

Stephan Wiewel
Sozialamt der Stadt Münster
Fachstelle Integration
Tel. 0251 492-5060"""


@mail("wiewel-sozialamt-umbuchung-ag1", "2027-02-03 14:25:13",
      E("change", "stephan.wiewel@stadt-muenster.example", "Stephan Wiewel",
        "Sozialamt der Stadt Münster", ["AG1"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wiewel, Stephan" <stephan.wiewel@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbaw3m1kR7cT0qVzJ8nE4yW2bU5g=="),
           ("Date", m.date),
           ("Message-ID", "<2b9d4f61e8a04c17@EXCH02.stadt-muenster.example>"),
           ("References", "<mailbot.20270120102108.8b1d@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270120102108.8b1d@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 20. Januar 2027 10:21",
             "Wiewel, Stephan <stephan.wiewel@stadt-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Wiewel", "AG3", 1))
    m.single(outlook_html(WIEWEL_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# City library registers without choosing a workgroup ("an allen drei
# Themen interessiert", will decide on the day) -> []; "Medien in 25 Sprachen".

@mail("sandkuehler-stadtbuecherei-no-workgroup", "2027-02-04 09:05:38",
      E("registration", "u.sandkuehler@stadt-muenster.example", "Ulrike Sandkühler",
        "Stadtbücherei Münster", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Sandkühler, Ulrike", "utf-8", "q")
            + " <u.sandkuehler@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<71e3c0b82f5d4a96@EXCH01.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für die Stadtbücherei Münster zum Tag der Migrantenselbstorganisationen am 13. März 2027 an.

Die Stadtbücherei ist im Rahmen ihrer interkulturellen Bibliotheksarbeit (u. a. mehrsprachige Vorlesestunden, Sprachcafés, Medien in 25 Sprachen) an allen drei Themen interessiert. Die Entscheidung für eine Arbeitsgruppe möchte ich daher gern kurzfristig vor Ort treffen, sofern das organisatorisch möglich ist.

Mit freundlichen Grüßen

Ulrike Sandkühler
Interkulturelle Bibliotheksarbeit
Stadtbücherei Münster
Alter Steinweg 11, 48143 Münster
Tel. 0251 492-4242
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Neighbouring district's integration centre: a form-like block with
# "Erstwunsch: AG 3 ... Zweitwunsch: AG 2", two named staff = 2, a move date
# ("ab dem 15.02."), a privacy URL.  Outlook alternative, UTF-8 base64.

NOLTE_TEXT = """Sehr geehrte Kolleginnen und Kollegen,

vielen Dank für die Einladung zum Tag der Migrantenselbstorganisationen. Gern nehmen wir den interkommunalen Austausch wahr.

Zur Anmeldung:

Teilnehmende: Sebastian Nolte und Zeynep Acar (beide Kommunales Integrationsmanagement)
Erstwunsch: AG 3 (Förderung/Vereinsmanagement)
Zweitwunsch: AG 2
Anreise: mit dem Zug, wir benötigen keinen Parkplatz

Hinweis: Wir ziehen ab dem 15.02. in das neue Kreishaus um; Telefonnummern können sich vorübergehend ändern. Per E-Mail sind wir weiterhin erreichbar.

Mit freundlichen Grüßen
Im Auftrag

Sebastian Nolte
Kommunales Integrationsmanagement (KIM)

Kommunales Integrationszentrum Kreis Warendorf
Waldenburger Straße 2, 48231 Warendorf
Tel. 02581 53-2230

Datenschutzhinweise: https://www.kreis-warendorf.example/datenschutz"""


@mail("nolte-ki-warendorf-erstwunsch-zweitwunsch", "2027-02-05 10:40:19",
      E("registration", "sebastian.nolte@kreis-warendorf.example", "Sebastian Nolte",
        "Kommunales Integrationszentrum Kreis Warendorf", ["AG3", "AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nolte, Sebastian" <sebastian.nolte@kreis-warendorf.example>'),
           ("To", TO_MSO),
           ("Subject", "MSO-Tag Muenster 2027: Anmeldung KI Kreis Warendorf"),
           ("Thread-Topic", "MSO-Tag Muenster 2027: Anmeldung KI Kreis Warendorf"),
           ("Thread-Index", "Adt3Ke1bN5vQ8xR2mT0zL4cY7wA9sQ=="),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0713E2A9C4B18F5D6A3C@GV0P278MB0713.CHEP278.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NOLTE_TEXT), outlook_html(NOLTE_TEXT),
                  charset="utf-8", cte="base64", style="outlook")


# -- 024 ---------------------------------------------------------------------
# English question from a foundation: asks about a 10-minute slot in
# "workgroup 3" and an info table; would register two people only if
# possible.  Gmail alternative.

LINDQVIST_TEXT = """Dear Ms Meza Correa-Flock,

I am the programme officer responsible for Germany at the Civitas Transatlantic Fund, which funds capacity-building for diaspora and migrant organisations in Germany, the Netherlands and Scandinavia.

A colleague at the Kettler Foundation told me about your event on 13 March. Before registering, I would like to ask whether there would be room for a short (10-minute) presentation of our 2027 call for proposals in workgroup 3 on funding opportunities. If not, would it be possible to display printed information material at the venue?

If either is possible, I would register myself and one colleague.

Best regards,
Freya Lindqvist
Programme Officer Germany
Civitas Transatlantic Fund
Kungsgatan 12, 111 43 Stockholm, Sweden"""


@mail("lindqvist-foundation-question-english", "2027-02-08 08:15:42",
      E("question", "f.lindqvist@civitas-fund.example", "Freya Lindqvist",
        "Civitas Transatlantic Fund", [], None, "en"), "en")
def _(m):
    m.head(("From", "Freya Lindqvist <f.lindqvist@civitas-fund.example>"),
           ("To", MSO),
           ("Subject", "Question regarding workgroup 3 - possible input from our foundation"),
           ("Date", m.date),
           ("Message-ID", "<CAG7kP2wN5xM1vB9tR3qL0yZ8dH6sJ4fE1cU7aO2iK5nV9bXrTg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LINDQVIST_TEXT, gmail_html(LINDQVIST_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Chair of a party's local branch from his phone: one long sentence with
# "AG Stadtentwicklung" and "Begleitet werde ich von ..." = 2; the branch is
# inflected in the text and in base form in the signature; "13.3.".

@mail("tenbrink-ortsverband-iphone", "2027-02-09 12:00:26",
      E("registration", "markus.tenbrink@mail.example", "Markus Tenbrink",
        "Ortsverband Hiltrup der Bürgerliste Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Markus Tenbrink <markus.tenbrink@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<B41F7C2E-9D05-4A83-8E6B-3F1A0C5D7E92@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

als Vorsitzender des Ortsverbands Hiltrup der Bürgerliste Münster melde ich mich zum MSO-Tag am 13.3. an, AG Stadtentwicklung. Begleitet werde ich von unserer Schriftführerin, Frau Hatice Demirel.

Mit freundlichen Grüßen
Markus Tenbrink
Ortsverband Hiltrup der Bürgerliste Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Welfare association, Outlook HTML only: "mit insgesamt vier Mitarbeitenden
# (einschließlich der Unterzeichnerin)" = 4, names to follow; the workgroup by
# its full title; programme names, a deadline, "Amtsgericht Münster VR 2841".

SCHAEFER_TEXT = """Sehr geehrte Damen und Herren,

die Arbeiterwohlfahrt Kreisverband Münster e.V. wird mit insgesamt vier Mitarbeitenden (einschließlich der Unterzeichnerin) aus den Bereichen Migrationsberatung für erwachsene Zuwanderer (MBE), Integrationsagentur und Servicestelle Antidiskriminierung am Tag der Migrantenselbstorganisationen teilnehmen.

Wir haben uns intern auf die Arbeitsgruppe „Förderungsmöglichkeiten und effektives Vereinsmanagement“ verständigt, da wir zahlreiche Migrantenselbstorganisationen bei der Antragstellung (u. a. Kinder- und Jugendförderplan, Landesprogramm Integrationsagenturen, Bundesprogramm „Demokratie leben!“) begleiten.

Die Namen der Teilnehmenden teilen wir Ihnen bis spätestens 26.02.2027 mit.

Mit freundlichen Grüßen

Dagmar Schäfer-Nwosu
Abteilungsleitung Migration und Integration

Arbeiterwohlfahrt Kreisverband Münster e.V.
Friedrich-Ebert-Straße 7, 48153 Münster
Tel. 0251 41 97-0 | Fax 0251 41 97-22
www.awo-ms.example

Arbeiterwohlfahrt Kreisverband Münster e.V. | Vorstand: Heinz Lüttmann, Aynur Çelebi | Amtsgericht Münster VR 2841
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("schaefer-nwosu-awo-vier-mitarbeitende", "2027-02-10 10:30:07",
      E("registration", "d.schaefer-nwosu@awo-ms.example", "Dagmar Schäfer-Nwosu",
        "Arbeiterwohlfahrt Kreisverband Münster e.V.", ["AG3"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Schäfer-Nwosu, Dagmar", "windows-1252", "q")
            + " <d.schaefer-nwosu@awo-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung AWO – MSO-Tag 13.03.2027", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung AWO – MSO-Tag 13.03.2027", "windows-1252", "q")),
           ("Thread-Index", "Adt7Lw3cQ9pX1mB5vT8rK2nY6eZ0aS=="),
           ("Date", m.date),
           ("Message-ID", "<FR4P281MB3458D1C7A9E2B05F64A8@FR4P281MB3458.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHAEFER_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Bilingual (German/English) vacation reply to the reminder, Sieve-style,
# with Auto-Submitted: auto-replied.

@mail("rosskamp-integrationsagentur-vacation-bilingual", "2027-02-11 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Jutta Roßkamp <j.rosskamp@integrationsagentur-ms.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz / Out of office: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve.1770800441.22913@integrationsagentur-ms.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin vom 08.02. bis einschließlich 19.02.2027 im Urlaub und ab dem 22.02.2027 wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter 0251 61 88 0-0 oder an info@integrationsagentur-ms.example.

Dear Sir or Madam,

I am on annual leave from 8 to 19 February 2027 and will be back in the office on 22 February 2027. Your e-mail will not be forwarded. For urgent matters, please contact our office at +49 251 61 88 0-0 or info@integrationsagentur-ms.example.

Mit freundlichen Grüßen / Kind regards
Jutta Roßkamp
Integrationsagentur Münster-Süd
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Automatic acknowledgement of the foreigners' authority to the reminder,
# without any auto-reply header: a numbered list 1.-3., "Aktenzeichen (z. B.
# 32.4-123456)", "Termine", "Anträge".  UTF-8 base64.

@mail("auslaenderbehoerde-eingangsbestaetigung", "2027-02-11 10:01:58",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", ew("Ausländerbehörde Münster", "utf-8", "q")
            + " <auslaenderbehoerde@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "Ihre Nachricht an die Ausländerbehörde der Stadt Münster – Eingangsbestätigung"),
           ("Date", m.date),
           ("Message-ID", "<eb.20270211100158.61f0c2@stadt-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

Ihre E-Mail ist bei der Ausländerbehörde der Stadt Münster eingegangen. Dies ist eine automatisch erzeugte Eingangsbestätigung.

Bitte beachten Sie:

1. Aufgrund des hohen Aufkommens beträgt die Bearbeitungszeit derzeit bis zu acht Wochen. Bitte sehen Sie von Sachstandsanfragen ab.
2. Termine für die Verlängerung von Aufenthaltstiteln vergeben wir ausschließlich über die Online-Terminvereinbarung: https://termine.stadt-muenster.example/abh
3. Anträge und Unterlagen können Sie auch über das Kontaktformular hochladen. Bitte geben Sie stets Ihr Aktenzeichen (z. B. 32.4-123456) an.

Mit freundlichen Grüßen
Ihre Ausländerbehörde der Stadt Münster
Ludgeriplatz 4, 48151 Münster

Diese Nachricht wurde automatisch erstellt. Antworten auf diese E-Mail werden nicht gelesen.
""", charset="utf-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Postfix bounce of the reminder: the school's server rejects a closed
# mailbox with a German policy text ("Empfaengerin nicht mehr im Dienst");
# the Final-Recipient is in mixed case; only the headers come back.

TERWEY_RCPT = "Monika.Terwey@ge-kinderhaus.example"


def _terwey_headers():
    subj = ew(REMINDER_SUBJECT, "utf-8", "q")
    return f"""Return-Path: <{MSO}>
Received: from mailbot.muenster.example (mailbot.muenster.example [198.51.100.20])
	by mail.muenster.example (Postfix) with ESMTPS id 8C41E2D0F7
	for <{TERWEY_RCPT}>; Thu, 11 Feb 2027 10:00:06 +0100 (CET)
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: {TERWEY_RCPT}
Subject: {subj}
Date: Thu, 11 Feb 2027 10:00:04 +0100
Message-ID: {REMINDER_ID}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("postfix-bounce-mailbox-closed", "2027-02-11 10:02:31",
      E("bounce", bounced=TERWEY_RCPT.lower()), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211090231.3B7E12C4A1@mail.muenster.example>"),
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

<{TERWEY_RCPT}>: host mx.ge-kinderhaus.example[203.0.113.77] said:
    550 5.1.1 <{TERWEY_RCPT}>: Recipient address rejected:
    Postfach aufgeloest - Empfaengerin nicht mehr im Dienst. Bitte wenden Sie
    sich an sekretariat@ge-kinderhaus.example (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "8C41E2D0F7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 10:00:06 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {TERWEY_RCPT}"),
         ("Original-Recipient", f"rfc822;{TERWEY_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.ge-kinderhaus.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{TERWEY_RCPT}>:\n"
                             "    Recipient address rejected: Postfach aufgeloest - Empfaengerin\n"
                             "    nicht mehr im Dienst. Bitte wenden Sie sich an\n"
                             "    sekretariat@ge-kinderhaus.example")])
    headers = m.text(_terwey_headers(), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 030 ---------------------------------------------------------------------
# A head teacher registers two teachers and does not come himself; the
# confirmation is to go to the teacher who coordinates (name and email are
# hers, party 2).  "Internationalen Förderklassen" is not the Förderung
# workgroup; "Arbeitsgruppe 1"; "StRin", "StR", "OStD" are titles.

@mail("goevert-berufskolleg-registers-two-teachers", "2027-02-12 09:20:14",
      E("registration", "d.oeztuerk-brandt@bk-aasee.example", "Derya Öztürk-Brandt",
        "Berufskolleg am Aasee", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Schulleitung Berufskolleg am Aasee <schulleitung@bk-aasee.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung von zwei Lehrkräften zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<a1c4e9f2-6b30-4d87-9e52-0f7d3b8a1c64@bk-aasee.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für das Berufskolleg am Aasee melde ich hiermit zwei Lehrkräfte unserer
Internationalen Förderklassen zum Tag der Migrantenselbstorganisationen am
13.03.2027 an:

Frau StRin Derya Öztürk-Brandt
Herrn StR Lukas Menke

Beide möchten an der Arbeitsgruppe 1 teilnehmen. Ich selbst bin an diesem
Tag leider verhindert.

Frau Öztürk-Brandt koordiniert die Teilnahme; bitte senden Sie die
Bestätigung und alle weiteren Informationen an sie:
d.oeztuerk-brandt@bk-aasee.example

Die Freistellung für die Veranstaltung ist gemäß ADO erteilt.

Mit freundlichen Grüßen

OStD Dr. Heiner Gövert
Schulleiter
Berufskolleg am Aasee
Bismarckallee 9, 48151 Münster
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Cancellation in Amtsdeutsch ("aus dienstlichen Gründen ... stornieren"),
# plain-text Outlook quote of the confirmation (AG 2, 1) below a line of
# underscores; "Team 412" in the signature.  windows-1252, quoted-printable.

@mail("brueggemann-jobcenter-cancellation", "2027-02-15 11:45:09",
      E("cancellation", "ralf.brueggemann@jobcenter-muenster.example", "Ralf Brüggemann",
        "Jobcenter Münster", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Brüggemann, Ralf", "windows-1252", "q")
            + " <ralf.brueggemann@jobcenter-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB29152B8D4E6F1A07C3D5@FR2P281MB2915.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270126091412.2f7c@muenster.example>"),
           ("References", "<mailbot.20270126091412.2f7c@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

aus dienstlichen Gründen muss ich meine Teilnahme am Tag der Migrantenselbstorganisationen am 13.03.2027 leider absagen. Eine Vertretung kann seitens unseres Teams nicht entsandt werden.

Ich bitte, meine Anmeldung zu stornieren, und bedanke mich für Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag

Ralf Brüggemann
Teamleiter Arbeitsvermittlung, Team 412
Jobcenter Münster

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 26. Januar 2027 09:14
An: Brüggemann, Ralf <ralf.brueggemann@jobcenter-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Brüggemann", "AG2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change as numbered paragraphs: "1. Arbeitsgruppe: Statt der AG 2 ... AG 3"
# and "2. Teilnehmerzahl: ... insgesamt 3 Personen" -> AG3, party 3; the
# quoted confirmation says AG 2 and 2 persons.  Thunderbird, UTF-8 8bit.

@mail("assmann-drk-numbered-change", "2027-02-16 14:00:33",
      E("change", "h.assmann@drk-muenster.example", "Henrike Aßmann",
        "DRK-Kreisverband Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Henrike Aßmann <h.assmann@drk-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f8a1d2c-7e64-4b09-a5c3-d91e0b6f2a78@drk-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270204113712.5c0e@muenster.example>"),
           ("References", "<mailbot.20270204113712.5c0e@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

zu unserer mit u. a. Mail bestätigten Anmeldung bitten wir um folgende
Änderungen:

1. Arbeitsgruppe: Statt der AG 2 möchten wir nunmehr an der AG 3 teilnehmen.
2. Teilnehmerzahl: Es kommt eine weitere Kollegin, Frau Mira Popović, hinzu.
   Wir sind damit insgesamt 3 Personen.

Alle übrigen Angaben bleiben unverändert.

Mit freundlichen Grüßen

Henrike Aßmann
Migrationsdienst
DRK-Kreisverband Münster e.V.
Zumsandestraße 25-27, 48145 Münster
Tel. 0251 37 39-140

Am 04.02.27 um 11:37 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Aßmann", "AG2", 2))}
""", charset="utf-8", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# English, new Outlook HTML only: the managing director registers a colleague
# who comes alone and gives no address for her, so the email is the sender's;
# "working group 1"; "Register court: AG Charlottenburg" is a court.

WHITFIELD_TEXT = """Dear Sir or Madam,

I would like to register our colleague Ms Fatou Ceesay for the Tag der Migrantenselbstorganisationen on 13 March 2027. Fatou coordinates our peer-support groups for women from West Africa in the Münster area and will attend on her own; unfortunately I cannot join her.

She would like to take part in working group 1 (education system).

Thank you very much and best regards,

Thomas Whitfield
Managing Director
Hope Foundation for Refugee Women gGmbH
Registered office: Berlin | Register court: AG Charlottenburg HRB 123456 B
Managing Director: Thomas Whitfield"""


@mail("whitfield-registers-colleague-english-html", "2027-02-17 09:10:52",
      E("registration", "t.whitfield@hope-refugee-women.example", "Fatou Ceesay",
        "Hope Foundation for Refugee Women gGmbH", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Thomas Whitfield <t.whitfield@hope-refugee-women.example>"),
           ("To", MSO),
           ("Subject", "Registration of our colleague for 13 March"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8641F3B2C7D9A15E06B4@AS8PR04MB8641.eurprd04.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(WHITFIELD_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Question about a late registration: the travel approval comes only after a
# committee meeting on 10 March; asks whether registering after 6 March is
# possible.  Webmail alternative, UTF-8.

REIMER_TEXT = """Sehr geehrte Damen und Herren,

ich bin als Willkommenslotsin der Handwerkskammer Münster tätig und würde gern am Tag der Migrantenselbstorganisationen teilnehmen. Leider liegt mir die erforderliche Dienstreisegenehmigung noch nicht vor; diese wird voraussichtlich erst nach der Sitzung unseres Berufsbildungsausschusses am 10.03.2027 erteilt.

Ist eine Nachmeldung nach Ablauf der Anmeldefrist am 06.03.2027 noch möglich? Falls ja, bis wann müsste die Anmeldung spätestens bei Ihnen eingehen?

Für eine kurze Rückmeldung danke ich Ihnen im Voraus.

Mit freundlichen Grüßen
Svetlana Reimer
Willkommenslotsin
Handwerkskammer Münster
Am Handwerkshof 4, 48155 Münster
Tel. 0251 52 03-318"""


@mail("reimer-handwerkskammer-late-question", "2027-02-18 10:25:47",
      E("question", "s.reimer@hwk-muenster.example", "Svetlana Reimer",
        "Handwerkskammer Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Svetlana Reimer <s.reimer@hwk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Anmeldefrist MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1771406747.40218.hwk@webmail.hwk-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REIMER_TEXT, div_html(REIMER_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Health office: "Schuleingangsuntersuchungen" and "Bildungsthemen" are named,
# but the choice is "bewusst ... die AG 2"; "Dr. med." is not part of the
# name; "Gesundheitsplanung 2030".  Outlook alternative, windows-1252.

FARAHANI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für das Gesundheitsamt der Stadt Münster zum Tag der Migrantenselbstorganisationen an.

Aus unserer Arbeit im Kinder- und Jugendgesundheitsdienst, insbesondere aus den Schuleingangsuntersuchungen, kennen wir die Bildungsthemen gut. Ich möchte mich aber bewusst in die AG 2 einbringen, weil wir im Rahmen der Gesundheitsplanung 2030 gerade Beteiligungsformate für migrantische Communities entwickeln.

Ich nehme allein teil.

Mit freundlichen Grüßen

Dr. med. Leonie Farahani
Fachärztin für Kinder- und Jugendmedizin
Kinder- und Jugendgesundheitsdienst
Gesundheitsamt der Stadt Münster
Stühmerweg 8, 48147 Münster
Tel. 0251 492-5311"""


@mail("farahani-gesundheitsamt-schule-but-ag2", "2027-02-22 11:00:36",
      E("registration", "leonie.farahani@stadt-muenster.example", "Leonie Farahani",
        "Gesundheitsamt der Stadt Münster", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Farahani, Leonie Dr." <leonie.farahani@stadt-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung MSO-Tag – Gesundheitsamt", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung MSO-Tag – Gesundheitsamt", "windows-1252", "q")),
           ("Thread-Index", "AdmDq4R1sV7nK0cX2bT9wL5yP3eZ8g=="),
           ("Date", m.date),
           ("Message-ID", "<c6a0e3f9185b4d27@EXCH02.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FARAHANI_TEXT), outlook_html(FARAHANI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# English cancellation from a Dutch province ("must withdraw my
# registration"), Gmail reply with an English attribution line and the German
# confirmation (AG 2, 1) in a blockquote.

VANDENBERG_TEXT = """Dear Sir or Madam,

Thank you for the confirmation below. Unfortunately, due to an extraordinary session of the Provincial Executive that has been scheduled for 13 March, I will not be able to attend and must withdraw my registration.

I sincerely regret this and hope to be able to participate next year.

Kind regards,

Pieter van den Berg
Policy Officer, Social Affairs
Province of Overijssel
Luttenbergstraat 2, 8012 EE Zwolle, The Netherlands"""


@mail("van-den-berg-overijssel-cancellation-english", "2027-02-24 15:30:21",
      E("cancellation", "p.vandenberg@overijssel.example", "Pieter van den Berg",
        "Province of Overijssel", [], None, "en"), "en")
def _(m):
    attribution = (f"On Tue, 2 Feb 2027 at 10:11, Tag der Migrantenselbstorganisationen "
                   f"<{MSO}> wrote:")
    quoted = confirmation("Herr van den Berg", "AG2", 1)
    m.head(("From", "Pieter van den Berg <p.vandenberg@overijssel.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH2nQ8rW4vL1xK7bT0mZ9yP3dS6jF5eU2cA8oN1iG7kV4bXwRq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270202101104.7a3e@muenster.example>"),
           ("References", "<mailbot.20270202101104.7a3e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{VANDENBERG_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(VANDENBERG_TEXT, attribution, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Change of party size only (2 -> 1): the colleague has moved to another
# department, "es nimmt somit nur noch der Unterzeichner teil"; the workgroup
# stays -> []; Outlook alternative quoting the confirmation (AG 2, 2).

HOELSCHER_TEXT = """Sehr geehrte Damen und Herren,

ich nehme Bezug auf Ihre u. a. Anmeldebestätigung. Frau Kirsten Overbeck, die gemeinsam mit mir angemeldet war, ist zum 01.03.2027 in ein anderes Dezernat gewechselt und wird daher nicht teilnehmen. Eine Nachbesetzung ist nicht vorgesehen; es nimmt somit nur noch der Unterzeichner teil.

Die Wahl der Arbeitsgruppe bleibt unverändert.

Mit freundlichen Grüßen
Im Auftrag

Bernhard Hölscher
Amt für Wohnungswesen und Quartiersentwicklung der Stadt Münster
Abteilung Quartiersentwicklung
Tel. 0251 492-6012"""


@mail("hoelscher-wohnungsamt-party-size-change", "2027-02-25 09:00:12",
      E("change", "bernhard.hoelscher@stadt-muenster.example", "Bernhard Hölscher",
        "Amt für Wohnungswesen und Quartiersentwicklung der Stadt Münster", [], 1, "de"),
      "de", tz=0)
def _(m):
    m.head(("From", ew("Hölscher, Bernhard", "windows-1252", "q")
            + " <bernhard.hoelscher@stadt-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbd2Pq5mT8xR1nW3kZ0cV7yL4bE9g=="),
           ("Date", m.date),
           ("Message-ID", "<0d5b8e2a7c134f96@EXCH01.stadt-muenster.example>"),
           ("References", "<mailbot.20270129133045.1b9f@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270129133045.1b9f@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 29. Januar 2027 13:30",
             "Hölscher, Bernhard <bernhard.hoelscher@stadt-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Hölscher", "AG2", 2))
    m.alternative(outlook_plain(HOELSCHER_TEXT, quote), outlook_html(HOELSCHER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Change with a fallback to the current group: "AG 2 anstelle der AG 1 ...
# andernfalls Beibehaltung ... AG 1" -> [AG2, AG1]; "Registergericht: AG
# Steinfurt" is a court.  Apple Mail plain with the confirmation quoted.

@mail("rensing-bildungswerk-change-with-fallback", "2027-02-26 13:05:44",
      E("change", "k.rensing@bildungswerk-muensterland.example", "Katja Rensing",
        "Bildungswerk Münsterland gGmbH", ["AG2", "AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Katja Rensing <k.rensing@bildungswerk-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8A2D6F14-3C7B-4E95-B0A1-5D9E2F7C4B63@bildungswerk-muensterland.example>"),
           ("In-Reply-To", "<mailbot.20270128091205.4d2a@muenster.example>"),
           ("References", "<mailbot.20270128091205.4d2a@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.single(f"""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre nachstehende Bestätigung bitte ich, meine Anmeldung wie folgt zu ändern: Teilnahme an der AG 2 anstelle der AG 1. Sollte in der AG 2 kein Platz mehr verfügbar sein, bitte ich um Beibehaltung der bisherigen Zuordnung zur AG 1.

Hintergrund: Unser Träger ist seit Jahresbeginn Mitglied im Lenkungskreis des Zukunftsprozesses.

Mit freundlichen Grüßen
Katja Rensing
Bereichsleitung Integration und Sprache
Bildungswerk Münsterland gGmbH
Geschäftsführung: Dr. Klaus Wermelt · Registergericht: AG Steinfurt HRB 4410


> Am 28.01.2027 um 09:12 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(confirmation("Frau Rensing", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Youth council from its shared mailbox: "drei Delegierte", two named plus
# "die Unterzeichnerin" = 3; ages 16 and 17; AG 1; the council's office "im
# Amt für Kinder, Jugendliche und Familien" is not the organisation.

@mail("osei-bonsu-jugendrat-three-delegates", "2027-03-01 10:20:08",
      E("registration", "jugendrat@stadt-muenster.example", "Lina Osei-Bonsu",
        "Kinder- und Jugendrat der Stadt Münster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kinder- und Jugendrat =?utf-8?q?M=C3=BCnster?= <jugendrat@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Kinder- und Jugendrat zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<d2f7a9c4-61e0-4b3d-8f25-7c0e1a9b6d43@stadt-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

der Kinder- und Jugendrat der Stadt Münster hat in seiner Sitzung am 24.02.2027 beschlossen, drei Delegierte zum Tag der Migrantenselbstorganisationen zu entsenden. Teilnehmen werden Emre Yalçın, Mariam Said und die Unterzeichnerin.

Wir möchten gemeinsam an der AG 1 teilnehmen, weil das Thema Bildung für viele Mitglieder unseres Gremiums – fast die Hälfte hat selbst eine Migrationsgeschichte – besonders wichtig ist. Zwei von uns sind noch minderjährig (16 und 17 Jahre); die Einverständniserklärungen der Eltern liegen vor.

Für organisatorische Rückfragen erreichen Sie uns über diese Adresse oder über die Geschäftsstelle des Kinder- und Jugendrats im Amt für Kinder, Jugendliche und Familien, Tel. 0251 492-5180.

Mit freundlichen Grüßen

Lina Osei-Bonsu
Sprecherin des Kinder- und Jugendrats

Kinder- und Jugendrat der Stadt Münster
Geschäftsstelle: Hafenstraße 30, 48153 Münster
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# English change phrased as a request ("Could you please move my
# registration from working group 3 to working group 2?"), Outlook plain
# quote with English labels (From/Sent/To/Subject) of the confirmation (AG 3).

@mail("feldman-ortiz-law-clinic-change-english", "2027-03-02 13:00:55",
      E("change", "m.feldman-ortiz@rlc-muenster.example", "Maya Feldman-Ortiz",
        "Refugee Law Clinic Münster e.V.", ["AG2"], None, "en"), "en")
def _(m):
    m.head(("From", "Maya Feldman-Ortiz <m.feldman-ortiz@rlc-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7275C0E9D3A2B81F45E6@PA4PR08MB7275.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270205162233.9e4b@muenster.example>"),
           ("References", "<mailbot.20270205162233.9e4b@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-us"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear organising team,

Could you please move my registration from working group 3 to working group 2? Our board has asked me to focus on the city's future process, as we are preparing a written statement for the public consultation. Everything else stays the same.

Thank you and best wishes,
Maya Feldman-Ortiz
Board member, Refugee Law Clinic Münster e.V.

From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Friday, February 5, 2027 4:22 PM
To: Maya Feldman-Ortiz <m.feldman-ortiz@rlc-muenster.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Feldman-Ortiz", "AG3", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation: "muss ich meine Anmeldung (siehe unten) zurückziehen" because
# of an open day at school; Thunderbird, format=flowed, quoting the
# confirmation (AG 1, 1).

@mail("kerkhoff-gymnasium-withdrawal", "2027-03-03 08:30:17",
      E("cancellation", "j.kerkhoff@gym-roxel.example", "Johanna Kerkhoff",
        "Städtisches Gymnasium Roxel", [], None, "de"), "de")
def _(m):
    m.head(("From", "Dr. Johanna Kerkhoff <j.kerkhoff@gym-roxel.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b6e3a9d-24f1-4c87-9d52-e8a1f7c3b054@gym-roxel.example>"),
           ("In-Reply-To", "<mailbot.20270203194418.6f1d@muenster.example>"),
           ("References", "<mailbot.20270203194418.6f1d@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung (siehe unten) zurückziehen. Für Samstag,
den 13.03.2027, wurde durch die Schulleitung kurzfristig ein Tag der
offenen Tür angesetzt, an dem die Anwesenheit aller Fachleitungen
verpflichtend ist.

Ich bedaure dies sehr und bitte, den Platz anderweitig zu vergeben.

Mit freundlichen Grüßen
Johanna Kerkhoff
Fachleitung Deutsch / DaZ
Städtisches Gymnasium Roxel

Am 03.02.27 um 19:44 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Dr. Kerkhoff", "AG1", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 042 ---------------------------------------------------------------------
# The items the invitation asked for, numbered 1.-4.: item "3." holds the
# workgroup "AG 2 (Zukunftsprozess)" and item "4." the number "2 (die
# Unterzeichnerin sowie ...)"; "Ein Zweitwunsch besteht nicht".  Webmail
# alternative, iso-8859-1 quoted-printable.

VORSPOHL_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

gemäß Ihrer Einladung übermittle ich Ihnen die erbetenen Angaben zu unserer Anmeldung:

1. Name: Heike Vorspohl
2. Institution: Bürgerstiftung Münsterland
3. Gewünschte Arbeitsgruppe: AG 2 (Zukunftsprozess)
4. Anzahl der Teilnehmenden: 2 (die Unterzeichnerin sowie Herr Dr. Martin Lübbers, Vorstand)

Ein Zweitwunsch besteht nicht.

Mit freundlichen Grüßen

Heike Vorspohl
Geschäftsführerin
Bürgerstiftung Münsterland
Von-Vincke-Straße 5, 48143 Münster
Tel. 0251 3 99 47-0
Stiftung bürgerlichen Rechts, anerkannt durch die Bezirksregierung Münster am 14.11.2005"""


@mail("vorspohl-buergerstiftung-numbered-form", "2027-03-04 11:00:29",
      E("registration", "h.vorspohl@buergerstiftung-muensterland.example", "Heike Vorspohl",
        "Bürgerstiftung Münsterland", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Heike Vorspohl <h.vorspohl@buergerstiftung-muensterland.example>"),
           ("To", MSO),
           ("Subject", ew("Anmeldung Bürgerstiftung Münsterland", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c8f4a1e-9b37-4d60-a5e2-7f1b3c9d0e84-1772618429511@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.alternative(VORSPOHL_TEXT, div_html(VORSPOHL_TEXT), charset="iso-8859-1",
                  cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Late registration after the deadline, conditional on free places; "AG 3,
# hilfsweise die AG 2"; the writer and the committee chair = 2; "Fachbereich
# III" in the signature is not a workgroup.  UTF-8 base64.

@mail("niehues-gemeinde-late-registration", "2027-03-08 09:15:03",
      E("registration", "e.niehues@altenberge.example", "Elke Niehues",
        "Gemeinde Altenberge", ["AG3", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elke Niehues <e.niehues@altenberge.example>"),
           ("To", MSO),
           ("Subject", "Nachträgliche Anmeldung zum MSO-Tag am 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<000f01db8ffe$7a3b9c40$6eb2d4c0$@altenberge.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

leider erreicht Sie unsere Anmeldung erst nach Ablauf der Anmeldefrist, da die Einladung innerhalb unserer Verwaltung verspätet weitergeleitet wurde. Wir bitten hierfür um Nachsicht.

Sofern noch Plätze verfügbar sind, melde ich mich hiermit für die Gemeinde Altenberge an. Begleitet werde ich von Herrn Yusuf Bayram, dem Vorsitzenden unseres Ausschusses für Generationen, Integration und Soziales.

Gewünscht wird die AG 3, hilfsweise die AG 2.

Mit freundlichen Grüßen
Im Auftrag

Elke Niehues
Integrationsbeauftragte
Gemeinde Altenberge
Fachbereich III – Bürgerservice, Soziales und Ordnung
Kirchstraße 25, 48341 Altenberge
Tel. 02505 82-140
""", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# A district mayor withdraws her delegation ("ziehe ... hiermit zurück"; "die
# vier reservierten Plätze"); plain-text Outlook quote of the confirmation
# (AG 2, 4) below underscores.  windows-1252, quoted-printable.

@mail("schwarte-bezirksvertretung-ost-withdrawal", "2027-03-09 14:00:40",
      E("cancellation", "bezirksbuergermeisterin.ost@stadt-muenster.example",
        "Gabriele Schwarte", "Bezirksvertretung Münster-Ost", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", ew("Bezirksbürgermeisterin Münster-Ost", "windows-1252", "q")
            + " <bezirksbuergermeisterin.ost@stadt-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4e9c2b7a05d14f38@EXCH02.stadt-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270119154402.0c6a@muenster.example>"),
           ("References", "<mailbot.20270119154402.0c6a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

aufgrund einer kurzfristig anberaumten Sondersitzung der Bezirksvertretung Münster-Ost am 13.03.2027 (Beratung des Haushaltsplanentwurfs 2028, Vorlage V/0212/2027) ziehe ich die Anmeldung unserer Delegation zum Tag der Migrantenselbstorganisationen hiermit zurück.

Wir bitten, die vier reservierten Plätze anderweitig zu vergeben, und bedauern die kurzfristige Absage.

Mit freundlichen Grüßen

Gabriele Schwarte
Bezirksbürgermeisterin
Bezirksvertretung Münster-Ost

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 19. Januar 2027 15:44
An: Bezirksbürgermeisterin Münster-Ost <bezirksbuergermeisterin.ost@stadt-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Bezirksbürgermeisterin Schwarte", "AG2", 4)}
""", charset="windows-1252", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Room booking confirmation from the city's property office (other): it names
# the event, the date, "Gruppenräume 2, 3 und 4", "90 Plätze" and a numbered
# list of conditions, but registers no one.

RAUM_TEXT = """Sehr geehrte Damen und Herren,

hiermit bestätigen wir die Reservierung folgender Räumlichkeiten:

Objekt: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Räume: Saal im 1. OG, Gruppenräume 2, 3 und 4
Datum: Samstag, 13.03.2027, 08:00 – 18:00 Uhr (einschließlich Auf- und Abbau)
Veranstaltung: Tag der Migrantenselbstorganisationen 2027
Nutzer: Kommunales Integrationszentrum
Bestuhlung: Saal parlamentarisch (90 Plätze), Gruppenräume je 30 Plätze
Vorgang: 2027-0313-04

Bitte beachten Sie:

1. Die Schlüsselübergabe erfolgt am Veranstaltungstag um 07:45 Uhr durch den Hausmeisterdienst (Herr Terbeck, Tel. 0251 492-6655).
2. Eine Bewirtung ist nur durch den Vertragscaterer des Stadtweinhauses zulässig.
3. Die Leistungsverrechnung erfolgt intern über die Kostenstelle 5100-3120.

Mit freundlichen Grüßen
Im Auftrag

Dirk Schöppner
Amt für Immobilienmanagement
Raumvergabe und Veranstaltungsservice"""


@mail("raumvergabe-stadtweinhaus-booking", "2027-03-10 07:45:12",
      E("other"), "de", tz=0)
def _(m):
    subj = "Reservierungsbestätigung Stadtweinhaus 13.03.2027 (Vorgang 2027-0313-04)"
    m.head(("From", "Raumvergabe Immobilienmanagement <raumvergabe@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", subj),
           ("Thread-Topic", subj),
           ("Thread-Index", "AdmRf3Wq8nT2xK5bV0cL7yP1eZ9mSg=="),
           ("Date", m.date),
           ("Message-ID", "<7f3a0c9e26b84d51@EXCH01.stadt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RAUM_TEXT), outlook_html(RAUM_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")


def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        EW_LOG.clear()
        fn(m)
        m.encoded_words = list(EW_LOG)
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


def sender_address(msg):
    frm = str(msg["From"])
    found = re.search(r"<([^>]+)>", frm)
    return (found.group(1) if found else frm.split()[0]).lower()


def check_labels(expected, text_lang):
    """Problems with the label record itself (form, not content)."""
    e = expected
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    if e["kind"] not in KINDS:
        problems.append(f"unknown kind {e['kind']}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if e["kind"] not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if e["kind"] == "registration":
        if not isinstance(ps, int) or ps < 1:
            problems.append("registration needs party_size >= 1")
    elif e["kind"] == "change":
        if ps is not None and (not isinstance(ps, int) or ps < 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if e["kind"] in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
            problems.append("person mail needs an ISO 639-1 language")
        if e["language"] != text_lang:
            problems.append("language label differs from the text language")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {e['kind']}")
    if e["kind"] == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = check_labels(expected, text_lang)
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
    # every hand-encoded RFC 2047 text decodes to what was written
    heads = list(msg.raw_items())
    for p in all_parts(msg):
        if p.get_content_type() == "text/rfc822-headers":
            heads += email.message_from_string(p.get_content()).items()
    decoded_heads = []
    for _, v in heads:
        try:
            decoded_heads.append(str(make_header(decode_header(str(v)))))
        except Exception as exc:   # noqa: BLE001 - report, do not crash
            problems.append(f"header does not decode: {exc}")
    for t in m.encoded_words:
        if not any(t in d for d in decoded_heads):
            problems.append(f"encoded header text {t!r} does not decode back")
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
    for dom in re.findall(r"(?:https?://(?:www\.)?|\bwww\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    # the labels must agree with the mail
    decoded = html.unescape(text)
    e = expected
    if e["kind"] in PERSON_KINDS:
        senders = {sender_address(msg)}
        if msg["Reply-To"] is not None:
            senders |= {a.addr_spec.lower() for a in msg["Reply-To"].addresses}
        if e["email"] not in senders and e["email"] not in decoded.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        for k in ("name", "organisation"):
            if e[k] is not None and e[k] not in decoded:
                problems.append(f"{k} {e[k]!r} not written in the mail")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kind          " + " ".join(f"{lang:>4}" for lang in langs) + "  all")
    for kind in KINDS:
        if kinds[kind]:
            print(f"{kind:13} " + " ".join(f"{table[(kind, lang)] or '-':>4}" for lang in langs)
                  + f"  {kinds[kind]:>3}")
    print(f"{'all':13} " + " ".join(
        f"{sum(v for (k, l), v in table.items() if l == lang):>4}" for lang in langs)
        + f"  {len(built):>3}")
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

    seen_senders = {}
    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
        sender = sender_address(email.message_from_bytes(data, policy=email.policy.default))
        if sender in seen_senders:
            print(f"{name}: sender {sender} already sent {seen_senders[sender]}")
            bad += 1
        seen_senders[sender] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
