#!/usr/bin/env python3
"""Build the "slips and accidents" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (same config as dev), 40 mails in which people and their mail
programs slip: typos in workgroup numbers and words, autocorrect, keyboard-layout
accidents (Cyrillic, Turkish dotless i, missing umlauts, ss for ß, Arabic-Indic digits),
a mail sent twice, a mail sent too early, a subject-only mail, a one-line registration on
top of a Fwd: Fwd: chain, family and shared accounts, an Outlook recall, mojibake from a
misconfigured client, bounces for mistyped addresses.

Every mail text is written by hand below.  The script wraps the texts in MIME with the
standard `email` package, writes the files and reads every file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, charset

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths are
relative to this script's folder.  Python 3.11, standard library only.
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
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270112140301@muenster.example>"
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
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
    return hashlib.sha256(f"final16g/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
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
            host = ("smtp." if domain in ("mail.example", "poczta.example") else "mail.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(
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

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_NextPart_000_{h[:4].upper()}_01DB{h[4:8].upper()}.{h[8:16].upper()}"

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
                    style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, cte)]
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
# texts several mails use: our invitation, confirmation and reminders
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Am Vormittag hören wir einen Impulsvortrag mit anschließender Diskussion.
Am Nachmittag tagen drei Arbeitsgruppen parallel:

  AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit
         Migrationsvorgeschichte
  AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldungen nehmen wir bis Samstag, 6. März 2027, unter
mso-tag@muenster.example entgegen. Bitte schreiben Sie uns Ihren Namen,
Ihre Organisation (falls vorhanden), Ihre Wunsch-AG und mit wie vielen
Personen Sie kommen. Jede AG hat 30 Plätze.

Die Teilnahme ist kostenfrei, für Kaffee und Mittagessen ist gesorgt.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}
REMINDER_7D_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER_1D_SUBJECT = "Erinnerung: morgen ist Tag der Migrantenselbstorganisationen"


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Diese Angaben haben wir gespeichert:

Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese
Nachricht.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
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


# ---------------------------------------------------------------------------
# HTML flavours
# ---------------------------------------------------------------------------

def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
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
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset="windows-1252"):
    body = "\n".join(mso_p(line) for line in text.split("\n"))
    return outlook_head(charset) + body + "\n</div>\n</body>\n</html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="ltr">{inner}</div>\n'


def gmail_fwd_html(top, forwarded):
    """Gmail forward: the new text, then the chain inside div.gmail_quote."""
    quoted = "<br>\n".join(esc(line) for line in forwarded.split("\n"))
    return (f'<div dir="ltr">{esc(top)}<br><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{quoted}</div></div></div>\n')


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body dir="auto">' + inner + "</body></html>\n")


def webmail_html(text):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return ('<html><head></head><body><div style="font-family: Arial, Helvetica, sans-serif;'
            f'font-size: 10pt;">{divs}</div></body></html>\n')


# keyboard slips
CYR_LOOKALIKE = str.maketrans({"a": "\u0430", "A": "\u0410", "o": "\u043e", "e": "\u0435"})


def cyr(word, letters="aAoe"):
    """The word with the given Latin letters replaced by Cyrillic look-alikes."""
    return "".join(ch.translate(CYR_LOOKALIKE) if ch in letters else ch for ch in word)


def mojibake(text):
    """UTF-8 bytes read as windows-1252 (what a misconfigured client sends)."""
    return text.encode("utf-8").decode("cp1252")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all three AGs in the quote).
# "Arbeitsguppe zwie": two typos in one phrase; "also zu zweit" = 2.

@mail("kilinc-arbeitsguppe-zwie-reply", "2027-01-12 15:22:40",
      E("registration", "orhan.kilinc@tikv-muenster.example", "Orhan Kılınç",
        "Türkisch-Islamischer Kulturverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Orhan Kılınç <orhan.kilinc@tikv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5a0c7e21-9d4b-4f3a-b812-6e0f3c9d2a71@tikv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung, wir sind gerne wieder dabei. Ich melde mich
und unseren Jugendbeauftragten Yusuf Aktaş für die Arbeitsguppe zwie an,
also zu zweit.

Beste Grüße
Orhan Kılınç

-- 
Türkisch-Islamischer Kulturverein Münster e.V.
Schriftführer

Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# iPhone, the 3 typed twice: "AG 33".

@mail("okoye-ag-33-iphone", "2027-01-12 21:48:05",
      E("registration", "bernadette.okoye@mail.example", "Bernadette Okoye",
        "Ebony – Afrikanischer Frauenverein Münster", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Bernadette Okoye <bernadette.okoye@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<7C1E2B90-4F6A-4D3B-9A85-1E0D7C6B5A43@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich für den MSO Tag an, AG 33 bitte. Ich komme alleine.

LG Bernadette Okoye
Ebony – Afrikanischer Frauenverein Münster

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Outlook, multipart/alternative in windows-1250 (her name has ć).  "Ag2":
# shift let go too early.  She will recall this mail (004) and correct it (005).

MARKOVIC_SIG = """Jovana Marković
Migrationsberatung für erwachsene Zugewanderte
Caritasverband für die Stadt Münster e.V.
Josefstraße 2 · 48151 Münster
Tel. 0251 53 00 9-41"""

MARKOVIC_TEXT = f"""Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich verbindlich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Ich möchte gerne an der Ag2 teilnehmen.

Mit freundlichen Grüßen

