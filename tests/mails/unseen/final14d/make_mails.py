#!/usr/bin/env python3
"""Build the "final14d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

The event is the one in config.toml next to this script: Fachtag Digitale
Teilhabe 2027 of the (invented) Kreis Ahlenbruch, Wed 22 September 2027, five
workshops WS1 .. WS5.  The invitation carried a small registration form to fill
in and send back, so many mails return that form, filled in every way people
fill forms in.  The mails arrive between 16 August and 17 September 2027.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes (in its declared charset) to exactly
the text written here (attachments: the same bytes), that no line is longer than
998 octets, that dates rise, that only example domains occur, and that every
expected.json record is a valid label.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only, Python 3.11.
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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-digital@kreis-ahlenbruch.example"
TO_FT = f"Fachtag Digitale Teilhabe <{FT}>"
MX = "mx.kreis-ahlenbruch.example"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5")
LANGUAGES = ("de", "en", "tr", "ru", "ar", "pl")

CEST = datetime.timezone(datetime.timedelta(hours=2))
FIRST_DAY = datetime.datetime(2027, 8, 16, tzinfo=CEST)
LAST_DAY = datetime.datetime(2027, 9, 22, tzinfo=CEST)


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


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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


def dt(when):
    """'2027-08-16 10:00:04' (local summer time) -> aware datetime."""
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CEST)


DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_DAY_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
DE_MON_ABBR = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
               "Okt.", "Nov.", "Dez."]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def d_outlook_de(t):      # Montag, 16. August 2027 10:00
    return f"{DE_DAYS[t.weekday()]}, {t.day}. {DE_MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def a_gmail_de(t, who):
    return (f"Am {DE_DAY_ABBR[t.weekday()]}, {t.day}. {DE_MON_ABBR[t.month - 1]} {t.year} "
            f"um {t:%H:%M} Uhr schrieb {who}:")


def a_gmail_en(t, who):
    h = t.hour % 12 or 12
    return (f"On {EN_DAYS[t.weekday()][:3]}, {EN_MONTHS[t.month - 1][:3]} {t.day}, {t.year} "
            f"at {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'} {who} wrote:")


def a_thunderbird(t, who):
    return f"Am {t:%d.%m.%y} um {t:%H:%M} schrieb {who}:"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when):
        self.slug = slug
        self.when = dt(when)
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
            domain = sender.split("@")[1] if "@" in sender else "kreis-ahlenbruch.example"
            host = ("smtp." if domain in ("mail.example", "posta.example") else "mail.") + domain
            arrival = format_datetime(self.when + datetime.timedelta(seconds=3))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby {MX} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_BE1P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.kreis-ahlenbruch.example"
        if style == "tb":
            return f"------------{h[:24]}"
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
    """A minimal one-page PDF showing `lines` (ASCII; parentheses are escaped)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        safe = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({safe}) Tj")
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


# ---------------------------------------------------------------------------
# HTML the mail clients write
# ---------------------------------------------------------------------------

def outlook_head(charset="utf-8"):
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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
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
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8", special=None):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text).
    `special` maps a line of `text` to ready-made HTML for that paragraph."""
    special = special or {}
    out = [special.get(line) or mso_p(line) for line in text.split("\n")]
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
        out += [special.get(line) or mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def gmail_html(text, quote_attr=None, quoted=None, bold=(), rtl=False):
    """Gmail markup: one <div> per line; lines in `bold` wrapped in <b>;
    an optional gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'

    def line_html(line):
        if not line:
            return "<div><br></div>"
        inner = esc(line)
        if line in bold:
            inner = f"<b>{inner}</b>"
        return f"<div>{inner}</div>"
    body = "".join(line_html(line) for line in text.split("\n"))
    out = f"<div{d}>{body}</div>"
    if quote_attr:
        qbody = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_attr)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{qbody}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote: the invitation with its form, mailbot's
# confirmation and its 7-day reminder
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung-fachtag-dt-2027.20270816100004@kreis-ahlenbruch.example>"
INVITATION_TIME = dt("2027-08-16 10:00:04")
INVITATION_SUBJECT = "Einladung: Fachtag Digitale Teilhabe 2027 – Anmeldeformular"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Digitale Teilhabe 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Digitale Teilhabe am 22. September 2027"
REMINDER_TIME = dt("2027-09-15 09:00:02")

INVITATION_TEXT = """Sehr geehrte Damen und Herren,
liebe Engagierte für digitale Teilhabe im Kreis Ahlenbruch,

Termine beim Amt, Bankgeschäfte, Nachrichten aus der Schule, der Arztbrief:
immer mehr Alltag läuft über das Smartphone. Wer dabei nicht mitkommt,
bleibt schnell außen vor. Beim Fachtag Digitale Teilhabe wollen wir mit
Ihnen besprechen, wie im Kreis Ahlenbruch niemand offline zurückbleibt.

Wann: Mittwoch, 22. September 2027, 9:30 bis 16:00 Uhr
Wo:   Kreishaus Ahlenbruch, Großer Sitzungssaal, Kreishausplatz 1,
      48799 Ahlenbruch (barrierefrei erreichbar)

Vormittags: Impulsvortrag und Austausch im Plenum
Nachmittags: fünf parallele Workshops

Workshop 1 – Digitale Kompetenzen im Alter: Smartphone-Sprechstunden
             und Technikpaten
Workshop 2 – Barrierefreie Websites und Dokumente
Workshop 3 – Digitale Verwaltung: Online-Anträge verständlich machen
Workshop 4 – Mehrsprachig digital: Zugänge für Zugewanderte
Workshop 5 – Medienkompetenz und Desinformation

Die Teilnahme ist kostenfrei. Bitte füllen Sie das Formular unten aus und
senden Sie es bis zum 10. September 2027 per Antwort-Mail an
fachtag-digital@kreis-ahlenbruch.example zurück. Die Plätze in den
Workshops sind begrenzt und werden in der Reihenfolge der Anmeldungen
vergeben.

Mit freundlichen Grüßen
Katrin Holtkamp
Kreis Ahlenbruch – Stabsstelle Digitalisierung und Inklusion"""

FORM = """------------------------- ANMELDUNG -------------------------
Name:
Organisation / Einrichtung:
E-Mail:
Telefon (freiwillig):
Anzahl Personen (inkl. Ihnen):

Workshop (bitte einen ankreuzen, ggf. Zweitwunsch mit "2" markieren):
[ ] Workshop 1 – Digitale Kompetenzen im Alter
[ ] Workshop 2 – Barrierefreie Websites und Dokumente
[ ] Workshop 3 – Online-Anträge verständlich machen
[ ] Workshop 4 – Mehrsprachig digital
[ ] Workshop 5 – Medienkompetenz und Desinformation

Mittagessen:                [ ] ja   [ ] nein
Gebärdensprachdolmetschung: [ ] ja   [ ] nein
--------------------------------------------------------------"""

INVITATION = INVITATION_TEXT + "\n\n" + FORM

WS_LINE = {
    "WS1": "Workshop 1 – Digitale Kompetenzen im Alter: Smartphone-Sprechstunden und Technikpaten",
    "WS2": "Workshop 2 – Barrierefreie Websites und Dokumente",
    "WS3": "Workshop 3 – Digitale Verwaltung: Online-Anträge verständlich machen",
    "WS4": "Workshop 4 – Mehrsprachig digital: Zugänge für Zugewanderte",
    "WS5": "Workshop 5 – Medienkompetenz und Desinformation",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Digitale Teilhabe 2027
am Mittwoch, 22. September 2027, 9:30 bis 16:00 Uhr, im Kreishaus
Ahlenbruch, Großer Sitzungssaal, Kreishausplatz 1, 48799 Ahlenbruch.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Digitale Teilhabe
Kreis Ahlenbruch – Stabsstelle Digitalisierung und Inklusion"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent on 15 September."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Mittwoch, 22. September 2027, beginnt
der Fachtag Digitale Teilhabe um 9:30 Uhr im Kreishaus Ahlenbruch,
Großer Sitzungssaal, Kreishausplatz 1, 48799 Ahlenbruch.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, damit wir Ihren
Platz weitergeben können.

Mit freundlichen Grüßen
Fachtag Digitale Teilhabe
Kreis Ahlenbruch – Stabsstelle Digitalisierung und Inklusion"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def conf_id(t, tag):
    return f"<mailbot.{t:%Y%m%d%H%M%S}.{tag}@kreis-ahlenbruch.example>"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, expected, text_language, builder)


