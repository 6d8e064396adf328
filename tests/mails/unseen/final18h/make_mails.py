#!/usr/bin/env python3
"""Build the corpus "final18h" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails to the Interkulturelle Frauenkonferenz Bochum 2027 (config.toml),
written by hand one at a time: women from migrant women's associations,
mothers' cafés, mosque and church women's groups, refugee women's projects and
social workers, in German (fluent and learner), Turkish, Kurmanji, Arabic,
Farsi/Dari, Tigrinya, Russian, Ukrainian, English and French.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, reads every file back with email.policy.default and checks it.

    python3 make_mails.py            # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check    # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats    # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.
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
import unicodedata
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

FK = "frauenkonferenz@bochum.example"
FK_NAME = "Interkulturelle Frauenkonferenz Bochum"
TO_FK = f"{FK_NAME} <{FK}>"
INVITATION_ID = "<einladung-frauenkonferenz-2027.20270621101502@bochum.example>"
MAILING_ID = "<plaetze-frei-frauenkonferenz-2027.20270802100000@bochum.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "tr", "ku", "ar", "fa", "ti", "ru", "uk", "en", "fr")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def A(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the name as encoded words when it is not ASCII."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/Apple do: '> ' before each line."""
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


def mid_gmail(slug):
    h = _h(slug, "mid")
    return f"<CAF{h[:6]}+{h[6:30]}-{h[30:40]}@mail.gmail.example>"


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
        msg.set_raw("Delivered-To", FK)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bochum.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FK}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR08MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1788000000000 + int(h[16:22], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
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
        return self.msg.as_bytes(policy=POLICY)


def dsn_part(*blocks):
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
        ops.append(f"({line}) Tj")
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


def make_png(width=72, height=48):
    """A small RGB PNG: a wall with a row of coloured balloons."""
    rows = []
    colours = [(220, 60, 80), (250, 190, 40), (60, 150, 220), (120, 190, 90)]
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            cx = (x // 18) * 18 + 9
            if (x - cx) ** 2 + (y - 16) ** 2 < 49:
                px = colours[(x // 18) % 4]
            elif y > 36:
                px = (150, 110, 80)
            else:
                px = (245, 240, 230)
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
# HTML renderings of the clients
# ---------------------------------------------------------------------------

def outlook_head(charset="Windows-1252"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels=DE_LABELS):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang}>{labels[0]}</span></b><span lang={lang}> {esc(frm)} <br>\n"
                   f"<b>{labels[1]}</b> {esc(sent)}<br>\n"
                   f"<b>{labels[2]}</b> {esc(to)}<br>\n"
                   f"<b>{labels[3]}</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (outlook_head(charset) + f"<body lang={lang} link=\"#467886\" vlink=\"#96607D\" "
            "style='word-wrap:break-word'>\n<div class=WordSection1>\n"
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=DE_LABELS):
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    return (f"{text}\n\n{labels[0]} {frm}\n{labels[1]} {sent}\n{labels[2]} {to}\n"
            f"{labels[3]} {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, attrib=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attrib:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(attrib)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, attrib=None, quoted=None):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    quote = ""
    if attrib:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        quote = ("<div id=\"yahoo_quoted_5520931846\" class=\"yahoo_quoted\">"
                 "<div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\">"
                 f"<div>{esc(attrib)}</div><div><br></div><div><br></div>"
                 f"<div><div dir=\"ltr\">{q}</div></div></div></div>")
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;\">"
            f"{inner}</div>{quote}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Interkulturelle Frauenkonferenz Bochum 2027"
INVITATION = """Liebe Frauen, liebe Kolleginnen aus Vereinen, Initiativen und Gemeinden,

wir laden Sie herzlich zur Interkulturellen Frauenkonferenz Bochum 2027 ein!

Datum: Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Ort: Bürgerhaus Springerplatz, Springerplatz 4, 44793 Bochum

Nach einem gemeinsamen Frühstück und einem Impulsvortrag arbeiten wir in
vier Workshops:

Workshop 1: Gesundheit und Selbstfürsorge – Frauengesundheit in vielen Sprachen
Workshop 2: Arbeit, Ausbildung und die Anerkennung ausländischer Abschlüsse
Workshop 3: Sicher leben – Schutz vor Gewalt und die eigenen Rechte
Workshop 4: Mütter stärken: Kita, Schule und Mehrsprachigkeit

Die Konferenz ist ein geschützter Raum nur für Frauen. Es gibt eine
kostenlose Kinderbetreuung (Kinder von 6 Monaten bis 10 Jahren), einen
Still- und Wickelraum und einen Gebetsraum. Dolmetscherinnen für Türkisch,
Arabisch, Farsi/Dari, Russisch und Ukrainisch sind vor Ort, weitere
Sprachen auf Anfrage.

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
frauenkonferenz@bochum.example an. Schreiben Sie uns Ihren Namen, Ihren
Verein oder Ihre Gruppe (falls vorhanden), den gewünschten Workshop (gern
mit Zweitwunsch) und mit wie vielen Personen Sie kommen. Bitte zählen Sie
mitkommende Kinder mit und nennen Sie ihr Alter, damit wir die
Kinderbetreuung planen können.

Die Teilnahme ist kostenlos. Für Essen (halal und vegetarisch) und
Getränke ist gesorgt.

Herzliche Grüße

Ihr Team der Interkulturellen Frauenkonferenz
Kommunales Integrationszentrum Bochum · Gleichstellungsstelle der Stadt Bochum
i. A. Dilek Brauckmann-Yavuz"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Interkulturellen Frauenkonferenz Bochum 2027"

WS_LINE = {
    "WS1": "Workshop 1: Gesundheit und Selbstfürsorge – Frauengesundheit in vielen Sprachen",
    "WS2": "Workshop 2: Arbeit, Ausbildung und die Anerkennung ausländischer Abschlüsse",
    "WS3": "Workshop 3: Sicher leben – Schutz vor Gewalt und die eigenen Rechte",
    "WS4": "Workshop 4: Mütter stärken: Kita, Schule und Mehrsprachigkeit",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Interkulturellen Frauenkonferenz Bochum 2027
am Samstag, 25. September 2027, 10:00 bis 16:30 Uhr, im Bürgerhaus
Springerplatz, Springerplatz 4, 44793 Bochum.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen (Kinder mitgezählt): {persons}

Möchten Sie den Workshop wechseln, die Zahl der Personen ändern oder
absagen? Antworten Sie einfach auf diese E-Mail.

Herzliche Grüße
Interkulturelle Frauenkonferenz Bochum
Kommunales Integrationszentrum Bochum"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FK
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


REMINDER_SUBJECT = "Erinnerung: Interkulturelle Frauenkonferenz Bochum morgen, 25. September"


def reminder(salutation, ws, persons):
    return f"""Guten Tag {salutation},

wir freuen uns auf Sie! Morgen, am Samstag, 25. September 2027, findet
die Interkulturelle Frauenkonferenz Bochum statt: 10:00 bis 16:30 Uhr im
Bürgerhaus Springerplatz, Springerplatz 4, 44793 Bochum. Das Frühstück
beginnt um 9:30 Uhr.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen (Kinder mitgezählt): {persons}

Können Sie doch nicht kommen? Dann antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Herzliche Grüße
Interkulturelle Frauenkonferenz Bochum
Kommunales Integrationszentrum Bochum"""


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    """Register one mail.  `text_lang` is the language its text is written in
    (also for machine mail, whose expected language is null)."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four workshops appear in
# the quote; the choice is only in the new text).  Mother and daughter come
# along (3); "meine zwei Kleinen bleiben ... beim Papa" are not counted.
# format=flowed, UTF-8 8bit.

@mail("korkmaz-reply-invitation-mother-daughter", "2027-06-21 19:12:40",
      E("registration", "h.korkmaz@frauenverein-wattenscheid.example", "Hatice Korkmaz",
        "Türkischer Frauenverein Wattenscheid e.V.", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Hatice Korkmaz <h.korkmaz@frauenverein-wattenscheid.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3b1e7c2a-90d4-4f6e-a8c1-5d2f0e9b7a13@frauenverein-wattenscheid.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Brauckmann-Yavuz,

danke für die Einladung, auf die Konferenz haben wir schon gewartet! Ich 
melde mich hiermit an und bringe meine Mutter und meine Tochter Zehra mit, 
wir sind also zu dritt. Wir möchten alle drei in den Workshop 1 
(Gesundheit). Meine Mutter versteht Deutsch ganz gut, aber beim Thema 
Gesundheit wäre eine türkische Dolmetscherin für sie trotzdem schön.

Meine zwei Kleinen bleiben an dem Samstag beim Papa, Kinderbetreuung 
brauchen wir also nicht.

Herzliche Grüße
Hatice Korkmaz

-- 
Türkischer Frauenverein Wattenscheid e.V.
2. Vorsitzende
Tel. 02327 88 41 07

Am 21.06.27 um 10:15 schrieb Interkulturelle Frauenkonferenz Bochum:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  A mothers' café group:
# "6 kadın ve 2 çocuk, toplam 8 kişi"; "sağlık atölyesine (1. atölye)" = WS1.
# The group's name "Müttercafé" echoes the title of WS4, which is not chosen.

ASLAN_TEXT = """Merhaba,

Hamme'deki Müttercafé'den yazıyorum. Her salı sabahı buluşan bir anneler grubuyuz, Kadın Konferansı'na grup olarak katılmak istiyoruz.

Toplam 6 kadınız. İkimiz küçük çocuklarımızı da getireceğiz (biri 3, biri 5 yaşında), yani 6 kadın ve 2 çocuk, toplam 8 kişi. Çocuklar için bakım olduğunu okuduk, çok güzel!

Hepimiz sağlık atölyesine (1. atölye) katılmak istiyoruz. Türkçe tercüman olursa çok seviniriz, bazı arkadaşlarımız Almancayı pek iyi bilmiyor.

Şimdiden teşekkürler,
Sevgi Aslan
Müttercafé Hamme"""


@mail("aslan-turkish-muettercafe-group", "2027-06-23 10:41:07",
      E("registration", "sevgi.aslan@gmail.example", "Sevgi Aslan", "Müttercafé Hamme",
        ["WS1"], 8, "tr"), "tr")
def _(m):
    m.head(("From", "Sevgi Aslan <sevgi.aslan@gmail.example>"),
           ("Date", m.date),
           ("Message-ID", mid_gmail(m.slug)),
           ("Subject", ew("Kadın Konferansı kayıt – Müttercafé Hamme", "utf-8", "b")),
           ("To", FK),
           ("MIME-Version", "1.0"))
    m.alternative(ASLAN_TEXT, gmail_html(ASLAN_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# Learner German from an iPhone, no punctuation habits; the baby (5 months)
# and the sister come along: "Wir sind 3".  The signature is the first name
# only; the full name is in the self-introduction.  A question about an
# interpreter rides along.

@mail("ahmadi-learner-baby-sister", "2027-06-24 22:07:55",
      E("registration", "mariam.ahmadi93@mail.example", "Mariam Ahmadi", None,
        ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "mariam ahmadi <mariam.ahmadi93@mail.example>"),
           ("To", FK),
           ("Subject", "Frauen konferenz"),
           ("Date", m.date),
           ("Message-ID", "<6F0D2B8E-4C1A-4E7B-9A35-B2C8D71E0F44@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich heiße Mariam Ahmadi ich will kommen zu Frauen Konferenz am 25.9. Ich komme mit meine Baby, sie ist 5 Monat, und mit meine Schwester Fatema. Wir sind 3.
Workshop 2 bitte, Arbeit und Anerkennung, ich war Hebamme in Afghanistan und mein Zeugnis ist nicht anerkannt.
Gibt es Dolmetscherin Dari? Meine Schwester spricht nicht so gut Deutsch.

Danke schön
Mariam

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic, Outlook desktop, text/plain windows-1256 quoted-printable, display
# name in Latin letters and in windows-1256 nothing else.  A mosque women's
# group: "سنأتي أربع نساء" = 4; "الورشة الرابعة" (the fourth) = WS4.  A prayer
# room question rides along.  Signature in Arabic script: that is the name.

@mail("obeidi-arabic-mosque-women-group", "2027-06-28 13:22:18",
      E("registration", "samira.obeidi@outlook.example", "سميرة العبيدي",
        "مجموعة النساء – مسجد النور بوخوم", ["WS4"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Samira Al-Obeidi <samira.obeidi@outlook.example>"),
           ("To", FK),
           ("Subject", ew("تسجيل في مؤتمر النساء", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601dbe8a4$2f6c1d90$8e4457b0$@outlook.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

أكتب إليكم باسم مجموعة النساء في مسجد النور في بوخوم. نود التسجيل في مؤتمر النساء يوم 25 سبتمبر.
سنأتي أربع نساء، وكلنا نريد المشاركة في الورشة الرابعة عن الروضة والمدرسة وتعدد اللغات، لأن أغلبنا أمهات لأطفال في المدرسة الابتدائية.

وعندي سؤال: هل يوجد مكان هادئ للصلاة؟ فصلاة الظهر ستكون في وقت المؤتمر.

جزاكم الله خيراً
سميرة العبيدي
مجموعة النساء – مسجد النور بوخوم
""", charset="windows-1256", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# English, Outlook multipart/alternative.  A social worker registers women
# from a refugee accommodation: five women + two babies + herself = 8 (the
# mail adds it up).  First choice WS3, second WS2.  A question about a
# Tigrinya interpreter rides along.

ADEYEMI_TEXT = """Dear organising team,

I work as a social worker in the women's project at the refugee accommodation in Bochum-Gerthe, and I would like to register a group for the conference on 25 September.

We will be 8 people in total: five women who live in our accommodation, two of their babies (both under one year, they will stay with their mothers), and me as accompanying staff.

The women are most interested in Workshop 3 (safety and rights). If that one is full, Workshop 2 would be our second choice.

Languages in the group are Arabic, Tigrinya and Dari. I understand there will be Arabic and Dari interpreters – is there any chance of someone for Tigrinya?

Kind regards,
Joy Adeyemi
Social Worker | Women's Project "Ankommen"
Übergangsheim Gerthe, Bochum
Phone +49 234 5 87 61 20"""


@mail("adeyemi-english-refugee-women-group", "2027-07-01 09:05:31",
      E("registration", "joy.adeyemi@ankommen-gerthe.example", "Joy Adeyemi",
        "Women's Project \"Ankommen\"", ["WS3", "WS2"], 8, "en"), "en")
def _(m):
    m.head(("From", "Joy Adeyemi <joy.adeyemi@ankommen-gerthe.example>"),
           ("To", TO_FK),
           ("Subject", "Group registration - Women's conference 25 September"),
           ("Thread-Topic", "Group registration - Women's conference 25 September"),
           ("Thread-Index", "AdvKc81f0pQ7mZsERhWk2Xo9bC1t4A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB6620F3A1C7E24B95D0A7C3E1B2@DB9PR08MB6620.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, outlook_html(ADEYEMI_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Kurmanji, GMX webmail, text/plain iso-8859-9 quoted-printable (Latin-5 has
# ê, î, û, ç, ş).  "Ez û keça xwe ... em 2 kes in" = 2; "komxebata duyemîn"
# (the second workshop) = WS2.  "(17 salî)" is an age.

@mail("temel-kurmanji-mother-daughter", "2027-07-03 17:30:12",
      E("registration", "berfin.temel@gmx.example", "Berfîn Temel",
        "Komeleya Jinên Kurd a Bochumê", ["WS2"], 2, "ku"), "ku")
def _(m):
    m.head(("From", A("Berfîn Temel", "berfin.temel@gmx.example", "iso-8859-9", "q")),
           ("To", FK),
           ("Subject", ew("Konferansa Jinan - tomarkirin", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-9b2e4d71-0c3a-4f58-8e16-a7d5c3b0f912-1783092612044@3c-app-gmx-bs54>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez Berfîn Temel im, ji Komeleya Jinên Kurd a Bochumê. Ez dixwazim beşdarî Konferansa Jinan a Navçandî bibim, ya ku dê di 25ê Îlonê de li Bochumê çêbibe.
Ez û keça xwe Rojda (17 salî) em ê bên, em 2 kes in.
Em dixwazin beşdarî komxebata duyemîn bibin - ya li ser kar, perwerdeya pîşeyî û naskirina dîplomayan. Keça min dê sala bê dest bi perwerdeya pîşeyî bike.

Bi silav û hezkirin
Berfîn Temel
Komeleya Jinên Kurd a Bochumê
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Farsi, Gmail right-to-left alternative, UTF-8 base64.  Persian digits:
# "۲ نفر" = 2, "کارگاه ۱" first, "کارگاه ۳" second; "۲۵ سپتامبر" a date.

MORADI_TEXT = """سلام و وقت بخیر،

من لیلا مرادی هستم، عضو انجمن زنان ایرانی بوخوم. می‌خواهم برای کنفرانس بین‌فرهنگی زنان در روز ۲۵ سپتامبر ثبت‌نام کنم.
ما ۲ نفر هستیم: من و دوستم نگار.
اولویت اول ما کارگاه ۱ (سلامت و مراقبت از خود) است و اگر جا نبود، کارگاه ۳.

با سپاس فراوان
لیلا مرادی
انجمن زنان ایرانی بوخوم"""


@mail("moradi-farsi-persian-digits", "2027-07-06 20:14:49",
      E("registration", "leila.moradi@gmail.example", "لیلا مرادی",
        "انجمن زنان ایرانی بوخوم", ["WS1", "WS3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Leila Moradi <leila.moradi@gmail.example>"),
           ("Date", m.date),
           ("Message-ID", mid_gmail(m.slug)),
           ("Subject", ew("ثبت‌نام کنفرانس زنان", "utf-8", "b")),
           ("To", FK),
           ("MIME-Version", "1.0"))
    m.alternative(MORADI_TEXT, gmail_html(MORADI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Church women's group, Outlook HTML only (Word HTML), windows-1252 QP.  The
# workshop is named by its full title in typographic quotes, then "ersatzweise
# in Workshop 1".  7 women.  A question about wheelchair access rides along.

SCHOENEWEISS_TEXT = """Sehr geehrte Damen,

die Evangelische Frauenhilfe Bochum-Linden möchte sich mit einer Gruppe zur Interkulturellen Frauenkonferenz anmelden. Wir sind insgesamt 7 Frauen: fünf aus unserem Frauenkreis und zwei Frauen aus dem Sprachcafé unserer Gemeinde, die aus Syrien und Eritrea stammen.

Wir würden gern in den Workshop „Sicher leben – Schutz vor Gewalt und die eigenen Rechte“ gehen, ersatzweise in Workshop 1.

Eine Frage noch: Eine unserer Damen sitzt im Rollstuhl. Ist das Bürgerhaus barrierefrei, und gibt es dort eine rollstuhlgerechte Toilette?

Mit freundlichen Grüßen

Brigitte Schöneweiß-Kamp
Leiterin des Frauenkreises
Evangelische Frauenhilfe Bochum-Linden
Hattinger Straße 412 · 44879 Bochum
Telefon 0234 / 94 27 16"""


@mail("schoeneweiss-kamp-church-group-outlook-html", "2027-07-08 11:30:04",
      E("registration", "b.schoeneweiss-kamp@frauenhilfe-linden.example", "Brigitte Schöneweiß-Kamp",
        "Evangelische Frauenhilfe Bochum-Linden", ["WS3", "WS1"], 7, "de"), "de")
def _(m):
    m.head(("From", '"Schöneweiß-Kamp, Brigitte" <b.schoeneweiss-kamp@frauenhilfe-linden.example>'),
           ("To", TO_FK),
           ("Subject", "Anmeldung Evangelische Frauenhilfe Linden (7 Personen)"),
           ("Thread-Topic", "Anmeldung Evangelische Frauenhilfe Linden (7 Personen)"),
           ("Thread-Index", "AdvP1ax3KoE6h0TzQ2m5JwV8uYbNfQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR01MB7741C02E9D5B6A3F18E4D7C0A9@AS8PR01MB7741.eurprd01.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHOENEWEISS_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Tigrinya, Yahoo multipart/alternative, UTF-8 base64.  Me, my friend and my
# two children: "ብድምር 4 ሰባት ኢና" = 4 in all; "ራብዓይ ወርክሾፕ" (the fourth) =
# WS4.  The Ge'ez signature is the name; the association only in Tigrinya.

GEBREMEDHIN_TEXT = """ሰላም ንኹልኹም፣

ኣነ ሰናይት ገብረመድህን እየ፣ ካብ ማሕበር ደቂ ኣንስትዮ ኤርትራውያን ቦሁም። ኣብቲ ብ25 ሰፕቴምበር ዝካየድ ኮንፈረንስ ደቂ ኣንስትዮ ክሳተፍ ደስ ይብለኒ።
ምሳይ መሓዛይ ሚልኤንን ክልተ ደቀይን ክመጹ እዮም (ቆልዑ 4 ን 7 ን ዓመት እዮም)። ብድምር 4 ሰባት ኢና።
ንቖልዑ ክንክን ቆልዑ የድልየና እዩ።
ኣብ ራብዓይ ወርክሾፕ (መውዓሊ ህጻናት፣ ቤት ትምህርቲን ብዙሕ ቋንቋን) ክንሳተፍ ንደሊ።

ብዙሕ የቐንየልና
ሰናይት ገብረመድህን
ማሕበር ደቂ ኣንስትዮ ኤርትራውያን ቦሁም"""


@mail("gebremedhin-tigrinya-children", "2027-07-12 18:45:22",
      E("registration", "senait.gebremedhin@yahoo.example", "ሰናይት ገብረመድህን",
        "ማሕበር ደቂ ኣንስትዮ ኤርትራውያን ቦሁም", ["WS4"], 4, "ti"), "ti")
def _(m):
    m.head(("Date", m.date),
           ("From", "Senait Gebremedhin <senait.gebremedhin@yahoo.example>"),
           ("To", FK),
           ("Message-ID", "<1188273645.2219834.1783874722019@mail.yahoo.example>"),
           ("Subject", ew("ምዝገባ – ኮንፈረንስ ደቂ ኣንስትዮ", "utf-8", "b")),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.24187 YMailNorrin"))
    m.alternative(GEBREMEDHIN_TEXT, yahoo_html(GEBREMEDHIN_TEXT), charset="utf-8",
                  cte="base64", style="yahoo")


# -- 010 ---------------------------------------------------------------------
# Question only: a social worker asks about the childcare before she will
# register her course ("Sobald ich das weiß, schicke ich Ihnen die Anmeldung").
# iso-8859-1 QP, web.de.  Nobody is registered yet.

@mail("oberdieck-question-childcare-details", "2027-07-14 09:58:36",
      E("question", "k.oberdieck@brueckenschlag-bochum.example", "Katrin Oberdieck",
        "Brückenschlag e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Katrin Oberdieck <k.oberdieck@brueckenschlag-bochum.example>"),
           ("To", FK),
           ("Subject", "Fragen zur Kinderbetreuung bei der Frauenkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e0a8c3d-71b2-49f5-bd60-e3c9a2f7d518-1783411116310@3c-app-webde-bap31>"),
           ("Importance", "normal"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich begleite einen Deutschkurs für Mütter mit Kinderbetreuung und würde
gern mit einigen Teilnehmerinnen zu Ihrer Konferenz kommen. Bevor ich die
Frauen verbindlich anmelde, habe ich ein paar Fragen zur Kinderbetreuung,
weil davon abhängt, wer überhaupt mitkommen kann:

- Ab welchem Alter werden die Kinder betreut? In der Einladung steht "ab 6
  Monaten". Was ist mit jüngeren Babys, dürfen die mit in den Workshop?
- Ist die Betreuung in einem eigenen Raum, und wer betreut die Kinder
  (Fachkräfte, Ehrenamtliche)?
- Brauchen Sie vorab Namen und Alter der Kinder oder reicht die Anzahl?

Sobald ich das weiß, schicke ich Ihnen die Anmeldung mit allen Namen.

Viele Grüße
Katrin Oberdieck

Brückenschlag e.V.
Familienbildung und Migrationsberatung
Alleestraße 131, 44793 Bochum
""", charset="iso-8859-1", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Russian, Thunderbird, text/plain windows-1251 QP.  "Нас будет трое: я,
# моя мама ... и мой сын ..., ему 8 месяцев" = 3 (the baby counts; "8 месяцев"
# is an age).  "в первом воркшопе" = WS1.  Cyrillic signature beats the Latin
# display name.

@mail("becker-russian-mother-baby", "2027-07-19 15:20:57",
      E("registration", "olga.becker@t-online.example", "Ольга Беккер",
        "Клуб русскоязычных мам «Теремок»", ["WS1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Becker <olga.becker@t-online.example>"),
           ("To", FK),
           ("Subject", ew("Регистрация на женскую конференцию 25.09.", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<a7c52e19-3f0b-4d86-9e21-b4d8f6c03a75@t-online.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на Межкультурную женскую конференцию 25 сентября.
Нас будет трое: я, моя мама (она гостит у нас до конца октября) и мой сын
Тимофей, ему 8 месяцев. Сын будет всё время со мной, в детскую комнату его
отдавать не нужно.
Мы хотели бы участвовать в первом воркшопе – о здоровье.

С уважением,
Ольга Беккер
Клуб русскоязычных мам «Теремок», Бохум
""", charset="windows-1251", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Ukrainian, iPhone multipart/alternative, UTF-8 QP.  "нас двоє" = 2; the
# daughter (14) comes only if allowed ("Якщо ні, вона залишиться вдома") and
# is not counted.  "другий воркшоп" = WS2.  No organisation.

MELNYK_TEXT = """Добрий день!

Я хочу зареєструватися на жіночу конференцію 25 вересня разом із подругою Іриною, тобто нас двоє.
Ми обидві вчительки, в Україні працювали в школі, а тут наші дипломи ще не визнані. Тому нас цікавить другий воркшоп – про роботу та визнання дипломів.

Ще питання: чи можна взяти з собою мою доньку Соломію (14 років)? Якщо ні, вона залишиться вдома з бабусею.

Дякую!
Оксана Мельник

Надіслано з iPhone"""


@mail("melnyk-ukrainian-iphone-daughter-question", "2027-07-26 21:33:10",
      E("registration", "oksana.melnyk@icloud.example", "Оксана Мельник", None,
        ["WS2"], 2, "uk"), "uk")
def _(m):
    m.head(("From", A("Оксана Мельник", "oksana.melnyk@icloud.example", "utf-8", "b")),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", ew("Реєстрація на конференцію", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<0C3F8E21-A94B-4D7E-8B16-5E2AF0D91C67@icloud.example>"),
           ("To", FK),
           ("X-Mailer", "iPhone Mail (22G86)"))
    m.alternative(MELNYK_TEXT, apple_html(MELNYK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 013 ---------------------------------------------------------------------
# Auto reply (Sieve vacation, RFC 3834 header) to the organisers' mailing
# "Noch Plätze frei", German and English.  It names the "Gewaltschutz" of a
# counselling service and a date; nothing to register.

@mail("simsek-sieve-vacation", "2027-08-02 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", A("Hülya Şimşek", "h.simsek@frauenberatung-bo.example")),
           ("To", FK),
           ("Subject", "Abwesend / Out of office: Noch Plätze frei – Interkulturelle Frauenkonferenz Bochum 2027"),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1785657641.h.simsek@frauenberatung-bo.example>"),
           ("In-Reply-To", MAILING_ID),
           ("References", MAILING_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23. August 2027 im Urlaub und lese in dieser
Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Beratungsteam unter
0234 61 38 20 oder team@frauenberatung-bo.example. Bei akuter Gewalt
erreichen Sie das Hilfetelefon Gewaltschutz rund um die Uhr.

---

Thank you for your message. I am on leave until 23 August 2027 and will
not read e-mail before then. For urgent matters please contact our
counselling team at team@frauenberatung-bo.example.

Hülya Şimşek
Frauenberatungsstelle Bochum
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# French, Apple Mail multipart/alternative.  "Nous serons quatre : Mariama,
# Aïssatou, moi-même, et le bébé de Mariama (6 mois)" = 4; "l'atelier 2" =
# WS2.  An interpreter wish rides along.

KEITA_TEXT = """Bonjour Madame, bonjour à toute l'équipe,

Je vous écris au nom de l'Association des Femmes Africaines de Bochum pour inscrire notre petit groupe à la conférence du 25 septembre.

Nous serons quatre : Mariama, Aïssatou, moi-même, et le bébé de Mariama (6 mois), qui restera avec sa maman.
Nous souhaitons participer à l'atelier 2 sur le travail et la reconnaissance des diplômes. Aïssatou est infirmière de formation et voudrait enfin faire reconnaître son diplôme ici.

Nous parlons toutes un peu allemand, mais si une interprète en français était possible, ce serait formidable.

Bien cordialement,
Fatoumata Keïta
Présidente
Association des Femmes Africaines de Bochum"""


@mail("keita-french-apple-mail", "2027-08-04 16:20:48",
      E("registration", "fatou.keita@orange.example", "Fatoumata Keïta",
        "Association des Femmes Africaines de Bochum", ["WS2"], 4, "fr"), "fr")
def _(m):
    m.head(("From", A("Fatoumata Keïta", "fatou.keita@orange.example", "utf-8", "q")),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51\\))"),
           ("Subject", ew("Inscription – Conférence des femmes 25 septembre", "utf-8", "q")),
           ("Message-Id", "<7A41C2F0-3E9D-4B58-A6E1-0D5C9B82F3A4@orange.example>"),
           ("Date", m.date),
           ("To", FK),
           ("X-Mailer", "Apple Mail (2.3826.600.51)"))
    m.alternative(KEITA_TEXT, apple_html(KEITA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 015 ---------------------------------------------------------------------
# Learner German, Samsung phone, UTF-8 base64.  "wir sind 2 Frauen und 2
# Kinder" = 4 (the friend's children, for the childcare).  "Workshop
# Gesundheit" = WS1 by its alias.  Prayer room question rides along.

@mail("alhamdan-learner-friend-children", "2027-08-09 21:48:13",
      E("registration", "rasha.alhamdan@gmail.example", "Rasha Al-Hamdan", None,
        ["WS1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Rasha Al-Hamdan <rasha.alhamdan@gmail.example>"),
           ("To", FK),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<x3k9q1.1786304893.samsung@gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Brauckmann

Ich möchte mich anmelden für die Frauen Konferenz. ich komme mit meine Freundin Nour und ihre 2 Kinder (2 und 4 Jahre alt), die Kinder brauchen Kinderbetreung. Also wir sind 2 Frauen und 2 Kinder.

Wir möchten Workshop Gesundheit.

Gibt es ein Raum für beten? Wir beten Mittag.

Vielen dank
Rasha Al-Hamdan

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# A whole group with a PDF list attached (multipart/mixed, web.de).  "12
# Teilnehmerinnen ... dazu komme ich ... Fünf Kinder ... Insgesamt 18".
# WS4 by number and title words.

PIETRZAK_TEXT = """Liebes Konferenz-Team,

wie am Telefon mit Frau Brauckmann-Yavuz besprochen, melde ich hiermit unsere Gruppe vom Internationalen Frauentreff Hustadt an.

Wir kommen mit 12 Teilnehmerinnen aus unserem Frauenfrühstück, dazu komme ich als Begleitung. Fünf Kinder kommen mit und brauchen die Kinderbetreuung (Alter: 1, 2, 3, 3 und 6 Jahre). Insgesamt sind wir also 18 Personen.

Alle Frauen möchten in den Workshop 4 (Kita, Schule und Mehrsprachigkeit). Sprachen in der Gruppe: Arabisch, Türkisch, Kurdisch und Farsi.

Die Namensliste mit den Sprachen hänge ich als PDF an.

Viele Grüße aus der Hustadt
Anja Pietrzak
Internationaler Frauentreff Hustadt e.V.
Brunnenplatz 5, 44801 Bochum"""

PIETRZAK_PDF = [
    "Internationaler Frauentreff Hustadt e.V. - Anmeldung Frauenkonferenz 25.09.2027",
    "Workshop 4 - Teilnehmerinnen (Sprache):",
    "1. Amal S. (Arabisch)        2. Gulsen K. (Tuerkisch)",
    "3. Rojin A. (Kurdisch)       4. Shabnam H. (Farsi)",
    "5. Hiba M. (Arabisch)        6. Nuran Y. (Tuerkisch)",
    "7. Zeinab R. (Farsi)         8. Dilan O. (Kurdisch)",
    "9. Maha T. (Arabisch)       10. Sakine B. (Tuerkisch)",
    "11. Nazanin E. (Farsi)      12. Rawan J. (Arabisch)",
    "Begleitung: Anja Pietrzak",
    "Kinderbetreuung: 5 Kinder (1, 2, 3, 3, 6 Jahre)",
]


@mail("pietrzak-group-pdf-list", "2027-08-11 10:15:26",
      E("registration", "a.pietrzak@frauentreff-hustadt.example", "Anja Pietrzak",
        "Internationaler Frauentreff Hustadt e.V.", ["WS4"], 18, "de"), "de")
def _(m):
    m.head(("From", "Anja Pietrzak <a.pietrzak@frauentreff-hustadt.example>"),
           ("To", FK),
           ("Subject", "Gruppenanmeldung Frauentreff Hustadt"),
           ("Date", m.date),
           ("Message-ID", "<trinity-c85f2a90-6d3e-4b71-9a04-f1e7b2d6c388-1786436126558@3c-app-webde-bs07>"),
           ("Importance", "normal"),
           ("MIME-Version", "1.0"))
    body = m.text(PIETRZAK_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(PIETRZAK_PDF), "application", "pdf",
                   "Teilnehmerinnen_Frauentreff_Hustadt.pdf")
    m.multi("mixed", [body, pdf])


# -- 017 ---------------------------------------------------------------------
# Question only, Arabic, Gmail right-to-left alternative, UTF-8 QP: is it
# really women-only, may the husband wait inside, is there Arabic in every
# workshop?  "قبل أن أسجل" - she has not registered.

SALEH_TEXT = """مرحباً،

سمعت عن مؤتمر النساء في بوخوم من صديقتي، وعندي بعض الأسئلة قبل أن أسجل:
هل المؤتمر فعلاً للنساء فقط؟ زوجي سيوصلني بالسيارة، فهل يستطيع أن ينتظر داخل المبنى أم يجب أن ينتظر في الخارج؟
وهل توجد ترجمة إلى العربية في كل الورشات أم في بعضها فقط؟

شكراً لكم
حنان صالح"""


@mail("saleh-arabic-question-women-only", "2027-08-16 12:40:05",
      E("question", "hanan.saleh@gmail.example", "حنان صالح", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", A("حنان صالح", "hanan.saleh@gmail.example", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", mid_gmail(m.slug)),
           ("Subject", ew("سؤال عن مؤتمر النساء", "utf-8", "b")),
           ("To", FK),
           ("MIME-Version", "1.0"))
    m.alternative(SALEH_TEXT, gmail_html(SALEH_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# A mothers' café's shared mailbox; Reply-To is the writer's own address, and
# the text asks for the confirmation there.  3 persons ("zu dritt"),
# WS4, else WS1.  Outlook alternative, windows-1252 QP.

HAVERKAMP_TEXT = """Hallo liebes Team,

für das Internationale Müttercafé Westend melden wir uns zu dritt an: Rukiye, Diana und ich. Am liebsten möchten wir in Workshop 4. Falls der schon voll ist, nehmen wir Workshop 1.

Bitte schicken Sie die Bestätigung an meine eigene Adresse (nermin.haverkamp@muettercafe-westend.example), das Postfach info@ lesen wir nur einmal in der Woche.

Liebe Grüße
Nermin Haverkamp
Internationales Müttercafé Westend"""


@mail("haverkamp-muettercafe-shared-mailbox", "2027-08-18 14:02:39",
      E("registration", "nermin.haverkamp@muettercafe-westend.example", "Nermin Haverkamp",
        "Internationales Müttercafé Westend", ["WS4", "WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", A("Internationales Müttercafé Westend", "info@muettercafe-westend.example")),
           ("Reply-To", "Nermin Haverkamp <nermin.haverkamp@muettercafe-westend.example>"),
           ("To", TO_FK),
           ("Subject", "Anmeldung Müttercafé Westend"),
           ("Thread-Topic", "Anmeldung Müttercafé Westend"),
           ("Thread-Index", "AdvwE4r9Xk2LsQf0TUaj8Nn3cPy1Kw=="),
           ("Date", m.date),
           ("Message-ID", "<000b01dbf03c$91a24e70$b4e6eb50$@muettercafe-westend.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(HAVERKAMP_TEXT, outlook_html(HAVERKAMP_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Turkish, text/plain iso-8859-9 QP.  A mosque women's group: "Beş kişiyiz,
# ayrıca iki arkadaşımız bebeklerini de getirecek ... toplam 7 kişi" = 7;
# "3. atölyeye" = WS3.  Prayer-room question rides along.

@mail("gundogdu-turkish-mosque-group-babies", "2027-08-23 19:55:30",
      E("registration", "zeynep.gundogdu@mail.example", "Zeynep Gündoğdu",
        "Bochum Merkez Camii Kadınlar Kolu", ["WS3"], 7, "tr"), "tr")
def _(m):
    m.head(("From", A("Zeynep Gündoğdu", "zeynep.gundogdu@mail.example", "iso-8859-9", "q")),
           ("To", FK),
           ("Subject", ew("Kadın Konferansı - Kadınlar Kolu kaydı", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270823175530.4d1f8a@webmail.mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Selamün aleyküm,

Bochum Merkez Camii Kadınlar Kolu olarak Kadın Konferansı'na katılmak
istiyoruz.
Beş kişiyiz, ayrıca iki arkadaşımız bebeklerini de getirecek (kucakta,
4 ve 9 aylık). Yani bebeklerle birlikte toplam 7 kişi oluyoruz.

3. atölyeye katılmak istiyoruz (şiddetten korunma ve kadın hakları). Bu
konu bizim için çok önemli.

Bir de sorumuz var: öğle namazı için mescit ya da sessiz bir oda olacak mı?

Allah'a emanet olun,
Zeynep Gündoğdu
Bochum Merkez Camii Kadınlar Kolu
""", charset="iso-8859-9", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change (001): the mother drops out, "nur noch 2 Personen", workshop stays.
# Thunderbird reply quoting the confirmation (WS1, 3).

@mail("korkmaz-change-mother-drops-out", "2027-08-24 08:31:14",
      E("change", "h.korkmaz@frauenverein-wattenscheid.example", "Hatice Korkmaz",
        "Türkischer Frauenverein Wattenscheid e.V.", [], 2, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270621191341.1c7e@bochum.example>"
    m.head(("From", "Hatice Korkmaz <h.korkmaz@frauenverein-wattenscheid.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e2c94f07-18ab-4d3e-9f62-0b7a5d1c8e90@frauenverein-wattenscheid.example>"),
           ("In-Reply-To", conf_id),
           ("References", f"<3b1e7c2a-90d4-4f6e-a8c1-5d2f0e9b7a13@frauenverein-wattenscheid.example> {conf_id}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung bei uns: Meine Mutter muss Ende August für eine Operation
in die Türkei und kann deshalb im September nicht mitkommen. Zehra und ich
kommen aber wie geplant. Bitte tragen Sie uns also nur noch mit 2 Personen
ein, der Workshop bleibt gleich.

Danke und liebe Grüße
Hatice Korkmaz

-- 
Türkischer Frauenverein Wattenscheid e.V.
2. Vorsitzende

Am 21.06.27 um 19:13 schrieb Interkulturelle Frauenkonferenz Bochum:
{gt_quote(confirmation("Frau Korkmaz", "WS1", 3))}
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Bounce: the recipient's Postfix rejects a confirmation (unknown user) and
# returns it as message/rfc822.  The returned confirmation names WS3, 2.

@mail("postfix-bounce-unknown-user", "2027-08-25 11:10:09",
      E("bounce", bounced="sultan.kilic@frauenkreis-herne.example"), "en")
def _(m):
    rcpt = "sultan.kilic@frauenkreis-herne.example"
    m.head(("From", "MAILER-DAEMON@mx.frauenkreis-herne.example (Mail Delivery System)"),
           ("To", FK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270825091009.6B4E2A1F37@mx.frauenkreis-herne.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.frauenkreis-herne.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: User unknown in virtual mailbox table
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.frauenkreis-herne.example"),
         ("X-Postfix-Queue-ID", "6B4E2A1F37"),
         ("X-Postfix-Sender", f"rfc822; {FK}"),
         ("Arrival-Date", "Wed, 25 Aug 2027 11:10:07 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Diagnostic-Code", "X-Postfix; User unknown in virtual mailbox table")])
    original = confirmation_message(
        A("Sultan Kılıç", rcpt), "Frau Kılıç", "WS3", 2,
        "Wed, 25 Aug 2027 11:10:05 +0200", "<mailbot.20270825111005.8d2b@bochum.example>",
        "<5f1c0b7e-2a93-4e68-b1d4-7c9e0a3f6d21@frauenkreis-herne.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Kurmanji from Gmail on Android, alternative UTF-8 QP.  "Ez, dayika min û
# herdu zarokên min (4 û 7 salî) - em 4 kes in" = 4; "komxebata yekemîn"
# (the first) = WS1.  Interpreter question rides along.  The display name
# lacks the circumflex; the self-introduction has the full form.

XELEF_TEXT = """Rojbaş,

Navê min Nesrîn Xelef e, ez ji Komeleya Jinên Êzidî ya Bochumê me. Em dixwazin werin konferansa jinan.
Ez, dayika min û herdu zarokên min (4 û 7 salî) - em 4 kes in. Zarok dê herin cihê lênêrîna zarokan.
Em dixwazin herin komxebata yekemîn, ya li ser tenduristiyê. Dayika min almanî nizane, gelo wergêreke kurmancî heye?

Gelek spas
Nesrîn"""


@mail("xelef-kurmanji-yazidi-mother-children", "2027-08-27 20:40:51",
      E("registration", "nesrin.xelef@gmail.example", "Nesrîn Xelef",
        "Komeleya Jinên Êzidî ya Bochumê", ["WS1"], 4, "ku"), "ku")
def _(m):
    m.head(("From", "Nesrin Xelef <nesrin.xelef@gmail.example>"),
           ("Date", m.date),
           ("Message-ID", mid_gmail(m.slug)),
           ("Subject", "Konferansa jinan 25.09"),
           ("To", FK),
           ("MIME-Version", "1.0"))
    m.alternative(XELEF_TEXT, gmail_html(XELEF_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Dari (labelled fa), Outlook.com alternative, UTF-8 base64.  "من با دو دخترم
# می‌آیم ... پس ما سه نفر هستیم" = 3 (the ages ۱۶/۱۹ are no counts);
# "ورکشاپ شماره ۲" = WS2.  Dari words: "اشتراک می‌کنیم", "مسلکی".

NOORI_TEXT = """سلام علیکم،

نامم فرشته نوری است و از طرف انجمن زنان افغان بوخوم می‌نویسم. می‌خواهم خود را برای کنفرانس زنان به تاریخ ۲۵ سپتامبر ثبت‌نام کنم.
من با دو دخترم می‌آیم، یکی ۱۶ ساله و دیگری ۱۹ ساله. پس ما سه نفر هستیم.
ما در ورکشاپ شماره ۲ (کار، آموزش مسلکی و شناسایی اسناد تحصیلی) اشتراک می‌کنیم، چون دختر بزرگم می‌خواهد آوسبیلدونگ را شروع کند.

تشکر فراوان
فرشته نوری
انجمن زنان افغان بوخوم"""


@mail("noori-dari-two-daughters", "2027-08-30 13:05:17",
      E("registration", "frishta.noori@outlook.example", "فرشته نوری",
        "انجمن زنان افغان بوخوم", ["WS2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Frishta Noori <frishta.noori@outlook.example>"),
           ("To", FK),
           ("Subject", ew("ثبت نام برای کنفرانس زنان", "utf-8", "b")),
           ("Thread-Topic", ew("ثبت نام برای کنفرانس زنان", "utf-8", "b")),
           ("Thread-Index", "AQHcGb7x3Hq0nW1aREeK5f2Lm9Ct8Q=="),
           ("Date", m.date),
           ("Message-ID", "<PAXPR02MB8837A4D16C0E5F92B3E8A7D1C4@PAXPR02MB8837.eurprd02.prod.outlook.example>"),
           ("Content-Language", "fa-IR"),
           ("MIME-Version", "1.0"))
    html_text = div_html(NOORI_TEXT, font="font-family: Calibri, Helvetica, sans-serif; font-size: 12pt; direction: rtl;")
    m.alternative(NOORI_TEXT, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Change (005), English, new Outlook, HTML only, UTF-8 QP, with the
# confirmation quoted under English labels.  Two women cannot come: "6
# instead of 8"; the group "would rather go to Workshop 2" = WS2.

ADEYEMI_CHANGE = """Hi again,

a quick update for our group from Gerthe: two of the women have their hearing at the asylum office that week and can't come, so we will be 6 instead of 8 (three women, the two babies and me).

Also, after talking it through, the women would rather go to Workshop 2 (work and recognition of qualifications) than to Workshop 3. Could you please move us?

Thanks a lot,
Joy

Joy Adeyemi
Social Worker | Women's Project "Ankommen\""""


@mail("adeyemi-change-six-and-ws2", "2027-08-31 09:12:44",
      E("change", "joy.adeyemi@ankommen-gerthe.example", "Joy Adeyemi",
        "Women's Project \"Ankommen\"", ["WS2"], 6, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270701090612.4a90@bochum.example>"
    m.head(("From", "Joy Adeyemi <joy.adeyemi@ankommen-gerthe.example>"),
           ("To", TO_FK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdvKc81f0pQ7mZsERhWk2Xo9bC1t4AAq3NwQ"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR08MB66207E0C3B5A41F9D2C8B0E7A6@DB9PR08MB6620.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FK, "Thursday, 1 July 2027 09:06", "Joy Adeyemi <joy.adeyemi@ankommen-gerthe.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Adeyemi", "WS3", 8))
    m.single(outlook_html(ADEYEMI_CHANGE, quote, charset="utf-8", lang="EN-GB", labels=EN_LABELS),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Other: a regional women's network newsletter (List headers, bulk).  It asks
# for registrations to its own breakfast and mentions the conference and a
# "Gesundheit" brochure.

NEWSLETTER_TEXT = """Liebe Netzwerkfrauen,

der September wird voll! Hier unsere Termine und Hinweise:

* Sa, 11.09., 10 Uhr: Internationales Frauenfrühstück in Herne-Mitte. Anmeldung bis 8.9. an fruehstueck@frauennetzwerk-ruhr.example
* Sa, 25.09.: Interkulturelle Frauenkonferenz in Bochum. Wer noch mitwill: bitte direkt beim Veranstalter anmelden, nicht bei uns!
* Ab 4.10.: Selbstbehauptungskurs für Mädchen (10 bis 14 Jahre) in Gelsenkirchen, 6 Termine, noch 3 Plätze frei.
* Neu: Unsere Broschüre "Gesundheit in vielen Sprachen" gibt es jetzt auch auf Türkisch, Arabisch und Ukrainisch. Bestellen könnt ihr sie auf unserer Website.

Herzliche Grüße
Euer Koordinationsteam
Frauennetzwerk Ruhr e.V.
https://www.frauennetzwerk-ruhr.example

Newsletter abbestellen: https://www.frauennetzwerk-ruhr.example/newsletter/abmelden?u=8f3a2c71"""


def newsletter_html(text):
    out = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("* "):
            out.append("<ul>" + "".join(f"<li>{esc(line[2:])}</li>" for line in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(esc(line) for line in lines) + "</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter September 2027</title></head>"
            "<body style=\"font-family:Arial,sans-serif;color:#333;\">"
            "<h2 style=\"color:#8a2be2;\">Frauennetzwerk Ruhr – Newsletter September 2027</h2>\n"
            + "\n".join(out) + "\n</body></html>\n")


@mail("frauennetzwerk-ruhr-newsletter", "2027-09-01 07:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Frauennetzwerk Ruhr <newsletter@frauennetzwerk-ruhr.example>"),
           ("To", FK),
           ("Subject", ew("Newsletter September: Frauenfrühstück, Konferenz, Selbstbehauptung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.1788238803.31@frauennetzwerk-ruhr.example>"),
           ("List-Id", "Frauennetzwerk Ruhr Newsletter <newsletter.frauennetzwerk-ruhr.example>"),
           ("List-Unsubscribe", "<https://www.frauennetzwerk-ruhr.example/newsletter/abmelden?u=8f3a2c71>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "phpList 3.6.15"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, newsletter_html(NEWSLETTER_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Ukrainian, Thunderbird, text/plain koi8-u QP (ASCII quotes and apostrophe,
# as koi8-u has neither guillemets nor a typographic apostrophe).  "п'ятеро
# жінок і троє дітей ... Разом 8 осіб" = 8; "четвертий воркшоп", else
# "другий" = WS4, WS2.

@mail("shevchuk-ukrainian-koi8u-group", "2027-09-02 19:20:33",
      E("registration", "natalia.shevchuk@razom-bochum.example", "Наталія Шевчук",
        "Ініціатива українських жінок \"Разом\" Бохум", ["WS4", "WS2"], 8, "uk"), "uk")
def _(m):
    m.head(("From", A("Наталія Шевчук", "natalia.shevchuk@razom-bochum.example", "koi8-u", "b")),
           ("To", FK),
           ("Subject", ew("Реєстрація групи на жіночу конференцію", "koi8-u", "q")),
           ("Date", m.date),
           ("Message-ID", "<9d3e6a15-7c2f-4b80-a1e9-2f6b8d0c4e73@razom-bochum.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Пишу від імені ініціативи українських жінок "Разом" у Бохумі. Ми хочемо
зареєструватися на конференцію 25 вересня.
Нас буде п'ятеро жінок і троє дітей (2, 5 і 6 років), діти підуть до
дитячої кімнати. Разом 8 осіб.
Найбільше нас цікавить четвертий воркшоп (дитсадок, школа, багатомовність).
Якщо там не буде місць, то другий.

Чи буде перекладачка з української? Дві наші жінки майже не говорять
німецькою.

З повагою,
Наталія Шевчук
Ініціатива українських жінок "Разом" Бохум
""", charset="koi8-u", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Question only (Outlook for iOS alternative): are men working in the house,
# will there be photos?  The registration is announced for later ("Wenn das
# für uns passt, melden wir uns ... an") with a likely workshop and count -
# a plan, not a registration.

ARIKAN_TEXT = """Guten Tag,

ich koordiniere den Frauenkreis unserer Moscheegemeinde in Riemke. Mehrere Frauen bei uns würden sehr gern zur Konferenz kommen. Einige möchten sich in einem reinen Frauenraum aber ohne Kopftuch bewegen können, deshalb vorab zwei Fragen:

1. Sind am 25.9. im Bürgerhaus auch Männer im Einsatz, etwa Hausmeister, Technik oder Catering? Wenn ja, in welchen Räumen?
2. Wird während der Konferenz fotografiert oder gefilmt, zum Beispiel für die Presse?

Wenn das für uns passt, melden wir uns mit etwa sechs Frauen an, wahrscheinlich für den Workshop zum Gewaltschutz.

Vielen Dank und freundliche Grüße
Sibel Arıkan
Frauenkreis der Moscheegemeinde Riemke

Outlook für iOS beziehen"""


@mail("arikan-question-men-in-building", "2027-09-03 11:45:20",
      E("question", "sibel.arikan@outlook.example", "Sibel Arıkan",
        "Frauenkreis der Moscheegemeinde Riemke", [], None, "de"), "de")
def _(m):
    m.head(("From", A("Sibel Arıkan", "sibel.arikan@outlook.example")),
           ("To", FK),
           ("Subject", "Frage vor der Anmeldung: Frauenraum / Fotos"),
           ("Thread-Topic", "Frage vor der Anmeldung: Frauenraum / Fotos"),
           ("Thread-Index", "AQHcHLmQe4aPz9w1v0e2Zb5k7Xn3Fg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4482E9B15D7C03A2F6E4C1B8D0@VI1PR03MB4482.eurprd03.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = div_html(ARIKAN_TEXT, font="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);")
    m.alternative(ARIKAN_TEXT, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 028 ---------------------------------------------------------------------
# Change (004), Arabic, Outlook for Android in Arabic, alternative UTF-8
# base64, quoting the German confirmation (WS4, 4) under an Arabic header
# block.  "أصبحنا ست نساء" = 6; "ننتقل إلى الورشة الثالثة" = WS3.

OBEIDI_CHANGE = """السلام عليكم،

نريد تعديل تسجيلنا من فضلكم: انضمت إلينا امرأتان من المسجد، فأصبحنا ست نساء بدلاً من أربع.
وبعد أن تكلمنا معاً، نفضّل أن ننتقل إلى الورشة الثالثة عن الحماية من العنف والحقوق، بدلاً من الرابعة.

شكراً جزيلاً
سميرة العبيدي"""

OBEIDI_QUOTE_HEAD = f"""________________________________
من: {TO_FK}
تم الإرسال: Monday, June 28, 2027 1:23:04 PM
إلى: Samira Al-Obeidi <samira.obeidi@outlook.example>
الموضوع: {CONFIRMATION_SUBJECT}"""


@mail("obeidi-arabic-change-six-ws3", "2027-09-06 16:30:02",
      E("change", "samira.obeidi@outlook.example", "سميرة العبيدي",
        None, ["WS3"], 6, "ar"), "ar")
def _(m):
    conf_id = "<mailbot.20270628132304.b51e@bochum.example>"
    quoted = confirmation("Samira Al-Obeidi", "WS4", 4)
    plain = f"{OBEIDI_CHANGE}\n\n{OBEIDI_QUOTE_HEAD}\n\n{quoted}"
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div dir=\"rtl\">"
                 + "".join(f"<div dir=\"rtl\">{esc(line) if line else '<br>'}</div>" for line in OBEIDI_CHANGE.split("\n"))
                 + "</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 "<div id=\"divRplyFwdMsg\" dir=\"rtl\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                 + "<br>".join(esc(line) for line in OBEIDI_QUOTE_HEAD.split("\n")[1:])
                 + "</font><div>&nbsp;</div></div><div dir=\"ltr\">"
                 + "<br>".join(esc(line) for line in quoted.split("\n"))
                 + "</div></body></html>\n")
    m.head(("From", "Samira Al-Obeidi <samira.obeidi@outlook.example>"),
           ("To", TO_FK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb6KQvRm2cXk4ZT0u9a1fN5oWc3gBxYp2K"),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB19347D2A0C6E5B81F3A9E4C7B2@GV1P190MB1934.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 029 ---------------------------------------------------------------------
# English, church women's fellowship, Gmail plain us-ascii 7bit.  "We are 4
# women, and Sister Grace will bring her son Daniel (2 years), so 5 in
# total"; the expected baby (due in October) is not counted.  "the health
# workshop, Workshop 1" = WS1.

@mail("okoro-english-fellowship-toddler", "2027-09-06 21:10:38",
      E("registration", "blessing.okoro@gmail.example", "Blessing Okoro",
        "Women's Fellowship, Living Word International Church Bochum", ["WS1"], 5, "en"), "en")
def _(m):
    m.head(("From", "Blessing Okoro <blessing.okoro@gmail.example>"),
           ("Date", m.date),
           ("Message-ID", mid_gmail(m.slug)),
           ("Subject", "Registration for Women's Conference"),
           ("To", FK),
           ("MIME-Version", "1.0"))
    m.single("""Good evening,

Please register the women of our fellowship for the conference on Saturday
25th September. We are 4 women, and Sister Grace will bring her son Daniel
(2 years), so 5 in total. One of us, Chioma, is heavily pregnant (due in
October) but she insists on coming!

We would like the health workshop, Workshop 1.

God bless you for organising this.

Blessing Okoro
Women's Fellowship, Living Word International Church Bochum
""", charset="us-ascii", cte="7bit")


# -- 030 ---------------------------------------------------------------------
# Auto reply without any Auto-Submitted header, Turkish and German, to a
# confirmation sent to an association; text/plain iso-8859-9 QP.  The
# subject begins "Otomatik yanıt:".

@mail("demirtas-out-of-office-turkish-german", "2027-09-08 09:00:47",
      E("auto_reply"), "tr")
def _(m):
    conf_id = "<mailbot.20270908090044.71f3@bochum.example>"
    m.head(("From", A("Leyla Demirtaş", "leyla.demirtas@kadin-dayanisma.example", "iso-8859-9", "q")),
           ("To", TO_FK),
           ("Subject", ew("Otomatik yanıt: " + CONFIRMATION_SUBJECT, "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270908070047.a3e9c1@kadin-dayanisma.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

mesajınız için teşekkür ederim. 6 Eylül - 19 Eylül 2027 tarihleri arasında
izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda derneğimizi
0234 58 17 20 numaralı telefondan arayabilirsiniz.

Guten Tag,

vielen Dank für Ihre Nachricht. Vom 6. bis 19. September 2027 bin ich im
Urlaub und lese keine E-Mails. In dringenden Fällen erreichen Sie unseren
Verein unter 0234 58 17 20.

Leyla Demirtaş
Kadın Dayanışma Derneği Bochum
""", charset="iso-8859-9", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change (011), Russian, Thunderbird reply in UTF-8 8bit with a Russian
# attribution line and ">" quote (WS1, 3).  "на четвёртый" = WS4; the number
# stays ("остаётся тот же, трое") -> party_size null.

@mail("becker-russian-change-to-ws4", "2027-09-09 18:22:16",
      E("change", "olga.becker@t-online.example", "Ольга Беккер",
        None, ["WS4"], None, "ru"), "ru")
def _(m):
    conf_id = "<mailbot.20270719152103.e08c@bochum.example>"
    m.head(("From", "Olga Becker <olga.becker@t-online.example>"),
           ("To", TO_FK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4f8a1d3c-b62e-4e07-93c5-d0a7e2f18b46@t-online.example>"),
           ("In-Reply-To", conf_id),
           ("References", f"<a7c52e19-3f0b-4d86-9e21-b4d8f6c03a75@t-online.example> {conf_id}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

Можно ли нам поменять воркшоп? Мы записаны на первый (здоровье), но мама
очень хочет на четвёртый – про детский сад, школу и многоязычие, она в
России много лет работала воспитательницей. Количество человек остаётся
тот же, трое.

Спасибо!
Ольга Беккер

19.07.2027 15:21, Interkulturelle Frauenkonferenz Bochum пишет:
{gt_quote(confirmation("Olga Becker", "WS1", 3))}
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# A social worker registers a client and does not come herself, Apple Mail
# alternative, the client in Cc.  name = the client; email = the client's
# address the text asks to confirm to; the mother and her daughter (3) = 2;
# "Workshop 3" = WS3.  The writer's counselling service is not the client's
# organisation (null).

LOHMANN_TEXT = """Liebe Kolleginnen,

ich möchte gern eine Klientin von mir anmelden, Frau Saba Tesfamariam. Sie kommt mit ihrer Tochter Hiwet (3 Jahre), die in die Kinderbetreuung gehen würde, also 2 Personen. Ich selbst kann an dem Tag leider nicht dabei sein.

Frau Tesfamariam interessiert sich für Workshop 3. Sie spricht Tigrinya und etwas Deutsch. Eine Nachbarin wollte eigentlich mitkommen und übersetzen, das ist aber noch nicht sicher – ich melde mich dann ggf. noch einmal.

Bitte schicken Sie die Bestätigung direkt an Frau Tesfamariam: saba.tesfamariam@mail.example (ich habe sie in Kopie gesetzt).

Herzliche Grüße
Miriam Lohmann
Flüchtlingsberatung Bochum-Ost
Sozialdienst für Frauen und Familien"""


@mail("lohmann-registers-client-tesfamariam", "2027-09-13 10:40:55",
      E("registration", "saba.tesfamariam@mail.example", "Saba Tesfamariam", None,
        ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Miriam Lohmann <m.lohmann@fluechtlingsberatung-bo.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.71\\))"),
           ("Subject", "Anmeldung Frau Tesfamariam + Tochter"),
           ("Message-Id", "<B2E07D4A-9C13-4F6B-8E52-71A0D3C9F6E8@fluechtlingsberatung-bo.example>"),
           ("Date", m.date),
           ("Cc", "Saba Tesfamariam <saba.tesfamariam@mail.example>"),
           ("To", FK),
           ("X-Mailer", "Apple Mail (2.3826.700.71)"))
    m.alternative(LOHMANN_TEXT, apple_html(LOHMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 033 ---------------------------------------------------------------------
# Question only, Farsi, Samsung phone, UTF-8 base64: may she bring her
# ten-year-old son to a women-only event?  "اگر بشود، حتماً ثبت‌نام می‌کنم" -
# she will register only afterwards.

@mail("karimzadeh-farsi-question-son", "2027-09-15 22:05:41",
      E("question", "parisa.karimzadeh@mail.example", "پریسا کریم‌زاده", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Parisa Karimzadeh <parisa.karimzadeh@mail.example>"),
           ("To", FK),
           ("Subject", ew("سوال درباره کنفرانس", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<r8v2m6.1789502741.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

ببخشید، یک سوال داشتم. من می‌خواهم به کنفرانس زنان بیایم، ولی پسرم ده سالش است و آن روز کسی نیست که پیشش بماند. آیا می‌توانم او را با خودم بیاورم؟ در دعوت‌نامه نوشته بود که مراقبت از کودکان تا ۱۰ سال است، ولی کنفرانس فقط برای زنان است و نمی‌دانم پسرها هم اجازه دارند یا نه.
اگر بشود، حتماً ثبت‌نام می‌کنم.

ممنون
پریسا کریم‌زاده

ارسال شده از Samsung Galaxy من
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Change (018) from the writer's own address, Outlook alternative
# windows-1252, quoting the confirmation (WS4, 3).  A mother with her baby
# joins: "auf 5 Personen erhöhen"; "denselben Workshop" names no new choice.

HAVERKAMP_CHANGE = """Hallo nochmal,

bei uns hat sich noch jemand angeschlossen: Yasmin aus unserem Müttercafé kommt mit ihrem Baby (7 Monate) dazu. Können Sie uns bitte auf 5 Personen erhöhen? Yasmin möchte auch in denselben Workshop wie wir.

Danke Ihnen!
Nermin Haverkamp
Internationales Müttercafé Westend"""


@mail("haverkamp-change-plus-mother-baby", "2027-09-17 12:14:09",
      E("change", "nermin.haverkamp@muettercafe-westend.example", "Nermin Haverkamp",
        "Internationales Müttercafé Westend", [], 5, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270818140310.2f6d@bochum.example>"
    m.head(("From", "Nermin Haverkamp <nermin.haverkamp@muettercafe-westend.example>"),
           ("To", TO_FK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcEDwxLk7p3QmVOUKhyAm3Tq4zW7AaB0cB"),
           ("Date", m.date),
           ("Message-ID", "<000f01dc27c4$5b8e1a20$12aa4e60$@muettercafe-westend.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = (TO_FK, "Mittwoch, 18. August 2027 14:03",
             "Nermin Haverkamp <nermin.haverkamp@muettercafe-westend.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Haverkamp", "WS4", 3))
    m.alternative(outlook_plain(HAVERKAMP_CHANGE, quote), outlook_html(HAVERKAMP_CHANGE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Cancellation (014), French, Apple Mail text/plain, quoting the confirmation
# under a French attribution.  The whole group withdraws.

@mail("keita-french-cancellation", "2027-09-20 08:50:27",
      E("cancellation", "fatou.keita@orange.example", "Fatoumata Keïta",
        None, [], None, "fr"), "fr")
def _(m):
    conf_id = "<mailbot.20270804162112.93ad@bochum.example>"
    m.head(("From", A("Fatoumata Keïta", "fatou.keita@orange.example", "utf-8", "q")),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51\\))"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Message-Id", "<1D9B6E37-50C2-4A8F-B3E4-C7A0F28D5B91@orange.example>"),
           ("Date", m.date),
           ("To", TO_FK),
           ("X-Mailer", "Apple Mail (2.3826.600.51)"))
    m.single(f"""Bonjour,

Je suis vraiment désolée, mais nous devons annuler notre inscription pour samedi. Ma fille a accouché plus tôt que prévu et je pars demain à Lyon pour l'aider. Mariama ne veut pas venir sans moi avec le bébé, et Aïssatou commence un stage la même semaine.

Merci de libérer nos places pour d'autres femmes. Ce sera pour l'année prochaine, inch'Allah !

Fatoumata Keïta

> Le 4 août 2027 à 16:21, Interkulturelle Frauenkonferenz Bochum <{FK}> a écrit :
> 
{gt_quote(confirmation("Frau Keïta", "WS2", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation (019), Turkish, iPhone reply in UTF-8 QP quoting the
# confirmation (WS3, 7) under a Turkish attribution.  The women's group
# cancels as a whole ("kaydımızı iptal etmek zorundayız").

@mail("gundogdu-turkish-cancellation-funeral", "2027-09-22 20:31:48",
      E("cancellation", "zeynep.gundogdu@mail.example", "Zeynep Gündoğdu",
        None, [], None, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270823195610.c4b2@bochum.example>"
    m.head(("From", A("Zeynep Gündoğdu", "zeynep.gundogdu@mail.example", "utf-8", "q")),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<8E4C1A72-3B9D-4F05-A6E8-D21F0B7C953A@mail.example>"),
           ("References", conf_id),
           ("In-Reply-To", conf_id),
           ("To", TO_FK),
           ("X-Mailer", "iPhone Mail (22H31)"))
    m.single(f"""Selamün aleyküm,

Maalesef cumartesi günü gelemeyeceğiz. Cemaatimizden yaşlı bir teyzemiz vefat etti, cumartesi günü evinde mevlit okunacak ve hepimiz orada olacağız. Kadınlar Kolu olarak kaydımızı iptal etmek zorundayız, hepimiz adına özür dilerim.

İnşallah bir dahaki konferansa.
Zeynep Gündoğdu

iPhone'umdan gönderildi

23 Ağu 2027 tarihinde 19:56 saatinde, Interkulturelle Frauenkonferenz Bochum <{FK}> şunu yazdı:

{gt_quote(confirmation("Frau Gündoğdu", "WS3", 7))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation (015) the evening before: the friend's child has a fever.
# Learner German, Samsung, UTF-8 base64, quoting the confirmation (WS1, 4)
# under a Samsung "Originalnachricht" block without ">".

@mail("alhamdan-cancel-sick-child", "2027-09-23 21:17:02",
      E("cancellation", "rasha.alhamdan@gmail.example", "Rasha Al-Hamdan", None,
        [], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270809214901.5ac0@bochum.example>"
    m.head(("From", "Rasha Al-Hamdan <rasha.alhamdan@gmail.example>"),
           ("To", FK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<k2d7w4.1789588622.samsung@gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo

Leider wir können nicht kommen am Samstag. Die kleine Tochter von Nour ist krank, sie hat hohes Fieber seit gestern, und ich will nicht allein kommen. Bitte löschen Sie unsere Anmeldung.

Es tut mir sehr leid
Rasha

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Originalnachricht --------
Von: {TO_FK}
Datum: 09.08.27 21:49 (GMT+02:00)
An: Rasha Al-Hamdan <rasha.alhamdan@gmail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Al-Hamdan", "WS1", 4)}
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# Cancellation (009), Tigrinya, Yahoo alternative quoting the confirmation
# without ">" (Yahoo style).  "ንእሽቶ ወደይ ሓሚሙ" - the little son is ill;
# "በጃኹም ምዝገባና ሰርዝዎ" - please cancel our registration.

GEBREMEDHIN_CANCEL = """ሰላም፣

ይቕሬታ፣ ብቀዳም ክንመጽእ ኣይክእልን ኢና። ንእሽቶ ወደይ ሓሚሙ ኣሎ፣ ረስኒ ኣለዎ። መሓዛይ ሚልኤን እውን ምሳይ እያ ክትመጽእ ነይራ፣ ንሳ እውን ኣይክትመጽእን እያ። በጃኹም ምዝገባና ሰርዝዎ።

የቐንየልና
ሰናይት"""

GEBREMEDHIN_ATTR = f"On Monday, July 12, 2027 at 06:46:01 PM GMT+2, {FK_NAME} <{FK}> wrote:"


@mail("gebremedhin-tigrinya-cancel-sick-son", "2027-09-24 07:12:36",
      E("cancellation", "senait.gebremedhin@yahoo.example", "Senait Gebremedhin",
        None, [], None, "ti"), "ti")
def _(m):
    conf_id = "<mailbot.20270712184601.0d3f@bochum.example>"
    quoted = confirmation("Senait Gebremedhin", "WS4", 4)
    indented = "\n".join(("    " + line) if line else "" for line in quoted.split("\n"))
    plain = f"{GEBREMEDHIN_CANCEL}\n\n    {GEBREMEDHIN_ATTR}\n\n\n{indented}\n"
    m.head(("Date", m.date),
           ("From", "Senait Gebremedhin <senait.gebremedhin@yahoo.example>"),
           ("To", TO_FK),
           ("Message-ID", "<1402981377.3310457.1789629156204@mail.yahoo.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.24187 YMailNorrin"))
    m.alternative(plain, yahoo_html(GEBREMEDHIN_CANCEL, GEBREMEDHIN_ATTR, quoted),
                  charset="utf-8", cte="base64", style="yahoo")


# -- 039 ---------------------------------------------------------------------
# Bounce: Exchange NDR in German for the 1-day reminder (mailbox full,
# 5.2.2), multipart/report with a German text part, the delivery status and
# the returned reminder as message/rfc822.

@mail("exchange-ndr-reminder-mailbox-full", "2027-09-24 08:00:06",
      E("bounce", bounced="gemeindebuero@st-antonius-hamme.example"), "de")
def _(m):
    rcpt = "gemeindebuero@st-antonius-hamme.example"
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@st-antonius-hamme.example>"),
           ("To", FK),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e5b3c71-9a24-4d80-b6f1-38c2e7a9d015@EX01.st-antonius-hamme.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Ihre Nachricht hat {rcpt} nicht erreicht, weil das Postfach des Empfängers voll ist.

Wie behebe ich das Problem?
Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie ihn, Speicherplatz in seinem Postfach freizugeben.

Weitere Informationen für E-Mail-Administratoren
Generierender Server: EX01.st-antonius-hamme.example

{rcpt}
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprüngliche Nachrichtenkopfzeilen:
From: {TO_FK}
To: Gemeindebüro St. Antonius <{rcpt}>
Subject: {REMINDER_SUBJECT}
Date: Fri, 24 Sep 2027 08:00:01 +0200
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EX01.st-antonius-hamme.example"),
         ("Received-From-MTA", "dns;mx.bochum.example"),
         ("Arrival-Date", "Fri, 24 Sep 2027 06:00:03 +0000")],
        [("Original-Recipient", f"rfc822;{rcpt}"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")])
    orig = EmailMessage(policy=POLICY)
    orig["From"] = TO_FK
    orig["To"] = f"Gemeindebüro St. Antonius <{rcpt}>"
    orig["Subject"] = REMINDER_SUBJECT
    orig["Date"] = "Fri, 24 Sep 2027 08:00:01 +0200"
    orig["Message-ID"] = "<mailbot.20270924080001.6e4a@bochum.example>"
    orig["Auto-Submitted"] = "auto-generated"
    orig["MIME-Version"] = "1.0"
    orig.set_content(reminder("Frau Brinkhoff", "WS4", 6), charset="utf-8", cte="quoted-printable")
    m.multi("report", [note, dsn, rfc822_part(orig)], style="std",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Other: thanks after the conference with a photo (Thunderbird,
# multipart/mixed, PNG).  It names Workshop 4 and the childcare, registers
# nothing and asks nothing.

@mail("pietrzak-thanks-after-conference-photo", "2027-09-27 10:30:14",
      E("other"), "de")
def _(m):
    m.head(("From", "Anja Pietrzak <a.pietrzak@frauentreff-hustadt.example>"),
           ("To", TO_FK),
           ("Subject", "Danke für Samstag!"),
           ("Date", m.date),
           ("Message-ID", "<b71d3e0a-5c48-4f92-8e6b-2a9f0c7d14e5@frauentreff-hustadt.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Frau Brauckmann-Yavuz, liebes Team,

was für ein Tag! Unsere Frauen reden seit Samstag von nichts anderem. Der 
Workshop 4 war genau richtig für uns, und die Kinderbetreuung war ein 
Segen - die Kleinen wollten gar nicht mehr nach Hause.

Im Anhang ein Foto von unserer Gruppe mit der Luftballonwand. Alle Frauen 
auf dem Bild sind einverstanden, dass Sie es für die Dokumentation nutzen.

Ganz herzlichen Dank für die viele Arbeit!
Anja Pietrzak
Internationaler Frauentreff Hustadt e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})
    png = m.binary(make_png(), "image", "png", "Frauentreff_Hustadt_Konferenz.png")
    m.multi("mixed", [text, png])


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
MACHINE = ("auto_reply", "bounce", "other")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def check_labels(e, msg, text):
    """The label agrees with the contract and with the mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    p = e["party_size"]
    if k == "registration":
        if not isinstance(p, int) or p < 1:
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if p is not None and (not isinstance(p, int) or p < 1):
            problems.append("change party_size must be null or >= 1")
    elif p is not None:
        problems.append("party_size must be null for this kind")
    if k in MACHINE:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    else:
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in {LANGS}")
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To", "Cc")).lower()
            if em not in heads and em not in text.lower():
                problems.append(f"email {em} occurs neither in From/Reply-To/Cc nor in the text")
        for f in ("name", "organisation"):
            if e[f] is not None and nfc(e[f]) not in nfc(text):
                problems.append(f"{f} {e[f]!r} is not written in the mail")
        if not e["name"]:
            problems.append("person mail without name")
    if k == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) + 2 > 1000:
            problems.append(f"line {i} longer than 998 octets")
            break
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-October 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs)
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode in {cs}: {exc}")
        got.append(p.get_content())
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
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
    problems += check_labels(expected, msg, text)
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
    langs = [l for l in LANGS if any(t == l for _, _, _, t in built)]
    print("kind".ljust(13) + "".join(l.rjust(4) for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(k.ljust(13) + "".join(str(n or "-").rjust(4) for n in row) + str(sum(row)).rjust(5))
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
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
