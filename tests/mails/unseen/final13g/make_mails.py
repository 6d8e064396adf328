#!/usr/bin/env python3
"""Build the "final13g" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: mails to the MSO-Tag mailbox that lean on earlier contact the mailbox never
saw - a phone call, a word with a colleague at the Integrationsrat meeting, "like
every year", "I wrote to you last week", WhatsApp and Signal messages pasted in by a
chair, a member's voice message typed out, people who believe they are already
registered and only add or correct a detail.

Every mail text below is written by hand, one mail at a time.  The script only wraps
the texts in MIME with the standard `email` package, writes the files, then reads
every file back with email.policy.default and checks it (no defects, every text part
decodes in its declared charset to exactly the written text, CRLF lines <= 998
octets, rising dates, example domains only, labels well formed and backed by the
mail's own text).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.
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
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"

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


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset` when
    given (otherwise the policy encodes it as UTF-8)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final13g/{slug}/{n}".encode()).hexdigest()


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
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in the
        given order.  ASCII values are stored verbatim (folded at spaces when
        long); values with non-ASCII characters go through the policy (UTF-8)."""
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
            host = "smtp." + domain if domain.count(".") == 1 else domain
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

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB8PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1772000000000 + int(h[16:22], 16)}"
        return f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}.{h[15:23].upper()}"

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
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
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
# texts that several mails quote or return (written for this set)
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung.msotag2027.0112.a41f@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, dem 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach der Begrüßung und einem Impulsvortrag tagen drei parallele
Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Wir bitten um Anmeldung bis zum 6. März 2027 an mso-tag@muenster.example.
Schreiben Sie uns bitte, wer kommt, für welche Organisation, in welche
Arbeitsgruppe Sie möchten und wie viele Personen Sie insgesamt sind.

Die Teilnahme ist kostenfrei; für einen Mittagsimbiss ist gesorgt.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

CONFIRM_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"

AG_TITLE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the mailbox sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir freuen uns auf Sie!

Termin:        Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_TITLE[ag]}
Personen:      {persons}

Für Änderungen oder eine Absage antworten Sie bitte auf diese E-Mail.

Freundliche Grüße
Ihr Team Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRM_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def outlook_head(charset="Windows-1252", lang="DE", rtl=False):
    body_dir = " dir=RTL" if rtl else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle17
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'{body_dir}>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    d = " dir=RTL" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", rtl=False):
    """Outlook-style HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
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
    return outlook_head(charset, lang, rtl) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


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


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f6a1c2byahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


def webmail_html(text):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>"
            f"<div style=\"font-family: Arial, sans-serif; font-size: 10pt;\">{divs}</div>"
            "</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, habit, builder)


def mail(slug, when, expected, text_lang, habit="", tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, habit, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# "Wie jedes Jahr ... bitte setzen Sie uns wieder auf Ihre Liste": a returning
# association.  Outlook reply (multipart/alternative, windows-1252 QP, CRLF)
# with the whole invitation quoted under a Von:/Gesendet: block; all three
# AGs are in the quote, the choice ("AG Bildung") only in the new text.
# From is "Surname, First name"; the signature gives the order to use.
# "mein Stellvertreter Herr Selim Demir und ich" = 2.

YAVUZ_TEXT = """Liebe Frau Meza Correa-Flock,

wie jedes Jahr sind wir natürlich wieder dabei – bitte setzen Sie uns wieder auf Ihre Liste!

Diesmal kommen mein Stellvertreter Herr Selim Demir und ich. Wir möchten beide in die AG Bildung, das Thema Schule beschäftigt unsere Eltern im Moment sehr (Stichwort Übergang auf die weiterführende Schule nach der Grundschulempfehlung).

Schöne Grüße, auch an Herrn Terbrack aus Ihrem Team
Cemile Yavuz

Türkisch-Islamischer Kulturverein Münster-Coerde e.V.
1. Vorsitzende
Mobil 0176 5550 1234"""


@mail("yavuz-wie-jedes-jahr-outlook-reply", "2027-01-13 08:52:17",
      E("registration", "c.yavuz@tikv-coerde.example", "Cemile Yavuz",
        "Türkisch-Islamischer Kulturverein Münster-Coerde e.V.", ["AG1"], 2, "de"),
      "de", "native")
def _(m):
    m.head(("From", '"Yavuz, Cemile" <c.yavuz@tikv-coerde.example>'),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + INVITATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "windows-1252", "q")),
           ("Thread-Index", "AQHbZ3k1Qm9sYXZ1ei1jZW1pbGUtMjAyNw=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR03MB5521C0FFEE4A1B2C3D4E5F60718293A4@DB8PR03MB5521.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 12. Januar 2027 14:02",
             "Tag der Migrantenselbstorganisationen",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(YAVUZ_TEXT, quote), outlook_html(YAVUZ_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Turkish: "bugün öğleden sonra telefonda konuştuğumuz gibi" - the written
# form of a registration made by phone.  Sent from the association's shared
# mailbox with a personal Reply-To (which wins).  "2. çalışma grubu" = AG2;
# "ben ve sekreterimiz" = 2.  Gmail, multipart/alternative, UTF-8 QP.

OZTURK_TEXT = """Merhaba Ximena Hanım,

bugün öğleden sonra telefonda konuştuğumuz gibi kaydımızı bir de yazılı olarak gönderiyorum.

