#!/usr/bin/env python3
"""Build the "final19j" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerktag Integration Hamm 2027 (Sat 25 Sep 2027), four parallel
workshops with numeric codes W10, W20, W30, W40 (see config.toml).

Every mail's text below is written by hand, one mail at a time.  This script
only wraps the texts in MIME with the standard `email` package, writes the
files, and then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

NWT = "netzwerktag@hamm.example"
NWT_NAME = "Netzwerktag Integration Hamm"
TO_NWT = f"{NWT_NAME} <{NWT}>"
INVITATION_ID = "<einladung-netzwerktag-2027.20270816100000@hamm.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("W10", "W20", "W30", "W40")
LANGS = ("de", "en", "pl", "ru", "ar")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text with '> ' before each line (Thunderbird, Gmail, Apple)."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
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
    return hashlib.sha256(f"final19j/{slug}/{n}".encode()).hexdigest()


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
        self.encoded_headers = {}   # header name -> text it must decode to
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", NWT)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "mail.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{NWT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def subject(self, text, charset=None, enc="q"):
        """Subject header; hand-encoded in `charset` when given and non-ASCII."""
        if text.isascii() or charset is None:
            return ("Subject", text)
        self.encoded_headers["Subject"] = text
        return ("Subject", ew(text, charset, enc))

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.hamm.example"
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
        return self.msg.as_bytes(policy=POLICY)


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
# texts the organiser sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Netzwerktag Integration Hamm 2027 am 25.09."
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Netzwerktag Integration Hamm 2027"
REMINDER_SUBJECT = "Erinnerung: Netzwerktag Integration Hamm am Samstag, 25.09.2027"

INVITATION = """Liebe Engagierte in Vereinen, Initiativen und Migrantenorganisationen,

das Kommunale Integrationszentrum Hamm lädt Sie herzlich zum
Netzwerktag Integration Hamm 2027 ein.

Datum: Samstag, 25.09.2027, 9:30 bis 16:00 Uhr
Ort:   Bildungszentrum Hamm, Südring 14, 59065 Hamm

Programm
09:30  Ankommen, Kaffee (Foyer, EG)
10:00  Begrüßung (Saal 0.01)
10:30  Impuls: „20 Jahre Integrationsarbeit in Hamm – was hat sich bewegt?“
11:30  Workshops (parallel, bitte einen wählen)
       W10  Elternarbeit in Kita und Schule                 Raum 1.12
       W20  Vereinsarbeit digital: Mitgliederverwaltung,
            Website und Social Media                        Raum 2.05
       W30  Ankommen im Arbeitsmarkt: Anerkennung
            ausländischer Berufsabschlüsse                  Raum 1.04
       W40  Förderprogramme und Projektanträge für
            Migrantenorganisationen                         Raum 0.21
13:00  Mittagessen
14:00  Markt der Möglichkeiten (Infotische 1 bis 30 im Foyer)
15:30  Ergebnisse aus den Workshops, Ausklang
16:00  Ende

Anreise: Buslinie 20 ab Hamm Hbf (Bussteig 4) bis Haltestelle
„Südring/Bildungszentrum“, ca. 8 Minuten. Parkhaus Südring (P3),
Tagesticket 3 Euro.

Kinderbetreuung für Kinder von 3 bis 10 Jahren bieten wir in Raum 0.08
an. Bitte geben Sie bei der Anmeldung Anzahl und Alter der Kinder an.

Anmeldung bis Mittwoch, 15.09.2027, per E-Mail an netzwerktag@hamm.example.
Bitte nennen Sie Ihren Namen, Ihre Organisation, den gewünschten Workshop
(gern mit Zweitwunsch) und die Zahl der Personen. Je Workshop haben wir
25 Plätze. Einen Infotisch beim Markt der Möglichkeiten melden Sie bitte
bis zum 10.09. gesondert an.

Mit freundlichen Grüßen
Jana Kortmann
Kommunales Integrationszentrum Hamm
Tel. 02381 17-6420"""

W_LINE = {
    "W10": "W10 – Elternarbeit in Kita und Schule (Raum 1.12)",
    "W20": "W20 – Vereinsarbeit digital: Mitgliederverwaltung, Website und Social Media (Raum 2.05)",
    "W30": "W30 – Ankommen im Arbeitsmarkt: Anerkennung ausländischer Berufsabschlüsse (Raum 1.04)",
    "W40": "W40 – Förderprogramme und Projektanträge für Migrantenorganisationen (Raum 0.21)",
}


def confirmation(salutation, w, persons):
    """The confirmation the organiser's tool sent."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Netzwerktag Integration Hamm 2027
am Samstag, 25.09.2027, 9:30 bis 16:00 Uhr, im Bildungszentrum Hamm,
Südring 14, 59065 Hamm.

Ihr Workshop (11:30 bis 13:00 Uhr):
{W_LINE[w]}

Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Netzwerktag Integration Hamm
Kommunales Integrationszentrum Hamm"""


def reminder(salutation, w, persons):
    """The 7-day reminder (sent 18.09.2027, 08:00)."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag, 25.09.2027,
ab 9:30 Uhr im Bildungszentrum Hamm, Südring 14, zu begrüßen.

Ihr Workshop: {W_LINE[w]}
Angemeldete Personen: {persons}

Anreise mit der Buslinie 20 ab Hamm Hbf (Bussteig 4), Haltestelle
„Südring/Bildungszentrum“.

Können Sie doch nicht kommen? Dann sagen Sie bitte kurz ab, damit wir
Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Netzwerktag Integration Hamm
Kommunales Integrationszentrum Hamm"""


def confirmation_message(to, salutation, w, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_NWT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, w, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {"de": ("Von", "Gesendet", "An", "Betreff"),
                  "en": ("From", "Sent", "To", "Subject")}


def outlook_html(text, quote=None, charset="Windows-1252", labels="de"):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}:</b> {esc(frm)}<br>\n"
                   f"<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(to)}<br>\n"
                   f"<b>{lsub}:</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n________________________________\n{lf}: {frm}\n{ls}: {sent}\n"
            f"{lt}: {to}\n{lsub}: {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_html=""):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div{d}>{inner}</div>{quote_html}\n"


def gmail_quote_html(attribution, quoted):
    inner = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(attribution)}<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            f'padding-left:1ex">{inner}</blockquote></div>')


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole programme (all four codes, rooms, bus 20);
# the choice "die 10" and "2 Personen" are only in the new text; "140 Familien",
# "6 Grundschulen" are not workshops.

@mail("demirtas-reply-quoting-programme", "2027-08-16 11:52:07",
      E("registration", "a.demirtas@elternbund-hamm.example", "Ayşe Demirtaş",
        "Türkischer Elternbund Hamm e.V.", ["W10"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ayşe Demirtaş", "a.demirtas@elternbund-hamm.example", "utf-8")),
           ("To", TO_NWT),
           m.subject("Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5f0c2a91-7d3e-4b18-a6c4-91e07d2b3f55@elternbund-hamm.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Kortmann,

vielen Dank für die Einladung! Wir sind gerne wieder dabei, letztes Jahr
war es sehr schön.

Vom Elternbund kommen meine Kollegin Sevgi Aksoy und ich, also
2 Personen. Wir möchten beide in die 10 (Elternarbeit in Kita und
Schule), das passt am besten zu uns – wir betreuen inzwischen über
140 Familien an 6 Grundschulen.

Viele Grüße
Ayşe Demirtaş
Türkischer Elternbund Hamm e.V.
Tel. 0176 55 21 409

Am 16.08.2027 um 10:00 schrieb Netzwerktag Integration Hamm:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 002 ---------------------------------------------------------------------
# English, plain ASCII; "workshop 40" plus topic; "1 person"; years 2028.

@mail("asante-english-workshop-40", "2027-08-16 21:14:33",
      E("registration", "kwabena.asante@mail.example", "Kwabena Asante",
        "Ghana Union Hamm", ["W40"], 1, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Asante <kwabena.asante@mail.example>"),
           ("To", NWT),
           ("Subject", "Registration Netzwerktag 25 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq9Yt1w0x8mRb2nQpZ7cV4sL6dH5jE0aU9oN3iK2vB8qXya@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I would like to register for the Netzwerktag on 25 September. I'd go for
workshop 40 (the one about funding programmes and project applications) -
our association is planning its first bigger project for 2028 and we have
no idea where to start.

It's just me, 1 person.

Kind regards,
Kwabena Asante
Secretary, Ghana Union Hamm
""", charset="us-ascii", cte="7bit")


