#!/usr/bin/env python3
"""Build the "fachtag-gesundheit" corpus for `mailbot parse`: mails/NNN-slug.eml
and expected.json.

Event: Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft 2027 of the
Gesundheitsamt der Stadt Bielefeld (see config.toml), four workshops PFL, PSY,
DOL, PRAEV (numbers 1..4 in this order).

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it: no defects, every
text part decodes strictly in its declared charset to exactly the written text,
attachments byte-identical, CRLF-terminated lines of at most 998 octets, dates
rising with the numbering, example domains only, and the labels consistent with
the mail (see check_labels()).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-gesundheit@bielefeld.example"
FT_NAME = "Fachtag Gesundheit und Pflege"
TO_FT = f"{FT_NAME} <{FT}>"
INVITATION_ID = "<einladung.fachtag-gesundheit.20270914100000@bielefeld.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("PFL", "PSY", "DOL", "PRAEV")


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
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
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


# Summer time 2027 ends on Sunday 31 October at 01:00 UTC.
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)


def berlin(dt):
    """dt as Europe/Berlin local time (CEST/CET) and the zone's abbreviation."""
    hours = 2 if dt < DST_END else 1
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=hours))), \
        ("CEST" if hours == 2 else "CET")


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
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain if not domain.startswith(("mail.", "smtp.")) else domain
            local, zone = berlin(self.when + datetime.timedelta(seconds=2))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {format_datetime(local)} ({zone})")
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
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1800000000000 + int(h[16:24], 16) % 99999999}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
        return f"----=_NextPart_{h[:3]}_{h[3:7]}_{h[7:15].upper()}.{h[15:23].upper()}"

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


def make_png(width=48, height=48):
    """A small RGB PNG logo: a white cross on teal."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            cross = (18 <= x < 30 and 8 <= y < 40) or (18 <= y < 30 and 8 <= x < 40)
            row += bytes((255, 255, 255) if cross else (0, 128, 128))
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

INVITATION_SUBJECT = ("Einladung: Fachtag Gesundheit und Pflege in der "
                      "Einwanderungsgesellschaft am 10. November 2027")
CONFIRMATION_SUBJECT = "Ihre Anmeldung: Fachtag Gesundheit und Pflege am 10. November 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Gesundheit und Pflege am 10. November 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen aus Pflege, Medizin, Sprachmittlung und
Selbsthilfe,

das Gesundheitsamt der Stadt Bielefeld lädt Sie herzlich ein zum

Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft
Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr
Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld

Nach einem Impulsvortrag und einer Podiumsrunde am Vormittag arbeiten wir
ab 13:00 Uhr in vier parallelen Workshops:

Workshop 1: Kultursensible Pflege älterer Migrantinnen und Migranten
Workshop 2: Psychische Gesundheit, Flucht und Trauma
Workshop 3: Gesundheitskompetenz und Dolmetschen im Gesundheitswesen
Workshop 4: Prävention und Gesundheitsförderung mit Familien

Die Teilnahme ist kostenfrei. Alle Teilnehmenden erhalten eine
Teilnahmebescheinigung; Fortbildungspunkte für die Registrierung beruflich
Pflegender (RbP) sind beantragt.

Bitte melden Sie sich bis zum 27. Oktober 2027 per E-Mail an
fachtag-gesundheit@bielefeld.example an und nennen Sie uns Ihren Namen, Ihre
Einrichtung, den gewünschten Workshop (gern mit Zweitwunsch) und die Zahl
der Personen.

Mit freundlichen Grüßen
i. A. Miriam Okonkwo-Lange
Gesundheitsamt der Stadt Bielefeld
Gesundheitsförderung und Migration"""

WS_LINE = {
    "PFL": "Workshop 1 – Kultursensible Pflege älterer Migrantinnen und Migranten",
    "PSY": "Workshop 2 – Psychische Gesundheit, Flucht und Trauma",
    "DOL": "Workshop 3 – Gesundheitskompetenz und Dolmetschen im Gesundheitswesen",
    "PRAEV": "Workshop 4 – Prävention und Gesundheitsförderung mit Familien",
}


def confirmation(salutation, ws, persons):
    """The confirmation the registration mailbox sends (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Gesundheit und Pflege in der
Einwanderungsgesellschaft am Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr,
in der Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld.

Ihr Workshop am Nachmittag:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Sie möchten etwas ändern oder absagen? Antworten Sie einfach auf diese
E-Mail.

Mit freundlichen Grüßen
Fachtag Gesundheit und Pflege
Gesundheitsamt der Stadt Bielefeld"""


def reminder(salutation, ws, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Mittwoch, 10. November
2027, zum Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft zu
begrüßen.

Einlass ab 8:30 Uhr, Beginn 9:00 Uhr
Volkshochschule Bielefeld, Ravensberger Park 1, 33607 Bielefeld

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Wer Fortbildungspunkte erhalten möchte, bringt bitte die RbP-Nummer mit.
Falls Sie doch nicht teilnehmen können, sagen Sie uns bitte kurz ab, damit
wir den Platz weitergeben können.

Mit freundlichen Grüßen
Fachtag Gesundheit und Pflege
Gesundheitsamt der Stadt Bielefeld"""


def ft_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A whole message from the registration mailbox (for message/rfc822 parts)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def outlook_head(charset="Windows-1252"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage19
	{{mso-style-type:personal-compose;
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
</xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, small=False):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if small:
        return (f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{esc(line)}"
                f"<o:p></o:p></span></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {"de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
                  "en": ("From", "Sent", "To", "Cc", "Subject")}


def outlook_html(text, quotes=(), charset="Windows-1252", small_from=None, lang="de"):
    """Outlook-style HTML for `text`; each quote = (von, gesendet, an, cc, betreff, text).
    Lines from the one that equals `small_from` on are set small and grey
    (the disclaimer)."""
    out, small = [], False
    for line in text.split("\n"):
        if small_from and line == small_from:
            small = True
        out.append(mso_p(line, small))
    lab = OUTLOOK_LABELS[lang]
    for von, gesendet, an, cc, betreff, quoted in quotes:
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        cc_html = f"<b>{lab[3]}:</b> {esc(cc)}<br>\n" if cc else ""
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lab[0]}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lab[1]}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{lab[2]}:</b> {esc(an)}<br>\n{cc_html}"
                   f"<b>{lab[4]}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    doc = outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
    # Outlook writes characters its charset cannot carry as numeric references.
    return "".join(c if c.encode(charset, "ignore") else f"&#{ord(c)};" for c in doc)


def outlook_plain(text, quotes=(), lang="de", sep=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    lab = OUTLOOK_LABELS[lang]
    out = text
    for von, gesendet, an, cc, betreff, quoted in quotes:
        cc_line = f"{lab[3]}: {cc}\n" if cc else ""
        head = (sep + "\n") if sep else ""
        out += (f"\n\n{head}{lab[0]}: {von}\n{lab[1]}: {gesendet}\n{lab[2]}: {an}\n"
                f"{cc_line}{lab[4]}: {betreff}\n\n{quoted}")
    return out


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, attr=None, quoted=None, rtl=False):
    """Gmail markup: one <div> per line, optionally a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quoted is not None:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div{d} class=\"gmail_attr\">"
                f"{esc(attr)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
                f"0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text, attr=None, quoted=None):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = ("<html><head></head><body><div class=\"ydpa3f1c2d5yahoo-style-wrap\" "
           "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
           f"{inner}</div>")
    if quoted is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        out += (f"<div id=\"yahoo_quoted_2\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', "
                f"Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>{esc(attr)}</div>"
                f"<div><br></div><blockquote>{q}</blockquote></div></div>")
    return out + "</body></html>\n"


def outlook_mobile_html(text, charset="utf-8"):
    inner = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">"
            "</head><body><div dir=\"auto\" style=\"font-family: Aptos, sans-serif; font-size: 12pt;\">"
            f"{inner}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation (Auto-Submitted,
# X-Auto-Response-Suppress), multipart/alternative UTF-8 QP.  It names a
# deputy and a shared address; nothing in it registers anyone.

STROTMANN_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26.09.2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden pflegerischen Angelegenheiten wenden Sie sich bitte an meine Stellvertreterin, Frau Reinholz, Tel. 0521 98 76 54-12, oder an pflege@haus-abendrot.example. Bewerbungen senden Sie bitte an bewerbung@haus-abendrot.example.

Mit freundlichen Grüßen
Gerlinde Strotmann
Pflegedienstleitung
Seniorenzentrum Haus Abendrot"""


@mail("strotmann-exchange-out-of-office", "2027-09-14 08:01:12",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Strotmann, Gerlinde" <g.strotmann@haus-abendrot.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcJX1mY2Rk7nQ0S0eXo3Tt1u8cZw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1466C0D2A5B9E4F1A7C3B2D8E6F4A9B1@FR3P281MB1466.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "g.strotmann@haus-abendrot.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(STROTMANN_OOO, outlook_html(STROTMANN_OOO, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Ward manager (Stationsleitung) registers herself and two nurses of her ward
# for Workshop 1 -> 3 persons.  Outlook, HTML only, windows-1252 QP, quoting
# the whole invitation (all four workshops appear in the quote).  Long
# signature, register court, managing director and a confidentiality notice.
# Asks whether a colleague may come late after her night shift.

KETTELHAKE_TEXT = """Sehr geehrte Frau Okonkwo-Lange,

vielen Dank für die Einladung, die kommt für uns genau richtig. Auf unserer Station liegen inzwischen viele ältere Patientinnen und Patienten, die kaum oder gar kein Deutsch sprechen, und auch unser Team kommt aus sechs verschiedenen Ländern.

Hiermit melde ich mich und zwei Kolleginnen aus meinem Team verbindlich an:

- Sabine Kettelhake (Stationsleitung)
- Fatma Demirci (Pflegefachfrau)
- Ljiljana Marković (Pflegefachfrau)

Wir möchten alle drei in den Workshop 1 (kultursensible Pflege älterer Migrantinnen und Migranten).

Eine Frage noch: Frau Demirci hat in der Nacht vor dem Fachtag Dienst. Wäre es in Ordnung, wenn sie erst mittags zum Workshop dazukommt? Bekommt sie dann trotzdem eine Teilnahmebescheinigung?

Mit freundlichen Grüßen

Sabine Kettelhake
Stationsleitung G2 – Akutgeriatrie
Klinik für Geriatrie und Frührehabilitation

Klinikum am Johannisberg gGmbH
Am Johannisberg 12 | 33615 Bielefeld
Tel.: 0521 77 01-4420 | Fax: 0521 77 01-4429
s.kettelhake@klinikum-johannisberg.example
www.klinikum-johannisberg.example

