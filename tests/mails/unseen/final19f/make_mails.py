#!/usr/bin/env python3
"""Build the "final19f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Vereinstag Jugend & Sport Gladbeck 2027 (Sportjugend Gladbeck), Saturday
8 May 2027, five workshops WS-A .. WS-E (see config.toml).  The mails are the
very short answers people send to the organiser's earlier mails: "ja",
"bitte B", "2 Personen, Workshop 3", "passt", "doch nicht", subject-only mails
from phones, an emoji, "+1".

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
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

EVT = "vereinstag@sportjugend-gladbeck.example"
EVT_DOMAIN = "sportjugend-gladbeck.example"
TO_EVT = f"Sportjugend Gladbeck <{EVT}>"
WS_IDS = ("WS-A", "WS-B", "WS-C", "WS-D", "WS-E")

INVITATION_ID = "<einladung-vereinstag-2027.20270322091205@sportjugend-gladbeck.example>"
REMINDER_ID = "<erinnerung-vereinstag-2027.20270423100002@sportjugend-gladbeck.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
LANGS = ("de", "en", "tr", "pl", "ar")


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


def ios_quote(attribution, text):
    """iOS Mail: the attribution line is quoted too, then '> ' + an empty '> '."""
    lines = [attribution, ""] + text.split("\n")
    return "\n".join("> " + line if line else "> " for line in lines)


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

    def __init__(self, slug, when, tz_hours):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", EVT)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain in ("mail.example", "gmx.example") else "mail.") + domain
            arrival = format_datetime(self.when + datetime.timedelta(seconds=3))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.{EVT_DOMAIN} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{EVT}>; {arrival}")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
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
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.{EVT_DOMAIN}"
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
                    html_cte=None, style="std"):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style)

    # -- output ----------------------------------------------------------------
    def as_bytes(self):
        return self.msg.as_bytes(policy=POLICY)


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
# the organiser's mails that the replies quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Vereinstag Jugend & Sport 2027"
INVITATION = """Hallo zusammen,

die Sportjugend Gladbeck lädt euch herzlich zum Vereinstag Jugend & Sport 2027 ein!

Wann: Samstag, 8. Mai 2027, 10:00 bis 16:00 Uhr
Wo: Mathias-Jakobs-Stadthalle, Friedrichstraße 53, 45964 Gladbeck

Nach dem gemeinsamen Auftakt geht es in fünf Workshops:

Workshop A: Kinderschutz im Sportverein
Workshop B: Junge Engagierte gewinnen - Juleica und Übungsleiter-Ausbildung
Workshop C: Social Media und Öffentlichkeitsarbeit im Verein
Workshop D: Fördergelder für die Vereinsjugend
Workshop E: Inklusion und Vielfalt im Sport

Die Workshops laufen parallel, sucht euch also bitte einen aus (gern mit
Zweitwunsch).

Anmeldung bis 30. April: einfach auf diese Mail antworten mit
- Name
- Verein
- Workshop (A bis E)
- wie viele Personen

Die Teilnahme ist kostenlos, Mittagessen und Getränke gibt es vor Ort.

Sportliche Grüße
Jana Mertens
Bildungsreferentin
Sportjugend Gladbeck im Stadtsportbund Gladbeck e.V."""

CONFIRMATION_SUBJECT = "Anmeldung bestätigt: Vereinstag Jugend & Sport 2027"

WS_LINE = {
    "WS-A": "A - Kinderschutz im Sportverein",
    "WS-B": "B - Junge Engagierte gewinnen - Juleica und Übungsleiter-Ausbildung",
    "WS-C": "C - Social Media und Öffentlichkeitsarbeit im Verein",
    "WS-D": "D - Fördergelder für die Vereinsjugend",
    "WS-E": "E - Inklusion und Vielfalt im Sport",
}


def confirmation(name, ws, persons):
    """The confirmation mailbot sent (quoted in changes and cancellations)."""
    ws_line = WS_LINE[ws] if ws else "noch keiner gewählt"
    return f"""Hallo {name},

danke für deine Anmeldung zum Vereinstag Jugend & Sport 2027 am Samstag,
8. Mai 2027, 10:00 bis 16:00 Uhr, in der Mathias-Jakobs-Stadthalle,
Friedrichstraße 53, 45964 Gladbeck.

Workshop: {ws_line}
Angemeldete Personen: {persons}

Etwas ändern oder absagen? Antworte einfach auf diese Mail.

Sportliche Grüße
Sportjugend Gladbeck"""


def confirmation_message(to, name, ws, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in the bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_EVT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# Sent by hand on 29 March to everyone registered without a workshop.
RUECKFRAGE_SUBJECT = "Welcher Workshop? Vereinstag Jugend & Sport am 8. Mai"


def rueckfrage(first):
    return f"""Hallo {first},

danke für deine Anmeldung zum Vereinstag am 8. Mai! Du hast uns noch
keinen Workshop genannt. Zur Auswahl stehen:

A: Kinderschutz im Sportverein
B: Junge Engagierte gewinnen - Juleica und Übungsleiter-Ausbildung
C: Social Media und Öffentlichkeitsarbeit im Verein
D: Fördergelder für die Vereinsjugend
E: Inklusion und Vielfalt im Sport

Eine kurze Antwort mit dem Buchstaben reicht.

Viele Grüße
Jana
Sportjugend Gladbeck"""


# Sent by hand on 20 April to the late registrations for the full workshop A.
VOLL_SUBJECT = "Workshop A ist voll - Vereinstag 8. Mai"


def voll(first):
    return f"""Hallo {first},

Workshop A (Kinderschutz) ist leider schon voll, wir haben deutlich mehr
Anmeldungen als Plätze. Wir würden euch stattdessen in Workshop D
(Fördergelder für die Vereinsjugend) eintragen. Passt das für euch?

Viele Grüße
Jana
Sportjugend Gladbeck"""


REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 30. April - Vereinstag Jugend & Sport"
REMINDER = """Hallo zusammen,

kurze Erinnerung: Anmeldeschluss für den Vereinstag Jugend & Sport am
Samstag, 8. Mai, ist der 30. April. In den Workshops B, C, D und E sind
noch Plätze frei, Workshop A ist voll.

Wer noch mitkommen will: einfach auf diese Mail antworten mit Name,
Verein, Workshop und Personenzahl.

Sportliche Grüße
Jana Mertens
Sportjugend Gladbeck"""


# ---------------------------------------------------------------------------
# HTML the clients write
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
    return f"<div{d}>{inner}</div>"


def gmail_reply(text, attribution, quoted, rtl=False):
    """(plain, html) of a Gmail reply: new text, attribution line, quote."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    markup = (f"{gmail_html(text, rtl)}<br><div class=\"gmail_quote\">"
              f"<div{d} class=\"gmail_attr\">{esc(attribution)}<br></div>"
              f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
              f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")
    return plain, markup


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div><div>{q}</div></div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# (CET +01:00 until Sunday 28 March 2027, CEST +02:00 from then on)
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    if tz is None:
        tz = 1 if when < "2027-03-28" else 2

    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


