#!/usr/bin/env python3
"""Build the "final23a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: registration mail for the Tag der Migrantenselbstorganisationen 2027 that
reaches the coordinator without being typed to her directly -- the city's web
contact form (no-reply sender, the person in Reply-To), registrations forwarded
by colleagues, phone calls taken by a receptionist or a service centre and typed
up, paper forms scanned and typed into a mail -- plus ordinary direct mail,
changes, cancellations, questions, a few auto-replies, one bounce, other mail.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
reads every file back with email.policy.default and checks it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, channel

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Standard library only.
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

# refold_source='none': hand-encoded header values are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
FORM_SENDER = "noreply@muenster.example"
INVITATION_ID = "<einladung.mso2027.20270112140301@muenster.example>"
REMINDER_ID = "<rundmail.anmeldeschluss.20270211100002@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "tr", "ar")
CHANNELS = ("direct", "webform", "colleague-forward", "phone-relay", "scanned-form", "machine")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset` when
    given, otherwise left to the policy (UTF-8)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before each line, as Thunderbird, Gmail and Apple Mail quote."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


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
    return hashlib.sha256(f"final23a/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=1))      # CET all set long
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        the given order.  ASCII values are stored verbatim (folded at spaces when
        long); values with non-ASCII characters are encoded by the policy (UTF-8)."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            if domain == "muenster.example":
                host = "formserver.muenster.example" if sender == FORM_SENDER \
                    else "exchange02.muenster.example"
            elif domain == "mail.example":
                host = "smtp.mail.example"
            else:
                host = "mail." + domain
            arrival = format_datetime(self.when + datetime.timedelta(seconds=2))
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
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part, for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def message(self, inner, texts, filename=None, description=None):
        """A message/rfc822 part holding `inner`; `texts` are its leaves' contents."""
        p = MIMEPart(policy=POLICY)
        if filename:
            p.set_content(inner, cte="7bit", disposition="attachment", filename=filename)
        else:
            p.set_content(inner, cte="7bit")
        if description:
            p["Content-Description"] = description
        self.intended.extend(texts)
        return p

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_FR3P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "form":
            return f"b1_{h[:32]}"
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

    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY)


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


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic stand-ins for scans and photos)
# ---------------------------------------------------------------------------

def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII), like a scanner's OCR'd PDF."""
    ops = ["BT", "/F1 16 Tf", "60 780 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
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


def make_form_png(width=90, height=120):
    """A small greyscale PNG: a photographed paper form (grey page, dark lines)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = 200 + (x * 3 + y) % 17              # uneven lighting
            if 10 <= x <= 80 and y % 12 == 6 and y > 20:
                v = 60                                # form lines
            if 12 <= x <= 70 and 8 <= y <= 12:
                v = 40                                # heading
            if 14 <= x <= 18 and y in (89, 90, 91):
                v = 30                                # a cross in a box
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10:00 bis 16:00 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der Tag der Migrantenselbstorganisationen
2027 statt. Dazu laden wir Sie herzlich ein.

Nach der Begrüßung und einem Impulsvortrag arbeiten wir in drei parallelen
Arbeitsgruppen:

AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Eine Anmeldung ist erforderlich. Bitte schreiben Sie bis zum 6. März 2027
an mso-tag@muenster.example und nennen Sie Ihren Namen, Ihre Organisation,
die gewünschte Arbeitsgruppe (gern mit Zweitwunsch) und die Zahl der
Personen. Das Anmeldeformular aus dem Flyer können Sie auch ausgefüllt per
Post schicken oder am Empfang im Stadthaus abgeben.

Die Teilnahme ist kostenfrei.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster
Tel. 0251 4 92-71 23"""

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organiser's system sent (quoted in replies, returned
    in bounces)."""
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


