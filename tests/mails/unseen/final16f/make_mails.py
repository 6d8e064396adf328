#!/usr/bin/env python3
"""Build the "fachtag" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Fachtag Sprache und Arbeit 2027 (Jobcenter Bielefeld and the Kommunales
Integrationszentrum Bielefeld), six afternoon workshops WS1..WS6 whose titles
share words: two on "Sprache", two on "Bewerbung", two on "Gesundheit".

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects and that each body part decodes to exactly the text
written here (attachments: the same bytes).  It also checks every label.

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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

REG = "fachtag-sprache-arbeit@bielefeld.example"
TO_REG = f"Fachtag Sprache und Arbeit <{REG}>"
INVITATION_ID = "<einladung-fachtag-2027.20270802093000@bielefeld.example>"
REMINDER7_ID = "<erinnerung-7d.20270909093000@bielefeld.example>"
REMINDER1_ID = "<erinnerung-1d.20270915093000@bielefeld.example>"
WS_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5", "WS6")

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
        frm = dict(pairs)["From"]
        from_addr = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.split(" ")[0]
        sender = from_addr if envelope is None else envelope
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", REG)
        if received:
            domain = (sender or from_addr).split("@")[1]
            if domain.startswith(("mx", "mail.", "smtp.")):
                host = domain
            else:
                host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{REG}>; {arrival} (CEST)")
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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
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


LABELS_DE = ("Von", "Gesendet", "An", "Betreff")
LABELS_EN = ("From", "Sent", "To", "Subject")


def outlook_html(text, quote=None, labels=LABELS_DE):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        lv, lg, la, lb = labels
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


def outlook_plain(text, quote=None, labels=LABELS_DE):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Sprache und Arbeit 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Sprache und Arbeit 2027"
REMINDER7_SUBJECT = "Erinnerung: Fachtag Sprache und Arbeit 2027 in einer Woche"
REMINDER1_SUBJECT = "Erinnerung: Fachtag Sprache und Arbeit 2027 ist morgen"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen,

das Jobcenter Bielefeld und das Kommunale Integrationszentrum der Stadt
Bielefeld laden Sie herzlich ein zum

    Fachtag Sprache und Arbeit 2027

Termin: Donnerstag, 16. September 2027, 9:30 bis 15:30 Uhr
Ort: Ravensberger Spinnerei, Historischer Saal, Ravensberger Park 1,
     33607 Bielefeld

Nach dem Impulsvortrag „Deutsch lernen im Job – was wirkt?“ von
Prof. Dr. Meltem Günay (Hochschule Ostwestfalen) arbeiten wir am
Nachmittag in sechs parallelen Workshops:

Workshop 1: Sprache im Beruf – Berufssprachkurse und Deutsch im Job
            Moderation: Dr. Katrin Oberdiek, VHS Bielefeld
Workshop 2: Sprache in der Kita – Mehrsprachigkeit von Anfang an
            Moderation: Serpil Demirci, Familienzentrum Sieker
Workshop 3: Digitale Bewerbung – Lebenslauf, Jobportale und Videointerview
            Moderation: Jonas Pieper, Jobcenter Bielefeld
Workshop 4: Bewerbung und Anerkennung – ausländische Berufsabschlüsse
            Moderation: Dr. Reza Tavakoli, IQ-Anerkennungsberatung OWL
Workshop 5: Arbeit und Gesundheit – Belastungen, Arbeitsschutz und Rechte
            am Arbeitsplatz
            Moderation: Birgit Lohmeier, Beratungsstelle Arbeit Bielefeld
Workshop 6: Gesundheit im Alltag – Arztbesuch, Krankenkasse und Pflege
            verstehen
            Moderation: Hatice Kaya-Brinkmann, Gesundheitslotsinnen Bielefeld

Der Fachtag richtet sich an Fachkräfte aus Jobcenter, Sprachkursträgern,
Kitas, Beratungsstellen und Betrieben, an Migrantenorganisationen und an
alle Interessierten. Die Teilnahme ist kostenlos, für Mittagessen und
Getränke ist gesorgt.

Bitte melden Sie sich bis zum 6. September 2027 per E-Mail an
fachtag-sprache-arbeit@bielefeld.example an. Nennen Sie uns Ihren Namen,
Ihre Einrichtung, den gewünschten Workshop (gern mit Zweitwunsch) und die
Zahl der Personen.

Mit freundlichen Grüßen

Anja Twelker
Kommunales Integrationszentrum Bielefeld
im Auftrag des Organisationsteams"""

WS_LINE = {
    "WS1": "Workshop 1 – Sprache im Beruf – Berufssprachkurse und Deutsch im Job",
    "WS2": "Workshop 2 – Sprache in der Kita – Mehrsprachigkeit von Anfang an",
    "WS3": "Workshop 3 – Digitale Bewerbung – Lebenslauf, Jobportale und Videointerview",
    "WS4": "Workshop 4 – Bewerbung und Anerkennung – ausländische Berufsabschlüsse",
    "WS5": "Workshop 5 – Arbeit und Gesundheit – Belastungen, Arbeitsschutz und Rechte am Arbeitsplatz",
    "WS6": "Workshop 6 – Gesundheit im Alltag – Arztbesuch, Krankenkasse und Pflege verstehen",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Sprache und Arbeit 2027 am
Donnerstag, 16. September 2027, 9:30 bis 15:30 Uhr, in der Ravensberger
Spinnerei (Historischer Saal), Ravensberger Park 1, 33607 Bielefeld.

Ihr Workshop am Nachmittag:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, weitere Personen anmelden oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Organisationsteam Fachtag Sprache und Arbeit
Jobcenter Bielefeld · Kommunales Integrationszentrum Bielefeld"""


def reminder(salutation, ws, persons, days):
    """The reminder mailbot sends 7 days and 1 day before the event."""
    when = ("In einer Woche ist es so weit: Am Donnerstag, 16. September 2027,"
            if days == 7 else "Morgen ist es so weit: Am Donnerstag, 16. September 2027,")
    return f"""Guten Tag {salutation},

{when}
findet der Fachtag Sprache und Arbeit 2027 statt (9:30 bis 15:30 Uhr,
Ravensberger Spinnerei, Historischer Saal, Ravensberger Park 1,
33607 Bielefeld).

Sie sind angemeldet für:
{WS_LINE[ws]}
Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, damit wir
Plätze von der Warteliste vergeben können.

Mit freundlichen Grüßen
Organisationsteam Fachtag Sprache und Arbeit"""


def conf_id(stamp, who):
    return f"<fachtag.{stamp}.{hashlib.sha256(who.encode()).hexdigest()[:8]}@bielefeld.example>"


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_REG
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


def reminder_message(to, salutation, ws, persons, days, when, msgid):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_REG
    m["To"] = to
    m["Subject"] = REMINDER7_SUBJECT if days == 7 else REMINDER1_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(reminder(salutation, ws, persons, days), charset="utf-8",
                  cte="quoted-printable")
    return m


# Hand-written answers of the coordinator (Anja Twelker) to registrations whose
# workshop could not be told; the follow-ups quote them.

CLARIFY_OKAFOR = """Dear Mr Okafor,

thank you for your registration for the Fachtag Sprache und Arbeit on
16 September. There is no fee, lunch and drinks are included.

We have two workshops on language:

Workshop 1: Sprache im Beruf – Berufssprachkurse und Deutsch im Job
            (language at work, German courses for the job)
Workshop 2: Sprache in der Kita – Mehrsprachigkeit von Anfang an
            (multilingual children in day care)

Which one would you like to attend?

Kind regards
Anja Twelker
Kommunales Integrationszentrum Bielefeld"""

CLARIFY_WOESTMANN = """Liebe Frau Wöstmann,

danke für Ihre Anmeldung! Zum Thema Gesundheit gibt es zwei Workshops:

Workshop 5: Arbeit und Gesundheit – Belastungen, Arbeitsschutz und Rechte
            am Arbeitsplatz
Workshop 6: Gesundheit im Alltag – Arztbesuch, Krankenkasse und Pflege
            verstehen

Welchen der beiden möchten Sie besuchen?

Viele Grüße
Anja Twelker
Kommunales Integrationszentrum Bielefeld"""

CLARIFY_RAGHUNATHAN = """Dear Ms Raghunathan,

thank you for registering yourself and Mr Brenner. You wrote
"Workshop 2 – Sprache im Beruf". In our programme, Workshop 2 is
"Sprache in der Kita – Mehrsprachigkeit von Anfang an", while
"Sprache im Beruf – Berufssprachkurse und Deutsch im Job" is Workshop 1.
Which one did you mean?

As to your question: the workshops are held in German, but the moderators
are happy to switch to English now and then.

Kind regards
Anja Twelker
Kommunales Integrationszentrum Bielefeld"""

CLARIFY_HASSAN = """Guten Tag Herr Hassan,

danke für Ihre Anmeldung. Wir haben zwei Workshops zum Thema Bewerbung:

Workshop 3: Digitale Bewerbung – Lebenslauf, Jobportale und Videointerview
Workshop 4: Bewerbung und Anerkennung – ausländische Berufsabschlüsse

Welchen Workshop möchten Sie besuchen?

Viele Grüße
Anja Twelker
Kommunales Integrationszentrum Bielefeld"""


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


def gmail_de_header(date_de, who=None):
    return f"Am {date_de} schrieb {who or TO_REG}:"


def invitation_outlook_quote(gesendet="Montag, 2. August 2027 09:30"):
    return (TO_REG, gesendet, TO_REG, INVITATION_SUBJECT, INVITATION)


def confirmation_en(salutation, ws, persons):
    """The English confirmation mailbot sends to writers who wrote in English."""
    return f"""Dear {salutation},

thank you for registering for the Fachtag Sprache und Arbeit 2027 on
Thursday, 16 September 2027, 9:30 am to 3:30 pm, at the Ravensberger
Spinnerei (Historischer Saal), Ravensberger Park 1, 33607 Bielefeld.

Your afternoon workshop:
{WS_LINE[ws]}

Persons registered: {persons}

Would you like to change your workshop, add people or cancel? Simply reply
to this e-mail.

Kind regards
Organisationsteam Fachtag Sprache und Arbeit
Jobcenter Bielefeld · Kommunales Integrationszentrum Bielefeld"""


# -- 001 ---------------------------------------------------------------------
# Outlook out-of-office answer to the invitation (sent to a distribution list).
# Auto-Submitted and X-Auto-Response-Suppress are set; multipart/alternative.

KEMPER_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13. August 2027 nicht im Büro und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen erreichen Sie meine Kollegin Frau Schlüter unter 0521 55 73 20 oder per E-Mail an m.schlueter@bildungswerk-owl.example.

Mit freundlichen Grüßen
Ulrich Kemper"""


@mail("kemper-out-of-office-invitation", "2027-08-02 09:31:12", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Kemper, Ulrich" <u.kemper@bildungswerk-owl.example>'),
           ("To", TO_REG),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742C0A1B2D3E4F5A6B7C8D9E0F1A2B3@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "u.kemper@bildungswerk-owl.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.multi("alternative", [m.text(KEMPER_OOO, "plain", "utf-8", "quoted-printable"),
                            m.text(outlook_html(KEMPER_OOO), "html", "utf-8", "quoted-printable")],
            style="outlook")


# -- 002 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 quoted-printable, quoting the whole
# invitation (all six workshops) under a Von:/Gesendet: block.  The full
# title "Sprache in der Kita" is given: WS2, she and a colleague.

HOELSCHER_TEXT = """Sehr geehrte Frau Twelker,

vielen Dank für die Einladung, auf so eine Veranstaltung haben wir schon lange gewartet!

Hiermit melde ich mich und meine Kollegin Frau Sandra Jansen für den Workshop „Sprache in der Kita“ an. Bei uns haben über 70 % der Kinder eine andere Familiensprache als Deutsch, das Thema brennt uns wirklich unter den Nägeln.

Mit freundlichen Grüßen

Petra Hölscher
Leitung
Städtische Kita Sieker-Mitte
Meisenstraße 65 · 33607 Bielefeld
Tel. 0521 51-84 37"""


