#!/usr/bin/env python3
"""Build the evaluation set "final23j" for `mailbot parse`: mails/NNN-slug.eml and
expected.json.  Theme: the MSO-Tag 2027 (config.toml is a byte-identical copy of
../../shared/corpus/dev/config.toml), written to by staff of welfare organisations,
job centres, integration centres and schools, and by community members writing in
Nepali, Tamil, Urdu, Sinhala and English.

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
# more helpers for this set
# ---------------------------------------------------------------------------

REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

WEEKDAY_DE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTH_DE = ("Januar", "Februar", "März", "April")


def sent_de(when):
    """'Mittwoch, 27. Januar 2027 19:31' as Outlook writes it in German."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{WEEKDAY_DE[d.weekday()]}, {d.day}. {MONTH_DE[d.month - 1]} {d.year} {d:%H:%M}"


def conf_id(when):
    """Message-ID of the confirmation mailbot sent at `when` (YYYY-MM-DD HH:MM)."""
    stamp = when.replace("-", "").replace(" ", "").replace(":", "")
    return f"<mailbot.{stamp}00.{_h('conf', when)[:4]}@muenster.example>"


def new_outlook_html(text):
    """HTML of the new Outlook / Outlook on the web: one block, <br> per line."""
    body = "<br>\n".join(esc(line) for line in text.split("\n"))
    return ("<html>\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n"
            "<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
            "Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; "
            "color: rgb(0, 0, 0);\">\n"
            f"{body}</div>\n</body>\n</html>\n")


def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail HTML of a reply: the new text, then the gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            "border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            f"{q}</blockquote></div>\n")


CARITAS_DISCLAIMER = """Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

CARITAS_FOOTER = """Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Vorstand: Dr. Ulrich Hesse (Vorsitzender), Birgit Overmeyer
Vereinsregister: Amtsgericht Münster VR 1187"""

JOBCENTER_FOOTER = """Hinweis: Bitte senden Sie keine Anträge, Unterlagen oder Nachweise an diese E-Mail-Adresse. Nutzen Sie dafür bitte unser Online-Portal oder den Postweg.
Informationen zum Datenschutz nach Art. 13 und 14 DSGVO finden Sie unter https://www.jobcenter-muenster.example/datenschutz"""

AWO_DISCLAIMER = """Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt und kann vertrauliche Informationen enthalten. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht. Die AWO ist Mitglied der Freien Wohlfahrtspflege NRW."""


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

# -- 001 ---------------------------------------------------------------------
# Caritas staff reply to the invitation (Outlook alternative, windows-1252 QP,
# the invitation quoted below a Von:/Gesendet: block); a colleague in Cc and
# named in the text (2 persons); first and second choice; long signature with
# department, board members' names, a register number and a legal disclaimer.

BECKER_TEXT = f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, die wir gern annehmen. Für den Fachdienst Integration und Migration melden sich mein Kollege Tobias Lohmann und ich an, also 2 Personen.

Unser Erstwunsch ist die AG 1. Falls dort kein Platz mehr frei ist, nehmen wir gern die AG 3.

Herrn Lohmann habe ich in CC gesetzt.

Mit freundlichen Grüßen

Jana Becker
Dipl.-Sozialarbeiterin / Sozialpädagogin
Fachdienst Integration und Migration

Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Telefon: 0251 53009-214 | Fax: 0251 53009-299
j.becker@caritas-ms.example | www.caritas-ms.example

Vorstand: Dr. Ulrich Hesse (Vorsitzender), Birgit Overmeyer
Vereinsregister: Amtsgericht Münster VR 1187

{CARITAS_DISCLAIMER}"""


@mail("becker-caritas-reply-invitation-cc", "2027-01-12 16:20:41",
      E("registration", "j.becker@caritas-ms.example", "Jana Becker",
        "Caritasverband für die Stadt Münster e.V.", ["AG1", "AG3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Becker, Jana" <j.becker@caritas-ms.example>'),
           ("To", TO_MSO),
           ("CC", '"Lohmann, Tobias" <t.lohmann@caritas-ms.example>'),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ4x7Lm2kVq0T0m8aX3c9PzJrQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2317A6C0E94B1D7F22A1C3D8E5F4@FR2P281MB2317.DEUP281.PROD.OUTLOOK.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Dienstag, 12. Januar 2027 14:03",
             f"Tag der Migrantenselbstorganisationen <{MSO}>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(BECKER_TEXT, quote), outlook_html(BECKER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Jobcenter: he and a trainee ("unsere Praktikantin", 2); the workgroup only by
# its title words ("Münsters Zukunftsprozess"); "Team 4" and "Art. 13 und 14"
# in the signature and the data-protection footer.  Display name
# "Schulte, Markus (Jobcenter Münster)" as a Q-encoded word.

@mail("schulte-jobcenter-praktikantin", "2027-01-13 09:05:17",
      E("registration", "markus.schulte@jobcenter-ge.example", "Markus Schulte",
        "Jobcenter Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Schulte, Markus (Jobcenter Münster)",
                         "markus.schulte@jobcenter-ge.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", ew("Anmeldung Tag der Migrantenselbstorganisationen – 2 Personen",
                          "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<0a1c01db6581$7f2e4d90$7d8ae8b0$@jobcenter-ge.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an. Begleiten wird mich unsere Praktikantin Frau Lea Demir (Studentin der Sozialen Arbeit an der FH Münster), wir sind also zu zweit.

Wir würden gern an der Arbeitsgruppe zu Münsters Zukunftsprozess teilnehmen.

Mit freundlichen Grüßen
Im Auftrag

Markus Schulte
Integrationsfachkraft
Team 4 – Migration und Integration

Jobcenter Münster
Bahnhofstraße 26
48143 Münster
Telefon: 0251 6 09 12-404
E-Mail: markus.schulte@jobcenter-ge.example
Internet: https://www.jobcenter-muenster.example

{JOBCENTER_FOOTER}
""", charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Nepali (Devanagari), Gmail alternative, UTF-8 base64.  The workgroup number
# and the date are Devanagari digits ("कार्यसमूह १" = workgroup 1, "मार्च १३");
# "हामी तीन जना आउँछौं" = we come three persons.

GURUNG_TEXT = """नमस्ते,

म Nepali Samaj Münster e.V. को तर्फबाट मार्च १३ मा हुने Tag der Migrantenselbstorganisationen कार्यक्रममा दर्ता गर्न चाहन्छु।
हामी तीन जना आउँछौं – म, मेरो श्रीमान र हाम्रो संस्थाको सचिव।
हामी कार्यसमूह १ (शिक्षा प्रणाली / Bildungssystem) मा भाग लिन चाहन्छौं।

धन्यवाद,
Sushila Gurung
Nepali Samaj Münster e.V."""


@mail("gurung-nepali-devanagari-digits", "2027-01-13 19:40:05",
      E("registration", "sushila.gurung@mail.example", "Sushila Gurung",
        "Nepali Samaj Münster e.V.", ["AG1"], 3, "ne"), "ne")
