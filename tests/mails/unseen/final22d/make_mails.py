#!/usr/bin/env python3
"""Build the corpus "final22d" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerktag Integrationsräte und Beratungsstellen 2027 in Hagen (NRW),
Wednesday 21 April 2027, five workshops WS1-WS5 (see config.toml).  Most mails
are replies inside threads: reply-all with colleagues in CC, colleagues answering
one another's registration, replies to a colleague's forward of the invitation.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here, and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

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

NT = "netzwerktag@hagen.example"
NT_NAME = "Netzwerktag Integration Hagen"
TO_NT = f"{NT_NAME} <{NT}>"
INVITATION_ID = "<einladung-netzwerktag-2027.20270302091502@hagen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5")
LANGS = ("de", "en", "tr", "pl", "fr")


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


def OL(name, address):
    """An Outlook display name "Last, First" with umlauts: one ISO-8859-1 Q word."""
    return addr(name, address, "iso-8859-1", "q")


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


# Summer time in Germany starts on Sunday 28 March 2027 at 01:00 UTC.
DST_START = datetime.datetime(2027, 3, 28, 1, 0, tzinfo=datetime.timezone.utc)


def berlin(dt):
    """(datetime in Europe/Berlin, 'CET'/'CEST') for an aware datetime."""
    if dt >= DST_START:
        return dt.astimezone(datetime.timezone(datetime.timedelta(hours=2))), "CEST"
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=1))), "CET"


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
        msg.set_raw("Delivered-To", NT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            local, zone = berlin(self.when + datetime.timedelta(seconds=3))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hagen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{NT}>; {format_datetime(local)} ({zone})")
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
            return f"_00{self._nboundary}_FR2P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hagen.example"
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Netzwerktag Integrationsräte und Beratungsstellen am 21. April 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Netzwerktag Integrationsräte und Beratungsstellen 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Mitglieder der Integrationsräte und Integrationsausschüsse,
liebe Kolleginnen und Kollegen aus den Beratungsstellen,

das Kommunale Integrationszentrum Hagen lädt Sie herzlich zum

Netzwerktag Integrationsräte und Beratungsstellen 2027

ein. Wir möchten die ehrenamtliche politische Arbeit der Integrationsräte
und die hauptamtliche Beratungspraxis stärker miteinander ins Gespräch
bringen.

Termin: Mittwoch, 21. April 2027, 9:30 bis 16:00 Uhr
Ort: Stadthalle Hagen, Wasserloses Tal 2, 58093 Hagen

Nach dem gemeinsamen Vormittag arbeiten wir in fünf parallelen Workshops:

Workshop 1: Antidiskriminierungsberatung vor Ort – Fälle erkennen,
            begleiten, dokumentieren
Workshop 2: Integrationsräte stärken: Beteiligung und Gremienarbeit
Workshop 3: Online-Beratung und Datenschutz in der Migrationsberatung
Workshop 4: Aufenthaltsrecht aktuell: Chancen-Aufenthaltsrecht und
            Einbürgerung
Workshop 5: Anerkennung ausländischer Berufsabschlüsse und Zugang zum
            Arbeitsmarkt

Bitte melden Sie sich bis zum 9. April 2027 per E-Mail an
netzwerktag@hagen.example an. Nennen Sie uns Ihren Namen, Ihr Gremium
bzw. Ihre Einrichtung, Ihren Wunsch-Workshop (gern mit Zweitwunsch) und
ob Sie allein oder mit Kolleginnen und Kollegen kommen.

Die Teilnahme ist kostenfrei, für Mittagessen und Getränke ist gesorgt.
Die Stadthalle ist barrierefrei.

Mit freundlichen Grüßen

Katrin Hülsbusch
Kommunales Integrationszentrum Hagen
Tel. 02331 207-4418"""

WS_LINE = {
    "WS1": "Workshop 1 – Antidiskriminierungsberatung vor Ort – Fälle erkennen, begleiten, dokumentieren",
    "WS2": "Workshop 2 – Integrationsräte stärken: Beteiligung und Gremienarbeit",
    "WS3": "Workshop 3 – Online-Beratung und Datenschutz in der Migrationsberatung",
    "WS4": "Workshop 4 – Aufenthaltsrecht aktuell: Chancen-Aufenthaltsrecht und Einbürgerung",
    "WS5": "Workshop 5 – Anerkennung ausländischer Berufsabschlüsse und Zugang zum Arbeitsmarkt",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Netzwerktag Integrationsräte und
Beratungsstellen 2027 am Mittwoch, 21. April 2027, 9:30 bis 16:00 Uhr,
in der Stadthalle Hagen, Wasserloses Tal 2, 58093 Hagen.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Netzwerktag Integration Hagen
Kommunales Integrationszentrum Hagen"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_NT
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


# ---------------------------------------------------------------------------
# client formats
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


def Q(von, gesendet, an, betreff, text, cc=None):
    """An Outlook quote header block and the quoted text."""
    return {"von": von, "gesendet": gesendet, "an": an, "cc": cc,
            "betreff": betreff, "text": text}


def outlook_html(text, quotes=()):
    """Outlook-style HTML for `text` followed by the quoted messages, newest first."""
    out = [mso_p(line) for line in text.split("\n")]
    for q in quotes:
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        cc = f"<b>Cc:</b> {esc(q['cc'])}<br>\n" if q["cc"] else ""
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(q['von'])} <br>\n"
                   f"<b>Gesendet:</b> {esc(q['gesendet'])}<br>\n"
                   f"<b>An:</b> {esc(q['an'])}<br>\n{cc}"
                   f"<b>Betreff:</b> {esc(q['betreff'])}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in q["text"].split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quotes=()):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    out = text
    for q in quotes:
        cc = f"Cc: {q['cc']}\n" if q["cc"] else ""
        out += (f"\n\nVon: {q['von']}\nGesendet: {q['gesendet']}\nAn: {q['an']}\n{cc}"
                f"Betreff: {q['betreff']}\n\n{q['text']}")
    return out


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, attribution=None, quoted=None):
    """Gmail markup: the new text, then the quoted text in a gmail_quote blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div dir=\"ltr\">{inner}</div>"
    if attribution:
        q = "".join(f"{esc(line)}<br>" for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def gmail_plain(text, attribution=None, quoted=None):
    if not attribution:
        return text
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


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
# Thunderbird reply quoting the whole invitation with '>' (all five workshops
# appear in the quote); the choice "Workshop 2" is only in the new text.

@mail("karakaya-reply-quoting-invitation", "2027-03-02 11:04:17",
      E("registration", "m.karakaya@integrationsrat-luedenscheid.example", "Mehmet Karakaya",
        "Integrationsrat der Stadt Lüdenscheid", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mehmet Karakaya <m.karakaya@integrationsrat-luedenscheid.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b9e2c71-0d3a-4f6e-8a15-c2d7e9f03b61@integrationsrat-luedenscheid.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Hülsbusch,

vielen Dank für die Einladung, das Thema liegt uns in Lüdenscheid sehr am
Herzen. Ich melde mich hiermit für den Workshop 2 an und komme allein.

Mit freundlichen Grüßen
Mehmet Karakaya

-- 
Vorsitzender
Integrationsrat der Stadt Lüdenscheid
Rathausplatz 2, 58507 Lüdenscheid

Am 02.03.27 um 09:15 schrieb Netzwerktag Integration Hagen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Thread start: Outlook multipart/alternative (windows-1252 QP), two colleagues
# in Cc who "will register themselves"; first and second choice.

BROEKELMANN_SUBJECT = "Anmeldung Netzwerktag 21.04."
BROEKELMANN_TEXT = """Sehr geehrte Frau Hülsbusch,

hiermit melde ich mich für den Netzwerktag am 21. April an. Am meisten interessiert mich Workshop 4 (Aufenthaltsrecht aktuell), als Zweitwunsch Workshop 3.

Meine Kollegin und meinen Kollegen aus der MBE habe ich in CC gesetzt – die beiden melden sich selbst bei Ihnen, sobald sie ihre Termine geklärt haben.

Mit freundlichen Grüßen

Anna Brökelmann
Migrationsberatung für Erwachsene (MBE)
Caritasverband Hagen e.V.
Bergstraße 81 | 58095 Hagen
Tel. 02331 9184-27"""
BROEKELMANN_QUOTE = Q("Brökelmann, Anna <a.broekelmann@caritas-hagen.example>",
                      "Dienstag, 2. März 2027 14:22",
                      f"{NT_NAME} <{NT}>",
                      BROEKELMANN_SUBJECT, BROEKELMANN_TEXT,
                      cc="Demir, Yusuf <y.demir@caritas-hagen.example>; "
                         "Schäfer, Olga <o.schaefer@caritas-hagen.example>")


@mail("broekelmann-cc-colleagues", "2027-03-02 14:22:40",
      E("registration", "a.broekelmann@caritas-hagen.example", "Anna Brökelmann",
        "Caritasverband Hagen e.V.", ["WS4", "WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", OL("Brökelmann, Anna", "a.broekelmann@caritas-hagen.example")),
           ("To", TO_NT),
           ("Cc", '"Demir, Yusuf" <y.demir@caritas-hagen.example>, '
                  + OL("Schäfer, Olga", "o.schaefer@caritas-hagen.example")),
           ("Subject", BROEKELMANN_SUBJECT),
           ("Thread-Topic", BROEKELMANN_SUBJECT),
           ("Thread-Index", "AdtrX1c2kQ7pZbT0S6yN8vR2e4WuHA=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1873A0C4D2E61B7F9E3C5A8D0B2F@FR2P281MB1873.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BROEKELMANN_TEXT), outlook_html(BROEKELMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Reply-all to 002 by a colleague from the Cc: "ich komme auch mit, aber in den
# Workshop 3".  The quoted registration of his colleague names Workshop 4 and 3.

DEMIR_SUBJECT = "AW: " + BROEKELMANN_SUBJECT
DEMIR_TEXT = """Hallo Frau Hülsbusch, hallo Anna,

ich komme auch mit, aber in den Workshop 3 (Online-Beratung und Datenschutz) – das Thema brennt bei uns gerade, seit wir die Videoberatung anbieten.

