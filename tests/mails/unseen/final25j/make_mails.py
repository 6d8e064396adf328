#!/usr/bin/env python3
"""Build the "fachtag-wohnen" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Flucht und Wohnen 2027, Bochum, Thursday 16 September 2027,
four workshops WS1-WS4 (see config.toml).  Every mail's text below is written
by hand, one mail at a time.  This script only wraps the texts in MIME with the
standard `email` package, writes the files, and then reads every file back with
email.policy.default to check it.

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
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICY = email.policy.default.clone(refold_source="none")

FTW = "fachtag-wohnen@bochum.example"
FTW_NAME = "Fachtag Flucht und Wohnen"
TO_FTW = f"{FTW_NAME} <{FTW}>"
INVITATION_ID = "<einladung-fachtag-wohnen-2027.20270614100003@bochum.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WORKSHOPS = ("WS1", "WS2", "WS3", "WS4")
LANGS = ("de", "en", "ar", "uk", "fa", "tr", "ku")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


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

    def __init__(self, slug, when, tz_hours=2):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        non-ASCII values go through the policy (UTF-8 encoded words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FTW)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bochum.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FTW}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
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
            return f"_00{self._nboundary}_AM9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bochum.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

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


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Flucht und Wohnen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Flucht und Wohnen 2027"

INVITATION = """Liebe Engagierte in der Wohnraumversorgung geflüchteter Menschen,
liebe Kolleginnen und Kollegen,

wie finden geflüchtete Menschen in Bochum eine eigene Wohnung – und wie
gelingt das Zusammenleben, solange sie noch keine haben? Darüber möchten
wir mit Ihnen beim Fachtag Flucht und Wohnen 2027 sprechen.

Datum: Donnerstag, 16. September 2027, 9:30 bis 16:30 Uhr
Ort:   Bildungs- und Verwaltungszentrum (BVZ), Gustav-Heinemann-Platz 2–6,
       44787 Bochum (U35 und Straßenbahn bis Haltestelle Rathaus Süd)

Ende 2026 lebten in Bochum rund 1.900 geflüchtete Menschen in
Gemeinschaftsunterkünften, viele davon seit mehr als zwei Jahren. Nach
einem Impuls zur Lage auf dem Bochumer Wohnungsmarkt arbeiten wir in
vier Workshops:

Workshop 1: Wohnungssuche begleiten – vom WBS bis zum Mietvertrag
Workshop 2: Mietrecht für Ehrenamtliche
Workshop 3: Gemeinschaftsunterkünfte – Standards, Beteiligung, Auszug
Workshop 4: Nachbarschaft gestalten – Ankommen im Quartier

Bitte melden Sie sich bis zum 9. September 2027 formlos per E-Mail an
fachtag-wohnen@bochum.example an. Nennen Sie uns Ihren Namen, Ihre
Organisation oder Initiative, den gewünschten Workshop (gern mit
Zweitwunsch) und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos, für Mittagessen und Getränke ist gesorgt.
Dolmetschung (Arabisch, Ukrainisch, Farsi/Dari) können Sie bis zum
1. September mit anfragen.

Mit freundlichen Grüßen
Jana Wiesmann-Okoro
Kommunales Integrationszentrum Bochum
für das Netzwerk Wohnen für Geflüchtete"""

WS_LINE = {
    "WS1": "Workshop 1 – Wohnungssuche begleiten – vom WBS bis zum Mietvertrag",
    "WS2": "Workshop 2 – Mietrecht für Ehrenamtliche",
    "WS3": "Workshop 3 – Gemeinschaftsunterkünfte – Standards, Beteiligung, Auszug",
    "WS4": "Workshop 4 – Nachbarschaft gestalten – Ankommen im Quartier",
}


def confirmation(salutation, ws, persons):
    """The confirmation the organiser's tool sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Flucht und Wohnen 2027 am
Donnerstag, 16. September 2027, 9:30 bis 16:30 Uhr, im Bildungs- und
Verwaltungszentrum (BVZ), Gustav-Heinemann-Platz 2–6, 44787 Bochum.

Wir haben Sie für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Flucht und Wohnen
Kommunales Integrationszentrum Bochum"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (returned inside a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FTW
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
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage20
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
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return (OUTLOOK_HEAD.format(charset=charset) + "\n".join(out)
            + "\n</div>\n</body>\n</html>\n")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
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
# Exchange out-of-office to the invitation (auto_reply): Auto-Submitted
# auto-generated, X-Auto-Response-Suppress; dates, phone numbers, "Wohnungsabnahmen".

