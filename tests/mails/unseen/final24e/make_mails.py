#!/usr/bin/env python3
"""Build the "final24e" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the Tag der Migrantenselbstorganisationen 2027 in Münster (same config as
dev), written by Roma and Sinti associations and by the Romanian, Moldovan,
Bulgarian, Hungarian and Macedonian communities, some through social workers.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, and that
the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Standard library only (Python 3.11).
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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
# ISO 639-1 codes used here, plus "rom" for Romani, which has no ISO 639-1 code
# (see README.md, labelling decision 1).
LANGS = ("de", "en", "ro", "bg", "hu", "mk", "ru", "rom")


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
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final24e/{slug}/{n}".encode()).hexdigest()


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
        self.header_texts = {}      # header name -> decoded text we meant
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False, decoded=None):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8.
        `decoded` maps a header name to the text a hand-encoded value must
        decode to (checked after writing)."""
        self.crlf = crlf
        self.header_texts = dict(decoded or {})
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
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
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
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_VI1PR08MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append(f"({line}) Tj")
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
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
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
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels=None):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    von, gesendet, an, betreff = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        q_from, q_sent, q_to, q_subject, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{von}</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(q_from)} <br>\n"
                   f"<b>{gesendet}</b> {esc(q_sent)}<br>\n"
                   f"<b>{an}</b> {esc(q_to)}<br>\n"
                   f"<b>{betreff}</b> {esc(q_subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    q_from, q_sent, q_to, q_subject, quoted = quote
    return (f"{text}\n\n{von} {q_from}\n{gesendet} {q_sent}\n{an} {q_to}\n"
            f"{betreff} {q_subject}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, quote_html=""):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    lines = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{lines}</blockquote></div>")


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
# Exchange out-of-office (German and English) answering the invitation;
# Auto-Submitted: auto-generated, X-Auto-Response-Suppress, Outlook alternative.

KINDERHAUS_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 22. Januar 2027, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@stadtteilhaus-kinderhaus.example oder telefonisch an 0251 / 21 44 30.

Thank you for your message. I am out of the office until Friday, 22 January 2027. Your e-mail will not be forwarded. For urgent matters please contact info@stadtteilhaus-kinderhaus.example.

Jana Overbeck
Stadtteilhaus Kinderhaus"""


@mail("overbeck-exchange-out-of-office-invitation", "2027-01-12 13:03:41",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", "Jana Overbeck <j.overbeck@stadtteilhaus-kinderhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQk3xN8b0s4mP0e1kq2wY7oR5A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412E0A7C3F2B1D6@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "j.overbeck@stadtteilhaus-kinderhaus.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(KINDERHAUS_OOF, outlook_html(KINDERHAUS_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Sinti association; Thunderbird reply quoting the whole invitation (format=flowed,
# 8bit).  He and the school mediator (named) = 2; "AG 1" only in the new text.

@mail("weiss-sinti-union-reply-quoting-invitation", "2027-01-12 16:22:07",
      E("registration", "r.weiss@sinti-union-muensterland.example", "Rudolf Weiß",
        "Sinti-Union Münsterland e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rudolf Weiß <r.weiss@sinti-union-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7c2e9a41-0d5b-4f3e-8a61-2b9c4d7e1f08@sinti-union-muensterland.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung, die wir gerne annehmen. Für die Sinti-Union
Münsterland melde ich mich und unseren Schulmediator Marco Franz an.
Wir möchten beide in die Arbeitsgruppe 1 (Bildungssystem) – das Thema
Schule brennt unseren Familien seit Jahren unter den Nägeln.

Mit freundlichen Grüßen
Rudolf Weiß
1. Vorsitzender

-- 
Sinti-Union Münsterland e.V.
Grevener Straße 214 · 48159 Münster
www: https://sinti-union-muensterland.example

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Romanian with comma-below ș/ț, Gmail multipart/alternative, UTF-8 QP.
# "Vom fi trei persoane" = 3; "grupa de lucru 3"; the running text has the
# genitive "Asociației", the signature the base form.

MUNTEANU_TEXT = """Bună ziua,

Mă numesc Ioana Munteanu și sunt secretara Asociației Românilor din Münster. Aș dori să ne înscriem la Ziua Organizațiilor de Migranți (Tag der Migrantenselbstorganisationen) din 13 martie 2027.

Vom fi trei persoane: eu, președintele asociației, domnul Adrian Pop, și o colegă din comitet. Ne-ar interesa grupa de lucru 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement –, pentru că anul acesta vrem să depunem prima noastră cerere de finanțare la oraș.

Vă mulțumesc frumos și o zi bună!

Cu stimă,
Ioana Munteanu
Asociația Românilor din Münster e.V."""


@mail("munteanu-romanian-gmail", "2027-01-13 09:10:33",
      E("registration", "ioana.munteanu@mail.example", "Ioana Munteanu",
        "Asociația Românilor din Münster e.V.", ["AG3"], 3, "ro"), "ro")
def _(m):
    m.head(("From", "Ioana Munteanu <ioana.munteanu@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Înscriere – Tag der Migrantenselbstorganisationen", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAHx7Rq2m0Lp9Vt4kW1nZ8sB3dF6gJ5hY0eU2oA7cN4iK1xQvTw@mail.gmail.example>"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Înscriere – Tag der Migrantenselbstorganisationen"})
    m.alternative(MUNTEANU_TEXT, gmail_html(MUNTEANU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Learner German by a Bulgarian ("wir sind 2 Person", "Arbeitsgrupe 1");
# the association's name is written with her own grammar and spelling.

@mail("todorova-learner-german-bulgarian-verein", "2027-01-13 17:44:18",
      E("registration", "galina.todorova@abv-mail.example", "Galina Todorova",
        "Bulgarische Kulturverein Rodolubie Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Galina Todorova <galina.todorova@abv-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1073826458.218734.1768322658120@nm31.abv-mail.example>"),
           ("X-Mailer", "AbvMail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich möchte mich anmelden für MSO Tag am 13 März. Wir sind 2 Person, ich und meine Mann. Wir interessieren für Arbeitsgrupe 1 Bildung, weil unsere Kinder gehen in die Schule und wir haben viele Fragen wie funktioniert die Schulsystem in Deutschland.

Ich bin in Vorstand von Bulgarische Kulturverein Rodolubie Münster.

Mit freundliche Grüße
Galina Todorova
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Bulgarian (Cyrillic), Outlook alternative in windows-1251 QP; Latin display
# name, Cyrillic signature.  "ще бъдем две" = 2; group 1, else group 3.

ILIEVA_TEXT = """Уважаеми дами и господа,

Казвам се Мария Илиева и съм учителка в българското неделно училище в Мюнстер. Бих искала да се регистрирам за Деня на мигрантските организации на 13 март 2027 г.

Ще дойда с още една учителка от училището, т.е. ще бъдем две.
Бихме искали да участваме в работна група 1 (Bildungssystem). Ако там няма места, група 3 също е добре.

Благодаря предварително!