# -- 003 ---------------------------------------------------------------------
# Public agency, Outlook multipart/alternative windows-1252 QP; three persons
# named in a sentence; "Workshop W30"; room 214 and phone numbers in the
# signature; a side question (still a registration).

RUETHER_TEXT = """Sehr geehrte Frau Kortmann,

hiermit melde ich für das Jobcenter Hamm drei Personen zum Netzwerktag am 25.09.2027 an: meine Kolleginnen Frau Lohmann und Frau Yildiz sowie mich selbst.

Wir interessieren uns alle drei für den Workshop W30 „Ankommen im Arbeitsmarkt“.

Eine kurze Frage noch: Dürfen wir im Workshop Infomaterial auslegen (ca. 50 Flyer zum Anerkennungszuschuss)?

Mit freundlichen Grüßen
Im Auftrag

Stefanie Rüther
Jobcenter Hamm
Team Markt & Integration
Bismarckstraße 2, 59065 Hamm, Raum 214
Tel.: 02381 910-2140
stefanie.ruether@jobcenter-hamm.example"""


@mail("ruether-jobcenter-outlook-three", "2027-08-17 09:05:41",
      E("registration", "stefanie.ruether@jobcenter-hamm.example", "Stefanie Rüther",
        "Jobcenter Hamm", ["W30"], 3, "de"), "de")
