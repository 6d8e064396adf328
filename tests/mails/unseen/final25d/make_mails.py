#!/usr/bin/env python3
"""Build the "final25d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Digitaltag für Vereine 2027, Mönchengladbach (see config.toml), five
workshops GES, DSG, VVO, VKO, FOE.  Every mail's text below is written by hand,
one mail at a time.  The script only wraps the texts in MIME with the standard
`email` package, writes the files, and reads every file back with
email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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
import tomllib
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICY = email.policy.default.clone(refold_source="none")

DT = "digitaltag@moenchengladbach.example"
DT_NAME = "Digitaltag für Vereine"
TO_DT = f"{DT_NAME} <{DT}>"
INVITATION_ID = "<einladung-digitaltag-2027.20270906100000@moenchengladbach.example>"
REMINDER7_ID = "<mailbot.reminder7.20271030090000@moenchengladbach.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "uk", "fa")
WS_IDS = tuple(w["id"] for w in tomllib.loads(
    (HERE / "config.toml").read_text(encoding="utf-8"))["workgroups"])


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


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


URL_RE = re.compile(r"(https?://[^\s<>\"()]+[^\s<>\"().,;:!?])")


def esc(line):
    """HTML-escape one line and turn URLs into links, as mail clients do."""
    return URL_RE.sub(lambda mo: f'<a href="{mo.group(1)}">{mo.group(1)}</a>',
                      html.escape(line, quote=False))


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


# Central European time in autumn 2027: CEST (+02:00) until Sun 31 Oct 2027,
# 01:00 UTC, then CET (+01:00).
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)


def local(dt):
    off = 1 if dt >= DST_END else 2
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off))), \
        ("CET" if off == 1 else "CEST")


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
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        non-ASCII values go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", DT)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival, zone = local(self.when + datetime.timedelta(seconds=4))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.moenchengladbach.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{DT}>; {format_datetime(arrival)} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx1.moenchengladbach.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

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
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


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


def make_screenshot_png(width=96, height=60):
    """A small RGB PNG that looks like an error dialog: grey desktop, white
    window with a blue title bar, a red icon and two grey text bars."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            px = (200, 204, 210)
            if 8 <= x < 88 and 6 <= y < 54:
                px = (255, 255, 255)
                if y < 14:
                    px = (0, 90, 170)
                elif 20 <= y < 32 and 14 <= x < 26:
                    px = (210, 40, 40)
                elif (22 <= y < 25 or 28 <= y < 31) and 32 <= x < 80:
                    px = (120, 120, 120)
                elif 42 <= y < 50 and 64 <= x < 82:
                    px = (225, 225, 225)
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
# texts that several mails quote: invitation, confirmation, reminders
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Digitaltag für Vereine 2027 – 6. November, VHS Mönchengladbach"
CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Digitaltag für Vereine 2027"
REMINDER7_SUBJECT = "Erinnerung: Digitaltag für Vereine 2027 am 6. November"
REMINDER1_SUBJECT = "Erinnerung: Digitaltag für Vereine 2027 – morgen geht es los"

INVITATION = """Liebe Vereinsvorstände, liebe Engagierte in Migrantenorganisationen und Vereinen,

digitale Werkzeuge machen Vereinsarbeit leichter – wenn man weiß, wie.
Deshalb laden wir Sie herzlich zum Digitaltag für Vereine 2027 ein.

Datum: Samstag, 6. November 2027, 10:00 bis 16:30 Uhr
Ort: VHS Mönchengladbach, Lüpertzender Straße 85, 41061 Mönchengladbach

Nach einem kurzen Auftakt arbeiten Sie den ganzen Tag in einem von fünf
Workshops:

Workshop 1 (GES): Canva & Gestaltung – Flyer, Plakate und Social-Media-Beiträge
Workshop 2 (DSG): Datenschutz und DSGVO im Verein
Workshop 3 (VVO): Vereinsverwaltung online – Mitglieder, Beiträge, Kasse
Workshop 4 (VKO): Videokonferenzen und hybride Sitzungen
Workshop 5 (FOE): Fördermittel digital beantragen

Bitte melden Sie sich bis Samstag, 30. Oktober 2027, formlos per E-Mail an
digitaltag@moenchengladbach.example an. Nennen Sie uns Ihren Namen, Ihren
Verein, den gewünschten Workshop mit Kürzel (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Bringen Sie nach Möglichkeit einen eigenen Laptop oder ein Tablet mit. Wer
kein Gerät hat, kann bei uns eines ausleihen – bitte bei der Anmeldung
angeben. Gäste-WLAN ist vorhanden.

Die Teilnahme ist kostenlos, für Mittagessen und Getränke ist gesorgt.

Mehr Informationen: https://www.moenchengladbach.example/digitaltag

Mit freundlichen Grüßen
Jana Hoffmeister
Kommunales Integrationszentrum Mönchengladbach
Telefon 02161 25-4471"""

WS_LINE = {
    "GES": "Workshop 1 (GES) – Canva & Gestaltung: Flyer, Plakate und Social-Media-Beiträge",
    "DSG": "Workshop 2 (DSG) – Datenschutz und DSGVO im Verein",
    "VVO": "Workshop 3 (VVO) – Vereinsverwaltung online: Mitglieder, Beiträge, Kasse",
    "VKO": "Workshop 4 (VKO) – Videokonferenzen und hybride Sitzungen",
    "FOE": "Workshop 5 (FOE) – Fördermittel digital beantragen",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in changes and cancellations)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Digitaltag für Vereine 2027 am Samstag,
6. November 2027, 10:00 bis 16:30 Uhr, in der VHS Mönchengladbach,
Lüpertzender Straße 85, 41061 Mönchengladbach.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Digitaltag für Vereine
Kommunales Integrationszentrum Mönchengladbach"""


def reminder(salutation, ws, persons, when_text):
    """The reminder mailbot sends 7 days and 1 day before the event."""
    return f"""Guten Tag {salutation},

{when_text} ist der Digitaltag für Vereine 2027 – wir freuen uns auf Sie!

Samstag, 6. November 2027, 10:00 bis 16:30 Uhr
VHS Mönchengladbach, Lüpertzender Straße 85, 41061 Mönchengladbach

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Bitte bringen Sie, wenn möglich, Ihren Laptop oder Ihr Tablet mit. Das
Gäste-WLAN heißt „VHS-Gast“, den Zugangscode bekommen Sie am Empfang.

