#!/usr/bin/env python3
"""Build the "final25c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of ../../shared/corpus/dev/config.toml),
written by the long-established associations of the "Gastarbeiter" generation and
their children: Italian, Greek, Spanish, Portuguese, Croatian, Bosnian, Serbian,
Albanian/Kosovar and Polish cultural and parish associations, football clubs and
folklore groups.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), that hand-encoded headers decode to the
intended text, that only example domains are used, that the labels are well
formed and agree with the mail, and that no sender appears twice.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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
import unicodedata
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
        self.header_expect = []    # (header, decoded value) for hand-encoded headers

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

    def encoded(self, name, text, charset, enc="q"):
        """A hand-encoded RFC 2047 header value; the check decodes it back."""
        self.header_expect.append((name, text))
        return ew(text, charset, enc)

    def encoded_addr(self, name, display, address, charset, enc="q"):
        """'=?cs?..?= <address>' with the display name in `charset`."""
        self.header_expect.append((name, (display, address)))
        return f"{ew(display, charset, enc)} <{address}>"

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
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
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


def outlook_html(text, quote=None, charset="Windows-1252"):
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
    return (OUTLOOK_HEAD.replace("@CHARSET@", charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


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


# -- 001 ---------------------------------------------------------------------
# Italian Thunderbird reply quoting the whole invitation (all three AGs in the
# quote); founding year and member count in the text; "in due", 3 then 1.

@mail("greco-circolo-italiano-reply-invitation", "2027-01-12 16:20:37",
      E("registration", "salvatore.greco@circolo-italiano-ms.example", "Salvatore Greco",
        "Circolo Culturale Italiano Münster e.V.", ["AG3", "AG1"], 2, "it"), "it")
def _(m):
    m.head(("From", "Salvatore Greco <salvatore.greco@circolo-italiano-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6f2d8a1c-4b3e-4d7a-9c05-1e8b7a6d2f30@circolo-italiano-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single(f"""Gentile signora Meza Correa-Flock,

grazie mille per l'invito. Il nostro Circolo è stato fondato nel 1968 da un
gruppo di lavoratori emigrati dalla Sicilia e dalla Puglia e conta oggi 140
soci, da qualche anno anche tanti giovani della terza generazione.

Vorrei iscrivere me stesso e il nostro vicepresidente, Vincenzo Amato.
Saremo quindi in due.
Come gruppo di lavoro preferiamo il numero 3 (Förderungsmöglichkeiten und
effektives Vereinsmanagement), in alternativa il numero 1.

Cordiali saluti
Salvatore Greco
Presidente
Circolo Culturale Italiano Münster e.V.

Il 12/01/27 14:03, Tag der Migrantenselbstorganisationen ha scritto:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Formal German from a Serbian club's secretary, Outlook multipart/alternative
# in UTF-8 (the names need ć), "Surname, First name" as one B-encoded word; registers two named board members and himself
# ("der Unterzeichnende") = 3.  Founding year 1969, 212 members.

JOVANOVIC_TEXT = """Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

im Namen des Vorstandes des Serbischen Kultur- und Sportvereins „Sloga“ Münster e.V. bedanken wir uns für die Einladung zum Tag der Migrantenselbstorganisationen 2027.

Unser Verein wurde 1969 von serbischen und jugoslawischen Arbeitnehmern gegründet und hat heute 212 Mitglieder. Neben der Folkloregruppe mit drei Altersgruppen unterhalten wir eine Fußballmannschaft in der Kreisliga.

Für die Veranstaltung am 13. März 2027 melden wir folgende Personen an:

- Herr Dragan Petrović, 1. Vorsitzender
- Frau Milena Stojanović, Leiterin der Folkloregruppe
- der Unterzeichnende

Wir möchten gemeinsam an der Arbeitsgruppe 2 „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ teilnehmen.

Mit freundlichen Grüßen

Nikola Jovanović
Schriftführer
Serbischer Kultur- und Sportverein „Sloga“ Münster e.V.
Grevener Straße 215, 48159 Münster"""


