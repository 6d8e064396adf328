#!/usr/bin/env python3
"""Build the evaluation set "final13b" (Fachtag Wohnen und Nachbarschaft 2027)
for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Every mail text below is written by hand, one mail at a time.  This script wraps
the texts in MIME with the standard `email` package, writes the files, and reads
every file back with email.policy.default to check that it parses without
defects, that each body part decodes to exactly the text written here, that
only example domains occur, and that every label is consistent.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Standard library only (Python 3.11).
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

FT = "fachtag-wohnen@bielefeld.example"
TO_FT = f"Fachtag Wohnen und Nachbarschaft <{FT}>"
INVITATION_ID = "<einladung-fachtag-wohnen-2027.20270812140502@bielefeld.example>"
REMINDER_ID_FMT = "<erinnerung-7d.{}.20270915100003@bielefeld.example>"
WS_IDS = ("WS1", "WS2", "WS3", "WS4")

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
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
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


# ---------------------------------------------------------------------------


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Fachtag Wohnen und Nachbarschaft 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Wohnen und Nachbarschaft 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Wohnen und Nachbarschaft am 22. September 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Stadtteilen,

das Büro für Integration der Stadt Bielefeld lädt Sie herzlich ein zum

Fachtag Wohnen und Nachbarschaft 2027
Mittwoch, 22. September 2027, 9:30 bis 16:00 Uhr
Ravensberger Spinnerei, Ravensberger Park 1, 33607 Bielefeld

Bezahlbarer Wohnraum ist knapp, Energie ist teuer geworden, und wo viele
Menschen eng zusammenleben, gibt es auch Reibung. Am Vormittag hören wir
einen Impulsvortrag und Stimmen aus den Quartieren, am Nachmittag arbeiten
wir in vier parallelen Workshops:

Workshop 1: Wohnungssuche ohne Sackgasse - Zugang zum Wohnungsmarkt,
            Wohnberechtigungsschein und Diskriminierung bei der Vermietung
Workshop 2: Miteinander unter einem Dach - Nachbarschaftskonflikte
            erkennen, ansprechen und mit Mediation friedlich lösen
Workshop 3: Wenn die Nebenkostenabrechnung kommt - Energiekosten senken,
            Heizkostenabrechnung verstehen, Unterstützung beantragen
Workshop 4: Meine Rechte als Mieterin und Mieter - Mietvertrag, Kaution,
            Mieterhöhung, Mängel und Kündigung verständlich erklärt

Die Workshops werden bei Bedarf in einfacher Sprache moderiert.
Sprachmittlung ist nach Absprache möglich.

Bitte melden Sie sich bis zum 15. September 2027 per E-Mail an
fachtag-wohnen@bielefeld.example an und nennen Sie uns Ihren Namen, ggf.
Ihre Organisation oder Einrichtung, den gewünschten Workshop (gern mit
Zweitwunsch) und die Zahl der Personen.

Die Teilnahme ist kostenfrei. Für Mittagessen und Getränke ist gesorgt.

Mit freundlichen Grüßen

Büro für Integration der Stadt Bielefeld
Kommunales Integrationszentrum
i. A. Dragana Kuhlmann-Ilić"""

