#!/usr/bin/env python3
"""Build the "final21h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the Asien-Pazifik-Begegnungstag Aachen 2027 (Saturday 18 September 2027,
Aula Carolina, five workshops WS1-WS5, see config.toml).  The writers are East,
South-East and South Asian associations and students in and around Aachen, plus
a few German and English writers.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, that the
hand-encoded RFC 2047 headers decode to the intended text, and that the labels
are well formed and agree with the mail.

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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

BT = "begegnungstag@aachen.example"
BT_NAME = "Asien-Pazifik-Begegnungstag Aachen"
TO_BT = f"{BT_NAME} <{BT}>"
INVITATION_ID = "<einladung-apbt-2027.20270701100012@aachen.example>"
REMINDER_ID_FMT = "<erinnerung-7d.{}.20270911100000@aachen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5")
LANGS = ("ja", "ko", "zh", "th", "vi", "id", "tl", "hi", "ne", "bn", "ur",
         "ta", "si", "de", "en")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="b", upper=False):
    """RFC 2047 encoded word(s) for a header value, in the given charset.
    upper=True writes the charset label and encoding letter in capitals, as
    Japanese and Korean mailers do (=?ISO-2022-JP?B?...?=)."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    out = Header(text, cs).encode(linesep="\n", maxlinelen=76)
    if upper:
        out = re.sub(r"=\?([^?]+)\?([bqBQ])\?",
                     lambda mo: f"=?{mo.group(1).upper()}?{mo.group(2).upper()}?", out)
    return out


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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


CEST = datetime.timezone(datetime.timedelta(hours=2))


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
        self.intended = []          # decoded content of each leaf, in walk order
        self.headers_intended = []  # (header name, decoded text) of hand-encoded headers
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
        msg.set_raw("Delivered-To", BT)
        if received:
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"<([^>]+)>", frm).group(1)).split("@")[1]
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.aachen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def expect_header(self, name, text):
        """Record what a hand-encoded header must decode to."""
        self.headers_intended.append((name, text))

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
            return f"_00{self._nboundary}_TYCPR01MB{h[:12].upper()}JPNP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.aachen.example"
        if style == "qq":
            return f"----=_NextPart_{h[:8].upper()}_{h[8:16].upper()}_{h[16:24].upper()}"
        if style == "naver":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{int(h[15:28], 16)}"
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


def make_png(width=48, height=32):
    """A small RGB PNG: a red lantern on a dark blue ground."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            dx, dy = x - width // 2, y - height // 2
            if dx * dx * 2 + dy * dy * 3 < 150:
                px = (210, 30, 40)
            elif abs(dx) < 2 and y < 6:
                px = (230, 190, 60)
            else:
                px = (20, 30, 80)
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

INVITATION_SUBJECT = "Einladung: Asien-Pazifik-Begegnungstag Aachen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Asien-Pazifik-Begegnungstag Aachen 2027"
REMINDER_SUBJECT = "Erinnerung: Asien-Pazifik-Begegnungstag Aachen am 18. September 2027"

INVITATION = """Liebe Vereine, Initiativen und Studierendengruppen aus dem
asiatisch-pazifischen Raum, liebe Interessierte,

wir laden Sie herzlich zum Asien-Pazifik-Begegnungstag Aachen 2027 ein.

Datum: Samstag, 18. September 2027, 10:00 bis 17:00 Uhr
Ort: Aula Carolina, Pontstraße 7-9, 52062 Aachen

Nach der Begrüßung und einem Markt der Vereine arbeiten wir am Nachmittag
in fünf Workshops:

WS 1: Studieren und Ankommen: internationale Studierende in Aachen
WS 2: Kultur, Feste und Vereinsleben: asiatische Communities sichtbar machen
WS 3: Arbeit und Anerkennung: Berufseinstieg, Pflege und Fachkräfte
WS 4: Gegen antiasiatischen Rassismus: Erfahrungen und Strategien
WS 5: Zweite Generation: Herkunftssprachen, Identität und Familie

Bitte melden Sie sich bis zum 11. September 2027 formlos per E-Mail an
begegnungstag@aachen.example an. Nennen Sie uns Ihren Namen, Ihre
Organisation, den gewünschten Workshop (gern auch einen Zweitwunsch) und
mit wie vielen Personen Sie kommen.

English: Please register by 11 September 2027 by e-mail to
begegnungstag@aachen.example with your name, organisation, preferred
workshop (a second choice is welcome) and the number of persons. The
workshops are held in German with English support.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Aachen
i. A. Miriam Lennartz"""

WS_LINE = {
    "WS1": "WS 1 – Studieren und Ankommen: internationale Studierende in Aachen",
    "WS2": "WS 2 – Kultur, Feste und Vereinsleben: asiatische Communities sichtbar machen",
    "WS3": "WS 3 – Arbeit und Anerkennung: Berufseinstieg, Pflege und Fachkräfte",
    "WS4": "WS 4 – Gegen antiasiatischen Rassismus: Erfahrungen und Strategien",
    "WS5": "WS 5 – Zweite Generation: Herkunftssprachen, Identität und Familie",
}
WS_EN = {
    "WS1": "WS 1 (Studying and settling in)",
    "WS2": "WS 2 (Culture, festivals and club life)",
    "WS3": "WS 3 (Work and recognition)",
    "WS4": "WS 4 (Against anti-Asian racism)",
    "WS5": "WS 5 (Second generation)",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in changes and cancellations)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Asien-Pazifik-Begegnungstag Aachen 2027
am Samstag, 18. September 2027, 10:00 bis 17:00 Uhr, in der Aula Carolina,
Pontstraße 7-9, 52062 Aachen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Thank you for registering: {WS_EN[ws]}, persons: {persons}.
To change or cancel, simply reply to this e-mail.

Mit freundlichen Grüßen / Kind regards
Asien-Pazifik-Begegnungstag Aachen
Kommunales Integrationszentrum Aachen"""


def reminder(salutation, ws, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag, 18. September
2027, ab 10:00 Uhr in der Aula Carolina, Pontstraße 7-9, 52062 Aachen, zu
begrüßen.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.

Mit freundlichen Grüßen / Kind regards
Asien-Pazifik-Begegnungstag Aachen
Kommunales Integrationszentrum Aachen"""


def organiser_message(to, subject, body, when, msgid, in_reply_to=None):
    """A message the organiser sent (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_BT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# -- HTML flavours -----------------------------------------------------------

def outlook_head(charset="utf-8", font='"Calibri",sans-serif', lang="DE"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0mm;
	font-size:11.0pt;
	font-family:{font};}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Subject:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "件名:"),
    "zh-tw": ("寄件者:", "寄件日期:", "收件者:", "主旨:"),
}


