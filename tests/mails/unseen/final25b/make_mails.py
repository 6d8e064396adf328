#!/usr/bin/env python3
"""Build the corpus "final25b" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Existenzgründungstag für Migrant*innen 2027, Dortmund, workshops WS1-WS4
(see config.toml).  Every mail's text below is written by hand, one mail at a
time.  This script only wraps the texts in MIME with the standard `email`
package, writes the files, and then reads every file back with
email.policy.default to check that it parses without defects, that each body
part decodes to exactly the text written here, and that the labels are well
formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

EGT = "gruendungstag@dortmund.example"
EGT_NAME = "Existenzgründungstag für Migrant*innen"
TO_EGT = f"{EGT_NAME} <{EGT}>"
TO_EGT_ENC = "=?utf-8?q?Existenzgr=C3=BCndungstag_f=C3=BCr_Migrant*innen?= <" + EGT + ">"
INVITATION_ID = "<einladung-gruendungstag-2027.20270301100004@dortmund.example>"
REMINDER_ID = "<erinnerung-gruendungstag-2027.20270410090002@dortmund.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "ru", "vi", "pl")


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
    return hashlib.sha256(f"final25b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# Central European time: CET (+1) until Sunday 28 March 2027 01:00 UTC, then CEST (+2).
DST_START_UTC = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.timezone.utc)


def berlin_offset(utc_dt):
    return 2 if utc_dt >= DST_START_UTC else 1


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours):
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
        msg.set_raw("Delivered-To", EGT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arr_utc = (self.when + datetime.timedelta(seconds=4)).astimezone(datetime.timezone.utc)
            off = berlin_offset(arr_utc)
            arrival = format_datetime(arr_utc.astimezone(
                datetime.timezone(datetime.timedelta(hours=off))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{EGT}>; {arrival} ({'CEST' if off == 2 else 'CET'})")
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.dortmund.example"
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


def make_png(width=72, height=48):
    """A small RGB PNG: a wall, a banner in the city's red, a floor."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 16:
                px = (230, 226, 215)
            elif y < 26:
                px = (190, 20, 35) if (x // 9) % 2 == 0 else (255, 255, 255)
            elif y < 40:
                px = (60, 90, 140) if (x // 6) % 3 == 0 else (230, 226, 215)
            else:
                px = (120, 90, 60)
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

INVITATION = """Liebe Gründerinnen und Gründer,
liebe Unternehmerinnen und Unternehmer,

Sie haben ein eigenes Geschäft oder möchten sich selbstständig machen?
Dann laden wir Sie herzlich zum Existenzgründungstag für Migrant*innen 2027
ein.

Datum: Samstag, 17. April 2027, 10:00 bis 16:30 Uhr
Ort: Gründerzentrum Dortmund-Nord, Mallinckrodtstraße 212, 44147 Dortmund

Nach einem Impulsvortrag und Erfahrungsberichten von Dortmunder
Gründer*innen arbeiten wir am Nachmittag in vier Workshops:

Workshop 1: Finanzierung – Gründungskredite, Mikrokredite und
            Förderprogramme
Workshop 2: Marketing & Social Media für kleine Unternehmen
Workshop 3: Recht & Steuern – Rechtsformen, Gewerbeanmeldung,
            Buchhaltung
Workshop 4: Businessplan Schritt für Schritt

Bitte melden Sie sich bis zum 10. April 2027 per E-Mail an
gruendungstag@dortmund.example an. Nennen Sie uns bitte Ihren Namen, Ihr
Unternehmen (falls vorhanden), den gewünschten Workshop (gern auch einen
Zweitwunsch) und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Kaffee und einen Mittagsimbiss ist
gesorgt.

Mit freundlichen Grüßen

Wirtschaftsförderung Dortmund
Kommunales Integrationszentrum Dortmund
i. A. Jana Osterkamp"""

INVITATION_SUBJECT = "Einladung: Existenzgründungstag für Migrant*innen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Existenzgründungstag für Migrant*innen 2027"
REMINDER_SUBJECT = "Erinnerung: Existenzgründungstag für Migrant*innen am 17. April 2027"

WS_LINE = {
    "WS1": "Workshop 1 – Finanzierung – Gründungskredite, Mikrokredite und Förderprogramme",
    "WS2": "Workshop 2 – Marketing & Social Media für kleine Unternehmen",
    "WS3": "Workshop 3 – Recht & Steuern – Rechtsformen, Gewerbeanmeldung, Buchhaltung",
    "WS4": "Workshop 4 – Businessplan Schritt für Schritt",
}


def confirmation(salutation, ws, persons):
    """The confirmation the organiser's tool sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Existenzgründungstag für Migrant*innen
2027 am Samstag, 17. April 2027, 10:00 bis 16:30 Uhr, im Gründerzentrum
Dortmund-Nord, Mallinckrodtstraße 212, 44147 Dortmund.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Existenzgründungstag für Migrant*innen
Wirtschaftsförderung Dortmund"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_EGT
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
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
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
span.E-MailFormatvorlage19
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de", charset="Windows-1252", lang="DE"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    """Gmail markup; with attribution/quoted, the quote goes in a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def outlook_ios_html(text):
    inner = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div dir=\"ltr\"><div style=\"font-family: Aptos, Aptos_EmbeddedFont, "
            f"Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt;\">{inner}"
            "</div></div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    """Register a mail.  `when` is the sender's local time; tz defaults to
    Berlin time (CET before 28 March 2027, CEST from then on)."""
    def deco(fn):
        t = tz
        if t is None:
            naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
            t = 2 if naive >= datetime.datetime(2027, 3, 28, 3, 0) else 1
        MAILS.append((slug, when, t, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply that quotes the whole invitation (all four workshops appear
# in the quote); the choice "Workshop 2" is only in the new text.  A barber's
# signature full of numbers: street, phone, opening hours, prices, tax number.

@mail("demir-barber-reply-quoting-invitation", "2027-03-01 11:12:40",
      E("registration", "emre.demir@salon-demir.example", "Emre Demir",
        "Salon Demir – Haare & Bart e.K.", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Emre Demir <emre.demir@salon-demir.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<4b9e2f71-0c3a-4d8e-9a51-7e6d2c1b0f38@salon-demir.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Osterkamp,

danke für die Einladung, das kommt genau richtig. Ich habe meinen Salon
seit Herbst 2025 und will jetzt endlich mehr Kunden über Instagram
gewinnen. Deshalb melde ich mich für Workshop 2 an (Marketing & Social
Media).

Ich komme allein, mein Mitarbeiter hält am Samstag im Laden die Stellung.

Viele Grüße
Emre Demir

-- 
Salon Demir – Haare & Bart e.K.
Inhaber: Emre Demir
Münsterstraße 131, 44145 Dortmund
Tel. 0231 58 44 71 09
Öffnungszeiten: Di–Fr 9–19 Uhr, Sa 8–16 Uhr
Herrenschnitt 18 € · Bart 10 € · Kinder bis 12 J. 12 €
Steuernr. 314/5127/3380

Am 01.03.27 um 10:00 schrieb Existenzgründungstag für Migrant*innen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Vietnamese, Gmail multipart/alternative, UTF-8 base64.  The From display
# name is unaccented ("Hong Nguyen"); the text gives the full name with
# diacritics.  "Chồng tôi cũng sẽ đi cùng ... 2 người" = my husband comes too.

NGUYEN_HONG_TEXT = """Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Hồng, chủ một tiệm nail ở Dortmund. Tôi muốn đăng ký tham gia Ngày Khởi nghiệp dành cho người nhập cư (Existenzgründungstag) vào thứ Bảy, ngày 17/4/2027.
Tôi muốn tham gia hội thảo số 1 về tài chính (Finanzierung), vì tôi đang dự định mở thêm tiệm thứ hai và cần vay vốn.
Chồng tôi cũng sẽ đi cùng, như vậy là 2 người.

Xin cảm ơn và trân trọng,
Nguyễn Thị Hồng
Hong Nails & Beauty
Brückstraße 41, 44135 Dortmund
Tel.: 0231 22 73 508
Mo–Sa 9:30–19:30 Uhr"""


@mail("nguyen-nails-vietnamese", "2027-03-01 14:40:05",
      E("registration", "hong.nguyen.nails@mail.example", "Nguyễn Thị Hồng",
        "Hong Nails & Beauty", ["WS1"], 2, "vi"), "vi")
def _(m):
    m.head(("From", "Hong Nguyen <hong.nguyen.nails@mail.example>"),
           ("To", EGT),
           ("Subject", ew("Đăng ký Existenzgründungstag 17.04")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9vH2nB7xR0tW5mLp8sYc1dE4gZj6uN0aQo2iKv7rTb3Xw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NGUYEN_HONG_TEXT, gmail_html(NGUYEN_HONG_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable.  He registers
# himself and his business partner (2); first and second choice by name.
# The GmbH signature carries HRB, USt-IdNr., phone, fax and opening hours.

KAYA_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Existenzgründungstag am 17.04.2027 an: mein Geschäftspartner Hasan Öztürk und ich. Wir haben unsere GmbH im Januar gegründet und haben noch viele Fragen zur Buchhaltung und zur Umsatzsteuer. Daher möchten wir gerne in den Workshop „Recht & Steuern“, als Zweitwunsch Finanzierung.

Mit freundlichen Grüßen

Mehmet Kaya
Geschäftsführer

Kaya & Öztürk Backwaren GmbH
Borsigplatz 9 · 44145 Dortmund
Tel. 0231 47 61 20 33 · Fax 0231 47 61 20 34
Filiale Hörde: Mo–Sa 6:00–18:30 Uhr, So 7:00–11:00 Uhr
Geschäftsführer: Mehmet Kaya, Hasan Öztürk
Amtsgericht Dortmund HRB 31872 · USt-IdNr. DE 341 276 905"""


@mail("kaya-bakery-partner-outlook-html", "2027-03-01 19:05:33",
      E("registration", "m.kaya@kaya-oeztuerk-backwaren.example", "Mehmet Kaya",
        "Kaya & Öztürk Backwaren GmbH", ["WS3", "WS1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kaya, Mehmet" <m.kaya@kaya-oeztuerk-backwaren.example>'),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Anmeldung Existenzgründungstag – Kaya & Öztürk Backwaren GmbH")),
           ("Thread-Topic", ew("Anmeldung Existenzgründungstag – Kaya & Öztürk Backwaren GmbH")),
           ("Thread-Index", "AdtqB3xP9v2kR1sWQ0KmZ8yT4nLw5g=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8411C2D7E95A1B3F60E4A7C2B9D1@DB9PR04MB8411.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KAYA_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable, name in an RFC 2047 iso-8859-2 word.
# "będziemy we trzy" = we will be three (women); "zatrudniam 9 osób" (nine
# employees) is not the party size; "warsztat nr 3".

@mail("wisniewska-care-service-polish", "2027-03-02 08:30:17",
      E("registration", "a.wisniewska@pflegedienst-herzundhand.example", "Agnieszka Wiśniewska",
        "Pflegedienst Herz & Hand UG (haftungsbeschränkt)", ["WS3"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wiśniewska", "a.wisniewska@pflegedienst-herzundhand.example",
                         "iso-8859-2", "q")),
           ("To", EGT),
           ("Subject", ew("Zgłoszenie - Existenzgründungstag 17.04.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<7c1d0e5a-3f2b-4a96-b8e4-2d9f6c0a1e57@pflegedienst-herzundhand.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Dniu Zakładania Firm dla Migrantów
(Existenzgründungstag) 17 kwietnia.

Od dwóch lat prowadzę w Dortmundzie ambulatoryjną opiekę domową
i zatrudniam obecnie 9 osób. Przyjdę razem z dwiema koordynatorkami,
czyli będziemy we trzy.
Interesuje nas warsztat nr 3 "Recht & Steuern", bo chcemy przekształcić
firmę w GmbH.

Z poważaniem
Agnieszka Wiśniewska
Pflegedienst Herz & Hand UG (haftungsbeschränkt)
Hoher Wall 22, 44137 Dortmund
Tel. 0231 99 57 14 80 (24h Bereitschaft)
IK 461 059 871, Amtsgericht Dortmund HRB 30517
""", charset="iso-8859-2", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# English, plain US-ASCII from Gmail; "workshop 3 ... second choice workshop
# 4"; the VAT number and "since 2024" are noise.

@mail("okonkwo-it-freelancer-english", "2027-03-02 13:15:52",
      E("registration", "chinedu@okonkwo-it.example", "Chinedu Okonkwo",
        "Okonkwo IT Consulting", ["WS3", "WS4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okonkwo <chinedu@okonkwo-it.example>"),
           ("To", EGT),
           ("Subject", "Registration - Existenzgruendungstag 17 April"),
           ("Date", m.date),
           ("Message-ID", "<CAM8Tz0pQ4sR1vX7nB3kWy9dLf2hJ5gE0cU6aN8oI1mK4qZt2Vg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'd like to register for the Existenzgruendungstag on 17 April. I've been
working as a freelance software developer in Dortmund since 2024 (mostly
backend work for logistics companies) and I'm thinking about moving from
freelancing to a UG.

My first choice would be workshop 3 (Recht & Steuern), second choice
workshop 4 (Businessplan). Just me, 1 person.

Thanks a lot,
Chinedu Okonkwo

Okonkwo IT Consulting
Freelance Software Engineer | Cloud & Backend
Kampstrasse 45, 44137 Dortmund
+49 176 4418 2290
USt-IdNr.: DE 345 678 912
""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Arabic (RTL Gmail markup), UTF-8 base64.  "ورشة العمل الأولى عن التمويل" =
# the first workshop, on financing; "سأحضر أنا وشريكي في العمل" = I and my
# business partner -> 2.  The restaurant signature is in German.

ALHASSAN_TEXT = """مرحباً،

أرغب بالتسجيل في يوم تأسيس المشاريع للمهاجرين (Existenzgründungstag) يوم السبت 17 نيسان/أبريل 2027.
أنا صاحب مطعم سوري صغير في دورتموند منذ ثلاث سنوات، وأريد توسيع المطعم وأحتاج لذلك إلى قرض.
سأحضر أنا وشريكي في العمل، ونريد المشاركة في ورشة العمل الأولى عن التمويل (Finanzierung).

شكراً جزيلاً
Mohammad Al-Hassan
Restaurant Damaskus Rose
Münsterstraße 88, 44145 Dortmund
Tel. 0231 86 30 77 14
Öffnungszeiten: täglich 12–23 Uhr"""


@mail("al-hassan-restaurant-arabic", "2027-03-02 21:48:26",
      E("registration", "damaskus.rose@mail.example", "Mohammad Al-Hassan",
        "Restaurant Damaskus Rose", ["WS1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mohammad Al-Hassan <damaskus.rose@mail.example>"),
           ("To", EGT),
           ("Subject", "التسجيل في Existenzgründungstag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ2nR5tY8wQ1mZ4vB7kXp0sLd3hF6gC9eU2aO5iN8rT1qWb4Ks@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Advertising (other) from a tax-advice firm to the registration address: it
# names financing, business plans and taxes and says "Jetzt anmelden", with a
# PDF price list attached.  Bulk headers.

KANZLEI_TEXT = """Gründerpaket 2027 – Ihr Start in die Selbstständigkeit

Sehr geehrte Damen und Herren,

Sie möchten ein Unternehmen gründen oder haben gerade gegründet? Unser
Gründerpaket begleitet Sie im ersten Jahr:

- Gewerbeanmeldung und Fragebogen zur steuerlichen Erfassung
- Businessplan und Rentabilitätsvorschau für Ihre Bank
- Finanzbuchhaltung ab 49 € im Monat
- Lohnabrechnung für Minijobber ab 15 € je Mitarbeiter

Beratung auf Deutsch, Türkisch, Arabisch und Russisch.

Jetzt anmelden zum kostenlosen Erstgespräch:
https://brandt-partner-stb.example/gruenderpaket

Brandt & Partner Steuerberatungsgesellschaft mbB
Königswall 36 · 44137 Dortmund · Tel. 0231 55 80 90-0
Sie erhalten diese E-Mail als Kontakt aus dem Gewerbeverzeichnis Dortmund.
Abmelden: https://brandt-partner-stb.example/newsletter/abmelden?u=4471"""

KANZLEI_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gründerpaket 2027</title></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d2a36;">
<tr><td style="background:#0b3d5c;color:#ffffff;"><h1 style="margin:0;font-size:24px;">Gründerpaket 2027</h1><p style="margin:6px 0 0;">Ihr Start in die Selbstständigkeit</p></td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren,</p>
<p>Sie möchten ein Unternehmen gründen oder haben gerade gegründet? Unser Gründerpaket begleitet Sie im ersten Jahr:</p>
<ul><li>Gewerbeanmeldung und Fragebogen zur steuerlichen Erfassung</li><li>Businessplan und Rentabilitätsvorschau für Ihre Bank</li><li>Finanzbuchhaltung ab 49 € im Monat</li><li>Lohnabrechnung für Minijobber ab 15 € je Mitarbeiter</li></ul>
<p>Beratung auf Deutsch, Türkisch, Arabisch und Russisch.</p>
<p style="text-align:center;"><a href="https://brandt-partner-stb.example/gruenderpaket" style="background:#e8792b;color:#ffffff;padding:12px 22px;text-decoration:none;border-radius:4px;">Jetzt anmelden zum kostenlosen Erstgespräch</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7785;">Brandt &amp; Partner Steuerberatungsgesellschaft mbB · Königswall 36 · 44137 Dortmund · Tel. 0231 55 80 90-0<br>
Sie erhalten diese E-Mail als Kontakt aus dem Gewerbeverzeichnis Dortmund. <a href="https://brandt-partner-stb.example/newsletter/abmelden?u=4471">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("steuerkanzlei-gruenderpaket-advert", "2027-03-03 07:00:12",
      E("other"), "de")
def _(m):
    m.head(("From", "Brandt & Partner Steuerberatung <news@brandt-partner-stb.example>"),
           ("To", EGT),
           ("Subject", ew("Gründerpaket 2027: Buchhaltung ab 49 € im Monat – jetzt Erstgespräch sichern")),
           ("Date", m.date),
           ("Message-ID", "<nl.20270303.4471.7f2c90@brandt-partner-stb.example>"),
           ("List-Unsubscribe", "<https://brandt-partner-stb.example/newsletter/abmelden?u=4471>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverNews 4.1"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(KANZLEI_TEXT, KANZLEI_HTML, charset="utf-8",
                        cte="quoted-printable", top=False)
    pdf = m.binary(make_pdf(["Gruenderpaket 2027", "Brandt & Partner Steuerberatung",
                             "Finanzbuchhaltung ab 49 EUR/Monat",
                             "Lohnabrechnung ab 15 EUR je Mitarbeiter"]),
                   "application", "pdf", "Gruenderpaket_2027_Preisliste.pdf")
    m.multi("mixed", [alt, pdf])


# -- 008 ---------------------------------------------------------------------
# A filled-in form block with Firma, Rechtsform (with a date), Steuernummer,
# Workshop "4 (Businessplan)", an empty "Zweitwunsch: –" and Personen: 1.

@mail("hamidi-cosmetics-form-block", "2027-03-03 10:22:48",
      E("registration", "leyla.hamidi@kosmetik-leyla.example", "Leyla Hamidi",
        "Kosmetikstudio Leyla", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Leyla Hamidi <leyla.hamidi@kosmetik-leyla.example>"),
           ("To", EGT),
           ("Subject", ew("Anmeldung Existenzgründungstag")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2d7f4a1c-8e3b-4c60-9f15-a0b2c4d6e8f1-1772529768301@3c-app-webde-bap37>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich mich für den Existenzgründungstag an:

Name: Leyla Hamidi
Firma: Kosmetikstudio Leyla
Rechtsform: Einzelunternehmen (Kleingewerbe, seit 01.10.2026)
Steuernummer: 315/5260/1187
Workshop: 4 (Businessplan)
Zweitwunsch: –
Personen: 1
Telefon: 0157 38 90 12 45

Ich möchte im Sommer in ein größeres Ladenlokal umziehen und brauche dafür
einen richtigen Businessplan für die Bank.

Freundliche Grüße
Leyla Hamidi
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable; name and subject as iso-8859-9 words.
# "Pazarlama ve Sosyal Medya atölyesi (Workshop 2)"; "Kızım da benimle
# gelecek ... 2 kişiyiz" = my daughter comes too, we are 2.

@mail("yilmaz-tailor-turkish", "2027-03-03 16:05:21",
      E("registration", "ayse.yilmaz.terzi@mail.example", "Ayşe Yılmaz",
        "Änderungsschneiderei Yılmaz", ["WS2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Yılmaz", "ayse.yilmaz.terzi@mail.example", "iso-8859-9", "q")),
           ("To", EGT),
           ("Subject", ew("Kayıt - Existenzgründungstag 17 Nisan", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1772550321.284417.5530@mail.example>"),
           ("X-Mailer", "Webmail 6.2"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

17 Nisan'daki Existenzgründungstag'a kayıt olmak istiyorum. Dortmund Nordstadt'ta küçük bir terzi dükkanım var, müşterilerim çoğunlukla mahalleden. Artık Instagram ve Google üzerinden de müşteri bulmak istiyorum.

Bu yüzden Pazarlama ve Sosyal Medya atölyesine (Workshop 2) katılmak istiyorum. Kızım da benimle gelecek, dükkanın Instagram sayfasını o yönetiyor. Yani 2 kişiyiz.

Teşekkürler, saygılarımla
Ayşe Yılmaz
Änderungsschneiderei Yılmaz
Schleswiger Str. 17, 44145 Dortmund
Tel. 0231 83 29 46
Pzt-Cuma 9-18, Cmt 10-14
""", charset="iso-8859-9", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Question, not a registration: costs and a certificate for the Jobcenter;
# "Wenn das klappt, melde ich mich dann für den Workshop Businessplan an"
# announces a registration for later.

@mail("el-amrani-question-costs-certificate", "2027-03-04 09:41:03",
      E("question", "samira.elamrani@mail.example", "Samira El Amrani", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Samira El Amrani <samira.elamrani@mail.example>"),
           ("To", EGT),
           ("Subject", "Frage zum Gründungstag"),
           ("Date", m.date),
           ("Message-ID", "<0a3f7e21-b6c4-4d19-8e5a-c2f90d1b7a64@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin gelernte Altenpflegerin und überlege, mich mit einem kleinen
ambulanten Pflegedienst selbstständig zu machen. Im Moment bekomme ich
noch Bürgergeld, mein Berater beim Jobcenter hat mir von Ihrem
Gründungstag erzählt.

Bevor ich mich anmelde, habe ich zwei Fragen:
1. Kostet die Teilnahme etwas? Auf dem Flyer vom Jobcenter steht nichts
   dazu.
2. Bekomme ich eine Teilnahmebescheinigung? Die bräuchte ich für das
   Jobcenter (Einstiegsgeld).

Wenn das klappt, melde ich mich dann für den Workshop Businessplan an.

Mit freundlichen Grüßen
Samira El Amrani
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# From an iPhone: workshop and party size only in the Subject ("Finanzierung
# 2 Personen"); the body names the brother.  A planned snack bar, no company
# name yet -> organisation null.

@mail("haddou-subject-carries-choice-iphone", "2027-03-04 20:17:36",
      E("registration", "tarik.haddou@mail.example", "Tarik Haddou", None,
        ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Tarik Haddou <tarik.haddou@mail.example>"),
           ("To", EGT),
           ("Subject", ew("Anmeldung Gründungstag – Finanzierung 2 Personen")),
           ("Date", m.date),
           ("Message-ID", "<9F2C4A7E-1B3D-4E58-A6C0-D8E2F4A6B8C1@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
Ich und mein Bruder Yassin. Wir wollen einen Imbiss aufmachen in der Nordstadt.

Tarik Haddou

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Russian, UTF-8 quoted-printable; Cyrillic display name, Latin signature.
# "семинар «Businessplan» (№ 4)"; "2 машины, 3 сотрудника" (two vans, three
# employees) is noise; "Буду один" = I come alone.

@mail("petrow-removals-russian", "2027-03-05 11:03:55",
      E("registration", "d.petrow@umzuege-petrow.example", "Dmitrij Petrow",
        "Umzüge & Transporte Petrow e.K.", ["WS4"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Дмитрий Петров", "d.petrow@umzuege-petrow.example", "utf-8", "b")),
           ("To", EGT),
           ("Subject", ew("Регистрация на Existenzgründungstag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1772704935.712093451@f144.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

У меня небольшая фирма по переездам и перевозкам в Дортмунде (2 машины, 3 сотрудника). Хочу зарегистрироваться на Existenzgründungstag 17 апреля.
Меня интересует семинар «Businessplan» (№ 4) – хочу взять кредит на третью машину, а банк требует бизнес-план.
Буду один.

С уважением,
Dmitrij Petrow
Umzüge & Transporte Petrow e.K.
Evinger Str. 203, 44339 Dortmund
Tel. 0231 79 40 55 62 · Mobil 0171 532 80 94
HRA 18432 Amtsgericht Dortmund
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# The owner registers her branch manager, does not come herself, and asks to
# confirm to the manager's address.  Attendee = the manager.

@mail("becker-registers-branch-manager", "2027-03-05 15:30:12",
      E("registration", "n.orlova@feinkost-baltika.example", "Natalia Orlova",
        "Feinkost Baltika GmbH", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Swetlana Becker <s.becker@feinkost-baltika.example>"),
           ("To", EGT),
           ("Subject", "Anmeldung unserer Filialleiterin"),
           ("Date", m.date),
           ("Message-ID", "<e5b2c8d0-7a41-4f3e-96b8-1c0d2e4f6a83@feinkost-baltika.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte gern unsere Filialleiterin Frau Natalia Orlova für den Workshop
Marketing & Social Media anmelden. Sie kümmert sich bei uns um den
Onlineshop und unsere Facebook-Seite. Ich selbst kann am 17.04. leider
nicht, samstags ist bei uns Hauptgeschäft.

Bitte schicken Sie die Bestätigung direkt an sie:
n.orlova@feinkost-baltika.example

Vielen Dank!
Swetlana Becker
Geschäftsführerin

Feinkost Baltika GmbH
Russische, polnische und baltische Spezialitäten
Rheinische Straße 64, 44137 Dortmund
Mo–Fr 9–20 Uhr, Sa 9–18 Uhr
HRB 27754 Amtsgericht Dortmund
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# Shared company mailbox in From, the managing director's own address in
# Reply-To (and asked for in the text).  Outlook multipart/alternative,
# windows-1252.  "14 Mitarbeitende" is noise; he and his nursing manager = 2.

ANADOLU_TEXT = """Sehr geehrte Frau Osterkamp,

wir sind ein kultursensibler ambulanter Pflegedienst mit derzeit 14 Mitarbeitenden und möchten im nächsten Jahr eine Tagespflege eröffnen. Dafür brauchen wir eine Finanzierung.

Ich melde mich und unsere Pflegedienstleitung, Frau Gülsüm Erdem, für den Workshop 1 (Finanzierung) an. Wir kommen also zu zweit.

Bitte antworten Sie an meine Adresse s.aydemir@pflegedienst-anadolu.example, das Info-Postfach wird von der Verwaltung gelesen.

Mit freundlichen Grüßen

Serkan Aydemir
Geschäftsführer
Pflegedienst Anadolu GmbH
Kurze Straße 8, 44147 Dortmund
Tel.: 0231 / 90 88 17-0
Bürozeiten: Mo–Fr 8:00–16:00 Uhr
Amtsgericht Dortmund HRB 28190 | IK 460 597 332"""


@mail("pflegedienst-anadolu-shared-mailbox-reply-to", "2027-03-06 10:55:19",
      E("registration", "s.aydemir@pflegedienst-anadolu.example", "Serkan Aydemir",
        "Pflegedienst Anadolu GmbH", ["WS1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Pflegedienst Anadolu GmbH <info@pflegedienst-anadolu.example>"),
           ("Reply-To", "Serkan Aydemir <s.aydemir@pflegedienst-anadolu.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Anmeldung Existenzgründungstag 17.04.")),
           ("Thread-Topic", ew("Anmeldung Existenzgründungstag 17.04.")),
           ("Thread-Index", "AdtuF0aK7mXq2R9cT3vWb1nZy8eLsQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7650E3A1C9F24B7D0A6E51F8C2B3@AS8PR04MB7650.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ANADOLU_TEXT, outlook_html(ANADOLU_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Vietnamese, HTML only with Gmail markup, UTF-8 quoted-printable.  "Vợ chồng
# tôi" = my wife and I -> 2; "Workshop 3 „Recht & Steuern“"; the restaurant
# name with diacritics; the display name is unaccented.

TRAN_TEXT = """Chào anh chị,

Tôi là Trần Văn Minh, chủ quán Phở Saigon ở Dortmund (mở từ năm 2023). Vợ chồng tôi muốn đăng ký tham dự Existenzgründungstag ngày 17.04.2027.
Chúng tôi muốn tham gia Workshop 3 „Recht & Steuern“, vì năm nay lần đầu tiên chúng tôi phải tự khai Umsatzsteuer và còn chưa hiểu rõ về Minijob cho nhân viên.

Cảm ơn nhiều!
Trần Văn Minh
Phở Saigon
Vietnamesische Küche
Kaiserstraße 102, 44135 Dortmund
Di–So 11:30–22:00 Uhr, Mo Ruhetag"""


@mail("tran-pho-html-only-vietnamese", "2027-03-07 18:20:44",
      E("registration", "minh.tran@pho-saigon-do.example", "Trần Văn Minh",
        "Phở Saigon", ["WS3"], 2, "vi"), "vi")
def _(m):
    m.head(("From", "Tran Van Minh <minh.tran@pho-saigon-do.example>"),
           ("To", EGT),
           ("Subject", ew("Đăng ký tham dự – Phở Saigon")),
           ("Date", m.date),
           ("Message-ID", "<CAL5wP8xN1cT4rZ7yB0mQv3kLs6hD9gF2eJ5aU8oI1nR4tXc7Ym@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(TRAN_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# English from Outlook for iOS (multipart/alternative): first and second choice
# as a small list; a catering UG with its legal form in the signature line
# after "Owner |".

MAMA_AFIA_TEXT = """Good morning,

I would like to register for the Existenzgründungstag on 17 April. I run a small catering business (West African food, mostly for weddings, church events and office lunches) and I want to reach more private customers.

First choice: Marketing & Social Media
Second choice: Finanzierung

Only me.

Kind regards,
Afia Boateng
Owner | Mama Afia's Kitchen UG (haftungsbeschränkt)
Catering · Meal Prep · Events
Lindenhorster Str. 38, 44147 Dortmund
Tel. +49 231 5677 9021
www.mamaafias-kitchen.example

Get Outlook for iOS"""


@mail("boateng-catering-outlook-ios-english", "2027-03-08 09:12:07",
      E("registration", "afia@mamaafias-kitchen.example", "Afia Boateng",
        "Mama Afia's Kitchen UG (haftungsbeschränkt)", ["WS2", "WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Afia Boateng <afia@mamaafias-kitchen.example>"),
           ("To", EGT),
           ("Subject", "Registration for 17 April"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1802C4A9E7F1B3D5@PAXP193MB1802.EURP193.PROD.OUTLOOK.example>"),
           ("X-MS-Has-Attach", ""),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(MAMA_AFIA_TEXT, outlook_ios_html(MAMA_AFIA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# A shop's holiday auto-reply to a confirmation (auto_reply), German and
# Turkish, with Auto-Submitted; opening hours, dates and a phone number.

@mail("textil-yildiz-holiday-autoreply", "2027-03-08 10:02:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Textil Yıldız <info@textil-yildiz.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Betriebsurlaub bis 21.03. / Yıllık izin")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772960551.30417@textil-yildiz.example>"),
           ("In-Reply-To", "<mailbot.20270308100228.7a3e@dortmund.example>"),
           ("References", "<mailbot.20270308100228.7a3e@dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Nachricht. Wir sind vom 06.03. bis 21.03.2027 im
Betriebsurlaub. Ab Montag, 22.03.2027, sind wir wieder wie gewohnt für
Sie da: Mo–Fr 10–19 Uhr, Sa 10–16 Uhr.

In dringenden Fällen erreichen Sie uns unter 0176 20 81 44 37.

----

Sayın müşterimiz,

mesajınız için teşekkür ederiz. 06.03. – 21.03.2027 tarihleri arasında
yıllık izindeyiz. 22.03.2027 Pazartesi gününden itibaren tekrar
hizmetinizdeyiz.

Textil Yıldız – Stoffe, Gardinen, Brautmode
Münsterstraße 210, 44145 Dortmund
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Turkish, UTF-8 8bit: registers himself with his business partner (named);
# first choice "Hukuk ve Vergi atölyesi (Recht & Steuern)", fallback
# "Finansman (Finanzierung)".  "e.K.'dan GmbH'ya" is about legal forms.

@mail("celik-pc-service-turkish-partner", "2027-03-08 22:40:58",
      E("registration", "murat@celik-pcservice.example", "Murat Çelik",
        "Çelik PC-Service e.K.", ["WS3", "WS1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Murat Çelik <murat@celik-pcservice.example>"),
           ("To", EGT),
           ("Subject", ew("Existenzgründungstag kaydı – Çelik PC-Service")),
           ("Date", m.date),
           ("Message-ID", "<a93e51c7-2d08-4b6f-8c1e-5f7a9b3d0e26@celik-pcservice.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

İş ortağım Burak Şen ile birlikte 17 Nisan'daki Existenzgründungstag'a
kayıt olmak istiyoruz. Geçen yıl bilgisayar ve cep telefonu tamir
dükkanımızı açtık, şimdi şirketi e.K.'dan GmbH'ya çevirmeyi düşünüyoruz.

Birinci tercihimiz Hukuk ve Vergi atölyesi (Recht & Steuern), orası
doluysa Finansman (Finanzierung) da olur.

İyi çalışmalar,
Murat Çelik

-- 
Çelik PC-Service e.K.
Reparatur · An- & Verkauf · Zubehör
Bornstraße 77, 44145 Dortmund
Tel. 0231 13 40 88 55
Mo–Sa 10–19 Uhr
USt-IdNr. DE 355 902 118
""", charset="utf-8", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Change, German, Gmail reply quoting the confirmation (Workshop 2, 1 person):
# "Können Sie mich bitte in Workshop 1 umbuchen?"  The quote names Workshop 2.

@mail("simsek-change-to-finanzierung", "2027-03-09 12:10:27",
      E("change", "hakan.simsek@autoservice-simsek.example", "Hakan Şimşek",
        "Autoservice Şimşek", ["WS1"], None, "de"), "de")
def _(m):
    m.head(("From", "Hakan Şimşek <hakan.simsek@autoservice-simsek.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAN4vT7yQ0dW3sZ6xB9mRp2kLf5hG8gE1cU4aO7iN0rY3qTb6Lz@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270303142602.1d8b@dortmund.example>"),
           ("References", "<mailbot.20270303142602.1d8b@dortmund.example>"),
           ("MIME-Version", "1.0"))
    attribution = (f"Am Mi., 3. März 2027 um 14:26 Uhr schrieb {EGT_NAME} <{EGT}>:")
    quoted = confirmation("Herr Şimşek", "WS2", 1)
    new = """Hallo,

ich bin für den Workshop Marketing eingetragen, aber nach dem Gespräch mit meiner Bank letzte Woche wäre Finanzierung für mich viel wichtiger. Können Sie mich bitte in Workshop 1 umbuchen?

Danke und Gruß
Hakan Şimşek
Autoservice Şimşek
Kfz-Meisterbetrieb · Reifen · HU/AU
Oesterholzstraße 51, 44145 Dortmund
Tel. 0231 84 11 93 70"""
    plain = f"{new}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(new, attribution=attribution, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable, display name and signature only in
# Arabic script.  "ورشة العمل الرابعة (Businessplan)" = the fourth workshop;
# "سأحضر وحدي" = alone; plus a question about a certificate (still a
# registration).  Home bakery not yet founded -> organisation null.

@mail("khalil-home-sweets-arabic-cp1256", "2027-03-09 17:44:50",
      E("registration", "rasha.khalil88@mail.example", "رشا خليل", None,
        ["WS4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("رشا خليل", "rasha.khalil88@mail.example", "windows-1256", "b")),
           ("To", EGT),
           ("Subject", ew("تسجيل – ورشة خطة العمل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270309174450.GA19283@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

اسمي رشا خليل، أصنع الحلويات الشامية في البيت منذ سنتين وأبيعها للجيران والمعارف، وأريد الآن أن أفتح مشروعاً صغيراً بشكل رسمي.
أرغب بالتسجيل في ورشة العمل الرابعة (Businessplan). سأحضر وحدي.

سؤال: هل سأحصل على شهادة مشاركة؟ مركز العمل (Jobcenter) يطلبها مني.

شكراً لكم
رشا خليل
هاتف: 0152 29 71 40 63
""", charset="windows-1256", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation sent to a mistyped
# domain (lotsu for lotus); the returned confirmation names Workshop 2.

@mail("postfix-bounce-domain-typo", "2027-03-10 08:05:14",
      E("bounce", bounced="kim.pham@nailstudio-lotsu.example"), "en")
def _(m):
    rcpt = "kim.pham@nailstudio-lotsu.example"
    m.head(("From", "MAILER-DAEMON@mail.dortmund.example (Mail Delivery System)"),
           ("To", EGT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270310070514.3C81A2F0D4@mail.dortmund.example>"),
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

<{rcpt}>: Host or domain name not found. Name service
    error for name=nailstudio-lotsu.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.dortmund.example"),
         ("X-Postfix-Queue-ID", "3C81A2F0D4"),
         ("X-Postfix-Sender", f"rfc822; {EGT}"),
         ("Arrival-Date", "Wed, 10 Mar 2027 08:05:11 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=nailstudio-lotsu.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Kim Pham <{rcpt}>", "Frau Pham", "WS2", 1,
        "Wed, 10 Mar 2027 08:05:11 +0100", "<mailbot.20270310080511.2b7c@dortmund.example>",
        "<3e8d1a60-f4b2-4c97-a051-6b2e9d7c0f14@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Russian, UTF-8 base64, multipart/alternative.  "семинар «Право и налоги»
# (Recht & Steuern), на втором месте – маркетинг и соцсети" = first and
# second choice in Russian words; "Приду одна" = alone.  A translation office.

SOKOLOVA_TEXT = """Здравствуйте!

Прошу зарегистрировать меня на Existenzgründungstag 17 апреля 2027 года.
Я работаю как фрилансер – письменные и устные переводы (русский, украинский, немецкий), с прошлого года также как присяжный переводчик при земельном суде Хамма.
Больше всего меня интересует семинар «Право и налоги» (Recht & Steuern), на втором месте – маркетинг и соцсети.
Приду одна.

С уважением,
Irina Sokolova
Übersetzungsbüro Sokolova
Ermächtigte Übersetzerin für Russisch und Ukrainisch
Hansastraße 14, 44137 Dortmund
Tel. 0231 72 58 13 40
Steuernummer 317/5012/4471"""


@mail("sokolova-translator-russian", "2027-03-10 13:30:09",
      E("registration", "irina.sokolova@perevod-dortmund.example", "Irina Sokolova",
        "Übersetzungsbüro Sokolova", ["WS3", "WS2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Соколова", "irina.sokolova@perevod-dortmund.example", "utf-8", "b")),
           ("To", EGT),
           ("Subject", ew("Регистрация – семинар «Право и налоги»", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1773145809.881024@perevod-dortmund.example>"),
           ("MIME-Version", "1.0"))
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in SOKOLOVA_TEXT.split("\n"))
        + "</div></BODY></HTML>\n")
    m.alternative(SOKOLOVA_TEXT, html_text, charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Learner German from a Samsung phone: "Workshop Businesplan" (typo), "mit
# meine Frau" -> 2; "seit 2 Jahre" and "6-22 Uhr" are noise.

@mail("ahmadzai-kiosk-learner-german", "2027-03-11 19:02:33",
      E("registration", "bashir.ahmadzai@mail.example", "Bashir Ahmadzai",
        "Kiosk Ahmadzai", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Bashir Ahmadzai <bashir.ahmadzai@mail.example>"),
           ("To", EGT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k3x9q1.1773252153.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich möchte anmelden für Existenzgründungstag. Ich habe Kiosk in Dortmund Eving seit 2 Jahre, Kiosk Ahmadzai. Jetzt ich will zweite Kiosk aufmachen aber Bank sagt ich brauche Businessplan. Darum ich will Workshop Businesplan. Ich komme mit meine Frau sie macht mit mir Kiosk.

Danke
Bashir Ahmadzai
Kiosk Ahmadzai, Bergstr. 5
Offnungszeiten 6-22 Uhr jeden Tag

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Question in Russian, KOI8-R quoted-printable, Cyrillic display name and
# signature: interpreting into Russian? a microcredit consultant?  "Если
# перевод будет, я сразу зарегистрируюсь" = will register once answered.

@mail("morozov-question-russian-koi8r", "2027-03-12 10:15:40",
      E("question", "a.morozov@mail.example", "Алексей Морозов", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Алексей Морозов", "a.morozov@mail.example", "koi8-r", "b")),
           ("To", EGT),
           ("Subject", ew("Вопрос о переводе", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1773306940.229814071@f77.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте,

я планирую открыть автосервис в Дортмунде и хотел бы прийти на ваш день
для основателей бизнеса. Но у меня два вопроса:

1) Будет ли на семинарах перевод на русский? Мой немецкий на уровне B1,
сложные темы про налоги я понимаю плохо.
2) Можно ли там отдельно поговорить с консультантом по микрокредиту?

Если перевод будет, я сразу зарегистрируюсь.

Спасибо!
Алексей Морозов
""", charset="koi8-r", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Polish, iso-8859-2 8bit: "Przyjdziemy we dwóch" (we two men) with his
# partner; "warsztat z marketingu (Marketing & Social Media)"; a GbR.

@mail("nowicki-renovation-polish-8bit", "2027-03-12 21:30:02",
      E("registration", "k.nowicki@nowicki-renovierung.example", "Krzysztof Nowicki",
        "Nowicki & Zając Renovierung GbR", ["WS2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Krzysztof Nowicki <k.nowicki@nowicki-renovierung.example>"),
           ("To", EGT),
           ("Subject", ew("Zgłoszenie na warsztat marketingowy", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270312213002.4f1a9c@nowicki-renovierung.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

zgłaszam się na Existenzgründungstag 17.04.2027. Razem z moim wspólnikiem Markiem Zającem prowadzimy od 2022 roku firmę remontową w Dortmundzie. Przyjdziemy we dwóch.
Chcielibyśmy wziąć udział w warsztacie z marketingu (Marketing & Social Media), bo prawie wszystkich klientów mamy z polecenia, a nie mamy nawet strony internetowej.

Pozdrawiam serdecznie
Krzysztof Nowicki
Nowicki & Zając Renovierung GbR
Trockenbau - Fliesen - Malerarbeiten
Burgholzstr. 120, 44145 Dortmund
Tel. 0163 447 21 09
""", charset="iso-8859-2", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Apple Mail on an iPad (multipart/alternative): "bitte für Social Media
# eintragen!", English phrase in the sign-off, a price list in the signature.

ADJEI_TEXT = """Hallo liebes Team,

ich möchte mich gern für den Existenzgründungstag anmelden. Ich habe seit einem Jahr mein eigenes Studio für Afro-Haare, Braids und Locs in der Innenstadt und mache fast alles über Instagram und TikTok – da möchte ich besser werden. Also bitte für Social Media eintragen!

Ich komme alleine.

Thank you & liebe Grüße
Grace Adjei

Afro Hair & Braids Studio Adjei
Ostenhellweg 31 (Hinterhof), 44135 Dortmund
Termine nur nach Vereinbarung: 0176 51 09 88 23
Box Braids ab 120 € · Cornrows ab 45 € · Locs Retwist 70 €

Von meinem iPad gesendet"""


@mail("adjei-afro-hair-apple-mail", "2027-03-15 09:50:38",
      E("registration", "grace@afrohair-adjei.example", "Grace Adjei",
        "Afro Hair & Braids Studio Adjei", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Grace Adjei <grace@afrohair-adjei.example>"),
           ("Subject", "Anmeldung Social Media Workshop"),
           ("Message-Id", "<0C7E2B94-5A1F-4D38-B6E0-93F1A2C4D5E7@afrohair-adjei.example>"),
           ("Date", m.date),
           ("To", EGT),
           ("X-Mailer", "iPad Mail (22D82)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(ADJEI_TEXT, apple_html(ADJEI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252: the owner and two named
# employees (3); a form-like "Workshop: / Personen:" pair; "23
# Reinigungskräfte" is noise; long company signature and confidentiality
# disclaimer.

KORKMAZ_TEXT = """Guten Tag,

hiermit melde ich mich und zwei meiner Mitarbeiterinnen (Frau Elif Kara, Büroleitung, und Frau Jana Wolff, Auszubildende Kauffrau für Büromanagement) zum Existenzgründungstag am 17. April an.

Workshop: Recht & Steuern
Personen: 3

Wir beschäftigen inzwischen 23 Reinigungskräfte, viele davon als Minijobber, und möchten bei Arbeitsrecht und Lohnsteuer sicherer werden.

Mit freundlichen Grüßen

Hüsnü Korkmaz
Geschäftsführer

Blitzblank Gebäudereinigung GmbH
Huckarder Straße 250 | 44147 Dortmund
Telefon: 0231 / 56 22 89-0 | Telefax: 0231 / 56 22 89-99
Büro: Mo–Do 7:30–16:30 Uhr, Fr 7:30–13:00 Uhr
Sitz der Gesellschaft: Dortmund | Amtsgericht Dortmund HRB 25493
Geschäftsführer: Hüsnü Korkmaz | USt-IdNr.: DE 287 114 350

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""


@mail("korkmaz-cleaning-two-employees-disclaimer", "2027-03-15 14:25:51",
      E("registration", "h.korkmaz@blitzblank-reinigung.example", "Hüsnü Korkmaz",
        "Blitzblank Gebäudereinigung GmbH", ["WS3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Korkmaz, Hüsnü" <h.korkmaz@blitzblank-reinigung.example>'),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Anmeldung Existenzgründungstag – Blitzblank Gebäudereinigung")),
           ("Thread-Topic", ew("Anmeldung Existenzgründungstag – Blitzblank Gebäudereinigung")),
           ("Thread-Index", "AduVd2Lc0kQ8xN3pR6sT9wYb2mZf4A=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2044A7C1E05D9B3F2E8C6A4D1B70@FR3P281MB2044.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, outlook_html(KORKMAZ_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 028 ---------------------------------------------------------------------
# Change of party size only, Polish, Thunderbird reply quoting the
# confirmation (Workshop 2, 1 person) with a Polish attribution line.
# "będziemy dwie" = we will be two; "Warsztat bez zmian" = workshop unchanged.

@mail("mazur-change-party-size-polish", "2027-03-16 11:40:29",
      E("change", "ewelina@fotostudio-mazur.example", "Ewelina Mazur",
        "Fotostudio Mazur & Krawiec", [], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Ewelina Mazur <ewelina@fotostudio-mazur.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<b2e7f0a4-9c3d-4e18-a5b6-d0c1e2f3a4b5@fotostudio-mazur.example>"),
           ("In-Reply-To", "<mailbot.20270304180211.5e2f@dortmund.example>"),
           ("References", "<mailbot.20270304180211.5e2f@dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie. Czy mogę zgłosić jeszcze jedną osobę? Moja
wspólniczka Joanna Krawiec chce jednak przyjść razem ze mną, więc
będziemy dwie. Warsztat bez zmian.

Pozdrawiam
Ewelina Mazur
Fotostudio Mazur & Krawiec
Hochzeiten · Business-Portraits · Produktfotos
Saarlandstraße 55, 44139 Dortmund

W dniu 4.03.2027 o 18:02, {EGT_NAME} pisze:
{gt_quote(confirmation("Frau Mazur", "WS2", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 029 ---------------------------------------------------------------------
# Change of mind inside the mail: "Workshop Finanzierung ... Ach nein,
# Korrektur ... bitte doch Workshop 4 statt Finanzierung".

@mail("jovanovic-cafe-change-of-mind", "2027-03-17 16:08:12",
      E("registration", "aleksandra@cafe-kalemegdan.example", "Aleksandra Jovanović",
        "Café Kalemegdan", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Aleksandra Jovanović <aleksandra@cafe-kalemegdan.example>"),
           ("To", EGT),
           ("Subject", ew("Anmeldung Gründungstag 17.4.")),
           ("Date", m.date),
           ("Message-ID", "<CAO1xT4wR7eV0nZ3yB6mSq9kLg2hH5gD8fK1aP4oJ7uW0rXd3Zn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich möchte mich für den Existenzgründungstag anmelden, und zwar für den Workshop Finanzierung.

Ach nein, Korrektur: Ich habe gerade mit meiner Steuerberaterin telefoniert, sie meint, ich soll erst mal meinen Businessplan auf Vordermann bringen, bevor ich wieder zur Bank gehe. Also bitte doch Workshop 4 statt Finanzierung!

Ich komme allein.

Liebe Grüße
Aleksandra Jovanović
Café Kalemegdan
Kaffee · Kuchen · Balkan-Frühstück
Lange Straße 42, 44137 Dortmund
Mi–So 9–18 Uhr
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Question in English from a company that already exists: is the day for
# them too? can one attend two workshops?  Names two workshops but registers
# no one.

@mail("nair-spices-question-english", "2027-03-18 10:30:45",
      E("question", "deepak.nair@nair-spices.example", "Deepak Nair",
        "Nair Spice Trading GmbH", [], None, "en"), "en")
def _(m):
    m.head(("From", "Deepak Nair <deepak.nair@nair-spices.example>"),
           ("To", EGT),
           ("Subject", "Question about the Existenzgruendungstag"),
           ("Date", m.date),
           ("Message-ID", "<000b01dbb7f1$3e4f5a60$ba5e0f20$@nair-spices.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I came across your event on the IHK website. I have been running an import
business for Indian spices and groceries for four years, with a shop in
Dortmund and a small online store.

Two quick questions before I register:
- Is the day also meant for people whose business already exists, or only
  for new founders?
- Do the workshops run at the same time, or could I attend both
  Finanzierung and Marketing?

Thank you,
Deepak Nair
Managing Director
Nair Spice Trading GmbH
Mallinckrodtstr. 18, 44145 Dortmund
HRB 29113, Amtsgericht Dortmund
""", charset="us-ascii", cte="7bit")


# -- 031 ---------------------------------------------------------------------
# Cancellation, German, Outlook multipart/alternative (windows-1252) quoting
# the confirmation (Workshop 1, 2 persons) below a Von:/Gesendet: block.
# "unsere Anmeldung ... zurückziehen" for her and her husband.

ARSLAN_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen mein Mann und ich unsere Anmeldung für den 17. April zurückziehen. Eine unserer beiden Floristinnen fällt länger aus, und samstags können wir den Laden nicht schließen – das ist unser umsatzstärkster Tag.

Bitte geben Sie unsere beiden Plätze an andere Interessierte weiter. Vielleicht klappt es im nächsten Jahr.

Mit freundlichen Grüßen
Sevgi Arslan
Blumen Arslan e.K.
Floristik · Hochzeitsfloristik · Trauerfloristik
Hörder Bahnhofstraße 6, 44263 Dortmund
Tel. 0231 41 77 20 90
Mo–Fr 8–18:30 Uhr, Sa 8–14 Uhr"""


@mail("arslan-florist-cancel-outlook", "2027-03-19 12:00:26",
      E("cancellation", "sevgi.arslan@blumen-arslan.example", "Sevgi Arslan",
        "Blumen Arslan e.K.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Arslan, Sevgi" <sevgi.arslan@blumen-arslan.example>'),
           ("To", TO_EGT_ENC),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHbjW1s4Tq7zK0wQ2mR5vX8yB3nDcAAe9Lf"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR04MB6128D0B3F7A2C9E4158B6D3A0F27@VI1PR04MB6128.eurprd04.prod.outlook.example>"),
           ("References", "<mailbot.20270305091402.8c4d@dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270305091402.8c4d@dortmund.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{EGT_NAME} <{EGT}>",
             "Freitag, 5. März 2027 09:14",
             "Arslan, Sevgi <sevgi.arslan@blumen-arslan.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Arslan", "WS1", 2))
    m.alternative(outlook_plain(ARSLAN_CANCEL, quote), outlook_html(ARSLAN_CANCEL, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# English, Gmail multipart/alternative: two co-founders (2) for "Workshop 4
# (Businessplan)", a company "in Gründung" (i.G.), and a residence-permit
# question inside the registration.

VERMA_TEXT = """Hi there,

Please register me and my co-founder Ananya Iyer for the Existenzgründungstag on April 17th. We're two software engineers from Bangalore, both working in Dortmund on a Blue Card, and we are setting up a small company for warehouse software. The notary appointment for our UG is next month.

We'd like to join Workshop 4 (Businessplan) – we want to apply for the Gründungsstipendium NRW and need a proper plan.

One question: as Blue Card holders, do we need permission from the Ausländerbehörde before we register the business? Maybe someone in the workshop can tell us.

Thanks!
Rahul Verma
Co-Founder, CodeKraft Solutions UG (haftungsbeschränkt) i.G.
+49 1520 339 8841"""


@mail("verma-cofounders-ug-ig-english", "2027-03-22 20:20:14",
      E("registration", "rahul@codekraft.example", "Rahul Verma",
        "CodeKraft Solutions UG (haftungsbeschränkt) i.G.", ["WS4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Rahul Verma <rahul@codekraft.example>"),
           ("To", EGT),
           ("Subject", "Registration: 2 persons, Workshop 4"),
           ("Date", m.date),
           ("Message-ID", "<CAP7yV0xS3fW6nA9zC2mTr5kMh8iJ1hE4gL7bQ0pK3vX6sYe9Ao@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VERMA_TEXT, gmail_html(VERMA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# A migration counsellor forwards a client's registration (Thunderbird
# forward with a header table) and asks to confirm to him.  The client plans
# a shop but names no company; his cousin comes too (2).

@mail("lohmann-forwards-client-registration", "2027-03-23 09:05:37",
      E("registration", "abdirahman.warsame@mail.example", "Abdirahman Warsame", None,
        ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Birgit Lohmann <b.lohmann@migrationsberatung-do.example>"),
           ("To", EGT),
           ("Subject", ew("WG: Anmeldung Gründungstag")),
           ("Date", m.date),
           ("Message-ID", "<5d0e8f3a-1b7c-4e29-96a4-f2c3b1d0e7a8@migrationsberatung-do.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Osterkamp,

ich leite Ihnen die Anmeldung von Herrn Abdirahman Warsame weiter, den ich
in unserer Gründungsberatung begleite. Er hatte Ihre E-Mail-Adresse nicht.
Bitte schicken Sie die Bestätigung direkt an ihn.

Mit freundlichen Grüßen
Birgit Lohmann
Migrationsberatung für Erwachsene
Beratungsstelle Dortmund-Nord
Tel. 0231 18 44 90 27


-------- Weitergeleitete Nachricht --------
Betreff: 	Anmeldung Gründungstag
Datum: 	Mon, 22 Mar 2027 17:48:12 +0100
Von: 	Abdirahman Warsame <abdirahman.warsame@mail.example>
An: 	b.lohmann@migrationsberatung-do.example



Hallo Frau Lohmann,

wie besprochen, bitte melden Sie mich an für den Gründungstag am 17. April.
Ich will Workshop Businessplan machen, für meinen Laden mit afrikanischen
Lebensmitteln. Mein Cousin Mohamed kommt auch mit, er wird mein Partner im
Geschäft.

Vielen Dank
Abdirahman Warsame
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Turkish from a Samsung phone, UTF-8 quoted-printable: "Eşimle birlikte
# Finansman atölyesine (Workshop 1 – Finanzierung) ... 2 kişi"; a question on
# the KfW start-up loan inside the registration; "5 yıldır", "2 çalışan" noise.

@mail("gunes-hairdresser-turkish-kfw", "2027-03-24 19:45:03",
      E("registration", "hatice.gunes@mail.example", "Hatice Güneş",
        "Kuaför Hatice", ["WS1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Güneş <hatice.gunes@mail.example>"),
           ("To", EGT),
           ("Subject", ew("Kayıt ve bir soru")),
           ("Date", m.date),
           ("Message-ID", "<p8w2n5.1774377903.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Hörde'de 5 yıldır bayan kuaförü işletiyorum (Kuaför Hatice). Şimdi salonu büyütüp 2 çalışan daha almak istiyorum.
Eşimle birlikte Finansman atölyesine (Workshop 1 – Finanzierung) katılmak istiyoruz, 2 kişi.

Bir de sorum var: KfW'nin Gründerkredit'i bizim gibi zaten kurulmuş işletmeler için de geçerli mi? Atölyede bu konu anlatılacak mı?

Teşekkür ederim
Hatice Güneş
Kuaför Hatice
Damen- & Brautfriseur
Alfred-Trappen-Str. 19, 44263 Dortmund
Tel. 0231 43 18 76
Salı–Cumartesi 9:00–18:30

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change, Arabic, Gmail RTL reply quoting the confirmation (Workshop 3) with an
# Arabic attribution line: "أرجو نقلي إلى ورشة خطة العمل (Businessplan)".
# The old workshop "Recht & Steuern" is named in the new text too.

ALNAJJAR_TEXT = """مرحباً،

شكراً على التأكيد. سجلتموني في ورشة Recht & Steuern، لكن المحاسب الذي يعمل معي سيساعدني في موضوع الضرائب. أرجو نقلي إلى ورشة خطة العمل (Businessplan) بدلاً منها.

مع التحية
Khaled Al-Najjar
Tischlerei Al-Najjar
Möbelbau · Innenausbau · Reparaturen
Ellinghauser Str. 300, 44339 Dortmund"""


@mail("al-najjar-change-arabic-gmail", "2027-03-25 10:10:55",
      E("change", "k.alnajjar@mail.example", "Khaled Al-Najjar",
        "Tischlerei Al-Najjar", ["WS4"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Najjar <k.alnajjar@mail.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAQ0zW3yT6gX9oB2aD5nUs8kNi1jK4iF7hM0cR3qL6wY9tZf2Bp@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270310110215.6f0a@dortmund.example>"),
           ("References", "<mailbot.20270310110215.6f0a@dortmund.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"في الأربعاء، 10 مارس 2027 في 11:02 ص كتب {EGT_NAME} <{EGT}>:"
    quoted = confirmation("Herr Al-Najjar", "WS3", 1)
    plain = f"{ALNAJJAR_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(ALNAJJAR_TEXT, rtl=True, attribution=attribution,
                                    quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Vacation auto-reply (Polish and German) with Auto-Submitted, answering a
# confirmation; the subject is the one the user set.

@mail("wrobel-vacation-polish", "2027-03-26 08:00:41",
      E("auto_reply"), "pl")
def _(m):
    m.head(("From", "Tomasz Wróbel <t.wrobel@wrobel-elektro.example>"),
           ("To", EGT),
           ("Subject", "Urlop / Urlaub do 04.04."),
           ("Date", m.date),
           ("Message-ID", "<CAR2aX5zU8hY1pC4bE7oVt0kOj3lL6jG9iN2dS5rM8xZ1uAg4Cq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270326080037.0b5d@dortmund.example>"),
           ("References", "<mailbot.20270326080037.0b5d@dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

dziękuję za wiadomość. Do 4 kwietnia 2027 jestem na urlopie i nie mam
dostępu do poczty. W pilnych sprawach proszę dzwonić do biura:
0231 50 62 71 18.

Guten Tag, ich bin bis zum 4. April 2027 im Urlaub. In dringenden Fällen
erreichen Sie unser Büro unter 0231 50 62 71 18.

Tomasz Wróbel
Wróbel Elektrotechnik GmbH
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Question in Turkish (language of the workshops? fee? a tax adviser on
# site?); "Cevabınıza göre kayıt yaptıracağım" = I will register depending on
# your answer.  Yahoo-style UTF-8 base64, multipart/alternative.

TEKIN_TEXT = """Merhaba,

Dortmund'da bir döner dükkanı açmayı düşünüyorum, henüz Gewerbe kaydım yok. Gründungstag'a katılmadan önce birkaç sorum var:

- Atölyeler Almanca mı olacak? Türkçe çeviri var mı?
- Katılım ücretli mi?
- Etkinlikte bir mali müşavir (Steuerberater) ile birebir görüşme imkânı olacak mı?

Cevabınıza göre kayıt yaptıracağım.

Saygılarımla
Volkan Tekin"""


@mail("tekin-question-turkish", "2027-03-29 11:20:16",
      E("question", "volkan.tekin@mail.example", "Volkan Tekin", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Volkan Tekin <volkan.tekin@mail.example>"),
           ("To", EGT),
           ("Subject", ew("Gründungstag hakkında sorular")),
           ("Date", m.date),
           ("Message-ID", "<1874512416.2201937.1774776016552@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp3f2a1c9eyahoo-style-wrap\" "
                 "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                           for line in TEKIN_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(TEKIN_TEXT, html_text, charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# Change, English Outlook (From:/Sent:/To:/Subject: block) quoting the
# confirmation (Workshop 4): "rather do Marketing & Social Media ... If
# Marketing is already full, please just leave me in Businessplan" ->
# new choice first, the current one as fallback.

HAILE_TEXT = """Hi,

Is it still possible to switch workshops? I'm currently down for the Businessplan workshop, but I would much rather do Marketing & Social Media, since that is basically what my clients ask me about all the time. If Marketing is already full, please just leave me in Businessplan.

Thanks,
Samuel Haile
Haile Digital
Websites & Online Shops for Small Businesses
Freelance Web Designer
Tel. +49 157 8821 0043"""


@mail("haile-change-marketing-else-stay-english", "2027-03-30 15:35:08",
      E("change", "samuel@haile-digital.example", "Samuel Haile",
        "Haile Digital", ["WS2", "WS4"], None, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Samuel Haile <samuel@haile-digital.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHbljx0Yk2mW5pR8sT1vX4yB7nEdAAJc2Mg"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3377B5E2C8A1D4F7096E3B5C1A48@AM0PR10MB3377.EURPRD10.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.20270316110309.9d1e@dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270316110309.9d1e@dortmund.example>"),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{EGT_NAME} <{EGT}>",
             "Tuesday, March 16, 2027 11:03 AM",
             "Samuel Haile <samuel@haile-digital.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Haile", "WS4", 1))
    m.alternative(outlook_plain(HAILE_TEXT, quote, labels="en"),
                  outlook_html(HAILE_TEXT, quote, labels="en", charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Cancellation, Turkish, from an iPhone, quoting the confirmation (Workshop 2)
# below the iOS Turkish attribution line; "Kaydımı iptal edebilir misiniz?"
# is a request phrased as a question.

@mail("koc-cakes-cancel-turkish-iphone", "2027-04-01 09:00:44",
      E("cancellation", "zehra.koc@mail.example", "Zehra Koç",
        "Zehra's Cakes", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Zehra Koç <zehra.koc@mail.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<D1E3F5A7-2B4C-4D6E-8F01-A3B5C7D9E1F2@mail.example>"),
           ("In-Reply-To", "<mailbot.20270305164208.3a7b@dortmund.example>"),
           ("References", "<mailbot.20270305164208.3a7b@dortmund.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 17 Nisan'da katılamayacağım, annem Türkiye'de ameliyat olacak ve o hafta yanında olmam gerekiyor. Kaydımı iptal edebilir misiniz?

Teşekkürler, kolay gelsin
Zehra Koç
Zehra's Cakes
Torten auf Bestellung

iPhone'umdan gönderildi

> 5 Mar 2027 tarihinde 16:42 saatinde, {EGT_NAME} <{EGT}> şunu yazdı:
>
{gt_quote(confirmation("Frau Koç", "WS2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change, Russian, Outlook with Russian header labels, UTF-8: "перевести меня
# на семинар по финансированию (Finanzierung)" and "нас будет трое" (new
# party size 3); the quoted confirmation names Workshop 4 and 1 person.

LANGE_TEXT = """Добрый день,

я зарегистрирован на семинар по бизнес-плану. Можно ли перевести меня на семинар по финансированию (Finanzierung)? Со мной придут ещё жена и сын, они работают со мной в фирме, то есть нас будет трое.

С уважением,
Sergej Lange
Lange Kurierdienst e.K.
Tel. 0231 70 29 55 18"""


@mail("lange-change-workshop-and-size-russian-outlook", "2027-04-06 18:12:39",
      E("change", "s.lange@lange-kurier.example", "Sergej Lange",
        "Lange Kurierdienst e.K.", ["WS1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Sergej Lange <s.lange@lange-kurier.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Thread-Index", "AQHbkmR0Zf6nX2qT9uV3wY7zC1oGeAAPd4Nh"),
           ("Date", m.date),
           ("Message-ID", "<000c01dba71e$5f6a7b80$1e7f8290$@lange-kurier.example>"),
           ("References", "<mailbot.20270311093712.4b8c@dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270311093712.4b8c@dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    quote = (f"{EGT_NAME} <{EGT}>",
             "четверг, 11 марта 2027 г. 9:37",
             "s.lange@lange-kurier.example",
             CONFIRMATION_SUBJECT, confirmation("Herr Lange", "WS4", 1))
    m.alternative(outlook_plain(LANGE_TEXT, quote, labels="ru"),
                  outlook_html(LANGE_TEXT, quote, labels="ru", charset="utf-8", lang="RU"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Cancellation, Vietnamese, Gmail reply with the Vietnamese attribution line
# quoting the confirmation (Workshop 1, 2 persons): "Xin vui lòng hủy đăng ký
# của chúng tôi" = please cancel our registration.

LE_TEXT = """Kính gửi Ban tổ chức,

Rất tiếc, tôi và em gái tôi sẽ không thể tham dự ngày 17/4 được nữa, vì đúng hôm đó cửa hàng của chúng tôi nhận một lô hàng lớn và không có ai thay. Xin vui lòng hủy đăng ký của chúng tôi.

Xin cảm ơn và xin lỗi vì sự bất tiện này.
Lê Thu Trang
Lotus Asia Markt
Lebensmittel aus Vietnam, Thailand & China
Münsterstraße 61, 44145 Dortmund"""


@mail("le-asia-markt-cancel-vietnamese", "2027-04-08 12:40:22",
      E("cancellation", "thutrang.le@mail.example", "Lê Thu Trang",
        "Lotus Asia Markt", [], None, "vi"), "vi")
def _(m):
    m.head(("From", "Le Thu Trang <thutrang.le@mail.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAS4bY7aV0iZ3qD6cF9pWu2kPk5mM8kH1jO4eT7sN0yA3vBh6Dr@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270308152011.2c6e@dortmund.example>"),
           ("References", "<mailbot.20270308152011.2c6e@dortmund.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"Vào Th 2, 8 thg 3, 2027 vào lúc 15:20 {EGT_NAME} <{EGT}> đã viết:"
    quoted = confirmation("Frau Le", "WS1", 2)
    plain = f"{LE_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(LE_TEXT, attribution=attribution, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# German bounce from the recipient's provider (mailbox full) for the 7-day
# reminder; multipart/report with only the returned headers.  The
# Original-Recipient is in mixed case, the Final-Recipient lower case.

def _reminder_headers(rcpt):
    return f"""Return-Path: <{EGT}>
Received: from mail.dortmund.example (mail.dortmund.example [198.51.100.44])
	by mx01.provider-mail.example with ESMTPS id 4Wq7Xk2bZcz9tQ
	for <{rcpt}>; Sat, 10 Apr 2027 09:00:05 +0200 (CEST)
From: =?utf-8?q?Existenzgr=C3=BCndungstag_f=C3=BCr_Migrant*innen?= <{EGT}>
To: Imbiss Anatolia <{rcpt}>
Subject: =?utf-8?q?Erinnerung=3A_Existenzgr=C3=BCndungstag_f=C3=BCr_Migrant*inne?=
 =?utf-8?q?n_am_17=2E_April_2027?=
Date: Sat, 10 Apr 2027 09:00:02 +0200
Message-ID: <mailbot.reminder.20270410090002.71e3@dortmund.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("provider-bounce-mailbox-full-reminder", "2027-04-10 09:03:18",
      E("bounce", bounced="info@imbiss-anatolia-do.example"), "de")
def _(m):
    rcpt = "info@imbiss-anatolia-do.example"
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.provider-mail.example>"),
           ("To", EGT),
           ("Subject", "Nachricht konnte nicht zugestellt werden"),
           ("Date", m.date),
           ("Message-ID", "<dsn.4Wq7Xk2bZcz9tQ@mx01.provider-mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erzeugte Nachricht des Mailservers
mx01.provider-mail.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler.

Empfänger: {rcpt}
Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full).

Betreff Ihrer Nachricht: {REMINDER_SUBJECT}
Gesendet: 10.04.2027 09:00

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.provider-mail.example"),
         ("Arrival-Date", "Sat, 10 Apr 2027 09:00:05 +0200")],
        [("Original-Recipient", "rfc822;Info@Imbiss-Anatolia-DO.example"),
         ("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")])
    headers = m.text(_reminder_headers("Info@Imbiss-Anatolia-DO.example"),
                     subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Late registration after the deadline: "Falls noch ein Platz frei ist, melde
# ich mich hiermit für den Workshop Recht & Steuern an"; "5 Plätze für Kinder
# unter 3" and "GbR" are noise.

@mail("kilinc-childminder-late-registration", "2027-04-12 08:20:47",
      E("registration", "z.kilinc@tagespflege-minikids.example", "Zeynep Kılınç",
        "Kindertagespflege Minikids", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Zeynep Kılınç <z.kilinc@tagespflege-minikids.example>"),
           ("To", EGT),
           ("Subject", ew("Nachträgliche Anmeldung – geht das noch?")),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a2c4e6f-0b1d-4f3a-95c7-e9d1f3a5b7c9-1775974847120@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom Gründungstag,

ich weiß, die Anmeldefrist war am Samstag – ich habe Ihre Einladung leider
erst jetzt von einer Kollegin weitergeleitet bekommen. Falls noch ein Platz
frei ist, melde ich mich hiermit für den Workshop Recht & Steuern an. Ich
komme allein.

Ich bin seit 2025 selbstständige Kindertagespflegeperson (5 Plätze für
Kinder unter 3) und möchte im Herbst mit einer zweiten Tagesmutter eine
Großtagespflege gründen – da habe ich viele Fragen zu GbR, Versicherung
und Steuern.

Viele Grüße
Zeynep Kılınç
Kindertagespflege Minikids
Am Oelpfad 4, 44263 Dortmund
Betreuungszeiten: Mo–Fr 7:30–15:30 Uhr
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Arabic, Outlook for Android: English header block under a
# line of underscores, quoting the confirmation (Workshop 2, 3 persons);
# "أرجو إلغاء تسجيلنا (3 أشخاص)".

ALSAYED_TEXT = """مرحباً،

للأسف لن نتمكن من الحضور يوم السبت 17 نيسان، فقد حجز عندنا زبون حفل زفاف في اليوم نفسه ولا يمكننا الاعتذار عنه. أرجو إلغاء تسجيلنا (3 أشخاص).

نعتذر عن الإزعاج، ونتمنى أن نشارك في المرة القادمة.
Nour Al-Sayed
Nour Events
Hochzeits- & Eventdekoration
Tel. 0176 33 90 61 25

Get Outlook for Android"""


@mail("al-sayed-events-cancel-arabic-outlook-android", "2027-04-15 21:10:05",
      E("cancellation", "nour.alsayed@mail.example", "Nour Al-Sayed",
        "Nour Events", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Sayed <nour.alsayed@mail.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2210F3A8C6D9E1B4@GV1P195MB2210.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270322191544.8e2a@dortmund.example>"),
           ("References", "<mailbot.20270322191544.8e2a@dortmund.example>"),
           ("Content-Language", "ar-SA"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Al-Sayed", "WS2", 3)
    block = (f"________________________________\nFrom: {EGT_NAME} <{EGT}>\n"
             "Sent: Monday, March 22, 2027 7:15:44 PM\n"
             "To: nour.alsayed@mail.example <nour.alsayed@mail.example>\n"
             f"Subject: {CONFIRMATION_SUBJECT}\n\n{quoted}")
    plain = f"{ALSAYED_TEXT}\n\n{block}\n"
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div dir=\"rtl\">"
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>"
                           for line in ALSAYED_TEXT.split("\n"))
                 + "</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
                 "style=\"font-size:11pt\" color=\"#000000\">"
                 f"<b>From:</b> {esc(EGT_NAME)} &lt;{EGT}&gt;<br>"
                 "<b>Sent:</b> Monday, March 22, 2027 7:15:44 PM<br>"
                 "<b>To:</b> nour.alsayed@mail.example &lt;nour.alsayed@mail.example&gt;<br>"
                 f"<b>Subject:</b> {esc(CONFIRMATION_SUBJECT)}</font><div>&nbsp;</div></div>"
                 "<div dir=\"ltr\">" + "<br>\n".join(esc(line) for line in quoted.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 045 ---------------------------------------------------------------------
# Thank-you after the event (other) with a photo attached (multipart/mixed);
# it names a workshop and "Nächstes Jahr komme ich gern wieder".

@mail("aslan-tiles-thanks-after-event-photo", "2027-04-19 10:30:51",
      E("other"), "de")
def _(m):
    m.head(("From", "Ömer Aslan <oemer.aslan@aslan-fliesen.example>"),
           ("To", TO_EGT_ENC),
           ("Subject", ew("Danke für den Gründungstag!")),
           ("Date", m.date),
           ("Message-ID", "<7f3a1c5e-9b2d-4e80-a6c4-1d3f5b7e9a02@aslan-fliesen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Frau Osterkamp, liebes Team,

vielen Dank für den Samstag! Der Workshop Recht & Steuern hat mir wirklich
geholfen – ich weiß jetzt endlich, was eine Einnahmenüberschussrechnung von
einer Bilanz unterscheidet, und habe schon einen Termin bei der
Gründungsberatung der IHK.

Im Anhang ein Foto aus dem Workshop, falls Sie es für Ihre Dokumentation
brauchen können.

Nächstes Jahr komme ich gern wieder, dann mit meinem Sohn!

Herzliche Grüße
Ömer Aslan
Aslan Fliesen & Naturstein e.K.
Tel. 0231 39 05 27 61
""", charset="utf-8", cte="8bit")
    png = m.binary(make_png(), "image", "png", "Workshop_Recht_und_Steuern.png")
    m.multi("mixed", [text, png])



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def workgroup_ids():
    with open(HERE / "config.toml", "rb") as f:
        cfg = tomllib.load(f)
    return [w["id"] for w in cfg["workgroups"]]


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


def mail_text(msg):
    """Decoded headers and text of the mail (HTML unescaped), for label checks."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(t)
            chunks.append(t)
    return "\n".join(chunks)


def check(name, data, m, expected, ids):
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
    if not (datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 5, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Mar-Apr 2027")
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
    for dom in re.findall(r"\bwww\.([\w.-]+\w)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "w3.org":
            problems.append(f"non-example web address www.{dom}")

    # -- the labels ------------------------------------------------------------
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in ids for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    person = kind in ("registration", "change", "cancellation", "question")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if person:
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower case")
        if not e["name"]:
            problems.append("name missing")
        full = mail_text(msg)
        heads = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] and e["email"] not in heads and e["email"] not in full.lower():
            problems.append(f"email {e['email']} neither in From/Reply-To nor in the text")
        for key in ("name", "organisation"):
            if e[key] and e[key] not in full:
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if msg.get("Reply-To") and kind != "registration":
            pass
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
    if kind in ("change", "cancellation"):
        if not msg.get("In-Reply-To"):
            problems.append("change/cancellation does not answer the confirmation")
        if "Angemeldete Personen:" not in mail_text(msg):
            problems.append("change/cancellation does not quote the confirmation")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient missing or not lower case")
        rcpts = [str(bl.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for bl in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check_corpus(built, datas):
    """Checks across mails: every sender (From address) appears only once."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = [a.lower() for _, a in getaddresses([str(msg["From"])])]
        for a in frm:
            if a in seen:
                problems.append(f"{name}: sender {a} already sent {seen[a]}")
            seen[a] = name
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    print("kind x text language:")
    print("  " + " ".join(f"{lang:>4}" for lang in LANGS) + "   kind")
    for k in KINDS:
        print("  " + " ".join(f"{table[(k, lang)] or '-':>4}" for lang in LANGS) + f"   {k}")
    print("  " + " ".join(f"{sum(table[(k, lang)] for k in KINDS):>4}" for lang in LANGS) + "   all")
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

    ids = workgroup_ids()
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

    # re-read what is on disk (or, with --check, what would be written)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, ids):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        if json.loads((HERE / "expected.json").read_text(encoding="utf-8")) != expected:
            print("expected.json does not read back as written")
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