WS_LINE = {
    "WS1": "Workshop 1 – Wohnungssuche ohne Sackgasse: Zugang zum Wohnungsmarkt, Wohnberechtigungsschein und Diskriminierung bei der Vermietung",
    "WS2": "Workshop 2 – Miteinander unter einem Dach: Nachbarschaftskonflikte erkennen, ansprechen und mit Mediation friedlich lösen",
    "WS3": "Workshop 3 – Wenn die Nebenkostenabrechnung kommt: Energiekosten senken, Heizkostenabrechnung verstehen, Unterstützung beantragen",
    "WS4": "Workshop 4 – Meine Rechte als Mieterin und Mieter: Mietvertrag, Kaution, Mieterhöhung, Mängel und Kündigung verständlich erklärt",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Wohnen und Nachbarschaft 2027
am Mittwoch, 22. September 2027, 9:30 bis 16:00 Uhr, in der Ravensberger
Spinnerei, Ravensberger Park 1, 33607 Bielefeld.

Sie sind für folgenden Workshop eingetragen:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Sie möchten den Workshop wechseln oder können nicht kommen? Antworten Sie
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Wohnen und Nachbarschaft
Büro für Integration der Stadt Bielefeld"""


def reminder(salutation, ws, persons):
    """The 7-day reminder mailbot sent on 15 September."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Mittwoch,
22. September 2027, ab 9:30 Uhr zum Fachtag Wohnen und Nachbarschaft in der
Ravensberger Spinnerei, Ravensberger Park 1, 33607 Bielefeld, zu begrüßen.

Ihr Workshop am Nachmittag:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, damit wir den
Platz weitergeben können. Antworten Sie dazu einfach auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Wohnen und Nachbarschaft
Büro für Integration der Stadt Bielefeld"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
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


def conf_id(tag):
    """Message-ID of the confirmation mailbot sent for registration `tag`."""
    return f"<mailbot.{tag}@bielefeld.example>"


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


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco



def outlook_html_cs(text, quote=None, meta="utf-8"):
    """outlook_html() with the <meta> charset Outlook writes for that part."""
    return outlook_html(text, quote).replace("charset=Windows-1252", f"charset={meta}", 1)


def quote_header_de(weekday_date_time, who):
    return f"Am {weekday_date_time} schrieb {who}:"


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office to the invitation (which went out to a mailing list
# of housing companies, advice centres and associations).  RFC 3834 header
# Auto-Submitted plus the Microsoft suppress header; multipart/alternative.
# Mentions "Mieterservice" and "Quartiersmanagement" but registers nobody.

WULFMEYER_OOO = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Montag, 30. August 2027, nicht im Büro und kann Ihre E-Mail erst danach bearbeiten. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unseren Mieterservice unter 0521 557 30-0 oder an mieterservice@wohnbau-owl.example.

Mit freundlichen Grüßen
Stefanie Wulfmeyer
Quartiersmanagement
Wohnbau Ostwestfalen eG"""


@mail("wulfmeyer-exchange-ooo-to-invitation", "2027-08-12 12:31:07",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Wulfmeyer, Stefanie" <s.wulfmeyer@wohnbau-owl.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb9c1KpT0mG2y4kE6yq7nCwM3oZg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8842F1C07A3E5B2D9E4A17C3B6E02@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.wulfmeyer@wohnbau-owl.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(WULFMEYER_OOO, outlook_html_cs(WULFMEYER_OOO), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all four titles in the
# quote).  The new text names the energy-cost workshop in her own words
# ("der Nachmittag zu den Heiz- und Stromkosten") and tenancy law as
# fallback; she and a colleague = 2.  UTF-8 8bit, format=flowed.

@mail("kettelhake-reply-quoting-invitation", "2027-08-12 16:05:22",
      E("registration", "s.kettelhake@caritas-bielefeld.example", "Sabine Kettelhake",
        "Caritasverband Bielefeld e.V.", ["WS3", "WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kettelhake <s.kettelhake@caritas-bielefeld.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a41f07c2-5d9e-4b3a-8e21-6c0f9d7b2e58@caritas-bielefeld.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Kuhlmann-Ilić,

danke für die Einladung, das Thema brennt uns wirklich unter den Nägeln.
Meine Kollegin Anja Strothmann und ich würden gern zu zweit kommen.

Am meisten interessiert uns der Nachmittag zu den Heiz- und Stromkosten:
Fast jede zweite Familie in unserer Sprechstunde kommt inzwischen mit einer
Nachzahlung, die sie weder versteht noch bezahlen kann. Sollte das schon
voll sein, gehen wir gern in den Workshop zum Mietrecht.

Viele Grüße aus Brackwede
Sabine Kettelhake

-- 
Sabine Kettelhake
Migrationsberatung für Erwachsene
Caritasverband Bielefeld e.V.
Tel. 0521 96 19-244

Am 12.08.27 um 14:05 schrieb Fachtag Wohnen und Nachbarschaft:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Turkish, Gmail (Android) multipart/alternative, UTF-8 base64.  The topic is
# described: noise in the building, separating rubbish, cleaning the stairs,
# how to talk without a fight -> WS2.  "eşimle birlikte" = with my wife -> 2.

KARAKUS_TEXT = """Merhaba,

22 Eylül'deki Fachtag Wohnen und Nachbarschaft etkinliğine eşimle birlikte katılmak istiyoruz. Sennestadt Türk Aile Birliği adına geliyoruz.

Bizi en çok komşularla yaşanan sorunlar ilgilendiriyor: apartmanda gürültü, çöplerin ayrılması, merdiven temizliği sırası... Bu konularda kavga çıkmadan nasıl konuşulur, onu öğrenmek istiyoruz. Bizi o atölyeye yazarsanız çok seviniriz.

Selamlar,
Mehmet Ali Karakuş
0176 4412 8803"""


@mail("karakus-turkish-komsular", "2027-08-12 21:48:40",
      E("registration", "mehmetali.karakus@mail.example", "Mehmet Ali Karakuş",
        "Sennestadt Türk Aile Birliği", ["WS2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Karakuş <mehmetali.karakus@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Ww2nT8yPz0bVd5Lr1XcE7hMgJu4oS6aQ2iK9fN3tY8zB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARAKUS_TEXT, gmail_html(KARAKUS_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with dir="rtl", UTF-8 quoted-printable.
# Searching for a bigger flat, landlords do not call back when they hear the
# name -> the workshop on finding housing and discrimination (WS1).  Alone.
# She introduces herself in Arabic and signs in Latin letters.

ALHASSAN_TEXT = """مرحباً،

أنا رانيا الحسن، أسكن في بيليفيلد منذ ثلاث سنوات مع زوجي وأطفالنا الثلاثة. نبحث منذ أكثر من سنة عن شقة أكبر، لكن عندما يسمع المؤجّرون اسمنا لا يتصل بنا أحد.

أريد التسجيل في ورشة العمل التي تتحدث عن البحث عن سكن وعن التمييز عند تأجير الشقق. سأحضر وحدي.

مع الشكر والتقدير
Rania Al-Hassan"""


@mail("alhassan-arabic-wohnungssuche", "2027-08-13 09:12:03",
      E("registration", "rania.alhassan@mail.example", "Rania Al-Hassan",
        None, ["WS1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Rania Al-Hassan <rania.alhassan@mail.example>"),
           ("To", FT),
           ("Subject", "تسجيل في Fachtag Wohnen und Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<CAHx8vR2mQ5tL0yW7nK4cB9pZ1dF6gJ3sE8aU2oN5iT7xV0qMwA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Polish, Thunderbird text/plain ISO-8859-2 quoted-printable; subject as RFC
# 2047 Q words in ISO-8859-2.  Tenancy rights first (contracts, deposit, rent
# increases), energy costs second.  "Będę sama" = I'll be alone -> 1.

@mail("nowicka-brandt-polish-two-ranked", "2027-08-13 11:37:55",
      E("registration", "k.nowicka-brandt@polonia-bielefeld.example", "Katarzyna Nowicka-Brandt",
        "Stowarzyszenie Polonia Bielefeld e.V.", ["WS4", "WS3"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka-Brandt <k.nowicka-brandt@polonia-bielefeld.example>"),
           ("To", FT),
           ("Subject", ew("Zgłoszenie - Fachtag Wohnen und Nachbarschaft", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<7e2b9c14-03af-4d61-a8e5-1f4c6b0d92a7@polonia-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.14.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić swój udział w Fachtag Wohnen und Nachbarschaft 22 września.

W naszym stowarzyszeniu coraz więcej osób przychodzi z pytaniami o umowy
najmu, zwrot kaucji i podwyżki czynszu, dlatego najbardziej interesują mnie
warsztaty o prawach najemców. Jeśli tam nie będzie już miejsc, to jako
drugi wybór proszę o warsztat o kosztach energii i rozliczeniu ogrzewania.

Będę sama.

Z poważaniem
Katarzyna Nowicka-Brandt
Stowarzyszenie Polonia Bielefeld e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Question before registering (childcare, which languages are interpreted);
# she would register a group only if both work out -> question.  Apple Mail
# on an iPad, multipart/alternative.

ROHLFING_TEXT = """Hallo Frau Kuhlmann-Ilić,

ich leite im Stadtteilzentrum Heepen ein internationales Frauenfrühstück, und einige der Frauen hätten großes Interesse an Ihrem Fachtag, vor allem wegen der Nachzahlungen bei den Heizkosten.

Zwei Fragen, bevor ich sie anmelde:
1. Gibt es eine Kinderbetreuung? Mehrere haben kleine Kinder und niemanden, der sie an einem Mittwoch nimmt.
2. Sie schreiben, Sprachmittlung sei nach Absprache möglich. Für welche Sprachen? Wir bräuchten Arabisch und Tigrinya.

Wenn beides klappt, melde ich uns gern als Gruppe an (voraussichtlich 5 bis 6 Frauen).

Herzliche Grüße
Bettina Rohlfing
Stadtteilzentrum Heepen

Von meinem iPad gesendet"""


@mail("rohlfing-question-kinderbetreuung", "2027-08-13 15:20:18",
      E("question", "b.rohlfing@stz-heepen.example", "Bettina Rohlfing",
        "Stadtteilzentrum Heepen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Bettina Rohlfing <b.rohlfing@stz-heepen.example>"),
           ("To", FT),
           ("Subject", "Frage zum Fachtag am 22.9.: Kinderbetreuung / Sprachen?"),
           ("Date", m.date),
           ("Message-ID", "<3C9A61E4-7B20-4F18-9D5E-A2B4C6E81F03@stz-heepen.example>"),
           ("X-Mailer", "iPad Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.alternative(ROHLFING_TEXT, apple_html(ROHLFING_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Russian, webmail text/plain windows-1251 base64, subject RFC 2047 B in
# windows-1251.  Heating and electricity bills, a huge back-payment -> WS3.
# "вдвоём с мужем" = the two of us with my husband -> 2.  The association
# in the signature is written in German.

@mail("schulz-russian-otoplenie", "2027-08-16 08:50:31",
      E("registration", "irina.schulz@mail.example", "Irina Schulz",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Bielefeld",
        ["WS3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Schulz <irina.schulz@mail.example>"),
           ("To", FT),
           ("Subject", ew("Регистрация на Fachtag 22.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786863031.228417.52@webmail.mail.example>"),
           ("X-Mailer", "Webmail 5.2"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на Fachtag Wohnen und Nachbarschaft 22 сентября. Мы придём вдвоём с мужем.

Больше всего нас интересует тема расходов на отопление и электричество. В этом году нам пришла доплата почти 900 евро, и мы так и не поняли, откуда такая сумма. Хотелось бы научиться разбираться в этих расчётах и узнать, где можно получить помощь.

С уважением,
Irina Schulz
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Bielefeld
""", charset="windows-1251", cte="base64")


# -- 008 ---------------------------------------------------------------------
# English, Gmail multipart/alternative, US-ASCII 7bit.  "the tenancy rights
# session" first, "the one on finding a flat and discrimination by
# landlords" second.

OSEI_TEXT = """Hi,

I'd like to register for the Fachtag on 22 September. I volunteer with the Refugee Law Clinic Bielefeld, and a lot of our cases lately are about housing.

My first choice would be the tenancy rights session (contracts, deposits, rent increases, notices to quit - basically what a landlord can and can't do). If that one is full, I'd go to the one on finding a flat and discrimination by landlords.

Just me, one person.

Thanks and best wishes,
Daniel Osei
Refugee Law Clinic Bielefeld e.V."""


@mail("osei-english-tenancy-rights", "2027-08-16 13:02:47",
      E("registration", "d.osei@rlc-bielefeld.example", "Daniel Osei",
        "Refugee Law Clinic Bielefeld e.V.", ["WS4", "WS1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniel Osei <d.osei@rlc-bielefeld.example>"),
           ("To", FT),
           ("Subject", "Registration - Fachtag Wohnen und Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<CAB0tN4kQ7xR2wZ9mL5vH8pJ3cD6sF1gY4eA7uK0oT2iW5nV8qE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OSEI_TEXT, gmail_html(OSEI_TEXT), charset="us-ascii", cte="7bit",
                  style="gmail")


# -- 009 ---------------------------------------------------------------------
# Ukrainian, text/plain KOI8-U 8bit; display name and subject as RFC 2047 B
# words in KOI8-U.  Still in a shared hostel, nobody answers their ads, they
# know little about the Wohnberechtigungsschein -> WS1.  She and her sister -> 2.
# Only Cyrillic forms of her name in the mail.

@mail("melnyk-ukrainian-koi8u-poshuk-zhytla", "2027-08-17 19:40:12",
      E("registration", "olena.melnyk@mail.example", "Олена Мельник",
        None, ["WS1"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Мельник", "olena.melnyk@mail.example", "koi8-u", "b")),
           ("To", FT),
           ("Subject", ew("Реєстрація на Fachtag", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270817194012.3F81A2@mail.example>"),
           ("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Мене звати Олена Мельник, я з Харкова, вже два роки живу в Білефельді.
Хочу записатися на Fachtag 22 вересня разом із сестрою, тобто нас буде двоє.

Нас цікавить семінар про те, як знайти квартиру. Ми досі живемо в
гуртожитку, на наші звернення майже ніхто з орендодавців не відповідає,
а про Wohnberechtigungsschein ми взагалі мало що знаємо.

Дякую!
Олена Мельник
""", charset="koi8-u", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Farsi, text/plain UTF-8 base64.  First: the workshop on disputes with the
# neighbours and solving them peacefully (WS2); if full: tenants' rights
# (WS4).  Only herself.  Association named in the German signature.

@mail("moradi-farsi-hamsayeha", "2027-08-18 10:15:26",
      E("registration", "farzaneh.moradi@mail.example", "Farzaneh Moradi",
        "Iranischer Kulturverein Bielefeld e.V.", ["WS2", "WS4"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Farzaneh Moradi <farzaneh.moradi@mail.example>"),
           ("To", FT),
           ("Subject", "ثبت‌نام برای Fachtag Wohnen"),
           ("Date", m.date),
           ("Message-ID", "<b2d94e7a-1c05-4f3b-9a86-e0d7c3f512b4@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من فرزانه مرادی هستم و می‌خواهم در روز ۲۲ سپتامبر در Fachtag Wohnen und Nachbarschaft شرکت کنم.

برای من مهم‌ترین موضوع، کارگاهی است که درباره‌ی اختلاف با همسایه‌ها و راه‌های حل مسالمت‌آمیز آن صحبت می‌کند. در ساختمان ما سر سروصدا و جای پارک دائماً دعواست. اگر آن کارگاه پر بود، لطفاً مرا در کارگاه حقوق مستأجران ثبت کنید.

فقط خودم می‌آیم.

با سپاس
Farzaneh Moradi
Iranischer Kulturverein Bielefeld e.V.
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Housing company, Outlook HTML only (MsoNormal), windows-1252 quoted-printable.
# "Workshop zu Streitigkeiten im Haus ... Ansatz mit der Mediation" -> WS2.
# He and a colleague -> 2.  Long legal footer with board names.

BRINKHOFF_TEXT = """Sehr geehrte Frau Kuhlmann-Ilić,

hiermit melde ich mich und meine Kollegin Frau Derya Aydemir aus dem Sozialmanagement verbindlich zum Fachtag an.

Wir möchten gern an dem Workshop zu Streitigkeiten im Haus teilnehmen. Lärmbeschwerden, Müll im Hof, Kinderwagen im Treppenhaus – das ist in unseren Beständen in Baumheide und Sieker das tägliche Brot, und wir sind sehr gespannt auf den Ansatz mit der Mediation.

Für Rückfragen erreichen Sie mich unter der unten stehenden Nummer.

Mit freundlichen Grüßen
i. A. Jörg Brinkhoff

Wohnbau Ostwestfalen eG
Sozial- und Quartiersmanagement
Teutoburger Straße 112 · 33607 Bielefeld
Tel. 0521 557 30-118
www.wohnbau-owl.example

Sitz der Genossenschaft: Bielefeld · Registergericht Bielefeld GnR 412
Vorstand: Dipl.-Kfm. Ulrich Hagemeier, Petra Stork"""


@mail("brinkhoff-wohnbau-outlook-html", "2027-08-18 12:44:09",
      E("registration", "j.brinkhoff@wohnbau-owl.example", "Jörg Brinkhoff",
        "Wohnbau Ostwestfalen eG", ["WS2"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brinkhoff, Jörg" <j.brinkhoff@wohnbau-owl.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag 22.09.2027"),
           ("Thread-Topic", "Anmeldung Fachtag 22.09.2027"),
           ("Thread-Index", "AdvyC7Q3hJ8sT1eKQ5m2Zp4oXvB6Lw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB88425C2E91A7F04B3D6E8A21C6E02@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    # Outlook writes characters outside windows-1252 as numeric references.
    m.single(outlook_html(BRINKHOFF_TEXT).replace("ć", "&#263;"), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Romanian, text/plain ISO-8859-16 (comma-below ș ț) quoted-printable.  The
# annual service-charge statement (Nebenkostenabrechnung), mostly heating,
# and paying less for electricity and heat -> WS3.  With his wife -> 2.

@mail("stoica-romanian-decont", "2027-08-19 20:33:51",
      E("registration", "ionut.stoica@mail.example", "Ionuț Stoica",
        None, ["WS3"], 2, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ionuț Stoica", "ionut.stoica@mail.example", "iso-8859-16", "q")),
           ("To", FT),
           ("Subject", "Inscriere Fachtag 22 septembrie"),
           ("Date", m.date),
           ("Message-ID", "<fb19c6d2-8e47-4a30-b5d1-27c9e04a6f83@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("MIME-Version", "1.0"))
    m.single("""Bună ziua,

Mă numesc Ionuț Stoica și aș vrea să vin la Fachtag Wohnen und Nachbarschaft pe 22 septembrie, împreună cu soția mea.

Luna trecută am primit de la proprietar decontul anual (Nebenkostenabrechnung) și trebuie să mai plătim 740 de euro, mai ales pentru încălzire. Nu înțelegem cum s-a ajuns la suma asta. De aceea ne-ar interesa atelierul unde se explică decontul și cum putem plăti mai puțin la curent și la căldură.

Mulțumesc frumos,
Ionuț Stoica
tel. 0157 3390 2184
""", charset="iso-8859-16", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Postfix DSN from our own relay: the confirmation for 012 could not be
# delivered, the remote mailbox is full (5.2.2).  multipart/report with the
# returned confirmation (WS3, 2 persons) as message/rfc822.

@mail("postfix-bounce-mailbox-full", "2027-08-19 20:34:38",
      E("bounce", bounced="ionut.stoica@mail.example"), "en")
def _(m):
    rcpt = "ionut.stoica@mail.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270819183438.9C2E40A17B@mail.bielefeld.example>"),
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

<{rcpt}>: host mx01.mail.example[198.51.100.27] said: 552
    5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "9C2E40A17B"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Thu, 19 Aug 2027 20:34:02 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"=?iso-8859-16?q?Ionu=FE_Stoica?= <{rcpt}>", "Herr Stoica", "WS3", 2,
        "Thu, 19 Aug 2027 20:34:01 +0200", conf_id("20270819203401.stoica"),
        "<fb19c6d2-8e47-4a30-b5d1-27c9e04a6f83@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Simple (learner) German from a phone: a loud neighbour, wants to learn how
# to talk without a fight and who can help -> WS2.  No workshop number or
# title word; "Streit" occurs, "Nachbar" too.

@mail("abdi-nur-einfaches-deutsch-nachbar", "2027-08-20 09:30:14",
      E("registration", "yusuf.abdinur@mail.example", "Yusuf Abdi Nur",
        None, ["WS2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Yusuf Abdi Nur <yusuf.abdinur@mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<x7k2p9.1787211014.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Yusuf Abdi Nur und ich möchte kommen zu Fachtag am 22 September.

Ich wohne in Sieker, in unsere Haus gibt es oft Streit. Ein Nachbar über mir macht immer laut in der Nacht und wenn ich sage etwas, er schreit. Ich möchte lernen, wie man mit Nachbar spricht ohne Streit und wer kann helfen wenn es nicht geht.

Ich komme alleine.

Danke
Yusuf Abdi Nur

Von meinem Samsung Galaxy Smartphone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Bulgarian, text/plain windows-1251 quoted-printable; display name as RFC
# 2047 B in windows-1251.  Landlord keeps the deposit, wants to know the law
# -> tenants' rights (WS4).  Alone.

@mail("petrova-bulgarian-depozit", "2027-08-20 16:12:44",
      E("registration", "desislava.petrova@mail.example", "Десислава Петрова",
        None, ["WS4"], 1, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Петрова", "desislava.petrova@mail.example",
                         "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Записване за Fachtag 22.09.", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<1787235164.411902.abv@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

казвам се Десислава Петрова и искам да се запиша за Fachtag на 22 септември.

Най-много ме интересува семинарът за правата на наемателите. Преди два месеца се изнесохме от старата квартира, а хазяинът още не ни е върнал депозита – казва, че трябвало да боядисаме всичко отново. Искам да знам какво пише в закона и какво мога да направя.

Ще дойда сама.

Поздрави,
Десислава Петрова
""", charset="windows-1251", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Change (002): reply quoting the confirmation (WS3, 2 persons); "in den
# ersten Workshop umbuchen, den zur Wohnungssuche" -> WS1.  "Nebenkosten"
# (a WS3 alias) appears in the new text as the reason for leaving WS3.

@mail("kettelhake-change-to-wohnungssuche", "2027-08-23 09:05:02",
      E("change", "s.kettelhake@caritas-bielefeld.example", "Sabine Kettelhake",
        None, ["WS1"], None, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kettelhake <s.kettelhake@caritas-bielefeld.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5c0e8a37-b2f4-49d1-a6e3-9d81f7c4b026@caritas-bielefeld.example>"),
           ("In-Reply-To", conf_id("20270812160548.kettelhake")),
           ("References", f"{INVITATION_ID} <a41f07c2-5d9e-4b3a-8e21-6c0f9d7b2e58@caritas-bielefeld.example> {conf_id('20270812160548.kettelhake')}"),
           ("User-Agent", "Mozilla Thunderbird 128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Kuhlmann-Ilić,

danke für die schnelle Bestätigung! Wir haben im Team noch einmal überlegt:
Zu den Nebenkosten machen wir im Oktober ohnehin eine eigene Schulung mit
der Verbraucherzentrale. Könnten Sie uns beide deshalb lieber in den ersten
Workshop umbuchen, den zur Wohnungssuche? Da sind wir in der Beratung
ehrlich gesagt am ratlosesten.

Viele Grüße
Sabine Kettelhake

Am 12.08.27 um 16:05 schrieb Fachtag Wohnen und Nachbarschaft:
{gt_quote(confirmation("Frau Kettelhake", "WS3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Apple Mail multipart/alternative; she knows the organiser ("Liebe Dragana",
# "wie am Telefon besprochen").  Access to housing / discrimination when
# letting -> WS1; "setz mich gern zu den Mieterrechten" -> WS4 as fallback.

CELEBI_TEXT = """Liebe Dragana,

wie am Telefon besprochen, melde ich mich hiermit offiziell an. Ich würde gern in den Workshop gehen, in dem es um den Zugang zu Wohnungen geht. Gerade die Frage, wie wir als Integrationsrat gegen Diskriminierung bei der Vermietung vorgehen können, beschäftigt uns seit Monaten. Falls es dort eng wird, setz mich gern zu den Mieterrechten.

Bis bald und liebe Grüße
Nilüfer

Nilüfer Çelebi-Hartmann
Stellv. Vorsitzende
Integrationsrat der Stadt Bielefeld"""


@mail("celebi-hartmann-apple-integrationsrat", "2027-08-23 12:40:36",
      E("registration", "n.celebi-hartmann@integrationsrat-bielefeld.example",
        "Nilüfer Çelebi-Hartmann", "Integrationsrat der Stadt Bielefeld",
        ["WS1", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nilüfer Çelebi-Hartmann <n.celebi-hartmann@integrationsrat-bielefeld.example>"),
           ("To", "Dragana Kuhlmann-Ilić <fachtag-wohnen@bielefeld.example>"),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<E1A4C7F2-6B93-4D0E-8A25-F7C3B19D4E60@integrationsrat-bielefeld.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0"))
    m.alternative(CELEBI_TEXT, apple_html(CELEBI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 018 ---------------------------------------------------------------------
# Turkish, text/plain ISO-8859-9 quoted-printable; From name as RFC 2047 Q in
# ISO-8859-9.  The topic is described only by its questions (contract,
# deposit, rent increase, eviction) -> WS4.  Three named people -> 3.

@mail("dogan-turkish-alevi-ev-sahibi", "2027-08-24 18:20:59",
      E("registration", "hasan.dogan@alevi-bielefeld.example", "Hasan Doğan",
        "Bielefeld Alevi Kültür Merkezi e.V.", ["WS4"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hasan Doğan", "hasan.dogan@alevi-bielefeld.example", "iso-8859-9", "q")),
           ("To", FT),
           ("Subject", ew("Fachtag 22 Eylül - Alevi Kültür Merkezi katılım", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270824182059.00a1b7e3@alevi-bielefeld.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın ilgililer,

Bielefeld Alevi Kültür Merkezi olarak 22 Eylül'deki Fachtag'e üç kişi katılmak istiyoruz (ben, Zeynep Arslan ve Cemal Yurt).

Üyelerimizin en büyük derdi ev sahipleri: kira sözleşmesinde nelere dikkat etmeli, depozito geri verilmezse ne yapılır, ev sahibi kirayı ne kadar artırabilir, kiracıyı evden çıkarabilir mi... Bu konuların anlatıldığı atölyeye katılmak isteriz.

Saygılarımızla
Hasan Doğan
Yönetim Kurulu Üyesi
Bielefeld Alevi Kültür Merkezi e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# English question (open to individual tenants? cost? interpreting?); she
# will pass the details on, registers nobody.  Outlook.com alternative.

WHITFIELD_TEXT = """Hello,

I coordinate the Welcome Café in Brackwede, a drop-in for newcomers run by volunteers. A few of our regulars have asked me about your housing day in September, and I wasn't sure what to tell them:

- Is the event only for professionals and associations, or can individual tenants come too?
- Is there a fee?
- Will any of the workshops be held in English, or is there interpreting? Most of our visitors speak very little German so far.

If it's open to them, I'll pass on the details and they can register themselves.

Many thanks,
Claire Whitfield
Welcome Café Brackwede"""


@mail("whitfield-english-question-open-to-all", "2027-08-25 08:02:21",
      E("question", "claire.whitfield@outlook.example", "Claire Whitfield",
        "Welcome Café Brackwede", [], None, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Claire Whitfield <claire.whitfield@outlook.example>"),
           ("To", FT),
           ("Subject", "Housing day on 22 September - a few questions"),
           ("Date", m.date),
           ("Message-ID", "<AS8P194MB1377D2A04E9C61B8F5D3E7A0C4912@AS8P194MB1377.EURP194.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(WHITFIELD_TEXT, outlook_html_cs(WHITFIELD_TEXT).replace("<body lang=DE", "<body lang=EN-GB", 1),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Arabic, text/plain windows-1256 quoted-printable; subject RFC 2047 B in
# windows-1256.  Explicit ranking: first heating/electricity bills and saving
# energy (WS3), second problems with the neighbours solved by talking (WS2).
# Signature gives the name in Arabic and in Latin letters.

@mail("alrifai-arabic-cp1256-ranked", "2027-08-25 22:15:43",
      E("registration", "b.alrifai@syrischer-kulturverein.example", "Bassam Al-Rifai",
        "Syrischer Kulturverein Bielefeld e.V.", ["WS3", "WS2"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Bassam Al-Rifai <b.alrifai@syrischer-kulturverein.example>"),
           ("To", FT),
           ("Subject", ew("تسجيل - اليوم التخصصي للسكن والجوار", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601dbf5e2$7a3c1d40$6eb457c0$@syrischer-kulturverein.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرغب في المشاركة في اليوم التخصصي حول السكن والجوار بتاريخ 22 أيلول/سبتمبر.

الخيار الأول: ورشة العمل عن فواتير التدفئة والكهرباء وكيفية التوفير في الطاقة، لأن كثيراً من العائلات في جمعيتنا وصلتها مطالبات دفع كبيرة هذا العام.
الخيار الثاني: الورشة الخاصة بالمشاكل مع الجيران وحلّها بالحوار.

سأحضر بمفردي.

مع خالص التحية
بسام الرفاعي
Bassam Al-Rifai
Syrischer Kulturverein Bielefeld e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# A neighbourhood office forwards a resident's registration (Outlook "WG:",
# multipart/alternative) and asks us to confirm directly to her.  The
# attendee is the resident: her name and address, no organisation of hers.
# "weniger Strom und Heizung bezahlt und die Abrechnung versteht" -> WS3.

LINDEMANN_TEXT = """Hallo liebes Fachtag-Team,

Frau Hadžić war heute in unserer Sprechstunde und hat mich gebeten, ihre Anmeldung an Sie weiterzuleiten (sie hatte sie aus Versehen an uns geschickt). Bitte schicken Sie die Bestätigung direkt an sie: amra.hadzic@mail.example

Danke und viele Grüße
Marco Lindemann
Stadtteilbüro Baumheide
Rabenhof 76 · 33609 Bielefeld"""

HADZIC_TEXT = """Guten Abend,

ich möchte mich für den Fachtag im September anmelden. Ich möchte gern in die Gruppe, wo man lernt, wie man weniger für Strom und Heizung bezahlt und die Abrechnung versteht. Letzten Winter war es sehr teuer für uns.

Mit freundlichen Grüßen
Amra Hadžić"""


@mail("lindemann-forwards-hadzic-outlook", "2027-08-26 09:30:08",
      E("registration", "amra.hadzic@mail.example", "Amra Hadžić",
        None, ["WS3"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Stadtteilbüro Baumheide <info@stadtteilbuero-baumheide.example>"),
           ("To", FT),
           ("Subject", "WG: Anmeldung Fachtag"),
           ("Thread-Topic", "Anmeldung Fachtag"),
           ("Thread-Index", "AQHb9oN0c3gT7kLzR0e2mI8wqYb1sQ=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB5531A7E2C94D03F6B81A2D97E0C14@VI1PR08MB5531.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = ("Amra Hadžić <amra.hadzic@mail.example>",
             "Mittwoch, 25. August 2027 21:17",
             "info@stadtteilbuero-baumheide.example",
             "Anmeldung Fachtag", HADZIC_TEXT)
    m.alternative(outlook_plain(LINDEMANN_TEXT, quote),
                  outlook_html_cs(LINDEMANN_TEXT, quote), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Newsletter of an energy-saving network (other): its own online seminar on
# heating bills with "Jetzt anmelden", a tenants' topic, List-Unsubscribe,
# Precedence: bulk.  multipart/alternative, UTF-8 quoted-printable.

NEWSLETTER_TEXT = """Energiespar-Netzwerk OWL – Newsletter 08/2027

Liebe Leserinnen und Leser,

die Heizsaison steht vor der Tür, und mit ihr die Frage, ob die letzte Abrechnung eigentlich stimmt. Unsere Themen in diesem Monat:

1) Online-Seminar „Heizkostenabrechnung prüfen – Schritt für Schritt“
   Mittwoch, 29. September 2027, 18:00 bis 19:30 Uhr, kostenfrei.
   Jetzt anmelden: https://www.energiespar-netzwerk-owl.example/seminare/heizkosten-2027

2) Stromspar-Check für Haushalte mit kleinem Einkommen: neue Termine in Bielefeld-Mitte und Sennestadt.

3) Balkonkraftwerk zur Miete: Was Mieterinnen und Mieter dürfen und was der Vermieter erlauben muss – ein Überblick unserer Juristin.

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website eingetragen haben.
Abmelden: https://www.energiespar-netzwerk-owl.example/newsletter/abmelden?u=8841-2207

Energiespar-Netzwerk OWL e.V. · Niederwall 23 · 33602 Bielefeld"""


def newsletter_html(text):
    paras = []
    for block in text.split("\n\n"):
        lines = [esc(x) for x in block.split("\n")]
        paras.append("<p style=\"margin:0 0 12px 0;\">" + "<br>\n".join(lines) + "</p>")
    return ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
            "<title>Newsletter 08/2027</title></head>\n<body style=\"background:#f2f5f0;\">\n"
            "<table role=\"presentation\" width=\"600\" align=\"center\" style=\"background:#ffffff;"
            "font-family:Arial,sans-serif;font-size:15px;\"><tr><td style=\"padding:24px;\">\n"
            + "\n".join(paras) + "\n</td></tr></table>\n"
            "<img src=\"https://www.energiespar-netzwerk-owl.example/t/o.gif?u=8841-2207\" width=\"1\" height=\"1\" alt=\"\">\n"
            "</body></html>\n")


@mail("energiespar-netzwerk-newsletter", "2027-08-27 09:48:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Energiespar-Netzwerk OWL <newsletter@energiespar-netzwerk-owl.example>"),
           ("To", FT),
           ("Subject", "Newsletter 08/2027: Heizkostenabrechnung prüfen – Online-Seminar am 29.09."),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.8841-2207@mailer.energiespar-netzwerk-owl.example>"),
           ("List-Id", "Newsletter Energiespar-Netzwerk OWL <newsletter.energiespar-netzwerk-owl.example>"),
           ("List-Unsubscribe", "<https://www.energiespar-netzwerk-owl.example/newsletter/abmelden?u=8841-2207>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-8841-2207@mailer.energiespar-netzwerk-owl.example")
    m.alternative(NEWSLETTER_TEXT, newsletter_html(NEWSLETTER_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Mosque association, four board members; web.de-style multipart/alternative
# in ISO-8859-1 quoted-printable (<div> HTML).  "das Zusammenleben im Haus:
# Lärm, Müll, Gerüche ... vermitteln" -> WS2; else "der Workshop zu den
# Energiekosten" -> WS3.  Party 4.

SOENMEZ_TEXT = """Sehr geehrte Damen und Herren,

wir möchten uns mit vier Personen aus dem Vorstand unserer Gemeinde zum Fachtag am 22.09. anmelden.

Am wichtigsten ist uns das Zusammenleben im Haus: Lärm, Müll, Gerüche aus der Küche, Kinder im Hof. Zu uns kommen fast jede Woche Leute, die mit ihren Nachbarn Ärger haben, und wir wissen oft nicht, wie wir vermitteln sollen. Wenn das nicht geht, dann bitte der Workshop zu den Energiekosten.

Die Namen der anderen drei schicke ich Ihnen noch.

Mit freundlichen Grüßen
Ibrahim Sönmez
Islamische Gemeinde Sieker e.V."""


@mail("soenmez-gemeinde-vier-personen", "2027-08-27 14:10:33",
      E("registration", "i.soenmez@ig-sieker.example", "Ibrahim Sönmez",
        "Islamische Gemeinde Sieker e.V.", ["WS2", "WS3"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Ibrahim Sönmez", "i.soenmez@ig-sieker.example", "iso-8859-1", "q")),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag Wohnen und Nachbarschaft, 4 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a2c5e71-d04f-4b96-93e2-1c7f0a5b8d34-1787832633210@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.alternative(SOENMEZ_TEXT, div_html(SOENMEZ_TEXT), charset="iso-8859-1",
                  cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Learner German from an iPhone; she names two concerns (looking for a flat,
# a heating bill) but leaves the workshop explicitly to us ("Welche Workshop
# ist egal, sie können aussuchen") -> no choice stated, [].

@mail("tesfamariam-workshop-egal", "2027-08-30 08:20:17",
      E("registration", "semhar.t@mail.example", "Semhar Tesfamariam",
        None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Semhar <semhar.t@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<0B7E2D91-4C5A-4F83-A6E1-93D2F8C04B17@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

Ich bin Semhar Tesfamariam. Ich möchte gerne kommen am 22.9. zu Fachtag.
Für mich alles ist wichtig über Wohnung, ich suche Wohnung und habe auch Problem mit Heizung Rechnung. Welche Workshop ist egal, sie können aussuchen.

Danke schön
Semhar

Von meinem iPhone gesendet
""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Change (007), Russian, reply quoting the confirmation (WS3, 2) under a
# Russian Gmail attribution line.  Husband cannot come -> 1; move to "the
# group about tenants' rights" (rent increase dispute) -> WS4.

@mail("schulz-russian-change-one-person-mietrecht", "2027-08-31 19:05:49",
      E("change", "irina.schulz@mail.example", "Irina Schulz",
        None, ["WS4"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Schulz <irina.schulz@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1787418349.902233.77@webmail.mail.example>"),
           ("In-Reply-To", conf_id("20270816085104.schulz")),
           ("References", f"<1786863031.228417.52@webmail.mail.example> {conf_id('20270816085104.schulz')}"),
           ("X-Mailer", "Webmail 5.2"),
           ("MIME-Version", "1.0"))
    m.single(f"""Здравствуйте!

У нас изменения: муж, к сожалению, не сможет прийти – у него в этот день смена на работе. Так что я буду одна.

И ещё: с доплатой за отопление нам уже помогли в консультации, а вот с хозяином квартиры теперь новый спор – он хочет поднять квартплату на 15 %. Можно меня перевести в группу, где говорят о правах квартиросъёмщиков?

Спасибо!
Irina Schulz

пн, 16 авг. 2027 г. в 08:51, Fachtag Wohnen und Nachbarschaft <{FT}>:
{gt_quote(confirmation("Frau Schulz", "WS3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Ukrainian association, Gmail multipart/alternative UTF-8 QP.  "everything
# about renting: contract, deposit, raising the rent, mould and other
# defects" -> WS4; if full "the seminar on energy and heating" -> WS3.  Two.
# Signature: Cyrillic and Latin name, association in German.

KOVALCHUK_TEXT = """Добрий день!

Від Української громади Білефельда на фахтаг 22 вересня прийдемо двоє: я та наша волонтерка Ірина Бойко.

Нас найбільше цікавить усе, що стосується оренди: що має бути в договорі, коли орендодавець мусить повернути заставу, чи може він підвищувати плату і що робити, якщо в квартирі пліснява чи інші недоліки. Якщо там уже не буде місць, тоді запишіть нас, будь ласка, на семінар про енергію та опалення.

З повагою
Тарас Ковальчук
Taras Kovalchuk
Ukrainische Gemeinde Bielefeld e.V."""


@mail("kovalchuk-ukrainian-orenda-ranked", "2027-09-01 10:40:25",
      E("registration", "t.kovalchuk@ukr-gemeinde-bielefeld.example", "Taras Kovalchuk",
        "Ukrainische Gemeinde Bielefeld e.V.", ["WS4", "WS3"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Taras Kovalchuk <t.kovalchuk@ukr-gemeinde-bielefeld.example>"),
           ("To", FT),
           ("Subject", "Реєстрація на Fachtag Wohnen – Українська громада"),
           ("Date", m.date),
           ("Message-ID", "<CAM9rT4xZ1wQ6nL3vB8kP2yH5dJ0sF7gC4eA9uR1oN6iW3tX8mK@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOVALCHUK_TEXT, gmail_html(KOVALCHUK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Advertising (other): an interpreting agency saw the event and lists its four
# workshop topics; "Melden Sie sich bis 10.09." is about their discount.
# HTML only, UTF-8 base64.

LINGUA_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dolmetschen für Ihren Fachtag</title></head>
<body style="margin:0;background:#eef3f8;font-family:Helvetica,Arial,sans-serif;">
<table role="presentation" width="620" align="center" style="background:#ffffff;">
<tr><td style="padding:28px 32px;">
<img src="https://cdn.linguabridge-dolmetschen.example/mail/logo.png" alt="LinguaBridge" width="180">
<h1 style="font-size:22px;color:#1b4f8a;">Damit beim Fachtag alle mitreden können</h1>
<p>Sehr geehrte Veranstalterinnen und Veranstalter,</p>
<p>wir haben gesehen, dass Sie am 22. September einen Fachtag mit vier Workshops planen &ndash; zu Wohnungssuche, Nachbarschaftskonflikten, Energiekosten und Mietrecht. Gerade bei diesen Themen entscheidet die Sprache darüber, ob Menschen ihre Rechte verstehen.</p>
<p>LinguaBridge stellt Ihnen erfahrene Simultan- und Flüsterdolmetscherinnen für <b>Arabisch, Türkisch, Ukrainisch, Russisch, Farsi, Dari, Tigrinya, Kurmandschi, Polnisch, Rumänisch, Bulgarisch und Englisch</b> &ndash; inklusive Funk-Führungsanlage.</p>
<p style="background:#fff4d6;padding:12px;">Melden Sie sich bis zum 10.09. bei uns und sichern Sie sich <b>15&nbsp;% Frühbucherrabatt</b> auf alle Einsätze im Herbst.</p>
<p><a href="https://www.linguabridge-dolmetschen.example/angebot?ref=fachtag-bi" style="background:#1b4f8a;color:#ffffff;padding:10px 18px;text-decoration:none;">Unverbindliches Angebot anfordern</a></p>
<p>Mit freundlichen Grüßen<br>Ihr Team von LinguaBridge Dolmetscherdienste</p>
<p style="font-size:11px;color:#777;">LinguaBridge Dolmetscherdienste GmbH &middot; Hafenweg 4 &middot; 48155 Münster<br>
Sie möchten keine Informationen mehr erhalten? <a href="https://www.linguabridge-dolmetschen.example/abmelden?e=fachtag-wohnen">Hier abmelden</a>.</p>
</td></tr></table>
</body></html>
"""


@mail("linguabridge-dolmetschen-werbung", "2027-09-02 08:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "LinguaBridge Dolmetscherdienste <events@linguabridge-dolmetschen.example>"),
           ("To", FT),
           ("Subject", "Ihr Fachtag Wohnen und Nachbarschaft: Dolmetschen in 12 Sprachen mit 15 % Rabatt"),
           ("Date", m.date),
           ("Message-ID", "<20270902061500.c41e.campaign-3377@mta.linguabridge-dolmetschen.example>"),
           ("List-Unsubscribe", "<https://www.linguabridge-dolmetschen.example/abmelden?e=fachtag-wohnen>"),
           ("X-Campaign-ID", "herbst-2027-verwaltung"),
           ("MIME-Version", "1.0"),
           envelope="bounces+3377@mta.linguabridge-dolmetschen.example")
    m.single(LINGUA_HTML, subtype="html", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Cancellation (005), Polish, text/plain windows-1250 quoted-printable, a
# fresh mail (no quote).  Court date that day; she also asks whether
# materials will be available afterwards -> still a cancellation.

@mail("nowicka-brandt-polish-cancel-cp1250", "2027-09-02 17:30:41",
      E("cancellation", "k.nowicka-brandt@polonia-bielefeld.example", "Katarzyna Nowicka-Brandt",
        None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Katarzyna Nowicka-Brandt <k.nowicka-brandt@polonia-bielefeld.example>"),
           ("To", FT),
           ("Subject", ew("Rezygnacja – Fachtag 22.09.", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<0d5a8f31-6e2c-4b17-a9d4-83c1e7f20b95@polonia-bielefeld.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.14.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

niestety muszę odwołać moje zgłoszenie na 22 września. Tego dnia mam
wyznaczony termin w sądzie, którego nie da się przesunąć. Bardzo żałuję,
bo temat jest dla nas ważny.

Czy po Fachtagu będą dostępne jakieś materiały albo prezentacje
z warsztatów? Chętnie przekazałabym je naszym członkom.

Pozdrawiam serdecznie
Katarzyna Nowicka-Brandt
""", charset="windows-1250", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# English, Outlook.com multipart/alternative; he forwards the invitation he
# received via the Integrationsrat (a forward inside a forward: English
# "From:/Sent:" block, then the German "-----Ursprüngliche Nachricht-----").
# Finding accommodation, landlords refusing people for their name or colour
# -> WS1.  He, his wife and a youth leader -> 3.  The quoted block names
# another person and organisation (Çelebi-Hartmann, Integrationsrat).

ADEYEMI_TEXT = """Good afternoon,

A friend from the Integrationsrat forwarded this invitation to me (see below). My German is not very good, but I understand there will be a group about finding accommodation and about landlords who turn people away because of their name or the colour of their skin. That is exactly the problem in our congregation - some families have been searching for a flat for two years.

Please register three of us: myself, my wife Grace Adeyemi and our youth leader Samuel Ofori.

God bless,
Pastor Emmanuel Adeyemi
Redeemed Christian Fellowship Bielefeld
Mobile: 0163 775 2019"""

ADEYEMI_FWD = f"""________________________________
From: Nilüfer Çelebi-Hartmann <n.celebi-hartmann@integrationsrat-bielefeld.example>
Sent: Thursday, August 26, 2027 9:14 PM
To: Emmanuel Adeyemi <pastor.adeyemi@rcf-bielefeld.example>
Subject: WG: {INVITATION_SUBJECT}

Lieber Emmanuel, das wäre doch was für eure Gemeinde! Melde dich einfach direkt dort an.
Liebe Grüße, Nilüfer

-----Ursprüngliche Nachricht-----
Von: Fachtag Wohnen und Nachbarschaft <{FT}>
Gesendet: Donnerstag, 12. August 2027 14:05
An: Integrationsrat der Stadt Bielefeld <geschaeftsstelle@integrationsrat-bielefeld.example>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


def plain_to_html_outlookcom(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n<div class=\"elementToProof\" style=\"font-family: Aptos, "
            "Arial, Helvetica, sans-serif; font-size: 12pt;\">" + inner + "</div>\n</body>\n</html>\n")


@mail("adeyemi-english-forwarded-invitation", "2027-09-03 10:00:56",
      E("registration", "pastor.adeyemi@rcf-bielefeld.example", "Emmanuel Adeyemi",
        "Redeemed Christian Fellowship Bielefeld", ["WS1"], 3, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Emmanuel Adeyemi <pastor.adeyemi@rcf-bielefeld.example>"),
           ("To", FT),
           ("Subject", "Fw: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", "WG: " + INVITATION_SUBJECT),
           ("Thread-Index", "AQHb+L2cR5kq0xT3yUe7Wm1nQ4pGvA=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P189MB1020B6E3A90C47D2F1E85C29A7D31@PR3P189MB1020.EURP189.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    full = ADEYEMI_TEXT + "\n\n" + ADEYEMI_FWD
    m.alternative(full, plain_to_html_outlookcom(full), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Change (011): Outlook reply, multipart/alternative in windows-1252 QP, with
# the confirmation (WS2, 2) below a "Von:/Gesendet:" block.  Only the number
# changes (colleague on parental leave -> 1); "Am Workshop ändert sich
# nichts" -> workgroups [].

BRINKHOFF_CHANGE = """Sehr geehrte Damen und Herren,

kurze Änderung zu unserer Anmeldung: Frau Aydemir ist ab September in Elternzeit und kann leider nicht teilnehmen. Bitte tragen Sie nur noch mich ein. Am Workshop ändert sich nichts.

Mit freundlichen Grüßen
i. A. Jörg Brinkhoff

Wohnbau Ostwestfalen eG
Sozial- und Quartiersmanagement
Tel. 0521 557 30-118"""


@mail("brinkhoff-change-two-to-one-outlook", "2027-09-06 07:10:13",
      E("change", "j.brinkhoff@wohnbau-owl.example", "Jörg Brinkhoff",
        "Wohnbau Ostwestfalen eG", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brinkhoff, Jörg" <j.brinkhoff@wohnbau-owl.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdvyC7Q3hJ8sT1eKQ5m2Zp4oXvB6LwAD1f2k"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8842E07B5A2C91D4F3A68B50C6E02@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270818144432.brinkhoff")),
           ("References", conf_id("20270818144432.brinkhoff")),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Fachtag Wohnen und Nachbarschaft <{FT}>",
             "Mittwoch, 18. August 2027 14:44",
             '"Brinkhoff, Jörg" <j.brinkhoff@wohnbau-owl.example>',
             CONFIRMATION_SUBJECT, confirmation("Herr Brinkhoff", "WS2", 2))
    m.alternative(outlook_plain(BRINKHOFF_CHANGE, quote),
                  outlook_html(BRINKHOFF_CHANGE, quote), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Arabic question from an iPhone (free? may I bring my two-year-old? Arabic
# interpreting?), "before I register" -> question.  UTF-8 base64; display
# name in Arabic script as RFC 2047 B; Arabic-Indic digits.

@mail("saleh-arabic-question-iphone", "2027-09-06 21:44:30",
      E("question", "huda.saleh@mail.example", "هدى صالح",
        None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("هدى صالح", "huda.saleh@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("سؤال عن اليوم التخصصي للسكن", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9F41B2C7-3E85-4A06-B7D1-2C6E8F09A453@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single("""مرحبا،

سمعت من جارتي عن اليوم المخصص لموضوع السكن في ٢٢ سبتمبر. عندي بعض الأسئلة قبل أن أسجّل:
هل المشاركة مجانية؟ هل يمكنني أن أحضر ابني الصغير (عمره سنتان)؟ وهل سيكون هناك مترجم للعربية في الورشات؟

شكراً جزيلاً
هدى صالح

مرسل من الـ iPhone
""", charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# Cancellation (008), English, Gmail reply under the quoted confirmation's
# attribution line; signed with the first name only.  UTF-8 QP (the quote
# has umlauts).

@mail("osei-english-cancel-exam", "2027-09-07 11:22:05",
      E("cancellation", "d.osei@rlc-bielefeld.example", "Daniel Osei",
        None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Daniel Osei <d.osei@rlc-bielefeld.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB0tN4n8Kd2vR5wQ1xM7pL3hZ9cJ6sF0gY2eA4uT8oB1iW7nVq@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270816130321.osei")),
           ("References", f"<CAB0tN4kQ7xR2wZ9mL5vH8pJ3cD6sF1gY4eA7uK0oT2iW5nV8qE@mail.gmail.example> {conf_id('20270816130321.osei')}"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi again,

Sorry, I have to cancel after all - the university just moved one of my exams to 22 September, so I won't be able to make it. Please give my place to someone else.

Hopefully next time!
Daniel

On Mon, 16 Aug 2027 at 13:03, Fachtag Wohnen und Nachbarschaft <{FT}> wrote:

{gt_quote(confirmation("Herr Osei", "WS4", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Two concerns, ranked: how a big family finds a flat (WS1) and mould the
# landlord will not fix (defects -> WS4).  "Das erste ist mir wichtiger."
# Plain UTF-8 QP.

@mail("benyoucef-zwei-themen-schimmel", "2027-09-08 15:35:48",
      E("registration", "samira.benyoucef@mail.example", "Samira Benyoucef",
        None, ["WS1", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Samira Benyoucef <samira.benyoucef@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung für den Fachtag im September"),
           ("Date", m.date),
           ("Message-ID", "<20270908153548.GA21874@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.8"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

mein Name ist Samira Benyoucef, ich bin Mutter von fünf Kindern und wir wohnen zu siebt in einer 3-Zimmer-Wohnung in Bielefeld-Mitte. Ich habe von Ihrem Fachtag in der Zeitung gelesen.

Mich interessieren zwei Themen. Erstens: Wie findet man als große Familie überhaupt eine Wohnung, wenn die Vermieter bei fünf Kindern sofort auflegen? Zweitens haben wir im Schlafzimmer Schimmel, der Vermieter sagt, wir lüften falsch, und macht nichts. Das erste ist mir wichtiger.

Ich komme alleine, mein Mann muss arbeiten.

Mit freundlichen Grüßen
Samira Benyoucef
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change (009), Ukrainian, Thunderbird reply under a Ukrainian attribution line,
# quoting the confirmation (WS1, 2).  They found a flat; "семінар №4, про
# права орендарів" -> WS4.  Both stay -> party unchanged (null).  UTF-8 8bit.

@mail("melnyk-ukrainian-change-seminar-4", "2027-09-09 20:10:27",
      E("change", "olena.melnyk@mail.example", "Олена Мельник",
        None, ["WS4"], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Мельник", "olena.melnyk@mail.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270909201027.7D40C9@mail.example>"),
           ("In-Reply-To", conf_id("20270817194055.melnyk")),
           ("References", f"<20270817194012.3F81A2@mail.example> {conf_id('20270817194055.melnyk')}"),
           ("User-Agent", "Mozilla Thunderbird 128.2.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single(f"""Доброго вечора!

Гарна новина: ми нарешті знайшли квартиру і минулого тижня підписали
договір оренди! Тому семінар про пошук житла нам уже не такий потрібен.
Чи можна перевести нас обох на семінар №4, про права орендарів? Хочемо
розібратися, що ми взагалі підписали.

Дякуємо!
Олена Мельник

17.08.27 19:40, Fachtag Wohnen und Nachbarschaft пише:
{gt_quote(confirmation("Frau Melnyk", "WS1", 2))}
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Romanian association, Gmail multipart/alternative UTF-8 QP.  First: living
# together with the neighbours, settling quarrels without police and lawyers
# (WS2); second: tenants' rights (WS4).  She and a colleague -> 2.

DUMITRESCU_TEXT = """Bună ziua,

Vă scriu din partea Asociației Culturale Româno-Germane din Bielefeld. Am dori să participăm la Fachtag pe 22 septembrie, două persoane: eu și colega mea, Alina Popa.

Ne interesează în primul rând atelierul despre conviețuirea cu vecinii și despre cum se pot rezolva certurile fără poliție și avocați, pentru că la noi în asociație apar tot mai des astfel de probleme. În al doilea rând, atelierul despre drepturile chiriașilor.

Cu stimă,
Mihaela Dumitrescu
Asociația Culturală Româno-Germană Bielefeld"""


@mail("dumitrescu-romanian-vecini-ranked", "2027-09-10 13:00:39",
      E("registration", "mihaela.dumitrescu@mail.example", "Mihaela Dumitrescu",
        "Asociația Culturală Româno-Germană Bielefeld", ["WS2", "WS4"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Dumitrescu <mihaela.dumitrescu@mail.example>"),
           ("To", FT),
           ("Subject", "Înscriere Fachtag Wohnen und Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5nW2rT8xQ0vK3mB7pL1yH4dZ6sF9gC2eA5uR8oN3iV0tX7wP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DUMITRESCU_TEXT, gmail_html(DUMITRESCU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Cancellation (003), Turkish, iPhone reply (top-posted, Turkish iOS
# attribution line) quoting the confirmation (WS2, 2).  UTF-8 QP.

@mail("karakus-turkish-cancel-iphone", "2027-09-13 08:45:11",
      E("cancellation", "mehmetali.karakus@mail.example", "Mehmet Ali Karakuş",
        None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Karakuş <mehmetali.karakus@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6D2F8A14-B9C3-4E70-A51D-7E08C3F94B26@mail.example>"),
           ("In-Reply-To", conf_id("20270812214912.karakus")),
           ("References", conf_id("20270812214912.karakus")),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Kusura bakmayın, 22 Eylül'e gelemeyeceğiz. Eşimin annesi rahatsızlandı, o hafta Türkiye'ye uçuyoruz. Kaydımızı silebilirsiniz.

Teşekkürler, kolay gelsin.
Mehmet Ali Karakuş

iPhone'umdan gönderildi

12 Ağu 2027 tarihinde 21:49 saatinde, Fachtag Wohnen und Nachbarschaft <{FT}> şunu yazdı:

{gt_quote(confirmation("Herr Karakuş", "WS2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Change (010), Farsi, Gmail multipart/alternative (rtl), UTF-8 base64,
# quoting the confirmation (WS2, 1).  "from the neighbours workshop to the
# tenants' rights workshop" -> WS4 (the old topic is named too).

MORADI_CHANGE = """سلام،

ممنون از تأیید ثبت‌نام. راستش مشکل ما با همسایه‌ها فعلاً حل شده، ولی صاحبخانه حالا می‌خواهد قرارداد اجاره را فسخ کند. اگر امکان دارد، لطفاً من را از کارگاه همسایه‌ها به کارگاه حقوق مستأجران منتقل کنید.

با تشکر
Farzaneh Moradi"""

MORADI_ATTR = f"\u202bدر تاریخ چهارشنبه ۱۸ اوت ۲۰۲۷ ساعت ۱۰:۱۶ Fachtag Wohnen und Nachbarschaft <{FT}> نوشت:\u202c"


@mail("moradi-farsi-change-to-tenants-rights", "2027-09-14 16:20:54",
      E("change", "farzaneh.moradi@mail.example", "Farzaneh Moradi",
        None, ["WS4"], None, "fa"), "fa")
def _(m):
    m.head(("From", "Farzaneh Moradi <farzaneh.moradi@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE2wP7vN4xT9kR1mL6qB3yJ8dH0sF5gZ2cA7uE4oT9iW1nX6rM@mail.gmail.example>"),
           ("In-Reply-To", conf_id("20270818101602.moradi")),
           ("References", f"<b2d94e7a-1c05-4f3b-9a86-e0d7c3f512b4@mail.example> {conf_id('20270818101602.moradi')}"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Moradi", "WS2", 1)
    plain = f"{MORADI_CHANGE}\n\n{MORADI_ATTR}\n\n{gt_quote(conf)}"
    quoted_html = "".join(f"{esc(line)}<br>" for line in conf.split("\n"))
    html_text = (gmail_html(MORADI_CHANGE, rtl=True).rstrip("\n")
                 + f"<br><div class=\"gmail_quote\"><div dir=\"rtl\" class=\"gmail_attr\">{esc(MORADI_ATTR)}<br></div>"
                 + "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 + quoted_html + "</blockquote></div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Job centre, terse form-like text/plain in ISO-8859-1 8bit with CRLF line
# ends; the only writer who uses the ids ("WS 3, Zweitwunsch WS 4").
# Team name after the comma is part of her unit, not the organisation.

@mail("juergensmeier-jobcenter-ids-crlf", "2027-09-15 09:10:06",
      E("registration", "p.juergensmeier@jobcenter-bielefeld.example", "Petra Jürgensmeier",
        "Jobcenter Arbeitplus Bielefeld", ["WS3", "WS4"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Jürgensmeier, Petra", "p.juergensmeier@jobcenter-bielefeld.example",
                         "iso-8859-1", "q")),
           ("To", FT),
           ("Subject", "Anmeldung WS3"),
           ("Date", m.date),
           ("Message-ID", "<66E1A8F2020000B4000A7C3D@gw.jobcenter-bielefeld.example>"),
           ("X-Mailer", "GroupWise Internet Agent 24.1.0"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Hallo,

Anmeldung für den Fachtag am 22.09.:

Petra Jürgensmeier
Jobcenter Arbeitplus Bielefeld, Team Kosten der Unterkunft
WS 3, Zweitwunsch WS 4
1 Person

Danke & Gruß
P. Jürgensmeier
""", charset="iso-8859-1", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Out-of-office answer to the 7-day reminder, German and Turkish, with NO
# Auto-Submitted or other machine header; only the subject prefix and the
# text show what it is.  UTF-8 QP.

@mail("celebi-hartmann-ooo-no-header-to-reminder", "2027-09-15 10:00:52",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Nilüfer Çelebi-Hartmann <n.celebi-hartmann@integrationsrat-bielefeld.example>"),
           ("To", TO_FT),
           ("Subject", "Abwesend: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ooo.1789459252.4471@integrationsrat-bielefeld.example>"),
           ("In-Reply-To", REMINDER_ID_FMT.format("celebi-hartmann")),
           ("References", REMINDER_ID_FMT.format("celebi-hartmann")),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. September 2027 im Urlaub und lese meine E-Mails nur unregelmäßig. In dringenden Angelegenheiten des Integrationsrates wenden Sie sich bitte an die Geschäftsstelle: geschaeftsstelle@integrationsrat-bielefeld.example

Mesajınız için teşekkürler. 20 Eylül 2027'ye kadar izindeyim. Acil durumlarda lütfen Integrationsrat sekreterliğine yazın: geschaeftsstelle@integrationsrat-bielefeld.example

Nilüfer Çelebi-Hartmann
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation (023) as a reply to the 7-day reminder (WS2, 4 persons),
# web.de plain text with the GMX/web.de quote header.  He withdraws the
# whole group.  UTF-8 QP.

@mail("soenmez-cancel-reply-to-reminder", "2027-09-16 18:30:19",
      E("cancellation", "i.soenmez@ig-sieker.example", "Ibrahim Sönmez",
        "Islamische Gemeinde Sieker", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Ibrahim Sönmez", "i.soenmez@ig-sieker.example", "iso-8859-1", "q")),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-3f7d9b02-6a18-4c5e-b2d4-90e1c8a7f563-1789578619044@3c-app-webde-bap17>"),
           ("In-Reply-To", REMINDER_ID_FMT.format("soenmez")),
           ("References", REMINDER_ID_FMT.format("soenmez")),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung (4 Personen, Islamische Gemeinde Sieker) zurückziehen. Unser Vorsitzender ist kurzfristig ins Krankenhaus gekommen, und wir müssen in der Woche viel in der Gemeinde übernehmen. Bitte geben Sie die Plätze weiter.

Wir hoffen, beim nächsten Mal dabei zu sein.

Mit freundlichen Grüßen
Ibrahim Sönmez


Gesendet: Mittwoch, 15. September 2027 um 10:00 Uhr
Von: "Fachtag Wohnen und Nachbarschaft" <{FT}>
An: i.soenmez@ig-sieker.example
Betreff: {REMINDER_SUBJECT}

{reminder("Herr Sönmez", "WS2", 4)}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "pl", "ru", "uk", "fa", "ro", "bg")


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
    if not (datetime.datetime(2027, 8, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 9, 22, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Aug - 21 Sep 2027")
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
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    problems += check_label(msg, data, expected)
    # physical line length (CRLF included) and line ends
    for line in data.split(b"\n"):
        if len(line) + (0 if line.endswith(b"\r") else 1) > 999:
            problems.append("line longer than 998 octets")
            break
    if m.crlf and data.count(b"\n") != data.count(b"\r\n"):
        problems.append("mixed line ends in a CRLF mail")
    if not m.crlf and b"\r" in data:
        problems.append("CR in an LF mail")
    return problems


def decoded_text(msg):
    """Decoded headers and text parts of a message, nested messages included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [str(v) for _, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_label(msg, data, e):
    """Consistency of one expected record with the conventions."""
    problems = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and e["party_size"] < 1:
            problems.append("change party_size must be null or >= 1")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    machine = kind in ("auto_reply", "bounce", "other")
    if machine:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        text = decoded_text(msg)
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email must be lower-case and present")
        elif e["email"] not in text.lower():
            problems.append("email occurs nowhere in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append("name does not occur in the decoded mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append("organisation does not occur in the decoded mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in the set's list")
    if (kind == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kind x text language:")
    for k in KINDS:
        row = {t: n for (kk, t), n in sorted(by_kind_lang.items()) if kk == k}
        print(f"  {k:13} {row}")
    langs = collections.Counter(t for _, _, _, t in built)
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
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
    print("registration languages:", dict(sorted(reg_langs.items())))
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
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
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
