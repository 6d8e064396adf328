#!/usr/bin/env python3
"""Build the "final19b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Mehrsprachigkeit 2027 in Hamm (Wed 28 April 2027), two workshop
phases: phase 1 in the morning (1A, 1B, 1C), phase 2 in the afternoon (2A, 2B).

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
import sys
import tomllib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-mehrsprachigkeit@hamm.example"
TO_FT = f"Fachtag Mehrsprachigkeit 2027 <{FT}>"
INVITATION_ID = "<einladung-fachtag-2027.20270301100004@hamm.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "tr")

# Daylight saving time starts on Sunday 28 March 2027 at 01:00 UTC.
DST_START = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.timezone.utc)


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


def local_offset(naive):
    """Berlin offset in hours for a naive local time in spring 2027."""
    return 2 if naive >= datetime.datetime(2027, 3, 28, 3, 0) else 1


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        if tz_hours is None:
            tz_hours = local_offset(naive)
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = naive.replace(tzinfo=tz)
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
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = self.when + datetime.timedelta(seconds=3)
            arrival = arrival.astimezone(datetime.timezone(datetime.timedelta(
                hours=2 if arrival >= DST_START else 1)))
            zone = "CEST" if arrival.utcoffset() == datetime.timedelta(hours=2) else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {format_datetime(arrival)} ({zone})")
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
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Mehrsprachigkeit 2027 am 28. April"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Mehrsprachigkeit 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Mehrsprachigkeit 2027 am 28. April"

INVITATION = """Liebe Kolleginnen und Kollegen,

das Kommunale Integrationszentrum Hamm lädt Sie herzlich ein zum

Fachtag Mehrsprachigkeit 2027
„Viele Sprachen – ein Bildungsweg“

Der Fachtag richtet sich an Fachkräfte aus Kita, OGS und Grundschule, aus
Familienzentren, Jugendhilfe und Migrationsdiensten sowie an engagierte
Eltern.

Datum: Mittwoch, 28. April 2027, 9:30 bis 16:00 Uhr
Ort:   Heinrich-von-Kleist-Forum, Platz der Deutschen Einheit 1, 59065 Hamm

Ablauf
09:30 Uhr         Ankommen, Kaffee
10:00 Uhr         Begrüßung und Impulsvortrag (Saal, EG)
10:45–12:15 Uhr   Workshopphase 1
12:15–13:15 Uhr   Mittagspause
13:15–14:45 Uhr   Workshopphase 2
15:00–16:00 Uhr   Abschluss im Plenum

Workshopphase 1 (vormittags)
1A  Alltagsintegrierte Sprachbildung in der Kita (Raum 1.04)
1B  Herkunftssprachlicher Unterricht in der Grundschule (Raum 1.07)
1C  Mehrsprachige Elternarbeit (Raum 2.11)

Workshopphase 2 (nachmittags)
2A  Sprachmittlung und Dolmetschen im Elterngespräch (Raum 1.04)
2B  Mehrsprachige Kinderbücher und digitale Medien (Raum 2.11)

Bitte melden Sie sich bis zum 16. April 2027 per E-Mail an
fachtag-mehrsprachigkeit@hamm.example an. Nennen Sie uns Ihren Namen, Ihre
Einrichtung, je einen Workshop für Phase 1 und Phase 2 (wer nur einen
halben Tag kommen kann, wählt nur einen) und mit wie vielen Personen Sie
kommen.

Die Teilnahme ist kostenfrei. Für Mittagessen und Getränke ist gesorgt.

Mit freundlichen Grüßen

Kommunales Integrationszentrum Hamm
i. A. Jana Wessels
Tel. 02381 17-6290"""

WS_LINE = {
    "1A": "Workshopphase 1 (10:45–12:15 Uhr): 1A – Alltagsintegrierte Sprachbildung in der Kita, Raum 1.04",
    "1B": "Workshopphase 1 (10:45–12:15 Uhr): 1B – Herkunftssprachlicher Unterricht in der Grundschule, Raum 1.07",
    "1C": "Workshopphase 1 (10:45–12:15 Uhr): 1C – Mehrsprachige Elternarbeit, Raum 2.11",
    "2A": "Workshopphase 2 (13:15–14:45 Uhr): 2A – Sprachmittlung und Dolmetschen im Elterngespräch, Raum 1.04",
    "2B": "Workshopphase 2 (13:15–14:45 Uhr): 2B – Mehrsprachige Kinderbücher und digitale Medien, Raum 2.11",
}


def confirmation(salutation, wss, persons):
    """The confirmation the organiser's tool sent (quoted in replies, returned in bounces)."""
    lines = "\n".join(WS_LINE[w] for w in wss)
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Mehrsprachigkeit 2027 am
Mittwoch, 28. April 2027, 9:30 bis 16:00 Uhr, im Heinrich-von-Kleist-Forum,
Platz der Deutschen Einheit 1, 59065 Hamm.

Wir haben Sie für folgende Workshops eingetragen:
{lines}

Angemeldete Personen: {persons}

Möchten Sie einen Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Mehrsprachigkeit 2027
Kommunales Integrationszentrum Hamm"""


def reminder(salutation, wss, persons, tomorrow=False):
    """The 7-day (or 1-day) reminder."""
    lines = "\n".join(WS_LINE[w] for w in wss)
    when = "Morgen ist es so weit" if tomorrow else "In einer Woche ist es so weit"
    return f"""Guten Tag {salutation},

{when}: Der Fachtag Mehrsprachigkeit 2027 findet am Mittwoch,
28. April 2027, von 9:30 bis 16:00 Uhr im Heinrich-von-Kleist-Forum,
Platz der Deutschen Einheit 1, 59065 Hamm, statt. Die Begrüßung beginnt
um 10:00 Uhr im Saal (EG).

Ihre Workshops:
{lines}

Angemeldete Personen: {persons}

Können Sie nicht kommen? Dann sagen Sie bitte kurz ab, indem Sie auf diese
E-Mail antworten – so können wir Ihren Platz weitergeben.

Mit freundlichen Grüßen
Fachtag Mehrsprachigkeit 2027
Kommunales Integrationszentrum Hamm"""


def confirmation_message(to, salutation, wss, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, wss, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@@CHARSET@@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;}
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
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252"):
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
    return (OUTLOOK_HEAD.replace("@@CHARSET@@", charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


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


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted):
    """Gmail reply: new text, then the attribution line and a blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Out-of-office reply to the invitation, German and Turkish, WITHOUT any
# Auto-Submitted/Precedence header; dates, a phone number, no workshop choice.