@mail("hoelscher-kita-outlook-html-quote", "2027-08-02 10:12:40",
      E("registration", "p.hoelscher@kitas.bielefeld.example", "Petra Hölscher",
        "Städtische Kita Sieker-Mitte", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Hölscher, Petra" <p.hoelscher@kitas.bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9k2TfLr0oQ1nS0WJxk7aBv3mYg=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2210D4E5F6A7B8C9D0E1F2A3B4C5D6E7@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HOELSCHER_TEXT, invitation_outlook_quote()), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  "the language workshop" fits WS1 and
# WS2 alike and nothing else in the mail tells them apart: workgroups [].
# The fee question does not make it a question (it registers).

OKAFOR_TEXT = """Hello,

I saw the invitation for the Fachtag Sprache und Arbeit on the website of the Integration Council and would like to register for the language workshop. Just me, one person.

Is there a fee? I couldn't find any information about that.

Best regards,
Daniel Okafor"""


@mail("okafor-english-language-workshop-ambiguous", "2027-08-02 14:47:05",
      E("registration", "daniel.okafor@mail.example", "Daniel Okafor", None, [], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniel Okafor <daniel.okafor@mail.example>"),
           ("To", REG),
           ("Subject", "Registration Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAH3xK9pQ2vL7mWz0eRt5yUi8oPa1sDf4gHj6kLz9xCv3bNm2Qw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKAFOR_TEXT, gmail_html(OKAFOR_TEXT), style="gmail")


# -- 004 ---------------------------------------------------------------------
# Thunderbird reply, format=flowed, 8bit, quoting the invitation with '>'.
# "Workshop 4" by number only.  Organisation from the signature (the gGmbH,
# not the department "MBE").

@mail("brandhorst-workshop-4-thunderbird-quote", "2027-08-03 08:05:51",
      E("registration", "m.brandhorst@diakonie-bielefeld.example", "Michael Brandhorst",
        "Diakonie für Bielefeld gGmbH", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Michael Brandhorst <m.brandhorst@diakonie-bielefeld.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4f0b2c1e-8a3d-4c71-9b2e-5d6f7a8b9c0d@diakonie-bielefeld.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Twelker,

hiermit melde ich mich verbindlich für Workshop 4 an. In der MBE haben wir 
sehr viele Ratsuchende mit ausländischen Abschlüssen, insofern passt das 
perfekt.

Eine Person (ich).

Freundliche Grüße
Michael Brandhorst

-- 
Michael Brandhorst
Migrationsberatung für erwachsene Zuwanderer (MBE)
Diakonie für Bielefeld gGmbH
Kreuzstraße 19a, 33602 Bielefeld

Am 02.08.27 um 09:30 schrieb Fachtag Sprache und Arbeit:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Turkish, Gmail alternative, UTF-8 base64.  "Dijital Başvuru" is WS3's
# title in Turkish.

CELIK_TEXT = """Merhaba,

16 Eylül'deki Fachtag Sprache und Arbeit'a katılmak istiyorum. Jobcenter'daki danışmanım bana davetiyeyi verdi.
"Dijital Başvuru" atölyesine katılmak istiyorum, çünkü özgeçmişimi (Lebenslauf) internetten nasıl göndereceğimi bilmiyorum.

Yalnız geleceğim.

Teşekkürler,
Elif Çelik"""


@mail("celik-turkish-dijital-basvuru", "2027-08-03 19:22:33",
      E("registration", "elif.celik93@mail.example", "Elif Çelik", None, ["WS3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", f"{ew('Elif Çelik', 'utf-8', 'b')} <elif.celik93@mail.example>"),
           ("To", REG),
           ("Subject", ew("Fachtag kaydı", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF8wQ1sR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eRt6y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CELIK_TEXT, gmail_html(CELIK_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Apple Mail alternative.  Names the workshop only by its moderator
# (Kaya-Brinkmann = WS6, from the invitation).

KORTEKAMP_TEXT = """Hallo Frau Twelker,

gerne würde ich am Fachtag teilnehmen, und zwar am Workshop von Frau Kaya-Brinkmann. Mit den Gesundheitslotsinnen haben wir schon ein paarmal gut zusammengearbeitet, und viele unserer Pflegekräfte begleiten Patientinnen, die sich im deutschen Gesundheitssystem schwer zurechtfinden.

Ich komme allein.

Viele Grüße aus Schildesche
Sabine Kortekamp
Pflegedienstleitung
Interkultureller Pflegedienst Sonnenblick
Telefon 0521 96 20 41 18"""


@mail("kortekamp-moderator-name-apple-mail", "2027-08-04 09:40:02",
      E("registration", "kortekamp@pflegedienst-sonnenblick.example", "Sabine Kortekamp",
        "Interkultureller Pflegedienst Sonnenblick", ["WS6"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kortekamp <kortekamp@pflegedienst-sonnenblick.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Fachtag 16.9."),
           ("Date", m.date),
           ("Message-ID", "<7A1C2E3F-4B5D-4E6F-8A9B-0C1D2E3F4A5B@pflegedienst-sonnenblick.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(KORTEKAMP_TEXT, apple_html(KORTEKAMP_TEXT), style="apple")


# -- 007 ---------------------------------------------------------------------
# iPhone, three lines.  "Workshop Gesundheit" is in the titles of WS5 and WS6;
# nothing else tells which: workgroups [] (the coordinator asked back, see 043).

@mail("woestmann-iphone-workshop-gesundheit-ambiguous", "2027-08-04 12:03:47",
      E("registration", "t.woestmann@caritas-bielefeld.example", "Tanja Wöstmann",
        "Caritas Migrationsdienst", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Tanja Wöstmann <t.woestmann@caritas-bielefeld.example>"),
           ("To", REG),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<A3B9C1D7-22E4-4F0A-9B6C-7D8E9F0A1B2C@caritas-bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
melde mich hiermit für den Fachtag am 16.9. an, Workshop Gesundheit.
LG
Tanja Wöstmann
Caritas Migrationsdienst

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# English, Outlook for Mac.  "Workshop 2 – Sprache im Beruf": number 2 is the
# Kita workshop, the title is Workshop 1, and the text does not say which is
# meant: workgroups [] (asked back; answer in 039).

RAGHUNATHAN_TEXT = """Dear Ms Twelker,

Thank you for the invitation, which a partner organisation forwarded to us.

I would like to register myself and my colleague Tom Brenner for Workshop 2 – Sprache im Beruf. We support international skilled workers and their families when they settle in OWL, so the Fachtag comes at exactly the right time for us.

Could you also let me know whether the workshops will be held in German only? Both of us are fine with German, I'm just curious.

Kind regards,
Priya Raghunathan
Programme Manager
Talent Bridge OWL
Obernstraße 12, 33602 Bielefeld
+49 521 329 88 14"""


@mail("raghunathan-english-number-title-mismatch", "2027-08-04 16:30:19",
      E("registration", "p.raghunathan@talent-bridge-owl.example", "Priya Raghunathan",
        "Talent Bridge OWL", [], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <p.raghunathan@talent-bridge-owl.example>"),
           ("To", REG),
           ("Subject", "Fachtag Sprache und Arbeit – registration for 2"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7F31A0B4C5D6E7F8A9B0C1D2E3F4A5B6@DU2PR08MB7F31.eurprd08.prod.outlook.example>"),
           ("X-Mailer", "Microsoft Outlook for Mac 16.88"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN_TEXT, outlook_html(RAGHUNATHAN_TEXT), style="outlook")


# -- 009 ---------------------------------------------------------------------
# Arabic, Gmail alternative (rtl), UTF-8 base64.  "ورشة العمل الخاصة بالاعتراف
# بالشهادات المهنية الأجنبية" = the workshop on recognising foreign professional
# certificates = WS4.  Name from the Latin signature.

ALHARIRI_TEXT = """السلام عليكم،

أنا مهندس كهرباء من سوريا، وأعيش في بيليفيلد منذ سنتين. أرغب في التسجيل في Fachtag Sprache und Arbeit بتاريخ 16 أيلول/سبتمبر.
أود المشاركة في ورشة العمل الخاصة بالاعتراف بالشهادات المهنية الأجنبية، لأن شهادتي الجامعية لم يُعترف بها بعد.

سأحضر وحدي.

مع الشكر والتقدير
Yamen Al-Hariri
0157 32 81 44 09"""


@mail("alhariri-arabic-recognition", "2027-08-05 11:15:08",
      E("registration", "yamen.alhariri@mail.example", "Yamen Al-Hariri", None, ["WS4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Yamen Al-Hariri <yamen.alhariri@mail.example>"),
           ("To", REG),
           ("Subject", ew("التسجيل في Fachtag Sprache und Arbeit", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ2mN5bV8cX1zA4sD7fG0hJ3kL6qW9eR2tY5uI8oP1aS4dF7gH@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHARIRI_TEXT, gmail_html(ALHARIRI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Exchange out-of-office answer to the coordinator's question to 008
# (English, Auto-Submitted: auto-generated, no quote).

RAGHUNATHAN_OOO = """Thank you for your message.

I am on annual leave until Tuesday, 24 August 2027, and will not be checking my e-mail. For urgent matters regarding Talent Bridge OWL, please contact info@talent-bridge-owl.example or call +49 521 329 88 10.

Kind regards,
Priya Raghunathan"""


@mail("raghunathan-exchange-out-of-office", "2027-08-05 11:42:10", E("auto_reply"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <p.raghunathan@talent-bridge-owl.example>"),
           ("To", TO_REG),
           ("Subject", "Automatic reply: Re: Fachtag Sprache und Arbeit – registration for 2"),
           ("Thread-Topic", "Re: Fachtag Sprache und Arbeit – registration for 2"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7F31B1C2D3E4F5A6B7C8D9E0F1A2B3C4@DU2PR08MB7F31.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<fachtag.clarify.20270805114100.raghunathan@bielefeld.example>"),
           ("References", "<fachtag.clarify.20270805114100.raghunathan@bielefeld.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN_OOO, outlook_html(RAGHUNATHAN_OOO), style="outlook")


# -- 011 ---------------------------------------------------------------------
# Outlook alternative, ISO-8859-15 quoted-printable.  The workshop is named by
# its content ("Lebenslauf, Jobportale und Videointerviews" = WS3), second
# choice "Anerkennung" (WS4).  The programme name "Perspektive Arbeit" contains
# "Arbeit" (WS5's title word).  Three persons.

SIEKMANN_TEXT = """Guten Tag Frau Twelker,

für den Fachtag am 16. September melde ich drei Personen an: mich selbst sowie zwei Teilnehmende aus unserer Maßnahme »Perspektive Arbeit«, Herrn Samir Haddad und Frau Liliana Rusu.

Wir interessieren uns für den Workshop, in dem es um Lebenslauf, Jobportale und Videointerviews geht. Falls der schon voll ist, wäre Anerkennung unsere zweite Wahl.

Mit freundlichen Grüßen
i. A. Claudia Siekmann
Jobcoaching
Bildungswerk Ravensberg gGmbH
Am Bach 18 | 33602 Bielefeld"""


@mail("siekmann-description-lebenslauf-second-choice", "2027-08-05 14:20:44",
      E("registration", "c.siekmann@bildungswerk-ravensberg.example", "Claudia Siekmann",
        "Bildungswerk Ravensberg gGmbH", ["WS3", "WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Siekmann, Claudia" <c.siekmann@bildungswerk-ravensberg.example>'),
           ("To", TO_REG),
           ("Subject", "Anmeldung Fachtag – Bildungswerk Ravensberg (3 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<000001dbe5a7$3c4d5e60$b4e81a20$@bildungswerk-ravensberg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(SIEKMANN_TEXT, outlook_html(SIEKMANN_TEXT).replace("Windows-1252", "iso-8859-15"),
                  charset="iso-8859-15", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Question (no registration yet): childcare.  web.de-style text/plain,
# ISO-8859-1 quoted-printable.

@mail("kara-question-childcare", "2027-08-06 08:55:30",
      E("question", "aylin.kara@web.example", "Aylin Kara", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Aylin Kara <aylin.kara@web.example>"),
           ("To", REG),
           ("Subject", "Frage Kinderbetreuung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e2f4a61-0c3b-47d9-a5e1-92b7c6d4f013-1786000530112@3c-app-webde-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe die Einladung zum Fachtag Sprache und Arbeit von meiner
Sprachkurslehrerin bekommen und würde gern kommen. Ich bin aber
alleinerziehend und habe zwei Kinder (3 und 6 Jahre). Gibt es an dem Tag
eine Kinderbetreuung? Sonst kann ich leider nicht teilnehmen.

Mit freundlichen Grüßen
Aylin Kara
""", charset="iso-8859-1", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Russian, windows-1251, 8bit.  «Здоровье в повседневной жизни» = health in
# everyday life = WS6; "мы с мужем" -> 2.  The signature has only the first
# name, so the full name comes from the From display name.

@mail("schaefer-russian-health-everyday-cp1251", "2027-08-06 20:40:02",
      E("registration", "irina.schaefer@post.example", "Irina Schaefer", None, ["WS6"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Schaefer <irina.schaefer@post.example>"),
           ("To", REG),
           ("Subject", ew("Регистрация на Fachtag 16.09.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786041602.318774210@f512.post.example>"),
           ("X-Mailer", "Post.example Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Мы с мужем хотели бы записаться на Fachtag Sprache und Arbeit 16 сентября.
Нас интересует семинар «Здоровье в повседневной жизни» – как записаться
к врачу, как разговаривать с больничной кассой и т. д. Мама мужа живёт
с нами, ей нужен уход, и мы часто не понимаем, что нам пишут.

Будем вдвоём.

С уважением,
Ирина
""", charset="windows-1251", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# "für den Sprach-Workshop" fits WS1 and WS2, but she is the language
# specialist of a "Sprach-Kita" and writes about the children: a careful
# coordinator reads WS2.  Outlook alternative, UTF-8 QP.

LUEKE_TEXT = """Liebe Frau Twelker,

ich möchte mich gern für den Sprach-Workshop am Fachtag anmelden. Ich bin bei uns die zusätzliche Fachkraft aus dem Programm Sprach-Kita und begleite das Team bei der alltagsintegrierten sprachlichen Bildung – wir haben viele Kinder, die zu Hause Arabisch, Kurdisch oder Tigrinya sprechen.

Unsere Leitung, Frau Anette Brökelmann, kommt ebenfalls mit.

Herzliche Grüße
Kristina Lüke
Ev. Kita Am Sparrenberg
Sparrenstraße 7
33602 Bielefeld"""


@mail("lueke-sprach-workshop-kita-context", "2027-08-09 09:10:15",
      E("registration", "k.lueke@kita-sparrenberg.example", "Kristina Lüke",
        "Ev. Kita Am Sparrenberg", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kristina Lüke <k.lueke@kita-sparrenberg.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Sprach-Workshop"),
           ("Date", m.date),
           ("Message-ID", "<000c01dbe8f1$7a8b9c00$6fa2d400$@kita-sparrenberg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.alternative(LUEKE_TEXT, outlook_html(LUEKE_TEXT), style="outlook")


# -- 015 ---------------------------------------------------------------------
# Polish, Thunderbird, ISO-8859-2 quoted-printable.  "Praca i zdrowie"
# (Arbeit und Gesundheit) = WS5.

@mail("nowak-polish-praca-i-zdrowie-latin2", "2027-08-09 18:02:58",
      E("registration", "k.nowak@polonia-bielefeld.example", "Katarzyna Nowak",
        "Polonia Bielefeld e.V.", ["WS5"], 1, "pl"), "pl")
def _(m):
    m.head(("From", f"{ew('Katarzyna Nowak', 'iso-8859-2', 'q')} <k.nowak@polonia-bielefeld.example>"),
           ("To", REG),
           ("Subject", ew("Zgłoszenie - Fachtag Sprache und Arbeit", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<b7e1a2c3-d4f5-4a6b-8c9d-0e1f2a3b4c5d@polonia-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić swój udział w Fachtag Sprache und Arbeit 16 września.
Interesuje mnie warsztat "Praca i zdrowie" (Arbeit und Gesundheit) - wielu
naszych członków pracuje w logistyce i w zakładach mięsnych i często nie
znają swoich praw, kiedy chodzi o zdrowie w pracy.

Przyjdę sama.

Pozdrawiam serdecznie
Katarzyna Nowak
Polonia Bielefeld e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Newsletter (other) of a regional network: announces the Fachtag, lists
# every workshop topic and the registration address.  List headers, bulk.

OWL_NL_TEXT = """Netzwerk Integration OWL – Newsletter August 2027

Liebe Netzwerkpartnerinnen und -partner,

die Themen dieser Ausgabe:
- Fachtag Sprache und Arbeit am 16. September in Bielefeld
- Neue Förderrichtlinie „Integration vor Ort“ des Landes NRW
- Termine im Herbst

Fachtag Sprache und Arbeit
Jobcenter und Kommunales Integrationszentrum Bielefeld laden am 16. September in die Ravensberger Spinnerei ein. In sechs Workshops geht es um Sprache im Beruf und in der Kita, um die digitale Bewerbung, um die Anerkennung ausländischer Abschlüsse sowie um Gesundheit – am Arbeitsplatz und im Alltag. Anmeldung bis 6. September an fachtag-sprache-arbeit@bielefeld.example.

Förderrichtlinie „Integration vor Ort“
Ab Oktober können Träger und Vereine wieder Mittel für niedrigschwellige Angebote beantragen. Details: https://netzwerk-integration-owl.example/foerderung

Termine
23.09. Netzwerktreffen Kreis Herford
07.10. Online-Seminar „Datenschutz im Verein“

Sie erhalten diesen Newsletter als Mitglied im Netzwerk Integration OWL.
Abmelden: https://netzwerk-integration-owl.example/newsletter/abmelden?u=4471"""

OWL_NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter August 2027</title></head>
<body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="620" cellpadding="18" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="background:#2e7d32;color:#fff;"><h1 style="margin:0;font-size:21px;">Netzwerk Integration OWL</h1><p style="margin:4px 0 0;">Newsletter August 2027</p></td></tr>
<tr><td>
<p>Liebe Netzwerkpartnerinnen und -partner,</p>
<p>die Themen dieser Ausgabe:</p>
<ul><li>Fachtag Sprache und Arbeit am 16. September in Bielefeld</li><li>Neue Förderrichtlinie „Integration vor Ort“ des Landes NRW</li><li>Termine im Herbst</li></ul>
<h2 style="font-size:16px;color:#2e7d32;">Fachtag Sprache und Arbeit</h2>
<p>Jobcenter und Kommunales Integrationszentrum Bielefeld laden am 16. September in die Ravensberger Spinnerei ein. In sechs Workshops geht es um Sprache im Beruf und in der Kita, um die digitale Bewerbung, um die Anerkennung ausländischer Abschlüsse sowie um Gesundheit – am Arbeitsplatz und im Alltag. Anmeldung bis 6. September an <a href="mailto:fachtag-sprache-arbeit@bielefeld.example">fachtag-sprache-arbeit@bielefeld.example</a>.</p>
<h2 style="font-size:16px;color:#2e7d32;">Förderrichtlinie „Integration vor Ort“</h2>
<p>Ab Oktober können Träger und Vereine wieder Mittel für niedrigschwellige Angebote beantragen. <a href="https://netzwerk-integration-owl.example/foerderung">Details</a></p>
<h2 style="font-size:16px;color:#2e7d32;">Termine</h2>
<p>23.09. Netzwerktreffen Kreis Herford<br>07.10. Online-Seminar „Datenschutz im Verein“</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;">Sie erhalten diesen Newsletter als Mitglied im Netzwerk Integration OWL.<br>
<a href="https://netzwerk-integration-owl.example/newsletter/abmelden?u=4471">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("netzwerk-owl-newsletter", "2027-08-10 07:00:03", E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Integration OWL <newsletter@netzwerk-integration-owl.example>"),
           ("To", REG),
           ("Subject", "Newsletter August 2027: Fachtag Sprache und Arbeit, neue Förderrichtlinie"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.4471.a9c3@netzwerk-integration-owl.example>"),
           ("List-Id", "Newsletter Netzwerk Integration OWL <newsletter.netzwerk-integration-owl.example>"),
           ("List-Unsubscribe", "<https://netzwerk-integration-owl.example/newsletter/abmelden?u=4471>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(OWL_NL_TEXT, OWL_NL_HTML)


# -- 017 ---------------------------------------------------------------------
# Outlook HTML only.  "Workshop 5 (Arbeit und Gesundheit)", fallback "Nr. 6".
# Organisation: the works council he comes for, as written.

STROTHMANN_TEXT = """Sehr geehrte Damen und Herren,

ich melde mich für den Fachtag am 16.09.2027 an.
Wunsch: Workshop 5 (Arbeit und Gesundheit). Falls der ausgebucht ist, gerne Nr. 6.

Hintergrund: Bei uns im Lager arbeiten Kolleginnen und Kollegen aus über 20 Ländern, und viele Unterweisungen zum Arbeitsschutz kommen sprachlich einfach nicht an.

Mit freundlichen Grüßen
Dirk Strothmann
Betriebsratsvorsitzender
Betriebsrat der Brinkhege Logistik GmbH
Am Stadtholz 40, 33609 Bielefeld"""


@mail("strothmann-workshop-5-else-6-outlook-html", "2027-08-10 10:35:27",
      E("registration", "betriebsrat@brinkhege-logistik.example", "Dirk Strothmann",
        "Betriebsrat der Brinkhege Logistik GmbH", ["WS5", "WS6"], 1, "de"), "de")
def _(m):
    m.head(("From", "Betriebsrat Brinkhege Logistik <betriebsrat@brinkhege-logistik.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Workshop 5"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR02MB5C2D3E4F5A6B7C8D9E0F1A2B3C4D5E6@AM0PR02MB5C2D.eurprd02.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(STROTHMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Ukrainian, Gmail alternative, UTF-8 base64; display name B-encoded in
# Cyrillic, signature in Cyrillic (no Latin form in the mail).
# «Мова у професії» (Sprache im Beruf) = WS1.

MELNYK_TEXT = """Доброго дня!

Я хочу зареєструватися на Fachtag Sprache und Arbeit 16 вересня. Мене цікавить воркшоп «Мова у професії» (Sprache im Beruf). В Україні я працювала вчителькою англійської мови, зараз відвідую інтеграційний курс і шукаю, як далі вчити німецьку для роботи.

Прийду одна.

З повагою,
Оксана Мельник"""


@mail("melnyk-ukrainian-mova-u-profesii", "2027-08-10 21:15:40",
      E("registration", "oksana.melnyk@mail.example", "Оксана Мельник", None, ["WS1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", f"{ew('Оксана Мельник', 'utf-8', 'b')} <oksana.melnyk@mail.example>"),
           ("To", REG),
           ("Subject", ew("Реєстрація на Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAG5nB8vC1xZ4aS7dF0gH3jK6lQ9wE2rT5yU8iO1pA4sD7fG0hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Ticket-system receipt (auto_reply), answering a confirmation that went to a
# general service address.  Auto-Submitted: auto-generated.

@mail("vhs-ticket-receipt", "2027-08-11 08:00:12", E("auto_reply"), "de")
def _(m):
    m.head(("From", "VHS Bielefeld Kundenservice <service@vhs-bielefeld.example>"),
           ("To", REG),
           ("Subject", "[Ticket#2027081110000482] Eingangsbestätigung: Ihre Anmeldung zum Fachtag Sprache und Arbeit 2027"),
           ("Date", m.date),
           ("Message-ID", "<1786428012.4471.2027081110000482@ticket.vhs-bielefeld.example>"),
           ("In-Reply-To", conf_id("20270811075958", "vhs-service")),
           ("References", conf_id("20270811075958", "vhs-service")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Loop", "service@vhs-bielefeld.example"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen ist bei uns eingegangen und
wurde unter der Ticketnummer 2027081110000482 erfasst.

Bitte geben Sie bei Rückfragen die Ticketnummer im Betreff an. Wir
bearbeiten Ihre Anfrage so schnell wie möglich, in der Regel innerhalb von
drei Werktagen.

Ihr Kundenservice der Volkshochschule Bielefeld

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf
diese E-Mail.
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Learner German from an Android phone.  "Workshop Bewerbung" is in the
# titles of WS3 and WS4; looking for work says nothing about which: [].
# (Asked back; answer in 030.)

@mail("hassan-learner-german-workshop-bewerbung-ambiguous", "2027-08-11 13:27:55",
      E("registration", "abdiwali.hassan@mail.example", "Abdiwali Hassan", None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Abdiwali Hassan <abdiwali.hassan@mail.example>"),
           ("To", REG),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAB7yT2uI5oP8aS1dF4gH7jK0lZ3xC6vB9nM2qW5eR8tY1uI4oP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich will anmelden fur Fachtag am 16 September. Workshop Bewerbung bitte.
Ich suche Arbeit aber ich habe noch keine Arbeit gefunden. Mein Jobcenter
Berater Herr Wibbeke sagt ist gut fur mich.

Danke
Abdiwali Hassan
""", charset="utf-8", cte="7bit")


# -- 021 ---------------------------------------------------------------------
# English, Outlook alternative, with Cc.  "Dr. Tavakoli's workshop on the
# recognition of foreign qualifications": moderator and content agree (WS4).

MITCHELL_TEXT = """Dear Ms Twelker,

My colleague Dr. Lukas Henning and I would like to attend the Fachtag on 16 September. We'd like to join Dr. Tavakoli's workshop on the recognition of foreign qualifications – a large share of the partners we advise are struggling with exactly that.

Please send the confirmation to me; Lukas is in cc.

Best wishes,
Sarah Mitchell
Dual Career Service OWL
Jahnplatz 5, 33602 Bielefeld"""


@mail("mitchell-english-moderator-recognition", "2027-08-12 09:48:31",
      E("registration", "s.mitchell@dualcareer-owl.example", "Sarah Mitchell",
        "Dual Career Service OWL", ["WS4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Sarah Mitchell <s.mitchell@dualcareer-owl.example>"),
           ("To", REG),
           ("Cc", "Lukas Henning <l.henning@dualcareer-owl.example>"),
           ("Subject", "Registration: Dr Tavakoli's workshop"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D@VI1PR03MB6A7B.eurprd03.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(MITCHELL_TEXT, outlook_html(MITCHELL_TEXT), style="outlook")


# -- 022 ---------------------------------------------------------------------
# New Outlook, HTML only, UTF-8 QP; internal colleague ("Hallo Anja").
# "Workshop III – Digitale Bewerbung" (roman numeral); three persons.

TIEMANN_TEXT = """Hallo Anja,

wie besprochen melde ich uns aus dem Team Integration Nord an: Workshop III – Digitale Bewerbung. Wir sind zu dritt (Ayşe Korkmaz, Jan Pollmeier und ich).

Liebe Grüße
Marion

Marion Tiemann
Integrationsfachkraft
Jobcenter Bielefeld
Team Integration Nord"""

TIEMANN_HTML = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>"
                "</head><body dir=\"ltr\">\n"
                + "".join(f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
                          f"Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
                          f"{esc(line) if line else '<br>'}</div>\n"
                          for line in TIEMANN_TEXT.split("\n"))
                + "</body></html>\n")


@mail("tiemann-jobcenter-workshop-III-new-outlook", "2027-08-12 15:02:09",
      E("registration", "marion.tiemann@jobcenter-bielefeld.example", "Marion Tiemann",
        "Jobcenter Bielefeld", ["WS3"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Tiemann, Marion" <marion.tiemann@jobcenter-bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "Anmeldung Fachtag – Workshop III"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2F3A4B5C6D7E8F9A0B1C2D3E4F5A6B7@FR2P281MB2F3A.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(TIEMANN_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Romanian, Yahoo alternative, UTF-8 QP (ș, ț with comma below).
# „Sănătatea în viața de zi cu zi” (Gesundheit im Alltag) = WS6.

POPA_TEXT = """Bună ziua,

Mă numesc Mihaela Popa și lucrez ca îngrijitoare la domiciliu pentru o doamnă în vârstă. Aș dori să mă înscriu la Fachtag Sprache und Arbeit, la atelierul „Sănătatea în viața de zi cu zi” (Gesundheit im Alltag). Vreau să înțeleg mai bine cum funcționează casa de asigurări de sănătate și îngrijirea.

Vin singură.

Cu mulțumiri,
Mihaela Popa"""


@mail("popa-romanian-health-everyday-yahoo", "2027-08-13 10:10:44",
      E("registration", "mihaela.popa@yahoo.example", "Mihaela Popa", None, ["WS6"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Popa <mihaela.popa@yahoo.example>"),
           ("To", REG),
           ("Subject", ew("Înscriere Fachtag 16 septembrie", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1786608644.2207713.1786608644512@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22501 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(POPA_TEXT, div_html(POPA_TEXT, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"))


# -- 024 ---------------------------------------------------------------------
# Farsi, Gmail alternative (rtl), UTF-8 base64, Persian digits in the date.
# «زبان در محیط کار» (language at the workplace) with "(Sprache im Beruf)" = WS1.

REZAEI_TEXT = """سلام و وقت بخیر،

من مریم رضایی هستم و در ایران حسابدار بودم. می‌خواهم در Fachtag Sprache und Arbeit روز ۱۶ سپتامبر شرکت کنم، در کارگاه «زبان در محیط کار» (Sprache im Beruf).

یک نفر هستم.

با سپاس
Maryam Rezaei"""


@mail("rezaei-farsi-language-at-work", "2027-08-13 22:41:17",
      E("registration", "maryam.rezaei@mail.example", "Maryam Rezaei", None, ["WS1"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rezaei <maryam.rezaei@mail.example>"),
           ("To", REG),
           ("Subject", ew("ثبت نام Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD4vF7gH0jK3lZ6xC9vB2nM5qW8eR1tY4uI7oP0aS3dF6gH9jK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAEI_TEXT, gmail_html(REZAEI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Question in English: may a job seeker come, and which workshop fits?
# Mentions recognition and "the health workshops" without choosing.

@mail("delarosa-english-question-who-may-come", "2027-08-16 08:33:50",
      E("question", "jocelyn.delarosa@mail.example", "Jocelyn Dela Rosa", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Jocelyn Dela Rosa <jocelyn.delarosa@mail.example>"),
           ("To", REG),
           ("Subject", "Question about the Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<0b9e3f2a-6c1d-4e8f-a7b5-3d2c1e0f9a8b@mail.example>"),
           ("User-Agent", "Proton Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I found your invitation on the website of the Welcome Centre. I am a registered nurse from the Philippines, living in Bielefeld since March, and I am currently waiting for the recognition of my diploma. I am not working at the moment.

Is the Fachtag also for people like me, or only for professionals from the job centre and organisations? And if I can come, which workshop would you recommend – the one on recognition or one of the health workshops?

Thank you very much!
Jocelyn Dela Rosa
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change: Okafor (003) answers the coordinator's question, Gmail reply in
# English quoting it (and, nested, his own first mail).  "The first one ...
# language at work" = WS1.

@mail("okafor-change-answers-which-language-workshop", "2027-08-16 11:05:26",
      E("change", "daniel.okafor@mail.example", "Daniel Okafor", None, ["WS1"], None, "en"), "en")
def _(m):
    clar_id = "<fachtag.clarify.20270803091400.okafor@bielefeld.example>"
    m.head(("From", "Daniel Okafor <daniel.okafor@mail.example>"),
           ("To", TO_REG),
           ("Subject", "Re: Registration Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAH3xK9rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU@mail.gmail.example>"),
           ("In-Reply-To", clar_id),
           ("References", f"<CAH3xK9pQ2vL7mWz0eRt5yUi8oPa1sDf4gHj6kLz9xCv3bNm2Qw@mail.gmail.example> {clar_id}"),
           ("MIME-Version", "1.0"))
    inner = CLARIFY_OKAFOR + "\n\nAm 02.08.27 um 14:47 schrieb Daniel Okafor:\n" + gt_quote(OKAFOR_TEXT)
    text = f"""Hi Ms Twelker,

sorry for the late reply, I was travelling. The first one, please – language at work. I don't have anything to do with kindergartens :)

Best,
Daniel

On Tue, Aug 3, 2027 at 9:14 AM Fachtag Sprache und Arbeit <{REG}> wrote:

{gt_quote(inner)}"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 027 ---------------------------------------------------------------------
# GMX text/plain: number and title agree ("Workshop 6 „Gesundheit im
# Alltag“"), four women from an association.

@mail("aydogan-frauentreff-workshop-6-four", "2027-08-16 14:50:12",
      E("registration", "guelsen.aydogan@gmx.example", "Gülşen Aydoğan",
        "Frauentreff Baumheide e.V.", ["WS6"], 4, "de"), "de")
def _(m):
    m.head(("From", f"{ew('Gülşen Aydoğan', 'utf-8', 'q')} <guelsen.aydogan@gmx.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Frauentreff Baumheide"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3d7c9b1e-5a2f-4c8d-b6e0-1f9a8c7d6e5b-1786625412338@3c-app-gmx-bap52>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Twelker,

vom Frauentreff Baumheide möchten wir uns gern zum Fachtag anmelden. Wir
sind 4 Frauen und möchten alle in den Workshop 6 „Gesundheit im Alltag“.
Zwei von uns sprechen noch nicht so gut Deutsch, ich übersetze dann für
sie.

Viele Grüße
Gülşen Aydoğan
Frauentreff Baumheide e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Postfix bounce: the confirmation for 027 was refused, mailbox full
# (552 / 5.2.2).  multipart/report with the returned confirmation.

@mail("postfix-bounce-mailbox-full-aydogan", "2027-08-16 14:51:03",
      E("bounce", bounced="guelsen.aydogan@gmx.example"), "en")
def _(m):
    rcpt = "guelsen.aydogan@gmx.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", REG),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270816125103.4C2E81A0F7@mail.bielefeld.example>"),
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

<{rcpt}>: host mx01.gmx.example[203.0.113.71] said: 552
    Requested mail action aborted: exceeded storage allocation, mailbox full
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "4C2E81A0F7"),
         ("X-Postfix-Sender", f"rfc822; {REG}"),
         ("Arrival-Date", "Mon, 16 Aug 2027 14:50:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.gmx.example"),
         ("Diagnostic-Code", "smtp; 552 Requested mail action aborted: exceeded storage\n"
                             "    allocation, mailbox full")])
    original = confirmation_message(
        f"Gülşen Aydoğan <{rcpt}>", "Frau Aydoğan", "WS6", 4,
        "Mon, 16 Aug 2027 14:50:58 +0200", conf_id("20270816145058", "aydogan"),
        "<trinity-3d7c9b1e-5a2f-4c8d-b6e0-1f9a8c7d6e5b-1786625412338@3c-app-gmx-bap52>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 029 ---------------------------------------------------------------------
# First choice by title (Kita = WS2), second choice "irgendwas mit
# Gesundheit" (WS5 or WS6, no order): only WS2 can be known.  Emoji, so UTF-8.

@mail("focke-kita-first-second-anything-health", "2027-08-17 09:12:38",
      E("registration", "n.focke@familienzentren-bielefeld.example", "Nadine Focke",
        "Familienzentrum Kita Sonnenhügel", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadine Focke <n.focke@familienzentren-bielefeld.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Fachtag Sprache und Arbeit"),
           ("Date", m.date),
           ("Message-ID", "<000201dbef0c$1e2f3a40$5a6b7c80$@familienzentren-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Twelker,

hiermit melde ich mich zum Fachtag an.

Erstwunsch: Sprache in der Kita
Zweitwunsch: irgendwas mit Gesundheit 😊

Viele Grüße
Nadine Focke
Familienzentrum Kita Sonnenhügel
Brackwede
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Change: Hassan (020) answers the coordinator's question in learner German
# from his phone: "Workshop 3 mit Computer und Lebenslauf" = WS3.  The quote
# holds both workshop titles.

@mail("hassan-change-answers-workshop-3", "2027-08-17 13:30:07",
      E("change", "abdiwali.hassan@mail.example", "Abdiwali Hassan", None, ["WS3"], None, "de"), "de")
def _(m):
    clar_id = "<fachtag.clarify.20270812100500.hassan@bielefeld.example>"
    m.head(("From", "Abdiwali Hassan <abdiwali.hassan@mail.example>"),
           ("To", TO_REG),
           ("Subject", "Re: anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAB7yT2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT@mail.gmail.example>"),
           ("In-Reply-To", clar_id),
           ("References", clar_id),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Twelker

Ich meine Workshop 3 mit Computer und Lebenslauf. Ich habe kein Zeugnis aus Somalia, Anerkennung ist nicht fur mich.

Danke
Abdiwali

Am Do., 12. Aug. 2027 um 10:05 Uhr schrieb Fachtag Sprache und Arbeit <{REG}>:

{gt_quote(CLARIFY_HASSAN)}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# "Workshop 1 (Bewerbung und Anerkennung)": number 1 is Sprache im Beruf,
# the title is Workshop 4, and her work (Berufssprachkurse, questions about
# Anerkennung) fits both: workgroups [].  text/plain, UTF-8 8bit.

@mail("markovic-number-1-title-of-4-ambiguous", "2027-08-18 12:20:41",
      E("registration", "v.markovic@lingua-plus.example", "Vesna Marković",
        "Sprachschule Lingua Plus", [], 1, "de"), "de")
def _(m):
    m.head(("From", f"{ew('Vesna Marković', 'utf-8', 'q')} <v.markovic@lingua-plus.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Fachtag / Workshop 1"),
           ("Date", m.date),
           ("Message-ID", "<20270818102041.GA31842@lingua-plus.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit möchte ich mich für den Fachtag Sprache und Arbeit am 16.09. anmelden, und zwar für Workshop 1 (Bewerbung und Anerkennung).

Ich unterrichte Integrations- und Berufssprachkurse und werde von meinen Teilnehmenden ständig nach der Anerkennung ihrer Abschlüsse gefragt.

Mit freundlichen Grüßen
Vesna Marković
Sprachschule Lingua Plus
Niederwall 23, 33602 Bielefeld
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Outlook multipart/related (alternative + inline logo).  "der Workshop von
# Herrn Pieper" (WS3 moderator), plus "Online-Bewerbungen" (WS3 alias).

KLEINEBEKEL_TEXT = """Sehr geehrte Frau Twelker,

für den Fachtag Sprache und Arbeit melde ich mich und meinen Kollegen Herrn Timo Quest an. Wir würden gern in den Workshop von Herrn Pieper gehen, da wir mit unseren Jugendlichen gerade sehr viel an Online-Bewerbungen arbeiten.

Mit freundlichen Grüßen
Stefan Kleinebekel
Jugendberufsagentur Bielefeld
Berufsberatung U25
Tel. 0521 9 60 44-218"""


@mail("kleinebekel-moderator-pieper-inline-logo", "2027-08-19 09:00:16",
      E("registration", "stefan.kleinebekel@jba-bielefeld.example", "Stefan Kleinebekel",
        "Jugendberufsagentur Bielefeld", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Kleinebekel, Stefan" <stefan.kleinebekel@jba-bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "Anmeldung zum Fachtag – Jugendberufsagentur"),
           ("Date", m.date),
           ("Message-ID", "<PR3P281MB0A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5@PR3P281MB0A1B.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    html_text = outlook_html(KLEINEBEKEL_TEXT).replace(
        "</div>\n</body>",
        "<p class=MsoNormal><img width=120 height=75 src=\"cid:image001.png@jba-bielefeld.example\" alt=\"Logo\"></p>\n</div>\n</body>")
    alt = m.multi("alternative",
                  [m.text(KLEINEBEKEL_TEXT, "plain", "utf-8", "quoted-printable"),
                   m.text(html_text, "html", "utf-8", "quoted-printable")],
                  style="outlook", top=False)
    logo = m.binary(make_png(), "image", "png", "image001.png", disposition="inline")
    logo["Content-ID"] = "<image001.png@jba-bielefeld.example>"
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 033 ---------------------------------------------------------------------
# Turkish from a Samsung phone, ISO-8859-9 quoted-printable.  "sağlık
# atölyesi" (health workshop) fits WS5 and WS6, but he wants to learn about
# health and rights at the workplace (overtime, back pain in the warehouse):
# a careful coordinator reads WS5.

@mail("demir-turkish-saglik-at-work-latin5", "2027-08-19 16:18:29",
      E("registration", "murat.demir@mail.example", "Murat Demir", None, ["WS5"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Murat Demir <murat.demir@mail.example>"),
           ("To", REG),
           ("Subject", ew("Fachtag kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<k3m9x2.1787149109.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ben bir depoda forklift şoförü olarak çalışıyorum. 16 Eylül'deki Fachtag'e gelmek istiyorum, sağlık atölyesine. İş yerinde sağlığımız ve haklarımız hakkında bilgi almak istiyorum, çünkü çok fazla mesai yapıyoruz ve sırtım ağrıyor.

Tek kişiyim.

Selamlar
Murat Demir

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# "melde mich für den Fachtag Sprache und Arbeit an": the event's name holds
# "Sprache" (WS1/WS2) and "Arbeit" (WS5) but chooses no workshop: [].

@mail("schonlau-event-name-only-no-workshop", "2027-08-20 14:05:50",
      E("registration", "beate.schonlau@t-online.example", "Beate Schonlau",
        "Café International Sennestadt", [], 1, "de"), "de")
def _(m):
    m.head(("From", "beate.schonlau@t-online.example"),
           ("To", REG),
           ("Subject", "Anmeldung Sprache und Arbeit"),
           ("Date", m.date),
           ("Message-ID", "<1787220350721.4412.beate.schonlau@t-online.example>"),
           ("X-Mailer", "T-Online Mail 2.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Orga-Team,

hiermit melde ich mich für den Fachtag Sprache und Arbeit an. Ich bin ehrenamtlich im Café International Sennestadt aktiv, dort helfen wir Geflüchteten bei Briefen vom Amt und bei der Jobsuche.

Herzliche Grüße
Beate Schonlau
""", charset="iso-8859-15", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Question: what is the difference between Workshop 3 and 4 (both say
# "Bewerbung")?  Registers no one yet.  Outlook alternative.

HUSEMANN_TEXT = """Guten Tag Frau Twelker,

bevor ich mich anmelde, eine kurze Frage: Worin unterscheiden sich Workshop 3 und Workshop 4 genau? In beiden Titeln steht „Bewerbung“. Ich berate junge Erwachsene, die teils schon einen Abschluss aus dem Herkunftsland mitbringen, teils gar keinen – welcher Workshop passt da besser?

Vielen Dank und viele Grüße
Frank Husemann
AWO Jugendmigrationsdienst Bielefeld"""


@mail("husemann-question-difference-3-and-4", "2027-08-23 09:25:03",
      E("question", "f.husemann@awo-bielefeld.example", "Frank Husemann",
        "AWO Jugendmigrationsdienst Bielefeld", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Husemann, Frank" <f.husemann@awo-bielefeld.example>'),
           ("To", REG),
           ("Subject", "Frage zu Workshop 3 und 4"),
           ("Date", m.date),
           ("Message-ID", "<000001dbf41e$0a1b2c30$1e3f5a70$@awo-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.alternative(HUSEMANN_TEXT, outlook_html(HUSEMANN_TEXT), charset="windows-1252", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Change (party size): Hölscher (002) adds a trainee, "dann wären wir zu
# dritt" -> 3.  Outlook alternative quoting the confirmation (WS2, 2).

HOELSCHER_CHANGE = """Sehr geehrte Damen und Herren,

unsere Praktikantin, Frau Merve Yüksel, möchte gern auch mitkommen. Können Sie sie noch dazunehmen? Dann wären wir zu dritt.

Mit freundlichen Grüßen
Petra Hölscher
Leitung Städtische Kita Sieker-Mitte"""


@mail("hoelscher-change-adds-trainee-outlook-quote", "2027-08-23 15:40:22",
      E("change", "p.hoelscher@kitas.bielefeld.example", "Petra Hölscher",
        "Städtische Kita Sieker-Mitte", [], 3, "de"), "de")
def _(m):
    cid = conf_id("20270802101302", "hoelscher")
    m.head(("From", '"Hölscher, Petra" <p.hoelscher@kitas.bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2210F1A2B3C4D5E6F7A8B9C0D1E2F3A4@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (TO_REG, "Montag, 2. August 2027 10:13",
             '"Hölscher, Petra" <p.hoelscher@kitas.bielefeld.example>',
             CONFIRMATION_SUBJECT, confirmation("Frau Hölscher", "WS2", 2))
    m.alternative(outlook_plain(HOELSCHER_CHANGE, quote), outlook_html(HOELSCHER_CHANGE, quote),
                  style="outlook")


# -- 037 ---------------------------------------------------------------------
# Arabic text/plain, UTF-8 8bit, name only in Arabic script (display name
# too).  "ورشة الصحة" (the health workshop) is shared by WS5 and WS6, but the
# content (health insurance, talking to the doctor, elderly members) is WS6.
# The association: German form in the signature.

@mail("darwish-arabic-health-insurance-doctor", "2027-08-24 08:12:45",
      E("registration", "a.darwish@arabischer-kulturverein.example", "أحمد درويش",
        "Arabischer Kulturverein Bielefeld e.V.", ["WS6"], 2, "ar"), "ar")
def _(m):
    m.head(("From", f"{ew('أحمد درويش', 'utf-8', 'b')} <a.darwish@arabischer-kulturverein.example>"),
           ("To", REG),
           ("Subject", ew("تسجيل – ورشة الصحة", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<e1d2c3b4-a5f6-4789-9abc-def012345678@arabischer-kulturverein.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا أحمد درويش، رئيس الجمعية الثقافية العربية في بيليفيلد. أريد أن أسجّل نفسي وزميلاً من الجمعية في ورشة الصحة في Fachtag يوم 16 سبتمبر.
كثير من أعضائنا كبار في السن، ولا يفهمون نظام التأمين الصحي ولا كيف يتحدثون مع الطبيب، ونريد أن نتعلم كيف نساعدهم.

عددنا شخصان.

مع التحية
أحمد درويش
Arabischer Kulturverein Bielefeld e.V.
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252.  Full title „Sprache im Beruf“; she
# registers herself and a colleague.  "Dr." is not part of the name.

HAVERKAMP_TEXT = """Sehr geehrte Frau Twelker,

für den Fachtag am 16. September melden wir zwei Lehrkräfte aus unseren Berufssprachkursen an: Frau Dr. Ulrike Haverkamp (Fachbereichsleitung) und Herrn Oliver Stratmann. Wir möchten beide in den Workshop „Sprache im Beruf“.

Mit freundlichen Grüßen

Dr. Ulrike Haverkamp
Fachbereichsleitung Deutsch als Zweitsprache
Lernwerkstatt Deutsch gGmbH
Herforder Straße 112 · 33609 Bielefeld"""


@mail("haverkamp-sprache-im-beruf-outlook-html", "2027-08-24 13:55:10",
      E("registration", "u.haverkamp@lernwerkstatt-deutsch.example", "Ulrike Haverkamp",
        "Lernwerkstatt Deutsch gGmbH", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Ulrike Haverkamp" <u.haverkamp@lernwerkstatt-deutsch.example>'),
           ("To", TO_REG),
           ("Subject", "Anmeldung: Sprache im Beruf"),
           ("Date", m.date),
           ("Message-ID", "<000501dbf4c2$9d8e7f60$d8ab7e20$@lernwerkstatt-deutsch.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HAVERKAMP_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change: Raghunathan (008) answers the coordinator after her leave, Outlook
# for Mac, English, top-posted over the question.  "Sprache im Beruf first,
# Kita as a back-up" = WS1, then WS2.

RAGHUNATHAN_CHANGE = """Dear Ms Twelker,

Thank you, and apologies for the confusion – I had the numbering from an earlier draft of the programme that a partner sent us. To be honest, we'd be happy with either. If we have to choose: Sprache im Beruf first, Kita as a back-up.

Kind regards,
Priya"""


@mail("raghunathan-change-first-beruf-then-kita", "2027-08-25 10:30:08",
      E("change", "p.raghunathan@talent-bridge-owl.example", "Priya Raghunathan", None,
        ["WS1", "WS2"], None, "en"), "en")
def _(m):
    clar_id = "<fachtag.clarify.20270805114100.raghunathan@bielefeld.example>"
    m.head(("From", "Priya Raghunathan <p.raghunathan@talent-bridge-owl.example>"),
           ("To", TO_REG),
           ("Subject", "Re: Fachtag Sprache und Arbeit – registration for 2"),
           ("Date", m.date),
           ("Message-ID", "<DU2PR08MB7F31C2D3E4F5A6B7C8D9E0F1A2B3C4D5@DU2PR08MB7F31.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", clar_id),
           ("References", f"<DU2PR08MB7F31A0B4C5D6E7F8A9B0C1D2E3F4A5B6@DU2PR08MB7F31.eurprd08.prod.outlook.example> {clar_id}"),
           ("X-Mailer", "Microsoft Outlook for Mac 16.88"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (TO_REG, "Thursday, 5 August 2027 at 11:41",
             "Priya Raghunathan <p.raghunathan@talent-bridge-owl.example>",
             "Re: Fachtag Sprache und Arbeit – registration for 2", CLARIFY_RAGHUNATHAN)
    labels = ("From", "Date", "To", "Subject")
    m.alternative(outlook_plain(RAGHUNATHAN_CHANGE, quote, labels),
                  outlook_html(RAGHUNATHAN_CHANGE, quote, labels), style="outlook")


# -- 040 ---------------------------------------------------------------------
# Ukrainian, Gmail alternative, UTF-8 QP.  Describes the content: CV online,
# job portals, video interview = WS3.  "разом із сестрою" -> 2.  The
# signature gives the Latin form of her name.

KOVALENKO_TEXT = """Добрий день!

Мене звати Анастасія Коваленко. Я хочу прийти на Fachtag разом із сестрою. Нас цікавить воркшоп, де розповідають, як зробити резюме онлайн, шукати роботу на порталах і підготуватися до співбесіди по відео.

Дякую!
Anastasiia Kovalenko"""


@mail("kovalenko-ukrainian-description-cv-video", "2027-08-25 17:05:33",
      E("registration", "anastasiia.kovalenko@mail.example", "Anastasiia Kovalenko", None,
        ["WS3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Anastasiia Kovalenko <anastasiia.kovalenko@mail.example>"),
           ("To", REG),
           ("Subject", ew("Fachtag 16.09 – реєстрація", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAE9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVALENKO_TEXT, gmail_html(KOVALENKO_TEXT), style="gmail")


# -- 041 ---------------------------------------------------------------------
# A secretariat registers its director and asks the confirmation to go to
# her own address: email = that address, name = the attendee.  Workshop named
# by moderator ("bei Herrn Dr. Tavakoli" = WS4).

WESSEL_TEXT = """Sehr geehrte Frau Twelker,

im Auftrag von Frau Dr. Brigitte Wessel, Leiterin des Kommunalen Integrationszentrums Kreis Gütersloh, melde ich sie zum Fachtag am 16. September an. Frau Dr. Wessel möchte gern am Workshop bei Herrn Dr. Tavakoli teilnehmen.

Bitte senden Sie die Bestätigung direkt an Frau Dr. Wessel: b.wessel@kreis-guetersloh.example

Mit freundlichen Grüßen
i. A. Renate Vogelsang
Sekretariat
Kommunales Integrationszentrum Kreis Gütersloh"""


@mail("vogelsang-secretariat-registers-wessel-tavakoli", "2027-08-26 09:00:49",
      E("registration", "b.wessel@kreis-guetersloh.example", "Brigitte Wessel",
        "Kommunales Integrationszentrum Kreis Gütersloh", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sekretariat KI Kreis Gütersloh <ki-sekretariat@kreis-guetersloh.example>"),
           ("To", TO_REG),
           ("Subject", "Anmeldung Frau Dr. Wessel – Fachtag Sprache und Arbeit"),
           ("Date", m.date),
           ("Message-ID", "<8C1D2E3F4A5B6C7D@exchange.kreis-guetersloh.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.alternative(WESSEL_TEXT, outlook_html(WESSEL_TEXT), style="outlook")


# -- 042 ---------------------------------------------------------------------
# German Exchange NDR: the confirmation to the address the secretariat gave
# (041) is refused, recipient not found.  multipart/report.

@mail("exchange-ndr-german-wessel", "2027-08-26 09:01:37",
      E("bounce", bounced="b.wessel@kreis-guetersloh.example"), "de")
def _(m):
    rcpt = "b.wessel@kreis-guetersloh.example"
    m.head(("From", "postmaster@kreis-guetersloh.example"),
           ("To", REG),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9d4e5f60-7a8b-4c9d-8e0f-1a2b3c4d5e6f@exchange.kreis-guetersloh.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="")
    notice = m.text(f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {CONFIRMATION_SUBJECT}
Gesendet: 26.08.2027 09:01

Die Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} am 26.08.2027 09:01
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.
<exchange.kreis-guetersloh.example #550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup ##>
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;exchange.kreis-guetersloh.example"),
         ("Received-From-MTA", "dns;mail.bielefeld.example"),
         ("Arrival-Date", "Thu, 26 Aug 2027 07:01:31 +0000")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\n"
                             " found by SMTP address lookup")])
    original = confirmation_message(
        f"Brigitte Wessel <{rcpt}>", "Frau Dr. Wessel", "WS4", 1,
        "Thu, 26 Aug 2027 09:01:30 +0200", conf_id("20270826090130", "wessel"),
        "<8C1D2E3F4A5B6C7D@exchange.kreis-guetersloh.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, CONFIRMATION_SUBJECT)],
            style="outlook", params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Cancellation: Wöstmann (007) withdraws instead of answering which health
# workshop; iPhone reply, the coordinator's question quoted iOS-style.

@mail("woestmann-cancel-iphone-quotes-question", "2027-08-26 14:22:15",
      E("cancellation", "t.woestmann@caritas-bielefeld.example", "Tanja Wöstmann", None,
        [], None, "de"), "de")
def _(m):
    clar_id = "<fachtag.clarify.20270805102100.woestmann@bielefeld.example>"
    m.head(("From", "Tanja Wöstmann <t.woestmann@caritas-bielefeld.example>"),
           ("To", TO_REG),
           ("Subject", "Re: Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<F1E2D3C4-B5A6-4978-8A6B-5C4D3E2F1A0B@caritas-bielefeld.example>"),
           ("In-Reply-To", clar_id),
           ("References", f"<A3B9C1D7-22E4-4F0A-9B6C-7D8E9F0A1B2C@caritas-bielefeld.example> {clar_id}"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    quoted = (f"Am 05.08.2027 um 10:21 schrieb Fachtag Sprache und Arbeit <{REG}>:\n\n"
              + CLARIFY_WOESTMANN)
    m.single(f"""Hallo Frau Twelker,
sorry, hat sich leider erledigt – am 16. ist bei uns Teamklausur, die wurde gerade festgelegt. Bitte streichen Sie mich wieder von der Liste.
LG Tanja Wöstmann

Von meinem iPhone gesendet

{gt_quote(quoted)}""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Polish, UTF-8 QP.  "warsztat 5 – Gesundheit im Alltag": number 5 and the
# copied title (Workshop 6) disagree, but what he wants (health at work:
# heavy lifting, cold store, overtime, safety rules) is Workshop 5, so the
# number and the content agree: WS5.  "z kolegą" -> 2.

@mail("wojcik-polish-number-5-title-of-6-content-5", "2027-08-27 11:11:20",
      E("registration", "tomasz.wojcik@mail.example", "Tomasz Wójcik", None, ["WS5"], 2, "pl"), "pl")
def _(m):
    m.head(("From", f"{ew('Tomasz Wójcik', 'utf-8', 'q')} <tomasz.wojcik@mail.example>"),
           ("To", REG),
           ("Subject", ew("Fachtag – zgłoszenie na warsztat 5", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

zgłaszam się na Fachtag 16 września, warsztat 5 – Gesundheit im Alltag.
Pracuję na nocną zmianę w chłodni i chodzi mi głównie o zdrowie w pracy:
ciężkie noszenie, zimno, nadgodziny i co mogę zrobić, kiedy szef nie
przestrzega przepisów BHP.

Przyjdę z kolegą z pracy, czyli będziemy we dwóch.

Pozdrawiam
Tomasz Wójcik
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Thunderbird plain.  "Workshop: Sprache (Berufssprachkurse)" - the bare
# shared word plus WS1's alias: WS1.  Two people; the signature sits below
# "-- " with the organisation above the name.

@mail("poeppelbaum-sprache-berufssprachkurse", "2027-08-30 08:20:55",
      E("registration", "r.poeppelbaum@sprachinstitut-teutoburg.example", "Ralf Pöppelbaum",
        "Sprachinstitut Teutoburg", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "R. Poeppelbaum <r.poeppelbaum@sprachinstitut-teutoburg.example>"),
           ("To", REG),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<a0b1c2d3-e4f5-4061-8273-94a5b6c7d8e9@sprachinstitut-teutoburg.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir möchten uns zu zweit für den Fachtag Sprache und Arbeit anmelden:
Ralf Pöppelbaum und Dilara Şen, beide Dozenten im Sprachinstitut
Teutoburg. Workshop: Sprache (Berufssprachkurse).

Gruß
R. Pöppelbaum

-- 
Sprachinstitut Teutoburg
Ralf Pöppelbaum | Kursleitung DeuFöV
Feilenstraße 4, 33602 Bielefeld
""", charset="utf-8", cte="8bit")


# -- 046 ---------------------------------------------------------------------
# Cancellation in English (021): Outlook alternative quoting the English
# confirmation under From:/Sent:/To:/Subject:.

MITCHELL_CANCEL = """Dear Ms Twelker,

I'm afraid Lukas and I will have to cancel our registration for the 16th – our team has been booked for a trade fair in Hanover that same week and we cannot get out of it.

We're sorry to miss it and hope there will be some documentation afterwards.

Best wishes,
Sarah Mitchell"""


@mail("mitchell-cancel-english-outlook-quote", "2027-08-30 12:40:13",
      E("cancellation", "s.mitchell@dualcareer-owl.example", "Sarah Mitchell", None,
        [], None, "en"), "en")
def _(m):
    cid = conf_id("20270812094833", "mitchell")
    m.head(("From", "Sarah Mitchell <s.mitchell@dualcareer-owl.example>"),
           ("To", TO_REG),
           ("Cc", "Lukas Henning <l.henning@dualcareer-owl.example>"),
           ("Subject", "RE: Your registration for the Fachtag Sprache und Arbeit 2027"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB6A7BD2E3F4A5B6C7D8E9F0A1B2C3D4E5@VI1PR03MB6A7B.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (TO_REG, "Thursday, August 12, 2027 9:48 AM",
             "Sarah Mitchell <s.mitchell@dualcareer-owl.example>",
             "Your registration for the Fachtag Sprache und Arbeit 2027",
             confirmation_en("Ms Mitchell", "WS4", 2))
    m.alternative(outlook_plain(MITCHELL_CANCEL, quote, LABELS_EN),
                  outlook_html(MITCHELL_CANCEL, quote, LABELS_EN), style="outlook")


# -- 047 ---------------------------------------------------------------------
# Romanian text/plain, UTF-8 base64.  Content and number agree: recognition
# of professional qualifications "(nr. 4)" = WS4.

@mail("lungu-romanian-recognition-nr-4", "2027-08-30 19:10:40",
      E("registration", "ion.lungu@posta.example", "Ion Lungu", None, ["WS4"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Ion Lungu <ion.lungu@posta.example>"),
           ("To", REG),
           ("Subject", "Inscriere atelier recunoastere diplome"),
           ("Date", m.date),
           ("Message-ID", "<20270830171040.5f3a2b1c@posta.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

Sunt electrician cu diplomă din România și vreau să lucrez în Germania în meseria mea. Aș dori să particip la Fachtag, la atelierul despre recunoașterea calificărilor profesionale (nr. 4).

O persoană.

Mulțumesc,
Ion Lungu
""", charset="utf-8", cte="base64")


# -- 048 ---------------------------------------------------------------------
# Gmail HTML only, sent from a shared project account with Reply-To to her
# own address (Reply-To beats From).  "Workshop 6", three persons.

KILIC_TEXT = """Hallo Frau Twelker,

wir sind drei Stadtteilmütter aus Baumheide und möchten gern zum Fachtag kommen: Derya Kılıç, Hanan Othman und Zehra Güler. Bitte für Workshop 6.

Vielen Dank!
Derya Kılıç
Projekt Stadtteilmütter Bielefeld"""


@mail("kilic-stadtteilmuetter-reply-to-workshop-6-html", "2027-08-31 09:05:27",
      E("registration", "derya.kilic@awo-bielefeld.example", "Derya Kılıç",
        "Projekt Stadtteilmütter Bielefeld", ["WS6"], 3, "de"), "de")
def _(m):
    m.head(("From", f"{ew('Stadtteilmütter Bielefeld', 'utf-8', 'q')} <stadtteilmuetter@awo-bielefeld.example>"),
           ("Reply-To", f"{ew('Derya Kılıç', 'utf-8', 'q')} <derya.kilic@awo-bielefeld.example>"),
           ("To", REG),
           ("Subject", ew("Anmeldung Stadtteilmütter", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAK1pL4oI7uY0tR3eW6qA9sD2fG5hJ8kZ1xC4vB7nM0qW3eR6tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(KILIC_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 049 ---------------------------------------------------------------------
# Turkish question from an iPhone: interpreters?  Registers no one.

@mail("arslan-turkish-question-interpreter", "2027-08-31 14:30:51",
      E("question", "songul.arslan@mail.example", "Songül Arslan", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", f"{ew('Songül Arslan', 'utf-8', 'q')} <songul.arslan@mail.example>"),
           ("To", REG),
           ("Subject", ew("Tercüman var mı?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<2C3D4E5F-6A7B-4C8D-9E0F-1A2B3C4D5E6F@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Fachtag'deki atölyelerde Türkçe tercüman olacak mı? Annem de benimle gelmek istiyor ama Almancası çok zayıf. Eğer tercüman yoksa, yanında oturup ona çeviri yapmam sorun olur mu?

Teşekkürler
Songül Arslan

iPhone'umdan gönderildi""", charset="utf-8", cte="quoted-printable")


# -- 050 ---------------------------------------------------------------------
# Outlook multipart/mixed with a filled-in PDF form.  First choice "der
# Workshop zur Anerkennung" (WS4), second "Digitale Bewerbung" (WS3).

VAHLKAMP_TEXT = """Sehr geehrte Frau Twelker,

anbei unser ausgefülltes Anmeldeformular. Kurz zusammengefasst: Ich komme allein, Wunsch ist der Workshop zur Anerkennung, als Zweitwunsch Digitale Bewerbung.

Mit freundlichen Grüßen
Jens Vahlkamp
Anerkennungsberatung
Bildungszentrum Handwerk OWL"""


@mail("vahlkamp-anerkennung-then-digitale-pdf", "2027-09-01 08:15:36",
      E("registration", "j.vahlkamp@bzh-owl.example", "Jens Vahlkamp",
        "Bildungszentrum Handwerk OWL", ["WS4", "WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Vahlkamp, Jens" <j.vahlkamp@bzh-owl.example>'),
           ("To", TO_REG),
           ("Subject", "Anmeldung Fachtag – Bildungszentrum Handwerk OWL"),
           ("Date", m.date),
           ("Message-ID", "<000f01dbfa33$4e5f6a70$eb1f3e50$@bzh-owl.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.multi("alternative",
                  [m.text(VAHLKAMP_TEXT, "plain", "windows-1252", "quoted-printable"),
                   m.text(outlook_html(VAHLKAMP_TEXT), "html", "windows-1252", "quoted-printable")],
                  style="outlook", top=False)
    pdf = m.binary(make_pdf(["Anmeldung Fachtag Sprache und Arbeit 2027",
                             "Name: Jens Vahlkamp",
                             "Einrichtung: Bildungszentrum Handwerk OWL",
                             "Workshop Erstwunsch: 4",
                             "Workshop Zweitwunsch: 3",
                             "Personen: 1"]),
                   "application", "pdf", "Anmeldung_Fachtag_Vahlkamp.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 051 ---------------------------------------------------------------------
# Change: Siekmann (011) moves to "den anderen Bewerbungs-Workshop" - she is
# confirmed for WS3 (quoted), the other one is WS4, and "Anerkennung" says it
# too.  One participant drops out: 3 -> 2.  Outlook alternative, windows-1252.

SIEKMANN_CHANGE = """Guten Tag Frau Twelker,

nach Rücksprache mit unseren Teilnehmenden möchten wir doch lieber in den anderen Bewerbungs-Workshop wechseln – beide haben ihre Abschlüsse im Ausland gemacht, und das Thema Anerkennung ist für sie dringender. Außerdem hat Frau Rusu inzwischen eine Stelle gefunden und kommt nicht mit, wir sind also nur noch zu zweit.

Mit freundlichen Grüßen
Claudia Siekmann
Bildungswerk Ravensberg"""


@mail("siekmann-change-other-bewerbung-workshop-and-2", "2027-09-01 11:50:04",
      E("change", "c.siekmann@bildungswerk-ravensberg.example", "Claudia Siekmann",
        "Bildungswerk Ravensberg", ["WS4"], 2, "de"), "de")
def _(m):
    cid = conf_id("20270805142102", "siekmann")
    m.head(("From", '"Siekmann, Claudia" <c.siekmann@bildungswerk-ravensberg.example>'),
           ("To", TO_REG),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000a01dbfa51$6b7c8d90$42859eb0$@bildungswerk-ravensberg.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = (TO_REG, "Donnerstag, 5. August 2027 14:21",
             '"Siekmann, Claudia" <c.siekmann@bildungswerk-ravensberg.example>',
             CONFIRMATION_SUBJECT, confirmation("Frau Siekmann", "WS3", 3))
    m.alternative(outlook_plain(SIEKMANN_CHANGE, quote), outlook_html(SIEKMANN_CHANGE, quote),
                  charset="windows-1252", style="outlook")


# -- 052 ---------------------------------------------------------------------
# English text/plain: described by content ("health and safety at work and
# workers' rights") = WS5.

@mail("mensah-english-health-safety-at-work", "2027-09-01 17:20:48",
      E("registration", "kwame.mensah@proton.example", "Kwame Mensah",
        "Migrant Workers' Network OWL", ["WS5"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kwame Mensah <kwame.mensah@proton.example>"),
           ("To", REG),
           ("Subject", "Sign-up for 16 Sept"),
           ("Date", m.date),
           ("Message-ID", "<Xk2mQ9vR4tL7wP0zN3bC6yH1sD8fJ5gA@proton.example>"),
           ("User-Agent", "Proton Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'd like to sign up for the Fachtag. I'm interested in the session about health and safety at work and workers' rights - I'm a shop steward, and many of our members are migrant workers on temporary contracts.

One person.

Thanks,
Kwame Mensah
Migrant Workers' Network OWL
""", charset="us-ascii", cte="7bit")


# -- 053 ---------------------------------------------------------------------
# Advertising (other): language-learning software for job centres, using
# workshop words ("Sprache im Beruf", "digitale Bewerbung", "Anmeldung").

SPAM_TEXT = """DeutschDigital Pro – die Lernplattform für Jobcenter und Bildungsträger

Sehr geehrte Damen und Herren,

Sprache im Beruf, digitale Bewerbung, Deutsch für Pflege und Gesundheit: Mit DeutschDigital Pro lernen Ihre Kundinnen und Kunden genau das, was sie im Job brauchen – am Handy, im Kurs oder zu Hause.

Jetzt 30 Tage kostenlos testen! Anmeldung mit einem Klick:
https://deutschdigital-pro.example/testen?ref=jc2027

Über 140 Jobcenter und Träger vertrauen uns bereits.

Ihr Team von DeutschDigital Pro

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. Abmelden: https://deutschdigital-pro.example/abmelden"""

SPAM_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fafafa;">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px;">
<h1 style="color:#d9480f;font-size:22px;">DeutschDigital Pro – die Lernplattform für Jobcenter und Bildungsträger</h1>
<p>Sehr geehrte Damen und Herren,</p>
<p><b>Sprache im Beruf</b>, <b>digitale Bewerbung</b>, <b>Deutsch für Pflege und Gesundheit</b>: Mit DeutschDigital Pro lernen Ihre Kundinnen und Kunden genau das, was sie im Job brauchen – am Handy, im Kurs oder zu Hause.</p>
<p style="text-align:center;"><a href="https://deutschdigital-pro.example/testen?ref=jc2027" style="background:#d9480f;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Jetzt 30 Tage kostenlos testen!</a></p>
<p>Über 140 Jobcenter und Träger vertrauen uns bereits.</p>
<p>Ihr Team von DeutschDigital Pro</p>
<p style="font-size:10px;color:#999;">Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist. <a href="https://deutschdigital-pro.example/abmelden">Abmelden</a></p>
</div></body></html>
"""


@mail("deutschdigital-advertising", "2027-09-02 09:00:00", E("other"), "de")
def _(m):
    m.head(("From", "DeutschDigital Pro <angebote@deutschdigital-pro.example>"),
           ("To", REG),
           ("Subject", "Sprache im Beruf & digitale Bewerbung – jetzt 30 Tage kostenlos testen"),
           ("Date", m.date),
           ("Message-ID", "<20270902070000.8f2e1d0c@mailer.deutschdigital-pro.example>"),
           ("List-Unsubscribe", "<https://deutschdigital-pro.example/abmelden>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "SendBlaster 5"),
           ("MIME-Version", "1.0"))
    m.alternative(SPAM_TEXT, SPAM_HTML, charset="utf-8", cte="base64")


# -- 054 ---------------------------------------------------------------------
# Farsi, Gmail alternative, UTF-8 base64: "کارگاه شماره ۴" with the Persian
# digit ۴ and the topic (recognition of certificates) = WS4.

KARIMI_TEXT = """سلام،

من حمید کریمی هستم، مهندس عمران از افغانستان. لطفاً مرا برای کارگاه شماره ۴ (به رسمیت شناختن مدارک) در Fachtag روز ۱۶ سپتامبر ثبت نام کنید.

یک نفر.

ممنون
Hamid Karimi"""


@mail("karimi-farsi-workshop-persian-digit-4", "2027-09-02 10:30:29",
      E("registration", "hamid.karimi@mail.example", "Hamid Karimi", None, ["WS4"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Karimi <hamid.karimi@mail.example>"),
           ("To", REG),
           ("Subject", ew("ثبت نام در کارگاه ۴", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF2sD5fG8hJ1kL4zX7cV0bN3mQ6wE9rT2yU5iO8pA1sD4fG7hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARIMI_TEXT, gmail_html(KARIMI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 055 ---------------------------------------------------------------------
# Change (party size) as a new mail, no quote: her confirmation bounced
# (028), she never saw it.  4 -> 5.

@mail("aydogan-change-five-women-no-confirmation", "2027-09-02 15:15:43",
      E("change", "guelsen.aydogan@gmx.example", "Gülşen Aydoğan", "Frauentreff Baumheide",
        [], 5, "de"), "de")
def _(m):
    m.head(("From", f"{ew('Gülşen Aydoğan', 'utf-8', 'q')} <guelsen.aydogan@gmx.example>"),
           ("To", REG),
           ("Subject", "Nachmeldung Frauentreff Baumheide"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0-1788354943901@3c-app-gmx-bap48>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Twelker,

wir haben uns am 16. August mit 4 Frauen vom Frauentreff Baumheide
angemeldet. Eine Bestätigung habe ich nicht bekommen, ich hoffe, es hat
trotzdem geklappt? Jetzt möchte noch eine Nachbarin mitkommen, also sind
wir 5 Frauen.

Viele Grüße
Gülşen Aydoğan
""", charset="utf-8", cte="quoted-printable")


# -- 056 ---------------------------------------------------------------------
# Two colleagues, two different workshops in one mail: workgroups = the
# writer's own choice (WS1), party_size counts both.

RUETER_TEXT = """Hallo zusammen,

ich melde mich und meinen Kollegen Herrn Brune für den Fachtag an. Ich würde in „Sprache im Beruf“ gehen, Herr Brune möchte lieber zur Digitalen Bewerbung – geht das, dass wir uns aufteilen?

Viele Grüße
Anke Rüter
Jobcenter Bielefeld
Arbeitgeberservice"""


@mail("rueter-two-colleagues-two-workshops", "2027-09-03 08:45:18",
      E("registration", "anke.rueter@jobcenter-bielefeld.example", "Anke Rüter",
        "Jobcenter Bielefeld", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Rüter, Anke" <anke.rueter@jobcenter-bielefeld.example>'),
           ("To", REG),
           ("Subject", "Fachtag: Anmeldung Rüter + Brune"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB3A4B5C6D7E8F9A0B1C2D3E4F5A6B7C8@FR2P281MB3A4B.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(RUETER_TEXT, outlook_html(RUETER_TEXT), style="outlook")


# -- 057 ---------------------------------------------------------------------
# Russian cancellation (013), UTF-8 8bit, replying to the German confirmation
# quoted with '>'.

@mail("schaefer-cancel-russian-quotes-confirmation", "2027-09-03 13:10:37",
      E("cancellation", "irina.schaefer@post.example", "Irina Schaefer", None, [], None, "ru"), "ru")
def _(m):
    cid = conf_id("20270806204103", "schaefer")
    m.head(("From", "Irina Schaefer <irina.schaefer@post.example>"),
           ("To", REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1788433837.551902344@f407.post.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Post.example Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравствуйте,

к сожалению, мы с мужем не сможем прийти 16 сентября: у свекрови операция,
и мы должны быть с ней в больнице. Пожалуйста, отмените нашу регистрацию.

Спасибо и извините,
Ирина

Пятница, 6 августа 2027, 20:41 +02:00 от Fachtag Sprache und Arbeit <{REG}>:
{gt_quote(confirmation("Frau Schaefer", "WS6", 2))}
""", charset="utf-8", cte="8bit")


# -- 058 ---------------------------------------------------------------------
# Arabic, Gmail alternative (rtl), base64; name only in Arabic.  "ورشة
# اللغة" (the language workshop) is WS1 or WS2; she is a kindergarten
# teacher who wants to work in a German Kita - which fits WS2 (Kita) as well
# as WS1 (German for her job).  Not decidable: [].

ALSAYED_TEXT = """مرحباً،

اسمي رشا السيد، عملت ثماني سنوات مربية في روضة أطفال في حلب. أريد أن أعمل في ألمانيا في روضة أطفال (Kita).
أرغب في التسجيل في ورشة اللغة في Fachtag يوم 16 سبتمبر.

شكراً جزيلاً
رشا السيد"""


@mail("alsayed-arabic-language-workshop-kita-teacher-ambiguous", "2027-09-03 18:30:02",
      E("registration", "rasha.alsayed@mail.example", "رشا السيد", None, [], 1, "ar"), "ar")
def _(m):
    m.head(("From", f"{ew('رشا السيد', 'utf-8', 'b')} <rasha.alsayed@mail.example>"),
           ("To", REG),
           ("Subject", ew("تسجيل في ورشة اللغة", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1zX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALSAYED_TEXT, gmail_html(ALSAYED_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 059 ---------------------------------------------------------------------
# Question from the WS3 moderator about equipment and numbers.  Names
# "Workshop (Nr. 3, Digitale Bewerbung)" but registers no one.

PIEPER_TEXT = """Hallo Anja,

kurze Frage zu meinem Workshop (Nr. 3, Digitale Bewerbung): Gibt es im Raum einen Beamer und WLAN für die Teilnehmenden? Ich würde gern live ein Jobportal zeigen und ein kurzes Probe-Videointerview machen.

Und wie viele Anmeldungen habe ich bisher ungefähr? Dann kann ich die Gruppenarbeit planen.

Danke und Gruß
Jonas

Jonas Pieper
Jobcenter Bielefeld
Team Arbeitsmarktintegration"""


@mail("pieper-moderator-question-beamer", "2027-09-04 10:05:55",
      E("question", "jonas.pieper@jobcenter-bielefeld.example", "Jonas Pieper",
        "Jobcenter Bielefeld", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Pieper, Jonas" <jonas.pieper@jobcenter-bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "Workshop 3 – Technik und Teilnehmerzahl"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB4B5C6D7E8F9A0B1C2D3E4F5A6B7C8D9@FR2P281MB4B5C.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(PIEPER_TEXT, outlook_html(PIEPER_TEXT), style="outlook")


# -- 060 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit.  «Sprache im Alltag» mixes WS1/WS2's "Sprache" with
# WS6's "im Alltag"; helping older resettlers with letters and offices fits
# more than one workshop.  Not decidable: [].

@mail("fischer-russian-sprache-im-alltag-koi8r", "2027-09-06 09:20:14",
      E("registration", "l.fischer@post.example", "Ljudmila Fischer", None, [], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Ljudmila Fischer <l.fischer@post.example>"),
           ("To", REG),
           ("Subject", ew("Запись на семинар", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788678014.902113877@f231.post.example>"),
           ("X-Mailer", "Post.example Webmail 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я хочу записаться на Fachtag 16 сентября, на семинар "Sprache im Alltag".
Я работаю волонтёром, помогаю пожилым переселенцам с письмами и походами
по ведомствам.

Спасибо!
Ljudmila Fischer
""", charset="koi8-r", cte="8bit")


# -- 061 ---------------------------------------------------------------------
# English from an iPhone, titles translated: "Work and Health" (WS5), else
# "Health in Everyday Life" (WS6).

@mail("ferreira-english-translated-titles-iphone", "2027-09-06 21:55:31",
      E("registration", "anapaula.ferreira@mail.example", "Ana Paula Ferreira", None,
        ["WS5", "WS6"], 1, "en"), "en")
def _(m):
    m.head(("From", "Ana Paula Ferreira <anapaula.ferreira@mail.example>"),
           ("To", REG),
           ("Subject", "Fachtag registration"),
           ("Date", m.date),
           ("Message-ID", "<9E8D7C6B-5A4F-4E3D-2C1B-0A9F8E7D6C5B@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,
Please register me for the Fachtag on Sept 16. My first choice is Work and Health, if that one’s full then Health in Everyday Life.
Thanks a lot!
Ana Paula Ferreira

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 062 ---------------------------------------------------------------------
# Late registration (the deadline was yesterday): if there is room in
# Workshop 2, two persons.  Forum and count given: registration.

@mail("dreier-late-registration-workshop-2", "2027-09-07 08:30:46",
      E("registration", "m.dreier@kita-kunterbunt.example", "Melanie Dreier",
        "Kita Kunterbunt Heepen", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Melanie Dreier <m.dreier@kita-kunterbunt.example>"),
           ("To", REG),
           ("Subject", "Nachträgliche Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e@kita-kunterbunt.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Twelker,

ich weiß, dass die Anmeldefrist gestern abgelaufen ist – wir haben die
Einladung leider erst jetzt über unseren Träger bekommen. Falls im
Workshop 2 noch Plätze frei sind, würden wir gern zu zweit kommen
(Melanie Dreier und Yasemin Acar).

Mit freundlichen Grüßen
Melanie Dreier
Kita Kunterbunt Heepen
""", charset="utf-8", cte="quoted-printable")


# -- 063 ---------------------------------------------------------------------
# Change with an undecidable target: "von Sprache auf Gesundheit umbuchen"
# (WS5 or WS6).  It is a change; the new workshop cannot be known: [].

@mail("poeppelbaum-change-to-gesundheit-ambiguous", "2027-09-07 11:40:09",
      E("change", "r.poeppelbaum@sprachinstitut-teutoburg.example", "Ralf Pöppelbaum", None,
        [], None, "de"), "de")
def _(m):
    cid = conf_id("20270830082101", "poeppelbaum")
    m.head(("From", "R. Poeppelbaum <r.poeppelbaum@sprachinstitut-teutoburg.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f@sprachinstitut-teutoburg.example>"),
           ("In-Reply-To", cid),
           ("References", f"<a0b1c2d3-e4f5-4061-8273-94a5b6c7d8e9@sprachinstitut-teutoburg.example> {cid}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

können Sie Frau Şen und mich bitte von Sprache auf Gesundheit umbuchen?
Aus unserem Kollegium ist schon jemand anderes für den Sprach-Workshop
angemeldet, da wollen wir uns lieber aufteilen.

Gruß
Ralf Pöppelbaum

Am 30.08.27 um 08:21 schrieb Fachtag Sprache und Arbeit:
{gt_quote(confirmation("Herr Pöppelbaum", "WS1", 2))}
""", charset="utf-8", cte="8bit")


# -- 064 ---------------------------------------------------------------------
# Turkish cancellation (005): she found a job.  Gmail reply with the Turkish
# quote header over the German confirmation.

CELIK_CANCEL = f"""Merhaba,

Güzel bir haberim var: iş buldum! 16 Eylül'de çalışmam gerekiyor, o yüzden Fachtag'e gelemeyeceğim. Kaydımı iptal edebilir misiniz?

Teşekkürler
Elif Çelik

Fachtag Sprache und Arbeit <{REG}>, 3 Ağu 2027 Sal, 19:23 tarihinde şunu yazdı:

{gt_quote(confirmation("Frau Çelik", "WS3", 1))}"""


@mail("celik-cancel-turkish-found-job", "2027-09-07 15:10:25",
      E("cancellation", "elif.celik93@mail.example", "Elif Çelik", None, [], None, "tr"), "tr")
def _(m):
    cid = conf_id("20270803192334", "celik")
    m.head(("From", f"{ew('Elif Çelik', 'utf-8', 'b')} <elif.celik93@mail.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF8wQ1uT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(CELIK_CANCEL, gmail_html(CELIK_CANCEL), charset="utf-8", cte="base64", style="gmail")


# -- 065 ---------------------------------------------------------------------
# Ukrainian change (040): to "the workshop about the recognition of
# diplomas (Anerkennung)" = WS4; the sister cannot come: 2 -> 1.  Gmail reply
# with Ukrainian quote header.

KOVALENKO_CHANGE = f"""Добрий день!

Чи можна мені перейти на воркшоп про визнання дипломів (Anerkennung)? Я з'ясувала, що спершу треба визнати мій диплом економіста. І сестра, на жаль, не зможе прийти, тож буду одна.

Дякую!
Anastasiia Kovalenko

ср, 25 серп. 2027 р. о 17:06 Fachtag Sprache und Arbeit <{REG}> пише:

{gt_quote(confirmation("Frau Kovalenko", "WS3", 2))}"""


@mail("kovalenko-change-ukrainian-to-recognition-and-1", "2027-09-08 13:30:12",
      E("change", "anastasiia.kovalenko@mail.example", "Anastasiia Kovalenko", None,
        ["WS4"], 1, "uk"), "uk")
def _(m):
    cid = conf_id("20270825170601", "kovalenko")
    m.head(("From", "Anastasiia Kovalenko <anastasiia.kovalenko@mail.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9cV2dF5gH8jK1lZ4xC7vB0nM3qW6eR9tY2uI5oP8aS1dF4gH@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(KOVALENKO_CHANGE, gmail_html(KOVALENKO_CHANGE), style="gmail")


# -- 066 ---------------------------------------------------------------------
# Arabic question (009): may he attend the digital-CV workshop as well, or
# only one workshop per person?  Asks; changes nothing yet.

@mail("alhariri-arabic-question-two-workshops", "2027-09-08 17:45:38",
      E("question", "yamen.alhariri@mail.example", "Yamen Al-Hariri", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Yamen Al-Hariri <yamen.alhariri@mail.example>"),
           ("To", REG),
           ("Subject", ew("سؤال عن ورش العمل", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ2mN5dX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سجّلت في ورشة الاعتراف بالشهادات. هل من الممكن أن أحضر أيضاً ورشة السيرة الذاتية الرقمية، أم أن لكل شخص ورشة واحدة فقط؟

شكراً
Yamen Al-Hariri
""", charset="utf-8", cte="base64")


# -- 067 ---------------------------------------------------------------------
# Out-of-office answer to the 7-day reminder WITHOUT any auto-reply header,
# German and English, text/plain.

@mail("focke-out-of-office-no-headers-bilingual", "2027-09-09 09:30:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Nadine Focke <n.focke@familienzentren-bielefeld.example>"),
           ("To", REG),
           ("Subject", "Abwesenheitsnotiz: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000301dc0113$2a3b4c50$7e8f9a10$@familienzentren-bielefeld.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre E-Mail. Ich bin vom 06.09. bis einschließlich 12.09.2027 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sonnenhuegel@familienzentren-bielefeld.example.

Thank you for your e-mail. I am on leave from 6 to 12 September 2027 and have no access to my e-mails. Your message will not be forwarded. For urgent matters, please contact sonnenhuegel@familienzentren-bielefeld.example.

Nadine Focke
""", charset="utf-8", cte="quoted-printable")


# -- 068 ---------------------------------------------------------------------
# Exim bounce from the recipient's provider: the 7-day reminder to Ion Lungu
# (047) failed, mailbox quota exceeded.  multipart/report with
# text/rfc822-headers.

@mail("exim-bounce-quota-reminder-lungu", "2027-09-09 09:31:15",
      E("bounce", bounced="ion.lungu@posta.example"), "en")
def _(m):
    rcpt = "ion.lungu@posta.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mx2.posta.example>"),
           ("To", REG),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1vQx7K-0003Fb-2R@mx2.posta.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: quota exceeded (mailbox for user is full)
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx2.posta.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2")])
    headers = MIMEPart(policy=POLICY)
    headers["Content-Type"] = "text/rfc822-headers"
    headers["Content-Transfer-Encoding"] = "7bit"
    hdr_text = (
        "Return-path: <fachtag-sprache-arbeit@bielefeld.example>\n"
        f"Received: from mail.bielefeld.example ([198.51.100.25])\n"
        f"\tby mx2.posta.example with esmtps id 1vQx7J-0003FZ-1x\n"
        f"\tfor {rcpt}; Thu, 09 Sep 2027 09:31:12 +0200\n"
        f"From: {TO_REG}\n"
        f"To: Ion Lungu <{rcpt}>\n"
        f"Subject: {REMINDER7_SUBJECT}\n"
        "Date: Thu, 09 Sep 2027 09:30:07 +0200\n"
        f"Message-ID: {conf_id('20270909093007', 'lungu-reminder')}\n"
        "Auto-Submitted: auto-generated\n")
    headers.set_payload(hdr_text)
    m._record(hdr_text)
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 069 ---------------------------------------------------------------------
# Cancellation (014) in an Outlook reply to the 7-day reminder.

LUEKE_CANCEL = """Liebe Frau Twelker,

leider müssen Frau Brökelmann und ich unsere Teilnahme absagen. Bei uns fallen gerade drei Kolleginnen krankheitsbedingt aus, und wir können die Kita am Donnerstag nicht allein lassen. Sehr schade, wir hatten uns auf den Workshop gefreut!

Herzliche Grüße
Kristina Lüke
Ev. Kita Am Sparrenberg"""


@mail("lueke-cancel-reply-to-reminder", "2027-09-09 12:15:20",
      E("cancellation", "k.lueke@kita-sparrenberg.example", "Kristina Lüke",
        "Ev. Kita Am Sparrenberg", [], None, "de"), "de")
def _(m):
    m.head(("From", "Kristina Lüke <k.lueke@kita-sparrenberg.example>"),
           ("To", TO_REG),
           ("Subject", "AW: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001101dc0128$5e6f7a80$1b2c3d40$@kita-sparrenberg.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    quote = (TO_REG, "Donnerstag, 9. September 2027 09:30",
             "Kristina Lüke <k.lueke@kita-sparrenberg.example>",
             REMINDER7_SUBJECT, reminder("Frau Lüke", "WS2", 2, 7))
    m.alternative(outlook_plain(LUEKE_CANCEL, quote), outlook_html(LUEKE_CANCEL, quote),
                  style="outlook")


# -- 070 ---------------------------------------------------------------------
# Change (party size) replying to the reminder: the colleague is on leave,
# "ich komme also allein" -> 1.  Outlook text/plain reply.

@mail("kleinebekel-change-comes-alone-reminder", "2027-09-09 16:40:33",
      E("change", "stefan.kleinebekel@jba-bielefeld.example", "Stefan Kleinebekel", None,
        [], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kleinebekel, Stefan" <stefan.kleinebekel@jba-bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "AW: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PR3P281MB0B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6@PR3P281MB0B2C.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = outlook_plain("""Sehr geehrte Frau Twelker,

kleine Änderung: Herr Quest ist an dem Tag im Urlaub, ich komme also allein.

Mit freundlichen Grüßen
Stefan Kleinebekel""", (TO_REG, "Donnerstag, 9. September 2027 09:30",
                        '"Kleinebekel, Stefan" <stefan.kleinebekel@jba-bielefeld.example>',
                        REMINDER7_SUBJECT, reminder("Herr Kleinebekel", "WS3", 2, 7)))
    m.single(text, charset="utf-8", cte="quoted-printable")


# -- 071 ---------------------------------------------------------------------
# "Frau Kaya-Brinkmanns Workshop „Arbeit und Gesundheit“": the moderator
# leads WS6, the title is WS5, and "Team Reha" fits both: [].  After the
# deadline; the deadline is the tool's business.

@mail("hanke-moderator-of-6-title-of-5-ambiguous", "2027-09-10 08:05:19",
      E("registration", "volker.hanke@jobcenter-bielefeld.example", "Volker Hanke",
        "Jobcenter Bielefeld", [], 1, "de"), "de")
def _(m):
    m.head(("From", '"Hanke, Volker" <volker.hanke@jobcenter-bielefeld.example>'),
           ("To", REG),
           ("Subject", "Nachmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB5C6D7E8F9A0B1C2D3E4F5A6B7C8D9E0@FR2P281MB5C6D.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich melde mich noch nachträglich zum Fachtag an, falls das geht. Ich würde gern in Frau Kaya-Brinkmanns Workshop „Arbeit und Gesundheit“.

Mit freundlichen Grüßen
Volker Hanke
Jobcenter Bielefeld
Team Reha/SB
""", charset="utf-8", cte="quoted-printable")


# -- 072 ---------------------------------------------------------------------
# Polish, UTF-8 base64: the workshop on recognition of professional
# qualifications = WS4 (she is a nurse; "Pflege", WS6's alias, is not said).

@mail("kowalczyk-polish-recognition-nurse", "2027-09-10 11:30:02",
      E("registration", "a.kowalczyk@poczta.example", "Agnieszka Kowalczyk", None, ["WS4"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Kowalczyk <a.kowalczyk@poczta.example>"),
           ("To", REG),
           ("Subject", "Zapis na warsztat"),
           ("Date", m.date),
           ("Message-ID", "<66e1f2a3b4c5d6e7.1788946202@poczta.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

jestem pielęgniarką z Polski i od pół roku pracuję w Bielefeld jako pomoc pielęgniarska, bo moje uprawnienia nie są jeszcze uznane. Chciałabym zapisać się na warsztat o uznawaniu kwalifikacji zawodowych na Fachtag 16 września. Wiem, że termin minął – jeśli jest jeszcze miejsce, bardzo proszę.

Z poważaniem
Agnieszka Kowalczyk
""", charset="utf-8", cte="base64")


# -- 073 ---------------------------------------------------------------------
# English cancellation (052), short, quoting the English confirmation.

@mail("mensah-cancel-english-shift", "2027-09-10 14:55:47",
      E("cancellation", "kwame.mensah@proton.example", "Kwame Mensah", None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270901172102", "mensah")
    m.head(("From", "Kwame Mensah <kwame.mensah@proton.example>"),
           ("To", TO_REG),
           ("Subject", "Re: Your registration for the Fachtag Sprache und Arbeit 2027"),
           ("Date", m.date),
           ("Message-ID", "<Yb7nR2wS5uM8xQ1aO4cD9zI2tE6gK3hB@proton.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Proton Mail"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Sorry, I have to cancel - my shifts were changed and I'm working on the 16th after all.

Kwame

On Wednesday, 1 September 2027 at 17:21, Fachtag Sprache und Arbeit <{REG}> wrote:

{gt_quote(confirmation_en("Mr Mensah", "WS5", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 074 ---------------------------------------------------------------------
# Unrelated (other): a Jobcenter client cancels an appointment with his
# caseworker, sent to the Fachtag address.

@mail("alamin-jobcenter-appointment-unrelated", "2027-09-13 09:10:30", E("other"), "de")
def _(m):
    m.head(("From", "Nasser Al-Amin <nasser.alamin@mail.example>"),
           ("To", REG),
           ("Subject", "Termin 14.09"),
           ("Date", m.date),
           ("Message-ID", "<CAN3bV6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

ich habe am 14.09. Termin bei Frau Kröger im Jobcenter um 10 Uhr. Ich bin krank und kann nicht kommen. Krankmeldung schicke ich mit Post. Bitte neue Termin.

Meine Kundennummer ist 381D204517

Mit freundliche Grüße
Nasser Al-Amin
""", charset="utf-8", cte="quoted-printable")


# -- 075 ---------------------------------------------------------------------
# Romanian change (023): from «Gesundheit im Alltag» to "the workshop about
# health at the workplace" = WS5.  Yahoo reply quoting the confirmation.

POPA_CHANGE = f"""Bună ziua,

Aș vrea să schimb atelierul, dacă se mai poate: în loc de «Gesundheit im Alltag» aș merge mai degrabă la atelierul despre sănătatea la locul de muncă. Doamna la care lucram s-a mutat într-un cămin, iar acum îmi caut un loc de muncă nou, fără ture de noapte.

Mulțumesc frumos,
Mihaela Popa

Pe vineri, 13 august 2027 la 10:11:02 CEST, Fachtag Sprache und Arbeit <{REG}> a scris:

{gt_quote(confirmation("Frau Popa", "WS6", 1))}"""


@mail("popa-change-romanian-to-health-at-work", "2027-09-13 12:20:11",
      E("change", "mihaela.popa@yahoo.example", "Mihaela Popa", None, ["WS5"], None, "ro"), "ro")
def _(m):
    cid = conf_id("20270813101102", "popa")
    m.head(("From", "Mihaela Popa <mihaela.popa@yahoo.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789294811.3318204.1789294811907@mail.yahoo.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "WebService/1.1.22501 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(POPA_CHANGE, div_html(POPA_CHANGE, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"))


# -- 076 ---------------------------------------------------------------------
# Polish cancellation (015), Thunderbird reply with Polish quote header.

@mail("nowak-cancel-polish-thunderbird", "2027-09-14 08:40:26",
      E("cancellation", "k.nowak@polonia-bielefeld.example", "Katarzyna Nowak", None,
        [], None, "pl"), "pl")
def _(m):
    cid = conf_id("20270809180301", "nowak")
    m.head(("From", f"{ew('Katarzyna Nowak', 'iso-8859-2', 'q')} <k.nowak@polonia-bielefeld.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e5f6@polonia-bielefeld.example>"),
           ("In-Reply-To", cid),
           ("References", f"<b7e1a2c3-d4f5-4a6b-8c9d-0e1f2a3b4c5d@polonia-bielefeld.example> {cid}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety muszę odwołać swój udział – w tym dniu mamy w stowarzyszeniu
wizytę z konsulatu i muszę być na miejscu. Przepraszam za kłopot.

Pozdrawiam
Katarzyna Nowak

W dniu 9.08.2027 o 18:03, Fachtag Sprache und Arbeit pisze:
{gt_quote(confirmation("Frau Nowak", "WS5", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 077 ---------------------------------------------------------------------
# Question (038 is registered): certificate of attendance, parking.  Outlook
# HTML only.

HAVERKAMP_Q = """Sehr geehrte Frau Twelker,

eine Frage noch zu unserer Anmeldung: Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Unsere Lehrkräfte könnten den Fachtag dann als Fortbildung nachweisen. Und gibt es an der Ravensberger Spinnerei Parkplätze, oder kommen wir besser mit dem Bus?

Mit freundlichen Grüßen

Dr. Ulrike Haverkamp
Fachbereichsleitung Deutsch als Zweitsprache
Lernwerkstatt Deutsch gGmbH"""


@mail("haverkamp-question-certificate-parking", "2027-09-14 13:00:58",
      E("question", "u.haverkamp@lernwerkstatt-deutsch.example", "Ulrike Haverkamp",
        "Lernwerkstatt Deutsch gGmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Ulrike Haverkamp" <u.haverkamp@lernwerkstatt-deutsch.example>'),
           ("To", TO_REG),
           ("Subject", "Teilnahmebescheinigung / Parken"),
           ("Date", m.date),
           ("Message-ID", "<001701dc0542$8f9a0b10$aed21e30$@lernwerkstatt-deutsch.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HAVERKAMP_Q), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 078 ---------------------------------------------------------------------
# Outlook out-of-office answer to the 1-day reminder (Auto-Submitted).

STROTHMANN_OOO = """Sehr geehrte Damen und Herren,

ich bin am 15. und 16. September außer Haus und ab Freitag, 17.09.2027, wieder erreichbar. In dringenden Betriebsratsangelegenheiten wenden Sie sich bitte an meine Stellvertreterin Frau Ilona Brandt, Tel. 0521 40 98-312.

Mit freundlichen Grüßen
Dirk Strothmann"""


@mail("strothmann-out-of-office-reminder-1d", "2027-09-15 09:30:39", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Betriebsrat Brinkhege Logistik <betriebsrat@brinkhege-logistik.example>"),
           ("To", TO_REG),
           ("Subject", "Automatische Antwort: " + REMINDER1_SUBJECT),
           ("Thread-Topic", REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR02MB5C2DE7F8A9B0C1D2E3F4A5B6C7D8E9F0@AM0PR02MB5C2D.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", REMINDER1_ID),
           ("References", REMINDER1_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(STROTHMANN_OOO, outlook_html(STROTHMANN_OOO), style="outlook")


# -- 079 ---------------------------------------------------------------------
# Farsi cancellation (054) the day before: he has a job interview.  Gmail
# reply, Farsi quote header over the German reminder, UTF-8 base64.

KARIMI_CANCEL = f"""سلام،

متأسفانه فردا نمی‌توانم بیایم، چون فردا صبح یک مصاحبهٔ کاری دارم. لطفاً ثبت نام مرا لغو کنید.

با تشکر
Hamid Karimi

در تاریخ چهارشنبه ۱۵ سپتامبر ۲۰۲۷، ساعت ۹:۳۰ Fachtag Sprache und Arbeit <{REG}> نوشت:

{gt_quote(reminder("Herr Karimi", "WS4", 1, 1))}"""


@mail("karimi-cancel-farsi-job-interview", "2027-09-15 09:45:12",
      E("cancellation", "hamid.karimi@mail.example", "Hamid Karimi", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Karimi <hamid.karimi@mail.example>"),
           ("To", TO_REG),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF2sD5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL@mail.gmail.example>"),
           ("In-Reply-To", REMINDER1_ID),
           ("References", REMINDER1_ID),
           ("MIME-Version", "1.0"))
    m.alternative(KARIMI_CANCEL, gmail_html(KARIMI_CANCEL, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 080 ---------------------------------------------------------------------
# Cancellation for all three (022) the evening before, new Outlook HTML only,
# replying to the 1-day reminder.

TIEMANN_CANCEL = """Hallo Anja,

leider müssen wir drei für morgen absagen – bei uns im Team ist die Hälfte krank, und wir müssen die Kundentermine abdecken. Sorry für die kurzfristige Absage!

Liebe Grüße
Marion

Marion Tiemann
Integrationsfachkraft
Jobcenter Bielefeld
Team Integration Nord"""


@mail("tiemann-cancel-all-three-new-outlook", "2027-09-15 18:20:05",
      E("cancellation", "marion.tiemann@jobcenter-bielefeld.example", "Marion Tiemann",
        "Jobcenter Bielefeld", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Tiemann, Marion" <marion.tiemann@jobcenter-bielefeld.example>'),
           ("To", TO_REG),
           ("Subject", "AW: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2F3AA1B2C3D4E5F6A7B8C9D0E1F2A3B4@FR2P281MB2F3A.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER1_ID),
           ("References", REMINDER1_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quoted = reminder("Frau Tiemann", "WS3", 3, 1)
    body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"ltr\">\n"
            + "".join(f"<div class=\"elementToProof\" style=\"font-family: Aptos, Calibri, sans-serif; "
                      f"font-size: 12pt;\">{esc(line) if line else '<br>'}</div>\n"
                      for line in TIEMANN_CANCEL.split("\n"))
            + "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
            + f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\">"
            + f"<b>Von:</b> {esc(TO_REG)}<br>\n<b>Gesendet:</b> Mittwoch, 15. September 2027 09:30<br>\n"
            + f"<b>An:</b> Tiemann, Marion &lt;marion.tiemann@jobcenter-bielefeld.example&gt;<br>\n"
            + f"<b>Betreff:</b> {esc(REMINDER1_SUBJECT)}</font><div>&nbsp;</div></div>\n"
            + "<div>" + "<br>\n".join(esc(line) for line in quoted.split("\n")) + "</div>\n"
            + "</body></html>\n")
    m.single(body, subtype="html", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
MACHINE = ("auto_reply", "bounce", "other")


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


def decoded_text(msg):
    """Decoded headers and text bodies of all parts (nested messages included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_label(e, msg, text):
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
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("bad party_size for change")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    if (e["bounced_recipient"] is not None) != (kind == "bounce"):
        problems.append("bounced_recipient only (and always) for bounces")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        return problems
    if not e["email"] or e["email"] != e["email"].lower():
        problems.append("email missing or not lower-case")
    elif e["email"] not in text.lower():
        problems.append("email occurs nowhere in the mail")
    if not e["name"] or e["name"] not in text:
        problems.append(f"name {e['name']!r} not in the decoded mail")
    if e["organisation"] is not None and e["organisation"] not in text:
        problems.append(f"organisation {e['organisation']!r} not in the decoded mail")
    if not (isinstance(e["language"], str) and re.fullmatch(r"[a-z]{2}", e["language"])):
        problems.append("language must be an ISO 639-1 code")
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"text part does not decode in {cs}")
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
    text = decoded_text(msg)
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
    problems += check_label(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print(f"{'kind':14}" + "".join(f"{lang:>4}" for lang in langs) + "  all")
    for k in KINDS:
        print(f"{k:14}" + "".join(f"{table[(k, lang)] or '-':>4}" for lang in langs)
              + f"  {kinds[k]:>3}")
    encs = collections.Counter()
    types = collections.Counter()
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
    wg = collections.Counter(len(e["workgroups"]) for _, _, e, _ in built
                             if e["kind"] in ("registration", "change"))
    print("registrations/changes by number of workgroups:", dict(sorted(wg.items())))


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