def outlook_html(text, quote=None, labels="de", charset="utf-8",
                 font='"Calibri",sans-serif', lang="DE", rtl=False):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm'>")
        out.append(f"<p class=MsoNormal><b>{esc(lf)}</b> {esc(frm)} <br>\n"
                   f"<b>{esc(ls)}</b> {esc(sent)}<br>\n"
                   f"<b>{esc(lt)}</b> {esc(to)}<br>\n"
                   f"<b>{esc(lsub)}</b> {esc(subject)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (outlook_head(charset, font, lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels="de", rule=True):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    line = "________________________________\n" if rule else ""
    return (f"{text}\n\n{line}{lf} {frm}\n{ls} {sent}\n{lt} {to}\n"
            f"{lsub} {subject}\n\n{quoted}")


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_html_quote(text, attribution, quoted):
    """Gmail reply: new text, then the attribution and a blockquote."""
    new = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>".join(esc(line) for line in quoted.split("\n"))
    return (f'<div dir="ltr">{new}</div><br><div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">{esc(attribution)}<br></div><blockquote class="gmail_quote" '
            f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{q}</blockquote></div>\n')


def div_html(text, style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial",
             meta_charset=None):
    """Webmail-style HTML (163, QQ, Daum): one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    meta = (f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">'
            if meta_charset else "")
    return f"<html><head>{meta}</head><body><div style=\"{style}\">{divs}</div></body></html>\n"


def naver_html(text):
    """Naver mail: HTML only, one <p> per line in Nanum Gothic."""
    ps = "".join(f"<p>{esc(line) if line else '&nbsp;'}</p>" for line in text.split("\n"))
    return ("<div class=\"__aU\"><div style=\"font-family: 나눔고딕, NanumGothic, sans-serif; "
            f"font-size:10pt;\">{ps}</div></div>"
            "<table style=\"display:none\"><tr><td><img src=\"https://mail.naver-mail.example/"
            "readReceipt/notify/?img=fake.gif\" border=\"0\"/></td></tr></table>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Japanese Thunderbird reply quoting the whole invitation (all five WS in the
# quote); full-width ＷＳ５ and ２名 in the new text; native signature beats
# the romanised From; a question inside a registration.

SATO_TEXT = f"""Asien-Pazifik-Begegnungstag 事務局
Lennartz 様

いつもお世話になっております。
アーヘン日本語補習授業校の佐藤でございます。

このたびはご案内をいただき、誠にありがとうございます。
下記のとおり参加を申し込みます。

　参加者：佐藤 恵美、小林 直子（計２名）
　希望ワークショップ：ＷＳ５（Zweite Generation）

補習校では継承語としての日本語教育に取り組んでおりますので、
ワークショップ５で他の団体の皆様とお話しできるのを楽しみにしております。

なお、私どもはドイツ語があまり得意ではないのですが、
ワークショップの中で英語で質問させていただいてもよろしいでしょうか。

お手数をおかけしますが、どうぞよろしくお願いいたします。

-- 
佐藤 恵美（Sato Emi）
アーヘン日本語補習授業校　運営委員
Tel. 0241 5594 2210

2027/07/01 10:00 に Asien-Pazifik-Begegnungstag Aachen さんは書きました:
{gt_quote(INVITATION)}
"""


@mail("sato-hoshuko-thunderbird-quoting-invitation", "2027-07-01 13:12:40",
      E("registration", "emi.sato@hoshuko-aachen.example", "佐藤 恵美",
        "アーヘン日本語補習授業校", ["WS5"], 2, "ja"), "ja")
def _(m):
    m.head(("From", "Sato Emi <emi.sato@hoshuko-aachen.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6f0d2c8e-41a7-4b3e-9c55-2e8a71f0b6d4@hoshuko-aachen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.12.0"),
           ("Content-Language", "ja"),
           ("MIME-Version", "1.0"))
    m.single(SATO_TEXT, charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# German association, ISO-8859-15 quoted-printable; "meinen Mann und mich
# (also 2 Personen)"; the workshop by number and title; an abbreviation (DCG)
# in the text, the full name in the signature.

@mail("kerres-dcg-german-latin9", "2027-07-01 15:40:05",
      E("registration", "u.kerres@dcg-aachen.example", "Ulrike Kerres",
        "Deutsch-Chinesische Gesellschaft Aachen e.V.", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ulrike Kerres <u.kerres@dcg-aachen.example>"),
           ("To", BT),
           ("Subject", "Anmeldung Begegnungstag 18.09."),
           ("Date", m.date),
           ("Message-ID", "<20270701154005.GA21877@dcg-aachen.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Lennartz,

vielen Dank für die Einladung, die wir gern an unsere Mitglieder
weitergeben.

Für den Begegnungstag melde ich meinen Mann Bernd und mich an (also
2 Personen). Wir möchten in den Workshop 2 "Kultur, Feste und
Vereinsleben" - die DCG organisiert ja jedes Jahr das Mondfest im
Kurpark, da passt das gut.

Mit freundlichen Grüßen
Ulrike Kerres

--
Ulrike Kerres
Schriftführerin
Deutsch-Chinesische Gesellschaft Aachen e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Korean, Daum webmail, EUC-KR base64 multipart/alternative; "저 포함 3명"
# (3 including me); first choice 1지망 = 2번, second 2지망 = 4번 (the digits
# of "1지망/2지망" are not workshops); honorific 담당자님; EUC-KR B-encoded
# display name and subject.

KIM_TEXT = """안녕하세요, 아시아·태평양 만남의 날 담당자님.

아헨 한인회에서 총무를 맡고 있는 김민지입니다.
보내주신 초대 메일 잘 받았습니다. 감사합니다.

저희 한인회에서 아래와 같이 참가 신청합니다.

- 참가 인원: 저 포함 3명
- 1지망 워크숍: 2번 (문화, 축제, 단체 활동)
- 2지망 워크숍: 4번 (반아시아 인종차별)

매년 한인회에서 추석 잔치와 한국 문화 행사를 열고 있어서, 다른 단체들과 경험을 나누고 싶습니다.
확인 부탁드립니다.

감사합니다.

김민지 드림
아헨 한인회 총무
Tel. 0176 4412 8830"""


@mail("kim-hanin-daum-euc-kr", "2027-07-02 09:03:27",
      E("registration", "minji.kim@daum-mail.example", "김민지",
        "아헨 한인회", ["WS2", "WS4"], 3, "ko"), "ko")
def _(m):
    subj = "[참가 신청] 아헨 한인회 - Asien-Pazifik-Begegnungstag"
    m.head(("From", f"{ew('김민지', 'euc-kr', upper=True)} <minji.kim@daum-mail.example>"),
           ("To", BT),
           ("Subject", ew(subj, "euc-kr", upper=True)),
           ("Date", m.date),
           ("Message-ID", "<20270702090327.b7Yq2WmVQ3e1Fk0d4TnS5w@hmail-web12.daum-mail.example>"),
           ("X-Mailer", "Daum Web Mailer 1.1"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "김민지")
    m.expect_header("Subject", subj)
    m.alternative(KIM_TEXT, div_html(KIM_TEXT, style="font-size:10pt;font-family:굴림,gulim"),
                  charset="euc-kr", cte="base64")


# -- 004 ---------------------------------------------------------------------
# Simplified Chinese, 163 webmail, GB2312 base64 multipart/alternative;
# "四人（含本人）" = 4; first and fallback choice; the abbreviation 学联 next
# to the full name; a question inside the registration.

WANG_TEXT = """尊敬的组委会：

您好！

我是亚琛中国学生学者联合会（学联）主席王芳。非常感谢您们的邀请！我们学联希望报名参加9月18日的亚太交流日活动。

报名信息如下：
参加人数：四人（含本人）
希望参加的工作坊：工作坊1（留学与适应）；如果已满，工作坊3也可以。

今年我们有很多新生刚到亚琛，所以对第一个工作坊特别感兴趣。

另外想问一下，当天需要带学生证吗？

此致
敬礼！

王芳
亚琛中国学生学者联合会"""


@mail("wang-cssa-163-gb2312", "2027-07-02 22:31:50",
      E("registration", "wangfang_cssa@163-mail.example", "王芳",
        "亚琛中国学生学者联合会", ["WS1", "WS3"], 4, "zh"), "zh")
def _(m):
    subj = "报名：亚太交流日（亚琛学联）"
    m.head(("From", f"{ew('王芳', 'gb2312')} <wangfang_cssa@163-mail.example>"),
           ("To", f"\"{BT}\" <{BT}>"),
           ("Subject", ew(subj, "gb2312")),
           ("Date", m.date),
           ("Message-ID", "<5c1e7a0b.3f21.18f2a9c4d7e.Coremail.wangfang_cssa@163-mail.example>"),
           ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240119(6d4a7c1b)"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "王芳")
    m.expect_header("Subject", subj)
    m.alternative(WANG_TEXT, div_html(WANG_TEXT), charset="gb2312", cte="base64")


# -- 005 ---------------------------------------------------------------------
# English from an association's shared mailbox with a personal Reply-To
# (email = Reply-To); three named members with the writer; first and second
# preference as "Workshop 3 ... Second preference Workshop 1"; the body has
# "(ISA) Aachen", the signature the full name; a PDF member list attached.

ISA_TEXT = """Dear Organising Team,

Greetings from the Indian Students' Association (ISA) Aachen!

We would like to register 3 members of our executive committee for the Asien-Pazifik-Begegnungstag on 18 September:

1. Ananya Iyer (General Secretary) - that's me
2. Rohit Deshpande
3. Farhan Siddiqui

Our first preference would be Workshop 3 (Arbeit und Anerkennung), since many of our members are looking for Werkstudent jobs and their first job after graduation. Second preference: Workshop 1.

Kindly send the confirmation to my address (ananya.iyer@studmail.example), as the ISA mailbox is checked only once a week. The list with our names is also attached.

Warm regards,
Ananya Iyer
General Secretary
Indian Students' Association Aachen"""


@mail("iyer-isa-shared-mailbox-reply-to", "2027-07-03 11:20:09",
      E("registration", "ananya.iyer@studmail.example", "Ananya Iyer",
        "Indian Students' Association Aachen", ["WS3", "WS1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Indian Students Association Aachen <isa.aachen@studmail.example>"),
           ("Reply-To", "Ananya Iyer <ananya.iyer@studmail.example>"),
           ("To", BT),
           ("Subject", "Registration - ISA Aachen - Begegnungstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAJx8pQ2kV7nR4tY0uW3eZ9aB6cD1fG5hK8mN2pQ4sT7vX0yZ3A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(ISA_TEXT, gmail_html(ISA_TEXT), style="gmail", top=False)
    pdf = m.binary(make_pdf(["ISA Aachen - Begegnungstag 18.09.2027",
                             "1. Ananya Iyer (General Secretary)",
                             "2. Rohit Deshpande",
                             "3. Farhan Siddiqui"]),
                   "application", "pdf", "ISA_participants_Begegnungstag.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 006 ---------------------------------------------------------------------
# Thai, Outlook, tis-620 base64 multipart/alternative; Thai digits
# (๑๘ กันยายน ๒๕๗๐ is the date in the Buddhist era, "รวม ๒ ท่าน" = 2,
# "เวิร์กช็อปที่ ๒" = WS2); organisation glued to "จาก" and to the title
# in the signature (Thai writes no spaces between words).

SIRIPORN_TEXT = """เรียน คณะผู้จัดงาน

ดิฉัน ศิริพร วงศ์สุวรรณ จากชมรมคนไทยในอาเคิน ขอลงทะเบียนเข้าร่วมงาน Asien-Pazifik-Begegnungstag ในวันเสาร์ที่ ๑๘ กันยายน ๒๕๗๐ ค่ะ

ผู้เข้าร่วม: ดิฉันและสามี รวม ๒ ท่าน
เวิร์กช็อปที่ต้องการ: เวิร์กช็อปที่ ๒ (วัฒนธรรม เทศกาล และชีวิตในสมาคม)

ชมรมของเราจัดงานสงกรานต์และลอยกระทงทุกปี จึงสนใจหัวข้อนี้เป็นพิเศษค่ะ

ขอบพระคุณมากค่ะ

ศิริพร วงศ์สุวรรณ
ประธานชมรมคนไทยในอาเคิน"""


@mail("wongsuwan-thai-club-tis-620", "2027-07-05 08:47:13",
      E("registration", "siriporn.w@thaiclub-aachen.example", "ศิริพร วงศ์สุวรรณ",
        "ชมรมคนไทยในอาเคิน", ["WS2"], 2, "th"), "th")
def _(m):
    subj = "ลงทะเบียนเข้าร่วมงาน Begegnungstag - ชมรมคนไทยในอาเคิน"
    m.head(("From", "Siriporn Wongsuwan <siriporn.w@thaiclub-aachen.example>"),
           ("To", f"'{BT}' <{BT}>"),
           ("Subject", ew(subj, "tis-620")),
           ("Date", m.date),
           ("Message-ID", "<000b01dbf0a1$4c2e7f10$e48b5d30$@thaiclub-aachen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdvwoUwuhOSLXTBxQ8iS0f2cW7Nm3g=="),
           ("Content-Language", "th"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subj)
    m.alternative(outlook_plain(SIRIPORN_TEXT),
                  outlook_html(SIRIPORN_TEXT, charset="tis-620",
                               font='"Tahoma",sans-serif', lang="TH"),
                  charset="tis-620", cte="base64", style="outlook")


# -- 007 ---------------------------------------------------------------------
# Vietnamese, Gmail, UTF-8 quoted-printable; "3 người (em và 2 bạn)";
# "sinh viên năm 2" is not a workshop; first choice and fallback; the
# university is not the organisation; From without diacritics.

KHOA_TEXT = """Kính gửi Ban tổ chức,

Em tên là Trần Minh Khoa, hiện là sinh viên năm 2 ngành Cơ khí tại RWTH và là thành viên Ban chấp hành Hội Sinh viên Việt Nam tại Aachen.

Bọn em muốn đăng ký tham gia Ngày gặp gỡ châu Á – Thái Bình Dương ạ. Nhóm em có 3 người (em và 2 bạn trong hội).

Bọn em muốn tham gia workshop số 1 (Studieren und Ankommen). Nếu workshop 1 hết chỗ thì cho bọn em vào workshop số 4 ạ.

Em cảm ơn anh chị nhiều!

Trân trọng,
Trần Minh Khoa
Hội Sinh viên Việt Nam tại Aachen"""


@mail("tran-vsa-gmail-vietnamese", "2027-07-06 19:05:31",
      E("registration", "khoa.tran.minh@mail.example", "Trần Minh Khoa",
        "Hội Sinh viên Việt Nam tại Aachen", ["WS1", "WS4"], 3, "vi"), "vi")
def _(m):
    m.head(("From", "Khoa Tran <khoa.tran.minh@mail.example>"),
           ("To", BT),
           ("Subject", "Đăng ký tham gia Begegnungstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAK3vQ9mT1nB8xW2eR5yU7iO0pA4sD6fG9hJ2kL5zX8cV1bN3mQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KHOA_TEXT, gmail_html(KHOA_TEXT), style="gmail")


# -- 008 ---------------------------------------------------------------------
# Indonesian from an iPhone, plain UTF-8; "Kami berlima" (we five) = 5;
# "WS 3"; German words inside the Indonesian text (Ausbildung Pflege).

@mail("lestari-ppi-iphone-berlima", "2027-07-07 12:14:02",
      E("registration", "dewi.lestari@ppi-aachen.example", "Dewi Lestari",
        "PPI Aachen", ["WS3"], 5, "id"), "id")
def _(m):
    m.head(("From", "Dewi Lestari <dewi.lestari@ppi-aachen.example>"),
           ("To", BT),
           ("Subject", "Pendaftaran PPI Aachen"),
           ("Date", m.date),
           ("Message-ID", "<A4F2C9E1-7B3D-4E8A-9C61-5D2B0F7E3A94@ppi-aachen.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Halo Panitia,

Perkenalkan, saya Dewi Lestari dari PPI Aachen. Kami mau mendaftar untuk Asien-Pazifik-Begegnungstag tanggal 18 September.

Kami berlima dan semuanya mau ikut WS 3 (Arbeit und Anerkennung), karena banyak anggota kami yang sedang cari kerja atau Ausbildung Pflege di sini.

Terima kasih banyak!

Salam,
Dewi Lestari
Ketua PPI Aachen

Dikirim dari iPhone saya
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Hindi, Gmail, UTF-8 base64; "नमस्ते जी" (honorific ji); "कुल २ लोग" in
# Devanagari digits; "कार्यशाला ३"; the date 18 in Latin digits.

SUNITA_TEXT = """नमस्ते जी,

मैं सुनीता शर्मा, भारतीय सांस्कृतिक संघ आखन की ओर से लिख रही हूँ। हमें आपका निमंत्रण मिला, बहुत धन्यवाद।

मैं और मेरे पति दोनों 18 सितंबर के कार्यक्रम में आना चाहते हैं, कुल २ लोग।
हम कार्यशाला ३ (काम और मान्यता – Arbeit und Anerkennung) में भाग लेना चाहेंगे, क्योंकि मेरे पति की इंजीनियरिंग डिग्री की मान्यता अभी तक नहीं हुई है।

कृपया पुष्टि भेज दीजिए।

धन्यवाद सहित,
सुनीता शर्मा
भारतीय सांस्कृतिक संघ आखन"""


@mail("sharma-hindi-devanagari-digits", "2027-07-08 17:26:44",
      E("registration", "sunita.sharma71@mail.example", "सुनीता शर्मा",
        "भारतीय सांस्कृतिक संघ आखन", ["WS3"], 2, "hi"), "hi")
def _(m):
    m.head(("From", "Sunita Sharma <sunita.sharma71@mail.example>"),
           ("To", BT),
           ("Subject", "पंजीकरण – Asien-Pazifik-Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<CAF5hW2nX8qP1rT4yU6iO9aS3dG7jK0lZ2xC5vB8nM1qW4eR6tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SUNITA_TEXT, gmail_html(SUNITA_TEXT), cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Japanese, Becky!, ISO-2022-JP 7bit with ISO-2022-JP encoded words; the
# writer registers himself and two board members, "三名" in kanji; first and
# second choice (第一希望/第二希望); full-width date ７月１日; a disclaimer.

SUZUKI_TEXT = """Begegnungstag ご担当者様

はじめてご連絡いたします。
アーヘン日本人会で事務局を務めております鈴木と申します。

７月１日付のご案内、誠にありがとうございました。
当会より下記の三名で参加させていただきたく、お申し込み申し上げます。

　・鈴木 隆（事務局）
　・高橋 誠（会長）
　・伊藤 由美子（文化部）

ワークショップの希望は以下の通りです。
　第一希望：ワークショップ２（文化・お祭り・団体活動）
　第二希望：ワークショップ４

ご確認のほど、よろしくお願い申し上げます。

――――――――――――――――
鈴木 隆　Takashi Suzuki
アーヘン日本人会　事務局
E-Mail: t.suzuki@nihonjinkai-aachen.example
――――――――――――――――
本メールは送信者が意図した受信者のみを対象としております。
誤って受信された場合は、お手数ですが削除をお願いいたします。"""


@mail("suzuki-nihonjinkai-iso-2022-jp", "2027-07-09 10:15:20",
      E("registration", "t.suzuki@nihonjinkai-aachen.example", "鈴木 隆",
        "アーヘン日本人会", ["WS2", "WS4"], 3, "ja"), "ja")
def _(m):
    subj = "参加申込（アーヘン日本人会）"
    m.head(("From", f"{ew('鈴木 隆', 'iso-2022-jp', upper=True)} <t.suzuki@nihonjinkai-aachen.example>"),
           ("To", BT),
           ("Subject", ew(subj, "iso-2022-jp", upper=True)),
           ("Date", m.date),
           ("Message-ID", "<20270709101520.7C3E.4A1B2F90@nihonjinkai-aachen.example>"),
           ("X-Mailer", "Becky! ver. 2.81.04 [ja]"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "鈴木 隆")
    m.expect_header("Subject", subj)
    m.single(SUZUKI_TEXT, charset="iso-2022-jp", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# Traditional Chinese (Taiwan), Outlook, Big5 base64 multipart/alternative;
# "共３位" (full-width 3, counter 位); "第四工作坊"; three names listed, the
# writer first; the list numbers 1.-3. are not workshops.

CHEN_TEXT = """您好：

我是亞琛台灣同學會的會長陳怡君，非常感謝您們的邀請！

我們同學會想報名參加今年的亞太交流日，共３位：
1. 陳怡君
2. 黃冠宇
3. 吳佩珊

希望參加的工作坊：第四工作坊（反亞裔種族歧視：經驗與對策）

去年有幾位同學在公車上遇到不愉快的經驗，所以我們很想參加這個主題的討論。

敬祝
順心

陳怡君
亞琛台灣同學會 會長"""


@mail("chen-tsa-outlook-big5", "2027-07-12 14:02:57",
      E("registration", "yichun.chen@tsa-aachen.example", "陳怡君",
        "亞琛台灣同學會", ["WS4"], 3, "zh"), "zh")
def _(m):
    subj = "報名：亞太交流日 2027（亞琛台灣同學會）"
    m.head(("From", "Chen Yi-Chun <yichun.chen@tsa-aachen.example>"),
           ("To", f"\"{BT}\" <{BT}>"),
           ("Subject", ew(subj, "big5")),
           ("Date", m.date),
           ("Message-ID", "<TYZPR03MB7184C2A9E1F04B6D8A3E5C7B91D2@TYZPR03MB7184.apcprd03.prod.outlook.example>"),
           ("Thread-Topic", ew(subj, "big5")),
           ("Content-Language", "zh-TW"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subj)
    m.alternative(outlook_plain(CHEN_TEXT),
                  outlook_html(CHEN_TEXT, charset="big5", font='"新細明體",serif', lang="ZH-TW"),
                  charset="big5", cte="base64", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Bengali (Bangladesh), Gmail, UTF-8 base64; Bengali digits "৩ জন" and
# "কর্মশালা ১"; the organisation inflected (genitive -এর) in the text, base
# form in the signature; the name with the abbreviation মোঃ (Md.).

RAFIQ_TEXT = """শ্রদ্ধেয় আয়োজক কমিটি,

আসসালামু আলাইকুম। আমি মোঃ রফিকুল ইসলাম, আখেন বাংলাদেশি স্টুডেন্টস অ্যাসোসিয়েশনের সাধারণ সম্পাদক।

আপনাদের আমন্ত্রণের জন্য অনেক ধন্যবাদ। আমরা ৩ জন এশিয়া-প্যাসিফিক মিলনমেলায় অংশ নিতে চাই। আমরা কর্মশালা ১ (পড়াশোনা ও নতুন জীবনে মানিয়ে নেওয়া) বেছে নিয়েছি।

ধন্যবাদান্তে,
মোঃ রফিকুল ইসলাম
সাধারণ সম্পাদক
আখেন বাংলাদেশি স্টুডেন্টস অ্যাসোসিয়েশন"""


@mail("islam-bangladeshi-students-bengali-digits", "2027-07-13 21:48:16",
      E("registration", "rafiqul.islam.bd@mail.example", "মোঃ রফিকুল ইসলাম",
        "আখেন বাংলাদেশি স্টুডেন্টস অ্যাসোসিয়েশন", ["WS1"], 3, "bn"), "bn")
def _(m):
    m.head(("From", "Md Rafiqul Islam <rafiqul.islam.bd@mail.example>"),
           ("To", BT),
           ("Subject", "নিবন্ধন: এশিয়া-প্যাসিফিক মিলনমেলা"),
           ("Date", m.date),
           ("Message-ID", "<CAM7bD4xQ1wE9rT2yU5iO8pA3sF6gH0jK3lZ6xC9vB2nM5qW8eR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAFIQ_TEXT, gmail_html(RAFIQ_TEXT), cte="base64", style="gmail")

# -- 013 ---------------------------------------------------------------------
# English from an Android phone, typos and no apostrophes; "myself and my
# friend" = 2; "WS4 ... if its full then WS5"; family name first in the
# signature (Lim Wei Ling), given name first in From; "(MSAA)" after the
# association's name; the date 18.9. is no workshop.

@mail("lim-msaa-phone-typos", "2027-07-14 07:52:38",
      E("registration", "weiling.lim@mail.example", "Lim Wei Ling",
        "Malaysian Students Association Aachen", ["WS4", "WS5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Wei Ling Lim <weiling.lim@mail.example>"),
           ("To", BT),
           ("Subject", "register for 18.9"),
           ("Date", m.date),
           ("Message-ID", "<m8x3k2.1784008358.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

Im Wei Ling from the Malaysian Students Association Aachen (MSAA). Would like to register myself and my friend Nurul Huda for the Begegnungstag on 18.9.

We prefer WS4 (anti asian racism) , if its full then WS5 pls.

Thanks alot!
Lim Wei Ling

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Nepali, Gmail, UTF-8 quoted-printable; Devanagari digits "४ जना" (4
# persons), "सेप्टेम्बर १८", "कार्यशाला २"; organisation with the genitive
# suffix -को in the text, base form after the title in the signature.

SUMAN_TEXT = """नमस्कार,

म सुमन श्रेष्ठ, नेपाली समाज आखनको सचिव हुँ। तपाईंहरूको निमन्त्रणाका लागि धेरै धन्यवाद।

हाम्रो समाजबाट हामी ४ जना सेप्टेम्बर १८ तारिखको कार्यक्रममा सहभागी हुन चाहन्छौं। हामी कार्यशाला २ (संस्कृति, चाडपर्व र संस्थागत जीवन) मा भाग लिन चाहन्छौं, किनकि हामी हरेक वर्ष यहाँ दशैं-तिहार कार्यक्रम आयोजना गर्छौं।

धन्यवाद।

सुमन श्रेष्ठ
सचिव, नेपाली समाज आखन"""


@mail("shrestha-nepali-samaj-devanagari", "2027-07-15 20:11:05",
      E("registration", "suman.shrestha@mail.example", "सुमन श्रेष्ठ",
        "नेपाली समाज आखन", ["WS2"], 4, "ne"), "ne")
def _(m):
    m.head(("From", "Suman Shrestha <suman.shrestha@mail.example>"),
           ("To", BT),
           ("Subject", "दर्ता – Begegnungstag 2027 (नेपाली समाज आखन)"),
           ("Date", m.date),
           ("Message-ID", "<CAH2nP6vB9xQ3wE1rT8yU4iO7aS0dF3gJ6kL9zX2cV5bN8mQ1wE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SUMAN_TEXT, gmail_html(SUMAN_TEXT), style="gmail")


# -- 015 ---------------------------------------------------------------------
# Urdu, Gmail with dir="rtl" HTML, UTF-8 base64; Urdu digits "۲ افراد",
# "ورکشاپ نمبر ۳", "۱۸ ستمبر"; the vice-president named with the honorifics
# جناب ... صاحب; organisation after the title in the signature.

IMRAN_TEXT = """السلام علیکم،

محترم منتظمین، میں محمد عمران قریشی ہوں، پاکستان اسٹوڈنٹس ایسوسی ایشن آخن کا صدر۔ آپ کی دعوت کا بہت شکریہ۔

ہم ۱۸ ستمبر کے ایشیا پیسیفک میل ملاپ کے دن میں شرکت کرنا چاہتے ہیں۔ ہم کل ۲ افراد ہوں گے: میں اور ہمارے نائب صدر جناب احمد رضا صاحب۔

ہماری ترجیح ورکشاپ نمبر ۳ (کام اور اسناد کی منظوری) ہے۔

والسلام،
محمد عمران قریشی
صدر، پاکستان اسٹوڈنٹس ایسوسی ایشن آخن"""


@mail("qureshi-psa-urdu-rtl", "2027-07-16 16:37:22",
      E("registration", "imran.qureshi@mail.example", "محمد عمران قریشی",
        "پاکستان اسٹوڈنٹس ایسوسی ایشن آخن", ["WS3"], 2, "ur"), "ur")
def _(m):
    m.head(("From", "Muhammad Imran Qureshi <imran.qureshi@mail.example>"),
           ("To", BT),
           ("Subject", "رجسٹریشن - Begegnungstag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAB9qW3eR6tY0uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(IMRAN_TEXT, gmail_html(IMRAN_TEXT, rtl=True), cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# German by a second-generation Korean student; Outlook HTML only,
# windows-1252 quoted-printable; workshop only by its title word "Zweite
# Generation"; "alleine" = 1; her age (22) is no number of persons.

LEE_SY_TEXT = """Liebes Team vom Begegnungstag,

ich bin Seo-yeon, 22, studiere Lehramt in Aachen und bin in der koreanischen Jugendgruppe „Hanbit“ aktiv. Ich würde gern alleine am Begegnungstag teilnehmen und mich für den Workshop „Zweite Generation“ anmelden – das Thema beschäftigt mich persönlich sehr, weil meine Eltern immer Koreanisch mit mir gesprochen haben und ich trotzdem kaum Hangul schreiben kann.

Viele Grüße
Seo-yeon Lee
Koreanische Jugendgruppe Hanbit Aachen"""


@mail("lee-seoyeon-outlook-html-only", "2027-07-19 22:04:48",
      E("registration", "seoyeon.lee@mail.example", "Seo-yeon Lee",
        "Koreanische Jugendgruppe Hanbit Aachen", ["WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Lee, Seo-yeon" <seoyeon.lee@mail.example>'),
           ("To", f"\"{BT}\" <{BT}>"),
           ("Subject", "Anmeldung Workshop Zweite Generation"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3187E6D1B2C94F08A7E5D3C1B6F2@AM0PR10MB3187.EURPRD10.PROD.OUTLOOK.example>"),
           ("Thread-Topic", "Anmeldung Workshop Zweite Generation"),
           ("Thread-Index", "AdvxD7k3QmVb9c2eRfW8sJ5nH1yT4A=="),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(LEE_SY_TEXT, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Tagalog mixed with English and German (Taglish), Gmail; the number in
# words "Tatlo po kami" = 3; the full name in the self-introduction beats the
# nickname in From and the short sign-off; the hospital is the employer.

TINA_TEXT = """Magandang araw po!

Ako po si Maria Cristina Dela Cruz-Santos, secretary ng Samahang Pilipino sa Aachen. Gusto po sana naming mag-register para sa Begegnungstag sa 18. September.

Tatlo po kami na pupunta - ako at dalawang kasamahan ko na nurse din sa Uniklinik. Ang gusto po naming workshop ay yung WS 3 (Arbeit und Anerkennung), kasi marami sa amin ang may problema pa sa Anerkennung ng nursing diploma.

Maraming salamat po!

Tina
Samahang Pilipino sa Aachen"""


@mail("santos-samahang-pilipino-taglish", "2027-07-20 13:29:11",
      E("registration", "tina.santos@mail.example", "Maria Cristina Dela Cruz-Santos",
        "Samahang Pilipino sa Aachen", ["WS3"], 3, "tl"), "tl")
def _(m):
    m.head(("From", "Tina Santos <tina.santos@mail.example>"),
           ("To", BT),
           ("Subject", "Registration po - Samahang Pilipino"),
           ("Date", m.date),
           ("Message-ID", "<CAL4tR7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TINA_TEXT, gmail_html(TINA_TEXT), style="gmail")


# -- 018 ---------------------------------------------------------------------
# Tamil, Gmail, UTF-8 quoted-printable; "இருவர்" (two persons, in words);
# "பட்டறை 5"; the name with the father's initial first (க. செல்வராஜ்);
# organisation inflected (சங்கத்தின்) in the text, base form in the signature.

SELVA_TEXT = """வணக்கம்,

நான் க. செல்வராஜ், ஆஹன் தமிழ்ச் சங்கத்தின் பொருளாளர். உங்கள் அழைப்புக்கு மிக்க நன்றி.

செப்டம்பர் 18 அன்று நடைபெறும் ஆசிய-பசிபிக் சந்திப்பு நாளில் நானும் என் மனைவியும் (இருவர்) கலந்துகொள்ள விரும்புகிறோம். எங்கள் பிள்ளைகளுக்குத் தமிழ் கற்பிப்பதில் ஆர்வம் இருப்பதால், பட்டறை 5 (இரண்டாம் தலைமுறை – தாய்மொழி, அடையாளம், குடும்பம்) எங்கள் விருப்பம்.

நன்றியுடன்,
க. செல்வராஜ்
பொருளாளர், ஆஹன் தமிழ்ச் சங்கம்"""


@mail("selvaraj-tamil-sangam-iruvar", "2027-07-21 18:55:40",
      E("registration", "selvaraj.k@mail.example", "க. செல்வராஜ்",
        "ஆஹன் தமிழ்ச் சங்கம்", ["WS5"], 2, "ta"), "ta")
def _(m):
    m.head(("From", "K. Selvaraj <selvaraj.k@mail.example>"),
           ("To", BT),
           ("Subject", "பதிவு – Begegnungstag 18.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SELVA_TEXT, gmail_html(SELVA_TEXT), style="gmail")


# -- 019 ---------------------------------------------------------------------
# Sinhala, plain UTF-8 base64; no workshop chosen ("we will decide on the
# day") -> []; "අපි 3 දෙනෙක්" = 3; ශ්‍රී with a zero-width joiner inside the
# organisation's name.

@mail("perera-sri-lanka-sinhala-no-workshop", "2027-07-22 11:40:03",
      E("registration", "nimal.perera@mail.example", "නිමල් පෙරේරා",
        "ආකන් ශ්‍රී ලාංකික සංගමය", [], 3, "si"), "si")
def _(m):
    m.head(("From", "Nimal Perera <nimal.perera@mail.example>"),
           ("To", BT),
           ("Subject", "ලියාපදිංචිය - Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<1784713203.412877.1@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ආයුබෝවන්,

මම නිමල් පෙරේරා, ආකන් ශ්‍රී ලාංකික සංගමයේ ලේකම්. ඔබගේ ආරාධනයට බොහොම ස්තූතියි.

සැප්තැම්බර් 18 වෙනිදා වැඩසටහනට අපි 3 දෙනෙක් සහභාගී වෙන්න කැමතියි. කුමන වැඩමුළුවට යනවාද කියලා අපි තවම තීරණය කළේ නැහැ – ඒ ගැන දවසේදීම තීරණය කරන්නම්.

ස්තූතියි,
නිමල් පෙරේරා
ලේකම්, ආකන් ශ්‍රී ලාංකික සංගමය
""", charset="utf-8", cte="base64")


# -- 020 ---------------------------------------------------------------------
# Korean, Naver HTML only (UTF-8 base64); the student-council president
# registers his vice-president, who comes alone (1명), and asks for the
# confirmation at her address -> name and email are the attendee's.

JUNHO_TEXT = """안녕하세요, 담당자님!

RWTH 한인학생회 회장 이준호입니다.

저는 그날 다른 일정이 있어서 참석하지 못하고, 대신 부회장 박지우 학생이 참석할 예정입니다 (1명).
워크숍은 1번 "Studieren und Ankommen"으로 신청하고 싶습니다. 신입생 오리엔테이션 준비에 도움이 될 것 같아서요 ^^

확인 메일은 지우 학생 메일(jiwoo.park@naver-mail.example)로 보내주시면 감사하겠습니다.

감사합니다!
이준호 드림"""


@mail("lee-junho-naver-registers-vice-president", "2027-07-23 09:17:26",
      E("registration", "jiwoo.park@naver-mail.example", "박지우",
        "RWTH 한인학생회", ["WS1"], 1, "ko"), "ko")
def _(m):
    m.head(("From", f"{ew('이준호', 'utf-8', upper=True)} <junho.lee@naver-mail.example>"),
           ("To", f"<{BT}>"),
           ("Cc", f"{ew('박지우', 'utf-8', upper=True)} <jiwoo.park@naver-mail.example>"),
           ("Subject", ew("[RWTH 한인학생회] 만남의 날 참가 신청", "utf-8", upper=True)),
           ("Date", m.date),
           ("Message-ID", "<a8f2c1d93e7b4f06b5d2e1c0f9a8b7c6@cweb013.nm.naver-mail.example>"),
           ("X-Naver-CIP", "203.0.113.58"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "이준호")
    m.expect_header("Subject", "[RWTH 한인학생회] 만남의 날 참가 신청")
    m.single(naver_html(JUNHO_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Simplified Chinese, QQ mail, GB18030 base64 multipart/alternative with a
# numeric QQ address; "３位老师" (full-width 3); 第一志愿 工作坊５ /
# 第二志愿 工作坊２; the honorific 老师 after her name.

LIU_TEXT = """您好！

我是亚琛中文学校的刘晓燕老师。看到你们的活动通知，我们学校有３位老师想一起报名参加。

第一志愿：工作坊５（第二代：母语、认同与家庭）
第二志愿：工作坊２（文化、节日与社团生活）

孩子们学中文的问题一直是我们最关心的，希望能和其他社团交流一下经验。

谢谢！
刘晓燕
亚琛中文学校"""


@mail("liu-chinese-school-qq-gb18030", "2027-07-26 15:33:09",
      E("registration", "1847302915@qq-mail.example", "刘晓燕",
        "亚琛中文学校", ["WS5", "WS2"], 3, "zh"), "zh")
def _(m):
    subj = "报名 亚琛中文学校"
    m.head(("From", f"\"{ew('晓燕', 'gb18030')}\" <1847302915@qq-mail.example>"),
           ("To", f"\"{BT}\" <{BT}>"),
           ("Subject", ew(subj, "gb18030")),
           ("Date", m.date),
           ("Message-ID", "<tencent_4B7E2C91D0A35F8E6C1B9D2A7F40E3C85A06@qq-mail.example>"),
           ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
           ("X-Mailer", "QQMail 2.x"),
           ("X-QQ-Mailer", "QQMail 2.x"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "晓燕")
    m.expect_header("Subject", subj)
    m.alternative(LIU_TEXT, div_html(LIU_TEXT, style="font-family:宋体;font-size:14px",
                                     meta_charset="GB18030"),
                  charset="gb18030", cte="base64", style="qq")


# -- 022 ---------------------------------------------------------------------
# English question from across the border: asks before registering; "I'd
# register for Workshop 1" is conditional -> question, workgroups [].

@mail("rao-maastricht-question", "2027-07-27 20:44:51",
      E("question", "aditya.rao@mail.example", "Aditya Rao", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Aditya Rao <aditya.rao@mail.example>"),
           ("To", BT),
           ("Subject", "Question about participation (from Maastricht)"),
           ("Date", m.date),
           ("Message-ID", "<8B21F4C7-0D93-4E5A-B6C2-7A1E9F3D5B08@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    text = """Hello,

I'm a master's student at Maastricht University, originally from Bangalore. A friend in Aachen forwarded your invitation to me. Two quick questions before I register:

1) Is the Begegnungstag also open to people who live across the border (NL/BE) and aren't members of any association in Aachen?
2) Will the workshops be held in German only? My German is about A2.

If both are okay, I'd register for Workshop 1.

Thanks and regards,
Aditya Rao"""
    m.alternative(text, apple_html(text), style="apple")


# -- 023 ---------------------------------------------------------------------
# Hindi question: vegetarian food and childcare; will register after the
# answer -> question; the honorific "आयोजक जी"; Devanagari list numbers १./२.

@mail("gupta-mandir-hindi-question", "2027-07-29 10:06:33",
      E("question", "rajesh.gupta.ac@mail.example", "राजेश गुप्ता",
        "आखन हिंदू मंदिर समिति", [], None, "hi"), "hi")
def _(m):
    m.head(("From", "Rajesh Gupta <rajesh.gupta.ac@mail.example>"),
           ("To", BT),
           ("Subject", "कुछ प्रश्न – Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<CAD1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""आदरणीय आयोजक जी,

नमस्ते। मैं राजेश गुप्ता, आखन हिंदू मंदिर समिति से। हमारे कई सदस्य आपके कार्यक्रम में आना चाहते हैं, लेकिन पंजीकरण से पहले मेरे दो प्रश्न हैं:

१. क्या भोजन में शाकाहारी (और बिना प्याज-लहसुन वाला) विकल्प होगा?
२. क्या छोटे बच्चों को साथ ला सकते हैं? क्या बच्चों की देखभाल की कोई व्यवस्था है?

उत्तर मिलने पर हम पंजीकरण भेज देंगे।

सादर,
राजेश गुप्ता
आखन हिंदू मंदिर समिति
""", charset="utf-8", cte="quoted-printable")

# -- 024 ---------------------------------------------------------------------
# Japanese change in Outlook (UTF-8 multipart/alternative), quoting the
# confirmation below a Japanese 差出人/送信日時/宛先/件名 block; circled digits:
# "④から①に変更" -> new choice WS1 (the old ④ is in the new text too);
# party size unchanged (２名) -> null.

WATANABE_TEXT = """Asien-Pazifik-Begegnungstag ご担当者様

お世話になっております。RWTH日本人留学生会の渡辺です。
先日は登録確認のメールをありがとうございました。

大変恐縮ですが、希望ワークショップを④から①に変更していただけますでしょうか。
当会で新入生の受け入れを担当することになったため、①の方が活動内容に合っていると考えました。
人数（２名）は変わりません。

お手数をおかけしますが、よろしくお願いいたします。

渡辺 健太
RWTH日本人留学生会"""

WATANABE_QUOTE = (f"{BT_NAME} <{BT}>", "2027年7月14日 11:02",
                  "渡辺 健太 <kenta.watanabe@rwth-jsa.example>", CONFIRMATION_SUBJECT,
                  confirmation("Herr Watanabe", "WS4", 2))


@mail("watanabe-change-outlook-ja-circled-digits", "2027-07-30 12:48:19",
      E("change", "kenta.watanabe@rwth-jsa.example", "渡辺 健太",
        "RWTH日本人留学生会", ["WS1"], None, "ja"), "ja")
def _(m):
    m.head(("From", f"{ew('渡辺 健太', 'utf-8', upper=True)} <kenta.watanabe@rwth-jsa.example>"),
           ("To", TO_BT),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT, "utf-8", upper=True)),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9E1kP3mQ7vN2xR8tY5wK0aB4cD6eF1gH"),
           ("Date", m.date),
           ("Message-ID", "<TYCPR01MB8471A3E2F0C94D7B6E1A5C3D82F7@TYCPR01MB8471.jpnprd01.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270714110205.4e1a@aachen.example>"),
           ("References", "<mailbot.20270714110205.4e1a@aachen.example>"),
           ("Content-Language", "ja-JP"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "渡辺 健太")
    m.expect_header("Subject", "RE: " + CONFIRMATION_SUBJECT)
    m.alternative(outlook_plain(WATANABE_TEXT, WATANABE_QUOTE, labels="ja"),
                  outlook_html(WATANABE_TEXT, WATANABE_QUOTE, labels="ja",
                               font='"游ゴシック",sans-serif', lang="JA"),
                  style="outlook", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Simplified Chinese question, GB2312 plain text base64: workshop language
# and whether only registered associations (e.V.) may come; "五六个人" and
# "到时候再正式报名" -> still a question, not a registration.

@mail("zhang-badminton-gb2312-question", "2027-08-02 23:12:45",
      E("question", "zhanglei.ac@mail.example", "张磊",
        "亚琛华人羽毛球俱乐部", [], None, "zh"), "zh")
def _(m):
    subj = "咨询：工作坊语言"
    m.head(("From", "Zhang Lei <zhanglei.ac@mail.example>"),
           ("To", BT),
           ("Subject", ew(subj, "gb2312")),
           ("Date", m.date),
           ("Message-ID", "<202708022312451283947@mail.example>"),
           ("X-Mailer", "Foxmail 7.2.25.228[cn]"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subj)
    m.single("""你好，

我在亚琛工大读博士，也是亚琛华人羽毛球俱乐部的负责人。想问两个问题：

1. 工作坊是用德语还是英语进行？我们很多成员德语不太好。
2. 参加的话需要是注册协会（e.V.）吗？我们只是一个兴趣小组。

如果没问题的话，我们大概有五六个人想参加，到时候再正式报名。

谢谢！
张磊
""", charset="gb2312", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Indonesian change, Gmail with the Indonesian attribution line "Pada
# tanggal Sen, 12 Jul 2027 pukul 16.05 ... menulis:"; the old WS 2 is named
# in the new text, the new choice is WS 4 (Rassismus); "jumlah tetap 2" ->
# party size null.

BAYU_TEXT = """Selamat siang Panitia,

Mohon maaf, kami mau ganti workshop. Awalnya kami daftar di WS 2, tapi setelah rapat pengurus kemarin kami putuskan lebih cocok ikut WS 4 (Rassismus). Jumlah orangnya tetap 2.

Terima kasih atas bantuannya.

Wassalam,
Bayu Pratama
Ikatan Keluarga Muslim Indonesia Aachen"""

BAYU_ATTR = f"Pada tanggal Sen, 12 Jul 2027 pukul 16.05 {BT_NAME} <{BT}> menulis:"
BAYU_CONF = confirmation("Herr Pratama", "WS2", 2)


@mail("pratama-ikmi-change-gmail-indonesian", "2027-08-04 12:20:37",
      E("change", "bayu.pratama@mail.example", "Bayu Pratama",
        "Ikatan Keluarga Muslim Indonesia Aachen", ["WS4"], None, "id"), "id")
def _(m):
    m.head(("From", "Bayu Pratama <bayu.pratama@mail.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270712160511.9b3c@aachen.example>"),
           ("References", "<mailbot.20270712160511.9b3c@aachen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{BAYU_TEXT}\n\n{BAYU_ATTR}\n\n{gt_quote(BAYU_CONF)}\n"
    m.alternative(plain, gmail_html_quote(BAYU_TEXT, BAYU_ATTR, BAYU_CONF), style="gmail")


# -- 027 ---------------------------------------------------------------------
# Vietnamese question (bring food for the buffet, a table at the Markt der
# Vereine) before registering; the full name in the self-introduction, only
# the given name at the end; writes as "chị" (elder sister).

@mail("pham-women-vietnamese-question", "2027-08-06 09:58:12",
      E("question", "hongnhung.pham@mail.example", "Phạm Thị Hồng Nhung",
        "Hội Phụ nữ Việt Nam tại Aachen", [], None, "vi"), "vi")
def _(m):
    m.head(("From", "Nhung Pham <hongnhung.pham@mail.example>"),
           ("To", BT),
           ("Subject", "Hỏi về Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<1786003092.557103.88@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Chào Ban tổ chức,

Chị là Phạm Thị Hồng Nhung, chủ nhiệm Hội Phụ nữ Việt Nam tại Aachen. Chị muốn hỏi mấy việc trước khi đăng ký:

- Hội chị có thể mang bánh cuốn, chả giò đến góp vào phần ăn nhẹ (Imbiss) được không? Có cần giấy phép gì không?
- Ở "Markt der Vereine" mỗi hội có được một cái bàn để giới thiệu không?

Cảm ơn các em nhiều.
Nhung
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Korean cancellation from the Samsung Email app, quoting the confirmation
# below a Korean "원본 메시지" header block; "죄송하지만 ... 취소해 주시면".

CHOI_CONF = confirmation("Frau Choi", "WS5", 1)


@mail("choi-cancel-samsung-korean", "2027-08-09 08:21:55",
      E("cancellation", "sujin.choi@mail.example", "최수진", None, [], None, "ko"), "ko")
def _(m):
    m.head(("From", f"{ew('최수진', 'utf-8', upper=True)} <sujin.choi@mail.example>"),
           ("To", TO_BT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<o4k9d2.1786256515.samsung@mail.example>"),
           ("In-Reply-To", "<mailbot.20270720094112.2d7f@aachen.example>"),
           ("References", "<mailbot.20270720094112.2d7f@aachen.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "최수진")
    m.single(f"""안녕하세요.

최수진입니다. 죄송하지만 개인 사정(가족 행사)으로 9월 18일 행사에 참석하기 어렵게 되었습니다. 신청을 취소해 주시면 감사하겠습니다.

좋은 행사 되시길 바랍니다.

최수진 드림



Galaxy 스마트폰에서 보냈습니다.

-------- 원본 메시지 --------
보낸 사람: {BT_NAME} <{BT}>
날짜: 2027/07/20 09:41 (GMT+02:00)
받는 사람: 최수진 <sujin.choi@mail.example>
제목: {CONFIRMATION_SUBJECT}

{CHOI_CONF}
""", charset="utf-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Japanese out-of-office (summer holidays) with Auto-Submitted, ISO-2022-JP
# 7bit, to a confirmation; dates 8月9日（月）〜8月17日（火） and a phone number.

@mail("kobayashi-summer-holiday-auto-reply-jis", "2027-08-11 14:03:08",
      E("auto_reply"), "ja")
def _(m):
    subj = "【自動返信】夏季休暇のお知らせ"
    m.head(("From", f"{ew('小林 亮', 'iso-2022-jp', upper=True)} <r.kobayashi@sanwa-seimitsu.example>"),
           ("To", BT),
           ("Subject", ew(subj, "iso-2022-jp", upper=True)),
           ("Date", m.date),
           ("Message-ID", "<20270811140308.vacation.31945@sanwa-seimitsu.example>"),
           ("In-Reply-To", "<mailbot.20270811140301.6c0e@aachen.example>"),
           ("References", "<mailbot.20270811140301.6c0e@aachen.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subj)
    m.single("""※このメールは自動返信です。

いつもお世話になっております。
三和精密工業株式会社　デュッセルドルフ支店の小林でございます。

誠に勝手ながら、8月9日（月）〜8月17日（火）まで夏季休暇をいただいております。
期間中にいただいたメールにつきましては、8月18日（水）以降に順次対応させていただきます。

お急ぎの場合は、代表（0211-5380-200）までご連絡ください。

何卒よろしくお願い申し上げます。
""", charset="iso-2022-jp", cte="7bit")


# -- 030 ---------------------------------------------------------------------
# Thai cancellation from an iPhone in Thailand (+07:00): the iOS quote puts
# the attribution inside the one-level quote, with the Buddhist year 2570 and Thai
# month abbreviation; "ส่งจาก iPhone ของฉัน".

NATTAPON_CONF = confirmation("Herr Srisuk", "WS1", 1)


@mail("srisuk-cancel-iphone-thai", "2027-08-13 16:40:29",
      E("cancellation", "nattapon.srisuk@mail.example", "ณัฐพล ศรีสุข", None, [], None, "th"),
      "th", tz=7)
def _(m):
    m.head(("From", "Nattapon Srisuk <nattapon.srisuk@mail.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3D8E1A0C-9F47-4B62-A5E3-C07B2D91F6A4@mail.example>"),
           ("In-Reply-To", "<mailbot.20270720143509.7a2b@aachen.example>"),
           ("References", "<mailbot.20270720143509.7a2b@aachen.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    quoted = gt_quote(f"เมื่อ 20 ก.ค. 2570 เวลา 19:35 {BT_NAME} <{BT}> เขียนว่า:\n\n"
                      + NATTAPON_CONF)
    m.single(f"""สวัสดีครับ

ผม ณัฐพล ศรีสุข ขอยกเลิกการลงทะเบียนเข้าร่วมงานวันที่ 18 กันยายนครับ พอดีต้องกลับไทยช่วงนั้นเพื่อไปงานบวชน้องชาย ต้องขออภัยด้วยครับ

ขอบคุณครับ
ณัฐพล

ส่งจาก iPhone ของฉัน

{quoted}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Tagalog cancellation (Taglish, night shift), Gmail with an English
# attribution line; the whole confirmation quoted.

JEROME_TEXT = """Hi po!

Pasensya na po talaga, pero hindi na po ako makakapunta sa Begegnungstag. Na-schedule po ako ng night shift sa ospital sa weekend na yun at walang pwedeng pumalit. Pakitanggal na lang po ako sa listahan.

Salamat po at sana sa susunod na taon!

Jerome Bautista"""

JEROME_ATTR = f"On Fri, 23 Jul 2027 at 10:12, {BT_NAME} <{BT}> wrote:"
JEROME_CONF = confirmation("Herr Bautista", "WS3", 1)


@mail("bautista-cancel-taglish-gmail", "2027-08-16 07:15:44",
      E("cancellation", "jerome.bautista@mail.example", "Jerome Bautista",
        None, [], None, "tl"), "tl")
def _(m):
    m.head(("From", "Jerome Bautista <jerome.bautista@mail.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270723101208.3f9d@aachen.example>"),
           ("References", "<mailbot.20270723101208.3f9d@aachen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{JEROME_TEXT}\n\n{JEROME_ATTR}\n\n{gt_quote(JEROME_CONF)}\n"
    m.alternative(plain, gmail_html_quote(JEROME_TEXT, JEROME_ATTR, JEROME_CONF), style="gmail")


# -- 032 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation sent to a mistyped
# domain (gmial); the original returned as message/rfc822.

THANH_RCPT = "hoang.thanh.le@gmial.example"


@mail("postfix-bounce-gmial-typo", "2027-08-18 10:31:07",
      E("bounce", bounced=THANH_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.aachen.example (Mail Delivery System)"),
           ("To", BT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270818083107.4E7A21C0B9@mail.aachen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.aachen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{THANH_RCPT}>: Host or domain name not found. Name service error for
    name=gmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.aachen.example"),
         ("X-Postfix-Queue-ID", "4E7A21C0B9"),
         ("X-Postfix-Sender", f"rfc822; {BT}"),
         ("Arrival-Date", "Wed, 18 Aug 2027 10:31:05 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {THANH_RCPT}"),
         ("Original-Recipient", f"rfc822;{THANH_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for name=gmial.example type=MX: Host not found, try again")])
    original = organiser_message(
        f"Le Hoang Thanh <{THANH_RCPT}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Le", "WS3", 1), "Wed, 18 Aug 2027 10:31:03 +0200",
        "<mailbot.20270818103103.5d1c@aachen.example>",
        "<7c0f2a9e-51d3-4b8e-a6f4-0e9d3c2b1a87@gmial.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 033 ---------------------------------------------------------------------
# Nepali change of the party size only: "३ जनाको सट्टा अब २ जना" (instead of
# 3 now 2) -> party_size 2, workgroups [] (keep the same workshop, no number
# given); Gmail English attribution; ZWJ in "पर्‍यो".

BINITA_TEXT = """नमस्ते,

हाम्रो दर्तामा सानो परिवर्तन गर्नुपर्‍यो। हामी ३ जनाको सट्टा अब २ जना मात्र आउँछौं, किनकि मेरो एक साथीलाई त्यो दिन काममा बोलाइएको छ। कार्यशाला चाहिँ उही राख्नुहोला।

धन्यवाद,
बिनिता गुरुङ
आखन नेपाली विद्यार्थी मञ्च"""

BINITA_ATTR = f"On Wed, 21 Jul 2027 at 18:20, {BT_NAME} <{BT}> wrote:"
BINITA_CONF = confirmation("Frau Gurung", "WS5", 3)


@mail("gurung-nepali-change-party-size", "2027-08-20 21:37:02",
      E("change", "binita.gurung@mail.example", "बिनिता गुरुङ",
        "आखन नेपाली विद्यार्थी मञ्च", [], 2, "ne"), "ne")
def _(m):
    m.head(("From", "Binita Gurung <binita.gurung@mail.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270721182004.8e5f@aachen.example>"),
           ("References", "<mailbot.20270721182004.8e5f@aachen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{BINITA_TEXT}\n\n{BINITA_ATTR}\n\n{gt_quote(BINITA_CONF)}\n"
    m.alternative(plain, gmail_html_quote(BINITA_TEXT, BINITA_ATTR, BINITA_CONF),
                  style="gmail")


# -- 034 ---------------------------------------------------------------------
# German change with a fallback to the current workshop ("von WS 2 in WS 5
# ... Falls WS 5 schon voll ist, bleiben wir in WS 2") -> ["WS5", "WS2"];
# Apple Mail, the confirmation quoted below "Am ... schrieb ...:".

CHO_TEXT = """Hallo zusammen,

kurze Änderung zu unserer Anmeldung (Koreanischer Kulturverein Aachen, 2 Personen): Wir würden gern von WS 2 in WS 5 „Zweite Generation“ wechseln, weil wir gerade eine koreanische Samstagsschule aufbauen. Falls WS 5 schon voll ist, bleiben wir einfach in WS 2.

Danke und viele Grüße
Daniel Cho
Koreanischer Kulturverein Aachen e.V."""

CHO_ATTR = f"Am 15.07.2027 um 09:12 schrieb {BT_NAME} <{BT}>:"
CHO_CONF = confirmation("Herr Cho", "WS2", 2)


@mail("cho-change-fallback-apple-mail", "2027-08-23 18:02:36",
      E("change", "daniel.cho@kkv-aachen.example", "Daniel Cho",
        "Koreanischer Kulturverein Aachen e.V.", ["WS5", "WS2"], None, "de"), "de")
def _(m):
    m.head(("From", "Daniel Cho <daniel.cho@kkv-aachen.example>"),
           ("To", TO_BT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F2A7C3E9-4B10-4D8E-9A26-1C5E7B3D0F84@kkv-aachen.example>"),
           ("In-Reply-To", "<mailbot.20270715091207.1a6e@aachen.example>"),
           ("References", "<mailbot.20270715091207.1a6e@aachen.example>"),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    plain = f"{CHO_TEXT}\n\n{CHO_ATTR}\n\n{gt_quote(CHO_CONF)}\n"
    html_text = (apple_html(CHO_TEXT).replace("</body></html>\n", "")
                 + f"<div><br><blockquote type=\"cite\"><div>{esc(CHO_ATTR)}</div><br>"
                 + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in CHO_CONF.split("\n"))
                 + "</blockquote></div></body></html>\n")
    m.alternative(plain, html_text, style="apple")

# -- 035 ---------------------------------------------------------------------
# Bengali (West Bengal) from an iPhone: "আমি আর আমার মেয়ে ..., মোট ২ জন"
# (2 in Bengali digits), "কর্মশালা ২-এ" with a case suffix; the full name in
# the self-introduction, only the given name in the sign-off.

@mail("chattopadhyay-probashi-iphone-bengali", "2027-08-25 19:26:10",
      E("registration", "anindita.chatt@mail.example", "অনিন্দিতা চট্টোপাধ্যায়",
        "প্রবাসী বাঙালি সমিতি আখেন", ["WS2"], 2, "bn"), "bn")
def _(m):
    m.head(("From", "Anindita Chattopadhyay <anindita.chatt@mail.example>"),
           ("To", BT),
           ("Subject", "নাম নথিভুক্তি – Begegnungstag"),
           ("Date", m.date),
           ("Message-ID", "<9E3B7D1A-62C4-4F0E-8B5A-D4C1E7F2A390@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""নমস্কার,

আমি অনিন্দিতা চট্টোপাধ্যায়, প্রবাসী বাঙালি সমিতি আখেন থেকে লিখছি। আমি আর আমার মেয়ে ঋতজা, মোট ২ জন, অনুষ্ঠানে আসতে চাই। আমরা কর্মশালা ২-এ (সংস্কৃতি, উৎসব ও সমিতির কাজ) যোগ দিতে চাই — আমাদের সমিতি প্রতি বছর দুর্গাপুজো করে, সেই অভিজ্ঞতা সবার সঙ্গে ভাগ করে নিতে চাই।

ধন্যবাদ,
অনিন্দিতা

Sent from my iPhone
""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Urdu cancellation in Outlook (English interface): right-to-left HTML, the
# confirmation quoted below "From: / Sent: / To: / Subject:"; her exam date.

AYESHA_TEXT = """محترم منتظمین،

السلام علیکم۔ افسوس کے ساتھ اطلاع دینا چاہتی ہوں کہ میں ۱۸ ستمبر کو شرکت نہیں کر سکوں گی کیونکہ اسی دن میری یونیورسٹی کا امتحان ہے۔ براہ کرم میری رجسٹریشن منسوخ کر دیں۔

شکریہ،
عائشہ ملک"""

AYESHA_QUOTE = (f"{BT_NAME} <{BT}>", "Tuesday, July 27, 2027 3:15 PM",
                "Ayesha Malik <ayesha.malik@mail.example>", CONFIRMATION_SUBJECT,
                confirmation("Frau Malik", "WS4", 1))


@mail("malik-cancel-outlook-urdu", "2027-08-27 11:08:53",
      E("cancellation", "ayesha.malik@mail.example", "عائشہ ملک", None, [], None, "ur"), "ur")
def _(m):
    m.head(("From", "Ayesha Malik <ayesha.malik@mail.example>"),
           ("To", TO_BT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/1AaR4kT9mW2cX6vN0pQ3sY7zA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR04MB8822F1A7C3E0B5D49E6A2C8F7B13@DU2PR04MB8822.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270727151503.0c4d@aachen.example>"),
           ("References", "<mailbot.20270727151503.0c4d@aachen.example>"),
           ("Content-Language", "ur-PK"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(AYESHA_TEXT, AYESHA_QUOTE, labels="en"),
                  outlook_html(AYESHA_TEXT, AYESHA_QUOTE, labels="en", lang="EN-US", rtl=True),
                  style="outlook")


# -- 037 ---------------------------------------------------------------------
# English registration from an association mailbox that forwards the whole
# invitation (forwarded by the Integrationsrat, all five workshops below);
# the president is named with the honorifics "Sri ... garu"; the writer
# comes too (2); the fuller signature name "P. Lakshmi Narayana Reddy" beats
# the body's "Lakshmi Narayana Reddy".

REDDY_TEXT = """Dear Madam/Sir,

Namaskaram. Our association received your invitation through the Integrationsrat mailing list (forwarded below). On behalf of the Telugu Association Aachen, kindly register the following two persons:

- Sri K. Venkatesh Rao garu, President
- myself, Lakshmi Narayana Reddy, Secretary

We would like to join Workshop 2 on culture and festivals, as we organise Sankranti and Bathukamma celebrations every year and would be happy to share our experience.

Thanking you,
Yours faithfully,
P. Lakshmi Narayana Reddy
Secretary, Telugu Association Aachen"""

REDDY_FWD = f"""---------- Forwarded message ---------
From: Integrationsrat der Stadt Aachen <integrationsrat@aachen.example>
Date: Fri, 2 Jul 2027 at 09:15
Subject: WG: {INVITATION_SUBJECT}
To: <vereine-liste@aachen.example>


Liebe Mitgliedsvereine,

zur Information leiten wir Ihnen die Einladung des Kommunalen
Integrationszentrums weiter.

Viele Grüße
Geschäftsstelle des Integrationsrates

-----Ursprüngliche Nachricht-----
Von: {BT_NAME} <{BT}>
Gesendet: Donnerstag, 1. Juli 2027 10:00
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("reddy-telugu-forwarded-invitation", "2027-08-30 10:44:18",
      E("registration", "telugu.aachen@mail.example", "P. Lakshmi Narayana Reddy",
        "Telugu Association Aachen", ["WS2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Telugu Association Aachen <telugu.aachen@mail.example>"),
           ("To", BT),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{REDDY_TEXT}\n\n{REDDY_FWD}\n"
    html_text = (gmail_html(REDDY_TEXT) + '<br><div class="gmail_quote"><div dir="ltr" '
                 'class="gmail_attr">'
                 + "<br>".join(esc(l) for l in REDDY_FWD.split("\n")) + "</div></div>\n")
    m.alternative(plain, html_text, style="gmail")


# -- 038 ---------------------------------------------------------------------
# Japanese, Shift_JIS base64 (an older mailer), formal letter style (前略 /
# 草々); kanji numerals: "九月十八日" (date), "妻と二人で" (2), "二番" (WS2);
# friends who will register separately are not counted (木村さんご夫妻).

@mail("nakamura-nichidoku-shift-jis-kanji-numerals", "2027-09-01 08:30:24",
      E("registration", "h.nakamura@t-mail.example", "中村 弘",
        "アーヘン日独協会", ["WS2"], 2, "ja"), "ja")
def _(m):
    subj = "参加申し込み（中村）"
    m.head(("From", f"{ew('中村 弘', 'shift_jis', upper=True)} <h.nakamura@t-mail.example>"),
           ("To", BT),
           ("Subject", ew(subj, "shift_jis", upper=True)),
           ("Date", m.date),
           ("Message-ID", "<000a01dc1a7e$3b5c9d20$b315d760$@t-mail.example>"),
           ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "中村 弘")
    m.expect_header("Subject", subj)
    m.single("""Begegnungstag 御中

前略
アーヘン日独協会の会員、中村と申します。
九月十八日の催しに、妻と二人で参加させて頂きたく存じます。
ワークショップは二番「文化・祭り・団体活動」を希望致します。
昨年、協会の日本祭りで餅つきを致しましたので、その経験をお話しできれば幸いです。
なお、友人の木村さんご夫妻も別途申し込むと申しておりました。

宜しくお願い申し上げます。
草々

中村 弘
アーヘン日独協会
""", charset="shift_jis", cte="base64")


# -- 039 ---------------------------------------------------------------------
# Traditional Chinese change in Outlook (UTF-8), quoting the confirmation
# below a Taiwanese 寄件者/寄件日期/收件者/主旨 block: new workshop
# 第五工作坊 and "由２人增加為３人" -> ["WS5"], party_size 3; signed 林志明 敬上.

LIN_TEXT = """您好：

我是亞琛台灣人協會的林志明。想麻煩您們修改我們的報名：
1. 工作坊改為第五工作坊（第二代：母語、認同與家庭）
2. 人數由２人增加為３人（我太太也會一起來）

造成您們的困擾，非常抱歉，謝謝！

林志明 敬上
亞琛台灣人協會"""

LIN_QUOTE = (f"{BT_NAME} <{BT}>", "2027年7月28日 星期三 10:05",
             "林志明 <chihming.lin@mail.example>", CONFIRMATION_SUBJECT,
             confirmation("Herr Lin", "WS2", 2))


@mail("lin-taiwanese-change-outlook-traditional", "2027-09-03 13:55:41",
      E("change", "chihming.lin@mail.example", "林志明",
        "亞琛台灣人協會", ["WS5"], 3, "zh"), "zh")
def _(m):
    m.head(("From", f"{ew('林志明', 'big5')} <chihming.lin@mail.example>"),
           ("To", TO_BT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/8PqM2nL7vX4kR1tY9wB5aC0dE6fG3hJ"),
           ("Date", m.date),
           ("Message-ID", "<SEYPR06MB6412B7D0E3A94C1F8E2D5A6C90B3@SEYPR06MB6412.apcprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270728100502.5f8a@aachen.example>"),
           ("References", "<mailbot.20270728100502.5f8a@aachen.example>"),
           ("Content-Language", "zh-TW"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "林志明")
    m.alternative(outlook_plain(LIN_TEXT, LIN_QUOTE, labels="zh-tw"),
                  outlook_html(LIN_TEXT, LIN_QUOTE, labels="zh-tw",
                               font='"新細明體",serif', lang="ZH-TW"),
                  style="outlook")


# -- 040 ---------------------------------------------------------------------
# Exchange out-of-office in German and English (Auto-Submitted:
# auto-generated, "Automatische Antwort:"), from a university chair.

YAMADA_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17. September 2027 auf Dienstreise in Tokio und habe nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Lehrstuhls, Tel. 0241 80-25190.

Dear Sir or Madam,

thank you for your e-mail. I am on a business trip to Tokyo until 17 September 2027 with limited access to e-mail. For urgent matters please contact the chair's office, phone +49 241 80-25190.

Mit freundlichen Grüßen / Best regards
Dr. Haruka Yamada-Schmitz"""


@mail("yamada-schmitz-exchange-auto-reply", "2027-09-06 09:40:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Yamada-Schmitz, Haruka" <haruka.yamada-schmitz@rwth-aachen.example>'),
           ("To", TO_BT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcH2b1Qw8mR3tV6yX9zA2cE5fH8jK1mN4p"),
           ("Date", m.date),
           ("Message-ID", "<3a9f0c7e2b5d4e81@EXMBX07.rwth-aachen.example>"),
           ("In-Reply-To", "<mailbot.20270906094006.2b7c@aachen.example>"),
           ("References", "<mailbot.20270906094006.2b7c@aachen.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(YAMADA_OOF), outlook_html(YAMADA_OOF, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# German registration from a work address (Outlook multipart/alternative,
# windows-1252): the association is in the signature, the employer in the
# disclaimer below (not the organisation); the workshop by its title in
# typographic quotes; "(1 Person)"; the date 18.09. is no workshop.

NGUYEN_TEXT = """Sehr geehrte Frau Lennartz,

hiermit melde ich mich für den Begegnungstag am 18.09. an (1 Person). Ich interessiere mich für den Workshop „Gegen antiasiatischen Rassismus“ – seit der Pandemie berichten uns viele vietnamesische Familien von Anfeindungen im Alltag.

Mit freundlichen Grüßen

Thu Trang Nguyen-Hoffmann
Vorsitzende, Vietnamesisch-Deutscher Freundeskreis Aachen e.V.

________________________________
Aachener Versorgungswerke AG · Sitz Aachen · Amtsgericht Aachen HRB 4711
Vorstand: Dr. Peter Offermanns (Vors.), Sabine Kall
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""


@mail("nguyen-hoffmann-outlook-work-disclaimer", "2027-09-08 12:17:35",
      E("registration", "t.nguyen-hoffmann@avw-aachen.example", "Thu Trang Nguyen-Hoffmann",
        "Vietnamesisch-Deutscher Freundeskreis Aachen e.V.", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Nguyen-Hoffmann, Thu Trang" <t.nguyen-hoffmann@avw-aachen.example>'),
           ("To", f"\"{BT}\" <{BT}>"),
           ("Subject", "Anmeldung Begegnungstag - Workshop Rassismus"),
           ("Thread-Topic", "Anmeldung Begegnungstag - Workshop Rassismus"),
           ("Thread-Index", "Adwgf3Kq9mT2bV5nR8xW1cY4eA7hJw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1642C9E0A7B3D5F14E8C2A6D9B05@FR3P281MB1642.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NGUYEN_TEXT), outlook_html(NGUYEN_TEXT, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Tamil question before registering (an info stall at the Markt der
# Vereine, a fee, the deadline); organisation inflected in the text
# (கழகத்தின்), base form in the signature.

@mail("ganesan-tamil-culture-question", "2027-09-10 17:49:06",
      E("question", "rajeswari.ganesan@mail.example", "இராஜேஸ்வரி கணேசன்",
        "ஆஹன் தமிழர் பண்பாட்டுக் கழகம்", [], None, "ta"), "ta")
def _(m):
    m.head(("From", "Rajeswari Ganesan <rajeswari.ganesan@mail.example>"),
           ("To", BT),
           ("Subject", "கேள்வி – Markt der Vereine"),
           ("Date", m.date),
           ("Message-ID", "<CAR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""வணக்கம்,

நான் இராஜேஸ்வரி கணேசன், ஆஹன் தமிழர் பண்பாட்டுக் கழகத்தின் செயலாளர். பதிவு செய்வதற்கு முன் சில கேள்விகள்:

"Markt der Vereine" நிகழ்வில் எங்கள் கழகத்துக்கு ஒரு தகவல் மேசை (Infostand) அமைக்க முடியுமா? அதற்குக் கட்டணம் ஏதேனும் உண்டா? மேலும், பதிவுக்கான கடைசி நாள் இன்னும் முடியவில்லை அல்லவா?

நன்றி,
இராஜேஸ்வரி கணேசன்
செயலாளர், ஆஹன் தமிழர் பண்பாட்டுக் கழகம்
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# German Exchange Online NDR (multipart/report) for the 7-day reminder to a
# temple association whose address no longer exists; the Final-Recipient is
# in mixed case (label lower-cased); the reminder returned as message/rfc822.

TEMPLE_RCPT = "Info@Thai-Tempel-Aachen.example"

NDR_TEXT = f"""Ihre Nachricht konnte nicht an {TEMPLE_RCPT} übermittelt werden.

{TEMPLE_RCPT}
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren E-Mail-Administrator.

Informationen für Administratoren

Remoteserver: AM9PR06MB7811.eurprd06.prod.outlook.example
Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {TEMPLE_RCPT} not found by SMTP address lookup"""


@mail("exchange-ndr-reminder-temple", "2027-09-11 10:00:41",
      E("bounce", bounced=TEMPLE_RCPT.lower()), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@outlook-mail.example>"),
           ("To", BT),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c51e8a2f-07b3-4d96-8e14-a2f9d0c3b7e5@AM9PR06MB7811.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID_FMT.format("thai-tempel")),
           ("References", REMINDER_ID_FMT.format("thai-tempel")),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="")
    notice = m.alternative(NDR_TEXT, outlook_html(NDR_TEXT), top=False, style="outlook")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM9PR06MB7811.eurprd06.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.aachen.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 08:00:37 +0000")],
        [("Original-Recipient", f"rfc822;{TEMPLE_RCPT}"),
         ("Final-Recipient", f"rfc822;{TEMPLE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    original = organiser_message(
        f"Wat Thai Aachen <{TEMPLE_RCPT}>", REMINDER_SUBJECT,
        reminder("Ehrwürdiger Phra Somsak", "WS2", 2),
        "Sat, 11 Sep 2027 10:00:00 +0200", REMINDER_ID_FMT.format("thai-tempel"))
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# German, after the deadline (11 September): asks to be taken if a place is
# free, names the workshop by number and comes alone -> registration; the
# network is the organisation; "Pflegefachkraft" matches WS 3's theme.

@mail("schroeder-late-after-deadline", "2027-09-12 20:33:17",
      E("registration", "meiling.schroeder@mail.example", "Mei Ling Schröder",
        "Asian Nurses Aachen", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mei Ling Schröder <meiling.schroeder@mail.example>"),
           ("To", BT),
           ("Subject", "Nachmeldung Begegnungstag?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-5e2a9c7d-3b1f-4e80-a6d4-9c0e8b7f2a15-1789325597231@3c-app-webde-bs54>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

ich weiß, die Anmeldefrist ist schon abgelaufen - trotzdem die Bitte: Könnten Sie mich noch für Workshop 3 eintragen, falls noch ein Platz frei ist? Ich bin Pflegefachkraft aus Malaysia und engagiere mich im Netzwerk "Asian Nurses Aachen". Ich komme allein.

Falls es nicht mehr geht, ist das natürlich auch in Ordnung.

Beste Grüße
Mei Ling Schröder
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Newsletter of another event (other): "Register now" for stalls at a Diwali
# Mela; mentions the Begegnungstag and "Workshop"; List-Unsubscribe and
# Precedence: bulk; an inline lantern image (multipart/related).

ICS_TEXT = """Indian Cultural Society Aachen - Newsletter September 2027

Dear friends of ICS,

DIWALI MELA 2027 - Saturday, 30 October 2027, Eurogress Aachen

Register now for a food or craft stall (30 EUR per stall) or as a volunteer:
https://ics-aachen.example/diwali2027/register

Rangoli workshop for children: 2 sessions, 14:00 and 16:00, max. 20 kids each.

ICS will also have an information table at the Asien-Pazifik-Begegnungstag on 18 September in the Aula Carolina - come and say namaste!

Shubh Deepavali,
Your ICS team

You receive this newsletter because you subscribed at ics-aachen.example.
Unsubscribe: https://ics-aachen.example/newsletter/unsubscribe?id=8841"""


@mail("ics-diwali-newsletter", "2027-09-13 07:00:02",
      E("other"), "en")
def _(m):
    m.head(("From", "Indian Cultural Society Aachen <newsletter@ics-aachen.example>"),
           ("To", BT),
           ("Subject", "Diwali Mela 2027 - register your stall now! | ICS Newsletter September"),
           ("Date", m.date),
           ("Message-ID", "<20270913050002.8841.newsletter@ics-aachen.example>"),
           ("List-Id", "ICS Aachen Newsletter <newsletter.ics-aachen.example>"),
           ("List-Unsubscribe", "<https://ics-aachen.example/newsletter/unsubscribe?id=8841>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "phpList v3.6.15"),
           ("MIME-Version", "1.0"))
    plain = m.text(ICS_TEXT)
    lines = ICS_TEXT.split("\n")
    body = "".join(f"<p>{esc(l)}</p>" if l else "" for l in lines[1:])
    html_text = ("<html><body style=\"font-family:Arial,sans-serif\">"
                 "<p><img src=\"cid:lantern@ics-aachen.example\" alt=\"Diwali\" width=\"48\" height=\"32\"></p>"
                 f"<h2>{esc(lines[0])}</h2>{body}</body></html>\n")
    html_part = m.text(html_text, "html")
    png = MIMEPart(policy=POLICY)
    data = make_png()
    png.set_content(data, maintype="image", subtype="png", cte="base64",
                    disposition="inline", filename="lantern.png")
    png["Content-ID"] = "<lantern@ics-aachen.example>"
    m._record(data)
    related = m.multi("related", [html_part, png], top=False)
    m.multi("alternative", [plain, related])


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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def raw_header(data, name):
    """The raw (undecoded, unfolded) value of the first header `name`."""
    head = data.split(b"\n\n", 1)[0].replace(b"\r\n", b"\n").decode("ascii", "replace")
    mo = re.search(rf"^{re.escape(name)}:[ \t]*(.*(?:\n[ \t].*)*)", head, re.M | re.I)
    return None if mo is None else re.sub(r"\n[ \t]", " ", mo.group(1))


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
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
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
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
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-September 2027")
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
    # hand-encoded RFC 2047 headers decode (by RFC 2047) to the intended text
    for hname, intended in m.headers_intended:
        raw = raw_header(data, hname)
        dec = str(make_header(decode_header(raw))) if raw is not None else None
        if dec is None or intended not in dec:
            problems.append(f"header {hname} decodes to {dec!r}, not {intended!r}")
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
    problems += check_labels(expected)
    kind = expected["kind"]
    # labels agree with the mail
    decoded_headers = "\n".join(str(make_header(decode_header(raw_header(data, h))))
                                for h in ("From", "Reply-To", "Subject")
                                if raw_header(data, h) is not None)
    mailtext = text + "\n" + decoded_headers
    if kind in PERSON_KINDS:
        addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in addrs and expected["email"] not in mailtext.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        for k in ("name", "organisation"):
            if expected[k] and expected[k] not in mailtext:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if "Angemeldete Personen:" not in text or msg["In-Reply-To"] is None:
            problems.append("change/cancellation must answer and quote the confirmation")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


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
    for lang in langs:
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang:6} {sum(row.values()):3}  {row}")
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
    # no sender twice
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must hold 40-45")
        bad += 1
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