Viele Grüße
Yusuf Demir
Migrationsberatung für Erwachsene (MBE)
Caritasverband Hagen e.V.
Tel. 02331 9184-31"""


@mail("demir-reply-all-other-workshop", "2027-03-02 15:10:05",
      E("registration", "y.demir@caritas-hagen.example", "Yusuf Demir",
        "Caritasverband Hagen e.V.", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Demir, Yusuf" <y.demir@caritas-hagen.example>'),
           ("To", OL("Brökelmann, Anna", "a.broekelmann@caritas-hagen.example") + ', ' + TO_NT),
           ("Cc", OL("Schäfer, Olga", "o.schaefer@caritas-hagen.example")),
           ("Subject", DEMIR_SUBJECT),
           ("Thread-Topic", BROEKELMANN_SUBJECT),
           ("Thread-Index", "AdtrX1c2kQ7pZbT0S6yN8vR2e4WuHAABc7Ek"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2290B51E7C0A4D93F6E2C1B8A7D4@FR2P281MB2290.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<FR2P281MB1873A0C4D2E61B7F9E3C5A8D0B2F@FR2P281MB1873.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<FR2P281MB1873A0C4D2E61B7F9E3C5A8D0B2F@FR2P281MB1873.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [BROEKELMANN_QUOTE]
    m.alternative(outlook_plain(DEMIR_TEXT, quotes), outlook_html(DEMIR_TEXT, quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Third in the thread: Outlook for iOS, reply-all to 003, English quote labels
# (From:/Sent:/To:/Cc:/Subject:).  Her own text: Workshop 5, else "die 4"; the
# organisation as she writes it ("MBE Caritas Hagen").  The quote holds both
# colleagues' choices (3, and 4/3).

SCHAEFER_TEXT = """Dann bin ich auch dabei 🙂 Bitte für mich Workshop 5 (Anerkennung), falls der schon voll ist, nehme ich die 4.

LG Olga Schäfer
MBE Caritas Hagen

Von Outlook für iOS gesendet"""


@mail("schaefer-outlook-ios-reply-all", "2027-03-02 16:47:51",
      E("registration", "o.schaefer@caritas-hagen.example", "Olga Schäfer",
        "MBE Caritas Hagen", ["WS5", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", OL("Schäfer, Olga", "o.schaefer@caritas-hagen.example")),
           ("To", '"Demir, Yusuf" <y.demir@caritas-hagen.example>, '
                  + OL("Brökelmann, Anna", "a.broekelmann@caritas-hagen.example") + ', ' + TO_NT),
           ("Subject", "Re: " + DEMIR_SUBJECT),
           ("Thread-Topic", BROEKELMANN_SUBJECT),
           ("Thread-Index", "AdtrX1c2kQ7pZbT0S6yN8vR2e4WuHAABc7EkAAHf9Qw="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB3315C2A9E4B70F1D6A8B3C5E9D01@FR2P281MB3315.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<FR2P281MB2290B51E7C0A4D93F6E2C1B8A7D4@FR2P281MB2290.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<FR2P281MB1873A0C4D2E61B7F9E3C5A8D0B2F@FR2P281MB1873.DEUP281.PROD.OUTLOOK.example> "
                          "<FR2P281MB2290B51E7C0A4D93F6E2C1B8A7D4@FR2P281MB2290.DEUP281.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    b = BROEKELMANN_QUOTE
    plain = f"""{SCHAEFER_TEXT}
________________________________
From: Demir, Yusuf <y.demir@caritas-hagen.example>
Sent: Tuesday, March 2, 2027 3:10:05 PM
To: Brökelmann, Anna <a.broekelmann@caritas-hagen.example>; {NT_NAME} <{NT}>
Cc: Schäfer, Olga <o.schaefer@caritas-hagen.example>
Subject: {DEMIR_SUBJECT}

{DEMIR_TEXT}

Von: {b['von']}
Gesendet: {b['gesendet']}
An: {b['an']}
Cc: {b['cc']}
Betreff: {b['betreff']}

{b['text']}"""
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
                 + "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                           for line in plain.split("\n")) + "</body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# A team lead registers two colleagues (both in Cc) for two different workshops
# and does not come herself; the confirmation is to go to her.  Labelled with
# the first-named attendee and her workshop, party_size 2 (README decision 1).

@mail("lohmann-lead-registers-two-colleagues", "2027-03-03 09:12:33",
      E("registration", "p.lohmann@diakonie-en.example", "Ewa Nowicka",
        "Diakonie Ennepe-Ruhr e.V.", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Petra Lohmann <p.lohmann@diakonie-en.example>"),
           ("To", NT),
           ("Cc", "Ewa Nowicka <e.nowicka@diakonie-en.example>, Samir Haddad <s.haddad@diakonie-en.example>"),
           ("Subject", "Anmeldung von zwei Mitarbeitenden – Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<20270303091233.5f2c8a@diakonie-en.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Hülsbusch,

für unseren Fachdienst Migration melde ich zwei Kolleg*innen zum Netzwerktag am 21.04.2027 an:

- Frau Ewa Nowicka – Workshop 4 (Aufenthaltsrecht aktuell)
- Herr Samir Haddad – Workshop 1 (Antidiskriminierungsberatung)

Ich selbst bin an dem Tag leider im Urlaub. Die beiden habe ich in CC gesetzt; die Bestätigung schicken Sie bitte an mich, ich leite sie weiter.

Mit freundlichen Grüßen

Petra Lohmann
Fachbereichsleitung Migration und Integration
Diakonie Ennepe-Ruhr e.V.
Körnerstraße 12, 58452 Witten
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Reply to a colleague's forward of the invitation (the council's office
# forwarded it and asked members to register directly, with her in Cc).
# Outlook plain text, two "-----Ursprüngliche Nachricht-----" blocks.
# Workshop only by (part of) its title.

REMMERT_FWD = """Liebe Mitglieder des Integrationsrats,

anbei die Einladung des KI Hagen zum Netzwerktag. Der Workshop 2 dürfte für uns als Gremium besonders spannend sein, aber auch die anderen Themen lohnen sich. Wer teilnehmen möchte, meldet sich bitte direkt bei netzwerktag@hagen.example an und setzt mich in CC, damit ich den Überblick behalte und Fahrgemeinschaften organisieren kann.

Viele Grüße
Claudia Remmert
Geschäftsstelle Integrationsrat
Stadt Iserlohn"""

YURTSEVEN_TEXT = """Sehr geehrte Damen und Herren,

wie von Frau Remmert vorgeschlagen melde ich mich direkt bei Ihnen an: Ich würde gern am Workshop „Integrationsräte stärken“ teilnehmen.

Freundliche Grüße
Hatice Yurtseven
Mitglied im Integrationsrat der Stadt Iserlohn"""

YURTSEVEN_SUBJECT = "AW: WG: " + INVITATION_SUBJECT


@mail("yurtseven-reply-to-colleagues-forward", "2027-03-03 10:31:02",
      E("registration", "hatice.yurtseven@mail.example", "Hatice Yurtseven",
        "Integrationsrat der Stadt Iserlohn", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Hatice Yurtseven <hatice.yurtseven@mail.example>"),
           ("To", TO_NT),
           ("Cc", '"Remmert, Claudia" <c.remmert@iserlohn.example>'),
           ("Subject", YURTSEVEN_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000b01db8c1e$6a2f4d10$3e8de730$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""{YURTSEVEN_TEXT}

-----Ursprüngliche Nachricht-----
Von: Remmert, Claudia <c.remmert@iserlohn.example>
Gesendet: Mittwoch, 3. März 2027 08:05
An: Remmert, Claudia <c.remmert@iserlohn.example>
Betreff: WG: {INVITATION_SUBJECT}

{REMMERT_FWD}

-----Ursprüngliche Nachricht-----
Von: {NT_NAME} <{NT}>
Gesendet: Dienstag, 2. März 2027 09:15
An: {NT_NAME} <{NT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}
""", charset="windows-1252", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Other: the office's reply-all to 006, written to the council member; the
# organiser is only in Cc.  "zu dritt" and the quoted registration are not a
# registration of the writer.

