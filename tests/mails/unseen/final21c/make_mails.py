#!/usr/bin/env python3
"""Build the "final21c" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config),
written by older people (60-85) from migrant associations of the guest-worker
generation: long, polite, formal letters with life stories, memories of earlier
MSO-Tage, health remarks, grandchildren typing for them, letter heads, postal
addresses, phone numbers, ages and years.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and agree
with the mail.

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



def outlook_html_x(text, quote=None, charset="windows-1252",
                   labels=("Von:", "Gesendet:", "An:", "Betreff:"), lang="DE"):
    """outlook_html() with another charset in the meta tag and localized
    header labels in the quoted block (e.g. a Greek Outlook)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_von, l_ges, l_an, l_bet = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:DE'>{esc(l_von)}</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{esc(l_ges)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(l_an)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(l_bet)}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={charset}")
    if lang != "DE":
        head = head.replace("<body lang=DE", f"<body lang={lang}")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain_x(text, quote, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    von, gesendet, an, betreff, quoted = quote
    l_von, l_ges, l_an, l_bet = labels
    return (f"{text}\n\n{l_von} {von}\n{l_ges} {gesendet}\n{l_an} {an}\n"
            f"{l_bet} {betreff}\n\n{quoted}")


def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


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
# Letter with the sender's address block, place and date at the top, a
# "Betreff:" line and "Hochachtungsvoll"; ages, years (1969, 1978, 31 Jahre),
# a house number, a phone number and "1972" inside the association's name are
# no party sizes.  He and his wife = 2.  windows-1254 quoted-printable.

@mail("dogan-letterhead-hochachtungsvoll", "2027-01-13 09:12:44",
      E("registration", "m.e.dogan@t-mail.example", "Mehmet Emin Doğan",
        "Türkischer Arbeiterverein Münster 1972 e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Mehmet Emin Doğan", "m.e.dogan@t-mail.example", "windows-1254")),
           ("To", MSO),
           ("Subject", "Anmeldung zum Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<000801db6583$1c2a4e70$5480eb50$@t-mail.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Mehmet Emin Doğan
Kinderhauser Straße 58
48147 Münster
Tel.: 0251 / 29 41 07

                                        Münster, den 13. Januar 2027

An das
Kommunale Integrationszentrum Münster
z. Hd. Frau Meza Correa-Flock

Betreff: Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März 2027

Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

für Ihre freundliche Einladung vom 12. Januar bedanke ich mich sehr herzlich.

Gestatten Sie mir, mich kurz vorzustellen: Mein Name ist Mehmet Emin Doğan, ich bin 74 Jahre alt und lebe seit 1969 in Münster. 31 Jahre lang habe ich in einer Druckerei in Münster gearbeitet. Seit 1978 bin ich Mitglied im Türkischen Arbeiterverein, viele Jahre war ich dort Kassierer, heute bin ich Ehrenvorsitzender.

Hiermit melde ich mich und meine Ehefrau Hatice Doğan verbindlich an. Wir möchten gerne an der Arbeitsgruppe 3 „Förderungsmöglichkeiten und effektives Vereinsmanagement“ teilnehmen, weil unser Verein dringend jüngere Leute für den Vorstand und Geld für die neue Küche im Vereinsheim braucht.

Für Ihre Mühe danke ich Ihnen im Voraus.

Hochachtungsvoll

Mehmet Emin Doğan
Ehrenvorsitzender
Türkischer Arbeiterverein Münster 1972 e.V.
""", charset="windows-1254", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# The grandson types for his grandfather ("mein Enkel Marco schreibt diese
# E-Mail für mich"): the From display name is the grandson, the attendee is
# the grandfather; the grandson comes along (2).  Age 81, 1961 and "22 Jahre"
# are no numbers to take.  Gmail multipart/alternative, UTF-8 QP.

RUSSO_TEXT = """Sehr geehrte Damen und Herren,

ich bin Giuseppe Russo und mein Enkel Marco schreibt diese E-Mail für mich, weil ich mit dem Computer nicht so gut kann. Bitte entschuldigen Sie, wenn etwas nicht richtig ist.

Ich bin 81 Jahre alt und 1961 als Gastarbeiter aus Kalabrien nach Deutschland gekommen. Seit vielen Jahren bin ich im Circolo Italiano Münster e.V., früher war ich auch 22 Jahre Elternvertreter bei dem italienischen Unterricht für die Kinder. Darum möchte ich gerne in die Arbeitsgruppe über Schule und Bildung (AG 1).

Mein Enkel bringt mich mit dem Auto und bleibt auch bei mir, weil ich nicht mehr so gut höre. Wir sind also 2 Personen.

Vielen Dank und viele Grüße
Giuseppe Russo
(geschrieben von Marco Russo)"""


@mail("russo-grandson-types", "2027-01-13 18:40:12",
      E("registration", "marco.russo04@mail.example", "Giuseppe Russo",
        "Circolo Italiano Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Marco Russo <marco.russo04@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag für Giuseppe Russo"),
           ("Date", m.date),
           ("Message-ID", "<CAH3nQx8mRf2kT0pLz7Yw4bVd9sNc1eGu5oJa6iKq2rXt8Wm3Pg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RUSSO_TEXT, gmail_html(RUSSO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Turkish, formal; "İkinci çalışma grubuna" (the second workgroup) = AG2;
# "Eşim ... benimle birlikte gelecek, yani iki kişiyiz" = 2.  The association
# appears inflected in the text ("Derneği'nin") and in its base form in the
# signature.  Birth year 1947, 1964, "38 yıl".  iso-8859-9 QP.

@mail("korkmaz-turkish-emekliler", "2027-01-14 10:05:31",
      E("registration", "hh.korkmaz@mail.example", "Hasan Hüseyin Korkmaz",
        "Münster ve Çevresi Türk Emekliler Derneği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hasan Hüseyin Korkmaz", "hh.korkmaz@mail.example", "iso-8859-9")),
           ("To", TO_MSO),
           ("Subject", ew("Göçmen Dernekleri Günü - kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270114090531.4417.hhkorkmaz@mail.example>"),
           ("X-Mailer", "Webmail 5.2"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Yetkililer,

12 Ocak 2027 tarihli davetiyeniz için çok teşekkür ederim.

Ben Hasan Hüseyin Korkmaz, 1947 Sivas doğumluyum. 1964 yılında işçi olarak Almanya'ya geldim, 38 yıl Münster'de çalıştım, şimdi emekliyim. Münster ve Çevresi Türk Emekliler Derneği'nin kurucu üyelerindenim.

13 Mart 2027 Cumartesi günü yapılacak Göçmen Dernekleri Günü'ne (Tag der Migrantenselbstorganisationen) katılmak istiyorum. İkinci çalışma grubuna, yani Münster'in geleceği konusuna (Zukunftsprozess) katılmak isterim. Biz yaşlılar da bu şehrin geleceğinde söz sahibi olmak istiyoruz.

Eşim Nermin Hanım da benimle birlikte gelecek, yani iki kişiyiz.

Saygılarımla,

Hasan Hüseyin Korkmaz
Münster ve Çevresi Türk Emekliler Derneği
Tel: 0251 / 61 88 24
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# ALL IN CAPITALS, no umlauts (he sees badly).  Earlier MSO-Tage 2017 and 2018
# are memories, not choices; "ARBEITSGRUPPE 2"; "ZU DRITT" = 3; age 77.
# us-ascii 7bit.

@mail("papakonstantinou-all-caps", "2027-01-14 15:22:08",
      E("registration", "k.papakonst@aol-mail.example", "Konstantinos Papakonstantinou",
        "GRIECHISCHER SENIORENKREIS MUENSTER", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Konstantinos Papakonstantinou <k.papakonst@aol-mail.example>"),
           ("To", MSO),
           ("Subject", "ANMELDUNG MSO TAG"),
           ("Date", m.date),
           ("Message-ID", "<1a2f9c44-7e3b-4b0d-9a61-3c58e0f7d2b1@aol-mail.example>"),
           ("X-Mailer", "AOL Webmail 43781-STANDARD"),
           ("MIME-Version", "1.0"))
    m.single("""SEHR GEEHRTE DAMEN UND HERREN

HIERMIT MOECHTE ICH MICH FUER DEN TAG DER MIGRANTENSELBSTORGANISATIONEN AM 13 MAERZ ANMELDEN. ICH BIN 77 JAHRE ALT UND SCHREIBE IMMER SO GROSS WEIL ICH SCHLECHT SEHE, ENTSCHULDIGEN SIE BITTE.

ICH WAR SCHON BEIM MSO TAG 2017 UND 2018 DABEI, DAS WAR SEHR GUT.

DIESES MAL MOECHTE ICH IN DIE ARBEITSGRUPPE 2 (ZUKUNFTSPROZESS). ES KOMMEN MIT MIR NOCH MEINE FRAU ELENI UND MEIN SCHWAGER GIORGOS, ALSO WIR SIND ZU DRITT.

MIT FREUNDLICHEN GRUESSEN

KONSTANTINOS PAPAKONSTANTINOU
GRIECHISCHER SENIORENKREIS MUENSTER
TEL 0251 86 43 19
""", charset="us-ascii", cte="7bit")


# -- 005 ---------------------------------------------------------------------
# Italian, formal ("Egregi Signori", "RingraziandoVi anticipatamente");
# "gruppo di lavoro III" = AG3; "saremo in due" = 2; age 72, 1968.
# iso-8859-1 8bit.

@mail("esposito-italian-gruppo-iii", "2027-01-15 11:31:57",
      E("registration", "rosaria.esposito@libero-mail.example", "Rosaria Esposito",
        "Associazione Famiglie Italiane di Münster", ["AG3"], 2, "it"), "it")
def _(m):
    m.head(("From", "Rosaria Esposito <rosaria.esposito@libero-mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione Giornata MSO 13 marzo"),
           ("Date", m.date),
           ("Message-ID", "<1736937117.88412.rosaria.esposito@libero-mail.example>"),
           ("X-Mailer", "Libero Mail 9.1"),
           ("MIME-Version", "1.0"))
    m.single("""Egregi Signori,

Vi scrivo per iscrivermi alla Giornata delle organizzazioni dei migranti (Tag der Migrantenselbstorganisationen) di sabato 13 marzo 2027 allo Stadtweinhaus.

Mi chiamo Rosaria Esposito, ho 72 anni e sono arrivata a Münster nel 1968 con mio marito, che lavorava in fabbrica. Da più di trent'anni faccio parte dell'Associazione Famiglie Italiane di Münster, dove mi occupo soprattutto della cassa e delle domande di contributo al Comune.

Per questo vorrei partecipare al gruppo di lavoro III, quello sui finanziamenti e sulla gestione delle associazioni (Förderungsmöglichkeiten und effektives Vereinsmanagement).

Verrà con me anche mio marito Salvatore, quindi saremo in due.

RingraziandoVi anticipatamente, porgo distinti saluti.

Rosaria Esposito
Associazione Famiglie Italiane di Münster
Grevener Straße 210, 48159 Münster
Tel. 0251 21 77 05
""", charset="iso-8859-1", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Question before registering: lift and toilet without stairs (walker since
# a hip operation); "Wenn das geht, melde ich mich gerne an" is no
# registration yet.  Memories of 2016 and 2018.  iPad, Apple Mail alternative.

FERREIRA_TEXT = """Sehr geehrte Damen und Herren,

ich habe Ihre Einladung für den 13. März durch unseren Verein bekommen und mich sehr gefreut. Ich war schon 2016 und 2018 beim Tag der Migrantenselbstorganisationen, damals noch mit meinem Mann, Gott hab ihn selig.

Bevor ich mich anmelde, habe ich eine Frage. Seit meiner Hüftoperation im letzten Jahr gehe ich mit dem Rollator, und Treppen sind für mich sehr schwer. Gibt es im Stadtweinhaus einen Aufzug oder ist alles ebenerdig? Und gibt es dort eine Toilette ohne Treppe?

Wenn das geht, melde ich mich gerne an.

Mit freundlichen Grüßen
Maria da Conceição Ferreira
Portugiesische Gemeinde Münster e.V.

Von meinem iPad gesendet"""


@mail("ferreira-question-rollator-lift", "2027-01-16 09:47:20",
      E("question", "mc.ferreira@mail.example", "Maria da Conceição Ferreira",
        "Portugiesische Gemeinde Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Maria da Conceição Ferreira <mc.ferreira@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag (Aufzug?)"),
           ("Date", m.date),
           ("Message-ID", "<7B2E9D41-5C0A-4F3B-8E61-2D9C4A7F1B03@mail.example>"),
           ("X-Mailer", "iPad Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.alternative(FERREIRA_TEXT, apple_html(FERREIRA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Spanish, formal ("Muy señores míos", "Sin otro particular"); "grupo de
# trabajo número 1" = AG1; "Iré solo" = 1 (his late wife is no attendee);
# 80 años, 1962, 35 años, 1975.  Outlook alternative, windows-1252 QP.

FERNANDEZ_TEXT = """Muy señores míos:

Por la presente quisiera inscribirme en la Jornada de las Organizaciones de Migrantes (Tag der Migrantenselbstorganisationen) que tendrá lugar el sábado 13 de marzo de 2027 en el Stadtweinhaus.

Me llamo José Manuel Fernández Ortega, tengo 80 años y vine a Alemania en 1962 desde un pueblo de Orense. Trabajé 35 años en la construcción y desde 1975 soy socio del Centro Español de Münster, donde todavía ayudo los martes en la biblioteca.

Me gustaría participar en el grupo de trabajo número 1, sobre la educación (Bildungssystem), porque siempre luché para que nuestros hijos tuvieran clases de español.

Iré solo, ya que mi esposa falleció el año pasado.

Sin otro particular, les saluda atentamente,

José Manuel Fernández Ortega
Centro Español de Münster e.V.
Tel. 0251 / 39 20 66"""


@mail("fernandez-spanish-outlook", "2027-01-17 12:03:45",
      E("registration", "jm.fernandez.ortega@telefonica-mail.example", "José Manuel Fernández Ortega",
        "Centro Español de Münster e.V.", ["AG1"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("José Manuel Fernández Ortega", "jm.fernandez.ortega@telefonica-mail.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", ew("Inscripción - Jornada del 13 de marzo", "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7041C2A8E5F1B3D6@DB9PR03MB7041.eurprd03.prod.outlook.example>"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    html_text = outlook_html_x(FERNANDEZ_TEXT, lang="ES")
    m.alternative(FERNANDEZ_TEXT, html_text, charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Dictated on an iPhone: one sentence, no punctuation at all; "für die Gruppe
# Zukunftsprozess" = AG2; "wir sind also 2 personen"; age 68; the association
# in learner German ("von Serbischer Frauenverein Münster").  The display
# name lacks the diacritic the text gives.

@mail("jovanovic-dictated-no-punctuation", "2027-01-18 19:55:02",
      E("registration", "branka.jovanovic@mail.example", "Branka Jovanović",
        "Serbischer Frauenverein Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Branka Jovanovic <branka.jovanovic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<E41C0B7A-9D25-4E8F-B3A6-7F10C2D58E94@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag hier ist Branka Jovanović ich bin 68 Jahre und ich möchte mich anmelden für den MSO Tag am 13 März für die Gruppe Zukunftsprozess ich komme mit meiner Freundin Ljiljana Popović wir kommen beide von Serbischer Frauenverein Münster wir sind also 2 personen vielen Dank und schöne Grüße Branka Jovanović

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Polish, formal; "grupie roboczej nr 2" = AG2; "razem z żoną ... we dwoje"
# = 2; the club inflected in the text, base form in the signature; a street
# number and a phone number.  Thunderbird, iso-8859-2 QP.

@mail("nowicki-polish-klub-seniora", "2027-01-19 10:14:39",
      E("registration", "zbigniew.nowicki@poczta-mail.example", "Zbigniew Nowicki",
        'Polski Klub Seniora "Jesień" w Münster', ["AG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Zbigniew Nowicki <zbigniew.nowicki@poczta-mail.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Dzień Organizacji Migrantów 13.03.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<6f3a1d2e-8b47-4c9a-a0e5-91d7b3c2f468@poczta-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

uprzejmie dziękuję za zaproszenie na Dzień Organizacji Migrantów (Tag der Migrantenselbstorganisationen) w dniu 13 marca 2027 r.

Nazywam się Zbigniew Nowicki, mam 76 lat. Przyjechałem do Niemiec w 1981 roku, a od 1990 roku działam w Polskim Klubie Seniora "Jesień" w Münster.

Chciałbym wziąć udział w grupie roboczej nr 2 (Zukunftsprozess - przyszłość miasta Münster). Przyjdę razem z żoną Haliną, czyli będziemy we dwoje.

Z wyrazami szacunku
Zbigniew Nowicki
Polski Klub Seniora "Jesień" w Münster
Warendorfer Str. 134, 48145 Münster
tel. 0251 / 13 56 02
""", charset="iso-8859-2", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# The granddaughter registers her grandmother (83, no e-mail of her own) and
# comes along (2); she asks for the confirmation to her own address, which is
# the From address.  The attendee named first in the text, association only
# in the sign-off.  Gmail alternative, UTF-8 base64.

SAHIN_TEXT = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen im Namen meiner Oma, Fadime Şahin. Sie ist 83 Jahre alt und hat selbst keine E-Mail-Adresse, deshalb melde ich sie hiermit an.

Meine Oma ist seit über 40 Jahren im Frauenverein aktiv und war früher lange Zeit Elternvertreterin. Sie möchte gerne in die AG 1 (Bildungssystem).

Da sie nicht mehr gut zu Fuß ist, begleite ich sie an dem Tag. Wir wären also zu zweit.

Bitte schicken Sie die Bestätigung an meine E-Mail-Adresse, ich lese sie ihr dann vor.

Viele Grüße
Elif Şahin
(für Fadime Şahin, Türkischer Frauenverein Münster-Coerde e.V.)"""


@mail("sahin-granddaughter-registers-oma", "2027-01-20 17:30:26",
      E("registration", "elif.sahin.ms@mail.example", "Fadime Şahin",
        "Türkischer Frauenverein Münster-Coerde e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elif Şahin <elif.sahin.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung meiner Oma zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF8kW2pZ7nQ4tV0rB3xY9mLh6sDc5eJu1oGa2iNq8rKt4Xw7Hg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAHIN_TEXT, gmail_html(SAHIN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Greek (UTF-8 base64, subject an iso-8859-7 encoded word); the signature
# gives the name in Greek script (it beats the Latin display name);
# "στη δεύτερη ομάδα εργασίας" = AG2;
# "μαζί με τη σύζυγό μου" = 2; 79 years, since 1965, thirty years.  The
# association is named only in German in the signature.

@mail("theodoridis-greek", "2027-01-21 08:52:13",
      E("registration", "e.theodoridis@otenet-mail.example", "Ευάγγελος Θεοδωρίδης",
        "Griechischer Kulturverein Hellas Münster e.V.", ["AG2"], 2, "el"), "el")
def _(m):
    m.head(("From", "Evangelos Theodoridis <e.theodoridis@otenet-mail.example>"),
           ("To", MSO),
           ("Subject", ew("Δήλωση συμμετοχής - MSO-Tag 13.03.2027", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270121075213.GA2291@otenet-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Αξιότιμοι κύριοι,

Σας ευχαριστώ θερμά για την πρόσκληση στην Ημέρα των Οργανώσεων Μεταναστών (Tag der Migrantenselbstorganisationen) στις 13 Μαρτίου 2027.

Είμαι 79 ετών και ζω στο Münster από το 1965. Δούλεψα τριάντα χρόνια σε εργοστάσιο και σήμερα είμαι επίτιμος πρόεδρος του συλλόγου μας.

Θα ήθελα να δηλώσω συμμετοχή στη δεύτερη ομάδα εργασίας, για το μέλλον της πόλης (Zukunftsprozess). Θα έρθω μαζί με τη σύζυγό μου, Αικατερίνη.

Με εκτίμηση,

Ευάγγελος Θεοδωρίδης
Griechischer Kulturverein Hellas Münster e.V.
Τηλ. 0251 / 32 71 48
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Other: an elderly chairman invites the city to his association's 50th
# anniversary (another event) and asks for a "Rückmeldung"; the invitation
# card is attached as a PDF.  Mentions the MSO-Tag only in passing.

TEKIN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

im Namen des Vorstandes erlaube ich mir, Sie herzlich zu unserem 50-jährigen Vereinsjubiläum einzuladen.

Der Türkisch-Deutsche Freundschaftsverein Münster e.V. wurde im Mai 1977 von 14 Arbeitern und ihren Familien in einem Hinterzimmer in der Bahnhofstraße gegründet. Heute haben wir 212 Mitglieder aus drei Generationen.

Der Festakt findet am Samstag, dem 8. Mai 2027, um 15 Uhr im Bürgerhaus Kinderhaus statt. Anschließend gibt es Musik und ein gemeinsames Essen.

Wir würden uns sehr freuen, wenn auch jemand von der Stadt Münster ein Grußwort sprechen könnte, so wie Sie uns auch jedes Jahr zum MSO-Tag einladen. Über eine kurze Rückmeldung bis Ende März freuen wir uns.

Die Einladungskarte finden Sie im Anhang.

Mit vorzüglicher Hochachtung

Ömer Faruk Tekin
1. Vorsitzender
Türkisch-Deutscher Freundschaftsverein Münster e.V.
Bahnhofstraße 31, 48143 Münster
Tel. 0251 / 4 18 02 66"""


@mail("tekin-jubilee-invitation-other", "2027-01-22 14:10:51",
      E("other"), "de")
def _(m):
    m.head(("From", "Ömer Faruk Tekin <oe.tekin@tdfv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Einladung zum 50-jährigen Jubiläum am 8. Mai 2027"),
           ("Date", m.date),
           ("Message-ID", "<4b7e2c19-0d3a-4f86-b1e5-a9c7d2f0e853@tdfv-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text(TEKIN_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["50 Jahre Tuerkisch-Deutscher Freundschaftsverein",
                             "Festakt am Samstag, 8. Mai 2027, 15 Uhr",
                             "Buergerhaus Kinderhaus, Muenster",
                             "Musik, Grussworte und gemeinsames Essen"]),
                   "application", "pdf", "Einladung_Jubilaeum_2027.pdf")
    m.multi("mixed", [text, pdf])


# -- 013 ---------------------------------------------------------------------
# Retired doctor, letterhead with title and address, "Mit vorzüglicher
# Hochachtung"; Roman numerals: "Arbeitsgruppe I ..., sollte diese bereits
# voll sein, ... Arbeitsgruppe II" = [AG1, AG2]; "allein" = 1.  Outlook
# HTML only, windows-1250 QP (for ć).

PERIC_TEXT = """Dr. med. Ivan Perić
Facharzt für Allgemeinmedizin i. R.
Marktallee 17
48165 Münster

Münster, den 25.01.2027

Sehr geehrte Frau Meza Correa-Flock,

mit Dank habe ich Ihre Einladung zum Tag der Migrantenselbstorganisationen 2027 erhalten und melde mich hiermit gerne an.

Ich bin 1971 als junger Arzt aus Split nach Deutschland gekommen und habe 34 Jahre lang in Münster-Hiltrup praktiziert. Seit meinem Ruhestand engagiere ich mich in der Kroatischen Kulturgemeinschaft Münster e.V., vor allem in der Hausaufgabenhilfe für Kinder aus kroatischen und bosnischen Familien.

Daher interessiert mich die Arbeitsgruppe I „Menschen mit Migrationsvorgeschichte im Bildungssystem“ am meisten. Sollte diese bereits voll sein, nehme ich gerne an der Arbeitsgruppe II teil.

Ich werde allein kommen.

Mit vorzüglicher Hochachtung

Dr. Ivan Perić
Kroatische Kulturgemeinschaft Münster e.V.
Tel. 0251 / 2 46 19 33"""


@mail("peric-outlook-html-roman-numerals", "2027-01-25 10:20:04",
      E("registration", "dr.ivan.peric@mail.example", "Ivan Perić",
        "Kroatische Kulturgemeinschaft Münster e.V.", ["AG1", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Ivan Perić", "dr.ivan.peric@mail.example", "windows-1250")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtvK2m9QbX1wZc4RkqL0p7fHn3Yeg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB4417E3B2A1C0D9F8@VI1PR08MB4417.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE, hr-HR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html_x(PERIC_TEXT, charset="windows-1250"), subtype="html",
             charset="windows-1250", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Russian (koi8-r, base64) from a Spätaussiedlerin; the Cyrillic signature
# beats the Latin display name; "первая рабочая группа" = AG1; "нас будет
# двое" = 2; "шестеро внуков" (six grandchildren) is no party size.  KOI8-R
# has no "ü", so she writes the club's name with "Muenster".

@mail("schmidt-russian-koi8r", "2027-01-26 16:45:33",
      E("registration", "lidia.schmidt42@mail.example", "Лидия Шмидт",
        'Seniorenclub "Wolga" Muenster e.V.', ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Lidia Schmidt <lidia.schmidt42@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769442333.517204.lidia.schmidt42@mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Уважаемые дамы и господа!

Меня зовут Лидия Шмидт, мне 79 лет. Я родилась в Казахстане, а в 1993 году вместе с семьёй переехала в Германию как переселенка. С 2005 года я хожу в наш клуб, Seniorenclub "Wolga" Muenster e.V., мы там поём в хоре и помогаем новым людям.

Я хотела бы записаться на День организаций мигрантов (Tag der Migrantenselbstorganisationen) 13 марта 2027 года. Меня интересует первая рабочая группа - про образование и школу, потому что у меня шестеро внуков и все учились здесь в школе.

Со мной придёт моя сестра Ольга, нас будет двое.

С уважением,
Лидия Шмидт
Тел. 0251 / 97 30 12
""", charset="koi8-r", cte="base64")


# -- 015 ---------------------------------------------------------------------
# Formal letter with address block, "Betr.:" line and "Hochachtungsvoll";
# he, his wife and their son = 3; "Zukunftsprozess", "hilfsweise ...
# Förderung" = [AG2, AG3]; the house number 112 and the years 1970, 1974,
# 1988-2009 are no numbers to take.  iso-8859-1 QP.

@mail("carvalho-letter-hilfsweise", "2027-01-27 09:05:18",
      E("registration", "am.carvalho@mail.example", "António Manuel Carvalho",
        "Centro Português de Münster e.V.", ["AG2", "AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("António Carvalho", "am.carvalho@mail.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<000c01db709a$3f1e2d40$bd5a87c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 15.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""António Manuel Carvalho
Hammer Straße 112
48153 Münster
Telefon 0251 / 77 12 30

Münster, 27.01.2027

Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster

Betr.: Ihre Einladung vom 12.01.2027 - Anmeldung

Sehr geehrte Damen und Herren,

hiermit erlaube ich mir, mich, meine Ehefrau Maria Albertina Carvalho sowie unseren Sohn Paulo zum Tag der Migrantenselbstorganisationen am 13.03.2027 anzumelden.

Ich bin 1970 aus Portugal nach Münster gekommen und seit 1974 Mitglied im Centro Português de Münster e.V., dessen Vorsitzender ich von 1988 bis 2009 war. Unser Sohn hat inzwischen den Vorsitz übernommen.

Wir würden gerne an der Arbeitsgruppe "Zukunftsprozess" teilnehmen, hilfsweise an der Arbeitsgruppe "Förderung".

Für Ihre Bemühungen danke ich Ihnen im Voraus.

Hochachtungsvoll

António Manuel Carvalho
Ehrenvorsitzender
Centro Português de Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Bosnian ("učestvovati", "udruženja", "finansiranja", "marta"), windows-1250
# 8bit; "radnoj grupi 3" = AG3; "Dolazim sam" = 1; 71 godinu, 1973, 1995.

@mail("hodzic-bosnian", "2027-01-28 20:11:47",
      E("registration", "safet.hodzic@mail.example", "Safet Hodžić",
        "Bosanski kulturni centar Münster e.V.", ["AG3"], 1, "bs"), "bs")
def _(m):
    m.head(("From", addr("Safet Hodžić", "safet.hodzic@mail.example", "windows-1250", "b")),
           ("To", MSO),
           ("Subject", "Prijava - Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<58e1c3a0-2f7d-4b9e-8c14-d6a9b0e7f325@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

zahvaljujem se na pozivu za Dan migrantskih organizacija (Tag der Migrantenselbstorganisationen) 13. marta 2027. godine.

Zovem se Safet Hodžić, imam 71 godinu. U Njemačku sam došao 1973. godine kao radnik, a od 1995. godine sam aktivan u Bosanskom kulturnom centru Münster. Danas sam blagajnik udruženja.

Želio bih učestvovati u radnoj grupi 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), jer nam je potrebna pomoć oko finansiranja.

Dolazim sam.

Srdačan pozdrav,
Safet Hodžić
Bosanski kulturni centar Münster e.V.
Tel. 0176 / 41 22 83 90
""", charset="windows-1250", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all three AGs in the
# quote); the new text chooses "Arbeitsgruppe 2".  His wife is ill and stays
# at home, so 1.  Vietnamese name with diacritics in the signature, without
# in the display name; 1980, 1982, 72 Jahre.  UTF-8 8bit, format=flowed.

@mail("tran-reply-quoting-invitation", "2027-01-29 11:38:21",
      E("registration", "tranvanminh@vgm-ms.example", "Trần Văn Minh",
        "Vietnamesische Gemeinde Münster und Umgebung e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tran Van Minh <tranvanminh@vgm-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a3c9e1f7-4b2d-4e08-9f6a-1d5c7b0e2a94@vgm-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für Ihre Einladung. Gerne melde ich mich für den Tag der Migrantenselbstorganisationen an.

Ich bin 1980 mit meiner Familie als sogenannter Boatpeople mit der Cap Anamur nach Deutschland gekommen und lebe seit 1982 in Münster. Ich bin jetzt 72 Jahre alt. In unserer Gemeinde kümmere ich mich um die älteren Landsleute.

Ich möchte bitte an der Arbeitsgruppe 2 teilnehmen. Die Stadt sollte bei ihrer Zukunft auch an die alten Migranten denken, es gibt zum Beispiel noch kein Pflegeheim, in dem man Vietnamesisch spricht.

Meine Frau kann leider nicht mitkommen, sie ist seit dem Herbst krank. Ich komme also allein.

Mit freundlichen Grüßen

Trần Văn Minh
Vietnamesische Gemeinde Münster und Umgebung e.V.

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 018 ---------------------------------------------------------------------
# Turkish; the grandchild types what the grandmother dictates (the dictated
# part in quotation marks); attendee = the grandmother; "birinci çalışma
# grubu (AG 1)"; "Torunum Deniz de benimle gelecek" + "toplam 2 kişi" = 2;
# 78 yaşında, 1972, "Otuz yıldır".  Yahoo alternative, UTF-8 QP.

AYDEMIR_TEXT = """Merhaba,

bu e-postayı babaannem Zeliha Aydemir adına ben, torunu Deniz yazıyorum. Babaannem 78 yaşında ve bilgisayar kullanamıyor, o söylüyor ben yazıyorum:

"Sayın yetkililer, ben Zeliha Aydemir. 1972 yılında eşimin yanına Münster'e geldim. Otuz yıldır Münster Türk Kadınlar Birliği'nde gönüllü çalışıyorum. 13 Mart'taki toplantıya katılmak istiyorum. Eğitim konusundaki birinci çalışma grubuna (AG 1) katılmak isterim, çünkü torunlarımın okul hayatı benim için çok önemli. Torunum Deniz de benimle gelecek."

Yani toplam 2 kişi oluyoruz. Teşekkür ederiz.

Saygılarımızla,
Zeliha Aydemir
(yazan: torunu Deniz Aydemir)
Münster Türk Kadınlar Birliği"""


@mail("aydemir-turkish-grandchild-dictation", "2027-02-01 18:02:09",
      E("registration", "deniz.aydemir2005@yahoo-mail.example", "Zeliha Aydemir",
        "Münster Türk Kadınlar Birliği", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Deniz Aydemir <deniz.aydemir2005@yahoo-mail.example>"),
           ("To", "mso-tag@muenster.example"),
           ("Subject", "MSO-Tag kayıt - Zeliha Aydemir"),
           ("Date", m.date),
           ("Message-ID", "<1506921.3391.1769965329104@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.21797 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head></head><body><div class="ydp4c2e1f0ayahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>"
                           for line in AYDEMIR_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(AYDEMIR_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Question, Turkish: may a plain member (no longer on the board) come, and
# will there be a Turkish interpreter?  "Eğer mümkünse ... kaydımı yaptırmak
# isterim" is a later registration.  The numbered list 1./2. holds no
# workgroups.  UTF-8 base64.

@mail("ozkan-turkish-question-interpreter", "2027-02-02 10:30:40",
      E("question", "necati.ozkan@mail.example", "Necati Özkan",
        "Münster Türk Kültür Ocağı", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Necati Özkan <necati.ozkan@mail.example>"),
           ("To", MSO),
           ("Subject", "Soru - MSO-Tag 13 Mart"),
           ("Date", m.date),
           ("Message-ID", "<1770024640.229187.necati.ozkan@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Bayan Meza Correa-Flock,

Derneğimizden davetiyenizi aldım, teşekkür ederim. Ben 1945 doğumluyum, 1966'dan beri Münster'de yaşıyorum. Uzun yıllar derneğimizin başkanlığını yaptım ama artık yönetimde değilim.

Size iki sorum var:
1. Yönetimde olmayan, sadece üye olan biri de katılabilir mi?
2. Almancam iyi değil. Toplantıda Türkçe tercüman olacak mı?

Eğer mümkünse, ben de kaydımı yaptırmak isterim.

Saygılarımla,
Necati Özkan
Münster Türk Kültür Ocağı
Tel: 0251 / 53 19 07
""", charset="utf-8", cte="base64")


# -- 020 ---------------------------------------------------------------------
# German as a second language with typos ("Sehr geerte", "Arbeitsgrupe
# Vereinsmanagment"); he, his wife and their neighbour = 3; "Jahrgang 1952",
# "seit 1970", "40 Jahre", "seit 2011"; the year in the address.

@mail("stojanovic-learner-german-typos", "2027-02-03 13:14:55",
      E("registration", "dragan.stojanovic1952@mail.example", "Dragan Stojanović",
        'Serbischer Kulturverein "Vuk Karadžić" Münster', ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Dragan Stojanovic <dragan.stojanovic1952@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung MSO tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e7b5c09-4a1d-4f63-b8e0-93c6d1a7f2e4-1770120895514@3c-app-mail-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geerte Damen und Heren,

ich bitte um Anmeldung für den MSO Tag am 13.3.2027 für mich und meine Frau Milena und unsere Nachbar Herr Petrović, er ist auch in unsere Verein.

Ich bin Jahrgang 1952, in Deutschland seit 1970, habe gearbeitet 40 Jahre als Schlosser. Jetzt in Rente, aber in Verein ich mache Kasse seit 2011.

Wir wollen Arbeitsgrupe Vereinsmanagment, weil wir brauchen Hilfe für Papiere von Finanzamt und Förderung.

Mit freundlichen Grüßen
Dragan Stojanović
Serbischer Kulturverein "Vuk Karadžić" Münster
Handy 0157 / 82 11 49 03
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Out-of-office of an association's office (Exchange: Auto-Submitted
# auto-generated, "Automatische Antwort:") answering a confirmation; it
# names office hours, dates, a chairman and a phone number.

BUERO_OOF = """Vielen Dank für Ihre Nachricht.

Unser Vereinsbüro ist vom 1. bis 14. Februar 2027 nicht besetzt. Ab dem 15. Februar sind wir wieder zu den gewohnten Sprechzeiten (dienstags und donnerstags von 10 bis 12 Uhr) für Sie da.

In dringenden Fällen erreichen Sie unseren Vorsitzenden, Herrn Franco Lombardo, unter 0171 / 2 33 44 81.

Mit freundlichen Grüßen
Ihr Team der Deutsch-Italienischen Begegnungsstätte Münster"""


@mail("begegnungsstaette-office-out-of-office", "2027-02-04 09:00:07",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Büro Begegnungsstätte" <buero@dib-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdt0kQ1rX7m2pLz9Y4bVd3sNc=="),
           ("Date", m.date),
           ("Message-ID", "<5c2e8a1f4d7b4b09@EXCH02.dib-muenster.example>"),
           ("In-Reply-To", conf_id("20270204085952", "7c1d")),
           ("References", conf_id("20270204085952", "7c1d")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BUERO_OOF), outlook_html(BUERO_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Portuguese (European), formal ("Exmos. Senhores", "Venho por este meio");
# "grupo de trabalho 2" = AG2; she, her sister and her sister-in-law =
# "três pessoas"; 69 anos, 1971, "há mais de quarenta anos".  Webmail
# alternative, iso-8859-1 QP.

SOUSA_TEXT = """Exmos. Senhores,

Venho por este meio inscrever-me no Dia das Organizações de Migrantes (Tag der Migrantenselbstorganisationen), no dia 13 de março de 2027, no Stadtweinhaus.

Chamo-me Maria de Fátima Rodrigues Sousa, tenho 69 anos e vivo em Münster desde 1971. Sou sócia da Associação Cultural Portuguesa de Münster há mais de quarenta anos e faço parte do grupo de folclore.

Gostaria de participar no grupo de trabalho 2, sobre o futuro da cidade (Zukunftsprozess).

Irei acompanhada da minha irmã, Maria do Céu, e da minha cunhada, Isabel. Seremos, portanto, três pessoas.

Com os melhores cumprimentos,
Maria de Fátima Rodrigues Sousa
Associação Cultural Portuguesa de Münster
Telef. 0251 / 66 04 21"""


@mail("sousa-portuguese-tres-pessoas", "2027-02-05 15:40:36",
      E("registration", "fatima.sousa@sapo-mail.example", "Maria de Fátima Rodrigues Sousa",
        "Associação Cultural Portuguesa de Münster", ["AG2"], 3, "pt"), "pt")
def _(m):
    m.head(("From", addr("Fátima Sousa", "fatima.sousa@sapo-mail.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", ew("Inscrição - 13 de março", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270205144036.5d1b7e@webmail.sapo-mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SOUSA_TEXT, div_html(SOUSA_TEXT, "font-family: Tahoma, sans-serif; font-size: 10pt;"),
                  charset="iso-8859-1", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Change: from "Arbeitsgruppe 3 in die Arbeitsgruppe 1" (only AG1 is the new
# choice); the granddaughter is a teacher (not an attendee); "Die
# Personenzahl bleibt unverändert".  Outlook plain text quoting the
# confirmation (AG 3, 1 person) under "-----Ursprüngliche Nachricht-----".

@mail("demirtas-change-ag3-to-ag1", "2027-02-08 10:12:29",
      E("change", "riza.demirtas@mail.example", "Rıza Demirtaş",
        "Verein Anatolischer Arbeitnehmer Münster e.V.", ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Rıza Demirtaş <riza.demirtas@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001a01db7a0b$6c3d2f10$44b78d30$@mail.example>"),
           ("In-Reply-To", conf_id("20270127163011", "4e2a")),
           ("References", conf_id("20270127163011", "4e2a")),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Bestätigung meiner Anmeldung.

Nach reiflicher Überlegung und einem Gespräch mit meiner Enkelin, die Lehrerin an einer Grundschule in Gievenbeck ist, möchte ich Sie höflich bitten, mich von der Arbeitsgruppe 3 in die Arbeitsgruppe 1 umzutragen. Das Thema Bildung liegt mir doch mehr am Herzen.

Die Personenzahl bleibt unverändert.

Mit freundlichen Grüßen
Rıza Demirtaş
Verein Anatolischer Arbeitnehmer Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Mittwoch, 27. Januar 2027 16:30
An: riza.demirtas@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Demirtaş", "AG3", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Long life story (Outlook HTML only, windows-1252 QP): born 1953, came 1973,
# five children, eleven grandchildren, two studying; at the MSO-Tag 2014 he
# was in "Arbeitsgruppe 2" (a memory); this time "Arbeitsgruppe I" = AG1;
# "Ich komme allein" = 1.  "mit vorzüglicher Hochachtung".

BOUZID_TEXT = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

zunächst möchte ich mich sehr herzlich für die Einladung bedanken, die mir unser Vereinsvorsitzender weitergeleitet hat.

Erlauben Sie mir, ein paar Worte über mich zu schreiben. Ich bin Abdelkader Bouzid, geboren 1953 in Nador im Norden von Marokko. Im Jahr 1973 kam ich als Bergmann nach Deutschland, zuerst nach Bottrop, und seit 1986 lebe ich mit meiner Familie in Münster. Ich habe fünf Kinder und elf Enkelkinder, und alle sind hier zur Schule gegangen. Zwei meiner Enkel studieren heute an der Universität Münster, darauf bin ich sehr stolz.

Beim Tag der Migrantenselbstorganisationen 2014 war ich schon einmal dabei. Damals war ich in der Arbeitsgruppe 2, und ich erinnere mich noch gut an die lebhaften Diskussionen unter dem Motto „Qualifizieren, Vernetzen, Handeln“.

Dieses Mal möchte ich gerne an der Arbeitsgruppe I teilnehmen, „Menschen mit Migrationsvorgeschichte im Bildungssystem“. Ich möchte erzählen, wie schwer es für unsere Kinder damals war, und hören, wie es heute ist.

Ich komme allein. Meine Frau bleibt zu Hause, weil sie an dem Samstag auf unsere jüngste Enkelin aufpasst.

Ich freue mich sehr auf den Tag und verbleibe

mit vorzüglicher Hochachtung

Abdelkader Bouzid
Marokkanischer Kultur- und Elternverein Münster e.V.
Dieckstraße 27, 48145 Münster
Tel. 0251 / 3 84 29 10"""


@mail("bouzid-life-story-outlook-html", "2027-02-09 11:55:42",
      E("registration", "a.bouzid@mail.example", "Abdelkader Bouzid",
        "Marokkanischer Kultur- und Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Abdelkader Bouzid <a.bouzid@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März"),
           ("Thread-Topic", "Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März"),
           ("Thread-Index", "AdtwQ8f2nKx4Vb7mR1qL0z9pHc3Ytg=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR02MB6120B7C4D1E2F3A5@PR3PR02MB6120.eurprd02.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BOUZID_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Italian: "il secondo gruppo di lavoro ...; se non ci fosse più posto, va
# bene anche il primo" = [AG2, AG1]; "Verremo in quattro: io, mia moglie ...
# e i nostri amici Pino e Rosa" = 4; 84 anni, 1960, founded 1989.  Gmail
# alternative, UTF-8 base64.

BELLOMO_TEXT = """Gentilissimi Signori,

con la presente desidero iscrivermi alla Giornata delle organizzazioni dei migranti del 13 marzo.

Sono Calogero Bellomo, ho 84 anni e sono venuto in Germania nel 1960 da Canicattì, in provincia di Agrigento. Sono socio del Comitato Anziani Italiani di Münster fin dalla sua fondazione nel 1989.

Vorrei partecipare al secondo gruppo di lavoro, quello sul futuro della città; se non ci fosse più posto, va bene anche il primo.

Verremo in quattro: io, mia moglie Carmela e i nostri amici Pino e Rosa Di Stefano, anche loro del Comitato.

Vi ringrazio di cuore e Vi porgo i miei più cordiali saluti.

Calogero Bellomo
Comitato Anziani Italiani di Münster
tel. 0251 / 27 35 90"""


@mail("bellomo-italian-four-persons", "2027-02-10 18:20:03",
      E("registration", "calogero.bellomo@mail.example", "Calogero Bellomo",
        "Comitato Anziani Italiani di Münster", ["AG2", "AG1"], 4, "it"), "it")
def _(m):
    m.head(("From", "Calogero Bellomo <calogero.bellomo@mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione 13 marzo"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5wT9rQ2mZ8kX1pN4bV7yLc0sHd3fGu6oEa9iRq5tWn2Kx8Bg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BELLOMO_TEXT, gmail_html(BELLOMO_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Sent from the family mailbox ("Familie Vlachos"), Reply-To is her own
# address, which she also asks the answer to go to.  She remembers the
# MSO-Tag 2018; "mit meinem Mann" = 2; "über 70"; "Arbeitsgruppe
# Zukunftsprozess" = AG2.

@mail("vlachou-family-mailbox-reply-to", "2027-02-11 09:33:17",
      E("registration", "eleni.vlachou@mail.example", "Eleni Vlachou",
        "Griechischer Frauenverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Familie Vlachos <familie.vlachos@mail.example>"),
           ("Reply-To", "Eleni Vlachou <eleni.vlachou@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Vlachou / MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d3f1a8e-0c52-4b96-a4e7-5f28b9d1c063-1770798797221@3c-app-mail-bs03>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

wir haben uns ja schon beim MSO-Tag 2018 kennengelernt, vielleicht erinnern Sie sich noch an mich – ich hatte damals die griechischen Kekse mitgebracht!

Sehr gerne möchte ich mich wieder anmelden, und zwar zusammen mit meinem Mann Dimitrios. Wir sind beide über 70 und nicht mehr so schnell, aber solche Tage lassen wir uns nicht entgehen.

Wir interessieren uns für die Arbeitsgruppe Zukunftsprozess.

Bitte antworten Sie an meine eigene Adresse (eleni.vlachou@mail.example), die Familienadresse liest nur mein Mann, und der vergisst alles.

Herzliche Grüße, auch von Dimitrios
Eleni Vlachou
Griechischer Frauenverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change, Italian: the wife cannot come (knee operation), so 1 person, and
# "passare dal gruppo di lavoro 1 al gruppo 3" = [AG3].  Thunderbird reply
# with an Italian attribution line quoting the confirmation (AG 1, 2).

@mail("lombardi-italian-change-size-and-group", "2027-02-12 17:05:50",
      E("change", "v.lombardi@libero-mail.example", "Vincenzo Lombardi",
        "Circolo Culturale Pugliese Münster", ["AG3"], 1, "it"), "it")
def _(m):
    m.head(("From", "Vincenzo Lombardi <v.lombardi@libero-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b8d2f0e4-1a7c-4e39-95b6-3c0e7d1f4a28@libero-mail.example>"),
           ("In-Reply-To", conf_id("20270201101502", "b3f0")),
           ("References", conf_id("20270201101502", "b3f0")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single(f"""Gentili Signori,

Vi ringrazio per la conferma della mia iscrizione.

Purtroppo devo comunicarVi che mia moglie Anna non potrà venire: dopo l'operazione al ginocchio il medico le ha detto di stare a casa ancora qualche settimana. Quindi verrò da solo.

Inoltre, se possibile, vorrei passare dal gruppo di lavoro 1 al gruppo 3, perché nella nostra associazione abbiamo appena cambiato il tesoriere e vorrei imparare qualcosa sui contributi.

Distinti saluti
Vincenzo Lombardi
Circolo Culturale Pugliese Münster

Il 01/02/2027 10:15, Tag der Migrantenselbstorganisationen ha scritto:
{gt_quote(confirmation("Herr Lombardi", "AG1", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 028 ---------------------------------------------------------------------
# German all in lower case, no capitals even for names; "arbeitsgruppe 3" =
# AG3; "ich komme allein" = 1; 74 jahre, seit 1988; the association in lower
# case as written.  UTF-8 8bit.

@mail("wisniewski-all-lower-case", "2027-02-14 12:40:25",
      E("registration", "s.wisniewski@mail.example", "stanisław wiśniewski",
        "polnischer seniorenclub st. hedwig münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "stanislaw wisniewski <s.wisniewski@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270214114025.31c7a2@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""guten tag

ich melde mich an für den mso tag am 13 märz. ich heiße stanisław wiśniewski, bin 74 jahre und seit 1988 in münster, ich bin im polnischen seniorenclub st. hedwig.

ich will gern in die arbeitsgruppe 3 weil wir im club immer probleme haben mit geld und anträgen.

ich komme allein, meine frau hat an dem tag chorprobe.

mit freundlichen grüßen
stanisław wiśniewski
polnischer seniorenclub st. hedwig münster
tel 0251 792 118
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Question, Spanish: fees, bringing her 12-year-old granddaughter, end time
# (bus line 6); "les enviaré mi inscripción la semana que viene" is a later
# registration.  A dash list of questions.  windows-1252 QP.

@mail("gonzalez-spanish-question", "2027-02-15 10:10:12",
      E("question", "pilar.gonzalez@telefonica-mail.example", "Pilar González Martín",
        "Círculo Cultural Andaluz de Münster", [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Pilar González Martín", "pilar.gonzalez@telefonica-mail.example",
                         "windows-1252")),
           ("To", MSO),
           ("Subject", "Preguntas sobre el 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<000301db7f8c$2a1b0c40$7e512490$@telefonica-mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es"),
           ("MIME-Version", "1.0"))
    m.single("""Estimados señores:

Soy socia del Círculo Cultural Andaluz de Münster desde 1979 y he recibido la invitación para el día 13 de marzo. Tengo 75 años y algunas preguntas antes de inscribirme:

- ¿Hay que pagar algo por la participación o por la comida?
- ¿Puedo llevar a mi nieta de 12 años? Ella me ayuda con el alemán.
- ¿A qué hora termina? Dependo del autobús de la línea 6 para volver a Coerde.

Si todo está bien, les enviaré mi inscripción la semana que viene.

Muchas gracias por su atención.
Un cordial saludo,
Pilar González Martín
""", charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Bounce: the confirmation to an old man's mailbox at a small provider is
# returned, mailbox full (552 5.2.2); Postfix multipart/report with the whole
# confirmation (AG 3, 2 persons) as message/rfc822.

@mail("postfix-bounce-mailbox-full", "2027-02-16 11:02:41",
      E("bounce", bounced="anton.kovac1949@altmail.example"), "en")
def _(m):
    rcpt = "anton.kovac1949@altmail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270216100241.3B7E21C4F0@mail.muenster.example>"),
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

<{rcpt}>: host mx.altmail.example[198.51.100.47] said:
    552 5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply
    to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3B7E21C4F0"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 16 Feb 2027 11:02:37 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.altmail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"=?utf-8?q?Anton_Kova=C4=8D?= <{rcpt}>", "Herr Kovač", "AG3", 2,
        "Tue, 16 Feb 2027 11:02:36 +0100", "<mailbot.20270216110236.9d4e@muenster.example>",
        "<000b01db8044$7f2e1d30$7d8b5790$@altmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 031 ---------------------------------------------------------------------
# Registration plus a question (sugar-free, no pork) from a Samsung phone;
# a form-like line "Arbeitsgruppe: Stadtentwicklung / Münsters Zukunft" =
# AG2 (two aliases of one group); "Mit mir kommt mein Freund Yusuf Bey, er ist
# 73" = 2; "70 Jahre", "seit 20 Jahre".

@mail("cakir-samsung-plus-diabetes-question", "2027-02-17 20:45:58",
      E("registration", "osman.cakir@mail.example", "Osman Çakır",
        "Mezopotamya Kulturverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Osman Çakır <osman.cakir@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.3."),
           ("Date", m.date),
           ("Message-ID", "<k3v8q1.1771357558.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich Osman Çakır möchte mich anmelden für 13.3. Tag der MSO. Ich bin 70 Jahre und Diabetiker seit 20 Jahre.

Arbeitsgruppe: Stadtentwicklung / Münsters Zukunft
Mit mir kommt mein Freund Yusuf Bey, er ist 73.

Frage: gibt es beim Essen auch etwas ohne Zucker und ohne Schweinefleisch?

Danke schön
Osman Çakır
Mezopotamya Kulturverein Münster e.V.

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change, Russian: "вместо третьей группы ... во вторую" = [AG2]; Gmail
# with a Russian attribution line quoting the confirmation (AG 3, 1); the
# Cyrillic signature is the name.  Gmail alternative, UTF-8 QP.

VOLKOVA_NEW = """Добрый день!

Спасибо за подтверждение. Я хотела бы поменять рабочую группу: вместо третьей группы, пожалуйста, запишите меня во вторую (Zukunftsprozess). Моя подруга из нашего клуба сказала, что там будут говорить о домах для пожилых людей, а это для нас очень важно.

Заранее большое спасибо!
Галина Волкова"""

VOLKOVA_ATTR = f"чт, 28 янв. 2027 г. в 11:20, Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("volkova-russian-change-to-second", "2027-02-18 09:20:34",
      E("change", "galina.volkova@mail.example", "Галина Волкова", None,
        ["AG2"], None, "ru"), "ru")
def _(m):
    conf = confirmation("Frau Volkova", "AG3", 1)
    m.head(("From", "Galina Volkova <galina.volkova@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM2zR8vN5qT1kY7pW3xB0mLh9sFc4eDu2oKa6iJq3rVt7Zn1Qe@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270128112002", "6a9c")),
           ("References", conf_id("20270128112002", "6a9c")),
           ("MIME-Version", "1.0"))
    plain = f"{VOLKOVA_NEW}\n\n{VOLKOVA_ATTR}\n\n{gt_quote(conf)}\n"
    html_text = (gmail_html(VOLKOVA_NEW).rstrip("\n")
                 + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(VOLKOVA_ATTR)}<br></div>'
                 + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in conf.split("\n"))
                 + "</blockquote></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Croatian ("radnoj skupini", "ožujka", "sudjelovati"); "radnoj skupini 1"
# = AG1; "Dolazim sa suprugom Antom, dakle nas dvoje" = 2; the society
# inflected in the text, base form in the signature.  Gmail alternative.

JURIC_TEXT = """Poštovani,

ovim putem prijavljujem se za Dan migrantskih organizacija (Tag der Migrantenselbstorganisationen) 13. ožujka 2027. u Münsteru.

Zovem se Ivanka Jurić, imam 70 godina i u Njemačkoj živim od 1974. U Hrvatskom kulturnom društvu "Zrinski" Münster aktivna sam već više od trideset godina, a danas vodim našu dopunsku školu hrvatskog jezika.

Željela bih sudjelovati u radnoj skupini 1 (obrazovanje).

Dolazim sa suprugom Antom, dakle nas dvoje.

S poštovanjem,
Ivanka Jurić
Hrvatsko kulturno društvo "Zrinski" Münster
Tel. 0251 / 48 17 72"""


@mail("juric-croatian", "2027-02-19 16:10:27",
      E("registration", "ivanka.juric@mail.example", "Ivanka Jurić",
        'Hrvatsko kulturno društvo "Zrinski" Münster', ["AG1"], 2, "hr"), "hr")
def _(m):
    m.head(("From", "Ivanka Jurić <ivanka.juric@mail.example>"),
           ("To", MSO),
           ("Subject", "Prijava za 13. ožujka"),
           ("Date", m.date),
           ("Message-ID", "<CAN4pX7tR1wQ9mZ2kV5bY8nLc3sGd6eHu0oFa4iTq1rWt9Mx5Jd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JURIC_TEXT, gmail_html(JURIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Cancellation by the widow from her late husband's address: he died; she
# asks to strike his registration.  Thunderbird reply quoting the
# confirmation (AG 2, 1).  The name is the registered attendee (see README).

@mail("marchetti-widow-cancels", "2027-02-22 10:00:14",
      E("cancellation", "e.marchetti@mail.example", "Ernesto Marchetti", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Ernesto Marchetti <e.marchetti@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e1f9a3c5-7b2d-4d80-a6e4-0c9b8d2f1e37@mail.example>"),
           ("In-Reply-To", conf_id("20270118120544", "2d8f")),
           ("References", conf_id("20270118120544", "2d8f")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

mit großer Trauer muss ich Ihnen mitteilen, dass mein lieber Mann Ernesto Marchetti am 19. Februar 2027 im Alter von 82 Jahren verstorben ist.

Er hatte sich sehr auf den Tag der Migrantenselbstorganisationen gefreut und sich im Januar noch angemeldet. Bitte streichen Sie seine Anmeldung. Ich schreibe von seiner E-Mail-Adresse, weil ich selbst keine habe.

Er war über 40 Jahre in seinem Verein aktiv und hätte sich bestimmt gefreut, wenn jemand an ihn denkt.

Mit freundlichen Grüßen
Lucia Marchetti

Am 18.01.2027 um 12:05 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Herr Marchetti", "AG2", 1))}
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Registration without a workgroup: "alle drei Themen sind interessant. Das
# entscheide ich lieber am Tag selbst" = []; birth date 3. Mai 1946, 1965,
# "4 Kinder, 9 Enkel und 2 Urenkel", seit 1998; "Ich komme allein" = 1.
# Place and date on top, "Hochachtungsvoll".  iso-8859-9 8bit.

@mail("guenes-no-workgroup-decides-on-the-day", "2027-02-23 11:15:06",
      E("registration", "aliriza.gunes@mail.example", "Ali Rıza Güneş",
        "Türkisch-Deutscher Seniorentreff Münster e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Ali Riza Gunes <aliriza.gunes@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<20270223101506.7e4b19@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Münster, 23.02.2027

Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März 2027 an.

Ich bin am 3. Mai 1946 in Kayseri geboren und 1965 nach Deutschland gekommen. Ich habe 4 Kinder, 9 Enkel und 2 Urenkel, Gott sei Dank. Seit 1998 bin ich im Türkisch-Deutschen Seniorentreff Münster.

In welche Arbeitsgruppe ich gehe, weiß ich noch nicht, alle drei Themen sind interessant. Das entscheide ich lieber am Tag selbst, wenn ich sehe, wo noch Stühle frei sind.

Ich komme allein.

Hochachtungsvoll
Ali Rıza Güneş
Türkisch-Deutscher Seniorentreff Münster e.V.
Tel. 0251 / 71 40 93
""", charset="iso-8859-9", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# Change, Portuguese, phrased as a question: add the husband, "Seríamos então
# duas pessoas, no mesmo grupo de trabalho" = party 2, no new workgroup.
# iPhone reply with a Portuguese attribution line, confirmation quoted
# (AG 1, 1).

@mail("pereira-portuguese-add-husband", "2027-02-24 14:30:48",
      E("change", "rosamaria.pereira@sapo-mail.example", "Rosa Maria Pereira", None,
        [], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Rosa Maria Pereira <rosamaria.pereira@sapo-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9C3F7A21-E5B8-4D06-A1F4-63B2D8E0C957@sapo-mail.example>"),
           ("In-Reply-To", conf_id("20270203094107", "e5c2")),
           ("References", conf_id("20270203094107", "e5c2")),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bom dia,

Muito obrigada pela confirmação da minha inscrição.

Queria perguntar se é possível acrescentar o meu marido, Joaquim Pereira. Ele ao princípio não queria ir, mas agora mudou de ideias. Seríamos então duas pessoas, no mesmo grupo de trabalho.

Muito obrigada e desculpem o incómodo.
Cumprimentos,
Rosa Maria Pereira

Enviado do meu iPhone

No dia 3/02/2027, às 09:41, Tag der Migrantenselbstorganisationen <{MSO}> escreveu:

{gt_quote(confirmation("Frau Pereira", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Formal registration "in Begleitung meines Ehemannes" = 2; "Arbeitsgruppe I";
# founded 1973, on the board 1979-2015; a phone number in the text and a
# street with a number in the signature.  Outlook alternative,
# windows-1252 QP.

GUTIERREZ_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich verbindlich zum Tag der Migrantenselbstorganisationen am 13. März 2027 an, in Begleitung meines Ehemannes Andrés López Vidal.

Unser Spanischer Elternverein Münster e.V. wurde 1973 von spanischen Gastarbeiterfamilien gegründet, damit unsere Kinder trotz der fremden Schule ihre Sprache nicht verlieren. Ich war von 1979 bis 2015 im Vorstand. Inzwischen sind es schon die Enkel, die zu uns kommen.

Wir möchten daher sehr gerne an der Arbeitsgruppe I teilnehmen.

Für Rückfragen erreichen Sie mich telefonisch unter 0251 / 52 33 87 (nachmittags).

Mit vorzüglicher Hochachtung

Carmen Gutiérrez Sánchez
Spanischer Elternverein Münster e.V.
Von-Esmarch-Straße 64
48149 Münster"""


@mail("gutierrez-in-begleitung-ehemann", "2027-02-25 09:45:39",
      E("registration", "carmen.gutierrez@mail.example", "Carmen Gutiérrez Sánchez",
        "Spanischer Elternverein Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Gutierrez Sanchez, Carmen" <carmen.gutierrez@mail.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtzP1c8mWq3Xb6nR0kL9y2pHf4Vrw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8251D6E2F3A4B1C0@AS8PR04MB8251.eurprd04.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(GUTIERREZ_TEXT, outlook_html(GUTIERREZ_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Cancellation, Turkish, from an iPhone: the wife is in hospital; "ikimizin
# kaydını iptal edin".  iOS Turkish attribution line, confirmation quoted
# (AG 2, 2).

@mail("toprak-turkish-cancel-iphone", "2027-02-26 19:12:03",
      E("cancellation", "sabri.toprak@mail.example", "Sabri Toprak", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Sabri Toprak <sabri.toprak@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3E8B1D47-A0C2-4F95-9D36-B7E4C1F20A58@mail.example>"),
           ("In-Reply-To", conf_id("20270212142205", "c7e1")),
           ("References", conf_id("20270212142205", "c7e1")),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sayın yetkililer,

Eşim geçen hafta hastaneye kaldırıldı, kalp ameliyatı olacak. Bu yüzden 13 Mart'ta gelemeyeceğiz. Lütfen ikimizin kaydını iptal edin.

Anlayışınız için teşekkür ederim. İnşallah seneye.

Sabri Toprak

iPhone'umdan gönderildi

12 Şub 2027 tarihinde 14:22 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunları yazdı:

{gt_quote(confirmation("Herr Toprak", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Question from someone already registered (he names his "Arbeitsgruppe 3"
# and his wife, but changes nothing): disabled parking near the
# Stadtweinhaus, "Merkzeichen aG".  New mail, no quote.  UTF-8 QP.

@mail("kostic-question-disabled-parking", "2027-03-01 10:05:22",
      E("question", "milorad.kostic@mail.example", "Milorad Kostić",
        "Club der Balkan-Senioren Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Milorad Kostic <milorad.kostic@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Parkplatz Stadtweinhaus"),
           ("Date", m.date),
           ("Message-ID", "<20270301090522.GB4410@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe mich im Januar für den 13. März angemeldet (Arbeitsgruppe 3, zusammen mit meiner Frau) und habe auch die Bestätigung bekommen, vielen Dank.

Nun habe ich noch eine Frage. Ich habe einen Schwerbehindertenausweis mit Merkzeichen aG und kann nicht weit laufen. Gibt es in der Nähe vom Stadtweinhaus einen Behindertenparkplatz, oder darf ich mit dem Auto bis vor die Tür fahren, um meine Frau und mich abzusetzen? Der Prinzipalmarkt ist ja eine Fußgängerzone, soviel ich weiß.

Für eine kurze Antwort wäre ich Ihnen sehr dankbar, gerne auch telefonisch unter 0251 / 68 20 45.

Mit freundlichen Grüßen
Milorad Kostić
Club der Balkan-Senioren Münster
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation, Greek: an eye operation on 10 March; Outlook alternative in
# UTF-8 with a Greek header block (Από:/Στάλθηκε:/Προς:/Θέμα:) over the
# quoted confirmation (AG 1, 1).

PAPADIMITRIOU_TEXT = """Αγαπητοί κύριοι,

Σας ευχαριστώ για την επιβεβαίωση. Δυστυχώς, λόγω προβλημάτων υγείας (θα χειρουργηθώ στο μάτι στις 10 Μαρτίου), δεν θα μπορέσω να παρευρεθώ στην εκδήλωση στις 13 Μαρτίου. Παρακαλώ ακυρώστε τη συμμετοχή μου.

Εύχομαι καλή επιτυχία στην εκδήλωση.

Με εκτίμηση,
Σταύρος Παπαδημητρίου"""

GREEK_LABELS = ("Από:", "Στάλθηκε:", "Προς:", "Θέμα:")


@mail("papadimitriou-greek-cancel-outlook", "2027-03-03 12:00:45",
      E("cancellation", "s.papadimitriou@mail.example", "Σταύρος Παπαδημητρίου", None,
        [], None, "el"), "el")
def _(m):
    m.head(("From", "Stavros Papadimitriou <s.papadimitriou@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbd7Yk9Vq2Xc1mR8pL3z0nHf6Wtg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB3354F1A2B3C4D5E6@AM0PR09MB3354.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270204110509", "1b4d")),
           ("References", conf_id("20270204110509", "1b4d")),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Πέμπτη, 4 Φεβρουαρίου 2027 11:05 πμ",
             "Stavros Papadimitriou <s.papadimitriou@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Papadimitriou", "AG1", 1))
    m.alternative(outlook_plain_x(PAPADIMITRIOU_TEXT, quote, GREEK_LABELS),
                  outlook_html_x(PAPADIMITRIOU_TEXT, quote, charset="utf-8",
                                 labels=GREEK_LABELS, lang="EL"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Change in capitals without umlauts: "VON ARBEITSGRUPPE 2 AUF ARBEITSGRUPPE
# 3" = [AG3] (only the new one); "ANZAHL BLEIBT 1 PERSON" changes no size.
# Reply quoting the confirmation (AG 2, 1) with ">", us-ascii body but the
# quoted confirmation needs UTF-8: UTF-8 QP.

@mail("yavuz-caps-change-2-to-3", "2027-03-04 09:00:19",
      E("change", "hamdi.yavuz@aol-mail.example", "HAMDI YAVUZ", None,
        ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "HAMDI YAVUZ <hamdi.yavuz@aol-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c0e3b9a-52d1-4f8e-b6a4-e1d9f0c27b83@aol-mail.example>"),
           ("In-Reply-To", conf_id("20270215173344", "0f6b")),
           ("References", conf_id("20270215173344", "0f6b")),
           ("X-Mailer", "AOL Webmail 43781-STANDARD"),
           ("MIME-Version", "1.0"))
    m.single(f"""SEHR GEEHRTE DAMEN UND HERREN

BITTE AENDERN SIE MEINE ANMELDUNG VON ARBEITSGRUPPE 2 AUF ARBEITSGRUPPE 3. MEIN SOHN HAT GESAGT DA GEHT ES UM GELD FUER DEN VEREIN UND DAS BRAUCHEN WIR.

ANZAHL BLEIBT 1 PERSON.

DANKE
HAMDI YAVUZ


-----Original-Mitteilung-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
An: hamdi.yavuz@aol-mail.example
Verschickt: Mo, 15. Feb. 2027 17:33
Betreff: {CONFIRMATION_SUBJECT}

{gt_quote(confirmation("Herr Yavuz", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Holiday auto-reply to the 7-day reminder, recognisable by the subject
# ("Abwesenheitsnotiz") and X-Autoreply only; it names dates, a son and his
# phone number, and that she will come back before the event.

@mail("karagianni-abwesenheitsnotiz-reminder", "2027-03-06 10:00:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Dimitra Karagianni <d.karagianni@gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772787631.44812@gmx-mail.example>"),
           ("In-Reply-To", "<mailbot.20270306100004.reminder.8e21@muenster.example>"),
           ("References", "<mailbot.20270306100004.reminder.8e21@muenster.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis zum 10. März 2027 verreist (Besuch bei meiner Familie in Thessaloniki) und lese meine E-Mails in dieser Zeit nicht. Ab dem 11. März bin ich wieder erreichbar.

In dringenden Fällen rufen Sie bitte meinen Sohn an: 0171 / 5 62 38 11.

Mit freundlichen Grüßen
Dimitra Karagianni
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation, Polish: after pneumonia her doctor forbids longer outings;
# "mam już 82 lata"; "Proszę o skreślenie mnie z listy uczestników".
# Thunderbird (Polish attribution line), windows-1250 QP (the quoted
# confirmation has an en dash, which iso-8859-2 lacks); name in the header
# as an iso-8859-2 encoded word.  Confirmation quoted (AG 3, 1).

@mail("kaminska-polish-cancel", "2027-03-08 18:30:57",
      E("cancellation", "krystyna.kaminska@poczta-mail.example", "Krystyna Kamińska", None,
        [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krystyna Kamińska", "krystyna.kaminska@poczta-mail.example",
                         "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0d4b8e2f-6a19-4c73-9e50-b2f7a1d3c864@poczta-mail.example>"),
           ("In-Reply-To", conf_id("20270120160211", "5a3e")),
           ("References", conf_id("20270120160211", "5a3e")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Szanowni Państwo,

z przykrością muszę odwołać swoje uczestnictwo w Dniu Organizacji Migrantów 13 marca. Mój lekarz zabronił mi na razie dłuższych wyjść z domu po zapaleniu płuc, a mam już 82 lata i muszę na siebie uważać.

Proszę o skreślenie mnie z listy uczestników. Bardzo żałuję, bo co roku chętnie przychodziłam.

Z poważaniem
Krystyna Kamińska

W dniu 20.01.2027 o 16:02, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(confirmation("Frau Kamińska", "AG3", 1))}
""", charset="windows-1250", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Serbian in Cyrillic (ekavian: "разумевању", "две"): he and
# his wife travel to Serbia, his brother is ill.  Gmail with a Serbian
# attribution line, UTF-8 base64; confirmation quoted (AG 2, 2).

NIKOLIC_NEW = """Поштовани,

нажалост, морам да откажем наше учешће на Дану мигрантских организација 13. марта. Моја супруга и ја хитно путујемо у Србију, јер је мој брат тешко болестан.

Молим вас да откажете нашу пријаву за две особе.

Хвала на разумевању.
Срдачан поздрав,
Драгољуб Николић"""


@mail("nikolic-serbian-cyrillic-cancel", "2027-03-10 07:45:12",
      E("cancellation", "dragoljub.nikolic@mail.example", "Драгољуб Николић", None,
        [], None, "sr"), "sr")
def _(m):
    conf = confirmation("Herr Nikolić", "AG2", 2)
    attr = f"уто, 2. феб 2027. у 19:14 Tag der Migrantenselbstorganisationen <{MSO}> је написао/ла:"
    m.head(("From", "Dragoljub Nikolic <dragoljub.nikolic@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP6vY3sW8nR2kT5qZ1xB9mLc4sJd7eFu0oHa3iUq6rXt2Nw8Le@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270202191402", "8b2c")),
           ("References", conf_id("20270202191402", "8b2c")),
           ("MIME-Version", "1.0"))
    plain = f"{NIKOLIC_NEW}\n\n{attr}\n\n{gt_quote(conf)}\n"
    html_text = (gmail_html(NIKOLIC_NEW).rstrip("\n")
                 + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
                 + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in conf.split("\n"))
                 + "</blockquote></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "tr", "it", "es", "pt", "pl", "el", "ru", "bs", "hr", "sr", "en")


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


def label_problems(e):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and 1 <= ps <= 20):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']!r}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


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
    problems += label_problems(expected)
    if problems:
        return problems
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        # labels must agree with the mail: the email is From/Reply-To or
        # named in the text; name and organisation are written in the mail
        own = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h]
               for a in msg[h].addresses]
        body = "\n".join(p.get_content() for p in leaves(msg)
                         if p.get_content_maintype() == "text")
        if expected["email"] not in own and expected["email"] not in body.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if msg["Reply-To"] and expected["email"] != own[-1]:
            problems.append("Reply-To present but not the expected email")
        heads = " ".join(str(msg[h]) for h in ("From", "Reply-To", "Subject") if msg[h])
        hay = html.unescape(heads + "\n" + body).casefold()
        for k in ("name", "organisation"):
            if expected[k] and expected[k].casefold() not in hay:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if not msg["In-Reply-To"]:
            problems.append("change/cancellation should answer the confirmation")
        if "Angemeldete Personen:" not in text:
            problems.append("change/cancellation should quote the confirmation")
    return problems


def corpus_problems(built, datas):
    """Problems across mails: no sender twice, unique Message-IDs."""
    problems = []
    senders = collections.Counter()
    ids = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for a in msg["From"].addresses:
            senders[a.addr_spec.lower()] += 1
        ids[str(msg["Message-ID"])] += 1
    problems += [f"sender {s} appears {n} times" for s, n in senders.items() if n > 1]
    problems += [f"Message-ID {i} appears {n} times" for i, n in ids.items() if n > 1]
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda t: (-sum(
        v for (l, _), v in table.items() if l == t), t))
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
    print("language of the text x kind:")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for t in langs:
        row = [table[(t, k)] for k in KINDS]
        print(f"  {t:3} " + " ".join(f"{v or '':>5}" for v in row) + f" {sum(row):>5}")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.is_dir() else []
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
        # re-read what was written
        datas = [(mails_dir / name).read_bytes() for name, *_ in built]
        if json.loads((HERE / "expected.json").read_text(encoding="utf-8")) != expected:
            print("expected.json does not read back")
            bad += 1

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in corpus_problems(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
