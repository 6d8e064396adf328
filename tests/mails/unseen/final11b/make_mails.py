#!/usr/bin/env python3
"""Build the "sportforum" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Sportvereine-Forum Münster 2027 (Sportamt der Stadt Münster), Saturday
17 April 2027, four discussion tables T1-T4, registration deadline 26 March 2027.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default and checks it: no parse
defects, every text part decodes strictly in its declared charset to exactly the
text written here (attachments: the same bytes), lines of at most 998 octets,
rising dates, example domains only, and labels that fit the conventions of
../../shared/corpus/README.md.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, MIME shape

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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

SF = "sportforum@sportamt-muenster.example"
TO_SF = f"=?utf-8?q?Sportvereine-Forum_M=C3=BCnster?= <{SF}>"
SF_NAME = "Sportvereine-Forum Münster"
SF_DISPLAY = f"{SF_NAME} <{SF}>"
INVITATION_ID = "<einladung-sportforum-2027.20270201100000@sportamt-muenster.example>"
DEADLINE_REMINDER_ID = "<erinnerung-anmeldeschluss.20270315090000@sportamt-muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("T1", "T2", "T3", "T4")
LANGUAGES = ("de", "en", "tr", "ru", "ar", "pl", "ku", "sq")

CET = datetime.timezone(datetime.timedelta(hours=1))
CEST = datetime.timezone(datetime.timedelta(hours=2))
DST_START = datetime.datetime(2027, 3, 28, 2, 0)     # last Sunday of March 2027


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>' as ASCII; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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


def local(when):
    """A local Münster time 'YYYY-MM-DD HH:MM:SS' as an aware datetime (CET/CEST)."""
    t = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    return t.replace(tzinfo=CEST if t >= DST_START else CET)


def rfcdate(when):
    return format_datetime(local(when))


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when):
        self.slug = slug
        self.when = local(when)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in the
        given order.  ASCII values (plain or already RFC 2047-encoded) are stored
        verbatim, folded at spaces when long; non-ASCII values go through the
        policy, which encodes them as UTF-8."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", SF)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "sportamt-muenster.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = self.when + datetime.timedelta(seconds=2)
            zone = "CEST" if arrival.utcoffset() == datetime.timedelta(hours=2) else "CET"
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.sportamt-muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{SF}>; {format_datetime(arrival)} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_BE1P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.sportamt-muenster.example"
        if style == "tb":
            return f"------------{h[:24]}"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -22 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# HTML shapes of the common mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""

LABELS = {"de": ("Von:", "Gesendet:", "An:", "Betreff:"),
          "en": ("From:", "Sent:", "To:", "Subject:")}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", labels="de", lang="DE"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(charset=charset, lang=lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de", style="block"):
    """The text/plain Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = LABELS[labels]
    head = f"{lv} {von}\n{lg} {gesendet}\n{la} {an}\n{lb} {betreff}"
    if style == "underscore":
        return f"{text}\n\n________________________________\n{head}\n\n{quoted}"
    return f"{text}\n\n{head}\n\n{quoted}"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div dir=\"ltr\">{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


APPLE_BODY = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
              "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
              "line-break: after-white-space;\">")


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += ("<div><br><blockquote type=\"cite\"><div>" + esc(attribution)
                  + "</div><br class=\"Apple-interchange-newline\"><div><div>" + q
                  + "</div></div></blockquote></div>")
    return APPLE_BODY + inner + "</body></html>\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# texts the organisers sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Sportvereine-Forum Münster 2027 am 17. April"
CONFIRMATION_SUBJECT = "Ihre Anmeldung: Sportvereine-Forum Münster 2027"
DEADLINE_SUBJECT = "Erinnerung: Anmeldeschluss 26. März – Sportvereine-Forum Münster 2027"
REMINDER_SUBJECT = "Erinnerung: Sportvereine-Forum Münster morgen, 17. April"

INVITATION = """Liebe Vorstände, Trainerinnen und Trainer, Jugendleitungen und
Engagierte in Münsters Sportvereinen,

das Sportamt der Stadt Münster lädt Sie herzlich zum
Sportvereine-Forum Münster 2027 ein.

Wann: Samstag, 17. April 2027, 10:00 bis 15:00 Uhr
Wo:   Sportforum Gremmendorf, Vereinsheim (1. OG),
      Albersloher Weg 410, 48167 Münster

Nach einem kurzen Impuls zur Sportentwicklungsplanung diskutieren wir
an vier Thementischen:

Tisch 1: Mädchen- und Frauensport im Verein
Tisch 2: Ehrenamt, Übungsleitung und Trainernachwuchs
Tisch 3: Sportstätten, Hallenzeiten und Vereinsanlagen
Tisch 4: Inklusion und Geflüchtete im Verein

Die Plätze an den Tischen sind begrenzt (15 bis 30 Personen je Tisch).
Bitte melden Sie sich bis Freitag, 26. März 2027, per E-Mail an
sportforum@sportamt-muenster.example an und nennen Sie uns
- Ihren Namen und Ihren Verein,
- Ihren Wunschtisch (gern auch einen Zweitwunsch),
- mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenfrei. Für Kaffee und ein Mittagessen ist gesorgt.

Sportliche Grüße
Jana Overbeck
Sportamt der Stadt Münster – Sportentwicklung
Tel. 0251 492-5217"""

DEADLINE_REMINDER = """Liebe Sportvereine,

eine kurze Erinnerung: Die Anmeldung zum Sportvereine-Forum Münster 2027
am Samstag, 17. April, läuft noch bis Freitag, 26. März 2027.

An Tisch 3 (Sportstätten, Hallenzeiten und Vereinsanlagen) und an
Tisch 4 (Inklusion und Geflüchtete im Verein) sind nur noch wenige
Plätze frei. An Tisch 1 und Tisch 2 ist noch Platz.

Wer sich schon angemeldet hat, muss nichts weiter tun.

Sportliche Grüße
Jana Overbeck
Sportamt der Stadt Münster – Sportentwicklung"""

TABLE_LINE = {
    "T1": "Tisch 1 – Mädchen- und Frauensport im Verein",
    "T2": "Tisch 2 – Ehrenamt, Übungsleitung und Trainernachwuchs",
    "T3": "Tisch 3 – Sportstätten, Hallenzeiten und Vereinsanlagen",
    "T4": "Tisch 4 – Inklusion und Geflüchtete im Verein",
}


def confirmation(salutation, table, persons):
    """The confirmation mailbot sends after a registration."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Sportvereine-Forum Münster 2027 am
Samstag, 17. April 2027, 10:00–15:00 Uhr, im Sportforum Gremmendorf,
Albersloher Weg 410, 48167 Münster.

Thementisch: {TABLE_LINE[table]}
Angemeldete Personen: {persons}

Möchten Sie den Tisch wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Sportliche Grüße
Sportvereine-Forum Münster
Sportamt der Stadt Münster"""


def reminder(salutation, table, persons):
    """The reminder mailbot sends one day before the forum."""
    return f"""Guten Tag {salutation},

morgen ist es so weit: Wir freuen uns, Sie beim Sportvereine-Forum
Münster 2027 zu begrüßen.

Samstag, 17. April 2027, 10:00–15:00 Uhr (Einlass ab 9:30 Uhr)
Sportforum Gremmendorf, Vereinsheim (1. OG, Aufzug vorhanden)
Albersloher Weg 410, 48167 Münster

Ihr Thementisch: {TABLE_LINE[table]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, sagen Sie uns bitte kurz Bescheid –
es gibt eine Warteliste.

Sportliche Grüße
Sportvereine-Forum Münster
Sportamt der Stadt Münster"""


def organiser_message(to, subject, text, when, msgid, in_reply_to=None, auto=None):
    """A whole message the organisers sent (for message/rfc822 parts in bounces)."""
    m = EmailMessage(policy=POLICY)
    m.set_raw("From", TO_SF)
    m.set_raw("To", to)
    m.set_raw("Subject", ew(subject))
    m.set_raw("Date", rfcdate(when))
    m.set_raw("Message-ID", msgid)
    if in_reply_to:
        m.set_raw("In-Reply-To", in_reply_to)
        m.set_raw("References", in_reply_to)
    if auto:
        m.set_raw("Auto-Submitted", auto)
    m.set_raw("MIME-Version", "1.0")
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, expected, text_language, builder)