INV_ATTR_IOS = f"Am 22.03.2027 um 09:12 schrieb Sportjugend Gladbeck <{EVT}>:"
INV_ATTR_GMAIL = f"Am Mo., 22. März 2027 um 09:12 Uhr schrieb Sportjugend Gladbeck <{EVT}>:"
INV_ATTR_TB = "Am 22.03.27 um 09:12 schrieb Sportjugend Gladbeck:"
RUECK_ATTR_IOS = f"Am 29.03.2027 um 09:30 schrieb Sportjugend Gladbeck <{EVT}>:"
RUECK_ATTR_GMAIL = f"Am Mo., 29. März 2027 um 09:30 Uhr schrieb Sportjugend Gladbeck <{EVT}>:"


# -- 001 ---------------------------------------------------------------------
# iPhone reply to the invitation: only "2 Personen, Workshop 3" (the invitation
# lists the workshops by letter; the third is C).  All five workshops appear in
# the quote.  Full name only in the display name, signature "Dirk".

@mail("terhorst-zwei-personen-workshop-3", "2027-03-22 09:31:07",
      E("registration", "dirk.terhorst@mail.example", "Dirk Terhorst", None,
        ["WS-C"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dirk Terhorst <dirk.terhorst@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6F1C2B7A-3D94-4E0B-9A5C-71D2E8F04B36@mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single(f"""2 Personen, Workshop 3

Gruß Dirk

Von meinem iPhone gesendet

{ios_quote(INV_ATTR_IOS, INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply to the invitation that says only "ja": a registration for
# one person without a workshop.  Signature "W. Gerding"; the display name is
# fuller.  format=flowed, UTF-8 8bit.

@mail("gerding-nur-ja", "2027-03-22 10:02:44",
      E("registration", "w.gerding@sv-butendorf.example", "Wilhelm Gerding",
        "SV Butendorf 1920 e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Wilhelm Gerding <w.gerding@sv-butendorf.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3a9e61c2-0f4d-4b8e-b2a7-5c19d07e8f21@sv-butendorf.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""ja

W. Gerding
SV Butendorf 1920 e.V.

{INV_ATTR_TB}
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Gmail reply to the invitation, multipart/alternative with gmail_quote:
# "B bitte, bin alleine."  Title line and club on separate signature lines.

WESSELS_TEXT = """Hi Jana,

B bitte, bin alleine.

Sandra

--
Sandra Wessels
Jugendwartin
SV Rentfort 1921 e.V."""


@mail("wessels-b-bitte-gmail", "2027-03-22 10:48:15",
      E("registration", "sandra.wessels@sv-rentfort.example", "Sandra Wessels",
        "SV Rentfort 1921 e.V.", ["WS-B"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sandra Wessels <sandra.wessels@sv-rentfort.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH4p9xQv2Lw8Rn0Tf3Yk7Js1Bd6Mz5Gc0Ue9Ha2Xr4Ko8Pw@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain, markup = gmail_reply(WESSELS_TEXT, INV_ATTR_GMAIL, INVITATION)
    m.alternative(plain, markup, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Reply-all to the invitation with a colleague in Cc (she answers in 005 with
# "+1").  "Lea meldet sich selbst noch" is not a second person here.

REUTER_TEXT = f"""Hallo Jana,

ich bin dabei - Workshop C. Lea meldet sich selbst noch.

Tanja

-- 
Tanja Reuter
Trainerin Kinder- und Jugendtanz
Tanzsportclub Blau-Gold Gladbeck e.V.

{INV_ATTR_TB}
{gt_quote(INVITATION)}
"""


@mail("reuter-reply-all-cc-colleague", "2027-03-22 11:02:14",
      E("registration", "tanja.reuter@blaugold-gladbeck.example", "Tanja Reuter",
        "Tanzsportclub Blau-Gold Gladbeck e.V.", ["WS-C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tanja Reuter <tanja.reuter@blaugold-gladbeck.example>"),
           ("To", TO_EVT),
           ("Cc", "Lea Bergmann <lea.bergmann@blaugold-gladbeck.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b71f0d3e-6c2a-4e95-8d14-2a7c9e0b5f63@blaugold-gladbeck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(REUTER_TEXT, charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# "+1" from Outlook for Android, reply-all to 004: she joins her colleague's
# workshop C for the same club (both only in the quoted mail).  Outlook quote
# without '>' below a line of underscores.

BERGMANN_QUOTE = (
    "Tanja Reuter <tanja.reuter@blaugold-gladbeck.example>",
    "Montag, 22. März 2027 11:02:14",
    f"Sportjugend Gladbeck <{EVT}>",
    "Lea Bergmann <lea.bergmann@blaugold-gladbeck.example>",
    "Re: " + INVITATION_SUBJECT,
    REUTER_TEXT.rstrip("\n"))


def outlook_mobile(text, quote):
    von, gesendet, an, cc, betreff, quoted = quote
    plain = (f"{text}\n\nOutlook für Android herunterladen\n"
             f"________________________________\n"
             f"Von: {von}\nGesendet: {gesendet}\nAn: {an}\nCc: {cc}\nBetreff: {betreff}\n\n"
             f"{quoted}")
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    markup = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
              "</head><body><div dir=\"auto\">" + esc(text) + "</div><div dir=\"auto\"><br></div>"
              "<div dir=\"auto\">Outlook für Android herunterladen</div>"
              "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
              "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
              "style=\"font-size:11pt\" color=\"#000000\">"
              f"<b>Von:</b> {esc(von)}<br><b>Gesendet:</b> {esc(gesendet)}<br>"
              f"<b>An:</b> {esc(an)}<br><b>Cc:</b> {esc(cc)}<br><b>Betreff:</b> {esc(betreff)}"
              f"</font><div>&nbsp;</div></div><div>{q}</div></body></html>\n")
    return plain, markup


@mail("bergmann-plus-one-outlook-android", "2027-03-22 11:20:09",
      E("registration", "lea.bergmann@blaugold-gladbeck.example", "Lea Bergmann",
        "Tanzsportclub Blau-Gold Gladbeck e.V.", ["WS-C"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lea Bergmann <lea.bergmann@blaugold-gladbeck.example>"),
           ("To", f"Tanja Reuter <tanja.reuter@blaugold-gladbeck.example>, {TO_EVT}"),
           ("Subject", "AW: Re: " + INVITATION_SUBJECT),
           ("Thread-Topic", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB7431C5E2F19A0D4B7E63A2C8D1F0@AS8PR03MB7431.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<b71f0d3e-6c2a-4e95-8d14-2a7c9e0b5f63@blaugold-gladbeck.example>"),
           ("References", f"{INVITATION_ID}\n <b71f0d3e-6c2a-4e95-8d14-2a7c9e0b5f63@blaugold-gladbeck.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain, markup = outlook_mobile("+1", BERGMANN_QUOTE)
    m.alternative(plain, markup, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Everything in the Subject (UTF-8 Q-encoded, with an en dash); the body is
# empty.  Sent from a phone, no reply to anything.

@mail("pietsch-subject-only", "2027-03-22 13:15:52",
      E("registration", "marco.pietsch@mail.example", "Marco Pietsch",
        "DJK Adler Ellinghorst", ["WS-D"], 3, "de"), "de")
def _(m):
    m.head(("From", "Marco Pietsch <marco.pietsch@mail.example>"),
           ("To", EVT),
           ("Subject", ew("Anmeldung Vereinstag: 3 Pers. Workshop D – DJK Adler Ellinghorst")),
           ("Date", m.date),
           ("Message-ID", "<f3a8d1c6-27be-4c0f-9e51-84b2d6a0c7e9@mail.example>"),
           ("User-Agent", "Android Mail"),
           ("MIME-Version", "1.0"))
    m.single("", charset="us-ascii", cte="7bit")


# -- 007 ---------------------------------------------------------------------
# Turkish Gmail reply to the German invitation, UTF-8 base64: "2 kişiyiz"
# (we are 2), "Workshop C".  Turkish Gmail attribution line.

YILDIZ_TEXT = """Merhaba,

2 kişiyiz, Workshop C.

Emre Yıldız
Gladbeck Anadolu Spor e.V."""


@mail("yildiz-turkish-gmail-quote", "2027-03-22 19:40:11",
      E("registration", "emre.yildiz@anadolu-spor.example", "Emre Yıldız",
        "Gladbeck Anadolu Spor e.V.", ["WS-C"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Yıldız <emre.yildiz@anadolu-spor.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM8sT2kR5vQ0xN4bW7zL1dF9hJ3gY6pE2cA0uK8mS5oV7iX@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    attr = f"Sportjugend Gladbeck <{EVT}>, 22 Mar 2027 Pzt, 09:12 tarihinde şunu yazdı:"
    plain, markup = gmail_reply(YILDIZ_TEXT, attr, INVITATION)
    m.alternative(plain, markup, charset="utf-8", cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal), windows-1252 quoted-printable, the invitation
# quoted below a "Von:/Gesendet:" block.  Four names listed, one of them with
# "Ç"; the writer is the contact person and comes herself.

LINDEMANN_TEXT = """Hallo Jana,

vom Judo-Club melden wir 4 Personen für Workshop A (Kinderschutz) an:

Petra Lindemann
Jörg Lindemann
Sophie Wald (Jugendsprecherin)
Ahmet Çelik (Trainer U15)

Ansprechpartnerin bin ich.

Viele Grüße

Petra Lindemann
Jugendleiterin
Judo-Club Gladbeck 1958 e.V.
Tel. 02043 55 81 20"""


@mail("lindemann-judo-outlook-html-only", "2027-03-23 08:05:33",
      E("registration", "petra.lindemann@judo-gladbeck.example", "Petra Lindemann",
        "Judo-Club Gladbeck 1958 e.V.", ["WS-A"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Lindemann, Petra" <petra.lindemann@judo-gladbeck.example>'),
           ("To", TO_EVT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbmG0c7x2Lq3K1TkuV0a9eYw4f2A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8842E17A4C2B9F03D6A51E7C8B2D@DB9PR03MB8842.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Sportjugend Gladbeck <{EVT}>", "Montag, 22. März 2027 09:12",
             f"Sportjugend Gladbeck <{EVT}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(LINDEMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Question in a Gmail reply to the invitation (plain text only): may youth
# centres come too, not only sports clubs?  No registration.

@mail("simsek-question-jugendtreffs", "2027-03-23 12:30:02",
      E("question", "aylin.simsek@mail.example", "Aylin Şimşek", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Aylin Şimşek <aylin.simsek@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB3nV8pT1wR6yK0sM4qZ9cH2jL5fD7gX0eA8uN3bW6oP1iQ@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi, kurze Frage: ist das nur für Sportvereine oder dürfen auch Jugendtreffs kommen?

LG Aylin

{INV_ATTR_GMAIL}

{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# English, new mail, us-ascii 7bit: "count me in for workshop E".

@mail("oconnor-english-workshop-e", "2027-03-23 21:14:48",
      E("registration", "liam.oconnor@gladbeck-giants.example", "Liam O'Connor",
        "Gladbeck Giants Basketball e.V.", ["WS-E"], 1, "en"), "en")
def _(m):
    m.head(("From", "Liam O'Connor <liam.oconnor@gladbeck-giants.example>"),
           ("To", EVT),
           ("Subject", "Vereinstag 8 May"),
           ("Date", m.date),
           ("Message-ID", "<20270323211448.4c7e2a@gladbeck-giants.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

count me in for workshop E please - just me.

Cheers,
Liam O'Connor
Head Coach U14
Gladbeck Giants Basketball e.V.
""", charset="us-ascii", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# Polish, Thunderbird, iso-8859-2 quoted-printable, display name as an
# iso-8859-2 encoded word: "zgłaszam 2 osoby ... na warsztat D".

@mail("wisniewski-polish-iso-8859-2", "2027-03-24 07:55:20",
      E("registration", "t.wisniewski@orzel-gladbeck.example", "Tomasz Wiśniewski",
        "KS Orzeł Gladbeck", ["WS-D"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Tomasz Wiśniewski", "t.wisniewski@orzel-gladbeck.example",
                         "iso-8859-2", "q")),
           ("To", EVT),
           ("Subject", ew("Zgłoszenie - Vereinstag 8.05.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<9c2e4f17-85a3-4d0b-b6e9-13f7a0c2d845@orzel-gladbeck.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

zgłaszam 2 osoby z KS Orzeł Gladbeck na warsztat D (Fördergelder).

Pozdrawiam
Tomasz Wiśniewski
""", charset="iso-8859-2", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Arabic, Gmail, multipart/alternative UTF-8 base64, RTL markup.  Arabic-Indic
# digit "٣" (3 persons); workshop letter B inside the Arabic sentence.  The
# Arabic signature beats the Latin display name; the club signs in German.

MANSOUR_TEXT = """السلام عليكم،

نحن ٣ أشخاص من جمعيتنا ونرغب في المشاركة في ورشة العمل B.

شكراً لكم
خالد منصور
Arabischer Eltern- und Jugendverein Gladbeck e.V."""


@mail("mansour-arabic-indic-digit", "2027-03-24 18:22:37",
      E("registration", "khaled.mansour@mail.example", "خالد منصور",
        "Arabischer Eltern- und Jugendverein Gladbeck e.V.", ["WS-B"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", EVT),
           ("Subject", "تسجيل Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<CAF7kP3xM0vT5nB8qW2rY6dL1hS4gJ9cZ3eU0aN7bX5oK2iR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MANSOUR_TEXT, gmail_html(MANSOUR_TEXT, rtl=True) + "\n",
                  charset="utf-8", cte="base64", style="gmail")


# -- 013 ---------------------------------------------------------------------
# One line from the GMX app: "A, notfalls E." -> first and second choice.

@mail("brandt-a-notfalls-e", "2027-03-25 09:10:05",
      E("registration", "heike.brandt@gmx.example", "Heike Brandt",
        "Schwimmverein Gladbeck 1913", ["WS-A", "WS-E"], 1, "de"), "de")
def _(m):
    m.head(("From", "Heike Brandt <heike.brandt@gmx.example>"),
           ("To", EVT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2d5f8a1c-7e34-4b90-a6c2-0f9e3b7d1a58-1774426205119@3c-app-gmx-bs55>"),
           ("MIME-Version", "1.0"))
    m.single("""A, notfalls E. 1 Person.
Heike Brandt, Schwimmverein Gladbeck 1913


Gesendet mit der GMX Mail App
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Club office mailbox as From, the youth warden's own address as Reply-To
# (Reply-To wins).  Roundcube, plain UTF-8.

@mail("hoffmann-shared-mailbox-reply-to", "2027-03-25 16:44:59",
      E("registration", "nils.hoffmann@mail.example", "Nils Hoffmann",
        "TV Gladbeck-Zweckel 1912 e.V.", ["WS-B"], 1, "de"), "de")
def _(m):
    m.head(("From", '"TV Gladbeck-Zweckel 1912 e.V." <info@tv-zweckel.example>'),
           ("Reply-To", "Nils Hoffmann <nils.hoffmann@mail.example>"),
           ("To", EVT),
           ("Subject", "Anmeldung Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<5b0c7e2f9d1a4e36b8f2@webmail.tv-zweckel.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Jana,

Anmeldung: Nils Hoffmann, Workshop B, 1 Person.
Antwort bitte an meine eigene Adresse, das Postfach hier liest keiner regelmäßig.

Gruß
Nils

--
Jugendabteilung
TV Gladbeck-Zweckel 1912 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Samsung Email: the subject carries workshop (by its alias "Kinderschutz")
# and number; the body holds only the phone's signature.

VOGT_TEXT = """


Von meinem Samsung Galaxy Smartphone gesendet."""


@mail("vogt-samsung-subject-only", "2027-03-26 20:01:18",
      E("registration", "kerstin.vogt@mail.example", "Kerstin Vogt", None,
        ["WS-A"], 1, "de"), "de")
def _(m):
    m.head(("From", "Kerstin Vogt <kerstin.vogt@mail.example>"),
           ("To", EVT),
           ("Subject", "Vereinstag 8.5. Workshop Kinderschutz 1 Person"),
           ("Date", m.date),
           ("Message-ID", "<k3v9q2.1774551678.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VOGT_TEXT, div_html(VOGT_TEXT, "font-family: Calibri, sans-serif;"),
                  charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Change: "bitte B", a Gmail reply to the organiser's question which workshop
# (she had registered without one).  The quote lists all five workshops.

HUELSMANN_TEXT = """bitte B

LG Maike"""


@mail("huelsmann-bitte-b-rueckfrage", "2027-03-29 10:12:40",
      E("change", "maike.huelsmann@mail.example", "Maike Hülsmann", None,
        ["WS-B"], None, "de"), "de")
def _(m):
    m.head(("From", "Maike Hülsmann <maike.huelsmann@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + RUECKFRAGE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ2wQ7nV4tB9xK1rM6zP3cF8hL0gS5dY2eN7aU4bT9oW1iE@mail.gmail.example>"),
           ("In-Reply-To", "<rueckfrage.20270329093011.07@sportjugend-gladbeck.example>"),
           ("References", "<rueckfrage.20270329093011.07@sportjugend-gladbeck.example>"),
           ("MIME-Version", "1.0"))
    plain, markup = gmail_reply(HUELSMANN_TEXT, RUECK_ATTR_GMAIL, rueckfrage("Maike"))
    m.alternative(plain, markup, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Registration with a question ("zu fünft" = 5 persons); windows-1252
# quoted-printable because of the typographic apostrophe in "Gibt’s".

@mail("wolters-zu-fuenft-parkplatz", "2027-03-29 12:47:03",
      E("registration", "f.wolters@hf-gladbeck.example", "Frank Wolters",
        "Handballfreunde Gladbeck 2005 e.V.", ["WS-B"], 5, "de"), "de")
def _(m):
    m.head(("From", "Frank Wolters <f.wolters@hf-gladbeck.example>"),
           ("To", EVT),
           ("Subject", "Anmeldung HF Gladbeck"),
           ("Date", m.date),
           ("Message-ID", "<000b01dba0c1$3e4f5a60$bacd1e20$@hf-gladbeck.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir kommen zu fünft, Workshop B. Gibt’s vor Ort Parkplätze oder sollen wir
lieber mit dem Bus kommen?

Gruß
Frank Wolters
Handballfreunde Gladbeck 2005 e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change: one word, the alias "Kinderschutz!", from an iPhone, replying to the
# organiser's question which workshop.  The quote lists all five.

@mail("tenbrink-kinderschutz-one-word", "2027-03-30 06:58:11",
      E("change", "bjoern.tenbrink@mail.example", "Björn Tenbrink", None,
        ["WS-A"], None, "de"), "de")
def _(m):
    m.head(("From", "Björn Tenbrink <bjoern.tenbrink@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + RUECKFRAGE_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0D7E4A21-B6C3-4F58-92E1-A5F03C8D7B14@mail.example>"),
           ("In-Reply-To", "<rueckfrage.20270329093011.12@sportjugend-gladbeck.example>"),
           ("References", "<rueckfrage.20270329093011.12@sportjugend-gladbeck.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Kinderschutz!

Björn

Von meinem iPhone gesendet

{ios_quote(RUECK_ATTR_IOS, rueckfrage("Björn"))}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# All lower case, no punctuation; "mit meinem sohn" -> 2 persons; workshop by
# letter and title word.  Club and name written in lower case.

@mail("schimanski-lower-case", "2027-03-30 22:35:27",
      E("registration", "r.schimanski@t-online.example", "Ralf Schimanski",
        "boxclub brauck", ["WS-D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ralf Schimanski <r.schimanski@t-online.example>"),
           ("To", EVT),
           ("Subject", "vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<1774903527493.81622.ralf@t-online.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo jana
ich bin dabei workshop d fördergelder mit meinem sohn der hilft bei uns im training
gruß ralf schimanski boxclub brauck
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# English, Apple Mail multipart/alternative: "Me + 1 for workshop A" (2).

FLETCHER_TEXT = """Hi Jana,

Me + 1 for workshop A please (child protection - we're writing our club's Schutzkonzept right now, so perfect timing).

Cheers,
Hannah Fletcher
Girls Kick Gladbeck e.V."""


@mail("fletcher-english-me-plus-one", "2027-03-31 14:03:50",
      E("registration", "hannah.fletcher@girlskick.example", "Hannah Fletcher",
        "Girls Kick Gladbeck e.V.", ["WS-A"], 2, "en"), "en")
def _(m):
    m.head(("From", "Hannah Fletcher <hannah.fletcher@girlskick.example>"),
           ("To", EVT),
           ("Subject", "Vereinstag - workshop A"),
           ("Date", m.date),
           ("Message-ID", "<A8C14E27-5F90-4B3D-8E62-D17B09F4A3C5@girlskick.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    m.alternative(FLETCHER_TEXT, apple_html(FLETCHER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Thunderbird, iso-8859-1 8bit: two named persons, "beide für Workshop A";
# the club only in the running text ("vom Reitverein ... e.V.").

@mail("koetter-iso-8859-1-beide-a", "2027-04-01 09:20:14",
      E("registration", "franz.koetter@reitverein-schultendorf.example", "Franz Kötter",
        "Reitverein Gladbeck-Schultendorf e.V.", ["WS-A"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Franz Kötter", "franz.koetter@reitverein-schultendorf.example",
                         "iso-8859-1", "q")),
           ("To", EVT),
           ("Subject", "Vereinstag"),
           ("Date", m.date),
           ("Message-ID", "<e2b7c941-3d58-4f0a-9c16-7a8e5d2f0b39@reitverein-schultendorf.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Jana,

wie am Telefon besprochen: Franz Kötter und Marlene Kötter
vom Reitverein Gladbeck-Schultendorf e.V., beide für Workshop A.

Gruß aus Schultendorf
Franz Kötter
""", charset="iso-8859-1", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Polish from the Gmail app on Android, multipart/alternative UTF-8 base64:
# "1 osoba, warsztat B (Juleica)".

NOWAK_TEXT = """Dzień dobry,

zgłaszam się – 1 osoba, warsztat B (Juleica).

Agnieszka Nowak
Polonia Gladbeck e.V."""


@mail("nowak-polish-android", "2027-04-01 17:39:45",
      E("registration", "agnieszka.nowak@mail.example", "Agnieszka Nowak",
        "Polonia Gladbeck e.V.", ["WS-B"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Nowak <agnieszka.nowak@mail.example>"),
           ("To", EVT),
           ("Subject", "Zgłoszenie warsztat B"),
           ("Date", m.date),
           ("Message-ID", "<CAG5rX1mT8vQ3nW0bK6zL9dF2hJ7gY4pE1cA5uS0mB8oV3iN@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWAK_TEXT, gmail_html(NOWAK_TEXT) + "\n", charset="utf-8",
                  cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# English question before registering: wheelchair access.  "If so, we'd like
# to come" announces a registration for later -> question.

ADEYEMI_TEXT = """Hello,

is the Stadthalle wheelchair accessible, including the workshop rooms? One of our youth coaches uses a wheelchair. If so, we'd like to come.

Kind regards,
Ruth Adeyemi"""


@mail("adeyemi-english-wheelchair-question", "2027-04-02 10:05:00",
      E("question", "ruth.adeyemi@mail.example", "Ruth Adeyemi", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Ruth Adeyemi <ruth.adeyemi@mail.example>"),
           ("To", EVT),
           ("Subject", "Accessibility"),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1288A3E5C7D9F1B2A4C6E8D0F2A4@PA4P190MB1288.EURP190.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, div_html(ADEYEMI_TEXT, "font-family: Aptos, sans-serif;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Cancellation: "doch nicht 😕 sorry" from an iPhone, quoting the confirmation
# (workshop C, 1 person).

@mail("roth-doch-nicht", "2027-04-05 11:11:11",
      E("cancellation", "jannik.roth@mail.example", "Jannik Roth", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Jannik Roth <jannik.roth@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4B2E9C07-71AF-4D36-B8E5-0C9D3F6A2E18@mail.example>"),
           ("In-Reply-To", "<mailbot.20270326174402.5d1e@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270326174402.5d1e@sportjugend-gladbeck.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single(f"""doch nicht 😕 sorry

Von meinem iPhone gesendet

{ios_quote(f"Am 26.03.2027 um 17:44 schrieb Sportjugend Gladbeck <{EVT}>:", confirmation("Jannik Roth", "WS-C", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Vacation reply (Sieve) to a confirmation: Auto-Submitted: auto-replied.

@mail("dietrich-vacation-sieve", "2027-04-06 08:30:27",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Andrea Dietrich <a.dietrich@tus-gladbeck.example>"),
           ("To", EVT),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1775457027.1832@tus-gladbeck.example>"),
           ("In-Reply-To", "<mailbot.20270406083021.9b44@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270406083021.9b44@sportjugend-gladbeck.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin bis einschließlich 16. April im Urlaub und lese meine Mails erst
danach. In dringenden Fällen wendet euch bitte an die Geschäftsstelle:
info@tus-gladbeck.example

Viele Grüße
Andrea Dietrich
TuS Gladbeck 1907 e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Apple Mail reply to the invitation, multipart/alternative with a cited
# blockquote: "Ja, wir sind dabei! 3 Leute, Workshop E."

SADOWSKI_TEXT = """Ja, wir sind dabei! 3 Leute, Workshop E.

Liebe Grüße
Miriam Sadowski
Rollstuhlsport-Club Gladbeck e.V."""


@mail("sadowski-apple-mail-ja-wir-sind-dabei", "2027-04-06 15:52:39",
      E("registration", "m.sadowski@rsc-gladbeck.example", "Miriam Sadowski",
        "Rollstuhlsport-Club Gladbeck e.V.", ["WS-E"], 3, "de"), "de")
def _(m):
    m.head(("From", "Miriam Sadowski <m.sadowski@rsc-gladbeck.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C93F27A1-6E08-4B5D-A1C4-8F2E7D0B3A96@rsc-gladbeck.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    plain = f"{SADOWSKI_TEXT}\n\n{gt_quote(INV_ATTR_IOS)}\n>\n{gt_quote(INVITATION)}"
    m.alternative(plain, apple_html(SADOWSKI_TEXT, INV_ATTR_IOS, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# Turkish from an iPhone, UTF-8 base64: "ben ve kardeşim" (me and my brother,
# 2), the workshop by its German alias "Inklusion".

@mail("demir-turkish-inklusion", "2027-04-07 19:19:19",
      E("registration", "burak.demir@mail.example", "Burak Demir", None,
        ["WS-E"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Burak Demir <burak.demir@mail.example>"),
           ("To", EVT),
           ("Subject", "Vereinstag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<8E3A1F5C-2D47-4B96-A0E8-6C1B9D4F7A23@mail.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single("""Selam, ben ve kardeşim geliyoruz. Inklusion workshop'una katılmak istiyoruz.

Burak

iPhone'umdan gönderildi
""", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Arabic, windows-1256 base64, display name and subject as windows-1256
# B-encoded words: the workshop by its Arabic paraphrase plus "(A)", alone.

@mail("alhassan-arabic-windows-1256", "2027-04-08 10:20:33",
      E("registration", "salma.alhassan@mail.example", "سلمى الحسن", None,
        ["WS-A"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("سلمى الحسن", "salma.alhassan@mail.example", "windows-1256", "b")),
           ("To", EVT),
           ("Subject", ew("تسجيل - ورشة حماية الأطفال", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000601dba8e2$7c1d9b40$7458d1c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أودّ التسجيل في ورشة حماية الأطفال (A). سأحضر وحدي.

مع الشكر
سلمى الحسن
""", charset="windows-1256", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation: remote user unknown.

@mail("postfix-bounce-user-unknown", "2027-04-09 14:02:10",
      E("bounce", bounced="lukas.schmitt@tc-gladbeck-ost.example"), "en")
def _(m):
    rcpt = "lukas.schmitt@tc-gladbeck-ost.example"
    m.head(("From", f"MAILER-DAEMON@mail.{EVT_DOMAIN} (Mail Delivery System)"),
           ("To", EVT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", f"<20270409120210.3E8B21C04A@mail.{EVT_DOMAIN}>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.{EVT_DOMAIN}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.tc-gladbeck-ost.example[198.51.100.41]
    said: 550 5.1.1 <{rcpt}>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", f"dns; mail.{EVT_DOMAIN}"),
         ("X-Postfix-Queue-ID", "3E8B21C04A"),
         ("X-Postfix-Sender", f"rfc822; {EVT}"),
         ("Arrival-Date", "Fri,  9 Apr 2027 14:02:07 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mail.tc-gladbeck-ost.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Lukas Schmitt <{rcpt}>", "Lukas Schmitt", "WS-B", 1,
        "Fri, 09 Apr 2027 14:02:07 +0200",
        f"<mailbot.20270409140207.61c3@{EVT_DOMAIN}>",
        "<a40d2e7b-19c5-4f83-b6e0-5d8a1c3f9e72@tc-gladbeck-ost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 030 ---------------------------------------------------------------------
# "Erstwunsch C, Zweitwunsch B", 2 persons; plain UTF-8 quoted-printable.

@mail("kaplan-erstwunsch-zweitwunsch", "2027-04-10 09:44:52",
      E("registration", "deniz.kaplan@ttc-gladbeck.example", "Deniz Kaplan",
        "Tischtennis-Club Gladbeck e.V.", ["WS-C", "WS-B"], 2, "de"), "de")
def _(m):
    m.head(("From", "Deniz Kaplan <deniz.kaplan@ttc-gladbeck.example>"),
           ("To", EVT),
           ("Subject", "Anmeldung Vereinstag 8.5."),
           ("Date", m.date),
           ("Message-ID", "<20270410094452.GA17733@ttc-gladbeck.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

Erstwunsch C, Zweitwunsch B - wir sind 2 Personen.

MfG
Deniz Kaplan
Tischtennis-Club Gladbeck e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Turkish change of party size only ("2 değil 3 kişi": not 2 but 3), from
# Thunderbird in iso-8859-9 quoted-printable, quoting the confirmation
# (workshop E, 2 persons) with a Turkish attribution line.

@mail("aydin-turkish-party-size-3", "2027-04-12 13:37:41",
      E("change", "hatice.aydin@mail.example", "Hatice Aydın", None,
        [], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Aydın", "hatice.aydin@mail.example", "iso-8859-9", "q")),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<71c4e0a9-2b86-4d3f-9e15-c8a07f2d6b34@mail.example>"),
           ("In-Reply-To", "<mailbot.20270402201517.2f08@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270402201517.2f08@sportjugend-gladbeck.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

2 değil 3 kişi olacağız, kızım da geliyor.

Hatice Aydın

02.04.2027 20:15 tarihinde Sportjugend Gladbeck yazdı:
{gt_quote(confirmation("Hatice Aydın", "WS-E", 2))}
""", charset="iso-8859-9", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Only "👍" above the quoted confirmation (iPhone, UTF-8 base64): an
# acknowledgement, nothing to do -> other.

@mail("becker-thumbs-up-to-confirmation", "2027-04-13 20:10:06",
      E("other"), "-")
def _(m):
    m.head(("From", "Jonas Becker <jonas.becker@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<F05B3D92-8A1E-4C67-B3D0-29E6A4C1F857@mail.example>"),
           ("In-Reply-To", "<mailbot.20270413195811.7a21@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270413195811.7a21@sportjugend-gladbeck.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single(f"""👍

{ios_quote(f"Am 13.04.2027 um 19:58 schrieb Sportjugend Gladbeck <{EVT}>:", confirmation("Jonas Becker", "WS-D", 1))}
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# Change carried by the Subject alone ("Workshop C statt A"), empty body, a
# new mail from a phone (no quote).

@mail("kowalski-subject-only-change", "2027-04-14 08:15:30",
      E("change", "s.kowalski@mail.example", "Sabine Kowalski", None,
        ["WS-C"], None, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kowalski <s.kowalski@mail.example>"),
           ("To", EVT),
           ("Subject", "Wechsel: Workshop C statt A (Kowalski)"),
           ("Date", m.date),
           ("Message-ID", "<2C8F6E13-A47B-4D05-9E2C-B1D38F70A6E4@mail.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    m.single("", charset="us-ascii", cte="7bit")


# -- 034 ---------------------------------------------------------------------
# Polish question: are the workshops only in German?  "If there is
# interpreting, we will register 4 persons" -> question, not registration.

ZIELINSKA_TEXT = """Dzień dobry,

czy warsztaty będą tylko po niemiecku? Nasza młodzież słabo mówi po niemiecku. Jeśli będzie tłumaczenie, zgłosimy się w 4 osoby.

Pozdrawiam
Magdalena Zielińska"""


@mail("zielinska-polish-question-language", "2027-04-15 12:00:00",
      E("question", "m.zielinska@mail.example", "Magdalena Zielińska", None,
        [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Magdalena Zielińska <m.zielinska@mail.example>"),
           ("To", EVT),
           ("Subject", "Pytanie - warsztaty po niemiecku?"),
           ("Date", m.date),
           ("Message-ID", "<e8d1f4a2-6b39-4c70-85e2-1a9f3c7b0d56@mail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ZIELINSKA_TEXT, div_html(ZIELINSKA_TEXT, "font-family: Tahoma, sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Newsletter of the district sports federation (other): it mentions the
# Vereinstag, its workshops, the registration address and another course
# with its own registration.

KSB_TEXT = f"""KSB-Info April 2027
Kreissportbund Recklinghausen e.V.

Liebe Sportfreundinnen und Sportfreunde,

1. Vereinstag Jugend & Sport in Gladbeck am 8. Mai
Die Sportjugend Gladbeck lädt zum Vereinstag in die Mathias-Jakobs-Stadthalle ein. Workshops zu Kinderschutz, Juleica, Social Media, Fördergeldern und Inklusion. Anmeldung bis 30. April an {EVT}.

2. Übungsleiter-C-Lizenz Breitensport – neuer Lehrgang in Marl
Start am 5. Juni, 120 Lerneinheiten. Anmeldung über https://ksb-re.example/bildung

3. Sportabzeichen-Tag am 12. Juni in Herten
Alle Vereine sind eingeladen, mit ihren Jugendgruppen teilzunehmen.

Diesen Newsletter abbestellen: https://ksb-re.example/newsletter/abmelden?u=5521
Kreissportbund Recklinghausen e.V. · 45657 Recklinghausen"""

KSB_HTML = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>KSB-Info April 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#00843d;color:#fff;"><h1 style="margin:0;font-size:22px;">KSB-Info April 2027</h1><p style="margin:4px 0 0;">Kreissportbund Recklinghausen e.V.</p></td></tr>
<tr><td>
<p>Liebe Sportfreundinnen und Sportfreunde,</p>
<h2 style="font-size:16px;">1. Vereinstag Jugend &amp; Sport in Gladbeck am 8. Mai</h2>
<p>Die Sportjugend Gladbeck lädt zum Vereinstag in die Mathias-Jakobs-Stadthalle ein. Workshops zu Kinderschutz, Juleica, Social Media, Fördergeldern und Inklusion. Anmeldung bis 30. April an <a href="mailto:{EVT}">{EVT}</a>.</p>
<h2 style="font-size:16px;">2. Übungsleiter-C-Lizenz Breitensport – neuer Lehrgang in Marl</h2>
<p>Start am 5. Juni, 120 Lerneinheiten. <a href="https://ksb-re.example/bildung">Jetzt anmelden</a></p>
<h2 style="font-size:16px;">3. Sportabzeichen-Tag am 12. Juni in Herten</h2>
<p>Alle Vereine sind eingeladen, mit ihren Jugendgruppen teilzunehmen.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;"><a href="https://ksb-re.example/newsletter/abmelden?u=5521">Newsletter abbestellen</a> · Kreissportbund Recklinghausen e.V. · 45657 Recklinghausen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("ksb-newsletter-april", "2027-04-16 16:26:48",
      E("other"), "de")
def _(m):
    m.head(("From", "Kreissportbund Recklinghausen <newsletter@ksb-re.example>"),
           ("To", EVT),
           ("Subject", "KSB-Info April 2027: Vereinstag in Gladbeck, neuer ÜL-C-Lehrgang"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-04.5521.8f3c0a@ksb-re.example>"),
           ("List-Unsubscribe", "<https://ksb-re.example/newsletter/abmelden?u=5521>"),
           ("List-Id", "KSB-Info <ksb-info.ksb-re.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(KSB_TEXT, KSB_HTML, charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation carried by the Subject alone, empty body, new mail.

@mail("yilmaz-subject-only-cancellation", "2027-04-19 07:40:12",
      E("cancellation", "serkan.yilmaz@mail.example", "Serkan Yilmaz", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Serkan Yilmaz <serkan.yilmaz@mail.example>"),
           ("To", EVT),
           ("Subject", "Abmeldung Vereinstag - Fam. Yilmaz (Workshop B)"),
           ("Date", m.date),
           ("Message-ID", "<c5a9e2d7-4f18-4b63-a0d5-97e3b1f6c280@mail.example>"),
           ("User-Agent", "Android Mail"),
           ("MIME-Version", "1.0"))
    m.single("", charset="us-ascii", cte="7bit")


# -- 037 ---------------------------------------------------------------------
# Change: "passt" answering the organiser's "A is full, we would put you in D
# instead - passt das?" (Gmail reply, multipart/alternative).

LANGE_TEXT = """passt

Gruß Thorsten"""


@mail("lange-passt-workshop-voll", "2027-04-20 17:05:33",
      E("change", "thorsten.lange@mail.example", "Thorsten Lange", None,
        ["WS-D"], None, "de"), "de")
def _(m):
    m.head(("From", "Thorsten Lange <thorsten.lange@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + VOLL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1vR9pQ4tM7xB2nW5zL8cD0hS3gY6jE9eA2uT5bN8oX1iF@mail.gmail.example>"),
           ("In-Reply-To", "<voll.20270420113004.03@sportjugend-gladbeck.example>"),
           ("References", "<voll.20270420113004.03@sportjugend-gladbeck.example>"),
           ("MIME-Version", "1.0"))
    attr = f"Am Di., 20. Apr. 2027 um 11:30 Uhr schrieb Sportjugend Gladbeck <{EVT}>:"
    plain, markup = gmail_reply(LANGE_TEXT, attr, voll("Thorsten"))
    m.alternative(plain, markup, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Exchange automatic reply in English (Auto-Submitted: auto-generated,
# X-Auto-Response-Suppress), multipart/alternative.

GRANT_TEXT = """Thank you for your email. I am out of the office until 3 May with limited access to email.

For urgent matters please contact office@ise-gladbeck.example.

Oliver Grant
Sports Department"""


@mail("grant-exchange-automatic-reply", "2027-04-21 09:02:58",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Oliver Grant <oliver.grant@ise-gladbeck.example>"),
           ("To", TO_EVT),
           ("Subject", "Automatic reply: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR08MB5172F0A3D9B8C7E6A5F4D3C2B1A0@AM0PR08MB5172.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270421090251.4e07@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270421090251.4e07@sportjugend-gladbeck.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "oliver.grant@ise-gladbeck.example"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.alternative(GRANT_TEXT, div_html(GRANT_TEXT, "font-family: Calibri, sans-serif;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Arabic cancellation, Gmail with an Arabic attribution line, quoting the
# German confirmation (workshop B, 1).

BAKR_TEXT = """للأسف لن أتمكن من الحضور يوم ٨ مايو. أرجو إلغاء تسجيلي.

عذراً
أحمد بكر"""


@mail("bakr-arabic-cancellation", "2027-04-22 18:48:20",
      E("cancellation", "ahmad.bakr@mail.example", "أحمد بكر", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Bakr <ahmad.bakr@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE6tN0qW3vR8xM1bK4zP7cJ2hF5gL9dY0eS3aU6nT1oB4iG@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270415110407.8c52@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270415110407.8c52@sportjugend-gladbeck.example>"),
           ("MIME-Version", "1.0"))
    attr = f"في الخميس، 15 أبريل 2027 في 11:04 ص تمت كتابة ما يلي بواسطة Sportjugend Gladbeck <{EVT}>:"
    plain, markup = gmail_reply(BAKR_TEXT, attr, confirmation("Ahmad Bakr", "WS-B", 1), rtl=True)
    m.alternative(plain, markup, charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Registration replying to the reminder: "ja, wir kommen noch mit: 2 Leute,
# Workshop D"; the reminder quoted below says workshop A is full.

@mail("kuhlmann-ja-reply-to-reminder", "2027-04-23 11:36:04",
      E("registration", "stefan.kuhlmann@cvjm-gladbeck.example", "Stefan Kuhlmann",
        "CVJM Gladbeck e.V.", ["WS-D"], 2, "de"), "de")
def _(m):
    m.head(("From", "Stefan Kuhlmann <stefan.kuhlmann@cvjm-gladbeck.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0a6f3c91-d27e-4b58-8f14-e5b9c2a7d036@cvjm-gladbeck.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""ja, wir kommen noch mit: 2 Leute, Workshop D.
Stefan Kuhlmann, CVJM Gladbeck e.V.

Am 23.04.27 um 10:00 schrieb Sportjugend Gladbeck:
{gt_quote(REMINDER)}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# English change from Outlook for iOS: "can you switch me to D instead?",
# quoting the confirmation (workshop C) below English header labels.

PRICE_TEXT = """Hi, can you switch me to D instead? Thx
Mark"""


@mail("price-english-switch-to-d", "2027-04-24 09:12:45",
      E("change", "mark.price@mail.example", "Mark Price", None,
        ["WS-D"], None, "en"), "en")
def _(m):
    m.head(("From", "Mark Price <mark.price@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB0634D2C8E1F7A3B5C9D0E2F4A6B8@VI1P195MB0634.EURP195.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270408151207.0b93@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270408151207.0b93@sportjugend-gladbeck.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Mark Price", "WS-C", 1)
    head = (f"From: Sportjugend Gladbeck <{EVT}>\nSent: Thursday, April 8, 2027 3:12:07 PM\n"
            f"To: Mark Price <mark.price@mail.example>\nSubject: {CONFIRMATION_SUBJECT}")
    plain = f"{PRICE_TEXT}\n\nGet Outlook for iOS\n________________________________\n{head}\n\n{quoted}"
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    hq = "<br>".join(f"<b>{esc(line.split(':', 1)[0])}:</b>{esc(line.split(':', 1)[1])}"
                     for line in head.split("\n"))
    markup = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
              "</head><body><div dir=\"ltr\">" + "<br>".join(esc(l) for l in PRICE_TEXT.split("\n"))
              + "</div><div dir=\"ltr\"><br></div><div dir=\"ltr\">Get Outlook for iOS</div>"
              "<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
              "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
              f"style=\"font-size:11pt\" color=\"#000000\">{hq}</font><div>&nbsp;</div></div>"
              f"<div>{q}</div></body></html>\n")
    m.alternative(plain, markup, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone with a Turkish attribution line,
# quoting the confirmation (workshop D, 2).

@mail("arslan-turkish-cancel-iphone", "2027-04-26 21:03:17",
      E("cancellation", "cem.arslan@mail.example", "Cem Arslan", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Cem Arslan <cem.arslan@mail.example>"),
           ("To", TO_EVT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<93D1B6F4-0E2A-4C78-A5B9-7F4C2E8D1A30@mail.example>"),
           ("In-Reply-To", "<mailbot.20270410110214.6e3f@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270410110214.6e3f@sportjugend-gladbeck.example>"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("MIME-Version", "1.0"))
    attr = f"10 Nis 2027 tarihinde 11:02 saatinde, Sportjugend Gladbeck <{EVT}> şunu yazdı:"
    m.single(f"""Maalesef gelemiyoruz, iptal edin lütfen. Kusura bakmayın.

Cem

iPhone'umdan gönderildi

{ios_quote(attr, confirmation("Cem Arslan", "WS-D", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation from Outlook (multipart/alternative, windows-1252 QP) quoting
# the confirmation (workshop D, 3) below a "Von:/Gesendet:" block.  The
# reason names a championship, not a workshop.

BECKMANN_TEXT = """Hallo Jana,

wir müssen leider absagen – am 8. Mai sind die Kreismeisterschaften, da sind alle Trainer*innen im Einsatz. Schade, nächstes Jahr gern wieder!

Viele Grüße
Ute Beckmann
Jugendwartin
LAV Gladbeck 1965 e.V."""


@mail("beckmann-outlook-cancel-meisterschaft", "2027-04-28 13:30:00",
      E("cancellation", "u.beckmann@lav-gladbeck.example", "Ute Beckmann",
        "LAV Gladbeck 1965 e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Beckmann, Ute" <u.beckmann@lav-gladbeck.example>'),
           ("To", TO_EVT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbqL3f9k2Vr0T1Ym7cXb4eQw8d1B=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR04MB9019B3A6E2C1D0F9A8B7C6D5E4F3@DU2PR04MB9019.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270331084503.1a77@sportjugend-gladbeck.example>"),
           ("References", "<mailbot.20270331084503.1a77@sportjugend-gladbeck.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Sportjugend Gladbeck <{EVT}>", "Mittwoch, 31. März 2027 08:45",
             "Beckmann, Ute <u.beckmann@lav-gladbeck.example>", CONFIRMATION_SUBJECT,
             confirmation("Ute Beckmann", "WS-D", 3))
    m.alternative(outlook_plain(BECKMANN_TEXT, quote), outlook_html(BECKMANN_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 044 ---------------------------------------------------------------------
# Late registration after the 30 April deadline: "geht noch was?" with a count
# and first/second choice -> registration.

@mail("krause-late-registration", "2027-05-03 19:55:41",
      E("registration", "melanie.krause@preussen-gladbeck.example", "Melanie Krause",
        "SG Preußen Gladbeck e.V.", ["WS-D", "WS-C"], 2, "de"), "de")
def _(m):
    m.head(("From", "Melanie Krause <melanie.krause@preussen-gladbeck.example>"),
           ("To", EVT),
           ("Subject", "Vereinstag - noch Platz?"),
           ("Date", m.date),
           ("Message-ID", "<7e4b0d29-c3a1-4f56-b8e7-2d9a6f1c05b3@preussen-gladbeck.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

sorry, bisschen spät – geht noch was? Wir wären zu zweit, am liebsten Workshop D, sonst C.

Grüße
Melanie Krause
SG Preußen Gladbeck e.V.
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


def check_labels(e):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
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
            problems.append(f"language {e['language']!r} not one of {LANGS}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null unless bounce")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k} defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Mar-May 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    # labels: well formed, and they agree with the mail
    problems += check_labels(expected)
    if expected["kind"] in PERSON_KINDS:
        header_addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in header_addrs and expected["email"] not in text.lower():
            problems.append("email neither in From/Reply-To nor in the text")
        if msg["Reply-To"] is not None and expected["email"] != header_addrs[-1]:
            problems.append("Reply-To present but email is not the Reply-To address")
        for k in ("name", "organisation"):
            if expected[k] is not None and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} does not occur in the decoded mail")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def senders_once(built, datas):
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        sender = getaddresses([str(msg["From"])])[0][1].lower()
        if sender in seen:
            problems.append(f"{name}: sender {sender} already wrote {seen[sender]}")
        seen[sender] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x == "-", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + "".join(f"{n:>5}" for n in row) + f"{sum(row):>6}")
    print("  " + " " * 13 + "".join(f"{l:>5}" for l in langs))
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.is_dir() else []
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

    # re-read what is on disk (or what would be written, with --check)
    for (name, m, e, _), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for problem in senders_once(built, datas):
        print(problem)
        bad += 1
    if not (40 <= len(built) <= 45):
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    reread = json.loads(exp_text)
    if list(reread) != [n for n, *_ in built]:
        print("expected.json does not list the mails in order")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
