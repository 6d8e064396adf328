#!/usr/bin/env python3
"""Build the "final23b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: Frauennetzwerktag 2027 of the migrant women's associations in Bielefeld
(Saturday 6 March 2027), four colour-named workshops lila / orange / gruen / blau.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
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
import tomllib
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FNT = "frauennetzwerktag@bielefeld.example"
FNT_NAME = "Frauennetzwerktag Bielefeld"
TO_FNT = f"{FNT_NAME} <{FNT}>"
INVITATION_ID = "<einladung-fnt-2027.20270118100002@bielefeld.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ru", "fa", "fr")


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
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def ios_quote(text):
    """Quote as iOS Mail does: '> ' before every line, empty ones included."""
    return "\n".join("> " + line for line in text.split("\n"))


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
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values (plain or already RFC 2047-encoded) are stored
        verbatim, folded at spaces when long; non-ASCII values go through the
        policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FNT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FNT}>; {arrival} (CET)")
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
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

INVITATION_SUBJECT = "Einladung: Frauennetzwerktag 2027 am 6. März"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Frauennetzwerktag 2027"
REMINDER_SUBJECT = "Erinnerung: Frauennetzwerktag am 6. März 2027"

INVITATION = """Liebe Frauen aus den Migrantinnenorganisationen,
liebe Vereinsvorstände, liebe Interessierte,

zum Internationalen Frauentag laden wir Sie herzlich zum Frauennetzwerktag
2027 ein!

Datum: Samstag, 6. März 2027, 10:00 bis 16:00 Uhr
Ort: Ravensberger Spinnerei, Historischer Saal, Ravensberger Park 1,
     33607 Bielefeld

Nach dem gemeinsamen Auftakt und dem Mittagessen arbeiten wir in vier
Workshops:

Workshop Lila: Sichtbar werden – Öffentlichkeitsarbeit und Social Media
               für Frauenvereine
Workshop Orange: Frauen und Beruf – Anerkennung, Weiterbildung,
                 Selbstständigkeit
Workshop Grün: Gesund und stark – Frauengesundheit und Selbstfürsorge
Workshop Blau: Gewaltschutz und Frauenrechte – Beratungsangebote in
               Bielefeld

Für Kinder ab einem Jahr gibt es eine kostenlose Kinderbetreuung. Bitte
nennen Sie uns dafür bei der Anmeldung Anzahl und Alter der Kinder.

Bitte melden Sie sich bis zum 26. Februar 2027 per E-Mail an
frauennetzwerktag@bielefeld.example an: mit Ihrem Namen, Ihrem Verein,
dem gewünschten Workshop (gern auch einem Zweitwunsch) und der Zahl der
Teilnehmerinnen.

Die Teilnahme ist kostenlos, für Essen und Getränke ist gesorgt.

Herzliche Grüße

Birgül Schäfer-Okafor
Kommunales Integrationszentrum Bielefeld
für das Netzwerk der Migrantinnenorganisationen Bielefeld"""

WG_LINE = {
    "lila": "Workshop Lila – Sichtbar werden: Öffentlichkeitsarbeit und Social Media für Frauenvereine",
    "orange": "Workshop Orange – Frauen und Beruf: Anerkennung, Weiterbildung, Selbstständigkeit",
    "gruen": "Workshop Grün – Gesund und stark: Frauengesundheit und Selbstfürsorge",
    "blau": "Workshop Blau – Gewaltschutz und Frauenrechte: Beratungsangebote in Bielefeld",
}


def confirmation(salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Frauennetzwerktag 2027 am Samstag,
6. März 2027, 10:00 bis 16:00 Uhr, in der Ravensberger Spinnerei
(Historischer Saal), Ravensberger Park 1, 33607 Bielefeld.

Wir haben Sie für folgenden Workshop eingetragen:
{WG_LINE[wg]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Frauennetzwerktag Bielefeld
Kommunales Integrationszentrum Bielefeld"""


def reminder(salutation, wg, persons):
    """The 7-day reminder mailbot sent on 27 February."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 6. März 2027, findet von 10:00
bis 16:00 Uhr der Frauennetzwerktag in der Ravensberger Spinnerei
(Historischer Saal), Ravensberger Park 1, 33607 Bielefeld statt.

Ihre Anmeldung:
{WG_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Wir freuen uns auf Sie!
Frauennetzwerktag Bielefeld
Kommunales Integrationszentrum Bielefeld"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FNT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, wg, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def outlook_head(charset="Windows-1252"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
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
span.E-MailFormatvorlage19
	{{mso-style-type:personal-reply;
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


def outlook_html(text, quote=None, charset="Windows-1252"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>Von:</span></b>"
                   f"<span lang=DE style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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


def gmail_html(text, rtl=False, quote_html=""):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    body = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
            "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
            f"padding-left:1ex\">{body}</blockquote></div>")


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
# Out-of-office (auto_reply) to the invitation, seconds after it went out;
# Auto-Submitted: auto-replied, German, names another address to write to.

@mail("vogelsang-out-of-office-invitation", "2027-01-18 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Anke Vogelsang <a.vogelsang@awo-owl.example>"),
           ("To", TO_FNT),
           ("Subject", "Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1768726841.77102@awo-owl.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 1. Februar 2027 im Urlaub. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
migrationsberatung@awo-owl.example.

Mit freundlichen Grüßen
Anke Vogelsang
AWO Migrationsberatung für erwachsene Zuwanderer
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Chair replies in Thunderbird and quotes the whole invitation (all four
# colours appear in the quote).  "ich und zwei Frauen" = 3; "alle drei" and
# "1. Vorsitzende" are not workshop numbers.  format=flowed, 8bit.

@mail("korkmaz-brandt-reply-quoting-invitation", "2027-01-18 14:22:09",
      E("registration", "h.korkmaz-brandt@ifv-bielefeld.example", "Hatice Korkmaz-Brandt",
        "Internationaler Frauenverein Bielefeld e.V.", ["lila"], 3, "de"), "de")
def _(m):
    m.head(("From", "Hatice Korkmaz-Brandt <h.korkmaz-brandt@ifv-bielefeld.example>"),
           ("To", TO_FNT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3f9e1a27-5c40-4b8d-a2e6-71c0d9b4f318@ifv-bielefeld.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Schäfer-Okafor,

herzlichen Dank für die Einladung, wir freuen uns sehr! Vom
Internationalen Frauenverein kommen wir zu dritt: ich und zwei Frauen aus
unserem Vorstand (Marta Nowicka und Leyla Çelik). Wir möchten alle drei in
den Workshop Lila – Öffentlichkeitsarbeit ist bei uns gerade das große
Thema, unsere Homepage ist von 2015 ...

Kinderbetreuung brauchen wir nicht.

Herzliche Grüße
Hatice Korkmaz-Brandt

-- 
Internationaler Frauenverein Bielefeld e.V.
1. Vorsitzende
Tel. 0521 / 55 73 21 90

Am 18.01.27 um 10:00 schrieb Frauennetzwerktag Bielefeld:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Turkish, Thunderbird plain text in iso-8859-9 quoted-printable, subject an
# ISO-8859-9 encoded word.  "mor atölye" (purple) first, "yeşil" (green)
# second; "iki kişi" = 2.

@mail("arslan-turkish-mor-yesil", "2027-01-18 19:05:33",
      E("registration", "gulten.arslan@kadin-dernegi-bi.example", "Gülten Arslan",
        "Bielefeld Türk Kadınlar Derneği e.V.", ["lila", "gruen"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Gülten Arslan", "gulten.arslan@kadin-dernegi-bi.example", "iso-8859-9")),
           ("To", FNT),
           ("Subject", ew("Kadın Ağı Günü kaydı", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<a81c0d3e-2f7b-4e19-9c65-d04b7e2a1f90@kadin-dernegi-bi.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

6 Mart'taki Kadın Ağı Günü'ne (Frauennetzwerktag) derneğimizden iki kişi
olarak katılmak istiyoruz: ben ve yönetim kurulundan arkadaşım Sevim Doğan.

Birinci tercihimiz mor atölye (Öffentlichkeitsarbeit und Social Media),
olmazsa yeşil atölye (Gesundheit).

Çocuk bakımına ihtiyacımız yok.

Saygılarımla,
Gülten Arslan
Bielefeld Türk Kadınlar Derneği e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# A mother registers with childcare for two children (3 and 6) and asks
# about the childcare: still a registration.  The children go to the
# Kinderbetreuung, not into the workshop, so party_size is 1 ("ich komme
# alleine").  Organisation only in quotes in the running text.

@mail("haddad-childcare-two-children", "2027-01-19 09:41:17",
      E("registration", "rasha.haddad@mail.example", "Rasha Haddad",
        "Syrische Frauen in Bielefeld e.V.", ["gruen"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rasha Haddad <rasha.haddad@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung mit Kinderbetreuung"),
           ("Date", m.date),
           ("Message-ID", "<CAL9xT4kR2vN7pW0qZ3mH8sJ5dF1gY6uE4oB2nC7aK9rX0wQ3tM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

ich möchte mich für den Frauennetzwerktag am 6. März anmelden. Ich interessiere mich für den Workshop Grün, Gesundheit und Selbstfürsorge.

Ich brauche Kinderbetreuung für meine zwei Kinder, Jana (3 Jahre) und Karim (6 Jahre). Ist das den ganzen Tag möglich oder nur während der Workshops? Und gibt es Essen für die Kinder? Karim isst kein Schweinefleisch.

Ich bin im Vorstand vom Verein „Syrische Frauen in Bielefeld e.V.“, aber ich komme alleine.

Vielen Dank und freundliche Grüße
Rasha Haddad"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# English from a Tigrinya-speaking chairwoman; she and her sister = 2;
# "the orange workshop"; asks for a Tigrinya interpreter (registration with
# a question).  Organisation in the text without, in the signature with e.V.

HELEN_TEXT = """Dear organisers,

