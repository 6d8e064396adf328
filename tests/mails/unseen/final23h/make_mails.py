#!/usr/bin/env python3
"""Build the corpus "final23h" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Planungstag Familien- und Nachbarschaftsfest Hamm 2027 (Saturday 24 April
2027, workshops W1-W4; see config.toml).  Many mails come from shared family or
association mailboxes, from couples, from parents registering teenagers, or
carry a line added by a second person.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and agree
with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
Standard library only (Python 3.11).
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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FEST = "nachbarschaftsfest@hamm.example"
FEST_NAME = "Familien- und Nachbarschaftsfest Hamm"
TO_FEST = f"{FEST_NAME} <{FEST}>"
INVITATION_ID = "<einladung-planungstag-2027.20270215140502@hamm.example>"
REMINDER_ID = "<erinnerung-planungstag-2027.20270417100003@hamm.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("W1", "W2", "W3", "W4")
LANGUAGES = ("de", "tr", "en", "ar", "ru", "sq")

# Summer time in 2027 starts on Sunday 28 March at 02:00 CET.
DST_START = datetime.datetime(2027, 3, 28, 2, 0)


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


def berlin_offset(naive):
    """UTC offset in hours of Europe/Berlin at a naive local time in 2027."""
    return 2 if naive >= DST_START else 1


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        local = berlin_offset(naive)
        if tz_hours is None:
            tz_hours = local
        # `when` is Berlin local time; a sender whose clock is in UTC (Exchange)
        # writes the same instant with +0000.
        instant = naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=local)))
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = instant.astimezone(tz)
        self.local_offset = local
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
        msg.set_raw("Delivered-To", FEST)
        if received:
            domain = sender.split("@")[1]
            host = "mout." + domain
            off = self.local_offset
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=off))))
            qid = _h(self.slug, "qid")[:11].upper()
            zone = "CEST" if off == 2 else "CET"
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FEST}>; {arrival} ({zone})")
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1800000000000 + int(h[16:24], 16)}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hamm.example"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Planungstag Familien- und Nachbarschaftsfest Hamm 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Planungstag Familien- und Nachbarschaftsfest 2027"
REMINDER_SUBJECT = "Erinnerung: Planungstag Familien- und Nachbarschaftsfest am 24. April"

INVITATION = """Liebe Eltern- und Nachbarschaftsvereine, liebe Familien,
liebe Nachbarinnen und Nachbarn,

am Samstag, 26. Juni 2027, feiern wir wieder unser Familien- und
Nachbarschaftsfest. Damit es ein Fest von allen für alle wird, laden wir
Sie herzlich zum gemeinsamen Planungstag ein:

Datum: Samstag, 24. April 2027, 10:00 bis 15:30 Uhr
Ort: Stadtteilzentrum Hamm-Westen, Lange Straße 62, 59067 Hamm

Nach einem kurzen Auftakt planen wir in vier Werkstätten:

Werkstatt 1: Bühnenprogramm – Musik, Tanz und Vereine stellen sich vor
Werkstatt 2: Spielstraße, Kinder- und Jugendaktionen
Werkstatt 3: Internationales Buffet und Essensstände
Werkstatt 4: Aufbau, Helferteams und Sicherheit

Bitte melden Sie sich bis zum 16. April 2027 formlos per E-Mail an
nachbarschaftsfest@hamm.example an. Nennen Sie uns bitte Ihren Namen,
Ihren Verein oder Ihre Initiative (falls vorhanden), die gewünschte
Werkstatt (gern auch einen Zweitwunsch) und mit wie vielen Personen Sie
kommen. Familien und Vereine können sich gemeinsam in einer E-Mail
anmelden.

Jugendliche ab 14 Jahren sind herzlich willkommen, besonders in der
Werkstatt 2. Bei Jugendlichen unter 18 Jahren genügt ein kurzer Satz der
Eltern in der Anmeldung, dass sie einverstanden sind. Für jüngere Kinder
gibt es während des Planungstags eine betreute Spielecke.

Die Teilnahme ist kostenlos. Für Getränke und einen Mittagsimbiss ist
gesorgt.

Mit freundlichen Grüßen

Ihr Planungsteam Familien- und Nachbarschaftsfest
Stadt Hamm – Kommunales Integrationszentrum
i. A. Katrin Hölscher"""

WS_LINE = {
    "W1": "Werkstatt 1 – Bühnenprogramm: Musik, Tanz und Vereine stellen sich vor",
    "W2": "Werkstatt 2 – Spielstraße, Kinder- und Jugendaktionen",
    "W3": "Werkstatt 3 – Internationales Buffet und Essensstände",
    "W4": "Werkstatt 4 – Aufbau, Helferteams und Sicherheit",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Planungstag für das Familien- und
Nachbarschaftsfest Hamm 2027 am Samstag, 24. April 2027, 10:00 bis
15:30 Uhr, im Stadtteilzentrum Hamm-Westen, Lange Straße 62, 59067 Hamm.

Wir haben Sie für folgende Werkstatt eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie die Werkstatt wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Planungsteam Familien- und Nachbarschaftsfest
Stadt Hamm – Kommunales Integrationszentrum"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FEST
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

OUTLOOK_LABELS = {"de": ("Von", "Gesendet", "An", "Betreff"),
                  "en": ("From", "Sent", "To", "Subject")}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>{lv}:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n________________________________\n{lv}: {von}\n{lg}: {gesendet}\n"
            f"{la}: {an}\n{lb}: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution line, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, quote=None):
    if not quote:
        return text
    attribution, quoted = quote
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def apple_html(text, quote=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attribution, quoted = quote
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    divs = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                   for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f1c2a7eyahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{divs}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office of a Kita head answering the invitation (sent to the
# association list); Auto-Submitted auto-generated, Outlook alternative.

KITA_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. Februar 2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Stellvertreterin Frau Nadine Bröker, Tel. 02381 / 17-6620.

Mit freundlichen Grüßen
Heike Brinkschulte
Leitung Städtische Kita Sonnenblume"""


