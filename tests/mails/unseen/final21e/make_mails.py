#!/usr/bin/env python3
"""Build the "final21e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config).
Registrations that come with needs and practical questions: wheelchair access,
sign-language and spoken interpretation, childcare, halal/vegetarian/vegan food,
allergies, parking and public transport, certificates of attendance, coming late
or leaving early, flyers and roll-up banners, photo consent.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes) and that the labels are well formed and agree
with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
The helpers up to the mail list are taken over from ../../shared/corpus/dev.
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
import unicodedata
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

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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


def outlook_html(text, quote=None):
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
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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




# ---------------------------------------------------------------------------
# helpers added for this set
# ---------------------------------------------------------------------------

DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")
RU_LABELS = ("От:", "Отправлено:", "Кому:", "Тема:")


def outlook_html_x(text, quote=None, labels=DE_LABELS, meta_charset="Windows-1252",
                   lang="DE"):
    """outlook_html() with other header labels, charset meta and body language."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:{lang}'>{labels[0]}</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:{lang}'> {esc(von)} <br>\n"
                   f"<b>{labels[1]}</b> {esc(gesendet)}<br>\n"
                   f"<b>{labels[2]}</b> {esc(an)}<br>\n"
                   f"<b>{labels[3]}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = (OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={meta_charset}")
            .replace("<body lang=DE ", f"<body lang={lang} "))
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain_x(text, quote=None, labels=DE_LABELS, rule=True):
    """The text/plain alternative next to outlook_html_x()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    line = "________________________________\n" if rule else ""
    return (f"{text}\n\n{line}{labels[0]} {von}\n{labels[1]} {gesendet}\n"
            f"{labels[2]} {an}\n{labels[3]} {betreff}\n\n{quoted}")


def gmail_reply(text, attribution, quoted, rtl=False):
    """(plain, html) of a Gmail reply: new text, attribution line, quote."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    html_text = (f"<div{d}>{inner}</div><br><div class=\"gmail_quote\">"
                 f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                 "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 f"{q}</blockquote></div>\n")
    return plain, html_text


def conf_id(stamp, tag):
    """Message-ID of a confirmation mailbot sent at `stamp` (YYYYMMDDHHMMSS)."""
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------
#
# Labelling decisions beyond the corpus conventions (see README.md):
#  * a mail that registers now and names a condition ("melden Sie uns schon mal
#    an ... nur wenn es Kinderbetreuung gibt") is a registration; a mail that
#    will register only after an answer ("wenn ja, melden wir uns an") is a
#    question;
#  * party_size counts the adults who attend: an assistant, interpreter or
#    companion who comes is counted, children for the childcare or a baby are
#    not, and a person the writer will "register later" is not;
#  * when several persons go to different workgroups, workgroups is the
#    writer's own choice and party_size counts everyone (vereinsforum rule 3).


# -- 001 ---------------------------------------------------------------------
# Wheelchair user registers with her personal assistant (2) for AG 1 and asks
# about step-free access and an accessible toilet; Thunderbird reply that
# quotes the whole invitation (all three AGs appear in the quote).