@mail("jovanovic-sloga-board-members-outlook", "2027-01-13 09:41:12",
      E("registration", "n.jovanovic@sloga-muenster.example", "Nikola Jovanović",
        "Serbischer Kultur- und Sportverein „Sloga“ Münster e.V.", ["AG2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", m.encoded_addr("From", "Jovanović, Nikola", "n.jovanovic@sloga-muenster.example",
                                   "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Topic", "Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
           ("Thread-Index", "AdtlqR0c8x2Lk3mN9pQ1rS5tU7vW4g=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR09MB5481A7C3E2F1D0B9A8C7D6E5F4A3@DU2PR09MB5481.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE, sr-Latn-RS"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(JOVANOVIC_TEXT), outlook_html(JOVANOVIC_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# German of the first Gastarbeiter generation with Italian interference, from
# an iPhone ("Inviato da iPhone").  "seit 1985", "1966", "95 Mitglieder" are
# club history; "mit meine Sohn" = 2; "Gruppe für Förderung" = AG3.

@mail("russo-arbeiterverein-italian-german", "2027-01-13 19:12:05",
      E("registration", "antonio.russo1951@mail.example", "Antonio Russo",
        "Italienischer Arbeiterverein Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "antonio russo <antonio.russo1951@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<B41E7F2A-0C3D-4E59-8A16-7D2F9B3C5E01@mail.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag

ich bin Antonio Russo, ich bin seit 1985 Presidente von Italienischer Arbeiterverein Münster. Unsere Verein ist gegründet 1966, damals alle arbeiten bei die Firma in Hafen und in Bau. Jetzt wir haben noch 95 Mitglieder, viele sind Rentner wie ich.

Ich möchte anmelden für die Tag von Migranten Organisationen am 13 März. Ich komme mit meine Sohn Marco, er macht jetzt die Kasse von Verein. Wir wollen gehen in die Gruppe für Förderung, weil wir brauchen Geld für die neue Dach von Vereinsheim.

Vielen Dank und schöne Grüße
Antonio Russo

Inviato da iPhone
""", charset="utf-8", cte="8bit")


# -- 004 ---------------------------------------------------------------------
# Greek in Greek script, iso-8859-7 quoted-printable, subject and name as
# RFC 2047 B words in iso-8859-7.  The Greek signature beats the Latin
# display name.  "δεύτερη ομάδα εργασίας" = second workgroup; "τρία άτομα"
# (me and two named board members) = 3; 1971, 130 members, 22 dancers.

@mail("karagiannis-greek-iso-8859-7", "2027-01-14 10:05:48",
      E("registration", "d.karagiannis@hellenikos-syllogos.example", "Δημήτριος Καραγιάννης",
        "Ελληνικός Σύλλογος Μύνστερ «Ο Μέγας Αλέξανδρος»", ["AG2"], 3, "el"), "el")
def _(m):
    m.head(("From", "Dimitrios Karagiannis <d.karagiannis@hellenikos-syllogos.example>"),
           ("To", MSO),
           ("Subject", m.encoded("Subject", "Δήλωση συμμετοχής - MSO-Tag 13.3.2027",
                                 "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270114090548.3F7A21@hellenikos-syllogos.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Αγαπητή κυρία Meza Correa-Flock,

σας ευχαριστούμε πολύ για την πρόσκληση. Ο σύλλογός μας ιδρύθηκε το 1971 από Έλληνες εργάτες της περιοχής και σήμερα έχει 130 μέλη. Το χορευτικό μας τμήμα με 22 χορευτές παίρνει μέρος κάθε χρόνο στη γιορτή της πόλης.

Θα ήθελα να δηλώσω συμμετοχή για τρία άτομα: εμένα, την ταμία μας κ. Σοφία Παπαδοπούλου και τον υπεύθυνο νεολαίας κ. Νίκο Βλάχο.
Μας ενδιαφέρει η δεύτερη ομάδα εργασίας (Zukunftsprozess).

Με εκτίμηση,
Δημήτριος Καραγιάννης
Πρόεδρος
Ελληνικός Σύλλογος Μύνστερ «Ο Μέγας Αλέξανδρος»
""", charset="iso-8859-7", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Polish, windows-1250 quoted-printable; four board members in a numbered
# list (writer first) = 4; "grupa robocza nr 3".  1983, 45 dancers and a
# choir of 16 are club history.

@mail("wisniewski-krakowiak-polish-four-names", "2027-01-14 21:30:22",
      E("registration", "k.wisniewski@krakowiak-muenster.example", "Krzysztof Wiśniewski",
        "Polski Zespół Pieśni i Tańca „Krakowiak” Münster e.V.", ["AG3"], 4, "pl"), "pl")
def _(m):
    m.head(("From", m.encoded_addr("From", "Krzysztof Wiśniewski",
                                   "k.wisniewski@krakowiak-muenster.example", "windows-1250")),
           ("To", MSO),
           ("Subject", m.encoded("Subject", "Zgłoszenie – Tag der Migrantenselbstorganisationen",
                                 "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<a83c5e1f-7d20-4b6e-91fa-2c4d8e0b7a15@krakowiak-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

w imieniu zarządu Zespołu Pieśni i Tańca „Krakowiak” zgłaszam udział w Dniu Organizacji Migranckich 13 marca 2027 r. następujących osób:

1. Krzysztof Wiśniewski – prezes
2. Agnieszka Zając – skarbnik
3. Marek Lewandowski – kierownik artystyczny
4. Beata Kamińska – sekretarz

Nasz zespół działa od 1983 roku, obecnie tańczy w nim 45 osób w trzech grupach wiekowych, a przy zespole działa też chór (16 osób).

Całą czwórką chcielibyśmy wziąć udział w grupie roboczej nr 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement).

Z poważaniem
Krzysztof Wiśniewski
Prezes
Polski Zespół Pieśni i Tańca „Krakowiak” Münster e.V.
""", charset="windows-1250", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Second generation, fluent German; Gmail multipart/alternative.  1989 is a
# founding year; "Ich komme allein" = 1.

GASHI_TEXT = """Hallo Frau Meza Correa-Flock,

ich melde mich gern für den MSO-Tag am 13. März an. Ich bin im Vorstand des Albanischen Kultur- und Elternvereins Dardania für die Jugendarbeit zuständig. Meine Eltern haben den Verein 1989 mitgegründet, inzwischen machen vor allem wir aus der zweiten Generation die Arbeit.

Ich würde gern in die AG 1 (Bildungssystem), weil wir gerade ein Nachhilfeprojekt für Grundschulkinder aufbauen. Ich komme allein.

Liebe Grüße
Blerina Gashi
Albanischer Kultur- und Elternverein Dardania Münster e.V."""


@mail("gashi-dardania-second-generation", "2027-01-15 11:02:54",
      E("registration", "blerina.gashi@dardania-ev.example", "Blerina Gashi",
        "Albanischer Kultur- und Elternverein Dardania Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Blerina Gashi <blerina.gashi@dardania-ev.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027 – Dardania e.V."),
           ("Date", m.date),
           ("Message-ID", "<CAF3kR8vT1mQ0wZ5nB7xL2yH9cD4sJ6gE0pU3aN8iK1oW5rV2Yq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GASHI_TEXT, gmail_html(GASHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Spanish, Gmail multipart/alternative, UTF-8 base64.  Display name is short;
# the signature has both surnames.  Three persons named; first choice 1,
# second 2.  1964, 110 socios, 16 bailarines are history.

LOPEZ_TEXT = """Estimada Sra. Meza Correa-Flock:

Le escribo en nombre del Centro Gallego Rosalía de Castro de Münster. Nuestro centro fue fundado en 1964 por emigrantes gallegos que llegaron a trabajar a la región, y hoy tiene unos 110 socios. Tenemos también un grupo de gaitas y un grupo de baile con 16 bailarines.

Nos gustaría inscribirnos para el día 13 de marzo. Iremos tres personas: yo misma, nuestro secretario Manuel Rodríguez y la responsable del grupo de baile, Lucía Vázquez.
Preferimos el grupo de trabajo 1 (Bildungssystem); como segunda opción, el grupo 2.

Un cordial saludo,
María del Carmen López Fernández
Presidenta
Centro Gallego Rosalía de Castro de Münster"""


@mail("lopez-centro-gallego-spanish", "2027-01-16 09:18:40",
      E("registration", "mcarmen.lopez@centro-gallego-ms.example", "María del Carmen López Fernández",
        "Centro Gallego Rosalía de Castro de Münster", ["AG1", "AG2"], 3, "es"), "es")
def _(m):
    m.head(("From", "María del Carmen López <mcarmen.lopez@centro-gallego-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscripción Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<CAD7uW2pX0qR9tS3vY6zB1mN4kL8jH5gF2dE7cA0iO3wQ9eT1Uz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(LOPEZ_TEXT, gmail_html(LOPEZ_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Croatian, windows-1250 quoted-printable.  "dolazimo nas dvoje" = 2;
# "radna skupina 1".  1974, the 50th anniversary in 2024, 30 dancers and a
# tamburica band of 8 are history.

@mail("maric-hkd-zrinski-croatian", "2027-01-17 12:44:09",
      E("registration", "ivana.maric@hkd-zrinski.example", "Ivana Marić",
        "Hrvatsko kulturno društvo „Zrinski” Münster", ["AG1"], 2, "hr"), "hr")
def _(m):
    m.head(("From", m.encoded_addr("From", "Ivana Marić", "ivana.maric@hkd-zrinski.example",
                                   "windows-1250", "q")),
           ("To", MSO),
           ("Subject", "Prijava za Dan migrantskih organizacija 13.3."),
           ("Date", m.date),
           ("Message-ID", "<000b01db68c4$5e2a7f10$1a7f6e30$@hkd-zrinski.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovana gospođo Meza Correa-Flock,

hvala Vam na pozivu. Hrvatsko kulturno društvo „Zrinski” Münster osnovano je 1974. godine, a 2024. smo proslavili 50. obljetnicu. Naša folklorna skupina ima 30 članova, a tamburaški sastav 8.

Prijavljujem sebe i našeg tajnika Antu Vukovića, dakle dolazimo nas dvoje.
Zanima nas radna skupina 1 – obrazovanje (Bildungssystem), jer vodimo i dopunsku nastavu hrvatskog jezika.

Srdačan pozdrav,
Ivana Marić
Hrvatsko kulturno društvo „Zrinski” Münster
""", charset="windows-1250", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Question (German, second generation): may the folk-dance group perform?
# The registration is announced for later; the invitation is quoted below.
# "12 Tänzerinnen und 4 Musiker", "30-jähriges" are not a party size.

@mail("ferrante-tarantella-performance-question", "2027-01-18 08:30:16",
      E("question", "giulia.ferrante@tarantella-ms.example", "Giulia Ferrante-Schulte",
        "Gruppo Folk Tarantella Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Giulia Ferrante-Schulte <giulia.ferrante@tarantella-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH2vN7qL4mT8xR1wZ0bK5yP3dF9sG6jE2cU4aO7iB1nX8tQ5Wv@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung! Bevor wir uns anmelden, hätte ich eine Frage:
Unsere Tanzgruppe (12 Tänzerinnen und 4 Musiker) hat letztes Jahr ihr
30-jähriges gefeiert und würde sich freuen, in der Mittagspause zwei, drei
Tarantellen zu zeigen. Wäre das möglich, und wie viel Platz hätten wir im
Stadtweinhaus? Wenn das klappt, melden wir uns gleich mit dem Vorstand an.

Viele Grüße
Giulia Ferrante-Schulte
Gruppo Folk Tarantella Münster e.V.

Am Di., 12. Jan. 2027 um 14:03 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Serbian in Cyrillic, windows-1251 quoted-printable; Latin display name,
# Cyrillic signature (the signature wins).  "Долазимо нас двоје" = 2,
# "радној групи 1".  1972 and a choir of 25 are history.

@mail("ilic-spco-serbian-cyrillic", "2027-01-18 20:15:31",
      E("registration", "snezana.ilic@spco-muenster.example", "Снежана Илић",
        "Српска православна црквена општина Минстер", ["AG1"], 2, "sr"), "sr")
def _(m):
    m.head(("From", m.encoded_addr("From", "Snežana Ilić", "snezana.ilic@spco-muenster.example",
                                   "utf-8", "b")),
           ("To", MSO),
           ("Subject", m.encoded("Subject", "Пријава за MSO-Tag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768763731.448201.2207@webmail.spco-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Поштовани,

у име Српске православне црквене општине Минстер пријављујем се за Дан организација миграната 13. марта 2027.
Наша општина постоји од 1972. године, а црквени хор „Свети Сава“, који водим, данас има 25 чланова.

Долазимо нас двоје – ја и наш парох, отац Милош Радовановић.
Желели бисмо да учествујемо у радној групи 1 (Bildungssystem), јер имамо и школу српског језика за децу.

Срдачан поздрав,
Снежана Илић
Српска православна црквена општина Минстер
""", charset="windows-1251", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Portuguese, iso-8859-1 quoted-printable; "Vou sozinho" = 1; roman numeral
# "grupo de trabalho II".  1970, 85 sócios, 18 dançarinos are history.

@mail("pereira-associacao-portuguesa", "2027-01-19 10:50:02",
      E("registration", "jm.pereira@acp-muenster.example", "José Manuel Pereira",
        "Associação Cultural Portuguesa de Münster", ["AG2"], 1, "pt"), "pt")
def _(m):
    m.head(("From", m.encoded_addr("From", "José Manuel Pereira", "jm.pereira@acp-muenster.example",
                                   "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", m.encoded("Subject", "Inscrição - Dia das Organizações de Migrantes",
                                 "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<001c01db6a4e$9b3d5f20$d1b81e60$@acp-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "pt"),
           ("MIME-Version", "1.0"))
    m.single("""Exma. Senhora Meza Correa-Flock,

agradeço o convite para o Tag der Migrantenselbstorganisationen.
A Associação Cultural Portuguesa de Münster foi fundada em 1970 por trabalhadores portugueses e tem hoje 85 sócios. O nosso rancho folclórico tem 18 dançarinos e atua todos os anos na festa de verão da cidade.

Gostaria de me inscrever para o dia 13 de março. Vou sozinho, porque os outros membros da direção trabalham ao sábado.
Tenho interesse no grupo de trabalho II (Münsters Zukunftsprozess).

Com os melhores cumprimentos,
José Manuel Pereira
Vice-presidente
Associação Cultural Portuguesa de Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Football club of the second generation; "1977" is in the club's name and
# "50-jähriges", "260 Mitglieder", "8 Jugendteams" are history.  "mich und
# unseren Jugendleiter" = 2; AG 3, else AG 2.

@mail("esposito-sc-italia-football", "2027-01-20 17:33:47",
      E("registration", "marco.esposito@sc-italia-ms.example", "Marco Esposito",
        "SC Italia Münster 1977 e.V.", ["AG3", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Marco Esposito <marco.esposito@sc-italia-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung SC Italia"),
           ("Date", m.date),
           ("Message-ID", "<7c1e4b9a-2f3d-4a58-b6e0-9d8c1f2a3b47@sc-italia-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

hiermit melde ich mich und unseren Jugendleiter Luca Ferri für den Tag der
Migrantenselbstorganisationen an.

Kurz zu uns: Der SC Italia Münster 1977 e.V. wurde von italienischen
Gastarbeitern gegründet und feiert dieses Jahr 50-jähriges Jubiläum. Wir
haben 260 Mitglieder, zwei Seniorenmannschaften und 8 Jugendteams.

Wir würden gerne in die AG 3, weil wir für das Jubiläum und für neue
Trikots Fördermittel suchen. Falls die voll ist, nehmen wir auch die AG 2.

Grazie und sportliche Grüße
Marco Esposito
2. Vorsitzender
SC Italia Münster 1977 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Albanian, Gmail multipart/alternative, UTF-8 base64.  The running text has
# the inflected "Shoqatës", the signature the base form.  "dy veta" = 2;
# group 1, else 3.  1992, 60 members, 14 dancers are history.

KRASNIQI_TEXT = """Përshëndetje,

Jam Arben Krasniqi, kryetar i Shoqatës Kulturore Shqiptare „Iliria“ në Münster. Shoqata jonë u themelua në vitin 1992 nga familje nga Kosova dhe sot ka rreth 60 anëtarë. Kemi edhe një grup valle për fëmijë me 14 vallëtarë.

Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars 2027. Do të vijmë dy veta: unë dhe sekretarja jonë, Valbona Hoxha.
Na intereson më shumë grupi i punës 1 (Bildungssystem). Nëse është plot, atëherë grupi 3.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare „Iliria“ Münster"""


@mail("krasniqi-iliria-albanian", "2027-01-21 09:07:26",
      E("registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
        "Shoqata Kulturore Shqiptare „Iliria“ Münster", ["AG1", "AG3"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@iliria-ms.example>"),
           ("To", MSO),
           ("Subject", "Regjistrim – Dita e Organizatave të Migrantëve (MSO-Tag)"),
           ("Date", m.date),
           ("Message-ID", "<CAM5tY1rQ8wL3nV0bX7kP2zD6sH9gJ4cF1eU8aR5iN0oT3mW7Bx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRASNIQI_TEXT, gmail_html(KRASNIQI_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Italian Catholic Mission: the parish office registers its priest, who comes
# alone, and asks to confirm to his own address.  "don" is his title, not
# part of the name.  1961, 2.000 famiglie, 22 voci are history.

@mail("missione-cattolica-registers-priest", "2027-01-22 14:26:58",
      E("registration", "luca.ferraro@mci-muenster.example", "Luca Ferraro",
        "Missione Cattolica Italiana di Münster", ["AG2"], 1, "it"), "it")
def _(m):
    m.head(("From", "Missione Cattolica Italiana Münster <segreteria@mci-muenster.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione MSO-Tag 13 marzo"),
           ("Date", m.date),
           ("Message-ID", "<20270122142658.GA11873@mci-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

scrivo dalla segreteria della Missione Cattolica Italiana di Münster.
Vorrei iscrivere al Tag der Migrantenselbstorganisationen il nostro
missionario, don Luca Ferraro, che parteciperà da solo. La nostra Missione
accompagna gli italiani di Münster e dintorni dal 1961; oggi la comunità
conta circa 2.000 famiglie e il coro parrocchiale 22 voci.

Don Luca vorrebbe partecipare al gruppo di lavoro 2 (Zukunftsprozess).
Vi prego di mandare la conferma direttamente a lui:
luca.ferraro@mci-muenster.example

Grazie e cordiali saluti
Rosaria Lombardi
Segreteria
Missione Cattolica Italiana di Münster
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Bosnian ("učešće", "radna grupa", ijekavian "vrijeme"), UTF-8 8bit;
# himself plus two named board members ("Svi troje") = 3; group 3, then 2.

@mail("hodzic-behar-bosnian-board", "2027-01-23 18:02:33",
      E("registration", "emir.hodzic@behar-muenster.example", "Emir Hodžić",
        "Bosanskohercegovačko kulturno udruženje „Behar“ Münster", ["AG3", "AG2"], 3, "bs"), "bs")
def _(m):
    m.head(("From", "Emir Hodžić <emir.hodzic@behar-muenster.example>"),
           ("To", MSO),
           ("Subject", "Prijava – Dan migrantskih organizacija"),
           ("Date", m.date),
           ("Message-ID", "<5d9e2c7b-1a40-4f86-b3d2-0e7c6a9f8b21@behar-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

ovim putem prijavljujem sebe i dvoje članova upravnog odbora našeg udruženja za učešće na Danu migrantskih samoorganizacija 13. marta 2027:

- Senad Mujić, potpredsjednik
- Amra Begić, blagajnica

Udruženje je osnovano 1994. godine, u vrijeme rata, kada su mnoge porodice iz Bosne i Hercegovine došle u Münster, a mnogi naši osnivači su ovdje radili još od sedamdesetih. Danas imamo oko 120 članova, sekciju sevdalinke i folklornu grupu za djecu.

Svi troje bismo željeli učestvovati u radnoj grupi 3 (Förderungsmöglichkeiten), a kao drugi izbor radna grupa 2.

Hvala i srdačan pozdrav,
Emir Hodžić
predsjednik
Bosanskohercegovačko kulturno udruženje „Behar“ Münster
""", charset="utf-8", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Greek Orthodox parish writing German, Apple Mail alternative; "zu viert"
# with three named persons plus herself = 4; alias "Bildung" (the word
# "Samstagsschule" appears too).  1973, choir of 18, 40 children are history.

STAVRIDOU_TEXT = """Sehr geehrte Damen und Herren,

für die Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster möchte ich uns zum MSO-Tag anmelden. Unsere Gemeinde gibt es seit 1973, der Kirchenchor hat zurzeit 18 Sängerinnen und Sänger, und wir haben eine griechische Samstagsschule mit ca. 40 Kindern.

Wir kommen zu viert: Vater Athanasios Kouris, unser Chorleiter Panagiotis Lazaridis, meine Kollegin aus dem Gemeinderat Maria Oikonomou und ich.
Bitte tragen Sie uns in die Arbeitsgruppe Bildung ein.

Vielen Dank!
Eleni Stavridou
Gemeinderat
Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster"""


@mail("stavridou-orthodox-parish-zu-viert", "2027-01-25 08:11:19",
      E("registration", "e.stavridou@hl-dimitrios-ms.example", "Eleni Stavridou",
        "Griechisch-Orthodoxe Kirchengemeinde Hl. Dimitrios Münster", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", "Eleni Stavridou <e.stavridou@hl-dimitrios-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Kirchengemeinde Hl. Dimitrios"),
           ("Date", m.date),
           ("Message-ID", "<9A3F1C2E-7B5D-4E08-A1C6-3D2F8E9B0A47@hl-dimitrios-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(STAVRIDOU_TEXT, apple_html(STAVRIDOU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# Spanish forward: the club secretary forwards a member's request and asks to
# confirm to him.  The attendee is the member (his address is in the
# forwarded header block); "Voy con mi hija" = 2; "grupo de la financiación
# (Förderung)" = AG3.  "50 aniversario" is history.

@mail("ruiz-forwards-jimenez-spanish", "2027-01-25 22:47:03",
      E("registration", "antonio.jimenez.o@correo.example", "Antonio Jiménez Ortega",
        "Peña Cultural Andaluza de Münster", ["AG3"], 2, "es"), "es")
def _(m):
    m.head(("From", "Francisco Javier Ruiz <pena.andaluza@andaluces-ms.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAE8oP3wR6tY0uI2aS5dF8gH1jK4lZ7xC0vB3nM6qW9eR2tY5Uo@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hola, buenas noches:

Os reenvío la inscripción de nuestro socio Antonio Jiménez Ortega, que no
tenía vuestra dirección. Por favor, enviad la confirmación directamente a él.

Saludos,
Francisco Javier Ruiz
Secretario – Peña Cultural Andaluza de Münster

---------- Forwarded message ---------
De: Antonio Jiménez Ortega <antonio.jimenez.o@correo.example>
Date: dom, 24 ene 2027 a las 20:41
Subject: MSO-Tag
To: <pena.andaluza@andaluces-ms.example>


Hola Paco:

¿Me puedes apuntar para el día de las asociaciones de migrantes del 13 de
marzo? Quiero ir al grupo de la financiación (Förderung), que nos hace
falta para el 50 aniversario de la Peña. Voy con mi hija Carmen, que lleva
el grupo de baile.

Gracias, un abrazo
Antonio
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change (Italian), Gmail reply in an Italian interface quoting the
# confirmation (AG 1, 2 persons); both move to group 3; "40 anni" is history.

@mail("mancini-change-to-ag3-italian", "2027-01-26 15:30:44",
      E("change", "lucia.mancini@pugliesi-ms.example", "Lucia Mancini",
        "Associazione Pugliesi di Münster", ["AG3"], None, "it"), "it")
def _(m):
    m.head(("From", "Lucia Mancini <lucia.mancini@pugliesi-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ4nT9xW2qL7mR0vB5kY8zP1dF3sG6hE9cU2aO5iN8oX1tQ4Rm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125101211.4c2e@muenster.example>"),
           ("References", "<mailbot.20270125101211.4c2e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Buongiorno,

avevo iscritto me e mia cugina al gruppo di lavoro 1, ma parlando con il
direttivo abbiamo deciso che per noi è più utile il gruppo 3, perché l'anno
prossimo festeggiamo i 40 anni dell'associazione e dobbiamo chiedere dei
contributi. Potete spostarci tutte e due nel gruppo 3?

Grazie mille
Lucia Mancini
Associazione Pugliesi di Münster

Il giorno lun 25 gen 2027 alle ore 10:12 Tag der Migrantenselbstorganisationen <{MSO}> ha scritto:

{gt_quote(confirmation("Frau Mancini", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Shared association mailbox (display name = club); iso-8859-1 8bit; the
# chairwoman signs.  "1962" is history; "voraussichtlich allein" = 1.

@mail("sanchez-spanischer-elternverein-shared-mailbox", "2027-01-27 10:03:29",
      E("registration", "info@elternverein-espanol.example", "Pilar Sánchez Moreno",
        "Spanischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Spanischer Elternverein Münster e.V. <info@elternverein-espanol.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<002101db709f$4a6c8e10$dee5aa30$@elternverein-espanol.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

der Spanische Elternverein Münster e.V. wurde 1962 von spanischen
Gastarbeiterfamilien gegründet, um muttersprachlichen Unterricht für ihre
Kinder zu organisieren - ich selbst war eine dieser Schülerinnen. Heute
bin ich die Vorsitzende.

Ich möchte mich für die Arbeitsgruppe 1 zum Bildungssystem anmelden. Ich
komme voraussichtlich allein.

Mit freundlichen Grüßen
Pilar Sánchez Moreno
Vorsitzende
Spanischer Elternverein Münster e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# German with Polish interference, no signature block beyond the name;
# "mich und mein Mann" = 2; "Arbeitsgruppe Bildung, wenn möglich, sonst
# egal" = AG1 only.  The choir of 12 is not the party.

@mail("nowicka-most-polish-german", "2027-01-28 19:20:55",
      E("registration", "danuta.nowicka@mail.example", "Danuta Nowicka",
        "Polnischer Kulturverein „Most“ Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Danuta Nowicka <danuta.nowicka@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für 13. März"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e2b7d91-0c5a-4f38-9b16-e7a3d8c2f045-1769624455203@3c-app-webde-bap22>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich möchte anmelden mich und mein Mann Zbigniew für die Tag der Migrantenselbstorganisationen. Wir sind in Polnischer Kulturverein „Most“ Münster, ich bin dort Kassiererin und leite die Chor „Słowiki“ (12 Frauen). Wir möchten in Arbeitsgruppe Bildung, wenn möglich, sonst egal.

Mit freundliche Grüße
Danuta Nowicka
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Change (Greek): plain-text Outlook reply with a Greek header block
# (Από/Στάλθηκε/Προς/Θέμα) above the confirmation (AG 2); new choice group 1.

@mail("georgiou-change-greek-outlook", "2027-01-29 11:40:07",
      E("change", "p.georgiou@ellinikos-omilos-ms.example", "Παναγιώτης Γεωργίου",
        "Ελληνικός Όμιλος Μύνστερ", ["AG1"], None, "el"), "el")
def _(m):
    m.head(("From", "Panagiotis Georgiou <p.georgiou@ellinikos-omilos-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000d01db71f2$7e3a9c40$7aafd4c0$@ellinikos-omilos-ms.example>"),
           ("In-Reply-To", "<mailbot.20270128091503.9a1f@muenster.example>"),
           ("References", "<mailbot.20270128091503.9a1f@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(f"""Καλησπέρα σας,

σύμφωνα με την επιβεβαίωση παρακάτω είμαι γραμμένος στην ομάδα εργασίας 2. Θα ήθελα, αν είναι δυνατόν, να αλλάξω στην ομάδα εργασίας 1 (Bildungssystem), γιατί από φέτος αναλαμβάνω στον σύλλογό μας το ελληνικό σχολείο του Σαββάτου.

Ευχαριστώ πολύ,
Παναγιώτης Γεωργίου
Ελληνικός Όμιλος Μύνστερ

Από: Tag der Migrantenselbstorganisationen <{MSO}>
Στάλθηκε: Πέμπτη, 28 Ιανουαρίου 2027 09:15
Προς: Panagiotis Georgiou <p.georgiou@ellinikos-omilos-ms.example>
Θέμα: {CONFIRMATION_SUBJECT}

{confirmation("Herr Georgiou", "AG2", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change (Polish), Thunderbird reply with a Polish attribution line quoting
# the confirmation (AG 3); "do grupy roboczej nr 2 ..., a nie do trzeciej".
# UTF-8 base64.

@mail("zielinska-change-polish-thunderbird", "2027-01-30 16:55:38",
      E("change", "k.zielinska@polska-szkola-ms.example", "Katarzyna Zielińska",
        "Polska Szkoła Sobotnia im. Jana Pawła II w Münsterze", ["AG2"], None, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Zielińska <k.zielinska@polska-szkola-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c4a7e2d9-3b1f-4e60-8d95-6f0a2b1c7e38@polska-szkola-ms.example>"),
           ("In-Reply-To", "<mailbot.20270129160211.2d7b@muenster.example>"),
           ("References", "<mailbot.20270129160211.2d7b@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie. Niestety pomyliłam grupy – chciałam zapisać się
do grupy roboczej nr 2 (Zukunftsprozess), a nie do trzeciej. Czy mogą
Państwo to poprawić?

Pozdrawiam serdecznie
Katarzyna Zielińska
Polska Szkoła Sobotnia im. Jana Pawła II w Münsterze

W dniu 29.01.2027 o 16:02, Tag der Migrantenselbstorganisationen pisze:
{gt_quote(confirmation("Frau Zielińska", "AG3", 1))}
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Exchange out-of-office in Italian and German (auto_reply), answering a
# confirmation; Auto-Submitted: auto-generated.

ROSSETTI_OOF = """Gentili signore e signori,

sono assente dall'ufficio fino al 15 febbraio 2027 compreso. Per questioni urgenti potete rivolgervi alla segreteria del Comitato (Tel. 0251 / 98 76 54).

Sehr geehrte Damen und Herren,

ich bin bis einschließlich 15. Februar 2027 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Comitato (Tel. 0251 / 98 76 54).

Cordiali saluti / Mit freundlichen Grüßen
Paola Rossetti"""


@mail("rossetti-out-of-office-italian-german", "2027-02-01 12:10:33",
      E("auto_reply"), "it", tz=0)
def _(m):
    m.head(("From", '"Rossetti, Paola" <paola.rossetti@comitato-italiani-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Risposta automatica: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdJ1x5kR2pL8mW3nQ0vZ7yT4sU9A="),
           ("Date", m.date),
           ("Message-ID", "<5b8e2f1a0c7d4e93@EXCH02.comitato-italiani-ms.example>"),
           ("In-Reply-To", "<mailbot.20270201131022.7e5c@muenster.example>"),
           ("References", "<mailbot.20270201131022.7e5c@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "it-IT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ROSSETTI_OOF), outlook_html(ROSSETTI_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Serbian in Latin script (ekavian "želeli", "umetnički"), UTF-8 QP;
# "Dolazimo nas dvojica" = 2; "radnoj grupi 2".  1970, four ensembles,
# about 80 dancers are history.

@mail("djordjevic-kud-kolo-serbian-latin", "2027-02-02 09:35:14",
      E("registration", "milan.djordjevic@kud-kolo.example", "Milan Đorđević",
        "Srpsko kulturno-umetničko društvo „Kolo“ Münster", ["AG2"], 2, "sr"), "sr")
def _(m):
    m.head(("From", "Milan Đorđević <milan.djordjevic@kud-kolo.example>"),
           ("To", MSO),
           ("Subject", "Prijava za 13. mart"),
           ("Date", m.date),
           ("Message-ID", "<CAK1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6Yp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

prijavljujem se za Dan migrantskih organizacija 13. marta 2027. u ime našeg društva. Društvo je osnovano 1970. godine; danas imamo četiri folklorna ansambla sa oko 80 igrača i žensku pevačku grupu.

Dolazimo nas dvojica, ja i naš umetnički rukovodilac Zoran Nikolić.
Želeli bismo da učestvujemo u radnoj grupi 2 (Zukunftsprozess).

Srdačan pozdrav,
Milan Đorđević
Srpsko kulturno-umetničko društvo „Kolo“ Münster
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Question (Italian): will there be interpreting for older members?  The
# registration "per tre persone" is only announced (question, not
# registration).  1975, 80 soci, the 1960s are history.

@mail("caruso-trinacria-interpreting-question", "2027-02-02 21:03:40",
      E("question", "vincenzo.caruso@mail.example", "Vincenzo Caruso",
        "Associazione Siciliana Trinacria di Münster", [], None, "it"), "it")
def _(m):
    m.head(("From", "Vincenzo Caruso <vincenzo.caruso@mail.example>"),
           ("To", MSO),
           ("Subject", "Domanda traduzione"),
           ("Date", m.date),
           ("Message-ID", "<1770062620.55319.8841@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buonasera,

sono il segretario dell'Associazione Siciliana Trinacria di Münster (fondata nel 1975, 80 soci). Alcuni dei nostri soci più anziani, arrivati qui negli anni '60 come Gastarbeiter, parlano poco il tedesco. Vorrei sapere se durante la giornata ci sarà una traduzione o se qualcuno potrà aiutare in italiano. Se sì, vi mando subito l'iscrizione per tre persone.

Distinti saluti
Vincenzo Caruso
Associazione Siciliana Trinacria di Münster
""", charset="iso-8859-15", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Sent from the employer's address (Outlook alternative, windows-1252 QP)
# with the employer's signature and disclaimer; the organisation is the
# dance group, not the employer.  "Meine Schwester ... und ich" = 2.
# 1979, 24 dancers, "zwischen 8 und 70 Jahren" are not a party size.

FERNANDES_TEXT = """Sehr geehrte Damen und Herren,

ich schreibe Ihnen von meiner Arbeitsadresse, aber für unseren Verein, den Rancho Folclórico Português de Münster e.V. Die Tanzgruppe wurde 1979 von Familien aus Nordportugal gegründet; heute tanzen bei uns 24 Tänzerinnen und Tänzer zwischen 8 und 70 Jahren.

Meine Schwester Sandra Fernandes und ich würden gerne zum MSO-Tag kommen, und zwar in die AG 2 (Zukunftsprozess).

Viele Grüße
Ana Rita Fernandes

--
Westfälische Bauversicherung AG
Abteilung Schadenregulierung
Ana Rita Fernandes, Sachbearbeiterin
Telefon: 0251 / 7 03 18 62
Weseler Straße 300, 48151 Münster

Sitz der Gesellschaft: Münster, Amtsgericht Münster HRB 4711
Vorstand: Dr. Hermann Kötter (Vors.), Birgit Wellmann
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


@mail("fernandes-rancho-employer-disclaimer", "2027-02-03 10:14:26",
      E("registration", "anarita.fernandes@westfaelische-bau.example", "Ana Rita Fernandes",
        "Rancho Folclórico Português de Münster e.V.", ["AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Fernandes, Ana Rita" <anarita.fernandes@westfaelische-bau.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag – Rancho Folclórico"),
           ("Thread-Topic", "Anmeldung MSO-Tag – Rancho Folclórico"),
           ("Thread-Index", "AdtuF3k9Qm2xR7vP0nL4sW8yT1zB5A=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2217B6A5C4D3E2F1A0B9C8D7E6F5@FR2P281MB2217.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FERNANDES_TEXT), outlook_html(FERNANDES_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Change (Portuguese) from an iPhone: new group 3 and one more person (his
# wife) -> 2; the quoted confirmation names AG 2 and 1 person.

@mail("lopes-change-group-and-wife-portuguese", "2027-02-04 07:52:11",
      E("change", "fernando.lopes@mail.example", "Fernando Lopes",
        "Rancho Folclórico Os Minhotos de Münster", ["AG3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Fernando Lopes <fernando.lopes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2E6B8D1F-4A7C-4F30-9B52-C8E1D0A3F679@mail.example>"),
           ("In-Reply-To", "<mailbot.20270201112014.5f3a@muenster.example>"),
           ("References", "<mailbot.20270201112014.5f3a@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bom dia,

queria fazer duas alterações à minha inscrição: em vez do grupo 2 preferia ir ao grupo 3 (Förderung), e vou levar a minha mulher, a Graça, que é a tesoureira do nosso rancho. Seremos então duas pessoas.

Obrigado
Fernando Lopes
Rancho Folclórico Os Minhotos de Münster

Enviado do meu iPhone

A 01/02/2027, às 11:20, Tag der Migrantenselbstorganisationen <{MSO}> escreveu:

{gt_quote(confirmation("Herr Lopes", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Learner German (Kosovar youth coach); "Arbeitsgruppe mit Schule" = AG1;
# alone (nobody else mentioned) = 1.  1998, "4 Jugendmanschaften", "fast 90
# Kinder" are history.

@mail("berisha-kf-kosova-learner-german", "2027-02-05 13:27:50",
      E("registration", "bekim.berisha@mail.example", "Bekim Berisha",
        "KF Kosova Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bekim Berisha <bekim.berisha@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung 13.3"),
           ("Date", m.date),
           ("Message-ID", "<CAP6sD3fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich bin Bekim Berisha, Trainer von Jugend bei KF Kosova Münster. Unsere Verein hat 1998 gegründet, wir haben jetzt 4 Jugendmanschaften und fast 90 Kinder und Jugendliche, viele kommen aus albanische Familien aber auch andere.

Ich will anmelden für 13.3. und ich will in die Arbeitsgruppe mit Schule, weil viele von unsere Kinder haben Probleme in Schule und Eltern verstehen System nicht gut.

Danke
Bekim Berisha
KF Kosova Münster

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Other: a parish's anniversary invitation in Portuguese and German, sent to
# many (undisclosed recipients) with a PDF programme.  It invites people to
# register ("Anmeldung") for its own celebration.

MISSAO_TEXT = """Caros amigos, caras amigas,

a Missão Católica Portuguesa de Münster celebra este ano os seus 50 anos. Temos o prazer de vos convidar para a festa no sábado, 24 de abril de 2027, a partir das 15 horas, no salão paroquial de São José (Heerdestraße 5).
Programa: missa solene, atuação do rancho folclórico e do coro, jantar convívio.
Inscrições até 10 de abril na secretaria.

Liebe Freundinnen und Freunde,

die Portugiesische Katholische Mission Münster wird 50 Jahre alt. Wir laden Sie herzlich zu unserem Fest am Samstag, 24. April 2027, ab 15 Uhr in den Pfarrsaal St. Joseph (Heerdestraße 5) ein.
Programm: Festgottesdienst, Auftritt der Folkloregruppe und des Chores, gemeinsames Abendessen.
Anmeldung bitte bis zum 10. April im Sekretariat.

Com os melhores cumprimentos / Mit herzlichen Grüßen
Padre António Rocha
Missão Católica Portuguesa de Münster"""


@mail("missao-portuguesa-50-anos-invitation-pdf", "2027-02-06 17:45:02",
      E("other"), "pt")
def _(m):
    m.head(("From", "Missão Católica Portuguesa de Münster <secretaria@missao-pt-ms.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Convite / Einladung: 50 anos Missão Católica Portuguesa – 24.04.2027"),
           ("Date", m.date),
           ("Message-ID", "<20270206174502.Rk3Q9p@missao-pt-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    text = m.text(MISSAO_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["50 anos Missao Catolica Portuguesa de Muenster",
                             "Sabado, 24 de abril de 2027, 15h00",
                             "Salao paroquial Sao Jose, Heerdestrasse 5",
                             "Missa solene - Rancho folclorico - Coro - Jantar"]),
                   "application", "pdf", "Programa_50_anos.pdf")
    m.multi("mixed", [text, pdf])


# -- 030 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP); three board members listed by name
# without a count; "Erstwunsch: Arbeitsgruppe I, Zweitwunsch: Arbeitsgruppe
# III".  1976 and "rund 70 Familien" are history.

ALEXIOU_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich folgende Vorstandsmitglieder des Vereins Griechischer Eltern und Erziehungsberechtigter Münster e.V. zum Tag der Migrantenselbstorganisationen an:

Konstantinos Alexiou (Vorsitzender)
Anastasia Dimou (Schriftführerin)
Christos Papageorgiou (Beisitzer)

Erstwunsch: Arbeitsgruppe I, Zweitwunsch: Arbeitsgruppe III.

Unser Verein besteht seit 1976 und vertritt rund 70 Familien. Das Thema Bildung begleitet uns seit der Gründung – damals ging es um die griechischen Nationalschulen, heute um den Übergang von der Grundschule auf das Gymnasium.

Mit freundlichen Grüßen
Konstantinos Alexiou
Vorsitzender
Verein Griechischer Eltern und Erziehungsberechtigter Münster e.V."""


@mail("alexiou-griechische-eltern-outlook-html", "2027-02-08 10:02:37",
      E("registration", "k.alexiou@griechische-eltern-ms.example", "Konstantinos Alexiou",
        "Verein Griechischer Eltern und Erziehungsberechtigter Münster e.V.", ["AG1", "AG3"], 3,
        "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Alexiou, Konstantinos" <k.alexiou@griechische-eltern-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Vorstand zum MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung Vorstand zum MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtyB8c1Wn4kP0qR3mS7tV2xY9zA6g=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB6412E9F8A7B6C5D4E3F2A1B0C9D8@AM0PR03MB6412.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ALEXIOU_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Greek (Pontic association), Gmail alternative, UTF-8 base64, Greek display
# name.  "Θα έρθω μόνη μου" = 1; "την τρίτη ομάδα εργασίας" = AG3.
# 1980, 95 members, a choir of 20, 3 dance sections are history.

MAVRIDOU_TEXT = """Καλημέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην εκδήλωση της 13ης Μαρτίου για την Ένωση Ποντίων Μύνστερ και Περιχώρων. Η ένωσή μας ιδρύθηκε το 1980 και έχει 95 μέλη. Η χορωδία μας έχει 20 μέλη και το χορευτικό 3 τμήματα.

Θα έρθω μόνη μου. Προτιμώ την τρίτη ομάδα εργασίας (Förderungsmöglichkeiten und effektives Vereinsmanagement), γιατί ετοιμάζουμε αίτηση χρηματοδότησης για καινούριες στολές.

Ευχαριστώ πολύ,
Αικατερίνη Μαυρίδου
Ένωση Ποντίων Μύνστερ και Περιχώρων"""


@mail("mavridou-pontic-greek-alone", "2027-02-09 20:38:24",
      E("registration", "k.mavridou@pontiaki-enosi-ms.example", "Αικατερίνη Μαυρίδου",
        "Ένωση Ποντίων Μύνστερ και Περιχώρων", ["AG3"], 1, "el"), "el")
def _(m):
    m.head(("From", "Αικατερίνη Μαυρίδου <k.mavridou@pontiaki-enosi-ms.example>"),
           ("To", MSO),
           ("Subject", "Συμμετοχή 13 Μαρτίου"),
           ("Date", m.date),
           ("Message-ID", "<CAL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MAVRIDOU_TEXT, gmail_html(MAVRIDOU_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Cancellation (Serbian, Cyrillic), Gmail reply with a Serbian attribution
# line quoting the confirmation; the annual assembly is the reason.

@mail("simic-cancel-serbian-cyrillic", "2027-02-10 08:05:59",
      E("cancellation", "dragana.simic@vuk-karadzic-ms.example", "Драгана Симић",
        "Српско удружење „Вук Караџић“ Минстер", [], None, "sr"), "sr")
def _(m):
    m.head(("From", "Dragana Simić <dragana.simic@vuk-karadzic-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB2mN5bV8cX1zL4kJ7hG0fD3sA6pO9iU2yT5rE8wQ1mN4bV7cX@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270202100513.8b4d@muenster.example>"),
           ("References", "<mailbot.20270202100513.8b4d@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Поштовани,

нажалост морамо да откажемо учешће на Дану организација миграната. Тог дана наше удружење има годишњу скупштину, на којој бирамо нову управу, тако да нико од нас не може да дође.

Извините и хвала на разумевању.

Драгана Симић
Српско удружење „Вук Караџић“ Минстер

уто, 2. феб 2027. у 10:05 Tag der Migrantenselbstorganisationen <{MSO}> је написао/ла:

{gt_quote(confirmation("Frau Simić", "AG2", 2))}
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Postfix bounce, mailbox full (5.2.2), for a confirmation; the recipient is
# in mixed case in the report and is labelled in lower case.

BOUNCE_RCPT = "Secretaria@Casa-Portugal-MS.example"


@mail("postfix-bounce-mailbox-full", "2027-02-11 14:55:21",
      E("bounce", bounced=BOUNCE_RCPT.lower()), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270211135521.4E8B21C0F7@mail.muenster.example>"),
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

<{BOUNCE_RCPT}>: host mx.casa-portugal-ms.example[203.0.113.61]
    said: 552 5.2.2 <{BOUNCE_RCPT}>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4E8B21C0F7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu, 11 Feb 2027 14:55:18 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.casa-portugal-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{BOUNCE_RCPT}>: Mailbox full, quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Lurdes Teixeira <{BOUNCE_RCPT}>", "Frau Teixeira", "AG2", 2,
        "Thu, 11 Feb 2027 14:55:18 +0100", "<mailbot.20270211145518.0c6e@muenster.example>",
        "<7d1f3a5c-9e2b-4c08-a6f4-1b3d5e7f9a20@casa-portugal-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 034 ---------------------------------------------------------------------
# Very short phone mail (Samsung) from a Croatian football club: "2 Personen
# (ich + unser Trainer ...), AG 2".

@mail("babic-nk-croatia-phone-short", "2027-02-12 11:11:40",
      E("registration", "tomo.babic@mail.example", "Tomislav Babić",
        "NK Croatia Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Tomo <tomo.babic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung NK Croatia"),
           ("Date", m.date),
           ("Message-ID", "<k2r7w4.1770891100.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit Anmeldung für NK Croatia Münster, 2 Personen (ich + unser Trainer Ivan Jurić), AG 2.

Gruß
Tomislav Babić
Vorstand NK Croatia Münster

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change of party size only (3 -> 2), German with Spanish interference;
# plain-text Outlook quote ("-----Ursprüngliche Nachricht-----"),
# windows-1252 QP.  "Die Arbeitsgruppe bleibt gleich" = no new choice.

@mail("martinez-gil-change-three-to-two", "2027-02-15 18:20:13",
      E("change", "rafa.martinez@mail.example", "Rafael Martínez Gil",
        "Club Deportivo Español Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Rafael Martínez Gil <rafa.martinez@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000f01db7fd1$2c4e6a80$84eb3f80$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270208094012.1a9f@muenster.example>"),
           ("References", "<mailbot.20270208094012.1a9f@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hola Frau Meza,

leider unsere Kassiererin, Frau Dolores Pardo, kann nicht kommen am 13. März, sie muss nach Spanien fliegen, ihre Mutter ist krank. Also wir kommen nur zwei Personen, nicht drei. Die Arbeitsgruppe bleibt gleich.

Vielen Dank und saludos
Rafael Martínez Gil
Club Deportivo Español Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Montag, 8. Februar 2027 09:40
An: rafa.martinez@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Martínez Gil", "AG2", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation (Spanish) from an iPhone, quoting the confirmation below
# "Enviado desde mi iPhone"; "los 55 años del club" is history.

@mail("gutierrez-cancel-spanish-iphone", "2027-02-17 09:49:05",
      E("cancellation", "carmen.gutierrez@hogar-espanol.example", "Carmen Gutiérrez Blanco",
        "Hogar Español de Münster", [], None, "es"), "es")
def _(m):
    m.head(("From", "Carmen Gutiérrez <carmen.gutierrez@hogar-espanol.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8C4D2A6E-1F3B-4D97-A0E5-6B9C7D8E2F14@hogar-espanol.example>"),
           ("In-Reply-To", "<mailbot.20270203091412.6c2a@muenster.example>"),
           ("References", "<mailbot.20270203091412.6c2a@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Buenos días:

Lamentablemente tengo que anular mi inscripción para el 13 de marzo. Me han cambiado el turno en el trabajo y ese sábado no puedo librar. Justo este año, que el Hogar celebra sus 55 años...

Muchas gracias y disculpen las molestias.

Carmen Gutiérrez Blanco
Hogar Español de Münster

Enviado desde mi iPhone

El 3 feb 2027, a las 9:14, Tag der Migrantenselbstorganisationen <{MSO}> escribió:

{gt_quote(confirmation("Frau Gutiérrez Blanco", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Portuguese registration plus a question (still a registration); Yahoo
# multipart/alternative.  "com o nosso tesoureiro" = 2; "o terceiro" = AG3.
# 1972, 150 sócios, two teams are history.

COSTA_TEXT = """Boa tarde,

chamo-me Manuel da Silva Costa e sou o presidente do Sporting Clube Português de Münster, fundado em 1972 por emigrantes do Minho e de Trás-os-Montes. Hoje temos 150 sócios e duas equipas de futebol.

Queria inscrever-me para o dia 13 de março, com o nosso tesoureiro, o Sr. Joaquim Martins. Somos portanto duas pessoas. O grupo de trabalho que nos interessa é o terceiro (Vereinsmanagement).

Tenho uma pergunta: é preciso levar alguma coisa, por exemplo os estatutos do clube, para a parte dos apoios financeiros?

Obrigado e cumprimentos,
Manuel da Silva Costa
Sporting Clube Português de Münster"""


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f9a2c1eyahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


@mail("costa-sporting-registration-plus-question", "2027-02-18 16:30:48",
      E("registration", "manuel.costa@mail.example", "Manuel da Silva Costa",
        "Sporting Clube Português de Münster", ["AG3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", "Manuel Costa <manuel.costa@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscrição 13 de março"),
           ("Date", m.date),
           ("Message-ID", "<1247839021.2381904.1771428648112@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(COSTA_TEXT, yahoo_html(COSTA_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Other: a museum newsletter calling for contemporary witnesses of the
# Gastarbeiter years; mentions associations, years and "Anmeldung".

STADTMUSEUM_TEXT = """Stadtmuseum Münster – Newsletter Februar 2027

"Angekommen. 60 Jahre Anwerbung in Münster" – Zeitzeuginnen und Zeitzeugen gesucht

Liebe Freundinnen und Freunde des Stadtmuseums,

im Herbst 2027 zeigen wir eine Ausstellung über die Menschen, die ab den 1960er Jahren aus Italien, Spanien, Griechenland, Portugal und dem damaligen Jugoslawien nach Münster kamen, und über die Vereine, die sie hier gegründet haben.

Dafür suchen wir Fotos, Vereinsfahnen, Trikots, Trachten und vor allem Geschichten. Haben Sie oder Ihre Eltern in den 60er und 70er Jahren hier angefangen? Erzählen Sie uns davon!

Erzählcafé: Donnerstag, 18. März 2027, 16 Uhr, Stadtmuseum, Salzstraße 28
Anmeldung zum Erzählcafé: https://stadtmuseum-ms.example/erzaehlcafe

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
Abbestellen: https://stadtmuseum-ms.example/newsletter/abmelden?id=3307"""

STADTMUSEUM_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Februar 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="600" align="center" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;font-size:15px;color:#333;">
<tr><td style="background:#7a1f2b;color:#fff;"><h1 style="margin:0;font-size:21px;">Stadtmuseum Münster</h1><p style="margin:4px 0 0;">Newsletter Februar 2027</p></td></tr>
<tr><td>
<h2 style="font-size:18px;">„Angekommen. 60 Jahre Anwerbung in Münster“ – Zeitzeuginnen und Zeitzeugen gesucht</h2>
<p>Liebe Freundinnen und Freunde des Stadtmuseums,</p>
<p>im Herbst 2027 zeigen wir eine Ausstellung über die Menschen, die ab den 1960er Jahren aus Italien, Spanien, Griechenland, Portugal und dem damaligen Jugoslawien nach Münster kamen, und über die Vereine, die sie hier gegründet haben.</p>
<p>Dafür suchen wir Fotos, Vereinsfahnen, Trikots, Trachten und vor allem Geschichten. Haben Sie oder Ihre Eltern in den 60er und 70er Jahren hier angefangen? Erzählen Sie uns davon!</p>
<p><b>Erzählcafé:</b> Donnerstag, 18. März 2027, 16 Uhr, Stadtmuseum, Salzstraße 28<br>
<a href="https://stadtmuseum-ms.example/erzaehlcafe">Zur Anmeldung</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
<a href="https://stadtmuseum-ms.example/newsletter/abmelden?id=3307">Abbestellen</a></td></tr>
</table>
</body></html>
"""


@mail("stadtmuseum-newsletter-zeitzeugen", "2027-02-20 10:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Stadtmuseum Münster <newsletter@stadtmuseum-ms.example>"),
           ("To", MSO),
           ("Subject", "Zeitzeugen gesucht: 60 Jahre Anwerbung in Münster"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.3307.8a1c5e@stadtmuseum-ms.example>"),
           ("List-Id", "Newsletter Stadtmuseum <newsletter.stadtmuseum-ms.example>"),
           ("List-Unsubscribe", "<https://stadtmuseum-ms.example/newsletter/abmelden?id=3307>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(STADTMUSEUM_TEXT, STADTMUSEUM_HTML, charset="utf-8",
                  cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Question (Bosnian): may young members come who are not on the board, and
# is it free?  "desetak mladih od 16 do 25" is not a registration.

@mail("kurtovic-dzemat-youth-question-bosnian", "2027-02-22 19:12:36",
      E("question", "amela.kurtovic@mail.example", "Amela Kurtović",
        "Bošnjački džemat Münster", [], None, "bs"), "bs")
def _(m):
    m.head(("From", "Amela Kurtović <amela.kurtovic@mail.example>"),
           ("To", MSO),
           ("Subject", "Pitanje za MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAQ3eR6tY9uI2oP5aS8dF1gH4jK7lZ0xC3vB6nM9qW2eR5tY8uI@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

ja sam u omladinskoj sekciji našeg džemata u Münsteru. Htjela bih pitati da li na Dan migrantskih organizacija mogu doći i mladi koji nisu u upravi udruženja, i da li je učešće besplatno? Imamo desetak mladih od 16 do 25 godina koji bi rado došli, neki od njih su unuci prvih gastarbajtera iz Bosne.

Unaprijed hvala na odgovoru!
Amela Kurtović
Bošnjački džemat Münster
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change of party size (Croatian): two more named board members -> "ukupno 4
# osobe"; "Radna skupina ostaje ista" = no new choice.  Plain-text Outlook
# quote with Croatian labels (Od/Poslano/Prima/Predmet), windows-1250 QP.

@mail("kovacevic-change-to-four-croatian", "2027-02-24 12:25:17",
      E("change", "dubravka.kovacevic@hkm-muenster.example", "Dubravka Kovačević",
        "Hrvatska katolička misija Münster", [], 4, "hr"), "hr")
def _(m):
    m.head(("From", m.encoded_addr("From", "Dubravka Kovačević",
                                   "dubravka.kovacevic@hkm-muenster.example", "windows-1250", "b")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001a01db86b2$6d1f3e90$47ddbbb0$@hkm-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270219103004.3e8c@muenster.example>"),
           ("References", "<mailbot.20270219103004.3e8c@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Poštovani,

uz mene i gospođu Ružicu Šimić, koje ste već potvrdili, dolaze još dva člana našeg pastoralnog vijeća: gospodin Josip Perić i gospođa Marija Knežević. Molim Vas da promijenite prijavu na ukupno 4 osobe. Radna skupina ostaje ista.

Lijep pozdrav
Dubravka Kovačević
Hrvatska katolička misija Münster

-----Izvorna poruka-----
Od: Tag der Migrantenselbstorganisationen <{MSO}>
Poslano: petak, 19. veljače 2027. 10:30
Prima: Dubravka Kovačević <dubravka.kovacevic@hkm-muenster.example>
Predmet: {CONFIRMATION_SUBJECT}

{confirmation("Frau Kovačević", "AG2", 2)}
""", charset="windows-1250", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Registration without a workgroup choice ("lieber vor Ort entscheiden");
# "mich und meinen Vater" = 2; "seit 1971" is history.  The text has only
# "unseres Vereins"; the signature names it.

@mail("mehmedovic-no-workgroup-father", "2027-02-26 21:10:52",
      E("registration", "lejla.mehmedovic@mail.example", "Lejla Mehmedović",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Lejla Mehmedović <lejla.mehmedovic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7b1d3f58-2e9a-4c06-a8d4-5f0e1c3b9a72-1772136652118@3c-app-gmx-bs48>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

ich möchte mich und meinen Vater Hasan Mehmedović für den Tag der MSO am 13.03. anmelden. Er lebt seit 1971 in Münster und ist Gründungsmitglied unseres Vereins, ich leite dort die Kindertanzgruppe.

In welche Arbeitsgruppe wir gehen, möchten wir lieber vor Ort entscheiden – alle drei Themen klingen spannend.

Viele Grüße
Lejla Mehmedović
Bosnisch-Herzegowinischer Kulturverein Münster e.V. – Kindertanzgruppe
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation of a whole group (formal German), Outlook HTML only,
# windows-1252 QP, quoting the confirmation (AG 3, 3 persons); the club's
# 60th anniversary is the reason.

BELLINI_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März stornieren. Unser Verein, der Fogolâr Furlan Münster e.V., begeht an genau diesem Wochenende sein 60-jähriges Bestehen mit einem Festakt und dem Besuch einer Delegation aus Udine, sodass kein Vorstandsmitglied abkömmlich ist.

Wir bedauern dies sehr und hoffen, im nächsten Jahr wieder dabei sein zu können.

Mit freundlichen Grüßen

Roberto Bellini
Präsident
Fogolâr Furlan Münster e.V."""


@mail("bellini-fogolar-cancel-outlook-html", "2027-03-02 08:40:29",
      E("cancellation", "roberto.bellini@fogolar-ms.example", "Roberto Bellini",
        "Fogolâr Furlan Münster e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Bellini, Roberto" <roberto.bellini@fogolar-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcz2k8Lm1Nq4Rt7Uw0Xy3Zb6Cd9Ef=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0827C1D2E3F4A5B6C7D8E9F0A1B2@PR3P195MB0827.EURP195.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.20270120163307.2b9e@muenster.example>"),
           ("In-Reply-To", "<mailbot.20270120163307.2b9e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 20. Januar 2027 16:33",
             "Bellini, Roberto <roberto.bellini@fogolar-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Bellini", "AG3", 3))
    m.single(outlook_html(BELLINI_CANCEL, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Vacation reply (Sieve, Auto-Submitted: auto-replied) to the 7-day reminder;
# it names the event date and the club.

REMINDER_7D_ID = "<erinnerung-7d-mso-2027.20270306090002@muenster.example>"

@mail("horvat-vacation-reply-to-reminder", "2027-03-06 09:01:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Stjepan Horvat <s.horvat@hajduk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1772784072.19347@hajduk-muenster.example>"),
           ("In-Reply-To", REMINDER_7D_ID),
           ("References", REMINDER_7D_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bis zum 10. März 2027 im Urlaub und lese meine E-Mails nur
unregelmäßig. Ab dem 11. März bin ich wieder erreichbar.

In dringenden Vereinsangelegenheiten des KSV Hajduk Münster wenden Sie sich
bitte an info@hajduk-muenster.example.

Stjepan Horvat
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation (Albanian) from an iPhone with the Albanian attribution line
# quoting the confirmation.

@mail("morina-cancel-albanian-iphone", "2027-03-08 17:22:45",
      E("cancellation", "valon.morina@mail.example", "Valon Morina",
        "Ansambli „Rugova“ Münster", [], None, "sq"), "sq")
def _(m):
    m.head(("From", "Valon Morina <valon.morina@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F1A3C5E7-9B2D-4F60-8E14-A7C9B1D3E5F2@mail.example>"),
           ("In-Reply-To", "<mailbot.20270203182207.9d1b@muenster.example>"),
           ("References", "<mailbot.20270203182207.9d1b@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Përshëndetje,

fatkeqësisht nuk mund të vij më më 13 mars, më kanë vënë në punë atë ditë. Ju lutem ma anuloni regjistrimin.

Faleminderit
Valon Morina
Ansambli „Rugova“ Münster

Dërguar nga iPhone-i im

Më 3 shk 2027, në 18:22, Tag der Migrantenselbstorganisationen <{MSO}> shkroi:

{gt_quote(confirmation("Herr Morina", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WORKGROUPS = ("AG1", "AG2", "AG3")
LANGS = ("de", "it", "el", "es", "pt", "hr", "bs", "sr", "sq", "pl", "en")
PERSON_KINDS = ("registration", "change", "cancellation", "question")


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


def nfc(s):
    return unicodedata.normalize("NFC", s)


def visible_text(msg):
    """Decoded headers and text of the top-level message (HTML unescaped,
    tags removed), for checking that labels occur in the mail."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        chunks.append(t)
    return nfc("\n".join(chunks))


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if k in PERSON_KINDS:
        for f in ("email", "name", "language"):
            if not e[f]:
                problems.append(f"{f} missing for a person's mail")
        if e["email"] and e["email"] != e["email"].lower():
            problems.append("email must be lower-case")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not an expected ISO 639-1 code")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if k == "bounce":
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
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for h, value in m.header_expect:
        if isinstance(value, tuple):
            got_addrs = [(nfc(a.display_name), a.addr_spec) for a in msg[h].addresses]
            if got_addrs != [(nfc(value[0]), value[1])]:
                problems.append(f"header {h} decodes to {got_addrs!r}, not {value!r}")
        elif nfc(str(msg[h])) != nfc(value):
            problems.append(f"header {h} decodes to {str(msg[h])!r}, not {value!r}")
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
    problems += check_labels(expected)
    # the labels agree with the mail
    seen = visible_text(msg)
    if expected["kind"] in PERSON_KINDS:
        addrs = {a.lower() for a in re.findall(r"[\w.+-]+@[\w.-]+\w", seen)}
        if expected["email"] not in addrs:
            problems.append(f"email {expected['email']} does not occur in the mail")
        for f in ("name", "organisation"):
            if expected[f] and nfc(expected[f]) not in seen:
                problems.append(f"{f} {expected[f]!r} is not written in the mail")
    if expected["kind"] in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in seen:
            problems.append("a change/cancellation must answer and quote the confirmation")
    return problems


def sender(data):
    """The one From address (an error string when From is not one address)."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    addrs = msg["From"].addresses
    if len(addrs) != 1 or "@" not in addrs[0].addr_spec:
        return f"<From is not exactly one address: {msg['From']}>"
    return addrs[0].addr_spec.lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
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
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("language x kind:")
    for lang in sorted(langs):
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}")
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

    # re-read what is on disk (after writing) or what would be written (--check)
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if not args.check:
        for (name, *_), data in zip(built, datas):
            if (mails_dir / name).read_bytes() != data:
                print(f"{name}: file on disk differs from what was written")
                bad += 1
        if json.loads((HERE / "expected.json").read_text(encoding="utf-8")) != expected:
            print("expected.json does not read back to the labels")
            bad += 1
    senders = collections.Counter(sender(d) for d in datas)
    for s in senders:
        if s.startswith("<From"):
            print(s)
            bad += 1
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
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
