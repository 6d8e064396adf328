#!/usr/bin/env python3
"""Build the "studis" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of ../../shared/
corpus/dev/config.toml), written to by students and young adults from university
groups and student associations of migrant background: international student
clubs, Afro-German, Vietnamese, Kurdish, Eritrean, Ethiopian, Latin American,
Brazilian, Senegalese ... student societies.  Informal, chat-like, lower case,
emojis, abbreviations, German-English (and -Spanish) mixing, phone signatures.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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

POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
MSO_NAME = "Tag der Migrantenselbstorganisationen"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """'> ' before each line (Gmail, Thunderbird, Apple Mail)."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
        self.intended = []
        self._nboundary = 0

    def mid(self, domain, style="hex"):
        """A deterministic Message-ID in a client's style."""
        h = _h(self.slug, "mid")
        if style == "gmail":
            return f"<CA{h[:4].upper()}{h[4:40]}@mail.{domain}>"
        if style == "apple":
            return (f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}@{domain}>")
        if style == "outlook":
            return f"<{h[:4].upper()}PR0{h[4:5]}MB{h[5:9]}{h[9:21].upper()}@{domain}>"
        return f"<{h[:12]}.{int(h[12:20], 16)}@{domain}>"

    def head(self, *pairs, envelope=None):
        """Trace headers, then `pairs` in the given order.  ASCII values are
        stored verbatim (folded at spaces when long); non-ASCII values go
        through the policy, which writes them as UTF-8 encoded words."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if not sender:          # a bounce from our own MTA: local Received only
            msg.set_raw("Received", "by mail.muenster.example (Postfix)\n\tid "
                        + _h(self.slug, "qid")[:10].upper() + "; " + self.date)
            for name, value in pairs:
                msg.set_raw(name, fold(name, value))
            return
        domain = sender.split("@")[1]
        host = "mail." + domain
        arrival = format_datetime(
            (self.when + datetime.timedelta(seconds=4)).astimezone(
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

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1800000000000 + int(h[16:24], 16) % 10**9}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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


def make_png(width=48, height=32):
    """A small RGB PNG: green, yellow and red bands with a black star-ish dot."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if (x - 24) ** 2 + (y - 16) ** 2 < 20:
                px = (0, 0, 0)
            elif x < 16:
                px = (0, 133, 63)
            elif x < 32:
                px = (253, 239, 66)
            else:
                px = (227, 27, 35)
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
# the organiser's mails that replies quote
# ---------------------------------------------------------------------------

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in changes and cancellations)."""
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


def reminder(salutation, ag, persons):
    """The 7-day reminder mailbot sent."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Der Tag der Migrantenselbstorganisationen 2027
findet am Samstag, 13. März 2027, von 10:00 bis 16:00 Uhr im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster, statt.

Sie sind angemeldet für:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Können Sie doch nicht kommen? Dann antworten Sie bitte kurz auf diese E-Mail,
damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid):
    """The confirmation as a whole message (returned inside a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def mailbot_id(when):
    """Message-ID of a mail the organiser's mailbot sent at `when` (YYYYmmddHHMMSS)."""
    return f"<mailbot.{when}.{_h('mailbot', when)[:4]}@muenster.example>"


WD_DE = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MON_DE = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
          "Okt.", "Nov.", "Dez."]
WD_DE_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE_LONG = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"]


def _dt(stamp):
    return datetime.datetime.strptime(stamp, "%Y%m%d%H%M%S")


def attr_gmail_de(stamp):
    d = _dt(stamp)
    return (f"Am {WD_DE[d.weekday()]}, {d.day}. {MON_DE[d.month - 1]} {d.year} um "
            f"{d:%H:%M} Uhr schrieb {MSO_NAME} <\n{MSO}>:")


def attr_gmail_en(stamp):
    d = _dt(stamp)
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return (f"On {d:%a}, {d:%b} {d.day}, {d.year} at {h12}:{d:%M} {ampm} {MSO_NAME} <\n"
            f"{MSO}> wrote:")


def attr_iphone_de(stamp):
    d = _dt(stamp)
    return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {MSO_NAME} <{MSO}>:"


def attr_thunderbird_de(stamp):
    d = _dt(stamp)
    return f"Am {d:%d.%m.%y} um {d:%H:%M} schrieb {MSO_NAME}:"


def outlook_block_de(stamp, to, subject):
    d = _dt(stamp)
    return (f"Von: {MSO_NAME} <{MSO}>\n"
            f"Gesendet: {WD_DE_LONG[d.weekday()]}, {d.day}. {MON_DE_LONG[d.month - 1]} "
            f"{d.year} {d:%H:%M}\nAn: {to}\nBetreff: {subject}")


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="ltr">{inner}</div>\n'


def gmail_html_quote(text, attribution, quoted):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    att = esc(attribution.replace("\n", ""))
    return (f'<div dir="ltr">{inner}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{att}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto">' + inner + "</body></html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f'<html><head></head><body><div style="{font}">{divs}</div></body></html>\n'


def yahoo_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<html><head></head><body><div class="ydp3f1e2b7cyahoo-style-wrap" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            + inner + "</div></body></html>\n")


def owa_html(text):
    inner = "".join(
        f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
        f'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
        f'{esc(line) if line else "<br>"}</div>\n' for line in text.split("\n"))
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
            '</style>\n</head>\n<body dir="ltr">\n' + inner + "</body>\n</html>\n")


