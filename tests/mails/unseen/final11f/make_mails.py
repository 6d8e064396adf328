#!/usr/bin/env python3
"""Build the "final11f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerkkonferenz Vielfalt und Antidiskriminierung Münster 2027 (Fri 12 Nov 2027,
five parallel panels P1..P5; see config.toml next to this script).  The mails arrive
between 6 September and 11 November 2027.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here,
that lines stay within 998 octets, that dates rise, that only example domains
occur, and that every expected.json record is a valid label.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.
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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

ORG = "netzwerkkonferenz@adn-muenster.example"
ORG_NAME = "Netzwerkkonferenz Vielfalt Münster"
TO_ORG = f"{ORG_NAME} <{ORG}>"
TO_ORG_ASCII = f"=?utf-8?q?Netzwerkkonferenz_Vielfalt_M=C3=BCnster?= <{ORG}>"
INVITATION_ID = "<einladung-nwk2027.20270906100002@adn-muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("P1", "P2", "P3", "P4", "P5")
LANGUAGES = ("de", "en", "fr", "ar", "tr", "ku", "fa", "es")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the display name RFC 2047-encoded when not ASCII."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def berlin_offset(when):
    """UTC offset (hours) in Europe/Berlin for a naive local time in autumn 2027."""
    return 2 if when < datetime.datetime(2027, 10, 31, 3, 0, 0) else 1


def local(when):
    t = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    return t.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=berlin_offset(t))))


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        t = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
        if tz_hours is None:
            tz_hours = berlin_offset(t)
        self.when = t.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz_hours)))
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", ORG)
        if received:
            via = sender
            if not via:     # null envelope sender (a DSN): the host is the From domain
                frm = dict(pairs)["From"]
                via = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm.split()[0]
            domain = via.split("@")[1]
            host = ("smtp." if domain in ("mail.example", "gmail.example") else "mail.") + domain
            arrival_utc = (self.when + datetime.timedelta(seconds=2)).astimezone(datetime.timezone.utc)
            off = 2 if arrival_utc.replace(tzinfo=None) < datetime.datetime(2027, 10, 31, 1, 0, 0) else 1
            arrival = format_datetime(arrival_utc.astimezone(
                datetime.timezone(datetime.timedelta(hours=off))))
            qid = _h(self.slug, "qid")[:10].upper()
            zone = "CEST" if off == 2 else "CET"
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.adn-muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ORG}>; {arrival} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.adn-muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1790000000000 + int(h[16:22], 16)}"
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

INVITATION_SUBJECT = "Einladung: Netzwerkkonferenz Vielfalt und Antidiskriminierung Münster 2027"

INVITATION = """Liebe Kolleginnen und Kollegen,
liebe Engagierte in Beratung, Schule, Recht, Medien und Zivilgesellschaft,

das Antidiskriminierungsnetzwerk Münster lädt Sie herzlich ein zur

Netzwerkkonferenz Vielfalt und Antidiskriminierung Münster 2027

Wann: Freitag, 12. November 2027, 9:30 bis 16:30 Uhr
Wo: Forum am Hafen, Am Mittelhafen 14, 48155 Münster (barrierefrei)

Am Vormittag: Begrüßung, Keynote „Wer entscheidet, wer dazugehört?“ und
Austausch im Plenum. Von 13:30 bis 15:30 Uhr laufen fünf Panels parallel:

P1  Diskriminierung auf dem Wohnungsmarkt
    Moderation: Jonas Haverkamp
P2  Schule und Bildung
    Moderation: Dr. Aylin Karakaya
P3  Arbeitswelt und Arbeitsmarkt
    Moderation: Samuel Adjei
P4  Polizei und Behörden
    Moderation: Prof. Dr. Birgit Lohmann-Reyes
P5  Medien und Hass im Netz
    Moderation: Nadia El-Khoury

Bitte melden Sie sich bis zum 3. November 2027 per E-Mail an
netzwerkkonferenz@adn-muenster.example an – mit Namen, Organisation,
gewünschtem Panel (gern mit Zweitwunsch) und der Zahl der Personen.
Die Teilnahme ist kostenfrei.

Registrations in English (or in your own language) are welcome.

Herzliche Grüße
Carla Weßling
Koordination Antidiskriminierungsnetzwerk Münster"""

CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Netzwerkkonferenz Vielfalt und Antidiskriminierung 2027"
CONFIRMATION_SUBJECT_EN = "Your registration: Network Conference on Diversity and Anti-Discrimination 2027"
REMINDER_SUBJECT = "Erinnerung: Netzwerkkonferenz am 12. November 2027"

PANEL_LINE = {
    "P1": "P1 – Diskriminierung auf dem Wohnungsmarkt (Moderation: Jonas Haverkamp)",
    "P2": "P2 – Schule und Bildung (Moderation: Dr. Aylin Karakaya)",
    "P3": "P3 – Arbeitswelt und Arbeitsmarkt (Moderation: Samuel Adjei)",
    "P4": "P4 – Polizei und Behörden (Moderation: Prof. Dr. Birgit Lohmann-Reyes)",
    "P5": "P5 – Medien und Hass im Netz (Moderation: Nadia El-Khoury)",
}


def confirmation(salutation, panel, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Netzwerkkonferenz Vielfalt und
Antidiskriminierung Münster 2027 am Freitag, 12. November 2027,
9:30 bis 16:30 Uhr, im Forum am Hafen, Am Mittelhafen 14, 48155 Münster.

Ihr Panel (13:30 bis 15:30 Uhr):
{PANEL_LINE[panel]}

Angemeldete Personen: {persons}

Möchten Sie das Panel wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Netzwerkkonferenz Vielfalt Münster
Antidiskriminierungsnetzwerk Münster"""


def confirmation_en(salutation, panel, persons):
    return f"""Dear {salutation},

thank you for registering for the Network Conference on Diversity and
Anti-Discrimination Münster 2027 on Friday, 12 November 2027,
9:30 am to 4:30 pm, at Forum am Hafen, Am Mittelhafen 14, 48155 Münster.

Your panel (1:30 to 3:30 pm):
{PANEL_LINE[panel]}

Persons registered: {persons}

To change your panel or the number of persons, or to cancel, simply
reply to this e-mail.

Kind regards
Netzwerkkonferenz Vielfalt Münster
Antidiskriminierungsnetzwerk Münster"""


def reminder(salutation, panel, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Die Netzwerkkonferenz Vielfalt und
Antidiskriminierung Münster 2027 findet am Freitag, 12. November 2027,
von 9:30 bis 16:30 Uhr im Forum am Hafen statt (Am Mittelhafen 14,
48155 Münster).

Ihr Panel (13:30 bis 15:30 Uhr):
{PANEL_LINE[panel]}

Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail – so können wir Plätze an die Warteliste weitergeben.

Mit freundlichen Grüßen
Netzwerkkonferenz Vielfalt Münster
Antidiskriminierungsnetzwerk Münster"""


def bot_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@adn-muenster.example>"


def organiser_message(to, subject, body, date, msgid, in_reply_to=None, auto="auto-replied"):
    """A whole message from the organiser's mailbot (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ORG_ASCII
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# client styles
# ---------------------------------------------------------------------------

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
	font-size:10.0pt;
	mso-ligatures:none;}}
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


def outlook_html(text, quote=None, charset="Windows-1252"):
    """Outlook (Word) HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                f"style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"{q}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation (a mailing-list recipient),
# German and English, with Auto-Submitted and X-Auto-Response-Suppress.

SCHOPPMANN_OOO = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.09.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@caritas-ms.example oder 0251 5300-100.

Dear Sir or Madam,
thank you for your e-mail. I am out of the office until 24 September 2027 with no access to my e-mails. For urgent matters please contact sekretariat@caritas-ms.example.

Mit freundlichen Grüßen / Kind regards
Ute Schoppmann
Fachdienst Migration und Integration"""