{MARKOVIC_SIG}"""

MARKOVIC_FROM = f"{ew('Marković, Jovana', 'windows-1250', 'q')} <jovana.markovic@caritas-ms.example>"


@mail("markovic-outlook-ag2", "2027-01-13 08:15:12",
      E("registration", "jovana.markovic@caritas-ms.example", "Jovana Marković",
        "Caritasverband für die Stadt Münster e.V.", ["AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", MARKOVIC_FROM),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtlqV0xR3m8cK2sTeu9bW4nF1oZpQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7410A2C4E6F81B3D5@DB9PR03MB7410.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(MARKOVIC_TEXT, outlook_html(MARKOVIC_TEXT, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Outlook "Rückruf" (message recall) as it reaches an outside mailbox: a plain
# message saying she would like to recall 003.  Not a registration, not a
# cancellation of her attendance: other.

RECALL_TEXT = "Marković, Jovana möchte die Nachricht \"Anmeldung MSO-Tag 2027\" zurückrufen."


@mail("markovic-outlook-recall", "2027-01-13 08:21:40",
      E("other"), "de", tz=0)
def _(m):
    m.head(("From", MARKOVIC_FROM),
           ("To", TO_MSO),
           ("Subject", ew("Rückruf: Anmeldung MSO-Tag 2027", "windows-1250", "q")),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtlqV0xR3m8cK2sTeu9bW4nF1oZpQAAMq8e"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7410C7D91E2A4F6B0@DB9PR03MB7410.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RECALL_TEXT, outlook_html(RECALL_TEXT, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# The correction after the failed recall: AG 1 instead of AG 2 -> change.

MARKOVIC_FIX = f"""Sehr geehrte Frau Meza Correa-Flock,

bitte entschuldigen Sie das Durcheinander: In meiner Mail von eben habe ich mich bei der Arbeitsgruppe vertippt. Ich möchte nicht in die AG 2, sondern in die AG 1 (Bildungssystem). Den Rückruf haben Sie wahrscheinlich trotzdem bekommen, deshalb schreibe ich lieber noch einmal.

Mit freundlichen Grüßen

{MARKOVIC_SIG}"""


@mail("markovic-correction-ag1", "2027-01-13 08:26:03",
      E("change", "jovana.markovic@caritas-ms.example", "Jovana Marković",
        "Caritasverband für die Stadt Münster e.V.", ["AG1"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", MARKOVIC_FROM),
           ("To", TO_MSO),
           ("Subject", "Korrektur: Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Korrektur: Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtlqxP4n7Vb0c3aSM2xk8eR5tYuWg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB74105E8F02B3C7A19@DB9PR03MB7410.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(MARKOVIC_FIX, outlook_html(MARKOVIC_FIX, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Learner German from an Android phone; "A G 1" with a stray space; "3 Kinder"
# is not a party size.

@mail("yusuf-a-g-1-android", "2027-01-13 19:02:33",
      E("registration", "abdirahman.yusuf@mail.example", "Abdirahman Yusuf",
        "Somalische Gemeinde Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Abdirahman Yusuf <abdirahman.yusuf@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAPx9vR2kW7nQ4tB1mZ8yL3sH6dJ0fGcE5aU2oN7iK9vB4qXwTm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend

Ich will kommen zu Tag von Migranten Organisation am 13.3. Ich nehme A G 1 weil ich habe 3 Kinder in Schule und will mehr lernen über Schulsystem in Deutschland.
Nur ich komme.

Danke
Abdirahman Yusuf
Somalische Gemeinde Münster e.V.

Gesendet von Android""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Keyboard slip: Cyrillic look-alike letters inside German words (Subject
# "Аnmeldung", body "АG 2", "Tаg", "аllein").  Her saved signature is clean.

BONDARENKO_TEXT = f"""Guten {cyr('Tag')},

hiermit möchte ich mich zum {cyr('Tag')} der {cyr('Migrantenselbstorganisationen', 'a')} {cyr('am', 'a')} 13. März {cyr('anmelden', 'a')}. Ich interessiere mich für die {cyr('AG', 'A')} 2. Ich {cyr('komme', 'o')} {cyr('allein', 'a')}.

Vielen D{cyr('a')}nk und freundliche Grüße

Iryna Bondarenko
Ukrainischer Kulturverein Kalyna Münster e.V."""


@mail("bondarenko-cyrillic-lookalikes", "2027-01-14 10:30:57",
      E("registration", "iryna.bondarenko@kalyna-ms.example", "Iryna Bondarenko",
        "Ukrainischer Kulturverein Kalyna Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Iryna Bondarenko <iryna.bondarenko@kalyna-ms.example>"),
           ("To", MSO),
           ("Subject", f"{cyr('Anmeldung', 'A')} zum MSO-{cyr('Tag')}"),
           ("Date", m.date),
           ("Message-ID", "<CAM3hT8qV1nX5wR9bK2sY7dF4gJ0cL6zE8aP1oU3iN5vB7qWrxA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDARENKO_TEXT, gmail_html(BONDARENKO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# German typed on a Turkish-Q keyboard: every i came out as dotless ı (the
# saved signature is clean).  No ä or ß on that keyboard: "Grüssen".
# iso-8859-9 quoted-printable.  "mıt zweı Kollegen" = 3 persons.

DOGAN_TYPED = """Sehr geehrte Damen und Herren,

hiermit möchte ich mich und zwei Kollegen aus unserem Vorstand für den Tag der Migrantenselbstorganisationen anmelden. Wir möchten gerne in die Arbeitsgruppe 1 (Bildungssystem), weil viele Eltern in unserem Verein Fragen zur Schule haben.

Vielen Dank im Voraus!

Mit freundlichen Grüssen""".replace("i", "ı")

DOGAN_TEXT = DOGAN_TYPED + """
Serkan Doğan
Türkisch-Deutscher Elternverein Coerde e.V.
Tel. 0176 4431 2290"""


@mail("dogan-turkish-dotless-i", "2027-01-14 16:55:21",
      E("registration", "serkan.dogan@tdev-coerde.example", "Serkan Doğan",
        "Türkisch-Deutscher Elternverein Coerde e.V.", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Serkan Doğan", "serkan.dogan@tdev-coerde.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag Anmeldung 3 Personen", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270114165521.3f8a1c@webmail.tdev-coerde.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(DOGAN_TEXT, charset="iso-8859-9", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Autocorrect "Bildung" -> "Bindung", plus "Arbeitsgrupe".  A teacher: the
# school is her organisation.

SCHREIBER_TEXT = """Guten Morgen,

