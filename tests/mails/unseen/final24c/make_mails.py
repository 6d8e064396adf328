#!/usr/bin/env python3
"""Build the "final24c" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the Tag der Migrantenselbstorganisationen 2027 (MSO-Tag, Münster), as
parent associations (Elternvereine), teachers of heritage-language classes
(muttersprachlicher / herkunftssprachlicher Unterricht), Saturday schools and
homework clubs write to it.  German, Greek, Spanish, Portuguese, Croatian,
Russian and Turkish.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check that it parses
without defects, that each body part decodes to exactly the text written here,
and that the labels are well formed and agree with the mail.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind and language

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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUPS = ("AG1", "AG2", "AG3")
LANGS = ("de", "el", "es", "pt", "hr", "ru", "tr", "en")


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
    """Quote a text the way Thunderbird/Gmail/Apple Mail do: '> ' before each line."""
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
    return hashlib.sha256(f"final24c/{slug}/{n}".encode()).hexdigest()


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
            domain = sender.split("@")[1] if "@" in sender else "muenster.example"
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/relay.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1770000000000 + int(h[16:22], 16)}"
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
# texts that several mails quote (the organiser's mails)
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

REMINDER = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

in gut vier Wochen ist es so weit: Am Samstag, 13. März 2027, findet von
10:00 bis 16:00 Uhr der Tag der Migrantenselbstorganisationen im
Stadtweinhaus, Prinzipalmarkt 8, statt.

Falls Sie sich noch nicht angemeldet haben: Anmeldeschluss ist der
6. März 2027. Schreiben Sie uns einfach an mso-tag@muenster.example, mit
Ihrem Namen, Ihrer Organisation, der gewünschten Arbeitsgruppe und der
Zahl der Personen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Wer schon angemeldet ist, muss nichts weiter tun.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums Münster"""

REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss 6. März – Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the organiser's mailbot sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


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
<meta http-equiv="Content-Type" content="text/html; charset=@CHARSET@">
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
<body lang=@LANG@ link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE",
                 labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        l_from, l_sent, l_to, l_subj = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:{lang}'>{l_from}</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:{lang}'> {esc(von)} <br>\n"
                   f"<b>{l_sent}</b> {esc(gesendet)}<br>\n"
                   f"<b>{l_to}</b> {esc(an)}<br>\n"
                   f"<b>{l_subj}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.replace("@CHARSET@", charset).replace("@LANG@", lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_html_quote(text, attribution, quoted):
    """Gmail HTML: the new text, then the attribution and a blockquote."""
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    br = '<br clear="none">'
    inner = "".join(f"<div>{esc(line) if line else br}</div>" for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"ydp3f1c2a9byahoo-style-wrap\" "
            "style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


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
# Exchange out-of-office of a school's HSU coordinator, answering the invitation
# within a minute (auto_reply); "Jahrgangsstufe 8" and dates are not labels.

STEINHOFF_OOF = """Vielen Dank für Ihre Nachricht.

Ich begleite bis einschließlich Freitag, 22. Januar 2027, die Skifahrt der Jahrgangsstufe 8 und lese meine E-Mails in dieser Zeit nur unregelmäßig. Ab dem 25. Januar bin ich wieder erreichbar.

In dringenden Angelegenheiten des herkunftssprachlichen Unterrichts wenden Sie sich bitte an Frau Kaymak-Hoppe (Tel. 0251 / 492-1830).

Mit freundlichen Grüßen
Markus Steinhoff
Koordination Herkunftssprachlicher Unterricht"""


@mail("steinhoff-exchange-out-of-office", "2027-01-12 13:03:47",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Steinhoff, Markus" <m.steinhoff@gesamtschule-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHbZP1c7kR2vT9mQ4yN8wX0aB3cDg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB71420A6C2E5F11B3C8D94E7A2F61@DB9PR03MB7142.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(STEINHOFF_OOF, outlook_html(STEINHOFF_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Parent association, Thunderbird reply quoting the whole invitation (all three
# AGs in the quote).  "rund 25 Familien", "Klasse 5 bis 7", "1. Vorsitzende" and
# "die Zukunft unserer Kinder" are no labels; "zu zweit" = 2; AG 1.

@mail("kilinc-elternverein-reply-invitation", "2027-01-12 16:48:12",
      E("registration", "ayten.kilinc@bildungsbruecke-ms.example", "Ayten Kılınç",
        "Elternverein Bildungsbrücke Münster e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ayten Kılınç <ayten.kilinc@bildungsbruecke-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b2d7e19-8c3a-4f60-b1d2-9e0a5c7f3b48@bildungsbruecke-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, wir kommen gern!

Unser Verein betreut rund 25 Familien. Die meisten Kinder sind gerade in
Klasse 5 bis 7, also in den ersten Jahren an der weiterführenden Schule,
und viele Eltern fühlen sich dort ziemlich allein gelassen. Uns geht es um
die Zukunft unserer Kinder in der Schule, deshalb möchten wir in die AG 1.

Ich komme zusammen mit unserer Kassiererin, Frau Demir – also zu zweit.

Herzliche Grüße
Ayten Kılınç

-- 
Elternverein Bildungsbrücke Münster e.V.
1. Vorsitzende
Tel. 0251 / 61 38 27

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Greek heritage-language teacher, iso-8859-7 quoted-printable, Greek display
# name (RFC 2047 B, iso-8859-7) and subject (Q, iso-8859-7).  Grades in Greek numerals "Α΄ έως ΣΤ΄",
# "16 μαθητές", "13ης"; "η πρώτη ομάδα εργασίας" = AG1; with a colleague = 2.
# She names only the state schools she teaches at (employers): organisation null.

@mail("papadimitriou-greek-teacher", "2027-01-13 09:12:40",
      E("registration", "evpapadim@mail.example", "Ευαγγελία Παπαδημητρίου", None,
        ["AG1"], 2, "el"), "el")
def _(m):
    m.head(("From", addr("Ευαγγελία Παπαδημητρίου", "evpapadim@mail.example", "iso-8859-7", "b")),
           ("To", MSO),
           ("Subject", ew("Συμμετοχή στην ημερίδα MSO-Tag 13/3", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<1768291960.33817.evpapadim@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Αξιότιμη κυρία Meza Correa-Flock,

ονομάζομαι Ευαγγελία Παπαδημητρίου και διδάσκω ελληνικά ως μητρική γλώσσα
(muttersprachlicher Unterricht) σε δύο δημοτικά σχολεία του Μύνστερ. Φέτος
έχω 16 μαθητές στις τάξεις Α΄ έως ΣΤ΄.

Θα ήθελα να δηλώσω συμμετοχή στην ημερίδα της 13ης Μαρτίου. Με ενδιαφέρει η
πρώτη ομάδα εργασίας, για τους ανθρώπους με μεταναστευτικό υπόβαθρο στο
εκπαιδευτικό σύστημα. Θα έρθω μαζί με μια συνάδελφο, την κ. Σταυρούλα
Ιωάννου, που διδάσκει στο Γκρέφεν.

Με εκτίμηση,
Ευαγγελία Παπαδημητρίου
""", charset="iso-8859-7", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic Saturday school, Outlook HTML only, windows-1252 QP.  The school's name
# contains "Schule" (an AG1 alias) and the text speaks of "Grundschule",
# "Schulleiter", "Klasse 10", "5 Lerngruppen", but the choice is AG 3
# (Fördermöglichkeiten); "mit mir kommen zwei Lehrerinnen" = 3.

NASRALLAH_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März an. Mit mir kommen zwei Lehrerinnen unserer Schule, Frau Rana Khoury und Frau Dalia Saleh.

Zur Info: Wir unterrichten jeden Samstag rund 60 Kinder in 5 Lerngruppen, von der Vorschule bis Klasse 10. Seit dem Sommer suchen wir dringend neue Räume, weil die Grundschule, in der wir bisher zu Gast waren, umgebaut wird. Deshalb interessiert uns vor allem die AG 3 zu den Fördermöglichkeiten.

Mit freundlichen Grüßen

Dr. Samir Nasrallah
Schulleiter
Arabische Samstagsschule Al-Manara Münster e.V.
Grevener Straße 215 · 48159 Münster"""


@mail("nasrallah-samstagsschule-outlook-html", "2027-01-13 10:30:05",
      E("registration", "s.nasrallah@al-manara-ms.example", "Samir Nasrallah",
        "Arabische Samstagsschule Al-Manara Münster e.V.", ["AG3"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nasrallah, Samir" <s.nasrallah@al-manara-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Topic", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Thread-Index", "AdtlpQ3rN8xK2mV5TcW0yB7uE4fHjg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR02MB9961B2E4C7A0F5D3E1B8C6A49D20@AS8PR02MB9961.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, ar-SY"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(NASRALLAH_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Spanish parents' association, Gmail multipart/alternative, UTF-8 QP.  Display
# name "Carmen Ruiz", full name in the signature.  "grupo de trabajo 3" first,
# "el grupo 1" second; "mi marido, Javier, y yo" = 2; "30 familias", "7 a 17".

RUIZ_TEXT = """Estimada señora Meza Correa-Flock:

Le escribo en nombre de la Asociación de Padres de Familia Españoles en Münster. Somos unas 30 familias socias y nuestros hijos, de 7 a 17 años, asisten los sábados a las clases de lengua y cultura españolas.

Nos gustaría participar en el Tag der Migrantenselbstorganisationen del 13 de marzo. Iríamos dos personas: mi marido, Javier, y yo.

Nos interesa sobre todo el grupo de trabajo 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), porque queremos pedir una subvención para el curso que viene. Si no hubiera plazas, el grupo 1 sería nuestra segunda opción.

Un cordial saludo,

María del Carmen Ruiz Ortega
Presidenta
Asociación de Padres de Familia Españoles en Münster"""


@mail("ruiz-ortega-spanish-parents", "2027-01-13 20:15:33",
      E("registration", "carmen.ruiz.o@mail.example", "María del Carmen Ruiz Ortega",
        "Asociación de Padres de Familia Españoles en Münster", ["AG3", "AG1"], 2, "es"), "es")
def _(m):
    m.head(("From", "Carmen Ruiz <carmen.ruiz.o@mail.example>"),
           ("To", MSO),
           ("Subject", "Inscripción MSO-Tag – Asociación de Padres"),
           ("Date", m.date),
           ("Message-ID", "<CAF8kQ2nT5vX1bR7mW3zY9pL0cD4sG6hJ2eU8aN1oK5iB7qVxZw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RUIZ_TEXT, gmail_html(RUIZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 006 ---------------------------------------------------------------------
# Turkish parents' association, iso-8859-9, 8bit; display name and subject as
# RFC 2047 B words in iso-8859-9.  "7. ve 8. sınıf" (grades) and "20 öğrencimiz"
# are no labels; "2. çalışma grubu" = AG2; "Üç kişi geleceğiz" = 3.

@mail("dogan-turkish-veli-dernegi", "2027-01-14 08:40:19",
      E("registration", "hatice.dogan@mail.example", "Hatice Doğan",
        "Münster Türk Veli Derneği", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Doğan", "hatice.dogan@mail.example", "iso-8859-9", "b")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag kaydı", "iso-8859-9", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270114084019.5c1e77@mail.example>"),
           ("X-Mailer", "Webmail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Münster Türk Veli Derneği olarak 13 Mart'taki Tag der Migrantenselbstorganisationen'e katılmak istiyoruz.

Derneğimizde her cumartesi 7. ve 8. sınıf öğrencilerine ödev yardımı ve sınav hazırlığı yapıyoruz, bu sene 20 öğrencimiz var.

2. çalışma grubuna (Münsters Zukunftsprozess) katılmak istiyoruz. Üç kişi geleceğiz: ben, başkan yardımcımız Ahmet Bey ve bir veli.

Saygılarımla
Hatice Doğan
Münster Türk Veli Derneği
Sekreter
""", charset="iso-8859-9", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Question: a Polish HSU teacher, not in any association, asks whether she may
# come and about a certificate.  She names AG 1 only conditionally ("Falls das
# geht, würde ich mich ... anmelden"), so no one is registered yet.

@mail("sikora-hsu-teacher-question", "2027-01-14 19:05:51",
      E("question", "joanna.sikora@mail.example", "Joanna Sikora", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Joanna Sikora <joanna.sikora@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage: Teilnahme als HSU-Lehrkraft?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7e2c4a90-1b3d-4f58-a6e0-c9d2b8f1e473-1768413951220@3c-app-webde-bs31>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

ich unterrichte Polnisch im herkunftssprachlichen Unterricht, an drei Schulen
in Münster, Kinder von Klasse 1 bis 10. In einem Verein bin ich aber nicht
Mitglied.

Darf ich trotzdem am Tag der Migrantenselbstorganisationen teilnehmen? Und
gibt es eine Teilnahmebescheinigung, die ich als Fortbildung bei der
Bezirksregierung einreichen kann?

Falls das geht, würde ich mich gern für die AG 1 anmelden, vielleicht auch
mit einer Kollegin.

Mit freundlichen Grüßen
Joanna Sikora
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Russian Saturday school, webmail multipart/alternative, UTF-8 base64.  Latin
# display name, Cyrillic signature (the name label).  "48 детей от 4 до 15 лет",
# "шесть групп", "с 10 до 13 часов" are no labels; "рабочая группа №1" = AG1;
# "нас будет двое" = 2.

KUZNETSOVA_TEXT = """Здравствуйте!

Я руковожу русскоязычной субботней школой в Мюнстере. У нас сейчас 48 детей от 4 до 15 лет, шесть групп, занятия каждую субботу с 10 до 13 часов.

Хочу зарегистрироваться на Tag der Migrantenselbstorganisationen 13 марта. Приду вместе с коллегой, учительницей математики, то есть нас будет двое.

Нас интересует рабочая группа №1 (Bildungssystem), потому что многие родители спрашивают нас о немецкой школьной системе.

С уважением,
Наталья Кузнецова
Lukomorje e.V."""


@mail("kuznetsova-russian-saturday-school", "2027-01-15 10:22:08",
      E("registration", "n.kuznetsova@lukomorje-ms.example", "Наталья Кузнецова",
        "Lukomorje e.V.", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Natalia Kuznetsova <n.kuznetsova@lukomorje-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768468928.412730915@f512.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.alternative(KUZNETSOVA_TEXT, div_html(KUZNETSOVA_TEXT, "font-family: Arial;font-size: 14px;"),
                  charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Homework club: sent from the club's info mailbox, Reply-To is the
# coordinator's own address (she also asks for it).  "22 Kinder",
# "Klassen 3 bis 6"; "AG Bildung", else "AG zum Zukunftsprozess" = [AG1, AG2];
# "zu zweit" = 2.

@mail("overmann-hausaufgabenhilfe-reply-to", "2027-01-15 15:37:26",
      E("registration", "b.overmann@hausaufgabenhilfe-kinderhaus.example", "Bettina Overmann",
        "Hausaufgabenhilfe Kinderhaus e.V.", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hausaufgabenhilfe Kinderhaus <info@hausaufgabenhilfe-kinderhaus.example>"),
           ("Reply-To", "Bettina Overmann <b.overmann@hausaufgabenhilfe-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag – Hausaufgabenhilfe Kinderhaus"),
           ("Date", m.date),
           ("Message-ID", "<a93f0c2e-6d71-4b85-8e24-1f7c9b0d3a56@hausaufgabenhilfe-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Liebes Team vom Kommunalen Integrationszentrum,

wir möchten gern am MSO-Tag teilnehmen. Unsere Hausaufgabenhilfe betreut
montags bis donnerstags 22 Kinder aus den Klassen 3 bis 6, fast alle aus
Familien mit Migrationsgeschichte.

Kommen werden ich und eine unserer Ehrenamtlichen, Frau Yıldız – wir sind
also zu zweit. Am liebsten möchten wir in die AG Bildung. Falls die schon
voll ist, gern in die AG zum Zukunftsprozess.

Bitte schicken Sie die Bestätigung an meine eigene Adresse
(b.overmann@hausaufgabenhilfe-kinderhaus.example), ins Info-Postfach schaue
ich nur selten.

Viele Grüße
Bettina Overmann
Koordinatorin
Hausaufgabenhilfe Kinderhaus e.V.
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Brazilian Portuguese heritage-language group, Apple Mail alternative, UTF-8
# QP.  Display name "Luciana Santos", signed "Luciana"; the self-introduction
# gives the full name.  "Vamos nós três" = 3; "grupo de trabalho 1" = AG1;
# "de 3 a 12 anos", "quatro turmas" are no labels.

FERREIRA_TEXT = """Olá, tudo bem?

Meu nome é Luciana Ferreira dos Santos e faço parte da Associação Sabiá de Língua de Herança. Somos um grupo de mães brasileiras que dá aulas de português como língua de herança aos sábados, para crianças de 3 a 12 anos, em quatro turmas.

Gostaríamos de participar do MSO-Tag no dia 13 de março. Vamos nós três: eu, a Patrícia e a Renata.

Temos interesse no grupo de trabalho 1, sobre o sistema educacional.

Um abraço,
Luciana
Associação Sabiá de Língua de Herança"""


@mail("ferreira-dos-santos-brazilian-apple", "2027-01-16 11:02:44",
      E("registration", "lu.fsantos@mail.example", "Luciana Ferreira dos Santos",
        "Associação Sabiá de Língua de Herança", ["AG1"], 3, "pt"), "pt")
def _(m):
    m.head(("From", "Luciana Santos <lu.fsantos@mail.example>"),
           ("Subject", "Inscrição – Dia das Organizações de Migrantes (13/03)"),
           ("Message-Id", "<9C41E2B7-5F0A-4D83-B6E1-2A7F3C9D0E58@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(FERREIRA_TEXT, apple_html(FERREIRA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 011 ---------------------------------------------------------------------
# Croatian parents' association, Outlook plain text, iso-8859-2 QP; display
# name as RFC 2047 Q in iso-8859-2.  "sebe i supruga" = 2; "radna skupina 3"
# = AG3; "od 1. do 8. razreda", "oko 40 obitelji" are no labels.

@mail("maric-croatian-parents", "2027-01-18 09:15:02",
      E("registration", "ivana.maric@mail.example", "Ivana Marić",
        "Udruga roditelja Hrvatske nastave Münster", ["AG3"], 2, "hr"), "hr")
def _(m):
    m.head(("From", addr("Ivana Marić", "ivana.maric@mail.example", "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", "Prijava - Dan organizacija migranata 13.3."),
           ("Date", m.date),
           ("Message-ID", "<000b01db6983$1f2e3d40$5d6c7b8a$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovana gospođo Meza Correa-Flock,

ovim putem prijavljujem sebe i supruga za Tag der Migrantenselbstorganisationen 13. ožujka 2027.

Naša udruga okuplja oko 40 obitelji čija djeca od 1. do 8. razreda pohađaju hrvatsku nastavu u Münsteru. Zanima nas radna skupina 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement), jer želimo prijaviti projekt za ljetnu školu.

Srdačan pozdrav,
Ivana Marić
predsjednica
Udruga roditelja Hrvatske nastave Münster
""", charset="iso-8859-2", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Short phone mail in learner German; display name abbreviated, full name in
# the signature.  "AG 2"; "2 Personen"; the children's ages "(8 und 11)" and
# "Samstagsschule" (contains the AG1 alias "Schule") are no labels.

@mail("kanagaratnam-iphone-short", "2027-01-18 17:44:37",
      E("registration", "suresh.kanagaratnam@mail.example", "Suresh Kanagaratnam",
        "Tamilischer Elternverein Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Suresh K <suresh.kanagaratnam@mail.example>"),
           ("Subject", "MSO Tag"),
           ("Message-Id", "<E7A0C3F2-91B4-4D6E-8F25-3B1C9A7D0E64@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hallo,
ich melde mich an für MSO Tag am 13.3., AG 2. Wir sind 2 Personen, ich und mein Frau. Unsere Kinder (8 und 11) lernen Tamil bei Tamilischer Elternverein Münster in die Samstagsschule.
Gruß
Suresh Kanagaratnam
Tamilischer Elternverein Münster

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Greek parents' association, Outlook multipart/alternative in windows-1253 QP;
# display name as RFC 2047 B in windows-1253.  Written from a Greek keyboard,
# the Roman numerals are Greek capital iotas: "ΙΙ" = AG2, else "ΙΙΙ" = AG3.
# "55 οικογένειες", "Α΄ Δημοτικού ... Γ΄ Γυμνασίου", "13ης" are no labels;
# "τρία άτομα" = 3.

ANASTASIOU_TEXT = """Αγαπητή κυρία Meza Correa-Flock,

σας ευχαριστούμε για την πρόσκληση. Ο Σύλλογος Γονέων και Κηδεμόνων Ελληνοπαίδων Μύνστερ θα συμμετάσχει στην ημερίδα της 13ης Μαρτίου.

Ο σύλλογός μας έχει 55 οικογένειες-μέλη και τα παιδιά μας φοιτούν από την Α΄ Δημοτικού μέχρι τη Γ΄ Γυμνασίου στα τμήματα μητρικής γλώσσας.

Θα έρθουμε τρία άτομα: εγώ, η ταμίας μας και ένα μέλος του ΔΣ. Θα θέλαμε να συμμετάσχουμε στην ομάδα εργασίας ΙΙ (Zukunftsprozess), αλλιώς στην ΙΙΙ.

Με φιλικούς χαιρετισμούς,
Γιώργος Αναστασίου
Πρόεδρος
Σύλλογος Γονέων και Κηδεμόνων Ελληνοπαίδων Μύνστερ"""


@mail("anastasiou-greek-parents-greek-iota-numerals", "2027-01-19 14:10:55",
      E("registration", "g.anastasiou@goneis-ms.example", "Γιώργος Αναστασίου",
        "Σύλλογος Γονέων και Κηδεμόνων Ελληνοπαίδων Μύνστερ", ["AG2", "AG3"], 3, "el"), "el")
def _(m):
    m.head(("From", addr("Γιώργος Αναστασίου", "g.anastasiou@goneis-ms.example", "windows-1253", "b")),
           ("To", TO_MSO),
           ("Subject", ew("Δήλωση συμμετοχής – Σύλλογος Γονέων", "windows-1253", "b")),
           ("Thread-Topic", ew("Δήλωση συμμετοχής – Σύλλογος Γονέων", "windows-1253", "b")),
           ("Thread-Index", "AdtqH5mW2cV8rN1kX0bQ7yT4eF3sPg=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7203E91C4B6A2D8F0E3C5B17A94D@PA4PR08MB7203.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "el-GR, de-DE"),
           ("Content-Language", "el-GR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ANASTASIOU_TEXT,
                  outlook_html(ANASTASIOU_TEXT, charset="windows-1253", lang="EL"),
                  charset="windows-1253", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Question, Turkish, Gmail alternative, UTF-8 base64: a class parent
# representative asks about interpreting, childcare and whether parents without
# an association may come; she will register only if so.  Numbered list,
# "4/B sınıfı", "5 ve 9 yaşındaki" are no labels.

AKTAS_TEXT = """Merhaba,

okulumuzun veli toplantısında MSO-Tag'in davetiyesini gördüm. Ben 4/B sınıfının veli temsilcisiyim, herhangi bir derneğe üye değilim.

Birkaç sorum var:
1. Etkinlikte Türkçe tercüme olacak mı? Almancam toplantılar için yeterli değil.
2. 5 ve 9 yaşındaki çocuklarımı yanımda getirebilir miyim, çocuklar için bakım var mı?
3. Dernek üyesi olmayan veliler de katılabilir mi?

Eğer mümkünse kayıt yaptırmak isterim.

Teşekkürler,
Emine Aktaş"""


@mail("aktas-turkish-question", "2027-01-20 10:30:12",
      E("question", "emine.aktas81@mail.example", "Emine Aktaş", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Aktaş <emine.aktas81@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<CAH3nR8wQ1tY5uI9oP2aS7dF0gH4jK6lZ3xC8vB1nM7qWe2RtUa@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AKTAS_TEXT, gmail_html(AKTAS_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 015 ---------------------------------------------------------------------
# Russian-German parents' association, windows-1251 QP, Cyrillic display name
# as RFC 2047 B in windows-1251; German association name in the signature.
# "Нас будет пятеро" = 5 (in words); "третья рабочая группа" = AG3;
# "26 детей во 2–9 классах" are no labels.

@mail("schmidt-russian-elternverein-cp1251", "2027-01-20 20:55:48",
      E("registration", "olga.schmidt@regenbogen-elternverein.example", "Ольга Шмидт",
        "Deutsch-Russischer Elternverein Regenbogen e.V.", ["AG3"], 5, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Шмидт", "olga.schmidt@regenbogen-elternverein.example",
                         "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация MSO-Tag 13.03.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1927456138.20270120205548@regenbogen-elternverein.example>"),
           ("X-Mailer", "The Bat! (v10.4.2) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Пишу от имени нашего родительского союза. Мы организуем продлёнку
(Hausaufgabenbetreuung) для детей из русскоязычных семей, сейчас у нас
26 детей во 2–9 классах.

Хотим зарегистрироваться на Tag der Migrantenselbstorganisationen 13 марта.
Нас будет пятеро: я, два члена правления и две мамы-волонтёрки.

Нам интересна третья рабочая группа (Vereinsmanagement) — хотим подать
заявку на финансирование.

С уважением,
Ольга Шмидт
Deutsch-Russischer Elternverein Regenbogen e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# A chairman registers the student who runs their homework club and asks to
# confirm to her address; he does not come himself.  "Klassen 5 bis 7";
# "Arbeitsgruppe Bildungssystem" = AG1; party 1 (only she attends).

@mail("yurtsever-registers-cinar", "2027-01-22 13:00:21",
      E("registration", "leyla.cinar@mail.example", "Leyla Çınar",
        "Elternverein Coerde e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Cengiz Yurtsever <vorstand@elternverein-coerde.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung für unsere Hausaufgabenhilfe"),
           ("Date", m.date),
           ("Message-ID", "<5d8e1f2a-3b47-4c69-9a0e-7f2b6c1d4e83@elternverein-coerde.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich möchte gern Frau Leyla Çınar für den MSO-Tag am 13. März anmelden.
Frau Çınar studiert Lehramt und leitet bei uns ehrenamtlich die
Hausaufgabenhilfe für die Klassen 5 bis 7. Sie interessiert sich für die
Arbeitsgruppe Bildungssystem.

Ich selbst bin an dem Samstag leider auf einer Familienfeier in Hamm.

Bitte schicken Sie die Bestätigung direkt an Frau Çınar:
leyla.cinar@mail.example

Mit freundlichen Grüßen
Cengiz Yurtsever
Vorsitzender
Elternverein Coerde e.V.
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Other: a mother sends the enrolment data of her daughter for the Turkish
# heritage-language class to the event address (found on a flyer).  Turkish,
# Samsung phone, UTF-8 base64.  "Anmeldung", a name, "3a" - but it is not about
# the event at all.

@mail("korkmaz-misdirected-hsu-enrolment", "2027-01-23 16:20:09",
      E("other"), "tr")
def _(m):
    m.head(("From", "Gülsüm Korkmaz <gulsum.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "Türkçe ders kaydı / Anmeldung HSU Türkisch"),
           ("Date", m.date),
           ("Message-ID", "<q7w2e9.1769181609.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

kızımı gelecek dönem için Türkçe anadil dersine (herkunftssprachlicher Unterricht) kaydettirmek istiyorum. Adresi derneğin broşüründe gördüm.

Adı Soyadı: Elif Korkmaz
Doğum tarihi: 14.05.2018
Okul: Kreuzschule
Sınıf: 3a
Veli: Gülsüm Korkmaz, Tel. 0176 21 48 93 05

Teşekkürler
Gülsüm Korkmaz

Samsung Galaxy akıllı telefonumdan gönderildi
""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Latin-American Saturday group, Spanish, Yahoo multipart/alternative, UTF-8
# QP.  Signed with the first name only; the self-introduction gives the full
# name.  "Voy sola" = 1; "grupo de trabajo número 2" = AG2; age ranges no labels.

GOMEZ_TEXT = """Hola, buenas tardes:

Soy Alejandra Gómez Restrepo, de la Escuelita Bilingüe Los Pollitos e.V., una iniciativa de familias latinoamericanas en Münster. Tenemos tres grupos de niños (de 3 a 5, de 6 a 8 y de 9 a 12 años) que aprenden español jugando los sábados por la mañana.

Quisiera inscribirme para el MSO-Tag. Voy sola, mis compañeras trabajan ese sábado.

Me interesa el grupo de trabajo número 2, el del proceso de futuro de Münster, porque queremos que se escuche también la voz de las familias latinoamericanas.

¡Muchas gracias y saludos!
Alejandra"""


@mail("gomez-restrepo-spanish-yahoo", "2027-01-25 08:55:30",
      E("registration", "alegomezr@yahoo-mail.example", "Alejandra Gómez Restrepo",
        "Escuelita Bilingüe Los Pollitos e.V.", ["AG2"], 1, "es"), "es")
def _(m):
    m.head(("From", "Alejandra Gomez <alegomezr@yahoo-mail.example>"),
           ("To", "mso-tag@muenster.example <mso-tag@muenster.example>"),
           ("Subject", "Registro para el 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<1388273915.2104587.1769327730551@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(GOMEZ_TEXT, yahoo_html(GOMEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 019 ---------------------------------------------------------------------
# Change AG 2 -> AG 3 as a request ("Könnten Sie mich bitte ... umbuchen?");
# plain-text Outlook quote below a line of underscores, windows-1252 QP.  The
# quoted confirmation names AG 2; "Förderverein" and "Schuljahr" no labels.

@mail("vennemann-change-ag2-to-ag3", "2027-01-26 11:12:14",
      E("change", "k.vennemann@lernhaus-mecklenbeck.example", "Karin Vennemann",
        "Förderverein Lernhaus Mecklenbeck e.V.", ["AG3"], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Vennemann, Karin" <k.vennemann@lernhaus-mecklenbeck.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB4417F2A8C3D5E7B9A0C1E2D3F4B5@VI1PR06MB4417.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270119160211.7c2e@muenster.example>"),
           ("References", "<mailbot.20270119160211.7c2e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

ich bin für die AG 2 angemeldet. Könnten Sie mich bitte in die AG 3 umbuchen? Unser Vorstand hat letzte Woche beschlossen, dass wir für die Hausaufgabenbetreuung im nächsten Schuljahr Fördermittel beantragen wollen, da passt die AG 3 einfach besser.

Vielen Dank!

Karin Vennemann
Förderverein Lernhaus Mecklenbeck e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Dienstag, 19. Januar 2027 16:02
An: Vennemann, Karin <k.vennemann@lernhaus-mecklenbeck.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Vennemann", "AG2", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Newsletter of a parents' network (other): its own "Fachtag" with workshops
# 1-3 and "Jetzt anmelden", plus a note on the MSO-Tag and its address.

ELTERNNETZWERK_TEXT = """Elternnetzwerk NRW – Newsletter 1/2027

Liebe Mitglieder, liebe Freundinnen und Freunde des Netzwerks,

in dieser Ausgabe:
1. Fachtag „Herkunftssprachen stärken“ am 20. März in Dortmund
2. Termine in den Regionen
3. Neue Broschüre „Elternarbeit in der Grundschule“

1. Fachtag „Herkunftssprachen stärken“
Am Samstag, 20. März 2027, laden wir Elternvereine, Lehrkräfte des herkunftssprachlichen Unterrichts und Samstagsschulen nach Dortmund ein. Workshop 1: Mehrsprachigkeit ab Klasse 1; Workshop 2: Übergang in die Sekundarstufe; Workshop 3: Förderanträge für kleine Vereine. Jetzt anmelden unter https://elternnetzwerk-nrw.example/fachtag – die Plätze sind auf 120 begrenzt.

2. Termine in den Regionen
Münster: Tag der Migrantenselbstorganisationen am 13. März im Stadtweinhaus, Anmeldung bis 6. März an mso-tag@muenster.example.
Bielefeld: Elternstammtisch am 4. März, 18 Uhr.

3. Neue Broschüre
Unsere Broschüre gibt es in Deutsch, Türkisch, Russisch, Griechisch und Arabisch: https://elternnetzwerk-nrw.example/broschuere

Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler eingetragen ist.
Abmelden: https://elternnetzwerk-nrw.example/newsletter/abmelden?u=5531
Elternnetzwerk NRW · Geschäftsstelle Düsseldorf"""

ELTERNNETZWERK_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter 1/2027</title></head>
<body style="margin:0;background:#eef3f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1e1e1e;">
<tr><td style="background:#2e7d4f;color:#fff;"><h1 style="margin:0;font-size:21px;">Elternnetzwerk NRW</h1><p style="margin:4px 0 0;">Newsletter 1/2027</p></td></tr>
<tr><td>
<p>Liebe Mitglieder, liebe Freundinnen und Freunde des Netzwerks,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Fachtag „Herkunftssprachen stärken“ am 20. März in Dortmund</li><li>Termine in den Regionen</li><li>Neue Broschüre „Elternarbeit in der Grundschule“</li></ol>
<h2 style="font-size:17px;color:#2e7d4f;">Fachtag „Herkunftssprachen stärken“</h2>
<p>Am Samstag, 20. März 2027, laden wir Elternvereine, Lehrkräfte des herkunftssprachlichen Unterrichts und Samstagsschulen nach Dortmund ein. Workshop 1: Mehrsprachigkeit ab Klasse 1; Workshop 2: Übergang in die Sekundarstufe; Workshop 3: Förderanträge für kleine Vereine.</p>
<p><a href="https://elternnetzwerk-nrw.example/fachtag" style="background:#2e7d4f;color:#fff;padding:8px 14px;text-decoration:none;">Jetzt anmelden</a> – die Plätze sind auf 120 begrenzt.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Termine in den Regionen</h2>
<p>Münster: Tag der Migrantenselbstorganisationen am 13. März im Stadtweinhaus, Anmeldung bis 6. März an <a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>.<br>
Bielefeld: Elternstammtisch am 4. März, 18 Uhr.</p>
<h2 style="font-size:17px;color:#2e7d4f;">Neue Broschüre</h2>
<p>Unsere Broschüre gibt es in Deutsch, Türkisch, Russisch, Griechisch und Arabisch: <a href="https://elternnetzwerk-nrw.example/broschuere">zur Broschüre</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler eingetragen ist.<br>
<a href="https://elternnetzwerk-nrw.example/newsletter/abmelden?u=5531">Abmelden</a> · Elternnetzwerk NRW · Geschäftsstelle Düsseldorf</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("elternnetzwerk-newsletter", "2027-01-27 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Elternnetzwerk NRW <newsletter@elternnetzwerk-nrw.example>"),
           ("To", MSO),
           ("Subject", "Elternnetzwerk NRW – Newsletter 1/2027: Fachtag Herkunftssprachen"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-01.5531.b7e0d4@elternnetzwerk-nrw.example>"),
           ("List-Id", "Newsletter Elternnetzwerk NRW <newsletter.elternnetzwerk-nrw.example>"),
           ("List-Unsubscribe", "<https://elternnetzwerk-nrw.example/newsletter/abmelden?u=5531>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Listenversand 3.4"),
           ("MIME-Version", "1.0"))
    m.alternative(ELTERNNETZWERK_TEXT, ELTERNNETZWERK_HTML, charset="utf-8",
                  cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Turkish, association with a German name, Outlook.com alternative, UTF-8 QP.
# "Birinci tercihimiz 1. çalışma grubu ..., ikinci tercihimiz 3." = [AG1, AG3];
# "Eşimle birlikte" = 2; "1.–4. sınıf", "34 öğrencimiz", "5 gönüllü" no labels.

SEN_TEXT = """Sayın yetkili,

Türkisch-Deutscher Bildungsverein Münster e.V. adına 13 Mart'taki toplantıya kayıt olmak istiyorum.

Derneğimiz cumartesi günleri 1.–4. sınıf öğrencilerine Türkçe ve matematik dersleri veriyor; şu anda 34 öğrencimiz ve 5 gönüllü öğretmenimiz var.

Eşimle birlikte geleceğim, yani iki kişiyiz. Birinci tercihimiz 1. çalışma grubu (Bildungssystem), ikinci tercihimiz 3. çalışma grubu.

Saygılarımla,
Murat Şen
Türkisch-Deutscher Bildungsverein Münster e.V.
Yönetim Kurulu Başkanı"""


@mail("sen-turkish-first-second-choice", "2027-01-27 18:30:41",
      E("registration", "murat.sen@tdbv-muenster.example", "Murat Şen",
        "Türkisch-Deutscher Bildungsverein Münster e.V.", ["AG1", "AG3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Murat Şen <murat.sen@tdbv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Kayıt: MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1873C5A2E9B04F71D6E3A8C2B5F9@DU0P192MB1873.EURP192.PROD.OUTLOOK.example>"),
           ("Content-Language", "tr-TR"),
           ("MIME-Version", "1.0"))
    m.alternative(SEN_TEXT, div_html(SEN_TEXT, "font-family: Aptos, Calibri, sans-serif;font-size: 12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Croatian cultural society with a Saturday school, Gmail plain text, UTF-8
# base64.  "Dolazimo nas troje" = 3; "radna skupina 2" = AG2;
# "od 6 do 14 godina", "22 učenika u dvije grupe" no labels.

@mail("knezevic-croatian-kulturno-drustvo", "2027-01-28 10:05:03",
      E("registration", "drazen.knezevic@mail.example", "Dražen Knežević",
        'Hrvatsko kulturno društvo "Zrinski" Münster', ["AG2"], 3, "hr"), "hr")
def _(m):
    m.head(("From", "Dražen Knežević <drazen.knezevic@mail.example>"),
           ("To", MSO),
           ("Subject", "Prijava za MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAM5tR2xW8nB4vQ1kY7zL3pS0cF6dH9gJ2eU5aO8iN1rT4qXwZe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobar dan,

u ime našeg društva prijavljujem se za Tag der Migrantenselbstorganisationen 13. ožujka. Dolazimo nas troje.

Uz folklor vodimo i subotnju školu hrvatskog jezika za djecu od 6 do 14 godina – trenutno imamo 22 učenika u dvije grupe. Zanima nas radna skupina 2, o budućnosti Münstera (Zukunftsprozess), jer želimo da naša mladež bude više uključena u život grada.

Lijep pozdrav,
Dražen Knežević
tajnik
Hrvatsko kulturno društvo "Zrinski" Münster
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Exim bounce from the recipient's provider: mailbox full (multipart/report
# with the returned confirmation, which names AG 1 and 1 person).

@mail("exim-bounce-mailbox-full", "2027-01-29 09:40:27",
      E("bounce", bounced="maria.tsakiri@mail.example"), "en")
def _(m):
    rcpt = "maria.tsakiri@mail.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mx02.mail.example>"),
           ("To", MSO),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1wHq7T-0007Ab-2R@mx02.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", rcpt),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx02.mail.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "X-Exim; mailbox is full (MTA-imposed quota exceeded while\n"
                             " writing to file /var/mail/vhosts/mail.example/maria.tsakiri)")])
    original = confirmation_message(
        f"Maria Tsakiri <{rcpt}>", "Frau Tsakiri", "AG1", 1,
        "Fri, 29 Jan 2027 09:40:20 +0100", "<mailbot.20270129094020.0b7f@muenster.example>",
        "<1769676011.50112.mtsakiri@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)],
            params={"report-type": "delivery-status"})


# -- 024 ---------------------------------------------------------------------
# Polish parents' association writing German, Outlook alternative,
# windows-1252 QP, with the AG title in typographic quotes, an address block,
# a register number and a disclaimer.  "4 Personen aus unserem Vorstand" = 4
# (the writer is one of the four names); "Sprachförderung" (contains the
# AG3 alias "Förderung"), "35 Kinder in 4 Gruppen", "Klasse 1–9",
# "VR 4711" are no labels.

NOWICKA_TEXT = """Sehr geehrte Damen und Herren,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Teilnehmen werden 4 Personen aus unserem Vorstand (Frau Wójcik, Herr Kowalski, Frau Lis und ich). Wir möchten gern an der AG 1 „Menschen mit Migrationsvorgeschichte im Bildungssystem“ teilnehmen.

Kurz zu uns: Wir bieten samstags Polnischunterricht für 35 Kinder in 4 Gruppen an (Klasse 1–9) und seit diesem Schuljahr auch eine Sprachförderung für Kinder, die neu aus Polen gekommen sind.

Mit freundlichen Grüßen

Katarzyna Nowicka
Vorsitzende
Polnischer Elternverein Münster e.V.
Hammer Straße 12 | 48153 Münster
Vereinsregister Münster VR 4711

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("nowicka-polish-outlook-disclaimer", "2027-01-30 10:11:11",
      E("registration", "k.nowicka@polnischer-elternverein.example", "Katarzyna Nowicka",
        "Polnischer Elternverein Münster e.V.", ["AG1"], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Nowicka, Katarzyna" <k.nowicka@polnischer-elternverein.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Tag der MSO – Polnischer Elternverein"),
           ("Thread-Topic", "Anmeldung Tag der MSO – Polnischer Elternverein"),
           ("Thread-Index", "AdtyK9pR4mB1wZ7nV3cX5tQ0yE8uHw=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR04MB9317A4C6E8F0B2D3C5E7A9B1D2F4@GV1PR04MB9317.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, pl-PL"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(NOWICKA_TEXT, outlook_html(NOWICKA_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Cancellation, European Portuguese, Gmail alternative quoting the
# confirmation (AG 3, 2 persons) under a Portuguese attribution line.

GONCALVES_NEW = """Boa tarde,

infelizmente não vamos poder participar no dia 13 de março: a reunião de pais da escola portuguesa foi marcada para esse mesmo sábado e temos de estar presentes. Peço que cancelem a nossa inscrição (as duas pessoas).

Obrigado e desculpem o incómodo.

Manuel Pereira Gonçalves
Associação Cultural Portuguesa de Münster"""
GONCALVES_ATTR = (f"Em seg., 25/01/2027 às 10:12, Tag der Migrantenselbstorganisationen "
                  f"<{MSO}> escreveu:")
GONCALVES_CONF = confirmation("Herr Gonçalves", "AG3", 2)


@mail("goncalves-cancel-portuguese-gmail", "2027-02-01 20:20:36",
      E("cancellation", "manuel.goncalves@acpm.example", "Manuel Pereira Gonçalves",
        "Associação Cultural Portuguesa de Münster", [], None, "pt"), "pt", tz=0)
def _(m):
    m.head(("From", "Manuel Gonçalves <manuel.goncalves@acpm.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB2vN7qR4tW9xZ1mK5pL8sY3dG0fH6jE2cU4aO7iM9nB1rQwTy@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125101205.a41d@muenster.example>"),
           ("References", "<mailbot.20270125101205.a41d@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{GONCALVES_NEW}\n\n{GONCALVES_ATTR}\n\n{gt_quote(GONCALVES_CONF)}\n"
    m.alternative(plain, gmail_html_quote(GONCALVES_NEW, GONCALVES_ATTR, GONCALVES_CONF),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Homework club, learner German from an Android phone, lower-case display
# name; "Arbeit Gruppe Zukunft Prozess" = AG2; "mit meine Frau" = 2;
# "15 Kinder, klasse 2 bis 6" no labels.

@mail("alhamwi-learner-german-android", "2027-02-02 09:30:44",
      E("registration", "ahmad.alhamwi@mail.example", "Ahmad Al-Hamwi",
        "Sonnenblume e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "ahmad alhamwi <ahmad.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag"),
           ("Date", m.date),
           ("Message-ID", "<CAP9rT4yV2nX6bK0mW8zQ1sL5cD3gF7hJ9eU2aN4oR6iB8qZxYs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo

ich möchte anmelden für Tag von Migranten Organisation. Ich bin von Verein Sonnenblume e.V., wir machen Hausaufgaben hilfe für 15 Kinder, klasse 2 bis 6, jede Dienstag und Donnerstag.

Ich komme mit meine Frau, sie hilft auch die Kinder.
Wir wollen in Arbeit Gruppe Zukunft Prozess weil wir wollen sagen was fehlt in Stadtteil für Familien.

Danke
Ahmad Al-Hamwi

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Greek written in Latin letters (Greeklish), Gmail alternative, UTF-8 QP.
# "eimaste dyo atoma" = 2; "omada ergasias 3 (Förderung)" = AG3; "stin 2a kai
# stin 4i taksi" (the children's grades) and "13 Martiou" no labels.

KARAGIANNI_TEXT = """Kalispera sas,

tha ithela na dilwsw symmetoxi gia to MSO-Tag stis 13 Martiou. Tha erthw mazi me mia fili mou apo ton syllogo, opote eimaste dyo atoma.

Ston syllogo mas kanoume kathe Savvato mathimata ellinikwn kai paradosiakous xorous gia ta paidia. Ta dika mou paidia pane stin 2a kai stin 4i taksi dimotikou.

Tha thelame na paroume meros stin omada ergasias 3 (Förderung), giati psaxnoume xrimatodotisi gia kainourgies stoles xorou.

Eyxaristw poly!
Eleni Karagianni
Ellinikos Politistikos Syllogos Münster"""


@mail("karagianni-greeklish", "2027-02-03 14:15:18",
      E("registration", "elenikar@mail.example", "Eleni Karagianni",
        "Ellinikos Politistikos Syllogos Münster", ["AG3"], 2, "el"), "el")
def _(m):
    m.head(("From", "Eleni Karagianni <elenikar@mail.example>"),
           ("To", MSO),
           ("Subject", "Dilosi symmetoxis MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAE6wS3zX9pC5nL2kV8tR1yM4bF7gH0jD3eU6aQ9iO2sB5rYwXq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARAGIANNI_TEXT, gmail_html(KARAGIANNI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Change in Greek: AG 1 -> AG 3 and one more person (1 -> 2); Greek Outlook
# plain text with "-----Αρχικό μήνυμα-----" and Greek header labels, UTF-8 QP.
# The quoted confirmation names AG 1 and 1 person.

@mail("konstantinidis-greek-change-outlook", "2027-02-04 09:00:52",
      E("change", "d.konstantinidis@mail.example", "Δημήτρης Κωνσταντινίδης",
        "Ελληνική Κοινότητα Μύνστερ", ["AG3"], 2, "el"), "el", tz=0)
def _(m):
    m.head(("From", "Δημήτρης Κωνσταντινίδης <d.konstantinidis@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "ΑΠ: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000c01db7713$8a9b0c1d$9f0e1d2c$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270121114008.2d5a@muenster.example>"),
           ("References", "<mailbot.20270121114008.2d5a@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(f"""Καλημέρα σας,

σας ευχαριστώ για την επιβεβαίωση. Θα ήθελα να αλλάξω ομάδα εργασίας: αντί για την ομάδα 1, προτιμώ την ομάδα 3 (Förderungsmöglichkeiten). Επίσης θα έρθει μαζί μου και η σύζυγός μου, οπότε θα είμαστε δύο άτομα.

Ευχαριστώ πολύ,
Δημήτρης Κωνσταντινίδης
Ελληνική Κοινότητα Μύνστερ

-----Αρχικό μήνυμα-----
Από: Tag der Migrantenselbstorganisationen <{MSO}>
Στάλθηκε: Πέμπτη, 21 Ιανουαρίου 2027 11:40 πμ
Προς: d.konstantinidis@mail.example
Θέμα: {CONFIRMATION_SUBJECT}

{confirmation("Herr Konstantinidis", "AG1", 1)}
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Russian from an iPhone, UTF-8 8bit, Cyrillic display name (UTF-8 B).  The
# association appears inflected in Cyrillic in the text and in German in the
# signature (the label).  "рабочая группа 3" = AG3; "Буду одна" = 1;
# "1–4 классов" no label.

@mail("voronina-russian-iphone", "2027-02-05 16:40:07",
      E("registration", "e.voronina@mail.example", "Елена Воронина",
        "Elternverein Mosaik e.V.", ["AG3"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Елена Воронина", "e.voronina@mail.example", "utf-8", "b")),
           ("Subject", "MSO-Tag"),
           ("Message-Id", "<4F2A9C1E-7B3D-4E85-A06C-9D1F2E3B4A57@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Добрый день!
Регистрирую себя на MSO-Tag 13 марта, рабочая группа 3. Буду одна.
Я веду подготовку к школе и помощь с домашними заданиями для 1–4 классов в родительском объединении «Мозаика».
Елена Воронина
Elternverein Mosaik e.V.

Отправлено с iPhone""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Change in Turkish, asked as a question ("değiştirebilir misiniz?"):
# AG 1 -> AG 2 for both ("ikimiz de": the number stays 2, so party null).
# Thunderbird Turkish attribution line and '>' quote, UTF-8 QP.

@mail("aydemir-turkish-change-thunderbird", "2027-02-08 11:25:39",
      E("change", "serkan.aydemir@mail.example", "Serkan Aydemir",
        "Alevitischer Elternverein Münster e.V.", ["AG2"], None, "tr"), "tr")
def _(m):
    m.head(("From", "Serkan Aydemir <serkan.aydemir@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b4e7a2c9-0d51-4f36-8e1b-6c3a9f2d7e05@mail.example>"),
           ("In-Reply-To", "<mailbot.20270128092004.6e1c@muenster.example>"),
           ("References", "<mailbot.20270128092004.6e1c@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

1. çalışma grubuna kayıtlıyız ama 2. çalışma grubuna (Zukunftsprozess)
geçmek istiyoruz, ikimiz de. Değiştirebilir misiniz?

Teşekkürler, iyi çalışmalar
Serkan Aydemir
Alevitischer Elternverein Münster e.V.

28.01.2027 09:20 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Aydemir", "AG1", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Gmail vacation responder (Auto-Submitted: auto-replied) to the reminder,
# Portuguese and German.

@mail("almeida-vacation-pt-de", "2027-02-11 10:03:15",
      E("auto_reply"), "pt")
def _(m):
    m.head(("From", "Rita Almeida <rita.almeida@mail.example>"),
           ("To", MSO),
           ("Subject", "Férias / Urlaub"),
           ("Date", m.date),
           ("Message-ID", "<CAL4mQ8vacation.7f3e2d1c@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Olá! Estou de férias em Portugal até 28 de fevereiro e sem acesso regular ao e-mail. Para assuntos das aulas de português, contacte por favor a Teresa (teresa.lima@mail.example).

Hallo! Ich bin bis zum 28. Februar im Urlaub in Portugal und lese meine E-Mails nur selten. Bei Fragen zum Portugiesischunterricht wenden Sie sich bitte an Teresa (teresa.lima@mail.example).

Rita Almeida
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Registration answering the reminder (the quote lists all three AGs), Gmail
# alternative with blockquote.  "mit drei Leuten" = 3; "die AG zu Münsters
# Zukunftsprozess" = AG2; "40 Schülerinnen und Schüler", "Klassen 5 bis 10".

KOETTER_NEW = """Hallo,

danke für die Erinnerung – das wäre bei uns fast untergegangen!

Wir Lernpaten Hiltrup möchten gern mit drei Leuten kommen (zwei Patinnen und ich). Wir begleiten ehrenamtlich 40 Schülerinnen und Schüler, vor allem aus den Klassen 5 bis 10. Uns interessiert die AG zu Münsters Zukunftsprozess.

Viele Grüße
Sabine Kötter
Lernpaten Hiltrup e.V."""
KOETTER_ATTR = (f"Am Do., 11. Feb. 2027 um 10:00 Uhr schrieb Tag der "
                f"Migrantenselbstorganisationen <{MSO}>:")


@mail("koetter-reply-to-reminder", "2027-02-11 12:48:02",
      E("registration", "sabine.koetter@lernpaten-hiltrup.example", "Sabine Kötter",
        "Lernpaten Hiltrup e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", "Sabine Kötter <sabine.koetter@lernpaten-hiltrup.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1pW6tY3nR8vB2mX9zQ4sL7cF0gD5hJ1eU3aN6oT8iB2qVxRz@mail.gmail.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    plain = f"{KOETTER_NEW}\n\n{KOETTER_ATTR}\n\n{gt_quote(REMINDER)}\n"
    m.alternative(plain, gmail_html_quote(KOETTER_NEW, KOETTER_ATTR, REMINDER),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Question, Russian, koi8-r 8bit (display name and subject as koi8-r B words):
# a Saturday school that is not a registered e.V. asks whether it may take
# part and whether each teacher must register.  "скорее всего, будет
# четверо" is an estimate, not a registration; "5-12 лет" no label.

@mail("becker-russian-question-koi8r", "2027-02-12 19:19:26",
      E("question", "irina.becker@mail.example", "Ирина Беккер", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Беккер", "irina.becker@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Вопрос об участии", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270212191926.4a7c@mail.example>"),
           ("X-Mailer", "Claws Mail 4.1.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Мы - небольшая субботняя школа при русскоязычной общине, занимаемся с
детьми 5-12 лет. Официально как e.V. мы пока не зарегистрированы.

Можем ли мы всё равно участвовать в MSO-Tag? И нужно ли регистрировать
каждого учителя отдельно, или достаточно одного письма? Нас, скорее всего,
будет четверо.

Заранее спасибо за ответ!
Ирина Беккер
""", charset="koi8-r", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Change of party size only (3 -> 4), workgroup unchanged ("Bei der
# Arbeitsgruppe bleibt alles wie gehabt"); the association's name contains
# "Schule".  Outlook HTML only in UTF-8 QP, quoting the confirmation (AG 1, 3).

ILIC_TEXT = """Sehr geehrte Damen und Herren,

kleine Änderung zu unserer Anmeldung: Unser Kassierer, Herr Milošević, kann nun doch mitkommen. Wir sind also zu viert statt zu dritt. Bei der Arbeitsgruppe bleibt alles wie gehabt.

Mit freundlichen Grüßen
Jelena Ilić
Elternverein Serbische Ergänzungsschule Münster e.V."""


@mail("ilic-party-size-change-outlook-html", "2027-02-15 07:50:33",
      E("change", "jelena.ilic@ergaenzungsschule-ms.example", "Jelena Ilić",
        "Elternverein Serbische Ergänzungsschule Münster e.V.", [], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Jelena Ilić <jelena.ilic@ergaenzungsschule-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcF2k9mT4wR1nX7bZ3yV0cQ5eGw=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB5128D3F6A1C8E2B4D7F9A0C3E5B6@AM0PR09MB5128.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127085104.3b9e@muenster.example>"),
           ("References", "<mailbot.20270127085104.3b9e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Mittwoch, 27. Januar 2027 08:51",
             "Jelena Ilić <jelena.ilic@ergaenzungsschule-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Ilić", "AG1", 3))
    m.single(outlook_html(ILIC_TEXT, quote, charset="utf-8"), subtype="html",
             charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Spanish, Latin-American cultural centre, Outlook alternative, windows-1252 QP.
# "Asistiremos cuatro personas" = 4; "grupo de trabajo 1; si ya está completo,
# el 2" = [AG1, AG2]; "18 niños de primaria (de 1.º a 4.º)", "dos años" no labels.

MARTIN_TEXT = """Buenos días:

Desde el Centro Cultural Latinoamericano Münster e.V. queremos inscribirnos en el Tag der Migrantenselbstorganisationen del 13 de marzo.

Asistiremos cuatro personas. Desde hace dos años ofrecemos apoyo escolar los miércoles para 18 niños de primaria (de 1.º a 4.º) y nos gustaría aprender de otras asociaciones.

Preferimos el grupo de trabajo 1 (Bildungssystem); si ya está completo, el 2.

Atentamente,
Jorge Martín Salas
Coordinador de apoyo escolar
Centro Cultural Latinoamericano Münster e.V."""


@mail("martin-salas-spanish-outlook", "2027-02-16 16:00:48",
      E("registration", "jmartin@cclm-muenster.example", "Jorge Martín Salas",
        "Centro Cultural Latinoamericano Münster e.V.", ["AG1", "AG2"], 4, "es"), "es", tz=0)
def _(m):
    m.head(("From", "Jorge Martín Salas <jmartin@cclm-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Inscripción MSO-Tag"),
           ("Thread-Topic", "Inscripción MSO-Tag"),
           ("Thread-Index", "AdtwP8nK3rV6yT1mZ4bW9xQ2cE7uFg=="),
           ("Date", m.date),
           ("Message-ID", "<DB7PR05MB5846E2A9C1F3B5D7E9A0C2B4D6F8@DB7PR05MB5846.eurprd05.prod.outlook.example>"),
           ("Accept-Language", "es-ES, de-DE"),
           ("Content-Language", "es-ES"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(MARTIN_TEXT, outlook_html(MARTIN_TEXT, lang="ES"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Cancellation, Spanish, Gmail plain text quoting the confirmation (AG 2, 1)
# under a Spanish attribution line.  "mi clase de 5.º de la ALCE" (the Spanish
# state's language programme she teaches for) is no label.

@mail("fernandez-navarro-cancel-spanish", "2027-02-18 21:10:05",
      E("cancellation", "lucia.fernandez.n@mail.example", "Lucía Fernández Navarro",
        None, [], None, "es"), "es")
def _(m):
    m.head(("From", "Lucía Fernández <lucia.fernandez.n@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG7xT1wZ4nQ9vB3mY6pK2sL8cH5dF0gJ7eU1aR3oW9iN4qXyTe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270125110217.5f8b@muenster.example>"),
           ("References", "<mailbot.20270125110217.5f8b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hola:

Lo siento mucho, pero tengo que cancelar mi inscripción para el 13 de marzo.
Como profesora tengo que acompañar ese fin de semana a mi clase de 5.º de la
ALCE a un encuentro en Colonia.

Espero poder participar el año que viene.

Saludos cordiales,
Lucía Fernández Navarro

El lun, 25 ene 2027 a las 11:02, Tag der Migrantenselbstorganisationen
(<{MSO}>) escribió:

{gt_quote(confirmation("Frau Fernández Navarro", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# The coordinator of a homework-club network forwards a member's request; the
# registration is the member's (his own address, as asked).  Gmail German
# forward header.  "AG Schule" = AG1; "allein" = 1.

@mail("brockmann-forwards-hennecke", "2027-02-22 10:40:29",
      E("registration", "tobias.hennecke@mail.example", "Tobias Hennecke",
        "Hausaufgabenhilfe Gievenbeck", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Netzwerk Hausaufgabenhilfe Münster <koordination@netzwerk-hausaufgabenhilfe.example>"),
           ("To", MSO),
           ("Subject", "WG: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAD5nY2qW7tR1xB4mZ8vK3sP9cL6dG0hJ5eU7aT2oX4iM1rQwYn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

anbei leite ich Ihnen die Anmeldung von Tobias Hennecke aus unserem Netzwerk
weiter, er hatte die Einladung über unseren Verteiler bekommen. Bitte
antworten Sie direkt an ihn.

Herzliche Grüße
Anja Brockmann
Koordination Netzwerk Hausaufgabenhilfe Münster

---------- Weitergeleitete Nachricht ---------
Von: Tobias Hennecke <tobias.hennecke@mail.example>
Date: Mo., 22. Feb. 2027 um 08:14 Uhr
Subject: Anmeldung MSO-Tag
To: <koordination@netzwerk-hausaufgabenhilfe.example>


Hallo Anja,

kannst du mich bitte für den MSO-Tag anmelden? Ich würde für die
Hausaufgabenhilfe Gievenbeck kommen, allein, und gern in die AG Schule.

Danke dir!
Tobias
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# European Portuguese, Thunderbird plain text, iso-8859-1 8bit.  "grupo de
# trabalho III" = AG3; "seremos duas pessoas" = 2; "do 5.º ao 10.º ano" no label.

@mail("marques-teixeira-portuguese-latin1", "2027-02-24 15:15:57",
      E("registration", "sofia.teixeira@ccp-muenster.example", "Sofia Marques Teixeira",
        "Centro Comunitário Português de Münster", ["AG3"], 2, "pt"), "pt")
def _(m):
    m.head(("From", addr("Sofia Marques Teixeira", "sofia.teixeira@ccp-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Inscrição no MSO-Tag", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<7f1c3e9a-2b4d-4a68-9c05-e8d1b2a3f4c6@ccp-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pt-PT"),
           ("MIME-Version", "1.0"))
    m.single("""Exmos. Senhores,

Venho por este meio inscrever-me no Tag der Migrantenselbstorganisationen de
13 de março, em representação do Centro Comunitário Português de Münster.

Vou com o nosso tesoureiro, portanto seremos duas pessoas. Gostaríamos de
participar no grupo de trabalho III (Förderungsmöglichkeiten und effektives
Vereinsmanagement).

O nosso centro organiza aulas de apoio (Nachhilfe) para alunos do 5.º ao
10.º ano e queremos candidatar-nos a apoios da cidade.

Com os melhores cumprimentos,
Sofia Marques Teixeira
Centro Comunitário Português de Münster
""", charset="iso-8859-1", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# Change in Croatian with a fallback to the current group: "radna skupina 1;
# ako je puna, ostajemo u skupini 3" = [AG1, AG3].  Outlook plain text,
# windows-1250 QP, Croatian "-----Izvorna poruka-----" block; display name as
# RFC 2047 Q in windows-1250.  The quoted confirmation names AG 3, 2 persons.

@mail("babic-croatian-change-fallback", "2027-02-26 08:00:14",
      E("change", "t.babic@hkm-muenster.example", "Tomislav Babić",
        "Hrvatska katolička misija Münster", ["AG1", "AG3"], None, "hr"), "hr", tz=0)
def _(m):
    m.head(("From", addr("Tomislav Babić", "t.babic@hkm-muenster.example", "windows-1250", "q")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000d01db8821$4b5c6d7e$e1f2a3b4$@hkm-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270201142511.8c4f@muenster.example>"),
           ("References", "<mailbot.20270201142511.8c4f@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Poštovani,

možete li nas prebaciti u radnu skupinu 1 (Bildungssystem)? Ako je ta skupina već puna, onda ostajemo u skupini 3.

Hvala i lijep pozdrav,
Tomislav Babić
vijeće roditelja
Hrvatska katolička misija Münster

-----Izvorna poruka-----
Šalje: Tag der Migrantenselbstorganisationen <{MSO}>
Poslano: ponedjeljak, 1. veljače 2027. 14:25
Prima: Tomislav Babić <t.babic@hkm-muenster.example>
Predmet: {CONFIRMATION_SUBJECT}

{confirmation("Herr Babić", "AG3", 2)}
""", charset="windows-1250", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Question from someone already registered: may their 15-year-old daughter
# (Klasse 9) come too?  Asks first, would register her afterwards; names AG 1
# twice but changes nothing.  Apple Mail plain text.

@mail("sahin-question-bring-daughter", "2027-03-03 18:00:20",
      E("question", "birguel.sahin@mail.example", "Birgül Şahin",
        "Elternverein Kinderhaus-West", [], None, "de"), "de")
def _(m):
    m.head(("From", "Birgül Şahin <birguel.sahin@mail.example>"),
           ("Subject", "Frage zu unserer Anmeldung – Tochter mitbringen?"),
           ("Message-Id", "<2D8B5F31-C6A9-4E07-91B2-7E4C0A3D5F68@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.single("""Liebe Frau Meza Correa-Flock,

mein Mann und ich sind für den 13. März angemeldet (AG 1,
Elternverein Kinderhaus-West). Unsere Tochter Derya (15) ist in Klasse 9
und Schülersprecherin an ihrer Gesamtschule. Sie interessiert sich sehr für die
AG 1 und hat gefragt, ob sie mitkommen darf.

Ist das möglich, auch wenn sie selbst nicht Mitglied in einem Verein ist?
Dann würden wir sie gerne noch nachmelden.

Viele Grüße
Birgül Şahin
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation, Russian, Outlook plain text with a Russian
# "-----Исходное сообщение-----" block, UTF-8 base64.  "олимпиада по математике
# для 5–7 классов" no label.  The quoted confirmation names AG 1, 2 persons.

@mail("volkov-cancel-russian-outlook", "2027-03-05 10:20:54",
      E("cancellation", "d.volkov@lomonossow-ms.example", "Дмитрий Волков",
        "Bildungszentrum Lomonossow e.V.", [], None, "ru"), "ru", tz=0)
def _(m):
    m.head(("From", "Дмитрий Волков <d.volkov@lomonossow-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000e01db8df2$5c6d7e8f$f2a3b4c5$@lomonossow-ms.example>"),
           ("In-Reply-To", "<mailbot.20270129194117.1a6d@muenster.example>"),
           ("References", "<mailbot.20270129194117.1a6d@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день,

к сожалению, вынужден отменить нашу регистрацию на 13 марта. В этот день наша субботняя школа проводит олимпиаду по математике для 5–7 классов, и я как организатор должен быть там.

Извините за беспокойство.

С уважением,
Дмитрий Волков
Bildungszentrum Lomonossow e.V.

-----Исходное сообщение-----
От: Tag der Migrantenselbstorganisationen <{MSO}>
Отправлено: пятница, 29 января 2027 г. 19:41
Кому: Дмитрий Волков <d.volkov@lomonossow-ms.example>
Тема: {CONFIRMATION_SUBJECT}

{confirmation("Herr Volkov", "AG1", 2)}
""", charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# German-language bounce from the city's relay for the 7-day reminder
# (multipart/report, returned headers only); the Final-Recipient is written
# in mixed case.

REMINDER7_ID = "<mailbot.20270306100002.e21b@muenster.example>"
ROXEL_RCPT = "Elternrat@Samstagsschule-Roxel.example"


def _reminder7_headers():
    return f"""Return-Path: <{MSO}>
Received: from mx.muenster.example (mx.muenster.example [198.51.100.20])
	by relay.muenster.example (Postfix) with ESMTPS id 9C4E7A2B1D
	for <{ROXEL_RCPT}>; Sat,  6 Mar 2027 10:00:03 +0100 (CET)
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: {ROXEL_RCPT}
Subject: {ew("Erinnerung: Tag der Migrantenselbstorganisationen am 13. März", "utf-8", "q")}
Date: Sat, 06 Mar 2027 10:00:02 +0100
Message-ID: {REMINDER7_ID}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("relay-bounce-german-reminder", "2027-03-06 10:00:41",
      E("bounce", bounced=ROXEL_RCPT.lower()), "de")
def _(m):
    m.head(("From", "Mailsystem Stadt Münster <MAILER-DAEMON@relay.muenster.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"),
           ("Date", m.date),
           ("Message-ID", "<20270306090041.9C4E7A2B1D@relay.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailsystems
relay.muenster.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Es handelt sich um einen dauerhaften Fehler; die Zustellung wird
nicht erneut versucht.

<{ROXEL_RCPT}>: Der Empfänger ist beim Zielserver nicht bekannt.
    host mx.samstagsschule-roxel.example[203.0.113.77] sagte: 550 5.1.1
    <{ROXEL_RCPT}>: Recipient address rejected: User unknown in
    virtual mailbox table (Antwort auf RCPT TO)

Die Kopfzeilen Ihrer Nachricht finden Sie im Anhang.

Mailsystem der Stadt Münster
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Benachrichtigung")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay.muenster.example"),
         ("X-Postfix-Queue-ID", "9C4E7A2B1D"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sat,  6 Mar 2027 10:00:03 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {ROXEL_RCPT}"),
         ("Original-Recipient", f"rfc822;{ROXEL_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.samstagsschule-roxel.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{ROXEL_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    headers = m.text(_reminder7_headers(), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Kopfzeilen der Nachricht")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 043 ---------------------------------------------------------------------
# Late registration two days after the deadline, "falls noch Plätze frei
# sind", with count and choices: "zu zweit", "AG 2, sonst AG 1" = [AG2, AG1].
# "etwa 30 Kinder", "6 bis 14 Jahre" no labels.

@mail("krasniqi-late-registration", "2027-03-08 09:05:17",
      E("registration", "arbnora.krasniqi@mail.example", "Arbnora Krasniqi",
        "Albanischer Elternverein Münster", ["AG2", "AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Arbnora Krasniqi <arbnora.krasniqi@mail.example>"),
           ("To", MSO),
           ("Subject", "Nachmeldung MSO-Tag – noch Plätze frei?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3c9a1e7f-5b2d-4e80-a6f4-d0c8b2e1f957-1772957117304@3c-app-gmx-bap44>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich weiß, die Anmeldefrist ist seit Samstag vorbei – wir haben die Einladung
leider erst gestern über das Integrationsbüro bekommen. Falls noch Plätze frei
sind, würden wir gern zu zweit kommen, am liebsten in die AG 2, sonst in die
AG 1.

Wir sind ein kleiner Elternverein, der samstags für etwa 30 Kinder
Albanischunterricht organisiert (6 bis 14 Jahre).

Vielen Dank und freundliche Grüße
Arbnora Krasniqi
Albanischer Elternverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Last-minute cancellation from an iPhone, top-posted above the iOS quote of
# the confirmation (AG 1, 1 person).  "meine Tochter (Klasse 2)" no label.

@mail("hoelscher-cancel-iphone", "2027-03-11 14:30:33",
      E("cancellation", "kerstin.hoelscher@mail.example", "Kerstin Hölscher",
        "Hausaufgabenhilfe St. Mauritz", [], None, "de"), "de")
def _(m):
    m.head(("From", "Kerstin Hölscher <kerstin.hoelscher@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<8A3F1D6C-2E9B-4C57-B0A4-5F7E1C9D2B36@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202183311.4d7a@muenster.example>"),
           ("References", "<mailbot.20270202183311.4d7a@muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo liebes Team,

leider muss ich für Samstag absagen, meine Tochter (Klasse 2) hat seit gestern hohes Fieber und ich finde so kurzfristig keine Betreuung. Bitte streichen Sie mich von der Liste.

Viele Grüße
Kerstin Hölscher
Hausaufgabenhilfe St. Mauritz

Von meinem iPhone gesendet

> Am 02.02.2027 um 18:33 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(confirmation("Frau Hölscher", "AG1", 1))}
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


def decoded_text(msg):
    """Decoded headers and text bodies of the whole mail (nested parts included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_labels(e, msg, text):
    """Problems with one expected record: well formed and agreeing with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind!r}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups given for a kind that has none")
    party = e["party_size"]
    if kind == "registration":
        if not (isinstance(party, int) and party >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if party is not None and not (isinstance(party, int) and party >= 1):
            problems.append("change party_size must be null or >= 1")
        if not wg and party is None:
            problems.append("a change must change the workgroup or the party size")
    elif party is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounced_recipient must be set and lower-case")
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if b and not any(b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email must be set and lower-case")
        elif em not in text.lower():
            problems.append(f"email {em} does not occur in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']!r}")
        if not e["name"]:
            problems.append("name missing")
        elif e["name"] not in text:
            problems.append(f"name {e['name']!r} does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} does not occur in the mail")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
                problems.append("change/cancellation must answer and quote the confirmation")
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
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # RFC 2047: every encoded header must decode (by the RFC, whitespace between
    # adjacent encoded words dropped) to what the email package shows.
    raw_msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for h in ("From", "Reply-To", "Subject"):
        raw = raw_msg[h]
        if raw is None or "=?" not in str(raw):
            continue
        rfc = str(make_header(decode_header(re.sub(r"\r?\n", "", str(raw)))))
        shown = str(msg[h])
        if h != "Subject":
            shown = getaddresses([shown])[0][0]
            rfc = getaddresses([rfc])[0][0]
        if rfc != shown:
            problems.append(f"{h}: RFC 2047 decoding {rfc!r} differs from {shown!r}")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(expected, msg, text)
    return problems


def senders(datas):
    """The From address of every mail, lower-case."""
    out = []
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out.append(getaddresses([str(msg["From"])])[0][1].lower())
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built})
    print("text language x kind:")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:3} " + " ".join(f"{c:5}" for c in row) + f" {sum(row):5}")
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

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    seen = {}
    for (name, *_), sender in zip(built, senders(datas)):
        if sender in seen:
            print(f"{name}: sender {sender} already wrote {seen[sender]}")
            bad += 1
        seen[sender] = name
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