Sie können nicht kommen? Dann antworten Sie bitte kurz auf diese E-Mail,
damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Digitaltag für Vereine
Kommunales Integrationszentrum Mönchengladbach"""


def mailbot_message(to, subject, body, when, msgid, in_reply_to=None):
    """A message mailbot sent, whole (for message/rfc822 in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_DT
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


# ---------------------------------------------------------------------------
# HTML the various clients write
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


def outlook_html(text, quote=None, labels=LABELS_DE, charset="Windows-1252", lang="DE"):
    """Outlook (Word) HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsu = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lf}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(frm)} <br>\n"
                   f"<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(to)}<br>\n"
                   f"<b>{lsu}:</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=LABELS_DE):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsu = labels
    return (f"{text}\n\n{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n"
            f"{lsu}: {subj}\n\n{quoted}")


def new_outlook_html(text):
    """HTML as the new Outlook / Outlook on the web writes it."""
    style = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, "
             "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);")
    divs = "\n".join(f'<div class="elementToProof" style="{style}">'
                     f'{esc(line) if line else "<br>"}</div>' for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


def div_html(text, font="font-family: Verdana; font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: new text, attribution line, blockquote."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    d = "rtl" if rtl else "ltr"
    return (gmail_html(text, rtl).rstrip("\n")
            + f'<br><div class="gmail_quote"><div dir="{d}" class="gmail_attr">'
            f"{esc(attribution)}<br></div>"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
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


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five codes in the quote);
# "zu dritt" = 3 while "2 Laptops" is a device count, not a party size.

@mail("kaplan-reply-quoting-invitation", "2027-09-06 11:02:37",
      E("registration", "murat.kaplan@dtkv-rheydt.example", "Murat Kaplan",
        "Deutsch-Türkischer Kulturverein Rheydt e.V.", ["VVO"], 3, "de"), "de")
def _(m):
    m.head(("From", "Murat Kaplan <murat.kaplan@dtkv-rheydt.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b9e2c71-0d3a-4f86-a1c5-7e2b9d0f3a18@dtkv-rheydt.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Hoffmeister,

danke für die Einladung, das kommt für uns genau richtig. Wir melden uns
für den Workshop VVO (Vereinsverwaltung online) an. Wir kommen zu dritt:
ich, unser Kassierer Mehmet Uysal und unsere Schriftführerin Derya Aksu.

Wir bringen 2 Laptops mit, einer läuft allerdings noch mit Windows 10 –
ich hoffe, das ist kein Problem. Unsere Mitgliederliste führen wir bis
jetzt in Excel, die Beiträge sammeln wir bar ein. Genau deshalb wollen
wir kommen.

Viele Grüße
Murat Kaplan

-- 
Deutsch-Türkischer Kulturverein Rheydt e.V.
1. Vorsitzender
Tel. 02166 94 71 20
https://www.dtkv-rheydt.example

Am 06.09.27 um 10:00 schrieb Digitaltag für Vereine:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# English, Gmail multipart/alternative; first and second choice by code;
# "Canva Free" and "Windows 11" are app/version names, not choices.

OWUSU_TEXT = """Hello,

I'd like to register for the Digitaltag für Vereine on 6 November.

My first choice is the Canva workshop (GES), second choice would be the
video conferencing one (VKO). At the moment we do all the flyers for our
association in Canva Free on our phones, so I'd love to learn how to do
it properly on a laptop.

It will be just me. I'll bring my own laptop (HP, Windows 11).

Thank you and kind regards,
Abena Owusu
Ghanaian Women's Association Mönchengladbach"""


@mail("owusu-english-first-second-choice", "2027-09-06 19:40:12",
      E("registration", "abena.owusu@gmail.example", "Abena Owusu",
        "Ghanaian Women's Association Mönchengladbach", ["GES", "VKO"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@gmail.example>"),
           ("To", DT),
           ("Subject", "Registration Digitaltag 6 Nov"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kQ8nV2pYt7Rz0wXc4Lb9sHd1JmEa6uGo5iTq2NeKy8fBr3w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Outlook, HTML only (Word HTML, windows-1252 quoted-printable).  Workshop by
# its title in typographic quotes; a pasted portal error "(Fehler 440)" and a
# URL; "Dr." before the name; 2 persons (she and a colleague).

PAPADAKI_TEXT = """Sehr geehrte Frau Hoffmeister,

hiermit melde ich mich und meinen Kollegen Herrn Nikos Stavridis verbindlich für den Digitaltag für Vereine am 6. November an. Wir möchten gerne am Workshop „Fördermittel digital beantragen“ teilnehmen.

Hintergrund: Beim letzten Antrag über das Förderportal des Landes (https://foerderportal.nrw.example) sind wir zweimal kurz vor dem Absenden mit der Meldung „Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an. (Fehler 440)“ herausgeflogen, und alle Eingaben waren weg. Vielleicht kann man im Workshop auch darauf eingehen.

Einen Laptop bringen wir selbst mit.

Mit freundlichen Grüßen

Dr. Eleni Papadaki
Schriftführerin
Griechische Gemeinde Mönchengladbach e.V.
Bismarckstraße 41 · 41061 Mönchengladbach
Tel.: 02161 / 8 47 29 30"""


@mail("papadaki-outlook-html-only", "2027-09-07 06:15:48",
      E("registration", "e.papadaki@griechische-gemeinde-mg.example", "Eleni Papadaki",
        "Griechische Gemeinde Mönchengladbach e.V.", ["FOE"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Papadaki, Eleni" <e.papadaki@griechische-gemeinde-mg.example>'),
           ("To", TO_DT),
           ("Subject", "Anmeldung Digitaltag – Fördermittel"),
           ("Thread-Topic", "Anmeldung Digitaltag – Fördermittel"),
           ("Thread-Index", "AdsfQ2p7x1Bk9m0YTVWc3r5nH2k8Lw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7412C5A1E0F34B7D9C2A6E81F0B3@DB9PR03MB7412.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(PAPADAKI_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic from a Samsung phone, UTF-8 base64.  "ثلاثة أشخاص" = 3 persons; they
# ask to borrow one laptop ("جهازاً واحداً").  Native-script signature beats the
# Latin display name; the association is named in German.

@mail("alali-arabic-samsung", "2027-09-07 21:12:05",
      E("registration", "a.alali@syrischer-kv-mg.example", "أحمد العلي",
        "Syrischer Kulturverein Mönchengladbach e.V.", ["VKO"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Al-Ali <a.alali@syrischer-kv-mg.example>"),
           ("To", DT),
           ("Subject", "تسجيل – Digitaltag 6.11."),
           ("Date", m.date),
           ("Message-ID", "<8w3jq1k0f2t9hx6v4nb7yc5r.1820430725116@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرغب في تسجيل جمعيتنا في يوم الرقمنة للجمعيات (Digitaltag für Vereine) يوم السبت 6 نوفمبر.
نريد المشاركة في ورشة مؤتمرات الفيديو (VKO)، لأننا نعقد اجتماعات الهيئة الإدارية عبر Zoom وكثيراً ما تحدث مشاكل في الصوت.
سنحضر ثلاثة أشخاص.
ليس لدينا لابتوب، فقط هواتف. هل يمكن أن تعيرونا جهازاً واحداً؟

شكراً جزيلاً
أحمد العلي
Syrischer Kulturverein Mönchengladbach e.V.

تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Shared association mailbox in From, her own address in Reply-To (Reply-To
# wins); first and second choice; "Office 2016" is a version, not a choice.
# iso-8859-15 quoted-printable from a webmail.

@mail("nowak-shared-mailbox-reply-to", "2027-09-08 09:30:22",
      E("registration", "a.nowak@polonia-mg.example", "Agnieszka Nowak",
        "Polnischer Kulturverein Polonia Mönchengladbach e.V.", ["DSG", "VVO"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Polonia Mönchengladbach", "info@polonia-mg.example", "iso-8859-15", "q")),
           ("Reply-To", "Agnieszka Nowak <a.nowak@polonia-mg.example>"),
           ("To", DT),
           ("Subject", "Anmeldung zum Digitaltag"),
           ("Date", m.date),
           ("Message-ID", "<7c2f0a9e1b44d8e3a5f6@webmail.polonia-mg.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich für den Digitaltag am 6.11. anmelden. Erstwunsch wäre der
Workshop Datenschutz/DSGVO (DSG), Zweitwunsch Vereinsverwaltung online
(VVO).

Zum Hintergrund: Unsere Mitgliederliste liegt als Excel-Datei (Office 2016)
auf einem privaten USB-Stick, und Fotos von unseren Festen schicken wir
über WhatsApp herum. Ich habe das Gefühl, dass das nicht ganz sauber ist.

Ich komme alleine. Bitte antworten Sie an meine eigene Adresse, in das
Vereinspostfach schaut nicht jeder regelmäßig.

Mit freundlichen Grüßen
Agnieszka Nowak
Polnischer Kulturverein Polonia Mönchengladbach e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable, display name RFC 2047 in iso-8859-9.
# "İki arkadaşımla birlikte ... toplam üç kişiyiz" = 3; an Instagram URL.

@mail("guler-turkish-iso-8859-9", "2027-09-08 14:05:51",
      E("registration", "ayse.guler@mail.example", "Ayşe Güler",
        "Mönchengladbach Türk Veliler Birliği e.V.", ["GES"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Güler", "ayse.guler@mail.example", "iso-8859-9", "q")),
           ("To", DT),
           ("Subject", ew("Digitaltag kaydı - Canva atölyesi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1820495151.482210.3391@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

6 Kasım'daki Digitaltag für Vereine etkinliğine kayıt olmak istiyoruz.
Canva ve tasarım atölyesine (GES) katılmak istiyoruz. Derneğimizin
Instagram sayfasını ( https://instagram.example/mg.veliler ) biz
hazırlıyoruz ama paylaşımlarımız pek profesyonel görünmüyor :)

İki arkadaşımla birlikte geleceğim, toplam üç kişiyiz.
Kendi laptoplarımızı getiririz.

Saygılarımla,
Ayşe Güler
Mönchengladbach Türk Veliler Birliği e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Ukrainian, Gmail multipart/alternative; workshop by its German title and
# code; "Нас буде двоє" = 2; Google Sheets / Telegram are app names.

BONDAR_TEXT = """Добрий день!

Я хотіла б зареєструватися на Digitaltag für Vereine 6 листопада.
Нас цікавить воркшоп «Vereinsverwaltung online» (VVO). Зараз ми ведемо список членів громади в Google Sheets, а нагадування про внески розсилаємо через Telegram, і це вже дуже незручно.

Нас буде двоє – я і наша бухгалтерка.
Ноутбук у нас один, з Windows 11.

З повагою,
Олена Бондар
Українська недільна школа «Барвінок» Менхенгладбах"""


@mail("bondar-ukrainian-gmail", "2027-09-09 18:20:33",
      E("registration", "olena.bondar@gmail.example", "Олена Бондар",
        "Українська недільна школа «Барвінок» Менхенгладбах", ["VVO"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Bondar <olena.bondar@gmail.example>"),
           ("To", DT),
           ("Subject", "Реєстрація на Digitaltag 6.11."),
           ("Date", m.date),
           ("Message-ID", "<CAJx7Yb2Qm4nT8wRz1kLp5sVd3HcEf9gUo0aRi6tXq2NeKy7BvA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDAR_TEXT, gmail_html(BONDAR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Question before registering (Wi-Fi captive portal, iPad/iPadOS version,
# whether two workshops can be combined); names VKO and FOE without choosing.
# iPhone Apple Mail, multipart/alternative.

SCHMITZ_TEXT = """Guten Tag Frau Hoffmeister,

bevor wir uns anmelden, zwei Fragen:

1. Wie funktioniert das WLAN in der VHS? Unser Vereins-iPad (9. Generation, iPadOS 17.5) hat mit Gast-WLANs, bei denen man sich erst auf einer Webseite anmelden muss, öfter Probleme. Bekommt man einen Zugangscode oder ein Passwort?

2. Kann man vormittags VKO und nachmittags FOE machen, oder ist man den ganzen Tag in einem Workshop?

Dann melden wir uns an, vermutlich zu zweit.

Mit freundlichen Grüßen
Klaus-Dieter Schmitz
Heimatverein Odenkirchen 1921 e.V.

Von meinem iPhone gesendet"""


@mail("schmitz-question-wlan-ipad", "2027-09-10 10:45:19",
      E("question", "kd.schmitz@heimatverein-odenkirchen.example", "Klaus-Dieter Schmitz",
        "Heimatverein Odenkirchen 1921 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Schmitz <kd.schmitz@heimatverein-odenkirchen.example>"),
           ("To", DT),
           ("Subject", "Frage WLAN / iPad"),
           ("Date", m.date),
           ("Message-ID", "<6E1D0B7A-3C92-4F58-B0A1-9D2E7C4F8A65@heimatverein-odenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (21F90)"),
           ("MIME-Version", "1.0"))
    m.alternative(SCHMITZ_TEXT, apple_html(SCHMITZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# Farsi, Gmail multipart/alternative (RTL HTML), UTF-8 base64.  First and
# second choice by code; "من و همسرم" = 2; "macOS 14" is a version; Persian
# digits in the phone number.

AHMADI_TEXT = """سلام و وقت بخیر،

می‌خواهم برای Digitaltag für Vereine در روز شنبه ۶ نوامبر ثبت‌نام کنم.
اولویت اول ما کارگاه حفاظت از داده‌ها (DSG) است و اولویت دوم کارگاه درخواست آنلاین کمک مالی (FOE).
من و همسرم با هم می‌آییم.
لپ‌تاپ خودمان را می‌آوریم (مک‌بوک با macOS 14).

با سپاس فراوان
مریم احمدی
انجمن فرهنگی ایرانیان مونشن‌گلادباخ
تلفن: ۰۱۷۶ ۴۴۵ ۲۸ ۱۹"""


@mail("ahmadi-farsi-gmail", "2027-09-11 12:10:40",
      E("registration", "maryam.ahmadi@gmail.example", "مریم احمدی",
        "انجمن فرهنگی ایرانیان مونشن‌گلادباخ", ["DSG", "FOE"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Ahmadi <maryam.ahmadi@gmail.example>"),
           ("To", DT),
           ("Subject", "ثبت‌نام Digitaltag"),
           ("Date", m.date),
           ("Message-ID", "<CAM4pR9xK2vLq7Tn0bYw3Zc8sJd5HgEf1uOa6iWr2NeQy9kBt4x@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI_TEXT, gmail_html(AHMADI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Sent from the writer's employer (Outlook, windows-1252 QP) with a company
# signature and a confidentiality disclaimer; the association is the sports
# club, not the employer.  "zu viert" = 4, "3 Laptops und 1 Tablet" are
# devices; "VereinsPilot 3.8" is a software version.

@mail("wefers-employer-disclaimer", "2027-09-13 08:02:14",
      E("registration", "juergen.wefers@niederrhein-logistik.example", "Jürgen Wefers",
        "SC Hardt 1919 e.V.", ["VVO"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Wefers, Jürgen", "juergen.wefers@niederrhein-logistik.example",
                         "iso-8859-1", "q")),
           ("To", DT),
           ("Subject", "Anmeldung Digitaltag 06.11. - SC Hardt"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc2471$5a3e9f10$0ebbdd30$@niederrhein-logistik.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

für den SC Hardt 1919 e.V. melde ich uns zum Digitaltag an. Wir sind zu viert (Vorsitzender, Kassenwart, Jugendleiterin und ich) und möchten in den Workshop Vereinsverwaltung online.

Wir bringen 3 Laptops und 1 Tablet mit. Frage am Rande: Wir nutzen seit Jahren VereinsPilot 3.8 (Desktop-Version) – lohnt sich der Umstieg auf die Cloud-Version? Vielleicht kann das im Workshop kurz Thema sein.

Bitte schicken Sie die Bestätigung an diese Adresse, privat lese ich seltener Mails.

Gruß
Jürgen Wefers
2. Vorsitzender SC Hardt 1919 e.V.

--
Niederrhein Logistik GmbH & Co. KG | Disposition
Jürgen Wefers
Tel. +49 2161 55 03-214
Sitz der Gesellschaft: Mönchengladbach, Amtsgericht Mönchengladbach HRA 9999

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
""", charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# English registration that also asks questions (Wi-Fi with Linux, slides);
# a pasted NetworkManager error; "Ubuntu 22.04" is a version.  Plain ASCII.

@mail("tesfaye-english-linux-wifi", "2027-09-14 16:30:02",
      E("registration", "s.tesfaye@eritrean-community-mg.example", "Samuel Tesfaye",
        "Eritrean Community Moenchengladbach e.V.", ["VKO"], 1, "en"), "en")
def _(m):
    m.head(("From", "Samuel Tesfaye <s.tesfaye@eritrean-community-mg.example>"),
           ("To", DT),
           ("Subject", "Registration + question about Wi-Fi (Linux)"),
           ("Date", m.date),
           ("Message-ID", "<20270914143002.GA18244@eritrean-community-mg.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Hoffmeister,

I would like to register for the workshop on video conferences and
hybrid meetings (VKO) on 6 November. Only me.

One question: I will bring my own laptop, a Lenovo ThinkPad running
Ubuntu 22.04 LTS. Does the guest Wi-Fi at the VHS use WPA2 with a
password, or a login page? At another venue last month I only got

  Activation of network connection failed

from NetworkManager and could not get online at all.

Also, will the slides be shared afterwards, e.g. as a download link?

Best regards,
Samuel Tesfaye
Secretary, Eritrean Community Moenchengladbach e.V.
""", charset="us-ascii", cte="7bit")


# -- 012 ---------------------------------------------------------------------
# Phone mail (Samsung), all lower case, no punctuation to speak of; "ich ...
# und meine schwester" = 2; "2 ausleihen" are loan laptops.  The name is the
# lower-case signature, fuller than the display name "hatice d.".

@mail("demir-phone-lower-case", "2027-09-15 20:55:46",
      E("registration", "hatice.demir88@mail.example", "hatice demir",
        "Frauentreff Nordpark", ["GES"], 2, "de"), "de")
def _(m):
    m.head(("From", "hatice d. <hatice.demir88@mail.example>"),
           ("To", DT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<r8k2m1.1821005746.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo
ich melde mich und meine schwester für den canva workshop an. wir machen die plakate für den frauentreff aber nur mit handy. brauchen wir unbedingt laptop? wir haben keins dann bitte 2 ausleihen
lg hatice demir
Frauentreff Nordpark

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Arabic in windows-1256 quoted-printable, display name in Latin, signature
# and association in Arabic script; workshop by an Arabic paraphrase in quotes
# plus code; "ELSTER" is a portal name; "سأحضر وحدي" = alone.

@mail("mansour-arabic-windows-1256", "2027-09-16 11:40:27",
      E("registration", "k.mansour@irakischer-verein-mg.example", "خالد منصور",
        "الجمعية العراقية في مونشنغلادباخ", ["FOE"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <k.mansour@irakischer-verein-mg.example>"),
           ("To", DT),
           ("Subject", ew("Anmeldung / تسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<002301dc26e4$7b1c8a40$7155f2c0$@irakischer-verein-mg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-iq"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أود التسجيل في يوم الرقمنة للجمعيات في 6 نوفمبر 2027.
أرغب في حضور ورشة "طلب التمويل إلكترونياً" (FOE)، لأننا نريد التقدم بطلب تمويل لمشروع دروس اللغة العربية للأطفال، وقد أنشأنا للتو حساباً على بوابة ELSTER للجمعيات لكننا لا نعرف الخطوات التالية.
سأحضر وحدي.

مع الشكر والتقدير
خالد منصور
الجمعية العراقية في مونشنغلادباخ
""", charset="windows-1256", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Thunderbird forward of an internal chain: the chairman's forwarded note
# mentions Datenschutz and Canva, the quoted invitation all five codes; the
# choice in the new text is DSG for 2 persons.

RAHIMI_SULTANI = f"""Nadia, kannst du uns beide anmelden? Datenschutz wäre wichtig wegen
der neuen Website, Canva wäre auch schön, aber einer reicht.
Danke! Wahid

Von: Digitaltag für Vereine <{DT}>
Gesendet: Montag, 6. September 2027 10:00
An: Digitaltag für Vereine <{DT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("rahimi-forward-internal-chain", "2027-09-17 09:10:53",
      E("registration", "nadia.rahimi@web.example", "Nadia Rahimi",
        "Afghanischer Kulturverein Mönchengladbach e.V.", ["DSG"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nadia Rahimi <nadia.rahimi@web.example>"),
           ("To", DT),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a3d81f5c-62e0-4b97-8c14-0f9e2b7d5a36@web.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Hoffmeister,

wie unten mit unserem Vorsitzenden besprochen, melde ich Herrn Wahid
Sultani und mich für den Workshop Datenschutz (DSG) an. Wir sind also
2 Personen.

Freundliche Grüße
Nadia Rahimi
Afghanischer Kulturverein Mönchengladbach e.V.


-------- Weitergeleitete Nachricht --------
Betreff: \tWG: {INVITATION_SUBJECT}
Datum: \tTue, 14 Sep 2027 21:03:11 +0200
Von: \tWahid Sultani <w.sultani@mail.example>
An: \tNadia Rahimi <nadia.rahimi@web.example>



{RAHIMI_SULTANI}
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# New Outlook, HTML only (UTF-8 QP); the online form link gave a pasted
# "404" error; first and second choice by title; 2 persons.

YILMAZ_BERGER_TEXT = """Liebes Team vom Digitaltag,

eigentlich wollte ich uns über den Link auf Ihrer Seite anmelden (https://www.moenchengladbach.example/digitaltag/anmeldung), da kommt aber nur:

404 – Die angeforderte Seite wurde nicht gefunden.

Deshalb auf diesem Weg: Wir sind zu zweit, meine Kollegin Songül Aksoy und ich. Am liebsten möchten wir in den Workshop Fördermittel digital beantragen, falls der voll ist, in Datenschutz.

Wir bringen beide unsere Laptops mit.

Herzliche Grüße
Fatma Yılmaz-Berger
Interkultureller Frauenverein Eicken e.V."""


@mail("yilmaz-berger-new-outlook-html-404", "2027-09-20 08:05:31",
      E("registration", "f.yilmaz-berger@frauenverein-eicken.example", "Fatma Yılmaz-Berger",
        "Interkultureller Frauenverein Eicken e.V.", ["FOE", "DSG"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Fatma Yılmaz-Berger <f.yilmaz-berger@frauenverein-eicken.example>"),
           ("To", DT),
           ("Subject", "Anmeldung Digitaltag (Link funktioniert nicht)"),
           ("Thread-Topic", "Anmeldung Digitaltag (Link funktioniert nicht)"),
           ("Thread-Index", "AQHcKg4m1Zk0VfP3s0mWbXj2aQ9Sxw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8472B3E61F0D9C4A7E2B5D8C1A0F@AS8PR04MB8472.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(YILMAZ_BERGER_TEXT), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Turkish with German association words, Thunderbird, windows-1254 QP.
# "4 kişiyiz" = 4 persons; "1 laptop", "2 tane ödünç laptop" are devices;
# "5.16.10 sürümü" is a Zoom version.

@mail("celik-turkish-windows-1254", "2027-09-21 19:33:08",
      E("registration", "h.celik@genclikspor-mg.example", "Hüseyin Çelik",
        "Gençlik Spor Kulübü Mönchengladbach e.V.", ["VKO"], 4, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hüseyin Çelik", "h.celik@genclikspor-mg.example", "windows-1254", "b")),
           ("To", TO_DT),
           ("Subject", ew("Digitaltag – Videokonferans atölyesi kaydı", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<5d0e7b2a-91c4-4f3e-8a26-c1b9f04e7d53@genclikspor-mg.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Gençlik Spor Kulübü Mönchengladbach olarak 6 Kasım'daki Digitaltag'e
katılmak istiyoruz. Videokonferans atölyesine (VKO) yazılmak istiyoruz.

Yönetim kurulu toplantılarımızı Zoom'da yapıyoruz ama 5.16.10 sürümünden
beri toplantı odasındaki hoparlörde yankı oluyor, bir türlü çözemedik. Bir
de Mitgliederversammlung'u hibrit yapmak istiyoruz, o yüzden bu atölye tam
bize göre.

4 kişiyiz ama sadece 1 laptopumuz var. 2 tane ödünç laptop alabilir miyiz?

Teşekkürler, selamlar
Hüseyin Çelik
Gençlik Spor Kulübü Mönchengladbach e.V.
""", charset="windows-1254", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Outlook for iOS, multipart/alternative; first choice DSG, fallback GES;
# "about 40 families" is not a party size.

RAGHUNATHAN_TEXT = """Hi,

Please register me for the Digitaltag on 6 Nov. I'd like DSG (data protection) – if that one is full, put me in GES instead.

We're a small group (Indian Association Niederrhein, about 40 families) and we just started collecting members' data through a Google Form, so the GDPR part really matters to us.

Thanks!
Priya Raghunathan

Get Outlook for iOS"""

RAGHUNATHAN_HTML = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                    "</head>\n<body>\n"
                    + "\n".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>'
                                for line in RAGHUNATHAN_TEXT.split("\n")[:-1])
                    + '\n<div id="ms-outlook-mobile-signature">Get '
                      '<a href="https://aka.ms.example/o0ukef">Outlook for iOS</a></div>\n'
                    "</body>\n</html>\n")


@mail("raghunathan-outlook-ios-fallback", "2027-09-22 08:48:25",
      E("registration", "priya.r@indian-association-nrw.example", "Priya Raghunathan",
        "Indian Association Niederrhein", ["DSG", "GES"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.r@indian-association-nrw.example>"),
           ("To", DT),
           ("Subject", "Digitaltag registration"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR08MB6925E1A4C7B03D2F9E6B8A41C5D7@PAXPR08MB6925.eurprd08.prod.outlook.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN_TEXT, RAGHUNATHAN_HTML, charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# multipart/mixed with a PNG screenshot of an error; the pasted error names
# "VereinsPilot 3.9.2" and "pain.008.001.08" (versions, not choices).
# "mich und unseren Kassierer" = 2.

@mail("petrovic-screenshot-attached", "2027-09-23 13:15:44",
      E("registration", "marko.petrovic@svetisava-mg.example", "Marko Petrović",
        "Serbischer Kulturverein „Sveti Sava“ Mönchengladbach e.V.", ["VVO"], 2, "de"), "de")
def _(m):
    m.head(("From", "Marko Petrović <marko.petrovic@svetisava-mg.example>"),
           ("To", DT),
           ("Subject", "Anmeldung Digitaltag + Screenshot Fehlermeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAL2vN8qW5xTz1pKb7Rm4Yc0sHd9JgEa3uOi6fLr2NeXw8kBq5t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = m.text("""Guten Tag,

ich melde mich und unseren Kassierer Dragan Ilić für den Workshop VVO
(Vereinsverwaltung online) an, also 2 Personen.

Im Anhang ein Screenshot von der Fehlermeldung, die wir seit dem Update auf
VereinsPilot 3.9.2 beim SEPA-Lastschrifteinzug bekommen:

"Export fehlgeschlagen: Die Datei entspricht nicht dem Schema
pain.008.001.08 (Zeile 1, Spalte 1)."

Vielleicht kann man so etwas im Workshop kurz anschauen. Den Vereinslaptop
bringen wir mit.

Mit freundlichen Grüßen
Marko Petrović
Serbischer Kulturverein „Sveti Sava“ Mönchengladbach e.V.
""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_screenshot_png(), "image", "png", "Screenshot 2027-09-23 130412.png")
    m.multi("mixed", [text, png], style="gmail")


# -- 019 ---------------------------------------------------------------------
# Farsi question: an unregistered group (not an e.V.) asks whether it may
# take part and whether FOE covers a programme; registration announced for
# later ("بعداً ... ثبت‌نام می‌کنیم") -> question.  No organisation name.

@mail("karimi-farsi-question", "2027-09-24 17:50:16",
      E("question", "reza.karimi@mail.example", "رضا کریمی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", addr("رضا کریمی", "reza.karimi@mail.example", "utf-8", "b")),
           ("To", DT),
           ("Subject", "سوال درباره کارگاه Fördermittel"),
           ("Date", m.date),
           ("Message-ID", "<1821454216.207733.5518@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

ما یک گروه کوچک از افغان‌ها و ایرانی‌ها در مونشن‌گلادباخ هستیم و هنوز انجمن ثبت‌شده (e.V.) نیستیم.
آیا ما هم می‌توانیم در Digitaltag شرکت کنیم؟ و آیا در کارگاه FOE درباره‌ی برنامه‌ی «KOMM-AN NRW» هم صحبت می‌شود؟
اگر جواب مثبت باشد، بعداً برای سه نفر ثبت‌نام می‌کنیم.

با تشکر
رضا کریمی
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# iPhone; everything is in the Subject (workshop code, "2 Pers.",
# association); the body says "siehe Betreff" and names the second person.

@mail("hussain-iphone-subject-carries-all", "2027-09-27 09:20:03",
      E("registration", "bilal.hussain@mail.example", "Bilal Hussain",
        "Pakistanische Gemeinde MG", ["DSG"], 2, "de"), "de")
def _(m):
    m.head(("From", "Bilal Hussain <bilal.hussain@mail.example>"),
           ("To", DT),
           ("Subject", ew("Anmeldung Digitaltag – DSG – 2 Pers. – Pakistanische Gemeinde MG",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<9B3F1E0C-7D25-4A86-B9E1-2C5F8A0D3E74@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo, siehe Betreff 🙂 Ich und mein Bruder Imran.
Gruß Bilal Hussain

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Turkish from the Gmail app (multipart/alternative); the association is
# named in German inside the Turkish text; a pasted English error from Canva;
# "2 kişi" = 2, "2 tablet" are devices.

ARSLAN_TEXT = """Merhaba Hoffmeister Hanım,

Alevitische Gemeinde Mönchengladbach e.V. adına Canva atölyesine (GES) kayıt olmak istiyorum. Ben ve gençlik kolundan bir arkadaşım, yani 2 kişi.

Canva'nın kâr amacı gütmeyen kuruluşlara verdiği ücretsiz Pro sürümüne başvurduk ama şu hatayı aldık:
"We couldn't verify your organization. Please upload a document that shows your nonprofit status."
Vereinsregisterauszug'u yükledik ama yine olmadı. Belki atölyede bakabiliriz?

2 tablet getireceğiz (iPad).

Sevgiler
Zeynep Arslan"""


@mail("arslan-turkish-gmail-app-canva-error", "2027-09-28 15:44:58",
      E("registration", "zeynep.arslan@gmail.example", "Zeynep Arslan",
        "Alevitische Gemeinde Mönchengladbach e.V.", ["GES"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Zeynep Arslan <zeynep.arslan@gmail.example>"),
           ("To", DT),
           ("Subject", "Kayıt: Canva & Gestaltung"),
           ("Date", m.date),
           ("Message-ID", "<CAN6tQ1wZ8yVp3Kr5Xb0Lm7sJd2HcEf4uGo9iRq1NeTy6kBx8v@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ARSLAN_TEXT, gmail_html(ARSLAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Arabic, Gmail HTML only (RTL div markup), UTF-8 base64.  First/second
# choice on two lines; "نحن ثلاث نساء" = 3; "لابتوبين" = two laptops.

HADDAD_TEXT = """مرحباً،

نحن ثلاث نساء من جمعية المرأة العربية في مونشنغلادباخ، ونرغب في التسجيل في يوم الرقمنة للجمعيات.
الخيار الأول: ورشة Canva والتصميم (GES)
الخيار الثاني: ورشة حماية البيانات (DSG)

سنحضر معنا لابتوبين.

مع التحية
ريم الحداد"""


@mail("haddad-arabic-gmail-html-only", "2027-09-29 10:30:37",
      E("registration", "reem.haddad@gmail.example", "ريم الحداد",
        "جمعية المرأة العربية في مونشنغلادباخ", ["GES", "DSG"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Haddad <reem.haddad@gmail.example>"),
           ("To", DT),
           ("Subject", "تسجيل في ورشة Canva"),
           ("Date", m.date),
           ("Message-ID", "<CAP8xR3vM1nLq6Tz9bWk2Yc5sHd0JfEg7uOa4iXr3NeVy1kBw6s@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(HADDAD_TEXT, rtl=True), subtype="html", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Vendor newsletter (other) that names the event, DSGVO, SEPA and
# "Online-Sitzungen"; bulk headers and List-Unsubscribe.

VP_TEXT = """VereinsPilot Newsletter – Herbst 2027

Hallo liebe Vereinsmenschen,

Sie bereiten sich auf den Digitaltag für Vereine vor? Dann ist jetzt der beste Zeitpunkt für den Umstieg: VereinsPilot 4.0 ist da – mit DSGVO-konformer Mitgliederverwaltung, SEPA-Lastschrift und Online-Sitzungen direkt aus der App.

Nur bis 31. Oktober: 30 % Rabatt im ersten Jahr mit dem Code DIGITAL27.
Jetzt 30 Tage kostenlos testen: https://www.vereinspilot.example/testen?utm_source=newsletter

Ihr Team von VereinsPilot

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.
Abmelden: https://www.vereinspilot.example/abmelden?u=7f3a21
VereinsPilot GmbH · Hohenzollernstraße 12 · 41061 Mönchengladbach"""

VP_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>VereinsPilot Newsletter</title></head>
<body style="margin:0;background:#eef3f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d2b36;">
<tr><td style="background:#0b6e4f;color:#fff;"><h1 style="margin:0;font-size:22px;">VereinsPilot Newsletter – Herbst 2027</h1></td></tr>
<tr><td>
<p>Hallo liebe Vereinsmenschen,</p>
<p>Sie bereiten sich auf den Digitaltag für Vereine vor? Dann ist jetzt der beste Zeitpunkt für den Umstieg: <b>VereinsPilot 4.0</b> ist da – mit DSGVO-konformer Mitgliederverwaltung, SEPA-Lastschrift und Online-Sitzungen direkt aus der App.</p>
<p style="font-size:18px;"><b>Nur bis 31. Oktober: 30 % Rabatt</b> im ersten Jahr mit dem Code <b>DIGITAL27</b>.</p>
<p><a href="https://www.vereinspilot.example/testen?utm_source=newsletter" style="background:#0b6e4f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Jetzt 30 Tage kostenlos testen</a></p>
<p>Ihr Team von VereinsPilot</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben.<br>
<a href="https://www.vereinspilot.example/abmelden?u=7f3a21">Abmelden</a> · VereinsPilot GmbH · Hohenzollernstraße 12 · 41061 Mönchengladbach</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("vereinspilot-vendor-newsletter", "2027-09-30 19:05:00",
      E("other"), "de")
def _(m):
    m.head(("From", "VereinsPilot <news@vereinspilot.example>"),
           ("To", DT),
           ("Subject", "Digitaltag? Jetzt umsteigen – 30 % auf VereinsPilot 4.0"),
           ("Date", m.date),
           ("Message-ID", "<nl.2027-herbst.7f3a21.b91c@mailing.vereinspilot.example>"),
           ("List-Id", "VereinsPilot News <news.vereinspilot.example>"),
           ("List-Unsubscribe", "<https://www.vereinspilot.example/abmelden?u=7f3a21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sendwerk 5.4"),
           ("MIME-Version", "1.0"),
           envelope="bounces+7f3a21@mailing.vereinspilot.example")
    m.alternative(VP_TEXT, VP_HTML, charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Ukrainian in windows-1251 (8bit); display name and subject as RFC 2047
# B-words in windows-1251.  First choice FOE, fallback VVO; "втрьох" = 3;
# "один ноутбук", "два смартфони" are devices; "Windows 11" a version.

@mail("tkachenko-ukrainian-windows-1251", "2027-10-01 11:11:29",
      E("registration", "a.tkachenko@ukr-centr-mg.example", "Андрій Ткаченко",
        "Український культурний центр Менхенгладбах", ["FOE", "VVO"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Андрій Ткаченко", "a.tkachenko@ukr-centr-mg.example", "windows-1251", "b")),
           ("To", DT),
           ("Subject", ew("Реєстрація – Digitaltag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1827746489.31209.1@mail.ukr-centr-mg.example>"),
           ("X-Mailer", "The Bat! (v11.2.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Реєструю нашу організацію на Digitaltag 6 листопада 2027 року.
Перший вибір – воркшоп FOE (онлайн-заявки на фінансування), якщо там не
буде місць – VVO.
Прийдемо втрьох: я, голова правління і наш волонтер Максим.
У нас є один ноутбук (Windows 11) і два смартфони, позичати нічого не треба.

Дякую!
Андрій Ткаченко
Український культурний центр Менхенгладбах
""", charset="windows-1251", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Change (Thunderbird reply quoting the confirmation, GES): new choice DSG
# by its title; "Es bleibt bei 2 Personen" -> party_size not changed (null).

@mail("kuerten-change-ges-to-dsg", "2027-10-04 08:30:11",
      E("change", "sabine.kuerten@kg-neuwerk.example", "Sabine Kürten",
        "KG Blau-Weiß Neuwerk 1952 e.V.", ["DSG"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270922140212.a3f1@moenchengladbach.example>"
    m.head(("From", "Sabine Kürten <sabine.kuerten@kg-neuwerk.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e6b9d24-3f81-4c57-a2d0-8b7e1c5f9a43@kg-neuwerk.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

nach unserer Vorstandssitzung gestern möchten wir doch lieber in den
Workshop Datenschutz und DSGVO statt Canva. Unsere neue Website geht im
Januar online, und wir haben keine Ahnung, was alles ins Impressum und in
die Datenschutzerklärung muss. Flyer bekommen wir zur Not auch so hin.

Es bleibt bei 2 Personen.

Danke und viele Grüße
Sabine Kürten
KG Blau-Weiß Neuwerk 1952 e.V.

Am 22.09.27 um 14:02 schrieb Digitaltag für Vereine:
{gt_quote(confirmation("Frau Kürten", "GES", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# English, Apple Mail (Mac) multipart/alternative; workshop only by number
# ("Workshop 5") and a paraphrase; three named people = 3; "two laptops and
# an iPad" are devices; a parking question on the side.

NKEMDIRIM_TEXT = """Good afternoon,

Please register three of us from the Igbo Cultural Union Mönchengladbach for the Digitaltag on 6 November: myself, our treasurer Mrs Ngozi Eze and our youth leader Chidi Okonkwo.

We would like to join Workshop 5 (applying for funding online). We're bringing two laptops and an iPad, so no loan devices needed.

Is there parking at the VHS, by the way?

Kind regards,
Joseph Nkemdirim
Igbo Cultural Union Mönchengladbach"""


@mail("nkemdirim-english-workshop-number", "2027-10-05 12:47:09",
      E("registration", "joseph.nkemdirim@igbo-union-mg.example", "Joseph Nkemdirim",
        "Igbo Cultural Union Mönchengladbach", ["FOE"], 3, "en"), "en")
def _(m):
    m.head(("From", "Joseph Nkemdirim <joseph.nkemdirim@igbo-union-mg.example>"),
           ("To", DT),
           ("Subject", "Registration - Workshop 5"),
           ("Date", m.date),
           ("Message-ID", "<F2A7C0D9-4E1B-4B63-9A58-E3D6C1B0F7A2@igbo-union-mg.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(NKEMDIRIM_TEXT, apple_html(NKEMDIRIM_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# Turkish change (Thunderbird, Turkish attribution line) quoting the
# confirmation (VKO, 2): new workshop VVO and one more person -> 3.

@mail("dogan-turkish-change-vko-to-vvo", "2027-10-06 16:02:55",
      E("change", "emre.dogan@mail.example", "Emre Doğan",
        "Türkischer Elternverein Mönchengladbach e.V.", ["VVO"], 3, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270924161004.7c2e@moenchengladbach.example>"
    m.head(("From", "Emre Doğan <emre.dogan@mail.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b71c4e08-2d9a-4f35-96e1-5a0c8f3d2b79@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydımızda bir değişiklik yapmak istiyoruz: Videokonferans atölyesi (VKO)
yerine Vereinsverwaltung online (VVO) atölyesine katılmak istiyoruz. Bir
de arkadaşım Serkan Yıldız da gelecek, yani 2 değil 3 kişi olacağız.

Teşekkürler
Emre Doğan
Türkischer Elternverein Mönchengladbach e.V.

24.09.2027 16:10 tarihinde Digitaltag für Vereine yazdı:
{gt_quote(confirmation("Herr Doğan", "VKO", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Question, Gmail alternative: asks whether VKO covers Jitsi/BigBlueButton,
# pastes a Jitsi error, and will register "zu zweit" only then -> question.

JANSSEN_TEXT = """Sehr geehrte Frau Hoffmeister,

wir überlegen, uns für den Workshop Videokonferenzen (VKO) anzumelden. Vorher eine Frage: Geht es dort nur um Zoom und Microsoft Teams, oder auch um freie Lösungen wie Jitsi oder BigBlueButton?

Wir nutzen im Bürgerverein seit Corona Jitsi Meet über https://meet.jitsi.example/bv-hardterbroich, und ab etwa 8 Teilnehmenden bricht regelmäßig das Video weg mit der Meldung "Die Verbindung zur Konferenz wurde unterbrochen. Erneuter Verbindungsversuch in 10 Sekunden …".

Wenn Jitsi auch drankommt, melden wir uns zu zweit an.

Mit freundlichen Grüßen
Thomas Janssen
Bürgerverein Hardterbroich e.V."""


@mail("janssen-question-jitsi", "2027-10-07 09:15:38",
      E("question", "thomas.janssen@bv-hardterbroich.example", "Thomas Janssen",
        "Bürgerverein Hardterbroich e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Thomas Janssen <thomas.janssen@bv-hardterbroich.example>"),
           ("To", DT),
           ("Subject", "Frage zum Workshop Videokonferenzen"),
           ("Date", m.date),
           ("Message-ID", "<CAG5yT0pN7mRw2Xk8Lb4Qz1sVd6HcEf3uJo9iGr5NeKy0aBt2q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JANSSEN_TEXT, gmail_html(JANSSEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Farsi from an iPhone, very short, UTF-8 base64; Persian digit "۲ نفر" = 2;
# name and association in Persian script (display name Latin).

@mail("nouri-farsi-iphone-persian-digit", "2027-10-08 14:00:21",
      E("registration", "sara.nouri@icloud.example", "سارا نوری",
        "کانون زنان ایرانی نیدرراین", ["GES"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Sara Nouri <sara.nouri@icloud.example>"),
           ("To", DT),
           ("Subject", "ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<3A7E9C1F-0B24-4D8E-A6F5-71C2D9E0B4A8@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""سلام
لطفاً ما را برای کارگاه Canva (GES) ثبت‌نام کنید. ۲ نفر هستیم.
سارا نوری
کانون زنان ایرانی نیدرراین

ارسال شده از iPhone من
""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (windows-1252 QP) quoting the confirmation
# (DSG, 2) below a Von/Gesendet/An/Betreff block.  "6. November" appears as
# the date of a funeral, not as a choice.

PETERS_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum Digitaltag zurückziehen. In unserer Bruderschaft ist ein langjähriges Mitglied verstorben, und die Beerdigung ist am 6. November. Bitte streichen Sie uns beide von der Liste.

Vielleicht klappt es im nächsten Jahr.

Mit freundlichen Grüßen
Heinz-Willi Peters
Geschäftsführer
St. Sebastianus Schützenbruderschaft Giesenkirchen 1610 e.V."""


@mail("peters-cancel-outlook-html", "2027-10-11 08:20:47",
      E("cancellation", "hw.peters@sebastianus-giesenkirchen.example", "Heinz-Willi Peters",
        "St. Sebastianus Schützenbruderschaft Giesenkirchen 1610 e.V.", [], None, "de"), "de", tz=0)
def _(m):
    conf_id = "<mailbot.20270913110503.4d9a@moenchengladbach.example>"
    m.head(("From", '"Peters, Heinz-Willi" <hw.peters@sebastianus-giesenkirchen.example>'),
           ("To", TO_DT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcJKq3m0x9Vb1nR5kT2pL8qZ4wYAGk7Nzd"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB5831F2C7A04E9B3D6A1C8E52B7D0@VI1PR06MB5831.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_DT, "Montag, 13. September 2027 11:05",
             "Peters, Heinz-Willi <hw.peters@sebastianus-giesenkirchen.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Peters", "DSG", 2))
    m.single(outlook_html(PETERS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Arabic change, Gmail reply (Arabic attribution line) quoting the
# confirmation (GES, 2): new choice FOE, and if FOE is full stay in GES
# -> ["FOE", "GES"]; number of persons unchanged (null).

SHAMI_TEXT = """مرحباً،

نود تغيير الورشة: بدلاً من ورشة Canva (GES) نريد الانتقال إلى ورشة طلب التمويل إلكترونياً (FOE)، لأن موعد تقديم طلب مشروعنا الجديد في ديسمبر.
إذا كانت ورشة FOE ممتلئة، فأبقونا في GES من فضلكم.
عدد الأشخاص يبقى كما هو.

شكراً لكم
عمر الشامي
البيت الثقافي السوري"""

SHAMI_ATTR = f"في الثلاثاء، 28 سبتمبر 2027 في 3:20 م، كتب {DT_NAME} <{DT}>:"


@mail("shami-arabic-change-with-fallback", "2027-10-12 18:45:30",
      E("change", "omar.alshami@gmail.example", "عمر الشامي",
        "البيت الثقافي السوري", ["FOE", "GES"], None, "ar"), "ar")
def _(m):
    conf_id = "<mailbot.20270928152002.9b1f@moenchengladbach.example>"
    quoted = confirmation("Herr Al-Shami", "GES", 2)
    m.head(("From", "Omar Al-Shami <omar.alshami@gmail.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1wV6kR9pMz4Tn2Xb8Lq3sYd7JcEf0uGo5iKr6NeWy2aBx9m@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain = f"{SHAMI_TEXT}\n\n{SHAMI_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(SHAMI_TEXT, SHAMI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# German, GMX webmail, UTF-8 8bit; a pasted Zoom error with code 5003 and a
# version "6.0.11 (39959)"; "Ich komme allein" = 1 although her husband is
# mentioned (he only drives her).

@mail("schaefer-zoom-error-5003", "2027-10-13 11:05:14",
      E("registration", "irina.schaefer@gmx.example", "Irina Schäfer",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Mönchengladbach",
        ["VKO"], 1, "de"), "de")
def _(m):
    m.head(("From", "Irina Schäfer <irina.schaefer@gmx.example>"),
           ("To", DT),
           ("Subject", "Anmeldung Workshop Videokonferenzen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f8c1a70-5e3b-4d96-b0a4-9c7e2d1f5a38-1823245514417@3c-app-gmx-bs54>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Hoffmeister,

hiermit melde ich mich für den Workshop Videokonferenzen und hybride Sitzungen an. Ich komme allein, mein Mann fährt mich nur hin und holt mich wieder ab.

Bei unseren Online-Vorstandssitzungen bekomme ich auf meinem Laptop oft diese Meldung:

   Verbindung nicht möglich. Bitte überprüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut. (Fehlercode: 5003)

Zoom-Version: 6.0.11 (39959), Windows 10 Home. Auf dem Handy geht es. Ich bringe den Laptop mit, vielleicht kann jemand mal draufschauen.

Mit freundlichen Grüßen
Irina Schäfer
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Mönchengladbach
""", charset="utf-8", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# English cancellation, Outlook multipart/alternative with English header
# block ("From: / Sent: / To: / Subject:") quoting the confirmation (FOE, 2).

BELLO_TEXT = """Dear organisers,

I'm sorry, but I have to cancel our registration for 6 November. Our association's general assembly has been moved to that Saturday and neither of us can miss it.

Please give our two places to someone on the waiting list.

Best regards,
Fatima Bello
Nigerian Women's Forum NRW"""


@mail("bello-english-cancel-outlook", "2027-10-14 09:40:06",
      E("cancellation", "fatima.bello@nwf-nrw.example", "Fatima Bello",
        "Nigerian Women's Forum NRW", [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270930114207.2e8c@moenchengladbach.example>"
    m.head(("From", "Fatima Bello <fatima.bello@nwf-nrw.example>"),
           ("To", TO_DT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcMdE2k8p1Xn7Yb0Qm5sT3Lz9rWQ=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR10MB6183A7D2E5C40F9B1E3A7D26C8F0@GV1PR10MB6183.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_DT, "Thursday, September 30, 2027 11:42 AM",
             "Fatima Bello <fatima.bello@nwf-nrw.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Bello", "FOE", 2))
    m.alternative(outlook_plain(BELLO_TEXT, quote, LABELS_EN),
                  outlook_html(BELLO_TEXT, quote, LABELS_EN, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Ukrainian from an iPhone; the association is named in German inside the
# Ukrainian text; "Нас буде четверо" = 4; "2 ноутбуки на позику" are loan
# devices; a website URL.

@mail("koval-ukrainian-iphone", "2027-10-15 15:30:44",
      E("registration", "iryna.koval@icloud.example", "Ірина Коваль",
        "Ukraine-Hilfe Mönchengladbach e.V.", ["GES"], 4, "uk"), "uk")
def _(m):
    m.head(("From", "Iryna Koval <iryna.koval@icloud.example>"),
           ("To", DT),
           ("Subject", "Digitaltag – реєстрація"),
           ("Date", m.date),
           ("Message-ID", "<C5E0A9B7-2F14-4C3D-8E6A-B1D07F3C9E25@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!
Реєструю нас на воркшоп Canva & Gestaltung (GES) 6 листопада.
Нас буде четверо, всі волонтерки з Ukraine-Hilfe Mönchengladbach e.V.
Ми робимо пости для Instagram і для сайту https://ukraine-hilfe-mg.example, але все на телефонах, тому дуже просимо 2 ноутбуки на позику.
Дякую!
Ірина Коваль

Надіслано з iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), workshop stays: Outlook plain text with
# "-----Ursprüngliche Nachricht-----" quoting the confirmation (VVO, 2).
# workgroups [] (no new choice), party_size 3.

@mail("deutz-change-party-size", "2027-10-18 08:55:19",
      E("change", "monika.deutz@fk-wickrath.example", "Monika Deutz",
        "Freundeskreis Flüchtlingshilfe Wickrath e.V.", [], 3, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270928091402.5f7d@moenchengladbach.example>"
    m.head(("From", "Monika Deutz <monika.deutz@fk-wickrath.example>"),
           ("To", DT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001b01dc3f9a$e2c47d90$a84d78b0$@fk-wickrath.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Hoffmeister,

kleine Korrektur zu unserer Anmeldung: Wir kommen doch zu dritt, unsere neue Ehrenamtliche Lea möchte auch mit. Der Workshop bleibt gleich.

Beste Grüße
Monika Deutz
Freundeskreis Flüchtlingshilfe Wickrath e.V.

-----Ursprüngliche Nachricht-----
Von: {TO_DT}
Gesendet: Dienstag, 28. September 2027 09:14
An: Monika Deutz <monika.deutz@fk-wickrath.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Deutz", "VVO", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Farsi, Yahoo multipart/alternative; the workshop only by number with a
# Persian digit ("کارگاه شماره ۳" = Workshop 3 = VVO) and a paraphrase;
# "سه نفر" = 3; one loan laptop asked for.

REZAEI_TEXT = """با سلام و احترام،

از طرف انجمن ایرانیان نیدرراین می‌خواهم برای روز دیجیتال انجمن‌ها (Digitaltag für Vereine) در ۶ نوامبر ثبت‌نام کنم.
ما کارگاه شماره ۳ (مدیریت آنلاین انجمن) را انتخاب می‌کنیم.
سه نفر خواهیم بود. فقط یک لپ‌تاپ داریم؛ اگر ممکن است یک لپ‌تاپ هم به ما قرض بدهید.

با تشکر
حمید رضایی"""


@mail("rezaei-farsi-workshop-number", "2027-10-19 13:30:52",
      E("registration", "hamid.rezaei@yahoo.example", "حمید رضایی",
        "انجمن ایرانیان نیدرراین", ["VVO"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Rezaei <hamid.rezaei@yahoo.example>"),
           ("To", DT),
           ("Subject", "ثبت‌نام برای کارگاه شماره ۳"),
           ("Date", m.date),
           ("Message-ID", "<1524388096.2231847.1824111052913@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    yahoo = ('<html><head></head><body><div class="ydp5e1c2b0yahoo-style-wrap" '
             'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
             + "".join(f'<div dir="rtl">{esc(line) if line else "<br>"}</div>'
                       for line in REZAEI_TEXT.split("\n"))
             + "</div></body></html>\n")
    m.alternative(REZAEI_TEXT, yahoo, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Turkish question: can Canva run on a Chromebook ("ChromeOS 124"), is the
# Wi-Fi password given in advance; will register depending on the answer
# -> question.  UTF-8 8bit.

@mail("koc-turkish-question-chromebook", "2027-10-21 10:00:33",
      E("question", "ahmet.koc@mail.example", "Ahmet Koç",
        "Türk Aile Birliği Mönchengladbach", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Ahmet Koç <ahmet.koc@mail.example>"),
           ("To", DT),
           ("Subject", "Chromebook ile katılım?"),
           ("Date", m.date),
           ("Message-ID", "<1824102033.991204.2207@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Türk Aile Birliği Mönchengladbach olarak Canva atölyesine katılmayı
düşünüyoruz. Ama elimizde sadece Chromebook var (ChromeOS 124). Canva
Chromebook'ta çalışıyor mu, yoksa Windows laptop mu lazım?

Bir de, etkinlik yerindeki WLAN şifresi önceden verilecek mi?

Cevabınıza göre kaydımızı yapacağız.

Saygılar
Ahmet Koç
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# The association office registers its treasurer, who comes alone; the
# writer does not attend and asks to confirm to the treasurer's own address
# -> name and email are the treasurer's.  Outlook alternative, UTF-8 QP.

LENZEN_TEXT = """Guten Tag,

für den Kurdisch-Deutschen Kulturverein Mönchengladbach e.V. melde ich unsere Schatzmeisterin Frau Gül Aydın zum Digitaltag an. Sie kommt alleine und möchte in den Workshop Fördermittel digital beantragen (FOE).

Bitte schicken Sie die Bestätigung direkt an Frau Aydın: g.aydin@kdkv-mg.example
Ich selbst nehme nicht teil.

Ihren eigenen Laptop bringt sie mit.

Mit freundlichen Grüßen
Stefanie Lenzen
Geschäftsstelle
Kurdisch-Deutscher Kulturverein Mönchengladbach e.V."""


@mail("lenzen-office-registers-treasurer", "2027-10-25 07:12:40",
      E("registration", "g.aydin@kdkv-mg.example", "Gül Aydın",
        "Kurdisch-Deutscher Kulturverein Mönchengladbach e.V.", ["FOE"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "KDKV Geschäftsstelle <buero@kdkv-mg.example>"),
           ("To", DT),
           ("Subject", "Anmeldung Digitaltag – Frau Aydın"),
           ("Thread-Topic", "Anmeldung Digitaltag – Frau Aydın"),
           ("Thread-Index", "AdtHk2Q0c8Vw1n5fS3qXb7mP2rL9Yg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1794D0A6B2E5C7F83A1D9B4E6C02@FR3P281MB1794.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LENZEN_TEXT), outlook_html(LENZEN_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Farsi cancellation, Gmail reply with the Persian attribution line (Persian
# digits) quoting the confirmation (DSG, 2).

SALEHI_TEXT = """سلام،

متأسفانه من و همکارم نمی‌توانیم در Digitaltag شرکت کنیم، چون در همان روز جلسه‌ی مهمی داریم. لطفاً ثبت‌نام ما را لغو کنید تا جای ما به دیگران برسد.

با عرض پوزش و تشکر
نگار صالحی"""

SALEHI_ATTR = f"در تاریخ پنجشنبه ۳۰ سپتامبر ۲۰۲۷ ساعت ۱۰:۱۲ {DT_NAME} <{DT}> نوشت:"


@mail("salehi-farsi-cancel-gmail", "2027-10-27 20:14:09",
      E("cancellation", "negar.salehi@gmail.example", "نگار صالحی", None, [], None, "fa"), "fa")
def _(m):
    conf_id = "<mailbot.20270930101204.6a3b@moenchengladbach.example>"
    quoted = confirmation("Frau Salehi", "DSG", 2)
    m.head(("From", "Negar Salehi <negar.salehi@gmail.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK9zW4mT1qNx6Rb3Yp8Lc2sVd5HgEf7uJo0iQr4NeMy3aBw1p@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain = f"{SALEHI_TEXT}\n\n{SALEHI_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(SALEHI_TEXT, SALEHI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# English change from Outlook for Android quoting the confirmation (DSG, 1):
# new workshop VKO and a colleague joins -> 2.

YUSUF_TEXT = """Hello,

could you please switch me from DSG to the video conferencing workshop (VKO)? Our chairwoman will take care of data protection herself. Also my colleague Hodan Ali will come with me, so we're 2 now instead of 1.

Thanks a lot
Mariam Yusuf
Somali Community Mönchengladbach

Get Outlook for Android"""


@mail("yusuf-english-change-outlook-android", "2027-10-28 17:22:36",
      E("change", "mariam.yusuf@outlook.example", "Mariam Yusuf",
        "Somali Community Mönchengladbach", ["VKO"], 2, "en"), "en")
def _(m):
    conf_id = "<mailbot.20271001140533.8e4c@moenchengladbach.example>"
    quoted = confirmation("Frau Yusuf", "DSG", 1)
    sent = "Friday, October 1, 2027 2:05:33 PM"
    to = "Mariam Yusuf <mariam.yusuf@outlook.example>"
    m.head(("From", "Mariam Yusuf <mariam.yusuf@outlook.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1672C9E4A1B07D3F2E8A5C6D9B14@DU0P192MB1672.EURP192.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = (f"{YUSUF_TEXT}\n________________________________\nFrom: {TO_DT}\n"
             f"Sent: {sent}\nTo: {to}\nSubject: {CONFIRMATION_SUBJECT}\n\n{quoted}\n")
    body, sig = YUSUF_TEXT.rsplit("\n\n", 1)
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                 "</head>\n<body>\n"
                 + "\n".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>'
                             for line in body.split("\n"))
                 + '\n<div dir="auto"><br></div>\n<div id="ms-outlook-mobile-signature">Get '
                   '<a href="https://aka.ms.example/AAb9ysg">Outlook for Android</a></div>\n'
                 + '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                 + '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                   'style="font-size:11pt" color="#000000">'
                 + f"<b>From:</b> {esc(TO_DT)}<br><b>Sent:</b> {esc(sent)}<br>"
                 + f"<b>To:</b> {esc(to)}<br><b>Subject:</b> {esc(CONFIRMATION_SUBJECT)}</font>"
                 + "<div>&nbsp;</div></div>\n<div>"
                 + "<br>\n".join(esc(line) for line in quoted.split("\n"))
                 + "</div>\n</body>\n</html>\n")
    assert sig == "Get Outlook for Android"
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Out-of-office (Outlook, Auto-Submitted, X-Auto-Response-Suppress) answering
# the 7-day reminder.

HERMANNS_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. November 2027 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: 02161 80 99 10 oder sekretariat@migrationsdienst-niederrhein.example.

Mit freundlichen Grüßen
Birgit Hermanns
Migrationsdienst Niederrhein e.V."""


@mail("hermanns-out-of-office-reminder", "2027-10-30 09:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Birgit Hermanns <b.hermanns@migrationsdienst-niederrhein.example>"),
           ("To", TO_DT),
           ("Subject", "Automatische Antwort: " + REMINDER7_SUBJECT),
           ("Thread-Topic", REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5c0d8e2f7a1b4936@EXCH02.migrationsdienst-niederrhein.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HERMANNS_OOF), outlook_html(HERMANNS_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the 7-day reminder could not be
# delivered, remote mailbox full (5.2.2).  The returned reminder names GES.

BOUNCE_RCPT = "vorstand@kulturbruecke-mg.example"


@mail("postfix-bounce-mailbox-full", "2027-10-30 09:01:15",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx1.moenchengladbach.example (Mail Delivery System)"),
           ("To", DT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20271030070115.3B9F2180A4@mx1.moenchengladbach.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx1.moenchengladbach.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE_RCPT}>: host mx.kulturbruecke-mg.example[203.0.113.77] said:
    552 5.2.2 <{BOUNCE_RCPT}>: Mailbox full, quota exceeded (in reply
    to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx1.moenchengladbach.example"),
         ("X-Postfix-Queue-ID", "3B9F2180A4"),
         ("X-Postfix-Sender", f"rfc822; {DT}"),
         ("Arrival-Date", "Sat, 30 Oct 2027 09:00:02 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.kulturbruecke-mg.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{BOUNCE_RCPT}>: Mailbox full, quota\n"
                             "    exceeded")])
    original = mailbot_message(
        f"Kulturbrücke Mönchengladbach e.V. <{BOUNCE_RCPT}>", REMINDER7_SUBJECT,
        reminder("Herr Yıldırım", "GES", 2, "In einer Woche"),
        "Sat, 30 Oct 2027 09:00:02 +0200", REMINDER7_ID)
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office without any auto-reply header; the
# subject starts with "Otomatik yanıt:".

@mail("ozturk-bilingual-ooo-no-headers", "2027-10-30 09:02:30",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Sevgi Öztürk <s.oeztuerk@tdf-mg.example>"),
           ("To", DT),
           ("Subject", "Otomatik yanıt: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20271030090230.4e7a1c@tdf-mg.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
3 Kasım'a kadar izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda lütfen dernek@tdf-mg.example adresine yazın.

Hallo,
ich bin bis zum 3. November im Urlaub und lese keine E-Mails. In dringenden Fällen schreiben Sie bitte an dernek@tdf-mg.example.

Sevgi Öztürk
Türkisch-Deutsches Frauenforum Mönchengladbach
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Ukrainian cancellation, Gmail reply (Ukrainian attribution line) quoting the
# confirmation (VKO, 1); after the change to CET.

HNATIUK_TEXT = """Доброго ранку!

На жаль, мушу скасувати свою реєстрацію на Digitaltag 6 листопада – мене терміново викликали на роботу в суботу.
Дуже шкода, наступного разу обов'язково прийду.

З повагою,
Тарас Гнатюк"""

HNATIUK_ATTR = f"пн, 27 вер. 2027 р. о 15:40 {DT_NAME} <{DT}> пише:"


@mail("hnatiuk-ukrainian-cancel-gmail", "2027-11-01 07:40:18",
      E("cancellation", "taras.hnatiuk@gmail.example", "Тарас Гнатюк", None, [], None, "uk"),
      "uk", tz=1)
def _(m):
    conf_id = "<mailbot.20270927154011.1d6f@moenchengladbach.example>"
    quoted = confirmation("Herr Hnatiuk", "VKO", 1)
    m.head(("From", "Taras Hnatiuk <taras.hnatiuk@gmail.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB3xY7nQ0pKw5Tm1Zr9Lb6sJd4HcEf2uVo8iNr7NeGy5aBq3k@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain = f"{HNATIUK_TEXT}\n\n{HNATIUK_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(HNATIUK_TEXT, HNATIUK_ATTR, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Arabic cancellation from a Samsung phone replying to the 1-day reminder
# (GES, 2), with the Samsung "original message" block in Arabic.
# "(شخصان)" = the two registered persons.

@mail("hamdan-arabic-cancel-reminder-samsung", "2027-11-05 08:47:02",
      E("cancellation", "layla.hamdan@mail.example", "ليلى حمدان",
        "جمعية الجالية المغربية في مونشنغلادباخ", [], None, "ar"), "ar", tz=1)
def _(m):
    rem_id = "<mailbot.reminder1.20271105080000@moenchengladbach.example>"
    m.head(("From", "Layla Hamdan <layla.hamdan@mail.example>"),
           ("To", TO_DT),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<k2v8r0m5x1q7.1825487222014@email.android.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("MIME-Version", "1.0"))
    m.single(f"""صباح الخير،
للأسف لن نستطيع الحضور غداً، ابني مريض. أرجو إلغاء تسجيلنا (شخصان).
آسفة جداً
ليلى حمدان
جمعية الجالية المغربية في مونشنغلادباخ

تم الإرسال من هاتف Samsung Galaxy الذكي الخاص بي.


-------- الرسالة الأصلية --------
من: {TO_DT}
التاريخ: 05.11.27 08:00 (GMT+01:00)
إلى: Layla Hamdan <layla.hamdan@mail.example>
الموضوع: {REMINDER1_SUBJECT}

{reminder("Frau Hamdan", "GES", 2, "Morgen")}
""", charset="utf-8", cte="base64")



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
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
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


def check_labels(e, text_lang, msg, haystack):
    """Problems with one expected record, judged against the decoded mail."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
        if not wg:
            problems.append("every registration in this set states a workshop")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
        if not wg and ps is None:
            problems.append("a change must change the workshop or the number")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']!r} vs text language {text_lang!r}")
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            header_addrs = [a.lower() for _, a in getaddresses(
                [str(msg[h]) for h in ("From", "Reply-To") if msg[h] is not None])]
            if em not in header_addrs and em not in haystack.lower():
                problems.append(f"email {em} occurs nowhere in the mail")
            if msg["Reply-To"] is not None:
                rt = getaddresses([str(msg["Reply-To"])])[0][1].lower()
                if em != rt and em not in haystack.lower():
                    problems.append("Reply-To present but email is neither it nor named")
        if not e["name"] or e["name"] not in haystack:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in haystack:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
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
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in haystack:
            problems.append("changes and cancellations answer and quote a mailbot mail")
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
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 7, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Sep - 6 Nov 2027")
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
            c = p.get_content()
            chunks.append(c)
            if p.get_content_subtype() == "html":
                chunks.append(html.unescape(c))
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
        if not any((expected["bounced_recipient"] or "-") in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, text_lang, msg, text)
    return problems


def check_senders(built, datas):
    """No sender twice: every From address (and every person's email) is unique."""
    problems = []
    froms = collections.Counter()
    emails = collections.Counter()
    for (name, _, e, _), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        froms[getaddresses([str(msg["From"])])[0][1].lower()] += 1
        if e["email"]:
            emails[e["email"]] += 1
    for a, k in list(froms.items()) + list(emails.items()):
        if k > 1:
            problems.append(f"sender {a} appears {k} times")
    return problems


def stats(built, datas):
    kinds = [k for k in KINDS]
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for *_, t in built}, key=lambda x: (x != "de", x))
    print("kind / text language: " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in kinds:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}        " + " ".join(f"{c:>3}" for c in row) + f"  {sum(row):>3}")
    print(f"  {'all':13}        " + " ".join(
        f"{sum(table[(k, l)] for k in kinds):>3}" for l in langs) + f"  {len(built):>3}")
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the brief asks for 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