ich würde gern als Lehrerin am MSO-Tag teilnehmen und mich für die Arbeitsgrupe zum Thema Bindung anmelden. An unserer Schule gibt es drei Seiteneinsteigerklassen, und ich erhoffe mir Kontakte zu Elternvereinen.

Herzliche Grüße
Tatjana Schreiber
Mathilde-Anneke-Gesamtschule Münster"""


@mail("schreiber-arbeitsgrupe-bindung", "2027-01-15 08:12:44",
      E("registration", "t.schreiber@mags-ms.example", "Tatjana Schreiber",
        "Mathilde-Anneke-Gesamtschule Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tatjana Schreiber <t.schreiber@mags-ms.example>"),
           ("To", MSO),
           ("Subject", "Teilnahme MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<0b3e6f1a-8c2d-47e9-a5b4-d9c1e2f3a806@mags-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.6.0"),
           ("MIME-Version", "1.0"))
    m.alternative(SCHREIBER_TEXT, webmail_html(SCHREIBER_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Family account: From is her father, she writes and signs.  Turkish typed
# on a German keyboard, so no Turkish letters at all (us-ascii 7bit).
# "Kardesim Burak da benimle gelecek, yani 2 kisiyiz" = my brother Burak comes
# too, so we are 2.  "2. calisma grubu" = the 2nd workgroup.

@mail("demirci-family-account-turkish", "2027-01-15 20:40:10",
      E("registration", "ramazan.demirci@mail.example", "Elif Demirci",
        "Genc Adimlar Dernegi Munster", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Ramazan Demirci <ramazan.demirci@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO gunu kayit"),
           ("Date", m.date),
           ("Message-ID", "<1768506010.447120.88213@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

ben Elif Demirci, babamin e-posta adresinden yaziyorum. 13 Mart'taki MSO gunune (Tag der Migrantenselbstorganisationen) kayit olmak istiyorum. 2. calisma grubuna (Munster'in gelecegi / Zukunftsprozess) katilmak istiyorum. Kardesim Burak da benimle gelecek, yani 2 kisiyiz.

Cevabi bu adrese gonderebilirsiniz, babam bana iletir.

Tesekkurler
Elif Demirci
Genc Adimlar Dernegi Munster""", charset="us-ascii", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# Swiss spelling: ss for ß throughout ("Grüsse", "Strasse", "gemäss").
# First and second choice; 2 persons.  iso-8859-1 8bit.

