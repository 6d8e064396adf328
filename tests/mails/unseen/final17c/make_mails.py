#!/usr/bin/env python3
"""Build the corpus "final17c" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

45 mails to the MSO-Tag 2027 mailbox (config: unchanged copy of the dev corpus's config.toml).
The emphasis is on organisations: umbrella organisations and their member
associations, people with several roles, organisation names in the writer's
language and in German, legal-form abbreviations, inflected forms, signatures
with slogans, register numbers and addresses, private persons.

Every mail text below is written by hand.  The helper code (MIME building and
checking) follows the dev corpus's make_mails.py.  The script wraps the
texts in MIME with the standard `email` package, writes the files, and reads
every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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
# texts that several mails quote (the organisers' invitation, mailbot's
# confirmation)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

auch in diesem Jahr lädt das Kommunale Integrationszentrum zum Tag der
Migrantenselbstorganisationen ein:

Samstag, 13. März 2027, 10 bis 16 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Am Nachmittag tagen drei parallele Arbeitsgruppen:

AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Die Plätze pro Arbeitsgruppe sind begrenzt. Bitte schreiben Sie uns bis
zum 6. März 2027 an mso-tag@muenster.example, wer kommt, für welche
Organisation, wie viele Personen es sind und welche Arbeitsgruppe Sie
wählen (ein Zweitwunsch hilft uns bei der Verteilung).

Wir freuen uns auf Sie!

Kommunales Integrationszentrum Münster
Team MSO-Tag"""

CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage genügt eine Antwort auf diese E-Mail.

Freundliche Grüße
Kommunales Integrationszentrum Münster
Tag der Migrantenselbstorganisationen"""


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
    head = OUTLOOK_HEAD.replace("charset=Windows-1252", f"charset={charset}")
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


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
# Thunderbird reply that quotes the whole invitation with '>' (all three AGs

# -- 001 ---------------------------------------------------------------------
# Chair of an umbrella organisation (Dachverband) registers herself only, for
# the umbrella; says the member associations register separately.  Thunderbird
# reply quoting the invitation (all three AGs in the quote).  Signature: Dr.
# title, name with abbreviation "(VMO)", a descriptive line, address, register
# number.  Expected organisation: the umbrella, without "(VMO)".

DEMIRTAS_TEXT = """Liebe Frau Meza Correa-Flock,

vielen Dank für die Einladung, ich habe sie gleich an alle unsere
Mitgliedsvereine weitergeleitet. Die Vereine melden sich jeweils selbst
bei Ihnen an – diese Mail ist nur meine eigene Anmeldung für den
Dachverband.

Ich würde gern in der AG 3 mitarbeiten. Das Thema Vereinsmanagement
beschäftigt uns im Verbund gerade sehr: Viele kleine Vereine machen
Buchhaltung und Förderanträge komplett ehrenamtlich, oft nach Feierabend.

Herzliche Grüße
Leyla Demirtaş

--
Dr. Leyla Demirtaş
Vorsitzende
Verbund der Migrantenorganisationen Münsterland e.V. (VMO)
Dachverband von 23 Migrantenselbstorganisationen
Hafenweg 14 · 48155 Münster
Tel. 0251 98 76 54-0
Vereinsregister: Amtsgericht Münster, VR 5531"""


@mail("demirtas-dachverband-reply-invitation", "2027-01-12 16:02:44",
      E("registration", "l.demirtas@vmo-muensterland.example", "Leyla Demirtaş",
        "Verbund der Migrantenorganisationen Münsterland e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Leyla Demirtaş <l.demirtas@vmo-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1f0c77-3d2e-4a8b-9e61-07c4d2a9f3b1@vmo-muensterland.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(DEMIRTAS_TEXT + "\n\nAm 12.01.2027 um 14:03 schrieb Tag der "
             f"Migrantenselbstorganisationen:\n{gt_quote(INVITATION)}\n",
             charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# A member association of that umbrella.  "über unseren Dachverband, den VMO"
# and "Mitglied im Verbund ..." under the signature: the organisation is the
# member association itself.  "für unseren Verein" is the only mention in the
# text.  Gmail multipart/alternative; first and second choice; 2 persons.

ABDELRAHMAN_TEXT = """Sehr geehrte Damen und Herren,

über unseren Dachverband, den VMO, haben wir von Ihrer Veranstaltung
erfahren. Für unseren Verein möchten mein Stellvertreter Osman Idris und
ich gerne teilnehmen.

Am meisten interessiert uns die Arbeitsgruppe zum Bildungssystem. Falls
dort kein Platz mehr frei ist, gehen wir auch gern in die AG 2.

Mit freundlichen Grüßen

Hamid Abdelrahman
1. Vorsitzender
Sudanesischer Kulturverein Münster e.V.
Mitglied im Verbund der Migrantenorganisationen Münsterland e.V."""


@mail("abdelrahman-mitgliedsverein-gmail", "2027-01-13 09:31:18",
      E("registration", "h.abdelrahman@sudan-verein-ms.example", "Hamid Abdelrahman",
        "Sudanesischer Kulturverein Münster e.V.", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hamid Abdelrahman <h.abdelrahman@sudan-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag - Sudanesischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<CAJp4r0xW2nLq8sTf1vB6kZ3mYd9eHc5aGu7oR2iN4tQ8wXbK1g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ABDELRAHMAN_TEXT, gmail_html(ABDELRAHMAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Two roles: employed at a welfare association (whose signature Outlook adds,
# and whose address she writes from), but attends as board member of another
# association, named in the genitive ("der Kongolesischen Gemeinschaft
# Münster e.V."): the base form is expected.  Outlook alternative,
# windows-1252 quoted-printable.

MBUYI_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

ich möchte mich gern für den Tag der Migrantenselbstorganisationen am 13. März anmelden.

Kurz zur Einordnung, damit es auf Ihrer Liste richtig steht: Hauptamtlich arbeite ich in der Migrationsberatung des Sozialwerks St. Lamberti (daher die Signatur unten). Zum MSO-Tag komme ich aber nicht dienstlich, sondern ehrenamtlich als Vorstandsmitglied der Kongolesischen Gemeinschaft Münster e.V.

Für mich wäre die AG Bildung am interessantesten – viele Eltern in unserer Gemeinschaft haben Fragen zum Schulsystem, gerade beim Übergang nach der Grundschule.

Mit freundlichen Grüßen
Grâce Mbuyi

Grâce Mbuyi
Migrationsberatung für erwachsene Zugewanderte (MBE)
Sozialwerk St. Lamberti e.V.
Salzstraße 3, 48143 Münster
Telefon: 0251 41 77 20-13
www.sozialwerk-lamberti.example"""


