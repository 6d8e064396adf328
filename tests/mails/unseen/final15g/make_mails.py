#!/usr/bin/env python3
"""Build the "partial attendance" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

45 mails to the MSO-Tag 2027 mailbox from people who come only for part of the
day: only the morning plenary, only an afternoon workgroup, late or leaving
early, only for lunch or the Markt der Vereine, two workgroups one after the
other, companions for part of the day, and people asking whether they have to
pick a workgroup at all; ordinary registrations and machine mail for contrast.

Every mail text below is written by hand.  This script only wraps the texts in
MIME with the standard `email` package, writes the files, and reads every file
back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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
# texts that several mails quote (the organisers' own mails)
# ---------------------------------------------------------------------------

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270111093004@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"
CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive aus den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet im Stadtweinhaus (Prinzipalmarkt 8,
48143 Münster) der diesjährige Tag der Migrantenselbstorganisationen statt.
Wir freuen uns, wenn Sie dabei sind!

Programm
10:00 Uhr  Ankommen und Begrüßung
10:30 Uhr  Plenum: Impulsvortrag und Gesprächsrunde
12:30 Uhr  Mittagsimbiss und Markt der Vereine im Foyer
13:30 Uhr  Arbeitsgruppen (parallel)
           AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
           AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen
                 mit Migrationsvorgeschichte
           AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement
15:15 Uhr  Ergebnisse im Plenum
16:00 Uhr  Ende

Auf dem Markt der Vereine können sich Organisationen an einem eigenen
Tisch vorstellen. Wenn Sie einen Tisch möchten, schreiben Sie es uns bitte
mit der Anmeldung.

Anmeldung bis 6. März 2027 per E-Mail an mso-tag@muenster.example mit
Name, Organisation, Zahl der Personen und gewünschter Arbeitsgruppe.
Die Teilnahme ist kostenfrei.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
    None: "keine angegeben",
}


def confirmation(salutation, ag, persons, note=""):
    """The confirmation the mailbox sent (quoted in replies)."""
    note = f"\n{note}\n" if note else ""
    return f"""Guten Tag {salutation},

wir haben Ihre Anmeldung zum Tag der Migrantenselbstorganisationen am
Samstag, 13. März 2027 (10:00–16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8)
erhalten und bestätigen sie hiermit.

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}
{note}
Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese
Nachricht.

Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder(salutation, ag, persons):
    """The 7-day reminder."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet der Tag
der Migrantenselbstorganisationen im Stadtweinhaus, Prinzipalmarkt 8,
statt. Einlass ist ab 9:45 Uhr, wir beginnen um 10:00 Uhr.

Ihre Anmeldung
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Falls Sie doch nicht kommen können, geben Sie uns bitte kurz Bescheid,
damit wir den Platz weitergeben können.

Bis bald!
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def conf_id(stamp):
    """Message-ID of a confirmation or reminder sent at YYYYMMDDHHMMSS."""
    return f"<mailbot.{stamp}.{_h('conf', stamp)[:4]}@muenster.example>"


def organiser_message(to, subject, body, when, msgid, in_reply_to=None):
    """A whole mail from the organisers (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated" if in_reply_to is None else "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}

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