@mail("schoppmann-exchange-out-of-office", "2027-09-06 10:00:09", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Schoppmann, Ute" <ute.schoppmann@caritas-ms.example>'),
           ("To", TO_ORG_ASCII),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcH2bN4kq8x1Z0nUO3vA7yTq2JfQ=="),
           ("Date", m.date),
           ("Message-ID", "<b7c1e0f2a9d84c51b0f6e3a2d1c4b5a6@EXMBX02.caritas-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "ute.schoppmann@caritas-ms.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div style=\"font-family:Calibri,Arial,Helvetica,sans-serif; font-size:11pt\">"
                 + "".join(f"<p>{esc(p_)}</p>" if p_ else "" for p_ in SCHOPPMANN_OOO.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(SCHOPPMANN_OOO, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all five panels and their
# moderators appear in the quote); the choice "P4" is only in the new text.

@mail("hoelscher-thunderbird-p4-quotes-invitation", "2027-09-06 11:12:40",
      E("registration", "m.hoelscher@adb-muensterland.example", "Mareike Hölscher",
        "Antidiskriminierungsbüro Münsterland e.V.", ["P4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mareike Hölscher <m.hoelscher@adb-muensterland.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4e9a1c77-0b2d-4f3a-9e61-2d7c5b8a0f13@adb-muensterland.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Weßling,

danke für die Einladung, die kommt genau richtig – wir hatten in der
Beratung in den letzten Monaten auffallend viele Meldungen über Kontrollen
rund um den Hauptbahnhof. Ich melde mich deshalb für P4 an und komme
allein.

Herzliche Grüße
Mareike Hölscher

-- 
Mareike Hölscher
Beratung & Dokumentation
Antidiskriminierungsbüro Münsterland e.V.
Tel. 0251 98 76 54 30

Am 06.09.27 um 10:00 schrieb Netzwerkkonferenz Vielfalt Münster:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Lawyer, Outlook HTML only (Word HTML, windows-1252, QP), invitation quoted
# under a Von:/Gesendet: block.  "Panel 3", otherwise "Panel 4".  He comes for
# his own law firm, which is therefore the organisation.

TERHORST_TEXT = """Sehr geehrte Frau Weßling,

hiermit melde ich mich verbindlich zur Netzwerkkonferenz am 12.11. an. Mein Interesse gilt in erster Linie dem Panel 3 „Arbeitswelt und Arbeitsmarkt“, da ich in meiner Kanzlei regelmäßig Verfahren nach dem AGG wegen Benachteiligung im Bewerbungsverfahren führe. Sollte dieses Panel bereits ausgebucht sein, nehme ich gern am Panel 4 teil.

Mit freundlichen Grüßen

Dr. Jan-Hendrik Terhorst
Rechtsanwalt | Fachanwalt für Arbeitsrecht

Terhorst & Kollegen Rechtsanwälte
Hammer Straße 212 · 48153 Münster
Tel. 0251 / 6 09 48-0 · Fax 0251 / 6 09 48-29
www.terhorst-kollegen.example"""


@mail("terhorst-outlook-html-panel3-else-4", "2027-09-07 08:41:17",
      E("registration", "terhorst@terhorst-kollegen.example", "Jan-Hendrik Terhorst",
        "Terhorst & Kollegen Rechtsanwälte", ["P3", "P4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Jan-Hendrik Terhorst" <terhorst@terhorst-kollegen.example>'),
           ("To", TO_ORG_ASCII),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcH2bN4kq8x1Z0nUO3vA7yTq2JfbCA1pQw"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8417C3E1A2F04B6D9E7A1C5F8B2D@DB9PR04MB8417.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{ORG_NAME} <{ORG}>", "Montag, 6. September 2027 10:00",
             f"{ORG_NAME} <{ORG}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(TERHORST_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English PhD student, Gmail multipart/alternative.  Wants "the panel on media
# and online hate" and "also the housing one"; media first if only one.

OKAFOR_TEXT = """Hi there,

I'm a PhD student at the University of Münster (media and communication) and I'd really like to come to the network conference on 12 November. I'd love to attend the panel on media and online hate - that's more or less my thesis topic - and ideally also the housing one, because our student group keeps hearing horror stories from international students looking for a room.

If it's only possible to do one, then media please!

Thanks a lot,
Chidinma

--
Chidinma Okafor-Brandt
Sankofa - Black Students Network Münster
she/her"""


@mail("okafor-brandt-gmail-media-and-housing", "2027-09-07 22:05:51",
      E("registration", "chidinma.ob@gmail.example", "Chidinma Okafor-Brandt",
        "Sankofa - Black Students Network Münster", ["P5", "P1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chidinma Okafor-Brandt <chidinma.ob@gmail.example>"),
           ("To", ORG),
           ("Subject", "Registration - network conference 12 Nov"),
           ("Date", m.date),
           ("Message-ID", "<CAJ4m2q+Vx8r0LkT7eW3nHd9pZ1sQa6uYbF5cG2iK7oMw3xRt9A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKAFOR_TEXT, gmail_html(OKAFOR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Turkish parents' association, ISO-8859-9 quoted-printable, subject in
# ISO-8859-9 Q-words.  "okul ve eğitim paneline (Panel 2)", two persons.

@mail("yilmaz-turkish-latin5-okul-paneli", "2027-09-08 19:20:33",
      E("registration", "serap.yilmaz@tvd-muenster.example", "Serap Yılmaz",
        "Münster Türk Veli Derneği e.V.", ["P2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serap Yılmaz", "serap.yilmaz@tvd-muenster.example", "iso-8859-9")),
           ("To", ORG),
           ("Subject", ew("Konferans kaydı - 12 Kasım", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270908192033.7F2A41C0@webmail.tvd-muenster.example>"),
           ("X-Mailer", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Münster Türk Veli Derneği olarak 12 Kasım'daki konferansa katılmak
istiyoruz. Ben ve yönetim kurulumuzdan Ayşe Kılıç Hanım, okul ve eğitim
paneline (Panel 2) gelmek istiyoruz. Çocuklarımızın okulda yaşadığı
ayrımcılık bizim için en önemli konu.

İkimiz de Almanca konuşuyoruz, tercümeye gerek yok.

Saygılarımla
Serap Yılmaz
Münster Türk Veli Derneği e.V.
Tel: 0157 84 21 90 33
""", charset="iso-8859-9", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Press question from a local daily: are panels open to the press, photos,
# interviews with two moderators (whose names are aliases).  Registers no one.

@mail("brinkhoff-tagesblatt-press-question", "2027-09-09 10:05:12",
      E("question", "l.brinkhoff@tagesblatt-ms.example", "Lukas Brinkhoff",
        "Münsterländer Tagesblatt", [], None, "de"), "de")
def _(m):
    m.head(("From", "Brinkhoff, Lukas <l.brinkhoff@tagesblatt-ms.example>"),
           ("To", ORG),
           ("Subject", "Presseanfrage Netzwerkkonferenz 12.11."),
           ("Date", m.date),
           ("Message-ID", "<000001dc2150$3a7f9e20$af7eda60$@tagesblatt-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

das Münsterländer Tagesblatt möchte über die Netzwerkkonferenz am 12. November berichten. Dazu vorab ein paar Fragen:

- Sind die Panels presseöffentlich oder nur die Keynote am Vormittag?
- Dürfen wir im Saal fotografieren? Falls ja: Wie gehen Sie mit Teilnehmenden um, die nicht abgebildet werden möchten?
- Wäre in der Mittagspause ein kurzes Gespräch mit Prof. Lohmann-Reyes oder Frau El-Khoury möglich?

Ob ich selbst komme oder eine Kollegin, entscheiden wir in der Redaktionskonferenz nächste Woche.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen

Lukas Brinkhoff
Redaktion Lokales
Münsterländer Tagesblatt
Tel. 0251 690-4417
""", charset="iso-8859-1", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Kurmanji Kurdish from a phone (Samsung), UTF-8 base64.  "panela çarem"
# (the fourth panel), "polîs û dezgehên dewletê"; she and a friend -> 2.
# The association appears in German in the signature.

@mail("baran-kurmanji-panela-carem", "2027-09-10 14:47:02",
      E("registration", "rojda.baran@mail.example", "Rojda Baran",
        "Kurdischer Frauenverein Münster e.V.", ["P4"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Baran <rojda.baran@mail.example>"),
           ("To", ORG),
           ("Subject", "Qeydkirin - Netzwerkkonferenz 12.11."),
           ("Date", m.date),
           ("Message-ID", "<xq7ph2.m3k9w1v0bz4t@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Navê min Rojda Baran e. Ez li Komeleya Jinên Kurd a Münsterê dixebitim. Ez û hevala xwe Zîlan Aydin dixwazin di 12ê Mijdarê de beşdarî konferansê bibin.

Em dixwazin tevlî panela çarem bibin, ya li ser polîs û dezgehên dewletê. Gelek jinên ku tên cem me li ser vê mijarê serpêhatiyên xwe vedibêjin.

Gelek spas û silav
Rojda Baran
Kurdischer Frauenverein Münster e.V.

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="base64")


# -- 008 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative with dir="rtl".  First choice the
# housing panel (described in Arabic), second choice the work panel.

HADDAD_TEXT = """السلام عليكم ورحمة الله،

أرغب في التسجيل في مؤتمر الشبكة حول التنوع ومناهضة التمييز في مونستر يوم ١٢ نوفمبر.
أعمل مستشارة اجتماعية مع العائلات اللاجئة، وأغلب المشاكل التي نواجهها تتعلق بالبحث عن سكن، لذلك أفضّل ندوة التمييز في سوق السكن. وإذا لم يبقَ فيها مكان، فاختياري الثاني هو ندوة العمل وسوق العمل.

سأحضر وحدي.

مع خالص الشكر والتقدير
رانيا حداد
Rania Haddad
Deutsch-Syrischer Verein Münster e.V."""


@mail("haddad-arabic-gmail-housing-then-work", "2027-09-11 09:30:45",
      E("registration", "rania.haddad@gmail.example", "Rania Haddad",
        "Deutsch-Syrischer Verein Münster e.V.", ["P1", "P3"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("رانيا حداد", "rania.haddad@gmail.example", "utf-8", "b")),
           ("To", ORG),
           ("Subject", ew("التسجيل في مؤتمر ١٢ نوفمبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAPx7Rk2bN0hZ4sW9yLq1eTg6vJ3mUoA8dF5cH2rK7pQw1xYz0B@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Newsletter of a state-wide network (other): mentions this conference, its
# panels, a different event's registration, list headers.

LNA_TEXT = """Newsletter 9/2027 – Landesnetzwerk Antidiskriminierung NRW

Liebe Mitglieder, liebe Interessierte,

hier die Neuigkeiten aus dem Netzwerk:

1) Neue Beratungsstelle in Bielefeld
Seit dem 1. September berät das Team von „Vielfalt OWL“ auch in Herford und Gütersloh.

2) Fachtag „Diskriminierungssensible Schule“, 30. September, Dortmund
Anmeldung bis 20. September unter https://www.lna-nrw.example/fachtag-schule

3) Veranstaltungshinweis: Netzwerkkonferenz Vielfalt und Antidiskriminierung Münster, 12. November
Fünf Panels von Wohnungsmarkt über Polizei und Behörden bis Hass im Netz. Anmeldung direkt bei den Veranstalter*innen in Münster.

4) Neue Studie zu Racial Profiling in NRW
Die Kurzfassung steht zum Download bereit: https://www.lna-nrw.example/studie-2027

Solidarische Grüße
Ihr Team der Landeskoordination

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler eingetragen haben.
Abmelden: https://www.lna-nrw.example/newsletter/abmelden?u=7f3e21"""


@mail("lna-nrw-newsletter-september", "2027-09-13 07:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Landesnetzwerk Antidiskriminierung NRW <newsletter@lna-nrw.example>"),
           ("To", ORG),
           ("Subject", "Newsletter 9/2027: Fachtag Schule, Termine, neue Studie"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.3f8e1c@news.lna-nrw.example>"),
           ("List-Id", "Newsletter LNA NRW <newsletter.lna-nrw.example>"),
           ("List-Unsubscribe", "<https://www.lna-nrw.example/newsletter/abmelden?u=7f3e21>, <mailto:abmelden@lna-nrw.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach Mailer"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7f3e21@news.lna-nrw.example")
    rows = []
    for block in LNA_TEXT.split("\n\n"):
        lines = block.split("\n")
        rows.append("<tr><td style=\"padding:12px 24px;font-family:Arial,sans-serif;font-size:14px;color:#222\">"
                    + "<br>".join(esc(line) for line in lines) + "</td></tr>")
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter 9/2027</title></head>"
                 "<body style=\"margin:0;background:#eef1f4\"><table width=\"600\" align=\"center\" "
                 "cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff\">"
                 + "\n".join(rows) + "</table></body></html>\n")
    m.alternative(LNA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# School social worker registers himself and two teachers for the school
# panel "bei Frau Dr. Karakaya" (title words + moderator); Apple Mail plain.

@mail("rensing-school-three-persons-p2", "2027-09-14 11:02:19",
      E("registration", "t.rensing@hbg-muenster.example", "Thomas Rensing",
        "Hildegard-Burjan-Gesamtschule Münster", ["P2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Thomas Rensing <t.rensing@hbg-muenster.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Netzwerkkonferenz – 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<9C4D2E71-5A3B-4F08-B6E1-7D2C9A0F3B45@hbg-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Weßling,

für die Netzwerkkonferenz möchte ich drei Personen von unserer Schule anmelden, alle für das Panel „Schule und Bildung“ bei Frau Dr. Karakaya:

– Thomas Rensing (ich selbst, Schulsozialarbeit)
– Birgül Aslan (Lehrerin, Deutsch als Zweitsprache)
– Fenja Oltmann (Lehrerin, Beratungsteam)

Wir bauen gerade an der Schule eine Beschwerdestelle auf und erhoffen uns dafür viele Anregungen. Die Bestätigung bitte an mich, ich leite sie weiter.

Beste Grüße
Thomas Rensing

Schulsozialarbeit
Hildegard-Burjan-Gesamtschule Münster
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Spanish freelance journalist, ISO-8859-1 8bit: registers for "el panel 5"
# and asks whether she may record audio -> still a registration.

@mail("ferrer-ruiz-spanish-panel-5-audio", "2027-09-15 16:48:30",
      E("registration", "mj.ferrer@correo.example", "María José Ferrer Ruiz",
        "Revista Puentes", ["P5"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("María José Ferrer Ruiz", "mj.ferrer@correo.example", "iso-8859-1")),
           ("To", ORG),
           ("Subject", ew("Inscripción: conferencia del 12 de noviembre", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<2d8f0e1a-6c47-4b95-8a13-f0e7c2b9d654@correo.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Me llamo María José Ferrer Ruiz, soy periodista freelance y vivo en Münster
desde hace tres años. Escribo sobre migración para la Revista Puentes, que
se publica en Madrid.

Quisiera inscribirme en la conferencia del 12 de noviembre, en el panel 5
(medios y odio en internet). ¿Sería posible grabar algunas intervenciones
en audio para un pódcast, siempre con el permiso de las personas?

Entiendo bastante bien el alemán, así que no necesito interpretación.

Un saludo cordial,
María José Ferrer Ruiz
Periodista · Revista Puentes
""", charset="iso-8859-1", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Persian law student, UTF-8 base64, Persian digits: "پنل شماره ۳" -> P3.
# Names no organisation (the university is where she studies).

@mail("rahimi-persian-panel-3-digits", "2027-09-16 23:14:08",
      E("registration", "parisa.rahimi@uni-mail.example", "Parisa Rahimi", None,
        ["P3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", addr("Parisa Rahimi", "parisa.rahimi@uni-mail.example")),
           ("To", ORG),
           ("Subject", ew("ثبت‌نام کنفرانس ۱۲ نوامبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789679648.51207.1789679648112@webmail.uni-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من پریسا رحیمی هستم، دانشجوی کارشناسی ارشد حقوق در دانشگاه مونستر. مایلم در کنفرانس شبکه‌ای «تنوع و مبارزه با تبعیض» در روز ۱۲ نوامبر شرکت کنم.
لطفاً مرا برای پنل شماره ۳ (کار و بازار کار) ثبت‌نام کنید. موضوع پایان‌نامه‌ام تبعیض در فرایند استخدام است و خیلی دوست دارم تجربه‌های مشاوران را بشنوم.

تنها می‌آیم.

با سپاس فراوان
پریسا رحیمی
Parisa Rahimi
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Tenants' association: "ins Panel von Jonas Haverkamp" (moderator only),
# herself and two colleagues -> 3.  Informal, first-name terms.

@mail("vogelsang-panel-von-haverkamp-three", "2027-09-17 12:20:55",
      E("registration", "vogelsang@mietergemeinschaft-ms.example", "Henrike Vogelsang",
        "Mietergemeinschaft Münster-Süd e.V.", ["P1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Henrike Vogelsang <vogelsang@mietergemeinschaft-ms.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Konferenz"),
           ("Date", m.date),
           ("Message-ID", "<a3f5c9e1-82d4-4b7f-9c06-1e5d8b2a7f40@mietergemeinschaft-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Carla,

wie am Telefon besprochen melde ich mich und zwei Kolleginnen aus der
Mietrechtsberatung für die Konferenz an – wir gehen natürlich ins Panel
von Jonas Haverkamp.

Wir sind: Henrike Vogelsang, Dilara Şen und Agnieszka Nowak.

Bis bald und liebe Grüße
Henrike

--
Henrike Vogelsang
Mietergemeinschaft Münster-Süd e.V.
Beratungsstelle Hansaviertel
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# French, Roundcube, ISO-8859-1 quoted-printable: "la table ronde sur le
# travail et le marché de l'emploi", else "celle sur la police et les
# administrations".

@mail("ndiaye-french-travail-sinon-police", "2027-09-20 09:55:10",
      E("registration", "aissatou.ndiaye@cfa-muenster.example", "Aïssatou Ndiaye",
        "Collectif des Femmes Africaines de Münster", ["P3", "P4"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aïssatou Ndiaye", "aissatou.ndiaye@cfa-muenster.example", "iso-8859-1")),
           ("To", ORG),
           ("Subject", ew("Inscription à la conférence du 12 novembre", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<f0c2a8d61e7b4c93@cfa-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je me permets de vous écrire au nom du Collectif des Femmes Africaines de Münster. Nous souhaiterions participer à votre conférence du 12 novembre.

Pour ma part, je voudrais m'inscrire à la table ronde sur le travail et le marché de l'emploi ; si elle est complète, celle sur la police et les administrations m'intéresse aussi.

Je viendrai seule. Une autre membre du collectif vous écrira peut-être séparément.

Bien cordialement,
Aïssatou Ndiaye
Collectif des Femmes Africaines de Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Sent from a shared info@ mailbox (which runs a ticket system, see 016); the
# writer asks for the confirmation to go to info@.  "Erstwunsch: Arbeitsmarkt
# (P3), Zweitwunsch: Schule/Bildung (P2)".

@mail("dogan-jmd-info-mailbox-p3-p2", "2027-09-21 10:14:26",
      E("registration", "info@jmd-muenster.example", "Kerem Doğan",
        "Jugendmigrationsdienst Münster", ["P3", "P2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jugendmigrationsdienst Münster <info@jmd-muenster.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Netzwerkkonferenz"),
           ("Date", m.date),
           ("Message-ID", "<20270921101426.6b1e@jmd-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte mich für die Netzwerkkonferenz anmelden.
Erstwunsch: Arbeitsmarkt (P3)
Zweitwunsch: Schule/Bildung (P2)

Wir begleiten viele junge Menschen beim Übergang Schule–Beruf, deshalb passen beide Panels gut zu unserer Arbeit.

Bitte schicken Sie die Bestätigung an diese Adresse (info@), mein persönliches Postfach wird gerade umgestellt.

Freundliche Grüße
Kerem Doğan
Jugendmigrationsdienst Münster
""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Ticket-system receipt from info@ for the confirmation of 015; no
# Auto-Submitted header, only X-Loop and Precedence.

@mail("jmd-ticket-system-receipt", "2027-09-21 10:15:40", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Jugendmigrationsdienst Münster <info@jmd-muenster.example>"),
           ("To", TO_ORG_ASCII),
           ("Subject", "[Ticket#2027092110000417] Ihre Nachricht ist eingegangen: "
                       "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789978540.412.2027092110000417@tickets.jmd-muenster.example>"),
           ("In-Reply-To", bot_id("20270921101450", "9d2c")),
           ("References", bot_id("20270921101450", "9d2c")),
           ("X-Loop", "yes"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Znuny Mail Service"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht an den Jugendmigrationsdienst Münster.

Ihr Anliegen wurde unter der Nummer 2027092110000417 erfasst. Wir melden uns innerhalb von drei Werktagen bei Ihnen. Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht.

Jugendmigrationsdienst Münster
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# An office forwards its chairwoman's wish (Outlook plain, ISO-8859-1) and
# asks for the confirmation to go to her directly: email = her address.

SCHMITZ_FWD = """Sehr geehrte Frau Weßling,

anbei die Anmeldung unserer Vorsitzenden, Frau Dr. Leila Schmitz-Ahmed, für die Netzwerkkonferenz. Sie möchte am Panel 2 teilnehmen, falls das voll ist, am Panel 4.

Bitte schicken Sie die Bestätigung direkt an Frau Dr. Schmitz-Ahmed (leila.schmitz-ahmed@stadt-ms.example), ich bin ab Montag im Urlaub.

Mit freundlichen Grüßen
i. A. Petra Kröger

Geschäftsstelle
Integrationsrat der Stadt Münster
Tel. 0251 492-7031

-----Ursprüngliche Nachricht-----
Von: Schmitz-Ahmed, Leila <leila.schmitz-ahmed@stadt-ms.example>
Gesendet: Mittwoch, 22. September 2027 09:12
An: Kröger, Petra <petra.kroeger@stadt-ms.example>
Betreff: Konferenz 12.11.

Liebe Frau Kröger,

könnten Sie mich bitte für die Antidiskriminierungskonferenz im November anmelden? Am liebsten Schule, sonst Polizei/Behörden.

Danke und viele Grüße
LSA
"""


@mail("kroeger-forwards-chairwoman-p2-else-p4", "2027-09-22 14:40:12",
      E("registration", "leila.schmitz-ahmed@stadt-ms.example", "Leila Schmitz-Ahmed",
        "Integrationsrat der Stadt Münster", ["P2", "P4"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Kröger, Petra" <petra.kroeger@stadt-ms.example>'),
           ("To", ORG),
           ("Subject", "WG: Konferenz 12.11."),
           ("Thread-Topic", "Konferenz 12.11."),
           ("Thread-Index", "AdwtXq3d9K1fR0mPQ6KjW8y2cB4sLw=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1724A9C04D2E5B1F8C3A@FR3P281MB1724.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(SCHMITZ_FWD, charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Learner German from a phone; "das Thema Polizei"; first name only in the
# sign-off, the full name in the first line.

@mail("tesfaye-learner-german-polizei", "2027-09-23 21:03:47",
      E("registration", "yonas.t@mail.example", "Yonas Tesfaye",
        "Eritreische Gemeinschaft Münster", ["P4"], 1, "de"), "de")
def _(m):
    m.head(("From", "Yonas T. <yonas.t@mail.example>"),
           ("To", ORG),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAB1zT9q0Wk3yP5nE7vR2xL8mH4sD6fG1jK0aQ3uO9iY5cN7bVw@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

mein name ist Yonas Tesfaye, ich bin von Eritreische Gemeinschaft Münster. Ich will gerne kommen zu die Konferenz am 12.11.
Fur mich ist wichtig das Thema Polizei, weil viele junge leute aus unsere Gemeinschaft haben Probleme mit Kontrolle am Bahnhof und in Stadt.
Ich komme alleine.

Danke
Yonas
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Our own Postfix returns the confirmation for 018: remote mailbox full
# (552 5.2.2), with the whole confirmation attached as message/rfc822.

@mail("postfix-dsn-mailbox-full-tesfaye", "2027-09-23 21:04:31",
      E("bounce", bounced="yonas.t@mail.example"), "en")
def _(m):
    rcpt = "yonas.t@mail.example"
    m.head(("From", "MAILER-DAEMON@mail.adn-muenster.example (Mail Delivery System)"),
           ("To", ORG),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270923190431.3C7E22A0B1@mail.adn-muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.adn-muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.mail.example[198.51.100.25] said: 552 5.2.2
    <{rcpt}>: Recipient address rejected: Mailbox full (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.adn-muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E22A0B1"),
         ("X-Postfix-Sender", f"rfc822; {ORG}"),
         ("Arrival-Date", "Thu, 23 Sep 2027 21:04:29 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full")])
    inner = organiser_message(
        f"Yonas T. <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Yonas Tesfaye", "P4", 1),
        "Thu, 23 Sep 2027 21:04:28 +0200", bot_id("20270923210428", "41af"),
        "<CAB1zT9q0Wk3yP5nE7vR2xL8mH4sD6fG1jK0aQ3uO9iY5cN7bVw@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(inner)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# English accessibility questions "before I register": a question.

@mail("raman-accessibility-question-english", "2027-09-24 13:30:02",
      E("question", "priya.raman@muenster-inklusiv.example", "Priya Raman",
        "Münster Inklusiv e.V.", [], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raman <priya.raman@muenster-inklusiv.example>"),
           ("To", ORG),
           ("Subject", "Accessibility - conference on 12 November"),
           ("Date", m.date),
           ("Message-ID", "<e91b7c2d-4f60-4a8e-b3d5-0c7a2f9e1b68@muenster-inklusiv.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm a wheelchair user and work as a peer counsellor at Münster Inklusiv
e.V. Before I register for the conference on 12 November, could you help
me with a few things?

1. Is the Forum am Hafen step-free, including the rooms where the panels
   take place and the toilets?
2. Will there be sign language interpretation (DGS), at least for the
   keynote?
3. Can my personal assistant come with me without taking up one of the
   places?

Many thanks in advance,
Priya Raman
Peer Counselling | Münster Inklusiv e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Change (English), Gmail reply quoting the English confirmation (P5):
# "move me to the housing panel (P1) instead".

OKAFOR_CHANGE = """Hi again,

quick change: two other people from Sankofa are now going to the media panel, so could you please move me to the housing panel (P1) instead? Just the one panel is fine for me.

Thanks!
Chidinma"""

OKAFOR_ATTR = (f"On Tue, 7 Sept 2027 at 22:06, {ORG_NAME} <{ORG}> wrote:")


@mail("okafor-brandt-change-to-housing", "2027-09-26 15:11:20",
      E("change", "chidinma.ob@gmail.example", "Chidinma Okafor-Brandt", None,
        ["P1"], None, "en"), "en")
def _(m):
    conf = confirmation_en("Chidinma Okafor-Brandt", "P5", 1)
    ref = bot_id("20270907220614", "c3e1")
    m.head(("From", "Chidinma Okafor-Brandt <chidinma.ob@gmail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT_EN),
           ("Date", m.date),
           ("Message-ID", "<CAJ4m2q+Wz1c9NfS3hR8yKa0pVd7tLb2eXq6uGo4iM5nJw8rTs2B@mail.gmail.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("MIME-Version", "1.0"))
    plain = f"{OKAFOR_CHANGE}\n\n{OKAFOR_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(OKAFOR_CHANGE, attribution=OKAFOR_ATTR, quoted=conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Sorani Kurdish (Arabic script), HTML only, UTF-8 base64; Arabic-Indic digit
# "پانێڵی ژمارە ٥" -> P5.  Association named in Kurdish in the text and in
# German in the signature (the signature form is the label).

SHNO_TEXT = """سڵاو و ڕێز،

من شنۆ ئەحمەدم، خوێندکاری زانکۆی مونستەرم و ئەندامی کۆمەڵەی خوێندکارانی کوردم.
دەمەوێت بەشداری کۆنفرانسەکەی ڕۆژی ١٢ی نۆڤەمبەر بکەم، لە پانێڵی ژمارە ٥ (میدیا و ڕق و کینە لە ئینتەرنێت).
بە تەنها دێم.

زۆر سوپاس
شنۆ ئەحمەد
Shno Ahmed
Kurdischer Studierendenverein Münster"""


@mail("shno-ahmed-sorani-panel-5", "2027-09-27 11:45:09",
      E("registration", "shno.ahmed@student-mail.example", "Shno Ahmed",
        "Kurdischer Studierendenverein Münster", ["P5"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Shno Ahmed <shno.ahmed@student-mail.example>"),
           ("To", ORG),
           ("Subject", ew("تۆمارکردن بۆ کۆنفرانسی ١٢ی نۆڤەمبەر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<trinity-0e4c7a21-9b3d-4f58-a6e2-5c1d8b7f3a90-1790502309441@msvc-mesg-student-mail>"),
           ("MIME-Version", "1.0"))
    body = ("<html><head></head><body><div dir=\"rtl\" style=\"font-family: Tahoma, sans-serif;"
            "font-size: 13px;\">"
            + "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in SHNO_TEXT.split("\n"))
            + "</div></body></html>\n")
    m.single(body, subtype="html", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Change of the number only (1 -> 2): Outlook multipart/alternative reply to
# the confirmation (P3, 1 person).  "gern im selben Panel" names no new choice.

TERHORST_CHANGE = """Sehr geehrte Frau Weßling,

vielen Dank für die Bestätigung. Meine Kollegin, Frau Rechtsanwältin Defne Uçar, möchte ebenfalls an der Konferenz teilnehmen, gern im selben Panel. Könnten Sie die Anmeldung bitte auf zwei Personen erweitern?

Mit freundlichen Grüßen

Dr. Jan-Hendrik Terhorst
Rechtsanwalt | Fachanwalt für Arbeitsrecht

Terhorst & Kollegen Rechtsanwälte
Hammer Straße 212 · 48153 Münster"""


@mail("terhorst-change-add-colleague-outlook", "2027-09-28 08:20:41",
      E("change", "terhorst@terhorst-kollegen.example", "Jan-Hendrik Terhorst",
        "Terhorst & Kollegen Rechtsanwälte", [], 2, "de"), "de")
def _(m):
    ref = bot_id("20270907084152", "77b0")
    m.head(("From", '"Dr. Jan-Hendrik Terhorst" <terhorst@terhorst-kollegen.example>'),
           ("To", TO_ORG_ASCII),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcH7Qk0d2mVtXjR0y6bN3pL8wZ5Q=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB84170A6F2C91E3B4D5F7A8C0E1B2@DB9PR04MB8417.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{ORG_NAME} <{ORG}>", "Dienstag, 7. September 2027 08:41",
             "Dr. Jan-Hendrik Terhorst <terhorst@terhorst-kollegen.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Dr. Terhorst", "P3", 1))
    m.alternative(outlook_plain(TERHORST_CHANGE, quote), outlook_html(TERHORST_CHANGE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Two students rank three panels; Apple Mail multipart/alternative.  The
# writer signs with her first name; her full name is in the text.

BRUENING_TEXT = """Hallo liebes Orga-Team,

wir sind zwei Studentinnen aus der Hochschulgruppe „Kritische Jurist*innen Münster“ und würden gern zur Netzwerkkonferenz kommen: Lea Brüning (ich) und Merve Aksoy.

Da wir nicht wissen, wie voll die Panels werden, hier unsere Reihenfolge:
1. P2 Schule und Bildung
2. P5 Medien und Hass im Netz
3. P1 Wohnungsmarkt

Wir freuen uns!
Liebe Grüße
Lea"""


@mail("bruening-ranking-three-panels-apple", "2027-09-29 20:33:17",
      E("registration", "lea.bruening@uni-mail.example", "Lea Brüning",
        "Kritische Jurist*innen Münster", ["P2", "P5", "P1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Lea Brüning <lea.bruening@uni-mail.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung für zwei Personen"),
           ("Date", m.date),
           ("Message-ID", "<7B2E9D14-3C6A-4F81-A0D5-E8F1B2C3D4A5@uni-mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("MIME-Version", "1.0"))
    m.alternative(BRUENING_TEXT, apple_html(BRUENING_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 025 ---------------------------------------------------------------------
# Petition campaign mail (other): addresses the mailbox's owner by first name,
# mentions police, schools and authorities.

PETITION_TEXT = """Hallo Carla,

4.812 Menschen haben schon unterschrieben – fehlt noch deine Stimme?

NRW braucht endlich ein Landesantidiskriminierungsgesetz. Wer von Polizei, Schulen oder Behörden diskriminiert wird, hat heute kaum eine Chance, sich zu wehren. Berlin hat es vorgemacht – jetzt ist NRW dran.

Unterschreibe jetzt und teile die Petition mit deinem Netzwerk:
https://www.mitmachen-jetzt.example/petition/ladg-nrw

Am 2. Dezember übergeben wir alle Unterschriften im Landtag.

Danke, dass du dabei bist!
Dein Team von mitmachen jetzt

Du bekommst diese Mail, weil du eine unserer Petitionen unterschrieben hast.
Keine Mails mehr? https://www.mitmachen-jetzt.example/abmelden"""


@mail("petition-landesantidiskriminierungsgesetz", "2027-10-01 10:10:10", E("other"), "de")
def _(m):
    m.head(("From", "mitmachen jetzt <aktion@mitmachen-jetzt.example>"),
           ("Reply-To", "keine-antwort@mitmachen-jetzt.example"),
           ("To", "Carla <" + ORG + ">"),
           ("Subject", "Carla, fehlt noch deine Stimme?"),
           ("Date", m.date),
           ("Message-ID", "<petition-ladg.5521907.c1a8@mailout.mitmachen-jetzt.example>"),
           ("List-Unsubscribe", "<https://www.mitmachen-jetzt.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounces@mailout.mitmachen-jetzt.example")
    html_text = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">"
                 + "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in PETITION_TEXT.split("\n\n"))
                 + "<p><a href=\"https://www.mitmachen-jetzt.example/petition/ladg-nrw\" "
                   "style=\"background:#e4003a;color:#fff;padding:10px 18px\">Jetzt unterschreiben</a></p>"
                 + "</body></html>\n")
    m.alternative(PETITION_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Online magazine registers a journalist and a photographer (2) for "das
# Panel zu Polizei und Behörden"; the keynote and the greeting are mentioned.

@mail("luetke-entrup-press-registration-p4", "2027-10-04 14:22:05",
      E("registration", "svenja.luetke-entrup@stadtlabor-ms.example", "Svenja Lütke-Entrup",
        "Stadtlabor Münster", ["P4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Svenja Lütke-Entrup <svenja.luetke-entrup@stadtlabor-ms.example>"),
           ("To", ORG),
           ("Subject", "Presseanmeldung 12.11."),
           ("Date", m.date),
           ("Message-ID", "<c5d1f0a2-7e3b-49c8-8d16-2b9e0f4a7c31@stadtlabor-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Orga-Team,

für das Onlinemagazin „Stadtlabor Münster“ würden wir gern über die Konferenz berichten und melden uns hiermit an: ich (Text) und unser Fotograf Can Öztürk. Uns interessiert vor allem das Panel zu Polizei und Behörden, weil wir gerade an einer Recherche zu Kontrollen im Bahnhofsviertel sitzen.

Can würde nur während der Begrüßung und der Keynote fotografieren, im Panel selbst natürlich nicht, wenn das nicht gewünscht ist.

Viele Grüße
Svenja Lütke-Entrup
Stadtlabor Münster – Onlinemagazin für Stadtgesellschaft
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# English, Yahoo multipart/alternative: a pastor registers four members by
# name for "Panel 3 (work and employment)".

ASANTE_TEXT = """Dear Sir/Madam,

Greetings from the African Christian Fellowship Münster.

We would like to register four persons for the Network Conference on 12th November:

1. Emmanuel Asante
2. Abena Asante
3. Kofi Mensah-Bonsu
4. Grace Owusu

We are interested in Panel 3 (work and employment). Many members of our congregation hold nursing or engineering degrees from Ghana and still work as cleaners or in warehouses, so this topic is very close to our hearts.

Kindly confirm our registration.

God bless you,
Rev. Emmanuel Asante
Pastor, African Christian Fellowship Münster
+49 176 2233 4455"""


@mail("asante-yahoo-four-members-panel-3", "2027-10-06 09:12:44",
      E("registration", "e.asante@yahoo.example", "Emmanuel Asante",
        "African Christian Fellowship Münster", ["P3"], 4, "en"), "en")
def _(m):
    m.head(("From", "Emmanuel Asante <e.asante@yahoo.example>"),
           ("To", ORG),
           ("Subject", "REGISTRATION FOR NETWORK CONFERENCE"),
           ("Date", m.date),
           ("Message-ID", "<1712385164.2280451.1791271964882@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica "
                 "Neue, Helvetica, Arial, sans-serif;font-size:16px;\">"
                 + "".join(f"<div dir=\"ltr\">{esc(line) if line else '<br>'}</div>"
                           for line in ASANTE_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(ASANTE_TEXT, html_text, charset="utf-8", cte="quoted-printable", style="yahoo")


# -- 028 ---------------------------------------------------------------------
# French question from a Belgian network, asked "avant de nous inscrire".

@mail("mercier-french-question-interpretation", "2027-10-07 17:35:29",
      E("question", "j.mercier@rlcd.example", "Julien Mercier",
        "Réseau liégeois contre les discriminations", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Julien Mercier <j.mercier@rlcd.example>"),
           ("To", ORG),
           ("Subject", "Question sur la conférence du 12 novembre"),
           ("Date", m.date),
           ("Message-ID", "<CAE3v8Lk1pQ7rT0wX2nB5yH9cM4sF6gJ0dK3aZ7uO1iR5eN8bWq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Bonjour,

Je travaille pour le Réseau liégeois contre les discriminations (Belgique) et nous avons découvert l'annonce de votre conférence du 12 novembre. Deux questions avant de nous inscrire :

– la conférence est-elle ouverte aussi à des organisations qui ne sont pas basées à Münster ?
– y aura-t-il une interprétation en français ou en anglais pendant les tables rondes ?

Merci d'avance pour votre réponse.

Cordialement,
Julien Mercier
Chargé de projets
Réseau liégeois contre les discriminations"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Change (Arabic), Gmail reply quoting the German confirmation (P1): "move my
# registration from the housing panel to the school and education panel".

HADDAD_CHANGE = """مرحباً،

شكراً جزيلاً على التأكيد. أرجو نقل تسجيلي من ندوة السكن إلى ندوة المدرسة والتعليم، لأن زميلتي في الجمعية ستحضر ندوة السكن ونريد أن نغطي موضوعين مختلفين.

مع التحية
رانيا حداد"""

HADDAD_ATTR = f"في السبت، ١١ سبتمبر ٢٠٢٧ في ٩:٣١ ص كتب {ORG_NAME} <{ORG}>:"


@mail("haddad-arabic-change-to-school", "2027-10-11 19:02:11",
      E("change", "rania.haddad@gmail.example", "Rania Haddad",
        None, ["P2"], None, "ar"), "ar")
def _(m):
    conf = confirmation("Rania Haddad", "P1", 1)
    ref = bot_id("20270911093112", "e08d")
    m.head(("From", addr("رانيا حداد", "rania.haddad@gmail.example", "utf-8", "b")),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAPx7Rk3dQ2jB6uY1nNs3gVi8xL5oWqC0fH7eJ4tM9rSy3zAb2D@mail.gmail.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("MIME-Version", "1.0"))
    plain = f"{HADDAD_CHANGE}\n\n{HADDAD_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(HADDAD_CHANGE, rtl=True, attribution=HADDAD_ATTR, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Primary-school teacher: "wahrscheinlich Panel 2", but she can only come if
# there is a certificate for her leave -> a question, not a registration.

@mail("wiewel-teacher-question-certificate", "2027-10-13 12:00:33",
      E("question", "k.wiewel@grundschule-coerde.example", "Katharina Wiewel",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Katharina Wiewel <k.wiewel@grundschule-coerde.example>"),
           ("To", ORG),
           ("Subject", "Teilnahmebescheinigung?"),
           ("Date", m.date),
           ("Message-ID", "<20271013120033.GA4411@grundschule-coerde.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

ich bin Lehrerin an einer Grundschule in Coerde und überlege, zur
Konferenz zu kommen (wahrscheinlich Panel 2). Bekommt man eine
Teilnahmebescheinigung, die ich bei der Bezirksregierung als Fortbildung
einreichen kann? Sonst bekomme ich für den Freitag leider keine
Freistellung.

Danke und viele Grüße
Katharina Wiewel
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# GMX-style HTML only (ISO-8859-1 QP): last year he was "im Arbeitsmarkt-
# Panel"; this year "ins Wohnen-Panel" -> P1 only.

WESSELS_TEXT = """Moin,

ich war letztes Jahr bei der Konferenz im Arbeitsmarkt-Panel und fand es super. Diesmal würde ich gern ins Wohnen-Panel, weil wir mit unserer Initiative gerade mehrere Familien bei der Wohnungssuche begleiten und ständig gegen Wände laufen.

Bin alleine da.

Schöne Grüße
Jörn Wessels
Initiative Nachbarschaft ohne Grenzen"""


@mail("wessels-gmx-html-wohnen-not-arbeitsmarkt", "2027-10-15 08:47:51",
      E("registration", "joern.wessels@gmx.example", "Jörn Wessels",
        "Initiative Nachbarschaft ohne Grenzen", ["P1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Jörn Wessels", "joern.wessels@gmx.example", "iso-8859-1")),
           ("To", ORG),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b2c4e6a8-1d3f-4a5b-9c7e-0f2a4c6e8b1d-1791960471203@3c-app-gmx-bap47>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(WESSELS_TEXT), subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Panel named only by its moderator ("das Panel bei Frau El-Khoury"); her
# husband comes too -> 2.

@mail("saleh-wiemers-panel-bei-el-khoury", "2027-10-18 22:16:40",
      E("registration", "hanan.saleh-wiemers@web.example", "Hanan Saleh-Wiemers",
        "Deutsch-Libanesischer Frauenkreis Münster", ["P5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hanan Saleh-Wiemers <hanan.saleh-wiemers@web.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Konferenz am 12. November"),
           ("Date", m.date),
           ("Message-ID", "<trinity-5f7a9c1e-3b2d-4e6f-8a0c-1d3e5f7a9b2c-1792354600118@3c-app-webde-bs22>"),
           ("MIME-Version", "1.0"))
    text = """Guten Abend,

ich möchte mich gerne für die Konferenz am 12. November anmelden. Am liebsten würde ich in das Panel bei Frau El-Khoury gehen – ich habe sie im Frühjahr bei einer Lesung erlebt und war begeistert.
Mein Mann Bernd kommt auch mit.

Herzliche Grüße
Hanan Saleh-Wiemers
Deutsch-Libanesischer Frauenkreis Münster"""
    m.alternative(text, div_html(text), charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Cancellation in Turkish (new mail, no quote), ISO-8859-9 8bit: both
# registered persons withdraw.

@mail("yilmaz-turkish-cancellation", "2027-10-20 07:58:02",
      E("cancellation", "serap.yilmaz@tvd-muenster.example", "Serap Yılmaz",
        "Münster Türk Veli Derneği e.V.", [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serap Yılmaz", "serap.yilmaz@tvd-muenster.example", "iso-8859-9")),
           ("To", ORG),
           ("Subject", ew("Kayıt iptali", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20271020075802.1A93D5E2@webmail.tvd-muenster.example>"),
           ("X-Mailer", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Weßling Hanım,

maalesef 12 Kasım'da konferansa katılamayacağız. Okul aynı gün
veli-öğretmen görüşmeleri yapılacağını açıkladı ve ikimizin de orada
olması gerekiyor. Ayşe Hanım'ın ve benim kaydımı iptal etmenizi rica
ederim.

Başka bir etkinlikte görüşmek dileğiyle,
Serap Yılmaz
Münster Türk Veli Derneği e.V.
""", charset="iso-8859-9", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change (Persian), reply quoting the German confirmation (P3): "from panel ۳
# to panel ۵" -> P5 (the old number appears in the new text too).

RAHIMI_CHANGE = """سلام دوباره،

ممنون از تأییدیه. اگر امکانش هست، ثبت‌نام من را از پنل ۳ به پنل ۵ (رسانه‌ها و نفرت در اینترنت) منتقل کنید. استاد راهنمایم گفت آن پنل برای پایان‌نامه‌ام مفیدتر است.

با تشکر
پریسا"""


@mail("rahimi-persian-change-3-to-5", "2027-10-22 16:05:38",
      E("change", "parisa.rahimi@uni-mail.example", "Parisa Rahimi", None,
        ["P5"], None, "fa"), "fa")
def _(m):
    ref = bot_id("20270916231431", "5b7f")
    m.head(("From", addr("Parisa Rahimi", "parisa.rahimi@uni-mail.example")),
           ("To", ORG),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1792677938.60418.1792677938904@webmail.uni-mail.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("MIME-Version", "1.0"))
    attr = f"در تاریخ پنجشنبه ۱۶ سپتامبر ۲۰۲۷ ساعت ۲۳:۱۴، {ORG_NAME} <{ORG}> نوشت:"
    m.single(f"{RAHIMI_CHANGE}\n\n{attr}\n{gt_quote(confirmation('Parisa Rahimi', 'P3', 1))}\n",
             charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# Change of the number (3 -> 2), Apple Mail reply with the confirmation
# quoted below (plain, "> ").

@mail("rensing-change-three-to-two-apple", "2027-10-25 13:13:13",
      E("change", "t.rensing@hbg-muenster.example", "Thomas Rensing",
        "Hildegard-Burjan-Gesamtschule Münster", [], 2, "de"), "de")
def _(m):
    ref = bot_id("20270914110240", "0a6c")
    m.head(("From", "Thomas Rensing <t.rensing@hbg-muenster.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1E8A3C5B-7D9F-4B21-86C4-F0A2D4E6B8C1@hbg-muenster.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Weßling,

kleine Korrektur zu unserer Anmeldung: Frau Oltmann ist ab November in
Elternzeit und kann leider nicht mitkommen. Wir sind also nur noch zu
zweit (Frau Aslan und ich).

Beste Grüße
Thomas Rensing
Hildegard-Burjan-Gesamtschule Münster

> Am 14.09.2027 um 11:02 schrieb {ORG_NAME} <{ORG}>:
> 
{gt_quote(confirmation("Herr Rensing", "P2", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation (Spanish), Thunderbird reply quoting the confirmation (P5).

@mail("ferrer-ruiz-spanish-cancellation", "2027-10-28 10:40:20",
      E("cancellation", "mj.ferrer@correo.example", "María José Ferrer Ruiz", None,
        [], None, "es"), "es")
def _(m):
    ref = bot_id("20270915164907", "d412")
    m.head(("From", addr("María José Ferrer Ruiz", "mj.ferrer@correo.example", "iso-8859-1")),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8a1f6d3c-2e94-4b07-b5c8-93d0e7f1a246@correo.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hola de nuevo:

Lamentablemente tengo que cancelar mi inscripción: la revista me envía a
cubrir una cumbre en Bruselas esa misma semana. Por favor, dad mi plaza a
otra persona.

Muchas gracias y mucho éxito con la conferencia,
María José

El 15/9/27 a las 16:49, {ORG_NAME} escribió:
{gt_quote(confirmation("Frau Ferrer Ruiz", "P5", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Everything in the Subject ("P5, 1 Person"), body only "siehe Betreff",
# from an iPhone, the day before the deadline.

@mail("kuhlmann-iphone-subject-p5", "2027-11-02 21:47:00",
      E("registration", "malte.kuhlmann@posteo.example", "Malte Kuhlmann", None,
        ["P5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Malte Kuhlmann <malte.kuhlmann@posteo.example>"),
           ("To", ORG),
           ("Subject", ew("Anmeldung Netzwerkkonferenz – P5, 1 Person", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<4C7E1A92-0B3D-4E58-9F26-A1B3C5D7E9F0@posteo.example>"),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo, siehe Betreff :)

Malte Kuhlmann

Von meinem iPhone gesendet""", charset="utf-8", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Exchange Online NDR in German for the 7-day reminder to a participant whose
# mailbox no longer exists (registration not in this set); the Final-Recipient
# is in mixed case, the label lower-case.

NDR_RCPT = "Jens.Kortenbusch@vhs-muenster.example"


@mail("exchange-ndr-reminder-kortenbusch", "2027-11-05 09:00:41",
      E("bounce", bounced=NDR_RCPT.lower()), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@vhs-muenster.example>"),
           ("To", ORG),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e2b5c90-1a4d-4f63-b8e2-0c9d3a6f1e47@FR2P281MB0931.DEUP281.PROD.OUTLOOK.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="")
    note_text = f"""Ihre Nachricht hat {NDR_RCPT} nicht erreicht.

{NDR_RCPT} wurde nicht gefunden. Die E-Mail-Adresse ist in der Organisation des Empfängers nicht vorhanden. Prüfen Sie, ob die Adresse richtig geschrieben ist, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: FR2P281MB0931.DEUP281.PROD.OUTLOOK.example

{NDR_RCPT}
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" zurückgegeben."""
    note_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
                 + "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in note_text.split("\n\n"))
                 + "</div></body></html>\n")
    alt = m.alternative(note_text, note_html, charset="utf-8", cte="quoted-printable",
                        style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;FR2P281MB0931.DEUP281.PROD.OUTLOOK.example"),
         ("Received-From-MTA", "dns;mail.adn-muenster.example"),
         ("Arrival-Date", "Fri, 5 Nov 2027 08:00:38 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    inner = organiser_message(
        f"Jens Kortenbusch <{NDR_RCPT}>", REMINDER_SUBJECT,
        reminder("Herr Kortenbusch", "P3", 1),
        "Fri, 05 Nov 2027 09:00:02 +0100", bot_id("20271105090002", "r7k2"),
        auto="auto-generated")
    m.multi("report", [alt, dsn, rfc822_part(inner, "Unzustellbare Nachricht")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# Cancellation replying to the 7-day reminder (Thunderbird, quote below).

@mail("hoelscher-cancels-reply-to-reminder", "2027-11-08 08:15:22",
      E("cancellation", "m.hoelscher@adb-muensterland.example", "Mareike Hölscher",
        "Antidiskriminierungsbüro Münsterland e.V.", [], None, "de"), "de")
def _(m):
    ref = bot_id("20271105090001", "a3d9")
    m.head(("From", "Mareike Hölscher <m.hoelscher@adb-muensterland.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0d6e2b84-5c1f-4a97-8e30-b7f2c9a1d563@adb-muensterland.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Weßling,

leider muss ich kurzfristig absagen: Zwei Kolleginnen sind krank, und
am Freitag muss ich die offene Sprechstunde übernehmen. Vielleicht kann
ja jemand von der Warteliste meinen Platz im Panel bekommen.

Ich wünsche Ihnen eine gute Konferenz!

Herzliche Grüße
Mareike Hölscher

-- 
Mareike Hölscher
Beratung & Dokumentation
Antidiskriminierungsbüro Münsterland e.V.

Am 05.11.27 um 09:00 schrieb Netzwerkkonferenz Vielfalt Münster:
{gt_quote(reminder("Frau Hölscher", "P4", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 040 ---------------------------------------------------------------------
# Short cancellation from the iPhone, replying to his confirmation.

@mail("kuhlmann-iphone-cancellation-sick", "2027-11-11 06:52:10",
      E("cancellation", "malte.kuhlmann@posteo.example", "Malte Kuhlmann", None,
        [], None, "de"), "de")
def _(m):
    ref = bot_id("20271102214712", "f1c8")
    m.head(("From", "Malte Kuhlmann <malte.kuhlmann@posteo.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<A9D2F4B6-8C1E-4A35-B7D9-2E4F6A8C0B13@posteo.example>"),
           ("In-Reply-To", ref),
           ("References", ref),
           ("X-Mailer", "iPhone Mail (22B91)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Moin, muss leider absagen, hab mir was eingefangen. Sorry!
Malte

Von meinem iPhone gesendet

> Am 02.11.2027 um 21:47 schrieb {ORG_NAME} <{ORG}>:
> 
{gt_quote(confirmation("Herr Kuhlmann", "P5", 1))}
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


def _norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def visible_text(msg):
    """Decoded top-level headers and every text leaf (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the panel or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and em not in seen:
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


def check(name, data, m, expected, text_lang):
    problems = []
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 12, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Sep - 11 Nov 2027")
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"a text part does not decode in {cs}")
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
        if p.get_content_type() == "message/delivery-status":
            for b in p.get_payload():
                chunks += [f"{k}: {v}" for k, v in b.items()]
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom not in (
                "schemas.microsoft.com", "w3.org", "www.w3.org") and not dom.startswith("w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
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
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x != "en", x))
    print("kind".ljust(13) + "".join(l.rjust(4) for l in langs) + "  all")
    for k in KINDS:
        print(k.ljust(13) + "".join(str(table[(k, l)] or "-").rjust(4) for l in langs)
              + str(kinds[k]).rjust(5))
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