@mail("mbuyi-zwei-rollen-outlook", "2027-01-14 11:12:05",
      E("registration", "g.mbuyi@sozialwerk-lamberti.example", "Grâce Mbuyi",
        "Kongolesische Gemeinschaft Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Mbuyi, Grâce", "g.mbuyi@sozialwerk-lamberti.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtmQk3Yc0fFZr1pTq2vA8xWnB4hLg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1520C4A9E2B77D01F3A6C1D2E8B4@FR3P281MB1520.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(MBUYI_TEXT), outlook_html(MBUYI_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# English; the organisation's English name, with a German gloss in
# parentheses in the running text ("in German we usually say ...").  The
# signature gives the English name; it is expected.  "myself and our
# treasurer" = 2; "workshop on funding opportunities" = AG3.

@mail("okonkwo-english-name-and-german-gloss", "2027-01-15 10:02:37",
      E("registration", "chidi.okonkwo@mail.example", "Chidi Okonkwo",
        "Nigerian Community Association Münster", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Chidi Okonkwo <chidi.okonkwo@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAOk7b2QzR5uW9mYc1xT3fN8vL0aS6dJ4hG2kP7eI9oU1rE5tBw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Meza Correa-Flock,

I'm writing on behalf of the Nigerian Community Association Münster (in
German people usually call us Nigerianische Gemeinschaft Münster, it is
the same group). We would like to register two people for the MSO day:
myself and our treasurer, Mrs Blessing Eze.

We would both like to join the workshop on funding opportunities and
running an association, as we are planning to apply for project funding
for the first time this year.

Kind regards,
Chidi Okonkwo
General Secretary
Nigerian Community Association Münster
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable (name and subject as RFC 2047 words in
# iso-8859-9).  The text names the association in Turkish ("Münster Türk
# Kadınlar Derneği olarak") and then asks explicitly to put the official
# German name on the list; the signature has the German name.  3 persons,
# "2. çalışma grubu" = AG2.

@mail("yilmaz-turkish-official-german-name", "2027-01-18 16:19:52",
      E("registration", "hatice.yilmaz@mail.example", "Hatice Yılmaz",
        "Türkischer Frauenverein Münster e.V.", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Yılmaz", "hatice.yilmaz@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO Günü kaydı - 3 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270118151952.4F2A1C@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Münster Türk Kadınlar Derneği olarak 13 Mart'taki MSO gününe katılmak
istiyoruz. Üç kişi geleceğiz: ben, başkanımız Nuray Erdem ve gençlik
kolumuzdan Elif Kara.

Üçümüz de 2. çalışma grubunu seçiyoruz (Münster'in geleceği /
Zukunftsprozess).

Listenize lütfen derneğimizin resmi adını yazın: Türkischer Frauenverein
Münster e.V.

Saygılarımla
Hatice Yılmaz
Sekreter
Türkischer Frauenverein Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# iPhone, short.  The organisation is only in the genitive: "im Namen des
# Elternvereins Gievenbeck" -> "Elternverein Gievenbeck".  "Eine weitere
# Mutter ... kommt mit" = 2; "Thema Schule" is an alias of AG1.

@mail("hartmann-genitiv-elternverein-iphone", "2027-01-19 21:47:10",
      E("registration", "nadia.hartmann@icloud.example", "Nadia Hartmann",
        "Elternverein Gievenbeck", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Nadia Hartmann <nadia.hartmann@icloud.example>"),
           ("Subject", "Anmeldung"),
           ("Message-Id", "<A3C9E2F1-77B4-4D0A-9E55-1B6C8D2F4A90@icloud.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hallo,

hiermit möchte ich mich im Namen des Elternvereins Gievenbeck zum MSO-Tag anmelden. Eine weitere Mutter aus dem Vorstand kommt mit, wir sind also zu zweit. Wir würden gern in die AG zum Thema Schule.

Viele Grüße
Nadia Hartmann

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# A group of private persons: "Wir sind kein Verein und vertreten auch keine
# Organisation" -> organisation null.  Four names listed; the writer is the
# first.  Registration with a question ("Ist das trotzdem in Ordnung?").
# Webmail multipart/alternative with <div> lines.

KOWALCZYK_TEXT = """Guten Tag,

wir würden gern zu viert zum Tag der Migrantenselbstorganisationen kommen.
Ich sage gleich dazu: Wir sind kein Verein und vertreten auch keine
Organisation. Wir sind vier Nachbarinnen aus Coerde (ursprünglich aus Polen,
Syrien, Kasachstan und Ghana), die sich jeden Donnerstag zum Kaffee treffen
und dabei viel über unseren Stadtteil reden. Ist das trotzdem in Ordnung?

Am meisten interessiert uns, wie Münster in Zukunft aussehen soll – also
die AG 2, für alle vier.

Unsere Namen:
Marta Kowalczyk
Rasha Nasser
Galina Becker
Abena Owusu

Schöne Grüße
Marta Kowalczyk"""


@mail("kowalczyk-nachbarinnen-ohne-verein", "2027-01-20 13:05:31",
      E("registration", "marta.kowalczyk@web.example", "Marta Kowalczyk",
        None, ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Marta Kowalczyk <marta.kowalczyk@web.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung von 4 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e41c0b2-5a7d-4f3e-b9c6-2d1a0e7f6c35-1768910731022@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.alternative(KOWALCZYK_TEXT, div_html(KOWALCZYK_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Explicitly private although he writes from work and the Outlook signature
# names his employer (a gGmbH, with register number and managing director):
# organisation null.  iso-8859-1 quoted-printable, Outlook alternative.

BERGER_TEXT = """Hallo zusammen,

ich möchte mich für den MSO-Tag anmelden, und zwar ausdrücklich als Privatperson. Ich schreibe nur aus Bequemlichkeit von meinem Dienstrechner – mit meiner Arbeit im Bildungswerk hat die Teilnahme nichts zu tun, bitte führen Sie mich also nicht als Vertreter des Bildungswerks.

Hintergrund: Ich bin seit einigen Jahren ehrenamtlich Pate für geflüchtete Familien und möchte verstehen, wie die Vereine in Münster die Stadtentwicklung sehen. Deshalb AG 2.

Viele Grüße
Tobias Berger

______________________________
Tobias Berger
Fachbereich Sprache und Integration
Bildungswerk Aasee gGmbH
Annette-Allee 35 | 48149 Münster
Fon 0251 6200 418
Amtsgericht Münster HRB 9021 | Geschäftsführerin: Dr. Ilka Sommer"""


@mail("berger-privat-trotz-dienstsignatur", "2027-01-21 12:40:03",
      E("registration", "tobias.berger@bildungswerk-aasee.example", "Tobias Berger",
        None, ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Berger, Tobias" <tobias.berger@bildungswerk-aasee.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung (privat) MSO-Tag 13.03."),
           ("Thread-Topic", "Anmeldung (privat) MSO-Tag 13.03."),
           ("Thread-Index", "AdtrB9fKq4mW0vT1S2eZc7hN3xYpUw=="),
           ("Date", m.date),
           ("Message-ID", "<000c01db6c0f$7a9e4b10$6fdae130$@bildungswerk-aasee.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(BERGER_TEXT.replace("–", "-")),
                  outlook_html(BERGER_TEXT.replace("–", "-"), charset="iso-8859-1"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, base64.  The running
# text names the association in Arabic ("لجمعية الجالية السورية في مونستر",
# with the prefix لـ), the signature gives the registered German name, which
# is expected.  "مجموعة العمل الأولى" = the first workgroup; "سأحضر وحدي" = 1.

ALHAMWI_TEXT = """السلام عليكم،

أنا عضوة في الهيئة الإدارية لجمعية الجالية السورية في مونستر، وأود التسجيل في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار.

أرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن كثيراً من العائلات في جمعيتنا لديها أسئلة عن المدارس والتعليم المهني.

سأحضر وحدي.

مع الشكر والتقدير
Rasha Al-Hamwi
Syrische Gemeinde Münster e.V."""


@mail("alhamwi-arabic-german-signature", "2027-01-22 19:26:48",
      E("registration", "rasha.alhamwi@mail.example", "Rasha Al-Hamwi",
        "Syrische Gemeinde Münster e.V.", ["AG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Rasha Al-Hamwi <rasha.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "التسجيل - يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAHw3nK8pT1qR6yB0mZ4vX2cL9aS7dF5gJ3hE1oU8iW6rY0tN2e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# An association being founded: "i. Gr." (in Gründung) in the signature; the
# text has the accusative "den Afghanischen Frauenverein Münster gegründet".
# iso-8859-1, 8bit, plain.  2 persons; "Arbeitsgruppe 3".

@mail("sultani-verein-in-gruendung", "2027-01-25 08:58:26",
      E("registration", "mariam.sultani@gmx.example", "Mariam Sultani",
        "Afghanischer Frauenverein Münster i. Gr.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Mariam Sultani", "mariam.sultani@gmx.example")),
           ("To", MSO),
           ("Subject", ew("Anmeldung für den MSO-Tag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f6b9d14-08ce-4a73-9b51-e3d7c2a0f418-1769327906314@3c-app-gmx-bs55>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

wir sind ein ganz neuer Verein: Im November haben wir den Afghanischen
Frauenverein Münster gegründet, die Eintragung ins Vereinsregister läuft
noch. Trotzdem möchten wir gern beim MSO-Tag dabei sein, meine Kollegin
Farida Noori und ich.

Wir möchten in die Arbeitsgruppe 3, weil wir noch ganz am Anfang stehen
und alles über Förderung, Kasse und Satzung lernen müssen.

Vielen Dank und freundliche Grüße

Mariam Sultani
Afghanischer Frauenverein Münster i. Gr.
""", charset="iso-8859-1", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# A gGmbH registers two staff: long Outlook signature with a slogan line
# ("Wir bauen Brücken – seit 1998."), address over several lines, register
# number, managing directors, disclaimer.  CRLF, windows-1252 QP.  First
# and second choice: AG2, then AG1.

OVERBECK_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für die Brückenbau Integrationsdienste gGmbH melde ich meine Kollegin Derya Tekin und mich zum Tag der Migrantenselbstorganisationen an.

Unser Wunsch wäre die Arbeitsgruppe 2 (Zukunftsprozess), alternativ die Arbeitsgruppe 1.

Wir begleiten seit vielen Jahren Vereinsgründungen im Stadtgebiet und freuen uns auf den Austausch.

Mit freundlichen Grüßen
i. A. Jens Overbeck

Jens Overbeck
Projektleitung „Starke Vereine“

Brückenbau Integrationsdienste gGmbH
Wir bauen Brücken – seit 1998.
Hammer Straße 112
48153 Münster
T +49 251 39 55 80-22
F +49 251 39 55 80-99
j.overbeck@brueckenbau-ms.example | www.brueckenbau-ms.example

Sitz der Gesellschaft: Münster · Amtsgericht Münster HRB 11872
Geschäftsführung: Sabine Kettler, Murat Özcan

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("overbeck-ggmbh-lange-signatur", "2027-01-26 10:44:19",
      E("registration", "j.overbeck@brueckenbau-ms.example", "Jens Overbeck",
        "Brückenbau Integrationsdienste gGmbH", ["AG2", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Overbeck, Jens" <j.overbeck@brueckenbau-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung zum MSO-Tag 2027 – Brückenbau", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung zum MSO-Tag 2027 – Brückenbau", "windows-1252", "q")),
           ("Thread-Index", "AdtvC1pXy2eQ9kRz0mFhT5wNbA7sVg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8391E7F2A0C14B6D9E3F5A1B2C7D@AS8PR04MB8391.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(outlook_plain(OVERBECK_TEXT), outlook_html(OVERBECK_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# "für unseren Verein" in the text; the name with "e. V." (with a space) in a
# signature whose next line is a slogan with symbols.  Signed with first name
# only in the text; the full name is in the signature.  "zu dritt" = 3,
# "AG Förderung" = AG3.  UTF-8 8bit.

@mail("dogan-e-punkt-v-slogan", "2027-01-27 20:15:42",
      E("registration", "berivan@roj-muenster.example", "Berivan Doğan",
        "Deutsch-Kurdischer Kulturverein Roj e. V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Berivan <berivan@roj-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag / Roj e. V."),
           ("Date", m.date),
           ("Message-ID", "<6f0d3b2a-91c4-4e7f-a85d-c2b3e1f09a46@roj-muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom Integrationszentrum,

für unseren Verein kommen wir zu dritt: ich und zwei Frauen aus unserer
Tanzgruppe, Rojda Aslan und Helin Kılıç. Wir möchten gerne in die AG
Förderung, wir wollen nämlich endlich einen Antrag für Kostüme und
Raummiete stellen :)

Bis zum 13.!
Berivan

-- 
Berivan Doğan
Kassiererin
Deutsch-Kurdischer Kulturverein Roj e. V.
☀ Roj heißt Sonne – Kultur verbindet! ☀
www.roj-muenster.example
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# The organisation only in the dative with an inflected adjective ("beim
# Deutsch-Vietnamesischen Freundeskreis Münster"); no signature line for it.
# Display name "Pham, Minh Tuan"; signature "Minh Tuan Pham".  Outlook.com
# alternative.  "Arbeitsgruppe zu Förderung und Vereinsmanagement" = AG3.

PHAM_TEXT = """Guten Tag,

ich bin seit letztem Jahr Kassenwart beim Deutsch-Vietnamesischen Freundeskreis Münster und würde gern am MSO-Tag teilnehmen. Als Kassenwart ist für mich natürlich die Arbeitsgruppe zu Förderung und Vereinsmanagement die richtige.

Ich komme allein.

Mit freundlichen Grüßen
Minh Tuan Pham"""


@mail("pham-dativ-freundeskreis", "2027-01-28 07:49:13",
      E("registration", "minhtuan.pham@outlook.example", "Minh Tuan Pham",
        "Deutsch-Vietnamesischer Freundeskreis Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Pham, Minh Tuan" <minhtuan.pham@outlook.example>'),
           ("To", f'"{MSO}" <{MSO}>'),
           ("Subject", "MSO-Tag Anmeldung"),
           ("Thread-Topic", "MSO-Tag Anmeldung"),
           ("Thread-Index", "AQHbcR0l8hD3kZ9nT0e6JqW2mV4xYw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR10MB7340A2F8C1D94E5B6A7F8C9D0E1A@DB9PR10MB7340.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(PHAM_TEXT, div_html(PHAM_TEXT, "font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# The coordinator of a city-wide network registers herself and two people
# from member organisations (each named with their own association): one
# registration of 3, organisation = the network, for which she writes.
# Confirmation wanted at the network's address (the From).  The signature's
# last line is a descriptive slogan; "c/o" address over several lines.

REHBERG_TEXT = """Liebe Kolleginnen und Kollegen im KI,

für das MSO-Netzwerk Münster melde ich drei Personen zum MSO-Tag an:

1. Claudia Rehberg-Mansour (Koordinierungsstelle des Netzwerks)
2. Tharshini Selvarajah (Tamilischer Elternkreis, Mitgliedsorganisation im Netzwerk)
3. Komla Agbeko (Togoische Gemeinde Münster e.V., ebenfalls Mitglied)

Alle drei möchten in die AG 2 „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ – das passt zu unserem Positionspapier, das wir im Frühjahr vorstellen wollen.

Bitte schicken Sie die Bestätigung gesammelt an die Koordinierungsstelle, ich leite sie weiter.

Viele Grüße
Claudia Rehberg-Mansour

MSO-Netzwerk Münster
Koordinierungsstelle
c/o Haus der Vereine
Wolbecker Straße 45
48155 Münster
Das Netzwerk von über 40 Migrantenselbstorganisationen in Münster"""


@mail("rehberg-netzwerk-meldet-drei", "2027-01-29 14:21:57",
      E("registration", "koordination@mso-netzwerk-ms.example", "Claudia Rehberg-Mansour",
        "MSO-Netzwerk Münster", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "MSO-Netzwerk Münster | Koordination <koordination@mso-netzwerk-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Netzwerk (3 Personen)"),
           ("Thread-Topic", "Anmeldung MSO-Netzwerk (3 Personen)"),
           ("Thread-Index", "AdtyDq4Kf9wX2mR7eN0bV3tJcY8pLa=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4418F3E7D2C1B0A9F8E7D6C5B4A3@VI1PR09MB4418.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(REHBERG_TEXT), outlook_html(REHBERG_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# English, Apple Mail.  The text calls the organisation only by its
# abbreviation "ASAM"; the signature gives the full name with "(ASAM)" and a
# quoted slogan.  The full name without the abbreviation is expected.
# Signed "Kofi" in the text, full name in the signature.

ASANTE_TEXT = """Hi there,

I'd like to sign up for the Day of Migrant Self-Organisations on 13 March. I'm coming for ASAM – we're a student association, so maybe not a classic MSO, but a lot of our members stay in Münster after graduating and get involved in community groups here.

The education working group sounds like the best fit for us.

Cheers,
Kofi

Kofi Asante
Public Relations
African Students' Association Münster (ASAM)
"Together we rise\""""


@mail("asante-english-abbreviation-slogan", "2027-02-01 18:33:06",
      E("registration", "kofi.asante@uni-muenster.example", "Kofi Asante",
        "African Students' Association Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kofi Asante <kofi.asante@uni-muenster.example>"),
           ("Subject", "Registration for the MSO Day"),
           ("Message-Id", "<3E8B1F40-C6D2-4A97-8B15-F0A2D9C7E461@uni-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(ASANTE_TEXT, apple_html(ASANTE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# French, iso-8859-1 quoted-printable.  The French name of the association is
# its registered name ("... de Münster e.V." in the signature, with a slogan
# in guillemets).  "nous serons deux" = 2, "l'atelier III" = AG3.

@mail("fotso-french-association-ev", "2027-02-02 09:17:44",
      E("registration", "serge.fotso@orange.example", "Serge Fotso",
        "Association des Camerounais de Münster e.V.", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Serge Fotso <serge.fotso@orange.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription : Journée des organisations de migrants", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<1790422865.48213.1769991464120.JavaMail.open-xchange@webmail.orange.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev71"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame,

Je me permets de vous écrire au nom de l'Association des Camerounais de
Münster. Nous souhaiterions participer à la journée du 13 mars : nous
serons deux, mon épouse Laure et moi-même.

Nous aimerions nous inscrire à l'atelier III sur les financements et la
gestion associative.

Je vous prie d'agréer, Madame, l'expression de mes salutations
distinguées.

Serge Fotso
Président
Association des Camerounais de Münster e.V.
« Unis dans la diversité »
""", charset="iso-8859-1", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Russian, windows-1251 base64 (name and subject as RFC 2047 B words).  The
# text gives the society's Russian short name «Радуга» and says what it is
# officially called in German; the signature has the German name, which is
# expected.  "вторая рабочая группа" = AG2; "Приду одна" = 1.

@mail("smirnova-russian-offiziell-deutsch", "2027-02-03 11:08:25",
      E("registration", "olga.smirnova@yandex.example", "Ольга Смирнова",
        "Deutsch-Russischer Kulturverein Raduga e.V.", ["AG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Смирнова", "olga.smirnova@yandex.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на День организаций мигрантов", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<4417331769933705@mail.yandex.example>"),
           ("X-Mailer", "Yamail [ http://yandex.example ] 5.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я представляю наше общество «Радуга» – официально оно называется
Deutsch-Russischer Kulturverein Raduga e.V. Хотела бы зарегистрироваться
на мероприятие 13 марта.

Меня больше всего интересует вторая рабочая группа – о будущем Мюнстера.

Приду одна.

С уважением,
Ольга Смирнова
Deutsch-Russischer Kulturverein Raduga e.V.
""", charset="windows-1251", cte="base64")


# -- 018 ---------------------------------------------------------------------
# A form block whose "Organisation:" line adds the umbrella membership in
# parentheses; the role is on its own line.  Name written "Rajendran,
# Sivakumar" in the form; the display name has the usual order.  First and
# second choice "1. Wahl AG 1, 2. Wahl AG 3"; 2 persons.

@mail("rajendran-formblock-mitgliedschaft", "2027-02-03 17:52:30",
      E("registration", "s.rajendran@tamilsangam-ms.example", "Sivakumar Rajendran",
        "Tamil Sangam Münster e.V.", ["AG1", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sivakumar Rajendran <s.rajendran@tamilsangam-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<20270203175230.7c2e91a4@tamilsangam-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

anbei unsere Anmeldung:

Name: Rajendran, Sivakumar
Organisation: Tamil Sangam Münster e.V. (Mitglied im MSO-Netzwerk Münster)
Funktion: 2. Vorsitzender
Anzahl Personen: 2 (mit Frau Kalaivani Rajendran)
Arbeitsgruppe: 1. Wahl AG 1, 2. Wahl AG 3

Mit freundlichen Grüßen
S. Rajendran
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Question from a working group of associations (an umbrella without legal
# form): may member associations be registered on one collective list?  No
# one is registered.  Outlook HTML only, windows-1252.

AGAV_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wir sind die Arbeitsgemeinschaft Afrikanischer Vereine Münster (AGAV), ein Zusammenschluss von neun Vereinen. Bevor wir uns anmelden, eine Frage: Sollen sich unsere Mitgliedsvereine einzeln bei Ihnen anmelden, oder können wir als Arbeitsgemeinschaft eine Sammelliste mit allen Teilnehmenden schicken? Es werden voraussichtlich 10 bis 12 Personen sein, verteilt auf alle drei Arbeitsgruppen.

Und gibt es eine Obergrenze pro Organisation?

Vielen Dank im Voraus und freundliche Grüße

Adjoa Mensah-Bonsu
Sprecherin
Arbeitsgemeinschaft Afrikanischer Vereine Münster (AGAV)"""


@mail("agav-frage-sammelanmeldung", "2027-02-04 15:36:11",
      E("question", "vorstand@agav-muenster.example", "Adjoa Mensah-Bonsu",
        "Arbeitsgemeinschaft Afrikanischer Vereine Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", "AGAV Vorstand <vorstand@agav-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Frage zur Anmeldung von Mitgliedsvereinen"),
           ("Thread-Topic", "Frage zur Anmeldung von Mitgliedsvereinen"),
           ("Thread-Index", "Adt3Gh5Nq0bY4kWz8pT2cR6mF1xVsQ=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR02MB6137D0C4B8A2E1F9C3D5B7A9E1F2@PR3PR02MB6137.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(AGAV_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Learner German from an Android phone.  Two roles: board member of the
# association and a job at a cleaning company; "ich komme für die Verein".
# Organisation in quotes in the text.  "Gruppe 2", alone.

@mail("bah-lernerdeutsch-verein-und-job", "2027-02-05 22:04:38",
      E("registration", "mamadou.bah88@gmail.example", "Mamadou Bah",
        "Guineische Gemeinschaft Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mamadou Bah <mamadou.bah88@gmail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAPq5vN2xK8tR0yW3mB7cZ1fL6aD9sG4hJ2eU5iO8pT3rQ0wE7n@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich heise Mamadou Bah und ich möchte mich anmelden für MSO Tag am 13 März. Ich bin in Vorstand von Verein "Guineische Gemeinschaft Münster e.V.", wir machen Hausaufgabenhilfe und Fussball für Kinder. Ich arbeite auch bei Reinigungsfirma aber ich komme für die Verein.

Ich möchte gehen in Gruppe 2 wegen Zukunft von Münster.

Ich komme alleine.

Danke schön
Mamadou Bah

Gesendet von meinem Galaxy
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Shared association mailbox: the From display name is the association
# (without the quotation marks the signature uses), Reply-To is the writer's
# own address, and the text asks to answer there.  Polish sign-off inside
# German text.  "Erste Wahl AG III, falls voll, AG I"; 2 persons.

@mail("nowak-vereinspostfach-reply-to", "2027-02-08 10:27:15",
      E("registration", "a.nowak@poczta.example", "Agnieszka Nowak",
        "Polnischer Kulturverein „Most“ e.V.", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Polnischer Kulturverein Most e.V. <info@most-muenster.example>"),
           ("Reply-To", "Agnieszka Nowak <a.nowak@poczta.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<b27e4f19-0a6c-4d83-95e2-7c1d3f8a0b64@most-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich schreibe vom Vereinspostfach, das mehrere Vorstandsmitglieder lesen –
Antworten bitte an meine eigene Adresse (sie steht als Antwortadresse
drin).

Angemeldet werden sollen: ich selbst und unser Schatzmeister Piotr
Zieliński. Erste Wahl AG III, falls die voll ist, AG I.

Pozdrawiam / Viele Grüße
Agnieszka Nowak
2. Vorsitzende

Polnischer Kulturverein „Most“ e.V.
Most = Brücke: zwischen Polen und Münster seit 1991
Mitglied im Verbund der Migrantenorganisationen Münsterland e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Out-of-office of the umbrella's managing director (German and English),
# answering an information mail the organisers sent to registered
# participants.  Auto-Submitted and the Exchange suppression header are
# present; the signature names the umbrella.

@mail("karaca-vmo-abwesenheit", "2027-02-08 14:02:51",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Selma Karaca <s.karaca@vmo-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: Tag der Migrantenselbstorganisationen 2027 – "
                       "Hinweise für Teilnehmende"),
           ("Date", m.date),
           ("Message-ID", "<autoreply.5e2c81d0f7a4@vmo-muensterland.example>"),
           ("In-Reply-To", "<mailbot.20270208140247.a41f@muenster.example>"),
           ("References", "<mailbot.20270208140247.a41f@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. Februar 2027 nicht im Büro und lese meine
E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an
unsere Geschäftsstelle: info@vmo-muensterland.example

Thank you for your message. I am out of the office until 19 February 2027.
For urgent matters please contact info@vmo-muensterland.example

Selma Karaca
Geschäftsführerin
Verbund der Migrantenorganisationen Münsterland e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Ukrainian, Gmail alternative, base64.  She teaches at a Saturday school
# that "our community" runs; the signature names the school and, on the next
# line, the registered association.  The association (the legal body) is
# expected.  "перша робоча група – про освіту" = AG1; "Буду сама" = 1.

BONDAR_TEXT = """Добрий день!

Мене звати Наталія Бондар, я вчителька суботньої школи «Джерело», яку організовує наша громада. Хотіла б зареєструватися на День організацій мігрантів 13 березня.

Для мене найцікавіша перша робоча група – про освіту, бо ми щосуботи працюємо з дітьми та їхніми батьками.

Буду сама.

З повагою
Наталія Бондар
Суботня школа «Джерело»
Ukrainische Gemeinde Münster e.V."""


@mail("bondar-ukrainian-samstagsschule", "2027-02-09 20:41:09",
      E("registration", "natalia.bondar@ukr.example", "Наталія Бондар",
        "Ukrainische Gemeinde Münster e.V.", ["AG1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Наталія Бондар <natalia.bondar@ukr.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація на MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CALr8wT4nP0qY2sB6mK9vZ3cX1dF7gH5jE8oU2iR4tW6yN0aQ3m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDAR_TEXT, gmail_html(BONDAR_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Change: Outlook reply to the confirmation (AG 3, 1 person), new choice
# "Arbeitsgruppe 2 statt in die 3".  Ends with "Geht das noch?" - still a
# change.  Signature with the club's founding year in its name and a slogan.

SIMSEK_TEXT = """Hallo,

ich habe mir das Programm noch einmal angesehen und möchte doch lieber in die Arbeitsgruppe 2 statt in die 3. Geht das noch?

Danke und Gruß
Hakan Şimşek
Türkisch-Deutscher Sportverein Gremmendorf 1983 e.V.
„Sport kennt keine Grenzen“"""


@mail("simsek-change-ag3-to-ag2", "2027-02-10 08:12:40",
      E("change", "h.simsek@tdsv-gremmendorf.example", "Hakan Şimşek",
        "Türkisch-Deutscher Sportverein Gremmendorf 1983 e.V.", ["AG2"], None, "de"), "de")
def _(m):
    m.head(("From", "Hakan Şimşek <h.simsek@tdsv-gremmendorf.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbe0Jk3tY9pQ2mR5vN8cW1xZ0aBLSk7Vg="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR08MB8473C2B5E9F1A0D4C7B3E6F9A2D1@GV1PR08MB8473.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270122183010.3b9d@muenster.example>"),
           ("References", "<mailbot.20270122183010.3b9d@muenster.example>"),
           ("Accept-Language", "de-DE, tr-TR"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 22. Januar 2027 18:30",
             "Hakan Şimşek <h.simsek@tdsv-gremmendorf.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Şimşek", "AG3", 1))
    m.alternative(outlook_plain(SIMSEK_TEXT, quote),
                  outlook_html(SIMSEK_TEXT, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# HTML only (webmail editor).  The club's abbreviation is in the display
# name; the signature has an image alt text, the full name with "Kultur- und
# Sportverein", a slogan, the register number and a charity note.  "mich
# zusammen mit zwei Jugendlichen" = 3; "Förderungsmöglichkeiten" = AG3.

EKSV_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Liebes Orga-Team,</p>
<p>hiermit melde ich mich zusammen mit zwei Jugendlichen aus unserer Fußballabteilung (Filmon Haile und Senait Ghebre, beide 19) zum MSO-Tag an. Wir möchten gemeinsam in die Arbeitsgruppe zu den Förderungsmöglichkeiten &ndash; unser Jugendteam braucht dringend neue Trikots und einen Zuschuss für die Trainerlizenz.</p>
<p>Sportliche Grüße<br>
<b>Yonas Tesfamariam</b><br>
Jugendleiter</p>
<table cellpadding="0" cellspacing="0" style="border-top: 2px solid #1b7a3e; margin-top: 12px;">
<tr><td style="padding: 8px 12px 0 0;"><img src="cid:eksv-logo@eksv-muenster.example" alt="EKSV Logo" width="64" height="64"></td>
<td style="padding-top: 8px; font-size: 12px; color: #444;">
<b>Eritreischer Kultur- und Sportverein Münster e.V.</b><br>
<i>Gemeinsam am Ball &ndash; gemeinsam in Münster!</i><br>
Vereinsregister: Amtsgericht Münster VR 3378<br>
Als gemeinnützig anerkannt &middot; Spenden willkommen</td></tr>
</table>
</body></html>
"""


@mail("tesfamariam-html-signatur-vr-nummer", "2027-02-10 19:55:02",
      E("registration", "y.tesfamariam@eksv-muenster.example", "Yonas Tesfamariam",
        "Eritreischer Kultur- und Sportverein Münster e.V.", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "EKSV Münster - Yonas Tesfamariam <y.tesfamariam@eksv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung - 3 Personen - AG Förderung"),
           ("Date", m.date),
           ("Message-ID", "<1d4f7a92c0e3b5d8f61a2c4e7b9d0f13@webmail.eksv-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(EKSV_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Spanish, Gmail alternative.  "Casa Latina, la asociación latinoamericana de
# Münster" in the text; the signature has the registered name "Casa Latina
# Münster e.V." and a bilingual description line.  Full name with both
# surnames in the signature.  "grupo de trabajo 3"; "Iré sola" = 1.

FERNANDEZ_TEXT = """Hola:

Soy Lucía Fernández, tesorera de Casa Latina, la asociación latinoamericana de Münster. Me gustaría inscribirme en la jornada de las organizaciones de migrantes del 13 de marzo.

Me interesa sobre todo el grupo de trabajo 3 (financiación y gestión de asociaciones), porque este año nos toca reorganizar toda la contabilidad de la asociación.

Iré sola.

Un saludo cordial,
Lucía Fernández Ortega
Tesorera
Casa Latina Münster e.V.
Asociación Latinoamericana · Lateinamerikanischer Verein"""


@mail("fernandez-spanish-casa-latina", "2027-02-11 12:30:57",
      E("registration", "lucia.fernandez@casalatina-ms.example", "Lucía Fernández Ortega",
        "Casa Latina Münster e.V.", ["AG3"], 1, "es"), "es")
def _(m):
    m.head(("From", "Lucía Fernández <lucia.fernandez@casalatina-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscripción jornada MSO 13/03"),
           ("Date", m.date),
           ("Message-ID", "<CAGt6yU0iO2pA4sD6fG8hJ0kL2zX4cV6bN8mQ0wE2rT4yU6iO8p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FERNANDEZ_TEXT, gmail_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# A teacher comes privately; the school server appends its signature after
# "-- ".  Organisation null.  iso-8859-15, 8bit.  "Arbeitsgruppe I" = AG1.

@mail("wessels-lehrerin-privat-schulsignatur", "2027-02-12 16:48:21",
      E("registration", "k.wessels@gym-kanonengraben.example", "Katharina Wessels",
        None, ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Katharina Wessels <k.wessels@gym-kanonengraben.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270212154821.Horde.k7Qm2xT0bW9nR4vJ@webmail.gym-kanonengraben.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte mich zum Tag der Migrantenselbstorganisationen anmelden. Ich
komme als Privatperson: Ich bin zwar Lehrerin, aber am 13. März nicht im
Auftrag meiner Schule, sondern weil ich mich persönlich für die
Elternarbeit der Vereine interessiere. Die Signatur unten hängt unser
Schulserver leider automatisch an.

Am liebsten wäre mir die Arbeitsgruppe I.

Mit freundlichen Grüßen
Katharina Wessels

-- 
Gymnasium am Kanonengraben · Städtisches Gymnasium der Stadt Münster
Am Kanonengraben 11 · 48151 Münster
Sekretariat: 0251 3 99 81 00
Diese Nachricht wurde über den Schulserver versandt.
""", charset="iso-8859-15", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Cancellation for two persons; Outlook HTML only (windows-1252) quoting the
# confirmation (AG 1, 2 persons).

LOHMANN_TEXT = """Sehr geehrte Damen und Herren,

leider müssen mein Kollege Herr Osei und ich unsere Anmeldung zurückziehen. Unser Träger hat für den 13. März kurzfristig einen verpflichtenden Teamtag angesetzt.

Wir wünschen Ihnen eine gelungene Veranstaltung und sind beim nächsten Mal gern wieder dabei.

Mit freundlichen Grüßen
Anke Lohmann
Integrationsagentur Münster-Nord"""


@mail("lohmann-absage-outlook-html", "2027-02-15 09:03:26",
      E("cancellation", "anke.lohmann@integrationsagentur-nord.example", "Anke Lohmann",
        "Integrationsagentur Münster-Nord", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Lohmann, Anke" <anke.lohmann@integrationsagentur-nord.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdE2cW7qL0mR3tY8vN1bX5zK9aP2oHsD4"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR03MB5602E1D4F7A3B9C2E5D8F1A4B7C0@AM0PR03MB5602.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127101522.7e2a@muenster.example>"),
           ("References", "<mailbot.20270127101522.7e2a@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 27. Januar 2027 10:15",
             "Lohmann, Anke <anke.lohmann@integrationsagentur-nord.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Lohmann", "AG1", 2))
    m.single(outlook_html(LOHMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Question: may an association being founded ("i.G.", no space) take part?
# "Wenn es geht, würden wir uns dann ... anmelden" announces a later
# registration; it registers no one yet.

@mail("warsame-frage-verein-ig", "2027-02-15 13:14:50",
      E("question", "a.warsame@mail.example", "Abdirahman Warsame",
        "Somali Community Münster i.G.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Abdirahman Warsame <a.warsame@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Frage – dürfen wir als Verein in Gründung teilnehmen?", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<e90c3a71-4b5d-4f28-8d6e-1a2b7c9f0d35@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind die Somali Community Münster i.G. – die Satzung ist beschlossen,
aber das Amtsgericht hat uns noch nicht eingetragen. Dürfen wir trotzdem
als Organisation am MSO-Tag teilnehmen, oder ist der Tag nur für
eingetragene Vereine gedacht?

Wenn es geht, würden wir uns dann mit zwei Personen anmelden.

Mit freundlichen Grüßen
Abdirahman Warsame
Somali Community Münster i.G.
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# The umbrella's newsletter (other).  It urges member associations to
# register for the MSO-Tag, names AG 3 and the registration address, and is
# signed by the umbrella - but it registers no one.  List headers, bulk.

VMO_NEWS_TEXT = """VMO-Rundbrief Februar 2027
Verbund der Migrantenorganisationen Münsterland e.V.

Liebe Mitgliedsvereine, liebe Freundinnen und Freunde,

1) Tag der Migrantenselbstorganisationen am 13. März
Das Kommunale Integrationszentrum lädt wieder in das Stadtweinhaus ein. Bitte meldet euch als Verein direkt an: mso-tag@muenster.example (Name, Verein, Personenzahl, Arbeitsgruppe). Besonders ans Herz legen wir euch die AG 3 zu Fördermitteln und Vereinsmanagement.

2) Mitgliederversammlung
Unsere Mitgliederversammlung findet am Samstag, 27. März 2027, um 14 Uhr im Haus der Vereine statt. Die Einladung mit Tagesordnung folgt per Post.

3) Fortbildung Kassenprüfung
Am 20. Februar bieten wir eine Abendschulung für Kassenprüferinnen und Kassenprüfer an. Anmeldung über unsere Website: https://vmo-muensterland.example/termine

Herzliche Grüße
euer VMO-Vorstand

Sie erhalten diesen Rundbrief, weil Ihre Adresse in unserem Verteiler steht. Abmelden: https://vmo-muensterland.example/rundbrief/abmelden"""

VMO_NEWS_HTML = """<html><head><meta charset="utf-8"><title>VMO-Rundbrief Februar 2027</title></head>
<body style="margin:0;background:#f3f1ec;font-family:Georgia,serif;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff;">
<tr><td style="background:#7a2e1b;color:#fff;"><h1 style="margin:0;font-size:22px;">VMO-Rundbrief Februar 2027</h1>
<div style="font-size:13px;">Verbund der Migrantenorganisationen Münsterland e.V.</div></td></tr>
<tr><td>
<p>Liebe Mitgliedsvereine, liebe Freundinnen und Freunde,</p>
<h2 style="font-size:17px;">1) Tag der Migrantenselbstorganisationen am 13. März</h2>
<p>Das Kommunale Integrationszentrum lädt wieder in das Stadtweinhaus ein. Bitte meldet euch als Verein direkt an: <a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a> (Name, Verein, Personenzahl, Arbeitsgruppe). Besonders ans Herz legen wir euch die AG 3 zu Fördermitteln und Vereinsmanagement.</p>
<h2 style="font-size:17px;">2) Mitgliederversammlung</h2>
<p>Unsere Mitgliederversammlung findet am Samstag, 27. März 2027, um 14 Uhr im Haus der Vereine statt. Die Einladung mit Tagesordnung folgt per Post.</p>
<h2 style="font-size:17px;">3) Fortbildung Kassenprüfung</h2>
<p>Am 20. Februar bieten wir eine Abendschulung für Kassenprüferinnen und Kassenprüfer an. Anmeldung über <a href="https://vmo-muensterland.example/termine">unsere Website</a>.</p>
<p>Herzliche Grüße<br>euer VMO-Vorstand</p>
</td></tr>
<tr><td style="font-size:11px;color:#888;">Sie erhalten diesen Rundbrief, weil Ihre Adresse in unserem Verteiler steht. <a href="https://vmo-muensterland.example/rundbrief/abmelden">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("vmo-rundbrief-newsletter", "2027-02-16 07:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "VMO-Rundbrief <rundbrief@vmo-muensterland.example>"),
           ("To", "VMO-Rundbrief <rundbrief@vmo-muensterland.example>"),
           ("Subject", "VMO-Rundbrief Februar 2027: MSO-Tag, Mitgliederversammlung, Kassenprüfung"),
           ("Date", m.date),
           ("Message-ID", "<rundbrief-2027-02.17712e4c@vmo-muensterland.example>"),
           ("List-Id", "VMO-Rundbrief <rundbrief.vmo-muensterland.example>"),
           ("List-Unsubscribe", "<https://vmo-muensterland.example/rundbrief/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"), envelope="bounces+rundbrief@vmo-muensterland.example")
    m.alternative(VMO_NEWS_TEXT, VMO_NEWS_HTML, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change of party size only (2 -> 1), workgroup unchanged: Gmail reply
# quoting the confirmation (AG 1, 2 persons) with '>'.  A member association
# of the umbrella (membership line under the name).

@mail("sarr-change-allein", "2027-02-17 08:40:33",
      E("change", "i.sarr@teranga-muenster.example", "Ibrahima Sarr",
        "Senegalesischer Kulturverein Teranga Münster e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Ibrahima Sarr <i.sarr@teranga-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJp4r0yT5mQw1cLz7nB3kX9vRd2eFh6aGu0oS8iM4tP1wYbN3q@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270121093125.c70e@muenster.example>"),
           ("References", "<mailbot.20270121093125.c70e@muenster.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Guten Tag,

eine kleine Änderung: Unsere Kassiererin hat an dem Samstag leider eine
Familienfeier, ich komme deshalb allein. Bitte tragen Sie nur noch eine
Person ein. Die Arbeitsgruppe bleibt gleich.

Mit freundlichen Grüßen
Ibrahima Sarr
Senegalesischer Kulturverein Teranga Münster e.V.
Mitglied im Verbund der Migrantenorganisationen Münsterland

Am Do., 21. Jan. 2027 um 09:31 Uhr schrieb Tag der
Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Herr Sarr", "AG1", 2))}"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 032 ---------------------------------------------------------------------
# Bounce: Postfix at the remote side, mailbox full (5.2.2), returning the
# whole confirmation as message/rfc822.

@mail("postfix-bounce-mailbox-full", "2027-02-17 11:22:09",
      E("bounce", bounced="selam.wolde@habesha-verein.example"), "en")
def _(m):
    rcpt = "selam.wolde@habesha-verein.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270217102209.9A41B2C0E7@mail.muenster.example>"),
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

<{rcpt}>: host mx.habesha-verein.example[203.0.113.58] said:
    552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "9A41B2C0E7"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 17 Feb 2027 11:22:04 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.habesha-verein.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded")])
    original = confirmation_message(
        f"Selam Wolde <{rcpt}>", "Frau Wolde", "AG2", 2,
        "Wed, 17 Feb 2027 11:22:03 +0100", "<mailbot.20270217112203.51fd@muenster.example>",
        "<0e6a2c94-b31f-47d8-9a5e-c8d1f0b2a763@habesha-verein.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 033 ---------------------------------------------------------------------
# Farsi question: she and two friends belong to no association - may they
# come?  Registers no one.  Name in Persian script in the signature, Latin
# display name.  UTF-8 base64.

@mail("ahmadi-farsi-frage-ohne-verein", "2027-02-18 21:10:45",
      E("question", "maryam.ahmadi@mail.example", "مریم احمدی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Ahmadi <maryam.ahmadi@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال درباره‌ی روز سازمان‌های مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<CAB9xR3tY5uI7oP9aS1dF3gH5jK7lZ9xC1vB3nM5qW7eR9tY1uI@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

من و دو نفر از دوستانم عضو هیچ انجمن یا سازمانی نیستیم، ولی به موضوع آموزش و مدرسه خیلی علاقه داریم. آیا ما هم می‌توانیم در این روز شرکت کنیم یا فقط نمایندگان انجمن‌ها دعوت شده‌اند؟

ممنون از پاسخ شما
مریم احمدی
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Ticket-system receipt (auto_reply) from a volunteer service centre whose
# general address someone registered with; Auto-Submitted and X-Loop.

@mail("servicestelle-ticket-eingang", "2027-02-19 10:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Servicestelle Ehrenamt Münsterland <service@ehrenamt-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "[Ticket#2027021910000187] Eingangsbestätigung: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771491641.284913.ticket@helpdesk.ehrenamt-muensterland.example>"),
           ("In-Reply-To", "<mailbot.20270219100036.e18c@muenster.example>"),
           ("References", "<mailbot.20270219100036.e18c@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Loop", "service@ehrenamt-muensterland.example"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht an die Servicestelle Ehrenamt Münsterland.
Ihr Anliegen wurde unter der Ticketnummer 2027021910000187 erfasst und
wird in der Regel innerhalb von drei Werktagen bearbeitet.

Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.
Diese Nachricht wurde automatisch erstellt.

Ihre Servicestelle Ehrenamt Münsterland
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# English change: one more person (3) and a switch to "Workshop 1
# (education)" from "the funding one"; Gmail reply quoting the
# confirmation (AG 3, 2 persons).

@mail("nakato-change-workshop1-three", "2027-02-22 09:45:17",
      E("change", "p.nakato@mail.example", "Priscilla Nakato",
        "Ugandan Community Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Priscilla Nakato <p.nakato@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAOk7b2RaS6vX0nZd2yU4gO9wM1bT7eK5iH3lQ8fJ0pV2sF6uCx@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270204120240.2f6b@muenster.example>"),
           ("References", "<mailbot.20270204120240.2f6b@muenster.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Hello again,

Two changes to our registration, if possible: our chairwoman, Dr Grace
Namubiru, would like to come as well, so we'll be three people. And we'd
all prefer to switch to Workshop 1 (education) instead of the funding
one - Dr Namubiru runs our homework club and that's where most of our
questions are.

Thanks so much,
Priscilla

Priscilla Nakato
Secretary
Ugandan Community Münster

On Thu, 4 Feb 2027 at 12:02, Tag der Migrantenselbstorganisationen <
{MSO}> wrote:

{gt_quote(confirmation("Frau Nakato", "AG3", 2))}"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 036 ---------------------------------------------------------------------
# Advertising (other) for association software; full of Fördermittel and
# Vereinsmanagement words.

SOFT_TEXT = """Sehr geehrte Vereinsverantwortliche,

Mitgliederverwaltung, Beitragseinzug, Spendenquittungen und Fördermittel-Nachweise – mit VereinsCockpit erledigen Sie Ihr Vereinsmanagement in einem einzigen Programm.

Speziell für gemeinnützige Vereine und Migrantenselbstorganisationen:
• SEPA-Lastschrift mit einem Klick
• Zuwendungsbestätigungen nach amtlichem Muster
• Mehrsprachige Mitgliederkommunikation (DE, EN, TR, AR, RU)

Jetzt 60 Tage kostenlos testen: https://vereinscockpit.example/test

Ihr Team von VereinsCockpit

Abmelden: https://vereinscockpit.example/abmelden?id=7f3c21"""

SOFT_HTML = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:15px;color:#1d2b36;">
<p>Sehr geehrte Vereinsverantwortliche,</p>
<p>Mitgliederverwaltung, Beitragseinzug, Spendenquittungen und Fördermittel-Nachweise &ndash; mit <b>VereinsCockpit</b> erledigen Sie Ihr Vereinsmanagement in einem einzigen Programm.</p>
<p>Speziell für gemeinnützige Vereine und Migrantenselbstorganisationen:</p>
<ul>
<li>SEPA-Lastschrift mit einem Klick</li>
<li>Zuwendungsbestätigungen nach amtlichem Muster</li>
<li>Mehrsprachige Mitgliederkommunikation (DE, EN, TR, AR, RU)</li>
</ul>
<p><a href="https://vereinscockpit.example/test" style="background:#0a7cff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none;">Jetzt 60 Tage kostenlos testen</a></p>
<p>Ihr Team von VereinsCockpit</p>
<p style="font-size:11px;color:#999;"><a href="https://vereinscockpit.example/abmelden?id=7f3c21">Abmelden</a></p>
</body></html>
"""


@mail("vereinscockpit-werbung", "2027-02-22 14:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "VereinsCockpit <news@vereinscockpit.example>"),
           ("To", MSO),
           ("Subject", "Vereinsmanagement ohne Papierkram – jetzt 60 Tage gratis testen"),
           ("Date", m.date),
           ("Message-ID", "<0100018e2b4c7d91-3a5f7e20-8c1b-4d6a-9e2f-5b7c9d1e3f50-000000@mailer.vereinscockpit.example>"),
           ("List-Unsubscribe", "<https://vereinscockpit.example/abmelden?id=7f3c21>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(SOFT_TEXT, SOFT_HTML, charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Russian cancellation, Yandex-style reply quoting the confirmation
# (AG 2, 1 person); UTF-8 base64.  "наш клуб" is not a name: organisation
# null.

@mail("kuznetsova-absage-russisch", "2027-02-23 09:14:58",
      E("cancellation", "irina.kuznetsova@yandex.example", "Ирина Кузнецова",
        None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Кузнецова", "irina.kuznetsova@yandex.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7208911771834498@mail.yandex.example>"),
           ("In-Reply-To", "<mailbot.20270205110830.9a0c@muenster.example>"),
           ("References", "<mailbot.20270205110830.9a0c@muenster.example>"),
           ("X-Mailer", "Yamail [ http://yandex.example ] 5.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день,

к сожалению, 13 марта я прийти не смогу: на этот день перенесли концерт
нашего клуба, и я его веду. Пожалуйста, отмените мою регистрацию.

Извините за беспокойство.
Ирина Кузнецова

05.02.2027, 11:08, "Tag der Migrantenselbstorganisationen" <{MSO}>:
{gt_quote(confirmation("Frau Kuznetsova", "AG2", 1))}
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# English question (banner, info table) before registering; us-ascii, 7bit
# ("Muenster" without umlaut).

@mail("bello-english-question-banner", "2027-02-24 17:26:03",
      E("question", "aisha.bello@mail.example", "Aisha Bello",
        "Women of Africa Network Muenster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Aisha Bello <aisha.bello@mail.example>"),
           ("To", MSO),
           ("Subject", "Info table / banner at the MSO day?"),
           ("Date", m.date),
           ("Message-ID", "<PH0PR11MB49523F7A1C2D8E0B4F6A9C3D5E7F@PH0PR11MB4952.namprd11.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I coordinate the Women of Africa Network Muenster and a few of us are
thinking about coming on March 13. Before we register: would it be
possible to bring a roll-up banner and some flyers of our network? And is
there a table where associations can present themselves during the lunch
break?

Best regards,
Aisha Bello
Women of Africa Network Muenster
""", charset="us-ascii", cte="7bit")


# -- 039 ---------------------------------------------------------------------
# Turkish change from an iPhone: all three from "2. çalışma grubu" to
# "1. gruba (eğitim)"; quotes the confirmation (AG 2, 3 persons) under a
# Turkish attribution line.  "derneğimiz" names no organisation.

@mail("korkmaz-change-turkish-iphone", "2027-02-25 12:03:39",
      E("change", "gulsen.korkmaz@mail.example", "Gülşen Korkmaz",
        None, ["AG1"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Gülşen Korkmaz <gulsen.korkmaz@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<0B7D2E91-5C3A-4F68-A1D4-9E2B6C8F0A57@mail.example>"),
           ("In-Reply-To", "<mailbot.20270128162004.4d1e@muenster.example>"),
           ("References", "<mailbot.20270128162004.4d1e@muenster.example>"),
           ("To", TO_MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Merhaba,

Bir değişiklik rica edeceğim: 2. çalışma grubu yerine üçümüzü de 1. gruba (eğitim) yazabilir misiniz? Derneğimizin gençlik kolundan Zehra öğretmen olmak istiyor, eğitim konusu bizim için daha önemli oldu.

Teşekkürler
Gülşen Korkmaz

iPhone'umdan gönderildi

> 28 Oca 2027 tarihinde 16:20 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:
>
{gt_quote(confirmation("Frau Korkmaz", "AG2", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Two roles in the signature and none named in the text: chair of an
# association (whose address he writes from, listed first) and managing
# director of a gGmbH.  The association's long name is broken over two
# signature lines.  "AG 2, hilfsweise die AG 3"; "zu zweit".

PAPADAKIS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

gern nehmen wir am Tag der Migrantenselbstorganisationen teil. Wir kommen zu zweit, Frau Eleni Antoniou und ich. Wir würden gern die AG 2 besuchen, hilfsweise die AG 3.

Mit freundlichen Grüßen
Giorgos Papadakis

Giorgos Papadakis
1. Vorsitzender
Verein zur Förderung der deutsch-griechischen
Kultur und Bildung Münster e.V.
Geisbergweg 9 · 48143 Münster

Geschäftsführer
Interkulturelles Zentrum Südviertel gGmbH"""


@mail("papadakis-zwei-rollen-signatur", "2027-02-26 10:18:55",
      E("registration", "g.papadakis@vfdgk-muenster.example", "Giorgos Papadakis",
        "Verein zur Förderung der deutsch-griechischen Kultur und Bildung Münster e.V.",
        ["AG2", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Giorgos Papadakis <g.papadakis@vfdgk-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO"),
           ("Thread-Topic", "Anmeldung Tag der MSO"),
           ("Thread-Index", "AdtoP3wQr5yB1nZk7mT0cV9xL2eF4g=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2264A9C7E5F3D1B0A8C6E4F2D0B9@BE1P281MB2264.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, el-GR"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PAPADAKIS_TEXT), outlook_html(PAPADAKIS_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# A network moves its three places from AG 2 to AG 3, staying in AG 2 if
# AG 3 is full -> ["AG3", "AG2"].  Outlook reply with the German header
# block; the number of persons is not changed.

WROBEL_CHANGE = """Liebe Kolleginnen und Kollegen,

nach unserer Netzwerksitzung gestern möchten wir unsere drei Plätze gern von der AG 2 in die AG 3 verschieben. Sollte die AG 3 schon voll sein, bleiben wir einfach in der AG 2.

Viele Grüße
Paulina Wróbel
Koordination
Netzwerk Interkulturelle Elternarbeit Münster"""


@mail("wrobel-netzwerk-change-ag3-sonst-ag2", "2027-02-26 15:47:20",
      E("change", "p.wrobel@elternnetzwerk-ms.example", "Paulina Wróbel",
        "Netzwerk Interkulturelle Elternarbeit Münster", ["AG3", "AG2"], None, "de"), "de")
def _(m):
    m.head(("From", '"Wróbel, Paulina" <p.wrobel@elternnetzwerk-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdtyDq4Kf9wX2mR7eN0bV3tJcY8pLaAGk3Q="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4418B7C5D3E1F9A7B5C3D1E9F7A5@VI1PR09MB4418.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270201142203.8b3f@muenster.example>"),
           ("References", "<mailbot.20270201142203.8b3f@muenster.example>"),
           ("Accept-Language", "de-DE, pl-PL"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Montag, 1. Februar 2027 14:22",
             "Wróbel, Paulina <p.wrobel@elternnetzwerk-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Wróbel", "AG2", 3))
    m.alternative(outlook_plain(WROBEL_CHANGE, quote),
                  outlook_html(WROBEL_CHANGE, quote, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Cancellation for two, GMX-style reply with the original below a
# "Gesendet:/Von:/An:/Betreff:" block.

@mail("rostami-absage-mitgliederversammlung", "2027-03-01 19:33:07",
      E("cancellation", "shirin.rostami@gmx.example", "Shirin Rostami",
        "Iranisch-Deutsche Kulturwerkstatt Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Shirin Rostami <shirin.rostami@gmx.example>"),
           ("To", MSO),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a0e5c28-6d41-4b9f-8e23-f1c9b4d7a062-1772389987455@3c-app-gmx-bs48>"),
           ("In-Reply-To", "<mailbot.20270125085831.1c9a@muenster.example>"),
           ("References", "<mailbot.20270125085831.1c9a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen Herr Farahani und ich unsere Anmeldung für den 13. März
absagen. Unsere Mitgliederversammlung musste auf genau diesen Tag gelegt
werden, weil wir die Satzungsänderung fürs Registergericht noch im März
beschließen müssen.

Nächstes Jahr sind wir hoffentlich wieder dabei!

Viele Grüße
Shirin Rostami
Iranisch-Deutsche Kulturwerkstatt Münster e.V.


Gesendet: Montag, 25. Januar 2027 um 08:58 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: "Shirin Rostami" <shirin.rostami@gmx.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Rostami", "AG3", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Exchange non-delivery report (German and English), recipient not found,
# with the returned confirmation.  CRLF.

NDR_RCPT = "vorstand@kulturbruecke-hiltrup.example"

NDR_TEXT = f"""Ihre Nachricht konnte nicht an {NDR_RCPT} zugestellt werden.

Die E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse des
Empfängers und senden Sie die Nachricht erneut.

Your message to {NDR_RCPT} couldn't be delivered.
The email address wasn't found at the destination domain.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.muenster.example
{NDR_RCPT}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"""

NDR_HTML = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr">
<p style="font-family:Segoe UI,Frutiger,Tahoma,sans-serif;font-size:16px;color:#000;"><b>Ihre Nachricht konnte nicht an {NDR_RCPT} zugestellt werden.</b></p>
<p style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;">Die E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut.</p>
<p style="font-family:Segoe UI,Tahoma,sans-serif;font-size:14px;">Your message to {NDR_RCPT} couldn't be delivered.<br>The email address wasn't found at the destination domain.</p>
<p style="font-family:Consolas,monospace;font-size:12px;color:#555;">Diagnoseinformationen für Administratoren:<br>
Generierender Server: EXCH02.muenster.example<br>
{NDR_RCPT}<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</body></html>
"""


@mail("exchange-ndr-recipient-not-found", "2027-03-02 11:06:12",
      E("bounce", bounced=NDR_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e1d4c2a-9b05-4f38-a6c1-3d8e0f2b9a47@EXCH02.muenster.example>"),
           ("In-Reply-To", "<mailbot.20270302110604.5a2e@muenster.example>"),
           ("References", "<mailbot.20270302110604.5a2e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.muenster.example"),
         ("Received-From-MTA", "dns;EXCH02.muenster.example"),
         ("Arrival-Date", "Tue, 2 Mar 2027 10:06:04 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Remote-MTA", "dns;mx.kulturbruecke-hiltrup.example"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                             "Recipient not found by SMTP address lookup")])
    original = confirmation_message(
        f"Kulturbrücke Hiltrup <{NDR_RCPT}>", "Damen und Herren", "AG3", 2,
        "Tue, 02 Mar 2027 11:06:04 +0100", "<mailbot.20270302110604.5a2e@muenster.example>",
        "<5c2b8e01-7d94-4a3f-b6e2-0a9f1d3c7e58@kulturbruecke-hiltrup.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, "Ihre Anmeldung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# Holiday auto-reply in Turkish and German without any Auto-Submitted or
# Precedence header; recognisable by subject and text only.  From the chair
# named in 005, answering the organisers' info mail.

@mail("erdem-urlaub-tuerkisch-deutsch", "2027-03-03 18:20:02",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Nuray Erdem <nuray.erdem@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Otomatik yanıt / Abwesenheitsnotiz: Tag der Migrantenselbstorganisationen 2027"),
           ("Date", m.date),
           ("Message-ID", "<20270303172002.vac.3f81c2@mail.example>"),
           ("In-Reply-To", "<mailbot.20270303171958.0e7d@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
15 Mart 2027'ye kadar izindeyim ve e-postalarıma bakamıyorum. Acil
durumlarda derneğimize 0251 27 40 19 numarasından ulaşabilirsiniz.

Guten Tag,
ich bin bis zum 15. März 2027 im Urlaub und lese keine E-Mails. In
dringenden Fällen erreichen Sie unseren Verein unter 0251 27 40 19.

Nuray Erdem
Türkischer Frauenverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# English cancellation, Apple Mail reply quoting the confirmation (AG 1).
# Signature with the association's abbreviation in parentheses.

CHEN_CANCEL = f"""Hi,

Unfortunately I have to cancel my registration for 13 March – our department moved a block seminar I can't miss to that Saturday. Sorry about that, and good luck with the event!

Best,
Mei Lin Chen
Chinese Students and Scholars Association Münster (CSSA)

> On 2. Feb 2027, at 18:33, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
>
{gt_quote(confirmation("Frau Chen", "AG1", 1))}"""


@mail("chen-cancel-english-apple", "2027-03-04 08:51:36",
      E("cancellation", "meilin.chen@uni-muenster.example", "Mei Lin Chen",
        "Chinese Students and Scholars Association Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Mei Lin Chen <meilin.chen@uni-muenster.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<9A4C2E7B-1F05-4D83-B6E9-2C7A0D5F8B13@uni-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270202183310.d4b2@muenster.example>"),
           ("References", "<mailbot.20270202183310.d4b2@muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    m.alternative(CHEN_CANCEL, apple_html(CHEN_CANCEL), charset="utf-8",
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
    # every text part decodes strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            raw = p.get_payload(decode=True)
            cs = p.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs)
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
    # no line longer than 998 octets (line ending excluded)
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    # RFC 2047 words all decoded
    for h in ("From", "To", "Subject", "Reply-To"):
        if msg[h] is not None and "=?" in str(msg[h]):
            problems.append(f"{h} not fully decoded: {msg[h]}")
    problems += check_labels(msg, expected)
    return problems


KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LEGAL_SUFFIX = re.compile(r"\s*(e\.\s?V\.|gGmbH)$")

# Organisation labels that are a base form of an inflected mention (the
# mail's text has only the inflected form, see README).
BASE_FORMS = {
    "Kongolesische Gemeinschaft Münster e.V.": "Kongolesischen Gemeinschaft Münster e.V.",
    "Elternverein Gievenbeck": "Elternvereins Gievenbeck",
    "Deutsch-Vietnamesischer Freundeskreis Münster": "Deutsch-Vietnamesischen Freundeskreis Münster",
    "Verein zur Förderung der deutsch-griechischen Kultur und Bildung Münster e.V.":
        "Verein zur Förderung der deutsch-griechischen\nKultur und Bildung Münster e.V.",
}


def mail_text(msg):
    """All decoded header values and text parts of a message, nested included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [str(v) for _, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "\n", t))
            chunks.append(t.replace("\r\n", "\n"))
    return "\n".join(chunks)


def check_labels(msg, e):
    """The labels are well formed and agree with the mail."""
    problems = []
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    if any(w not in ("AG1", "AG2", "AG3") for w in e["workgroups"]) or \
            len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    if kind in PERSON_KINDS:
        text = mail_text(msg)
        low = text.lower()
        if not e["email"] or e["email"] != e["email"].lower() or e["email"] not in low:
            problems.append("email missing or not in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append("name not written in the mail")
        if not e["language"] or len(e["language"]) != 2:
            problems.append("bad language")
        org = e["organisation"]
        if org is not None:
            written = BASE_FORMS.get(org, org)
            if written not in text:
                problems.append(f"organisation not written in the mail: {written!r}")
        if kind == "registration":
            if not isinstance(e["party_size"], int) or e["party_size"] < 1:
                problems.append("registration needs party_size >= 1")
        elif kind == "change":
            if e["party_size"] is not None and e["party_size"] < 1:
                problems.append("bad party_size")
        elif e["party_size"] is not None:
            problems.append("party_size must be null")
        if kind in ("cancellation", "question") and e["workgroups"]:
            problems.append("workgroups must be empty")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient must be null")
    else:
        if any(e[k] is not None for k in ("email", "name", "organisation", "party_size",
                                           "language")) or e["workgroups"]:
            problems.append("machine/other mail must have null person fields")
        if (kind == "bounce") != (e["bounced_recipient"] is not None):
            problems.append("bounced_recipient only (and always) for bounces")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
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
    # every mail comes from a different sender, and Message-IDs are unique
    senders, ids = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[msg["From"].addresses[0].addr_spec.lower()] += 1
        ids[str(msg["Message-ID"]).strip()] += 1
    for who, k in senders.items():
        if k > 1:
            print(f"sender {who} appears {k} times")
            bad += 1
    for mid, k in ids.items():
        if k > 1:
            print(f"Message-ID {mid} appears {k} times")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