def outlook_html(text, quote=None, charset="Windows-1252"):
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
    head = OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={charset}")
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


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (programme with all three AGs
# and the times).  She registers for AG 2 but will arrive only around 11:30,
# after the start of the plenary: late arrival does not change the labels.

@mail("holtkamp-late-arrival-quoting-invitation", "2027-01-12 15:47:21",
      E("registration", "renate.holtkamp@stadtteilbuero-kinderhaus.example", "Renate Holtkamp",
        "Stadtteilbüro Kinderhaus", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Renate Holtkamp <renate.holtkamp@stadtteilbuero-kinderhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5e0b8c21-4f7d-4a3e-9c16-b2d87e1f0a53@stadtteilbuero-kinderhaus.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung, da bin ich gern wieder dabei. Bitte tragen
Sie mich für die AG 2 ein.

Eine kleine Einschränkung: Samstags habe ich bis 11 Uhr offene Sprechstunde
im Stadtteilbüro, ich werde also erst gegen halb zwölf im Stadtweinhaus
sein und den Impulsvortrag leider verpassen. Ich setze mich dann leise
nach hinten.

Herzliche Grüße aus Kinderhaus
Renate Holtkamp

-- 
Stadtteilbüro Kinderhaus
Sprickmannplatz 4 · 48159 Münster
Tel. 0251 / 21 44 07

Am 11.01.27 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Gmail multipart/alternative.  Only the morning plenary, explicitly no
# workgroup ("Plenum ja, Arbeitsgruppe nein"): a registration with [].

DEMIR_TEXT = """Hallo liebes Orga-Team,

ich möchte mich für den MSO-Tag am 13.03. anmelden, allerdings nur für den Vormittag. Mittags muss ich los, mein Cousin heiratet an dem Wochenende und ich bin für den Polterabend eingespannt 🙈

Also: Plenum ja, Arbeitsgruppe nein. Falls Sie für die AGs planen, zählen Sie mich bitte nicht mit.

Viele Grüße
Serkan Demir
Jugendreferent
Deutsch-Türkischer Kulturverein Hiltrup e.V."""


@mail("demir-nur-plenum-keine-ag", "2027-01-12 19:20:37",
      E("registration", "serkan.demir@mail.example", "Serkan Demir",
        "Deutsch-Türkischer Kulturverein Hiltrup e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Serkan Demir <serkan.demir@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (nur vormittags)"),
           ("Date", m.date),
           ("Message-ID", "<CAF3xk9Rw2nT0pQ7vL5mZ8bY1cH4sD6gJ0eU3aK9oN2iB7vM5qTe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, gmail_html(DEMIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Turkish, multipart/alternative, UTF-8 base64.  She teaches Turkish at the
# association on Saturday mornings and comes only for the afternoon
# workgroup: "3. grup, yani dernek yönetimi ve destek imkânları" = AG 3.

KOC_TEXT = """Merhaba,

13 Mart'taki Göçmen Örgütleri Günü'ne katılmak istiyorum. Ancak cumartesi sabahları dernekte çocuklara Türkçe dersi veriyorum, o yüzden sabahki oturuma yetişemeyeceğim. Öğleden sonra 13:30'da başlayan çalışma gruplarına gelebilirim: 3. grup, yani dernek yönetimi ve destek imkânları. Benim için en önemli konu zaten bu.

Saygılarımla,
Hatice Koç
Münster Türk Kadınları Derneği"""


@mail("koc-turkish-only-afternoon-ag3", "2027-01-13 07:58:12",
      E("registration", "hatice.koc@mail.example", "Hatice Koç",
        "Münster Türk Kadınları Derneği", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Koç", "hatice.koc@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("MSO günü - öğleden sonra katılım", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768287492.348127.yahoo-mail.example@mail.example>"),
           ("X-Mailer", "WebService/1.1.22941 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(KOC_TEXT, div_html(KOC_TEXT, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="base64")


# -- 004 ---------------------------------------------------------------------
# English, Gmail.  She wants to sit in on AG 1 and then move to AG 3 "for the
# second half"; AG 1 is her priority.  Label: both, in her order.

ADEYEMI_TEXT = """Hello,

I'd like to register for the MSO-Tag on 13 March. I run the youth programme at our association and two of the workgroups are relevant for us, so if possible I'd like to start in AG 1 (education) and then move over to AG 3 (funding / association management) for the second half. If that doesn't work, AG 1 is my priority.

Looking forward to it!

Best,
Grace Adeyemi
Youth Coordinator, Nigerian Community Münster e.V."""


@mail("adeyemi-english-ag1-then-ag3", "2027-01-13 11:30:44",
      E("registration", "grace.adeyemi@mail.example", "Grace Adeyemi",
        "Nigerian Community Münster e.V.", ["AG1", "AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Grace Adeyemi <grace.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO-Tag 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAHq7Tz1oP4vR9wX2mB6nK3sL8dF0gJ5cE7aU1yN4iQ9xW2rTbv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Learner German from a phone.  Asks whether one must choose a workgroup and
# whether only listening in the morning is possible; he will write again to
# register ("dann ich schreibe nochmal für Anmeldung"): a question.

@mail("alhamoud-muss-man-ag-waehlen", "2027-01-13 22:14:05",
      E("question", "yasser.alhamoud@mail.example", "Yasser Alhamoud",
        "Syrisch-Deutscher Kulturverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Yasser Alhamoud <yasser.alhamoud@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage"),
           ("Date", m.date),
           ("Message-ID", "<CAOm2vZ8pR1qT6wK0nX4bL7sJ3dG9hF5cY2aE8uN1iV6oQ3rWxs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich habe Einladung bekommen von unser Verein. Ich möchte gern kommen aber ich habe eine Frage. Muss man eine Arbeitsgruppe wählen? Mein Deutsch ist nicht so gut für Diskusion in kleine Gruppe, ich denke für mich ist besser nur zuhören am Vormittag. Geht das auch ohne AG?

Wenn ja dann ich schreibe nochmal für Anmeldung.

Danke
Yasser Alhamoud
Syrisch-Deutscher Kulturverein Münster

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Arabic, Gmail RTL, UTF-8 base64.  Only the Markt der Vereine at lunchtime,
# with a table; "لن نشارك في مجموعات العمل" = we will not take part in the
# workgroups; "سنكون شخصين" = we will be two; date in Arabic-Indic digits.
# The Arabic signature is the name; the From display name is Latin.

ALSALEH_TEXT = """مرحباً،

نحن جمعية صغيرة للنساء العربيات في مونستر، ونودّ أن نشارك في يوم منظمات المهاجرين يوم ١٣ مارس، لكن فقط في سوق الجمعيات وقت الظهر. نريد طاولة صغيرة لنعرض نشاطاتنا ونوزّع منشورات باللغتين العربية والألمانية.

لن نشارك في مجموعات العمل، وسنكون شخصين: أنا وزميلتي سماح.

هل يمكن أن تؤكدوا لنا الطاولة؟

مع التحية،
رنا الصالح
جمعية نساء الشرق في مونستر"""


@mail("alsaleh-arabic-markt-der-vereine-only", "2027-01-14 10:02:56",
      E("registration", "rana.alsaleh@mail.example", "رنا الصالح",
        "جمعية نساء الشرق في مونستر", [], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rana Alsaleh <rana.alsaleh@mail.example>"),
           ("To", MSO),
           ("Subject", ew("المشاركة في سوق الجمعيات", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJv5Rn2kT8qW1pY4mZ7bX0sL3hD6gF9cE2aU5oN8iK1vQ4rTzc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALSALEH_TEXT, gmail_html(ALSALEH_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Polish, Thunderbird, UTF-8 quoted-printable.  Two persons: she stays all
# day for AG 2, her colleague comes only for the morning plenary and is "not
# signed up for any group".  party_size counts both.

@mail("kowalczyk-polish-colleague-morning-only", "2027-01-14 16:40:09",
      E("registration", "j.kowalczyk@polski-klub-ms.example", "Joanna Kowalczyk",
        "Polski Klub Kulturalny Münster e.V.", ["AG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Joanna Kowalczyk <j.kowalczyk@polski-klub-ms.example>"),
           ("To", MSO),
           ("Subject", "=?UTF-8?Q?Zg=C5=82oszenie_-_MSO-Tag_13.03.?="),
           ("Date", m.date),
           ("Message-ID", "<a7d3e9f1-08c2-4b5e-9f61-3c2e7b4d8a10@polski-klub-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migranckich 13 marca.
Będziemy we dwie: ja i moja koleżanka Agnieszka Wróbel.

Ja zostaję na cały dzień i wybieram grupę roboczą nr 2 (przyszłość
Münster). Agnieszka przyjdzie tylko na część przedpołudniową, na plenum –
po obiedzie musi wracać do dzieci, więc do żadnej grupy jej nie zapisujemy.

Pozdrawiam serdecznie
Joanna Kowalczyk
Polski Klub Kulturalny Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Network newsletter (other): describes the programme parts, the workgroups,
# the Markt der Vereine and the deadline, but registers no one.

RUNDBRIEF_TEXT = """Rundbrief des Netzwerks Migrationsarbeit Münster – Januar 2027

Liebe Netzwerkpartnerinnen und -partner,

hier die wichtigsten Termine und Hinweise für die nächsten Wochen:

1. Tag der Migrantenselbstorganisationen am 13. März
Das Kommunale Integrationszentrum lädt wieder ins Stadtweinhaus ein. Vormittags gibt es ein Plenum, mittags den Markt der Vereine, nachmittags drei Arbeitsgruppen zu Bildung, Münsters Zukunftsprozess und Vereinsförderung. Die Anmeldung läuft bis 6. März direkt beim Integrationszentrum. Wir vom Netzwerk sind mit einem Tisch auf dem Markt der Vereine vertreten – kommen Sie vorbei!

2. Förderaufruf „Engagiert vor Ort“
Bis zum 28. Februar können Vereine Anträge für Kleinprojekte bis 2.500 Euro stellen. Alle Infos: https://www.netzwerk-migration-ms.example/foerderung

3. Fortbildung „Kassenführung im Verein“
Donnerstag, 4. Februar, 18 bis 20 Uhr, Volkshochschule am Aegidiimarkt. Anmeldung über die VHS.

Viele Grüße
Ihr Koordinationsteam

--
Sie erhalten diesen Rundbrief, weil Sie in unserem Verteiler eingetragen sind.
Abmelden: https://www.netzwerk-migration-ms.example/abmelden"""


def rundbrief_html(text):
    blocks = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if re.match(r"\d\. ", lines[0]):
            blocks.append(f"<h3 style=\"color:#1f5c8b;font-size:16px;margin:18px 0 4px\">{esc(lines[0])}</h3>")
            lines = lines[1:]
        body = "<br>\n".join(esc(x) for x in lines)
        body = re.sub(r"(https://[\w./-]+)", r'<a href="\1">\1</a>', body)
        blocks.append(f"<p style=\"margin:0 0 10px\">{body}</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Rundbrief</title></head>\n"
            "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">\n"
            "<table width=\"600\" align=\"center\" cellpadding=\"12\"><tr><td>\n"
            + "\n".join(blocks) + "\n</td></tr></table>\n</body></html>\n")


@mail("netzwerk-rundbrief-januar", "2027-01-15 09:12:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Migrationsarbeit Münster <rundbrief@netzwerk-migration-ms.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Rundbrief Januar 2027: MSO-Tag, Förderaufruf, Fortbildung"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-01.4471@netzwerk-migration-ms.example>"),
           ("List-Id", "Rundbrief Netzwerk Migrationsarbeit <rundbrief.netzwerk-migration-ms.example>"),
           ("List-Unsubscribe", "<https://www.netzwerk-migration-ms.example/abmelden>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sendinblue"),
           ("MIME-Version", "1.0"))
    m.alternative(RUNDBRIEF_TEXT, rundbrief_html(RUNDBRIEF_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Change (English, Gmail reply).  She had asked for AG 1 and then AG 3; the
# confirmation told her the workgroups run in parallel and put her in AG 1.
# She now wants AG 3 instead.  The quoted confirmation names AG 1.  Her
# registration is not in this set.

TANUI_CONF = confirmation(
    "Frau Tanui", "AG1", 1,
    "Hinweis: Die drei Arbeitsgruppen finden gleichzeitig statt, ein Wechsel\n"
    "zwischendurch ist leider nicht möglich. Wir haben Sie deshalb für Ihre\n"
    "erste Wahl eingetragen.")


@mail("tanui-change-to-ag3-parallel", "2027-01-15 14:25:31",
      E("change", "rebecca.tanui@mail.example", "Rebecca Tanui", None, ["AG3"], None, "en"), "en")
def _(m):
    cid = conf_id("20270114110608")
    m.head(("From", "Rebecca Tanui <rebecca.tanui@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHq7Tz3mW0vR2kY5nB8pL1sD4gF7hJ0cE9aU3yN6iQ2xT5rVcd@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    new = """Hi,

thanks for the quick confirmation! Ah, I hadn't realised the workgroups run at the same time. In that case could you please put me in AG 3 instead of AG 1? Funding is the more pressing issue for us right now, our women's project grant runs out in June.

Thanks a lot,
Rebecca"""
    attr = f"On Thu, 14 Jan 2027 at 11:06, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"
    text = f"{new}\n\n{attr}\n\n{gt_quote(TANUI_CONF)}"
    quote_html = "<br>".join(esc(x) for x in TANUI_CONF.split("\n"))
    html_text = (f"{gmail_html(new).rstrip()}<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 f"On Thu, 14 Jan 2027 at 11:06, Tag der Migrantenselbstorganisationen &lt;"
                 f"<a href=\"mailto:{MSO}\">{MSO}</a>&gt; wrote:<br></div>"
                 f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{quote_html}</blockquote></div>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Farsi, UTF-8 base64, Persian digits.  Arrives at 13:30 after a work shift,
# only workgroup one ("گروه کاری اول (آموزش و مدرسه)"), and leaves at three,
# before the closing plenary.  "If this way of taking part is no problem,
# please register me" is a registration.

NOROUZI_TEXT = """سلام و وقت بخیر،

من مایلم در روز سازمان‌های مهاجران در تاریخ ۱۳ مارس شرکت کنم. متأسفانه صبح نمی‌توانم بیایم چون شیفت کاری دارم؛ حدود ساعت ۱:۳۰ بعدازظهر می‌رسم و می‌خواهم فقط در گروه کاری اول (آموزش و مدرسه) شرکت کنم. ساعت سه هم باید بروم، یعنی برای جمع‌بندی پایانی نمی‌توانم بمانم.

اگر این طور شرکت کردن مشکلی ندارد، لطفاً اسم مرا ثبت کنید.

با سپاس
مریم نوروزی
انجمن زنان ایرانی مونستر"""


@mail("norouzi-farsi-late-and-early-ag1", "2027-01-15 21:48:17",
      E("registration", "maryam.norouzi@mail.example", "مریم نوروزی",
        "انجمن زنان ایرانی مونستر", ["AG1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Norouzi <maryam.norouzi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز سازمان‌های مهاجران", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAMx4Pq9rT2wV7kZ0nB3mL6sH1dG8fJ4cY5aE2uN7iR0oQ9vWfa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOROUZI_TEXT, gmail_html(NOROUZI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 quoted-printable.  A district councillor
# asks whether he may come only at lunchtime to the Markt der Vereine and
# whether he has to register for that at all: a question, no registration.

POHLMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

als Mitglied der Bezirksvertretung Münster-Nord würde ich gern beim Tag der Migrantenselbstorganisationen vorbeischauen. Vormittags habe ich allerdings einen anderen Termin, und für die Arbeitsgruppen am Nachmittag reicht meine Zeit auch nicht.

Deshalb meine Frage: Ist es möglich, nur in der Mittagspause zum Markt der Vereine zu kommen, um mit den Vereinen ins Gespräch zu kommen? Und muss ich mich dafür überhaupt anmelden, oder ist der Markt offen zugänglich?

Mit freundlichen Grüßen

Jürgen Pohlmann
Bezirksvertretung Münster-Nord"""


@mail("pohlmann-nur-markt-anmeldung-noetig-question", "2027-01-16 11:00:48",
      E("question", "j.pohlmann@bv-nord.example", "Jürgen Pohlmann",
        "Bezirksvertretung Münster-Nord", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Pohlmann, Jürgen" <j.pohlmann@bv-nord.example>'),
           ("To", TO_MSO),
           ("Subject", "Markt der Vereine – Anmeldung erforderlich?"),
           ("Thread-Topic", "Markt der Vereine – Anmeldung erforderlich?"),
           ("Thread-Index", "AdtoB2k9Lq0vZ3xRm7wS1pT4yE8nFQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB6714A2C4E1F03B7D9E5C8A21BD4E2@DB9PR08MB6714.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(POHLMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# French, iso-8859-15 quoted-printable.  Arrives around 11:30 by train, in the
# middle of the plenary; afternoon "atelier 2".

@mail("ndiaye-french-train-arrives-late-ag2", "2027-01-18 08:15:02",
      E("registration", "aissatou.ndiaye@mail.example", "Aïssatou Ndiaye",
        "Association des Sénégalais de Münster et environs", ["AG2"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aïssatou Ndiaye", "aissatou.ndiaye@mail.example", "iso-8859-15")),
           ("To", MSO),
           ("Subject", ew("Inscription journée du 13 mars", "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<1768720502.5521.ndiaye@mail.example>"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF122 (Linux)/9.0.0_GA_4583)"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je souhaite m'inscrire à la journée des organisations de migrants du
13 mars. Je travaille à Osnabrück et le premier train utile n'arrive à
Münster qu'à 11h10 : je serai donc là vers 11h30, en pleine séance
plénière. J'espère que ce n'est pas gênant.

L'après-midi, je voudrais participer à l'atelier 2 sur l'avenir de Münster.

Bien cordialement,
Aïssatou Ndiaye
Association des Sénégalais de Münster et environs
""", charset="iso-8859-15", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Spanish, Apple Mail alternative.  Plenary and lunch only, leaves at 13:30,
# "no me apunto a ningún grupo de trabajo": registration with [].

FERNANDEZ_TEXT = """Hola:

Me gustaría inscribirme en la jornada del 13 de marzo. Solo podré estar por la mañana: me quedo a la sesión plenaria y a la comida, pero a las 13:30 tengo que irme, así que no me apunto a ningún grupo de trabajo.

¡Gracias y hasta pronto!

Lucía Fernández Ortega
Asociación Latinoamericana de Münster"""


@mail("fernandez-spanish-morning-and-lunch", "2027-01-18 12:40:29",
      E("registration", "luciafdez@correo.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster", [], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández", "luciafdez@correo.example", "utf-8")),
           ("Subject", ew("Inscripción jornada 13 de marzo", "utf-8")),
           ("Message-Id", "<7F2C9A41-3B6E-4D1F-8E0A-5C9B2D7E4F16@correo.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(FERNANDEZ_TEXT, apple_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 014 ---------------------------------------------------------------------
# Russian, windows-1251 quoted-printable.  Her 17-year-old daughter joins only
# after lunch, for workgroup 1 too: two persons.  Cyrillic signature, Latin
# display name.

@mail("belova-russian-daughter-afternoon", "2027-01-19 09:40:13",
      E("registration", "olga.belova@mail.example", "Ольга Белова",
        "Культурный центр «Радуга»", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Belova <olga.belova@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1273311768811213@mail-sas1-7b2c.mail.example>"),
           ("X-Mailer", "Yamail [ http://yandex.example ] 5.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на День организаций мигрантов 13 марта. Выбираю
рабочую группу 1 (образование).

Со мной будет дочь, ей 17 лет, она собирается поступать на педагогический.
Утром у неё занятия, поэтому она подойдёт только к обеду и пойдёт со мной
в группу 1. Надеюсь, это возможно.

С уважением,
Ольга Белова
Культурный центр «Радуга»
Мюнстер
""", charset="windows-1251", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Ordinary registration for contrast: Outlook HTML only, UTF-8, three named
# persons for AG 3.

MARKOVIC_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Tag der Migrantenselbstorganisationen am 13. März 2027 an. Wir kommen mit drei Personen und möchten an der AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement) teilnehmen.

Teilnehmende:
Vesna Marković
Dragan Ilić
Milena Jovanović

Mit freundlichen Grüßen
Vesna Marković
Kassiererin
Serbischer Kultur- und Sportverein „Sloga“ Münster e.V."""


@mail("markovic-outlook-three-persons-ag3", "2027-01-19 17:05:50",
      E("registration", "v.markovic@sloga-muenster.example", "Vesna Marković",
        "Serbischer Kultur- und Sportverein „Sloga“ Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Vesna Marković <v.markovic@sloga-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtqC4m2Vx8pRz1nLw5tK0sY3bE7hA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB5890E7B1C2D4F6A8B0C2D4E6F8A0B2C4@AM0PR03MB5890.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MARKOVIC_TEXT, charset="utf-8"), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Ordinary Turkish registration from an iPhone, UTF-8 8bit: two persons for
# the second workgroup.

@mail("sen-turkish-iphone-two-ag2", "2027-01-20 10:30:22",
      E("registration", "mustafa.sen@mail.example", "Mustafa Şen",
        "Münster Alevi Kültür Derneği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mustafa Şen", "mustafa.sen@mail.example", "utf-8")),
           ("To", MSO),
           ("Subject", ew("Kayıt 13 Mart", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<E4A1C7B9-2D5F-4E83-B06A-9F3C1D8E2B47@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Merhabalar,
13 Mart'taki toplantıya 2 kişi olarak katılmak istiyoruz, 2. çalışma grubuna (Münster'in geleceği). Ben ve dernek başkanımız Ali Bey.
Teşekkürler
Mustafa Şen
Münster Alevi Kültür Derneği

iPhone'umdan gönderildi
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Ordinary English registration (Mutt, UTF-8 8bit): first and second choice.

@mail("osei-english-first-second-choice", "2027-01-21 13:13:40",
      E("registration", "d.osei@ghana-union-ms.example", "Daniel Osei",
        "Ghana Union Münster e.V.", ["AG3", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniel Osei <d.osei@ghana-union-ms.example>"),
           ("To", MSO),
           ("Subject", "MSO Day registration"),
           ("Date", m.date),
           ("Message-ID", "<20270121121340.GA8812@ghana-union-ms.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir or Madam,

Please register me for the MSO Day on 13 March 2027.

First choice:  Workgroup 3 (funding and association management)
Second choice: Workgroup 1 (education)

Best regards,
Daniel Osei
Secretary, Ghana Union Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Learner German from a phone: only in the afternoon, "AG Bildung" (AG 1).
# "2 Kinder in Schule" is no party size; she asks whether 13:30 is OK but
# registers.  Signs only with her surname; the full name is in the text.

@mail("tran-lernerdeutsch-nur-nachmittag-bildung", "2027-01-22 20:02:33",
      E("registration", "huong.tran.ms@mail.example", "Thanh Huong Tran",
        "Vietnamesischer Kulturverein Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "huong tran <huong.tran.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAEb8Wn4qR7tY0pX3mK6zL9sH2dF5gJ8cV1aU4oN7iT0vQ3rPyk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag

Ich heiße Thanh Huong Tran, ich bin vom Vietnamesischer Kulturverein Münster. Ich will kommen zu MSO Tag aber nur Nachmittag, weil Vormittag ich muss arbeiten in Restaurant von meine Familie. Ich möchte AG Bildung, weil ich habe 2 Kinder in Schule.

Ist OK wenn ich komme erst 13:30?

Vielen Dank
Tran
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Apple Mail alternative.  AG 1; her husband joins only for lunch and the
# Markt der Vereine, not the plenary or the workgroup: two persons.

GUENDOGDU_TEXT = """Liebes Team vom Integrationszentrum,

ich melde mich hiermit für den MSO-Tag an und möchte gern in die AG 1 (Bildung).

Mein Mann Thomas begleitet mich nicht den ganzen Tag, kommt aber zum Mittagessen dazu und schaut sich mit mir den Markt der Vereine an – er ist im Förderverein unserer Grundschule aktiv und neugierig, wer da so alles ausstellt. Zu den Vorträgen und in die AG kommt er nicht mit. Ich hoffe, das ist in Ordnung, sonst sagen Sie gern Bescheid.

Herzliche Grüße
Ayşe Gündoğdu-Reuter
Elternbeirat Bunte Kita Gievenbeck"""


@mail("guendogdu-husband-lunch-and-markt", "2027-01-25 09:30:15",
      E("registration", "ayse.gr@mail.example", "Ayşe Gündoğdu-Reuter",
        "Elternbeirat Bunte Kita Gievenbeck", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ayşe Gündoğdu-Reuter", "ayse.gr@mail.example", "utf-8")),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Message-Id", "<0B3E8D27-9A41-4C6F-B5E2-7D1F3A9C6E58@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(GUENDOGDU_TEXT, apple_html(GUENDOGDU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 020 ---------------------------------------------------------------------
# Ordinary Arabic registration, windows-1256 quoted-printable: three persons,
# "مجموعة العمل الثانية" = the second workgroup.

@mail("khalil-arabic-three-ag2", "2027-01-26 11:11:08",
      E("registration", "omar.khalil@iraqi-ms.example", "عمر خليل",
        "الجمعية العراقية في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Khalil <omar.khalil@iraqi-ms.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01db6fd4$8a21e3c0$9e65ab40$@iraqi-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

نرجو تسجيلنا في يوم منظمات المهاجرين بتاريخ 13 آذار 2027. سنحضر ثلاثة أشخاص من الجمعية، ونختار مجموعة العمل الثانية (مستقبل مدينة مونستر).

شكراً لكم
عمر خليل
الجمعية العراقية في مونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Russian question: do the workgroups run at the same time?  She would like
# to sit in on two one after the other; otherwise she will pick one "and then
# write to you with the registration": a question.

@mail("kuznetsova-russian-two-groups-question", "2027-01-27 15:22:46",
      E("question", "n.kuznetsova@mail.example", "Наталья Кузнецова",
        "Русскоязычный клуб «Встреча»", [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Наталья Кузнецова", "n.kuznetsova@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Вопрос о рабочих группах", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769523766.448120917@f512.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Подскажите, пожалуйста: рабочие группы проходят одновременно или друг за
другом? Мне интересны и вторая, и третья. Если можно сначала посидеть в
одной, а потом перейти в другую, я бы так и сделала. Если нет – выберу
одну и тогда напишу вам уже с регистрацией.

Спасибо!
Наталья Кузнецова
Русскоязычный клуб «Встреча»
""", charset="utf-8", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Farsi (an Afghan association), Gmail, UTF-8 quoted-printable.  "I hereby
# register, one person"; he has not decided on a workgroup and asks whether
# he must choose now, else he decides after the morning talk: registration
# with [] (plus a question).

KAZEMI_TEXT = """سلام،

بدین‌وسیله برای روز سازمان‌های مهاجران (۱۳ مارس) ثبت‌نام می‌کنم، یک نفر.
هنوز تصمیم نگرفته‌ام در کدام گروه کاری شرکت کنم. آیا لازم است از همین حالا انتخاب کنم؟ اگر نه، ترجیح می‌دهم بعد از سخنرانی صبح تصمیم بگیرم.

ممنونم
رضا کاظمی
کانون فرهنگی افغان‌ها در مونستر"""


@mail("kazemi-farsi-register-must-i-choose", "2027-01-28 08:50:19",
      E("registration", "reza.kazemi@mail.example", "رضا کاظمی",
        "کانون فرهنگی افغان‌ها در مونستر", [], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Kazemi <reza.kazemi@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAKr3Vm8nT1qX6wZ9pB2oL5sJ0dH4gF7cY8aE1uN5iW3vQ6rTma@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAZEMI_TEXT, gmail_html(KAZEMI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable.  Afternoon only (hospital shift in the
# morning), "grupa robocza III", and must leave at 15:00.

@mail("nowicki-polish-afternoon-ag-iii-leaves-15", "2027-01-29 10:05:55",
      E("registration", "tomasz.nowicki@mail.example", "Tomasz Nowicki",
        'Stowarzyszenie Polsko-Niemieckie "Most"', ["AG3"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Tomasz Nowicki <tomasz.nowicki@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - tylko popołudnie", "iso-8859-2")),
           ("Date", m.date),
           ("Message-ID", "<5c91d8e2a7f0-43b6@poczta.mail.example>"),
           ("X-Mailer", "Poczta WP"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

zgłaszam swój udział w spotkaniu 13 marca, ale tylko w części
popołudniowej. Rano mam dyżur w szpitalu, dotrę około 13:00. Chciałbym
wziąć udział w grupie roboczej III – finansowanie i zarządzanie
stowarzyszeniem. Niestety o 15:00 muszę wyjść, więc podsumowania na koniec
już nie usłyszę.

Z poważaniem
Tomasz Nowicki
Stowarzyszenie Polsko-Niemieckie "Most"
""".replace("–", "-"), charset="iso-8859-2", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Ordinary Russian registration (contrast), multipart/alternative: she and
# her husband, workgroup 3, else 2.

LEBEDEVA_TEXT = """Здравствуйте,

прошу зарегистрировать меня и моего мужа на День организаций мигрантов 13 марта. Нас будет двое.
Первый выбор – рабочая группа 3, если там не будет мест, то группа 2.

С уважением,
Ирина Лебедева
Общество «Дружба» e.V."""


@mail("lebedeva-russian-couple-ag3-else-ag2", "2027-02-01 09:20:04",
      E("registration", "irina.lebedeva@mail.example", "Ирина Лебедева",
        "Общество «Дружба» e.V.", ["AG3", "AG2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Лебедева", "irina.lebedeva@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<88231769934004@mail-vla3-9e1f.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LEBEDEVA_TEXT, div_html(LEBEDEVA_TEXT, "font-family:Arial;font-size:14px;"),
                  charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Spanish, Gmail plain text.  Group 2 first and, time permitting, then group
# 1; "si no, me quedo en el 2".

@mail("morales-spanish-ag2-then-ag1", "2027-02-02 14:44:27",
      E("registration", "javier.morales.rivas@mail.example", "Javier Morales Rivas",
        "Club Hispano Münster", ["AG2", "AG1"], 1, "es"), "es")
def _(m):
    m.head(("From", "Javier Morales <javier.morales.rivas@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción 13/03", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<CAPw6Xk2mT9qR4vZ7nB0oL3sH8dG1gF5cY6aE9uN2iP4vQ7rTxh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buenas tardes:

Quisiera inscribirme para el 13 de marzo. Me interesan dos grupos de
trabajo: primero el grupo 2 (el proceso de futuro de Münster) y, si los
horarios lo permiten, después pasarme un rato al grupo 1 sobre educación.
No sé si se puede cambiar de grupo a mitad de la tarde; si no, me quedo en
el 2.

Un saludo cordial,
Javier Morales Rivas
Club Hispano Münster
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# The office registers its chairman for the plenary only ("an keiner
# Arbeitsgruppe"); confirmation to the office address.  Outlook alternative,
# windows-1252.  name = the chairman, email = the office.

NKEMELU_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag unseres Vorsitzenden, Herrn Dr. Emmanuel Nkemelu, melde ich ihn zum Tag der Migrantenselbstorganisationen am 13. März an. Herr Dr. Nkemelu wird am Vormittag am Plenum teilnehmen; am Nachmittag hat er einen weiteren Termin und wird daher an keiner Arbeitsgruppe teilnehmen.

Bitte senden Sie die Bestätigung an diese Adresse.

Mit freundlichen Grüßen
i. A. Sabine Kröger
Geschäftsstelle
Afrikanischer Dachverband Münsterland e.V."""


@mail("dachverband-office-registers-chair-plenum-only", "2027-02-03 10:15:12",
      E("registration", "geschaeftsstelle@afrika-dachverband.example", "Emmanuel Nkemelu",
        "Afrikanischer Dachverband Münsterland e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Geschäftsstelle ADM <geschaeftsstelle@afrika-dachverband.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Dr. Nkemelu – MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung Dr. Nkemelu – MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtvF1q8Wn3rTz6mXk0pL4yC7sB2eQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1644C9E2A5B7D1F3E6A8C0B2D4F6A8E0@FR3P281MB1644.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NKEMELU_TEXT), outlook_html(NKEMELU_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# The same office's standing auto-reply to our confirmation (auto_reply).

@mail("dachverband-office-hours-autoreply", "2027-02-03 10:16:05",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("20270203101552")
    m.head(("From", "Geschäftsstelle ADM <geschaeftsstelle@afrika-dachverband.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB16440A1B3C5D7E9F1A3B5C7D9E1F3A5B@FR3P281MB1644.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht an die Geschäftsstelle des Afrikanischen
Dachverbands Münsterland e.V.

Unser Büro ist dienstags und donnerstags von 10 bis 14 Uhr besetzt. Ihre
E-Mail wird in dieser Zeit bearbeitet.

Dies ist eine automatisch erzeugte Nachricht.
""", charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change (German Gmail reply to a confirmation that says "keine angegeben"):
# he had registered for the morning only; the family party moved, he can now
# stay all day: AG 1, else AG 2.  His registration is not in this set.

YAVUZ_CONF = confirmation("Herr Yavuz", None, 1)


@mail("yavuz-change-now-all-day-ag1", "2027-02-04 19:30:40",
      E("change", "murat.yavuz@mail.example", "Murat Yavuz", None, ["AG1", "AG2"], None, "de"), "de")
def _(m):
    cid = conf_id("20270119203307")
    m.head(("From", "Murat Yavuz <murat.yavuz@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3xk9Tq5mW8vR1nZ4bY7cL0sH3dG6gJ9eU2aK8oN1iB6vM4qPz@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo nochmal,

ich hatte mich ja nur für den Vormittag angemeldet, weil ich mittags zu einer Familienfeier musste. Die ist jetzt auf Freitagabend verlegt worden, ich kann am 13. also doch den ganzen Tag bleiben. Könnten Sie mich dann bitte noch für die AG 1 eintragen? Falls die schon voll ist, wäre AG 2 auch okay.

Danke und viele Grüße
Murat

Am Di., 19. Jan. 2027 um 20:33 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(YAVUZ_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# French, Thunderbird, UTF-8 8bit.  Two persons for atelier 1; the colleague
# joins only after lunch.

@mail("mukendi-french-colleague-after-lunch", "2027-02-05 11:45:36",
      E("registration", "jb.mukendi@congo-ms.example", "Jean-Baptiste Mukendi",
        "Communauté congolaise de Münster", ["AG1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Mukendi <jb.mukendi@congo-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscription MSO-Tag - 2 personnes"),
           ("Date", m.date),
           ("Message-ID", "<3f8a1c6e-b274-4d09-a5e3-81c0d9f2b7a4@congo-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Madame, Monsieur,

Nous souhaitons inscrire deux personnes de notre association à la journée
du 13 mars :

- moi-même, Jean-Baptiste Mukendi, pour toute la journée, atelier 1
  (éducation) ;
- mon collègue Patrick Ilunga, qui ne pourra nous rejoindre qu'après le
  déjeuner et participera lui aussi à l'atelier 1.

Merci de nous confirmer l'inscription.

Cordialement,
Jean-Baptiste Mukendi
Communauté congolaise de Münster
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Change (Farsi Gmail reply to a confirmation without workgroup): she had
# registered without choosing; now she chooses workgroup two.  The Persian
# attribution line carries bidi marks.  Her registration is not in this set.

AHMADI_CONF = confirmation("Frau Ahmadi", None, 1)


@mail("ahmadi-farsi-change-chooses-ag2", "2027-02-08 16:20:03",
      E("change", "fereshteh.ahmadi@mail.example", "فرشته احمدی", None, ["AG2"], None, "fa"), "fa")
def _(m):
    cid = conf_id("20270127094412")
    m.head(("From", "Fereshteh Ahmadi <fereshteh.ahmadi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAKr3Vm1pW6qY9xZ2nB5oL8sJ3dH7gF0cY1aE4uN8iW6vQ9rTnb@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""سلام،

من ثبت‌نام کرده بودم ولی آن موقع هنوز گروه کاری را انتخاب نکرده بودم. حالا تصمیم گرفتم در گروه کاری دوم (فرآیند آینده مونستر) شرکت کنم. لطفاً این را در ثبت‌نام من وارد کنید.

با تشکر
فرشته احمدی

\u202bدر تاریخ چهارشنبه ۲۷ ژانویهٔ ۲۰۲۷ ساعت ۹:۴۴ Tag der Migrantenselbstorganisationen <\u202a{MSO}\u202c> نوشت:\u202c

{gt_quote(AHMADI_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Gmail forward: the chairman passes on a member's registration and asks to
# confirm directly to the member.  The member (learner German) takes part in
# the plenary and AG 1 but must leave at 14:30.  email/name = the member.

HAJALI_TEXT = """Sehr geehrte Damen und Herren,

ich möchte mich anmelden für den Tag der Migrantenorganisationen am 13.3. Ich nehme teil an Plenum und AG 1 Bildung. Aber ich muss leider um 14:30 Uhr gehen, weil ich muss meine Kinder abholen vom Sport. Ich hoffe das ist kein Problem.

Mit freundlichen Grüßen
Basel Haj Ali
Verein Brücke der Kulturen Münster"""


@mail("rahmani-forwards-hajali-ag1-leaves-1430", "2027-02-09 09:05:48",
      E("registration", "basel.hajali@mail.example", "Basel Haj Ali",
        "Verein Brücke der Kulturen Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Rahmani <vorstand@bruecke-der-kulturen.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAGn1Yq7rW4tZ0pX8mK2bL5sH9dF3gJ6cV7aU0oN3iT8vQ1rPwe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Guten Morgen,

anbei die Anmeldung unseres Mitglieds Herrn Haj Ali, er hatte sie versehentlich nur an mich geschickt. Bitte schicken Sie die Bestätigung direkt an ihn: basel.hajali@mail.example

Beste Grüße
Ahmad Rahmani
1. Vorsitzender, Verein Brücke der Kulturen Münster

---------- Weitergeleitete Nachricht ---------
Von: Basel Haj Ali <basel.hajali@mail.example>
Date: Mo., 8. Feb. 2027 um 21:40 Uhr
Subject: Anmeldung MSO Tag
To: <vorstand@bruecke-der-kulturen.example>


{HAJALI_TEXT}
"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 032 ---------------------------------------------------------------------
# English, plain.  A volunteer interpreter comes with him for the morning
# only; he joins Workgroup 2 alone.  "count two persons for the morning and
# one for the workgroup": party_size 2.

@mail("tekle-english-interpreter-morning-ag2", "2027-02-10 12:00:21",
      E("registration", "samuel.tekle@mail.example", "Samuel Tekle",
        "Eritrean Community Association Münster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Samuel Tekle <samuel.tekle@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for 13 March (with interpreter)"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB2381F07A9C3E5B1D2F4A6C8E0B2D4F6A@DU2P194MB2381.EURP194.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I would like to register for the MSO Day on 13 March. My German is still at a basic level, so for the morning plenary I will bring a volunteer interpreter (Tigrinya–English), Ms Helen Gebremariam. She can only stay until the lunch break. In the afternoon I will join Workgroup 2 on my own – I think I can manage that part with the other participants.

So please count two persons for the morning and one for the workgroup.

Thank you very much,
Samuel Tekle
Eritrean Community Association Münster
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable.  Three persons: two all day in AG 1,
# the third only at lunchtime at their table on the Markt der Vereine.

@mail("aydogan-turkish-three-one-only-markt", "2027-02-11 10:30:09",
      E("registration", "elif.aydogan@tag-genclik.example", "Elif Aydoğan",
        "Türk-Alman Gençlik Derneği Münster", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Elif Aydoğan", "elif.aydogan@tag-genclik.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("Göçmen Örgütleri Günü - kayıt (3 kişi)", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<b6e2f1a9-7c34-48d0-9e15-c3a8d7f20b61@tag-genclik.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Derneğimizden üç kişi katılacağız:
- Zeynep Kaya ve ben (Elif Aydoğan) bütün gün oradayız, ikimiz de
  1. çalışma grubuna (eğitim) katılmak istiyoruz.
- Üçüncü arkadaşımız Burak Yıldız sadece öğle arasında Markt der
  Vereine'de masamızda duracak, çalışma gruplarına katılmayacak.

Dernek olarak Markt der Vereine için bir masa rica ediyoruz.

Teşekkürler, iyi çalışmalar
Elif Aydoğan
Türk-Alman Gençlik Derneği Münster
""", charset="iso-8859-9", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Advertising (other): rental equipment for an association's stand "at the
# next Markt der Vereine".

EVENTVERLEIH_TEXT = """Guten Tag,

Frühjahrszeit ist Vereinszeit! Ob Sommerfest, Tag der offenen Tür oder Markt der Vereine – mit unserer Vereinspauschale bekommen Sie alles für einen professionellen Auftritt:

• 2 Stehtische inkl. Husse
• 1 Roll-up-Display mit Ihrem Logo (85 × 200 cm)
• 1 Faltpavillon 3 × 3 m

Komplett ab 149 € pro Wochenende, Lieferung im Stadtgebiet Münster inklusive.

Nur bis 28. Februar: 10 % Rabatt mit dem Code VEREIN27.

Jetzt anfragen: https://www.eventverleih-muensterland.example/vereinspauschale

Ihr Team von Eventverleih Münsterland

Sie möchten keine Angebote mehr erhalten? https://www.eventverleih-muensterland.example/abmelden"""


def promo_html(text):
    paras = []
    for para in text.split("\n\n"):
        body = "<br>".join(esc(x) for x in para.split("\n"))
        body = re.sub(r"(https://[\w./-]+)", r'<a href="\1" style="color:#e85d04">\1</a>', body)
        paras.append(f"<tr><td style=\"padding:6px 24px;font-size:15px\">{body}</td></tr>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"margin:0;background:#f4f4f4\"><table width=\"100%\" cellspacing=\"0\" "
            "style=\"font-family:Verdana,sans-serif;background:#ffffff;max-width:640px\">\n"
            "<tr><td style=\"background:#e85d04;color:#fff;padding:16px 24px;font-size:22px\">"
            "Eventverleih Münsterland</td></tr>\n"
            + "\n".join(paras) + "\n</table></body></html>\n")


@mail("eventverleih-vereinspauschale-ad", "2027-02-12 09:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Eventverleih Münsterland <angebote@eventverleih-muensterland.example>"),
           ("To", MSO),
           ("Subject", "Ihr Stand beim nächsten Markt der Vereine? Jetzt 10 % sichern"),
           ("Date", m.date),
           ("Message-ID", "<20270212080000.71c4e9@news.eventverleih-muensterland.example>"),
           ("List-Unsubscribe", "<https://www.eventverleih-muensterland.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7731@news.eventverleih-muensterland.example")
    m.alternative(EVENTVERLEIH_TEXT, promo_html(EVENTVERLEIH_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Turkish question replying to her confirmation for AG 3 (Yahoo): can she
# join the workgroup half an hour late?  Asks, changes nothing: question.

POLAT_CONF = confirmation("Frau Polat", "AG3", 1)


@mail("polat-turkish-question-join-ag3-late", "2027-02-15 18:18:26",
      E("question", "gulsen.polat@mail.example", "Gülşen Polat", None, [], None, "tr"), "tr")
def _(m):
    cid = conf_id("20270205153722")
    m.head(("From", addr("Gülşen Polat", "gulsen.polat@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771175906.902264.yahoo-mail.example@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "WebService/1.1.22941 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydım için teşekkürler. Bir sorum var: Cumartesi günleri derneğimizde çocuklara ders veriyoruz ve bu dönem ders saat 14:00'e kadar sürüyor. Yani 3. çalışma grubuna yarım saat kadar geç katılmış olacağım. Bu sorun olur mu, yoksa o saatte içeri girmek rahatsızlık yaratır mı?

Selamlar
Gülşen Polat


5 Şubat 2027 Cuma 15:37 tarihinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:

{gt_quote(POLAT_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Ordinary Polish registration (contrast), Outlook alternative, windows-1250:
# she and her husband, the first workgroup.

MAZUR_TEXT = """Szanowni Państwo,

niniejszym zgłaszam udział dwóch osób w Dniu Organizacji Migrantów 13 marca 2027 r.: mój oraz mojego męża, Krzysztofa Mazura. Oboje chcielibyśmy wziąć udział w pierwszej grupie roboczej (system edukacji).

Z wyrazami szacunku
Anna Mazur
Polonijne Stowarzyszenie Rodziców w Münster"""


@mail("mazur-polish-outlook-couple-ag1", "2027-02-17 08:30:14",
      E("registration", "anna.mazur@rodzice-ms.example", "Anna Mazur",
        "Polonijne Stowarzyszenie Rodziców w Münster", ["AG1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Anna Mazur <anna.mazur@rodzice-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Zgłoszenie udziału – 13.03.2027", "windows-1250")),
           ("Thread-Topic", ew("Zgłoszenie udziału – 13.03.2027", "windows-1250")),
           ("Thread-Index", "AdtxD5v2Qm9pLz4nRk7wT1sX0bC3yA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR09MB7215B3D5F7A9C1E3B5D7F9A1C3E5B7D9@PA4PR09MB7215.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "pl-PL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MAZUR_TEXT), outlook_html(MAZUR_TEXT, charset="windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Her out-of-office answer to the confirmation, Polish and German, with
# X-Autoreply and Auto-Submitted (auto_reply).

@mail("mazur-polish-out-of-office", "2027-02-17 08:31:02",
      E("auto_reply"), "pl")
def _(m):
    cid = conf_id("20270217083051")
    m.head(("From", "Anna Mazur <anna.mazur@rodzice-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatyczna odpowiedź: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4PR09MB72150C2E4A6B8D0F2A4C6E8B0D2F4A6C@PA4PR09MB7215.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Content-Language", "pl-PL"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,
dziękuję za wiadomość. Do 24 lutego 2027 r. przebywam na urlopie i nie mam dostępu do poczty. Po powrocie odpowiem najszybciej, jak to możliwe.

Guten Tag, ich bin bis zum 24.02.2027 im Urlaub. Ihre Nachricht wird nicht weitergeleitet.

Anna Mazur
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change (Outlook HTML reply to a confirmation for three persons in AG 3,
# UTF-8): two of the three now come only to the plenary and lunch, so only
# she goes to AG 3; the group stays three persons.  Workgroups = AG 3
# (restated), party_size null (unchanged).  Her registration is not in this set.

HADZIC_CONF = confirmation("Frau Hadžić", "AG3", 3)
HADZIC_CHANGE = """Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Eine kleine Änderung bei uns: Herr Begić und Frau Softić können am Nachmittag leider nicht und kommen nur zum Plenum am Vormittag und zum Mittagessen. In die AG 3 gehe also nur ich. Wir bleiben aber bei insgesamt drei Personen.

Mit freundlichen Grüßen
Nermina Hadžić"""


@mail("hadzic-change-two-only-plenum", "2027-02-18 13:37:52",
      E("change", "n.hadzic@bh-kulturverein.example", "Nermina Hadžić", None, ["AG3"], None, "de"), "de")
def _(m):
    cid = conf_id("20270122104819")
    m.head(("From", "Nermina Hadžić <n.hadzic@bh-kulturverein.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdtsE2n7Yq4pWz0mLx8tR3sK1bD6hAQ3mZ1a"),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB61273A5C7E9B1D3F5A7C9E1B3D5F7A9C@AM6PR04MB6127.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "de-DE, bs-Latn-BA"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>", "Freitag, 22. Januar 2027 10:48",
             "Nermina Hadžić <n.hadzic@bh-kulturverein.example>", CONFIRMATION_SUBJECT,
             HADZIC_CONF)
    m.single(outlook_html(HADZIC_CHANGE, quote, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change (Polish Thunderbird reply to a confirmation for two persons in
# AG 2): the colleague who was to come only for the morning cannot come at
# all; one person now.  No workgroup named ("tak, jak było ustalone").

WOJCIK_CONF = confirmation("Frau Wójcik", "AG2", 2)


@mail("wojcik-polish-change-down-to-one", "2027-02-22 10:10:33",
      E("change", "m.wojcik@mail.example", "Magdalena Wójcik", None, [], 1, "pl"), "pl")
def _(m):
    cid = conf_id("20270203181529")
    m.head(("From", addr("Magdalena Wójcik", "m.wojcik@mail.example", "utf-8")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c2e81f4b-6d93-4a07-b8e5-0f7a3d9c1e62@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

koleżanka, która miała przyjść ze mną na przedpołudnie, niestety jednak
nie da rady – dzieci się rozchorowały. Proszę zmienić zgłoszenie na jedną
osobę. Ja oczywiście przychodzę tak, jak było ustalone.

Pozdrawiam
Magdalena Wójcik

W dniu 3.02.2027 o 18:15, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(WOJCIK_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# French question about a table on the Markt der Vereine: must the
# volunteers who only staff the table be registered?  "avant de nous
# inscrire": a question.

@mail("benslimane-french-markt-table-question", "2027-02-24 16:00:12",
      E("question", "k.benslimane@passerelles-ms.example", "Karim Benslimane",
        "Association franco-maghrébine « Passerelles »", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Karim Benslimane <k.benslimane@passerelles-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Marché des associations – questions", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<a41f7c2e9b0d@passerelles-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Notre association souhaiterait tenir une table au marché des associations
pendant la pause de midi. Deux questions avant de nous inscrire :

1) Faut-il inscrire aussi les bénévoles qui tiendront la table, même s'ils
   ne participent ni à la plénière ni aux ateliers ?
2) Y a-t-il une prise électrique à proximité (pour un petit écran) ?

Merci d'avance,
Karim Benslimane
Association franco-maghrébine « Passerelles »
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Cancellation in learner German from the phone (new mail, no quote).

@mail("sultani-lernerdeutsch-absage", "2027-03-01 20:40:57",
      E("cancellation", "hamid.sultani@mail.example", "Hamid Sultani", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "hamid sultani <hamid.sultani@mail.example>"),
           ("To", MSO),
           ("Subject", "Absage"),
           ("Date", m.date),
           ("Message-ID", "<CAEb8Wn7tQ0rY3pX6mK9zL2sH5dF8gJ1cV4aU7oN0iT3vQ6rPzm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

leider ich kann nicht kommen am 13. März. Mein Kollege ist krank und ich muss am Samstag arbeiten den ganzen Tag. Bitte löschen Sie meine Anmeldung.

Entschuldigung und danke
Hamid Sultani
""", charset="utf-8", cte="8bit")


# -- 042 ---------------------------------------------------------------------
# Arabic cancellation of all three persons, replying to a confirmation
# (Outlook plain reply with an underscore separator, UTF-8 base64).

ALALI_CONF = confirmation("Frau Alali", "AG2", 3)


@mail("alali-arabic-cancel-all-three", "2027-03-05 09:15:44",
      E("cancellation", "yasmin.alali@mail.example", "ياسمين العلي", None, [], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270209141102")
    m.head(("From", "Yasmin Alali <yasmin.alali@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001a01db8d9e$4c7f20b0$e57d6210$@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""السلام عليكم،

نعتذر عن عدم الحضور يوم ١٣ آذار، فقد تزامن الموعد مع الاجتماع العام لجمعيتنا. نرجو إلغاء تسجيل الأشخاص الثلاثة.

مع الشكر والتقدير
ياسمين العلي

________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Tuesday, February 9, 2027 2:11 PM
To: Yasmin Alali <yasmin.alali@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{ALALI_CONF}
""", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Postfix bounce of the 7-day reminder to 013's address: mailbox full.

FERNANDEZ_RCPT = "luciafdez@correo.example"


@mail("postfix-bounce-reminder-mailbox-full", "2027-03-06 10:00:41",
      E("bounce", bounced=FERNANDEZ_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270306090041.C41E71A2F7@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    diag = f"552 5.2.2 <{FERNANDEZ_RCPT}>: Mailbox full, quota exceeded"
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{FERNANDEZ_RCPT}>: host mx1.correo.example[198.51.100.44] said: {diag}
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "C41E71A2F7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:02 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {FERNANDEZ_RCPT}"),
         ("Original-Recipient", f"rfc822;{FERNANDEZ_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.correo.example"),
         ("Diagnostic-Code", f"smtp; {diag}")])
    original = organiser_message(
        f"Lucía Fernández <{FERNANDEZ_RCPT}>", REMINDER_SUBJECT,
        reminder("Frau Fernández Ortega", None, 1),
        "Sat, 06 Mar 2027 10:00:02 +0100", conf_id("20270306100002"))
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# After the deadline, from an iPhone: only at lunchtime, to eat and see the
# Markt der Vereine, no plenary, no workgroup; "if that is still possible,
# put me on the list": a registration with [].

@mail("brockmann-late-only-lunch-and-markt", "2027-03-08 21:10:30",
      E("registration", "heike.brockmann@freiwilligenagentur-ms.example", "Heike Brockmann",
        "Freiwilligenagentur Münster", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Heike Brockmann <heike.brockmann@freiwilligenagentur-ms.example>"),
           ("To", MSO),
           ("Subject", "Nachzüglerin 13.3."),
           ("Date", m.date),
           ("Message-ID", "<9D4E1B72-5F3A-4C8E-A0B6-2E7C9F1D3A85@freiwilligenagentur-ms.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Moin,

ich weiß, die Anmeldefrist ist seit Samstag rum – ich versuch's trotzdem: Ich würde am 13. gern in der Mittagspause vorbeikommen, was essen und mir in Ruhe den Markt der Vereine anschauen. Für Plenum und AGs reicht meine Zeit leider nicht. Wenn das noch geht, setzen Sie mich bitte auf die Liste.

Gruß
Heike Brockmann
Freiwilligenagentur Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# French cancellation replying to the 7-day reminder (Zimbra, French
# header block, '>' quote).

KONATE_REMINDER = reminder("Frau Konaté", "AG2", 1)


@mail("konate-french-cancel-train-strike", "2027-03-11 18:05:17",
      E("cancellation", "fatoumata.konate@mail.example", "Fatoumata Konaté", None, [], None, "fr"), "fr")
def _(m):
    cid = conf_id("20270306100005")
    m.head(("From", addr("Fatoumata Konaté", "fatoumata.konate@mail.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1773248717.7734.konate@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF122 (Linux)/9.0.0_GA_4583)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Avec la grève annoncée à la Deutsche Bahn pour samedi, je n'ai aucun moyen
de venir de Bielefeld. Je dois donc malheureusement annuler ma
participation. Je vous souhaite une très belle journée.

Bien à vous,
Fatoumata Konaté

----- Mail original -----
De: "Tag der Migrantenselbstorganisationen" <{MSO}>
À: "Fatoumata Konaté" <fatoumata.konate@mail.example>
Envoyé: Samedi 6 Mars 2027 10:00:05
Objet: {REMINDER_SUBJECT}

{gt_quote(KONATE_REMINDER)}
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
    # physical lines: at most 998 octets before the line end
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    # every text part decodes strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
    problems += label_problems(expected, text)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "tr", "ar", "en", "ru", "fa", "fr", "es", "pl")


def label_problems(e, text):
    """Sanity of one expected record against the conventions and the mail text."""
    out = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        out.append(f"bad workgroups {wg}")
    person = kind in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower():
            out.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            out.append("email does not occur in the mail")
        if e["language"] not in LANGS:
            out.append(f"language {e['language']}")
        if not e["name"]:
            out.append("person mail needs a name")
        for key in ("name", "organisation"):
            if e[key] and e[key] not in text:
                out.append(f"{key} {e[key]!r} not written in the mail")
        if e["bounced_recipient"] is not None:
            out.append("bounced_recipient must be null")
    else:
        for key in ("email", "name", "organisation", "language", "party_size"):
            if e[key] is not None:
                out.append(f"{key} must be null for {kind}")
        if wg:
            out.append(f"workgroups must be [] for {kind}")
        if (kind == "bounce") != (e["bounced_recipient"] is not None):
            out.append("bounced_recipient only and always for bounces")
    if kind == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        out.append("registration needs party_size >= 1")
    if kind in ("cancellation", "question") and (wg or e["party_size"] is not None):
        out.append(f"{kind}: workgroups [] and party_size null")
    return out


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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
