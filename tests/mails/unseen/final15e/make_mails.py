#!/usr/bin/env python3
"""Build the set "final15e" (Fachtag Teilhabe 2027, Hamm): mails/NNN-slug.eml and expected.json.

Every mail text below is written by hand, one mail at a time.  The script only
wraps the texts in MIME with the standard `email` package, writes the files,
reads every file back with email.policy.default and checks it: no MIME defects,
every text part decodes (in its declared charset) to exactly the written text,
attachments byte-identical, CRLF-terminated lines <= 998 octets, dates rising,
only example domains in addresses and URLs, the bounced recipient in a
Final-Recipient field, and every label plausible (kinds, workgroup ids, party
sizes, null fields for machine mail, email/name/organisation present in the mail).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Python 3.11, standard library only.
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
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-teilhabe@hamm.example"
TO_FT = f"Fachtag Teilhabe 2027 <{FT}>"
INVITATION_ID = "<einladung-fachtag-teilhabe-2027.20270827100000@hamm.example>"
WG_IDS = ("WG1", "WG2", "WG3", "WG4", "WG5")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
CEST = 2   # the whole set lies between late August and mid October 2027


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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
    return hashlib.sha256(f"final15e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=CEST):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"@([^>\s]+)", frm).group(1)).split("@")[-1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.hamm.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
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
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.hamm.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{1820000000000 + int(h[15:20], 16)}"
        return f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}.{h[15:23].upper()}"

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

INVITATION_SUBJECT = "Einladung zum Fachtag Teilhabe 2027 am 16. Oktober"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Teilhabe 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Teilhabe 2027 am Samstag, 16. Oktober"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in Hamm,

die Stadt Hamm lädt Sie herzlich ein zum

    Fachtag Teilhabe 2027 – „Mitten in Hamm“
    Samstag, 16. Oktober 2027, 9:30 bis 16:00 Uhr
    Bürgerhaus Hamm-Westen, Lange Straße 140, 59067 Hamm

Nach der Begrüßung um 10:00 Uhr und einem kurzen Impuls arbeiten wir von
11:30 bis 15:00 Uhr (mit Mittagspause) in fünf Werkstattgesprächen:

  WG 1  Agenda 2030 vor Ort: die 17 Nachhaltigkeitsziele im Stadtteil
  WG 2  50+ aktiv im Quartier
  WG 3  Deutsch lernen B1/B2 im Beruf
  WG 4  U18: Jugendbeteiligung in der Stadtpolitik
  WG 5  3 Generationen unter einem Dach

Um 15:15 Uhr stellen die Gruppen ihre Ergebnisse im Plenum vor.

Bitte melden Sie sich bis Freitag, 8. Oktober 2027, per E-Mail an
fachtag-teilhabe@hamm.example an und nennen Sie uns
- Ihren Namen und ggf. Ihre Organisation,
- das gewünschte Werkstattgespräch (gern mit Zweitwunsch),
- mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenfrei. Für Kinder ab 3 Jahren bieten wir eine
Betreuung an; bitte geben Sie das bei der Anmeldung mit an. Das
Bürgerhaus ist barrierefrei.

Mit freundlichen Grüßen
Stabsstelle Integration und Teilhabe
Stadt Hamm
i. A. Miriam Wessels"""

WG_LINE = {
    "WG1": "WG 1 – Agenda 2030 vor Ort: die 17 Nachhaltigkeitsziele im Stadtteil",
    "WG2": "WG 2 – 50+ aktiv im Quartier",
    "WG3": "WG 3 – Deutsch lernen B1/B2 im Beruf",
    "WG4": "WG 4 – U18: Jugendbeteiligung in der Stadtpolitik",
    "WG5": "WG 5 – 3 Generationen unter einem Dach",
}


