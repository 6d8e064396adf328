#!/usr/bin/env python3
"""Build the "final20a" mail set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config).
The writers are parents' associations and family organisations: people who
register with their children, spouses and grandparents, who mention ages,
birth years and school classes next to the number of persons, who ask about
childcare, and who later change the number of persons or cancel because a
child is ill.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes) and that the labels are well formed and agree
with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

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
import struct
import sys
import zlib
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
REMINDER_7D_ID = "<erinnerung-7d.mso-2027.20270306100002@muenster.example>"
REMINDER_1D_ID = "<erinnerung-1d.mso-2027.20270312060003@muenster.example>"

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
# generated attachment (small, deterministic)
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
<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">
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


def outlook_html(text, quote=None, charset="Windows-1252", labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        lv, lg, la, lb = labels
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>{lv}</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.replace("%CHARSET%", charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
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


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")




REMINDER_7D_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER_1D_SUBJECT = "Erinnerung: morgen Tag der Migrantenselbstorganisationen 2027"


def reminder_1d(salutation, ag, persons):
    """The reminder mailbot sends the day before the event (quoted in 043)."""
    return f"""Guten Tag {salutation},

morgen ist es so weit: Wir freuen uns, Sie beim Tag der
Migrantenselbstorganisationen 2027 zu begrüßen.

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def conf_id(stamp, tag):
    """Message-ID of a confirmation mailbot sent at `stamp` (YYYYMMDDHHMMSS)."""
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


def plain_reply(text, attribution, quoted):
    """text/plain reply: new text, attribution line, '> '-quoted original."""
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML for a reply: the new text, then the gmail_quote block."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (gmail_html(text, rtl).rstrip("\n")
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(attribution) + '<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">' + q + "</blockquote></div>\n")


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
# Thunderbird reply quoting the whole invitation (all three AGs in the quote);
# registration plus a childcare question; the children's ages "(6 und 9
# Jahre)" stand right next to the total of 4.