@mail("remmert-reply-all-carpool", "2027-03-03 11:20:44",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", '"Remmert, Claudia" <c.remmert@iserlohn.example>'),
           ("To", "Hatice Yurtseven <hatice.yurtseven@mail.example>"),
           ("Cc", TO_NT),
           ("Subject", "AW: " + YURTSEVEN_SUBJECT),
           ("Thread-Topic", "WG: " + INVITATION_SUBJECT),
           ("Thread-Index", "AQHbjB5qLy9NEAAy0k2B7sV1pX4cGA=="),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0734E1F2A3B4C5D6@AM0P190MB0734.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<000b01db8c1e$6a2f4d10$3e8de730$@mail.example>"),
           ("References", "<000b01db8c1e$6a2f4d10$3e8de730$@mail.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = """Liebe Frau Yurtseven,

prima, danke für die schnelle Rückmeldung! Herr Brune und Frau Okafor haben sich auch schon gemeldet, dann sind wir aus Iserlohn zu dritt. Ich organisiere eine Fahrgemeinschaft, Abfahrt am 21.04. um 8:30 Uhr am Rathaus.

Viele Grüße
Claudia Remmert
Geschäftsstelle Integrationsrat
Stadt Iserlohn"""
    quotes = [Q("Hatice Yurtseven <hatice.yurtseven@mail.example>",
                "Mittwoch, 3. März 2027 10:31", f"{NT_NAME} <{NT}>",
                YURTSEVEN_SUBJECT, YURTSEVEN_TEXT,
                cc="Remmert, Claudia <c.remmert@iserlohn.example>")]
    m.alternative(outlook_plain(text, quotes), outlook_html(text, quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Turkish; reply (Gmail, Turkish interface) to a colleague's Turkish forward of
# the invitation, organiser in To, the colleague in Cc.  "4. atölye" = workshop
# 4; "bir arkadaşım da benimle gelecek, yani iki kişi" = 2.

AKTAS_TEXT = """Merhaba,

Ayten Hanım'ın ilettiği davet üzerine Netzwerktag'a kayıt olmak istiyorum. 4. atölyeye (Aufenthaltsrecht aktuell: Chancen-Aufenthaltsrecht ve vatandaşlık) katılmak istiyorum. Derneğimizden bir arkadaşım da benimle gelecek, yani iki kişi olacağız.

Ayten Hanım, haber verdiğiniz için çok teşekkürler!

Saygılarımla
Cengiz Aktaş
Witten Uyum Meclisi üyesi
Integrationsrat der Stadt Witten"""

AYTEN_FWD = f"""Sevgili arkadaşlar,

Hagen'deki Netzwerktag davetini aşağıda iletiyorum. Beş atölye var, özellikle 2. atölye Uyum Meclisi üyeleri için faydalı olabilir. Katılmak isteyen doğrudan netzwerktag@hagen.example adresine yazsın, son gün 9 Nisan.

Selamlar
Ayten Kılınç

---------- Forwarded message ---------
Gönderen: {NT_NAME} <{NT}>
Date: 2 Mar 2027 Sal, 09:15
Subject: {INVITATION_SUBJECT}
To: {NT_NAME} <{NT}>


{INVITATION}"""


@mail("aktas-turkish-reply-to-forward", "2027-03-03 18:02:19",
      E("registration", "cengiz.aktas@mail.example", "Cengiz Aktaş",
        "Integrationsrat der Stadt Witten", ["WS4"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Cengiz Aktaş <cengiz.aktas@mail.example>"),
           ("To", TO_NT),
           ("Cc", "Ayten Kılınç <ayten.kilinc@mail.example>"),
           ("Subject", "Re: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kz9Wq2bT7mYc0pR5nL8vX1dH4gJ6sE9aU2oK7iN3tB5wQfA@mail.gmail.example>"),
           ("In-Reply-To", "<CAL8dN2pX4vR7tQ1mZ9bK3wY6cH0fJ5sA8gE2uO4iT7nB1xLrWg@mail.gmail.example>"),
           ("References", "<CAL8dN2pX4vR7tQ1mZ9bK3wY6cH0fJ5sA8gE2uO4iT7nB1xLrWg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    attribution = "Ayten Kılınç <ayten.kilinc@mail.example>, 3 Mar 2027 Çar, 12:40 tarihinde şunu yazdı:"
    m.alternative(gmail_plain(AKTAS_TEXT, attribution, AYTEN_FWD),
                  gmail_html(AKTAS_TEXT, attribution, AYTEN_FWD),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Question only (she will register after the answer), a colleague in Cc; the
# numbered list "1." / "2." is not a workshop choice.

@mail("brinkhoff-question-cc-colleague", "2027-03-04 08:40:55",
      E("question", "j.brinkhoff@kirchenkreis-hagen.example", "Jutta Brinkhoff",
        "Evangelischer Kirchenkreis Hagen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jutta Brinkhoff <j.brinkhoff@kirchenkreis-hagen.example>"),
           ("To", NT),
           ("Cc", "Miriam Schmitz <m.schmitz@kirchenkreis-hagen.example>"),
           ("Subject", "Fragen zum Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<6e1d0c7a-93f2-4b58-a0e4-2f8c5d9b7a13@kirchenkreis-hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Hülsbusch,

vielen Dank für die Einladung. Zwei Fragen, bevor wir uns anmelden:

1. Gibt es an der Stadthalle genügend Parkplätze, oder kommen wir besser
   mit dem Bus?
2. Zwei unserer ehrenamtlichen Sprachmittlerinnen würden gern mitkommen.
   Dürfen auch Ehrenamtliche teilnehmen, oder richtet sich der Tag nur an
   Hauptamtliche und Ratsmitglieder?

Meine Kollegin Frau Schmitz habe ich in CC gesetzt.

Mit freundlichen Grüßen
Jutta Brinkhoff
Flüchtlingsberatung
Evangelischer Kirchenkreis Hagen
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# English registration with first and second choice and a question (still a
# registration); Gmail multipart/alternative.

MENSAH_TEXT = """Dear Ms Hülsbusch,

I'm a volunteer adviser at the Refugee Law Clinic Bochum and a colleague passed on your invitation. I would like to register for the network day on 21 April. My first choice would be workshop 4 (residence law / naturalisation), my second choice workshop 1.

I'll be coming alone. Is it OK if I take part in English? My German is fine for listening, but I'm not yet confident speaking in a group.

Kind regards,
Samuel Mensah
Refugee Law Clinic Bochum e.V."""


@mail("mensah-english-first-second", "2027-03-04 11:15:30",
      E("registration", "samuel.mensah@rlc-bochum.example", "Samuel Mensah",
        "Refugee Law Clinic Bochum e.V.", ["WS4", "WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Samuel Mensah <samuel.mensah@rlc-bochum.example>"),
           ("To", NT),
           ("Subject", "Registration – network day 21 April"),
           ("Date", m.date),
           ("Message-ID", "<CAH5vQ8nR2kT0wZ3pL7mX9bY4cJ1dF6sG8aE3uO5iK2tN7xBqVw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MENSAH_TEXT, gmail_html(MENSAH_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), UTC date.

WIESMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 15. März 2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Kommunale Integrationszentrum Kreis Unna, Tel. 02303 27-1550.

Mit freundlichen Grüßen
Gregor Wiesmann"""


@mail("wiesmann-exchange-out-of-office", "2027-03-04 12:20:08",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Wiesmann, Gregor" <g.wiesmann@kreis-unna.example>'),
           ("To", TO_NT),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbjDlR0cY7n3Kq9Ui2wZ5xP8mT1g=="),
           ("Date", m.date),
           ("Message-ID", "<5c2e9a7b1f3d4e80@EXCH02.kreis-unna.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WIESMANN_OOF), outlook_html(WIESMANN_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Polish, iso-8859-2 quoted-printable, RFC 2047 name and subject in
# ISO-8859-2.  "warsztat nr 3"; "będziemy we dwie" = the two of us (2).

@mail("wrobel-polish-iso-8859-2", "2027-03-05 09:02:47",
      E("registration", "a.wrobel@polonia-dortmund.example", "Agnieszka Wróbel",
        "Stowarzyszenie Polonia Dortmund e.V.", ["WS3"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wróbel", "a.wrobel@polonia-dortmund.example", "iso-8859-2", "q")),
           ("To", NT),
           ("Subject", ew("Zgłoszenie na Netzwerktag 21.04.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<1d7e3b92-4a0c-48f6-b2e1-9c5a7f3d0e84@polonia-dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić swój udział w Netzwerktag 21 kwietnia w Hagen.
Interesuje mnie warsztat nr 3 (Online-Beratung und Datenschutz), bo w
naszym stowarzyszeniu od roku prowadzimy porady przez WhatsApp i wideo.
Przyjdę razem z koleżanką z zarządu, czyli będziemy we dwie.

Pozdrawiam serdecznie
Agnieszka Wróbel
Stowarzyszenie Polonia Dortmund e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Reply-all quoting a colleague's registration (Workshop 3) and adding her own:
# "nicht für die Online-Beratung, sondern für Workshop 1".  Thunderbird quote.

FELDMANN_REG = """Sehr geehrte Frau Hülsbusch,

hiermit melde ich mich zum Netzwerktag am 21. April an, für den Workshop 3
(Online-Beratung und Datenschutz). Ich komme allein. Die Kolleginnen in CC
überlegen noch.

Viele Grüße
Markus Feldmann
Jugendmigrationsdienst
AWO Unterbezirk Unna"""


@mail("kraus-reply-all-adds-herself", "2027-03-05 14:48:12",
      E("registration", "s.kraus@awo-unna.example", "Svetlana Kraus",
        "AWO Unterbezirk Unna", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Svetlana Kraus <s.kraus@awo-unna.example>"),
           ("To", "Markus Feldmann <m.feldmann@awo-unna.example>, " + TO_NT),
           ("Cc", "Ilona Brandt <i.brandt@awo-unna.example>"),
           ("Subject", "Re: Anmeldung Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<a3f80e1c-6b2d-4d97-9e5a-0c4b7f1d2e68@awo-unna.example>"),
           ("In-Reply-To", "<7c5e2d19-0a4b-4f83-b6d1-e9a2c3f08b57@awo-unna.example>"),
           ("References", "<7c5e2d19-0a4b-4f83-b6d1-e9a2c3f08b57@awo-unna.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Hülsbusch,
hallo Markus,

ich hänge mich gleich an: Bitte melden Sie mich ebenfalls für den
Netzwerktag an – allerdings nicht für die Online-Beratung, sondern für
Workshop 1 (Antidiskriminierung). Das passt besser zu meinem
Arbeitsbereich.

Danke und viele Grüße
Svetlana Kraus
Integrationsagentur
AWO Unterbezirk Unna

Am 05.03.2027 um 11:32 schrieb Markus Feldmann:
{gt_quote(FELDMANN_REG)}
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 QP, from the council's shared mailbox with the
# chair's private Reply-To (asked for in the text).  Three persons, all in
# Workshop 2 by its full title in typographic quotes.

ER_TEXT = """Sehr geehrte Frau Hülsbusch,

im Namen des Integrationsrats der Stadt Hagen melde ich uns zum Netzwerktag an. Wir kommen zu dritt: Herr Ioannis Papadakis, Frau Leyla Rahimi und ich. Wir möchten alle drei in den Workshop „Integrationsräte stärken: Beteiligung und Gremienarbeit“.

Als gastgebende Stadt freuen wir uns besonders auf den Austausch!

Bitte antworten Sie an meine persönliche Adresse, das Postfach des Integrationsrats wird nur unregelmäßig gelesen.

Mit freundlichen Grüßen

Dr. Nurcan Er
Vorsitzende
Integrationsrat der Stadt Hagen"""


@mail("er-integrationsrat-hagen-reply-to", "2027-03-06 10:05:36",
      E("registration", "nurcan.er@mail.example", "Nurcan Er",
        "Integrationsrat der Stadt Hagen", ["WS2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Integrationsrat Hagen <integrationsrat@hagen.example>"),
           ("Reply-To", "Nurcan Er <nurcan.er@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Anmeldung Integrationsrat Hagen"),
           ("Thread-Topic", "Anmeldung Integrationsrat Hagen"),
           ("Thread-Index", "AdtuNq4zR1pYc8WmT2kL0vB5xE7gHw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB0917D4C2A6E8F0B1C3D5E7A9B2C4@FR3P281MB0917.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ER_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# French, iso-8859-1 8bit.  "l'atelier 5"; "Je viendrai seule" = 1.

@mail("traore-french", "2027-03-06 16:30:21",
      E("registration", "mariam.traore@afag.example", "Mariam Traoré",
        "Association des Femmes Africaines de Gelsenkirchen", ["WS5"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Mariam Traoré", "mariam.traore@afag.example", "iso-8859-1", "q")),
           ("To", NT),
           ("Subject", ew("Inscription à la journée du 21 avril", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270306163021.GA4417@afag.example>"),
           ("User-Agent", "Mutt/2.2.9 (2022-11-12)"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame Hülsbusch,

Je vous remercie pour l'invitation au Netzwerktag du 21 avril. Je
souhaiterais m'inscrire à l'atelier 5 sur la reconnaissance des diplômes
étrangers (Anerkennung ausländischer Berufsabschlüsse) : c'est la question
qui revient le plus souvent dans notre association.

Je viendrai seule.

Bien cordialement,
Mariam Traoré
Association des Femmes Africaines de Gelsenkirchen
""", charset="iso-8859-1", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Phone mail, very short, "WS 1" in the subject and the body; iPhone
# alternative (Apple HTML).

AYDIN_TEXT = """Hallo,
hiermit melde ich mich für WS 1 an.
Viele Grüße
Deniz Aydın
Servicestelle Antidiskriminierungsarbeit Bochum

Von meinem iPhone gesendet"""


@mail("aydin-phone-ws1", "2027-03-08 07:51:09",
      E("registration", "deniz.aydin@sada-bochum.example", "Deniz Aydın",
        "Servicestelle Antidiskriminierungsarbeit Bochum", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Deniz Aydın", "deniz.aydin@sada-bochum.example", "utf-8", "b")),
           ("To", NT),
           ("Subject", "Anmeldung WS 1"),
           ("Date", m.date),
           ("Message-ID", "<3E8B1A27-5C4D-4F90-9A6E-7D2C0B1F4E35@sada-bochum.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDIN_TEXT, apple_html(AYDIN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 017 ---------------------------------------------------------------------
# Newsletter of the state integration council (other): names the Netzwerktag,
# its five workshops and the registration address.

LIR_TEXT = """Landesintegrationsrat NRW – Infobrief März 2027

Liebe Mitglieder der Integrationsräte,

in diesem Infobrief:
1. Netzwerktag in Hagen am 21. April
2. Fortbildungsreihe „Gremienarbeit kompakt“ – neue Termine
3. Stellungnahme zum Teilhabe- und Integrationsgesetz

1. Netzwerktag in Hagen am 21. April
Das Kommunale Integrationszentrum Hagen lädt Integrationsräte und Beratungsstellen aus der Region zu einem Netzwerktag in die Stadthalle ein. In fünf Workshops geht es um Antidiskriminierungsberatung, die Stärkung der Integrationsräte, Online-Beratung und Datenschutz, das aktuelle Aufenthaltsrecht sowie die Anerkennung ausländischer Berufsabschlüsse. Anmeldung bis 9. April an netzwerktag@hagen.example.

2. Fortbildungsreihe „Gremienarbeit kompakt“
Ab Mai bieten wir wieder Online-Abende zu Geschäftsordnung, Anträgen und Haushalt an. Termine und Anmeldung: https://landesintegrationsrat-nrw.example/fortbildung

3. Stellungnahme zum Teilhabe- und Integrationsgesetz
Unsere Stellungnahme finden Sie unter https://landesintegrationsrat-nrw.example/stellungnahmen

Sie erhalten diesen Infobrief als Mitglied eines Integrationsrats in NRW.
Abmelden: https://landesintegrationsrat-nrw.example/infobrief/abmelden?id=20415
Landesintegrationsrat NRW · Geschäftsstelle · Düsseldorf"""

LIR_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Infobrief März 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#7a1f3d;color:#fff;"><h1 style="margin:0;font-size:22px;">Landesintegrationsrat NRW</h1><p style="margin:4px 0 0;">Infobrief März 2027</p></td></tr>
<tr><td>
<p>Liebe Mitglieder der Integrationsräte,</p>
<p>in diesem Infobrief:</p>
<ol><li>Netzwerktag in Hagen am 21. April</li><li>Fortbildungsreihe „Gremienarbeit kompakt“ – neue Termine</li><li>Stellungnahme zum Teilhabe- und Integrationsgesetz</li></ol>
<h2 style="font-size:17px;color:#7a1f3d;">Netzwerktag in Hagen am 21. April</h2>
<p>Das Kommunale Integrationszentrum Hagen lädt Integrationsräte und Beratungsstellen aus der Region zu einem Netzwerktag in die Stadthalle ein. In fünf Workshops geht es um Antidiskriminierungsberatung, die Stärkung der Integrationsräte, Online-Beratung und Datenschutz, das aktuelle Aufenthaltsrecht sowie die Anerkennung ausländischer Berufsabschlüsse. Anmeldung bis 9. April an <a href="mailto:netzwerktag@hagen.example">netzwerktag@hagen.example</a>.</p>
<h2 style="font-size:17px;color:#7a1f3d;">Fortbildungsreihe „Gremienarbeit kompakt“</h2>
<p>Ab Mai bieten wir wieder Online-Abende zu Geschäftsordnung, Anträgen und Haushalt an. <a href="https://landesintegrationsrat-nrw.example/fortbildung">Termine und Anmeldung</a></p>
<h2 style="font-size:17px;color:#7a1f3d;">Stellungnahme zum Teilhabe- und Integrationsgesetz</h2>
<p><a href="https://landesintegrationsrat-nrw.example/stellungnahmen">Zur Stellungnahme</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Infobrief als Mitglied eines Integrationsrats in NRW.<br>
<a href="https://landesintegrationsrat-nrw.example/infobrief/abmelden?id=20415">Abmelden</a> · Landesintegrationsrat NRW · Geschäftsstelle · Düsseldorf</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("landesintegrationsrat-infobrief", "2027-03-08 10:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Landesintegrationsrat NRW <infobrief@landesintegrationsrat-nrw.example>"),
           ("To", NT),
           ("Subject", "Infobrief März 2027: Netzwerktag Hagen, Gremienarbeit kompakt"),
           ("Date", m.date),
           ("Message-ID", "<ib-2027-03.20415.9d3e1a@landesintegrationsrat-nrw.example>"),
           ("List-Id", "Infobrief Landesintegrationsrat <infobrief.landesintegrationsrat-nrw.example>"),
           ("List-Unsubscribe", "<https://landesintegrationsrat-nrw.example/infobrief/abmelden?id=20415>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(LIR_TEXT, LIR_HTML, charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# English reply-all to a German colleague's forward of the invitation (she
# asked the team to reply all, the organiser being in Cc).  He names the
# workshop his colleague wants ("the residence law one") as hers, not his.

SANDER_FWD = f"""Hallo Chinedu, hallo Lena,

das wäre doch was für euch, oder? Ihr könnt euch direkt anmelden – einfach "allen antworten", das KI Hagen habe ich in CC gesetzt.

Liebe Grüße
Julia

---------- Forwarded message ---------
Von: {NT_NAME} <{NT}>
Date: Di., 2. März 2027 um 09:15 Uhr
Subject: {INVITATION_SUBJECT}
To: {NT_NAME} <{NT}>


{INVITATION}"""

OKONKWO_TEXT = """Hi Julia,

thanks for forwarding! Yes, I'd love to join.

Dear organisers, please register me for workshop 3 (online counselling and data protection). Julia would rather go to the residence law one herself – she'll write to you separately.

Best,
Chinedu Okonkwo
Jugendmigrationsdienst Dortmund"""


@mail("okonkwo-english-reply-all-forward", "2027-03-09 12:14:50",
      E("registration", "c.okonkwo@jmd-dortmund.example", "Chinedu Okonkwo",
        "Jugendmigrationsdienst Dortmund", ["WS3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okonkwo <c.okonkwo@jmd-dortmund.example>"),
           ("To", "Julia Sander <j.sander@jmd-dortmund.example>"),
           ("Cc", f"{TO_NT}, Lena Hartmann <l.hartmann@jmd-dortmund.example>"),
           ("Subject", "Re: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN2rW7xB4qT9mY1pK6vZ3cL8dH0fJ5sG2aE7uO9iR4tN1wXkPg@mail.gmail.example>"),
           ("In-Reply-To", "<CAE9mT3kP7wQ2xR5nV8bZ1cY4dH6fJ0sL3aG9uO2iK5tB8xNrMw@mail.gmail.example>"),
           ("References", "<CAE9mT3kP7wQ2xR5nV8bZ1cY4dH6fJ0sL3aG9uO2iK5tB8xNrMw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    attribution = "On Tue, 9 Mar 2027 at 10:02, Julia Sander <j.sander@jmd-dortmund.example> wrote:"
    m.alternative(gmail_plain(OKONKWO_TEXT, attribution, SANDER_FWD),
                  gmail_html(OKONKWO_TEXT, attribution, SANDER_FWD),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# A team lead registers herself (Workshop 2) and a colleague in Cc for another
# workshop (5): workgroups = her own choice, party_size 2 (vereinsforum
# decision 3).  Outlook alternative with a legal disclaimer; "Dr." in the
# display name.

VOGT_TEXT = """Sehr geehrte Frau Hülsbusch,

hiermit melde ich mich für den Netzwerktag an, und zwar für Workshop 2 (Integrationsräte stärken). Mein Kollege Thomas Brandt (in CC) kommt ebenfalls mit; er möchte gern in Workshop 5 zur Anerkennung.

Mit freundlichen Grüßen
Im Auftrag

Sabine Vogt
Leiterin
Kommunales Integrationszentrum Märkischer Kreis
Bismarckstraße 15, 58762 Altena
Tel. 02352 966-7180

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet."""


@mail("vogt-lead-self-and-colleague", "2027-03-09 15:40:26",
      E("registration", "s.vogt@maerkischer-kreis.example", "Sabine Vogt",
        "Kommunales Integrationszentrum Märkischer Kreis", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Vogt, Sabine" <s.vogt@maerkischer-kreis.example>'),
           ("To", TO_NT),
           ("Cc", '"Brandt, Thomas" <t.brandt@maerkischer-kreis.example>'),
           ("Subject", "Anmeldung Netzwerktag – KI Märkischer Kreis"),
           ("Thread-Topic", "Anmeldung Netzwerktag – KI Märkischer Kreis"),
           ("Thread-Index", "AdtxF0m3Rk8qZp2TcW5yL9vN1bE4uA=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2044F3A7C9E1D5B2A4C6E8F0A1B3@BE1P281MB2044.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(VOGT_TEXT), outlook_html(VOGT_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Question in Turkish (who may attend, translation); they will register after
# the answer.  iso-8859-9 quoted-printable.

@mail("guler-turkish-question", "2027-03-10 19:22:14",
      E("question", "fatma.guler@mail.example", "Fatma Güler",
        "Hagen Türk Kadınlar Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Fatma Güler", "fatma.guler@mail.example", "iso-8859-9", "q")),
           ("To", NT),
           ("Subject", ew("Netzwerktag hakkında soru", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1773166934.482205.31877@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Netzwerktag hakkında bir sorum olacaktı: Bu toplantıya sadece Uyum
Meclisi üyeleri ve danışma merkezlerinin çalışanları mı katılabilir, yoksa
derneklerimizin gönüllüleri de katılabilir mi? Bizim dernekte göçmenlere
gönüllü olarak danışmanlık yapan üç arkadaşımız var.

Bir de atölyelerde Türkçe tercüme olacak mı?

Cevabınıza göre kayıt yaptıracağız.

Saygılarımla
Fatma Güler
Hagen Türk Kadınlar Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# HTML only from a webmailer, UTF-8 base64; the workshop by a shortened title
# in quotes; "wir wären also zu zweit" = 2.

HOFFMANN_TEXT = """Guten Abend,

ich möchte mich gern zum Netzwerktag am 21.04. anmelden, und zwar für den Workshop „Aufenthaltsrecht aktuell“. Meine Kollegin Derya aus der Flüchtlingsberatung kommt mit, wir wären also zu zweit.

Viele Grüße
Birgit Hoffmann
Flüchtlingshilfe Schwelm e.V.
Hauptstraße 40, 58332 Schwelm"""


@mail("hoffmann-html-only-two", "2027-03-10 21:05:33",
      E("registration", "birgit.hoffmann@fluechtlingshilfe-schwelm.example", "Birgit Hoffmann",
        "Flüchtlingshilfe Schwelm e.V.", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Birgit Hoffmann <birgit.hoffmann@fluechtlingshilfe-schwelm.example>"),
           ("To", NT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a2d4c81-e5b3-4f06-9d1a-3c8e0b7f2a64-1773173133045@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(div_html(HOFFMANN_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Reply to a colleague's forward: written to the colleague, organiser in Cc,
# with a line addressed to each.  First and second choice.  Thunderbird quotes
# the forward with its "Weitergeleitete Nachricht" header block.

SCHULTE_FWD = f"""Liebe Mitglieder des Integrationsrats,

zur Info die Einladung aus Hagen. Wer mitmöchte, bitte direkt dort anmelden.

Herzliche Grüße
Andrea Schulte
Geschäftsführung Integrationsrat Schwerte


-------- Weitergeleitete Nachricht --------
Betreff: {INVITATION_SUBJECT}
Datum: Tue, 2 Mar 2027 09:15:02 +0100
Von: {NT_NAME} <{NT}>
An: {NT_NAME} <{NT}>

{INVITATION}"""


@mail("petrovic-reply-to-forward-cc-organiser", "2027-03-11 08:55:42",
      E("registration", "goran.petrovic@mail.example", "Goran Petrović",
        "Integrationsrat der Stadt Schwerte", ["WS1", "WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Goran Petrović <goran.petrovic@mail.example>"),
           ("To", "Andrea Schulte <a.schulte@schwerte.example>"),
           ("Cc", TO_NT),
           ("Subject", "Re: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e4b27c0d-18f3-4a9e-b5d6-72c1a0f9e3b8@mail.example>"),
           ("In-Reply-To", "<2b6c9e14-7d0a-4f3b-8e52-a1c7d4f06b93@schwerte.example>"),
           ("References", "<2b6c9e14-7d0a-4f3b-8e52-a1c7d4f06b93@schwerte.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Schulte,
danke fürs Weiterleiten!

An das Team vom Netzwerktag: Bitte melden Sie mich für Workshop 1 an.
Falls der schon voll ist, gern Workshop 2.

Beste Grüße
Goran Petrović
Integrationsrat der Stadt Schwerte

Am 10.03.2027 um 17:21 schrieb Andrea Schulte:
{gt_quote(SCHULTE_FWD)}
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: the remote server
# rejects the local part.  The returned confirmation names Workshop 5.

@mail("postfix-bounce-unknown-user", "2027-03-11 09:01:17",
      E("bounce", bounced="leyla.simsek@jmd-hamm.example"), "en")
def _(m):
    rcpt = "leyla.simsek@jmd-hamm.example"
    m.head(("From", "MAILER-DAEMON@mail.hagen.example (Mail Delivery System)"),
           ("To", NT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270311080117.4C7E21A0F3@mail.hagen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hagen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.jmd-hamm.example[198.51.100.47] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hagen.example"),
         ("X-Postfix-Queue-ID", "4C7E21A0F3"),
         ("X-Postfix-Sender", f"rfc822; {NT}"),
         ("Arrival-Date", "Thu, 11 Mar 2027 09:01:14 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.jmd-hamm.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Leyla Şimşek <{rcpt}>", "Frau Şimşek", "WS5", 1,
        "Thu, 11 Mar 2027 09:01:13 +0100", "<mailbot.20270311090113.6b2e@hagen.example>",
        "<5f0c3a9e-21d7-4b68-9e4a-b7c1d0e2f395@jmd-hamm.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Registration without a workshop choice ("vor Ort festlegen"); "alle fünf"
# is not a choice.  iso-8859-1, 8bit.

@mail("lange-no-workshop-yet", "2027-03-12 13:30:05",
      E("registration", "martina.lange@jmd-hamm.example", "Martina Lange",
        "Jugendmigrationsdienst Hamm", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Martina Lange <martina.lange@jmd-hamm.example>"),
           ("To", NT),
           ("Subject", "Anmeldung Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<000601db9345$2b8c4e70$82a4eb50$@jmd-hamm.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Hülsbusch,

hiermit melde ich mich zum Netzwerktag am 21. April an. Welchen Workshop ich
besuche, würde ich gern vor Ort festlegen, denn ich kann mich zwischen den
Themen noch nicht entscheiden, eigentlich interessieren mich alle fünf.

Ich komme allein.

Mit freundlichen Grüßen
Martina Lange
Jugendmigrationsdienst Hamm
""", charset="iso-8859-1", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# A forward ("WG:") of a colleague's registration (Workshop 1, 1 person) with
# her own added: "für Workshop 5 statt Workshop 1", with a trainee (2).
# Outlook plain text, windows-1252 QP.

@mail("brandes-forwards-colleagues-registration", "2027-03-12 16:12:40",
      E("registration", "m.brandes@caritas-luedenscheid.example", "Monika Brandes",
        "Caritasverband für das Dekanat Lüdenscheid e.V.", ["WS5"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Brandes, Monika" <m.brandes@caritas-luedenscheid.example>'),
           ("To", NT),
           ("Cc", '"Kuhlmann, Birgit" <b.kuhlmann@caritas-luedenscheid.example>'),
           ("Subject", "WG: Anmeldung Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<000c01db9356$71d3a2e0$557be8a0$@caritas-luedenscheid.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Hülsbusch,

meine Kollegin Frau Kuhlmann hat sich bereits angemeldet (siehe unten). Ich möchte mich ebenfalls anmelden, allerdings für Workshop 5 statt Workshop 1. Unsere Praktikantin Lea Schröer würde mich begleiten, also bitte 2 Personen.

Mit freundlichen Grüßen
Monika Brandes
Migrationsdienst
Caritasverband für das Dekanat Lüdenscheid e.V.

-----Ursprüngliche Nachricht-----
Von: Kuhlmann, Birgit <b.kuhlmann@caritas-luedenscheid.example>
Gesendet: Freitag, 12. März 2027 11:40
An: {NT}
Cc: Brandes, Monika <m.brandes@caritas-luedenscheid.example>
Betreff: Anmeldung Netzwerktag

Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Netzwerktag am 21.04.2027 an, Workshop 1 (Antidiskriminierungsberatung). Ich komme allein.

Mit freundlichen Grüßen
Birgit Kuhlmann
Caritasverband für das Dekanat Lüdenscheid e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Change 3 -> 1, phrased as a question ("Ist das noch möglich?"); Outlook HTML
# only, windows-1252, quoting the confirmation (Workshop 3).

HOELSCHER_TEXT = """Sehr geehrte Frau Hülsbusch,

nach Rücksprache mit meiner Teamleitung würde ich doch lieber in den Workshop 1 (Antidiskriminierungsberatung) statt in den Workshop 3 gehen. Könnten Sie mich bitte umtragen?

Vielen Dank und freundliche Grüße

Benedikt Hölscher
Migrationsberatung
DRK-Kreisverband Hagen e.V."""


@mail("hoelscher-change-outlook-html", "2027-03-15 10:02:11",
      E("change", "b.hoelscher@drk-hagen.example", "Benedikt Hölscher",
        "DRK-Kreisverband Hagen e.V.", ["WS1"], None, "de"), "de")
def _(m):
    m.head(("From", OL("Hölscher, Benedikt", "b.hoelscher@drk-hagen.example")),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHblEd2p8Yz3Wc0T5kR1xN7vQ9mLw=="),
           ("Date", m.date),
           ("Message-ID", "<FR4P281MB3390A7C2E5D9B1F3A6C8E0D2B4F6@FR4P281MB3390.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270308141907.2d8f@hagen.example>"),
           ("References", "<mailbot.20270308141907.2d8f@hagen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [Q(f"{NT_NAME} <{NT}>", "Montag, 8. März 2027 14:19",
                "Hölscher, Benedikt <b.hoelscher@drk-hagen.example>",
                CONFIRMATION_SUBJECT, confirmation("Herr Hölscher", "WS3", 1))]
    m.single(outlook_html(HOELSCHER_TEXT, quotes), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Reply-all to a colleague's registration (Workshop 2): "dann komme ich auch
# mit! Aber nicht in Sevgis Workshop, sondern in den zur Anerkennung ...".
# Gmail, German interface.

ARSLAN_REG = """Sehr geehrte Frau Hülsbusch,

hiermit melde ich mich für den Netzwerktag an, am liebsten im Workshop 2 (Integrationsräte stärken). Thomas aus unserem Rat habe ich in CC gesetzt, vielleicht hat er auch Zeit.

Viele Grüße
Sevgi Arslan
Integrationsrat Hamm"""

KERSTING_TEXT = """Liebe Sevgi, liebe Frau Hülsbusch,

dann komme ich auch mit! Aber nicht in Sevgis Workshop, sondern in den zur Anerkennung ausländischer Berufsabschlüsse – da bereiten wir im Rat gerade einen Antrag vor.

Schöne Grüße
Thomas Kersting
sachkundiger Bürger
Integrationsrat Hamm"""


@mail("kersting-reply-all-to-colleague", "2027-03-15 14:40:29",
      E("registration", "thomas.kersting@mail.example", "Thomas Kersting",
        "Integrationsrat Hamm", ["WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thomas Kersting <thomas.kersting@mail.example>"),
           ("To", f"Sevgi Arslan <sevgi.arslan@mail.example>, {TO_NT}"),
           ("Subject", "Re: Anmeldung Netzwerktag Hagen"),
           ("Date", m.date),
           ("Message-ID", "<CAD4sP9vL2mQ7xT0wK5bZ8cR3nH1fJ6yG9aE4uO7iB2tN5xWqSg@mail.gmail.example>"),
           ("In-Reply-To", "<CAB1nQ6tR9wX3mZ7pK0vL4cY8dH2fJ5sG1aE6uO3iT9nB7xPrKw@mail.gmail.example>"),
           ("References", "<CAB1nQ6tR9wX3mZ7pK0vL4cY8dH2fJ5sG1aE6uO3iT9nB7xPrKw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    attribution = ("Am Mo., 15. März 2027 um 11:03 Uhr schrieb Sevgi Arslan "
                   "<sevgi.arslan@mail.example>:")
    m.alternative(gmail_plain(KERSTING_TEXT, attribution, ARSLAN_REG),
                  gmail_html(KERSTING_TEXT, attribution, ARSLAN_REG),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Turkish, iso-8859-9 QP, RFC 2047 B-encoded name; "üç kişi" = 3; "2. atölye"
# with the German title; the organisation is written in German.

@mail("koc-turkish-three-persons", "2027-03-16 20:10:52",
      E("registration", "erdal.koc@mail.example", "Erdal Koç",
        "Integrationsrat der Stadt Herne", ["WS2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Erdal Koç", "erdal.koc@mail.example", "iso-8859-9", "b")),
           ("To", NT),
           ("Subject", ew("Kayıt: Netzwerktag 21 Nisan", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1773688252.117493.52210@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""İyi akşamlar,

Herne Uyum Meclisi'nden üç kişi olarak 21 Nisan'daki Netzwerktag'a
katılmak istiyoruz. Hepimiz 2. atölyeye (Integrationsräte stärken:
Beteiligung und Gremienarbeit) katılmak istiyoruz.

Diğer iki arkadaşımın isimleri: Songül Ateş ve Murat Kaplan.

Saygılarımla
Erdal Koç
Integrationsrat der Stadt Herne
""", charset="iso-8859-9", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question in a reply-all to a colleague's registration (Workshop 4): can one
# switch between workshops?  She names 1 and 4 but registers only later.

YAVUZ_REG = """Sehr geehrte Frau Hülsbusch,

ich melde mich für den Netzwerktag an, Workshop 4 (Aufenthaltsrecht).
Renate in CC meldet sich ggf. noch selbst.

Gruß
Kemal Yavuz
Ev. Flüchtlingsberatung Lüdenscheid"""


@mail("pohl-question-reply-all", "2027-03-17 09:33:18",
      E("question", "r.pohl@fluechtlingsberatung-luedenscheid.example", "Renate Pohl",
        "Ev. Flüchtlingsberatung Lüdenscheid", [], None, "de"), "de")
def _(m):
    m.head(("From", "Renate Pohl <r.pohl@fluechtlingsberatung-luedenscheid.example>"),
           ("To", f"Kemal Yavuz <k.yavuz@fluechtlingsberatung-luedenscheid.example>, {NT}"),
           ("Subject", "Re: Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<9c0e4f27-3b1a-4d85-a6e2-f18d7b5c3a90@fluechtlingsberatung-luedenscheid.example>"),
           ("In-Reply-To", "<b2d7a1e6-5f0c-4e39-8b47-6a9c2e1f0d53@fluechtlingsberatung-luedenscheid.example>"),
           ("References", "<b2d7a1e6-5f0c-4e39-8b47-6a9c2e1f0d53@fluechtlingsberatung-luedenscheid.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Hülsbusch,
lieber Kemal,

eine kurze Frage, bevor ich mich auch anmelde: Kann man am Nachmittag
zwischen zwei Workshops wechseln? Mich würden sowohl Workshop 1 als auch
Workshop 4 interessieren. Wenn das nicht geht, entscheide ich mich noch
und melde mich dann richtig an.

Viele Grüße
Renate Pohl
Ev. Flüchtlingsberatung Lüdenscheid

Am 16.03.2027 um 16:48 schrieb Kemal Yavuz:
{gt_quote(YAVUZ_REG)}
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# City administration: Outlook alternative (windows-1252 QP), "Erstwunsch:" /
# "Zweitwunsch:" by titles (aliases Online-Beratung, Antidiskriminierungs-
# beratung), "Im Auftrag", a long disclaimer that names the city.

WENDLAND_TEXT = """Sehr geehrte Frau Hülsbusch,

für den Netzwerktag am 21. April melde ich mich gern an.

Erstwunsch: Online-Beratung und Datenschutz
Zweitwunsch: Antidiskriminierungsberatung

Ich komme allein; meine Kollegin aus der Geschäftsstelle des Integrationsrats meldet sich separat.

Mit freundlichen Grüßen
Im Auftrag

Christoph Wendland
MIA-DO-Kommunales Integrationszentrum Dortmund
Südwall 2-4, 44137 Dortmund
Telefon: 0231 50-29418

________________________________
Diese Nachricht ist ausschließlich für den Adressaten bestimmt und kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, benachrichtigen Sie bitte die Stadt Dortmund und vernichten Sie diese Nachricht. Die Stadt Dortmund übernimmt keine Haftung für Schäden durch Viren."""


@mail("wendland-outlook-first-second-disclaimer", "2027-03-18 11:11:04",
      E("registration", "cwendland@stadtdo.example", "Christoph Wendland",
        "MIA-DO-Kommunales Integrationszentrum Dortmund", ["WS3", "WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Wendland, Christoph" <cwendland@stadtdo.example>'),
           ("To", TO_NT),
           ("Subject", "Anmeldung Netzwerktag 21.04.2027"),
           ("Thread-Topic", "Anmeldung Netzwerktag 21.04.2027"),
           ("Thread-Index", "AdtX7k2pQ9mRz4Tc1WyL5vN8bE0uGA=="),
           ("Date", m.date),
           ("Message-ID", "<0d4a7e9c2b5f41e8a3c6d9f2b1e4a7c0@EXCH-DO03.stadtdo.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WENDLAND_TEXT), outlook_html(WENDLAND_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Change, English: "move me from workshop 4 to workshop 5"; Gmail quoting the
# German confirmation (Workshop 4).

RAMAN_TEXT = """Hello,

could you please move me from workshop 4 to workshop 5 (recognition of foreign qualifications)? My team lead asked me to focus on the labour market topic this year.

Thank you!
Priya Raman
Welcome Center Hagen"""


@mail("raman-english-change", "2027-03-19 16:20:37",
      E("change", "priya.raman@welcome-hagen.example", "Priya Raman",
        "Welcome Center Hagen", ["WS5"], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@welcome-hagen.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ6pT1wR8mX4qZ9vK2bL7cY0dH5fN3sG6aE1uO8iW4tB9xRqLw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270312141022.7c1a@hagen.example>"),
           ("References", "<mailbot.20270312141022.7c1a@hagen.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"On Fri, 12 Mar 2027 at 14:10, {NT_NAME} <{NT}> wrote:"
    conf = confirmation("Frau Raman", "WS4", 1)
    m.alternative(gmail_plain(RAMAN_TEXT, attribution, conf),
                  gmail_html(RAMAN_TEXT, attribution, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Reply to a colleague's forward of HER confirmation (Workshop 2, 1 person):
# "Ich! ... bitte melden Sie mich auch an – Workshop Aufenthaltsrecht (Nr. 4)".
# Written to the colleague, organiser in Cc.  Outlook plain, "____" separator.

FLICK_FWD = f"""Hallo ihr Lieben,

ich bin für den Netzwerktag angemeldet (Bestätigung unten). Kommt noch jemand mit? Dann können wir zusammen mit dem Dienstwagen fahren.

Dagmar

________________________________
Von: {NT_NAME} <{NT}>
Gesendet: Donnerstag, 18. März 2027 09:31
An: Flick, Dagmar <d.flick@witten.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Flick", "WS2", 1)}"""


@mail("kowalski-reply-to-forwarded-confirmation", "2027-03-22 10:45:23",
      E("registration", "m.kowalski@witten.example", "Marek Kowalski",
        "Integrationsbüro der Stadt Witten", ["WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kowalski, Marek" <m.kowalski@witten.example>'),
           ("To", '"Flick, Dagmar" <d.flick@witten.example>'),
           ("Cc", TO_NT),
           ("Subject", "AW: WG: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbm2Tq0bX5yW8cL1kN3pR7vZ2mQAAF4dRk"),
           ("Date", m.date),
           ("Message-ID", "<DB9P281MB1206E4F1A8C3B5D7E9F0A2B4C6D8@DB9P281MB1206.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<DB9P281MB0871C2A4E6F8B0D1E3F5A7C9B1D3@DB9P281MB0871.DEUP281.PROD.OUTLOOK.example>"),
           ("References", "<DB9P281MB0871C2A4E6F8B0D1E3F5A7C9B1D3@DB9P281MB0871.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Ich! 😊

Liebe Frau Hülsbusch, bitte melden Sie mich auch an – für den Workshop Aufenthaltsrecht (Nr. 4).
Dagmar, ich fahre gern mit.

Viele Grüße
Marek Kowalski
Integrationsbüro der Stadt Witten

________________________________
Von: Flick, Dagmar <d.flick@witten.example>
Gesendet: Montag, 22. März 2027 09:58
An: Kowalski, Marek <m.kowalski@witten.example>; Becker, Jana <j.becker@witten.example>
Betreff: WG: {CONFIRMATION_SUBJECT}

{FLICK_FWD}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Vacation reply to a confirmation, bilingual German/English, marked only by
# X-Autoreply and an ordinary "Re:" subject.

@mail("hartmann-autoreply-x-autoreply", "2027-03-23 08:02:51",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Lena Hartmann <l.hartmann@jmd-dortmund.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1774249371.8821@jmd-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270323080248.41ce@hagen.example>"),
           ("References", "<mailbot.20270323080248.41ce@hagen.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 2. April 2027 im Urlaub
und lese meine E-Mails danach. In dringenden Fällen wenden Sie sich bitte an
das Team des Jugendmigrationsdienstes unter jmd@jmd-dortmund.example.

Thank you for your message. I am on leave until 2 April 2027. For urgent
matters please contact jmd@jmd-dortmund.example.

Lena Hartmann
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Cancellation of her own registration (quoted confirmation: Workshop 1,
# 1 person), a colleague in Cc who "kommt aber wie geplant".  Outlook
# alternative quoting the confirmation.

SOMMER_TEXT = """Sehr geehrte Frau Hülsbusch,

leider muss ich meine Anmeldung zum Netzwerktag zurückziehen – am 21. April habe ich einen Gerichtstermin mit einer Klientin, der sich nicht verschieben lässt.

Meine Kollegin Frau Aylin Çelik (in CC), die sich separat angemeldet hat, kommt aber wie geplant.

Mit freundlichen Grüßen
Ingrid Sommer
Migrationsberatung
Caritasverband Iserlohn e.V."""


@mail("sommer-cancel-reply-all-colleague-stays", "2027-03-24 12:20:09",
      E("cancellation", "i.sommer@caritas-iserlohn.example", "Ingrid Sommer",
        "Caritasverband Iserlohn e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Sommer, Ingrid" <i.sommer@caritas-iserlohn.example>'),
           ("To", TO_NT),
           ("Cc", OL("Çelik, Aylin", "a.celik@caritas-iserlohn.example")),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbmHc1wR4pYz8Tk0mL2xN6vB9qEA=="),
           ("Date", m.date),
           ("Message-ID", "<FR5P281MB1452B3D6F9A2C4E7B0D3F6A9C2E5@FR5P281MB1452.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270309163355.93a0@hagen.example>"),
           ("References", "<mailbot.20270309163355.93a0@hagen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [Q(f"{NT_NAME} <{NT}>", "Dienstag, 9. März 2027 16:33",
                "Sommer, Ingrid <i.sommer@caritas-iserlohn.example>",
                CONFIRMATION_SUBJECT, confirmation("Frau Sommer", "WS1", 1))]
    m.alternative(outlook_plain(SOMMER_TEXT, quotes), outlook_html(SOMMER_TEXT, quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Cancellation in Polish, Thunderbird with a Polish attribution line, UTF-8
# base64, quoting the confirmation (Workshop 3, 1 person).

@mail("zielinska-polish-cancel", "2027-03-25 19:44:02",
      E("cancellation", "k.zielinska@mail.example", "Katarzyna Zielińska",
        None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Zielińska <k.zielinska@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f1a93c4e-6d27-4b80-9e15-3c7b2a0d8e46@mail.example>"),
           ("In-Reply-To", "<mailbot.20270312100533.c4b7@hagen.example>"),
           ("References", "<mailbot.20270312100533.c4b7@hagen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety muszę odwołać swój udział w Netzwerktag 21 kwietnia – w tym dniu
mamy w poradni kontrolę z urzędu i nie mogę wziąć wolnego. Bardzo
przepraszam i proszę o skreślenie mnie z listy.

Z poważaniem
Katarzyna Zielińska

W dniu 12.03.2027 o 10:05, Netzwerktag Integration Hagen pisze:
{gt_quote(confirmation("Frau Zielińska", "WS3", 1))}
""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# A team lead changes the workshop of the colleague he had registered, replying
# to the confirmation that was sent to him ("Guten Tag Herr Kaya"): 2 -> 4.
# After the switch to summer time (+0200).

@mail("overbeck-change-for-colleague", "2027-03-29 09:40:15",
      E("change", "m.overbeck@diakonie-hagen.example", "Emre Kaya",
        "Diakonie Hagen", ["WS4"], None, "de"), "de", tz=2)
def _(m):
    m.head(("From", "Martin Overbeck <m.overbeck@diakonie-hagen.example>"),
           ("To", TO_NT),
           ("Cc", "Emre Kaya <e.kaya@diakonie-hagen.example>"),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000f01db9ff1$0c4e7a30$24eb6e90$@diakonie-hagen.example>"),
           ("In-Reply-To", "<mailbot.20270315111740.58e2@hagen.example>"),
           ("References", "<mailbot.20270315111740.58e2@hagen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Hülsbusch,

vor zwei Wochen hatte ich unseren Kollegen Herrn Emre Kaya angemeldet (Bestätigung unten). Er möchte nun lieber in den Workshop 4 (Aufenthaltsrecht) statt in den Workshop 2 – könnten Sie das bitte ändern? Herr Kaya ist in CC.

Danke und viele Grüße
Martin Overbeck
Teamleitung Integrationsagentur
Diakonie Hagen

________________________________
Von: {NT_NAME} <{NT}>
Gesendet: Montag, 15. März 2027 11:17
An: Martin Overbeck <m.overbeck@diakonie-hagen.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Kaya", "WS2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Reply to the council office's forward, organiser in To, the forwarder and a
# fellow council member in Cc; both go to Workshop 1 ("Frau Benali und ich"
# = 2).  Apple Mail alternative, the forward quoted as Apple does.

BOCHUM_FWD = f"""Liebe Ratsmitglieder,

anbei eine Einladung, die für uns interessant sein könnte. Anmeldung bitte direkt beim KI Hagen.

Mit freundlichen Grüßen
Jan Grabowski
Geschäftsstelle Integrationsrat Bochum

Anfang der weitergeleiteten Nachricht:

Von: {NT_NAME} <{NT}>
Betreff: {INVITATION_SUBJECT}
Datum: 2. März 2027 um 09:15:02 MEZ
An: {NT_NAME} <{NT}>

{INVITATION}"""

SAHIN_TEXT = """Sehr geehrte Frau Hülsbusch,

Herr Grabowski hat uns Ihre Einladung weitergeleitet. Meine Ratskollegin Frau Nadia Benali (in CC) und ich möchten gern gemeinsam teilnehmen, beide im Workshop 1 zur Antidiskriminierungsberatung.

Herzliche Grüße
Elif Şahin
Integrationsrat der Stadt Bochum"""


@mail("sahin-reply-to-forward-with-colleague", "2027-03-30 14:05:48",
      E("registration", "elif.sahin@mail.example", "Elif Şahin",
        "Integrationsrat der Stadt Bochum", ["WS1"], 2, "de"), "de", tz=2)
def _(m):
    m.head(("From", "Elif Şahin <elif.sahin@mail.example>"),
           ("To", TO_NT),
           ("Cc", "Jan Grabowski <j.grabowski@bochum.example>, Nadia Benali <nadia.benali@mail.example>"),
           ("Subject", "Re: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8C2F4A61-0E7B-4D93-B5A2-1F6E9C3D7A08@mail.example>"),
           ("In-Reply-To", "<b7e1d9c3-2a4f-4e86-90c5-d3a8f1b6e274@bochum.example>"),
           ("References", "<b7e1d9c3-2a4f-4e86-90c5-d3a8f1b6e274@bochum.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    plain = (f"{SAHIN_TEXT}\n\n> Am 29.03.2027 um 16:12 schrieb Jan Grabowski "
             f"<j.grabowski@bochum.example>:\n> \n{gt_quote(BOCHUM_FWD)}\n")
    m.alternative(plain, apple_html(plain), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 038 ---------------------------------------------------------------------
# Polish reply to a colleague's Polish forward (organiser in To, the colleague
# in Cc): greets the colleague, then asks the organisers to register him for
# "warsztat 5"; "Będę sam" = 1.

LIS_FWD = f"""Cześć wszystkim,

przesyłam zaproszenie na Netzwerktag do Hagen. Zapisy bezpośrednio na
netzwerktag@hagen.example, termin do 9 kwietnia. Ja niestety nie mogę.

Basia

-------- Przekazana wiadomość --------
Temat: {INVITATION_SUBJECT}
Data: Tue, 2 Mar 2027 09:15:02 +0100
Nadawca: {NT_NAME} <{NT}>
Adresat: {NT_NAME} <{NT}>

{INVITATION}"""


@mail("jankowski-polish-reply-to-forward", "2027-03-31 17:18:30",
      E("registration", "pawel.jankowski@pkk-bochum.example", "Paweł Jankowski",
        "Polski Klub Kulturalny Bochum e.V.", ["WS5"], 1, "pl"), "pl", tz=2)
def _(m):
    m.head(("From", addr("Paweł Jankowski", "pawel.jankowski@pkk-bochum.example", "utf-8", "b")),
           ("To", TO_NT),
           ("Cc", "Barbara Lis <barbara.lis@pkk-bochum.example>"),
           ("Subject", "Re: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3a8f0d2c-71e5-4b96-a4c3-e9b2f6d1c087@pkk-bochum.example>"),
           ("In-Reply-To", "<0e6b4c92-d3a7-4f18-b5e0-7c2a9f1d8b34@pkk-bochum.example>"),
           ("References", "<0e6b4c92-d3a7-4f18-b5e0-7c2a9f1d8b34@pkk-bochum.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Cześć Basiu,

dzięki za przesłanie zaproszenia!

Szanowni Państwo, proszę o zapisanie mnie na Netzwerktag 21 kwietnia, na
warsztat 5 (uznawanie kwalifikacji zawodowych / Anerkennung). Będę sam.

Pozdrawiam
Paweł Jankowski
Polski Klub Kulturalny Bochum e.V.

W dniu 30.03.2027 o 21:10, Barbara Lis pisze:
{gt_quote(LIS_FWD)}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation, English, plain-text Outlook quote with English labels.

@mail("brooks-english-cancel", "2027-04-01 08:27:44",
      E("cancellation", "d.brooks@rlc-essen.example", "Daniel Brooks",
        "Refugee Law Clinic Essen", [], None, "en"), "en", tz=2)
def _(m):
    m.head(("From", "Daniel Brooks <d.brooks@rlc-essen.example>"),
           ("To", TO_NT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000a01dba2c7$3d5f8b10$b81ea130$@rlc-essen.example>"),
           ("In-Reply-To", "<mailbot.20270315093012.e7d3@hagen.example>"),
           ("References", "<mailbot.20270315093012.e7d3@hagen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear Ms Hülsbusch,

unfortunately I have to cancel my registration for 21 April – I've been asked to cover a hearing at the administrative court that day. Please give my place to someone on the waiting list.

Best wishes,
Daniel Brooks
Refugee Law Clinic Essen

From: {NT_NAME} <{NT}>
Sent: Monday, March 15, 2027 9:30 AM
To: Daniel Brooks <d.brooks@rlc-essen.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Brooks", "WS4", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Change of party size only (1 -> 2, "in denselben Workshop": no new
# workshop), Gmail quoting the confirmation (Workshop 5, 1 person).

REINECKE_TEXT = """Liebe Frau Hülsbusch,

meine Kollegin Hanna Wilms möchte nun doch mitkommen, in denselben Workshop wie ich. Könnten Sie unsere Anmeldung bitte auf 2 Personen ändern?

Vielen Dank!
Klaus Reinecke
Arbeitslosenzentrum Hagen e.V."""


@mail("reinecke-party-size-change", "2027-04-06 11:52:06",
      E("change", "klaus.reinecke@alz-hagen.example", "Klaus Reinecke",
        "Arbeitslosenzentrum Hagen e.V.", [], 2, "de"), "de", tz=2)
def _(m):
    m.head(("From", "Klaus Reinecke <klaus.reinecke@alz-hagen.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK2tR5wP9mV1qX6zL3bN8cY4dH7fJ0sG5aE2uO6iT1nB4xWqRg@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270317155204.0b6f@hagen.example>"),
           ("References", "<mailbot.20270317155204.0b6f@hagen.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"Am Mi., 17. März 2027 um 15:52 Uhr schrieb {NT_NAME} <{NT}>:"
    conf = confirmation("Herr Reinecke", "WS5", 1)
    m.alternative(gmail_plain(REINECKE_TEXT, attribution, conf),
                  gmail_html(REINECKE_TEXT, attribution, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Turkish, Gmail (Turkish attribution), quoting the German
# confirmation (Workshop 2).

DEMIRTAS_TEXT = """Merhaba,

maalesef 21 Nisan'daki Netzwerktag'a katılamayacağım, aynı gün belediye meclisinin bütçe oturumu var. Kaydımı iptal etmenizi rica ederim.

Anlayışınız için teşekkürler.
Hülya Demirtaş
Integrationsrat Gelsenkirchen"""


@mail("demirtas-turkish-cancel", "2027-04-07 20:31:57",
      E("cancellation", "hulya.demirtas@mail.example", "Hülya Demirtaş",
        "Integrationsrat Gelsenkirchen", [], None, "tr"), "tr", tz=2)
def _(m):
    m.head(("From", "Hülya Demirtaş <hulya.demirtas@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG8wQ3pT6mZ1xR9vK4bL2cY7dH0fN5sJ8aE3uO1iW6tB9xQrTg@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270316101244.5ad9@hagen.example>"),
           ("References", "<mailbot.20270316101244.5ad9@hagen.example>"),
           ("MIME-Version", "1.0"))
    attribution = f"{NT_NAME} <{NT}>, 16 Mar 2027 Sal, 10:12 tarihinde şunu yazdı:"
    conf = confirmation("Frau Demirtaş", "WS2", 1)
    m.alternative(gmail_plain(DEMIRTAS_TEXT, attribution, conf),
                  gmail_html(DEMIRTAS_TEXT, attribution, conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Registration on the day before the deadline, conditional on a free place,
# with a fallback workshop ("Workshop 4 ..., ersatzweise Workshop 2").

@mail("tiemann-if-place-free", "2027-04-08 13:14:25",
      E("registration", "j.tiemann@arnsberg.example", "Jörg Tiemann",
        "Integrationsrat der Stadt Arnsberg", ["WS4", "WS2"], 1, "de"), "de", tz=2)
def _(m):
    m.head(("From", OL("Tiemann, Jörg", "j.tiemann@arnsberg.example")),
           ("To", NT),
           ("Subject", "Noch Platz frei?"),
           ("Date", m.date),
           ("Message-ID", "<9e3b7a15c0d24f68@EXCH01.arnsberg.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich weiß, die Anmeldefrist läuft morgen ab - ist noch ein Platz frei? Dann
melde ich mich gern für den Netzwerktag an, für Workshop 4, ersatzweise
Workshop 2. Ich käme allein.

Mit freundlichen Grüßen
Jörg Tiemann
stellv. Vorsitzender
Integrationsrat der Stadt Arnsberg
""", charset="iso-8859-1", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation for a whole team (quoted confirmation: Workshop 3, 3 persons),
# reply-all with both colleagues in Cc.  Outlook alternative.

KOETTER_TEXT = """Sehr geehrte Frau Hülsbusch,

leider müssen wir unsere Anmeldung (3 Personen) komplett zurückziehen: Unser Träger hat für den 21. April kurzfristig eine verpflichtende Teamklausur angesetzt. Meine beiden Kolleginnen in CC sind darüber informiert.

Wir bedauern das sehr und hoffen auf das nächste Mal!

Mit freundlichen Grüßen
Sandra Kötter
Integrationsagentur
AWO Ennepe-Ruhr"""


@mail("koetter-team-cancel-reply-all", "2027-04-12 09:03:39",
      E("cancellation", "s.koetter@awo-en.example", "Sandra Kötter",
        "AWO Ennepe-Ruhr", [], None, "de"), "de", tz=2)
def _(m):
    m.head(("From", OL("Kötter, Sandra", "s.koetter@awo-en.example")),
           ("To", TO_NT),
           ("Cc", '"Yilmaz, Derya" <d.yilmaz@awo-en.example>, "Beck, Natalia" <n.beck@awo-en.example>'),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbnPq7xT2kW9cR5mZ1yL4vN0bE8g=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB3178C5E2A9D4F7B0C3E6A9D2F5B8@BE1P281MB3178.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270310082217.f31c@hagen.example>"),
           ("References", "<mailbot.20270310082217.f31c@hagen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quotes = [Q(f"{NT_NAME} <{NT}>", "Mittwoch, 10. März 2027 08:22",
                "Kötter, Sandra <s.koetter@awo-en.example>",
                CONFIRMATION_SUBJECT, confirmation("Frau Kötter", "WS3", 3))]
    m.alternative(outlook_plain(KOETTER_TEXT, quotes), outlook_html(KOETTER_TEXT, quotes),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 044 ---------------------------------------------------------------------
# Question in French from someone already registered ("Je suis inscrit à
# l'atelier 4"): slides afterwards?  parking?  No change requested.

@mail("mukendi-french-question", "2027-04-14 15:36:10",
      E("question", "jb.mukendi@mail.example", "Jean-Baptiste Mukendi",
        None, [], None, "fr"), "fr", tz=2)
def _(m):
    m.head(("From", "Jean-Baptiste Mukendi <jb.mukendi@mail.example>"),
           ("To", NT),
           ("Subject", "Question - journée du 21 avril"),
           ("Date", m.date),
           ("Message-ID", "<AM8P190MB09637B1E4C2D5F8A@AM8P190MB0963.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

je suis inscrit à l'atelier 4 pour le 21 avril. Deux petites questions :
est-ce que les présentations des ateliers seront envoyées aux
participants après la journée ? Et y a-t-il un parking à la Stadthalle ou
vaut-il mieux venir en train ?

Merci d'avance et à bientôt,
Jean-Baptiste Mukendi
""", charset="utf-8", cte="8bit")


# -- 045 ---------------------------------------------------------------------
# Change from a phone, "von WS 1 in WS 3", iPhone quoting the confirmation
# (Workshop 1) below "Von meinem iPhone gesendet".  The colleague named in
# Cc of 034.

CELIK_TEXT = f"""Hallo,

könnten Sie mich bitte von WS 1 in WS 3 umtragen? Danke!

Aylin Çelik
Caritasverband Iserlohn e.V.

Von meinem iPhone gesendet

> Am 09.03.2027 um 16:41 schrieb {NT_NAME} <{NT}>:
> 
{gt_quote(confirmation("Frau Çelik", "WS1", 1))}"""


@mail("celik-phone-change", "2027-04-15 07:12:48",
      E("change", "a.celik@caritas-iserlohn.example", "Aylin Çelik",
        "Caritasverband Iserlohn e.V.", ["WS3"], None, "de"), "de", tz=2)
def _(m):
    m.head(("From", addr("Aylin Çelik", "a.celik@caritas-iserlohn.example", "utf-8", "q")),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6D1E8B34-2A9F-4C07-B3E5-90F7C2A4D1B6@caritas-iserlohn.example>"),
           ("In-Reply-To", "<mailbot.20270309164102.7e21@hagen.example>"),
           ("References", "<mailbot.20270309164102.7e21@hagen.example>"),
           ("X-Mailer", "iPhone Mail (22E240)"),
           ("MIME-Version", "1.0"))
    m.alternative(CELIK_TEXT, apple_html(CELIK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")



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


def decoded_text(msg):
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(msg, expected, text_lang, text):
    """Problems with the label record itself and its agreement with the mail."""
    problems = []
    e = expected
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
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
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in PERSON_KINDS:
        addr_ = e["email"]
        if not addr_ or addr_ != addr_.lower():
            problems.append("person mail needs a lower-case email")
        elif addr_ not in text.lower():
            problems.append(f"email {addr_} not in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not in the mail")
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} (text {text_lang})")
        if kind in ("change", "cancellation") and "Angemeldete Personen:" not in text:
            problems.append("change/cancellation does not quote the confirmation")
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
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 5, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Feb-Apr 2027")
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
    problems += check_labels(msg, expected, text_lang, text)
    return problems


def sender_addresses(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = []
    for h in ("From", "Reply-To"):
        for _, a in getaddresses([str(v) for v in msg.get_all(h, [])]):
            if a:
                out.append(a.lower())
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda l: LANGS.index(l))
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
    print(f"  {'':13}" + "".join(f"{l:>5}" for l in langs) + "  total")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + "".join(f"{c:>5}" for c in row) + f"  {sum(row):>5}")
    print(f"  {'all':13}" + "".join(f"{sum(table[(k, l)] for k in KINDS):>5}" for l in langs)
          + f"  {len(built):>5}")
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

    seen = {}
    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
        for a in sender_addresses(data):
            if a == NT:
                print(f"{name}: sent from the registration address")
                bad += 1
            elif a in seen:
                print(f"{name}: sender {a} already in {seen[a]}")
                bad += 1
            else:
                seen[a] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
