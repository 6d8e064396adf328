#!/usr/bin/env python3
"""Build the "final21b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Integrationssporttag Gelsenkirchen 2027 (Sat 18 Sep 2027), workshops WS1-WS4.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), that hand-encoded headers decode to what was
meant, that only example domains occur, that no sender appears twice and that
the labels are well formed and agree with the mail.

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

ST = "sporttag@gelsenkirchen.example"
TO_ST = f"Integrationssporttag Gelsenkirchen <{ST}>"
INVITATION_ID = "<einladung-ist-2027.20270802100014@gelsenkirchen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "tr", "ar", "fa", "uk", "pl")


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
        self.header_checks = []     # (header, intended decoded text)
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
        msg.set_raw("Delivered-To", ST)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain in ("mail.example", "poczta.example") else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.gelsenkirchen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ST}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def expect_header(self, name, text):
        """Check after writing that header `name` decodes to `text`."""
        self.header_checks.append((name, text))

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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
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
    """A small RGB PNG: a blue hall wall, a white line, a green floor."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 16:
                px = (40, 90, 160)
            elif y < 19:
                px = (250, 250, 250)
            elif (x // 6 + y // 6) % 2 == 0:
                px = (60, 140, 70)
            else:
                px = (80, 160, 90)
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

INVITATION_SUBJECT = "Einladung: Integrationssporttag Gelsenkirchen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Integrationssporttag Gelsenkirchen 2027"

INVITATION = """Liebe Vereinsvertreterinnen und Vereinsvertreter,
liebe Trainerinnen, Trainer und Ehrenamtliche,

der Stadtsportbund Gelsenkirchen und das Kommunale Integrationszentrum
laden Sie herzlich zum Integrationssporttag Gelsenkirchen 2027 ein.

Datum: Samstag, 18. September 2027, 10:00 bis 16:30 Uhr
Ort: Emscher-Sportzentrum, Emscherstraße 40, 45891 Gelsenkirchen

Am Vormittag arbeiten wir in vier Workshops:

Workshop 1: Trainieren in gemischten Gruppen – Coaching mit Geflüchteten
Workshop 2: Mädchen- und Frauensport – Zugänge schaffen
Workshop 3: Fördermittel und Vereinsfinanzen
Workshop 4: Antidiskriminierung auf und neben dem Platz

Am Nachmittag gibt es Mitmach-Angebote in der Halle (Cricket, Boxen,
Selbstverteidigung, Tanz) und viel Zeit zum Austausch.

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
sporttag@gelsenkirchen.example an. Nennen Sie uns Ihren Namen, Ihren
Verein, den gewünschten Workshop (gern mit Zweitwunsch) und mit wie
vielen Personen Sie kommen. Die Plätze in den Workshops sind begrenzt.

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt.

Sportliche Grüße

Stadtsportbund Gelsenkirchen e.V. – Integration durch Sport
Kommunales Integrationszentrum Gelsenkirchen
i. A. Katrin Dzierzawa"""

WS_LINE = {
    "WS1": "Workshop 1 – Trainieren in gemischten Gruppen: Coaching mit Geflüchteten",
    "WS2": "Workshop 2 – Mädchen- und Frauensport: Zugänge schaffen",
    "WS3": "Workshop 3 – Fördermittel und Vereinsfinanzen",
    "WS4": "Workshop 4 – Antidiskriminierung auf und neben dem Platz",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Hallo {salutation},

vielen Dank für Ihre Anmeldung zum Integrationssporttag Gelsenkirchen 2027
am Samstag, 18. September 2027, 10:00 bis 16:30 Uhr, im Emscher-Sportzentrum,
Emscherstraße 40, 45891 Gelsenkirchen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Sportliche Grüße
Integrationssporttag Gelsenkirchen
Stadtsportbund Gelsenkirchen e.V. – Integration durch Sport"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ST
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
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
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
    return (f"{text}\n\n________________________________\n{lv} {von}\n{lg} {gesendet}\n"
            f"{la} {an}\n{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    """Gmail markup; with attribution/quoted, the gmail_quote block below."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div{d} class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\">{esc(attribution)}<br><br></blockquote></div>"
                  f"<blockquote type=\"cite\">{q}</blockquote>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">" + inner + "</body></html>\n")


def new_outlook_html(text):
    """HTML the new Outlook (web based) writes: one div per line, Aptos."""
    style = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, "
             "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);")
    divs = "\n".join(f"<div class=\"elementToProof\" style=\"{style}\">"
                     f"{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


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
# Shared club address signed by the Jugendwart, Thunderbird reply quoting the invitation; U17/20er-Kader are not sizes.

@mail("tus-bismarck-shared-address-quoting-invitation", "2027-08-02 19:12:44",
      E("registration", "info@tus-bismarck1921.example", "Michael Pawlak",
        "TuS Bismarck 1921 e.V.", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"TuS Bismarck 1921 e.V." <info@tus-bismarck1921.example>'),
           ("To", TO_ST),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a0d7e21-3c4b-4f19-9b6e-81d2c0f4a7e3@tus-bismarck1921.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Dzierzawa,

danke für die Einladung, da sind wir dabei. Wir kommen zu zweit: ich und
unser U17-Trainer Emre Yıldız. Wir hätten gern Workshop 1 – wir haben in
der U17 inzwischen 9 Jungs aus Syrien, Afghanistan und dem Irak im
20er-Kader und merken jeden Dienstag und Donnerstag, dass wir da mehr
Handwerkszeug brauchen.

Sportliche Grüße
Michael Pawlak
Jugendwart

-- 
TuS Bismarck 1921 e.V.
Abteilung Fußball
Bezirkssportanlage Bismarck, Training U17 Di+Do 18:00-19:30 Uhr

Am 02.08.27 um 10:00 schrieb Integrationssporttag Gelsenkirchen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook HTML-only reply quoting the invitation; first and second choice (4, then 1); score 5:3 is noise.

KUCZERA_TEXT = """Sehr geehrte Frau Dzierzawa,

hiermit melde ich mich für den Integrationssporttag am 18.09. an. Erstwunsch ist Workshop 4 „Antidiskriminierung auf und neben dem Platz“, Zweitwunsch Workshop 1.

Zum Hintergrund: Bei uns boxen seit 2016 viele Jugendliche mit Fluchtgeschichte, aktuell stellen sie 14 unserer 31 Aktiven in der Wettkampfgruppe. Beim letzten Vergleichskampf in Bottrop (wir haben 5:3 gewonnen) mussten sich zwei unserer Jungs am Ring einiges anhören. Wir wollen lernen, wie wir als Trainer damit umgehen.

Ich komme allein.

Mit sportlichen Grüßen

Ralf Kuczera
Cheftrainer / 2. Vorsitzender
Boxclub Ringfrei Gelsenkirchen 1952 e.V.
Training: Mo, Mi, Fr 17:30–20:00 Uhr, Halle Grillostraße
Mobil: 0171 4 48 92 13"""


@mail("kuczera-boxclub-outlook-html-quote", "2027-08-03 08:40:19",
      E("registration", "r.kuczera@boxclub-ringfrei.example", "Ralf Kuczera",
        "Boxclub Ringfrei Gelsenkirchen 1952 e.V.", ["WS4", "WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kuczera, Ralf" <r.kuczera@boxclub-ringfrei.example>'),
           ("To", TO_ST),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9x3kLm0Pq1RsT2uVw3XyZ4aBcD5eFgH6"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7341E2A9C0F14B6D8A3E5C7B9D1F@DB9PR02MB7341.eurprd02.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationssporttag Gelsenkirchen <{ST}>",
             "Montag, 2. August 2027 10:00",
             f"Integrationssporttag Gelsenkirchen <{ST}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KUCZERA_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# English cricket club, three named people; 1st XI, T20, 142/6 and U19s are not sizes.

QADIR_TEXT = """Hi Ms Dzierzawa,

Thanks for the invite. Gelsenkirchen Strikers would like to send 3 people: myself, our captain Wahid Noori and Farhan (he coaches our U19s). We'd like to join workshop 3 on funding - we urgently need money for a proper non-turf pitch, at the moment we play our home games on a borrowed football pitch in Resse.

Bit of news: our 1st XI won the T20 cup final against Dortmund last Sunday (142/6, won by 23 runs), so spirits are high!

Cheers,
Imran Qadir
Secretary, Gelsenkirchen Strikers Cricket Club e.V.
Training: Wed 18:00 nets, Sat 10:00 full squad"""


@mail("qadir-cricket-english", "2027-08-03 21:05:37",
      E("registration", "imran.qadir@mail.example", "Imran Qadir",
        "Gelsenkirchen Strikers Cricket Club e.V.", ["WS3"], 3, "en"), "en")
def _(m):
    m.head(("From", "Imran Qadir <imran.qadir@mail.example>"),
           ("To", ST),
           ("Subject", "Integrationssporttag - registration Gelsenkirchen Strikers"),
           ("Date", m.date),
           ("Message-ID", "<CAH3vQ8pT2mW6xZ1bR9kY4nL7sD0fG5jC8eA3uO6iN2qX1vB9rw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QADIR_TEXT, gmail_html(QADIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Form block with 'Personen: 3' among meal counts, course times and '16 Frauen'.

@mail("brzoska-swim-women-form-block", "2027-08-04 10:20:05",
      E("registration", "anja.brzoska@mail.example", "Anja Brzoska",
        "Schwimmverein Gelsenkirchen-Buer 1912 e.V.", ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Anja Brzoska <anja.brzoska@mail.example>"),
           ("To", ST),
           ("Subject", "Anmeldung Integrationssporttag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e2a9c17-8b3d-4f60-a5e1-9c7d2b0f6a38-1785831605112@3c-app-gmx-bs41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

anbei unsere Anmeldung:

Name: Anja Brzoska
Verein: Schwimmverein Gelsenkirchen-Buer 1912 e.V.
Funktion: Übungsleiterin Frauenschwimmen
Workshop: 2 (Mädchen- und Frauensport)
Personen: 3
Essen: 1x vegetarisch, 2x halal wenn möglich

Wir sind ich und zwei Teilnehmerinnen aus unserem Anfängerkurs für Frauen
(samstags 8–9 Uhr im Hallenbad Buer, aktuell 16 Frauen), die inzwischen
selbst als Helferinnen dabei sind.

Viele Grüße
Anja Brzoska
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Turkish in iso-8859-9; '1. atölye' and 'iki antrenörümüzle' (-> 3) beside U19, U15 and Ü40.

@mail("yavuz-anadolu-turkish-latin5", "2027-08-04 20:44:51",
      E("registration", "m.yavuz@sv-anadolu1989.example", "Mehmet Yavuz",
        "SV Anadolu Gelsenkirchen 1989 e.V.", ["WS1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Yavuz <m.yavuz@sv-anadolu1989.example>"),
           ("To", ST),
           ("Subject", ew("Kayıt - Integrationssporttag 18.09.", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270804204451.3f7c1a92@sv-anadolu1989.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Kayıt - Integrationssporttag 18.09.")
    m.single("""Merhaba Katrin Hanım,

18 Eylül'deki Integrationssporttag'e kayıt olmak istiyoruz. Kulübümüzde A gençler (U19) ve U15 takımlarında çok sayıda mülteci çocuk oynuyor, bu yüzden 1. atölyeye (Coaching - Trainieren in gemischten Gruppen) katılmak istiyoruz.
İki antrenörümüzle birlikte geleceğim. Ü40 takımımızın o gün saat 17:00'de maçı var, belki 16:00 gibi çıkmamız gerekir.

Saygılarımla,
Mehmet Yavuz
Gençlik Sorumlusu (Jugendleiter)
SV Anadolu Gelsenkirchen 1989 e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Sportjugend newsletter naming the event, all four workshop topics and 'Anmeldung' (other).

SJ_TEXT = """Sportjugend Gelsenkirchen – Newsletter August 2027

Hallo liebe Jugendwartinnen und Jugendwarte,

in dieser Ausgabe:
1. Integrationssporttag am 18. September
2. Kinderschutz-Schulung am 25. September
3. Herbstferien-Camp in Haltern: noch 12 Plätze

1. Integrationssporttag am 18. September
Im Emscher-Sportzentrum treffen sich Vereine, die mit Geflüchteten und Zugewanderten arbeiten. Es gibt vier Workshops: Coaching in gemischten Gruppen, Mädchen- und Frauensport, Fördermittel und Antidiskriminierung. Anmeldung bis 10.09. per E-Mail an sporttag@gelsenkirchen.example.

2. Kinderschutz-Schulung am 25. September
Pflicht für alle Trainerinnen und Trainer mit C-Lizenz, 4 LE, 9:00 bis 13:00 Uhr. Anmeldung über https://sportjugend-ge.example/kinderschutz

3. Herbstferien-Camp in Haltern
Für Kinder von 8 bis 12 Jahren, 11. bis 15. Oktober, 95 Euro pro Kind. https://sportjugend-ge.example/camp

Du bekommst diesen Newsletter, weil dein Verein im Verteiler der Sportjugend steht.
Abmelden: https://sportjugend-ge.example/newsletter/abmelden?id=3307
Sportjugend im Stadtsportbund Gelsenkirchen e.V."""

SJ_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter August 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#0b7a3b;color:#fff;"><h1 style="margin:0;font-size:22px;">Sportjugend Gelsenkirchen</h1><p style="margin:4px 0 0;">Newsletter August 2027</p></td></tr>
<tr><td>
<p>Hallo liebe Jugendwartinnen und Jugendwarte,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Integrationssporttag am 18. September</li><li>Kinderschutz-Schulung am 25. September</li><li>Herbstferien-Camp in Haltern: noch 12 Plätze</li></ol>
<h2 style="font-size:17px;color:#0b7a3b;">Integrationssporttag am 18. September</h2>
<p>Im Emscher-Sportzentrum treffen sich Vereine, die mit Geflüchteten und Zugewanderten arbeiten. Es gibt vier Workshops: Coaching in gemischten Gruppen, Mädchen- und Frauensport, Fördermittel und Antidiskriminierung. Anmeldung bis 10.09. per E-Mail an <a href="mailto:sporttag@gelsenkirchen.example">sporttag@gelsenkirchen.example</a>.</p>
<h2 style="font-size:17px;color:#0b7a3b;">Kinderschutz-Schulung am 25. September</h2>
<p>Pflicht für alle Trainerinnen und Trainer mit C-Lizenz, 4 LE, 9:00 bis 13:00 Uhr. <a href="https://sportjugend-ge.example/kinderschutz">Zur Anmeldung</a></p>
<h2 style="font-size:17px;color:#0b7a3b;">Herbstferien-Camp in Haltern</h2>
<p>Für Kinder von 8 bis 12 Jahren, 11. bis 15. Oktober, 95 Euro pro Kind. <a href="https://sportjugend-ge.example/camp">Mehr Infos</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Du bekommst diesen Newsletter, weil dein Verein im Verteiler der Sportjugend steht.<br>
<a href="https://sportjugend-ge.example/newsletter/abmelden?id=3307">Abmelden</a> · Sportjugend im Stadtsportbund Gelsenkirchen e.V.</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("sportjugend-newsletter", "2027-08-05 09:00:03", E("other"), "de")
def _(m):
    m.head(("From", "Sportjugend Gelsenkirchen <newsletter@sportjugend-ge.example>"),
           ("To", ST),
           ("Subject", "Sportjugend-Newsletter August 2027: Integrationssporttag, Kinderschutz, Herbstcamp"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.3307.7d1e0b@sportjugend-ge.example>"),
           ("List-Id", "Newsletter Sportjugend <newsletter.sportjugend-ge.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@sportjugend-ge.example?subject=3307>, <https://sportjugend-ge.example/newsletter/abmelden?id=3307>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(SJ_TEXT, SJ_HTML, charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Arabic in base64; 'the second workshop', 'with my daughter' (-> 2); ages, times and '1. Dan' noise.

@mail("alhamwi-taekwondo-arabic", "2027-08-05 18:30:12",
      E("registration", "k.alhamwi@taekwondo-ueckendorf.example", "Khaled Alhamwi",
        "Taekwondo-Verein Gelsenkirchen-Ückendorf e.V.", ["WS2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alhamwi <k.alhamwi@taekwondo-ueckendorf.example>"),
           ("To", ST),
           ("Subject", "تسجيل – Integrationssporttag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAF2kR9tY4wQ1nM7bX3pL8vZ0cJ6sH5dE2gU9oA1iT4rB7xK3qe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أودّ التسجيل في يوم الرياضة والاندماج (Integrationssporttag) في غيلزنكيرشن يوم السبت 18 أيلول/سبتمبر.
أنا مدرّب في نادي التايكوندو، وأدرّب مجموعة البنات (من 10 إلى 14 سنة) يومي الثلاثاء والخميس من الساعة 17:00 حتى 18:30. لذلك أرغب في المشاركة في ورشة العمل الثانية عن رياضة البنات والنساء (Mädchen- und Frauensport).
سأحضر مع ابنتي، فهي مدرّبة مساعدة عندنا وحاصلة على الحزام الأسود (1. Dan).

مع الشكر والتحية،
Khaled Alhamwi
Taekwondo-Verein Gelsenkirchen-Ückendorf e.V.
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Phone mail whose workshop and count are only in the RFC 2047 subject.

TIEDTKE_SUBJECT = "Anmeldung Sporttag 18.9. – Workshop 3 – 2 Personen"


@mail("tiedtke-details-in-subject", "2027-08-06 07:15:22",
      E("registration", "j.tiedtke@sf-hassel1926.example", "Jens Tiedtke",
        "Sportfreunde Hassel 1926 e.V.", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jens Tiedtke <j.tiedtke@sf-hassel1926.example>"),
           ("To", ST),
           ("Subject", ew(TIEDTKE_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<k3x9q7.1785993322.samsung@sf-hassel1926.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", TIEDTKE_SUBJECT)
    m.single("""Moin,

siehe Betreff. Ich und unser Geschäftsführer Udo Brandt.

Gruß
Jens Tiedtke
Kassierer Sportfreunde Hassel 1926 e.V.

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Ukrainian in windows-1251 with Cyrillic display name; 'third workshop', 'we will be two'.

@mail("marchenko-kalyna-ukrainian-cp1251", "2027-08-06 21:10:48",
      E("registration", "olena.marchenko@mail.example", "Олена Марченко",
        "Ukrainischer Tanzverein Kalyna Gelsenkirchen e.V.", ["WS3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Марченко", "olena.marchenko@mail.example", "windows-1251", "b")),
           ("To", ST),
           ("Subject", ew("Реєстрація на Integrationssporttag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786043448.552107813@f211.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Олена Марченко <olena.marchenko@mail.example>")
    m.expect_header("Subject", "Реєстрація на Integrationssporttag")
    m.single("""Добрий день!

Я хотіла б зареєструватися на Integrationssporttag 18 вересня. Я керівниця українського танцювального ансамблю «Калина» – у нас 3 групи: діти 6–9 років, підлітки і дорослі, разом майже 40 танцюристів.
Нас цікавить третій воркшоп – про фінансування (Workshop 3), бо ми шукаємо гроші на костюми та оренду залу.
Нас буде двоє: я і наша скарбниця Ірина.

Дякую!
Олена Марченко
Ukrainischer Tanzverein Kalyna Gelsenkirchen e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Judo club office mailbox with the coach's personal Reply-To (Reply-To wins); alias Antidiskriminierung.

@mail("mikolajczak-judo-office-reply-to", "2027-08-09 12:05:31",
      E("registration", "s.mikolajczak@mail.example", "Sandra Mikolajczak",
        "Judo-Club Buer 1958 e.V.", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Judo-Club Buer 1958 e.V. - Geschäftsstelle",
                         "geschaeftsstelle@judoclub-buer.example", "iso-8859-1", "q")),
           ("Reply-To", "Sandra Mikolajczak <s.mikolajczak@mail.example>"),
           ("To", ST),
           ("Subject", "Anmeldung Workshop Antidiskriminierung"),
           ("Date", m.date),
           ("Message-ID", "<6b1c0e9a4d2f7e385a1b@judoclub-buer.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Judo-Club Buer 1958 e.V. - Geschäftsstelle "
                    "<geschaeftsstelle@judoclub-buer.example>")
    m.single("""Guten Tag,

ich schreibe über das Postfach unserer Geschäftsstelle, Antworten bitte an
meine private Adresse (steht im Antwort-an).

Ich melde mich für den Workshop Antidiskriminierung an. Ich bin Trainerin
unserer U12 und U15 (Mi+Fr 17:00-18:30 Uhr) und im Verein Ansprechpartnerin
für Prävention. Ich komme alleine.

Freundliche Grüße
Sandra Mikolajczak
Judo-Club Buer 1958 e.V.
2. Dan, Trainer-B Leistungssport
""", charset="iso-8859-1", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Exchange out-of-office with Auto-Submitted answering a confirmation (auto_reply).

BRINKHOFF_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. August 2027 im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Vereinsangelegenheiten wenden Sie sich bitte an unsere Geschäftsstelle (Di und Do 17:00–19:00 Uhr, Tel. 0209 / 6 12 44 70) oder an unseren Jugendwart Thomas Weber (jugend@vfl-sutum1924.example).

Mit sportlichen Grüßen
Holger Brinkhoff
1. Vorsitzender VfL Sutum 1924 e.V."""


@mail("brinkhoff-exchange-out-of-office", "2027-08-09 15:40:57",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Brinkhoff, Holger" <holger.brinkhoff@vfl-sutum1924.example>'),
           ("To", TO_ST),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcAv1kQ7r2Tz9mWb0sN4xLp8yEeA=="),
           ("Date", m.date),
           ("Message-ID", "<4c9e1f7a2b6d4380@EX02.vfl-sutum1924.example>"),
           ("References", "<mailbot.20270809154051.6d2e@gelsenkirchen.example>"),
           ("In-Reply-To", "<mailbot.20270809154051.6d2e@gelsenkirchen.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BRINKHOFF_OOF), outlook_html(BRINKHOFF_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Head of department registers a coach who comes alone and asks to confirm to her address.

@mail("grabowski-registers-u13-trainerin", "2027-08-10 17:40:26",
      E("registration", "leonie.schuster@djk-feldmark.example", "Leonie Schuster",
        "DJK Adler Feldmark 1920 e.V.", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hans-Peter Grabowski <hp.grabowski@djk-feldmark.example>"),
           ("To", ST),
           ("Subject", "Anmeldung unserer Trainerin der U13-Juniorinnen"),
           ("Date", m.date),
           ("Message-ID", "<c81e4a02-7f3d-4b9e-a6c1-2d0f9e8b5a71@djk-feldmark.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Dzierzawa,

für unseren Verein melde ich unsere Trainerin der U13-Juniorinnen an,
Frau Leonie Schuster. Sie möchte gern in den Workshop Mädchen- und
Frauensport. Wir haben seit letzter Saison eine zweite Mädchenmannschaft
(7er-Feld), in der fast nur Mädchen aus der Unterkunft in der Feldmark
spielen – da kann sie sicher viel mitnehmen und auch einiges erzählen.

Ich selbst bin am 18.09. mit der 1. Mannschaft in Marl (Anstoß 15:30 Uhr)
und kann nicht kommen. Frau Schuster kommt allein.

Bitte schicken Sie die Bestätigung direkt an sie:
leonie.schuster@djk-feldmark.example

Mit sportlichem Gruß
Hans-Peter Grabowski
Abteilungsleiter Fußball
DJK Adler Feldmark 1920 e.V.
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Question whether young players may come; registration only announced for later.

@mail("nitsche-question-players-allowed", "2027-08-11 11:25:40",
      E("question", "sascha.nitsche@mail.example", "Sascha Nitsche",
        "SV Buer-Mitte 07/28 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Sascha Nitsche <sascha.nitsche@mail.example>"),
           ("To", ST),
           ("Subject", "Frage: dürfen auch Spieler mit?"),
           ("Date", m.date),
           ("Message-ID", "<CAM8rT2wQ5nX0bV7kZ3pL1sY9dF4gH6jC2eA8uO5iN3qW7vB0tx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kurze Frage zum Integrationssporttag am 18.09.: Ist der nur für Trainer und
Vorstände gedacht, oder können auch Jugendliche mitkommen? Unsere A-Jugend
(U19) hat an dem Wochenende spielfrei und drei, vier Jungs aus dem Team
(2 aus Syrien, 1 aus Guinea) hätten Lust, beim Nachmittagsprogramm
mitzumachen, vor allem beim Cricket.

Wenn das geht, melde ich uns mit 5 Leuten an, Workshop wahrscheinlich
Coaching.

Gruß
Sascha Nitsche
Jugendtrainer SV Buer-Mitte 07/28 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Polish in iso-8859-2; 'warsztat nr 3', 'we dwoje' (-> 2); U11/U13 are teams.

@mail("zielinska-orzel-polish-latin2", "2027-08-11 20:20:14",
      E("registration", "a.zielinska@poczta.example", "Agnieszka Zielińska",
        "Polnischer Sportverein Orzeł Gelsenkirchen e.V.", ["WS3"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Zielińska", "a.zielinska@poczta.example", "iso-8859-2", "q")),
           ("To", ST),
           ("Subject", ew("Zgłoszenie - Integrationssporttag 18 września", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<7d3f0b2e-91a4-4c6e-8e57-3a1f6c9d2b08@poczta.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Agnieszka Zielińska <a.zielinska@poczta.example>")
    m.expect_header("Subject", "Zgłoszenie - Integrationssporttag 18 września")
    m.single("""Dzień dobry,

chciałabym zgłosić udział w Integrationssporttag 18 września. Jestem trenerką w naszym klubie, prowadzę drużyny dziewcząt U11 i U13 (treningi we wtorki i piątki od 17:00).
Interesuje nas warsztat nr 3 (Fördermittel und Vereinsfinanzen) - szukamy pieniędzy na nowe bramki i stroje.
Przyjdziemy we dwoje, ja i nasz prezes.

Pozdrawiam serdecznie
Agnieszka Zielińska
Polnischer Sportverein Orzeł Gelsenkirchen e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Outlook alternative, 'i. A.' and disclaimer; alias Mädchensport first, Workshop 3 as fallback.

NEPTUN_TEXT = """Sehr geehrte Damen und Herren,

für den Integrationssporttag melden wir uns mit 2 Personen an: meine Kollegin Derya Aslan (Abt. Wasserball) und ich.
Wir möchten gern in den Workshop Mädchensport; falls der schon voll ist, nehmen wir Workshop 3.

Hintergrund: Seit Mai 2026 bieten wir donnerstags von 16:00 bis 17:00 Uhr einen Schwimmkurs nur für Mädchen an (Seepferdchen bis Bronze), aktuell 2 Gruppen mit je 12 Kindern.

Mit freundlichen Grüßen
i. A. Ute Böckmann
Jugendwartin
SV Neptun Gelsenkirchen 1910 e.V.
Geschäftsstelle: Overwegstraße 22, 45879 Gelsenkirchen
Tel. 0209 / 1 47 36 80

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""


@mail("boeckmann-neptun-outlook-fallback", "2027-08-12 09:30:08",
      E("registration", "ute.boeckmann@sv-neptun1910.example", "Ute Böckmann",
        "SV Neptun Gelsenkirchen 1910 e.V.", ["WS2", "WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Böckmann, Ute" <ute.boeckmann@sv-neptun1910.example>'),
           ("To", TO_ST),
           ("Subject", "Anmeldung Integrationssporttag – SV Neptun"),
           ("Thread-Topic", "Anmeldung Integrationssporttag – SV Neptun"),
           ("Thread-Index", "AdwLq8e1Zk3mP0rTa9yXb2cN7vQfRg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB4410B7C2D9E0F1A2B3C4D5E6F7A8@AM0PR09MB4410.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(NEPTUN_TEXT), outlook_html(NEPTUN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Farsi (Dari) Gmail rtl with Persian digits; 'first workshop', two persons; native-script signature.

SULTANI_TEXT = """سلام و احترام،

من فرید سلطانی هستم، مربی تیم فوتبال نوجوانان (U17) در باشگاه‌مان.
می‌خواهم برای روز ورزش و ادغام (Integrationssporttag) در تاریخ ۱۸ سپتامبر ثبت‌نام کنم.
ما در کارگاه اول (Coaching – Trainieren in gemischten Gruppen) شرکت می‌کنیم.
با یکی از همکارانم می‌آیم، پس دو نفر هستیم.

با تشکر
فرید سلطانی
Afghanischer Sportverein Gelsenkirchen e.V.
تمرین: سه‌شنبه و پنج‌شنبه ساعت ۱۸"""


@mail("sultani-afghan-football-farsi", "2027-08-12 22:05:43",
      E("registration", "farid.sultani@mail.example", "فرید سلطانی",
        "Afghanischer Sportverein Gelsenkirchen e.V.", ["WS1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Sultani <farid.sultani@mail.example>"),
           ("To", ST),
           ("Subject", "ثبت‌نام Integrationssporttag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5nW1qR8tX3mZ0bV6kL9pY2sD7fG4hC1eA5uO8iN6qT3vB2ry@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SULTANI_TEXT, gmail_html(SULTANI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# English, workshop named by topic ('anti-discrimination workshop'), 'just me'.

OWUSU_TEXT = """Hello,

I'm Abena Owusu, I coach the Afro Roots dance crew (kids and teens, Fridays 5-7 pm at the Jugendzentrum Bulmke). I'd love to join the anti-discrimination workshop on 18 Sept. Last month at a city festival two of our girls were called names by spectators and I didn't really know how to react.

It'll be just me.

Thanks a lot,
Abena Owusu
Afro Roots Dance Gelsenkirchen e.V."""


@mail("owusu-dance-crew-english", "2027-08-13 22:15:09",
      E("registration", "abena.owusu@mail.example", "Abena Owusu",
        "Afro Roots Dance Gelsenkirchen e.V.", ["WS4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", ST),
           ("Subject", "Registration 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAP0xT7mQ2wR9nZ4bK1vL6sY3dF8gH5jC0eA7uO2iN9qW4vB6tz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Change of mind inside the mail: Workshop 3 dropped for Workshop 1; Ü32 and ZUE jargon.

@mail("kampmann-change-of-mind-in-mail", "2027-08-16 14:02:33",
      E("registration", "t.kampmann@rw-resse1911.example", "Torsten Kampmann",
        "SV Rot-Weiß Resse 1911 e.V.", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Torsten Kampmann <t.kampmann@rw-resse1911.example>"),
           ("To", ST),
           ("Subject", "Anmeldung 18.09."),
           ("Date", m.date),
           ("Message-ID", "<2e7b9d41-0c5a-4f8e-b3d2-6a1c9f0e7b54@rw-resse1911.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Sporttag-Team,

ich möchte mich für den 18.09. anmelden. Eigentlich wollte ich in
Workshop 3 (Fördermittel), aber unser Kassierer hat sich da schon
angemeldet – also nehme ich lieber Workshop 1. Wir haben seit der Saison
26/27 eine Ü32 mit vielen Spielern aus der ZUE, da passt Coaching sowieso
besser.

Ich komme alleine.

Gruß
Torsten Kampmann
2. Vorsitzender
SV Rot-Weiß Resse 1911 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Arabic in windows-1256 with German workshop words inside; three persons; Arabic signature name.

@mail("alhassan-dabke-arabic-cp1256", "2027-08-17 11:11:52",
      E("registration", "reem.alhassan@mail.example", "ريم الحسن",
        "Tanzgruppe Jasmin e.V.", ["WS4"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Al-Hassan <reem.alhassan@mail.example>"),
           ("To", ST),
           ("Subject", ew("تسجيل فرقة الدبكة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270817111152.GA4821@mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "تسجيل فرقة الدبكة")
    m.single("""السلام عليكم،

نحن فرقة دبكة للشباب والبنات، نتدرب كل يوم أحد من الساعة 15 حتى 17 في صالة مدرسة في حي هورست.
نريد التسجيل في Integrationssporttag يوم 18.09. ونحن ثلاثة أشخاص: أنا واثنتان من المدربات.
نختار Workshop 4 (Antidiskriminierung)، لأن بعض البنات المحجبات يواجهن مشاكل في المسابقات والعروض.

شكراً جزيلاً
ريم الحسن
Tanzgruppe Jasmin e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Party-size change 3 -> 2 from a shared club address, iPhone reply quoting the confirmation.

BULMKE_CONF = confirmation("Herr Karaca", "WS3", 3)
BULMKE_TEXT = """Hallo,

kleine Änderung: wir sind nur noch zu zweit, unser Platzwart hat am 18.9. Dienst (Heimspiel 2. Mannschaft). Workshop bleibt gleich.

Gruß
Yusuf Karaca
Jugendkoordinator SC Bulmke 1927 e.V.

Von meinem iPhone gesendet"""
BULMKE_ATTR = f"Am 14.08.2027 um 11:02 schrieb Integrationssporttag Gelsenkirchen <{ST}>:"


@mail("karaca-bulmke-shared-size-change", "2027-08-17 19:30:16",
      E("change", "info@sc-bulmke1927.example", "Yusuf Karaca",
        "SC Bulmke 1927 e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", '"SC Bulmke 1927 e.V." <info@sc-bulmke1927.example>'),
           ("To", TO_ST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9F3A1C7E-5B2D-4E80-A6F1-0C8D7B3E2A94@sc-bulmke1927.example>"),
           ("In-Reply-To", "<mailbot.20270814110214.9a1f@gelsenkirchen.example>"),
           ("References", "<mailbot.20270814110214.9a1f@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    plain = f"{BULMKE_TEXT}\n\n{BULMKE_ATTR}\n\n{gt_quote(BULMKE_CONF)}"
    m.alternative(plain, apple_html(BULMKE_TEXT, BULMKE_ATTR, BULMKE_CONF),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Registration with questions (bus parking, mats) is still a registration; '9-Sitzer' is no size.

@mail("wolski-karate-registration-plus-question", "2027-08-18 19:50:27",
      E("registration", "n.wolski@karate-rotthausen.example", "Nadine Wolski",
        "Karate-Dojo Rotthausen e.V.", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Nadine Wolski <n.wolski@karate-rotthausen.example>"),
           ("To", ST),
           ("Subject", "Anmeldung + Frage Parkplatz"),
           ("Date", m.date),
           ("Message-ID", "<1787075427.31844.Open-Xchange@ox.karate-rotthausen.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

wir vom Karate-Dojo Rotthausen e.V. melden uns zum Integrationssporttag an.
Wir kommen zu dritt (ich plus zwei Trainer aus unserer Kindergruppe) und
wollen in Workshop 1.

Frage: Gibt es am Sportzentrum Parkplätze für unseren Vereinsbus
(9-Sitzer)? Und dürfen wir für die Mitmach-Angebote am Nachmittag ein paar
Matten mitbringen? Wir könnten eine kleine Selbstverteidigungs-Einheit
(ca. 30 Min.) anbieten.

Oss und viele Grüße
Nadine Wolski
1. Dan, Trainerin C Breitensport
Karate-Dojo Rotthausen e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# iPhone alternative; 'Workshop 2 wäre super, ansonsten Workshop 4'; group name 'Rhythm 12–16'.

KAYA_TEXT = """Hallo Frau Dzierzawa,

ich würde gern zum Sporttag kommen, Workshop 2 wäre super, ansonsten Workshop 4.
Ich leite bei uns die Hip-Hop-Gruppe „Rhythm 12–16“ (Mädchen von 12 bis 16, 22 Tänzerinnen, davon 9 aus geflüchteten Familien) und wir suchen Ideen, wie wir die Eltern besser ins Boot holen.
Ich komme allein.

Liebe Grüße
Jasmin Kaya-Lehmann
TSC Grün-Weiß Gelsenkirchen e.V.

Von meinem iPhone gesendet"""


@mail("kaya-lehmann-hiphop-iphone", "2027-08-19 10:00:41",
      E("registration", "jasmin.kaya-lehmann@tsc-gruenweiss.example", "Jasmin Kaya-Lehmann",
        "TSC Grün-Weiß Gelsenkirchen e.V.", ["WS2", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jasmin Kaya-Lehmann <jasmin.kaya-lehmann@tsc-gruenweiss.example>"),
           ("To", ST),
           ("Subject", "Sporttag"),
           ("Date", m.date),
           ("Message-ID", "<0B6E2D9A-47C1-4F3B-9E85-D1A2C7F0B3E6@tsc-gruenweiss.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.alternative(KAYA_TEXT, apple_html(KAYA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 023 ---------------------------------------------------------------------
# All lower case from a phone, 'melde mich + 1 an' (-> 2), ü40 and score 3:3; full name below nickname.

@mail("sobotta-lowercase-plus-one", "2027-08-20 22:47:03",
      E("registration", "kalle.sobotta@mail.example", "karl-heinz sobotta",
        "sv horst-süd 1919", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "kalle sobotta <kalle.sobotta@mail.example>"),
           ("To", ST),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<x7r2k9.1787172423.galaxy@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""moin,
melde mich + 1 an für den workshop antidiskriminierung. bin trainer der ü40 und co-trainer 2. mannschaft beim sv horst-süd 1919. hatten letzte saison 2 spielabbrüche wegen rassistischer sprüche, einmal beim stand von 3:3 in der 85. min. muss nicht sein.
der +1 ist mein kumpel ali, spielt bei uns in der ü40.

gruß kalle
karl-heinz sobotta

Von meinem Galaxy gesendet
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Workshop change 1 -> 4 in a plain Outlook reply quoting the confirmation; number unchanged.

RADEMACHER_TEXT = """Hallo,

ich bin für Workshop 1 angemeldet, würde aber gern in Workshop 4 wechseln. Wir hatten am Wochenende beim Spiel unserer U15 (1:4 verloren) wieder so eine Situation mit Beleidigungen gegen unseren Torwart, da brauchen wir dringend Input. Personenzahl bleibt bei 1.

Danke und sportliche Grüße
Stefanie Rademacher
Jugendleiterin TuS Beckhausen 05 e.V."""


@mail("rademacher-change-ws1-to-ws4-outlook", "2027-08-21 08:30:55",
      E("change", "s.rademacher@tus-beckhausen05.example", "Stefanie Rademacher",
        "TuS Beckhausen 05 e.V.", ["WS4"], None, "de"), "de")
def _(m):
    m.head(("From", '"Rademacher, Stefanie" <s.rademacher@tus-beckhausen05.example>'),
           ("To", TO_ST),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcBf2mR4s7Tq0nWc1yX8zLk3pFbQ=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR06MB7250C3D8E1F2A3B4C5D6E7F8A9B0@PA4PR06MB7250.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270809163207.4b8d@gelsenkirchen.example>"),
           ("References", "<mailbot.20270809163207.4b8d@gelsenkirchen.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationssporttag Gelsenkirchen <{ST}>",
             "Montag, 9. August 2027 16:32",
             "Rademacher, Stefanie <s.rademacher@tus-beckhausen05.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Rademacher", "WS1", 1))
    m.single(outlook_plain(RADEMACHER_TEXT, quote),
             charset="windows-1252", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Turkish Gmail in base64; '2. atölye ..., olmazsa 4. atölye'; captain comes along (-> 2).

DEMIRTAS_TEXT = """Merhaba,

Ben Elif Demirtaş, FC Gelsenkirchen-Erle 1920 e.V. kadın futbol takımının antrenörüyüm. Takımımız bu sezon Kreisliga A'da oynuyor ve oyuncularımızın yarısı göçmen ya da mülteci kökenli.
18 Eylül'deki Integrationssporttag'e kayıt olmak istiyorum. 2. atölye (Mädchen- und Frauensport) bizim için en uygunu, olmazsa 4. atölye de olur.
Kaptanımız Zeynep de benimle gelecek.

Sevgiler,
Elif Demirtaş
FC Gelsenkirchen-Erle 1920 e.V.
Abt. Frauenfußball"""


@mail("demirtas-womens-football-turkish", "2027-08-23 10:05:38",
      E("registration", "elif.demirtas@mail.example", "Elif Demirtaş",
        "FC Gelsenkirchen-Erle 1920 e.V.", ["WS2", "WS4"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Elif Demirtaş <elif.demirtas@mail.example>"),
           ("To", ST),
           ("Subject", "Integrationssporttag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAE4pV9nT1wX6mQ3bZ8kR2sL5dY0fG7hC4eA9uO1iN8qB5vT3rk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIRTAS_TEXT, gmail_html(DEMIRTAS_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Club webhost autoresponder in German and Turkish without any auto headers (auto_reply).

@mail("bc-horst-autoresponder-de-tr", "2027-08-23 16:20:07", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Boxclub Horst 1928 e.V." <info@bc-horst1928.example>'),
           ("To", ST),
           ("Subject", ew("Danke für deine Nachricht! / Mesajın için teşekkürler!", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoresponder.1787235607.22417@bc-horst1928.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Danke für deine Nachricht! / Mesajın için teşekkürler!")
    m.single("""Hallo und danke für deine Nachricht!

Unsere Geschäftsstelle ist ehrenamtlich besetzt, wir melden uns so schnell
wie möglich. Bei Fragen zum Training komm einfach vorbei:

Kinder (8-12 Jahre): Mo + Mi 17:00-18:00
Jugend U15/U17: Di + Do 18:00-19:30
Wettkampfgruppe: Mo, Mi, Fr 19:00-21:00
Ü30 Fitnessboxen: Fr 19:00-20:30

Probetraining ist kostenlos!

---
Merhaba, mesajın için teşekkürler! Ofisimiz gönüllüler tarafından
yürütülüyor, en kısa sürede sana dönüş yapacağız. Antrenman saatleri
yukarıda. Deneme antrenmanı ücretsiz!

Boxclub Horst 1928 e.V. · Halle Turfstraße · 45899 Gelsenkirchen
Diese Nachricht wurde automatisch versendet.
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Chairwoman forwards a coach's request from the club address; answer goes to the coach.

@mail("huelsmann-forwards-haidari-registration", "2027-08-24 09:00:34",
      E("registration", "mariam.haidari@mail.example", "Mariam Haidari",
        "Tanzverein Ruhrgold e.V.", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Tanzverein Ruhrgold e.V." <vorstand@tanzverein-ruhrgold.example>'),
           ("To", ST),
           ("Subject", "Fwd: Sporttag"),
           ("Date", m.date),
           ("Message-ID", "<CAK1sW8pR3mY0nT5bX2vL7qZ4dF9gH6jC3eA0uO7iN5qR2vB8tw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Dzierzawa,

unten die Anmeldung unserer Trainerin Mariam Haidari, die Ihre Adresse
nicht hatte. Bitte antworten Sie direkt an sie (mariam.haidari@mail.example).

Viele Grüße
Birgit Hülsmann
1. Vorsitzende
Tanzverein Ruhrgold e.V.

---------- Forwarded message ---------
Von: Mariam Haidari <mariam.haidari@mail.example>
Date: Mo., 23. Aug. 2027 um 22:14 Uhr
Subject: Sporttag
To: <vorstand@tanzverein-ruhrgold.example>


Hallo Birgit,

kannst du mich bitte für den Integrationssporttag anmelden? Ich würde gern
in den Mädchensport-Workshop, wegen unserer Bollywood-Mädels (mittwochs
17 Uhr). Ich komme alleine, Sahar hat an dem Tag Schicht.

Danke dir!
Mariam
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Farsi question list in Persian digits; registering 'if yes' makes it a question.

MOHAMMADI_TEXT = """سلام،

من مربی یک گروه ورزش و دفاع شخصی برای زنان هستم. ما هر جمعه از ساعت ۱۰ تا ۱۱:۳۰ تمرین می‌کنیم (حدود ۱۵ نفر).
درباره‌ی Integrationssporttag در ۱۸ سپتامبر چند سؤال دارم:
۱. آیا برای برنامه‌های ورزشی بعدازظهر رختکن جداگانه برای زنان وجود دارد؟
۲. آیا جایی برای نماز هست؟
۳. آیا غذا حلال است؟
اگر جواب مثبت باشد، ما با سه نفر ثبت‌نام می‌کنیم.

ممنون
زهرا محمدی
Frauensportgruppe Nawroz Gelsenkirchen"""


@mail("mohammadi-womens-group-question-farsi", "2027-08-24 21:30:19",
      E("question", "zahra.mohammadi@mail.example", "زهرا محمدی",
        "Frauensportgruppe Nawroz Gelsenkirchen", [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Zahra Mohammadi <zahra.mohammadi@mail.example>"),
           ("To", ST),
           ("Subject", "سؤال درباره‌ی روز ورزش"),
           ("Date", m.date),
           ("Message-ID", "<CAN6tX2wR9mQ4nV1bZ7kY3pL8sD5fG0hC6eA2uO9iT7qW1vB4ru@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOHAMMADI_TEXT, gmail_html(MOHAMMADI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Learner German from a cricket captain: '4 Person, ich und 3 Spieler von unser 1. Mannschaft'.

@mail("zadran-cricket-learner-german", "2027-08-25 11:50:22",
      E("registration", "samiullah.zadran@mail.example", "Samiullah Zadran",
        "Ruhr Eagles Cricket Club Gelsenkirchen", ["WS1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Samiullah Zadran <samiullah.zadran@mail.example>"),
           ("To", ST),
           ("Subject", "Anmeldung cricket"),
           ("Date", m.date),
           ("Message-ID", "<CAB7uY3xS0nR5mW2bT8kZ4qL9pD6fG1hC7eA3uO0iN4qX8vB5te@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin Samiullah Zadran, Kapitän von unsere Cricket Club. Wir wollen kommen zu Sporttag am 18.9. Wir sind 4 Person, ich und 3 Spieler von unser 1. Mannschaft. Wir möchten in Workshop Coaching gehen, weil wir haben keine Trainer mit Lizenz und viele junge Spieler (U15 und U19).
Letzte Sonntag wir haben gespielt gegen Bochum und gewonnen mit 6 wickets.

Danke
Samiullah Zadran
Ruhr Eagles Cricket Club Gelsenkirchen

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# English Apple Mail, first choice by topic, second 'workshop 1', 'just me'.

MCALLISTER_TEXT = """Dear Ms Dzierzawa,

I'm a volunteer swimming instructor with Schwimmfreunde Gelsenkirchen-Horst e.V. (I help with the beginners' course for refugee kids, Tuesdays 4:30-5:30 pm). My German is OK but writing is easier in English, I hope that's fine.

I'd like to register for the Integrationssporttag on 18 September. My first choice would be the girls' and women's sport workshop, second choice workshop 1 on coaching mixed groups.

Just me, no one else from our club.

Kind regards,
Fiona McAllister"""


@mail("mcallister-swim-volunteer-english", "2027-08-26 13:30:50",
      E("registration", "fiona.mcallister@mail.example", "Fiona McAllister",
        "Schwimmfreunde Gelsenkirchen-Horst e.V.", ["WS2", "WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Fiona McAllister <fiona.mcallister@mail.example>"),
           ("Subject", "Registration - Integrationssporttag"),
           ("Message-Id", "<8C2F5A1E-3D7B-4E96-B0A4-7E1D9C6F2B35@mail.example>"),
           ("Date", m.date),
           ("To", ST),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(MCALLISTER_TEXT, apple_html(MCALLISTER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 031 ---------------------------------------------------------------------
# Turkish change Workshop 1 -> 3 in a Thunderbird reply; the old workshop is named in the new text.

@mail("kilinc-change-to-ws3-turkish", "2027-08-26 17:05:12",
      E("change", "hakan.kilinc@turkgucu-ge.example", "Hakan Kılınç",
        "Türkgücü Gelsenkirchen 1985 e.V.", ["WS3"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Hakan Kılınç <hakan.kilinc@turkgucu-ge.example>"),
           ("To", TO_ST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e5b8c1d3-2f4a-4e7b-9c06-8d1f3a2b7e49@turkgucu-ge.example>"),
           ("In-Reply-To", "<mailbot.20270818142006.7c3a@gelsenkirchen.example>"),
           ("References", "<mailbot.20270818142006.7c3a@gelsenkirchen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Coaching atölyesine (Workshop 1) kayıtlıyım ama başkanımızın isteği
üzerine 3. atölyeye (Fördermittel und Vereinsfinanzen) geçmek istiyorum.
Yeni sezonda U13 ve U15 için ikinci bir antrenman sahasına ihtiyacımız
var, para bulmamız lazım.
Kişi sayısı aynı kalıyor.

Teşekkürler,
Hakan Kılınç
Türkgücü Gelsenkirchen 1985 e.V.

18.08.2027 14:20 tarihinde Integrationssporttag Gelsenkirchen yazdı:
{gt_quote(confirmation("Herr Kılınç", "WS1", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 032 ---------------------------------------------------------------------
# German from a Ukrainian coach: Cyrillic display name, Latin signature; first and second choice.

@mail("kovalchuk-jujutsu-cyrillic-display", "2027-08-27 18:00:29",
      E("registration", "andrij.kovalchuk@mail.example", "Andrij Kovalchuk",
        "Ju-Jutsu-Verein Heßler 1985 e.V.", ["WS1", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Андрій Ковальчук", "andrij.kovalchuk@mail.example", "windows-1251", "q")),
           ("To", ST),
           ("Subject", "Anmeldung Integrationssporttag"),
           ("Date", m.date),
           ("Message-ID", "<4a7e0c93-b15d-4f28-86e3-c9d0a2f1b764@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Андрій Ковальчук <andrij.kovalchuk@mail.example>")
    m.single("""Guten Tag,

mein Name ist Andrij Kovalchuk, ich bin seit 2023 Übungsleiter beim
Ju-Jutsu-Verein Heßler 1985 e.V. und trainiere dort die Jugendgruppe
(14–17 Jahre, Di und Do 18:30 Uhr). Viele von unseren Jugendlichen kommen
wie ich aus der Ukraine.

Ich möchte mich für Workshop 1 anmelden, als Zweitwunsch Workshop 4.
Ich komme allein.

Mit freundlichen Grüßen
Andrij Kovalchuk
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Sports outfitter advertising 11er-Trikotsatz and U-team kits (other).

TEAMSPORT_TEXT = """Hallo Sportfreunde,

die neue Saison läuft – ist eure Mannschaft schon ausgestattet?

VEREINSAKTION HERBST 2027
- 11er-Trikotsatz inkl. Flock und Vereinswappen: ab 279 €
- Trainingsanzüge für alle U-Mannschaften (U7 bis U19): 20 % Rabatt
- Boxhandschuhe, Pratzen und Kopfschutz im Set: ab 89 €
- Cricket-Starterset (Schläger, Pads, Helm): 149 €

Extra für Integrations- und Inklusionsprojekte: weitere 10 % mit dem Code INTEGRATION27.

Jetzt Vereinskonto anlegen und bis 15.09. bestellen: https://teamsport-ruhr.example/verein

Sportliche Grüße
Ihr Team von Teamsport Ruhr

Teamsport Ruhr GmbH · Bochumer Straße 120 · 45886 Gelsenkirchen
Abmelden: https://teamsport-ruhr.example/abmelden?u=a81f"""

TEAMSPORT_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hallo Sportfreunde,</p>
<p>die neue Saison läuft – ist eure Mannschaft schon ausgestattet?</p>
<h2 style="color:#c8102e;">VEREINSAKTION HERBST 2027</h2>
<ul>
<li>11er-Trikotsatz inkl. Flock und Vereinswappen: <b>ab 279 €</b></li>
<li>Trainingsanzüge für alle U-Mannschaften (U7 bis U19): <b>20 % Rabatt</b></li>
<li>Boxhandschuhe, Pratzen und Kopfschutz im Set: <b>ab 89 €</b></li>
<li>Cricket-Starterset (Schläger, Pads, Helm): <b>149 €</b></li>
</ul>
<p>Extra für Integrations- und Inklusionsprojekte: weitere 10 % mit dem Code <b>INTEGRATION27</b>.</p>
<p><a href="https://teamsport-ruhr.example/verein" style="background:#c8102e;color:#fff;padding:8px 14px;text-decoration:none;">Jetzt Vereinskonto anlegen</a> und bis 15.09. bestellen</p>
<p>Sportliche Grüße<br>Ihr Team von Teamsport Ruhr</p>
<p style="font-size:11px;color:#888;">Teamsport Ruhr GmbH · Bochumer Straße 120 · 45886 Gelsenkirchen<br>
<a href="https://teamsport-ruhr.example/abmelden?u=a81f">Abmelden</a></p>
</body></html>
"""


@mail("teamsport-ruhr-advertising", "2027-08-28 10:10:00", E("other"), "de")
def _(m):
    subject = "Vereinsaktion Herbst: 11er-Trikotsatz ab 279 € – nur bis 15.09.!"
    m.head(("From", "Teamsport Ruhr <angebote@teamsport-ruhr.example>"),
           ("To", ST),
           ("Subject", ew(subject, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270828081000.a81f.4402@mailing.teamsport-ruhr.example>"),
           ("List-Unsubscribe", "<https://teamsport-ruhr.example/abmelden?u=a81f>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", subject)
    m.alternative(TEAMSPORT_TEXT, TEAMSPORT_HTML, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Club board address, four persons in a numbered list (1.-4. are not workshops), disclaimer.

@mail("lewandowski-ueckendorf-numbered-list", "2027-08-30 10:10:45",
      E("registration", "vorstand@fc-ueckendorf1910.example", "Bernd Lewandowski",
        "FC Ückendorf 1910 e.V.", ["WS3"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("FC Ückendorf 1910 e.V. – Vorstand",
                         "vorstand@fc-ueckendorf1910.example", "windows-1252", "q")),
           ("To", TO_ST),
           ("Subject", "Anmeldung FC Ückendorf – 4 Personen"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc1a6b$7e2f4a10$7a8dde30$@fc-ueckendorf1910.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "FC Ückendorf 1910 e.V. – Vorstand <vorstand@fc-ueckendorf1910.example>")
    m.single("""Sehr geehrte Frau Dzierzawa,

der FC Ückendorf 1910 e.V. nimmt mit folgenden Personen am Integrationssporttag teil:

1. Bernd Lewandowski (1. Vorsitzender)
2. Sevgi Öztürk (Jugendleiterin)
3. Mohammed Saleh (Trainer U11)
4. Kevin Schröder (Trainer 1. Mannschaft)

Wir möchten alle gemeinsam in Workshop 3 „Fördermittel und Vereinsfinanzen“. Hintergrund: Unser Kunstrasenplatz muss bis 2029 saniert werden und wir haben inzwischen 11 Jugendmannschaften.

Mit freundlichen Grüßen

Bernd Lewandowski
1. Vorsitzender
FC Ückendorf 1910 e.V.
Bezirkssportanlage Ückendorf, 45886 Gelsenkirchen

Der Inhalt dieser E-Mail ist ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat sind, löschen Sie diese E-Mail bitte.
""", charset="windows-1252", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Postfix DSN for a confirmation to a mistyped domain (bounce).

@mail("postfix-bounce-domain-typo", "2027-08-31 09:12:06",
      E("bounce", bounced="yasin.celik@gmial.example"), "en")
def _(m):
    rcpt = "yasin.celik@gmial.example"
    m.head(("From", "MAILER-DAEMON@mail.gelsenkirchen.example (Mail Delivery System)"),
           ("To", ST),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270831071206.2C7F41A0B3@mail.gelsenkirchen.example>"),
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

<{rcpt}>: Host or domain name not found. Name service error for
    name=gmial.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.gelsenkirchen.example"),
         ("X-Postfix-Queue-ID", "2C7F41A0B3"),
         ("X-Postfix-Sender", f"rfc822; {ST}"),
         ("Arrival-Date", "Tue, 31 Aug 2027 09:12:01 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=gmial.example type=MX: Host not found, try again")])
    original = confirmation_message(
        f"Yasin Çelik <{rcpt}>", "Herr Çelik", "WS1", 1,
        "Tue, 31 Aug 2027 09:12:01 +0200", "<mailbot.20270831091201.5e0b@gelsenkirchen.example>",
        "<b3c9e2f1-6a47-4d8e-a0b5-1f7c3d9e2a60@gmial.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# English Outlook change: funding -> workshop 1 and 3 -> 2 persons, English quote labels.

FERNANDO_TEXT = """Hi,

Small change to our registration please: could you move us from the funding workshop to workshop 1 (coaching)? And we'll be 2 instead of 3 – our vice-captain has a league match that day (we're 2nd in the table, can't afford to lose him!).

Thanks
Rohan Fernando
Gelsenkirchen Lions Cricket Club"""


@mail("fernando-lions-change-english-outlook", "2027-08-31 20:40:18",
      E("change", "rohan.fernando@lions-cricket.example", "Rohan Fernando",
        "Gelsenkirchen Lions Cricket Club", ["WS1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Rohan Fernando <rohan.fernando@lions-cricket.example>"),
           ("To", TO_ST),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcE1k7Wz0rT4pQm8yN2xVb5sLcAA=="),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB4172A9E3C1D0F2B4A6C8E0D2F4B6@LO2P265MB4172.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270820190312.2f6b@gelsenkirchen.example>"),
           ("References", "<mailbot.20270820190312.2f6b@gelsenkirchen.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationssporttag Gelsenkirchen <{ST}>",
             "Friday, August 20, 2027 7:03 PM",
             "Rohan Fernando <rohan.fernando@lions-cricket.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Fernando", "WS3", 3))
    m.alternative(outlook_plain(FERNANDO_TEXT, quote, "en"),
                  outlook_html(FERNANDO_TEXT, quote, "en"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# New Outlook HTML only; two persons, workshop to be chosen on site ([]).

MARKOVIC_TEXT = """Hallo Frau Dzierzawa,

wir sind am 18.09. mit 2 Leuten dabei (ich und unser Jugendtrainer Hamid). Welchen Workshop wir nehmen, entscheiden wir spontan vor Ort, je nachdem wo noch Platz ist – interessant finden wir eigentlich alle.

Unser Boxtraining für Geflüchtete läuft übrigens seit 2019 jeden Montag 18–20 Uhr, im Schnitt kommen 15–20 Jungs.

Beste Grüße
Dragan Marković
Boxring Scholven 1961 e.V."""


@mail("markovic-boxring-no-workshop-html-only", "2027-09-01 12:00:37",
      E("registration", "d.markovic@boxring-scholven.example", "Dragan Marković",
        "Boxring Scholven 1961 e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Dragan Marković <d.markovic@boxring-scholven.example>"),
           ("To", ST),
           ("Subject", "Sporttag 18.09."),
           ("Date", m.date),
           ("Message-ID", "<GV1PR03MB8820D4E5F6A7B8C9D0E1F2A3B4C5@GV1PR03MB8820.eurprd03.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(MARKOVIC_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# English question on licence units before registering; conditional 'I'll register' (question).

@mail("mahmood-boxing-licence-question", "2027-09-02 19:15:26",
      E("question", "tariq.mahmood@mail.example", "Tariq Mahmood",
        "Ruhr Boxing Academy e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Tariq Mahmood <tariq.mahmood@mail.example>"),
           ("To", ST),
           ("Subject", "Question: licence units (LE) for the Integrationssporttag?"),
           ("Date", m.date),
           ("Message-ID", "<DU0P194MB2207B1C3E5F7A9D0@DU0P194MB2207.EURP194.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

before I register for the Integrationssporttag I have a quick question.
I hold a C licence (Boxen) which needs renewing by the end of this year.
Does the day count as a Fortbildung for the licence extension (I still
need 15 LE), and will participants get a certificate?

If it counts, I'll register for workshop 1 with one colleague.

Thanks,
Tariq Mahmood
Ruhr Boxing Academy e.V.
Training: Mon/Wed/Fri 6-8 pm
""", charset="us-ascii", cte="7bit")


# -- 039 ---------------------------------------------------------------------
# Cancellation in Outlook HTML only quoting the confirmation; '4 Boxern' is no size.

HOFFMEISTER_TEXT = """Sehr geehrte Frau Dzierzawa,

leider muss ich meine Anmeldung zum Integrationssporttag zurückziehen. Der Landesverband hat die Westfalenmeisterschaften der Jugend auf den 18./19.09.2027 gelegt, und wir sind mit 4 Boxern qualifiziert.

Ich wünsche Ihnen eine gelungene Veranstaltung und hoffe, nächstes Jahr klappt es.

Mit sportlichen Grüßen
Jürgen Hoffmeister
Abteilungsleiter Boxen
PSV Gelsenkirchen 1921 e.V."""


@mail("hoffmeister-psv-cancel-outlook-html", "2027-09-03 08:05:44",
      E("cancellation", "juergen.hoffmeister@psv-gelsenkirchen.example", "Jürgen Hoffmeister",
        "PSV Gelsenkirchen 1921 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Hoffmeister, Jürgen" <juergen.hoffmeister@psv-gelsenkirchen.example>'),
           ("To", TO_ST),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcDw8kM3nQ7r1sTz5yWb9xLp2vEgAA"),
           ("Date", m.date),
           ("Message-ID", "<7a2e9c4f1b3d4e86@EXCH03.psv-gelsenkirchen.example>"),
           ("In-Reply-To", "<mailbot.20270812204733.1e5c@gelsenkirchen.example>"),
           ("References", "<mailbot.20270812204733.1e5c@gelsenkirchen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationssporttag Gelsenkirchen <{ST}>",
             "Donnerstag, 12. August 2027 20:47",
             "Hoffmeister, Jürgen <juergen.hoffmeister@psv-gelsenkirchen.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Hoffmeister", "WS4", 1))
    m.single(outlook_html(HOFFMEISTER_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Ukrainian Gmail change workshop 2 -> 4 with Ukrainian attribution; the colleague's workshop is noise.

BOIKO_TEXT = """Добрий день!

Я зареєстрована на воркшоп 2, але хотіла б перейти на воркшоп 4 (Antidiskriminierung). Моя колега з нашого клубу вже записалася на другий воркшоп, тож краще розділимося.
Кількість осіб та сама – тільки я.

Дякую!
Тетяна Бойко
TV Gelsenkirchen-Scholven 1898 e.V.
Abt. Tanz"""
BOIKO_ATTR = f"пн, 23 серп. 2027 р. о 10:14 Integrationssporttag Gelsenkirchen <{ST}> пише:"
BOIKO_CONF = confirmation("Frau Boiko", "WS2", 1)


@mail("boiko-change-ws2-to-ws4-ukrainian", "2027-09-06 21:00:02",
      E("change", "tetiana.boiko@mail.example", "Тетяна Бойко",
        "TV Gelsenkirchen-Scholven 1898 e.V.", ["WS4"], None, "uk"), "uk")
def _(m):
    m.head(("From", "Тетяна Бойко <tetiana.boiko@mail.example>"),
           ("To", TO_ST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD9qW4tR1mX7nZ2bV5kL0sY6pF3gH8jC9eA4uO3iN1qT6vB7rq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270823101406.3d9f@gelsenkirchen.example>"),
           ("References", "<mailbot.20270823101406.3d9f@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{BOIKO_TEXT}\n\n{BOIKO_ATTR}\n\n{gt_quote(BOIKO_CONF)}"
    m.alternative(plain, gmail_html(BOIKO_TEXT, attribution=BOIKO_ATTR, quoted=BOIKO_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Question on free places in Workshop 4 and a late registration (question).

@mail("renner-question-places-deadline", "2027-09-07 18:45:13",
      E("question", "c.renner@sus-schalke96.example", "Claudia Renner",
        "SuS Schalke 96 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Claudia Renner <c.renner@sus-schalke96.example>"),
           ("To", ST),
           ("Subject", "Noch Platz in Workshop 4?"),
           ("Date", m.date),
           ("Message-ID", "<1788713113.40917.Open-Xchange@ox.sus-schalke96.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ist im Workshop 4 (Antidiskriminierung) noch ein Platz frei? Und kann man
sich auch noch nach dem 10.09. anmelden? Unser Staffelleiter schickt den
Spielplan für die Frauen erst am 12.09. raus, vorher weiß ich nicht, ob
wir am 18.09. ein Auswärtsspiel haben.

Falls ja, würde ich mich dann mit einer Kollegin für Workshop 4 anmelden.

Viele Grüße
Claudia Renner
Frauen- und Mädchenwartin
SuS Schalke 96 e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Polish cancellation as a new mail without quote; '(warsztat 4)' is the old workshop.

@mail("nowicki-cancel-polish-new-mail", "2027-09-08 14:10:36",
      E("cancellation", "pawel.nowicki@poczta.example", "Paweł Nowicki",
        "Klub Bokserski Gwiazda Gelsenkirchen", [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Paweł Nowicki", "pawel.nowicki@poczta.example", "iso-8859-2", "b")),
           ("To", ST),
           ("Subject", "Rezygnacja - Integrationssporttag 18.09."),
           ("Date", m.date),
           ("Message-ID", "<0f6a2d81-c4e7-4b39-a1d5-9e3b7c0f8a24@poczta.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Paweł Nowicki <pawel.nowicki@poczta.example>")
    m.single("""Dzień dobry,

niestety muszę odwołać moje zgłoszenie na Integrationssporttag 18 września -
w tym dniu mam wesele w rodzinie w Katowicach. Proszę o skreślenie mnie
z listy (warsztat 4).

Przepraszam i pozdrawiam
Paweł Nowicki
Klub Bokserski Gwiazda Gelsenkirchen
""", charset="iso-8859-2", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Arabic Gmail cancellation quoting the confirmation; German course name inside.

OMAR_TEXT = """مرحباً،

للأسف لن أستطيع الحضور يوم السبت 18 أيلول، لأن عندي في نفس اليوم دورة المنقذ السباح (Rettungsschwimmer Silber) في بوخوم. أرجو إلغاء تسجيلي.

شكراً، وأعتذر عن الإزعاج
عمر حاج إبراهيم
مدرب سباحة
Wasserfreunde Gelsenkirchen-Erle e.V."""
OMAR_ATTR = f"في الأحد، 15 أغسطس 2027 في 11:30 ص، كتب Integrationssporttag Gelsenkirchen <{ST}>:"
OMAR_CONF = confirmation("Herr Haj Ibrahim", "WS1", 1)


@mail("hajibrahim-cancel-arabic-gmail", "2027-09-10 07:30:21",
      E("cancellation", "omar.hajibrahim@mail.example", "عمر حاج إبراهيم",
        "Wasserfreunde Gelsenkirchen-Erle e.V.", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Haj Ibrahim <omar.hajibrahim@mail.example>"),
           ("To", TO_ST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG0rX5uS2nY8mW3bT9kQ6pL1sZ4dF7hC0eA6uO2iN8qX3vB9te@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270815113011.8e2a@gelsenkirchen.example>"),
           ("References", "<mailbot.20270815113011.8e2a@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OMAR_TEXT}\n\n{OMAR_ATTR}\n\n{gt_quote(OMAR_CONF)}"
    m.alternative(plain, gmail_html(OMAR_TEXT, rtl=True, attribution=OMAR_ATTR, quoted=OMAR_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Short iPhone cancellation quoting the confirmation; 'Kreispokal 2. Runde' noise.

@mail("wojcik-cancel-cup-match-iphone", "2027-09-14 22:10:48",
      E("cancellation", "marcel.wojcik@mail.example", "Marcel Wojcik",
        "Eintracht Heßler 06", [], None, "de"), "de")
def _(m):
    m.head(("From", "Marcel Wojcik <marcel.wojcik@mail.example>"),
           ("To", TO_ST),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<D2A7F0C3-8E1B-4B5A-9C64-3F0E2D7A1B98@mail.example>"),
           ("In-Reply-To", "<mailbot.20270827094107.0c4e@gelsenkirchen.example>"),
           ("References", "<mailbot.20270827094107.0c4e@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,
wir müssen leider absagen – Kreispokal 2. Runde wurde auf Sa 18.09. 15 Uhr gelegt, da sind wir beide als Trainer gefordert. Schade!
Gruß Marcel Wojcik
Eintracht Heßler 06

Von meinem iPhone gesendet

> Am 27.08.2027 um 09:41 schrieb Integrationssporttag Gelsenkirchen <{ST}>:
>
{gt_quote(confirmation("Herr Wojcik", "WS1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Thank-you after the event with a PNG photo (other).

@mail("banaszak-thanks-after-event-photo", "2027-09-20 10:30:14", E("other"), "de")
def _(m):
    m.head(("From", "Ingo Banaszak <i.banaszak@bv-altstadt1912.example>"),
           ("To", TO_ST),
           ("Subject", "Danke für den Sporttag!"),
           ("Date", m.date),
           ("Message-ID", "<a9d3e1f7-5c2b-4e08-b6a4-0f8c2d7e1b35@bv-altstadt1912.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hallo Frau Dzierzawa, hallo Team,

vielen Dank für den super Tag am Samstag! Workshop 1 war für uns Gold
wert, wir haben am Dienstag direkt die Übungen mit den Kleinen (U9)
ausprobiert. Und unsere drei Jungs reden immer noch vom Cricket-Schnuppern.

Im Anhang ein Foto aus der Halle, gern für Homepage oder Doku benutzen
(die Eltern haben zugestimmt).

Nächstes Jahr gern wieder – dann mit mehr Leuten!

Viele Grüße
Ingo Banaszak
Jugendtrainer BV Gelsenkirchen-Altstadt 1912 e.V.
""", charset="utf-8", cte="8bit")
    png = m.binary(make_png(), "image", "png", "Sporttag_Halle.png")
    m.multi("mixed", [text, png])



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


def check_labels(e, problems):
    """The record is well formed for its kind."""
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
        return
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
            problems.append("change party_size must be null or >= 1")
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
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient set iff bounce")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")


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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    # hand-encoded headers decode to what was meant
    for h, want in m.header_checks:
        if h in ("From", "Reply-To", "To"):
            addrs = msg[h].addresses
            got = f"{addrs[0].display_name} <{addrs[0].addr_spec}>"
        else:
            got = str(msg[h])
        if got != want:
            problems.append(f"header {h} decodes to {got!r}, meant {want!r}")
    # body parts decode to exactly the written text
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
    # labels: well formed, and in agreement with the mail
    check_labels(expected, problems)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        heads = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h]
                 for a in msg[h].addresses]
        body = "\n".join(g for g in got if isinstance(g, str))
        if expected["email"] not in heads and expected["email"] not in body.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if msg["Reply-To"] and expected["email"] not in (
                a.addr_spec.lower() for a in msg["Reply-To"].addresses):
            if expected["email"] not in body.lower():
                problems.append("Reply-To present but email is something else")
        for k in ("name", "organisation"):
            v = expected[k]
            if v and v not in body and v not in str(msg["From"]):
                problems.append(f"{k} {v!r} not written in the mail")
    if kind in ("change", "cancellation") and "Angemeldete Personen" in text:
        if not msg["In-Reply-To"]:
            problems.append("a quoted confirmation but no In-Reply-To")
    if kind == "change" and "Angemeldete Personen" not in text:
        problems.append("change does not quote the confirmation")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower()


def mime_shape(msg):
    ct = msg.get_content_type()
    if ct.startswith("multipart/"):
        return ct + "(" + ",".join(p.get_content_type() for p in msg.iter_parts()) + ")"
    return ct


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: LANGS.index(x))
    print("kind          " + " ".join(f"{lg:>3}" for lg in langs) + "  all")
    for k in KINDS:
        if kinds[k]:
            print(f"{k:13} " + " ".join(f"{table[(k, lg)] or '-':>3}" for lg in langs)
                  + f"  {kinds[k]:>3}")
    print(f"{'all':13} " + " ".join(
        f"{sum(table[(k, lg)] for k in KINDS):>3}" for lg in langs) + f"  {len(built):>3}")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[mime_shape(msg)] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("MIME shapes:")
    for t, k in sorted(types.items()):
        print(f"  {k:3} {t}")
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

    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must hold 40-45")
        bad += 1
    seen = {}
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already sent {seen[s]}")
            bad += 1
        seen[s] = name
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
