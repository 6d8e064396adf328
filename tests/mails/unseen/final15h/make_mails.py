#!/usr/bin/env python3
"""Build the "final15h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Dialogforum Nachbarschaft 2027 (Bielefeld), five parallel "Thementische"
T1..T5.  Emphasis: writers who correct themselves inside the same mail
("Tisch 2 – sorry, ich meinte 3", "wir sind vier, nein fünf", a P.S. that
changes the table or the number, a correction in another language, HTML with
struck-through text, "ignore the first line", reply-all corrections by a
colleague), plus ordinary mails for contrast.

Every mail's text below is written by hand, one mail at a time.  The script
only wraps the texts in MIME with the standard `email` package, writes the
files, reads every file back with email.policy.default and checks it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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

DF = "dialogforum@bielefeld.example"
TO_DF = f"Dialogforum Nachbarschaft <{DF}>"
INVITATION_ID = "<einladung-dialogforum-2027.20270705110204@bielefeld.example>"
REMINDER_SUBJECT = "Erinnerung: Dialogforum Nachbarschaft am 18. September"
INVITATION_SUBJECT = "Einladung: Dialogforum Nachbarschaft 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Dialogforum Nachbarschaft 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
WG_IDS = ("T1", "T2", "T3", "T4", "T5")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "it", "pt")
CEST = 2


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes RFC 2047 words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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
    return hashlib.sha256(f"final15h/{slug}/{n}".encode()).hexdigest()


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
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values are stored verbatim (folded at spaces when long);
        values with non-ASCII characters go through the policy (UTF-8 words)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", DF)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.bielefeld.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{DF}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.bielefeld.example"
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

TISCH_LINE = {
    "T1": "Tisch 1 – Wohnen und Mieten im Quartier",
    "T2": "Tisch 2 – Lärm, Müll und Ordnung – Konflikte im Haus und auf der Straße",
    "T3": "Tisch 3 – Spielplätze, Schulwege und Treffpunkte für Kinder und Jugendliche",
    "T4": "Tisch 4 – Sicherheit und Beleuchtung im öffentlichen Raum",
    "T5": "Tisch 5 – Älter werden im Viertel: Hilfe, Einsamkeit, Begegnung",
}

INVITATION = """Liebe Nachbarinnen und Nachbarn,
liebe Aktive aus Vereinen, Initiativen und Einrichtungen,

wie wollen wir in unseren Stadtteilen zusammenleben? Beim Dialogforum
Nachbarschaft 2027 setzen sich Bewohnerinnen und Bewohner, Vereine und
Verwaltung an einen Tisch – genauer gesagt: an fünf Tische.

Datum: Samstag, 18. September 2027, 10:00 bis 15:00 Uhr
Ort:   Stadtteilzentrum Sieker, Am Wortkamp 3, 33605 Bielefeld

Nach der Begrüßung sprechen wir in zwei Runden an fünf parallelen
Thementischen:

Tisch 1: Wohnen und Mieten im Quartier
Tisch 2: Lärm, Müll und Ordnung – Konflikte im Haus und auf der Straße
Tisch 3: Spielplätze, Schulwege und Treffpunkte für Kinder und Jugendliche
Tisch 4: Sicherheit und Beleuchtung im öffentlichen Raum
Tisch 5: Älter werden im Viertel: Hilfe, Einsamkeit, Begegnung

Die Plätze an den Tischen sind begrenzt. Bitte melden Sie sich bis zum
10. September 2027 per E-Mail an dialogforum@bielefeld.example an und
nennen Sie uns Ihren Namen, ggf. Ihren Verein oder Ihre Initiative, Ihren
Wunschtisch (gern mit Zweitwunsch) und die Zahl der Personen.

Die Teilnahme ist kostenlos, für Mittagessen ist gesorgt.

Mit freundlichen Grüßen
Büro für Integration und Nachbarschaft der Stadt Bielefeld
i. A. Petra Husemann-Kaya"""


def confirmation(salutation, tisch, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Dialogforum Nachbarschaft 2027 am
Samstag, 18. September 2027, 10:00 bis 15:00 Uhr, im Stadtteilzentrum
Sieker, Am Wortkamp 3, 33605 Bielefeld.

Ihr Thementisch:
{TISCH_LINE[tisch]}

Angemeldete Personen: {persons}

Sie möchten den Tisch wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Dialogforum Nachbarschaft
Büro für Integration und Nachbarschaft, Stadt Bielefeld"""