@mail("hamidi-brandt-rollstuhl-quoting-invitation", "2027-01-13 09:12:40",
      E("registration", "l.hamidi-brandt@migration-behinderung.example", "Leyla Hamidi-Brandt",
        "Netzwerk Migration und Behinderung Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla Hamidi-Brandt <l.hamidi-brandt@migration-behinderung.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1f7c2e-8d90-4a3b-b6e1-0c5d2f9a7e13@migration-behinderung.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung, da bin ich gern dabei! Ich melde mich für
die AG 1 (Bildungssystem) an. Da ich im Rollstuhl sitze, begleitet mich
meine persönliche Assistenz, Frau Kerstin Wolters – wir sind also zu
zweit.

Dazu zwei Fragen:
- Ist das Stadtweinhaus stufenlos erreichbar bzw. gibt es einen Aufzug
  zu dem Raum, in dem die AG 1 stattfindet? Mein E-Rollstuhl ist recht
  breit (ca. 70 cm).
- Gibt es vor Ort eine rollstuhlgerechte Toilette?

Falls es da Schwierigkeiten gibt, sagen Sie mir bitte rechtzeitig
Bescheid, dann finden wir sicher eine Lösung.

Herzliche Grüße
Leyla Hamidi-Brandt

-- 
Netzwerk Migration und Behinderung Münster e.V.
Peer-Beratung | Di + Do 10-14 Uhr
Tel. 0251 20 87 45 10

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative in UTF-8 base64: three persons
# ("ben ve iki arkadaşım"), the 1st workgroup by ordinal, plus a question
# whether the food is halal (a vegetarian option would also do).

KOC_TEXT = """Merhabalar,

13 Mart'taki Göçmen Dernekleri Günü (Tag der Migrantenselbstorganisationen) için kayıt olmak istiyoruz. Derneğimizden 3 kişi geleceğiz (ben ve iki arkadaşım). Hepimiz 1. çalışma grubuna katılmak istiyoruz, yani eğitim konusu (Bildungssystem), çünkü derneğimizde velilerle çok çalışıyoruz.

Bir de sorum var: ikramda verilecek yemekler helal mi olacak? Helal değilse vejetaryen bir seçenek de olur, bizim için sorun değil. Önceden bilmek isteriz.

Teşekkürler, iyi çalışmalar.

Emine Koç
Münster Türk Veliler Derneği"""


@mail("koc-turkish-helal-question", "2027-01-13 18:40:05",
      E("registration", "emine.koc.ms@mail.example", "Emine Koç",
        "Münster Türk Veliler Derneği", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Koç <emine.koc.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO günü kayıt + yemek sorusu"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kQp8v2NwX7rT1bZ9mL4cY6dH0sJe5gUa2oRi8nBq3xWt7Kw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOC_TEXT, gmail_html(KOC_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# Question, not registration: two deaf members would register for AG 2 only
# if sign-language interpreters are there ("Wenn es Dolmetscher gibt, melden
# wir uns gern zu zweit für die AG 2 an").  Organisation inflected in the text
# ("vom Internationalen ..."), base form in the signature.

@mail("ilic-gebaerdensprache-conditional-question", "2027-01-14 10:05:31",
      E("question", "dragan.ilic@igv-muenster.example", "Dragan Ilić",
        "Internationaler Gehörlosenverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Dragan Ilić <dragan.ilic@igv-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Gebärdensprachdolmetscher beim MSO-Tag?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c7d9e41-5a3b-4f08-9e6c-d1b0a7f3c825-1768381531207@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir sind zwei gehörlose Mitglieder vom Internationalen Gehörlosenverein Münster e.V. und haben die Einladung zum Tag der Migrantenselbstorganisationen bekommen. Das Thema Zukunftsprozess (AG 2) interessiert uns sehr.

Unsere Frage: Wird es Gebärdensprachdolmetscher (DGS) geben, beim Auftakt und in den Arbeitsgruppen? Ohne Dolmetscher können wir leider nicht teilnehmen.

Wenn es Dolmetscher gibt, melden wir uns gern zu zweit für die AG 2 an. Wenn nicht: Dürfen wir eigene Dolmetscher mitbringen, und übernimmt die Stadt dann die Kosten?

Bitte antworten Sie per E-Mail, wir können nicht telefonieren.

Viele Grüße
Dragan Ilić
Internationaler Gehörlosenverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic, Gmail right-to-left alternative, UTF-8 quoted-printable: "me and my
# colleague" (2), the third workgroup; two numbered questions (halal food, a
# place to pray) that are not workgroup numbers.  Arabic signature, Latin
# display name.

ALNOURI_TEXT = """السلام عليكم،

أرجو تسجيلي أنا وزميلي في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار في مونستر. نودّ المشاركة في مجموعة العمل الثالثة (التمويل وإدارة الجمعيات – Förderung).

عندي سؤالان:
1. هل سيكون الطعام حلالاً؟
2. هل يوجد مكان صغير للصلاة؟ صلاة الظهر تقع في وقت الفعالية.

شكراً جزيلاً لكم.

خالد النوري
Deutsch-Irakischer Kulturverein Münster e.V."""


@mail("alnouri-arabic-halal-prayer-room", "2027-01-15 20:31:17",
      E("registration", "khaled.alnouri@dik-muenster.example", "خالد النوري",
        "Deutsch-Irakischer Kulturverein Münster e.V.", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Nouri <khaled.alnouri@dik-muenster.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – يوم منظمات المهاجرين 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAJ2nR7wQ4tK9pX1mV6bZ3cL8sH0dF5gYe2uA7oNi4rB1xTq9Lm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALNOURI_TEXT, gmail_html(ALNOURI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# English, Outlook multipart/alternative (windows-1252 QP): first choice
# workgroup 3, second choice workgroup 1; asks for a certificate of attendance.
# Display name "Surname, First name"; a title line in the signature.

EZE_TEXT = """Dear Ms Meza Correa-Flock,

I would like to register for the Day of Migrant Self-Organisations on 13 March 2027. My first choice would be workgroup 3 (funding and association management), my second choice workgroup 1.

One question: would it be possible to receive a certificate of attendance (Teilnahmebescheinigung) after the event? I am doing a training as a volunteer coordinator and have to document my further education hours.

Kind regards,
Chidinma Eze
Secretary
Igbo Cultural Association Münster e.V."""


@mail("eze-english-certificate-two-choices", "2027-01-18 08:47:22",
      E("registration", "c.eze@igbo-muenster.example", "Chidinma Eze",
        "Igbo Cultural Association Münster e.V.", ["AG3", "AG1"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", '"Eze, Chidinma" <c.eze@igbo-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Thread-Topic", "Registration - MSO Day 13 March"),
           ("Thread-Index", "AdtpQ7c2Fh1Kp8Rz3mW0xYb5nT9eLA=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR03MB8841A7C3E0F2B5D6A9C8E1F0B3D2@DU2PR03MB8841.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, outlook_html_x(EZE_TEXT, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Farsi, UTF-8 base64, Persian digits (۱۳ مارس): the first workgroup; her
# daughter comes along to translate ("پس ما دو نفر هستیم" -> 2).  Asks
# whether there is a Persian interpreter.  Name and organisation in Persian
# script; the display name is Latin.

@mail("kazemi-farsi-daughter-translates", "2027-01-18 21:15:48",
      E("registration", "fereshteh.kazemi@mail.example", "فرشته کاظمی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 2, "fa"), "fa", tz=1)
def _(m):
    m.head(("From", "Fereshteh Kazemi <fereshteh.kazemi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام روز سازمان‌های مهاجرین"),
           ("Date", m.date),
           ("Message-ID", "<1768767348.2291044.1768767348512@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.21952 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام و احترام،

من فرشته کاظمی هستم، عضو انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای روز سازمان‌های خودجوش مهاجرین (Tag der Migrantenselbstorganisationen) در تاریخ ۱۳ مارس ثبت نام کنم.
من به گروه کاری اول، یعنی موضوع آموزش و مدرسه، علاقه دارم.

آلمانی من هنوز خیلی خوب نیست. آیا در گروه‌های کاری مترجم فارسی هم خواهد بود؟ به هر حال دخترم همراه من می‌آید تا برایم ترجمه کند، پس ما دو نفر هستیم.

با تشکر فراوان
فرشته کاظمی
""", charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Conditional registration that registers now: "bitte melden Sie uns schon mal
# an ... AG 2, wir sind zu dritt" - they can only come if there is childcare,
# otherwise she will cancel.  Children are not counted.  Organisation only
# inflected in the text, base form in the signature.

@mail("el-idrissi-childcare-condition-registers-now", "2027-01-19 13:02:11",
      E("registration", "samira.elidrissi@mail.example", "Samira El Idrissi",
        "Marokkanischer Elternverein Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Samira El Idrissi <samira.elidrissi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (unter Vorbehalt Kinderbetreuung)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e4a1c70-3d5f-4b92-a7e0-6f2c9d1b5e48-1768824131095@3c-app-gmx-bap21>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

bitte melden Sie uns schon mal für den MSO-Tag an, damit wir einen Platz haben: Arbeitsgruppe 2 (Zukunftsprozess), wir sind zu dritt – ich, mein Mann Youssef und unsere Nachbarin Khadija Ouali, alle vom Marokkanischen Elternverein.

Allerdings können wir nur kommen, wenn es während der Arbeitsgruppen eine Kinderbetreuung gibt. Wir haben zusammen vier Kinder zwischen 2 und 9 Jahren. Falls es keine Betreuung gibt, sagen Sie mir bitte Bescheid, dann melde ich uns wieder ab.

Vielen Dank!
Samira El Idrissi
Marokkanischer Elternverein Münster e.V. – Vorstand
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Ukrainian in KOI8-U, 8bit; RFC 2047 subject in KOI8-U base64.  "Нас буде
# двоє" = 2, "третій робочій групі" = AG 3; asks about parking and the bus
# from the station.  Cyrillic signature, Latin display name.

@mail("melnyk-ukrainian-koi8u-parking", "2027-01-20 07:55:36",
      E("registration", "iryna.melnyk@mail.example", "Ірина Мельник",
        "Спілка українців Мюнстера", ["AG3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Iryna Melnyk <iryna.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Реєстрація на День організацій мігрантів", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270120075536.4f2a9c@mail.example>"),
           ("X-Mailer", "Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Хочу зареєструватися на День організацій мігрантів 13 березня. Нас буде двоє: я та моя колега Наталія з нашої спілки. Ми хотіли б працювати в третій робочій групі (фінансування та управління об'єднанням).

Підкажіть, будь ласка, як краще доїхати до Штадтвайнгаузу? Ми живемо в Гільтрупі. Чи є поруч парковка, чи краще їхати автобусом від вокзалу?

Заздалегідь дякую!
З повагою,
Ірина Мельник
Спілка українців Мюнстера
""", charset="koi8-u", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Exchange out-of-office (Auto-Submitted: auto-generated) answering a
# confirmation; it names a colleague's address.

ALTHOFF_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 18.01. bis einschließlich 29.01.2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Pieper, pieper@stadtteilhaus-kinderhaus.example.

Mit freundlichen Grüßen
Bernd Althoff
Stadtteilhaus Kinderhaus"""


@mail("althoff-exchange-out-of-office", "2027-01-21 11:30:09",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Althoff, Bernd" <b.althoff@stadtteilhaus-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbD1xk2Wq8Rz0nM5cY7bT3eLpGw=="),
           ("Date", m.date),
           ("Message-ID", "<6a1e9d3c2b7f4e05@EXCH02.stadtteilhaus-kinderhaus.example>"),
           ("In-Reply-To", conf_id("20270121122952", "7c1a")),
           ("References", conf_id("20270121122952", "7c1a")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ALTHOFF_OOF), outlook_html(ALTHOFF_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP): AG 3, alone; he can only come at
# 12:30 because of his market stall and asks whether joining late is fine.
# "Schatzmeister" and a phone number in the signature.

KORKMAZ_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an. Ich möchte an der AG 3 teilnehmen.

Leider kann ich erst gegen 12:30 Uhr da sein, da ich samstags vormittags auf dem Wochenmarkt am Domplatz meinen Stand habe. Ist es in Ordnung, wenn ich später dazukomme und direkt in die Arbeitsgruppe gehe? Die Arbeitsgruppe am Nachmittag ist für mich das Wichtigste.

Mit freundlichen Grüßen

Mehmet Ali Korkmaz
Schatzmeister
Deutsch-Türkischer Unternehmerverein Münster e.V.
Tel. 0171 / 4 38 22 19"""


@mail("korkmaz-outlook-html-comes-late", "2027-01-22 09:41:53",
      E("registration", "m.korkmaz@dtuv-muenster.example", "Mehmet Ali Korkmaz",
        "Deutsch-Türkischer Unternehmerverein Münster e.V.", ["AG3"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Korkmaz, Mehmet Ali" <m.korkmaz@dtuv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtsTb0x9Qm3Zk7nR2wPc5Ye1vHuXg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB7790E2C1A4B3D6F5E8A7C0B9D2E1@AS8PR04MB7790.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KORKMAZ_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Somali from a phone, UTF-8 QP: three women ("saddex haween ah"), the first
# workgroup ("kooxda shaqada ee koowaad"); asks about childcare for two
# children (4 and 6), who are not counted.

@mail("xasan-somali-childcare-question", "2027-01-23 16:20:14",
      E("registration", "faadumo.cali@mail.example", "Faadumo Cali Xasan",
        "Ururka Haweenka Soomaaliyeed ee Münster", ["AG1"], 3, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Cali <faadumo.cali@mail.example>"),
           ("To", MSO),
           ("Subject", "Diiwaangelin - MSO-Tag 13 Maarso"),
           ("Date", m.date),
           ("Message-ID", "<CAPm4Tx9r2Lw7bQ0zK5nV8cY3dH6sJ1gFe4uA9oRi2nB7xWq5Pa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Asalaamu calaykum,

Magacaygu waa Faadumo Cali Xasan. Waxaan ahay guddoomiyaha Ururka Haweenka Soomaaliyeed ee Münster.
Waxaan rabnaa inaan iska diiwaangelinno Maalinta Ururada Muhaajiriinta (Tag der Migrantenselbstorganisationen) ee 13ka Maarso.
Waxaan nahay saddex haween ah. Waxaan dooranaynaa kooxda shaqada ee koowaad (waxbarashada / Bildung).

Su'aal ayaan qabaa: ma jirtaa cid ilaalisa carruurta inta ay kooxaha shaqadu socdaan? Waxaan wadan doonnaa laba carruur ah (4 iyo 6 jir).

Mahadsanid,
Faadumo Cali Xasan

Waxaa laga soo diray taleefankayga
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Kurmanji in ISO-8859-9 QP (ê, î, û, ş): two persons, the third workgroup
# ("koma xebatê ya sêyemîn"); asks whether photos are taken, her friend does
# not want to be published.

@mail("baran-kurmanji-photo-consent", "2027-01-25 19:03:27",
      E("registration", "rojda.baran@mail.example", "Rojda Baran",
        "Komeleya Jinên Kurd a Münsterê", ["AG3"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Baran <rojda.baran@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Qeydkirin - Roja Rêxistinên Koçberan", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<7e2d5a91-c4b8-4f36-90a1-3b8e6c2f0d57@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ku"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez Rojda Baran im, ji Komeleya Jinên Kurd a Münsterê. Ez dixwazim xwe ji bo Roja Rêxistinên Koçberan (Tag der Migrantenselbstorganisationen) a 13ê Adarê qeyd bikim. Em ê du kes bin: ez û hevala min Berfîn.
Em dixwazin beşdarî koma xebatê ya sêyemîn bibin (Förderung û Vereinsmanagement).

Pirsek min jî heye: gelo di vê rojê de wêne têne kişandin? Hevala min naxwaze ku wêneyê wê li ser înternetê an jî di rojnameyê de were weşandin. Ji kerema xwe re agahiyê bidin me.

Bi silav,
Rojda Baran
Komeleya Jinên Kurd a Münsterê
""", charset="iso-8859-9", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Spanish, ISO-8859-1 QP: two persons (she and her husband), group 2, else
# group 3; asks for a vegan option and mentions a nut allergy.

@mail("fernandez-spanish-vegan-nut-allergy", "2027-01-26 12:48:02",
      E("registration", "lucia.fernandez@alm-muenster.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster e.V.", ["AG2", "AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@alm-muenster.example",
                         "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", ew("Inscripción Jornada de Organizaciones de Migrantes", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270126124802.Horde.kQ3nV7bX2mT9@webmail.alm-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Quisiera inscribirme, junto con mi marido, en la Jornada de las Organizaciones de Migrantes del 13 de marzo. Somos dos personas. Nos interesa sobre todo el grupo de trabajo 2 (el proceso de futuro de Münster); si ya está completo, el grupo 3.

Dos preguntas sobre la comida: ¿habrá alguna opción vegana? Y mi marido es alérgico a los frutos secos (nueces, avellanas, cacahuetes). ¿Se podría tener en cuenta?

Muchas gracias y un saludo cordial,
Lucía Fernández Ortega
Asociación Latinoamericana de Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 8bit.  Question, not registration: "Eğer çocuk bakımı
# olursa 3 kişi olarak gelip 2. çalışma grubuna kayıt yaptıracağız" - they
# will register only after hearing that there is childcare.

@mail("sari-turkish-childcare-conditional-question", "2027-01-27 10:10:44",
      E("question", "dilek.sari@mail.example", "Dilek Sarı",
        "Kinderhaus Türk Kadınlar Kulübü", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Dilek Sarı", "dilek.sari@mail.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Çocuk bakımı var mı? (MSO-Tag 13 Mart)", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1769505044.339127.6602@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart'taki MSO-Tag'e katılmayı çok istiyoruz, ama küçük çocuklarımız var. Çalışma grupları sırasında çocuk bakımı (Kinderbetreuung) olacak mı?

Eğer çocuk bakımı olursa 3 kişi olarak gelip 2. çalışma grubuna (Zukunftsprozess) kayıt yaptıracağız. Olmazsa maalesef gelemeyiz.

Cevabınızı bekliyorum.
Selamlar,
Dilek Sarı
Kinderhaus Türk Kadınlar Kulübü
""", charset="iso-8859-9", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Form block with needs: "Personen: 2", "AG 2, falls voll AG 1", food,
# a rollator, certificates; a question about the bus line ("Linie 2 oder
# 10?" are not workgroups).

@mail("acar-form-block-rollator", "2027-01-28 15:33:50",
      E("registration", "guelsen.acar@mail.example", "Gülsen Acar",
        "Deutsch-Türkischer Seniorentreff Münster e.V.", ["AG2", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gülsen Acar", "guelsen.acar@mail.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b3e1f8a2-6c0d-4e79-8a15-2d9f7c4b1e60-1769610830442@3c-app-webde-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

anbei unsere Anmeldung:

Name: Gülsen Acar
Verein: Deutsch-Türkischer Seniorentreff Münster e.V.
Personen: 2 (ich und Herr Nurettin Özkan)
Arbeitsgruppe: AG 2, falls voll AG 1
Essen: kein Schweinefleisch bitte
Barrierefreiheit: Herr Özkan geht mit Rollator, er braucht einen Sitzplatz nah am Eingang
Teilnahmebescheinigung: ja, bitte für beide

Wir kommen mit dem Bus (Linie 2 oder 10?) - welche Haltestelle ist am nächsten?

Mit freundlichen Grüßen
Gülsen Acar
""", charset="utf-8", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Advertising (other): a caterer offers halal, vegan and gluten-free food
# "for your event"; it names the event and asks to "answer this e-mail".

LEZZET_TEXT = """Sehr geehrtes Organisationsteam,

wir haben gelesen, dass am 13. März der Tag der Migrantenselbstorganisationen im Stadtweinhaus stattfindet. Dürfen wir Ihnen unser Catering-Angebot vorstellen?

- Fingerfood und warme Speisen, 100 % halal-zertifiziert
- vegane und vegetarische Buffets
- glutenfreie und allergenfreundliche Gerichte mit vollständiger Kennzeichnung
- ab 40 Personen, Lieferung und Aufbau im Stadtgebiet Münster kostenlos

Gern schicken wir Ihnen ein unverbindliches Angebot für 90 Personen. Antworten Sie einfach auf diese E-Mail oder rufen Sie uns an: 0251 61 88 40.

Mit freundlichen Grüßen
Ihr Team von Lezzet Catering
Hafenweg 14, 48155 Münster

Sie möchten keine Informationen mehr von uns erhalten? Schreiben Sie an abmelden@lezzet-catering.example"""

LEZZET_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<p>Sehr geehrtes Organisationsteam,</p>
<p>wir haben gelesen, dass am 13. März der Tag der Migrantenselbstorganisationen im Stadtweinhaus stattfindet. Dürfen wir Ihnen unser Catering-Angebot vorstellen?</p>
<ul>
<li>Fingerfood und warme Speisen, <b>100 % halal-zertifiziert</b></li>
<li>vegane und vegetarische Buffets</li>
<li>glutenfreie und allergenfreundliche Gerichte mit vollständiger Kennzeichnung</li>
<li>ab 40 Personen, Lieferung und Aufbau im Stadtgebiet Münster kostenlos</li>
</ul>
<p>Gern schicken wir Ihnen ein unverbindliches Angebot für 90 Personen. Antworten Sie einfach auf diese E-Mail oder rufen Sie uns an: 0251 61 88 40.</p>
<p>Mit freundlichen Grüßen<br>Ihr Team von Lezzet Catering<br>Hafenweg 14, 48155 Münster</p>
<p style="font-size:11px;color:#999;">Sie möchten keine Informationen mehr von uns erhalten? Schreiben Sie an <a href="mailto:abmelden@lezzet-catering.example">abmelden@lezzet-catering.example</a></p>
</body></html>
"""


@mail("lezzet-catering-advertising", "2027-01-29 09:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Lezzet Catering <info@lezzet-catering.example>"),
           ("To", MSO),
           ("Subject", "Catering für Ihre Veranstaltung am 13. März? Halal, vegan, glutenfrei"),
           ("Date", m.date),
           ("Message-ID", "<20270129080000.61f2c8@mailer.lezzet-catering.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@lezzet-catering.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(LEZZET_TEXT, LEZZET_HTML, charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Russian in windows-1251 QP, Cyrillic display name as RFC 2047 B words in
# windows-1251: the second workgroup ("во второй рабочей группе"), alone;
# she has to leave at 14:30 for her train.

@mail("vorobyova-russian-leaves-early", "2027-02-01 17:45:19",
      E("registration", "tatjana.worobjowa@mail.example", "Татьяна Воробьёва",
        "Культурный центр «Мост»", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Воробьёва", "tatjana.worobjowa@mail.example",
                         "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769964319.512077301@f217.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Прошу зарегистрировать меня на День организаций мигрантов 13 марта. Я представляю культурный центр «Мост» и хотела бы участвовать во второй рабочей группе – о будущем Мюнстера.

Одна просьба: я смогу остаться только до 14:30, потому что в 15 часов у меня поезд в Билефельд. Можно ли уйти из рабочей группы раньше? Если это мешает работе группы, скажите, пожалуйста.

С уважением,
Татьяна Воробьёва
Культурный центр «Мост», Мюнстер
""", charset="windows-1251", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change of party size only (1 -> 2): her husband comes after all because
# there is childcare; Gmail (German) quote of the confirmation (AG 3, 1).
# Asks whether the children must be registered.  No new workgroup.

JOANNA_CONF = conf_id("20270120174211", "2e9b")


@mail("wisniewska-kraft-change-husband-comes", "2027-02-02 11:12:58",
      E("change", "joanna.wisniewska@mail.example", "Joanna Wiśniewska-Kraft",
        None, [], 2, "de"), "de")
def _(m):
    m.head(("From", "Joanna Wiśniewska-Kraft <joanna.wisniewska@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9vT2qX6nL0wR4bZ8mK1cY7dH3sJ5gFa9uO2pNi6rB4xWe1Tq@mail.gmail.example>"),
           ("In-Reply-To", JOANNA_CONF),
           ("References", JOANNA_CONF),
           ("MIME-Version", "1.0"))
    text = """Hallo liebes MSO-Team,

danke für die Bestätigung und für die Info, dass es eine Kinderbetreuung geben wird! Dann kommt mein Mann Piotr doch mit – bitte tragen Sie uns also zu zweit ein. Unsere zwei Kinder (3 und 6) würden wir dann in die Kinderbetreuung geben. Müssen wir die Kinder dafür extra anmelden?

Viele Grüße
Joanna Wiśniewska-Kraft"""
    attribution = (f"Am Mi., 20. Jan. 2027 um 17:42 Uhr schrieb Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")
    plain, html_text = gmail_reply(text, attribution,
                                   confirmation("Frau Wiśniewska-Kraft", "AG3", 1))
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# French from the association's shared mailbox with a personal Reply-To (he
# also asks to confirm there); three persons, "l'atelier 1"; asks whether
# they may bring leaflets and a roll-up, and attaches their leaflet (PDF).

NIYONZIMA_TEXT = """Bonjour Madame, Monsieur,

Je me permets de vous écrire au nom de la Communauté Burundaise de Münster. Nous souhaitons participer à la journée du 13 mars 2027 et nous serons trois : moi-même, notre trésorière et un jeune membre de l'association. Nous aimerions tous les trois rejoindre l'atelier 1 (système éducatif).

Nous aurions aussi une question : pouvons-nous apporter quelques dépliants sur nos activités et notre roll-up (kakémono) ? Nous n'avons pas besoin de stand, juste un petit coin près de l'entrée. Je vous joins notre dépliant pour que vous puissiez voir de quoi il s'agit.

Merci de bien vouloir envoyer la confirmation à mon adresse personnelle, la boîte « contact » n'est pas consultée tous les jours.

Bien cordialement,
Jean-Baptiste Niyonzima
Secrétaire général
Communauté Burundaise de Münster"""


@mail("niyonzima-french-reply-to-flyer-rollup", "2027-02-03 14:27:06",
      E("registration", "jb.niyonzima@mail.example", "Jean-Baptiste Niyonzima",
        "Communauté Burundaise de Münster", ["AG1"], 3, "fr"), "fr")
def _(m):
    m.head(("From", addr("Communauté Burundaise de Münster", "contact@cbm-muenster.example",
                         "windows-1252", "q")),
           ("Reply-To", "Jean-Baptiste Niyonzima <jb.niyonzima@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscription - Journée des organisations de migrants (3 personnes)"),
           ("Date", m.date),
           ("Message-ID", "<a41c7e2f9b3d5e08@cbm-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    body = m.alternative(NIYONZIMA_TEXT, div_html(NIYONZIMA_TEXT, "font-family: Calibri, sans-serif; font-size: 11pt;"),
                         charset="windows-1252", cte="quoted-printable", top=False)
    pdf = m.binary(make_pdf(["Communaute Burundaise de Muenster",
                             "Cours de kirundi pour enfants - samedi 10h",
                             "Soutien scolaire - mercredi 15h",
                             "Danse et tambours - contact@cbm-muenster.example"]),
                   "application", "pdf", "Depliant_CBM_2027.pdf")
    m.multi("mixed", [body, pdf])


# -- 020 ---------------------------------------------------------------------
# A blind woman registers for "Münsters Zukunftsprozess" and comes alone with
# her guide dog (the dog is no person); numbered requests (1., 2.) about the
# dog and accessible documents.  UTF-8 base64 from a Samsung phone.

@mail("hadzic-blind-guide-dog", "2027-02-04 08:30:42",
      E("registration", "amra.hadzic@mail.example", "Amra Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Amra Hadžić <amra.hadzic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung und Bitte um barrierefreie Unterlagen"),
           ("Date", m.date),
           ("Message-ID", "<q8w2e5.1770190242.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich zum Tag der Migrantenselbstorganisationen anmelden, für die Arbeitsgruppe Münsters Zukunftsprozess. Ich komme allein, das heißt zusammen mit meinem Blindenführhund Bela.

Ich bin blind und hätte zwei Bitten:
1. Darf der Führhund mit in den Saal und in die Arbeitsgruppe? Er ist ruhig und gut ausgebildet.
2. Könnten Sie mir das Programm und eventuelle Unterlagen für die Arbeitsgruppe vorab als Word-Datei oder barrierefreies PDF schicken? Ausgedruckte Handouts kann ich leider nicht lesen.

Vielen Dank und freundliche Grüße
Amra Hadžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V.

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="base64")


# -- 021 ---------------------------------------------------------------------
# Somali question only: interpreter, cost, non-members; "waxaan jeclaan
# lahayn in aan ka qayb galno" (we would like to take part) registers no one.

@mail("nuur-somali-question-interpreter", "2027-02-05 20:18:33",
      E("question", "c.maxamed@mail.example", "Cabdiraxmaan Maxamed Nuur",
        "Bulshada Soomaalida ee Münster", [], None, "so"), "so")
def _(m):
    m.head(("From", "Cabdiraxmaan Maxamed <c.maxamed@mail.example>"),
           ("To", MSO),
           ("Subject", "Su'aal ku saabsan MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAGp7Wz3s9Kx1bN6qT4mV0cL8dY2hR5jFe7uA3oSi9nB1xQw4Ez@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaan,

Waxaan ahay xubin ka tirsan Bulshada Soomaalida ee Münster. Waxaan maqlay in 13ka Maarso uu jiro kulan loogu talagalay ururada muhaajiriinta.

Waxaan qabaa dhowr su'aalood:
- Ma jiri doonaa turjumaan af-Soomaali ah? Qaar ka mid ah xubnahayaga Jarmalka si fiican uma yaqaannaan.
- Ma lacag baa la bixinayaa, mise waa bilaash?
- Ma imaan karaan dad aan ururka xubin ka ahayn?

Haddii ay suurtagal tahay, waxaan jeclaan lahayn in aan ka qayb galno.

Mahadsanid,
Cabdiraxmaan Maxamed Nuur
Bulshada Soomaalida ee Münster
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English, Apple Mail alternative: three named persons, workgroup 1; one uses
# a wheelchair, one is vegetarian; asks about disabled parking.

OWUSU_TEXT = """Dear organising team,

Please register three of us from the African Women's Forum Münster for the MSO day on 13 March: myself, Efua Mensah-Bonsu and Adjoa Kyei. We would all like to join workgroup 1 (education).

A few practical points:
- Adjoa uses a wheelchair. Could you make sure there is space for her in the workgroup room?
- Efua is vegetarian.
- We will come by car. Is there disabled parking close to the Stadtweinhaus?

Thank you very much, we are looking forward to it!

Warm regards,
Ama Owusu-Ansah
African Women's Forum Münster"""


@mail("owusu-ansah-english-three-wheelchair-vegetarian", "2027-02-08 10:02:15",
      E("registration", "ama.owusu@awf-muenster.example", "Ama Owusu-Ansah",
        "African Women's Forum Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Ama Owusu-Ansah <ama.owusu@awf-muenster.example>"),
           ("Subject", "Registration for 13 March - three persons"),
           ("Message-Id", "<5D8E1A2B-7C3F-4E90-A6B1-2F9C0D4E8A71@awf-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(OWUSU_TEXT, apple_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 023 ---------------------------------------------------------------------
# A social worker forwards his colleague's internal note (Outlook "WG:",
# UTF-8 because of "ğ") and registers both of them for AG 2 in his own text;
# the forwarded note also says "AG 1 wäre aber auch ok", which is not his
# choice.  Both need certificates for their employer.

TERHORST_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich meine Kollegin Merve Aydoğan und mich für den Tag der Migrantenselbstorganisationen an, wir möchten beide in die AG 2. Unten die Nachricht meiner Kollegin zur Info.

Wir bräuchten beide eine Teilnahmebescheinigung, die wir bei unserem Träger als Fortbildung einreichen können. Ist das möglich?

Mit freundlichen Grüßen
Jonas Terhorst
Migrationsberatung
Sozialwerk St. Lamberti e.V.
Tel. 0251 53 98 21-14"""

TERHORST_FWD = ("Aydoğan, Merve <m.aydogan@sozialwerk-lamberti.example>",
                "Montag, 8. Februar 2027 16:02",
                "Terhorst, Jonas <j.terhorst@sozialwerk-lamberti.example>",
                "MSO-Tag am 13.3.?",
                """Hi Jonas,

wollen wir zusammen zum MSO-Tag? Ich fände die AG 2 zum Zukunftsprozess spannend, AG 1 wäre aber auch ok. Kannst du uns anmelden? Ich bin an dem Samstag frei.

LG Merve""")


@mail("terhorst-forwards-colleague-certificates", "2027-02-09 09:14:27",
      E("registration", "j.terhorst@sozialwerk-lamberti.example", "Jonas Terhorst",
        "Sozialwerk St. Lamberti e.V.", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Terhorst, Jonas" <j.terhorst@sozialwerk-lamberti.example>'),
           ("To", TO_MSO),
           ("Subject", "WG: MSO-Tag am 13.3.?"),
           ("Thread-Topic", "MSO-Tag am 13.3.?"),
           ("Thread-Index", "AQHbeQ2m7Rk0Zp3nT8cW5yX1bLvE9gAA2Jd4"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2214C7E9A0B1D2F3E4C5A6B7D8E9@FR3P281MB2214.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain_x(TERHORST_TEXT, TERHORST_FWD),
                  outlook_html_x(TERHORST_TEXT, TERHORST_FWD, meta_charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Newsletter of another organisation (other): an online seminar on accessible
# events (sign language, plain language, childcare) with its own
# "Anmeldung" link and deadline.

LNI_TEXT = """Landesnetzwerk Inklusive Vereinsarbeit NRW – Rundbrief 2/2027

Liebe Vereine, liebe Engagierte,

Online-Seminar: Barrierefreie Veranstaltungen planen
Donnerstag, 4. März 2027, 18:00–20:00 Uhr, per Zoom

Wie organisiere ich Gebärdensprachdolmetschung? Was kostet eine Kinderbetreuung, und wer fördert sie? Wie schreibe ich eine Einladung in Leichter Sprache? Im Seminar zeigen wir Checklisten und Fördermöglichkeiten für kleine Vereine.

Die Teilnahme ist kostenlos. Anmeldung bis 1. März unter https://inklusive-vereinsarbeit-nrw.example/seminare/anmeldung

Außerdem in diesem Rundbrief:
– Neue Broschüre „Mehrsprachig einladen“ zum Download
– Förderaufruf „Teilhabe vor Ort“, Frist 30. April

Sie erhalten diesen Rundbrief, weil Ihr Verein in unserem Verteiler eingetragen ist.
Abbestellen: https://inklusive-vereinsarbeit-nrw.example/rundbrief/abbestellen?id=3318"""


@mail("landesnetzwerk-rundbrief-other-seminar", "2027-02-10 13:40:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Landesnetzwerk Inklusive Vereinsarbeit NRW <rundbrief@inklusive-vereinsarbeit-nrw.example>"),
           ("To", MSO),
           ("Subject", ew("Rundbrief 2/2027: Online-Seminar „Barrierefreie Veranstaltungen planen“",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<rb-2027-02.3318.a7c2@inklusive-vereinsarbeit-nrw.example>"),
           ("List-Id", "Rundbrief LIV NRW <rundbrief.inklusive-vereinsarbeit-nrw.example>"),
           ("List-Unsubscribe", "<https://inklusive-vereinsarbeit-nrw.example/rundbrief/abbestellen?id=3318>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(LNI_TEXT, div_html(LNI_TEXT, "font-family: Verdana, sans-serif; font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Turkish with German association words ("Arbeitsgruppe 2'ye",
# "Zukunftsprozess", "Dolmetscher"), ISO-8859-9 QP: alone ("Tek kişi"),
# asks about a Turkish interpreter but comes anyway.

@mail("dogan-turkish-interpreter-question", "2027-02-11 19:55:08",
      E("registration", "cemal.dogan@karadeniz-ms.example", "Cemal Doğan",
        "Karadeniz Kültür Derneği Münster e.V.", ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Cemal Doğan", "cemal.dogan@karadeniz-ms.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Anmeldung / Kayıt MSO-Tag", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<3f9b1d07-6e2a-4c58-b0d4-e7a5c1f8b293@karadeniz-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""İyi günler,

Karadeniz Kültür Derneği Münster e.V. adına MSO-Tag'e kaydımı yaptırmak istiyorum. Tek kişi geleceğim. Arbeitsgruppe 2'ye, yani Zukunftsprozess grubuna katılmak istiyorum.

Almancam günlük konuşma için yeterli ama tartışmalarda zorlanabilirim. Çalışma gruplarında Türkçe tercüman (Dolmetscher) olacak mı? Olmazsa da gelirim, sadece bilmek istedim.

Saygılarımla
Cemal Doğan
Karadeniz Kültür Derneği Münster e.V.
Vorstandsmitglied
""", charset="iso-8859-9", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change, English Outlook reply (English header labels) to the German
# confirmation (AG 2, 2 persons): move to workgroup 1 and 3 persons instead
# of 2; numbered points.

HAILE_CONF = conf_id("20270126151207", "91d0")
HAILE_TEXT = """Dear MSO team,

Thank you for the confirmation. Two changes, please:

1. Could you move us from workgroup 2 to workgroup 1 (education)? We have just started a homework support project and the education topic fits better now.
2. We will be three persons instead of two. Our new board member Meron Abebe will join us. She uses a wheelchair, so please make sure there is enough space for her.

Best regards,
Daniel Haile
Ethiopian Community Münster e.V."""


@mail("haile-english-change-to-wg1-three", "2027-02-12 10:33:51",
      E("change", "daniel.haile@ecm-muenster.example", "Daniel Haile",
        "Ethiopian Community Münster e.V.", ["AG1"], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Daniel Haile <daniel.haile@ecm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcA3f9Kq1Wz7nR2mX5cT0bYpLvA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6093B1E7C2D4A5F6E9B8C0D1A2F3@PA4PR08MB6093.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", HAILE_CONF),
           ("References", HAILE_CONF),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Tuesday, January 26, 2027 3:12 PM",
             "Daniel Haile <daniel.haile@ecm-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Haile", "AG2", 2))
    m.alternative(outlook_plain_x(HAILE_TEXT, quote, EN_LABELS),
                  outlook_html_x(HAILE_TEXT, quote, EN_LABELS, meta_charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Dari (labelled fa), Gmail right-to-left alternative in UTF-8 base64, Dari
# words (مارچ، گروپ، تعلیم و تربیه، مکتب، اطفال، تشکر): she and her husband
# (2), the first workgroup; two small children for the childcare are not
# counted; asks whether the food is halal.

NAZARI_TEXT = """سلام علیکم،

من ذکیه نظری هستم از انجمن زنان افغان مونستر. می‌خواهم خود و شوهرم را برای روز انجمن‌های مهاجرین به تاریخ ۱۳ مارچ ثبت نام کنم. ما دو نفر هستیم و هر دو در گروپ کاری اول (تعلیم و تربیه، مکتب) اشتراک می‌کنیم.

ما دو طفل خورد داریم (۳ و ۵ ساله). آیا در وقت گروپ‌های کاری کسی از اطفال نگهداری می‌کند؟
و یک سوال دیگر: آیا غذا حلال است؟

تشکر زیاد
ذکیه نظری"""


@mail("nazari-dari-husband-children-halal", "2027-02-14 17:20:36",
      E("registration", "zakia.nazari@mail.example", "ذکیه نظری",
        "انجمن زنان افغان مونستر", ["AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Zakia Nazari <zakia.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام برای روز انجمن‌های مهاجرین"),
           ("Date", m.date),
           ("Message-ID", "<CAHr5Nq2w8Kx3bT1zV7mL9cY4dP6sJ0gFe5uA8oRi3nB2xWt6Uy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NAZARI_TEXT, gmail_html(NAZARI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Sorani Kurdish (Arabic script, labelled ku), UTF-8 QP, question before
# registering: may they bring leaflets and a roll-up, is there a table?
# Association in Sorani in the text, in German in the signature.

@mail("aziz-sorani-flyer-rollup-question", "2027-02-15 12:05:29",
      E("question", "karwan.aziz@mail.example", "کاروان عەزیز",
        "Kurdisch-Deutscher Kulturverein Münster e.V.", [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Karwan Aziz <karwan.aziz@mail.example>"),
           ("To", MSO),
           ("Subject", "پرسیار دەربارەی ڕۆژی ڕێکخراوەکانی کۆچبەران"),
           ("Date", m.date),
           ("Message-ID", "<20270215120529.7b3e41a9@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سڵاو و ڕێز،

من کاروان عەزیزم، لە کۆمەڵەی کولتووری کوردی-ئەڵمانی لە مونستەر. ئێمە دەمانەوێت بەشداری ڕۆژی ڕێکخراوەکانی کۆچبەران بکەین لە ١٣ی مارس.

پێش ئەوەی خۆمان تۆمار بکەین، پرسیارێکمان هەیە: ئایا دەتوانین فلایەر و ڕۆڵ-ئەپی (Roll-up) کۆمەڵەکەمان لەگەڵ خۆمان بهێنین؟ ئایا مێزێک بۆ ئەمە هەیە؟

زۆر سوپاس
کاروان عەزیز
Kurdisch-Deutscher Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Arabic in windows-1256 QP from the association's shared mailbox (display
# name in Arabic, RFC 2047 B in windows-1256), signed by the secretary:
# four persons ("أربعة أشخاص"), the second workgroup; asks about a roll-up
# banner and leaflets.

@mail("qasem-arabic-1256-four-rollup", "2027-02-16 09:50:12",
      E("registration", "info@pal-gemeinde-ms.example", "نزار قاسم",
        "الجالية الفلسطينية في مونستر", ["AG2"], 4, "ar"), "ar")
def _(m):
    m.head(("From", addr("الجالية الفلسطينية في مونستر", "info@pal-gemeinde-ms.example",
                         "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل أربعة أشخاص - يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000b01db8045$2c9e1f40$86da5dc0$@pal-gemeinde-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

نود تسجيل أربعة أشخاص من الجالية الفلسطينية في مونستر للمشاركة في يوم منظمات المهاجرين يوم 13 آذار. نرغب جميعاً في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess).

لدينا سؤال: هل يمكننا إحضار لافتة (Roll-up) صغيرة تعرّف بجمعيتنا ووضعها في القاعة أو عند المدخل؟ وهل يسمح بتوزيع بعض المطويات؟

مع الشكر والتقدير،
نزار قاسم
أمين السر
الجالية الفلسطينية في مونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (UTF-8 because of "ş") quoting the
# confirmation (AG 1, 3 persons): the childcare only takes children from
# three, their son is one and a half.

BEKTAS_CONF = conf_id("20270121090511", "4f6e")
BEKTAS_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den 13. März zurückziehen. Die Kinderbetreuung ist, wie Sie geschrieben haben, erst ab drei Jahren, und unser Sohn ist erst anderthalb. Eine andere Betreuung haben wir für den Samstag nicht gefunden. Bitte streichen Sie uns (3 Personen) von der Liste.

Vielleicht klappt es ja nächstes Jahr – eine Betreuung auch für die ganz Kleinen würde vielen Familien in unserem Verein die Teilnahme erleichtern.

Mit freundlichen Grüßen
Songül Bektaş
Elternnetzwerk Angelmodde e.V."""


@mail("bektas-cancel-childcare-age-outlook-html", "2027-02-17 14:01:45",
      E("cancellation", "s.bektas@elternnetz-angelmodde.example", "Songül Bektaş",
        "Elternnetzwerk Angelmodde e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Bektaş, Songül", "s.bektas@elternnetz-angelmodde.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbE2q5Wz8Rk1nT3mY7cX0bLpVdAAB3Ke7"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR05MB9012D3C4B5A6E7F8D9C0B1A2E3F4@GV1PR05MB9012.eurprd05.prod.outlook.example>"),
           ("In-Reply-To", BEKTAS_CONF),
           ("References", BEKTAS_CONF),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Donnerstag, 21. Januar 2027 09:05",
             "Bektaş, Songül <s.bektas@elternnetz-angelmodde.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Bektaş", "AG1", 3))
    m.single(outlook_html_x(BEKTAS_TEXT, quote, meta_charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Short phone mail: "AG Bildung", alone; coeliac disease, she would bring her
# own food if needed.  The association is named only in the signature.

@mail("schaefer-iphone-coeliac", "2027-02-18 21:40:03",
      E("registration", "olga.schaefer@mail.example", "Olga Schäfer",
        "Deutsch-Kasachischer Kulturverein Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Olga Schäfer <olga.schaefer@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<8C4A2E17-3B9F-4D60-A1E5-7F0B2C9D6E34@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich für den MSO-Tag am 13.3. an, AG Bildung. Ich komme für unseren Verein.

Wichtig: ich habe Zöliakie und darf nichts mit Gluten essen, auch keine Spuren. Falls das beim Imbiss schwierig ist, ist das kein Problem, dann bringe ich mir selbst etwas mit – sagen Sie mir nur kurz Bescheid.

Danke und liebe Grüße
Olga Schäfer
Deutsch-Kasachischer Kulturverein Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Question only, English, from someone already registered ("workgroup 3 (two
# persons)" is the old registration, not a new choice): photos and a
# "no photos" lanyard for a colleague, and a certificate.

@mail("adeyemi-english-photo-question-registered", "2027-02-19 11:11:38",
      E("question", "adebayo.adeyemi@mail.example", "Adebayo Adeyemi",
        "Refugee Youth Network Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Adebayo Adeyemi <adebayo.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Question about photos on 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAKx2Pq7w4Nz9bR1mT6vL3cY8dH0sJ5gFe2uA7oWi4nB9xQt1Rk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I registered two weeks ago for workgroup 3 (two persons), and we got the confirmation - thank you.

Quick question about photos: will photos or videos be taken during the day, and will they be published? My colleague has a pending asylum case and for safety reasons she must not appear in any pictures online. Is it possible to get a sticker or a lanyard that shows "no photos", like at some other events?

Also, will there be a certificate of attendance?

Many thanks,
Adebayo Adeyemi
Refugee Youth Network Münster
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change, Arabic Gmail reply with an Arabic attribution line, quoting the
# German confirmation (AG 1, 1 person): from the first to the second
# workgroup.  "الجمعية" (the association) names no organisation.

ALSAADI_CONF = conf_id("20270127101502", "b83c")
ALSAADI_TEXT = """مرحباً،

شكراً على التأكيد. أرجو نقلي من مجموعة العمل الأولى إلى مجموعة العمل الثانية (Zukunftsprozess)، لأن زميلتي من الجمعية ستشارك في المجموعة الأولى، ونريد أن نغطي موضوعين مختلفين.

مع التحية،
هدى الساعدي"""


@mail("alsaadi-arabic-change-to-ag2", "2027-02-22 08:25:17",
      E("change", "huda.alsaadi@mail.example", "هدى الساعدي", None, ["AG2"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Huda Al-Saadi <huda.alsaadi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN8tW3qR1xK6bZ9mP4vL7cY2dH5sJ0gFe8uA1oTi5nB3xWq7Mv@mail.gmail.example>"),
           ("In-Reply-To", ALSAADI_CONF),
           ("References", ALSAADI_CONF),
           ("MIME-Version", "1.0"))
    attribution = (f"في الأربعاء، 27 يناير 2027 في 10:15 ص كتب Tag der "
                   f"Migrantenselbstorganisationen <{MSO}>:")
    plain, html_text = gmail_reply(ALSAADI_TEXT, attribution,
                                   confirmation("Frau Al-Saadi", "AG1", 1), rtl=True)
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Three persons in two workgroups: the writer in AG 3, his two colleagues in
# AG 1 (workgroups = his own choice, party_size = 3); asks where to park the
# association's minibus ("9-Sitzer").  Thunderbird, UTF-8 8bit.

@mail("ahmed-split-groups-minibus", "2027-02-23 16:44:21",
      E("registration", "rebwar.ahmed@kdev-muenster.example", "Rebwar Ahmed",
        "Kurdisch-Deutscher Elternverein Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Rebwar Ahmed <rebwar.ahmed@kdev-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag, 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<c5e8a2d1-47f9-4b03-8e6a-91d2f0b7c4e5@kdev-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für den Kurdisch-Deutschen Elternverein Münster e.V. möchten wir uns zum MSO-Tag anmelden. Wir kommen zu dritt. Ich selbst gehe in die AG 3 (Förderung), meine beiden Kollegen Dilan Şêx und Hozan Ali möchten in die AG 1.

Wir kommen mit unserem Vereinsbus (9-Sitzer). Gibt es in der Nähe vom Stadtweinhaus einen Parkplatz, wo wir den Bus abstellen können, oder sollen wir lieber in ein Parkhaus fahren?

Mit freundlichen Grüßen
Rebwar Ahmed
Kurdisch-Deutscher Elternverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: the recipient's
# mailbox is full (552 5.2.2).  The returned confirmation names AG 1 and 2.

@mail("postfix-bounce-mailbox-full", "2027-02-24 10:36:04",
      E("bounce", bounced="r.osmanovic@webpost.example"), "en")
def _(m):
    rcpt = "r.osmanovic@webpost.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270224093604.2B7E41C0F5@mail.muenster.example>"),
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

<{rcpt}>: host mx.webpost.example[198.51.100.77] said: 552 5.2.2
    <{rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "2B7E41C0F5"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 24 Feb 2027 10:36:01 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    original = confirmation_message(
        f"Refik Osmanović <{rcpt}>", "Herr Osmanović", "AG1", 2,
        "Wed, 24 Feb 2027 10:36:00 +0100", conf_id("20270224103600", "5a2d"),
        "<0e7b3f2a-91c4-4d58-a6e0-b2f8d1c5e973@webpost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# Ukrainian from an iPhone, UTF-8 base64: workgroup 1, alone ("прийду сама")
# with a 7-month-old baby she breastfeeds (not counted).  Organisation
# inflected in the text, base form below the name.

@mail("shevchuk-ukrainian-baby-question", "2027-02-25 18:09:57",
      E("registration", "olena.shevchuk@mail.example", "Олена Шевчук",
        "Український жіночий клуб Мюнстера", ["AG1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Shevchuk <olena.shevchuk@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація 13.03 + питання"),
           ("Date", m.date),
           ("Message-ID", "<B2E7D4A1-9C3F-4B68-8E05-1A6F3D9C2B70@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Я хотіла б зареєструватися на День організацій мігрантів 13 березня, робоча група 1 (освіта). Я прийду сама, від Українського жіночого клубу Мюнстера.

У мене є маленька дитина, їй 7 місяців. Чи можна взяти її з собою в робочу групу? Я її годую грудьми, тому не можу залишити її надовго. Дитяча кімната, як я зрозуміла, тільки для дітей від 3 років.

Дякую!
Олена Шевчук
Український жіночий клуб Мюнстера

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Cancellation, Turkish Thunderbird reply quoting the confirmation (AG 2,
# 2 persons) under a Turkish attribution line.

SENTURK_CONF = conf_id("20270126093118", "c3f7")


@mail("senturk-turkish-cancel-thunderbird", "2027-02-26 12:30:40",
      E("cancellation", "burak.senturk@mail.example", "Burak Şentürk",
        "Münster Gençlik ve Spor Kulübü", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Burak Şentürk <burak.senturk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9d2f6b1e-0a7c-4e35-b8d4-3c1e7f9a2b60@mail.example>"),
           ("In-Reply-To", SENTURK_CONF),
           ("References", SENTURK_CONF),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 13 Mart'ta katılamayacağız. Derneğimizin o gün olağanüstü genel kurulu var, tarih değiştirilemedi. Lütfen kaydımızı (2 kişi) iptal edin, yerimizi başkaları kullansın.

Kolay gelsin,
Burak Şentürk
Münster Gençlik ve Spor Kulübü

26.01.2027 09:31 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Şentürk", "AG2", 2))}
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Registration for AG 2, alone: her husband would come only if the children
# get a childcare place, and she would register him later ("melde ich ihn
# noch nach") - so 1.  Open-Xchange alternative, ISO-8859-1 QP.

BENYAHIA_TEXT = """Liebe Frau Meza Correa-Flock,

ich melde mich hiermit für den Tag der Migrantenselbstorganisationen an, und zwar für die AG 2.

Mein Mann würde auch gern kommen, aber nur, wenn unsere Kinder (4 und 7) in die Kinderbetreuung können - sonst bleibt er mit ihnen zu Hause. Gibt es noch freie Plätze in der Kinderbetreuung? Wenn ja, melde ich ihn noch nach.

Herzliche Grüße
Nadia Benyahia
Internationaler Frauentreff Gremmendorf"""


@mail("benyahia-husband-registered-later", "2027-03-01 09:05:26",
      E("registration", "nadia.benyahia@mail.example", "Nadia Benyahia",
        "Internationaler Frauentreff Gremmendorf", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadia Benyahia <nadia.benyahia@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Frage Kinderbetreuung"),
           ("Date", m.date),
           ("Message-ID", "<1772352326.40918.Open-Xchange@ox.mail.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.alternative(BENYAHIA_TEXT, div_html(BENYAHIA_TEXT, "font-family: Arial; font-size: 10pt;"),
                  charset="iso-8859-1", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Question only: does one need to register for the morning only, and is
# there parking?  Numbered questions "1." and "2."; Outlook plain text,
# ISO-8859-1 QP.

@mail("rusu-question-morning-only-parking", "2027-03-02 15:15:48",
      E("question", "vasile.rusu@mail.example", "Vasile Rusu",
        "Rumänisch-Orthodoxe Gemeinde Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Vasile Rusu <vasile.rusu@mail.example>"),
           ("To", MSO),
           ("Subject", "Fragen zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<000f01db8b71$7a3c2e10$6eb48a30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe zwei Fragen zum MSO-Tag am 13. März:

1. Ich kann nur am Vormittag, weil ich nachmittags arbeiten muss. Muss ich mich trotzdem anmelden, wenn ich nur beim Auftakt dabei bin und an keiner Arbeitsgruppe teilnehme?
2. Gibt es Parkplätze am Stadtweinhaus, oder ist es besser, mit dem Bus zu kommen?

Vielen Dank!
Vasile Rusu
Rumänisch-Orthodoxe Gemeinde Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change of party size (3 -> 2), Russian Outlook reply with Russian header
# labels quoting the confirmation (AG 3, 3 persons); "Рабочая группа
# остаётся та же" (same workgroup).  Also asks for certificates.

KUZNETSOV_CONF = conf_id("20270204182003", "e05b")
KUZNETSOV_TEXT = """Добрый день!

К сожалению, одна из наших коллег заболела и не сможет прийти 13 марта. Поэтому нас будет двое, а не трое. Рабочая группа остаётся та же.

И ещё вопрос: можно ли будет получить справку об участии (Teilnahmebescheinigung) на обоих?

С уважением,
Андрей Кузнецов
Клуб «Берёзка»"""


@mail("kuznetsov-russian-change-three-to-two", "2027-03-03 19:48:14",
      E("change", "a.kuznetsov@berjoska-ms.example", "Андрей Кузнецов",
        "Клуб «Берёзка»", [], 2, "ru"), "ru", tz=0)
def _(m):
    m.head(("From", "Кузнецов Андрей <a.kuznetsov@berjoska-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdq8c1Wk4Rz9nT0mY3bX7cLpQeAAC5Lf2"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR06MB7730F1E2D3C4B5A6F7E8D9C0B1A2@DB9PR06MB7730.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", KUZNETSOV_CONF),
           ("References", KUZNETSOV_CONF),
           ("Accept-Language", "ru-RU, de-DE"),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "четверг, 4 февраля 2027 г. 18:20",
             "Кузнецов Андрей <a.kuznetsov@berjoska-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Kuznetsov", "AG3", 3))
    m.alternative(outlook_plain_x(KUZNETSOV_TEXT, quote, RU_LABELS),
                  outlook_html_x(KUZNETSOV_TEXT, quote, RU_LABELS, meta_charset="utf-8", lang="RU"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Out-of-office recognisable only from its text (Turkish and German, no
# Auto-Submitted, an ordinary "Re:" subject), answering a confirmation.

@mail("yavuz-bilingual-vacation-text-only", "2027-03-04 11:22:31",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Gülten Yavuz <g.yavuz@tdf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270304112231.51c7e@tdf-muenster.example>"),
           ("In-Reply-To", conf_id("20270304112228", "1d4a")),
           ("References", conf_id("20270304112228", "1d4a")),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
mesajınız için teşekkür ederim. 1 - 10 Mart 2027 tarihleri arasında izindeyim ve e-postalarıma bakamıyorum. Acil durumlarda lütfen derneğimizin ofisine yazın: buero@tdf-muenster.example

Guten Tag,
vielen Dank für Ihre Nachricht. Vom 1. bis 10. März 2027 bin ich im Urlaub und lese keine E-Mails. In dringenden Fällen schreiben Sie bitte an unser Vereinsbüro: buero@tdf-muenster.example

Gülten Yavuz
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation in Dari (labelled fa), Gmail reply with a Persian attribution
# line and Persian digits, quoting the confirmation (AG 3, 2 persons).

SULTANI_CONF = conf_id("20270210142204", "8b19")
SULTANI_TEXT = """سلام علیکم،

متأسفانه ما نمی‌توانیم به تاریخ ۱۳ مارچ اشتراک کنیم، چون پدرم مریض شده و باید به هامبورگ بروم. لطفاً ثبت نام ما (دو نفر) را لغو کنید.

تشکر از زحمات شما
محمد نبی سلطانی"""


@mail("sultani-dari-cancel", "2027-03-05 20:10:09",
      E("cancellation", "nabi.sultani@mail.example", "محمد نبی سلطانی",
        None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Mohammad Nabi Sultani <nabi.sultani@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAMq9Vt4w1Lx7bR3zK8nP2cY5dH0sJ6gFe1uA4oXi8nB5xWr2Ns@mail.gmail.example>"),
           ("In-Reply-To", SULTANI_CONF),
           ("References", SULTANI_CONF),
           ("MIME-Version", "1.0"))
    attribution = (f"در تاریخ چهارشنبه ۱۰ فوریه ۲۰۲۷ ساعت ۱۴:۲۲ Tag der "
                   f"Migrantenselbstorganisationen <{MSO}> نوشت:")
    plain, html_text = gmail_reply(SULTANI_TEXT, attribution,
                                   confirmation("Herr Sultani", "AG3", 2), rtl=True)
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Late registration after the 6 March deadline, Spanish, Outlook for Android
# alternative: "si todavía queda alguna plaza, ¿podrían inscribirme en el
# grupo de trabajo 2?" - alone; asks whether the venue is walkable from the
# station.  Still a registration.

RAMIREZ_TEXT = """Buenos días:

Sé que el plazo de inscripción terminó el 6 de marzo, pero me acabo de enterar de la jornada. Si todavía queda alguna plaza, ¿podrían inscribirme en el grupo de trabajo 2 (proceso de futuro de Münster)? Iría solo.

Vengo en tren desde Osnabrück. ¿Se puede ir andando desde la estación central hasta el Stadtweinhaus?

Muchas gracias y saludos,
Diego Ramírez Castillo
Colectivo Chileno-Alemán Münster

Obtener Outlook para Android"""


@mail("ramirez-spanish-late-registration", "2027-03-08 09:40:52",
      E("registration", "diego.ramirez@mail.example", "Diego Ramírez Castillo",
        "Colectivo Chileno-Alemán Münster", ["AG2"], 1, "es"), "es")
def _(m):
    m.head(("From", "Diego Ramírez Castillo <diego.ramirez@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción tardía - 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB4412C1D2E3F4A5B6C7D8E9F0A1B2@AM0PR09MB4412.eurprd09.prod.outlook.example>"),
           ("X-MS-Has-Attach", ""),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div dir="auto">' + "<br>".join(esc(line) for line in RAMIREZ_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(RAMIREZ_TEXT, html_text, charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 044 ---------------------------------------------------------------------
# Cancellation, French, Roundcube reply quoting the confirmation (AG 1, 1)
# under "Le 02/02/2027 11:40, ... a écrit :"; her son is ill.

BAH_CONF = conf_id("20270202114011", "6e3d")


@mail("bah-french-cancel-roundcube", "2027-03-11 07:58:13",
      E("cancellation", "mariama.bah@mail.example", "Mariama Bah",
        "Association des Femmes Guinéennes de Münster", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Mariama Bah <mariama.bah@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c81f0a3e5b7d2946e1a8@webmail.mail.example>"),
           ("In-Reply-To", BAH_CONF),
           ("References", BAH_CONF),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Je suis désolée, mais je ne pourrai pas venir samedi : mon fils est malade depuis hier et je dois rester à la maison. Merci d'annuler mon inscription et de donner ma place à quelqu'un d'autre.

Bon courage pour la journée, et à l'année prochaine j'espère !

Mariama Bah
Association des Femmes Guinéennes de Münster

Le 02/02/2027 11:40, Tag der Migrantenselbstorganisationen a écrit :
{gt_quote(confirmation("Frau Bah", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "fa", "uk", "ru", "fr", "es", "so", "ku")


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


def nfc(s):
    return unicodedata.normalize("NFC", s)


def label_problems(e):
    """Problems with one expected record on its own."""
    p = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        p.append(f"bad kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        p.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("change party_size must be null or >= 1")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            p.append("person mail needs a lower-case email")
        if not e["name"]:
            p.append("person mail needs a name")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']!r}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                p.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            p.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        p.append("bounced_recipient must be null")
    return p


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
    text = nfc("\n".join(chunks))
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += label_problems(expected)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        # the labels must be taken from this mail
        if expected["email"] not in text.lower():
            problems.append("email not found in the mail")
        for k in ("name", "organisation"):
            if expected[k] and nfc(expected[k]) not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        irt = str(msg.get("In-Reply-To", ""))
        if "mailbot." not in irt or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the confirmation")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower()


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
    langs = sorted({t for _, _, _, t in built}, key=lambda l: (-sum(
        v for (t, _), v in table.items() if t == l), l))
    short = {"registration": "reg", "change": "chg", "cancellation": "cxl",
             "question": "qst", "auto_reply": "auto", "bounce": "bnc", "other": "oth"}
    print("text language x kind:")
    print("  lang " + " ".join(f"{short[k]:>4}" for k in KINDS) + "  all")
    for lang in langs:
        row = [table.get((lang, k), 0) for k in KINDS]
        print(f"  {lang:4} " + " ".join(f"{v or '':>4}" for v in row) + f"  {sum(row):>3}")
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
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already sent {seen[s]}")
            bad += 1
        seen[s] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails, the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
