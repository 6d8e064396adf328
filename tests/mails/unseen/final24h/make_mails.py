#!/usr/bin/env python3
"""Build the "final24h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Jugendforum Vielfalt 2027 in Aachen, organised by the Jugendmigrationsrat
Aachen, with four workshops ("Werkstätten") that have names and no numbers:
Werkstatt Stimme, Werkstatt Bühne, Werkstatt Netz, Werkstatt Zukunft
(ids stimme, buehne, netz, zukunft; see config.toml).  The writers are young
people of 15-25 and a few youth workers who register groups.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that the labels are well formed and fit
the mail.

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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

JF = "jugendforum@aachen.example"
TO_JF = f"Jugendforum Vielfalt <{JF}>"
TO_JMR = f"Jugendmigrationsrat Aachen <{JF}>"
INVITATION_ID = "<einladung-jugendforum-2027.20270816100207@aachen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("stimme", "buehne", "netz", "zukunft")
LANGS = ("de", "en", "tr", "ar", "fr", "fa")


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


def gt_quote(text, space=True):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do."""
    p = "> " if space else ">"
    return "\n".join((p + line) if line else ">" for line in text.split("\n"))


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
    return hashlib.sha256(f"final24h/{slug}/{n}".encode()).hexdigest()


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
        msg.set_raw("Delivered-To", JF)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.aachen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{JF}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.aachen.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{int(h[15:27], 16)}"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:14], 16)}"
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
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -24 Td")
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

INVITATION_SUBJECT = "Einladung: Jugendforum Vielfalt 2027 am 18.09. in Aachen"

INVITATION = """Hey ihr alle!

der Jugendmigrationsrat Aachen lädt euch zum Jugendforum Vielfalt 2027 ein.

Wann: Samstag, 18. September 2027, 11 bis 17 Uhr
Wo: Depot Talstraße, Talstraße 2, 52068 Aachen

Das Forum ist für alle zwischen 14 und 25 – egal, woher ihr oder eure Eltern
kommen. Nach dem gemeinsamen Start geht ihr in eine von vier Werkstätten:

Werkstatt Stimme – mitreden in Aachen: Jugendbeteiligung, Politik und eure
  Forderungen an die Stadt
Werkstatt Bühne – Theater, Rap und Spoken Word über Herkunft und Zuhause
Werkstatt Netz – Social Media, Podcasts und was wir gegen Hate Speech tun
  können
Werkstatt Zukunft – Ausbildung, Studium und die Anerkennung von Abschlüssen

Anmelden könnt ihr euch bis zum 11. September per Mail an
jugendforum@aachen.example. Schreibt uns einfach euren Namen, euren Verein
oder Jugendtreff (falls ihr einen habt), welche Werkstatt ihr wollt (gern
mit Zweitwunsch) und mit wie vielen Leuten ihr kommt. Jugendgruppen können
sich auch gesammelt anmelden.

Unter 16? Dann brauchen wir eine Einverständniserklärung von euren Eltern.
Das Formular findet ihr auf https://jugendmigrationsrat-aachen.example/jugendforum

Die Teilnahme ist kostenlos, Essen und Getränke gibt es vor Ort, Fahrtkosten
(ASEAG) erstatten wir.

Wir freuen uns auf euch!
Euer Jugendmigrationsrat Aachen
Dilara Aksoy & Yannick Mbeki"""

CONFIRMATION_SUBJECT = "Deine Anmeldung zum Jugendforum Vielfalt 2027"
REMINDER_SUBJECT = "Erinnerung: Jugendforum Vielfalt am 18. September"

WG_TITLE = {"stimme": "Werkstatt Stimme", "buehne": "Werkstatt Bühne",
            "netz": "Werkstatt Netz", "zukunft": "Werkstatt Zukunft"}


def confirmation(hello, wg, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Hallo {hello},

danke für deine Anmeldung zum Jugendforum Vielfalt 2027 am Samstag,
18. September 2027, 11 bis 17 Uhr, im Depot Talstraße, Talstraße 2,
52068 Aachen.

Wir haben dich für diese Werkstatt eingetragen:
{WG_TITLE[wg]}

Angemeldete Personen: {persons}

Du willst die Werkstatt wechseln oder kannst doch nicht kommen? Antworte
einfach auf diese Mail.

Bis bald!
Jugendforum Vielfalt
Jugendmigrationsrat Aachen"""


def reminder(hello, wg, persons):
    return f"""Hallo {hello},

in einer Woche ist es so weit: Jugendforum Vielfalt 2027, Samstag,
18. September 2027, 11 bis 17 Uhr, Depot Talstraße, Talstraße 2, 52068 Aachen.

Deine Werkstatt: {WG_TITLE[wg]}
Angemeldete Personen: {persons}

Du kannst doch nicht kommen? Dann antworte kurz auf diese Mail, damit wir
deinen Platz weitergeben können.

Bis Samstag!
Jugendforum Vielfalt
Jugendmigrationsrat Aachen"""


def mailbot_message(subject, text, to, when, msgid, in_reply_to=None):
    """A mail that mailbot sent, as a whole message (for message/rfc822)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_JF
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied" if in_reply_to else "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# HTML the clients write
# ---------------------------------------------------------------------------

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


def outlook_html(text, quote=None):
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
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    """Gmail markup: one <div> per line; an optional gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution is not None:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(attribution)}<br></div><blockquote class="gmail_quote" '
                f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                f'padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if attribution is None:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def yahoo_html(text):
    inner = "".join(f'<div dir="ltr" data-setdir="false">{esc(line) if line else "<br>"}</div>'
                    for line in text.split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
            f'{inner}</div></body></html>\n')


def samsung_html(text):
    inner = "".join(f'<div dir="auto">{esc(line) if line else "<br>"}</div>'
                    for line in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'</head><body>{inner}</body></html>\n')


def newoutlook_html(text):
    inner = "".join(
        '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
        'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; '
        f'color: rgb(0, 0, 0);">{esc(line) if line else "<br>"}</div>'
        for line in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
            f'</style></head><body dir="ltr">{inner}</body></html>\n')


def outlook_web_html(text):
    inner = "".join(
        '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; '
        f'color: rgb(0, 0, 0);">{esc(line) if line else "<br>"}</div>'
        for line in text.split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body dir="ltr">{inner}</body></html>\n')


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
# Gmail (Android) reply to the invitation; the whole invitation with all four
# Werkstätten is quoted below.  The choice (Bühne) and "zu zweit" are only in
# the new text; the display name is shortened, the text gives the full name.

LEYLA_TEXT = """Hiii 😊

ich bin dabei!! Ich heiße Leyla Demir, bin 17 und würd gern in die Werkstatt Bühne 🎭 Ich bring meine beste Freundin Sara mit, also sind wir zu zweit.

Freu mich voll, lg Leyla"""

LEYLA_ATTR = f"Am Mo., 16. Aug. 2027 um 10:02 Uhr schrieb Jugendmigrationsrat Aachen <{JF}>:"


@mail("demir-gmail-reply-quoting-invitation", "2027-08-16 12:47:13",
      E("registration", "leyla.demir08@gmail.example", "Leyla Demir", None,
        ["buehne"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla D. <leyla.demir08@gmail.example>"),
           ("To", TO_JMR),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq7Yx2pLwR9nV0tZb4mQ8sJd1HcE6gUo5aRb2iXq9TeN7kA@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(LEYLA_TEXT, LEYLA_ATTR, INVITATION),
                  gmail_html(LEYLA_TEXT, attribution=LEYLA_ATTR, quoted=INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 002 ---------------------------------------------------------------------
# A youth worker registers a group from the youth centre's shared Outlook
# mailbox with his own Reply-To.  HTML only, windows-1252 QP.  7 young people
# plus him = 8; first and second wish; the ages and the phone number are not
# counts; the Träger (a gGmbH) in the footer is the employer, not the
# organisation.

SCHREIBER_TEXT = """Hallo liebes Team vom Jugendmigrationsrat,

wir möchten uns gerne als Gruppe zum Jugendforum Vielfalt am 18.09. anmelden. Aus unserem Offenen Treff kommen 7 Jugendliche mit, dazu ich als Betreuer – also insgesamt 8 Personen.

Die Jugendlichen sind zwischen 14 und 17 Jahre alt:
Ayoub (16), Melina (15), Kerem (17), Daria (14), Jamal (16), Sofija (15) und Leon (16)

Erstwunsch ist die Werkstatt Bühne (die Hälfte von denen rappt sowieso den ganzen Tag ;-)), Zweitwunsch Werkstatt Netz.

Die Einverständniserklärungen für die Unter-16-Jährigen bringe ich am Tag selbst mit.

Viele Grüße
Marco Schreiber
Sozialarbeiter (B.A.)

Kinder- und Jugendzentrum Rothe Erde
Düppelstraße 12 · 52068 Aachen
Tel. 0241 / 90 18 44-2