def mail(slug, when, expected, text_lang):
    def deco(fn):
        MAILS.append((slug, when, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Postfix bounce (multipart/report, English) for the invitation itself, sent
# two minutes earlier to the club mailing list; an old youth-leader address no
# longer exists.  The returned invitation names all four tables.

@mail("postfix-bounce-invitation-old-address", "2027-02-01 10:00:24",
      E("bounce", bounced="jugendleitung@sv-wienburg.example"), "en")
def _(m):
    rcpt = "jugendleitung@sv-wienburg.example"
    m.head(("From", "MAILER-DAEMON@mail.sportamt-muenster.example (Mail Delivery System)"),
           ("To", SF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270201090024.3C7E21A04F@mail.sportamt-muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.sportamt-muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.sv-wienburg.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.sportamt-muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E21A04F"),
         ("X-Postfix-Sender", f"rfc822; {SF}"),
         ("Arrival-Date", "Mon,  1 Feb 2027 10:00:03 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx01.sv-wienburg.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = organiser_message(TO_SF, INVITATION_SUBJECT, INVITATION,
                                 "2027-02-01 10:00:00", INVITATION_ID)
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 002 ---------------------------------------------------------------------
# Exchange out-of-office answer to the invitation: "Automatische Antwort:",
# Auto-Submitted: auto-generated, X-Auto-Response-Suppress; multipart/alternative.

VENNEMANN_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12. Februar 2027 in Elternzeit und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In Vereinsangelegenheiten erreichen Sie unsere Geschäftsstelle unter info@arminia-handorf.example oder 0251 32 41 90 (dienstags und donnerstags 17–19 Uhr).

Mit freundlichen Grüßen
Stefan Vennemann
Geschäftsführer
DJK Arminia Handorf e.V."""


@mail("vennemann-exchange-oof-to-invitation", "2027-02-01 10:02:11",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Vennemann, Stefan" <s.vennemann@arminia-handorf.example>'),
           ("To", TO_SF),
           ("Subject", ew("Automatische Antwort: " + INVITATION_SUBJECT)),
           ("Thread-Topic", ew(INVITATION_SUBJECT)),
           ("Thread-Index", "AQHbdFk2c0n1XQ7tS0mB8t3y4k5z1w=="),
           ("Date", m.date),
           ("Message-ID", "<0d9b1c77e4a24f6c8a51e2f0b3d7c912@EX2019.arminia-handorf.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.vennemann@arminia-handorf.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(VENNEMANN_OOF, outlook_html(VENNEMANN_OOF, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation with '>' (all four tables are
# in the quote).  The table is named by title words only: "der Tisch mit den
# Hallenzeiten" -> T3.  "ich und unsere Jugendwartin" -> 2.

@mail("tenbrink-reply-tisch-mit-den-hallenzeiten", "2027-02-01 14:22:09",
      E("registration", "r.tenbrink@blauweiss-aaseestadt.example", "Reinhard Tenbrink",
        "SV Blau-Weiß Aaseestadt 1958 e.V.", ["T3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Tenbrink <r.tenbrink@blauweiss-aaseestadt.example>"),
           ("To", TO_SF),
           ("Subject", ew("Re: " + INVITATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<6a1e0c4b-93d2-4f1a-b8e7-2c5d9f0a7e31@blauweiss-aaseestadt.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Overbeck,

danke für die Einladung, da sind wir gerne dabei. Vom SV Blau-Weiß
Aaseestadt kommen zwei Leute: ich und unsere Jugendwartin Melanie
Brockhoff.

Uns interessiert vor allem der Tisch mit den Hallenzeiten. Seit die
Halle an der Aaseeschule gesperrt ist, trainieren unsere Volleyballer
in drei verschiedenen Hallen, das ist auf Dauer nicht zu stemmen.

Viele Grüße
Reinhard Tenbrink

-- 
SV Blau-Weiß Aaseestadt 1958 e.V.
1. Vorsitzender
Mobil 0171 4 83 22 91

Am 01.02.27 um 10:00 schrieb Sportvereine-Forum Münster:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative in ISO-8859-9, quoted-printable; the
# From name is a B-encoded word in ISO-8859-9.  "1. masa" = table 1; she comes
# with the club chairman -> 2.

KILIC_TEXT = """Merhabalar,

Sportvereine-Forum davetiniz için çok teşekkür ederiz. Münster Anadolu Spor olarak biz de katılmak istiyoruz.

Ben kulübümüzde kız futbol takımının antrenörüyüm. Bizim için en önemli konu kız ve kadın sporu, yani 1. masa (Mädchen- und Frauensport im Verein).
Yanımda kulüp başkanımız Hakan Yurt da gelecek, toplam 2 kişiyiz.

Almancam çok iyi değil, o yüzden Türkçe yazıyorum, kusura bakmayın.

Sevgiler,
Derya Kılıç
Münster Anadolu Spor e.V.
Kadın ve Kız Futbolu Antrenörü"""


@mail("kilic-turkish-1-masa", "2027-02-01 21:05:02",
      E("registration", "derya.kilic@mail.example", "Derya Kılıç",
        "Münster Anadolu Spor e.V.", ["T1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Derya Kılıç", "derya.kilic@mail.example", "iso-8859-9", "b")),
           ("To", SF),
           ("Subject", ew("Sportvereine-Forum kaydı - Münster Anadolu Spor", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAJx4Tq8mW2pLr0sK7vN1yB5cD9eF3gH6iJ0kL2mN4oP8qR1sTu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KILIC_TEXT, gmail_html(KILIC_TEXT), charset="iso-8859-9",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Short mail from an iPhone, colloquial German ("meld mich", "Komm allein").

@mail("wessels-iphone-tisch-2", "2027-02-02 07:48:13",
      E("registration", "timo.wessels@mail.example", "Timo Wessels",
        "HSG Mecklenbeck-Roxel", ["T2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Timo Wessels <timo.wessels@mail.example>"),
           ("To", SF),
           ("Subject", "Anmeldung Forum"),
           ("Date", m.date),
           ("Message-ID", "<B7E2A914-5C3D-4F8E-9A61-0E2D7C4B8F15@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

meld mich hiermit an fürs Sportvereine Forum am 17.4. Würd gern an Tisch 2 (Übungsleiter/Trainernachwuchs), bei uns in der Handballjugend fehlen an allen Ecken Trainer.
Komm allein.

Gruß Timo Wessels
Jugendleiter HSG Mecklenbeck-Roxel

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# A club newsletter (other): Hallenzeiten, Mädchenfußball, Trainer gesucht,
# "Anmeldung" for a holiday camp -- the table words, but nobody registers.

GERMANIA_TEXT = """TuS Germania Gievenbeck – Vereinsnews Februar 2027

Liebe Mitglieder, liebe Freundinnen und Freunde der Germania,

1. Neue Hallenzeiten ab März
Wegen der Sanierung der Dreifachhalle an der Gievenbecker Reihe ziehen Badminton und Basketball ab 1. März in die Halle der Wartburgschule um. Die neuen Hallenzeiten stehen auf unserer Homepage.

2. Mädchenfußball: neue E-Juniorinnen
Unsere neue E-Juniorinnen-Mannschaft trainiert ab sofort dienstags um 17 Uhr. Schnuppern ist jederzeit möglich!

3. Trainerinnen und Trainer gesucht
Für das Kinderturnen und die Leichtathletik suchen wir Übungsleiterinnen und Übungsleiter. Die Lizenzausbildung bezahlt der Verein.

4. Osterferiencamp
Die Anmeldung für das Osterferiencamp (22. bis 26. März) ist ab jetzt online möglich: https://germania-gievenbeck.example/feriencamp

5. Jahreshauptversammlung
Die Jahreshauptversammlung findet am Freitag, 12. März, um 19:30 Uhr im Vereinsheim statt. Anträge bitte bis zum 26. Februar an den Vorstand.

Sportliche Grüße
Euer Vorstand

Sie erhalten diese E-Mail, weil Sie den Newsletter des TuS Germania Gievenbeck 1921 e.V. abonniert haben.
Abbestellen: https://germania-gievenbeck.example/newsletter/abmelden?u=5521"""

GERMANIA_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Vereinsnews Februar 2027</title></head>
<body style="margin:0;padding:0;background:#eeeeee;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;">
<tr><td style="background:#0b6b3a;color:#ffffff;"><h1 style="margin:0;font-size:24px;">TuS Germania Gievenbeck</h1><p style="margin:4px 0 0;">Vereinsnews Februar 2027</p></td></tr>
<tr><td>
<p>Liebe Mitglieder, liebe Freundinnen und Freunde der Germania,</p>
<h2 style="font-size:18px;color:#0b6b3a;">Neue Hallenzeiten ab März</h2>
<p>Wegen der Sanierung der Dreifachhalle an der Gievenbecker Reihe ziehen Badminton und Basketball ab 1. März in die Halle der Wartburgschule um. Die neuen Hallenzeiten stehen auf unserer Homepage.</p>
<h2 style="font-size:18px;color:#0b6b3a;">Mädchenfußball: neue E-Juniorinnen</h2>
<p>Unsere neue E-Juniorinnen-Mannschaft trainiert ab sofort dienstags um 17 Uhr. Schnuppern ist jederzeit möglich!</p>
<h2 style="font-size:18px;color:#0b6b3a;">Trainerinnen und Trainer gesucht</h2>
<p>Für das Kinderturnen und die Leichtathletik suchen wir Übungsleiterinnen und Übungsleiter. Die Lizenzausbildung bezahlt der Verein.</p>
<h2 style="font-size:18px;color:#0b6b3a;">Osterferiencamp</h2>
<p>Die Anmeldung für das Osterferiencamp (22. bis 26. März) ist ab jetzt <a href="https://germania-gievenbeck.example/feriencamp">online möglich</a>.</p>
<h2 style="font-size:18px;color:#0b6b3a;">Jahreshauptversammlung</h2>
<p>Die Jahreshauptversammlung findet am Freitag, 12. März, um 19:30 Uhr im Vereinsheim statt. Anträge bitte bis zum 26. Februar an den Vorstand.</p>
<p>Sportliche Grüße<br>Euer Vorstand</p>
</td></tr>
<tr><td style="font-size:12px;color:#777777;">Sie erhalten diese E-Mail, weil Sie den Newsletter des TuS Germania Gievenbeck 1921 e.V. abonniert haben.<br>
<a href="https://germania-gievenbeck.example/newsletter/abmelden?u=5521">Abbestellen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("germania-gievenbeck-vereinsnews", "2027-02-02 09:30:05",
      E("other"), "de")
def _(m):
    m.head(("From", "TuS Germania Gievenbeck <news@germania-gievenbeck.example>"),
           ("To", SF),
           ("Subject", "Vereinsnews Februar: Hallenzeiten, Mädchenfußball, Osterferiencamp"),
           ("Date", m.date),
           ("Message-ID", "<news-2027-02.5521.a81f3c@germania-gievenbeck.example>"),
           ("List-Id", "Vereinsnews TuS Germania <news.germania-gievenbeck.example>"),
           ("List-Unsubscribe", "<https://germania-gievenbeck.example/newsletter/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(GERMANIA_TEXT, GERMANIA_HTML, charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Outlook, HTML only (MsoNormal, windows-1252, quoted-printable), reply that
# quotes the invitation under a Von:/Gesendet: block.  The treasurer lists three
# people, herself included.  First choice by the title in typographic quotes
# (T3), second "der Tisch zum Ehrenamt" (T2).

HUEPPE_TEXT = """Sehr geehrte Frau Overbeck,

für den Turnverein Wolbeck 1921 e.V. melde ich folgende drei Personen zum Sportvereine-Forum an:

- Dr. Bernd Sökeland (1. Vorsitzender)
- Anja Pieper (Übungsleiterin Kinderturnen)
- Gisela Hüppe-Lammerding (Kassiererin)

Unser Erstwunsch ist der Tisch „Sportstätten, Hallenzeiten und Vereinsanlagen“, weil unsere Turnhalle ab Sommer saniert wird und wir noch nicht wissen, wohin mit den Gruppen. Falls dort kein Platz mehr ist, nehmen wir gern den Tisch zum Ehrenamt.

Mit freundlichen Grüßen

Gisela Hüppe-Lammerding
Kassiererin
Turnverein Wolbeck 1921 e.V.
Telefon 02506 81 27 44"""


@mail("hueppe-lammerding-outlook-html-three-persons", "2027-02-03 11:12:40",
      E("registration", "kasse@tv-wolbeck.example", "Gisela Hüppe-Lammerding",
        "Turnverein Wolbeck 1921 e.V.", ["T3", "T2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Hüppe-Lammerding, Gisela", "kasse@tv-wolbeck.example",
                         "iso-8859-1", "q")),
           ("To", TO_SF),
           ("Subject", ew("AW: " + INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Topic", ew(INVITATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Index", "AQHbdFk2c0n1XQ7tS0mB8t3y4k5z1wABc3Rk"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2294C0A7F3D1E8B6A42F@BE1P281MB2294.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{SF_NAME} <{SF}>", "Montag, 1. Februar 2027 10:00",
             f"{SF_NAME} <{SF}>", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(HUEPPE_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Question about the venue before registering (Gmail, multipart/alternative).
# "bevor ich mich und unseren Jugendwart anmelde" is not yet a registration.

ACHTERKAMP_TEXT = """Hallo zusammen,

bevor ich mich und unseren Jugendwart anmelde, zwei Fragen zum Veranstaltungsort:

1. Ist mit "Sportforum Gremmendorf, Vereinsheim" das Gebäude vorne an der Straße gemeint oder das Vereinsheim hinten bei den Kunstrasenplätzen? Ich war da noch nie.
2. Kann man dort parken, oder kommt man besser mit dem Rad bzw. Bus? Welche Linie hält in der Nähe?

Danke und viele Grüße
Dennis Achterkamp
Sportwart TC Rot-Weiß Amelsbüren"""


@mail("achterkamp-question-venue-parking", "2027-02-04 16:40:33",
      E("question", "dennis.achterkamp@tc-amelsbueren.example", "Dennis Achterkamp",
        "TC Rot-Weiß Amelsbüren", [], None, "de"), "de")
def _(m):
    m.head(("From", "Dennis Achterkamp <dennis.achterkamp@tc-amelsbueren.example>"),
           ("To", SF),
           ("Subject", "Frage zum Veranstaltungsort Sportvereine-Forum"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kz0Lq7Rm2Vt9Yw4Xb1Nc8Pd5Se6Tf0Ug3Vh7Wi2Xj4Yk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ACHTERKAMP_TEXT, gmail_html(ACHTERKAMP_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# English, plain US-ASCII 7bit ("Muenster"); "table 4, inclusion and refugees",
# himself and the captain -> 2.

@mail("hallworth-english-cricket-table-4", "2027-02-05 19:20:08",
      E("registration", "secretary@muenster-cricket.example", "Tom Hallworth",
        "Muenster Cricket Club e.V.", ["T4"], 2, "en"), "en")
def _(m):
    m.head(("From", "Tom Hallworth <secretary@muenster-cricket.example>"),
           ("To", SF),
           ("Subject", "Sports clubs forum 17 April - registration"),
           ("Date", m.date),
           ("Message-ID", "<20270205182008.GA41877@muenster-cricket.example>"),
           ("User-Agent", "Mutt/2.2.13 (2024-03-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Ms Overbeck,

Thanks for the invitation, which our chairman passed on to me. I'm the
secretary of Muenster Cricket Club and would like to register two of us
for the forum on 17 April: myself and our captain, Farid Noori.

We'd like to sit at table 4, inclusion and refugees. Most of our squad
came to Germany from Afghanistan and Pakistan over the last few years,
and our biggest headaches are insurance, player registration and finding
a ground at all - so we'll have plenty to say!

Farid's German is a lot better than mine, so no need to worry about the
language.

Kind regards,
Tom Hallworth
Hon. Secretary, Muenster Cricket Club e.V.
""", charset="us-ascii", cte="7bit")


# -- 010 ---------------------------------------------------------------------
# Russian, windows-1251, base64; From name in Cyrillic (B-encoded windows-1251),
# signature in Latin letters.  "стол № 1" = table 1; "Нас будет трое" = 3.
# The club name is transliterated (windows-1251 has no ö/ü).

@mail("rjabowa-russian-cp1251-stol-1", "2027-02-06 10:05:51",
      E("registration", "s.rjabowa@mail.example", "Swetlana Rjabowa",
        "RSG Phoenix Muenster e.V.", ["T1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Светлана Рябова", "s.rjabowa@mail.example", "windows-1251", "b")),
           ("To", SF),
           ("Subject", ew("Регистрация на форум спортивных клубов 17.04", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1770368751.226410.3390@webmail.mail.example>"),
           ("X-Mailer", "Mail Web 4.1"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я тренер по художественной гимнастике в клубе RSG Phoenix Muenster e.V. и хочу записаться на форум спортивных клубов 17 апреля.

Нас будет трое: я, моя коллега-тренер и мама одной из наших гимнасток, которая помогает клубу как волонтёр.
Мы бы хотели сесть за стол № 1 – про спорт девочек и женщин. У нас занимаются почти только девочки, так что нам есть что рассказать.

Заранее спасибо!
С уважением,
Swetlana Rjabowa
RSG Phoenix Muenster e.V.
""", charset="windows-1251", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (dir="rtl"), UTF-8 base64.
# "الطاولة الرابعة" = the fourth table; "سأحضر وحدي" = I will come alone.

ALHASSAN_TEXT = """مرحباً،

أنا أحمد الحسن، مدرّب فريق الشباب لكرة القدم في نادي FC Internationale Münster.
أودّ أن أسجّل نفسي في منتدى الأندية الرياضية يوم السبت 17 نيسان/أبريل.
أرغب في الجلوس على الطاولة الرابعة (الإدماج واللاجئون في النادي)، لأن أكثر من نصف لاعبينا جاؤوا إلى ألمانيا كلاجئين.
سأحضر وحدي.

شكراً جزيلاً
Ahmad Al-Hassan
FC Internationale Münster e.V."""


@mail("alhassan-arabic-fourth-table", "2027-02-07 20:33:17",
      E("registration", "ahmad.alhassan@mail.example", "Ahmad Al-Hassan",
        "FC Internationale Münster e.V.", ["T4"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Al-Hassan <ahmad.alhassan@mail.example>"),
           ("To", SF),
           ("Subject", ew("تسجيل – Sportvereine-Forum 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHm5Ws1eR9tQ3yU7iO0pA2sD4fG6hJ8kL1zX3cV5bN7mQ9wE2r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHASSAN_TEXT, gmail_html(ALHASSAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 012 ---------------------------------------------------------------------
# A filled-in form block plus a question about step-free access (registration
# that also asks something).  "Thementisch: Nr. 4 (Inklusion)".

@mail("beermann-form-block-rollstuhl-question", "2027-02-09 12:10:46",
      E("registration", "c.beermann@rollisport-muenster.example", "Claudia Beermann",
        "Rolli-Sport Münster e.V.", ["T4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Claudia Beermann <c.beermann@rollisport-muenster.example>"),
           ("To", SF),
           ("Subject", "Anmeldung Sportvereine-Forum 2027 / Rolli-Sport"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8f2d4a61-0c7e-4b39-a5d1-e3f6b9c2d840-1770635446201@3c-app-webde-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melden wir uns zum Sportvereine-Forum 2027 an:

Verein: Rolli-Sport Münster e.V.
Ansprechpartnerin: Claudia Beermann (Abteilungsleitung Rollstuhlbasketball)
E-Mail: c.beermann@rollisport-muenster.example
Anzahl Personen: 2
Thementisch: Nr. 4 (Inklusion)
Besonderheiten: eine Person im Rollstuhl

Kurze Frage dazu: Ist das Vereinsheim im 1. OG mit einem Aufzug erreichbar? In der Einladung steht „1. OG“, und eine barrierefreie Toilette wäre für uns auch wichtig.

Viele Grüße
Claudia Beermann
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Polish, Thunderbird, ISO-8859-2 quoted-printable, format=flowed.
# "stolik nr 2", else "stolik nr 1" -> [T2, T1]; "Przyjdę sama" = alone.

@mail("nowicka-polish-stolik-2-else-1", "2027-02-10 18:45:12",
      E("registration", "a.nowicka@vfl-muenster-ost.example", "Agnieszka Nowicka",
        "VfL Münster-Ost", ["T2", "T1"], 1, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Nowicka <a.nowicka@vfl-muenster-ost.example>"),
           ("To", SF),
           ("Subject", ew("Zgłoszenie - Forum klubów sportowych 17.04.2027", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<4c0b7e2a-1f9d-4a63-8e25-b7d3c6a0f914@vfl-muenster-ost.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

nazywam się Agnieszka Nowicka i jestem trenerką siatkówki w klubie
VfL Münster-Ost (drużyny młodzieżowe). Chciałabym zapisać się na Forum
klubów sportowych 17 kwietnia.

Najbardziej interesuje mnie stolik nr 2 - wolontariat, trenerzy i nowi
szkoleniowcy. Gdyby tam nie było już miejsc, to chętnie stolik nr 1.

Przyjdę sama.

Pozdrawiam serdecznie
Agnieszka Nowicka
VfL Münster-Ost
""", charset="iso-8859-2", cte="quoted-printable", params={"format": "flowed"})


# -- 014 ---------------------------------------------------------------------
# Sieve vacation reply (Polish and German) to the confirmation of 013.

@mail("nowicka-sieve-vacation-pl-de", "2027-02-10 18:46:03",
      E("auto_reply"), "pl")
def _(m):
    m.head(("From", "Agnieszka Nowicka <a.nowicka@vfl-muenster-ost.example>"),
           ("To", SF),
           ("Subject", ew("Urlop / Urlaub: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1770745563.8841@vfl-muenster-ost.example>"),
           ("In-Reply-To", "<mailbot.20270210184541.71c2@sportamt-muenster.example>"),
           ("References", "<mailbot.20270210184541.71c2@sportamt-muenster.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,
do 21 lutego jestem na urlopie (ferie zimowe) i nie mam dostępu do poczty.
Odpowiem po powrocie.

Guten Tag,
bis zum 21. Februar bin ich im Urlaub und lese keine E-Mails.
Ich melde mich nach meiner Rückkehr.

Agnieszka Nowicka
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Club office (shared "Geschäftsstelle" address, Outlook multipart/alternative,
# windows-1252) registers three people including the writer; all three for
# "den Thementisch zum Ehrenamt" -> T2.  She asks for the confirmation to come
# to this address.

ROTTMANN_TEXT = """Sehr geehrte Damen und Herren,

die Sportgemeinschaft Kinderhaus 1946 e.V. meldet sich mit drei Personen zum Sportvereine-Forum am 17.04.2027 an:

Martin Kordes, Vorsitzender
Petra Niehues, Jugendwartin
Sabine Rottmann, Geschäftsstelle (ich selbst)

Wir möchten alle drei an den Thementisch zum Ehrenamt. Bei uns hören zum Sommer zwei langjährige Abteilungsleiter auf, und wir suchen händeringend Nachfolger.

Bitte schicken Sie die Bestätigung an diese Adresse, ich leite sie dann intern weiter.

Mit freundlichen Grüßen
i. A. Sabine Rottmann

Sportgemeinschaft Kinderhaus 1946 e.V.
Geschäftsstelle
Sprakeler Straße 12 · 48159 Münster
Tel. 0251 21 44 80 (Mo, Mi, Fr 9–12 Uhr)"""


@mail("sg-kinderhaus-office-three-ehrenamt", "2027-02-11 09:15:27",
      E("registration", "geschaeftsstelle@sg-kinderhaus.example", "Sabine Rottmann",
        "Sportgemeinschaft Kinderhaus 1946 e.V.", ["T2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("SG Kinderhaus Geschäftsstelle", "geschaeftsstelle@sg-kinderhaus.example",
                         "iso-8859-1", "q")),
           ("To", TO_SF),
           ("Subject", "Anmeldung SG Kinderhaus zum Sportvereine-Forum"),
           ("Thread-Topic", "Anmeldung SG Kinderhaus zum Sportvereine-Forum"),
           ("Thread-Index", "AdtoN2Fq0c3m1f5ZQkW8y2v9t4rB7A=="),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB3187E52D9A0C4F1B7E63@BE1P281MB3187.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ROTTMANN_TEXT, outlook_html(ROTTMANN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Kurdish (Kurmanji, Latin script), UTF-8 8bit.  "maseya 4an" = table 4, with
# the German title in brackets; "Em ê du kes bin" = we will be two.

@mail("aslan-kurmanji-maseya-4", "2027-02-12 22:10:38",
      E("registration", "berzan.aslan@mail.example", "Berzan Aslan",
        "Spor Mezopotamya Münster e.V.", ["T4"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Berzan Aslan <berzan.aslan@mail.example>"),
           ("To", SF),
           ("Subject", ew("Tomarkirin – Foruma Klûbên Werzîşê 17.04.")),
           ("Date", m.date),
           ("Message-ID", "<CAPq2Lx7Vn4Rb8Tk1Mw6Ys3Zc9Hd0Jf5Gg2Kh8Ll4Np7Qr1St@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Navê min Berzan Aslan e. Ez li klûba Spor Mezopotamya Münster berpirsiyarê beşa ciwanan im.
Em dixwazin beşdarî Foruma Klûbên Werzîşê ya 17ê Nîsanê bibin.
Em ê du kes bin: ez û hevalê min Azad Tekin, ku rahênerê tîma boksê ye.
Em dixwazin li maseya 4an rûnin (Inklusion und Geflüchtete im Verein), ji ber ku gelek ciwanên penaber li klûba me werzîşê dikin.

Gelek spas,
Berzan Aslan
Spor Mezopotamya Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Albanian, Gmail for Android, multipart/alternative UTF-8 quoted-printable.
# "tryeza nr. 2" with the German title; "Do të vij vetëm" = I will come alone.

KRASNIQI_TEXT = """Përshëndetje,

Unë jam Arben Krasniqi, trajner i të rinjve U15 te klubi i futbollit KF Dardania Münster. Dëshiroj të regjistrohem për Forumin e Klubeve Sportive më 17 prill.

Më intereson më shumë tryeza nr. 2 - vullnetarët dhe trajnerët e rinj (Ehrenamt, Übungsleitung und Trainernachwuchs). Te ne mungojnë trajnerët dhe prindërit nuk duan të ndihmojnë.

Do të vij vetëm.

Faleminderit!
Arben Krasniqi
KF Dardania Münster e.V."""


@mail("krasniqi-albanian-tryeza-2", "2027-02-14 13:00:29",
      E("registration", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "KF Dardania Münster e.V.", ["T2"], 1, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", SF),
           ("Subject", "Regjistrim per forumin 17 prill"),
           ("Date", m.date),
           ("Message-ID", "<CAN8sVw3Kt1Yp6Rz9Lm2Xq5Bc7Hd4Jf0Gn3Ek8Wu1Ti6Oa9Pb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRASNIQI_TEXT, gmail_html(KRASNIQI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 018 ---------------------------------------------------------------------
# ISO-8859-1 8bit, plain.  No table: "Setzen Sie mich einfach dahin, wo noch
# Platz ist" -> workgroups [].

@mail("pohlmann-latin1-any-table", "2027-02-16 17:30:55",
      E("registration", "hj.pohlmann@mail.example", "Hans-Jürgen Pohlmann",
        "TTC Roxel 1968 e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "hj.pohlmann@mail.example"),
           ("To", SF),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<000001db80a7$5e2c1f40$1a845dc0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

hiermit melde ich mich für das Sportvereine-Forum am 17. April an. Ich bin seit 31 Jahren Kassenwart beim Tischtennisclub in Roxel und komme alleine.

Welcher Tisch es wird, ist mir ehrlich gesagt gleich, mich interessiert eigentlich alles ein bißchen. Setzen Sie mich einfach dahin, wo noch Platz ist.

Mit freundlichem Gruß
Hans-Jürgen Pohlmann
TTC Roxel 1968 e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Change (party size only), Thunderbird reply quoting the confirmation of 003:
# the youth warden cannot come, "Ich komme also alleine, Tisch bleibt wie
# gehabt" -> party 1, no new table.

@mail("tenbrink-change-comes-alone", "2027-02-18 10:40:19",
      E("change", "r.tenbrink@blauweiss-aaseestadt.example", "Reinhard Tenbrink",
        "SV Blau-Weiß Aaseestadt 1958 e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Tenbrink <r.tenbrink@blauweiss-aaseestadt.example>"),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<d2c7f915-4b0a-4e8c-a3f6-91e0b5d27c48@blauweiss-aaseestadt.example>"),
           ("In-Reply-To", "<mailbot.20270201142238.3a9f@sportamt-muenster.example>"),
           ("References", "<6a1e0c4b-93d2-4f1a-b8e7-2c5d9f0a7e31@blauweiss-aaseestadt.example> "
                          "<mailbot.20270201142238.3a9f@sportamt-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung bei uns: Melanie Brockhoff hat an dem Wochenende eine
Schiedsrichterfortbildung und kann nicht mitkommen. Ich komme also
alleine, Tisch bleibt wie gehabt.

Gruß
Reinhard Tenbrink

-- 
SV Blau-Weiß Aaseestadt 1958 e.V.
1. Vorsitzender
Mobil 0171 4 83 22 91

Am 01.02.27 um 14:22 schrieb Sportvereine-Forum Münster:
{gt_quote(confirmation("Herr Tenbrink", "T3", 2))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 020 ---------------------------------------------------------------------
# Gmail multipart/alternative; tables by topic words: "der Frauen-und-Mädchen-
# Tisch" first, "der Inklusionstisch" if that is full -> [T1, T4].  Asks about
# childcare and may bring her daughter "zur Not": party stays 1.

BRUENING_TEXT = """Hallo liebes Sportamt,

ich würde gerne zum Forum kommen! Ich leite seit letztem Jahr die Frauen- und Mädchenfußballabteilung beim SC Borussia Coerde, und wir wachsen gerade ziemlich schnell (von einem auf vier Teams in zwei Jahren 🙂). Deshalb wäre der Frauen-und-Mädchen-Tisch für mich natürlich perfekt. Falls der voll ist, würde mich auch der Inklusionstisch interessieren, wir haben einige geflüchtete Mädchen im Team.

Ich komme allein.

Eine Frage noch: Gibt es vor Ort eine Kinderbetreuung? Meine Tochter ist vier, zur Not bringe ich sie mit, sie ist aber pflegeleicht.

Viele Grüße
Katharina Brüning
SC Borussia Coerde e.V. – Abteilung Frauen- & Mädchenfußball"""


@mail("bruening-frauen-maedchen-tisch-else-inklusion", "2027-02-19 20:15:44",
      E("registration", "katharina.bruening@mail.example", "Katharina Brüning",
        "SC Borussia Coerde e.V.", ["T1", "T4"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Katharina Brüning", "katharina.bruening@mail.example")),
           ("To", SF),
           ("Subject", "Anmeldung Forum – Frauen- und Mädchenfußball"),
           ("Date", m.date),
           ("Message-ID", "<CAE9rTx4Qm7Wn2Yb5Kc8Vd1Lf3Hg6Jh0Pk9Sl2Xm4Zn7Ao1Bq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BRUENING_TEXT, gmail_html(BRUENING_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# A chairman registers his young coach, not himself, and asks for the
# confirmation to go straight to her -- at an address he mistyped
# ("ekinic"); 022 is the bounce.  email = the address he asks us to use.

@mail("westhues-registers-coach-ekinci", "2027-02-22 09:05:03",
      E("registration", "jasmin.ekinic@mail.example", "Jasmin Ekinci",
        "DJK Vorwärts Angelmodde e.V.", ["T2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ludger Westhues <vorsitz@djk-angelmodde.example>"),
           ("To", SF),
           ("Subject", "Anmeldung unserer Übungsleiterin"),
           ("Date", m.date),
           ("Message-ID", "<1384729051.48213.1771747503118@ox.djk-angelmodde.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Morgen Frau Overbeck,

ich selbst schaffe es am 17.04. leider nicht, aber ich möchte gern unsere junge Übungsleiterin Jasmin Ekinci anmelden. Sie hat letztes Jahr ihre C-Lizenz gemacht, leitet inzwischen zwei Kinderturngruppen und hätte zum Thema Trainernachwuchs sicher einiges beizutragen.

Bitte schicken Sie die Bestätigung direkt an sie: jasmin.ekinic@mail.example

Besten Dank und sportliche Grüße
Ludger Westhues
Vorsitzender
DJK Vorwärts Angelmodde e.V.
""", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Office 365-style German non-delivery report for the confirmation of 021
# (multipart/report: alternative notice, delivery-status, the returned
# confirmation), CRLF line ends.

EKINIC = "jasmin.ekinic@mail.example"
NDR_TEXT = f"""Ihre Nachricht an {EKINIC} konnte nicht zugestellt werden.

jasmin.ekinic wurde bei mail.example nicht gefunden.

Wie Sie das Problem beheben können
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:
- Senden Sie die Nachricht erneut. Überprüfen Sie dabei, ob die Adresse richtig eingegeben wurde.
- Wenn die Adresse aus einem Adressbuch stammt, löschen Sie den Eintrag und geben Sie die Adresse neu ein.

Weitere Informationen für E-Mail-Administratoren
Diagnoseinformationen:
Generierender Server: FR3P281MB1622.DEUP281.PROD.OUTLOOK.example
{EKINIC}
Remoteserver hat "550 5.1.1 <{EKINIC}>: Recipient address rejected: User unknown" zurückgegeben"""

NDR_HTML = f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body dir="ltr" lang="de">
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:17px;color:#C00000;"><b>Ihre Nachricht an <a href="mailto:{EKINIC}">{EKINIC}</a> konnte nicht zugestellt werden.</b></p>
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;">jasmin.ekinic wurde bei mail.example nicht gefunden.</p>
<p style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;"><b>Wie Sie das Problem beheben können</b><br>
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Versuchen Sie Folgendes:</p>
<ul style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:15px;">
<li>Senden Sie die Nachricht erneut. Überprüfen Sie dabei, ob die Adresse richtig eingegeben wurde.</li>
<li>Wenn die Adresse aus einem Adressbuch stammt, löschen Sie den Eintrag und geben Sie die Adresse neu ein.</li>
</ul>
<p style="font-family:Consolas,Courier,monospace;font-size:13px;color:#555555;">Generierender Server: FR3P281MB1622.DEUP281.PROD.OUTLOOK.example<br>
{EKINIC}<br>
Remoteserver hat &quot;550 5.1.1 &lt;{EKINIC}&gt;: Recipient address rejected: User unknown&quot; zurückgegeben</p>
</body>
</html>
"""


@mail("o365-ndr-ekinci-typo", "2027-02-22 09:05:52",
      E("bounce", bounced=EKINIC), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sportamt-muenster.example>"),
           ("To", TO_SF),
           ("Subject", ew("Unzustellbar: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<7e3a10c5-2b8f-4d61-9c07-a4f5e1d2b938@FR3P281MB1622.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270222090541.5d0e@sportamt-muenster.example>"),
           ("References", "<mailbot.20270222090541.5d0e@sportamt-muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;FR3P281MB1622.DEUP281.PROD.OUTLOOK.example"),
         ("Received-From-MTA", "dns;mail.sportamt-muenster.example"),
         ("Arrival-Date", "Mon, 22 Feb 2027 08:05:41 +0000")],
        [("Original-Recipient", f"rfc822;{EKINIC}"),
         ("Final-Recipient", f"rfc822;{EKINIC}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.mail.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{EKINIC}>: Recipient address rejected: User unknown")])
    original = organiser_message(
        f"Jasmin Ekinci <{EKINIC}>", CONFIRMATION_SUBJECT,
        confirmation("Frau Ekinci", "T2", 1), "2027-02-22 09:05:41",
        "<mailbot.20270222090541.5d0e@sportamt-muenster.example>",
        "<1384729051.48213.1771747503118@ox.djk-angelmodde.example>", auto="auto-replied")
    m.multi("report", [notice, dsn, rfc822_part(original, CONFIRMATION_SUBJECT)],
            style="outlook", params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# Change, Turkish Gmail reply quoting the (German) confirmation of 004, which
# names Tisch 1.  "1. masa yerine 4. masaya geçmek istiyoruz" -> T4; "yine iki
# kişi" = still two, so the number does not change.

KILIC_CHANGE = """Merhaba,

Kulüp yönetimiyle konuştuk: kız takımımızda son aylarda Suriye ve Afganistan'dan gelen birçok kız var. Bu yüzden 1. masa yerine 4. masaya (Inklusion und Geflüchtete) geçmek istiyoruz. Hakan Bey ve ben yine iki kişi geliyoruz.

Teşekkürler,
Derya Kılıç"""

KILIC_ATTR = f"{SF_NAME} <{SF}>, 1 Şub 2027 Pzt, 21:05 tarihinde şunu yazdı:"


@mail("kilic-turkish-change-to-4-masa", "2027-02-23 19:50:36",
      E("change", "derya.kilic@mail.example", "Derya Kılıç", None, ["T4"], None, "tr"), "tr")
def _(m):
    conf = confirmation("Frau Kılıç", "T1", 2)
    m.head(("From", addr("Derya Kılıç", "derya.kilic@mail.example", "iso-8859-9", "b")),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<CAJx4Tq9Rb3nWv8Yk1Lm5Qc2Hd7Fg0Pj6Sn4Tx9Uz1Aw3Ce5Gi@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270201210540.9e14@sportamt-muenster.example>"),
           ("References", "<CAJx4Tq8mW2pLr0sK7vN1yB5cD9eF3gH6iJ0kL2mN4oP8qR1sTu@mail.gmail.example> "
                          "<mailbot.20270201210540.9e14@sportamt-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_reply_plain(KILIC_CHANGE, KILIC_ATTR, conf),
                  gmail_reply_html(KILIC_CHANGE, KILIC_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Turkish, HTML only (webmail divs), UTF-8 base64.  Two people for two tables:
# the writer wants the hall-times table ("salon saatleri masası (Tisch 3)"),
# his friend the volunteers/coaches table (Tisch 2) -> workgroups = the
# writer's own choice [T3], party 2.

AYDEMIR_TEXT = """Selam,

Berg Fidel Futsal Takımı'ndan iki kişi foruma katılmak istiyoruz.

Ben salon saatleri masasına (Tisch 3) oturmak istiyorum, çünkü kış aylarında hiç salon bulamıyoruz, antrenmanları okul bahçesinde yapıyoruz.
Arkadaşım Emre Şahin de gönüllüler ve antrenörler masasına (Tisch 2) gitmek istiyor.

İkimizin kaydını yapabilir misiniz?

Selamlar
Yusuf Aydemir
Futsal Team Berg Fidel e.V."""


@mail("aydemir-turkish-html-two-people-two-tables", "2027-02-25 11:30:58",
      E("registration", "yusuf.aydemir@mail.example", "Yusuf Aydemir",
        "Futsal Team Berg Fidel e.V.", ["T3"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Yusuf Aydemir <yusuf.aydemir@mail.example>"),
           ("To", SF),
           ("Subject", ew("Foruma kayıt – Futsal Team Berg Fidel")),
           ("Date", m.date),
           ("Message-ID", "<1772015458.550183.11207@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(AYDEMIR_TEXT, "font-family: Arial, Helvetica, sans-serif; font-size: 14px;"),
             subtype="html", charset="utf-8", cte="base64")


# -- 025 ---------------------------------------------------------------------
# Newsletter of a sports education provider (other): Übungsleiter licences,
# "Inklusion im Sport", women in leadership -- and "Anmeldung", but for its
# own courses.

SBW_TEXT = """Sportbildungswerk Münsterland – Lehrgänge Frühjahr 2027

Liebe Vereinsvertreterinnen und Vereinsvertreter,

unsere neuen Lehrgänge sind online. Jetzt anmelden, solange Plätze frei sind!

* Übungsleiter-C Breitensport (Grundlehrgang)
  6 Wochenenden ab 10. April 2027, Münster-Hiltrup
* Inklusion im Sport – Fortbildung zur Lizenzverlängerung (15 LE)
  24. April 2027, Sportschule Münsterland
* Frauen in Führung – Seminar für Vorstandsfrauen
  8. Mai 2027, online
* Erste Hilfe im Sport
  jeden ersten Samstag im Monat

Die Anmeldung ist nur über unser Portal möglich: https://sportbildung-muensterland.example/lehrgaenge

Übrigens: Vereine können sich die Lehrgangsgebühren für neue Übungsleiterinnen und Übungsleiter über die Ehrenamtsförderung erstatten lassen.

Ihr Team vom Sportbildungswerk Münsterland

Sie möchten diesen Newsletter nicht mehr erhalten? https://sportbildung-muensterland.example/abmelden?id=7f3c21"""

SBW_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lehrgänge Frühjahr 2027</title></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" cellpadding="16" cellspacing="0" style="background:#ffffff;color:#222222;font-size:14px;">
<tr><td style="background:#c8102e;color:#ffffff;"><h1 style="margin:0;font-size:21px;">Sportbildungswerk Münsterland</h1><p style="margin:4px 0 0;">Lehrgänge Frühjahr 2027</p></td></tr>
<tr><td>
<p>Liebe Vereinsvertreterinnen und Vereinsvertreter,</p>
<p>unsere neuen Lehrgänge sind online. <b>Jetzt anmelden, solange Plätze frei sind!</b></p>
<table cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td><b>Übungsleiter-C Breitensport</b> (Grundlehrgang)</td><td>6 Wochenenden ab 10. April 2027, Münster-Hiltrup</td></tr>
<tr><td><b>Inklusion im Sport</b> – Fortbildung zur Lizenzverlängerung (15 LE)</td><td>24. April 2027, Sportschule Münsterland</td></tr>
<tr><td><b>Frauen in Führung</b> – Seminar für Vorstandsfrauen</td><td>8. Mai 2027, online</td></tr>
<tr><td><b>Erste Hilfe im Sport</b></td><td>jeden ersten Samstag im Monat</td></tr>
</table>
<p><a href="https://sportbildung-muensterland.example/lehrgaenge" style="display:inline-block;background:#c8102e;color:#ffffff;padding:10px 18px;text-decoration:none;">Zum Lehrgangsportal</a></p>
<p>Übrigens: Vereine können sich die Lehrgangsgebühren für neue Übungsleiterinnen und Übungsleiter über die Ehrenamtsförderung erstatten lassen.</p>
<p>Ihr Team vom Sportbildungswerk Münsterland</p>
</td></tr>
<tr><td style="font-size:11px;color:#888888;">Sie möchten diesen Newsletter nicht mehr erhalten? <a href="https://sportbildung-muensterland.example/abmelden?id=7f3c21">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("sportbildungswerk-newsletter-lehrgaenge", "2027-03-01 08:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Sportbildungswerk Münsterland <newsletter@sportbildung-muensterland.example>"),
           ("To", SF),
           ("Subject", "Neue Lehrgänge: Übungsleiter-C, Inklusion im Sport, Frauen in Führung"),
           ("Date", m.date),
           ("Message-ID", "<nl.20270301.7f3c21.0042@sportbildung-muensterland.example>"),
           ("List-Unsubscribe", "<https://sportbildung-muensterland.example/abmelden?id=7f3c21>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverNewsletter 5.4"),
           ("MIME-Version", "1.0"))
    m.alternative(SBW_TEXT, SBW_HTML, charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Arabic question (UTF-8 base64, plain): is the forum only in German, may a
# friend come along to translate?  She will register only after the answer
# ("إذا كان ذلك ممكناً سنسجّل") -> question.

@mail("haddad-arabic-question-translator", "2027-03-02 14:00:41",
      E("question", "rania.haddad@mail.example", "Rania Haddad",
        "Deutsch-Arabischer Sportverein Münster e.V.", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Rania Haddad <rania.haddad@mail.example>"),
           ("To", SF),
           ("Subject", ew("سؤال عن منتدى الأندية الرياضية", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<D41F7A2C-88B3-4E05-A9C6-3F1E2B7D5A90@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا رانيا حداد، أنظّم مجموعة رياضية للنساء في نادينا منذ سنتين. قرأت دعوتكم إلى منتدى الأندية الرياضية وأنا مهتمة جداً بطاولة رياضة الفتيات والنساء.

لديّ سؤالان قبل التسجيل:
هل سيكون النقاش باللغة الألمانية فقط؟ لغتي الألمانية متوسطة.
وهل يمكن أن تأتي معي صديقة تترجم لي، حتى لو لم تكن عضوة في النادي؟

إذا كان ذلك ممكناً سنسجّل أنا وصديقتي.

مع الشكر والتحية
Rania Haddad
Deutsch-Arabischer Sportverein Münster e.V.
""", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Change from an iPhone, Apple quote of the confirmation of 005 (Tisch 2).
# "an den Hallentisch wechseln statt Tisch 2" -> T3.

@mail("wessels-iphone-change-hallentisch", "2027-03-03 21:40:07",
      E("change", "timo.wessels@mail.example", "Timo Wessels", None, ["T3"], None, "de"), "de")
def _(m):
    m.head(("From", "Timo Wessels <timo.wessels@mail.example>"),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<0F6C2E91-7A4B-4D3E-B852-9C1A0E7F3D26@mail.example>"),
           ("In-Reply-To", "<mailbot.20270202074852.c0d7@sportamt-muenster.example>"),
           ("References", "<B7E2A914-5C3D-4F8E-9A61-0E2D7C4B8F15@mail.example> "
                          "<mailbot.20270202074852.c0d7@sportamt-muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi, kann ich noch an den Hallentisch wechseln statt Tisch 2? Unsere Halle wird im Sommer dichtgemacht und das ist jetzt dringender als die Trainersuche.
Gruß Timo

Von meinem iPhone gesendet

> Am 02.02.2027 um 07:48 schrieb {SF_NAME} <{SF}>:
>
{gt_quote(confirmation("Herr Wessels", "T2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Sent from the club's shared account with Reply-To her own address;
# multipart/mixed with a PDF about the club's project.  "am Thementisch eins"
# -> T1 (the text also talks about pool times, which is not a choice).

@mail("hoelscher-reply-to-pdf-thementisch-eins", "2027-03-05 10:10:19",
      E("registration", "b.hoelscher@wasserfreunde-ms-sued.example", "Birgit Hölscher",
        "Wasserfreunde Münster-Süd e.V.", ["T1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Wasserfreunde Münster-Süd", "info@wasserfreunde-ms-sued.example")),
           ("Reply-To", addr("Birgit Hölscher", "b.hoelscher@wasserfreunde-ms-sued.example")),
           ("To", SF),
           ("Subject", ew("Anmeldung Sportvereine-Forum – Wasserfreunde Münster-Süd")),
           ("Date", m.date),
           ("Message-ID", "<3b91d0e7-5f2c-4a18-b6e4-c07a9d2f5e31@wasserfreunde-ms-sued.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text("""Sehr geehrte Frau Overbeck,

die Wasserfreunde Münster-Süd möchten gern mit zwei Personen am Forum
teilnehmen: unsere Schwimmwartin Lena Dierkes und ich.

Wir hätten gern einen Platz am Thementisch eins. Seit 2025 bieten wir
Schwimmkurse nur für Frauen und Mädchen an (mit Sichtschutz und
Rettungsschwimmerinnen), die Nachfrage ist riesig, aber unsere
Wasserzeiten reichen hinten und vorne nicht. Eine kurze Vorstellung des
Projekts hänge ich an, vielleicht passt das als Beispiel in die Runde.

Freundliche Grüße
Birgit Hölscher
2. Vorsitzende
Wasserfreunde Münster-Süd e.V.
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Wasserfreunde Muenster-Sued e.V.",
                             "Projekt: Schwimmen nur fuer Frauen und Maedchen",
                             "Seit 2025 - sonntags 8 bis 10 Uhr, Hallenbad Sued",
                             "Rund 120 Teilnehmerinnen, Warteliste 60",
                             "Kontakt: info@wasserfreunde-ms-sued.example"]),
                   "application", "pdf", "Projekt_Frauenschwimmen.pdf")
    m.multi("mixed", [body, pdf], style="tb")


# -- 029 ---------------------------------------------------------------------
# Question: may a parent (not a board member) come, and does it cost anything?
# No registration.

@mail("sandmann-question-parents-costs", "2027-03-08 16:25:30",
      E("question", "nicole.sandmann@mail.example", "Nicole Sandmann",
        "SuS Hiltrup-Ost", [], None, "de"), "de")
def _(m):
    m.head(("From", "Nicole Sandmann <nicole.sandmann@mail.example>"),
           ("To", SF),
           ("Subject", "Frage Teilnahme"),
           ("Date", m.date),
           ("Message-ID", "<20270308152530.1c4e7a@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich bin im Elternrat unserer Fußball-Jugendabteilung (SuS Hiltrup-Ost), aber nicht im Vorstand. Darf ich trotzdem zum Sportvereine-Forum kommen, oder ist das nur für Vorstände und Trainer gedacht? Und muss der Verein dafür etwas bezahlen?

Danke für eine kurze Info!
Nicole Sandmann
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Change, Polish, Thunderbird reply (UTF-8 QP, format=flowed) quoting the
# confirmation of 013.  "Zamiast stolika nr 2 wolałabym jednak stolik nr 1" -> T1.

@mail("nowicka-polish-change-to-stolik-1", "2027-03-10 09:00:44",
      E("change", "a.nowicka@vfl-muenster-ost.example", "Agnieszka Nowicka",
        None, ["T1"], None, "pl"), "pl")
def _(m):
    m.head(("From", "Agnieszka Nowicka <a.nowicka@vfl-muenster-ost.example>"),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<a7e40d2c-6b19-4f3a-9d85-1e2c7b0f6a43@vfl-muenster-ost.example>"),
           ("In-Reply-To", "<mailbot.20270210184541.71c2@sportamt-muenster.example>"),
           ("References", "<4c0b7e2a-1f9d-4a63-8e25-b7d3c6a0f914@vfl-muenster-ost.example> "
                          "<mailbot.20270210184541.71c2@sportamt-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

czy mogłabym jeszcze zmienić stolik? Zamiast stolika nr 2 wolałabym
jednak stolik nr 1 (sport dziewcząt i kobiet) - od marca prowadzę nową
drużynę dziewcząt U13 i mam dużo pytań właśnie w tym temacie.

Dziękuję i pozdrawiam
Agnieszka Nowicka

W dniu 10.02.2027 o 18:45, Sportvereine-Forum Münster pisze:
{gt_quote(confirmation("Frau Nowicka", "T2", 1))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 031 ---------------------------------------------------------------------
# Advertising (other), HTML only: a sports-floor company.  Sporthallen,
# Vereinsanlagen, barrier-free access, "Jetzt Termin sichern" -- no person.

HALLENBODEN_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hallenboden-Check</title></head>
<body style="margin:0;background:#ffffff;font-family:Verdana,Arial,sans-serif;font-size:13px;color:#333333;">
<div style="max-width:640px;margin:0 auto;">
<div style="background:#1d3557;color:#ffffff;padding:20px;"><h1 style="margin:0;font-size:22px;">SportBoden Westfalen GmbH</h1>
<p style="margin:6px 0 0;">Sportböden · Hallensanierung · Außenanlagen</p></div>
<div style="padding:20px;">
<p>Sehr geehrte Vereinsvorstände, sehr geehrte Verantwortliche für Sportstätten,</p>
<p>ist der Boden Ihrer Sporthalle in die Jahre gekommen? Rutschige Stellen, Dellen, verblasste Linien? Wir sanieren Sporthallen und Vereinsanlagen in ganz Westfalen – schnell, sauber und <b>in den Ferien</b>, damit Ihre Hallenzeiten nicht leiden.</p>
<ul>
<li>Kostenloser Hallenboden-Check vor Ort</li>
<li>Beratung zu Fördermitteln für Sportstätten</li>
<li>Barrierefreie Zugänge und Rollstuhlsport-geeignete Beläge</li>
</ul>
<p><b>Frühjahrsaktion:</b> Bis 31. März 2027 erhalten Vereine 15 % Rabatt auf alle Linierungsarbeiten.</p>
<p style="text-align:center;"><a href="https://sportboden-westfalen.example/termin" style="background:#e63946;color:#ffffff;padding:12px 24px;text-decoration:none;">Jetzt Termin sichern</a></p>
<p>Mit sportlichen Grüßen<br>Ihr Team der SportBoden Westfalen GmbH</p>
</div>
<div style="font-size:10px;color:#999999;padding:10px 20px;">SportBoden Westfalen GmbH · Industriestraße 7 · 59227 Ahlen · Geschäftsführer: R. Kemper · HRB 4711<br>
Sie erhalten diese Information als Verantwortliche eines Sportvereins. <a href="https://sportboden-westfalen.example/abmelden?e=sportforum">Keine weiteren E-Mails</a></div>
</div>
</body></html>
"""


@mail("sportboden-advertising-html", "2027-03-11 12:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "SportBoden Westfalen <angebote@sportboden-westfalen.example>"),
           ("To", SF),
           ("Subject", "Frühjahrsaktion: 15 % auf Hallenboden-Linierung für Vereine"),
           ("Date", m.date),
           ("Message-ID", "<mkt.20270311.113000.b7e2@sportboden-westfalen.example>"),
           ("List-Unsubscribe", "<https://sportboden-westfalen.example/abmelden?e=sportforum>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(HALLENBODEN_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Out-of-office answer to the organisers' deadline reminder, recognisable only
# from its text: no Auto-Submitted, no X-Autoreply, no Precedence, "Re:" subject.
# ISO-8859-15 quoted-printable.

@mail("luetke-woestmann-ooo-text-only", "2027-03-15 09:01:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Marco Lütke-Wöstmann", "m.luetke-woestmann@fc-nienberge.example",
                         "iso-8859-15", "q")),
           ("To", TO_SF),
           ("Subject", ew("Re: " + DEADLINE_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270315080112.3e7d1a@fc-nienberge.example>"),
           ("In-Reply-To", DEADLINE_REMINDER_ID),
           ("References", DEADLINE_REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin vom 15.03. bis einschließlich 19.03.2027 auf einem Trainerlehrgang
und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab dem 22.03. bin ich
wieder erreichbar.

In dringenden Fällen wenden Sie sich bitte an unseren 2. Vorsitzenden,
Klaus Rehbein (k.rehbein@fc-nienberge.example).

Viele Grüße
Marco Lütke-Wöstmann
Sportlicher Leiter
FC Nienberge 1926 e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Apple Mail reply (multipart/alternative) to the deadline reminder, which
# itself names all four tables.  New text: "Am liebsten Tisch 3 ... Wenn der
# voll ist, gern Tisch 4" -> [T3, T4]; she and her co-coach -> 2.

SCHAEFER_TEXT = """Liebe Frau Overbeck,

gut, dass Sie noch mal erinnern, das wäre mir glatt durchgerutscht!

Wir kommen zu zweit, mein Co-Trainer Jonas Vorholt und ich. Am liebsten Tisch 3, unsere Hallenzeiten sind ein Dauerthema. Wenn der voll ist, gern Tisch 4.

Liebe Grüße aus Sprakel
Miriam Schäfer
Basketballgemeinschaft Münster-Nord e.V."""

SCHAEFER_ATTR = f"Am 15.03.2027 um 09:00 schrieb {SF_NAME} <{SF}>:"


@mail("schaefer-apple-reply-to-deadline-reminder", "2027-03-15 10:00:06",
      E("registration", "miriam.schaefer@bg-muenster-nord.example", "Miriam Schäfer",
        "Basketballgemeinschaft Münster-Nord e.V.", ["T3", "T4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Miriam Schäfer", "miriam.schaefer@bg-muenster-nord.example")),
           ("To", TO_SF),
           ("Subject", ew("Re: " + DEADLINE_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<5A0E3C71-B94D-4F28-8E16-D2C7A9F04B83@bg-muenster-nord.example>"),
           ("In-Reply-To", DEADLINE_REMINDER_ID),
           ("References", DEADLINE_REMINDER_ID),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    plain = f"{SCHAEFER_TEXT}\n\n> {SCHAEFER_ATTR}\n>\n{gt_quote(DEADLINE_REMINDER)}"
    m.alternative(plain, apple_html(SCHAEFER_TEXT, SCHAEFER_ATTR, DEADLINE_REMINDER),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 034 ---------------------------------------------------------------------
# Russian question in KOI8-R, 8bit: may chess clubs take part at all, and may
# he bring his 16-year-old son?  No registration.  Name only in Cyrillic.

@mail("goldman-russian-koi8r-question-chess", "2027-03-17 18:20:25",
      E("question", "v.goldman@schach-ladja.example", "Виктор Гольдман",
        "Schachverein Ladja Muenster e.V.", [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Виктор Гольдман", "v.goldman@schach-ladja.example", "koi8-r", "b")),
           ("To", SF),
           ("Subject", ew("Вопрос по форуму спортивных клубов", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1773768025.4471@schach-ladja.example>"),
           ("X-Mailer", "The Bat! (v11.4.2) Professional"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я председатель шахматного клуба "Ладья" (Schachverein Ladja Muenster e.V.).
Скажите, пожалуйста, шахматные клубы тоже могут участвовать в форуме, или
он только для "настоящих" видов спорта? :)

И ещё вопрос: можно ли прийти вместе с сыном (16 лет)? Он у нас ведёт
детскую группу как помощник тренера.

Спасибо,
Виктор Гольдман
""", charset="koi8-r", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Change (one more person), Outlook multipart/alternative reply quoting the
# confirmation of 015 (3 persons).  "Wir wären dann insgesamt vier Personen"
# -> party 4; "mit an unseren Tisch" is no new choice.

ROTTMANN_CHANGE = """Sehr geehrte Damen und Herren,

zu unserer Anmeldung (siehe unten) eine Ergänzung: Unser neuer Übungsleiter im Breitensport, Herr Thomas Gerdemann, möchte auch gern teilnehmen und würde mit an unseren Tisch kommen. Wir wären dann insgesamt vier Personen.

Vielen Dank und freundliche Grüße
i. A. Sabine Rottmann

Sportgemeinschaft Kinderhaus 1946 e.V.
Geschäftsstelle
Tel. 0251 21 44 80"""


@mail("sg-kinderhaus-change-four-persons", "2027-03-19 08:45:50",
      E("change", "geschaeftsstelle@sg-kinderhaus.example", "Sabine Rottmann",
        "Sportgemeinschaft Kinderhaus 1946 e.V.", [], 4, "de"), "de")
def _(m):
    quote = (f"{SF_NAME} <{SF}>", "Donnerstag, 11. Februar 2027 09:15",
             f"SG Kinderhaus Geschäftsstelle <geschaeftsstelle@sg-kinderhaus.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Rottmann", "T2", 3))
    m.head(("From", addr("SG Kinderhaus Geschäftsstelle", "geschaeftsstelle@sg-kinderhaus.example",
                         "iso-8859-1", "q")),
           ("To", TO_SF),
           ("Subject", ew("AW: " + CONFIRMATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT, "iso-8859-1", "q")),
           ("Thread-Index", "AdtoN2Fq0c3m1f5ZQkW8y2v9t4rB7ABuY3Kw"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB3187A90F1C2D4E7B6D18@BE1P281MB3187.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270211091548.2b6a@sportamt-muenster.example>"),
           ("References", "<BE1P281MB3187E52D9A0C4F1B7E63@BE1P281MB3187.DEUP281.PROD.OUTLOOK.example> "
                          "<mailbot.20270211091548.2b6a@sportamt-muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ROTTMANN_CHANGE, quote), outlook_html(ROTTMANN_CHANGE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# After the deadline (CEST now), learner German from a Samsung phone
# (multipart/alternative, UTF-8 base64): "Wenn noch Platz ist wir möchten gern
# mit 2 Person kommen an den Tisch für Inklusion und Geflüchtete" -> a
# registration for T4, 2 (whether a place is free is the tool's business).

REZAI_TEXT = """Hallo

Mein name ist Mahdi Rezai ich bin Trainer von Boxen bei Boxclub Hansa Münster. Ich habe erst jetzt gelesen von dem Forum, ich weis die Anmeldung ist schon vorbei. Wenn noch Platz ist wir möchten gern mit 2 Person kommen an den Tisch für Inklusion und Geflüchtete, weil wir haben viele Jugendliche aus Afghanistan und Syrien.

Danke
Mahdi Rezai
Boxclub Hansa Münster



Von meinem Samsung Galaxy Smartphone gesendet."""


@mail("rezai-late-learner-german-samsung", "2027-03-29 09:30:14",
      E("registration", "mahdi.rezai@mail.example", "Mahdi Rezai",
        "Boxclub Hansa Münster", ["T4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mahdi Rezai <mahdi.rezai@mail.example>"),
           ("To", SF),
           ("Subject", "Forum Sport Verein"),
           ("Date", m.date),
           ("Message-ID", "<y7kq2m.t8w4rx1ab3vn@email.android.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(REZAI_TEXT, div_html(REZAI_TEXT, "font-family: sans-serif; font-size: 13px;"),
                  charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Cancellation, English, Outlook.com multipart/alternative, quoting the
# confirmation of 009 under a "____" line with English labels.

HALLWORTH_CANCEL = """Hi Jana,

I'm afraid we have to pull out of the forum. The league has just moved our first match of the season to 17 April, and both Farid and I are needed on the pitch. Sorry for the short notice - please give our two places to someone else.

We'd love to be invited again next time.

Cheers,
Tom

Tom Hallworth
Hon. Secretary, Muenster Cricket Club e.V."""


@mail("hallworth-cancel-outlookcom", "2027-04-06 20:10:37",
      E("cancellation", "secretary@muenster-cricket.example", "Tom Hallworth",
        "Muenster Cricket Club e.V.", [], None, "en"), "en")
def _(m):
    quote = (f"{SF_NAME} <{SF}>", "Friday, February 5, 2027 7:20 PM",
             "Tom Hallworth <secretary@muenster-cricket.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Hallworth", "T4", 2))
    m.head(("From", "Tom Hallworth <secretary@muenster-cricket.example>"),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Thread-Topic", ew(CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB5521D0E7F3A2B1C49E82@AS8PR09MB5521.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270205192050.e41b@sportamt-muenster.example>"),
           ("References", "<mailbot.20270205192050.e41b@sportamt-muenster.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HALLWORTH_CANCEL, quote, labels="en", style="underscore"),
                  outlook_html(HALLWORTH_CANCEL, quote, charset="utf-8", labels="en", lang="EN-GB"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Cancellation, Apple Mail reply quoting the confirmation of 033.

SCHAEFER_CANCEL = """Liebe Frau Overbeck,

leider müssen wir für den 17. April absagen. Unsere Herren haben es doch noch in die Aufstiegsrunde geschafft, und das Heimspiel ist ausgerechnet an diesem Samstag – Jonas und ich stehen an der Seitenlinie.

Sehr schade, beim nächsten Mal gern!

Liebe Grüße
Miriam Schäfer"""

SCHAEFER_CONF_ATTR = f"Am 15.03.2027 um 10:00 schrieb {SF_NAME} <{SF}>:"


@mail("schaefer-apple-cancel", "2027-04-09 17:05:48",
      E("cancellation", "miriam.schaefer@bg-muenster-nord.example", "Miriam Schäfer",
        None, [], None, "de"), "de")
def _(m):
    conf = confirmation("Frau Schäfer", "T3", 2)
    m.head(("From", addr("Miriam Schäfer", "miriam.schaefer@bg-muenster-nord.example")),
           ("To", TO_SF),
           ("Subject", ew("Re: " + CONFIRMATION_SUBJECT)),
           ("Date", m.date),
           ("Message-ID", "<C82F1D04-6E3A-4B97-A5D0-7B1E9C3F28A6@bg-muenster-nord.example>"),
           ("In-Reply-To", "<mailbot.20270315100045.8c3d@sportamt-muenster.example>"),
           ("References", "<5A0E3C71-B94D-4F28-8E16-D2C7A9F04B83@bg-muenster-nord.example> "
                          "<mailbot.20270315100045.8c3d@sportamt-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0"))
    plain = f"{SCHAEFER_CANCEL}\n\n> {SCHAEFER_CONF_ATTR}\n>\n{gt_quote(conf)}"
    m.alternative(plain, apple_html(SCHAEFER_CANCEL, SCHAEFER_CONF_ATTR, conf),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Cancellation, Albanian, Gmail for Android (multipart/alternative, UTF-8
# base64), a new mail without a quote.

KRASNIQI_CANCEL = """Përshëndetje,

Më vjen keq, por nuk mund të vij në forum më 17 prill. Atë fundjavë kemi një turne me ekipin U15 në Holandë. Ju lutem anuloni regjistrimin tim.

Faleminderit dhe ju uroj sukses me forumin!
Arben Krasniqi"""


@mail("krasniqi-albanian-cancel", "2027-04-12 07:55:20",
      E("cancellation", "arben.krasniqi@mail.example", "Arben Krasniqi",
        None, [], None, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@mail.example>"),
           ("To", SF),
           ("Subject", "Anulim - forumi 17 prill"),
           ("Date", m.date),
           ("Message-ID", "<CAN8sVw4Lu2Zq7Sa0Mn3Yr6Cd8Ie5Kg1Ho4Fl9Xv2Uj7Pb0Qc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KRASNIQI_CANCEL, gmail_html(KRASNIQI_CANCEL), charset="utf-8",
                  cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Cancellation the day before, Outlook 2010 plain text (windows-1252 QP)
# replying to the 1-day reminder under "-----Ursprüngliche Nachricht-----".
# The reminder names the table he was put at (Tisch 2).

POHLMANN_CANCEL = """Guten Tag,

leider muß ich für morgen absagen, meine Frau ist gestern gestürzt und ich muß mich um sie kümmern. Bitte streichen Sie mich von der Liste.

Mit freundlichem Gruß
Hans-Jürgen Pohlmann"""


@mail("pohlmann-cancel-reply-to-reminder", "2027-04-16 11:20:09",
      E("cancellation", "hj.pohlmann@mail.example", "Hans-Jürgen Pohlmann",
        None, [], None, "de"), "de")
def _(m):
    quoted = (f"-----Ursprüngliche Nachricht-----\n"
              f"Von: {SF_NAME} [mailto:{SF}] \n"
              f"Gesendet: Freitag, 16. April 2027 10:00\n"
              f"An: hj.pohlmann@mail.example\n"
              f"Betreff: {REMINDER_SUBJECT}\n\n"
              f"{reminder('Herr Pohlmann', 'T2', 1)}")
    m.head(("From", "hj.pohlmann@mail.example"),
           ("To", SF),
           ("Subject", ew("AW: " + REMINDER_SUBJECT, "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<000c01dbce8f$2a7e4b10$7f7ae130$@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270416100002.4f1b@sportamt-muenster.example>"),
           ("References", "<mailbot.reminder.20270416100002.4f1b@sportamt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"{POHLMANN_CANCEL}\n\n{quoted}\n", charset="windows-1252", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when)
        fn(m)
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
FIRST = datetime.datetime(2027, 2, 1, tzinfo=CET)
LAST = datetime.datetime(2027, 4, 17, tzinfo=CEST)


def _norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def visible_text(msg):
    """Decoded header values and text parts (nested messages included)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [str(v) for _, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    """Problems with one expected.json record (checked against its mail)."""
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
            problems.append("a change must change the table or the number")
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
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf != (b"\r\n" in data):
        problems.append("line ends differ from what was built")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build time")
    if not FIRST <= when < LAST:
        problems.append(f"date {when} outside 1 February - 16 April 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
        elif p.get_content_type() == "application/pdf":
            chunks.append(p.get_content().decode("latin-1"))
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:dns;\s*|from |by )([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
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
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kind         " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        print(f"{k:12} " + " ".join(f"{table[(k, l)] or '-':>3}" for l in langs)
              + f"  {kinds[k]:>3}")
    print("all          " + " ".join(f"{sum(table[(k, l)] for k in KINDS):>3}" for l in langs)
          + f"  {len(built):>3}")
    encs = collections.Counter()
    types = collections.Counter()
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
    last = None
    for name, m, _, _ in built:
        if last is not None and m.when <= last:
            print(f"{name}: dates must rise with the numbering")
            bad += 1
        last = m.when
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

    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
