#!/usr/bin/env python3
"""Build the set "final25a" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

MSO-Tag 2027 (config.toml is a byte-identical copy of ../../shared/corpus/dev/config.toml).
The writers come from Münster's Horn-of-Africa and East African communities:
Eritrean, Ethiopian, Somali, Sudanese and Kenyan associations, church and mosque
communities, women's and youth groups, families, community workers and interpreters.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that every label is well formed and
agrees with its mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language and MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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

    def __init__(self, slug, when, tz_hours=1):
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
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
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
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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


# ---------------------------------------------------------------------------
# generated attachments (small, deterministic)
# ---------------------------------------------------------------------------

def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 20 Tf", "60 770 Td"]
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

INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
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


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
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
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
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


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


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


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco



# ---------------------------------------------------------------------------
# helpers for this set: replies quoting the confirmation, the 7-day reminder
# ---------------------------------------------------------------------------

def gmail_reply_plain(text, attribution, quoted):
    """Gmail's text/plain for a reply: new text, attribution, '> ' quote."""
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail's text/html for the same reply (gmail_quote blockquote)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    new = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                  for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{new}</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


REMINDER_7D_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen 2027 am 13. März"


def reminder_7d(salutation, ag, persons):
    """The reminder mailbot sends seven days before the event."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet von 10:00
bis 16:00 Uhr der Tag der Migrantenselbstorganisationen im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster, statt.

Ihre Arbeitsgruppe:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Können Sie doch nicht kommen? Dann antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder_message(to, salutation, ag, persons, when, msgid):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = REMINDER_7D_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(reminder_7d(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all three AGs in the quote);
# chair registers herself and the treasurer for AG 3 -> 2.  "zum ersten Mal"
# is not a workgroup number.

@mail("gebremichael-reply-quoting-invitation", "2027-01-12 17:22:40",
      E("registration", "senait.gebremichael@eritr-kulturverein.example", "Senait Gebremichael",
        "Eritreischer Kulturverein Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Senait Gebremichael <senait.gebremichael@eritr-kulturverein.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c12-9a4d-4f3e-8c61-2d7f0a9b3e58@eritr-kulturverein.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

herzlichen Dank für die Einladung! Für den Eritreischen Kulturverein melde
ich mich und unseren Kassierer, Herrn Tekle Gebru, an. Wir möchten beide in
die AG 3, weil wir dieses Jahr zum ersten Mal Fördermittel beantragen
wollen und noch gar nicht wissen, wie das geht.

Viele Grüße
Senait Gebremichael

-- 
Eritreischer Kulturverein Münster e.V.
Vorsitzende
Tel. 0251 61 74 205

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Amharic (Ge'ez script), Gmail alternative, UTF-8 base64.  "የመጀመሪያው የሥራ
# ቡድን (ትምህርት)" = the first workgroup (education) -> AG1; "ከባለቤቴ ጋር ...
# ሁለት ሰዎች ነን" = with my wife, we are two.  The Ge'ez signature is fuller
# than the Latin display name.  Gregorian month name "ማርች".

ABEBE_TEXT = """ጤና ይስጥልኝ፣

ስሜ አበበ ከበደ ነው። በሙንስተር የኢትዮጵያውያን ማኅበር ሊቀመንበር ነኝ።
ማርች 13 ቀን 2027 በሙንስተር በሚካሄደው የስደተኛ ማኅበራት ቀን (Tag der Migrantenselbstorganisationen) ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ።

በመጀመሪያው የሥራ ቡድን (ትምህርት) ውስጥ መሳተፍ እንፈልጋለን፤ ብዙ ወላጆች ስለ ልጆቻቸው ትምህርት ቤት ጥያቄ አላቸው።
ከባለቤቴ ጋር እመጣለሁ፤ ሁለት ሰዎች ነን።

እናመሰግናለን።

ከሰላምታ ጋር
አበበ ከበደ ተሰማ
በሙንስተር የኢትዮጵያውያን ማኅበር"""


@mail("kebede-amharic-gmail", "2027-01-13 09:05:17",
      E("registration", "abebe.kebede@mail.example", "አበበ ከበደ ተሰማ",
        "በሙንስተር የኢትዮጵያውያን ማኅበር", ["AG1"], 2, "am"), "am")
def _(m):
    m.head(("From", "Abebe Kebede <abebe.kebede@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ – MSO-Tag 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHq3vT8kX1pZ7mN0bR5wY2sLd9FgJ4uE6oQc3aB8xV1nKe7Wpg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ABEBE_TEXT, gmail_html(ABEBE_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# Somali, plain UTF-8 QP.  "kooxda shaqada ee koowaad" = first workgroup;
# "aniga iyo laba haween oo kale ... 3 qof" = 3.  Display name in English
# spelling, signature in Somali spelling (Cabdullaahi); the title
# "Guddoomiyaha," on the signature line is not part of the organisation.

@mail("warsame-somali-womens-group", "2027-01-13 14:40:03",
      E("registration", "fadumo.abdullahi@mail.example", "Faadumo Cabdullaahi Warsame",
        "Ururka Haweenka Soomaaliyeed ee Münster", ["AG1"], 3, "so"), "so")
def _(m):
    m.head(("From", "Fadumo Abdullahi <fadumo.abdullahi@mail.example>"),
           ("To", MSO),
           ("Subject", "Diiwaangelin MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1768311603.412907.33@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Asc,

Magacaygu waa Faadumo Cabdullaahi Warsame, waxaan ka tirsanahay Ururka Haweenka Soomaaliyeed ee Münster.
Waxaan jeclaan lahaa inaan iska diiwaangeliyo Maalinta Ururada Muhaajiriinta (MSO-Tag) ee 13-ka Maarso 2027.

Waxaan doortay kooxda shaqada ee koowaad (waxbarashada – Bildung), sababtoo ah hooyooyin badan ayaa su'aalo ka qaba iskuulka carruurtooda.
Waxaan iman doonaa aniga iyo laba haween oo kale oo ururka ka mid ah, markaa waxaan nahay 3 qof.

Mahadsanid
Faadumo Cabdullaahi Warsame
Guddoomiyaha, Ururka Haweenka Soomaaliyeed ee Münster
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# A community worker registers the chair of an Eritrean women's association
# who has no e-mail address, and comes along as her Tigrinya interpreter:
# name = the attendee (Letekidan Haile), party 2 (attendee + interpreter),
# email = the worker's address (confirmation goes to her), organisation = the
# attendee's association, not the worker's employer in the signature and
# disclaimer.  Outlook alternative, windows-1252 QP.

SCHULZE_BERNDT_TEXT = """Sehr geehrte Damen und Herren,

ich arbeite in der Migrationsberatung und begleite Frau Letekidan Haile. Frau Haile ist Vorsitzende des Vereins „Selam – Eritreische Frauen in Münster e.V.“. Sie hat keine eigene E-Mail-Adresse und spricht bisher nur wenig Deutsch, deshalb melde ich sie in ihrem Auftrag zum Tag der Migrantenselbstorganisationen an.

Frau Haile möchte gern an der Arbeitsgruppe 1 (Bildungssystem) teilnehmen – viele Mütter aus ihrem Verein haben Fragen zu Kita und Schule.

Ich werde Frau Haile an dem Tag begleiten und für sie ins Tigrinya dolmetschen. Wir wären also 2 Personen. Bitte schicken Sie die Bestätigung an meine Adresse, ich gebe alles an Frau Haile weiter.

Mit freundlichen Grüßen

Katharina Schulze-Berndt
Migrationsberatung für erwachsene Zuwanderer (MBE)
Diakonie Münster – Fachdienst Migration
Hafenstraße 12 · 48153 Münster
Tel. 0251 / 3 88 41-27

________________________________
Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht. Diakonie Münster gGmbH, Sitz Münster, Amtsgericht Münster HRB 4711."""


@mail("schulze-berndt-registers-haile-interpreter", "2027-01-14 08:12:55",
      E("registration", "k.schulze-berndt@diakonie-ms.example", "Letekidan Haile",
        "Selam – Eritreische Frauen in Münster e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Schulze-Berndt, Katharina" <k.schulze-berndt@diakonie-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Frau Letekidan Haile – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Frau Letekidan Haile – MSO-Tag"),
           ("Thread-Index", "AdtmQ7Yk0b3xLmZ8R1qP4nW2cV9sEA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1547C3A9E0B14D7F8A2E6C1D9B0F@FR2P281MB1547.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(SCHULZE_BERNDT_TEXT), outlook_html(SCHULZE_BERNDT_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# English, Gmail alternative; first and second choice as a two-line list
# ("Workgroup 3" then "Workgroup 2"); "just me" = 1.

WANJIRU_TEXT = """Hi there,