Träger: Evangelische Jugendhilfe Aachen gGmbH · Amtsgericht Aachen HRB 4711
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Mail."""


@mail("schreiber-youth-centre-group-outlook-html", "2027-08-16 15:21:40",
      E("registration", "m.schreiber@jz-rothe-erde.example", "Marco Schreiber",
        "Kinder- und Jugendzentrum Rothe Erde", ["buehne", "netz"], 8, "de"), "de")
def _(m):
    m.head(("From", "Kinder- und Jugendzentrum Rothe Erde <info@jz-rothe-erde.example>"),
           ("Reply-To", "Marco Schreiber <m.schreiber@jz-rothe-erde.example>"),
           ("To", JF),
           ("Subject", "Anmeldung Gruppe KJZ Rothe Erde – Jugendforum Vielfalt"),
           ("Thread-Topic", "Anmeldung Gruppe KJZ Rothe Erde – Jugendforum Vielfalt"),
           ("Thread-Index", "AdvOq2x7Hc1kPz0mQ4iS9tWb3yLe8A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7316C4E2A9F1B0D3E5A7C6F8B2D4@DB9PR02MB7316.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHREIBER_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish typed without Turkish letters (us-ascii, 7bit), chat spelling
# ("slm", "gelcek", "tskler"); "kankam Baran da gelcek yani 2 kisiyiz" = 2.
# The display name is only "emre".

@mail("yilmaz-turkish-ascii-chat-spelling", "2027-08-16 21:05:52",
      E("registration", "emre.yilmaz.07@hotmail.example", "Emre Yilmaz", None,
        ["zukunft"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "emre <emre.yilmaz.07@hotmail.example>"),
           ("To", JF),
           ("Subject", "Jugendforum kayit"),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB1472E0C5B7D6A9F3@AS8P189MB1472.EURP189.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""slm

ben Emre Yilmaz, 16 yasindayim. 18 eylul deki Jugendforum a kayit olmak istiyorum. Werkstatt Zukunft a yazilmak istiyorum cunku seneye Ausbildung bakicam. kankam Baran da gelcek yani 2 kisiyiz

tskler
""", charset="us-ascii", cte="7bit")


# -- 004 ---------------------------------------------------------------------
# English from an iPhone, a form-like list; first and second choice
# ("if that one's full, Werkstatt Stimme is fine too").