Dernekten iki kişi geleceğiz: ben ve sekreterimiz Gülşen Aktaş. İkimiz de 2. çalışma grubuna katılmak istiyoruz (Münster'in geleceği, yani Zukunftsprozess). Telefonda da söylediğim gibi Gülşen Hanım sabah biraz geç gelebilir, öğleden sonraki gruplara yetişir inşallah.

Cevabı lütfen kendi adresime gönderin, dernek adresine pek bakan yok.

Saygılarımla
Murat Öztürk
Münster Alevi Kültür Merkezi e.V.
Yönetim Kurulu Başkanı"""


@mail("ozturk-telefonda-konustugumuz-reply-to", "2027-01-14 16:37:50",
      E("registration", "murat.ozturk@mail.example", "Murat Öztürk",
        "Münster Alevi Kültür Merkezi e.V.", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Münster Alevi Kültür Merkezi", "info@alevi-kultur-ms.example", "utf-8", "b")),
           ("Reply-To", addr("Murat Öztürk", "murat.ozturk@mail.example", "utf-8", "q")),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt – telefonda konuştuğumuz gibi", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJw5tQm8rN2xK4vB7cL1pZ9sD3fG6hY0uE8iO2aR5wT1qX4nMk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OZTURK_TEXT, gmail_html(OZTURK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# "Wie eben am Telefon besprochen, hier noch die Namen": a list of three
# people, the writer first.  AG 1 is named only as "schon recht voll" (what
# the coordinator said on the phone) - not a choice.  Thunderbird,
# format=flowed, UTF-8 8bit.

@mail("lindemann-telefon-drei-namen", "2027-01-18 10:05:33",
      E("registration", "b.lindemann@stadtteilhaus-kinderhaus.example", "Birgit Lindemann",
        "Stadtteilhaus Kinderhaus", ["AG2"], 3, "de"), "de", "native")
def _(m):
    m.head(("From", "Birgit Lindemann <b.lindemann@stadtteilhaus-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung wie telefonisch besprochen"),
           ("Date", m.date),
           ("Message-ID", "<7f1c2a90-4e3b-4c8d-9a6f-2b0e1d5c8a37@stadtteilhaus-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

wie eben am Telefon besprochen, hier noch die Namen für den 13. März:

- Birgit Lindemann (ich)
- Samira El Idrissi (Elterncafé)
- Piotr Nowak (Hausaufgabenhilfe)

Wir kommen also zu dritt und gehen alle in die AG 2. Sie meinten ja, dass
die AG 1 schon recht voll ist, und der Zukunftsprozess passt für uns als
Stadtteilhaus sowieso besser.

Danke für die schnelle Auskunft!

Viele Grüße
Birgit Lindemann

-- 
Stadtteilhaus Kinderhaus
Offene Familienarbeit
Tel. 0251 5550 4471
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Arabic: "كما أخبرتُ زميلتكِ في اجتماع مجلس الاندماج" - as I told your
# colleague at the Integrationsrat meeting.  "مجموعة العمل الأولى حول
# التعليم" = AG1; "سأحضر وحدي" = I come alone.  Gmail alternative, RTL HTML,
# UTF-8 base64.  The signature in Arabic script beats the Latin From name.

ALAHMAD_TEXT = """السيدة ميزا كوريا-فلوك المحترمة،

تحية طيبة وبعد،

كما أخبرتُ زميلتكِ في اجتماع مجلس الاندماج (Integrationsrat) يوم الخميس الماضي، أودّ المشاركة في يوم منظمات المهاجرين الذاتية في 13 آذار.

أرغب في الانضمام إلى مجموعة العمل الأولى حول التعليم، لأن كثيراً من الأمهات في جمعيتنا يسألن عن المدارس وعن دروس اللغة العربية للأطفال.

سأحضر وحدي.

مع خالص التحية
سلمى الأحمد
جمعية الجالية السورية في مونستر"""


@mail("alahmad-arabic-integrationsrat-kollegin", "2027-01-19 21:14:08",
      E("registration", "salma.alahmad@gmail.example", "سلمى الأحمد",
        "جمعية الجالية السورية في مونستر", ["AG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Salma Al-Ahmad <salma.alahmad@gmail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل – يوم منظمات المهاجرين 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3pL8qW1zX6vN9bT2mK5cR8sY4dH7jU0gE3iA6oP9wQ2eZ5xv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALAHMAD_TEXT, gmail_html(ALAHMAD_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Kurmanji: a chair pastes a member's WhatsApp message.  The member's choice
# ("Koma perwerdeyê (AG 1)") and his address are only in the pasted chat line,
# which is this mail's own content, not a quoted earlier mail.  The chair asks
# to confirm directly to the member ("rasterast ji wî re") and says he comes
# alone ("ew bi tenê tê").  iso-8859-9 (has ê î û ç ş), quoted-printable.

@mail("yildiz-kurmanji-whatsapp-endam", "2027-01-21 11:30:12",
      E("registration", "renas.elci@posteya.example", "Rênas Elçî",
        "Navenda Çanda Kurdî ya Münsterê", ["AG1"], 1, "ku"), "ku")
def _(m):
    m.head(("From", addr("Delal Yıldız", "delal.yildiz@navenda-kurdi.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Qeydkirin ji bo endamê me / Anmeldung Mitglied", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270121103012.4a7f1c@navenda-kurdi.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Endamê me Rênas Elçî îro sibê di WhatsAppê de ji min re nivîsî. Ez peyama
wî li jêr dişînim:

[21.01.27, 08:47] Rênas Elçî: Heval Delal, ez jî dixwazim werim roja MSO. Koma perwerdeyê (AG 1) ji bo min baş e. Email: renas.elci@posteya.example

Ji kerema xwe wî qeyd bikin, ew bi tenê tê. Piştrastkirinê rasterast ji wî
re bişînin, ne ji min re.

Spas û silav
Delal Yıldız
Navenda Çanda Kurdî ya Münsterê
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Bounce of the confirmation sent to the address from 005's WhatsApp line:
# our own Postfix reports that the remote server rejected it (user unknown).
# multipart/report with the returned confirmation as message/rfc822.

RENAS = "renas.elci@posteya.example"


@mail("postfix-bounce-whatsapp-address", "2027-01-21 11:31:40",
      E("bounce", bounced=RENAS), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270121103140.7C3E2A1F5B@mail.muenster.example>"),
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

<{RENAS}>: host mx1.posteya.example[203.0.113.61] said: 550
    5.1.1 <{RENAS}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "7C3E2A1F5B"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 21 Jan 2027 11:31:38 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {RENAS}"),
         ("Original-Recipient", f"rfc822;{RENAS}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.posteya.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{RENAS}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"=?utf-8?q?R=C3=AAnas_El=C3=A7=C3=AE?= <{RENAS}>", "Rênas Elçî", "AG1", 1,
        "Thu, 21 Jan 2027 11:31:38 +0100", "<mailbot.20270121113138.51ad@muenster.example>",
        "<20270121103012.4a7f1c@navenda-kurdi.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 007 ---------------------------------------------------------------------
# Other: the Integrationsrat's newsletter about the meeting several writers
# refer to.  It mentions the MSO-Tag, "Anmeldungen", "Förderung" and the
# mailbox address, but registers no one.  List headers, alternative, UTF-8 QP.

IR_TEXT = """Liebe Mitglieder, liebe Interessierte,

hier wie gewohnt die wichtigsten Punkte aus der Sitzung des Integrationsrates vom 14. Januar 2027:

1. Haushalt 2027: Der Integrationsrat hat seine Stellungnahme zum Haushaltsentwurf beschlossen. Die Mittel zur Förderung der interkulturellen Arbeit bleiben auf dem Niveau des Vorjahres.

2. Tag der Migrantenselbstorganisationen: Das Kommunale Integrationszentrum hat das Programm für den 13. März 2027 vorgestellt. Mehrere Vereine haben in der Sitzung ihr Interesse bekundet. Anmeldungen bitte direkt per E-Mail an mso-tag@muenster.example – eine mündliche Zusage in der Sitzung ersetzt die Anmeldung nicht.

3. Beirat für Kommunale Prävention: Als Vertreter des Integrationsrates wurde Herr Aram Dawoud gewählt.

Die nächste öffentliche Sitzung findet am Donnerstag, 18. Februar 2027, um 17:00 Uhr im Rathaus (Festsaal) statt.

Das vollständige Protokoll steht in Kürze unter https://integrationsrat-ms.example/protokolle bereit.

Mit freundlichen Grüßen
Geschäftsstelle des Integrationsrates der Stadt Münster

--
Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://integrationsrat-ms.example/newsletter/abmelden"""


def _ir_html(text):
    paras = text.split("\n\n")
    body = "".join(
        "<p style=\"margin:0 0 12px 0;\">" + "<br>".join(esc(l) for l in p.split("\n")) + "</p>"
        for p in paras)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Integrationsrat aktuell</title></head>"
            "<body style=\"margin:0;background:#f2f2f2;\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
            "<tr><td align=\"center\"><table width=\"600\" cellpadding=\"24\" style=\"background:#ffffff;"
            "font-family:Arial,sans-serif;font-size:14px;color:#222;\"><tr><td>"
            "<h1 style=\"font-size:20px;color:#005b96;\">Integrationsrat aktuell</h1>"
            f"{body}</td></tr></table></td></tr></table></body></html>\n")