I'm writing on behalf of the Kenyan Community Association Münster. I'd like to register for the MSO Day on 13 March.

First choice: Workgroup 3 (funding / Vereinsmanagement)
Second choice: Workgroup 2

It will be just me this time, the others are busy with our Harambee fundraiser that weekend.

Thanks a lot and see you in March!
Wanjiru Kamau
Kenyan Community Association Münster"""


@mail("kamau-english-first-second", "2027-01-14 19:30:26",
      E("registration", "wanjiru.kamau@kcam.example", "Wanjiru Kamau",
        "Kenyan Community Association Münster", ["AG3", "AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Wanjiru Kamau <wanjiru.kamau@kcam.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAF9xQm2Lp7dR4tY0vN8bK3sWz6hJ1cE5gU2oA9iT4rB7nMq5Xw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(WANJIRU_TEXT, gmail_html(WANJIRU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Question only (interpreting into Amharic); announces a registration for
# later ("Sobald ich Ihre Antwort habe, melde ich ... an"); "4–5 Personen"
# is not a registration.  iso-8859-1, 8bit.

@mail("alemayehu-question-amharic-interpreting", "2027-01-15 10:05:48",
      E("question", "dawit.alemayehu@kidus-gabriel-ms.example", "Dawit Alemayehu",
        "Äthiopisch-Orthodoxe Tewahedo-Gemeinde Kidus Gabriel Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "Dawit Alemayehu <dawit.alemayehu@kidus-gabriel-ms.example>"),
           ("To", MSO),
           ("Subject", "Frage: Dolmetschen ins Amharische?"),
           ("Date", m.date),
           ("Message-ID", "<20270115100548.GA2214@kidus-gabriel-ms.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich bin Sekretär unserer Kirchengemeinde. Einige ältere Mitglieder möchten
gern zum Tag der Migrantenselbstorganisationen kommen, sprechen aber nur
wenig Deutsch.

Gibt es an dem Tag eine Übersetzung ins Amharische? Oder dürfen wir selbst
jemanden zum Dolmetschen mitbringen, und müsste diese Person dann extra
angemeldet werden?

Sobald ich Ihre Antwort habe, melde ich unsere Gruppe an (voraussichtlich
4-5 Personen).

Mit freundlichen Grüßen
Dawit Alemayehu
Äthiopisch-Orthodoxe Tewahedo-Gemeinde Kidus Gabriel Münster
""", charset="iso-8859-1", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Tigrinya from an iPhone, UTF-8 base64.  "ካልኣይ ጉጅለ ስራሕ" = second
# workgroup -> AG2; "ምስ ሓንቲ መሓዛይ ... ክልተ" = with a friend, two.  Eritrean
# Tigrinya month name መጋቢት = March.  Ge'ez signature beats the Latin display
# name and is fuller than the self-introduction.

