#!/usr/bin/env python3
"""Build the "final16c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is an unchanged copy of ../dev/config.toml).
Forty-five mails whose workgroup wishes are stated by exclusion and negation,
with waiting lists and fallbacks ("anything but AG 2", "wherever there is
space", "waiting list rather than another group", "only if there is still room,
otherwise I won't come", "not in the same group as my colleague"), in twelve
languages.

Every mail text below is written by hand.  This script only wraps the texts in
MIME with the standard `email` package, writes the files, then reads every file
back with email.policy.default and checks it (see check()).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, charset

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Standard library only, Python 3.11.
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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we encoded by hand (RFC 2047 words in a
# chosen charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")
CRLF_POLICY = POLICY.clone(linesep="\r\n")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "fr", "es", "it", "pt", "ku", "fa", "hr", "sr", "ro")

ZWNJ = "\u200c"      # Persian half-space; written as "~" in the Dari texts below


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes encoded words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote the way Thunderbird and Gmail's plain part do: '> ' per line."""
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
    return hashlib.sha256(f"final16c/{slug}/{n}".encode()).hexdigest()


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
        self.headers_intended = {}  # header name -> decoded text it must give
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Received), then `pairs` in order.  ASCII
        values (plain or hand-made encoded words) are stored verbatim, folded at
        spaces when long; other values go through the policy (UTF-8)."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"@([\w.-]+)", frm).group(1)).split("@")[-1]
            host = "mout." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival}")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def expect_header(self, name, decoded):
        """Remember what a hand-encoded header must decode to (checked later)."""
        self.headers_intended[name] = decoded

    # -- leaves ------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
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
        # Every mail is written with CRLF line ends, as on the wire.
        return self.msg.as_bytes(policy=CRLF_POLICY)


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


def make_png(width=48, height=32):
    """A small RGB PNG: a table cloth with plates (warm colours)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            cx, cy = (x % 16) - 8, y - 16
            if cx * cx + cy * cy < 30:
                px = (245, 245, 240)
            elif (x // 4 + y // 4) % 2 == 0:
                px = (190, 40, 40)
            else:
                px = (240, 220, 200)
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
# texts that several mails quote: the invitation and mailbot's confirmation
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung.mso2027.20270111103000.77c1@muenster.example>"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet der diesjährige Tag der
Migrantenselbstorganisationen statt. Wir laden Sie herzlich ins
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster, ein.

Ablauf
10:00  Ankommen, Begrüßung
10:30  Impuls und Gespräch im Plenum
12:30  Mittagsimbiss
13:30  Drei parallele Arbeitsgruppen:
       AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
       AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
             Migrationsvorgeschichte
       AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement
15:30  Ergebnisse aus den AGs, Ausklang

Jede Arbeitsgruppe hat 30 Plätze. Ist Ihre Wunsch-AG belegt, kommen Sie
auf die Warteliste – oder, wenn Sie uns das schreiben, in Ihre Zweitwahl.

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an: Name, Organisation, Wunsch-AG, Personenzahl,
und ob Sie am Mittagsimbiss teilnehmen.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Team MSO-Tag"""

CONF_SUBJECT = "Anmeldebestätigung MSO-Tag 2027"

AG_LABEL = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons, waitlist=None):
    """The confirmation mailbot sent; quoted in changes and cancellations."""
    status = f"Warteliste, Platz {waitlist}" if waitlist else "Platz bestätigt"
    return f"""Guten Tag {salutation},

herzlichen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
ist bei uns eingegangen.

Wann: Samstag, 13. März 2027, 10:00–16:00 Uhr
Wo:   Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppe: {AG_LABEL[ag]}
Status: {status}
Personen: {persons}

Ändert sich etwas (andere Arbeitsgruppe, Personenzahl, Absage)? Dann
antworten Sie bitte einfach auf diese E-Mail.

Kommunales Integrationszentrum Münster
Team MSO-Tag"""


def confirmation_message(to, salutation, ag, persons, when, msgid):
    """The confirmation as a whole message (for message/rfc822 in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
span.EmailStyle19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset, quote=None):
    """Outlook (Word) HTML for `text`; quote = (von, gesendet, an, betreff, quoted)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)}<br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail's HTML part; quote = (attribution, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        body = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote gmail_quote_container\">"
                f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                f"{body}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" "
            "content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: "
            "break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            f"{inner}</body></html>\n")