Klinikum am Johannisberg gGmbH · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 40123
Geschäftsführung: Dr. rer. pol. Hartmut Stienecke · Vorsitzende des Aufsichtsrats: Ursula Meyer-Brandt

VERTRAULICHKEITSHINWEIS: Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""


@mail("kettelhake-ward-three-outlook-html-quote", "2027-09-14 09:52:40",
      E("registration", "s.kettelhake@klinikum-johannisberg.example", "Sabine Kettelhake",
        "Klinikum am Johannisberg gGmbH", ["PFL"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kettelhake, Sabine" <s.kettelhake@klinikum-johannisberg.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcJX1mY2Rk7nQ0S0eXo3Tt1u8cZwABx9Kc"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2035F0A1C2D3E4B5A6978812@BE1P281MB2035.DEUP281.PROD.OUTLOOK.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FT_NAME} <{FT}>", "Dienstag, 14. September 2027 10:00", f"{FT_NAME} <{FT}>",
             "", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KETTELHAKE_TEXT, [quote],
                          small_from="Klinikum am Johannisberg gGmbH · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 40123"),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Polish care worker of an ambulant care service; windows-1250 QP webmail.
# "warsztat nr 1" = workshop 1.  Asks for a certificate because her boss then
# pays the day as working time (still a registration).

@mail("nowicka-polish-windows-1250", "2027-09-14 19:40:05",
      E("registration", "gosia.nowicka@poczta.example", "Małgorzata Nowicka",
        "Pflegedienst Sonnenschein", ["PFL"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Małgorzata Nowicka", "gosia.nowicka@poczta.example", "iso-8859-2", "q")),
           ("To", FT),
           ("Subject", ew("Zgłoszenie na Fachtag 10.11 – warsztat 1", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<5f1e2a0c9b7d4e33.1789407605@poczta.example>"),
           ("X-Mailer", "Poczta Webmail 7.4"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

nazywam się Małgorzata Nowicka i pracuję jako opiekunka w ambulatoryjnym serwisie opieki „Pflegedienst Sonnenschein” w Bielefeld. Po niemiecku mówię dobrze, ale pisanie jest jeszcze dla mnie trudne, dlatego piszę po polsku – mam nadzieję, że to nie problem.

Chciałabym się zapisać na Fachtag 10 listopada, na warsztat nr 1 (opieka nad starszymi migrantami). Mamy wielu podopiecznych z Polski i z Rosji, którzy na starość zapominają niemiecki i wtedy bardzo trudno się z nimi porozumieć.

Czy dostanę zaświadczenie o udziale? Szef powiedział, że jeśli przyniosę zaświadczenie, to zapłaci mi ten dzień jako czas pracy.

Pozdrawiam serdecznie
Małgorzata Nowicka
tel. 0157 3321 8804
""", charset="windows-1250", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Psychiatric nurse, iPhone, short.  Registers for "Workshop 2 (Trauma)" and
# asks whether he may come late after his night shift (9th to 10th).
# No employer named.

@mail("holtkamp-iphone-night-shift", "2027-09-15 07:12:33",
      E("registration", "jholtkamp@icloud.example", "Jens Holtkamp", None,
        ["PSY"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jens Holtkamp <jholtkamp@icloud.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag / Workshop Trauma"),
           ("Date", m.date),
           ("Message-ID", "<0C7A19E2-5B44-4F0D-9D3E-7A1B2C3D4E5F@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("Content-Type", "text/plain; charset=utf-8"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Moin,

ich würd mich gern für den Fachtag am 10.11. anmelden, Workshop 2 (Trauma). Bin Fachkrankenpfleger für Psychiatrie, arbeite auf ner geschützten Akutstation und wir haben immer mehr geflüchtete Patienten, da fehlt uns oft das Handwerkszeug.

Eine Frage noch: ich hab vom 9. auf den 10. Nachtdienst bis 6:15. Ist es okay wenn ich vormittags etwas später reinkomme? Oder muss man für die Bescheinigung/Fortbildungspunkte die ganze Zeit da sein?

Gruß
Jens Holtkamp

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Romanian nurse in a care home; Yahoo, multipart/alternative UTF-8 QP.
# First choice workshop 1, else workshop 3 ("atelierul 3").  Asks about
# Fortbildungspunkte.

POPA_TEXT = """Bună ziua,

Mă numesc Claudia-Elena Popa și lucrez ca asistentă medicală (Pflegefachkraft) la Seniorenresidenz Am Obersee din Bielefeld. Am primit invitația de la conducerea căminului și aș dori să mă înscriu la Fachtag-ul din 10 noiembrie.

Mă interesează cel mai mult atelierul 1, despre îngrijirea vârstnicilor migranți. Dacă acolo nu mai sunt locuri, aș merge la atelierul 3 (competențe în sănătate și interpretariat).

O întrebare: primesc și puncte de formare (Fortbildungspunkte) pentru registrul asistenților medicali? Le adun pentru recertificare.

Vă mulțumesc frumos!
Cu stimă,
Claudia-Elena Popa"""


@mail("popa-romanian-yahoo", "2027-09-15 13:30:47",
      E("registration", "claudiaelena.popa@yahoo.example", "Claudia-Elena Popa",
        "Seniorenresidenz Am Obersee", ["PFL", "DOL"], 1, "ro"), "ro", tz=0)
def _(m):
    m.head(("From", addr("Claudia-Elena Popa", "claudiaelena.popa@yahoo.example")),
           ("To", addr(FT_NAME, FT)),
           ("Subject", ew("Înscriere Fachtag Gesundheit und Pflege 10.11.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1492837465.3316402.1789479047331@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22633 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(POPA_TEXT, yahoo_html(POPA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 006 ---------------------------------------------------------------------
# QUESTION: a doctors' assistant (MFA) asks whether MFAs may come, whether it
# costs the practice anything and whether there is a certificate -- "Bevor
# wir uns anmelden".  Outlook plain text, windows-1252 8bit; practice
# signature with two doctors' names and a medical-confidentiality notice.

@mail("schuermann-mfa-questions-before-registering", "2027-09-16 07:20:15",
      E("question", "melanie.schuermann@praxis-yilmaz-hollenberg.example", "Melanie Schürmann",
        "Gemeinschaftspraxis Dr. med. Cem Yilmaz & Dr. med. Katrin Hollenberg",
        [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Melanie Schürmann" <melanie.schuermann@praxis-yilmaz-hollenberg.example>'),
           ("To", FT),
           ("Subject", "Fragen zum Fachtag am 10.11."),
           ("Date", m.date),
           ("Message-ID", "<001a01dc26c4$3b2f4e80$b18deb80$@praxis-yilmaz-hollenberg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdwmxDsvTn2w9fQkR0yC7lM0hXbNbA=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

unser Praxisteam hat Ihre Einladung zum Fachtag am 10. November bekommen. Wir sind eine hausärztliche Gemeinschaftspraxis mit vielen Patientinnen und Patienten türkischer, arabischer und osteuropäischer Herkunft, deshalb finden wir besonders den Workshop zum Dolmetschen sehr interessant.

Bevor wir uns anmelden, hätte ich ein paar Fragen:

1. Ist der Fachtag auch für Medizinische Fachangestellte gedacht oder eher für Pflegekräfte?
2. Entstehen Kosten? Unser Chef möchte wissen, ob die Praxis etwas bezahlen muss bzw. ob eine Rechnung kommt.
3. Gibt es eine Teilnahmebescheinigung, die wir für unsere Fortbildungsnachweise verwenden können?

Mittwochnachmittag ist die Praxis geschlossen, das würde also grundsätzlich gut passen.

Vielen Dank vorab und freundliche Grüße

Melanie Schürmann
Medizinische Fachangestellte / Praxismanagerin

Gemeinschaftspraxis Dr. med. Cem Yilmaz & Dr. med. Katrin Hollenberg
Fachärzte für Allgemeinmedizin
Heeper Straße 140 · 33607 Bielefeld
Tel. 0521 6 10 23-0 · Fax 0521 6 10 23-29
Sprechzeiten: Mo–Fr 8–12 Uhr, Mo/Di/Do 15–18 Uhr

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sie kann Informationen enthalten, die der ärztlichen Schweigepflicht unterliegen. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie uns bitte und löschen Sie die Nachricht. Bitte senden Sie uns keine Befunde oder Gesundheitsdaten per unverschlüsselter E-Mail.
""", charset="windows-1252", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Turkish volunteer health guide of a women's association registers herself
# and a friend (2) for "4. atölye"; ISO-8859-9 QP, subject in ISO-8859-9 Q.
# The body names the association in Turkish, the signature in German.

@mail("erdogan-turkish-iso-8859-9", "2027-09-16 22:15:09",
      E("registration", "nurcan.erdogan@lale-frauen.example", "Nurcan Erdoğan",
        "Frauenbegegnungsstätte Lale e.V.", ["PRAEV"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Nurcan Erdoğan", "nurcan.erdogan@lale-frauen.example", "iso-8859-9", "q")),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı - 2 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270916221509.4f2a91c3@webmail.lale-frauen.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""İyi akşamlar,

Ben Nurcan Erdoğan, Bielefeld'deki Lale Kadın Buluşma Merkezi'nde gönüllü sağlık rehberi (Gesundheitslotsin) olarak çalışıyorum. Annelerle ve küçük çocuklu ailelerle çok çalışıyoruz, bu yüzden 4. atölye (ailelerle önleme ve sağlığı geliştirme) bizim için en uygunu.

Kendim ve arkadaşım Hatice Yavuz için kayıt yaptırmak istiyorum, yani toplam 2 kişi olacağız.

Almancam iyi ama yazmak biraz zor geliyor, o yüzden Türkçe yazıyorum. Etkinlik Almanca olacak, değil mi? Sorun değil, anlarız.

Saygılarımla,
Nurcan Erdoğan
Frauenbegegnungsstätte Lale e.V.
Bielefeld
""", charset="iso-8859-9", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Freelance interpreter, learner German; sent from her office account with
# Reply-To to her own address (Reply-To beats From).  Gmail-style
# multipart/alternative.  No organisation (freelance, "Dolmetschbüro Gerber"
# is only the display name of the office account).

GERBER_TEXT = """Sehr geehrte Frau Okonkwo-Lange,

ich habe Ihre Einladung von eine Kollegin aus dem Sozialdienst bekommen und möchte mich gerne zu dem Fachtag anmelden.

Ich arbeite seit 2019 als Sprach- und Integrationsmittlerin für Russisch und Ukrainisch, meistens im Krankenhaus und bei Ärzte, manchmal auch in Psychiatrie. Für mich besonders interessant ist Workshop 3 über Dolmetschen, weil wir oft in schwierige Situation sind: die Familie will selbst übersetzen, Kinder übersetzen für Eltern beim Arzt usw.

Bitte schreiben Sie mir, ob ich noch Platz bekomme. Ich bin freiberuflich, deshalb kann ich den ganzen Tag kommen, kein Problem mit Dienstplan :)

Mit freundlichen Grüßen
Larisa Gerber
Sprach- und Integrationsmittlerin (Russisch, Ukrainisch)
Tel. 0176 40 11 93 52"""


@mail("gerber-interpreter-learner-reply-to", "2027-09-17 10:05:51",
      E("registration", "larisa.gerber@gerber-sprachmittlung.example", "Larisa Gerber", None,
        ["DOL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dolmetschbüro Gerber <buero@gerber-sprachmittlung.example>"),
           ("Reply-To", "Larisa Gerber <larisa.gerber@gerber-sprachmittlung.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Workshop Dolmetschen"),
           ("Date", m.date),
           ("Message-ID", "<CAFr9wK2mQ7x1Lb0nT5eYc8dVh3pJs6uZa4oGi2RkW1fXt9Nq0A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GERBER_TEXT, gmail_html(GERBER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Russian, windows-1251 base64, From and Subject in windows-1251 B words.
# Nurse of an ambulant care service for Russian-speaking seniors registers
# herself and a colleague (2): first seminar, else the second.  Asks whether
# the certificate can be had in German, because the employer pays the day
# only against it.  The name exists only in Cyrillic.

@mail("schmidt-russian-windows-1251", "2027-09-17 14:30:22",
      E("registration", "e.schmidt.pflege@mail.example", "Елена Шмидт",
        "Ambulanter Pflegedienst Nadjeschda GmbH", ["PFL", "PSY"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Елена Шмидт", "e.schmidt.pflege@mail.example", "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Регистрация на Fachtag 10 ноября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789648222.503312874@f412.i.mail.example>"),
           ("X-Mailer", "Mail.Example Web 14.2"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Елена Шмидт, я работаю медсестрой в амбулаторной службе ухода «Надежда» в Билефельде. Почти все наши клиенты – пожилые люди из бывшего СССР, многие после инсульта или с деменцией, и они часто забывают немецкий язык.

Я хочу записаться на Fachtag 10 ноября вместе с моей коллегой Ольгой Кляйн. Нас больше всего интересует первый семинар (уход за пожилыми мигрантами), а если там не будет мест – второй, про психическое здоровье и травму.

И ещё вопрос: вы выдаёте справку об участии на немецком языке? Работодатель оплачивает этот день только при наличии справки.

С уважением,
Елена Шмидт
Ambulanter Pflegedienst Nadjeschda GmbH
""", charset="windows-1251", cte="base64")


# -- 010 ---------------------------------------------------------------------
# OTHER: a regional nursing network's newsletter that advertises this very
# Fachtag with its four workshops, the registration address and "jetzt
# anmelden".  List headers, Precedence bulk, multipart/alternative.

PFLEGENETZ_TEXT = """Pflegenetzwerk OWL – Newsletter September 2027

Liebe Kolleginnen und Kollegen,

in dieser Ausgabe:
1. Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft – jetzt anmelden
2. Stammtisch Praxisanleitung am 6. Oktober
3. Umfrage: Personalbemessung in der stationären Langzeitpflege

1. Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft
Das Gesundheitsamt Bielefeld lädt am Mittwoch, 10. November, in die VHS im Ravensberger Park ein. Nachmittags gibt es vier Workshops: kultursensible Altenpflege, psychische Gesundheit und Trauma, Dolmetschen im Gesundheitswesen sowie Prävention mit Familien. Die Teilnahme ist kostenfrei, RbP-Punkte sind beantragt. Anmeldung per E-Mail an fachtag-gesundheit@bielefeld.example.

2. Stammtisch Praxisanleitung
Unser nächster Stammtisch findet am 6. Oktober um 17:30 Uhr im Café Nordpark statt. Thema: Anleitung von Auszubildenden mit wenig Deutschkenntnissen. Anmeldung: https://pflegenetzwerk-owl.example/stammtisch

3. Umfrage Personalbemessung
Wie erleben Sie die Umsetzung der Personalbemessung in Ihrer Einrichtung? Die Umfrage dauert etwa zehn Minuten: https://pflegenetzwerk-owl.example/umfrage-2027

Sie erhalten diesen Newsletter, weil Sie Mitglied im Pflegenetzwerk OWL sind oder sich dafür eingetragen haben.
Abbestellen: https://pflegenetzwerk-owl.example/newsletter/abmelden?u=5521
Pflegenetzwerk OWL e.V. · Detmolder Straße 55 · 33604 Bielefeld"""

PFLEGENETZ_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Pflegenetzwerk OWL – Newsletter September 2027</title></head>
<body style="margin:0;background:#eef3f3;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1f2a2a;">
<tr><td style="background:#00797a;color:#ffffff;"><h1 style="margin:0;font-size:21px;">Pflegenetzwerk OWL</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft – jetzt anmelden</li><li>Stammtisch Praxisanleitung am 6. Oktober</li><li>Umfrage: Personalbemessung in der stationären Langzeitpflege</li></ol>
<h2 style="font-size:16px;color:#00797a;">Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft</h2>
<p>Das Gesundheitsamt Bielefeld lädt am Mittwoch, 10. November, in die VHS im Ravensberger Park ein. Nachmittags gibt es vier Workshops: kultursensible Altenpflege, psychische Gesundheit und Trauma, Dolmetschen im Gesundheitswesen sowie Prävention mit Familien. Die Teilnahme ist kostenfrei, RbP-Punkte sind beantragt. Anmeldung per E-Mail an <a href="mailto:fachtag-gesundheit@bielefeld.example">fachtag-gesundheit@bielefeld.example</a>.</p>
<h2 style="font-size:16px;color:#00797a;">Stammtisch Praxisanleitung</h2>
<p>Unser nächster Stammtisch findet am 6. Oktober um 17:30 Uhr im Café Nordpark statt. Thema: Anleitung von Auszubildenden mit wenig Deutschkenntnissen. <a href="https://pflegenetzwerk-owl.example/stammtisch">Zur Anmeldung</a></p>
<h2 style="font-size:16px;color:#00797a;">Umfrage Personalbemessung</h2>
<p>Wie erleben Sie die Umsetzung der Personalbemessung in Ihrer Einrichtung? Die Umfrage dauert etwa zehn Minuten. <a href="https://pflegenetzwerk-owl.example/umfrage-2027">Zur Umfrage</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7777;">Sie erhalten diesen Newsletter, weil Sie Mitglied im Pflegenetzwerk OWL sind oder sich dafür eingetragen haben.<br>
<a href="https://pflegenetzwerk-owl.example/newsletter/abmelden?u=5521">Abbestellen</a> · Pflegenetzwerk OWL e.V. · Detmolder Straße 55 · 33604 Bielefeld</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("pflegenetzwerk-newsletter", "2027-09-18 08:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Pflegenetzwerk OWL <newsletter@pflegenetzwerk-owl.example>"),
           ("To", FT),
           ("Subject", "Pflegenetzwerk OWL – Newsletter September 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl.2027-09.5521.a7c3e1@pflegenetzwerk-owl.example>"),
           ("List-Id", "Newsletter Pflegenetzwerk OWL <newsletter.pflegenetzwerk-owl.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@pflegenetzwerk-owl.example?subject=u5521>, "
                                "<https://pflegenetzwerk-owl.example/newsletter/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Rundbrief 4.1"),
           ("MIME-Version", "1.0"))
    m.alternative(PFLEGENETZ_TEXT, PFLEGENETZ_HTML, charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# English, a resident in psychiatry registers herself and a colleague (2) for
# Workshop 2.  Outlook multipart/alternative UTF-8 QP; signature with the
# department and the hospital, then a bilingual disclaimer naming the
# managing director.  Asks about language and CME points.

RAGHUNATHAN_SIG = """Dr. med. Priya Raghunathan
Assistenzärztin / Resident
Klinik für Psychiatrie und Psychotherapie
Evangelisches Krankenhaus Sennestadt
Senner Hellweg 200, 33689 Bielefeld
Phone +49 5205 7 12-3310

--------------------------------------------------------------------
Evangelisches Krankenhaus Sennestadt gGmbH | Sitz: Bielefeld | Amtsgericht Bielefeld HRB 39877 | Geschäftsführer: Pastor Dr. Matthias Kleine-Wördemann
Diese E-Mail enthält vertrauliche Informationen und ist nur für den angegebenen Empfänger bestimmt. / This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised copying, disclosure or distribution is strictly forbidden."""

RAGHUNATHAN_TEXT = f"""Dear Ms Okonkwo-Lange,

I would like to register for the Fachtag on 10 November, together with my colleague Dr. Samuel Adeyemi. We both work as residents in the Department of Psychiatry and Psychotherapy and would like to attend Workshop 2 (mental health, flight and trauma).

We are both still improving our German – will the workshops be held in German only? We can follow, but it would be good to know in advance. Could you also let me know whether CME points from the Ärztekammer are planned for the day?

Thank you very much and kind regards,

{RAGHUNATHAN_SIG}"""


@mail("raghunathan-english-two-residents-outlook", "2027-09-20 09:11:38",
      E("registration", "priya.raghunathan@ek-sennestadt.example", "Priya Raghunathan",
        "Evangelisches Krankenhaus Sennestadt", ["PSY"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", '"Raghunathan, Priya Dr." <priya.raghunathan@ek-sennestadt.example>'),
           ("To", TO_FT),
           ("Subject", "Registration – Fachtag 10 November (Workshop 2)"),
           ("Thread-Topic", "Registration – Fachtag 10 November (Workshop 2)"),
           ("Thread-Index", "AdwqB7mQf0Kx3Yt1SE2rVv9pW8hJcQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P281MB0912B7E2C4D6F8A0B1C3D5E7F9A1B3C5@AS8P281MB0912.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    small = "--------------------------------------------------------------------"
    m.alternative(RAGHUNATHAN_TEXT,
                  outlook_html(RAGHUNATHAN_TEXT, charset="utf-8", small_from=small),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Filipino nurse, Taglish, iPhone, US-ASCII 7bit.  Registers herself and two
# Filipina colleagues of her ward ("Tatlo po kami lahat" = we are three in
# all) for Workshop 1; asks about coming late after the night shift and about
# the certificate for her recognition procedure (Anerkennung).

@mail("bautista-taglish-three-nurses", "2027-09-21 15:45:02",
      E("registration", "maricel.bautista@icloud.example", "Maricel Bautista",
        "Klinikum am Johannisberg", ["PFL"], 3, "tl"), "tl")
def _(m):
    m.head(("From", "Maricel Bautista <maricel.bautista@icloud.example>"),
           ("To", FT),
           ("Subject", "Registration po for Fachtag 10 Nov"),
           ("Date", m.date),
           ("Message-ID", "<A3F09C1B-7D2E-4B6A-9E15-C2D4F6A8B0E1@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hello po!

Magandang hapon po. Ako po si Maricel Bautista, nurse sa Klinikum am Johannisberg, Station C4 (Innere Medizin). Gusto ko po sanang mag-register para sa Fachtag sa 10. November, kasama ang dalawa kong ka-trabaho na Pinay din: si Jonalyn Reyes at si Aileen Santos. Tatlo po kami lahat.

Gusto po naming lahat sa Workshop 1, yung tungkol sa pag-aalaga ng matatandang migrante. Marami po kasi kaming pasyenteng matanda na hindi marunong mag-German, at kami rin po ay migrante kaya interesado kami.

Tanong lang po: galing kami sa night shift nung gabi bago (hanggang 6:00 ng umaga). Okay lang po ba kung medyo late kami sa umaga? At may Teilnahmebescheinigung po ba? Kailangan po namin para sa Anerkennung.

Maraming salamat po!
Maricel Bautista

Sent from my iPhone""", charset="us-ascii", cte="7bit")


# -- 013 ---------------------------------------------------------------------
# Bosnian, Thunderbird, ISO-8859-2 QP, format=flowed.  Chair of a Bosnian
# association registers herself and a volunteer (2): "radionica 2", if full
# "radionica 4".  Both are volunteers, not health staff.

@mail("hodzic-bosnian-association", "2027-09-22 09:02:44",
      E("registration", "amela.hodzic@most-bielefeld.example", "Amela Hodžić",
        "Most - Bosanskohercegovačko udruženje Bielefeld e.V.", ["PSY", "PRAEV"], 2, "bs"), "bs")
def _(m):
    m.head(("From", addr("Amela Hodžić", "amela.hodzic@most-bielefeld.example", "iso-8859-2", "q")),
           ("To", TO_FT),
           ("Subject", ew("Prijava za stručni dan 10.11. - udruženje Most", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<7b2e4c1a-9f3d-4e80-b6a2-1c5d8e9f0a37@most-bielefeld.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "bs-BA"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

u ime udruženja "Most" prijavljujem sebe i našu volonterku Emiru 
Begić za stručni dan (Fachtag) 10. novembra.

Nas najviše zanima radionica 2 (psihičko zdravlje, izbjeglištvo i 
trauma), jer mnogi naši stariji članovi još uvijek nose traume iz rata, a 
o tome se u porodicama rijetko govori. Ako tamo nema mjesta, onda 
radionica 4.

Obje radimo volonterski, nismo zaposlene u zdravstvu - nadam se da je i 
to u redu.

Lijep pozdrav,
Amela Hodžić
predsjednica
Most - Bosanskohercegovačko udruženje Bielefeld e.V.
""", charset="iso-8859-2", cte="quoted-printable", params={"format": "flowed"})


# -- 014 ---------------------------------------------------------------------
# BOUNCE: our own Postfix returns the confirmation for 013 -- the remote
# mailbox is full (552 5.2.2).  multipart/report with the whole returned
# confirmation (which names Workshop 2 and 2 persons).

@mail("postfix-bounce-mailbox-full", "2027-09-22 07:03:31",
      E("bounce", bounced="amela.hodzic@most-bielefeld.example"), "en", tz=0)
def _(m):
    rcpt = "amela.hodzic@most-bielefeld.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270922070331.8C41A2B9F0@mail.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.owl-hosting.example[198.51.100.61]
    said: 552 5.2.2 <{rcpt}>: Mailbox full - quota exceeded
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "8C41A2B9F0"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Wed, 22 Sep 2027 09:02:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.owl-hosting.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n    exceeded")])
    original = ft_message(
        f"=?iso-8859-2?q?Amela_Hod=BEi=E6?= <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Frau Hodžić", "PSY", 2), "Wed, 22 Sep 2027 09:02:58 +0200",
        "<fachtag.20270922090258.6e1d@bielefeld.example>",
        "<7b2e4c1a-9f3d-4e80-b6a2-1c5d8e9f0a37@most-bielefeld.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# Arabic, Gmail, multipart/alternative right-to-left, UTF-8 base64.  A
# volunteer of an Arab mothers' association: "الورشة الرابعة" = the fourth
# workshop; "سأحضر وحدي" = I will come alone.  Asks about childcare.
# The signature gives her name in Arabic and in Latin letters and the
# association in German.

ALHAMWI_TEXT = """مرحباً،

أنا رشا الحموي، متطوعة في جمعية "بيت الأمهات العربيات" في بيليفيلد، وأرافق العائلات أحياناً إلى طبيب الأطفال وإلى مكتب الصحة. أودّ التسجيل في اليوم المهني يوم الأربعاء 10 نوفمبر، في الورشة الرابعة (الوقاية وتعزيز الصحة مع العائلات).

سأحضر وحدي. هل توجد إمكانية لرعاية الأطفال أثناء اليوم؟ ابني عمره ثلاث سنوات، وإن لم يكن ذلك ممكناً سأحاول أن أجد حلاً.

شكراً جزيلاً لكم
رشا الحموي
Rasha Al-Hamwi
Arabisches Mütterhaus Bielefeld e.V."""


@mail("alhamwi-arabic-gmail-rtl", "2027-09-22 16:20:18",
      E("registration", "rasha.alhamwi@gmail.example", "Rasha Al-Hamwi",
        "Arabisches Mütterhaus Bielefeld e.V.", ["PRAEV"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Al-Hamwi <rasha.alhamwi@gmail.example>"),
           ("To", FT),
           ("Subject", ew("التسجيل في اليوم المهني – الورشة الرابعة", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN0xR7hD2kQ9mVb4Lc1sT8yWf5gJp3uE6oZa0iNq7rXe2Bt4Ug@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Learner German from a phone with a Bosnian keyboard: no umlauts
# ("mochte", "fur", "altere") but "Mujić" with ć.  Care assistant in a
# nursing home; her boss pays the day; "Workshop Nummer 1".  Samsung,
# UTF-8 base64.

@mail("mujic-learner-german-samsung", "2027-09-24 10:30:11",
      E("registration", "senada.mujic@mail.example", "Senada Mujić",
        "Seniorenzentrum Lindenhof", ["PFL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Senada Mujić <senada.mujic@mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<s5h2k8.1790238611.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin Senada Mujić, ich arbeite als Pflegehelferin in Seniorenzentrum Lindenhof in Brackwede. Meine Chefin hat gesagt ich darf zu die Fachtag gehen am 10 November und sie bezahlt, ist Arbeitszeit.

Ich mochte bitte zu Workshop Nummer 1 mit die altere Migranten, wir haben viele Bewohner aus Turkei und Jugoslawien und manchmal ist schwer mit Sprache und Essen.

Brauche ich eine Bescheinigung fur meine Chefin? Bitte schicken.

Danke schön
Senada

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# Family midwife, Apple Mail multipart/alternative UTF-8 QP.  Names the
# workshops by title words: first "Prävention und Gesundheitsförderung mit
# Familien", second "Dolmetschen/Gesundheitskompetenz".  "Familienhebamme"
# and "Frühe Hilfen" are not choices.

OVERBECK_TEXT = """Liebe Frau Okonkwo-Lange,

vielen Dank für die Einladung, die über den Verteiler der Frühen Hilfen bei mir gelandet ist. Ich melde mich sehr gern an.

Erste Wahl wäre für mich der Workshop zu Prävention und Gesundheitsförderung mit Familien, zweite Wahl der zu Dolmetschen/Gesundheitskompetenz. In den Familien, die ich begleite, scheitern U-Untersuchungen und Impftermine immer wieder an Sprachhürden – da wünsche ich mir neue Ideen.

Herzliche Grüße aus Schildesche
Birgit Overbeck-Nolte
Familienhebamme im Team Frühe Hilfen
Diakonie für Bielefeld gGmbH"""


@mail("overbeck-nolte-apple-mail-title-words", "2027-09-27 08:15:40",
      E("registration", "b.overbeck-nolte@diakonie-bielefeld.example", "Birgit Overbeck-Nolte",
        "Diakonie für Bielefeld gGmbH", ["PRAEV", "DOL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Birgit Overbeck-Nolte <b.overbeck-nolte@diakonie-bielefeld.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<9E4B7C21-3A58-4D0F-B2E6-5F1C8A9D0B37@diakonie-bielefeld.example>"),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(OVERBECK_TEXT, apple_html(OVERBECK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 018 ---------------------------------------------------------------------
# A practice instructor registers himself and four trainees (5) -- a numbered
# list of names -- for Workshop 2 given by its full title in typographic
# quotes.  Outlook multipart/alternative, windows-1252 QP; signature, the
# operating company and two managing directors in the footer.

WIEGMANN_SIG = """Thomas Wiegmann
Praxisanleiter / Koordination Praxiseinsätze
Bildungszentrum für Pflegeberufe Ostwestfalen
Teutoburger Straße 62 · 33604 Bielefeld
Tel. 0521 52 08-117
thomas.wiegmann@bzp-owl.example"""

WIEGMANN_FOOTER = """Das Bildungszentrum für Pflegeberufe Ostwestfalen ist eine Einrichtung der Klinikverbund Ostwestfalen gGmbH, Sitz Bielefeld, Amtsgericht Bielefeld HRB 41877. Geschäftsführung: Andrea Hövelmann, Dr. Klaus-Peter Vahle.
Diese E-Mail und ihre Anhänge sind vertraulich. Sollten Sie nicht der beabsichtigte Empfänger sein, löschen Sie die E-Mail bitte und informieren Sie den Absender."""

WIEGMANN_TEXT = f"""Sehr geehrte Damen und Herren,

für unseren Kurs PF-25b (2. Ausbildungsjahr, generalistische Pflegeausbildung) möchte ich folgende Personen zum Fachtag am 10.11.2027 anmelden:

1. Thomas Wiegmann (Praxisanleiter, Begleitung)
2. Lea Brinkmeier
3. Mehmet Aslan
4. Oksana Hrytsenko
5. Jana Wittenbrink

Alle fünf möchten in den Workshop „Psychische Gesundheit, Flucht und Trauma“ – das Thema passt gut zu unserem aktuellen Lernfeld. Wir rechnen den Tag als Theorietag an; die Auszubildenden bräuchten deshalb bitte jeweils eine eigene Teilnahmebescheinigung mit Namen.

Mit freundlichen Grüßen

{WIEGMANN_SIG}

{WIEGMANN_FOOTER}"""


@mail("wiegmann-instructor-four-trainees", "2027-09-28 11:40:25",
      E("registration", "thomas.wiegmann@bzp-owl.example", "Thomas Wiegmann",
        "Bildungszentrum für Pflegeberufe Ostwestfalen", ["PSY"], 5, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wiegmann, Thomas" <thomas.wiegmann@bzp-owl.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag: 1 Praxisanleiter + 4 Auszubildende"),
           ("Thread-Topic", "Anmeldung Fachtag: 1 Praxisanleiter + 4 Auszubildende"),
           ("Thread-Index", "AdwwNq8xLm1p0SXaRj2bq7YtC4eU9w=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841A5E3F2C1B0D9E8F7A6B5C4D3E2F1@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(WIEGMANN_TEXT,
                  outlook_html(WIEGMANN_TEXT, small_from=WIEGMANN_FOOTER.split("\n")[0]),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# English, Outlook for Android, very short, US-ASCII.  Care assistant in the
# nursing home whose manager sent 001; "workshop 4"; asks whether she may come
# only at 1 pm after her night shift and still get the certificate.

@mail("owusu-english-android-after-night-shift", "2027-09-29 19:05:13",
      E("registration", "abena.owusu@outlook.example", "Abena Owusu",
        "Seniorenzentrum Haus Abendrot", ["PRAEV"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@outlook.example>"),
           ("To", FT),
           ("Subject", "register workshop 4"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1604E1D2C3B4A5968778@PAXP193MB1604.EURP193.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,
pls register me for the Fachtag on 10th Nov, workshop 4 (prevention with families). I work as Pflegehelferin at Seniorenzentrum Haus Abendrot and I also help in my church with a mothers group, thats why workshop 4.
I have night shift from 9th to 10th, finish 6am. Is it ok if i come only at 1pm for the workshop? Do i still get the certificate?
Thank you
Abena Owusu

Get Outlook for Android""", charset="us-ascii", cte="7bit")


# -- 020 ---------------------------------------------------------------------
# OTHER: the venue's room-booking confirmation (workshop rooms, numbers of
# persons, a deadline for the final count) with a PDF.  ISO-8859-1 QP.

@mail("vhs-room-booking-confirmation-pdf", "2027-10-01 08:10:04",
      E("other"), "de")
def _(m):
    m.head(("From", "VHS Bielefeld Raumvergabe <raumvergabe@vhs-bielefeld.example>"),
           ("To", FT),
           ("Cc", "m.okonkwo-lange@bielefeld.example"),
           ("Subject", "Buchungsbestätigung Nr. 2027-1184 – Ravensberger Park, 10.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<buchung-2027-1184.1790835004@vhs-bielefeld.example>"),
           ("X-Mailer", "Raumbuchung 2.8"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Okonkwo-Lange,

hiermit bestätigen wir Ihre Raumbuchung für den Fachtag Gesundheit und Pflege in der Einwanderungsgesellschaft:

Mittwoch, 10.11.2027
Forum (bis 120 Personen): 8:00 bis 13:00 Uhr
Seminarräume 240, 241, 242 und 243 (je 30 Personen): 12:30 bis 16:30 Uhr, für Ihre vier Workshops
Foyer für Anmeldung und Imbiss: ganztägig

Technik: Beamer und Mikrofonanlage im Forum, Flipcharts in allen Seminarräumen.

Bitte teilen Sie uns die endgültige Teilnehmerzahl bis spätestens 28.10.2027 mit. Die Buchungsbestätigung mit allen Einzelheiten finden Sie im Anhang.

Mit freundlichen Grüßen
Raumvergabe der Volkshochschule Bielefeld
Ravensberger Park 1 · 33607 Bielefeld
""", charset="iso-8859-1", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Buchungsbestaetigung 2027-1184",
                             "Volkshochschule Bielefeld - Raumvergabe",
                             "Veranstaltung: Fachtag Gesundheit und Pflege",
                             "Datum: 10.11.2027",
                             "Forum 8:00-13:00, Raeume 240-243 12:30-16:30"]),
                   "application", "pdf", "Buchungsbestaetigung_2027-1184.pdf")
    m.multi("mixed", [text, pdf])


# -- 021 ---------------------------------------------------------------------
# CHANGE (reply to the confirmation of 003), Polish, windows-1250 QP, the
# German confirmation quoted below a "Wiadomość oryginalna" block.  Moves
# from workshop 1 to "warsztat nr 3".  No organisation named in this mail.

@mail("nowicka-change-to-workshop-3-polish", "2027-10-01 09:30:00",
      E("change", "gosia.nowicka@poczta.example", "Małgorzata Nowicka", None,
        ["DOL"], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Małgorzata Nowicka", "gosia.nowicka@poczta.example", "iso-8859-2", "q")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2c8d6e1f0a4b7935.1790839800@poczta.example>"),
           ("In-Reply-To", "<fachtag.20270914194041.1b7c@bielefeld.example>"),
           ("References", "<fachtag.20270914194041.1b7c@bielefeld.example>"),
           ("X-Mailer", "Poczta Webmail 7.4"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję bardzo za potwierdzenie. Rozmawiałam jeszcze z koleżanką z pracy i jednak chciałabym zmienić warsztat – zamiast nr 1 wolałabym warsztat nr 3, o tłumaczeniu i kompetencjach zdrowotnych. Bardzo często muszę tłumaczyć dla naszych podopiecznych u lekarza i chcę się nauczyć, jak robić to dobrze.

Pozdrawiam
Małgorzata Nowicka

----- Wiadomość oryginalna -----
Od: "{FT_NAME}" <{FT}>
Do: "Małgorzata Nowicka" <gosia.nowicka@poczta.example>
Data: 14.09.2027 19:40
Temat: {CONFIRMATION_SUBJECT}

{confirmation("Frau Nowicka", "PFL", 1)}
""", charset="windows-1250", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# QUESTION, Russian, KOI8-R 8bit.  A volunteer who runs a club for
# Russian-speaking seniors asks whether non-professionals may come and
# whether it costs anything; she would register with two women "but first I
# want to know" -> conditional, a question.  Signature in Cyrillic and Latin.

@mail("becker-russian-koi8r-question", "2027-10-04 11:48:19",
      E("question", "galina.becker@mail.example", "Galina Becker", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Галина Беккер", "galina.becker@mail.example", "koi8-r", "b")),
           ("To", FT),
           ("Subject", ew("Вопрос по Fachtag 10 ноября", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1791106099.284716502@f233.i.mail.example>"),
           ("X-Mailer", "Mail.Example Web 14.2"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я на общественных началах руковожу клубом для пожилых русскоязычных людей при нашей церковной общине. Мы не врачи и не медсёстры, но к нам часто приходят с вопросами о здоровье, об уходе, о враче.

Скажите, пожалуйста, можно ли нам тоже прийти на Fachtag, или он только для специалистов? И нужно ли что-то платить?

Если можно, я бы записалась вместе с двумя женщинами из нашего клуба, но сначала хочу узнать.

С уважением,
Галина Беккер
Galina Becker
""", charset="koi8-r", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# The MFA of 006 now registers herself and a colleague (2), "am liebsten
# Workshop 3 (Dolmetschen), ersatzweise Workshop 4", replying to the
# coordinator's personal answer (quoted below "-----Ursprüngliche
# Nachricht-----"; the quote mentions other workshops and times).  Outlook
# plain, windows-1252 QP.

OKONKWO_ANSWER = """Sehr geehrte Frau Schürmann,

vielen Dank für Ihr Interesse! Der Fachtag richtet sich ausdrücklich auch an Medizinische Fachangestellte. Die Teilnahme ist kostenfrei, Ihrer Praxis entstehen also keine Kosten, und es gibt keine Rechnung. Alle Teilnehmenden erhalten eine Teilnahmebescheinigung mit Angabe der Unterrichtseinheiten.

Noch ein Hinweis: Die Workshops beginnen erst um 13:00 Uhr. Wer vormittags in der Praxis gebraucht wird, kann gern später dazukommen. Für Ihr Team wären Workshop 3 und Workshop 4 sicher interessant.

Mit freundlichen Grüßen
Miriam Okonkwo-Lange
Gesundheitsamt der Stadt Bielefeld
Gesundheitsförderung und Migration
Tel. 0521 51-3377"""


@mail("schuermann-registers-after-answer-outlook", "2027-10-05 07:02:56",
      E("registration", "melanie.schuermann@praxis-yilmaz-hollenberg.example", "Melanie Schürmann",
        "Gemeinschaftspraxis Dr. med. Cem Yilmaz & Dr. med. Katrin Hollenberg",
        ["DOL", "PRAEV"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Melanie Schürmann" <melanie.schuermann@praxis-yilmaz-hollenberg.example>'),
           ("To", '"Okonkwo-Lange, Miriam" <m.okonkwo-lange@bielefeld.example>'),
           ("Cc", TO_FT),
           ("Subject", "AW: Fragen zum Fachtag am 10.11."),
           ("Date", m.date),
           ("Message-ID", "<002b01dc35c1$9e8a7c60$db9f7520$@praxis-yilmaz-hollenberg.example>"),
           ("In-Reply-To", "<FR2P281MB0311C8D7E6F5A4B3@FR2P281MB0311.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<001a01dc26c4$3b2f4e80$b18deb80$@praxis-yilmaz-hollenberg.example> "
                          "<FR2P281MB0311C8D7E6F5A4B3@FR2P281MB0311.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdwmxDsvTn2w9fQkR0yC7lM0hXbNbAAkWqPQAAHrE7A="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Okonkwo-Lange,

vielen Dank für die schnelle und ausführliche Antwort! Dr. Yilmaz ist einverstanden und stellt uns für den Nachmittag frei – vormittags ist ja Sprechstunde, wir kommen dann gegen 12:30 Uhr.

Bitte melden Sie mich und meine Kollegin Derya Aksu an, am liebsten für Workshop 3 (Dolmetschen), ersatzweise Workshop 4.

Freundliche Grüße

Melanie Schürmann
Medizinische Fachangestellte / Praxismanagerin

Gemeinschaftspraxis Dr. med. Cem Yilmaz & Dr. med. Katrin Hollenberg
Fachärzte für Allgemeinmedizin
Heeper Straße 140 · 33607 Bielefeld
Tel. 0521 6 10 23-0 · Fax 0521 6 10 23-29

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sie kann Informationen enthalten, die der ärztlichen Schweigepflicht unterliegen. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie uns bitte und löschen Sie die Nachricht.

-----Ursprüngliche Nachricht-----
Von: Okonkwo-Lange, Miriam <m.okonkwo-lange@bielefeld.example>
Gesendet: Montag, 4. Oktober 2027 16:12
An: Melanie Schürmann <melanie.schuermann@praxis-yilmaz-hollenberg.example>
Cc: {FT_NAME} <{FT}>
Betreff: AW: Fragen zum Fachtag am 10.11.

{OKONKWO_ANSWER}
""", charset="windows-1252", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# QUESTION, English, Gmail plain: a nursing student asks whether students may
# come at all; she has not registered and does not want to take a place.

@mail("kamau-student-english-question", "2027-10-05 21:37:08",
      E("question", "wanjiru.kamau@gmail.example", "Wanjiru Kamau", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Wanjiru Kamau <wanjiru.kamau@gmail.example>"),
           ("To", FT),
           ("Subject", "Question: can students attend the Fachtag?"),
           ("Date", m.date),
           ("Message-ID", "<CAJ4kWm8sP1qT6vX0bN3zR9yHd2fLc5gUe7oKa1iMt4wQx8Vr3Y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'm a nursing student (B.Sc. Pflege, 3rd semester) and one of our lecturers mentioned your Fachtag in class. Is it also open to students, or only to people who are already working in care? And would the Teilnahmebescheinigung count for anything for students, e.g. for our practice hours?

I'd love to come, especially to the trauma workshop, but I don't want to take a place from professionals if it isn't meant for us.

Best,
Wanjiru Kamau
""", charset="utf-8", cte="7bit")


# -- 025 ---------------------------------------------------------------------
# An office assistant registers her boss (Pflegedienstleiter) for Workshop 1
# and asks that the confirmation go straight to his address: email = his
# address, name = his name.  New Outlook, HTML only, UTF-8 QP.

NIEHOFF_TEXT = """Guten Tag,

im Auftrag unseres Pflegedienstleiters, Herrn Ömer Aydoğan, melde ich ihn verbindlich zum Fachtag am 10. November an. Herr Aydoğan möchte am Workshop 1 (kultursensible Pflege älterer Migrantinnen und Migranten) teilnehmen.

Bitte schicken Sie die Anmeldebestätigung und alle weiteren Informationen direkt an Herrn Aydoğan: oemer.aydogan@pflegedienst-anadolu.example – ich bin nur zwei Tage in der Woche im Büro.

Vielen Dank!

Mit freundlichen Grüßen
i. A. Petra Niehoff
Verwaltung

Anadolu Pflege- und Betreuungsdienst GmbH
Kavalleriestraße 17 · 33602 Bielefeld
Tel. 0521 13 57 90-0
verwaltung@pflegedienst-anadolu.example"""


def new_outlook_html(text):
    inner = "".join(
        f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
        f"Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
        f"{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{inner}\n</body>\n</html>\n")


@mail("niehoff-office-registers-boss-new-outlook", "2027-10-06 08:21:44",
      E("registration", "oemer.aydogan@pflegedienst-anadolu.example", "Ömer Aydoğan",
        "Anadolu Pflege- und Betreuungsdienst GmbH", ["PFL"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Verwaltung Anadolu Pflegedienst <verwaltung@pflegedienst-anadolu.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Herr Aydoğan – Fachtag 10.11."),
           ("Thread-Topic", "Anmeldung Herr Aydoğan – Fachtag 10.11."),
           ("Thread-Index", "AQHcNj8Ykq3ZrE0t1EyN6mHc5aT0WQ=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P281MB2271A9F8E7D6C5B4A3F2E1D0C9B8A7F6@GV1P281MB2271.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(NIEHOFF_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Arabic, Outlook plain, windows-1256 QP; subject and name in windows-1256 B.
# A community interpreter: "الورشة الثالثة" (workshop 3) first, "الورشة
# الثانية" (workshop 2) second.  Signature in Arabic and Latin letters; the
# association in German.

@mail("kanaan-arabic-windows-1256", "2027-10-07 18:55:30",
      E("registration", "y.kanaan@bruecken-dolmetschdienst.example", "Yamen Kanaan",
        "Brücken – Gemeindedolmetschdienst Bielefeld e.V.", ["DOL", "PSY"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("يامن كنعان", "y.kanaan@bruecken-dolmetschdienst.example", "windows-1256", "b")),
           ("To", FT),
           ("Subject", ew("التسجيل في اليوم المهني 10/11 – الورشة 3", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000f01dc37a9$b4c2d1e0$1e4875a0$@bruecken-dolmetschdienst.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السيدات والسادة المحترمون،

أعمل مترجماً (عربي – ألماني) في خدمة الترجمة المجتمعية التابعة لجمعية "جسور" في بيليفيلد، وأرافق المرضى بانتظام في المستشفيات وفي عيادات الطب النفسي.

أرغب في التسجيل في اليوم المهني بتاريخ 10/11/2027، في الورشة الثالثة حول الترجمة في القطاع الصحي. وإذا كانت الورشة ممتلئة، فالورشة الثانية (الصحة النفسية والصدمات) هي خياري الثاني.

مع خالص التحية
يامن كنعان
Yamen Kanaan
Sprachmittler Arabisch/Deutsch
Brücken – Gemeindedolmetschdienst Bielefeld e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# AUTO_REPLY without any Auto-Submitted or X-Autoreply header: 026's
# out-of-office answering its confirmation, German and Arabic.

@mail("kanaan-out-of-office-no-headers", "2027-10-07 18:56:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Yamen Kanaan <y.kanaan@bruecken-dolmetschdienst.example>"),
           ("To", FT),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<oof.1791392172.7731@bruecken-dolmetschdienst.example>"),
           ("In-Reply-To", "<fachtag.20271007185601.4c2e@bielefeld.example>"),
           ("References", "<fachtag.20271007185601.4c2e@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis zum 18.10.2027 nicht im Büro und lese in dieser Zeit keine E-Mails. Anfragen für Dolmetscheinsätze richten Sie bitte an unsere Einsatzkoordination: einsatz@bruecken-dolmetschdienst.example, Tel. 0521 30 44 87-0.

السيدات والسادة،
شكراً لرسالتكم. أنا خارج المكتب حتى 18/10/2027 ولا أتابع البريد الإلكتروني. لطلبات الترجمة يرجى التواصل مع تنسيق المهام: einsatz@bruecken-dolmetschdienst.example

Yamen Kanaan
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# CHANGE, Turkish, a new mail (no quote) from the phone: both persons of 007
# move from workshop 4 to "2. atölye"; the number stays 2 ("yine 2 kişiyiz"),
# so party_size is null.  Gmail for Android, multipart/alternative base64.

ERDOGAN_CHANGE = """Merhaba tekrar,

16 Eylül'de kendim ve Hatice Yavuz için 4. atölyeye kayıt yaptırmıştım. Dernekte konuştuk: son zamanlarda bize gelen mülteci kadınlar arasında çok fazla ruhsal sıkıntı görüyoruz. Bu yüzden ikimizi de 2. atölyeye (ruh sağlığı, göç ve travma) geçirmeniz mümkün mü? Kişi sayısı değişmiyor, yine 2 kişiyiz.

Teşekkürler,
Nurcan Erdoğan"""


@mail("erdogan-change-to-workshop-2-turkish", "2027-10-08 13:14:27",
      E("change", "nurcan.erdogan@lale-frauen.example", "Nurcan Erdoğan", None,
        ["PSY"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Nurcan Erdoğan <nurcan.erdogan@lale-frauen.example>"),
           ("To", FT),
           ("Subject", ew("Atölye değişikliği – Nurcan Erdoğan", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP7dN2kWq4xB9mR1sZ6yT0vLh8fGc3uJe5oQa2iXn7Pt1Kw9Rs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ERDOGAN_CHANGE, gmail_html(ERDOGAN_CHANGE), charset="utf-8",
                  cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# CHANGE, English: the colleague of 011 cannot come (on-call duty), "please
# change our registration to one person" -> party_size 1, no workshop named.
# Outlook reply with English header labels over the German confirmation.

RAGHUNATHAN_CHANGE = f"""Dear Ms Okonkwo-Lange,

unfortunately my colleague Dr. Adeyemi will not be able to attend after all – he has been put on the on-call rota for 10 November. Could you please change our registration to one person (just me)? I am still very much looking forward to the day.

Kind regards,
Priya Raghunathan

{RAGHUNATHAN_SIG}"""


@mail("raghunathan-change-to-one-person", "2027-10-11 12:48:03",
      E("change", "priya.raghunathan@ek-sennestadt.example", "Priya Raghunathan",
        "Evangelisches Krankenhaus Sennestadt", [], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", '"Raghunathan, Priya Dr." <priya.raghunathan@ek-sennestadt.example>'),
           ("To", TO_FT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcKgd2Vb0mX5Vq3kS8aB1fP0cR2gAFNb4K"),
           ("Date", m.date),
           ("Message-ID", "<AS8P281MB0912D1E2F3A4B5C6D7E8F9A0B1C2D3E4@AS8P281MB0912.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<fachtag.20270920111140.2f9a@bielefeld.example>"),
           ("References", "<fachtag.20270920111140.2f9a@bielefeld.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FT_NAME} <{FT}>", "Monday, September 20, 2027 11:11 AM",
             "Raghunathan, Priya Dr. <priya.raghunathan@ek-sennestadt.example>", "",
             CONFIRMATION_SUBJECT, confirmation("Frau Dr. Raghunathan", "PSY", 2))
    small = "--------------------------------------------------------------------"
    m.alternative(outlook_plain(RAGHUNATHAN_CHANGE, [quote], lang="en", sep="_" * 32),
                  outlook_html(RAGHUNATHAN_CHANGE, [quote], charset="utf-8",
                               small_from=small, lang="en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Intensive-care nurse forwards the invitation she got from her nursing
# directorate (WG: WG:), her note on top: "deshalb bitte Workshop 3".  The
# forwarded directorate note recommends Workshop 2 and the quoted invitation
# lists all four -- only the new text counts.  Outlook multipart/alternative
# UTF-8 QP.

LUETTMANN_TEXT = """Hallo,

ich habe die Einladung über unsere Pflegedirektion bekommen (siehe unten) und möchte mich gern anmelden. Ich arbeite auf der interdisziplinären Intensivstation, und bei uns geht es ständig um Aufklärungs- und Angehörigengespräche mit Dolmetschern oder eben ohne – deshalb bitte Workshop 3.

Ich komme allein. Ist ein Mittagessen dabei oder sollen wir uns selbst versorgen?

Viele Grüße
Kerstin Lüttmann
Fachkrankenschwester für Intensiv- und Anästhesiepflege
Interdisziplinäre Intensivstation I2
Evangelisches Krankenhaus Sennestadt gGmbH

--------------------------------------------------------------------
Evangelisches Krankenhaus Sennestadt gGmbH | Sitz: Bielefeld | Amtsgericht Bielefeld HRB 39877 | Geschäftsführer: Pastor Dr. Matthias Kleine-Wördemann
Diese E-Mail enthält vertrauliche Informationen und ist nur für den angegebenen Empfänger bestimmt. / This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete this e-mail."""

PDL_NOTE = """Liebe Stationsleitungen,

bitte gebt die Einladung an eure Teams weiter. Die Teilnahme gilt als Fortbildung und wird als Arbeitszeit angerechnet; bitte sprecht die Dienstplanung rechtzeitig ab. Workshop 2 wäre vor allem für die Kolleginnen und Kollegen aus der Psychiatrie interessant.

Viele Grüße
Ute Sander-Kolbe
Pflegedirektorin"""


@mail("luettmann-forwards-invitation-workshop-3", "2027-10-13 06:47:19",
      E("registration", "k.luettmann@ek-sennestadt.example", "Kerstin Lüttmann",
        "Evangelisches Krankenhaus Sennestadt gGmbH", ["DOL"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Lüttmann, Kerstin" <k.luettmann@ek-sennestadt.example>'),
           ("To", TO_FT),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcJX1mY2Rk7nQ0S0eXo3Tt1u8cZwAGrT3UABcQ91A="),
           ("Date", m.date),
           ("Message-ID", "<AS8P281MB1177E9D8C7B6A5F4E3D2C1B0A9F8E7D6@AS8P281MB1177.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [("Pflegedirektion EKS <pflegedirektion@ek-sennestadt.example>",
               "Dienstag, 12. Oktober 2027 08:47",
               "Verteiler Stationsleitungen EKS <stationsleitungen@ek-sennestadt.example>", "",
               "WG: " + INVITATION_SUBJECT, PDL_NOTE),
              (f"{FT_NAME} <{FT}>", "Dienstag, 14. September 2027 10:00",
               f"{FT_NAME} <{FT}>", "", INVITATION_SUBJECT, INVITATION)]
    small = "--------------------------------------------------------------------"
    m.alternative(outlook_plain(LUETTMANN_TEXT, quotes),
                  outlook_html(LUETTMANN_TEXT, quotes, charset="utf-8", small_from=small),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# QUESTION from an employer's HR department (shared mailbox; the person is
# in the signature): programme, fees, invoice, points -- "Die Anmeldung nehmen
# die Kolleginnen anschließend selbst vor."  Outlook HTML only, windows-1252.

LANDWEHR_TEXT = """Sehr geehrte Damen und Herren,

zwei Mitarbeiterinnen aus unseren Einrichtungen haben bei uns die Freistellung für Ihren Fachtag am 10.11.2027 beantragt. Für die Genehmigung benötigen wir noch folgende Angaben:

- ein Programm mit genauen Zeiten (Beginn, Ende, Pausen),
- ob eine Teilnahmegebühr anfällt und ob Sie ggf. eine Rechnung an den Arbeitgeber stellen,
- wie viele Fortbildungspunkte bzw. Unterrichtseinheiten bescheinigt werden.

Die Anmeldung nehmen die Kolleginnen anschließend selbst vor.

Mit freundlichen Grüßen
i. A. Dirk Landwehr
Personalentwicklung / Fort- und Weiterbildung

Altenhilfe Ravensberg gGmbH
Jöllenbecker Straße 210 · 33613 Bielefeld
Telefon 0521 88 41-230

Altenhilfe Ravensberg gGmbH · Sitz Bielefeld · Amtsgericht Bielefeld HRB 38810 · Geschäftsführerin: Sabine Hagemeier-Roth
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt."""


@mail("landwehr-hr-question-outlook-html", "2027-10-15 08:33:50",
      E("question", "personal@altenhilfe-ravensberg.example", "Dirk Landwehr",
        "Altenhilfe Ravensberg gGmbH", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Personalabteilung Altenhilfe Ravensberg <personal@altenhilfe-ravensberg.example>"),
           ("To", TO_FT),
           ("Subject", "Fachtag 10.11.2027 - Programm und Kosten für Freistellung"),
           ("Thread-Topic", "Fachtag 10.11.2027 - Programm und Kosten für Freistellung"),
           ("Thread-Index", "AdxBq1Tnq8bE4kGxQG6uSm2VhYcK3g=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB5532C4B3A2918F7E6D5C4B3A29180F7E@VI1PR08MB5532.eurprd08.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(LANDWEHR_TEXT,
                          small_from="Altenhilfe Ravensberg gGmbH · Sitz Bielefeld · Amtsgericht Bielefeld HRB 38810 · Geschäftsführerin: Sabine Hagemeier-Roth"),
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# CHANGE, Bosnian (013's writer after the bounce 014): "we got no
# confirmation, our mailbox was full -- did our registration arrive? And if
# possible move us to radionica 4 instead of radionica 2; we are still two."
# Thunderbird, ISO-8859-2 8bit.

@mail("hodzic-change-after-bounce-bosnian", "2027-10-18 19:26:41",
      E("change", "amela.hodzic@most-bielefeld.example", "Amela Hodžić", None,
        ["PRAEV"], None, "bs"), "bs")
def _(m):
    m.head(("From", addr("Amela Hodžić", "amela.hodzic@most-bielefeld.example", "iso-8859-2", "q")),
           ("To", TO_FT),
           ("Subject", ew("Naša prijava od 22.9. - promjena radionice", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<d4a91e2c-6b7f-4c13-8e05-3f2a7b9c1d60@most-bielefeld.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "bs-BA"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

22. septembra sam prijavila sebe i Emiru Begić za stručni dan, ali nismo dobile nikakvu potvrdu. Tek sada smo vidjele da je naše poštansko sanduče bilo puno, izvinite zbog toga - sada je opet sve u redu.

Da li je naša prijava ipak stigla? I ako je moguće, htjele bismo preći u radionicu 4 (prevencija i zdravlje u porodici) umjesto radionice 2. Na sastanku udruženja smo zaključile da je to bliže našem radu s majkama i djecom. I dalje smo dvije.

Hvala i lijep pozdrav,
Amela Hodžić
""", charset="iso-8859-2", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# CHANGE: 018's instructor adds one more trainee -- "damit wären wir
# insgesamt sechs Personen" -> party_size 6, no workshop stated.  Outlook
# multipart/alternative windows-1252 QP, quoting the confirmation
# (Workshop 2, 5 persons).

WIEGMANN_CHANGE = f"""Sehr geehrte Damen und Herren,

kurze Ergänzung zu unserer Anmeldung: Frau Selin Karakaya aus demselben Kurs möchte sich der Gruppe noch anschließen. Damit wären wir insgesamt sechs Personen. Ich hoffe, das ist noch möglich.

Mit freundlichen Grüßen

{WIEGMANN_SIG}

{WIEGMANN_FOOTER}"""


@mail("wiegmann-change-plus-one-trainee", "2027-10-19 12:05:37",
      E("change", "thomas.wiegmann@bzp-owl.example", "Thomas Wiegmann",
        "Bildungszentrum für Pflegeberufe Ostwestfalen", [], 6, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wiegmann, Thomas" <thomas.wiegmann@bzp-owl.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcMHwE8Lk2xY0QTzO1bq5yU6tQ9gN7sKZb"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841F1E2D3C4B5A6978877665544AABB@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<fachtag.20270928134031.7d40@bielefeld.example>"),
           ("References", "<fachtag.20270928134031.7d40@bielefeld.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FT_NAME} <{FT}>", "Dienstag, 28. September 2027 13:40",
             "Wiegmann, Thomas <thomas.wiegmann@bzp-owl.example>", "",
             CONFIRMATION_SUBJECT, confirmation("Herr Wiegmann", "PSY", 5))
    m.alternative(outlook_plain(WIEGMANN_CHANGE, [quote]),
                  outlook_html(WIEGMANN_CHANGE, [quote],
                               small_from=WIEGMANN_FOOTER.split("\n")[0]),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# CANCELLATION from the iPhone (004's nurse), replying to the confirmation
# quoted with '>'; the duty roster put him on the early shift.

@mail("holtkamp-cancel-iphone-roster", "2027-10-20 14:02:51",
      E("cancellation", "jholtkamp@icloud.example", "Jens Holtkamp", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Jens Holtkamp <jholtkamp@icloud.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4D2E8F61-0A7B-4C93-B5E1-9F3A6C2D8E70@icloud.example>"),
           ("In-Reply-To", "<fachtag.20270915071305.93ab@bielefeld.example>"),
           ("References", "<fachtag.20270915071305.93ab@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22A3370)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Moin, muss leider absagen. Der Dienstplan für November ist raus und ich steh am 10. im Frühdienst, Tausch hat nicht geklappt. Vielleicht nächstes Jahr.

Gruß Jens

Von meinem iPhone gesendet

> Am 15.09.2027 um 07:13 schrieb {FT_NAME} <{FT}>:
>
{gt_quote(confirmation("Herr Holtkamp", "PSY", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# OTHER: advertising for a video-interpreting service that names the Fachtag
# and "Dolmetschen" and says "Jetzt anmelden".  HTML only, UTF-8 QP.

DOLMETSCH_AD = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Video-Dolmetschen für Klinik und Pflege</title></head>
<body style="margin:0;padding:0;background:#f4f6fb;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="640" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;color:#1b2440;">
<tr><td style="background:#2340a8;color:#ffffff;font-size:22px;font-weight:bold;">Dolmetsch-Direkt: Sprachbarrieren in 60 Sekunden überwinden</td></tr>
<tr><td style="font-size:15px;line-height:1.5;">
<p>Sehr geehrte Damen und Herren,</p>
<p>Sie organisieren einen Fachtag zu Gesundheit und Pflege in der Einwanderungsgesellschaft? Dann wissen Sie, wie oft Aufklärungsgespräche, Pflegeanamnesen und Entlassgespräche an der Sprache scheitern.</p>
<p>Mit <b>Dolmetsch-Direkt</b> erreichen Ihre Teams rund um die Uhr qualifizierte Video-Dolmetscherinnen und -Dolmetscher in über 50 Sprachen – per Tablet, direkt am Patientenbett.</p>
<ul><li>Arabisch, Türkisch, Russisch, Ukrainisch, Farsi, Tigrinya und viele mehr</li><li>DSGVO-konform, Server in Deutschland</li><li>Abrechnung im Minutentakt, keine Grundgebühr im ersten Jahr</li></ul>
<p style="text-align:center;"><a href="https://dolmetsch-direkt.example/demo?utm_source=mail&amp;utm_campaign=fachtag" style="background:#f0a020;color:#1b2440;padding:12px 28px;text-decoration:none;font-weight:bold;border-radius:4px;">Jetzt anmelden und 30 Tage kostenlos testen</a></p>
<p>Gern stellen wir unser Angebot auch auf Ihrem Fachtag vor – sprechen Sie uns an!</p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Dolmetsch-Direkt</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a90a6;">Dolmetsch-Direkt GmbH · Speicherstraße 8 · 44147 Dortmund<br>
Sie möchten keine weiteren Informationen erhalten? <a href="https://dolmetsch-direkt.example/abmelden?id=ft-44871">Hier abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("dolmetsch-direkt-advertising", "2027-10-22 09:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Dolmetsch-Direkt <info@news.dolmetsch-direkt.example>"),
           ("To", FT),
           ("Subject", "Sprachbarrieren in der Pflege? Video-Dolmetschen jetzt 30 Tage testen"),
           ("Date", m.date),
           ("Message-ID", "<cmp.fachtag.44871.20271022091500@news.dolmetsch-direkt.example>"),
           ("List-Unsubscribe", "<https://dolmetsch-direkt.example/abmelden?id=ft-44871>"),
           ("Precedence", "bulk"),
           ("X-Campaign", "herbst-2027-kliniken"),
           ("MIME-Version", "1.0"))
    m.single(DOLMETSCH_AD, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# CANCELLATION, Taglish, iPhone reply quoting the confirmation of 012: all
# three nurses cannot come (the ward is short-staffed).

@mail("bautista-cancel-taglish", "2027-10-26 06:41:15",
      E("cancellation", "maricel.bautista@icloud.example", "Maricel Bautista", None,
        [], None, "tl"), "tl")
def _(m):
    m.head(("From", "Maricel Bautista <maricel.bautista@icloud.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B71C4E0A-2F93-4D58-A6E7-1D0C9B8A7F65@icloud.example>"),
           ("In-Reply-To", "<fachtag.20270921154540.c05e@bielefeld.example>"),
           ("References", "<fachtag.20270921154540.c05e@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22A3370)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hi po ulit,

Pasensya na po, kailangan po naming i-cancel ang registration naming tatlo (ako, si Jonalyn Reyes at si Aileen Santos) para sa 10. November. Kulang na kulang po kami sa staff sa Station C4 ngayong buwan, kaya hindi po kami pinayagan ng Stationsleitung na umalis nang sabay-sabay. Sayang po talaga, sana may susunod pa.

Salamat po sa pag-unawa!
Maricel

Sent from my iPhone

> On 21. Sep 2027, at 15:45, {FT_NAME} <{FT}> wrote:
>
{gt_quote(confirmation("Frau Bautista", "PFL", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Late registration after the deadline: "falls noch etwas frei ist ... am
# liebsten Workshop 4, notfalls Workshop 2" -> a registration with first and
# second choice.  Outlook for iOS, multipart/alternative UTF-8 base64.

REHKEMPER_TEXT = """Hallo zusammen,

ich weiß, die Anmeldefrist war am 27.10. – ich habe die Einladung leider erst jetzt von einer Kollegin weitergeleitet bekommen. Falls noch etwas frei ist, würde ich sehr gern teilnehmen: am liebsten Workshop 4 (Prävention mit Familien), notfalls Workshop 2.

Ich arbeite in der Kindernotaufnahme, und wir haben jeden Tag Familien, bei denen die Verständigung das größte Problem ist.

Danke und viele Grüße
Tobias Rehkemper
Gesundheits- und Kinderkrankenpfleger
Kinderzentrum am Teutoburger Wald

Outlook für iOS beziehen"""


@mail("rehkemper-late-registration-outlook-ios", "2027-10-29 22:18:06",
      E("registration", "tobias.rehkemper@kinderzentrum-teuto.example", "Tobias Rehkemper",
        "Kinderzentrum am Teutoburger Wald", ["PRAEV", "PSY"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Tobias Rehkemper <tobias.rehkemper@kinderzentrum-teuto.example>"),
           ("To", FT),
           ("Subject", "Nachmeldung Fachtag 10.11.?"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB6130B2A3C4D5E6F7A8B9C0D1E2F3A4B5@AM0PR04MB6130.eurprd04.prod.outlook.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.alternative(REHKEMPER_TEXT, outlook_mobile_html(REHKEMPER_TEXT), charset="utf-8",
                  cte="base64", style="outlook")


# -- 038 ---------------------------------------------------------------------
# CANCELLATION, Arabic, Gmail reply (right-to-left) quoting the German
# confirmation of 015: the nursery is closed that day, nobody can look after
# her son.  multipart/alternative UTF-8 base64.

ALHAMWI_CANCEL = """مرحباً،

للأسف لن أتمكن من الحضور يوم 10 نوفمبر، فالحضانة مغلقة في ذلك اليوم بسبب يوم تدريب للموظفين، ولم أجد أحداً يعتني بابني. أرجو إلغاء تسجيلي وإعطاء المكان لشخص آخر.

أتمنى لكم يوماً ناجحاً
رشا"""

ALHAMWI_ATTR = f"في الأربعاء، 22 سبتمبر 2027 في 4:20 م، كتب {FT_NAME} <{FT}>:"


@mail("alhamwi-cancel-arabic-gmail-reply", "2027-11-02 09:07:44",
      E("cancellation", "rasha.alhamwi@gmail.example", "Rasha Al-Hamwi", None,
        [], None, "ar"), "ar", tz=1)
def _(m):
    conf = confirmation("Frau Al-Hamwi", "PRAEV", 1)
    m.head(("From", "Rasha Al-Hamwi <rasha.alhamwi@gmail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN0xR7hP5sL2vQe8Wm1tK4yDc9fHb6gJu3oZa7iRn0Xw2Bq5Tk@mail.gmail.example>"),
           ("In-Reply-To", "<fachtag.20270922162040.8e13@bielefeld.example>"),
           ("References", "<fachtag.20270922162040.8e13@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{ALHAMWI_CANCEL}\n\n{ALHAMWI_ATTR}\n\n{gt_quote(conf)}"
    m.alternative(plain, gmail_html(ALHAMWI_CANCEL, ALHAMWI_ATTR, conf, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 039 ---------------------------------------------------------------------
# BOUNCE in German from the recipient's hosting provider: the 7-day reminder
# could not be delivered, the mailbox no longer exists.  multipart/report with
# text/rfc822-headers; Original-Recipient in mixed case.  The registration it
# belongs to is not in this set.

MEINERT = "d.meinert@pflegeteam-meinert.example"


@mail("owl-hosting-german-bounce-reminder", "2027-11-03 10:00:41",
      E("bounce", bounced=MEINERT), "de", tz=1)
def _(m):
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx02.owl-hosting.example>"),
           ("To", FT),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20271103100041.2B7E9D0F13@mx02.owl-hosting.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems von
mx02.owl-hosting.example.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden. Die
Zustellung an die folgende Adresse ist endgültig fehlgeschlagen:

  <{MEINERT}>
  Grund: Das Postfach existiert nicht (mehr).
  Meldung: 550 5.1.1 Mailbox does not exist

Bitte prüfen Sie die Adresse. Die Kopfzeilen Ihrer Nachricht finden Sie im
Anhang.

-- 
Mailsystem mx02.owl-hosting.example
""", charset="utf-8", cte="quoted-printable",
        headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx02.owl-hosting.example"),
         ("Arrival-Date", "Wed, 3 Nov 2027 10:00:39 +0100")],
        [("Original-Recipient", "rfc822;D.Meinert@Pflegeteam-Meinert.example"),
         ("Final-Recipient", f"rfc822; {MEINERT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Diagnostic-Code", "x-unix; 550 5.1.1 Mailbox does not exist")])
    headers = m.text(f"""Return-Path: <{FT}>
Received: from mail.bielefeld.example (mail.bielefeld.example [198.51.100.20])
	by mx02.owl-hosting.example (Postfix) with ESMTPS id 2B7E9D0F13
	for <D.Meinert@Pflegeteam-Meinert.example>; Wed,  3 Nov 2027 10:00:39 +0100 (CET)
From: {FT_NAME} <{FT}>
To: Doris Meinert <D.Meinert@Pflegeteam-Meinert.example>
Subject: {REMINDER_SUBJECT}
Date: Wed, 03 Nov 2027 10:00:37 +0100
Message-ID: <fachtag.erinnerung.20271103100037.5a2c@bielefeld.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="std",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# CANCELLATION, Romanian (005's nurse), Yahoo reply to the reminder, which is
# quoted without '>' (Yahoo plain) and in a blockquote (HTML).

POPA_CANCEL = """Bună ziua,

din păcate trebuie să anulez participarea mea la Fachtag-ul din 10 noiembrie. O colegă s-a îmbolnăvit pentru mai multe săptămâni și eu trebuie să preiau turele ei, inclusiv miercurea aceea. Îmi pare foarte rău, mă bucuram mult.

Vă rog să dați locul meu altcuiva.

Cu stimă,
Claudia-Elena Popa"""

POPA_ATTR = f"Pe miercuri, 3 noiembrie 2027, 10:00:37 CET, {FT_NAME} <{FT}> a scris:"


@mail("popa-cancel-reply-to-reminder-yahoo", "2027-11-03 15:22:09",
      E("cancellation", "claudiaelena.popa@yahoo.example", "Claudia-Elena Popa", None,
        [], None, "ro"), "ro", tz=0)
def _(m):
    rem = reminder("Frau Popa", "PFL", 1)
    m.head(("From", addr("Claudia-Elena Popa", "claudiaelena.popa@yahoo.example")),
           ("To", addr(FT_NAME, FT)),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1837465920.5521387.1825341729118@mail.yahoo.example>"),
           ("In-Reply-To", "<fachtag.erinnerung.20271103100012.71fd@bielefeld.example>"),
           ("References", "<fachtag.erinnerung.20271103100012.71fd@bielefeld.example>"),
           ("X-Mailer", "WebService/1.1.22633 YMailNorrin"),
           ("MIME-Version", "1.0"))
    plain = f"{POPA_CANCEL}\n\n{POPA_ATTR}\n\n{rem}"
    m.alternative(plain, yahoo_html(POPA_CANCEL, POPA_ATTR, rem), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


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


def decoded_text(msg):
    """Decoded headers and text bodies of every part (HTML also unescaped)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            c = p.get_content()
            chunks.append(c)
            if p.get_content_subtype() == "html":
                chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", c)))
    return "\n".join(chunks)


def check_labels(msg, e, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("bad party_size for change")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            problems.append("email not found in the mail")
        if not e["name"] or not e["language"]:
            problems.append("person mail needs name and language")
        elif e["name"] not in text:
            problems.append(f"name {e['name']!r} not found in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not found in the mail")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "language")):
            problems.append("machine/other mail: email, name, organisation, language must be null")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        br = e["bounced_recipient"]
        if not br or br != br.lower() or not any(br in r.lower() for r in rcpts):
            problems.append("bounced_recipient not a lower-case Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 10, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Sep - 9 Nov 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                got.append(raw.decode(cs))
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
                got.append(p.get_content())
        else:
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
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom not in (
                "schemas.microsoft.com", "www.w3.org", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(msg, expected, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(12)] + langs))
    for k in KINDS:
        print("  " + f"{k:12}" + "".join(f"{table[(k, lg)]:>5}" for lg in langs))
    types = collections.Counter()
    encs = collections.Counter()
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