@mail("tekle-tigrinya-iphone", "2027-01-15 21:48:31",
      E("registration", "saba.tekle@mail.example", "ሳባ ተኽለ ሃብተ",
        "ማሕበር ደቂ ኣንስትዮ ኤርትራ ሙንስተር", ["AG2"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Saba Tekle <saba.tekle@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<7C2E9A41-5D3B-4F80-B6A1-0E8D2C4F6B9A@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣

ኣነ ሳባ ተኽለ ካብ ማሕበር ደቂ ኣንስትዮ ኤርትራ ሙንስተር እየ። ኣብ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) 13 መጋቢት ክሳተፍ ክምዝገብ እደሊ እየ።
ኣብ ካልኣይ ጉጅለ ስራሕ (መጻኢ ከተማ ሙንስተር) ክሳተፍ እደሊ።
ምስ ሓንቲ መሓዛይ ኢና ንመጽእ፣ ክልተ ሰባት።

የቐንየለይ
ሳባ ተኽለ ሃብተ
ማሕበር ደቂ ኣንስትዮ ኤርትራ ሙንስተር

Von meinem iPhone gesendet
""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Arabic (Sudanese association), windows-1256 QP, Outlook plain text.
# "مجموعة العمل الثالثة" = third workgroup; "ثلاثة أشخاص" = 3.  Registration
# with a question about halal food.  Arabic signature beats the Latin display
# name; "رئيس" (chairman) before the association is a title.

@mail("osman-arabic-sudanese-community", "2027-01-16 11:20:09",
      E("registration", "awad.osman@sudan-ms.example", "عوض الكريم عثمان الطيب",
        "الجالية السودانية بمونستر", ["AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Awad Osman <awad.osman@sudan-ms.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 13 مارس", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601db67f3$8a2c4e10$9e84ea30$@sudan-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله وبركاته،

أود تسجيل مشاركتنا في يوم منظمات المهاجرين الذاتية (MSO-Tag) يوم السبت 13 مارس 2027.
نحن من الجالية السودانية بمونستر، وسنحضر ثلاثة أشخاص.
نرغب في المشاركة في مجموعة العمل الثالثة (فرص التمويل وإدارة الجمعيات).

وسؤال صغير: هل سيكون الطعام حلالاً؟

مع خالص الشكر والتقدير
عوض الكريم عثمان الطيب
رئيس الجالية السودانية بمونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Learner German, all lower case, from a phone (8bit).  "gruppe bildung"
# (alias) -> AG1; "mit 3 freunde ... also wir sind 4" = 4.  The organisation
# is labelled as written (lower case).

@mail("berhane-lowercase-youth", "2027-01-17 15:02:44",
      E("registration", "filmon.berhane@mail.example", "Filmon Berhane",
        "eritreische jugend münster", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Filmon Berhane <filmon.berhane@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k3m9q1.1768658564.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo

ich bin filmon berhane von eritreische jugend münster. ich will anmelden für den mso tag am 13 märz. gruppe bildung bitte weil wir haben viele fragen über ausbildung und schule.
ich komme mit 3 freunde von unsere jugendgruppe also wir sind 4.

danke
filmon

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Mosque association; registration with a request for a prayer room
# (Dhuhr/Asr) - still a registration.  iso-8859-1 QP.  "mich und unseren
# Jugendbeauftragten" = 2; AG 2 with its title.  The body has the inflected
# "vom Somalischen ..."; the signature gives the base form.

@mail("farah-mosque-prayer-room", "2027-01-18 09:40:12",
      E("registration", "a.farah@somali-moschee-ms.example", "Abdirahman Ali Farah",
        "Somalischer Kultur- und Moscheeverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Abdirahman Ali Farah <a.farah@somali-moschee-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag und eine Bitte"),
           ("Date", m.date),
           ("Message-ID", "<000b01db6978$1f2e3d40$5d6c7b80$@somali-moschee-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich und unseren Jugendbeauftragten, Herrn Said Omar, für
den Tag der Migrantenselbstorganisationen am 13. März an. Wir kommen vom
Somalischen Kultur- und Moscheeverein Münster.

Wir möchten an der AG 2 "Münsters Zukunftsprozess" teilnehmen.

Eine Bitte: Die Veranstaltung geht bis 16 Uhr. Gibt es im Stadtweinhaus
einen ruhigen Raum, in dem wir kurz das Mittags- und das Nachmittagsgebet
verrichten können (gegen 12:45 und gegen 15:45 Uhr)? Es dauert jeweils nur
etwa 10 Minuten. Wenn das nicht geht, ist es auch kein Problem.

Mit freundlichen Grüßen
Abdirahman Ali Farah
1. Vorsitzender
Somalischer Kultur- und Moscheeverein Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# English, Apple Mail alternative; "Working Group II" (roman numeral); a
# remark about speaking English is not a question that blocks registering.
# The university (employer) is not the organisation.

MERON_TEXT = """Dear organisers,

I would like to register for the Tag der Migrantenselbstorganisationen on 13 March. I am a PhD student at the university and one of the coordinators of our association, the Ethiopian Students' Association Münster.

I am most interested in Working Group II on Münster's future process.

My German is at B1 level, so I hope it is okay if I sometimes switch to English in the discussion.

Kind regards,
Meron Tadesse Bekele
Ethiopian Students' Association Münster"""


@mail("bekele-english-working-group-ii", "2027-01-19 12:10:37",
      E("registration", "meron.bekele@esam-muenster.example", "Meron Tadesse Bekele",
        "Ethiopian Students' Association Münster", ["AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Meron Bekele <meron.bekele@esam-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration for 13 March"),
           ("Message-Id", "<4A8F2C61-0B7E-4D39-A5C2-8E1F3D6B9A07@esam-muenster.example>"),
           ("Date", m.date),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(MERON_TEXT, apple_html(MERON_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 012 ---------------------------------------------------------------------
# Somali youth group, Gmail alternative, UTF-8 base64.  "Kooxda 2aad" = the
# second group -> AG2; "5 qof (aniga + 4 dhalinyaro ah)" = 5.  Full name in
# the self-introduction, only "Mustafe" in the signature.

MUSTAFE_TEXT = """Salaan walaal,

Anigu waxaan ahay Mustafe Xuseen Cilmi, hogaamiyaha kooxda dhalinyarada ee Somali Youth Münster. Waxaan rabnaa inaan imaano MSO-Tag-ka 13 March.
Waxaan nahay 5 qof (aniga + 4 dhalinyaro ah).
Kooxda 2aad ayaan dooranay – Münsters Zukunftsprozess, sababtoo ah dhalinyaradu waxay rabaan inay ka qayb qaataan mustaqbalka magaalada.

Mahadsanid
Mustafe"""


@mail("cilmi-somali-youth-group", "2027-01-19 20:33:58",
      E("registration", "mustafe.cilmi@mail.example", "Mustafe Xuseen Cilmi",
        "Somali Youth Münster", ["AG2"], 5, "so"), "so")
def _(m):
    m.head(("From", "Mustafe Cilmi <mustafe.cilmi@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13 March - Somali Youth"),
           ("Date", m.date),
           ("Message-ID", "<CAM4pR8sY2kW9nB1vX6tQ0dLf3hJ7cG5eU8oZ2aN4iK1mVr9Tqa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MUSTAFE_TEXT, gmail_html(MUSTAFE_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 013 ---------------------------------------------------------------------
# Question only, English, UTF-8 QP: fasting (vegan) food during the Orthodox
# Great Lent, which covers 13 March 2027.  "about 6 people" is a plan, not a
# registration ("Before we register ...").

@mail("ghebreyesus-question-lent-food", "2027-01-20 18:05:22",
      E("question", "yonatan.ghebreyesus@mail.example", "Yonatan Ghebreyesus",
        "Eritrean Orthodox Tewahdo Church St. Michael Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Yonatan Ghebreyesus <yonatan.ghebreyesus@mail.example>"),
           ("To", MSO),
           ("Subject", "Question about food on 13 March"),
           ("Date", m.date),
           ("Message-ID", "<a91c3e7f-24b8-4d05-9f6e-1c8b2d7a4e30@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

our church community is thinking about sending a small group (about 6
people) to the MSO-Tag on 13 March. Before we register I have a question
about the food.

13 March falls in our Great Lent (Hudade). During the fast we do not eat
any animal products - no meat, no milk, no eggs, no butter. Will there be
vegan options at the lunch? If not, would it be okay if we bring our own
food?

Thank you and God bless,
Yonatan Ghebreyesus
Eritrean Orthodox Tewahdo Church St. Michael Münster
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 QP.  "drei Frauen ... mich eingeschlossen"
# = 3; "1. Wahl: Bildungssystem (AG 1)", "2. Wahl: Förderung ... (AG 3)".

TSEHAY_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

im Namen unseres Vereins melde ich drei Frauen aus unserem Vorstand zum MSO-Tag an – mich eingeschlossen.

Unsere Wünsche:
1. Wahl: Bildungssystem (AG 1)
2. Wahl: Förderung und Vereinsmanagement (AG 3)

Eine von uns ernährt sich vegetarisch.

Wir freuen uns sehr auf den Austausch!

Mit herzlichen Grüßen

Almaz Tesfaye
Vorsitzende
Äthiopischer Frauenverein Tsehay Münster e.V.
Tel. 0176 / 84 20 31 77"""


@mail("tesfaye-outlook-html-first-second", "2027-01-21 10:30:05",
      E("registration", "almaz.tesfaye@tsehay-ms.example", "Almaz Tesfaye",
        "Äthiopischer Frauenverein Tsehay Münster e.V.", ["AG1", "AG3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Tesfaye, Almaz" <almaz.tesfaye@tsehay-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Äthiopischer Frauenverein Tsehay"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6412E7C1D0A94B3F5E2C8D7A6B1F@AS8PR10MB6412.EURPRD10.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TSEHAY_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Sent by the daughter from her account for her mother, who writes the
# registration herself in Amharic; the daughter adds two German lines on top.
# Language = am (the registration text); name = the mother (Ge'ez signature);
# email = the daughter's From.  "ሦስተኛውን የሥራ ቡድን" = the third workgroup;
# "ከጎረቤቴ ጋር ሁለት ሆነን" = two of us with my neighbour.  The organisation is
# an Idir (Ethiopian mutual-aid association).  Gmail alternative, base64.

WOLDEMARIAM_TEXT = """Hallo, ich schicke diese Mail für meine Mutter, sie hat selbst auf Amharisch geschrieben. Antworten Sie bitte einfach an diese Adresse.
Viele Grüße, Selam

ሰላም፣

ስሜ ትዕግሥት ወልደማርያም ነው። የሙንስተር ኢትዮጵያውያን እድር ገንዘብ ያዥ ነኝ።
ማርች 13 በሚደረገው የማኅበራት ቀን ላይ መሳተፍ እፈልጋለሁ።
ሦስተኛውን የሥራ ቡድን (ስለ ገንዘብ ድጋፍና ስለ ማኅበር አስተዳደር) እመርጣለሁ፤ ለእድራችን ገንዘብ እንዴት ማግኘት እንደምንችል ማወቅ እፈልጋለሁ።
ከጎረቤቴ ጋር ሁለት ሆነን እንመጣለን።

እግዚአብሔር ይስጥልኝ
ትዕግሥት ወልደማርያም"""


@mail("woldemariam-daughter-sends-amharic", "2027-01-21 16:45:50",
      E("registration", "selam.woldemariam@mail.example", "ትዕግሥት ወልደማርያም",
        "የሙንስተር ኢትዮጵያውያን እድር", ["AG3"], 2, "am"), "am")
def _(m):
    m.head(("From", "Selam Woldemariam <selam.woldemariam@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für meine Mutter / ምዝገባ"),
           ("Date", m.date),
           ("Message-ID", "<CAB7nT4wQ9mX2pL6vR0sK8dY3hZ1cF5gJ7uE4oA2iN9bW6kTq3e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(WOLDEMARIAM_TEXT, gmail_html(WOLDEMARIAM_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, UTF-8 base64.  First
# choice "مجموعة العمل الأولى" (AG1), second "الثانية" (AG2); "سأحضر أنا
# وصديقتان" = me and two friends -> 3.  Full name in the self-introduction,
# only the first name as signature.

AMNA_TEXT = """مرحباً،

أنا آمنة عبد الله الحسن من مجموعة النساء السودانيات في مونستر.
أود التسجيل ليوم منظمات المهاجرين في 13 مارس. سأحضر أنا وصديقتان من المجموعة.
اختيارنا الأول هو مجموعة العمل الأولى (التعليم)، والثاني مجموعة العمل الثانية (مستقبل مدينة مونستر).

شكراً جزيلاً
آمنة"""


@mail("alhassan-arabic-gmail-rtl", "2027-01-22 19:10:14",
      E("registration", "amna.alhassan@mail.example", "آمنة عبد الله الحسن",
        "مجموعة النساء السودانيات في مونستر", ["AG1", "AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("آمنة الحسن", "amna.alhassan@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("التسجيل ليوم 13 مارس", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ2kV7pT5nY9wQ1mL4sX8bR0dH6cG3fZ2uE7oN5iA1vK9tWq8r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AMNA_TEXT, gmail_html(AMNA_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 017 ---------------------------------------------------------------------
# The church office forwards a member's mail (learner German); the secretary
# asks to answer the member directly: email = the member's address, name =
# the member, organisation = the forwarding community (as dev 015).

@mail("mebrahtu-forwards-member-tewelde", "2027-01-23 11:00:27",
      E("registration", "kibrom.tewelde@mail.example", "Kibrom Tewelde",
        "Eritreische Katholische Gemeinde Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Eritreische Katholische Gemeinde Münster <sekretariat@eritr-kath-ms.example>"),
           ("To", MSO),
           ("Subject", "WG: MSO Tag anmelden"),
           ("Date", m.date),
           ("Message-ID", "<CAD5mP1xR8kT3vN6bW9qY2sLf0hJ4cE7gU1oZ5aB8iV3nXt6Qwe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

unten leite ich Ihnen die Anmeldung unseres Gemeindemitglieds Kibrom Tewelde
weiter. Bitte antworten Sie direkt an ihn: kibrom.tewelde@mail.example

Mit freundlichen Grüßen
Tsega Mebrahtu
Sekretariat
Eritreische Katholische Gemeinde Münster

---------- Forwarded message ---------
Von: Kibrom Tewelde <kibrom.tewelde@mail.example>
Date: Fr., 22. Jan. 2027 um 21:37 Uhr
Subject: MSO Tag anmelden
To: <sekretariat@eritr-kath-ms.example>


Hallo Tsega,

kannst du bitte für mich anmelden zu MSO Tag? Ich möchte gehen in
Arbeitsgruppe 3 weil ich will einen Verein gründen für eritreische
Fußball Jugend. Ich komme alleine.

Danke und Gott segne dich
Kibrom
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change AG 2 -> AG 1; Gmail (German interface) alternative quoting the
# confirmation, which names AG 2 and 2 persons.  "Die Personenzahl bleibt
# bei 2" changes nothing -> party_size null.

MEHRET_TEXT = """Hallo,

wir haben uns letzte Woche für die AG 2 angemeldet. Nach einer Besprechung im Elternverein möchten wir aber lieber in die AG 1 (Bildungssystem) wechseln, weil das für unsere Eltern gerade wichtiger ist. Die Personenzahl bleibt bei 2.

Vielen Dank!
Mehret Andemariam
Eritreischer Elternverein Münster"""

MEHRET_ATTR = f"Am Mi., 20. Jan. 2027 um 16:05 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("andemariam-change-ag2-to-ag1", "2027-01-25 09:15:33",
      E("change", "mehret.andemariam@mail.example", "Mehret Andemariam",
        "Eritreischer Elternverein Münster", ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Mehret Andemariam <mehret.andemariam@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH8wR3nX6pT1kY9vM4sQ2bL7dJ0cF5gZ8uE3oA6iN1tW4mKq2p@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120160511.4d2b@muenster.example>"),
           ("References", "<mailbot.20270120160511.4d2b@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Andemariam", "AG2", 2)
    m.alternative(gmail_reply_plain(MEHRET_TEXT, MEHRET_ATTR, conf),
                  gmail_reply_html(MEHRET_TEXT, MEHRET_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# A family: "Wir kommen zu viert: mein Mann ..., ich und unsere beiden Kinder"
# = 4 (children who come count); "die Arbeitsgruppe zum Bildungssystem" ->
# AG1; a question about childcare; an emoji.  Apple Mail alternative.

HODAN_TEXT = """Liebes Team vom MSO-Tag,

ich möchte mich und meine Familie für den 13. März anmelden. Wir kommen zu viert: mein Mann Abdullahi, ich und unsere beiden Kinder (6 und 9 Jahre).
Ich bin im Vorstand vom Somalischen Elternverein und interessiere mich besonders für die Arbeitsgruppe zum Bildungssystem.

Gibt es an dem Tag eine Kinderbetreuung? Die beiden würden sich sonst bestimmt langweilen 😊

Viele Grüße
Hodan Mohamed Yusuf
Somalischer Elternverein Münster e.V."""


@mail("yusuf-family-with-children", "2027-01-26 14:20:41",
      E("registration", "hodan.yusuf@mail.example", "Hodan Mohamed Yusuf",
        "Somalischer Elternverein Münster e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Hodan Yusuf <hodan.yusuf@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Familie Yusuf"),
           ("Message-Id", "<B3D71F08-6C2A-4E95-8F0B-2A9C5E1D7F34@mail.example>"),
           ("Date", m.date),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(HODAN_TEXT, apple_html(HODAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 020 ---------------------------------------------------------------------
# Tigrinya, Gmail alternative, UTF-8 base64.  "ሰለስተ ሰባት ኢና" = we are
# three; "ሳልሳይ ጉጅለ ስራሕ" = third workgroup, with its German title in
# brackets.  "ኣቦ መንበር፣" (chairman,) before the church name is a title.

YOHANNES_TEXT = """ሰላም ንኹልኹም፣

ብስም ቤተ ክርስቲያን ወንጌላዊት ኤርትራ ሙንስተር ንመዓልቲ MSO (13.03.2027) ክንምዝገብ ንደሊ።
ሰለስተ ሰባት ኢና፦ ኣነን ክልተ ኣባላት ኮሚቴናን።
ሳልሳይ ጉጅለ ስራሕ (Förderungsmöglichkeiten und effektives Vereinsmanagement) ንመርጽ።

ብዙሕ የቐንየልና።
ዮሃንስ ተስፋማርያም
ኣቦ መንበር፣ ቤተ ክርስቲያን ወንጌላዊት ኤርትራ ሙንስተር"""


@mail("tesfamariam-tigrinya-gmail", "2027-01-27 20:05:19",
      E("registration", "yohannes.tesfamariam@mail.example", "ዮሃንስ ተስፋማርያም",
        "ቤተ ክርስቲያን ወንጌላዊት ኤርትራ ሙንስተር", ["AG3"], 3, "ti"), "ti")
def _(m):
    m.head(("From", "Yohannes Tesfamariam <yohannes.tesfamariam@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ ንMSO-Tag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAL1qW6vN3kR8pX5tY0mB9sJ2dZ7cH4gF1uE6oA3iT8nV5wKq7m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YOHANNES_TEXT, gmail_html(YOHANNES_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Question only, Arabic, windows-1256 base64: a prayer place and a short
# break at prayer time; "سنرسل التسجيل بعد ردكم" = we will register after
# your answer.  The numbered list "1-", "2-" is not a workgroup choice.

@mail("saleh-arabic-question-prayer", "2027-01-28 13:30:56",
      E("question", "idris.saleh@mail.example", "إدريس محمد صالح",
        "الجمعية الإسلامية الإريترية في مونستر", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("إدريس صالح", "idris.saleh@mail.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("سؤال قبل التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769603456.228871.4410@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

نحن مجموعة من أعضاء الجمعية الإسلامية الإريترية في مونستر ونفكر في المشاركة في يوم منظمات المهاجرين.
قبل التسجيل لدينا سؤالان:
1- هل يوجد مكان هادئ للصلاة في مبنى Stadtweinhaus؟ صلاة الظهر حوالي الساعة 12:45 وصلاة العصر حوالي 15:45.
2- هل يمكن أن تكون هناك استراحة قصيرة وقت الصلاة؟

سنرسل التسجيل بعد ردكم إن شاء الله.

جزاكم الله خيراً
إدريس محمد صالح
""", charset="windows-1256", cte="base64")


# -- 022 ---------------------------------------------------------------------
# HTML only from a webmailer (one <div> per line), UTF-8 QP.  "zu dritt"
# = 3; "Interesse: Münsters Zukunftsprozess" (alias) -> AG2.  Inflected
# organisation in the text, base form in the signature.

JOSEPH_TEXT = """Guten Abend,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen an. Wir kommen zu dritt von der Deutsch-Kenianischen Gesellschaft (unser Vorsitzender, unsere Schatzmeisterin und ich).

Interesse: Münsters Zukunftsprozess

Beste Grüße
Joseph Otieno Ouma
Deutsch-Kenianische Gesellschaft Münsterland e.V.
www.dkg-muensterland.example"""


@mail("ouma-webmail-html-only", "2027-01-29 17:45:08",
      E("registration", "joseph.ouma@dkg-muensterland.example", "Joseph Otieno Ouma",
        "Deutsch-Kenianische Gesellschaft Münsterland e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Joseph Ouma <joseph.ouma@dkg-muensterland.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung DKG Münsterland"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f7a9c41-8e3b-4d60-b1a5-6c0e9d2f8b17-1769705108337@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(JOSEPH_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Exchange out-of-office in German and English (auto_reply) to a
# confirmation; Auto-Submitted: auto-generated.  It names a colleague's
# address and a return date, nothing else.

HAGOS_OOF = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Februar 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an migrationsdienst@mbe-muenster.example.

Thank you for your message. I am out of the office until 8 February 2027. Your e-mail will not be forwarded. For urgent matters please contact migrationsdienst@mbe-muenster.example.

Rahel Hagos
Migrationsdienst Münster"""


@mail("hagos-exchange-out-of-office-de-en", "2027-01-30 08:02:11",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Hagos, Rahel" <rahel.hagos@mbe-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcrE1q0n8Xk2Pm5ZtR7wL3bV0dA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8460A1C7E3F2@DB9PR04MB8460.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270130080158.7e1c@muenster.example>"),
           ("References", "<mailbot.20270130080158.7e1c@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HAGOS_OOF), outlook_html(HAGOS_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Somali, plain us-ascii 7bit (no umlauts: "Muenster", "Foerderung").
# "Kooxda 3aad" -> AG3; "waxaan la imaanayaa gabadhayda, waa 2 qof" = 2.
# Its 7-day reminder bounces later (043).

@mail("cumar-somali-ascii", "2027-02-01 12:12:45",
      E("registration", "xaliimo.cumar@mailbox.example", "Xaliimo Maxamed Cumar",
        "Ururka Hooyooyinka Soomaaliyeed Muenster", ["AG3"], 2, "so"), "so")
def _(m):
    m.head(("From", "Xaliimo Maxamed <xaliimo.cumar@mailbox.example>"),
           ("To", MSO),
           ("Subject", "is diiwaangelin - MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<20270201111245.5c8e2a@mailbox.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaamu calaykum,

Waxaan ahay Xaliimo Maxamed Cumar oo ka socota
Ururka Hooyooyinka Soomaaliyeed Muenster.
Waxaan rabaa inaan is diiwaangeliyo MSO-Tag 13.03.2027. Kooxda 3aad
(Foerderung / lacagta taageerada ururada) ayaan xiiseynayaa.
Waxaan la imaanayaa gabadhayda, waa 2 qof.

Mahadsanid,
Xaliimo Maxamed Cumar
""", charset="us-ascii", cte="7bit")


# -- 025 ---------------------------------------------------------------------
# Everything in the Subject (RFC 2047 Q); the body only says "siehe Betreff".
# The organisation is named only in the Subject.  Android phone, QP.

@mail("woldu-subject-only", "2027-02-02 07:31:02",
      E("registration", "berhane.woldu@mail.example", "Berhane Woldu",
        "Kulturverein Asmara Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Berhane Woldu <berhane.woldu@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Anmeldung MSO-Tag: AG 3, 2 Personen (Kulturverein Asmara Münster)",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<r8x2n5.1770013862.android@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

siehe Betreff.

Gruß
Berhane Woldu

Von meinem Galaxy gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change of party size only (2 -> 3, "same workgroup"), English; Outlook for
# Android alternative with an English header block over the quoted German
# confirmation (AG 3, 2 persons).  workgroups [] (no new choice).

AKINYI_TEXT = """Hello,

a quick update to our registration: my colleague Pauline from our youth group would like to come along, so we will be 3 people instead of 2 (same workgroup).

Thanks!
Akinyi Odhiambo

Get Outlook for Android"""


@mail("odhiambo-change-plus-one", "2027-02-03 15:40:29",
      E("change", "akinyi.odhiambo@mail.example", "Akinyi Odhiambo", None, [], 3, "en"), "en")
def _(m):
    m.head(("From", "Akinyi Odhiambo <akinyi.odhiambo@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcYvN2k7xPq3Rm0WtZ8sL1dB5cA=="),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1822F4A9C0E63D7B2E8F1A5C9D0B@PAXP193MB1822.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270128091402.6a3f@muenster.example>"),
           ("References", "<mailbot.20270128091402.6a3f@muenster.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Odhiambo", "AG3", 2)
    plain = f"""{AKINYI_TEXT}
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Thursday, January 28, 2027 9:14:02 AM
To: Akinyi Odhiambo <akinyi.odhiambo@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{conf}
"""
    body = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in AKINYI_TEXT.split("\n"))
    qbody = "<br>\n".join(esc(line) for line in conf.split("\n"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 f"<body><div dir=\"auto\">{body}</div>"
                 "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                 f"<b>From:</b> Tag der Migrantenselbstorganisationen &lt;{MSO}&gt;<br>"
                 "<b>Sent:</b> Thursday, January 28, 2027 9:14:02 AM<br>"
                 "<b>To:</b> Akinyi Odhiambo &lt;akinyi.odhiambo@mail.example&gt;<br>"
                 f"<b>Subject:</b> {esc(CONFIRMATION_SUBJECT)}</font>"
                 f"<div>&nbsp;</div></div><div>{qbody}</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Arabic carrying the sentences with German association words ("AG 2
# (Zukunftsprozess)", the association's German name) -> ar.  Arabic display
# name (RFC 2047 B), Latin signature: the signature is the name.  The
# university is where he studies, not the organisation.  UTF-8 8bit.

@mail("abdelrahman-arabic-german-words", "2027-02-04 22:15:36",
      E("registration", "m.elamin@mail.example", "Mohamed Elamin Abdelrahman",
        "Sudanesischer Studierendenverein Münster", ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمد الأمين", "m.elamin@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<e4b81c29-7d3a-4f06-a5e2-93c1d0b8f7a6@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أنا طالب سوداني في جامعة مونستر وعضو في Sudanesischer Studierendenverein Münster.
أريد التسجيل في MSO-Tag يوم 13.03. في AG 2 (Zukunftsprozess)، لأن موضوع مستقبل المدينة يهمني كثيراً.
سأحضر وحدي.

شكراً
Mohamed Elamin Abdelrahman
Sudanesischer Studierendenverein Münster
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Question only, Somali: is there a Somali interpreter ("turjubaan"), may she
# bring her own, must she belong to an association?  No organisation.

@mail("jaamac-somali-question-interpreter", "2027-02-05 18:00:52",
      E("question", "nimco.jaamac@mail.example", "Nimco Cabdi Jaamac", None, [], None, "so"), "so")
def _(m):
    m.head(("From", "Nimco Jaamac <nimco.jaamac@mail.example>"),
           ("To", MSO),
           ("Subject", "Su'aal - turjubaan"),
           ("Date", m.date),
           ("Message-ID", "<CAN6tY1pW4kQ9mR2vX7sB0dL5hJ8cF3gZ6uE1oA4iT9nK2wVq5s@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaan,

Waxaan maqlay in maalinta MSO-Tag ay tahay 13 March. Af Jarmalka si fiican uma aqaan.
Ma jiri doonaa turjubaan Af Soomaali ah? Haddii kale, ma keeni karaa qof ii turjuma?
Sidoo kale, ma u baahanahay inaan ka mid ahaado urur si aan u imaado?

Mahadsanid
Nimco Cabdi Jaamac
""", charset="utf-8", cte="7bit")


# -- 029 ---------------------------------------------------------------------
# Learner German written with the help of a language mentor (said in the
# mail); first choice AG 2, "wenn da kein Platz ist dann bitte
# Arbeitsgruppe 1"; "Ich komme alleine" = 1.  iso-8859-15, QP.

@mail("adam-learner-second-choice", "2027-02-06 10:25:14",
      E("registration", "hamid.adam@mail.example", "Hamid Yousif Adam",
        "Sudanesisch-Deutscher Freundeskreis Münster", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hamid Adam <hamid.adam@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag Migrantenselbstorganisation"),
           ("Date", m.date),
           ("Message-ID", "<0c7e3b95-2a1f-4d88-b6c0-5e9f1a4d2c73@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Mein Name ist Hamid Yousif Adam, ich komme aus Sudan und wohne in Münster
seit 2019. Ich bin Mitglied von Sudanesisch-Deutscher Freundeskreis Münster.
Ich möchte mich anmelden für der Tag von Migrantenselbstorganisation am
13.03.2027.
Ich will in Arbeitsgruppe 2 gehen, und wenn da kein Platz ist dann bitte
Arbeitsgruppe 1.
Ich komme alleine.

(Diese E-Mail hat meine Sprachpatin mit mir zusammen geschrieben.)

Vielen Dank
Mit freundlichen Grüßen
Hamid Yousif Adam
""", charset="iso-8859-15", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# English registration with the filled-in form as a PDF attachment; the body
# repeats the details: 3 participants (named), "Workgroup 1 - education".

HIWOT_TEXT = """Dear Madam or Sir,

please find attached the registration form of the Ethiopian Women's Network Münster for the MSO Day.

In short: 3 participants (Hiwot Girma, Bethlehem Assefa, Rahel Mengistu), Workgroup 1 - education system.
One of us is vegetarian.

Best regards,
Hiwot Girma
Ethiopian Women's Network Münster"""


@mail("girma-english-pdf-form", "2027-02-08 09:50:37",
      E("registration", "hiwot.girma@ewn-muenster.example", "Hiwot Girma",
        "Ethiopian Women's Network Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Hiwot Girma <hiwot.girma@ewn-muenster.example>"),
           ("To", MSO),
           ("Subject", "Registration form MSO Day - Ethiopian Women's Network"),
           ("Date", m.date),
           ("Message-ID", "<000f01db7a02$4e5d6c70$ea184550$@ewn-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    text = m.text(HIWOT_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Anmeldung MSO-Tag 2027",
                             "Organisation: Ethiopian Women's Network Muenster",
                             "Personen: 3 (Hiwot Girma, Bethlehem Assefa, Rahel Mengistu)",
                             "Arbeitsgruppe: AG 1 - Bildungssystem",
                             "Kontakt: hiwot.girma@ewn-muenster.example"]),
                   "application", "pdf", "Anmeldeformular_MSO-Tag_EWN.pdf")
    m.multi("mixed", [text, pdf])


# -- 031 ---------------------------------------------------------------------
# Amharic youth group, Gmail alternative, base64.  "የመጀመሪያ ምርጫችን
# ሁለተኛው የሥራ ቡድን" = our first choice is the second workgroup; "እሱ ከሞላ
# የመጀመሪያውን" = if it is full, the first -> [AG2, AG1]; "አራት ሆነን" = 4.

NAHOM_TEXT = """ሰላም ጤና ይስጥልኝ፣

እኔ ናሆም ሰለሞን እባላለሁ፤ የሙንስተር ኢትዮጵያውያን ወጣቶች ቡድን አስተባባሪ ነኝ።
ለMSO-Tag (ማርች 13) አራት ሆነን መመዝገብ እንፈልጋለን።
የመጀመሪያ ምርጫችን ሁለተኛው የሥራ ቡድን (የሙንስተር የወደፊት ሂደት / Zukunftsprozess) ነው። እሱ ከሞላ የመጀመሪያውን የሥራ ቡድን (ትምህርት) እንመርጣለን።

እናመሰግናለን!
ናሆም ሰለሞን ግርማ
የሙንስተር ኢትዮጵያውያን ወጣቶች ቡድን"""


@mail("solomon-amharic-youth-first-second", "2027-02-09 21:05:43",
      E("registration", "nahom.solomon@mail.example", "ናሆም ሰለሞን ግርማ",
        "የሙንስተር ኢትዮጵያውያን ወጣቶች ቡድን", ["AG2", "AG1"], 4, "am"), "am")
def _(m):
    m.head(("From", "Nahom Solomon <nahom.solomon@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ - የወጣቶች ቡድን", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP3vK8sN1mT6pY9wR4qX2bL0dJ7cH5gF8uE2oA1iZ6nW3tQq9v@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NAHOM_TEXT, gmail_html(NAHOM_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 032 ---------------------------------------------------------------------
# Sent from the mosque association's shared mailbox with a personal Reply-To
# (Reply-To wins).  Arabic greeting in Latin letters, German text (de).
# "mein Stellvertreter und ich (2 Personen)"; "AG Förderungsmöglichkeiten"
# -> AG3.  The body has the inflected "das Sudanesisch-Islamische ...", the
# signature the base form.

@mail("bakhit-shared-mailbox-reply-to", "2027-02-10 12:40:20",
      E("registration", "o.bakhit@mail.example", "Osman Ibrahim Bakhit",
        "Sudanesisch-Islamisches Kulturzentrum Münster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sudanesisch-Islamisches Kulturzentrum <info@sikz-muenster.example>"),
           ("Reply-To", "Osman Ibrahim Bakhit <o.bakhit@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<20270210124020.3e9f1d@sikz-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Assalamu alaikum, sehr geehrte Damen und Herren,

ich schreibe vom Vereinskonto, bitte antworten Sie aber an meine private
Adresse.

Für das Sudanesisch-Islamische Kulturzentrum möchten mein Stellvertreter
und ich (2 Personen) am MSO-Tag teilnehmen, und zwar in der AG
Förderungsmöglichkeiten - wir planen einen Antrag für unsere
Hausaufgabenhilfe.

Mit freundlichen Grüßen
Osman Ibrahim Bakhit
Vorsitzender
Sudanesisch-Islamisches Kulturzentrum Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Gmail vacation responder in Somali and German (auto_reply) to the
# organiser's deadline reminder; Auto-Submitted: auto-replied.

@mail("yuusuf-vacation-somali-german", "2027-02-11 10:03:27",
      E("auto_reply"), "so")
def _(m):
    m.head(("From", "Hibo Yuusuf <hibo.yuusuf@mail.example>"),
           ("To", MSO),
           ("Subject", "Fasax / Urlaub"),
           ("Date", m.date),
           ("Message-ID", "<CAK0vacationHiboY7d3e9a1f@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Asc, waan ka maqnahay xafiiska ilaa 1da March. Fariintaada waan arki doonaa markaan soo laabto.

Ich bin bis zum 1. März nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet.

Hibo Yuusuf
Somalischer Hilfsverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Cancellation in Amharic, Gmail (German interface) alternative quoting the
# confirmation (AG 2, 1 person).  "ምዝገባዬን ሰርዙልኝ" = please cancel my
# registration.

SELAMAWIT_TEXT = """ጤና ይስጥልኝ፣

ይቅርታ፣ በቤተሰብ ምክንያት ወደ ኢትዮጵያ መጓዝ ስላለብኝ ማርች 13 መምጣት አልችልም። እባካችሁ ምዝገባዬን ሰርዙልኝ።

ከሰላምታ ጋር
ሰላማዊት ደስታ"""

SELAMAWIT_ATTR = f"Am Do., 21. Jan. 2027 um 12:31 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("desta-amharic-cancel", "2027-02-12 16:20:05",
      E("cancellation", "selamawit.desta@mail.example", "ሰላማዊት ደስታ", None, [], None, "am"), "am")
def _(m):
    m.head(("From", "Selamawit Desta <selamawit.desta@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9pT2wK5nX8mR1vY4sQ7bL3dJ6cF0gZ9uE5oA8iN2tW1kVq4d@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270121123108.2c7d@muenster.example>"),
           ("References", "<mailbot.20270121123108.2c7d@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Desta", "AG2", 1)
    m.alternative(gmail_reply_plain(SELAMAWIT_TEXT, SELAMAWIT_ATTR, conf),
                  gmail_reply_html(SELAMAWIT_TEXT, SELAMAWIT_ATTR, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# English from an Eritrean writer, Yahoo alternative; the workgroup only as
# "the workgroup about education" (paraphrase) -> AG1; "Only me." = 1.
# Full name in the introduction, first name in the signature.

TESFALEM_TEXT = """Hello MSO team,

My name is Tesfalem Ghirmay and I am from the Eritrean Community Association Münster. I want to join the workgroup about education because we are starting homework help for our kids.
Only me.

Regards
Tesfalem"""


@mail("ghirmay-english-yahoo-paraphrase", "2027-02-15 11:11:48",
      E("registration", "tesfalem.ghirmay@yahoo.example", "Tesfalem Ghirmay",
        "Eritrean Community Association Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Tesfalem Ghirmay <tesfalem.ghirmay@yahoo.example>"),
           ("To", MSO),
           ("Subject", "Registration"),
           ("Date", m.date),
           ("Message-ID", "<1419735523.2087451.1771150308112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22046 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"ydp5e2a1c7yahoo-style-wrap\" "
                 "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                           for line in TESFALEM_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(TESFALEM_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Change in Somali, Gmail for Android (English attribution), plain text:
# "halkii kooxda 1aad, fadlan igu qor kooxda 3aad" = instead of group 1
# please put me in group 3 -> [AG3]; "Tirada dadku waa isku mid" = the
# number stays -> party_size null.  The quote names AG 1 and 2 persons.

@mail("nuur-somali-change-to-3", "2027-02-17 19:45:12",
      E("change", "cabdiqaadir.nuur@mail.example", "Cabdiqaadir Nuur Xasan",
        "Ururka Bulshada Soomaaliyeed Münster", ["AG3"], None, "so"), "so")
def _(m):
    m.head(("From", "Abdikadir Nur <cabdiqaadir.nuur@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF2wM7kX0pR5nT8vY3sB6dL1hJ9cG4gZ7uE0oA5iK2tN8wVq6y@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270126110247.9b1e@muenster.example>"),
           ("References", "<mailbot.20270126110247.9b1e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Asc,

Waan ku mahadsanahay xaqiijinta. Waxaan doonayaa inaan beddelo kooxda: halkii kooxda 1aad, fadlan igu qor kooxda 3aad (Vereinsmanagement). Tirada dadku waa isku mid.

Mahadsanid
Cabdiqaadir Nuur Xasan
Ururka Bulshada Soomaaliyeed Münster

On Tue, 26 Jan 2027, 11:02 Tag der Migrantenselbstorganisationen, <{MSO}> wrote:

{gt_quote(confirmation("Herr Nuur", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Question only (de) from a freelance community interpreter: does she need
# to register when she only interprets for two families?  "zwei Familien"
# is not a party size; she registers no one.  UTF-8 8bit.

@mail("kidane-interpreter-question", "2027-02-18 10:10:30",
      E("question", "rahwa.kidane@sprachmittlung-ms.example", "Rahwa Kidane",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Rahwa Kidane <rahwa.kidane@sprachmittlung-ms.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Anmeldung als Dolmetscherin"),
           ("Date", m.date),
           ("Message-ID", "<8f2d6a10-3c9e-4b71-a5d4-e07b1c9f2a68@sprachmittlung-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin Sprach- und Integrationsmittlerin für Tigrinya und Amharisch. Am
MSO-Tag werde ich voraussichtlich zwei Familien aus der eritreischen
Community begleiten, die sich selbst bei Ihnen anmelden.

Muss ich mich als Dolmetscherin auch anmelden, oder zähle ich nicht als
Teilnehmerin? Und ist es in den Arbeitsgruppen möglich, leise zu
flüsterdolmetschen, ohne dass es die anderen stört?

Vielen Dank für Ihre Antwort!
Rahwa Kidane
freiberufliche Sprach- und Integrationsmittlerin
""", charset="utf-8", cte="8bit")


# -- 038 ---------------------------------------------------------------------
# Community newsletter (other): invitation to its own cultural evening with
# its own registration ("meldet euch bitte ... an"), mentions the MSO-Tag;
# List-Unsubscribe and Precedence: bulk.  German with greetings in Amharic/
# Tigrinya, Somali and Arabic.

HOA_TEXT = """Liebe Freundinnen und Freunde des Horn von Afrika Netzwerks,

herzliche Einladung zu unserem Kulturabend!

Samstag, 27. Februar 2027, ab 18 Uhr
Begegnungszentrum Kinderhaus, Münster

Programm:
- traditionelle Kaffeezeremonie (Buna / ቡና)
- Musik aus Eritrea, Äthiopien, Somalia, dem Sudan und Kenia
- Injera und Fastenspeisen (vegan)

Der Eintritt ist frei. Damit wir genug Essen vorbereiten können, meldet euch bitte bis zum 24. Februar an: kulturabend@hoa-netzwerk-ms.example

Übrigens: Am 13. März ist der Tag der Migrantenselbstorganisationen im Stadtweinhaus. Wer dort mitdiskutieren möchte, meldet sich bitte selbst bei der Stadt an.

ሰላምታ / Salaan / مع التحية
Euer Team vom Horn von Afrika Netzwerk Münster

Ihr bekommt diesen Newsletter, weil ihr euch in unsere Liste eingetragen habt.
Abmelden: https://hoa-netzwerk-ms.example/newsletter/abmelden?id=2291"""


@mail("horn-von-afrika-netzwerk-newsletter", "2027-02-20 14:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Horn von Afrika Netzwerk Münster <newsletter@hoa-netzwerk-ms.example>"),
           ("To", "Horn von Afrika Netzwerk <newsletter@hoa-netzwerk-ms.example>"),
           ("Subject", "Einladung: Kulturabend mit Kaffeezeremonie am 27. Februar"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.2291.7a0c5e@hoa-netzwerk-ms.example>"),
           ("List-Id", "Newsletter Horn von Afrika Netzwerk <newsletter.hoa-netzwerk-ms.example>"),
           ("List-Unsubscribe", "<https://hoa-netzwerk-ms.example/newsletter/abmelden?id=2291>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.2"),
           ("MIME-Version", "1.0"))
    html_text = ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
                 "<title>Kulturabend</title></head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px;\">\n"
                 + "\n".join(f"<p>{esc(line)}</p>" if line else "" for line in HOA_TEXT.split("\n"))
                 + "\n</body></html>\n")
    m.alternative(HOA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Tigrinya carrying the sentences with German words ("AG 3 (Förderung /
# Vereinsmanagement)", "Fördermittel", "vegan") -> ti; "ኣርባዕተ ኢና" = we are
# four; a question about fasting food (still a registration).  The body has
# "ጸሓፊ ናይ ..." (secretary of ...), the signature the church's name.
# Plain UTF-8 base64.

@mail("andebrhan-tigrinya-german-words", "2027-02-22 20:30:17",
      E("registration", "gebremedhin.andebrhan@mail.example", "ገብረመድህን ዓንደብርሃን",
        "ኤርትራዊት ኦርቶዶክስ ተዋህዶ ቤተ ክርስቲያን ቅድስቲ ማርያም ሙንስተር", ["AG3"], 4, "ti"), "ti")
def _(m):
    m.head(("From", "Gebremedhin Andebrhan <gebremedhin.andebrhan@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03. / ምዝገባ"),
           ("Date", m.date),
           ("Message-ID", "<d6a0f3e2-51c8-4b97-8e2a-7f4c9b1d0e35@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ክቡራት፣

ኣነ ገብረመድህን ዓንደብርሃን እየ፣ ጸሓፊ ናይ ኤርትራዊት ኦርቶዶክስ ተዋህዶ ቤተ ክርስቲያን ቅድስቲ ማርያም ሙንስተር።
ንMSO-Tag ኣርባዕተ ኢና ንመጽእ። ኣብ AG 3 (Förderung / Vereinsmanagement) ክንሳተፍ ንደሊ፣ ምኽንያቱ ንቤተ ክርስቲያንና Fördermittel ክንረክብ ሓበሬታ የድልየና እዩ።

ሓደ ሕቶ፦ እቲ መዓልቲ ኣብ ዓቢይ ጾም (ሁዳዴ) እዩ። ናይ ጾም መግቢ (vegan) ክህሉ ይኽእል ድዩ?

ምስ ሰላምታ
ገብረመድህን ዓንደብርሃን
ኤርትራዊት ኦርቶዶክስ ተዋህዶ ቤተ ክርስቲያን ቅድስቲ ማርያም ሙንስተር
""", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Cancellation of a group of three; Outlook HTML only, windows-1252 QP,
# quoting the confirmation (AG 1, 3 persons) under a Von:/Gesendet: block.

NJOROGE_CANCEL = """Liebe Frau Meza Correa-Flock,

leider müssen wir unsere Anmeldung für den 13. März zurückziehen. In unserer Gemeinschaft ist jemand verstorben, und die Trauerfeier findet an diesem Samstag statt. Bitte streichen Sie uns drei von der Liste.

Wir hoffen, nächstes Jahr dabei sein zu können.

Herzliche Grüße
Esther Wambui Njoroge
Kenianischer Frauenverein Harambee Münster e.V."""


@mail("njoroge-cancel-outlook-html", "2027-02-25 09:00:44",
      E("cancellation", "esther.njoroge@harambee-ms.example", "Esther Wambui Njoroge",
        "Kenianischer Frauenverein Harambee Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Njoroge, Esther" <esther.njoroge@harambee-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbd2Fq8k1xZr4Pm7VtN0wL5bC3dA=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2034B8E1F7C2@GV1P195MB2034.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270203173019.1f8a@muenster.example>"),
           ("References", "<mailbot.20270203173019.1f8a@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 3. Februar 2027 17:30",
             "Njoroge, Esther <esther.njoroge@harambee-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Njoroge", "AG1", 3))
    m.single(outlook_html(NJOROGE_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Change from an iPhone in learner German, quoting the confirmation (AG 1,
# 1 person): "bitte wechseln in Gruppe 2" -> [AG2] and "meine Frau kommt auch
# mit, also 2 Personen" -> party_size 2.

@mail("assefa-iphone-change-group-and-size", "2027-03-01 07:45:09",
      E("change", "mulugeta.assefa@mail.example", "Mulugeta Assefa", None, ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mulugeta Assefa <mulugeta.assefa@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E1A93C57-4B0D-4F28-9C6E-3D8B2F7A1E50@mail.example>"),
           ("In-Reply-To", "<mailbot.20270203101207.8c4d@muenster.example>"),
           ("References", "<mailbot.20270203101207.8c4d@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich bin angemeldet für Gruppe 1 aber ich möchte bitte wechseln in Gruppe 2. Und meine Frau kommt auch mit, also 2 Personen.

Danke schön
Mulugeta Assefa

Von meinem iPhone gesendet

> Am 03.02.2027 um 10:12 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(confirmation("Herr Assefa", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Change in Tigrinya, Gmail (German interface) alternative, base64: "ካብ
# ቀዳማይ ጉጅለ ... ናብ ሳልሳይ ጉጅለ (AG 3)" = from the first group to the third
# -> [AG3]; "ቁጽሪ ሰባት ከምቲ ዝነበሮ" = the number stays -> null.

ASMEROM_TEXT = """ሰላም፣

ኣብ ቀዳማይ ጉጅለ ተመዝጊበ ነይረ። በጃኹም ካብ ቀዳማይ ጉጅለ ናብ ሳልሳይ ጉጅለ (AG 3) ቀይሩለይ። ቁጽሪ ሰባት ከምቲ ዝነበሮ እዩ።

የቐንየልና
ኣስመሮም ክፍለ"""

ASMEROM_ATTR = f"Am Di., 9. Feb. 2027 um 14:10 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("kifle-tigrinya-change-to-3", "2027-03-02 18:20:26",
      E("change", "asmerom.kifle@mail.example", "ኣስመሮም ክፍለ", None, ["AG3"], None, "ti"), "ti")
def _(m):
    m.head(("From", "Asmerom Kifle <asmerom.kifle@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG4nR9pW2kT7mX0vY5sQ8bL1dJ3cH6gF2uE9oA7iZ4tN0wKq1z@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270209141002.3e6b@muenster.example>"),
           ("References", "<mailbot.20270209141002.3e6b@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Herr Kifle", "AG1", 1)
    m.alternative(gmail_reply_plain(ASMEROM_TEXT, ASMEROM_ATTR, conf),
                  gmail_reply_html(ASMEROM_TEXT, ASMEROM_ATTR, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Postfix bounce (multipart/report, 5.2.2 mailbox full) of the 7-day reminder
# to 024's address; the returned reminder names AG 3 and 2 persons.

@mail("postfix-bounce-mailbox-full", "2027-03-06 10:00:41",
      E("bounce", bounced="xaliimo.cumar@mailbox.example"), "en")
def _(m):
    rcpt = "xaliimo.cumar@mailbox.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270306090041.B27E41C0F3@mail.muenster.example>"),
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

<{rcpt}>: host mx.mailbox.example[203.0.113.25] said: 552 5.2.2
    Mailbox full - user is over quota (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "B27E41C0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:38 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mailbox.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - user is over quota")])
    original = reminder_message(
        f"Xaliimo Maxamed <{rcpt}>", "Frau Cumar", "AG3", 2,
        "Sat, 06 Mar 2027 10:00:37 +0100", "<mailbot.20270306100037.5f1e@muenster.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# Cancellation in Arabic (illness), Gmail (Arabic interface) alternative with
# right-to-left HTML, quoting the confirmation (AG 2, 1 person) under an
# Arabic attribution line.

HALIMA_TEXT = """السلام عليكم،

للأسف لن أتمكن من الحضور يوم 13 مارس بسبب المرض. أرجو إلغاء تسجيلي.
أعتذر عن ذلك، وأتمنى لكم يوماً موفقاً.

حليمة آدم إسحاق"""

HALIMA_ATTR = f"في الثلاثاء، 19 يناير 2027 في 10:22 ص، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"


@mail("ishag-arabic-cancel-illness", "2027-03-08 12:30:55",
      E("cancellation", "halima.ishag@mail.example", "حليمة آدم إسحاق", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("حليمة إسحاق", "halima.ishag@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAA1mT6wN9kR4pX7vY2sB5dL8hJ0cG3gF6uE1oA9iK5tW2nVq7b@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270119102214.0a9c@muenster.example>"),
           ("References", "<mailbot.20270119102214.0a9c@muenster.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Ishag", "AG2", 1)
    m.alternative(gmail_reply_plain(HALIMA_TEXT, HALIMA_ATTR, conf),
                  gmail_reply_html(HALIMA_TEXT, HALIMA_ATTR, conf, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 045 ---------------------------------------------------------------------
# Cancellation, English, from an iPhone two days before the event, quoting
# the confirmation (AG 2, 1 person) with "On ..., at ..., ... wrote:".

@mail("kiprono-iphone-cancel", "2027-03-11 06:50:13",
      E("cancellation", "brian.kiprono@mail.example", "Brian Kiprono", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Brian Kiprono <brian.kiprono@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9D4E2A7C-1F6B-4C83-A0E5-7B2D9F3C8E14@mail.example>"),
           ("In-Reply-To", "<mailbot.20270216184107.7d2a@muenster.example>"),
           ("References", "<mailbot.20270216184107.7d2a@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Sorry, I have to cancel my registration for Saturday. I got called in for a shift at work and couldn't swap it.

Best of luck with the day!
Brian Kiprono

Sent from my iPhone

> On 16 Feb 2027, at 18:41, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
> 
{gt_quote(confirmation("Herr Kiprono", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")
LANGUAGES = {"de": "German", "en": "English", "ti": "Tigrinya", "am": "Amharic",
             "so": "Somali", "ar": "Arabic"}


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


def check_labels(msg, e, text_lang):
    """Problems with one expected record, judged against its decoded mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    if text_lang not in LANGUAGES:
        problems.append(f"text language {text_lang!r} not one of this set's")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            problems.append("change party_size must be null or >= 1")
    elif party is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")

    # the decoded mail: headers a reader sees and every text part
    seen = [str(msg.get(h, "")) for h in ("From", "Reply-To", "Subject")]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            seen.append(p.get_content())
    seen_text = "\n".join(seen)

    if kind in PERSON_KINDS:
        if e["language"] != text_lang:
            problems.append("language differs from the text language")
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in seen_text.lower():
            problems.append("email is not in From/Reply-To or the text")
        if not e["name"]:
            problems.append("person mail needs a name")
        elif e["name"] not in seen_text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in seen_text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if kind in ("change", "cancellation"):
            if "Angemeldete Personen:" not in seen_text or msg["In-Reply-To"] is None:
                problems.append("change/cancellation must answer and quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: {type(d).__name__}")
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
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(msg, expected, text_lang)
    return problems


def check_senders(built, datas):
    """No sender (From address) appears twice in the set."""
    problems = []
    seen = {}
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        addrs = [a.addr_spec.lower() for a in msg["From"].addresses]
        for a in addrs:
            if a in seen:
                problems.append(f"{name}: sender {a} already sent {seen[a]}")
            seen[a] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    langs = list(LANGUAGES)
    print("kind          " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        if kinds[k]:
            print(f"{k:13} " + " ".join(f"{table[(k, l)] or '-':>3}" for l in langs)
                  + f"  {kinds[k]:>3}")
    print("all           " + " ".join(
        f"{sum(table[(k, l)] for k in KINDS):>3}" for l in langs) + f"  {len(built):>3}")
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
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