@mail("krasniqi-swiss-ss", "2027-01-16 11:05:19",
      E("registration", "arber.krasniqi@illyria-ms.example", "Arbër Krasniqi",
        "Albanischer Kulturverein Illyria Münster", ["AG3", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Arbër Krasniqi", "arber.krasniqi@illyria-ms.example", "iso-8859-1")),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der MSO - Kulturverein Illyria"),
           ("Date", m.date),
           ("Message-ID", "<a81f7c2e-3b40-4d95-9e16-5c7a0b8d2f34@illyria-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.18.0"),
           ("MIME-Version", "1.0"))
    m.single("""Grüezi Frau Meza Correa-Flock

Gerne melde ich mich und unsere Kassiererin, Frau Drita Berisha, für den Tag der Migrantenselbstorganisationen an. Unser Wunsch wäre die Arbeitsgruppe 3 (Förderung und Vereinsmanagement), alternativ die Arbeitsgruppe 1. Gemäss Beschluss unserer Vereinsversammlung sollen wir uns vor allem über Fördermittel informieren, weil wir ab nächstem Jahr ein grösseres Projekt planen.

Ich bin vor zwei Jahren aus Zürich nach Münster gezogen, darum bitte ich um Nachsicht für die Schweizer Schreibweise.

Freundliche Grüsse

Arbër Krasniqi
Präsident
Albanischer Kulturverein Illyria Münster
Hammer Strasse 57, 48153 Münster
""", charset="iso-8859-1", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# iPad autocorrect: "AG Zwei", "Migranten Selbstorganisationen", "Zukunfts
# Planung".  Apple Mail multipart/alternative.

RUSSO_TEXT = """Liebes Team vom MSO-Tag,

ich möchte mich gerne für den 13. März anmelden. Am meisten interessiert mich die AG Zwei, weil ich im Stadtteilbeirat Kinderhaus sitze und die Zukunfts Planung der Stadt schon länger verfolge.

Ich komme allein.

Viele Grüße
Chiara Russo
Italienischer Kulturkreis Münster e.V.

Von meinem iPad gesendet"""


@mail("russo-ag-zwei-autocorrect", "2027-01-17 14:20:36",
      E("registration", "chiara.russo@mail.example", "Chiara Russo",
        "Italienischer Kulturkreis Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Chiara Russo <chiara.russo@mail.example>"),
           ("Subject", "Anmeldung Tag der Migranten Selbstorganisationen"),
           ("Message-Id", "<E4B7D2A1-6C3F-4E98-B05A-92F1C8D7E6A3@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPad Mail (22C152)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(RUSSO_TEXT, apple_html(RUSSO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 013, 014 ----------------------------------------------------------------
# The same registration sent twice two seconds apart (double click on "Senden"
# in a slow webmail): identical text, two Message-IDs.  Both are registrations.

HODZIC_TEXT = """Guten Tag Frau Meza Correa-Flock,

der Bosnisch-Herzegowinische Kulturverein Münster e.V. meldet sich mit 3 Personen zum Tag der Migrantenselbstorganisationen an:

- Edina Hodžić
- Amra Selimović
- Nermin Begić

Wir möchten alle drei in die AG 1.

Mit freundlichen Grüßen
Edina Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""

HODZIC_E = E("registration", "edina.hodzic@bhkv-muenster.example", "Edina Hodžić",
             "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG1"], 3, "de")


def _hodzic(m, msgid):
    m.head(("From", "Edina Hodžić <edina.hodzic@bhkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag Bosnischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", msgid),
           ("MIME-Version", "1.0"))
    m.alternative(HODZIC_TEXT, webmail_html(HODZIC_TEXT), charset="utf-8",
                  cte="quoted-printable")


@mail("hodzic-sent-twice-first", "2027-01-18 09:40:12", HODZIC_E, "de")
def _(m):
    _hodzic(m, "<trinity-4e2a9c71-0d3b-4f86-a1e5-7b9c2d4f6a80-1768725612338@3c-app-webde-bap51>")


@mail("hodzic-sent-twice-second", "2027-01-18 09:40:14", HODZIC_E, "de")
def _(m):
    _hodzic(m, "<trinity-9b1f3d52-6e7a-4c08-b2d4-1a3c5e7f9b12-1768725614102@3c-app-webde-bap51>")


# -- 015 ---------------------------------------------------------------------
# US keyboard: umlauts simply left out ("mochte", "fur", "Grussen",
# "Munster"); "AG3 3" with a stray digit; "wir sind also 2 Personen".

@mail("noori-ag3-3-no-umlauts", "2027-01-19 13:10:48",
      E("registration", "hamid.noori@pamir-verein.example", "Hamid Noori",
        "Afghanischer Kulturverein Pamir Munster e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hamid Noori <hamid.noori@pamir-verein.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung fur MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<000c01db6a61$8e2f1b40$aa8d51c0$@pamir-verein.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich mochte mich und meinen Kollegen Javad Rezai fur den Tag der Migrantenselbstorganisationen am 13. Marz anmelden. Wir wurden gerne an der AG3 3 teilnehmen.

Wir sind also 2 Personen.

Mit freundlichen Grussen
Hamid Noori
Afghanischer Kulturverein Pamir Munster e.V.
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Sent too early from the phone: the mail stops mid-sentence, before the
# workgroup, the organisation and the signature.  Still a registration
# ("ich möchte mich ... anmelden"), with no workgroup yet.

@mail("alhassan-sent-too-early", "2027-01-20 22:05:09",
      E("registration", "nour.alhassan@mail.example", "Nour Al-Hassan", None, [], 1, "de"), "de")
def _(m):
    m.head(("From", "Nour Al-Hassan <nour.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAFr2nT7xQ4wB9kV1mY6sL3dH8pJ0gZcE2aU5oN9iK7vR4qWtEs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Guten Abend,

ich möchte mich gerne für den MSO-Tag am 13. März anmelden. Ich arbeite ehrenamtlich im"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 017 ---------------------------------------------------------------------
# The complete mail six minutes later: AG 2, else AG 3; alone.

NOUR_TEXT = """Guten Abend nochmal,

sorry, die letzte Mail ist mir aus Versehen zu früh rausgerutscht. Hier alles komplett:

Ich möchte mich gerne für den MSO-Tag am 13. März anmelden. Ich arbeite ehrenamtlich im Syrischen Kulturhaus Münster und würde am liebsten in die AG 2 gehen. Wenn dort kein Platz mehr ist, nehme ich gerne die AG 3. Ich komme allein.

Viele Grüße
Nour Al-Hassan
Syrisches Kulturhaus Münster e.V."""


@mail("alhassan-complete-mail", "2027-01-20 22:11:52",
      E("registration", "nour.alhassan@mail.example", "Nour Al-Hassan",
        "Syrisches Kulturhaus Münster e.V.", ["AG2", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nour Al-Hassan <nour.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (jetzt vollständig)"),
           ("Date", m.date),
           ("Message-ID", "<CAFr2nT9yP1vC6kW3mX8sL5dH0qJ2gZcE4aU7oN1iK9vR6qWuFt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOUR_TEXT, gmail_html(NOUR_TEXT), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 018 ---------------------------------------------------------------------
# Everything in the Subject; the body is only the phone's signature line.
# The From display name is just "Leyla".

@mail("demir-subject-only", "2027-01-21 07:58:30",
      E("registration", "leyla.demir@mail.example", "Leyla Demir",
        "Frauentreff Berg Fidel", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla <leyla.demir@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag: Leyla Demir, Frauentreff Berg Fidel, AG 1, 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<B2D4F6A8-1C3E-4A5B-8D7F-9E0A1B2C3D4E@mail.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("\n\nVon meinem iPhone gesendet", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# The body is a Fwd: Fwd: chain; the registration is the single line on top.
# The chair's forward below says "Ich gehe in die AG 2" and mentions AG 1,
# and the invitation lists all three: none of that is her choice.

BOUZID_TOP = ("Bitte melden Sie mich (Samira Bouzid, Deutsch-Tunesischer Kulturverein) "
              "und meine Kollegin Amel Trabelsi für die AG 3 an – danke!")

BOUZID_FWD = f"""---------- Forwarded message ---------
Von: Karim Ben Salah <karim.bensalah@dtkv-muenster.example>
Date: Mi., 20. Jan. 2027 um 19:44 Uhr
Subject: Fwd: {INVITATION_SUBJECT}
To: <vorstand@dtkv-muenster.example>


Liebe alle,

anbei die Einladung der Stadt zum MSO-Tag. Wer Zeit hat, meldet sich bitte selbst direkt dort an. Ich gehe in die AG 2, schön wäre, wenn jemand von uns die AG 1 übernimmt.

Gruß
Karim

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Date: Di., 12. Jan. 2027 um 14:03 Uhr
Subject: {INVITATION_SUBJECT}
To: Tag der Migrantenselbstorganisationen <{MSO}>


{INVITATION}"""


@mail("bouzid-fwd-fwd-one-line-on-top", "2027-01-22 12:30:05",
      E("registration", "samira.bouzid@mail.example", "Samira Bouzid",
        "Deutsch-Tunesischer Kulturverein", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Samira B. <samira.bouzid@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAGk5sP1wR8tY3uI6oQ9aS2dF5gH7jK0lZ3xC6vB9nM1qEe4RtZ@mail.gmail.example>"),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    m.alternative(BOUZID_TOP + "\n\n" + BOUZID_FWD, gmail_fwd_html(BOUZID_TOP, BOUZID_FWD),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Family account: From is her husband; she signs.  She asks for the
# confirmation at her own address -- and mistypes it ("bereger"); the
# confirmation bounces (021).  The label keeps the address she asked for.

@mail("berger-husbands-account-own-address", "2027-01-23 18:15:27",
      E("registration", "olga.bereger@mail.example", "Olga Berger",
        "Begegnungszentrum Heimat e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thomas Berger <thomas.berger@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<3e9b1d70-52c4-4a8f-96e2-0f7a1c3b5d28@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.5.2"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich schreibe vom E-Mail-Konto meines Mannes, weil mein Laptop gerade in
der Reparatur ist. Ich möchte mich gerne für den Tag der
Migrantenselbstorganisationen anmelden, und zwar für die AG 2
(Zukunftsprozess). Mein Mann kommt nicht mit, ich bin also allein.

Die Bestätigung schicken Sie bitte an meine eigene Adresse:
olga.bereger@mail.example

Vielen Dank!
Olga Berger
Begegnungszentrum Heimat e.V.
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce of that confirmation: the provider rejects the mistyped
# mailbox at RCPT time.  Returns only the headers (text/rfc822-headers).

def _bereger_headers():
    return f"""Return-Path: <{MSO}>
Received: by mail.muenster.example (Postfix, from userid 1003)
	id 6C1E03A2F4; Sat, 23 Jan 2027 18:15:31 +0100 (CET)
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: olga.bereger@mail.example
Subject: {CONFIRMATION_SUBJECT}
Date: Sat, 23 Jan 2027 18:15:31 +0100
Message-ID: <mailbot.20270123181531.8b2d@muenster.example>
In-Reply-To: <3e9b1d70-52c4-4a8f-96e2-0f7a1c3b5d28@mail.example>
References: <3e9b1d70-52c4-4a8f-96e2-0f7a1c3b5d28@mail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("postfix-bounce-bereger-typo", "2027-01-23 18:15:49",
      E("bounce", bounced="olga.bereger@mail.example"), "en")
def _(m):
    rcpt = "olga.bereger@mail.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270123171549.6C1E03A2F4@mail.muenster.example>"),
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

<{rcpt}>: host mx01.mail.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "6C1E03A2F4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat, 23 Jan 2027 18:15:31 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.mail.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    headers = m.text(_bereger_headers(), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Russian in koi8-r.  "рабочая группа З": Cyrillic Ze typed for the digit 3
# (the description that follows is AG 3's topic).  "Мы с женой" / "Нас будет
# двое" = 2.  The From name is Cyrillic, the signature is the German passport
# spelling.

@mail("sokolow-russian-koi8r-ze-for-3", "2027-01-25 10:00:31",
      E("registration", "a.sokolow@raduga-ms.example", "Andrej Sokolow",
        "Deutsch-Russischer Elternclub \"Raduga\" e.V.", ["AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Андрей Соколов", "a.sokolow@raduga-ms.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769331631.512340877@f214.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Мы с женой хотели бы зарегистрироваться на День организаций мигрантов 13 марта в Мюнстере. Нас интересует рабочая группа З - финансирование и управление общественной организацией.

Нас будет двое.

С уважением,
Andrej Sokolow
Deutsch-Russischer Elternclub "Raduga" e.V.
""", charset="koi8-r", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Ukrainian typed on a Russian layout: Latin "i" for Ukrainian і/ї, "е" for
# є (he says so himself).  windows-1251 quoted-printable.

@mail("shevchuk-ukrainian-latin-i", "2027-01-26 17:45:02",
      E("registration", "mykola.shevchuk@mail.example", "Микола Шевчук",
        "Товариство украiнцiв Мюнстера", ["AG2"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Mykola Shevchuk <mykola.shevchuk@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Реестрацiя на MSO-Tag", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270126174502.GA30112@laptop.mail.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Хочу зарееструватися на День органiзацiй мiгрантiв 13 березня. Мене цiкавить робоча група 2 – про майбутне Мюнстера (Zukunftsprozess).
Буду сам.

Вибачте, що пишу без украiнських лiтер – на цьому ноутбуцi тiльки росiйська розкладка.

З повагою
Микола Шевчук
Товариство украiнцiв Мюнстера
""", charset="windows-1251", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Change, reply to our confirmation.  The first word was typed on the
# Russian layout: "Рфддщ" is "Hallo" on the same keys.  AG 1 -> AG 3.

@mail("lange-russian-layout-hallo-change", "2027-02-02 17:20:08",
      E("change", "viktor.lange@lmdr-ms.example", "Viktor Lange",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG3"], None, "de"),
      "de")
def _(m):
    m.head(("From", "Viktor Lange <viktor.lange@lmdr-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000001db75a3$5c8e2d10$15aa8730$@lmdr-ms.example>"),
           ("In-Reply-To", "<mailbot.20270118110244.1f7c@muenster.example>"),
           ("References", "<mailbot.20270118110244.1f7c@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Рфддщ,

ich möchte bitte von der AG 1 in die AG 3 wechseln. Bei uns im Verein steht nächstes Jahr ein Förderantrag an, da passt die AG 3 besser.

Danke und Gruß
Viktor Lange
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Montag, 18. Januar 2027 11:02
An: viktor.lange@lmdr-ms.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Lange", "AG1", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Arabic with Arabic-Indic digits from the keyboard: "مجموعة العمل ٣" (AG 3)
# and "عددنا ٢" (we are 2: himself and one colleague).  Signature in Arabic
# and Latin script.  UTF-8 base64, Gmail alternative.

MANSOUR_TEXT = """السلام عليكم،

أرغب في تسجيل نفسي وزميل من جمعيتنا في يوم منظمات المهاجرين الذاتية يوم السبت ١٣ آذار ٢٠٢٧ في مونستر.
نختار مجموعة العمل ٣ (التمويل وإدارة الجمعيات).
عددنا ٢.

مع الشكر والتقدير
خالد منصور
Khaled Mansour
Irakischer Kulturverein Münster e.V."""


@mail("mansour-arabic-indic-digits", "2027-02-03 09:05:40",
      E("registration", "khaled.mansour@mail.example", "Khaled Mansour",
        "Irakischer Kulturverein Münster e.V.", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAJd7mN2rT5wQ8kX1bV4sY9fG6hL3zP0cE7aU2oR5iK8vB1qWsUm@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    html_text = ('<div dir="rtl">' + "".join(
        f"<div>{esc(line) if line else '<br>'}</div>" for line in MANSOUR_TEXT.split("\n"))
        + "</div>\n")
    m.alternative(MANSOUR_TEXT, html_text, charset="utf-8", cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Question: a newsletter announced an "AG 4"; is that a typo?  No registration.

@mail("mendes-question-ag4-typo", "2027-02-03 10:44:51",
      E("question", "carlos.mendes@casa-portugal-ms.example", "Carlos Mendes",
        "Casa de Portugal Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Carlos Mendes <carlos.mendes@casa-portugal-ms.example>"),
           ("To", MSO),
           ("Subject", "Frage: gibt es eine AG 4?"),
           ("Date", m.date),
           ("Message-ID", "<6f2d8a13-c5e7-4b91-8d30-a4e9f1b7c205@casa-portugal-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.6.1"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

in unserem Dachverbands-Rundbrief wurde der MSO-Tag angekündigt, und dort
steht eine „AG 4 – Arbeitsmarkt und Anerkennung“. In Ihrer Einladung finde
ich aber nur drei Arbeitsgruppen. Gibt es die AG 4 wirklich, oder hat sich
da jemand vertippt? Davon hängt ab, ob ich mich anmelde.

Obrigado und viele Grüße
Carlos Mendes
Casa de Portugal Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# After the double send (013/014) she got two confirmations: count us once,
# still 3 persons -- and please move us to AG 3.  Change to AG 3; the party
# size is restated, not changed.

@mail("hodzic-count-once-move-ag3", "2027-02-04 15:12:30",
      E("change", "edina.hodzic@bhkv-muenster.example", "Edina Hodžić",
        None, ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", "Edina Hodžić <edina.hodzic@bhkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-2c8e4a61-7f3b-4d19-9a05-e6b2d8f1c347-1770214350221@3c-app-webde-bap51>"),
           ("In-Reply-To", "<mailbot.20270118094016.7e2a@muenster.example>"),
           ("References", "<mailbot.20270118094016.7e2a@muenster.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Guten Tag,

Sie haben mir zwei Bestätigungen geschickt – das lag an mir, meine Anmeldung ist beim Absenden offenbar doppelt rausgegangen. Bitte zählen Sie uns nur einmal, es bleibt bei 3 Personen.

Außerdem haben wir im Vorstand noch einmal gesprochen: Könnten Sie uns drei bitte in die AG 3 statt in die AG 1 eintragen?

Vielen Dank und freundliche Grüße
Edina Hodžić


Gesendet: Montag, 18. Januar 2027 um 09:40 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: edina.hodzic@bhkv-muenster.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Hodžić", "AG1", 3))}"""
    m.alternative(text, webmail_html(text), charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change of party size only, Ukrainian, now from his phone with a proper
# Ukrainian keyboard: his wife comes too -> 2.  Signature: first name only.

@mail("shevchuk-wife-comes-too", "2027-02-08 12:05:33",
      E("change", "mykola.shevchuk@mail.example", "Mykola Shevchuk", None, [], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Mykola Shevchuk <mykola.shevchuk@mail.example>"),
           ("To", MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9F3A1C5E-7B2D-4E60-A8F4-3D1C5B7E9A02@mail.example>"),
           ("In-Reply-To", "<mailbot.20270126174509.2c9e@muenster.example>"),
           ("References", "<mailbot.20270126174509.2c9e@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Прошу додати до моєї реєстрації ще одну особу — мою дружину Олену. Тепер нас буде двоє.

Дякую!
Микола

Надіслано з iPhone""", charset="utf-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# English, Outlook.com alternative; "workshop tree" for "three".

NAIR_TEXT = """Hello,

I would like to register for the MSO day on 13 March. I'd like to join workshop tree (funding and managing an association) - we are a small group and still figuring out how to apply for grants.

It will be just me.

Many thanks,
Priya Nair
Indian Association Münsterland e.V."""


@mail("nair-english-workshop-tree", "2027-02-09 13:40:19",
      E("registration", "priya.nair@mail.example", "Priya Nair",
        "Indian Association Münsterland e.V.", ["AG3"], 1, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Priya Nair <priya.nair@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB0617B3E2C1D0F9A8@PAXP251MB0617.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(NAIR_TEXT, outlook_html(NAIR_TEXT, "utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Polish, from her husband's account; she signs.  "zgłosić nas oboje" = both
# of us -> 2; "grupa robocza nr 1".  iso-8859-2 quoted-printable.

@mail("nowak-polish-husbands-account", "2027-02-10 20:10:55",
      E("registration", "k.nowak@poczta.example", "Agnieszka Nowak",
        "Polska Szkoła Sobotnia im. Kopernika w Münster", ["AG1"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Krzysztof Nowak <k.nowak@poczta.example>"),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie - Tag der Migrantenselbstorganisationen", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<4d8b2e61f0a3c975@poczta.example>"),
           ("X-Mailer", "Poczta Webmail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

piszę z konta męża, bo moje jest chwilowo zablokowane. Chciałabym zgłosić nas oboje (Agnieszka i Krzysztof Nowak) na Dzień Organizacji Migrantów 13 marca. Interesuje nas grupa robocza nr 1 - edukacja (Bildungssystem), bo prowadzę sobotnią szkołę polską.

Pozdrawiam serdecznie
Agnieszka Nowak
Polska Szkoła Sobotnia im. Kopernika w Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Question in Arabic (windows-1256): he registered on 3 February and has no
# confirmation -- did his mail arrive, did he mistype the address?

@mail("mansour-arabic-no-confirmation", "2027-02-12 19:20:00",
      E("question", "khaled.mansour@mail.example", "Khaled Mansour", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", MSO),
           ("Subject", ew("استفسار عن التسجيل", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301db7d6f$a1b2c3d4$e5f60718$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أرسلت لكم في 3 شباط رسالة تسجيل لي ولزميلي، لكن لم يصلني أي تأكيد حتى الآن. هل وصلتكم رسالتي؟ ربما كتبت العنوان خطأً. أرجو إبلاغي.

شكراً لكم
Khaled Mansour
""", charset="windows-1256", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Autocomplete accident: a Turkish association's internal mail about its
# charity bazaar went to the MSO address instead of the board list.  other.

@mail("arslan-kermes-misdirected", "2027-02-12 21:33:10",
      E("other"), "tr")
def _(m):
    m.head(("From", "Cem Arslan <cem.arslan@mail.example>"),
           ("To", TO_MSO),
           ("Cc", "Hatice Yurt <hatice.yurt@mail.example>, Mustafa Er <mustafa.er@mail.example>"),
           ("Subject", "Kermes listesi – 20 Şubat"),
           ("Date", m.date),
           ("Message-ID", "<CAKp4rT8nW2vX6bQ9mY1sL5dH3jF0gZcE8aU4oN6iK2vR9qWxCn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Selam arkadaşlar,

20 Şubat Cumartesi günkü kermes için son durum:
- Hatice abla: börek ve poğaça
- Mustafa: masalar ve çay ocağı (derneğin anahtarı sende kalsın)
- Ben: kasa, bozuk para ve afişler

Saat 9'da dernekte buluşalım, 10'da kapıyı açıyoruz. Gelir yine kış yardımına gidecek.

Kolay gelsin
Cem"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 033 ---------------------------------------------------------------------
# Question in Russian; a few words came out with a Latin "o" for Cyrillic
# "о" (layout switched mid-word).  Not registered yet.

MOROZOVA_TEXT = f"""{'Добрый'.replace('о', 'o')} день!

Я ещё не зарегистрировалась, сначала хотела спросить: {'можно'.replace('о', 'o')} ли прийти с ребёнком (6 лет)? Есть ли на месте кто-то, кто присмотрит за детьми? И будет ли перевод на русский язык?

{'Спасибо'.replace('о', 'o')}!
Наталья Морозова"""


@mail("morozova-russian-question-latin-o", "2027-02-15 10:15:44",
      E("question", "n.morozova@mail.example", "Наталья Морозова", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Наталья Морозова <n.morozova@mail.example>"),
           ("To", MSO),
           ("Subject", "Вопрос по MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1771146944.208771934@f501.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(MOROZOVA_TEXT, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Cancellation from the iPhone; autocorrect turned "absagen" into "abgasen"
# and the subject "Absage" into "Abgase".

@mail("okoye-abgase-cancellation", "2027-02-22 08:02:17",
      E("cancellation", "bernadette.okoye@mail.example", "Bernadette Okoye",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Bernadette Okoye <bernadette.okoye@mail.example>"),
           ("To", MSO),
           ("Subject", "Abgase MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<0A3C5E7F-9B1D-4F2A-8C6E-4D2B0F8A6C19@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

leider muss ich meine Teilnahme am 13.3. wieder abgasen, ich bin an dem Wochenende doch auf einer Hochzeit in Bremen. Bitte streichen Sie mich von der Liste.

Sorry und LG
Bernadette Okoye

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# A misconfigured old client: the UTF-8 text goes out labelled windows-1252
# (mojibake: "mÃ¶chte", "GÃ¼lÅŸen"), and the hand-typed Reply-To in the
# account settings has a typo (acra for acar).  Reply-To beats From; the
# confirmation bounces (036).

ACAR_TEXT = mojibake("""Hallo liebes MSO-Team,

ich möchte mich für die AG 1 (Bildung) anmelden. Ich komme allein, meine Kollegin meldet sich ggf. selbst.

Schöne Grüße
Gülşen Acar
Kulturbrücke Münster e.V.
""")


@mail("acar-mojibake-replyto-typo", "2027-03-01 08:30:14",
      E("registration", "g.acra@kulturbruecke-ms.example", "Gülşen Acar",
        "Kulturbrücke Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Guelsen Acar <g.acar@kulturbruecke-ms.example>"),
           ("Reply-To", "g.acra@kulturbruecke-ms.example"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<001201db8a4f$3c7e9a20$b57bce60$@kulturbruecke-ms.example>"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.5512"),
           ("MIME-Version", "1.0"))
    m.single(ACAR_TEXT, charset="windows-1252", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Exim bounce (German and English text) from the association's host for the
# confirmation sent to the Reply-To address.

@mail("exim-bounce-g-acra", "2027-03-01 08:30:40",
      E("bounce", bounced="g.acra@kulturbruecke-ms.example"), "de")
def _(m):
    rcpt = "g.acra@kulturbruecke-ms.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mx.kulturbruecke-ms.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1wK3pQ-0007Rt-5A@mx.kulturbruecke-ms.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", rcpt),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Diese Nachricht wurde automatisch vom Mailserver erstellt.
This message was created automatically by mail delivery software.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler.
A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    Unbekannter Empfänger / Unrouteable address
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.kulturbruecke-ms.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.0.0")])
    original = confirmation_message(
        rcpt, "Frau Acar", "AG1", 1,
        "Mon, 01 Mar 2027 08:30:37 +0100", "<mailbot.20270301083037.5d1b@muenster.example>",
        "<001201db8a4f$3c7e9a20$b57bce60$@kulturbruecke-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Polish cancellation from her own phone, without Polish letters (she says
# so).  Other address than the registration (030).

@mail("nowak-polish-cancel-no-diacritics", "2027-03-02 07:45:20",
      E("cancellation", "aga.nowak@poczta.example", "Agnieszka Nowak", None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Aga Nowak <aga.nowak@poczta.example>"),
           ("To", MSO),
           ("Subject", "Rezygnacja - 13.03"),
           ("Date", m.date),
           ("Message-ID", "<m4k8p2.1772433920.android@poczta.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dzien dobry,

niestety musimy odwolac nasze zgloszenie na 13 marca (Agnieszka i Krzysztof Nowak, grupa 1). Maz ma wtedy dyzur w szpitalu, a ja sama nie dam rady przyjechac z dziecmi.

Przepraszam za klopot i pozdrawiam
Agnieszka Nowak

(pisze z telefonu, stad brak polskich liter)""", charset="us-ascii", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Turkish/German out-of-office answering our 7-day reminder.

@mail("tunc-turkish-out-of-office", "2027-03-06 08:00:41",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", "Necla Tunç <necla.tunc@tkm-kadin.example>"),
           ("To", TO_MSO),
           ("Subject", "Otomatik yanıt: " + REMINDER_7D_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772780441.5521@tkm-kadin.example>"),
           ("In-Reply-To", "<mailbot.reminder7d.20270306080003.41a2@muenster.example>"),
           ("References", "<mailbot.reminder7d.20270306080003.41a2@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

8 Mart'a kadar izindeyim ve e-postalarıma bakamıyorum. Acil durumlarda derneğimizin telefonunu arayabilirsiniz: 0251 20 84 61.

Ich bin bis zum 8. März im Urlaub und lese meine E-Mails nicht. In dringenden Fällen rufen Sie bitte im Verein an.

Necla Tunç
Türkischer Kadınlar Merkezi Münster
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# English cancellation, short, signed with the first name only.

@mail("nair-english-cancel", "2027-03-09 18:30:12",
      E("cancellation", "priya.nair@mail.example", "Priya Nair", None, [], None, "en"), "en", tz=0)
def _(m):
    m.head(("From", "Priya Nair <priya.nair@mail.example>"),
           ("To", MSO),
           ("Subject", "Cancel - MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB06179C1D2E3F4A5B@PAXP251MB0617.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

I'm afraid I have to cancel my place for Saturday - my work trip to Hamburg got moved to that weekend. Sorry for the short notice!

Priya
""", charset="us-ascii", cte="7bit")


# -- 040 ---------------------------------------------------------------------
# Exchange out-of-office to the 1-day reminder; the text she typed herself
# has typos ("Fortbidlung", "Kolelgin").

MARKOVIC_OOF = """Vielen Dank für Ihre Nachricht.

Am 11. und 12. März bin ich auf einer Fortbidlung und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an meine Kolelgin Hanna Wessels, Tel. 0251 53 00 9-40.

Mit freundlichen Grüßen
Jovana Marković"""


@mail("markovic-exchange-ooo-typos", "2027-03-12 08:00:20",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", MARKOVIC_FROM),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_1D_SUBJECT),
           ("Thread-Topic", REMINDER_1D_SUBJECT),
           ("Thread-Index", "AQHbk2Xc7rT1Lw9eQ0mN4bV6yS8uZg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7410F1A2B3C4D5E6F@DB9PR03MB7410.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.reminder1d.20270312080002.9e3f@muenster.example>"),
           ("References", "<mailbot.reminder1d.20270312080002.9e3f@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(MARKOVIC_OOF, outlook_html(MARKOVIC_OOF, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
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
WG_IDS = {"AG1", "AG2", "AG3"}


def check_expected(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    if any(w not in WG_IDS for w in e["workgroups"]):
        problems.append("unknown workgroup id")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower() or not e["language"]:
            problems.append("person mail needs a lower-case email and a language")
    else:
        if any(e[f] is not None for f in ("email", "name", "organisation", "language",
                                          "party_size")) or e["workgroups"]:
            problems.append("machine/other mail must have null person fields")
    if k == "registration" and not isinstance(e["party_size"], int):
        problems.append("registration needs party_size")
    if k in ("cancellation", "question", "auto_reply", "bounce", "other") and e["party_size"] is not None:
        problems.append("party_size must be null")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
    return problems


def check(name, data, m, expected):
    problems = check_expected(expected)
    # line lengths (octets, without the line end)
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF message")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build date")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (LookupError, UnicodeDecodeError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:from|by|dns;|host)\s+\[?([A-Za-z][\w-]*(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    print("kind x language:", dict(sorted(by_kind_lang.items())))
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

    ids = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        ids[str(email.message_from_bytes(data, policy=email.policy.default)["Message-ID"])] += 1
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    for mid, k in ids.items():
        if k > 1:
            print(f"Message-ID used {k} times: {mid}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