def android_outlook_html(text):
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div dir="auto">' + inner + "</div></body></html>\n")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=EN-GB link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, block=None, quoted=None):
    """Outlook desktop HTML; block = 'Von: ...' header lines, quoted = quoted text."""
    out = [mso_p(line) for line in text.split("\n")]
    if block:
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        lines = block.split("\n")
        parts = []
        for line in lines:
            k, _, v = line.partition(": ")
            parts.append(f"<b>{esc(k)}:</b> {esc(v)}")
        out.append("<p class=MsoNormal>" + "<br>\n".join(parts) + "<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# iPhone, all lower case with emojis; name only in the encoded From display
# name (signature "mai"); "ag 1 (bildung)", comes alone.

@mail("nguyen-iphone-lowercase-ag1", "2027-01-13 10:22:41",
      E("registration", "mai.nguyen@uni-muenster.example", "Nguyễn Thị Mai",
        "VINA Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Nguyễn Thị Mai", "mai.nguyen@uni-muenster.example")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-Id", m.mid("uni-muenster.example", "apple")),
           ("To", MSO))
    m.single("""hii 👋
ich würd mich gern für den mso tag am 13.3. anmelden!! ag 1 (bildung) wär super
bin von VINA Münster (vietnamesische studis an der fh), komm aber allein
danke schonmal 🙏
lg mai 🌸

Von meinem iPhone gesendet""")


# -- 002 ---------------------------------------------------------------------
# Gmail multipart/alternative; "zu dritt" with two named friends = 3; the
# organisation appears in the text and in a signature with pronouns and an
# Instagram handle.

@mail("owusu-gmail-hsg-zu-dritt", "2027-01-13 21:47:05",
      E("registration", "jonas.owusu@mail.example", "Jonas Owusu",
        "Afrodeutsche Hochschulgruppe Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Jonas Owusu <jonas.owusu@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Anmeldung MSO-Tag 🙌🏾"),
           ("To", MSO))
    text = """Hey liebes MSO-Team,

wir (Afrodeutsche Hochschulgruppe Münster) würden gern zum MSO-Tag kommen 🙌🏾 Wir wären zu dritt: ich, Amara und Kwame.
Am meisten interessiert uns AG 2 – Münsters Zukunftsprozess, wir machen grad ein kleines projekt zu Schwarzen Perspektiven in der stadtplanung und das passt mega gut.

Freuen uns!
Jonas

--
Jonas Owusu (er/ihm)
Afrodeutsche Hochschulgruppe Münster
insta: @afrodeutsch.ms"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 003 ---------------------------------------------------------------------
# Long rambling late-night mail, web.de, UTF-8 8bit, hard-wrapped.  First
# choice AG 3 (Förderung/Vereinsmanagement), second AG 1 ("bildung").  She
# and the co-chair = 2; "40 leute", "10" are members, not the party.  The
# running text inflects the group's name; the signature has the base form.

@mail("kaya-rambling-first-second-choice", "2027-01-14 23:58:12",
      E("registration", "rojda.kaya@web.example", "Rojda Kaya",
        "Kurdische Studierende Münster", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-4c1e9a2b-77d0-4f3e-b6a1-0e5d2c9f8a13-1768431492117@3c-app-webde-bap41>"),
           ("From", "Rojda Kaya <rojda.kaya@web.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"))
    m.single("""Hallo zusammen,

sorry für die späte mail, bin grad erst aus der bib raus 😅 also: ich hab
von eurem mso tag über den newsletter von der Brücke erfahren und hab das
direkt in unsere gruppe geschickt, ein paar leute fanden es auch
interessant, aber die meisten haben an dem wochenende prüfungsphase. also
komm ich wahrscheinlich nur mit Berfin (unsere co-vorsitzende). Wir sind die
Kurdischen Studierenden Münster, gibts seit letztem jahr, so ca 40 leute auf
der liste aber aktiv eher 10 lol.

zur ag: am liebsten die 3 mit förderung und vereinsmanagement, weil wir
echt null plan haben wie man z.b. geld vom asta oder der stadt beantragt,
und unsere kasse ist... naja 😂 falls die voll ist dann gerne bildung
(ag 1), das wär unser zweitwunsch.

ach und berfins nachname ist Doğan falls ihr das braucht.

danke euch und bis dann!!
Rojda

--
Rojda Kaya
Kurdische Studierende Münster
Co-Vorsitz""", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# English, Outlook for Android, multipart/alternative in UTF-8 base64.
# "workgroup 2 (the Zukunftsprozess one)", "just me".

@mail("raza-english-outlook-android", "2027-01-15 08:03:44",
      E("registration", "ahmed.raza@outlook.example", "Ahmed Raza",
        "ISC Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Ahmed Raza <ahmed.raza@outlook.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "MSO day registration"),
           ("Thread-Topic", "MSO day registration"),
           ("Thread-Index", "AQHbZ2xr9v1TQ0c4bkW7Nn3m1Y2rxA=="),
           ("Date", m.date),
           ("Message-ID", m.mid("AS8PR04MB.eurprd04.prod.outlook.example", "outlook")),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """hey,
i'd like to sign up for the MSO day on march 13th. workgroup 2 (the Zukunftsprozess one) pls. just me.
i'm with ISC Münster (International Students Club), we organise the int. stammtisch every thursday.
thx!
Ahmed Raza

Get Outlook for Android"""
    m.alternative(text, android_outlook_html(text), cte="base64", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Question only: does one need to be a registered association?  He will
# register later if so.  The group is only described, not named (null).

@mail("sultani-question-kein-verein", "2027-01-16 17:30:19",
      E("question", "hamid.sultani@uni-muenster.example", "Hamid Sultani",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Hamid Sultani <hamid.sultani@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "frage zum mso tag"),
           ("Date", m.date),
           ("Message-ID", m.mid("uni-muenster.example")),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""hi,

kurze frage: muss man in nem eingetragenen verein sein um zum mso tag zu
kommen? wir sind nur ne lose gruppe von afghanischen studis (kein e.V., nix
offizielles) und kp ob das für uns gedacht ist. kostet das was?

wenn das passt meld ich mich nochmal mit anmeldung

danke & lg
Hamid""", params={"format": "flowed"})


# -- 006 ---------------------------------------------------------------------
# GMX webmail alternative; opens with Tigrinya "Selam" (also her name);
# four named people = 4; workgroup by the alias "Bildungssystem".  The text
# inflects the association, the signature has the base form.

