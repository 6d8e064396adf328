#!/usr/bin/env python3
"""Build the "final24d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Klima- und Nachbarschaftstag Gelsenkirchen 2027 (Sat 18 Sep 2027), four
workshops ENERGIE, GARTEN, REPAIR, MOBIL (Workshop 1-4).  See README.md.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes) and that the labels are well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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

KT = "klimatag@gelsenkirchen.example"
KT_NAME = "Klima- und Nachbarschaftstag Gelsenkirchen"
TO_KT = f"{KT_NAME} <{KT}>"
INVITATION_ID = "<einladung-klimatag-2027.20270705093000@gelsenkirchen.example>"
REMINDER_ID = "<erinnerung-klimatag-2027.20270911100004@gelsenkirchen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("ENERGIE", "GARTEN", "REPAIR", "MOBIL")
PERSON_LANGS = ("de", "en", "tr", "ar", "ku", "fa")


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
        msg.set_raw("Delivered-To", KT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=3)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.gelsenkirchen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{KT}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.gelsenkirchen.example"
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


def make_png(width=64, height=40):
    """A small RGB PNG: a workbench - wall, a yellow-and-grey tool rack, table."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 12:
                px = (230, 225, 210)
            elif y < 22:
                px = (240, 190, 40) if (x // 6) % 2 == 0 else (110, 110, 115)
            else:
                px = (150, 100, 55)
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

INVITATION = """Liebe Nachbarinnen und Nachbarn,
liebe Vereine, Initiativen und Interessierte,

wir laden Sie herzlich zum Klima- und Nachbarschaftstag Gelsenkirchen 2027 ein!

Datum: Samstag, 18. September 2027, 10:00 bis 16:00 Uhr
Ort: Wissenschaftspark Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen

Nach der Begrüßung können Sie an einem von vier Workshops teilnehmen:

Workshop 1: Energie sparen im Alltag – Strom, Heizung, Balkonkraftwerk
Workshop 2: Urban Gardening – Hochbeete und Gemeinschaftsgärten im Quartier
Workshop 3: Repair-Café – Reparieren statt Wegwerfen
Workshop 4: Mobil im Quartier – Rad, Lastenrad, Bus und Mitfahren

Mittags gibt es ein gemeinsames Essen (vegetarisch, auf Wunsch vegan). Für
Kinder ab 3 Jahren bieten wir eine Kinderbetreuung an.

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
klimatag@gelsenkirchen.example an. Nennen Sie uns bitte:
- Ihren Namen und ggf. Ihren Verein oder Ihre Initiative,
- den gewünschten Workshop (gern auch einen Zweitwunsch),
- wie viele Erwachsene kommen und wie viele vegane Essen Sie brauchen,
- ob Sie Kinderbetreuung brauchen (Anzahl und Alter der Kinder).

Bringen Sie gern Ihre Nachbarinnen und Nachbarn mit! Wer mit dem Auto kommt
und Plätze frei hat, kann das bei der Anmeldung angeben – wir vermitteln
Mitfahrgelegenheiten. Fahrräder und Lastenräder können im Innenhof
abgestellt werden.

Die Teilnahme ist kostenlos.

Herzliche Grüße
Ihr Team vom Klima- und Nachbarschaftstag
Jana Brandt-Kowalczyk
Stabsstelle Klimaschutz der Stadt Gelsenkirchen"""

INVITATION_SUBJECT = "Einladung: Klima- und Nachbarschaftstag Gelsenkirchen am 18. September"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Klima- und Nachbarschaftstag Gelsenkirchen 2027"
REMINDER_SUBJECT = "Erinnerung: Klima- und Nachbarschaftstag am 18. September"

WS_LINE = {
    "ENERGIE": "Workshop 1 – Energie sparen im Alltag – Strom, Heizung, Balkonkraftwerk",
    "GARTEN": "Workshop 2 – Urban Gardening – Hochbeete und Gemeinschaftsgärten im Quartier",
    "REPAIR": "Workshop 3 – Repair-Café – Reparieren statt Wegwerfen",
    "MOBIL": "Workshop 4 – Mobil im Quartier – Rad, Lastenrad, Bus und Mitfahren",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Klima- und Nachbarschaftstag Gelsenkirchen 2027
am Samstag, 18. September 2027, 10:00 bis 16:00 Uhr, im Wissenschaftspark
Gelsenkirchen, Munscheidstraße 14, 45886 Gelsenkirchen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, weitere Personen anmelden oder absagen?
Antworten Sie einfach auf diese E-Mail.

Herzliche Grüße
Klima- und Nachbarschaftstag Gelsenkirchen
Stabsstelle Klimaschutz der Stadt Gelsenkirchen"""


REMINDER = """Guten Tag,

in einer Woche ist es so weit: Am Samstag, 18. September 2027, findet von
10:00 bis 16:00 Uhr der Klima- und Nachbarschaftstag im Wissenschaftspark
Gelsenkirchen, Munscheidstraße 14, statt. Sie sind angemeldet – wir freuen
uns auf Sie!

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. So können wir Ihren Platz im Workshop und Ihr
Mittagessen an andere weitergeben.

Fahrräder und Lastenräder können Sie im Innenhof abstellen. Die
Kinderbetreuung beginnt um 9:45 Uhr im Erdgeschoss.

Herzliche Grüße
Ihr Team vom Klima- und Nachbarschaftstag"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_KT
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

OUTLOOK_LABELS = {"de": ("Von:", "Gesendet:", "An:", "Betreff:"),
                  "en": ("From:", "Sent:", "To:", "Subject:")}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels="de"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>{lv}</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the attribution and a blockquote."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    attr_dir = "rtl" if rtl else "ltr"
    return (gmail_html(text, rtl).rstrip("\n")
            + f"<br><div class=\"gmail_quote\"><div dir=\"{attr_dir}\" class=\"gmail_attr\">"
            + esc(attribution) + "<br></div>"
            + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
              "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + q + "</blockquote></div>\n")


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
# Thunderbird reply quoting the whole invitation (all four workshops appear in
# the quote); the choice "Workshop 2" and "2 Personen" are in the new text only.
# format=flowed, UTF-8 8bit; "2. Vorsitzender" is an office, not a number.

@mail("podlech-kleingarten-reply-to-invitation", "2027-07-05 14:22:09",
      E("registration", "r.podlech@kgv-bismarck.example", "Reinhard Podlech",
        "Kleingartenverein Gelsenkirchen-Bismarck e.V.", ["GARTEN"], 2, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Podlech <r.podlech@kgv-bismarck.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b7d0e2a-6c1f-4a93-8e25-d1f0b3c7a914@kgv-bismarck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Brandt-Kowalczyk,

danke für die Einladung, da sind wir gerne dabei! Ich melde mich hiermit
für Workshop 2 an. Meine Frau Gabi kommt mit, also 2 Personen. Essen
bitte ganz normal, wir sind beide keine Veganer.

Falls jemand Interesse an Ablegern hat: Wir bringen ein paar Kisten
Erdbeerpflanzen aus unserer Anlage mit.

Gruß
Reinhard Podlech

-- 
Kleingartenverein Gelsenkirchen-Bismarck e.V.
2. Vorsitzender
Tel. 0209 / 17 28 44

Am 05.07.27 um 09:30 schrieb Klima- und Nachbarschaftstag Gelsenkirchen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  Three adults ("ben ve
# iki komşum"); two children for the childcare (5 and 8) are not attendees;
# "2 vegan porsiyon" is a lunch count, not the party size.

DEMIRTAS_TEXT = """Merhaba,

Gelsenkirchen Klima ve Komşuluk Günü'ne (18 Eylül) kayıt olmak istiyoruz.
Enerji tasarrufu atölyesine katılmak istiyoruz – faturalarımız çok yükseldi, balkon güneş paneli (Balkonkraftwerk) konusunu da çok merak ediyoruz.

Üç yetişkin geleceğiz: ben ve iki komşum (Hatice Hanım ve Gülsüm Hanım).
Öğle yemeği için 2 vegan porsiyon lütfen, üçüncüsü normal olabilir.
Ayrıca iki çocuk için çocuk bakımına ihtiyacımız var (5 ve 8 yaşında).

Teşekkürler, görüşmek üzere!
Elif Demirtaş
Gelsenkirchen Türk Kadınları Derneği"""


@mail("demirtas-turkish-neighbours-childcare", "2027-07-06 19:05:33",
      E("registration", "elif.demirtas@mail.example", "Elif Demirtaş",
        "Gelsenkirchen Türk Kadınları Derneği", ["ENERGIE"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Elif Demirtaş", "elif.demirtas@mail.example", "utf-8", "b")),
           ("To", KT),
           ("Subject", ew("Klima günü kayıt – 3 kişi", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAH3kLp9zQ2wX7vB4nM1rT8yU6eS0dF5gJ3hK9aZ2cV4bN7mQ1w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIRTAS_TEXT, gmail_html(DEMIRTAS_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Short iPhone mail; signed only "Sven", so the From display name gives the
# full name.  "alten Toaster" and the emoji are just chat.  UTF-8 QP.

@mail("oberbeck-iphone-repair-cafe", "2027-07-07 07:41:12",
      E("registration", "sven.oberbeck@mail.example", "Sven Oberbeck", None,
        ["REPAIR"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sven Oberbeck <sven.oberbeck@mail.example>"),
           ("To", KT),
           ("Subject", ew("Anmeldung Repair Café", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<A4E1C7B2-3D9F-4F60-8B1A-5C2E7D9F0A36@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
ich komm zum Repair Café und bring meinen alten Toaster mit 😉
1 Person, vegan
Gruß Sven

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable; Latin display name, Arabic signature
# (the name is taken in the script of the signature).  "أنا وجاري" = me and my
# neighbour -> 2; "وجبة نباتية لشخص واحد" is one vegan lunch, not the size.

@mail("alhassan-arabic-windows-1256", "2027-07-08 21:14:50",
      E("registration", "m.alhassan@mail.example", "محمود الحسن",
        "الجمعية السورية الألمانية في غيلزنكيرشن", ["REPAIR"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Al-Hassan <m.alhassan@mail.example>"),
           ("To", KT),
           ("Subject", ew("التسجيل في يوم المناخ", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270708191450.61f2a3@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أود أن أسجل في يوم المناخ والجيرة يوم السبت 18 سبتمبر.
أرغب في المشاركة في ورشة التصليح (Repair-Café)، لأنني أعمل في تصليح الأجهزة الكهربائية وأحب أن أساعد الآخرين.
سأحضر أنا وجاري أبو سامر، أي سنكون شخصين.
نرجو وجبة نباتية (vegan) لشخص واحد.

مع الشكر والتحية،
محمود الحسن
الجمعية السورية الألمانية في غيلزنكيرشن
""", charset="windows-1256", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 QP.  First and second choice by
# title in typographic quotes; three named persons; "zwei freie Plätze" in the
# car are seats for others, not attendees.  Title "Dr." and office on own lines.

HENNING_TEXT = """Sehr geehrte Frau Brandt-Kowalczyk,

für den Bürgerverein Buer-Mitte melde ich drei Personen zum Klima- und Nachbarschaftstag an: Herrn Klaus Wennemer, Frau Sabine Ostrowski und mich.

Unser Wunsch ist der Workshop „Mobil im Quartier“, da wir im Stadtteil gerade ein Leih-Lastenrad auf den Weg bringen. Sollte dieser Workshop voll sein, nehmen wir gerne „Energie sparen im Alltag“.

Wir fahren mit dem Auto ab Rathaus Buer und haben noch zwei freie Plätze. Wer mitfahren möchte, kann sich gern bei mir melden (0209 / 3 61 47 02).

Beim Mittagessen bitte eine vegane Portion einplanen.

Mit freundlichen Grüßen

Dr. Ursula Henning-Pohl
1. Vorsitzende
Bürgerverein Buer-Mitte e.V.
Hochstraße 31 · 45894 Gelsenkirchen"""


@mail("henning-pohl-outlook-html-car-seats", "2027-07-09 08:02:27",
      E("registration", "u.henning-pohl@buergerverein-buer.example", "Ursula Henning-Pohl",
        "Bürgerverein Buer-Mitte e.V.", ["MOBIL", "ENERGIE"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Henning-Pohl, Ursula" <u.henning-pohl@buergerverein-buer.example>'),
           ("To", TO_KT),
           ("Subject", "Anmeldung Klima- und Nachbarschaftstag - Buergerverein Buer-Mitte"),
           ("Thread-Topic", "Anmeldung Klima- und Nachbarschaftstag - Buergerverein Buer-Mitte"),
           ("Thread-Index", "AdrUq3mX0cT2hW9kR5e8bL1yN4vQ7g=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8123F0E1D2C3B4A5968778695A4B@DB9PR04MB8123.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(HENNING_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# English, plain US-ASCII; first and second choice by name; the university she
# works at is not an organisation she comes for.  "Just me" -> 1.

@mail("raghunathan-english-first-second-choice", "2027-07-10 23:48:05",
      E("registration", "priya.raghunathan@mail.example", "Priya Raghunathan", None,
        ["GARTEN", "REPAIR"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@mail.example>"),
           ("To", KT),
           ("Subject", "Registration - Klima- und Nachbarschaftstag"),
           ("Date", m.date),
           ("Message-ID", "<CAMq4Xv8rT1yU3iO5pA7sD9fG1hJ3kL5zX7cV9bN1mQ3wE5rT7y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I'd like to sign up for the Klima- und Nachbarschaftstag on 18 September.
I'm doing my PhD at the Westfaelische Hochschule and live in Ueckendorf,
where a few of us have started talking about a community garden in our
backyard.

So my first choice would be the Urban Gardening workshop, and if that's
full, the Repair Cafe.

It's just me. Vegan lunch please!

Thanks a lot,
Priya Raghunathan
""", charset="us-ascii", cte="7bit")


# -- 007 ---------------------------------------------------------------------
# Kurmanji (Kurmancî), iso-8859-9 quoted-printable (ê î û ç ş), Thunderbird.
# "ez û cîrana min" = me and my neighbour -> 2; the daughter (6) is for the
# childcare.  Workshop named as "Workshop 2, Urban Gardening" in brackets.

@mail("aslan-kurmanji-iso-8859-9", "2027-07-12 16:30:44",
      E("registration", "rojda.aslan@mail.example", "Rojda Aslan",
        "Kurdisches Kulturzentrum Gelsenkirchen e.V.", ["GARTEN"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("To", KT),
           ("Subject", ew("Qeyd ji bo Roja Avhewa û Cîrantiyê", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<7e3a9c15-b2d4-4f80-a6e1-0c9d8b7a6f52@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez dixwazim xwe ji bo Roja Avhewa û Cîrantiyê ya 18ê Îlonê qeyd bikim.
Ez dixwazim beşdarî kargeha baxçevaniyê bibim (Workshop 2, Urban Gardening). Li taxa me baxçeyekî hevbeş heye û em dixwazin gelek tiştan hîn bibin.

Em ê du kes bin: ez û cîrana min Gulistan.
Ji bo keça min (6 salî) lênêrîna zarokan pêwîst e.
Xwarin: her du jî vejeteryan, ne vegan.

Spas û silav
Rojda Aslan
Kurdisches Kulturzentrum Gelsenkirchen e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Registration with a question (car-pooling, bus); Samsung phone mail.  "mich
# und meine zwei Nachbarinnen" = 3; "3 x normal" agrees.

@mail("marquardt-samsung-neighbours-no-car", "2027-07-13 11:18:09",
      E("registration", "gisela.marquardt@mail.example", "Gisela Marquardt", None,
        ["REPAIR"], 3, "de"), "de")
def _(m):
    m.head(("From", "Gisela Marquardt <gisela.marquardt@mail.example>"),
           ("To", KT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k2r8v5.1783934289.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich und meine zwei Nachbarinnen (Frau Böhm und Frau Kessler) für den Klimatag anmelden. Wir wollen alle drei ins Repair Café, Frau Böhm hat einen Wasserkocher, der nicht mehr heizt.

Wir haben kein Auto. Gibt es eine Mitfahrgelegenheit ab Ückendorf oder fährt ein Bus bis vor die Tür?

Essen: 3 x normal

Mit freundlichen Grüßen
Gisela Marquardt

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Farsi, Gmail alternative with right-to-left HTML, UTF-8 base64.  Ordinal
# words "کارگاه اول" (first) and "کارگاه چهارم" (fourth) as first and second
# choice; the party size in a Persian digit (۲ نفر).  Name from the signature.

REZAEI_TEXT = """سلام و وقت بخیر،

من و همسرم می‌خواهیم در روز اقلیم و همسایگی در گلزنکیرشن شرکت کنیم.
کارگاه اول (صرفه‌جویی انرژی) را انتخاب می‌کنیم؛ اگر جا نبود، کارگاه چهارم (دوچرخه و حمل‌ونقل).
ما ۲ نفر هستیم. لطفاً یک غذای وگن برای من در نظر بگیرید.

با سپاس
مریم رضایی"""


@mail("rezaei-farsi-ordinals-persian-digit", "2027-07-14 20:55:31",
      E("registration", "maryam.rezaei@mail.example", "مریم رضایی", None,
        ["ENERGIE", "MOBIL"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rezaei <maryam.rezaei@mail.example>"),
           ("To", KT),
           ("Subject", "ثبت‌نام روز اقلیم"),
           ("Date", m.date),
           ("Message-ID", "<CAOp7Rz2sV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4b@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAEI_TEXT, gmail_html(REZAEI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# A neighbour forwards an older lady's registration (web.de-style forward) and
# asks to confirm to her address: name and email are hers, not the forwarder's.
# She comes with her neighbour Herr Yilmaz -> 2.  No organisation.

@mail("wolter-forwards-sadowski", "2027-07-18 09:12:40",
      E("registration", "erika.sadowski@web-mail.example", "Erika Sadowski", None,
        ["ENERGIE"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hans-Juergen Wolter <hj.wolter@web-mail.example>"),
           ("To", KT),
           ("Subject", "WG: Anmeldung Klimatag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f8b6d41-9c3e-4a17-b5d0-e6a1c4f7b928-1784358760112@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Klimatag-Team,

meine Nachbarin Frau Sadowski hat mich gebeten, sie bei Ihnen anzumelden – sie kennt sich mit dem Internet nicht so aus. Ich leite Ihnen ihre Mail unten weiter. Bitte schicken Sie die Bestätigung direkt an Frau Sadowski: erika.sadowski@web-mail.example

Viele Grüße
Hans-Jürgen Wolter


-------- Weitergeleitete Nachricht --------
Betreff: Anmeldung Klimatag
Datum: Sat, 17 Jul 2027 18:22:10 +0200
Von: Erika Sadowski <erika.sadowski@web-mail.example>
An: Hans-Jürgen Wolter <hj.wolter@web-mail.example>


Lieber Herr Wolter,

können Sie mich bitte für den Klimatag anmelden? Ich möchte gern zum Workshop "Energie sparen", weil meine Heizkostenabrechnung dieses Jahr so hoch war. Mein Nachbar Herr Yilmaz kommt auch mit, also zwei Personen. Essen ganz normal.

Herzlichen Dank und liebe Grüße
Erika Sadowski
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Turkish, iso-8859-9 8bit, Thunderbird.  "4. atölye" (ordinal) with the German
# title; "arabada 3 boş yer var" = 3 free seats in the car, not attendees;
# "eşimle birlikte ... 2 kişiyiz" -> 2.  Name RFC 2047 in iso-8859-9.

@mail("ozturk-turkish-iso-8859-9-free-seats", "2027-07-19 18:37:22",
      E("registration", "kemal.ozturk@mail.example", "Kemal Öztürk", None,
        ["MOBIL"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Kemal Öztürk", "kemal.ozturk@mail.example", "iso-8859-9", "q")),
           ("To", KT),
           ("Subject", ew("18 Eylül kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<5c0e8a71-3f2b-4d96-9a14-e7b3c6d2f081@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba Brandt-Kowalczyk Hanım,

18 Eylül'deki etkinliğe eşimle birlikte gelmek istiyoruz, yani 2 kişiyiz.
Bizi 4. atölyeye (Mobil im Quartier) yazabilir misiniz? Kargo bisikleti (Lastenrad) almayı düşünüyoruz.

Horst'tan arabayla geleceğiz, arabada 3 boş yer var. Mitfahrgelegenheit arayan olursa memnuniyetle alırız.
Yemek: ikimiz de normal yiyoruz.

Selamlar
Kemal Öztürk
""", charset="iso-8859-9", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252 QP.  Parents' council of a Kita:
# 4 adults, childcare for 3 children (3, 4 and 6), lunch 2 vegan + 2 veggie.
# The running text has the inflected "des Familienzentrums"; the sign-off has
# the base form, which is the label.

WILMS_TEXT = """Liebes Team vom Klimatag,

wir vom Elternrat des Familienzentrums Regenbogen in Hassel möchten uns anmelden. Wir planen im Kita-Garten Hochbeete mit den Kindern und suchen Ideen – deshalb Workshop 2 (Urban Gardening).

Wir kommen mit 4 Erwachsenen. Kinderbetreuung brauchen wir für 3 Kinder (3, 4 und 6 Jahre).
Essen: 2 x vegan, 2 x vegetarisch.

Viele Grüße
Katharina Wilms
für den Elternrat Familienzentrum Regenbogen"""


@mail("wilms-elternrat-outlook-alternative", "2027-07-20 13:06:55",
      E("registration", "katharina.wilms@mail.example", "Katharina Wilms",
        "Elternrat Familienzentrum Regenbogen", ["GARTEN"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Katharina Wilms <katharina.wilms@mail.example>"),
           ("To", KT),
           ("Subject", "Anmeldung Elternrat Regenbogen"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR07MB7612A0B1C2D3E4F5A6B7C8D9E0F1@AS8PR07MB7612.eurprd07.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WILMS_TEXT), outlook_html(WILMS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# English, plain US-ASCII; "workshop no. 3"; "bring two neighbours ... so we
# are three people".

@mail("asante-boateng-english-workshop-no3", "2027-07-21 17:29:14",
      E("registration", "kwame.asante@ghana-union-ge.example", "Kwame Asante-Boateng",
        "Ghana Union Gelsenkirchen", ["REPAIR"], 3, "en"), "en")
def _(m):
    m.head(("From", "Kwame Asante-Boateng <kwame.asante@ghana-union-ge.example>"),
           ("To", KT),
           ("Subject", "Registration Repair Cafe 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<000b01dbda51$7c2e1f40$748a5dc0$@ghana-union-ge.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I would like to register for workshop no. 3 (Repair Cafe). I will bring
two neighbours from our building in Schalke, so we are three people.
One of them is vegan. We don't need childcare.

Kind regards,
Kwame Asante-Boateng
Ghana Union Gelsenkirchen
""", charset="us-ascii", cte="7bit")


# -- 014 ---------------------------------------------------------------------
# Change of workshop (Energie -> Mobil im Quartier), GMX-style quote of the
# confirmation that names Workshop 1.  The old workshop is also named in the
# new text.  "Unser Hausprojekt" is no organisation name.

@mail("behrendt-change-energie-to-mobil", "2027-07-22 08:51:36",
      E("change", "t.behrendt@gmx-mail.example", "Torsten Behrendt", None,
        ["MOBIL"], None, "de"), "de")
def _(m):
    m.head(("From", "Torsten Behrendt <t.behrendt@gmx-mail.example>"),
           ("To", TO_KT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-c81d3e57-4a2f-49b0-8e6c-1d7f0a9b3e24-1784710296331@3c-app-gmx-bs58>"),
           ("In-Reply-To", "<mailbot.20270712190311.3f1c@gelsenkirchen.example>"),
           ("References", "<mailbot.20270712190311.3f1c@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

können Sie mich bitte vom Workshop Energie sparen in den Workshop Mobil im Quartier umbuchen? Unser Hausprojekt will sich ein Lastenrad teilen, da passt das besser.

Danke und Gruß
Torsten Behrendt


Gesendet: Montag, 12. Juli 2027 um 19:03 Uhr
Von: "{KT_NAME}" <{KT}>
An: t.behrendt@gmx-mail.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Herr Behrendt", "ENERGIE", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Arabic, Gmail alternative (RTL), UTF-8 QP; registration plus a question
# (halal food).  "ثلاث نساء" = three women; the children's ages are
# Arabic-Indic digits (٤ و٧).  Organisation only in Arabic.

ALKHATIB_TEXT = """مرحباً،

نحن من جمعية المرأة العربية في غيلزنكيرشن، ونرغب في التسجيل في ورشة الزراعة الحضرية (Urban Gardening).
سنحضر ثلاث نساء من الجمعية.
نحتاج إلى رعاية أطفال لطفلين، عمرهما ٤ و٧ سنوات.

سؤال: هل الطعام حلال؟ إذا لم يكن كذلك، نرجو ثلاث وجبات نباتية.

شكراً جزيلاً
سناء الخطيب
جمعية المرأة العربية في غيلزنكيرشن"""


@mail("alkhatib-arabic-women-gardening-halal", "2027-07-23 15:44:02",
      E("registration", "sanaa.alkhatib@mail.example", "سناء الخطيب",
        "جمعية المرأة العربية في غيلزنكيرشن", ["GARTEN"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "سناء الخطيب <sanaa.alkhatib@mail.example>"),
           ("To", KT),
           ("Subject", "تسجيل - ورشة الزراعة"),
           ("Date", m.date),
           ("Message-ID", "<CAGm5Tz8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0i@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALKHATIB_TEXT, gmail_html(ALKHATIB_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# web.de, iso-8859-1 QP.  Cycling initiative, "Workshop 4", four named people
# (Anna, Mehmet, Paul "und ich") -> 4; registration plus a question about
# bringing cargo bikes.  "4 x vegan" is lunch.

@mail("terhorst-fahrradinitiative-iso-8859-1", "2027-07-25 10:20:48",
      E("registration", "jonas.terhorst@web-mail.example", "Jonas Terhorst",
        "Fahrradinitiative Gelsenkirchen-Süd", ["MOBIL"], 4, "de"), "de")
def _(m):
    m.head(("From", "Jonas Terhorst <jonas.terhorst@web-mail.example>"),
           ("To", KT),
           ("Subject", "Anmeldung Workshop 4 (Fahrradinitiative)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6a2f1e9d-0b5c-4d38-a7e4-93c1f8d0b2a6-1784967648205@3c-app-webde-bap07>"),
           ("MIME-Version", "1.0"))
    m.single("""Moin zusammen,

wir von der Fahrradinitiative Gelsenkirchen-Süd melden uns für Workshop 4 an - logisch ;-)
Wir sind zu viert: Anna Richter, Mehmet Ceylan, Paul Wiegand und ich.

Wir würden gern zwei Lastenräder zum Probefahren mitbringen. Ist das ok, und dürfen wir die im Innenhof aufstellen?

Essen: 4 x vegan

Beste Grüße
Jonas Terhorst
Fahrradinitiative Gelsenkirchen-Süd
""", charset="iso-8859-1", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Kurmanji with the German workshop name, from an iPhone with a German
# interface (German "Von meinem iPhone gesendet"); UTF-8 8bit.  "Ez ê bi tenê
# werim" = I will come alone -> 1.

@mail("kaya-kurmanji-iphone-alone", "2027-07-26 22:03:17",
      E("registration", "dilan.kaya@mail.example", "Dilan Kaya", None,
        ["ENERGIE"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Dilan <dilan.kaya@mail.example>"),
           ("To", KT),
           ("Subject", "Workshop 1"),
           ("Date", m.date),
           ("Message-ID", "<0D8C2F6B-71A4-4E39-B5D2-9F1E3A7C4B80@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,
navê min Dilan Kaya ye, ez li Bismarckê dijîm. Ez dixwazim beşdarî Workshop 1 "Energie sparen" bibim. Ez ê bi tenê werim.
Ji kerema xwe xwarina vegan ji bo min.
Spas!
Dilan

Von meinem iPhone gesendet""", charset="utf-8", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Question before registering (accessibility, parking); names a workshop and
# her mother but registers no one yet.

@mail("rybarczyk-question-wheelchair", "2027-07-27 09:35:29",
      E("question", "monika.rybarczyk@mail.example", "Monika Rybarczyk", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Monika Rybarczyk <monika.rybarczyk@mail.example>"),
           ("To", KT),
           ("Subject", "Frage Barrierefreiheit"),
           ("Date", m.date),
           ("Message-ID", "<b91f4c0e-27a8-4d53-8e6b-c0a5d7f2e139@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

meine Mutter (84) sitzt im Rollstuhl und würde gern mit mir zum Klimatag kommen, am liebsten ins Repair-Café. Bevor ich uns anmelde: Ist der Wissenschaftspark barrierefrei, und gibt es dort eine rollstuhlgerechte Toilette? Gibt es Behindertenparkplätze direkt am Eingang?

Vielen Dank für eine kurze Rückmeldung!

Monika Rybarczyk
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# HTML only from a webmailer (one <div> per line), UTF-8 base64.  Mosque
# community, 5 persons; "3 Plätze frei" in two cars are seats for others;
# "Vorstand," before the organisation on the same line is an office.

GULER_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns von der Islamischen Gemeinde Gelsenkirchen-Hassel e.V. mit 5 Personen an.
Wir interessieren uns für den Workshop "Energie sparen im Alltag", weil die Heizkosten für unser Gemeindehaus stark gestiegen sind.

Essen: bitte alles vegetarisch (kein Schweinefleisch), vegan ist nicht nötig.
Wir kommen mit zwei Autos und hätten noch 3 Plätze frei, falls jemand aus Hassel oder Scholven mitfahren möchte.

Mit freundlichen Grüßen
Mustafa Güler
Vorstand, Islamische Gemeinde Gelsenkirchen-Hassel e.V."""


@mail("guler-moschee-html-only-two-cars", "2027-07-28 17:12:03",
      E("registration", "m.gueler@igg-hassel.example", "Mustafa Güler",
        "Islamische Gemeinde Gelsenkirchen-Hassel e.V.", ["ENERGIE"], 5, "de"), "de")
def _(m):
    m.head(("From", "Mustafa Güler <m.gueler@igg-hassel.example>"),
           ("To", KT),
           ("Subject", "Anmeldung 5 Personen"),
           ("Date", m.date),
           ("Message-ID", "<1785251523.320991.4410@webmail.igg-hassel.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(GULER_TEXT, "font-family: Arial, sans-serif;font-size: 10pt;"),
             subtype="html", charset="utf-8", cte="base64")


# -- 020 ---------------------------------------------------------------------
# German from a learner ("kommen zu Workshop Reparieren", "mit meine Frau");
# 2 adults, 2 children for the childcare.  Lower-case subject.

@mail("nouri-learner-german-repair", "2027-07-30 12:47:51",
      E("registration", "ahmad.nouri@mail.example", "Ahmad Nouri", None,
        ["REPAIR"], 2, "de"), "de")
def _(m):
    m.head(("From", "ahmad nouri <ahmad.nouri@mail.example>"),
           ("To", KT),
           ("Subject", "anmeldung workshop"),
           ("Date", m.date),
           ("Message-ID", "<CAL2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Ahmad Nouri und ich wohne in Gelsenkirchen Schalke. Ich möchte gerne kommen zu Workshop Reparieren (Repair Cafe). Ich war Elektriker in Afghanistan, vielleicht ich kann auch helfen.
Ich komme mit meine Frau, wir sind 2 Personen. Unsere 2 Kinder brauchen Betreuung, sie sind 3 und 5 Jahre.
Essen bitte kein Schwein.

Vielen Dank
Ahmad Nouri
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# English question (language of the workshops); "If yes, I would love to
# come" is no registration yet.

@mail("adeyemi-english-question-language", "2027-08-02 19:26:38",
      E("question", "seun.adeyemi@mail.example", "Oluwaseun Adeyemi", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Seun Adeyemi <seun.adeyemi@mail.example>"),
           ("To", KT),
           ("Subject", "Question about language"),
           ("Date", m.date),
           ("Message-ID", "<1785691598.2207154.1785691598331@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22544 YMailNorrin"),
           ("MIME-Version", "1.0"))
    text = """Dear organisers,

I saw the poster for the Klima- und Nachbarschaftstag at the library. Will the workshops be held only in German? My German is still basic (A2) and I wonder if I could follow the gardening workshop. Is there someone who could translate into English?

If yes, I would love to come.

Best,
Oluwaseun Adeyemi"""
    m.alternative(text, div_html(text, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="7bit")


# -- 022 ---------------------------------------------------------------------
# Sent from the association's shared mailbox with a personal Reply-To, which
# is the address to confirm to (she also asks for it).  "Urban-Gardening-
# Workshop, alternativ Energie sparen"; she and the treasurer -> 2.

@mail("nowak-shared-mailbox-reply-to", "2027-08-03 11:09:14",
      E("registration", "birgit.nowak@mail.example", "Birgit Nowak",
        "Nachbarschaftsverein Rotthausen e.V.", ["GARTEN", "ENERGIE"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nachbarschaftsverein Rotthausen <info@nachbarschaft-rotthausen.example>"),
           ("Reply-To", "Birgit Nowak <birgit.nowak@mail.example>"),
           ("To", KT),
           ("Subject", "Anmeldung Nachbarschaftsverein Rotthausen"),
           ("Date", m.date),
           ("Message-ID", "<f3a8d2c6-0e71-4b95-a4c8-5d1b9e7f2a03@nachbarschaft-rotthausen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

für den Nachbarschaftsverein Rotthausen e.V. melden sich unser Kassierer Uwe Brzezinski und ich an. Wir möchten gern in den Urban-Gardening-Workshop, alternativ Energie sparen.

Bitte schicken Sie die Bestätigung an meine eigene Adresse, das Vereinspostfach lese ich nicht regelmäßig.

Essen: 1 x vegan, 1 x normal.

Viele Grüße
Birgit Nowak
Nachbarschaftsverein Rotthausen e.V.
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Turkish change of party size (2 -> 4, two more neighbours), iPhone reply
# quoting the confirmation (Workshop 2, 2 persons) with the Turkish iOS
# attribution.  "Atölye aynı kalsın" = the workshop stays -> workgroups [].

@mail("arslan-turkish-change-two-more-neighbours", "2027-08-04 08:15:27",
      E("change", "zeynep.arslan@mail.example", "Zeynep Arslan", None,
        [], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Arslan <zeynep.arslan@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9B4E2D7A-1C6F-4083-A5E9-7D2B0C8F1E46@mail.example>"),
           ("In-Reply-To", "<mailbot.20270714110207.8a2e@gelsenkirchen.example>"),
           ("References", "<mailbot.20270714110207.8a2e@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydımızı 2 kişiden 4 kişiye çıkarabilir misiniz? İki komşum da gelmek istiyor (Songül ve Ayten). Atölye aynı kalsın, bahçe atölyesi.
İkisi de vegan yiyor.

Teşekkürler
Zeynep Arslan

iPhone'umdan gönderildi

> 14 Tem 2027 tarihinde 11:02 saatinde, {KT_NAME} <{KT}> şunu yazdı:
>
{gt_quote(confirmation("Frau Arslan", "GARTEN", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Farsi, UTF-8 QP, webmail alternative.  "کافهٔ تعمیر (Repair-Café)"; "سه نفر"
# = three persons; "دو جای خالی در ماشین" = two free seats.  Organisation only
# in Persian; the name from the Persian signature.

KAZEMI_TEXT = """سلام،

ما از انجمن فرهنگی ایرانیان گلزنکیرشن هستیم و می‌خواهیم در کارگاه «کافهٔ تعمیر» (Repair-Café) شرکت کنیم.
سه نفر هستیم. یکی از ما غذای وگن می‌خواهد.
ما با ماشین از بوئر می‌آییم و دو جای خالی در ماشین داریم؛ اگر کسی از آن طرف می‌آید، خوشحال می‌شویم او را هم بیاوریم.

با احترام
بهرام کاظمی
انجمن فرهنگی ایرانیان گلزنکیرشن"""


@mail("kazemi-farsi-repair-free-seats", "2027-08-05 20:31:49",
      E("registration", "bahram.kazemi@mail.example", "بهرام کاظمی",
        "انجمن فرهنگی ایرانیان گلزنکیرشن", ["REPAIR"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Bahram Kazemi <bahram.kazemi@mail.example>"),
           ("To", KT),
           ("Subject", ew("ثبت‌نام کارگاه تعمیر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1785954709.118204.3381@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KAZEMI_TEXT, div_html(KAZEMI_TEXT, "direction: rtl; font-family: Tahoma;"),
                  charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Exchange out-of-office to a confirmation (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), Outlook alternative, windows-1252 QP.

SCHULTE_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20. August 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Kundencenter, Tel. 0209 / 95 44-0.

Mit freundlichen Grüßen
Ines Schulte-Rinke
Quartiersmanagement"""


@mail("schulte-rinke-exchange-out-of-office", "2027-08-06 12:20:10",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Schulte-Rinke, Ines" <i.schulte-rinke@ggw-wohnen.example>'),
           ("To", TO_KT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb7x2Lk4m9Pq0Rs1Tu2Vw3Xy4Z5a=="),
           ("Date", m.date),
           ("Message-ID", "<5a1c9e7b3d2f4086@EXCH02.ggw-wohnen.example>"),
           ("In-Reply-To", "<mailbot.20270806142007.b41d@gelsenkirchen.example>"),
           ("References", "<mailbot.20270806142007.b41d@gelsenkirchen.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SCHULTE_OOF), outlook_html(SCHULTE_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Apple Mail, multipart/mixed (alternative + PNG photo).  The organisation's
# name contains a workshop alias ("Repair-Café Buer"); "jeden 1. Samstag" in
# the signature is no workshop number; "zu zweit" -> 2.

KAMINSKI_TEXT = """Hallo Klimatag-Team,

wir vom Repair-Café Buer machen gerne beim Workshop 3 mit und bringen unsere Erfahrung ein. Wir sind zu zweit (Renate Pieper und ich) und bringen Werkzeug und zwei Lötstationen mit. Einen Tisch mit Steckdose bräuchten wir.

Im Anhang ein Foto von unserem letzten Reparaturtag, falls Sie es fürs Programm brauchen.

Herzliche Grüße
Dieter Kaminski

Repair-Café Buer
jeden 1. Samstag im Monat, Gemeindehaus St. Urbanus"""


@mail("kaminski-repair-cafe-buer-photo", "2027-08-09 09:58:41",
      E("registration", "d.kaminski@repaircafe-buer.example", "Dieter Kaminski",
        "Repair-Café Buer", ["REPAIR"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dieter Kaminski <d.kaminski@repaircafe-buer.example>"),
           ("Subject", "Anmeldung Repair-Café Buer"),
           ("Message-Id", "<C3F7A1E9-58B2-4D06-9E4A-1B7D3C0F8E25@repaircafe-buer.example>"),
           ("Date", m.date),
           ("To", KT),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    alt = m.alternative(KAMINSKI_TEXT, apple_html(KAMINSKI_TEXT), charset="utf-8",
                        cte="quoted-printable", style="apple", top=False)
    png = m.binary(make_png(), "image", "png", "Reparaturtag_Juni.png")
    m.multi("mixed", [alt, png], style="apple")


# -- 027 ---------------------------------------------------------------------
# Arabic cancellation, Gmail with an Arabic interface: attribution line in
# Arabic above the quoted confirmation (Workshop 1, 1 person).

HADDAD_TEXT = """مرحباً،

للأسف لن أتمكن من الحضور يوم 18 سبتمبر بسبب سفر عائلي مفاجئ. أرجو إلغاء تسجيلي.
أتمنى لكم يوماً ناجحاً.

مع التحية
يوسف حداد"""
HADDAD_ATTR = f"في الخميس، 22 يوليو 2027 في 6:40 م، كتب {KT_NAME} <{KT}>:"
HADDAD_CONF = confirmation("Herr Haddad", "ENERGIE", 1)


@mail("haddad-arabic-cancellation-gmail", "2027-08-11 21:17:30",
      E("cancellation", "youssef.haddad@mail.example", "يوسف حداد", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Youssef Haddad <youssef.haddad@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270722184012.c7e0@gelsenkirchen.example>"),
           ("References", "<mailbot.20270722184012.c7e0@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{HADDAD_TEXT}\n\n{HADDAD_ATTR}\n\n{gt_quote(HADDAD_CONF)}\n"
    m.alternative(plain, gmail_reply_html(HADDAD_TEXT, HADDAD_ATTR, HADDAD_CONF, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# All lower case, Yahoo-like webmail, UTF-8 QP.  "garten-workshop (nr. 2)";
# 2 adults + 2 children for the childcare; they come by cargo bike (a
# mobility word that is not their choice).  The name is kept in lower case.

@mail("schrader-lowercase-family-cargo-bike", "2027-08-12 22:45:19",
      E("registration", "familie.schrader@mail.example", "anja schrader", None,
        ["GARTEN"], 2, "de"), "de")
def _(m):
    m.head(("From", "familie.schrader@mail.example"),
           ("To", KT),
           ("Subject", "klimatag"),
           ("Date", m.date),
           ("Message-ID", "<1786567519.998123.1786567519774@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22544 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""hallo,

wir sind familie schrader aus erle und möchten gern zum klimatag kommen. wir nehmen den garten-workshop (nr. 2).
2 erwachsene, dazu 2 kinder für die kinderbetreuung (4 und 6).
essen für uns 2 erwachsene vegetarisch, die kinder essen was es gibt :)
wir kommen mit dem lastenrad, die kinder vorne drin.

lg anja schrader
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English change (gardening -> Repair Café, and 1 -> 2 persons), Outlook
# alternative with the English "From:/Sent:/To:/Subject:" block above the
# quoted German confirmation (Workshop 2, 1 person).

MCALLISTER_TEXT = """Hello,

Could you please move my registration from the gardening workshop to the Repair Café? My husband Ian wants to come too, so we will be 2 people. Vegetarian lunch for both, please.

Many thanks,
Helen McAllister"""


@mail("mcallister-english-change-outlook", "2027-08-16 05:55:03",
      E("change", "helen.mcallister@mail.example", "Helen McAllister", None,
        ["REPAIR"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Helen McAllister <helen.mcallister@mail.example>"),
           ("To", TO_KT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9k1Xr7Ew2TyZc4Pq8Lm6NnB0vAAb3uKw"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR02MB7341C6D5E4F3A2B1C0D9E8F7A6B5@PAXPR02MB7341.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270721084702.9d5b@gelsenkirchen.example>"),
           ("References", "<mailbot.20270721084702.9d5b@gelsenkirchen.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_KT, "Wednesday, July 21, 2027 8:47 AM",
             "Helen McAllister <helen.mcallister@mail.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau McAllister", "GARTEN", 1))
    m.alternative(outlook_plain(MCALLISTER_TEXT, quote, "en"),
                  outlook_html(MCALLISTER_TEXT, quote, "en"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Kurmanji change (Workshop 1 -> Repair-Café / Workshop 3), Gmail with a German
# interface.  The old workshop is named in the new text; "Ez ê dîsa bi tenê
# werim" (still alone) changes no number -> party_size null.

DOGAN_TEXT = """Silav,

min xwe ji bo Workshop 1 (Energie sparen) qeyd kiribû. Ez dixwazim kargehê biguherînim: ji kerema xwe min bixin Repair-Café (Workshop 3). Ez ê dîsa bi tenê werim.

Gelek spas
Serhat Doğan"""
DOGAN_ATTR = f"Am Mo., 26. Juli 2027 um 09:12 Uhr schrieb {KT_NAME} <{KT}>:"
DOGAN_CONF = confirmation("Herr Doğan", "ENERGIE", 1)


@mail("dogan-kurmanji-change-to-repair", "2027-08-17 13:22:46",
      E("change", "serhat.dogan@mail.example", "Serhat Doğan", None,
        ["REPAIR"], None, "ku"), "ku")
def _(m):
    m.head(("From", "Serhat Doğan <serhat.dogan@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD4fG7hJ0kL3zX6cV9bN2mQ5wE8rT1yU4iO7pA0sD3fG6hJ9kL@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270726091205.e2a8@gelsenkirchen.example>"),
           ("References", "<mailbot.20270726091205.e2a8@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{DOGAN_TEXT}\n\n{DOGAN_ATTR}\n\n{gt_quote(DOGAN_CONF)}\n"
    m.alternative(plain, gmail_reply_html(DOGAN_TEXT, DOGAN_ATTR, DOGAN_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Cancellation, plain-text Outlook with "-----Ursprüngliche Nachricht-----"
# above the quoted confirmation (Workshop 1, 2 persons); windows-1252 QP.

@mail("lindemann-cancel-outlook-plain", "2027-08-19 14:04:11",
      E("cancellation", "p.lindemann@mail.example", "Petra Lindemann", None,
        [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Lindemann, Petra" <p.lindemann@mail.example>'),
           ("To", TO_KT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001c01dbf0f2$4e8a2b10$eb9e8130$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270716104108.4b9f@gelsenkirchen.example>"),
           ("References", "<mailbot.20270716104108.4b9f@gelsenkirchen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrtes Organisationsteam,

leider müssen mein Mann und ich unsere Anmeldung zurückziehen. Am 18. September ist nun doch die Hochzeit meiner Nichte in Münster, das hatten wir bei der Anmeldung nicht auf dem Schirm.

Wir wünschen Ihnen einen schönen Tag!

Freundliche Grüße
Petra Lindemann

-----Ursprüngliche Nachricht-----
Von: {TO_KT}
Gesendet: Freitag, 16. Juli 2027 10:41
An: Lindemann, Petra <p.lindemann@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Lindemann", "ENERGIE", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Turkish carrying the sentences with German workshop words ("Workshop 1
# Energie sparen", "Mobilität"); first and second choice; Samsung in Turkish.

@mail("kilic-turkish-german-words-two-choices", "2027-08-20 18:50:37",
      E("registration", "h.kilic@alevi-ge.example", "Hüseyin Kılıç",
        "Alevi Kültür Merkezi Gelsenkirchen e.V.", ["ENERGIE", "MOBIL"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hüseyin Kılıç", "h.kilic@alevi-ge.example", "utf-8", "b")),
           ("To", KT),
           ("Subject", "Nachbarschaftstag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<p7w3z1.1787251837.samsung@alevi-ge.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Nachbarschaftstag için kayıt olmak istiyorum. Birinci tercihim Workshop 1 Energie sparen, ikinci tercihim Mobilität.
1 kişi, sadece ben. Vegan yemek lütfen.

Saygılarımla
Hüseyin Kılıç
Alevi Kültür Merkezi Gelsenkirchen e.V.

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Arabic, windows-1256 8bit, no MIME frills.  "أنا وزوجي وجارتنا" and "نحن
# ثلاثة أشخاص" -> 3; "ورشة توفير الطاقة" = the energy-saving workshop.

@mail("mansour-arabic-windows-1256-8bit", "2027-08-23 12:11:28",
      E("registration", "rana.mansour@mail.example", "رنا منصور", None,
        ["ENERGIE"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("رنا منصور", "rana.mansour@mail.example", "windows-1256", "b")),
           ("To", KT),
           ("Subject", ew("ورشة توفير الطاقة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270823101128.5d7c19@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

أنا وزوجي وجارتنا أم علي نريد التسجيل في ورشة توفير الطاقة يوم 18 سبتمبر.
نحن ثلاثة أشخاص. الطعام: واحد نباتي (vegan) واثنان عادي.
لا نحتاج إلى رعاية أطفال.

شكرا
رنا منصور
""", charset="windows-1256", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change of party size only (3 -> 2, a neighbour broke his foot), Thunderbird
# reply quoting the confirmation (Workshop 4, 3 persons).  "Am Workshop
# ändert sich nichts" -> workgroups [].

@mail("przybilla-change-three-to-two", "2027-08-24 20:02:15",
      E("change", "w.przybilla@mail.example", "Wolfgang Przybilla", None,
        [], 2, "de"), "de")
def _(m):
    m.head(("From", "Wolfgang Przybilla <w.przybilla@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0a7e3f19-c4b2-48d6-9e51-2f8d6c0b7a34@mail.example>"),
           ("In-Reply-To", "<mailbot.20270802162014.71c3@gelsenkirchen.example>"),
           ("References", "<mailbot.20270802162014.71c3@gelsenkirchen.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung: Mein Nachbar Herr Lukowski hat sich den Fuß gebrochen und kann nicht mitkommen. Wir sind also nur noch zu zweit statt zu dritt. Seine vegane Portion können Sie streichen.
Am Workshop ändert sich nichts.

Gruß
Wolfgang Przybilla

Am 02.08.27 um 16:20 schrieb {KT_NAME}:
{gt_quote(confirmation("Herr Przybilla", "MOBIL", 3))}
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Farsi question: childcare for a two-year-old; she would register only if
# yes ("اگر بله، ... ثبت‌نام می‌کنیم") -> question.  UTF-8 base64, Gmail.

AHMADI_TEXT = """سلام،

من مادر یک دختر دو ساله هستم. در دعوت‌نامه نوشته شده که مراقبت از کودک برای بچه‌های بالای ۳ سال است. آیا برای کودکان کوچک‌تر هم امکانی دارید؟
اگر بله، من و همسرم برای کارگاه باغبانی ثبت‌نام می‌کنیم.

ممنون
نازنین احمدی"""


@mail("ahmadi-farsi-question-childcare-under-3", "2027-08-26 10:39:50",
      E("question", "nazanin.ahmadi@mail.example", "نازنین احمدی", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Nazanin Ahmadi <nazanin.ahmadi@mail.example>"),
           ("To", KT),
           ("Subject", "سوال درباره مراقبت از کودک"),
           ("Date", m.date),
           ("Message-ID", "<CAB1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI_TEXT, gmail_html(AHMADI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# She registers her elderly neighbour, who has no e-mail, and does not come
# herself: name = the attendee, party 1, email = the writer's (she asks for
# the confirmation).  "Florastraße 12" and "(79)" are no counts.

@mail("hoffmann-registers-neighbour-kuhn", "2027-08-27 17:44:33",
      E("registration", "lena.hoffmann@mail.example", "Elfriede Kuhn", None,
        ["REPAIR"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lena Hoffmann <lena.hoffmann@mail.example>"),
           ("To", KT),
           ("Subject", "Anmeldung für meine Nachbarin"),
           ("Date", m.date),
           ("Message-ID", "<e6d2b8a4-5f13-4c79-8a0e-b3c7f1d9e502@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte meine Nachbarin Frau Elfriede Kuhn (79) anmelden, sie hat selbst keine E-Mail-Adresse. Sie möchte gern ins Repair-Café, ihre Nähmaschine streikt seit Jahren. Sie kommt allein, ich selbst habe an dem Tag Dienst.

Bitte schicken Sie die Bestätigung an mich, ich drucke sie ihr aus. Frau Kuhn wohnt bei mir im Haus, Florastraße 12.

Mittagessen für Frau Kuhn bitte normal.

Viele Grüße
Lena Hoffmann
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Advertising (other): a solar shop's "Balkonkraftwerk" offer that names the
# event and the energy-saving theme; bulk headers, alternative.

SOLAR_TEXT = """Hallo liebe Klimafreunde,

zum Klima- und Nachbarschaftstag in Gelsenkirchen haben wir ein besonderes Angebot für Sie:
Unser Balkonkraftwerk-Set "Ruhrsonne 800" gibt es jetzt ab 299 Euro – inklusive Lieferung und Wechselrichter.

Energie sparen war nie so einfach: Stecker rein, Strom sparen!
Jetzt Set sichern: https://sonnenstrom-ruhr.example/aktion/klimatag

Das Angebot gilt nur bis zum 15.09.2027 und solange der Vorrat reicht.

Ihr Team von SonnenStrom Ruhr

Sie erhalten diese E-Mail, weil Ihre Adresse in einem öffentlichen Veranstaltungskalender steht.
Keine weiteren E-Mails: https://sonnenstrom-ruhr.example/abmelden?u=klimatag"""

SOLAR_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Sonderaktion Balkonkraftwerk</title></head>
<body style="margin:0;background:#fff8e1;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#333;">
<tr><td style="background:#f9a825;color:#fff;"><h1 style="margin:0;font-size:24px;">SonnenStrom Ruhr</h1><p style="margin:4px 0 0;">Sonderaktion zum Klimatag</p></td></tr>
<tr><td>
<p>Hallo liebe Klimafreunde,</p>
<p>zum Klima- und Nachbarschaftstag in Gelsenkirchen haben wir ein besonderes Angebot für Sie:<br>
Unser Balkonkraftwerk-Set <b>„Ruhrsonne 800“</b> gibt es jetzt ab <b>299 Euro</b> – inklusive Lieferung und Wechselrichter.</p>
<p>Energie sparen war nie so einfach: Stecker rein, Strom sparen!</p>
<p style="text-align:center;"><a href="https://sonnenstrom-ruhr.example/aktion/klimatag" style="background:#2e7d32;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px;">Jetzt Set sichern</a></p>
<p>Das Angebot gilt nur bis zum 15.09.2027 und solange der Vorrat reicht.</p>
<p>Ihr Team von SonnenStrom Ruhr</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Sie erhalten diese E-Mail, weil Ihre Adresse in einem öffentlichen Veranstaltungskalender steht.<br>
<a href="https://sonnenstrom-ruhr.example/abmelden?u=klimatag">Keine weiteren E-Mails</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("sonnenstrom-balkonkraftwerk-advert", "2027-08-30 06:00:02",
      E("other"), "de")
def _(m):
    m.head(("From", "SonnenStrom Ruhr <angebote@sonnenstrom-ruhr.example>"),
           ("To", KT),
           ("Subject", "☀ Sonderaktion zum Klimatag: Balkonkraftwerk ab 299 € – nur bis 15.09.!"),
           ("Date", m.date),
           ("Message-ID", "<aktion-klimatag.20270830.77f3a1@news.sonnenstrom-ruhr.example>"),
           ("List-Unsubscribe", "<https://sonnenstrom-ruhr.example/abmelden?u=klimatag>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "SendMaster 5.4"),
           ("MIME-Version", "1.0"))
    m.alternative(SOLAR_TEXT, SOLAR_HTML, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Postfix bounce from the organiser's own relay (multipart/report): the
# confirmation went to a registration's mistyped domain (gelsenet- for
# gelsennet-); the returned confirmation names Workshop 3 and 2 persons.

PAWLAK_RCPT = "g.pawlak@gelsenet-mail.example"


@mail("postfix-bounce-domain-not-found", "2027-08-31 09:14:20",
      E("bounce", bounced=PAWLAK_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.gelsenkirchen.example (Mail Delivery System)"),
           ("To", KT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270831071420.8C1F52A0E7@mail.gelsenkirchen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.gelsenkirchen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{PAWLAK_RCPT}>: Host or domain name not found. Name service error
    for name=gelsenet-mail.example type=MX: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.gelsenkirchen.example"),
         ("X-Postfix-Queue-ID", "8C1F52A0E7"),
         ("X-Postfix-Sender", f"rfc822; {KT}"),
         ("Arrival-Date", "Tue, 31 Aug 2027 09:14:10 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {PAWLAK_RCPT}"),
         ("Original-Recipient", f"rfc822;{PAWLAK_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service\n"
                             "    error for name=gelsenet-mail.example type=MX: Host not found")])
    original = confirmation_message(
        f"Goran Pawlak <{PAWLAK_RCPT}>", "Herr Pawlak", "REPAIR", 2,
        "Tue, 31 Aug 2027 09:14:10 +0200", "<mailbot.20270831091410.2e6f@gelsenkirchen.example>",
        "<a4c1e7f2-9b3d-4a08-8e65-d2f0c9b1a736@gelsennet-mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# Turkish cancellation, Thunderbird in Turkish ("... tarihinde ... yazdı:"),
# windows-1254 QP, quoting the confirmation (Workshop 3, 2 persons).  The
# neighbour who was to come with her is cancelled with her.

@mail("yildiz-turkish-cancel-windows-1254", "2027-09-01 14:27:58",
      E("cancellation", "ayse.yildiz@mail.example", "Ayşe Yıldız", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Yıldız", "ayse.yildiz@mail.example", "windows-1254", "q")),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2d9f6b31-e08a-4c75-b1d4-7a3e5c9f0b68@mail.example>"),
           ("In-Reply-To", "<mailbot.20270823141002.d05a@gelsenkirchen.example>"),
           ("References", "<mailbot.20270823141002.d05a@gelsenkirchen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 18 Eylül'de gelemeyeceğiz, kayınvalidem hastaneye kaldırıldı. Kaydımızı iptal edebilir misiniz? Komşum Nermin de gelmeyecek.

Anlayışınız için teşekkür ederim, başka bir etkinlikte görüşmek üzere.
Ayşe Yıldız

23.08.2027 14:10 tarihinde {KT_NAME} yazdı:
{gt_quote(confirmation("Frau Yıldız", "REPAIR", 2))}
""", charset="windows-1254", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Farsi change (urban gardening -> energy saving), Gmail with a Persian
# interface (attribution in Persian with Persian digits).  "تعداد نفرات همان
# دو نفر می‌ماند" = the number stays two -> party_size null.

KARIMI_TEXT = """سلام،

لطفاً ثبت‌نام من را از کارگاه باغبانی شهری به کارگاه صرفه‌جویی انرژی تغییر دهید. تعداد نفرات همان دو نفر می‌ماند.

با تشکر
امید کریمی"""
KARIMI_ATTR = f"در تاریخ سه‌شنبه ۱۷ اوت ۲۰۲۷ ساعت ۱۶:۰۵ {KT_NAME} <{KT}> نوشت:"
KARIMI_CONF = confirmation("Herr Karimi", "GARTEN", 2)


@mail("karimi-farsi-change-to-energie", "2027-09-03 19:40:12",
      E("change", "omid.karimi@mail.example", "امید کریمی", None,
        ["ENERGIE"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Omid Karimi <omid.karimi@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270817160509.5c2d@gelsenkirchen.example>"),
           ("References", "<mailbot.20270817160509.5c2d@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KARIMI_TEXT}\n\n{KARIMI_ATTR}\n\n{gt_quote(KARIMI_CONF)}\n"
    m.alternative(plain, gmail_reply_html(KARIMI_TEXT, KARIMI_ATTR, KARIMI_CONF, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Kurmanji, women's association, "Mobil im Quartier" by its German title;
# "em sê jin in" = we are three women; "3 vegan" is lunch.  The organisation
# only in Kurmanji.  UTF-8 QP, Gmail alternative.

SAHIN_TEXT = """Silav hevalno,

em sê jin in ji Komeleya Jinên Kurd li Gelsenkirchen û em dixwazin beşdarî kargeha "Mobil im Quartier" bibin. Em ê bi bisîkletan werin. Em dixwazin fêr bibin ka Lastenrad çawa tê bikaranîn.
Xwarin: 3 vegan.
Lênêrîna zarokan ne pêwîst e.

Bi silav
Berfîn Şahin
Komeleya Jinên Kurd li Gelsenkirchen"""


@mail("sahin-kurmanji-womens-association-mobil", "2027-09-06 15:18:27",
      E("registration", "berfin.sahin@mail.example", "Berfîn Şahin",
        "Komeleya Jinên Kurd li Gelsenkirchen", ["MOBIL"], 3, "ku"), "ku")
def _(m):
    m.head(("From", "Berfîn Şahin <berfin.sahin@mail.example>"),
           ("To", KT),
           ("Subject", "Qeyd - Mobil im Quartier"),
           ("Date", m.date),
           ("Message-ID", "<CAC6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY6uI9oP2aS5dF8gH1jK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAHIN_TEXT, gmail_html(SAHIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Arabic question: may he bring a broken e-bike to the Repair-Café, is there
# bike parking?  Names a workshop but registers no one.  UTF-8 8bit plain.

@mail("alomar-arabic-question-ebike", "2027-09-08 20:07:55",
      E("question", "khaled.alomar@mail.example", "خالد العمر", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Al-Omar <khaled.alomar@mail.example>"),
           ("To", KT),
           ("Subject", "سؤال عن مقهى التصليح"),
           ("Date", m.date),
           ("Message-ID", "<20270908180755.3b8e41@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

عندي دراجة كهربائية (E-Bike) معطلة. هل يمكنني إحضارها إلى مقهى التصليح (Repair-Café) لإصلاحها، أم أن الورشة مخصصة للأجهزة الصغيرة فقط؟ وهل يوجد مكان لركن الدراجات؟

شكراً لكم
خالد العمر
""", charset="utf-8", cte="8bit")


# -- 043 ---------------------------------------------------------------------
# Bilingual Turkish/German vacation reply to the 7-day reminder, with
# Auto-Submitted: auto-replied and X-Autoreply.

@mail("celik-bilingual-vacation-reminder", "2027-09-11 10:00:21",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Levent Çelik", "levent.celik@mail.example", "iso-8859-9", "q")),
           ("To", TO_KT),
           ("Subject", ew("Otomatik yanıt / Automatische Antwort: " + REMINDER_SUBJECT,
                          "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<vacation.1789113621.2207@mail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
e-postanız için teşekkür ederim. 10 Eylül - 20 Eylül 2027 tarihleri arasında izindeyim ve e-postalarıma bakamıyorum.

Guten Tag,
vielen Dank für Ihre Nachricht. Vom 10. bis 20. September 2027 bin ich im Urlaub und lese keine E-Mails.

Saygılarımla / Mit freundlichen Grüßen
Levent Çelik
""", charset="iso-8859-9", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation replying to the 7-day reminder (not the confirmation), Outlook
# for iOS; the workshop he cancels is named but is not a choice.

@mail("schlueter-cancel-reply-to-reminder", "2027-09-12 08:33:40",
      E("cancellation", "bernd.schlueter@mail.example", "Bernd Schlüter", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Bernd Schlüter <bernd.schlueter@mail.example>"),
           ("To", TO_KT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB2964B7A6C5D4E3F2A1B0C9D8E7F6@AM0PR10MB2964.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich liege mit einer Bronchitis flach und muss leider absagen. Bitte geben Sie meinen Platz im Workshop Energie sparen und mein Mittagessen weiter.

Gruß
Bernd Schlüter

Outlook für iOS beziehen<https://aka.outlook.example/o0ukef>
________________________________
From: {KT_NAME} <{KT}>
Sent: Saturday, September 11, 2027 10:00:04 AM
To: bernd.schlueter@mail.example <bernd.schlueter@mail.example>
Subject: {REMINDER_SUBJECT}

{REMINDER}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# A late registration after the 10 September deadline: "falls im Repair-Café
# noch zwei Plätze frei sind" with workshop and count -> registration.  Father
# and son (16, who takes part) -> 2.

@mail("bellini-late-registration-with-son", "2027-09-14 19:26:03",
      E("registration", "marco.bellini@mail.example", "Marco Bellini", None,
        ["REPAIR"], 2, "de"), "de")
def _(m):
    m.head(("From", "Marco Bellini <marco.bellini@mail.example>"),
           ("To", KT),
           ("Subject", "Noch Platz im Repair-Café?"),
           ("Date", m.date),
           ("Message-ID", "<b5e8c2d7-4a19-4f63-9d0b-1e7a3c6f8d25@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich weiß, die Anmeldefrist ist schon vorbei – aber falls im Repair-Café noch zwei Plätze frei sind, würden mein Sohn Luca (16) und ich gern kommen. Er schraubt leidenschaftlich an allem herum, was einen Stecker hat.

Wir kommen mit dem Rad aus Resse. Essen: 2 x normal.

Viele Grüße
Marco Bellini
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def _norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
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
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in PERSON_LANGS:
            problems.append(f"language {e['language']!r} not one of {PERSON_LANGS}")
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
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 9, 18, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jul - 17 Sep 2027")
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
    text = "\n".join(chunks)
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
    problems += check_labels(expected)
    # the labels must agree with the mail itself
    if expected["kind"] in PERSON_KINDS and expected["email"]:
        heads = [a.lower() for h in ("From", "Reply-To")
                 for _, a in getaddresses([str(msg[h] or "")])]
        if expected["email"] not in heads and expected["email"] not in text.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if msg["Reply-To"] is not None and expected["email"] not in heads[1:] \
                and expected["email"] in heads[:1]:
            problems.append("Reply-To present but email is the From address")
    for key in ("name", "organisation"):
        if expected[key] and _norm(expected[key]) not in _norm(text):
            problems.append(f"{key} {expected[key]!r} not written in the mail")
    if expected["kind"] in ("change", "cancellation"):
        if msg["In-Reply-To"] is None:
            problems.append("change/cancellation does not answer a mail")
        if CONFIRMATION_SUBJECT not in text and REMINDER_SUBJECT not in text:
            problems.append("change/cancellation does not quote the confirmation or reminder")
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
    print("  " + "lang".ljust(6) + "".join(k[:6].rjust(8) for k in KINDS) + "     all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print("  " + lang.ljust(6) + "".join(str(c).rjust(8) for c in row) + str(sum(row)).rjust(8))
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

    # re-read what is on disk (or, with --check, what would be written)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        reread = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
        if list(reread) != list(expected) or reread != expected:
            print("expected.json does not read back as written")
            bad += 1
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
