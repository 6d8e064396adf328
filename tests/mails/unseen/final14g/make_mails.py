#!/usr/bin/env python3
"""Build the "look-alikes" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails that reach the MSO-Tag mailbox (mso-tag@muenster.example) and look like
registrations: about half are real MSO-Tag 2027 business, the rest belong to last
year's MSO-Tag, to other events of the city (Integrationsrat election, Sommerfest,
Sprachcafé, a training course, the Interkulturelle Woche, a naturalisation
ceremony, a welcome evening), to a meeting with the staff member, to a colleague,
to the MSO-Tag of another city, or to an old thread about something else.

Every mail text is written out below, one mail at a time.  The script wraps the
texts in MIME with the standard `email` package, writes the files and reads every
file back to check it (no parser defects, each text part decodes in its declared
charset to exactly the written text, lines of at most 998 octets, dates rising,
only example domains, well-formed labels).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.  Paths are relative to this script's folder.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values that are hand-encoded (RFC 2047 words in a
# chosen charset, pre-folded trace lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUPS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given,
    otherwise the policy encodes it as UTF-8 when the header is set."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird, Gmail and most webmailers do."""
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
    return hashlib.sha256(f"final14g/{slug}/{n}".encode()).hexdigest()


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
        self.header_text = {}       # header name -> intended decoded value

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False, decoded=None):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values (plain or hand-encoded RFC 2047) are stored
        verbatim, folded at spaces when long; values with other characters go
        through the policy, which encodes them as UTF-8.  `decoded` maps a
        header name to the text a hand-encoded value must decode to."""
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
            host = "mail." + domain if not domain.startswith("mail.") else domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value
        self.header_text = dict(decoded or {})

    # -- leaves --------------------------------------------------------------
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:11].upper()}.{int(h[11:19], 16)}/mail.muenster.example"
        if style == "webmail":
            return f"=_{h[:32]}"
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
    ops = ["BT", "/F1 16 Tf", "56 780 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append("(" + line.replace("(", "\\(").replace(")", "\\)") + ") Tj")
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
    """A small RGB PNG: a stage (brown), dancers in red and white, a blue sky."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 16:
                px = (120, 170, 225)
            elif y < 38:
                dancer = (x // 6) % 3 == 1
                px = ((215, 25, 35) if y < 27 else (245, 245, 245)) if dancer else (120, 170, 225)
            else:
                px = (140, 95, 55)
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
# HTML of the common mail programs
# ---------------------------------------------------------------------------

def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
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
span.E-MailFormatvorlage20
	{{mso-style-type:personal-compose;
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
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {"de": ("Von", "Gesendet", "An", "Betreff"),
                  "en": ("From", "Sent", "To", "Subject")}


def outlook_html(text, quote=None, charset="windows-1252", labels="de"):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
                   f"{l_from}:</span></b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> "
                   f"{esc(frm)} <br>\n<b>{l_sent}:</b> {esc(sent)}<br>\n<b>{l_to}:</b> {esc(to)}<br>\n"
                   f"<b>{l_subj}:</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    l_from, l_sent, l_to, l_subj = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{l_from}: {frm}\n{l_sent}: {sent}\n{l_to}: {to}\n"
            f"{l_subj}: {subject}\n\n{quoted}")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply(text, attribution, quoted, rtl=False):
    """(plain, html) of a Gmail reply that quotes `quoted` below `attribution`."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    body = gmail_html(text, rtl).rstrip("\n")
    html_text = (f"{body}<br><div class=\"gmail_quote gmail_quote_container\">"
                 f"<div{d} class=\"gmail_attr\">{esc(attribution)}<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 f"{q}</blockquote></div>\n")
    return plain, html_text


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def android_outlook_html(text):
    lines = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div dir=\"ltr\">" + lines + "</div></body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_2027_ID = "<einladung.mso2027.20270112140307@muenster.example>"
INVITATION_2027_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITATION_2027 = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach Begrüßung und Impulsvortrag geht es am Nachmittag in drei parallele
Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldungen nehmen wir bis Samstag, 6. März 2027, unter
mso-tag@muenster.example entgegen. Bitte teilen Sie uns mit, wer kommt,
für welche Organisation, in welche Arbeitsgruppe Sie möchten (gerne mit
Zweitwunsch) und wie viele Personen Sie insgesamt sind.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

INVITATION_2026_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen 2026"
INVITATION_2026 = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2026 ein:

Samstag, 14. März 2026, 10:00–16:00 Uhr
Festsaal des Rathauses, Prinzipalmarkt 10, 48143 Münster

Unter dem Motto „Engagement braucht Rückenwind“ arbeiten wir nachmittags
in drei Workshops:

Workshop 1: Ehrenamt gewinnen und halten
Workshop 2: Digitale Werkzeuge für die Vereinsarbeit
Workshop 3: Diskriminierung erkennen – Betroffene stärken

Anmeldung bitte bis zum 4. März 2026 an mso-tag@muenster.example,
mit Namen, Organisation und Wunsch-Workshop.

Wir freuen uns auf Sie!
Kommunales Integrationszentrum Münster"""

CONF_SUBJECT = "Anmeldebestätigung – Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the MSO-Tag mailbox sent (quoted in replies, returned in bounces)."""
    return f"""Hallo {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben Folgendes notiert:

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn sich etwas ändert (andere Arbeitsgruppe, mehr oder weniger Personen,
Absage), antworten Sie bitte einfach auf diese Nachricht.

Viele Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, salutation, ag, persons, when, msgid):
    """The confirmation as a whole message (for message/rfc822 in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers follow this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, group, builder)


def mail(slug, when, expected, text_lang, group, tz=1):
    """group: 'mso' = real MSO-Tag 2027 business (whatever it looks like),
    'elsewhere' = belongs to something else, 'machine' = auto reply / bounce."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, group, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Genuine registration.  Thunderbird reply that quotes the whole 2027
# invitation (all three AGs in the quote); AG 1 and "meine Tochter" (2)
# only in the new text.  format=flowed, UTF-8 8bit.

@mail("hakobyan-reply-invitation-mit-tochter", "2027-01-12 15:52:18",
      E("registration", "armine.hakobyan@armenische-gemeinde.example", "Armine Hakobyan",
        "Armenische Gemeinde Münster e.V.", ["AG1"], 2, "de"), "de", "mso")
def _(m):
    m.head(("From", "Armine Hakobyan <armine.hakobyan@armenische-gemeinde.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + INVITATION_2027_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<4e9b21c7-8d0a-4f3e-b6a5-92c1d7e0f384@armenische-gemeinde.example>"),
           ("In-Reply-To", INVITATION_2027_ID),
           ("References", INVITATION_2027_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Re: " + INVITATION_2027_SUBJECT})
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, wir sind gern wieder dabei. Ich melde mich für
die AG 1 an und bringe meine Tochter Lilit mit, sie studiert auf Lehramt
und das Thema Bildung liegt ihr sehr am Herzen. Also zwei Personen.

Herzliche Grüße
Armine Hakobyan
Armenische Gemeinde Münster e.V.

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION_2027)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Elsewhere: registration for a training course of the city ("Fördermittel für
# Vereine", 24 Feb), sent to the MSO-Tag address by autocomplete.  Two named
# persons, words of AG 3 ("Fördermittel", "Verein").  Outlook, UTF-8 (the
# names need ć), multipart/alternative QP.

STOJKOVIC_TEXT = """Guten Tag,

hiermit melden wir uns verbindlich für die Fortbildung „Fördermittel für Vereine – von der Idee zum Antrag“ am Mittwoch, 24. Februar 2027, 17:30 Uhr im Stadthaus 1 an.

Teilnehmen werden:
- Dragan Jovanović (Kassierer)
- Milena Stojković (Schriftführerin)

Wir haben gerade einen Antrag beim Land in Vorbereitung und hoffen auf ein paar praktische Tipps zum Finanzplan.

Mit freundlichen Grüßen

Milena Stojković
Schriftführerin
Serbische Kulturgemeinschaft Münster e.V."""


@mail("stojkovic-fortbildung-foerdermittel", "2027-01-12 19:06:41",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Milena Stojković <m.stojkovic@srpska-zajednica.example>"),
           ("To", "mso-tag@muenster.example"),
           ("Subject", "Anmeldung Fortbildung Fördermittel am 24.02."),
           ("Thread-Topic", "Anmeldung Fortbildung Fördermittel am 24.02."),
           ("Thread-Index", "AdtlKx3P0qVb8mZ2S9e4nQwFh1cR7g=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8274C1A0E5F2B3D49A6E@DB9PR03MB8274.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(STOJKOVIC_TEXT, outlook_html(STOJKOVIC_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Genuine registration in Turkish from an iPhone: "3. çalışma grubu" with the
# German words next to it, "Tek başıma" = alone.  Apple multipart/alternative.

KORKMAZ_TEXT = """Merhaba,

13 Mart'taki MSO gününe katılmak istiyorum. Derneğimiz daha yeni kuruldu, o yüzden en çok 3. çalışma grubu (Förderung ve dernek yönetimi) ilgimi çekiyor. Tek başıma geleceğim.

Saygılarımla
Emine Korkmaz
Kardelen Kadın Derneği Münster e.V.

iPhone'umdan gönderildi"""


@mail("korkmaz-turkish-iphone", "2027-01-13 08:47:02",
      E("registration", "emine.korkmaz@mail.example", "Emine Korkmaz",
        "Kardelen Kadın Derneği Münster e.V.", ["AG3"], 1, "tr"), "tr", "mso")
def _(m):
    m.head(("From", "Emine Korkmaz <emine.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<A3F0C2D9-51B7-4E8A-9C6D-0B2E7F14A85C@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0 (1.0)"),
           decoded={"Subject": "MSO günü kayıt"})
    m.alternative(KORKMAZ_TEXT, apple_html(KORKMAZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 004 ---------------------------------------------------------------------
# Question about LAST year's MSO-Tag: a certificate of attendance for 2026,
# quoting the staff member's 2026 confirmation ("Workshop 3").  The new text
# says the 2027 registration will come separately.  Outlook plain text,
# "-----Ursprüngliche Nachricht-----", iso-8859-1 QP.

@mail("gogitidze-teilnahmebescheinigung-2026", "2027-01-13 10:31:55",
      E("question", "t.gogitidze@georgischer-kulturverein.example", "Tamara Gogitidze",
        "Georgischer Kulturverein Münster e.V.", [], None, "de"), "de", "elsewhere")
def _(m):
    m.head(("From", "Tamara Gogitidze <t.gogitidze@georgischer-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "Teilnahmebescheinigung MSO-Tag 2026"),
           ("Date", m.date),
           ("Message-ID", "<000b01dc65a4$7f2e1c40$7d8a54c0$@georgischer-kulturverein.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQGq0Zy3r9UeDk7xVw4b5Jt2mF3s8Q=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

wir sitzen gerade am Verwendungsnachweis für unsere Projektförderung 2026 und brauchen dafür einen Beleg, dass zwei Mitglieder unseres Vorstands am MSO-Tag im letzten März teilgenommen haben (Herr Beridze und ich, siehe Ihre Bestätigung unten).

Könnten Sie uns eine kurze Teilnahmebescheinigung ausstellen, gern als PDF? Das wäre sehr nett.

Zum MSO-Tag in diesem Jahr melden wir uns gesondert, der Vorstand entscheidet erst Ende Januar, wer hingeht.

Mit freundlichen Grüßen
Tamara Gogitidze
Georgischer Kulturverein Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Meza Correa-Flock, Ximena <mso-tag@muenster.example>
Gesendet: Dienstag, 24. Februar 2026 09:12
An: Tamara Gogitidze <t.gogitidze@georgischer-kulturverein.example>
Betreff: AW: Anmeldung MSO-Tag

Liebe Frau Gogitidze,

vielen Dank für Ihre Anmeldung zum MSO-Tag am 14. März 2026. Ich habe Sie und Herrn Beridze für Workshop 3 eingetragen.

Beste Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Genuine registration with last year's number by January habit: subject
# "MSO-Tag 2026", body "am 13.03.2026" - the day and month are 2027's (the 2026
# event was on 14 March and is over).  "AG Förderung / Vereinsmanagement",
# alone.  Webmail, iso-8859-1 8bit, Spanish sign-off.

@mail("castillo-falsches-jahr-2026", "2027-01-13 17:15:20",
      E("registration", "jorge.castillo@laventana-ms.example", "Jorge Castillo Ramos",
        "La Ventana - Lateinamerikanischer Verein Münster e.V.", ["AG3"], 1, "de"), "de", "mso")
def _(m):
    m.head(("From", "Jorge Castillo <jorge.castillo@laventana-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2026"),
           ("Date", m.date),
           ("Message-ID", "<20270113161520.Horde.xK3pQ7bVn2Wm8sLr4TyA1Zc@webmail.laventana-ms.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team,

ich melde mich hiermit für den Tag der Migrantenselbstorganisationen am 13.03.2026 an. Ich komme alleine und möchte gerne in die AG Förderung / Vereinsmanagement, weil wir im Verein gerade die Kasse neu aufstellen.

Saludos y hasta pronto
Jorge Castillo Ramos
La Ventana - Lateinamerikanischer Verein Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Elsewhere, meant for a colleague: registration of three persons for the
# city's naturalisation ceremony, addressed to "Herr Dreier" of another office.
# Gmail multipart/alternative, UTF-8 QP.

SULTANI_TEXT = """Sehr geehrter Herr Dreier,

vielen Dank für die Einladung zur Einbürgerungsfeier im Rathaus am 5. Februar. Wie am Telefon besprochen, melde ich mich hiermit an, zusammen mit meiner Frau Zahra und unserer Tochter Mariam (9 Jahre). Wir sind also 3 Personen.

Meine Einbürgerungsurkunde habe ich am 12. November bekommen, das Aktenzeichen ist EB-2026-1184.

Mit freundlichen Grüßen
Hamid Sultani"""


@mail("sultani-einbuergerungsfeier-fuer-kollegen", "2027-01-14 09:02:37",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Hamid Sultani <hamid.sultani@gmail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Einbürgerungsfeier 5. Februar"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR7pW2sN9xY4bQ1mT6vZ8cL0dH5jE3gU7oA2iK9nB4rXwSq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SULTANI_TEXT, gmail_html(SULTANI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Genuine registration in Arabic: second working group (future process), else
# the first (education); alone; the association named in Latin letters inside
# the Arabic text.  Gmail, RTL HTML, UTF-8 base64.

ALHOMSI_TEXT = """مرحباً،

أود التسجيل في يوم منظمات المهاجرين الذاتية (MSO-Tag) يوم السبت 13 آذار/مارس 2027.
أرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess)، وإذا لم يتوفر فيها مكان فالمجموعة الأولى حول التعليم.
سأحضر بمفردي ممثلاً عن جمعية Syrisches Haus Münster e.V.

مع خالص الشكر والتحية
ياسر الحمصي"""


@mail("alhomsi-arabic-ag2-sonst-ag1", "2027-01-14 21:40:09",
      E("registration", "yaser.alhomsi@gmail.example", "ياسر الحمصي",
        "Syrisches Haus Münster e.V.", ["AG2", "AG1"], 1, "ar"), "ar", "mso")
def _(m):
    m.head(("From", "Yaser Alhomsi <yaser.alhomsi@gmail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAO9vJ2xQ7pL4mR1kT8sW3bN6yF0hD5cZ2eG9uA4iV7oX1qEtMg@mail.gmail.example>"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "تسجيل - يوم منظمات المهاجرين"})
    m.alternative(ALHOMSI_TEXT, gmail_html(ALHOMSI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Elsewhere: late answer to an old thread (network meeting date poll sent from
# this mailbox in December).  "kann ich leider nicht", a date, "mitbringen" -
# none of it about the MSO-Tag.  Thunderbird, UTF-8 QP.

NETZWERK_POLL = """Liebe Netzwerkmitglieder,

für unser nächstes Netzwerktreffen im Februar suchen wir einen Termin. Zur
Auswahl stehen:

- Mittwoch, 10. Februar 2027, 18:00 Uhr
- Donnerstag, 11. Februar 2027, 18:00 Uhr

jeweils im Begegnungszentrum Sprickmannplatz. Bitte geben Sie uns bis Mitte
Januar kurz Bescheid, welcher Termin Ihnen passt.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


@mail("alic-re-terminumfrage-netzwerktreffen", "2027-01-15 11:05:44",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Nermin Alić <nermin.alic@bih-kulturverein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: Terminumfrage Netzwerktreffen MSO im Februar"),
           ("Date", m.date),
           ("Message-ID", "<7c1d9a04-3e6f-4b28-a5d7-e0f28c3b6a91@bih-kulturverein.example>"),
           ("In-Reply-To", "<netzwerk.umfrage.20261214093012@muenster.example>"),
           ("References", "<netzwerk.umfrage.20261214093012@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

sorry, etwas spät: Am Mittwoch kann ich leider nicht, da ist Elternabend.
Donnerstag, der 11., würde gut passen. Ich würde dann auch Frau Hodžić
mitbringen, sie ist neu bei uns im Vorstand.

Liebe Grüße
Nermin Alić
BiH Kulturverein Münster

Am 14.12.2026 um 09:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(NETZWERK_POLL)}
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Genuine registration in Russian: "Мы с мужем" = 2, "рабочая группа 1
# (образование)".  Cyrillic signature, Latin display name.  The Bat!,
# windows-1251 QP, the name in the From header encoded in windows-1251.

@mail("bekker-russian-mit-mann", "2027-01-15 16:30:27",
      E("registration", "olga.bekker@mail.example", "Ольга Беккер",
        "Kulturzentrum Raduga e.V.", ["AG1"], 2, "ru"), "ru", "mso")
def _(m):
    m.head(("From", addr("Olga Bekker", "olga.bekker@mail.example")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1208377644.20270115163027@mail.example>"),
           ("X-Mailer", "The Bat! (v10.4.2) Professional"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Регистрация на MSO-Tag 13 марта"})
    m.single("""Здравствуйте!

Мы с мужем хотели бы принять участие в Дне организаций мигрантов 13 марта.
Нас интересует рабочая группа 1 (образование) – у нас двое детей в школе,
и с этими вопросами мы сталкиваемся постоянно.

Мы представляем Kulturzentrum Raduga e.V.

С уважением,
Ольга Беккер
тел. 0157 3345 2210
""", charset="windows-1251", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Elsewhere: registration for the MSO day of ANOTHER city (Osnabrück, 20 March,
# "Forum 2", 2 persons).  Outlook HTML only, windows-1252 QP, CRLF.

YAVUZ_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für den 4. Tag der Migrantenorganisationen in Osnabrück am Samstag, 20. März 2027, in der Lagerhalle an. Ich möchte am Forum 2 „Ehrenamt und Engagement im ländlichen Raum“ teilnehmen.

Ich bin Vorsitzender des Türkisch-Islamischen Kulturvereins Rheine und komme mit einem Kollegen, also 2 Personen.

Mit freundlichen Grüßen
Murat Yavuz"""


@mail("yavuz-mso-tag-osnabrueck", "2027-01-18 08:15:12",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", '"Yavuz, Murat" <murat.yavuz@tikv-rheine.example>'),
           ("To", "mso-tag@muenster.example"),
           ("Subject", "Anmeldung Tag der Migrantenorganisationen 20.03."),
           ("Thread-Topic", "Anmeldung Tag der Migrantenorganisationen 20.03."),
           ("Thread-Index", "AdtpUq9xW3aF0ZkKS2yBvE7oN4mT1w=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR08MB41957E2C0D3A9F1B64C8@AM6PR08MB4195.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single(outlook_html(YAVUZ_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Genuine registration in English, the future-process group named in words
# with the German alias in brackets; alone.  Apple Mail, multipart/alternative.

ADEYEMI_TEXT = """Dear organising team,

I would like to register for the Day of Migrant Organisations on 13 March. I represent the Nigerian Community Münster e.V. and would be most interested in the working group on Münster's future process (Zukunftsprozess).

It will be just me. Please let me know if you need any further information.

Kind regards,
Grace Adeyemi
Secretary, Nigerian Community Münster e.V."""


@mail("adeyemi-english-future-process", "2027-01-18 13:44:51",
      E("registration", "grace.adeyemi@ncm-muenster.example", "Grace Adeyemi",
        "Nigerian Community Münster e.V.", ["AG2"], 1, "en"), "en", "mso")
def _(m):
    m.head(("From", "Grace Adeyemi <grace.adeyemi@ncm-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<9D2E4F61-7A3B-48C0-B5E1-6F0C8A2D4B97@ncm-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(ADEYEMI_TEXT, apple_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 012 ---------------------------------------------------------------------
# Genuine registration through a reply to LAST year's invitation (quoted,
# 14 March 2026, Workshops 1-3 with other topics).  "mein Mann und ich" = 2;
# "Workshop 2" and the reason given mean 2026's "Digitale Werkzeuge", which
# does not exist this year: no workgroup can be taken from it.  Gmail reply,
# multipart/alternative, UTF-8 QP.

DEMIRCI_TEXT = """Hallo,

mein Mann und ich würden gerne kommen. Am liebsten Workshop 2, weil wir mit dem Computer nicht so fit sind und die Mitgliederliste immer noch auf Papier führen.

Viele Grüße
Hatice Demirci"""


@mail("demirci-reply-to-2026-invitation-workshop-2", "2027-01-19 10:20:33",
      E("registration", "hatice.demirci@gmail.example", "Hatice Demirci",
        None, [], 2, "de"), "de", "mso")
def _(m):
    old_id = "<einladung.mso2026.20260120110402@muenster.example>"
    m.head(("From", "Hatice Demirci <hatice.demirci@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_2026_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN5tY8qB3wK1zR7mP4vX9sL2dG6hF0jC8eU3oA5iT1nQ7bWxEm@mail.gmail.example>"),
           ("In-Reply-To", old_id),
           ("References", old_id),
           ("MIME-Version", "1.0"))
    attribution = (f"Am Di., 20. Jan. 2026 um 11:04 Uhr schrieb Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")
    plain, html_text = gmail_reply(DEMIRCI_TEXT, attribution, INVITATION_2026)
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 013 ---------------------------------------------------------------------
# Elsewhere, Farsi: two sisters want to join the Sprachcafé (language café) on
# Thursdays and ask whether they must register.  Gmail RTL, UTF-8 base64.

MOUSAVI_TEXT = """سلام و وقت بخیر،

من و خواهرم می‌خواهیم در کافه زبان (Sprachcafé) که پنجشنبه‌ها ساعت ۱۷ در مرکز محله برگزار می‌شود شرکت کنیم. سطح آلمانی ما حدود A2 است.
آیا لازم است از قبل ثبت نام کنیم یا می‌توانیم همین پنجشنبه بیاییم؟

با تشکر
نگار موسوی"""


@mail("mousavi-farsi-sprachcafe", "2027-01-19 19:55:06",
      E("other"), "fa", "elsewhere")
def _(m):
    m.head(("From", "Negar Mousavi <negar.mousavi@gmail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام کافه زبان", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM2pX6rT9vB4nK1qW7sY3zL8dF5hG0jE2cU9oA6iR4mN1bVwQk@mail.gmail.example>"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "ثبت نام کافه زبان"})
    m.alternative(MOUSAVI_TEXT, gmail_html(MOUSAVI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Genuine registration forwarded by a colleague of another office (the
# Integrationsrat's Geschäftsstelle), who asks to confirm directly to the
# attendee.  "Arbeitsgruppe zu Schule und Bildung" = AG 1.  Outlook plain
# text with "-----Ursprüngliche Nachricht-----", UTF-8 QP.

@mail("brockhoff-forwards-tekle-from-integrationsrat", "2027-01-20 12:10:48",
      E("registration", "dawit.tekle@mail.example", "Dawit Tekle",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 1, "de"), "de", "mso")
def _(m):
    m.head(("From", "Geschäftsstelle Integrationsrat <integrationsrat@muenster.example>"),
           ("To", MSO),
           ("Subject", "WG: Anmeldung Tag der MSO"),
           ("Thread-Topic", "Anmeldung Tag der MSO"),
           ("Thread-Index", "AQHbaYc2xN0rW4l5Ek2vq8Hf3Tz1dg=="),
           ("Date", m.date),
           ("Message-ID", "<a81f4c2e90b34d7f8e61c5d2b07a9e34@EXCH02.muenster.example>"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Ximena,

diese Anmeldung ist bei uns in der Geschäftsstelle gelandet, gehört aber zu Euch. Herr Tekle hat die Adresse aus unserem Newsletter genommen. Kannst Du ihm die Bestätigung bitte direkt schicken?

Danke und Gruß
Jens

--
Jens Brockhoff
Geschäftsstelle des Integrationsrats
Stadt Münster

-----Ursprüngliche Nachricht-----
Von: Dawit Tekle <dawit.tekle@mail.example>
Gesendet: Montag, 18. Januar 2027 21:37
An: Integrationsrat <integrationsrat@muenster.example>
Betreff: Anmeldung Tag der MSO

Guten Abend,

ich möchte mich für den Tag der Migrantenselbstorganisationen am 13. März anmelden. Ich bin im Vorstand der Eritreischen Gemeinde Münster e.V. und kümmere mich dort um die Hausaufgabenhilfe, darum würde ich gern in die Arbeitsgruppe zu Schule und Bildung.

Vielen Dank
Dawit Tekle
Eritreische Gemeinde Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Elsewhere: registration for an information evening on the Integrationsrat
# election (4 March).  Written without umlauts, us-ascii 7bit.

@mail("celik-infoabend-integrationsratswahl", "2027-01-21 09:30:15",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Ahmet Celik <ahmet.celik@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Infoabend Integrationsratswahl"),
           ("Date", m.date),
           ("Message-ID", "<20270121083015.GA21734@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich moechte mich fuer den Infoabend zur Integrationsratswahl am 4. Maerz
im Stadthaus anmelden. Ich ueberlege, selbst zu kandidieren, und haette
gern mehr Infos, wie man auf eine Liste kommt.

Gruss
Ahmet Celik
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Genuine registration in Polish: "siebie i koleżankę" = 2, "grupa robocza
# nr 1 - system edukacji".  Thunderbird, iso-8859-2 QP; subject and name in
# iso-8859-2 encoded words.

@mail("wrobel-polish-mit-kollegin", "2027-01-22 14:02:39",
      E("registration", "a.wrobel@samstagsschule-ms.example", "Agnieszka Wróbel",
        "Polnische Samstagsschule Münster e.V.", ["AG1"], 2, "pl"), "pl", "mso")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "a.wrobel@samstagsschule-ms.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na MSO-Tag", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5b0e7d13-c2a9-4f86-91d4-3e8a6f2c0b57@samstagsschule-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Zgłoszenie na MSO-Tag", "From": "Agnieszka Wróbel"})
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i koleżankę z naszej szkoły na Dzień Organizacji
Migrantów (Tag der Migrantenselbstorganisationen) 13 marca. Prowadzimy
Polnische Samstagsschule Münster e.V., więc najbardziej interesuje nas grupa
robocza nr 1 - system edukacji.

Pozdrawiam serdecznie
Agnieszka Wróbel
""", charset="iso-8859-2", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Genuine question with confused dates: she took the registration deadline
# (6 March) for the event day; she will register only after the answer.
# web.de, UTF-8 QP.

@mail("karaman-6-oder-13-maerz", "2027-01-25 10:48:03",
      E("question", "sevda.karaman@web.example", "Sevda Karaman",
        "Frauentreff Kinderhaus", [], None, "de"), "de", "mso")
def _(m):
    m.head(("From", "Sevda Karaman <sevda.karaman@web.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 6. oder 13. März?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f8c6a91-d4e3-47b0-9a15-c7e0b3d8f264-1769334483190@3c-app-webde-bap51>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kurze Frage, weil ich gerade etwas durcheinander bin: Ich hatte mir den MSO-Tag für Samstag, den 6. März, in den Kalender geschrieben, meine Kollegin meint aber, er ist am 13. Was stimmt denn? Am 13. ist bei uns eine Hochzeit in der Familie, dann müsste ich schauen, ob ich das irgendwie hinbekomme.

Wenn es doch der 6. ist, melde ich mich gleich an.

Danke und Gruß
Sevda Karaman
Frauentreff Kinderhaus
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Elsewhere: request for a meeting with the staff member (advice on founding
# an association and on funding); "zu dritt", "Fördermöglichkeiten",
# "Samstag".  Outlook multipart/alternative, windows-1252 QP.

OSMAN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wir sind eine Gruppe sudanesischer Familien in Münster und möchten einen eingetragenen Verein gründen. Frau Akbari vom Stadtteilbüro hat uns gesagt, dass Sie uns dabei beraten können, auch zu Fördermöglichkeiten für kleine Projekte.

Hätten Sie in den nächsten zwei Wochen Zeit für ein Gespräch? Wir wären zu dritt und könnten nachmittags ab 15 Uhr zu Ihnen ins Büro kommen.

Mit freundlichen Grüßen
Amira Osman"""


@mail("osman-terminanfrage-vereinsgruendung", "2027-01-26 16:20:29",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Amira Osman <amira.osman@outlook.example>"),
           ("To", "Meza Correa-Flock <mso-tag@muenster.example>"),
           ("Subject", "Terminanfrage – Gründung eines Vereins"),
           ("Thread-Topic", "Terminanfrage – Gründung eines Vereins"),
           ("Thread-Index", "AQHbb3Hk5sV1yO2wS0ra8Uc4nXq6Tg=="),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1706F2A4C8E1D9B03C57@PAXP193MB1706.EURP193.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, ar-SA"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(OSMAN_TEXT, outlook_html(OSMAN_TEXT, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Genuine registration inside a reply to an old thread about something else
# (the minutes of the December network meeting, which mention the MSO-Tag
# 2027 and its three topics in the quote).  New text: AG 3, alone.  Outlook
# HTML only, windows-1252 QP, Von:/Gesendet: block.

NOORZAI_TEXT = """Liebe Frau Meza Correa-Flock,

danke für das Protokoll, ich habe es an unseren Vorstand weitergegeben. Bei Punkt 4 (Raumvergabe im Begegnungszentrum) fehlt noch, dass Herr Wienke sich um die Schlüssel kümmern wollte.

Und wo ich gerade schreibe: Bitte melden Sie mich auch gleich für den MSO-Tag am 13. März an. Ich würde gern in die AG 3 gehen, ich komme allein.

Beste Grüße
Farid Noorzai
Deutsch-Afghanischer Kulturverein Münster e.V."""

PROTOKOLL = """Liebe Netzwerkmitglieder,

anbei das Protokoll unseres Treffens vom 2. Dezember in Kurzform:

1. Rückblick MSO-Tag 2026: viele positive Rückmeldungen, Wunsch nach mehr Zeit für die Workshops
2. MSO-Tag 2027: 13. März im Stadtweinhaus; geplant sind Arbeitsgruppen zu Bildung, zum Zukunftsprozess und zu Förderung/Vereinsmanagement. Die Einladung kommt im Januar.
3. Interkulturelle Woche 2027: die Planungsgruppe startet im April
4. Raumvergabe Begegnungszentrum: neue Buchungsregeln ab Februar

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


@mail("noorzai-aw-protokoll-netzwerk-plus-anmeldung", "2027-01-27 11:11:57",
      E("registration", "f.noorzai@dakv-muenster.example", "Farid Noorzai",
        "Deutsch-Afghanischer Kulturverein Münster e.V.", ["AG3"], 1, "de"), "de", "mso")
def _(m):
    m.head(("From", '"Noorzai, Farid" <f.noorzai@dakv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: Protokoll Netzwerktreffen MSO vom 2. Dezember"),
           ("Thread-Topic", "Protokoll Netzwerktreffen MSO vom 2. Dezember"),
           ("Thread-Index", "AQHbRb0fXc3k1Tn8Q0eP7m2rZyW9vgALp4Qw"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR04MB6813B7E0A2C4F9D15E83@VI1PR04MB6813.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<netzwerk.protokoll.20261204101500@muenster.example>"),
           ("References", "<netzwerk.protokoll.20261204101500@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 4. Dezember 2026 10:15",
             "Netzwerk MSO Münster",
             "Protokoll Netzwerktreffen MSO vom 2. Dezember", PROTOKOLL)
    m.single(outlook_html(NOORZAI_TEXT, quote, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Elsewhere, Turkish: a naturalised citizen asks how to get onto the voter
# list for the Integrationsrat election ("kaydolmam gerektiğini").
# iso-8859-9 QP, Android.

@mail("yucel-turkish-integrationsrat-waehlerverzeichnis", "2027-01-28 20:33:40",
      E("other"), "tr", "elsewhere")
def _(m):
    m.head(("From", addr("Orhan Yücel", "orhan.yucel@mail.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Entegrasyon Meclisi seçimi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<f7b3e2a0-91c4-4d58-b6e7-3a0d9c1f5e28@mail.example>"),
           ("X-Mailer", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "Entegrasyon Meclisi seçimi", "From": "Orhan Yücel"})
    m.single("""Merhaba,

geçen yıl Alman vatandaşlığına geçtim. Bir arkadaşım, Entegrasyon Meclisi
(Integrationsrat) seçiminde oy kullanabilmem için önceden başvurup seçmen
listesine kaydolmam gerektiğini söyledi. Bu kaydı nereye ve ne zamana kadar
yapmam gerekiyor? Bir form var mı?

Teşekkürler, iyi akşamlar
Orhan Yücel
""", charset="iso-8859-9", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Genuine change: reply to the confirmation (AG 1, 1 person quoted); the new
# text moves him to AG 3.  Gmail reply, UTF-8 QP.

ARAS_TEXT = """Hallo,

ich habe mich vorschnell für die AG 1 eingetragen. Nach Rücksprache mit unserem Vorstand wäre es sinnvoller, wenn ich in die AG 3 gehe, da wir dieses Jahr neue Förderanträge stellen wollen. Können Sie mich bitte umbuchen?

Danke
Bülent Aras
Türkisch-Deutscher Unternehmerverein Münster e.V."""


@mail("aras-change-ag1-to-ag3", "2027-01-29 09:40:22",
      E("change", "buelent.aras@tduv-muenster.example", "Bülent Aras",
        "Türkisch-Deutscher Unternehmerverein Münster e.V.", ["AG3"], None, "de"), "de", "mso")
def _(m):
    conf_id = "<mso2027.conf.20270121091512.3f8a@muenster.example>"
    m.head(("From", "Bülent Aras <buelent.aras@tduv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB7wS1nV4qK9xT2mR6pY8zL3dJ0hF5gE7cU2oA9iN4bQ1rXtWy@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    attribution = (f"Am Do., 21. Jan. 2027 um 09:15 Uhr schrieb Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")
    plain, html_text = gmail_reply(ARAS_TEXT, attribution,
                                   confirmation("Herr Aras", "AG1", 1))
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Elsewhere, English, meant for a colleague: a newcomer registers himself and
# his wife for the city's Welcome Evening, addressed to "Mr Terbrack".
# Outlook plain text, us-ascii 7bit.

@mail("raghunathan-welcome-evening-for-colleague", "2027-02-01 13:15:36",
      E("other"), "en", "elsewhere")
def _(m):
    m.head(("From", '"Raghunathan, Karthik" <k.raghunathan@uni-muenster.example>'),
           ("To", MSO),
           ("Subject", "Welcome Evening 18 February - registration"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2418A9C04E7D1B62F5E0@FR3P281MB2418.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Mr Terbrack,

Thank you for the leaflet about the Welcome Evening for new residents on
18 February at the Town Hall. My wife and I moved to Muenster from Chennai
in November and would be very happy to attend, so please register the two
of us. Is it possible to bring our son (4)?

Best regards,
Karthik Raghunathan

Postdoctoral Researcher
Institute of Inorganic and Analytical Chemistry
""", charset="us-ascii", cte="7bit")


# -- 023 ---------------------------------------------------------------------
# Genuine registration with a wrong month ("13. Mai"): it names the MSO-Tag,
# AG 2, only him.  Outlook for Android, multipart/alternative, UTF-8 base64.

MANSOUR_TEXT = """Hallo, hiermit melde ich mich für den MSO Tag am 13. Mai an. AG 2 bitte, nur ich.
Gruß Tarek Mansour

Outlook für Android herunterladen"""


@mail("mansour-13-mai-android", "2027-02-02 17:50:11",
      E("registration", "tarek.mansour@outlook.example", "Tarek Mansour",
        None, ["AG2"], 1, "de"), "de", "mso")
def _(m):
    m.head(("From", "Tarek Mansour <tarek.mansour@outlook.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<AS8P250MB0891D3F7A2E4C6B19085@AS8P250MB0891.EURP250.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MANSOUR_TEXT, android_outlook_html(MANSOUR_TEXT), charset="utf-8",
                  cte="base64", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Elsewhere: registration of an information stand for the Interkulturelle
# Woche (25 September), a form block with "Verein", "Ansprechpartnerin",
# "Helferinnen und Helfer: 4", and the filled-in form as PDF.
# multipart/mixed, UTF-8 8bit.

@mail("mbarga-infostand-interkulturelle-woche", "2027-02-03 10:05:58",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Sabine Mbarga <sabine.mbarga@dkf-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Infostand Interkulturelle Woche 2027"),
           ("Date", m.date),
           ("Message-ID", "<2c6e0f94-b8d1-4a37-8e52-d9f1a3c7b048@dkf-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Damen und Herren,

anbei unser ausgefülltes Anmeldeformular für einen Infostand beim Markt der
Kulturen im Rahmen der Interkulturellen Woche (Samstag, 25. September 2027,
Domplatz). Die wichtigsten Angaben noch einmal hier:

Verein: Deutsch-Kamerunischer Freundeskreis Münster e.V.
Ansprechpartnerin: Sabine Mbarga
Standgröße: 3 x 3 m, eigener Pavillon
Strom: ja (Kaffeemaschine)
Helferinnen und Helfer am Stand: 4
Angebot: Informationen zum Verein, kamerunische Snacks, Kinderschminken

Falls die Anmeldung an eine andere Stelle gehen muss, leiten Sie sie bitte
weiter.

Viele Grüße
Sabine Mbarga
""", charset="utf-8", cte="8bit")
    pdf = m.binary(make_pdf([
        "Interkulturelle Woche 2027 - Markt der Kulturen",
        "Anmeldung Infostand",
        "Verein: Deutsch-Kamerunischer Freundeskreis Muenster e.V.",
        "Ansprechpartnerin: Sabine Mbarga",
        "Standgroesse: 3 x 3 m   Strom: ja   Helfer: 4",
        "Datum: 25.09.2027, Domplatz",
    ]), "application", "pdf", "Anmeldung_IKW_2027_Infostand.pdf")
    m.multi("mixed", [text, pdf])


# -- 025 ---------------------------------------------------------------------
# Genuine question in Arabic: can someone without an association come, and is
# there Arabic interpretation?  She will register after the answer.
# windows-1256 QP, Arabic name encoded in windows-1256.

@mail("alkurdi-arabic-question-ohne-verein", "2027-02-04 19:22:47",
      E("question", "rasha.alkurdi@mail.example", "رشا الكردي",
        None, [], None, "ar"), "ar", "mso")
def _(m):
    m.head(("From", addr("رشا الكردي", "rasha.alkurdi@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("استفسار عن يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770229367.48213.rasha@mail.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "استفسار عن يوم منظمات المهاجرين", "From": "رشا الكردي"})
    m.single("""السلام عليكم،

سمعت عن يوم منظمات المهاجرين في 13 مارس وأرغب في الحضور، لكن لدي سؤالان قبل التسجيل:
1- أنا لست عضوة في أي جمعية، هل يمكنني الحضور رغم ذلك؟
2- لغتي الألمانية ما زالت ضعيفة، هل ستكون هناك ترجمة إلى العربية؟

شكراً جزيلاً
رشا الكردي
""", charset="windows-1256", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Auto reply (vacation) to a confirmation; Auto-Submitted and Exchange's
# X-Auto-Response-Suppress.  UTF-8 QP.

@mail("yurt-abwesenheit-auf-bestaetigung", "2027-02-05 08:58:30",
      E("auto_reply"), "de", "machine")
def _(m):
    m.head(("From", "Selma Yurt <s.yurt@bildungswerk-anadolu.example>"),
           ("To", MSO),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2a7f8c19e4b04d63b1e5f08c7d3a9b26@EX01.bildungswerk-anadolu.example>"),
           ("In-Reply-To", "<mso2027.conf.20270205085812.9c1e@muenster.example>"),
           ("References", "<mso2027.conf.20270205085812.9c1e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin vom 3. bis einschließlich 14. Februar im Urlaub und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an info@bildungswerk-anadolu.example.

Mit freundlichen Grüßen
Selma Yurt
Bildungswerk Anadolu e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Elsewhere: cancellation of the training course of 24 February ("Anmeldung
# ... stornieren", "Fördermittel für Vereine").  Outlook plain, windows-1252 QP.

@mail("jallow-storno-fortbildung", "2027-02-08 12:30:04",
      E("other"), "de", "elsewhere")
def _(m):
    m.head(("From", "Lamin Jallow <lamin.jallow@gambia-community.example>"),
           ("To", MSO),
           ("Subject", "Stornierung Anmeldung Fortbildung 24.02."),
           ("Date", m.date),
           ("Message-ID", "<001c01dc7a19$3e5b8f20$bb12ad60$@gambia-community.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQLx8e0QvYzT9kPn3m5D2wA7Fq4b1Q=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

leider müssen wir unsere Anmeldung für die Fortbildung „Fördermittel für Vereine“ am 24. Februar stornieren. Unser Vorstand hat für denselben Abend kurzfristig eine außerordentliche Mitgliederversammlung angesetzt. Bitte streichen Sie Herrn Ceesay und mich von der Teilnehmerliste.

Falls die Fortbildung noch einmal angeboten wird, wären wir sehr interessiert.

Mit freundlichen Grüßen
Lamin Jallow
Gambia Community Münster e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Genuine change in Russian: one more person ("Со мной придёт ...") -> 2,
# "Рабочая группа та же" = same group, so no new workgroup choice.  Reply
# to the confirmation (AG 2, 1 person) with a Russian Gmail attribution.
# UTF-8 8bit, text/plain.

@mail("kovalyov-russian-plus-one", "2027-02-09 15:45:19",
      E("change", "d.kovalyov@mail.example", "Дмитрий Ковалёв",
        None, [], 2, "ru"), "ru", "mso")
def _(m):
    conf_id = "<mso2027.conf.20270205112003.5d2b@muenster.example>"
    m.head(("From", "Dmitri Kovalyov <d.kovalyov@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1mP9vX3qT7wB2nR5sY8zL4dF0hJ6gE1cU9oA3iW7bN2rVtQe@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день,

спасибо за подтверждение! Можно ли добавить ещё одного человека? Со мной
придёт наш новый волонтёр, Артём Шевчук. Рабочая группа та же.

Заранее спасибо,
Дмитрий Ковалёв

пт, 5 февр. 2027 г. в 11:20, Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Herr Kovalyov", "AG2", 1))}
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Genuine registration that also asks, in passing, who organises the
# Sommerfest: two persons, AG 2, else AG 1.  Apple Mail text/plain,
# format=flowed, UTF-8 QP.

@mail("tharmalingam-anmeldung-plus-sommerfest-frage", "2027-02-10 10:10:45",
      E("registration", "priya.tharmalingam@tamil-kulturverein.example", "Priya Tharmalingam",
        "Tamilischer Kulturverein Münster e.V.", ["AG2", "AG1"], 2, "de"), "de", "mso")
def _(m):
    m.head(("From", "Priya Tharmalingam <priya.tharmalingam@tamil-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag – Tamilischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<E41B7C3A-0D9F-4A25-8E6B-3C7F1A9D2B05@tamil-kulturverein.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.single("""Liebes Team,

wir melden uns zu zweit zum MSO-Tag am 13. März an: Herr Suresh Kanagaratnam und ich. Wir möchten in die AG 2 (Zukunftsprozess), notfalls auch AG 1.

Übrigens hatten wir letztes Jahr beim Sommerfest am Aasee einen Tanzauftritt – ist für das Sommerfest 2027 auch Ihr Team zuständig, oder an wen müssten wir uns wenden? Das hat aber keine Eile.

Herzliche Grüße
Priya Tharmalingam
Tamilischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 030 ---------------------------------------------------------------------
# Postfix bounce of a confirmation: the mailbox does not exist at the remote
# host.  multipart/report with delivery-status and the returned message.

BOUNCE_RCPT = "n.ahmadzai@posteo-mail.example"


@mail("postfix-bounce-user-unknown", "2027-02-11 09:00:52",
      E("bounce", bounced=BOUNCE_RCPT), "en", "machine")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211080052.4C7E21A03F@mail.muenster.example>"),
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

<{BOUNCE_RCPT}>: host mx01.posteo-mail.example[198.51.100.42] said:
    550 5.1.1 <{BOUNCE_RCPT}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit",
                  headers=[("Content-Description", "Notification")])
    status = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "9B2F51A03C"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 09:00:49 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.posteo-mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{BOUNCE_RCPT}>: Recipient address\n"
                             "    rejected: User unknown")])
    inner = confirmation_message(f"Nasir Ahmadzai <{BOUNCE_RCPT}>", "Herr Ahmadzai",
                                 "AG2", 1, "Thu, 11 Feb 2027 09:00:47 +0100",
                                 "<mso2027.conf.20270211090047.7e3f@muenster.example>")
    m.multi("report", [note, status, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 031 ---------------------------------------------------------------------
# Elsewhere, Polish: a folk dance group registers for the Sommerfest der
# Kulturen in June (12 persons), with a photo.  Gmail, multipart/mixed with
# multipart/alternative and a PNG; UTF-8 QP.

KACZMAREK_TEXT = """Dzień dobry,

nasz zespół tańca ludowego „Kujawiacy” chciałby ponownie wystąpić na Sommerfest der Kulturen w czerwcu. W zeszłym roku tańczyliśmy na małej scenie i wszystkim bardzo się podobało.

Jest nas 12 osób (8 tancerzy i 4 muzyków), występ trwa ok. 20 minut. Potrzebujemy sceny co najmniej 6 x 4 m i dwóch mikrofonów.

W załączniku zdjęcie z zeszłego roku.

Pozdrawiam
Bożena Kaczmarek"""


@mail("kaczmarek-polish-sommerfest-tanzgruppe", "2027-02-12 18:40:26",
      E("other"), "pl", "elsewhere")
def _(m):
    m.head(("From", "Bożena Kaczmarek <bozena.kaczmarek@gmail.example>"),
           ("To", MSO),
           ("Subject", "Zgłoszenie zespołu na Sommerfest"),
           ("Date", m.date),
           ("Message-ID", "<CAH4nQ8wT1vB6pK3xR9sY2zL7dG5hF0jE4cU1oA8iM3bV6rXqWn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(KACZMAREK_TEXT, gmail_html(KACZMAREK_TEXT), charset="utf-8",
                        cte="quoted-printable", style="gmail", top=False)
    png = m.binary(make_png(), "image", "png", "kujawiacy_sommerfest_2026.png")
    m.multi("mixed", [alt, png], style="gmail")


# -- 032 ---------------------------------------------------------------------
# Genuine registration in Farsi: "من و دو نفر از همکارانم" and "۳ نفر" (Persian
# digit) = 3; "گروه کاری سوم" = third working group.  UTF-8 base64 text/plain.

@mail("sadeghi-farsi-drei-personen", "2027-02-15 11:25:13",
      E("registration", "leila.sadeghi@pars-kulturverein.example", "لیلا صادقی",
        "Iranischer Kulturverein Pars e.V.", ["AG3"], 3, "fa"), "fa", "mso")
def _(m):
    m.head(("From", "Leila Sadeghi <leila.sadeghi@pars-kulturverein.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز انجمن‌های مهاجران", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<8f2d4b60-a7c1-4e93-b5d8-1c6e0f3a9b72@pars-kulturverein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"),
           decoded={"Subject": "ثبت نام روز انجمن‌های مهاجران"})
    m.single("""با سلام و احترام،

بدین وسیله من و دو نفر از همکارانم از انجمن Iranischer Kulturverein Pars e.V. برای شرکت در روز انجمن‌های مهاجران (MSO-Tag) در تاریخ ۱۳ مارس ثبت نام می‌کنیم. در مجموع ۳ نفر هستیم.
ما مایل هستیم در گروه کاری سوم (امکانات حمایت مالی و مدیریت انجمن) شرکت کنیم.

با سپاس
لیلا صادقی
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Genuine cancellation in Arabic, reply to the confirmation with an Arabic
# Gmail attribution.  multipart/alternative RTL, UTF-8 base64.

ZOABI_TEXT = """مرحباً،

للأسف لن أتمكن من الحضور يوم 13 مارس بسبب سفر مفاجئ إلى الأردن. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

مع التحية
محمود الزعبي
الجالية الفلسطينية في مونستر"""


@mail("zoabi-arabic-cancel-reply", "2027-02-16 14:00:37",
      E("cancellation", "mahmoud.zoabi@gmail.example", "محمود الزعبي",
        "الجالية الفلسطينية في مونستر", [], None, "ar"), "ar", "mso")
def _(m):
    conf_id = "<mso2027.conf.20270205100214.8a4c@muenster.example>"
    m.head(("From", "Mahmoud Zoabi <mahmoud.zoabi@gmail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ6rT2vW8qB1nX4mK7sY9zL5dH3hF0gE6cU8oA1iP2bR5nVtZc@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    attribution = (f"في الجمعة، 5 فبراير 2027 في 10:02 ص، كتب Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")
    plain, html_text = gmail_reply(ZOABI_TEXT, attribution,
                                   confirmation("Herr Zoabi", "AG2", 1), rtl=True)
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Genuine registration, re-sent: her January mail went to a mistyped address
# (msotag@ without hyphen), so it never arrived; she sends it again below a
# new text that repeats the choice (AG 1, two persons).  GMX, UTF-8 QP.

@mail("mbuyi-zweiter-versuch", "2027-02-18 09:20:08",
      E("registration", "beatrice.mbuyi@gmx.example", "Béatrice Mbuyi",
        "Kongolesische Frauenvereinigung Münster e.V.", ["AG1"], 2, "de"), "de", "mso")
def _(m):
    m.head(("From", "Béatrice Mbuyi <beatrice.mbuyi@gmx.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (2. Versuch)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e1c4a72-5f0b-4d39-a6c8-b2d7e9f1a053-1771402808356@3c-app-gmx-bs64>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

Mitte Januar habe ich uns schon angemeldet (siehe unten), aber bis heute keine Bestätigung bekommen. Jetzt sehe ich, dass mir beim Bindestrich in der Adresse ein Fehler passiert ist. Darum schicke ich es noch einmal. Es bleibt dabei: meine Kollegin Chantal Ilunga und ich, AG 1.

Freundliche Grüße
Béatrice Mbuyi
Kongolesische Frauenvereinigung Münster e.V.


Gesendet: Donnerstag, 14. Januar 2027 um 22:10
Von: "Béatrice Mbuyi" <beatrice.mbuyi@gmx.example>
An: msotag@muenster.example
Betreff: Anmeldung MSO-Tag

Hallo, wir möchten uns für den Tag der MSO anmelden: Béatrice Mbuyi und Chantal Ilunga von der Kongolesischen Frauenvereinigung, AG Bildung. Danke!
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Question about a registration that belongs to LAST year: she forwards her
# mail of 16 February 2026 (for 14 March, "Workshop 1 (Ehrenamt)") and asks
# whether it arrived.  Nothing in the new text registers for 2027.  Outlook
# plain text, windows-1252 QP.

@mail("ismailova-resends-2026-registration", "2027-02-19 16:45:31",
      E("question", "roza.ismailova@mail.example", "Roza Ismailova",
        "Tatarisch-Baschkirischer Kulturverein Münster e.V.", [], None, "de"), "de", "elsewhere")
def _(m):
    m.head(("From", "Roza Ismailova <roza.ismailova@mail.example>"),
           ("To", MSO),
           ("Subject", "WG: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<002d01dc82e7$91a4f6b0$b4eee410$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQH0c9kT2vq1Zb6Rn4Xw8Ey3Lm5J7A=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe mich schon vor einiger Zeit für den MSO-Tag angemeldet (meine Mail unten), aber bisher keine Bestätigung bekommen. Ist meine Anmeldung angekommen? Ich möchte sichergehen, dass ich auf der Liste stehe.

Mit freundlichen Grüßen
Roza Ismailova
Tatarisch-Baschkirischer Kulturverein Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Roza Ismailova <roza.ismailova@mail.example>
Gesendet: Montag, 16. Februar 2026 19:42
An: mso-tag@muenster.example
Betreff: Anmeldung MSO-Tag

Hallo,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 14. März an, Workshop 1 (Ehrenamt).

Viele Grüße
Roza Ismailova
""", charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Genuine question: a registered participant (AG 3, two persons - stated, not
# changed) asks for a call or meeting with the staff member before the
# MSO-Tag to prepare a short project presentation.  Thunderbird, UTF-8 QP.

@mail("hassan-treffen-vor-dem-mso-tag", "2027-02-22 11:30:50",
      E("question", "abdullahi.hassan@somali-kulturverein.example", "Abdullahi Hassan",
        "Somalischer Kulturverein Münster e.V.", [], None, "de"), "de", "mso")
def _(m):
    m.head(("From", "Abdullahi Hassan <abdullahi.hassan@somali-kulturverein.example>"),
           ("To", "Meza Correa-Flock <mso-tag@muenster.example>"),
           ("Subject", "Kurzes Gespräch vor dem MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<0b7e2d95-4c18-4f6a-9d03-e8a1c5f7b264@somali-kulturverein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

wir sind für den MSO-Tag angemeldet (AG 3, zwei Personen). Frau Nowak aus
dem Netzwerk meinte, dass Vereine in der AG 3 kurz von ihren Erfahrungen
mit Förderanträgen berichten können. Wir würden gern unser Projekt
„Hausaufgabenhilfe Berg Fidel“ vorstellen, fünf Minuten reichen uns.

Könnten wir vorher kurz telefonieren oder uns treffen, um das abzustimmen?
Ich bin vormittags gut erreichbar unter 0176 4412 9087.

Mit freundlichen Grüßen
Abdullahi Hassan
Somalischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Genuine cancellation in Turkish, a fresh mail (no quote): "kayıt
# yaptırmıştım (3. çalışma grubu)" names the old group; "Kaydımı silebilir
# misiniz?" asks to delete it.  UTF-8 QP.

@mail("dogan-turkish-cancel", "2027-02-24 20:10:17",
      E("cancellation", "hulya.dogan@mail.example", "Hülya Doğan",
        None, [], None, "tr"), "tr", "mso")
def _(m):
    m.head(("From", "Hülya Doğan <hulya.dogan@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO günü - iptal"),
           ("Date", m.date),
           ("Message-ID", "<1771960217.362.hulya@mail.example>"),
           ("X-Mailer", "Samsung Email"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart'taki MSO gününe kayıt yaptırmıştım (3. çalışma grubu). Maalesef o hafta sonu annemi ziyaret etmek için Türkiye'ye gitmem gerekiyor, katılamayacağım. Kaydımı silebilir misiniz?

Kusura bakmayın, iyi çalışmalar
Hülya Doğan

Samsung Galaxy cihazımdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Genuine change in English: from working group 2 to working group 1.  Outlook
# reply quoting the confirmation (AG 2) below an English From/Sent block.
# multipart/alternative, UTF-8 QP.

MWALE_TEXT = """Hello,

Could you please move me from working group 2 to working group 1 (education)? I have just been elected parents' representative at my son's school, so the education group fits much better now.

Many thanks,
Rebecca Mwale
Zambian Association Münster"""


@mail("mwale-english-change-to-wg1", "2027-03-01 10:00:42",
      E("change", "rebecca.mwale@mail.example", "Rebecca Mwale",
        "Zambian Association Münster", ["AG1"], None, "en"), "en", "mso")
def _(m):
    conf_id = "<mso2027.conf.20270209161804.2b7d@muenster.example>"
    m.head(("From", "Rebecca Mwale <rebecca.mwale@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbe2Pq4vK8nS1tY0wR6mZ3xB9cLA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB7364E8A1C0F3B5D29647@DU2PR10MB7364.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Tuesday, February 9, 2027 4:18 PM",
             "Rebecca Mwale <rebecca.mwale@mail.example>",
             CONF_SUBJECT, confirmation("Frau Mwale", "AG2", 1))
    m.alternative(outlook_plain(MWALE_TEXT, quote, labels="en"),
                  outlook_html(MWALE_TEXT, quote, charset="utf-8", labels="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Genuine cancellation with a wrong day ("am 14. März"): it withdraws his
# MSO-Tag registration.  Webmail HTML only, UTF-8 base64.

ASFAW_TEXT = """Hallo zusammen,

leider muss ich meine Anmeldung für den MSO-Tag am 14. März zurückziehen, ich habe an dem Wochenende Spätdienst im Krankenhaus bekommen. Beim nächsten Mal bin ich gern wieder dabei.

Viele Grüße
Daniel Asfaw
Äthiopischer Gemeinschaftsverein Münster"""


@mail("asfaw-absage-falsches-datum", "2027-03-04 17:30:24",
      E("cancellation", "daniel.asfaw@web.example", "Daniel Asfaw",
        "Äthiopischer Gemeinschaftsverein Münster", [], None, "de"), "de", "mso")
def _(m):
    m.head(("From", "Daniel Asfaw <daniel.asfaw@web.example>"),
           ("To", MSO),
           ("Subject", "Absage"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4a9d1e63-7b2c-4f08-8e51-c3f6a0d2b917-1772641824512@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(ASFAW_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Genuine registration after the deadline, phrased as a request: "Falls noch
# ein Platz frei ist, würde ich ... gerne kommen, in die AG Finanzierung.
# Nur ich."  iPhone, text/plain UTF-8 QP, with an emoji.

@mail("maric-nach-anmeldeschluss-iphone", "2027-03-09 08:40:03",
      E("registration", "ivana.maric@mail.example", "Ivana Marić",
        "Kroatische Kulturgemeinschaft Münster e.V.", ["AG3"], 1, "de"), "de", "mso")
def _(m):
    m.head(("From", "Ivana Marić <ivana.maric@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<6C0A2E7B-93F4-4D18-B5A9-E1F27D3C8B40@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo, ich weiß, die Anmeldefrist ist schon vorbei 🙈 Falls noch ein Platz frei ist, würde ich am Samstag gerne kommen, in die AG Finanzierung. Nur ich.
Danke!
Ivana Marić
Kroatische Kulturgemeinschaft Münster e.V.

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, group, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, group))
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
URL_OK = ("schemas.microsoft.com", "www.w3.org")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def check(name, data, m, expected, crlf):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    # raw form: line length and line ends
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
        if crlf and i < data.count(b"\n") + 1 and not line.endswith(b"\r"):
            problems.append(f"line {i} lacks CR in a CRLF mail")
            break
        if not crlf and line.endswith(b"\r"):
            problems.append(f"line {i} has a stray CR")
            break
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
    for h, want in m.header_text.items():
        if want not in str(msg[h]):
            problems.append(f"header {h} decodes to {str(msg[h])!r}, not {want!r}")
    # every leaf decodes, strictly in its declared charset, to the written text
    got_leaves = list(leaves(msg))
    if len(got_leaves) != len(m.intended):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(m.intended)}")
    for i, (p, w) in enumerate(zip(got_leaves, m.intended)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        raw = p.get_payload(decode=True)
        try:
            strict = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: get_content() differs from the written text")
    # every address-like string and URL uses an example domain
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_label(expected, msg, text)
    return problems


def check_label(e, msg, text):
    """The record is well formed and agrees with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            problems.append("email does not occur in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append("name does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append("organisation does not occur in the mail")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("person mail needs an ISO 639-1 language")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "language",
                                          "party_size")) or wg:
            problems.append(f"{kind}: person fields must be null / []")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                            or e["party_size"] < 1):
            problems.append("change party_size must be null or >= 1")
    elif kind in ("cancellation", "question"):
        if e["party_size"] is not None or wg:
            problems.append(f"{kind}: party_size null and workgroups [] expected")
    if kind == "bounce":
        b = e["bounced_recipient"]
        rcpts = [str(blk.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not b or b != b.lower() or not any(b in r for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    groups = collections.Counter((g, e["kind"]) for _, _, e, _, g in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t, _ in built)
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
    print("group x kind:", dict(sorted(groups.items())))
    langs = sorted({t for t, _ in table})
    print("language of the text x kind:")
    print("    " + "".join(f"{k[:7]:>8}" for k in KINDS) + "     all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang}" + "".join(f"{(v or '-'):>8}" for v in row) + f"{sum(row):>8}")
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
            if not path.exists() or path.read_bytes() != data:
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

    senders = collections.Counter()
    for (name, m, e, _, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for _, a in getaddresses([str(msg["From"])]):
            senders[a.lower()] += 1
        for problem in check(name, data, m, e, m.crlf):
            print(f"{name}: {problem}")
            bad += 1
    for a, k in senders.items():
        if k > 1:
            print(f"sender {a} appears {k} times")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