@mail("demir-family-reply-to-invitation", "2027-01-12 17:22:41",
      E("registration", "serkan.demir@tuerk-elternbund.example", "Serkan Demir",
        "Türkischer Elternbund Münster e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Serkan Demir <serkan.demir@tuerk-elternbund.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0d7e21-3c4a-4f19-8e62-a1d9c7b3f045@tuerk-elternbund.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung. Ich melde mich hiermit für die AG 1 an.
Ich komme mit meiner Frau Derya und unseren beiden Kindern (6 und 9
Jahre), wir sind also 4 Personen.

Gibt es an dem Samstag eine Kinderbetreuung? Sonst müssten die Kinder
mit in die Arbeitsgruppe, sie sind aber eigentlich ganz ruhig.

Mit freundlichen Grüßen
Serkan Demir

-- 
Türkischer Elternbund Münster e.V.
Elternberatung / Schulbegleitung
Tel. 0251 29 38 117

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable.  School classes "4. sınıfta",
# "2. sınıfta" come before the workgroup ordinal "1. çalışma grubu";
# "üç kişi" = three persons (wife, husband, mother-in-law).

@mail("korkmaz-turkish-classes-before-ordinal", "2027-01-13 09:05:17",
      E("registration", "emine.korkmaz@veli-dernegi.example", "Emine Korkmaz",
        "Münster Türk Veli Derneği", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Korkmaz", "emine.korkmaz@veli-dernegi.example")),
           ("To", MSO),
           ("Subject", ew("Kayıt - MSO Günü 13 Mart", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270113090517.41c2e8@veli-dernegi.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Mart 2027'de Stadtweinhaus'ta yapılacak Göçmen Öz Örgütleri Günü'ne kayıt olmak istiyoruz. Eşim Murat, kayınvalidem Hatice Hanım ve ben, yani üç kişi geleceğiz.

Kızımız 4. sınıfta, oğlumuz da 2. sınıfta. Bu yüzden en çok 1. çalışma grubu (Bildungssystem) ilgimizi çekiyor, üçümüz de oraya katılmak istiyoruz.

Saygılarımla,
Emine Korkmaz
Münster Türk Veli Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with right-to-left HTML, UTF-8 base64.
# "مع زوجتي وابني كريم (14 سنة، في الصف الثامن)" = with my wife and my son
# Karim (14, eighth grade) -> "ثلاثة أشخاص" = three persons; third workgroup.

NASSER_TEXT = """السلام عليكم،

أودّ تسجيل اسمي في يوم منظمات المهاجرين (MSO-Tag) يوم السبت 13 آذار/مارس 2027.
سأحضر مع زوجتي وابني كريم (14 سنة، في الصف الثامن)، أي أننا ثلاثة أشخاص.
نفضّل مجموعة العمل الثالثة حول التمويل وإدارة الجمعيات، لأن جمعيتنا تأسست في العام الماضي فقط.

مع الشكر والتقدير
Samir Nasser
Arabischer Elternverein Münster e.V."""


@mail("nasser-arabic-wife-and-son", "2027-01-13 20:40:03",
      E("registration", "samir.nasser@arab-elternverein.example", "Samir Nasser",
        "Arabischer Elternverein Münster e.V.", ["AG3"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Samir Nasser <samir.nasser@arab-elternverein.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<CAPz7Rk2mQ9wL4vT1bX8nY3cH6sJd0FgKe5uA2oNcB1rW7xE4tS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NASSER_TEXT, gmail_html(NASSER_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Russian, windows-1251 base64; the Cyrillic signature beats the Latin From
# display name.  Children's birth years "(2014 и 2017 г.р.)" stay at home;
# "Нас будет двое" = we will be two; first choice 1, else 2.

@mail("morozova-russian-cp1251-birth-years", "2027-01-14 11:30:52",
      E("registration", "n.morozova@raduga-eltern.example", "Наталья Морозова",
        "Russischsprachiger Elternverein „Raduga“ e.V.", ["AG1", "AG2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Natalia Morozova <n.morozova@raduga-eltern.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на День организаций мигрантов", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768386652.204871.11873@webmail.raduga-eltern.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Прошу зарегистрировать на День организаций мигрантов 13 марта меня и моего мужа Андрея. Нас будет двое.
Первый выбор – рабочая группа 1 (образование), если там уже нет мест – группа 2.
Дети (2014 и 2017 г.р.) останутся дома с бабушкой, поэтому присмотр за детьми нам не нужен.

С уважением,
Наталья Морозова
Russischsprachiger Elternverein „Raduga“ e.V.
""", charset="windows-1251", cte="base64")


# -- 005 ---------------------------------------------------------------------
# English, Gmail alternative.  A baby of 10 months is counted in the writer's
# own total "3 of us"; "10 months" is not a party size.

EZE_TEXT = """Hello,

I'd like to register for the MSO Day on 13 March. It will be me, my husband Emeka and our daughter Adaeze, who is 10 months old – so 3 of us in total (she'll mostly be in the baby carrier!).
We'd like to join Working Group 1 on education, as we are just starting to think about Kita and school.

Is there a quiet room where I could feed and change her?

Many thanks,
Chiamaka Eze
African Parents Network Münster"""


@mail("eze-english-baby-counted", "2027-01-14 21:15:38",
      E("registration", "chiamaka.eze@mail.example", "Chiamaka Eze",
        "African Parents Network Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Chiamaka Eze <chiamaka.eze@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for MSO Day - family of 3"),
           ("Date", m.date),
           ("Message-ID", "<CAK2eZ9pL7vT3bX1nY8cH4sJd6FgKe0uA5oNcB2rW9xQ7mR1tE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(EZE_TEXT, gmail_html(EZE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Learner German from an iPhone; From display name is only the first name.
# "Klasse 1 und Klasse 5" are school classes, "Gruppe Schule" is the alias;
# she is in no association ("nicht in Verein") -> organisation null.

@mail("ahmadi-learner-iphone-klasse", "2027-01-15 08:12:09",
      E("registration", "zarmina.ahmadi@mail.example", "Zarmina Ahmadi", None,
        ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Zarmina <zarmina.ahmadi@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<7D2F9A41-5C3B-4E18-A6D0-9B1E3F7C2A85@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich will anmelden für MSO Tag am 13.3. Ich komme mit mein Mann und mein Schwiegermutter, wir sind 3 Person.
Wir wollen in Gruppe Schule, weil unsere Kinder (Klasse 1 und Klasse 5) haben Probleme in Schule mit Deutsch.
Ich bin nicht in Verein, nur Mama :)

Danke
Zarmina Ahmadi

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question only: childcare and whether children may join AG 1; numbers of
# adults and children and "Arbeitsgruppe 1" appear, but nobody registers yet.

@mail("nowicka-braun-childcare-question", "2027-01-15 19:48:26",
      E("question", "a.nowicka-braun@tecza-muenster.example", "Agnieszka Nowicka-Braun",
        "Polnischer Elternverein „Tęcza“ Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Agnieszka Nowicka-Braun <a.nowicka-braun@tecza-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Frage: Kinderbetreuung beim MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<c81f4a2e-6b07-4d93-9e5c-2f0a8d1b7e63@tecza-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

unser Verein überlegt, mit mehreren Familien zum MSO-Tag zu kommen – ungefähr 5 Erwachsene und 6 Kinder zwischen 2 und 10 Jahren. Bevor ich uns anmelde, zwei Fragen:

1. Gibt es am 13. März eine Kinderbetreuung, und wenn ja, ab welchem Alter?
2. Dürfen die älteren Kinder (9 und 10 Jahre) mit in die Arbeitsgruppe 1, oder ist die nur für Erwachsene?

Sobald ich Ihre Antwort habe, schicke ich Ihnen die verbindliche Anmeldung mit allen Namen.

Mit freundlichen Grüßen
Agnieszka Nowicka-Braun
Polnischer Elternverein „Tęcza“ Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252, sent from the association's shared
# mailbox; the person signs.  "insgesamt 6 Personen: 4 Erwachsene ... und
# 2 Kinder (3 und 5 Jahre)"; "2. Vorsitzende" is an office, not a workgroup.

PAPADAKI_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Wir kommen mit insgesamt 6 Personen: 4 Erwachsene aus dem Vorstand und 2 Kinder (3 und 5 Jahre). Für die beiden Kleinen würden wir gern die Kinderbetreuung nutzen, falls es eine gibt.
Die Erwachsenen möchten alle in die Arbeitsgruppe III.

Mit freundlichen Grüßen

Eleni Papadaki
2. Vorsitzende
Griechischer Elternverein Münster e.V.
Hammer Straße 40 · 48153 Münster"""


@mail("griechischer-elternverein-outlook-html", "2027-01-18 10:02:44",
      E("registration", "info@griechischer-elternverein.example", "Eleni Papadaki",
        "Griechischer Elternverein Münster e.V.", ["AG3"], 6, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Griechischer Elternverein Münster e.V.",
                         "info@griechischer-elternverein.example", "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO 13.03.2027"),
           ("Thread-Topic", "Anmeldung Tag der MSO 13.03.2027"),
           ("Thread-Index", "AdtpQ4c2Vx8mN1kT0bR7yW3eZ5uHsA=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB6915C2D4E6F8A0B1C3D5E7F9A1B3@AS8PR03MB6915.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(PAPADAKI_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Turkish, multipart/alternative UTF-8 base64; "toplam 4 kişiyiz" next to the
# children's ages "(7 ve 11 yaşında)"; "3. grubu" is the workgroup; asks about
# childcare (still a registration).

SIMSEK_TEXT = """Merhaba,

Ben, eşim Aylin ve iki çocuğumuz (7 ve 11 yaşında) MSO-Tag'e katılmak istiyoruz, toplam 4 kişiyiz.
Çalışma grubu olarak 3. grubu (Förderung / Vereinsmanagement) seçiyoruz; derneğimiz bu yıl ilk kez proje desteği için başvurmak istiyor.

Bir de sorum var: Etkinlik sırasında çocuklar için bakım (Kinderbetreuung) olacak mı?

Teşekkürler, iyi çalışmalar
Hakan Şimşek
Münster Aile Birliği e.V."""


@mail("simsek-turkish-family-of-four", "2027-01-18 21:30:55",
      E("registration", "hakan.simsek@aile-birligi.example", "Hakan Şimşek",
        "Münster Aile Birliği e.V.", ["AG3"], 4, "tr"), "tr")
def _(m):
    m.head(("From", "Hakan Şimşek <hakan.simsek@aile-birligi.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag kayıt – Şimşek ailesi"),
           ("Date", m.date),
           ("Message-ID", "<1768768255.330914.5521@webmail.aile-birligi.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SIMSEK_TEXT, div_html(SIMSEK_TEXT, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 010 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable.  A mother of three (in primary school)
# comes alone ("سأحضر ... وحدي"); second workgroup; the association is named
# in German inside the Arabic text; she signs in Arabic script.

@mail("yousef-arabic-cp1256-mother-of-three-alone", "2027-01-19 13:05:31",
      E("registration", "amal.yousef@mail.example", "أمل يوسف", "Elterncafé Coerde",
        ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Amal Yousef <amal.yousef@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل في يوم المنظمات", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270119130531.GA18842@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا أم لثلاثة أطفال في المدرسة الابتدائية، لكنني سأحضر يوم 13 آذار وحدي، فالأطفال سيبقون مع والدهم.
أريد المشاركة في مجموعة العمل الثانية عن مستقبل مدينة مونستر (Zukunftsprozess).
أنا عضوة في Elterncafé Coerde.

شكراً لكم
أمل يوسف
""", charset="windows-1256", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Grandparents with their granddaughter; iso-8859-1 8bit.  "Jahrgang 1951",
# "16", "10. Klasse" are not sizes or workgroups; "zu dritt"; first and
# second choice by alias (Bildung, Zukunftsprozess).

@mail("romano-grandparents-jahrgang", "2027-01-20 09:44:12",
      E("registration", "g.romano@famiglia-muenster.example", "Giuseppe Romano",
        "Deutsch-Italienischer Familienkreis Münster e.V.", ["AG1", "AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Giuseppe Romano <g.romano@famiglia-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Familie Romano"),
           ("Date", m.date),
           ("Message-ID", "<000d01db6b1f$2a3b4c50$7e8f9a0b$@famiglia-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

meine Frau Carla und ich (beide Jahrgang 1951) möchten gerne zusammen mit unserer Enkelin Giulia am Tag der Migrantenselbstorganisationen teilnehmen. Giulia ist 16 und geht in die 10. Klasse, sie schreibt für die Schülerzeitung über die Schulzeit ihrer Großeltern in Deutschland.

Wir sind also zu dritt. Am liebsten würden wir in die Arbeitsgruppe Bildung gehen, als Zweitwunsch Zukunftsprozess.

Mit freundlichen Grüßen
Giuseppe Romano
Deutsch-Italienischer Familienkreis Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: the recipient's
# provider does not know the user.  The returned confirmation names AG 1 and
# 3 persons.

@mail("postfix-bounce-unknown-user", "2027-01-21 07:55:19",
      E("bounce", bounced="leyla.oezkan@webpost.example"), "en")
def _(m):
    rcpt = "leyla.oezkan@webpost.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270121065519.3C7E21B0A4@mail.muenster.example>"),
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

<{rcpt}>: host mx.webpost.example[198.51.100.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E21B0A4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 21 Jan 2027 07:55:16 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Leyla Özkan <{rcpt}>", "Frau Özkan", "AG1", 3,
        "Thu, 21 Jan 2027 07:55:14 +0100", conf_id("20270121075514", "7c1d"),
        "<f3a9e1c7-2d4b-4a86-b0e5-7c1d9f2a6b38@webpost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 013 ---------------------------------------------------------------------
# Russian grandmother with her grandson, UTF-8 8bit, Cyrillic display name
# and signature; "15 лет", "9-м классе" are not sizes; "Нас будет двое";
# "Рабочая группа № 1"; writes privately -> organisation null.

@mail("schmidt-russian-grandmother-grandson", "2027-01-21 18:20:47",
      E("registration", "v.schmidt1958@mail.example", "Валентина Шмидт", None,
        ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Валентина Шмидт <v.schmidt1958@mail.example>"),
           ("To", MSO),
           ("Subject", "Регистрация 13 марта"),
           ("Date", m.date),
           ("Message-ID", "<1768990847.552097381@f214.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я бабушка и пишу от себя лично. Хочу прийти на День организаций мигрантов 13 марта вместе с внуком Артёмом – ему 15 лет, он учится в 9-м классе и сам хочет послушать, как родители и школа могут лучше работать вместе.
Нас будет двое. Рабочая группа № 1, пожалуйста.

Спасибо!
Валентина Шмидт
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# English, Outlook multipart/alternative.  "a family of five" and "the three
# children" stay home: only the couple attends (2).  Roman numerals III, II.

ASANTE_TEXT = """Dear Sir or Madam,

I would like to register for the Day of Migrant Self-Organisations on 13 March 2027.
We are a family of five, but only my wife Abena and I will attend – the three children will stay with their grandmother that day.
Our first choice is Working Group III, second choice Working Group II.

Kind regards,
Kofi Asante
Secretary
Ghanaian Families Association Münster"""


@mail("asante-english-family-of-five-two-attend", "2027-01-22 12:10:26",
      E("registration", "kofi.asante@ghana-families.example", "Kofi Asante",
        "Ghanaian Families Association Münster", ["AG3", "AG2"], 2, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Kofi Asante <kofi.asante@ghana-families.example>"),
           ("To", TO_MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Thread-Topic", "Registration - MSO Day 13 March"),
           ("Thread-Index", "AdtsZ2Lq8Vn4kW1mT7bC0xY5eR3uPA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR10MB5884A3C5E7F9B1D3F5A7C9E1B3D5@DB9PR10MB5884.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ASANTE_TEXT), outlook_html(ASANTE_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Learner German from an Android phone; the children's birth years follow
# their names, then "Also 5 Personen"; childcare for the youngest.

@mail("al-hassan-learner-birth-years", "2027-01-23 16:33:08",
      E("registration", "ahmad.alhassan@mail.example", "Ahmad Al-Hassan",
        "Syrischer Elternverein Münster", ["AG1"], 5, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Al-Hassan <ahmad.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Familie Al-Hassan"),
           ("Date", m.date),
           ("Message-ID", "<m4k8q2.1769182388.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

ich möchte mich und meine Familie anmelden für Tag der Migrantenselbstorganisationen.
Wir sind: ich, meine Frau Rasha und unsere 3 Kinder Omar (2012), Lina (2015) und Yusuf (2019). Also 5 Personen.
Wir möchten in Arbeitsgruppe 1 Bildung. Für Yusuf brauchen wir bitte Kinderbetreuung wenn möglich, die großen kommen mit.

Vielen Dank
Ahmad Al-Hassan
Syrischer Elternverein Münster

Von meinem Samsung Galaxy Smartphone gesendet
""", charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# The chair forwards a member's mail and asks to confirm to the member's own
# address; the registration is the member's (she and her daughter, born 2009).

@mail("kurdischer-elternverein-forwards-member", "2027-01-25 10:10:33",
      E("registration", "dilan.yildiz@mail.example", "Dilan Yıldız",
        "Kurdischer Elternverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rojda Aslan <vorstand@kurdischer-elternverein.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAM9vR2kT5pL8nX1bQ4zW7yE0dF3gH6jK9cU2aS5oN8iB1vM4xQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

unten die Anmeldung unseres Mitglieds Dilan Yıldız. Bitte schicken Sie die Bestätigung direkt an sie: dilan.yildiz@mail.example

Viele Grüße
Rojda Aslan
Vorsitzende, Kurdischer Elternverein Münster e.V.

---------- Forwarded message ---------
Von: Dilan Yıldız <dilan.yildiz@mail.example>
Date: So., 24. Jan. 2027 um 21:47 Uhr
Subject: MSO-Tag
To: <vorstand@kurdischer-elternverein.example>


Hallo Rojda,

kannst du mich und meine Tochter Zilan (Jahrgang 2009) für den MSO-Tag anmelden? Wir möchten beide in die AG 2, Zilan macht bei der Jugendbeteiligung im Stadtteil mit.

Danke dir!
Dilan
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Turkish text with German event words (Anmeldung, Arbeitsgruppe 2,
# Zukunftsprozess) -> language tr; her mother (68) comes too -> 2; a question
# about a lift (still a registration).  iPhone, UTF-8 QP.

@mail("arikan-turkish-with-mother-lift-question", "2027-01-26 14:00:21",
      E("registration", "guelsuem.arikan@mail.example", "Gülsüm Arıkan",
        "Kadın ve Aile Derneği Münster", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Gülsüm Arıkan <guelsuem.arikan@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<3F8A1C6E-2B9D-4D57-8E03-6A1C9F4B7D20@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

MSO-Tag için Anmeldung yapmak istiyorum. Annem (68 yaşında) de benimle gelecek, yani 2 kişi olacağız.
Arbeitsgruppe 2'ye, yani Zukunftsprozess grubuna katılmak istiyoruz.
Bir sorum var: annem merdiven çıkmakta zorlanıyor, Stadtweinhaus'ta asansör var mı?

Teşekkürler
Gülsüm Arıkan
Kadın ve Aile Derneği Münster

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Arabic question only: childcare for two small children; she would register
# with her husband for the first workgroup only if there is childcare.

@mail("al-ali-arabic-childcare-question", "2027-01-27 20:20:14",
      E("question", "huda.alali@mail.example", "Huda Al-Ali", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Huda Al-Ali <huda.alali@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال عن رعاية الأطفال"),
           ("Date", m.date),
           ("Message-ID", "<m9t3w7.1769541614.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

هل توجد رعاية للأطفال يوم 13 آذار؟ عندي طفلان (3 و5 سنوات) ولا يوجد من يبقى معهما.
إذا كانت هناك رعاية، سأسجّل مع زوجي في مجموعة العمل الأولى.

مع الشكر
Huda

تم الإرسال من هاتف Samsung Galaxy الذكي.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Sent from her employer's address (Outlook alternative, windows-1252); the
# employer in the signature and disclaimer is not the organisation.  "mit
# unseren vier Kindern" stay home -> 1.  Alias "AG Schule".

KOWALSKI_TEXT = """Hallo liebes MSO-Team,

ich melde mich für die AG Schule an. Ich bin Vorsitzende vom Elternnetzwerk Münster-Nord e.V. und schreibe ausnahmsweise von meiner Arbeitsadresse.
Ich komme alleine – mein Mann bleibt mit unseren vier Kindern zu Hause :-)

Viele Grüße
Marta Kowalski-Hülsmann

Marta Kowalski-Hülsmann
Sachbearbeiterin Kfz-Schaden
Westmünster Versicherung AG
Weseler Straße 300, 48151 Münster
Vorstand: Dr. K. Albers (Vors.), S. Brandt · Sitz Münster · Amtsgericht Münster HRB 4711

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("kowalski-huelsmann-employer-signature", "2027-01-28 09:15:40",
      E("registration", "marta.kowalski-huelsmann@westmuenster-versicherung.example",
        "Marta Kowalski-Hülsmann", "Elternnetzwerk Münster-Nord e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Kowalski-Hülsmann, Marta",
                         "marta.kowalski-huelsmann@westmuenster-versicherung.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "AdtxR5m2K8pW0nQ4vT7bY1eC3zS6uA=="),
           ("Date", m.date),
           ("Message-ID", "<8a2c4e6f0b1d4f38@EXMB03.westmuenster-versicherung.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KOWALSKI_TEXT), outlook_html(KOWALSKI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Russian with German school words (Schülervertretung, Gesamtschule, AG 1 –
# Bildung); Cyrillic display name, Latin signature (the signature wins);
# "17 лет", "11-м классе" are not sizes; "Нас двое".

BECKER_TEXT = """Добрый день!

Регистрирую себя и дочь Софию на День организаций мигрантов 13 марта. Ей 17 лет, она в 11-м классе и состоит в Schülervertretung своей Gesamtschule. Нас двое.
Нас обеих интересует AG 1 – Bildung.

С уважением,
Olga Becker
Deutsch-Russischer Familienverein „Semja“ e.V."""


@mail("becker-russian-mother-and-daughter", "2027-01-29 17:40:02",
      E("registration", "olga.becker@semja-muenster.example", "Olga Becker",
        "Deutsch-Russischer Familienverein „Semja“ e.V.", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Ольга Беккер <olga.becker@semja-muenster.example>"),
           ("To", MSO),
           ("Subject", "Регистрация: MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<1769704802.118476203@f377.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in BECKER_TEXT.split("\n"))
        + "</div></BODY></HTML>\n")
    m.alternative(BECKER_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# A family of three (Apple Mail alternative); "(12, 6. Klasse)" sits next to
# the names; first wish AG 1, AG 3 as fallback.

OSEI_TEXT = """Hallo zusammen,

wir möchten uns als Familie für den MSO-Tag anmelden: Daniel Osei, Akosua Osei und unser Sohn Kwabena (12, 6. Klasse). Also 3 Personen.
Unser Wunsch wäre die AG 1, die AG 3 ginge aber auch.

Beste Grüße
Daniel Osei
Afrodeutscher Elternkreis Münster"""


@mail("osei-family-apple-mail", "2027-02-01 19:05:57",
      E("registration", "daniel.osei@mail.example", "Daniel Osei",
        "Afrodeutscher Elternkreis Münster", ["AG1", "AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Daniel Osei <daniel.osei@mail.example>"),
           ("Subject", "Anmeldung Familie Osei"),
           ("Message-Id", "<B6E2D8F1-4A7C-4C93-9D15-3E8F0A2B6C47@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(OSEI_TEXT, apple_html(OSEI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# Exchange out-of-office (parental leave) answering a confirmation;
# Auto-Submitted: auto-generated; Outlook alternative.

HECKMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich befinde mich bis einschließlich 31. März 2027 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Schulsozialarbeit, Tel. 0251 / 492-5120.

Mit freundlichen Grüßen
Julia Heckmann
Schulsozialarbeit"""


@mail("heckmann-exchange-ooo-elternzeit", "2027-02-02 08:30:06",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Heckmann, Julia" <j.heckmann@gesamtschule-mitte.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdF2k7Rq1Wn9m3xO5pL0qZ8rT4w=="),
           ("Date", m.date),
           ("Message-ID", "<4d9e1f7a3c2b4e51@EXCH02.gesamtschule-mitte.example>"),
           ("References", conf_id("20270202093001", "2e8a")),
           ("In-Reply-To", conf_id("20270202093001", "2e8a")),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HECKMANN_OOF), outlook_html(HECKMANN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# A husband registers his wife, who comes with their baby (8 months) -> 2;
# he asks to confirm to her address; "Dr." is dropped from the name.

@mail("rahman-registers-wife-and-baby", "2027-02-03 21:10:44",
      E("registration", "nadia.rahman@mail.example", "Nadia Rahman",
        "Bangladeshi Families Münster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Tanvir Rahman <tanvir.rahman@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for my wife - MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<CAF8tR4nW2qL6vX9bY3mZ7kE1dH5gJ0cU4aS8oN2iB6vP9xQ3rT@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I would like to register my wife, Dr. Nadia Rahman, for the MSO Day on 13 March. She is active in Bangladeshi Families Münster and would like to join Working Group 2.
She will bring our son Ayaan (8 months), so that is 2 persons. I cannot come myself as I am working that Saturday.

Please send the confirmation directly to her: nadia.rahman@mail.example

Thank you!
Tanvir Rahman
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change of party size only (1 -> 3) in a Gmail reply quoting the
# confirmation (AG 2, 1 person); "Emre (15)" is an age.

KARACA_CONF = confirmation("Herr Karaca", "AG2", 1)
KARACA_ATTR = (f"Am Mi., 27. Jan. 2027 um 18:02 Uhr schrieb Tag der "
               f"Migrantenselbstorganisationen <{MSO}>:")
KARACA_TEXT = """Guten Tag,

kleine Änderung: Meine Frau kommt jetzt doch mit, und unser Sohn Emre (15) möchte auch dabei sein. Wir sind also 3 Personen statt 1.

Viele Grüße
Yusuf Karaca
Türkischer Elternverein Münster-Hiltrup e.V."""


@mail("karaca-change-one-to-three", "2027-02-04 11:20:36",
      E("change", "yusuf.karaca@mail.example", "Yusuf Karaca",
        "Türkischer Elternverein Münster-Hiltrup e.V.", [], 3, "de"), "de")
def _(m):
    cid = conf_id("20270127180214", "4b1e")
    m.head(("From", "Yusuf Karaca <yusuf.karaca@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG3kY7pR1wT5nL9vX2bQ6zM0eH4dF8jC3aU7oS1iN5vB9xK2rW@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(plain_reply(KARACA_TEXT, KARACA_ATTR, KARACA_CONF),
                  gmail_reply_html(KARACA_TEXT, KARACA_ATTR, KARACA_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Registration without a workgroup ("entscheiden wir spontan vor Ort");
# "3. und 4. Klasse" are school classes, not workgroups; 2 persons.
# HTML only from a webmailer (one <div> per line).

SCHULZ_TEXT = """Hallo,

meine Schwester Selin und ich möchten uns für den MSO-Tag am 13. März anmelden, also 2 Personen.
Welche Arbeitsgruppe wir nehmen, entscheiden wir spontan vor Ort – unsere Kinder sind in der 3. und 4. Klasse, da passt eigentlich alles.

Liebe Grüße
Hanna Schulz-Yılmaz
Interkultureller Elternverein Gievenbeck e.V."""


@mail("schulz-yilmaz-no-workgroup-sisters", "2027-02-05 15:00:28",
      E("registration", "hanna.schulz-yilmaz@mail.example", "Hanna Schulz-Yılmaz",
        "Interkultureller Elternverein Gievenbeck e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Hanna Schulz-Yılmaz <hanna.schulz-yilmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c8e4a61-9f3b-4d07-b5e1-7a0d3c6f9e28-1770300028411@3c-app-webde-bs27>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(SCHULZ_TEXT, "font-family: Arial; font-size: 10pt;"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Turkish change of workgroup (1 -> 3) in a Thunderbird reply; the quoted
# confirmation names AG 1 and 2 persons; "Kişi sayısı aynı kalıyor" = the
# number stays the same.

@mail("polat-turkish-change-to-ag3", "2027-02-08 20:15:49",
      E("change", "nurcan.polat@kadin-aile.example", "Nurcan Polat",
        "Münster Türk Kadınlar ve Aileler Derneği", ["AG3"], None, "tr"), "tr")
def _(m):
    cid = conf_id("20270122101502", "9d3c")
    m.head(("From", "Nurcan Polat <nurcan.polat@kadin-aile.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a7e3c91d-4b2f-4e68-9a05-d1f8b6c2e037@kadin-aile.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Kayıt olurken 1. çalışma grubunu seçmiştim, ama derneğimizde konuştuk ve 3. gruba (Förderungsmöglichkeiten und Vereinsmanagement) geçmek istiyoruz. Kişi sayısı aynı kalıyor.

Teşekkürler
Nurcan Polat
Münster Türk Kadınlar ve Aileler Derneği

22.01.2027 10:15 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Frau Polat", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Arabic, UTF-8 base64; a father with his two daughters (16 and 18) -> 3;
# first choice workgroup 1 (Schule), second workgroup 2; Arabic signature
# beats the Latin display name.

@mail("saleh-arabic-two-daughters", "2027-02-09 18:30:12",
      E("registration", "mahmoud.saleh@pal-familien.example", "محمود صالح",
        "Palästinensischer Familienverein Münster e.V.", ["AG1", "AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@pal-familien.example>"),
           ("To", MSO),
           ("Subject", "تسجيل في يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<20270209183012.5a7e91@pal-familien.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرغب في التسجيل في يوم منظمات المهاجرين يوم 13 آذار/مارس. سأحضر مع ابنتيّ سلمى (16 سنة) ونور (18 سنة)، فنحن ثلاثة أشخاص.
اختيارنا الأول هو مجموعة العمل 1 (Schule)، والثاني مجموعة العمل 2.

مع التحية
محمود صالح
Palästinensischer Familienverein Münster e.V.
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# English question only: may her son (13, Year 8) come and sit in on a
# working group; she has not registered yet.

@mail("thompson-english-son-question", "2027-02-10 10:45:03",
      E("question", "sarah.thompson@ipc-muenster.example", "Sarah Thompson",
        "International Parents' Circle Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Sarah Thompson <sarah.thompson@ipc-muenster.example>"),
           ("To", MSO),
           ("Subject", "Question - can children attend?"),
           ("Date", m.date),
           ("Message-ID", "<000f01db7b9a$6c7d8e90$457b9cb0$@ipc-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I haven't registered yet - I'll do that once I know the answer to this: my son Oliver (13, Year 8 at a Gymnasium) is doing a school project on migrant organisations in Münster. Could he come along with me and sit in on one of the working groups? Is there a minimum age, and would he need to be registered separately?

Thanks in advance,
Sarah Thompson
International Parents' Circle Münster
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation because a child is ill (chickenpox), iPhone reply quoting the
# confirmation (AG 1, 3 persons) below the signature.

@mail("markovic-cancel-chickenpox-iphone", "2027-02-11 07:10:22",
      E("cancellation", "jelena.markovic@mail.example", "Jelena Marković",
        "Elternverein Bosnischer Familien Münster", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270125180207", "c5a0")
    m.head(("From", "Jelena Marković <jelena.markovic@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9E4B2C7A-1F6D-4A38-B0E5-8C3D7F2A1E96@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebes Team,

leider müssen wir unsere Anmeldung für den 13. März stornieren: Unser Sohn hat Windpocken, und die Kleine wird sie sicher auch noch bekommen. Bitte streichen Sie uns alle drei.

Vielleicht klappt es nächstes Jahr!
Jelena Marković
Elternverein Bosnischer Familien Münster

Von meinem iPhone gesendet

> Am 25.01.2027 um 18:02 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Frau Marković", "AG1", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Russian change: from workgroup 2 to group 1 and one more person (2 -> 3,
# "теперь нас будет трое"); Gmail reply with a Russian attribution line.

WOLF_CONF = confirmation("Frau Wolf", "AG2", 2)
WOLF_ATTR = (f"чт, 28 янв. 2027 г. в 09:12, Tag der Migrantenselbstorganisationen "
             f"<{MSO}>:")
WOLF_TEXT = """Здравствуйте!

Хотим изменить регистрацию: пожалуйста, переведите нас из рабочей группы 2 в группу 1 (Bildung). И с нами пойдёт ещё старшая дочь Алина (ей 19), так что теперь нас будет трое.

Спасибо!
Irina Wolf"""


@mail("wolf-russian-change-group-and-size", "2027-02-12 12:30:18",
      E("change", "irina.wolf@mail.example", "Irina Wolf", None, ["AG1"], 3, "ru"), "ru")
def _(m):
    cid = conf_id("20270128091209", "e2f4")
    m.head(("From", "Irina Wolf <irina.wolf@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH1rW5kZ8qT2nV6bX0mL4yE7dF1gJ9cK3aU5oS8iN2vB6xQ0pR@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(plain_reply(WOLF_TEXT, WOLF_ATTR, WOLF_CONF),
                  gmail_reply_html(WOLF_TEXT, WOLF_ATTR, WOLF_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# A family association registers 7 persons (5 adults, 2 teenagers of 14 and
# 16); the list of names and birth years is an attached PDF.  The running
# text has the inflected "Der Deutsch-Türkische ..."; the signature the base
# form.

CIFTCI_PDF = ["Teilnehmerliste MSO-Tag 13.03.2027",
              "Deutsch-Tuerkischer Familienverein Muenster-Coerde e.V.",
              "1. Leyla Ciftci (1979)",
              "2. Ahmet Ciftci (1975)",
              "3. Songuel Kara (1983)",
              "4. Mustafa Kara (1980)",
              "5. Hatice Demirel (1958)",
              "6. Elif Ciftci (2012)",
              "7. Baran Kara (2010)",
              "Arbeitsgruppe: AG 3"]


@mail("ciftci-seven-persons-pdf-list", "2027-02-14 16:00:51",
      E("registration", "leyla.ciftci@dt-familienverein.example", "Leyla Çiftçi",
        "Deutsch-Türkischer Familienverein Münster-Coerde e.V.", ["AG3"], 7, "de"), "de")
def _(m):
    m.head(("From", "Leyla Çiftçi <leyla.ciftci@dt-familienverein.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Familienverein Coerde – 7 Personen"),
           ("Date", m.date),
           ("Message-ID", "<CAB4nT8wQ2rL6vY0bX4mZ8kE2dH6gJ1cU5aS9oN3iB7vP0xR4tW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Meza Correa-Flock,

der Deutsch-Türkische Familienverein Münster-Coerde meldet sich mit 7 Personen zum MSO-Tag an (5 Erwachsene und 2 Jugendliche, 14 und 16 Jahre). Die Namen und Geburtsjahre stehen in der Liste im Anhang.
Wir möchten alle in die AG 3, weil wir dieses Jahr unseren ersten Förderantrag stellen wollen.

Mit freundlichen Grüßen
Leyla Çiftçi
Schriftführerin
Deutsch-Türkischer Familienverein Münster-Coerde e.V.
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(CIFTCI_PDF), "application", "pdf", "Teilnehmerliste_MSO-Tag.pdf")
    m.multi("mixed", [text, pdf], style="gmail")


# -- 032 ---------------------------------------------------------------------
# Turkish cancellation (her son needs an operation on 12 March), Gmail reply
# with the Turkish attribution "... tarihinde şunu yazdı:"; "Dört kişilik
# kaydımızı" = our registration for four.

GULER_CONF = confirmation("Frau Güler", "AG3", 4)
GULER_ATTR = (f"Tag der Migrantenselbstorganisationen <{MSO}>, 1 Şub 2027 Pzt, "
              "14:40 tarihinde şunu yazdı:")
GULER_TEXT = """Merhaba,

Maalesef 13 Mart'a katılamayacağız. Küçük oğlumun ameliyatı 12 Mart'a verildi, o hafta sonu hastanede olacağız. Dört kişilik kaydımızı iptal etmenizi rica ediyorum.

Anlayışınız için teşekkürler
Sevda Güler"""


@mail("guler-turkish-cancel-son-surgery", "2027-02-15 06:50:33",
      E("cancellation", "sevda.guler@mail.example", "Sevda Güler", None, [], None, "tr"), "tr")
def _(m):
    cid = conf_id("20270201144011", "7f2b")
    m.head(("From", "Sevda Güler <sevda.guler@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ6pW0rT3yL7nQ1bV5mX9kZ3eH7dF2gC6aU0oS4iN8vB2xM6tY@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(plain_reply(GULER_TEXT, GULER_ATTR, GULER_CONF),
                  gmail_reply_html(GULER_TEXT, GULER_ATTR, GULER_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# English change of party size (2 -> 4: her parents visit from Lagos),
# Outlook for iOS with an English header block above the quoted confirmation.

@mail("adeyemi-english-change-two-to-four", "2027-02-17 19:25:40",
      E("change", "funmi.adeyemi@mail.example", "Funmilayo Adeyemi", None, [], 4, "en"), "en")
def _(m):
    cid = conf_id("20270203112014", "0a9d")
    m.head(("From", "Funmilayo Adeyemi <funmi.adeyemi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB4512E6C8A0B2D4F6A8C0E2B4D6F8@AM0PR06MB4512.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Could you please change our registration from 2 to 4 persons? My parents are visiting from Lagos in March and would love to come along.

Thanks so much,
Funmilayo Adeyemi

Get Outlook for iOS
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Wednesday, February 3, 2027 11:20:14 AM
To: Funmilayo Adeyemi <funmi.adeyemi@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Adeyemi", "AG2", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Outlook alternative in iso-8859-2: she and a colleague bring their children
# (4 and 7) for the childcare -> 2 adults + 2 children = 4 (no total
# written); "AG II, notfalls AG I".

JOVANOVIC_TEXT = """Sehr geehrte Damen und Herren,

ich melde mich zusammen mit meiner Kollegin Milica Stanković für den MSO-Tag an. Wir bringen unsere Kinder mit (4 und 7 Jahre) und würden gern die Kinderbetreuung nutzen.
Wir möchten in die AG II, notfalls AG I.

Mit freundlichen Grüßen
Snežana Jovanović
Serbischer Eltern- und Kulturverein Münster e.V."""


@mail("jovanovic-outlook-latin2-two-plus-two", "2027-02-19 09:35:14",
      E("registration", "s.jovanovic@srpski-roditelji.example", "Snežana Jovanović",
        "Serbischer Eltern- und Kulturverein Münster e.V.", ["AG2", "AG1"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Snežana Jovanović", "s.jovanovic@srpski-roditelji.example",
                         "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag mit Kindern"),
           ("Thread-Topic", "Anmeldung MSO-Tag mit Kindern"),
           ("Thread-Index", "AdtivN3p7Rk1Wq5mT9bY2eC6zS0uHA=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7022B5D7F9A1C3E5A7B9D1F3A5C7@PA4PR08MB7022.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(JOVANOVIC_TEXT),
                  outlook_html(JOVANOVIC_TEXT, charset="iso-8859-2"),
                  charset="iso-8859-2", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Arabic change of workgroup (3 -> 2) in a Gmail reply with an Arabic
# attribution line and right-to-left HTML; the quote names AG 3.

KHALIL_CONF = confirmation("Herr Khalil", "AG3", 1)
KHALIL_ATTR = (f"في الثلاثاء، 9 فبراير 2027 في 4:05 م، كتب Tag der "
               f"Migrantenselbstorganisationen <{MSO}>:")
KHALIL_TEXT = """مرحباً،

سجّلت سابقاً في مجموعة العمل الثالثة، لكنني أرغب الآن في الانتقال إلى مجموعة العمل الثانية (Münsters Zukunftsprozess)، لأن مدرسة أولادي تشارك في مشروع عن مستقبل الحي.

شكراً
Rami Khalil"""


@mail("khalil-arabic-change-to-ag2", "2027-02-22 21:00:09",
      E("change", "rami.khalil@mail.example", "Rami Khalil", None, ["AG2"], None, "ar"), "ar")
def _(m):
    cid = conf_id("20270209160533", "5e6c")
    m.head(("From", "Rami Khalil <rami.khalil@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK9sX3mR6wT0nL4vY8bQ2zE5dH9gF3jC7aU1oS6iN0vB4xP8rQ@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.alternative(plain_reply(KHALIL_TEXT, KHALIL_ATTR, KHALIL_CONF),
                  gmail_reply_html(KHALIL_TEXT, KHALIL_ATTR, KHALIL_CONF, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Newsletter of a parents' network (other): invites to its own congress with
# "Anmeldung", childcare, workshops 1-4, and mentions the MSO-Tag.

ELTERN_NL_TEXT = """Landesnetzwerk Migranteneltern NRW – Newsletter Februar 2027

Liebe Eltern, liebe Vereine,

in dieser Ausgabe:
1. Elternkongress „Gemeinsam stark für Bildung“ am 17. April in Dortmund
2. Termine in den Regionen
3. Neue Broschüre: Der Übergang von der Kita in die Grundschule

1. Elternkongress am 17. April 2027
Im Dietrich-Keuning-Haus in Dortmund erwarten Sie vier Workshops: Workshop 1 „Übergang Kita – Grundschule“, Workshop 2 „Mehrsprachigkeit in der Familie“, Workshop 3 „Elternarbeit im Verein“, Workshop 4 „Schulabschluss und Ausbildung“. Für Kinder ab 2 Jahren gibt es eine kostenlose Kinderbetreuung.
Anmeldung bis zum 31. März unter https://migranteneltern-nrw.example/kongress – bitte geben Sie die Zahl der Erwachsenen und der Kinder an.

2. Termine in den Regionen
Münster: Tag der Migrantenselbstorganisationen am 13. März im Stadtweinhaus (Anmeldung beim Kommunalen Integrationszentrum).
Bielefeld: Elterncafé international, jeden ersten Dienstag im Monat.

3. Neue Broschüre
Unsere Broschüre zum Übergang in die Grundschule gibt es jetzt in Deutsch, Türkisch, Arabisch und Russisch: https://migranteneltern-nrw.example/material

Sie erhalten diesen Newsletter als Mitgliedsverein oder weil Sie ihn abonniert haben.
Abmelden: https://migranteneltern-nrw.example/newsletter/abmelden?id=5127
Landesnetzwerk Migranteneltern NRW · Geschäftsstelle · 44137 Dortmund"""

ELTERN_NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Februar 2027</title></head>
<body style="margin:0;background:#eef3f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#2e7d4f;color:#fff;"><h1 style="margin:0;font-size:22px;">Landesnetzwerk Migranteneltern NRW</h1><p style="margin:4px 0 0;">Newsletter Februar 2027</p></td></tr>
<tr><td>
<p>Liebe Eltern, liebe Vereine,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Elternkongress „Gemeinsam stark für Bildung“ am 17. April in Dortmund</li><li>Termine in den Regionen</li><li>Neue Broschüre: Der Übergang von der Kita in die Grundschule</li></ol>
<h2 style="font-size:17px;color:#2e7d4f;">Elternkongress am 17. April 2027</h2>
<p>Im Dietrich-Keuning-Haus in Dortmund erwarten Sie vier Workshops: Workshop 1 „Übergang Kita – Grundschule“, Workshop 2 „Mehrsprachigkeit in der Familie“, Workshop 3 „Elternarbeit im Verein“, Workshop 4 „Schulabschluss und Ausbildung“. Für Kinder ab 2 Jahren gibt es eine kostenlose Kinderbetreuung.</p>
<p><a href="https://migranteneltern-nrw.example/kongress" style="background:#2e7d4f;color:#fff;padding:8px 16px;text-decoration:none;">Jetzt anmelden</a> (bis 31. März – bitte Zahl der Erwachsenen und der Kinder angeben)</p>
<h2 style="font-size:17px;color:#2e7d4f;">Termine in den Regionen</h2>
<p><b>Münster:</b> Tag der Migrantenselbstorganisationen am 13. März im Stadtweinhaus (Anmeldung beim Kommunalen Integrationszentrum).<br>
<b>Bielefeld:</b> Elterncafé international, jeden ersten Dienstag im Monat.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Neue Broschüre</h2>
<p>Unsere Broschüre zum Übergang in die Grundschule gibt es jetzt in Deutsch, Türkisch, Arabisch und Russisch: <a href="https://migranteneltern-nrw.example/material">zum Download</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter als Mitgliedsverein oder weil Sie ihn abonniert haben.<br>
<a href="https://migranteneltern-nrw.example/newsletter/abmelden?id=5127">Abmelden</a> · Landesnetzwerk Migranteneltern NRW · Geschäftsstelle · 44137 Dortmund</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("migranteneltern-nrw-newsletter", "2027-02-24 07:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Landesnetzwerk Migranteneltern NRW <newsletter@migranteneltern-nrw.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Februar 2027: Elternkongress am 17. April – jetzt anmelden!"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.5127.9b3e1d@migranteneltern-nrw.example>"),
           ("List-Id", "Newsletter Migranteneltern NRW <newsletter.migranteneltern-nrw.example>"),
           ("List-Unsubscribe", "<https://migranteneltern-nrw.example/newsletter/abmelden?id=5127>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(ELTERN_NL_TEXT, ELTERN_NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Phone mail, all lower case, no umlauts, no punctuation to speak of:
# "zu viert", the boys' ages "10 und 13", "ag 1".

@mail("ozdemir-lower-case-zu-viert", "2027-02-26 22:40:35",
      E("registration", "derya.ozd@mail.example", "Derya Ozdemir",
        "elternverein hiltrup-ost", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Derya Ozdemir <derya.ozd@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", "<m2p6x1.1772142035.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo, hier ist derya ozdemir vom elternverein hiltrup-ost
wir kommen zu viert: ich, mein mann und die zwei jungs (10 und 13)
ag 1 bitte, wegen schule
lg derya
""", charset="utf-8", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Russian cancellation (the daughter has chickenpox), mail.ru-style reply
# with a Russian attribution; "(2 человека)" is the old size, not a change.
# Cyrillic signature beats the Latin display name.

@mail("kuznetsova-russian-cancel-chickenpox", "2027-03-01 08:05:27",
      E("cancellation", "elena.kuznetsova@mail.example", "Елена Кузнецова", None,
        [], None, "ru"), "ru")
def _(m):
    cid = conf_id("20270210203004", "b8e1")
    m.head(("From", "Elena Kuznetsova <elena.kuznetsova@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1772348727.903155621@f402.i.mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день,

к сожалению, мы не сможем прийти 13 марта: у дочки ветрянка, врач сказал сидеть дома минимум две недели. Пожалуйста, отмените нашу регистрацию (2 человека).

Извините и спасибо!
Елена Кузнецова


Среда, 10 февраля 2027, 20:30 +01:00 от Tag der Migrantenselbstorganisationen <{MSO}>:
{gt_quote(confirmation("Frau Kuznetsova", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Part of a family drops out (grandmother to hospital): a change of party
# size 3 -> 2, not a cancellation.  Plain-text Outlook quote with
# "-----Ursprüngliche Nachricht-----".

@mail("dogan-change-mother-drops-out", "2027-03-05 13:15:08",
      E("change", "aylin.dogan@mail.example", "Aylin Doğan", None, [], 2, "de"), "de", tz=0)
def _(m):
    cid = conf_id("20270212084511", "3a7d")
    m.head(("From", "Aylin Doğan <aylin.dogan@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001101db8dce$1e2f3a40$5b6c7d8e$@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider kann meine Mutter doch nicht mitkommen, sie muss nächste Woche ins Krankenhaus. Wir sind also nur noch 2 statt 3 Personen – mein Mann und ich kommen wie geplant.

Viele Grüße
Aylin Doğan

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Freitag, 12. Februar 2027 08:45
An: Aylin Doğan <aylin.dogan@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Doğan", "AG1", 3)}
""", charset="windows-1254", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office to the 7-day reminder, with no
# Auto-Submitted or X-Autoreply header; only the subject and text show it.

@mail("anne-cocuk-ooo-bilingual-no-header", "2027-03-06 10:00:41",
      E("auto_reply"), "tr+de")
def _(m):
    m.head(("From", "Anne-Çocuk Derneği Münster <info@anne-cocuk-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Otomatik yanıt / Abwesenheitsnotiz: " + REMINDER_7D_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ar.1772787641.2291@anne-cocuk-muenster.example>"),
           ("In-Reply-To", REMINDER_7D_ID),
           ("References", REMINDER_7D_ID),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

derneğimizin ofisi 15 Mart'a kadar kapalıdır. E-postanız kaydedildi, dönüşümüzde size cevap vereceğiz.

Guten Tag,

unser Vereinsbüro ist bis zum 15. März geschlossen. Ihre E-Mail wurde gespeichert, wir antworten Ihnen nach unserer Rückkehr.

Anne-Çocuk Derneği Münster
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Turkish on deadline day from a Samsung phone (alternative, UTF-8 base64):
# "2 kızım (13 ve 15 yaşlarında)" + herself, "Toplam 3 kişi"; "2. çalışma
# grubu, olmazsa 1." = second workgroup, else the first.

TEKIN_TEXT = """Merhaba,

Bugün son gün olduğunu yeni gördüm, umarım geç kalmadım. Kendim ve 2 kızım (13 ve 15 yaşlarında) için kayıt yaptırmak istiyorum. Toplam 3 kişi.
Tercihimiz 2. çalışma grubu, olmazsa 1.

Sevgiler
Ebru Tekin
Anne-Çocuk Derneği Münster

Samsung Galaxy akıllı telefonumdan gönderildi."""


@mail("tekin-turkish-deadline-day", "2027-03-06 20:30:16",
      E("registration", "ebru.tekin@mail.example", "Ebru Tekin",
        "Anne-Çocuk Derneği Münster", ["AG2", "AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Ebru Tekin <ebru.tekin@mail.example>"),
           ("To", MSO),
           ("Subject", "Kayıt MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<m8v1c5.1772825416.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TEKIN_TEXT, div_html(TEKIN_TEXT, "font-family: Roboto, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# English, after the deadline: "if there's still room" with daughter (17)
# -> a registration for 2 in working group 1.

@mail("bello-english-late-with-daughter", "2027-03-07 11:00:48",
      E("registration", "marcus.bello@mail.example", "Marcus Bello",
        "Black Parents Network Muenster", ["AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Marcus Bello <marcus.bello@mail.example>"),
           ("To", MSO),
           ("Subject", "Late registration - 2 people"),
           ("Date", m.date),
           ("Message-ID", "<CAL2tY6nR9wQ3kL7vX1bZ5mE8dH2gF6jC0aU4oS7iN1vB5xT9pW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I know registration closed yesterday, but if there's still room: I'd like to come with my daughter Zara (17), who is in the student council at her school. Working group 1 would be our choice.
That's 2 people.

Cheers,
Marcus Bello
Black Parents Network Muenster
""", charset="us-ascii", cte="7bit")


# -- 043 ---------------------------------------------------------------------
# Cancellation the morning before, replying to the 1-day reminder (not the
# confirmation); the daughter has a high fever.  Outlook alternative.

HOXHA_TEXT = """Guten Morgen,

leider müssen wir für morgen absagen. Unsere Tochter hat seit heute Nacht hohes Fieber, mein Mann und ich bleiben bei ihr. Bitte streichen Sie unsere Anmeldung (2 Personen).

Wir wünschen Ihnen einen schönen Tag!
Blerina Hoxha
Albanischer Elternverein Münster e.V."""


@mail("hoxha-cancel-reply-to-reminder-fever", "2027-03-12 07:15:22",
      E("cancellation", "blerina.hoxha@alb-elternverein.example", "Blerina Hoxha",
        "Albanischer Elternverein Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Blerina Hoxha <blerina.hoxha@alb-elternverein.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER_1D_SUBJECT),
           ("Thread-Topic", REMINDER_1D_SUBJECT),
           ("Thread-Index", "AQHbkz7Rk2Wq6mT0bY3eC7zS1uHA4n=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR04MB6190C7E9A1B3D5F7A9C1E3B5D7F9@VI1PR04MB6190.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_1D_ID),
           ("References", REMINDER_1D_ID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 12. März 2027 06:00",
             "Blerina Hoxha <blerina.hoxha@alb-elternverein.example>",
             REMINDER_1D_SUBJECT, reminder_1d("Frau Hoxha", "AG1", 2))
    m.alternative(outlook_plain(HOXHA_TEXT, quote), outlook_html(HOXHA_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "tr", "ar", "ru", "en")


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


def label_problems(e):
    """Problems with one expected record on its own."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind!r}")
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
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']!r}")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        if kind == "bounce":
            br = e["bounced_recipient"]
            if not br or br != br.lower():
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
            chunks.append(html.unescape(p.get_content()))
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += label_problems(expected)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        # the labels must agree with the mail: the email is the From or
        # Reply-To address or one the text names; name and organisation are
        # written in the mail verbatim
        own = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
        if expected["email"] not in own and expected["email"] not in text.lower():
            problems.append("email label not in From/Reply-To or the text")
        for k in ("name", "organisation"):
            if expected[k] and expected[k] not in text:
                problems.append(f"{k} label {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("a change or cancellation must answer and quote our mail")
    return problems


def sender_problems(built, datas):
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else str(msg["From"])
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x not in LANGS, x))
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
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{lang:>6}" for lang in langs) + "   all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in langs]
        print(f"  {k:13}" + "".join(f"{c or '-':>6}" for c in row) + f"{sum(row):>6}")
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
        # re-read what was written
        datas = [(mails_dir / name).read_bytes() for name, *_ in built]

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in sender_problems(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