@mail("integrationsrat-newsletter-sitzung", "2027-01-22 15:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Integrationsrat Münster <newsletter@integrationsrat-ms.example>"),
           ("To", "Integrationsrat aktuell <verteiler@integrationsrat-ms.example>"),
           ("Subject", ew("Integrationsrat aktuell – Kurzbericht aus der Sitzung vom 14. Januar", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.8d1e4f@integrationsrat-ms.example>"),
           ("List-Id", "Integrationsrat aktuell <aktuell.integrationsrat-ms.example>"),
           ("List-Unsubscribe", "<https://integrationsrat-ms.example/newsletter/abmelden>"),
           ("Precedence", "list"),
           ("MIME-Version", "1.0"))
    m.alternative(IR_TEXT, _ir_html(IR_TEXT), charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# A chair types out a member's voice message.  The member has no e-mail, so
# the confirmation goes to the chair (her From address); the chair does not
# come herself.  Attendee: Giuseppe Russo and his wife = 2.  "die Gruppe mit
# dem Geld für die Vereine, also wie man Zuschüsse kriegt" + "Arbeitsgruppe
# Förderung" = AG3.  Apple Mail, alternative, UTF-8 QP.

BELLINI_TEXT = """Liebes MSO-Team,

unser langjähriges Mitglied Giuseppe Russo hat keine E-Mail-Adresse und hat mir deshalb eine Sprachnachricht geschickt. Ich tippe sie Ihnen einfach ab, so wie er sie gesprochen hat:

„Ciao Francesca, hier ist Peppe. Du, sag bitte der Stadt, ich komme zu diesem Tag im März, mit meiner Frau, der Rosa, wir sind zwei. Und wir wollen in die Gruppe mit dem Geld für die Vereine, also wie man Zuschüsse kriegt, weil du weißt ja, unser Boccia-Platz … ja. Grazie, ciao ciao.“

Also bitte Herrn Giuseppe Russo plus Ehefrau eintragen, Arbeitsgruppe Förderung. Die Bestätigung können Sie an mich schicken, ich drucke sie aus und bringe sie ihm vorbei. Ich selbst kann am 13. leider nicht, da bin ich auf einer Hochzeit in Bari.

Herzliche Grüße
Francesca Bellini
Circolo Italiano Münster e.V."""


@mail("bellini-sprachnachricht-abgetippt", "2027-01-25 09:40:26",
      E("registration", "f.bellini@circolo-italiano-ms.example", "Giuseppe Russo",
        "Circolo Italiano Münster e.V.", ["AG3"], 2, "de"), "de", "native")
def _(m):
    m.head(("From", "Francesca Bellini <f.bellini@circolo-italiano-ms.example>"),
           ("Subject", "Anmeldung Giuseppe Russo (Sprachnachricht)"),
           ("Message-Id", "<A3C9E1F7-2B4D-4F60-8E1A-5C7D9B2E4F61@circolo-italiano-ms.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(BELLINI_TEXT, apple_html(BELLINI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# Learner German: she phoned last week and was told there "might" be
# childcare; she will come only if there is.  Asks, registers no one yet.

@mail("sultani-lerner-kinderbetreuung-telefon", "2027-01-26 13:22:05",
      E("question", "nasima.sultani@mail.example", "Nasima Sultani", None, [], None, "de"),
      "de", "learner")
def _(m):
    m.head(("From", "Nasima Sultani <nasima.sultani@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage kinderbetreung"),
           ("Date", m.date),
           ("Message-ID", "<CAH2rT7vN4kP9xW1qZ6bM3cL8sF5dJ0yU2gE7iO4aR1wX9tK6nb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe letzte Woche angerufen und mit eine Frau gesprochen. Sie hat gesagt, am 13. März es gibt vielleicht Kinderbetreuung. Ist das jetzt sicher? Ich habe zwei Kinder (4 und 7 Jahre).

Wenn es gibt Kinderbetreuung ich möchte gerne kommen, wenn nicht dann kann ich leider nicht.

Danke schön
Nasima Sultani
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Farsi: "همان‌طور که امروز صبح تلفنی خدمتتان عرض کردم" - as I told you on
# the phone this morning.  Persian digits: first choice ۳, else ۲.
# "فقط خودم می‌آیم" = only I come.  Plain UTF-8 base64.

@mail("sadeghi-farsi-telefoni", "2027-01-27 12:18:44",
      E("registration", "m.sadeghi@web.example", "مریم صادقی",
        "کانون زنان ایرانی مونستر", ["AG3", "AG2"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Sadeghi <m.sadeghi@web.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام – طبق صحبت تلفنی امروز", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<trinity-9e2b4c61-7a3d-4f18-b05e-c8d1a2f4e6b7-1769512724@msvc-mesg-web108>"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام و احترام خدمت خانم مزا کوریا-فلوک،

همان‌طور که امروز صبح تلفنی خدمتتان عرض کردم، می‌خواهم برای روز سازمان‌های خودگردان مهاجران در ۱۳ مارس ثبت‌نام کنم.

اولویت اول من گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) است و اگر جا نبود، گروه ۲.

فقط خودم می‌آیم.

با سپاس فراوان
مریم صادقی
کانون زنان ایرانی مونستر
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# English with Twi phrases (ɛ, ɔ): "As I told your colleague ... after the
# Integrationsrat meeting".  English carries the sentences -> en.
# "myself and my husband Kwaku" = 2; "workgroup 2" = AG2.  Gmail alt, UTF-8 QP.

OWUSU_TEXT = """Hello Madam, ɛte sɛn?

As I told your colleague Mr Terbrack after the Integrationsrat meeting last week, we are coming to the MSO Day – yɛbɛba!

We will be two people: myself and my husband Kwaku. Please put us in workgroup 2, the one about Münster's future (Zukunftsprozess). Kwaku wants to talk about housing for young families, me I will just follow him this time, hahaha.

Medaase paa for all your work. Nyame nhyira wo.

Abena Owusu-Ansah
Secretary
Ghanaian Community Association Münster"""


@mail("owusu-ansah-twi-english-integrationsrat", "2027-01-28 14:03:51",
      E("registration", "abena.owusu@ghanaian-community-ms.example", "Abena Owusu-Ansah",
        "Ghanaian Community Association Münster", ["AG2"], 2, "en"), "en", "twi/en")
def _(m):
    m.head(("From", "Abena Owusu-Ansah <abena.owusu@ghanaian-community-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day - as promised at the Integrationsrat"),
           ("Date", m.date),
           ("Message-ID", "<CAN8xR2kL5pW9vT3mZ7bQ1cY4sH6dF0jU8gE2iA5oN3wK7eR1tq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Bosnian: corrects a detail of a registration the mailbox does know - a
# Thunderbird reply quoting the confirmation (AG 2, 1 person).  "greškom
# napisao radnu grupu 2 - mislio sam na trojku" -> AG3; AG 2 in the new text
# is the old, wrong value.  windows-1250, quoted-printable.

MEHMEDOVIC_TEXT = """Poštovani,

hvala na potvrdi. Ali vidim da sam u prijavi greškom napisao radnu grupu 2 – mislio sam na trojku, Förderungsmöglichkeiten und Vereinsmanagement. Molim vas da me prebacite u AG 3. Sve ostalo je u redu, dolazim sam.

Lijep pozdrav
Edin Mehmedović
BH Klub Münster"""


@mail("mehmedovic-bosnian-ispravka-ag", "2027-01-29 09:47:13",
      E("change", "edin.mehmedovic@bh-klub.example", "Edin Mehmedović",
        "BH Klub Münster", ["AG3"], None, "bs"), "bs")
def _(m):
    m.head(("From", addr("Edin Mehmedović", "edin.mehmedovic@bh-klub.example", "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + CONFIRM_SUBJECT, "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<5b8e2c1d-93f4-4a07-b6e1-0d4c7a9f2e58@bh-klub.example>"),
           ("In-Reply-To", "<mailbot.20270129091205.c7e2@muenster.example>"),
           ("References", "<3e9a1f7c-2d5b-4e80-a6c4-8f1b0d2e7c93@bh-klub.example> "
                          "<mailbot.20270129091205.c7e2@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "bs"),
           ("MIME-Version", "1.0"))
    m.single(f"""{MEHMEDOVIC_TEXT}

Dana 29.01.2027. u 09:12, Tag der Migrantenselbstorganisationen je napisao/la:
{gt_quote(confirmation("Herr Mehmedović", "AG2", 1))}
""", charset="windows-1250", cte="quoted-printable", params={"format": "flowed"})


# -- 013 ---------------------------------------------------------------------
# Learner German: "wie ich habe schon gesagt zu Ihre Kollegin bei die Sitzung
# von Integrationsrat".  "4 Personen ... mit mir zusammen" = 4; "Gruppe
# Förderung" = AG3.  Yahoo, alternative, UTF-8 QP.

TEKLE_TEXT = """Sehr geehrte Damen und Herren,

wie ich habe schon gesagt zu Ihre Kollegin bei die Sitzung von Integrationsrat im Januar, wir möchten gerne kommen zu MSO-Tag. Wir sind 4 Personen von unsere Verein, mit mir zusammen.

Wir interessieren für die Gruppe Förderung, weil wir wollen Geld beantragen für Sprachkurs Tigrinya für die Kinder.

Vielen Dank und schönes Wochenende
Semhar Tekle
Eritreische Gemeinschaft Münster e.V."""


@mail("tekle-lerner-integrationsrat-vier", "2027-01-29 18:26:39",
      E("registration", "semhar.tekle@yahoo.example", "Semhar Tekle",
        "Eritreische Gemeinschaft Münster e.V.", ["AG3"], 4, "de"), "de", "learner")
def _(m):
    m.head(("From", "Semhar Tekle <semhar.tekle@yahoo.example>"),
           ("To", '"mso-tag@muenster.example" <mso-tag@muenster.example>'),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<1487203914.2281746.1769707599001@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(TEKLE_TEXT, yahoo_html(TEKLE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 014 ---------------------------------------------------------------------
# Bosnian: "kao i svake godine, molimo vas da nas ponovo upišete" - like
# every year.  "nas troje" = 3; AG 3, else the first group (education) ->
# ["AG3", "AG1"].  iso-8859-2, 8bit.

@mail("kovacevic-bosnian-kao-svake-godine", "2027-02-01 20:11:58",
      E("registration", "alma.kovacevic@mail.example", "Alma Kovačević",
        "Udruženje žena iz BiH Münster", ["AG3", "AG1"], 3, "bs"), "bs")
def _(m):
    m.head(("From", addr("Alma Kovačević", "alma.kovacevic@mail.example", "iso-8859-2", "b")),
           ("To", MSO),
           ("Subject", ew("Prijava - Dan migrantskih organizacija", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<e1f40b7a9c2d4e58@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Dobar dan,

kao i svake godine, molimo vas da nas ponovo upišete za Dan migrantskih
samoorganizacija. Ove godine dolazimo nas troje: ja, naša blagajnica
Mersiha i kolegica Dženana.

Željele bismo u radnu grupu 3 (Förderung), a ako je popunjena, onda u
prvu grupu o obrazovanju.

Hvala unaprijed i vidimo se u Stadtweinhausu!

Alma Kovačević
Udruženje žena iz BiH Münster
""", charset="iso-8859-2", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Out-of-office in Turkish and German answering a confirmation the mailbox
# sent (to someone whose registration is not in this set).  Auto-Submitted,
# X-Autoreply; iso-8859-9 QP.

@mail("gundogdu-otomatik-yanit-tr-de", "2027-02-03 07:02:19",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Can Gündoğdu", "m.gundogdu@tskv-gievenbeck.example", "iso-8859-9", "q")),
           ("To", TO_MSO),
           ("Subject", ew("Otomatik yanıt / Abwesenheitsnotiz: " + CONFIRM_SUBJECT, "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270203070219.33f1@tskv-gievenbeck.example>"),
           ("In-Reply-To", "<mailbot.20270203070214.8a40@muenster.example>"),
           ("References", "<mailbot.20270203070214.8a40@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

15 Şubat 2027'ye kadar izindeyim ve e-postalarımı okuyamıyorum. Acil
durumlarda lütfen derneğimizi arayın: 0251 5550 173.

Guten Tag,

ich bin bis einschließlich 15. Februar 2027 im Urlaub und lese keine
E-Mails. In dringenden Fällen rufen Sie bitte unseren Verein an:
0251 5550 173.

Mehmet Can Gündoğdu
Türkischer Sport- und Kulturverein Gievenbeck e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Turkish: a chair types out an elderly member's WhatsApp voice message.
# He has no e-mail; the confirmation goes to the chair.  "Tek başıma
# gelirim" = 1; "para yardımı, destek nasıl alınır" + the chair's "3.
# çalışma grubunu kastediyor" = AG3.  windows-1254, quoted-printable.

@mail("erdem-turkish-sesli-mesaj", "2027-02-04 19:48:02",
      E("registration", "hatice.erdem@tkd-muenster.example", "Ramazan Kılıç",
        "Münster Türk Kültür Derneği", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Erdem", "hatice.erdem@tkd-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Kayıt: Ramazan Kılıç (sesli mesaj)", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<000001db7731$2f4e6a80$8ecb3f80$@tkd-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""İyi akşamlar,

derneğimizin en yaşlı üyelerinden Ramazan Kılıç Bey e-posta kullanmıyor, bana WhatsApp'tan sesli mesaj gönderdi. Aynen yazıyorum:

"Hatice kızım selamünaleyküm. Şimdi o belediyenin toplantısı var ya, Mart'ta, beni de yaz oraya. Tek başıma gelirim, hanım gelmez. Derneklere para yardımı, destek nasıl alınır, onu anlatıyorlarmış, ben ona gireyim. Sağ ol kızım, Allah razı olsun."

Yani kendisi tek kişi ve sanırım 3. çalışma grubunu kastediyor (Förderungsmöglichkeiten). Teyidi bana gönderebilirsiniz, ben kendisine okurum.

Saygılarımla
Hatice Erdem
Münster Türk Kültür Derneği
""", charset="windows-1254", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# "Ich hatte Ihnen letzte Woche schon geschrieben und mich für die AG 1
# angemeldet" (not quoted, not in this set) - now the Zukunftsprozess group.
# AG 1 (old) and "Bildungs-AG" (a colleague's) are not his choice.
# iso-8859-1, quoted-printable.

@mail("tiemann-letzte-woche-geschrieben-wechsel", "2027-02-05 11:03:27",
      E("change", "j.tiemann@jmd-muenster-ost.example", "Jürgen Tiemann",
        "Jugendmigrationsdienst Münster-Ost", ["AG2"], None, "de"), "de", "native")
def _(m):
    m.head(("From", addr("Jürgen Tiemann", "j.tiemann@jmd-muenster-ost.example", "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", "Nachtrag zu meiner Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<0f3a9c21-6e4b-4d7a-8c15-b2e9d0a4f763@jmd-muenster-ost.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich hatte Ihnen letzte Woche schon geschrieben und mich für die AG 1
angemeldet. Nach Rücksprache im Team ändere ich das bitte: Ich möchte doch
lieber in die Arbeitsgruppe zum Zukunftsprozess, weil meine Kollegin aus
der Schulsozialarbeit ohnehin in der Bildungs-AG sitzen wird (sie meldet
sich selbst an).

Alles andere bleibt wie gehabt.

Mit freundlichen Grüßen
Jürgen Tiemann
Jugendmigrationsdienst Münster-Ost
""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Russian: "Я писала вам на прошлой неделе, но ответа так и не получила" -
# she repeats the whole registration.  "Приду одна" = 1; "вторая" = AG2.
# windows-1251, base64; Latin From name, Cyrillic signature.

@mail("belova-russian-povtorno", "2027-02-06 10:15:40",
      E("registration", "o.belova@mail.example", "Ольга Белова",
        "Клуб русскоязычных семей Мюнстера", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Belova <o.belova@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Повторно: регистрация на MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770369340.918273645@f512.i.mail.example>"),
           ("X-Mailer", "Mail.Ru Mailer 1.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я писала вам на прошлой неделе, но ответа так и не получила – возможно, письмо потерялось. Поэтому на всякий случай пишу ещё раз.

Я хочу зарегистрироваться на День организаций мигрантов 13 марта. Приду одна. Рабочая группа – вторая (будущее Мюнстера, Zukunftsprozess).

Если первое письмо всё-таки дошло, пожалуйста, не регистрируйте меня два раза :)

С уважением,
Ольга Белова
Клуб русскоязычных семей Мюнстера
""", charset="windows-1251", cte="base64")


# -- 019 ---------------------------------------------------------------------
# English: "I sent you an email last Tuesday ... Could you please check if
# I'm on the list?"  No workgroup, no number - asks, does not register.
# Signed with the first name only; the display name gives the full name.

@mail("adeyemi-english-did-it-arrive", "2027-02-08 08:31:12",
      E("question", "samuel.adeyemi@mail.example", "Samuel Adeyemi", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Samuel Adeyemi <samuel.adeyemi@mail.example>"),
           ("To", MSO),
           ("Subject", "Did my registration arrive?"),
           ("Date", m.date),
           ("Message-ID", "<CAB4tW9nP2xK7vR1mQ5bZ8cL3sJ6dG0yT4hE9iU2aO7wN5eX1rf@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I sent you an email last Tuesday to register for the MSO day but I haven't
received anything back yet, not even an automatic confirmation. Could you
please check if I'm on the list? If not, just let me know and I'll send it
again.

Thanks,
Samuel
""", charset="us-ascii", cte="7bit")


# -- 020 ---------------------------------------------------------------------
# Believes she is registered since a phone call in December; adds that her
# husband comes too ("zu zweit"); "Gruppe bleibt gleich" names none.
# iPhone, plain UTF-8 QP.

@mail("huelsmann-telefonisch-angemeldet-mann-kommt-mit", "2027-02-09 07:12:45",
      E("change", "monika.huelsmann@mail.example", "Monika Hülsmann",
        "Freundeskreis Flüchtlingshilfe Hiltrup", [], 2, "de"), "de", "native")
def _(m):
    m.head(("From", "Monika Hülsmann <monika.huelsmann@mail.example>"),
           ("Subject", "MSO-Tag"),
           ("Message-Id", "<B7E2D4A1-6C3F-4E90-9A58-1D2F3E4C5B6A@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hallo Frau Meza Correa-Flock,
ich bin ja seit unserem Telefonat im Dezember schon angemeldet. Wollte nur Bescheid geben, dass mein Mann jetzt doch mitkommt, also sind wir zu zweit. Gruppe bleibt gleich.
Liebe Grüße
Monika Hülsmann
Freundeskreis Flüchtlingshilfe Hiltrup

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Arabic: "كما اتفقنا في المكالمة الهاتفية أمس" - as agreed on the phone
# yesterday; a written form block: three persons, the third group.
# Outlook HTML only, windows-1256, quoted-printable, RTL; the title "رئيس
# الجمعية" is on its own line above the association.

MANSOUR_TEXT = """السادة الكرام في فريق يوم منظمات المهاجرين،

السلام عليكم،

كما اتفقنا في المكالمة الهاتفية أمس مع السيدة ميزا كوريا فلوك، أرسل لكم تسجيلنا كتابياً:

عدد المشاركين: ثلاثة أشخاص (أنا واثنان من أعضاء الهيئة الإدارية)
مجموعة العمل: الثالثة – إمكانيات الدعم والإدارة الفعّالة للجمعيات

شكراً جزيلاً لكم
طارق منصور
رئيس الجمعية
جمعية الصداقة العربية الألمانية في مونستر"""


@mail("mansour-arabic-outlook-html-telefon", "2027-02-10 10:20:09",
      E("registration", "t.mansour@arab-dt-freundschaft.example", "طارق منصور",
        "جمعية الصداقة العربية الألمانية في مونستر", ["AG3"], 3, "ar"), "ar", tz=0)
def _(m):
    m.head(("From", addr("طارق منصور", "t.mansour@arab-dt-freundschaft.example", "windows-1256", "b")),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل يوم منظمات المهاجرين – كما اتفقنا هاتفياً", "windows-1256", "b")),
           ("Thread-Topic", ew("تسجيل يوم منظمات المهاجرين – كما اتفقنا هاتفياً", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB6204F1E2D3C4B5A69788@AS8PR09MB6204.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "ar-SA, de-DE"),
           ("Content-Language", "ar-SA"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single(outlook_html(MANSOUR_TEXT, charset="windows-1256", lang="AR-SA", rtl=True),
             subtype="html", charset="windows-1256", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Russian: a chair pastes a member's Signal message.  The member asks to move
# "не в группу про финансирование, а в ту, где про школу"; the chair: "из
# третьей группы в первую" -> AG1 (the third is the old one).  The answer
# goes to the chair.  Plain UTF-8 QP.

@mail("lang-russian-signal-smena-gruppy", "2027-02-11 09:05:31",
      E("change", "viktor.lang@vstrecha-ms.example", "Дмитрий Кузнецов",
        "Клуб «Встреча» e.V.", ["AG1"], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Виктор Ланг", "viktor.lang@vstrecha-ms.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Fwd: Signal – Дмитрий, смена группы", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<a4c81e07-3f92-4b6d-9e15-7d2c0b8f4a61@vstrecha-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день,

пересылаю вам сообщение нашего участника Дмитрия Кузнецова из Signal. Он
зарегистрирован через наш клуб, но хочет поменять группу:

----- Signal, 10.02.2027, 22:14 -----
Дмитрий Кузнецов: Виктор, привет. Слушай, можешь передать в город, что я хочу не в группу про финансирование, а в ту, где про школу и образование? У меня сын осенью идёт в гимназию, мне это сейчас важнее. Спасибо!
-------------------------------------

То есть, пожалуйста, переведите его из третьей группы в первую. Ответ можно
прислать мне, Дмитрий почту почти не читает.

С уважением
Виктор Ланг
Клуб «Встреча» e.V.
Мюнстер
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Learner German: a member pastes her chair's WhatsApp instruction ("Ich habe
# der Frau von der Stadt schon gesagt dass du kommst") and then registers in
# her own words.  "AG 2 (Zukunft von Münster)", "allein" = 1.  An emoji;
# Gmail alternative, UTF-8 QP.

EZE_TEXT = """Hallo,

unsere Vorsitzende Frau Nwosu hat mir in WhatsApp gesagt, ich soll selbst hier schreiben für die Anmeldung. Ich schicke Ihnen ihre Nachricht:

„Blessing, schreib einfach eine Mail an mso-tag@muenster.example mit Name, Verein und welche AG. Ich habe der Frau von der Stadt schon gesagt dass du kommst 👍“

Also: Ich heiße Blessing Eze, ich bin von Afrikanische Frauen Initiative Münster. Ich möchte gern in AG 2 (Zukunft von Münster). Ich komme allein.

Danke und Gottes Segen
Blessing"""


@mail("eze-lerner-whatsapp-vorsitzende", "2027-02-12 21:37:04",
      E("registration", "blessing.eze@mail.example", "Blessing Eze",
        "Afrikanische Frauen Initiative Münster", ["AG2"], 1, "de"), "de", "learner")
def _(m):
    m.head(("From", "Blessing Eze <blessing.eze@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung (Frau Nwosu sagt ich soll schreiben)"),
           ("Date", m.date),
           ("Message-ID", "<CAG7mQ3xR8kN1vW5pZ2bT9cL6sY4dF0jH7uE3iA8oK1wP5eR2tz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, gmail_html(EZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Cancellation "wie heute Vormittag telefonisch besprochen"; she asks for the
# AG 1 documentation, which is not a choice.  Outlook HTML only,
# windows-1252 QP, CRLF.

VENNEMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wie heute Vormittag telefonisch besprochen, muss ich meine Teilnahme am MSO-Tag leider absagen – am 13. März findet bei uns kurzfristig eine Prüfung statt, bei der ich die Aufsicht habe.

Bitte streichen Sie mich von der Liste, damit jemand anderes den Platz bekommen kann. Die Ergebnisse der AG 1 hätte ich trotzdem gern, falls es eine Dokumentation gibt.

Mit freundlichen Grüßen
Heike Vennemann
Volkshochschule Münster
Fachbereich Deutsch als Fremd- und Zweitsprache"""


@mail("vennemann-absage-telefonisch-outlook-html", "2027-02-15 11:42:56",
      E("cancellation", "heike.vennemann@vhs-muenster.example", "Heike Vennemann",
        "Volkshochschule Münster", [], None, "de"), "de", "native", tz=0)
def _(m):
    m.head(("From", '"Vennemann, Heike" <heike.vennemann@vhs-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Absage MSO-Tag – wie telefonisch besprochen", "windows-1252", "q")),
           ("Thread-Topic", ew("Absage MSO-Tag – wie telefonisch besprochen", "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1650A7B6C5D4E3F2A1B0@FR3P281MB1650.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single(outlook_html(VENNEMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Kurmanji: "Wek her sal, em dîsa tên" - like every year.  "Em du kes in" = 2.
# They want "heman koma xebatê ya par" (the same workgroup as last year):
# last year's groups are not this year's and the mailbox holds no record of
# them, so no workgroup is stated: [].  UTF-8, 8bit.

@mail("sahin-kurmanji-wek-her-sal", "2027-02-16 18:09:22",
      E("registration", "azad.sahin@mail.example", "Azad Şahin",
        "Komeleya Ciwanên Kurd a Münsterê", [], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Azad Sahin <azad.sahin@mail.example>"),
           ("To", MSO),
           ("Subject", "Roja MSO 2027"),
           ("Date", m.date),
           ("Message-ID", "<20270216170922.GA41873@mail.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Silav hevalno,

Wek her sal, em dîsa tên Roja MSOyan. Ji kerema xwe me dîsa binivîsin.

Em du kes in: ez û hevalê min Şervan Bozkurt. Em dixwazin dîsa biçin heman
koma xebatê ya par – wê demê pir xweş bû.

Gelek spas û heta 13ê Adarê!
Azad Şahin
Komeleya Ciwanên Kurd a Münsterê
""", charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Farsi: he wrote his name on the participants' list at the Integrationsrat
# meeting and believes he is registered; now he adds his workgroup: the
# third (۳ is not used; "سوم" = third).  Gmail alternative RTL, UTF-8 QP.

TAVAKOLI_TEXT = """سلام و وقت بخیر،

من در جلسه‌ی شورای ادغام (Integrationsrat) در ماه ژانویه اسمم را در لیست شرکت‌کنندگان روز MSO نوشتم، پس فکر می‌کنم ثبت‌نامم انجام شده است. آن موقع هنوز گروه کاری را انتخاب نکرده بودم.

حالا می‌خواستم اضافه کنم که گروه کاری سوم (Förderung و مدیریت انجمن) را انتخاب می‌کنم.

با تشکر
حمید توکلی
انجمن دانشجویان ایرانی مونستر"""


@mail("tavakoli-farsi-liste-integrationsrat-ag-nachtrag", "2027-02-17 22:40:15",
      E("change", "hamid.tavakoli@gmail.example", "حمید توکلی",
        "انجمن دانشجویان ایرانی مونستر", ["AG3"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Hamid Tavakoli <hamid.tavakoli@gmail.example>"),
           ("To", MSO),
           ("Subject", ew("گروه کاری – روز MSO", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD9kW4pQ7xN2vR6mT1bZ8cL5sH3dJ0yF9gE4iU7aO2wM6eX3rh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TAVAKOLI_TEXT, gmail_html(TAVAKOLI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Other: "wie telefonisch besprochen" he sends the association's statutes for
# a small-grants application (Kleinförderung) - a different matter, nothing
# about the MSO-Tag.  PDF attached; multipart/mixed.

@mail("nazarov-satzung-wie-besprochen-pdf", "2027-02-18 14:55:37",
      E("other"), "de", "native")
def _(m):
    m.head(("From", "Rustam Nazarov <r.nazarov@usbek-kulturverein.example>"),
           ("To", MSO),
           ("Subject", "Unterlagen wie telefonisch besprochen"),
           ("Date", m.date),
           ("Message-ID", "<20270218145537.5d2c91@usbek-kulturverein.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Meza Correa-Flock,

wie telefonisch besprochen, sende ich Ihnen anbei unsere aktuelle
Vereinssatzung. Den Freistellungsbescheid des Finanzamts reiche ich nach,
sobald ich ihn vom Kassenwart bekommen habe. Dann können Sie prüfen, ob wir
für die Kleinförderung Integrationsprojekte 2027 in Frage kommen.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Rustam Nazarov
Usbekischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Satzung", "Usbekischer Kulturverein Muenster e.V.",
                             "Paragraph 1 - Name, Sitz, Geschaeftsjahr",
                             "Paragraph 2 - Zweck des Vereins",
                             "Fassung vom 14. November 2026"]),
                   "application", "pdf", "Satzung_UKV_2026.pdf")
    m.multi("mixed", [text, pdf])


# -- 028 ---------------------------------------------------------------------
# Kurmanji: he phoned last week, the woman said she would write his name
# down, no e-mail since - "Gelo navê min di lîsteyê de heye?"  A question;
# he offers to write again if not.  Plain UTF-8 QP.

@mail("ozer-kurmanji-telefon-lista", "2027-02-19 12:26:48",
      E("question", "welat.ozer@mail.example", "Welat Özer", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Welat Özer <welat.ozer@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Pirs: navê min di lîsteyê de heye?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM1vT6xQ3kP8nW2rZ9bL5cY7sD4dG0jH1uE6iA3oR8wN2eK5tp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Rojbaş,

Min hefteya borî telefon kir û min got ku ez dixwazim werim Roja MSO. Jina ku bersiv da got ku ew ê navê min binivîse. Lê heta niha min ti e-name negirt.

Gelo navê min di lîsteyê de heye? Ger tune be, ez ê dîsa binivîsim.

Spas
Welat Özer
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Arabic: she registered two weeks ago from her husband's address (not in
# this set) and asks that everything go to this address from now on; nothing
# else changes.  A change of contact address: [] and party unchanged.
# Plain UTF-8 base64.

@mail("qassem-arabic-neue-adresse", "2027-02-20 16:04:33",
      E("change", "lina.qassem@web.example", "لينا قاسم", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Lina Qassem <lina.qassem@web.example>"),
           ("To", MSO),
           ("Subject", ew("تغيير عنوان البريد الإلكتروني – التسجيل", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<trinity-4b7e1a92-c3d5-4f60-8e2a-9d1c0b3f5e74-1771599873@msvc-mesg-web104>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سجّلتُ قبل أسبوعين عن طريق البريد الإلكتروني الخاص بزوجي، لأن بريدي لم يكن يعمل وقتها. أرجو أن تُرسلوا كل الرسائل من الآن فصاعداً إلى عنواني هذا وليس إلى عنوان زوجي.

الاسم: لينا قاسم
لا شيء آخر يتغيّر – نفس المجموعة ونفس عدد الأشخاص.

شكراً لكم
لينا
""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Learner German, short: her husband phoned and was told she should write.
# "mit meine Schwester, wir sind 2 Person"; "Gruppe 1 Schule" = AG1.
# Android phone, plain UTF-8 8bit.

@mail("ahmadi-lerner-mann-hat-angerufen", "2027-02-22 07:55:10",
      E("registration", "zahra.ahmadi93@mail.example", "Zahra Ahmadi", None,
        ["AG1"], 2, "de"), "de", "learner")
def _(m):
    m.head(("From", "Zahra Ahmadi <zahra.ahmadi93@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6pR1xW8kN3vT7mQ2bZ5cL9sF4dH0yG6uE1iO8aK3wX7eT4rm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo
Mein Mann hat letzte Woche bei Ihnen angerufen, Sie haben gesagt ich soll E-Mail schreiben für Anmeldung. Ich möchte kommen am 13.3. mit meine Schwester, wir sind 2 Person. Wir möchten Gruppe 1 Schule weil unsere Kinder in Schule haben Probleme.
Danke
Zahra Ahmadi
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Bosnian cancellation: "kao što sam već rekla vašoj kolegici na sjednici
# Integrationsrata".  windows-1250, quoted-printable.

@mail("begic-bosnian-otkaz-integrationsrat", "2027-02-23 19:30:27",
      E("cancellation", "selma.begic@mail.example", "Selma Begić",
        "Bosanski kulturni centar Münster", [], None, "bs"), "bs")
def _(m):
    m.head(("From", addr("Selma Begić", "selma.begic@mail.example", "windows-1250", "q")),
           ("To", MSO),
           ("Subject", ew("Otkazivanje – MSO-Tag 13.03.", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<6d0e3b9f-2c41-4a85-b7e6-1f9a8c2d5e03@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovana gospođo Meza Correa-Flock,

kao što sam već rekla vašoj kolegici na sjednici Integrationsrata prošle sedmice, nažalost neću moći doći 13. marta – tada imamo godišnju skupštinu našeg saveza u Dortmundu.

Molim vas da me izbrišete sa liste. Nadam se da se vidimo sljedeće godine.

Srdačan pozdrav
Selma Begić
Bosanski kulturni centar Münster
""", charset="windows-1250", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Russian question: "Как я уже говорила вашей коллеге по телефону" - will
# there be Russian interpretation?  She will register after the answer.
# koi8-r, 8bit.

@mail("weber-russian-perevodchik-vopros", "2027-02-24 10:48:16",
      E("question", "l.weber@mail.example", "Людмила Вебер",
        'Клуб пожилых переселенцев "Надежда"', [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ludmila Weber", "l.weber@mail.example")),
           ("To", MSO),
           ("Subject", ew("Вопрос о переводчике на MSO-Tag", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<4f2a7c91e3b84d06@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Как я уже говорила вашей коллеге по телефону, наши пожилые члены клуба почти
не говорят по-немецки. Она обещала уточнить, будет ли на MSO-Tag переводчик
на русский язык или хотя бы раздаточные материалы на русском.

Можете ли вы мне уже сказать, как с этим обстоят дела? От ответа зависит,
сколько человек от нас придёт - тогда я и пришлю регистрацию.

Спасибо заранее
Людмила Вебер
Клуб пожилых переселенцев "Надежда"
""", charset="koi8-r", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# Auto-reply without Auto-Submitted: the association's old mailbox is no
# longer read; contact the board by WhatsApp/Signal.  German, English and
# Dari.  Plain UTF-8 QP.

@mail("akv-postfach-nicht-mehr-gelesen-whatsapp", "2027-02-25 09:14:03",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Afghanischer Kulturverein <kontakt@akv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + "Re: Anfrage Infotisch MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<auto.20270225091403.7e1b@akv-muenster.example>"),
           ("In-Reply-To", "<3b1f9e2a.20270225091358@muenster.example>"),
           ("References", "<3b1f9e2a.20270225091358@muenster.example>"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Dieses Postfach wird seit Januar 2027 nicht mehr regelmäßig gelesen. Bitte
wenden Sie sich an unseren Vorstand per WhatsApp oder Signal unter
0157 5550 1928 oder schreiben Sie an vorstand@akv-muenster.example.

Thank you for your message. This mailbox is no longer monitored. Please
contact our board via WhatsApp or Signal (0157 5550 1928) or write to
vorstand@akv-muenster.example.

از پیام شما سپاسگزاریم. این صندوق پستی دیگر خوانده نمی‌شود. لطفاً از طریق
واتس‌اپ یا سیگنال با هیئت مدیره تماس بگیرید.

Afghanischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# English with Twi: their chairman put them on the list at the
# Integrationsrat meeting ("me ne me yere Akosua, two persons"); now a
# nephew joins: "now we are three", "Yɛn baasa nyinaa bɛba".  "Same workgroup
# as before" names none.  Gmail alternative, UTF-8 base64.

ASARE_TEXT = """Hello,

Me din de Kwabena Asare, from the Asanteman Association Münster. Our chairman Nana Boakye put our names on the list at the Integrationsrat meeting in January, so we are already registered – me ne me yere Akosua, two persons.

Please I want to add one more person: my nephew Yaw just came from Kumasi and he wants to join, so now we are three. Yɛn baasa nyinaa bɛba. Same workgroup as before.

Meda mo ase,
Kwabena"""


@mail("asare-twi-english-already-on-list-three", "2027-02-26 17:21:36",
      E("change", "kwabena.asare@mail.example", "Kwabena Asare",
        "Asanteman Association Münster", [], 3, "en"), "en", "twi/en")
def _(m):
    m.head(("From", "Kwabena Asare <kwabena.asare@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Day - one more person"),
           ("Date", m.date),
           ("Message-ID", "<CAL3wN8xT5kQ1vP9mR4bZ7cL2sY6dJ0yH3uE8iA1oW5wK9eR6tv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ASARE_TEXT, gmail_html(ASARE_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# English: "Many thanks for taking the time to speak with me yesterday".
# Workgroup I first, else III (roman numerals); "on my own" = 1.  The title
# "Coordinator" is on its own line.  Outlook alternative, UTF-8 QP.

WHITFIELD_TEXT = """Dear Ms Meza Correa-Flock,

Many thanks for taking the time to speak with me yesterday afternoon. As discussed, I would like to register for the MSO Day on 13 March. I'll be attending on my own.

Given our work with young refugees, workgroup I on education would be my first choice; if that one is full, I'd be equally happy in workgroup III.

Best regards,
Hannah Whitfield
Coordinator
Refugee Law Clinic Münster e.V."""


@mail("whitfield-english-outlook-phone-yesterday", "2027-02-27 09:33:58",
      E("registration", "h.whitfield@rlc-muenster.example", "Hannah Whitfield",
        "Refugee Law Clinic Münster e.V.", ["AG1", "AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Hannah Whitfield <h.whitfield@rlc-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Thread-Topic", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<PA4PR06MB7385E9D8C7B6A5F4E3D2@PA4PR06MB7385.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(WHITFIELD_TEXT, outlook_html(WHITFIELD_TEXT, charset="utf-8", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Arabic: a chair pastes a member's WhatsApp message - she cannot come and
# asks him to cancel for her.  Cancellation of the member's registration; the
# answer goes to the chair.  Plain UTF-8 QP.

@mail("hamdan-arabic-whatsapp-absage-mitglied", "2027-03-01 20:02:44",
      E("cancellation", "y.hamdan@pal-dt-verein.example", "رنا سعيد",
        "الجمعية الفلسطينية الألمانية في مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("Yousef Hamdan", "y.hamdan@pal-dt-verein.example")),
           ("To", MSO),
           ("Subject", ew("إلغاء تسجيل السيدة رنا سعيد", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9a3e5c17-b240-4f8d-a6c2-e7d1f0b48a25@pal-dt-verein.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

وصلتني هذه الرسالة على واتساب من عضوة جمعيتنا السيدة رنا سعيد، وهي لا تستخدم البريد الإلكتروني:

[28/02/2027, 19:52] رنا سعيد: أستاذ يوسف، للأسف لن أستطيع الحضور يوم 13 آذار، أمي مريضة وسأسافر إلى الأردن. أرجو أن تلغي تسجيلي وتعتذر منهم عني.

أرجو إلغاء تسجيلها. شكراً لتفهمكم.

يوسف حمدان
الجمعية الفلسطينية الألمانية في مونستر
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Learner German: corrects the association's name in his registration (for
# the name badge); "Sonst alles bleibt gleich".  Webmail HTML only, UTF-8
# QP.  The organisation is the corrected name.

SHARIFI_TEXT = """Sehr geehrte Damen und Herren,

in meine Anmeldung ich habe Name von unsere Verein falsch geschrieben. Ich habe geschrieben „Afghanischer Verein“, aber richtig ist: Afghanischer Kultur- und Bildungsverein Münster e.V. Bitte korrigieren Sie das für Namensschild.

Sonst alles bleibt gleich.

Mit freundlichen Grüßen
Mohammad Nasir Sharifi"""


@mail("sharifi-lerner-vereinsname-korrektur-html", "2027-03-02 12:10:31",
      E("change", "nasir.sharifi@web.example", "Mohammad Nasir Sharifi",
        "Afghanischer Kultur- und Bildungsverein Münster e.V.", [], None, "de"),
      "de", "learner")
def _(m):
    m.head(("From", "Nasir Sharifi <nasir.sharifi@web.example>"),
           ("To", MSO),
           ("Subject", "Korrektur Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7c2e9b41-0a6d-4e38-b5f1-3d8a2c6e9b07-1772449831@msvc-mesg-web112>"),
           ("MIME-Version", "1.0"))
    m.single(webmail_html(SHARIFI_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Farsi question: last year there was a form; this year she only told a
# colleague by phone that she comes - is that enough or must she fill in the
# form again?  Asks; gives no workgroup.  Plain UTF-8 QP.

@mail("moradi-farsi-formular-telefon-genug", "2027-03-03 15:27:09",
      E("question", "shirin.moradi@gmail.example", "شیرین مرادی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Shirin Moradi <shirin.moradi@gmail.example>"),
           ("To", MSO),
           ("Subject", ew("سؤال درباره‌ی فرم ثبت‌نام", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAE5qT2xN9kR4vW8mP1bZ6cL3sJ7dF0yG2uE5iO9aM4wT8eX7rk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

پارسال برای روز MSO یک فرم ثبت‌نام بود که باید پر می‌کردیم. امسال من فقط تلفنی به همکار شما گفتم که می‌آیم. آیا همین کافی است یا باید فرم را دوباره پر کنم؟ اگر فرم لازم است لطفاً آن را برایم بفرستید.

ممنون
شیرین مرادی
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Turkish cancellation: "geçen hafta size yazıp kendimi ve eşimi
# kaydettirmiştim" - both cannot come.  iso-8859-9, 8bit.

@mail("polat-turkish-iptal-gecen-hafta", "2027-03-04 06:48:55",
      E("cancellation", "serkan.polat@mail.example", "Serkan Polat", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Serkan Polat <serkan.polat@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı iptal", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1772603335.44817.serkan@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

geçen hafta size yazıp kendimi ve eşimi kaydettirmiştim. Maalesef 13 Mart'ta
iş yerinde nöbetim çıktı, eşim de tek başına gelmek istemiyor. Kaydımızı iptal
edebilir misiniz?

Başka bir yıl inşallah.
Serkan Polat
""", charset="iso-8859-9", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# Bounce of the 7-day reminder, written by the recipient's provider in
# German: the mailbox is full (5.2.2).  multipart/report with the returned
# headers only (text/rfc822-headers).

OEZKAN = "fam.oezkan@webpost.example"


def _reminder_headers():
    return f"""Return-Path: <{MSO}>
Received: from mail.muenster.example (mail.muenster.example [198.51.100.20])
	by mx02.webpost.example with ESMTPS id 1Mx9Qk-3Fa7Bc0dE2-00aZ1b
	for <{OEZKAN}>; Sat, 06 Mar 2027 10:00:07 +0100
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: {OEZKAN}
Subject: {ew(REMINDER_SUBJECT, "utf-8", "q")}
Date: Sat, 06 Mar 2027 10:00:04 +0100
Message-ID: <mailbot.reminder.20270306100004.2f6b@muenster.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("webpost-bounce-postfach-voll-erinnerung", "2027-03-06 10:04:51",
      E("bounce", bounced=OEZKAN), "de")
def _(m):
    m.head(("From", "Mail Delivery System <mailer-daemon@mout.webpost.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + ew(REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<0MKt3Q-1rZ8Xy2Ab4-00Lm7N@mout.webpost.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

{OEZKAN}
    Grund: Das Postfach des Empfängers ist voll.
    552 5.2.2 Mailbox quota exceeded

Ihre Nachricht wurde nicht zugestellt und wird nicht erneut versendet.
Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.

--
WebPost Mail-Service
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mout.webpost.example"),
         ("Arrival-Date", "Sat, 06 Mar 2027 10:00:07 +0100")],
        [("Final-Recipient", f"rfc822; {OEZKAN}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox quota exceeded")])
    headers = m.text(_reminder_headers(), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Kopfzeilen der Nachricht")])
    m.multi("report", [note, dsn, headers],
            params={"report-type": "delivery-status"})



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, habit, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang, habit))
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
LANGS = {"de", "en", "tr", "ar", "ku", "ru", "fa", "bs"}


def decoded_header(value):
    return str(make_header(decode_header(str(value))))


def check_labels(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if not all(w in ("AG1", "AG2", "AG3") for w in e["workgroups"]):
        problems.append("unknown workgroup id")
    if len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("workgroup listed twice")
    if k in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if e["language"] not in LANGS:
            problems.append("person mail needs a language code")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient only for bounces")
        if k == "registration":
            if not isinstance(e["party_size"], int) or e["party_size"] < 1:
                problems.append("registration needs party_size >= 1")
        elif k == "change":
            if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                                or e["party_size"] < 1):
                problems.append("change party_size must be null or >= 1")
        else:
            if e["party_size"] is not None:
                problems.append(f"{k} has party_size null")
            if e["workgroups"]:
                problems.append(f"{k} states no workgroups")
    else:
        for f in ("email", "name", "organisation", "party_size", "language"):
            if e[f] is not None:
                problems.append(f"{k}: {f} must be null")
        if e["workgroups"]:
            problems.append(f"{k}: workgroups must be []")
        if k == "bounce":
            if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
                problems.append("bounce needs a lower-case bounced_recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
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
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                got.append(raw.decode(cs))          # strict: must decode in its charset
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
                got.append(None)
        else:
            got.append(p.get_content())
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g is None:
            continue
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
    # labels: well formed, and backed by the mail's own text
    problems += check_labels(expected)
    k = expected["kind"]
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if msg.get_content_type() != "multipart/report":
            problems.append("bounce is not multipart/report")
    if k in PERSON_KINDS:
        visible = "\n".join(
            [decoded_header(msg[h]) for h in ("From", "Reply-To", "Subject") if msg[h]]
            + [g for g in got if isinstance(g, str)])
        visible = html.unescape(visible)
        for f in ("email", "name", "organisation"):
            v = expected[f]
            if v and v.lower() not in visible.lower():
                problems.append(f"{f} {v!r} is not written in the mail")
        reply = msg["Reply-To"] or msg["From"]
        if expected["email"] not in str(reply).lower() and expected["kind"] != "registration":
            problems.append("email of a non-registration is not the reply address")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t, habit in built:
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
    for t in sorted(table):
        print(f"  {t}: {dict(sorted(table[t].items()))}")
    print("habits:", dict(collections.Counter(h for *_, h in built if h)))
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
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _, _ in built]
    bad = 0
    senders = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[msg["From"].addresses[0].addr_spec.lower()] += 1
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
            bad += 1
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

    for (name, m, e, _, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