С уважение,
Мария Илиева
Българско неделно училище „Св. св. Кирил и Методий“ – Мюнстер"""


@mail("ilieva-bulgarian-outlook-cp1251", "2027-01-14 09:05:52",
      E("registration", "m.ilieva@nedelno-uchilishte-ms.example", "Мария Илиева",
        "Българско неделно училище „Св. св. Кирил и Методий“ – Мюнстер",
        ["AG1", "AG3"], 2, "bg"), "bg", tz=0)
def _(m):
    m.head(("From", "Maria Ilieva <m.ilieva@nedelno-uchilishte-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Регистрация за 13 март", "windows-1251", "b")),
           ("Thread-Topic", ew("Регистрация за 13 март", "windows-1251", "b")),
           ("Thread-Index", "AdtmWq0c9f2S1rTkQ3mB6yN8vE4jHw=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3377B5C1D0E9F8A7@AM0PR10MB3377.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "bg-BG, de-DE"),
           ("Content-Language", "bg-BG"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Регистрация за 13 март"})
    m.alternative(outlook_plain(ILIEVA_TEXT),
                  outlook_html(ILIEVA_TEXT, charset="windows-1251", lang="BG"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# A Caritas social worker registers a client and her husband (2); she herself
# does not come and asks for the confirmation at her own address.  The client's
# group is the organisation, not the social worker's employer.

WESSELS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich bin Sozialarbeiterin im Fachdienst Zuwanderung aus Südosteuropa der Caritas Münster und schreibe Ihnen im Auftrag von Frau Florentina Căldăraru. Frau Căldăraru engagiert sich seit letztem Jahr in der Roma-Elterninitiative Kinderhaus und möchte gerne mit ihrem Mann am Tag der Migrantenselbstorganisationen teilnehmen, und zwar in der AG 1 (Bildungssystem).

Frau Căldăraru hat keine eigene E-Mail-Adresse. Bitte schicken Sie die Bestätigung an mich, ich gebe sie weiter. Ich selbst werde an dem Tag nicht dabei sein, Frau Căldăraru versteht gut Deutsch.

Mit freundlichen Grüßen

Katharina Wessels
Sozialarbeiterin (B.A.)
Caritasverband für die Stadt Münster e.V.
Fachdienst Zuwanderung aus Südosteuropa
Josefstraße 2 · 48151 Münster
Tel. 0251 / 53 00 9-412

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("wessels-caritas-registers-client-couple", "2027-01-14 18:30:12",
      E("registration", "k.wessels@caritas-ms.example", "Florentina Căldăraru",
        "Roma-Elterninitiative Kinderhaus", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wessels, Katharina" <k.wessels@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag für Frau Căldăraru"),
           ("Thread-Topic", "Anmeldung MSO-Tag für Frau Căldăraru"),
           ("Thread-Index", "AdtmqF1x0bT7kL2sR9pQ4wE6yU3iNg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1650A2E9C47D3B10@FR3P281MB1650.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WESSELS_TEXT), outlook_html(WESSELS_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Hungarian, iso-8859-2 QP; display name without accents, signature in
# Hungarian name order (family name first).  "40 gyerek" is not a party size.

@mail("szabo-hungarian-weekend-school-latin2", "2027-01-15 08:12:40",
      E("registration", "szabo.katalin@freemail-hu.example", "Szabó Katalin",
        "Münsteri Magyar Hétvégi Iskola", ["AG1"], 1, "hu"), "hu")
def _(m):
    m.head(("From", "Katalin Szabo <szabo.katalin@freemail-hu.example>"),
           ("To", MSO),
           ("Subject", ew("Jelentkezés - MSO-Tag március 13.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270115081240.6D1F.szabo.katalin@freemail-hu.example>"),
           ("X-Mailer", "Freemail Webmail 4.2"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Jelentkezés - MSO-Tag március 13."})
    m.single("""Tisztelt Hölgyem/Uram!

A Münsteri Magyar Hétvégi Iskola nevében szeretnék jelentkezni a március 13-i Tag der Migrantenselbstorganisationen rendezvényre. Az 1. munkacsoport (Bildungssystem, vagyis oktatás) érdekel a legjobban, mivel iskolánkban minden szombaton 40 gyerek tanul magyarul.

Egyedül fogok jönni.

Üdvözlettel:
Szabó Katalin
iskolavezető
Münsteri Magyar Hétvégi Iskola
""", charset="iso-8859-2", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Macedonian (Cyrillic) from an iPhone, UTF-8 base64.  "Ќе дојдеме тројца" = 3;
# "втората работна група" = AG 2.

@mail("stojanovski-macedonian-iphone", "2027-01-15 21:40:26",
      E("registration", "goran.stojanovski@mail.example", "Горан Стојановски",
        "Македонско културно друштво „Илинден“ – Минстер", ["AG2"], 3, "mk"), "mk")
def _(m):
    m.head(("From", "Goran Stojanovski <goran.stojanovski@mail.example>"),
           ("To", MSO),
           ("Subject", "Пријава MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<9E4B1C27-5D3A-4F8E-B6C0-2A7D9E1F3B54@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""Почитувани,

Би сакале да се пријавиме за Денот на организациите на мигрантите (Tag der Migrantenselbstorganisationen) на 13 март. Ќе дојдеме тројца: јас, мојата сопруга и претседателот на друштвото.

Нè интересира втората работна група – за иднината на Минстер (Zukunftsprozess).

Поздрав,
Горан Стојановски
Македонско културно друштво „Илинден“ – Минстер

Испратено од мојот iPhone
""", charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Question only (Sinti association): will photos be published?  She will
# register after the answer; "drei, vier Leuten" is no registration.

