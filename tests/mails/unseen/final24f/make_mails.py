#!/usr/bin/env python3
"""Build the "final24f" corpus (Vereinsakademie Dortmund 2027): mails/NNN-slug.eml
and expected.json.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that every label is well formed.

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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

VA = "vereinsakademie@dortmund.example"
TO_VA = f"Vereinsakademie Dortmund <{VA}>"
INVITATION_ID = "<einladung-vereinsakademie-2027.20270816100312@dortmund.example>"
REMINDER_ID_PREFIX = "erinnerung-7d.20270918093000"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKGROUP_IDS = ("A", "B", "C", "D", "E")
LANGS = ("de", "en", "fr", "es", "vi")
MACHINE = ("auto_reply", "bounce", "other")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
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
    return hashlib.sha256(f"final24f/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


CEST = datetime.timezone(datetime.timedelta(hours=2))


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
        msg.set_raw("Delivered-To", VA)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VA}>; {arrival} (CEST)")
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.dortmund.example"
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

INVITATION_SUBJECT = "Einladung: Vereinsakademie Dortmund 2027 – Qualifizierungstag für Vereinsvorstände"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Vereinsakademie Dortmund 2027"
REMINDER_SUBJECT = "Erinnerung: Vereinsakademie Dortmund am 25. September 2027"

INVITATION = """Liebe Vorstandsmitglieder, liebe Engagierte in Dortmunder Vereinen,

wir laden Sie herzlich zur Vereinsakademie Dortmund 2027 ein – einem
Qualifizierungstag für Vereinsvorstände.

Datum: Samstag, 25. September 2027, 9:30 bis 16:30 Uhr
Ort: Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund

Nach einem gemeinsamen Auftakt arbeiten Sie den ganzen Tag in einem von
fünf Workshops:

Workshop A: Finanzen, Kassenführung und Gemeinnützigkeit
Workshop B: Satzung und Vereinsrecht
Workshop C: Förderanträge erfolgreich schreiben
Workshop D: Social Media für Vereine
Workshop E: Datenschutz im Verein (DSGVO)

Bitte melden Sie sich bis zum 17. September 2027 formlos per E-Mail an
vereinsakademie@dortmund.example an. Nennen Sie uns Ihren Namen, Ihren
Verein, Ihre Funktion im Vorstand, den gewünschten Workshop (gern auch
einen Zweitwunsch) und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Mittagessen und Getränke ist gesorgt.

Mit freundlichen Grüßen

Ihr Team der Vereinsakademie
Ehrenamtsagentur Dortmund
i. A. Katrin Wegener"""

WS_LINE = {
    "A": "Workshop A – Finanzen, Kassenführung und Gemeinnützigkeit",
    "B": "Workshop B – Satzung und Vereinsrecht",
    "C": "Workshop C – Förderanträge erfolgreich schreiben",
    "D": "Workshop D – Social Media für Vereine",
    "E": "Workshop E – Datenschutz im Verein (DSGVO)",
}


def confirmation(salutation, ws, persons):
    """The confirmation the organiser sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Vereinsakademie Dortmund 2027 am
Samstag, 25. September 2027, 9:30 bis 16:30 Uhr, im Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Vereinsakademie Dortmund
Ehrenamtsagentur Dortmund"""


def reminder(salutation, ws, persons):
    """The 7-day reminder sent to every registered person."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Die Vereinsakademie Dortmund 2027 findet am
Samstag, 25. September 2027, von 9:30 bis 16:30 Uhr im Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund statt.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Die Anmeldung am Empfang ist ab 9:00 Uhr geöffnet. Vom Hauptbahnhof
erreichen Sie das Dietrich-Keuning-Haus in wenigen Minuten zu Fuß.

Können Sie doch nicht teilnehmen? Dann antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz an die Warteliste weitergeben können.

Mit freundlichen Grüßen
Vereinsakademie Dortmund
Ehrenamtsagentur Dortmund"""


def conf_id(stamp, tag):
    """Message-ID of a confirmation sent at `stamp` (YYYYMMDDHHMMSS)."""
    return f"<mailbot.{stamp}.{tag}@dortmund.example>"


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VA
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
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
"""

DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
FR_LABELS = ("De :", "Envoyé :", "À :", "Objet :")


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, labels=DE_LABELS, lang="DE"):
    """Outlook-style HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_from, l_sent, l_to, l_subj = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:{lang}'>{esc(l_from)}</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:{lang}'> {esc(von)} <br>\n"
                   f"<b>{esc(l_sent)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(l_to)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(l_subj)}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD
            + f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
            + "<div class=WordSection1>\n"
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def outlook_plain(text, quote=None, labels=DE_LABELS):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    l_from, l_sent, l_to, l_subj = labels
    return (f"{text}\n\n{l_from} {von}\n{l_sent} {gesendet}\n{l_to} {an}\n"
            f"{l_subj} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, quote=None):
    """Gmail's HTML part; quote = (attribution line, quoted text)."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="ltr">{inner}</div>'
    if quote:
        attr, qtext = quote
        q = "<br>\n".join(esc(line) for line in qtext.split("\n"))
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, quote=None):
    if not quote:
        return text
    attr, qtext = quote
    return f"{text}\n\n{attr}\n\n{gt_quote(qtext)}\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Thunderbird reply quoting the whole invitation with '>' (all five workshops
# appear in the quote; the choice "Workshop A" is only in the new text).  The
# office "Kassierer" sits in the signature next to the association.