@mail("raghavan-english-iphone-two-choices", "2027-08-17 09:12:31",
      E("registration", "priya.raghavan@icloud.example", "Priya Raghavan",
        "Indian Students Association Aachen", ["netz", "stimme"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghavan <priya.raghavan@icloud.example>"),
           ("To", JF),
           ("Subject", "Jugendforum registration 🙌"),
           ("Date", m.date),
           ("Message-ID", "<7B3E1F2A-4C5D-4E6F-9A0B-1C2D3E4F5A6B@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there!

A friend shared your invitation in our WhatsApp group (my German is still pretty basic, sorry for writing in English 🙈). I'd love to register for the Jugendforum on 18 Sept.

Name: Priya Raghavan
Age: 19
Group: Indian Students Association Aachen
Workshop: Werkstatt Netz (social media/podcasts) – if that one's full, Werkstatt Stimme is fine too
Coming alone

Thanks so much!
Priya

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Newsletter of the city youth association (other): it advertises the
# Jugendforum, names the four Werkstätten and the registration address, and
# asks for "Anmeldung" to a different course.

NEWSLETTER_TEXT = """Jugendring Aachen – News August 2027

Hallo zusammen,

die Ferien sind fast vorbei – hier kommt, was im Herbst los ist:

1. Jugendforum Vielfalt am 18. September
Der Jugendmigrationsrat Aachen lädt alle zwischen 14 und 25 ins Depot Talstraße ein. In vier Werkstätten (Stimme, Bühne, Netz und Zukunft) geht es um Mitreden in der Stadt, Rap und Theater, Social Media und den Weg in Ausbildung und Studium. Anmeldung bis 11. September an jugendforum@aachen.example.

2. Juleica-Grundkurs im Oktober
Vom 15. bis 17. Oktober bilden wir in der Jugendherberge Aachen neue Jugendleiter*innen aus. Anmeldung bis 30. September unter https://jugendring-aachen.example/juleica

3. Fördertopf "Kleine Projekte"
Jugendgruppen können bis zu 500 Euro für eigene Aktionen beantragen: https://jugendring-aachen.example/foerderung

Du bekommst diesen Newsletter, weil du ihn auf unserer Website abonniert hast.
Abmelden: https://jugendring-aachen.example/newsletter/abmelden?u=5521
Jugendring Aachen e.V. · Geschäftsstelle · 52062 Aachen"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Jugendring-News August 2027</title></head>
<body style="margin:0;background:#eef3f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="background:#2e7d4f;color:#fff;"><h1 style="margin:0;font-size:22px;">Jugendring Aachen</h1><p style="margin:4px 0 0;">News August 2027</p></td></tr>
<tr><td>
<p>Hallo zusammen,</p>
<p>die Ferien sind fast vorbei – hier kommt, was im Herbst los ist:</p>
<h2 style="font-size:17px;color:#2e7d4f;">Jugendforum Vielfalt am 18. September</h2>
<p>Der Jugendmigrationsrat Aachen lädt alle zwischen 14 und 25 ins Depot Talstraße ein. In vier Werkstätten (Stimme, Bühne, Netz und Zukunft) geht es um Mitreden in der Stadt, Rap und Theater, Social Media und den Weg in Ausbildung und Studium. Anmeldung bis 11. September an <a href="mailto:jugendforum@aachen.example">jugendforum@aachen.example</a>.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Juleica-Grundkurs im Oktober</h2>
<p>Vom 15. bis 17. Oktober bilden wir in der Jugendherberge Aachen neue Jugendleiter*innen aus. <a href="https://jugendring-aachen.example/juleica">Anmeldung bis 30. September</a></p>
<h2 style="font-size:17px;color:#2e7d4f;">Fördertopf "Kleine Projekte"</h2>
<p>Jugendgruppen können bis zu 500 Euro für eigene Aktionen beantragen: <a href="https://jugendring-aachen.example/foerderung">mehr Infos</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Du bekommst diesen Newsletter, weil du ihn auf unserer Website abonniert hast.<br>
<a href="https://jugendring-aachen.example/newsletter/abmelden?u=5521">Abmelden</a> · Jugendring Aachen e.V. · Geschäftsstelle · 52062 Aachen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("jugendring-newsletter", "2027-08-17 10:00:04", E("other"), "de")
def _(m):
    m.head(("From", "Jugendring Aachen <newsletter@jugendring-aachen.example>"),
           ("To", JF),
           ("Subject", "Jugendring-News August 2027: Jugendforum Vielfalt, Juleica, Fördertopf"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.5521.7e2d91@jugendring-aachen.example>"),
           ("List-Id", "Jugendring-News <news.jugendring-aachen.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@jugendring-aachen.example?subject=5521>, <https://jugendring-aachen.example/newsletter/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Syrian (Levantine) Arabic in Arabic script, Gmail with right-to-left HTML,
# UTF-8 base64.  Arabic-Indic digits for age and dates; "رح إجي مع أختي
# الصغيرة، يعني نحنا اثنين" = I come with my little sister, so we are two.
# The self-introduction in Arabic script gives the name (Latin display name).

LIAN_TEXT = """مرحبا 👋

اسمي ليان الحلبي، عمري ١٧ سنة، وعايشة بآخن من ٢٠١٨.
بدي سجّل بمنتدى الشباب (Jugendforum Vielfalt) يوم ١٨ أيلول.
حابة شارك بورشة Werkstatt Stimme لأنو السياسة والمشاركة بالمدينة بتهمني كتير.
رح إجي مع أختي الصغيرة، يعني نحنا اثنين.

شكراً كتير 🌸
ليان"""


@mail("alhalabi-arabic-script-gmail-rtl", "2027-08-17 18:44:20",
      E("registration", "lian.alhalabi@gmail.example", "ليان الحلبي", None,
        ["stimme"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Lian Alhalabi <lian.alhalabi@gmail.example>"),
           ("To", JF),
           ("Subject", "تسجيل Jugendforum 🌸"),
           ("Date", m.date),
           ("Message-ID", "<CAJr8Wf3pL0nV7kQ2mT9bR4sY1dZ6hG5cE8aU3oN0iK7vB2qLh@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LIAN_TEXT, gmail_html(LIAN_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 007 ---------------------------------------------------------------------
# A pupils' council (SV) registers four members: "Wir sind zu viert".  The
# running text has the inflected "der SV der ...", the signature the base
# form.  Registration with a question; web mailer, UTF-8 QP.

@mail("becker-school-council-four", "2027-08-18 14:30:09",
      E("registration", "hanna.becker@web.example", "Hanna Becker",
        "SV Heinrich-Böll-Gesamtschule Aachen", ["stimme"], 4, "de"), "de")
def _(m):
    m.head(("From", "Hanna Becker <hanna.becker@web.example>"),
           ("To", JF),
           ("Subject", "Anmeldung SV Heinrich-Böll-Gesamtschule"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3b9e2d41-6c0a-4f87-b2d5-91e0c4a7f3b8-1787056209331@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

wir von der SV der Heinrich-Böll-Gesamtschule Aachen würden gern zum Jugendforum kommen! Wir sind zu viert: Jonas, Elif, Karim und ich (Hanna). Alle wollen in die Werkstatt Stimme, weil wir gerade eh an Forderungen für ein Jugendparlament arbeiten 💪

Alle sind schon 16 oder älter, also brauchen wir keine Einverständniserklärung, oder?

LG
Hanna Becker
Schülersprecherin | SV Heinrich-Böll-Gesamtschule Aachen
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Question only: two numbered questions, registration announced only if the
# answers fit ("wenn beides passt meld ich mich an").  UTF-8 8bit.

@mail("weber-question-cost-vegan", "2027-08-18 20:15:47",
      E("question", "noah.weber@gmx.example", "Noah Weber", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Noah Weber <noah.weber@gmx.example>"),
           ("To", JF),
           ("Subject", "frage zum jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8f1c07a2-55de-4b39-a0c1-2e7d9b6f4a10-1787076947215@3c-app-gmx-bs54>"),
           ("MIME-Version", "1.0"))
    m.single("""hey,

2 fragen bevor ich mich anmelde:
1. kostet das was?
2. gibts da auch veganes essen? 🌱

wenn beides passt meld ich mich an 👍

danke, noah
""", charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Dari in Persian script (Dari words: صنف، مکتب، اشتراک کنم), Persian digits;
# "با دو نفر از دوستانم میآیم، یعنی جمعاً سه نفر هستیم" = 3.  Gmail
# alternative, UTF-8 base64.  The signature in Persian script gives the name.

RAHIMI_TEXT = """سلام علیکم

من احمد رحیمی هستم، ۱۷ ساله. سه سال پیش از افغانستان به آلمان آمدم و حالا در آخن صنف ۱۰ مکتب هستم.
میخواهم در Jugendforum Vielfalt روز ۱۸ سپتامبر اشتراک کنم.
ورکشاپ مورد نظرم Werkstatt Zukunft است، چون بعد از مکتب میخواهم Ausbildung کنم.
با دو نفر از دوستانم میآیم، یعنی جمعاً سه نفر هستیم.

تشکر زیاد
احمد رحیمی"""


@mail("rahimi-dari-persian-script", "2027-08-19 19:02:36",
      E("registration", "ahmad.rahimi2010@gmail.example", "احمد رحیمی", None,
        ["zukunft"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Ahmad Rahimi <ahmad.rahimi2010@gmail.example>"),
           ("To", JF),
           ("Subject", "ثبت نام Jugendforum Vielfalt"),
           ("Date", m.date),
           ("Message-ID", "<CAHx5pQ2rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rAr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHIMI_TEXT, gmail_html(RAHIMI_TEXT, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# A girls' club registers 5 girls and the social worker (6).  Registration
# with a question about travel costs.  Thunderbird, iso-8859-15, 8bit,
# format=flowed.  "(15 bis 18 Jahre)" are ages.

@mail("wolff-girls-club-group-latin9", "2027-08-20 11:10:05",
      E("registration", "n.wolff@maedchentreff-lila.example", "Nadine Wolff",
        "Mädchentreff Lila Pause", ["netz"], 6, "de"), "de")
def _(m):
    m.head(("From", "Nadine Wolff <n.wolff@maedchentreff-lila.example>"),
           ("To", JF),
           ("Subject", "Anmeldung Mädchentreff Lila Pause – Werkstatt Netz"),
           ("Date", m.date),
           ("Message-ID", "<5d2a9c71-0e4b-4f3a-8b61-c7d0e2f9a4b3@maedchentreff-lila.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Aksoy, hallo Team,

hiermit melde ich eine Gruppe aus dem Mädchentreff Lila Pause für das Jugendforum Vielfalt an: 5 Mädchen (15 bis 18 Jahre) und ich als Begleitung, also 6 Personen.

Die Mädels haben sich einstimmig für die Werkstatt Netz entschieden - Hate Speech auf Insta und TikTok ist bei uns gerade ein Riesenthema.

Eine Frage noch: Können wir die Fahrtkosten gesammelt abrechnen oder muss jede ihr Ticket einzeln einreichen?

Viele Grüße
Nadine Wolff
Sozialpädagogin
Mädchentreff Lila Pause
Adalbertsteinweg 88, 52070 Aachen
""", charset="iso-8859-15", cte="8bit", params={"format": "flowed"})


# -- 011 ---------------------------------------------------------------------
# All lower case, slang ("fr"), emojis; the display name is a nickname in
# mathematical italic letters plus an emoji (RFC 2047, UTF-8 B).  The name is
# the one he signs with, lower case as written.

JAY_TEXT = """yo 👋

will mich anmelden fürs jugendforum am 18.
werkstatt stimme ✊🏾 weil aachen muss mal checken was wir jugendlichen wollen fr
komm alleine

jayden okoro, 19"""


@mail("okoro-lowercase-slang-nickname", "2027-08-20 23:58:41",
      E("registration", "jayden.okoro@gmail.example", "jayden okoro", None,
        ["stimme"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("𝐽𝑎𝑦 ✨", "jayden.okoro@gmail.example", "utf-8", "b")),
           ("To", JF),
           ("Subject", ew("anmeldung 🔥", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN4tQ8vX1b6Tq3nR0mZ5wLh7sJd2FgYk8uE4oNcA3rB9xW6eJo@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(JAY_TEXT, gmail_html(JAY_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# French, Yahoo alternative, UTF-8 QP.  "l'atelier théâtre / rap (Werkstatt
# Bühne)"; "avec ma cousine Divine, donc on sera 2"; "depuis 2 ans" is not
# a count.

GRACE_TEXT = """Bonjour !

Je m'appelle Grâce Mbuyi, j'ai 16 ans et je suis à Aachen depuis 2 ans avec ma famille. Je voudrais m'inscrire au Jugendforum Vielfalt le 18 septembre.
Je choisis l'atelier théâtre / rap (Werkstatt Bühne) 🎤
Je viens avec ma cousine Divine, donc on sera 2.
On fait partie de l'association Jeunesse Congolaise d'Aachen.

Pour l'autorisation des parents, ma mère va la signer, je l'envoie la semaine prochaine.

Merci beaucoup !
Grâce"""


@mail("mbuyi-french-yahoo-cousin", "2027-08-21 15:33:27",
      E("registration", "grace.mbuyi@yahoo.example", "Grâce Mbuyi",
        "Jeunesse Congolaise d'Aachen", ["buehne"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Grâce Mbuyi <grace.mbuyi@yahoo.example>"),
           ("To", JF),
           ("Subject", "Inscription Jugendforum 😊"),
           ("Date", m.date),
           ("Message-ID", "<1402518833.2210457.1787405607123@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(GRACE_TEXT, yahoo_html(GRACE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 013 ---------------------------------------------------------------------
# Turkish with all Turkish letters, iso-8859-9 QP (Thunderbird); the display
# name in iso-8859-9 Q.  She studies at RWTH (not the organisation) and comes
# for a student association; "Yalnız geleceğim" = alone.

@mail("arslan-turkish-latin5-student-association", "2027-08-24 13:22:50",
      E("registration", "zeynep.arslan@posteo.example", "Zeynep Arslan",
        "Türk Öğrenci Birliği Aachen", ["stimme"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Zeynep Arslan", "zeynep.arslan@posteo.example")),
           ("To", JF),
           ("Subject", ew("Jugendforum Vielfalt - kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<a3f7c2e1-9b84-4d60-8e2f-5c1b0a7d9e36@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

ben Zeynep Arslan, 21 yaşındayım ve RWTH'de makine mühendisliği okuyorum. 18 Eylül'deki Jugendforum Vielfalt'a Türk Öğrenci Birliği Aachen adına katılmak istiyorum.
"Werkstatt Stimme" atölyesine kaydolmak istiyorum, gençlerin şehir politikasına katılımı bizim için çok önemli bir konu.
Yalnız geleceğim.

Teşekkürler, görüşmek üzere!
Zeynep Arslan
Türk Öğrenci Birliği Aachen - Yönetim Kurulu
""", charset="iso-8859-9", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# English, a European Solidarity Corps volunteer registers four regulars of
# a youth café and himself: "so 5 people in total".  Outlook.com
# alternative, UTF-8 QP.  "two of them ... one wants ..." are not counts.

MATEO_TEXT = """Hello Jugendmigrationsrat team,

I'm Mateo, I'm doing my European Solidarity Corps year at the Jugendcafé Burtscheid. My colleague asked me to register a small group for the Jugendforum on 18 September: four of our regulars (16–19 years old) and me as the accompanying person, so 5 people in total.

They all want to go to the Werkstatt Zukunft – two of them are looking for an Ausbildung right now and one wants to get her Syrian school certificate recognised.

Could you send the confirmation to this address? Thank you!

Cheers,
Mateo Fernández
ESC volunteer
Jugendcafé Burtscheid"""


@mail("fernandez-esc-volunteer-group-english", "2027-08-25 10:40:18",
      E("registration", "mateo.fernandez.esc@outlook.example", "Mateo Fernández",
        "Jugendcafé Burtscheid", ["zukunft"], 5, "en"), "en")
def _(m):
    m.head(("From", "Mateo Fernández <mateo.fernandez.esc@outlook.example>"),
           ("To", JF),
           ("Subject", "Group registration – Jugendcafé Burtscheid"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2214A7C3E9D1F5B0@PAXP193MB2214.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(MATEO_TEXT, outlook_web_html(MATEO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Question only (English): is 26 too old?  No workgroup, no registration.

@mail("owusu-english-question-age-limit", "2027-08-25 22:10:33",
      E("question", "ama.owusu@gmail.example", "Ama Owusu", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Ama Owusu <ama.owusu@gmail.example>"),
           ("To", JF),
           ("Subject", "age limit?"),
           ("Date", m.date),
           ("Message-ID", "<CAE9mT2wQ4x7Yb1nP8kZ3vLh6sJd0FgRk5uE7oNcA2rB4xW9eAo@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hey,

quick question – the invite says 14 to 25, but I turned 26 two weeks ago 😅 Can I still come? I volunteer at a youth club in Aachen-Nord and would really love to be there.

Thanks,
Ama"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 016 ---------------------------------------------------------------------
# Arabic in Latin letters ("Arabizi", Levantine, digits 3 and 7 for ع and ح);
# language ar.  "ana w sa7bti Nour, ya3ni 2" = me and my friend, so 2.
# "3omri 18" is the age.  Gmail alternative, UTF-8 base64.

YARA_TEXT = """marhaba 😊

ana Yara Khalil, 3omri 18 sene. baddi sajjel 3al Jugendforum yom 18.9.
baddi ro7 3a Werkstatt Netz (social media w podcast) 🎧
ana w sa7bti Nour, ya3ni 2.

shukran ktir!!
Yara"""


@mail("khalil-arabizi-latin-arabic", "2027-08-26 17:45:02",
      E("registration", "yara.khalil.ac@gmail.example", "Yara Khalil", None,
        ["netz"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Yara K. <yara.khalil.ac@gmail.example>"),
           ("To", JF),
           ("Subject", "tasjeel jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<CAL2nR6xZ8c3Up5oS1mY7wKh9tJe4GhXl0vF6pOdB5sC1yX8fYa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YARA_TEXT, gmail_html(YARA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 017 ---------------------------------------------------------------------
# A residential youth group: 6 young men and 2 carers (the writer and a
# colleague) = 8.  First choice Zukunft, fallback Bühne.  Outlook
# alternative, windows-1252 QP; the gGmbH in the signature is the employer.

KRANZ_TEXT = """Sehr geehrte Damen und Herren, liebe Frau Aksoy,

für das Jugendforum Vielfalt am 18.09.2027 möchten wir eine Gruppe aus unserer Jugendwohngruppe anmelden:
6 junge Männer im Alter von 15 bis 17 Jahren (ursprünglich aus Afghanistan, Syrien und Guinea) sowie 2 Betreuer (meine Kollegin Frau Jansen und ich). Insgesamt sind wir also 8 Personen.

Wunsch: Werkstatt Zukunft (Ausbildung und Anerkennung sind für die Jungs gerade sehr aktuell). Falls dort kein Platz mehr ist, gerne Werkstatt Bühne.

Die Einverständniserklärungen für die Minderjährigen unterschreibt bei uns der Vormund bzw. die Einrichtungsleitung – wir bringen sie am Tag mit.

Mit freundlichen Grüßen

Tobias Kranz
Erzieher / Gruppenleitung
Jugendwohngruppe Haus Wurmtal
Jugendhilfe Wurmtal gGmbH | Kohlscheider Straße 40 | 52072 Aachen
Tel.: 0241 55 73 10"""


@mail("kranz-residential-group-outlook-1252", "2027-08-27 09:30:44",
      E("registration", "t.kranz@jugendhilfe-wurmtal.example", "Tobias Kranz",
        "Jugendwohngruppe Haus Wurmtal", ["zukunft", "buehne"], 8, "de"), "de")
def _(m):
    m.head(("From", '"Kranz, Tobias" <t.kranz@jugendhilfe-wurmtal.example>'),
           ("To", JF),
           ("Subject", "Anmeldung Gruppe Jugendwohngruppe Haus Wurmtal"),
           ("Thread-Topic", "Anmeldung Gruppe Jugendwohngruppe Haus Wurmtal"),
           ("Thread-Index", "AdvXa1b2c3d4e5f6a7b8c9d0e1f2a3b4cw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1845D2B7A0C9E6F4A1B3C5D7E9F1@FR3P281MB1845.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KRANZ_TEXT), outlook_html(KRANZ_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# German carrying the sentences with Turkish insertions ("Selam", "valla",
# "abi", "görüşürüz") -> de.  Rap -> Bühne; "mit 2 Kumpels ... also wir sind
# 3"; a question about the parents' consent (registration with a question).
# iPhone, UTF-8 QP.

@mail("oeztuerk-german-turkish-insertions-iphone", "2027-08-28 16:20:15",
      E("registration", "can.oeztuerk@icloud.example", "Can Öztürk", None,
        ["buehne"], 3, "de"), "de")
def _(m):
    m.head(("From", "Can Öztürk <can.oeztuerk@icloud.example>"),
           ("To", JF),
           ("Subject", "Anmeldung Rap Werkstatt"),
           ("Date", m.date),
           ("Message-ID", "<C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Selam 👋

Ich bin Can Öztürk, 15, und will mich fürs Jugendforum anmelden. Werkstatt Bühne natürlich, wegen Rap 🎤🔥 valla das ist genau mein Ding
Ich komm mit 2 Kumpels, Yusuf und Ilias, also wir sind 3.

Frage: Wir sind alle unter 16, reicht das wenn unsere Eltern den Zettel unterschreiben und wir den mitbringen? Mein Bruder meinte man muss das vorher schicken 😅

Danke abi, görüşürüz
Can

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Dictated on the phone: no punctuation at all.  "Werkstatt Netz oder wenn
# das voll ist in die Werkstatt Stimme"; "mit meiner Schwester Derya sie ist
# 19" = 2.  Samsung Email alternative, UTF-8 base64.

AYLIN_TEXT = """Hallo ich wollte mich anmelden für das Jugendforum am 18. September mein Name ist Aylin Kaya ich bin 21 ich würde gerne in die Werkstatt Netz oder wenn das voll ist in die Werkstatt Stimme ich komme mit meiner Schwester Derya sie ist 19 danke und liebe Grüße



Gesendet von meinem Galaxy"""


@mail("kaya-dictated-no-punctuation-samsung", "2027-08-30 07:55:29",
      E("registration", "aylin.kaya2006@gmx.example", "Aylin Kaya", None,
        ["netz", "stimme"], 2, "de"), "de")
def _(m):
    m.head(("From", "Aylin Kaya <aylin.kaya2006@gmx.example>"),
           ("To", JF),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<e1f0d2c3-b4a5-4968-8776-5a4b3c2d1e0f@email.android.example>"),
           ("X-Mailer", "Samsung Email"),
           ("MIME-Version", "1.0"))
    m.alternative(AYLIN_TEXT, samsung_html(AYLIN_TEXT), charset="utf-8",
                  cte="base64", style="samsung")


# -- 020 ---------------------------------------------------------------------
# Bounce from our own relay (Postfix, multipart/report): the confirmation to a
# mistyped address (korkmz for korkmaz) was rejected by the recipient's
# server.  The returned confirmation names a Werkstatt and a count.

@mail("postfix-bounce-confirmation-typo", "2027-08-30 18:22:07",
      E("bounce", bounced="yusuf.korkmz@web.example"), "en")
def _(m):
    rcpt = "yusuf.korkmz@web.example"
    m.head(("From", "MAILER-DAEMON@mail.aachen.example (Mail Delivery System)"),
           ("To", JF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270830162207.9B4E21C7F3@mail.aachen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.aachen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.web.example[203.0.113.44] said: 550 Requested
    action not taken: mailbox unavailable (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.aachen.example"),
         ("X-Postfix-Queue-ID", "9B4E21C7F3"),
         ("X-Postfix-Sender", f"rfc822; {JF}"),
         ("Arrival-Date", "Mon, 30 Aug 2027 18:22:04 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.0.0"),
         ("Remote-MTA", "dns; mx.web.example"),
         ("Diagnostic-Code", "smtp; 550 Requested action not taken: mailbox unavailable")])
    original = mailbot_message(
        CONFIRMATION_SUBJECT, confirmation("Yusuf", "zukunft", 1),
        f"Yusuf Korkmaz <{rcpt}>", "Mon, 30 Aug 2027 18:22:03 +0200",
        "<mailbot.20270830182203.8c1e@aachen.example>",
        "<CAM7pQ1vZ9c2Wr4nS8kY6xLh3tJe5GhVl1uF8oPdB7sC2yX4fKz@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 021 ---------------------------------------------------------------------
# Dari in Latin letters (colloquial "mekhaham", "meyayam", "tashakor") -> fa.
# "tanha meyayam" = I come alone; "19 sala" and "4 sal" are not counts.
# us-ascii 7bit.

@mail("noori-dari-latin-letters", "2027-08-31 20:14:56",
      E("registration", "farid.noori@gmail.example", "Farid Noori", None,
        ["stimme"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Farid Noori <farid.noori@gmail.example>"),
           ("To", JF),
           ("Subject", "registration jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<CAB6kS3yX0d5Vq7pT2nZ9xMi1uKf6HiYm2wG8qPeC9tD3zY0gFn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""salam

nam-e man Farid Noori ast, 19 sala hastom. az Herat astom, 4 sal mesha ke dar Aachen zendagi mekonom.
mekhaham dar Jugendforum Vielfalt ishtirak konom, Werkstatt Stimme.
tanha meyayam.

tashakor
Farid
""", charset="us-ascii", cte="7bit")


# -- 022 ---------------------------------------------------------------------
# HTML only (new Outlook), UTF-8 base64.  A migration advice service
# registers three young adults; "wir sind also zu viert" = 4.  "(12–27
# Jahre)" and the three ages are not counts.

VOGEL_TEXT = """Liebes Team des Jugendmigrationsrats,

gerne melde ich drei junge Erwachsene aus unserer Beratung zum Jugendforum Vielfalt an. Ich begleite die Gruppe, wir sind also zu viert.

Alle drei (20, 22 und 24 Jahre alt) interessieren sich für die Werkstatt Zukunft, vor allem für das Thema Anerkennung von Abschlüssen.

Herzliche Grüße

Katharina Vogel
Jugendmigrationsdienst Aachen
Beratung für junge Menschen mit Migrationsgeschichte (12–27 Jahre)"""


@mail("vogel-jmd-html-only-new-outlook", "2027-09-01 09:05:33",
      E("registration", "k.vogel@jmd-aachen.example", "Katharina Vogel",
        "Jugendmigrationsdienst Aachen", ["zukunft"], 4, "de"), "de")
def _(m):
    m.head(("From", "Katharina Vogel <k.vogel@jmd-aachen.example>"),
           ("To", JF),
           ("Subject", "Anmeldung JMD Aachen – Jugendforum Vielfalt"),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2044B8D6E2A4C0F1@GV1P195MB2044.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(newoutlook_html(VOGEL_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Change (Gmail reply quoting the confirmation, which names Bühne).  "von
# Bühne zu Netz", and "Theater nicht so meins" names the group she leaves.

SOPHIE_TEXT = """Hey,

sorry 🙈 kann ich doch von Bühne zu Netz wechseln? Hab gemerkt dass Theater nicht so meins ist lol. Also Werkstatt Netz bitte.

Danke!! Sophie"""

SOPHIE_ATTR = f"Am Mi., 25. Aug. 2027 um 14:02 Uhr schrieb Jugendforum Vielfalt <{JF}>:"


@mail("lange-change-buehne-to-netz-gmail", "2027-09-01 17:48:12",
      E("change", "sophie.lange@gmail.example", "Sophie Lange", None,
        ["netz"], None, "de"), "de")
def _(m):
    conf = confirmation("Sophie", "buehne", 1)
    m.head(("From", "Sophie Lange <sophie.lange@gmail.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP1oT5wY3e8Xs6qU0lA4zNj2vLg7IjZn3xH9rQfD0uE4aZ1hSl@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270825140211.5b2c@aachen.example>"),
           ("References", "<mailbot.20270825140211.5b2c@aachen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SOPHIE_TEXT, SOPHIE_ATTR, conf),
                  gmail_html(SOPHIE_TEXT, attribution=SOPHIE_ATTR, quoted=conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Nearly everything is in the subject ("Anmeldung Werkstatt Bühne 🎭"); the
# body says "ich + 1" (= 2) and the name.  iPhone, UTF-8 QP.

@mail("schneider-subject-werkstatt-ich-plus-eins", "2027-09-02 07:31:20",
      E("registration", "mia.schneider10@icloud.example", "Mia Schneider", None,
        ["buehne"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mia <mia.schneider10@icloud.example>"),
           ("To", JF),
           ("Subject", ew("Anmeldung Werkstatt Bühne 🎭", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""ich + 1 😁

LG Mia Schneider

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Question only (Turkish): her mother asks whether it is free and when it
# ends; she will register only if her mother allows it.  UTF-8 QP.

@mail("celik-turkish-question-mother-asks", "2027-09-02 19:40:08",
      E("question", "elif.celik.2012@outlook.example", "Elif Çelik", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Elif Çelik <elif.celik.2012@outlook.example>"),
           ("To", JF),
           ("Subject", "soru"),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0733F2A6C8E0B4D7@VI1P190MB0733.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    text = """Merhaba 🙂

ben Elif, 15 yaşındayım. annem soruyor: forum ücretsiz mi? bir de akşam kaçta bitiyor, çünkü eve dönüşü ayarlamamız lazım. annem izin verirse kaydolacağım.

teşekkürler
Elif Çelik"""
    m.alternative(text, outlook_web_html(text), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Arabic (standard), windows-1256 base64, from a youth association's
# volunteer: "سنحضر خمسة أشخاص: أنا وأربعة شباب" = 5 in words; "بين 16 و20
# سنة" are ages.  "ورشة الإعلام والسوشيال ميديا (Werkstatt Netz)".  The
# name and association only in Latin letters in the signature.

@mail("haddad-arabic-cp1256-association-five", "2027-09-03 12:16:45",
      E("registration", "omar.haddad@sdjv-aachen.example", "Omar Haddad",
        "Syrisch-Deutscher Jugendverein Aachen e.V.", ["netz"], 5, "ar"), "ar")
def _(m):
    m.head(("From", "Omar Haddad <omar.haddad@sdjv-aachen.example>"),
           ("To", JF),
           ("Subject", ew("تسجيل مجموعة – Jugendforum Vielfalt", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01dc1c7e$5a1b2c30$0e4f5a6b$@sdjv-aachen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أنا متطوع في قسم الشباب في جمعيتنا، وأود تسجيل مجموعة من شباب الجمعية في منتدى الشباب Jugendforum Vielfalt يوم السبت 18 أيلول.
سنحضر خمسة أشخاص: أنا وأربعة شباب أعمارهم بين 16 و20 سنة.
نرغب بالمشاركة في ورشة الإعلام والسوشيال ميديا (Werkstatt Netz).

مع الشكر والتقدير،
Omar Haddad
Syrisch-Deutscher Jugendverein Aachen e.V.
""", charset="windows-1256", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Sent from her mother's phone (From is the mother); she asks for the
# confirmation to go to her own address, which is the label.  Samsung Email
# alternative, UTF-8 QP.

DENIZ_TEXT = """Hi, hier ist Deniz (die Tochter 😅), ich schreib vom Handy meiner Mama weil mein Handy kaputt ist.

Ich möchte mich fürs Jugendforum Vielfalt anmelden, Werkstatt Zukunft, weil ich nächstes Jahr eine Ausbildung suche.
Ich komme allein.

Bitte schickt die Bestätigung an meine Mail: deniz.yildiz09@gmail.example

Danke!!
Deniz Yıldız



Von meinem Samsung Galaxy gesendet"""


@mail("yildiz-from-mothers-phone-confirm-to-own", "2027-09-04 10:27:39",
      E("registration", "deniz.yildiz09@gmail.example", "Deniz Yıldız", None,
        ["zukunft"], 1, "de"), "de")
def _(m):
    m.head(("From", "Fatma Yıldız <fatma.yildiz@t-online.example>"),
           ("To", JF),
           ("Subject", "Anmeldung Jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<4a5b6c7d-8e9f-40a1-b2c3-d4e5f6a7b8c9@email.android.example>"),
           ("X-Mailer", "Samsung Email"),
           ("MIME-Version", "1.0"))
    m.alternative(DENIZ_TEXT, samsung_html(DENIZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="samsung")


# -- 028 ---------------------------------------------------------------------
# French, Roundcube, iso-8859-1 8bit, display name iso-8859-1 Q.  "nous
# serons donc deux"; first choice Stimme, "et sinon" Zukunft.  The
# university is not an organisation.  Registration with a question.

@mail("haddou-french-latin1-two-choices", "2027-09-05 14:52:11",
      E("registration", "ines.haddou@skynet.example", "Inès Haddou", None,
        ["stimme", "zukunft"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Inès Haddou", "ines.haddou@skynet.example", "iso-8859-1", "q")),
           ("To", JF),
           ("Subject", "Inscription au Jugendforum Vielfalt"),
           ("Date", m.date),
           ("Message-ID", "<20270905145211.3c7e9a2f@webmail.skynet.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

je suis Inès Haddou, 20 ans, étudiante à la FH Aachen. Je voudrais m'inscrire au Jugendforum Vielfalt du 18 septembre avec mon copain Yanis, nous serons donc deux.
Notre premier choix serait la Werkstatt Stimme, et sinon la Werkstatt Zukunft.

Est-ce que la journée se passe entièrement en allemand ? Mon allemand est correct mais pas parfait.

Merci d'avance et bonne journée,
Inès Haddou
""", charset="iso-8859-1", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Gmail forward of the invitation (which a teacher had forwarded to her
# class), with his registration on top.  Change of mind inside the mail:
# "Werkstatt Netz... ne warte, eigentlich lieber Zukunft ... Netz dann als
# Zweitwunsch".  All four Werkstätten appear in the forwarded text.

DARIO_TEXT = """Hi,

hab die Einladung von meiner Lehrerin bekommen (s. unten). Ich will mich anmelden 🙂 Dario Nikolić, 18.
Werkstatt Netz... ne warte, eigentlich lieber Zukunft, bin nächstes Jahr mit der Schule fertig und hab keinen Plan 😂 Netz dann als Zweitwunsch.
Komme alleine.

Grüße
Dario"""

DARIO_FWD = f"""---------- Weitergeleitete Nachricht ---------
Von: Thelen, Andrea <a.thelen@gesamtschule-brand.example>
Date: Di., 17. Aug. 2027 um 08:15 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: Q2-Verteiler <q2@gesamtschule-brand.example>


Liebe Q2,

vielleicht ist das was für euch – meldet euch selbst an, wenn ihr Lust habt!

Viele Grüße
A. Thelen

Von: Jugendmigrationsrat Aachen <{JF}>
Gesendet: Montag, 16. August 2027 10:02
An: Jugendmigrationsrat Aachen <{JF}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("nikolic-forward-change-of-mind", "2027-09-06 08:09:57",
      E("registration", "dario.nikolic@gmx.example", "Dario Nikolić", None,
        ["zukunft", "netz"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dario Nikolić <dario.nikolic@gmx.example>"),
           ("To", JF),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ3rU7xA5f0Yt8sW2mB6aOk4wMh9KkAo5yI1sRgE2vF6bA3iDn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{DARIO_TEXT}\n\n{DARIO_FWD}"
    fwd_html = "<br>".join(esc(line) for line in DARIO_FWD.split("\n"))
    html_text = (gmail_html(DARIO_TEXT).rstrip("\n")
                 + f'<br><div class="gmail_quote">{fwd_html}</div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change in Turkish, phrased as a question ("Beni de Zukunft'a alabilir
# misiniz?"); Thunderbird reply with Turkish attribution line, iso-8859-9
# 8bit, display name iso-8859-9 B.  He signs with his first name only.

@mail("sahin-turkish-change-stimme-to-zukunft", "2027-09-06 21:33:04",
      E("change", "berk.sahin@yandex.example", "Berk Şahin", None,
        ["zukunft"], None, "tr"), "tr")
def _(m):
    conf = confirmation("Berk", "stimme", 1)
    m.head(("From", addr("Berk Şahin", "berk.sahin@yandex.example", "iso-8859-9", "b")),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e3b1a90-2c4d-4e5f-8a6b-9c0d1e2f3a4b@yandex.example>"),
           ("In-Reply-To", "<mailbot.20270828114002.2d9f@aachen.example>"),
           ("References", "<mailbot.20270828114002.2d9f@aachen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Werkstatt Stimme'ye kaydolmuştum ama arkadaşlarımın hepsi Werkstatt Zukunft'a gidiyor. Beni de Zukunft'a alabilir misiniz? Yani atölye değiştirmek istiyorum.

Teşekkürler,
Berk

28.08.2027 11:40 tarihinde Jugendforum Vielfalt yazdı:
{gt_quote(conf)}
""", charset="iso-8859-9", cte="8bit", params={"format": "flowed"})


# -- 031 ---------------------------------------------------------------------
# Turkish association youth wing registers six ("benimle birlikte 6
# kişiyiz" = 6 with me); "tiyatro ve rap atölyesi (Werkstatt Bühne)";
# "18 yaşından küçük iki kişi" is not a count.  The signature writes the
# organisation with a dash.  UTF-8 QP.

@mail("dogan-turkish-youth-wing-six", "2027-09-07 11:45:26",
      E("registration", "hasan.dogan@atkd-aachen.example", "Hasan Doğan",
        "Aachen Türk Kültür Derneği – Gençlik Kolu", ["buehne"], 6, "tr"), "tr")
def _(m):
    m.head(("From", "Hasan Doğan <hasan.dogan@atkd-aachen.example>"),
           ("To", JF),
           ("Subject", "Jugendforum Vielfalt – gençlik kolu kaydı"),
           ("Date", m.date),
           ("Message-ID", "<1789119926.447102.3318@webmail.atkd-aachen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Selamün aleyküm, merhaba,

Aachen Türk Kültür Derneği Gençlik Kolu olarak 18 Eylül'deki Jugendforum Vielfalt'a katılmak istiyoruz. Ben gençlik kolu başkanıyım (24 yaşındayım), benimle birlikte 6 kişiyiz.
Gençlerimiz en çok tiyatro ve rap atölyesiyle (Werkstatt Bühne) ilgileniyor, hepimizi oraya yazarsanız seviniriz.
Aramızda 18 yaşından küçük iki kişi var, izin formlarını yanımızda getireceğiz.

Saygılarımla,
Hasan Doğan
Aachen Türk Kültür Derneği – Gençlik Kolu
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Question only (Levantine Arabic): is there Arabic translation in the
# workshops?  "إذا في، أكيد بدي إجي" = if so I will surely come.  Hotmail
# alternative, UTF-8 base64.  The Arabic signature is the first name only.

RAMA_TEXT = """مرحبا،

عندي سؤال قبل ما سجّل: أنا بحكي ألماني شوي بس (B1)، هل في ترجمة للعربي بالورشات؟ أو في حدا بيساعد إذا ما فهمت شي؟
إذا في، أكيد بدي إجي 🙏

شكراً
راما"""


@mail("sulaiman-arabic-question-translation", "2027-09-07 22:03:18",
      E("question", "rama.sulaiman@hotmail.example", "Rama Sulaiman", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rama Sulaiman <rama.sulaiman@hotmail.example>"),
           ("To", JF),
           ("Subject", "سؤال عن اللغة"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB1650C3E7A9B1D5F2@DU2P194MB1650.EURP194.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body dir="rtl">' + "".join(
                     f'<div style="font-family: Calibri, Arial, Helvetica, sans-serif; '
                     f'font-size: 12pt;">{esc(line) if line else "<br>"}</div>'
                     for line in RAMA_TEXT.split("\n")) + "</body></html>\n")
    m.alternative(RAMA_TEXT, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Registration without a Werkstatt ("entscheiden wir spontan vor Ort");
# "mit zwei Freunden" = 3.  "klingen alle gut" is not a choice.  UTF-8 QP.

@mail("hermanns-no-werkstatt-yet", "2027-09-08 16:38:50",
      E("registration", "jannik.hermanns@web.example", "Jannik Hermanns", None,
        [], 3, "de"), "de")
def _(m):
    m.head(("From", "Jannik Hermanns <jannik.hermanns@web.example>"),
           ("To", JF),
           ("Subject", "Anmeldung Jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0c4e8a12-7f3b-4d69-95e1-b2a6c8d0f4e7-1789222730118@3c-app-webde-bs33>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

ich (Jannik Hermanns, 17) komm mit zwei Freunden zum Jugendforum, Mehmet und Tarik. Welche Werkstatt wissen wir noch nicht, klingen alle gut 😄 entscheiden wir spontan vor Ort, geht das?

LG Jannik
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change of the number only ("Also sind wir 3 statt 2. Werkstatt bleibt
# gleich"): workgroups [] and party_size 3.  iPhone reply, the confirmation
# (Netz, 2) quoted below the signature.

@mail("nazari-change-party-size-iphone", "2027-09-08 19:12:35",
      E("change", "sara.nazari@icloud.example", "Sara Nazari", None,
        [], 3, "de"), "de")
def _(m):
    conf = confirmation("Sara", "netz", 2)
    m.head(("From", "Sara Nazari <sara.nazari@icloud.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2B3C4D5E-6F70-4819-A2B3-C4D5E6F7A8B9@icloud.example>"),
           ("In-Reply-To", "<mailbot.20270820180311.7a4d@aachen.example>"),
           ("References", "<mailbot.20270820180311.7a4d@aachen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo nochmal 😊

meine Cousine Mahsa kommt jetzt doch mit! Also sind wir 3 statt 2. Werkstatt bleibt gleich.

Liebe Grüße
Sara

Von meinem iPhone gesendet

> Am 20.08.2027 um 18:03 schrieb Jugendforum Vielfalt <{JF}>:
> 
{gt_quote(conf)}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Form-like registration with the parents' consent form attached (PDF,
# multipart/mixed).  "Werkstatt: Bühne" uses the alias; "Alter: 15" is an age.

@mail("mansour-form-with-consent-pdf", "2027-09-09 15:27:03",
      E("registration", "elias.mansour@gmx.example", "Elias Mansour", None,
        ["buehne"], 1, "de"), "de")
def _(m):
    m.head(("From", "Elias Mansour <elias.mansour@gmx.example>"),
           ("To", JF),
           ("Subject", "Anmeldung + Einverständniserklärung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-6d2f0b84-1a9c-4e37-b5d8-03f7e1c9a2b6-1789308423907@3c-app-gmx-bap12>"),
           ("MIME-Version", "1.0"))
    body = m.text("""Hallo,

hiermit melde ich mich für das Jugendforum Vielfalt an.
Name: Elias Mansour
Alter: 15
Werkstatt: Bühne
Personen: 1

Die Einverständniserklärung von meinen Eltern ist im Anhang (eingescannt).

Viele Grüße
Elias
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Einverstaendniserklaerung",
                             "Jugendforum Vielfalt 2027, 18.09.2027, Depot Talstrasse",
                             "Teilnehmer: Elias Mansour, geb. 03.02.2012",
                             "Wir sind mit der Teilnahme einverstanden.",
                             "Aachen, 08.09.2027   Unterschrift: R. Mansour"]),
                   "application", "pdf", "Einverstaendniserklaerung_Elias_Mansour.pdf")
    m.multi("mixed", [body, pdf])


# -- 036 ---------------------------------------------------------------------
# Change in Dari (Persian script), Gmail with a Persian attribution line and
# Persian digits, the confirmation (Bühne) quoted.  "از Werkstatt Bühne ...
# به Werkstatt Stimme".  The Persian signature gives the name.

SAHAR_TEXT = """سلام

من در Werkstatt Bühne ثبت نام کرده بودم، ولی حالا میخواهم به Werkstatt Stimme بروم. اگر امکان دارد مرا تبدیل کنید.

تشکر
سحر احمدی"""

SAHAR_ATTR = f"در تاریخ پنجشنبه ۲ سپتامبر ۲۰۲۷ ساعت ۱۶:۱۰ Jugendforum Vielfalt <{JF}> نوشت:"


@mail("ahmadi-dari-change-buehne-to-stimme", "2027-09-10 13:05:41",
      E("change", "sahar.ahmadi@gmail.example", "سحر احمدی", None,
        ["stimme"], None, "fa"), "fa")
def _(m):
    conf = confirmation("Sahar", "buehne", 1)
    m.head(("From", "Sahar Ahmadi <sahar.ahmadi@gmail.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAR4sV8yB6g1Zu9tX3nC7bPl5xNi0LlBp6zJ2tShF3wG7cB4jEs@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902161004.1e8b@aachen.example>"),
           ("References", "<mailbot.20270902161004.1e8b@aachen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SAHAR_TEXT, SAHAR_ATTR, conf),
                  gmail_html(SAHAR_TEXT, rtl=True, attribution=SAHAR_ATTR, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 037 ---------------------------------------------------------------------
# Out-of-office to the 7-day reminder, marked with Auto-Submitted and
# X-Auto-Response-Suppress (Exchange); the text names another address.

@mail("acar-out-of-office-auto-submitted", "2027-09-11 10:02:19",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Selin Acar <s.acar@jugendtreff-haaren.example>"),
           ("To", TO_JF),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a7c1e3b5d9f24e60@EXCH02.jugendtreff-haaren.example>"),
           ("In-Reply-To", "<mailbot.20270911100012.4f6a@aachen.example>"),
           ("References", "<mailbot.20270911100012.4f6a@aachen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.acar@jugendtreff-haaren.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.09.2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. In dringenden Fällen wenden Sie sich bitte an das Team vom Jugendtreff Haaren: jugendtreff@jugendtreff-haaren.example oder 0241 / 16 03 22.

Viele Grüße
Selin Acar
Jugendtreff Haaren
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Bilingual (German/English) away message without any auto-reply header and
# with an ordinary "Re:" subject: recognisable only from the text.

@mail("petrovic-away-text-only-bilingual", "2027-09-11 10:03:55",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Lina Petrović <lina.petrovic@uni-mail.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270911080355.Horde.Lp4xQz7W2kT9nS3vB1mC@webmail.uni-mail.example>"),
           ("In-Reply-To", "<mailbot.20270911100015.9d2e@aachen.example>"),
           ("References", "<mailbot.20270911100015.9d2e@aachen.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo! Ich bin bis zum 16.09. bei einem Vorbereitungskurs in Madrid und lese meine Mails nur selten. Ich melde mich danach!

Hi! I'm at a prep course in Madrid until 16 September and will rarely check my emails. I'll get back to you afterwards!

Lina
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Exchange Online non-delivery report in German for the reminder (mailbox
# full), multipart/report with an HTML-alternative notice, CRLF line ends.
# The Final-Recipient is in mixed case; the label is lower case.

NDR_RCPT = "Lea.Hoffmann@kjb-aachen.example"
NDR_TEXT = f"""Ihre Nachricht an {NDR_RCPT} konnte nicht zugestellt werden.

Das Postfach von Lea.Hoffmann ist voll.

Aktion erforderlich: Empfänger
Der Empfänger muss Elemente aus dem Postfach löschen oder archivieren. Versuchen Sie anschließend, die Nachricht erneut zu senden.

Weitere Informationen für Administratoren
Remote-Server hat '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben

Ursprüngliche Nachrichtenkopfzeilen:
Betreff: {REMINDER_SUBJECT}
Gesendet: 11.09.2027 08:00 (UTC)"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:16px">Ihre Nachricht an <a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> konnte nicht zugestellt werden.</p>
<p style="font-size:17px;font-weight:bold">Das Postfach von Lea.Hoffmann ist voll.</p>
<p><b>Aktion erforderlich:</b> Empfänger<br>
Der Empfänger muss Elemente aus dem Postfach löschen oder archivieren. Versuchen Sie anschließend, die Nachricht erneut zu senden.</p>
<p style="font-size:14px;font-weight:bold">Weitere Informationen für Administratoren</p>
<p style="font-size:13px">Remote-Server hat '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben</p>
<p style="font-size:13px">Ursprüngliche Nachrichtenkopfzeilen:<br>
Betreff: {esc(REMINDER_SUBJECT)}<br>
Gesendet: 11.09.2027 08:00 (UTC)</p>
</div>
</body>
</html>
"""


@mail("exchange-online-ndr-mailbox-full", "2027-09-11 08:04:47",
      E("bounce", bounced=NDR_RCPT.lower()), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@kjbaachen.onmicrosoft.example>"),
           ("To", JF),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2f9c0d1e-3a4b-4c5d-8e6f-7a8b9c0d1e2f@AM7PR02MB6098.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270911100009.6c3b@aachen.example>"),
           ("References", "<mailbot.20270911100009.6c3b@aachen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False,
                           style="outlook")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM7PR02MB6098.eurprd02.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.aachen.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 08:00:12 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;552 5.2.2 mailbox full;\n"
                             " STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    original = mailbot_message(
        REMINDER_SUBJECT, reminder("Lea", "stimme", 3),
        f"Lea Hoffmann <{NDR_RCPT}>", "Sat, 11 Sep 2027 10:00:09 +0200",
        "<mailbot.20270911100009.6c3b@aachen.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Late registration (deadline was 11 September), asked as "Could you still
# add me?" with Werkstatt and count: a registration.  English, Gmail.

KWABENA_TEXT = """Hi,

I know the deadline was on Saturday, sorry 🙏 I only just heard about the forum from a friend. Could you still add me? Werkstatt Netz, just me.

My name is Kwabena Asante, I'm 22 and I volunteer with Ghana Youth Aachen.

Thank you!
Kwabena"""


@mail("asante-late-registration-english", "2027-09-13 18:26:30",
      E("registration", "kwabena.asante@gmail.example", "Kwabena Asante",
        "Ghana Youth Aachen", ["netz"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Asante <kwabena.asante@gmail.example>"),
           ("To", JF),
           ("Subject", "Late registration – Jugendforum"),
           ("Date", m.date),
           ("Message-ID", "<CAS5tW9zC7h2Av0uY4oD8cQm6yOj1MmCq7aK3uTiG4xH8dC5kFt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KWABENA_TEXT, gmail_html(KWABENA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Change in English from Outlook for iOS (English header block under a
# "____" line), with a fallback to the current group: "move me to Werkstatt
# Bühne ... If Bühne is already full, just leave me in Netz".

HAMZA_TEXT = """Hi,

could you move me to Werkstatt Bühne? A friend convinced me to do the spoken word thing 😄 If Bühne is already full, just leave me in Netz.

Thanks,
Hamza"""


@mail("qureshi-change-with-fallback-outlook-ios", "2027-09-14 12:11:08",
      E("change", "hamza.qureshi@outlook.example", "Hamza Qureshi", None,
        ["buehne", "netz"], None, "en"), "en")
def _(m):
    conf = confirmation("Hamza", "netz", 1)
    head = (f"From: Jugendforum Vielfalt <{JF}>\n"
            "Sent: Monday, August 30, 2027 7:12:44 PM\n"
            "To: Hamza Qureshi <hamza.qureshi@outlook.example>\n"
            f"Subject: {CONFIRMATION_SUBJECT}")
    plain = (f"{HAMZA_TEXT}\n\nGet Outlook for iOS\n"
             f"________________________________\n{head}\n\n{conf}")
    new_html = "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                       for line in HAMZA_TEXT.split("\n"))
    head_html = "<br>\n".join(
        f"<b>{esc(line.split(':', 1)[0])}:</b>{esc(line.split(':', 1)[1])}"
        for line in head.split("\n"))
    quote_html = "<br>\n".join(esc(line) for line in conf.split("\n"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 f'</head><body><div dir="ltr">{new_html}</div>'
                 '<div dir="ltr"><br></div><div id="ms-outlook-mobile-signature">'
                 '<div dir="ltr">Get <a href="https://aka.example/o0ukef">Outlook for iOS</a></div></div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1">'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
                 f'style="font-size:11pt" color="#000000">{head_html}</font><div>&nbsp;</div></div>'
                 f'<div>{quote_html}</div></body></html>\n')
    m.head(("From", "Hamza Qureshi <hamza.qureshi@outlook.example>"),
           ("To", TO_JF),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0692E4B8D2F6A0C3@AM0P190MB0692.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270830191244.3b7c@aachen.example>"),
           ("References", "<mailbot.20270830191244.3b7c@aachen.example>"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# A youth worker cancels her group (Outlook, windows-1252 QP, the
# confirmation for Zukunft/6 quoted under a Von/Gesendet block).  "Unser
# Kleinbus ist in der Werkstatt" is a garage, not a workshop choice.

LENNARTZ_TEXT = """Hallo liebes Jugendforum-Team,

leider müssen wir unsere Gruppenanmeldung (6 Personen) für Samstag absagen. Unser Kleinbus ist in der Werkstatt und wir bekommen so kurzfristig keinen Ersatz – mit den Öffentlichen ist es mit der Gruppe vom Driescher Hof aus leider nicht machbar. Die Jugendlichen sind ziemlich enttäuscht, nächstes Jahr sind wir hoffentlich dabei!

Viele Grüße
Petra Lennartz
OT Driescher Hof"""


@mail("lennartz-group-cancel-outlook", "2027-09-15 09:20:37",
      E("cancellation", "p.lennartz@ot-driescher-hof.example", "Petra Lennartz",
        "OT Driescher Hof", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Lennartz, Petra" <p.lennartz@ot-driescher-hof.example>'),
           ("To", TO_JF),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcHb7Lq2mN4oP6rS8tU0vW2xY4z6A8B0C2"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2377F5C9A3E7B1D4@BE1P281MB2377.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270824110307.0f5e@aachen.example>"),
           ("References", "<mailbot.20270824110307.0f5e@aachen.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Jugendforum Vielfalt <{JF}>",
             "Dienstag, 24. August 2027 11:03",
             "Lennartz, Petra <p.lennartz@ot-driescher-hof.example>",
             CONFIRMATION_SUBJECT, confirmation("Petra", "zukunft", 6))
    m.alternative(outlook_plain(LENNARTZ_TEXT, quote), outlook_html(LENNARTZ_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Cancellation in French, Roundcube reply (iso-8859-1, 8bit) with the French
# attribution line and the confirmation quoted.

@mail("ndiaye-french-cancel-roundcube", "2027-09-16 17:55:02",
      E("cancellation", "fatou.ndiaye@orange.example", "Fatou Ndiaye", None,
        [], None, "fr"), "fr")
def _(m):
    conf = confirmation("Fatou", "buehne", 1)
    m.head(("From", "Fatou Ndiaye <fatou.ndiaye@orange.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2d4f6a8c0e1a3b5c7d9e1f3a5b7c9d1@webmail.orange.example>"),
           ("In-Reply-To", "<mailbot.20270827140502.9e1d@aachen.example>"),
           ("References", "<mailbot.20270827140502.9e1d@aachen.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

désolée, je ne pourrai finalement pas venir samedi, j'ai un match de basket que je ne peux pas rater (finale du championnat !). Vous pouvez annuler mon inscription.

Bonne continuation et bon forum !
Fatou Ndiaye

Le 27/08/2027 14:05, Jugendforum Vielfalt a écrit :
{gt_quote(conf)}
""", charset="iso-8859-1", cte="8bit", params={"format": "flowed"})


# -- 044 ---------------------------------------------------------------------
# Cancellation in Levantine Arabic (him and his brother), Gmail with the
# Arabic attribution line and RTL HTML, UTF-8 base64.  The Arabic signature
# gives the name.

KARAM_TEXT = """مرحبا،

للأسف ما رح أقدر إجي يوم السبت، عندي شغل بالمطعم وما قدرت بدّل الدوام. بعتذر كتير، الرجاء إلغاء تسجيلي أنا وأخي.

شكراً وبالتوفيق
كرم ناصر"""

KARAM_ATTR = f"في الخميس، ٢٦ أغسطس ٢٠٢٧ في ١٠:٢٠ ص، كتب Jugendforum Vielfalt <{JF}>:"


@mail("nasser-arabic-cancel-gmail", "2027-09-17 08:40:16",
      E("cancellation", "karam.nasser@gmail.example", "كرم ناصر", None,
        [], None, "ar"), "ar")
def _(m):
    conf = confirmation("Karam", "stimme", 2)
    m.head(("From", "Karam Nasser <karam.nasser@gmail.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAT6uX0aD8i3Bw1vZ5pE9dRn7zPk2NnDr8bL4vUjH5yI9eD6lGu@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270826102003.4a8f@aachen.example>"),
           ("References", "<mailbot.20270826102003.4a8f@aachen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KARAM_TEXT, KARAM_ATTR, conf),
                  gmail_html(KARAM_TEXT, rtl=True, attribution=KARAM_ATTR, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Cancellation in English the day before, all lower case with emoji, iPhone
# reply quoting the confirmation.

@mail("adebayo-english-cancel-day-before-iphone", "2027-09-17 21:14:49",
      E("cancellation", "kemi.adebayo@yahoo.example", "Kemi Adebayo", None,
        [], None, "en"), "en")
def _(m):
    conf = confirmation("Kemi", "stimme", 1)
    m.head(("From", "Kemi Adebayo <kemi.adebayo@yahoo.example>"),
           ("To", TO_JF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5C6D7E8F-9A0B-4C1D-B2E3-F4A5B6C7D8E9@yahoo.example>"),
           ("In-Reply-To", "<mailbot.20270903094705.2c6e@aachen.example>"),
           ("References", "<mailbot.20270903094705.2c6e@aachen.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""hey, sorry guys but i can't make it tomorrow 😩 got a resit exam on monday and really need to study. pls cancel my spot so someone else can have it!

xx Kemi

Sent from my iPhone

> On 3 Sep 2027, at 09:47, Jugendforum Vielfalt <{JF}> wrote:
> 
{gt_quote(conf)}
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


def check_labels(e, msg, text):
    """Problems with one expected record, judged against its decoded mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
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
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient must be set and lower-case")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    low = text.casefold()
    if kind in PERSON_KINDS:
        em, nm, org, lang = e["email"], e["name"], e["organisation"], e["language"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = [a.lower() for _, a in getaddresses(
                [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
            if em not in heads and em not in low:
                problems.append(f"email {em} neither in From/Reply-To nor in the text")
        if not nm or nm.casefold() not in low:
            problems.append(f"name {nm!r} not written in the mail")
        if org is not None and org.casefold() not in low:
            problems.append(f"organisation {org!r} not written in the mail")
        if lang not in LANGS:
            problems.append(f"language {lang!r} not one of {LANGS}")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "language")):
            problems.append("email/name/organisation/language must be null for machine mail")
    if kind in ("change", "cancellation"):
        irt = str(msg.get("In-Reply-To", ""))
        if not irt.startswith("<mailbot.") or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the confirmation")
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang!r} unknown")
    problems += check_labels(expected, msg, text)
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kind x language of the text:")
    print(f"  {'kind':13}" + "".join(f"{l:>4}" for l in LANGS) + "   all")
    for k in KINDS:
        row = [table[(k, l)] for l in LANGS]
        print(f"  {k:13}" + "".join(f"{n or '-':>4}" for n in row) + f"{sum(row):>6}")
    tot = [sum(table[(k, l)] for k in KINDS) for l in LANGS]
    print(f"  {'all':13}" + "".join(f"{n:>4}" for n in tot) + f"{sum(tot):>6}")
    encs = collections.Counter()
    types = collections.Counter()
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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

    # re-read what is on disk (or what would be written, with --check)
    for (name, m, e, t), data in zip(built, datas):
        path = mails_dir / name
        if not args.check:
            data = path.read_bytes()
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already wrote {seen[s]}")
            bad += 1
        seen[s] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