def _(m):
    m.head(("From", f'"Rüther, Stefanie" <stefanie.ruether@jobcenter-hamm.example>'),
           ("To", TO_NWT),
           m.subject("Anmeldung Netzwerktag – Jobcenter Hamm (3 Personen)", "windows-1252"),
           ("Thread-Topic", ew("Anmeldung Netzwerktag – Jobcenter Hamm (3 Personen)", "windows-1252")),
           ("Thread-Index", "AdwQk2Lr9vN3x0aYTq6m1pC4eB8sZw=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB6147A2C9D3E1F05B7C8D9E0FA1B2@AM0PR04MB6147.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(RUETHER_TEXT), outlook_html(RUETHER_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Polish, iso-8859-2 QP; "warsztat nr 20"; age 58; encoded name and subject.

@mail("wojcik-polish-warsztat-20", "2027-08-17 18:40:12",
      E("registration", "agnieszka.wojcik@poczta.example", "Agnieszka Wójcik",
        "Polski Klub Hamm e.V.", ["W20"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Wójcik", "agnieszka.wojcik@poczta.example", "iso-8859-2")),
           ("To", NWT),
           m.subject("Zgłoszenie - Netzwerktag 25.09.", "iso-8859-2"),
           ("Date", m.date),
           ("Message-ID", "<20270817184012.3c7e91@poczta.example>"),
           ("X-Mailer", "Poczta Webmail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym się zgłosić na Netzwerktag Integration 25 września. Wybieram
warsztat nr 20 (Vereinsarbeit digital), bo prowadzę stronę internetową
i profil na Facebooku naszego klubu, a mam już 58 lat i wielu rzeczy
uczę się sama.

Przyjdę sama, 1 osoba.

Pozdrawiam serdecznie
Agnieszka Wójcik
Polski Klub Hamm e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# iPhone, short, "W-40"; club name with a year (1921); 2028; only the first
# name in the signature, full name in the display name.

@mail("hoffmann-iphone-w-40", "2027-08-18 07:31:55",
      E("registration", "dennis.hoffmann1984@mail.example", "Dennis Hoffmann",
        "SV Westfalia Bockum-Hövel 1921", ["W40"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dennis Hoffmann <dennis.hoffmann1984@mail.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<A7C1E2F4-39B8-4D6A-9E0F-5B2C8D1A7E63@mail.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    text = """Moin,

melde mich für W-40 an (Fördermittel). Bin Kassierer beim SV Westfalia Bockum-Hövel 1921, wir wollen 2028 das Vereinsheim sanieren und brauchen Geld ;-)

Nur ich, 1 Person.

Gruß Dennis

Von meinem iPhone gesendet"""
    m.alternative(text, apple_html(text), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 006 ---------------------------------------------------------------------
# Question about access (room 0.21, bus line 20); "melden wir uns für die 40
# an" only if it works out -> question, no registration yet.

@mail("sommer-question-barrierefrei", "2027-08-18 12:10:20",
      E("question", "h.sommer@shg-inklusion-heessen.example", "Hildegard Sommer",
        "Selbsthilfegruppe Inklusion Hamm-Heessen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Hildegard Sommer <h.sommer@shg-inklusion-heessen.example>"),
           ("To", NWT),
           ("Subject", "Frage Barrierefreiheit Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<1787047820.40311.1@webmail.shg-inklusion-heessen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

wir von der Selbsthilfegruppe Inklusion Hamm-Heessen überlegen, mit
4 Personen zum Netzwerktag zu kommen. Eine von uns sitzt im Rollstuhl.
Ist der Raum 0.21 ohne Stufen erreichbar, und gibt es im Bildungszentrum
eine barrierefreie Toilette? Und hält der Bus (Linie 20) direkt vor dem
Haus?

Wenn das alles klappt, melden wir uns für die 40 an.

Mit freundlichen Grüßen
Hildegard Sommer
""", charset="iso-8859-1", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, windows-1251 base64; "семинар W30", second choice "W10"; "вдвоём"
# = 2; years 2016; organisation in German inside the Russian text; Cyrillic
# signature beats the Latin display name.

@mail("schmidt-russian-w30-then-w10", "2027-08-19 20:15:03",
      E("registration", "irina.schmidt@mail.example", "Ирина Шмидт",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hamm", ["W30", "W10"], 2, "ru"),
      "ru")
def _(m):
    m.head(("From", "Irina Schmidt <irina.schmidt@mail.example>"),
           ("To", NWT),
           m.subject("Регистрация на Netzwerktag 25.09", "windows-1251", "b"),
           ("Date", m.date),
           ("Message-ID", "<1787163303.512877203@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я хотела бы зарегистрироваться на Netzwerktag Integration 25 сентября.
Мы придём вдвоём – я и мой муж Виктор.

Больше всего нас интересует семинар W30 (Anerkennung), потому что мой
диплом медсестры из Омска до сих пор не признан, хотя мы живём в Хамме
уже с 2016 года. Если там не будет мест, то вторым вариантом – W10.

Мы из Landsmannschaft der Deutschen aus Russland, Ortsgruppe Hamm.

С уважением,
Ирина Шмидт
тел. 0157 3402 1187
""", charset="windows-1251", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Outlook HTML only: a coordinator registers a colleague ("Workshop 10") and
# asks for the confirmation to go to her; footer with VR number.

WIESMANN_TEXT = """Sehr geehrte Frau Kortmann,

hiermit melde ich unsere Integrationslotsin Frau Mariam Haidari zum Netzwerktag Integration am 25.09.2027 an. Sie möchte gern den Workshop 10 (Elternarbeit in Kita und Schule) besuchen. Ich selbst bin an dem Wochenende leider im Urlaub.

Bitte senden Sie die Bestätigung direkt an Frau Haidari: m.haidari@caritas-hamm.example

Mit freundlichen Grüßen

Bernd Wiesmann
Fachdienst Integration und Migration
Caritasverband Hamm e.V.
Neue Bahnhofstraße 2, 59065 Hamm
Telefon 02381 144-310

Caritasverband Hamm e.V. – Amtsgericht Hamm VR 1234 – www.caritas-hamm.example"""


@mail("wiesmann-caritas-registers-colleague-html", "2027-08-20 10:02:47",
      E("registration", "m.haidari@caritas-hamm.example", "Mariam Haidari",
        "Caritasverband Hamm e.V.", ["W10"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Wiesmann, Bernd" <b.wiesmann@caritas-hamm.example>'),
           ("To", TO_NWT),
           ("Cc", "Mariam Haidari <m.haidari@caritas-hamm.example>"),
           ("Subject", "Anmeldung Frau Haidari / Netzwerktag"),
           ("Thread-Topic", "Anmeldung Frau Haidari / Netzwerktag"),
           ("Thread-Index", "AdwRm7Pq2xL0vN8aYk3T5cU1eW9sGh=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1520E4B7A9C2D1F0E3A4B5C6D7E8@FR3P281MB1520.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WIESMANN_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Shared association mailbox with a personal Reply-To; "Workshop 20", fallback
# "die 40"; 3 adults, childcare for one child of 5 not counted; 2012.

KKZ_TEXT = """Hallo liebes Team vom KI,

wir melden uns für den Netzwerktag am 25.09. an. Wir kommen mit 3 Erwachsenen: Rojda Aslan, Baran Kaya und Zilan Doğan.

Wunsch: Workshop 20 (Website und Social Media – unsere Homepage ist von 2012 und sieht auch so aus). Falls der schon voll ist, nehmen wir die 40.

Außerdem bräuchten wir Kinderbetreuung für ein Kind (5 Jahre).

Rückfragen bitte an mich: 0152 2845 6610

Liebe Grüße
Rojda Aslan
Kurdisches Kulturzentrum Hamm e.V."""


@mail("kkz-shared-mailbox-reply-to", "2027-08-20 16:45:30",
      E("registration", "rojda.aslan@mail.example", "Rojda Aslan",
        "Kurdisches Kulturzentrum Hamm e.V.", ["W20", "W40"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Kurdisches Kulturzentrum Hamm e.V." <info@kkz-hamm.example>'),
           ("Reply-To", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung KKZ Hamm"),
           ("Date", m.date),
           ("Message-ID", "<CAM8xP2vR6t0Nq4LmW9zYc3Hd1bK7fS5gJ0eA2uT8oV4nQ6wXrp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KKZ_TEXT, gmail_html(KKZ_TEXT), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 010 ---------------------------------------------------------------------
# Arabic, Gmail alternative (rtl), base64; workshop number in Arabic-Indic
# digits "٤٠"; date "٢٥"; "شخصين" = 2; organisation in German in the signature.

ALOMAR_TEXT = """السلام عليكم،

أود تسجيل شخصين في يوم الشبكات (Netzwerktag) يوم السبت ٢٥ سبتمبر في هام: أنا وزميلي في الجمعية.

نرغب في المشاركة في ورشة العمل رقم ٤٠ (Förderprogramme und Projektanträge)، لأننا نريد تقديم طلب لمشروع دروس اللغة العربية للأطفال.

شكراً جزيلاً
خالد العمر
Syrischer Kulturverein Hamm e.V."""


@mail("alomar-arabic-indic-40", "2027-08-21 09:30:18",
      E("registration", "khaled.alomar@mail.example", "خالد العمر",
        "Syrischer Kulturverein Hamm e.V.", ["W40"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alomar <khaled.alomar@mail.example>"),
           ("To", NWT),
           m.subject("التسجيل في Netzwerktag", "utf-8", "b"),
           ("Date", m.date),
           ("Message-ID", "<CAH5rT0wQ2m9Lk7ZpX3vB8nYc1dF6gS4jE0aU2oN9iK5vB3qXzc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALOMAR_TEXT, gmail_html(ALOMAR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# The chair forwards a member's mail (Thunderbird inline forward); "den zweiten
# Workshop" plus topic; "85 Mitglieder"; confirmation to the member's address.

@mail("akv-forwards-member-zweiter-workshop", "2027-08-23 08:12:44",
      E("registration", "e.nwosu@mail.example", "Emmanuel Nwosu",
        "Afrikanischer Kulturverein Hamm e.V.", ["W20"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Afrikanischer Kulturverein Hamm e.V." <vorstand@akv-hamm.example>'),
           ("To", NWT),
           ("Subject", "WG: Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<d2b7f0a4-8c61-4e3f-b95a-0e7c1d4f2a86@akv-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Kortmann,

unten die Anmeldung von unserem Mitglied Emmanuel Nwosu, er hat sich bei
mir gemeldet. Bitte schicken Sie ihm die Bestätigung direkt:
e.nwosu@mail.example

Beste Grüße
Christine Mbeki-Lange
Vorsitzende Afrikanischer Kulturverein Hamm e.V.


-------- Weitergeleitete Nachricht --------
Betreff: Netzwerktag
Datum: Sun, 22 Aug 2027 21:40:12 +0200
Von: Emmanuel Nwosu <e.nwosu@mail.example>
An: vorstand@akv-hamm.example

Hi Christine,

kannst du mich für den Netzwerktag anmelden? Ich will in den zweiten
Workshop, der mit Website und Mitgliederverwaltung. Wir haben immer
noch alle 85 Mitglieder in einer Excel-Tabelle :-)

Danke!
Emmanuel
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Learner German without umlauts; "workshop drei" (position) with the topic;
# age 34, 2019, "B2 kurs" are no workshops.

@mail("sheikho-learner-workshop-drei", "2027-08-23 22:47:09",
      E("registration", "omar.sheikho@mail.example", "Omar Sheikho",
        None, ["W30"], 1, "de"), "de")
def _(m):
    m.head(("From", "Omar Sheikho <omar.sheikho@mail.example>"),
           ("To", NWT),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAN2bW8xT4r1Mp6ZqY0vC9nHd3bL5fS7gJ2eA4uT0oV6nQ8wXsd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

ich mochte mich anmelden fur netzwerktag am 25.9. Ich interesiere fur workshop drei, arbeit und anerkenung von abschluss. Ich bin 34 jahre, ich bin bauingenieur aus Aleppo, seit 2019 in Hamm, B2 kurs habe ich fertig.

Ich komme alleine.

Danke
Omar Sheikho"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 013 ---------------------------------------------------------------------
# "Workshop 2 (Social Media)": the second workshop = W20; iso-8859-1 QP
# webmail alternative; "ca. 60 Jugendliche", office hours with numbers.

BROCKMANN_TEXT = """Liebe Frau Kortmann,

meine Kollegin Aylin Tekin und ich (also 2 Personen) möchten gern am Netzwerktag teilnehmen. Wir würden gern in Workshop 2 (Social Media), da wir mit unseren ca. 60 Jugendlichen hauptsächlich über Instagram kommunizieren.

Viele Grüße

Lena Brockmann
Jugendmigrationsdienst Hamm
Sprechzeiten: Di 10-12 Uhr, Do 14-17 Uhr"""


@mail("brockmann-jmd-workshop-2", "2027-08-24 10:33:51",
      E("registration", "lena.brockmann@jmd-hamm.example", "Lena Brockmann",
        "Jugendmigrationsdienst Hamm", ["W20"], 2, "de"), "de")
def _(m):
    m.head(("From", "Lena Brockmann <lena.brockmann@jmd-hamm.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung Netzwerktag - JMD Hamm"),
           ("Date", m.date),
           ("Message-ID", "<1787560431.88102.Open-Xchange@ox.jmd-hamm.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.alternative(BROCKMANN_TEXT, div_html(BROCKMANN_TEXT), charset="iso-8859-1",
                  cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# English question before signing up (language support, no association yet).

@mail("menon-english-question", "2027-08-24 15:02:26",
      E("question", "anjali.menon@mail.example", "Anjali Menon", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Anjali Menon <anjali.menon@mail.example>"),
           ("To", NWT),
           ("Subject", "Question about the Netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<PH0PR11MB5642C3D9E1A2B4F6@PH0PR11MB5642.namprd11.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I only moved to Hamm three months ago (from Bangalore, for a job at the
hospital) and a colleague forwarded me your flyer for the Netzwerktag on
25/09.

Two quick questions before I sign up: will the workshops be in German
only, or is there any English support? My German is about A2. And is it
OK to come if I'm not part of an association yet?

Thanks a lot,
Anjali Menon
""", charset="utf-8", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Outlook reply (AW:) quoting the whole invitation below a Von:/Gesendet:
# block; "Erstwunsch W10, Zweitwunsch W30"; "12 Müttern".

PAPADAKI_TEXT = """Sehr geehrte Frau Kortmann,

gerne melde ich mich zum Netzwerktag an. Erstwunsch wäre W10, Zweitwunsch W30. Ich komme allein.

Wir haben in unserer Gemeinde seit letztem Jahr eine Elterngruppe mit 12 Müttern, daher das Interesse.

Mit freundlichen Grüßen
Eleni Papadaki
Griechische Gemeinde Hamm e.V."""


@mail("papadaki-outlook-quotes-invitation", "2027-08-25 11:20:39",
      E("registration", "e.papadaki@griechische-gemeinde-hamm.example", "Eleni Papadaki",
        "Griechische Gemeinde Hamm e.V.", ["W10", "W30"], 1, "de"), "de")
def _(m):
    m.head(("From", "Eleni Papadaki <e.papadaki@griechische-gemeinde-hamm.example>"),
           ("To", TO_NWT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcEk7x3P0m9TqLvR2aYc5nB1dW8g=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR03MB8012B7C4E9A1D3F2@DU2PR03MB8012.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (TO_NWT, "Montag, 16. August 2027 10:00",
             "Eleni Papadaki <e.papadaki@griechische-gemeinde-hamm.example>",
             INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(PAPADAKI_TEXT, quote), outlook_html(PAPADAKI_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# "Workshop Nummer 40"; "mit der Linie 20" (bus) and "Tisch 12" are not
# workshops; 2 persons (husband).

@mail("arslan-nummer-40-linie-20", "2027-08-26 19:05:13",
      E("registration", "guel.arslan@mail.example", "Gül Arslan",
        "Frauentreff Hamm-Norden", ["W40"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gül Arslan", "guel.arslan@mail.example", "iso-8859-1")),
           ("To", NWT),
           ("Subject", "Anmeldung für 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a1c3e5f-92b4-4d08-8e6a-1f3c5b7d9e20-1787763913402@3c-app-mail-bs42>"),
           ("MIME-Version", "1.0"))
    text = """Hallo,

hiermit melden wir uns an: mein Mann Mehmet und ich, Gül Arslan, vom Frauentreff Hamm-Norden. Wir möchten in den Workshop Nummer 40. Wir kommen mit der Linie 20 vom Hauptbahnhof, hoffentlich ist die Haltestelle gut ausgeschildert.

Einen Infotisch beim Markt der Möglichkeiten hätten wir auch gern (letztes Jahr hatten wir Tisch 12), das melde ich aber noch extra an.

Schöne Grüße
Gül Arslan"""
    m.alternative(text, div_html(text, "font-family: Verdana;font-size: 12.0px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Exchange out-of-office to a confirmation (Auto-Submitted: auto-generated),
# with dates and a phone number.

LUETKE_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 27.08. bis einschließlich 10.09.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie die Geschäftsstelle des Stadtsportbundes unter 02381 92130-0.

Mit freundlichen Grüßen
Thomas Lütke-Wenning"""


@mail("luetke-wenning-exchange-ooo", "2027-08-27 10:14:58",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Lütke-Wenning, Thomas" <t.luetke-wenning@ssb-hamm.example>'),
           ("To", TO_NWT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9c2e4a6b8d0f4e11@EXCH02.ssb-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270827101455.7b3e@hamm.example>"),
           ("References", "<mailbot.20270827101455.7b3e@hamm.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(LUETKE_OOF, outlook_html(LUETKE_OOF), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# English, Apple Mail alternative: "the second workshop" first, "the 4th one on
# funding" as backup; age 27, "about 15 volunteers".

OKEKE_TEXT = """Dear Ms Kortmann,

I'd like to register for the Netzwerktag on 25 September. My first choice is the second workshop (Vereinsarbeit digital) - I coordinate about 15 volunteers at our community and we're still doing everything via WhatsApp. If that one is full, the 4th one on funding would also be great.

I'm 27 and this would be my first Netzwerktag, so I'm really looking forward to it!

Best,
Chinedu Okeke
Nigerian Community Hamm e.V."""


@mail("okeke-english-second-then-fourth", "2027-08-27 23:41:02",
      E("registration", "chinedu.okeke@mail.example", "Chinedu Okeke",
        "Nigerian Community Hamm e.V.", ["W20", "W40"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okeke <chinedu.okeke@mail.example>"),
           ("To", NWT),
           ("Subject", "Registration - Netzwerktag 2027"),
           ("Date", m.date),
           ("Message-ID", "<3B9E0C7A-51D2-4F86-A0C3-7E2D9B4F1A68@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0"))
    m.alternative(OKEKE_TEXT, apple_html(OKEKE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 019 ---------------------------------------------------------------------
# Polish, utf-8 QP; "warsztat 30", second choice "warsztat 10"; "we trzech"
# with three names; organisation inflected in the text, base form signed.

@mail("zielinski-polish-we-trzech", "2027-08-28 12:06:35",
      E("registration", "k.zielinski@misja-hamm.example", "Krzysztof Zieliński",
        "Katolicka Misja Polska w Hamm", ["W30", "W10"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krzysztof Zieliński", "k.zielinski@misja-hamm.example", "utf-8")),
           ("To", NWT),
           ("Subject", "Netzwerktag 25.09.2027 - zgloszenie 3 osob"),
           ("Date", m.date),
           ("Message-ID", "<7e4b1a92-3f0d-4c65-8b27-c90e5d1f3a48@misja-hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

chcielibyśmy się zapisać na Netzwerktag 25.09.2027. Będziemy we trzech:
ja, Paweł Nowicki i Tomasz Lis z Katolickiej Misji Polskiej w Hamm.

Interesuje nas warsztat 30 (uznawanie kwalifikacji zawodowych) – dwóch
z nas to elektrycy z polskimi dyplomami. Jako drugi wybór: warsztat 10.

Z poważaniem
Krzysztof Zieliński
Katolicka Misja Polska w Hamm
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# "WS 10" plus topic; ages 67 and 71, "seit 12 Jahren", "3 Grundschulen",
# "Raum 1.12"; windows-1252 QP; organisation in quotes after a descriptor.

@mail("krampe-ws-10-leseomas", "2027-08-30 09:48:20",
      E("registration", "renate.krampe@mail.example", "Renate Krampe",
        "Hammer Leseomas und -opas", ["W10"], 2, "de"), "de")
def _(m):
    m.head(("From", "Renate Krampe <renate.krampe@mail.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung Lesepaten"),
           ("Date", m.date),
           ("Message-ID", "<000a01dc1a2b$4c5d6e70$e5182b50$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

für die Lesepaten-Initiative "Hammer Leseomas und -opas" melde ich mich
und meine Nachbarin Frau Gerda Pohl an. Wir sind 67 und 71 Jahre alt und
lesen seit 12 Jahren in 3 Grundschulen im Hammer Westen vor.

Wir möchten gern in WS 10, Elternarbeit. Da wir beide nicht mehr so gut
zu Fuß sind: gibt es im Haus einen Aufzug zum Raum 1.12?

Freundliche Grüße
Renate Krampe
""", charset="windows-1252", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation (W30, 1 person) sent to
# a mistyped domain (the registrant's Reply-To said "hamm-mite"); the returned
# message is attached whole and names W30 and room 1.04.

BOUNCE_RCPT = "serkan.ozturk@ditib-hamm-mite.example"


@mail("postfix-bounce-confirmation", "2027-08-30 14:22:11",
      E("bounce", bounced=BOUNCE_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx.hamm.example (Mail Delivery System)"),
           ("To", NWT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270830122211.4A7C21E0B3@mx.hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.hamm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUNCE_RCPT}>: Host or domain name not found. Name service error for
    name=ditib-hamm-mite.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.hamm.example"),
         ("X-Postfix-Queue-ID", "4A7C21E0B3"),
         ("X-Postfix-Sender", f"rfc822; {NWT}"),
         ("Arrival-Date", "Mon, 30 Aug 2027 14:17:05 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {BOUNCE_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error"
                             " for name=ditib-hamm-mite.example type=MX: Host not found,"
                             " try again")])
    inner = confirmation_message(
        f"Serkan Öztürk <{BOUNCE_RCPT}>", "Herr Öztürk", "W30", 1,
        "Mon, 30 Aug 2027 14:17:03 +0200",
        "<mailbot.20270830141703.c41d@hamm.example>",
        "<20270830141650.GA2291@ditib-hamm-mitte.example>")
    returned = rfc822_part(inner)
    m.multi("report", [note, dsn, returned], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# All lower case, no punctuation to speak of: "für die 30", time 11:30, room
# 1.04, "über 60", "1970-80"; club name with a year in the signature.

@mail("yavuz-lowercase-die-30", "2027-08-31 20:59:44",
      E("registration", "k.yavuz61@mail.example", "Kemal Yavuz",
        "türkischer arbeiterverein hamm-herringen 1978", ["W30"], 4, "de"), "de")
def _(m):
    m.head(("From", "Kemal Yavuz <k.yavuz61@mail.example>"),
           ("To", NWT),
           ("Subject", "netzwerktag"),
           ("Date", m.date),
           ("Message-ID", "<m9x3k7.1788202784.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo frau kortmann

für die 30 bitte, 4 leute von unserem verein. das ist um 11:30 im raum 1.04 oder? wir sind alle über 60 und haben 1970-80 im bergwerk angefangen, jetzt kommen die enkel und die haben probleme mit anerkennung, deswegen

mfg
kemal yavuz
türkischer arbeiterverein hamm-herringen 1978

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Change: Gmail reply quoting the confirmation (W10, 2 persons): "von der 10
# in die 20"; party size unchanged.

KETTLER_TEXT = """Hallo Frau Kortmann,

können Sie uns beide bitte von der 10 in die 20 umbuchen? Wir haben gemerkt, dass unser Elterncafé eigentlich dringender eine vernünftige Website braucht als noch mehr Ideen für die Elternarbeit :-)

Danke und viele Grüße
Sabine Kettler
Elterncafé Hamm-Westen"""

KETTLER_ATTR = ("Am Mo., 23. Aug. 2027 um 09:12 Uhr schrieb Netzwerktag Integration Hamm "
                f"<{NWT}>:")


@mail("kettler-change-10-to-20", "2027-09-01 08:37:29",
      E("change", "sabine.kettler@mail.example", "Sabine Kettler",
        "Elterncafé Hamm-Westen", ["W20"], None, "de"), "de")
def _(m):
    conf = confirmation("Frau Kettler", "W10", 2)
    m.head(("From", "Sabine Kettler <sabine.kettler@mail.example>"),
           ("To", TO_NWT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK7vN3xQ9r2Lp5ZmY1wB4nHc8dF0gS6jE3aU7oT2iK9vB5qXkt@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270823091207.1e5a@hamm.example>"),
           ("References", "<mailbot.20270823091207.1e5a@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KETTLER_TEXT}\n\n{KETTLER_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(KETTLER_TEXT, quote_html=gmail_quote_html(KETTLER_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# "den vierten Workshop" plus title; a question about a certificate;
# "2. Vorsitzende", "8 Lerneinheiten"; organisation only in the signature.

@mail("boukhari-vierter-workshop-question", "2027-09-01 13:15:06",
      E("registration", "nadia.boukhari@mail.example", "Nadia Boukhari",
        "Marokkanischer Kulturverein Hamm e.V.", ["W40"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadia Boukhari <nadia.boukhari@mail.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung + Frage Teilnahmebescheinigung"),
           ("Date", m.date),
           ("Message-ID", "<20270901131506.7f2a9c@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich melde mich für den vierten Workshop an (Förderprogramme und
Projektanträge). Ich komme für unseren Verein, allerdings nur ich allein.

Frage: Bekommt man am Ende eine Teilnahmebescheinigung? Die bräuchte ich
für meine Übungsleiterlizenz, mir fehlen noch 8 Lerneinheiten.

Mit freundlichen Grüßen
Nadia Boukhari
2. Vorsitzende
Marokkanischer Kulturverein Hamm e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Russian, utf-8 8bit: "воркшоп 20", else "на 10"; age 45, 2001, "30 семей";
# Cyrillic display name, Latin signature.

@mail("becker-russian-20-else-10", "2027-09-02 19:27:50",
      E("registration", "olga.becker@mail.example", "Olga Becker",
        'Deutsch-Russisches Begegnungszentrum "Most" Hamm', ["W20", "W10"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Беккер", "olga.becker@mail.example", "utf-8", "b")),
           ("To", NWT),
           m.subject("Netzwerktag – запись", "utf-8", "b"),
           ("Date", m.date),
           ("Message-ID", "<1788369070.220914553@f301.i.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Прошу записать меня на Netzwerktag 25.09. Хочу на воркшоп 20 (Vereinsarbeit
digital), а если там уже нет мест – на 10.

Немного о себе: мне 45 лет, в Германии с 2001 года, веду группу для
родителей в нашем центре, это примерно 30 семей.

Буду одна.

Спасибо!
Olga Becker
Deutsch-Russisches Begegnungszentrum "Most" Hamm
""", charset="utf-8", cte="8bit")


# -- 026 ---------------------------------------------------------------------
# Change in English; Outlook alternative with English header block quoting
# the confirmation (W30, 1): "the first workshop, W10", now 2 persons.

YUSUF_TEXT = """Dear Ms Kortmann,

could you please change my registration to the first workshop, W10 (parents in Kita and school)? I realised the recognition topic is not so relevant for our group after all.

Also my colleague Hodan Ali would like to come with me, so we would be 2 persons.

Many thanks,
Fatima Yusuf
Somali Women's Association Hamm"""


@mail("yusuf-english-change-first-workshop", "2027-09-03 09:58:14",
      E("change", "fatima.yusuf@mail.example", "Fatima Yusuf",
        "Somali Women's Association Hamm", ["W10"], 2, "en"), "en")
def _(m):
    m.head(("From", "Fatima Yusuf <fatima.yusuf@mail.example>"),
           ("To", TO_NWT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcG3v8Lk2P0mQ9TxR5aYc7nB3dWw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR07MB7621F3A9C1D0E2B4@AS8PR07MB7621.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270826144107.9d0c@hamm.example>"),
           ("References", "<mailbot.20270826144107.9d0c@hamm.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (TO_NWT, "Thursday, August 26, 2027 2:41 PM",
             "Fatima Yusuf <fatima.yusuf@mail.example>", CONFIRMATION_SUBJECT,
             confirmation("Frau Yusuf", "W30", 1))
    m.alternative(outlook_plain(YUSUF_TEXT, quote, "en"),
                  outlook_html(YUSUF_TEXT, quote, "utf-8", "en"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Gmail HTML only: "W 40" with a space; 5 persons; "1. Vorsitzende"; a
# funding programme name in quotes.

MURAD_TEXT = """Hallo zusammen,

von unserem Verein möchten wir uns mit 5 Personen aus dem Vorstand für W 40 anmelden. Wir wollen nächstes Jahr zum ersten Mal einen Antrag bei "KOMM-AN NRW" stellen.

Kinderbetreuung brauchen wir nicht.

Viele Grüße
Nisrin Murad
1. Vorsitzende
Ezidischer Frauenverein Hamm e.V."""


@mail("murad-gmail-html-only-w-40", "2027-09-03 21:16:42",
      E("registration", "nisrin.murad@mail.example", "Nisrin Murad",
        "Ezidischer Frauenverein Hamm e.V.", ["W40"], 5, "de"), "de")
def _(m):
    m.head(("From", "Nisrin Murad <nisrin.murad@mail.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung 5 Personen"),
           ("Date", m.date),
           ("Message-ID", "<CAP1xR7vN5t3Lq8ZmW2zYc6Hd4bK9fS0gJ3eA5uT1oV7nQ9wXmu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(MURAD_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Newsletter of another organisation announcing another event with its own
# numbered forums and registration (other).

LAG_TEXT = """LAG Integration NRW – Newsletter 09/2027

Liebe Leserinnen und Leser,

1) Fachtag "Vielfalt im Ehrenamt" am 30.10.2027 in Dortmund
   Forum 1: Ehrenamt und Einwanderung
   Forum 2: Förderung kleiner Vereine
   Forum 3: Digitale Mitgliederverwaltung
   Anmeldung bis 15.10. unter https://lag-integration-nrw.example/fachtag

2) Neue Förderrunde "KOMM-AN NRW" 2028: Anträge bis 30.11.2027

3) Termine in der Region: u. a. Netzwerktag Integration Hamm am 25.09.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://lag-integration-nrw.example/newsletter/abmelden"""


@mail("lag-newsletter-other-event", "2027-09-06 10:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "LAG Integration NRW <newsletter@lag-integration-nrw.example>"),
           ("To", NWT),
           m.subject("Newsletter 09/2027: Fachtag am 30.10., neue Förderrunde"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.8812.netzwerktag=hamm.example@lag-integration-nrw.example>"),
           ("List-Unsubscribe", "<https://lag-integration-nrw.example/newsletter/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(LAG_TEXT, div_html(LAG_TEXT), charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# "Workshop 30 – falls der voll ist, gern auch Workshop 40"; the talk "20
# Jahre Integrationsarbeit"; a signature with room 3.17, phone, fax, VR
# number and a confidentiality disclaimer.

@mail("tiemann-diakonie-30-else-40-disclaimer", "2027-09-06 14:41:27",
      E("registration", "markus.tiemann@diakonie-ruhr-hellweg.example", "Markus Tiemann",
        "Diakonie Ruhr-Hellweg e.V.", ["W30", "W40"], 1, "de"), "de")
def _(m):
    m.head(("From", "Markus Tiemann <markus.tiemann@diakonie-ruhr-hellweg.example>"),
           ("To", NWT),
           ("Subject", "Anmeldung Netzwerktag 25.09."),
           ("Date", m.date),
           ("Message-ID", "<66F1A2B3.4050607@diakonie-ruhr-hellweg.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Kortmann,

für die Migrationsberatung der Diakonie melde ich mich zum Netzwerktag an.
Ich möchte in den Workshop 30 – falls der voll ist, gern auch Workshop 40.
Auf den Impuls „20 Jahre Integrationsarbeit in Hamm“ freue ich mich
besonders, ich bin selbst seit 2009 dabei.

Mit freundlichen Grüßen

Markus Tiemann
Migrationsberatung für erwachsene Zuwanderer (MBE)
Diakonie Ruhr-Hellweg e.V.
Raum 3.17 | Nordstraße 41 | 59065 Hamm
Tel. 02381 5491-37 | Fax 02381 5491-99

--
Diakonie Ruhr-Hellweg e.V. | Amtsgericht Hamm VR 20477
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender
und löschen Sie diese E-Mail.
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Question: bus line 20 on Saturdays, free places in "Workshop 30"; would
# register only then.

@mail("grothues-question-linie-20", "2027-09-07 11:05:33",
      E("question", "p.grothues@mail.example", "Peter Grothues", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Peter Grothues <p.grothues@mail.example>"),
           ("To", NWT),
           ("Subject", "Bus und freie Plätze?"),
           ("Date", m.date),
           ("Message-ID", "<20270907110533.GB4417@mail.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

zwei Fragen: Fährt die Linie 20 samstags auch schon vor 9 Uhr? Ich wohne
in Rhynern und müsste umsteigen. Und gibt es im Workshop 30 noch freie
Plätze? Dann würde ich mich noch anmelden.

Gruß
Peter Grothues
""", charset="iso-8859-15", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Topic and code together: "Projektanträge (die 40)"; "noch zwei Leute" = 3;
# "3 Projekte", "2023" are not choices.

@mail("markovic-die-40-plus-zwei", "2027-09-08 17:52:19",
      E("registration", "vesna.markovic@mail.example", "Vesna Marković",
        'Kulturverein "Sevdah" Hamm e.V.', ["W40"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Vesna Marković", "vesna.markovic@mail.example", "utf-8")),
           ("To", NWT),
           ("Subject", "Verbindliche Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<6a3f9e21-0b7c-4d58-a1e4-8f2c7b0d5e93@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Netzwerktag am 25.9. an –
Workshop: Projektanträge (die 40). Ich bringe noch zwei Leute aus unserem
Vorstand mit.

Wir haben im Verein 3 Projekte in Planung und bisher erst einen einzigen
Antrag geschrieben (2023, abgelehnt).

Mit freundlichen Grüßen
Vesna Marković
Kulturverein "Sevdah" Hamm e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation; plain-text Outlook quote of the confirmation (W20, 1) below a
# line of underscores; windows-1252 QP.

@mail("hengstenberg-cancel-outlook-plain", "2027-09-09 08:24:40",
      E("cancellation", "j.hengstenberg@integrationsrat-hamm.example", "Jörg Hengstenberg",
        "Integrationsrat der Stadt Hamm", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Hengstenberg, Jörg" <j.hengstenberg@integrationsrat-hamm.example>'),
           ("To", TO_NWT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2093C7D4A1E0F3B2@BE1P281MB2093.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270819153322.4b8f@hamm.example>"),
           ("References", "<mailbot.20270819153322.4b8f@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Kortmann,

leider muss ich meine Teilnahme am Netzwerktag absagen: Am 25.09. wurde kurzfristig eine Sondersitzung des Integrationsrats angesetzt. Bitte geben Sie meinen Platz weiter.

Mit freundlichen Grüßen
Jörg Hengstenberg
Integrationsrat der Stadt Hamm

________________________________
Von: {TO_NWT}
Gesendet: Donnerstag, 19. August 2027 15:33
An: Hengstenberg, Jörg <j.hengstenberg@integrationsrat-hamm.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Hengstenberg", "W20", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Arabic, windows-1256 QP; the workshop only by its topic (recognition of
# certificates) = W30; "منذ سنتين"; the date "25/9" in Western digits.

@mail("haddad-arabic-topic-only", "2027-09-09 20:10:05",
      E("registration", "reem.haddad@mail.example", "Reem Haddad", None, ["W30"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Haddad <reem.haddad@mail.example>"),
           ("To", NWT),
           m.subject("تسجيل", "windows-1256", "b"),
           ("Date", m.date),
           ("Message-ID", "<20270909201005.51c3e8@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرغب بالتسجيل في Netzwerktag يوم 25/9. أنا صيدلانية من دمشق، وأنتظر معادلة شهادتي منذ سنتين، لذلك أريد المشاركة في الورشة الخاصة بالاعتراف بالشهادات والعمل.

سأحضر وحدي.

مع الشكر
Reem Haddad
""", charset="windows-1256", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change in Polish; Thunderbird quote of the confirmation (W40, 2): "z 40 na
# 20", and now "w trójkę" (3).

@mail("kowal-polish-change-40-to-20", "2027-09-10 18:33:58",
      E("change", "magdalena.kowal@mail.example", "Magdalena Kowal",
        "Polska Szkoła Sobotnia w Hamm", ["W20"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Magdalena Kowal <magdalena.kowal@mail.example>"),
           ("To", NWT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2c8e5f13-9a0b-4d71-b6e2-47f1c3a9d085@mail.example>"),
           ("In-Reply-To", "<mailbot.20270827110207.6a2d@hamm.example>"),
           ("References", "<mailbot.20270827110207.6a2d@hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

czy mogłabym prosić o zmianę warsztatu z 40 na 20? Po rozmowie w zarządzie
uznałyśmy, że najpierw potrzebujemy porządnej strony internetowej,
a wnioski o dofinansowanie przyjdą później.

Poza tym przyjdzie z nami jeszcze nasza nauczycielka, pani Ewa, więc
będziemy w trójkę.

Pozdrawiam
Magdalena Kowal
Polska Szkoła Sobotnia w Hamm

W dniu 27.08.2027 o 11:02, Netzwerktag Integration Hamm pisze:
{gt_quote(confirmation("Frau Kowal", "W40", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Arabic question about childcare (two children, 3 and 7, Arabic-Indic
# digits); will register later -> question.

@mail("youssef-arabic-question-childcare", "2027-09-11 12:47:36",
      E("question", "amal.youssef@mail.example", "أمل يوسف", None, [], None, "ar"), "ar")
def _(m):
    text = """مرحباً،

نحن عائلة من حلب، ونفكر في المشاركة في يوم الشبكات في ٢٥ أيلول. هل توجد رعاية أطفال لطفلين (عمرهما ٣ و٧ سنوات)؟ وهل يجب أن ندفع شيئاً؟

إذا كان ذلك ممكناً سنسجل لاحقاً.

شكراً
أمل يوسف"""
    m.head(("From", addr("أمل يوسف", "amal.youssef@mail.example", "utf-8", "b")),
           ("To", NWT),
           m.subject("سؤال عن رعاية الأطفال", "utf-8", "b"),
           ("Date", m.date),
           ("Message-ID", "<CAB4wS1xN8r6Lp2ZmT5vY9nHc0dK3gF7jE1aU4oR6iV8qB2nXaq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(text, gmail_html(text, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 036 ---------------------------------------------------------------------
# Form-like block: "Workshop 1. Wahl: W20 / 2. Wahl: W10", persons 2, two
# children (4 and 8) for childcare; the subject is full of numbers too.

@mail("schaefer-okonkwo-form-block", "2027-09-13 10:19:22",
      E("registration", "anna.schaefer-okonkwo@mail.example", "Anna Schäfer-Okonkwo",
        "Interkultureller Frauenverein Hamm e.V.", ["W20", "W10"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Anna Schäfer-Okonkwo", "anna.schaefer-okonkwo@mail.example",
                         "iso-8859-1")),
           ("To", NWT),
           m.subject("Anmeldung Netzwerktag 25.09.2027 – 2 Pers. – W20", "utf-8"),
           ("Date", m.date),
           ("Message-ID", "<1789297162.3317.1@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Kortmann,

hier unsere Anmeldung:

Name: Anna Schäfer-Okonkwo
Organisation: Interkultureller Frauenverein Hamm e.V.
Personen: 2 (Anna Schäfer-Okonkwo, Joy Eze)
Workshop 1. Wahl: W20
Workshop 2. Wahl: W10
Kinderbetreuung: ja, 2 Kinder (4 und 8 J.)

Danke und bis zum 25.!
Anna
""", charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Bilingual out-of-office (German/English) to the reminder, recognisable only
# from its text: no Auto-Submitted, no X-Autoreply, no Precedence.

@mail("bilingual-ooo-text-only", "2027-09-18 08:00:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Dr. Ahmad Karimi <a.karimi@afghanischer-verein-hamm.example>"),
           ("To", NWT),
           ("Subject", "Abwesenheitsnotiz / Out of office: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270918080041.7d1e@afghanischer-verein-hamm.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270918080003.2f6b@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 24.09.2027 im Urlaub und
lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich
bitte an info@afghanischer-verein-hamm.example.

Thank you for your message. I am on holiday until 24 September 2027 and
will read my e-mails only occasionally. For urgent matters please contact
info@afghanischer-verein-hamm.example.

Ahmad Karimi
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation answering the reminder (W30, 2 persons), Gmail-style quote;
# "39 Fieber", "die 2 Plätze in der 30".

@mail("celik-cancel-reply-to-reminder", "2027-09-18 10:41:09",
      E("cancellation", "hasan.celik@ditib-hamm.example", "Hasan Çelik",
        "DITIB Türkisch-Islamische Gemeinde Hamm-Mitte", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Hasan Çelik", "hasan.celik@ditib-hamm.example", "iso-8859-9")),
           ("To", TO_NWT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE9tU2xR4m7Lk0ZpW6vB1nYc5dF8gS3jE7aU0oN4iK1vB6qXcl@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270918080001.8e2c@hamm.example>"),
           ("References", "<mailbot.reminder.20270918080001.8e2c@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Kortmann,

leider muss ich uns beide abmelden. Ich liege seit Donnerstag mit 39 Fieber
im Bett, und mein Kollege muss am 25. arbeiten. Die 2 Plätze in der 30
können Sie gern weitergeben.

Mit freundlichen Grüßen
Hasan Çelik
DITIB Türkisch-Islamische Gemeinde Hamm-Mitte

Am Sa., 18. Sept. 2027 um 08:00 Uhr schrieb Netzwerktag Integration Hamm <{NWT}>:
{gt_quote(reminder("Herr Çelik", "W30", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change from an iPhone quoting the confirmation (W40, 1): "in die 30 statt in
# die 40", fallback "bleibe ich in der 40" -> W30, then W40.

AYDOGAN_TEXT = """Hallo,

ich möchte doch lieber in die 30 statt in die 40. Falls die 30 schon voll ist, bleibe ich einfach in der 40.

Danke
Bülent Aydoğan

Von meinem iPhone gesendet"""


@mail("aydogan-change-30-else-stay-40", "2027-09-19 16:02:51",
      E("change", "buelent.aydogan@mail.example", "Bülent Aydoğan", None,
        ["W30", "W40"], None, "de"), "de")
def _(m):
    attr_line = f"Am 02.09.2027 um 18:20 schrieb Netzwerktag Integration Hamm <{NWT}>:"
    conf = confirmation("Herr Aydoğan", "W40", 1)
    plain = f"{AYDOGAN_TEXT}\n\n{attr_line}\n\n{gt_quote(conf)}\n"
    m.head(("From", addr("Bülent Aydoğan", "buelent.aydogan@mail.example", "utf-8")),
           ("To", TO_NWT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E4A7C2B9-0D3F-4E18-9B6A-2C5F8D1E7A40@mail.example>"),
           ("In-Reply-To", "<mailbot.20270902182004.0c7e@hamm.example>"),
           ("References", "<mailbot.20270902182004.0c7e@hamm.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("MIME-Version", "1.0"))
    quote_html = ("<div><br><blockquote type=\"cite\">" + esc(attr_line) + "<br><br>"
                  + "<br>".join(esc(line) for line in conf.split("\n"))
                  + "</blockquote></div>")
    html_text = apple_html(AYDOGAN_TEXT).replace("</body>", quote_html + "</body>")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 040 ---------------------------------------------------------------------
# Cancellation in Russian; Yandex-style quote of the confirmation (W10, 2);
# Cyrillic signature, Latin display name; "25 сентября".

@mail("moroz-russian-cancel", "2027-09-20 09:12:37",
      E("cancellation", "tatjana.moroz@mail.example", "Татьяна Мороз", None, [], None, "ru"),
      "ru")
def _(m):
    m.head(("From", "Tatjana Moroz <tatjana.moroz@mail.example>"),
           ("To", NWT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1218471789876543@mail.yandex.example>"),
           ("In-Reply-To", "<mailbot.20270824171530.5f9b@hamm.example>"),
           ("References", "<mailbot.20270824171530.5f9b@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

К сожалению, мы с дочерью не сможем прийти 25 сентября: у внучки в этот
день операция. Пожалуйста, отмените нашу регистрацию.

Спасибо и извините.
Татьяна Мороз

24.08.2027, 17:15, "Netzwerktag Integration Hamm" <{NWT}>:
{gt_quote(confirmation("Frau Moroz", "W10", 2))}
""", charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Change of party size only (2 -> 4), no new workshop; GMX-style quote of the
# confirmation (W20, 2).

@mail("nguyen-change-party-size-gmx", "2027-09-21 19:48:03",
      E("change", "lan.nguyen@gmx-mail.example", "Thi Lan Nguyen",
        "Deutsch-Vietnamesischer Verein Hamm e.V.", [], 4, "de"), "de")
def _(m):
    m.head(("From", "Thi Lan Nguyen <lan.nguyen@gmx-mail.example>"),
           ("To", NWT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-0e4c8a2f-6b1d-4f93-a7c5-3d9e1b5f7a02-1789928883117@3c-app-gmx-bap61>"),
           ("In-Reply-To", "<mailbot.20270830164411.2d8a@hamm.example>"),
           ("References", "<mailbot.20270830164411.2d8a@hamm.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Liebe Frau Kortmann,

bei uns haben sich noch zwei Mitglieder gemeldet, die mitkommen möchten. Wir wären dann zu viert statt zu zweit. Geht das noch?

Viele Grüße
Thi Lan Nguyen
Deutsch-Vietnamesischer Verein Hamm e.V.

Gesendet: Montag, 30. August 2027 um 16:44 Uhr
Von: "Netzwerktag Integration Hamm" <{NWT}>
An: lan.nguyen@gmx-mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Nguyen", "W20", 2)}"""
    m.alternative(text, div_html(text, "font-family: Verdana;font-size: 12.0px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Cancellation in Arabic; Gmail (Arabic interface) quote of the confirmation
# (W40, 1); Arabic signature, Latin display name.

NASSER_TEXT = """مرحباً،

للأسف لن أتمكن من الحضور يوم السبت ٢٥ أيلول بسبب ظرف عائلي طارئ. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

مع الشكر والتقدير
سامر ناصر"""

NASSER_ATTR = ("في الخميس، 2 سبتمبر 2027 في 11:30 ص، كتب Netzwerktag Integration Hamm "
               f"<{NWT}>:")


@mail("nasser-arabic-cancel", "2027-09-22 07:55:26",
      E("cancellation", "samer.nasser@mail.example", "سامر ناصر", None, [], None, "ar"), "ar")
def _(m):
    conf = confirmation("Herr Nasser", "W40", 1)
    m.head(("From", "Samer Nasser <samer.nasser@mail.example>"),
           ("To", TO_NWT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG6vQ3xL1r8Mp4ZnT7wB2nYc9dH5gS0jE4aU6oK8iR3vB1qXns@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902113012.3e1f@hamm.example>"),
           ("References", "<mailbot.20270902113012.3e1f@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NASSER_TEXT}\n\n{NASSER_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(NASSER_TEXT, rtl=True,
                                    quote_html=gmail_quote_html(NASSER_ATTR, conf)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Late registration after the 15.09 deadline: "den Workshop in Raum 1.12, den
# mit der Elternarbeit" = W10; "sonst egal welcher" adds no choice; 94
# children from 17 nations.

@mail("pieper-late-raum-1-12", "2027-09-22 13:30:14",
      E("registration", "s.pieper@fz-st-agnes.example", "Sandra Pieper",
        "Familienzentrum St. Agnes", ["W10"], 1, "de"), "de")
def _(m):
    m.head(("From", "Sandra Pieper <s.pieper@fz-st-agnes.example>"),
           ("To", NWT),
           ("Subject", "Nachmeldung Netzwerktag?"),
           ("Date", m.date),
           ("Message-ID", "<20270922133014.6b0e4f@fz-st-agnes.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Kortmann,

ich weiß, die Anmeldefrist war am 15.09. – ist trotzdem noch was frei?
Dann tragen Sie mich bitte für den Workshop in Raum 1.12 ein, den mit der
Elternarbeit. Falls da nichts mehr geht, ist mir auch egal, welcher.

Bei uns im Familienzentrum sind 94 Kinder aus 17 Nationen, da ist
Elternarbeit unser tägliches Brot.

Viele Grüße
Sandra Pieper
Leitung Familienzentrum St. Agnes
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
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
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


def decoded_text(msg):
    """Decoded headers and text bodies (HTML unescaped), nested parts included."""
    chunks = []
    for p in all_parts(msg):
        for k, v in p.items():
            chunks.append(f"{k}: {v}")
        if p.get_content_maintype() == "text":
            body = p.get_content()
            chunks.append(body)
            if p.get_content_subtype() == "html":
                chunks.append(html.unescape(re.sub(r"<[^>]+>", "\n", body)))
    return "\n".join(chunks)


def check_labels(e):
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if k == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad change party_size")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
    else:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient set iff bounce")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    for h, want_text in m.encoded_headers.items():
        if str(msg[h]) != want_text:
            problems.append(f"header {h} decodes to {str(msg[h])!r}")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(e)
    k = e["kind"]
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if k in ("registration", "change", "cancellation", "question"):
        if e["email"] not in text.lower():
            problems.append("email not in the mail")
        if e["name"] not in text:
            problems.append("name not written in the mail")
        if e["organisation"] and e["organisation"] not in text:
            problems.append("organisation not written in the mail")
    if k in ("change", "cancellation"):
        if not msg["In-Reply-To"] or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the organiser")
    return problems


def sender(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return getaddresses([str(msg["From"])])[0][1].lower()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kinds:", dict(sorted(kinds.items())))
    print(f"{'kind':13}" + "".join(f"{l:>4}" for l in LANGS) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in LANGS]
        print(f"{k:13}" + "".join(f"{n:>4}" for n in row) + f"{sum(row):>5}")
    print(f"{'all':13}" + "".join(f"{sum(table[(k, l)] for k in KINDS):>4}" for l in LANGS)
          + f"{len(built):>5}")
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            encs[(p.get_content_charset() or "us-ascii",
                  str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), n in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {n}")


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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
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
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