def confirmation(salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Teilhabe 2027 am Samstag,
16. Oktober 2027, 9:30 bis 16:00 Uhr, im Bürgerhaus Hamm-Westen,
Lange Straße 140, 59067 Hamm.

Wir haben Sie für folgendes Werkstattgespräch eingetragen:
{WG_LINE[wg]}

Angemeldete Personen: {persons}

Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese
E-Mail.

Mit freundlichen Grüßen
Fachtag Teilhabe 2027
Stadt Hamm – Stabsstelle Integration und Teilhabe"""


def reminder(salutation, wg, persons):
    """The 7-day reminder mailbot sent."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Der Fachtag Teilhabe 2027 findet am Samstag,
16. Oktober 2027, von 9:30 bis 16:00 Uhr im Bürgerhaus Hamm-Westen,
Lange Straße 140, 59067 Hamm, statt.

Ihr Werkstattgespräch: {WG_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten – so können wir Ihren Platz weitergeben.

Mit freundlichen Grüßen
Fachtag Teilhabe 2027
Stadt Hamm – Stabsstelle Integration und Teilhabe"""


def bot_message(to, subject, body, when, msgid, in_reply_to=None, generated=False):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated" if generated else "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
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
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:11.0pt;}}
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels=None):
    """Outlook-style HTML; quote = (from, sent, to, subject, quoted_text)."""
    labels = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{labels[0]}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{labels[1]}</b> {esc(sent)}<br>\n"
                   f"<b>{labels[2]}</b> {esc(to)}<br>\n"
                   f"<b>{labels[3]}</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=None):
    labels = labels or ("Von:", "Gesendet:", "An:", "Betreff:")
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    return (f"{text}\n\n{labels[0]} {frm}\n{labels[1]} {sent}\n{labels[2]} {to}\n"
            f"{labels[3]} {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution line, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "\n".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                      for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attr, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br>\n<div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote=None):
    inner = "\n".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attr, quoted = quote
        q = "\n".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f'\n<div><br><blockquote type="cite"><div>{esc(attr)}</div><br>'
                  f"\n{q}\n</blockquote></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            f'line-break: after-white-space;">\n{inner}\n</body></html>\n')


def yahoo_html(text):
    inner = "\n".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                      for line in text.split("\n"))
    return ('<html><head></head><body><div class="ydp3f9a1c2eyahoo-style-wrap" '
            'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            f"\n{inner}\n</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=CEST):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply (format=flowed) on top of the whole invitation quoted with
# '>': every title is in the quote, the choice ("50+") only in the new text.
# An age (71), a year (2019) and a postal address sit next to it.

@mail("hoelscher-brand-thunderbird-50plus", "2027-08-30 09:12:40",
      E("registration", "hoelscher-brand@t-online.example", "Gertrud Hölscher-Brand",
        "Seniorenbeirat der Stadt Hamm", ["WG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gertrud Hölscher-Brand <hoelscher-brand@t-online.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6e0b3c2a-91d4-4f7e-8a5b-2c1d0e9f8a77@t-online.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessels,

hiermit melde ich mich für das Werkstattgespräch „50+ aktiv im Quartier“
an. Ich bin 71 Jahre alt und seit 2019 im Seniorenbeirat, das Thema liegt
mir also sehr am Herzen. Ich komme allein.

Wäre es möglich, mir das Programm zusätzlich ausgedruckt zuzuschicken? Am
Bildschirm lese ich so lange Texte nicht gern. Meine Anschrift: Ostenallee 58,
59071 Hamm.

Mit freundlichen Grüßen
Gertrud Hölscher-Brand
Seniorenbeirat der Stadt Hamm

Am 27.08.2027 um 10:00 schrieb Fachtag Teilhabe 2027:
""" + gt_quote(INVITATION) + "\n", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only (Word markup), windows-1252 quoted-printable, invitation
# quoted under a Von:/Gesendet: block.  Three people; first choice by the
# title "3 Generationen ..." (which is WG 5, not WG 3), second choice "die WG 2".

SCHUERMANN_TEXT = """Sehr geehrte Frau Wessels,

vielen Dank für die Einladung, die kam genau zur richtigen Zeit. Aus unserem Familienzentrum kommen wir mit 3 Personen: meine Kollegin Frau Derya Aslan, unser Praktikant Herr Leon Fiebig und ich.

Wir würden gern am Werkstattgespräch „3 Generationen unter einem Dach“ teilnehmen, weil wir gerade ein Großeltern-Enkel-Café aufbauen. Sollte es dort schon voll sein, wäre unser Zweitwunsch die WG 2.

Eine Kinderbetreuung brauchen wir nicht.

Mit freundlichen Grüßen

Melanie Schürmann
Leitung
AWO Familienzentrum Sonnenblume
Bromberger Straße 12 · 59063 Hamm
Tel. 02381 / 54 32 10"""


@mail("schuermann-outlook-html-three-persons", "2027-08-30 14:37:05",
      E("registration", "m.schuermann@awo-hamm.example", "Melanie Schürmann",
        "AWO Familienzentrum Sonnenblume", ["WG5", "WG2"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Schürmann, Melanie" <m.schuermann@awo-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb+Gk2cT1dQ0mZ7kW3pN8vR2aLhQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7342C0FFEE51A2B3C4D5E6F7A8B9C0D1@DB9PR02MB7342.eurprd02.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Fachtag Teilhabe 2027 <{FT}>", "Freitag, 27. August 2027 10:00",
             TO_FT, INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(SCHUERMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable.  Mother is 67, the writer 41, two
# children, "1978" -- and the German title "3 Generationen unter einem Dach".
# Two persons (the children stay at home).

@mail("kaplan-turkish-annem-67", "2027-08-31 20:15:31",
      E("registration", "emine.kaplan@mail.example", "Emine Kaplan", None,
        ["WG5"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Kaplan", "emine.kaplan@mail.example")),
           ("To", FT),
           ("Subject", ew("Fachtag 16 Ekim - kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270831181531.4F2A9C@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

16 Ekim'deki Fachtag'a annemle birlikte katılmak istiyoruz. Annem 67 yaşında, 1978'den beri Hamm'da yaşıyor. Ben 41 yaşındayım, iki çocuğum var ve evde üç kuşak birlikte yaşıyoruz. Bu yüzden "3 Generationen unter einem Dach" grubu tam bize göre.

Toplam 2 kişi olacağız. Çocuk bakımına ihtiyacımız yok, çocuklar o gün babalarıyla evde kalacak.

Saygılarımla,
Emine Kaplan
0176 2233 4455
""", charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative (us-ascii).  Title with B1/B2, a year
# (2015), "Just me, 1 person" and two colleagues who will register
# themselves (not in the party).

OCONNOR_TEXT = """Hello,

I'd like to register for the Fachtag on 16 October. I coordinate the job-related German courses at Lingua Hamm Sprachschule and I'm coming on behalf of the school. We've been running integration courses in Hamm since 2015, so the workshop "Deutsch lernen B1/B2 im Beruf" is the obvious one for me.

Just me, 1 person. Two of my colleagues are interested as well, but they will write to you themselves.

By the way, feel free to answer in German if that's easier for you.

Cheers,
Daniel O'Connor
Lingua Hamm Sprachschule
Tel. 02381 778 90 12"""


@mail("oconnor-english-gmail-b1b2", "2027-09-01 11:02:17",
      E("registration", "d.oconnor@lingua-hamm.example", "Daniel O'Connor",
        "Lingua Hamm Sprachschule", ["WG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Daniel O'Connor <d.oconnor@lingua-hamm.example>"),
           ("To", FT),
           ("Subject", "Registration - Fachtag Teilhabe, 16 Oct"),
           ("Date", m.date),
           ("Message-ID", "<CAOx7Rk2fT9bq1Lw0hZc3nM8pYd4sVe6Ju5aQ+Xg2Kt@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OCONNOR_TEXT, gmail_html(OCONNOR_TEXT), charset="us-ascii",
                  cte="7bit", html_cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Arabic, UTF-8 base64.  Father and son (16) for U18; a year (2016); name in
# Arabic and Latin in the signature, association in German.

@mail("alhamwi-arabic-u18-son-16", "2027-09-02 18:40:52",
      E("registration", "m.alhamwi@mail.example", "Mahmoud Al-Hamwi",
        "Syrisch-Deutscher Kulturverein Hamm e.V.", ["WG4"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمود الحموي", "m.alhamwi@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("تسجيل – Fachtag Teilhabe", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<a81f0c3e-5d27-4b96-9e14-7c0b2d6f3a58@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله،

أرجو تسجيلي أنا وابني في يوم التشاركية (Fachtag Teilhabe) بتاريخ 16 أكتوبر.
ابني عمره 16 سنة وهو مهتم جداً بورشة U18 عن مشاركة الشباب في سياسة المدينة، وأنا سأرافقه.
نحن شخصان.

نعيش في هام منذ 2016، وابني عضو في مجلس الطلاب في مدرسته، ويحب أن يسمع رأي الشباب الآخرين.

مع الشكر والتقدير
محمود الحموي
Mahmoud Al-Hamwi
Syrisch-Deutscher Kulturverein Hamm e.V.
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# iPhone, short: WG 1 only by paraphrase ("die mit den 17 Zielen"); times
# (10:30, 9 Uhr) and the son's age (9) next to it.  Name from the display name.

@mail("tiemann-iphone-17-ziele", "2027-09-03 07:55:14",
      E("registration", "jens.tiemann@mail.example", "Jens Tiemann", None,
        ["WG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jens Tiemann <jens.tiemann@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<9D2E44A1-7C3B-4E0F-B6A8-15F2C9D7E310@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,

ich würd gern zum Fachtag kommen, in die Gruppe mit den 17 Nachhaltigkeitszielen. Bin allein, komme aber wohl erst gegen 10:30, mein Sohn (9) hat um 9 Uhr Fußball.

Gruß
Jens

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, windows-1251 base64.  First choice by German title (B1/B2), second
# "группа 50+" with her age (52); years 2019, 2026.  Latin signature.

@mail("schneider-russian-b1b2-else-50plus", "2027-09-03 21:30:08",
      E("registration", "tatjana.schneider@mail.example", "Tatjana Schneider", None,
        ["WG3", "WG2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Шнайдер", "tatjana.schneider@mail.example", "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Запись на Fachtag 16 октября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1788463808.512907.77231@mail.example>"),
           ("X-Mailer", "Webmail 3.4"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Татьяна Шнайдер, я живу в Хамме с 2019 года. Хочу записаться на Fachtag 16 октября.

Больше всего меня интересует секция «Deutsch lernen B1/B2 im Beruf»: у меня сейчас уровень B1 (экзамен сдала в 2026 году), а для работы в детском саду нужен B2. Если там мест уже не будет, запишите меня, пожалуйста, в группу 50+ – мне как раз 52 года.

Приду одна.

С уважением,
Tatjana Schneider
""", charset="windows-1251", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Polish, ISO-8859-2 quoted-printable.  "warsztat nr 2" with the title,
# husband 63, she 59, year 2005, "Razem 2 osoby".

@mail("nowicka-polish-warsztat-nr-2", "2027-09-06 10:20:44",
      E("registration", "b.nowicka@mail.example", "Barbara Nowicka", None,
        ["WG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Barbara Nowicka", "b.nowicka@mail.example")),
           ("To", FT),
           ("Subject", ew("Zgłoszenie - Fachtag Teilhabe 16.10.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5c8e1b0d7a2f4e39@poczta.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i męża na Fachtag Teilhabe 16 października. Interesuje nas warsztat nr 2, czyli "50+ aktiv im Quartier". Mąż ma 63 lata, ja 59, od 2005 roku mieszkamy w Hamm-Herringen i chcielibyśmy bardziej zaangażować się w naszej dzielnicy.

Razem 2 osoby.

Pozdrawiam serdecznie
Barbara Nowicka
""", charset="iso-8859-2", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Exchange out-of-office (Auto-Submitted: auto-generated) answering a
# confirmation; multipart/alternative windows-1252.

KOWALCZYK_OOF = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 06.09. bis einschließlich 17.09.2027 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen erreichen Sie meine Vertretung, Frau Kühn, unter 02381 / 910-2233 oder team-integration@jobcenter-hamm.example.

Mit freundlichen Grüßen
Thomas Kowalczyk
Jobcenter Hamm – Team Integration"""


@mail("kowalczyk-exchange-out-of-office", "2027-09-06 16:04:19",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Kowalczyk, Thomas" <thomas.kowalczyk@jobcenter-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9wXk1rPq3T0sVUeX0yA7mB4c2g=="),
           ("Date", m.date),
           ("Message-ID", "<b14d7e02c9a3418f@EX02.jobcenter-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270906160412.2f90@hamm.example>"),
           ("References", "<mailbot.20270906160412.2f90@hamm.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(KOWALCZYK_OOF, outlook_html(KOWALCZYK_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# A form block from a youth centre: "Nr. 4 (Jugendbeteiligung)",
# "3 (ich + 2 Jugendliche ..., 15 und 17 J.)", meal counts "1x".

@mail("lammert-jugendzentrum-form-block", "2027-09-07 12:10:37",
      E("registration", "k.lammert@jz-bockum-hoevel.example", "Kerstin Lammert",
        "Jugendzentrum Bockum-Hövel", ["WG4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kerstin Lammert <k.lammert@jz-bockum-hoevel.example>"),
           ("To", FT),
           ("Subject", ew("Anmeldung Fachtag – Jugendzentrum Bockum-Hövel", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f7c5a19-8e43-4d0b-a6c1-93e0b5d7f214-1788775837201@3c-app-webde-bap31>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

hier unsere Anmeldung:

Name: Kerstin Lammert
Einrichtung: Jugendzentrum Bockum-Hövel
Werkstattgespräch: Nr. 4 (Jugendbeteiligung)
Personen: 3 (ich + 2 Jugendliche aus unserem Jugendrat, 15 und 17 J.)
Kinderbetreuung: nein
Essen: 1x vegetarisch, 1x ohne Schweinefleisch

Die beiden Jugendlichen bringen eine Einverständniserklärung der Eltern mit, falls das nötig ist.

Viele Grüße
Kerstin Lammert
Jugendzentrum Bockum-Hövel
Tel. 02381 / 4 71 80
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Question only (ISO-8859-1 QP): is a 12-year-old old enough for "WG 4"?
# She would register both of them only after an answer.

@mail("reinhold-question-u18-daughter-12", "2027-09-08 08:45:26",
      E("question", "claudia.reinhold@gmx.example", "Claudia Reinhold", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Claudia Reinhold <claudia.reinhold@gmx.example>"),
           ("To", FT),
           ("Subject", "Frage zu WG 4"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a0e3d57-1b6f-4c92-b7d4-5e2a9c0f6b13-1788849926044@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

meine Tochter (12) hat in der Schule von Ihrem Fachtag gehört und würde gern beim Werkstattgespräch U18 mitmachen. Ist sie dafür schon alt genug, oder gibt es eine Altersgrenze nach unten? Und darf ich als Mutter mit in die Gruppe, oder sollen die Jugendlichen lieber unter sich sein?

Wenn das passt, würde ich uns beide anmelden.

Freundliche Grüße
Claudia Reinhold
""", charset="iso-8859-1", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Romanian with diacritics, Yahoo multipart/alternative, UTF-8 base64.
# "atelierul 3" with the title; B2/B1 levels and 2021 in the same sentence.

DUMITRESCU_TEXT = """Bună ziua,

Mă numesc Ioana Dumitrescu și lucrez din 2021 ca asistentă medicală la o clinică din Hamm. Aș dori să mă înscriu la Fachtag Teilhabe din 16 octombrie, la atelierul 3 – „Deutsch lernen B1/B2 im Beruf”. Eu am deja nivelul B2, dar vreau să aflu cum îi pot ajuta pe colegii mei noi, care abia au început cu B1.

Vin singură.

Vă mulțumesc frumos!
Ioana Dumitrescu"""


@mail("dumitrescu-romanian-yahoo-atelierul-3", "2027-09-08 19:22:03",
      E("registration", "ioana.dumitrescu@yahoo.example", "Ioana Dumitrescu", None,
        ["WG3"], 1, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ioana Dumitrescu", "ioana.dumitrescu@yahoo.example")),
           ("To", FT),
           ("Subject", ew("Înscriere Fachtag Teilhabe", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1402771935.3307188.1788888123456@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(DUMITRESCU_TEXT, yahoo_html(DUMITRESCU_TEXT), charset="utf-8",
                  cte="base64", style="yahoo")


# -- 013 ---------------------------------------------------------------------
# Change, replying to the confirmation of 001 (quoted: WG 2, 1 person).
# Grandson Jonas (19) comes too: WG 5 "3 Generationen", 2 persons.
# The old choice is named ("als die 50+-Gruppe").

@mail("hoelscher-brand-change-enkel-3-generationen", "2027-09-09 10:03:55",
      E("change", "hoelscher-brand@t-online.example", "Gertrud Hölscher-Brand",
        None, ["WG5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Gertrud Hölscher-Brand <hoelscher-brand@t-online.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0f5a9d31-c2e8-47b0-9b1d-4e6a8c2f7d05@t-online.example>"),
           ("In-Reply-To", "<mailbot.20270830091325.1c4e@hamm.example>"),
           ("References", "<mailbot.20270830091325.1c4e@hamm.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

danke für die schnelle Bestätigung. Ich habe es mir inzwischen anders
überlegt: Mein Enkel Jonas (19) möchte mich begleiten, und da passt das
Werkstattgespräch „3 Generationen unter einem Dach“ natürlich viel besser
als die 50+-Gruppe. Würden Sie uns bitte beide dort eintragen?

Das Programm ist übrigens gestern mit der Post gekommen, vielen Dank dafür.

Mit freundlichen Grüßen
Gertrud Hölscher-Brand

Am 30.08.2027 um 09:13 schrieb Fachtag Teilhabe 2027:
""" + gt_quote(confirmation("Frau Hölscher-Brand", "WG2", 1)) + "\n",
             charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 014 ---------------------------------------------------------------------
# Farsi, Gmail rtl multipart/alternative, UTF-8 base64.  Persian digits:
# "۳ نسل زیر یک سقف" is WG 5; mother-in-law 78 lives with them; "۲ نفر".

SADEGHI_TEXT = """سلام و وقت بخیر،

من و همسرم می‌خواهیم برای روز ۱۶ اکتبر در Fachtag Teilhabe ثبت‌نام کنیم. ما با مادرِ همسرم که ۷۸ سال دارد در یک خانه زندگی می‌کنیم، برای همین کارگاه «۳ نسل زیر یک سقف» برای ما خیلی جالب است.

تعداد: ۲ نفر

با تشکر
مریم صادقی
Maryam Sadeghi"""


@mail("sadeghi-farsi-3-nasl-persian-digits", "2027-09-10 21:48:29",
      E("registration", "maryam.sadeghi@gmail.example", "Maryam Sadeghi", None,
        ["WG5"], 2, "fa"), "fa")
def _(m):
    m.head(("From", addr("Maryam Sadeghi", "maryam.sadeghi@gmail.example")),
           ("To", FT),
           ("Subject", ew("ثبت‌نام Fachtag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH3kP0n8Vb2xQe+T5wJ7fLz1aYc9dRm4sGu6Nh0Ki-E@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SADEGHI_TEXT, gmail_html(SADEGHI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 015 ---------------------------------------------------------------------
# English, Outlook multipart/alternative (windows-1252).  "WG 1 (Agenda 2030)"
# first, "the U18 youth participation group" second; "SDG 4 and SDG 11" and
# "since 2024", "two Hamm primary schools" are not choices.

BELLO_TEXT = """Dear Ms Wessels,

Thank you for the invitation, which a colleague from the Integrationsrat forwarded to me.

I would like to register for WG 1 (Agenda 2030). Since 2024 our network has been running small projects on SDG 4 and SDG 11 in two Hamm primary schools, and we would love to share that experience. As a second choice, the U18 youth participation group would also suit us well.

It will be just me this time.

Kind regards,

Aisha Bello
Project Coordinator
Eine Welt Netzwerk Hamm e.V.
Phone +49 2381 66 55 40"""


@mail("bello-english-outlook-wg1-sdg", "2027-09-13 09:30:12",
      E("registration", "a.bello@einewelt-hamm.example", "Aisha Bello",
        "Eine Welt Netzwerk Hamm e.V.", ["WG1", "WG4"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Aisha Bello" <a.bello@einewelt-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Registration Fachtag Teilhabe 2027"),
           ("Thread-Topic", "Registration Fachtag Teilhabe 2027"),
           ("Thread-Index", "AdskZ3m1q7Rr0x9vSkWc5uJ2hT8aFw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P191MB1384A7E2C5D0B9F4E1A3C6D8B2F0E7A9@PR3P191MB1384.EURP191.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BELLO_TEXT, outlook_html(BELLO_TEXT, lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Newsletter of the adult education centre (other): B1/B2 courses, "50+",
# dates and times, and a mention of the Fachtag.  List headers, bulk.

VHS_TEXT = """VHS Hamm – Newsletter Herbst 2027

Liebe Kursinteressierte,

im Herbstsemester starten wieder unsere berufsbezogenen Deutschkurse:

* Deutsch B1/B2 im Beruf – Pflege und Gesundheit
  ab Montag, 4. Oktober 2027, montags und mittwochs 18:00–21:00 Uhr
* Deutsch B2 am Arbeitsplatz – Intensivkurs
  ab 11. Oktober 2027, vormittags
* Fit mit dem Smartphone 50+ – Grundkurs, 3 Termine

Anmeldung online unter https://www.vhs-hamm.example/kurse oder telefonisch
unter 02381 17-5500.

Übrigens: Beim Fachtag Teilhabe am 16. Oktober sind wir mit einem Infostand
vertreten. Besuchen Sie uns!

Ihre VHS Hamm

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt
haben. Abmelden: https://www.vhs-hamm.example/newsletter/abmelden"""

VHS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>VHS Hamm – Newsletter Herbst 2027</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222">
<tr><td style="background:#00577d;color:#fff;font-size:22px"><b>VHS Hamm</b> – Newsletter Herbst 2027</td></tr>
<tr><td>
<p>Liebe Kursinteressierte,</p>
<p>im Herbstsemester starten wieder unsere berufsbezogenen Deutschkurse:</p>
<ul>
<li><b>Deutsch B1/B2 im Beruf – Pflege und Gesundheit</b><br>ab Montag, 4. Oktober 2027, montags und mittwochs 18:00–21:00 Uhr</li>
<li><b>Deutsch B2 am Arbeitsplatz – Intensivkurs</b><br>ab 11. Oktober 2027, vormittags</li>
<li><b>Fit mit dem Smartphone 50+</b> – Grundkurs, 3 Termine</li>
</ul>
<p><a href="https://www.vhs-hamm.example/kurse" style="background:#e07b00;color:#fff;padding:8px 14px;text-decoration:none">Jetzt anmelden</a> oder telefonisch unter 02381 17-5500.</p>
<p>Übrigens: Beim Fachtag Teilhabe am 16. Oktober sind wir mit einem Infostand vertreten. Besuchen Sie uns!</p>
<p>Ihre VHS Hamm</p>
</td></tr>
<tr><td style="font-size:12px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt haben.
<a href="https://www.vhs-hamm.example/newsletter/abmelden">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("vhs-newsletter-b1b2-courses", "2027-09-13 15:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "VHS Hamm <newsletter@vhs-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Neue Deutschkurse B1/B2 im Beruf – VHS-Newsletter Herbst 2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-herbst.7f31c0@news.vhs-hamm.example>"),
           ("List-Id", "VHS Hamm Newsletter <newsletter.vhs-hamm.example>"),
           ("List-Unsubscribe", "<https://www.vhs-hamm.example/newsletter/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-5521@news.vhs-hamm.example")
    m.alternative(VHS_TEXT, VHS_HTML, charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative UTF-8 QP.  "1. tercihimiz U18 grubu
# (WG4), 2. tercihimiz Agenda 2030": ordinals and ages (14-17, 2010) that are
# not workgroups.  Five persons.

DEMIR_TEXT = """Selamlar,

Hamm Türk Kültür Derneği gençlik kolu olarak 16 Ekim'deki Fachtag'a katılmak istiyoruz. Derneğimizden 4 genç (14-17 yaş arası) ve ben, toplam 5 kişi geleceğiz.

1. tercihimiz U18 grubu (WG4), 2. tercihimiz Agenda 2030.

Gençlerden ikisi 2010 doğumlu, velilerinden izin belgelerini yanımızda getiririz.

Saygılar
Burak Demir
Gençlik Kolu Başkanı
Hamm Türk Kültür Derneği"""


@mail("demir-turkish-gmail-u18-five", "2027-09-14 22:10:46",
      E("registration", "burak.demir@htkd-hamm.example", "Burak Demir",
        "Hamm Türk Kültür Derneği", ["WG4", "WG1"], 5, "tr"), "tr")
def _(m):
    m.head(("From", "Burak Demir <burak.demir@htkd-hamm.example>"),
           ("To", FT),
           ("Subject", ew("Fachtag kaydı – gençlik kolu (5 kişi)", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAJm4rT2w9QeX0bK1v+Lp7sNd3hYg5cZ8aFu6Ri4Oe-t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, gmail_html(DEMIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# A secretary registers a colleague and asks for the confirmation to go to
# the colleague's address -- which she mistypes (caritas-ham, one m).
# The confirmation to it bounces (019).  Outlook multipart/alternative UTF-8.

BAUER_TEXT = """Sehr geehrte Damen und Herren,

ich möchte unsere Kollegin Frau Nadia Boukhari (Integrationslotsin in unserem Fachdienst Migration) für den Fachtag am 16.10. anmelden. Frau Boukhari interessiert sich für das Werkstattgespräch zum berufsbezogenen Deutsch, also WG 3. Sie kommt allein.

Bitte schicken Sie die Bestätigung direkt an Frau Boukhari: n.boukhari@caritas-ham.example

Vielen Dank und freundliche Grüße
Monika Bauer
Sekretariat Fachdienst Migration
Caritasverband Hamm e.V."""


@mail("bauer-registers-colleague-boukhari", "2027-09-15 11:24:58",
      E("registration", "n.boukhari@caritas-ham.example", "Nadia Boukhari",
        "Caritasverband Hamm e.V.", ["WG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Bauer, Monika" <m.bauer@caritas-hamm.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Frau Boukhari zum Fachtag"),
           ("Thread-Topic", "Anmeldung Frau Boukhari zum Fachtag"),
           ("Thread-Index", "AdsmN1b8hQ2yKp4eS0uLx6vT3cG9Rw=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB0163E4A1B7C9D2F5A8B0C3E6D9F1A2B4@FR2P281MB0163.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(BAUER_TEXT, outlook_html(BAUER_TEXT, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# Postfix DSN (multipart/report) for the confirmation to the mistyped address
# from 018; the returned confirmation names WG 3.

BOUKHARI_RCPT = "n.boukhari@caritas-ham.example"


@mail("postfix-bounce-caritas-ham-typo", "2027-09-15 11:25:53",
      E("bounce", bounced=BOUKHARI_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.hamm.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270915092553.3B0E2A1F47@mail.hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.hamm.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{BOUKHARI_RCPT}>: Host or domain name not found. Name service error
    for name=caritas-ham.example type=MX: Host not found, try again
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.hamm.example"),
         ("X-Postfix-Queue-ID", "3B0E2A1F47"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Wed, 15 Sep 2027 11:25:50 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {BOUKHARI_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUKHARI_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.4.4"),
         ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error\n"
                             "    for name=caritas-ham.example type=MX: Host not found, try again")])
    original = bot_message(
        f"Nadia Boukhari <{BOUKHARI_RCPT}>", CONFIRMATION_SUBJECT,
        confirmation("Frau Boukhari", "WG3", 1),
        "Wed, 15 Sep 2027 11:25:50 +0200", "<mailbot.20270915112550.8d14@hamm.example>",
        "<FR2P281MB0163E4A1B7C9D2F5A8B0C3E6D9F1A2B4@FR2P281MB0163.DEUP281.PROD.OUTLOOK.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Arabic question (UTF-8 8bit): childcare for children of 3 and 5, halal
# food; interested in the B1/B2 group but will register only after an answer.

@mail("alali-arabic-question-childcare", "2027-09-16 17:45:21",
      E("question", "rasha.alali@mail.example", "رشا العلي", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("رشا العلي", "rasha.alali@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("سؤال عن رعاية الأطفال", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<e5b02c8f-3a71-4d9e-8f60-1b7c4a2d9e36@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

قرأت عن Fachtag Teilhabe يوم 16 أكتوبر، وأنا مهتمة بمجموعة اللغة الألمانية للعمل (B1/B2)، لأنني أبحث عن عمل كمساعدة صيدلانية.
عندي طفلان عمرهما 3 و 5 سنوات. هل رعاية الأطفال متوفرة طوال اليوم أم فقط أثناء مجموعات العمل؟ وهل الطعام حلال؟
إذا كانت الرعاية ممكنة سأسجّل بعد ذلك.

شكراً جزيلاً
رشا العلي
""", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Apple Mail (iPad) multipart/alternative.  A couple, "Jahrgang 1953, also
# 74"; "50+ aktiv im Quartier" first, "bei den drei Generationen" second;
# "um halb zehn".  The neighbourhood group they are active in is named.

BUESCHER_TEXT = """Liebes Team vom Fachtag,

meine Frau Ursula und ich (beide Jahrgang 1953, also 74) möchten uns gern anmelden. Am liebsten für „50+ aktiv im Quartier“ – wir machen beim Nachbarschaftstreff Hamm-Norden mit und suchen Ideen, wie wir mehr Ältere aus dem Viertel erreichen. Wenn das voll ist, nehmen Sie uns bitte bei den drei Generationen.

Wir kommen mit dem Bus und sind pünktlich um halb zehn da.

Herzliche Grüße
Heinz-Werner Büscher

Von meinem iPad gesendet"""


@mail("buescher-ipad-couple-50plus", "2027-09-17 10:12:09",
      E("registration", "hw.buescher@mail.example", "Heinz-Werner Büscher",
        "Nachbarschaftstreff Hamm-Norden", ["WG2", "WG5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Heinz-Werner Büscher <hw.buescher@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung für 2 Personen"),
           ("Date", m.date),
           ("Message-Id", "<4A7F0C21-9E3B-46D8-B1A5-70C2E8D4F613@mail.example>"),
           ("X-Mailer", "iPad Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(BUESCHER_TEXT, apple_html(BUESCHER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 022 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit, Cyrillic only (display name and signature): the
# German title with "(номер 5)"; three generations, granddaughter 9.

@mail("petrenko-russian-koi8r-tri-pokoleniya", "2027-09-18 13:33:47",
      E("registration", "olga.petrenko@mail.example", "Ольга Петренко", None,
        ["WG5"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Петренко", "olga.petrenko@mail.example", "koi8-r", "b")),
           ("To", FT),
           ("Subject", ew("Регистрация на Fachtag", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789734827.208143.4471@mail.example>"),
           ("X-Mailer", "The Bat! (v11.2.3) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Хотим прийти на Fachtag Teilhabe 16.10. втроём: я, моя дочь и внучка (ей 9 лет). Мы живём все вместе в одной квартире, поэтому нас очень интересует рабочая группа "3 Generationen unter einem Dach" (номер 5). Внучка пойдёт с нами в группу, ей тоже интересно.

Итого 3 человека.

Спасибо!
Ольга Петренко
""", charset="koi8-r", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Change of number only (3 -> 2), replying to the confirmation of 010 with a
# web.de quote header; the quote names WG 4 and 3 persons.  A kick-off time
# (10 Uhr) in the new text.

@mail("lammert-change-zu-zweit-webde-quote", "2027-09-20 08:14:33",
      E("change", "k.lammert@jz-bockum-hoevel.example", "Kerstin Lammert",
        "Jugendzentrum Bockum-Hövel", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Kerstin Lammert <k.lammert@jz-bockum-hoevel.example>"),
           ("To", TO_FT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-d40c8e26-7f1a-45b3-9c02-6ae81f3b5d97-1789890873118@3c-app-webde-bap44>"),
           ("In-Reply-To", "<mailbot.20270907121044.40af@hamm.example>"),
           ("References", "<mailbot.20270907121044.40af@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kleine Änderung bei uns: Einer unserer Jugendlichen hat an dem Samstag ein Handballturnier (Anpfiff 10 Uhr), wir sind deshalb nur noch zu zweit. Sonst bleibt alles, wie es ist.

Viele Grüße
Kerstin Lammert
Jugendzentrum Bockum-Hövel


Gesendet: Dienstag, 07. September 2027 um 12:10 Uhr
Von: "Fachtag Teilhabe 2027" <fachtag-teilhabe@hamm.example>
An: "Kerstin Lammert" <k.lammert@jz-bockum-hoevel.example>
Betreff: """ + CONFIRMATION_SUBJECT + "\n\n" + confirmation("Frau Lammert", "WG4", 3) + "\n",
             charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Romanian without diacritics, Samsung phone, us-ascii 7bit.  Mother 67,
# daughter 38; "grupa 50+ aktiv im Quartier"; 2 persons.

@mail("popa-romanian-samsung-mama-67", "2027-09-20 16:50:18",
      E("registration", "mihaela.popa87@mail.example", "Mihaela Popa", None,
        ["WG2"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Popa <mihaela.popa87@mail.example>"),
           ("To", FT),
           ("Subject", "inscriere fachtag"),
           ("Date", m.date),
           ("Message-ID", "<k3v8q1.1789915818.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buna ziua,

As vrea sa ne inscrieti pe mine si pe mama mea la Fachtag pe 16 octombrie. Mama are 67 de ani si de cand s-a pensionat anul trecut sta mult singura acasa, asa ca grupa "50+ aktiv im Quartier" ar fi perfecta pentru ea. Eu o insotesc (am 38 de ani) si ii traduc daca e nevoie.

Suntem 2 persoane.

Multumesc,
Mihaela Popa

Trimis de pe dispozitivul meu Samsung Galaxy""", charset="us-ascii", cte="7bit")


# -- 025 ---------------------------------------------------------------------
# English change, Gmail reply to the confirmation of 004 (German quote with
# WG 3): "move me from workshop 3 to the Agenda 2030 one (WG 1)".  The old
# group is also named by paraphrase ("the German-at-work group"); 2028.

OCONNOR_CHANGE = """Hi again,

Small change of plan: could you move me from workshop 3 to the Agenda 2030 one (WG 1)? My two colleagues have signed up for the German-at-work group in the meantime, so we'd rather split up and cover more ground. Our school is also starting a sustainability project in 2028, so it fits nicely.

Thanks!
Daniel"""
OCONNOR_ATTR = f"On Wed, 1 Sept 2027 at 11:03, Fachtag Teilhabe 2027 <{FT}> wrote:"


@mail("oconnor-english-change-to-wg1", "2027-09-21 09:05:40",
      E("change", "d.oconnor@lingua-hamm.example", "Daniel O'Connor", None,
        ["WG1"], None, "en"), "en")
def _(m):
    conf = confirmation("Herr O'Connor", "WG3", 1)
    m.head(("From", "Daniel O'Connor <d.oconnor@lingua-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAOx7Rk3Hq0cw2Mx1iAd4oN9qZe5tWf7Kv6bR+Yh3Lu@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270901110318.7b2d@hamm.example>"),
           ("References", "<mailbot.20270901110318.7b2d@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OCONNOR_CHANGE}\n\n{OCONNOR_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(OCONNOR_CHANGE, quote=(OCONNOR_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Ticket-system receipt (auto_reply) in English, answering a confirmation;
# Auto-Submitted, Precedence, X-Loop; ticket number full of digits.

@mail("refugee-support-ticket-receipt", "2027-09-22 12:00:06",
      E("auto_reply"), "en")
def _(m):
    m.head(("From", "Refugee Support Hamm Helpdesk <helpdesk@refugee-support-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "[Ticket #2027092210044] Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ticket.2027092210044.1790071206@refugee-support-hamm.example>"),
           ("In-Reply-To", "<mailbot.20270922115958.e5d1@hamm.example>"),
           ("References", "<mailbot.20270922115958.e5d1@hamm.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "auto_reply"),
           ("X-Loop", "helpdesk@refugee-support-hamm.example"),
           ("MIME-Version", "1.0"))
    m.single("""Dear sender,

Thank you for contacting Refugee Support Hamm. Your message has been received and has been given the ticket number #2027092210044.

Our team answers requests Monday to Thursday, 9:00-15:00. Please do not start a new conversation for the same matter; if you want to add information, simply reply and keep the ticket number in the subject line.

Refugee Support Hamm - Helpdesk

This is an automatically generated message.
""", charset="us-ascii", cte="7bit")


# -- 027 ---------------------------------------------------------------------
# Arabic, Gmail rtl multipart/alternative, UTF-8 base64.  Arabic-Indic digits:
# "أجندة ٢٠٣٠" and "١٦ أكتوبر"; the seventeen goals written out; a student
# (his university is not an organisation he comes for).

BENAISSA_TEXT = """مساء الخير،

اسمي يوسف بن عيسى، وأدرس هندسة الطاقة في هام. أودّ التسجيل في Fachtag Teilhabe يوم ١٦ أكتوبر، في مجموعة العمل "أجندة ٢٠٣٠ في الحيّ" عن أهداف التنمية المستدامة السبعة عشر.
سآتي وحدي.

شكراً لكم
يوسف بن عيسى
Youssef Ben Aissa"""


@mail("benaissa-arabic-agenda-arabic-indic-digits", "2027-09-23 19:40:25",
      E("registration", "youssef.benaissa@gmail.example", "Youssef Ben Aissa", None,
        ["WG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("Youssef Ben Aissa", "youssef.benaissa@gmail.example")),
           ("To", FT),
           ("Subject", ew("التسجيل في يوم المشاركة ١٦/١٠", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB9xQm5Tz1Lr7Wp0dKe3vH8sYc2nFa6Ju4oG+Pb7Xi-w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BENAISSA_TEXT, gmail_html(BENAISSA_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Registration plus a question (still a registration), Thunderbird,
# windows-1252 8bit: "Werkstattgespräch 3 („Deutsch lernen B1/B2 im Beruf“)",
# he is visually impaired and comes with his assistant: 2 persons.

@mail("albrecht-inklusionsbeirat-assistenz", "2027-09-24 10:30:51",
      E("registration", "dirk.albrecht@inklusionsbeirat-hamm.example", "Dirk Albrecht",
        "Inklusionsbeirat der Stadt Hamm", ["WG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dirk Albrecht <dirk.albrecht@inklusionsbeirat-hamm.example>"),
           ("To", FT),
           ("Subject", "Anmeldung und Frage zu barrierefreien Unterlagen"),
           ("Date", m.date),
           ("Message-ID", "<c3d9e1f7-60b2-4a85-a4e3-8b1f0d7c2e94@inklusionsbeirat-hamm.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Wessels,

für den Inklusionsbeirat der Stadt Hamm melde ich mich zum Werkstattgespräch 3
an („Deutsch lernen B1/B2 im Beruf“). Uns interessiert besonders, wie Menschen
mit Behinderung und Einwanderungsgeschichte überhaupt in die Berufssprachkurse
hineinkommen.

Ich bin stark sehbehindert und komme mit meinem Assistenten, Herrn Kevin Ott.
Wir sind also 2 Personen.

Eine Frage dazu: Können Sie mir das Programm und die Unterlagen der WG vorab
als barrierefreies Word-Dokument schicken? PDFs liest mein Screenreader leider
oft schlecht.

Mit freundlichen Grüßen
Dirk Albrecht
Vorsitzender
Inklusionsbeirat der Stadt Hamm
""", charset="windows-1252", cte="8bit")


# -- 029 ---------------------------------------------------------------------
# Everything is in the Subject ("WG 1 Agenda 2030, 2 Personen"); the body
# holds only the signature.

@mail("koehler-subject-only-wg1-two", "2027-09-25 15:15:37",
      E("registration", "sven.koehler@lippeaue-initiative.example", "Sven Köhler",
        "Umweltinitiative Lippeaue e.V.", ["WG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sven Koehler <sven.koehler@lippeaue-initiative.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag: WG 1 Agenda 2030, 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<87a4f2c9e1.fsf@lippeaue-initiative.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""

-- 
Sven Köhler
Umweltinitiative Lippeaue e.V.
https://www.lippeaue-initiative.example
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# English question (us-ascii): open to people from Ahlen (15 km)? Do
# "workshop 1 and workshop 5" run at the same time?  "4 or 5 people".

@mail("asante-english-question-ahlen", "2027-09-27 09:00:14",
      E("question", "kwame.asante@ghana-union-ahlen.example", "Kwame Asante",
        "Ghana Union Ahlen", [], None, "en"), "en")
def _(m):
    m.head(("From", "Kwame Asante <kwame.asante@ghana-union-ahlen.example>"),
           ("To", FT),
           ("Subject", "Question about the Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<20270927070014.GA18243@ghana-union-ahlen.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

We are a small Ghanaian community association based in Ahlen, about 15 km
from Hamm. Is the Fachtag also open to people who don't live in Hamm?

And a second question: do workshop 1 and workshop 5 run at the same time,
or could one person attend both, e.g. one before lunch and one after? We
would probably come with 4 or 5 people and would like to split up.

Thank you,
Kwame Asante
Ghana Union Ahlen
""", charset="us-ascii", cte="7bit")


# -- 031 ---------------------------------------------------------------------
# Farsi change, Gmail rtl reply to the confirmation of 014 (German quote:
# WG 5, 2 persons).  Daughter (۱۷) comes too: "۳ نفر" -> party 3, no new group.

SADEGHI_CHANGE = """سلام،

ممنون از ایمیل تأیید. دخترمان که ۱۷ سال دارد هم می‌خواهد همراه ما بیاید. لطفاً تعداد را به ۳ نفر تغییر دهید.

با احترام
مریم صادقی"""
SADEGHI_ATTR = f"‏در تاریخ جمعه ۱۰ سپتامبر ۲۰۲۷ ساعت ۲۱:۴۹ Fachtag Teilhabe 2027 <{FT}> نوشت:"


@mail("sadeghi-farsi-change-three-persons", "2027-09-28 20:20:02",
      E("change", "maryam.sadeghi@gmail.example", "Maryam Sadeghi", None,
        [], 3, "fa"), "fa")
def _(m):
    conf = confirmation("Frau Sadeghi", "WG5", 2)
    m.head(("From", addr("Maryam Sadeghi", "maryam.sadeghi@gmail.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH3kP0kq4Ls9Yd+W2xE8gMa0bZf1eTn7uHv5Oi3Lj-R@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270910214911.d7c0@hamm.example>"),
           ("References", "<mailbot.20270910214911.d7c0@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{SADEGHI_CHANGE}\n\n{SADEGHI_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(SADEGHI_CHANGE, rtl=True, quote=(SADEGHI_ATTR, conf)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# Advertising (other), HTML only: a caterer offering "für 50+ Gäste",
# "Familienrezepte aus 3 Generationen", 9:30, 13 Uhr, prices.

LIPPE_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;font-size:15px;color:#333">
<p>Sehr geehrte Damen und Herren,</p>
<p>wie wir auf der Website der Stadt Hamm gelesen haben, planen Sie am 16. Oktober einen Fachtag mit über 100 Gästen. Gern übernehmen wir das Catering für Sie:</p>
<ul>
<li>Begrüßungskaffee und Gebäck ab 9:30 Uhr</li>
<li>Mittagsbuffet ab 13 Uhr – auch halal, vegetarisch und vegan</li>
<li>Kuchenbuffet nach Familienrezepten aus 3 Generationen</li>
</ul>
<p><b>Paket „Fachtag kompakt“ ab 18,90 € pro Person</b> – für 50+ Gäste gewähren wir 10&nbsp;% Rabatt.</p>
<p>Rufen Sie uns an unter 02381 / 30 40 50 oder antworten Sie einfach auf diese E-Mail.</p>
<p>Mit besten Grüßen<br>Ihr Team von Lippe-Catering<br>
<a href="https://www.lippe-catering.example">www.lippe-catering.example</a></p>
<p style="font-size:11px;color:#999">Sie möchten keine Angebote mehr von uns erhalten?
<a href="https://www.lippe-catering.example/abmelden?id=88213">Hier abmelden</a>.</p>
</body></html>
"""


@mail("lippe-catering-advertising", "2027-09-29 11:11:45",
      E("other"), "de")
def _(m):
    m.head(("From", "Lippe-Catering <angebote@lippe-catering.example>"),
           ("To", FT),
           ("Subject", ew("Ihr Fachtag am 16.10. – Catering für 50+ Gäste", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<mc.20270929091145.b7e2@mailer.lippe-catering.example>"),
           ("List-Unsubscribe", "<https://www.lippe-catering.example/abmelden?id=88213>"),
           ("MIME-Version", "1.0"))
    m.single(LIPPE_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Farsi question (UTF-8 base64): must one hold a B2 certificate for the
# "Deutsch lernen B1/B2 im Beruf" group?  "two years", would come if possible.

@mail("ahmadi-farsi-question-b2-certificate", "2027-09-30 14:45:09",
      E("question", "behnam.ahmadi@mail.example", "Behnam Ahmadi", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", addr("بهنام احمدی", "behnam.ahmadi@mail.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("سؤال درباره کارگاه B1/B2", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<7d1c0e93-a52f-4b68-9e07-3f8b2a6c1d40@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

من در ایران پرستار بودم و الان دو سال است که در هام زندگی می‌کنم. مدرک B1 دارم ولی هنوز B2 ندارم. آیا برای شرکت در کارگاه «Deutsch lernen B1/B2 im Beruf» حتماً باید مدرک B2 داشته باشم؟ و آیا در این کارگاه درباره‌ی شناسایی مدرک پرستاری (Anerkennung) هم صحبت می‌شود؟

اگر امکانش باشد، خوشحال می‌شوم شرکت کنم.

ممنونم
Behnam Ahmadi
""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Polish change, Gmail reply to the confirmation of 008 (quote: WG 2, 2):
# from "grupy 50+" to "3 Generationen unter einem Dach"; grandson (7) is
# not coming; "Nadal będziemy we dwoje" -- the number does not change.

NOWICKA_CHANGE = """Dzień dobry,

dziękuję za potwierdzenie. Po rozmowie z mężem chcielibyśmy jednak przejść z grupy 50+ na warsztat "3 Generationen unter einem Dach" – od września mieszka z nami wnuczek (7 lat) i ten temat jest teraz dla nas ważniejszy. Nadal będziemy we dwoje.

Pozdrawiam
Barbara Nowicka"""
NOWICKA_ATTR = f"pon., 6 wrz 2027 o 10:21 Fachtag Teilhabe 2027 <{FT}> napisał(a):"


@mail("nowicka-polish-change-to-3-generationen", "2027-10-01 18:30:27",
      E("change", "b.nowicka@mail.example", "Barbara Nowicka", None,
        ["WG5"], None, "pl"), "pl")
def _(m):
    conf = confirmation("Frau Nowicka", "WG2", 2)
    m.head(("From", addr("Barbara Nowicka", "b.nowicka@mail.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF5nWq8Rd2Hx0Lc+Zt4yPb7mKe1sVg9Ao3Ju6Qi5Ny-p@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270906102109.9e31@hamm.example>"),
           ("References", "<mailbot.20270906102109.9e31@hamm.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NOWICKA_CHANGE}\n\n{NOWICKA_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(NOWICKA_CHANGE, quote=(NOWICKA_ATTR, conf)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Turkish cancellation (UTF-8 QP): mother operated, "en az 3 hafta",
# "2 kişilik yer".

@mail("kaplan-turkish-cancel-annem-ameliyat", "2027-10-06 21:05:58",
      E("cancellation", "emine.kaplan@mail.example", "Emine Kaplan", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Kaplan", "emine.kaplan@mail.example")),
           ("To", FT),
           ("Subject", ew("İptal – Fachtag 16 Ekim", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20271006190558.7C1E04@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

maalesef 16 Ekim'de gelemeyeceğiz. Annem geçen hafta ameliyat oldu ve en az 3 hafta dinlenmesi gerekiyor. Kaydımızı iptal edebilir misiniz? 2 kişilik yerimiz başkalarına kalsın.

Teşekkürler, kolay gelsin.
Emine Kaplan
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Vacation notice of a family office answering the 7-day reminder, with no
# Auto-Submitted or other machine header at all; ISO-8859-1 QP.

@mail("familienbuero-heessen-abwesenheit-no-headers", "2027-10-09 09:30:41",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Familienbüro Heessen <familienbuero-heessen@hamm.example>"),
           ("To", FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vac.1791531041.2205@mail.hamm.example>"),
           ("In-Reply-To", "<mailbot.reminder.20271009093000.51aa@hamm.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

das Familienbüro Heessen ist vom 4. bis 15. Oktober 2027 wegen der
Herbstferien geschlossen. Ab Montag, 18.10.2027, sind wir wieder für Sie da.

Ihre Nachricht wird nach unserer Rückkehr bearbeitet. Bei dringenden
Anliegen wenden Sie sich bitte an das Familienbüro Mitte, Tel. 02381 17-6200.

Freundliche Grüße
Ihr Team vom Familienbüro Heessen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Exchange Online NDR in German (multipart/report, CRLF), for the 7-day
# reminder to a mailbox that no longer exists; text/rfc822-headers.

NDR_RCPT = "f.oezdemir@kita-regenbogen-hamm.example"
NDR_TEXT = f"""Ihre Nachricht hat {NDR_RCPT} nicht erreicht, weil die E-Mail-Adresse nicht gefunden wurde.

Der Empfänger hat möglicherweise die Organisation verlassen, oder die Adresse wurde falsch geschrieben.

So beheben Sie das Problem:
Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren E-Mail-Administrator.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.1.10
Diese Fehlermeldung wurde von Exchange Online generiert, weil der Empfänger nicht gefunden wurde.

Ursprüngliche Nachrichtendetails
Erstellungsdatum: 09.10.2027 07:30:00
Absenderadresse: {FT}
Empfängeradresse: {NDR_RCPT}
Betreff: {REMINDER_SUBJECT}

Fehlerdetails
Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generiert um: AM7PR04MB6981.eurprd04.prod.outlook.example"""

NDR_HTML = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr" lang="de-DE">
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:20px;color:#C00000"><b>Ihre Nachricht an {esc(NDR_RCPT)} konnte nicht zugestellt werden.</b></p>
<p>Die E-Mail-Adresse wurde nicht gefunden. Der Empfänger hat möglicherweise die Organisation verlassen, oder die Adresse wurde falsch geschrieben.</p>
<table style="border-collapse:collapse"><tr>
<td style="padding:4px 12px;background:#f2f2f2">{esc(FT)}<br>Absender</td>
<td style="padding:4px 12px;background:#f2f2f2">Office 365</td>
<td style="padding:4px 12px;background:#C00000;color:#fff">{esc(NDR_RCPT)}<br><b>Aktion erforderlich</b><br>Empfänger</td>
</tr></table>
<p><b>So beheben Sie das Problem:</b> Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut.</p>
<p style="font-size:12px"><b>Weitere Informationen für E-Mail-Administratoren</b><br>
Statuscode: 550 5.1.10<br>
Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>
DSN generiert um: AM7PR04MB6981.eurprd04.prod.outlook.example<br>
Erstellungsdatum: 09.10.2027 07:30:00<br>
Betreff: {esc(REMINDER_SUBJECT)}</p>
</div>
</body>
</html>
"""

NDR_HEADERS = f"""Received: from mail.hamm.example (198.51.100.25) by
 AM7PR04MB6981.eurprd04.prod.outlook.example with Microsoft SMTP Server id
 15.20.8293.14 via Frontend Transport; Sat, 9 Oct 2027 07:30:01 +0000
From: Fachtag Teilhabe 2027 <{FT}>
To: Filiz Oezdemir <{NDR_RCPT}>
Subject: {REMINDER_SUBJECT}
Date: Sat, 09 Oct 2027 09:30:00 +0200
Message-ID: <mailbot.reminder.20271009093000.0c73@hamm.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("exchange-online-ndr-reminder-german", "2027-10-09 09:31:02",
      E("bounce", bounced=NDR_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@kita-regenbogen-hamm.example>"),
           ("To", TO_FT),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1f3e2d4c-8b7a-49e6-a0c5-d2b1e9f7a360@AM7PR04MB6981.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.reminder.20271009093000.0c73@hamm.example>"),
           ("References", "<mailbot.reminder.20271009093000.0c73@hamm.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=True, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           html_cte="base64", top=False, style="outlook")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM7PR04MB6981.eurprd04.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.hamm.example"),
         ("Arrival-Date", "Sat, 9 Oct 2027 07:30:01 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\n"
                             " found by SMTP address lookup")])
    headers = m.text(NDR_HEADERS, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Russian cancellation (windows-1251 QP): a shift 7-15, "16.10.", and the
# group named in passing ("группа B1/B2").

@mail("schneider-russian-cancel-smena", "2027-10-11 07:40:16",
      E("cancellation", "tatjana.schneider@mail.example", "Tatjana Schneider", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Шнайдер", "tatjana.schneider@mail.example", "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Отмена – Fachtag 16.10.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1791689216.330418.90512@mail.example>"),
           ("X-Mailer", "Webmail 3.4"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день,

к сожалению, я не смогу прийти в субботу 16.10. – меня поставили на смену в детском саду с 7 до 15 часов, поменяться ни с кем не получилось. Пожалуйста, отмените мою регистрацию (группа B1/B2).

Может быть, в следующем году.

С уважением,
Tatjana Schneider
""", charset="windows-1251", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Romanian cancellation (UTF-8 QP), day shift 6:00-14:30, "atelierul 3"
# named only in regret.

@mail("dumitrescu-romanian-cancel-tura", "2027-10-13 19:00:33",
      E("cancellation", "ioana.dumitrescu@yahoo.example", "Ioana Dumitrescu", None,
        [], None, "ro"), "ro")
def _(m):
    m.head(("From", addr("Ioana Dumitrescu", "ioana.dumitrescu@yahoo.example")),
           ("To", FT),
           ("Subject", ew("Anulare participare Fachtag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1620384771.4419203.1791910833777@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Bună seara,

Din păcate trebuie să îmi anulez participarea la Fachtag de sâmbătă. Am primit tură de zi la clinică (6:00–14:30) și nu găsesc pe nimeni cu care să schimb. Îmi pare foarte rău, atelierul 3 m-ar fi interesat mult.

Poate data viitoare!
Ioana Dumitrescu
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation of both persons, Apple Mail reply to the 7-day reminder of 021
# (quote: WG 2, 2 persons).

BUESCHER_CANCEL = """Liebes Fachtag-Team,

leider müssen wir absagen. Meine Frau hat kurzfristig für Freitag einen OP-Termin bekommen (nichts Schlimmes, das Knie), und ich bleibe dann natürlich bei ihr. Bitte streichen Sie uns beide.

Schade – vielleicht klappt es beim nächsten Mal.

Herzliche Grüße
Heinz-Werner Büscher

Von meinem iPad gesendet"""
BUESCHER_ATTR = f"Am 09.10.2027 um 09:30 schrieb Fachtag Teilhabe 2027 <{FT}>:"


@mail("buescher-ipad-cancel-reply-to-reminder", "2027-10-15 06:50:12",
      E("cancellation", "hw.buescher@mail.example", "Heinz-Werner Büscher", None,
        [], None, "de"), "de")
def _(m):
    rem = reminder("Herr Büscher", "WG2", 2)
    m.head(("From", "Heinz-Werner Büscher <hw.buescher@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<2B9D61F4-0C7E-4A35-8E12-D6A3F9B04C58@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20271009093000.b8e2@hamm.example>"),
           ("References", "<mailbot.reminder.20271009093000.b8e2@hamm.example>"),
           ("X-Mailer", "iPad Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    plain = f"{BUESCHER_CANCEL}\n\n> {BUESCHER_ATTR}\n> \n{gt_quote(rem)}\n"
    m.alternative(plain, apple_html(BUESCHER_CANCEL, quote=(BUESCHER_ATTR, rem)),
                  charset="utf-8", cte="quoted-printable", style="apple")


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
WINDOW = (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc),
          datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc))


def check_labels(e, msg, text):
    """Problems with one expected record (the mail's decoded text given)."""
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and e["party_size"] is not None and not (
            isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("change party_size must be null or >= 1")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient must be lower-case")
    machine = k in ("auto_reply", "bounce", "other")
    for f in ("email", "name", "organisation", "language"):
        if machine and e[f] is not None:
            problems.append(f"{f} must be null for {k}")
    if not machine:
        for f in ("email", "name", "language"):
            if not e[f]:
                problems.append(f"{f} missing for person mail")
        if e["email"]:
            if e["email"] != e["email"].lower():
                problems.append("email must be lower-case")
            senders = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if e["email"] not in senders and e["email"] not in text.lower():
                problems.append("email occurs neither in From/Reply-To nor in the text")
        for f in ("name", "organisation"):
            if e[f] and e[f] not in text:
                problems.append(f"{f} {e[f]!r} does not occur in the decoded mail")
        if e["language"] and not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("language must be an ISO 639-1 code")
    return problems


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
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) + 2 > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not WINDOW[0] <= when < WINDOW[1]:
        problems.append(f"date {when} outside Aug-Oct 2027")
    got = []
    for p in leaves(msg):
        cs = p.get_content_charset()
        if p.get_content_maintype() == "text" and cs:
            try:
                p.get_payload(decode=True).decode(cs)
            except (LookupError, UnicodeDecodeError) as ex:
                problems.append(f"text part does not decode as {cs}: {ex}")
        got.append(p.get_content())
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
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.[\w-]+(?:\.[\w-]+)+", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "www.w3.org":
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by = collections.Counter((e["kind"], t) for _, _, e, t in built)
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language:")
    print("  " + "".ljust(13) + "".join(l.rjust(4) for l in langs) + "  all")
    for k in KINDS:
        row = [by[(k, l)] for l in langs]
        print("  " + k.ljust(13) + "".join(str(x).rjust(4) for x in row) + str(sum(row)).rjust(5))
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print counts")
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
