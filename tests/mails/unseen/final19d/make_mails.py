#!/usr/bin/env python3
"""Build the "final19d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Afrika-Diaspora-Forum Bochum 2027 (Sat 16 October 2027), four workshops
A (Sankofa), B (Harambee), C (Ubuntu), D (Teranga); see config.toml.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and
agree with the mail.

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
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

ADF = "diaspora-forum@bochum.example"
TO_ADF = f"Afrika-Diaspora-Forum Bochum <{ADF}>"
INVITATION_ID = "<einladung-adf-2027.20270823100002@bochum.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKSHOPS = ("A", "B", "C", "D")
LANGS = ("de", "en", "fr", "sw", "am", "so", "ti")
MACHINE = ("auto_reply", "bounce", "other")


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
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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
    return hashlib.sha256(f"final19d/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def mid(slug, style, domain="mail.example"):
    """A deterministic Message-ID in the style of a given mail client."""
    h = _h(slug, "mid")
    if style == "gmail":
        alnum = "".join(c for c in hashlib.sha256(h.encode()).hexdigest() + h if c.isalnum())
        body = "CA" + "".join(ch.upper() if i % 3 == 0 else ch for i, ch in enumerate(alnum[:48]))
        return f"<{body}@mail.gmail.example>"
    if style == "outlook":
        return (f"<{h[:4].upper()}PR{h[4:6].upper()}MB{int(h[6:10], 16) % 9000 + 1000}"
                f"{h[10:30].upper()}@AM9PR07MB{int(h[30:34], 16) % 9000 + 1000}"
                f".eurprd07.prod.outlook.example>")
    if style in ("apple", "iphone"):
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "uuid":
        return f"<{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}@{domain}>"
    if style == "yahoo":
        return (f"<{int(h[:8], 16) % 900000000 + 1000000000}.{int(h[8:14], 16) % 900000 + 100000}"
                f".{int(h[14:26], 16) % 10**13}@mail.yahoo.example>")
    if style == "gmx":
        return (f"<trinity-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
                f"-{int(h[32:44], 16) % 10**13}@3c-app-gmx-bs{int(h[44:46], 16) % 60:02d}>")
    if style == "samsung":
        return f"<{h[:16]}.{int(h[16:24], 16)}@email.android.example>"
    return f"<{h[:20]}@{domain}>"


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
        msg.set_raw("Delivered-To", ADF)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain.startswith("mail.") or domain == "mail.example"
                    else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bochum.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ADF}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bochum.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{int(h[16:28], 16) % 10**13}"
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
    """A small RGB PNG: red, gold and green stripes over a dark stage."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 12:
                px = (206, 17, 38)
            elif y < 24:
                px = (252, 209, 22)
            elif y < 36:
                px = (0, 107, 63)
            else:
                px = (40, 30, 30) if (x // 6) % 2 else (90, 60, 40)
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

INVITATION_SUBJECT = "Einladung: Afrika-Diaspora-Forum Bochum 2027 am 16. Oktober"

INVITATION = """Liebe Vertreterinnen und Vertreter der afrikanischen Vereine und Gemeinden,
liebe Freundinnen und Freunde,

das Netzwerk Afrikanischer Vereine Bochum (NAVB) und das Kommunale
Integrationszentrum Bochum laden Sie herzlich ein zum

Afrika-Diaspora-Forum Bochum 2027
Samstag, 16. Oktober 2027, 10:00 bis 17:00 Uhr
Bahnhof Langendreer, Wallbaumweg 108, 44894 Bochum

Nach der Eröffnung mit Grußworten und Trommeln arbeiten wir am Nachmittag
in vier Workshops:

Workshop A – Sankofa: Herkunftssprachen und Identität – Kinder und
             Jugendliche in der Diaspora stärken
Workshop B – Harambee: Vereinsarbeit, Fördermittel und Netzwerke
             afrikanischer Vereine
Workshop C – Ubuntu: Gesundheit, Pflege und psychosoziale Beratung in
             der Community
Workshop D – Teranga: Arbeitsmarkt, Anerkennung von Abschlüssen und
             Existenzgründung

Bitte melden Sie sich bis zum 8. Oktober 2027 per E-Mail an
diaspora-forum@bochum.example an. Nennen Sie uns Ihren Namen, Ihren Verein,
den gewünschten Workshop (gern auch einen Zweitwunsch) und mit wie vielen
Personen Sie kommen. Die Teilnahme ist kostenlos, für Essen und Getränke
ist gesorgt.

English: You are warmly invited to the African Diaspora Forum Bochum on
Saturday, 16 October 2027. Please register by 8 October with your name,
association, workshop (A, B, C or D) and the number of persons.

Français : Vous êtes cordialement invités au Forum de la diaspora africaine
le samedi 16 octobre 2027. Merci de vous inscrire avant le 8 octobre en
indiquant votre nom, votre association, l'atelier choisi (A, B, C ou D) et
le nombre de personnes.

Herzliche Grüße – Akwaaba – Karibu – Bienvenue

Ihr Vorbereitungsteam
Netzwerk Afrikanischer Vereine Bochum (NAVB) und
Kommunales Integrationszentrum Bochum
i. A. Yaa Frimpong-Becker"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Afrika-Diaspora-Forum Bochum 2027"
REMINDER_SUBJECT = "Erinnerung: Afrika-Diaspora-Forum Bochum 2027 am Samstag, 16. Oktober"

WS_LINE = {
    "A": "Workshop A – Sankofa: Herkunftssprachen und Identität",
    "B": "Workshop B – Harambee: Vereinsarbeit, Fördermittel und Netzwerke",
    "C": "Workshop C – Ubuntu: Gesundheit, Pflege und psychosoziale Beratung",
    "D": "Workshop D – Teranga: Arbeitsmarkt, Anerkennung, Existenzgründung",
}
WS_SHORT = {"A": "Workshop A – Sankofa", "B": "Workshop B – Harambee",
            "C": "Workshop C – Ubuntu", "D": "Workshop D – Teranga"}


def confirmation(salutation, ws, persons):
    """The bilingual confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Afrika-Diaspora-Forum Bochum 2027 am
Samstag, 16. Oktober 2027, 10:00 bis 17:00 Uhr, im Bahnhof Langendreer,
Wallbaumweg 108, 44894 Bochum.

Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Thank you for registering for the African Diaspora Forum Bochum 2027
(Saturday, 16 October 2027, 10 am to 5 pm). Your workshop and the number
of persons are shown above. To change your workshop or to cancel, simply
reply to this e-mail.

Mit freundlichen Grüßen / Kind regards
Afrika-Diaspora-Forum Bochum 2027
Netzwerk Afrikanischer Vereine Bochum & Kommunales Integrationszentrum Bochum"""


def reminder(ws, persons):
    """The 7-day reminder mailbot sent on 9 October 2027."""
    return f"""Guten Tag,

in einer Woche ist es so weit: Am Samstag, 16. Oktober 2027, beginnt das
Afrika-Diaspora-Forum Bochum um 10:00 Uhr im Bahnhof Langendreer,
Wallbaumweg 108, 44894 Bochum (S1 bis Bochum-Langendreer, dann fünf
Minuten zu Fuß).

Ihre Anmeldung: {WS_SHORT[ws]}, {persons} Personen

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, damit wir die
Plätze an die Warteliste weitergeben können. Antworten Sie einfach auf
diese E-Mail.

Wir freuen uns auf Sie! / We look forward to seeing you!
Afrika-Diaspora-Forum Bochum 2027"""


def confirmation_message(to, body, subject, when, msgid, in_reply_to=None,
                         auto="auto-replied"):
    """A mail the forum sent, as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ADF
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


# ---------------------------------------------------------------------------
# client-specific HTML
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

LABELS_DE = ("Von", "Gesendet", "An", "Betreff")
LABELS_EN = ("From", "Sent", "To", "Subject")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels=LABELS_DE):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subject, quoted = quote
        l_from, l_sent, l_to, l_subj = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:{lang}'>{l_from}:</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:{lang}'> {esc(frm)} <br>\n"
                   f"<b>{l_sent}:</b> {esc(sent)}<br>\n"
                   f"<b>{l_to}:</b> {esc(to)}<br>\n"
                   f"<b>{l_subj}:</b> {esc(subject)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=LABELS_DE):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subject, quoted = quote
    l_from, l_sent, l_to, l_subj = labels
    return (f"{text}\n\n{l_from}: {frm}\n{l_sent}: {sent}\n{l_to}: {to}\n"
            f"{l_subj}: {subject}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply(text, attribution, quoted):
    """(text/plain, text/html) of a Gmail reply that quotes `quoted`."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    htm = (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
           f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
           "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
           f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")
    return plain, htm


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quoted is not None:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    br = '<br clear="none">'
    inner = "".join(f"<div>{esc(line) if line else br}</div>" for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f2a91c4yahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
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
# Out-of-office (Exchange, Auto-Submitted) answering the invitation within a
# minute, German and English; it names the event but is nobody's registration.

@mail("schuermann-out-of-office-invitation", "2027-08-23 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Schürmann, Rebecca", "r.schuermann@migrationsberatung-ruhr.example",
                         "utf-8", "q")),
           ("To", TO_ADF),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("schuermann", "outlook")),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.schuermann@migrationsberatung-ruhr.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. September 2027 nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an team@migrationsberatung-ruhr.example
oder telefonisch an 0234 30 70 55-0.

Thank you for your message. I am out of the office until 3 September 2027
and have no access to my e-mails. In urgent cases please contact
team@migrationsberatung-ruhr.example.

Mit freundlichen Grüßen / Kind regards
Rebecca Schürmann
Migrationsberatung Ruhr-Mitte
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Gmail reply quoting the whole invitation (all four workshops and "A, B, C
# or D" in the quote).  Three persons counted as "three (3) persons" with the
# names; parenthetical acronym "(GUB)" after the association; Akan "Medaase",
# blessing.  The choice "Workshop B (Harambee)" is only in the new text.

OSEI_TEXT = """Dear Madam Frimpong-Becker,

Greetings from the Ghana Union Bochum e.V. (GUB), and thank you very much for this wonderful initiative. Akwaaba to all of us!

Kindly register three (3) persons from our union for the forum on 16th October: myself, our treasurer Mrs. Gifty Asantewaa Nyarko and our youth coordinator Mr. Kwame Agyei. We would like to join Workshop B (Harambee), since our union is planning to apply for funding for a cultural centre next year.

Medaase paa, and may God richly bless you and the whole organising team.

Yours in service,
Kwabena Osei-Bonsu
General Secretary
Ghana Union Bochum e.V. (GUB)
Tel.: +49 176 4418 2290"""


@mail("osei-bonsu-gmail-quotes-invitation", "2027-08-23 11:47:15",
      E("registration", "kwabena.osei-bonsu@ghana-union-bochum.example", "Kwabena Osei-Bonsu",
        "Ghana Union Bochum e.V.", ["B"], 3, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Osei-Bonsu <kwabena.osei-bonsu@ghana-union-bochum.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("osei-bonsu", "gmail")),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        OSEI_TEXT,
        f"On Mon, 23 Aug 2027 at 10:00, Afrika-Diaspora-Forum Bochum <{ADF}> wrote:",
        INVITATION)
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Fluent German, Outlook multipart/alternative in windows-1252 QP (typographic
# quotes „Teranga“).  Wolof greeting and thanks (Salaamaalekum, Jërëjëf);
# first choice D, second B; "zu zweit"; "Dr." and "1. Vorsitzender" are not
# part of the name; "(DSFR)" is not part of the organisation.

NDIAYE_TEXT = """Salaamaalekum, sehr geehrte Frau Frimpong-Becker,

herzlichen Dank für die Einladung, die wir im Vorstand mit großer Freude gelesen haben.

Hiermit melde ich mich verbindlich zum Afrika-Diaspora-Forum am 16. Oktober an. Begleiten wird mich unsere Schriftführerin, Frau Awa Sow, wir kommen also zu zweit. Unser Erstwunsch ist Workshop D – schon wegen des Namens „Teranga“ fühlen wir uns dort zu Hause. Falls D voll sein sollte, nehmen wir gern Workshop B.

Jërëjëf und herzliche Grüße aus Gelsenkirchen

Dr. Mamadou Lamine Ndiaye
1. Vorsitzender
Deutsch-Senegalesischer Freundeskreis Ruhr e.V. (DSFR)
Bismarckstraße 41 · 45881 Gelsenkirchen
Mobil: 0157 3920 1846"""


@mail("ndiaye-outlook-first-and-second-choice", "2027-08-24 09:12:08",
      E("registration", "m.ndiaye@dsfr-ruhr.example", "Mamadou Lamine Ndiaye",
        "Deutsch-Senegalesischer Freundeskreis Ruhr e.V.", ["D", "B"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Ndiaye, Mamadou Lamine" <m.ndiaye@dsfr-ruhr.example>'),
           ("To", TO_ADF),
           ("Subject", "Anmeldung Afrika-Diaspora-Forum - DSFR e.V."),
           ("Thread-Topic", "Anmeldung Afrika-Diaspora-Forum - DSFR e.V."),
           ("Thread-Index", "AdmUe3F0c2VuZWdhbGtyZWlzUnVocg=="),
           ("Date", m.date),
           ("Message-ID", mid("ndiaye", "outlook")),
           ("Accept-Language", "de-DE, fr-FR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NDIAYE_TEXT), outlook_html(NDIAYE_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# French from Cameroon, Thunderbird, iso-8859-15 QP (œ, « »).  The title "Mama"
# and the upper-case surname in the display name; four women named one by one;
# "l'atelier C « Ubuntu »"; blessing and the long French closing formula.

@mail("ngo-mbock-french-four-women", "2027-08-24 21:30:52",
      E("registration", "b.ngombock@afcabe.example", "Bernadette Ngo Mbock",
        "Association des Femmes Camerounaises de Bochum et Environs", ["C"], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Bernadette NGO MBOCK <b.ngombock@afcabe.example>"),
           ("To", ADF),
           ("Subject", ew("Inscription de la délégation AFCABE au Forum", "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", mid("ngo-mbock", "uuid", "afcabe.example")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Bonsoir Madame, bonsoir Monsieur,

C'est avec une grande joie que nous avons reçu votre invitation au Forum de
la diaspora africaine. Au nom de l'Association des Femmes Camerounaises de
Bochum et Environs (AFCABE), je viens par la présente inscrire notre
délégation.

Nous serons quatre femmes : moi-même, Mme Pauline Ewane, Mme Odile Tchatchoua
et Mme Rose Manga Bell. Nous souhaitons toutes participer à l'atelier C
« Ubuntu », car la santé des femmes et l'accompagnement de nos aînés sont au
cœur de notre travail.

Que Dieu vous bénisse et bénisse cette belle initiative.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations les plus
distinguées.

Mama Bernadette Ngo Mbock
Présidente
Association des Femmes Camerounaises de Bochum et Environs
""", charset="iso-8859-15", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Kenyan, English from an iPhone with Swahili greeting and blessing; workshop
# only by its short name "Harambee"; emoji; "just me".

@mail("kamau-iphone-harambee", "2027-08-25 07:58:33",
      E("registration", "wanjiru.kamau@mail.example", "Wanjiru Njeri Kamau",
        "Kenya Diaspora Association Rhein-Ruhr e.V.", ["B"], 1, "en"), "en")
def _(m):
    m.head(("From", "Wanjiru Kamau <wanjiru.kamau@mail.example>"),
           ("To", ADF),
           ("Subject", "Registration Diaspora Forum"),
           ("Date", m.date),
           ("Message-ID", mid("kamau", "iphone")),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Habari yenu!

Hope this finds you well. I saw the invitation on our WhatsApp group and I would love to attend the forum on 16th Oct. Please register me for the Harambee workshop – as a Kenyan I cannot miss a workshop called Harambee \U0001F60A

It will be just me, my colleagues are still deciding.

Asanteni sana na Mungu awabariki!

Wanjiru Njeri Kamau
Kenya Diaspora Association Rhein-Ruhr e.V.

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# German learner from Eritrea, Android, UTF-8 8bit.  She was a nurse, but
# chooses D (recognition of her certificate), not C (Pflege).  Tigrinya
# thanks; the self-introduction has the full three-part name, the
# signature only the first name; "seit 4 Jahre" is not a party size.

@mail("ghebremedhin-learner-german-workshop-d", "2027-08-25 14:40:19",
      E("registration", "senait.tekle@mail.example", "Senait Ghebremedhin Tekle",
        "Eritreische Gemeinde Bochum e.V.", ["D"], 1, "de"), "de")
def _(m):
    m.head(("From", "Senait Tekle <senait.tekle@mail.example>"),
           ("To", ADF),
           ("Subject", "Anmeldung forum"),
           ("Date", m.date),
           ("Message-ID", mid("ghebremedhin", "samsung")),
           ("MIME-Version", "1.0"))
    m.single("""Selam,

Ich heiße Senait Ghebremedhin Tekle, ich komme von Eritrea und wohne in Bochum seit 4 Jahre. Ich bin in Eritreische Gemeinde Bochum e.V.

Ich möchte gern kommen zu Forum am 16 Oktober. Ich will in Workshop D, weil in Eritrea ich war Krankenschwester aber hier mein Zeugnis ist nicht anerkannt und ich suche Arbeit.

Ich komme allein.

የቐንየለይ, Danke schön
Senait

Von meinem Samsung Galaxy Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Nigerian chief, Outlook HTML only (windows-1252 QP), long formal English
# with Yoruba greetings written without diacritics.  Name with titles before
# and after: "Chief (Dr.) Adebayo Olufemi Ogunleye, JP" -> the name alone.
# "two (2) persons"; "over forty children" is not a party size.

OGUNLEYE_TEXT = """Dear Distinguished Organisers,

E kaaro o! I bring you warm greetings on behalf of the Board of Trustees and the entire membership of the Yoruba Cultural Association NRW e.V. (YCA NRW).

It is with great pleasure and a deep sense of responsibility that I write to register for the Afrika-Diaspora-Forum Bochum 2027. My dear wife, Mrs. Folasade Ogunleye, and I shall be attending, making a total of two (2) persons.

We humbly request to be placed in Workshop A (Sankofa). As you may be aware, our association runs a Saturday school where over forty children learn to read and write Yoruba, and we believe we have much to share and much to learn on the subject of heritage languages.

Kindly accept the assurances of my highest regards and esteem. E se gan ni, and may the Almighty God continue to guide your efforts.

Yours faithfully,

Chief (Dr.) Adebayo Olufemi Ogunleye, JP
Asiwaju of the Yoruba Community in Germany
President, Yoruba Cultural Association NRW e.V. (YCA NRW)
Dortmund"""


@mail("ogunleye-chief-outlook-html-only", "2027-08-26 10:22:47",
      E("registration", "a.ogunleye@yca-nrw.example", "Adebayo Olufemi Ogunleye",
        "Yoruba Cultural Association NRW e.V.", ["A"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chief Adebayo Ogunleye <a.ogunleye@yca-nrw.example>"),
           ("To", TO_ADF),
           ("Subject", "REGISTRATION FOR AFRIKA-DIASPORA-FORUM BOCHUM 2027"),
           ("Thread-Topic", "REGISTRATION FOR AFRIKA-DIASPORA-FORUM BOCHUM 2027"),
           ("Thread-Index", "AdmWZ2Fv3Kq9YmFzc29jaWF0aW9uTlJX"),
           ("Date", m.date),
           ("Message-ID", mid("ogunleye", "outlook")),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(OGUNLEYE_TEXT, lang="EN-GB"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Amharic (Ge'ez script), Gmail multipart/alternative, UTF-8 base64, subject
# as a B-encoded word.  Ethiopian calendar date with the Gregorian one in
# brackets; "ከልጄ ጋር ሁለት ሰዎች" = two persons, with my child; Workshop A.
# The signature in Ge'ez script is the name (the From display name is Latin);
# the association is named only in German.

ALEMU_TEXT = """ሰላም ጤና ይስጥልኝ፣

በመጀመሪያ ለዚህ ጥሩ ዝግጅት ከልብ እናመሰግናለን።

ጥቅምት 5 ቀን 2020 ዓ.ም. (16.10.2027) በሚካሄደው የአፍሪካ ዳያስፖራ መድረክ ላይ መመዝገብ እፈልጋለሁ። ከልጄ ጋር ሁለት ሰዎች ሆነን እንመጣለን።

Workshop A (Sankofa) ላይ መሳተፍ እንፈልጋለን፤ ምክንያቱም ማኅበራችን ለልጆች የአማርኛ ትምህርት ቤት ያካሂዳል።

እግዚአብሔር ይስጥልኝ!

መቅደስ ዓለሙ ተስፋዬ
Äthiopischer Kulturverein Bochum e.V."""


@mail("alemu-amharic", "2027-08-27 18:15:26",
      E("registration", "mekdes.alemu@mail.example", "መቅደስ ዓለሙ ተስፋዬ",
        "Äthiopischer Kulturverein Bochum e.V.", ["A"], 2, "am"), "am")
def _(m):
    m.head(("From", "Mekdes Alemu <mekdes.alemu@mail.example>"),
           ("To", ADF),
           ("Subject", ew("ምዝገባ – Afrika-Diaspora-Forum 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", mid("alemu", "gmail")),
           ("MIME-Version", "1.0"))
    m.alternative(ALEMU_TEXT, gmail_html(ALEMU_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 009 ---------------------------------------------------------------------
# Question, plain ASCII: a drum group asks to perform at the opening and will
# register "afterwards"; "eight" members and "15 minutes" are no party size.

@mail("ofori-atta-drummers-question", "2027-08-30 09:01:37",
      E("question", "yaw.oforiatta@adinkra-drummers.example", "Yaw Ofori-Atta",
        "Adinkra Drummers & Dancers Bochum", [], None, "en"), "en")
def _(m):
    m.head(("From", "Yaw Ofori-Atta <yaw.oforiatta@adinkra-drummers.example>"),
           ("To", ADF),
           ("Subject", "Drumming at the opening?"),
           ("Date", m.date),
           ("Message-ID", mid("ofori-atta", "uuid", "adinkra-drummers.example")),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hello dear organisers,

I am the leader of the Adinkra Drummers & Dancers Bochum, a group of eight
young Ghanaian and German drummers and dancers. We saw in the invitation
that the forum opens with drumming.

Has a group already been booked for this? If not, we would be honoured to
perform at the opening (about 15 minutes). We would need a space of about
6 x 4 metres and two chairs.

If it works out, I will register the whole group for the workshops
afterwards.

Thank you and God bless,
Yaw Ofori-Atta
Adinkra Drummers & Dancers Bochum
0152 2837 4410
""", charset="us-ascii", cte="7bit", params={"format": "flowed"})


# -- 010 ---------------------------------------------------------------------
# Somali, Android, UTF-8 8bit.  "Waxaan nahay laba qof: aniga iyo walaashay"
# = we are two: me and my sister; Workshop C; Somali spelling of the name
# (Faadumo Cabdi Xasan), the German association name inside Somali text.

@mail("xasan-somali", "2027-08-31 20:48:02",
      E("registration", "faadumo.xasan@mail.example", "Faadumo Cabdi Xasan",
        "Somalischer Frauenverein Ruhr e.V.", ["C"], 2, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Cabdi Xasan <faadumo.xasan@mail.example>"),
           ("To", ADF),
           ("Subject", "Is diiwaangelin - Diaspora Forum Bochum"),
           ("Date", m.date),
           ("Message-ID", mid("xasan", "gmail")),
           ("MIME-Version", "1.0"))
    m.single("""Asalaamu calaykum,

Magacaygu waa Faadumo Cabdi Xasan. Waxaan ka socdaa Somalischer Frauenverein Ruhr e.V. oo ku yaal Essen.

Waxaan doonayaa inaan iska diiwaangeliyo Diaspora-Forum-ka Bochum ee dhacaya 16-ka Oktoobar. Waxaan nahay laba qof: aniga iyo walaashay Hodan.

Waxaan rabnaa Workshop C (Ubuntu), maxaa yeelay ururkayagu wuxuu ka shaqeeyaa caafimaadka haweenka.

Mahadsanid, Ilaahay ha idin barakeeyo.

Faadumo Cabdi Xasan
Somalischer Frauenverein Ruhr e.V.
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# DR Congo, French with Lingala (Mbote na bino, Nzambe apambola bino), Yahoo
# multipart/alternative.  Three persons named; "Premier choix : atelier D",
# "Deuxième choix : atelier B"; title "Pasteur" and "Maman"; surname-style
# name parts; the parenthetical "(CCBE)" is not part of the organisation.

MBUYI_TEXT = """Mbote na bino ! Bonjour à toute l'équipe,

Que la paix du Seigneur soit avec vous. Je vous écris au nom de la Communauté Congolaise de Bochum et Environs (CCBE), dont je suis le président, pour vous confirmer notre participation au Forum de la diaspora africaine du 16 octobre 2027.

Nous serons trois : moi-même, mon épouse Maman Solange Mbuyi et notre fils Patrick, qui termine ses études d'ingénieur à la Ruhr-Universität.

Premier choix : atelier D (Teranga), à cause de la reconnaissance des diplômes qui touche beaucoup nos jeunes.
Deuxième choix : atelier B.

Nzambe apambola bino mingi ! Que Dieu vous bénisse.

Pasteur Jean-Pierre Mbuyi Kabasele
Président de la CCBE
Communauté Congolaise de Bochum et Environs
Tél. : 0234 58 77 310

Envoyé de Yahoo Mail pour Android"""


@mail("mbuyi-french-lingala-yahoo", "2027-09-01 11:35:44",
      E("registration", "jpmbuyi@yahoo.example", "Jean-Pierre Mbuyi Kabasele",
        "Communauté Congolaise de Bochum et Environs", ["D", "B"], 3, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre MBUYI KABASELE <jpmbuyi@yahoo.example>"),
           ("To", ADF),
           ("Subject", ew("Inscription CCBE – Forum diaspora 16/10", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", mid("mbuyi", "yahoo")),
           ("X-Mailer", "WebService/1.1.22645 YMailAndroid"),
           ("MIME-Version", "1.0"))
    m.alternative(MBUYI_TEXT, yahoo_html(MBUYI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 012 ---------------------------------------------------------------------
# Nigerian English mixed with Pidgin and an Igbo greeting (Ndewo); "register
# me and two of my guys ... so we go be three"; Workshop C named as
# "the Ubuntu workshop (C)".  Full name in the self-introduction, short
# nickname in the signature; the association named in both places.

OKONKWO_TEXT = """Ndewo! How una dey?

My name is Chukwuemeka Nnamdi Okonkwo, youth leader of Igbo Union Dortmund e.V. Abeg, kindly register me and two of my guys for the forum on 16 October, so we go be three.

We want to join the Ubuntu workshop (C), because many of our people no sabi where to go when they get wahala for head. Mental health na serious matter for our community, we no fit keep quiet again.

Thank you well well. God bless una!

Emeka Okonkwo
Youth Leader, Igbo Union Dortmund e.V."""


@mail("okonkwo-pidgin-english", "2027-09-01 16:02:10",
      E("registration", "emeka.okonkwo@mail.example", "Chukwuemeka Nnamdi Okonkwo",
        "Igbo Union Dortmund e.V.", ["C"], 3, "en"), "en")
def _(m):
    m.head(("From", "Emeka Okonkwo <emeka.okonkwo@mail.example>"),
           ("To", ADF),
           ("Subject", "Registration - Igbo Union Dortmund"),
           ("Date", m.date),
           ("Message-ID", mid("okonkwo", "gmail")),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 013 ---------------------------------------------------------------------
# A pastor registers his church's youth leader (she comes alone, he does
# not come) and asks to confirm to her address, written in the text.
# Church greeting and blessing; "Sister" is a form of address.

@mail("asante-registers-youth-leader", "2027-09-02 10:10:29",
      E("registration", "abena.darko@mail.example", "Abena Serwaa Darko",
        "Living Waters Pentecostal Church Bochum", ["A"], 1, "en"), "en")
def _(m):
    m.head(("From", "Pastor E. K. Asante <pastor.asante@livingwaters-bochum.example>"),
           ("To", ADF),
           ("Subject", "Registration of our Youth Leader - Diaspora Forum 2027"),
           ("Date", m.date),
           ("Message-ID", mid("asante", "uuid", "livingwaters-bochum.example")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Calvary greetings to you in the mighty name of our Lord Jesus Christ.

On behalf of Living Waters Pentecostal Church Bochum, I would like to
register our youth leader, Sister Abena Serwaa Darko, for the Diaspora Forum
on 16th October 2027. She will attend alone and would like to take part in
Workshop A (Sankofa), as she leads our Twi classes for the children on
Sundays. I am unfortunately travelling to Accra that weekend and cannot
attend myself.

Kindly send the confirmation directly to her e-mail address:
abena.darko@mail.example

Thank you and God bless you abundantly.

Pastor Emmanuel Kofi Asante
Resident Pastor
Living Waters Pentecostal Church Bochum
Herner Str. 229, 44809 Bochum
""", charset="us-ascii", cte="7bit")


# -- 014 ---------------------------------------------------------------------
# Togo, French, iso-8859-1 8bit.  Workshop only by number and topic
# ("l'atelier n° 2, sur la vie associative et les financements") -> B.
# Signature "ARTR – Association des ..." with the acronym in front; Ewe thanks.

@mail("agbodjan-french-atelier-numero-2", "2027-09-03 13:30:05",
      E("registration", "edem.agbodjan@yahoo.example", "Komlan Edem Agbodjan",
        "Association des Ressortissants Togolais de la Ruhr", ["B"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Edem Agbodjan <edem.agbodjan@yahoo.example>"),
           ("To", ADF),
           ("Subject", "Inscription forum diaspora - ARTR"),
           ("Date", m.date),
           ("Message-ID", mid("agbodjan", "yahoo")),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je m'appelle Komlan Edem Agbodjan, secrétaire général de l'Association des
Ressortissants Togolais de la Ruhr (ARTR). Je souhaite m'inscrire au forum
du 16 octobre à Bochum.

Je choisis l'atelier n° 2, sur la vie associative et les financements, car
notre association est encore jeune et nous avons besoin de conseils pour
monter nos premiers projets.

Je viendrai seul.

Akpé kakaka (merci beaucoup) et bonne préparation à vous.

Cordialement,
K. Edem Agbodjan
ARTR - Association des Ressortissants Togolais de la Ruhr
""", charset="iso-8859-1", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Everything is in the Subject (workshop and persons); the body is only the
# name and the iPhone footer.  No organisation anywhere.

@mail("haile-subject-only", "2027-09-03 19:44:51",
      E("registration", "mulugeta.haile@mail.example", "Mulugeta Haile", None,
        ["D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mulugeta Haile <mulugeta.haile@mail.example>"),
           ("To", ADF),
           ("Subject", "Anmeldung Workshop D - 2 Personen"),
           ("Date", m.date),
           ("Message-ID", mid("haile", "iphone")),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Mulugeta Haile

Von meinem iPhone gesendet
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Shared association mailbox (display name = association), signed by the
# president with "Dr."; "Workshop Nr. 2" -> B; two persons ("meinem
# Stellvertreter ... und mir"); the running text has the inflected
# "der Kamerunischen Gemeinschaft", the signature the base form.

KAMERUN_TEXT = """Sehr geehrtes Organisationsteam,

im Namen der Kamerunischen Gemeinschaft Dortmund e.V. bedanke ich mich herzlich für die Einladung.

Wir melden uns hiermit mit zwei Personen an: meinem Stellvertreter Herrn Serge Tchoumi Kamdem und mir. Wir möchten beide in den Workshop Nr. 2, da wir im nächsten Jahr ein großes Kulturfest mit Fördermitteln der Stadt planen.

Mit freundlichen Grüßen

Dr. Achille Fotso Nguemo
Präsident
Kamerunische Gemeinschaft Dortmund e.V.
info@kamerun-dortmund.example"""


@mail("kamerun-dortmund-shared-mailbox", "2027-09-06 08:58:14",
      E("registration", "info@kamerun-dortmund.example", "Achille Fotso Nguemo",
        "Kamerunische Gemeinschaft Dortmund e.V.", ["B"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kamerunische Gemeinschaft Dortmund <info@kamerun-dortmund.example>"),
           ("To", ADF),
           ("Subject", ew("Anmeldung zum Afrika-Diaspora-Forum – KGD e.V.", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", mid("kamerun-dortmund", "std", "webmail.kamerun-dortmund.example")),
           ("X-Mailer", "Open-Xchange Mailer v8.21.12"),
           ("MIME-Version", "1.0"))
    m.alternative(KAMERUN_TEXT, div_html(KAMERUN_TEXT, "font-family: Arial; font-size: 10pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Change (B -> D), English Gmail reply quoting the bilingual confirmation,
# which names Workshop B.  "(Mrs.)" after the name.

ADEYEMI_TEXT = """Good afternoon,

Thank you for the confirmation. After discussing with our executives, I would like to change my workshop from B to D (Teranga), as most of our members are struggling with the recognition of their nursing and teaching certificates.

Sorry for any inconvenience.

Warm regards,
Funmilayo Adeyemi-Bakare (Mrs.)
Welfare Officer
Nigerian Women Association Ruhr e.V."""


@mail("adeyemi-bakare-change-b-to-d", "2027-09-06 15:20:38",
      E("change", "funmi.bakare@mail.example", "Funmilayo Adeyemi-Bakare",
        "Nigerian Women Association Ruhr e.V.", ["D"], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270830143104.7c1e@bochum.example>"
    m.head(("From", "Funmi Adeyemi-Bakare <funmi.bakare@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("adeyemi-bakare", "gmail")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        ADEYEMI_TEXT,
        f"On Mon, 30 Aug 2027 at 14:31, Afrika-Diaspora-Forum Bochum <{ADF}> wrote:",
        confirmation("Frau Adeyemi-Bakare", "B", 1))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Fluent German (second generation), Thunderbird, iso-8859-1 QP, format=flowed.
# Workshop only as "Workshop Sankofa"; the text mentions Twi, Yoruba and
# Lingala and three kinds of families; "ich komme allein".

@mail("boateng-schmitz-workshop-sankofa", "2027-09-07 12:12:56",
      E("registration", "akua.boateng-schmitz@afrokids-ruhr.example", "Akua Boateng-Schmitz",
        "AfroKids Ruhr e.V.", ["A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Akua Boateng-Schmitz <akua.boateng-schmitz@afrokids-ruhr.example>"),
           ("To", ADF),
           ("Subject", "Anmeldung Diaspora-Forum"),
           ("Date", m.date),
           ("Message-ID", mid("boateng-schmitz", "uuid", "afrokids-ruhr.example")),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom Diaspora-Forum,

ich bin Akua Boateng-Schmitz und leite ehrenamtlich die Samstagsgruppe von
AfroKids Ruhr e.V. in Bochum-Wattenscheid. Bei uns treffen sich Kinder aus
ghanaischen, nigerianischen und kongolesischen Familien - viele sprechen zu
Hause Twi, Yoruba oder Lingala, können die Sprache aber kaum lesen oder
schreiben.

Deshalb möchte ich mich gern für den Workshop Sankofa anmelden. Ich komme
allein.

Viele Grüße und bis zum 16.10.!
Akua Boateng-Schmitz

-- 
AfroKids Ruhr e.V.
www.afrokids-ruhr.example
""", charset="iso-8859-1", cte="quoted-printable", params={"format": "flowed"})


# -- 019 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation sent to a mistyped
# domain (gmial).  The returned confirmation names Workshop C.

@mail("postfix-bounce-domain-typo", "2027-09-08 09:40:12",
      E("bounce", bounced="chidinma.eze@gmial.example"), "en")
def _(m):
    rcpt = "chidinma.eze@gmial.example"
    m.head(("From", "MAILER-DAEMON@mail.bochum.example (Mail Delivery System)"),
           ("To", ADF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270908074012.3E7A21C0F4@mail.bochum.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bochum.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error for
    name=gmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bochum.example"),
         ("X-Postfix-Queue-ID", "3E7A21C0F4"),
         ("X-Postfix-Sender", f"rfc822; {ADF}"),
         ("Arrival-Date", "Wed,  8 Sep 2027 09:40:09 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=gmial.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Chidinma Eze <{rcpt}>", confirmation("Frau Eze", "C", 1), CONFIRMATION_SUBJECT,
        "Wed, 8 Sep 2027 09:40:09 +0200", "<mailbot.20270908094009.5b2d@bochum.example>",
        "<CAF7rT2xE9q1Lm4pZ0vK8nW3yB6sD5hG1cJ0aU2oR7iN4tX9wQe@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Swahili, Gmail multipart/alternative, UTF-8 base64.  "Tutakuwa watu watatu"
# = we will be three; "warsha C (Ubuntu). Kama imejaa ... warsha B" = C, if
# full B.  A Swahili association name with e.V.

OUMA_TEXT = """Habari za jioni ndugu waandaaji,

Jina langu ni Baraka Otieno Ouma, katibu wa Umoja wa Wakenya Ruhr e.V. Ningependa kujiandikisha kwa ajili ya Diaspora-Forum Bochum tarehe 16 Oktoba 2027.

Tutakuwa watu watatu: mimi, mke wangu Achieng na rafiki yetu Mwende.

Tungependa kushiriki katika warsha C (Ubuntu). Kama imejaa, tungependa warsha B (Harambee).

Asanteni sana kwa kazi nzuri. Mungu awabariki.

Wenu,
Baraka Otieno Ouma
Umoja wa Wakenya Ruhr e.V."""


@mail("ouma-swahili", "2027-09-09 17:25:40",
      E("registration", "baraka.ouma@mail.example", "Baraka Otieno Ouma",
        "Umoja wa Wakenya Ruhr e.V.", ["C", "B"], 3, "sw"), "sw")
def _(m):
    m.head(("From", "Baraka Ouma <baraka.ouma@mail.example>"),
           ("To", ADF),
           ("Subject", "Usajili - Diaspora Forum Bochum 2027"),
           ("Date", m.date),
           ("Message-ID", mid("ouma", "gmail")),
           ("MIME-Version", "1.0"))
    m.alternative(OUMA_TEXT, gmail_html(OUMA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 021 ---------------------------------------------------------------------
# Senegal, French registration with two questions (prayer room, halal food):
# still a registration.  Her association is called "Teranga" like workshop D,
# but she chooses atelier C.  Wolof greeting and thanks.

@mail("diop-french-registration-plus-question", "2027-09-10 10:05:22",
      E("registration", "ndeyefatou.diop@mail.example", "Ndeye Fatou Diop",
        "Association Teranga des Sénégalais de Bochum", ["C"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Ndeye Fatou Diop <ndeyefatou.diop@mail.example>"),
           ("To", ADF),
           ("Subject", "Inscription + petite question"),
           ("Date", m.date),
           ("Message-ID", mid("diop", "gmx")),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour chère équipe,

Assalamou alaykoum et nanga def ? J'espère que vous allez bien.

Je suis Ndeye Fatou Diop, médiatrice en santé et membre de l'Association Teranga des Sénégalais de Bochum. Je voudrais m'inscrire au forum du 16 octobre, dans l'atelier C (Ubuntu) – la santé, c'est mon métier ! Je viendrai seule.

J'ai aussi une petite question : y aura-t-il un endroit calme pour la prière de l'après-midi ? Et le repas sera-t-il halal ?

Jërëjëf et à très bientôt,
Ndeye Fatou Diop
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Question in learner German: may someone without an association come, does
# it cost anything, may she bring her daughter?  "drei Kinder" and "2 Jahre"
# are no party size.  Display name in iso-8859-1 Q encoding; body base64.

@mail("mbombo-learner-question-without-association", "2027-09-13 14:18:03",
      E("question", "grace.mbombo@mail.example", "Grâce Mbombo Nsimba", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Grâce Mbombo", "grace.mbombo@mail.example", "iso-8859-1", "q")),
           ("To", ADF),
           ("Subject", "Frage"),
           ("Date", m.date),
           ("Message-ID", mid("mbombo", "samsung")),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe die Einladung von meine Freundin bekommen. Ich bin aus Kongo (Kinshasa) und wohne in Herne. Ich bin nicht in einem Verein, ich bin nur Mutter von drei Kinder.

Darf ich auch kommen wenn ich kein Verein habe? Und muss ich etwas bezahlen? Kann ich meine kleine Tochter (2 Jahre) mitbringen?

Vielen Dank, Nzambe apambola bino
Grâce Mbombo Nsimba
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# The chairman forwards a member's registration from the association mailbox
# and asks to reply to the member directly; the member's address is in the
# forwarded header block.  Workshop by alias-like topic "(Teranga)"; "Only me".

NCAR_TEXT = """Dear Organising Team,

Please find below the registration of one of our members, Mr. Olatunde Ajayi, who does not have your address. Kindly reply to him directly.

Thanks and regards,
Ifeanyi Chukwu-Obi
Chairman, Nigerian Community Association Ruhr e.V. (NCAR)

---------- Forwarded message ---------
From: Olatunde Ajayi <tunde.ajayi@mail.example>
Date: Mon, 13 Sept 2027 at 21:40
Subject: Diaspora Forum
To: NCAR Info <info@ncar-ruhr.example>


Good evening Chairman,

Please help me register for the Diaspora Forum in Bochum. I want to join the workshop about jobs and certificate recognition (Teranga). Only me.

Thank you sir,
Tunde"""


@mail("ncar-forwards-member", "2027-09-14 09:30:17",
      E("registration", "tunde.ajayi@mail.example", "Olatunde Ajayi",
        "Nigerian Community Association Ruhr e.V.", ["D"], 1, "en"), "en")
def _(m):
    m.head(("From", "NCAR Info <info@ncar-ruhr.example>"),
           ("To", ADF),
           ("Subject", "Fwd: Diaspora Forum"),
           ("Date", m.date),
           ("Message-ID", mid("ncar", "gmail")),
           ("MIME-Version", "1.0"))
    m.alternative(NCAR_TEXT, gmail_html(NCAR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Registration with a PDF flyer of another event attached (multipart/mixed),
# plus a question about laying out flyers.  "(also 2 Personen)"; workshop
# only as "Workshop Teranga"; the flyer mentions "Workshops" and November.

@mail("quansah-lange-pdf-flyer", "2027-09-15 20:11:45",
      E("registration", "efua.quansah-lange@abn-ruhr.example", "Efua Quansah-Lange",
        "Afro-Business-Netzwerk Ruhr e.V.", ["D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Efua Quansah-Lange <efua.quansah-lange@abn-ruhr.example>"),
           ("To", ADF),
           ("Subject", "Anmeldung + Flyer"),
           ("Date", m.date),
           ("Message-ID", mid("quansah-lange", "apple", "abn-ruhr.example")),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    text = m.text("""Liebe Organisatorinnen und Organisatoren,

hiermit melden meine Kollegin Hawa Touré und ich uns für das Afrika-Diaspora-Forum an (also 2 Personen). Wir möchten gern in den Workshop Teranga, weil es bei uns im Netzwerk genau um Existenzgründung und Selbstständigkeit geht.

Im Anhang finden Sie unseren Flyer für den „Afro-Business-Marktplatz“ im November. Dürfen wir ein paar Exemplare am Eingang auslegen?

Herzliche Grüße
Efua Quansah-Lange
Vorsitzende
Afro-Business-Netzwerk Ruhr e.V.
""", charset="utf-8", cte="8bit")
    pdf = m.binary(make_pdf(["Afro-Business-Marktplatz Ruhr 2027",
                             "Samstag, 20. November 2027, 11-18 Uhr, Zeche Bochum",
                             "40 Staende, Workshops, Beratung zur Existenzgruendung",
                             "Anmeldung fuer Aussteller: markt@abn-ruhr.example"]),
                   "application", "pdf", "Flyer_Afro-Business-Marktplatz_2027.pdf")
    m.multi("mixed", [text, pdf], style="apple")


# -- 025 ---------------------------------------------------------------------
# Cancellation in English (bereavement), Outlook plain text in windows-1252
# QP, quoting the confirmation under an English Outlook header block.

@mail("owusu-ansah-cancel-funeral", "2027-09-16 11:11:09",
      E("cancellation", "comfort.owusu-ansah@mail.example", "Comfort Adjoa Owusu-Ansah",
        "Asanteman Association Ruhr e.V.", [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270903161207.2f8a@bochum.example>"
    m.head(("From", "Comfort Owusu-Ansah <comfort.owusu-ansah@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("owusu-ansah", "outlook")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Organisers,

With a heavy heart I have to cancel our registration for the forum. My father passed away last week in Kumasi, and my husband and I will be travelling to Ghana for the funeral, so neither of us can attend.

Please give our places to others. By God's grace we will be with you next year.

Kind regards,
Comfort Adjoa Owusu-Ansah
Asanteman Association Ruhr e.V.

________________________________
From: Afrika-Diaspora-Forum Bochum <{ADF}>
Sent: Friday, September 3, 2027 4:12 PM
To: Comfort Owusu-Ansah <comfort.owusu-ansah@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Owusu-Ansah", "A", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Newsletter of another event (other): a festival with its own workshops
# (drumming, dance), "Anmeldung", a date in October and List headers.

FESTIVAL_TEXT = """AFRO RUHR FESTIVAL DORTMUND – Newsletter September 2027

Liebe Freundinnen und Freunde des Afro Ruhr Festivals,

das Programm für unser Herbstwochenende am 23. und 24. Oktober 2027 im Dietrich-Keuning-Haus steht!

Workshops (Anmeldung erforderlich, je 15 Plätze):
- Djembe für Anfänger (Samstag, 11 Uhr)
- Sabar-Tanz aus dem Senegal (Samstag, 14 Uhr)
- Kochen mit Mama Ngozi: Jollof Rice & Egusi (Sonntag, 12 Uhr)

Konzert am Samstagabend: Highlife meets Afrobeats mit der Kumasi Connection Band.

Anmeldung zu den Workshops: https://afro-ruhr-festival.example/workshops

Sie erhalten diesen Newsletter, weil Sie sich auf afro-ruhr-festival.example eingetragen haben.
Abmelden: https://afro-ruhr-festival.example/newsletter/abmelden?u=5531
Afro Ruhr Festival e.V. · Leopoldstraße 50 · 44147 Dortmund"""

FESTIVAL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Afro Ruhr Festival – Newsletter September 2027</title></head>
<body style="margin:0;background:#fdf6e3;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Verdana,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#b22222;color:#fff;"><h1 style="margin:0;font-size:22px;">AFRO RUHR FESTIVAL DORTMUND</h1><p style="margin:4px 0 0;">Newsletter September 2027</p></td></tr>
<tr><td>
<p>Liebe Freundinnen und Freunde des Afro Ruhr Festivals,</p>
<p>das Programm für unser Herbstwochenende am 23. und 24. Oktober 2027 im Dietrich-Keuning-Haus steht!</p>
<h2 style="font-size:17px;color:#b22222;">Workshops (Anmeldung erforderlich, je 15 Plätze)</h2>
<ul><li>Djembe für Anfänger (Samstag, 11 Uhr)</li><li>Sabar-Tanz aus dem Senegal (Samstag, 14 Uhr)</li><li>Kochen mit Mama Ngozi: Jollof Rice &amp; Egusi (Sonntag, 12 Uhr)</li></ul>
<p>Konzert am Samstagabend: Highlife meets Afrobeats mit der Kumasi Connection Band.</p>
<p><a href="https://afro-ruhr-festival.example/workshops" style="background:#006b3f;color:#fff;padding:8px 14px;text-decoration:none;">Jetzt zu den Workshops anmelden</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie sich auf afro-ruhr-festival.example eingetragen haben.<br>
<a href="https://afro-ruhr-festival.example/newsletter/abmelden?u=5531">Abmelden</a> · Afro Ruhr Festival e.V. · Leopoldstraße 50 · 44147 Dortmund</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("afro-ruhr-festival-newsletter", "2027-09-17 06:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Afro Ruhr Festival <newsletter@afro-ruhr-festival.example>"),
           ("To", ADF),
           ("Subject", "Programm steht! Workshops beim Afro Ruhr Festival – jetzt anmelden"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.5531.a9e3c1@afro-ruhr-festival.example>"),
           ("List-Id", "Afro Ruhr Festival Newsletter <newsletter.afro-ruhr-festival.example>"),
           ("List-Unsubscribe", "<https://afro-ruhr-festival.example/newsletter/abmelden?u=5531>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter2Go"),
           ("MIME-Version", "1.0"))
    m.alternative(FESTIVAL_TEXT, FESTIVAL_HTML, charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change in Tigrinya (A -> C), Gmail reply (English attribution) quoting the
# bilingual confirmation, UTF-8 base64.  "ብዝሒ ሰባት ከምቲ ዝነበሮ እዩ" = the number
# of persons stays as it was.  Latin signature.

WOLDU_TEXT = """ሰላም ንኹልኹም፣

ኣብ Workshop A (Sankofa) ተመዝጊበ ነይረ። ግን ኣብ ክንዲኡ ናብ Workshop C (Ubuntu) ክቕየር እደሊ፣ ምኽንያቱ ኣብ ማሕበርና ብዛዕባ ጥዕና ኢና ንሰርሕ።

ብዝሒ ሰባት ከምቲ ዝነበሮ እዩ።

የቐንየልና።

Tesfalem Berhane Woldu
Eritreischer Kultur- und Sportverein Dortmund e.V."""


@mail("woldu-tigrinya-change-a-to-c", "2027-09-17 08:45:30",
      E("change", "tesfalem.woldu@mail.example", "Tesfalem Berhane Woldu",
        "Eritreischer Kultur- und Sportverein Dortmund e.V.", ["C"], None, "ti"), "ti")
def _(m):
    conf_id = "<mailbot.20270910091422.9d04@bochum.example>"
    m.head(("From", "Tesfalem Woldu <tesfalem.woldu@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("woldu", "gmail")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        WOLDU_TEXT,
        f"On Fri, 10 Sept 2027 at 09:14, Afrika-Diaspora-Forum Bochum <{ADF}> wrote:",
        confirmation("Herr Woldu", "A", 2))
    m.alternative(plain, htm, charset="utf-8", cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Sent from a shared office account; Reply-To is her own address (display
# name Q-encoded) and the text asks to confirm there.  Three persons named;
# Lingala thanks "Matondo mingi".

@mail("mukendi-office-reply-to", "2027-09-21 11:20:48",
      E("registration", "t.mukendi@afrikahaus-bochum.example", "Thérèse Mukendi Ngalula",
        "Afrika-Haus Bochum e.V.", ["B"], 3, "de"), "de")
def _(m):
    m.head(("From", "Afrika-Haus Bochum – Büro <buero@afrikahaus-bochum.example>"),
           ("Reply-To", addr("Thérèse Mukendi Ngalula", "t.mukendi@afrikahaus-bochum.example",
                             "utf-8", "q")),
           ("To", ADF),
           ("Subject", "Anmeldung Afrika-Haus Bochum (3 Personen)"),
           ("Date", m.date),
           ("Message-ID", mid("mukendi", "uuid", "afrikahaus-bochum.example")),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team,

für das Afrika-Haus Bochum e.V. melde ich drei Personen an: mich selbst,
unseren Kassenwart Herrn Jean-Baptiste Nkurunziza und unsere Praktikantin
Frau Lea Hartmann. Wir möchten gerne alle in Workshop B (Harambee), weil wir
gerade den Förderantrag für 2028 schreiben.

Bitte schickt die Bestätigung an meine persönliche Adresse (siehe
Antwortadresse), das Büropostfach schauen wir nur dienstags an.

Matondo mingi (vielen Dank auf Lingala) und liebe Grüße
Thérèse Mukendi Ngalula
Projektkoordination
Afrika-Haus Bochum e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Change of mind inside the registration: first the Ubuntu workshop (C),
# "on second thought" Workshop A.  Outlook for Android, multipart/alternative.

ANSAH_TEXT = """Hi there,

Please register me for the forum. I'm a nurse and a member of the Ghana Nurses Association Germany, so I first thought of the Ubuntu workshop (C) … but on second thought, please put me in Workshop A (Sankofa) instead. My kids are 6 and 9 and we are really struggling to keep Twi alive at home, so that one is more urgent for me personally.

Just me, 1 person.

Cheers and God bless,
Kofi Boakye Ansah

Get Outlook for Android"""


@mail("ansah-change-of-mind-inside-mail", "2027-09-22 22:05:11",
      E("registration", "kofi.ansah@mail.example", "Kofi Boakye Ansah",
        "Ghana Nurses Association Germany", ["A"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kofi Ansah <kofi.ansah@mail.example>"),
           ("To", ADF),
           ("Subject", "Registration"),
           ("Date", m.date),
           ("Message-ID", mid("ansah", "outlook")),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "</head><body><div dir=\"auto\">"
           + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                     for line in ANSAH_TEXT.split("\n"))
           + "</div></body></html>\n")
    m.alternative(ANSAH_TEXT, htm, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Change with a fallback: C -> B, "if B is full I simply stay in C" ->
# ["B", "C"].  Outlook multipart/alternative, windows-1252 QP, German
# "Von:/Gesendet:" block quoting the confirmation (Workshop C, 1 person).

WARSAME_TEXT = """Sehr geehrte Damen und Herren,

ich bin für Workshop C angemeldet. Nach Rücksprache mit unserem Vorstand würde ich lieber in Workshop B (Harambee) wechseln, weil wir für unser Hausaufgabenprojekt dringend Fördermittel brauchen. Falls B schon voll ist, bleibe ich einfach in C.

Mit freundlichen Grüßen
Hamza Abdirahman Warsame
Somali-Deutsche Gemeinschaft Ruhr e.V."""


@mail("warsame-change-c-to-b-else-c", "2027-09-23 10:40:27",
      E("change", "h.warsame@sdg-ruhr.example", "Hamza Abdirahman Warsame",
        "Somali-Deutsche Gemeinschaft Ruhr e.V.", ["B", "C"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270910182233.0e5f@bochum.example>"
    m.head(("From", '"Warsame, Hamza" <h.warsame@sdg-ruhr.example>'),
           ("To", TO_ADF),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb3nU2aGFtemFzZGdydWhyZ2VtZWlu"),
           ("Date", m.date),
           ("Message-ID", mid("warsame", "outlook")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_ADF, "Freitag, 10. September 2027 18:22",
             '"Warsame, Hamza" <h.warsame@sdg-ruhr.example>', CONFIRMATION_SUBJECT,
             confirmation("Herr Warsame", "C", 1))
    m.alternative(outlook_plain(WARSAME_TEXT, quote), outlook_html(WARSAME_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Registration without a workshop ("alle vier klingen spannend", decide on
# the spot) -> [], two persons; Apple Mail multipart/alternative.  The text
# has the inflected "der Kongolesischen Frauen-Initiative", the signature
# the base form.

ILUNGA_TEXT = """Hallo zusammen,

wir von der Kongolesischen Frauen-Initiative Bochum kommen gerne zum Forum am 16. Oktober – ich und meine Schwester Nadine, also zwei Personen.

Welchen Workshop wir nehmen, wissen wir ehrlich gesagt noch nicht, alle vier klingen spannend. Können wir das vor Ort entscheiden?

Liebe Grüße
Marie-Claire Ilunga Kalala
Kongolesische Frauen-Initiative Bochum"""


@mail("ilunga-no-workshop-yet", "2027-09-24 19:30:58",
      E("registration", "mc.ilunga@mail.example", "Marie-Claire Ilunga Kalala",
        "Kongolesische Frauen-Initiative Bochum", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Marie-Claire Ilunga <mc.ilunga@mail.example>"),
           ("To", ADF),
           ("Subject", "Anmeldung Forum 16.10."),
           ("Date", m.date),
           ("Message-ID", mid("ilunga", "apple", "mail.example")),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(ILUNGA_TEXT, apple_html(ILUNGA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 032 ---------------------------------------------------------------------
# Question in French (Cameroon): is there interpretation?  "Si c'est le cas,
# je vous enverrai l'inscription pour trois personnes" -> registers nobody
# yet.  Roundcube, iso-8859-1 QP, display name Q-encoded.

@mail("kamga-french-question-interpretation", "2027-09-25 12:00:36",
      E("question", "herve.kamga@aecb-bochum.example", "Hervé Tchakounté Kamga",
        "Association des Étudiants Camerounais de Bochum", [], None, "fr"), "fr")
def _(m):
    m.head(("From", addr("Hervé T. Kamga", "herve.kamga@aecb-bochum.example", "iso-8859-1", "q")),
           ("To", ADF),
           ("Subject", ew("Question avant inscription : traduction prévue ?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<" + _h("kamga", "mid")[:32] + "@aecb-bochum.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis Hervé Tchakounté Kamga, président de l'Association des Étudiants
Camerounais de Bochum (AECB). Plusieurs de nos membres sont intéressés par
le forum, surtout par l'atelier D.

Avant de nous inscrire, j'aimerais savoir : est-ce qu'une traduction en
français ou en anglais est prévue dans les ateliers ? Certains de nos
nouveaux étudiants ne parlent pas encore bien allemand. Si c'est le cas, je
vous enverrai l'inscription pour trois personnes.

Merci d'avance et bonne journée,
Hervé T. Kamga
""", charset="iso-8859-1", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Learner German by a Nigerian mother: "alle nennen mich Mama Bisi" (the
# name is Oluwabisi Adekunle), "der dritte Workshop" -> C, "Ich und meine
# Tochter ... also 2 Person"; Yoruba thanks.

@mail("adekunle-learner-der-dritte-workshop", "2027-09-27 17:45:20",
      E("registration", "bisi.adekunle@mail.example", "Oluwabisi Adekunle",
        "Afrikanischer Elternverein Gelsenkirchen", ["C"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mama Bisi <bisi.adekunle@mail.example>"),
           ("To", ADF),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", mid("adekunle", "samsung")),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag liebe Team,

Ich bin Oluwabisi Adekunle, alle nennen mich Mama Bisi. Ich bin Vorsitzende von Afrikanischer Elternverein Gelsenkirchen. Ich möchte anmelden für das Forum.

Ich und meine Tochter Tolu wir kommen zusammen, also 2 Person. Wir möchten in der dritte Workshop, wegen Gesundheit und Pflege, meine Tochter macht Ausbildung als Altenpflegerin.

E se o (danke auf Yoruba)!
Mama Bisi Adekunle
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Cancellation in French with Lingala words, Gmail (French interface)
# quoting the confirmation (Workshop B, 2 persons).

MWAMBA_TEXT = """Bonjour,

Mbote ! Je suis vraiment désolée, mais nous devons annuler notre inscription au forum du 16 octobre. Mon mari a été hospitalisé hier et je dois rester auprès de lui.

Bolimbisi (pardon) pour le désagrément. Nzambe abatela bino.

Chantal Mwamba Kanku
Solidarité Congolaise Ruhr"""


@mail("mwamba-french-cancel", "2027-09-28 08:20:04",
      E("cancellation", "chantal.mwamba@mail.example", "Chantal Mwamba Kanku",
        "Solidarité Congolaise Ruhr", [], None, "fr"), "fr")
def _(m):
    conf_id = "<mailbot.20270907194811.4a7c@bochum.example>"
    m.head(("From", "Chantal Mwamba <chantal.mwamba@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("mwamba", "gmail")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain, htm = gmail_reply(
        MWAMBA_TEXT,
        f"Le mar. 7 sept. 2027 à 19:48, Afrika-Diaspora-Forum Bochum <{ADF}> a écrit :",
        confirmation("Frau Mwamba Kanku", "B", 2))
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Change of party size only (2 -> 3, "trois au lieu de deux"; "L'atelier
# reste le même") -> workgroups [], party_size 3.  Thunderbird in French,
# UTF-8 8bit, format=flowed; a Sufi dahira as the organisation; Wolof.

@mail("faye-french-party-size-change", "2027-09-29 13:10:42",
      E("change", "ct.faye@mail.example", "Cheikh Tidiane Faye",
        "Dahira Touba Bochum", [], 3, "fr"), "fr")
def _(m):
    conf_id = "<mailbot.20270906143102.b81e@bochum.example>"
    m.head(("From", "Cheikh Tidiane Faye <ct.faye@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("faye", "uuid", "mail.example")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Suite à votre confirmation, je voudrais signaler que nous serons
finalement trois au lieu de deux : notre trésorier, M. Ibrahima Sarr, se
joint à nous. L'atelier reste le même.

Jërëjëf, ba beneen yoon !
Cheikh Tidiane Faye
Dahira Touba Bochum

Le 06/09/2027 à 14:31, Afrika-Diaspora-Forum Bochum a écrit :
{gt_quote(confirmation("Herr Faye", "D", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 036 ---------------------------------------------------------------------
# HTML only from the new Outlook (UTF-8 QP): a physician, "Dr. med." and a
# practice disclaimer (the practice is his employer, not the organisation).
# "vor allem der Workshop Ubuntu; als Zweitwunsch ... Workshop A" -> [C, A].

WOLDEMARIAM_TEXT = """Sehr geehrte Frau Frimpong-Becker,

Selam und vielen Dank für die Einladung!

Gerne nehme ich am Afrika-Diaspora-Forum teil. Als Arzt und Mitgründer der Äthiopisch-Deutschen Gesundheitsinitiative Ruhr e.V. interessiert mich vor allem der Workshop Ubuntu; als Zweitwunsch würde ich Workshop A angeben.

Ich komme allein.

Mit freundlichen Grüßen

Dr. med. Yohannes Bekele Woldemariam
Facharzt für Allgemeinmedizin
Äthiopisch-Deutsche Gesundheitsinitiative Ruhr e.V.

Hausarztpraxis Dr. Woldemariam · Kortumstraße 88 · 44787 Bochum
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("woldemariam-new-outlook-html-only", "2027-09-30 10:15:33",
      E("registration", "y.woldemariam@praxis-woldemariam.example", "Yohannes Bekele Woldemariam",
        "Äthiopisch-Deutsche Gesundheitsinitiative Ruhr e.V.", ["C", "A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dr. med. Yohannes Bekele Woldemariam <y.woldemariam@praxis-woldemariam.example>"),
           ("To", TO_ADF),
           ("Subject", "Teilnahme Afrika-Diaspora-Forum"),
           ("Date", m.date),
           ("Message-ID", mid("woldemariam", "outlook")),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    divs = "\n".join(
        "<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
        "Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
        + (esc(line) if line else "<br>") + "</div>"
        for line in WOLDEMARIAM_TEXT.split("\n"))
    htm = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
           "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
           "</head>\n<body dir=\"ltr\">\n" + divs + "\n</body>\n</html>\n")
    m.single(htm, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# A church office's autoresponder answering a confirmation: no Auto-Submitted
# or Precedence header, only the wording says it is automatic.

@mail("grace-church-office-autoresponder", "2027-10-01 09:12:06",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Grace Evangelical Church Bochum <office@grace-church-bochum.example>"),
           ("To", ADF),
           ("Subject", "Thank you for your mail"),
           ("Date", m.date),
           ("Message-ID", "<autoresp.1790838726.20441@grace-church-bochum.example>"),
           ("In-Reply-To", "<mailbot.20271001091202.63cd@bochum.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Praise the Lord!

Thank you for contacting Grace Evangelical Church Bochum. This is an
automatic reply. Our church office is open on Tuesdays and Thursdays from
10 am to 2 pm. Your mail will be answered as soon as possible.

Sunday Service: 11:00 am, Hattinger Str. 312, 44795 Bochum
Prayer Meeting: Wednesdays 7:00 pm

Be blessed!
Church Office
Grace Evangelical Church Bochum
""", charset="us-ascii", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Kenyan, English from Outlook.com (multipart/alternative, UTF-8 QP); Swahili
# greeting and thanks; "workshop number 4" -> D; "myself and my husband" = 2;
# a Luo name and an apostrophe in the association name.

ODHIAMBO_TEXT = """Dear Team,

Jambo! I hope this mail finds you well.

I would like to register myself and my husband, Tom Odhiambo, for the African Diaspora Forum on 16 October. We are interested in workshop number 4, since my husband is still trying to get his engineering degree from Nairobi recognised here.

Looking forward to it. Asante sana!

Grace Akinyi Odhiambo
Kenyan Women's Welfare Group Ruhr"""


@mail("odhiambo-workshop-number-4", "2027-10-02 21:40:15",
      E("registration", "akinyi.odhiambo@outlook.example", "Grace Akinyi Odhiambo",
        "Kenyan Women's Welfare Group Ruhr", ["D"], 2, "en"), "en")
def _(m):
    m.head(("From", "Grace Akinyi Odhiambo <akinyi.odhiambo@outlook.example>"),
           ("To", ADF),
           ("Subject", "Registration for the African Diaspora Forum"),
           ("Date", m.date),
           ("Message-ID", mid("odhiambo", "outlook")),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ODHIAMBO_TEXT),
                  outlook_html(ODHIAMBO_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Cancellation in learner German from an iPhone, quoting the confirmation
# (Workshop D, 1 person) with the iOS attribution line.

@mail("farah-learner-cancel-iphone", "2027-10-04 07:55:49",
      E("cancellation", "abdullahi.farah@mail.example", "Abdullahi Mohamed Farah", None,
        [], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270921180511.c3f9@bochum.example>"
    m.head(("From", "Abdullahi Farah <abdullahi.farah@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("farah", "iphone")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hallo,

leider ich kann nicht kommen zu Forum. Meine Mutter ist krank in Hargeisa und ich muss fliegen nächste Woche. Bitte streichen Sie meine Anmeldung.

Entschuldigung und danke
Abdullahi Mohamed Farah

Von meinem iPhone gesendet

> Am 21.09.2027 um 18:05 schrieb Afrika-Diaspora-Forum Bochum <{ADF}>:
>
{gt_quote(confirmation("Herr Farah", "D", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change D -> B by the workshops' short names ("from Teranga (D) to Harambee
# (B)"); "We remain two persons" (unchanged -> null).  Yoruba with
# diacritics; Apple Mail reply quoting the confirmation.

AKINYEMI_TEXT = """Ẹ kú iṣẹ́ o, dear organisers!

Kindly move the two of us from Teranga (D) to Harambee (B). Our president has asked us to focus on the funding side this year. We remain two persons.

Ẹ ṣé púpọ̀,
Olumide Babatunde Akinyemi
Omo Yoruba Ruhr e.V."""


@mail("akinyemi-change-teranga-to-harambee", "2027-10-05 16:30:22",
      E("change", "olumide.akinyemi@mail.example", "Olumide Babatunde Akinyemi",
        "Omo Yoruba Ruhr e.V.", ["B"], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270924101204.e2a6@bochum.example>"
    m.head(("From", "Olumide Akinyemi <olumide.akinyemi@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("akinyemi", "apple", "mail.example")),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    attribution = f"On 24. Sep 2027, at 10:12, Afrika-Diaspora-Forum Bochum <{ADF}> wrote:"
    quoted = confirmation("Herr Akinyemi", "D", 2)
    plain = f"{AKINYEMI_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(AKINYEMI_TEXT, attribution, quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 041 ---------------------------------------------------------------------
# Exim bounce (mailbox full, 552) of the 7-day reminder, multipart/report;
# the returned reminder names Workshop B and 3 persons.

@mail("exim-bounce-reminder-mailbox-full", "2027-10-09 09:01:18",
      E("bounce", bounced="ngozi.ekwueme@mail.example"), "en")
def _(m):
    rcpt = "ngozi.ekwueme@mail.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mout.mailrelay.example>"),
           ("To", ADF),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1wKr4T-0007Qm-8L@mout.mailrelay.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", rcpt),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.mail.example [198.51.100.77]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    552 5.2.2 Mailbox full: quota exceeded
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mout.mailrelay.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full: quota exceeded")])
    original = confirmation_message(
        f"Ngozi Ekwueme <{rcpt}>", reminder("B", 3), REMINDER_SUBJECT,
        "Sat, 9 Oct 2027 09:00:05 +0200", "<mailbot.reminder.20271009090005.71b2@bochum.example>",
        auto="auto-generated")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 042 ---------------------------------------------------------------------
# Late registration, one day after the deadline, "if there is still space":
# still a registration.  Two persons (myself and my wife); "PRO" is an office.
# Samsung Email, multipart/alternative, UTF-8 base64.

ANTWI_TEXT = """Good evening,

I know the deadline was yesterday and I apologise for the lateness – we only received the invitation through our chairman this week. If there is still space, kindly register two persons from the Ghanaian Community Herne e.V.: myself and my wife, Akosua. We would like to join Workshop B (Harambee).

We shall be grateful for your kind consideration. God bless you.

Kojo Antwi-Boasiako
PRO, Ghanaian Community Herne e.V.


Sent from my Galaxy"""


@mail("antwi-boasiako-late-registration", "2027-10-09 19:22:37",
      E("registration", "kojo.antwi-boasiako@mail.example", "Kojo Antwi-Boasiako",
        "Ghanaian Community Herne e.V.", ["B"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kojo Antwi-Boasiako <kojo.antwi-boasiako@mail.example>"),
           ("To", ADF),
           ("Subject", "Late registration - Diaspora Forum"),
           ("Date", m.date),
           ("Message-ID", mid("antwi-boasiako", "samsung")),
           ("MIME-Version", "1.0"))
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
           "</head><body dir=\"auto\">"
           + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                     for line in ANTWI_TEXT.split("\n"))
           + "</body></html>\n")
    m.alternative(ANTWI_TEXT, htm, charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Question from someone already registered ("Wir sind schon ... für Workshop
# B angemeldet"): childcare?  No new registration, no change.  GMX, UTF-8 QP.

@mail("bah-hoffmann-question-childcare", "2027-10-10 11:05:09",
      E("question", "mariama.bah-hoffmann@gmx.example", "Mariama Bah-Hoffmann",
        "Senegalesisch-Deutscher Elternkreis Bochum", [], None, "de"), "de")
def _(m):
    m.head(("From", "Mariama Bah-Hoffmann <mariama.bah-hoffmann@gmx.example>"),
           ("To", ADF),
           ("Subject", "Kinderbetreuung am 16.10.?"),
           ("Date", m.date),
           ("Message-ID", mid("bah-hoffmann", "gmx")),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Forum-Team,

mein Mann und ich sind schon seit September für Workshop B angemeldet. Jetzt
ist leider unsere Kinderbetreuung für den Samstag ausgefallen.

Gibt es beim Forum eine Kinderbetreuung oder eine Spielecke? Unsere beiden
Kinder sind 5 und 8 Jahre alt. Sonst müsste einer von uns zu Hause bleiben.

Viele Grüße
Mariama Bah-Hoffmann
Senegalesisch-Deutscher Elternkreis Bochum
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation answering the 7-day reminder (not the confirmation), English
# from Anglophone Cameroon, Outlook plain text with an English header block;
# the quoted reminder names Workshop A and 2 persons.

@mail("fru-cancel-reply-to-reminder", "2027-10-12 08:40:56",
      E("cancellation", "ndi.fru@mail.example", "Ndi Emmanuel Fru",
        "Anglophone Cameroonian Community Ruhr", [], None, "en"), "en")
def _(m):
    rem_id = "<mailbot.reminder.20271009090012.5e3a@bochum.example>"
    m.head(("From", "Ndi Emmanuel Fru <ndi.fru@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", mid("fru", "outlook")),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Sir/Madam,

Thank you for the reminder. Unfortunately my colleague and I will not be
able to make it on Saturday because of an unforeseen emergency at work.
Please cancel our registration so that others on the waiting list can take
our places.

We wish you a very successful forum.

Best regards,
Ndi Emmanuel Fru
Secretary General
Anglophone Cameroonian Community Ruhr (ACCR)

-----Original Message-----
From: Afrika-Diaspora-Forum Bochum <{ADF}>
Sent: Saturday, October 9, 2027 9:00 AM
To: Ndi Emmanuel Fru <ndi.fru@mail.example>
Subject: {REMINDER_SUBJECT}

{reminder("A", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# After the event: thanks with a photo attached (other).  Names a workshop
# and "wir waren zu dritt", but registers, changes and cancels nothing.

@mail("getachew-thanks-after-forum-photo", "2027-10-18 10:30:14",
      E("other"), "de")
def _(m):
    m.head(("From", "Tsion Getachew <tsion.getachew@mail.example>"),
           ("To", TO_ADF),
           ("Subject", "Danke für das wunderbare Forum!"),
           ("Date", m.date),
           ("Message-ID", mid("getachew", "gmail")),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebes Team vom Afrika-Diaspora-Forum,

Selam und ganz herzlichen Dank für den wunderbaren Samstag! Wir waren zu
dritt im Workshop Sankofa und haben so viele Ideen für unsere
Amharisch-Schule mitgenommen.

Im Anhang ein Foto von der Trommelgruppe bei der Eröffnung – Sie dürfen es
gern für die Dokumentation verwenden.

Bis zum nächsten Jahr, so Gott will!
Tsion Getachew
""", charset="utf-8", cte="8bit")
    png = m.binary(make_png(), "image", "png", "Eroeffnung_Trommeln.png")
    m.multi("mixed", [text, png], style="gmail")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

FIRST = datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc)
LAST = datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)


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


def decoded_text(msg):
    """Decoded headers and text of the top-level mail (HTML unescaped, tags kept)."""
    chunks = [str(msg.get(h, "")) for h in ("From", "Reply-To", "To", "Subject")]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            c = p.get_content()
            chunks.append(html.unescape(c) if p.get_content_subtype() == "html" else c)
    return "\n".join(chunks)


def check_labels(msg, e, text_lang):
    """Labels well formed and consistent with the mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKSHOPS for w in wg) or len(set(wg)) != len(wg):
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
    if (e["bounced_recipient"] is None) != (kind != "bounce"):
        problems.append("bounced_recipient only (and always) for bounces")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} unknown")
    text = decoded_text(msg)
    flat = re.sub(r"\s+", " ", text)      # names may be wrapped across lines
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        else:
            heads = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in heads and em not in text.lower():
                problems.append(f"email {em} not in From/Reply-To or text")
        if not e["name"] or e["name"] not in flat:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in flat:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} vs text language {text_lang}")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None:
            problems.append("change/cancellation does not answer our mail")
        if "Afrika-Diaspora-Forum Bochum 2027" not in text or not (
                "Angemeldete Personen:" in text or "Ihre Anmeldung:" in text):
            problems.append("change/cancellation does not quote our mail")
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
    if not (FIRST <= when < LAST):
        problems.append(f"date {when} outside Aug-Oct 2027")
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
    for dom in re.findall(r"\bwww\.([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom != "w3.org":
            problems.append(f"non-example web host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(msg, expected, text_lang)
    return problems


def check_corpus(built, datas):
    """Checks across mails: distinct senders, the config's workshop ids."""
    problems = []
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        froms = msg["From"].addresses
        if len(froms) != 1 or not froms[0].domain:
            problems.append(f"From {msg['From']!r} is not exactly one address")
            continue
        senders[froms[0].addr_spec.lower()] += 1
    for s, n in senders.items():
        if n > 1:
            problems.append(f"sender {s} appears {n} times")
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    ids = tuple(w["id"] for w in cfg["workgroups"])
    if ids != WORKSHOPS:
        problems.append(f"config.toml workshop ids {ids} != {WORKSHOPS}")
    if cfg["event"]["registration_address"] != ADF:
        problems.append("config.toml registration_address differs")
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda c: (-sum(
        1 for _, _, _, t in built if t == c), c))
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
    print(f"  {'':13}" + "".join(f"{c:>5}" for c in langs) + "  total")
    for k in KINDS:
        row = [table[(k, c)] for c in langs]
        print(f"  {k:13}" + "".join(f"{n or '-':>5}" for n in row) + f"  {sum(row):5}")
    print(f"  {'all':13}" + "".join(
        f"{sum(table[(k, c)] for k in KINDS):>5}" for c in langs) + f"  {len(built):5}")
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

    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_corpus(built, datas):
        print(f"corpus: {problem}")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
