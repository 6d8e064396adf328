#!/usr/bin/env python3
"""Build the "final20i" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (same config as ../../shared/corpus/dev) in its late
phase, 1-13 March 2027, around the organiser's 7-day reminder (Sat 6 March)
and day-before reminder (Fri 12 March).  Most mails answer or quote one of
these reminders, or come in after the 6 March deadline.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here,
and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

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
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
LASTCALL_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

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
# texts the organiser sent, which the mails quote or forward
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"

# The circular of 11 February to the whole invitation list (before the deadline).
LASTCALL = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

bis zum Tag der Migrantenselbstorganisationen am 13. März 2027 sind es nur
noch wenige Wochen. Bitte denken Sie an Ihre Anmeldung: Anmeldeschluss ist
Samstag, der 6. März 2027.

Die Arbeitsgruppen am Nachmittag:
AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

In der AG 2 sind nur noch wenige Plätze frei.

Anmeldung formlos per E-Mail an mso-tag@muenster.example mit Name,
Organisation, Arbeitsgruppe (gern mit Zweitwunsch) und Personenzahl.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

LASTCALL_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

REMINDER7_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER1_SUBJECT = "Morgen ist es so weit: Tag der Migrantenselbstorganisationen 2027"


def reminder_7d(salutation, ag, persons):
    """The personal reminder mailbot sent to every registration on Sat 6 March."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet von
10:00 bis 16:00 Uhr der Tag der Migrantenselbstorganisationen im
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster, statt. Wir freuen uns
auf Sie!

Ihre Anmeldung:
{AG_LINE[ag]}
Angemeldete Personen: {persons}

Am Empfang liegen ab 9:30 Uhr Namensschilder für Sie bereit. Für Getränke
und einen Imbiss ist gesorgt.

Können Sie doch nicht teilnehmen oder hat sich etwas geändert? Dann
antworten Sie bitte einfach auf diese E-Mail, damit wir Ihren Platz
weitergeben können.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder_1d(salutation, ag, persons):
    """The personal reminder mailbot sent to every registration on Fri 12 March."""
    return f"""Guten Tag {salutation},

morgen ist der Tag der Migrantenselbstorganisationen 2027. Hier noch
einmal das Wichtigste:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr (Einlass ab 9:30 Uhr)
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Ihre Arbeitsgruppe am Nachmittag:
{AG_LINE[ag]}
Angemeldete Personen: {persons}

Anreise: Das Stadtweinhaus liegt am Prinzipalmarkt direkt neben dem
Rathaus, Bushaltestelle „Prinzipalmarkt“. Am Prinzipalmarkt selbst gibt
es keine Parkplätze; die nächsten Parkhäuser sind Aegidiimarkt und
Theater.

Falls Sie doch nicht kommen können, sagen Sie uns bitte kurz Bescheid.

Bis morgen!
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder_message(to, salutation, ag, persons, when, msgid):
    """The day-before reminder as a whole message (returned in a bounce)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = REMINDER1_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(reminder_1d(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def rid(kind, stamp, who):
    """Message-ID of the reminder (kind 'r7' or 'r1') sent to `who`."""
    return f"<mailbot.{stamp}.{kind}.{_h(who, kind)[:4]}@muenster.example>"


# ---------------------------------------------------------------------------
# HTML and quoting as the mail clients write them
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
    return f"<div{d}>{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")



def gmail_reply_html(text, attribution, quoted, rtl=False):
    """Gmail's HTML for a reply: the new text, then the quote in a blockquote."""
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (gmail_html(text, rtl).rstrip("\n")
            + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(attribution) + "<br></div>"
            + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            + 'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + q + "</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"


def apple_reply_html(text, attribution, quoted):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}<div><br><blockquote type=\"cite\">"
            f"<div>{esc(attribution)}</div><br>{q}</blockquote></div></body></html>\n")


def outlook_ios_quote(sent, to, subject, quoted):
    """Outlook for iOS/Android: a line of underscores and English labels."""
    return (f"________________________________\nFrom: {TO_MSO}\nSent: {sent}\n"
            f"To: {to}\nSubject: {subject}\n\n{quoted}")


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
# Thunderbird reply (format=flowed, 8bit) to the February deadline circular,
# which lists all three AGs and says AG 2 is nearly full; the new text gives
# AG 2 first and AG 3 as fallback, for two persons.

