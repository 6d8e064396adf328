#!/usr/bin/env python3
"""Build the "final15f" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config = unchanged copy of corpus/dev/config.toml).  The
writers come from communities whose languages use non-Latin scripts, and most
of them write in Latin letters: Arabic chat alphabet with digits as letters
(3 = ain, 7 = ha, 2 = hamza, 5 = kha, 6 = ta, 9 = sad, 3' = ghain), Persian
and Dari in Latin letters, transliterated Russian (4 = ch) and Ukrainian,
Greeklish (8 = theta), Serbian in Latin and in Cyrillic, Turkish typed
without its own letters, Kurmanji without diacritics, Amharic and Tigrinya in
Latin letters -- plus a few in the proper script for contrast and a few in
German and English.  Digits that stand for letters sit next to digits that
name workgroups, persons and dates.

Every mail text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files and reads every file back
to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if files on disk differ
    python3 make_mails.py --stats  # also print counts

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
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.0112.4471@muenster.example>"
REMINDER_ID = "<erinnerung.mso2027.0211.0918@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        return formataddr((name, address))
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


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final15f/{slug}/{n}".encode()).hexdigest()


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
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
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
            host = "smtp-out." + domain
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

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        return f"----=_NextPart_{h[:4]}_{h[4:8]}_{h[8:16]}.{self._nb}"

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


def make_png(width=72, height=48):
    """A small PNG: a hall wall, three coloured tables, a floor."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 20:
                px = (236, 226, 204)
            elif y < 30:
                px = ((30, 110, 170), (200, 120, 30), (60, 140, 70))[(x // 24) % 3] \
                    if x % 24 not in (0, 1, 22, 23) else (236, 226, 204)
            else:
                px = (120, 90, 60)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# --- HTML flavours ----------------------------------------------------------

def div_html(text, font="font-family: Arial, Helvetica, sans-serif; font-size: 13px;", rtl=False):
    d = ' dir="rtl"' if rtl else ""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body{d}><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail: one <div> per line; quote = (attribution, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'{dir}>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    a = " dir=RTL style='text-align:right'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{a}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{a}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", lang="EN-US", rtl=False,
                 labels=("From", "Sent", "To", "Subject")):
    """quote = (from, sent, to, subject, quoted text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        von, sent, an, subj, quoted = quote
        lf, ls, lt, lsu = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}:</b> {esc(von)}<br>\n<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(an)}<br>\n<b>{lsu}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang, dir=" dir=RTL" if rtl else "")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("From", "Sent", "To", "Subject")):
    if not quote:
        return text
    von, sent, an, subj, quoted = quote
    lf, ls, lt, lsu = labels
    return (f"{text}\n\n{lf}: {von}\n{ls}: {sent}\n{lt}: {an}\n{lsu}: {subj}\n\n{quoted}")


# ---------------------------------------------------------------------------
# texts the mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

das Kommunale Integrationszentrum lädt Sie zum Tag der
Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10 bis 16 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach dem Auftakt im Plenum tagen am Nachmittag drei Arbeitsgruppen
parallel:

  I   Menschen mit Migrationsvorgeschichte im Bildungssystem
  II  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
  III Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bitte bis 6. März 2027 an mso-tag@muenster.example mit Name,
Organisation, Arbeitsgruppe und Zahl der Personen.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""

CONF_SUBJECT = "Anmeldebestätigung – Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Freundliche Grüße
Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONF_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


REMINDER_SUBJECT = "Erinnerung: Anmeldung bis 6. März – Tag der Migrantenselbstorganisationen 2027"


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language_note, builder)


def mail(slug, when, expected, note, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, note, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Egyptian Arabizi, Gmail multipart/alternative.  3/7/5 are letters; "e7na 2"
# = we are two; "el AG 2" is the workgroup; "13/3" is the date.

ELSAYED = """Salam 3aleikom,

ana esmi Mostafa El-Sayed w 3ayez a3mel tasgil lel MSO-Tag yom el sabt 13/3.
hakoun ana w sa7bi Karim, ya3ni e7na 2.
3ayzin nod5ol el AG 2 (Zukunftsprozess) law lessa fi makan.

shokran gedan, w ma3lesh 3ala el kitaba di, el keyboard 3andi mafihoush 7orouf 3arabi :)

Mostafa El-Sayed
Ägyptisch-Deutscher Kulturverein Münster e.V."""


@mail("elsayed-arabizi-egyptian", "2027-01-13 19:22:41",
      E("registration", "mostafa.elsayed@mail.example", "Mostafa El-Sayed",
        "Ägyptisch-Deutscher Kulturverein Münster e.V.", ["AG2"], 2, "ar"),
      "ar (Egyptian, Latin letters)")
def _(m):
    m.head(("From", "Mostafa El-Sayed <mostafa.elsayed@mail.example>"),
           ("To", MSO),
           ("Subject", "tasgil MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF3k9Yx7rN2pQ4sT8vW1zB5dG0hJ6mL3cE9aU2oR7iK4nX8yHw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ELSAYED, gmail_html(ELSAYED), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 002 ---------------------------------------------------------------------
# Greeklish from an iPhone: "8a" = θα, "er8w" = έρθω, "syna8elfo" = συνάδελφο.
# "eimaste 2 atoma" = we are 2 persons; "ergastirio 1" = workshop 1.  The
# iPhone footer is in Greek script.

@mail("karamanli-greeklish-iphone", "2027-01-14 07:48:15",
      E("registration", "eleni.karamanli@mail.example", "Eleni Karamanli",
        "Griechischer Elternverein Münster e.V.", ["AG1"], 2, "el"),
      "el (Greeklish)")
def _(m):
    m.head(("From", "Eleni Karamanli <eleni.karamanli@mail.example>"),
           ("To", MSO),
           ("Subject", "Dilwsi symmetoxis 13/3"),
           ("Date", m.date),
           ("Message-Id", "<7A2C9E41-3B5D-4F80-A1C6-9D2E8F4B7C13@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Kalimera sas,

8a ithela na dilwsw symmetoxi stin ekdilwsi tis 13is Martiou.
8a er8w mazi me mia syna8elfo apo to syllogo, ara eimaste 2 atoma.
Mas endiaferei to ergastirio 1 (Bildungssystem), giati douleuoume me paidia kai goneis.

Eyxaristw poly!
Eleni Karamanli
Griechischer Elternverein Münster e.V.

Στάλθηκε από το iPhone μου
""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Finglish, Thunderbird, format=flowed, UTF-8 8bit.  "goruh-e kari-ye 3" =
# workgroup 3; "faghat khodam miam" = only I come.

@mail("moradi-finglish-thunderbird", "2027-01-15 21:05:33",
      E("registration", "reza.moradi@mail.example", "Reza Moradi",
        "Kanoon-e Farhangi-ye Irani-ye Münster e.V.", ["AG3"], 1, "fa"),
      "fa (Finglish)")
def _(m):
    m.head(("From", "Reza Moradi <reza.moradi@mail.example>"),
           ("To", MSO),
           ("Subject", "sabt-e nam - Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<e4b7a1c2-9d3f-4e58-b610-2a7c8d9e0f31@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,
vaght bekheir.

Man Reza Moradi hastam. Mikhastam az taraf-e kanoon-e ma baraye Tag der 
Migrantenselbstorganisationen sabt-e nam konam.
Goruh-e kari-ye 3 (Foerderung va modiriat-e anjoman) baraye ma kheili 
mohem-e, chon emsal mikhaym baraye avvalin bar darkhast-e budje bedim.
Faghat khodam miam.

Ba tashakor
Reza Moradi

-- 
Kanoon-e Farhangi-ye Irani-ye Münster e.V.
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Russian transliterated, Outlook multipart/alternative windows-1252.
# "nas budet 3 4eloveka" = we will be 3 people ("4" = ч); "4to" = что.

SMIRNOVA = """Zdravstvujte!

Hochu zapisat'sja na den' MSO 13 marta. Nas budet 3 4eloveka: ja, moja kollega Olga i ee muzh.
My hoteli by popast' v rabochuju gruppu 2 (pro buduschee Mjunstera).
Izvinite, 4to pishu latinicej - na rabochem kompjutere net russkoj raskladki.

S uvazheniem,
Natalja Smirnova
Russisch-Deutsches Kulturzentrum „Raduga“ e.V.
Tel. 0251 / 61 38 27"""


@mail("smirnova-russian-translit-outlook", "2027-01-16 11:31:02",
      E("registration", "n.smirnova@raduga-muenster.example", "Natalja Smirnova",
        "Russisch-Deutsches Kulturzentrum „Raduga“ e.V.", ["AG2"], 3, "ru"),
      "ru (transliterated)", tz=1)
def _(m):
    m.head(("From", '"Smirnova, Natalja" <n.smirnova@raduga-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Registracija MSO 13.03."),
           ("Thread-Topic", "Registracija MSO 13.03."),
           ("Thread-Index", "AdtnF2kQ0r4Z8m1bT5eX3wYc7uNvAg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB71402B7C1E5F3A8D9C6E4F@DB9PR03MB7140.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SMIRNOVA), outlook_html(SMIRNOVA, lang="DE"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Turkish typed on a German keyboard (no ı, ş, ğ, ü, ö, ç), HTML-only from a
# webmailer, us-ascii.  "1. calisma grubu", else "3. grup"; "4 kisi" = 4.

DOGAN = """Merhaba,

Munster Turk Kadinlar Dernegi olarak 13 Mart'taki MSO gunune katilmak istiyoruz.
4 kisi gelecegiz. Birinci tercihimiz 1. calisma grubu (egitim), eger orasi doluysa 3. grup da olur.
Almanca klavyeden yaziyorum, Turkce harfler icin kusura bakmayin.

Saygilarimla
Sevgul Dogan
Munster Turk Kadinlar Dernegi"""


@mail("dogan-turkish-no-special-letters", "2027-01-18 09:14:50",
      E("registration", "sevgul.dogan@webpost.example", "Sevgul Dogan",
        "Munster Turk Kadinlar Dernegi", ["AG1", "AG3"], 4, "tr"),
      "tr (without Turkish letters)")
def _(m):
    m.head(("From", "Sevgul Dogan <sevgul.dogan@webpost.example>"),
           ("To", MSO),
           ("Subject", "MSO gunu kayit"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f8e1c4a-7b90-4d36-8e15-c3a9d0b6f472-1768724090551@3c-app-webpost-bs07>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(DOGAN, "font-family: Verdana;font-size: 12.0px;"), subtype="html",
             charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Serbian in Latin letters with its diacritics, iso-8859-2 quoted-printable.
# "radna grupa III" = AG3; "ukupno nas je dvoje" = two of us in total.

@mail("jovanovic-serbian-latin-latin2", "2027-01-19 14:02:27",
      E("registration", "dragana.jovanovic@kolo-muenster.example", "Dragana Jovanović",
        "Srpsko kulturno-umetničko društvo Kolo Münster e.V.", ["AG3"], 2, "sr"),
      "sr (Latin)")
def _(m):
    m.head(("From", addr("Dragana Jovanović", "dragana.jovanovic@kolo-muenster.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", ew("Prijava za učešće, 13. mart", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<1357022907.41182.1768827747310@ox.kolo-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

ovim putem se prijavljujem za Dan migrantskih organizacija 13. marta u Minsteru.
Dolazim sa koleginicom iz društva, znači ukupno nas je dvoje.
Zanima nas radna grupa III (Förderungsmöglichkeiten, tj. finansiranje i vođenje udruženja).

Srdačan pozdrav,
Dragana Jovanović
Srpsko kulturno-umetničko društvo Kolo Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Greek script, iso-8859-7 base64: a question before registering
# (interpreting? childcare for a child of 4?).  No registration.

@mail("alexiou-greek-question-iso8859-7", "2027-01-20 10:40:09",
      E("question", "sofia.alexiou@mail.example", "Σοφία Αλεξίου", None, [], None, "el"),
      "el (Greek script)")
def _(m):
    m.head(("From", addr("Σοφία Αλεξίου", "sofia.alexiou@mail.example", "iso-8859-7", "b")),
           ("To", MSO),
           ("Subject", ew("Ερώτηση για την εκδήλωση της 13ης Μαρτίου", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<b0c3e7d1-55a2-4f9e-8d14-6e2f7a9c3b80@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

πριν δηλώσω συμμετοχή, θα ήθελα να ρωτήσω δύο πράγματα:
θα υπάρχει διερμηνεία στις ομάδες εργασίας ή θα γίνουν όλα στα γερμανικά;
Και υπάρχει φύλαξη παιδιών; Έχω ένα παιδί 4 ετών και δεν έχω πού να το αφήσω το Σάββατο.

Ευχαριστώ πολύ,
Σοφία Αλεξίου
""", charset="iso-8859-7", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Serbian Cyrillic, windows-1251 base64; display name in RFC 2047 base64.
# "радна група 2" = AG2; "Долазим сам" = I come alone.

@mail("stojanovic-serbian-cyrillic-cp1251", "2027-01-20 18:55:44",
      E("registration", "n.stojanovic@spco-muenster.example", "Немања Стојановић",
        "Српска православна црквена општина Минстер", ["AG2"], 1, "sr"),
      "sr (Cyrillic)")
def _(m):
    m.head(("From", addr("Немања Стојановић", "n.stojanovic@spco-muenster.example",
                         "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Пријава за 13. март", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270120175544.GA31877@spco-muenster.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Поштовани,

желео бих да се пријавим за Дан организација миграната, 13. марта 2027.
Долазим сам. Интересује ме радна група 2 – будућност Минстера (Zukunftsprozess).

Хвала унапред и поздрав,
Немања Стојановић
Српска православна црквена општина Минстер
""", charset="windows-1251", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Kurmanji typed without ê, î, û, ç, ş; Android Gmail plain text, UTF-8 8bit.
# "13e Adare" = 13 March; "Em e 2 kes bin" = we will be 2 persons;
# "koma xebate ya 1em" = the first workgroup.

@mail("aydin-kurmanji-android", "2027-01-21 20:17:36",
      E("registration", "rojda.aydin@mail.example", "Rojda Aydin",
        "Kurdisches Kulturzentrum Münster e.V.", ["AG1"], 2, "ku"),
      "ku (Kurmanji, no diacritics)")
def _(m):
    m.head(("From", "Rojda Aydin <rojda.aydin@mail.example>"),
           ("To", MSO),
           ("Subject", "Qeyd - roja MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAL8dQ2wXv5r1TnM7kJ3pY9sB4eZ0hG6fC2aU8oN5iR1tW7xQmA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Roj bas,

Ez Rojda Aydin im. Em dixwazin xwe ji bo roja MSO (13e Adare) qeyd bikin.
Em e 2 kes bin: ez u hevala min Berfin.
Em dixwazin besdari koma xebate ya 1em bibin (Bildung), ji ber ku em bi zarokan u de u bavan re dixebitin.

Gelek spas u silav
Rojda Aydin
Kurdisches Kulturzentrum Münster e.V.

Ji Android-a min hat şandin
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Amharic in Latin letters, Yahoo-style multipart/alternative.  "Hulet sew
# nen" = we are two people (number only as a word); "Workshop 3".

TADESSE = """Selam new?

Sime Meron Tadesse yibalal. Le MSO-Tag (March 13) memzgeb efelgalehu.
Hulet sew nen: ene ena yesira balderebaye Dawit.
Workshop 3 (Förderung) lay meskafel enfelgalen, mahberachin bejet yasfelegewal.

Betam ameseginalehu
Meron Tadesse
Äthiopischer Gemeindeverein Münster e.V."""


@mail("tadesse-amharic-latin-yahoo", "2027-01-22 13:09:58",
      E("registration", "meron.tadesse@yahoo.example", "Meron Tadesse",
        "Äthiopischer Gemeindeverein Münster e.V.", ["AG3"], 2, "am"),
      "am (Latin letters)")
def _(m):
    m.head(("From", "Meron Tadesse <meron.tadesse@yahoo.example>"),
           ("To", f"<{MSO}>"),
           ("Subject", "MSO-Tag memzgeb"),
           ("Date", m.date),
           ("Message-ID", "<1104872219.2771053.1769083798112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23040 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp3c2a1f yahoo-style-wrap\" "
                 "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                           for line in TADESSE.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(TADESSE, html_text, charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Postfix bounce: the confirmation went to "7amoudi88" (an Arabizi nickname as
# address); the recipient's server does not know that mailbox.

@mail("postfix-bounce-7amoudi88", "2027-01-24 09:40:12",
      E("bounce", bounced="7amoudi88@webpost.example"), "en (system)")
def _(m):
    rcpt = "7amoudi88@webpost.example"
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270124084012.4C1E27A0B3@mx.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.webpost.example[198.51.100.61] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "4C1E27A0B3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sun, 24 Jan 2027 09:40:09 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.webpost.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    original = confirmation_message(
        f"Mahmoud Al-Ali <{rcpt}>", "Herr Al-Ali", "AG3", 2,
        "Sun, 24 Jan 2027 09:40:07 +0100", "<mailbot.20270124094007.71ac@muenster.example>",
        "<CAB2nR8tV4w0mX6kP1sQ9dL3fH7jY5cZ2eG8aU4oT0iN6rW3xKb@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 012 ---------------------------------------------------------------------
# Levantine Arabizi, Gmail.  "7ali w 2 men zamilati" = myself and 2 of my
# colleagues -> "ne7na 3"; "ra2em 1", "2iza ma fi mahal, ra2em 2" = number 1,
# if there is no room number 2.  2 = hamza, 7 = ha, 3 = ain.

HAMWI = """Marhaba,

ana Rania Al-Hamwi men el Syrischer Frauenverein Münster.
baddi sajjel 7ali w 2 men zamilati bel jam3iyye, ya3ni ne7na 3 ashkhas.
bedna neshtrek bi majmou3at el 3amal ra2em 1 (Bildung). 2iza ma fi mahal, ra2em 2 kaman mni7.

shukran ktir w ya3tikon el3afye
Rania"""


@mail("alhamwi-arabizi-levantine-three", "2027-01-24 16:33:20",
      E("registration", "rania.alhamwi@mail.example", "Rania Al-Hamwi",
        "Syrischer Frauenverein Münster", ["AG1", "AG2"], 3, "ar"),
      "ar (Levantine, Latin letters)")
def _(m):
    m.head(("From", "Rania Al-Hamwi <rania.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "tasjeel - MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAM5hT0qW8y3sR2nL6vK9pB1dX4fJ7gZ0cE3aY6oU9iN2tQ5wPe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMWI, gmail_html(HAMWI), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 013 ---------------------------------------------------------------------
# Moroccan Darija in Latin letters mixed with French, from a phone.
# "ana w mrati, ya3ni jouj" = me and my wife, i.e. two; "l'atelier 3".

@mail("bennani-darija-french-phone", "2027-01-26 22:41:05",
      E("registration", "youssef.bennani@mail.example", "Youssef Bennani",
        "association Amal des Marocains de Münster", ["AG3"], 2, "ar"),
      "ar (Darija, Latin letters, French words)")
def _(m):
    m.head(("From", "Youssef Bennani <youssef.bennani@mail.example>"),
           ("To", MSO),
           ("Subject", "inscription journée MSO"),
           ("Date", m.date),
           ("Message-ID", "<m2k8p1.1769463665.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

smiti Youssef Bennani, men l'association Amal des Marocains de Münster.
bghit nsjel f la journée MSO nhar 13 mars. ana w mrati, ya3ni jouj.
bghina l'atelier 3 (financement w gestion dyal l'association), 7it 3ndna bzaf dyal lmochkil m3a les subventions.

merci bezzaf
Youssef

Envoyé de mon Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Ukrainian transliterated, plain UTF-8 base64.  "Bude nas dvoie" = there
# will be two of us; "Robocha hrupa 1, a jakshcho ... to 3" = 1, else 3.

@mail("melnyk-ukrainian-translit", "2027-01-28 08:26:47",
      E("registration", "oksana.melnyk@ukrmail.example", "Oksana Melnyk",
        "Ukrainska hromada Munster", ["AG1", "AG3"], 2, "uk"),
      "uk (transliterated)")
def _(m):
    m.head(("From", "Oksana Melnyk <oksana.melnyk@ukrmail.example>"),
           ("To", MSO),
           ("Subject", "Reiestratsiia na 13.03"),
           ("Date", m.date),
           ("Message-ID", "<1769585207.553201.77612@web.ukrmail.example>"),
           ("X-Mailer", "ukrmail webmail 4.1"),
           ("MIME-Version", "1.0"))
    m.single("""Dobryj den!

Mene zvaty Oksana Melnyk, ja z tovarystva "Ukrainska hromada Munster".
Khochu zareiestruvatysia na Den MSO 13 bereznia. Bude nas dvoie - ja i moja koleha Iryna.
Robocha hrupa 1, a jakshcho tam ne bude mists, to 3.

Diakuiu!
Oksana
""", charset="utf-8", cte="base64")


# -- 015 ---------------------------------------------------------------------
# Arabic script, Gmail multipart/alternative (rtl), base64.  Date in
# Arabic-Indic digits (١٣), workgroup as a Latin digit ("رقم 2");
# "سأحضر بمفردي" = I come alone.

OBAIDI = """السلام عليكم ورحمة الله وبركاته،

أرجو تسجيل اسمي للمشاركة في يوم منظمات المهاجرين بتاريخ ١٣ آذار ٢٠٢٧.
سأحضر بمفردي، وأودّ الانضمام إلى ورشة العمل رقم 2 عن مستقبل مدينة مونستر (Zukunftsprozess).

شكراً جزيلاً
علي حسن العبيدي
الجمعية العراقية الألمانية في مونستر"""


@mail("obaidi-arabic-script-gmail", "2027-01-29 12:12:12",
      E("registration", "ali.alobaidi@mail.example", "علي حسن العبيدي",
        "الجمعية العراقية الألمانية في مونستر", ["AG2"], 1, "ar"),
      "ar (Arabic script)")
def _(m):
    m.head(("From", addr("علي العبيدي", "ali.alobaidi@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD7yN4rT1w9xQ3mK6pS0bV8dL2fH5jZ7cE4aG1oU3iR9tX6wMz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OBAIDI, gmail_html(OBAIDI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 016 ---------------------------------------------------------------------
# Tigrinya in Latin letters, Apple Mail (Mac) plain.  "Nihna 3 sebat ina" =
# we are 3 people; "workshop 2".

@mail("gebremedhin-tigrinya-latin-mac", "2027-02-01 19:50:31",
      E("registration", "yohannes.g@mail.example", "Yohannes Gebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 3, "ti"),
      "ti (Latin letters)")
def _(m):
    m.head(("From", "Yohannes Gebremedhin <yohannes.g@mail.example>"),
           ("Content-Type", "text/plain"),
           ("Subject", "MSO-Tag 13 March"),
           ("Message-Id", "<4D1F8A27-6C3E-49B0-9E52-A8B7C0D1E2F3@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.single("""Selam,

Kemey alekum? Ane Yohannes Gebremedhin iye.
Ab MSO-Tag (13 March) kesatef ydeli. Nihna 3 sebat ina: ane, Senait, Filmon.
Ab workshop 2 (Zukunftsprozess) kinsatef ndeli.

Yekenyeley
Yohannes Gebremedhin
Eritreische Gemeinde Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# German forward: a social worker forwards a member's Arabizi message and asks
# to confirm directly to him.  The registration is his (AG 3, alone).

@mail("schwenker-forwards-mardini-arabizi", "2027-02-02 10:03:18",
      E("registration", "khaled.mardini@mail.example", "Khaled Mardini",
        "Syrische Gemeinde Münster e.V.", ["AG3"], 1, "de"),
      "de (forward of an Arabizi mail)")
def _(m):
    m.head(("From", "Birte Schwenker <b.schwenker@stadtteiltreff-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO"),
           ("Date", m.date),
           ("Message-ID", "<a9e2d4c7-1f36-4b85-90ae-5c7d2e8f1b04@stadtteiltreff-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

unten die Anmeldung von Herrn Khaled Mardini. Er ist Vorstandsmitglied im
Verein Syrische Gemeinde Münster e.V. und hat mir geschrieben, weil er Ihre
Adresse nicht hatte. Er möchte in die AG 3 und kommt allein.
Bitte schicken Sie die Bestätigung direkt an ihn:
khaled.mardini@mail.example
(Deutsch liest er gut, er schreibt nur lieber so wie unten.)

Viele Grüße
Birte Schwenker
Stadtteiltreff Kinderhaus


-------- Weitergeleitete Nachricht --------
Betreff: MSO
Datum: Mon, 1 Feb 2027 21:40:12 +0100
Von: Khaled Mardini <khaled.mardini@mail.example>
An: Birte Schwenker <b.schwenker@stadtteiltreff-kinderhaus.example>

Marhaba Birte,
momken tsajjelini bel MSO-Tag? ana bas, majmou3a 3 (Förderung), la2no el
jam3iyye 3am t2addem 3ala da3m men el baladiyye w bedna nefham kif.
shukran ktiiir
Khaled
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Egyptian Arabizi question from a phone: is it only in German, may I bring
# my daughter (5 years)?  "lessa mesh 3arfa hasagel walla la2" = I don't know
# yet whether I'll register.  us-ascii.

@mail("mansour-arabizi-question-phone", "2027-02-03 08:12:44",
      E("question", "hoda.mansour@mail.example", "Hoda Mansour", None, [], None, "ar"),
      "ar (Egyptian, Latin letters)")
def _(m):
    m.head(("From", "Hoda Mansour <hoda.mansour@mail.example>"),
           ("To", MSO),
           ("Subject", "so2al 3an el MSO day"),
           ("Date", m.date),
           ("Message-ID", "<2B8E0F7C-41D3-4A96-B5E2-7C9D1A3F6E08@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Ahlan,
3andi so2alein abl ma asagel:
1) el program kollo bel almani bas walla fi targama 3arabi?
2) momken ageeb benti ma3aya? 3andaha 5 sneen.
lessa mesh 3arfa hasagel walla la2, 3ala 7asab el ragd.
shokran
Hoda Mansour

Sent from my iPhone
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# English from a shared student-association mailbox; Reply-To is personal and
# the text asks to answer there.  "Workgroup II".  Roundcube.

@mail("farahani-english-reply-to", "2027-02-04 17:27:06",
      E("registration", "arash.farahani@mail.example", "Arash Farahani",
        "Iranian Students' Association Münster", ["AG2"], 1, "en"),
      "en")
def _(m):
    m.head(("From", "IrSA Muenster <irsa@studis-muenster.example>"),
           ("Reply-To", "Arash Farahani <arash.farahani@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for 13 March"),
           ("Date", m.date),
           ("Message-ID", "<6f1a0c9b3e2d47e8a5b4c3d2e1f0a9b8@studis-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

this is Arash Farahani from the Iranian Students' Association Münster.
I'd like to register for the MSO day on 13 March – just myself.
Workgroup II (the Zukunftsprozess one) please.

Please reply to my personal address, our shared mailbox is only checked
once a week or so.

Cheers,
Arash
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 020 ---------------------------------------------------------------------
# Greeklish in capitals from an Android phone, us-ascii.  "8ELW" = θέλω;
# "TO 2o ERGASTIRIO" = the 2nd workshop; "ME TI SYZYGO MOU" = with my wife.

@mail("stavrou-greeklish-caps-android", "2027-02-06 20:04:39",
      E("registration", "dim.stavrou@mail.example", "Dimitris Stavrou",
        "ELLINIKI KOINOTITA MUNSTER", ["AG2"], 2, "el"),
      "el (Greeklish, capitals)")
def _(m):
    m.head(("From", "Dimitris Stavrou <dim.stavrou@mail.example>"),
           ("To", MSO),
           ("Subject", "SYMMETOXI"),
           ("Date", m.date),
           ("Message-ID", "<CAHt4vR9pZ2k8mW1nX5sQ7yB3dJ0fL6gC9eA2uO4iT8rN1wK5Vs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""KALISPERA SAS
ONOMAZOMAI DIMITRIS STAVROU. 8ELW NA DILWSW SYMMETOXI GIA TO SAVVATO 13/3 MAZI ME TI SYZYGO MOU.
8ELOUME TO 2o ERGASTIRIO, GIA TO MELLON TOU MUNSTER.
EYXARISTW
DIMITRIS STAVROU
ELLINIKI KOINOTITA MUNSTER

Apostoli apo to kinito mou
""", charset="us-ascii", cte="7bit")


# -- 021 ---------------------------------------------------------------------
# Dari in Latin letters, Outlook.com multipart/alternative.  "ma 2 nafar
# astim" = we are 2 persons; "grup-e dowom" = the second group.

NAZARI = """Salam alaikum,

man Farid Nazari hastam az anjuman-e ma dar Münster.
mikhaham baraye roz-e MSO (13 March) sabt-e nam konam. ma 2 nafar astim, man wa baradaram Jawid.
mawzu-e grup-e dowom (Zukunftsprozess) baraye ma jaleb ast.

tashakor
Farid Nazari
Afghanischer Kulturverein Münster e.V."""


@mail("nazari-dari-latin-outlookcom", "2027-02-08 15:45:10",
      E("registration", "farid.nazari@outlook.example", "Farid Nazari",
        "Afghanischer Kulturverein Münster e.V.", ["AG2"], 2, "fa"),
      "fa (Dari, Latin letters)")
def _(m):
    m.head(("From", "Farid Nazari <farid.nazari@outlook.example>"),
           ("To", f"\"{MSO}\" <{MSO}>"),
           ("Subject", "sabt-e nam MSO"),
           ("Thread-Topic", "sabt-e nam MSO"),
           ("Thread-Index", "AQHbekz9Ic1m8Tz0Wk+3pXy4bDq7Lg=="),
           ("Date", m.date),
           ("Message-ID", "<PAXP190MB17448E2C3B1D5F6A7E8C@PAXP190MB1744.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div style=\"font-family: Aptos, Aptos_EmbeddedFont, Calibri, "
                 "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in NAZARI.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(NAZARI, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Advertising (other): an interpreting agency offers interpreters "for your
# event on 13 March", with a webinar "Anmeldung" and "3 for the price of 2".

AD_TEXT = """SprachBrücke Dolmetscherdienst – Angebot für Ihre Veranstaltung

Sehr geehrte Damen und Herren,

Sie planen am 13. März 2027 eine Tagung mit mehreren Arbeitsgruppen?
Wir stellen Ihnen Dolmetscherinnen und Dolmetscher für Arabisch, Farsi/Dari,
Tigrinya, Amharisch, Kurdisch, Russisch und Ukrainisch – vor Ort oder per Video.

Nur im Februar: 3 Einsätze zum Preis von 2!

Kostenloses Webinar „Mehrsprachige Veranstaltungen planen“ am 24.02.2027 um 18 Uhr.
Anmeldung unter https://sprachbruecke.example/webinar

Mit freundlichen Grüßen
Ihr Team von SprachBrücke

Sie möchten keine Angebote mehr erhalten? https://sprachbruecke.example/abmelden?u=msotag"""

AD_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>SprachBrücke</title></head>
<body style="margin:0;padding:0;background:#eef3f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="580" cellpadding="18" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1d2b36;">
<tr><td style="background:#0e7c86;color:#fff;font-size:20px;font-weight:bold;">SprachBrücke Dolmetscherdienst</td></tr>
<tr><td>
<p>Sehr geehrte Damen und Herren,</p>
<p>Sie planen am <b>13. März 2027</b> eine Tagung mit mehreren Arbeitsgruppen?
Wir stellen Ihnen Dolmetscherinnen und Dolmetscher für Arabisch, Farsi/Dari, Tigrinya, Amharisch, Kurdisch, Russisch und Ukrainisch – vor Ort oder per Video.</p>
<p style="font-size:18px;color:#c0392b;"><b>Nur im Februar: 3 Einsätze zum Preis von 2!</b></p>
<p>Kostenloses Webinar „Mehrsprachige Veranstaltungen planen“ am 24.02.2027 um 18 Uhr.<br>
<a href="https://sprachbruecke.example/webinar" style="color:#0e7c86;">Jetzt anmelden</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team von SprachBrücke</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Sie möchten keine Angebote mehr erhalten? <a href="https://sprachbruecke.example/abmelden?u=msotag">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("sprachbruecke-interpreting-advert", "2027-02-09 06:30:00",
      E("other"), "de (advertising)")
def _(m):
    m.head(("From", "SprachBrücke Dolmetscherdienst <angebote@sprachbruecke.example>"),
           ("To", MSO),
           ("Subject", ew("Dolmetscher für Ihre Tagung am 13.03. – 3 zum Preis von 2", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<c.20270209053000.77f2a1@news.sprachbruecke.example>"),
           ("List-Unsubscribe", "<https://sprachbruecke.example/abmelden?u=msotag>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sendinblue"),
           ("MIME-Version", "1.0"),
           envelope="bounce-77f2a1@news.sprachbruecke.example")
    m.alternative(AD_TEXT, AD_HTML, charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Iraqi Arabizi with 9 = sad, 5 = kha, 6 = ta: "9ba7 el5air", "6ullab".
# "ani w wa7da men el jam3iya, ya3ni 2"; "el majmou3a 1".  Gmail.

RUBAIE = """9ba7 el5air,

ani Zainab Al-Rubaie men Irakischer Frauenverein Münster.
arid asajjil bel yom mal el MSO, ani w wa7da men el jam3iya, ya3ni 2.
n7ib nkoon bel majmou3a 1 (Bildung) li2an 3idna hwaya 6ullab w atfal bel madaris.
6ab3an iza t7tajoon musa3ada bel tanzeem, i7na mawjoodin.

ma3 el ta7iyya
Zainab"""


@mail("alrubaie-arabizi-iraqi", "2027-02-10 09:58:27",
      E("registration", "zainab.alrubaie@mail.example", "Zainab Al-Rubaie",
        "Irakischer Frauenverein Münster", ["AG1"], 2, "ar"),
      "ar (Iraqi, Latin letters)")
def _(m):
    m.head(("From", "Zainab Al-Rubaie <zainab.alrubaie@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO - tasjeel"),
           ("Date", m.date),
           ("Message-ID", "<CAE9wK2nY7t5rP1mV4sX8qB0dH3fL6gJ9cZ2aT5oR8iU1nW4yQd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RUBAIE, gmail_html(RUBAIE), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 024 ---------------------------------------------------------------------
# Out-of-office in Greek and German, answering the reminder; Auto-Submitted.

@mail("papadimitriou-greek-german-ooo", "2027-02-11 10:02:55",
      E("auto_reply"), "el+de (system)")
def _(m):
    m.head(("From", "Nikos Papadimitriou <n.papadimitriou@ellinikos-syllogos.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Αυτόματη απάντηση: " + REMINDER_SUBJECT, "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<ooo.1770800575.1183@ellinikos-syllogos.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Ευχαριστώ για το μήνυμά σας. Λείπω σε άδεια έως τις 22/2 και δεν
διαβάζω τα email μου. Για επείγοντα θέματα: γραμματεία του συλλόγου.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 22.02. im Urlaub und lese
meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an
info@ellinikos-syllogos.example.

Nikos Papadimitriou
""", charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Arabic/German auto-reply from an association office, marked only by
# X-Autoreply and the text (no Auto-Submitted).

@mail("kulturzentrum-arabic-german-autoreply", "2027-02-11 10:03:40",
      E("auto_reply"), "ar+de (system)")
def _(m):
    m.head(("From", "Sekretariat IKZ Münster <sekretariat@ikz-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Automatische Antwort / رد آلي: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply-1770800620-22@ikz-muenster.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""هذا رد آلي.
مكتب الجمعية مغلق حتى ٢٠ شباط. سنرد على رسالتكم بعد ذلك إن شاء الله.

Dies ist eine automatische Antwort.
Unser Büro ist bis zum 20. Februar nicht besetzt. Wir melden uns danach bei Ihnen.

Islamisches Kulturzentrum Münster e.V. – Sekretariat
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Amharic in Ge'ez script, Gmail HTML only, base64.  "ብቻዬን ነው የምመጣው" = I come
# alone; "በስራ ቡድን 1" = in workgroup 1.  Display name in Ge'ez.

GEEZ = """ሰላም፣

ስሜ ሕይወት አለሙ ይባላል። ማርች 13 በሚካሄደው የMSO ቀን ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ።
ብቻዬን ነው የምመጣው። በስራ ቡድን 1 (Bildung) መሳተፍ እፈልጋለሁ።

አመሰግናለሁ
ሕይወት አለሙ"""


@mail("alemu-amharic-geez-html-only", "2027-02-12 21:18:03",
      E("registration", "hiwot.alemu@mail.example", "ሕይወት አለሙ", None, ["AG1"], 1, "am"),
      "am (Ge'ez script)")
def _(m):
    m.head(("From", addr("ሕይወት አለሙ", "hiwot.alemu@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("ምዝገባ – MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ1xV6mR3t8pW0nY5sK2qB7dF4hL9gZ1cE6aT3oU0iN8rX5wHt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(GEEZ), subtype="html", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Kurmanji question: may associations set up an info table?  They will
# register later ("em e pase xwe qeyd bikin").  No registration.

@mail("demir-kurmanji-question-infotable", "2027-02-14 11:36:52",
      E("question", "azad.demir@mail.example", "Azad Demir", "Komeleya Kurdistan", [], None, "ku"),
      "ku (Kurmanji)")
def _(m):
    m.head(("From", "Azad Demir <azad.demir@mail.example>"),
           ("To", MSO),
           ("Subject", "Pirs - maseya agahdariye"),
           ("Date", m.date),
           ("Message-ID", "<20270214103652.8a1f3c@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

Em komeleyeke kurdan in li Munstere (Komeleya Kurdistan). Pirsa min ev e:
gelo di roja MSO de em dikarin maseyeke agahdariye bi brosuran deynin?
An ev roj tene ji bo besdarbuna di komen xebate de ye?
Heke ere, em e pase xwe qeyd bikin.

Spas
Azad Demir
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# English with an Arabizi greeting, Outlook HTML only (windows-1252), quoting
# the invitation with the I / II / III list.  "the third workgroup", alone.
# CRLF line ends.

OSMAN = """Dear MSO team,

Salam 3alaykum and greetings from the Sudanese community! I would like to register for the MSO day on 13/3. It will be just me this time, my two colleagues are travelling.
Please put me down for the third workgroup (funding and association management) – we are trying to get our first project grant.

Thanks a lot / shukran jazeelan,
Mohamed Osman
Sudanese Community Münster e.V."""


@mail("osman-english-outlook-quotes-invitation", "2027-02-15 08:20:14",
      E("registration", "mohamed.osman@sudan-ms.example", "Mohamed Osman",
        "Sudanese Community Münster e.V.", ["AG3"], 1, "en"),
      "en", tz=1)
def _(m):
    m.head(("From", "Mohamed Osman <mohamed.osman@sudan-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZr0p7kX2m9Tq4cV1nW8yB3dL5g=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6421C7D3E9F1A2B4C5D6@AS8PR10MB6421.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "12 January 2027 14:20",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(OSMAN, quote, lang="EN-GB"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Change, Greeklish, Gmail reply with a Greek-UI attribution line above the
# quoted confirmation (AG 1, 1 person).  New choice: "to 3".

NIKOLAIDIS = """Geia sas,

eixa dilwsei to ergastirio 1, alla telika 8a protimousa to 3 (Foerderung),
giati o syllogos mas 8elei na kanei aitisi gia xrimatodotisi.
Mporeite na me metaferete?

Eyxaristw,
Kostas Nikolaidis"""

NIK_ATTR = (f"Στις Τρί 26 Ιαν 2027 στις 10:12 π.μ., ο/η Tag der "
            f"Migrantenselbstorganisationen <{MSO}> έγραψε:")
NIK_QUOTED = confirmation("Herr Nikolaidis", "AG1", 1)


@mail("nikolaidis-greeklish-change-to-3", "2027-02-17 12:47:31",
      E("change", "k.nikolaidis@mail.example", "Kostas Nikolaidis", None, ["AG3"], None, "el"),
      "el (Greeklish)")
def _(m):
    m.head(("From", "Kostas Nikolaidis <k.nikolaidis@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF8pL1vQ6w2tN9mX4sR7yB0dK3fH5jZ8cE1aG4oT7iU0rW3xNp@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270126101204.3b9e@muenster.example>"),
           ("References", "<k.nikolaidis.reg.0125@mail.example> <mailbot.20270126101204.3b9e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NIKOLAIDIS}\n\n{NIK_ATTR}\n\n{gt_quote(NIK_QUOTED)}"
    m.alternative(plain, gmail_html(NIKOLAIDIS, quote=(NIK_ATTR, NIK_QUOTED)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change, Egyptian Arabizi, Outlook plain text with "-----Original Message-----"
# and the confirmation (AG 2, 1 person) quoted.  "3'" = ghain ("a3'ayar" =
# change); new: workgroup 1 and 2 persons ("hanb2a 2 badal wa7ed").

@mail("fathy-arabizi-change-ag1-plus-wife", "2027-02-19 18:05:09",
      E("change", "amr.fathy@mail.example", "Amr Fathy", None, ["AG1"], 2, "ar"),
      "ar (Egyptian, Latin letters)")
def _(m):
    m.head(("From", "Amr Fathy <amr.fathy@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000c01db82f1$9a3b4c50$ceb1e4f0$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270130143355.6c2d@muenster.example>"),
           ("References", "<mailbot.20270130143355.6c2d@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-us"),
           ("MIME-Version", "1.0"))
    m.single(f"""Ahlan,

law sama7to 3ayez a3'ayar el workshop men 2 le 1 (Bildung), 3ashan ebni lessa
dakhel el madrasa w 3ayez afham el nezam.
w kaman mrati 7atigi ma3aya, fa hanb2a 2 badal wa7ed.

shokran
Amr Fathy

-----Original Message-----
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Saturday, January 30, 2027 2:33 PM
To: Amr Fathy <amr.fathy@mail.example>
Subject: {CONF_SUBJECT}

{confirmation("Herr Fathy", "AG2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change of party size, Turkish without Turkish letters: "3 kisi olarak kayit
# yaptirmistik ... 2 kisi gelecegiz".  Workgroup unchanged, not named.

@mail("kocak-turkish-party-size-change", "2027-02-22 13:14:00",
      E("change", "mehmetali.kocak@webpost.example", "Mehmet Ali Kocak",
        "Munster Alevi Kultur Merkezi", [], 2, "tr"),
      "tr (without Turkish letters)")
def _(m):
    m.head(("From", "Mehmet Ali Kocak <mehmetali.kocak@webpost.example>"),
           ("To", MSO),
           ("Subject", "Katilimci sayisi degisikligi"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8c4d2e1f-6a7b-4390-b2e5-d1c0f9a8e637-1771762440019@3c-app-webpost-bs22>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ocak ayinda Munster Alevi Kultur Merkezi adina 3 kisi olarak kayit yaptirmistik.
Arkadaslarimizdan biri o gun calismak zorunda, bu yuzden 2 kisi gelecegiz.
Calisma grubu ayni kalsin.

Iyi calismalar
Mehmet Ali Kocak
""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Change, Russian in Cyrillic, KOI8-R 8bit; display name in KOI8-R.
# "из 3-й группы во 2-ю" = from group 3 to group 2.

@mail("lebedeva-russian-cyrillic-koi8r-change", "2027-02-24 09:31:45",
      E("change", "m.lebedeva@mail.example", "Мария Лебедева", None, ["AG2"], None, "ru"),
      "ru (Cyrillic)")
def _(m):
    m.head(("From", addr("Мария Лебедева", "m.lebedeva@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Смена рабочей группы", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771921905.204618033@f117.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

В январе я записалась на День MSO в рабочую группу 3.
Прошу перевести меня из 3-й группы во 2-ю (Zukunftsprozess), эта тема мне ближе.

Спасибо!
Мария Лебедева
""", charset="koi8-r", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# Change, Serbian Latin typed without č/ć/š/ž/đ, iPhone.  "iz radne grupe 2
# u radnu grupu 1".

@mail("ilic-serbian-no-diacritics-change", "2027-02-26 07:55:20",
      E("change", "goran.ilic@mail.example", "Goran Ilic", None, ["AG1"], None, "sr"),
      "sr (Latin, no diacritics)")
def _(m):
    m.head(("From", "Goran Ilic <goran.ilic@mail.example>"),
           ("To", MSO),
           ("Subject", "Promena radne grupe"),
           ("Date", m.date),
           ("Message-ID", "<9C3E7B12-A4F6-4D81-8E20-5B1F3C7A9D64@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Postovani,

prijavio sam se za radnu grupu 2, ali bih ipak radije isao u radnu grupu 1 (obrazovanje), posto radim kao ucitelj.
Molim vas da me prebacite iz radne grupe 2 u radnu grupu 1.

Hvala,
Goran Ilic

Poslato sa mog iPhone-a
""", charset="us-ascii", cte="7bit")


# -- 034 ---------------------------------------------------------------------
# Exim bounce: mailbox full for a Greeklish address ("8" = θ in e.8eodorou);
# the returned confirmation names AG 1.

@mail("exim-bounce-quota-8eodorou", "2027-02-27 16:10:42",
      E("bounce", bounced="e.8eodorou@hellasnet.example"), "en (system)")
def _(m):
    rcpt = "e.8eodorou@hellasnet.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@relay.muenster.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1vTx4L-0007Qa-2M@relay.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", rcpt),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.hellasnet.example [203.0.113.88]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    552 5.2.2 Mailbox full: quota exceeded
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay.muenster.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.hellasnet.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full: quota exceeded")])
    original = confirmation_message(
        f"Eleni Theodorou <{rcpt}>", "Frau Theodorou", "AG1", 1,
        "Sat, 27 Feb 2027 16:10:39 +0100", "<mailbot.20270227161039.0e5f@muenster.example>",
        "<1772205011.3390.8842@webmail.hellasnet.example>")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 035 ---------------------------------------------------------------------
# Finglish question: are the workshops in German?  German level B1.
# No registration ("shayad behtare nayam" = maybe better I don't come).

@mail("tavakoli-finglish-question-language", "2027-03-01 22:03:16",
      E("question", "shirin.tavakoli@mail.example", "Shirin Tavakoli", None, [], None, "fa"),
      "fa (Finglish)")
def _(m):
    m.head(("From", "Shirin Tavakoli <shirin.tavakoli@mail.example>"),
           ("To", MSO),
           ("Subject", "soal dar mored-e zaban"),
           ("Date", m.date),
           ("Message-ID", "<CAH2tW7nQ4y9sR1mP6vX3kB8dL0fJ5gZ2cE7aN4oU1iT9rY6wKf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salam,

ye soal dashtam: workshop-ha be zaban-e almani hastan? almani-ye man B1-e,
ageh tarjome nadare shayad behtare nayam.
ghabl az 6-e Mars javab bedin lotfan ke betunam tasmim begiram.

Mamnoon
Shirin Tavakoli
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation, Persian script, Outlook HTML only (rtl), UTF-8 base64.
# Date in Persian digits (۱۳ مارس).

TAJ = """سلام و وقت بخیر،

متأسفانه به دلیل بیماری نمی‌توانم روز ۱۳ مارس در همایش شرکت کنم. لطفاً ثبت‌نام من را لغو کنید.
اگر کسی در لیست انتظار هست، جای من را به او بدهید.

با سپاس
مریم جعفری"""


@mail("jafari-persian-cancel-outlook-html", "2027-03-02 08:44:29",
      E("cancellation", "maryam.jafari@mail.example", "مریم جعفری", None, [], None, "fa"),
      "fa (Persian script)")
def _(m):
    m.head(("From", addr("مریم جعفری", "maryam.jafari@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", ew("لغو ثبت‌نام – MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB5827E1F2A3B4C5D6E7F8@AM0PR04MB5827.eurprd04.prod.outlook.example>"),
           ("Content-Language", "fa-IR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TAJ, charset="utf-8", lang="FA", rtl=True), subtype="html",
             charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Cancellation, Ukrainian transliterated.  Mentions "robocha hrupa 2" only to
# identify the registration.

@mail("bondarenko-ukrainian-translit-cancel", "2027-03-04 17:20:48",
      E("cancellation", "taras.bondarenko@ukrmail.example", "Taras Bondarenko", None, [], None, "uk"),
      "uk (transliterated)")
def _(m):
    m.head(("From", "Taras Bondarenko <taras.bondarenko@ukrmail.example>"),
           ("To", MSO),
           ("Subject", "Skasuvannia reiestratsii"),
           ("Date", m.date),
           ("Message-ID", "<1772641248.118734.55021@web.ukrmail.example>"),
           ("X-Mailer", "ukrmail webmail 4.1"),
           ("MIME-Version", "1.0"))
    m.single("""Dobryi den,

na zhal ja ne zmozhu pryity 13.03 - mene vidpravliaiut u vidriadzhennia do Kyieva.
Skasuite, bud laska, moiu reiestratsiiu (robocha hrupa 2).

Z povahoiu,
Taras Bondarenko
""", charset="utf-8", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Cancellation, Tigrinya in Latin letters with English loan words, Gmail.

TESFAMARIAM = """Selam,

Kemey alekum. Yiqreta, ab MSO-Tag 13 March kimetsi ayikielin'ye, hadera harmat alewni.
Bejaki registration'ey cancel grelay.

Yekenyeley
Helen Tesfamariam"""


@mail("tesfamariam-tigrinya-latin-cancel", "2027-03-09 20:30:05",
      E("cancellation", "helen.tesfamariam@mail.example", "Helen Tesfamariam", None, [], None, "ti"),
      "ti (Latin letters)")
def _(m):
    m.head(("From", "Helen Tesfamariam <helen.tesfamariam@mail.example>"),
           ("To", MSO),
           ("Subject", "cancel"),
           ("Date", m.date),
           ("Message-ID", "<CAK4rN8wT2y6pV9mQ1sX5kB3dH7fL0gJ4cZ8aE2oU5iR7tW1yMs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAMARIAM, gmail_html(TESFAMARIAM), charset="utf-8", cte="7bit",
                  style="gmail")


# -- 039 ---------------------------------------------------------------------
# Cancellation, Lebanese Arabizi, from a phone: "ma ra7 2i2dar ejeh" = I won't
# be able to come; "kenna 2" (we were 2) names the old party size only.

@mail("khoury-arabizi-cancel-phone", "2027-03-11 07:14:38",
      E("cancellation", "samer.khoury@mail.example", "Samer Khoury", None, [], None, "ar"),
      "ar (Lebanese, Latin letters)")
def _(m):
    m.head(("From", "Samer Khoury <samer.khoury@mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5F2A8C13-D7E9-4B60-A1F4-3E6C9B0D2A85@mail.example>"),
           ("In-Reply-To", "<mailbot.20270205191530.8f1b@muenster.example>"),
           ("References", "<mailbot.20270205191530.8f1b@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Marhaba,

ma ra7 2i2dar ejeh yom el sabt, 3ande shighl ma ba3ref fine 2ajjlo. please sheelo esmna men el list (kenna 2, ana w marti).
ma3 el asaf
Samer Khoury

Sent from my iPhone
""", charset="utf-8", cte="7bit")


# -- 040 ---------------------------------------------------------------------
# Thank-you after the event in Arabizi with a photo (other).

@mail("saleh-arabizi-thanks-photo", "2027-03-15 11:02:57",
      E("other"), "ar (Latin letters; other)")
def _(m):
    m.head(("From", "Lina Saleh <lina.saleh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "shukran 3al yom el 7elo!"),
           ("Date", m.date),
           ("Message-ID", "<CAN6qT3wY9r2sP5mV8kX1nB4dL7fH0gJ3cZ6aE9oU2iT5rW8yQa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = m.text("""Marhaba ya jama3a,

shukran ktir 3al yom el 7elo yom el sabt! el AG 3 kanet mufide ktir, 2akhadna afkar ktir la talab el da3m.
mba3tilkon sura la majmou3etna, fikon testa3mlouha lal website.

bshouf 7adretkon el sene el jaye 2n sha2 Allah!
Lina Saleh
""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_png(), "image", "png", "sura_AG3.png")
    m.multi("mixed", [text, png], style="gmail")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built, last = [], None
    for n, (slug, when, tz, expected, note, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, note))
    return built


def leaves(part):
    mt = part.get_content_maintype()
    if mt == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif mt != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def check(name, data, m, expected):
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if b"\r\n" in data and data.count(b"\r\n") != data.count(b"\n"):
        problems.append("mixed line endings")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build date")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                txt = raw.decode(cs)          # strict: must decode in its charset
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
                txt = raw.decode(cs, "replace")
            got.append(txt)
        else:
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
        if msg.get_content_type() != "multipart/report":
            problems.append("bounce is not multipart/report")
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    k = expected["kind"]
    if k in ("auto_reply", "bounce", "other"):
        if any(expected[f] for f in ("email", "name", "organisation", "language", "party_size")):
            problems.append("machine/other mail must have null person fields")
    else:
        if not expected["email"] or not expected["language"]:
            problems.append("person mail needs email and language")
        if expected["email"] != expected["email"].lower():
            problems.append("email must be lower-case")
    if k == "registration" and not isinstance(expected["party_size"], int):
        problems.append("registration needs party_size")
    if k in ("question", "cancellation") and expected["party_size"] is not None:
        problems.append("party_size must be null")
    if k != "bounce" and expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(e["language"] for _, _, e, _ in built if e["language"])
    notes = collections.Counter(n for _, _, _, n in built)
    encs, types = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("language labels (person mails):", dict(sorted(langs.items())))
    print("writing:", dict(sorted(notes.items())))
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