@mail("tesfay-eritrean-zu-viert", "2027-01-17 14:12:33",
      E("registration", "selam.tesfay@gmx.example", "Selam Tesfay",
        "Eritreische Studierendengemeinschaft Münster", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-8e02b7c4-1a9f-4d5b-93e7-c6f4a0d2b158-1768655553204@3c-app-gmx-bs31>"),
           ("From", "Selam Tesfay <selam.tesfay@gmx.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für den 13.03."),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"))
    text = """Selam! 😊 (heißt hallo auf tigrinya haha)

Wir möchten uns für den Tag der Migrantenselbstorganisationen anmelden. Wir sind zu viert von der Eritreischen Studierendengemeinschaft Münster – Selam Tesfay, Filmon Gebremedhin, Saba Kidane und Yonas Haile.
AG: Bildungssystem bitte. Viele von uns hatten voll stress mit anerkennung von zeugnissen und so, dazu haben wir einiges zu sagen 🙃

Liebe Grüße
Selam
Eritreische Studierendengemeinschaft Münster"""
    m.alternative(text, div_html(text))


# -- 007 ---------------------------------------------------------------------
# German carrying the sentences, full of Spanish ("porfa", "mi amiga",
# "mil gracias"); registers herself and a friend for AG 2 ("stadtentwicklung").
# The signature gives a fuller name than the From display name.

@mail("rios-spanglish-amiga-ag2", "2027-01-18 19:05:27",
      E("registration", "vale.rios@mail.example", "Valentina Ríos Mendoza",
        "Latinoamérica en Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", addr("Valentina Ríos", "vale.rios@mail.example")),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "holaaa – anmeldung MSO-Tag"),
           ("To", MSO))
    text = """holaaa 🌺

ich bin Valentina von Latinoamérica en Münster (die latino hochschulgruppe 💃) und ich würd mich gern anmelden + mi amiga Camila Torres. porfa beide für AG 2, stadtentwicklung interessiert uns mega weil wir beide stadtplanung studieren jaja

mil gracias y bis bald!!
Vale

--
Valentina Ríos Mendoza
Latinoamérica en Münster · Hochschulgruppe"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 008 ---------------------------------------------------------------------
# Spanish, Thunderbird, iso-8859-1 8bit, format=flowed.  "grupo de trabajo 3
# (Förderung/Vereinsmanagement)", "Voy solo".

@mail("fernandez-spanish-thunderbird", "2027-01-19 11:40:02",
      E("registration", "mateo.fernandez@posteo.example", "Mateo Fernández",
        "Colectivo Latino Münster", ["AG3"], 1, "es"), "es")
def _(m):
    m.head(("Message-ID", "<5b8e2d41-0c7a-4e93-a1f6-2d9b7e3c0a58@posteo.example>"),
           ("Date", m.date),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("To", MSO),
           ("From", addr("Mateo Fernández", "mateo.fernandez@posteo.example", "iso-8859-1")),
           ("Subject", ew("Inscripción MSO-Tag 13/03", "iso-8859-1")))
    m.single("""Hola, buenas!

Me gustaría inscribirme para el Tag der Migrantenselbstorganisationen el
13 de marzo. Soy del Colectivo Latino Münster, un grupo de estudiantes
latinoamericanos de la Uni y la FH.
Me interesa el grupo de trabajo 3 (Förderung/Vereinsmanagement), porque
estamos pensando en registrar el colectivo como e.V. y no tenemos ni idea
jaja.
Voy solo.

Un abrazo,
Mateo Fernández
Colectivo Latino Münster""", charset="iso-8859-1", cte="8bit",
             params={"format": "flowed"})


# -- 009 ---------------------------------------------------------------------
# A friend registers his mate, who comes alone; the writer himself does not
# come and asks to send the confirmation to the friend's university address.

@mail("berhane-meldet-kumpel-an", "2027-01-20 22:31:50",
      E("registration", "natnael.tekle@uni-muenster.example", "Natnael Tekle",
        "Habesha Students Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dawit Berhane <dawit.b@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "anmeldung für nen freund"),
           ("Date", m.date),
           ("Message-Id", m.mid("icloud.example", "apple")),
           ("To", MSO))
    m.single("""hey,
mein kumpel Natnael Tekle will unbedingt zum mso tag, hat aber grad kein internet zuhause (umzug lol) also meld ich ihn mal an:
- Natnael Tekle
- AG 3 (förderung)
- nur er, ich selber kann nicht, hab an dem samstag schicht
- er ist bei Habesha Students Münster
bitte die bestätigung an seine mail schicken: natnael.tekle@uni-muenster.example

danke euch!!
dawit

Von meinem iPhone gesendet""")


# -- 010 ---------------------------------------------------------------------
# Vietnamese, UTF-8 base64, polite student register ("em", "ạ").  "nhóm làm
# việc số 2" = workgroup no. 2; "đi cùng một bạn nữa, tổng cộng là 2 người"
# = with one more friend, 2 in total.

@mail("tran-vietnamese-nhom-2", "2027-01-21 09:14:36",
      E("registration", "duc.tran@mail.example", "Trần Minh Đức",
        "Hội Sinh viên Việt Nam tại Münster", ["AG2"], 2, "vi"), "vi")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", addr("Trần Minh Đức", "duc.tran@mail.example", enc="b")),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", ew("Đăng ký tham gia MSO-Tag 13/3", enc="b")),
           ("To", MSO))
    text = """Chào anh chị,

Em là Trần Minh Đức, sinh viên năm 2 ngành Wirtschaftsinformatik ở Uni Münster và là thành viên của Hội Sinh viên Việt Nam tại Münster.
Em muốn đăng ký tham gia MSO-Tag ngày 13/3 ạ. Em chọn nhóm làm việc số 2 (Zukunftsprozess). Em sẽ đi cùng một bạn nữa, tổng cộng là 2 người.

Em cảm ơn anh chị nhiều ạ!
Đức"""
    m.alternative(text, gmail_html(text), cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Not in any association (organisation null); his university of applied
# sciences is not an organisation.  FH webmail, iso-8859-15 quoted-printable.

@mail("asante-kein-verein-iso8859-15", "2027-01-22 13:03:58",
      E("registration", "leon.asante@fh-muenster.example", "Leon Asante",
        None, ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("Date", m.date),
           ("From", "Leon Asante <leon.asante@fh-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.3."),
           ("Message-ID", m.mid("fh-muenster.example")),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

hiermit meld ich mich für den 13.3. an. Bin in keinem Verein oder so,
studier Soziale Arbeit an der FH und find das Thema Bildung und Migration
einfach spannend (auch fürs Praxissemester). Also AG 1 bitte.

LG Leon Asante""", charset="iso-8859-15", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Outlook.com alternative; herself and a friend (2), first choice AG 1,
# second AG 2 ("Erstwunsch", "Zweitwunsch").

@mail("demir-freundin-erst-zweitwunsch", "2027-01-23 16:48:20",
      E("registration", "elif.demir@outlook.example", "Elif Demir",
        "Deutsch-Türkisches Studierendenforum Münster", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elif Demir <elif.demir@outlook.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "Anmeldung MSO-Tag (2 Personen)"),
           ("Thread-Topic", "Anmeldung MSO-Tag (2 Personen)"),
           ("Thread-Index", "AQHbbb7m4J0PqQnUQ0KpZ8yY2Ww5dA=="),
           ("Date", m.date),
           ("Message-ID", m.mid("DU0PR08MB.eurprd08.prod.outlook.example", "outlook")),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Hallo!

Ich möchte mich und meine Freundin Zeynep Kılıç für den MSO-Tag anmelden. Wir sind beide im Vorstand vom Deutsch-Türkischen Studierendenforum.
Erstwunsch AG 1, Zweitwunsch AG 2. Wäre cool wenn wir zusammen in eine AG kommen 🙏

Danke & liebe Grüße
Elif Demir
Deutsch-Türkisches Studierendenforum Münster"""
    m.alternative(text, owa_html(text), style="outlook")


# -- 013 ---------------------------------------------------------------------
# Question only, English: are the workgroups in English?  "5-6 people" is
# conditional; nobody is registered.

@mail("natarajan-question-english", "2027-01-25 20:20:11",
      E("question", "priya.natarajan@uni-muenster.example", "Priya Natarajan",
        "Indian Students Association Münster", [], None, "en"), "en")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Priya Natarajan <priya.natarajan@uni-muenster.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("uni-muenster.example")),
           ("Subject", "Workshops in English?"),
           ("To", MSO),
           ("User-Agent", "Roundcube Webmail/1.6.9"))
    m.single("""Hi there,

quick question before we sign up: will the workgroups be in German only
or is there some English / translation? A bunch of our members are
exchange students and their German is still pretty basic. If English
works we'd probably come with like 5-6 people.

Thanks a lot!
Priya
Indian Students Association Münster""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# German with Kurmanji greeting and thanks ("Silav", "Spas"); "ich bring noch
# jemanden mit, also wir sind 2"; no signature beyond the first name.

@mail("aslan-kurmanji-gruss-ag2", "2027-01-26 18:37:45",
      E("registration", "baran.aslan@mail.example", "Baran Aslan",
        "YXK Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Baran Aslan <baran.aslan@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Anmeldung"),
           ("To", MSO))
    text = """Silav û rêz, hallo 👋

ich wollte mich für den MSO-Tag anmelden. Bin bei YXK Münster (Verband der Studierenden aus Kurdistan). AG 2 wäre gut, weil wir viel über beteiligung von jungen leuten in der stadtpolitik diskutieren.
Ich bring noch jemanden mit, also wir sind 2.

Spas / danke!
Baran"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 015 ---------------------------------------------------------------------
# English from Yahoo Mail for iPhone, with their event flyer attached (PNG).
# "Three of us ... me, X and Y" = 3; title "President" on its own line.

@mail("okafor-english-board-flyer", "2027-01-27 12:55:09",
      E("registration", "chidinma.okafor@yahoo.example", "Chidinma Okafor",
        "African Students Association Münster", ["AG3"], 3, "en"), "en")
def _(m):
    m.head(("Date", m.date),
           ("From", "Chidinma Okafor <chidinma.okafor@yahoo.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Message-ID", "<1862450937.3310457.1769514909881@mail.yahoo.example>"),
           ("Subject", "Registration - African Students Association"),
           ("MIME-Version", "1.0"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"))
    text = """Hello MSO team!

I'm writing on behalf of the African Students Association Münster. Three of us from the board would love to attend on 13 March: me, Kelechi Nwosu and Aisha Bello.
We'd like to join workgroup 3, Förderungsmöglichkeiten & Vereinsmanagement, since we're trying to get funding for our Africa Day in May. I attached our flyer in case you want to share it 😊

Looking forward to it!
Chidinma Okafor
President
African Students Association Münster

Sent from Yahoo Mail for iPhone"""
    alt = m.alternative(text, yahoo_html(text), style="yahoo", top=False)
    png = m.binary(make_png(), "image", "png", "AfricaDay2027_flyer.png")
    m.multi("mixed", [alt, png], style="yahoo")


# -- 016 ---------------------------------------------------------------------
# Change AG 1 -> AG 3, Gmail reply with German attribution line; the quoted
# confirmation names AG 1; the new choice only as "in die ag 3".

@mail("mwangi-change-ag1-to-ag3", "2027-01-28 09:10:27",
      E("change", "tobi.mwangi@mail.example", "Tobias Mwangi",
        None, ["AG3"], None, "de"), "de")
def _(m):
    conf = "20270120110215"
    m.head(("MIME-Version", "1.0"),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("From", "Tobias Mwangi <tobi.mwangi@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO))
    new = """hey,
kann ich doch von ag 1 in die ag 3 wechseln? hab gemerkt dass unser verein echt hilfe bei finanzen braucht 😅 sonst bleibt alles gleich
danke!
Tobi"""
    att = attr_gmail_de(conf)
    quoted = confirmation("Tobias Mwangi", "AG1", 1)
    m.alternative(f"{new}\n\n{att}\n\n{gt_quote(quoted)}",
                  gmail_html_quote(new, att, quoted), style="gmail")


# -- 017 ---------------------------------------------------------------------
# Very short phone mail (Samsung), two names on one line = 2; emoji subject.

@mail("tadesse-samsung-kurz", "2027-01-29 07:44:13",
      E("registration", "hawi.tadesse@gmx.example", "Hawi Tadesse",
        "Ethiopian Students Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "Anmeldung MSO Tag 🙏"),
           ("From", "Hawi Tadesse <hawi.tadesse@gmx.example>"),
           ("To", MSO),
           ("Message-ID", "<q8w2e7.m4k1p9z3x5c6v0b1.1769669053@email.android.example>"))
    m.single("""anmeldung für 2 ppl, ag 2
hawi tadesse + meron alemu
wir sind von Ethiopian Students Münster
thx!!

Von meinem Samsung Galaxy Smartphone gesendet""", cte="base64")


# -- 018 ---------------------------------------------------------------------
# New Outlook / OWA from the university; "Yusuf, Amina" display name; she and
# her co-officer = 2; her office line ("Referentin ...") is not the
# organisation, the AStA is.

@mail("yusuf-asta-owa-ag1", "2027-01-30 15:21:07",
      E("registration", "amina.yusuf@uni-muenster.example", "Amina Yusuf",
        "AStA der Universität Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "\"Yusuf, Amina\" <amina.yusuf@uni-muenster.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "Anmeldung AStA – Referat internationale Studierende"),
           ("Thread-Topic", "Anmeldung AStA – Referat internationale Studierende"),
           ("Thread-Index", "AQHbcyQ8u2Wf7kEo8UG0m0u2qk3ZHg=="),
           ("Date", m.date),
           ("Message-ID", m.mid("FR4P281MB.DEUP281.PROD.OUTLOOK.example", "outlook")),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = """Hallo liebes Team vom KI,

im Namen des Referats für internationale Studierende im AStA möchten mein Co-Referent Kenan Şimşek und ich uns für den MSO-Tag anmelden (also 2 Personen).
Wir würden gerne an der AG 1 (Bildungssystem) teilnehmen – gerade Themen wie Zugang zum Studium, Sprachkurse und Diskriminierung an der Uni beschäftigen uns sehr.
Falls ihr noch Flyer oder so habt, verteilen wir die auch gern an unsere Leute!

Viele Grüße
Amina Yusuf
Referentin für internationale Studierende
AStA der Universität Münster"""
    m.alternative(text, owa_html(text), style="outlook")


# -- 019 ---------------------------------------------------------------------
# Vacation responder (Gmail) of a student club's shared mailbox, answering a
# confirmation; Auto-Submitted: auto-replied; English and German, emojis.

@mail("isc-mailbox-semesterferien-autoreply", "2027-02-01 10:00:04",
      E("auto_reply"), "en")
def _(m):
    conf = "20270201100001"
    m.head(("MIME-Version", "1.0"),
           ("From", "ISC Münster <info@isc-muenster.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("isc-muenster.example", "gmail")),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("Auto-Submitted", "auto-replied"),
           ("Subject", "Semester break 🌴 / Semesterferien"),
           ("To", TO_MSO))
    text = """Hey! Thanks for your mail 🙌

The ISC team is on semester break until 15 Feb and only checks this inbox now and then. For urgent stuff pls DM us on insta @isc.muenster.

Danke für deine Mail! Wir sind bis 15.02. in den Semesterferien und schauen nur ab und zu rein. Bei dringenden Sachen schreib uns auf Insta.

Cheers,
your ISC team"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 020 ---------------------------------------------------------------------
# Portuguese (Brazil), Apple Mail alternative; "Seremos três: eu, X e Y" = 3;
# AG 2, and AG 1 if it is full.

@mail("souza-portuguese-tres", "2027-02-02 19:26:40",
      E("registration", "larissa.souza@mail.example", "Larissa Souza",
        "Brasil em Münster", ["AG2", "AG1"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Larissa Souza <larissa.souza@mail.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
           ("Subject", ew("Inscrição MSO-Tag – Brasil em Münster 🇧🇷")),
           ("Message-Id", m.mid("mail.example", "apple")),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    text = """Oi, tudo bem?

Somos do grupo Brasil em Münster (estudantes brasileiros da Uni) e queremos participar do MSO-Tag no dia 13/03! 🇧🇷
Seremos três: eu, Gabriel Oliveira e Júlia Santos.
Queremos o grupo de trabalho 2 (Zukunftsprozess) e, se estiver cheio, o 1.

Beijos e obrigada!
Larissa Souza"""
    m.alternative(text, apple_html(text), style="apple")


# -- 021 ---------------------------------------------------------------------
# Question only: food and coming late; no registration in it.

@mail("khatib-frage-essen-spaeter", "2027-02-03 08:12:55",
      E("question", "samira.khatib@web.example", "Samira Khatib",
        None, [], None, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-2f7a9c13-8b4e-4d01-a6c5-93e1f0b7d244-1770102775611@3c-app-webde-bs57>"),
           ("From", "Samira Khatib <samira.khatib@web.example>"),
           ("To", MSO),
           ("Subject", "2 fragen :)"),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"))
    m.single("""Hallo :)
zwei fragen: gibts da essen (halal/veggie)? und ist es schlimm wenn man erst gegen 12 kommt? hab samstags bis halb 12 tutorium 🙈
lg Samira""")


# -- 022 ---------------------------------------------------------------------
# The group's chair forwards a member's own message (Gmail, German UI
# "Weitergeleitete Nachricht"); the registration is the member's: her name,
# her workgroup ("vereinsmanagement"), and the confirmation to her address
# as the chair asks.

@mail("weldemichael-forward-member", "2027-02-04 21:05:33",
      E("registration", "ruth.haile@uni-muenster.example", "Ruth Haile",
        "Eritreische Studierendengemeinschaft Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Kidane Weldemichael <kidane.w@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Fwd: mso tag anmeldung"),
           ("To", MSO))
    text = """Hi, leite euch das mal weiter – Ruth hat mir das geschrieben weil sie eure adresse nicht hatte. Bestätigung bitte direkt an sie (ruth.haile@uni-muenster.example). Danke!
Kidane

---------- Forwarded message ---------
Von: Ruth Haile <ruth.haile@uni-muenster.example>
Date: Do., 4. Feb. 2027 um 18:40 Uhr
Subject: mso tag anmeldung
To: Kidane Weldemichael <kidane.w@mail.example>


hey kidane, kannst du mich für den mso tag anmelden? ich würd gern in die ag zu vereinsmanagement, komme allein.
danke dir!!
ruth

Ruth Haile
Eritreische Studierendengemeinschaft Münster"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 023 ---------------------------------------------------------------------
# Cancellation from an iPhone; the confirmation is quoted below with the
# iOS attribution line inside the quote.

@mail("schneider-boateng-absage-iphone", "2027-02-05 12:18:09",
      E("cancellation", "nia.sb@icloud.example", "Nia Schneider-Boateng",
        None, [], None, "de"), "de")
def _(m):
    conf = "20270128142207"
    m.head(("From", "Nia Schneider-Boateng <nia.sb@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", m.mid("icloud.example", "apple")),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("To", TO_MSO))
    quoted = attr_iphone_de(conf) + "\n\n" + confirmation("Nia Schneider-Boateng", "AG2", 1)
    m.single(f"""hey, sorry aber ich muss leider absagen 😕 hab an dem tag doch ne blockveranstaltung. nächstes jahr vllt!
lg nia

Von meinem iPhone gesendet

{gt_quote(quoted)}""")


# -- 024 ---------------------------------------------------------------------
# English, Outlook desktop, HTML only, windows-1252 quoted-printable.

@mail("bondar-english-outlook-html-only", "2027-02-07 10:41:52",
      E("registration", "o.bondar@uni-muenster.example", "Oleksandra Bondar",
        "Ukrainian Student Community Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Oleksandra Bondar <o.bondar@uni-muenster.example>"),
           ("To", "\"mso-tag@muenster.example\" <mso-tag@muenster.example>"),
           ("Subject", "Registration MSO-Tag"),
           ("Thread-Topic", "Registration MSO-Tag"),
           ("Thread-Index", "AdtJm1QwLr2hXk0NR3m9c6E8p0TqPw=="),
           ("Date", m.date),
           ("Message-ID", m.mid("uni-muenster.example", "outlook")),
           ("Accept-Language", "en-GB, uk-UA"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    text = """Hi,

I'd like to register for the MSO-Tag on 13 March. I'm part of the Ukrainian Student Community Münster.
I'd prefer workgroup 1 on education – lots of our members are still dealing with getting their Ukrainian degrees recognised.
Just me, 1 person.

Best,
Oleksandra Bondar"""
    m.single(outlook_html(text), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change in English: 2 -> 4 people and AG 3 -> AG 2, Outlook for iOS reply
# with an English header block (no '>' quoting).

@mail("mensah-change-english-4-ag2", "2027-02-08 17:02:36",
      E("change", "daniel.mensah@outlook.example", "Daniel Mensah",
        "Ghana Students Union Münster", ["AG2"], 4, "en"), "en")
def _(m):
    conf = "20270127093011"
    d = _dt(conf)
    m.head(("From", "Daniel Mensah <daniel.mensah@outlook.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcGx5a8zPq1Nw0Ey7bq0lY3n2fLAAGQ=="),
           ("Date", m.date),
           ("Message-ID", m.mid("AM7PR10MB.EURPRD10.PROD.OUTLOOK.example", "outlook")),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    new = """hi, small update: 2 more people from our group want to come, so we're 4 now instead of 2. and could we switch to workgroup 2? the Zukunftsprozess topic fits us better tbh.

thanks!
Daniel Mensah
Ghana Students Union Münster

Get Outlook for iOS"""
    block = (f"From: {MSO_NAME} <{MSO}>\n"
             f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M}:{d:%S} AM\n"
             f"To: daniel.mensah@outlook.example <daniel.mensah@outlook.example>\n"
             f"Subject: {CONFIRMATION_SUBJECT}")
    quoted = confirmation("Daniel Mensah", "AG3", 2)
    plain = f"{new}\n________________________________\n{block}\n\n{quoted}"
    m.alternative(plain, outlook_html(new, block, quoted), style="outlook")


# -- 026 ---------------------------------------------------------------------
# Chat-style list with Spanish interjections; "Andrés López + 1" = 2;
# workgroup only by the aliases "Finanzierung / Förderung".

@mail("lopez-liste-plus-eins-finanzierung", "2027-02-09 23:14:08",
      E("registration", "andres.lopez@mail.example", "Andrés López",
        "Peruanos en Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", addr("Andrés López", "andres.lopez@mail.example")),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "mso tag 13.3."),
           ("To", MSO))
    text = """hola hola 😄

anmeldung für den 13.3.:
Andrés López + 1 (mein mitbewohner Diego)
AG: Finanzierung / Förderung
gruppe: Peruanos en Münster

gracias!!!"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 027 ---------------------------------------------------------------------
# Question only: half-day attendance and a certificate for a course module.

@mail("hoang-frage-teilnahmebestaetigung", "2027-02-10 15:33:47",
      E("question", "linh.hoang@uni-muenster.example", "Linh Hoàng",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Linh Hoàng", "linh.hoang@uni-muenster.example")),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "frage teilnahmebestätigung"),
           ("Date", m.date),
           ("Message-Id", m.mid("uni-muenster.example", "apple")),
           ("To", MSO))
    m.single("""hallo!
kann man eigentlich auch nur vormittags kommen? und gibts ne teilnahmebestätigung? bräuchte die für mein modul "interkulturelle kompetenz" 😬
danke & lg
Linh

Von meinem iPhone gesendet""")


# -- 028 ---------------------------------------------------------------------
# Home-made vacation notice without any Auto-Submitted header; the subject
# is a plain "Re:" of the confirmation.  German with a Spanish line.

@mail("mendez-abwesenheit-ohne-header", "2027-02-11 09:12:30",
      E("auto_reply"), "de")
def _(m):
    conf = "20270211091226"
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-c0e5a7b1-3d2f-4a9e-8c61-5f7b2e9d0a34-1770797550118@3c-app-webde-bs02>"),
           ("From", addr("Carlos Méndez", "carlos.mendez@web.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("In-Reply-To", mailbot_id(conf)),
           ("References", mailbot_id(conf)),
           ("Date", m.date))
    m.single("""Hola! 🌴

Ich bin bis zum 20. Februar in Kolumbien und lese meine Mails nur unregelmäßig. Ab dem 21.02. antworte ich wieder.
Estoy de vacaciones hasta el 20 de febrero.

Saludos
Carlos Méndez

(automatische Antwort)""", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Roman numerals: "AG II, zur not III"; no umlaut problems but a long
# organisation name with CamelCase; Gmail alternative.

@mail("el-amrani-roemisch-ii-iii", "2027-02-12 20:40:15",
      E("registration", "yasmin.elamrani@mail.example", "Yasmin El-Amrani",
        "MaghrebCampus Münster", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Yasmin El-Amrani <yasmin.elamrani@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Anmeldung MSO-Tag"),
           ("To", MSO))
    text = """Hallo ihr Lieben,

ich melde mich für den Tag der Migrantenselbstorganisationen an ✨ Ich komme für MaghrebCampus Münster (marokkanische, algerische und tunesische Studis).
Am liebsten AG II, zur not III.
Nur ich.

Danke und bis bald
Yasmin El-Amrani"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change of party size only (3 -> 2), workgroup stays ("ag bleibt gleich"):
# workgroups [] and party_size 2.  Outlook for Android plain-text quote with
# a German header block.

@mail("yilmaz-change-nur-noch-zu-zweit", "2027-02-14 11:27:03",
      E("change", "deniz.yilmaz@outlook.example", "Deniz Yılmaz",
        None, [], 2, "de"), "de")
def _(m):
    conf = "20270209161244"
    m.head(("From", addr("Deniz Yılmaz", "deniz.yilmaz@outlook.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbey0b4KfN2m3PuUe9Xo7r1kq6ZLAAcR6q"),
           ("Date", m.date),
           ("Message-ID", m.mid("AS2PR03MB.eurprd03.prod.outlook.example", "outlook")),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    new = """hi, kleine änderung: wir sind nur noch zu zweit, Kemal kann an dem tag doch nicht. ag bleibt gleich. thx

Deniz

Outlook für Android herunterladen"""
    block = outlook_block_de(conf, "deniz.yilmaz@outlook.example", CONFIRMATION_SUBJECT)
    quoted = confirmation("Deniz Yılmaz", "AG3", 3)
    plain = f"{new}\n________________________________\n{block}\n\n{quoted}"
    m.alternative(plain, outlook_html(new, block, quoted), cte="base64", style="outlook")


# -- 031 ---------------------------------------------------------------------
# French; "Nous serons deux (moi et mon cousin)" = 2; "groupe de travail 1";
# the body has "l'Association ...", the signature the base form.

@mail("diallo-french-cousin", "2027-02-15 16:09:58",
      E("registration", "fatou.diallo@mail.example", "Fatou Diallo",
        "Association des Étudiants Sénégalais de Münster", ["AG1"], 2, "fr"), "fr")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Fatou Diallo <fatou.diallo@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Inscription MSO-Tag"),
           ("To", MSO))
    text = """Bonjour,

je m'appelle Fatou Diallo, je suis membre de l'Association des Étudiants Sénégalais de Münster. Je voudrais m'inscrire au MSO-Tag du 13 mars, groupe de travail 1 (Bildung) svp.
Nous serons deux (moi et mon cousin Ibrahima).

Merci beaucoup et à bientôt !
Fatou Diallo
Association des Étudiants Sénégalais de Münster"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 032 ---------------------------------------------------------------------
# Cancellation in English, Gmail reply with the English attribution line
# and a '>' quote of the confirmation (AG 1, 1 person).

@mail("mehta-cancel-english", "2027-02-16 07:51:20",
      E("cancellation", "arjun.mehta@mail.example", "Arjun Mehta",
        None, [], None, "en"), "en")
def _(m):
    conf = "20270126101533"
    m.head(("MIME-Version", "1.0"),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("From", "Arjun Mehta <arjun.mehta@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO))
    new = """hey, unfortunately i have to cancel :( got a job interview in Frankfurt that day. sorry! pls give my spot to someone else

Arjun"""
    att = attr_gmail_en(conf)
    quoted = confirmation("Arjun Mehta", "AG1", 1)
    m.alternative(f"{new}\n\n{att}\n\n{gt_quote(quoted)}",
                  gmail_html_quote(new, att, quoted), style="gmail")


# -- 033 ---------------------------------------------------------------------
# Registration plus a question (still a registration); Outlook desktop
# alternative in windows-1252 quoted-printable; AG by "Vereinsmanagement".

@mail("rahimi-anmeldung-plus-frage-1252", "2027-02-17 18:45:31",
      E("registration", "amir.rahimi@uni-muenster.example", "Amir Rahimi",
        "Iranische Studierende Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Amir Rahimi <amir.rahimi@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + kurze Frage"),
           ("Date", m.date),
           ("Message-ID", "<000601db8134$5c2e7a10$148b6e30$@uni-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtxNFuWc1x9QqYbR3y8tO0q4dJv2A=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

ich möchte mich für den MSO-Tag anmelden, für die AG Vereinsmanagement. Ich bin Kassenwart bei den Iranischen Studierenden Münster und wir kämpfen echt mit der Buchhaltung…
Kurze Frage noch: Gibt es vor Ort WLAN? Dann würde ich meinen Laptop mitnehmen.

Viele Grüße
Amir Rahimi
Iranische Studierende Münster"""
    m.alternative(text, outlook_html(text), charset="windows-1252", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Change of mind inside the mail: "ag 1 ... ne warte, doch lieber ag 2";
# Apple Mail from a Mac, alternative.

@mail("kouassi-meinungswechsel-ag2", "2027-02-18 13:20:44",
      E("registration", "naomi.kouassi@posteo.example", "Naomi Kouassi",
        "Black Student Union Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Naomi Kouassi <naomi.kouassi@posteo.example>"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
           ("Subject", "Anmeldung BSU"),
           ("Message-Id", m.mid("posteo.example", "apple")),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    text = """Hallo MSO-Team,

ich bin Naomi von der Black Student Union Münster und melde mich hiermit für den 13. März an. Ich nehm AG 1 – ne warte, Laura von uns geht schon in die Bildungs-AG, dann nehm ich doch lieber AG 2, damit wir beide Themen abdecken 😄
Ich komme alleine.

Liebe Grüße
Naomi Kouassi
Black Student Union Münster"""
    m.alternative(text, apple_html(text), style="apple")


# -- 035 ---------------------------------------------------------------------
# A student group's party newsletter (other): mailing-list headers; it
# mentions the MSO-Tag, AG 2 and "Anmeldung", but registers no one.

@mail("latin-night-newsletter", "2027-02-20 12:00:00",
      E("other"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Latinoamérica en Münster <hola@latinoamerica-ms.example>"),
           ("Reply-To", "hola@latinoamerica-ms.example"),
           ("To", "Freund*innen von Latinoamérica en Münster <hola@latinoamerica-ms.example>"),
           ("Date", m.date),
           ("Message-ID", "<20270220110000.4b7e2c@lists.latinoamerica-ms.example>"),
           ("Subject", "🎉 LATIN NIGHT am 27.02. + news 🎉"),
           ("List-Id", "Newsletter Latinoamerica en Muenster <news.latinoamerica-ms.example>"),
           ("List-Unsubscribe", "<https://lists.latinoamerica-ms.example/unsubscribe?u=mso-tag>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sympa 6.2"))
    text = """¡Hola a todxs! 💃🕺

LATIN NIGHT is back!!
📅 Samstag, 27.02., ab 21 Uhr
📍 Triptychon, Hafenweg
🎶 Reggaetón, Salsa, Cumbia – DJ Papi Chulo & DJ Mariposa
🎟️ 5 € an der Abendkasse, keine Anmeldung nötig

Außerdem: Wir sind am 13.3. beim Tag der Migrantenselbstorganisationen der Stadt dabei (AG 2 – Zukunftsprozess). Wer mit will: die Anmeldung läuft direkt über die Stadt.

Nächstes Plenum: Dienstag, 2.3., 19 Uhr im Café Weltbühne.

¡Nos vemos!
Euer Orga-Team
Latinoamérica en Münster

Abmelden: https://lists.latinoamerica-ms.example/unsubscribe?u=mso-tag"""
    html_text = ("<html><body style=\"font-family:Arial,sans-serif\">"
                 "<h1 style=\"color:#e4007c\">🎉 LATIN NIGHT is back!! 🎉</h1>"
                 + "".join(f"<p>{esc(line)}</p>" for line in text.split("\n")[3:] if line)
                 + "</body></html>\n")
    m.alternative(text, html_text, style="std")


# -- 036 ---------------------------------------------------------------------
# Change AG 2 -> AG 1 by the alias "Bildung"; Thunderbird reply, '>' quote
# with the short Thunderbird attribution.

@mail("oezdemir-change-bildung-thunderbird", "2027-02-22 10:06:17",
      E("change", "berivan.oezdemir@posteo.example", "Berivan Özdemir",
        None, ["AG1"], None, "de"), "de")
def _(m):
    conf = "20270215131920"
    m.head(("Message-ID", "<a3e7c912-5b0d-4f68-9e21-7c4d8b0f6a15@posteo.example>"),
           ("Date", m.date),
           ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Content-Language", "de-DE"),
           ("To", TO_MSO),
           ("References", mailbot_id(conf)),
           ("From", addr("Berivan Özdemir", "berivan.oezdemir@posteo.example")),
           ("In-Reply-To", mailbot_id(conf)))
    quoted = confirmation("Berivan Özdemir", "AG2", 1)
    m.single(f"""hi,

könnt ihr mich bitte in die AG Bildung umtragen statt Zukunftsprozess? hab
mit meiner Gruppe gesprochen und das passt besser zu unserem Projekt 🙏

danke & lg
Berivan

{attr_thunderbird_de(conf)}
{gt_quote(quoted)}
""", params={"format": "flowed"})


# -- 037 ---------------------------------------------------------------------
# Dictated by voice on an iPhone, no punctuation at all; "arbeitsgruppe drei
# Förderung", "mit zwei Freunden" = 3.

@mail("warsame-diktiert-ohne-punkt", "2027-02-24 21:58:39",
      E("registration", "abdi.warsame@mail.example", "Abdi Warsame",
        "Somali Students Münster", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Abdi Warsame <abdi.warsame@mail.example>"),
           ("X-Mailer", "iPhone Mail (21H221)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-Id", m.mid("mail.example", "apple")),
           ("To", MSO))
    m.single("""Hallo ich möchte mich anmelden für den MSO Tag ich heiße Abdi Warsame ich bin von Somali Students Münster ich möchte in die arbeitsgruppe drei Förderung ich komme mit zwei Freunden danke

Von meinem iPhone gesendet""")


# -- 038 ---------------------------------------------------------------------
# Cancellation of a group of three (writer plus two friends); Outlook
# desktop, plain German header block, windows-1252 quoted-printable.

@mail("le-absage-tet-fest", "2027-02-26 14:34:02",
      E("cancellation", "huong.le@mail.example", "Lê Thanh Hương",
        None, [], None, "de"), "de")
def _(m):
    conf = "20270203114708"
    m.head(("From", addr("Lê Thanh Hương", "huong.le@mail.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001b01db8852$e1c4a2f0$a54de8d0$@mail.example>"),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    new = """hallo,

leider müssen wir (ich + meine 2 freundinnen) absagen 😔 wir haben an dem tag unser nachgeholtes Tết-fest mit dem verein und da müssen wir helfen. sorry!!

liebe grüße
Lê Thanh Hương"""
    block = outlook_block_de(conf, "huong.le@mail.example", CONFIRMATION_SUBJECT)
    quoted = confirmation("Lê Thanh Hương", "AG1", 3)
    plain = f"{new}\n\n-----Ursprüngliche Nachricht-----\n{block}\n\n{quoted}"
    m.alternative(plain, outlook_html(new, block, quoted), style="outlook")


# -- 039 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): a confirmation to a mistyped university
# domain ("uni-muenstr") could not be delivered.

@mail("postfix-bounce-uni-muenstr", "2027-03-01 11:02:26",
      E("bounce", bounced="jose.martinez@uni-muenstr.example"), "en")
def _(m):
    conf_when = "Mon, 01 Mar 2027 11:02:21 +0100"
    conf_id = mailbot_id("20270301110221")
    m.head(("Date", m.date),
           ("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("To", MSO),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           ("Message-Id", "<20270301100226.68CF44CCE7@mail.muenster.example>"),
           envelope="")
    note = m.text("""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jose.martinez@uni-muenstr.example>: Host or domain name not found. Name service
    error for name=uni-muenstr.example type=A: Host not found
""", charset="us-ascii", cte="7bit")
    note.set_param("charset", "us-ascii")
    note["Content-Description"] = "Notification"
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", _h("postfix-bounce-uni-muenstr", "qid")[:10].upper()),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", conf_when)],
        [("Final-Recipient", "rfc822; jose.martinez@uni-muenstr.example"),
         ("Original-Recipient", "rfc822;jose.martinez@uni-muenstr.example"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service\n"
                             "    error for name=uni-muenstr.example type=A: Host not found")])
    inner = confirmation_message("José Martínez <jose.martinez@uni-muenstr.example>",
                                 "José Martínez", "AG2", 1, conf_when, conf_id)
    returned = rfc822_part(inner)
    m.multi("report", [note, dsn, returned], style="postfix",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# English with a polite hedge ("if there's still space"), gives workgroup
# (by the alias "Stadtentwicklung") and size: a registration.

@mail("al-hassan-english-still-space", "2027-03-02 19:17:45",
      E("registration", "omar.alhassan@mail.example", "Omar Al-Hassan",
        "Syrian Student Society Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("From", "Omar Al-Hassan <omar.alhassan@mail.example>"),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "sign up for 13 march"),
           ("To", MSO))
    text = """Hi!

if there's still space, pls sign me up for the workgroup about Stadtentwicklung (AG 2). just me, 1 person.
I'm from the Syrian Student Society Münster, we're pretty new so this is our first time at the MSO-Tag.

thx a lot,
Omar Al-Hassan"""
    m.alternative(text, gmail_html(text), style="gmail")


# -- 041 ---------------------------------------------------------------------
# Change of party size only: a friend comes along (1 -> 2); request phrased
# as a question; Gmail reply with '>' quote.

@mail("petrovic-change-freundin-dazu", "2027-03-03 08:55:10",
      E("change", "milena.petrovic@mail.example", "Milena Petrović",
        None, [], 2, "de"), "de")
def _(m):
    conf = "20270219172305"
    m.head(("MIME-Version", "1.0"),
           ("References", mailbot_id(conf)),
           ("In-Reply-To", mailbot_id(conf)),
           ("From", addr("Milena Petrović", "milena.petrovic@mail.example")),
           ("Date", m.date),
           ("Message-ID", m.mid("mail.example", "gmail")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("To", TO_MSO))
    new = """Hallo nochmal 🙂

meine Freundin Ana will jetzt doch auch mitkommen – könnt ihr sie noch dazuschreiben? Also 2 Personen statt 1, gleiche AG.

LG Milena"""
    att = attr_gmail_de(conf)
    quoted = confirmation("Milena Petrović", "AG3", 1)
    m.alternative(f"{new}\n\n{att}\n\n{gt_quote(quoted)}",
                  gmail_html_quote(new, att, quoted), style="gmail")


# -- 042 ---------------------------------------------------------------------
# A late registration two days after the 6 March deadline; still a
# registration.  "zu zweit", "AG 1".

@mail("tsegaye-spaet-nach-frist", "2027-03-08 22:03:19",
      E("registration", "joel.tsegaye@uni-muenster.example", "Joel Tsegaye",
        "ESN Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Joel Tsegaye <joel.tsegaye@uni-muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"),
           ("Subject", "noch anmelden möglich?"),
           ("Date", m.date),
           ("Message-Id", m.mid("uni-muenster.example", "apple")),
           ("To", MSO))
    m.single("""hi sorry, bin spät dran 🙈 hab die frist verpeilt. falls noch was frei ist würden wir gern kommen, zu zweit (ich + mein buddy aus dem ESN), AG 1 bitte.
Joel Tsegaye
ESN Münster

Von meinem iPhone gesendet""")


# -- 043 ---------------------------------------------------------------------
# Cancellation answering the 7-day reminder (not the confirmation); ill.

@mail("nkemelu-absage-auf-erinnerung", "2027-03-11 07:38:50",
      E("cancellation", "sarah.nkemelu@gmx.example", "Sarah Nkemelu",
        None, [], None, "de"), "de")
def _(m):
    rem = "20270306100004"
    m.head(("MIME-Version", "1.0"),
           ("Message-ID", "<trinity-6d1f0b8a-94c2-4e37-b5a8-1e0c7f3d92b6-1773211130442@3c-app-gmx-bap66>"),
           ("From", "Sarah Nkemelu <sarah.nkemelu@gmx.example>"),
           ("To", TO_MSO),
           ("Subject", "Aw: " + REMINDER_SUBJECT),
           ("In-Reply-To", mailbot_id(rem)),
           ("References", mailbot_id(rem)),
           ("Date", m.date),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"))
    d = _dt(rem)
    text = f"""hey, hab mir voll die grippe eingefangen 🤒 kann am samstag leider nicht kommen, bitte streicht mich. gebt den platz gern jemand anderem!
gute besserung an mich selbst lol
Sarah


Gesendet: {WD_DE_LONG[d.weekday()]}, {d.day:02d}. {MON_DE_LONG[d.month - 1]} {d.year} um {d:%H:%M} Uhr
Von: "{MSO_NAME}" <{MSO}>
An: sarah.nkemelu@gmx.example
Betreff: {REMINDER_SUBJECT}
{gt_quote(reminder("Sarah Nkemelu", "AG2", 1))}"""
    m.single(text)


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
LANGS = {"de", "en", "es", "fr", "pt", "vi", "tr", "ar", "ru", "uk", "fa", "ku", "ti", "am"}


def norm(s):
    return unicodedata.normalize("NFKC", s).casefold()


def label_problems(expected):
    """The record itself: keys, types, nulls where due."""
    p = []
    e = expected
    if tuple(e) != FIELDS:
        p.append("expected record has wrong keys or key order")
        return p
    kind = e["kind"]
    if kind not in KINDS:
        p.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ("AG1", "AG2", "AG3") for w in wg) \
            or len(set(wg)) != len(wg):
        p.append("bad workgroups")
    if kind not in ("registration", "change") and wg:
        p.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            p.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            p.append("bad party_size for change")
    elif ps is not None:
        p.append("party_size must be null for this kind")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            p.append("person mail needs a lower-case email")
        if not e["name"]:
            p.append("person mail needs a name")
        if e["language"] not in LANGS:
            p.append(f"bad language {e['language']}")
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
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jan - 12 Mar 2027")
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
    # decoded headers and texts, nested messages included
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
    problems += label_problems(expected)
    e = expected
    # labels agree with the mail
    if e["kind"] in PERSON_KINDS:
        heads = [str(msg.get("From", "")), str(msg.get("Reply-To", ""))]
        addrs = [a.lower() for _, a in getaddresses(heads)]
        if e["email"] not in addrs and e["email"] not in text.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if norm(e["name"]) not in norm(text):
            problems.append("name not written in the mail")
        if e["organisation"] and norm(e["organisation"]) not in norm(text):
            problems.append("organisation not written in the mail")
    if e["kind"] in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote our mail")
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def senders(datas):
    out = []
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = str(msg["From"])
        m = re.search(r"<([^>]+)>", frm)
        out.append((m.group(1) if m else frm.split()[0]).lower())
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built})
    print("text language x kind:")
    for lang in langs:
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}  total {sum(row.values())}")
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
    ap.add_argument("--stats", action="store_true", help="print counts")
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
            if not path.exists() or path.read_bytes() != data:
                print(f"{name}: missing or differs from the generated bytes")
                bad += 1
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            print("expected.json missing or differs from the generated one")
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
    seen = collections.Counter(senders(datas))
    for s, k in seen.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    if json.loads(exp_text) != expected:
        print("expected.json does not round-trip")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