@mail("sonnenhuegel-bilingual-ooo-no-headers", "2027-03-01 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Serpil Aksoy <s.aksoy@kita-sonnenhuegel.example>"),
           ("To", TO_FT),
           ("Subject", "Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ooo.1772355641.4471@kita-sonnenhuegel.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 01.03. bis einschließlich
12.03.2027 nicht im Haus. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an meine Stellvertretung,
Frau Kowalski, Tel. 02381 8 76 54-2.

Merhaba,

mesajınız için teşekkür ederim. 1 Mart - 12 Mart 2027 tarihleri arasında
izindeyim. Acil durumlarda lütfen yukarıdaki numaradan Bayan Kowalski'ye
ulaşın.

Serpil Aksoy
Leitung Kita Sonnenhügel
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five workshop ids, rooms
# and times in the quote); the choice "vormittags Workshop 1A, nachmittags 2B"
# is only in the new text.  "14 Familiensprachen" is not a party size.

@mail("brueggenthies-reply-quoting-invitation", "2027-03-01 11:02:37",
      E("registration", "a.brueggenthies@kita-lohauserholz.example", "Anke Brüggenthies",
        "Städtische Kita Lohauserholz", ["1A", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Anke Brüggenthies <a.brueggenthies@kita-lohauserholz.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7a1c-93d4-4f2b-8a61-2c7d9e0f4b18@kita-lohauserholz.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wessels,

vielen Dank für die Einladung, das Thema passt genau zu uns – in unserer
Kita werden inzwischen 14 Familiensprachen gesprochen.

Ich melde mich gern an: vormittags Workshop 1A, nachmittags 2B.
Ich komme allein, die Kolleginnen müssen am Mittwoch die Betreuung
sicherstellen.

Viele Grüße
Anke Brüggenthies

-- 
Anke Brüggenthies
Leitung
Städtische Kita Lohauserholz
Lohauserholzstraße 23, 59067 Hamm
Tel. 02381 40 12 77

Am 01.03.27 um 10:00 schrieb Fachtag Mehrsprachigkeit 2027:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), UTF-8 quoted-printable (the colleague's name
# has a "ğ"), invitation quoted below a Von:/Gesendet: block.  Two persons; the
# workshops are named by title and phase words only ("in der ersten Phase ...
# Herkunftssprachlicher Unterricht", "in der zweiten Phase ... Kinderbüchern").
# "Klassenlehrerin der 2a" is a school class, not workshop 2A.

WIEMERS_TEXT = """Sehr geehrte Frau Wessels,

hiermit melden meine Kollegin Elif Doğan und ich uns für den Fachtag am 28.04.2027 an. Frau Doğan ist Klassenlehrerin der 2a, ich bin an unserer Schule für die DaZ-Förderung zuständig.

Wir möchten beide in der ersten Phase den Workshop „Herkunftssprachlicher Unterricht in der Grundschule“ besuchen und in der zweiten Phase den Workshop zu den mehrsprachigen Kinderbüchern.

Mit freundlichen Grüßen

Katharina Wiemers
DaZ-Koordination
Friedrich-Ebert-Grundschule Hamm
Friedrich-Ebert-Straße 40 · 59063 Hamm
Tel. 02381 / 5 43 21"""


@mail("wiemers-outlook-html-titles-only", "2027-03-01 13:26:10",
      E("registration", "k.wiemers@feg-hamm.example", "Katharina Wiemers",
        "Friedrich-Ebert-Grundschule Hamm", ["1B", "2B"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wiemers, Katharina" <k.wiemers@feg-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbioT3m0c2VwqkSUmX0k1n8yB5tDbA0aB1"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7741A2C4E6F8091B2C3D4E5F6A7B@DB9PR03MB7741.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Fachtag Mehrsprachigkeit 2027 <{FT}>",
             "Montag, 1. März 2027 10:00",
             f"Fachtag Mehrsprachigkeit 2027 <{FT}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(WIEMERS_TEXT, quote, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# A form block with "Workshopphase 1: 1C" / "Workshopphase 2: 2A"; the arrival
# time 9:45 and "Anzahl Personen: 1" sit next to the choices.

@mail("kersting-form-block-phases", "2027-03-02 08:12:45",
      E("registration", "n.kersting@fz-wiescherhoefen.example", "Nadine Kersting",
        "Familienzentrum Wiescherhöfen", ["1C", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadine Kersting <n.kersting@fz-wiescherhoefen.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag Mehrsprachigkeit"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1d20-7c4b-4f95-b2e6-90d1c5a7f3b4-1772435565112@3c-app-gmx-bs03>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

hiermit melde ich mich zum Fachtag Mehrsprachigkeit an:

Name: Nadine Kersting
Einrichtung: Familienzentrum Wiescherhöfen
Funktion: Koordinatorin Familienbildung
Workshopphase 1: 1C
Workshopphase 2: 2A
Anzahl Personen: 1
Ankunft: ca. 9:45 Uhr (ich bringe vorher meine Tochter in die Kita)
Ernährung: vegetarisch

Liebe Grüße
Nadine Kersting
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# English, Gmail multipart/alternative: "For the morning slot ... 1B ... in the
# afternoon 2B".  Date "28 April" in the subject and text.

OCONNELL_TEXT = """Dear Ms Wessels,

a friend forwarded me your invitation – thank you! I run a small bilingual
playgroup here in Hamm and would love to attend on 28 April.

For the morning slot I'd like to join workshop 1B (heritage language
teaching), and in the afternoon 2B (children's books and digital media).
It will be just me.

I'm afraid my German is still a bit slow, so I'm writing in English – I
hope that's ok.

Best wishes,
Sarah O'Connell
Little Linguists Playgroup Hamm"""


@mail("oconnell-english-morning-afternoon-slot", "2027-03-02 19:48:03",
      E("registration", "sarah.oconnell@mail.example", "Sarah O'Connell",
        "Little Linguists Playgroup Hamm", ["1B", "2B"], 1, "en"), "en")
def _(m):
    m.head(("From", "Sarah O'Connell <sarah.oconnell@mail.example>"),
           ("To", FT),
           ("Subject", ew("Registration – Fachtag 28 April", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF3pL9xQ2mW8tY5uN0bR7kZ4dH6sJ1gE3cV9aT2oX5iB8nM1qw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OCONNELL_TEXT, gmail_html(OCONNELL_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Turkish, multipart/alternative, UTF-8 base64.  "Sabah oturumunda 1B
# atölyesine, öğleden sonra da 2A'ya" (ids with Turkish case suffixes);
# "iki okulda daha" (two more schools) is not the party size; "toplam 2
# kişiyiz" is.  The school appears inflected ("Karlschule'de") in the text and
# in its base form in the signature.

KORKMAZ_TEXT = """Merhaba Wessels Hanım,

28 Nisan'daki Fachtag Mehrsprachigkeit'e kayıt olmak istiyorum. Karlschule'de
ve iki okulda daha Türkçe anadil dersi (HSU) veriyorum.

Sabah oturumunda 1B atölyesine, öğleden sonra da 2A'ya (Sprachmittlung)
katılmak istiyorum. Meslektaşım Ayşe Tekin de benimle gelecek, o da aynı
atölyeleri seçiyor. Yani toplam 2 kişiyiz.

Saygılarımla,
Hatice Korkmaz
HSU-Lehrerin Türkisch
Karlschule Hamm"""


@mail("korkmaz-turkish-suffixed-ids", "2027-03-03 16:40:22",
      E("registration", "hatice.korkmaz@mail.example", "Hatice Korkmaz",
        "Karlschule Hamm", ["1B", "2A"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@mail.example>"),
           ("To", FT),
           ("Subject", ew("Fachtag Mehrsprachigkeit – kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1772552422.318807.5521@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, div_html(KORKMAZ_TEXT, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# iPhone: everything is in the Subject ("Anmeldung Fachtag 28.4. – 1A + 2B");
# the body is only the signature line.  No organisation anywhere.

@mail("huesken-subject-only", "2027-03-03 21:15:09",
      E("registration", "lena.huesken@mail.example", "Lena Hüsken", None,
        ["1A", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Lena Hüsken", "lena.huesken@mail.example", "utf-8", "q")),
           ("To", FT),
           ("Subject", ew("Anmeldung Fachtag 28.4. – 1A + 2B", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<7D2E9A41-6C3B-4F18-9E0A-5B1C8D2F4A67@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("\n\nVon meinem iPhone gesendet\n", charset="us-ascii", cte="7bit")


# -- 008 ---------------------------------------------------------------------
# Only one workshop overall: she has to leave at 12:30 (late shift from 13
# Uhr), so only the morning workshop 1C.  iso-8859-1 quoted-printable.

@mail("tiemann-morning-only", "2027-03-04 07:55:31",
      E("registration", "m.tiemann@kita-st-agnes.example", "Monika Tiemann",
        "Kath. Kita St. Agnes", ["1C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Monika Tiemann <m.tiemann@kita-st-agnes.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<1114562733.88213.1772607331504@webmail.kita-st-agnes.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen Frau Wessels,

ich möchte mich für den Fachtag am 28. April anmelden. Leider kann ich nur
am Vormittag teilnehmen, weil ich ab 13 Uhr Spätdienst habe und spätestens
um 12:30 Uhr los muss. Deshalb bitte nur den Workshop 1C (Elternarbeit).

Ich komme alleine.

Freundliche Grüße
Monika Tiemann
Kath. Kita St. Agnes
Hamm-Bockum-Hövel
""", charset="iso-8859-1", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# First and fallback choice inside phase 1 ("am liebsten 1B (HSU); falls der
# schon voll ist, gerne 1A"), then phase 2: 2A.  Outlook multipart/alternative,
# windows-1252 quoted-printable.

PLASSMANN_TEXT = """Sehr geehrte Frau Wessels,

hiermit melde ich mich für den Fachtag Mehrsprachigkeit am 28.04.2027 an.

Für die Workshopphase 1 hätte ich am liebsten 1B (HSU); falls der schon voll ist, gerne 1A. In Phase 2 möchte ich in den Workshop 2A.

Mit freundlichen Grüßen
Jörg Plaßmann
Leitung OGS
OGS an der Bodelschwinghschule
Tel. 02381 98 76 540"""


@mail("plassmann-fallback-within-phase", "2027-03-05 09:21:44",
      E("registration", "j.plassmann@ogs-bodelschwingh.example", "Jörg Plaßmann",
        "OGS an der Bodelschwinghschule", ["1B", "1A", "2A"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Plaßmann, Jörg" <j.plassmann@ogs-bodelschwingh.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag Mehrsprachigkeit 28.04."),
           ("Thread-Topic", "Anmeldung Fachtag Mehrsprachigkeit 28.04."),
           ("Thread-Index", "AduNf2Qk7sPq1m9ZcS3uY4vW1e5RfGB=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8123F1E2D3C4B5A6978@AS8PR04MB8123.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PLASSMANN_TEXT), outlook_html(PLASSMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# Shared mailbox of a family centre; the display name is the institution, the
# leader signs.  Four persons ("zu viert", four names); "6 Gruppen, davon 2
# U3-Gruppen" and the street number are not party sizes.

@mail("kunterbunt-shared-mailbox-team-of-four", "2027-03-05 13:03:58",
      E("registration", "info@fz-kunterbunt-hamm.example", "Claudia Reckmann",
        "Familienzentrum Kunterbunt", ["1A", "2B"], 4, "de"), "de")
def _(m):
    m.head(("From", "Familienzentrum Kunterbunt <info@fz-kunterbunt-hamm.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Team Familienzentrum Kunterbunt"),
           ("Date", m.date),
           ("Message-ID", "<a83f10c2-5d7e-4b91-9c24-e6f08b1d3a57@fz-kunterbunt-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Wessels,

wir kommen am 28. April zu viert zum Fachtag: Claudia Reckmann (Leitung),
Svenja Otte, Dilara Yüksel und Marina Friesen.

Vormittags möchten wir alle vier in den Workshop zur alltagsintegrierten
Sprachbildung (1A), nachmittags in 2B. Unsere Einrichtung hat 6 Gruppen,
davon 2 U3-Gruppen, und wir möchten das Gelernte danach im ganzen Team
weitergeben.

Bitte schicken Sie die Bestätigung an diese Adresse.

Herzliche Grüße
Claudia Reckmann
Leitung
Familienzentrum Kunterbunt
Kamener Straße 128, 59077 Hamm
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# City administration, Outlook multipart/alternative windows-1252; workshops by
# phase and topic only ("In Phase 1 ... mehrsprachigen Elternarbeit, in Phase 2
# die Sprachmittlung"); the signature has an office room "Zimmer 2.14" and
# "Im Auftrag"; a footer line.

HAGEMANN_TEXT = """Sehr geehrte Frau Wessels,

für das Jugendamt der Stadt Hamm nehme ich gern am Fachtag teil. In Phase 1 interessiert mich der Workshop zur mehrsprachigen Elternarbeit, in Phase 2 die Sprachmittlung im Elterngespräch.

Mit freundlichen Grüßen
Im Auftrag

Dr. Friederike Hagemann
Fachberatung Kindertagesbetreuung
Jugendamt der Stadt Hamm
Caldenhofer Weg 10, Zimmer 2.14
59065 Hamm
Tel. 02381 17-6543

Bitte prüfen Sie, ob der Ausdruck dieser E-Mail wirklich erforderlich ist."""


@mail("hagemann-jugendamt-phase-topics", "2027-03-08 08:40:12",
      E("registration", "friederike.hagemann@stadt-hamm.example", "Friederike Hagemann",
        "Jugendamt der Stadt Hamm", ["1C", "2A"], 1, "de"), "de", tz=0)
def _(m):
    subj = "Anmeldung Fachtag Mehrsprachigkeit – Jugendamt"
    m.head(("From", '"Hagemann, Friederike" <friederike.hagemann@stadt-hamm.example>'),
           ("To", TO_FT),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AduQ8k0c7Nn1pQeRkW8y2uZ5aBxCh=="),
           ("Date", m.date),
           ("Message-ID", "<6c1e0d2f9a8b4c7e@EXCH02.stadt-hamm.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HAGEMANN_TEXT), outlook_html(HAGEMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Turkish parents' association, iso-8859-9, 8bit; three persons named; arrival
# "Saat 9:30'da"; "her cumartesi 40 çocuğa" is not a party size.

@mail("yavuz-turkish-parents-association-three", "2027-03-09 18:22:06",
      E("registration", "mehmet.yavuz@tvb-hamm.example", "Mehmet Yavuz",
        "Hamm Türk Veliler Birliği e.V.", ["1C", "2B"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Yavuz <mehmet.yavuz@tvb-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Fachtag 28 Nisan - kayıt (3 kişi)", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270309182206.4f7a1c93@tvb-hamm.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Wessels Hanım,

Hamm Türk Veliler Birliği olarak 28 Nisan 2027'deki Fachtag Mehrsprachigkeit'e
3 kişi ile katılmak istiyoruz (ben, Emine Şahin ve Kadir Polat).

Sabah oturumunda hepimiz 1C atölyesine (Mehrsprachige Elternarbeit), öğleden
sonra da 2B atölyesine (çocuk kitapları) katılmak istiyoruz.

Saat 9:30'da orada oluruz. Derneğimizde her cumartesi 40 çocuğa Türkçe
okuma saati yapıyoruz, bu yüzden kitap atölyesi bizim için çok önemli.

Saygılarımla,
Mehmet Yavuz
Başkan
Hamm Türk Veliler Birliği e.V.
""", charset="iso-8859-9", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Question in Turkish: is the interpreting workshop in the morning or the
# afternoon?  She would register only if it is in the morning (conditional ->
# question).  Gmail multipart/alternative, UTF-8 base64.

KAYA_TEXT = """Merhaba,

Caritas'ın Sprachmittlerpool'unda gönüllü olarak Türkçe ve Kürtçe
tercümanlık yapıyorum. Davetiyeyi bir arkadaşım gönderdi.

Sprachmittlung ve Dolmetschen atölyesi sabah mı, öğleden sonra mı? Ben
28 Nisan'da sadece saat 12'ye kadar gelebilirim, çünkü öğleden sonra
çocuklarımı okuldan almam gerekiyor. Eğer atölye sabahsa hemen kayıt
olmak isterim.

Teşekkürler,
Fadime Kaya
Sprachmittlerpool Caritas Hamm"""


@mail("kaya-turkish-which-slot-question", "2027-03-10 12:14:50",
      E("question", "fadime.kaya@mail.example", "Fadime Kaya",
        "Sprachmittlerpool Caritas Hamm", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Fadime Kaya <fadime.kaya@mail.example>"),
           ("To", FT),
           ("Subject", ew("Sprachmittlung atölyesi hangi saatte?", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM7tR2wK9pX4nQ1vZ8bY3fLc6hJd0SgE5uA2oNiB7xT4eWq9Rk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAYA_TEXT, gmail_html(KAYA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 014 ---------------------------------------------------------------------
# A head teacher registers a colleague who comes alone and asks to confirm to
# the colleague's own address (which she mistyped: "simsel"; 015 is the bounce).
# She herself does not come.

@mail("droege-registers-colleague-typo-address", "2027-03-10 15:31:27",
      E("registration", "derya.simsel@josefschule-hamm.example", "Derya Şimşek",
        "Josefschule Hamm", ["1B", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ursula Dröge <schulleitung@josefschule-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Anmeldung Fachtag – Frau Şimşek", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<f2c71a0e-8b3d-4e56-a9c1-07d4e2b6f3a9@josefschule-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessels,

für unsere Schule melde ich unsere HSU-Lehrerin für Türkisch,
Frau Derya Şimşek, zum Fachtag Mehrsprachigkeit am 28.04. an. Sie möchte
vormittags in den Workshop 1B und nachmittags in 2A. Ich selbst kann
leider nicht, wir haben an dem Tag Schulkonferenz.

Bitte senden Sie die Bestätigung direkt an Frau Şimşek:
derya.simsel@josefschule-hamm.example

Mit freundlichen Grüßen
Ursula Dröge
Schulleiterin
Josefschule Hamm
Städtische Gemeinschaftsgrundschule
""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for the confirmation sent to the mistyped
# address from 014; the returned confirmation names 1B and 2A.

SIMSEL = "derya.simsel@josefschule-hamm.example"


@mail("postfix-bounce-user-unknown", "2027-03-10 15:32:40",
      E("bounce", bounced=SIMSEL), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.hamm.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270310143240.9C4E21A7F3@mail.hamm.example>"),
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

<{SIMSEL}>: host mx.josefschule-hamm.example[203.0.113.57]
    said: 550 5.1.1 <{SIMSEL}>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hamm.example"),
         ("X-Postfix-Queue-ID", "9C4E21A7F3"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Wed, 10 Mar 2027 15:32:38 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {SIMSEL}"),
         ("Original-Recipient", f"rfc822;{SIMSEL}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.josefschule-hamm.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{SIMSEL}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Derya Şimşek <{SIMSEL}>", "Frau Şimşek", ["1B", "2A"], 1,
        "Wed, 10 Mar 2027 15:32:38 +0100", "<mailbot.20270310153238.7d2c@hamm.example>",
        "<f2c71a0e-8b3d-4e56-a9c1-07d4e2b6f3a9@josefschule-hamm.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# English, Outlook multipart/alternative: one workshop overall, the morning
# one ("the morning workshop on heritage language teaching (1B)"); she leaves at
# lunchtime.  "3 groups, about 35 children aged 6 to 12" are not party sizes.

KRAVETS_TEXT = """Dear Ms Wessels,

I would like to register for the Fachtag Mehrsprachigkeit. I teach Ukrainian to children at the Ukrainian Saturday School Hamm (we have 3 groups, about 35 children aged 6 to 12).

I'd like to attend the morning workshop on heritage language teaching (1B). Unfortunately I have to leave at lunchtime to pick up my son, so no afternoon workshop for me.

Kind regards,
Olena Kravets
Ukrainian Saturday School Hamm"""


@mail("kravets-english-morning-only", "2027-03-11 19:05:55",
      E("registration", "olena.kravets@mail.example", "Olena Kravets",
        "Ukrainian Saturday School Hamm", ["1B"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Olena Kravets <olena.kravets@mail.example>"),
           ("To", FT),
           ("Subject", "Registration for the Fachtag on 28 April"),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB2210C4D5E6F7A8B9@VI1P195MB2210.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KRAVETS_TEXT), outlook_html(KRAVETS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# HTML only from a webmailer, all lower case, "workshop 1 a und 2 a" with a
# space inside the ids; "5 kinder, 3 davon" are not party sizes; self-employed
# childminder, no organisation.

PIEPER_TEXT = """hallo,

ich würde gern zum fachtag am 28.4. kommen. bin selbstständige tagesmutter
und betreue 5 kinder, 3 davon wachsen zweisprachig auf.
workshop 1 a und 2 a wären super.
komme alleine

lg sandra pieper"""


@mail("pieper-lowercase-html-only", "2027-03-12 22:47:18",
      E("registration", "sandra.pieper@web-mail.example", "sandra pieper", None,
        ["1A", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "sandra pieper <sandra.pieper@web-mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b4d2e6f8-1a3c-4e5b-9d7f-2c4e6a8b0d1f-1773352038291@3c-app-webde-bap44>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(PIEPER_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Registration plus a question (still a registration); Apple Mail
# multipart/alternative.  "mindestens 2 Fortbildungstage", "2027" are noise.

VOGELSANG_TEXT = """Liebe Frau Wessels,

ich melde mich gern für den Fachtag an: Workshop 1A am Vormittag und 2B am Nachmittag.

Eine Frage hätte ich noch: Bekommen wir eine Teilnahmebescheinigung mit Stundenzahl? Wir müssen für die Fortbildungsplanung 2027 nachweisen, dass jede Fachkraft mindestens 2 Fortbildungstage im Jahr besucht.

Vielen Dank und liebe Grüße
Christiane Vogelsang
Ev. Kita Regenbogen"""


@mail("vogelsang-registration-plus-question", "2027-03-15 08:30:02",
      E("registration", "c.vogelsang@ev-kita-regenbogen.example", "Christiane Vogelsang",
        "Ev. Kita Regenbogen", ["1A", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Christiane Vogelsang <c.vogelsang@ev-kita-regenbogen.example>"),
           ("Subject", "Anmeldung + Frage Teilnahmebescheinigung"),
           ("Message-Id", "<9A4C2E71-0B5D-4F83-A6E1-3D7B9C1F5E24@ev-kita-regenbogen.example>"),
           ("Date", m.date),
           ("To", FT),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(VOGELSANG_TEXT, apple_html(VOGELSANG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 019 ---------------------------------------------------------------------
# Workshops by letter and phase ordinal only: "In der ersten Workshopphase ...
# Workshop B, in der zweiten Phase den Workshop A" -> 1B, 2A.  The organisation
# appears inflected ("des Kreises Unna") in the text, base form in the
# signature.  Open-Xchange multipart/alternative, iso-8859-1 quoted-printable.

KETTLER_TEXT = """Sehr geehrte Frau Wessels,

vom Bildungsbüro des Kreises Unna nehme ich gern am Fachtag teil. In der
ersten Workshopphase würde ich den Workshop B besuchen, in der zweiten
Phase den Workshop A.

Wir planen für den Herbst einen ähnlichen Fachtag in Unna und würden uns
gern etwas abschauen.

Mit freundlichen Grüßen
Thomas Kettler
Bildungsbüro Kreis Unna"""


@mail("kettler-letters-and-phase-ordinals", "2027-03-15 14:12:45",
      E("registration", "thomas.kettler@kreis-unna.example", "Thomas Kettler",
        "Bildungsbüro Kreis Unna", ["1B", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thomas Kettler <thomas.kettler@kreis-unna.example>"),
           ("To", FT),
           ("Subject", "Teilnahme Fachtag Mehrsprachigkeit"),
           ("Date", m.date),
           ("Message-ID", "<1773580365.40127.Open-Xchange@ox.kreis-unna.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.alternative(KETTLER_TEXT, div_html(KETTLER_TEXT, "font-family: Arial; font-size: 10pt;"),
                  charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Question only: in which slot is the children's books workshop, and when can
# they set up a book table (8:30?).  "600 Titel in 23 Sprachen", "Raum 2.11",
# a numbered list.  She decides on a workshop later.

@mail("schuermann-buechertisch-which-slot", "2027-03-16 11:05:33",
      E("question", "r.schuermann@stadtbuecherei-hamm.example", "Renate Schürmann",
        "Stadtbüchereien Hamm", [], None, "de"), "de")
def _(m):
    m.head(("From", "Renate Schürmann <r.schuermann@stadtbuecherei-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Büchertisch beim Fachtag?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601db9651$2a3b4c50$7e8f9a0b$@stadtbuecherei-hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Wessels,

wir von den Stadtbüchereien Hamm haben eine große Sammlung mehrsprachiger
Bilderbücher (über 600 Titel in 23 Sprachen) und würden sie gern beim
Fachtag an einem Büchertisch vorstellen.

Zwei Fragen dazu:
1. Ist der Workshop zu den Kinderbüchern vormittags oder nachmittags? Dann
   würden wir den Tisch möglichst in der Nähe von Raum 2.11 aufbauen.
2. Ab wann könnten wir am 28.04. aufbauen – ginge 8:30 Uhr?

Ob ich selbst an einem Workshop teilnehme, entscheide ich, wenn das
geklärt ist.

Viele Grüße
Renate Schürmann
Stadtbüchereien Hamm
Kinder- und Jugendbibliothek
""", charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Turkish from a phone (Samsung), afternoon only: "sadece öğleden sonra
# gelebilirim. 2A atölyesine".  Working hours "8'den 12'ye", "iki çocuk" are not
# choices or party size.  A parent, no organisation.

@mail("aydin-turkish-afternoon-only", "2027-03-17 19:58:10",
      E("registration", "gulsum.aydin@mail.example", "Gülsüm Aydın", None,
        ["2A"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Gülsüm Aydın <gulsum.aydin@mail.example>"),
           ("To", FT),
           ("Subject", ew("Kayıt - 28 Nisan", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<r4k8w2.1773773890.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""İyi akşamlar,

ben iki çocuk annesiyim, çocuklarım Hamm'da ilkokula gidiyor ve evde Türkçe
ve Almanca konuşuyoruz. Öğretmenimiz Fachtag'ı bana tavsiye etti.

Sabahları 8'den 12'ye kadar çalışıyorum, o yüzden sadece öğleden sonra
gelebilirim. 2A atölyesine (Sprachmittlung) katılmak istiyorum. Yalnız
geleceğim.

Teşekkür ederim,
Gülsüm Aydın

Samsung Galaxy cihazımdan gönderildi
""", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Secondary school social work, two persons; "Workshopphase 1 in 1C und für
# Workshopphase 2 in 2A"; "Klassen 5 und 6", "1–2 Jahren", "Raum A 2.17" in the
# signature.  Outlook multipart/alternative, windows-1252.

FELDKAMP_TEXT = """Sehr geehrte Frau Wessels,

meine Kollegin Nesrin Haddad und ich (Schulsozialarbeit) möchten gern am Fachtag teilnehmen. Wir arbeiten mit vielen Familien aus den Klassen 5 und 6, die erst seit 1–2 Jahren in Deutschland sind.

Bitte tragen Sie uns beide für Workshopphase 1 in 1C und für Workshopphase 2 in 2A ein.

Mit freundlichen Grüßen

Markus Feldkamp
Schulsozialarbeit
Konrad-Adenauer-Realschule Hamm
Raum A 2.17 · Tel. 02381 17-4417"""


@mail("feldkamp-realschule-two-persons-room-signature", "2027-03-18 08:12:40",
      E("registration", "m.feldkamp@kar-hamm.example", "Markus Feldkamp",
        "Konrad-Adenauer-Realschule Hamm", ["1C", "2A"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Feldkamp, Markus" <m.feldkamp@kar-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag 28.04. (2 Personen)"),
           ("Thread-Topic", "Anmeldung Fachtag 28.04. (2 Personen)"),
           ("Thread-Index", "AduX1c3k0Pq2m9ZcS3uY4vW1e5RfGC=="),
           ("Date", m.date),
           ("Message-ID", "<DU0PR08MB9155E2F3A4B5C6D7E8F9@DU0PR08MB9155.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FELDKAMP_TEXT), outlook_html(FELDKAMP_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Cancellation replying to the confirmation (1C, 1 person), plain-text Outlook
# quote below a line of underscores; the new text names the workshop being
# given up ("meinen Platz im Workshop 1C"); "Zwei Kolleginnen" is noise.

@mail("baumeister-cancel-outlook-plain-quote", "2027-03-19 09:44:18",
      E("cancellation", "i.baumeister@kita-kirchfeld.example", "Ingrid Baumeister",
        "Städt. Kita Im Kirchfeld", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Ingrid Baumeister <i.baumeister@kita-kirchfeld.example>"),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4PR02MB6620B1C2D3E4F5A6B7C8@PA4PR02MB6620.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270304080211.6a1f@hamm.example>"),
           ("References", "<mailbot.20270304080211.6a1f@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zum Fachtag wieder zurückziehen. Zwei
Kolleginnen fallen längerfristig aus, und am 28.04. kann ich die Kita
nicht alleine lassen. Bitte geben Sie meinen Platz im Workshop 1C weiter.

Mit freundlichen Grüßen
Ingrid Baumeister
Städt. Kita Im Kirchfeld

________________________________
Von: Fachtag Mehrsprachigkeit 2027 <{FT}>
Gesendet: Donnerstag, 4. März 2027 08:02
An: Ingrid Baumeister <i.baumeister@kita-kirchfeld.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Baumeister", ["1C"], 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# A forward of a forward: the AWO specialist adviser forwarded the invitation
# (with all ids, rooms and times) to the Kita heads; this Kita head forwards it
# to us with her choice "1A und 2B" on top.  The adviser's "bis 16.04." is noise.

LOHMANN_FWD = f"""Hallo Frau Wessels,

unsere Fachberatung hat mir Ihre Einladung weitergeleitet. Ich melde mich
hiermit an, und zwar für 1A und 2B. Ich komme allein.

Viele Grüße
Petra Lohmann
AWO Kita Sonnenschein
Hamm-Herringen

---------- Weitergeleitete Nachricht ---------
Von: Birgit Helmig <b.helmig@awo-hamm.example>
Date: Mo., 22. März 2027 um 09:14 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: Kita-Leitungen <kita-leitungen@awo-hamm.example>


Liebe Kita-Leitungen,

zur Info, vielleicht ist das etwas für euch. Anmeldung bis 16.04. direkt
beim KI.

Birgit
Fachberatung AWO Unterbezirk Hamm

---------- Weitergeleitete Nachricht ---------
Von: Fachtag Mehrsprachigkeit 2027 <{FT}>
Date: Mo., 1. März 2027 um 10:00 Uhr
Subject: {INVITATION_SUBJECT}
To: Fachtag Mehrsprachigkeit 2027 <{FT}>


{INVITATION}
"""


@mail("lohmann-forwarded-invitation-twice", "2027-03-22 13:27:51",
      E("registration", "p.lohmann@awo-kita-sonnenschein.example", "Petra Lohmann",
        "AWO Kita Sonnenschein", ["1A", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Lohmann <p.lohmann@awo-kita-sonnenschein.example>"),
           ("To", FT),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP2vN8qZ4tX1mK7wB3yR9dL0sF6hG2cE5aU8oJ1iT4nQ7xWmPs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LOHMANN_FWD, gmail_html(LOHMANN_FWD), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# English, two persons ("my husband Arjun and I"), a "Morning: ... / Afternoon:
# ..." list; "every second Saturday", "around 20 families, 9 languages" are noise.

RAMAN_TEXT = """Hello,

my husband Arjun and I would like to register for the Fachtag on 28 April.
We both volunteer with Hamm Multilingual Families, a parents' group that
meets every second Saturday (around 20 families, 9 languages).

Morning: workshop 1C (multilingual work with parents)
Afternoon: workshop 2B (children's books)

Both of us for both workshops, please. Looking forward to it!

Warm regards,
Priya Raman
Hamm Multilingual Families"""


@mail("raman-english-couple-morning-afternoon", "2027-03-23 21:10:30",
      E("registration", "priya.raman@mail.example", "Priya Raman",
        "Hamm Multilingual Families", ["1C", "2B"], 2, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@mail.example>"),
           ("To", FT),
           ("Subject", ew("Fachtag 28 April – registration for two", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAH5kW2pR8nT3vX0mZ6bQ1yL9dF4sJ7gE2cU5aO8iB1xN3tKq0Y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAMAN_TEXT, gmail_html(RAMAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Change: he can no longer come in the morning ("Vertretung in der 4c bis 11:45
# Uhr"); drop 1B, keep the afternoon workshop 2A.  Outlook HTML only,
# windows-1252, quoting the confirmation (1B + 2A) below a Von:/Gesendet: block.

WULF_TEXT = """Sehr geehrte Frau Wessels,

leider muss ich am 28.04. vormittags doch in der Schule sein (Vertretung in der 4c bis 11:45 Uhr). Bitte streichen Sie mich deshalb aus Workshop 1B. Den Workshop 2A am Nachmittag möchte ich aber auf jeden Fall besuchen, ich komme dann direkt nach der Schule.

Mit freundlichen Grüßen
Jan-Hendrik Wulf
Ludgerischule Hamm"""


@mail("wulf-change-drop-morning-keep-2a", "2027-03-24 10:48:02",
      E("change", "jh.wulf@ludgerischule-hamm.example", "Jan-Hendrik Wulf",
        "Ludgerischule Hamm", ["2A"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wulf, Jan-Hendrik" <jh.wulf@ludgerischule-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbkS4k3J8xWm2n6kO1pL9qZ4rT7wAHm2Ox"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR07MB8642A0B1C2D3E4F5A6B7@GV1PR07MB8642.eurprd07.prod.outlook.example>"),
           ("References", "<mailbot.20270309174106.2b8e@hamm.example>"),
           ("In-Reply-To", "<mailbot.20270309174106.2b8e@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Fachtag Mehrsprachigkeit 2027 <{FT}>",
             "Dienstag, 9. März 2027 17:41",
             "Wulf, Jan-Hendrik <jh.wulf@ludgerischule-hamm.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Wulf", ["1B", "2A"], 1))
    m.single(outlook_html(WULF_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Other: a caterer's offer for the event, full of times, room numbers, counts
# and prices; a PDF is attached.

KEMPER_TEXT = """Sehr geehrte Frau Wessels,

vielen Dank für Ihre Anfrage. Anbei unser Angebot für die Verpflegung beim
Fachtag Mehrsprachigkeit am Mittwoch, 28.04.2027, im Heinrich-von-Kleist-Forum:

- 09:30 Uhr Stehkaffee mit Gebäck, 80 Personen
- 12:15–13:15 Uhr Mittagsbuffet (2 Hauptgerichte, davon 1 vegetarisch,
  Beilagen, Salat, Dessert), 80 Personen
- 14:45 Uhr Kaffee und Kuchen im Foyer
- Getränke in Raum 1.04, 1.07 und 2.11 sowie im Saal

Gesamtpreis: 2.160,00 € zzgl. MwSt. (27,00 € pro Person)

Bitte bestätigen Sie uns die endgültige Personenzahl bis spätestens
21.04.2027. Halal-Gerichte sind auf Wunsch möglich.

Mit freundlichen Grüßen
Stefanie Kemper
Partyservice Kemper GmbH
Werler Straße 201, 59069 Hamm
www.partyservice-kemper.example"""


@mail("kemper-catering-offer-pdf", "2027-03-25 16:02:44",
      E("other"), "de")
def _(m):
    m.head(("From", "Partyservice Kemper <angebote@partyservice-kemper.example>"),
           ("To", FT),
           ("Subject", ew("Angebot Nr. 2027-0417 – Verpflegung Fachtag 28.04.2027",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<angebot-2027-0417.1774450964@partyservice-kemper.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    text = m.text(KEMPER_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Partyservice Kemper GmbH",
                             "Angebot Nr. 2027-0417 vom 25.03.2027",
                             "Fachtag Mehrsprachigkeit, 28.04.2027, 80 Personen",
                             "Stehkaffee 09:30 / Mittagsbuffet 12:15-13:15 / Kaffee 14:45",
                             "Gesamt: 2.160,00 EUR zzgl. MwSt."]),
                   "application", "pdf", "Angebot_2027-0417.pdf")
    m.multi("mixed", [text, pdf])


# -- 028 ---------------------------------------------------------------------
# Turkish, two persons, first and fallback choice in the morning ("ilk
# tercihimiz 1A, o doluysa 1C") and 2B in the afternoon; "22 çocuğun 15'i" is
# noise.  iso-8859-9 quoted-printable; first mail after the switch to CEST.

@mail("celik-turkish-fallback-two-persons", "2027-03-29 10:15:33",
      E("registration", "zeynep.celik@kita-sonnenblume.example", "Zeynep Çelik",
        "Kita Sonnenblume", ["1A", "1C", "2B"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Zeynep Çelik", "zeynep.celik@kita-sonnenblume.example",
                         "iso-8859-9", "q")),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı - Kita Sonnenblume", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<3f9d1b7e-24a6-4c08-b5e3-8a1f6c0d2e94@kita-sonnenblume.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Kita Sonnenblume'de eğitimci (Erzieherin) olarak çalışıyorum. Meslektaşım
Hülya Demir ile birlikte 28 Nisan'daki Fachtag'a kayıt olmak istiyoruz,
yani 2 kişiyiz.

Sabah için ilk tercihimiz 1A, o doluysa 1C. Öğleden sonra ise 2B
atölyesine katılmak istiyoruz.

Grubumuzdaki 22 çocuğun 15'i evde Almancadan başka bir dil konuşuyor,
bu yüzden konu bizim için çok önemli.

Sevgiler,
Zeynep Çelik
Kita Sonnenblume
""", charset="iso-8859-9", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# "Workshopphase 1: 1A / Workshopphase 2: 2A"; "seit 3 Jahren"; her manager may
# register later herself (not counted).  Gmail multipart/alternative.

BRINKHOFF_TEXT = """Liebe Frau Wessels,

ich arbeite seit 3 Jahren als Fachkraft für sprachliche Bildung in der
Ev. Kita Arche Noah und möchte mich gern für den Fachtag anmelden.

Workshopphase 1: 1A
Workshopphase 2: 2A

Ich komme alleine. Meine Leitung überlegt noch, ob sie auch mitkommt –
sie meldet sich dann selbst bei Ihnen.

Viele Grüße
Julia Brinkhoff
Ev. Kita Arche Noah"""


@mail("brinkhoff-phase-lines", "2027-03-30 08:05:10",
      E("registration", "julia.brinkhoff@kita-arche-noah.example", "Julia Brinkhoff",
        "Ev. Kita Arche Noah", ["1A", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Julia Brinkhoff <julia.brinkhoff@kita-arche-noah.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag Mehrsprachigkeit"),
           ("Date", m.date),
           ("Message-ID", "<CAE4rT7yN1mQ8wK3pZ0bX6vL2dH9sF5gC8aJ1oU4iR7nB0xTqWe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BRINKHOFF_TEXT, gmail_html(BRINKHOFF_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Question: could a whole team of 12 come, how many places are left in 1A?
# Workshop ids are named as possibilities; she will send the names later
# (no registration yet).  "Schließtag Nr. 3 von 5" is noise.

@mail("erdmann-team-of-twelve-question", "2027-03-31 14:40:21",
      E("question", "leitung@kita-zauberwald.example", "Sabine Erdmann",
        "Kita Zauberwald", [], None, "de"), "de")
def _(m):
    m.head(("From", "Kita Zauberwald Leitung <leitung@kita-zauberwald.example>"),
           ("To", FT),
           ("Subject", "Frage: Teilnahme mit dem ganzen Team?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6d0a2c4e-8f1b-4d37-a5c9-e2b4d6f8a0c1-1774960821450@3c-app-gmx-bs28>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Wessels,

wir überlegen, den 28.04. als Teamfortbildungstag zu nutzen und mit dem
ganzen Team zu kommen – das wären 12 Fachkräfte. Die Kita wäre an dem Tag
geschlossen (Schließtag Nr. 3 von 5 in diesem Kitajahr).

Ist das überhaupt möglich, oder sind die Plätze begrenzt? Wie viele Plätze
gibt es noch in 1A? Wir könnten uns sonst vormittags auf 1A und 1C und
nachmittags auf 2A und 2B aufteilen.

Wenn das klappt, schicke ich Ihnen die Namensliste für die Anmeldung.

Viele Grüße
Sabine Erdmann
Leitung
Kita Zauberwald
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Other: a regional newsletter announcing another Fachtag with its own
# workshops "A1 bis A3" (morning) and "B1 bis B3" (afternoon) and an online
# form; it mentions our event and address in a list of dates.

NL_TEXT = """Netzwerk Sprachbildung Westfalen – Newsletter April 2027

Liebe Mitglieder und Interessierte,

in dieser Ausgabe:
1. Fachtag DaZ „Deutsch als Zweitsprache von Anfang an“ am 9. Juni in Dortmund
2. Termine aus der Region
3. Neue Materialien: mehrsprachige Elternbriefe

1. Fachtag DaZ am 9. Juni 2027 in Dortmund
Von 9:00 bis 15:30 Uhr im Bürgerhaus Nordstadt. Am Vormittag laufen die Workshops A1 bis A3, am Nachmittag B1 bis B3 – je Phase ist ein Workshop wählbar. Anmeldung bis 20. Mai ausschließlich über das Online-Formular: https://sprachbildung-westfalen.example/fachtag-daz

2. Termine aus der Region
- 28. April: Fachtag Mehrsprachigkeit des KI Hamm (Anmeldung per E-Mail an fachtag-mehrsprachigkeit@hamm.example)
- 5. Mai, 17 Uhr: Online-Austausch Sprach-Kitas
- 19. Mai: Netzwerktreffen HSU-Lehrkräfte in Bielefeld

3. Neue Materialien
Elternbriefe in 12 Sprachen zum Download: https://sprachbildung-westfalen.example/elternbriefe

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://sprachbildung-westfalen.example/newsletter/abmelden?id=20417
Netzwerk Sprachbildung Westfalen · c/o Bildungsbüro · 44135 Dortmund"""

NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter April 2027</title></head>
<body style="margin:0;background:#eef2f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="background:#2e6b4f;color:#fff;"><h1 style="margin:0;font-size:21px;">Netzwerk Sprachbildung Westfalen</h1><p style="margin:4px 0 0;">Newsletter April 2027</p></td></tr>
<tr><td>
<p>Liebe Mitglieder und Interessierte,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Fachtag DaZ „Deutsch als Zweitsprache von Anfang an“ am 9. Juni in Dortmund</li><li>Termine aus der Region</li><li>Neue Materialien: mehrsprachige Elternbriefe</li></ol>
<h2 style="font-size:16px;color:#2e6b4f;">Fachtag DaZ am 9. Juni 2027 in Dortmund</h2>
<p>Von 9:00 bis 15:30 Uhr im Bürgerhaus Nordstadt. Am Vormittag laufen die Workshops A1 bis A3, am Nachmittag B1 bis B3 – je Phase ist ein Workshop wählbar. Anmeldung bis 20. Mai ausschließlich über das <a href="https://sprachbildung-westfalen.example/fachtag-daz">Online-Formular</a>.</p>
<h2 style="font-size:16px;color:#2e6b4f;">Termine aus der Region</h2>
<ul><li>28. April: Fachtag Mehrsprachigkeit des KI Hamm (Anmeldung per E-Mail an <a href="mailto:fachtag-mehrsprachigkeit@hamm.example">fachtag-mehrsprachigkeit@hamm.example</a>)</li><li>5. Mai, 17 Uhr: Online-Austausch Sprach-Kitas</li><li>19. Mai: Netzwerktreffen HSU-Lehrkräfte in Bielefeld</li></ul>
<h2 style="font-size:16px;color:#2e6b4f;">Neue Materialien</h2>
<p>Elternbriefe in 12 Sprachen <a href="https://sprachbildung-westfalen.example/elternbriefe">zum Download</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.<br>
<a href="https://sprachbildung-westfalen.example/newsletter/abmelden?id=20417">Abmelden</a> · Netzwerk Sprachbildung Westfalen · c/o Bildungsbüro · 44135 Dortmund</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("sprachbildung-westfalen-newsletter", "2027-04-01 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Sprachbildung Westfalen <newsletter@sprachbildung-westfalen.example>"),
           ("To", FT),
           ("Subject", ew("Newsletter April 2027: Fachtag DaZ in Dortmund, neue Materialien",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-04.20417.7e1b3c@sprachbildung-westfalen.example>"),
           ("List-Id", "Newsletter Netzwerk Sprachbildung <newsletter.sprachbildung-westfalen.example>"),
           ("List-Unsubscribe", "<https://sprachbildung-westfalen.example/newsletter/abmelden?id=20417>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NL_TEXT, NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# English change, Gmail reply quoting the confirmation (1B + 2B): "The morning
# stays the same for me (1B), but for the afternoon could you please switch me
# from 2B to 2A?"  -> the kept 1B and the new 2A; 2B is the one left.

ADEYEMI_TEXT = """Dear Ms Wessels,

thank you for the confirmation. The morning stays the same for me (1B), but
for the afternoon could you please switch me from 2B to 2A? A colleague
told me the interpreting workshop is exactly what our parents' café needs.

Many thanks,
Grace Adeyemi
African Women's Network Hamm"""

ADEYEMI_ATTR = f"On Fri, 12 Mar 2027 at 09:31, Fachtag Mehrsprachigkeit 2027 <{FT}> wrote:"
ADEYEMI_QUOTED = confirmation("Frau Adeyemi", ["1B", "2B"], 1)


@mail("adeyemi-english-change-afternoon", "2027-04-01 16:20:33",
      E("change", "grace.adeyemi@mail.example", "Grace Adeyemi",
        "African Women's Network Hamm", ["1B", "2A"], None, "en"), "en")
def _(m):
    m.head(("From", "Grace Adeyemi <grace.adeyemi@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ9mV3tQ6pW1xN8kR4bZ7yL0dG2sH5fE9cA3oT6iU1nB4xKrMw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270312093107.4c7d@hamm.example>"),
           ("References", "<mailbot.20270312093107.4c7d@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{ADEYEMI_TEXT}\n\n{ADEYEMI_ATTR}\n\n{gt_quote(ADEYEMI_QUOTED)}\n"
    m.alternative(plain, gmail_reply_html(ADEYEMI_TEXT, ADEYEMI_ATTR, ADEYEMI_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Three persons who split up in the morning: the writer goes to 1B, her two
# colleagues to 1A; all three to 2A in the afternoon.  workgroups = the
# writer's own choices.  "Klassen 3a und 4b" are school classes.  Outlook HTML
# only, windows-1252.

HUELSMANN_TEXT = """Sehr geehrte Frau Wessels,

wir möchten uns zu dritt für den Fachtag am 28. April anmelden: Frau Demir, Frau Lange und ich.

Am Vormittag teilen wir uns auf: Ich gehe in den Workshop 1B, meine beiden Kolleginnen in den Workshop 1A. Am Nachmittag gehen wir alle drei in 2A.

Die Vertretung für die Klassen 3a und 4b ist schon organisiert.

Mit freundlichen Grüßen

Sabine Hülsmann
Schulleiterin
Overbergschule Hamm"""


@mail("huelsmann-three-split-morning", "2027-04-05 09:00:17",
      E("registration", "s.huelsmann@overbergschule-hamm.example", "Sabine Hülsmann",
        "Overbergschule Hamm", ["1B", "2A"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Hülsmann, Sabine" <s.huelsmann@overbergschule-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Overbergschule"),
           ("Thread-Topic", "Anmeldung Overbergschule"),
           ("Thread-Index", "AduqA1b2c3d4e5f6a7b8c9d0e1f2a3b4cQ=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB5410B2C3D4E5F6A7B8C9@AM0PR06MB5410.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HUELSMANN_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Dictated on a phone: no punctuation, all lower case; workshops only by slot
# words and aliases ("vormittags elternarbeit und nachmittags die
# kinderbücher"); the organisation in lower case as dictated.

@mail("schaefer-dictated-slot-words", "2027-04-06 20:51:12",
      E("registration", "natalia.schaefer@mail.example", "natalia schäfer",
        "stadtteilbüro hamm westen", ["1C", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Natalia Schäfer", "natalia.schaefer@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAB2nX5vR9tQ3mW7kP1yZ8bL4dJ0sF6gH2cE9aU5oN1iT3xVqPa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo frau wessels ich möchte mich für den fachtag am 28 april anmelden vormittags elternarbeit und nachmittags die kinderbücher ich komme alleine ich arbeite im stadtteilbüro hamm westen viele grüße natalia schäfer

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Turkish cancellation, Gmail with a Turkish interface, quoting the German
# confirmation (1C + 2B, 3 persons); "3 kişilik kaydımızı" = our registration
# for 3.

OZTURK_TEXT = """Merhaba,

maalesef 28 Nisan'da gelemeyeceğiz. Derneğimizin aynı gün İstanbul'dan
gelen bir misafir grubu var. Lütfen 3 kişilik kaydımızı iptal edin.

Anlayışınız için teşekkürler,
Serkan Öztürk
Alevitische Gemeinde Hamm e.V."""

OZTURK_ATTR = (f"Fachtag Mehrsprachigkeit 2027 <{FT}>, 15 Mar 2027 Pzt, 18:02 "
               "tarihinde şunu yazdı:")
OZTURK_QUOTED = confirmation("Herr Öztürk", ["1C", "2B"], 3)


@mail("ozturk-turkish-cancel-gmail-quote", "2027-04-07 09:10:27",
      E("cancellation", "serkan.ozturk@alevi-hamm.example", "Serkan Öztürk",
        "Alevitische Gemeinde Hamm e.V.", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Serkan Öztürk <serkan.ozturk@alevi-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1pZ6wT3nR9xM4vQ8bY2kL7dF0sG5hJ1cE6aU9oB3iN8tXqRs@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270315180214.9e3a@hamm.example>"),
           ("References", "<mailbot.20270315180214.9e3a@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OZTURK_TEXT}\n\n{OZTURK_ATTR}\n\n{gt_quote(OZTURK_QUOTED)}\n"
    m.alternative(plain, gmail_reply_html(OZTURK_TEXT, OZTURK_ATTR, OZTURK_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Change of mind inside the mail: "1B – ach nein ... zeitgleich ... Also
# vormittags bitte 1C", then "Nachmittags 2A".

@mail("lindner-change-of-mind-same-slot", "2027-04-08 12:33:05",
      E("registration", "miriam.lindner@fbs-hamm.example", "Miriam Lindner",
        "Familienbildungsstätte Hamm", ["1C", "2A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Miriam Lindner <miriam.lindner@fbs-hamm.example>"),
           ("To", FT),
           ("Subject", "Anmeldung zum Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<b2e84c1a-7f0d-4a63-95b8-d1c3e5f7a9b0@fbs-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Wessels,

ich möchte mich für den Fachtag anmelden. Vormittags würde ich gern in
1B – ach nein, Moment: Der HSU-Workshop ist ja zeitgleich mit dem
Workshop zur Elternarbeit, und die Elternarbeit ist für mich als
Elternbegleiterin wichtiger. Also vormittags bitte 1C. Nachmittags 2A.

Viele Grüße
Miriam Lindner
Elternbegleiterin
Familienbildungsstätte Hamm
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 037 ---------------------------------------------------------------------
# Change of party size only (4 -> 3) from a shared Kita mailbox, Thunderbird
# quote of the confirmation (1A + 2B, 4); "An den Workshops ändert sich nichts."

@mail("loewenzahn-party-size-four-to-three", "2027-04-09 15:47:11",
      E("change", "kita.loewenzahn@hamm-kitas.example", "Birgit Mertens",
        "Kita Löwenzahn", [], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Kita Löwenzahn", "kita.loewenzahn@hamm-kitas.example", "utf-8", "q")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c7e3a5b-91d2-4f68-8b40-a6e2c4d8f1b3@hamm-kitas.example>"),
           ("In-Reply-To", "<mailbot.20270309112604.5f0b@hamm.example>"),
           ("References", "<mailbot.20270309112604.5f0b@hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Wessels,

bei uns hat sich leider etwas geändert: Frau Rüther ist ab April in
Elternzeit, deshalb kommen wir am 28.04. nur zu dritt statt zu viert.
An den Workshops ändert sich nichts.

Viele Grüße
Birgit Mertens
Kita Löwenzahn

Am 09.03.27 um 11:26 schrieb Fachtag Mehrsprachigkeit 2027:
{gt_quote(confirmation("Frau Mertens", ["1A", "2B"], 4))}
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Afternoon with a fallback: "1A ... am Nachmittag am liebsten für 2A. Falls 2A
# schon voll ist, nehme ich 2B."  "4 Gruppen, 85 Kinder, 19 Nationen" are noise.

@mail("westhoff-afternoon-fallback", "2027-04-14 17:20:44",
      E("registration", "f.westhoff@kita-pusteblume.example", "Frank Westhoff",
        "Kita Pusteblume", ["1A", "2A", "2B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Frank Westhoff <f.westhoff@kita-pusteblume.example>"),
           ("To", FT),
           ("Subject", "Noch Plätze frei? Anmeldung Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<20270414172044.GA31877@kita-pusteblume.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich hoffe, es gibt noch Plätze! Ich möchte mich für 1A anmelden und am
Nachmittag am liebsten für 2A. Falls 2A schon voll ist, nehme ich 2B.

Ich bin seit diesem Jahr Leiter der Kita Pusteblume (4 Gruppen, 85
Kinder, 19 Nationen) und komme alleine.

Freundliche Grüße
Frank Westhoff
Kita Pusteblume
""", charset="iso-8859-1", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Late registration after the 16 April deadline, afternoon only ("Falls noch
# ein Platz frei ist, melde ich mich hiermit für den Workshop 2B an").

@mail("becker-late-afternoon-only", "2027-04-19 08:55:30",
      E("registration", "svetlana.becker@diakonie-ruhr-hellweg.example", "Svetlana Becker",
        "Diakonie Ruhr-Hellweg", ["2B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Svetlana Becker <svetlana.becker@diakonie-ruhr-hellweg.example>"),
           ("To", FT),
           ("Subject", "Nachmeldung Fachtag 28.04."),
           ("Date", m.date),
           ("Message-ID", "<000b01dbb0e4$5c6d7e80$1a2b3c4d$@diakonie-ruhr-hellweg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessels,

ich habe die Einladung leider erst jetzt gesehen – die Anmeldefrist ist am
Freitag abgelaufen, ich weiß. Falls noch ein Platz frei ist, melde ich mich
hiermit für den Workshop 2B an. Ich kann nur am Nachmittag, vormittags
habe ich bis 12 Uhr Beratungssprechstunde.

Mit freundlichen Grüßen
Svetlana Becker
Migrationsberaterin
Diakonie Ruhr-Hellweg
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Exchange out-of-office to the 7-day reminder (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress); dates and phone numbers.

RADEMACHER_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25.04.2027 im Urlaub und ab Montag, 26.04., wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter 02389 71-200.

Mit freundlichen Grüßen
Stefan Rademacher
Stadt Werne – Fachbereich Jugend und Soziales"""


@mail("rademacher-exchange-ooo-to-reminder", "2027-04-21 07:00:52",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Rademacher, Stefan" <stefan.rademacher@stadt-werne.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbsq7m3J8xWm2n6kO1pL9qZ4rT7w=="),
           ("Date", m.date),
           ("Message-ID", "<5a2e8c1f7b3d4e90@EXCH01.stadt-werne.example>"),
           ("References", "<mailbot.reminder.20270421090011.31c4@hamm.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270421090011.31c4@hamm.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RADEMACHER_OOF), outlook_html(RADEMACHER_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Question replying to the reminder (1A + 2B quoted): rooms 1.04 / 2.11,
# floors, a lift, does phase 2 really start at 13:15.  No change, no choice.

NOLTE_TEXT = """Hallo Frau Wessels,

danke für die Erinnerung! Zwei kurze Fragen:
Liegen die Räume 1.04 und 2.11 im 1. bzw. 2. OG, und gibt es einen
Aufzug? Ich bin nach einer Knie-OP noch mit Gehstützen unterwegs.
Und beginnt Phase 2 wirklich schon um 13:15 Uhr? Ich müsste in der
Mittagspause kurz ins Büro.

Viele Grüße
Katrin Nolte
Kinderschutzbund Hamm"""

NOLTE_ATTR = f"Am Mi., 21. Apr. 2027 um 09:00 Uhr schrieb Fachtag Mehrsprachigkeit 2027 <{FT}>:"
NOLTE_QUOTED = reminder("Frau Nolte", ["1A", "2B"], 1)


@mail("nolte-rooms-and-times-question-reminder", "2027-04-21 12:14:08",
      E("question", "katrin.nolte@kinderschutzbund-hamm.example", "Katrin Nolte",
        "Kinderschutzbund Hamm", [], None, "de"), "de")
def _(m):
    m.head(("From", "Katrin Nolte <katrin.nolte@kinderschutzbund-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG8qT1wM5nR2xK9vZ3bY6pL0dH4sJ7fE1cA8oU2iN5tB9xWqLe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270421090007.8a2d@hamm.example>"),
           ("References", "<mailbot.reminder.20270421090007.8a2d@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NOLTE_TEXT}\n\n{NOLTE_ATTR}\n\n{gt_quote(NOLTE_QUOTED)}\n"
    m.alternative(plain, gmail_reply_html(NOLTE_TEXT, NOLTE_ATTR, NOLTE_QUOTED),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# English cancellation from an iPhone, replying to the reminder (1C + 2A, 2
# persons), quote below the signature; "both of us (2 people)".

@mail("mensah-english-cancel-iphone-reminder", "2027-04-22 07:45:19",
      E("cancellation", "daniel.mensah@mail.example", "Daniel Mensah", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Daniel Mensah <daniel.mensah@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E4B7C2A9-1D6F-4A38-9C05-8B2E7F1D3A60@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270421090003.1b9e@hamm.example>"),
           ("References", "<mailbot.reminder.20270421090003.1b9e@hamm.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

sorry, but we have to cancel – my wife has been in hospital since yesterday
and I need to look after our kids. Please take both of us (2 people) off
the list for the 28th.

Thanks, and sorry for the short notice,
Daniel Mensah

Sent from my iPhone

> On 21 Apr 2027, at 09:00, Fachtag Mehrsprachigkeit 2027 <{FT}> wrote:
>
{gt_quote(reminder("Herr Mensah", ["1C", "2A"], 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Change of slot: registered for the morning workshop 1C only, now she can
# only come at midday; "Könnten Sie mich stattdessen am Nachmittag für 2B
# eintragen?"  Outlook plain text, "-----Ursprüngliche Nachricht-----" quote
# of the reminder; times "9 bis 12 Uhr".

@mail("kleinschmidt-change-morning-to-afternoon", "2027-04-23 08:02:36",
      E("change", "e.kleinschmidt@kita-abenteuerland.example", "Eva Kleinschmidt",
        "Kita Abenteuerland", ["2B"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kleinschmidt, Eva" <e.kleinschmidt@kita-abenteuerland.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000c01dbb41a$7d8e9fa0$b1c2d3e4$@kita-abenteuerland.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270421090015.6e5f@hamm.example>"),
           ("References", "<mailbot.reminder.20270421090015.6e5f@hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen Frau Wessels,

eine Bitte: Ich bin für den Vormittag im Workshop 1C eingetragen. Bei uns
ist am 28. vormittags jetzt eine Begehung durch das Landesjugendamt
angesetzt (9 bis 12 Uhr), ich kann also erst mittags kommen. Könnten Sie
mich stattdessen am Nachmittag für 2B eintragen? Dann wäre mein Platz in
1C für jemand anderen frei.

Viele Grüße
Eva Kleinschmidt
Kita Abenteuerland

-----Ursprüngliche Nachricht-----
Von: Fachtag Mehrsprachigkeit 2027 <{FT}>
Gesendet: Mittwoch, 21. April 2027 09:00
An: Kleinschmidt, Eva <e.kleinschmidt@kita-abenteuerland.example>
Betreff: {REMINDER_SUBJECT}

{reminder("Frau Kleinschmidt", ["1C"], 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Partial withdrawal = change: drop the afternoon workshop 2B, keep 1A ("Zu 1A
# komme ich wie geplant").  GMX-style quote of the confirmation; "um 14 Uhr".

@mail("tenhagen-change-drop-afternoon-keep-1a", "2027-04-26 16:30:48",
      E("change", "ralf.tenhagen@kita-sternschnuppe.example", "Ralf Tenhagen",
        "Kita Sternschnuppe", ["1A"], None, "de"), "de")
def _(m):
    m.head(("From", "Ralf Tenhagen <ralf.tenhagen@kita-sternschnuppe.example>"),
           ("To", TO_FT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-e1c3a5b7-d9f0-4b2e-8c6a-1f3d5b7e9a2c-1777213848902@3c-app-gmx-bap52>"),
           ("In-Reply-To", "<mailbot.20270326101204.0d6c@hamm.example>"),
           ("References", "<mailbot.20270326101204.0d6c@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung: Ich kann am Mittwoch nur bis zur Mittagspause bleiben,
weil ich um 14 Uhr einen Elternabend vorbereiten muss. Bitte streichen
Sie mich aus 2B. Zu 1A komme ich wie geplant.

Gruß
Ralf Tenhagen
Kita Sternschnuppe


Gesendet: Freitag, 26. März 2027 um 10:12 Uhr
Von: "Fachtag Mehrsprachigkeit 2027" <{FT}>
An: ralf.tenhagen@kita-sternschnuppe.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Herr Tenhagen", ["1A", "2B"], 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation the evening before, iPhone, replying to the 1-day reminder
# (1A + 2A); "für beide Workshops" is not a choice.

@mail("grewe-cancel-day-before-iphone", "2027-04-27 18:40:05",
      E("cancellation", "melanie.grewe@mail.example", "Melanie Grewe", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Melanie Grewe <melanie.grewe@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A1F6D3B8-2C9E-4E71-B05A-7D4C1E8F2B93@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270427090009.2f7a@hamm.example>"),
           ("References", "<mailbot.reminder.20270427090009.2f7a@hamm.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wessels,
ich liege seit heute Mittag mit Fieber flach und kann morgen leider nicht kommen. Bitte streichen Sie mich für beide Workshops.
Schade, ich hatte mich sehr gefreut!
LG Melanie Grewe

Von meinem iPhone gesendet

> Am 27.04.2027 um 09:00 schrieb Fachtag Mehrsprachigkeit 2027 <{FT}>:
>
{gt_quote(reminder("Frau Grewe", ["1A", "2A"], 1, tomorrow=True))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def config_ids():
    with open(HERE / "config.toml", "rb") as f:
        cfg = tomllib.load(f)
    return [w["id"] for w in cfg["workgroups"]]


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


def check_mime(data, m, expected):
    """MIME-level problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 2, 15, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 5, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 15 Feb - 30 Apr 2027")
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
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        dom = dom.rstrip(".")
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def haystack(msg):
    """Everything a reader sees: decoded From/Reply-To/Subject and every text
    part (HTML unescaped), nested messages included."""
    chunks = [str(msg.get(h, "")) for h in ("From", "Reply-To", "Subject")]
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_labels(data, expected, text_lang, ids):
    """Label problems: well-formed and consistent with the mail."""
    problems = []
    e = expected
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"bad kind {kind}"]
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in {LANGS}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ids for w in wg):
        problems.append(f"workgroups {wg} not all in {ids}")
    if len(set(wg)) != len(wg):
        problems.append("duplicate workgroup")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int)
                                                and e["party_size"] >= 1):
            problems.append("change party_size must be null or >= 1")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient set exactly for bounces")
    if e["bounced_recipient"] is not None and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient not lower-case")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    hay = haystack(msg)
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if e["email"] not in heads and e["email"] not in hay.lower():
                problems.append(f"email {e['email']} not in From/Reply-To or text")
        if not e["name"] or e["name"] not in hay:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in hay:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} vs text {text_lang}")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in hay:
                problems.append("change/cancellation must answer and quote the "
                                "confirmation or reminder")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[e["kind"]][t] += 1
    print(f"{'kind':14}" + "".join(f"{l:>5}" for l in LANGS) + "  total")
    for k in KINDS:
        row = table[k]
        print(f"{k:14}" + "".join(f"{row[l]:>5}" for l in LANGS) + f"  {sum(row.values()):>5}")
    col = collections.Counter(t for _, _, _, t in built)
    print(f"{'all':14}" + "".join(f"{col[l]:>5}" for l in LANGS) + f"  {len(built):>5}")
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
    wgs = collections.Counter(tuple(e["workgroups"]) for _, _, e, _ in built
                              if e["kind"] in ("registration", "change"))
    print("workgroup lists:", dict(sorted(wgs.items())))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    ids = config_ids()
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

    # re-read what is on disk (or, with --check, what would be written)
    senders = collections.Counter()
    for (name, m, e, t), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check_mime(data, m, e) + check_labels(data, e, t, ids):
            print(f"{name}: {problem}")
            bad += 1
        senders[sender_of(data)] += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must hold 40-45")
        bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if reread != expected:
            print("expected.json does not read back to the labels")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
