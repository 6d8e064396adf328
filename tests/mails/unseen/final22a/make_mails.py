#!/usr/bin/env python3
"""Build the "final22a" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the Tag der Migrantenselbstorganisationen 2027 (MSO-Tag, config.toml is a
byte-identical copy of ../../shared/corpus/dev/config.toml), written to by
Arabic-speaking members of migrant organisations in Münster - Syrian, Iraqi,
Moroccan, Sudanese, Palestinian and Egyptian - in Arabic script, in Arabizi
(Arabic in Latin letters with 2/3/7/8 for sounds), in German, English or French
with Arabic greetings and closings, and mixed.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, that every label is well formed and agrees with its mail, and that no
sender appears twice.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
<body lang=@LANG@ link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE"):
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
    head = OUTLOOK_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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



def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the attribution and a blockquote."""
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    return (gmail_html(text, rtl=rtl)
            + f'<br><div class="gmail_quote"><div{d} class="gmail_attr">{esc(attribution)}<br></div>'
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            + f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


CONF_IDS = {}   # slug -> Message-ID of the confirmation the mail answers


def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------


# -- 001 ---------------------------------------------------------------------
# Arabic (Arabic script) Gmail reply with the Arabic Gmail attribution line
# (Arabic-Indic digits, bidi marks) above the quoted invitation, which names
# all three AGs.  "أنا واثنان من أعضاء الهيئة الإدارية" = 3 persons; AG by
# ordinal word "الثالثة".  Arabic signature beats the Latin display name.

ALHALABI_TEXT = """السلام عليكم،

شكراً جزيلاً على الدعوة.
أرغب بالتسجيل في يوم منظمات المهاجرين يوم السبت 13 آذار في مونستر. سنحضر أنا واثنان من أعضاء الهيئة الإدارية في جمعيتنا.
نفضّل المشاركة في مجموعة العمل الثالثة (Förderungsmöglichkeiten und effektives Vereinsmanagement)، لأننا نحضّر حالياً أول طلب تمويل للجمعية.

مع التحية والتقدير
باسل الحلبي
Deutsch-Syrischer Verein Bait Al-Sham Münster e.V."""

ALHALABI_ATTR = ("\u202bفي الثلاثاء، ١٢ يناير ٢٠٢٧ في ٢:٠٣ م تمت كتابة ما يلي بواسطة "
                 f"Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c>:\u202c")


@mail("alhalabi-arabic-gmail-reply-invitation", "2027-01-12 17:20:41",
      E("registration", "basil.alhalabi@bait-alsham.example", "باسل الحلبي",
        "Deutsch-Syrischer Verein Bait Al-Sham Münster e.V.", ["AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Basil Alhalabi <basil.alhalabi@bait-alsham.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP4kL2nQ7vR1tW9yZ3bX6mH8sJd0FgUk5eA2oNcB1rC7xW4eQh@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{ALHALABI_TEXT}\n\n{ALHALABI_ATTR}\n\n{gt_quote(INVITATION)}"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "base64"),
        m.text(gmail_reply_html(ALHALABI_TEXT, ALHALABI_ATTR, INVITATION, rtl=True),
               "html", "utf-8", "base64")], style="gmail")


# -- 002 ---------------------------------------------------------------------
# German with Arabic greeting and closing ("As-Salamu alaikum", "Baraka
# Allahu fikum"); Outlook HTML only, windows-1252 QP, quoting the invitation.
# Four named persons; first and second wish; "1. Vorsitzende" and the house
# number are no choices.  The body has the inflected "Vom Marokkanischen
# Elternverein", the signature the base form.

ELIDRISSI_TEXT = """As-Salamu alaikum, liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung, wir freuen uns sehr!
Vom Marokkanischen Elternverein kommen wir zu viert: ich, unsere Kassiererin Naima Tahiri, Herr Abdelkader Ziani und unsere Jugendvertreterin Imane Boukhari.

Unser Erstwunsch ist die AG 2 (Zukunftsprozess), als Zweitwunsch würden wir die AG 1 nehmen.

Baraka Allahu fikum und herzliche Grüße

Latifa El Idrissi
1. Vorsitzende
Marokkanischer Elternverein Münster e.V.
Kinderhauser Straße 40 · 48147 Münster"""


@mail("elidrissi-outlook-html-four-persons", "2027-01-13 09:05:12",
      E("registration", "l.elidrissi@elternverein-maroc.example", "Latifa El Idrissi",
        "Marokkanischer Elternverein Münster e.V.", ["AG2", "AG1"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"El Idrissi, Latifa" <l.elidrissi@elternverein-maroc.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7Kx1m2s3Vc4nQ5L6mYR7zC8uEcB9aC0d"),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6221B3C4D5E6F7A8B9C0D1E2F3A4@PA4PR08MB6221.eurprd08.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, ar-MA"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 12. Januar 2027 14:03",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(ELIDRISSI_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Egyptian Arabizi (3 = ain, 7 = ha, 2 = hamza) from Yahoo on Android.
# "ana w merati" = me and my wife -> 2; "3 welad" are children at school,
# not the party; "el workshop bta3 el ta3leem ... (AG 1)".

@mail("abdelrahman-arabizi-egyptian", "2027-01-13 22:41:07",
      E("registration", "mahmoud.abdelrahman@mail.example", "Mahmoud Abdelrahman",
        "Ägyptischer Verein Münster", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Abdelrahman <mahmoud.abdelrahman@mail.example>"),
           ("To", MSO),
           ("Subject", "tasgil MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<1736805667.4410287.1768340467112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.21952 YMailAndroid/6.112.2"),
           ("MIME-Version", "1.0"))
    m.single("""Salam 3alekom,

ana Mahmoud men el "Ägyptischer Verein Münster". 3ayez asagel ana w merati lel yom bta3 el MSO yom 13 March.
E7na 3ayzin nedkhol el workshop bta3 el ta3leem w el madares (AG 1), 3ashan 3andena 3 welad fel madrasa w fi mashakel kteer.

Shokran gedan
Mahmoud Abdelrahman

Sent from Yahoo Mail on Android
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic from an iPhone, UTF-8 base64, with Arabic-Indic digits only:
# date ١٣/٣/٢٠٢٧, "٣ أشخاص" (3 persons), "مجموعة العمل رقم ٢" (AG 2).
# Organisation only in Arabic; Arabic signature beats the Latin display name.

@mail("almousawi-arabic-indic-digits", "2027-01-14 11:02:33",
      E("registration", "haider.almousawi@mail.example", "حيدر كاظم الموسوي",
        "الجمعية العراقية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Haider Almousawi <haider.almousawi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<7B2E4C91-5D3A-4F68-A1C0-9E8D7F6B5A43@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرجو تسجيلنا في يوم منظمات المهاجرين الذاتية بتاريخ ١٣/٣/٢٠٢٧.
عددنا ٣ أشخاص من الجمعية العراقية في مونستر.
نرغب في مجموعة العمل رقم ٢ (مستقبل مدينة مونستر).

مع الشكر
حيدر كاظم الموسوي

أُرسلت من الـ iPhone
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# English with Arabic greeting and closing; Gmail multipart/alternative.
# "myself and my brother" = 2; signature block with a phone number.

OSMAN_TEXT = """Assalamu alaikum,

My name is Osman Abdalla Elfadil, I am the secretary of the Sudanese Community Association Münster. I would like to register myself and my brother Elfatih for the MSO-Tag on 13 March.

We would both like to join Workgroup 3 (funding opportunities and association management). Our association is still young and we need to learn how to apply for funding.

Jazakum Allahu khairan,
Osman

--
Osman Abdalla Elfadil
Sudanese Community Association Münster
Tel. 0157 8812 4470"""


@mail("elfadil-english-with-brother", "2027-01-15 19:30:26",
      E("registration", "osman.elfadil@sudanese-ms.example", "Osman Abdalla Elfadil",
        "Sudanese Community Association Münster", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Osman Elfadil <osman.elfadil@sudanese-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAL8vS3mW6tZ0rY2uX5bN9qK1dH4gF7jC3eA6oPcD2rE8yV5wTk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OSMAN_TEXT, gmail_html(OSMAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# German with Arabic words (Marhaba, Inshallah, Yalla); Thunderbird,
# format=flowed.  "AG Bildung" (alias); the daughter's age 16 is no party size.

@mail("khalil-german-inshallah-daughter", "2027-01-16 10:15:48",
      E("registration", "rana.khalil@pal-gemeinde-ms.example", "Rana Khalil",
        "Palästinensische Gemeinde Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rana Khalil <rana.khalil@pal-gemeinde-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<4a2f9e71-3c8b-4d05-b6e1-8f7a0c2d9e14@pal-gemeinde-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Marhaba liebes Team,

ich möchte mich für den MSO-Tag anmelden, für die AG Bildung. Inshallah
kommt meine Tochter Jana mit, sie ist 16 und Schülersprecherin an ihrer
Gesamtschule, das Thema interessiert sie sehr. Also 2 Personen.

Yalla, bis zum 13. März!
Rana Khalil
Palästinensische Gemeinde Münster e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 007 ---------------------------------------------------------------------
# Question only, Arabic, windows-1256 QP (Thunderbird): prayer room and
# children; she will register afterwards.  "من العاشرة إلى الرابعة" are times.

@mail("aljubouri-arabic-question-prayer-room", "2027-01-17 14:00:19",
      E("question", "sarah.aljubouri@mail.example", "سارة الجبوري", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("Sarah Aljubouri", "sarah.aljubouri@mail.example")),
           ("To", MSO),
           ("Subject", ew("سؤال قبل التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<9d1c7a35-20be-4f6a-8e93-5b4c2a1f0d87@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله وبركاته

قبل أن أسجّل، عندي سؤالان:
هل يوجد في Stadtweinhaus مكان صغير للصلاة؟ فاليوم طويل من العاشرة إلى الرابعة.
وهل يُسمح بإحضار الأطفال؟ عندي طفلان صغيران ولا أجد من يرعاهما يوم السبت.

إذا كان ذلك ممكناً سأرسل لكم التسجيل.

مع الشكر الجزيل
سارة الجبوري
""", charset="windows-1256", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Levantine Arabizi, Gmail alternative: "7ali w 2 min shabab el jam3iyye"
# (myself and 2 of the association's young people) = 3; "el majmou3a el
# tenye", else "el talte" -> AG2, AG3.  Digits inside words are letters.

HADDAD_TEXT = """Marhaba,

Baddi sajjel 7ali w 2 min shabab el jam3iyye la yom el MSO (13.3.).
Bna7eb nkoun bil majmou3a el tenye (Münsters Zukunftsprozess), w iza ma fi ma7al feha, mnrou7 3al talte.

Shukran ktir w yeslamo ideikon
Tarek Al-Haddad
Syrisch-Deutscher Jugendverein Münster e.V."""


@mail("alhaddad-levantine-arabizi", "2027-01-18 21:12:55",
      E("registration", "tarek.haddad@sdjv-muenster.example", "Tarek Al-Haddad",
        "Syrisch-Deutscher Jugendverein Münster e.V.", ["AG2", "AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Tarek Haddad <tarek.haddad@sdjv-muenster.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag registration"),
           ("Date", m.date),
           ("Message-ID", "<CAR2tH9pX4nB7wQ1vM6kZ3yL8cS0dF5gJ2hE9aU4oN7iK1vT3xYq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Arabic carrying the sentences with German association words (MSO-Tag,
# AG 3, Vereinsmanagement, Antrag, Fördermittel) -> language ar.  The
# organisation is written in German inside the Arabic text.

@mail("osman-arabic-with-german-words", "2027-01-19 12:40:03",
      E("registration", "amal.osman@nour-frauen.example", "أمل عثمان",
        "Sudanesischer Frauenverein Nour Münster e.V.", ["AG3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Amal Osman <amal.osman@nour-frauen.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag / تسجيل"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3f8a1d2c-6b9e-4c07-a5d1-7e2f0b9c4a68-1768822803114@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم

اسمي أمل عثمان، عضوة في Sudanesischer Frauenverein Nour Münster e.V.
أودّ أن أسجّل نفسي في الـ MSO-Tag يوم 13 مارس، في الـ AG 3 (Vereinsmanagement)، لأننا نريد أن نقدّم أول Antrag على Fördermittel هذه السنة.
سأحضر وحدي.

وشكراً لكم
أمل عثمان
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: unknown user.  The
# returned confirmation names AG 2 and 1 person.

@mail("postfix-bounce-unknown-user", "2027-01-20 09:15:22",
      E("bounce", bounced="hamza.qasim@webmail-ms.example"), "en")
def _(m):
    rcpt = "hamza.qasim@webmail-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270120081522.4C7B2E19A3@mail.muenster.example>"),
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

<{rcpt}>: host mx.webmail-ms.example[203.0.113.41] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C7B2E19A3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 20 Jan 2027 09:15:19 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.webmail-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Hamza Qasim <{rcpt}>", "Herr Qasim", "AG2", 1,
        "Wed, 20 Jan 2027 09:15:19 +0100", "<mailbot.20270120091519.7c1d@muenster.example>",
        "<CAK1hQ5wE8rT2yU4iO6pA8sD0fG2hJ4kL6zX8cV0bN2mQ4wE6rTz@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 011 ---------------------------------------------------------------------
# English, Thunderbird; "Ahlan!" and a bilingual closing.  The signature's
# employer (university) is not the organisation; she comes for the students'
# union she names in the text.  "Dr." is dropped from the name.

@mail("fathy-english-employer-signature", "2027-01-20 16:30:44",
      E("registration", "n.fathy@uni-muenster.example", "Nourhan Fathy",
        "Egyptian Students' Union Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Nourhan Fathy <n.fathy@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration - Day of Migrant Self-Organisations"),
           ("Date", m.date),
           ("Message-ID", "<e7b3c1a9-4f2d-48e6-9a05-1c3d5e7f9b20@uni-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Dear MSO-Tag team,
Ahlan!

I would like to register for the Day of Migrant Self-Organisations on
13 March. I'm coming on behalf of the Egyptian Students' Union Münster,
where I'm on the board. I'd like to join the workgroup on education
(Menschen mit Migrationsvorgeschichte im Bildungssystem).

It will be just me.

Best regards / مع خالص التحية
Dr. Nourhan Fathy

-- 
Postdoctoral Researcher
Institute of Educational Science
University of Münster
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Arabic, Gmail HTML only (rtl markup), base64.  She and her husband come
# (2) but name different groups: her own choice is the second group (AG 2);
# the husband's first group is not her choice (writer's choice only).

KHADIJA_TEXT = """السلام عليكم ورحمة الله

أريد أن أسجّل أنا وزوجي في يوم منظمات المهاجرين.
أنا أرغب في المشاركة في المجموعة الثانية (مستقبل مونستر)، وزوجي يفضّل المجموعة الأولى حول التعليم لأنه أستاذ.
نحن أعضاء في جمعية الأطلس المغربية بمونستر.

بارك الله فيكم
خديجة الوزاني"""


@mail("elouazzani-arabic-html-two-groups", "2027-01-21 20:05:37",
      E("registration", "khadija.elouazzani@mail.example", "خديجة الوزاني",
        "جمعية الأطلس المغربية بمونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khadija El Ouazzani <khadija.elouazzani@mail.example>"),
           ("To", MSO),
           ("Subject", "التسجيل في يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAM7bW2qY5uT8rE1iO3pS6dG9hK2jL4zC7xV0nB3mQ6wR9tY2uIw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(KHADIJA_TEXT, rtl=True), subtype="html", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Telegraphic German from an iPhone: "2 Personen, AG 3.", date "13.3.".

@mail("jabbar-iphone-telegraphic", "2027-01-22 07:48:10",
      E("registration", "ali.jabbar@mail.example", "Ali Jabbar",
        "Irakischer Kulturverein Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ali Jabbar <ali.jabbar@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<C41F8D27-6E3B-4A95-B0D2-1F7E9C3A5B86@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
Anmeldung für MSO-Tag 13.3.
2 Personen, AG 3.
Ali Jabbar
Irakischer Kulturverein Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Change, Arabic: Gmail reply to the confirmation (Arabic attribution with
# Western digits); AG 1 -> AG 3 ("من ... الأولى إلى ... الثالثة").  The
# quoted confirmation names AG 1.

ALALI_CHANGE = """مرحباً،

سجّلت قبل أكثر من أسبوع في مجموعة العمل الأولى، لكني أرجو نقلي من مجموعة العمل الأولى إلى مجموعة العمل الثالثة (Förderung)، لأن جمعيتنا تحتاج هذا الموضوع أكثر.

شكراً لكم
رهف العلي"""

ALALI_ATTR = ("\u202bفي الخميس، 14 يناير 2027 في 6:20 م تمت كتابة ما يلي بواسطة "
              f"Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c>:\u202c")


@mail("alali-arabic-change-ag1-to-ag3", "2027-01-25 10:11:29",
      E("change", "rahaf.alali@mail.example", "رهف العلي", None, ["AG3"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270114182011", "2b8e")
    m.head(("From", "Rahaf Alali <rahaf.alali@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN3cX8rZ1vU4tF7iP0qS2dH5jK8lM1zA4xB7nC0mQ3wE6rT9yUv@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Alali", "AG1", 1)
    plain = f"{ALALI_CHANGE}\n\n{ALALI_ATTR}\n\n{gt_quote(conf)}"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "base64"),
        m.text(gmail_reply_html(ALALI_CHANGE, ALALI_ATTR, conf, rtl=True),
               "html", "utf-8", "base64")], style="gmail")


# -- 015 ---------------------------------------------------------------------
# Moroccan Darija in Arabizi mixed with French words (matrix Darija -> ar).
# "Ana w sa7bti Nawal" = 2; "l'atelier 1 dyal l'école (Bildung)"; "wlad f
# lycée" are not a count.

@mail("bouzid-darija-arabizi-french", "2027-01-26 18:22:14",
      E("registration", "salma.bouzid@mail.example", "Salma Bouzid", None,
        ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Salma Bouzid <salma.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscription MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAS9fK4tN1wQ7yB3vM0kZ6xL2cR8dF5gJ1hE4aU7oP0iK3vT6xWs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

Bghit ntsajjel l had l'événement dyal 13 mars. Ana w sa7bti Nawal ghadi njiw, bghina l'atelier 1 dyal l'école (Bildung) 7it 3andna wlad f lycée.

Choukran bzaf
Salma
""", charset="utf-8", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Formal Arabic (MSA), Outlook multipart/alternative in windows-1256 QP.
# Five board members in words; "الرغبة الأولى/الثانية" = first/second wish
# with ordinal words.  Title "رئيس الجمعية" is a line of its own; the
# signature has the base form of the organisation (body: "للجمعية ... في").

AWDEH_TEXT = """السادة القائمون على يوم منظمات المهاجرين المحترمون،

تحية طيبة وبعد،

يسرّنا أن نسجّل خمسة أعضاء من الهيئة الإدارية للجمعية الفلسطينية الألمانية في مونستر للمشاركة في اليوم المذكور.
الرغبة الأولى: مجموعة العمل الثانية (عملية مستقبل مونستر)
الرغبة الثانية: مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات)

وتفضلوا بقبول فائق الاحترام

سامر عودة
رئيس الجمعية
الجمعية الفلسطينية الألمانية – مونستر"""


@mail("awdeh-formal-arabic-cp1256-five", "2027-01-27 09:30:51",
      E("registration", "samer.awdeh@pal-dt-verein.example", "سامر عودة",
        "الجمعية الفلسطينية الألمانية – مونستر", ["AG2", "AG3"], 5, "ar"), "ar", tz=0)
def _(m):
    m.head(("From", addr("سامر عودة", "samer.awdeh@pal-dt-verein.example", "windows-1256", "b")),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل أعضاء الهيئة الإدارية – يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Thread-Topic", ew("تسجيل أعضاء الهيئة الإدارية – يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Thread-Index", "AdtwK2n4q8Rz0pXeSkV7y1uY5bCxDg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8814A2B3C4D5E6F7A8B9C0D1E2F3@DB9PR03MB8814.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(AWDEH_TEXT),
                  outlook_html(AWDEH_TEXT, charset="windows-1256", lang="AR-SA dir=RTL"),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Bilingual out-of-office (German and Arabic, Arabic-Indic dates) with
# Auto-Submitted, answering a confirmation.

@mail("saleh-bilingual-out-of-office", "2027-01-27 12:02:06",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("20270127120159", "91fa")
    m.head(("From", "Nabil Saleh <n.saleh@dav-muenster.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz / رد تلقائي: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1769511726.5521@dav-muenster.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin vom 27.01. bis 07.02.2027 im Urlaub und lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an info@dav-muenster.example.

شكراً لرسالتكم. أنا في إجازة من ٢٧/١ حتى ٧/٢/٢٠٢٧ ولا أقرأ بريدي الإلكتروني. في الحالات العاجلة يرجى التواصل مع info@dav-muenster.example.

Nabil Saleh
Deutsch-Arabischer Verein Münster e.V.
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Question only, Egyptian Arabizi: interpretation into Arabic, membership.
# "B1" is a language level; "2awi", "so2al" carry a digit letter.

@mail("farouk-arabizi-question-translation", "2027-01-29 15:44:12",
      E("question", "yasmin.farouk@mail.example", "Yasmin Farouk", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Yasmin Farouk <yasmin.farouk@mail.example>"),
           ("To", MSO),
           ("Subject", "so2al 3an el MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAY5hN8pQ2wT6rE9iU1oA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rTy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Ahlan,

3andi so2al: el yom da hayekoon bel almani bas walla fi targama lel 3arabi? Ana el almani bta3i mesh 2awi lessa, B1 bas.
W kaman, lazem akoon 3odw fi gam3eya 3ashan a7dar?

Shokran mo2addaman
Yasmin Farouk
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# English in lower case with Arabic words (salam, yalla) and an emoji;
# Gmail alternative.  "me and 2 friends" = 3; "workshop 2 – the future of
# münster one"; the organisation is spelled out behind its acronym.

SABBAGH_TEXT = """hey, salam 🙂

i wanna register for the mso day on march 13th! its me and 2 friends from SSM (Syrian Students Münster), we all want workshop 2 – the future of münster one.

yalla see u there
lina sabbagh"""


@mail("sabbagh-lowercase-english-emoji", "2027-02-01 23:05:18",
      E("registration", "lina.sabbagh@mail.example", "lina sabbagh",
        "Syrian Students Münster", ["AG2"], 3, "en"), "en")
def _(m):
    m.head(("From", "Lina Sabbagh <lina.sabbagh@mail.example>"),
           ("To", MSO),
           ("Subject", "mso day registration"),
           ("Date", m.date),
           ("Message-ID", "<CAT6jP9rS3xV7uF0iQ2oB5tE8gH1kM4zD7yW0nC3mR6wF9sU2vXz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SABBAGH_TEXT, gmail_html(SABBAGH_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Learner German (GMX): the chairman registers a colleague who comes alone
# and asks to confirm to her address; he does not come himself.

@mail("idris-registers-colleague", "2027-02-02 19:51:40",
      E("registration", "sara.m.ahmed@mail.example", "Sara Mohamed Ahmed",
        "Sudanesischer Verein Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hassan Idris <hassan.idris@sudanverein-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8c2e5a1f-4d7b-4e90-b3a6-2f1d9c8e7a05-1770058300512@3c-app-gmx-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

Salam. Ich möchte anmelden meine Kollegin Frau Sara Mohamed Ahmed für MSO Tag am 13.03.2027. Sie ist bei uns im Verein verantwortlich für Frauen Projekte und sie will gerne in Arbeitsgruppe Förderung teilnehmen.
Ich selbst kann leider nicht kommen, ich habe Arbeit an Samstag.

Bitte schicken Sie die Bestätigung an ihre Email: sara.m.ahmed@mail.example

Vielen Dank
Hassan Idris
Vorsitzender
Sudanesischer Verein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Bilingual newsletter (other) of a cultural centre: its own Iftar needs an
# "Anmeldung", and it announces the MSO-Tag with our address and the AGs.

KULTURHAUS_TEXT = """Arabisches Kulturhaus Münster – Newsletter Februar 2027
النشرة الإخبارية – شباط/فبراير ٢٠٢٧

Liebe Mitglieder und Freundinnen und Freunde,

1) Iftar der Kulturen
Am Samstag, 20. Februar 2027, laden wir zum gemeinsamen Fastenbrechen ins Begegnungszentrum Coerde ein (Beginn 17:30 Uhr). Anmeldung bitte bis 15. Februar an iftar@arabisches-kulturhaus.example.

2) Tag der Migrantenselbstorganisationen
Am 13. März findet im Stadtweinhaus der MSO-Tag der Stadt Münster statt, mit drei Arbeitsgruppen zu Bildung, Münsters Zukunftsprozess und Fördermitteln. Vereine melden sich direkt per E-Mail an mso-tag@muenster.example an.

١) إفطار الثقافات
يوم السبت ٢٠ شباط/فبراير ٢٠٢٧ في مركز اللقاء في كورده، الساعة ١٧:٣٠. التسجيل حتى ١٥ شباط على iftar@arabisches-kulturhaus.example.

٢) يوم منظمات المهاجرين
في ١٣ آذار/مارس في Stadtweinhaus. التسجيل مباشرة عبر البريد mso-tag@muenster.example.

Ramadan Kareem – رمضان كريم
Ihr Team des Arabischen Kulturhauses

Abmelden: https://arabisches-kulturhaus.example/newsletter/abmelden?id=3317"""


@mail("kulturhaus-bilingual-newsletter-iftar", "2027-02-03 18:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Arabisches Kulturhaus Münster <newsletter@arabisches-kulturhaus.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Februar: Iftar der Kulturen & MSO-Tag | إفطار الثقافات"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.3317.8e2a61@arabisches-kulturhaus.example>"),
           ("List-Id", "Newsletter Arabisches Kulturhaus <newsletter.arabisches-kulturhaus.example>"),
           ("List-Unsubscribe", "<https://arabisches-kulturhaus.example/newsletter/abmelden?id=3317>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(KULTURHAUS_TEXT,
                  div_html(KULTURHAUS_TEXT, "font-family: Tahoma, Arial, sans-serif; font-size: 14px;"),
                  charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Egyptian dialect in Arabic script from a Samsung phone, Arabic-Indic
# digits: "إحنا ٢" (we are 2), "الورشة رقم ١" (workshop 1).  A question
# about interpretation too: still a registration.

@mail("elsayed-egyptian-arabic-digits-plus-question", "2027-02-04 20:17:33",
      E("registration", "mona.elsayed@mail.example", "منى السيد",
        "رابطة الأسر المصرية في مونستر", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mona Elsayed <mona.elsayed@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل يوم ١٣ مارس"),
           ("Date", m.date),
           ("Message-ID", "<m3k8z1.1770232653.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

أحب أسجّل في يوم منظمات المهاجرين يوم ١٣ مارس. إحنا ٢: أنا وصاحبتي من الرابطة.
عايزين نحضر الورشة رقم ١ بتاعة التعليم.
وسؤال: هل فيه ترجمة للعربي في الورش؟

شكراً جزيلاً
منى السيد
رابطة الأسر المصرية في مونستر

تم الإرسال من هاتف Samsung Galaxy الذكي.
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# German form block (web.de) after "Marhaba": roman numeral "II (Münsters
# Zukunft)", "Personen: 3"; the phone number is no count.

@mail("alsaadi-form-roman-numeral", "2027-02-05 11:26:09",
      E("registration", "zainab.alsaadi@babylon-frauen.example", "Zainab Al-Saadi",
        "Deutsch-Irakischer Frauenverein Babylon e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Zainab Al-Saadi <zainab.alsaadi@babylon-frauen.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-1e4b7d2a-9c3f-4a86-b1d5-0e7f2a9c6b38-1770287169443@3c-app-webde-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""Marhaba und guten Tag,

hier unsere Anmeldung zum Tag der Migrantenselbstorganisationen:

Name: Zainab Al-Saadi
Verein: Deutsch-Irakischer Frauenverein Babylon e.V.
Personen: 3
Arbeitsgruppe: II (Münsters Zukunft)
Telefon: 0151 2345 9876

Mit freundlichen Grüßen
Zainab Al-Saadi
""", charset="iso-8859-1", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), German with "Shukran"; plain-text
# Outlook quote of the confirmation under a line of underscores.  "(18)" is
# an age.

CHRAIBI_CHANGE = """Guten Tag,

kleine Änderung zu unserer Anmeldung: mein Sohn Adam (18) möchte auch mitkommen. Wir sind dann 3 Personen statt 2. Die Arbeitsgruppe bleibt gleich.

Shukran und viele Grüße
Nadia Chraibi
Deutsch-Marokkanischer Kulturverein Münster e.V."""


@mail("chraibi-change-party-size", "2027-02-08 08:55:47",
      E("change", "nadia.chraibi@dmkv-muenster.example", "Nadia Chraibi",
        "Deutsch-Marokkanischer Kulturverein Münster e.V.", [], 3, "de"), "de", tz=0)
def _(m):
    cid = conf_id("20270122164509", "5d30")
    m.head(("From", "Nadia Chraibi <nadia.chraibi@dmkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7732E1F2A3B4C5D6E7F8A9B0C1D2@AS8PR04MB7732.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{CHRAIBI_CHANGE}

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 22. Januar 2027 16:45
An: Nadia Chraibi <nadia.chraibi@dmkv-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Chraibi", "AG3", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# English with "Marhaba"; Outlook alternative (windows-1252).  First and
# second choice by number; he comes for a youth forum, not for the employer
# in his signature, whose disclaimer follows.

BARGHOUTI_TEXT = """Dear Ms Meza Correa-Flock,
Marhaba,

I would like to register for the MSO-Tag on 13 March. I'll attend on behalf of the Palestinian Youth Forum Münster, where I volunteer as coordinator (not for my employer).

My preference would be workgroup 3 (funding and association management); my second choice is workgroup 1.

Many thanks and best regards,
Yousef Barghouti

Yousef Barghouti
Sozialarbeiter | Migrationsberatung
Beratungszentrum Migration Münster-Nord gGmbH
Grevener Straße 155 · 48159 Münster

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
This e-mail contains confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""


@mail("barghouti-english-outlook-disclaimer", "2027-02-09 13:14:58",
      E("registration", "y.barghouti@bzm-nord.example", "Yousef Barghouti",
        "Palestinian Youth Forum Münster", ["AG3", "AG1"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", '"Barghouti, Yousef" <y.barghouti@bzm-nord.example>'),
           ("To", TO_MSO),
           ("Subject", "Registration MSO-Tag 2027"),
           ("Thread-Topic", "Registration MSO-Tag 2027"),
           ("Thread-Index", "AdtzQ7m2p4Wn8kXeRjU1y6vT3bAxCw=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2093C7D6E5F4A3B2@FR2P281MB2093.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BARGHOUTI_TEXT), outlook_html(BARGHOUTI_TEXT, lang="EN-US"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Question only, German with "Salam aleikum": info table and two AGs at
# once; "Wenn beides klappt, melden wir uns mit 3 Personen an" is a later
# registration.  The numbered list and "AG 1 und AG 3" are no choice.

@mail("benjelloun-question-infotisch-two-ags", "2027-02-10 09:40:26",
      E("question", "karim.benjelloun@amal-maghreb.example", "Karim Benjelloun",
        "Amal Maghreb Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Karim Benjelloun <karim.benjelloun@amal-maghreb.example>"),
           ("To", MSO),
           ("Subject", "Fragen zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5e1b8c3d-7a2f-4d96-8b40-c9e2a1f7d053@amal-maghreb.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Salam aleikum, sehr geehrte Frau Meza Correa-Flock,

wir vom Verein Amal Maghreb überlegen, am 13. März teilzunehmen. Zwei
Fragen vorab:

1. Dürfen wir einen kleinen Tisch mit Informationen über unsere
   Hausaufgabenhilfe aufstellen?
2. Kann man sich für zwei Arbeitsgruppen gleichzeitig anmelden, z. B.
   AG 1 und AG 3?

Wenn beides klappt, melden wir uns mit 3 Personen an.

Beste Grüße
Karim Benjelloun
Amal Maghreb Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Iraqi Arabizi: "ani ... wiya 3 min el jam3iya" (I with 3 from the
# association) = 4; "el workshop el thalith" = the third.

@mail("alobaidi-iraqi-arabizi", "2027-02-11 08:31:50",
      E("registration", "mustafa.alobaidi@mail.example", "Mustafa Al-Obaidi",
        "Irakische Gemeinde Münster", ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "mustafa.alobaidi <mustafa.alobaidi@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770795110.3318.6620@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hala bikum,

Ani ra7 ajee lel MSO Tag wiya 3 min el jam3iya (Irakische Gemeinde Münster). Nreed el workshop el thalith, mal el Förderung w el Vereinsmanagement.

Tahiyati
Mustafa Al-Obaidi
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# English vacation reply (Umrah) to the reminder, Auto-Submitted.

@mail("mahmoud-umrah-vacation-reply", "2027-02-11 10:02:31",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Khaled Mahmoud <k.mahmoud@arab-eltern-ms.example>"),
           ("To", MSO),
           ("Subject", "Out of Office: Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAV0lR3tU6yX9wH2jS5qD8gK1nO4zF7aB0cE3mT6pR9wU2xY5zAb@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Assalamu alaikum,

I am currently performing Umrah and will be back on 22 February 2027. I have only limited access to my emails during this time.

For urgent matters please contact our office: buero@arab-eltern-ms.example

Ramadan Kareem,
Khaled Mahmoud
""", charset="us-ascii", cte="7bit")


# -- 029 ---------------------------------------------------------------------
# German with "Salam"; Apple Mail alternative.  Couple (2), no workgroup
# chosen ("spontan vor Ort"), no organisation.

MANSOUR_TEXT = """Salam und guten Tag,

mein Mann Amr und ich möchten uns gerne für den MSO-Tag am 13. März anmelden. Für welche Arbeitsgruppe wir uns entscheiden, wissen wir noch nicht – das würden wir gern spontan vor Ort entscheiden.

Herzliche Grüße
Heba Mansour"""


@mail("mansour-couple-no-workgroup", "2027-02-12 17:48:02",
      E("registration", "heba.mansour@mail.example", "Heba Mansour", None, [], 2, "de"), "de")
def _(m):
    m.head(("From", "Heba Mansour <heba.mansour@mail.example>"),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Message-Id", "<0D4F7A1C-8B2E-4C59-9F63-A1E0B7D2C4F8@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(MANSOUR_TEXT, apple_html(MANSOUR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 030 ---------------------------------------------------------------------
# Arabic from a shared association mailbox (display name in Arabic,
# windows-1256 B-encoded); Reply-To is his own address and he asks for the
# confirmation there.  "مجموعة العمل حول التعليم (Bildung)" = AG 1; alone.

HAMDAN_TEXT = """مرحباً،

أرغب بالتسجيل للمشاركة في يوم منظمات المهاجرين في مجموعة العمل حول التعليم (Bildung)، لأني أعمل مع أولياء الأمور في الجمعية.
سأحضر بمفردي.
أرجو إرسال التأكيد إلى بريدي الشخصي، فبريد الجمعية لا يُقرأ كل يوم.

مع الشكر
يوسف حمدان
جمعية الجالية العربية في مونستر"""


@mail("hamdan-shared-mailbox-reply-to", "2027-02-15 12:20:15",
      E("registration", "yusuf.hamdan@mail.example", "يوسف حمدان",
        "جمعية الجالية العربية في مونستر", ["AG1"], 1, "ar"), "ar", tz=0)
def _(m):
    m.head(("From", addr("جمعية الجالية العربية في مونستر", "info@jaliya-muenster.example",
                         "windows-1256", "b")),
           ("Reply-To", "Yusuf Hamdan <yusuf.hamdan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل – يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB5540F3A2B1C0D9E8F7A6B5C4D3E2@AM0PR06MB5540.eurprd06.prod.outlook.example>"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HAMDAN_TEXT),
                  outlook_html(HAMDAN_TEXT, charset="windows-1256", lang="AR-SA dir=RTL"),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Change, Egyptian Arabizi from an iPhone replying to the confirmation
# (iOS attribution, '>' quote naming AG 2): "men AG 2 le AG 1 ... Lw AG 1
# malyana khalas a2ad fel 2" -> AG1, else stay in AG2.

SAID_CHANGE = """Ahlan,

Momken t8ayyarouli el group men AG 2 le AG 1 (el ta3leem)? Lw AG 1 malyana khalas a2ad fel 2 3adi.

Shokran
Omar Said

Sent from my iPhone"""


@mail("said-arabizi-change-with-fallback", "2027-02-16 21:09:44",
      E("change", "omar.said@mail.example", "Omar Said", None, ["AG1", "AG2"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270128101208", "a61c")
    m.head(("From", "Omar Said <omar.said@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2F8B6D14-A37C-4E50-9B21-D6C4E8F0A139@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""{SAID_CHANGE}

> On 28 Jan 2027, at 10:12, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
> 
{gt_quote(confirmation("Herr Said", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# French with "Salam alikoum", iso-8859-1 QP (Roundcube): "moi-même et notre
# trésorière" = 2; "l'atelier n°3".  The association is in the signature
# after the title "Président -".

@mail("amrani-french-salam", "2027-02-17 10:05:39",
      E("registration", "youssef.amrani@maroc-solidarite.example", "Youssef Amrani",
        "Association Maroc-Münster Solidarité", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Youssef Amrani", "youssef.amrani@maroc-solidarite.example")),
           ("To", MSO),
           ("Subject", ew("Inscription - journée des organisations de migrants", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270217100539.3a9c1e52@maroc-solidarite.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Salam alikoum, bonjour Madame,

Je voudrais nous inscrire à la journée du 13 mars. Nous serons deux personnes, moi-même et notre trésorière Mme Hanane Lahlou.
Nous souhaitons participer à l'atelier n°3 (financement et gestion associative).

Merci d'avance et bonne journée,
Youssef Amrani
Président - Association Maroc-Münster Solidarité
""", charset="iso-8859-1", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Cancellation, Arabic, Gmail reply quoting the confirmation (Arabic
# attribution); "يوم ١٣ آذار" has Arabic-Indic digits.

SALEH_CANCEL = """السلام عليكم،

للأسف لن أتمكن من الحضور يوم ١٣ آذار بسبب سفر عائلي طارئ إلى عمّان. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

أعتذر عن الإزعاج، وأتمنى لكم يوماً موفقاً.
نور الهدى صالح"""

SALEH_ATTR = ("\u202bفي الاثنين، 1 فبراير 2027 في 9:40 ص تمت كتابة ما يلي بواسطة "
              f"Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c>:\u202c")


@mail("saleh-arabic-cancellation", "2027-02-18 13:27:05",
      E("cancellation", "nour.saleh@mail.example", "نور الهدى صالح", None, [], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270201094012", "0e47")
    m.head(("From", "Nour Saleh <nour.saleh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAW1mS4uV7zY0xI3kT6rE9hL2oP5aG8bC1dF4nU7qS0wV3yZ6aBc@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Saleh", "AG2", 1)
    plain = f"{SALEH_CANCEL}\n\n{SALEH_ATTR}\n\n{gt_quote(conf)}"
    m.multi("alternative", [
        m.text(plain, "plain", "utf-8", "base64"),
        m.text(gmail_reply_html(SALEH_CANCEL, SALEH_ATTR, conf, rtl=True),
               "html", "utf-8", "base64")], style="gmail")


# -- 034 ---------------------------------------------------------------------
# The chairwoman forwards a member's German mail (Gmail, German UI);
# the registration is the member's and the confirmation goes to him.
# "Marhaba Hiba", "yislamu" in the forwarded text.

@mail("kassem-forwards-member-khoury", "2027-02-19 09:12:57",
      E("registration", "majd.khoury@mail.example", "Majd Khoury",
        "Syrisches Kulturforum Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hiba Kassem <hiba.kassem@skf-muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAX2nT5vW8aZ1yJ4lU7sF0iM3pQ6bH9cD2eG5oV8rT1xW4zA7bCd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

anbei leite ich Ihnen die Anmeldung unseres Mitglieds Majd Khoury weiter, er hatte Ihre Adresse nicht. Bitte schicken Sie die Bestätigung direkt an ihn.

Viele Grüße
Hiba Kassem
Vorstand, Syrisches Kulturforum Münster e.V.

---------- Weitergeleitete Nachricht ---------
Von: Majd Khoury <majd.khoury@mail.example>
Date: Do., 18. Feb. 2027 um 20:41 Uhr
Subject: MSO-Tag
To: Hiba Kassem <hiba.kassem@skf-muenster.example>


Marhaba Hiba,

kannst du mich bitte für den MSO-Tag anmelden? Ich möchte gern in die AG 2, Zukunftsprozess. Ich komme alleine.

Danke dir, yislamu!
Majd
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Question only, English with "Salam alaikum": can an individual without an
# association take part, is the deadline strict.

@mail("yousif-english-question-individual", "2027-02-22 19:33:20",
      E("question", "abubakar.yousif@mail.example", "Abubakar Yousif", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Abubakar Yousif <abubakar.yousif@mail.example>"),
           ("To", MSO),
           ("Subject", "Question: can individuals attend?"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB1873B4A5C6D7E8F9@DU2P194MB1873.EURP194.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam alaikum,

I am new in Münster (since autumn) and not yet a member of any association.
Can I still take part in the MSO-Tag as an individual, or is it only for
representatives of organisations?
Also, is the registration deadline of 6 March strict? I will only know my
work shifts for March by then.

Thank you very much,
Abubakar Yousif
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# English with "Peace be upon you"; a family of 3 ("(19)" is an age),
# "Workgroup 1 ... Workgroup 2 as second choice"; no organisation.

@mail("alrubaie-english-family-two-choices", "2027-02-23 14:06:51",
      E("registration", "ahmed.alrubaie@mail.example", "Ahmed Al-Rubaie", None,
        ["AG1", "AG2"], 3, "en"), "en")
def _(m):
    m.head(("From", "Ahmed Al-Rubaie <ahmed.alrubaie@mail.example>"),
           ("To", MSO),
           ("Subject", "Family registration for 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAZ3pV6xY9bA2zK5mW8tG1jN4qR7cI0dE3fH6pX9sU2yZ5aB8cDe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,
Peace be upon you,

I would like to register my family for the MSO-Tag: me, my wife Shaima and
our daughter Noor (19), so 3 persons.
We are interested in Workgroup 1 (education), and if possible Workgroup 2 as
second choice.

Kind regards,
Ahmed Al-Rubaie
""", charset="us-ascii", cte="7bit")


# -- 037 ---------------------------------------------------------------------
# Change, English: fewer persons (4 -> 2) and another group ("from workgroup
# 3 to Workgroup II"); Outlook plain-text quote with English header labels.

ADAM_CHANGE = """Dear team,

Salam. A small update to our registration: unfortunately two of our members cannot come, so we will be only 2 persons instead of 4. Also we would like to move from workgroup 3 to Workgroup II if there are still places.

Thank you and best regards,
Ibrahim Adam
Darfur Friendship Association Münster"""


@mail("adam-english-change-size-and-group", "2027-02-24 11:52:36",
      E("change", "ibrahim.adam@darfur-friends.example", "Ibrahim Adam",
        "Darfur Friendship Association Münster", ["AG2"], 2, "en"), "en", tz=0)
def _(m):
    cid = conf_id("20270203152144", "c2d9")
    m.head(("From", "Ibrahim Adam <ibrahim.adam@darfur-friends.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000601db86a2$3c4d5e60$b4c5d6e7$@darfur-friends.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single(f"""{ADAM_CHANGE}

From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Wednesday, February 3, 2027 3:21 PM
To: ibrahim.adam@darfur-friends.example
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Adam", "AG3", 4)}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Levantine Arabic in Arabic script from a Samsung phone, Arabic-Indic
# digits: "نحنا ٤ : أنا ومرتي وابني الكبير وبنت أختي" = 4, "المجموعة ٣
# (Förderung)".  They plan to found an association: no organisation yet.

@mail("nureddin-levantine-arabic-digits", "2027-02-26 20:44:02",
      E("registration", "m.nureddin@mail.example", "محمد نور الدين", None, ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Mohammad Nureddin <m.nureddin@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<q8w2e5.1772135042.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا

بدنا نسجل بيوم الجمعيات (MSO-Tag) يوم السبت ١٣ آذار.
نحنا ٤ : أنا ومرتي وابني الكبير وبنت أختي.
بدنا نكون بالمجموعة ٣ (Förderung) لأنو عم نفكر نأسس جمعية صغيرة للعائلات السورية بحي Kinderhaus.

شكراً كتير
محمد نور الدين

تم الإرسال من هاتف Samsung Galaxy الذكي.
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Cancellation of a group of 3, German with "Ma'a as-salama"; Outlook HTML
# only (windows-1252) quoting the confirmation.  "(3 Personen, AG 1)" in the
# new text restates the registration; the Eid festival is the reason.

GHONEIM_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung (3 Personen, AG 1) zurückziehen. Am 13. März feiert unsere Gemeinde das Zuckerfest nach, das konnten wir erst jetzt festlegen. Bitte streichen Sie uns von der Liste.

Mit freundlichen Grüßen und Ma'a as-salama

Walid Ghoneim
Deutsch-Ägyptische Gesellschaft Münster e.V."""


@mail("ghoneim-cancel-outlook-html", "2027-03-01 08:37:19",
      E("cancellation", "walid.ghoneim@dag-muenster.example", "Walid Ghoneim",
        "Deutsch-Ägyptische Gesellschaft Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    cid = conf_id("20270119154433", "7f05")
    m.head(("From", '"Ghoneim, Walid" <walid.ghoneim@dag-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbc2Rk5J9xYm3n7kP1qL0rZ6sT8wAHl2Ox"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4417D5E6F7A8B9C0D1E2F3A4B5C6@VI1PR09MB4417.eurprd09.prod.outlook.example>"),
           ("References", cid),
           ("In-Reply-To", cid),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 19. Januar 2027 15:44",
             "Ghoneim, Walid <walid.ghoneim@dag-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Ghoneim", "AG1", 3))
    m.single(outlook_html(GHONEIM_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Part of a group drops out (2 -> 1): a change, not a cancellation.
# Gmail German reply quoting the confirmation (AG 2, 2 persons).

@mail("hussein-partial-cancel-is-change", "2027-03-02 18:03:28",
      E("change", "ruqaya.hussein@alrafidain-ms.example", "Ruqaya Hussein",
        "Irakisches Kulturzentrum Al-Rafidain e.V.", [], 1, "de"), "de")
def _(m):
    cid = conf_id("20270201101544", "3b82")
    m.head(("From", "Ruqaya Hussein <ruqaya.hussein@alrafidain-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAA4qW7yZ0cB3aL6nX9uH2kO5rS8dJ1eF4gI7qY0tV3zA6bC9dEf@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

mein Kollege Firas kann am 13. März leider doch nicht, er muss arbeiten. Ich komme aber trotzdem, also bitte nur noch 1 Person eintragen. AG bleibt.

Danke und Gruß
Ruqaya Hussein
Irakisches Kulturzentrum Al-Rafidain e.V.

Am Mo., 1. Feb. 2027 um 10:15 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Hussein", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Levantine Arabizi (Android Gmail, English attribution):
# "ma ra7 ne2dar nejee ... ilghu el tasjeel taba3na (ana w ekhti)".

@mail("nasser-arabizi-cancellation", "2027-03-04 22:15:09",
      E("cancellation", "reem.nasser@mail.example", "Reem Nasser", None, [], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270205113027", "d4e8")
    m.head(("From", "Reem Nasser <reem.nasser@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB5rX8zA1dC4bM7oY0vI3lP6sT9eK2fG5hJ8rZ1uW4aB7cD0eFg@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Marhaba,

Sorry ktir bas ma ra7 ne2dar nejee yom el sabt, 3anna 3ers bel 3ayle b Berlin. Please ilghu el tasjeel taba3na (ana w ekhti).

Ma3 el salame
Reem Nasser

On Fri, Feb 5, 2027, 11:30 AM Tag der Migrantenselbstorganisationen <{MSO}> wrote:

{gt_quote(confirmation("Frau Nasser", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Late registration after the 6 March deadline, Arabic ("رمضان كريم"):
# asks to be taken if a place is free and names group and count -> a
# registration.  "مجموعة العمل الثانية حول مستقبل مونستر", alone.

@mail("abdelrahim-late-arabic-registration", "2027-03-08 16:20:45",
      E("registration", "eltayeb.abdelrahim@mail.example", "الطيب عبد الرحيم", None,
        ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Eltayeb Abdelrahim <eltayeb.abdelrahim@mail.example>"),
           ("To", MSO),
           ("Subject", "طلب تسجيل متأخر"),
           ("Date", m.date),
           ("Message-ID", "<CAC6sY9aB2eD5cN8pZ1wJ4mQ7tU0fL3gH6iK9sA2vX5bC8dE1fGh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""رمضان كريم،

أعتذر عن التأخير، فلم أرَ الدعوة إلا اليوم. إذا كان ما يزال هناك مكان، أرجو تسجيلي في مجموعة العمل الثانية حول مستقبل مونستر. سأحضر وحدي.

مع الشكر والتقدير
الطيب عبد الرحيم
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation, short English from a Samsung phone ("ma3 el salama"),
# quoting the confirmation below "-------- Original message --------".

@mail("hassan-english-phone-cancellation", "2027-03-10 07:12:38",
      E("cancellation", "sherif.hassan@mail.example", "Sherif Hassan", None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270209174105", "61ab")
    m.head(("From", "Sherif Hassan <sherif.hassan@mail.example>"),
           ("To", MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<z7c4v1.1773123158.samsung@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,
sorry, I have to cancel my registration for Saturday, I got the flu. Please remove me from the list.
Thanks & ma3 el salama
Sherif Hassan

Sent from my Galaxy


-------- Original message --------
From: Tag der Migrantenselbstorganisationen <{MSO}>
Date: 09/02/2027 17:41 (GMT+01:00)
To: sherif.hassan@mail.example
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Hassan", "AG3", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Eid greetings to the team (other), Arabic and German; mentions Saturday.

@mail("shaker-eid-greetings", "2027-03-10 13:45:00",
      E("other"), "ar")
def _(m):
    m.head(("From", "Dalia Shaker <dalia.shaker@mail.example>"),
           ("To", MSO),
           ("Subject", "عيد مبارك! Frohes Zuckerfest"),
           ("Date", m.date),
           ("Message-ID", "<CAD7tZ0bC3fE6dO9qA2xK5nR8uV1gM4hI7jL0tB3wY6cD9eF2gHi@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""كل عام وأنتم بخير، وعيد فطر مبارك لكل فريق تنظيم يوم منظمات المهاجرين!
نتمنى لكم يوماً ناجحاً يوم السبت.

Frohes Zuckerfest an das ganze Team!
Dalia & Familie
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
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    problems += check_label(msg, expected, text)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
AG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("ar", "de", "en", "fr")


def check_label(msg, e, text):
    """The label is well formed and agrees with the mail it describes."""
    p = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in AG_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg!r}")
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
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            p.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        p.append("bounced_recipient must be null")
    if kind not in PERSON_KINDS:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                p.append(f"{k} must be null for {kind}")
        return p
    low = text.lower()
    plain = html.unescape(text)
    em = e["email"]
    if not em or em != em.lower():
        p.append("email missing or not lower-case")
    else:
        heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
        if em not in heads and em not in low:
            p.append(f"email {em} occurs nowhere in the mail")
        reply_to = msg.get("Reply-To")
        if reply_to and reply_to.addresses and em != reply_to.addresses[0].addr_spec.lower():
            p.append("Reply-To present but email is not the Reply-To address")
    if not e["name"] or e["name"].lower() not in plain.lower():
        p.append(f"name {e['name']!r} not written in the mail")
    if e["organisation"] is not None and e["organisation"] not in plain:
        p.append(f"organisation {e['organisation']!r} not written in the mail")
    if e["language"] not in LANGS:
        p.append(f"language {e['language']!r} not expected in this set")
    if kind in ("change", "cancellation"):
        if not msg.get("In-Reply-To") or "Angemeldete Personen:" not in plain:
            p.append("change/cancellation must answer and quote the confirmation")
    return p


def check_corpus(built, datas):
    """Problems across mails: no sender twice."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec.lower()
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    return problems


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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