def webmail_html(text, font="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


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
# Thunderbird reply quoting the whole invitation (all three AGs appear in the
# quote).  New text: AG 3 first, AG 2 as fallback, "nur die Bildungs-AG bitte
# nicht".  Hard-wrapped, format=flowed, UTF-8 8bit.

@mail("sendler-ag3-zur-not-2-nicht-bildung", "2027-01-11 14:12:37",
      E("registration", "u.sendler@dafk-muenster.example", "Ulrike Sendler",
        "Deutsch-Afghanischer Freundeskreis Münster e.V.", ["AG3", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ulrike Sendler <u.sendler@dafk-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1f0c2e-8a7d-4e39-b6c1-d2f09e7a3c55@dafk-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, da bin ich gern wieder dabei.

Am liebsten wäre mir die AG 3, zur Not nehme ich auch die AG 2. Nur die
Bildungs-AG bitte nicht – mit Schule habe ich beruflich die ganze Woche
zu tun, am Samstag möchte ich mal über etwas anderes reden. ;-)

Ich komme allein und esse mittags gern mit.

Herzliche Grüße
Ulrike Sendler

-- 
Deutsch-Afghanischer Freundeskreis Münster e.V.
Schriftführerin
Tel. 0251 / 61 83 04

Am 11.01.27 um 10:30 schrieb {MSO_NAME}:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed", "delsp": "no"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative in iso-8859-9 quoted-printable.
# "yalnız 2. grup olmasın" = just not group 2; "1 veya 3 fark etmez" = 1 or 3,
# doesn't matter -> [AG1, AG3].  "kendimi ve eşimi" = me and my wife -> 2.

KORKMAZ_TEXT = """Merhaba,

MSO günü için kendimi ve eşimi kaydettirmek istiyorum. Toplam 2 kişiyiz.

Çalışma grubu konusunda pek seçici değiliz, yalnız 2. grup olmasın lütfen (Zukunftsprozess). Geçen sonbaharda belediyenin benzer bir toplantısına katıldık, aynı şeyleri tekrar dinlemek istemiyoruz. 1 veya 3 fark etmez.

Öğle yemeğine ikimiz de katılacağız.

Selamlar,
Mehmet Ali Korkmaz
Münster Alevi Kültür Merkezi e.V."""


@mail("korkmaz-turkish-2-grup-olmasin", "2027-01-11 21:47:05",
      E("registration", "mehmetali.korkmaz@mail.example", "Mehmet Ali Korkmaz",
        "Münster Alevi Kültür Merkezi e.V.", ["AG1", "AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Korkmaz <mehmetali.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt - 2 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAN8xK2pQw7Lr0tZ4vB1mYc9sHd3EfGu5jN6oA2iT8kR1wX0eUq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "MSO günü kayıt - 2 kişi")
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="iso-8859-9",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# English, Outlook.com multipart/alternative.  No preference at all
# ("wherever there is still space") -> [].  Three people.

EZE_TEXT = """Good morning,

I would like to register for the MSO-Tag on 13 March on behalf of the Igbo Cultural Association Münster. We will be three people: myself, our treasurer and one of our youth representatives.

We honestly don't mind which working group. Please put us wherever there is still space – ideally all three together, but if that isn't possible it's also fine to split us up.

We would like to join for lunch.

Kind regards,
Chiamaka Eze
Secretary, Igbo Cultural Association Münster
+49 176 20 48 11 93"""


@mail("eze-english-wherever-there-is-space", "2027-01-12 08:05:44",
      E("registration", "chiamaka.eze@hotmail.example", "Chiamaka Eze",
        "Igbo Cultural Association Münster", [], 3, "en"), "en")
def _(m):
    m.head(("From", "Chiamaka Eze <chiamaka.eze@hotmail.example>"),
           ("To", f"\"{MSO}\" <{MSO}>"),
           ("Subject", "Registration MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB2077F4C1A9E3B6D0E8A1@DU2P194MB2077.EURP194.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = EZE_TEXT + "\n\nSent from Outlook"
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} "
           "</style></head><body dir=\"ltr\">"
           + "".join(f"<div class=\"elementToProof\" style=\"font-family: Calibri, Helvetica, "
                     f"sans-serif; font-size: 12pt;\">{esc(l) if l else '<br>'}</div>"
                     for l in EZE_TEXT.split("\n"))
           + "<div id=\"appendonsend\"></div><div style=\"font-family: Calibri, Helvetica, "
             "sans-serif; font-size: 12pt;\"><br></div><div id=\"Signature\">Sent from "
             "<a href=\"https://aka.outlook.example/get\">Outlook</a></div></body></html>\n")
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Arabic (MSA), plain text windows-1256 base64.  "أي مجموعة ما عدا المجموعة
# الخاصة بالتمويل وإدارة الجمعيات" = any group except the one on funding and
# association management (AG 3), "الأولى أو الثانية، لا فرق" -> [AG1, AG2].
# "أنا وزوجي" = me and my husband -> 2.  No lunch.  The Arabic signature beats
# the Latin display name.

@mail("alhassan-arabic-ma-ada-tamweel", "2027-01-12 12:31:10",
      E("registration", "reem.alhassan@mail.example", "ريم الحسن",
        "رابطة العائلات السورية في مونستر", ["AG1", "AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Alhassan <reem.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 13 آذار", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270112113110.6c2a91@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "تسجيل - يوم منظمات المهاجرين 13 آذار")
    m.single("""السلام عليكم،

أود أن أسجل نفسي وزوجي للمشاركة في يوم منظمات المهاجرين (MSO-Tag) يوم السبت 13 آذار في مونستر، أي شخصان.

بالنسبة لمجموعات العمل: نحن مهتمان بأي مجموعة ما عدا المجموعة الخاصة بالتمويل وإدارة الجمعيات، فجمعيتنا صغيرة جداً وليس لدينا ميزانية أصلاً. المجموعة الأولى أو الثانية، لا فرق عندنا.

لا داعي لحجز الغداء لنا، شكراً.

مع خالص التحية،
ريم الحسن
رابطة العائلات السورية في مونستر
""", charset="windows-1256", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Dari, Gmail multipart/alternative (rtl), UTF-8 base64.  A negated question:
# "آیا لازم نیست که از پیش ثبت نام کنیم؟" = isn't it necessary to register
# beforehand?  He registers no one -> question.  "یک انجمن کوچک" (a small
# association) names no organisation -> null.

AHMADZAI_TEXT = """سلام علیکم،

من از طریق یک دوست در باره روز سازمان~های مهاجرین در مونستر شنیدم. ما یک انجمن کوچک افغان~ها در کیندرهاوس هستیم و هنوز ثبت نشده~ایم (e.V. نیستیم).

دو سوال داشتم:
آیا لازم نیست که از پیش ثبت نام کنیم؟ یا می~توانیم همان روز مستقیم بیاییم؟
و آیا اشتراک برای کسانی که عضو یک انجمن رسمی نیستند هم ممکن است؟

تشکر از شما
فرید احمدزی""".replace("~", ZWNJ)


@mail("ahmadzai-dari-question-no-registration-needed", "2027-01-13 09:50:21",
      E("question", "farid.ahmadzai@mail.example", "فرید احمدزی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Ahmadzai <farid.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", ew("سوال در باره روز MSO", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ3fR9uT5nWq1xZ7bL2kPd8vHs0MgYc4eA6oE1iN3tB9rK2wQp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "سوال در باره روز MSO")
    m.alternative(AHMADZAI_TEXT, gmail_html(AHMADZAI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Spanish, Gmail multipart/alternative.  "prefiero el 3 ... el 2 también me
# vale" -> [AG3, AG2].  "Solo voy yo" -> 1.

FERNANDEZ_TEXT = """Hola:

Me gustaría inscribirme en la Jornada de las Organizaciones de Migrantes del 13 de marzo. Voy en representación de la Casa Latina Münster e.V.

De los grupos de trabajo prefiero el 3 (financiación y gestión de asociaciones), que es justo lo que más nos hace falta ahora mismo. Si ya no quedan plazas en ese, el 2 también me vale.

Solo voy yo. Y sí, me apunto a la comida.

Un saludo cordial,
Lucía Fernández Ortega
Casa Latina Münster e.V."""


@mail("fernandez-spanish-3-o-si-no-2", "2027-01-13 17:03:58",
      E("registration", "lucia.fernandez@casalatina-ms.example", "Lucía Fernández Ortega",
        "Casa Latina Münster e.V.", ["AG3", "AG2"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@casalatina-ms.example")),
           ("To", MSO),
           ("Subject", ew("Inscripción jornada 13 de marzo", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAH5vE1mZq8Tx3aPw0cR7nLk4jBd2sFy9uG6oI1hM5tC8eX3rWz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Lucía Fernández Ortega <lucia.fernandez@casalatina-ms.example>")
    m.alternative(FERNANDEZ_TEXT, gmail_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Outlook, HTML only (Word markup), windows-1252 quoted-printable.  "AG 2; if
# it is full, NOT the waiting list but straight into AG 3" -> [AG2, AG3].
# The running text has the dative "für den Türkisch-Deutschen
# Unternehmerverein"; the signature gives the base form.

YB_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Türkisch-Deutschen Unternehmerverein Münsterland zum MSO-Tag am 13.03.2027 an.

Meine Wahl ist die AG 2 („Münsters Zukunftsprozess“). Sollte die AG 2 bereits voll sein, setzen Sie mich bitte nicht auf die Warteliste, sondern direkt in die AG 3.

Ich nehme allein teil, gern einschließlich Mittagsimbiss.

Mit freundlichen Grüßen

Dr. Hatice Yilmaz-Brandt
Geschäftsführerin
Türkisch-Deutscher Unternehmerverein Münsterland e.V.
Hafenweg 26 · 48155 Münster
Tel. 0251 / 98 11 27-0"""


@mail("yilmaz-brandt-outlook-ag2-keine-warteliste", "2027-01-14 10:22:13",
      E("registration", "h.yilmaz-brandt@tdu-muensterland.example", "Hatice Yilmaz-Brandt",
        "Türkisch-Deutscher Unternehmerverein Münsterland e.V.", ["AG2", "AG3"], 1, "de"),
      "de")
def _(m):
    m.head(("From", '"Yilmaz-Brandt, Hatice" <h.yilmaz-brandt@tdu-muensterland.example>'),
           ("To", f"'{MSO}' <{MSO}>"),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtmQk3Vb0Jx1y2ZQ7ujK9mVxq0Fhw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8431C7D2E1F0A9B8C7D6E5F4A3B2@DB9PR04MB8431.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(YB_TEXT, "windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Out-of-office in Spanish and German, answering a confirmation; it carries
# Auto-Submitted.  "nicht im Büro", "no reenviaré" are no cancellation.

@mail("ruiz-autoreply-spanish-german", "2027-01-15 07:58:02",
      E("auto_reply"), "es")
def _(m):
    conf = "<mailbot.20270115075711.c3e8@muenster.example>"
    m.head(("From", "Carmen Ruiz Delgado <c.ruiz@hispano-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Respuesta automática: " + CONF_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1736924282.5512@hispano-ms.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Respuesta automática: " + CONF_SUBJECT)
    m.single("""Estoy fuera de la oficina hasta el 25 de enero y no tengo acceso al correo. Su mensaje no se reenviará; le responderé a mi regreso.
Para asuntos urgentes: info@hispano-ms.example

Ich bin bis zum 25. Januar nicht im Büro und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen: info@hispano-ms.example

Carmen Ruiz Delgado
Centro Hispano Münster
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Brazilian Portuguese, plain UTF-8 8bit.  "qualquer um, menos o do sistema
# educacional ... Se der, o grupo 2 seria o ideal, senão o 3" -> [AG2, AG3].
# "eu e minha colega" -> 2.

@mail("ribeiro-portuguese-menos-educacao", "2027-01-18 19:14:40",
      E("registration", "fernanda.ribeiro@mail.example", "Fernanda Ribeiro",
        "Associação Brasil-Münster e.V.", ["AG2", "AG3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Fernanda Ribeiro <fernanda.ribeiro@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscrição MSO-Tag 13/03", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1737224080.318855.4471@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Inscrição MSO-Tag 13/03")
    m.single("""Olá, tudo bem?

Gostaria de fazer a inscrição para o Dia das Organizações de Migrantes (MSO-Tag) em 13 de março. Seremos duas pessoas: eu e minha colega Juliana Costa, as duas da Associação Brasil-Münster e.V.

Sobre os grupos de trabalho: pode ser qualquer um, menos o do sistema educacional – a Juliana é professora e eu trabalho numa creche, a gente já vive esse tema todo dia. Se der, o grupo 2 seria o ideal, senão o 3.

Obrigada e até março!
Fernanda Ribeiro
Associação Brasil-Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Kurmanji, plain UTF-8 quoted-printable.  "Koma sêyem ji bo me ne pêwîst e"
# = the third group is not needed for us; "herî zêde koma duyem ... heke ew
# tije be, koma yekem jî baş e" = most of all the second, if it is full the
# first is fine too -> [AG2, AG1].  "bi tena serê xwe" = alone.

@mail("baran-kurmanji-ne-koma-seyem", "2027-01-19 20:33:09",
      E("registration", "rojda.baran@mail.example", "Rojda Baran",
        "Komeleya Jinên Kurd a Münsterê", ["AG2", "AG1"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Baran <rojda.baran@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Qeydkirin - MSO-Tag 13ê Adarê", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<f3e1a0c9-57b2-4d8e-9a61-0c4b7e2d9f18@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Qeydkirin - MSO-Tag 13ê Adarê")
    m.single("""Silav û rêz,

Ez Rojda Baran im, ji Komeleya Jinên Kurd a Münsterê. Ez dixwazim xwe ji bo Roja Rêxistinên Koçberan (MSO-Tag) a 13ê Adarê qeyd bikim.

Koma sêyem (AG 3) ji bo me ne pêwîst e, em bi xwe her roj bi fon û rêveberiya komeleyê re mijûl dibin. Ez herî zêde koma duyem (AG 2) dixwazim. Heke ew tije be, koma yekem (AG 1) jî baş e.

Ez ê bi tena serê xwe bêm.

Spas û silav
Rojda Baran
Komeleya Jinên Kurd a Münsterê
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# iPhone, short.  He writes AG 2, then corrects himself in the same mail:
# "Ne sorry, Quatsch – AG 3 meinte ich" -> [AG3].

@mail("karalis-iphone-self-correction", "2027-01-20 12:47:51",
      E("registration", "dimitris.karalis@mail.example", "Dimitris Karalis",
        "Griechischer Elternverein Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dimitris Karalis <dimitris.karalis@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<9D1A4F7C-2E58-4B3A-A0C6-71E9D5B2F804@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit Anmeldung für den 13.3., 1 Person, AG 2.

Ne sorry, Quatsch – AG 3 meinte ich, die mit den Fördermittlen. Die 2 ist die Zukunftsprozess-Geschichte, das ist nicht so meins. Also AG 3 bitte.

Gruß
Dimitris Karalis
Griechischer Elternverein Münster

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# He registers a colleague and does not come himself; the confirmation is to
# go to her address.  "not the one on the education system ... 2 first, 3
# otherwise" -> [AG2, AG3], 1 person.

@mail("clarke-registers-colleague-not-education", "2027-01-21 15:09:26",
      E("registration", "samira.haddad@rlc-muenster.example", "Samira Haddad",
        "Refugee Law Clinic Münster", ["AG2", "AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Martin Clarke <m.clarke@rlc-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for a colleague - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<8c2e7b41-0d3f-4a95-b1e6-5f7a9c0d2e83@rlc-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

Could you please register my colleague Samira Haddad for the MSO-Tag on
13 March? She's on a training course this week and asked me to sort it
out for her. I won't be coming myself, unfortunately.

Samira doesn't mind much which working group, as long as it isn't the
one on the education system – she'd go for 2 first, 3 otherwise.

Please send the confirmation straight to her:
samira.haddad@rlc-muenster.example

Many thanks,
Martin

-- 
Martin Clarke
Refugee Law Clinic Münster
Coordination Team
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Italian, plain iso-8859-1 quoted-printable.  A negated question ("Non è
# possibile partecipare solo alla mattina...?"); she will register later
# ("vi mando poi l'iscrizione") -> question.

@mail("moretti-italian-solo-la-mattina", "2027-01-22 11:36:02",
      E("question", "francesca.moretti@mail.example", "Francesca Moretti",
        "Missione Cattolica Italiana di Münster", [], None, "it"), "it")
def _(m):
    m.head(("From", "Francesca Moretti <francesca.moretti@mail.example>"),
           ("To", MSO),
           ("Subject", "Domanda MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1737542162.77310.8812@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

sono Francesca Moretti, volontaria presso la Missione Cattolica Italiana di Münster. Ho letto l'invito al MSO-Tag e avrei una domanda prima di iscrivermi.

Non è possibile partecipare solo alla parte della mattina, senza scegliere un gruppo di lavoro? Il pomeriggio ho già un impegno in parrocchia e non vorrei occupare un posto in un gruppo che poi resta vuoto.

Se non è un problema, vi mando poi l'iscrizione.

Cordiali saluti
Francesca Moretti
""", charset="iso-8859-1", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# French, plain iso-8859-1 8bit.  Four named persons, "Nous n'avons pas de
# préférence ... là où il reste de la place" -> [].  "Président – ..." on
# the organisation line is an office, not part of the name.

@mail("elamrani-french-pas-de-preference-quatre", "2027-01-25 18:21:47",
      E("registration", "y.elamrani@amicale-marocaine.example", "Youssef El Amrani",
        "Amicale des Marocains de Münster", [], 4, "fr"), "fr")
def _(m):
    m.head(("From", "Youssef El Amrani <y.elamrani@amicale-marocaine.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription - journée du 13 mars", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601db6f4a$1c2d3e40$54698ac0$@amicale-marocaine.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Inscription - journée du 13 mars")
    m.single("""Bonjour Madame, Monsieur,

Nous souhaitons inscrire 4 personnes de l'Amicale des Marocains de Münster à la journée du 13 mars :
- Youssef El Amrani
- Naima Bouzid
- Karim Tahiri
- Samir Ouali

Nous n'avons pas de préférence pour les ateliers : mettez-nous là où il reste de la place, même séparément si nécessaire.
Pas besoin de prévoir le déjeuner pour nous, merci.

Bien cordialement,
Youssef El Amrani
Président – Amicale des Marocains de Münster
""".replace("–", "-"), charset="iso-8859-1", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): a confirmation was refused by the
# remote server, user unknown.  The returned confirmation names AG 3.

POSTFIX_RCPT = "tigran.avetisyan@hay-muenster.example"


@mail("postfix-bounce-user-unknown", "2027-01-26 10:14:06",
      E("bounce", bounced=POSTFIX_RCPT), "en")
def _(m):
    rcpt = POSTFIX_RCPT
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270126091406.3F2A81C05B@mail.muenster.example>"),
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

<{rcpt}>: host mx1.hay-muenster.example[203.0.113.58] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3F2A81C05B"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 26 Jan 2027 10:14:03 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.hay-muenster.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Tigran Avetisyan <{rcpt}>", "Herr Avetisyan", "AG3", 2,
        "Tue, 26 Jan 2027 10:14:03 +0100", "<mailbot.20270126101403.9e4d@muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# Croatian, plain windows-1250 quoted-printable; display name encoded in
# windows-1250.  Her colleague already registered for group 2; "stavite me u
# radnu skupinu 1 ili 3 – svejedno mi je koju, samo ne u dvojku" -> [AG1, AG3].
# The colleague is not part of this registration (1 person).

@mail("juric-croatian-ne-u-istu-skupinu", "2027-01-27 09:02:33",
      E("registration", "ivana.juric@hkd-muenster.example", "Ivana Jurić",
        "Hrvatsko kulturno društvo „Zvonimir“ Münster", ["AG1", "AG3"], 1, "hr"), "hr")
def _(m):
    m.head(("From", addr("Ivana Jurić", "ivana.juric@hkd-muenster.example", "windows-1250")),
           ("To", MSO),
           ("Subject", ew("Prijava – Dan migrantskih samoorganizacija", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<a7d3c9e1-04f6-4b2a-8e57-19c0b6d4f2a3@hkd-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Ivana Jurić <ivana.juric@hkd-muenster.example>")
    m.expect_header("Subject", "Prijava – Dan migrantskih samoorganizacija")
    m.single("""Poštovani,

prijavljujem se za Dan migrantskih samoorganizacija 13. ožujka 2027.

Moja kolegica iz društva, Marina Perić, već se prijavila za radnu skupinu 2. Dogovorile smo se da ne idemo u istu skupinu, kako bismo poslije jedna drugoj mogle prenijeti što se radilo. Zato mene molim stavite u radnu skupinu 1 ili 3 – svejedno mi je koju, samo ne u dvojku.

Dolazim sama.

Srdačan pozdrav,
Ivana Jurić
Hrvatsko kulturno društvo „Zvonimir“ Münster
""", charset="windows-1250", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Serbian (Cyrillic), multipart/alternative windows-1251 base64.  Four
# persons who want to stay together, "свеједно да ли у првој или другој.
# Трећа група нам не треба" -> [AG1, AG2].  Latin display name, Cyrillic
# signature.

NIKOLIC_TEXT = """Поштовани,

желимо да пријавимо четири особе из нашег друштва за Дан мигрантских самоорганизација 13. марта у Минстеру.

Важно нам је само да сви четворо будемо у истој радној групи – свеједно да ли у првој или другој. Трећа група нам не треба, финансирањем и вођењем удружења се ионако бавимо сваки дан.

Ручак нам не треба.

Срдачан поздрав,
Драган Николић
СКУД „Вук Караџић“ Минстер"""


@mail("nikolic-serbian-cyrillic-four-together", "2027-01-28 21:11:19",
      E("registration", "dragan.nikolic@mail.example", "Драган Николић",
        "СКУД „Вук Караџић“ Минстер", ["AG1", "AG2"], 4, "sr"), "sr")
def _(m):
    m.head(("From", "Dragan Nikolic <dragan.nikolic@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Пријава за 13. март", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1738095079.2213.55@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Пријава за 13. март")
    m.alternative(NIKOLIC_TEXT, webmail_html(NIKOLIC_TEXT), charset="windows-1251",
                  cte="base64")


# -- 018 ---------------------------------------------------------------------
# Advertising (other): a caterer read about the event.  Mentions the date,
# the venue, "Arbeitsgruppen", lunch, "kein ganzes Buffet".

CATERING_TEXT = """Genuss-Catering Westfalen – Angebote für Vereine und Verwaltung

Guten Morgen!

Ihre Veranstaltung am 13. März im Stadtweinhaus ist bestimmt schon gut geplant – aber haben Sie auch an die Verpflegung gedacht? Ob Fingerfood für 90 Gäste, ein warmes Mittagsbuffet mit vegetarischen und Halal-Optionen oder Kaffee und Kuchen für die Pause zwischen den Arbeitsgruppen: Wir liefern pünktlich an den Prinzipalmarkt.

Nur bis 15. Februar: 10 % Frühbucherrabatt für gemeinnützige Vereine.
Sie brauchen kein ganzes Buffet? Kein Problem – kleine Bestellungen sind ab 20 Personen möglich.

Jetzt unverbindlich anfragen: https://genuss-catering.example/anfrage
Telefon 0251 37 02 55

Sie möchten keine Angebote mehr von uns erhalten? Hier abmelden: https://genuss-catering.example/abmelden?u=8f31c2

Genuss-Catering Westfalen GmbH · Robert-Bosch-Straße 9 · 48153 Münster"""

CATERING_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Genuss-Catering Westfalen</title></head>
<body style="margin:0;background:#faf6f0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#3a2e28;">
<tr><td style="background:#7a1f1f;color:#ffffff;"><h1 style="margin:0;font-size:24px;">Genuss-Catering Westfalen</h1><p style="margin:4px 0 0;font-size:13px;">Angebote für Vereine und Verwaltung</p></td></tr>
<tr><td style="font-size:15px;line-height:1.5;">
<p>Guten Morgen!</p>
<p>Ihre Veranstaltung am 13. März im Stadtweinhaus ist bestimmt schon gut geplant – aber haben Sie auch an die Verpflegung gedacht? Ob Fingerfood für 90 Gäste, ein warmes Mittagsbuffet mit vegetarischen und Halal-Optionen oder Kaffee und Kuchen für die Pause zwischen den Arbeitsgruppen: Wir liefern pünktlich an den Prinzipalmarkt.</p>
<p style="background:#fbe9d0;padding:12px;"><b>Nur bis 15. Februar: 10&nbsp;% Frühbucherrabatt für gemeinnützige Vereine.</b><br>Sie brauchen kein ganzes Buffet? Kein Problem – kleine Bestellungen sind ab 20 Personen möglich.</p>
<p style="text-align:center;"><a href="https://genuss-catering.example/anfrage" style="background:#7a1f1f;color:#ffffff;padding:10px 20px;text-decoration:none;">Jetzt unverbindlich anfragen</a></p>
<p>Telefon 0251 37 02 55</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a7b70;">Sie möchten keine Angebote mehr von uns erhalten? <a href="https://genuss-catering.example/abmelden?u=8f31c2">Hier abmelden</a>.<br>Genuss-Catering Westfalen GmbH · Robert-Bosch-Straße 9 · 48153 Münster</td></tr>
</table></td></tr></table>
<img src="https://track.genuss-catering.example/o/8f31c2.gif" width="1" height="1" alt="">
</body></html>
"""


@mail("catering-advertising", "2027-02-01 06:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Genuss-Catering Westfalen <angebote@genuss-catering.example>"),
           ("To", MSO),
           ("Subject", ew("Ihr Event am 13. März – schon an die Verpflegung gedacht?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<cmp-2027-02-mso.8f31c2@send.genuss-catering.example>"),
           ("List-Unsubscribe", "<https://genuss-catering.example/abmelden?u=8f31c2>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter2Go"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8f31c2@send.genuss-catering.example")
    m.expect_header("Subject", "Ihr Event am 13. März – schon an die Verpflegung gedacht?")
    m.alternative(CATERING_TEXT, CATERING_HTML, charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Learner German, web mail multipart/alternative in iso-8859-15.  She wants
# "AG Bildung"; her husband comes too but "möchte nicht in die gleiche AG
# wie ich ... egal welche".  One registration for 2 persons; the workgroup
# list is hers: [AG1] (see README, ambiguous mails).

NOUR_TEXT = """Sehr geehrte Damen und Herren,

ich möchte mich anmelden für MSO Tag am 13 März. Ich komme mit mein Mann, also wir sind 2 Personen.

Ich möchte gerne in die AG Bildung gehen, weil unsere Kinder sind in der Schule und wir haben viele Fragen. Mein Mann möchte aber nicht in die gleiche AG wie ich. Er sagt er geht lieber in eine andere Gruppe, egal welche, dann können wir zu Hause alles erzählen.

Ist das möglich so?

Vielen Dank und liebe Grüße
Nour Al-Khalil
Syrisch-Deutscher Kulturverein Ugarit e.V."""


@mail("alkhalil-learner-german-mann-andere-ag", "2027-02-02 10:44:28",
      E("registration", "nour.alkhalil@mail.example", "Nour Al-Khalil",
        "Syrisch-Deutscher Kulturverein Ugarit e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nour Al-Khalil <nour.alkhalil@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f7c0e91-6a4d-4b83-9e15-c8d0a3b7f264-1770025468512@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOUR_TEXT, webmail_html(NOUR_TEXT, "font-family: Verdana;font-size: 12.0px;"),
                  charset="iso-8859-15", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Romanian without diacritics, from a phone, us-ascii 7bit.  "grupa 1. Daca
# grupa 1 e deja plina, NU ma puneti pe lista de asteptare, puneti-ma unde mai
# e loc, nu conteaza" -> [AG1, AG2, AG3] (first choice, then any).

@mail("munteanu-romanian-1-altfel-oriunde", "2027-02-03 07:19:55",
      E("registration", "andreea.munteanu@mail.example", "Andreea Munteanu",
        "Asociatia Culturala Romana din Munster", ["AG1", "AG2", "AG3"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Andreea Munteanu <andreea.munteanu@mail.example>"),
           ("To", MSO),
           ("Subject", "inscriere MSO 13 martie"),
           ("Date", m.date),
           ("Message-ID", "<CAP2wQ7nHx4Lz9tR1mVb6cKd0sJe3FgYu8iA5oT2kN7rB4xW1eZ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buna ziua,

Ma inscriu la ziua MSO din 13 martie. Sunt de la Asociatia Culturala Romana din Munster.

As vrea in grupa 1 (educatie). Daca grupa 1 e deja plina, NU ma puneti pe lista de asteptare, puneti-ma unde mai e loc, nu conteaza.

Vin singura.

Multumesc frumos,
Andreea Munteanu

Trimis de pe dispozitivul meu Samsung
""", charset="us-ascii", cte="7bit")


# -- 021 ---------------------------------------------------------------------
# Change, Thunderbird reply quoting the confirmation (AG 2, 2 persons).
# "in eine andere AG umbuchen? Welche ist uns egal, Hauptsache nicht die 2"
# -> [AG1, AG3]; the number of persons stays (null).

@mail("nowak-becker-change-hauptsache-nicht-2", "2027-02-04 16:26:12",
      E("change", "a.nowak-becker@dpg-muenster.example", "Agnieszka Nowak-Becker",
        "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG1", "AG3"], None, "de"), "de")
def _(m):
    conf = "<mailbot.20270115091207.a41c@muenster.example>"
    m.head(("From", "Agnieszka Nowak-Becker <a.nowak-becker@dpg-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0e5b9d27-c41a-4f63-87d2-3a6e1f0b9c48@dpg-muenster.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo liebes Orga-Team,

danke für die Bestätigung. Wir haben im Vorstand aber nochmal darüber
gesprochen: Die AG 2 passt für uns beide leider doch nicht so gut.
Könnten Sie uns in eine andere AG umbuchen? Welche, ist uns eigentlich
egal, Hauptsache nicht die 2.

Wir bleiben bei 2 Personen.

Viele Grüße
Agnieszka Nowak-Becker
Deutsch-Polnische Gesellschaft Münster e.V.

Am 15.01.27 um 09:12 schrieb {MSO_NAME}:
{gt_quote(confirmation("Frau Nowak-Becker", "AG2", 2))}
""", charset="utf-8", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Italian, multipart/alternative UTF-8 base64.  "solo se c'è ancora posto:
# se il gruppo 2 è pieno, lasciate perdere, non vengo" -> registration,
# [AG2] only.  The organisation appears only in the signature.

LOMBARDO_TEXT = """Salve,

mi chiamo Giuseppe Lombardo e sono il presidente del nostro circolo.

Vorrei iscrivermi al gruppo di lavoro 2 (il futuro di Münster). Però solo se c'è ancora posto: se il gruppo 2 è pieno, lasciate perdere, non vengo. Gli altri due temi non mi interessano e in lista d'attesa non mi ci metto.

Una persona sola.

Grazie e cordiali saluti
Giuseppe Lombardo
Circolo Culturale Italiano "Dante" Münster"""


@mail("lombardo-italian-solo-se-ce-posto", "2027-02-08 13:05:30",
      E("registration", "peppe.lombardo@mail.example", "Giuseppe Lombardo",
        'Circolo Culturale Italiano "Dante" Münster', ["AG2"], 1, "it"), "it")
def _(m):
    m.head(("From", "Peppe Lombardo <peppe.lombardo@mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione gruppo 2"),
           ("Date", m.date),
           ("Message-ID", "<1770552330.44718.2260@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LOMBARDO_TEXT, webmail_html(LOMBARDO_TEXT), charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative.  He would have liked group 2, but a
# member of his association is already there, so "beni 1. gruba yazarsanız
# sevinirim. 1 doluysa 3 de olur" -> [AG1, AG3].  The "2." he names is the
# group he does NOT want.

DOGAN_TEXT = """Merhabalar,

13 Mart'taki MSO gününe katılmak istiyorum, tek kişiyim.

Aslında ben de 2. çalışma grubunu isterdim ama derneğimizden Hakan Bey zaten oraya yazılmış. İkimizin aynı grupta oturmasının anlamı yok, o yüzden beni 1. gruba yazarsanız sevinirim. 1 doluysa 3 de olur.

Öğle yemeği benim için de ayırabilirsiniz.

Kolay gelsin,
Serkan Doğan
Münster Türk Spor ve Kültür Derneği"""


@mail("dogan-turkish-not-with-colleague", "2027-02-09 22:40:17",
      E("registration", "serkan.dogan@mail.example", "Serkan Doğan",
        "Münster Türk Spor ve Kültür Derneği", ["AG1", "AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serkan Doğan", "serkan.dogan@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("MSO günü katılım", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK1sD4vQp9Wm2xT7nLc0bRj5hFe8gYu3iA6oN1kE4tZ9rM2wXq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Serkan Doğan <serkan.dogan@mail.example>")
    m.expect_header("Subject", "MSO günü katılım")
    m.alternative(DOGAN_TEXT, gmail_html(DOGAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Levantine Arabic with German association words, Gmail rtl, UTF-8 base64.
# "بدي شارك بالـ AG 3 ... إذا الـ AG 3 صارت فل، ما بدي Warteliste، حطوني بأي
# مجموعة تانية فيها محل" = AG 3; if it is full, no waiting list, put me in any
# other group with room -> [AG3, AG1, AG2].

KANAAN_TEXT = """مرحبا،

بدي سجّل حالي بيوم الـ MSO بـ 13 آذار.

بدي شارك بالـ AG 3 (Förderung und Vereinsmanagement) لأنو عم نحاول نقدّم أول طلب تمويل للجمعية.
بس إذا الـ AG 3 صارت فل، ما بدي Warteliste، حطوني بأي مجموعة تانية فيها محل، مش مشكلة.

رح إجي لحالي.

شكراً كتير
باسل كنعان
Syrischer Kulturverein Damaskus Münster e.V."""


@mail("kanaan-levantine-ag3-sonst-egal", "2027-02-10 19:58:03",
      E("registration", "bassel.kanaan@mail.example", "باسل كنعان",
        "Syrischer Kulturverein Damaskus Münster e.V.", ["AG3", "AG1", "AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Bassel Kanaan <bassel.kanaan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAL6tF2wRq0Xn5yU8oMd1cSk6iGf9hZv4jB7pO2lF5uA0sN3xYr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "تسجيل MSO-Tag")
    m.alternative(KANAAN_TEXT, gmail_html(KANAAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 025 ---------------------------------------------------------------------
# A negated question before registering: "Ist die AG 2 nicht eh schon voll?"
# The other groups are out for her, so she would not register at all ->
# question.  Plain iso-8859-2 quoted-printable.

@mail("begic-question-ist-ag2-nicht-schon-voll", "2027-02-11 08:47:39",
      E("question", "mirela.begic@mail.example", "Mirela Begić",
        "Bosnisch-Herzegowinischer Frauenverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Mirela Begić", "mirela.begic@mail.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", "Frage zur AG 2"),
           ("Date", m.date),
           ("Message-ID", "<1770796059.90112.3318@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Mirela Begić <mirela.begic@mail.example>")
    m.single("""Guten Tag,

eine kurze Frage, bevor ich mich anmelde: Ist die AG 2 nicht eh schon voll? Bei unserem Netzwerktreffen letzte Woche hieß es, da gäbe es keine Plätze mehr. Die beiden anderen AGs kommen für mich eigentlich nicht in Frage, dann würde ich mir die Anmeldung sparen.

Danke für eine kurze Rückmeldung!

Mirela Begić
Bosnisch-Herzegowinischer Frauenverein Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Gmail forward of the invitation (which names all three AGs) with a short
# registration on top.  "number 3 ... If 3 is already full, don't bother
# putting me on the waiting list, I'd rather go to 1 then" -> [AG3, AG1].

MOYO_TEXT = """Hello,

Chipo passed your invitation on to me (see below) – I hope it's still possible to sign up. I'd like to attend, just me.

Working group: number 3, please. If 3 is already full, don't bother putting me on the waiting list, I'd rather go to 1 then.

No special dietary needs.

Thanks a lot,
Tendai Moyo
Zimbabwe Community Münsterland"""

MOYO_FWD = f"""---------- Forwarded message ---------
From: {MSO_NAME} <{MSO}>
Date: Mon, 11 Jan 2027 at 10:30
Subject: {INVITATION_SUBJECT}
To: <chipo.ndlovu@mail.example>"""


@mail("moyo-forward-3-else-1-no-waitlist", "2027-02-12 17:30:00",
      E("registration", "tendai.moyo@mail.example", "Tendai Moyo",
        "Zimbabwe Community Münsterland", ["AG3", "AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Tendai Moyo <tendai.moyo@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM4uG7xSr1Yo6zV9pNe2dTl7jHg0iAw5kC8qP3mG6vB1tO4yZs@mail.gmail.example>"),
           ("References", INVITATION_ID + " <CAF9bN3kLm2Qp7rT0wXc5vHd8jEs1gYu6iA4oZ2nR5tK8eB1wMq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{MOYO_TEXT}\n\n{MOYO_FWD}\n\n\n{INVITATION}\n"
    inner = "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in MOYO_TEXT.split("\n"))
    fwd = "<br>\n".join(esc(l) for l in MOYO_FWD.split("\n"))
    inv = "<br>\n".join(esc(l) for l in INVITATION.split("\n"))
    htm = (f"<div dir=\"ltr\">{inner}<br><div class=\"gmail_quote gmail_quote_container\">"
           f"<div dir=\"ltr\" class=\"gmail_attr\">{fwd}<br></div><br><br>"
           f"<div dir=\"ltr\">{inv}</div></div></div>\n")
    m.alternative(plain, htm, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Dari (Afghan Persian: "مارچ", "مکتب", "اشتراک کنم"), Gmail rtl multipart,
# UTF-8 quoted-printable, Persian digits.  "گروه ۲ ... اگر آن پر شده باشد،
# گروه ۳ هم خوب است. لطفاً مرا در گروه ۱ نگذارید" -> [AG2, AG3].

SADAT_TEXT = """سلام و احترام،

اینجانب زرمینه سادات از انجمن زنان افغان مونستر می~خواهم در روز سازمان~های مهاجرین به تاریخ ۱۳ مارچ اشتراک کنم.

گروه کاری ۲ (آینده شهر مونستر) برایم از همه مهمتر است. اگر آن پر شده باشد، گروه ۳ هم خوب است. لطفاً مرا در گروه ۱ نگذارید، چون همین زمستان در یک کورس دیگر در باره مکتب و تعلیم اشتراک کرده~ام.

یک نفر هستم.

با احترام
زرمینه سادات
انجمن زنان افغان مونستر""".replace("~", ZWNJ)


@mail("sadat-dari-2-else-3-not-1", "2027-02-15 20:12:45",
      E("registration", "zarmina.sadat@mail.example", "زرمینه سادات",
        "انجمن زنان افغان مونستر", ["AG2", "AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Zarmina Sadat <zarmina.sadat@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز MSO", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN2vH8ySs2Zp7aW0qOf3eUm8kIh1jBx6lD9rQ4nH7wC2uP5zAt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "ثبت نام روز MSO")
    m.alternative(SADAT_TEXT, gmail_html(SADAT_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Spanish cancellation for three, Gmail reply quoting the confirmation
# (AG 3, 3 persons).  "no nos pasen a otro grupo ni a la lista de espera,
# simplemente bórrennos" -> cancellation.

QUISPE_TEXT = """Buenas tardes:

Lamentablemente tenemos que cancelar nuestra inscripción. Ninguno de los tres podrá asistir el 13 de marzo: coincide con una actividad de nuestra comunidad que no podemos mover.

Por favor, no nos pasen a otro grupo ni a la lista de espera, simplemente bórrennos. Ojalá el año que viene sí podamos.

Saludos,
Javier Quispe Mamani
Colectivo Andino Münster"""


@mail("quispe-spanish-cancel-ninguno-de-los-tres", "2027-02-16 09:55:18",
      E("cancellation", "javier.quispe@mail.example", "Javier Quispe Mamani",
        "Colectivo Andino Münster", [], None, "es"), "es")
def _(m):
    conf = "<mailbot.20270118160502.5b7e@muenster.example>"
    m.head(("From", "Javier Quispe Mamani <javier.quispe@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB7wJ9zTt3Aq8bX1rPg4fVn9lJi2kCy7mE0sR5oI8xD3vQ6aBu@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    attribution = (f"El lun, 18 ene 2027 a las 16:05, {MSO_NAME} "
                   f"(<{MSO}>) escribió:")
    quoted = confirmation("Herr Quispe Mamani", "AG3", 3)
    plain = f"{QUISPE_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(QUISPE_TEXT, quote=(attribution, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Turkish from an iPhone, UTF-8 base64.  Negated question plus registration:
# "1. çalışma grubu henüz dolmadı, değil mi? Dolmadıysa beni oraya yazın.
# Dolduysa da bekleme listesine alın, başka gruba geçmek istemiyorum" ->
# [AG1] only.  "adına" = on behalf of (the organisation).

@mail("sahin-turkish-dolmadi-degil-mi-bekleme", "2027-02-17 07:33:26",
      E("registration", "emine.sahin@mail.example", "Emine Şahin",
        "Münster Türk Veliler Birliği", ["AG1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Şahin", "emine.sahin@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("1. çalışma grubu", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<E5C28B1D-7F3A-4D96-B0E4-2A9C61F8D357@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Emine Şahin <emine.sahin@mail.example>")
    m.expect_header("Subject", "1. çalışma grubu")
    m.single("""Merhaba,

1. çalışma grubu henüz dolmadı, değil mi? Dolmadıysa lütfen beni oraya yazın. Dolduysa da bekleme listesine alın, başka gruba geçmek istemiyorum, benim için sadece eğitim konusu önemli.

Tek kişiyim, Münster Türk Veliler Birliği adına katılıyorum.

Teşekkürler
Emine Şahin

iPhone'umdan gönderildi""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# French, Apple Mail multipart/alternative.  "atelier 1 ... Si c'est déjà
# complet, inscrivez-moi plutôt sur la liste d'attente de l'atelier 1 ; je ne
# souhaite pas être placée dans un autre atelier" -> [AG1].  No lunch.

KONE_TEXT = """Bonjour,

Je voudrais m'inscrire à la Journée des organisations de migrants du 13 mars, pour l'atelier 1 (éducation).

On m'a dit que cet atelier se remplit vite. S'il est déjà complet, inscrivez-moi plutôt sur la liste d'attente de l'atelier 1 ; je ne souhaite pas être placée dans un autre atelier.

Je viendrai seule et je ne prendrai pas le déjeuner.

Merci d'avance et bonne journée,

Aminata Koné
Association des Femmes Africaines de Münster"""


@mail("kone-french-liste-attente-plutot", "2027-02-18 14:48:09",
      E("registration", "aminata.kone@afam-muenster.example", "Aminata Koné",
        "Association des Femmes Africaines de Münster", ["AG1"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aminata Koné", "aminata.kone@afam-muenster.example", "utf-8", "q")),
           ("To", MSO),
           ("Subject", "Inscription atelier 1"),
           ("Date", m.date),
           ("Message-ID", "<6F0B2C9E-3D41-4A7B-9E85-C1D7A40F2B69@afam-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Aminata Koné <aminata.kone@afam-muenster.example>")
    m.alternative(KONE_TEXT, apple_html(KONE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 031 ---------------------------------------------------------------------
# Change from the waiting list, Gmail reply quoting a waiting-list
# confirmation (AG 1, place 4).  "move me to group 3 if there are still places
# there? If group 3 is full as well, please just leave me where I am on the
# list for group 1" -> [AG3, AG1].

WARSAME_TEXT = """Dear MSO team,

Thanks for your email. I see I'm only number 4 on the waiting list for working group 1. Rather than waiting, could you move me to group 3 if there are still places there? If group 3 is full as well, please just leave me where I am on the list for group 1 – I don't want to lose my spot.

Best wishes,
Abdirahman Warsame
Somali Community Association Münster"""


@mail("warsame-change-from-waitlist-3-else-stay", "2027-02-19 12:20:51",
      E("change", "a.warsame@somali-ms.example", "Abdirahman Warsame",
        "Somali Community Association Münster", ["AG3", "AG1"], None, "en"), "en")
def _(m):
    conf = "<mailbot.20270216112004.e07a@muenster.example>"
    m.head(("From", "Abdirahman Warsame <a.warsame@somali-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD1xK0aUu4Br9cY2sQh5gWo0mKj3lDz8nF1tS6pJ9yE4wR7bCv@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    attribution = f"On Tue, 16 Feb 2027 at 11:20, {MSO_NAME} <{MSO}> wrote:"
    quoted = confirmation("Herr Warsame", "AG1", 1, waitlist=4)
    plain = f"{WARSAME_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(WARSAME_TEXT, quote=(attribution, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Cancellation, Outlook plain text windows-1252 with the confirmation (AG 1)
# below "-----Ursprüngliche Nachricht-----".  "Bitte buchen Sie mich nicht in
# eine andere AG um, sondern streichen Sie mich ganz" -> cancellation.

@mail("asante-cancel-nicht-umbuchen-streichen", "2027-02-22 08:10:37",
      E("cancellation", "gloria.asante@mail.example", "Gloria Asante",
        "Ghanaisch-Deutscher Freundeskreis Münster", [], None, "de"), "de")
def _(m):
    conf = "<mailbot.20270204143702.1d93@muenster.example>"
    m.head(("From", "Gloria Asante <gloria.asante@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002b01db84e7$5a6b7c80$0f427580$@mail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQH2mXw1kJ0zq8R4T7c9b0yV3nL5eA=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider muss ich meine Anmeldung für den 13. März zurückziehen – an dem Wochenende ist eine Familienfeier in Hamburg, das hatte ich nicht auf dem Schirm.

Bitte buchen Sie mich nicht in eine andere AG um, sondern streichen Sie mich ganz von der Liste, damit jemand anderes meinen Platz in der AG 1 bekommt.

Sorry und viel Erfolg bei der Veranstaltung!
Gloria Asante
Ghanaisch-Deutscher Freundeskreis Münster

-----Ursprüngliche Nachricht-----
Von: {MSO_NAME} <{MSO}> 
Gesendet: Donnerstag, 4. Februar 2027 14:37
An: Gloria Asante <gloria.asante@mail.example>
Betreff: {CONF_SUBJECT}

{confirmation("Frau Asante", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Exchange out-of-office in German answering a confirmation; no
# Auto-Submitted header, only X-Auto-Response-Suppress and the subject prefix.

@mail("wolters-abwesenheit-ohne-auto-submitted", "2027-02-23 11:42:16",
      E("auto_reply"), "de")
def _(m):
    conf = "<mailbot.20270223114210.72bc@muenster.example>"
    m.head(("From", '"Wolters, Stefanie" <s.wolters@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbhd1nR2tVw0m3k0qL7Hc5yJ8xXg=="),
           ("Date", m.date),
           ("Message-ID", "<6a1f4c0b83d94e27a5e1c9b07d2f3a18@EXCH02.caritas-ms.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.wolters@caritas-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin vom 22.02. bis einschließlich 05.03.2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet und nach meiner Rückkehr bearbeitet.
In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachdienstes Migration, Tel. 0251 53009-0, migration@caritas-ms.example.

Mit freundlichen Grüßen
Stefanie Wolters
""", charset="iso-8859-1", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Italian complaint that is a change: they were put into group 3 although
# she had written "tutto tranne il 3".  "Potete spostarci nel gruppo 1 o nel
# 2? Per noi va bene uno qualsiasi dei due" -> [AG1, AG2]; still two persons.

@mail("esposito-italian-tutto-tranne-il-3", "2027-02-24 10:03:44",
      E("change", "rosaria.esposito@mail.example", "Rosaria Esposito",
        "Associazione Donne Italiane Münster", ["AG1", "AG2"], None, "it"), "it")
def _(m):
    conf = "<mailbot.20270223101402.b85f@muenster.example>"
    m.head(("From", "Rosaria Esposito <rosaria.esposito@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "R: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8yL1bVv5Cs0dZ3tRi6hXp1nLk4mEa9oG2uT7qK0zF5xS8cDw@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.single(f"""Gentili signori,

grazie per la conferma, però c'è un errore: ci avete iscritte al gruppo 3, ma io avevo scritto proprio il contrario, cioè "tutto tranne il 3"! Di finanziamenti e gestione delle associazioni abbiamo già parlato abbastanza quest'anno.

Potete spostarci nel gruppo 1 o nel 2? Per noi va bene uno qualsiasi dei due, l'importante è che restiamo insieme. Siamo sempre in due.

Grazie mille
Rosaria Esposito
Associazione Donne Italiane Münster

Il giorno mar 23 feb 2027 alle ore 10:14 {MSO_NAME} <{MSO}> ha scritto:

{gt_quote(confirmation("Frau Esposito", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Romanian with diacritics (ș, ț with comma below), UTF-8.  She heard group 1
# is full and asks; she has not registered and will write again if there is
# room -> question (not a cancellation: nothing to cancel).

@mail("dumitrescu-romanian-nu-mai-sunt-locuri", "2027-02-25 18:25:02",
      E("question", "ioana.dumitrescu@mail.example", "Ioana Dumitrescu",
        "Centrul Cultural Român „Mihai Eminescu“ Münster", [], None, "ro"), "ro")
def _(m):
    m.head(("From", "Ioana Dumitrescu <ioana.dumitrescu@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Întrebare grupa 1", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1772040302.61893.907@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Întrebare grupa 1")
    m.single("""Bună ziua,

Am auzit de la o colegă că la grupa 1 (educație) nu mai sunt locuri. Este adevărat? Chiar nu mai e nicio posibilitate să intru și eu acolo?

Mă interesează doar tema aceasta, la celelalte grupe nu aș veni. Dacă totuși mai e loc, vă scriu imediat cu datele mele pentru înscriere.

Vă mulțumesc,
Ioana Dumitrescu
Centrul Cultural Român „Mihai Eminescu“ Münster
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# European Portuguese, plain iso-8859-15 8bit.  "não me importo de ficar no
# grupo 1, mas se ainda houver vaga no grupo 3, prefiro o 3. O 2 não" ->
# [AG3, AG1]: the group named first is only the second choice.

@mail("carvalho-portuguese-nao-me-importo-1-prefiro-3", "2027-02-26 15:16:29",
      E("registration", "rui.carvalho@mail.example", "Rui Carvalho",
        "Associação Cultural Portuguesa de Münster", ["AG3", "AG1"], 1, "pt"), "pt")
def _(m):
    m.head(("From", "Rui Carvalho <rui.carvalho@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Inscrição - Dia das Organizações de Migrantes", "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", "<7b2d0e4f-19a3-4c68-b5f2-e0a9c3d81f57@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pt-PT"),
           ("MIME-Version", "1.0"))
    m.expect_header("Subject", "Inscrição - Dia das Organizações de Migrantes")
    m.single("""Boa tarde,

Venho por este meio inscrever-me no Dia das Organizações de Migrantes,
a 13 de março.

Quanto aos grupos de trabalho: não me importo de ficar no grupo 1, mas
se ainda houver vaga no grupo 3, prefiro o 3. O 2 não, obrigado.

Serei apenas eu. Dispenso o almoço.

Com os melhores cumprimentos,
Rui Carvalho
Associação Cultural Portuguesa de Münster
""", charset="iso-8859-15", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# Arabic (MSA), Gmail rtl reply quoting the confirmation (AG 1, 2 persons).
# His colleague drops out: "أرجو تعديل عدد الأشخاص من ٢ إلى شخص واحد. لا أريد
# إلغاء تسجيلي، ولا تغيير مجموعة العمل" = please change the number from 2 to
# one person; I do not want to cancel, nor to change the group -> change,
# no workgroup stated, party_size 1.  Arabic-Indic digits.

SALEH_TEXT = """السلام عليكم ورحمة الله،

شكراً على تأكيد التسجيل. للأسف زميلي لن يتمكن من الحضور بسبب ظرف عائلي، لذلك سأحضر وحدي.
أرجو تعديل عدد الأشخاص من ٢ إلى شخص واحد. لا أريد إلغاء تسجيلي، ولا تغيير مجموعة العمل.

مع الشكر،
عمر صالح
الجمعية العراقية الألمانية في مونستر"""


@mail("saleh-arabic-change-party-size-not-cancel", "2027-03-01 20:44:50",
      E("change", "omar.saleh@mail.example", "عمر صالح",
        "الجمعية العراقية الألمانية في مونستر", [], 1, "ar"), "ar")
def _(m):
    conf = "<mailbot.20270222100511.0f6d@muenster.example>"
    m.head(("From", "Omar Saleh <omar.saleh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3zM2cWw6Dt1eA4uSj7iYq2oMl5nFb0pH3vU8rL1aG6yT9dEx@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    attribution = (f"في الاثنين، ٢٢ فبراير ٢٠٢٧ في ١٠:٠٥ ص، كتب {MSO_NAME} <{MSO}>:")
    quoted = confirmation("Herr Saleh", "AG1", 2)
    plain = f"{SALEH_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(SALEH_TEXT, rtl=True, quote=(attribution, quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 quoted-printable, with the confirmation
# (AG 3) below the Von/Gesendet block.  "Ich sage nicht ab!  Ich möchte
# lediglich ... von der AG 3 in die AG 1.  Falls in der AG 1 kein Platz mehr
# frei ist, setzen Sie mich bitte auf die Warteliste der AG 1 und streichen
# Sie mich trotzdem aus der AG 3" -> change, [AG1].

BERISHA_TEXT = """Sehr geehrtes Team,

damit es kein Missverständnis gibt: Ich sage nicht ab! Ich möchte lediglich die Arbeitsgruppe wechseln, und zwar von der AG 3 in die AG 1. Unser Vorstand hat beschlossen, dass ein anderes Mitglied in die AG 3 geht; er meldet sich selbst bei Ihnen.

Falls in der AG 1 kein Platz mehr frei ist, setzen Sie mich bitte auf die Warteliste der AG 1 und streichen Sie mich trotzdem aus der AG 3.

Mit freundlichen Grüßen
Ilir Berisha
Albanischer Kultur- und Sportverein Münster e.V."""


@mail("berisha-outlook-ich-sage-nicht-ab-wechsel", "2027-03-02 09:13:07",
      E("change", "ilir.berisha@akv-muenster.example", "Ilir Berisha",
        "Albanischer Kultur- und Sportverein Münster e.V.", ["AG1"], None, "de"), "de")
def _(m):
    conf = "<mailbot.20270120164803.3a17@muenster.example>"
    m.head(("From", "Ilir Berisha <ilir.berisha@akv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHba3c8Zt1mUo5bQk2D0h7VvWm6BbJ4xq1A"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9254E3F1A0B9C8D7E6F5A4B3C2D1@AS8PR02MB9254.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{MSO_NAME} <{MSO}>",
             "Mittwoch, 20. Januar 2027 16:48",
             "Ilir Berisha <ilir.berisha@akv-muenster.example>",
             CONF_SUBJECT, confirmation("Herr Berisha", "AG3", 1))
    m.single(outlook_html(BERISHA_TEXT, "windows-1252", quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Kurmanji cancellation, Gmail with a German interface (German attribution
# line), plain UTF-8 quoted-printable, quoting the confirmation (AG 2).
# "Ne hewce ye ku hûn min bixin lîsteya bendê an jî komeke din" = no need to
# put me on the waiting list or in another group.

@mail("polat-kurmanji-cancel", "2027-03-02 17:58:33",
      E("cancellation", "azad.polat@mail.example", "Azad Polat", None, [], None, "ku"), "ku")
def _(m):
    conf = "<mailbot.20270127110205.d2c0@muenster.example>"
    m.head(("From", "Azad Polat <azad.polat@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG5aN3dXx7Eu2fB5vTk8jZr3pNm6oGc1qI4wV9sM2bH7zU0eFy@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.single(f"""Silav,

Mixabin ez ê nikaribim roja 13ê Adarê werim. Karekî min ê nû heye û wê rojê divê ez bixebitim. Ji kerema xwe qeyda min betal bikin.

Ne hewce ye ku hûn min bixin lîsteya bendê an jî komeke din.

Bi rêz,
Azad Polat

Am Mi., 27. Jan. 2027 um 11:02 Uhr schrieb {MSO_NAME} <{MSO}>:

{gt_quote(confirmation("Herr Polat", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# English, two negated questions before registering ("Isn't the registration
# deadline already over?", "isn't there any way to still join as a
# listener?") -> question.  Plain UTF-8 8bit.

@mail("sharma-english-isnt-deadline-over", "2027-03-03 10:27:19",
      E("question", "sunita.sharma@indian-assoc-ms.example", "Sunita Sharma",
        "Indian Association Münster e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Sunita Sharma <sunita.sharma@indian-assoc-ms.example>"),
           ("To", MSO),
           ("Subject", "Two questions before we register"),
           ("Date", m.date),
           ("Message-ID", "<0f6c8e2a-b3d1-47a9-9c05-e8f2a1b7d463@indian-assoc-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

Two quick questions before I register our group:

1. Isn't the registration deadline already over? I thought I had read
   somewhere that it was the end of February.
2. If a working group is full, isn't there any way to still join it as a
   listener, without a seat? We are five people and it would be a pity to
   split up.

Thanks in advance,
Sunita Sharma
Indian Association Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# French change, Gmail plain+HTML with a French attribution, quoting the
# confirmation (AG 2).  "plutôt le 3 que le 2 ... Si le 3 est complet,
# laissez-moi dans le 2 — mais surtout pas dans le 1" -> [AG3, AG2].

MBARGA_TEXT = """Bonjour,

Après réflexion, je préférerais changer d'atelier : plutôt le 3 que le 2, si c'est encore possible. Si le 3 est complet, laissez-moi dans le 2 — mais surtout pas dans le 1, ce n'est pas du tout mon domaine.

Merci beaucoup et à bientôt,
Hélène Mbarga
Association Camerounaise de Münster"""


@mail("mbarga-french-change-3-sinon-rester-2", "2027-03-03 21:35:48",
      E("change", "helene.mbarga@mail.example", "Hélène Mbarga",
        "Association Camerounaise de Münster", ["AG3", "AG2"], None, "fr"), "fr")
def _(m):
    conf = "<mailbot.20270120094108.8e21@muenster.example>"
    m.head(("From", addr("Hélène Mbarga", "helene.mbarga@mail.example", "iso-8859-1", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH7bO4eYy8Fv3gC6wUl9kAs4qOn7pHd2rJ5xW0tN3cI8aV1fGz@mail.gmail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Hélène Mbarga <helene.mbarga@mail.example>")
    attribution = f"Le mer. 20 janv. 2027 à 09:41, {MSO_NAME} <{MSO}> a écrit :"
    quoted = confirmation("Frau Mbarga", "AG2", 1)
    plain = f"{MBARGA_TEXT}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(MBARGA_TEXT, quote=(attribution, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Bounce from a German mail provider: mailbox over quota (5.2.2).
# multipart/report with a German/English notice, the delivery-status and
# only the headers of the returned confirmation (text/rfc822-headers).

QUOTA_RCPT = "n.ozturk@kita-regenbogen-ms.example"
QUOTA_HEADERS = f"""Return-Path: <{MSO}>
Received: from mail.muenster.example (mail.muenster.example [198.51.100.20])
	by mx02.mailprovider.example with ESMTPS id 1M9Qf2-1tZk3h0rW1-00Dx7c
	for <{QUOTA_RCPT}>; Thu, 04 Mar 2027 08:30:04 +0100
From: {MSO_NAME} <{MSO}>
To: =?utf-8?q?Nilg=C3=BCn_=C3=96zt=C3=BCrk?= <{QUOTA_RCPT}>
Subject: =?utf-8?q?Anmeldebest=C3=A4tigung_MSO-Tag_2027?=
Date: Thu, 04 Mar 2027 08:30:02 +0100
Message-ID: <mailbot.20270304083002.41f9@muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("provider-bounce-mailbox-full", "2027-03-04 08:30:09",
      E("bounce", bounced=QUOTA_RCPT), "de")
def _(m):
    m.head(("From", "Mail Delivery System <mailer-daemon@mailprovider.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0MKt7N-1tZk3h3Xq4-00Dx8d@mx02.mailprovider.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="")
    note = m.text(f"""Hallo,

dies ist eine automatisch erstellte Nachricht des Mailservers mx02.mailprovider.example.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    {QUOTA_RCPT}

Grund: Das Postfach des Empfängers ist voll (Speicherplatz überschritten).
Ihre Nachricht wurde nicht zugestellt und wird auch nicht erneut versendet.

--- English ---

This message was created automatically by mail server mx02.mailprovider.example.

Your message could not be delivered to the following recipient:

    {QUOTA_RCPT}

Reason: 552 5.2.2 Mailbox full - quota exceeded.
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx02.mailprovider.example"),
         ("Arrival-Date", "Thu, 4 Mar 2027 08:30:04 +0100")],
        [("Final-Recipient", f"rfc822; {QUOTA_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded"),
         ("Last-Attempt-Date", "Thu, 4 Mar 2027 08:30:07 +0100")])
    headers = m.text(QUOTA_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Short registration from an Android phone: "Weder AG 1 noch AG 3, also bitte
# alle drei in die AG 2" -> [AG2], "zu dritt" -> 3, no lunch.  The
# organisation is in the running text only ("vom Förderverein ...").

@mail("luetke-woestmann-weder-1-noch-3", "2027-03-05 12:02:41",
      E("registration", "jh.luetkewoestmann@mail.example", "Jan-Hendrik Lütke Wöstmann",
        "Förderverein Flüchtlingshilfe Gievenbeck", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Jan-Hendrik Lütke Wöstmann", "jh.luetkewoestmann@mail.example",
                         "utf-8", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung 13.3."),
           ("Date", m.date),
           ("Message-ID", "<k3x9q2.t5rm1w8b0c4@mail.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Jan-Hendrik Lütke Wöstmann <jh.luetkewoestmann@mail.example>")
    m.single("""Moin,

wir sind zu dritt vom Förderverein Flüchtlingshilfe Gievenbeck und wollen uns für Samstag, 13.3., anmelden. Weder AG 1 noch AG 3, also bitte alle drei in die AG 2.

Mittagessen brauchen wir keins, wir haben mittags noch nen Termin in der Unterkunft und sind zur AG wieder da.

Gruß
Jan-Hendrik Lütke Wöstmann
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Serbian (Latin, ekavian), plain windows-1250 8bit, quoting a
# waiting-list confirmation (AG 1, place 7).  She withdraws from the waiting
# list and does not want another group -> cancellation.

@mail("jovanovic-serbian-latin-off-waitlist", "2027-03-08 19:36:22",
      E("cancellation", "milica.jovanovic@mail.example", "Milica Jovanović", None,
        [], None, "sr"), "sr")
def _(m):
    conf = "<mailbot.20270224110503.6b48@muenster.example>"
    m.head(("From", addr("Milica Jovanović", "milica.jovanovic@mail.example", "iso-8859-2", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c5e8a1f3-6b20-4d97-8f14-a2d9e0b7c361@mail.example>"),
           ("In-Reply-To", conf),
           ("References", conf),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "sr-Latn"),
           ("MIME-Version", "1.0"))
    m.expect_header("From", "Milica Jovanović <milica.jovanovic@mail.example>")
    m.single(f"""Poštovani,

pošto sam i dalje na listi čekanja za radnu grupu 1, a mesta očigledno
nema, odustajem od učešća. Molim vas da me izbrišete sa liste čekanja.
U neku drugu grupu ne bih išla.

Hvala na razumevanju i srećno sa organizacijom!

Pozdrav,
Milica Jovanović

Dana 24.2.2027. u 11:05, {MSO_NAME} je napisao/la:
{gt_quote(confirmation("Frau Jovanović", "AG1", 1, waitlist=7))}
""", charset="windows-1250", cte="8bit")


# -- 045 ---------------------------------------------------------------------
# Misaddressed private mail in Italian with a photo attached (other): it was
# meant for a friend called Marco.

@mail("bernardi-italian-misaddressed-photo", "2027-03-09 23:04:58",
      E("other"), "it")
def _(m):
    m.head(("From", "Luca Bernardi <luca.bernardi@mail.example>"),
           ("To", MSO),
           ("Subject", "foto di sabato"),
           ("Date", m.date),
           ("Message-ID", "<1773093898.120044.61@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    body = m.text("""Ciao Marco,

ecco la foto della cena di sabato al circolo, come promesso. Le altre te le mando domani, sono troppo pesanti per una mail sola.

Ci vediamo giovedì a calcetto?

Luca
""", charset="utf-8", cte="quoted-printable")
    photo = m.binary(make_png(), "image", "png", "cena_sabato.png")
    m.multi("mixed", [body, photo])


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
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
URL_HOST_OK = ("schemas.microsoft.com", "www.w3.org")


def decoded_header(msg, name):
    raw = msg.get(name)
    return None if raw is None else str(make_header(decode_header(str(raw))))


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    # wire format: CRLF only, lines of at most 998 octets
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("bare LF or CR")
    for i, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) > 998:
            problems.append(f"line {i} longer than 998 octets")
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
    # hand-encoded headers decode to what was meant
    for h, want in m.headers_intended.items():
        got = str(msg[h])
        if got != want:
            problems.append(f"header {h} decodes to {got!r}, not {want!r}")
    # every leaf decodes (strictly, in its declared charset) to the written text
    got = list(leaves(msg))
    if len(got) != len(m.intended):
        problems.append(f"{len(got)} leaf parts, built {len(m.intended)}")
    for i, (p, w) in enumerate(zip(got, m.intended)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            strict = p.get_payload(decode=True).decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: get_content() differs from the written text")
    # only example domains, in decoded headers and bodies, nested parts included
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {decoded_header(p, k) if k.lower() not in ('received',) else v}"
                   for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_HOST_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(msg, expected, text_lang, text)
    return problems


def check_labels(msg, e, text_lang, text):
    """The label is well formed and agrees with what the mail says."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    if text_lang not in LANGS:
        problems.append(f"bad text language {text_lang}")
    if any(w not in WORKGROUP_IDS for w in e["workgroups"]) or \
            len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    if kind in PERSON_KINDS:
        if e["language"] != text_lang:
            problems.append("language differs from the text language")
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower case")
        senders = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in senders and e["email"] not in text.lower():
            problems.append("email neither a sender address nor named in the mail")
        for key in ("name", "organisation"):
            if e[key] is not None and e[key] not in text:
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if not e["name"]:
            problems.append("name missing")
        if kind == "registration":
            if not isinstance(e["party_size"], int) or e["party_size"] < 1:
                problems.append("registration without party_size")
        elif kind == "change":
            if e["party_size"] is not None and e["party_size"] < 1:
                problems.append("bad party_size for a change")
        elif e["party_size"] is not None:
            problems.append("party_size must be null")
        if kind in ("cancellation", "question") and e["workgroups"]:
            problems.append("workgroups must be empty")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    else:
        for key in ("email", "name", "organisation", "party_size", "language"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
        if e["workgroups"]:
            problems.append("workgroups must be empty")
        if kind == "bounce":
            br = e["bounced_recipient"]
            rcpts = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                     if p.get_content_type() == "message/delivery-status"
                     for b in p.get_payload()]
            if not br or br != br.lower() or not any(br in r for r in rcpts):
                problems.append("bounced_recipient not in any Final-Recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    if kind in ("change", "cancellation") and msg["In-Reply-To"] is None:
        problems.append("changes and cancellations answer a confirmation")
    if text_lang == "fa" and re.search("[\u064a\u0643]", text):
        problems.append("Arabic yeh/kaf in a Persian text")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
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
    print("text language x kind:")
    for lang in LANGS:
        if table[lang]:
            print(f"  {lang}: {dict(table[lang])} = {sum(table[lang].values())}")
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
    # arrival order: dates rise with the numbering
    last = None
    for name, m, _, _ in built:
        if last is not None and m.when <= last:
            print(f"{name}: date does not rise with the numbering")
            bad += 1
        last = m.when
    # every mail from a different sender
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            print(f"{name}: sender {sender} already wrote {seen[sender]}")
            bad += 1
        seen[sender] = name

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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