@mail("kita-sonnenblume-out-of-office", "2027-02-15 14:07:33", E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Brinkschulte, Heike" <leitung@kita-sonnenblume-hamm.example>'),
           ("To", TO_FEST),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbf3Kx8m1Tq0Zr4nVb2cY7wE9sDg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841E2A7C3F04B5D9E6A1C2B3D4E@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KITA_OOF), outlook_html(KITA_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Shared family mailbox, Thunderbird reply quoting the whole invitation (all
# four workshops in the quote).  Murat writes and chooses Werkstatt 4; his
# wife adds one line below his signature ("Ich komme auch mit! ... – Ayşe")
# with another wish (Buffet): party 2, workgroups = the writer's own choice.

@mail("yilmaz-family-mailbox-ayse-adds-line", "2027-02-15 18:12:40",
      E("registration", "familie.yilmaz@gmx.example", "Murat Yılmaz",
        "Elternverein der Lessing-Grundschule Hamm", ["W4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Familie Yılmaz <familie.yilmaz@gmx.example>"),
           ("To", TO_FEST),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7d21-93c4-4f6a-8e12-a7c3d9f0b481@gmx.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Hölscher,

danke für die Einladung, wir sind gerne wieder dabei! Ich melde mich für
die Werkstatt 4 (Aufbau und Helferteams) an. Letztes Jahr habe ich schon
beim Zeltaufbau geholfen, das hat richtig Spaß gemacht.

Viele Grüße
Murat Yılmaz
Elternverein der Lessing-Grundschule Hamm

Ich komme auch mit! Mich interessiert aber mehr das Buffet. – Ayşe

Am 15.02.27 um 14:05 schrieb {FEST_NAME}:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Turkish, association's shared mailbox, iso-8859-9 quoted-printable; the
# display name and subject are ISO-8859-9 Q-words.  "Biz 4 kişi geleceğiz"
# = we come as 4; "3. atölye" = workshop 3.  "geçen yıl" is not a number.

@mail("demir-turkish-parents-association", "2027-02-16 09:31:05",
      E("registration", "info@tvd-hamm.example", "Hatice Demir",
        "Hamm Türk Veli Derneği e.V.", ["W3"], 4, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hamm Türk Veli Derneği", "info@tvd-hamm.example", "iso-8859-9")),
           ("To", FEST),
           ("Subject", ew("Planlama günü kaydı / Anmeldung Planungstag", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270216093105.4d1f2a@webmail.tvd-hamm.example>"),
           ("X-Mailer", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Hamm Türk Veli Derneği olarak 24 Nisan'daki planlama gününe katılmak istiyoruz.
Biz 4 kişi geleceğiz: ben, yönetim kurulumuzdan Sevim Hanım ve iki velimiz.
Hepimiz 3. atölyeye (Uluslararası büfe ve yemek standları) katılmak istiyoruz, geçen yıl da büfeyi biz hazırlamıştık.

Saygılarımla,
Hatice Demir
Yönetim Kurulu Başkanı
Hamm Türk Veli Derneği e.V.
Tel: 02381 44 19 27
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English couple, different workshops each: she wants the food workshop
# (Werkstatt 3), her husband the stage programme.  Writer's choice only;
# party 2; the question at the end does not make it a question.  Gmail.

OKONKWO_TEXT = """Hello,

My husband Emeka and I would like to register for the planning day on 24 April. We moved to Hamm last year and this will be our first neighbourhood festival here.

I would love to help with the food workshop (Werkstatt 3) - I can cook jollof rice for a lot of people! Emeka would rather join the stage programme, he plays the drums with a small group from our church.

So that's two of us. Is it okay that we go to different workshops?

Thanks a lot and kind regards,
Grace Okonkwo"""


@mail("okonkwo-english-couple-different-workshops", "2027-02-16 20:44:19",
      E("registration", "grace.okonkwo@mail.example", "Grace Okonkwo", None,
        ["W3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Grace Okonkwo <grace.okonkwo@mail.example>"),
           ("To", FEST),
           ("Subject", "Registration - planning day 24 April"),
           ("Date", m.date),
           ("Message-ID", "<CAG7nR2kT5wQ1zX8vB3mL0pY6sD4fH9jU2cE7aN5oI1rK8tW3eQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Arabic, a father registers himself and his son Yusuf (16) for workshop 2
# ("الورشة الثانية") and gives his consent.  Gmail alternative with RTL HTML,
# UTF-8 base64.  The name in Arabic script in the signature beats the Latin
# display name.

ALHASSAN_TEXT = """السلام عليكم،

أودّ أن أسجّل نفسي وابني يوسف (16 سنة) في يوم التخطيط لمهرجان العائلات والجيران يوم السبت 24 نيسان/أبريل.
نرغب نحن الاثنان في المشاركة في الورشة الثانية (Spielstraße, Kinder- und Jugendaktionen)، فيوسف يساعد في نادي الشباب ويحب تنظيم الألعاب للأطفال.
أنا والده وأوافق على مشاركته.

مع الشكر والتحية،
خالد الحسن
Syrischer Familienverein Hamm e.V."""


@mail("alhassan-arabic-father-and-son", "2027-02-17 11:02:48",
      E("registration", "alhassan.familie@gmail.example", "خالد الحسن",
        "Syrischer Familienverein Hamm e.V.", ["W2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Hassan <alhassan.familie@gmail.example>"),
           ("To", FEST),
           ("Subject", "تسجيل – Planungstag 24.04."),
           ("Date", m.date),
           ("Message-ID", "<CAF3xM8pQ1wR7tY4nB0vK6zL2sG9dJ5hU3cA8eN1oT7rW4iX0kA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# A mail signed by two board members from the Förderverein's shared mailbox:
# "wir melden uns beide" -> 2; first choice Buffet, second Aufbau.  The name
# is the first signer.  Apple Mail alternative.

KROEGER_TEXT = """Liebes Planungsteam,

wir melden uns beide verbindlich für den Planungstag am 24. April an. Der Förderverein organisiert beim Fest seit Jahren die Waffel- und Kuchentheke, deshalb möchten wir gern in die Werkstatt „Internationales Buffet und Essensstände“. Falls die voll ist, wäre der Aufbau unser Zweitwunsch.

Herzliche Grüße

Sabine Kröger
Mehmet Doğan
Vorstand
Förderverein der Friedensschule Hamm e.V."""


@mail("kroeger-dogan-signed-by-two", "2027-02-17 15:26:10",
      E("registration", "foerderverein@friedensschule-hamm.example", "Sabine Kröger",
        "Förderverein der Friedensschule Hamm e.V.", ["W3", "W4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Förderverein Friedensschule", "foerderverein@friedensschule-hamm.example",
                         "utf-8")),
           ("Subject", "Anmeldung Planungstag (2 Personen)"),
           ("Message-Id", "<7C2E4A19-5F3B-4D8E-A061-9B2C7D4E1F30@friedensschule-hamm.example>"),
           ("Date", m.date),
           ("To", FEST),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(KROEGER_TEXT, apple_html(KROEGER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Russian, a mother registers her daughter Alina (15), who comes alone; the
# mother herself does not come.  Name = the attendee, email = the mother's
# address (no other address asked for).  KOI8-R quoted-printable; display
# name and subject are KOI8-R B-words.

@mail("morozova-russian-mother-registers-daughter", "2027-02-18 19:48:55",
      E("registration", "irina.morozova@inbox.example", "Алина Морозова", None,
        ["W2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Морозова", "irina.morozova@inbox.example", "koi8-r", "b")),
           ("To", FEST),
           ("Subject", ew("Регистрация дочери на день планирования", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771440535.918273645@mx31.inbox.example>"),
           ("X-Mailer", "Inbox Webmail 4.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я хочу зарегистрировать на день планирования 24 апреля мою дочь. Её зовут Алина Морозова, ей 15 лет. Она хочет участвовать в мастерской номер 2 (игровая улица и мероприятия для детей и молодёжи), потому что уже два года помогает в детском клубе.
Я, как мать, согласна с её участием. Сама я, к сожалению, прийти не смогу, в субботу я работаю.

С уважением,
Ирина Морозова
""", charset="koi8-r", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 QP, quoting the invitation below a
# Von:/Gesendet: block.  She registers herself and two colleagues ("zu dritt"),
# first wish Werkstatt 4, second wish Werkstatt 1.

PIEPER_TEXT = """Sehr geehrte Frau Hölscher,

hiermit melde ich mich zusammen mit meinen Kolleginnen Lina Haddad und Monika Berger zum Planungstag am 24.04.2027 an – wir sind also zu dritt.

Als Erstwunsch hätten wir gern die Werkstatt 4 „Aufbau, Helferteams und Sicherheit“, weil wir die Abstimmung mit Ordnungsamt und Feuerwehr ohnehin koordinieren. Zweitwunsch wäre die Werkstatt 1 (Bühnenprogramm).

Mit freundlichen Grüßen

Judith Pieper
Quartiersmanagerin

Quartiersmanagement Hamm-Westen
Lange Straße 55 · 59067 Hamm
Tel. 02381 / 9 73 41-20"""


@mail("pieper-quartiersmanagement-outlook-html", "2027-02-19 10:15:22",
      E("registration", "j.pieper@qm-hamm-westen.example", "Judith Pieper",
        "Quartiersmanagement Hamm-Westen", ["W4", "W1"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Pieper, Judith" <j.pieper@qm-hamm-westen.example>'),
           ("To", TO_FEST),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbf3Kx8m1Tq0Zr4nVb2cY7wE9sDrK2"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB77320F1E2D3C4B5A69788A9B0C1D@DB9PR03MB7732.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FEST, "Montag, 15. Februar 2027 14:05", TO_FEST,
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(PIEPER_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Albanian, a family of three (with their daughter Elira, 14, parents agree);
# "punëtorinë e tretë" = the third workshop.  Yahoo alternative, UTF-8 QP.

BERISHA_TEXT = """Përshëndetje,

Dëshiroj të regjistrohem për ditën e planifikimit të festës së familjeve dhe fqinjëve më 24 prill.
Do të vijmë tre veta: unë, burri im Agron dhe vajza jonë Elira (14 vjeç). Ne si prindër jemi dakord që Elira të marrë pjesë.
Të gjithë duam të marrim pjesë në punëtorinë e tretë (bufeja ndërkombëtare) – ne mund të përgatisim byrek dhe flija për festën.

Me respekt,
Drita Berisha
Shoqata Kulturore Shqiptare "Iliria" Hamm"""


@mail("berisha-albanian-family-of-three", "2027-02-20 17:03:41",
      E("registration", "drita.berisha@yahoo.example", "Drita Berisha",
        'Shoqata Kulturore Shqiptare "Iliria" Hamm', ["W3"], 3, "sq"), "sq")
def _(m):
    m.head(("From", "Drita Berisha <drita.berisha@yahoo.example>"),
           ("To", "nachbarschaftsfest@hamm.example"),
           ("Subject", ew("Regjistrim – dita e planifikimit 24 prill", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1894512067.3318204.1771603421776@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(BERISHA_TEXT, yahoo_html(BERISHA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 010 ---------------------------------------------------------------------
# Two people write in one mail from the family mailbox: Svenja first (Werkstatt
# Spielstraße), then "Tobias hier" (Aufbau).  Name = Svenja Brandt (she
# introduces herself), workgroups = her choice, party 2.  Apple Mail with an
# emoji, UTF-8 QP.

BRANDT_TEXT = """Hallo liebes Orga-Team,

hier ist Svenja Brandt, wir wohnen seit letztem Sommer in der Siedlung am Kurpark. Ich würde gern beim Planungstag mitmachen, und zwar in der Werkstatt Spielstraße / Kinder- und Jugendaktionen – mit drei eigenen Kindern hab ich da genug Erfahrung 😉

Tobias hier, der Mann von Svenja: Ich komme auch mit, mich bitte beim Aufbau eintragen. Bierzeltgarnituren und Pavillons kenne ich von der Arbeit.

Liebe Grüße aus dem Kurpark-Viertel
Svenja & Tobias"""


@mail("brandt-two-writers-one-mail", "2027-02-21 12:40:09",
      E("registration", "familie.brandt@t-online.example", "Svenja Brandt", None,
        ["W2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Familie Brandt <familie.brandt@t-online.example>"),
           ("Subject", "Anmeldung Planungstag"),
           ("Message-Id", "<A31F07C2-8E4D-4B19-9C5A-2F6E8D0B7A14@t-online.example>"),
           ("Date", m.date),
           ("To", FEST),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(BRANDT_TEXT, apple_html(BRANDT_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 011 ---------------------------------------------------------------------
# Turkish from an iPhone, UTF-8 base64: Emine chooses "2. atölye"; her
# sister-in-law adds her own line below ("Ben de geliyorum! Ama ben yemek
# standlarına (3. atölye) ... – Zeynep").  Writer's choice W2, party 2.

@mail("koc-turkish-sister-in-law-adds-line", "2027-02-22 08:55:30",
      E("registration", "emine.koc@icloud.example", "Emine Koç",
        "Heessen Kadın ve Aile Derneği", ["W2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Koç <emine.koc@icloud.example>"),
           ("Subject", "Planlama günü kayıt"),
           ("Message-Id", "<6D8B2F1A-0C4E-4A7B-93D5-E1F2A3B4C5D6@icloud.example>"),
           ("Date", m.date),
           ("To", FEST),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Merhaba,

24 Nisan'daki planlama gününe kayıt olmak istiyorum. 2. atölyeye (çocuk ve gençlik etkinlikleri) katılmak istiyorum, mahallemizdeki çocuklar için her yıl yüz boyama yapıyorum.
Eltim de benimle gelecek, o aşağıya kendisi yazıyor.

Emine Koç
Heessen Kadın ve Aile Derneği

Ben de geliyorum! Ama ben yemek standlarına (3. atölye) katılmak isterim. – Zeynep

iPhone'umdan gönderildi
""", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Sent from the Elternpflegschaft's shared mailbox with her personal Reply-To
# (Reply-To wins).  First wish Werkstatt 2, second Werkstatt 1; alone.
# Roundcube, UTF-8 QP.

@mail("hartmann-pflegschaft-mailbox-reply-to", "2027-02-24 21:17:03",
      E("registration", "nicole.hartmann@web.example", "Nicole Hartmann",
        "Elternpflegschaft der Ludgerischule", ["W2", "W1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Elternpflegschaft Ludgerischule <pflegschaft@ludgerischule-hamm.example>"),
           ("Reply-To", "Nicole Hartmann <nicole.hartmann@web.example>"),
           ("To", FEST),
           ("Subject", "Anmeldung Planungstag - Nicole Hartmann"),
           ("Date", m.date),
           ("Message-ID", "<4e9a1c0b2f7d6e35a8c1@ludgerischule-hamm.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

ich schreibe über das Postfach der Elternpflegschaft, antworten Sie bitte aber an meine private Adresse (steht bei "Antwort an").

Ich möchte mich für den Planungstag anmelden. Erster Wunsch: Werkstatt 2 (Spielstraße), zweiter Wunsch: Werkstatt 1 (Bühne) – unsere Schulband würde beim Fest gern spielen.
Ich komme allein, die anderen Eltern aus der Pflegschaft melden sich ggf. selbst.

Viele Grüße
Nicole Hartmann
Vorsitzende der Elternpflegschaft der Ludgerischule
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Russian, a husband registers with his wife, who would rather go to the
# buffet: writer's choice W4 ("мастерскую номер 4"), party 2 ("нас двое").
# Cyrillic display name (windows-1251 Q), Latin signature (the name).
# windows-1251 base64.

@mail("wolkow-russian-couple-different-workshops", "2027-02-26 18:30:45",
      E("registration", "s.wolkow@gmx.example", "Sergej Wolkow",
        "Nachbarschaftstreff Hamm-Norden", ["W4"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Сергей Волков", "s.wolkow@gmx.example", "windows-1251", "q")),
           ("To", FEST),
           ("Subject", ew("Регистрация – день планирования 24.04.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c7e5a90-d41b-4f8e-b3a6-08e9c1d2f754-1772127045118@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый вечер!

Мы с женой хотим участвовать в дне планирования 24 апреля. Я записываюсь в мастерскую номер 4 (монтаж, команды помощников и безопасность) – могу помочь с электрикой и палатками. Жена, Наталья, хотела бы в мастерскую по буфету, она отлично готовит пельмени и пироги.
Итого нас двое.

Спасибо!
Sergej Wolkow
Nachbarschaftstreff Hamm-Norden
""", charset="windows-1251", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Neighbourhood newsletter (other): mentions the planning day, the workshops
# and "Anmeldung", and asks for registrations to another activity.

WESTEN_TEXT = """Westen aktuell – Stadtteil-Newsletter März 2027

Liebe Nachbarinnen und Nachbarn,

das steht im März und April im Hammer Westen an:

1. Frühjahrsputz „Sauberer Westen“ am 20. März
Treffpunkt 10 Uhr am Stadtteilzentrum. Handschuhe und Müllzangen stellen wir. Bitte melden Sie Ihre Gruppe bis zum 15. März an: fruehjahrsputz@stadtteilforum-westen.example

2. Planungstag für das Familien- und Nachbarschaftsfest
Am 24. April planen Vereine, Familien und Nachbarn gemeinsam das Fest im Juni – in Werkstätten zu Bühne, Spielstraße, Buffet und Aufbau. Anmeldung bis 16. April per E-Mail an nachbarschaftsfest@hamm.example.

3. Repair-Café
Jeden ersten Samstag im Monat, 14–17 Uhr, im Stadtteilzentrum. Bringen Sie kaputte Toaster, Fahrräder und Kleidung mit!

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt haben.
Abbestellen: https://stadtteilforum-westen.example/newsletter/abmelden?id=3307
Stadtteilforum Hamm-Westen · Lange Straße 62 · 59067 Hamm"""

WESTEN_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Westen aktuell – März 2027</title></head>
<body style="margin:0;background:#eef3ee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#2e7d32;color:#fff;"><h1 style="margin:0;font-size:22px;">Westen aktuell</h1><p style="margin:4px 0 0;">Stadtteil-Newsletter März 2027</p></td></tr>
<tr><td>
<p>Liebe Nachbarinnen und Nachbarn,</p>
<p>das steht im März und April im Hammer Westen an:</p>
<h2 style="font-size:17px;color:#2e7d32;">1. Frühjahrsputz „Sauberer Westen“ am 20. März</h2>
<p>Treffpunkt 10 Uhr am Stadtteilzentrum. Handschuhe und Müllzangen stellen wir. Bitte melden Sie Ihre Gruppe bis zum 15. März an: <a href="mailto:fruehjahrsputz@stadtteilforum-westen.example">fruehjahrsputz@stadtteilforum-westen.example</a></p>
<h2 style="font-size:17px;color:#2e7d32;">2. Planungstag für das Familien- und Nachbarschaftsfest</h2>
<p>Am 24. April planen Vereine, Familien und Nachbarn gemeinsam das Fest im Juni – in Werkstätten zu Bühne, Spielstraße, Buffet und Aufbau. Anmeldung bis 16. April per E-Mail an <a href="mailto:nachbarschaftsfest@hamm.example">nachbarschaftsfest@hamm.example</a>.</p>
<h2 style="font-size:17px;color:#2e7d32;">3. Repair-Café</h2>
<p>Jeden ersten Samstag im Monat, 14–17 Uhr, im Stadtteilzentrum. Bringen Sie kaputte Toaster, Fahrräder und Kleidung mit!</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt haben.<br>
<a href="https://stadtteilforum-westen.example/newsletter/abmelden?id=3307">Abbestellen</a> · Stadtteilforum Hamm-Westen · Lange Straße 62 · 59067 Hamm</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("westen-aktuell-newsletter", "2027-03-01 07:30:00", E("other"), "de")
def _(m):
    m.head(("From", "Stadtteilforum Hamm-Westen <newsletter@stadtteilforum-westen.example>"),
           ("To", FEST),
           ("Subject", "Westen aktuell – März 2027: Frühjahrsputz, Planungstag, Repair-Café"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-03.3307.7f1c0e@stadtteilforum-westen.example>"),
           ("List-Id", "Westen aktuell <newsletter.stadtteilforum-westen.example>"),
           ("List-Unsubscribe", "<https://stadtteilforum-westen.example/newsletter/abmelden?id=3307>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(WESTEN_TEXT, WESTEN_HTML, charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# A father registers himself and his two sons (16 and 14): "zu dritt", all in
# Werkstatt 4.  "die Bühne mit aufgebaut" names a W1 alias but is no choice.
# iso-8859-1 8bit, Outlook.

@mail("koetter-father-and-two-sons", "2027-03-01 16:05:12",
      E("registration", "a.koetter@t-online.example", "Andreas Kötter",
        "Nachbarschaftsverein Herringen e.V.", ["W4"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Andreas Kötter", "a.koetter@t-online.example", "iso-8859-1")),
           ("To", FEST),
           ("Subject", "Anmeldung Planungstag - 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<000c01db8aa2$5e1f2d30$1a5d8790$@t-online.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich melde mich und meine beiden Söhne Jannik (16) und Ben (14) für den
Planungstag an. Wir sind also zu dritt und möchten alle in die Werkstatt 4
zum Aufbau. Die Jungs haben letztes Jahr schon die Bühne mit aufgebaut und
wollen unbedingt wieder mitmachen. Als Vater bin ich natürlich
einverstanden ;-)

Gruß
Andreas Kötter
Nachbarschaftsverein Herringen e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Change of party size only (2 -> 1) from a shared family mailbox, web.de
# quote of the confirmation ("Gesendet: ... Von: ..." block with '>').  She
# stays in her workshop: workgroups [], party_size 1.

@mail("hoffmann-change-husband-must-work", "2027-03-02 10:20:33",
      E("change", "familie.hoffmann@web.example", "Kerstin Hoffmann", None,
        [], 1, "de"), "de")
def _(m):
    m.head(("From", "Familie Hoffmann <familie.hoffmann@web.example>"),
           ("To", TO_FEST),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-81f4c2d7-0a3b-4e5c-9d61-7b2e8f0a1c43-1772443233051@3c-app-webde-bap21>"),
           ("In-Reply-To", "<mailbot.20270220110301.7a2c@hamm.example>"),
           ("References", "<mailbot.20270220110301.7a2c@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung bei uns: Mein Mann muss am 24. April doch arbeiten, ich komme also allein. In der Werkstatt bleibe ich.

Viele Grüße
Kerstin Hoffmann


Gesendet: Samstag, 20. Februar 2027 um 11:03 Uhr
Von: "{FEST_NAME}" <{FEST}>
An: familie.hoffmann@web.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Hoffmann", "W2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Arabic, an association's shared mailbox: three women ("نحن ثلاث نساء"),
# workshop 3 ("الورشة رقم 3").  The person signs in Arabic script, the
# association in German.  windows-1256 quoted-printable.

@mail("mansour-arabic-womens-association", "2027-03-03 13:12:50",
      E("registration", "info@afv-hamm.example", "أمل منصور",
        "Arabischer Frauenverein Hamm e.V.", ["W3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Arabischer Frauenverein Hamm <info@afv-hamm.example>"),
           ("To", FEST),
           ("Subject", ew("تسجيل في يوم التخطيط", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270303131250.61b7e@afv-hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

نحن ثلاث نساء من جمعيتنا ونرغب في المشاركة في يوم التخطيط يوم 24 نيسان. نريد أن نشارك في ورشة البوفيه الدولي وأكشاك الطعام (الورشة رقم 3)، لأننا نحضّر كل سنة الحلويات العربية للمهرجان.
المشاركات: أنا، وسلمى الخطيب، ونور يوسف.

مع التحية،
أمل منصور
Arabischer Frauenverein Hamm e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Question (conditional): may a 12-year-old join Werkstatt 2 although the
# invitation says 14?  "Dann würden wir uns zu zweit anmelden" is not yet a
# registration.  Shared family mailbox.

@mail("wessel-question-son-twelve", "2027-03-04 20:40:11",
      E("question", "wessel.familie@web.example", "Anke Wessel", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Familie Wessel <wessel.familie@web.example>"),
           ("To", FEST),
           ("Subject", "Frage: Sohn 12 Jahre"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3b9d0e6a-57c1-4f2e-a8b4-c6d1e2f3a4b5-1772653211004@3c-app-webde-bs44>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

in der Einladung steht, dass Jugendliche ab 14 willkommen sind. Unser Sohn Luca ist 12, aber total engagiert in der Zirkus-AG seiner Schule und würde so gern bei der Werkstatt 2 mitplanen. Geht das ausnahmsweise, wenn ich ihn begleite? Dann würden wir uns zu zweit anmelden.

Viele Grüße
Anke Wessel
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Albanian, a father registers his daughter Arta (16), gives consent, does not
# come himself, and asks to send the confirmation to her address (that is
# the email).  "punëtorinë e parë" = the first workshop.  iso-8859-1 QP.

@mail("krasniqi-albanian-father-registers-daughter", "2027-03-05 18:02:27",
      E("registration", "arta.krasniqi@mail.example", "Arta Krasniqi",
        'Shoqata Kulturore Shqiptare "Rrënjët" Hamm', ["W1"], 1, "sq"), "sq")
def _(m):
    m.head(("From", "Besnik Krasniqi <besnik.krasniqi@mail.example>"),
           ("To", FEST),
           ("Subject", ew("Regjistrim për vajzën time", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270305180227.GA28815@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Të nderuar organizatorë,

Dua të regjistroj vajzën time Arta Krasniqi (16 vjeç) për ditën e planifikimit më 24 prill. Ajo kërcen në grupin e valleve të shoqatës sonë dhe do të donte të marrë pjesë në punëtorinë e parë (programi në skenë, muzikë dhe valle).
Unë si prind jap pëlqimin për pjesëmarrjen e saj. Unë vetë nuk mund të vij.

Ju lutem dërgojeni konfirmimin direkt te Arta: arta.krasniqi@mail.example

Me respekt,
Besnik Krasniqi
Shoqata Kulturore Shqiptare "Rrënjët" Hamm
""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Turkish question from a family mailbox: one mail for five family members,
# different workshops possible?  "sonra kaydımızı yapacağız" = we register
# afterwards.  Thunderbird, UTF-8 8bit.

@mail("aslan-turkish-question-one-mail-for-five", "2027-03-06 11:25:46",
      E("question", "aslan.ailesi@gmx.example", "Fatma Aslan", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Aslan Ailesi <aslan.ailesi@gmx.example>"),
           ("To", FEST),
           ("Subject", "Soru / Frage: Anmeldung Familie"),
           ("Date", m.date),
           ("Message-ID", "<0c9f3e71-2a84-4b5d-8e60-d1b7a2c4f935@gmx.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

davetiyeyi okuldan aldık. Bir sorum var: ailece 5 kişi gelmek istiyoruz (ben, eşim, 17 ve 15 yaşındaki oğullarımız ve kayınvalidem). Her birimiz için ayrı ayrı e-posta mı göndermemiz gerekiyor, yoksa tek bir e-postayla hepimizi kaydedebilir miyiz? Bir de, herkes farklı bir atölyeye gidebilir mi?

Cevabınızı bekliyorum, sonra kaydımızı yapacağız.

Selamlar
Fatma Aslan
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Tenants' council mailbox; Ingrid registers for the Buffet, a neighbour adds
# a line below the signature ("Ich bin auch dabei ... Erika Thiele (Haus 7)")
# -> party 2.  "14 Ländern" and "Haus 7" are no counts.  iso-8859-15 QP.

@mail("kowalski-mieterbeirat-neighbour-adds-line", "2027-03-08 19:05:10",
      E("registration", "mieterbeirat.norden@freenet.example", "Ingrid Kowalski",
        "Mieterbeirat Siedlung Hamm-Norden", ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mieterbeirat Siedlung Hamm-Norden <mieterbeirat.norden@freenet.example>"),
           ("To", FEST),
           ("Subject", "Anmeldung Planungstag Nachbarschaftsfest"),
           ("Date", m.date),
           ("Message-ID", "<b5e2f8a1c09d4e7f@webmail.freenet.example>"),
           ("X-Mailer", "freenet Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

für den Mieterbeirat der Siedlung melde ich mich zum Planungstag an. Ich möchte in die Werkstatt Internationales Buffet, bei uns in der Siedlung wohnen Familien aus 14 Ländern und alle kochen gern.

Mit freundlichen Grüßen
Ingrid Kowalski
Mieterbeirat Siedlung Hamm-Norden

Ich bin auch dabei, auch beim Buffet. Erika Thiele (Haus 7)
""", charset="iso-8859-15", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation to a family mailbox
# came back "mailbox full".  The returned confirmation names Werkstatt 2 and
# 3 persons.

BOUNCE_RCPT = "oezkan.familie@mailbox.example"


@mail("postfix-bounce-mailbox-full", "2027-03-09 09:14:08",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.hamm.example (Mail Delivery System)"),
           ("To", FEST),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270309081408.3C7E21A04F@mail.hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hamm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE_RCPT}>: host mx.mailbox.example[203.0.113.25] said: 552 5.2.2
    <{BOUNCE_RCPT}>: Mailbox full (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hamm.example"),
         ("X-Postfix-Queue-ID", "3C7E21A04F"),
         ("X-Postfix-Sender", f"rfc822; {FEST}"),
         ("Arrival-Date", "Tue,  9 Mar 2027 09:14:05 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mailbox.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{BOUNCE_RCPT}>: Mailbox full")])
    original = confirmation_message(
        f"Familie Özkan <{BOUNCE_RCPT}>", "Frau Özkan", "W2", 3,
        "Tue, 9 Mar 2027 09:14:05 +0100", "<mailbot.20270309091405.2b8d@hamm.example>",
        "<1e7c5a20-3f9b-4d86-a1e2-5c0d9b8f7a36@mailbox.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# English, a mother and her daughter (15), first choice stage programme
# (workshop 1), else workshop 2; consent in the text and a signed consent
# form attached (PDF).  multipart/mixed with a Gmail alternative.

NAIR_TEXT = """Hi there,

I'd like to register myself and my daughter Ananya (15) for the planning day on 24 April. We are both part of the International Parents' Circle Hamm.

Our first choice would be the stage programme (workshop 1) - Ananya does Bharatanatyam dance and would love to perform at the festival. If that one is full, workshop 2 is fine too.

I've attached a signed consent form for Ananya just in case, even though the invitation says a sentence in the email is enough: I agree to her taking part.

Best wishes,
Priya Nair"""


@mail("nair-english-mother-daughter-consent-pdf", "2027-03-10 15:44:51",
      E("registration", "priya.nair@gmail.example", "Priya Nair",
        "International Parents' Circle Hamm", ["W1", "W2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Nair <priya.nair@gmail.example>"),
           ("To", FEST),
           ("Subject", "Registration Priya + Ananya Nair (consent form attached)"),
           ("Date", m.date),
           ("Message-ID", "<CAJ9vT4wQ2nR8kX1mB5zL7pY3sD0fH6jU4cE9aN2oI8rK1tW5eM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(NAIR_TEXT, gmail_html(NAIR_TEXT), charset="utf-8",
                        cte="quoted-printable", style="gmail", top=False)
    pdf = m.binary(make_pdf(["Einverstaendniserklaerung / Consent form",
                             "Planungstag Familien- und Nachbarschaftsfest Hamm, 24.04.2027",
                             "Name: Ananya Nair, 15 Jahre",
                             "Ich bin mit der Teilnahme meiner Tochter einverstanden.",
                             "Hamm, 10.03.2027   gez. Priya Nair"]),
                   "application", "pdf", "Consent_Ananya_Nair.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 024 ---------------------------------------------------------------------
# Turkish change from an association mailbox, Thunderbird quote in Turkish
# ("... tarihinde ... yazdı:"): 4 -> 5 persons and from the buffet to
# "2. atölye".  The quoted confirmation names Werkstatt 3.

@mail("kaplan-turkish-change-five-and-workshop-2", "2027-03-11 19:20:33",
      E("change", "tkd.bockumhoevel@mail.example", "Yusuf Kaplan",
        "Bockum-Hövel Türk Kültür Derneği", ["W2"], 5, "tr"), "tr")
def _(m):
    m.head(("From", "Bockum-Hövel Türk Kültür Derneği <tkd.bockumhoevel@mail.example>"),
           ("To", TO_FEST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a2d6f04-7c1e-4b83-b5a9-e0f1c2d3b4a5@mail.example>"),
           ("In-Reply-To", "<mailbot.20270224101201.5f3e@hamm.example>"),
           ("References", "<mailbot.20270224101201.5f3e@hamm.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydımızda iki değişiklik rica ediyoruz: Bir gönüllümüz daha katılmak istiyor, yani 4 değil 5 kişi geleceğiz. Ayrıca büfe yerine 2. atölyeye (Spielstraße, çocuk ve gençlik etkinlikleri) geçmek istiyoruz, çünkü bu yıl çocuklar için bir uçurtma atölyesi düşünüyoruz.

Teşekkürler, iyi akşamlar
Yusuf Kaplan
Bockum-Hövel Türk Kültür Derneği

24.02.2027 10:12 tarihinde {FEST_NAME} yazdı:
{gt_quote(confirmation("Herr Kaplan", "W3", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Turkish, the women's branch of a mosque association (shared mailbox): three
# women, "Birinci tercihimiz 3. atölye ..., ikinci tercihimiz 2. atölye";
# the German word "Vorstand" inside Turkish.  Gmail alternative, base64.

YAVUZ_TEXT = """Selamün aleyküm,

Yeni Cami Derneği Hamm kadın kolu olarak planlama gününe 3 kişi katılmak istiyoruz: ben, Gülsüm Arslan ve Rukiye Şen.
Birinci tercihimiz 3. atölye (büfe ve yemek standları), ikinci tercihimiz 2. atölye (çocuklar için etkinlikler).
Derneğimizin Vorstand'ı da katılımımızı onayladı.

Hayırlı günler,
Melek Yavuz
Yeni Cami Derneği Hamm"""


@mail("yavuz-turkish-mosque-womens-branch", "2027-03-12 12:03:19",
      E("registration", "kadinkolu.yenicami@gmail.example", "Melek Yavuz",
        "Yeni Cami Derneği Hamm", ["W3", "W2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Yeni Cami Kadın Kolu <kadinkolu.yenicami@gmail.example>"),
           ("To", FEST),
           ("Subject", "Kayıt – planlama günü (3 kişi)"),
           ("Date", m.date),
           ("Message-ID", "<CAH2kP7rT9wQ4nX0mB6zL1pY8sD3fH5jU7cE2aN4oI9rK0tW6eU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YAVUZ_TEXT, gmail_html(YAVUZ_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# The head of a Kita forwards a mother's registration (Gmail forward block);
# the registration is the mother's and the reply goes to her address.  The
# Kita is the forwarder's, not the attendee's organisation (null).

@mail("ostermann-kita-forwards-schneider", "2027-03-15 08:47:36",
      E("registration", "olga.schneider@mail.example", "Olga Schneider", None,
        ["W2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Kita Regenbogen Hamm-Mitte <kita.regenbogen@hamm-kitas.example>"),
           ("To", FEST),
           ("Subject", "Fwd: Nachbarschaftsfest"),
           ("Date", m.date),
           ("Message-ID", "<CAB5nQ1wT8rX3kY7mZ0vL4pS2dG6hJ9cF1aE5oU3iN7bK0xR2tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Hölscher,

eine Mutter aus unserer Kita hat mir ihre Anmeldung geschickt, weil sie Ihre Adresse nicht hatte. Ich leite sie Ihnen weiter – bitte antworten Sie direkt an Frau Schneider.

Herzliche Grüße
Birgit Ostermann
Leitung Kita Regenbogen

---------- Forwarded message ---------
Von: Olga Schneider <olga.schneider@mail.example>
Date: So., 14. März 2027 um 20:31 Uhr
Subject: Nachbarschaftsfest
To: <kita.regenbogen@hamm-kitas.example>


Liebe Frau Ostermann,

können Sie mich bitte für den Planungstag am 24. April anmelden? Ich möchte gern beim Kinderprogramm mitmachen (Spielstraße), ich kann Kinderschminken und Luftballontiere. Ich komme allein, mein Mann passt auf die Kleinen auf.

Vielen Dank!
Olga Schneider
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# English change: both partners move to workshop 2 ("still two of us": no
# new number).  Outlook alternative with English header labels quoting the
# German confirmation (Werkstatt 3).

WHITFIELD_TEXT = """Hi,

Quick change to our registration: my wife and I would both like to switch to workshop 2 (play street / children's activities) instead of the food workshop. Our kids' school asked us to help with the play street this year.

Still two of us.

Cheers,
Tom Whitfield"""


@mail("whitfield-english-change-to-workshop-2", "2027-03-16 17:10:02",
      E("change", "tom.whitfield@outlook.example", "Tom Whitfield", None,
        ["W2"], None, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Tom Whitfield <tom.whitfield@outlook.example>"),
           ("To", TO_FEST),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbhZ2mT3rQ8kX1nB5zL7pY3sD0fA=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P193MB1285C0D1E2F3A4B5C6D7E8F9A0B1@AS8P193MB1285.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270223180201.9c4a@hamm.example>"),
           ("References", "<mailbot.20270223180201.9c4a@hamm.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FEST, "Tuesday, February 23, 2027 6:02 PM",
             "Tom Whitfield <tom.whitfield@outlook.example>", CONFIRMATION_SUBJECT,
             confirmation("Herr Whitfield", "W3", 2))
    m.alternative(outlook_plain(WHITFIELD_TEXT, quote, "en"),
                  outlook_html(WHITFIELD_TEXT, quote, "en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 028 ---------------------------------------------------------------------
# Arabic from an Android phone: she wants the buffet (رقم 3), her husband the
# set-up workshop (رقم 4); "نحن شخصان" = we are two.  Writer's choice W3.
# The German phone footer does not change the language.  UTF-8 QP.

@mail("nasser-arabic-couple-phone", "2027-03-17 21:55:40",
      E("registration", "hiba.nasser@mail.example", "هبة ناصر", None,
        ["W3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Hiba Nasser <hiba.nasser@mail.example>"),
           ("To", FEST),
           ("Subject", "تسجيل"),
           ("Date", m.date),
           ("Message-ID", "<k9w2p4.1773780940.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

أنا وزوجي نريد التسجيل في يوم التخطيط يوم السبت 24 أبريل. أنا أريد ورشة البوفيه (رقم 3) وزوجي يريد ورشة التركيب والأمن (رقم 4) لأنه يعمل في البناء.
نحن شخصان.

شكرا جزيلا
هبة ناصر

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Arabic question (conditional): is German needed, is there an interpreter?
# "إذا كان ذلك ممكناً، سأسجل أنا وزوجتي" = if so, I will register with my wife.
# Gmail alternative with RTL HTML, UTF-8 base64.

SALEH_TEXT = """مرحباً،

وصلتني الدعوة من مدرسة أولادي. نحن عائلة من العراق ونسكن في حي هام الغربي منذ سنتين. هل يجب أن نتكلم الألمانية جيداً للمشاركة في يوم التخطيط؟ وهل يوجد مترجم للعربية في الورشات؟
إذا كان ذلك ممكناً، سأسجل أنا وزوجتي.

شكراً
محمود صالح"""


@mail("saleh-arabic-question-interpreter", "2027-03-18 10:33:27",
      E("question", "mahmoud.saleh@gmail.example", "محمود صالح", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@gmail.example>"),
           ("To", FEST),
           ("Subject", "سؤال عن اللغة"),
           ("Date", m.date),
           ("Message-ID", "<CAD8mR3wT1kX5nY9pZ2vL6sQ4dG0hJ7cF3aE8oU5iN1bK2xR4tA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SALEH_TEXT, gmail_html(SALEH_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Albanian with the German workshop title pasted in ("punëtorinë 4 – Aufbau,
# Helferteams und Sicherheit"); "jemi 2 persona".  Yahoo alternative.

GASHI_TEXT = """Përshëndetje nga Hamm-Pelkum,

Unë dhe gruaja ime Shqipe duam të vijmë në ditën e planifikimit më 24.04. Ne zgjedhim punëtorinë 4 – Aufbau, Helferteams und Sicherheit. Unë jam elektricist dhe mund të ndihmoj me rrymën për skenën dhe stendat.
Pra, jemi 2 persona.

Faleminderit dhe shihemi!
Valon Gashi"""


@mail("gashi-albanian-couple-aufbau", "2027-03-19 14:12:05",
      E("registration", "valon.gashi@yahoo.example", "Valon Gashi", None,
        ["W4"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Valon Gashi <valon.gashi@yahoo.example>"),
           ("To", FEST),
           ("Subject", "Regjistrim 24.04."),
           ("Date", m.date),
           ("Message-ID", "<1402958317.4410925.1773925925301@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(GASHI_TEXT, yahoo_html(GASHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 031 ---------------------------------------------------------------------
# A teenager (16) registers herself from her own address; her mother is in Cc
# and adds her consent below Lea's signature ("Ich selbst komme nicht mit"):
# party 1, the mother is no attendee.  UTF-8 QP.

@mail("schaefer-teen-registers-mother-consents", "2027-03-22 16:48:20",
      E("registration", "lea.schaefer2010@gmx.example", "Lea Schäfer", None,
        ["W2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lea Schäfer <lea.schaefer2010@gmx.example>"),
           ("To", FEST),
           ("Cc", "Martina Schäfer <martina.schaefer@gmx.example>"),
           ("Subject", "Anmeldung Lea (16) Planungstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-d4a1b7c0-9e2f-4a58-b3c6-71e0f8d2a9b4-1774194500221@3c-app-gmx-bap33>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin Lea, 16 Jahre alt und wohne im Hammer Westen. Ich würde gern beim Planungstag in der Werkstatt für Kinder- und Jugendaktionen mitmachen. Ich passe oft auf die Kinder in unserer Straße auf und hab letztes Jahr beim Fest schon beim Kinderschminken geholfen.

Meine Mama steht in CC und schreibt noch kurz was drunter.

LG Lea Schäfer

Ich bin damit einverstanden, dass Lea am Planungstag teilnimmt. Ich selbst komme nicht mit.
Martina Schäfer
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Albanian change: their son Dardan (17) comes too, same workshop; the quoted
# confirmation says 3 persons -> 4.  Gmail alternative with an Albanian
# attribution line and the German confirmation in a blockquote.

HOXHA_TEXT = """Përshëndetje,

Edhe djali ynë Dardan (17 vjeç) dëshiron të vijë me ne në ditën e planifikimit, në të njëjtën punëtori. A mund ta shtoni? Si prindër jemi dakord.

Faleminderit shumë!
Mimoza Hoxha"""

HOXHA_QUOTE = (f"Më mar, 9 mars 2027 në 11:20 {FEST_NAME} <{FEST}> shkroi:",
               confirmation("Frau Hoxha", "W3", 3))


@mail("hoxha-albanian-change-son-comes-too", "2027-03-23 19:25:14",
      E("change", "mimoza.hoxha@gmail.example", "Mimoza Hoxha", None,
        [], 4, "sq"), "sq")
def _(m):
    m.head(("From", "Mimoza Hoxha <mimoza.hoxha@gmail.example>"),
           ("To", TO_FEST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE4nT7wQ0kR2xY6mB9zL3pS5dG1hJ8cF4aE0oU6iN2bK3xR7tC@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270309112001.3e6b@hamm.example>"),
           ("References", "<mailbot.20270309112001.3e6b@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(HOXHA_TEXT, HOXHA_QUOTE), gmail_html(HOXHA_TEXT, quote=HOXHA_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# A couple writes as "wir" and signs on two lines; Petra (first signer and
# first named) wants the Buffet, Jörg the Bühnenprogramm.  Name = first
# signer, workgroups = her choice, party 2.  Shared family mailbox, UTF-8 8bit.

@mail("lindemann-couple-both-sign-different-workshops", "2027-03-24 20:11:38",
      E("registration", "lindemann.hamm@web.example", "Petra Lindemann",
        "Nachbarschaftsverein Daberg e.V.", ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Familie Lindemann <lindemann.hamm@web.example>"),
           ("To", FEST),
           ("Subject", "Anmeldung Petra und Jörg Lindemann"),
           ("Date", m.date),
           ("Message-ID", "<trinity-57e0c3a9-1b6d-4f72-8a4e-c9d0b1e2f3a4-1774379498660@3c-app-webde-bs37>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

wir möchten uns für den Planungstag am 24. April anmelden! Wir sind zu zweit, interessieren uns aber für unterschiedliche Werkstätten: Petra möchte in die Werkstatt Internationales Buffet, Jörg lieber ins Bühnenprogramm (er spielt im Posaunenchor und würde gern einen Auftritt planen).

Liebe Grüße
Petra Lindemann
Jörg Lindemann
Nachbarschaftsverein Daberg e.V.
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Russian from a parents' association mailbox: the chair and two other mothers
# ("три человека"), workshop 1 for the children's choir; "второй год" is no
# number of persons.  Association in Latin letters, „…“ quotes.
# windows-1251 base64.

@mail("becker-russian-parents-club-choir", "2027-03-26 11:40:52",
      E("registration", "info@mostik-hamm.example", "Людмила Беккер",
        "Elternverein „Mostik“ Hamm e.V.", ["W1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Elternverein Mostik <info@mostik-hamm.example>"),
           ("To", FEST),
           ("Subject", ew("Регистрация: Elternverein „Mostik“", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<001a01db9e3c$7d2e1f40$77b45dc0$@mostik-hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, уважаемые организаторы!

От нашего родительского клуба на день планирования придут три человека: я и ещё две мамы, Ольга Кравец и Елена Шульц. Мы хотим в мастерскую 1 (программа на сцене), потому что наш детский хор «Солнышко» уже второй год выступает на празднике и мы хотим обсудить выступление.

С уважением,
Людмила Беккер
Elternverein „Mostik“ Hamm e.V.
""", charset="windows-1251", cte="base64")


# -- 035 ---------------------------------------------------------------------
# German carrying the sentences with Turkish insertions ("yani", "ben annesiyim",
# "Çok teşekkürler") -> de.  A mother and her daughter Defne (15), both in the
# Werkstatt Bühnenprogramm.  Outlook.com alternative, UTF-8 QP.

AYDIN_TEXT = """Merhaba liebes Team!

Ich wollte uns noch anmelden, yani mich und meine Tochter Defne (15). Defne tanzt seit drei Jahren Halay und Folklore bei unserem Verein und will unbedingt auf die Bühne, deshalb bitte beide in die Werkstatt Bühnenprogramm. Ich bin natürlich einverstanden, ben annesiyim 😊

Çok teşekkürler, bis bald!
Songül Aydın
Türkisch-Deutscher Folkloreverein Hamm"""


@mail("aydin-german-turkish-mother-daughter-stage", "2027-04-02 18:22:09",
      E("registration", "songul.aydin@hotmail.example", "Songül Aydın",
        "Türkisch-Deutscher Folkloreverein Hamm", ["W1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Songül Aydın <songul.aydin@hotmail.example>"),
           ("To", "\"nachbarschaftsfest@hamm.example\" <nachbarschaftsfest@hamm.example>"),
           ("Subject", "Anmeldung Songül + Defne"),
           ("Thread-Topic", "Anmeldung Songül + Defne"),
           ("Thread-Index", "AQHbo7Vn2kR8wX1mT5zL9pY3sD6fHg=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2214A7B8C9D0E1F2A3B4C5D6E7F8@GV1P195MB2214.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDIN_TEXT, div_html(AYDIN_TEXT, "font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Change with a fallback to the current workshop: "von Werkstatt 4 in die
# Werkstatt 1 ... Falls Werkstatt 1 schon voll ist, bleiben wir ... beim
# Aufbau" -> [W1, W4].  Outlook alternative, windows-1252, quote block.

SCHROEER_TEXT = """Sehr geehrte Frau Hölscher,

wir würden gern von Werkstatt 4 in die Werkstatt 1 (Bühnenprogramm) wechseln, weil wir beim Fest dieses Jahr die Moderation übernehmen. Falls Werkstatt 1 schon voll ist, bleiben wir einfach beim Aufbau.

Mit freundlichen Grüßen
Klaus Schröer
Stadtteilbüro Bockum-Hövel"""


@mail("schroeer-change-w1-else-stay-w4", "2027-04-06 10:30:44",
      E("change", "k.schroeer@stadtteilbuero-bh.example", "Klaus Schröer",
        "Stadtteilbüro Bockum-Hövel", ["W1", "W4"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Schröer, Klaus" <k.schroeer@stadtteilbuero-bh.example>'),
           ("To", TO_FEST),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbi2Xw4nR7tQ0zK8mB3vY1sL6dPg=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR10MB3352E1F2A3B4C5D6E7F8091A2B3C@DB8PR10MB3352.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270302094101.8d1f@hamm.example>"),
           ("References", "<mailbot.20270302094101.8d1f@hamm.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FEST, "Dienstag, 2. März 2027 09:41",
             '"Schröer, Klaus" <k.schroeer@stadtteilbuero-bh.example>', CONFIRMATION_SUBJECT,
             confirmation("Herr Schröer", "W4", 2))
    m.alternative(outlook_plain(SCHROEER_TEXT, quote), outlook_html(SCHROEER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Question from a Kita parents' association mailbox: electricity for waffle
# irons, to be discussed in Werkstatt 3?  Registration announced for later
# ("die Anmeldung schicken wir dann"); "2 Waffeleisen" is no count.

@mail("reinholz-question-electricity-waffles", "2027-04-08 13:15:20",
      E("question", "elternverein@kita-st-agnes.example", "Stefanie Reinholz",
        "Elternverein der Kita St. Agnes", [], None, "de"), "de")
def _(m):
    m.head(("From", "Elternverein Kita St. Agnes <elternverein@kita-st-agnes.example>"),
           ("To", FEST),
           ("Subject", "Frage Strom für Waffelstand"),
           ("Date", m.date),
           ("Message-ID", "<f3a9c1e0-62d7-4b85-9e4a-0b1c2d3e4f56@kita-st-agnes.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Hölscher,

wir vom Elternverein der Kita St. Agnes überlegen, ob wir beim Planungstag dabei sind. Vorher eine Frage: Wir möchten beim Fest im Juni wieder Waffeln verkaufen und bräuchten dafür Strom (2 Waffeleisen). Wird das in der Werkstatt 3 besprochen, oder müssen wir das vorher schon mit Ihnen klären?

Wer von uns am 24. kommen kann, wissen wir erst nach unserer Sitzung nächste Woche – die Anmeldung schicken wir dann.

Freundliche Grüße
Stefanie Reinholz
Elternverein der Kita St. Agnes
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Change of workshop and size: her colleague cannot come (2 -> 1) and she
# moves from the buffet to Werkstatt 2.  Apple Mail alternative with the
# confirmation in a blockquote.

VENNEMANN_TEXT = """Hallo liebes Planungsteam,

bei uns hat sich etwas geändert: Mein Kollege Herr Öztürk aus dem Förderverein kann am 24. leider nicht, ich komme also allein. Und wenn ich schon allein bin, würde ich lieber in die Werkstatt 2 (Spielstraße) wechseln statt zum Buffet – geht das noch?

Danke und liebe Grüße
Claudia Vennemann
Förderverein Gemeinschaftsgrundschule am Kurpark"""

VENNEMANN_QUOTE = (f"Am 01.03.2027 um 14:22 schrieb {FEST_NAME} <{FEST}>:",
                   confirmation("Frau Vennemann", "W3", 2))


@mail("vennemann-change-alone-to-w2", "2027-04-12 19:40:02",
      E("change", "c.vennemann@posteo.example", "Claudia Vennemann",
        "Förderverein Gemeinschaftsgrundschule am Kurpark", ["W2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Claudia Vennemann <c.vennemann@posteo.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<0E5C9A27-3B1F-4D6E-8A02-C7F4B9D1E3A8@posteo.example>"),
           ("In-Reply-To", "<mailbot.20270301142201.1b7e@hamm.example>"),
           ("References", "<mailbot.20270301142201.1b7e@hamm.example>"),
           ("Date", m.date),
           ("To", TO_FEST),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(gmail_plain(VENNEMANN_TEXT, VENNEMANN_QUOTE),
                  apple_html(VENNEMANN_TEXT, VENNEMANN_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Arabic cancellation (a brother's wedding in another city), Gmail with an
# Arabic attribution line quoting the German confirmation.  UTF-8 base64.

KHALIL_TEXT = """السلام عليكم،

للأسف لن نستطيع الحضور يوم 24 نيسان، لأن حفل زفاف أخي في مدينة أخرى في نفس اليوم. أرجو إلغاء تسجيلنا.

نعتذر، ونتمنى لكم يوماً موفقاً.
رانيا خليل"""

KHALIL_QUOTE = (f"في الأربعاء، 3 مارس 2027 في 2:10 م كتب {FEST_NAME} <{FEST}>:",
                confirmation("Frau Khalil", "W2", 4))


@mail("khalil-arabic-cancellation-wedding", "2027-04-14 08:12:40",
      E("cancellation", "rania.khalil@gmail.example", "رانيا خليل", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rania Khalil <rania.khalil@gmail.example>"),
           ("To", TO_FEST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAC1pR6wT4kX8nY2mZ5vL9sQ7dG3hJ0cF6aE1oU8iN4bK5xR9tE@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270303141001.6a9c@hamm.example>"),
           ("References", "<mailbot.20270303141001.6a9c@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KHALIL_TEXT, KHALIL_QUOTE),
                  gmail_html(KHALIL_TEXT, rtl=True, quote=KHALIL_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Bilingual (Turkish, German) out-of-office answering the 7-day reminder,
# recognisable only from its text: no Auto-Submitted, no X-Autoreply.

@mail("cinar-bilingual-out-of-office-to-reminder", "2027-04-17 10:01:12",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Ahmet Çınar <a.cinar@herringen-tsk.example>"),
           ("To", TO_FEST),
           ("Subject", "İzindeyim / Abwesend: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270417100112.7e3a91@herringen-tsk.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
e-postanız için teşekkür ederim. 25 Nisan'a kadar izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda lütfen derneğimizi arayın: 02381 30 21 77.

Guten Tag,
vielen Dank für Ihre Nachricht. Ich bin bis zum 25. April im Urlaub und lese meine E-Mails nicht. In dringenden Fällen erreichen Sie unseren Verein unter 02381 30 21 77.

Ahmet Çınar
Herringen Türk Spor ve Kültür Derneği
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Late registration after the 16 April deadline ("Falls noch ein Platz frei
# ist"): still a registration.  "Nur ich, 1 Person."  UTF-8 8bit.

@mail("tiemann-late-registration-after-deadline", "2027-04-18 15:30:27",
      E("registration", "bernd.tiemann@t-online.example", "Bernd Tiemann",
        "Heimatverein Hamm-Pelkum", ["W4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bernd Tiemann <bernd.tiemann@t-online.example>"),
           ("To", FEST),
           ("Subject", "Nachzügler-Anmeldung Samstag"),
           ("Date", m.date),
           ("Message-ID", "<5f0b2e8a91c34d7e@t-online.example>"),
           ("X-Mailer", "T-Online Email"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

ich weiß, die Anmeldefrist war der 16. April – ich hab die Einladung erst gestern im Schaukasten vom Heimatverein gesehen. Falls noch ein Platz frei ist, würde ich gern am Samstag kommen, am liebsten zum Aufbau (Werkstatt 4). Ich bin Rentner und habe einen Anhänger, den könnte ich fürs Fest auch zur Verfügung stellen.

Nur ich, 1 Person.

Gruß
Bernd Tiemann
Heimatverein Hamm-Pelkum
""", charset="utf-8", cte="8bit")


# -- 042 ---------------------------------------------------------------------
# Cancellation of a father with his sons, plain-text Outlook quote
# ("-----Ursprüngliche Nachricht-----"); windows-1252 QP.

@mail("gerdes-cancellation-football-tournament", "2027-04-19 07:45:33",
      E("cancellation", "ralf.gerdes@arcor.example", "Ralf Gerdes", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Ralf Gerdes <ralf.gerdes@arcor.example>"),
           ("To", TO_FEST),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002b01dbb0f1$2c4d6e80$84e84b80$@arcor.example>"),
           ("In-Reply-To", "<mailbot.20270228201501.4c8a@hamm.example>"),
           ("References", "<mailbot.20270228201501.4c8a@hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

wir müssen unsere Anmeldung für Samstag leider komplett zurückziehen. Die Jungs haben kurzfristig ein Fußballturnier und ich fahre. Vielleicht klappt es nächstes Jahr.

Gruß
Ralf Gerdes

-----Ursprüngliche Nachricht-----
Von: {TO_FEST}
Gesendet: Sonntag, 28. Februar 2027 20:15
An: ralf.gerdes@arcor.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Gerdes", "W4", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation written without umlauts ("muessen", "fuer"); the couple
# cancels because his wife is ill.  GMX quote block.  UTF-8 QP.

@mail("kamphues-cancellation-no-umlauts", "2027-04-20 21:10:48",
      E("cancellation", "h.kamphues@gmx.example", "Horst Kamphues",
        "Schuetzenverein Hamm-Rhynern", [], None, "de"), "de")
def _(m):
    m.head(("From", "Horst Kamphues <h.kamphues@gmx.example>"),
           ("To", TO_FEST),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-a0c7e3f1-4d92-4b68-8e15-2f9a0b1c3d57-1776712248337@3c-app-gmx-bs61>"),
           ("In-Reply-To", "<mailbot.20270313164801.2f5d@hamm.example>"),
           ("References", "<mailbot.20270313164801.2f5d@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider muessen meine Frau und ich fuer Samstag absagen. Meine Frau ist krank geworden und ich bleibe bei ihr. Bitte streichen Sie uns von der Liste.

Mit freundlichem Gruss
Horst Kamphues
Schuetzenverein Hamm-Rhynern


Gesendet: Samstag, 13. März 2027 um 16:48 Uhr
Von: "{FEST_NAME}" <{FEST}>
An: h.kamphues@gmx.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Herr Kamphues", "W3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Russian, a mother cancels her daughter's registration (swimming competition);
# name = the attendee she names.  Webmail quote header "... от ...:" in Russian.
# UTF-8 8bit.

@mail("fischer-russian-cancels-daughter", "2027-04-21 18:33:05",
      E("cancellation", "t.fischer@mail.example", "Вероника Фишер", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Татьяна Фишер <t.fischer@mail.example>"),
           ("To", TO_FEST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1776789185.402918375@f733.i.mail.example>"),
           ("In-Reply-To", "<mailbot.20270224194901.0d2b@hamm.example>"),
           ("References", "<mailbot.20270224194901.0d2b@hamm.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый вечер!

К сожалению, моя дочь не сможет прийти в субботу – у неё в этот день соревнования по плаванию в Дортмунде. Пожалуйста, отмените регистрацию: Вероника Фишер, мастерская 2.

Спасибо и извините!
Татьяна Фишер


Среда, 24 февраля 2027, 19:49 +01:00 от {FEST_NAME} <{FEST}>:
{gt_quote(confirmation("Frau Fischer", "W2", 1))}
""", charset="utf-8", cte="8bit")



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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def check_labels(e, msg, m):
    """The label is well formed and agrees with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
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
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    # decoded headers and the written texts (HTML unescaped)
    hdrs = "\n".join(f"{k}: {v}" for k, v in msg.items())
    texts = "\n".join(html.unescape(t) for t in m.intended if isinstance(t, str))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            addrs = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in addrs and em not in texts.lower():
                problems.append(f"email {em} is neither sender nor named in the text")
            if not EXAMPLE_DOMAIN.search(em.split("@")[1]):
                problems.append("email not in an example domain")
        if not e["name"] or e["name"] not in hdrs + "\n" + texts:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in texts:
            problems.append(f"organisation {e['organisation']!r} not written in the text")
        if e["language"] not in LANGUAGES:
            problems.append(f"bad language {e['language']}")
        if kind in ("change", "cancellation"):
            if msg.get("In-Reply-To") is None or "Angemeldete Personen:" not in texts:
                problems.append("change/cancellation must answer and quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
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
    if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 24, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Feb - 23 Apr 2027")
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
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, m)
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice, 40-45 mails."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} already sent {seen[sender]}")
        seen[sender] = name
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
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
    print("  " + " ".join(f"{l:>4}" for l in ["kind".ljust(12)] + langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:12} " + " ".join(f"{v:>4}" for v in row) + f"  {sum(row):>3}")
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