@mail("steinbach-sinti-question-photos", "2027-01-16 11:02:45",
      E("question", "petra.steinbach@sinti-kulturverein-ms.example", "Petra Steinbach",
        "Kulturverein Deutscher Sinti Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Petra Steinbach <petra.steinbach@sinti-kulturverein-ms.example>"),
           ("To", MSO),
           ("Subject", "Frage zum MSO-Tag (Fotos)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4b8d2e61-7a0c-4f9e-b3d5-1c6a8e2f0d97-1768557765331@3c-app-webde-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Meza Correa-Flock,

wir haben Ihre Einladung bekommen und würden gern mit drei, vier Leuten kommen. Vorher habe ich aber eine Frage: Werden bei der Veranstaltung Fotos oder Filmaufnahmen gemacht, die später veröffentlicht werden (Homepage, Zeitung, Facebook)? Einige unserer älteren Mitglieder möchten auf keinen Fall fotografiert werden – das hat bei uns Sinti leider einen geschichtlichen Hintergrund.

Wenn Sie mir das beantworten können, melde ich uns danach richtig an.

Viele Grüße
Petra Steinbach
Kulturverein Deutscher Sinti Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Romani (Balkan Arli variety, Latin script with č/š/ž), Gmail plain.
# "Ka avas me thaj mi romni, duj džene" = my wife and I, two people;
# "dujto grupa" = the second group.

@mail("memedov-romani-phralipe", "2027-01-17 13:15:09",
      E("registration", "senad.memedov@mail.example", "Senad Memedov",
        "Phralipe Münster e.V.", ["AG2"], 2, "rom"), "rom")
def _(m):
    m.head(("From", "Senad Memedov <senad.memedov@mail.example>"),
           ("To", MSO),
           ("Subject", "Prijava - MSO Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAP3kVn8Qx1bT6rW0mZ4sL7dH2fJ9gY5eK1uC8oA3iN6vR0wXpq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Lačho dive,

mo anav si Senad Memedov, me sem andar o Phralipe Münster e.V. (amari romani organizacija ko Münster). Kamav te prijavinav amen ko Tag der Migrantenselbstorganisationen ko 13. mart.

Ka avas me thaj mi romni, duj džene.
Amen kamas te džas ki dujto grupa (AG 2, Zukunftsprozess), golese so kamas te vakeras sar te dikhel o foro e Romenqe.

Najis tumenge thaj but sastipe,
Senad Memedov
Phralipe Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Phone mail in lower case without punctuation by a Romanian Rom writing
# learner German; alias "schule"; "4 personen"; signed only "marian", so the
# display name is the fullest name.

@mail("lacatus-phone-lowercase-schule", "2027-01-18 22:51:30",
      E("registration", "marianlacatus1987@mail.example", "Marian Lacatus",
        "Romano Drom", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Marian Lacatus <marianlacatus1987@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k2x9w7.1768773090.samsung.marianlacatus1987@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo

ich will anmelden für 13 märz ich bin von verein Romano Drom wir komen 4 personen ich und 3 männer von verein. gruppe mit schule bitte weil unsere kinder haben problem in schule

danke schön
marian

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Moldovan writing Romanian without diacritics except the one "Münster" in
# brackets (Gmail alternative, UTF-8 QP); "doua persoane" = 2; "grupa 2".

@mail("rusu-moldovan-romanian-no-diacritics", "2027-01-19 09:30:18",
      E("registration", "natalia.rusu88@mail.example", "Natalia Rusu",
        "Asociatia Moldovenilor din Munster", ["AG2"], 2, "ro"), "ro")
def _(m):
    text = """Buna ziua,

ma numesc Natalia Rusu si sunt din partea Asociatiei Moldovenilor din Munster. As dori sa ma inscriu la ziua organizatiilor migrantilor din 13 martie.
Vin impreuna cu sotul meu, deci doua persoane.
Ne intereseaza grupa 2 (despre viitorul orasului Münster / Zukunftsprozess).

Multumesc anticipat,
Natalia Rusu
Asociatia Moldovenilor din Munster"""
    m.head(("From", "Natalia Rusu <natalia.rusu88@mail.example>"),
           ("To", MSO),
           ("Subject", "inscriere 13 martie"),
           ("Date", m.date),
           ("Message-ID", "<CAN5rQd1Hk8zP3mX7wL0bV9tS2fG4jY6eA1uK8oC5iR3nT7wZmq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 013 ---------------------------------------------------------------------
# Hungarian chairman writing German; Outlook HTML only in windows-1250 QP.
# Workgroups only paraphrased: Förderung first, "den Zukunftsprozess" as
# fallback; "ich und zwei Mitglieder" = 3.

NAGY_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich uns, den Ungarischen Kulturverein Münster, zum Tag der Migrantenselbstorganisationen an. Wir kommen mit drei Personen (ich und zwei Mitglieder von unserem Vorstand).

Am meisten interessiert uns die Arbeitsgruppe über Förderungsmöglichkeiten und Vereinsmanagement, falls dort kein Platz mehr ist, nehmen wir auch gerne den Zukunftsprozess.

Mit freundlichen Grüßen

Gábor Nagy
Vorsitzender
Ungarischer Kulturverein Münster e.V.
Tel. 0251 / 98 76 543"""


@mail("nagy-hungarian-verein-outlook-html-cp1250", "2027-01-19 14:02:57",
      E("registration", "gabor.nagy@ukv-muenster.example", "Gábor Nagy",
        "Ungarischer Kulturverein Münster e.V.", ["AG3", "AG2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Nagy Gábor", "gabor.nagy@ukv-muenster.example", "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO 2027"),
           ("Thread-Topic", "Anmeldung Tag der MSO 2027"),
           ("Thread-Index", "AdtqPz6m1Yk0rG8hS3bN5vW2eT7cUQ=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4490F7C2A1D9E8B3@VI1PR03MB4490.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "hu-HU, de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Nagy Gábor <gabor.nagy@ukv-muenster.example>"})
    m.single(outlook_html(NAGY_TEXT, charset="windows-1250"), subtype="html",
             charset="windows-1250", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation for a registrant not in
# this set came back "mailbox full" (5.2.2); the returned message names AG 3.

@mail("postfix-bounce-mailbox-full", "2027-01-20 10:40:06",
      E("bounce", bounced="ionut.covaci@posta-ro.example"), "en")
def _(m):
    rcpt = "ionut.covaci@posta-ro.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270120094006.2B7C41C0F3@mail.muenster.example>"),
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

<{rcpt}>: host mx.posta-ro.example[198.51.100.77] said: 552
    5.2.2 <{rcpt}>: Mailbox quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B7C41C0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 20 Jan 2027 10:40:02 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.posta-ro.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox quota exceeded")])
    original = confirmation_message(
        f"Ionut Covaci <{rcpt}>", "Herr Covaci", "AG3", 2,
        "Wed, 20 Jan 2027 10:40:01 +0100", "<mailbot.20270120104001.7d2c@muenster.example>",
        "<CAF2pXw9Lm4tB0rK7vS1nZ6dH3gJ8eY5cU2oA9iQ4xN7wR1kTbq@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# Sinti woman from an iPhone; alias "Münsters Zukunft"; "(19)" is an age;
# an emoji forces UTF-8.  She and her daughter = 2.

@mail("rose-sinti-frauenkreis-iphone", "2027-01-20 18:12:44",
      E("registration", "sandra.rose@mail.example", "Sandra Rose",
        "Sinti-Frauenkreis Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sandra Rose <sandra.rose@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<4F1D8A3C-2B7E-4C96-A0D5-E3B9F6C1A827@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom MSO-Tag,

ich würde gern kommen und meine Tochter Jasmin (19) mitbringen, sie macht gerade ihr Fachabi und interessiert sich für Politik. Wir möchten in die Gruppe Münsters Zukunft.

Wir sind vom Sinti-Frauenkreis Münster, falls das wichtig ist 😊

Liebe Grüße
Sandra Rose

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Bulgarian (Cyrillic), Outlook alternative, UTF-8 base64; "Ще дойда сам" = 1;
# "третата работна група" = AG 3; phone number in the signature.

GEORGIEV_TEXT = """Здравейте,

Бих искал да се регистрирам за събитието на 13 март 2027 г. в Мюнстер. Ще дойда сам.
Интересувам се от третата работна група – за финансирането и управлението на сдружения (Förderungsmöglichkeiten und effektives Vereinsmanagement).

Поздрави,
Николай Георгиев
Председател
Българско културно-просветно дружество „Христо Ботев“ – Мюнстер
Тел.: 0176 / 123 45 678"""


@mail("georgiev-bulgarian-outlook-base64", "2027-01-21 11:00:19",
      E("registration", "n.georgiev@botev-muenster.example", "Николай Георгиев",
        "Българско културно-просветно дружество „Христо Ботев“ – Мюнстер",
        ["AG3"], 1, "bg"), "bg", tz=0)
def _(m):
    m.head(("From", "Nikolay Georgiev <n.georgiev@botev-muenster.example>"),
           ("To", MSO),
           ("Subject", "Регистрация – Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Регистрация – Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtrE9k2vQ1mS8xP0bT4nW7yR3fLcA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR06MB7013C9E1B2A0D4F6@PA4PR06MB7013.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "bg-BG"),
           ("Content-Language", "bg-BG"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(GEORGIEV_TEXT),
                  outlook_html(GEORGIEV_TEXT, charset="utf-8", lang="BG"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Diakonie social worker registers herself and three women of a Romnja group
# (4); she comes along to translate.  The organisation is her agency as signed;
# a request about name badges does not make it a question.

@mail("brockmann-diakonie-romnja-group", "2027-01-22 09:48:35",
      E("registration", "l.brockmann@diakonie-ms.example", "Lisa Brockmann",
        "Diakonie Münster – Stadtteiltreff Berg Fidel", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Lisa Brockmann <l.brockmann@diakonie-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Romnja-Gruppe Berg Fidel"),
           ("Date", m.date),
           ("Message-ID", "<a93f0c72-5e1d-4b8a-9c26-0f7e3d1b4a58@diakonie-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

ich möchte mich und drei Frauen aus unserer Romnja-Gruppe für den MSO-Tag anmelden. Die Frauen kommen aus Rumänien und Bulgarien und treffen sich jeden Dienstag bei uns im Stadtteiltreff. Sie möchten gern in die AG 2, weil sie viel über ihren Stadtteil zu sagen haben (Wohnungen, Spielplätze, Busverbindung). Ich komme als Begleitung und zum Übersetzen mit.

Noch eine Bitte: Könnten die Frauen am Eingang Namensschilder nur mit Vornamen bekommen? Danke!

Herzliche Grüße
Lisa Brockmann
Sozialarbeiterin

Diakonie Münster – Stadtteiltreff Berg Fidel
Hogenbergstraße 158, 48153 Münster
""", charset="utf-8", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Question only, Romanian in iso-8859-2 with the legacy cedilla letters ş/ţ;
# the numbered list is not a workgroup choice; "biserica ortodoxă română" is a
# description, not an organisation's name.

@mail("oprea-romanian-question-latin2-cedilla", "2027-01-23 20:33:14",
      E("question", "cristina.oprea@yahoo-ro.example", "Cristina Oprea", None, [], None, "ro"),
      "ro")
def _(m):
    m.head(("From", "Cristina Oprea <cristina.oprea@yahoo-ro.example>"),
           ("To", MSO),
           ("Subject", ew("Întrebare despre ziua din 13 martie", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<1204857312.3318470.1769196794221@mail.yahoo-ro.example>"),
           ("X-Mailer", "WebService/1.1.22 YMailNorrin"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Întrebare despre ziua din 13 martie"})
    m.single("""Bună ziua,

Am primit invitaţia de la o prietenă şi aş avea câteva întrebări înainte să mă înscriu:
1. Trebuie să plătim ceva pentru participare?
2. Poate participa cineva care nu este membru într-o asociaţie? Eu lucrez ca voluntară la biserica ortodoxă română, dar nu suntem înregistraţi ca asociaţie.
3. Se va vorbi doar germană? Germana mea nu este încă foarte bună.

Vă mulţumesc mult!
Cristina Oprea
""", charset="iso-8859-2", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Romanian Orthodox priest, UTF-8 8bit; signs "Pr." (preot), which is a title,
# not part of the name.  Group three first, group 1 second; "vom fi două
# persoane" = 2.  The parish is named in the signature only.

@mail("ciobanu-romanian-parish-priest", "2027-01-25 10:10:51",
      E("registration", "pr.ciobanu@parohia-sf-nicolae-ms.example", "Vasile Ciobanu",
        "Parohia Ortodoxă Română „Sfântul Nicolae“ Münster", ["AG3", "AG1"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Vasile Ciobanu <pr.ciobanu@parohia-sf-nicolae-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7d19-3c2a-48f6-9e1b-a4d7c0f2e863@parohia-sf-nicolae-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "ro"),
           ("MIME-Version", "1.0"))
    m.single("""Stimată doamnă Meza Correa-Flock,

Vă mulțumesc pentru invitație. Din partea parohiei noastre doresc să particip la Ziua Organizațiilor Migranților pe 13 martie, împreună cu dascălul parohiei, domnul Ștefan Moldovan. Așadar vom fi două persoane.

Ne-ar interesa în primul rând grupa a treia (Förderungsmöglichkeiten), pentru că avem nevoie de sprijin pentru activitățile cu tinerii. Dacă nu mai sunt locuri acolo, atunci grupa 1 (Bildung).

Cu stimă și binecuvântări,
Pr. Vasile Ciobanu
Parohia Ortodoxă Română „Sfântul Nicolae“ Münster
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Change in learner German (Outlook for Android, English quote header):
# "nicht mehr Gruppe 1 sondern Gruppe 3" -> AG3.  The quoted confirmation
# names AG 1.

@mail("balan-change-learner-german-outlook-android", "2027-01-26 14:27:03",
      E("change", "adrian.balan@mail.example", "Adrian Bălan",
        "Asociația Tinerilor Români Münster", ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "Adrian Bălan <adrian.balan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8P194MB1207D3E5F1A9C2B4@AS8P194MB1207.EURP194.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270121151244.4e1b@muenster.example>"),
           ("References", "<mailbot.20270121151244.4e1b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo

bitte änderen sie meine Gruppe, ich will nicht mehr Gruppe 1 sondern Gruppe 3 Förderung. Mein Kollege hat gesagt dort ist besser für unsere Verein.

Danke
Adrian Bălan
Asociația Tinerilor Români Münster

Get Outlook for Android<https://aka.example/AAb9ysg>
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Thursday, January 21, 2027 3:12:44 PM
To: Adrian Bălan <adrian.balan@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Bălan", "AG1", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# A social worker forwards her client's Romanian message (German Gmail) and
# asks to confirm to the client's own address, in Romanian if possible.
# "Vin cu fata mea cea mare" = 2; "grupa cu școala" = AG 1.

@mail("luetke-brintrup-forwards-client-romanian", "2027-01-27 11:05:37",
      E("registration", "mihaela.dumitru85@mail.example", "Mihaela Dumitru", None,
        ["AG1"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Verena Lütke-Brintrup <v.luetke-brintrup@skf-muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAE9qLm3Tz7bW1nR5vK0sX8dF2hJ6gY4eU9oA3iC7pN1wQ5kMtg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hallo Frau Meza Correa-Flock,

Frau Mihaela Dumitru, die ich in unserer Beratung begleite, möchte am MSO-Tag teilnehmen. Sie hat mir ihre Anmeldung auf Rumänisch geschickt (unten). Kurz zusammengefasst: Sie kommt mit ihrer Tochter und möchte in die Gruppe zum Thema Schule.

Bitte schicken Sie die Bestätigung direkt an Frau Dumitru: mihaela.dumitru85@mail.example
Sie liest Rumänisch deutlich besser als Deutsch – falls Sie auf Rumänisch antworten können, wäre das super.

Viele Grüße
Verena Lütke-Brintrup
SkF Münster – Migrationsberatung

---------- Weitergeleitete Nachricht ---------
Von: Mihaela Dumitru <mihaela.dumitru85@mail.example>
Date: Di., 26. Jan. 2027 um 21:47 Uhr
Subject: MSO
To: <v.luetke-brintrup@skf-muenster.example>


Bună seara doamna Verena,
vă rog să mă înscrieți la întâlnirea aia din 13 martie din centru. Vin cu fata mea cea mare, Andreea, ea vorbește germana bine. Ne interesează grupa cu școala, că băiatul meu are probleme la școală.
Mulțumesc frumos,
Mihaela"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 022 ---------------------------------------------------------------------
# Macedonian (Cyrillic), Gmail alternative UTF-8 QP; workgroup only by its
# topic ("работната група за образование"); "Ќе дојдам сама" = 1.

TRAJKOVSKA_TEXT = """Здраво,

Јас сум Билјана Трајковска, членка на нашата црковна општина во Минстер. Би сакала да се пријавам за 13 март. Ќе дојдам сама.

Ме интересира работната група за образование (Bildungssystem), бидејќи водам мало училиште по македонски јазик за децата од општината.

Со почит,
Билјана Трајковска
Македонска православна црковна општина „Св. Климент Охридски“ – Минстер"""


@mail("trajkovska-macedonian-gmail", "2027-01-28 19:57:22",
      E("registration", "biljana.trajkovska@mail.example", "Билјана Трајковска",
        "Македонска православна црковна општина „Св. Климент Охридски“ – Минстер",
        ["AG1"], 1, "mk"), "mk")
def _(m):
    m.head(("From", addr("Билјана Трајковска", "biljana.trajkovska@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Пријава за 13 март", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM1vBw6Pz0kR4nT8mX2sL9dG3hJ7fY5eQ1uC6oA8iK4xN0wRlt@mail.gmail.example>"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Билјана Трајковска <biljana.trajkovska@mail.example>",
                    "Subject": "Пријава за 13 март"})
    m.alternative(TRAJKOVSKA_TEXT, gmail_html(TRAJKOVSKA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Auto-reply of a volunteer-run school (Romanian and German) to its
# confirmation, recognisable only from the text: no Auto-Submitted, no
# X-Autoreply, an ordinary "Re:" subject.

@mail("scoala-romaneasca-autoreply-text-only", "2027-01-29 08:20:16",
      E("auto_reply"), "ro")
def _(m):
    m.head(("From", ew("Școala Românească Münster", "utf-8", "q")
            + " <contact@scoala-romaneasca-ms.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoresp.1769671216.55210@scoala-romaneasca-ms.example>"),
           ("In-Reply-To", "<mailbot.20270129082011.91ca@muenster.example>"),
           ("References", "<mailbot.20270129082011.91ca@muenster.example>"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Școala Românească Münster <contact@scoala-romaneasca-ms.example>"})
    m.single("""Vă mulțumim pentru mesaj! Suntem voluntari și citim e-mailurile o dată pe săptămână, de obicei duminica. Vă vom răspunde cât mai curând.

Vielen Dank für Ihre Nachricht! Wir arbeiten ehrenamtlich und lesen unsere E-Mails einmal pro Woche, meistens sonntags. Wir melden uns so bald wie möglich.

Școala Românească Münster
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Hungarian typed without accents on a German keyboard (ASCII apart from
# "Münster"); "Ketten jovunk" = 2; "A harmadik csoport" = AG 3; the new
# association is named in the running text only; name signed family-first.

@mail("horvath-hungarian-no-accents", "2027-02-01 17:40:08",
      E("registration", "horvath.zsolt@mail.example", "Horvath Zsolt",
        "Munsteri Magyar Csaladok Kore", ["AG3"], 2, "hu"), "hu")
def _(m):
    m.head(("From", "Zsolt Horvath <horvath.zsolt@mail.example>"),
           ("To", MSO),
           ("Subject", "jelentkezes MSO nap"),
           ("Date", m.date),
           ("Message-ID", "<CAK0wRt5Nz2bQ8mV4pX1sL7dH9fJ3gY6eA0uC2oK5iT8nW4xPyh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sziasztok!

Szeretnenk jelentkezni a marcius 13-i MSO napra. Ketten jovunk, en es a felesegem.
A harmadik csoport erdekel minket (Förderung), mert most alapitottunk egy kis egyesuletet a Münsterben elo magyar csaladoknak, a neve Munsteri Magyar Csaladok Kore.

Koszi szepen,
Horvath Zsolt
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), Bulgarian, Gmail with the Bulgarian
# attribution line; "Работната група остава същата" = no new workgroup.

KOLEVA_TEXT = """Здравейте,

Искам да променя броя на участниците – ще дойде и съпругът ми, така че ще бъдем трима, а не двама. Работната група остава същата.

Благодаря!
Ралица Колева"""

KOLEVA_ATTR = (f"На пн, 18.01.2027 г. в 11:05 ч. Tag der Migrantenselbstorganisationen "
               f"<{MSO}> написа:")


@mail("koleva-bulgarian-change-party-size", "2027-02-02 10:15:42",
      E("change", "ralitsa.koleva@abv-mail.example", "Ралица Колева", None, [], 3, "bg"),
      "bg")
def _(m):
    conf = confirmation("Frau Koleva", "AG2", 2)
    m.head(("From", "Ralitsa Koleva <ralitsa.koleva@abv-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB4nSx2Kq7vT0mR9wL3bZ6dF1hJ8gY5eP2uA7oC4iN9xW3kQrd@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118110507.2a6f@muenster.example>"),
           ("References", "<mailbot.20270118110507.2a6f@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KOLEVA_TEXT}\n\n{KOLEVA_ATTR}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(KOLEVA_TEXT, gmail_quote_html(KOLEVA_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Sinti youth worker; Outlook alternative windows-1252 QP; first and second
# choice; "also 3 Personen"; a parking question inside a registration.

REINHARDT_TEXT = """Hallo Frau Meza Correa-Flock,

für die Sinti-Jugend Münsterland melde ich mich und zwei Jugendliche aus unserer Gruppe an (also 3 Personen). Wir würden am liebsten in die AG 1 gehen, als zweite Wahl AG 2.

Kurze Frage noch: Gibt es in der Nähe Parkplätze für einen Kleinbus? Wir kommen aus Greven.

Viele Grüße
Timo Reinhardt
Jugendreferent
Sinti-Jugend Münsterland"""


@mail("reinhardt-sinti-jugend-outlook", "2027-02-03 08:30:27",
      E("registration", "t.reinhardt@sinti-jugend.example", "Timo Reinhardt",
        "Sinti-Jugend Münsterland", ["AG1", "AG2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Timo Reinhardt <t.reinhardt@sinti-jugend.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Sinti-Jugend"),
           ("Thread-Topic", "Anmeldung Sinti-Jugend"),
           ("Thread-Index", "AdtxGk0n7Ys2qP9mT4bV1wR8eC3fLA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR09MB5318A6E4C0F2B9D1@DU2PR09MB5318.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(REINHARDT_TEXT), outlook_html(REINHARDT_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Change of workgroup, Hungarian, Gmail with the Hungarian attribution line;
# "az 1. munkacsoport helyett ... a 2. munkacsoportban" -> AG2.

BIRO_TEXT = """Kedves Szervezők!

Szeretném módosítani a jelentkezésemet: az 1. munkacsoport helyett inkább a 2. munkacsoportban (Zukunftsprozess) vennék részt. Ha ez lehetséges, kérem, írjanak át.

Köszönöm szépen!
Bíró Eszter"""

BIRO_ATTR = (f"Tag der Migrantenselbstorganisationen <{MSO}> ezt írta "
             "(időpont: 2027. jan. 20., Sze, 10:31):")


@mail("biro-hungarian-change-to-ag2", "2027-02-04 12:12:36",
      E("change", "biro.eszter@freemail-hu.example", "Bíró Eszter", None, ["AG2"], None, "hu"),
      "hu")
def _(m):
    conf = confirmation("Frau Bíró", "AG1", 1)
    m.head(("From", addr("Bíró Eszter", "biro.eszter@freemail-hu.example", "utf-8", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ6tWq0Hm3zR8bN1vX5sK9dL2fG7gY4eP0uB3oA6iT1nQ8wVzc@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120103108.c37e@muenster.example>"),
           ("References", "<mailbot.20270120103108.c37e@muenster.example>"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Bíró Eszter <biro.eszter@freemail-hu.example>"})
    plain = f"{BIRO_TEXT}\n\n{BIRO_ATTR}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(BIRO_TEXT, gmail_quote_html(BIRO_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Romani (Vlax variety) from a phone; "Avasa duj džene, me thaj mi phej" = 2;
# "grupa 1"; signed with the first name only; no organisation.

@mail("stoica-romani-vlax-phone", "2027-02-05 16:45:50",
      E("registration", "ramona.stoica92@mail.example", "Ramona Stoica", None,
        ["AG1"], 2, "rom"), "rom")
def _(m):
    m.head(("From", "Ramona Stoica <ramona.stoica92@mail.example>"),
           ("To", MSO),
           ("Subject", "13 marto"),
           ("Date", m.date),
           ("Message-ID", "<p8r1t6.1770306350.samsung.ramona.stoica92@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Lačho dives,

me som i Ramona Stoica. Kamav te avav ko MSO-Tag ko 13 marto. Avasa duj džene, me thaj mi phej.
Kamas te bešas ande grupa 1 (Bildung), kaj amare čhave žan ande škola ando Münster thaj si len but problemi.

Nais tumenge
Ramona

Trimis de pe Samsung Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Consulate newsletter in Romanian (other): another event with its own
# registration ("Înscrieri"), bulk headers, multipart/alternative.

CONSULAT_TEXT = """Consulatul General al României la Bonn – Buletin informativ, februarie 2027

Stimați conaționali,

1. Sărbătoarea Mărțișorului – 1 martie 2027, Düsseldorf
Vă invităm la un program cultural cu muzică populară, ateliere pentru copii și o expoziție de mărțișoare. Înscrieri până la 25 februarie, la adresa evenimente@consulat-bonn-ro.example.

2. Consulat itinerant la Münster – 20 martie 2027
Se pot depune cereri pentru pașapoarte și cărți de identitate. Programarea este obligatorie pe portalul https://programari.consulat-bonn-ro.example

3. Cursuri de limba română pentru copii
Școlile românești din NRW primesc înscrieri pentru semestrul de primăvară.

Primiți acest buletin deoarece v-ați abonat pe pagina noastră.
Dezabonare: https://consulat-bonn-ro.example/newsletter/dezabonare?id=3307"""

CONSULAT_HTML = """<!DOCTYPE html>
<html lang="ro"><head><meta charset="utf-8"><title>Buletin informativ februarie 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#222;">
<tr><td style="background:#002b7f;color:#fcd116;"><h1 style="margin:0;font-size:21px;">Consulatul General al României la Bonn</h1><p style="margin:4px 0 0;color:#fff;">Buletin informativ, februarie 2027</p></td></tr>
<tr><td>
<p>Stimați conaționali,</p>
<h2 style="font-size:17px;color:#ce1126;">1. Sărbătoarea Mărțișorului – 1 martie 2027, Düsseldorf</h2>
<p>Vă invităm la un program cultural cu muzică populară, ateliere pentru copii și o expoziție de mărțișoare. Înscrieri până la 25 februarie, la adresa <a href="mailto:evenimente@consulat-bonn-ro.example">evenimente@consulat-bonn-ro.example</a>.</p>
<h2 style="font-size:17px;color:#ce1126;">2. Consulat itinerant la Münster – 20 martie 2027</h2>
<p>Se pot depune cereri pentru pașapoarte și cărți de identitate. Programarea este obligatorie pe <a href="https://programari.consulat-bonn-ro.example">portalul de programări</a>.</p>
<h2 style="font-size:17px;color:#ce1126;">3. Cursuri de limba română pentru copii</h2>
<p>Școlile românești din NRW primesc înscrieri pentru semestrul de primăvară.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Primiți acest buletin deoarece v-ați abonat pe pagina noastră.<br>
<a href="https://consulat-bonn-ro.example/newsletter/dezabonare?id=3307">Dezabonare</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("consulat-romanian-newsletter", "2027-02-08 11:20:00",
      E("other"), "ro")
def _(m):
    m.head(("From", ew("Consulatul General al României la Bonn", "utf-8", "q")
            + " <newsletter@consulat-bonn-ro.example>"),
           ("To", MSO),
           ("Subject", ew("Buletin informativ – februarie 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl.2027-02.3307.7fa1@consulat-bonn-ro.example>"),
           ("List-Id", "Buletin informativ <newsletter.consulat-bonn-ro.example>"),
           ("List-Unsubscribe", "<https://consulat-bonn-ro.example/newsletter/dezabonare?id=3307>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           decoded={"From": "Consulatul General al României la Bonn <newsletter@consulat-bonn-ro.example>",
                    "Subject": "Buletin informativ – februarie 2027"})
    m.alternative(CONSULAT_TEXT, CONSULAT_HTML, charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Bulgarian written in Latin letters (phone transliteration); no workgroup
# chosen yet ("shte reshim na myastoto" = we'll decide there) -> []; "sam" = 1.

@mail("dimitrov-bulgarian-latin-no-workgroup", "2027-02-09 20:02:13",
      E("registration", "stoyan.dimitrov@abv-mail.example", "Stoyan Dimitrov", None,
        [], 1, "bg"), "bg")
def _(m):
    m.head(("From", "Stoyan Dimitrov <stoyan.dimitrov@abv-mail.example>"),
           ("To", MSO),
           ("Subject", "zapisvane 13.03"),
           ("Date", m.date),
           ("Message-ID", "<1839274650.402117.1770663733018@nm12.abv-mail.example>"),
           ("X-Mailer", "AbvMail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Zdraveite,

iskam da se zapisha za sreshtata na 13 mart v Münster. Shte doida sam. Oshte ne znam v koya grupa, shte reshim na myastoto.

Pozdravi,
Stoyan Dimitrov
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Roma association chair, learner German; HTML only from a webmailer, UTF-8
# base64.  "AG 2 und AG 3 ... welche ist egal" keeps the written order; "5 Leute";
# "1993" is a year.

JOVANOVIC_TEXT = """Sehr geehrte Damen und Herren,

Ich bin Zoran Jovanović, Vorsitzender von Roma-Kulturverein Amaro Kher Münster e.V. Wir möchten gern teilnehmen an den MSO-Tag mit 5 Leute aus unsere Verein. Für uns ist AG 2 und AG 3 interessant, welche ist egal, wo Platz ist.

Wir sind seit 1993 in Münster und machen Hausaufgabenhilfe und Musik für Roma Kinder.

Mit freundlichen Grüßen
Zoran Jovanović
Roma-Kulturverein Amaro Kher Münster e.V.
Tel. 0157 / 88 99 00 12"""


@mail("jovanovic-amaro-kher-html-only", "2027-02-10 10:10:44",
      E("registration", "amarokher.ms@gmx-mail.example", "Zoran Jovanović",
        "Roma-Kulturverein Amaro Kher Münster e.V.", ["AG2", "AG3"], 5, "de"), "de")
def _(m):
    m.head(("From", "Zoran Jovanović <amarokher.ms@gmx-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Amaro Kher"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0e5c9b37-2f4a-4d81-a6e3-9b1d7c2f4e08-1770714644501@3c-app-gmx-bap12>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(div_html(JOVANOVIC_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# A youth migration service worker changes her client's registration: AG 1 ->
# AG 2, and 1 -> 2 persons (his son translates).  Plain-text Outlook with
# "-----Ursprüngliche Nachricht-----"; the confirmation goes on to her.

@mail("hoelscher-jmd-change-for-client", "2027-02-11 14:30:09",
      E("change", "m.hoelscher@jmd-muenster.example", "Bekir Ramadani", None,
        ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Meike Hölscher <m.hoelscher@jmd-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002c01db7c6a$3e8f1a20$bbad4e60$@jmd-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270119162003.0b5d@muenster.example>"),
           ("References", "<mailbot.20270119162003.0b5d@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

ich hatte Herrn Bekir Ramadani im Januar für die AG 1 angemeldet (siehe unten). Herr Ramadani möchte nun doch lieber in die AG 2 wechseln. Außerdem bringt er seinen Sohn mit, der für ihn übersetzt, es sind also zwei Personen.

Die Bestätigung bitte weiterhin an mich.

Mit freundlichen Grüßen
Meike Hölscher
Jugendmigrationsdienst Münster

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 19. Januar 2027 16:20
An: Meike Hölscher <m.hoelscher@jmd-muenster.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Ramadani", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Question only, Hungarian, Outlook alternative windows-1250 QP: may we bring
# pastries, may children come?  "Ha megkapjuk a választ, jelentkezünk" =
# they will register after the answer.

MOLNAR_TEXT = """Tisztelt Meza Correa-Flock Asszony!

A Münsteri Magyar Egyesület nevében írok. Szívesen részt vennénk a rendezvényen, de előbb két kérdésünk lenne:
- Hozhatunk-e magyar süteményt (pogácsát, rétest) a közös büféhez? Nálunk ez hagyomány.
- Eljöhetnek-e gyerekek is? Van-e gyerekfelügyelet?

Ha megkapjuk a választ, jelentkezünk.

Üdvözlettel:
Molnár Judit
titkár
Münsteri Magyar Egyesület"""


@mail("molnar-hungarian-question-outlook-cp1250", "2027-02-12 08:05:31",
      E("question", "molnar.judit@magyar-egyesulet-ms.example", "Molnár Judit",
        "Münsteri Magyar Egyesület", [], None, "hu"), "hu", tz=0)
def _(m):
    m.head(("From", addr("Molnár Judit", "molnar.judit@magyar-egyesulet-ms.example",
                         "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", ew("Kérdés a március 13-i rendezvényről", "windows-1250", "q")),
           ("Thread-Topic", ew("Kérdés a március 13-i rendezvényről", "windows-1250", "q")),
           ("Thread-Index", "Adt8Lw3q1Vn9mK0sR6bT2yP5eW7cHg=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2034E3C7A9F1D0B2@BE1P281MB2034.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "hu-HU"),
           ("Content-Language", "hu-HU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Molnár Judit <molnar.judit@magyar-egyesulet-ms.example>",
                    "Subject": "Kérdés a március 13-i rendezvényről"})
    m.alternative(outlook_plain(MOLNAR_TEXT),
                  outlook_html(MOLNAR_TEXT, charset="windows-1250", lang="HU"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Romanian student writing German; Apple Mail multipart/mixed with a PDF flyer
# of the association.  AG 2 first, AG 1 second; "Ich komme alleine" = 1.  The
# university is where he studies, not his organisation.

POPESCU_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich studiere Politikwissenschaft an der Uni Münster und bin im Vorstand des Rumänischen Studierendenvereins Münster (RoStuM). Gerne würde ich am Tag der Migrantenselbstorganisationen teilnehmen.

Am meisten interessiert mich die AG 2 zum Zukunftsprozess, alternativ die AG 1. Ich komme alleine.

Im Anhang finden Sie eine kurze Vorstellung unseres Vereins, falls Sie Material für einen Infotisch sammeln.

Viele Grüße
Andrei Popescu
Rumänischer Studierendenverein Münster e.V."""


@mail("popescu-student-verein-pdf", "2027-02-15 18:20:55",
      E("registration", "a.popescu@uni-muenster.example", "Andrei Popescu",
        "Rumänischer Studierendenverein Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Andrei Popescu <a.popescu@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag / RoStuM"),
           ("Date", m.date),
           ("Message-Id", "<6C0E3A91-8F2B-4D57-B1E4-7A9C2D5F0B36@uni-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    alt = m.alternative(POPESCU_TEXT, apple_html(POPESCU_TEXT), charset="utf-8",
                        cte="quoted-printable", style="apple", top=False)
    pdf = m.binary(make_pdf(["RoStuM - Rumaenischer Studierendenverein Muenster e.V.",
                             "Wer wir sind: rumaenische und moldauische Studierende",
                             "Was wir machen: Stammtisch, Lernpaten, Kulturabende",
                             "Kontakt: a.popescu@uni-muenster.example"]),
                   "application", "pdf", "RoStuM_Vorstellung_2027.pdf")
    m.multi("mixed", [alt, pdf], style="apple")


# -- 035 ---------------------------------------------------------------------
# Russian from a Moldovan (Gagauz) association, UTF-8 base64; Latin display
# name, Cyrillic signature.  "Нас будет двое" = 2; "первая ... Если там не
# будет мест, то третья" = AG1, then AG3.

@mail("gaidarji-moldovan-russian", "2027-02-17 10:44:02",
      E("registration", "t.gaidarji@mail.example", "Татьяна Гайдаржи",
        "Общество «Молдова – наш дом» Мюнстер", ["AG1", "AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Tatiana Gaidarji <t.gaidarji@mail.example>"),
           ("To", MSO),
           ("Subject", "Регистрация 13 марта"),
           ("Date", m.date),
           ("Message-ID", "<1771321442.918274615@f402.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Меня зовут Татьяна Гайдаржи, я представляю наше общество в Мюнстере (в основном гагаузы и русскоязычные молдаване). Хотела бы зарегистрироваться на День организаций мигрантов 13 марта.

Нас будет двое: я и моя коллега.
Рабочая группа – первая, по образованию. Если там не будет мест, то третья.

Спасибо!
С уважением,
Татьяна Гайдаржи
Общество «Молдова – наш дом» Мюнстер
""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Cancellation (bereavement), Outlook HTML only, windows-1252 QP, quoting the
# confirmation (AG 3, 3 persons) below a Von:/Gesendet: block.

FRANZ_CANCEL = """Sehr geehrte Frau Meza Correa-Flock,

leider müssen wir unsere Anmeldung zum MSO-Tag zurückziehen. In unserer Familie ist ein Trauerfall eingetreten, und nach unserer Tradition nehmen wir in den nächsten Wochen an keinen Veranstaltungen teil.

Wir bitten um Ihr Verständnis und wünschen Ihnen einen guten Verlauf.

Mit freundlichen Grüßen
Josef Franz
Sinti-Verband Westfalen e.V."""


@mail("franz-sinti-cancel-outlook-html", "2027-02-18 12:10:48",
      E("cancellation", "j.franz@sinti-verband-westfalen.example", "Josef Franz",
        "Sinti-Verband Westfalen e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Franz, Josef" <j.franz@sinti-verband-westfalen.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbb5Rk8J3xWm0n6kO2pL1qZ7rT9wAHk4Nw"),
           ("Date", m.date),
           ("Message-ID", "<AM6PR02MB4821C0D9E7F3A5B1@AM6PR02MB4821.eurprd02.prod.outlook.example>"),
           ("References", "<mailbot.20270125093322.6f0a@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270125093322.6f0a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Montag, 25. Januar 2027 09:33",
             "Franz, Josef <j.franz@sinti-verband-westfalen.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Franz", "AG3", 3))
    m.single(outlook_html(FRANZ_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Change with a fallback, Romanian, iPhone (quote with the Romanian iOS
# attribution inside the quote): "grupa 2 ... Dacă grupa 2 e deja plină,
# rămân în grupa 1" -> AG2, AG1.

@mail("dobre-romanian-change-fallback-iphone", "2027-02-22 19:20:31",
      E("change", "alina.dobre@mail.example", "Alina Dobre", None, ["AG2", "AG1"], None, "ro"),
      "ro")
def _(m):
    quoted = gt_quote(f"Pe 1 feb. 2027, la 09:14, Tag der Migrantenselbstorganisationen "
                      f"<{MSO}> a scris:\n\n" + confirmation("Frau Dobre", "AG1", 1))
    m.head(("From", "Alina Dobre <alina.dobre@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B2E7C4A9-1F3D-4B60-8E5A-C9D1F7A3B024@mail.example>"),
           ("In-Reply-To", "<mailbot.20270201091402.e84d@muenster.example>"),
           ("References", "<mailbot.20270201091402.e84d@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bună ziua,

Aș vrea să schimb grupa: în loc de grupa 1 aș prefera grupa 2 (Zukunftsprozess). Dacă grupa 2 e deja plină, rămân în grupa 1.

Mulțumesc,
Alina Dobre

Trimis de pe iPhone-ul meu

{quoted}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Question only, Macedonian (Cyrillic), Thunderbird, windows-1251 8bit:
# interpretation?  ID needed?  "ќе се пријавиме следната недела" = later.

@mail("nikolovski-macedonian-question-cp1251", "2027-02-24 09:55:17",
      E("question", "a.nikolovski@vardar-ms.example", "Александар Николовски",
        "Здружение на Македонците „Вардар“ Минстер", [], None, "mk"), "mk")
def _(m):
    m.head(("From", "Aleksandar Nikolovski <a.nikolovski@vardar-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Прашање за преведување", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<3a8e1f54-c07b-4d29-9e6a-5b2d0f8c1e73@vardar-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "mk"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Прашање за преведување"})
    m.single("""Почитувани,

Дали на настанот ќе има превод на други јазици? Неколку членови од нашето здружение не зборуваат добро германски. Исто така, дали треба да се носи лична карта или некаков документ?

Ако може, ќе се пријавиме следната недела.

Поздрав,
Александар Николовски
Здружение на Македонците „Вардар“ Минстер
""", charset="windows-1251", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Hungarian Lutheran pastor; Outlook alternative windows-1250 QP; Roman
# numeral "A II. munkacsoportot"; "Hárman leszünk" = 3.

FARKAS_TEXT = """Tisztelt Szervezők!

Ezúton szeretnék jelentkezni a 2027. március 13-i Tag der Migrantenselbstorganisationen rendezvényre a Magyar Evangélikus Gyülekezet Münster képviseletében. Hárman leszünk: jómagam és két presbiterünk.

A II. munkacsoportot választanánk (Münster jövője / Zukunftsprozess).

Tisztelettel:
Farkas Ildikó
lelkész
Magyar Evangélikus Gyülekezet Münster"""


@mail("farkas-hungarian-roman-numeral-outlook", "2027-02-26 14:30:05",
      E("registration", "farkas.ildiko@evangelikus-ms.example", "Farkas Ildikó",
        "Magyar Evangélikus Gyülekezet Münster", ["AG2"], 3, "hu"), "hu", tz=0)
def _(m):
    m.head(("From", addr("Farkas Ildikó", "farkas.ildiko@evangelikus-ms.example",
                         "windows-1250", "b")),
           ("To", TO_MSO),
           ("Subject", "Jelentkezés MSO-Tag 2027"),
           ("Thread-Topic", "Jelentkezés MSO-Tag 2027"),
           ("Thread-Index", "AduGn2c8Yx4kS1mP7bT0vW3eR9fLqA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB6612D8B0E4C1A7F3@VI1PR06MB6612.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "hu-HU, de-DE"),
           ("Content-Language", "hu-HU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           decoded={"From": "Farkas Ildikó <farkas.ildiko@evangelikus-ms.example>"})
    m.alternative(outlook_plain(FARKAS_TEXT),
                  outlook_html(FARKAS_TEXT, charset="windows-1250", lang="HU"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Cancellation, Romanian, Gmail on Android with the Romanian attribution line.

STAN_TEXT = """Bună ziua, din păcate nu mai pot veni pe 13 martie, am primit tură la muncă sâmbăta. Vă rog să-mi anulați înscrierea. Mulțumesc și scuze!
Florin Stan"""

STAN_ATTR = (f"În lun., 8 feb. 2027 la 18:22, Tag der Migrantenselbstorganisationen "
             f"<{MSO}> a scris:")


@mail("stan-romanian-cancel-gmail-android", "2027-03-01 08:40:29",
      E("cancellation", "florin.stan@mail.example", "Florin Stan", None, [], None, "ro"), "ro")
def _(m):
    conf = confirmation("Herr Stan", "AG2", 1)
    m.head(("From", "Florin Stan <florin.stan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8sPq4Vn1zT6bW0mR3kX9dG2hJ5fY7eB4uA1oC8iN6wQ0tKsx@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270208182207.1d93@muenster.example>"),
           ("References", "<mailbot.20270208182207.1d93@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{STAN_TEXT}\n\n{STAN_ATTR}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(STAN_TEXT, gmail_quote_html(STAN_ATTR, conf)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Cancellation, Bulgarian (Cyrillic), Thunderbird with a Bulgarian attribution
# line, UTF-8 QP; confirmation quoted (AG 1, 3 persons).

@mail("stoyanova-bulgarian-cancel-thunderbird", "2027-03-03 12:15:40",
      E("cancellation", "petya.stoyanova@abv-mail.example", "Петя Стоянова", None,
        [], None, "bg"), "bg")
def _(m):
    m.head(("From", "Petya Stoyanova <petya.stoyanova@abv-mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e4c17b92-6a0d-4f35-b8e1-2d9f5a3c0b76@abv-mail.example>"),
           ("In-Reply-To", "<mailbot.20270125094011.5c28@muenster.example>"),
           ("References", "<mailbot.20270125094011.5c28@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "bg"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравейте,

За съжаление няма да можем да дойдем на 13 март – детето ни е болно и лекарката каза да си стои вкъщи поне още две седмици. Моля, отменете регистрацията ни.

Извинявайте и благодаря!
Петя Стоянова

На 25.01.2027 в 9:40, Tag der Migrantenselbstorganisationen написа:
{gt_quote(confirmation("Frau Stoyanova", "AG1", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Late registration after the deadline (8 March), web.de plain text: "wenn
# noch Plätze frei sind ... meine Frau und ich ... AG 3" is a registration.

@mail("laubinger-sinti-late-registration", "2027-03-08 17:02:26",
      E("registration", "fj.laubinger@mail.example", "Franz-Josef Laubinger",
        "Sinti-Gemeinschaft Münster-Nord", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "fj.laubinger@mail.example"),
           ("To", MSO),
           ("Subject", "Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7d2a0e95-1b6c-4f83-9e40-c5a8f3d1b627-1773000146208@3c-app-webde-bap53>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich weiß, die Anmeldefrist ist schon vorbei, ich habe die Einladung erst gestern von einem Bekannten bekommen. Wenn noch Plätze frei sind, würden meine Frau und ich gern am Samstag in die AG 3 kommen. Ich bin Kassierer beim Verein Sinti-Gemeinschaft Münster-Nord, wir wollen endlich mal Fördermittel beantragen und wissen nicht wie.

Mit freundlichem Gruß
Franz-Josef Laubinger
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation in learner German by a Macedonian writer; Thunderbird quote of
# the confirmation (AG 1, 2 persons); no organisation.

@mail("ristova-learner-german-cancel", "2027-03-10 20:30:14",
      E("cancellation", "snezana.ristova@mail.example", "Snežana Ristova", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Snežana Ristova <snezana.ristova@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f9b3e27-84d1-4c6a-a5e2-7b1c9d0f3a48@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202191003.8a71@muenster.example>"),
           ("References", "<mailbot.20270202191003.8a71@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

leider wir können nicht kommen am Samstag, mein Mann ist krank geworden und ich muss bei Kinder bleiben. Bitte Sie streichen uns von Liste.

Danke für Verständnis
Snežana Ristova

Am 02.02.2027 um 19:10 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Ristova", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Cancellation in Romani (Arli), quoting the confirmation under a German
# attribution line; "na šaj te avav ko savato" = I can't come on Saturday.

@mail("ismailov-romani-cancel", "2027-03-12 07:45:03",
      E("cancellation", "bajram.ismailov@mail.example", "Bajram Ismailov", None,
        [], None, "rom"), "rom")
def _(m):
    m.head(("From", "Bajram Ismailov <bajram.ismailov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD7mTx3Wq0bN5vR8kL1sZ4dH6fJ2gY9eC3uA0oP7iK5nX1wBqe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128160507.3e9b@muenster.example>"),
           ("References", "<mailbot.20270128160507.3e9b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Lačho dive,

na šaj te avav ko savato, mi daj si but nasvali thaj džav ki Makedonija. Molinav tumen te khosen mo anav andar i lista.

Najis tumenge thaj te aven saste,
Bajram Ismailov

Am Do., 28. Jan. 2027 um 16:05 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
{gt_quote(confirmation("Herr Ismailov", "AG2", 1))}
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


def rfc2047(value):
    """Decode a raw header value by RFC 2047 (whitespace between words dropped)."""
    return str(make_header(decode_header(value)))


def check_labels(e, msg, decoded_text):
    """Problems with one expected record, judged against the parsed mail."""
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
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
        heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
        if e["email"] and e["email"] not in heads and e["email"] not in decoded_text.lower():
            problems.append("email occurs neither in From/Reply-To nor in the text")
        for key in ("name", "organisation"):
            if e[key] and e[key] not in decoded_text:
                problems.append(f"{key} {e[key]!r} is not written in the mail")
    else:
        for key in ("email", "name", "organisation", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
        if kind == "bounce":
            br = e["bounced_recipient"]
            if not br or br != br.lower():
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
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k} defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    if msg.get_content_type() == "text/plain" and "Content-Type" not in msg:
        problems.append("missing Content-Type")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # hand-encoded headers decode (by RFC 2047) to the intended text
    raw = email.message_from_bytes(data, policy=email.policy.compat32)
    for h, want in m.header_texts.items():
        got = rfc2047(str(raw[h]).replace("\r\n", "").replace("\n", ""))
        if got != want:
            problems.append(f"header {h} decodes to {got!r}, not {want!r}")
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
    for dom in re.findall(r"<(?:mailbot|einladung)[^@>]*@([\w.-]+)>", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example Message-ID domain {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    # changes and cancellations answer the confirmation and quote it
    if expected["kind"] in ("change", "cancellation"):
        if not str(msg.get("In-Reply-To", "")).startswith("<mailbot."):
            problems.append("change/cancellation does not answer a confirmation")
        if "Angemeldete Personen:" not in text:
            problems.append("change/cancellation does not quote the confirmation")
    problems += check_labels(expected, msg, text)
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
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
    langs = sorted({t for _, _, _, t in built})
    print("text language x kind:")
    print("  lang " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:4} " + " ".join(f"{c:5}" for c in row) + f" {sum(row):5}")
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
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if json.loads(exp_text) != expected:
        print("expected.json does not round-trip")
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set needs 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