My name is Helen Tesfamariam and I am the chairwoman of the Eritrean Women's Association Bielefeld. I would like to register for the women's network day on 6 March together with my sister Rahel. We are both interested in the orange workshop, because Rahel is a nurse from Asmara and her diploma is still not recognised here.

Do you have an interpreter for Tigrinya? If not, it is also ok, I can translate for her.

Thank you very much and best regards,
Helen Tesfamariam
Eritrean Women's Association Bielefeld e.V."""


@mail("tesfamariam-english-with-sister", "2027-01-19 21:13:50",
      E("registration", "helen.tesfamariam@mail.example", "Helen Tesfamariam",
        "Eritrean Women's Association Bielefeld e.V.", ["orange"], 2, "en"), "en")
def _(m):
    m.head(("From", "Helen Tesfamariam <helen.tesfamariam@mail.example>"),
           ("To", FNT),
           ("Subject", "Registration Women's Network Day 6 March"),
           ("Date", m.date),
           ("Message-ID", "<CAH3qP8wZ1xV5nT9kM2rL7sD4fG0jY6uB8oE1cN3aR5vX2wQ9tK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HELEN_TEXT, gmail_html(HELEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# A husband asks for his wife whether there is Dari/Farsi interpretation;
# she will register herself later: a question, not a registration.

@mail("noori-husband-asks-interpreter", "2027-01-20 18:30:02",
      E("question", "farid.noori@mail.example", "Farid Noori", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Farid Noori <farid.noori@mail.example>"),
           ("To", FNT),
           ("Subject", "Frage Frauennetzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<1768930202.412907.5521@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

meine Frau möchte gerne zum Frauennetzwerktag kommen. Sie spricht aber noch
nicht so gut Deutsch (der B1-Kurs fängt erst im April an). Gibt es bei den
Workshops eine Übersetzung auf Dari oder Farsi? Oder darf eine Freundin von
ihr mitkommen und übersetzen?

Wenn das geht, meldet sie sich dann selbst an.

Vielen Dank
Farid Noori
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, windows-1251 quoted-printable, display name in Latin letters and
# the signature in Cyrillic (the signature is the name).  "синий воркшоп"
# (blue) with the German title in brackets; "Приду одна" = I come alone.

@mail("kuznetsova-russian-blue", "2027-01-21 10:02:26",
      E("registration", "irina.kuznetsova@mail.example", "Ирина Кузнецова",
        "Женский клуб «Радуга» e.V.", ["blau"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Kuznetsova <irina.kuznetsova@mail.example>"),
           ("To", FNT),
           ("Subject", ew("Регистрация – Frauennetzwerktag 6 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768986146.880412551@f712.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я хотела бы зарегистрироваться на Frauennetzwerktag 6 марта. Меня
интересует синий воркшоп (Blau – Gewaltschutz und Frauenrechte). Я
волонтёр в нашем клубе и часто помогаю женщинам, которые попали в трудную
ситуацию, поэтому мне важно узнать, какие консультационные центры есть в
Билефельде.

Приду одна.

С уважением,
Ирина Кузнецова
Женский клуб «Радуга» e.V.
Bielefeld-Sennestadt
""", charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 QP, quoting the invitation
# below a Von:/Gesendet: block.  Workshop named only by its title in
# typographic quotes; she and a colleague = 2.

MEIER_OSEI_TEXT = """Sehr geehrte Frau Schäfer-Okafor,

für unseren Verein melde ich mich und meine Kollegin Frau Nadia Benmoussa zum Frauennetzwerktag am 6. März an. Wir nehmen beide am Workshop „Gewaltschutz und Frauenrechte“ teil.

Wir würden außerdem gern Infomaterial zu unserer Beratung auslegen, falls das möglich ist.

Mit freundlichen Grüßen

Claudia Meier-Osei
Netzwerk binationaler Familien Bielefeld e.V.
Beratungsstelle · August-Bebel-Straße 121 · 33602 Bielefeld
Telefon: 0521 / 9 67 84 30"""


@mail("meier-osei-outlook-html-quote", "2027-01-21 11:47:12",
      E("registration", "claudia.meier-osei@binationale-bi.example", "Claudia Meier-Osei",
        "Netzwerk binationaler Familien Bielefeld e.V.", ["blau"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Meier-Osei, Claudia" <claudia.meier-osei@binationale-bi.example>'),
           ("To", TO_FNT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbaZq3c8Xk0n1mT2e4R9wLpV6sYgAA"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841F2A7C3E5D1B04A96@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FNT, "Montag, 18. Januar 2027 10:00",
             "undisclosed-recipients:", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(MEIER_OSEI_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Farsi, Gmail alternative with right-to-left HTML, UTF-8 base64.  Persian
# digit in the date (۶ مارس); "کارگاه سبز" = the green workshop; "من و
# دوستم ... دو نفر" = 2.  Name and organisation only in Persian script.

RAHIMI_TEXT = """سلام و وقت بخیر،

می‌خواهم برای روز شبکه زنان (Frauennetzwerktag) در تاریخ ۶ مارس ثبت نام کنم. من و دوستم نسرین با هم می‌آییم، یعنی دو نفر هستیم.
ما هر دو به کارگاه سبز (سلامت زنان و مراقبت از خود) علاقه داریم.

ما عضو انجمن فرهنگی زنان ایرانی بیله‌فلد هستیم.

با سپاس فراوان
مریم رحیمی"""


@mail("rahimi-farsi-green", "2027-01-22 20:55:48",
      E("registration", "maryam.rahimi@mail.example", "مریم رحیمی",
        "انجمن فرهنگی زنان ایرانی بیله‌فلد", ["gruen"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rahimi <maryam.rahimi@mail.example>"),
           ("To", FNT),
           ("Subject", ew("ثبت نام روز شبکه زنان", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF7mW2pQ9xR4nV1kT8sL3dH6gJ0yZ5uC2oB7eN4aX1vM9wP6rQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHIMI_TEXT, gmail_html(RAHIMI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# A mother registers herself and her daughter (17), who comes into the
# workshop with her: 2.  "(17)" is an age; an emoji in the text.

@mail("sahin-mother-and-daughter", "2027-01-23 12:10:05",
      E("registration", "elif.sahin@mail.example", "Elif Şahin",
        "Frauentreff Sieker e.V.", ["orange"], 2, "de"), "de")
def _(m):
    m.head(("From", "Elif Şahin <elif.sahin@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung Frauennetzwerktag – 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a2c4e91-0b3d-4f6a-8e15-c9d2a0b7e4f3-1769166605221@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team,

ich möchte mich und meine Tochter Merve (17) für den Frauennetzwerktag
anmelden. Merve macht nächstes Jahr Abitur und überlegt, ob sie eine
Ausbildung oder ein Studium machen soll, deshalb würden wir gern zusammen
in den Workshop Orange gehen.

Ich bin Mitglied im Frauentreff Sieker e.V., Merve noch nicht 😉

Liebe Grüße
Elif Şahin
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# French, iso-8859-1 8bit.  "l'atelier orange"; "Je viendrai seule" = 1;
# organisation inside the running text after "trésorière de l'".

@mail("mbarga-french-orange", "2027-01-24 16:20:37",
      E("registration", "clarisse.mbarga@mail.example", "Clarisse Mbarga",
        "Association des Femmes Camerounaises de Bielefeld", ["orange"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Clarisse Mbarga <clarisse.mbarga@mail.example>"),
           ("To", FNT),
           ("Subject", ew("Inscription journée du réseau des femmes", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270124162037.4f1d2c@webmail.mail.example>"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF121 (Win)/9.0.0_GA_4583)"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je souhaiterais m'inscrire à la journée du réseau des femmes
(Frauennetzwerktag) du 6 mars à Bielefeld. Je viendrai seule.

Je suis intéressée par l'atelier orange sur la reconnaissance des diplômes
et la création d'entreprise, car je voudrais ouvrir un petit salon de
coiffure.

Je suis trésorière de l'Association des Femmes Camerounaises de Bielefeld.

Merci d'avance et à bientôt,
Clarisse Mbarga
""", charset="iso-8859-1", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# She registers a friend who has no e-mail address and does not come
# herself: name = the friend, email = the writer's (she asks for the
# confirmation), party 1.  Workshop only paraphrased ("zu Gesundheit und
# Selbstfürsorge").  No organisation.  Outlook plain text in windows-1254
# (the friend's "ş").

@mail("okonkwo-registers-friend", "2027-01-25 08:12:44",
      E("registration", "sabine.okonkwo@mail.example", "Ayşe Demir", None,
        ["gruen"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sabine Okonkwo <sabine.okonkwo@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung für eine Freundin"),
           ("Date", m.date),
           ("Message-ID", "<000b01db6f0a$3c2e1d40$b48a57c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich schreibe für meine Freundin Ayşe Demir, sie hat keine eigene
E-Mail-Adresse. Sie möchte gerne am Frauennetzwerktag teilnehmen, am
liebsten im Workshop zu Gesundheit und Selbstfürsorge. Ich selbst kann an
dem Tag leider nicht, ich arbeite samstags.

Bitte schicken Sie die Bestätigung an mich, ich gebe sie an Ayşe weiter.

Viele Grüße
Sabine Okonkwo
""", charset="windows-1254", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Short phone mail from a Tigrinya-speaking woman writing German: "mit
# meiner Cousine, wir sind 2 Personen", "Workshop blau".  Typed without
# umlauts ("fur"), us-ascii 7bit, no trailing newline; no organisation.

@mail("yohannes-iphone-short", "2027-01-25 19:33:21",
      E("registration", "hanna.yohannes@mail.example", "Hanna Yohannes", None,
        ["blau"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hanna Yohannes <hanna.yohannes@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8E2B6C1A-4F3D-4A9E-B7C5-1D0E9F8A2B3C@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo
Ich melde mich an fur Samstag 6.3. mit meiner Cousine, wir sind 2 Personen. Workshop blau bitte.
Danke
Hanna Yohannes

Von meinem iPhone gesendet""", charset="us-ascii", cte="7bit")


# -- 014 ---------------------------------------------------------------------
# Change Lila -> Orange, asked as "Geht das noch?"; plain-text Outlook reply
# quoting the confirmation (which names Workshop Lila) below a line of
# underscores.  Person count unchanged (null).

@mail("kaplan-change-lila-to-orange", "2027-01-26 10:15:58",
      E("change", "derya.kaplan@mail.example", "Derya Kaplan",
        "Alevitische Frauen Bielefeld e.V.", ["orange"], None, "de"), "de")
def _(m):
    m.head(("From", "Derya Kaplan <derya.kaplan@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7365B1C2D3E4F5A6B7C8D9E0F1A2@PA4PR08MB7365.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270119091204.1c7e@bielefeld.example>"),
           ("References", "<mailbot.20270119091204.1c7e@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

ich hatte mich letzte Woche für den Workshop Lila angemeldet. Inzwischen kümmert sich aber eine andere Frau aus unserem Verein um die Öffentlichkeitsarbeit, und ich würde lieber in den Workshop Orange wechseln. Geht das noch?

Danke und viele Grüße
Derya Kaplan
Alevitische Frauen Bielefeld e.V.

________________________________
Von: {FNT_NAME} <{FNT}>
Gesendet: Dienstag, 19. Januar 2027 09:12
An: Derya Kaplan <derya.kaplan@mail.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Kaplan", "lila", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# English question about childcare for an 18-month-old and a 4-year-old;
# "If it is possible I will register with the workshop about health" is a
# conditional announcement, so a question with no workshop.

@mail("adeyemi-childcare-question", "2027-01-27 13:40:11",
      E("question", "blessing.adeyemi@mail.example", "Blessing Adeyemi", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Blessing Adeyemi <blessing.adeyemi@mail.example>"),
           ("To", FNT),
           ("Subject", "Childcare on 6 March?"),
           ("Date", m.date),
           ("Message-ID", "<CAB5kN1rT8wQ3xV6mZ9pL2sH7dF4gJ0yU1oC5eR8aW3vK6nX9tP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hello,

I saw the flyer for the women's network day at the Welcome Point in the city centre. I would really like to come, but I have two little ones (18 months and 4 years) and nobody to look after them on Saturdays.

Is the childcare also for children under 2? And do I have to bring food and nappies for them?

If it is possible I will register with the workshop about health.

Thanks a lot,
Blessing Adeyemi"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="7bit", style="gmail")


# -- 016 ---------------------------------------------------------------------
# Turkish, multipart/alternative UTF-8 base64.  Three women named
# ("üç kişi"); "turuncu atölye" (orange) first, "mavi atölye" (blue)
# second; a 5-year-old for childcare does not count.

YILMAZ_TEXT = """Merhabalar,

Kadın Dayanışma Derneği Bielefeld olarak Frauennetzwerktag'e üç kişi katılmak istiyoruz: ben, Fadime Kara ve Zeynep Aksoy.
Birinci tercihimiz turuncu atölye (meslek ve denklik), ikinci tercihimiz mavi atölye.

Zeynep Hanım'ın 5 yaşında bir oğlu var, onun için çocuk bakımı rica ediyoruz.

Şimdiden teşekkürler, görüşmek üzere!
Nurcan Yılmaz
Kadın Dayanışma Derneği Bielefeld e.V."""


@mail("yilmaz-turkish-three-turuncu", "2027-01-28 20:01:39",
      E("registration", "nurcan.yilmaz@mail.example", "Nurcan Yılmaz",
        "Kadın Dayanışma Derneği Bielefeld e.V.", ["orange", "blau"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Nurcan Yılmaz", "nurcan.yilmaz@mail.example", "utf-8", "b")),
           ("To", FNT),
           ("Subject", ew("Frauennetzwerktag kaydı – 3 kişi", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769626899.551203.8814@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(YILMAZ_TEXT, div_html(YILMAZ_TEXT, "font-family: Arial, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 017 ---------------------------------------------------------------------
# A husband registers his wife (he does not come) and asks to confirm to her
# own address: email = hers, name = hers, party 1.  Organisation in quotes.

@mail("sultani-husband-registers-wife", "2027-01-29 09:05:27",
      E("registration", "zahra.sultani@mail.example", "Zahra Sultani",
        "Afghanische Frauen Bielefeld e.V.", ["orange"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Sultani <ahmad.sultani@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung für meine Frau"),
           ("Date", m.date),
           ("Message-ID", "<CAM2wR7tN4xK9pV0qZ5mL1sJ8dG3hY6uF2oE9bC4aT7rW1vQ5nX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte meine Frau Zahra Sultani für den Frauennetzwerktag am 6. März
anmelden. Sie war in Afghanistan Lehrerin und möchte wissen, wie sie ihren
Abschluss hier anerkennen lassen kann. Deshalb wünscht sie sich den
Workshop Orange.

Meine Frau ist Mitglied im Verein „Afghanische Frauen Bielefeld e.V.“. Sie
kommt alleine, ich passe an dem Tag auf die Kinder auf.

Bitte schicken Sie die Bestätigung an ihre eigene E-Mail-Adresse:
zahra.sultani@mail.example

Mit freundlichen Grüßen
Ahmad Sultani
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# The association's shared mailbox (display name = association); the chair
# signs.  A numbered list of four women (the numbers are not workshops),
# "in den blauen Workshop" (inflected colour), childcare for 3 children.

@mail("khalaf-ezidisch-list-of-four", "2027-01-30 15:22:04",
      E("registration", "vorstand@ezidische-frauen-bi.example", "Nadia Khalaf",
        "Ezidischer Frauenverein Bielefeld e.V.", ["blau"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Ezidischer Frauenverein Bielefeld e.V." <vorstand@ezidische-frauen-bi.example>'),
           ("To", FNT),
           ("Subject", "Anmeldung Frauennetzwerktag 2027"),
           ("Date", m.date),
           ("Message-ID", "<5b0f3c91-e2a4-4d7b-8c16-9a3e0d2f4b75@ezidische-frauen-bi.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Organisatorinnen,

hiermit melden wir uns zum Frauennetzwerktag 2027 an. Wir kommen mit vier
Frauen:

1. Nadia Khalaf (Vorsitzende)
2. Gule Murad
3. Shirin Hesso
4. Jiyan Qasim

Wir möchten alle in den blauen Workshop (Gewaltschutz und Frauenrechte).
Kinderbetreuung brauchen wir für 3 Kinder (2, 4 und 7 Jahre).

Vielen Dank für die Organisation!

Nadia Khalaf
Ezidischer Frauenverein Bielefeld e.V.
Vorsitzende
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Russian in KOI8-R, 8bit; mother and daughter (20) = 2; "зелёный воркшоп"
# (green) first, "лиловый" (lilac) if green is full.  Latin display name,
# Cyrillic signature; "Selbstfuersorge" typed without the umlaut.

@mail("becker-russian-daughter-koi8r", "2027-01-31 11:11:45",
      E("registration", "olga.becker@mail.example", "Ольга Беккер",
        "Nadeshda e.V.", ["gruen", "lila"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Becker <olga.becker@mail.example>"),
           ("To", FNT),
           ("Subject", ew("Anmeldung / регистрация", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1416201671.20270131111145@mail.example>"),
           ("X-Mailer", "The Bat! (v11.2.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Прошу зарегистрировать меня и мою дочь Алину (20 лет) на Frauennetzwerktag
6 марта. Мы бы хотели пойти на зелёный воркшоп (Gesundheit und
Selbstfuersorge).

Если в зелёном уже нет мест, то нам подойдёт и лиловый.

Спасибо!
С уважением,
Ольга Беккер
Nadeshda e.V.
""", charset="koi8-r", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# English from a Tigrinya-speaking woman with a baby: "the blue workshop";
# full name in the self-introduction, first name as signature; not in an
# association (null); the baby does not count; asks a question too.

@mail("gebremedhin-english-baby", "2027-02-01 22:40:16",
      E("registration", "senait.gm@mail.example", "Senait Gebremedhin", None,
        ["blau"], 1, "en"), "en")
def _(m):
    m.head(("From", "Senait G. <senait.gm@mail.example>"),
           ("To", FNT),
           ("Subject", "register for women day"),
           ("Date", m.date),
           ("Message-ID", "<m9k2p7.1769982016.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

my name is Senait Gebremedhin. A friend from the language course told me
about the women network day. I want to join, please register me for the
blue workshop (protection from violence).

I am not member of an association. My baby is 8 months, can I bring her in
the workshop or must she go to the child care?

Thank you
Senait

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for a confirmation sent to a mistyped
# domain ("bielefled").  The returned confirmation names Workshop Grün.

@mail("postfix-bounce-domain-typo", "2027-02-02 10:17:09",
      E("bounce", bounced="fatma.oezer@frauencafe-bielefled.example"), "en")
def _(m):
    rcpt = "fatma.oezer@frauencafe-bielefled.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", FNT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270202091709.3C8E51A0F4@mail.bielefeld.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bielefeld.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found.
    Name service error for name=frauencafe-bielefled.example type=AAAA: Host
    not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "3C8E51A0F4"),
         ("X-Postfix-Sender", f"rfc822; {FNT}"),
         ("Arrival-Date", "Tue,  2 Feb 2027 10:17:06 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=frauencafe-bielefled.example type=AAAA: Host not found")])
    original = confirmation_message(
        addr("Fatma Özer", rcpt), "Frau Özer", "gruen", 1,
        "Tue, 02 Feb 2027 10:17:05 +0100", "<mailbot.20270202101705.8a41@bielefeld.example>",
        "<b7e2c914-0a5d-4f38-9e61-3d8c2f0a7b15@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Learner German from an Iranian woman, lower-case nickname as display name;
# full name in the self-introduction; "Workshop grün, wenn grün ist voll
# dann lila" = first and second choice; "seit 2 Jahr" is not a party size.

@mail("ahmadi-learner-german-gruen-lila", "2027-02-02 21:48:30",
      E("registration", "soraya.ahmadi1988@mail.example", "Soraya Ahmadi",
        "Frauen für Frauen Brackwede", ["gruen", "lila"], 1, "de"), "de")
def _(m):
    m.head(("From", "soraya <soraya.ahmadi1988@mail.example>"),
           ("To", FNT),
           ("Subject", "anmeldung workshop"),
           ("Date", m.date),
           ("Message-ID", "<CAN8vT3qW6xR1pK9mZ4sL7dH2gF5jY0uB3oE8cN1aV6rX4wQ7tM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heisse Soraya Ahmadi, ich komme aus Iran und wohne seit 2 Jahr in Bielefeld. Ich möchte gern kommen zu Frauennetzwerktag. Ich möchte Workshop grün, wenn grün ist voll dann lila.
Ich bin in Verein Frauen für Frauen Brackwede, da mache ich Nähkurs.

Danke schön
Soraya
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Change, English, Gmail multipart/alternative replying to the confirmation
# (quoted with an English Gmail attribution; it names Workshop Orange):
# "the green workshop instead of the orange one".

OWUSU_TEXT = """Hi,

Thanks for the confirmation. After talking to the other women in our group I would actually prefer the green workshop instead of the orange one. Could you please change that for me?

Best,
Patience Owusu
Ghana Women's Union Bielefeld"""
OWUSU_ATTR = f"On Mon, 25 Jan 2027 at 18:40, {FNT_NAME} <{FNT}> wrote:"
OWUSU_CONF = confirmation("Frau Owusu", "orange", 1)


@mail("owusu-change-english-green", "2027-02-03 08:30:52",
      E("change", "patience.owusu@mail.example", "Patience Owusu",
        "Ghana Women's Union Bielefeld", ["gruen"], None, "en"), "en")
def _(m):
    m.head(("From", "Patience Owusu <patience.owusu@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD4nQ8sV1xT6pW3kZ7mR0sL5dJ9gH2uY4oF6bC1aE8rN3vX0wK@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125184002.4d19@bielefeld.example>"),
           ("References", "<mailbot.20270125184002.4d19@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OWUSU_TEXT}\n\n{OWUSU_ATTR}\n\n{gt_quote(OWUSU_CONF)}\n"
    rich = gmail_html(OWUSU_TEXT, quote_html=gmail_quote_html(OWUSU_ATTR, OWUSU_CONF))
    m.alternative(plain, rich, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Outlook multipart/mixed: alternative (windows-1252 QP) plus the
# association's flyer as PDF.  "Workshop 4, alternativ Workshop 3" by the
# order of the invitation (4 = Blau, 3 = Grün); a list of two names; street
# number and postcode in the signature.

ASLAN_TEXT = """Sehr geehrte Damen und Herren,

gerne nehmen wir am Frauennetzwerktag teil. Angemeldet werden sollen:

- Rojda Aslan (Vorsitzende)
- Berfin Aslan

Wunsch: Workshop 4, alternativ Workshop 3.

Anbei unser Vereinsflyer, falls Sie ihn auf dem Infotisch auslegen möchten.

Mit freundlichen Grüßen
Rojda Aslan
Kurdischer Frauenverein Ronahî Bielefeld e.V.
Heeper Str. 128, 33607 Bielefeld"""


@mail("aslan-outlook-workshop-numbers-pdf", "2027-02-03 14:05:19",
      E("registration", "r.aslan@ronahi-bielefeld.example", "Rojda Aslan",
        "Kurdischer Frauenverein Ronahî Bielefeld e.V.", ["blau", "gruen"], 2, "de"), "de")
def _(m):
    m.head(("From", "Rojda Aslan <r.aslan@ronahi-bielefeld.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung Frauennetzwerktag"),
           ("Thread-Topic", "Anmeldung Frauennetzwerktag"),
           ("Thread-Index", "AdtsE4b1xQ9kRmN2T0u3YwV5pLc7Hg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB9012E3F4A5B6C7D8E9F0A1B2C3D4@AS8PR04MB9012.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(outlook_plain(ASLAN_TEXT), outlook_html(ASLAN_TEXT),
                        charset="windows-1252", cte="quoted-printable",
                        style="outlook", top=False)
    pdf = m.binary(make_pdf(["Kurdischer Frauenverein Ronahi Bielefeld",
                             "Frauenfruehstueck jeden 1. Sonntag im Monat",
                             "Deutschkurs, Naehcafe, Beratung",
                             "Heeper Str. 128, 33607 Bielefeld"]),
                   "application", "pdf", "Flyer_Ronahi_2027.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 025 ---------------------------------------------------------------------
# Farsi: a husband registers his wife and her sister (he does not come);
# name = the wife (first named attendee), email = his (he asks to confirm to
# this address), party 2; "کارگاه نارنجی" = the orange workshop.

@mail("karimi-farsi-husband-wife-and-sister", "2027-02-04 19:20:43",
      E("registration", "reza.karimi@mail.example", "لیلا کریمی", None,
        ["orange"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Karimi <reza.karimi@mail.example>"),
           ("To", FNT),
           ("Subject", ew("ثبت نام همسرم – Frauennetzwerktag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770229243.338120.6107@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام،

می‌خواستم همسرم، لیلا کریمی، و خواهرش، سارا موسوی، را برای روز شبکه زنان در تاریخ ۶ مارس ثبت نام کنم. هر دو به کارگاه نارنجی (کار و به رسمیت شناختن مدارک) علاقه دارند.
خودم شرکت نمی‌کنم، فقط آنها دو نفر می‌آیند.

لطفا تایید را به همین ایمیل بفرستید.

با تشکر
رضا کریمی
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# French question: may the association run a craft stand?  "Nous nous
# inscrirons ensuite" announces the registration for later.

@mail("diallo-french-stand-question", "2027-02-05 11:30:24",
      E("question", "aminata.diallo@femmes-solidaires.example", "Aminata Diallo",
        "Femmes Solidaires d'Afrique de l'Ouest e.V.", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Aminata Diallo <aminata.diallo@femmes-solidaires.example>"),
           ("To", FNT),
           ("Subject", "Question - stand d'artisanat le 6 mars"),
           ("Date", m.date),
           ("Message-ID", "<4c7e2a19-b3d0-4f85-a6e1-0d9c8b7a6f52@femmes-solidaires.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame,

Notre association voudrait savoir s'il est possible de tenir un petit stand
pendant la journée du 6 mars pour vendre de l'artisanat (tissus wax,
bijoux) au profit de nos projets au Sénégal et en Guinée.
Faut-il une autorisation spéciale ? Y a-t-il des frais ?

Nous nous inscrirons ensuite pour les ateliers.

Cordialement,
Aminata Diallo
Présidente
Femmes Solidaires d'Afrique de l'Ouest e.V.
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 027 ---------------------------------------------------------------------
# Cancellation in Turkish, Thunderbird reply quoting the confirmation
# (Workshop Orange) with a Turkish attribution line.

@mail("ozturk-cancel-turkish", "2027-02-06 09:12:35",
      E("cancellation", "aynur.ozturk@mail.example", "Aynur Öztürk", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Aynur Öztürk", "aynur.ozturk@mail.example", "utf-8", "q")),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e5d1b8a2-7c3f-4a90-b61e-2f8d0c9a4e37@mail.example>"),
           ("In-Reply-To", "<mailbot.20270122110502.7b2c@bielefeld.example>"),
           ("References", "<mailbot.20270122110502.7b2c@bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 6 Mart'ta gelemeyeceğim, o hafta sonu annemi ziyaret etmek için
Türkiye'ye gitmem gerekiyor. Kaydımı iptal edebilir misiniz? Yerimi başka
bir kadın alsın.

Teşekkürler, kolay gelsin.
Aynur Öztürk

22.01.2027 11:05 tarihinde {FNT_NAME} yazdı:
{gt_quote(confirmation("Frau Öztürk", "orange", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Apple Mail alternative; ordinal words "im zweiten Workshop (Beruf),
# ersatzweise im vierten" = Orange, then Blau; three women, one only by
# first name.  Organisation both in the text and the signature, same form.

NWOSU_TEXT = """Liebes Team vom Frauennetzwerktag,

wir vom Frauenkreis der Internationalen Gemeinde Bielefeld-Mitte möchten uns gern anmelden, und zwar drei Frauen: meine Schwiegertochter Grace, unsere Nachbarin Tamara Lewandowski und ich.

Am liebsten wären wir im zweiten Workshop (Beruf), ersatzweise im vierten.

Herzliche Grüße
Brigitte Nwosu
Frauenkreis der Internationalen Gemeinde Bielefeld-Mitte"""


@mail("nwosu-apple-ordinal-workshops", "2027-02-07 17:45:03",
      E("registration", "brigitte.nwosu@mail.example", "Brigitte Nwosu",
        "Frauenkreis der Internationalen Gemeinde Bielefeld-Mitte", ["orange", "blau"], 3,
        "de"), "de")
def _(m):
    m.head(("From", "Brigitte Nwosu <brigitte.nwosu@mail.example>"),
           ("Subject", "Anmeldung"),
           ("Message-Id", "<A3F1C7E2-9B4D-4E6A-8C0F-5D2B1A9E7C34@mail.example>"),
           ("Date", m.date),
           ("To", FNT),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(NWOSU_TEXT, apple_html(NWOSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 029 ---------------------------------------------------------------------
# The association's office forwards a member's mail and asks to answer her
# directly: the registration is the member's (name, email); her choice is in
# the forwarded text ("Workshop Gesundheit").  Gmail forward, German labels.

@mail("melnyk-forwarded-by-frauentreff", "2027-02-08 09:02:57",
      E("registration", "oksana.melnyk@mail.example", "Oksana Melnyk",
        "Ukrainischer Frauentreff Bielefeld e.V.", ["gruen"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Ukrainischer Frauentreff Bielefeld" <kontakt@ua-frauentreff-bi.example>'),
           ("To", FNT),
           ("Subject", "WG: Frauennetzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ6pX1vR8nT3wQ0kZ5mL9sH2dF7gY4uC6oB1eN8aK3rV5wX0tS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Schäfer-Okafor,

unten leite ich Ihnen die Anmeldung unseres Mitglieds Oksana Melnyk weiter,
sie hatte Ihre Adresse nicht. Bitte bestätigen Sie direkt an sie.

Mit freundlichen Grüßen
Iryna Savchenko
Ukrainischer Frauentreff Bielefeld e.V.

---------- Weitergeleitete Nachricht ---------
Von: Oksana Melnyk <oksana.melnyk@mail.example>
Date: Sa., 6. Feb. 2027 um 20:14 Uhr
Subject: Frauennetzwerktag
To: <kontakt@ua-frauentreff-bi.example>


Liebe Iryna,

kannst du mich bitte für den Frauennetzwerktag anmelden? Ich möchte gern in
den Workshop Gesundheit. Ich komme alleine.

Danke!
Oksana
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Turkish from a phone, typed without Turkish letters ("kizim", "atolye");
# mother and daughter (19) = 2; "Mavi atolye" = blue.  Only the phone's
# footer has Turkish letters.

@mail("kaya-turkish-phone-no-diacritics", "2027-02-09 07:55:14",
      E("registration", "sultankaya73@mail.example", "Sultan Kaya", None,
        ["blau"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Sultan Kaya <sultankaya73@mail.example>"),
           ("To", FNT),
           ("Subject", "kayit"),
           ("Date", m.date),
           ("Message-ID", "<k4w8r2.1770620114.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba
Ben Sultan Kaya, kizim Esra ile birlikte 6 Martta gelmek istiyoruz. Mavi atolye olsun lutfen. Esra 19 yasinda, almancasi iyi.
Tesekkurler

Samsung Galaxy akıllı telefonumdan gönderildi
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Newsletter of the equality office (other): lists Women's Day events,
# among them the Frauennetzwerktag with its workshops and address, and asks
# for "Anmeldung" to other events.

GLEICH_TEXT = """Gleichstellungsstelle der Stadt Bielefeld – Newsletter Februar 2027

Rund um den Internationalen Frauentag: Veranstaltungen in Bielefeld

Fr, 5. März, 19:00 – Lesung „Mütter, Töchter, Migration“, Stadtbibliothek, Eintritt frei
Sa, 6. März, 10:00–16:00 – Frauennetzwerktag der Migrantinnenorganisationen, Ravensberger Spinnerei. Vier Workshops (Lila, Orange, Grün, Blau) zu Öffentlichkeitsarbeit, Beruf, Gesundheit und Gewaltschutz. Anmeldung bis 26. Februar an frauennetzwerktag@bielefeld.example
So, 7. März, 11:00 – Frauenlauf rund um den Obersee, Anmeldung unter https://frauenlauf-bielefeld.example
Mo, 8. März, 17:00 – Kundgebung zum Frauentag, Jahnplatz

Beratung: Das Frauennotruf-Team ist unter 0521 12 41 58 erreichbar.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://gleichstellung-bielefeld.example/newsletter/abmelden?id=5527
Gleichstellungsstelle der Stadt Bielefeld · Niederwall 23 · 33602 Bielefeld"""

GLEICH_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Februar 2027</title></head>
<body style="margin:0;background:#f4f0f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#6b2c91;color:#fff;"><h1 style="margin:0;font-size:21px;">Gleichstellungsstelle der Stadt Bielefeld</h1><p style="margin:4px 0 0;">Newsletter Februar 2027</p></td></tr>
<tr><td>
<h2 style="font-size:17px;color:#6b2c91;">Rund um den Internationalen Frauentag: Veranstaltungen in Bielefeld</h2>
<ul>
<li><b>Fr, 5. März, 19:00</b> – Lesung „Mütter, Töchter, Migration“, Stadtbibliothek, Eintritt frei</li>
<li><b>Sa, 6. März, 10:00–16:00</b> – Frauennetzwerktag der Migrantinnenorganisationen, Ravensberger Spinnerei. Vier Workshops (Lila, Orange, Grün, Blau) zu Öffentlichkeitsarbeit, Beruf, Gesundheit und Gewaltschutz. Anmeldung bis 26. Februar an <a href="mailto:frauennetzwerktag@bielefeld.example">frauennetzwerktag@bielefeld.example</a></li>
<li><b>So, 7. März, 11:00</b> – Frauenlauf rund um den Obersee, <a href="https://frauenlauf-bielefeld.example">Anmeldung</a></li>
<li><b>Mo, 8. März, 17:00</b> – Kundgebung zum Frauentag, Jahnplatz</li>
</ul>
<p>Beratung: Das Frauennotruf-Team ist unter 0521 12 41 58 erreichbar.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.<br>
<a href="https://gleichstellung-bielefeld.example/newsletter/abmelden?id=5527">Abmelden</a> · Gleichstellungsstelle der Stadt Bielefeld · Niederwall 23 · 33602 Bielefeld</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("gleichstellung-newsletter", "2027-02-10 09:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Gleichstellungsstelle Bielefeld <newsletter@gleichstellung-bielefeld.example>"),
           ("To", FNT),
           ("Subject", "Newsletter Februar 2027: Veranstaltungen rund um den Frauentag"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.5527.9e1d3b@gleichstellung-bielefeld.example>"),
           ("List-Id", "Newsletter Gleichstellungsstelle <newsletter.gleichstellung-bielefeld.example>"),
           ("List-Unsubscribe", "<https://gleichstellung-bielefeld.example/newsletter/abmelden?id=5527>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(GLEICH_TEXT, GLEICH_HTML, charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change of party size only (3 -> 4, "zu viert statt zu dritt", workshop
# unchanged): workgroups [], party_size 4.  iPhone reply; iOS quotes the
# attribution line and every line of the confirmation (Workshop Blau, 3).

@mail("yavuz-party-size-change-iphone", "2027-02-11 18:03:26",
      E("change", "kuebra.yavuz@mail.example", "Kübra Yavuz",
        "Muslimischer Frauenbildungsverein Bielefeld", [], 4, "de"), "de")
def _(m):
    m.head(("From", "Kübra Yavuz <kuebra.yavuz@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0C9E4A7B-2D1F-4B83-A5E6-7F8C3D2B1A09@mail.example>"),
           ("In-Reply-To", "<mailbot.20270128162204.5e3a@bielefeld.example>"),
           ("References", "<mailbot.20270128162204.5e3a@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    conf = confirmation("Frau Yavuz", "blau", 3)
    m.single(f"""Liebes Frauennetzwerktag-Team,

bei uns hat sich noch eine Frau aus dem Verein gemeldet, wir sind jetzt also zu viert statt zu dritt. Workshop bleibt gleich. Geht das noch?

Liebe Grüße
Kübra Yavuz
Muslimischer Frauenbildungsverein Bielefeld

Von meinem iPhone gesendet

{ios_quote(f"Am 28.01.2027 um 16:22 schrieb {FNT_NAME} <{FNT}>:" + chr(10) + chr(10) + conf)}""",
             charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# No workshop choice ("Welcher Workshop ist uns eigentlich egal ... wo noch
# Platz ist"): workgroups [].  Tigrinya-speaking writer in German; "ich und
# meine Freundin" = 2; iso-8859-1 quoted-printable.

@mail("tekle-no-workshop-choice", "2027-02-12 10:30:48",
      E("registration", "mebrat.tekle@mail.example", "Mebrat Tekle",
        "Frauengruppe der Eritreischen Gemeinde Bielefeld", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Mebrat Tekle <mebrat.tekle@mail.example>"),
           ("To", FNT),
           ("Subject", "Anmeldung 6. März"),
           ("Date", m.date),
           ("Message-ID", "<20270212103048.GA4471@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind zwei Frauen aus der Frauengruppe der Eritreischen Gemeinde, ich
und meine Freundin Luwam. Wir wollen am 6. März kommen. Welcher Workshop
ist uns eigentlich egal, alle Themen sind interessant für uns. Sie können
uns gerne dort einteilen, wo noch Platz ist.

Mit freundlichen Grüßen
Mebrat Tekle
Frauengruppe der Eritreischen Gemeinde Bielefeld
""", charset="iso-8859-1", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change in Turkish from an iPhone: "Mor atölye yerine yeşil atölyeye"
# (purple -> green); the quoted confirmation names Workshop Lila; Turkish
# iOS attribution inside the quote.

@mail("demirtas-change-turkish-iphone", "2027-02-13 12:44:09",
      E("change", "hulya.demirtas@mail.example", "Hülya Demirtaş",
        "Bielefeld Kadın Kültür Merkezi", ["gruen"], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hülya Demirtaş", "hulya.demirtas@mail.example", "iso-8859-9", "b")),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7D3A9C2E-5B1F-4E8D-9A6C-0F2E4B8D1C75@mail.example>"),
           ("In-Reply-To", "<mailbot.20270201143102.2f8d@bielefeld.example>"),
           ("References", "<mailbot.20270201143102.2f8d@bielefeld.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0 (1.0)"))
    conf = confirmation("Frau Demirtaş", "lila", 1)
    m.single(f"""Merhaba,
Mor atölye yerine yeşil atölyeye geçebilir miyim? Sağlık konusu şu an benim için daha önemli.
Teşekkürler
Hülya Demirtaş
Bielefeld Kadın Kültür Merkezi

iPhone’umdan gönderildi

{ios_quote(f"1 Şub 2027 tarihinde 14:31 saatinde {FNT_NAME} <{FNT}> şunu yazdı:" + chr(10) + chr(10) + conf)}""",
             charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# Russian from three Ukrainian women, UTF-8 base64 alternative; "втроём"
# with three names = 3; "оранжевый воркшоп" = orange; no organisation;
# signature in Cyrillic, display name Latin.

BONDAR_TEXT = """Здравствуйте!

Мы – три женщины из Украины, живём в Билефельде с 2022 года. Хотим прийти на Frauennetzwerktag втроём: я, Людмила Ковальчук и Наталья Савчук.
Нас больше всего интересует оранжевый воркшоп – у нас у всех высшее образование (я инженер, Людмила бухгалтер, Наталья врач), но дипломы пока не признаны.

Спасибо заранее!
Татьяна Бондарь"""


@mail("bondar-russian-three-orange", "2027-02-15 20:20:37",
      E("registration", "tetiana.bondar@mail.example", "Татьяна Бондарь", None,
        ["orange"], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Tetiana Bondar <tetiana.bondar@mail.example>"),
           ("To", FNT),
           ("Subject", ew("Регистрация на 6 марта – 3 человека", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<2291771183237@mail.example>"),
           ("X-Mailer", "Yandex.Mail"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDAR_TEXT, div_html(BONDAR_TEXT, "font-family: Arial;"),
                  charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# English chairperson registers five women by name (list); "blue workshop"
# first, "purple workshop" if full; childcare for two children not counted.
# Outlook multipart/alternative, windows-1252 QP.

ASANTE_TEXT = """Dear Sir or Madam,

On behalf of the African Women’s Network OWL I would like to register five women for the Women’s Network Day on 6 March 2027:

Comfort Asante (chairperson)
Esther Boateng
Fatoumata Camara
Adaeze Nwachukwu
Mariam Juma

Our first choice is the blue workshop on violence protection and women’s rights. If that one is full, the purple workshop on public relations would also be fine for us.

We will need childcare for two children (3 and 5 years).

Kind regards,
Comfort Asante
Chairperson
African Women’s Network OWL e.V."""


@mail("asante-english-five-blue-purple", "2027-02-16 09:15:22",
      E("registration", "c.asante@awn-owl.example", "Comfort Asante",
        "African Women’s Network OWL e.V.", ["blau", "lila"], 5, "en"), "en")
def _(m):
    m.head(("From", "Comfort Asante <c.asante@awn-owl.example>"),
           ("To", FNT),
           ("Subject", "Registration - Women's Network Day (5 participants)"),
           ("Thread-Topic", "Registration - Women's Network Day (5 participants)"),
           ("Thread-Index", "AdtwP2k9Lm4xQ0rN8s3YvU6tWb1ZcA=="),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB4471A9B8C7D6E5F4A3B2C1D0E9F8@LO2P265MB4471.GBRP265.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ASANTE_TEXT), outlook_html(ASANTE_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Farsi question from a mother: may her 14-year-old daughter sit in the
# workshop with her, or must she go to childcare?  She will register
# afterwards (question).  Persian digits ۱۴ and ۳ are ages.

@mail("hosseini-farsi-daughter-question", "2027-02-17 21:02:40",
      E("question", "fatemeh.hosseini@mail.example", "فاطمه حسینی", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", addr("فاطمه حسینی", "fatemeh.hosseini@mail.example", "utf-8", "b")),
           ("To", FNT),
           ("Subject", ew("سوال درباره روز شبکه زنان", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAG1rV6tQ3xN8pW5kZ0mL4sJ7dH9gY2uE5oB8cF3aR6vT1wX4nK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """سلام،

من دوست دارم در روز شبکه زنان شرکت کنم. یک سوال دارم: دخترم ۱۴ ساله است. آیا او می‌تواند با من در کارگاه باشد یا باید به مراقبت کودک برود؟ پسرم ۳ ساله است و حتما به مراقبت کودک نیاز دارد.

اگر دخترم بتواند با من بیاید، بعدا ثبت نام می‌کنم.

ممنون
فاطمه حسینی"""
    m.alternative(text, gmail_html(text, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 038 ---------------------------------------------------------------------
# Cancellation in English from a Tigrinya-speaking woman, Outlook for
# Android: "Get Outlook for Android", then an English header block and the
# quoted confirmation (Workshop Blau).

@mail("berhane-cancel-outlook-android", "2027-02-18 07:10:33",
      E("cancellation", "almaz.berhane@mail.example", "Almaz Berhane", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Almaz Berhane <almaz.berhane@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0P190MB1953C4B5A6F7E8D9C0B1A2F3E4D5@DU0P190MB1953.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270203094712.6c0e@bielefeld.example>"),
           ("References", "<mailbot.20270203094712.6c0e@bielefeld.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    text = f"""Dear team,

I am very sorry but I have to cancel my registration for 6 March. I got a new job and I have to work on that Saturday.
Please give my place to another woman.

Best regards
Almaz Berhane

Get Outlook for Android<https://aka.example/AAb9ysg>
________________________________
From: {FNT_NAME} <{FNT}>
Sent: Wednesday, February 3, 2027 9:47:12 AM
To: Almaz Berhane <almaz.berhane@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Berhane", "blau", 1)}"""
    m.single(text, charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change in French, Roundcube reply with a French attribution: "passer de
# l'atelier vert à l'atelier bleu" (green -> blue); the quote names Grün.

@mail("kabila-change-french-vert-bleu", "2027-02-19 13:00:55",
      E("change", "mc.kabila@mail.example", "Marie-Claire Kabila",
        "Association Mwasi Congo Bielefeld", ["blau"], None, "fr"), "fr")
def _(m):
    m.head(("From", "Marie-Claire Kabila <mc.kabila@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a4f1e7c2b8d3a05e6f1c7d2b9a0e4f3@webmail.mail.example>"),
           ("In-Reply-To", "<mailbot.20270209150302.3a7f@bielefeld.example>"),
           ("References", "<mailbot.20270209150302.3a7f@bielefeld.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Merci pour la confirmation. Est-ce que je pourrais passer de l'atelier vert
à l'atelier bleu ? Une amie de notre association y va aussi et nous
aimerions y être ensemble.

Bien cordialement,
Marie-Claire Kabila
Association Mwasi Congo Bielefeld

Le 2027-02-09 15:03, {FNT_NAME} a écrit :
{gt_quote(confirmation("Frau Kabila", "gruen", 1))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 040 ---------------------------------------------------------------------
# Cancellation in Russian, Gmail reply with a Russian attribution line,
# quoting the confirmation (Workshop Lila).

@mail("wolf-cancel-russian-gmail", "2027-02-22 08:45:18",
      E("cancellation", "svetlana.wolf@mail.example", "Светлана Вольф", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Светлана Вольф", "svetlana.wolf@mail.example", "utf-8", "b")),
           ("To", TO_FNT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9sT2vR5xN0pW7kZ3mL6sH1dJ4gY8uF9oB2cE5aQ7rV3wX6nM@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270215122002.1e6b@bielefeld.example>"),
           ("References", "<mailbot.20270215122002.1e6b@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Wolf", "lila", 1)
    m.single(f"""Добрый день,

к сожалению, я заболела и не смогу прийти 6 марта. Пожалуйста, отмените мою
регистрацию.

С уважением,
Светлана Вольф

пн, 15 февр. 2027 г. в 12:20, {FNT_NAME} <{FNT}>:

{gt_quote(conf)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Bilingual Turkish/German out-of-office (auto_reply) to the 7-day
# reminder; Exchange headers (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), subject prefix "Otomatik yanıt:".

@mail("tdfv-out-of-office-turkish-german", "2027-02-27 10:00:31",
      E("auto_reply"), "tr")
def _(m):
    rid = "<mailbot.reminder.20270227100004.0b4c@bielefeld.example>"
    m.head(("From", '"Türkisch-Deutscher Frauenverein Bielefeld" <info@tdfv-bielefeld.example>'),
           ("To", TO_FNT),
           ("Subject", ew("Otomatik yanıt: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<0b7e4f21a9c34d58@EXCH02.tdfv-bielefeld.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "tr-TR"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

e-postanız için teşekkür ederiz. Ofisimiz 1 Mart 2027'ye kadar kapalıdır.
Acil durumlarda lütfen 0521 96 44 10 numaralı telefonu arayınız.

Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Unser Büro ist bis zum 1. März 2027
geschlossen. In dringenden Fällen erreichen Sie uns unter 0521 96 44 10.

Türkisch-Deutscher Frauenverein Bielefeld e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation from a Samsung phone, replying to the 7-day reminder (not
# the confirmation); the quoted reminder names Workshop Grün.

@mail("mensah-cancel-reply-to-reminder", "2027-02-27 19:10:42",
      E("cancellation", "gabi.mensah@mail.example", "Gabriele Mensah", None,
        [], None, "de"), "de")
def _(m):
    rid = "<mailbot.reminder.20270227100002.9f1a@bielefeld.example>"
    m.head(("From", "Gabriele Mensah <gabi.mensah@mail.example>"),
           ("To", TO_FNT),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<r2j7v5.1772215842.samsung@mail.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,
leider muss ich absagen, meine Kleine hat Scharlach und ich kann sie nicht allein lassen. Schade, ich hatte mich so gefreut! Vielleicht nächstes Jahr.
LG Gabriele Mensah

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: {FNT_NAME} <{FNT}>
Datum: 27.02.27 10:00 (GMT+01:00)
An: gabi.mensah@mail.example
Betreff: {REMINDER_SUBJECT}

{reminder("Frau Mensah", "gruen", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# A late registration after the 26 February deadline, "falls noch ein
# Platz frei ist": still a registration.  "Workshop Lila (Social Media)";
# organisation in quotes in the text.

@mail("petrosyan-late-registration-lila", "2027-02-28 11:25:07",
      E("registration", "lena.petrosyan@mail.example", "Lena Petrosyan",
        "Armenische Kulturgemeinschaft Bielefeld", ["lila"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lena Petrosyan <lena.petrosyan@mail.example>"),
           ("To", FNT),
           ("Subject", "Nachmeldung Frauennetzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<CAK2tW9vQ4xR7pN1kZ6mL0sJ3dH8gY5uF1oB4cE7aT2rV9wX3nP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

ich weiß, die Anmeldefrist ist eigentlich schon vorbei – ich habe den Flyer erst gestern im Stadtteilzentrum gesehen. Falls noch ein Platz frei ist, würde ich sehr gern kommen, am liebsten in den Workshop Lila (Social Media). Ich komme allein.

Ich mache im Verein „Armenische Kulturgemeinschaft Bielefeld“ die Facebook-Seite.

Viele Grüße
Lena Petrosyan"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 044 ---------------------------------------------------------------------
# The chair cancels for a group of three; Outlook HTML only in UTF-8 (her
# name has "ı"), quoting the confirmation (Workshop Orange, 3 persons).
# "Workshop Orange" in the new text is not a choice (cancellation: []).

YILDIZ_CANCEL = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den Frauennetzwerktag zurückziehen. Unsere Mitgliederversammlung musste kurzfristig auf den 6. März verlegt werden, und wir drei aus dem Vorstand müssen dort sein. Bitte geben Sie unsere Plätze im Workshop Orange frei.

Wir hoffen, beim nächsten Mal dabei sein zu können.

Mit freundlichen Grüßen

Serpil Yıldız
Vorsitzende
Frauenbildungswerk OWL e.V."""


@mail("yildiz-cancel-group-outlook-html", "2027-03-02 16:40:29",
      E("cancellation", "s.yildiz@frauenbildung-owl.example", "Serpil Yıldız",
        "Frauenbildungswerk OWL e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Yıldız, Serpil", "s.yildiz@frauenbildung-owl.example", "utf-8", "b")),
           ("To", TO_FNT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbd3Kx9Lm2Q0rN8s5YvU1tWb4ZcK7pE2Ba"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2297B5C6D7E8F9A0B1C2D3E4F5A6@FR3P281MB2297.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<mailbot.20270120085602.4c2d@bielefeld.example>"),
           ("In-Reply-To", "<mailbot.20270120085602.4c2d@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FNT, "Mittwoch, 20. Januar 2027 08:56",
             "Yıldız, Serpil <s.yildiz@frauenbildung-owl.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Yıldız", "orange", 3))
    m.single(outlook_html(YILDIZ_CANCEL, quote, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


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


def config_ids():
    with open(HERE / "config.toml", "rb") as f:
        cfg = tomllib.load(f)
    return [w["id"] for w in cfg["workgroups"]]


def check_labels(e, text_lang, ids):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in {LANGS}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in ids for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    p = e["party_size"]
    if kind == "registration":
        if not (isinstance(p, int) and p >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if p is not None and not (isinstance(p, int) and p >= 1):
            problems.append("change party_size must be null or >= 1")
    elif p is not None:
        problems.append(f"party_size must be null for {kind}")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} vs text language {text_lang}")
        if e["organisation"] == "":
            problems.append("empty organisation: use null")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, e):
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
    # the labels agree with the mail
    kind = e["kind"]
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        header_addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if e["email"] not in header_addrs and e["email"] not in text.lower():
            problems.append(f"email {e['email']} not in From/Reply-To or the text")
        for k in ("name", "organisation"):
            if e[k] is not None and e[k] not in text:
                problems.append(f"{k} {e[k]!r} does not occur in the decoded mail")
        if kind in ("change", "cancellation") and msg["In-Reply-To"] is None:
            problems.append("change/cancellation should answer an organiser mail")
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
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{l:>4}" for l in LANGS) + "   all  kind")
    for k in KINDS:
        row = [table[(k, l)] for l in LANGS]
        print("  " + " ".join(f"{c:>4}" for c in row) + f"  {sum(row):>4}  {k}")
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

    ids = config_ids()
    bad = 0
    if sorted(ids) != sorted(WG_LINE):
        print(f"config.toml workgroup ids {ids} differ from the confirmation texts")
        bad += 1

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _ in built]
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

    senders = collections.Counter()
    for (name, m, e, text_lang), data in zip(built, datas):
        problems = check_labels(e, text_lang, ids) + check(name, data, m, e)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[getaddresses([str(msg["From"])])[0][1].lower()] += 1
        for problem in problems:
            print(f"{name}: {problem}")
            bad += 1
    for sender, k in senders.items():
        if k > 1:
            print(f"sender {sender} appears {k} times")
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
