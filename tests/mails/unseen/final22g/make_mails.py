#!/usr/bin/env python3
"""Build the "final22g" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 mailbox as it really fills up.  Besides registrations the
contact address gets mail from everybody around the event: journalists, the
mayor's office, city staff, the caterer, a photographer, a speaker, a sponsor,
people asking about next year, last year's participants, interpreters, a
researcher who wants the participants' list.  Some of those people do want a
place in a workgroup and register like everybody else.

Every mail text and label below is written by hand.  The script only wraps the
texts in MIME with the standard `email` package, writes the files and reads
every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind / language / MIME

Output is deterministic (fixed dates, Message-IDs, MIME boundaries).
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
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270111143000@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "fr")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
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


def esc(s):
    return html.escape(s, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final22g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(
                datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name in ("Subject", "Thread-Topic"):
                msg.set_raw(name, ew(value))      # as mail clients write it: UTF-8 Q words
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB8PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nb}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
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

    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY)


def dsn_part(*blocks):
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


# -- small deterministic attachments ------------------------------------------

def make_png(width, height, painter):
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            row += bytes(painter(x, y))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def summer_party(x, y):
    if y < 20:
        return (120, 180, 230)
    if y < 30:
        return (230, 60, 50) if (x // 6) % 3 == 0 else ((250, 210, 60) if (x // 6) % 3 == 1 else (60, 110, 200))
    return (80, 160, 70)


def foundation_logo(x, y):
    inside = (x - 24) ** 2 + (y - 24) ** 2 < 18 ** 2
    if inside:
        return (0, 105, 80)
    if 52 <= x < 116 and 18 <= y < 30:
        return (40, 40, 40)
    return (255, 255, 255)


def make_pdf(pages):
    """A minimal PDF, one page per list of ASCII lines."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 22 Tf", "60 520 Td"]
        for i, line in enumerate(lines):
            if i == 1:
                ops.append("/F1 14 Tf")
            ops.append(f"({line}) Tj")
            ops.append("0 -28 Td")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("ascii")
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents "
                    + str(content_no).encode() + b" 0 R /Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(len(objs))
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(f"{k} 0 R".encode() for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
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
# the organiser's texts that mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10:00 bis 16:00 Uhr der Tag der
Migrantenselbstorganisationen im Stadtweinhaus (Prinzipalmarkt 8,
48143 Münster) statt. Dazu laden wir Sie herzlich ein.

Am Vormittag erwarten Sie ein Grußwort und ein Impulsvortrag, am
Nachmittag arbeiten wir in drei parallelen Arbeitsgruppen:

  AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit
         Migrationsvorgeschichte
  AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis zum
6. März 2027 per E-Mail an mso-tag@muenster.example an und nennen Sie
uns Ihren Namen, Ihre Organisation, Ihre Wunsch-AG und die Zahl der
Personen.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Herzliche Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Bestätigung Ihrer Anmeldung – Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist
eingegangen. Vielen Dank!

Datum: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Wenn sich etwas ändert, antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen 2027 – morgen geht es los"


def reminder(ag, persons):
    return f"""Guten Tag,

morgen ist es so weit: Der Tag der Migrantenselbstorganisationen 2027
beginnt am Samstag, 13. März 2027, um 10:00 Uhr im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster. Einlass ist ab 9:30 Uhr.

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie
auf diese E-Mail antworten – so können wir Plätze von der Warteliste
nachbesetzen.

Bis morgen!
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage19
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=@LANG@ link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels=("Von", "Gesendet", "An", "Betreff")):
    """quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt'>{lv}:</span></b>"
                   f"<span style='font-size:11.0pt'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_html=""):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div{d}>{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    body = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{esc(attribution)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{body}</blockquote></div>')


def webde_html(text):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
            f"{divs}</div></body></html>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Out-of-office answering the invitation within a minute (Auto-Submitted,
# "Abwesenheitsnotiz:" subject); names a phone number and another address.

@mail("terhechte-abwesenheit-auf-einladung", "2027-01-11 14:31:07", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Rolf Terhechte <r.terhechte@caritas-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<abw.1768138267.41d7@caritas-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Januar 2027 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachdienstes Migration unter 0251 53009-0 oder an migration@caritas-ms.example.

Mit freundlichen Grüßen
Rolf Terhechte
Caritasverband Münster – Fachdienst Migration
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all three AGs in the quote);
# the chair registers his deputy and himself for AG 1 ("zwei Personen").

@mail("dogan-reply-quoting-invitation", "2027-01-11 14:52:40",
      E("registration", "k.dogan@dtkv-coerde.example", "Kenan Doğan",
        "Deutsch-Türkischer Kulturverein Coerde e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Kenan Doğan <k.dogan@dtkv-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4f0b7c2e-8d1a-4e6b-9c3f-2a5d7e9b1c04@dtkv-coerde.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung, wir sind gerne wieder dabei. Bitte melden Sie
meinen Stellvertreter Murat Aslan und mich für die AG 1 an, also zwei
Personen.

Mit freundlichen Grüßen
Kenan Doğan
Vorsitzender
Deutsch-Türkischer Kulturverein Coerde e.V.

Am 11.01.2027 um 14:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Last year's participant says thank you, with a photo; talks about last
# year's funding AG and leaves this year open ("besprechen wir im Vorstand").
# No question, nobody registered -> other.  Gmail reply, multipart/mixed.

MARKOVIC_TEXT = """Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung! Ich wollte Ihnen schon lange schreiben: Der MSO-Tag im letzten Jahr hat uns sehr geholfen. Nach der AG zur Förderung haben wir im Sommer unseren ersten eigenen Projektantrag gestellt, und er wurde bewilligt. Dafür noch einmal ein großes Dankeschön an Sie und Ihr Team!

Im Anhang ein Foto von unserem Sommerfest, das wir mit dem Geld ausrichten konnten.

Ob wir dieses Jahr wieder kommen, besprechen wir nächste Woche im Vorstand.

Herzliche Grüße
Ljubica Marković
Serbischer Kultur- und Sportverein Münster"""


@mail("markovic-thanks-last-year-photo", "2027-01-11 16:07:55", E("other"), "de")
def _(m):
    m.head(("From", "Ljubica Marković <ljubica.markovic@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Zt7Lm2pXw0vBn5cR8yHd4Js1Ue6gQo3aT9iWkN2rM5vA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    att = "Am Mo., 11. Jan. 2027 um 14:30 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"
    plain = f"{MARKOVIC_TEXT}\n\n{att}\n\n{gt_quote(INVITATION)}\n"
    alt = m.alternative(plain, gmail_html(MARKOVIC_TEXT, quote_html=gmail_quote_html(att, INVITATION)),
                        charset="utf-8", cte="quoted-printable", style="gmail", top=False)
    photo = m.binary(make_png(72, 40, summer_party), "image", "png", "Sommerfest_2026.png")
    m.multi("mixed", [alt, photo], style="gmail")


# -- 004 ---------------------------------------------------------------------
# City staff registers for her office; Outlook multipart/alternative,
# windows-1252 QP, long disclaimer.  "AG 2 zum Zukunftsprozess"; street
# number and phone digits around.

VENNEMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für unser Amt melde ich mich gern zum MSO-Tag an. Aus fachlicher Sicht passt für uns die AG 2 zum Zukunftsprozess am besten, dort würde ich gern mitarbeiten.

Viele Grüße
Im Auftrag

Sabine Vennemann
Amt für Stadtentwicklung der Stadt Münster
Abteilung Stadtentwicklung und Quartiersarbeit
Albersloher Weg 33, 48155 Münster
Tel. 0251 492-6137

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""


@mail("vennemann-stadtentwicklung-outlook", "2027-01-12 08:47:19",
      E("registration", "vennemann@stadt-muenster.example", "Sabine Vennemann",
        "Amt für Stadtentwicklung der Stadt Münster", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Vennemann, Sabine" <vennemann@stadt-muenster.example>'),
           ("To", f'"{MSO}" <{MSO}>'),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtkQ3v7yJ0pLmN4R2uXc9TqW1sB8A=="),
           ("Date", m.date),
           ("Message-ID", "<7a2c91e04b3d4f58a6e1c0d9b8f7e6a5@EXCH03.stadt-muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VENNEMANN_TEXT, outlook_html(VENNEMANN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Journalist asks whether the press may report and take photos; says he
# does not want to join a workgroup -> question.

@mail("borgmann-presse-anfrage", "2027-01-12 11:26:03",
      E("question", "j.borgmann@muenstersche-rundschau.example", "Jan-Hendrik Borgmann",
        "Münstersche Rundschau", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jan-Hendrik Borgmann <j.borgmann@muenstersche-rundschau.example>"),
           ("To", MSO),
           ("Subject", "Presseanfrage: Tag der Migrantenselbstorganisationen am 13.03."),
           ("Date", m.date),
           ("Message-ID", "<20270112102603.3318.redaktion@muenstersche-rundschau.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin Redakteur in der Lokalredaktion und würde gern über den Tag der
Migrantenselbstorganisationen am 13. März berichten. Dazu zwei Fragen:

- Ist die Presse nur beim Auftakt am Vormittag zugelassen oder auch in
  den Arbeitsgruppen?
- Dürfen wir vor Ort fotografieren, und gibt es eine Ansprechperson, mit
  der ich vorab kurz telefonieren kann?

An einer AG teilnehmen möchte ich nicht, wir würden nur etwa eine Stunde
vorbeischauen.

Mit freundlichen Grüßen
Jan-Hendrik Borgmann
Münstersche Rundschau
Lokalredaktion Münster
Tel. 0251 690-4412
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "Üçüncü çalışma grubu"
# (third workgroup, title given in German); "Biz iki kişiyiz" = 2.

KORKMAZ_TEXT = """Merhaba Bayan Meza Correa-Flock,

Davetiniz için çok teşekkür ederiz. Derneğimiz adına 13 Mart'taki toplantıya katılmak istiyoruz. Biz iki kişiyiz: ben ve yönetim kurulundan arkadaşım Emine Yıldız.

Üçüncü çalışma grubuna (Förderungsmöglichkeiten und effektives Vereinsmanagement) katılmak istiyoruz, çünkü derneğimiz için proje desteği arıyoruz.

Saygılarımla
Hatice Korkmaz
Münster Türk Kadınları Derneği"""


@mail("korkmaz-turkish-third-group", "2027-01-12 20:13:44",
      E("registration", "hatice.korkmaz@mail.example", "Hatice Korkmaz",
        "Münster Türk Kadınları Derneği", ["AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO günü kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAN5vL2eR8tY0wQ3pA6sD9fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 007 ---------------------------------------------------------------------
# The mayor's office announces her visit for the opening and asks for the
# schedule; she will not join a workgroup -> question (from the referent).

@mail("buero-buergermeisterin-besuch", "2027-01-13 10:02:26",
      E("question", "c.thiemann@stadt-muenster.example", "Carolin Thiemann",
        "Büro der Bürgermeisterin", [], None, "de"), "de", tz=0)
def _(m):
    text = """Sehr geehrte Frau Meza Correa-Flock,

Bürgermeisterin Dr. Karin Wessendorf hat die Einladung zum Tag der Migrantenselbstorganisationen gern angenommen und wird am 13. März gegen 10:00 Uhr zur Eröffnung kommen. Sie möchte ein kurzes Grußwort (ca. 5 Minuten) sprechen und muss gegen 11:15 Uhr zum nächsten Termin weiter. An den Arbeitsgruppen wird sie nicht teilnehmen.

Könnten Sie uns bitte bis Ende Januar den Ablaufplan schicken und mitteilen, wer Frau Dr. Wessendorf am Eingang empfängt? Für das Grußwort wären außerdem ein paar Stichworte zu den teilnehmenden Vereinen und zu den Themen der drei Arbeitsgruppen hilfreich.

Mit freundlichen Grüßen
Im Auftrag

Carolin Thiemann
Persönliche Referentin
Büro der Bürgermeisterin
Stadt Münster
Klemensstraße 10, 48143 Münster"""
    m.head(("From", '"Thiemann, Carolin" <c.thiemann@stadt-muenster.example>'),
           ("To", f'"{MSO}" <{MSO}>'),
           ("Subject", ew("Besuch Bürgermeisterin Dr. Wessendorf – MSO-Tag 13.03.2027", "windows-1252")),
           ("Thread-Topic", ew("Besuch Bürgermeisterin Dr. Wessendorf – MSO-Tag 13.03.2027", "windows-1252")),
           ("Thread-Index", "AdtlB7c2oK9mQxR5S1vYw0ZuP3nE4g=="),
           ("Date", m.date),
           ("Message-ID", "<c1e5f7a93d2b4c60b8a4e2f1d0c9b7a6@EXCH01.stadt-muenster.example>"),
           ("Importance", "high"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(text, outlook_html(text), charset="windows-1252", cte="quoted-printable",
                  style="outlook")


# -- 008 ---------------------------------------------------------------------
# A journalist who does want a place: English, asks for workgroup 2 for a
# feature she is writing; organisation = her magazine.

@mail("nwosu-journalist-english-wg2", "2027-01-13 18:40:12",
      E("registration", "amara.nwosu@diasporadesk.example", "Amara Nwosu",
        "Diaspora Desk", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Amara Nwosu <amara.nwosu@diasporadesk.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<B9E2F4A1-7C3D-4E58-9A6B-0D1C2E3F4A5B@diasporadesk.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    text = """Dear Ms Meza Correa-Flock,

I'm a journalist with Diaspora Desk, an online magazine for African communities in NRW. I'm preparing a longer feature on how migrant organisations are involved in city planning, so this time I would like to take part myself: could you please register me for workgroup 2 on Münster's future process? Just me, one person.

I won't record or quote anyone without asking first.

Best regards,
Amara Nwosu
Diaspora Desk"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# A member of the Integrationsrat (a politician) registers: "Arbeitsgruppe II",
# else "AG I" (roman numerals); iso-8859-1 QP.

@mail("mohammadi-integrationsrat-roman", "2027-01-14 09:12:51",
      E("registration", "reza.mohammadi@mail.example", "Reza Mohammadi",
        "Integrationsrat der Stadt Münster", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Reza Mohammadi <reza.mohammadi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1768378371.90214.28@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

als Mitglied des Integrationsrats möchte ich mich zum MSO-Tag anmelden.
Ich würde gern in die Arbeitsgruppe II gehen, weil wir im Integrationsrat
gerade unsere Stellungnahme zum Zukunftsprozess vorbereiten. Falls die
AG II voll ist, nehme ich auch gern die AG I.

Beste Grüße
Reza Mohammadi
Integrationsrat der Stadt Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Arabic, Gmail RTL multipart/alternative; "مجموعة العمل الثانية" (second
# workgroup), "سأحضر وحدي" (alone).  Signature in Arabic only.

AL_OMARI_TEXT = """السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار/مارس 2027.
أرغب في المشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر). سأحضر وحدي.

مع الشكر والتحية
خالد العمري
جمعية البيت السوري في مونستر"""


@mail("al-omari-arabic-second-group", "2027-01-14 14:55:30",
      E("registration", "khaled.alomari@mail.example", "خالد العمري",
        "جمعية البيت السوري في مونستر", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Omari <khaled.alomari@mail.example>"),
           ("To", MSO),
           ("Subject", ew("التسجيل - يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB7xT3mQ1wE4rY7uI0oP2aS5dF8gH1jK4lZ7xC0vB3nM6qWrTy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AL_OMARI_TEXT, gmail_html(AL_OMARI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# A researcher asks for the list of participating organisations and contact
# persons -> question (English).

@mail("jovanovic-participants-list-request", "2027-01-15 10:30:09",
      E("question", "m.jovanovic@uni-muenster.example", "Mina Jovanović",
        "Institute of Sociology, University of Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", addr("Mina Jovanović", "m.jovanovic@uni-muenster.example", "utf-8")),
           ("To", MSO),
           ("Subject", "Request: list of participating organisations"),
           ("Date", m.date),
           ("Message-ID", "<9c8e1b2a-5d4f-4a3e-b7c6-0f1e2d3c4b5a@uni-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I am a PhD researcher working on a study about migrant self-organisations
in Westphalia. Would it be possible to receive the list of participating
organisations of the MSO day, and if possible the contact persons with
their e-mail addresses, once registration has closed? I would like to
invite them to short interviews.

I am happy to send you more information on the project and on our data
protection concept.

Kind regards,
Mina Jovanović
PhD candidate
Institute of Sociology, University of Münster
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# HTML only (web.de div markup, base64); "die AG zum Thema Schule und
# Bildung", "wir kommen zu dritt".

BENKIRANE_TEXT = """Guten Tag,

wir möchten uns für den Tag der Migrantenselbstorganisationen anmelden. Wir kommen zu dritt vom Marokkanischen Elternverein Münster und würden gern in die AG zum Thema Schule und Bildung.

Viele Grüße
Nadia Benkirane
Marokkanischer Elternverein Münster e.V."""


@mail("benkirane-webde-html-only", "2027-01-15 17:20:33",
      E("registration", "nadia.benkirane@web-mail.example", "Nadia Benkirane",
        "Marokkanischer Elternverein Münster e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Nadia Benkirane <nadia.benkirane@web-mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2e4a6c8e-0b1d-4f3a-9c5e-7d9f1b3d5f7a-1768494033101@3c-app-webmail-bs07>"),
           ("MIME-Version", "1.0"))
    m.single(webde_html(BENKIRANE_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# A photographer offers a volunteer photo report and asks whether that is
# possible and how consent is handled -> question (French).

@mail("mbarga-photographe-french", "2027-01-16 09:44:58",
      E("question", "julien@mbarga-photo.example", "Julien Mbarga", None, [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Julien Mbarga <julien@mbarga-photo.example>"),
           ("To", MSO),
           ("Subject", "Proposition : reportage photo le 13 mars"),
           ("Date", m.date),
           ("Message-ID", "<2f1a9d7c-4b6e-4c85-a3d2-e1f0b9c8a7d6@mbarga-photo.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Meza Correa-Flock,

Je suis photographe indépendant à Münster et je travaille souvent avec des associations de la diaspora africaine. Je voudrais vous proposer de faire un reportage photo bénévole pendant la journée du 13 mars.

Est-ce que ce serait possible ? Et si oui, est-ce que vous demandez vous-même aux participants leur accord pour les photos, ou dois-je m'en occuper ?

Vous trouverez quelques exemples de mon travail sur https://mbarga-photo.example/portfolio

Cordialement,
Julien Mbarga
Photographe
Tél. 0176 4218 9055
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# A language mediator registers for AG 1 for her association and offers to
# whisper-interpret in her group -> still a registration.  Inflected org in
# the text, base form in the signature.

@mail("ahmadzai-sprachmittlerin-ag1", "2027-01-18 08:15:21",
      E("registration", "soraya.ahmadzai@mail.example", "Soraya Ahmadzai",
        "Afghanischer Frauenverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Soraya Ahmadzai <soraya.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung AG 1"),
           ("Date", m.date),
           ("Message-ID", "<CAE1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Frau Meza Correa-Flock,

ich arbeite als Sprach- und Kulturmittlerin für Dari und Paschtu und bin ehrenamtlich im Afghanischen Frauenverein Münster aktiv. Für diesen Verein möchte ich mich zur Arbeitsgruppe 1 (Bildungssystem) anmelden.

Falls am 13. März Teilnehmende kommen, die wenig Deutsch sprechen, kann ich in meiner AG gern nebenbei flüsternd übersetzen – sagen Sie mir einfach Bescheid.

Mit freundlichen Grüßen
Soraya Ahmadzai
Afghanischer Frauenverein Münster e.V."""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Sponsor sends its logo for the programme (PNG attached) and usage rules;
# asks nothing, registers nobody -> other.

@mail("overbeck-sponsor-logo", "2027-01-18 13:05:47", E("other"), "de")
def _(m):
    m.head(("From", "Martina Overbeck <m.overbeck@westfaelische-nachbarschaft.example>"),
           ("To", MSO),
           ("Subject", "Logo für Programmheft und Plakate"),
           ("Date", m.date),
           ("Message-ID", "<000f01db6988$1c2d3e40$5f6a7b8c$@westfaelische-nachbarschaft.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Frau Meza Correa-Flock,

wie telefonisch besprochen, schicke ich Ihnen im Anhang unser Logo für das
Programmheft und die Plakate zum MSO-Tag. Bitte verwenden Sie es in der
Variante „gefördert von“ und mindestens 30 mm breit; eine Druckfassung als
Vektordatei bekommen Sie direkt von unserer Agentur.

Wir freuen uns sehr, den Tag der Migrantenselbstorganisationen in diesem
Jahr wieder unterstützen zu können.

Herzliche Grüße
Martina Overbeck
Referentin Kommunikation
Stiftung Westfälische Nachbarschaft
Domplatz 12 · 48143 Münster
""", charset="windows-1252", cte="quoted-printable")
    logo = m.binary(make_png(120, 48, foundation_logo), "image", "png",
                    "Logo_Stiftung_gefoerdert_von.png")
    m.multi("mixed", [text, logo])


# -- 016 ---------------------------------------------------------------------
# The sponsor's programme head wants a place himself: AG 3, one person,
# "nicht als Referent".  Mentions his colleague's logo mail.

@mail("huesing-sponsor-registers-ag3", "2027-01-19 10:22:14",
      E("registration", "f.huesing@westfaelische-nachbarschaft.example", "Felix Hüsing",
        "Stiftung Westfälische Nachbarschaft", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Felix Hüsing", "f.huesing@westfaelische-nachbarschaft.example",
                         "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Teilnahme am MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<000a01db6a4f$7e8f9a00$7baebf00$@westfaelische-nachbarschaft.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

meine Kollegin Frau Overbeck hat Ihnen ja schon unser Logo geschickt. Ich
selbst würde gern auch am MSO-Tag teilnehmen, und zwar in der AG 3 – nicht
als Referent, sondern um zuzuhören, wo die Vereine bei Förderanträgen der
Schuh drückt. Das hilft uns sehr bei der Weiterentwicklung unseres
Förderprogramms.

Bitte melden Sie mich für eine Person an.

Mit besten Grüßen
Dr. Felix Hüsing
Programmleitung
Stiftung Westfälische Nachbarschaft
""", charset="windows-1252", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Turkish from the association's shared mailbox, Reply-To is her own
# address (and she asks for the answer there).  iso-8859-9 QP; first and
# second choice "1. çalışma grubu ... olmazsa 2. grup"; "toplam 3 kişi".

@mail("arslan-turkish-reply-to", "2027-01-19 19:47:02",
      E("registration", "deniz.arslan@mail.example", "Deniz Arslan",
        "Münster Alevi Kültür Merkezi e.V.", ["AG1", "AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Münster Alevi Kültür Merkezi", "info@alevi-muenster.example", "iso-8859-9")),
           ("Reply-To", addr("Deniz Arslan", "deniz.arslan@mail.example")),
           ("To", MSO),
           ("Subject", ew("MSO günü kaydı", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<5b7d9f1a-3c5e-4a7b-8d9f-1b3d5f7a9c2e@alevi-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

MSO günü için kayıt olmak istiyoruz. Dernek adına ben ve gençlik
kolundan iki arkadaşım katılacağız, yani toplam 3 kişi. Birinci
tercihimiz 1. çalışma grubu (eğitim sistemi), olmazsa 2. grup da olur.

Lütfen cevabı kendi adresime gönderin, dernek adresine pek bakan yok.

Sevgiler
Deniz Arslan
Münster Alevi Kültür Merkezi e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# The caterer asks for numbers, diets and set-up time; a numbered list and
# "90 Portionen" -> question.

@mail("lohmann-catering-fragen", "2027-01-20 08:33:36",
      E("question", "b.lohmann@gaumenfreunde.example", "Bettina Lohmann",
        "Gaumenfreunde Catering GmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", "Gaumenfreunde Catering <b.lohmann@gaumenfreunde.example>"),
           ("To", MSO),
           ("Subject", "Catering 13.03. Stadtweinhaus – Rückfragen"),
           ("Date", m.date),
           ("Message-ID", "<20270120073336.ab12cd34@gaumenfreunde.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen Frau Meza Correa-Flock,

vielen Dank nochmals für den Auftrag für das Mittagsbuffet am 13.03. im Stadtweinhaus. Damit wir gut planen können, hätte ich noch ein paar Fragen:

1. Mit wie vielen Personen rechnen Sie ungefähr? Im Angebot hatten wir 90 Portionen kalkuliert.
2. Wie viele vegetarische bzw. vegane Essen brauchen Sie, und sollen wir alles halal zubereiten?
3. Ab wann können wir im Stadtweinhaus aufbauen?

Die endgültige Personenzahl bräuchten wir bis spätestens Montag, 8. März.

Viele Grüße aus der Küche
Bettina Lohmann
Gaumenfreunde Catering GmbH
Hafenweg 22, 48155 Münster
""", charset="windows-1252", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Phone mail in one line: "mich und meine Frau für die AG 2" = 2.

@mail("yavuz-iphone-one-line", "2027-01-21 12:10:05",
      E("registration", "ahmet.yavuz@mail.example", "Ahmet Yavuz", None, ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ahmet Yavuz <ahmet.yavuz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<8C2E4A61-3F5B-4D7E-9A1C-2B4D6F8A0C3E@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo, hiermit melde ich mich und meine Frau für die AG 2 an. Gruß Ahmet Yavuz

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# English, Outlook multipart/alternative (utf-8): "Working Group III", second
# choice "Working Group I"; "myself and our treasurer" = 2.

OWUSU_TEXT = """Dear Madam/Sir,

Please register two people from the Ghanaian Women's Association Münster for the MSO day on 13 March: myself and our treasurer, Mrs Efua Mensah.

We would like to join Working Group III (funding opportunities and effective association management). If that group is already full, Working Group I would be our second choice.

Thank you and kind regards,

Abena Owusu-Ansah
Chairperson
Ghanaian Women's Association Münster"""


@mail("owusu-ansah-english-outlook-roman", "2027-01-22 15:40:18",
      E("registration", "abena.owusu-ansah@gwa-muenster.example", "Abena Owusu-Ansah",
        "Ghanaian Women's Association Münster", ["AG3", "AG1"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Abena Owusu-Ansah <abena.owusu-ansah@gwa-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO day - Ghanaian Women's Association"),
           ("Thread-Topic", "Registration MSO day - Ghanaian Women's Association"),
           ("Thread-Index", "AQHbbNp2zR7kL0wM3eX9cV1bT5yA8Q=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR04MB6921E5F4A3B2C1D0E9F8A7B6C5D4@DB8PR04MB6921.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, outlook_html(OWUSU_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Change (Gmail reply quoting the confirmation, which names AG 1): "von der
# AG 1 in die AG 3 umbuchen".

KURT_TEXT = """Hallo,

ich hab mir das Programm nochmal angeschaut – können Sie mich bitte von der AG 1 in die AG 3 umbuchen? Bei uns im Verein steht dieses Jahr der erste Förderantrag an, da passt die AG 3 besser.

Danke und viele Grüße
Yasemin Kurt"""


@mail("kurt-change-ag1-to-ag3", "2027-01-25 10:40:27",
      E("change", "yasemin.kurt@mail.example", "Yasemin Kurt", None, ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "Yasemin Kurt <yasemin.kurt@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118101204.6c1d@muenster.example>"),
           ("References", "<mailbot.20270118101204.6c1d@muenster.example>"),
           ("MIME-Version", "1.0"))
    att = "Am Mo., 18. Jan. 2027 um 10:12 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"
    conf = confirmation("Frau Kurt", "AG1", 1)
    plain = f"{KURT_TEXT}\n\n{att}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(KURT_TEXT, quote_html=gmail_quote_html(att, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Last year's participant thanks AND registers: the thanks names "AG Bildung"
# (last year) and "15 Kinder"; the registration is AG 3 for three persons.

@mail("schneider-thanks-and-registers", "2027-01-26 09:20:44",
      E("registration", "olga.schneider@most-ev.example", "Olga Schneider",
        "Russischsprachiger Familienverein „Most“ e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Olga Schneider <olga.schneider@most-ev.example>"),
           ("To", MSO),
           ("Subject", "Wir sind wieder dabei!"),
           ("Date", m.date),
           ("Message-ID", "<e3a1c5b7-9d2f-4e6a-8b0c-4d6f8a0c2e4b@most-ev.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team vom Kommunalen Integrationszentrum,

erst einmal ein dickes Dankeschön für den MSO-Tag im letzten Jahr! Wir
haben dort viele Kontakte geknüpft, und aus der AG Bildung ist bei uns
eine Hausaufgabenhilfe entstanden, die inzwischen jede Woche 15 Kinder
betreut.

Dieses Jahr möchten wir natürlich wieder dabei sein: Bitte melden Sie
mich und zwei Mitstreiterinnen für die AG 3 an – wir wollen die
Hausaufgabenhilfe endlich auf solide finanzielle Füße stellen.

Liebe Grüße
Olga Schneider
Russischsprachiger Familienverein „Most“ e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# The district office registers the district mayor and his referent (2),
# names the AG by its full title in quotes, asks to confirm to this mailbox.
# Outlook HTML only, windows-1252 QP.

LUETKE_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich Herrn Bernd Lütke-Wöstmann, Bezirksbürgermeister der Bezirksvertretung Münster-Ost, zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Er wird von seinem Referenten, Herrn Tobias Kranefeld, begleitet (insgesamt 2 Personen).

Herr Lütke-Wöstmann interessiert sich besonders für die Arbeitsgruppe „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ und möchte den ganzen Nachmittag dort teilnehmen.

Bitte senden Sie die Bestätigung an dieses Postfach.

Mit freundlichen Grüßen
Im Auftrag

Petra Hölscher
Geschäftsstelle der Bezirksvertretung Münster-Ost
Stadt Münster"""


@mail("bezirksvertretung-ost-registers-mayor", "2027-01-27 11:05:39",
      E("registration", "bv-ost@stadt-muenster.example", "Bernd Lütke-Wöstmann",
        "Bezirksvertretung Münster-Ost", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"BV Ost - Geschäftsstelle" <bv-ost@stadt-muenster.example>'),
           ("To", f'"{MSO}" <{MSO}>'),
           ("Subject", ew("Anmeldung Bezirksbürgermeister Lütke-Wöstmann", "windows-1252")),
           ("Thread-Topic", ew("Anmeldung Bezirksbürgermeister Lütke-Wöstmann", "windows-1252")),
           ("Thread-Index", "AdtwC4d8pL1nR6sT2wXz0AvQ5oF7hi=="),
           ("Date", m.date),
           ("Message-ID", "<5d9a3f1e7b2c4068a1e3c5b7d9f0a2c4@EXCH02.stadt-muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(LUETKE_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# City staff relays a registration made in person at the citizens' office:
# the attendee has no e-mail, confirmation to her son's address (mistyped
# domain; see the bounce 025).  "Arbeitsgruppe Bildung", "2 Personen".

@mail("buergerbuero-relays-demir", "2027-01-28 14:18:50",
      E("registration", "emre.demir@gmial.example", "Gülşen Demir",
        "Elternverein Hiltrup-Ost", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Andrea Pohlmann <a.pohlmann@stadt-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für Frau Demir (Bürgerbüro Hiltrup)"),
           ("Date", m.date),
           ("Message-ID", "<3b5d7f9a1c2e4a6b@EXCH04.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

bei uns im Bürgerbüro war heute Frau Gülşen Demir vom Elternverein Hiltrup-Ost und hat gefragt, ob ich sie für den MSO-Tag anmelden kann – sie hat keine eigene E-Mail-Adresse. Sie möchte gern in die Arbeitsgruppe Bildung und bringt ihre Nachbarin mit, also 2 Personen.

Die Bestätigung schicken Sie bitte an die Adresse ihres Sohnes:
emre.demir@gmial.example

Vielen Dank und viele Grüße
Andrea Pohlmann
Stadt Münster – Bürgerbüro Hiltrup
Marktallee 40, 48165 Münster
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Postfix bounce of the confirmation to the mistyped address from 024
# (domain not found); the returned confirmation names AG 1 and 2 persons.

@mail("postfix-bounce-gmial-typo", "2027-01-28 14:19:31",
      E("bounce", bounced="emre.demir@gmial.example"), "en")
def _(m):
    rcpt = "emre.demir@gmial.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270128131931.4C7E21A0F3@mail.muenster.example>"),
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

<{rcpt}>: Host or domain name not found. Name service error for
    name=gmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C7E21A0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 28 Jan 2027 14:19:02 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=gmial.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Gülşen Demir <{rcpt}>", "Frau Demir", "AG1", 2,
        "Thu, 28 Jan 2027 14:19:02 +0100", "<mailbot.20270128141902.9e4b@muenster.example>",
        "<3b5d7f9a1c2e4a6b@EXCH04.stadt-muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 026 ---------------------------------------------------------------------
# Turkish, iso-8859-9 8bit: "Eğitim ile ilgili çalışma grubu (Bildungssystem)",
# "iki kişi olarak"; the title "Başkan" on its own line.

@mail("erdem-turkish-egitim", "2027-02-01 19:02:16",
      E("registration", "mustafa.erdem@tvd-muenster.example", "Mustafa Erdem",
        "Münster Türk Veliler Derneği", ["AG1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mustafa Erdem", "mustafa.erdem@tvd-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Kayıt: MSO günü 13 Mart", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<1769968936.771.tvd@tvd-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Meza Correa-Flock,

Münster Türk Veliler Derneği olarak MSO gününe katılmak istiyoruz. Eğitim ile ilgili çalışma grubuna (Bildungssystem) iki kişi olarak kayıt olmak istiyoruz: ben ve derneğimizin sekreteri Ayşe Bulut.

Saygılarımla
Mustafa Erdem
Başkan
Münster Türk Veliler Derneği
""", charset="iso-8859-9", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# An interpreter offers her services and asks whether they are needed and
# with whom to coordinate -> question (Arabic, windows-1256 QP).

@mail("al-saadi-arabic-interpreter-offer", "2027-02-03 09:30:22",
      E("question", "reem.alsaadi@mail.example", "ريم السعدي", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("ريم السعدي", "reem.alsaadi@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("عرض ترجمة ليوم 13 مارس", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000201db7613$4a5b6c70$df0e1f20$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

اسمي ريم السعدي، وأعمل مترجمة محلّفة للغة العربية في مونستر. قرأت عن يوم منظمات المهاجرين الذاتية وأود أن أعرض عليكم خدماتي كمترجمة متطوعة في ذلك اليوم، مثلاً في الافتتاح أو في إحدى مجموعات العمل.

هل تحتاجون إلى مترجمين؟ وإذا كان الأمر كذلك، مع من يمكنني التنسيق؟

مع خالص التحية
ريم السعدي
مترجمة محلّفة (عربي – ألماني)
""", charset="windows-1256", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Typos and lower case: "Arbeitsgrupe 3 Vereinsmanagment", "wir sind 4 leute";
# inflected org in the text ("vom Eritreischen Gemeinschaft"), base form in
# the signature.

@mail("tekle-typos-arbeitsgrupe-3", "2027-02-04 21:47:08",
      E("registration", "semhar.tekle@mail.example", "Semhar Tekle",
        "Eritreische Gemeinschaft Münster e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "semhar.tekle@mail.example"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", "<1770238028.5521.9911@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,

ich möchte uns anmelden für den mso tag am 13.3. wir sind 4 leute vom Eritreischen Gemeinschaft münster und wollen in die Arbeitsgrupe 3 Vereinsmanagment und Förderung.

danke
Semhar Tekle
Eritreische Gemeinschaft Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Change of party size only (1 -> 2), English Outlook with English quote
# labels ("From:/Sent:/To:/Subject:"); "Same workgroup for both of us" is no
# new choice.  The quoted confirmation names AG 2 and 1 person.

GEBREMEDHIN_TEXT = """Hello,

Thank you for the confirmation. Could you please add my colleague Daniel Haile to my registration? He decided to come along after all, so we will be two people. Same workgroup for both of us.

Many thanks,
Selam Gebremedhin
Eritrean Women's Forum Münster"""


@mail("gebremedhin-english-add-colleague", "2027-02-08 12:00:41",
      E("change", "selam.gebremedhin@ewf-muenster.example", "Selam Gebremedhin",
        "Eritrean Women's Forum Münster", [], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Selam Gebremedhin <selam.gebremedhin@ewf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdE3x8K2pL5mN7oQ1rS4tU6vW9x=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB7345F6E5D4C3B2A1F0E9D8C7B6A5@AS8PR10MB7345.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270201151204.2f8a@muenster.example>"),
           ("References", "<mailbot.20270201151204.2f8a@muenster.example>"),
           ("Accept-Language", "en-US, de-DE"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    labels = ("From", "Sent", "To", "Subject")
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Monday, February 1, 2027 3:12 PM",
             "Selam Gebremedhin <selam.gebremedhin@ewf-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Gebremedhin", "AG2", 1))
    m.alternative(outlook_plain(GEBREMEDHIN_TEXT, quote, labels),
                  outlook_html(GEBREMEDHIN_TEXT, quote, charset="utf-8", lang="EN-US", labels=labels),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# English Exchange out-of-office to a confirmation ("Automatic reply:"),
# Auto-Submitted: auto-generated, X-Auto-Response-Suppress.

OONEILL_TEXT = """Thank you for your email. I'm currently on leave and will be back in the office on Monday, 22 February. I will have limited access to email during this time.

For anything urgent regarding the Irish-German Society, please contact our secretary at secretary@irish-german-ms.example.

Kind regards,
Siobhán O'Neill"""


@mail("oneill-automatic-reply-english", "2027-02-09 08:14:03", E("auto_reply"), "en", tz=0)
def _(m):
    m.head(("From", addr("Siobhán O'Neill", "s.oneill@irish-german-ms.example", "utf-8")),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdkY5c3D8aV1bQ0wE7rT2yU4iO6=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB6012A9B8C7D6E5F4A3B2C1D0E9F8@PA4PR08MB6012.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270209081359.7a2c@muenster.example>"),
           ("References", "<mailbot.20270209081359.7a2c@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.alternative(OONEILL_TEXT, outlook_html(OONEILL_TEXT, charset="utf-8", lang="EN-US"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Arabic, windows-1256 8bit, plain: org in quotes, "ثلاثة أشخاص" (3),
# first choice "الأولى (التعليم)", else "الثالثة".

@mail("yusuf-arabic-first-else-third", "2027-02-10 17:30:55",
      E("registration", "salma.yusuf@mail.example", "سلمى يوسف",
        "رابطة الطلاب العرب في مونستر", ["AG1", "AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("Salma Yusuf", "salma.yusuf@mail.example")),
           ("To", MSO),
           ("Subject", ew("تسجيل ليوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01db7bd5$9f8e7d60$deadbe00$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

نحن من "رابطة الطلاب العرب في مونستر" ونرغب في التسجيل ليوم منظمات المهاجرين الذاتية. سنحضر ثلاثة أشخاص. نفضّل مجموعة العمل الأولى (التعليم)، وإذا لم يكن فيها مكان فالثالثة.

شكراً جزيلاً
سلمى يوسف
""", charset="windows-1256", cte="8bit")


# -- 032 ---------------------------------------------------------------------
# English student group: "the education workgroup", "me and one other
# member" = 2.

@mail("iyer-students-education-workgroup", "2027-02-12 10:15:37",
      E("registration", "rahul.iyer@isn-muenster.example", "Rahul Iyer",
        "International Students' Network Münster", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Rahul Iyer <rahul.iyer@isn-muenster.example>"),
           ("To", MSO),
           ("Subject", "Sign-up for MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAP9oI2uY5tR8eW1qA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hi,

we are the International Students' Network at the university and would love to take part in the MSO-Tag. Can you please sign up me and one other member for the education workgroup?

Thanks!
Rahul Iyer
International Students' Network Münster"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Registration with a question about parking (still a registration):
# "Arbeitsgruppe Förderung", "mit einer Kollegin, also zu zweit".

@mail("osman-registration-parking-question", "2027-02-15 08:55:12",
      E("registration", "halima.osman@sfv-muenster.example", "Halima Osman",
        "Somalischer Frauenverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Halima Osman <halima.osman@sfv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung und Frage zu Parkplätzen"),
           ("Date", m.date),
           ("Message-ID", "<7f1e3d5c-9b2a-4c8e-a6f4-2d0b8e6c4a19@sfv-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich mich für den Tag der MSO an, Arbeitsgruppe Förderung.
Ich komme mit einer Kollegin, also zu zweit.

Eine Frage noch: Gibt es in der Nähe des Stadtweinhauses Parkplätze? Wir
kommen aus Gievenbeck mit dem Auto und bringen zwei Kisten Flyer mit.

Freundliche Grüße
Halima Osman
Somalischer Frauenverein Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# French registration: "l'atelier sur le système éducatif (AG 1)",
# "Nous serons trois personnes"; title on its own line.

NKOULOU_TEXT = """Bonjour,

Je me permets de vous écrire au nom de l'Association des Camerounais de Münster. Nous souhaitons participer à la Journée des organisations de migrants le 13 mars. Nous serons trois personnes et nous aimerions rejoindre l'atelier sur le système éducatif (AG 1).

Merci d'avance et bonne journée,
Hervé Nkoulou
Secrétaire général
Association des Camerounais de Münster"""


@mail("nkoulou-french-atelier-education", "2027-02-17 13:40:26",
      E("registration", "herve.nkoulou@acm-muenster.example", "Hervé Nkoulou",
        "Association des Camerounais de Münster", ["AG1"], 3, "fr"), "fr")
def _(m):
    m.head(("From", addr("Hervé Nkoulou", "herve.nkoulou@acm-muenster.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", ew("Inscription – Journée des organisations de migrants", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<20270217124026.Horde.q7Xk2Lm9Pw0vBn5cR8yHd4J@webmail.acm-muenster.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single(NKOULOU_TEXT + "\n", charset="iso-8859-1", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Turkish from the phone, one line: "2. çalışma grubu lütfen", "Tek kişiyim"
# (one person); iOS signature in Turkish.

@mail("aydin-turkish-iphone", "2027-02-19 20:22:48",
      E("registration", "burak.aydin@mail.example", "Burak Aydın", None, ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Burak Aydın", "burak.aydin@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("13 Mart kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<A4C6E8F0-2B4D-4F6A-8C0E-3D5F7A9B1C2E@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar, ben Burak Aydın. 13 Mart'taki etkinliğe kayıt olmak istiyorum, 2. çalışma grubu lütfen. Tek kişiyim.
Teşekkürler

iPhone'umdan gönderildi""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Last year's association photographer wants a place this time:
# "die Kamera zu Hause lassen", "AG 2 (Zukunftsprozess), nur ich".
# Apple Mail multipart/alternative.

@mail("ferreira-photographer-registers-ag2", "2027-02-22 09:10:34",
      E("registration", "tiago.ferreira@mail.example", "Tiago Ferreira",
        "Lusitano – Portugiesischer Kulturverein Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    text = """Hallo Frau Meza Correa-Flock,

letztes Jahr war ich ja als Fotograf für unseren Verein mit der Kamera unterwegs – dieses Jahr möchte ich die Kamera mal zu Hause lassen und selbst mitdiskutieren. Bitte melden Sie mich für die AG 2 (Zukunftsprozess) an, nur ich.

Beste Grüße
Tiago Ferreira
Lusitano – Portugiesischer Kulturverein Münster e.V."""
    m.head(("From", "Tiago Ferreira <tiago.ferreira@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<1F3A5C7E-9B0D-4E2F-A4C6-8E0A2C4E6A8B@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable", style="apple")


# -- 037 ---------------------------------------------------------------------
# A caterer who comes for her association, not as caterer: "AG Bildung, eine
# Person".  Her business signature is an employer, not the organisation.

@mail("baran-caterer-comes-for-association", "2027-02-24 16:45:09",
      E("registration", "rojda@sofra-catering.example", "Rojda Baran",
        "Kurdischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rojda Baran <rojda@sofra-catering.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung (diesmal ohne Buffet)"),
           ("Date", m.date),
           ("Message-ID", "<CAD4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Liebe Frau Meza Correa-Flock,

Sie kennen mich vielleicht vom Buffet beim letzten Neujahrsempfang 🙂 Diesmal komme ich aber nicht als Caterin, sondern für meinen Verein: Kurdischer Elternverein Münster e.V.

Ich möchte mich gern für die AG Bildung anmelden, eine Person.

Herzliche Grüße
Rojda Baran

--
Sofra Catering · Inh. Rojda Baran · Wolbecker Str. 140 · 48155 Münster
https://sofra-catering.example"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Change from the iPhone, quoting the confirmation (AG 2) with '>':
# "von der AG 2 in die AG 1 umtragen" -> AG 1.

@mail("horvat-iphone-change-to-ag1", "2027-02-26 11:00:18",
      E("change", "ivana.horvat@mail.example", "Ivana Horvat", None, ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Ivana Horvat <ivana.horvat@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6E8A0C2E-4F6A-4B8C-9E0A-5C7E9A1B3D5F@mail.example>"),
           ("In-Reply-To", "<mailbot.20270215190308.4b6d@muenster.example>"),
           ("References", "<mailbot.20270215190308.4b6d@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung: Könnten Sie mich bitte von der AG 2 in die AG 1 umtragen? Ich habe gemerkt, dass das Thema Schule für unseren Verein gerade wichtiger ist.

Danke!
Ivana Horvat

Von meinem iPhone gesendet

> Am 15.02.2027 um 19:03 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Frau Horvat", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# City building management informs about rooms, lift and caretaker; "drei
# Arbeitsgruppen", "90 Plätze", "Sie müssen nichts weiter veranlassen" ->
# other.  Outlook multipart/alternative, windows-1252.

STIENEMEIER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

kurz zur Information für Ihre Veranstaltung am 13. März im Stadtweinhaus:

Der Festsaal und die beiden Nebenräume für Ihre drei Arbeitsgruppen sind für Sie von 8:00 bis 18:00 Uhr reserviert. Der Aufzug wird Anfang März gewartet, ist aber ab dem 10. März wieder in Betrieb, der Saal ist also barrierefrei erreichbar. Hausmeister am Samstag ist Herr Kötter, er ist ab 7:30 Uhr im Haus.

Die Bestuhlung stellen wir wie besprochen auf 90 Plätze. Sie müssen nichts weiter veranlassen.

Mit freundlichen Grüßen
Im Auftrag

Jörg Stienemeier
Amt für Immobilienmanagement
Veranstaltungsräume
Stadt Münster"""


@mail("stienemeier-immobilien-info", "2027-03-01 08:30:50", E("other"), "de", tz=0)
def _(m):
    m.head(("From", '"Stienemeier, Jörg" <stienemeier@stadt-muenster.example>'),
           ("To", f'"{MSO}" <{MSO}>'),
           ("Subject", "Stadtweinhaus 13.03. - Raeume, Aufzug, Hausmeister"),
           ("Thread-Topic", "Stadtweinhaus 13.03. - Raeume, Aufzug, Hausmeister"),
           ("Thread-Index", "AduKa1b2c3d4e5f6g7h8i9j0k1l2mA=="),
           ("Date", m.date),
           ("Message-ID", "<9e2b4d6f8a0c4e1a@EXCH01.stadt-muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(STIENEMEIER_TEXT, outlook_html(STIENEMEIER_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Cancellation in Turkish, Thunderbird with Turkish attribution line
# ("... tarihinde ... yazdı:"), quoting the confirmation (AG 3, 2 persons).

@mail("simsek-turkish-cancellation", "2027-03-02 15:12:37",
      E("cancellation", "fatma.simsek@mail.example", "Fatma Şimşek", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Fatma Şimşek", "fatma.simsek@mail.example", "utf-8")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2d4f6a8-0c1e-4a3b-9d5f-7e9a1c3e5b7d@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202101402.8d3e@muenster.example>"),
           ("References", "<mailbot.20270202101402.8d3e@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Maalesef 13 Mart'ta derneğimizin genel kurulu var, bu yüzden
katılamayacağız. Lütfen kaydımızı iptal edin, yerimizi başka birine
verebilirsiniz.

İyi çalışmalar
Fatma Şimşek

02.02.2027 10:14 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Frau Şimşek", "AG3", 2))}
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Turkish: cannot come on 13 March, asks for next year's date and whether
# results will be sent -> question, not a cancellation (never registered).

@mail("tunc-turkish-next-year-date", "2027-03-04 10:05:13",
      E("question", "serkan.tunc@mail.example", "Serkan Tunç",
        "Münster Türk Spor Kulübü", [], None, "tr"), "tr")
def _(m):
    text = """Merhaba,

13 Mart'ta maalesef Türkiye'de olacağım, bu yüzden bu yılki MSO gününe katılamıyorum. Çok üzüldüm, çünkü konular kulübümüz için çok önemli.

Gelecek yılın tarihi belli mi? Ayrıca bu yılki çalışma gruplarının sonuçları (tutanak veya sunumlar) daha sonra gönderilecek mi?

Selamlar
Serkan Tunç
Münster Türk Spor Kulübü"""
    m.head(("From", addr("Serkan Tunç", "serkan.tunc@mail.example", "utf-8")),
           ("To", MSO),
           ("Subject", ew("Gelecek yıl MSO günü ne zaman?", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<CAK8uY1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(text, gmail_html(text), charset="utf-8", cte="base64", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Cancellation, Outlook multipart/alternative windows-1252, quoting the
# confirmation (AG 3, 2 persons) below a Von:/Gesendet: block.

SANDKAEMPER_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum MSO-Tag zurückziehen. Unser Verein hat für den 13. März kurzfristig eine außerordentliche Mitgliederversammlung einberufen, an der wir beide teilnehmen müssen.

Wir wünschen Ihnen eine gelungene Veranstaltung und sind im nächsten Jahr hoffentlich wieder dabei.

Mit freundlichen Grüßen
Ulrike Sandkämper
Deutsch-Polnische Gesellschaft Münster e.V."""


@mail("sandkaemper-cancel-outlook", "2027-03-05 09:40:26",
      E("cancellation", "u.sandkaemper@dpg-muenster.example", "Ulrike Sandkämper",
        "Deutsch-Polnische Gesellschaft Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Sandkämper, Ulrike" <u.sandkaemper@dpg-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbc2Fp9Qz1xW4eR7tY0uI3oP6aS9=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR03MB8123C4B5A6F7E8D9C0B1A2F3E4D5@DU2PR03MB8123.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270129163305.1e9f@muenster.example>"),
           ("References", "<mailbot.20270129163305.1e9f@muenster.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 29. Januar 2027 16:33",
             "Sandkämper, Ulrike <u.sandkaemper@dpg-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Sandkämper", "AG3", 2))
    m.alternative(outlook_plain(SANDKAEMPER_TEXT, quote), outlook_html(SANDKAEMPER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Late registration after the 6 March deadline, no workgroup preference
# ("egal welche Arbeitsgruppe"); "Falls noch ein Platz frei ist" with the
# count given -> registration with [].

@mail("gogoladze-late-any-workgroup", "2027-03-08 18:20:57",
      E("registration", "tamara.gogoladze@mail.example", "Tamara Gogoladze",
        "Georgischer Kulturverein Münster", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Tamara Gogoladze <tamara.gogoladze@mail.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<1773004857.3390.7711@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich habe leider erst jetzt von Ihrem MSO-Tag erfahren, die Anmeldefrist ist schon vorbei. Falls noch ein Platz frei ist, würde ich sehr gern teilnehmen (eine Person) – egal in welcher Arbeitsgruppe, Hauptsache dabei. Wenn nicht, habe ich natürlich Verständnis.

Viele Grüße
Tamara Gogoladze
Georgischer Kulturverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# A speaker sends her slides for the input in workgroup 3 (PDF attached);
# nothing to register, nothing asked -> other (English).

@mail("de-vries-speaker-slides-pdf", "2027-03-10 16:02:44", E("other"), "en")
def _(m):
    m.head(("From", "Marieke de Vries <m.devries@nieuwe-buren.example>"),
           ("To", MSO),
           ("Subject", "Slides for Saturday - workgroup 3 input"),
           ("Date", m.date),
           ("Message-ID", "<0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e@nieuwe-buren.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Dear Ximena,

As promised, attached are my slides for the input in workgroup 3 on
Saturday ("Funding beyond project logic - experiences from Dutch migrant
organisations"). It's 12 slides, about 15 minutes, so there will be
plenty of time for discussion.

I'll bring them on a USB stick as well, just in case. Looking forward to
seeing you in Münster!

Warm regards,
Marieke de Vries
Stichting Nieuwe Buren, Amsterdam
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        ["Funding beyond project logic", "Experiences from Dutch migrant organisations",
         "MSO-Tag Muenster, 13 March 2027 - Workgroup 3", "Marieke de Vries, Stichting Nieuwe Buren"],
        ["1. Why project funding is not enough", "- short cycles, high reporting load",
         "- volunteers burn out", "- core costs are rarely covered"],
        ["2. What helped us", "- multi-year municipal agreements", "- shared back office for small associations",
         "- matched funding with local foundations"],
    ]), "application", "pdf", "deVries_Input_AG3_Muenster.pdf")
    m.multi("mixed", [text, pdf])


# -- 045 ---------------------------------------------------------------------
# Cancellation the day before, replying to the 1-day reminder from Outlook
# for Android (quote without '>' under a Von:/Gesendet: block).

@mail("toure-cancel-reply-to-reminder", "2027-03-12 10:48:32",
      E("cancellation", "ibrahim.toure@mail.example", "Ibrahim Touré", None, [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Ibrahim Touré", "ibrahim.toure@mail.example", "utf-8")),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB2044E7D6C5B4A3F2E1D0C9B8A7F6@GV1P190MB2044.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270312100004.5c8e@muenster.example>"),
           ("References", "<mailbot.20270312100004.5c8e@muenster.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    text = f"""Guten Morgen, leider bin ich krank geworden und kann morgen nicht kommen. Bitte streichen Sie mich. Schade!
Ibrahim Touré

Gesendet von Outlook für Android
________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Friday, March 12, 2027 10:00:04 AM
An: ibrahim.toure@mail.example <ibrahim.toure@mail.example>
Betreff: {REMINDER_SUBJECT}

{reminder("AG2", 1)}"""
    m.alternative(text, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                  + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
                  + "</body></html>\n", charset="utf-8", cte="quoted-printable")


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
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
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


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append("bad workgroups")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not (isinstance(e["email"], str) and e["email"] == e["email"].lower() and "@" in e["email"]):
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append("bad language")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("bad change party_size")
    elif e["party_size"] is not None:
        problems.append("party_size must be null")
    if k == "bounce":
        if not (e["bounced_recipient"] and e["bounced_recipient"] == e["bounced_recipient"].lower()):
            problems.append("bounce needs lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
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
    problems += check_labels(expected)
    # labels agree with the mail
    e = expected
    if e["email"]:
        hdr_addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        plain_texts = "\n".join(p.get_content() for p in leaves(msg)
                                if p.get_content_type() == "text/plain" or p.get_content_type() == "text/html")
        if e["email"] not in hdr_addrs and e["email"] not in plain_texts.lower():
            problems.append("label email not in From/Reply-To/text")
    for f in ("name", "organisation"):
        if e[f] and e[f] not in text:
            problems.append(f"label {f} not written in the mail")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def from_address(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    for k in KINDS:
        row = {t: table[(k, t)] for t in LANGS if table[(k, t)]}
        print(f"  {k:13} {row}")
    print("text languages:", dict(collections.Counter(t for *_, t in built)))
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; compare with the files on disk")
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
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

    senders = collections.Counter(from_address(d) for d in datas)
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
            bad += 1
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails, want 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