def confirmation_message(to, salutation, ag, persons, when, msgid):
    """The confirmation as a whole message (returned inside a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    text = confirmation(salutation, ag, persons)
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m, text


# ---------------------------------------------------------------------------
# client styles
# ---------------------------------------------------------------------------

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
span.E-MailFormatvorlage20
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

DE_LABELS = ("Von", "Gesendet", "An", "Betreff")
EN_LABELS = ("From", "Sent", "To", "Subject")


def mso_p(line, rtl=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if rtl:
        return (f"<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;"
                f"unicode-bidi:embed'>{esc(line)}<o:p></o:p></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels=DE_LABELS, charset="windows-1252",
                 lang="DE", rtl_quote=False):
    """Outlook (Word) HTML for `text`; quote = (values for the four labels, quoted text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        values, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        head = "<br>\n".join(f"<b>{lab}:</b> {esc(val)}" for lab, val in zip(labels, values))
        out.append(f"<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
                   f"{head}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line, rtl_quote and not line.isascii()) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=DE_LABELS, sep="_" * 32):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    values, quoted = quote
    head = "\n".join(f"{lab}: {val}" for lab, val in zip(labels, values))
    return f"{text}\n\n{sep}\n{head}\n\n{quoted}"


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    """Gmail markup: one <div> per line; an optional gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div{d} class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the city's web contact form (machine-made layout, the person in Reply-To)
# ---------------------------------------------------------------------------

FORM_PAGES = {
    "de": ("Kontakt – Zuwanderung und Migration",
           "https://www.muenster.example/zuwanderung/mso-tag"),
    "en": ("Contact (English) – Immigration and integration",
           "https://www.muenster.example/en/immigration/mso-day"),
}
FORM_LABELS = {
    "de": ("Anrede", "Vorname", "Nachname", "Organisation / Verein", "E-Mail",
           "Telefon", "Betreff", "Nachricht"),
    "en": ("Salutation", "First name", "Last name", "Organisation", "Email",
           "Phone", "Subject", "Message"),
}
FORM_FOOTER = """-- 
Diese E-Mail wurde automatisch vom Formularserver der Stadt Münster erzeugt.
Bitte nutzen Sie die Antwortfunktion Ihres E-Mail-Programms: Die Antwort geht
an die im Formular angegebene E-Mail-Adresse. Nachrichten an
noreply@muenster.example werden nicht gelesen.
Die absendende Person hat der Datenschutzerklärung zugestimmt:
https://www.muenster.example/datenschutz"""


def form_texts(page, number, received, values, message):
    """Plain and HTML body of one contact-form mail.  `values` are the seven
    field values in FORM_LABELS order (empty string = not filled in)."""
    title, url = FORM_PAGES[page]
    labels = FORM_LABELS[page]
    vals = [v if v else "(keine Angabe)" for v in values]
    meta = [("Formular", title), ("Seite", url), ("Eingang", received),
            ("Vorgangsnummer", number)]
    plain = ["Über das Kontaktformular auf www.muenster.example ist eine neue Nachricht eingegangen.", ""]
    plain += [f"{k + ':':<16}{v}" for k, v in meta]
    plain.append("")
    plain += [f"{lab + ':':<24}{val}" for lab, val in zip(labels[:7], vals)]
    plain += ["", labels[7] + ":", message, "", FORM_FOOTER]
    rows = "\n".join(f"<tr><td style=\"color:#555;padding:3px 12px 3px 0;vertical-align:top;\">{esc(k)}</td>"
                     f"<td style=\"padding:3px 0;\">{esc(v)}</td></tr>" for k, v in meta)
    rows2 = "\n".join(f"<tr><td style=\"color:#555;padding:3px 12px 3px 0;vertical-align:top;\">{esc(lab)}</td>"
                      f"<td style=\"padding:3px 0;\">{esc(val)}</td></tr>"
                      for lab, val in zip(labels[:7], vals))
    msg_html = "<br>\n".join(esc(line) for line in message.split("\n"))
    foot_html = "<br>\n".join(esc(line) for line in FORM_FOOTER.split("\n")[1:])
    page_html = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kontaktformular</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">
<p>Über das Kontaktformular auf www.muenster.example ist eine neue Nachricht eingegangen.</p>
<table cellpadding="0" cellspacing="0" style="font-size:13px;">
{rows}
</table>
<hr style="border:none;border-top:1px solid #ccc;">
<table cellpadding="0" cellspacing="0" style="font-size:14px;">
{rows2}
</table>
<p style="color:#555;margin-bottom:4px;">{esc(labels[7])}</p>
<div style="border-left:3px solid #00589c;padding-left:10px;">{msg_html}</div>
<hr style="border:none;border-top:1px solid #ccc;">
<p style="font-size:11px;color:#777;">{foot_html}</p>
</body></html>
"""
    return "\n".join(plain), page_html


def form_mail(m, *, page, number, received, values, message, message_id):
    """Headers and body of a contact-form mail.  values = (salutation, first,
    last, organisation, email, phone, subject)."""
    first, last, mail_addr, subject = values[1], values[2], values[4], values[6]
    reply_to = addr(f"{first} {last}", mail_addr)
    m.head(("From", f"{ew('Kontaktformular Stadt Münster')} <{FORM_SENDER}>"),
           ("Reply-To", reply_to),
           ("To", MSO),
           ("Subject", "Kontaktformular: " + subject),
           ("Date", m.date),
           ("Message-ID", message_id),
           ("X-Mailer", "Formularserver Stadt Muenster 5.4"),
           ("X-Auto-Response-Suppress", "OOF, AutoReply"),
           ("MIME-Version", "1.0"))
    plain, page_html = form_texts(page, number, received, values, message)
    m.alternative(plain, page_html, charset="utf-8", cte="quoted-printable", style="form")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, expected, text_language, channel, builder)


def mail(slug, when, expected, text_lang, channel):
    def deco(fn):
        MAILS.append((slug, when, expected, text_lang, channel, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation within a minute:
# "Automatische Antwort:", Auto-Submitted: auto-generated, plain + HTML.

POLLMEIER_TEXT = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. Januar 2027 nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@kolping-muenster.example, Tel. 0251 48 12 30.

Mit freundlichen Grüßen
Reinhard Pollmeier
Kolping-Bildungswerk Münster"""


@mail("pollmeier-exchange-out-of-office", "2027-01-12 14:04:07",
      E("auto_reply"), "de", "machine")
def _(m):
    m.head(("From", '"Pollmeier, Reinhard" <r.pollmeier@kolping-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZ2Rk4pW0y7sVb0OqzM3Gx1v2Lw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2714A0C5E1B94F27B3D0C6E8A1F2@FR3P281MB2714.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.pollmeier@kolping-muenster.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(POLLMEIER_TEXT, outlook_html(POLLMEIER_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Web contact form: From is the city's no-reply address, the person is in
# Reply-To; name from the Vorname/Nachname fields, organisation from its field.

@mail("demir-contact-form", "2027-01-13 09:12:03",
      E("registration", "leyla.demir@elternverein-coerde.example", "Leyla Demir",
        "Deutsch-Türkischer Elternverein Coerde e.V.", ["AG1"], 2, "de"), "de", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000317", received="13.01.2027, 09:11:58 Uhr",
              values=("Frau", "Leyla", "Demir", "Deutsch-Türkischer Elternverein Coerde e.V.",
                      "leyla.demir@elternverein-coerde.example", "0251 2 30 45 17",
                      "Anmeldung MSO-Tag 13.03."),
              message="""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März an. Meine Kollegin Songül Arı aus dem Vorstand kommt auch mit, wir sind also zu zweit. Wir möchten beide in die Arbeitsgruppe Bildung (AG 1).

Mit freundlichen Grüßen
Leyla Demir""",
              message_id="<kf-2027-000317.1768291918@formserver.muenster.example>")


# -- 003 ---------------------------------------------------------------------
# A press-office colleague forwards (Outlook "WG:", plain + HTML) an English
# registration that landed in the press mailbox; the colleague's German note
# asks to answer him directly.  The attendee and language are the original's.

BRUEGGEMANN_NOTE = """Hallo Ximena,

die Mail unten ist bei uns im Pressepostfach gelandet – gehört wohl zu euch. Kannst du Herrn Okonkwo direkt antworten? Danke!

Viele Grüße
Julia

Julia Brüggemann
Stadt Münster
Amt für Kommunikation | Presse- und Öffentlichkeitsarbeit
Tel. 0251 4 92-13 07"""

OKONKWO_TEXT = """Dear Sir or Madam,

I saw on the city website that the Day of Migrant Self-Organisations will take place on 13 March at the Stadtweinhaus. I would like to register for it. I am the secretary of the Igbo Cultural Association Münster and I will come together with our treasurer, so we are two people.

We are most interested in workgroup 3 on funding and running an association, because we want to apply for project money this year.

Kind regards,
Chinedu Okonkwo
Secretary, Igbo Cultural Association Münster
Tel. 0176 2345 8812"""


@mail("brueggemann-forwards-okonkwo-english", "2027-01-13 11:40:26",
      E("registration", "chinedu.okonkwo@mail.example", "Chinedu Okonkwo",
        "Igbo Cultural Association Münster", ["AG3"], 2, "en"), "en", "colleague-forward")
def _(m):
    subject = "Registration - Day of Migrant Self-Organisations"
    m.head(("From", '"Brüggemann, Julia" <julia.brueggemann@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: " + subject),
           ("Thread-Topic", subject),
           ("Thread-Index", "AQHbZ6xT0kq8mV3zQe2N4bJ7rY5dXg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB09C7E24A1D5B3F6E8C2A9D04B7E1@FR3P281MB09C7.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (("Chinedu Okonkwo <chinedu.okonkwo@mail.example>",
              "Dienstag, 12. Januar 2027 21:17",
              "Presse Stadt Münster <presse@muenster.example>",
              subject), OKONKWO_TEXT)
    m.alternative(outlook_plain(BRUEGGEMANN_NOTE, quote), outlook_html(BRUEGGEMANN_NOTE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Ordinary direct reply (Thunderbird, format=flowed) quoting the whole
# invitation with '>'; first and second choice in the new text only.

@mail("terhorst-reply-quoting-invitation", "2027-01-14 08:31:50",
      E("registration", "a.terhorst@bz-sprickmannplatz.example", "Anke Terhorst",
        "Begegnungszentrum Sprickmannplatz", ["AG2", "AG1"], 1, "de"), "de", "direct")
def _(m):
    m.head(("From", "Anke Terhorst <a.terhorst@bz-sprickmannplatz.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f9d2c71-8a4e-4b0f-9e15-c27a6d0b8e41@bz-sprickmannplatz.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, ich bin gern wieder dabei! Bitte tragen Sie mich
für die AG 2 ein. Falls es dort zu voll wird, gehe ich auch gern in die
AG 1.

Herzliche Grüße
Anke Terhorst

-- 
Begegnungszentrum Sprickmannplatz
Anke Terhorst | Koordination
Tel. 0251 27 05 91

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Phone call taken at the reception desk of Stadthaus 1 and typed up as a
# note; the caller's own e-mail address is in the note.

@mail("reception-phone-note-warsame", "2027-01-14 10:05:31",
      E("registration", "a.warsame@mail.example", "Abdullahi Warsame",
        "Somali Community Münster e.V.", ["AG2"], 1, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", "Empfang Stadthaus 1 <empfang.stadthaus1@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Telefonnotiz: Anmeldung MSO-Tag (Herr Warsame)"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1E04B8C39A2D47F5A6E0C1D93B28@FR3P281MB1E04.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

Herr Abdullahi Warsame hat eben bei uns angerufen, weil er Sie nicht erreicht hat. Er möchte sich für den Tag der Migrantenselbstorganisationen anmelden:

Name: Abdullahi Warsame
Verein: Somali Community Münster e.V.
Arbeitsgruppe: die AG über die Zukunft von Münster (AG 2)
Personen: nur er selbst
E-Mail: a.warsame@mail.example
Telefon: 0152 0398 7741

Er freut sich über eine kurze Bestätigung per Mail.

Viele Grüße
Sabine Kortmann
Empfang Stadthaus 1
Klemensstraße 10, 48143 Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Contact form with German field labels and a Turkish message: the language
# is that of the person's own text.  "iki kişiyiz" = we are two.

@mail("korkmaz-contact-form-turkish", "2027-01-15 19:22:44",
      E("registration", "emine.korkmaz@mail.example", "Emine Korkmaz",
        "Münster Türk Kadınlar Derneği", ["AG3"], 2, "tr"), "tr", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000352", received="15.01.2027, 19:22:39 Uhr",
              values=("Frau", "Emine", "Korkmaz", "Münster Türk Kadınlar Derneği",
                      "emine.korkmaz@mail.example", "0157 3140 2286", "MSO Günü kayıt"),
              message="""Merhaba,

13 Mart'taki Tag der Migrantenselbstorganisationen'a kayıt olmak istiyorum. Derneğimizden bir arkadaşımla birlikte geleceğiz, yani iki kişiyiz.
Bizi 3. çalışma grubuna (Förderungsmöglichkeiten und Vereinsmanagement) yazabilir misiniz? Derneğimiz için proje desteği arıyoruz.

Teşekkürler, iyi çalışmalar
Emine Korkmaz""",
              message_id="<kf-2027-000352.1768501359@formserver.muenster.example>")


# -- 007 ---------------------------------------------------------------------
# Direct Arabic mail from Gmail, multipart/alternative, UTF-8 base64.
# "سنحضر ثلاثة أشخاص" = we will come as three persons; "مجموعة العمل الأولى"
# = the first workgroup.

QASIM_TEXT = """السلام عليكم،

نرغب في التسجيل في يوم منظمات المهاجرين الذاتية (Tag der Migrantenselbstorganisationen) الذي سيُقام يوم السبت 13 آذار/مارس في مونستر.
سنحضر ثلاثة أشخاص: أنا ورئيس الجمعية وعضوة من الهيئة الإدارية.
نودّ المشاركة في مجموعة العمل الأولى الخاصة بالتعليم والمدارس، لأن كثيراً من العائلات في جمعيتنا تسأل عن النظام المدرسي.

مع التحية والشكر،
Bassam Qasim
Irakischer Kulturverein Babylon e.V.
هاتف: 0176 5512 3390"""


@mail("qasim-arabic-gmail", "2027-01-15 21:47:12",
      E("registration", "bassam.qasim@babylon-verein.example", "Bassam Qasim",
        "Irakischer Kulturverein Babylon e.V.", ["AG1"], 3, "ar"), "ar", "direct")
def _(m):
    m.head(("From", "Bassam Qasim <bassam.qasim@babylon-verein.example>"),
           ("To", MSO),
           ("Subject", "تسجيل في يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Xw2pR7nT0vZ5mB8dL1sYc4hJ6gE9aU2oN7iK3vQ0xWtA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QASIM_TEXT, gmail_html(QASIM_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# A colleague forwards (Thunderbird "Fwd:", inline header table with tabs) a
# registration a member of a district council had sent to him personally.

@mail("wennemann-forwards-schaefer", "2027-01-18 08:10:37",
      E("registration", "olga.schaefer@mail.example", "Olga Schäfer",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG3"], 2, "de"),
      "de", "colleague-forward")
def _(m):
    m.head(("From", "Markus Wennemann <markus.wennemann@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Fwd: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<5b0e7d3a-2c91-4f68-b4a7-9d1c0e63f2b8@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Ximena,

Frau Schäfer hat mir das nach unserem Treffen im Stadtteilbeirat geschickt.
Leite ich dir zur Anmeldung weiter – antworte bitte direkt an sie.

Gruß
Markus

-- 
Markus Wennemann
Stadt Münster – Kommunales Integrationszentrum
Quartiersarbeit Münster-Süd
Tel. 0251 4 92-70 64


-------- Weitergeleitete Nachricht --------
Betreff: \tAnmeldung MSO-Tag
Datum: \tFri, 15 Jan 2027 18:40:12 +0100
Von: \tOlga Schäfer <olga.schaefer@mail.example>
An: \tMarkus Wennemann <markus.wennemann@muenster.example>



Lieber Herr Wennemann,

wie am Dienstag besprochen, möchte ich mich für den Tag der
Migrantenselbstorganisationen anmelden. Ich komme mit unserer Kassiererin
Frau Lilli Becker, also zu zweit. Uns interessiert vor allem die
Arbeitsgruppe zu Fördermitteln und Vereinsmanagement.

Vielen Dank für Ihre Hilfe!

Mit freundlichen Grüßen
Olga Schäfer
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster
""", charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# The person filled in the flyer's paper form, scanned it with the phone and
# typed the answers into the mail as well (multipart/mixed with a PDF).
# Workgroup as a Roman numeral.

@mail("nazari-scanned-form-pdf", "2027-01-18 14:20:05",
      E("registration", "ahmad.nazari@mail.example", "Ahmad Nazari",
        "Afghanischer Kulturverein Pamir e.V.", ["AG1"], 2, "de"), "de", "scanned-form")
def _(m):
    m.head(("From", "Ahmad Nazari <ahmad.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldeformular Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAM7tR2pQ9sLx4vB0nW6yK3hD8fJ1cG5zE2aU9oT4iN7mX0bVrk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    body = m.text("""Sehr geehrte Frau Meza Correa-Flock,

im Anhang sende ich Ihnen das ausgefüllte Anmeldeformular aus dem Flyer. Ich habe es mit dem Handy eingescannt, leider ist es etwas dunkel geworden. Deshalb schreibe ich die Angaben hier noch einmal ab:

Name: Ahmad Nazari
Organisation: Afghanischer Kulturverein Pamir e.V.
Adresse: Sentmaringer Weg 41, 48151 Münster
E-Mail: ahmad.nazari@mail.example
Arbeitsgruppe: I
Anzahl Personen: 2 (meine Frau kommt mit)

Mit freundlichen Grüßen
Ahmad Nazari
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Anmeldung Tag der Migrantenselbstorganisationen 2027",
        "Name: Ahmad Nazari",
        "Organisation: Afghanischer Kulturverein Pamir e.V.",
        "Adresse: Sentmaringer Weg 41, 48151 Muenster",
        "E-Mail: ahmad.nazari@mail.example",
        "Arbeitsgruppe:  [X] I   [ ] II   [ ] III",
        "Anzahl Personen: 2",
        "Datum / Unterschrift: 17.1.2027  A. Nazari"]),
        "application", "pdf", "Anmeldeformular_MSO_2027_Nazari.pdf")
    m.multi("mixed", [body, pdf], style="gmail")


# -- 010 ---------------------------------------------------------------------
# Question through the contact form: may a local history society take part?
# It would register only if yes -> question.

@mail("schwienhorst-contact-form-question", "2027-01-19 10:33:19",
      E("question", "hg.schwienhorst@heimatverein-angelmodde.example", "Heinz-Georg Schwienhorst",
        "Heimatverein Angelmodde e.V.", [], None, "de"), "de", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000371", received="19.01.2027, 10:33:14 Uhr",
              values=("Herr", "Heinz-Georg", "Schwienhorst", "Heimatverein Angelmodde e.V.",
                      "hg.schwienhorst@heimatverein-angelmodde.example", "02506 81 42 09",
                      "Frage zum MSO-Tag"),
              message="""Guten Tag,

ich habe auf Ihrer Seite vom Tag der Migrantenselbstorganisationen gelesen. Wir sind ein ganz klassischer Heimatverein, haben aber seit einiger Zeit auch viele neue Mitglieder mit Migrationsgeschichte und wollen mehr zusammen machen.

Ist die Veranstaltung nur für Migrantenselbstorganisationen gedacht, oder können auch andere Vereine teilnehmen? Wenn ja, würde ich mich mit einem Vorstandskollegen anmelden.

Freundliche Grüße
Heinz-Georg Schwienhorst""",
              message_id="<kf-2027-000371.1768815194@formserver.muenster.example>")


# -- 011 ---------------------------------------------------------------------
# The city's 115 service centre forwards a phone call in its fixed template;
# the caller's e-mail is a field; "Schule / Bildung" names AG 1;
# "mit zwei Frauen aus ihrem Verein" -> 3.

@mail("servicecenter-115-aydogan", "2027-01-19 15:10:48",
      E("registration", "fatma.aydogan@mail.example", "Fatma Aydoğan",
        "Alevitischer Kulturverein Münster e.V.", ["AG1"], 3, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", "Servicecenter 115 Stadt Muenster <servicecenter115@muenster.example>"),
           ("To", MSO),
           ("Subject", "[115] Weiterleitung Anliegen 2027-0119-0442: Anmeldung Veranstaltung"),
           ("Date", m.date),
           ("Message-ID", "<wms115.2027-0119-0442.1768831848@servicecenter115.muenster.example>"),
           ("X-Mailer", "WMS 115 Weiterleitung 2.1"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

das Servicecenter 115 leitet Ihnen folgendes telefonisches Anliegen zur weiteren Bearbeitung weiter.

Vorgangsnummer:      2027-0119-0442
Eingang:             19.01.2027, 14:52 Uhr
Aufgenommen von:     T. Kamps (Platz 17)
Zuständigkeit:       Kommunales Integrationszentrum – MSO-Tag

Anrufende Person:    Frau Fatma Aydoğan
Organisation:        Alevitischer Kulturverein Münster e.V.
Telefon:             0251 61 88 03
E-Mail:              fatma.aydogan@mail.example
Rückruf gewünscht:   nein
Bevorzugte Sprache:  Deutsch

Anliegen (Freitext):
Anruferin möchte sich für den Tag der Migrantenselbstorganisationen am 13.03.2027 im Stadtweinhaus anmelden. Sie kommt mit zwei Frauen aus ihrem Verein, insgesamt 3 Personen. Gewünschte Arbeitsgruppe: Schule / Bildung. Bittet um Bestätigung per E-Mail.

Bitte bearbeiten Sie das Anliegen in eigener Zuständigkeit und antworten Sie direkt der anrufenden Person. Eine Rückmeldung an das Servicecenter ist nicht erforderlich.

-- 
Servicecenter 115 der Stadt Münster
Diese Nachricht wurde automatisch aus dem Wissensmanagementsystem erzeugt.
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Direct, Outlook HTML only (windows-1252), with a legal disclaimer;
# Erstwunsch AG 1, Zweitwunsch AG 2.

KLEINHANS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Mein Erstwunsch ist die AG 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem), mein Zweitwunsch die AG 2. Ich komme allein.

Mit freundlichen Grüßen
i. A. Stefanie Kleinhans

Jugendmigrationsdienst Münster
Bahnhofstraße 12
48143 Münster
Tel.: 0251 5 38 76-20
www.jmd-muenster.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


@mail("kleinhans-outlook-html-two-choices", "2027-01-20 08:45:22",
      E("registration", "s.kleinhans@jmd-muenster.example", "Stefanie Kleinhans",
        "Jugendmigrationsdienst Münster", ["AG1", "AG2"], 1, "de"), "de", "direct")
def _(m):
    m.head(("From", '"Kleinhans, Stefanie" <s.kleinhans@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtrDk3Qm7v1xR0pS2eWq9T4yB6nHg=="),
           ("Date", m.date),
           ("Message-ID", "<AM8P190MB0961C3E7A2F54B18D9E6A0C7B5F3@AM8P190MB0961.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KLEINHANS_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# A secretary typed up a paper form that came by post (ticked boxes) and
# attached the copier's scan; the name is written "Surname, First name" in
# the form and in full in her note.

@mail("secretary-types-posted-form-jovanovic", "2027-01-20 13:02:40",
      E("registration", "d.jovanovic@sveti-sava.example", "Dragan Jovanović",
        "Serbischer Kulturverein „Sveti Sava“ Münster e.V.", ["AG3"], 1, "de"), "de", "scanned-form")
def _(m):
    m.head(("From", '"Wübbeling, Ilse" <ilse.wuebbeling@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldeformular per Post – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2C51D7E08F4A3B69C1D2E5F7A804@FR3P281MB2C51.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text("""Hallo Frau Meza Correa-Flock,

heute lag in der Post ein ausgefülltes Anmeldeformular für den MSO-Tag (aus dem Flyer) von Herrn Dragan Jovanović. Den Scan hänge ich an, die Angaben habe ich Ihnen unten abgetippt. Das Original lege ich Ihnen ins Fach.

--- Anmeldeformular ---
Name, Vorname: Jovanović, Dragan
Organisation/Verein: Serbischer Kulturverein „Sveti Sava“ Münster e.V.
Anschrift: Hammer Straße 210, 48153 Münster
Telefon: 0251 78 44 19
E-Mail: d.jovanovic@sveti-sava.example
Teilnahme an Arbeitsgruppe (bitte ankreuzen):
[ ] AG I   [ ] AG II   [X] AG III
Anzahl Personen: 1
Datum, Unterschrift: 17.01.2027, D. Jovanović
-----------------------

Viele Grüße
Ilse Wübbeling
Sekretariat
Amt für Migration und interkulturelle Angelegenheiten
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Anmeldung Tag der Migrantenselbstorganisationen 2027",
        "Name, Vorname: Jovanovic, Dragan",
        "Organisation/Verein: Serbischer Kulturverein Sveti Sava Muenster e.V.",
        "Anschrift: Hammer Strasse 210, 48153 Muenster",
        "Telefon: 0251 78 44 19",
        "E-Mail: d.jovanovic@sveti-sava.example",
        "Arbeitsgruppe:  [ ] AG I   [ ] AG II   [X] AG III",
        "Anzahl Personen: 1",
        "17.01.2027   D. Jovanovic"]),
        "application", "pdf", "SKM_C25827012012581.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 014 ---------------------------------------------------------------------
# The English version of the contact form: English field labels, German
# machine text around them; English message; "My wife will come with me" -> 2.

@mail("krishnamurthy-english-contact-form", "2027-01-21 17:26:09",
      E("registration", "anand.krishnamurthy@mail.example", "Anand Krishnamurthy",
        "Indian Association Münster e.V.", ["AG2"], 2, "en"), "en", "webform")
def _(m):
    form_mail(m, page="en", number="KF-2027-000398", received="21.01.2027, 17:26:04 Uhr",
              values=("Mr", "Anand", "Krishnamurthy", "Indian Association Münster e.V.",
                      "anand.krishnamurthy@mail.example", "+49 160 9988 1204",
                      "Registration MSO day"),
              message="""Hello,

I would like to register for the Tag der Migrantenselbstorganisationen on 13 March. My wife will come with me, so please register two persons.

We would like to join workgroup II (Münster's future process).

Thank you and best regards
Anand Krishnamurthy""",
              message_id="<kf-2027-000398.1769012764@formserver.muenster.example>")


# -- 015 ---------------------------------------------------------------------
# Direct, from a phone, learner German with typos ("Arbeitsgrupe
# Vereinsmanagment"); UTF-8 base64 as Samsung's mail app sends it.

@mail("simsek-mobile-typos", "2027-01-22 07:49:56",
      E("registration", "hakan.simsek@mail.example", "Hakan Şimşek",
        "SV Anadolu Berg Fidel", ["AG3"], 1, "de"), "de", "direct")
def _(m):
    m.head(("From", "Hakan Şimşek <hakan.simsek@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", "<4k2t9x7w1q3e5r8y0u6i.hakan.simsek@mail.example>"),
           ("X-Mailer", "Samsung Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich möchte mich anmelden für den MSO Tag am 13.3. Ich bin im Vorstand von SV Anadolu Berg Fidel. Bitte Arbeitsgrupe Vereinsmanagment, weil wir haben viel probleme mit Finanzen und Ehrenamt.
Komme alleine.

Gruß
Hakan Şimşek



Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="base64")

# -- 016 ---------------------------------------------------------------------
# The Integrationsrat office forwards (Outlook "WG:", UTF-8, RTL quote) an
# Arabic registration.  Its German note guesses "AG 2?"; the choice and the
# language are the Arabic original's.  The association is named in Arabic in
# the text and in German in the signature: the signature form is the label.

OSTERKAMP_NOTE = """Liebe Ximena,

diese Mail hat Frau Al-Sayed an die Geschäftsstelle des Integrationsrats geschickt. Soweit ich das mit der Übersetzungs-App verstehe, möchte sie sich für den MSO-Tag anmelden (AG 2?). Kannst du das übernehmen? Sie schreibt Arabisch, versteht aber auch etwas Deutsch.

Danke und liebe Grüße
Tanja

Tanja Osterkamp
Geschäftsstelle Integrationsrat
Stadt Münster"""

ALSAYED_SUBJECT = "تسجيل – يوم منظمات المهاجرين"
ALSAYED_TEXT = """مرحباً،

أنا رئيسة جمعية النور للنساء في مونستر (Frauenverein Al-Nour Münster). قرأت عن يوم منظمات المهاجرين في 13 مارس وأريد أن أسجل نفسي.
أنا مهتمة بمجموعة العمل الثانية عن مستقبل مدينة مونستر (Zukunftsprozess).
سأحضر وحدي.

شكراً جزيلاً
Rima Al-Sayed
Frauenverein Al-Nour Münster"""


@mail("osterkamp-forwards-alsayed-arabic", "2027-01-22 16:03:30",
      E("registration", "rima.alsayed@mail.example", "Rima Al-Sayed",
        "Frauenverein Al-Nour Münster", ["AG2"], 1, "ar"), "ar", "colleague-forward")
def _(m):
    m.head(("From", '"Osterkamp, Tanja" <tanja.osterkamp@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: " + ALSAYED_SUBJECT),
           ("Thread-Topic", ALSAYED_SUBJECT),
           ("Thread-Index", "AQHbbBz4Tq0mH7wK2aP9xV1nC5eR3g=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB3A86E1F27C5D49B0A3E8C6D14F92@FR3P281MB3A86.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (("Rima Al-Sayed <rima.alsayed@mail.example>",
              "Donnerstag, 21. Januar 2027 19:44",
              "Integrationsrat <integrationsrat@muenster.example>",
              ALSAYED_SUBJECT), ALSAYED_TEXT)
    m.alternative(outlook_plain(OSTERKAMP_NOTE, quote),
                  outlook_html(OSTERKAMP_NOTE, quote, charset="utf-8", rtl_quote=True),
                  charset="utf-8", cte="base64", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Phone call to the Bürgerbüro: the caller has no e-mail address and the
# clerk explicitly asks for the confirmation to be sent to her.

@mail("buergerbuero-phone-yavuz-no-email", "2027-01-25 11:37:14",
      E("registration", "nicole.tenhagen@muenster.example", "Kazım Yavuz",
        "Türkischer Seniorenverein Kinderhaus", ["AG2"], 1, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", '"Tenhagen, Nicole" <nicole.tenhagen@muenster.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag für Herrn Yavuz (telefonisch)"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB4D17A9B05E2C46F8B1D3A7E29C60@FR3P281MB4D17.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

Herr Kazım Yavuz hat heute Vormittag im Bürgerbüro Mitte angerufen und möchte am Tag der Migrantenselbstorganisationen teilnehmen. Er hat über seinen Verein davon erfahren.

Verein: Türkischer Seniorenverein Kinderhaus
Arbeitsgruppe: Münsters Zukunftsprozess
Er kommt allein.

Herr Yavuz hat keine E-Mail-Adresse. Bitte schicken Sie die Bestätigung an mich, ich gebe sie ihm telefonisch durch (er ist unter 0251 21 77 65 zu erreichen).

Mit freundlichen Grüßen
Nicole Tenhagen
Bürgerbüro Mitte
Stadt Münster
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change (AG 1 -> AG 3) in a Gmail reply quoting the confirmation, which
# names AG 1; plain + HTML with gmail_quote.

KERKHOFF_TEXT = """Guten Tag,

vielen Dank für die schnelle Bestätigung! Da ist mir bei der Anmeldung allerdings ein Fehler passiert: Ich wollte eigentlich in die AG 3 zu Förderung und Vereinsmanagement, nicht in die AG 1. Könnten Sie mich bitte umtragen?

Viele Grüße
Marlies Kerkhoff
Nachbarschaftsforum Gievenbeck"""


@mail("kerkhoff-change-to-ag3-gmail", "2027-01-26 09:14:52",
      E("change", "marlies.kerkhoff@mail.example", "Marlies Kerkhoff",
        "Nachbarschaftsforum Gievenbeck", ["AG3"], None, "de"), "de", "direct")
def _(m):
    m.head(("From", "Marlies Kerkhoff <marlies.kerkhoff@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK2vW8qT5nZ1xP7mR3bY0dL9sHc6fJ4gE1aU8oN5iQ2vB7xWrm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270121100211.7e3a@muenster.example>"),
           ("References", "<mailbot.20270121100211.7e3a@muenster.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"Am Do., 21. Jan. 2027 um 10:02 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = confirmation("Frau Kerkhoff", "AG1", 1)
    plain = f"{KERKHOFF_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(KERKHOFF_TEXT, attribution=attribution, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Contact form; the Reply-To display name is built by the server as
# "Vorname Nachname" = "Thi Hoa Tran", but she signs in Vietnamese order,
# "Tran Thi Hoa": her own writing is the label.  "Wir sind 3 Personen".

@mail("tran-contact-form-three-persons", "2027-01-27 20:41:33",
      E("registration", "tran.thihoa@mail.example", "Tran Thi Hoa",
        "Vietnamesische Gemeinde Münster e.V.", ["AG2"], 3, "de"), "de", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000446", received="27.01.2027, 20:41:27 Uhr",
              values=("Frau", "Thi Hoa", "Tran", "Vietnamesische Gemeinde Münster e.V.",
                      "tran.thihoa@mail.example", "", "Anmeldung"),
              message="""Hallo,
wir möchten uns für den MSO Tag anmelden. Wir sind 3 Personen von der Vietnamesischen Gemeinde: Frau Tran Thi Hoa (ich), Herr Le Van Duc und Frau Pham Thi Mai. Wir möchten in die AG Zukunftsprozess.
Danke schön
Tran Thi Hoa""",
              message_id="<kf-2027-000446.1769542887@formserver.muenster.example>")


# -- 020 ---------------------------------------------------------------------
# Direct Turkish mail in ISO-8859-9 (quoted-printable, RFC 2047 name in the
# same charset); "Birinci tercihim 2. çalışma grubu ..., olmazsa 1." =
# first choice group 2, otherwise group 1; "Tek başıma" = alone.

@mail("yildiz-turkish-iso-8859-9", "2027-01-29 18:55:08",
      E("registration", "gonul.yildiz@alevi-merkez.example", "Gönül Yıldız",
        "Münster Alevi Kültür Merkezi", ["AG2", "AG1"], 1, "tr"), "tr", "direct")
def _(m):
    m.head(("From", addr("Gönül Yıldız", "gonul.yildiz@alevi-merkez.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("MSO Günü - kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270129185508.6c1f2e@alevi-merkez.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Bayan Meza Correa-Flock,

13 Mart Cumartesi günü Stadtweinhaus'taki Göçmen Örgütleri Günü'ne katılmak istiyorum.
Birinci tercihim 2. çalışma grubu (Münster'in geleceği / Zukunftsprozess), olmazsa 1. çalışma grubu (eğitim).
Tek başıma geleceğim.

Saygılarımla
Gönül Yıldız
Münster Alevi Kültür Merkezi
""", charset="iso-8859-9", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# A district-office colleague forwards from her iPhone ("Fwd:", "Anfang der
# weitergeleiteten Nachricht:"); iOS puts "> " before the forwarded mail.
# The forwarded mail is the registration: AG 3, else AG 1; "zu viert" -> 4.

@mail("hoelscher-iphone-forwards-hodzic", "2027-01-30 12:20:41",
      E("registration", "amela.hodzic@mail.example", "Amela Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster", ["AG3", "AG1"], 4, "de"),
      "de", "colleague-forward")
def _(m):
    m.head(("From", "Karin Hölscher <karin.hoelscher@muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8E1A4C07-5D3B-4F92-A6E8-0B7C2D9F1E54@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Ximena,
kam gestern bei mir an, bitte direkt an Frau Hodžić antworten. Danke!
LG Karin

Von meinem iPhone gesendet

Anfang der weitergeleiteten Nachricht:

> Von: Amela Hodžić <amela.hodzic@mail.example>
> Datum: 29. Januar 2027 um 17:32:08 MEZ
> An: Karin Hölscher <karin.hoelscher@muenster.example>
> Betreff: MSO-Tag Anmeldung
>
> Liebe Frau Hölscher,
>
> wie im Stadtteilbüro besprochen, möchten wir uns für den Tag der Migrantenselbstorganisationen anmelden. Wir kommen zu viert vom Bosnisch-Herzegowinischen Kulturverein. Am liebsten in die Arbeitsgruppe 3 (Förderung), wenn die voll ist, dann Arbeitsgruppe 1.
>
> Vielen Dank und liebe Grüße
> Amela Hodžić
> Bosnisch-Herzegowinischer Kulturverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English contact form: asks about interpreting and would register three
# people only if there is English support -> question.

@mail("fernandez-english-form-interpreting-question", "2027-02-01 21:08:17",
      E("question", "lucia.fernandez@mail.example", "Lucía Fernández",
        "Círculo Latinoamericano Münster", [], None, "en"), "en", "webform")
def _(m):
    form_mail(m, page="en", number="KF-2027-000489", received="01.02.2027, 21:08:12 Uhr",
              values=("Ms", "Lucía", "Fernández", "Círculo Latinoamericano Münster",
                      "lucia.fernandez@mail.example", "", "Question about language"),
              message="""Hello,

we are a small Latin American association and some of our members would like to take part in the MSO day on 13 March. Most of us speak English or Spanish, our German is still basic.

Will the workgroups be held only in German, or is there some interpretation or English support? If yes, I would register three of us for the workgroup on funding.

Thank you!
Lucía Fernández""",
              message_id="<kf-2027-000489.1769976492@formserver.muenster.example>")


# -- 023 ---------------------------------------------------------------------
# A form handed in at the reception of Stadthaus 2, scanned and typed up by
# the receptionist ("Arbeitsgruppe: 2", "Personen: 2").  The e-mail address
# she typed from the handwriting bounces later (024); the label is what the
# mail states.

@mail("reception-types-handed-in-form-oezkan", "2027-02-02 11:14:02",
      E("registration", "h.oezkan@mail-ms.example", "Hatice Özkan",
        "Türkisch-Islamische Gemeinde Gremmendorf e.V.", ["AG2"], 2, "de"), "de", "scanned-form")
def _(m):
    m.head(("From", '"Kuhlmann, Melanie" <melanie.kuhlmann@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldeformular am Empfang abgegeben – MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB5E29B3C71A0D4F86C2E9B5A03D17@FR3P281MB5E29.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text("""Hallo Frau Meza Correa-Flock,

heute Morgen hat eine Dame am Empfang ein ausgefülltes Anmeldeformular für den MSO-Tag abgegeben. Der Scan ist im Anhang, hier die Angaben (die Handschrift war nicht ganz leicht zu lesen):

Name: Hatice Özkan
Verein: Türkisch-Islamische Gemeinde Gremmendorf e.V.
Telefon: 0251 61 40 27
E-Mail: h.oezkan@mail-ms.example
Arbeitsgruppe: 2
Personen: 2

Das Original liegt bei mir am Empfang, ich kann es Ihnen mit der Hauspost schicken.

Viele Grüße
Melanie Kuhlmann
Empfang Stadthaus 2
""", charset="windows-1252", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Anmeldung Tag der Migrantenselbstorganisationen 2027",
        "Name: Hatice Oezkan",
        "Verein: Tuerkisch-Islamische Gemeinde Gremmendorf e.V.",
        "Telefon: 0251 61 40 27",
        "E-Mail: h.oezkan@mail-ms.example",
        "Arbeitsgruppe (Nr.): 2",
        "Personen: 2"]),
        "application", "pdf", "Scan_Empfang_SH2_20270202_110412.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 024 ---------------------------------------------------------------------
# Postfix DSN: the confirmation to the address typed in 023 is rejected by the
# remote server (user unknown); the returned confirmation names AG 2.

@mail("postfix-bounce-oezkan-user-unknown", "2027-02-02 11:15:40",
      E("bounce", bounced="h.oezkan@mail-ms.example"), "en", "machine")
def _(m):
    rcpt = "h.oezkan@mail-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270202101540.3E8B21C0A7@mail.muenster.example>"),
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

<{rcpt}>: host mx.mail-ms.example[198.51.100.47] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3E8B21C0A7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue,  2 Feb 2027 11:15:37 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.mail-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original, text = confirmation_message(
        f"Hatice Özkan <{rcpt}>", "Frau Özkan", "AG2", 2,
        "Tue, 02 Feb 2027 11:15:37 +0100", "<mailbot.20270202111537.5d0c@muenster.example>")
    returned = m.message(original, [text], description="Undelivered Message")
    m.multi("report", [note, dsn, returned], style="postfix",
            params={"report-type": "delivery-status"})


# -- 025 ---------------------------------------------------------------------
# Cancellation through the contact form (she cannot find the confirmation
# mail, so nothing is quoted); the old AG and size are only mentioned.

@mail("schnieders-contact-form-cancellation", "2027-02-03 16:45:21",
      E("cancellation", "g.schnieders@dpg-muenster.example", "Gabriele Schnieders",
        "Deutsch-Polnische Gesellschaft Münster e.V.", [], None, "de"), "de", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000502", received="03.02.2027, 16:45:15 Uhr",
              values=("Frau", "Gabriele", "Schnieders", "Deutsch-Polnische Gesellschaft Münster e.V.",
                      "g.schnieders@dpg-muenster.example", "0251 86 30 12", "Absage Tag der MSO"),
              message="""Sehr geehrte Damen und Herren,

ich hatte mich im Januar per E-Mail für den Tag der Migrantenselbstorganisationen angemeldet (AG 2, zwei Personen). Leider haben wir an dem Tag nun unsere Jahreshauptversammlung und müssen absagen. Bitte streichen Sie uns von der Liste.

Ich schreibe über das Formular, weil ich die Bestätigungsmail nicht mehr finde.

Mit freundlichen Grüßen
Gabriele Schnieders""",
              message_id="<kf-2027-000502.1770133515@formserver.muenster.example>")


# -- 026 ---------------------------------------------------------------------
# Direct, Apple Mail multipart/alternative; "zu fünft" -> 5; the association
# is inflected in the text and in its base form in the signature; an emoji.

BENJELLOUN_TEXT = """Hallo liebes Team vom MSO-Tag,

wir von der Deutsch-Marokkanischen Elterninitiative würden gerne teilnehmen! Wir kommen zu fünft (ich und vier Mütter aus unserer Gruppe).

Uns interessiert natürlich die AG 1 – Schule ist bei uns DAS Thema 😊

Liebe Grüße
Nadia Benjelloun
Deutsch-Marokkanische Elterninitiative Münster"""


@mail("benjelloun-apple-mail-five", "2027-02-04 22:10:03",
      E("registration", "nadia.benjelloun@mail.example", "Nadia Benjelloun",
        "Deutsch-Marokkanische Elterninitiative Münster", ["AG1"], 5, "de"), "de", "direct")
def _(m):
    m.head(("From", "Nadia Benjelloun <nadia.benjelloun@mail.example>"),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Message-Id", "<C4E8A1B2-7F3D-4A96-B05E-2D9C1F6E8A37@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(BENJELLOUN_TEXT, apple_html(BENJELLOUN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# A colleague in the department's office took a phone call while the
# coordinator was out; bullet list; "mit seiner Tochter" -> 2; the caller's
# question about vegetarian food does not make it a question.

NOWICKI_TEXT = """Hallo Ximena,

während du im Termin warst, hat Herr Jerzy Nowicki angerufen. Er möchte sich für den MSO-Tag anmelden:

- Verein: Polnischer Kulturverein „Pomost“ e.V.
- AG 2 (Zukunftsprozess)
- er kommt mit seiner Tochter, also 2 Personen
- E-Mail für die Bestätigung: j.nowicki@pomost-muenster.example

Außerdem fragt er, ob es vegetarisches Essen gibt – seine Tochter isst kein Fleisch. Vielleicht kannst du das in der Bestätigung gleich mit beantworten.

Gruß
Petra

Petra Schulte-Nölle
Sekretariat Amt für Migration und interkulturelle Angelegenheiten
Stadt Münster"""


@mail("office-phone-note-nowicki", "2027-02-05 10:40:29",
      E("registration", "j.nowicki@pomost-muenster.example", "Jerzy Nowicki",
        "Polnischer Kulturverein „Pomost“ e.V.", ["AG2"], 2, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", '"Schulte-Nölle, Petra" <petra.schulte-noelle@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Telefonische Anmeldung MSO-Tag: Herr Nowicki"),
           ("Thread-Topic", "Telefonische Anmeldung MSO-Tag: Herr Nowicki"),
           ("Thread-Index", "AdtdYp0kQ2c7R1vF5mW8xT3nB9sLzA=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB6F3AC4D82B1E47A9D3F0C6B14E28@FR3P281MB6F3A.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NOWICKI_TEXT, outlook_html(NOWICKI_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 028 ---------------------------------------------------------------------
# Change relayed by the reception of Stadthaus 3 (phone call): AG 2 -> AG 1,
# same number of persons; the caller's address is given.

@mail("reception-phone-change-tekin", "2027-02-08 14:25:55",
      E("change", "ayse.tekin@mail.example", "Ayşe Tekin",
        "Türkischer Frauenverein Hiltrup", ["AG1"], None, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", "Empfang Stadthaus 3 <empfang.stadthaus3@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Telefonnotiz: Änderung Anmeldung MSO-Tag (Frau Tekin)"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB7A40D5E93C2F48B0E4A1D7C25F39@FR3P281MB7A40.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Meza Correa-Flock,

Frau Ayşe Tekin (Türkischer Frauenverein Hiltrup) hat angerufen. Sie ist für den MSO-Tag in der AG 2 angemeldet, möchte aber lieber in die AG 1 wechseln, weil es in ihrem Verein gerade viel um Schule geht. Die Personenzahl bleibt gleich.

Ihre E-Mail-Adresse (wie bei der Anmeldung): ayse.tekin@mail.example
Sie bittet um eine kurze Bestätigung der Änderung.

Freundliche Grüße
Jörg Feldkamp
Empfang Stadthaus 3
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Contact form, German labels, Arabic message: "مجموعة العمل الثالثة" = the
# third workgroup; "أنا وزميلتي ... أي شخصان" = me and my colleague, two persons.

@mail("alomari-contact-form-arabic", "2027-02-09 19:33:46",
      E("registration", "hiba.alomari@mail.example", "Hiba Al-Omari",
        "Deutsch-Syrischer Elternverein Münster", ["AG3"], 2, "ar"), "ar", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000547", received="09.02.2027, 19:33:40 Uhr",
              values=("Frau", "Hiba", "Al-Omari", "Deutsch-Syrischer Elternverein Münster",
                      "hiba.alomari@mail.example", "0152 2871 4406", "تسجيل في يوم الجمعيات"),
              message="""مرحباً،

أريد التسجيل في يوم منظمات المهاجرين يوم 13 مارس. سأحضر أنا وزميلتي من الجمعية، أي شخصان.
نريد المشاركة في مجموعة العمل الثالثة عن التمويل وإدارة الجمعيات (Förderung und Vereinsmanagement).

شكراً لكم
Hiba Al-Omari""",
              message_id="<kf-2027-000547.1770662020@formserver.muenster.example>")


# -- 030 ---------------------------------------------------------------------
# The mayor's office forwards a letter-like mail as an attachment
# (multipart/mixed with message/rfc822); the registration is inside the
# attached message; "Arbeitsgruppe zum Zukunftsprozess" = AG 2.

AUSTERMANN_NOTE = """Sehr geehrte Frau Meza Correa-Flock,

die angehängte Nachricht ging an das Büro des Oberbürgermeisters. Herr Dr. Arıkan möchte am MSO-Tag teilnehmen. Ich bitte Sie, die Anmeldung aufzunehmen und ihm direkt zu antworten. Vielen Dank!

Mit freundlichen Grüßen
Im Auftrag
Bernd Austermann

Stadt Münster
Büro des Oberbürgermeisters
Klemensstraße 10, 48143 Münster"""

ARIKAN_TEXT = """Sehr geehrter Herr Oberbürgermeister,

bei unserem Neujahrsempfang hatten Sie mich auf den Tag der Migrantenselbstorganisationen am 13. März angesprochen. Sehr gerne nehme ich daran teil.

Ich würde mich der Arbeitsgruppe zum Zukunftsprozess der Stadt anschließen; gerade dort sollten die Perspektiven der Menschen mit Migrationsvorgeschichte gehört werden. Ich komme allein.

Mit freundlichen Grüßen
Dr. Kenan Arıkan
Vorsitzender
Türkisch-Deutsche Akademikervereinigung Münster e.V."""


@mail("mayors-office-forwards-as-attachment-arikan", "2027-02-10 09:05:12",
      E("registration", "k.arikan@tdav-muenster.example", "Kenan Arıkan",
        "Türkisch-Deutsche Akademikervereinigung Münster e.V.", ["AG2"], 1, "de"),
      "de", "colleague-forward")
def _(m):
    subject = "Teilnahme am Tag der Migrantenselbstorganisationen"
    m.head(("From", '"Austermann, Bernd" <bernd.austermann@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: " + subject),
           ("Thread-Topic", subject),
           ("Thread-Index", "AQHbe0Kp7sD1wQ4mZ9bT2xN6vR3cYw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB8B51E6FA4D3049C1F5B2E8D36A40@FR3P281MB8B51.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(AUSTERMANN_NOTE, outlook_html(AUSTERMANN_NOTE, charset="utf-8"),
                        charset="utf-8", cte="quoted-printable", style="outlook", top=False)
    inner = EmailMessage(policy=POLICY)
    inner["From"] = "Dr. Kenan Arıkan <k.arikan@tdav-muenster.example>"
    inner["To"] = "Büro Oberbürgermeister <oberbuergermeister@muenster.example>"
    inner["Subject"] = subject
    inner["Date"] = "Mon, 08 Feb 2027 19:12:40 +0100"
    inner["Message-ID"] = "<7c4e1a90-d35b-4f28-8e6a-b20f9c1d3e75@tdav-muenster.example>"
    inner["MIME-Version"] = "1.0"
    inner.set_content(ARIKAN_TEXT, charset="utf-8", cte="quoted-printable")
    attached = m.message(inner, [ARIKAN_TEXT], filename=subject + ".eml")
    m.multi("mixed", [alt, attached], style="outlook")

# -- 031 ---------------------------------------------------------------------
# Out-of-office answering the deadline reminder, Turkish and German, with
# no Auto-Submitted or other machine header and an ordinary "Re:" subject.

@mail("bulut-out-of-office-turkish-german-text-only", "2027-02-11 10:00:41",
      E("auto_reply"), "tr", "machine")
def _(m):
    m.head(("From", "Sevgi Bulut <sevgi.bulut@tuerk-elternbund.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270211100041.4a7c@tuerk-elternbund.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
22 Şubat'a kadar izindeyim ve e-postalarıma bakamıyorum. Acil durumlarda lütfen info@tuerk-elternbund.example adresine yazın.

Guten Tag,
ich bin bis zum 22. Februar im Urlaub und lese meine E-Mails nicht. In dringenden Fällen schreiben Sie bitte an info@tuerk-elternbund.example.

Sevgi Bulut
Türkischer Elternbund Münster
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation in Turkish, Thunderbird with a Turkish attribution line,
# quoting the confirmation (AG 3, 1 person).  "Kaydımı iptal edebilir
# misiniz?" = could you cancel my registration?

@mail("gunes-cancellation-turkish-thunderbird", "2027-02-12 08:12:37",
      E("cancellation", "mehmetali.gunes@mail.example", "Mehmet Ali Güneş",
        "Münster Türk Veliler Birliği", [], None, "tr"), "tr", "direct")
def _(m):
    m.head(("From", "Mehmet Ali Güneş <mehmetali.gunes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a3c81f5e-0d27-4b96-9e4a-7f12c8d05b63@mail.example>"),
           ("In-Reply-To", "<mailbot.20270113152611.0b7d@muenster.example>"),
           ("References", "<mailbot.20270113152611.0b7d@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 13 Mart'ta işten dolayı katılamayacağım. Kaydımı iptal edebilir
misiniz? Yerimi başka birine verebilirsiniz.

İyi çalışmalar
Mehmet Ali Güneş
Münster Türk Veliler Birliği

13.01.2027 15:26 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Güneş", "AG3", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 033 ---------------------------------------------------------------------
# Contact form with the organisation field left empty ("(keine Angabe)"); a
# teacher who comes privately: organisation null, the school is no org.

@mail("brockmann-contact-form-no-organisation", "2027-02-15 13:30:58",
      E("registration", "jh.brockmann@mail.example", "Jan-Hendrik Brockmann",
        None, ["AG1"], 1, "de"), "de", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000583", received="15.02.2027, 13:30:52 Uhr",
              values=("Herr", "Jan-Hendrik", "Brockmann", "",
                      "jh.brockmann@mail.example", "", "Anmeldung"),
              message="""Hallo,

ich würde gern am Tag der Migrantenselbstorganisationen teilnehmen, und zwar an der AG 1 zum Bildungssystem. Ich bin Lehrer an einer Gesamtschule und komme als Privatperson, nicht für einen Verein.

Viele Grüße
Jan-Hendrik Brockmann""",
              message_id="<kf-2027-000583.1771158652@formserver.muenster.example>")


# -- 034 ---------------------------------------------------------------------
# Change in English, Outlook with English labels ("From: / Sent:"), quoting
# the confirmation (AG 2, 2 persons): to workgroup 3, and only 1 person now.

OWUSU_TEXT = """Dear Ms Meza Correa-Flock,

Thank you for the confirmation. Two changes, please:
- I would like to switch from workgroup 2 to workgroup 3 (funding and association management).
- My colleague cannot come after all, so it will only be me.

Kind regards,
Abena Owusu
Ghana Women's Association Münster"""


@mail("owusu-change-english-outlook", "2027-02-16 09:45:14",
      E("change", "abena.owusu@ghana-women-ms.example", "Abena Owusu",
        "Ghana Women's Association Münster", ["AG3"], 1, "en"), "en", "direct")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@ghana-women-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbNx2kR7pW0sQ3vT8mZ1yB4nC6g=="),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB1C38F5A07E6B42D9A1C3F8E05B27@DU2P194MB1C38.EURP194.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270122154107.9c2e@muenster.example>"),
           ("References", "<mailbot.20270122154107.9c2e@muenster.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = ((f"Tag der Migrantenselbstorganisationen <{MSO}>",
              "Friday, January 22, 2027 3:41 PM",
              "Abena Owusu <abena.owusu@ghana-women-ms.example>",
              CONFIRMATION_SUBJECT), confirmation("Frau Owusu", "AG2", 2))
    m.alternative(outlook_plain(OWUSU_TEXT, quote, labels=EN_LABELS),
                  outlook_html(OWUSU_TEXT, quote, labels=EN_LABELS, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# The person photographed the flyer's form (PNG) and typed it below:
# "Name, Vorname: Rahimi, Soraya", Erstwunsch 3, Zweitwunsch 2.  The From
# display name is shortened; the signature gives the full name.

@mail("rahimi-form-photo-first-second-choice", "2027-02-17 20:02:26",
      E("registration", "soraya.rahimi@mail.example", "Soraya Rahimi",
        "Afghanischer Frauenverein Roshan e.V.", ["AG3", "AG2"], 1, "de"), "de", "scanned-form")
def _(m):
    m.head(("From", "Soraya R. <soraya.rahimi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1771354946.220417.soraya.rahimi@mail.example>"),
           ("X-Mailer", "Webmail 3.1"),
           ("MIME-Version", "1.0"))
    body = m.text("""Guten Abend,

ich habe das Formular aus dem Flyer ausgefüllt und fotografiert (Foto im Anhang). Hier auch noch einmal abgetippt, falls man das Foto nicht gut lesen kann:

Anmeldung Tag der Migrantenselbstorganisationen 2027
Name, Vorname: Rahimi, Soraya
Organisation: Afghanischer Frauenverein Roshan e.V.
E-Mail: soraya.rahimi@mail.example
Arbeitsgruppe – Erstwunsch: 3
Arbeitsgruppe – Zweitwunsch: 2
Anzahl der Personen: 1

Mit freundlichen Grüßen
Soraya Rahimi
""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_form_png(), "image", "png", "Anmeldung_MSO_Rahimi.png")
    m.multi("mixed", [body, png])


# -- 036 ---------------------------------------------------------------------
# Question in Arabic (interpreting, childcare) before registering; the
# numbered list "1-", "2-" is not a workgroup choice.

@mail("abuzaid-arabic-question", "2027-02-18 22:30:09",
      E("question", "mahmoud.abuzaid@mail.example", "Mahmoud Abu Zaid",
        "Palästinensische Gemeinde Münster", [], None, "ar"), "ar", "direct")
def _(m):
    m.head(("From", "Mahmoud Abu Zaid <mahmoud.abuzaid@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال عن يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAD5nQ1wR8tY3pX6mK0bZ9vL2sFc7hJ4gE5aU1oT8iB3vN6xQws@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

سمعت عن يوم منظمات المهاجرين في 13 مارس وأفكر في المشاركة مع بعض أعضاء جمعيتنا. عندي سؤالان قبل التسجيل:
1- هل ستكون هناك ترجمة إلى اللغة العربية في مجموعات العمل؟
2- هل يمكن أن نحضر أطفالنا، وهل توجد رعاية للأطفال؟

شكراً مقدماً
Mahmoud Abu Zaid
Palästinensische Gemeinde Münster
""", charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# A colleague forwards (Outlook "WG:") a cancellation that was sent to her old
# address; the cancellation is the forwarded writer's.

RUESCHENBAUM_NOTE = """Hallo Ximena,

die Absage von Herrn Karagiannis kam bei mir an, weil er noch meine Adresse vom letzten Jahr hatte. Bitte austragen – danke!

Heike

Heike Rüschenbaum
Stadt Münster – Kommunales Integrationszentrum
Tel. 0251 4 92-70 61"""

KARAGIANNIS_TEXT = """Liebe Frau Rüschenbaum,

leider muss ich meine Anmeldung für den MSO-Tag am 13. März absagen. Meine Mutter in Thessaloniki ist krank und ich fliege nächste Woche für längere Zeit nach Griechenland.

Ich wünsche Ihnen eine schöne Veranstaltung!

Viele Grüße
Dimitrios Karagiannis
Griechisch-Orthodoxe Gemeinde Münster"""


@mail("rueschenbaum-forwards-karagiannis-cancellation", "2027-02-19 10:15:33",
      E("cancellation", "d.karagiannis@mail.example", "Dimitrios Karagiannis",
        "Griechisch-Orthodoxe Gemeinde Münster", [], None, "de"), "de", "colleague-forward")
def _(m):
    m.head(("From", '"Rüschenbaum, Heike" <heike.rueschenbaum@muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: Absage 13.03."),
           ("Thread-Topic", "Absage 13.03."),
           ("Thread-Index", "AQHbgq3Tz0vK5mW9pR2xN7bY1sQc4A=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB9C62F7A0B5E14D3AA6C3F9E47B51@FR3P281MB9C62.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (("Dimitrios Karagiannis <d.karagiannis@mail.example>",
              "Donnerstag, 18. Februar 2027 21:05",
              "Rüschenbaum, Heike <heike.rueschenbaum@muenster.example>",
              "Absage 13.03."), KARAGIANNIS_TEXT)
    m.alternative(outlook_plain(RUESCHENBAUM_NOTE, quote), outlook_html(RUESCHENBAUM_NOTE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Direct reply (Outlook "AW: WG:") to an invitation a network had forwarded;
# the quote holds the network's note and the whole invitation with all
# three AGs; the new text gives AG 2, else AG 3; "mich und meinen Mann" -> 2.

ALEMU_TEXT = """Sehr geehrte Damen und Herren,

über das Netzwerk Afrikanischer Vereine habe ich Ihre Einladung bekommen. Hiermit melde ich mich und meinen Mann Dawit Bekele an.

Wir möchten am liebsten in die AG 2, als zweite Wahl die AG 3.

Mit freundlichen Grüßen
Tigist Alemu
Äthiopischer Verein Münster e.V."""

NETWORK_NOTE = """Liebe Mitglieder des Netzwerks,

anbei die Einladung der Stadt zum Tag der Migrantenselbstorganisationen. Bitte meldet euch direkt bei der Stadt an (Adresse steht unten), Anmeldeschluss ist der 6. März. Es wäre schön, wenn aus jedem Verein jemand dabei ist!

Viele Grüße
Ruth Tesfaye
Netzwerk Afrikanischer Vereine Münster"""


@mail("alemu-reply-to-forwarded-invitation", "2027-02-22 12:48:04",
      E("registration", "tigist.alemu@mail.example", "Tigist Alemu",
        "Äthiopischer Verein Münster e.V.", ["AG2", "AG3"], 2, "de"), "de", "direct")
def _(m):
    m.head(("From", '"Alemu, Tigist" <tigist.alemu@mail.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", "WG: " + INVITATION_SUBJECT),
           ("Thread-Index", "AQHbhE1v9pT3kR6mW0xZ2nB8sYc5Dg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P195MB2D47A1C6E3F0459B8D2A7E16C3F0@AS8P195MB2D47.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quoted = (f"{NETWORK_NOTE}\n\n"
              f"Von: Tag der Migrantenselbstorganisationen <{MSO}>\n"
              f"Gesendet: Dienstag, 12. Januar 2027 14:03\n"
              f"An: Tag der Migrantenselbstorganisationen <{MSO}>\n"
              f"Betreff: {INVITATION_SUBJECT}\n\n{INVITATION}")
    quote = (("Ruth Tesfaye <ruth.tesfaye@afrika-netzwerk-ms.example>",
              "Montag, 15. Februar 2027 09:30",
              "verteiler@afrika-netzwerk-ms.example",
              "WG: " + INVITATION_SUBJECT), quoted)
    m.alternative(outlook_plain(ALEMU_TEXT, quote), outlook_html(ALEMU_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Change of party size only, in Turkish, through the contact form (no quote):
# "Kaydımızı üç kişiye çıkarabilir misiniz?" = can you raise our registration
# to three persons?  No workgroup stated -> [], party_size 3.

@mail("erdogan-contact-form-turkish-party-size-change", "2027-02-24 17:20:11",
      E("change", "nurcan.erdogan@mail.example", "Nurcan Erdoğan",
        "Anadolu Gençlik Derneği Münster", [], 3, "tr"), "tr", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000611", received="24.02.2027, 17:20:05 Uhr",
              values=("Frau", "Nurcan", "Erdoğan", "Anadolu Gençlik Derneği Münster",
                      "nurcan.erdogan@mail.example", "0170 4418 2093", "Kayıt değişikliği"),
              message="""Merhaba,

Ocak ayında MSO günü için iki kişi olarak kayıt yaptırmıştım. Derneğimizden bir arkadaşımız daha gelmek istiyor. Kaydımızı üç kişiye çıkarabilir misiniz?

Teşekkürler
Nurcan Erdoğan""",
              message_id="<kf-2027-000611.1771950005@formserver.muenster.example>")


# -- 040 ---------------------------------------------------------------------
# Spam through the contact form (SEO offer in English): other.

@mail("contact-form-seo-spam", "2027-03-01 03:12:48",
      E("other"), "en", "webform")
def _(m):
    form_mail(m, page="de", number="KF-2027-000640", received="01.03.2027, 03:12:43 Uhr",
              values=("Herr", "Mark", "Johnson", "RankBoost Digital",
                      "mark.johnson@rankboost-digital.example", "+1 415 555 0142",
                      "Quick question about muenster.example"),
              message="""Hi there,

I was checking your website muenster.example and noticed it isn't ranking on the first page of Google for several important keywords. We are a team of SEO experts and can get you into the top 3 positions within 90 days - guaranteed.

Can I send you a free audit and our price list? Just reply with "YES".

Best,
Mark Johnson
Senior SEO Consultant""",
              message_id="<kf-2027-000640.1772331163@formserver.muenster.example>")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Arabic from Gmail with an Arabic attribution line, quoting
# the German confirmation (AG 1, 2 persons); "أرجو إلغاء تسجيلنا" = please
# cancel our registration.

KHALIL_TEXT = """مرحباً،

للأسف لن نستطيع أنا وزوجي الحضور يوم 13 مارس، لأن لدينا سفراً عائلياً لم نكن نعرف عنه وقت التسجيل. أرجو إلغاء تسجيلنا.

شكراً لتفهمكم، ونتمنى لكم يوماً ناجحاً.
Yasmin Khalil"""


@mail("khalil-arabic-cancellation-gmail", "2027-03-02 09:37:25",
      E("cancellation", "yasmin.khalil@mail.example", "Yasmin Khalil",
        None, [], None, "ar"), "ar", "direct")
def _(m):
    m.head(("From", "Yasmin Khalil <yasmin.khalil@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG8pX3tV6nR0wQ9mZ2bK5yL1sDc4hJ7gE8aU3oN0iT5vB2xRqe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270117102014.4f8b@muenster.example>"),
           ("References", "<mailbot.20270117102014.4f8b@muenster.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"في الأحد، 17 يناير 2027 في 10:20 ص كتب Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = confirmation("Frau Khalil", "AG1", 2)
    plain = f"{KHALIL_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(KHALIL_TEXT, rtl=True, attribution=attribution, quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Gmail vacation responder in English (Auto-Submitted: auto-replied) answering
# a confirmation.

@mail("haile-vacation-responder-english", "2027-03-03 08:00:19",
      E("auto_reply"), "en", "machine")
def _(m):
    m.head(("From", "Helen Haile <helen.haile@mail.example>"),
           ("To", MSO),
           ("Subject", "Parental leave / Elternzeit"),
           ("Date", m.date),
           ("Message-ID", "<CAH1vacation7q2Wm9xB4@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270303075958.2a61@muenster.example>"),
           ("References", "<mailbot.20270303075958.2a61@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm on parental leave until 5 April 2027 and won't be checking this inbox. For anything concerning the Eritrean Youth Group Münster, please contact eyg.muenster@mail.example.

Thank you,
Helen
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# The venue's booking system reports a change to the room booking for the day
# (mentions the event, 90 persons, the workgroup rooms): other.

@mail("stadtweinhaus-booking-change-notice", "2027-03-04 15:22:30",
      E("other"), "de", "machine")
def _(m):
    m.head(("From", "Veranstaltungsbuero Stadtweinhaus <buchung@stadtweinhaus-muenster.example>"),
           ("To", MSO),
           ("Subject", "Buchungsänderung SWH-2027-0088: Tag der Migrantenselbstorganisationen, 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<swh-2027-0088.rev4.1772634150@stadtweinhaus-muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Mailer", "Raumbuchung 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

Ihre Buchung wurde geändert. Bitte prüfen Sie die folgenden Angaben:

Buchungsnummer: SWH-2027-0088
Veranstaltung:  Tag der Migrantenselbstorganisationen 2027
Datum:          Samstag, 13.03.2027
Zeit:           08:30 – 17:30 Uhr (inkl. Auf- und Abbau)
Räume:          Festsaal (Plenum, 90 Plätze, parlamentarische Bestuhlung)
                Ratskammer, Kaminzimmer, Studio (ab 13:00 Uhr, je 30 Plätze, Stuhlkreis)
Technik:        2 Beamer, 1 Funkmikrofon, 3 Moderationskoffer
Catering:       Stehempfang 12:00 Uhr, Getränke ganztägig (90 Personen)

Geändert: Catering Personenzahl 80 → 90

Bei Rückfragen erreichen Sie uns unter 0251 4 92-26 60.

Diese Nachricht wurde automatisch erzeugt.
Veranstaltungsbüro Stadtweinhaus
Prinzipalmarkt 8, 48143 Münster
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Change in an Outlook HTML-only reply (windows-1252) quoting the confirmation
# (AG 1, 2): now three persons, all in AG 2.

WOLTERS_TEXT = """Sehr geehrte Damen und Herren,

bei unserer Anmeldung gibt es zwei Änderungen: Wir kommen nun zu dritt, unsere neue Kollegin Frau Jana Grewe ist auch dabei. Außerdem möchten wir alle drei lieber in die AG 2 statt in die AG 1.

Vielen Dank und freundliche Grüße

Brigitte Wolters
Diakonie Münster – Migrationsberatung"""


@mail("wolters-change-outlook-html-only", "2027-03-05 11:05:47",
      E("change", "b.wolters@diakonie-ms.example", "Brigitte Wolters",
        "Diakonie Münster – Migrationsberatung", ["AG2"], 3, "de"), "de", "direct")
def _(m):
    m.head(("From", '"Wolters, Brigitte" <b.wolters@diakonie-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbjR5w2xK8pT1mV4sZ7nB0yQc3Ew=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB3E58B2D7F4A0469C8E3B1F27D4A6@BE1P281MB3E58.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270128143305.6d2f@muenster.example>"),
           ("References", "<mailbot.20270128143305.6d2f@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = ((f"Tag der Migrantenselbstorganisationen <{MSO}>",
              "Donnerstag, 28. Januar 2027 14:33",
              "Wolters, Brigitte <b.wolters@diakonie-ms.example>",
              CONFIRMATION_SUBJECT), confirmation("Frau Wolters", "AG1", 2))
    m.single(outlook_html(WOLTERS_TEXT, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# The switchboard relays a cancellation by phone, three days before the event;
# the caller's address is in the note.

@mail("switchboard-phone-cancellation-okoro", "2027-03-10 08:40:16",
      E("cancellation", "samuel.okoro@mail.example", "Samuel Okoro",
        "African Council Münster e.V.", [], None, "de"), "de", "phone-relay")
def _(m):
    m.head(("From", "Telefonzentrale Stadt Muenster <telefonzentrale@muenster.example>"),
           ("To", MSO),
           ("Subject", "Telefonnotiz: Absage MSO-Tag – Herr Okoro"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MBAD73C8E1B6F25A4B7D4E0A58C962@FR3P281MBAD73.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Herr Samuel Okoro hat heute früh in der Zentrale angerufen. Er ist krank und kann am Samstag nicht zum MSO-Tag kommen, seine Frau auch nicht. Er bittet darum, die Anmeldung für beide zu stornieren.

E-Mail-Adresse von Herrn Okoro: samuel.okoro@mail.example
Verein: African Council Münster e.V.

Gruß aus der Zentrale
Andreas Hüging
""", charset="windows-1252", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, expected, text_lang, channel, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang, channel))
    return built


def leaves(part):
    """Leaf parts in order; descends into multiparts and message/rfc822, not
    into message/delivery-status."""
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        yield from leaves(part.get_payload(0))
    elif part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif part.get_content_maintype() != "message":
        yield part


def all_parts(part):
    yield part
    if part.get_content_type() == "message/rfc822":
        yield from all_parts(part.get_payload(0))
    elif part.get_content_maintype() == "multipart":
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def mail_text(msg):
    """Decoded headers and text of a mail, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ("AG1", "AG2", "AG3") for w in wg) \
            or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
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
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if not br or br != br.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected, text_lang):
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
    text = mail_text(msg)
    for dom in ADDRESS.findall(text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected)
    if expected["kind"] in PERSON_KINDS and expected["language"] != text_lang:
        problems.append("text language differs from the expected language")
    # the labels agree with the mail
    low = text.lower()
    if expected["email"] and expected["email"] not in low:
        problems.append("expected email does not occur in the mail")
    for k in ("name", "organisation"):
        if expected[k] and expected[k] not in text:
            problems.append(f"expected {k} does not occur verbatim in the mail")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def check_senders(built, datas):
    """No person writes twice: every From address is unique (except the web
    form's no-reply sender, a machine), every Reply-To is unique, and no two
    person mails share the expected email."""
    problems = []
    froms, replies, emails = collections.Counter(), collections.Counter(), collections.Counter()
    for (name, _, e, _, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = [a.lower() for _, a in getaddresses([str(msg["From"])])]
        for a in frm:
            if a != FORM_SENDER:
                froms[a] += 1
        if msg["Reply-To"]:
            for _, a in getaddresses([str(msg["Reply-To"])]):
                replies[a.lower()] += 1
        if e["kind"] in PERSON_KINDS:
            emails[e["email"]] += 1
    for what, counter in (("From", froms), ("Reply-To", replies), ("expected email", emails)):
        for a, k in counter.items():
            if k > 1:
                problems.append(f"{what} {a} occurs {k} times")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t, _ in built)
    chans = collections.Counter((c, e["kind"]) for _, _, e, _, c in built)
    types, encs = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    for k in KINDS:
        row = {t: table[(k, t)] for t in LANGS if table[(k, t)]}
        print(f"  {k:13} {row}")
    print("channel x kind:")
    for c in CHANNELS:
        row = {k: chans[(c, k)] for k in KINDS if chans[(c, k)]}
        print(f"  {c:18} {row}")
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
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _, _ in built]
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

    for (name, m, e, t, _), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
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