@mail("schaefer-exchange-out-of-office", "2027-06-14 08:00:41",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Schäfer, Monika" <monika.schaefer@wohnbau-ruhrbogen.example>'),
           ("To", TO_FTW),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb3Vq8kP2xN0eLm4Q7rT1sWzY5cA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8842F0A1B2C3D4E5F6A7B8C9D0E1@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "monika.schaefer@wohnbau-ruhrbogen.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.07.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen (z. B. Wohnungsabnahmen, Schadensmeldungen, Notfälle im Haus) wenden Sie sich bitte an unser Kundencenter: Tel. 0234 61 03-0 oder kundencenter@wohnbau-ruhrbogen.example.

Mit freundlichen Grüßen
Monika Schäfer
Vermietung / Sozialmanagement
Wohnbau Ruhrbogen GmbH
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four workshops in the
# quote).  Numbers that are not persons: since 2016, 11 families, a
# 5-köpfige Familie, 4-Zimmer-Wohnung, 86 m², 2. OG, 640 €.  "zu zweit" = 2.

@mail("hollenberg-wohnungslotsen-quoting-invitation", "2027-06-14 11:02:17",
      E("registration", "b.hollenberg@wohnungslotsen-langendreer.example", "Birgit Hollenberg",
        "Wohnungslotsen Langendreer", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Birgit Hollenberg <b.hollenberg@wohnungslotsen-langendreer.example>"),
           ("To", TO_FTW),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7b2e9c41-0d3a-4f6e-8a15-c2d9e0f1a3b4@wohnungslotsen-langendreer.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Wiesmann-Okoro,

danke für die Einladung, darauf haben wir schon gewartet! Wir Wohnungslotsen
begleiten seit 2016 geflüchtete Familien bei der Wohnungssuche. In diesem
Jahr haben wir bisher 11 Familien in eigene Wohnungen gebracht, zuletzt
eine 5-köpfige Familie aus der Unterkunft Am Hellweg in eine
4-Zimmer-Wohnung mit 86 m² in Werne (2. OG, 640 € kalt).

Gerade bei solchen Mietverträgen merken wir, wie wenig wir über Mietrecht
wissen. Deshalb melde ich mich für den Workshop 2 an, zusammen mit meinem
Mitstreiter Rolf Kämper - wir sind also zu zweit.

Herzliche Grüße
Birgit Hollenberg

-- 
Wohnungslotsen Langendreer
c/o Ev. Gemeindehaus, Alte Bahnhofstraße 166, 44892 Bochum
Tel. 0234 28 71 56

Am 14.06.27 um 10:00 schrieb Fachtag Flucht und Wohnen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Outlook HTML only (windows-1252 QP) quoting the invitation under a Von:/
# Gesendet: block.  Shelter social worker, 3 persons named, first and second
# choice; 164 residents, 38 families, 52 with WBS, Haus 2, Raum 014.  The
# shelter is a unit of the organisation; the organisation is the Caritas.

FELDHAUS_TEXT = """Sehr geehrte Frau Wiesmann-Okoro,

vielen Dank für die Einladung. Für den Sozialdienst unserer Gemeinschaftsunterkunft an der Hattinger Straße melden wir uns gern an. In der Unterkunft leben derzeit 164 Menschen auf drei Etagen, davon 38 Familien; 52 Bewohnerinnen und Bewohner haben längst einen Wohnberechtigungsschein, finden aber seit über einem Jahr nichts.

Wir kommen zu dritt: Frau Derya Kaya, Herr Kofi Osei und ich.
Erstwunsch wäre für uns alle Workshop 3 „Gemeinschaftsunterkünfte“, Zweitwunsch Workshop 4.

Mit freundlichen Grüßen

Markus Feldhaus
Dipl.-Sozialarbeiter, Sozialdienst GU Hattinger Straße

Caritasverband für Bochum und Wattenscheid e.V.
Hattinger Straße 318, Haus 2, Raum 014 · 44795 Bochum
Telefon: 0234 / 9 42 18-27 | Mobil: 0160 / 97 31 44 02

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("feldhaus-caritas-outlook-html-quote", "2027-06-14 13:40:09",
      E("registration", "m.feldhaus@caritas-bochum.example", "Markus Feldhaus",
        "Caritasverband für Bochum und Wattenscheid e.V.", ["WS3", "WS4"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Feldhaus, Markus" <m.feldhaus@caritas-bochum.example>'),
           ("To", TO_FTW),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb3Vq8kP2xN0eLm4Q7rT1sWzY5cLxRw4Aa"),
           ("Date", m.date),
           ("Message-ID", "<AM9PR03MB6611C0D1E2F3A4B5C6D7E8F9A0B1@AM9PR03MB6611.eurprd03.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FTW, "Montag, 14. Juni 2027 10:00",
             "Verteiler Netzwerk Wohnen <netzwerk-wohnen@bochum.example>",
             INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(FELDHAUS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, plain ASCII.  "8 active members", "23 households", "2- and 3-room
# flats" are not the party; "It's just me" = 1.

@mail("oconnell-english-flat-search", "2027-06-15 09:12:44",
      E("registration", "sarah.oconnell@mail.example", "Sarah O'Connell",
        "Refugee Housing Circle Bochum", ["WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Sarah O'Connell <sarah.oconnell@mail.example>"),
           ("To", FTW),
           ("Subject", "Registration Fachtag 16 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAF3xQ9kL2mN8pR4tV6wY1zB5cD7eG0hJ3kM6nP9qS2uW5xZ8a@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm an Irish volunteer with the Refugee Housing Circle Bochum - we're a small
group (8 active members) that helps families search for flats, read
listings and prepare for viewings. Since 2022 we've helped 23 households
move out of shelters, mostly into 2- and 3-room flats in Hamme and
Wattenscheid.

I'd like to register for the Fachtag on 16 September, for Workshop 1
(accompanying the flat search). It's just me - my German is fine for
listening, so no interpreter needed.

Thanks a lot,
Sarah O'Connell
Refugee Housing Circle Bochum
""", charset="us-ascii", cte="7bit")


# -- 005 ---------------------------------------------------------------------
# Arabic, windows-1256 base64, name and subject in windows-1256 encoded words.
# Years (2015, 2018), 40 families, 3-room flats are not the party;
# "سنحضر شخصين" = we will come as two persons.  "ورشة العمل رقم 4" = workshop 4.
# The association is named only in the German signature.

@mail("alhariri-arabic-cp1256", "2027-06-15 20:45:30",
      E("registration", "ahmad.alhariri@mail.example", "أحمد الحريري",
        "Syrisches Haus Bochum e.V.", ["WS4"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("Ahmad Al-Hariri", "ahmad.alhariri@mail.example")),
           ("To", FTW),
           ("Subject", ew("تسجيل - اليوم التخصصي للسكن 16.09", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301db5e2a$7c1d9a40$74b8cec0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أنا أحمد الحريري، عضو في الهيئة الإدارية لجمعيتنا في بوخوم. نحن في ألمانيا منذ 2015، ومنذ 2018 نساعد العائلات الجديدة في البحث عن سكن. في السنة الماضية وجدنا شققاً لحوالي 40 عائلة، أغلبها شقق من 3 غرف في حي هوستات.

أود التسجيل في اليوم التخصصي يوم 16 سبتمبر، في ورشة العمل رقم 4 (Nachbarschaft gestalten). سنحضر شخصين: أنا وزميلي سامر.

مع الشكر والتحية
أحمد الحريري
Syrisches Haus Bochum e.V.
هاتف: 0176 4418 2093
""", charset="windows-1256", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Phone mail in lower case, the initiative in typographic quotes; "7 offene
# fälle", "5-zimmer", "9 pers!!", "900 warm" are not the party.  The
# workshop is only named as "mietrecht-workshop".  Signed with the first
# name only, so the name comes from the display name.

@mail("brueckner-iphone-lowercase", "2027-06-16 07:31:05",
      E("registration", "jonas.brueckner@mail.example", "Jonas Brückner",
        "Dach überm Kopf", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jonas Brückner <jonas.brueckner@mail.example>"),
           ("To", FTW),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<9A4F2C1E-7B3D-4E8A-B6C0-1D2E3F4A5B6C@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""hallo zusammen,

bin bei der ini „Dach überm Kopf“ in wattenscheid, wir haben grad 7 offene fälle, 2 davon suchen seit über nem jahr ne 5-zimmer-wohnung für großfamilien (9 pers!!). unter 900 warm quasi nix zu finden.

würd mich gern für den mietrecht-workshop anmelden, nur ich.

lg jonas

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Question from a housing company (registers only after an answer):
# Outlook multipart/alternative with company footer and disclaimer.
# 4.200 flats, 37 households, Hellweg 81, HRB number.

NOWAK_TEXT = """Sehr geehrte Frau Wiesmann-Okoro,

die Einladung zum Fachtag hat uns über den Arbeitskreis Wohnungswirtschaft erreicht. Vorab zwei Fragen:

1. Richtet sich der Fachtag auch an Mitarbeitende von Wohnungsunternehmen? Wir haben ca. 4.200 Wohnungen im Bestand und 2026 insgesamt 37 Haushalte mit Fluchtgeschichte mit Wohnraum versorgt – wir würden gern von unseren Erfahrungen berichten, aber auch zuhören.
2. Gibt es am BVZ Parkmöglichkeiten? Wir kämen aus unserem Büro am Wattenscheider Hellweg 81.

Wenn das passt, melde ich mich anschließend gern mit einer Kollegin an.

Freundliche Grüße

Claudia Nowak
Sozialmanagement
WohnWerk Bochum GmbH
Westenfelder Straße 40 | 44866 Bochum
T 0234 58 77-412

WohnWerk Bochum GmbH | Sitz: Bochum | Amtsgericht Bochum HRB 18842 | Geschäftsführung: Dr. Frank Lüdtke
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""


@mail("nowak-wohnungsunternehmen-question", "2027-06-17 10:20:58",
      E("question", "claudia.nowak@wohnwerk-bochum.example", "Claudia Nowak",
        "WohnWerk Bochum GmbH", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nowak, Claudia" <claudia.nowak@wohnwerk-bochum.example>'),
           ("To", FTW),
           ("Subject", "Fachtag Flucht und Wohnen - Fragen vorab"),
           ("Thread-Topic", "Fachtag Flucht und Wohnen - Fragen vorab"),
           ("Thread-Index", "AdvhE2c4n8XQy0b1Tg6mKz9Wq3Pj7A=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2290A7B8C9D0E1F2A3B4C5D6E7F8@FR3P281MB2290.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NOWAK_TEXT, outlook_html(NOWAK_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 008 ---------------------------------------------------------------------
# Ukrainian, windows-1251 base64; Cyrillic display name, Latin signature.
# 14 months, 2-room flat, 48 кв. м, 4th floor, 26 families are not the party;
# "воркшоп 2 ... якщо там не буде місць – тоді воркшоп 1"; "нас буде двоє" = 2.

@mail("melnyk-ukrainian-cp1251", "2027-06-18 18:55:12",
      E("registration", "oksana.melnyk@mail.example", "Oksana Melnyk",
        "Ukrainische Gemeinde Bochum e.V.", ["WS2", "WS1"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Мельник", "oksana.melnyk@mail.example", "windows-1251", "b")),
           ("To", FTW),
           ("Subject", ew("Реєстрація на Fachtag 16.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1781801712.448120.12977@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Мене звати Оксана, я живу в Бохумі з березня 2022 року. Перші 14 місяців ми з донькою жили в гуртожитку, тепер маємо 2-кімнатну квартиру (48 кв. м, 4-й поверх). Зараз я волонтерка в нашій громаді: разом ми вже допомогли 26 сім'ям знайти житло.

Хочу зареєструватися на Fachtag 16 вересня, на воркшоп 2 (Mietrecht). Якщо там не буде місць – тоді воркшоп 1. Прийду з подругою Іриною Ткачук, тобто нас буде двоє.

Дякую!
З повагою,
Oksana Melnyk
Ukrainische Gemeinde Bochum e.V.
""", charset="windows-1251", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Tenants' association, windows-1252 QP, Outlook plain.  Workshop 2 is
# mentioned as an offer to give input, the registration is for Workshop 3.
# 9.500 households, 6 % / 14 %, 11 Uhr, house number 58 are not the party;
# "mich selbst sowie unsere Beraterin" = 2.

@mail("riese-mieterverein-ws3-not-ws2", "2027-06-21 09:03:36",
      E("registration", "riese@mieterverein-bochum-mitte.example", "Hartmut Riese",
        "Mieterverein Bochum-Mitte e.V.", ["WS3"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Hartmut Riese" <riese@mieterverein-bochum-mitte.example>'),
           ("To", FTW),
           ("Subject", "Anmeldung Fachtag Flucht und Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<002101db6a4e$1f0c3b80$5d24b280$@mieterverein-bochum-mitte.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

der Mieterverein Bochum-Mitte e.V. nimmt gern am Fachtag teil. Zur Einordnung: Wir beraten jährlich rund 9.500 Mitgliedshaushalte; der Anteil der Ratsuchenden mit Fluchtgeschichte ist von 6 % (2022) auf knapp 14 % gestiegen. Häufigste Themen sind Nebenkostenabrechnungen, Schimmel und Eigenbedarfskündigungen.

Anmelden möchte ich mich selbst sowie unsere Beraterin Frau Lea Baumgart, und zwar für Workshop 3 (Gemeinschaftsunterkünfte) – uns interessiert, was mit Menschen passiert, die jahrelang ohne Mietvertrag in Unterkünften leben. Frau Baumgart kann erst ab ca. 11 Uhr dabei sein, sie hat vormittags Sprechstunde in Wattenscheid.

Falls Sie für Workshop 2 noch Fachleute für einen kurzen Input zum Mietrecht suchen, sprechen Sie uns gern an – angemeldet sind wir aber für Workshop 3.

Mit freundlichen Grüßen

Dr. Hartmut Riese
Rechtsanwalt, Geschäftsführer
Mieterverein Bochum-Mitte e.V.
Brückstraße 58 · 44787 Bochum
Tel. 0234 96 11 40
""", charset="windows-1252", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Farsi (Iran), Gmail multipart/alternative with rtl HTML, UTF-8 base64,
# Persian digits.  ۹ years, ۱۲ families, 2-room flats of ۵۵ m² are not the
# party; "کارگاه شماره ۱" = workshop 1; "با همسرم می‌آیم، یعنی دو نفر" = 2.

REZAEI_TEXT = """سلام و وقت بخیر،

من مریم رضایی هستم و ۹ سال است که در آلمان زندگی می‌کنم. از سال ۱۴۰۰ به‌صورت داوطلب در انجمن زنان ایرانی بوخوم به خانواده‌های تازه‌وارد در پیدا کردن خانه کمک می‌کنم. پارسال به ۱۲ خانواده کمک کردیم؛ بیشتر آپارتمان‌های ۲ خوابه با حدود ۵۵ متر مربع.

می‌خواهم برای روز تخصصی ۱۶ سپتامبر در کارگاه شماره ۱ (Wohnungssuche begleiten) ثبت‌نام کنم. با همسرم می‌آیم، یعنی دو نفر.

با سپاس
مریم رضایی"""


@mail("rezaei-farsi-gmail", "2027-06-22 21:17:49",
      E("registration", "maryam.rezaei@mail.example", "مریم رضایی",
        "انجمن زنان ایرانی بوخوم", ["WS1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", addr("Maryam Rezaei", "maryam.rezaei@mail.example")),
           ("To", FTW),
           ("Subject", "ثبت نام روز تخصصی مسکن"),
           ("Date", m.date),
           ("Message-ID", "<CAM4rT7yU1iO3pA5sD8fG0hJ2kL4zX6cV9bN1mQ3wE5rT7yU9i@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAEI_TEXT, gmail_html(REZAEI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Gmail forward of the invitation that reached her through a local mailing
# list (the invitation with all four workshops is inside two forward
# headers).  "Workshop 4 bitte, wir sind 2 Leute"; 2019, three houses,
# 18 flats are not the party.

KOWALCZYK_TEXT = """Hallo liebes Fachtag-Team,

ich hab die Einladung über den Verteiler vom Netzwerk Linden bekommen (s. unten) und melde mich hiermit an: Workshop 4 bitte, wir sind 2 Leute – ich und Herr Cem Demir, der bei uns die Hausaufgabenhilfe macht.

Wir von der Flüchtlingshilfe Linden-Dahlhausen betreuen seit 2019 die drei städtischen Häuser an der Lewackerstraße mit insgesamt 18 Wohneinheiten, und die Nachbarschaft dort ist … sagen wir: ausbaufähig.

Viele Grüße
Sabine Kowalczyk"""

KOWALCZYK_FWD = f"""---------- Forwarded message ---------
Von: Netzwerk Linden <verteiler@netzwerk-linden.example>
Date: Mo., 14. Juni 2027 um 16:20 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: <verteiler@netzwerk-linden.example>


Liebe alle,
zur Info, siehe unten. Anmeldung bitte direkt beim KI, nicht bei mir!
Gruß, Hanne

---------- Forwarded message ---------
Von: {FTW_NAME} <{FTW}>
Date: Mo., 14. Juni 2027 um 10:00 Uhr
Subject: {INVITATION_SUBJECT}
To: Verteiler Netzwerk Wohnen <netzwerk-wohnen@bochum.example>


{INVITATION}"""


@mail("kowalczyk-forwarded-invitation", "2027-06-24 12:48:03",
      E("registration", "sabine.kowalczyk@mail.example", "Sabine Kowalczyk",
        "Flüchtlingshilfe Linden-Dahlhausen", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kowalczyk <sabine.kowalczyk@mail.example>"),
           ("To", FTW),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB9nM2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC0v@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KOWALCZYK_TEXT}\n\n{KOWALCZYK_FWD}\n"
    fwd_html = "<br>\n".join(esc(line) for line in KOWALCZYK_FWD.split("\n"))
    html_text = (gmail_html(KOWALCZYK_TEXT).rstrip("\n")
                 + f"<br><div class=\"gmail_quote\">{fwd_html}</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# Turkish, iso-8859-9 QP.  31 years, 14-storey blocks, 17 files are not the
# party; "2. atölyeye" = workshop 2; "Üç kişi geleceğiz" = 3.  The signature
# has the base form of the association (the text an inflected one).

@mail("karagoz-turkish-iso8859-9", "2027-06-25 16:30:27",
      E("registration", "m.karagoz@mail.example", "Mehmet Karagöz",
        "Bochum Göçmen Dayanışma Derneği", ["WS2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Karagöz", "m.karagoz@mail.example", "iso-8859-9", "q")),
           ("To", FTW),
           ("Subject", ew("Fachtag kaydı - 3 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270625163027.5D1E2F3A4B@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ben Mehmet Karagöz, 31 yıldır Almanya'dayım ve Bochum Göçmen Dayanışma Derneği'nde gönüllü olarak çalışıyorum. Hustadt'taki 14 katlı binalarda oturan mülteci ailelere kira sözleşmeleri ve yan gider (Nebenkosten) faturaları konusunda yardım ediyoruz; şu an elimizde 17 dosya var.

16 Eylül'deki Fachtag'e, 2. atölyeye (Mietrecht für Ehrenamtliche) kayıt olmak istiyoruz. Üç kişi geleceğiz: ben, eşim Hatice ve arkadaşımız Yusuf Bey.

Saygılarımla
Mehmet Karagöz
Bochum Göçmen Dayanışma Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Housing company, HTML only (new Outlook, utf-8 QP).  The workshop only by
# title "Nachbarschaft gestalten"; 1.150 flats, 42 nations, 96 households,
# Brunnenplatz 6 are not the party; the writer and one named colleague = 2.

SCHUERMANN_TEXT = """Guten Tag Frau Wiesmann-Okoro,

für unser Haus melden sich Herr Serkan Yilmaz (Quartiersmanagement Hustadt) und ich zum Fachtag an. Wir möchten beide gern in den Workshop „Nachbarschaft gestalten“.

Zum Hintergrund: In der Hustadt bewirtschaften wir 1.150 Wohnungen, in denen Menschen aus 42 Nationen leben; seit 2023 haben wir dort 96 Haushalte mit Fluchtgeschichte aufgenommen. Unser Nachbarschaftstreff am Brunnenplatz 6 ist dienstags und donnerstags von 14 bis 18 Uhr geöffnet – Ihre Teilnehmenden sind herzlich eingeladen.

Mit freundlichen Grüßen
Thomas Schürmann
Bereichsleiter Soziales Management
Bochumer Wohnungsgesellschaft mbH"""


def new_outlook_html(text):
    divs = "\n".join(
        f"<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
        f"Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; "
        f"color: rgb(0, 0, 0);\">{esc(line) if line else '<br>'}</div>"
        for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\">\n<style type=\"text/css\" style=\"display:none;\"> "
            "P {margin-top:0;margin-bottom:0;} </style>\n</head>\n"
            f"<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


@mail("schuermann-wohnungsgesellschaft-html-only", "2027-06-28 08:44:51",
      E("registration", "t.schuermann@bowo-bochum.example", "Thomas Schürmann",
        "Bochumer Wohnungsgesellschaft mbH", ["WS4"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Thomas Schürmann <t.schuermann@bowo-bochum.example>"),
           ("To", TO_FTW),
           ("Subject", "Anmeldung Fachtag 16.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<PAXPR03MB7745B1C2D3E4F5A6B7C8D9E0F1A2@PAXPR03MB7745.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(SCHUERMANN_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Kurmanji, UTF-8 QP.  2019, two years, "6 kes di odeyeke 20 m² de" (6
# people in a 20 m² room) are not the party; "em 2 kes in" = 2.

@mail("ekinci-kurmanji", "2027-06-29 19:26:14",
      E("registration", "rojda.ekinci@mail.example", "Rojda Ekinci",
        "Navenda Jinên Kurd Bochum e.V.", ["WS3"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Ekinci <rojda.ekinci@mail.example>"),
           ("To", FTW),
           ("Subject", "Qeydkirin - Fachtag Flucht und Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<CAK2wE4rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2y@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Navê min Rojda Ekinci ye. Ez ji sala 2019an ve li Almanyayê me û li Bochumê dijîm. Du salan em di kampekê de (Gemeinschaftsunterkunft) man, 6 kes di odeyeke 20 m² de. Niha ez bi dilxwazî di komeleya xwe de alîkariya jinên nû dikim.

Ez dixwazim beşdarî Workshop 3 (Gemeinschaftsunterkünfte) bibim. Ez û hevala xwe Zozan Kaya tên, yanî em 2 kes in.

Spas,
Rojda Ekinci
Navenda Jinên Kurd Bochum e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Sent from the association's shared mailbox; Reply-To is his private
# address and he asks for the answer there.  "2. Vorsitzender", 60 families,
# 7 persons, 26 months are not the party or the workshop; WS1 then WS3, alone.

@mail("sadat-shared-mailbox-reply-to", "2027-07-01 11:11:40",
      E("registration", "h.sadat@mail.example", "Hamid Sadat",
        "Afghanischer Kulturverein Bochum e.V.", ["WS1", "WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Afghanischer Kulturverein Bochum e.V." <info@afghanischer-kulturverein-bochum.example>'),
           ("Reply-To", "Hamid Sadat <h.sadat@mail.example>"),
           ("To", FTW),
           ("Subject", "Anmeldung zum Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<5f1c7a3e90b2d48e6c1a@afghanischer-kulturverein-bochum.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich schreibe über das Vereinspostfach, bitte antworten Sie mir aber an meine private Adresse.

Unser Verein hat zwischen 2021 und 2023 über 60 Familien von afghanischen Ortskräften beim Ankommen begleitet. Viele leben bis heute in der Unterkunft an der Kemnader Straße, eine Familie mit 7 Personen seit 26 Monaten in zwei Zimmern.

Ich melde mich für Workshop 1 (Wohnungssuche begleiten) an, als Zweitwunsch Workshop 3. Ich komme allein.

Mit freundlichen Grüßen
Hamid Sadat
2. Vorsitzender
Afghanischer Kulturverein Bochum e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# The head of a shelter registers an employee and does not come herself;
# she asks to send the confirmation to the employee's address.  92 places,
# 87 residents, a meeting on 16.09. at 10 Uhr are not the party.

@mail("sandmann-registers-employee", "2027-07-02 14:02:08",
      E("registration", "lena.albrecht@drk-bochum.example", "Lena Albrecht",
        "DRK-Kreisverband Bochum e.V.", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Petra Sandmann <p.sandmann@drk-bochum.example>"),
           ("To", FTW),
           ("Cc", "Lena Albrecht <lena.albrecht@drk-bochum.example>"),
           ("Subject", "Anmeldung Fr. Albrecht - Fachtag Flucht und Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<010201db7b3c$2e4f6a80$8aee1f80$@drk-bochum.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wiesmann-Okoro,

hiermit melde ich unsere Mitarbeiterin Frau Lena Albrecht für den Fachtag an. Frau Albrecht arbeitet seit April in der Betreuung unserer Unterkunft Wohlfahrtstraße (92 Plätze, Belegung aktuell 87) und soll in den Workshop 3 zu den Gemeinschaftsunterkünften.

Bitte schicken Sie die Bestätigung direkt an sie: lena.albrecht@drk-bochum.example

Ich selbst kann leider nicht kommen, weil am 16.09. um 10 Uhr unsere Trägerrunde mit dem Sozialamt stattfindet.

Mit freundlichen Grüßen
Petra Sandmann
Einrichtungsleitung
DRK-Kreisverband Bochum e.V.
Tel. 0234 / 44 29 71-3
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  6 years, 3 of them in a shelter,
# room 214, four people in 18 m², 40 members are not the party; first and
# second choice; "Two of us will come" = 2.

ADEYEMI_TEXT = """Dear organisers,

My name is Emmanuel Adeyemi. I came to Germany 6 years ago and spent the first 3 of them in a shelter in Bochum-Gerthe (room 214 - four people in 18 square metres). Today I am part of African Refugee Voices Ruhr, a self-organised group of about 40 members, and we advise people who are still living in shelters.

We would like to register for the Fachtag: first choice Workshop 3 (shared accommodation), second choice Workshop 4. Two of us will come - myself and our coordinator, Blessing Okon.

Kind regards,
Emmanuel Adeyemi
African Refugee Voices Ruhr
+49 157 3902 7716"""


@mail("adeyemi-english-gmail", "2027-07-05 10:37:22",
      E("registration", "e.adeyemi@mail.example", "Emmanuel Adeyemi",
        "African Refugee Voices Ruhr", ["WS3", "WS4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Emmanuel Adeyemi <e.adeyemi@mail.example>"),
           ("To", FTW),
           ("Subject", "Registration - Fachtag Flucht und Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8hG6fD4sA2pO0iU8yT6rE4wQ2zX0cV8bN6mK4jH2gF0dS8a@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Arabic question before registering: interpretation, children (٤ and ٧
# years), house number ١٢, 2nd floor.  Arabic-Indic digits, UTF-8 QP.

@mail("haddad-arabic-question", "2027-07-06 22:10:35",
      E("question", "rania.haddad@mail.example", "رانيا حداد",
        "مبادرة جسور", [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("Rania Haddad", "rania.haddad@mail.example")),
           ("To", FTW),
           ("Subject", "سؤال عن اليوم التخصصي"),
           ("Date", m.date),
           ("Message-ID", "<CAH1gT3yU5iO7pA9sD1fG3hJ5kL7zX9cV1bN3mQ5wE7rT9yU1i@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

قرأت عن اليوم التخصصي في ١٦ أيلول على صفحة مبادرة جسور. لدي بعض الأسئلة قبل التسجيل:
- هل تتوفر ترجمة إلى العربية في ورشات العمل؟
- هل يمكنني إحضار طفليّ (٤ و٧ سنوات)؟ هل يوجد مكان لرعاية الأطفال؟
- أنا أعيش منذ ٣ سنوات في شقة مؤقتة من البلدية (البيت رقم ١٢، الطابق الثاني). هل اليوم مناسب أيضاً لأشخاص يبحثون بأنفسهم عن سكن وليسوا متطوعين؟

شكراً جزيلاً
رانيا حداد
مبادرة جسور
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Registration that also asks a question (how to get there); iso-8859-1 QP.
# 2015, two families with 4 and 6 children, bus 353, age 78, house number 27
# are not the party; workshop by number and title; alone (1).

@mail("pohlmann-registration-with-bus-question", "2027-07-08 09:50:01",
      E("registration", "gisela.pohlmann@mail.example", "Gisela Pohlmann",
        "Ökumenischer Arbeitskreis Asyl Gerthe", ["WS1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gisela Pohlmann <gisela.pohlmann@mail.example>"),
           ("To", FTW),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<4A1B2C3D.5060708@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Fachtag am 16. September an. Ich bin seit 2015 im Ökumenischen Arbeitskreis Asyl Gerthe aktiv und begleite zurzeit zwei Familien bei der Wohnungssuche (eine mit 4, eine mit 6 Kindern). Daher interessiert mich der Workshop 1 "Wohnungssuche begleiten".

Eine Frage habe ich noch: Ich komme mit dem Bus 353 aus Gerthe und muss am Hauptbahnhof umsteigen. Ist das BVZ von dort gut zu Fuß zu erreichen? Ich bin 78 und nicht mehr so schnell.

Mit freundlichen Grüßen
Gisela Pohlmann
Ökumenischer Arbeitskreis Asyl Gerthe
privat: Heinrichstraße 27, 44805 Bochum
""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# City social services, Outlook multipart/alternative (windows-1252 QP).
# Four persons listed by name; 83 cases, 5 shelters, 19 households, room
# 3.17 are not the party; first choice WS1, fallback WS3.

HAMANN_TEXT = """Sehr geehrte Frau Wiesmann-Okoro,

aus dem Sozialdienst Flüchtlingsunterbringung melden wir uns zu viert zum Fachtag an:

- Ulrike Hamann
- Bernd Tiemann
- Aysel Korkmaz
- Jan-Philipp Wolters

Wir betreuen derzeit 83 laufende Fälle in 5 Einrichtungen, davon 19 Haushalte mit Auszugsperspektive. Uns interessiert deshalb vor allem der Weg aus der Unterkunft in den eigenen Wohnraum: Erstwunsch Workshop 1, falls dort kein Platz mehr ist, gern Workshop 3.

Mit freundlichen Grüßen
i. A. Ulrike Hamann

Amt für Soziales der Stadt Bochum
Sozialdienst Flüchtlingsunterbringung
Willy-Brandt-Platz 2–6, Zimmer 3.17, 44777 Bochum
Telefon 0234 910-3317"""


@mail("hamann-amt-fuer-soziales-four", "2027-07-09 13:15:46",
      E("registration", "uhamann@bochum-stadt.example", "Ulrike Hamann",
        "Amt für Soziales der Stadt Bochum", ["WS1", "WS3"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Hamann, Ulrike" <UHamann@bochum-stadt.example>'),
           ("To", FTW),
           ("Subject", "Anmeldung Sozialdienst Flüchtlingsunterbringung - 4 Personen"),
           ("Thread-Topic", "Anmeldung Sozialdienst Flüchtlingsunterbringung - 4 Personen"),
           ("Date", m.date),
           ("Message-ID", "<4b7e2d19c0a84f36@EXCH02.bochum-stadt.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HAMANN_TEXT, outlook_html(HAMANN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Change (Gmail reply quoting the confirmation: WS2, 2 persons): one more
# person (3) and Workshop 1 instead of the Mietrecht workshop.  "3-Zimmer
# bis 75 m²" is not the party.

AHLERS_TEXT = """Hallo,

kleine Änderung: Wir sind jetzt doch zu dritt, meine Nachbarin Frau Rüther möchte auch mitkommen. Und wir würden lieber in Workshop 1 statt in den Mietrecht-Workshop – bei uns geht es gerade mehr um die Wohnungssuche (zwei Familien aus der Unterkunft Feldsieper Straße suchen eine 3-Zimmer-Wohnung bis 75 m²).

Danke und viele Grüße
Katrin Ahlers
Willkommensinitiative Weitmar"""

AHLERS_ATTR = f"Am Mo., 21. Juni 2027 um 09:14 Uhr schrieb {FTW_NAME} <{FTW}>:"


@mail("ahlers-change-to-ws1-three", "2027-07-12 17:40:19",
      E("change", "katrin.ahlers@mail.example", "Katrin Ahlers",
        "Willkommensinitiative Weitmar", ["WS1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Katrin Ahlers <katrin.ahlers@mail.example>"),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD5fR7tY9uI1oP3aS5dF7gH9jK1lZ3xC5vB7nM9qW1eR3tY5u@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270621091402.4a1c@bochum.example>"),
           ("References", "<mailbot.20270621091402.4a1c@bochum.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Ahlers", "WS2", 2)
    m.alternative(gmail_reply_plain(AHLERS_TEXT, AHLERS_ATTR, quoted),
                  gmail_reply_html(AHLERS_TEXT, AHLERS_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Ukrainian, UTF-8 8bit; Latin display name, Cyrillic signature.  31
# families, 2-room flats of 50–60 m², 480 euro are not the party; workshop
# 4, "Буду сам" = alone; also asks whether slides will be online.  The
# association appears inflected in the text, in base form in the signature.

@mail("kovalenko-ukrainian-utf8", "2027-07-13 08:25:33",
      E("registration", "a.kovalenko@mail.example", "Андрій Коваленко",
        "Український волонтерський центр Бохум", ["WS4"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Andrii Kovalenko <a.kovalenko@mail.example>"),
           ("To", FTW),
           ("Subject", "Реєстрація: Fachtag Flucht und Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<1783923933.771045.30412@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Я волонтер Українського волонтерського центру в Бохумі – з 2022 року ми допомагаємо українцям з пошуком житла. У 2026 році 31 сім'я отримала власні квартири, переважно 2-кімнатні по 50–60 м², з орендою до 480 євро «kalt», як вимагає Jobcenter.

Хочу зареєструватися на Fachtag 16.09.2027 на воркшоп 4 «Nachbarschaft gestalten». Буду сам.

І ще питання: чи будуть презентації після заходу доступні онлайн?

З повагою,
Андрій Коваленко
Український волонтерський центр Бохум
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Tenants' initiative: "zu fünft" = 5.  House numbers 4, 6 and 8, 14
# floors, years 1992 and 2016, 3 weeks are not the party; the workshop
# only by title.

@mail("lindemann-mieterinitiative-zu-fuenft", "2027-07-15 19:02:57",
      E("registration", "ute.lindemann@mail.example", "Ute Lindemann",
        "Mieterinitiative Hustadt", ["WS4"], 5, "de"), "de")
def _(m):
    m.head(("From", "Ute Lindemann <ute.lindemann@mail.example>"),
           ("To", FTW),
           ("Subject", "Wir kommen!"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8a1c5d-77f2-4b09-9d1e-6a2c4b8e0f13-1784134977201@3c-app-webde-bap08>"),
           ("MIME-Version", "1.0"))
    text = """Hallo ihr Lieben vom Fachtag,

wir von der Mieterinitiative Hustadt kommen gerne zu fünft! Wir sind Mieterinnen und Mieter aus den Häusern Brunnenplatz 4, 6 und 8 (je 14 Etagen), ungefähr die Hälfte von uns ist selbst irgendwann nach Deutschland geflüchtet, manche 1992, manche 2016. Der Aufzug in Nr. 6 ist übrigens seit 3 Wochen kaputt, falls jemand ein Beispiel für den Workshop braucht ;-)

Wir wollen alle in den Workshop Nachbarschaft gestalten.

Liebe Grüße
Ute Lindemann
für die Mieterinitiative Hustadt"""
    m.alternative(text, div_html(text), charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation sent to a mistyped
# domain ("rhur" for "ruhr"); the returned confirmation names Workshop 1
# and 2 persons.

@mail("postfix-bounce-domain-typo", "2027-07-16 10:00:06",
      E("bounce", bounced="nadia.rahimi@wohnprojekt-rhur.example"), "en")
def _(m):
    rcpt = "nadia.rahimi@wohnprojekt-rhur.example"
    m.head(("From", "MAILER-DAEMON@mail.bochum.example (Mail Delivery System)"),
           ("To", FTW),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270716080006.3C9E21A4F7@mail.bochum.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.bochum.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service
    error for name=wohnprojekt-rhur.example type=A: Host not found
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bochum.example"),
         ("X-Postfix-Queue-ID", "3C9E21A4F7"),
         ("X-Postfix-Sender", f"rfc822; {FTW}"),
         ("Arrival-Date", "Fri, 16 Jul 2027 10:00:02 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=wohnprojekt-rhur.example type=A: Host not found")])
    original = confirmation_message(
        f"Nadia Rahimi <{rcpt}>", "Frau Rahimi", "WS1", 2,
        "Fri, 16 Jul 2027 10:00:01 +0200", "<mailbot.20270716100001.8b2d@bochum.example>",
        "<a4e1c9d2-3b7f-4a60-9e18-5c2d0f7b1e93@wohnprojekt-ruhr.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 025 ---------------------------------------------------------------------
# Dari (Afghanistan), UTF-8 QP, Persian digits; Hijri-solar year 1399 and
# 2020, 2-room flat, 21 cases are not the party; "ورکشاپ نمبر ۲" = workshop
# 2; "من با دو نفر از همکارانم می‌آیم" = me with two colleagues = 3.

@mail("ahmadi-dari", "2027-07-19 21:33:10",
      E("registration", "nabi.ahmadi@mail.example", "محمد نبی احمدی",
        "Afghanische Jugend Bochum e.V.", ["WS2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", addr("Nabi Ahmadi", "nabi.ahmadi@mail.example")),
           ("To", FTW),
           ("Subject", "ثبت نام برای Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<CAL7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE1rT3yU5iO7p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم،

نام من محمد نبی احمدی است. از سال ۱۳۹۹ (۲۰۲۰) در آلمان استم و فعلاً در یک اپارتمان ۲ اتاقه در واتن‌شاید زندگی می‌کنم. در انجمن ما جوانان افغان را در قسمت قرارداد کرایه و پول برق کمک می‌کنیم، امسال تا حال ۲۱ قضیه داشتیم.

می‌خواهم در ورکشاپ نمبر ۲ (Mietrecht für Ehrenamtliche) اشتراک کنم. من با دو نفر از همکارانم می‌آیم.

تشکر
محمد نبی احمدی
Afghanische Jugend Bochum e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Housing cooperative, Outlook multipart/alternative with register data and
# a long disclaimer.  A phone call on 24.06., 2.860 flats, 12 vacant, 3
# barrier-free, GnR 412 are not the party; "Workshop 1, alternativ
# Workshop 2"; the writer and one named colleague = 2.

KRAMER_TEXT = """Sehr geehrte Frau Wiesmann-Okoro,

wie am 24.06. telefonisch besprochen, melde ich mich und meine Kollegin Jasmin Bredemeier aus der Vermietung für den Fachtag an. Erstwunsch: Workshop 1, alternativ Workshop 2.

Als Genossenschaft mit 2.860 Wohnungen haben wir derzeit 12 freie Einheiten, davon 3 barrierearm im Erdgeschoss. Im Workshop würden wir gern erklären, worauf wir bei Bewerbungen achten (Haushaltsgröße, WBS, Mietschuldenfreiheitsbescheinigung).

Mit freundlichen Grüßen

Dennis Kramer
Teamleitung Vermietung

Wohnungsgenossenschaft Bochum-Süd eG
Königsallee 142 | 44799 Bochum
Telefon: +49 234 97 55 0-21
www.wg-bochum-sued.example

Vorstand: Sabine Hellwig, Michael Brandtner | Aufsichtsratsvorsitzender: Klaus Wendt
Registergericht: Amtsgericht Bochum, GnR 412

Diese E-Mail einschließlich ihrer Anhänge ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat sind, unterrichten Sie bitte den Absender und löschen Sie diese E-Mail. Jede Form der Weitergabe, Vervielfältigung oder Nutzung ist unzulässig."""


@mail("kramer-genossenschaft-outlook-disclaimer", "2027-07-21 09:47:25",
      E("registration", "d.kramer@wg-bochum-sued.example", "Dennis Kramer",
        "Wohnungsgenossenschaft Bochum-Süd eG", ["WS1", "WS2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kramer, Dennis" <d.kramer@wg-bochum-sued.example>'),
           ("To", TO_FTW),
           ("Subject", "Anmeldung Fachtag Flucht und Wohnen - Wohnungsgenossenschaft Bochum-Süd"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR03MB4417E5F6A7B8C9D0E1F2A3B4C5D6@VI1PR03MB4417.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KRAMER_TEXT, outlook_html(KRAMER_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Question before registering: two workshops? certificate for 8 hours?
# Workshops 1 and 2 are named but not chosen; 2017, 3 families, 14 persons.

@mail("stoermer-question-two-workshops", "2027-07-23 15:20:48",
      E("question", "f.stoermer@mail.example", "Friedhelm Störmer", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Friedhelm Störmer <f.stoermer@mail.example>"),
           ("To", FTW),
           ("Subject", "Frage zum Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<20270723152048.GA4417@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

zwei kurze Fragen, bevor ich mich anmelde:

1) Kann man vormittags in Workshop 2 und nachmittags in Workshop 1? Oder
   laufen die Workshops parallel?
2) Gibt es eine Teilnahmebescheinigung? Ich brauche 8 Stunden Fortbildung
   im Jahr für meine Ehrenamtskarte.

Zum Hintergrund: Ich begleite seit 2017 ehrenamtlich Geflüchtete, aktuell
3 Familien mit insgesamt 14 Personen.

Gruß
Friedhelm Störmer
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Cancellation, Outlook plain text (windows-1252 QP) quoting the
# confirmation (WS3, 1) below a line of underscores.  Haus A und B, 140
# places are not persons.

BERGER_TEXT = """Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zurückziehen. Am 16.09. findet die jährliche Begehung unserer Unterkunft (Haus A und B, 140 Plätze) durch die Bezirksregierung statt, da muss ich vor Ort sein.

Vielleicht klappt es ja nächstes Jahr.

Mit freundlichen Grüßen
Nadine Berger
Johanniter-Unfall-Hilfe e.V.
Unterkunft Am Nordbad"""


@mail("berger-cancel-outlook-underscores", "2027-07-27 07:05:13",
      E("cancellation", "nadine.berger@johanniter-ruhr.example", "Nadine Berger",
        "Johanniter-Unfall-Hilfe e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Berger, Nadine" <nadine.berger@johanniter-ruhr.example>'),
           ("To", TO_FTW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB9031F6A7B8C9D0E1F2A3B4C5D6E7@AS8PR03MB9031.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270629142207.1f6e@bochum.example>"),
           ("References", "<mailbot.20270629142207.1f6e@bochum.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""{BERGER_TEXT}

________________________________
Von: {TO_FTW}
Gesendet: Dienstag, 29. Juni 2027 14:22
An: Berger, Nadine <nadine.berger@johanniter-ruhr.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Berger", "WS3", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Turkish, UTF-8 8bit from an Android phone.  2016, 9 families are not the
# party; "birinci tercihim 4. atölye ..., olmazsa 1. atölye"; "2 kişiyiz".

@mail("demirtas-turkish-android", "2027-07-28 20:14:39",
      E("registration", "aysedemirtas@mail.example", "Ayşe Demirtaş",
        "Kadın Dayanışma Evi Bochum", ["WS4", "WS1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Ayşe Demirtaş", "aysedemirtas@mail.example")),
           ("To", FTW),
           ("Subject", "Fachtag 16 Eylül kayıt"),
           ("Date", m.date),
           ("Message-ID", "<d7c3a1e5-2f84-4b96-a0e7-3c1b5d9f2e48@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Ben Ayşe Demirtaş, Bochum-Hamme'de oturuyorum ve Kadın Dayanışma Evi'nde gönüllüyüm. 2016'dan beri Suriyeli ve Afgan kadınlara ev ararken eşlik ediyorum; bu yıl 9 aile ev buldu.

Fachtag'e katılmak istiyorum: birinci tercihim 4. atölye (Nachbarschaft gestalten), olmazsa 1. atölye. Kızım Elif de benimle gelecek, yani 2 kişiyiz.

Teşekkürler, iyi çalışmalar
Ayşe Demirtaş
Kadın Dayanışma Evi Bochum

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Change in English (Gmail reply quoting the German confirmation: WS4, 1):
# from Workshop 4 to Workshop 2.  €1,240, 62 m² are not persons.

WHITFIELD_TEXT = """Hi there,

Could you please move me from Workshop 4 to Workshop 2 (tenancy law)? Since I registered, two of "our" families have received letters about their Nebenkosten - one is being asked for a back payment of €1,240 for a 62 m² flat! - so tenancy law has become much more urgent for us.

Many thanks,
Hannah Whitfield
Welcome Café Ehrenfeld"""

WHITFIELD_ATTR = f"On Wed, 30 Jun 2027 at 11:05, {FTW_NAME} <{FTW}> wrote:"


@mail("whitfield-change-english", "2027-08-02 10:31:02",
      E("change", "hannah.whitfield@mail.example", "Hannah Whitfield",
        "Welcome Café Ehrenfeld", ["WS2"], None, "en"), "en")
def _(m):
    m.head(("From", "Hannah Whitfield <hannah.whitfield@mail.example>"),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE2dF4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2j@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270630110511.7c3a@bochum.example>"),
           ("References", "<mailbot.20270630110511.7c3a@bochum.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Whitfield", "WS4", 1)
    m.alternative(gmail_reply_plain(WHITFIELD_TEXT, WHITFIELD_ATTR, quoted),
                  gmail_reply_html(WHITFIELD_TEXT, WHITFIELD_ATTR, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative rtl, UTF-8 base64.  7 years, 15 cases,
# a family of 8 in 3 rooms on the 5th floor are not the party;
# "ورشة العمل الثانية" = the second workshop; "سنأتي ثلاثة أشخاص" = 3.

ALOMAR_TEXT = """مرحباً،

اسمي خالد العمر، أعيش في ألمانيا منذ 7 سنوات، وأنا متطوع في رابطة العائلات السورية في بوخوم. نساعد العائلات في فهم عقود الإيجار وفواتير التدفئة. حالياً نتابع 15 حالة، منها عائلة من 8 أشخاص في شقة من 3 غرف في الطابق الخامس.

نريد التسجيل في ورشة العمل الثانية (Mietrecht für Ehrenamtliche). سنأتي ثلاثة أشخاص.

مع التحية
خالد العمر
رابطة العائلات السورية في بوخوم"""


@mail("alomar-arabic-gmail-rtl", "2027-08-04 18:48:55",
      E("registration", "khaled.alomar@mail.example", "خالد العمر",
        "رابطة العائلات السورية في بوخوم", ["WS2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("Khaled Al-Omar", "khaled.alomar@mail.example")),
           ("To", FTW),
           ("Subject", "التسجيل في ورشة العمل"),
           ("Date", m.date),
           ("Message-ID", "<CAN3pA5sD7fG9hJ1kL3zX5cV7bN9mQ1wE3rT5yU7iO9pA1sD3f@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALOMAR_TEXT, gmail_html(ALOMAR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Short phone mail, Outlook for Android; "WS 2"; arrival "ab 10:30".

@mail("hoelscher-outlook-android-short", "2027-08-09 07:58:20",
      E("registration", "tim.hoelscher@mail.example", "Tim Hölscher",
        "Refugees Welcome Bochum-Süd", ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tim Hölscher <tim.hoelscher@mail.example>"),
           ("To", FTW),
           ("Subject", "Anmeldung WS 2"),
           ("Date", m.date),
           ("Message-ID", "<DU0P191MB1822C3D4E5F6A7B8C9D0E1F2A3B4@DU0P191MB1822.EURP191.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    text = """Hi, hiermit melde ich mich für WS 2 (Mietrecht) an. Bin allerdings erst ab 10:30 da, muss vorher meine Tochter in die Kita bringen.

Gruß Tim Hölscher
Refugees Welcome Bochum-Süd

Outlook für Android herunterladen<https://aka.example/AAb9ysg>"""
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                           for line in text.split("\n")[:-1])
                 + "<div dir=\"auto\">Outlook für Android <a href=\"https://aka.example/AAb9ysg\">"
                   "herunterladen</a></div></div></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Vacation reply (Auto-Submitted: auto-replied) to a confirmation; English
# and German; a return date and case numbers.

@mail("adler-vacation-bilingual", "2027-08-10 11:59:47",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Miriam Adler <m.adler@housing-lab-ruhr.example>"),
           ("To", FTW),
           ("Subject", "Out of office / Abwesenheit: Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1786363187.20419@housing-lab-ruhr.example>"),
           ("In-Reply-To", "<mailbot.20270810115940.2e9f@bochum.example>"),
           ("References", "<mailbot.20270810115940.2e9f@bochum.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Thank you for your message. I am on annual leave until 30 August 2027
with limited access to email. For urgent matters concerning the Housing
First pilot (cases HF-2027-014 to HF-2027-031) please contact
team@housing-lab-ruhr.example.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 30. August 2027 im Urlaub
und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie
sich bitte an team@housing-lab-ruhr.example.

Miriam Adler
Housing Lab Ruhr
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Cancellation in Ukrainian, Gmail with Ukrainian interface, quoting the
# German confirmation (WS1, 1).  Moving day: 3 rooms, 4th floor, an emoji.

BONDAR_TEXT = """Доброго дня!

На жаль, я не зможу прийти на Fachtag 16 вересня: саме цього дня ми переїжджаємо в нову квартиру (3 кімнати, 4-й поверх, без ліфта 🙂). Будь ласка, скасуйте мою реєстрацію.

Дякую і вибачте!
Світлана Бондар"""

BONDAR_ATTR = f"пн, 5 лип. 2027 р. о 18:40 {FTW_NAME} <{FTW}> пише:"


@mail("bondar-cancel-ukrainian-gmail", "2027-08-12 16:40:31",
      E("cancellation", "svitlana.bondar@mail.example", "Світлана Бондар",
        None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Світлана Бондар", "svitlana.bondar@mail.example", "utf-8", "b")),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP4sD6fG8hJ0kL2zX4cV6bN8mQ0wE2rT4yU6iO8pA0sD2fG4h@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270705184012.5d8b@bochum.example>"),
           ("References", "<mailbot.20270705184012.5d8b@bochum.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Bondar", "WS1", 1)
    m.alternative(gmail_reply_plain(BONDAR_TEXT, BONDAR_ATTR, quoted),
                  gmail_reply_html(BONDAR_TEXT, BONDAR_ATTR, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Kurmanji, iso-8859-9 QP, name and subject in iso-8859-9 encoded words.
# 2015, 8 families are not the party; WS1, else WS4; "Em sê kes tên" = 3.

@mail("ferho-kurmanji-iso8859-9", "2027-08-16 19:20:06",
      E("registration", "xelil.ferho@mail.example", "Xelîl Ferho",
        "Komela Êzîdiyan a Bochumê", ["WS1", "WS4"], 3, "ku"), "ku")
def _(m):
    m.head(("From", addr("Xelîl Ferho", "xelil.ferho@mail.example", "iso-8859-9", "q")),
           ("To", FTW),
           ("Subject", ew("Qeydkirina ji bo Fachtag - Komela Êzîdiyan", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270816192006.7E4A1B9C2D@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Roj baş,

Ez Xelîl Ferho me, ji Şingalê hatime û ji sala 2015an ve li Bochumê dijîm. Em li Komela Êzîdiyan a Bochumê alîkariya malbatan dikin ku xaniyan bibînin - îsal 8 malbat ji kampê derketin û çûn xaniyên xwe.

Em dixwazin beşdarî Workshop 1 (Wohnungssuche begleiten) bibin, heke cih tune be Workshop 4. Em sê kes tên: ez, birayê min Şêro û hevalê me Dilşad.

Bi silav
Xelîl Ferho
Komela Êzîdiyan a Bochumê
""", charset="iso-8859-9", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Change of party size only (1 -> 2), the workshop stays: workgroups [].
# Outlook plain text "-----Ursprüngliche Nachricht-----" quote (WS2, 1).

@mail("brandt-change-party-size", "2027-08-18 07:33:44",
      E("change", "stefanie.brandt@diakonie-ruhr.example", "Stefanie Brandt",
        "Diakonie Ruhr", [], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brandt, Stefanie" <stefanie.brandt@diakonie-ruhr.example>'),
           ("To", TO_FTW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000f01db8fa1$9b2c4d60$d184e820$@diakonie-ruhr.example>"),
           ("In-Reply-To", "<mailbot.20270709100317.9a4c@bochum.example>"),
           ("References", "<mailbot.20270709100317.9a4c@bochum.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Morgen,

eine Ergänzung zu meiner Anmeldung: Mein Kollege Peter Lüke aus unserem Beratungsteam kommt noch mit, wir sind also zu zweit. Am Workshop ändert sich nichts.

Viele Grüße
Stefanie Brandt
Diakonie Ruhr – Fachberatung Wohnungsnotfälle
Westring 26, 44787 Bochum

-----Ursprüngliche Nachricht-----
Von: {TO_FTW}
Gesendet: Freitag, 9. Juli 2027 10:03
An: Brandt, Stefanie <stefanie.brandt@diakonie-ruhr.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Brandt", "WS2", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Newsletter of a housing alliance (other): mentions the Fachtag, a
# tenants' meeting with its own "Anmeldung", rents and waiting times.

NEWSLETTER_TEXT = """Bündnis Wohnen Ruhr – Rundbrief August 2027

Liebe Mitstreiterinnen und Mitstreiter,

1. Fachtag Flucht und Wohnen am 16. September
Im BVZ Bochum gibt es noch freie Plätze in den Workshops zu Wohnungssuche, Mietrecht, Gemeinschaftsunterkünften und Nachbarschaft. Anmeldung formlos per E-Mail an fachtag-wohnen@bochum.example.

2. Mieterversammlung Hustadt am 2. September, 18 Uhr
Im Nachbarschaftstreff am Brunnenplatz 6. Eine Anmeldung ist nicht nötig, Kinderbetreuung ist organisiert.

3. Zahlen des Monats
Angebotsmieten in Bochum: im Schnitt 8,10 €/m² kalt (2022: 6,90 €/m²). Wartezeit auf eine geförderte Wohnung mit WBS: rund 14 Monate, für Haushalte mit 5 oder mehr Personen deutlich länger.

Sie erhalten diesen Rundbrief, weil Sie sich dafür eingetragen haben.
Abmelden: https://buendnis-wohnen-ruhr.example/rundbrief/abmelden?id=3302
Bündnis Wohnen Ruhr · c/o Bahnhof Langendreer · Wallbaumweg 108 · 44894 Bochum"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rundbrief August 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#b33a1f;color:#fff;"><h1 style="margin:0;font-size:22px;">Bündnis Wohnen Ruhr</h1><p style="margin:4px 0 0;">Rundbrief August 2027</p></td></tr>
<tr><td>
<p>Liebe Mitstreiterinnen und Mitstreiter,</p>
<h2 style="font-size:17px;color:#b33a1f;">1. Fachtag Flucht und Wohnen am 16. September</h2>
<p>Im BVZ Bochum gibt es noch freie Plätze in den Workshops zu Wohnungssuche, Mietrecht, Gemeinschaftsunterkünften und Nachbarschaft. Anmeldung formlos per E-Mail an <a href="mailto:fachtag-wohnen@bochum.example">fachtag-wohnen@bochum.example</a>.</p>
<h2 style="font-size:17px;color:#b33a1f;">2. Mieterversammlung Hustadt am 2. September, 18 Uhr</h2>
<p>Im Nachbarschaftstreff am Brunnenplatz 6. Eine Anmeldung ist nicht nötig, Kinderbetreuung ist organisiert.</p>
<h2 style="font-size:17px;color:#b33a1f;">3. Zahlen des Monats</h2>
<p>Angebotsmieten in Bochum: im Schnitt 8,10 €/m² kalt (2022: 6,90 €/m²). Wartezeit auf eine geförderte Wohnung mit WBS: rund 14 Monate, für Haushalte mit 5 oder mehr Personen deutlich länger.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Rundbrief, weil Sie sich dafür eingetragen haben.<br>
<a href="https://buendnis-wohnen-ruhr.example/rundbrief/abmelden?id=3302">Abmelden</a> · Bündnis Wohnen Ruhr · c/o Bahnhof Langendreer · Wallbaumweg 108 · 44894 Bochum</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("buendnis-wohnen-newsletter", "2027-08-20 14:12:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Bündnis Wohnen Ruhr <rundbrief@buendnis-wohnen-ruhr.example>"),
           ("To", FTW),
           ("Subject", "Rundbrief August 2027: Fachtag, Mieterversammlung, Zahlen des Monats"),
           ("Date", m.date),
           ("Message-ID", "<rb-2027-08.3302.a71c@buendnis-wohnen-ruhr.example>"),
           ("List-Id", "Rundbrief Buendnis Wohnen Ruhr <rundbrief.buendnis-wohnen-ruhr.example>"),
           ("List-Unsubscribe", "<https://buendnis-wohnen-ruhr.example/rundbrief/abmelden?id=3302>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Filled-in form block from a tenants' association; "Personen: 2 (mit
# Kollegin ...)"; membership number 1047 and phone are not persons.

@mail("celik-form-block", "2027-08-24 11:08:29",
      E("registration", "a.celik@mieterschutz-wattenscheid.example", "Aylin Çelik",
        "Mieterschutzverein Wattenscheid e.V.", ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Aylin Celik <a.celik@mieterschutz-wattenscheid.example>"),
           ("To", FTW),
           ("Subject", "Anmeldung Fachtag Flucht und Wohnen 2027"),
           ("Date", m.date),
           ("Message-ID", "<6e2b9f14-a3c7-4d58-91e0-7f4c2a8d1b36@mieterschutz-wattenscheid.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

anbei unsere Anmeldung:

Name: Aylin Çelik
Organisation: Mieterschutzverein Wattenscheid e.V.
Funktion: Mieterberaterin
Workshop: 2 (Mietrecht für Ehrenamtliche)
Personen: 2 (mit meiner Kollegin Frau Schwarz)
Mitgliedsnummer Netzwerk Wohnen: 1047
Telefon: 02327 83 19 06

Mit freundlichen Grüßen
Aylin Çelik
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change in Dari (Gmail, Persian interface) quoting the German confirmation
# (WS3, 1): from workshop ۳ to workshop ۴.  House number ۳۴, first floor.

SULTANI_TEXT = """سلام،

لطفاً ثبت‌نام مرا از ورکشاپ ۳ به ورکشاپ ۴ (Nachbarschaft gestalten) تبدیل کنید. ما از ماه گذشته از کمپ به یک خانه در ریمکه کوچ کردیم (خانه نمبر ۳۴، منزل اول) و حالا بیشتر مشکل ما با همسایه‌ها است.

تشکر زیاد
فریبا سلطانی"""

SULTANI_ATTR = f"در تاریخ سه‌شنبه ۱۳ ژوئیه ۲۰۲۷ ساعت ۱۶:۰۲ {FTW_NAME} <{FTW}> نوشت:"


@mail("sultani-change-dari-gmail", "2027-08-27 17:55:52",
      E("change", "fariba.sultani@mail.example", "فریبا سلطانی",
        None, ["WS4"], None, "fa"), "fa")
def _(m):
    m.head(("From", addr("Fariba Sultani", "fariba.sultani@mail.example")),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ5dF7gH9jK1lZ3xC5vB7nM9qW1eR3tY5uI7oP9aS1dF3gH5j@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270713160208.3b7e@bochum.example>"),
           ("References", "<mailbot.20270713160208.3b7e@bochum.example>"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Sultani", "WS3", 1)
    m.alternative(gmail_reply_plain(SULTANI_TEXT, SULTANI_ATTR, quoted),
                  gmail_reply_html(SULTANI_TEXT, SULTANI_ATTR, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# English question from a refugee self-organisation: open to shelter
# residents? childcare?  "I would register 3 or 4 people ... next week" is
# a plan, not a registration; 4 or 5 years are not persons.

@mail("tesfamariam-english-question", "2027-08-31 10:22:18",
      E("question", "yonas.tesfamariam@eritrean-community-bochum.example", "Yonas Tesfamariam",
        "Eritrean Community Bochum", [], None, "en"), "en")
def _(m):
    m.head(("From", "Yonas Tesfamariam <yonas.tesfamariam@eritrean-community-bochum.example>"),
           ("To", FTW),
           ("Subject", "Question: can shelter residents attend?"),
           ("Date", m.date),
           ("Message-ID", "<f3a8c2d1-6e49-4b7a-8c05-d1e9b2a7f460@eritrean-community-bochum.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I am writing on behalf of the Eritrean Community Bochum. Some of our
members have been living in shelters for 4 or 5 years now, and a few of
them would like to come to the Fachtag themselves - not only volunteers
speaking about them.

Is the event open to residents of shelters as well? And is there
childcare? If yes, I would register 3 or 4 people from our community
next week.

Best regards,
Yonas Tesfamariam
Eritrean Community Bochum
""", charset="utf-8", cte="7bit")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Turkish, Thunderbird with Turkish attribution line,
# quoting the confirmation (WS4, 1).  "3+1 daire, 2. kat" is a flat, not
# persons or a workshop.

YILMAZ_ATTR = f"4.08.2027 10:12 tarihinde {FTW_NAME} yazdı:"


@mail("yilmaz-cancel-turkish-thunderbird", "2027-09-03 08:40:37",
      E("cancellation", "derya.yilmaz@mail.example", "Derya Yılmaz",
        None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Derya Yılmaz", "derya.yilmaz@mail.example", "utf-8", "q")),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b8e4f1a3-0c27-4d95-a6b1-2e9d7c3f5a08@mail.example>"),
           ("In-Reply-To", "<mailbot.20270804101205.6f1d@bochum.example>"),
           ("References", "<mailbot.20270804101205.6f1d@bochum.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

maalesef 16 Eylül'de gelemeyeceğim. Aynı gün Gelsenkirchen'deki yeni
evimizin anahtar teslimi var (3+1 daire, 2. kat) ve tarih değişmiyor.
Kaydımı iptal edebilir misiniz?

Kusura bakmayın, iyi çalışmalar.
Derya Yılmaz

{YILMAZ_ATTR}
{gt_quote(confirmation("Frau Yılmaz", "WS4", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Change asked as a question, with a fallback to the current workshop
# ("falls der schon voll ist, bleibe ich einfach in Workshop 4"): Apple Mail
# multipart/alternative quoting the confirmation (WS4, 1).  House number 91,
# 12 families are not persons.

VOGT_TEXT = """Liebes Fachtag-Team,

können Sie mich noch in den Workshop Mietrecht umbuchen? Falls der schon voll ist, bleibe ich einfach in Workshop 4.

Hintergrund: Aus unserer Unterkunft Ruhrstraße 91 sind seit Juli 12 Familien in eigene Wohnungen gezogen, und fast alle haben jetzt Fragen zu Kaution und Nebenkosten.

Danke!
Martina Vogt"""

VOGT_ATTR = f"Am 02.08.2027 um 15:11 schrieb {FTW_NAME} <{FTW}>:"


@mail("vogt-change-with-fallback-apple", "2027-09-06 15:27:11",
      E("change", "martina.vogt@mail.example", "Martina Vogt", None,
        ["WS2", "WS4"], None, "de"), "de")
def _(m):
    m.head(("From", "Martina Vogt <martina.vogt@mail.example>"),
           ("To", TO_FTW),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E3B7D1F9-4A2C-4E86-9B05-C8D2A6F1E407@mail.example>"),
           ("In-Reply-To", "<mailbot.20270802151106.0c5a@bochum.example>"),
           ("References", "<mailbot.20270802151106.0c5a@bochum.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Vogt", "WS4", 1)
    plain = f"{VOGT_TEXT}\n\n> {VOGT_ATTR}\n> \n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(VOGT_TEXT, VOGT_ATTR, quoted), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 043 ---------------------------------------------------------------------
# Learner German from a phone, no umlauts in "heisse".  22 years, 4 years,
# 2 years, room 12, "3 Person" (a shared room) are not the party; the
# workshop only as "Workshop Gemeinschaftsunterkunft"; "ich komme allein".
# Signed with the first name only.

@mail("haidari-learner-german-samsung", "2027-09-08 22:05:59",
      E("registration", "samir.haidari@mail.example", "Samir Haidari",
        "Refugee Youth Bochum", ["WS3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Samir Haidari <samir.haidari@mail.example>"),
           ("To", FTW),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<k2p8v1.1788811559.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heisse Samir Haidari, ich bin 22 jahre und wohne seit 4 jahre in Deutschland. 2 jahre ich war in Heim in Wattenscheid, Zimmer 12 mit 3 Person. Jetzt ich habe WG Zimmer.

Ich möchte bei Workshop Gemeinschaftsunterkunft teilnehmen, ich komme allein. Ich bin in Gruppe Refugee Youth Bochum.

Danke
Samir

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation for two, Outlook HTML only (windows-1252 QP) quoting the
# confirmation (WS1, 2).  House number 23, 14 households, 5 families are
# not persons of the registration.

REINDERS_TEXT = """Sehr geehrte Damen und Herren,

leider müssen Herr Kuhlmann und ich unsere Teilnahme am Fachtag kurzfristig absagen. Nach einem Wasserschaden in der Mühlenstraße 23 mussten am Wochenende 14 Haushalte evakuiert werden, davon 5 Familien mit Fluchtgeschichte; wir sind in den nächsten Tagen mit Ersatzwohnungen beschäftigt.

Wir wünschen Ihnen einen erfolgreichen Fachtag.

Mit freundlichen Grüßen
i. A. Julia Reinders
Wohnungsverwaltung
Wohnbau Ruhrbogen GmbH"""


@mail("reinders-cancel-outlook-html", "2027-09-13 07:14:26",
      E("cancellation", "julia.reinders@wohnbau-ruhrbogen.example", "Julia Reinders",
        "Wohnbau Ruhrbogen GmbH", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Reinders, Julia" <julia.reinders@wohnbau-ruhrbogen.example>'),
           ("To", TO_FTW),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb8k2Lr7Qm0xT4yV1nC9sD3fG6hAB2kL0p"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7702A9B8C7D6E5F4A3B2C1D0E9F8@DB9PR03MB7702.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270708083714.4e2b@bochum.example>"),
           ("References", "<mailbot.20270708083714.4e2b@bochum.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FTW, "Donnerstag, 8. Juli 2027 08:37",
             "Reinders, Julia <julia.reinders@wohnbau-ruhrbogen.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Reinders", "WS1", 2))
    m.single(outlook_html(REINDERS_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


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


def check_label(e, msg, texts):
    """Problems with one expected record, judged against the decoded mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKSHOPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad party_size for change")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    hay = "\n".join([str(v) for k, v in msg.items()] + texts)
    if kind in PERSON_KINDS:
        em, name, lang = e["email"], e["name"], e["language"]
        if not em or em != em.lower() or em not in hay.lower():
            problems.append(f"email {em!r} not lower-case or not in the mail")
        if not name or name not in hay:
            problems.append(f"name {name!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in hay:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if lang not in LANGS:
            problems.append(f"language {lang!r} not one of {LANGS}")
        if kind in ("change", "cancellation") and "Angemeldete Personen:" not in hay:
            problems.append("change/cancellation does not quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            if getattr(v, "defects", None):
                problems.append(f"header {k} defects {v.defects}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 9, 16, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 June - 15 Sept 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # hand-encoded RFC 2047 words must decode to readable text (no mojibake marks)
    for h in ("From", "Subject"):
        raw = m.msg.get(h)
        if raw is not None and "=?" in str(m.msg.get_all(h)):
            dec = str(make_header(decode_header(str(raw))))
            if "\ufffd" in dec:
                problems.append(f"{h} decodes with replacement characters")
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
    for dom in re.findall(r"\bwww\.([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom != "w3.org":
            problems.append(f"non-example web host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    texts = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            c = p.get_content()
            texts.append(html.unescape(c) if p.get_content_subtype() == "html" else c)
    problems += check_label(expected, msg, texts)
    return problems


def check_corpus(built, datas):
    """Checks across mails: no sender twice, unique Message-IDs."""
    problems = []
    senders = collections.Counter()
    ids = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = getaddresses([str(msg["From"])])
        senders[frm[0][1].lower() if frm and frm[0][1] else str(msg["From"]).lower()] += 1
        ids[str(msg["Message-ID"])] += 1
    for s, k in senders.items():
        if k > 1:
            problems.append(f"sender {s} appears {k} times")
    for i, k in ids.items():
        if k > 1:
            problems.append(f"Message-ID {i} appears {k} times")
    if not 40 <= len(built) <= 45:
        problems.append(f"{len(built)} mails, want 40-45")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{l:>3}" for l in langs) + "  all  kind")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print("  " + " ".join(f"{v:>3}" for v in row) + f"  {sum(row):>3}  {k}")
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
    for problem in check_corpus(built, datas):
        print(problem)
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