def _(m):
    m.head(("From", "Sushila Gurung <sushila.gurung@mail.example>"),
           ("To", MSO),
           ("Subject", "दर्ता – Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<CAH3kT9vR1mQp8ZxW2bN6cL0sJd4FgYk7uE3oNcA5rB1xW8eTgQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GURUNG_TEXT, gmail_html(GURUNG_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Diakonie project coordinator with two volunteers ("zu dritt"); the workgroup
# by its title in quotes; Thunderbird, format=flowed, UTF-8 8bit; signature
# with project name, EU funding line and the board's name.

@mail("hoelscher-diakonie-two-volunteers", "2027-01-14 11:12:33",
      E("registration", "m.hoelscher@diakonie-muenster.example", "Miriam Hölscher",
        "Diakonie Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Miriam Hölscher <m.hoelscher@diakonie-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag: Diakonie, 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<5f0b7d2e-93c1-4a6f-b8e4-2d1c0a9f7e35@diakonie-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

gerne sind wir auch in diesem Jahr wieder beim MSO-Tag dabei! Ich melde mich
zusammen mit zwei Ehrenamtlichen aus unserem Sprachcafé an (Frau Roya Nazari
und Herr Peter Könning), wir kommen also zu dritt.

Wir haben uns für die AG „Münsters Zukunftsprozess“ entschieden, weil wir im
Quartier gerade mit der Stadtteilkonferenz Coerde an ganz ähnlichen Fragen
arbeiten.

Herzliche Grüße
Miriam Hölscher

-- 
Miriam Hölscher
Projektkoordination „Ankommen im Quartier“
Migrationsdienst

Diakonie Münster e.V.
Hohenzollernring 40 · 48145 Münster
Tel. 0251 2 70 93-31 · mobil 0160 98 12 33 07

Das Projekt „Ankommen im Quartier“ wird kofinanziert durch den Asyl-,
Migrations- und Integrationsfonds der Europäischen Union (AMIF).

Diakonie Münster e.V. · Vorstand: Pfarrer Jens Harms · Amtsgericht Münster VR 2255
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# Integration centre of another district, HTML only from the new Outlook
# (UTF-8 QP).  Choice by title words; the signature holds "Integration durch
# Bildung" (a job title with the AG 1 alias) and "Programmteil II".

KARACA_TEXT = """Sehr geehrte Damen und Herren,

aus dem Kommunalen Integrationszentrum Kreis Warendorf möchten meine Kollegin Frau Svetlana Reimer und ich gern am Tag der Migrantenselbstorganisationen teilnehmen. Für uns ist die Arbeitsgruppe zu Förderungsmöglichkeiten und Vereinsmanagement am interessantesten, da wir im Kreis gerade ein Beratungsangebot für MSO aufbauen.

Vielen Dank und freundliche Grüße

Dr. Aylin Karaca
Sachgebietsleitung Integration durch Bildung

Kreis Warendorf
Kommunales Integrationszentrum Kreis Warendorf
Koordinierungsstelle KOMM-AN NRW (Programmteil II)
Waldenburger Straße 2 · 48231 Warendorf
Telefon: 02581 53-4520
aylin.karaca@kreis-warendorf.example"""


@mail("karaca-ki-warendorf-new-outlook-html", "2027-01-15 08:30:52",
      E("registration", "aylin.karaca@kreis-warendorf.example", "Aylin Karaca",
        "Kommunales Integrationszentrum Kreis Warendorf", ["AG3"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Karaca, Aylin" <aylin.karaca@kreis-warendorf.example>'),
           ("To", TO_MSO),
           ("Subject", "Teilnahme KI Kreis Warendorf am MSO-Tag 2027"),
           ("Thread-Topic", "Teilnahme KI Kreis Warendorf am MSO-Tag 2027"),
           ("Thread-Index", "AQHbZ0uJ3v8Y1c2nT6aK9pQ4rS7wXg=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2870C4D9A1B2E3F40516@BE1P281MB2870.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(KARACA_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Tamil from an Android phone, UTF-8 QP.  "நாங்கள் இருவர் வருவோம்" = we two
# will come; "மூன்றாவது பணிக்குழு" = the third workgroup.  The signature is in
# Tamil script, the From display name in Latin letters.

@mail("rajendran-tamil-android", "2027-01-15 17:48:20",
      E("registration", "kalai.rajendran@mail.example", "கலைச்செல்வி இராஜேந்திரன்",
        "Tamil Kulturverein Münster e.V.", ["AG3"], 2, "ta"), "ta")
def _(m):
    m.head(("From", "Kalaiselvi Rajendran <kalai.rajendran@mail.example>"),
           ("To", MSO),
           ("Subject", "பதிவு - MSO Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<m2k7q1.1768495700.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""வணக்கம்,

மார்ச் 13 அன்று Stadtweinhaus-இல் நடைபெறும் Tag der Migrantenselbstorganisationen நிகழ்வில் கலந்துகொள்ள எங்களைப் பதிவு செய்யுமாறு கேட்டுக்கொள்கிறேன்.
நாங்கள் இருவர் வருவோம் – நானும் எங்கள் சங்கத்தின் பொருளாளரும்.
மூன்றாவது பணிக்குழுவில் (Förderungsmöglichkeiten und effektives Vereinsmanagement) கலந்துகொள்ள விரும்புகிறோம்.

நன்றி,
கலைச்செல்வி இராஜேந்திரன்
Tamil Kulturverein Münster e.V.

Samsung Galaxy இலிருந்து அனுப்பப்பட்டது
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Sent from the DRK counselling service's shared mailbox with the adviser's
# own Reply-To (and she asks for it); she brings a client ("2 Personen");
# "AG Bildung"; iso-8859-1 QP.

@mail("wiebe-drk-function-mailbox-reply-to", "2027-01-18 10:05:09",
      E("registration", "o.wiebe@drk-muenster.example", "Olga Wiebe",
        "DRK-Kreisverband Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "DRK Migrationsberatung <mbe@drk-muenster.example>"),
           ("Reply-To", "Olga Wiebe <o.wiebe@drk-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<20270118100509.4c7e1a@drk-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich zum MSO-Tag am 13. März anmelden. Mitkommen wird eine Klientin
aus unserer Beratung, Frau Hewan Tesfay, die sich in einer eritreischen
Elterngruppe sehr engagiert. Wir sind also 2 Personen und möchten beide in die
AG Bildung.

Bitte antworten Sie an meine persönliche Adresse, das Funktionspostfach wird
von mehreren Kolleginnen gelesen.

Freundliche Grüße
Olga Wiebe
Migrationsberatung für erwachsene Zuwanderer (MBE)
DRK-Kreisverband Münster e.V.
Zumsandestraße 25-27, 48145 Münster
Tel. 0251 3 73 41-62
""", charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Urdu (Arabic script), Gmail alternative with right-to-left HTML, UTF-8
# base64.  "ورکنگ گروپ 2" with a Latin digit; "ہم دو افراد آئیں گے" = we
# will come as two persons.  The signature is in Latin letters.

CHAUDHRY_TEXT = """السلام علیکم،

میں 13 مارچ 2027 کو ہونے والے Tag der Migrantenselbstorganisationen میں شرکت کے لیے اندراج کروانا چاہتا ہوں۔
ہم دو افراد آئیں گے – میں اور ہماری تنظیم کے جنرل سیکرٹری۔
ہم ورکنگ گروپ 2 (Münsters Zukunftsprozess) میں حصہ لینا چاہتے ہیں۔

شکریہ،
Asif Mahmood Chaudhry
Pak-Deutsch Kulturverein Münster e.V."""


@mail("chaudhry-urdu-gmail-rtl", "2027-01-19 14:22:47",
      E("registration", "asif.chaudhry@mail.example", "Asif Mahmood Chaudhry",
        "Pak-Deutsch Kulturverein Münster e.V.", ["AG2"], 2, "ur"), "ur")
def _(m):
    m.head(("From", "Asif Chaudhry <asif.chaudhry@mail.example>"),
           ("To", MSO),
           ("Subject", "اندراج برائے MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAF8pL2wQ5nR7tY0uI3oP6aS9dF1gH4jK7lZ0xC3vB6nM8qWr2Y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(CHAUDHRY_TEXT, gmail_html(CHAUDHRY_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# AWO staff register a volunteer who comes alone and ask us to confirm to his
# own address; the writer herself is on holiday.  Name and email are the
# volunteer's.  Disclaimer; Outlook plain text, UTF-8 QP.

@mail("kaemper-awo-registers-volunteer", "2027-01-19 20:55:31",
      E("registration", "bilal.haidari@mail.example", "Bilal Haidari",
        "AWO Unterbezirk Münsterland-Recklinghausen", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Kämper, Sandra", "s.kaemper@awo-msre.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Anmeldung Integrationslotse Herr Haidari"),
           ("Date", m.date),
           ("Message-ID", "<003b01db6aa8$c2d1e0f0$48758ad0$@awo-msre.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

ich möchte gern unseren ehrenamtlichen Integrationslotsen Herrn Bilal Haidari für den Tag der Migrantenselbstorganisationen anmelden. Herr Haidari unterstützt seit zwei Jahren junge Geflüchtete bei uns im Jugendmigrationsdienst und möchte sich in der AG 3 über Fördermöglichkeiten informieren, weil er mit anderen jungen Afghanen einen Verein gründen will.

Er kommt allein, ich selbst bin am 13.03. leider im Urlaub. Bitte schicken Sie die Bestätigung direkt an ihn: bilal.haidari@mail.example

Vielen Dank!

Mit freundlichen Grüßen
Sandra Kämper
Jugendmigrationsdienst Münster
AWO Unterbezirk Münsterland-Recklinghausen
Friedrich-Ebert-Straße 118 | 48153 Münster
Tel.: 0251 97 40 26-13

{AWO_DISCLAIMER}
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Exchange out-of-office in German and English to our confirmation
# (Auto-Submitted: auto-generated, X-Auto-Response-Suppress), Outlook
# alternative, windows-1252 QP.

OVERBECK_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachbereichs Migration und Integration, Tel. 0251 53009-200.

Thank you for your message. I am out of the office until 29 January 2027 and will not have access to my e-mails. Your message will not be forwarded. For urgent matters please contact our office at +49 251 53009-200.

Mit freundlichen Grüßen / Kind regards
Klaus Overbeck
Caritasverband für die Stadt Münster e.V."""


@mail("overbeck-caritas-out-of-office-bilingual", "2027-01-20 09:14:02",
      E("auto_reply"), "de", tz=0)
def _(m):
    cid = conf_id("2027-01-20 10:13")
    m.head(("From", '"Overbeck, Klaus" <k.overbeck@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbayF0c9Qn3bP1kE6tY2mZ8wV4uA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB23179B3D0C2E1F40A6B7@FR2P281MB2317.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERBECK_OOF), outlook_html(OVERBECK_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# A comprehensive-school teacher with two pupils (3); AG 2 via the alias
# "Stadtentwicklung", although "Schule" (an AG 1 alias) is in the school's
# name; "Q1" and "Sekundarstufe I und II" are not choices.  School webmail.

@mail("roesner-gesamtschule-two-pupils", "2027-01-21 12:30:44",
      E("registration", "s.roesner@ekg.logineo-nrw.example", "Stefanie Rösner",
        "Erich-Kästner-Gesamtschule Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Stefanie Rösner", "s.roesner@ekg.logineo-nrw.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Anmeldung SV der Erich-Kästner-Gesamtschule"),
           ("Date", m.date),
           ("Message-ID", "<7a1f0c3b9e2d4c58a6b1e0f9d3c2b4a1@ekg.logineo-nrw.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrtes Team des Kommunalen Integrationszentrums,

über unsere Schulsozialarbeit habe ich von Ihrer Veranstaltung erfahren. Ich bin
Verbindungslehrerin der SV an der Erich-Kästner-Gesamtschule und würde gern mit
zwei Schülerinnen aus unserer Schülervertretung teilnehmen (Jahrgangsstufe Q1,
beide volljährig). Insgesamt sind wir also drei Personen.

Die SV arbeitet gerade an einem Projekt zur Stadtentwicklung in Kinderhaus,
deshalb würden wir gern in die AG 2.

Freundliche Grüße
Stefanie Rösner

Lehrerin (Deutsch, Sozialwissenschaften), SV-Verbindungslehrerin
Erich-Kästner-Gesamtschule Münster
Sekundarstufe I und II
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Sinhala, multipart/alternative, UTF-8 QP.  "අපි දෙදෙනෙක් එන්නෙමු" = we two
# will come; "පළමු වැඩ කණ්ඩායම" = the first workgroup.

PERERA_TEXT = """ආයුබෝවන්,

මාර්තු 13 වන දින Stadtweinhaus හි පැවැත්වෙන Tag der Migrantenselbstorganisationen වැඩසටහනට ලියාපදිංචි වීමට අපි කැමැත්තෙමු.
අපි දෙදෙනෙක් එන්නෙමු – මම සහ අපේ සංගමයේ ලේකම්තුමිය.
අපට පළමු වැඩ කණ්ඩායමට (Bildungssystem) සහභාගී වීමට අවශ්‍යයි.

ස්තූතියි,
Nadeesha Perera
Sri Lanka Verein Münster e.V."""


@mail("perera-sinhala", "2027-01-22 16:02:13",
      E("registration", "nadeesha.perera@mail.example", "Nadeesha Perera",
        "Sri Lanka Verein Münster e.V.", ["AG1"], 2, "si"), "si")
def _(m):
    m.head(("From", "Nadeesha Perera <nadeesha.perera@mail.example>"),
           ("To", MSO),
           ("Subject", "ලියාපදිංචිය - MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<1769094133.2231.web-mail@mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.alternative(PERERA_TEXT, div_html(PERERA_TEXT, "font-family: Iskoola Pota, sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# The office of a head of department registers him ("im Auftrag"), he comes
# alone and the confirmation is to go to his address (named in the text);
# the secretary wants a copy.  Outlook alternative, windows-1252 QP.

WESSELS_TEXT = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Bernhard Achterberg, Fachbereichsleiter Migration und Integration, melde ich ihn zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Herr Dr. Achterberg kommt allein und möchte an der AG 2 teilnehmen.

Bitte senden Sie die Anmeldebestätigung direkt an Herrn Dr. Achterberg (b.achterberg@caritas-ms.example) und mich gern in Kopie.

Mit freundlichen Grüßen
i. A. Gabriele Wessels
Sekretariat Fachbereich Migration und Integration

Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Telefon: 0251 53009-200

Vorstand: Dr. Ulrich Hesse (Vorsitzender), Birgit Overmeyer
Vereinsregister: Amtsgericht Münster VR 1187

{CARITAS_DISCLAIMER}"""


@mail("wessels-caritas-office-registers-head", "2027-01-25 10:40:26",
      E("registration", "b.achterberg@caritas-ms.example", "Bernhard Achterberg",
        "Caritasverband für die Stadt Münster e.V.", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wessels, Gabriele" <g.wessels@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Herr Dr. Achterberg"),
           ("Thread-Topic", "Anmeldung Herr Dr. Achterberg"),
           ("Thread-Index", "AdtvEk3m9Rb1cT5qY7uW2eH0zXpLdQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2317E0A1B2C3D4E5F607@FR2P281MB2317.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WESSELS_TEXT), outlook_html(WESSELS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# English, plain text (UTF-8 QP): four persons named ("myself, my husband ... and two
# members"), the workgroup only paraphrased (funding / association
# management); "Secretary, " before the association on the same line.

@mail("menon-english-four-persons", "2027-01-26 18:20:58",
      E("registration", "anitha.menon@mail.example", "Anitha Menon",
        "Kerala Samajam Münster e.V.", ["AG3"], 4, "en"), "en")
def _(m):
    m.head(("From", "Anitha Menon <anitha.menon@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - Day of Migrant Organisations"),
           ("Date", m.date),
           ("Message-ID", "<DU0P190MB1977A3B5C7D9E1F2@DU0P190MB1977.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir/Madam,

Greetings from Kerala Samajam Münster! We came to know about the Day of
Migrant Organisations on 13 March through the Integrationsrat newsletter.

We would like to register 4 people: myself, my husband Suresh and two members
of our committee (Jomon Varghese and Liya Thomas). All of us would like to take
part in the workgroup on funding opportunities and effective association
management, as we are planning to apply for our first project grant this year.

Looking forward to the event.

Warm regards,
Anitha Menon
Secretary, Kerala Samajam Münster e.V.
+49 1521 778 4410
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Forward chain: the team leader forwarded the invitation internally
# suggesting AG 3; he forwards it on to us and chooses AG 1 himself.  Only
# the new text counts.  Outlook plain text, windows-1252 QP.

@mail("terhorst-diakonie-forward-chain", "2027-01-27 08:10:37",
      E("registration", "j.terhorst@diakonie-muenster.example", "Jonas Terhorst",
        "Diakonie Münster e.V.", ["AG1"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Terhorst, Jonas" <j.terhorst@diakonie-muenster.example>'),
           ("To", MSO),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZQ4x7Lm2kVq0T0m8aX3c9PzJrQAAsm1gAACb2Pw="),
           ("Date", m.date),
           ("Message-ID", "<AM8P190MB0937F1E2D3C4B5A69788@AM8P190MB0937.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

meine Teamleitung hat mir Ihre Einladung weitergeleitet – ich melde mich hiermit gern an. Ich würde am liebsten an der AG 1 (Bildungssystem) teilnehmen, da ich ab April unsere Hausaufgabenhilfe für geflüchtete Kinder koordiniere.

Viele Grüße
Jonas Terhorst

Jonas Terhorst
Sozialarbeiter B.A.
Flüchtlingsberatung
Diakonie Münster e.V.
Tel. 0251 2 70 93-45

-----Ursprüngliche Nachricht-----
Von: Brockmann, Ute <u.brockmann@diakonie-muenster.example>
Gesendet: Montag, 25. Januar 2027 16:02
An: Terhorst, Jonas <j.terhorst@diakonie-muenster.example>
Betreff: WG: {INVITATION_SUBJECT}

Hallo Jonas,

wäre das nicht was für dich? Die AG 3 passt doch gut zu deiner Vereinsberatung. Melde dich gern direkt dort an.

LG Ute

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 12. Januar 2027 14:03
An: Tag der Migrantenselbstorganisationen <{MSO}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}
""", charset="windows-1252", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Question from a school social worker: may pupils take part, are there
# certificates?  He will register only after the answer.  The numbered
# questions and "Jahrgang 11–13" are not choices.

@mail("yavuz-gesamtschule-question-pupils", "2027-01-28 13:55:19",
      E("question", "m.yavuz@gsmitte.logineo-nrw.example", "Murat Yavuz",
        "Gesamtschule Münster Mitte", [], None, "de"), "de")
def _(m):
    m.head(("From", "Murat Yavuz <m.yavuz@gsmitte.logineo-nrw.example>"),
           ("To", MSO),
           ("Subject", "Frage: Teilnahme von Schülerinnen und Schülern"),
           ("Date", m.date),
           ("Message-ID", "<c41d9e07b2a34f6e8d15a0b7c9e2f3a4@gsmitte.logineo-nrw.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich bin Schulsozialarbeiter an der Gesamtschule Münster Mitte und habe zwei
Fragen zum MSO-Tag:

1. Dürfen auch Schülerinnen und Schüler teilnehmen, z. B. aus unserer
   Oberstufe (Jahrgang 11–13)? Einige sind in Jugendgruppen von
   Migrantenvereinen aktiv.
2. Stellen Sie Teilnahmebescheinigungen aus? Für die Jugendlichen wäre das
   für ihre Bewerbungsmappe hilfreich.

Wenn beides geht, würde ich mit vier oder fünf Jugendlichen kommen und uns
dann verbindlich anmelden.

Viele Grüße
Murat Yavuz
Schulsozialarbeit
Gesamtschule Münster Mitte
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Nepali from an iPhone, UTF-8 base64.  Full name in Devanagari in the
# self-introduction and signature; From display name "Ram Thapa".  "दोस्रो
# कार्यसमूह" = the second workgroup; "म एक्लै आउनेछु" = I will come alone;
# he belongs to no association.

@mail("thapa-nepali-iphone-no-association", "2027-01-29 09:30:11",
      E("registration", "ram.thapa@mail.example", "राम बहादुर थापा", None,
        ["AG2"], 1, "ne"), "ne")
def _(m):
    m.head(("From", "Ram Thapa <ram.thapa@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag मा दर्ता"),
           ("Date", m.date),
           ("Message-ID", "<8C2F41A7-5D3E-4B90-A1C6-E7F20B9D3A54@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""नमस्कार,

मेरो नाम राम बहादुर थापा हो। म आठ वर्षदेखि मुन्स्टरमा बस्दै आएको छु। म कुनै संस्थाको सदस्य होइन, तर मलाई हाम्रो शहरको भविष्यबारे हुने छलफलमा धेरै रुचि छ।
त्यसैले म दोस्रो कार्यसमूह (Münsters Zukunftsprozess) मा सहभागी हुन चाहन्छु। म एक्लै आउनेछु।

धन्यवाद।
राम बहादुर थापा

मेरो iPhone बाट पठाइएको
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Automatic receipt from a job centre team mailbox that was in copy of a
# confirmation (Auto-Submitted: auto-replied, Precedence: auto_reply).

@mail("jobcenter-team-mailbox-receipt", "2027-02-01 11:00:06",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("2027-02-01 10:59")
    m.head(("From", "Jobcenter Münster Team Migration <Jobcenter-Muenster.Team-Migration@jobcenter-ge.example>"),
           ("To", MSO),
           ("Subject", "Eingangsbestätigung: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270201110006.77f3@jobcenter-ge.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Dies ist eine automatische Eingangsbestätigung.

Ihr Anliegen wird von unserem Team schnellstmöglich bearbeitet. Bitte sehen
Sie von Rückfragen zum Bearbeitungsstand ab.

Ihr Jobcenter Münster

{JOBCENTER_FOOTER}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Registration without a workgroup ("spontan vor Ort entscheiden", "alle drei
# Themen"), plus a question; signature with IBAN, president and board.
# Outlook alternative, windows-1252 QP.

LUETKE_TEXT = """Hallo liebes Orga-Team,

ich melde mich für den MSO-Tag am 13.03. an (nur ich). Welche Arbeitsgruppe ich besuche, möchte ich gern spontan vor Ort entscheiden – alle drei Themen sind für unsere Ehrenamtlichen spannend. Ist das in Ordnung?

Beste Grüße
Kerstin Lütke-Wöstmann
Ehrenamtskoordination Flüchtlingshilfe

DRK-Kreisverband Münster e.V.
Zumsandestraße 25-27 · 48145 Münster
Tel. 0251 3 73 41-30

Spendenkonto: Sparkasse Münsterland Ost · IBAN DE12 4005 0150 0000 2468 10
Präsident: Heinrich Lammerding · Vorstand: Anja Kuhlmann
Vereinsregister Amtsgericht Münster VR 1021"""


@mail("luetke-woestmann-drk-no-workgroup", "2027-02-02 15:15:40",
      E("registration", "k.luetke-woestmann@drk-muenster.example", "Kerstin Lütke-Wöstmann",
        "DRK-Kreisverband Münster e.V.", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Lütke-Wöstmann, Kerstin", "k.luetke-woestmann@drk-muenster.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Thread-Topic", "Anmeldung MSO-Tag"),
           ("Thread-Index", "Adt5Aq8mZr2Wc0x3Tb7uN1eY4pKsLg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8P191MB1543B2C4D6E8F0A1@AS8P191MB1543.EURP191.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LUETKE_TEXT), outlook_html(LUETKE_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Change AG 3 -> AG 2 ("von der AG 3 in die AG 2"), same number; a colleague
# in Cc.  Outlook HTML only, windows-1252 QP, quoting the confirmation (AG 3,
# 2 persons).

SCHLUETER_TEXT = """Sehr geehrte Damen und Herren,

wir haben uns nach Rücksprache im Team umentschieden und würden gern von der AG 3 in die AG 2 wechseln. Die Personenzahl bleibt gleich.

Frau Pieper aus unserem Team ist in CC.

Mit freundlichen Grüßen
Henrik Schlüter
Kommunales Integrationszentrum Kreis Coesfeld
Friedrich-Ebert-Straße 7 · 48653 Coesfeld
Tel. 02541 18-5330"""


@mail("schlueter-ki-coesfeld-change-html", "2027-02-03 10:25:03",
      E("change", "h.schlueter@kreis-coesfeld.example", "Henrik Schlüter",
        "Kommunales Integrationszentrum Kreis Coesfeld", ["AG2"], None, "de"), "de", tz=0)
def _(m):
    sent = "2027-01-21 11:05"
    cid = conf_id(sent)
    m.head(("From", addr("Schlüter, Henrik", "h.schlueter@kreis-coesfeld.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("CC", '"Pieper, Marlies" <m.pieper@kreis-coesfeld.example>'),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbB3s6uR1q0TzWm2nK5vX8cP4dAAnx1Ro"),
           ("Date", m.date),
           ("Message-ID", "<BEZP281MB2411D5E6F7A8B9C0@BEZP281MB2411.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>", sent_de(sent),
             "Schlüter, Henrik <h.schlueter@kreis-coesfeld.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Schlüter", "AG3", 2))
    m.single(outlook_html(SCHLUETER_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Tamil, Gmail alternative, UTF-8 QP: first choice "பணிக்குழு 1", second
# choice "பணிக்குழு 2"; "நான் தனியாக வருகிறேன்" = I come alone.  He teaches
# at the community's Tamil school, named in Latin letters.

THAMBIRAJAH_TEXT = """அன்புடையீர்,

13.03.2027 அன்று நடைபெறும் குடியேறிகள் அமைப்புகளின் தினத்துக்கு (Tag der Migrantenselbstorganisationen) என்னைப் பதிவு செய்யுங்கள்.

முதல் விருப்பம்: பணிக்குழு 1 (கல்வி முறை)
இரண்டாவது விருப்பம்: பணிக்குழு 2 (Zukunftsprozess)

நான் தனியாக வருகிறேன். நான் Tamilalayam Münster தமிழ்ப் பள்ளியில் ஆசிரியராகப் பணியாற்றுகிறேன்.

நன்றியுடன்,
Sivakumar Thambirajah
Tamilalayam Münster"""


@mail("thambirajah-tamil-first-second-choice", "2027-02-04 20:12:26",
      E("registration", "s.thambirajah@mail.example", "Sivakumar Thambirajah",
        "Tamilalayam Münster", ["AG1", "AG2"], 1, "ta"), "ta")
def _(m):
    m.head(("From", "Sivakumar Thambirajah <s.thambirajah@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag பதிவு"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5qN8xT3bW6vY9kZ1mL4rP7sF0gH2cE5aU8oN1iB3vQ6xRt9w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(THAMBIRAJAH_TEXT, gmail_html(THAMBIRAJAH_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# English, Gmail alternative: "My colleague Ayesha and I" (2), "Working Group
# III"; the association in the text ("... at the University of Münster") and
# in the signature with a title before a "|".

TARIQ_TEXT = """Hello,

I'm writing on behalf of the Pakistan Students Association at the University of Münster. My colleague Ayesha and I would like to attend the MSO-Tag on 13 March.

Please put us down for Working Group III.

Thanks a lot!
Usman Tariq
General Secretary | Pakistan Students Association Münster
Instagram: @psa.muenster"""


@mail("tariq-english-roman-three", "2027-02-05 09:50:14",
      E("registration", "usman.tariq@uni-ms.example", "Usman Tariq",
        "Pakistan Students Association Münster", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Usman Tariq <usman.tariq@uni-ms.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag registration (2 people)"),
           ("Date", m.date),
           ("Message-ID", "<CAM2wX7pR4tY1uI8oP5aS2dF6gH9jK3lZ0xC7vB4nM1qWe5RtYq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TARIQ_TEXT, gmail_html(TARIQ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Question in Nepali (Devanagari), Gmail alternative, UTF-8 base64: is it
# free, may one come without an association, is there interpreting?  She
# will register after the answer ("जवाफ पाएपछि म दर्ता गर्नेछु").

SHRESTHA_TEXT = """नमस्ते,

मैले तपाईंहरूको कार्यक्रमबारे एक साथीबाट सुनें। दर्ता गर्नुअघि मेरा केही प्रश्नहरू छन्:
- के कार्यक्रम निःशुल्क हो?
- कुनै संस्थाको सदस्य नभई पनि आउन मिल्छ?
- के त्यहाँ नेपाली वा अंग्रेजीमा अनुवादको व्यवस्था हुन्छ? मेरो जर्मन अझै राम्रो छैन।

जवाफ पाएपछि म दर्ता गर्नेछु।

धन्यवाद,
Anjali Shrestha"""


@mail("shrestha-nepali-question", "2027-02-08 14:40:39",
      E("question", "anjali.shrestha@mail.example", "Anjali Shrestha", None, [], None, "ne"), "ne")
def _(m):
    m.head(("From", "Anjali Shrestha <anjali.shrestha@mail.example>"),
           ("To", MSO),
           ("Subject", "कार्यक्रमबारे प्रश्न"),
           ("Date", m.date),
           ("Message-ID", "<CAB1nR6tY9uW2xZ5mQ8pL3sK7dF0gH4jJ1cE6aU9oN2iB5vQ8xRw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SHRESTHA_TEXT, gmail_html(SHRESTHA_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 024 ---------------------------------------------------------------------
# Very short, from Outlook for iOS: "AG 2 wäre super, sonst AG 3"; the job
# centre with its team after a dash on the signature line.

@mail("koester-jobcenter-outlook-ios", "2027-02-09 08:35:50",
      E("registration", "nadine.koester@jobcenter-ge.example", "Nadine Köster",
        "Jobcenter Münster", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Köster, Nadine", "nadine.koester@jobcenter-ge.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB6819C2B94E1D3A5F7788@AM0PR04MB6819.eurprd04.prod.outlook.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich melde mich für den MSO-Tag an. AG 2 wäre super, sonst AG 3.

Gruß
Nadine Köster
Jobcenter Münster – Arbeitgeberservice

Gesendet von Outlook für iOS
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Urdu (Arabic script) from a phone, UTF-8 8bit.  Full name in Urdu script in
# the self-introduction and signature, From display name in Latin letters.
# "میں اور میری دو ساتھی خواتین" = I and my two women colleagues (3);
# "تیسرے ورکنگ گروپ" = the third workgroup.

@mail("iqbal-urdu-three-women", "2027-02-10 12:05:28",
      E("registration", "samina.iqbal@mail.example", "ثمینہ اقبال",
        "Pak Noor Frauenkreis Münster", ["AG3"], 3, "ur"), "ur")
def _(m):
    m.head(("From", "Samina Iqbal <samina.iqbal@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung / اندراج"),
           ("Date", m.date),
           ("Message-ID", "<4E9A0C1B-7F2D-4A38-B6E5-1C8D9F0A2B37@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""السلام علیکم،

میرا نام ثمینہ اقبال ہے۔ میں Pak Noor Frauenkreis Münster کی طرف سے لکھ رہی ہوں۔
میں اور میری دو ساتھی خواتین 13 مارچ کے پروگرام میں آنا چاہتی ہیں۔
ہمیں تیسرے ورکنگ گروپ (Förderung / Vereinsmanagement) میں دلچسپی ہے، کیونکہ ہم اپنی تنظیم کو باقاعدہ رجسٹر کروانا چاہتی ہیں۔

بہت شکریہ
ثمینہ اقبال
""", charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# A teacher's out-of-office to our reminder, recognisable only from its text
# (no Auto-Submitted, no X-Autoreply, ordinary "Re:" subject).

@mail("tiemann-teacher-out-of-office-text-only", "2027-02-11 10:04:55",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Bernd Tiemann <b.tiemann@gshiltrup.logineo-nrw.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0d6a2f81c3e94b57a1f0e2d3c4b5a697@gshiltrup.logineo-nrw.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 08.02. bis einschließlich
19.02.2027 mit meiner Klasse auf Skifahrt und lese in dieser Zeit keine
E-Mails. Ab dem 22.02. bin ich wieder erreichbar.

In dringenden schulischen Angelegenheiten wenden Sie sich bitte an das
Sekretariat der Gesamtschule Hiltrup: 0251 4 14 97-0.

Mit freundlichen Grüßen
Bernd Tiemann
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# A Caritas employee writes from her work account but comes for her own
# association ("nicht dienstlich"); the association is on a line after
# "1. Vorsitzende, " and the employer's automatic signature follows.  The
# organisation is the association.  Outlook plain, UTF-8 QP.

@mail("nguyen-caritas-account-own-association", "2027-02-11 13:20:07",
      E("registration", "t.nguyen@caritas-ms.example", "Thu Trang Nguyen",
        "Vietnamesischer Elternverein Hòa Bình Münster e.V.", ["AG1"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nguyen, Thu Trang" <t.nguyen@caritas-ms.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung Elternverein Hòa Bình"),
           ("Thread-Topic", "Anmeldung Elternverein Hòa Bình"),
           ("Thread-Index", "Adt8Zc1r5Wq9mT2bY6uK0eN3xHpJfA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB23170C1D2E3F4A5B6C7D@FR2P281MB2317.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

diesmal schreibe ich Ihnen nicht dienstlich, sondern für unseren Elternverein: Unsere Kassiererin Frau Phạm Thị Hương und ich möchten gern am MSO-Tag teilnehmen, also zwei Personen. Wir interessieren uns für die AG 1, weil es bei uns im Verein vor allem um die Schulwahl nach der Grundschule geht.

Bitte nicht wundern über die automatische Signatur unten.

Viele Grüße
Thu Trang Nguyen
1. Vorsitzende, Vietnamesischer Elternverein Hòa Bình Münster e.V.

Thu Trang Nguyen
Sozialberatung für Geflüchtete
{CARITAS_FOOTER}

{CARITAS_DISCLAIMER}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change of party size in Tamil (2 -> 3: "இருவர் அல்ல, மூவர்"), workgroup
# unchanged ("பணிக்குழுவில் மாற்றம் இல்லை").  Gmail reply with a Tamil
# attribution line, quoting the confirmation (AG 1, 2 persons).

BALACHANDRAN_TEXT = """வணக்கம்,

எங்கள் பதிவில் ஒரு சிறிய மாற்றம்: நாங்கள் இப்போது இருவர் அல்ல, மூவர் வருவோம். எங்கள் சங்கத்தின் செயலாளரும் எங்களுடன் வர விரும்புகிறார். பணிக்குழுவில் மாற்றம் இல்லை.

நன்றி,
Tharshini Balachandran"""


@mail("balachandran-tamil-change-party-size", "2027-02-12 09:00:45",
      E("change", "tharshini.b@mail.example", "Tharshini Balachandran", None,
        [], 3, "ta"), "ta")
def _(m):
    sent = "2027-01-27 19:31"
    cid = conf_id(sent)
    attr = f"புத., 27 ஜன., 2027 அன்று 7:31 PM அன்று Tag der Migrantenselbstorganisationen <{MSO}> எழுதியது:"
    quoted = confirmation("Frau Balachandran", "AG1", 2)
    m.head(("From", "Tharshini Balachandran <tharshini.b@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK9mP4vT7bX0wZ3nR6qL9sJ2dF5gH8kY1cE4aU7oN0iB3vQ6xRs@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{BALACHANDRAN_TEXT}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(BALACHANDRAN_TEXT, attr, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Part of a group drops out (3 -> 2, "nur noch zu zweit"): a change of
# party size; "Die AG bleibt wie gehabt" is no choice.  Outlook plain text
# with "-----Ursprüngliche Nachricht-----", AWO disclaimer, windows-1252 QP.

@mail("wilmsen-awo-change-three-to-two", "2027-02-15 11:45:22",
      E("change", "f.wilmsen@awo-msre.example", "Frauke Wilmsen",
        "AWO Unterbezirk Münsterland-Recklinghausen", [], 2, "de"), "de", tz=0)
def _(m):
    sent = "2027-01-29 10:44"
    cid = conf_id(sent)
    m.head(("From", '"Wilmsen, Frauke" <f.wilmsen@awo-msre.example>'),
           ("To", MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<005e01db7f9c$1a2b3c40$4e5f6a70$@awo-msre.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

eine unserer beiden Ehrenamtlichen hat leider kurzfristig abgesagt. Wir kommen daher nur noch zu zweit (Frau Elif Gül und ich). Die AG bleibt wie gehabt.

Viele Grüße
Frauke Wilmsen
Quartiersarbeit Kinderhaus
AWO Unterbezirk Münsterland-Recklinghausen
Tel.: 0251 97 40 26-40

{AWO_DISCLAIMER}

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: {sent_de(sent)}
An: Wilmsen, Frauke <f.wilmsen@awo-msre.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Wilmsen", "AG3", 3)}
""", charset="windows-1252", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Question from a DRK counsellor: is there interpreting (Tamil, Dari), may she
# come along as an interpreter?  She will register "je nach Antwort".

@mail("bruening-drk-question-interpreting", "2027-02-16 16:30:18",
      E("question", "t.bruening@drk-muenster.example", "Tanja Brüning",
        "DRK-Kreisverband Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Tanja Brüning", "t.bruening@drk-muenster.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Dolmetschen beim MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<20270216163018.9b2d4f@drk-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich arbeite in der psychosozialen Beratung für Geflüchtete beim DRK und habe
einige Klientinnen, die sich für den MSO-Tag interessieren. Sie sprechen Tamil
und Dari und nur wenig Deutsch.

Gibt es bei der Veranstaltung Dolmetscherinnen oder eine Flüsterübersetzung?
Und falls nicht: Dürfte ich als Begleitung mit in die Arbeitsgruppe, um zu
übersetzen, ohne selbst einen Platz zu belegen?

Je nach Antwort würde ich uns dann anmelden.

Freundliche Grüße
Tanja Brüning
Psychosoziale Beratung für Geflüchtete
DRK-Kreisverband Münster e.V.
Tel. 0251 3 73 41-75
""", charset="iso-8859-1", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Sinhala, plain UTF-8 base64.  Full name in Sinhala script in the
# self-introduction and signature, From display name in Latin letters.
# "අපි තිදෙනාම" = all three of us; "දෙවන වැඩ කණ්ඩායම" = the second
# workgroup.  No association.

@mail("jayasuriya-sinhala-family", "2027-02-17 10:10:36",
      E("registration", "chamila.jayasuriya@mail.example", "චමිලා ජයසූරිය", None,
        ["AG2"], 3, "si"), "si")
def _(m):
    m.head(("From", "Chamila Jayasuriya <chamila.jayasuriya@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03 - ලියාපදිංචි වීම"),
           ("Date", m.date),
           ("Message-ID", "<CAD4rT7wY0uX3zA6nS9qM2pL5dG8hJ1kF4cE7bV0oP3iC6wR9xTs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ආයුබෝවන්,

මගේ නම චමිලා ජයසූරිය. මම වසර පහක සිට මුන්ස්ටර්හි ජීවත් වෙමි.
මාර්තු 13 වැඩසටහනට මම, මගේ සැමියා සහ අපේ දියණිය – අපි තිදෙනාම එන්නෙමු.
අපි දෙවන වැඩ කණ්ඩායමට (Münsters Zukunftsprozess) සහභාගී වීමට කැමතියි.

බොහොම ස්තූතියි,
චමිලා ජයසූරිය
""", charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# Integration centre with the registration repeated as a PDF attachment
# (multipart/mixed); the text states 2 persons and AG 3.

@mail("hagemann-ki-steinfurt-pdf", "2027-02-18 08:55:04",
      E("registration", "dennis.hagemann@kreis-steinfurt.example", "Dennis Hagemann",
        "Kommunales Integrationszentrum Kreis Steinfurt", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dennis Hagemann <dennis.hagemann@kreis-steinfurt.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung KI Kreis Steinfurt"),
           ("Date", m.date),
           ("Message-ID", "<e8b3c1d2-4f5a-4b6c-9d7e-0a1b2c3d4e5f@kreis-steinfurt.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Tag der Migrantenselbstorganisationen an. Kurz
zusammengefasst: Wir kommen mit 2 Personen (Frau Ilknur Şahin und ich) und
möchten in die AG 3. Anbei die Anmeldung noch einmal als PDF für Ihre
Unterlagen, so wie sie bei uns für die Dienstreise hinterlegt ist.

Mit freundlichen Grüßen
Dennis Hagemann

Kommunales Integrationszentrum Kreis Steinfurt
Tecklenburger Straße 10 · 48565 Steinfurt
Tel. 02551 69-2745
""", charset="utf-8", cte="8bit")
    pdf = m.binary(make_pdf(["Anmeldung MSO-Tag 2027",
                             "Kommunales Integrationszentrum Kreis Steinfurt",
                             "Teilnehmende: Dennis Hagemann, Ilknur Sahin",
                             "Arbeitsgruppe: AG 3",
                             "Personen: 2"]),
                   "application", "pdf", "Anmeldung_MSO-Tag_KI_Steinfurt.pdf")
    m.multi("mixed", [text, pdf])


# -- 033 ---------------------------------------------------------------------
# English, plain text: he volunteers with the DRK but says he comes as a
# private person, so no organisation; "the education group (no. 1)"; signed
# with his first name only, full name in the self-introduction.

@mail("dissanayake-english-private-person", "2027-02-19 13:30:49",
      E("registration", "rohan.dissanayake@mail.example", "Rohan Dissanayake", None,
        ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Rohan Dissanayake <rohan.dissanayake@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO day - registration"),
           ("Date", m.date),
           ("Message-ID", "<1771504249.512733.protonmail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

my name is Rohan Dissanayake. I volunteer as a language mediator
(Sinhala/English) with the DRK refugee counselling here in Münster, and my
coordinator told me about the MSO day. I'm not coming on behalf of the DRK
though, just as a private person.

I'd like to register, just me. I'm most interested in the education group
(no. 1), since many of the families I help have kids in school.

Cheers,
Rohan
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change in Urdu to "ورکنگ گروپ ۱" (Extended Arabic-Indic digit one); the
# old group "۲" is also named.  Gmail alternative with right-to-left HTML,
# Urdu attribution line, quoting the confirmation (AG 2, 1 person).

YOUSAF_TEXT = """السلام علیکم،

میں نے ورکنگ گروپ ۲ کے لیے اندراج کیا تھا، لیکن اب میں ورکنگ گروپ ۱ (تعلیمی نظام) میں جانا چاہتا ہوں۔ براہ کرم میرا گروپ تبدیل کر دیں۔

شکریہ
Kamran Yousaf"""


@mail("yousaf-urdu-change-native-digit", "2027-02-22 09:20:57",
      E("change", "kamran.yousaf@mail.example", "Kamran Yousaf", None, ["AG1"], None, "ur"), "ur")
def _(m):
    sent = "2027-02-03 11:05"
    cid = conf_id(sent)
    attr = f"بدھ، 3 فروری، 2027 کو 11:05 AM پر Tag der Migrantenselbstorganisationen <{MSO}> نے لکھا:"
    quoted = confirmation("Herr Yousaf", "AG2", 1)
    m.head(("From", "Kamran Yousaf <kamran.yousaf@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE7tW0zA3bY6vX9nT2qN5pM8dH1jK4lG7cF0aU3oQ6iD9wS2xUv@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{YOUSAF_TEXT}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(YOUSAF_TEXT, attr, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Cancellation from the job centre, Outlook HTML only (windows-1252 QP),
# quoting the confirmation (AG 1, 1 person); "Im Auftrag"; data-protection
# footer.

EGGERT_TEXT = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für den 13.03.2027 zurückziehen. An diesem Samstag findet kurzfristig unsere Jobmesse „Neustart Münster“ statt, bei der ich fest eingeplant bin.

Ich wünsche Ihnen eine gelungene Veranstaltung!

Mit freundlichen Grüßen
Im Auftrag

Sabine Eggert
Beauftragte für Chancengleichheit am Arbeitsmarkt (BCA)
Jobcenter Münster
Bahnhofstraße 26 · 48143 Münster
Telefon: 0251 6 09 12-110

{JOBCENTER_FOOTER}"""


@mail("eggert-jobcenter-cancel-html", "2027-02-23 15:05:33",
      E("cancellation", "sabine.eggert@jobcenter-ge.example", "Sabine Eggert",
        "Jobcenter Münster", [], None, "de"), "de", tz=0)
def _(m):
    sent = "2027-01-19 08:52"
    cid = conf_id(sent)
    m.head(("From", '"Eggert, Sabine" <sabine.eggert@jobcenter-ge.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbakT1m8xP0qZ3vR6nW9cY2uL5eAA4k0Hs"),
           ("Date", m.date),
           ("Message-ID", "<0b4f01db8609$9a8b7c60$cfa27520$@jobcenter-ge.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>", sent_de(sent),
             "Eggert, Sabine <sabine.eggert@jobcenter-ge.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Eggert", "AG1", 1))
    m.single(outlook_html(EGGERT_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# AWO integration agency, two persons; "die Finanzierung von Vereinsarbeit,
# also die AG 3", fallback AG 2; a colleague in Cc.  Outlook alternative,
# windows-1252 QP.

BRANDT_TEXT = f"""Sehr geehrte Frau Meza Correa-Flock,

für die Integrationsagentur der AWO melden sich meine Kollegin Derya Aksu von der Servicestelle Antidiskriminierung und ich an (2 Personen). Uns interessiert vor allem die Finanzierung von Vereinsarbeit, also die AG 3. Falls diese schon voll sein sollte, nehmen wir gern die AG 2.

Frau Aksu habe ich in Kopie gesetzt.

Mit freundlichen Grüßen

Tobias Brandt
Integrationsagentur
AWO Unterbezirk Münsterland-Recklinghausen
Friedrich-Ebert-Straße 118 | 48153 Münster
Tel.: 0251 97 40 26-21

{AWO_DISCLAIMER}"""


@mail("brandt-awo-integrationsagentur-cc", "2027-02-24 11:11:12",
      E("registration", "t.brandt@awo-msre.example", "Tobias Brandt",
        "AWO Unterbezirk Münsterland-Recklinghausen", ["AG3", "AG2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brandt, Tobias" <t.brandt@awo-msre.example>'),
           ("To", TO_MSO),
           ("CC", '"Aksu, Derya" <d.aksu@awo-msre.example>'),
           ("Subject", "Anmeldung Integrationsagentur AWO"),
           ("Thread-Topic", "Anmeldung Integrationsagentur AWO"),
           ("Thread-Index", "AduGb2Kq7Xw1pS4mZ9vT3eR6yNcHjQ=="),
           ("Date", m.date),
           ("Message-ID", "<007a01db86a4$3c4d5e60$b5e71b20$@awo-msre.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BRANDT_TEXT), outlook_html(BRANDT_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Cancellation in Nepali (Devanagari digits in "मार्च १३"), Gmail reply with
# a Nepali attribution line, quoting the confirmation (AG 2, 1 person).

ADHIKARI_TEXT = """नमस्ते,

माफ गर्नुहोस्, मार्च १३ मा म आउन सक्दिन। त्यही दिन नेपालबाट मेरो आमा आइपुग्दै हुनुहुन्छ र मैले एयरपोर्ट जानुपर्छ। कृपया मेरो दर्ता रद्द गरिदिनुहोस्।

धन्यवाद र शुभकामना,
Bishnu Adhikari
Himalaya Kulturverein Münster"""


@mail("adhikari-nepali-cancel", "2027-02-25 17:45:03",
      E("cancellation", "bishnu.adhikari@mail.example", "Bishnu Adhikari",
        "Himalaya Kulturverein Münster", [], None, "ne"), "ne")
def _(m):
    sent = "2027-02-02 20:14"
    cid = conf_id(sent)
    attr = f"मंगल, फेब्रुअरी २, २०२७ मा ८:१४ PM बजे Tag der Migrantenselbstorganisationen <{MSO}> ले लेख्नुभयो:"
    quoted = confirmation("Herr Adhikari", "AG2", 1)
    m.head(("From", "Bishnu Adhikari <bishnu.adhikari@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG2pS5vW8cZ1xA4nU7rO0qN3eI6kL9mH2dG5bV8oR1jE4xT7yWv@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{ADHIKARI_TEXT}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_reply_html(ADHIKARI_TEXT, attr, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Change in English from Outlook for Android: "move me to Working Group 2 ...
# If it's already full, please just keep me in group 3" -> AG2, then AG3.
# English header block and underscores above the quoted confirmation.

@mail("rahman-english-change-fallback", "2027-02-26 10:30:21",
      E("change", "farhan.rahman@mail.example", "Farhan Rahman",
        "Bangladesh Community Münster", ["AG2", "AG3"], None, "en"), "en")
def _(m):
    sent = "2027-02-04 15:12"
    cid = conf_id(sent)
    m.head(("From", "Farhan Rahman <farhan.rahman@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PAWP190MB1633E4F5A6B7C8D9@PAWP190MB1633.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

Could you please move me to Working Group 2? A friend told me the discussion on the city's future process will be really relevant for our community centre plans. If it's already full, please just keep me in group 3.

Thanks and best regards,
Farhan Rahman
Bangladesh Community Münster

Get Outlook for Android
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Thursday, February 4, 2027 3:12:40 PM
To: Farhan Rahman <farhan.rahman@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Rahman", "AG3", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Exchange non-delivery report (German) for a confirmation to a mistyped
# address (brueggeman for brueggemann); multipart/report with the returned
# confirmation; CRLF line ends.

NDR_RCPT = "K.Brueggeman@diakonie-muenster.example"
NDR_DIAG = (f"550 5.1.1 <{NDR_RCPT}>: Recipient address rejected: "
            "User unknown in local recipient table")
NDR_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {CONFIRMATION_SUBJECT}
Gesendet: 01.03.2027 09:59

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR_RCPT} am 01.03.2027 10:00
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.
<mx.diakonie-muenster.example #{NDR_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.muenster.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{CONFIRMATION_SUBJECT}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">01.03.2027 09:59</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> am 01.03.2027 10:00</font></p>
<blockquote><font size="2" face="Tahoma">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.<br>
&lt;mx.diakonie-muenster.example #{esc(NDR_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: EXCH01.muenster.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-diakonie-typo", "2027-03-01 09:00:12",
      E("bounce", bounced=NDR_RCPT.lower()), "de", tz=0)
def _(m):
    cid = conf_id("2027-03-01 09:59")
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9e3b1a70-2c4d-4f85-b6a7-c8d9e0f1a2b3@EXCH01.muenster.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH01.muenster.example"),
         ("Received-From-MTA", "dns;EXCH01.muenster.example"),
         ("Arrival-Date", "Mon, 1 Mar 2027 08:59:41 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.diakonie-muenster.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{NDR_RCPT}>:\n Recipient address rejected: "
                             "User unknown in local recipient table")])
    original = confirmation_message(
        f"Katharina Brüggemann <{NDR_RCPT}>", "Frau Brüggemann", "AG2", 1,
        "Mon, 1 Mar 2027 09:59:41 +0100", cid,
        "<3a9c7e15-0b2d-4e6f-8a1c-5d7e9f0b2c4a@diakonie-muenster.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, "Ihre Anmeldung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# A welfare organisation's newsletter (other) that advertises the MSO-Tag,
# names all three workgroups and says "jetzt anmelden"; List-* headers.

CARITAS_NL_TEXT = f"""Caritas Münster – Newsletter Migration & Integration | März 2027

Liebe Kolleginnen und Kollegen, liebe Ehrenamtliche,

diesmal mit diesen Themen:
1. Neue Sprechzeiten der Migrationsberatung ab 1. April
2. Tag der Migrantenselbstorganisationen am 13. März – noch bis 6. März anmelden
3. Fortbildung „Förderanträge schreiben“ für Ehrenamtliche am 24. April

1. Neue Sprechzeiten
Die offene Sprechstunde der Migrationsberatung in der Josefstraße findet ab April dienstags und donnerstags von 9 bis 12 Uhr statt.

2. Tag der Migrantenselbstorganisationen
Am Samstag, 13. März, lädt das Kommunale Integrationszentrum ins Stadtweinhaus ein. Es gibt drei Arbeitsgruppen: Bildungssystem, Münsters Zukunftsprozess sowie Förderungsmöglichkeiten und Vereinsmanagement. Anmeldung formlos per E-Mail an {MSO}. Mehrere Kolleginnen und Kollegen aus unserem Fachdienst sind dabei.

3. Fortbildung „Förderanträge schreiben“
Samstag, 24. April, 10 bis 15 Uhr, Caritas-Haus. Anmeldung über https://www.caritas-ms.example/fortbildungen

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.caritas-ms.example/newsletter/abmelden?id=5521
{CARITAS_FOOTER}"""

CARITAS_NL_HTML = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Migration &amp; Integration</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#cc0000;color:#fff;"><h1 style="margin:0;font-size:21px;">Caritas Münster – Newsletter Migration &amp; Integration</h1><p style="margin:4px 0 0;">März 2027</p></td></tr>
<tr><td>
<p>Liebe Kolleginnen und Kollegen, liebe Ehrenamtliche,</p>
<p>diesmal mit diesen Themen:</p>
<ol><li>Neue Sprechzeiten der Migrationsberatung ab 1. April</li><li>Tag der Migrantenselbstorganisationen am 13. März – noch bis 6. März anmelden</li><li>Fortbildung „Förderanträge schreiben“ für Ehrenamtliche am 24. April</li></ol>
<h2 style="font-size:16px;color:#cc0000;">Neue Sprechzeiten</h2>
<p>Die offene Sprechstunde der Migrationsberatung in der Josefstraße findet ab April dienstags und donnerstags von 9 bis 12 Uhr statt.</p>
<h2 style="font-size:16px;color:#cc0000;">Tag der Migrantenselbstorganisationen</h2>
<p>Am Samstag, 13. März, lädt das Kommunale Integrationszentrum ins Stadtweinhaus ein. Es gibt drei Arbeitsgruppen: Bildungssystem, Münsters Zukunftsprozess sowie Förderungsmöglichkeiten und Vereinsmanagement. Anmeldung formlos per E-Mail an <a href="mailto:{MSO}">{MSO}</a>. Mehrere Kolleginnen und Kollegen aus unserem Fachdienst sind dabei.</p>
<h2 style="font-size:16px;color:#cc0000;">Fortbildung „Förderanträge schreiben“</h2>
<p>Samstag, 24. April, 10 bis 15 Uhr, Caritas-Haus. <a href="https://www.caritas-ms.example/fortbildungen">Zur Anmeldung</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.caritas-ms.example/newsletter/abmelden?id=5521">Abmelden</a><br>
Caritasverband für die Stadt Münster e.V. · Josefstraße 2 · 48151 Münster</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("caritas-newsletter-mentions-event", "2027-03-02 14:10:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Caritas Münster Newsletter <newsletter@caritas-ms.example>"),
           ("To", MSO),
           ("Subject", "Newsletter Migration & Integration – März 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl-migration-2027-03.5521.7d1e@caritas-ms.example>"),
           ("List-Id", "Newsletter Migration <migration.newsletter.caritas-ms.example>"),
           ("List-Unsubscribe", "<https://www.caritas-ms.example/newsletter/abmelden?id=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(CARITAS_NL_TEXT, CARITAS_NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Question in English before registering ("before I register"); the numbered
# questions are not workgroups.  The temple's youth team on the signature.

@mail("kaur-english-question-language", "2027-03-03 08:40:16",
      E("question", "harpreet.kaur@mail.example", "Harpreet Kaur",
        "Gurdwara Sahib Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Harpreet Kaur <harpreet.kaur@mail.example>"),
           ("To", MSO),
           ("Subject", "Question about the MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAL6sV9yB2dA5zC8oW1tP4rO7fJ0mN3kI6eH9cX2qT5lG8zU1aXy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I have two quick questions before I register:

1. Will the sessions be in German only, or is there some English support?
   My German is around B1.
2. Do participants get a certificate of attendance? It would help me for my
   volunteer record (Ehrenamtskarte).

Many thanks,
Harpreet Kaur
Youth Team, Gurdwara Sahib Münster
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Question in Sinhala: may small children come, is there parking?  She will
# register after the answer.  UTF-8 QP, multipart/alternative.

WICKRAMASINGHE_TEXT = """ආයුබෝවන්,

මට ප්‍රශ්න දෙකක් තිබේ. වැඩසටහනට කුඩා දරුවන් රැගෙන ඒමට පුළුවන්ද? මගේ පුතාට වයස අවුරුදු තුනයි. ඒ වගේම Stadtweinhaus අසල වාහන නවත්වන්න තැනක් තිබේද?

ඔබේ පිළිතුර ලැබුණු පසු මම ලියාපදිංචි වෙන්නම්.

ස්තූතියි,
Dilani Wickramasinghe"""


@mail("wickramasinghe-sinhala-question", "2027-03-04 19:05:42",
      E("question", "dilani.w@mail.example", "Dilani Wickramasinghe", None, [], None, "si"), "si")
def _(m):
    m.head(("From", "Dilani Wickramasinghe <dilani.w@mail.example>"),
           ("To", MSO),
           ("Subject", "ප්‍රශ්නයක් - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1772647542.88120.web-mail@mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.alternative(WICKRAMASINGHE_TEXT, div_html(WICKRAMASINGHE_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation by a teacher; school webmail (Roundcube) quoting the
# confirmation (AG 1, 1 person) with "Am ..., schrieb ...:" and ">".

@mail("demirtas-gesamtschule-cancel", "2027-03-08 07:50:30",
      E("cancellation", "a.demirtas@ekg.logineo-nrw.example", "Ayşe Demirtaş",
        "Erich-Kästner-Gesamtschule Münster", [], None, "de"), "de")
def _(m):
    sent = "2027-02-01 09:47"
    cid = conf_id(sent)
    m.head(("From", addr("Ayşe Demirtaş", "a.demirtas@ekg.logineo-nrw.example", "utf-8", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f2a7c9e1d0b34a58b6c1e3d5f7a9b0c2@ekg.logineo-nrw.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 13. März absagen. Unsere Schule hat für
diesen Samstag kurzfristig einen Pädagogischen Tag angesetzt, an dem ich
teilnehmen muss.

Schade, ich hatte mich sehr auf die AG gefreut. Vielleicht klappt es im
nächsten Jahr.

Mit freundlichen Grüßen
Ayşe Demirtaş
Lehrerin für Herkunftssprachlichen Unterricht (Türkisch)
Erich-Kästner-Gesamtschule Münster

Am 01.02.2027 09:47, schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Demirtaş", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 044 ---------------------------------------------------------------------
# Cancellation in Tamil from an iPhone set to English ("On ..., at ...,
# ... wrote:"), quoting the confirmation (AG 3, 1 person).  UTF-8 base64.

@mail("kanagaratnam-tamil-cancel-iphone", "2027-03-10 12:30:09",
      E("cancellation", "prakash.k@mail.example", "Prakash Kanagaratnam", None,
        [], None, "ta"), "ta")
def _(m):
    sent = "2027-02-03 18:20"
    cid = conf_id(sent)
    m.head(("From", "Prakash Kanagaratnam <prakash.k@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B71D4E2A-9C3F-4A05-8E6B-2F1D0C9B8A74@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""வணக்கம்,

மன்னிக்கவும், மார்ச் 13 அன்று எனக்கு வேலை இருப்பதால் நிகழ்வுக்கு வர முடியாது. தயவுசெய்து எனது பதிவை ரத்து செய்யுங்கள்.

நன்றி,
Prakash Kanagaratnam

Sent from my iPhone

> On 3 Feb 2027, at 18:20, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
>
{gt_quote(confirmation("Herr Kanagaratnam", "AG3", 1))}
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

KINDS = {"registration", "change", "cancellation", "question", "auto_reply", "bounce", "other"}
PERSON_KINDS = {"registration", "change", "cancellation", "question"}
WORKGROUP_IDS = {"AG1", "AG2", "AG3"}
LANGUAGES = {"de", "en", "ne", "ta", "ur", "si"}


def label_problems(e):
    """Problems with one expected record on its own."""
    out = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        out.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or not set(wg) <= WORKGROUP_IDS or len(set(wg)) != len(wg):
        out.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        out.append("workgroups only for registrations and changes")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            out.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            out.append("change party_size must be null or >= 1")
    elif ps is not None:
        out.append(f"party_size must be null for {kind}")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower() or "@" not in e["email"]:
            out.append("person mail needs a lower-case email")
        if not e["name"]:
            out.append("person mail needs a name")
        if e["language"] not in LANGUAGES:
            out.append(f"language {e['language']} not in {sorted(LANGUAGES)}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                out.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            out.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        out.append("bounced_recipient only for bounces")
    return out


def decoded_text(msg):
    """Decoded headers and text parts (HTML unescaped), nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            content = p.get_content()
            if p.get_content_subtype() == "html":
                content = html.unescape(content)
            chunks.append(content)
    return "\n".join(chunks)


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
    text = decoded_text(msg)
    # every address-like string and URL must use an example domain
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "w3.org":
            problems.append(f"non-example host www.{dom}")
    problems += label_problems(expected)
    kind = expected["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        heads = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h] is not None
                 for a in msg[h].addresses]
        if expected["email"] not in heads and expected["email"] not in text.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        if "Reply-To" in msg and expected["email"] == msg["From"].addresses[0].addr_spec.lower():
            problems.append("Reply-To present but email is the From address")
        for k in ("name", "organisation"):
            if expected[k] is not None and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the confirmation")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return msg["From"].addresses[0].addr_spec.lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built})
    order = ["registration", "change", "cancellation", "question", "auto_reply", "bounce", "other"]
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{lg:>5}" for lg in langs) + "  total")
    for k in order:
        print(f"  {k:13}" + "".join(f"{table[(k, lg)] or '-':>5}" for lg in langs)
              + f"  {kinds[k]:>5}")
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
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    seen = {}
    for (name, *_), data in zip(built, datas):
        s = sender(data)
        if s in seen:
            print(f"{name}: sender {s} already sent {seen[s]}")
            bad += 1
        seen[s] = name
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