@mail("bozkurt-reply-to-deadline-circular", "2027-03-01 09:12:40",
      E("registration", "leyla.bozkurt@dtf-gievenbeck.example", "Leyla Bozkurt",
        "Deutsch-Türkischer Frauenverein Gievenbeck e.V.", ["AG2", "AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leyla Bozkurt <leyla.bozkurt@dtf-gievenbeck.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + LASTCALL_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4e1b7a3c-0f2d-4c9e-b8a1-6d3f2e7c9b05@dtf-gievenbeck.example>"),
           ("In-Reply-To", LASTCALL_ID),
           ("References", LASTCALL_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Erinnerung – fast hätten wir die Frist verpasst!

Hiermit melden meine Kollegin Sevgi Uçar und ich uns für den Tag der
Migrantenselbstorganisationen an. Wir möchten gern in die AG 2. Falls
dort schon alles voll ist, nehmen wir auch die AG 3.

Viele Grüße
Leyla Bozkurt

-- 
Deutsch-Türkischer Frauenverein Gievenbeck e.V.
Schriftführerin

Am 11.02.27 um 10:00 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(LASTCALL)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable, multipart/alternative from a webmailer.
# "Eşim ve kızımla" (with my husband and my daughter) = 3; "16 yaşında" is an
# age; a question about halal food does not make it a question mail.

KORKMAZ_TEXT = """Merhaba,

13 Mart'taki Göçmen Öz Örgütleri Günü (Tag der Migrantenselbstorganisationen) için kayıt yaptırmak istiyorum.
Eşim ve kızımla birlikte geleceğiz. Kızım 16 yaşında, okulla ilgili konular onu çok ilgilendiriyor. Bu yüzden 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz.

Bir de sorum var: Öğle yemeğinde helal bir seçenek olacak mı?

Saygılarımla,
Hatice Korkmaz
Coerde Türk Kültür Derneği"""


@mail("korkmaz-turkish-iso-8859-9-family", "2027-03-01 14:31:07",
      E("registration", "hatice.korkmaz@coerde-dernek.example", "Hatice Korkmaz",
        "Coerde Türk Kültür Derneği", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Hatice Korkmaz <hatice.korkmaz@coerde-dernek.example>"),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı - 3 kişi", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<1772371867.220915.3318@webmail.coerde-dernek.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, div_html(KORKMAZ_TEXT, "font-family: Tahoma, sans-serif; font-size: 10pt;"),
                  charset="iso-8859-9", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Arabic, windows-1256 base64, text/plain.  Latin display name, Arabic
# signature (the name label); "مجموعة العمل الثالثة" = the third workgroup;
# "شخصين: أنا ونائب رئيس الجمعية" = two persons: me and the vice-chair.

@mail("alhamwi-arabic-windows-1256", "2027-03-02 11:05:52",
      E("registration", "khaled.alhamwi@syr-kultur.example", "خالد الحموي",
        "الجمعية السورية للثقافة والفنون في مونستر", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Alhamwi <khaled.alhamwi@syr-kultur.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين 13.03.2027", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000d01db8b5e$3a7c1f20$af6e5d40$@syr-kultur.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أرجو تسجيلنا في يوم منظمات المهاجرين (Tag der Migrantenselbstorganisationen) يوم السبت 13 آذار في مونستر.
سنحضر شخصين: أنا ونائب رئيس الجمعية.
نرغب في المشاركة في مجموعة العمل الثالثة حول إمكانيات التمويل وإدارة الجمعيات، لأننا نخطط لتقديم أول طلب دعم هذا العام.

مع الشكر والتقدير
خالد الحموي
الجمعية السورية للثقافة والفنون في مونستر
هاتف: 0176 2233 4455
""", charset="windows-1256", cte="base64")


# -- 004 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable.  Erstwunsch/Zweitwunsch;
# accessibility: a visually impaired writer with an assistance dog asks for
# the documents in advance.  The employer is the organisation she comes for.

WESSELS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an.
Erstwunsch: AG 1 (Bildungssystem), Zweitwunsch: AG 2.

Ein Hinweis vorab: Ich bin stark sehbehindert und komme mit meinem Assistenzhund. Wäre es möglich, mir das Programm und eventuelle Präsentationen vorab digital zu schicken? Dann kann ich sie mit meiner Vorlesesoftware lesen.

Mit freundlichen Grüßen

Katharina Wessels
Fachdienst Integration und Migration
Caritasverband für die Stadt Münster e.V.
Am Stadtgraben 12 · 48143 Münster
Tel. 0251 53 00 94 12"""


@mail("wessels-caritas-outlook-html-assistance-dog", "2027-03-02 15:48:19",
      E("registration", "k.wessels@caritas-ms.example", "Katharina Wessels",
        "Caritasverband für die Stadt Münster e.V.", ["AG1", "AG2"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Wessels, Katharina" <k.wessels@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Anmeldung MSO-Tag – Wessels (Caritas)", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung MSO-Tag – Wessels (Caritas)", "windows-1252", "q")),
           ("Thread-Index", "AduLk2f0S1xQe9mWRk6hJ3a0pB7ycQ=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2260C4A7E9D1F3B2@BE1P281MB2260.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(WESSELS_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Farsi, Gmail multipart/alternative (rtl HTML), UTF-8 QP.  Persian digit
# "گروه کاری ۳" = workgroup 3; "ما دو نفر هستیم" = we are two; vegetarian.
# Persian signature beats the Latin display name; organisation in German.

RAHMANI_TEXT = """سلام،

وقت بخیر. من و همسرم می‌خواهیم در روز سازمان‌های مهاجران (Tag der Migrantenselbstorganisationen) در تاریخ ۱۳ مارس شرکت کنیم. ما دو نفر هستیم.
لطفاً ما را برای گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) ثبت‌نام کنید.
هر دوی ما گیاهخوار هستیم؛ اگر ممکن است لطفاً در پذیرایی در نظر بگیرید.

با تشکر فراوان
مهسا رحمانی
Iranischer Kulturverein Münster e.V."""


@mail("rahmani-farsi-persian-digit-vegetarian", "2027-03-03 20:15:33",
      E("registration", "mahsa.rahmani@mail.example", "مهسا رحمانی",
        "Iranischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Mahsa Rahmani <mahsa.rahmani@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام برای روز ۱۳ مارس"),
           ("Date", m.date),
           ("Message-ID", "<CAH3rT6wQ8zN1pL4vK7xB2mY5cJ9dF0gS3uE6aR8tW1nZ4kP7yQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHMANI_TEXT, gmail_html(RAHMANI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Kurmanji, iso-8859-9 8bit, Thunderbird text/plain.  "koma xebatê ya
# duyemîn" = the second workgroup; "sê kes: ez û du hevalên min" = 3.

@mail("aslan-kurmanji-iso-8859-9", "2027-03-04 10:22:05",
      E("registration", "rojda.aslan@navenda-kurdi.example", "Rojda Aslan",
        "Navenda Civakî ya Kurdî Münster e.V.", ["AG2"], 3, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Aslan <rojda.aslan@navenda-kurdi.example>"),
           ("To", MSO),
           ("Subject", ew("Qeydkirin ji bo Roja MSO (13ê Adarê)", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<7c2a9e41-5d3b-4f80-a6c2-1e9b8d4f0a37@navenda-kurdi.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ku"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Em dixwazin xwe ji bo Roja Rêxistinên Koçberan (Tag der Migrantenselbstorganisationen) ya 13ê Adarê qeyd bikin.
Em ê sê kes bin: ez û du hevalên min ên ji komeleyê.
Em dixwazin beşdarî koma xebatê ya duyemîn bibin (Zukunftsprozess - pêşeroja Münsterê).

Spas ji bo vexwendinê.

Bi silav
Rojda Aslan
Navenda Civakî ya Kurdî Münster e.V.
""", charset="iso-8859-9", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# English, Gmail alternative.  Registration plus a question about a
# certificate of attendance; a student with no organisation (the university
# is not one she represents).

NWOSU_TEXT = """Hello,

I would like to register for the Day of Migrant Self-Organisations on Saturday, 13 March. I'm interested in the workgroup on people with a migration background in the education system (AG 1). I'll be coming on my own.

I'm a master's student at the University of Münster and I'm not representing an organisation - I hope that's okay. One question: would it be possible to get a certificate of attendance afterwards? I need it for my internship portfolio.

Many thanks and kind regards,
Amara Nwosu"""


@mail("nwosu-english-certificate-question", "2027-03-04 18:03:41",
      E("registration", "amara.nwosu@mail.example", "Amara Nwosu", None,
        ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Amara Nwosu <amara.nwosu@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration - MSO day on 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8vN2qT5wX0yR3mK6bL9cF1dH4gS7uE0aP2iZ5tW8nQ1kB4xM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NWOSU_TEXT, gmail_html(NWOSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# iPhone, short: "mich und meine Frau" = 2, alias "AG Förderung".  The
# signature is only "Dragan"; the display name is fuller.  The organisation
# stands alone on a line, with typographic quotes.

@mail("nikolic-iphone-short", "2027-03-05 07:40:12",
      E("registration", "dragan.nikolic@mail.example", "Dragan Nikolić",
        "Serbischer Kulturverein „Sveti Sava“ Münster", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Dragan Nikolić <dragan.nikolic@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<8F3D2A71-6C4B-4E09-9A15-D7B2C0E8F413@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hiermit melde ich mich und meine Frau für den MSO-Tag an. Wir möchten in die AG Förderung.

Serbischer Kulturverein „Sveti Sava“ Münster

Gruß Dragan

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# An association office registers its chairman (who comes alone) and asks to
# send everything to his own address; a name-badge wish with titles.
# Outlook alternative, windows-1252.

TEKIN_TEXT = """Sehr geehrte Damen und Herren,

im Auftrag unseres Vorsitzenden, Herrn Prof. Dr. Ayhan Tekin, melde ich ihn zum Tag der Migrantenselbstorganisationen am 13. März an. Er möchte an der Arbeitsgruppe 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement) teilnehmen und kommt allein.

Für das Namensschild: Prof. Dr. Ayhan Tekin, Türkisch-Deutsche Akademikervereinigung Münster e.V.

Bitte senden Sie die Bestätigung und alle weiteren Informationen direkt an Herrn Tekin: a.tekin@tdav-muenster.example

Mit freundlichen Grüßen
i. A. Melanie Krüger
Sekretariat
Türkisch-Deutsche Akademikervereinigung Münster e.V.
Tel. 0251 1 44 26 80"""


@mail("tdav-office-registers-chairman", "2027-03-05 10:30:27",
      E("registration", "a.tekin@tdav-muenster.example", "Ayhan Tekin",
        "Türkisch-Deutsche Akademikervereinigung Münster e.V.", ["AG3"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Sekretariat TDAV" <sekretariat@tdav-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Prof. Dr. Tekin - MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung Prof. Dr. Tekin - MSO-Tag 13.03.2027"),
           ("Thread-Index", "AduNb7QkZ2Wc4xR1T0m8yPqL5sJ3eA=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8132F7E6D5C4B3A2@AS8PR04MB8132.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TEKIN_TEXT), outlook_html(TEKIN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 010 ---------------------------------------------------------------------
# Tigrinya in Ge'ez script, UTF-8 base64.  "ቀዳማይ ጉጅለ ዕዮ" = the first
# workgroup; "ምስ ሓንቲ ብጽይተይ ክልተ ኢና" = with a friend, we are two.
# Ge'ez signature beats the Latin display name.

@mail("tesfamariam-tigrinya-geez", "2027-03-05 13:27:48",
      E("registration", "semhar.tesfamariam@mail.example", "ሰምሃር ተስፋማርያም",
        "Eritreische Frauengruppe Münster", ["AG1"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Semhar Tesfamariam <semhar.tesfamariam@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ – MSO-Tag 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK2mP9rV4xT7wN0bQ3yL6cH8dJ1fG5sE9aU2oR4tZ7nW0kM3vB@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ንዅልኹም፡

ኣብ መዓልቲ ማሕበራት ስደተኛታት (Tag der Migrantenselbstorganisationen) ብ13 መጋቢት ክሳተፍ እደሊ እየ።
ኣብ ቀዳማይ ጉጅለ ዕዮ (ትምህርቲ - Bildungssystem) ክሳተፍ እደሊ።
ምስ ሓንቲ ብጽይተይ ክልተ ኢና ክንመጽእ።

የቐንየለይ
ሰምሃር ተስፋማርያም
Eritreische Frauengruppe Münster
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# HTML only (Gmail markup, no text/plain), UTF-8 QP.  "zu viert" = 4; alias
# "Münsters Zukunft"; the organisation first appears inflected ("vom
# Bosniakischen Kulturzentrum"), the signature has the base form.  A
# question about certificates does not make it a question mail.

SOFTIC_TEXT = """Liebes Team vom MSO-Tag,

wir vom Bosniakischen Kulturzentrum möchten uns noch schnell vor dem Anmeldeschluss anmelden. Wir kommen zu viert und möchten alle in die Arbeitsgruppe Münsters Zukunft.

Eine Frage noch: Bekommen wir nach der Veranstaltung eine Teilnahmebescheinigung? Zwei von uns brauchen das für den Nachweis zur Ehrenamtskarte.

Viele Grüße
Emina Softić
Bosniakisches Kulturzentrum Münster e.V."""


@mail("softic-html-only-zu-viert", "2027-03-05 22:51:16",
      E("registration", "e.softic@bkz-muenster.example", "Emina Softić",
        "Bosniakisches Kulturzentrum Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", "Emina Softić <e.softic@bkz-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung BKZ"),
           ("Date", m.date),
           ("Message-ID", "<CAD7xW3nR0tY5uK8pM1bV4cQ7dF2gJ9sL6aE3oH0iZ5rT8wN1kP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(gmail_html(SOFTIC_TEXT), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Exchange out-of-office to the 7-day reminder (Auto-Submitted:
# auto-generated), windows-1252, CRLF line ends.

SCHULTE_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. März 2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Herrn Dirk Overbeck, overbeck@vhs-muenster.example, Tel. 0251 492-4301.

Mit freundlichen Grüßen
Andrea Schulte-Berning
Volkshochschule Münster – Fachbereich Deutsch als Zweitsprache"""


@mail("schulte-berning-exchange-out-of-office-7d", "2027-03-06 09:03:02",
      E("auto_reply"), "de", tz=0)
def _(m):
    r7 = rid("r7", "20270306100207", "schulte-berning")
    m.head(("From", '"Schulte-Berning, Andrea" <andrea.schulte-berning@vhs-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", ew("Automatische Antwort: " + REMINDER7_SUBJECT, "windows-1252")),
           ("Thread-Topic", ew(REMINDER7_SUBJECT, "windows-1252")),
           ("Thread-Index", "AQHbjr2cW5k0Tq8mR3xL1vN7yZ4pAg=="),
           ("Date", m.date),
           ("Message-ID", "<6b1e9d4a2c7f4803@EXCH03.vhs-muenster.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(outlook_plain(SCHULTE_OOF), outlook_html(SCHULTE_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# iPhone reply to the 7-day reminder that only confirms attendance (other):
# no registration, no change, no request.  The quote names AG 2 and 2 persons.

@mail("ferreira-iphone-just-confirms", "2027-03-06 10:41:55",
      E("other"), "de")
def _(m):
    r7 = rid("r7", "20270306100211", "ferreira")
    m.head(("From", "Marco Ferreira <marco.ferreira@pt-gemeinde.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<B27E4C90-1D5A-4F3E-8B62-9A0C7D1E3F58@pt-gemeinde.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Danke für die Erinnerung! Wir sind dabei, bis nächsten Samstag.

Viele Grüße
Marco Ferreira
Portugiesische Gemeinde Münster

Von meinem iPhone gesendet

> Am 06.03.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(reminder_7d("Herr Ferreira", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Reply to the 7-day reminder: attendance confirmed plus two requests (name
# badge with title, vegan food) -> question.  The numbered list "1." / "2."
# is not a workgroup choice.

@mail("yildiz-brenner-badge-and-vegan", "2027-03-06 11:15:30",
      E("question", "gul.yildiz-brenner@dt-forum-ms.example", "Gül Yıldız-Brenner",
        "Deutsch-Türkisches Forum Münster e.V.", [], None, "de"), "de")
def _(m):
    r7 = rid("r7", "20270306100214", "yildiz-brenner")
    m.head(("From", "Gül Yıldız-Brenner <gul.yildiz-brenner@dt-forum-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<0a9c3e5f-7b21-4d68-9e4a-c5f1b2d80e63@dt-forum-ms.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

vielen Dank für die Erinnerung, ich komme natürlich wie angemeldet.

Zwei Bitten hätte ich noch:
1. Könnten Sie auf mein Namensschild „Dr. Gül Yıldız-Brenner – Vorsitzende“
   schreiben? Im letzten Jahr stand dort nur „G. Brenner“.
2. Ich ernähre mich vegan. Gibt es beim Imbiss etwas für mich, oder soll
   ich mir lieber selbst etwas mitbringen?

Herzliche Grüße
Gül Yıldız-Brenner
Deutsch-Türkisches Forum Münster e.V.

Am 06.03.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(reminder_7d("Frau Dr. Yıldız-Brenner", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Turkish change of workgroup (1 -> 3) answering the 7-day reminder; Gmail
# with a Turkish attribution line, alternative, UTF-8 base64.  The new text
# names the old group "1. çalışma grubu" too.

SIMSEK_TEXT = """Merhaba,

hatırlatma için teşekkürler. Planımız değişti: 1. çalışma grubu yerine 3. gruba (Förderung / Vereinsmanagement) geçmek istiyorum. Orada yer varsa lütfen beni aktarın.

Teşekkürler,
Murat Şimşek
Münster Türk Veliler Birliği"""


@mail("simsek-turkish-change-to-ag3", "2027-03-06 12:40:18",
      E("change", "murat.simsek@mail.example", "Murat Şimşek",
        "Münster Türk Veliler Birliği", ["AG3"], None, "tr"), "tr")
def _(m):
    r7 = rid("r7", "20270306100216", "simsek")
    att = f"6 Mar 2027 Cmt 10:02 tarihinde Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:"
    quoted = reminder_7d("Herr Şimşek", "AG1", 1)
    m.head(("From", "Murat Şimşek <murat.simsek@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAF0kR7tW2yN5pQ8mV1xB4cL7dJ0gH3sE6aT9oU2iZ5rK8wM1nP@mail.gmail.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(SIMSEK_TEXT, att, quoted),
                  gmail_reply_html(SIMSEK_TEXT, att, quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 016 ---------------------------------------------------------------------
# A colleague forwarded his 7-day reminder (Outlook "WG:", AG 2 inside); she
# forwards it on and registers herself, for AG 1, alone.  The colleague's
# note "Ich bin in der AG 2" is not her choice.

@mail("kurt-forwards-colleagues-reminder", "2027-03-06 14:05:44",
      E("registration", "selma.kurt@dkev-muenster.example", "Selma Kurt",
        "Deutsch-Kurdischer Elternverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Selma Kurt <selma.kurt@dkev-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Fwd: WG: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAL5tN8wQ1zR4pV7mX0bK3cJ6dH9gF2sE5aY8oW1iT4rL7nB0kQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

mein Kollege Kemal Öztan hat mir Ihre Erinnerung weitergeleitet (siehe
unten). Er ist schon angemeldet – ich möchte mich gerne auch noch
anmelden, allerdings für die AG 1, weil ich bei uns die Hausaufgabenhilfe
koordiniere.

Ich komme alleine. Ich hoffe, das klappt noch so kurzfristig!

Viele Grüße
Selma Kurt
Deutsch-Kurdischer Elternverein Münster e.V.

---------- Forwarded message ---------
Von: Öztan, Kemal <k.oeztan@dkev-muenster.example>
Date: Sa., 6. März 2027 um 12:15 Uhr
Subject: WG: {REMINDER7_SUBJECT}
To: Selma Kurt <selma.kurt@dkev-muenster.example>


Hallo Selma,

hier die Erinnerung von der Stadt. Melde dich doch auch noch an, es sind
noch Plätze frei! Ich bin in der AG 2.

Gruß
Kemal

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Samstag, 6. März 2027 10:02
An: Öztan, Kemal <k.oeztan@dkev-muenster.example>
Betreff: {REMINDER7_SUBJECT}

{reminder_7d("Herr Öztan", "AG2", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Cancellation of a group of three answering the 7-day reminder; Outlook
# HTML only with the Von/Gesendet block, windows-1252.

BROCKMANN_TEXT = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Teilnahme am Tag der Migrantenselbstorganisationen absagen. Unser Verein verabschiedet am 13. März unsere langjährige Vorsitzende, und der Termin ließ sich nicht mehr verschieben.

Bitte geben Sie unsere drei Plätze gern an andere weiter.

Mit freundlichen Grüßen
Ursula Brockmann
Freundeskreis Flüchtlinge Wolbeck e.V."""


@mail("brockmann-cancel-outlook-html-7d", "2027-03-06 15:30:09",
      E("cancellation", "u.brockmann@fk-wolbeck.example", "Ursula Brockmann",
        "Freundeskreis Flüchtlinge Wolbeck e.V.", [], None, "de"), "de", tz=0)
def _(m):
    r7 = rid("r7", "20270306100219", "brockmann")
    m.head(("From", '"Brockmann, Ursula" <u.brockmann@fk-wolbeck.example>'),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + REMINDER7_SUBJECT, "windows-1252")),
           ("Thread-Topic", ew(REMINDER7_SUBJECT, "windows-1252")),
           ("Thread-Index", "AQHbjsB1r8YtK0wP2mN5xQ7vL3zA9g=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P191MB1402A9B8C7D6E5F4@PR3P191MB1402.EURP191.PROD.OUTLOOK.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Samstag, 6. März 2027 10:02",
             "Brockmann, Ursula <u.brockmann@fk-wolbeck.example>",
             REMINDER7_SUBJECT, reminder_7d("Frau Brockmann", "AG3", 3))
    m.single(outlook_html(BROCKMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Change of party size (2 -> 3) answering the 7-day reminder; plain-text
# Outlook quote below a line of underscores, windows-1252 QP.  "Die
# Arbeitsgruppe bleibt gleich": no new workgroup.

@mail("kanagaratnam-party-size-2-to-3", "2027-03-06 18:55:21",
      E("change", "tharsini.k@tamil-kultur-ms.example", "Tharsini Kanagaratnam",
        "Tamilischer Kulturverein Münster e.V.", [], 3, "de"), "de", tz=0)
def _(m):
    r7 = rid("r7", "20270306100222", "kanagaratnam")
    m.head(("From", "Tharsini Kanagaratnam <tharsini.k@tamil-kultur-ms.example>"),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + REMINDER7_SUBJECT, "windows-1252")),
           ("Date", m.date),
           ("Message-ID", "<DB9P250MB0714C3D2E1F0A9B8@DB9P250MB0714.EURP250.PROD.OUTLOOK.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrtes Team,

danke für die Erinnerung. Bei uns hat sich noch etwas geändert: Unser neuer Jugendbeauftragter Nirojan Sivapalan möchte auch mitkommen. Wir wären dann insgesamt 3 Personen statt 2. Die Arbeitsgruppe bleibt gleich.

Ist das noch möglich?

Mit freundlichen Grüßen
Tharsini Kanagaratnam
Tamilischer Kulturverein Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Samstag, 6. März 2027 10:02
An: Tharsini Kanagaratnam <tharsini.k@tamil-kultur-ms.example>
Betreff: {REMINDER7_SUBJECT}

{reminder_7d("Frau Kanagaratnam", "AG2", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Farsi cancellation answering the 7-day reminder; Gmail with a Persian
# attribution line (Persian digits, bidi marks), rtl HTML, UTF-8 base64.

MORADI_TEXT = """سلام،

متأسفانه به دلیل یک مشکل خانوادگی نمی‌توانم روز ۱۳ مارس در این برنامه شرکت کنم. لطفاً ثبت‌نام مرا لغو کنید تا جای من به شخص دیگری داده شود.

با پوزش و سپاس
بهناز مرادی"""


@mail("moradi-farsi-cancel-7d", "2027-03-06 21:48:37",
      E("cancellation", "behnaz.moradi@mail.example", "بهناز مرادی", None,
        [], None, "fa"), "fa")
def _(m):
    r7 = rid("r7", "20270306100225", "moradi")
    att = (f"\u202bدر تاریخ شنبه ۶ مارس ۲۰۲۷ ساعت ۱۰:۰۲ Tag der Migrantenselbstorganisationen "
           f"<\u202a{MSO}\u202c> نوشت:\u202c")
    quoted = reminder_7d("Frau Moradi", "AG1", 1)
    m.head(("From", "Behnaz Moradi <behnaz.moradi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAM9pW4tR7yK0nQ3vX6bL9cF2dJ5gH8sE1aZ4oU7iN0rT3wB6kQ@mail.gmail.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(MORADI_TEXT, att, quoted),
                  gmail_reply_html(MORADI_TEXT, att, quoted, rtl=True),
                  charset="utf-8", cte="base64", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Late registration the day after the deadline, iso-8859-2 8bit (Polish
# name, German text), phrased as a request ("Könnten Sie mich noch ...
# eintragen?").  The RFC 2047 display name is in iso-8859-2 Q.

@mail("wojcik-late-iso-8859-2", "2027-03-07 10:12:50",
      E("registration", "a.wojcik@pol-elternverein.example", "Agnieszka Wójcik",
        "Polnischer Elternverein Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Agnieszka Wójcik", "a.wojcik@pol-elternverein.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270307101250.3c8e1a@pol-elternverein.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich weiß, die Anmeldefrist ist gestern abgelaufen - trotzdem frage ich:
Könnten Sie mich noch für die AG 3 eintragen? Ich habe die Einladung erst
jetzt über unseren Elternverein bekommen. Ich würde allein kommen.

Mit freundlichen Grüßen
Agnieszka Wójcik
Polnischer Elternverein Münster e.V.
""", charset="iso-8859-2", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Reply to the 7-day reminder from a web.de/GMX webmailer: attendance
# confirmed, and a dietary request (coeliac disease) -> question.

@mail("becker-gluten-free-question-7d", "2027-03-07 12:02:13",
      E("question", "olga.becker@mail.example", "Olga Becker",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"), "de")
def _(m):
    r7 = rid("r7", "20270306100228", "becker")
    m.head(("From", "Olga Becker <olga.becker@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Aw: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f8c6a1e-4d3b-47e9-a0c5-81b7e9d2f634-1772881333118@3c-app-webde-bap52>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

danke für die Erinnerung, wir kommen beide wie angemeldet.

Eine Sache noch: Ich habe Zöliakie und darf kein Gluten essen. Können Sie
beim Catering nachfragen, ob es etwas Glutenfreies gibt? Sonst bringe ich
mir etwas mit, das ist kein Problem.

Viele Grüße
Olga Becker
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster


Gesendet: Samstag, 06. März 2027 um 10:02 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: olga.becker@mail.example
Betreff: {REMINDER7_SUBJECT}
{gt_quote(reminder_7d("Frau Becker", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English change answering the 7-day reminder from Outlook for iOS: move to
# workgroup 2, else stay in 1 -> ["AG2", "AG1"].  English quote labels.

OWUSU_TEXT = """Hi,

Thanks for the reminder. Would it be possible to move me to workgroup 2 (Münster's future process)? Our community is preparing a statement for the city's consultation and that group fits better. If group 2 is already full, just leave me in group 1.

Best,
Kwabena Owusu
Ghanaian Community Association Münster"""


@mail("owusu-english-change-ag2-else-ag1", "2027-03-07 15:33:26",
      E("change", "k.owusu@mail.example", "Kwabena Owusu",
        "Ghanaian Community Association Münster", ["AG2", "AG1"], None, "en"), "en")
def _(m):
    r7 = rid("r7", "20270306100231", "owusu")
    quote = outlook_ios_quote("Saturday, March 6, 2027 10:02:31 AM",
                              "Kwabena Owusu <k.owusu@mail.example>", REMINDER7_SUBJECT,
                              reminder_7d("Herr Owusu", "AG1", 1))
    text = f"{OWUSU_TEXT}\n\nGet Outlook for iOS\n{quote}"
    m.head(("From", "Kwabena Owusu <k.owusu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1866E0F1A2B3C4D5@PAXP193MB1866.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div dir="ltr">' + "<br>".join(esc(l) for l in OWUSU_TEXT.split("\n"))
                 + '</div><div dir="ltr"><br>Get <a href="https://aka.example/o0ukef">Outlook for iOS</a></div>'
                 '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 f'<b>From:</b> {esc(TO_MSO)}<br><b>Sent:</b> Saturday, March 6, 2027 10:02:31 AM<br>'
                 f'<b>To:</b> Kwabena Owusu &lt;k.owusu@mail.example&gt;<br><b>Subject:</b> {esc(REMINDER7_SUBJECT)}</div>'
                 '<div>' + "<br>".join(esc(l) for l in reminder_7d("Herr Owusu", "AG1", 1).split("\n"))
                 + "</div></body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Turkish reply to the 7-day reminder (Thunderbird, Turkish attribution):
# asks for certificates of attendance for a funding report -> question.
# "iki katılımcımız" and the two names are not a party size or change.

@mail("dogan-turkish-certificate-question-7d", "2027-03-07 18:20:04",
      E("question", "zehra.dogan@kadin-dayanisma.example", "Zehra Doğan",
        "Kinderhaus Kadın Dayanışma Derneği", [], None, "tr"), "tr")
def _(m):
    r7 = rid("r7", "20270306100234", "dogan")
    m.head(("From", "Zehra Doğan <zehra.dogan@kadin-dayanisma.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Re: " + REMINDER7_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<5d0f8b2e-9a1c-4e37-b6d4-3c7e2a9f1b80@kadin-dayanisma.example>"),
           ("In-Reply-To", r7),
           ("References", r7),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

hatırlatma için teşekkür ederim, 13 Mart'ta geliyoruz.

Derneğimiz bu etkinlik için belediyeden küçük bir proje desteği aldı.
Hesap raporu için katılım belgesine ihtiyacımız var. Etkinlikten sonra
iki katılımcımız için katılım belgesi alabilir miyiz? İsimler: Zehra
Doğan ve Ayşe Tunç.

Saygılarımla,
Zehra Doğan
Kinderhaus Kadın Dayanışma Derneği

06.03.2027 10:02 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(reminder_7d("Frau Doğan", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Late registration answering the January invitation (found in the spam
# folder); Apple Mail alternative with the quote in a blockquote.  First and
# second wish AG 3, AG 2.

LOPEZ_TEXT = """Liebe Frau Meza Correa-Flock,

Ihre Einladung ist bei mir leider im Spam-Ordner gelandet, ich habe sie erst heute gefunden. Falls noch ein Platz frei ist, melde ich mich gern an: am liebsten AG 3, sonst AG 2. Ich komme allein.

Herzliche Grüße
Carmen López Martín
Spanischer Elternverein Münster e.V."""


@mail("lopez-martin-apple-reply-to-invitation", "2027-03-08 09:05:38",
      E("registration", "carmen.lopez@spanischer-elternverein.example", "Carmen López Martín",
        "Spanischer Elternverein Münster e.V.", ["AG3", "AG2"], 1, "de"), "de")
def _(m):
    att = f"Am 12.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:"
    plain = f"{LOPEZ_TEXT}\n\n> {att}\n> \n{gt_quote(INVITATION)}\n"
    m.head(("From", "Carmen López Martín <carmen.lopez@spanischer-elternverein.example>"),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Message-Id", "<1F6A3C8E-5B2D-4D71-A9E0-3C8B7F2D6E14@spanischer-elternverein.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(plain, apple_reply_html(LOPEZ_TEXT, att, INVITATION), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 025 ---------------------------------------------------------------------
# English late registration, plain ASCII from Outlook: "If there is still
# space, could you please register me and my colleague ... for Workgroup II"
# -> registration, 2 persons.

@mail("siddiqui-english-late-roman-two", "2027-03-08 12:44:09",
      E("registration", "farah.siddiqui@mail.example", "Farah Siddiqui",
        "Pakistani Women's Circle Muenster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", "Farah Siddiqui <farah.siddiqui@mail.example>"),
           ("To", MSO),
           ("Subject", "Late registration - MSO day"),
           ("Date", m.date),
           ("Message-ID", "<000f01db9018$6c2d4e10$4487ea30$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Meza Correa-Flock,

I have only just heard about the MSO day from a friend, and I realise that
the registration deadline was last Saturday. If there is still space, could
you please register me and my colleague Sana Mir for Workgroup II? We are
both from the Pakistani Women's Circle Muenster and are very interested in
the city's future process.

Kind regards,
Farah Siddiqui
Pakistani Women's Circle Muenster
""", charset="us-ascii", cte="7bit")


# -- 026 ---------------------------------------------------------------------
# Arabic question from someone not registered: is registering still possible
# after the deadline?  She will send details only if so -> question.
# Android, UTF-8 8bit; Arabic signature beats the Latin display name.

@mail("alali-arabic-late-registration-possible", "2027-03-08 17:30:45",
      E("question", "nour.alali@mail.example", "نور العلي", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Al-Ali <nour.alali@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال عن التسجيل"),
           ("Date", m.date),
           ("Message-ID", "<CAN1bX6tQ9yR2wK5pV8mL1cH4dJ7gF0sE3aZ6oT9iU2rN5wB8kM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سمعت اليوم فقط عن يوم منظمات المهاجرين في 13 آذار. أعرف أن موعد التسجيل انتهى يوم السبت الماضي. هل ما زال من الممكن التسجيل الآن؟ إذا كان ذلك ممكناً، سأرسل لكم التفاصيل.

شكراً جزيلاً
نور العلي
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Amharic transliterated in Latin letters, from a Samsung phone, after the
# deadline.  "Sostegnaw ye sira budin" = the third workgroup; "ke balebete
# gar hulet honen" = with my husband, the two of us.

@mail("alemu-amharic-latin-late", "2027-03-08 20:10:57",
      E("registration", "tigist.alemu@mail.example", "Tigist Alemu",
        "Ethiopian Community Münster e.V.", ["AG3"], 2, "am"), "am")
def _(m):
    m.head(("From", "Tigist Alemu <tigist.alemu@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag mezgeba"),
           ("Date", m.date),
           ("Message-ID", "<m2k8r4.1772997057.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Selam,

Ene Tigist Alemu negn. Be Megabit 13 (13. März) bemikahedew ye MSO-Tag sibseba lay mesatef efelgalehu. Ye mezgeba gizew endalefe awkalehu, gin bota kale ebakachihu mezgebugn.

Sostegnaw ye sira budin (Förderung / Vereinsmanagement) lay mesatef efelgalehu. Ke balebete gar hulet honen enmetalen.

Amesegnalehu
Tigist Alemu
Ethiopian Community Münster e.V.

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Turkish typed without Turkish letters on a phone (only the iOS signature
# has "ö"), late: "hala yer varsa ... kaydolmak istiyorum", "3. gruba",
# "Tek kisiyim" = I am one person.

@mail("yavuz-turkish-ascii-late", "2027-03-09 08:50:31",
      E("registration", "emre.yavuz@mail.example", "Emre Yavuz",
        "Genc Bakis Dernegi Munster", ["AG3"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Yavuz <emre.yavuz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO Tag kayit"),
           ("Date", m.date),
           ("Message-ID", "<4A9C2E71-3F5B-4D08-B1E6-7C0D9A2F5E83@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

son tarihin gectigini biliyorum ama hala yer varsa MSO-Tag icin kaydolmak istiyorum. 3. gruba katilmak istiyorum (dernek yonetimi ve fonlar). Tek kisiyim.

Tesekkurler
Emre Yavuz
Genc Bakis Dernegi Munster

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Kurmanji late registration from Android, UTF-8 QP.  Self-introduction and
# signature "Dilovan Xelîl" beat the display name "Dilovan Khalil"; "ez û
# hevalê xwe" = 2; "koma xebatê ya yekem" = the first workgroup.

@mail("xelil-kurmanji-late", "2027-03-09 14:22:16",
      E("registration", "dilovan.khalil@mail.example", "Dilovan Xelîl",
        "Civaka Êzidiyan a Münsterê", ["AG1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Dilovan Khalil <dilovan.khalil@mail.example>"),
           ("To", MSO),
           ("Subject", "Roja MSO 13.03"),
           ("Date", m.date),
           ("Message-ID", "<CAP4kW7xR0tN3yQ6mV9bL2cJ5dH8gF1sE4aY7oZ0iT3rK6wB9nM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,

Navê min Dilovan Xelîl e. Min nû bihîst ku Roja MSO li 13ê Adarê ye. Ez dizanim ku dema qeydkirinê derbas bûye, lê heke hîn cih hebe, ez û hevalê xwe dixwazin werin.

Em dixwazin beşdarî koma xebatê ya yekem bibin (Bildung / dibistan).

Gelek spas
Dilovan Xelîl
Civaka Êzidiyan a Münsterê
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# German of a learner, late, with a parking question (disabled parking for
# his mother): still a registration.  "mit meine Mutter" = 2, "Schule Thema,
# also AG 1".

@mail("krasniqi-learner-german-parking", "2027-03-09 19:40:03",
      E("registration", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "Albanischer Kulturverein „Iliria“ Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung samstag"),
           ("Date", m.date),
           ("Message-ID", "<CAB6nT9wQ2zR5pK8mX1bV4cL7dF0gJ3sE6aU9oW2iY5rN8tH1kP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich heisse Arben Krasniqi, ich bin vom Albanischer Kulturverein „Iliria“ Münster. Ich möchte noch anmelden für Samstag, ich weis Frist ist vorbei, Entschuldigung. Ich komme mit meine Mutter, sie interessiert Schule Thema, also AG 1 bitte.

Meine Mutter kann nicht lange laufen. Wo kann ich mit Auto parken nahe Stadtweinhaus? Gibt es Behindertenparkplatz? Sie hat Ausweis.

Danke schön
Arben Krasniqi
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Turkish from Outlook, alternative in windows-1254 QP, subject in
# windows-1254 B.  First choice "2. çalışma grubu", else "3. grup"; "iki
# kişi: ben ve arkadaşım" = 2.

AYDEMIR_TEXT = """Merhaba,

Türk-Alman Öğrenci Birliği Münster olarak 13 Mart'taki etkinliğe iki kişi katılmak istiyoruz: ben ve arkadaşım Kerem Aksu.
Birinci tercihimiz 2. çalışma grubu (Münster'in geleceği), orası doluysa 3. grup da olur.

Son başvuru tarihinin geçtiğini biliyoruz – yine de yer olursa çok seviniriz.

Saygılarımla
Burcu Aydemir
Türk-Alman Öğrenci Birliği Münster"""


@mail("aydemir-turkish-windows-1254-two-choices", "2027-03-10 10:15:47",
      E("registration", "burcu.aydemir@taob-muenster.example", "Burcu Aydemir",
        "Türk-Alman Öğrenci Birliği Münster", ["AG2", "AG3"], 2, "tr"), "tr", tz=0)
def _(m):
    m.head(("From", "Burcu Aydemir <burcu.aydemir@taob-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("Geç kayıt – 2 kişi", "windows-1254", "b")),
           ("Thread-Topic", ew("Geç kayıt – 2 kişi", "windows-1254", "b")),
           ("Thread-Index", "AduRc4nW9kT2xQ7mP0yL3vB6zS1eHw=="),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB0688B1C2D3E4F5A6@VI1P195MB0688.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "tr-TR, de-DE"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = outlook_html(AYDEMIR_TEXT).replace(
        'content="text/html; charset=Windows-1252"', 'content="text/html; charset=Windows-1254"')
    m.alternative(outlook_plain(AYDEMIR_TEXT), html_text,
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Arabic from an iPhone, UTF-8 base64, late: "أنا وزوجي" = me and my
# husband (2); "مجموعة العمل الثانية" = the second workgroup; vegetarian.
# Organisation only in Arabic.

@mail("alsaadi-arabic-iphone-late", "2027-03-10 16:05:22",
      E("registration", "reem.alsaadi@mail.example", "ريم السعدي",
        "جمعية المرأة العربية في مونستر", ["AG2"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Reem Alsaadi <reem.alsaadi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل متأخر"),
           ("Date", m.date),
           ("Message-ID", "<9E2B5D17-0A4C-4F83-B6D9-1C7E3A8F2B60@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أعتذر عن التأخر في التسجيل. أرجو تسجيلي أنا وزوجي في يوم منظمات المهاجرين يوم السبت 13 آذار.
نود المشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر).
ملاحظة: أنا نباتية، إذا أمكن.

مع الشكر
ريم السعدي
جمعية المرأة العربية في مونستر

أُرسلت من الـ iPhone
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# English late registration forwarding the invitation as it came through a
# network mailing list (two nested forwards, German note "Nachmeldungen").
# "My colleague Lena Hartmann and I" = 2, "workgroup 1".

OCONNOR_TEXT = """Hello,

this invitation was forwarded to us via the Münster refugee support mailing list. My colleague Lena Hartmann and I would like to take part on behalf of the Refugee Law Clinic Münster. We'd both like to join workgroup 1 (education system) - we advise a lot of families on school issues.

I hope it's not too late to register.

Best wishes,
Hannah O'Connor
Refugee Law Clinic Münster e.V."""


@mail("oconnor-english-forwarded-invitation", "2027-03-10 21:30:14",
      E("registration", "hannah.oconnor@rlc-muenster.example", "Hannah O'Connor",
        "Refugee Law Clinic Münster e.V.", ["AG1"], 2, "en"), "en")
def _(m):
    fwd = f"""---------- Forwarded message ---------
From: Netzwerk Flüchtlingshilfe Münster <liste@fluechtlingshilfe-ms.example>
Date: Wed, 10 Mar 2027 at 09:14
Subject: [fh-ms] Fwd: {INVITATION_SUBJECT}
To: <liste@fluechtlingshilfe-ms.example>


Liebe Alle, zur Info – vielleicht hat ja noch jemand Lust. Laut Telefon
nimmt die Stadt auch noch Nachmeldungen an. Viele Grüße, Jutta

---------- Forwarded message ---------
From: Tag der Migrantenselbstorganisationen <{MSO}>
Date: Tue, 12 Jan 2027 at 14:03
Subject: {INVITATION_SUBJECT}
To: Tag der Migrantenselbstorganisationen <{MSO}>


{INVITATION}"""
    m.head(("From", "Hannah O'Connor <hannah.oconnor@rlc-muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: [fh-ms] Fwd: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE8pT1wR4yQ7nK0mV3bX6cL9dJ2gH5sF8aZ1oU4iN7rW0tB3kQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OCONNOR_TEXT}\n\n{fwd}\n"
    html_text = (gmail_html(OCONNOR_TEXT).rstrip("\n") + '<br><div class="gmail_quote">'
                 + "<br>\n".join(esc(line) for line in fwd.split("\n")) + "</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Amharic in Ge'ez script, late, alternative UTF-8 base64.  "በሁለተኛው የሥራ
# ቡድን" = in the second workgroup; "ብቻዬን እመጣለሁ" = I come alone.
# Ge'ez signature and organisation.

TADESSE_TEXT = """ሰላም፣

በመጋቢት 13 ቀን በሚካሄደው የስደተኞች ድርጅቶች ቀን (Tag der Migrantenselbstorganisationen) ላይ መሳተፍ እፈልጋለሁ። የምዝገባ ጊዜው ማለፉን አውቃለሁ፣ ግን ቦታ ካለ እባካችሁ መዝግቡኝ።
በሁለተኛው የሥራ ቡድን (የሙንስተር የወደፊት ሂደት – Zukunftsprozess) መሳተፍ እፈልጋለሁ።
ብቻዬን እመጣለሁ።

አመሰግናለሁ
መሠረት ታደሰ
የኢትዮጵያ ሴቶች ማኅበር ሙንስተር"""


@mail("tadesse-amharic-geez-late", "2027-03-11 09:30:28",
      E("registration", "meseret.tadesse@mail.example", "መሠረት ታደሰ",
        "የኢትዮጵያ ሴቶች ማኅበር ሙንስተር", ["AG2"], 1, "am"), "am")
def _(m):
    m.head(("From", "Meseret Tadesse <meseret.tadesse@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ምዝገባ - MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAG3wN6tQ9zR2pK5mX8bV1cL4dF7gJ0sE3aU6oW9iY2rN5tH8kP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TADESSE_TEXT, gmail_html(TADESSE_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Postfix bounce of the day-before reminder: the recipient's mailbox is full
# (552 5.2.2).  The returned reminder names AG 2 and one person.

@mail("postfix-bounce-mailbox-full-1d", "2027-03-12 10:01:09",
      E("bounce", bounced="hamid.rasuli@webpost.example"), "en")
def _(m):
    rcpt = "hamid.rasuli@webpost.example"
    msgid = rid("r1", "20270312100052", "rasuli")
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270312090109.4B7C21D0F3@mail.muenster.example>"),
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

<{rcpt}>: host mx.webpost.example[198.51.100.73] said: 552
    5.2.2 <{rcpt}>: Mailbox full (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4B7C21D0F3"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri, 12 Mar 2027 10:00:52 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.webpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full")])
    original = reminder_message(f"Hamid Rasuli <{rcpt}>", "Herr Rasuli", "AG2", 1,
                                "Fri, 12 Mar 2027 10:00:52 +0100", msgid)
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# Bilingual (German/English) absence notice to the day-before reminder from
# a hosted webmailer: Auto-Submitted: auto-replied, ordinary "Re:" subject.

@mail("haddou-bilingual-absence-1d", "2027-03-12 10:04:40",
      E("auto_reply"), "de")
def _(m):
    r1 = rid("r1", "20270312100055", "haddou")
    m.head(("From", "Nadia Haddou <nadia.haddou@maghreb-kultur.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.20270312100440.77f2@maghreb-kultur.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin heute, am 12. März, nicht im Büro. Ab Montag, 15. März, bin ich
wieder erreichbar. In dringenden Fällen schreiben Sie bitte an
info@maghreb-kultur.example.

Hello,

I am out of the office today, 12 March, and back on Monday, 15 March.
For urgent matters please write to info@maghreb-kultur.example.

Nadia Haddou
Maghreb Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Arabic answer to the day-before reminder: his wife is ill, so two instead
# of three -> change of party size (3 -> 2).  Gmail with an Arabic
# attribution line, rtl HTML, UTF-8 QP.

HAJAHMAD_TEXT = """مرحباً،

شكراً على التذكير. للأسف زوجتي مريضة ولن تستطيع الحضور غداً، لذلك سنأتي شخصين فقط بدلاً من ثلاثة: أنا وابني.

مع التحية
يوسف الحاج أحمد
نادي الجالية الفلسطينية في مونستر"""


@mail("haj-ahmad-arabic-three-to-two-1d", "2027-03-12 10:30:51",
      E("change", "yousef.hajahmad@mail.example", "يوسف الحاج أحمد",
        "نادي الجالية الفلسطينية في مونستر", [], 2, "ar"), "ar")
def _(m):
    r1 = rid("r1", "20270312100058", "haj-ahmad")
    att = f"في الجمعة، 12 مارس 2027 في 10:00 ص، كتب Tag der Migrantenselbstorganisationen <{MSO}>:"
    quoted = reminder_1d("Herr Haj Ahmad", "AG1", 3)
    m.head(("From", "Yousef Haj Ahmad <yousef.hajahmad@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK0rV3tW6yN9pQ2mX5bL8cJ1dH4gF7sE0aT3oU6iZ9rB2wK5nM@mail.gmail.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(HAJAHMAD_TEXT, att, quoted),
                  gmail_reply_html(HAJAHMAD_TEXT, att, quoted, rtl=True),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 038 ---------------------------------------------------------------------
# English answer to the day-before reminder: disabled parking and step-free
# access for a colleague in a wheelchair -> question.  "workgroup 3" appears
# only inside the question.

ADJEI_TEXT = """Dear team,

Thank you for the information. My colleague who is coming with me tomorrow uses a wheelchair, and we will come by car. Is there a disabled parking space near the Stadtweinhaus, or can we drive up to the entrance to drop her off? And is the room for workgroup 3 accessible without stairs?

Many thanks,
Esther Adjei
African Women's Forum Münster"""


@mail("adjei-english-disabled-parking-1d", "2027-03-12 11:20:36",
      E("question", "esther.adjei@awf-muenster.example", "Esther Adjei",
        "African Women's Forum Münster", [], None, "en"), "en")
def _(m):
    r1 = rid("r1", "20270312100101", "adjei")
    att = f"On Fri, 12 Mar 2027 at 10:01, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"
    quoted = reminder_1d("Frau Adjei", "AG3", 2)
    m.head(("From", "Esther Adjei <esther.adjei@awf-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH7mQ0tR3yW6nK9pV2bX5cL8dJ1gF4sE7aZ0oU3iN6rT9wB2kP@mail.gmail.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(ADJEI_TEXT, att, quoted),
                  gmail_reply_html(ADJEI_TEXT, att, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Amharic (Latin letters) reply to the day-before reminder that only says
# thanks and "I'll come tomorrow on time" (other).  Android, UTF-8 8bit.

@mail("bekele-amharic-latin-just-confirms-1d", "2027-03-12 12:45:19",
      E("other"), "am")
def _(m):
    r1 = rid("r1", "20270312100104", "bekele")
    m.head(("From", "Dawit Bekele <dawit.bekele@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ2nX5tQ8yR1wK4pV7mL0cH3dJ6gF9sE2aZ5oT8iU1rN4wB7kM@mail.gmail.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("MIME-Version", "1.0"))
    m.single(f"""Selam,

Amesegnalehu! Nege be seatu emetalehu.

Dawit Bekele

Am Fr., 12. März 2027 um 10:01 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(reminder_1d("Herr Bekele", "AG2", 1))}
""", charset="utf-8", cte="8bit")


# -- 040 ---------------------------------------------------------------------
# Substitution answering the day-before reminder: he is ill, a colleague
# comes in his place "in derselben Arbeitsgruppe" -> change, no new
# workgroup; name = the new attendee.  Outlook alternative, windows-1252.

HOELSCHER_TEXT = """Sehr geehrte Damen und Herren,

leider bin ich krank geworden und kann morgen nicht kommen. Statt mir wird meine Kollegin Anja Reckers teilnehmen, in derselben Arbeitsgruppe. Könnten Sie den Namen auf der Teilnehmerliste und dem Namensschild bitte entsprechend ändern?

Vielen Dank und viele Grüße
Martin Hölscher
Stadtteilbüro Kinderhaus"""


@mail("hoelscher-substitute-colleague-1d", "2027-03-12 13:10:44",
      E("change", "m.hoelscher@stadtteilbuero-kinderhaus.example", "Anja Reckers",
        "Stadtteilbüro Kinderhaus", [], None, "de"), "de", tz=0)
def _(m):
    r1 = rid("r1", "20270312100107", "hoelscher")
    m.head(("From", '"Hölscher, Martin" <m.hoelscher@stadtteilbuero-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + REMINDER1_SUBJECT),
           ("Thread-Topic", REMINDER1_SUBJECT),
           ("Thread-Index", "AQHblyT0m2wK8pR5xN1vQ4zL7yB3cA=="),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB1977D4E3F2A1B0C9@GV1P190MB1977.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Freitag, 12. März 2027 10:01",
             "Hölscher, Martin <m.hoelscher@stadtteilbuero-kinderhaus.example>",
             REMINDER1_SUBJECT, reminder_1d("Herr Hölscher", "AG2", 1))
    m.alternative(outlook_plain(HOELSCHER_TEXT, quote), outlook_html(HOELSCHER_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 041 ---------------------------------------------------------------------
# Kurmanji cancellation answering the day-before reminder (sick child);
# Gmail with a German attribution line, UTF-8 QP text/plain.

@mail("gunes-kurmanji-cancel-1d", "2027-03-12 16:30:02",
      E("cancellation", "berfin.gunes@mail.example", "Berfîn Güneş",
        "Komeleya Jinên Kurd Münster", [], None, "ku"), "ku")
def _(m):
    r1 = rid("r1", "20270312100110", "gunes")
    m.head(("From", "Berfîn Güneş <berfin.gunes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL8tW1xQ4zN7pR0mV3bK6cJ9dH2gF5sE8aY1oW4iT7rL0nB3kQ@mail.gmail.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("MIME-Version", "1.0"))
    m.single(f"""Silav,

Bibore, em ê sibê nikaribin werin. Zarokê min ê piçûk nexweş ket û divê
ez li malê bimînim. Ji kerema xwe qeyda me betal bikin.

Spas û bi hêviya carek din
Berfîn Güneş
Komeleya Jinên Kurd Münster

Am Fr., 12. März 2027 um 10:01 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(reminder_1d("Frau Güneş", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Farsi (Dari) late registration for tomorrow, forwarding a friend's
# day-before reminder (which names AG 3); "اگر هنوز جا هست ... مرا هم ثبت
# کنید" with "گروه کاری ۱" (Persian digit) and "به تنهایی" = alone.

NAZARI_TEXT = """سلام،

دوستم آقای هاشمی این ایمیل را برایم فرستاد. من هم خیلی دوست دارم فردا در این برنامه شرکت کنم. اگر هنوز جا هست، لطفاً مرا هم ثبت کنید. به تنهایی می‌آیم و در گروه کاری ۱ (تعلیم و مکتب) شرکت می‌کنم.

تشکر زیاد
فرید نظری
انجمن فرهنگی افغان‌های مونستر"""


@mail("nazari-dari-forwards-friends-reminder", "2027-03-12 19:15:29",
      E("registration", "farid.nazari@mail.example", "فرید نظری",
        "انجمن فرهنگی افغان‌های مونستر", ["AG1"], 1, "fa"), "fa")
def _(m):
    fwd_head = f"""---------- Forwarded message ---------
From: Sayed Jawad Hashimi <jawad.hashimi@mail.example>
Date: Fri, Mar 12, 2027 at 6:40 PM
Subject: Fwd: {REMINDER1_SUBJECT}
To: Farid Nazari <farid.nazari@mail.example>


---------- Forwarded message ---------
From: Tag der Migrantenselbstorganisationen <{MSO}>
Date: Fri, Mar 12, 2027 at 10:01 AM
Subject: {REMINDER1_SUBJECT}
To: <jawad.hashimi@mail.example>


"""
    fwd = fwd_head + reminder_1d("Herr Hashimi", "AG3", 1)
    m.head(("From", "Farid Nazari <farid.nazari@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: Fwd: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5pW8tR1yK4nQ7vX0bL3cF6dJ9gH2sE5aZ8oU1iN4rT7wB0kM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{NAZARI_TEXT}\n\n{fwd}\n"
    html_text = (gmail_html(NAZARI_TEXT, rtl=True).rstrip("\n") + '<br><div class="gmail_quote">'
                 + "<br>\n".join(esc(line) for line in fwd.split("\n")) + "</div>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Tigrinya transliterated in Latin letters, the evening before: "bota
# entehalyu mzgebuna" = if there is room, register us; "ms kilte ahwatey
# seleste" = with my two brothers, three; "salsay gujle" = third group.
# The self-introduction has the full name, the signature only "Filmon".

@mail("ghebremedhin-tigrinya-latin-evening-before", "2027-03-12 21:40:58",
      E("registration", "filmon.ghebremedhin@mail.example", "Filmon Ghebremedhin",
        "Eritreische Jugend Münster", ["AG3"], 3, "ti"), "ti")
def _(m):
    m.head(("From", "filmon.ghebremedhin@mail.example"),
           ("To", MSO),
           ("Subject", "MSO-Tag tsbah"),
           ("Date", m.date),
           ("Message-ID", "<m9w3q7.1773348058.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Selam,

Ane Filmon Ghebremedhin eye. Tsbah ab MSO-Tag kesatef edeli. Gze mzgeba kem zhalefe efelt eye, gn bota entehalyu bjkhum mzgebuna.
Ms kilte ahwatey seleste ina. Ab salsay gujle (Förderung) kinesatef ndeli.

Yekenyeley
Filmon
Eritreische Jugend Münster
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Tigrinya (Ge'ez) cancellation on the morning of the event, iPhone reply to
# the day-before reminder with the iOS quote ("> Am ... schrieb").

@mail("tewelde-tigrinya-cancel-morning", "2027-03-13 07:12:33",
      E("cancellation", "helen.tewelde@mail.example", "ሄለን ተወልደ", None,
        [], None, "ti"), "ti")
def _(m):
    r1 = rid("r1", "20270312100113", "tewelde")
    m.head(("From", "Helen Tewelde <helen.tewelde@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C71A9E3B-4D2F-4B86-A0C5-E8F1D3B7A926@mail.example>"),
           ("In-Reply-To", r1),
           ("References", r1),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""ሰላም፡
ይቕሬታ፡ ሎሚ ሕምምቲ ስለ ዝኾንኩ ክመጽእ ኣይክእልን እየ። በጃኹም ምዝገባይ ሰርዝዎ።
የቐንየለይ
ሄለን ተወልደ

Gesendet von meinem iPhone

> Am 12.03.2027 um 10:01 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(reminder_1d("Frau Tewelde", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Spontaneous registration on the morning of the event from a webmailer,
# iso-8859-1 QP: asks whether he may still come but says he will simply turn
# up -> registration, alias "Zukunftsprozess", alone.

@mail("wieland-spontaneous-morning-of", "2027-03-13 07:58:20",
      E("registration", "jonas.wieland@mail.example", "Jonas Wieland",
        "Bürgerinitiative Lebendiges Südviertel", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Jonas Wieland", "jonas.wieland@mail.example")),
           ("To", MSO),
           ("Subject", "Heute noch dabei?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8d4e2b1a-6c0f-4a93-b7e5-f2c9d1a8e047-1773385100455@3c-app-gmx-bs34>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen,

ganz spontan: Kann ich heute noch dazukommen? Mein Termin heute ist
ausgefallen. Ich würde gerne in die AG zum Zukunftsprozess gehen. Ich komme
einfach um halb zehn vorbei - wenn es gar nicht passt, schreiben Sie mir
bitte kurz.

Viele Grüße
Jonas Wieland
Bürgerinitiative Lebendiges Südviertel
""", charset="iso-8859-1", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "en", "tr", "ar", "fa", "ku", "ti", "am")


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


def header_addresses(msg, name):
    h = msg[name]
    if h is None:
        return []
    return [a.addr_spec.lower() for a in h.addresses]


def check_labels(msg, e, text_lang):
    """Problems with one expected record: well formed and agreeing with the mail."""
    problems = []
    if set(e) != set(FIELDS) or len(e) != len(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
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
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if text_lang not in LANGS:
        problems.append(f"text language {text_lang} not in the theme")
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS or e["language"] != text_lang:
            problems.append(f"language {e['language']} vs text {text_lang}")
        if not e["name"]:
            problems.append("person mail needs a name")
        em = e["email"]
        if not em or em != em.lower() or "@" not in em:
            problems.append("person mail needs a lower-case email")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if problems or kind not in PERSON_KINDS:
        return problems
    # agreement with the mail text
    heads = [str(msg[h]) for h in ("From", "Reply-To") if msg[h] is not None]
    texts = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            texts.append(html.unescape(t) if p.get_content_subtype() == "html" else t)
    body = "\n".join(texts)
    everything = "\n".join(heads) + "\n" + body
    addrs = header_addresses(msg, "From") + header_addresses(msg, "Reply-To")
    if e["email"] not in addrs and e["email"] not in body.lower():
        problems.append(f"email {e['email']} not in From/Reply-To or text")
    if msg["Reply-To"] is not None and e["email"] == header_addresses(msg, "From")[0]:
        problems.append("Reply-To present but From chosen")
    if e["name"] not in everything:
        problems.append(f"name {e['name']!r} not written in the mail")
    if e["organisation"] is not None and e["organisation"] not in everything:
        problems.append(f"organisation {e['organisation']!r} not written in the mail")
    if kind in ("change", "cancellation") and "Angemeldete Personen:" not in body:
        problems.append("change/cancellation does not quote the reminder or confirmation")
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
    if not (datetime.datetime(2027, 3, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 14, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1-13 March 2027")
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
    if "  " in str(msg["Subject"]):
        problems.append("decoded Subject has a double space (bad folding)")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(msg, expected, text_lang)
    return problems


def check_senders(built, datas):
    """No sender twice: every From address appears in one mail only."""
    seen = {}
    problems = []
    for (name, *_), data in zip(built, datas):
        msg = email.message_from_bytes(data, policy=email.policy.default)
        frm = header_addresses(msg, "From")[0]
        if frm in seen:
            problems.append(f"{name}: sender {frm} already sent {seen[frm]}")
        seen[frm] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
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
    short = ("reg", "chg", "cxl", "qst", "auto", "bnc", "oth")
    print("language of the text x kind:")
    print("      " + " ".join(f"{s:>4}" for s in short) + "  all")
    for lang in LANGS:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:3} " + " ".join(f"{n:>4}" for n in row) + f"  {sum(row):>3}")
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

    # re-read what is on disk (after writing) or what would be written (--check)
    for (name, m, e, lang), data in zip(built, datas):
        if not args.check:
            data = (mails_dir / name).read_bytes()
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
    for problem in check_senders(built, datas):
        print(problem)
        bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