def reminder(salutation, tisch, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 18. September 2027, findet von
10:00 bis 15:00 Uhr das Dialogforum Nachbarschaft im Stadtteilzentrum
Sieker, Am Wortkamp 3, 33605 Bielefeld, statt.

Ihr Thementisch: {TISCH_LINE[tisch]}
Angemeldete Personen: {persons}

Wenn Sie doch nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. So können wir den Platz weitergeben.

Mit freundlichen Grüßen
Dialogforum Nachbarschaft
Büro für Integration und Nachbarschaft, Stadt Bielefeld"""


def bot_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_DF
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
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
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
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


def outlook_html(text):
    out = [mso_p(line) for line in text.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text, rtl=False, quote_head=None, quoted=None):
    """Gmail markup; an optional quoted mail in a gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_head:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{esc(quote_head)}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Ordinary registration (contrast).  Thunderbird reply quoting the whole
# invitation with '>' (all five tables appear in the quote); the choice is in
# the new text only.  "mit meinem Mann Werner" = 2.

@mail("brandhorst-reply-quoting-invitation", "2027-07-05 15:12:37",
      E("registration", "g.brandhorst@mieterini-sieker.example", "Gisela Brandhorst",
        "Mieterinitiative Sieker e.V.", ["T1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Gisela Brandhorst <g.brandhorst@mieterini-sieker.example>"),
           ("To", TO_DF),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5e0c2a7d-41b3-4f8e-9c6a-d2b8e17f0a93@mieterini-sieker.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Husemann-Kaya,

vielen Dank für die Einladung, da sind wir gern dabei. Ich komme zusammen
mit meinem Mann Werner, und wir möchten beide an Tisch 1 (Wohnen und
Mieten). Das Thema brennt bei uns im Viertel seit dem Eigentümerwechsel in
der Meierstraße ziemlich.

Freundliche Grüße
Gisela Brandhorst
Mieterinitiative Sieker e.V.
- Vorstand -

Am 05.07.2027 um 11:02 schrieb Dialogforum Nachbarschaft:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# "Tisch 2 – sorry, ich meinte 3!"; the Subject still says Tisch 2 and the
# writer says so himself.  iPhone, UTF-8 quoted-printable, an emoji.

@mail("keskin-tisch-2-sorry-meinte-3", "2027-07-05 21:47:05",
      E("registration", "murat.keskin@icloud.example", "Murat Keskin",
        "Elternbeirat der Grundschule Hillegossen", ["T3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Murat Keskin <murat.keskin@icloud.example>"),
           ("To", DF),
           ("Subject", "Anmeldung Tisch 2"),
           ("Date", m.date),
           ("Message-ID", "<A4F1C2D0-7B3E-4E19-8C55-0D9A6B3E21F7@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21F90)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

hiermit melde ich mich fürs Dialogforum an, Tisch 2 – sorry, ich meinte 3! Der mit den Spielplätzen und Schulwegen. Der Betreff stimmt also auch nicht 🙈

Ich bin im Elternbeirat der Grundschule Hillegossen und komme allein.

Gruß
Murat Keskin

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Ordinary registration in English with first and second choice (T5, else T1);
# Gmail multipart/alternative.

RAGHUNATHAN_REG = """Hello,

I would like to register for the Dialogforum Nachbarschaft on 18 September.

I'm part of the Bielefeld International Women's Circle - we meet every Thursday in Sieker, and many of our members are older women who live on their own. So my first choice would be Table 5. If that one is full, Table 1 (housing) would work for me too.

It will be just me.

Thank you and kind regards,
Priya Raghunathan
Bielefeld International Women's Circle"""


@mail("raghunathan-english-first-second-choice", "2027-07-06 09:03:12",
      E("registration", "priya.raghunathan@gmail.example", "Priya Raghunathan",
        "Bielefeld International Women's Circle", ["T5", "T1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@gmail.example>"),
           ("To", DF),
           ("Subject", "Registration Dialogforum Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8vQ2nR4tX6wY8zB0dF2hK4mP6rT8vX0zB2dF4hK6mP8r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHUNATHAN_REG, gmail_html(RAGHUNATHAN_REG), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# "Wir sind vier, nein fünf mit meiner Tochter" = 5.  Outlook
# multipart/alternative, windows-1252 quoted-printable.

OBERSCHELP_REG = """Guten Tag,

ich möchte uns für das Dialogforum am 18.9. anmelden, und zwar für Tisch 3 (Spielplätze, Schulwege usw.). Bei uns in Baumheide ist der Spielplatz am Rabenhof seit dem Frühjahr gesperrt, da haben wir einiges zu erzählen.

Wir sind vier, nein fünf mit meiner Tochter – sie ist 15 und hat darauf bestanden mitzukommen, weil es ja auch um Treffpunkte für Jugendliche geht.

Mit freundlichen Grüßen

Anja Oberschelp
Nachbarschaftsverein Baumheide e.V.
Schriftführerin"""


@mail("oberschelp-vier-nein-fuenf", "2027-07-06 18:30:44",
      E("registration", "anja.oberschelp@nv-baumheide.example", "Anja Oberschelp",
        "Nachbarschaftsverein Baumheide e.V.", ["T3"], 5, "de"), "de")
def _(m):
    m.head(("From", "Anja Oberschelp <anja.oberschelp@nv-baumheide.example>"),
           ("To", TO_DF),
           ("Subject", "Anmeldung Dialogforum Nachbarschaft"),
           ("Thread-Topic", "Anmeldung Dialogforum Nachbarschaft"),
           ("Thread-Index", "AdvQm3xK8s2pLtR5Qk6e1N0yVbZ4Hg=="),
           ("Date", m.date),
           ("Message-ID", "<000601dbce8a$3f2b1c70$bd815550$@nv-baumheide.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(OBERSCHELP_REG, outlook_html(OBERSCHELP_REG), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable.  The body says 2 persons; the closing
# "Not:" (Turkish P.S.) raises it to 3 because her husband comes too.

@mail("yalcin-turkish-ps-three-persons", "2027-07-07 11:15:26",
      E("registration", "emine.yalcin@taf-baumheide.example", "Emine Yalçın",
        "Baumheide Türk Aile Birliği", ["T4"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Yalçın", "emine.yalcin@taf-baumheide.example", "iso-8859-9")),
           ("To", DF),
           ("Subject", ew("Kayıt - Dialogforum Nachbarschaft", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<20270707091526.4C7E2A0B11@webmail.taf-baumheide.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

18 Eylül'deki Dialogforum Nachbarschaft'a katılmak istiyoruz. Baumheide Türk
Aile Birliği olarak 2 kişi geleceğiz. 4 numaralı masaya (güvenlik ve
aydınlatma) oturmak istiyoruz, çünkü parkın yanındaki yol akşamları çok
karanlık ve kadınlarımız orada yürümekten korkuyor.

Saygılarımla
Emine Yalçın
Baumheide Türk Aile Birliği

Not: Eşim de gelmek istiyor, yani 3 kişi olacağız.""", charset="iso-8859-9",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# HTML only (webmail), UTF-8 quoted-printable.  "Tisch: <s>1 – Wohnen und
# Mieten</s> 4 – Sicherheit und Beleuchtung": the struck-through table is
# withdrawn; as flat text both appear one after the other.

KOETTER_HTML = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;">
<p>Sehr geehrte Damen und Herren,</p>
<p>für den Bürgerverein Brackwede melden wir uns hiermit zum Dialogforum Nachbarschaft am 18. September an:</p>
<p>Tisch: <s>1 – Wohnen und Mieten</s> 4 – Sicherheit und Beleuchtung<br>
Personen: 2 (Frau Derya Yıldız und ich)</p>
<p>Das Thema Wohnen besprechen wir lieber weiter in unserem eigenen Arbeitskreis, für die dunklen Ecken rund um den Brackweder Bahnhof brauchen wir dagegen dringend die Stadt mit am Tisch.</p>
<p>Mit freundlichen Grüßen<br>
Reinhard Kötter<br>
2. Vorsitzender<br>
Bürgerverein Brackwede e.V.</p>
</div></body></html>
"""


@mail("koetter-html-strike-tisch", "2027-07-08 08:40:51",
      E("registration", "r.koetter@t-mail.example", "Reinhard Kötter",
        "Bürgerverein Brackwede e.V.", ["T4"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Reinhard Kötter", "r.koetter@t-mail.example")),
           ("To", DF),
           ("Subject", "Anmeldung Bürgerverein Brackwede"),
           ("Date", m.date),
           ("Message-ID", "<1783492851337.8842.a7c3e@ws-mail.t-mail.example>"),
           ("X-Mailer", "t-mail WebMail 7.3"),
           ("MIME-Version", "1.0"))
    m.single(KOETTER_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Ordinary registration in Arabic (contrast), Gmail alternative with RTL HTML,
# UTF-8 base64.  She comes with her neighbour (2); no organisation.  Signature
# in Latin letters.

ALNAJJAR_REG = """مرحباً،

أودّ التسجيل في منتدى الحوار حول الجيرة (Dialogforum Nachbarschaft) يوم السبت 18 أيلول/سبتمبر.
سأحضر مع جارتي أم خالد، فهي تعيش وحدها منذ وفاة زوجها، ولذلك نرغب في المشاركة في الطاولة رقم 5 (التقدّم في السن في الحي: المساعدة والوحدة واللقاء).

شكراً جزيلاً
Heba Al-Najjar"""


@mail("alnajjar-arabic-tisch5", "2027-07-09 20:05:18",
      E("registration", "heba.alnajjar@gmail.example", "Heba Al-Najjar", None,
        ["T5"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Heba Al-Najjar <heba.alnajjar@gmail.example>"),
           ("To", DF),
           ("Subject", "تسجيل – Dialogforum Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kT9wQ1eR5yU7iO9pA1sD3fG5hJ7kL9zX1cV3bN5mQ7w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALNAJJAR_REG, gmail_html(ALNAJJAR_REG, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Italian, ISO-8859-1 8bit: "tavolo 1... anzi no, scusate, tavolo 2"; table 1
# is mentioned once more for a colleague who is not registered here.

@mail("lombardi-italian-anzi-no", "2027-07-12 10:22:09",
      E("registration", "chiara.lombardi@circolo-it-bi.example", "Chiara Lombardi",
        "Circolo Italiano Bielefeld e.V.", ["T2"], 1, "it"), "it")
def _(m):
    m.head(("From", "Chiara Lombardi <chiara.lombardi@circolo-it-bi.example>"),
           ("To", DF),
           ("Subject", "Iscrizione Dialogforum 18/9"),
           ("Date", m.date),
           ("Message-ID", "<7d2e9b14-3a0c-4f61-b8e5-91c0d4a6f2e8@circolo-it-bi.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

vorrei iscrivermi al Dialogforum Nachbarschaft del 18 settembre, tavolo 1...
anzi no, scusate, tavolo 2 (rumore, rifiuti e ordine). Al tavolo 1 ci va
già la mia collega del circolo, e il problema dei rifiuti nel cortile del
nostro palazzo è proprio il mio cavallo di battaglia.

Sarò da sola.

Cordiali saluti
Chiara Lombardi
Circolo Italiano Bielefeld e.V.""", charset="iso-8859-1", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Begins in German (Tisch 1), then switches to Russian and corrects herself:
# not table 1 but table 5; two persons.  UTF-8 quoted-printable, Cyrillic
# display name and signature, German association name.

@mail("lange-german-then-russian-correction", "2027-07-13 14:51:40",
      E("registration", "t.lange@begegnungscafe-stieghorst.example", "Татьяна Ланге",
        "Begegnungscafé Stieghorst e.V.", ["T5"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Ланге", "t.lange@begegnungscafe-stieghorst.example",
                         "utf-8", "b")),
           ("To", DF),
           ("Subject", "Anmeldung Dialogforum"),
           ("Date", m.date),
           ("Message-ID", "<1783947100.562873041@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte mich und meine Kollegin für das Dialogforum anmelden, Tisch 1 Wohnen.

Извините, дальше напишу по-русски, так быстрее и без ошибок. Я перепутала номер: нам нужен не стол 1, а стол 5 – «Älter werden im Viertel». Мы с коллегой ведём кружок для пожилых переселенцев в Штикхорсте, так что это точно наша тема. Нас будет двое: я и Людмила Гербер.

С уважением,
Татьяна Ланге
Begegnungscafé Stieghorst e.V.""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Question only: is the venue accessible?  He will register after the answer
# (conditional), so nothing is registered yet.  GMX plain text.

@mail("wuebbeler-question-barrierefrei", "2027-07-14 07:58:31",
      E("question", "jonas.wuebbeler@gmx-mail.example", "Jonas Wübbeler", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Jonas Wübbeler <jonas.wuebbeler@gmx-mail.example>"),
           ("To", DF),
           ("Subject", "Frage Barrierefreiheit"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e7a1c92-0d5b-4a38-9f16-b3e8c2d07a51-1783925911203@3c-app-gmx-bap41>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ist das Stadtteilzentrum Sieker barrierefrei, also mit Aufzug oder ebenerdigem Eingang und einer rollstuhlgerechten Toilette? Mein Vater (82) sitzt im Rollstuhl und würde gern an Tisch 5 mitreden. Wenn das klappt, melde ich uns beide an.

Danke und Gruß
Jonas Wübbeler""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# "Die erste Zeile bitte ignorieren": the first line (Tisch 2, 1 Person, another
# person's name) is left over from a colleague's mail.  Outlook plain text,
# windows-1252 quoted-printable.

@mail("huenemoerder-erste-zeile-ignorieren", "2027-07-15 16:33:02",
      E("registration", "d.huenemoerder@awo-stieghorst.example", "Dieter Hünemörder",
        "AWO-Begegnungsstätte Stieghorst", ["T5"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Hünemörder, Dieter", "d.huenemoerder@awo-stieghorst.example",
                         "windows-1252")),
           ("To", DF),
           ("Subject", "Anmeldung AWO Stieghorst"),
           ("Date", m.date),
           ("Message-ID", "<001f01dbd57c$6a2e1b40$3e8a51c0$@awo-stieghorst.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Tisch 2, 1 Person, Ilse Brökelmann

Die erste Zeile bitte ignorieren, die ist noch aus der Mail von Frau Brökelmann hängen geblieben – die hat sich ja schon selbst bei Ihnen angemeldet.

Sehr geehrte Damen und Herren,

für die AWO-Begegnungsstätte Stieghorst melde ich drei Personen an: mich selbst und zwei Ehrenamtliche aus unserem Besuchsdienst. Wir möchten gern an Tisch 5 (Älter werden im Viertel).

Mit freundlichen Grüßen
Dieter Hünemörder
Leiter AWO-Begegnungsstätte Stieghorst
Tel. 0521 555 0143""", charset="windows-1252", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Ordinary Ukrainian registration from a phone (contrast), UTF-8 base64.
# "я і двоє моїх дітей" = 3.  Name only in Cyrillic.

@mail("melnyk-ukrainian-phone", "2027-07-16 22:10:27",
      E("registration", "oksana.melnyk@mail.example", "Оксана Мельник", None,
        ["T3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Мельник", "oksana.melnyk@mail.example", "utf-8", "b")),
           ("To", DF),
           ("Subject", "Реєстрація"),
           ("Date", m.date),
           ("Message-ID", "<m3k9x2.1784232627.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Хочу зареєструватися на Dialogforum Nachbarschaft 18 вересня. Нас буде троє: я і двоє моїх дітей (14 і 16 років). Ми хочемо за стіл 3 – про дитячі майданчики і дорогу до школи, бо в нашому районі діти ходять до школи через дуже небезпечний перехід.

Дякую!
Оксана Мельник

Надіслано з мого Galaxy""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Start of a reply-all chain: Aylin Çelik registers herself and her colleague
# (in Cc) for Tisch 2.  Outlook plain text, windows-1252.

CELIK_REG = """Liebes Team vom Dialogforum,

vom Quartierstreff Heeper Fichten kommen wir zu zweit, Jana Wiebking (in Kopie) und ich. Wir würden gern an Tisch 2 teilnehmen – Müll und Lärm sind bei uns in den Hochhäusern ein Dauerthema.

Viele Grüße
Aylin Çelik
Sozialarbeiterin
Quartierstreff Heeper Fichten"""


@mail("celik-reply-all-chain-start", "2027-07-19 09:14:55",
      E("registration", "a.celik@quartierstreff-hf.example", "Aylin Çelik",
        "Quartierstreff Heeper Fichten", ["T2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Çelik, Aylin", "a.celik@quartierstreff-hf.example", "windows-1252")),
           ("To", DF),
           ("Cc", "\"Wiebking, Jana\" <j.wiebking@quartierstreff-hf.example>"),
           ("Subject", "Anmeldung Quartierstreff Heeper Fichten"),
           ("Date", m.date),
           ("Message-ID", "<DB7PR02MB5121A3C0E94F1B2D77E1C3A4D9012@DB7PR02MB5121.eurprd02.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(CELIK_REG, charset="windows-1252", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Reply-all: the colleague corrects the first writer (Tisch 1, not 2; three
# persons) and asks that the confirmation go to Aylin.  Change of 013.

@mail("wiebking-reply-all-corrects-colleague", "2027-07-19 09:41:13",
      E("change", "a.celik@quartierstreff-hf.example", "Aylin Çelik",
        "Quartierstreff Heeper Fichten", ["T1"], 3, "de"), "de")
def _(m):
    m.head(("From", "\"Wiebking, Jana\" <j.wiebking@quartierstreff-hf.example>"),
           ("To", addr("Çelik, Aylin", "a.celik@quartierstreff-hf.example", "windows-1252")
            + ", " + DF),
           ("Subject", "AW: Anmeldung Quartierstreff Heeper Fichten"),
           ("Date", m.date),
           ("Message-ID", "<DB7PR02MB51214F2A81C07E3B90D2F6B1D9012@DB7PR02MB5121.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<DB7PR02MB5121A3C0E94F1B2D77E1C3A4D9012@DB7PR02MB5121.eurprd02.prod.outlook.example>"),
           ("References", "<DB7PR02MB5121A3C0E94F1B2D77E1C3A4D9012@DB7PR02MB5121.eurprd02.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo zusammen,

kleine Korrektur zu Aylins Mail: Wir hatten in der Teamsitzung abgesprochen, dass wir an Tisch 1 (Wohnen und Mieten) gehen, nicht an Tisch 2 – wegen der angekündigten Mieterhöhungen bei der Wohnungsgesellschaft. Und Marco Hense aus unserem Mieterbeirat kommt auch mit, wir sind also zu dritt.

Ansprechpartnerin bleibt Aylin, bitte schicken Sie die Bestätigung an sie.

Viele Grüße
Jana Wiebking
Quartierstreff Heeper Fichten

-----Ursprüngliche Nachricht-----
Von: Çelik, Aylin <a.celik@quartierstreff-hf.example>
Gesendet: Montag, 19. Juli 2027 09:14
An: {DF}
Cc: Wiebking, Jana <j.wiebking@quartierstreff-hf.example>
Betreff: Anmeldung Quartierstreff Heeper Fichten

{CELIK_REG}""", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Neighbourhood newsletter (other): announces the Dialogforum and tells people
# to register, and has its own "Anmeldung" for flea-market tables ("Tische").

NEWSLETTER = """Quartiersnachrichten Sieker – Ausgabe Juli 2027

Liebe Nachbarinnen und Nachbarn,

hier die Neuigkeiten aus dem Quartiersbüro:

1. Nachbarschaftsfest mit Flohmarkt am 21. August
Am Samstag, 21. August, feiern wir wieder auf dem Platz vor dem Stadtteilzentrum. Für den Flohmarkt können Sie ab sofort Tische reservieren: ein Tisch kostet 5 Euro, höchstens 2 Tische pro Haushalt. Anmeldung bis 13. August im Quartiersbüro oder per Antwort auf diesen Newsletter.

2. Dialogforum Nachbarschaft am 18. September
Die Stadt lädt zum Dialogforum Nachbarschaft ins Stadtteilzentrum ein. An fünf Thementischen geht es um Wohnen, Lärm und Müll, Spielplätze und Schulwege, Sicherheit und das Älterwerden im Viertel. Anmeldung direkt bei der Stadt: dialogforum@bielefeld.example

3. Repair-Café
Ab September jeden ersten Dienstag im Monat, 17 bis 20 Uhr, im Keller des Stadtteilzentrums.

Herzliche Grüße
Ihr Quartiersmanagement Sieker

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://quartier-sieker.example/newsletter/abmelden?id=8812"""


def newsletter_html(text):
    paras = text.split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if re.match(r"\d\. ", lines[0]):
            out.append(f"<h3 style=\"color:#2a6f4e;\">{esc(lines[0])}</h3>")
            lines = lines[1:]
        out.append("<p>" + "<br>".join(esc(x) for x in lines) + "</p>")
    body = "\n".join(out)
    body = body.replace("https://quartier-sieker.example/newsletter/abmelden?id=8812",
                        "<a href=\"https://quartier-sieker.example/newsletter/abmelden?id=8812\">"
                        "https://quartier-sieker.example/newsletter/abmelden?id=8812</a>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Georgia,serif;max-width:600px;\">\n"
            + body + "\n</body></html>\n")


@mail("quartier-sieker-newsletter", "2027-07-20 06:00:03",
      E("other"), "de")
def _(m):
    m.head(("From", "Quartiersmanagement Sieker <newsletter@quartier-sieker.example>"),
           ("To", "Verteiler Quartiersnachrichten <quartiersnachrichten@quartier-sieker.example>"),
           ("Subject", "Quartiersnachrichten Sieker – Juli 2027"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-07.8812.0001@quartier-sieker.example>"),
           ("List-Id", "Quartiersnachrichten Sieker <quartiersnachrichten.quartier-sieker.example>"),
           ("List-Unsubscribe", "<https://quartier-sieker.example/newsletter/abmelden?id=8812>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER, newsletter_html(NEWSLETTER), charset="utf-8",
                  cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# English; the body chooses Table 4 for one person, the P.S. changes both the
# table (Table 3 instead) and the number (2).  Plain ASCII.

@mail("okonkwo-english-ps-changes-table", "2027-07-21 13:27:48",
      E("registration", "d.okonkwo@sv-sieker.example", "Daniel Okonkwo",
        "SV Sieker 1921 e.V.", ["T3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Daniel Okonkwo <d.okonkwo@sv-sieker.example>"),
           ("To", DF),
           ("Subject", "Registration - Dialogforum 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<AM6P191MB0412D7E5C3B1A9F08E62B5C4F3A0@AM6P191MB0412.EURP191.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

I'd like to sign up for the Dialogforum on 18 September, Table 4 (safety and lighting). I coach the under-13s at SV Sieker and lots of parents have complained about the dark path behind the sports ground.

Cheers,
Daniel Okonkwo
Youth coach, SV Sieker 1921 e.V.

P.S. Just talked to Mehmet, our youth coordinator - he wants to come along, and we both think Table 3 (playgrounds, school routes, places for kids) is the better fit after all. So please put us down as 2 people at Table 3 instead.""",
             charset="us-ascii", cte="7bit")


# -- 017 ---------------------------------------------------------------------
# Ordinary Portuguese (Brazilian) registration (contrast), ISO-8859-1 QP.

@mail("ribeiro-portuguese-mesa-1", "2027-07-22 19:02:16",
      E("registration", "fernanda.ribeiro@outlook.example", "Fernanda Ribeiro",
        "Associação Brasil-Bielefeld e.V.", ["T1"], 1, "pt"), "pt")
def _(m):
    m.head(("From", "Fernanda Ribeiro <fernanda.ribeiro@outlook.example>"),
           ("To", DF),
           ("Subject", ew("Inscrição - Dialogforum Nachbarschaft", "iso-8859-1")),
           ("Date", m.date),
           ("Message-ID", "<CP6P284MB1847E0B2A39D5C7F14A6E8B2D5C1A@CP6P284MB1847.BRAP284.PROD.OUTLOOK.example>"),
           ("Content-Language", "pt-BR"),
           ("MIME-Version", "1.0"))
    m.single("""Olá, bom dia!

Gostaria de me inscrever no Dialogforum Nachbarschaft do dia 18 de setembro. Tenho interesse na mesa 1 (moradia e aluguel), estamos procurando apartamento há quase um ano e acho que muita gente da nossa associação passa pela mesma situação.

Vou sozinha.

Obrigada e um abraço,
Fernanda Ribeiro
Associação Brasil-Bielefeld e.V.""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Arabic with Arabic-Indic digits: "٣ أشخاص – عفواً، بل ٤" = 3, no, 4.  Table
# ٤.  The association is described in Arabic in the body and named in German
# in the signature (the signature form is the label).  Gmail alternative.

KHALIL_REG = """السلام عليكم،

نودّ التسجيل في منتدى الحوار حول الجيرة يوم 18 سبتمبر باسم جمعية أولياء الأمور العرب في بيليفيلد.
سنكون ٣ أشخاص – عفواً، بل ٤، فابني الكبير سيرافقنا أيضاً ليترجم لنا.
نرغب في الجلوس على الطاولة رقم ٤ (الأمن والإنارة في الأماكن العامة)، لأن الطريق إلى المدرسة مظلم جداً في الشتاء.

مع الشكر والتقدير
Mahmoud Khalil
Arabischer Elternverein Bielefeld e.V."""


@mail("khalil-arabic-three-no-four", "2027-07-26 11:45:03",
      E("registration", "m.khalil@aev-bielefeld.example", "Mahmoud Khalil",
        "Arabischer Elternverein Bielefeld e.V.", ["T4"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Khalil <m.khalil@aev-bielefeld.example>"),
           ("To", DF),
           ("Subject", "التسجيل في Dialogforum"),
           ("Date", m.date),
           ("Message-ID", "<CAH7mW2xP4vB6nQ8rT0yE2uI4oA6sD8fG0hJ2kL4zX6cV8b@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KHALIL_REG, gmail_html(KHALIL_REG, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Change of 001: webmail multipart/alternative.  The HTML strikes the old table
# with <del>Tisch 1</del> next to <strong>Tisch 2</strong>; the generated text
# part loses the strike ("an Tisch 1 Tisch 2 teilnehmen") but the next
# sentence explains it.  The quoted confirmation names Tisch 1, 2 persons.

BRANDHORST_CHANGE_PLAIN = """Liebes Dialogforum-Team,

bitte ändern Sie unsere Anmeldung: Wir möchten an Tisch 1 Tisch 2 teilnehmen. Zum Thema Wohnen gehen jetzt schon zwei Leute aus unserem Vorstand, und mein Mann und ich kümmern uns lieber um den Ärger mit den Müllcontainern in der Meierstraße.

Die Personenzahl bleibt bei 2.

Freundliche Grüße
Gisela Brandhorst"""

BRANDHORST_CONF = confirmation("Frau Brandhorst", "T1", 2)
BRANDHORST_QHEAD = ("Dialogforum Nachbarschaft <dialogforum@bielefeld.example> hat am "
                    "5. Juli 2027 um 15:13 geschrieben:")


def brandhorst_change_html():
    q = "<br>\n".join(esc(x) for x in BRANDHORST_CONF.split("\n"))
    return ("<!doctype html>\n<html><head><meta charset=\"UTF-8\"></head><body>"
            "<div class=\"default-style\">Liebes Dialogforum-Team,</div>\n"
            "<div class=\"default-style\">&nbsp;</div>\n"
            "<div class=\"default-style\">bitte ändern Sie unsere Anmeldung: Wir möchten an "
            "<del>Tisch 1</del> <strong>Tisch 2</strong> teilnehmen. Zum Thema Wohnen gehen jetzt "
            "schon zwei Leute aus unserem Vorstand, und mein Mann und ich kümmern uns lieber um "
            "den Ärger mit den Müllcontainern in der Meierstraße.</div>\n"
            "<div class=\"default-style\">&nbsp;</div>\n"
            "<div class=\"default-style\">Die Personenzahl bleibt bei 2.</div>\n"
            "<div class=\"default-style\">&nbsp;</div>\n"
            "<div class=\"default-style\">Freundliche Grüße<br>Gisela Brandhorst</div>\n"
            "<blockquote type=\"cite\"><div>" + esc(BRANDHORST_QHEAD) + "</div>\n"
            "<div>" + q + "</div></blockquote>\n"
            "</body></html>\n")


@mail("brandhorst-change-del-strike", "2027-07-27 10:10:22",
      E("change", "g.brandhorst@mieterini-sieker.example", "Gisela Brandhorst",
        None, ["T2"], None, "de"), "de")
def _(m):
    m.head(("From", "Gisela Brandhorst <g.brandhorst@mieterini-sieker.example>"),
           ("To", TO_DF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1238841022.41877.1785139822519@appsuite.mieterini-sieker.example>"),
           ("In-Reply-To", "<mailbot.20270705151302.7c21@bielefeld.example>"),
           ("References", "<mailbot.20270705151302.7c21@bielefeld.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev58"),
           ("MIME-Version", "1.0"))
    plain = (BRANDHORST_CHANGE_PLAIN + "\n\n> " + BRANDHORST_QHEAD + "\n"
             + gt_quote(BRANDHORST_CONF))
    m.alternative(plain, brandhorst_change_html(), charset="UTF-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change of 005 in Turkish: "masa 4 yerine masa 5'e ... Pardon, 5 değil 3" =
# Tisch 3; the number stays 3.  Gmail plain text quoting the German
# confirmation (T4, 3 persons) with a Turkish attribution line.

@mail("yalcin-change-5-degil-3", "2027-07-28 17:36:09",
      E("change", "emine.yalcin@taf-baumheide.example", "Emine Yalçın",
        None, ["T3"], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Yalçın", "emine.yalcin@taf-baumheide.example", "utf-8")),
           ("To", TO_DF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270728153609.9A1F3C0D27@webmail.taf-baumheide.example>"),
           ("In-Reply-To", "<mailbot.20270707111551.3e90@bielefeld.example>"),
           ("References", "<mailbot.20270707111551.3e90@bielefeld.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

masa 4 yerine masa 5'e geçebilir miyiz? Pardon, 5 değil 3 demek istedim – çocuk parkları ve okul yolu olan masa. Güvenlik konusunu dernekten başka bir arkadaşımız takip edecek.

Kişi sayısı aynı kalıyor, 3 kişiyiz.

Teşekkürler
Emine Yalçın

07.07.2027 11:15 tarihinde Dialogforum Nachbarschaft yazdı:
{gt_quote(confirmation("Frau Yalçın", "T4", 3))}""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Russian, windows-1251 8bit: "Приду одна" (1), then a P.S.: her husband comes
# too, "нас будет двое" (2), also table 1.  The signature is only her first
# name, so the name comes from the display name.

@mail("belova-russian-ps-husband", "2027-07-30 12:18:57",
      E("registration", "irina.belova@post.example", "Ирина Белова", None,
        ["T1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Белова", "irina.belova@post.example", "windows-1251", "b")),
           ("To", DF),
           ("Subject", ew("Регистрация на Dialogforum", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1785406737.204918.73@post.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу записаться на Dialogforum Nachbarschaft 18 сентября, стол № 1 (жильё и аренда). Приду одна.

Спасибо,
Ирина

P.S. Только что поговорила с мужем – он тоже хочет пойти, у него своя история с нашим арендодателем. Так что нас будет двое, оба за стол 1.""",
             charset="windows-1251", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Postfix DSN (multipart/report): the confirmation for 021 could not be
# delivered, the remote mailbox is full.  Returned headers only.

@mail("postfix-bounce-mailbox-full", "2027-07-30 12:19:41",
      E("bounce", bounced="irina.belova@post.example"), "en")
def _(m):
    rcpt = "irina.belova@post.example"
    m.head(("From", "MAILER-DAEMON@mail.bielefeld.example (Mail Delivery System)"),
           ("To", DF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270730101941.5B2E71A0C4@mail.bielefeld.example>"),
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

<{rcpt}>: host mx1.post.example[198.51.100.77] said: 552 5.2.2
    <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.bielefeld.example"),
         ("X-Postfix-Queue-ID", "5B2E71A0C4"),
         ("X-Postfix-Sender", f"rfc822; {DF}"),
         ("Arrival-Date", "Fri, 30 Jul 2027 12:19:38 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.post.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n    exceeded")])
    headers = m.text(f"""Return-Path: <{DF}>
Received: by mail.bielefeld.example (Postfix, from userid 998)
	id 5B2E71A0C4; Fri, 30 Jul 2027 12:19:38 +0200 (CEST)
From: Dialogforum Nachbarschaft <{DF}>
To: =?windows-1251?b?yPDo7eAgweXr7uLg?= <{rcpt}>
Subject: Ihre Anmeldung zum Dialogforum Nachbarschaft 2027
Date: Fri, 30 Jul 2027 12:19:38 +0200
Message-ID: <mailbot.20270730121938.b54d@bielefeld.example>
In-Reply-To: <1785406737.204918.73@post.example>
References: <1785406737.204918.73@post.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                     headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# New Outlook multipart/alternative, UTF-8 QP.  The number is corrected with a
# strike: <span style="text-decoration: line-through;">2</span> 3 Personen;
# the text part reads "Wir sind 2 3 Personen" (the next words explain why 3).

LOHMANN_PLAIN = """Hallo liebes Dialogforum-Team,

für die Kita Regenbogen melde ich uns für Tisch 3 an (Spielplätze, Schulwege, Treffpunkte). Wir sind 2 3 Personen – Frau Pohlmann aus dem Elternbeirat hat sich gestern noch dazugemeldet.

Ab heute sind wir in der Sommerschließzeit, Rückfragen also bitte erst ab dem 23.8.

Herzliche Grüße
Kerstin Lohmann
Leitung Kita Regenbogen
Heeper Fichten 12, 33609 Bielefeld"""

_NO = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
       'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; '
       'color: rgb(0, 0, 0);">')
LOHMANN_HTML = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
                "charset=utf-8\">\n<style type=\"text/css\" style=\"display:none;\"> "
                "P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"ltr\">\n"
                + _NO + "Hallo liebes Dialogforum-Team,</div>\n"
                + _NO + "<br></div>\n"
                + _NO + "für die Kita Regenbogen melde ich uns für Tisch 3 an (Spielplätze, "
                "Schulwege, Treffpunkte). Wir sind <span style=\"text-decoration: line-through;\">"
                "2</span> 3 Personen – Frau Pohlmann aus dem Elternbeirat hat sich gestern noch "
                "dazugemeldet.</div>\n"
                + _NO + "<br></div>\n"
                + _NO + "Ab heute sind wir in der Sommerschließzeit, Rückfragen also bitte erst "
                "ab dem 23.8.</div>\n"
                + _NO + "<br></div>\n"
                + _NO + "Herzliche Grüße</div>\n"
                + _NO + "Kerstin Lohmann</div>\n"
                + _NO + "Leitung Kita Regenbogen</div>\n"
                + _NO + "Heeper Fichten 12, 33609 Bielefeld</div>\n"
                "</body>\n</html>\n")


@mail("lohmann-new-outlook-strike-number", "2027-08-02 08:55:30",
      E("registration", "leitung@kita-regenbogen.example", "Kerstin Lohmann",
        "Kita Regenbogen", ["T3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kerstin Lohmann <leitung@kita-regenbogen.example>"),
           ("To", DF),
           ("Subject", "Anmeldung Kita Regenbogen – Tisch 3"),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0688C1E4A7F20B93D5A61E82B7D4A@PR3P195MB0688.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("msip_labels", ""),
           ("MIME-Version", "1.0"))
    m.alternative(LOHMANN_PLAIN, LOHMANN_HTML, charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 024 ---------------------------------------------------------------------
# Vacation reply of the Kita's mailbox to the confirmation for 023
# (Auto-Submitted: auto-replied), summer closure.

@mail("kita-regenbogen-vacation-reply", "2027-08-02 08:56:14",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Kita Regenbogen <leitung@kita-regenbogen.example>"),
           ("To", TO_DF),
           ("Subject", "Sommerschließzeit Kita Regenbogen (Re: " + CONFIRMATION_SUBJECT + ")"),
           ("Date", m.date),
           ("Message-ID", "<sieve-vacation.1785653774.2207@kita-regenbogen.example>"),
           ("In-Reply-To", "<mailbot.20270802085542.c03a@bielefeld.example>"),
           ("References", "<mailbot.20270802085542.c03a@bielefeld.example>"),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Eltern, liebe Absenderinnen und Absender,

die Kita Regenbogen ist vom 2. bis einschließlich 20. August 2027 wegen der
Sommerschließzeit geschlossen. Ihre Nachricht wird in dieser Zeit nicht
gelesen und nicht weitergeleitet.

In dringenden Fällen erreichen Sie unseren Träger unter 0521 555 0190.

Ab Montag, 23. August, sind wir wieder für Sie da.

Ihr Team der Kita Regenbogen""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of 012 in Ukrainian: the children cannot come (3 -> 1) and she wants
# table 1; a P.S. keeps table 3 as the fallback (new choice first, old one
# second).  Gmail plain text quoting the German confirmation.

@mail("melnyk-change-ukrainian-ps-fallback", "2027-08-04 15:40:38",
      E("change", "oksana.melnyk@mail.example", "Оксана Мельник", None,
        ["T1", "T3"], 1, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Мельник", "oksana.melnyk@mail.example", "utf-8", "b")),
           ("To", TO_DF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK2rT6yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ8wE0rT2y@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270716221049.0f5b@bielefeld.example>"),
           ("References", "<mailbot.20270716221049.0f5b@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрий день!

Хочу змінити нашу реєстрацію. Діти, на жаль, не зможуть прийти – у них того дня змагання з плавання. Тому прийду тільки я, 1 людина. І я б хотіла перейти до столу 1 (житло), бо в нас зараз проблеми з орендою.

P.S. Якщо за столом 1 вже немає місць, тоді залиште мене за столом 3.

Дякую!
Оксана

пт, 16 лип. 2027 р. о 22:10 Dialogforum Nachbarschaft <{DF}> пише:
{gt_quote(confirmation("Оксана Мельник", "T3", 3))}""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Italian question; he corrects his own first question (Sunday? no, Saturday)
# and asks whether one may come without belonging to an association.  He names
# a table he is interested in but does not register.  Apple Mail alternative.

FERRANTE_Q = """Buonasera,

una domanda sul Dialogforum: si svolge domenica 18 settembre, giusto? Ah no, scusate, ho appena riletto l'invito: è sabato. Va benissimo lo stesso.

Quindi l'unica vera domanda è questa: posso partecipare anche se non faccio parte di nessuna associazione? Abito a Sieker da vent'anni e mi interesserebbe il tavolo 2, ma non vorrei togliere il posto a qualcuno che rappresenta un gruppo.

Grazie e buona serata
Marco Ferrante"""


@mail("ferrante-italian-question", "2027-08-05 21:30:19",
      E("question", "marco.ferrante@icloud.example", "Marco Ferrante", None,
        [], None, "it"), "it")
def _(m):
    m.head(("From", "Marco Ferrante <marco.ferrante@icloud.example>"),
           ("To", DF),
           ("Subject", "Domanda Dialogforum"),
           ("Date", m.date),
           ("Message-ID", "<9C2E4B7A-1F3D-4A60-B8E2-57D1C0A9F4E3@icloud.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0"))
    m.alternative(FERRANTE_Q, apple_html(FERRANTE_Q), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 027 ---------------------------------------------------------------------
# Portuguese (European) registration: the mother writes "mesa 1, sobre o
# barulho e o lixo" (number and topic disagree); her daughter adds a German
# P.S.: it is Tisch 2, not Tisch 1.  Writer and attendee is the mother;
# 2 persons.  Android Gmail plain text, UTF-8 QP.

@mail("ferreira-portuguese-daughter-german-ps", "2027-08-09 20:44:06",
      E("registration", "mconceicao.ferreira@gmail.example", "Maria da Conceição Ferreira",
        "Associação Cultural Portuguesa de Bielefeld", ["T2"], 2, "pt"), "pt")
def _(m):
    m.head(("From", addr("Maria Ferreira", "mconceicao.ferreira@gmail.example")),
           ("To", DF),
           ("Subject", ew("Inscrição no Dialogforum", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<CAL5nR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0qW2eR4t@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Boa tarde,

chamo-me Maria da Conceição Ferreira e gostaria de me inscrever no Dialogforum Nachbarschaft no dia 18 de setembro. Vou com a minha filha Sofia, portanto somos 2 pessoas. Queremos participar na mesa 1, sobre o barulho e o lixo – no nosso prédio há sempre problemas com os contentores.

Com os melhores cumprimentos,
Maria da Conceição Ferreira
Associação Cultural Portuguesa de Bielefeld

PS (von Sofia, der Tochter): Meine Mutter hat die Nummern verwechselt – Lärm und Müll ist Tisch 2, nicht Tisch 1. Wir möchten also an Tisch 2. Danke!""",
             charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change of 003 in English (Table 5 -> Table 1); Gmail alternative quoting the
# German confirmation (T5, 1 person).

RAGHUNATHAN_CHANGE = """Hello again,

Could you please switch me from Table 5 to Table 1? Two other women from our circle have registered for Table 5 in the meantime, so it makes more sense for me to cover housing.

Many thanks,
Priya"""
RAGHUNATHAN_QHEAD = (f"On Tue, 6 Jul 2027 at 09:03, Dialogforum Nachbarschaft <{DF}> wrote:")
RAGHUNATHAN_CONF = confirmation("Frau Raghunathan", "T5", 1)


@mail("raghunathan-change-table-5-to-1", "2027-08-11 10:05:57",
      E("change", "priya.raghunathan@gmail.example", "Priya Raghunathan", None,
        ["T1"], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@gmail.example>"),
           ("To", TO_DF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ8vQ2nW6yA8cE0gI2kM4oQ6sU8wY0aC2eG4iK6mO8qS0u@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270706090334.41d8@bielefeld.example>"),
           ("References", "<mailbot.20270706090334.41d8@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    plain = RAGHUNATHAN_CHANGE + "\n\n" + RAGHUNATHAN_QHEAD + "\n\n" + gt_quote(RAGHUNATHAN_CONF)
    m.alternative(plain, gmail_html(RAGHUNATHAN_CHANGE, quote_head=RAGHUNATHAN_QHEAD,
                                    quoted=RAGHUNATHAN_CONF),
                  charset="UTF-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Form-like registration where the writer corrects the organisation line
# ("Türkischer Kulturverein Sennestadt – Quatsch, falsch, ... Islamische
# Gemeinde Sennestadt e.V.").  Thunderbird, UTF-8 8bit.

@mail("aydogan-corrects-organisation", "2027-08-16 14:12:40",
      E("registration", "h.aydogan@ig-sennestadt.example", "Hasan Aydoğan",
        "Islamische Gemeinde Sennestadt e.V.", ["T2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hasan Aydoğan <h.aydogan@ig-sennestadt.example>"),
           ("To", DF),
           ("Subject", "Anmeldung zum Dialogforum Nachbarschaft"),
           ("Date", m.date),
           ("Message-ID", "<b61f0e3a-92c7-4d15-a8b4-0e7c3f9d2a16@ig-sennestadt.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich zwei Personen zum Dialogforum Nachbarschaft an, Tisch 2 (Lärm, Müll und Ordnung).

Name: Hasan Aydoğan
Verein: Türkischer Kulturverein Sennestadt – Quatsch, falsch, diesmal bin ich ja für die Moscheegemeinde unterwegs: Islamische Gemeinde Sennestadt e.V.
Personen: 2 (ich und unser Jugendbeauftragter Emre Tunç)

Seit dem Umbau unseres Gemeindezentrums gibt es freitags öfter Ärger mit den Nachbarn wegen der Parkplätze. Darüber würden wir gern offen sprechen.

Mit freundlichen Grüßen
Hasan Aydoğan""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Advertising (other): table signs, moderation cards "für Ihr Dialogforum",
# with "Tisch 1 bis 5" and an order deadline.  HTML + text.

ADVERT = """Guten Tag,

Sie planen ein Dialogforum, einen Workshop oder ein World Café? Dann haben wir das passende Material:

- Tischaufsteller mit Nummern (Tisch 1 bis 5 oder frei beschriftbar)
- Moderationskarten in 6 Farben, 500 Stück
- Namensschilder zum Anstecken, 100 Stück

Nur diese Woche: 20 % Rabatt auf alle Moderationssets mit dem Code DIALOG20. Bestellen Sie bis Freitag, dann ist die Lieferung rechtzeitig vor Ihrer Veranstaltung da.

Jetzt bestellen: https://moderatio-shop.example/sets?utm_source=mail

Ihr Team von Moderatio
Moderatio Versand GmbH, Gewerbepark 4, 32051 Herford

Sie möchten keine Angebote mehr erhalten? https://moderatio-shop.example/abmelden"""


def advert_html(text):
    lines = text.split("\n")
    out = []
    for line in lines:
        if line.startswith("- "):
            out.append(f"<li>{esc(line[2:])}</li>")
        elif line:
            out.append(f"<p>{esc(line)}</p>")
    body = "\n".join(out)
    body = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', body)
    return ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;\">"
            "<table width=\"600\" align=\"center\"><tr><td style=\"background:#f39200;"
            "color:#fff;font-size:22px;padding:12px;\">Moderatio – alles für gute Gespräche"
            "</td></tr><tr><td>\n" + body + "\n</td></tr></table></body></html>\n")


@mail("moderatio-advertising", "2027-08-18 07:20:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Moderatio Shop <angebote@moderatio-shop.example>"),
           ("To", DF),
           ("Subject", "Für Ihr Dialogforum: Tischaufsteller & Moderationssets – 20 % Rabatt"),
           ("Date", m.date),
           ("Message-ID", "<20270818052000.1f9a3c.news@mailing.moderatio-shop.example>"),
           ("List-Unsubscribe", "<https://moderatio-shop.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(ADVERT, advert_html(ADVERT), charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Ordinary Turkish registration typed without Turkish letters, all lower case,
# from a phone (contrast).  "esimle beraber 2 kisi", "masa 1".  US-ASCII.

@mail("arslan-turkish-no-diacritics", "2027-08-20 11:02:33",
      E("registration", "y.arslan1978@mail.example", "Yusuf Arslan", None,
        ["T1"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "yusuf arslan <y.arslan1978@mail.example>"),
           ("To", DF),
           ("Subject", "dialog forum kayit"),
           ("Date", m.date),
           ("Message-ID", "<m8p4v1.1787216553.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""merhaba
ben yusuf arslan, sennestadt'ta oturuyorum. 18 eylul dialog forumuna kayit olmak istiyorum, esimle beraber 2 kisi. masa 1 olsun (ev kira konusu), ev sahibimiz 2 yildir kaloriferi tamir etmiyor.
tesekkurler
Yusuf""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Change of 006: starts as a cancellation and corrects itself ("bzw. genauer
# gesagt nur meine"): he stays home, Frau Yıldız comes; 2 -> 1.  Plain text
# with a t-mail quote block (confirmation: Tisch 4, 2 persons).

@mail("koetter-absage-korrigiert-nur-ich", "2027-08-23 16:48:15",
      E("change", "r.koetter@t-mail.example", "Reinhard Kötter",
        "Bürgerverein Brackwede e.V.", [], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Reinhard Kötter", "r.koetter@t-mail.example")),
           ("To", DF),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1787496495118.12203.c41f8@ws-mail.t-mail.example>"),
           ("In-Reply-To", "<mailbot.20270708084107.9a6c@bielefeld.example>"),
           ("References", "<mailbot.20270708084107.9a6c@bielefeld.example>"),
           ("X-Mailer", "t-mail WebMail 7.3"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider muss ich unsere Anmeldung absagen – bzw. genauer gesagt nur meine: Ich bin nach einer Knie-OP bis Ende September außer Gefecht. Frau Yıldız kommt aber wie geplant und vertritt den Bürgerverein allein.

Bitte ändern Sie die Anmeldung also auf 1 Person.

Mit freundlichen Grüßen
Reinhard Kötter
Bürgerverein Brackwede e.V.


-----Original-Nachricht-----
Betreff: {CONFIRMATION_SUBJECT}
Datum: 2027-07-08T08:41:07+0200
Von: "Dialogforum Nachbarschaft" <{DF}>
An: "r.koetter@t-mail.example" <r.koetter@t-mail.example>


{confirmation("Herr Kötter", "T4", 2)}""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Second reply-all chain, first mail: the pastor registers three persons for
# Tisch 5, his office colleague in Cc.  Apple Mail plain text.

REHAGE_REG = """Liebe Frau Husemann-Kaya,

wir möchten gern mit drei Personen am Dialogforum teilnehmen, und zwar an Tisch 5 (Älter werden im Viertel): Frau Schröder aus unserem Seniorenkreis, unsere Gemeindesekretärin Ute Kampmann (in cc) und ich.

Herzliche Grüße
Thomas Rehage
Pfarrer
Ev. Kirchengemeinde Sieker"""


@mail("rehage-kirchengemeinde-cc-office", "2027-08-25 09:05:21",
      E("registration", "t.rehage@ev-kirche-sieker.example", "Thomas Rehage",
        "Ev. Kirchengemeinde Sieker", ["T5"], 3, "de"), "de")
def _(m):
    m.head(("From", "Thomas Rehage <t.rehage@ev-kirche-sieker.example>"),
           ("To", DF),
           ("Cc", "Ute Kampmann <u.kampmann@ev-kirche-sieker.example>"),
           ("Subject", "Anmeldung Ev. Kirchengemeinde Sieker"),
           ("Date", m.date),
           ("Message-ID", "<E3B7A1C9-5D2F-4086-9B4E-C7F0A2D81B65@ev-kirche-sieker.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0"))
    m.single(REHAGE_REG, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Reply-all from the colleague: one of the three cannot come, so two persons.
# No table is named.  Thunderbird, top-posted above the quote.

@mail("kampmann-reply-all-only-two", "2027-08-25 11:37:50",
      E("change", "u.kampmann@ev-kirche-sieker.example", "Ute Kampmann",
        "Ev. Kirchengemeinde Sieker", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Ute Kampmann <u.kampmann@ev-kirche-sieker.example>"),
           ("To", "Thomas Rehage <t.rehage@ev-kirche-sieker.example>, " + DF),
           ("Subject", "Re: Anmeldung Ev. Kirchengemeinde Sieker"),
           ("Date", m.date),
           ("Message-ID", "<0c9a5e2f-7b14-4d83-a6e1-f28d0b3c9e47@ev-kirche-sieker.example>"),
           ("In-Reply-To", "<E3B7A1C9-5D2F-4086-9B4E-C7F0A2D81B65@ev-kirche-sieker.example>"),
           ("References", "<E3B7A1C9-5D2F-4086-9B4E-C7F0A2D81B65@ev-kirche-sieker.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single(f"""Lieber Thomas, liebe Frau Husemann-Kaya,

kurze Korrektur: Frau Schröder hat mir gestern am Telefon gesagt, dass sie am 18.9. bei ihrer Tochter in Hamburg ist. Wir kommen also nur zu zweit, Thomas und ich.

Viele Grüße
Ute Kampmann
Gemeindebüro
Ev. Kirchengemeinde Sieker

Am 25.08.27 um 09:05 schrieb Thomas Rehage:
{gt_quote(REHAGE_REG)}""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 035 ---------------------------------------------------------------------
# Ukrainian question: will there be interpreting?  She will register only if
# so (conditional), naming tables 4 or 5.  UTF-8 base64.

@mail("bondar-ukrainian-question-translation", "2027-08-30 19:20:44",
      E("question", "halyna.bondar@ukr-mail.example", "Галина Бондар", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("From", addr("Галина Бондар", "halyna.bondar@ukr-mail.example", "utf-8", "b")),
           ("To", DF),
           ("Subject", "Питання щодо Dialogforum"),
           ("Date", m.date),
           ("Message-ID", "<1788110444.338201.52@ukr-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Я з Харкова, вже два роки живу в Зікері. Чи буде на Dialogforum переклад українською або російською? Моя німецька ще слабка (рівень A2), і я боюся, що за столом не все зрозумію.

Якщо переклад буде, я з радістю зареєструюся – мене цікавить стіл 4 або 5.

Дякую за відповідь!
Галина Бондар""", charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Cancellation of 017 in Portuguese; Outlook.com plain text, windows-1252, with a
# Portuguese header block above the quoted confirmation (Tisch 1, 1 person).

@mail("ribeiro-cancel-portuguese", "2027-09-02 10:00:37",
      E("cancellation", "fernanda.ribeiro@outlook.example", "Fernanda Ribeiro",
        None, [], None, "pt"), "pt")
def _(m):
    m.head(("From", "Fernanda Ribeiro <fernanda.ribeiro@outlook.example>"),
           ("To", TO_DF),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CP6P284MB18479B3D0E5A2F61C7B4E9A1D5C1A@CP6P284MB1847.BRAP284.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270722190233.6be2@bielefeld.example>"),
           ("References", "<mailbot.20270722190233.6be2@bielefeld.example>"),
           ("Content-Language", "pt-BR"),
           ("MIME-Version", "1.0"))
    m.single(f"""Olá,

infelizmente vou ter que cancelar minha inscrição para o dia 18. Consegui um apartamento (finalmente!!) e a mudança vai ser justamente nesse fim de semana.

Desculpem e obrigada,
Fernanda Ribeiro

________________________________
De: Dialogforum Nachbarschaft <{DF}>
Enviado: quinta-feira, 22 de julho de 2027 19:02
Para: Fernanda Ribeiro <fernanda.ribeiro@outlook.example>
Assunto: {CONFIRMATION_SUBJECT}

{confirmation("Frau Ribeiro", "T1", 1)}""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Cancellation of 018 in Arabic; he corrects the date he wrote (11 -> 18
# September).  Gmail alternative, RTL, quoting the confirmation (Tisch 4, 4).

KHALIL_CANCEL = """السلام عليكم،

نأسف لإبلاغكم بأننا لن نتمكن من حضور المنتدى يوم السبت ١١ سبتمبر – عفواً، أقصد ١٨ سبتمبر. لدينا في الجمعية في نفس اليوم حفل لتوديع المعلمين.
الرجاء إلغاء تسجيلنا (٤ أشخاص).

مع الاعتذار والشكر
Mahmoud Khalil"""
KHALIL_QHEAD = f"في الاثنين، 26 يوليو 2027 في 11:45 ص، كتب Dialogforum Nachbarschaft <{DF}>:"
KHALIL_CONF = confirmation("Herr Khalil", "T4", 4)


@mail("khalil-cancel-arabic-date-correction", "2027-09-06 21:15:29",
      E("cancellation", "m.khalil@aev-bielefeld.example", "Mahmoud Khalil",
        None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Khalil <m.khalil@aev-bielefeld.example>"),
           ("To", TO_DF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH7mW2xR6yD8pS0vV2aG4wK6qC8uF0iJ2mN4oL6zX8cV0d@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270726114521.d7e4@bielefeld.example>"),
           ("References", "<mailbot.20270726114521.d7e4@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    plain = KHALIL_CANCEL + "\n\n" + KHALIL_QHEAD + "\n\n" + gt_quote(KHALIL_CONF)
    m.alternative(plain, gmail_html(KHALIL_CANCEL, rtl=True, quote_head=KHALIL_QHEAD,
                                    quoted=KHALIL_CONF),
                  charset="UTF-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Out-of-office in Turkish and English to the 7-day reminder, without any
# Auto-Submitted/X-Autoreply header and with an ordinary "Re:" subject.

@mail("oeztuerk-out-of-office-tr-en-no-header", "2027-09-11 09:00:47",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Serkan Öztürk", "s.ozturk@tdu-owl.example")),
           ("To", DF),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270911070047.6D1A2B3C44@mail.tdu-owl.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270911090002.5a17@bielefeld.example>"),
           ("References", "<mailbot.reminder.20270911090002.5a17@bielefeld.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

13 Eylül 2027 tarihine kadar izindeyim ve e-postalarıma erişimim sınırlı.
Acil durumlarda lütfen ofisimizi arayın: 0521 555 0177.

Hello,

I am on leave until 13 September 2027 with limited access to my e-mail.
For urgent matters please call our office: +49 521 555 0177.

Serkan Öztürk
Türkisch-Deutscher Unternehmerverein OWL""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Exchange NDR in German (multipart/report, CRLF): the 7-day reminder could not
# be delivered to Ilse Brökelmann (registered outside this corpus; 011's first
# line).  The Final-Recipient is in mixed case.

NDR_RCPT = "Ilse.Broekelmann@t-mail.example"
NDR_DIAG = (f"550 5.1.1 <{NDR_RCPT}>: Recipient address rejected: "
            "mailbox unavailable")
NDR_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {REMINDER_SUBJECT}
Gesendet: 11.09.2027 09:00

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR_RCPT} am 11.09.2027 09:01
Das E-Mail-Konto des Empfängers existiert nicht oder ist gesperrt. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.
<mx00.t-mail.example #{NDR_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.bielefeld.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{esc(REMINDER_SUBJECT)}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">11.09.2027 09:00</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> am 11.09.2027 09:01</font></p>
<blockquote><font size="2" face="Tahoma">Das E-Mail-Konto des Empfängers existiert nicht oder ist gesperrt. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn der Fehler weiterhin auftritt, wenden Sie sich an Ihren Helpdesk.<br>
&lt;mx00.t-mail.example #{esc(NDR_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: EXCH02.bielefeld.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-reminder-broekelmann", "2027-09-11 09:01:12",
      E("bounce", bounced=NDR_RCPT.lower()), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bielefeld.example>"),
           ("To", TO_DF),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7a1d3e59-0c4b-4f82-9e6d-2b8f1a0c5d73@EXCH02.bielefeld.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270911090009.8c3e@bielefeld.example>"),
           ("References", "<mailbot.reminder.20270911090009.8c3e@bielefeld.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.bielefeld.example"),
         ("Received-From-MTA", "dns;EXCH02.bielefeld.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 07:00:09 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx00.t-mail.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{NDR_RCPT}>:\n Recipient address rejected: "
                             "mailbox unavailable")])
    original = bot_message(
        addr("Ilse Brökelmann", NDR_RCPT), REMINDER_SUBJECT,
        reminder("Frau Brökelmann", "T2", 1),
        "Sat, 11 Sep 2027 09:00:09 +0200",
        "<mailbot.reminder.20270911090009.8c3e@bielefeld.example>", auto="auto-generated")
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Cancellation of 021 in Russian (both persons), KOI8-R 8bit; a new mail, not
# a reply (the confirmation had bounced, 022).  It names table 1 and two
# persons only to say which registration is meant.

@mail("belova-cancel-russian-koi8r", "2027-09-14 19:20:05",
      E("cancellation", "irina.belova@post.example", "Ирина Белова", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ирина Белова", "irina.belova@post.example", "koi8-r", "b")),
           ("To", DF),
           ("Subject", ew("Отмена регистрации", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789406405.611207.19@post.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Home"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте,

к сожалению, мы с мужем не сможем прийти на Dialogforum в субботу - мужа
положили в больницу. Пожалуйста, отмените нашу регистрацию (стол 1, два
человека, Ирина и Олег Беловы).

Надеюсь, в следующий раз получится.
Ирина Белова""", charset="koi8-r", cte="8bit")


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
MACHINE = ("auto_reply", "bounce", "other")


def decoded_text(msg):
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    return "\n".join(chunks)


def check_label(e, text, msg):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    if e["kind"] not in KINDS:
        problems.append(f"unknown kind {e['kind']}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if e["kind"] not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if e["kind"] == "registration":
        if not isinstance(ps, int) or ps < 1:
            problems.append("registration needs party_size >= 1")
    elif e["kind"] == "change":
        if ps is not None and (not isinstance(ps, int) or ps < 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    if (e["kind"] == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    low = text.lower()
    if e["kind"] in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for machine mail")
    else:
        em = e["email"]
        if not em or em != em.lower() or em not in low:
            problems.append(f"email {em!r} not lower-case or not in the mail")
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']!r}")
        for k in ("name", "organisation"):
            if e[k] is not None and e[k].lower() not in low:
                problems.append(f"{k} {e[k]!r} does not occur in the mail")
        if not e["name"]:
            problems.append("person mail needs a name")
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
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 9, 19, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside July-September 2027")
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and data.count(b"\r\n") != data.count(b"\n"):
        problems.append("mixed line ends")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                strict = raw.decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"part {i}: does not decode in {cs}")
                continue
            if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
                problems.append(f"part {i}: decoded text differs from the written text")
        elif p.get_content() != w:
            problems.append(f"part {i}: attachment bytes differ")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"(?:Received: from|by) ([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], e["language"] or t) for _, _, e, t in built)
    langs = sorted({lang for _, lang in table}, key=lambda x: (x != "de", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language (person language; text language for machine mail):")
    print(f"  {'':13}" + "".join(f"{lang:>4}" for lang in langs) + "  all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in langs]
        print(f"  {k:13}" + "".join(f"{c or '-':>4}" for c in row) + f"  {sum(row):>3}")
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:22} {cs:14} {cte:18} {k}")


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