@mail("brockhoff-thunderbird-quotes-invitation", "2027-08-16 11:42:07",
      E("registration", "u.brockhoff@tv-eichlinghofen.example", "Ulrich Brockhoff",
        "Turnverein Eichlinghofen 1911 e.V.", ["A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ulrich Brockhoff <u.brockhoff@tv-eichlinghofen.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7b2e4c19-0d6a-4f83-9c1e-5a8b3d2f6e40@tv-eichlinghofen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wegener,

danke für die Einladung! Ich melde mich hiermit für Workshop A an. Als
Kassierer kann ich das gut gebrauchen, gerade was die Gemeinnützigkeit
angeht – unser Freistellungsbescheid läuft nächstes Jahr aus.

Ich komme allein.

Beste Grüße
Ulrich Brockhoff

-- 
Turnverein Eichlinghofen 1911 e.V.
Kassierer
Tel. 0231 / 77 41 09

Am 16.08.27 um 10:03 schrieb Vereinsakademie Dortmund:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, quoting the
# invitation under a "Von:/Gesendet:/An:/Betreff:" block.  First and second
# choice (C, then A) for her and her Kassenwart: 2 persons.  "Dr." is dropped.

KORTMANN_TEXT = """Sehr geehrte Frau Wegener,

vielen Dank für die Einladung. Gern melden mein Kassenwart, Herr Frank Rosenbaum, und ich uns für die Vereinsakademie an.

Erstwunsch wäre für uns beide Workshop C „Förderanträge erfolgreich schreiben“, als Zweitwunsch Workshop A.

Mit freundlichen Grüßen

Dr. Sabine Kortmann
1. Vorsitzende
Förderverein der Grundschule Kley e.V.
Telefon 0231 / 6 98 13 40"""


@mail("kortmann-outlook-html-first-second", "2027-08-16 15:10:33",
      E("registration", "s.kortmann@foerderverein-kley.example", "Sabine Kortmann",
        "Förderverein der Grundschule Kley e.V.", ["C", "A"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kortmann, Sabine" <s.kortmann@foerderverein-kley.example>'),
           ("To", TO_VA),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb8k2Lr0Zx1c9Tl0mY4wPq7sN3dAAB"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8841C2E7A0F3B51D6E9A2C4F7B18@DB9PR04MB8841.eurprd04.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Vereinsakademie Dortmund <{VA}>",
             "Montag, 16. August 2027 10:03",
             f"Vereinsakademie Dortmund <{VA}>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(KORTMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Question: can the treasurer join online?  He names Workshop A and announces
# the registration only if online is possible -> question, no workshop.

@mail("wollny-online-question", "2027-08-17 09:05:51",
      E("question", "hp.wollny@kgv-hallerey.example", "Heinz-Peter Wollny",
        "Kleingartenverein Am Hallerey e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Heinz-Peter Wollny <hp.wollny@kgv-hallerey.example>"),
           ("To", VA),
           ("Subject", "Frage Online-Teilnahme Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<20270817090551.4a1c7e@kgv-hallerey.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

eine kurze Frage vorab: Kann man an der Vereinsakademie auch online
teilnehmen? Unser Kassierer ist im Frühjahr nach Bielefeld gezogen, macht
die Kasse aber weiter für uns. Für ihn wäre Workshop A ideal, aber die
Fahrt am Samstag ist für ihn schwierig.

Wenn es eine Online-Möglichkeit gibt, melde ich uns beide an.

Mit freundlichem Gruß
Heinz-Peter Wollny
Vorsitzender
Kleingartenverein Am Hallerey e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  Registration for D plus a question
# about a livestream for other board members (still a registration, 1 person).

OKEKE_TEXT = """Hello,

Thanks for the invitation, which our chairman forwarded to me. I'm the secretary of the Igbo Cultural Association Dortmund and I'd like to register for the Vereinsakademie on 25 September, workshop D (social media). We want to get our young members more involved, and most of them are only on Instagram and TikTok.

Just one question: will there be a livestream or a recording? Two of our board members work shifts on Saturdays and would love to watch it later.

Many thanks,
Chinedu Okeke"""


@mail("okeke-english-livestream-question", "2027-08-17 20:31:14",
      E("registration", "chinedu.okeke@mail.example", "Chinedu Okeke",
        "Igbo Cultural Association Dortmund", ["D"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okeke <chinedu.okeke@mail.example>"),
           ("To", VA),
           ("Subject", "Registration Vereinsakademie - workshop D"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Xb7mP2rT5vN8wY1zQ4hL6dJ0sG3eK9uA2cR5tB8nW1xE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKEKE_TEXT, gmail_html(OKEKE_TEXT), style="gmail")


# -- 005 ---------------------------------------------------------------------
# Letter and topic disagree: "Workshop B Datenschutz".  Her reason (member
# list, birthdays and photos on the homepage) is data protection, so a
# coordinator takes E; the letter is a slip.  windows-1252 quoted-printable.

@mail("schaefer-lenz-letter-b-means-datenschutz", "2027-08-18 08:12:40",
      E("registration", "m.schaefer-lenz@chor-hombruch.example", "Monika Schäfer-Lenz",
        "Chorgemeinschaft Hombruch e.V.", ["E"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Monika Schäfer-Lenz", "m.schaefer-lenz@chor-hombruch.example",
                         "iso-8859-1")),
           ("To", VA),
           ("Subject", "Anmeldung Vereinsakademie 25.9."),
           ("Date", m.date),
           ("Message-ID", "<000c01dbf0a3$1e5b7c20$5b127460$@chor-hombruch.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wegener,

hiermit melde ich mich zur Vereinsakademie am 25. September an. Ich bin
seit März Schriftführerin bei uns im Verein und kümmere mich seitdem auch
um die Mitgliederliste. Deshalb möchte ich gern in den Workshop B
Datenschutz – wir wissen ehrlich gesagt nicht, ob wir Geburtstage und Fotos
unserer Sängerinnen und Sänger einfach so auf die Homepage stellen dürfen.

Ich komme allein.

Mit freundlichen Grüßen
Monika Schäfer-Lenz
Schriftführerin
Chorgemeinschaft Hombruch e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# French, Thunderbird, iso-8859-1 8bit; "Premier choix : atelier C /
# Deuxième choix : atelier A"; "nous serons deux" = 2.  RFC 2047 Q name.

@mail("diallo-french-atelier-c-then-a", "2027-08-18 13:47:22",
      E("registration", "aissatou.diallo@femmes-guineennes.example", "Aïssatou Diallo",
        "Association des Femmes Guinéennes de Dortmund", ["C", "A"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aïssatou Diallo", "aissatou.diallo@femmes-guineennes.example",
                         "iso-8859-1")),
           ("To", TO_VA),
           ("Subject", "Inscription Vereinsakademie 2027"),
           ("Date", m.date),
           ("Message-ID", "<3f8c2a71-6e4d-4b09-a2c5-91d7e0b4f638@femmes-guineennes.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Wegener,

Je vous remercie pour l'invitation. Je souhaite m'inscrire à la
Vereinsakademie du 25 septembre au nom de l'Association des Femmes
Guinéennes de Dortmund.

Je viendrai avec notre trésorière, Mme Mariama Bah, donc nous serons deux.

Premier choix : atelier C (demandes de subvention)
Deuxième choix : atelier A (finances)

Cordialement,
Aïssatou Diallo
Présidente
Association des Femmes Guinéennes de Dortmund
""", charset="iso-8859-1", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# The chairman registers three board members by office, each for another
# workshop (himself B, Kassierer A, Jugendwartin D).  Writer's own choice is
# the label, party_size counts all three.  Outlook alternative, windows-1252.

KAMINSKI_TEXT = """Hallo Frau Wegener,

wir melden uns zu dritt aus dem Vorstand zur Vereinsakademie an, aber für verschiedene Workshops:

- ich selbst (1. Vorsitzender): Workshop B, Satzung – unsere Satzung ist von 1987 und muss dringend überarbeitet werden
- unser Kassierer Gerd Lüttke: Workshop A
- unsere Jugendwartin Lea Brandt: Workshop D

Ist das so in Ordnung, oder müssen sich die beiden einzeln anmelden?

Sportliche Grüße
Detlef Kaminski
1. Vorsitzender
SV Schwarz-Weiß Huckarde 1920 e.V.
www.sw-huckarde.example"""


@mail("kaminski-board-by-office-three-workshops", "2027-08-19 10:20:05",
      E("registration", "d.kaminski@sw-huckarde.example", "Detlef Kaminski",
        "SV Schwarz-Weiß Huckarde 1920 e.V.", ["B"], 3, "de"), "de")
def _(m):
    m.head(("From", "Detlef Kaminski <d.kaminski@sw-huckarde.example>"),
           ("To", TO_VA),
           ("Subject", "Anmeldung Vorstand SW Huckarde"),
           ("Date", m.date),
           ("Message-ID", "<000201dbf0d9$7c4e1a90$74cb4fb0$@sw-huckarde.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KAMINSKI_TEXT), outlook_html(KAMINSKI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Spanish, Gmail alternative, UTF-8 base64.  "taller E (protección de datos /
# DSGVO)"; "Seremos dos personas" = 2.

PEREZ_TEXT = """Estimada Sra. Wegener:

Le escribo en nombre de la Asociación de Padres de Familia Españoles en Dortmund e.V. para inscribirnos en la Vereinsakademie del 25 de septiembre.

Seremos dos personas: yo, como presidenta, y nuestro secretario, Manuel Ortega. Nos interesa el taller E (protección de datos / DSGVO), porque tenemos que actualizar la lista de socios y no sabemos bien qué datos podemos guardar.

Muchas gracias de antemano.

Un cordial saludo,
María José Pérez Gutiérrez
Presidenta
Asociación de Padres de Familia Españoles en Dortmund e.V."""


@mail("perez-spanish-taller-e", "2027-08-19 18:55:48",
      E("registration", "mjperez.apfe@mail.example", "María José Pérez Gutiérrez",
        "Asociación de Padres de Familia Españoles en Dortmund e.V.", ["E"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("María José Pérez", "mjperez.apfe@mail.example", "utf-8", "b")),
           ("To", VA),
           ("Subject", "Inscripción Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<CAN9vR3pQw5Xk2Lh7Tz0Bf4Yc8Md1Gs6Ja3Ue9Wn2Ko5Pi7Vb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PEREZ_TEXT, gmail_html(PEREZ_TEXT), cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress); it names an association and a chairman.

VOLLMER_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. September 2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Vereinsangelegenheiten wenden Sie sich bitte an unseren Vorsitzenden, Herrn Klaus Berger, unter 0231 / 41 22 90.

Mit freundlichen Grüßen
Andrea Vollmer
Geschäftsstelle
Turn- und Sportgemeinschaft Dortmund-West e.V."""


@mail("vollmer-out-of-office-invitation", "2027-08-20 07:40:19",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Vollmer, Andrea" <a.vollmer@tsg-dortmund-west.example>'),
           ("To", TO_VA),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB5129B3D8E1F4A27C9D0E6B5A2F31@AM0PR06MB5129.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(VOLLMER_OOF), outlook_html(VOLLMER_OOF),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# Vietnamese, plain UTF-8 base64.  The ASCII display name "Thu Ha Nguyen" is
# beaten by the signature "Nguyễn Thị Thu Hà".  "Chúng tôi đi 3 người" = we
# go as 3 people; Workshop C with the German title word.

@mail("nguyen-thu-ha-vietnamese", "2027-08-20 12:14:37",
      E("registration", "thuha.nguyen@mail.example", "Nguyễn Thị Thu Hà",
        "Hội Người Việt Dortmund e.V.", ["C"], 3, "vi"), "vi")
def _(m):
    m.head(("From", "Thu Ha Nguyen <thuha.nguyen@mail.example>"),
           ("To", VA),
           ("Subject", ew("Đăng ký Vereinsakademie 25.09.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787220877.551902.3318@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Kính gửi Ban tổ chức Vereinsakademie,

Tôi là Nguyễn Thị Thu Hà, thủ quỹ của Hội Người Việt Dortmund e.V.
Tôi xin đăng ký tham gia Vereinsakademie ngày 25.09.2027.

Chúng tôi muốn tham dự Workshop C (Förderanträge – viết đơn xin tài trợ),
vì năm tới hội muốn xin hỗ trợ của thành phố cho lớp học tiếng Việt cho
trẻ em.

Chúng tôi đi 3 người: tôi, chị Hội trưởng và anh thư ký.

Xin cảm ơn và trân trọng,
Nguyễn Thị Thu Hà
Thủ quỹ – Hội Người Việt Dortmund e.V.
ĐT: 0176 4410 2287
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# iPhone, short, with an emoji.  Signed only "Jana", so the From display
# name is the name.  "Workshop Social Media" by topic only.

@mail("huebner-iphone-social-media", "2027-08-20 21:03:55",
      E("registration", "jana.huebner@mail.example", "Jana Hübner",
        "Tierschutzverein Dortmund-Nord e.V.", ["D"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Jana Hübner", "jana.huebner@mail.example")),
           ("To", VA),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<A4C71E02-5B9D-4F36-8E1A-0C7D2B9F4E63@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,
ich möchte mich gern für die Vereinsakademie anmelden. Ich bin neu im Vorstand vom Tierschutzverein Dortmund-Nord e.V. und soll mich um Insta und Facebook kümmern 🙈 Also Workshop Social Media bitte. Ich komme alleine.
LG Jana

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Club inbox as From, the treasurer's own address as Reply-To (Reply-To
# wins).  English; first choice A, second choice E.

@mail("raman-shared-mailbox-reply-to", "2027-08-23 09:30:12",
      E("registration", "priya.raman@mail.example", "Priya Raman",
        "Dortmund International Women's Club e.V.", ["A", "E"], 1, "en"), "en")
def _(m):
    m.head(("From", "Dortmund International Women's Club <info@diwc-dortmund.example>"),
           ("Reply-To", "Priya Raman <priya.raman@mail.example>"),
           ("To", VA),
           ("Subject", "Vereinsakademie registration"),
           ("Date", m.date),
           ("Message-ID", "<b41e0f7a-93c2-4d58-8a6e-2f1c7d9b0e35@diwc-dortmund.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Wegener,

I'd like to register for the Vereinsakademie on 25 September. I took over
as treasurer of the Dortmund International Women's Club e.V. in spring, so
my first choice would be Workshop A (finance and bookkeeping); if that one
is full, Workshop E would be my second choice.

It will be just me.

Kind regards,
Priya Raman
Treasurer
Dortmund International Women's Club e.V.

(Please reply to my personal address - the club inbox is only checked once
a week.)
""", charset="us-ascii", cte="7bit")

# -- 013 ---------------------------------------------------------------------
# French question: can the vice-president follow online (Zoom, Teams)?  They
# would register "à deux" only if so -> question.  Gmail alternative.

MUKENDI_TEXT = """Bonjour,

Je suis le secrétaire de la Communauté Congolaise de Dortmund e.V. Nous sommes très intéressés par l'atelier B sur les statuts (Satzung).

Est-ce qu'il est possible de participer en ligne, par Zoom ou Teams ? Notre vice-président habite maintenant à Lünen et travaille le samedi matin, il pourrait seulement suivre à distance.

Si c'est possible, nous nous inscrirons à deux.

Merci d'avance et bonne journée,
Jean-Baptiste Mukendi"""


@mail("mukendi-french-online-question", "2027-08-23 14:22:09",
      E("question", "jb.mukendi@mail.example", "Jean-Baptiste Mukendi",
        "Communauté Congolaise de Dortmund e.V.", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Mukendi <jb.mukendi@mail.example>"),
           ("To", VA),
           ("Subject", "Question : participation en ligne ?"),
           ("Date", m.date),
           ("Message-ID", "<CAD5tY8wR2nK7qP0zX4mB9vL1cH6gF3sJ8eU2oA5iN7rT0kW4yM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MUKENDI_TEXT, gmail_html(MUKENDI_TEXT), style="gmail")


# -- 014 ---------------------------------------------------------------------
# The office registers its chairman, who comes alone, and asks to confirm to
# his own address (that address is the label, name = the chairman).  Outlook
# alternative, windows-1252 QP.

HANSMEIER_TEXT = """Sehr geehrte Frau Wegener,

im Auftrag unseres 1. Vorsitzenden, Herrn Reinhold Tiemann, melde ich ihn zur Vereinsakademie Dortmund 2027 an. Herr Tiemann möchte am Workshop B (Satzung und Vereinsrecht) teilnehmen; er kommt allein.

Bitte schicken Sie die Bestätigung direkt an ihn: r.tiemann@heimatverein-brackel.example

Mit freundlichen Grüßen
i. A. Birgit Hansmeier
Geschäftsstelle
Heimatverein Dortmund-Brackel e.V.
Tel. 0231 / 25 14 77"""


@mail("hansmeier-registers-chairman", "2027-08-24 10:05:26",
      E("registration", "r.tiemann@heimatverein-brackel.example", "Reinhold Tiemann",
        "Heimatverein Dortmund-Brackel e.V.", ["B"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Hansmeier, Birgit" <birgit.hansmeier@heimatverein-brackel.example>'),
           ("To", TO_VA),
           ("Subject", "Anmeldung Vereinsakademie – Reinhold Tiemann"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2210E8A4C1B7D93F0A5E2C6B4D17@FR3P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("Thread-Topic", "Anmeldung Vereinsakademie – Reinhold Tiemann"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HANSMEIER_TEXT), outlook_html(HANSMEIER_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# "Workshop 3 (Förderanträge)": a number instead of the letter; the third
# workshop is C and the topic agrees.  He and his deputy = 2.  UTF-8 8bit.

@mail("aydogan-workshop-3-means-c", "2027-08-24 16:48:50",
      E("registration", "s.aydogan@elternbund-do.example", "Serkan Aydoğan",
        "Türkischer Elternbund Dortmund e.V.", ["C"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Serkan Aydoğan", "s.aydogan@elternbund-do.example")),
           ("To", VA),
           ("Subject", "Anmeldung Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<d29a4e61-7c0b-4f8e-b315-6a2e9c0d7f14@elternbund-do.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte mich und unseren 2. Vorsitzenden, Herrn Murat Kılıç, für die
Vereinsakademie am 25.09. anmelden. Wir interessieren uns für Workshop 3
(Förderanträge), weil wir für unsere Hausaufgabenhilfe neue Geldgeber
suchen.

Mit freundlichen Grüßen

Serkan Aydoğan
1. Vorsitzender
Türkischer Elternbund Dortmund e.V.
""", charset="utf-8", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Spanish, iso-8859-1 QP: "el taller de finanzas (A); si ya no hay plazas,
# entonces al de estatutos (B)" -> A, B.  Fuller name in the signature.

@mail("castano-spanish-a-else-b", "2027-08-25 08:59:03",
      E("registration", "andres.castano@circulo-latino.example", "Andrés Felipe Castaño Ríos",
        "Círculo Latinoamericano de Dortmund e.V.", ["A", "B"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Andrés Castaño", "andres.castano@circulo-latino.example",
                         "iso-8859-1")),
           ("To", VA),
           ("Subject", "Inscripción taller finanzas"),
           ("Date", m.date),
           ("Message-ID", "<000301dbf581$2a6c9e10$7f45da30$@circulo-latino.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Me llamo Andrés Castaño y soy el tesorero del Círculo Latinoamericano de
Dortmund e.V. Quisiera inscribirme para la Vereinsakademie. Me gustaría ir
al taller de finanzas (A); si ya no hay plazas, entonces al de estatutos
(B).

Iré solo.

Saludos cordiales
Andrés Felipe Castaño Ríos
Tesorero
Círculo Latinoamericano de Dortmund e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Letter and topic disagree the other way: "Workshop E: Social Media", with
# an Instagram reason -> D.  HTML only from a webmailer, UTF-8 base64.  She and
# a Beisitzerin = 2.

WESSELS_TEXT = """Guten Abend,

wir vom Förderverein Stadtteilbibliothek Aplerbeck e.V. möchten uns zur Vereinsakademie anmelden, und zwar für den Workshop E: Social Media. Unser Instagram-Kanal hat gerade einmal 80 Follower, und wir wollen endlich mehr Leute für unsere Lesungen erreichen.

Wir sind zu zweit: ich und unsere Beisitzerin Frau Renate Voß.

Viele Grüße
Anke Wessels
Vorsitzende"""


@mail("wessels-html-e-social-media-mixup", "2027-08-25 19:30:44",
      E("registration", "anke.wessels@mail.example", "Anke Wessels",
        "Förderverein Stadtteilbibliothek Aplerbeck e.V.", ["D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Anke Wessels <anke.wessels@mail.example>"),
           ("To", VA),
           ("Subject", "Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e7a9c02-5d1b-4f68-a0e4-8b2c6d9f1a57-1788024644201@3c-app-mailcom-bs05>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(WESSELS_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) for a confirmation sent to a mistyped
# domain (wambl instead of wambel).  The returned confirmation names A.

@mail("postfix-bounce-domain-typo", "2027-08-26 11:11:16",
      E("bounce", bounced="kasse@sportfreunde-wambl.example"), "en")
def _(m):
    rcpt = "kasse@sportfreunde-wambl.example"
    m.head(("From", "MAILER-DAEMON@mail.dortmund.example (Mail Delivery System)"),
           ("To", VA),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270826091116.5C2E71A0F4@mail.dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.dortmund.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error
    for name=sportfreunde-wambl.example type=A: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.dortmund.example"),
         ("X-Postfix-Queue-ID", "5C2E71A0F4"),
         ("X-Postfix-Sender", f"rfc822; {VA}"),
         ("Arrival-Date", "Thu, 26 Aug 2027 11:11:13 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=sportfreunde-wambl.example type=A: Host not found")])
    original = confirmation_message(
        f"Norbert Reuter <{rcpt}>", "Herr Reuter", "A", 1,
        "Thu, 26 Aug 2027 11:11:12 +0200", conf_id("20270826111112", "8e3d"),
        "<5a0c3e92-1f7b-4d26-9e84-b7c2a1d0f563@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 019 ---------------------------------------------------------------------
# The invitation's points as a filled-in form block: Erstwunsch B,
# Zweitwunsch E, 1 person; "Funktion im Vorstand" is an office, not a name.
# iso-8859-15 quoted-printable.

@mail("strotmann-form-block", "2027-08-26 15:35:58",
      E("registration", "elke.strotmann@buergerverein-dorstfeld.example", "Elke Strotmann",
        "Bürgerverein Dorstfeld e.V.", ["B", "E"], 1, "de"), "de")
def _(m):
    m.head(("From", "Elke Strotmann <elke.strotmann@buergerverein-dorstfeld.example>"),
           ("To", VA),
           ("Subject", "Anmeldung zur Vereinsakademie 2027"),
           ("Date", m.date),
           ("Message-ID", "<60c1b8e3-4a27-49f0-8d5e-2b7a9f3c1e08@buergerverein-dorstfeld.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

anbei meine Anmeldung, ich habe einfach die Punkte aus Ihrer Einladung
übernommen:

Name: Elke Strotmann
Verein: Bürgerverein Dorstfeld e.V.
Funktion im Vorstand: 2. Vorsitzende
Workshop (Erstwunsch): B
Workshop (Zweitwunsch): E
Anzahl Personen: 1

Vegetarisches Mittagessen wäre schön.

Freundliche Grüße
Elke Strotmann
""", charset="iso-8859-15", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Vietnamese, Gmail alternative, UTF-8 base64, RFC 2047 B name.
# "Nguyện vọng 1: Workshop A ... Nguyện vọng 2: Workshop C" = first and
# second wish; "đăng ký 2 người" = 2 persons (he and the treasurer).

TRAN_TEXT = """Chào quý vị,

Thay mặt Hội Phật tử Việt Nam tại Dortmund, tôi xin đăng ký 2 người tham gia Vereinsakademie Dortmund 2027: tôi (Chủ tịch hội) và thủ quỹ của hội, anh Võ Thanh Tùng.

Nguyện vọng 1: Workshop A (tài chính, sổ sách kế toán)
Nguyện vọng 2: Workshop C

Cả hai chúng tôi sẽ tham gia cùng một workshop.

Trân trọng,
Trần Văn Minh
Chủ tịch
Hội Phật tử Việt Nam tại Dortmund e.V."""


@mail("tran-van-minh-vietnamese-two-choices", "2027-08-27 09:02:31",
      E("registration", "tranvanminh.hpt@mail.example", "Trần Văn Minh",
        "Hội Phật tử Việt Nam tại Dortmund e.V.", ["A", "C"], 2, "vi"), "vi")
def _(m):
    m.head(("From", addr("Trần Văn Minh", "tranvanminh.hpt@mail.example", "utf-8", "b")),
           ("To", VA),
           ("Subject", ew("Đăng ký tham gia Vereinsakademie", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ2wE7nV4kR9pT1xM6bQ3zL8cY0hG5sD2fU7oK4iA9rN1tW6yB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN_TEXT, gmail_html(TRAN_TEXT), cte="base64", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Question only: can one attend two workshops (A in the morning, E in the
# afternoon)?  The letters are asked about, not chosen.

@mail("ebbinghaus-two-workshops-question", "2027-08-27 17:44:02",
      E("question", "t.ebbinghaus@freibad-stockum.example", "Thomas Ebbinghaus",
        "Förderverein Freibad Stockum e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Thomas Ebbinghaus <t.ebbinghaus@freibad-stockum.example>"),
           ("To", VA),
           ("Subject", "Zwei Workshops möglich?"),
           ("Date", m.date),
           ("Message-ID", "<1788021842.7781.2290@webmail.freibad-stockum.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kann man an dem Tag eigentlich auch zwei Workshops besuchen, z. B.
vormittags A und nachmittags E? Oder läuft jeder Workshop den ganzen Tag?
Aus der Einladung wird mir das nicht ganz klar.

Danke und Gruß
Thomas Ebbinghaus
Förderverein Freibad Stockum e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English with Ghanaian formality: three executives by office, all for C
# ("Funding applications / Förderanträge").  Outlook alternative.

ASANTE_TEXT = """Dear Sir/Madam,

Hereby I want to register for the Vereinsakademie 2027 on behalf of Ghana Union Dortmund e.V. We will be 3 persons from the executive board: myself (Chairman), our Financial Secretary and our Organising Secretary.

All of us want to attend the workshop C (Funding applications / Förderanträge), because we are planning to apply for funds for our cultural festival next year.

Thank you and God bless.

Yours faithfully,
Kofi Asante-Boateng
Chairman, Ghana Union Dortmund e.V."""


@mail("asante-boateng-three-officers", "2027-08-30 10:25:17",
      E("registration", "kofi.asante-boateng@ghana-union-do.example", "Kofi Asante-Boateng",
        "Ghana Union Dortmund e.V.", ["C"], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Kofi Asante-Boateng <kofi.asante-boateng@ghana-union-do.example>"),
           ("To", VA),
           ("Subject", "REGISTRATION FOR VEREINSAKADEMIE 2027"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR02MB7316F0C3E8A1B25D4F7E9A0C6B83@PAXPR02MB7316.eurprd02.prod.outlook.example>"),
           ("Thread-Topic", "REGISTRATION FOR VEREINSAKADEMIE 2027"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ASANTE_TEXT), outlook_html(ASANTE_TEXT, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# All lower case from a phone: "workshop finanzen, wenn der voll ist dann
# satzung" -> A, B; organisation labelled as written (lower case); signed
# only "sandra", so the display name is the name.

@mail("pieper-lowercase-phone", "2027-08-30 22:10:45",
      E("registration", "sandra.pieper@mail.example", "Sandra Pieper",
        "schützenverein lanstrop 1898", ["A", "B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sandra Pieper <sandra.pieper@mail.example>"),
           ("To", VA),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<q8v3n1.1788120645.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo zusammen,
ich bin seit kurzem kassenwartin beim schützenverein lanstrop 1898 und hab null ahnung von kassenprüfung und gemeinnützigkeit. deshalb würd ich gern in den workshop finanzen, wenn der voll ist dann satzung.
komme alleine
danke und gruß sandra

Gesendet von meinem Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# French, Outlook HTML only, windows-1252 QP: three bureau members by
# office, all for "l'atelier E (protection des données – DSGVO)".

NKAMGANG_TEXT = """Madame, Monsieur,

Par la présente, je souhaite inscrire trois membres du bureau de l'Association Camerounaise de Dortmund (ACADO) e.V. à la Vereinsakademie du 25 septembre 2027 :

- moi-même, secrétaire général ;
- notre trésorier, M. Paul Ekotto ;
- notre commissaire aux comptes, Mme Clarisse Ngo Bissé.

Nous souhaitons tous les trois participer à l'atelier E (protection des données – DSGVO).

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hervé Nkamgang
Secrétaire général
Association Camerounaise de Dortmund (ACADO) e.V.
Tél. : 0231 58 44 19 20"""


@mail("nkamgang-french-outlook-html", "2027-08-31 08:40:29",
      E("registration", "herve.nkamgang@acado-dortmund.example", "Hervé Nkamgang",
        "Association Camerounaise de Dortmund (ACADO) e.V.", ["E"], 3, "fr"), "fr", tz=0)
def _(m):
    m.head(("From", addr("Hervé Nkamgang", "herve.nkamgang@acado-dortmund.example",
                         "windows-1252")),
           ("To", TO_VA),
           ("Subject", "Inscription à la Vereinsakademie du 25/09/2027"),
           ("Thread-Topic", "Inscription à la Vereinsakademie du 25/09/2027"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6947D1A5B3C9E20F7A4D8B1E6C52@AS8PR10MB6947.EURPRD10.PROD.OUTLOOK.example>"),
           ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(NKAMGANG_TEXT, lang="FR"), subtype="html",
             charset="windows-1252", cte="quoted-printable")

# -- 025 ---------------------------------------------------------------------
# Change B -> C.  Outlook plain text quoting the confirmation (B, 1 person)
# below a line of underscores; the old letter B is named in the new text too.

@mail("ostermann-change-b-to-c", "2027-08-31 14:15:08",
      E("change", "m.ostermann@kulturverein-hoerde.example", "Martina Ostermann",
        "Kulturverein Hörde e.V.", ["C"], None, "de"), "de", tz=0)
def _(m):
    cid = conf_id("20270824091402", "1b7f")
    m.head(("From", "Martina Ostermann <m.ostermann@kulturverein-hoerde.example>"),
           ("To", TO_VA),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR07MB4412A8C3D5E1F09B2E7C4A6D3F58@VI1PR07MB4412.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Wegener,

ich habe mich letzte Woche für Workshop B angemeldet. Nach Rücksprache mit dem Vorstand wäre es für uns aber sinnvoller, wenn ich in Workshop C (Förderanträge) gehe – die Satzung überarbeitet jetzt ein Anwalt für uns.

Können Sie mich bitte umbuchen?

Danke und viele Grüße
Martina Ostermann
Kulturverein Hörde e.V.

________________________________
Von: Vereinsakademie Dortmund <{VA}>
Gesendet: Dienstag, 24. August 2027 09:14
An: Martina Ostermann <m.ostermann@kulturverein-hoerde.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Ostermann", "B", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Correction inside the mail: "Workshop C. Ups, sorry ... ich meine natürlich
# D, Social Media" -> D only.  "Förderanträge macht bei uns der Kassierer"
# names C's topic without choosing it.

@mail("demir-correction-c-to-d", "2027-09-01 09:55:36",
      E("registration", "yusuf.demir@iv-nordstadt.example", "Yusuf Demir",
        "Integrationsverein Dortmund-Nordstadt e.V.", ["D"], 1, "de"), "de")
def _(m):
    m.head(("From", "Yusuf Demir <yusuf.demir@iv-nordstadt.example>"),
           ("To", VA),
           ("Subject", "Anmeldung Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<e83b0d5c-2f19-4a7e-96c1-d4a8f7b2e905@iv-nordstadt.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Wegener,

ich möchte mich für die Vereinsakademie anmelden, Workshop C. Ups, sorry,
gerade nochmal in die Einladung geschaut: ich meine natürlich D, Social
Media. Förderanträge macht bei uns der Kassierer.

Ich komme alleine.

Gruß
Yusuf Demir
Pressesprecher
Integrationsverein Dortmund-Nordstadt e.V.
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Newsletter of the city sports federation (other): advertises the
# Vereinsakademie, names all five topics and the registration address.

SSB_TEXT = """Stadtsportbund Dortmund – Vereinsinfo September 2027

Liebe Vereinsvorstände,

hier unsere Themen im September:

1. Vereinsakademie Dortmund am 25. September: noch Plätze frei!
Die Ehrenamtsagentur lädt Vorstände aller Dortmunder Vereine zur Vereinsakademie ins Dietrich-Keuning-Haus ein. In fünf Workshops geht es um Finanzen, Satzung, Förderanträge, Social Media und Datenschutz. Anmeldung bis 17. September per E-Mail an vereinsakademie@dortmund.example.

2. Übungsleiterpauschale 2028
Die Anträge für die Übungsleiterpauschale 2028 können ab dem 1. Oktober im Vereinsportal gestellt werden.

3. Sportabzeichen-Tag im Stadion Rote Erde
Am 2. Oktober können Vereinsmitglieder das Deutsche Sportabzeichen ablegen. Anmeldung über die Geschäftsstelle.

Sportliche Grüße
Ihr Stadtsportbund Dortmund

Sie erhalten diese E-Mail, weil Sie den Vereinsinfo-Newsletter abonniert haben.
Abmelden: https://www.ssb-dortmund.example/newsletter/abmelden"""

SSB_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Vereinsinfo September 2027</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00589c;color:#ffffff;font-size:20px;"><b>Stadtsportbund Dortmund – Vereinsinfo September 2027</b></td></tr>
<tr><td>
<p>Liebe Vereinsvorstände,</p>
<p>hier unsere Themen im September:</p>
<h2 style="font-size:16px;">1. Vereinsakademie Dortmund am 25. September: noch Plätze frei!</h2>
<p>Die Ehrenamtsagentur lädt Vorstände aller Dortmunder Vereine zur Vereinsakademie ins Dietrich-Keuning-Haus ein. In fünf Workshops geht es um Finanzen, Satzung, Förderanträge, Social Media und Datenschutz. Anmeldung bis 17. September per E-Mail an <a href="mailto:vereinsakademie@dortmund.example">vereinsakademie@dortmund.example</a>.</p>
<h2 style="font-size:16px;">2. Übungsleiterpauschale 2028</h2>
<p>Die Anträge für die Übungsleiterpauschale 2028 können ab dem 1. Oktober im Vereinsportal gestellt werden.</p>
<h2 style="font-size:16px;">3. Sportabzeichen-Tag im Stadion Rote Erde</h2>
<p>Am 2. Oktober können Vereinsmitglieder das Deutsche Sportabzeichen ablegen. Anmeldung über die Geschäftsstelle.</p>
<p>Sportliche Grüße<br>Ihr Stadtsportbund Dortmund</p>
</td></tr>
<tr><td style="font-size:11px;color:#777777;">Sie erhalten diese E-Mail, weil Sie den Vereinsinfo-Newsletter abonniert haben.<br>
<a href="https://www.ssb-dortmund.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("stadtsportbund-newsletter", "2027-09-01 16:20:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Stadtsportbund Dortmund <newsletter@ssb-dortmund.example>"),
           ("To", VA),
           ("Subject", "Vereinsinfo September 2027: Vereinsakademie, Übungsleiterpauschale, Sportabzeichen"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.4471.vereinsakademie@ssb-dortmund.example>"),
           ("List-Id", "Vereinsinfo <vereinsinfo.ssb-dortmund.example>"),
           ("List-Unsubscribe", "<https://www.ssb-dortmund.example/newsletter/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(SSB_TEXT, SSB_HTML)


# -- 028 ---------------------------------------------------------------------
# Spanish, Apple Mail alternative.  Three board members by office, first
# choice B ("estatutos"), second C; a parking question does not make it a
# question mail.

FERNANDEZ_TEXT = """Buenos días:

Desde el Centro Gallego de Dortmund e.V. queremos participar en la Vereinsakademie. Iremos tres personas de la junta directiva: yo (presidenta), el tesorero y la secretaria.

Los tres preferimos el taller B (Satzung / estatutos), porque el año que viene queremos reformar los estatutos. Como segunda opción, el taller C.

¿Hay posibilidad de aparcar cerca del Dietrich-Keuning-Haus?

Un saludo,
Lucía Fernández Olmedo"""


@mail("fernandez-spanish-three-board", "2027-09-02 11:30:52",
      E("registration", "lucia.fernandez@centrogallego-do.example", "Lucía Fernández Olmedo",
        "Centro Gallego de Dortmund e.V.", ["B", "C"], 3, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández", "lucia.fernandez@centrogallego-do.example")),
           ("Subject", "Inscripción Centro Gallego"),
           ("Message-Id", "<8F2D1C6B-3E47-4A95-B0D8-7C1E5A9F2B64@centrogallego-do.example>"),
           ("Date", m.date),
           ("To", VA),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"))
    parts = [m.text(FERNANDEZ_TEXT, "plain", "utf-8", "quoted-printable"),
             m.text(apple_html(FERNANDEZ_TEXT), "html", "utf-8", "quoted-printable")]
    m.multi("alternative", parts, style="apple")


# -- 029 ---------------------------------------------------------------------
# Registration for E plus a question whether the secretary could join
# online ("Dann würde ich ihn noch nachmelden"): party_size 1.  The running
# text has the genitive "des Kleingärtnervereins"; the signature the base form.

@mail("nowak-online-colleague-question", "2027-09-02 19:05:13",
      E("registration", "gabriele.nowak@mail.example", "Gabriele Nowak",
        "Kleingärtnerverein „Hafenwiese“ e.V.", ["E"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gabriele Nowak <gabriele.nowak@mail.example>"),
           ("To", VA),
           ("Subject", "Anmeldung Workshop Datenschutz"),
           ("Date", m.date),
           ("Message-ID", "<trinity-71b4e0a9-c53d-4e12-8f6a-0d9b2c7e4a31-1788368713044@3c-app-webde-bap21>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team der Vereinsakademie,

ich melde mich für den Workshop E (Datenschutz) an. Ich bin Vorsitzende des
Kleingärtnervereins „Hafenwiese“ e.V.

Unser Schriftführer, Herr Becker, würde auch gern teilnehmen, kann aber am
25.09. nicht nach Dortmund kommen – er ist dann bei seiner Tochter in
München. Könnte er sich vielleicht online zuschalten? Dann würde ich ihn
noch nachmelden.

Herzliche Grüße
Gabriele Nowak
Kleingärtnerverein „Hafenwiese“ e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Change D -> E in English, Gmail alternative replying to the German
# confirmation (D, 1 person) with an English attribution line.

TESFAMARIAM_TEXT = """Hi,

thanks for the confirmation. Would it be possible to move me from workshop D to workshop E (data protection)? Our board decided that someone else will look after our social media, and I'm now responsible for the membership database.

Thank you!
Samuel Tesfamariam
Eritrean Community Dortmund"""


@mail("tesfamariam-change-d-to-e", "2027-09-03 10:10:41",
      E("change", "samuel.tesfamariam@mail.example", "Samuel Tesfamariam",
        "Eritrean Community Dortmund", ["E"], None, "en"), "en")
def _(m):
    cid = conf_id("20270831101203", "4b2e")
    m.head(("From", "Samuel Tesfamariam <samuel.tesfamariam@mail.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH8pW1mT6vK3rQ9zB2nX5cL7yJ0dF4gS1eA8uO3kI6wR9tN2bV@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quote = (f"On Tue, 31 Aug 2027 at 10:12, Vereinsakademie Dortmund <{VA}> wrote:",
             confirmation("Herr Tesfamariam", "D", 1))
    m.alternative(gmail_plain(TESFAMARIAM_TEXT, quote), gmail_html(TESFAMARIAM_TEXT, quote),
                  style="gmail")


# -- 031 ---------------------------------------------------------------------
# Vacation reply to a confirmation, marked only by X-Autoreply (no
# Auto-Submitted); English, us-ascii.  It names an association and an address.

@mail("adjei-autoreply-x-autoreply", "2027-09-03 15:45:20",
      E("auto_reply"), "en")
def _(m):
    cid = conf_id("20270903154512", "c1d9")
    m.head(("From", "Grace Adjei <grace.adjei@awn-dortmund.example>"),
           ("To", VA),
           ("Subject", "Auto: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1788443120.2217@awn-dortmund.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

Thank you for your email. I am on annual leave until Monday, 13 September
2027, with no access to email. Your message will be read after my return.

For urgent matters regarding the African Women's Network Dortmund, please
contact info@awn-dortmund.example.

Kind regards
Grace Adjei
""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Cancellation for two, GMX-style quote of the confirmation (A, 2 persons)
# under "Gesendet:/Von:/An:/Betreff:".  UTF-8 8bit.

@mail("huesken-cancel-jhv", "2027-09-06 08:30:27",
      E("cancellation", "w.huesken@gmx-mail.example", "Wolfgang Hüsken",
        "Männergesangverein Sängerbund Asseln 1888 e.V.", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270823184011", "7a20")
    m.head(("From", addr("Wolfgang Hüsken", "w.huesken@gmx-mail.example")),
           ("To", TO_VA),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-a4c92e17-6b08-4d3f-91e5-c7d0a2b8f643-1788675027118@3c-app-gmx-bs44>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zur Vereinsakademie zurückziehen.
Unsere Jahreshauptversammlung musste wegen eines Wasserschadens im
Vereinslokal auf Samstag, den 25.09., verlegt werden, und da kann im
Vorstand niemand fehlen.

Bitte streichen Sie uns beide von der Liste. Vielleicht klappt es ja
nächstes Jahr.

Mit freundlichen Grüßen
Wolfgang Hüsken
Männergesangverein Sängerbund Asseln 1888 e.V.


Gesendet: Montag, 23. August 2027 um 18:40 Uhr
Von: "Vereinsakademie Dortmund" <{VA}>
An: w.huesken@gmx-mail.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Herr Hüsken", "A", 2))}
""", charset="utf-8", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# Vietnamese, HTML only from a webmailer, UTF-8 QP: "workshop thứ tư về mạng
# xã hội (Social Media)" - "thứ tư" is "the fourth" here (it also means
# Wednesday) = D; "Tôi đi một mình" = alone.  The association is named only
# in German.  Display name "Bao Pham", signature "Phạm Quốc Bảo".

PHAM_TEXT = """Xin chào,

Tôi tên là Phạm Quốc Bảo, phụ trách truyền thông của Vietnamesische Gemeinde Dortmund e.V.

Tôi muốn đăng ký tham gia Vereinsakademie ngày 25 tháng 9, workshop thứ tư về mạng xã hội (Social Media). Trang Facebook của hội chúng tôi có nhiều thành viên nhưng rất ít người trẻ theo dõi, nên tôi muốn học cách làm Instagram và video ngắn.

Tôi đi một mình.

Cảm ơn anh chị!
Phạm Quốc Bảo"""


@mail("pham-vietnamese-fourth-workshop", "2027-09-06 13:12:59",
      E("registration", "bao.pham@mail.example", "Phạm Quốc Bảo",
        "Vietnamesische Gemeinde Dortmund e.V.", ["D"], 1, "vi"), "vi")
def _(m):
    m.head(("From", "Bao Pham <bao.pham@mail.example>"),
           ("To", VA),
           ("Subject", ew("Đăng ký workshop Social Media", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1788693179.430018.6612@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(PHAM_TEXT, "font-family: Arial;font-size: 13px;"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# multipart/mixed: text with Erstwunsch B / Zweitwunsch E for him and the
# Schriftführer (2), an association flyer as PDF, a register number and a
# confidentiality disclaimer in the signature.

@mail("overbeck-pdf-disclaimer", "2027-09-07 10:40:06",
      E("registration", "d.overbeck@djk-scharnhorst.example", "Dirk Overbeck",
        "DJK Eintracht Dortmund-Scharnhorst e.V.", ["B", "E"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dirk Overbeck <d.overbeck@djk-scharnhorst.example>"),
           ("To", TO_VA),
           ("Subject", "Anmeldung DJK Scharnhorst zur Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<2c5e8a14-b7d3-4f90-a6e1-9d0c3b7f5e28@djk-scharnhorst.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Sehr geehrte Frau Wegener,

für die DJK Eintracht Dortmund-Scharnhorst e.V. melde ich mich und unseren
Schriftführer, Herrn Michael Kowalczyk, zur Vereinsakademie an.

Erstwunsch: Workshop B – Satzung und Vereinsrecht
Zweitwunsch: Workshop E – Datenschutz

Im Anhang finden Sie unseren Vereinsflyer, falls Sie für den Tag eine
Übersicht der teilnehmenden Vereine erstellen.

Mit sportlichen Grüßen
Dirk Overbeck
Geschäftsführer

DJK Eintracht Dortmund-Scharnhorst e.V.
Gleiwitzstraße 280 · 44328 Dortmund
www.djk-scharnhorst.example

Vereinsregister: Amtsgericht Dortmund VR 3417
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["DJK Eintracht Dortmund-Scharnhorst e.V.",
                             "Fussball - Tischtennis - Gymnastik - Kinderturnen",
                             "Training Mo-Fr ab 17 Uhr, Sportplatz Gleiwitzstrasse",
                             "www.djk-scharnhorst.example"]),
                   "application", "pdf", "Vereinsflyer_DJK_Scharnhorst.pdf")
    m.multi("mixed", [text, pdf])


# -- 035 ---------------------------------------------------------------------
# Vietnamese change of party size 1 -> 2 (her sister joins); no new
# workshop is stated.  Gmail alternative, UTF-8 base64, Vietnamese Gmail
# attribution line, quoting the confirmation (E, 1).

LE_TEXT = """Chào Ban tổ chức,

Cảm ơn đã xác nhận. Tôi muốn đăng ký thêm 1 người nữa: em gái tôi, Lê Thị Hồng, cũng là thành viên ban chấp hành của hội. Như vậy chúng tôi sẽ đi 2 người.

Cảm ơn nhiều!
Lê Thị Mai
Hội Phụ nữ Việt Nam tại Dortmund"""


@mail("le-thi-mai-change-plus-one", "2027-09-07 18:20:33",
      E("change", "lethimai.hpn@mail.example", "Lê Thị Mai",
        "Hội Phụ nữ Việt Nam tại Dortmund", [], 2, "vi"), "vi")
def _(m):
    cid = conf_id("20270831160514", "e02a")
    m.head(("From", addr("Lê Thị Mai", "lethimai.hpn@mail.example", "utf-8", "q")),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM4rB9tX2wN7kQ5vP0zL3cY8hJ1dG6sF9eU4oI7aK2mR5nT0yW@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    quote = (f"Vào Th 3, 31 thg 8, 2027 vào lúc 16:05 Vereinsakademie Dortmund <{VA}> đã viết:",
             confirmation("Frau Le", "E", 1))
    m.alternative(gmail_plain(LE_TEXT, quote), gmail_html(LE_TEXT, quote),
                  cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# English, bottom-posted under the quoted invitation (Thunderbird).  "Workshop
# B (Satzung) ... If B is full, please put me in E" -> B, E.

@mail("thompson-bottom-posted", "2027-09-08 09:15:44",
      E("registration", "mark.thompson@dortmund-cc.example", "Mark Thompson",
        "Dortmund Cricket Club e.V.", ["B", "E"], 1, "en"), "en")
def _(m):
    m.head(("From", "Mark Thompson <mark.thompson@dortmund-cc.example>"),
           ("To", TO_VA),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<91d7f3a2-0c5e-4b86-8e27-4a1b6c9d3f70@dortmund-cc.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(f"""On 16/08/2027 10:03, Vereinsakademie Dortmund wrote:
{gt_quote(INVITATION)}

Hello,

Apologies for replying in English - my German is fine for the pub but not
for legal stuff!

I'm the secretary of Dortmund Cricket Club e.V. and would like to register
for Workshop B (Satzung). We need to rewrite our constitution before the
next AGM. If B is full, please put me in E.

Only one person from our club.

Cheers,
Mark Thompson
Hon. Secretary, Dortmund Cricket Club e.V.
""", charset="utf-8", cte="quoted-printable")

# -- 037 ---------------------------------------------------------------------
# Spanish question (windows-1252 QP): online participation and Spanish
# material; "nos inscribiríamos para el taller A y el B" only if online is
# possible -> question, no workshop.

@mail("rodriguez-spanish-online-translation-question", "2027-09-08 14:50:18",
      E("question", "carmen.rodriguez@raices-dortmund.example", "Carmen Rodríguez Vidal",
        "Asociación Cultural Raíces Dortmund", [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Carmen Rodríguez Vidal", "carmen.rodriguez@raices-dortmund.example",
                         "windows-1252")),
           ("To", VA),
           ("Subject", "Pregunta sobre la Vereinsakademie"),
           ("Date", m.date),
           ("Message-ID", "<000401dbf8c2$5d3a7e40$17afe1c0$@raices-dortmund.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "es"),
           ("MIME-Version", "1.0"))
    m.single("""Hola, buenas tardes:

Somos una asociación pequeña (Asociación Cultural Raíces Dortmund) y
nuestra junta vive repartida entre Dortmund, Bochum y Hagen. Antes de
inscribirnos quería preguntar dos cosas:

1. ¿Se puede participar online, por ejemplo por Zoom, en alguno de los
talleres?
2. ¿Habrá algún tipo de traducción o materiales en español? Nuestro
tesorero entiende bien el alemán, pero le cuesta el vocabulario jurídico
del taller B.

Si se puede online, nos inscribiríamos para el taller A y el B.

Muchas gracias,
Carmen Rodríguez Vidal
Secretaria, Asociación Cultural Raíces Dortmund
""", charset="windows-1252", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Board mailbox as From with no Reply-To (that address is the label); the
# treasurer signs and registers herself and the Technischer Leiter, both
# for A.  iso-8859-1 8bit.

@mail("wallbaum-shared-mailbox-no-reply-to", "2027-09-09 11:05:37",
      E("registration", "vorstand@dlrg-mengede.example", "Kerstin Wallbaum",
        "DLRG Ortsgruppe Dortmund-Mengede e.V.", ["A"], 2, "de"), "de")
def _(m):
    m.head(("From", "DLRG OG Mengede Vorstand <vorstand@dlrg-mengede.example>"),
           ("To", VA),
           ("Subject", "Anmeldung Vereinsakademie DLRG Mengede"),
           ("Date", m.date),
           ("Message-ID", "<5e91c0b7-d4a3-4f28-8b6e-1a7c2f9d0e84@dlrg-mengede.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir möchten uns zur Vereinsakademie anmelden: ich als Schatzmeisterin und
unser Technischer Leiter, Sven Hagedorn. Wir wollen beide in den Workshop A
(Finanzen), weil wir im nächsten Jahr die Gemeinnützigkeit neu nachweisen
müssen.

Viele Grüße
Kerstin Wallbaum
Schatzmeisterin
DLRG Ortsgruppe Dortmund-Mengede e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# French cancellation, Outlook alternative with the French header block
# "De : / Envoyé : / À : / Objet :" over the confirmation (D, 1).

MBEMBA_TEXT = """Bonjour,

Malheureusement, je dois annuler mon inscription à la Vereinsakademie du 25 septembre : notre association organise ce jour-là une fête de quartier que nous ne pouvons pas déplacer.

Merci de donner ma place à quelqu'un d'autre. J'espère pouvoir participer l'année prochaine.

Bien cordialement,
Rodrigue Mbemba
Association Culturelle Mbongi Dortmund"""


@mail("mbemba-french-cancel-outlook", "2027-09-10 16:30:02",
      E("cancellation", "r.mbemba@mbongi-dortmund.example", "Rodrigue Mbemba",
        "Association Culturelle Mbongi Dortmund", [], None, "fr"), "fr", tz=0)
def _(m):
    cid = conf_id("20270831094107", "5d63")
    m.head(("From", "Rodrigue Mbemba <r.mbemba@mbongi-dortmund.example>"),
           ("To", TO_VA),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9a4Rm1Xy7dT0nQ2kZ8wLp3sV6cAAC"),
           ("Date", m.date),
           ("Message-ID", "<PR3PR08MB5705C9A2E4B1D38F6A0E7C5B2D94@PR3PR08MB5705.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "fr-FR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Vereinsakademie Dortmund <{VA}>",
             "mardi 31 août 2027 09:41",
             "Rodrigue Mbemba <r.mbemba@mbongi-dortmund.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Mbemba", "D", 1))
    m.alternative(outlook_plain(MBEMBA_TEXT, quote, FR_LABELS),
                  outlook_html(MBEMBA_TEXT, quote, FR_LABELS, lang="FR"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 040 ---------------------------------------------------------------------
# Advertising for association software (other), HTML only, UTF-8 base64,
# sent at night; it names finances, DSGVO, social media and "Anmeldung".

VEREINSPILOT_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>VereinsPilot</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222222;">
<div style="max-width:620px;margin:auto;">
<h1 style="color:#e4572e;">Vereinsverwaltung endlich einfach!</h1>
<p>Sehr geehrte Vereinsvorstände,</p>
<p>Kassenbuch, Mitgliederverwaltung und Beitragseinzug – mit <b>VereinsPilot</b> erledigen Sie alles an einem Ort. Natürlich DSGVO-konform, mit Servern in Deutschland.</p>
<ul>
<li>Kassenführung mit automatischem Jahresabschluss für das Finanzamt</li>
<li>Mitgliederdaten sicher verwalten – Datenschutz inklusive</li>
<li>Social-Media-Planer für Ihre Vereinsnachrichten</li>
<li>Online-Anmeldung für Ihre Veranstaltungen</li>
</ul>
<p><a href="https://www.vereinspilot-software.example/testen" style="background:#e4572e;color:#ffffff;padding:10px 18px;text-decoration:none;">Jetzt 30 Tage kostenlos testen</a></p>
<p>Nur bis 30. September: 20 % Rabatt auf das erste Jahr mit dem Code VEREIN27.</p>
<p style="font-size:11px;color:#888888;">VereinsPilot GmbH · Musterweg 5 · 50667 Köln<br>
Sie möchten keine Informationen mehr erhalten? <a href="https://www.vereinspilot-software.example/abmelden">Hier abmelden</a>.</p>
</div>
</body></html>
"""


@mail("vereinspilot-advert", "2027-09-11 03:14:26",
      E("other"), "de")
def _(m):
    m.head(("From", "VereinsPilot <news@vereinspilot-software.example>"),
           ("To", VA),
           ("Subject", "Kasse, DSGVO & Mitglieder: alles in einer Software – 30 Tage gratis"),
           ("Date", m.date),
           ("Message-ID", "<20270911011426.8f3a1c@mailing.vereinspilot-software.example>"),
           ("List-Unsubscribe", "<https://www.vereinspilot-software.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(VEREINSPILOT_HTML, subtype="html", charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Change of party size 2 -> 3 by offices (the Kassiererin drops out, the new
# Kassierer and the Schriftführerin come).  KMail-style quote of the
# confirmation (A, 2).  No new workshop is stated.

@mail("sielaff-change-officers-three", "2027-09-13 09:40:55",
      E("change", "j.sielaff@siedler-eving.example", "Jürgen Sielaff",
        "Siedlergemeinschaft Dortmund-Eving e.V.", [], 3, "de"), "de")
def _(m):
    cid = conf_id("20270830110312", "9c48")
    m.head(("From", addr("Jürgen Sielaff", "j.sielaff@siedler-eving.example")),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4418272.LvFx2qVVIh@pc-sielaff>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "KMail/5.24.5 (Linux/6.8.0-45-generic; KDE/6.5.0; x86_64; ; )"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag Frau Wegener,

bei uns hat sich im Vorstand etwas getan: Unsere Kassiererin, Frau Ruth
Ebert, hat ihr Amt niedergelegt und kommt deshalb nicht mit. Dafür kommen
jetzt unser neuer Kassierer, Herr Horst Lindemann, und unsere
Schriftführerin, Frau Doris Kalinowski. Zusammen mit mir sind wir also zu
dritt.

Geht das noch?

Mit freundlichen Grüßen
Jürgen Sielaff
Vorsitzender
Siedlergemeinschaft Dortmund-Eving e.V.

Am Montag, 30. August 2027, 11:03:12 CEST schrieb Vereinsakademie Dortmund:
{gt_quote(confirmation("Herr Sielaff", "A", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Change A -> "den Datenschutz-Workshop (ich glaube, das war B?)": the topic
# is certain, the letter is a guess -> E.  Outlook alternative quoting the
# confirmation (A, 1).

POTTHOFF_TEXT = """Sehr geehrte Frau Wegener,

ich bin für Workshop A angemeldet. Könnten Sie mich bitte in den Datenschutz-Workshop umbuchen (ich glaube, das war B?)? Unser Verein stellt gerade auf eine neue Mitgliederverwaltung um, und da ist das für uns im Moment wichtiger als die Kasse.

Vielen Dank!

Mit freundlichen Grüßen
Ingrid Potthoff
Freundeskreis Zeche Zollern e.V."""


@mail("potthoff-change-datenschutz-letter-unsure", "2027-09-14 12:00:48",
      E("change", "ingrid.potthoff@freundeskreis-zollern.example", "Ingrid Potthoff",
        "Freundeskreis Zeche Zollern e.V.", ["E"], None, "de"), "de", tz=0)
def _(m):
    cid = conf_id("20270902081533", "2f6b")
    m.head(("From", '"Potthoff, Ingrid" <ingrid.potthoff@freundeskreis-zollern.example>'),
           ("To", TO_VA),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9p3Lw8Rt1nM5kZ0yQ7xV2cB4dEAAK"),
           ("Date", m.date),
           ("Message-ID", "<DU0PR03MB8527E1C6A9B4D20F3E8A7C1D5B62@DU0PR03MB8527.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Vereinsakademie Dortmund <{VA}>",
             "Donnerstag, 2. September 2027 10:15",
             "Potthoff, Ingrid <ingrid.potthoff@freundeskreis-zollern.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Potthoff", "A", 1))
    m.alternative(outlook_plain(POTTHOFF_TEXT, quote), outlook_html(POTTHOFF_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Spanish cancellation from an iPhone, signed only "Javier"; the Spanish iOS
# attribution line over the quoted confirmation (C, 1).

@mail("morales-spanish-cancel-iphone", "2027-09-16 10:20:11",
      E("cancellation", "javier.morales@mail.example", "Javier Morales Sánchez",
        None, [], None, "es"), "es")
def _(m):
    cid = conf_id("20270902101402", "a8e1")
    m.head(("From", addr("Javier Morales Sánchez", "javier.morales@mail.example")),
           ("To", TO_VA),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B7E0F3A1-94C2-4D6E-8A15-3F2C9D0B7E46@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hola,
lo siento mucho, pero no podré ir el sábado 25. Me ha surgido un viaje de trabajo a Madrid. Por favor, anulen mi inscripción y denle mi plaza a otra persona.
Gracias y perdón por las molestias.
Javier

Enviado desde mi iPhone

El 2 sept 2027, a las 10:14, Vereinsakademie Dortmund <{VA}> escribió:

{gt_quote(confirmation("Herr Morales Sánchez", "C", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# On the deadline day, late evening: "Finanzen (A) und Förderanträge (C)
# gleichermaßen" -> A, C in the order written; "zu dritt", listed by office.
# UTF-8 base64.

@mail("kleinschmidt-deadline-day", "2027-09-17 21:50:09",
      E("registration", "petra.kleinschmidt@mail.example", "Petra Kleinschmidt",
        "Elternverein Kita Regenbogen Lütgendortmund e.V.", ["A", "C"], 3, "de"), "de")
def _(m):
    m.head(("From", "Petra Kleinschmidt <petra.kleinschmidt@mail.example>"),
           ("To", VA),
           ("Subject", "Anmeldung – hoffentlich noch rechtzeitig"),
           ("Date", m.date),
           ("Message-ID", "<1789674609.118274.5530@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

hoffentlich bin ich noch nicht zu spät – heute ist ja Anmeldeschluss!
Für den Elternverein Kita Regenbogen Lütgendortmund e.V. kommen wir zu
dritt (Vorsitzende, Kassiererin und ich als Schriftführerin).

Uns interessieren Finanzen (A) und Förderanträge (C) gleichermaßen, Sie
können uns also in einen der beiden stecken, wo eben noch Platz ist.

Viele Grüße
Petra Kleinschmidt
""", charset="utf-8", cte="base64")


# -- 045 ---------------------------------------------------------------------
# Cancellation replying to the 7-day reminder (E, 1), Outlook plain text
# quote; "meinen Platz im Workshop E" in a cancellation is not a choice.

@mail("wittkamp-cancel-reply-to-reminder", "2027-09-20 08:05:30",
      E("cancellation", "hg.wittkamp@loeschzug-holzen.example", "Hans-Georg Wittkamp",
        "Förderverein Löschzug Holzen e.V.", [], None, "de"), "de")
def _(m):
    rid = f"<{REMINDER_ID_PREFIX}.6e15@dortmund.example>"
    m.head(("From", "Hans-Georg Wittkamp <hg.wittkamp@loeschzug-holzen.example>"),
           ("To", TO_VA),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000901dbfa0e$3c7d2b50$b5778df0$@loeschzug-holzen.example>"),
           ("In-Reply-To", rid),
           ("References", rid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

danke für die Erinnerung. Leider muss ich meine Teilnahme absagen – ich habe
mir beim Fußball die Schulter gebrochen und bin die nächsten Wochen außer
Gefecht.

Vielleicht kann jemand von der Warteliste meinen Platz im Workshop E
bekommen.

Gruß
Hans-Georg Wittkamp
Förderverein Löschzug Holzen e.V.

-----Ursprüngliche Nachricht-----
Von: Vereinsakademie Dortmund <{VA}>
Gesendet: Samstag, 18. September 2027 09:30
An: hg.wittkamp@loeschzug-holzen.example
Betreff: {REMINDER_SUBJECT}

{reminder("Herr Wittkamp", "E", 1)}
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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def check_labels(expected, text_lang):
    """Problems with one label record on its own."""
    e = expected
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    if e["kind"] not in KINDS:
        problems.append(f"unknown kind {e['kind']}")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in {LANGS}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if e["kind"] not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if e["kind"] == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif e["kind"] == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if e["kind"] in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {e['kind']}")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in {LANGS}")
        if e["language"] != text_lang:
            problems.append("language differs from the text language")
    if e["kind"] == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def written(value, text):
    """`value` occurs in `text` as whole words (not inside a longer word)."""
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text) is not None


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
    # decoded headers and text bodies, nested messages included
    chunks, bodies = [], []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            bodies.append(p.get_content())
    text = "\n".join(chunks + bodies)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, text_lang)
    e = expected
    if e["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if e["kind"] not in MACHINE:
        heads = [str(msg.get("From", "")), str(msg.get("Reply-To", ""))]
        addrs = [a.lower() for _, a in getaddresses(heads)]
        if e["email"] not in addrs and e["email"] not in "\n".join(bodies).lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if not written(e["name"], text):
            problems.append("name not written in the mail")
        if e["organisation"] is not None and not written(e["organisation"], "\n".join(bodies)):
            problems.append("organisation not written in the mail body")
        reply_to = e["email"] if "Reply-To" in msg else None
        if reply_to and reply_to not in addrs:
            problems.append("Reply-To present but label uses another address")
    if e["kind"] in ("change", "cancellation"):
        if msg["In-Reply-To"] is None:
            problems.append("change/cancellation does not answer a mail")
        if "Angemeldete Personen:" not in "\n".join(bodies):
            problems.append("change/cancellation does not quote the confirmation")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    print(f"{'kind':14}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for k in KINDS:
        row = [table[(k, lang)] for lang in LANGS]
        print(f"{k:14}" + "".join(f"{c:>5}" for c in row) + f"  {sum(row):>5}")
    col = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'all':14}" + "".join(f"{c:>5}" for c in col) + f"  {sum(col):>5}")
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

    # re-read what is on disk (or, with --check, what would be written)
    for (name, m, e, t), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
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
        print(f"{len(built)} mails; the brief asks for 40-45")
        bad += 1
    reloaded = json.loads(exp_text)
    if list(reloaded) != [n for n, *_ in built]:
        print("expected.json does not list the mails in order")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