def mail(slug, when, expected, text_lang):
    def deco(fn):
        MAILS.append((slug, when, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), Outlook multipart/alternative.  Names a phone
# number and another address, registers no one.

@mail("wilms-exchange-out-of-office-invitation", "2027-08-16 10:02:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Wilms, Andrea" <andrea.wilms@oldenmark.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7k3xR2VvZ2Vsc2FuZw=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB27413C0A9E1D4F6B8C2D@FR2P281MB2741.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "andrea.wilms@oldenmark.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = """Vielen Dank für Ihre Nachricht.

Ich bin vom 09.08. bis einschließlich 27.08.2027 nicht im Dienst und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sozialamt der Stadt Oldenmark, Tel. 02574 901-300, sozialamt@oldenmark.example.

Mit freundlichen Grüßen
Andrea Wilms"""
    m.alternative(text, outlook_html(text), style="outlook")


# -- 002 ---------------------------------------------------------------------
# Free-text registration on top of a Thunderbird reply that quotes the whole
# invitation with its empty form (all five workshops in the quote).  The
# workshop is named by title words ("digitale Kompetenzen im Alter"), the
# second person is "meine Stellvertreterin" -> 2.

@mail("huelsmann-free-text-over-quoted-form", "2027-08-16 15:12:09",
      E("registration", "brigitte.huelsmann@vennhorst-mail.example", "Brigitte Hülsmann",
        "Seniorenbeirat der Stadt Vennhorst", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Brigitte Hülsmann <brigitte.huelsmann@vennhorst-mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f0b9c2e-5d41-4a7e-9b6c-1e2d8a7f4c30@vennhorst-mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Holtkamp,

vielen Dank für die Einladung, die kommt genau richtig. In unserem Beirat
ist das Smartphone seit Monaten das Dauerthema, vom Bahnticket bis zur
Terminvergabe beim Bürgerbüro.

Ich melde mich hiermit an, zusammen mit meiner Stellvertreterin Gertrud
Bölling. Wir möchten beide in den Workshop über digitale Kompetenzen im
Alter, das passt am besten zu unserer Arbeit. Das Formular habe ich nicht
extra ausgefüllt, ich hoffe, so geht es auch.

Zum Mittagessen bleiben wir gern.

Mit freundlichen Grüßen
Brigitte Hülsmann
Vorsitzende
Seniorenbeirat der Stadt Vennhorst

{a_thunderbird(INVITATION_TIME, "Fachtag Digitale Teilhabe")}
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook reply: the writer filled the form in directly in the quoted
# invitation below the Von:/Gesendet: block (Outlook quotes without '>'),
# ticking [x] Workshop 3.  Lunch "[x] ja" is not a workshop.

@mail("schwering-outlook-form-filled-inside-quote", "2027-08-17 08:55:30",
      E("registration", "d.schwering@telgenbeck.example", "Dirk Schwering",
        "Stadt Telgenbeck, Bürgerbüro", ["WS3"], 1, "de"), "de")
def _(m):
    filled = INVITATION_TEXT + "\n\n" + """------------------------- ANMELDUNG -------------------------
Name: Dirk Schwering
Organisation / Einrichtung: Stadt Telgenbeck, Bürgerbüro
E-Mail: d.schwering@telgenbeck.example
Telefon (freiwillig): 05491 8802-213
Anzahl Personen (inkl. Ihnen): 1

Workshop (bitte einen ankreuzen, ggf. Zweitwunsch mit "2" markieren):
[ ] Workshop 1 – Digitale Kompetenzen im Alter
[ ] Workshop 2 – Barrierefreie Websites und Dokumente
[x] Workshop 3 – Online-Anträge verständlich machen
[ ] Workshop 4 – Mehrsprachig digital
[ ] Workshop 5 – Medienkompetenz und Desinformation

Mittagessen:                [x] ja   [ ] nein
Gebärdensprachdolmetschung: [ ] ja   [x] nein
--------------------------------------------------------------"""
    text = """Hallo Frau Holtkamp,

das Formular habe ich unten direkt in Ihrer Mail ausgefüllt.

Viele Grüße
Dirk Schwering

Stadt Telgenbeck
Der Bürgermeister
Fachbereich 1 – Bürgerbüro
Marktplatz 3, 48797 Telgenbeck
Tel. 05491 8802-213"""
    quote = (f"Fachtag Digitale Teilhabe <{FT}>", d_outlook_de(INVITATION_TIME),
             "Fachtag Digitale Teilhabe", INVITATION_SUBJECT, filled)
    m.head(("From", "Schwering, Dirk <d.schwering@telgenbeck.example>"),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb7k3xq8TelgenbeckSchwering0817"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB1934A7C3E2F05D6B91A4@BE1P281MB1934.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(text, quote), outlook_html(text, quote), style="outlook")


# -- 004 ---------------------------------------------------------------------
# Turkish: the writer translated the form into Turkish herself.  ISO-8859-9,
# quoted-printable.  "online başvurular" in the free text is not a choice.

@mail("koc-turkish-translated-form", "2027-08-17 19:40:12",
      E("registration", "emine.koc@posta.example", "Emine Koç",
        "Ahlenbruch Türk Kadınlar Derneği", ["WS4"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Koç", "emine.koc@posta.example", "iso-8859-9", "b")),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı - formu doldurdum", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270817174012.4be21f90@posta.example>"),
           ("X-Mailer", "Posta Webmail 3.4"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Katrin Hanım,

davetiniz için çok teşekkür ederiz. Formu Almanca dolduramadım, kendim
Türkçeye çevirdim, umarım sorun olmaz:

Ad Soyad: Emine Koç
Kurum: Ahlenbruch Türk Kadınlar Derneği
E-posta: emine.koc@posta.example
Telefon: 0157 3318 4420
Kişi sayısı (siz dahil): 3
Atölye: 4 (Çok dilli dijital, göçmenler için)
Öğle yemeği: evet, üç kişi (domuz eti olmasın lütfen)
İşaret dili tercümanı: hayır

Derneğimizden iki arkadaşım daha gelecek. Üyelerimizin çoğu buradaki
online başvurularla çok zorlanıyor, bu konu bizim için çok önemli.

Saygılarımla
Emine Koç
""", charset="iso-8859-9", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Outlook HTML only (Word HTML, windows-1252, quoted-printable): the form
# turned into a table, "X" in the Workshop 2 row.  No text/plain part.

@mail("overkamp-outlook-html-table-form", "2027-08-18 11:20:03",
      E("registration", "s.overkamp@oldenmark.example", "Sabine Overkamp",
        "Stadtbücherei Oldenmark", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Overkamp, Sabine <s.overkamp@oldenmark.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag Digitale Teilhabe 22.09."),
           ("Thread-Topic", "Anmeldung Fachtag Digitale Teilhabe 22.09."),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2207F1A0C93E44D1B6E2@BE1P281MB2207.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    td = ("<td width={w} valign=top style='width:{w}pt;border:solid windowtext 1.0pt;"
          "padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{c}<o:p></o:p></p></td>")
    rows = [
        ("<b>Name</b>", "Sabine Overkamp"),
        ("<b>Organisation / Einrichtung</b>", "Stadtbücherei Oldenmark"),
        ("<b>E-Mail</b>", '<a href="mailto:s.overkamp@oldenmark.example">s.overkamp@oldenmark.example</a>'),
        ("<b>Anzahl Personen (inkl. Ihnen)</b>", "2"),
        ("Workshop 1 – Digitale Kompetenzen im Alter", "&nbsp;"),
        ("Workshop 2 – Barrierefreie Websites und Dokumente", "<b>X</b>"),
        ("Workshop 3 – Online-Anträge verständlich machen", "&nbsp;"),
        ("Workshop 4 – Mehrsprachig digital", "&nbsp;"),
        ("Workshop 5 – Medienkompetenz und Desinformation", "&nbsp;"),
        ("Mittagessen", "ja, 2x"),
        ("Gebärdensprachdolmetschung", "nein"),
    ]
    table = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
             "style='border-collapse:collapse;border:none'>"]
    for left, right in rows:
        table.append("<tr>" + td.format(w=260, c=left) + td.format(w=190, c=right) + "</tr>")
    table.append("</table>")
    before = """Sehr geehrte Frau Holtkamp,

anbei unsere Anmeldung zum Fachtag. Ich habe das Formular in eine Tabelle übertragen, so ist es übersichtlicher:
"""
    after = """
Meine Kollegin Frau Jasper (bei uns zuständig für Onleihe und digitale Angebote) kommt mit.

Mit freundlichen Grüßen

Sabine Overkamp
Stadtbücherei Oldenmark
Kirchstraße 12 · 48791 Oldenmark
Tel. 02574 901-512"""
    body = ("\n".join(mso_p(line) for line in before.split("\n")) + "\n"
            + "\n".join(table) + "\n"
            + "\n".join(mso_p(line) for line in after.split("\n")))
    m.single(outlook_head("windows-1252") + body + "\n</div>\n</body>\n</html>\n",
             subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# English question from outside the district: may we come, is it all in
# German?  "If it is open to us, I'll happily fill in the form" -> question.

@mail("mwangi-english-question-outside-district", "2027-08-18 16:05:55",
      E("question", "grace.mwangi@digitalbridges.example", "Grace Mwangi",
        "Digital Bridges", [], None, "en"), "en")
def _(m):
    m.head(("From", "Grace Mwangi <grace.mwangi@digitalbridges.example>"),
           ("To", FT),
           ("Subject", "Question about the Fachtag Digitale Teilhabe"),
           ("Date", m.date),
           ("Message-ID", "<CAF7kq2xT9bE3vN0mQ4d8Lw1pR6sZ5hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Dear Ms Holtkamp,

a colleague forwarded me your invitation to the Fachtag Digitale Teilhabe. I coordinate a small digital inclusion project for refugees (Digital Bridges) in the neighbouring district, so strictly speaking we are not part of Kreis Ahlenbruch.

Would it still be possible for someone from outside the district to take part? And is the whole day held in German? My German is fine for everyday things, but I'm not sure about an afternoon of workshop discussions.

If it is open to us, I'll happily fill in the form.

Best regards,
Grace Mwangi
Project Coordinator, Digital Bridges"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 007 ---------------------------------------------------------------------
# English, iPhone, short: "myself plus one colleague" -> 2, "the
# accessibility workshop (websites & documents)" -> WS2 (no German word).

@mail("doyle-iphone-accessibility-workshop", "2027-08-19 07:48:20",
      E("registration", "liam.doyle@makerspace-telgenbeck.example", "Liam Doyle",
        "Makerspace Telgenbeck e.V.", ["WS2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Liam Doyle <liam.doyle@makerspace-telgenbeck.example>"),
           ("To", FT),
           ("Subject", "Fachtag sign up"),
           ("Date", m.date),
           ("Message-ID", "<6E1B2C7A-0F44-4D2B-9A1E-83C5D7F20B19@makerspace-telgenbeck.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

Signing up myself plus one colleague for the accessibility workshop (websites & documents) on the 22nd. Sorry, didn’t get round to the form – on the road all week.

Cheers
Liam Doyle
Makerspace Telgenbeck e.V.

Sent from my iPhone""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Gmail reply (multipart/alternative, UTF-8 base64): the form copied on top
# with ballot boxes ☐/☑; ☑ also at "Mittagessen: ja" and "nein" for the
# interpreter.  The invitation is quoted below.

@mail("brinkhoff-gmail-ballot-box-form", "2027-08-19 13:30:44",
      E("registration", "malte.brinkhoff@jz-komet.example", "Malte Brinkhoff",
        "Jugendzentrum Komet Haltrup", ["WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Malte Brinkhoff <malte.brinkhoff@jz-komet.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHt5u0Wk2Pz8xJqN4rB7mVd1cE9sLyT3gA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    text = """Moin,

hier meine Anmeldung:

Name: Malte Brinkhoff
Organisation / Einrichtung: Jugendzentrum Komet Haltrup
E-Mail: malte.brinkhoff@jz-komet.example
Telefon (freiwillig): –
Anzahl Personen (inkl. Ihnen): 1

Workshop:
☐ Workshop 1 – Digitale Kompetenzen im Alter
☐ Workshop 2 – Barrierefreie Websites und Dokumente
☐ Workshop 3 – Online-Anträge verständlich machen
☐ Workshop 4 – Mehrsprachig digital
☑ Workshop 5 – Medienkompetenz und Desinformation

Mittagessen: ☑ ja ☐ nein
Gebärdensprachdolmetschung: ☐ ja ☑ nein

Bei uns im Juze sind Fake-Videos auf TikTok gerade DAS Thema, deshalb die 5.

Grüße
Malte"""
    attr = a_gmail_de(INVITATION_TIME, f"Fachtag Digitale Teilhabe <{FT}>")
    plain = text + "\n\n" + attr + "\n\n" + gt_quote(INVITATION) + "\n"
    m.alternative(plain, gmail_html(text, attr, INVITATION), cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Russian, windows-1251 base64: the form translated into Russian by the
# writer; the organisation is written in German, the name only in Cyrillic.

@mail("zakharova-russian-translated-form", "2027-08-20 10:12:37",
      E("registration", "o.zakharova@kulturzentrum-most.example", "Ольга Захарова",
        "Kulturzentrum Most e.V.", ["WS4"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Захарова", "o.zakharova@kulturzentrum-most.example",
                         "windows-1251", "b")),
           ("To", TO_FT),
           ("Subject", ew("Регистрация на Fachtag Digitale Teilhabe", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787213557.402118@kulturzentrum-most.example>"),
           ("X-Mailer", "The Bat! (v10.5.3.2) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте, уважаемая госпожа Хольткамп!

Спасибо за приглашение. Анкету я перевела на русский для наших членов,
поэтому отвечаю по-русски:

ФИО: Ольга Захарова
Организация: Kulturzentrum Most e.V.
E-mail: o.zakharova@kulturzentrum-most.example
Телефон: 0176 220 114 98
Количество человек (включая Вас): 2
Семинар: № 4 - Mehrsprachig digital
Обед: да
Сурдоперевод: нет

Со мной придёт наша волонтёрка Дарья, она помогает пожилым людям
записываться онлайн к врачу и в ведомства.

С уважением,
Ольга Захарова
Kulturzentrum Most e.V.
""", charset="windows-1251", cte="base64")


# -- 010 ---------------------------------------------------------------------
# Web mailer, plain text: the form copied into a new mail with TWO [x] and no
# "2" for a second choice.  Labelled in form order (see README).

@mail("pohlmann-adeyemi-two-ticks", "2027-08-23 09:02:10",
      E("registration", "h.pohlmann-adeyemi@caritas-ahlenbruch.example",
        "Heike Pohlmann-Adeyemi", "Caritasverband für den Kreis Ahlenbruch e.V.",
        ["WS2", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Heike Pohlmann-Adeyemi <h.pohlmann-adeyemi@caritas-ahlenbruch.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-9a41c0d2-6e3b-4f57-8c21-0b7d5e94a3f6-1787468530221@3c-app-webde-bap31>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

anbei mein ausgefülltes Formular (aus Ihrer Einladung kopiert):

Name: Heike Pohlmann-Adeyemi
Organisation / Einrichtung: Caritasverband für den Kreis Ahlenbruch e.V.
E-Mail: h.pohlmann-adeyemi@caritas-ahlenbruch.example
Telefon (freiwillig): 02571 4410-27
Anzahl Personen (inkl. Ihnen): 1

Workshop (bitte einen ankreuzen, ggf. Zweitwunsch mit "2" markieren):
[ ] Workshop 1 – Digitale Kompetenzen im Alter
[x] Workshop 2 – Barrierefreie Websites und Dokumente
[ ] Workshop 3 – Online-Anträge verständlich machen
[x] Workshop 4 – Mehrsprachig digital
[ ] Workshop 5 – Medienkompetenz und Desinformation

Mittagessen:                [x] ja   [ ] nein
Gebärdensprachdolmetschung: [ ] ja   [x] nein

Viele Grüße
Heike Pohlmann-Adeyemi
Migrationsdienst
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Thunderbird: only the form is kept from the invitation, quoted with '>', and
# the answers are typed between the quoted lines.  The workshop answer
# ("Diesen.") stands under the quoted Workshop 3 line; the same answer names
# "Barrierefreiheit" (a WS2 alias) as a topic he does NOT choose.

@mail("feldkamp-answers-between-quoted-lines", "2027-08-23 14:27:58",
      E("registration", "u.feldkamp@inklusionsbeirat-ahlenbruch.example", "Ulrich Feldkamp",
        "Inklusionsbeirat des Kreises Ahlenbruch", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ulrich Feldkamp <u.feldkamp@inklusionsbeirat-ahlenbruch.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b7e04d19-2c8a-4f3e-a61d-95c3e0f7b288@inklusionsbeirat-ahlenbruch.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Holtkamp,

ich antworte Ihnen einfach zwischen den Zeilen.

{a_thunderbird(INVITATION_TIME, "Fachtag Digitale Teilhabe")}
> ------------------------- ANMELDUNG -------------------------
> Name:
Ulrich Feldkamp

> Organisation / Einrichtung:
Inklusionsbeirat des Kreises Ahlenbruch

> E-Mail:
wie Absender

> Telefon (freiwillig):
> Anzahl Personen (inkl. Ihnen):
2 - ich komme mit meiner Arbeitsassistenz, Frau Terhorst

> Workshop (bitte einen ankreuzen, ggf. Zweitwunsch mit "2" markieren):
> [ ] Workshop 1 – Digitale Kompetenzen im Alter
> [ ] Workshop 2 – Barrierefreie Websites und Dokumente
> [ ] Workshop 3 – Online-Anträge verständlich machen
Diesen. Barrierefreiheit wäre natürlich auch mein Thema, aber dazu sitze
ich ohnehin in jeder zweiten Arbeitsgruppe.
> [ ] Workshop 4 – Mehrsprachig digital
> [ ] Workshop 5 – Medienkompetenz und Desinformation
>
> Mittagessen:                [ ] ja   [ ] nein
ja, für beide
> Gebärdensprachdolmetschung: [ ] ja   [ ] nein
nein, aber bitte einen Rollstuhlplatz mit freier Sicht auf die Leinwand.
> --------------------------------------------------------------

Beste Grüße
Ulrich Feldkamp
Sprecher des Inklusionsbeirats des Kreises Ahlenbruch
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Newsletter of another network (List-Unsubscribe, Precedence: bulk) with its
# own workshops, "Jetzt anmelden" and a deadline -> other.

@mail("netzwerk-newsletter-august", "2027-08-24 08:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Digitale Nachbarschaft Westfalen <newsletter@digitale-nachbarschaft.example>"),
           ("To", FT),
           ("Subject", "Newsletter 08/2027: Digitaltage im Herbst, neue Förderrunde, Online-Workshops"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.7731.f3a0c2@news.digitale-nachbarschaft.example>"),
           ("List-Id", "Newsletter Digitale Nachbarschaft <newsletter.digitale-nachbarschaft.example>"),
           ("List-Unsubscribe", "<https://news.digitale-nachbarschaft.example/abmelden?u=7731f3a0c2>, "
                                "<mailto:abmelden@digitale-nachbarschaft.example?subject=7731f3a0c2>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach-like Mailer 5"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7731f3a0c2@news.digitale-nachbarschaft.example")
    text = """NETZWERK DIGITALE NACHBARSCHAFT WESTFALEN
Newsletter August 2027

Liebe Netzwerkpartnerinnen und -partner,

der Herbst wird digital! Hier die wichtigsten Termine und Neuigkeiten.

1) Westfälische Digitaltage 2.–9. Oktober 2027
Über 60 Initiativen öffnen ihre Türen: Smartphone-Cafés, Reparatur-Treffs,
Sprechstunden für Seniorinnen und Senioren. Eigene Aktion eintragen:
https://www.digitale-nachbarschaft.example/digitaltage

2) Neue Förderrunde "Digital dabei"
Bis zu 5.000 Euro für Projekte, die Menschen ohne Internetzugang erreichen.
Antragsfrist: 31. Oktober 2027.

3) Online-Workshops im September – jetzt anmelden!
- 09.09., 17:00 Uhr: Barrierefreie PDFs mit einfachen Mitteln
- 14.09., 18:00 Uhr: Fake News erkennen – Methoden für die Gruppenarbeit
- 28.09., 17:00 Uhr: Technikpatenschaften aufbauen
Anmeldung bis jeweils drei Tage vorher: https://www.digitale-nachbarschaft.example/workshops
Teilnahme kostenlos, maximal 25 Personen pro Termin.

Herzliche Grüße
Ihr Team der Digitalen Nachbarschaft

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler eingetragen haben.
Abmelden: https://news.digitale-nachbarschaft.example/abmelden?u=7731f3a0c2"""
    blocks = text.split("\n\n")
    html_body = "".join(
        "<p style=\"font-family:Arial,sans-serif;font-size:14px;line-height:1.5\">"
        + "<br>\n".join(esc(line) for line in b.split("\n")) + "</p>\n" for b in blocks)
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter 08/2027</title></head>"
                 "<body style=\"background:#f2f4f7\"><table width=\"600\" align=\"center\" "
                 "style=\"background:#ffffff\"><tr><td style=\"padding:24px\">\n"
                 + html_body + "</td></tr></table></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Arabic (UTF-8 base64): form labels translated into Arabic, Arabic-Indic
# digit ٢ for the persons, "الرابعة" (the fourth) for the workshop.  The
# signature gives the name in Latin letters and the association in German.
# "الطلبات الإلكترونية" (online applications) is a topic, not the choice.

@mail("haddad-arabic-form-arabic-digits", "2027-08-24 20:15:31",
      E("registration", "r.haddad@postfach.example", "Rami Haddad",
        "Syrisch-Deutscher Kulturverein Ahlenbruch e.V.", ["WS4"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("رامي حداد", "r.haddad@postfach.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", ew("التسجيل في Fachtag Digitale Teilhabe", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270824181531.Horde.qM3kT9xZp2b@webmail.postfach.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("Content-Language", "ar"),
           ("MIME-Version", "1.0"))
    m.single("""السيدة هولتكامب المحترمة،

تحية طيبة وبعد،

شكراً جزيلاً على الدعوة. أودّ التسجيل في اليوم التخصصي، وقد ملأت الاستمارة بالعربية:

الاسم: رامي حداد
الجمعية: الجمعية الثقافية السورية الألمانية في آلنبروخ
البريد الإلكتروني: r.haddad@postfach.example
عدد الأشخاص (بمن فيهم أنا): ٢
الورشة: الرابعة (رقمي بعدة لغات)
الغداء: نعم
الترجمة بلغة الإشارة: لا

سيرافقني زميلي من الجمعية. نحن نساعد عائلات كثيرة في ملء الطلبات الإلكترونية، ولذلك يهمّنا هذا الموضوع كثيراً.

مع خالص التحيات
Rami Haddad
Syrisch-Deutscher Kulturverein Ahlenbruch e.V.
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# ISO-8859-1, quoted-printable: "ja"/"nein" behind every workshop instead of
# ticks; "ja, als Zweitwunsch" at Workshop 5.  Lunch "ja" is not a workshop.

@mail("tenbrink-ja-nein-per-workshop", "2027-08-25 10:41:06",
      E("registration", "g.tenbrink@haltrup.example", "Gregor Tenbrink",
        "Gemeinde Haltrup, Fachbereich Bürgerdienste", ["WS3", "WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gregor Tenbrink <g.tenbrink@haltrup.example>"),
           ("To", FT),
           ("Subject", "Anmeldung zum Fachtag am 22.9."),
           ("Date", m.date),
           ("Message-ID", "<5E2A9C41.7080903@haltrup.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Fachtag an. Ihr Formular ließ sich bei mir
nicht ankreuzen, daher so:

Name: Gregor Tenbrink
Organisation: Gemeinde Haltrup, Fachbereich Bürgerdienste
E-Mail: g.tenbrink@haltrup.example
Anzahl Personen: 1

Workshop 1 (Digitale Kompetenzen im Alter): nein
Workshop 2 (Barrierefreie Websites und Dokumente): nein
Workshop 3 (Online-Anträge verständlich machen): ja
Workshop 4 (Mehrsprachig digital): nein
Workshop 5 (Medienkompetenz und Desinformation): ja, als Zweitwunsch

Mittagessen: ja
Gebärdensprachdolmetschung: nein

Mit freundlichen Grüßen
i. A. Gregor Tenbrink

Gemeinde Haltrup
Der Bürgermeister
Fachbereich 2 - Bürgerdienste
Rathausplatz 1, 48795 Haltrup
""", charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Polish free text, ISO-8859-2 base64, no form: "siebie i męża" -> 2,
# "warsztat nr 5 o dezinformacji" -> WS5.  "grupie seniorów" is not WS1.

@mail("wisniewska-polish-free-text", "2027-08-25 18:22:49",
      E("registration", "anna.wisniewska@mail.example", "Anna Wiśniewska",
        "Stowarzyszenie Polonia Ahlenbruch", ["WS5"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Anna Wiśniewska", "anna.wisniewska@mail.example", "iso-8859-2", "q")),
           ("To", FT),
           ("Subject", ew("Zgłoszenie na Fachtag 22.09", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<a1b7d3f0e9c24658@mail.example>"),
           ("X-Mailer", "Poczta Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i męża na Fachtag Digitale Teilhabe 22 września.
Interesuje nas warsztat nr 5 o dezinformacji. W naszej grupie seniorów
krąży bardzo dużo fałszywych wiadomości na WhatsAppie i chcielibyśmy
wiedzieć, jak o tym rozmawiać.

Formularza niestety nie umiem wypełnić po niemiecku, mam nadzieję, że taka
wiadomość wystarczy.

Pozdrawiam serdecznie
Anna Wiśniewska
Stowarzyszenie Polonia Ahlenbruch
""", charset="iso-8859-2", cte="base64")


# -- 016 ---------------------------------------------------------------------
# "anbei ... unser ausgefülltes Anmeldeformular (siehe Anhang)" - but nothing
# is attached (plain multipart/alternative, no attachment).  A registration
# with no workshop and no number (1); see 017 and the README.

@mail("esch-form-mentioned-not-attached", "2027-08-26 09:14:18",
      E("registration", "m.esch@mgh-vennhorst.example", "Martina Esch",
        "Mehrgenerationenhaus Vennhorst", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Esch, Martina <m.esch@mgh-vennhorst.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag - Formular anbei"),
           ("Thread-Topic", "Anmeldung Fachtag - Formular anbei"),
           ("Thread-Index", "AdvYhFq3ZxEschMGHVennhorst0826"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1457D2B0A84C4E9F83A1@FR3P281MB1457.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = ESCH_FIRST
    m.alternative(text, outlook_html(text), style="outlook")


ESCH_FIRST = """Sehr geehrte Frau Holtkamp,

anbei sende ich Ihnen unser ausgefülltes Anmeldeformular für den Fachtag Digitale Teilhabe (siehe Anhang).

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

Martina Esch
Koordination
Mehrgenerationenhaus Vennhorst
Lindenstraße 40
48796 Vennhorst
Tel. 02536 77 81 0"""


# -- 017 ---------------------------------------------------------------------
# The same writer 80 minutes later: the attachment was missing; now the form
# is in the text AND attached as PDF (multipart/mixed).  Quotes her own first
# mail Outlook-style.  Labelled as the registration (see README).

@mail("esch-resend-with-pdf-and-text", "2027-08-26 10:37:52",
      E("registration", "m.esch@mgh-vennhorst.example", "Martina Esch",
        "Mehrgenerationenhaus Vennhorst", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Esch, Martina <m.esch@mgh-vennhorst.example>"),
           ("To", TO_FT),
           ("Subject", "AW: Anmeldung Fachtag - Formular anbei"),
           ("Thread-Topic", "Anmeldung Fachtag - Formular anbei"),
           ("Thread-Index", "AdvYhFq3ZxEschMGHVennhorst0826AAJx4Q=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1457F0C3B95D4A7E21B8@FR3P281MB1457.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<FR3P281MB1457D2B0A84C4E9F83A1@FR3P281MB1457.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<FR3P281MB1457D2B0A84C4E9F83A1@FR3P281MB1457.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Holtkamp,

entschuldigen Sie bitte, der Anhang ist beim ersten Mal nicht mitgekommen. Jetzt aber – und zur Sicherheit auch noch einmal hier im Text:

Name: Martina Esch
Organisation / Einrichtung: Mehrgenerationenhaus Vennhorst
E-Mail: m.esch@mgh-vennhorst.example
Anzahl Personen (inkl. Ihnen): 3
Workshop: 1 (Digitale Kompetenzen im Alter)
Mittagessen: ja
Gebärdensprachdolmetschung: nein

Mit mir kommen zwei unserer ehrenamtlichen Technikpatinnen.

Mit freundlichen Grüßen

Martina Esch
Koordination
Mehrgenerationenhaus Vennhorst"""
    quote = ("Esch, Martina", "Donnerstag, 26. August 2027 09:14", f"'{FT}'",
             "Anmeldung Fachtag - Formular anbei", ESCH_FIRST)
    alt = m.alternative(outlook_plain(text, quote), outlook_html(text, quote),
                        style="outlook", top=False)
    pdf = m.binary(make_pdf([
        "Fachtag Digitale Teilhabe 2027 - Anmeldung",
        "Name: Martina Esch",
        "Organisation / Einrichtung: Mehrgenerationenhaus Vennhorst",
        "E-Mail: m.esch@mgh-vennhorst.example",
        "Anzahl Personen (inkl. Ihnen): 3",
        "[X] Workshop 1 - Digitale Kompetenzen im Alter",
        "[ ] Workshop 2 - Barrierefreie Websites und Dokumente",
        "[ ] Workshop 3 - Online-Antraege verstaendlich machen",
        "[ ] Workshop 4 - Mehrsprachig digital",
        "[ ] Workshop 5 - Medienkompetenz und Desinformation",
        "Mittagessen: [X] ja  [ ] nein",
    ]), "application", "pdf", "Anmeldeformular_Fachtag_MGH_Vennhorst.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 018 ---------------------------------------------------------------------
# English: the writer put the form through a translator; "(X)" ticks, one of
# them at "Lunch: (X) yes", another at "Sign language interpreting ... (X) no".

@mail("raman-english-translated-form-paren-x", "2027-08-27 12:03:26",
      E("registration", "priya.raman@mail.example", "Priya Raman",
        "Repair Café Telgenbeck", ["WS1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@mail.example>"),
           ("To", FT),
           ("Subject", "Registration – Fachtag Digitale Teilhabe"),
           ("Date", m.date),
           ("Message-ID", "<CAJr8Qm1vXp6wKdT0bN5yH3sE2aLcF9uR7g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hello Ms Holtkamp,

thank you for the invitation! My German is still a work in progress, so I ran the form through a translator – I hope it's fine to send it back in English:

Name: Priya Raman
Organisation / institution: Repair Café Telgenbeck
Email: priya.raman@mail.example
Phone (optional):
Number of people (including you): 2

Workshop (please tick one, mark a second choice with "2"):
(X) Workshop 1 – Digital skills in old age
( ) Workshop 2 – Accessible websites and documents
( ) Workshop 3 – Making online applications understandable
( ) Workshop 4 – Multilingual digital
( ) Workshop 5 – Media literacy and disinformation

Lunch: (X) yes ( ) no – one of us is vegan
Sign language interpreting: ( ) yes (X) no

The second person is my colleague Tom Bäumer, who runs our smartphone help desk for older people on Saturdays.

Kind regards,
Priya"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 019 ---------------------------------------------------------------------
# Postfix gives up after five days (452 4.2.2 mailbox full) on the
# confirmation sent to 013; multipart/report with the returned message.

@mail("postfix-bounce-mailbox-full-haddad", "2027-08-29 20:17:03",
      E("bounce", bounced="r.haddad@postfach.example"), "en")
def _(m):
    rcpt = "r.haddad@postfach.example"
    m.head(("From", "MAILER-DAEMON@mail.kreis-ahlenbruch.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270829181703.4C7E21A0B3@mail.kreis-ahlenbruch.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.kreis-ahlenbruch.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.postfach.example[198.51.100.23] said:
    452 4.2.2 <{rcpt}>: Mailbox full (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.kreis-ahlenbruch.example"),
         ("X-Postfix-Queue-ID", "8F2D61C0A4"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Tue, 24 Aug 2027 20:16:02 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "4.2.2"),
         ("Remote-MTA", "dns; mx01.postfach.example"),
         ("Diagnostic-Code", f"smtp; 452 4.2.2 <{rcpt}>: Mailbox full"),
         ("Last-Attempt-Date", "Sun, 29 Aug 2027 20:17:02 +0200 (CEST)")])
    original = confirmation_message(
        f"Rami Haddad <{rcpt}>", "Herr Haddad", "WS4", 2,
        dt("2027-08-24 20:16:02"), conf_id(dt("2027-08-24 20:16:02"), "9c41"),
        "<20270824181531.Horde.qM3kT9xZp2b@webmail.postfach.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Gmail, multipart/alternative: the workshop list pasted without boxes, the
# choice in bold (<b> in HTML, *...* in Gmail's plain part).  "3 (inkl. mir)".

@mail("albers-gmail-bold-choice", "2027-08-30 09:25:40",
      E("registration", "jonas.albers@sjr-oldenmark.example", "Jonas Albers",
        "Stadtjugendring Oldenmark", ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Jonas Albers <jonas.albers@sjr-oldenmark.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Stadtjugendring Oldenmark"),
           ("Date", m.date),
           ("Message-ID", "<CAMv3x9Tq0Lw8bZr5Jd2nKp7sYc4Ue1Hf6A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    lines = """Hallo zusammen,

wir sind dabei! Unten das Formular, unsere Wahl ist fett markiert.

Name: Jonas Albers
Organisation / Einrichtung: Stadtjugendring Oldenmark
E-Mail: jonas.albers@sjr-oldenmark.example
Anzahl Personen (inkl. Ihnen): 3 (inkl. mir)

Workshop 1 – Digitale Kompetenzen im Alter
Workshop 2 – Barrierefreie Websites und Dokumente
Workshop 3 – Online-Anträge verständlich machen
Workshop 4 – Mehrsprachig digital
Workshop 5 – Medienkompetenz und Desinformation

Wir bauen gerade unsere Website neu und wollen es diesmal richtig machen.

Viele Grüße
Jonas"""
    chosen = "Workshop 2 – Barrierefreie Websites und Dokumente"
    plain = lines.replace(chosen, f"*{chosen}*")
    m.alternative(plain, gmail_html(lines, bold=(chosen,)), style="gmail")


# -- 021 ---------------------------------------------------------------------
# Outlook multipart/alternative: the choice is marked only by colour in the
# HTML part ("farbig markiert"); Outlook's text/plain part lists all five
# workshops unmarked.  Jobcenter signature with disclaimer.

@mail("vogelsang-outlook-colour-marked-choice", "2027-08-31 11:50:13",
      E("registration", "andrea.vogelsang@jobcenter-ahlenbruch.example", "Andrea Vogelsang",
        "Jobcenter Kreis Ahlenbruch", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Vogelsang, Andrea <andrea.vogelsang@jobcenter-ahlenbruch.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag Digitale Teilhabe – Jobcenter"),
           ("Thread-Topic", "Anmeldung Fachtag Digitale Teilhabe – Jobcenter"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB3320C8E17A2F4B05D9E6@BE1P281MB3320.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Holtkamp,

gern nehme ich am Fachtag teil. Den gewünschten Workshop habe ich im Formular farbig markiert.

Name: Andrea Vogelsang
Organisation / Einrichtung: Jobcenter Kreis Ahlenbruch
E-Mail: andrea.vogelsang@jobcenter-ahlenbruch.example
Anzahl Personen (inkl. Ihnen): 1

Workshop 1 – Digitale Kompetenzen im Alter
Workshop 2 – Barrierefreie Websites und Dokumente
Workshop 3 – Online-Anträge verständlich machen
Workshop 4 – Mehrsprachig digital
Workshop 5 – Medienkompetenz und Desinformation

Mittagessen: ja

Mit freundlichen Grüßen
Im Auftrag

Andrea Vogelsang
Jobcenter Kreis Ahlenbruch
Team Integration
Bahnhofstraße 18, 48799 Ahlenbruch

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""
    chosen = "Workshop 4 – Mehrsprachig digital"
    special = {chosen: ("<p class=MsoNormal><span style='color:#C00000'>"
                        f"{esc(chosen)}<o:p></o:p></span></p>")}
    m.alternative(text, outlook_html(text, special=special), style="outlook")


# -- 022 ---------------------------------------------------------------------
# Change: reply to the confirmation of 002 (WS1, 2 persons), Thunderbird,
# bottom of the mail quotes the confirmation.  New workshop 3, "bleiben bei
# zwei Personen" (number unchanged -> party_size null).

@mail("huelsmann-change-to-ws3", "2027-09-01 08:33:27",
      E("change", "brigitte.huelsmann@vennhorst-mail.example", "Brigitte Hülsmann",
        None, ["WS3"], None, "de"), "de")
def _(m):
    ct = dt("2027-08-16 15:13:01")
    cid = conf_id(ct, "1b7e")
    m.head(("From", "Brigitte Hülsmann <brigitte.huelsmann@vennhorst-mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<71c2e8d4-0a9f-4b3e-8d15-6f4a2c9e7b01@vennhorst-mail.example>"),
           ("In-Reply-To", cid),
           ("References", f"<3f0b9c2e-5d41-4a7e-9b6c-1e2d8a7f4c30@vennhorst-mail.example> {cid}"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

danke für die Bestätigung. Wir haben im Beirat noch einmal beraten: Frau
Bölling und ich möchten lieber in den Workshop 3 zu den Online-Anträgen
wechseln. Bei uns kommen ständig Fragen zum Wohngeldantrag im Internet,
da nehmen wir mehr mit. Wir bleiben bei zwei Personen.

Mit freundlichen Grüßen
Brigitte Hülsmann

{a_thunderbird(ct, "Fachtag Digitale Teilhabe")}
{gt_quote(confirmation("Frau Hülsmann", "WS1", 2))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 023 ---------------------------------------------------------------------
# Sent from a shared mailbox (info@); the form names his own address, and he
# says so.  Workshop and number are left empty in the form and answered in
# free text below: 4, else 5; "zu dritt" -> 3.

@mail("aydogan-shared-mailbox-form-plus-free-text", "2027-09-01 16:10:45",
      E("registration", "kemal.aydogan@integrationsrat-ahlenbruch.example", "Kemal Aydoğan",
        "Integrationsrat des Kreises Ahlenbruch", ["WS4", "WS5"], 3, "de"), "de")
def _(m):
    m.head(("From", "Integrationsrat Kreis Ahlenbruch <info@integrationsrat-ahlenbruch.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Integrationsrat"),
           ("Date", m.date),
           ("Message-ID", "<c0a8f3e1b2d44e7a9c65@integrationsrat-ahlenbruch.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Holtkamp,

hier unsere Anmeldung. Ich schreibe aus unserem Sammelpostfach, meine
eigene Adresse steht im Formular – bitte alles Weitere dorthin.

Name: Kemal Aydoğan
Organisation / Einrichtung: Integrationsrat des Kreises Ahlenbruch
E-Mail: kemal.aydogan@integrationsrat-ahlenbruch.example
Telefon (freiwillig):
Anzahl Personen (inkl. Ihnen):
Workshop:
Mittagessen: ja
Gebärdensprachdolmetschung: nein

Zu Workshop und Personenzahl, weil das ins Formular schlecht passt: Am
liebsten wären wir in Workshop 4 (Mehrsprachig digital). Falls der voll
ist, gern auch in die 5. Wir kommen zu dritt, meine Kolleginnen Frau
Nikolaidou und Frau Berisha sind dabei.

Mit freundlichen Grüßen
Kemal Aydoğan
Vorsitzender des Integrationsrates
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Turkish question (UTF-8 8bit): is there Turkish interpreting?  Would come
# with her mother only if so -> question, registers no one.

@mail("demir-turkish-question-interpreter", "2027-09-02 12:44:19",
      E("question", "hatice.demir@mail.example", "Hatice Demir", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Demir <hatice.demir@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<CAP2wq7LrM0xV5tN8kJ3dB9eR1yH6cZ4sFg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Fachtag Digitale Teilhabe hakkında bir sorum var. Atölyeler sadece Almanca mı olacak, yoksa Türkçe tercüman da olacak mı? Annem 68 yaşında, akıllı telefon kullanmayı öğrenmek istiyor ama Almancası yeterli değil.

Tercüman olursa annemle birlikte gelmek isteriz, o zaman formu da doldururum.

Teşekkürler,
Hatice Demir
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Apple Mail, multipart/alternative: fields answered with "—"; a private
# person (organisation null), persons "—" (1), "Workshop: 5".

@mail("oelrich-apple-mail-dash-fields", "2027-09-02 21:58:03",
      E("registration", "f.oelrich@me-mail.example", "Frank Oelrich", None, ["WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Frank Oelrich <f.oelrich@me-mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<9D3F1E2A-7C45-4B8E-A0D6-2F1C8B5E9A73@me-mail.example>"),
           ("X-Mailer", "Apple Mail (2.3776.700.51)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))"))
    text = """Hallo,

Name: Frank Oelrich
Organisation / Einrichtung: —
E-Mail: —
Telefon (freiwillig): —
Anzahl Personen (inkl. Ihnen): —
Workshop: 5

Ich komme als interessierter Bürger, nicht für einen Verein. Mein Vater ist neulich auf eine falsche „Hallo Papa, mein Handy ist kaputt“-Nachricht reingefallen, deshalb das Thema.

Gruß
Frank Oelrich"""
    m.alternative(text, apple_html(text), style="apple")


# -- 026 ---------------------------------------------------------------------
# The office of the managing director sends his form from the office
# mailbox; the form's E-Mail field holds his address and the text asks for
# the confirmation to go to him.  "Dr." in the form.

@mail("kreienbaum-office-sends-directors-form", "2027-09-03 09:07:33",
      E("registration", "m.kreienbaum@diakonie-ahlenbruch.example", "Matthias Kreienbaum",
        "Diakonisches Werk im Kreis Ahlenbruch", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sekretariat Geschäftsführung <sekretariat@diakonie-ahlenbruch.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Dr. Kreienbaum – Fachtag Digitale Teilhabe"),
           ("Thread-Topic", "Anmeldung Dr. Kreienbaum – Fachtag Digitale Teilhabe"),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0620B4A1E93C47D8F215@AM0P190MB0620.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Holtkamp,

im Auftrag von Herrn Dr. Kreienbaum sende ich Ihnen seine Anmeldung zum Fachtag:

Name: Dr. Matthias Kreienbaum
Organisation / Einrichtung: Diakonisches Werk im Kreis Ahlenbruch
E-Mail: m.kreienbaum@diakonie-ahlenbruch.example
Telefon (freiwillig): 02571 9330-100
Anzahl Personen (inkl. Ihnen): 1
Workshop: [x] 3 – Online-Anträge verständlich machen
Mittagessen: [ ] ja [x] nein (er kommt erst nach der Mittagspause zu den Workshops)
Gebärdensprachdolmetschung: [ ] ja [x] nein

Die Bestätigung senden Sie bitte direkt an Herrn Dr. Kreienbaum.

Freundliche Grüße
i. A. Sandra Wöstmann
Sekretariat der Geschäftsführung

Diakonisches Werk im Kreis Ahlenbruch e.V.
Kirchplatz 5 | 48799 Ahlenbruch"""
    m.alternative(text, outlook_html(text), style="outlook")


# -- 027 ---------------------------------------------------------------------
# Plain-text table for three people of one institution with different
# workshops: the writer (first row) takes Workshop 2, a colleague Workshop 5.
# Labelled with the writer's own workshop and all three persons (README).

@mail("hartwig-vhs-plain-table-three-people", "2027-09-06 10:15:00",
      E("registration", "lea.hartwig@vhs-ahlenbruch.example", "Lea Hartwig",
        "Volkshochschule Ahlenbruch", ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Lea Hartwig <lea.hartwig@vhs-ahlenbruch.example>"),
           ("To", FT),
           ("Subject", "Anmeldung VHS Ahlenbruch (3 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<e5d0a7b3-91c2-4f68-b3e4-0d8c1f6a2e97@vhs-ahlenbruch.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Holtkamp,

wir melden uns zu dritt von der VHS an. Weil wir nicht alle in denselben
Workshop wollen, habe ich das Formular als Tabelle gemacht:

| Name          | Workshop                                  | Mittagessen |
|---------------|-------------------------------------------|-------------|
| Lea Hartwig   | 2 – Barrierefreie Websites und Dokumente  | ja          |
| Stefan Möller | 2 – Barrierefreie Websites und Dokumente  | ja          |
| Aylin Kaya    | 5 – Medienkompetenz und Desinformation    | nein        |

Organisation: Volkshochschule Ahlenbruch
Anzahl Personen: 3
Kontakt für alle drei: ich (lea.hartwig@vhs-ahlenbruch.example)

Gebärdensprachdolmetschung brauchen wir nicht.

Viele Grüße
Lea Hartwig
Fachbereichsleitung Digitales Lernen
Volkshochschule Ahlenbruch
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Samsung phone: ✓ behind the workshop and behind "Mittagessen";
# "Personen: 1+1 (mein Mann ...)" -> 2.

@mail("kuhlmann-samsung-check-marks", "2027-09-06 19:03:12",
      E("registration", "renate.kuhlmann@mail.example", "Renate Kuhlmann",
        "Ev. Frauenhilfe Wesselbrock", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Renate Kuhlmann <renate.kuhlmann@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<q1w8e3r5.1788714192.samsungmail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,
ich möchte mich anmelden.
Name: Renate Kuhlmann
Organisation: Ev. Frauenhilfe Wesselbrock
Workshop 1 ✓
Personen: 1+1 (mein Mann fährt mich und bleibt dann auch)
Mittagessen ✓
Mit freundlichen Grüßen
Renate Kuhlmann



Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation, reply to the confirmation of 010 (web.de quote block).

@mail("pohlmann-adeyemi-cancel", "2027-09-07 08:12:44",
      E("cancellation", "h.pohlmann-adeyemi@caritas-ahlenbruch.example",
        "Heike Pohlmann-Adeyemi", "Caritasverband für den Kreis Ahlenbruch e.V.",
        [], None, "de"), "de")
def _(m):
    ct = dt("2027-08-23 09:03:02")
    cid = conf_id(ct, "40d2")
    m.head(("From", "Heike Pohlmann-Adeyemi <h.pohlmann-adeyemi@caritas-ahlenbruch.example>"),
           ("To", TO_FT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f6e8b10-c4d3-49a7-b5e1-7a0c9d3f8e24-1788761564871@3c-app-webde-bap52>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Pohlmann-Adeyemi", "WS2", 1)
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für den 22.09. zurückziehen. Unser
Migrationsdienst hat an dem Tag kurzfristig eine Landesfachkonferenz, bei
der ich nicht fehlen kann. Vielleicht bekommt ja jemand von der Warteliste
meinen Platz.

Freundliche Grüße
Heike Pohlmann-Adeyemi
Caritasverband für den Kreis Ahlenbruch e.V.


Gesendet: Montag, 23. August 2027 um 09:03 Uhr
Von: "Fachtag Digitale Teilhabe" <{FT}>
An: h.pohlmann-adeyemi@caritas-ahlenbruch.example
Betreff: {CONFIRMATION_SUBJECT}

{quoted}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# English change, Gmail reply to the confirmation of 018 (WS1, 2): move to
# Workshop 5, colleague drops out -> 1.

@mail("raman-english-change-ws5-one-person", "2027-09-07 21:40:05",
      E("change", "priya.raman@mail.example", "Priya Raman", None, ["WS5"], 1, "en"), "en")
def _(m):
    ct = dt("2027-08-27 12:04:10")
    cid = conf_id(ct, "e83a")
    m.head(("From", "Priya Raman <priya.raman@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJr8Qm3kYt0pWn7cV2xB8dH5eSzL1fQ4aR@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", f"<CAJr8Qm1vXp6wKdT0bN5yH3sE2aLcF9uR7g@mail.gmail.example> {cid}"),
           ("MIME-Version", "1.0"))
    text = """Hi again,

a small change, if that's still possible: could you move me to Workshop 5 (disinformation) instead? Turns out our volunteers get asked about fake news far more than about apps.

Also, Tom can't come after all – family thing that day – so it'll just be me.

Thanks a lot,
Priya"""
    attr = a_gmail_en(ct, f"Fachtag Digitale Teilhabe <{FT}>")
    quoted = confirmation("Frau Raman", "WS1", 2)
    plain = text + "\n\n" + attr + "\n\n" + gt_quote(quoted) + "\n"
    m.alternative(plain, gmail_html(text, attr, quoted), style="gmail")


# -- 031 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation with '>'; the writer filled
# the form INSIDE the quote ("> Name: Bernd Löffler", "> [X] Workshop 5") and
# says so on top.  Labelled from the filled quote (README).

@mail("loeffler-form-filled-inside-gt-quote", "2027-09-08 11:02:38",
      E("registration", "bernd@freifunk-ahlenbruch.example", "Bernd Löffler",
        "Freifunk Ahlenbruch e.V.", ["WS5"], 2, "de"), "de")
def _(m):
    filled = INVITATION_TEXT + "\n\n" + """------------------------- ANMELDUNG -------------------------
Name: Bernd Löffler
Organisation / Einrichtung: Freifunk Ahlenbruch e.V.
E-Mail: bernd@freifunk-ahlenbruch.example
Telefon (freiwillig):
Anzahl Personen (inkl. Ihnen): 2

Workshop (bitte einen ankreuzen, ggf. Zweitwunsch mit "2" markieren):
[ ] Workshop 1 – Digitale Kompetenzen im Alter
[ ] Workshop 2 – Barrierefreie Websites und Dokumente
[ ] Workshop 3 – Online-Anträge verständlich machen
[ ] Workshop 4 – Mehrsprachig digital
[X] Workshop 5 – Medienkompetenz und Desinformation

Mittagessen:                [X] ja   [ ] nein
Gebärdensprachdolmetschung: [ ] ja   [X] nein
--------------------------------------------------------------"""
    m.head(("From", "=?utf-8?q?Bernd_L=C3=B6ffler?= <bernd@freifunk-ahlenbruch.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f4c7a2e-83d1-4b96-a5e0-c2b9d8f31e6a@freifunk-ahlenbruch.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Moin Frau Holtkamp,

Formular ist unten ausgefüllt (direkt im Zitat, hoffe das passt so).
Wir kommen zu zweit, mein Vereinskollege Jannik ist dabei.

Bernd

{a_thunderbird(INVITATION_TIME, "Fachtag Digitale Teilhabe")}
{gt_quote(filled)}
""", charset="utf-8", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# Polish: the form translated into Polish by the writer ("Warsztat",
# "Liczba osób", "[x]"), UTF-8 quoted-printable.

@mail("nowicka-berger-polish-translated-form", "2027-09-08 17:45:20",
      E("registration", "k.nowicka-berger@mail.example", "Katarzyna Nowicka-Berger",
        "Polski Klub Seniora „Razem” Ahlenbruch", ["WS1"], 4, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka-Berger <k.nowicka-berger@mail.example>"),
           ("To", FT),
           ("Subject", "=?UTF-8?Q?Zg=C5=82oszenie_na_Fachtag_Digitale_Teilhabe?="),
           ("Date", m.date),
           ("Message-ID", "<e0b4c1a97d2f4e3b8a61@mail.example>"),
           ("X-Mailer", "Poczta Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowna Pani Holtkamp,

przetłumaczyłam formularz dla naszego klubu, poniżej nasze zgłoszenie:

Imię i nazwisko: Katarzyna Nowicka-Berger
Organizacja / instytucja: Polski Klub Seniora „Razem” Ahlenbruch
E-mail: k.nowicka-berger@mail.example
Liczba osób (łącznie z Panią/Panem): 4

Warsztat (proszę zaznaczyć jeden):
[x] Warsztat 1 – Kompetencje cyfrowe w starszym wieku
[ ] Warsztat 2 – Dostępne strony internetowe i dokumenty
[ ] Warsztat 3 – Zrozumiałe wnioski online
[ ] Warsztat 4 – Cyfrowo w wielu językach
[ ] Warsztat 5 – Kompetencje medialne i dezinformacja

Obiad: [x] tak [ ] nie
Tłumaczenie na język migowy: [ ] tak [x] nie

Przyjdę z trzema paniami z naszego klubu, wszystkie po siedemdziesiątce
i bardzo ciekawe smartfonów.

Z poważaniem
Katarzyna Nowicka-Berger
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Question before registering a group: step-free access, parking, one form
# for all?  "Wenn das alles passt, melde ich uns gern an." -> question.

@mail("determann-vdk-questions-before-group", "2027-09-09 10:30:11",
      E("question", "helga.determann@vdk-haltrup.example", "Helga Determann",
        "Sozialverband VdK, Ortsverband Haltrup", [], None, "de"), "de")
def _(m):
    m.head(("From", "Helga Determann <helga.determann@vdk-haltrup.example>"),
           ("To", FT),
           ("Subject", "Fragen zum Fachtag (VdK Haltrup)"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc21a3$5e7f2b10$1b7d8130$@vdk-haltrup.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Holtkamp,

unser Ortsverband überlegt, mit fünf oder sechs Mitgliedern zum Fachtag zu
kommen. Vorher hätte ich ein paar Fragen:

1. Ist der Sitzungssaal im Kreishaus stufenlos erreichbar? Zwei unserer
   Mitglieder sitzen im Rollstuhl, eine Dame ist mit dem Rollator unterwegs.
2. Gibt es Behindertenparkplätze direkt am Kreishaus?
3. Muss jede Person ein eigenes Formular ausfüllen, oder reicht eines für
   die ganze Gruppe?

Wenn das alles passt, melde ich uns gern an.

Mit freundlichen Grüßen
Helga Determann
Sozialverband VdK, Ortsverband Haltrup
""", charset="windows-1252", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Arabic, new mail (no quote) from 013, whose confirmation bounced (019):
# no confirmation came; is the registration still valid; and one more
# colleague -> 3 persons.  The fourth workshop is mentioned as already chosen,
# not as a new choice -> workgroups [].

@mail("haddad-arabic-no-confirmation-adds-person", "2027-09-10 13:05:47",
      E("change", "r.haddad@postfach.example", "Rami Haddad", None, [], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("رامي حداد", "r.haddad@postfach.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", ew("بخصوص تسجيلي في Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270910110547.Horde.Lw8eN2rVk5c@webmail.postfach.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("Content-Language", "ar"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سجّلت يوم ٢٤ أغسطس لي ولزميلي في الورشة الرابعة، لكن لم تصلني أي رسالة تأكيد. اكتشفت أن صندوق بريدي كان ممتلئاً في ذلك الوقت، وقد أفرغته الآن.

هل ما زال تسجيلنا قائماً؟ وأرجو أيضاً إضافة زميلة أخرى من الجمعية، فسنكون ثلاثة أشخاص بدلاً من اثنين.

شكراً لكم
Rami Haddad
""", charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# A caterer's cold offer for the Fachtag: names the date, 120 persons, the
# workshops and a "melden Sie sich" deadline -> other.

@mail("genusswerk-catering-offer", "2027-09-10 15:20:00", E("other"), "de")
def _(m):
    m.head(("From", "Genusswerk Catering <angebote@genusswerk-catering.example>"),
           ("To", FT),
           ("Subject", "Ihr Fachtag am 22.09. – Catering für bis zu 120 Personen"),
           ("Date", m.date),
           ("Message-ID", "<20270910132000.5f1e9a@genusswerk-catering.example>"),
           ("X-Mailer", "Genusswerk CRM"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

wie wir gesehen haben, richtet der Kreis Ahlenbruch am 22. September 2027 den Fachtag Digitale Teilhabe aus. Gern unterbreiten wir Ihnen ein unverbindliches Angebot für die Verpflegung Ihrer Teilnehmenden:

• Begrüßungskaffee mit Gebäck
• Mittagsbuffet (vegetarisch, vegan und halal möglich) für bis zu 120 Personen
• Kaffee und Kuchen für die Workshops am Nachmittag

Melden Sie sich einfach bis Ende nächster Woche, dann halten wir den Termin für Sie frei. Auf Wunsch kommen wir gern vorher zu einem Probeessen ins Kreishaus.

Mit genussvollen Grüßen
Carsten Rehbein
Genusswerk Catering GmbH
Gewerbering 7, 48799 Ahlenbruch
www.genusswerk-catering.example

Sie möchten keine Angebote mehr von uns erhalten? Eine kurze Antwort mit „Abmelden“ genügt."""
    paras = text.split("\n\n")
    body = "".join("<p>" + "<br>".join(esc(x) for x in p.split("\n")) + "</p>\n" for p in paras)
    html_text = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif;"
                 "color:#3b2a1a\"><h2 style=\"color:#7a4e1d\">Genusswerk Catering</h2>\n"
                 + body + "</body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation, windows-1252 quoted-printable, Thunderbird reply to the
# confirmation of 014.

@mail("tenbrink-cancel-council-meeting", "2027-09-13 08:48:29",
      E("cancellation", "g.tenbrink@haltrup.example", "Gregor Tenbrink", None, [], None, "de"), "de")
def _(m):
    ct = dt("2027-08-25 10:42:00")
    cid = conf_id(ct, "77c5")
    m.head(("From", "Gregor Tenbrink <g.tenbrink@haltrup.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5E3C1D07.2050406@haltrup.example>"),
           ("In-Reply-To", cid),
           ("References", f"<5E2A9C41.7080903@haltrup.example> {cid}"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Herr Tenbrink", "WS3", 1)
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am Fachtag absagen. Die Ratssitzung
unserer Gemeinde wurde auf den 22.09. verlegt, und da muss ich als
Protokollführer dabei sein.

Schade, ich hatte mich auf den Workshop gefreut. Gibt es hinterher eine
Dokumentation?

Mit freundlichen Grüßen
i. A. Gregor Tenbrink

{a_thunderbird(ct, "Fachtag Digitale Teilhabe")}
{gt_quote(quoted)}
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Change with the form again (☑ at Workshop 2, persons 2), Gmail reply to the
# confirmation of 008 (WS5, 1).  The quote still says Workshop 5.

@mail("brinkhoff-change-ballot-box-ws2-two", "2027-09-14 16:22:10",
      E("change", "malte.brinkhoff@jz-komet.example", "Malte Brinkhoff", None,
        ["WS2"], 2, "de"), "de")
def _(m):
    ct = dt("2027-08-19 13:31:30")
    cid = conf_id(ct, "2f9d")
    m.head(("From", "Malte Brinkhoff <malte.brinkhoff@jz-komet.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHt5u0Xz7Qm2cKv9Lr4pWe8sJd1bF6yN3T@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", f"<CAHt5u0Wk2Pz8xJqN4rB7mVd1cE9sLyT3gA@mail.gmail.example> {cid}"),
           ("MIME-Version", "1.0"))
    text = """Moin nochmal,

bei uns hat sich was geändert, hier das Formular nochmal neu:

Anzahl Personen (inkl. Ihnen): 2
☐ Workshop 1 – Digitale Kompetenzen im Alter
☑ Workshop 2 – Barrierefreie Websites und Dokumente
☐ Workshop 3 – Online-Anträge verständlich machen
☐ Workshop 4 – Mehrsprachig digital
☐ Workshop 5 – Medienkompetenz und Desinformation

Also die 2 statt der 5. Unsere Praktikantin Lina kommt mit, und die baut gerade unsere neue Homepage, da passt Barrierefreiheit einfach besser. Mittagessen dann bitte für zwei.

Danke & Grüße
Malte"""
    attr = a_gmail_de(ct, f"Fachtag Digitale Teilhabe <{FT}>")
    quoted = confirmation("Herr Brinkhoff", "WS5", 1)
    plain = text + "\n\n" + attr + "\n\n" + gt_quote(quoted) + "\n"
    m.alternative(plain, gmail_html(text, attr, quoted), cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Out-of-office to the 7-day reminder, recognisable only from its text: no
# Auto-Submitted, no X-Autoreply, no Precedence.  English.

@mail("doyle-out-of-office-no-headers", "2027-09-15 09:00:48", E("auto_reply"), "en")
def _(m):
    rid = f"<mailbot.reminder.20270915090002.5a1c@kreis-ahlenbruch.example>"
    m.head(("From", "Liam Doyle <liam.doyle@makerspace-telgenbeck.example>"),
           ("To", TO_FT),
           ("Subject", "Out of office: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ooo.20270915090048.31d7@makerspace-telgenbeck.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

Thanks for your message. I'm on leave until Monday 20 September and only checking email now and then.

For anything urgent about the Makerspace, please contact hello@makerspace-telgenbeck.example.

Cheers,
Liam

(This is an automatic reply.)""", charset="us-ascii", cte="7bit")


# -- 039 ---------------------------------------------------------------------
# Russian cancellation replying to the 7-day reminder of 009 (Russian webmail
# quote header), UTF-8 quoted-printable; the quoted reminder is German.

@mail("zakharova-russian-cancel-reply-to-reminder", "2027-09-15 19:31:56",
      E("cancellation", "o.zakharova@kulturzentrum-most.example", "Ольга Захарова",
        None, [], None, "ru"), "ru")
def _(m):
    rid = "<mailbot.reminder.20270915090004.b7e0@kreis-ahlenbruch.example>"
    m.head(("From", addr("Ольга Захарова", "o.zakharova@kulturzentrum-most.example",
                         "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789493516.771204@kulturzentrum-most.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("MIME-Version", "1.0"))
    quoted = reminder("Frau Zakharova", "WS4", 2)
    m.single(f"""Здравствуйте!

К сожалению, мы не сможем прийти на Fachtag 22 сентября. Дарья заболела,
а мне в этот день одной придётся вести занятия в нашем центре.
Пожалуйста, отмените нашу регистрацию (2 человека).

Надеюсь, в следующем году получится.

С уважением,
Ольга Захарова

Среда, 15 сентября 2027, 9:00 +02:00 от Fachtag Digitale Teilhabe <{FT}>:
{gt_quote(quoted)}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone, a new mail; phrased as a question
# ("iptal edebilir misiniz?") but it cancels the registration of 004.

@mail("koc-turkish-cancel-iphone", "2027-09-17 07:55:02",
      E("cancellation", "emine.koc@posta.example", "Emine Koç", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Koç <emine.koc@posta.example>"),
           ("To", FT),
           ("Subject", "Fachtag iptal"),
           ("Date", m.date),
           ("Message-ID", "<A3E1F7C9-52B0-4D8E-9C14-7B6D0E2F8A35@posta.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Derneğimizden 3 kişi olarak Fachtag’e kaydolmuştuk (Emine Koç). Maalesef o gün derneğimizde önemli bir toplantı çıktı, hiçbirimiz gelemeyeceğiz. Kaydımızı iptal edebilir misiniz?

Çok üzgünüz, inşallah bir dahaki sefere.
Selamlar
Emine Koç

iPhone’umdan gönderildi""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when)
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
URL_OK = ("schemas.microsoft.com", "www.w3.org")


def _norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def visible_text(msg):
    """Decoded top-level headers and every text leaf (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    """Problems with one expected.json record (checked against its mail)."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the workshop or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and em not in seen:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) + 2 > 1000:
            problems.append(f"line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (FIRST_DAY <= when < LAST_DAY):
        problems.append(f"date {when} outside 16 August - 21 September 2027")
    # every text part decodes in its declared charset to exactly the written text
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and f"www.{dom}" not in URL_OK:
            problems.append(f"non-example host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    print("text languages (all mails):", dict(sorted(langs.items())))
    for kind in KINDS:
        row = {lang: n for (k, lang), n in sorted(by_kind_lang.items()) if k == kind}
        print(f"  {kind}: {row}")
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

    ids = collections.Counter()
    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
        ids[str(m.msg["Message-ID"])] += 1
    for mid, k in ids.items():
        if k > 1:
            print(f"Message-ID {mid} used {k} times")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
