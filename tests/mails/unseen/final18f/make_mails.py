#!/usr/bin/env python3
"""Build the "final18f" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Aktionstag Ehrenamt und Integration Gelsenkirchen 2027 (Sat 18 Sept 2027),
three parallel afternoon workshops PATEN / SPRACHE / OEFFNUNG (Workshop 1-3).
Emphasis: writers who are indifferent or broad about the workshop ("egal welcher",
"whichever has room", "nur das Plenum", "nicht den zweiten", ...).

Every mail's text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files, then reads every file back
with email.policy.default and checks it (no defects, each part decodes to exactly
the text written here, example domains only, CRLF lines <= 998 octets, rising
dates, labels consistent with the corpus conventions).

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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

BOX = "aktionstag@gelsenkirchen.example"
TO_BOX = f"Aktionstag Ehrenamt und Integration <{BOX}>"
EVENT = "Aktionstag Ehrenamt und Integration Gelsenkirchen 2027"
INVITATION_ID = "<einladung-aktionstag-2027.20270621093002@gelsenkirchen.example>"
REMINDER_ID = "<erinnerung-aktionstag-2027.20270911100002@gelsenkirchen.example>"
WORKGROUP_IDS = ("PATEN", "SPRACHE", "OEFFNUNG")

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
CEST = 2


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
    return hashlib.sha256(f"final18f/{slug}/{n}".encode()).hexdigest()


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
        msg.set_raw("Delivered-To", BOX)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.gelsenkirchen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BOX}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB8PR09MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx1.gelsenkirchen.example"
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


def headers_part(inner):
    """text/rfc822-headers with the returned message's header block."""
    part = MIMEPart(policy=POLICY)
    block = "".join(f"{k}: {v}\n" for k, v in inner.items())
    part.set_content(block, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    del part["Content-Type"]
    part["Content-Type"] = "text/rfc822-headers"
    return part, block


# ---------------------------------------------------------------------------
# HTML renderings of the mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None):
    """quote = (von, gesendet, an, betreff, quoted_text)"""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE>Von:</span></b><span lang=DE> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def gmail_reply(text, attribution, quoted):
    """(plain, html) of a Gmail reply: new text, attribution line, quote."""
    plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}\n"
    qhtml = "<br>".join(esc(line) for line in quoted.split("\n"))
    h = (gmail_html(text).rstrip("\n") + "<br><div class=\"gmail_quote\"><div dir=\"ltr\" "
         f"class=\"gmail_attr\">{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
         "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
         f"padding-left:1ex\">{qhtml}</blockquote></div>\n")
    return plain, h


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = f"Einladung: {EVENT}"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Aktionstag Ehrenamt und Integration 2027"
REMINDER_SUBJECT = "Erinnerung: Aktionstag Ehrenamt und Integration am 18. September"

INVITATION = """Liebe Engagierte, liebe Vereine und Initiativen,

das Kommunale Integrationszentrum und das Referat Bürgerengagement laden Sie
herzlich zum Aktionstag Ehrenamt und Integration Gelsenkirchen 2027 ein.

Datum: Samstag, 18. September 2027, 10:00 bis 16:30 Uhr
Ort: Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen

Programm
10:00  Begrüßung und Podium im Plenum: "Ankommen braucht Menschen"
12:00  Mittagsimbiss
13:00  drei parallele Workshops (bitte einen auswählen):
       Workshop 1: Patenschaften: Neuzugewanderte im Alltag begleiten
       Workshop 2: Sprachcafés und Lernhilfe ehrenamtlich organisieren
       Workshop 3: Vereine interkulturell öffnen: Sport, Kultur, Nachbarschaft
15:00  Markt der Möglichkeiten im Foyer
16:30  Ende

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
aktionstag@gelsenkirchen.example an. Nennen Sie uns Ihren Namen, Ihren
Verein oder Ihre Initiative (falls vorhanden), die Zahl der Personen und
Ihren Wunsch-Workshop.

Die Teilnahme ist kostenlos.

Mit freundlichen Grüßen
Dorota Lewandowski-Haas
Kommunales Integrationszentrum Gelsenkirchen"""

WS_LINE = {
    "PATEN": "Workshop 1 – Patenschaften: Neuzugewanderte im Alltag begleiten",
    "SPRACHE": "Workshop 2 – Sprachcafés und Lernhilfe ehrenamtlich organisieren",
    "OEFFNUNG": "Workshop 3 – Vereine interkulturell öffnen: Sport, Kultur, Nachbarschaft",
    None: "noch offen – wir teilen Sie nach freien Plätzen zu",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Aktionstag Ehrenamt und Integration
Gelsenkirchen 2027 am Samstag, 18. September 2027, 10:00 bis 16:30 Uhr,
im Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen.

Workshop am Nachmittag: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Möchten Sie den Workshop wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Aktionstag Ehrenamt und Integration
Kommunales Integrationszentrum Gelsenkirchen"""


def reminder(salutation, ws, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 18. September 2027, findet der
Aktionstag Ehrenamt und Integration im Hans-Sachs-Haus statt (Einlass ab
9:30 Uhr, Beginn 10:00 Uhr im Plenarsaal).

Ihre Anmeldung: {WS_LINE[ws]}, {persons} Person(en)

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. So können wir Plätze an die Warteliste geben.

Mit freundlichen Grüßen
Aktionstag Ehrenamt und Integration
Kommunales Integrationszentrum Gelsenkirchen"""


def sent_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_BOX
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
# Exchange out-of-office to the invitation (sent to a distribution list).
# Auto-Submitted: auto-generated, X-Auto-Response-Suppress, multipart/alternative.

OOO_TEXT = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 9. Juli 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet und nach meiner Rückkehr bearbeitet.

In dringenden Fällen wenden Sie sich bitte an jmd@jugendmigrationsdienst-ge.example oder telefonisch an 0209 9 13 27-0.

Mit freundlichen Grüßen
Mehmet Arslan-Groß
Jugendmigrationsdienst Gelsenkirchen"""


@mail("jmd-exchange-out-of-office", "2027-06-21 09:31:07", E("auto_reply"), "de")
def _(m):
    m.head(("From", "=?utf-8?q?Arslan-Gro=C3=9F=2C_Mehmet?= <m.arslan-gross@jugendmigrationsdienst-ge.example>"),
           ("To", TO_BOX),
           ("Subject", ew("Automatische Antwort: " + INVITATION_SUBJECT)),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB8PR09MB4471C0A2E5F64B1D8C3E9F27A06B1@DB8PR09MB4471.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.arslan-gross@jugendmigrationsdienst-ge.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(OOO_TEXT, outlook_html(OOO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all three workshops in the
# quote).  First choice Workshop 3, "ersatzweise" Workshop 1.  format=flowed.

@mail("wrobel-reply-quoting-invitation", "2027-06-21 11:12:40",
      E("registration", "kd.wrobel@buergerverein-schalke-nord.example", "Klaus-Dieter Wrobel",
        "Bürgerverein Schalke-Nord e.V.", ["OEFFNUNG", "PATEN"], 1, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Wrobel <kd.wrobel@buergerverein-schalke-nord.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7b1e2c94-0d5a-4f3e-9a61-c2b8e40f7d13@buergerverein-schalke-nord.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Lewandowski-Haas,

danke für die Einladung, die kommt genau richtig. Unser Bürgerverein 
überlegt schon länger, wie wir mehr Zugewanderte aus dem Viertel für die 
Vereinsarbeit gewinnen können. Deshalb melde ich mich für Workshop 3 an. 
Falls der schon voll sein sollte, nehme ich ersatzweise Workshop 1.

Ich komme allein.

Mit freundlichen Grüßen
Klaus-Dieter Wrobel
2. Vorsitzender
Bürgerverein Schalke-Nord e.V.
Kurt-Schumacher-Str. 212, 45881 Gelsenkirchen

Am 21.06.27 um 09:30 schrieb Aktionstag Ehrenamt und Integration:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 003 ---------------------------------------------------------------------
# Phone, informal: "Welcher Workshop ist mir ehrlich gesagt egal" -> [].
# No organisation (she helps privately in her neighbourhood).

@mail("hoffmeister-egal-welcher", "2027-06-22 21:13:55",
      E("registration", "jana.hoffmeister@mail.example", "Jana Hoffmeister", None,
        [], 1, "de"), "de")
def _(m):
    m.head(("From", "Jana Hoffmeister <jana.hoffmeister@mail.example>"),
           ("To", BOX),
           ("Subject", "Aktionstag 18.9."),
           ("Date", m.date),
           ("Message-ID", "<A3F0C2E1-58B7-4D2A-9E6C-71D04B9A2F11@mail.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo ihr Lieben,

ich bin am 18.9. dabei!! Welcher Workshop ist mir ehrlich gesagt egal, klingt alles spannend. Hauptsache ich lerne mal Leute kennen, die auch was mit Geflüchteten machen – ich helf bisher nur privat bei uns in der Straße.

LG
Jana Hoffmeister

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  "My wife Folake and I" = 2;
# "whichever one still has room" -> [].

ADEYEMI_TEXT = """Dear organisers,

My wife Folake and I would like to register for the Aktionstag Ehrenamt und Integration on 18 September. We both volunteer with the Nigerian Community Gelsenkirchen e.V., mostly with newly arrived families who need help with appointments and paperwork.

We don't have a strong preference for the workshops - please put us in whichever one still has room. We are happy to be in the same one or to split up.

Many thanks and kind regards,
Samuel Adeyemi"""


@mail("adeyemi-whichever-has-room", "2027-06-23 07:58:21",
      E("registration", "samuel.adeyemi@mail.example", "Samuel Adeyemi",
        "Nigerian Community Gelsenkirchen e.V.", [], 2, "en"), "en")
def _(m):
    m.head(("From", "Samuel Adeyemi <samuel.adeyemi@mail.example>"),
           ("To", BOX),
           ("Subject", "Registration - Aktionstag 18 September"),
           ("Date", m.date),
           ("Message-ID", "<CAF8q2Lk0vN7yTz3xRb1mHc5pWq9eJ4sUo6dGa2iK8fYt0n1zXw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEYEMI_TEXT, gmail_html(ADEYEMI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable, typographic quotes.
# Three persons named, all Workshop 2; her Sprachcafé's name is not the
# organisation (the parish is).  A side question about flyers.

BRANDT_TEXT = """Sehr geehrte Damen und Herren,

für den Aktionstag am 18. September melde ich drei Personen aus unserem Sprachcafé-Team an: Frau Marlies Jürgens, Herrn Yusuf Acar und mich selbst. Wir möchten alle drei am Workshop 2 „Sprachcafés und Lernhilfe ehrenamtlich organisieren“ teilnehmen.

Zum Markt der Möglichkeiten würden wir gern ein paar Flyer mitbringen – ich nehme an, das ist in Ordnung?

Mit freundlichen Grüßen

Dr. Ulrike Brandt-Sczepanski
Pfarrerin
Ev. Kirchengemeinde Gelsenkirchen-Buer
Sprachcafé „Miteinander“ · Horster Straße 7 · 45897 Gelsenkirchen"""


@mail("brandt-sczepanski-outlook-html-three", "2027-06-23 10:21:09",
      E("registration", "u.brandt-sczepanski@ev-kirche-buer.example", "Ulrike Brandt-Sczepanski",
        "Ev. Kirchengemeinde Gelsenkirchen-Buer", ["SPRACHE"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Brandt-Sczepanski, Ulrike" <u.brandt-sczepanski@ev-kirche-buer.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Aktionstag Ehrenamt und Integration - 3 Personen"),
           ("Thread-Topic", "Anmeldung Aktionstag Ehrenamt und Integration - 3 Personen"),
           ("Thread-Index", "AdtkX1w7mQp3a9RfTtG2s0b8kN4Yhg=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB2209E3B1C6A4D5F70912AB34C5D6@FR3P281MB2209.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BRANDT_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable.  "3. atölye hariç hangisi olursa olur"
# = any except workshop 3 -> [PATEN, SPRACHE] (numeric order; see README).

@mail("karatas-turkish-any-except-three", "2027-06-24 14:05:33",
      E("registration", "a.karatas@tdfv-ge.example", "Ayşegül Karataş",
        "Türkisch-Deutscher Frauenverein Gelsenkirchen e.V.", ["PATEN", "SPRACHE"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Aysegul Karatas <a.karatas@tdfv-ge.example>"),
           ("To", BOX),
           ("Subject", ew("Aktionstag 2027 kayıt", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270624120533.31877.qmail@webmail.tdfv-ge.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

18 Eylül'deki Aktionstag Ehrenamt und Integration etkinliğine katılmak istiyorum. Derneğimiz adına tek kişi olarak geleceğim.

Atölye konusunda çok seçici değilim, 3. atölye hariç hangisi olursa olur. Bizim dernek zaten herkese açık, o konuyu kendi aramızda yeterince konuştuk :)

Şimdiden teşekkürler, iyi çalışmalar.

Ayşegül Karataş
Türkisch-Deutscher Frauenverein Gelsenkirchen e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Gmail multipart/alternative, UTF-8 base64.  Precise: Workshop 1.  "rund 40
# Patenschaften" is not a party size.

RADEMACHER_TEXT = """Guten Tag,

hiermit melde ich mich für den Aktionstag am 18.09.2027 an, und zwar für Workshop 1 (Patenschaften). Wir koordinieren bei uns gerade rund 40 Patenschaften, und ich hoffe auf ein paar Ideen, wie wir die Patinnen und Paten besser begleiten können, wenn es mal schwierig wird.

Viele Grüße
Tobias Rademacher
Koordination Patenprogramm
Ehrenamtsinitiative Bismarck hilft e.V.
Tel. 0209 / 36 18 44"""


@mail("rademacher-workshop-1", "2027-06-25 09:47:12",
      E("registration", "tobias.rademacher@bismarck-hilft.example", "Tobias Rademacher",
        "Ehrenamtsinitiative Bismarck hilft e.V.", ["PATEN"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tobias Rademacher <tobias.rademacher@bismarck-hilft.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Workshop Patenschaften"),
           ("Date", m.date),
           ("Message-ID", "<CAJr5hQ0a8Lk3vBn7mYxP2sT9wUe1cFd4gHi6jKl0zN3oRq8pSw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RADEMACHER_TEXT, gmail_html(RADEMACHER_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Polish, ISO-8859-2 quoted-printable, RFC 2047 name in ISO-8859-2.
# "ja i mąż" = 2; "Który warsztat? Obojętnie" = whichever -> [].

@mail("wisniewska-nowak-polish-obojetnie", "2027-06-27 19:36:48",
      E("registration", "k.wisniewska-nowak@polonia-ge.example", "Katarzyna Wiśniewska-Nowak",
        "Stowarzyszenie Polonia Gelsenkirchen e.V.", [], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Wiśniewska-Nowak", "k.wisniewska-nowak@polonia-ge.example",
                         "iso-8859-2", "q")),
           ("To", BOX),
           ("Subject", ew("Zgłoszenie na Aktionstag 18.09", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5d2f8a01-3c6e-4b97-a0d4-e81f2c7b9a56@polonia-ge.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić siebie i mojego męża Piotra na Aktionstag Ehrenamt und Integration 18 września. Oboje działamy w Stowarzyszeniu Polonia, pomagamy m.in. nowo przybyłym rodzinom z Polski w urzędach i przy szukaniu mieszkania.

Który warsztat? Obojętnie, naprawdę. Proszę nas wpisać tam, gdzie będzie jeszcze miejsce.

Pozdrawiam serdecznie
Katarzyna Wiśniewska-Nowak
Stowarzyszenie Polonia Gelsenkirchen e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Apple Mail (iPad) multipart/alternative.  Only the morning plenary, no
# workshop at all -> [] (a registration: he is coming).

POEHLMANN_TEXT = """Sehr geehrte Frau Lewandowski-Haas,

ich bin im Seniorenbeirat Gelsenkirchen aktiv und möchte gern am Aktionstag teilnehmen, allerdings nur am Plenum am Vormittag mit dem Podium. Nachmittags habe ich einen Familientermin, an einem Workshop kann ich daher nicht teilnehmen. Bitte halten Sie für mich also keinen Workshopplatz frei.

Zum Mittagsimbiss bleibe ich aber gern noch.

Mit freundlichen Grüßen
Gerhard Pöhlmann

Gesendet von meinem iPad"""


@mail("poehlmann-nur-plenum", "2027-06-28 10:02:36",
      E("registration", "g.poehlmann@mail.example", "Gerhard Pöhlmann",
        "Seniorenbeirat Gelsenkirchen", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Gerhard Pöhlmann <g.poehlmann@mail.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Aktionstag – nur Vormittag"),
           ("Date", m.date),
           ("Message-ID", "<9E2B7C41-0F3D-4A58-B6E1-2C8D5F7A0B93@mail.example>"),
           ("X-Mailer", "iPad Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.alternative(POEHLMANN_TEXT, apple_html(POEHLMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 010 ---------------------------------------------------------------------
# Question before registering: must one choose a workshop now?  Roundcube,
# UTF-8 8bit.

@mail("yavuz-question-workshop-choice", "2027-06-29 22:41:17",
      E("question", "meltem.yavuz@elternverein-regenbogen.example", "Meltem Yavuz",
        "Elternverein Regenbogen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Meltem Yavuz <meltem.yavuz@elternverein-regenbogen.example>"),
           ("To", BOX),
           ("Subject", "Frage zu den Workshops"),
           ("Date", m.date),
           ("Message-ID", "<b3e91d0c4f2a7e85@elternverein-regenbogen.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich würde gern zum Aktionstag kommen, habe aber vorher eine Frage: Muss ich mich bei der Anmeldung schon auf einen Workshop festlegen, oder kann man das am Tag selbst entscheiden? Ich weiß noch nicht, ob ich nachmittags bleiben kann, das hängt von der Kinderbetreuung ab.

Danke und viele Grüße
Meltem Yavuz
Elternverein Regenbogen e.V.
""", charset="utf-8", cte="8bit")


# -- 011 ---------------------------------------------------------------------
# Italian, ISO-8859-1 8bit.  "Preferirei il laboratorio 2 ... va bene anche un
# altro" = Workshop 2, otherwise any -> [SPRACHE].

@mail("santangelo-italian-two-else-any", "2027-06-30 15:18:54",
      E("registration", "rosaria.santangelo@mail.example", "Rosaria Santangelo",
        "Missione Cattolica Italiana di Gelsenkirchen", ["SPRACHE"], 1, "it"), "it")
def _(m):
    m.head(("From", "Rosaria Santangelo <rosaria.santangelo@mail.example>"),
           ("To", BOX),
           ("Subject", "Iscrizione Aktionstag 18 settembre"),
           ("Date", m.date),
           ("Message-ID", "<1719753534.4471.libero-webmail@mail.example>"),
           ("X-Mailer", "Libero Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

vorrei iscrivermi all'Aktionstag Ehrenamt und Integration del 18 settembre. Faccio volontariato presso la Missione Cattolica Italiana di Gelsenkirchen, dove seguiamo soprattutto famiglie arrivate da poco dalla Sicilia e dalla Calabria.

Preferirei il laboratorio 2 (Sprachcafés), perché da noi stiamo avviando un piccolo caffè linguistico il giovedì pomeriggio. Se però è già pieno, va bene anche un altro, non è un problema.

Cordiali saluti
Rosaria Santangelo
""", charset="iso-8859-1", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# Outlook multipart/alternative (windows-1252 QP).  Three persons, all into
# "den Patenschafts-Workshop".  "c/o Stadtteilbüro" is not the organisation.

DEMIR_TEXT = """Hallo Frau Lewandowski-Haas,

wir melden uns als Integrationslotsen Gelsenkirchen-Süd mit drei Personen zum Aktionstag an: Herr Bernd Matuschek, Frau Dilan Kaya und ich. Wir würden gern alle drei in den Patenschafts-Workshop gehen, weil wir ab Herbst ein neues Patenprojekt für Familien aus der Ukraine starten.

Viele Grüße
Hatice Demir-Klein
Integrationslotsen Gelsenkirchen-Süd
c/o Stadtteilbüro Ückendorf
Bochumer Straße 138, 45886 Gelsenkirchen"""


@mail("demir-klein-outlook-patenschafts-workshop", "2027-07-01 08:55:30",
      E("registration", "h.demir-klein@lotsen-ge-sued.example", "Hatice Demir-Klein",
        "Integrationslotsen Gelsenkirchen-Süd", ["PATEN"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Demir-Klein, Hatice" <h.demir-klein@lotsen-ge-sued.example>'),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Aktionstag Ehrenamt und Integration"),
           ("Thread-Topic", "Anmeldung Aktionstag Ehrenamt und Integration"),
           ("Thread-Index", "AdtrQ0s9f8l2V1bZQ6yq4kTnM0xH7A=="),
           ("Date", m.date),
           ("Message-ID", "<DU2PR09MB6312A7F0C5E84B2D91A3C06E7F18@DU2PR09MB6312.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, outlook_html(DEMIR_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Android, informal, signs "Marco" only (full name from From).  "packt mich
# einfach da rein, wo ihr noch Leute braucht" -> [].  "11 Nationen" is no count.

@mail("jankowski-wo-ihr-leute-braucht", "2027-07-02 23:07:44",
      E("registration", "marco.jankowski@mail.example", "Marco Jankowski",
        "SF Hassel 1921", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Marco Jankowski <marco.jankowski@mail.example>"),
           ("To", BOX),
           ("Subject", "Bin dabei"),
           ("Date", m.date),
           ("Message-ID", "<k9t2w.1751490464.android@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

hiermit melde ich mich für den Aktionstag am 18. an. Ich trainiere ehrenamtlich die D-Jugend bei SF Hassel 1921, wir haben inzwischen Kinder aus 11 Nationen im Team.

Bei den Workshops bin ich flexibel, packt mich einfach da rein wo ihr noch Leute braucht. Passt für mich alles.

Gruß Marco
""", charset="utf-8", cte="8bit")


# -- 014 ---------------------------------------------------------------------
# English, Outlook for iOS, base64.  First and second choice plus a question.

JALLOW_TEXT = """Hello,

I'd like to sign up for the Aktionstag on 18 September. My first choice would be Workshop 2 on language cafés and learning support; if that one is full, Workshop 1 is my second choice.

I'll be coming alone. One question: is the whole day in German only? My German is ok but not perfect :)

Best,
Fatou Jallow
Gambian Women's Network Ruhr

Get Outlook for iOS"""


@mail("jallow-english-two-then-one", "2027-07-03 12:30:05",
      E("registration", "fatou.jallow@gambian-women-ruhr.example", "Fatou Jallow",
        "Gambian Women's Network Ruhr", ["SPRACHE", "PATEN"], 1, "en"), "en")
def _(m):
    m.head(("From", "Fatou Jallow <fatou.jallow@gambian-women-ruhr.example>"),
           ("To", BOX),
           ("Subject", "Registration Aktionstag"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1764B2C9E0A4F5D6@PAXP193MB1764.EURP193.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for iOS"),
           ("MIME-Version", "1.0"))
    m.alternative(JALLOW_TEXT, div_html(JALLOW_TEXT, "font-family: Aptos, sans-serif;"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Albanian, UTF-8 base64.  "me vëllain tim ... gjithsej dy persona" = 2;
# "punëtorinë 1 (Patenschaften)" -> [PATEN].

@mail("krasniqi-albanian-workshop-1", "2027-07-05 17:44:19",
      E("registration", "arben.krasniqi@iliria-ge.example", "Arben Krasniqi",
        "Shoqata Kulturore Shqiptare Iliria e.V.", ["PATEN"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@iliria-ge.example>"),
           ("To", BOX),
           ("Subject", ew("Regjistrim për Aktionstag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH3nV8x0Qm2Zr6pLs4TkWb9cYd1eFg7hJi5uKo2lPq0rSt4vXy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Përshëndetje,

Dëshiroj të regjistrohem për Aktionstag Ehrenamt und Integration më 18 shtator. Do të vij me vëllain tim, Driton, pra gjithsej dy persona.

Të dy jemi të interesuar për punëtorinë 1 (Patenschaften), sepse në shoqatën tonë ndihmojmë familjet që sapo kanë ardhur nga Kosova.

Faleminderit dhe ju përshëndes,
Arben Krasniqi
Shoqata Kulturore Shqiptare Iliria e.V.
""", charset="utf-8", cte="base64")


# -- 016 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of a confirmation whose registration is
# not in this corpus: the remote server says the mailbox does not exist.
# The returned message is given as text/rfc822-headers only.

BOUNCE1_RCPT = "vorstand@tsv-rotthausen.example"


@mail("postfix-bounce-user-unknown", "2027-07-06 11:20:52",
      E("bounce", bounced=BOUNCE1_RCPT), "en")
def _(m):
    rcpt = BOUNCE1_RCPT
    m.head(("From", "MAILER-DAEMON@mx1.gelsenkirchen.example (Mail Delivery System)"),
           ("To", BOX),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270706092052.4C1B2E0A37@mx1.gelsenkirchen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx1.gelsenkirchen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.tsv-rotthausen.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx1.gelsenkirchen.example"),
         ("X-Postfix-Queue-ID", "4C1B2E0A37"),
         ("X-Postfix-Sender", f"rfc822; {BOX}"),
         ("Arrival-Date", "Tue,  6 Jul 2027 11:20:49 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.tsv-rotthausen.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in local recipient table")])
    original = sent_message(
        f"TSV Rotthausen Vorstand <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Yıldız", "OEFFNUNG", 2),
        "Tue, 06 Jul 2027 11:20:49 +0200", "<aktionstag.20270706112049.7e21@gelsenkirchen.example>",
        "<0a9c3e58-21f4-4d7b-8b6e-f4d21c0e9a77@tsv-rotthausen.example>")
    hp, block = headers_part(original)
    m._record(block)
    m.multi("report", [note, dsn, hp], style="postfix",
            params={"report-type": "delivery-status"})


# -- 017 ---------------------------------------------------------------------
# GMX plain text, ISO-8859-1 QP.  "zwischen 1 und 2 – beide wären für mich in
# Ordnung" -> [PATEN, SPRACHE] in the order named.

@mail("tenhagen-beide-waeren-ok", "2027-07-08 16:10:26",
      E("registration", "b.tenhagen@mail.example", "Birgit Tenhagen",
        "Nachbarschaftsnetzwerk Erle", ["PATEN", "SPRACHE"], 1, "de"), "de")
def _(m):
    m.head(("From", "Birgit Tenhagen <b.tenhagen@mail.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung zum Aktionstag am 18.09."),
           ("Date", m.date),
           ("Message-ID", "<trinity-0f7b2c9e-4d1a-4e6b-93c8-a2e5d1f0b7c4-1783519826004@msvc-mesg-gmx012>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

hiermit melde ich mich verbindlich für den Aktionstag Ehrenamt und Integration an. Ich bin im Nachbarschaftsnetzwerk Erle aktiv; wir organisieren Spaziergänge und Begegnungsnachmittage mit geflüchteten Familien aus der Unterkunft an der Cranger Straße.

Bei den Workshops schwanke ich zwischen 1 und 2. Beide wären für mich in Ordnung, entscheiden Sie gern danach, wo mehr Platz ist.

Freundliche Grüße
Birgit Tenhagen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Greek, ISO-8859-7 base64, RFC 2047 name in ISO-8859-7 (B).  "βάλτε με σε
# όποιο έχει ακόμα θέση" = put me in whichever still has room -> [].

@mail("papadaki-greek-opoio-exei-thesi", "2027-07-09 20:25:03",
      E("registration", "eleni.papadaki@mail.example", "Ελένη Παπαδάκη",
        "Ελληνική Κοινότητα Γκελζενκίρχεν", [], 1, "el"), "el")
def _(m):
    m.head(("From", addr("Ελένη Παπαδάκη", "eleni.papadaki@mail.example", "iso-8859-7", "b")),
           ("To", BOX),
           ("Subject", ew("Συμμετοχή στο Aktionstag 18/9", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<e4c7a1b2-9f03-4d5e-8a61-3b2c0d9e7f45@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην ημέρα δράσης Aktionstag Ehrenamt und Integration στις 18 Σεπτεμβρίου. Είμαι εθελόντρια στην Ελληνική Κοινότητα Γκελζενκίρχεν και βοηθάω οικογένειες που έρχονται τώρα από την Ελλάδα.

Για το εργαστήριο δεν έχω προτίμηση - βάλτε με σε όποιο έχει ακόμα θέση.

Ευχαριστώ πολύ,
Ελένη Παπαδάκη
""", charset="iso-8859-7", cte="base64")


# -- 019 ---------------------------------------------------------------------
# Short webmail mail, div HTML alternative.  "Workshop zur interkulturellen
# Öffnung von Vereinen ... (Nr. 3)", "1 Person".

KUCZERA_TEXT = """Hallo,

ich melde mich für den Workshop zur interkulturellen Öffnung von Vereinen an (Nr. 3). 1 Person.

Stefan Kuczera
Jugendwart DJK Arminia Ückendorf"""


@mail("kuczera-short-nr-3", "2027-07-12 07:33:58",
      E("registration", "s.kuczera@djk-arminia-ueckendorf.example", "Stefan Kuczera",
        "DJK Arminia Ückendorf", ["OEFFNUNG"], 1, "de"), "de")
def _(m):
    m.head(("From", "Stefan Kuczera <s.kuczera@djk-arminia-ueckendorf.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Aktionstag - Workshop 3"),
           ("Date", m.date),
           ("Message-ID", "<1783834438.2250.1051@webmail.djk-arminia-ueckendorf.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
           ("MIME-Version", "1.0"))
    m.alternative(KUCZERA_TEXT, div_html(KUCZERA_TEXT), charset="utf-8",
                  cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Change of 003: now she wants Workshop 2 ("den Workshop 2 mit den
# Sprachcafés").  iPhone reply quoting the confirmation ("noch offen").

@mail("hoffmeister-change-to-workshop-2", "2027-07-14 19:02:11",
      E("change", "jana.hoffmeister@mail.example", "Jana Hoffmeister", None,
        ["SPRACHE"], None, "de"), "de")
def _(m):
    m.head(("From", "Jana Hoffmeister <jana.hoffmeister@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4C7E1A90-B2D3-4F65-8E07-19A3C6D2F8B4@mail.example>"),
           ("In-Reply-To", "<aktionstag.20270622211458.c04e@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270622211458.c04e@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo nochmal,

ich hab mir das Programm jetzt genauer angeschaut und würde doch gern in den Workshop 2 mit den Sprachcafés. Geht das noch? Ich helfe ab September bei einem Sprachcafé in der Stadtbibliothek mit, da passt das perfekt.

LG Jana

Von meinem iPhone gesendet

> Am 22.06.2027 um 21:14 schrieb Aktionstag Ehrenamt und Integration <{BOX}>:
>
{gt_quote(confirmation("Frau Hoffmeister", None, 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Outlook plain text, windows-1252 QP.  Exclusion only: "Nur bitte nicht den
# zweiten" (and the word "Sprachcafés", an alias of the excluded workshop)
# -> [PATEN, OEFFNUNG] (the remaining ones in numeric order; see README).

@mail("schulte-bockholt-nicht-den-zweiten", "2027-07-15 10:48:37",
      E("registration", "r.schulte-bockholt@heimatverein-horst.example", "Reinhard Schulte-Bockholt",
        "Heimatverein Horst e.V.", ["PATEN", "OEFFNUNG"], 2, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Schulte-Bockholt <r.schulte-bockholt@heimatverein-horst.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Heimatverein Horst"),
           ("Date", m.date),
           ("Message-ID", "<000001dbf4a2$6e3c91b0$4ab5b510$@heimatverein-horst.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für den Heimatverein Horst e.V. melden sich zum Aktionstag am 18. September 2027 zwei Personen an: unser Schriftführer Herr Jürgen Baumeister und ich.

Welchen Workshop wir besuchen, ist uns nicht so wichtig. Nur bitte nicht den zweiten – Sprachcafés bieten wir nicht an und haben das auch nicht vor.

Mit freundlichem Gruß
Reinhard Schulte-Bockholt
1. Vorsitzender
Heimatverein Horst e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Newsletter of the Freiwilligenagentur (other): another event with its own
# "Workshop 1/2" and "Jetzt anmelden"; mentions the Aktionstag in passing.

NL_TEXT = """Freiwilligenagentur Gelsenkirchen – Newsletter Juli 2027

Liebe Freiwillige, liebe Vereine,

das steht im Sommer an:

* Freiwilligenbörse am 2. Oktober 2027 im Musiktheater-Foyer
  Über 40 Vereine und Initiativen stellen sich vor. Begleitend gibt es zwei
  Kurz-Workshops: Workshop 1 "Social Media für kleine Vereine" und
  Workshop 2 "Versicherungsschutz im Ehrenamt".
  Jetzt anmelden: https://freiwilligenagentur-ge.example/boerse-2027

* Aktionstag Ehrenamt und Integration am 18. September
  Das Kommunale Integrationszentrum lädt ins Hans-Sachs-Haus ein.
  Anmeldung direkt beim Integrationszentrum.

* Ehrenamtskarte NRW
  Wer sich mindestens fünf Stunden pro Woche engagiert, kann die
  Ehrenamtskarte beantragen: https://freiwilligenagentur-ge.example/ehrenamtskarte

Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler steht.
Abbestellen: https://freiwilligenagentur-ge.example/newsletter/abmelden?u=5521
Freiwilligenagentur Gelsenkirchen · Ebertstraße 20 · 45879 Gelsenkirchen"""

NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter Juli 2027</title></head>
<body style="margin:0;background:#eef3f0;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d;">
<tr><td style="background:#2e7d4f;color:#ffffff;"><h1 style="margin:0;font-size:21px;">Freiwilligenagentur Gelsenkirchen</h1><p style="margin:4px 0 0;">Newsletter Juli 2027</p></td></tr>
<tr><td>
<p>Liebe Freiwillige, liebe Vereine,</p>
<p>das steht im Sommer an:</p>
<h2 style="font-size:16px;color:#2e7d4f;">Freiwilligenbörse am 2. Oktober 2027 im Musiktheater-Foyer</h2>
<p>Über 40 Vereine und Initiativen stellen sich vor. Begleitend gibt es zwei Kurz-Workshops: Workshop 1 „Social Media für kleine Vereine“ und Workshop 2 „Versicherungsschutz im Ehrenamt“.</p>
<p><a href="https://freiwilligenagentur-ge.example/boerse-2027" style="background:#2e7d4f;color:#fff;padding:8px 14px;text-decoration:none;">Jetzt anmelden</a></p>
<h2 style="font-size:16px;color:#2e7d4f;">Aktionstag Ehrenamt und Integration am 18. September</h2>
<p>Das Kommunale Integrationszentrum lädt ins Hans-Sachs-Haus ein. Anmeldung direkt beim Integrationszentrum.</p>
<h2 style="font-size:16px;color:#2e7d4f;">Ehrenamtskarte NRW</h2>
<p>Wer sich mindestens fünf Stunden pro Woche engagiert, kann die <a href="https://freiwilligenagentur-ge.example/ehrenamtskarte">Ehrenamtskarte beantragen</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler steht.<br>
<a href="https://freiwilligenagentur-ge.example/newsletter/abmelden?u=5521">Abbestellen</a> · Freiwilligenagentur Gelsenkirchen · Ebertstraße 20 · 45879 Gelsenkirchen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("freiwilligenagentur-newsletter", "2027-07-18 06:00:03", E("other"), "de")
def _(m):
    m.head(("From", "Freiwilligenagentur Gelsenkirchen <newsletter@freiwilligenagentur-ge.example>"),
           ("To", BOX),
           ("Subject", "Newsletter Juli: Freiwilligenbörse, Aktionstag, Ehrenamtskarte"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-07.5521.8f3a1c@freiwilligenagentur-ge.example>"),
           ("List-Id", "Newsletter Freiwilligenagentur <newsletter.freiwilligenagentur-ge.example>"),
           ("List-Unsubscribe", "<https://freiwilligenagentur-ge.example/newsletter/abmelden?u=5521>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach-kompatibel 4.1"),
           ("MIME-Version", "1.0"))
    m.alternative(NL_TEXT, NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Turkish, Gmail for Android multipart/alternative.  "Eşim ve kızımla ... 3
# kişiyiz"; "1 numaralı atölyeye (Patenschaften)".

OZDEMIR_TEXT = """Selamün aleyküm, merhaba,

18 Eylül'deki Aktionstag'e kayıt yaptırmak istiyorum. Eşim ve kızımla birlikte geleceğiz, yani 3 kişiyiz.

Hepimiz 1 numaralı atölyeye (Patenschaften) katılmak istiyoruz. Camide yeni gelen ailelere rehberlik eden bir grup kurduk, orada öğreneceklerimiz işimize çok yarar.

Hayırlı çalışmalar,
Mustafa Özdemir
Yeni Cami Derneği Hassel e.V."""


@mail("ozdemir-turkish-three-workshop-1", "2027-07-20 21:30:14",
      E("registration", "mustafa.ozdemir@mail.example", "Mustafa Özdemir",
        "Yeni Cami Derneği Hassel e.V.", ["PATEN"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Özdemir <mustafa.ozdemir@mail.example>"),
           ("To", BOX),
           ("Subject", "Aktionstag kaydı – 3 kişi"),
           ("Date", m.date),
           ("Message-ID", "<CAN0b4Tq7Wm1Xs9Vr3Lp5Kz8Yd2Hf6Jg0Ue4Ci7Oa1Nb5Mq9Pw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OZDEMIR_TEXT, gmail_html(OZDEMIR_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 024 ---------------------------------------------------------------------
# Cancellation of 004 in English, Gmail reply quoting the confirmation.

ADEYEMI_CANCEL = """Dear all,

I'm afraid we have to cancel our registration for 18 September. We will be travelling to Lagos for a family wedding that weekend, which was only fixed last week. Please give our two places to someone else.

Sorry about that, and all the best for the day!
Samuel"""


@mail("adeyemi-cancel-english", "2027-07-22 13:15:40",
      E("cancellation", "samuel.adeyemi@mail.example", "Samuel Adeyemi", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Samuel Adeyemi <samuel.adeyemi@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF8q2Lm4tR0wQz7vYb5nJc2pXe8kH1sUa3dGo6iL9fZt4m7xBv@mail.gmail.example>"),
           ("In-Reply-To", "<aktionstag.20270623075940.1b9d@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270623075940.1b9d@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain, h = gmail_reply(
        ADEYEMI_CANCEL,
        f"On Wed, 23 Jun 2027 at 07:59, Aktionstag Ehrenamt und Integration <{BOX}> wrote:",
        confirmation("Herr Adeyemi", None, 2))
    m.alternative(plain, h, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252 QP.  The whole day; "In welchen
# Workshop Sie mich stecken, ist mir gleich" -> [].

WILCZEK_TEXT = """Liebes Team vom Integrationszentrum,

hiermit melde ich mich für den Aktionstag an. Ich bleibe den ganzen Tag, vom Plenum bis zum Markt der Möglichkeiten. In welchen Workshop Sie mich stecken, ist mir gleich – ich nehme jeden.

Herzliche Grüße
Sandra Wilczek
Familienzentrum Sonnenblume
Ehrenamtliches Elterncafé"""


@mail("wilczek-ganzer-tag-workshop-egal", "2027-07-26 09:12:47",
      E("registration", "sandra.wilczek@fz-sonnenblume.example", "Sandra Wilczek",
        "Familienzentrum Sonnenblume", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Sandra Wilczek <sandra.wilczek@fz-sonnenblume.example>"),
           ("To", TO_BOX),
           ("Subject", "Anmeldung Aktionstag 18.09.2027"),
           ("Thread-Topic", "Anmeldung Aktionstag 18.09.2027"),
           ("Thread-Index", "AdvdE7r1p0Qh5Tz2S8mWc3eLx9oK4w=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB5127F3D0A9B1C2E4568@AS8PR09MB5127.eurprd09.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(WILCZEK_TEXT, outlook_html(WILCZEK_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 026 ---------------------------------------------------------------------
# Change of 008 in Polish: both now want Workshop 1.  Thunderbird reply
# quoting the confirmation ("noch offen"), UTF-8 8bit.

@mail("wisniewska-nowak-change-polish", "2027-08-02 18:20:09",
      E("change", "k.wisniewska-nowak@polonia-ge.example", "Katarzyna Wiśniewska-Nowak", None,
        ["PATEN"], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Katarzyna Wiśniewska-Nowak", "k.wisniewska-nowak@polonia-ge.example",
                         "utf-8", "b")),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c81a0f52-6e4d-4b3a-9d27-5f0e1b8c2a63@polonia-ge.example>"),
           ("In-Reply-To", "<aktionstag.20270627193726.5a02@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270627193726.5a02@gelsenkirchen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

jednak się zdecydowaliśmy: mąż i ja chcielibyśmy oboje na warsztat 1 (Patenschaften). Czy można to jeszcze zmienić?

Dziękuję i pozdrawiam
Katarzyna Wiśniewska-Nowak

W dniu 27.06.2027 o 19:37, Aktionstag Ehrenamt und Integration pisze:
{gt_quote(confirmation("Frau Wiśniewska-Nowak", None, 2))}
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Only Workshop 3; if full, no workshop (plenary only) -> [OEFFNUNG].
# ISO-8859-15 QP (T-Online webmail).

@mail("terhorst-nur-drei-sonst-keinen", "2027-08-05 20:47:31",
      E("registration", "a.terhorst@hubertus-beckhausen.example", "Andreas Terhorst",
        "Schützenverein St. Hubertus Beckhausen 1889 e.V.", ["OEFFNUNG"], 1, "de"), "de")
def _(m):
    m.head(("From", "Andreas Terhorst <a.terhorst@hubertus-beckhausen.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung Aktionstag 18.9.2027"),
           ("Date", m.date),
           ("Message-ID", "<1785955651847.81321.webmail@hubertus-beckhausen.example>"),
           ("X-Mailer", "Webmail Classic 6.3"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Abend,

ich möchte mich für den Aktionstag anmelden. Interessant ist für mich eigentlich nur der Workshop 3 zur interkulturellen Öffnung. Wir sind ein traditioneller Schützenverein und merken, dass wir da einiges nachzuholen haben.

Sollte Workshop 3 schon voll sein, dann bitte keinen anderen Workshop, dann komme ich nur zum Plenum am Vormittag.

Mit Schützengruß
Andreas Terhorst
Schriftführer
Schützenverein St. Hubertus Beckhausen 1889 e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Gmail; registration for Workshop 2 plus a parking question (a
# registration).  "seit zwei Jahren" is no party size.

AKTAS_TEXT = """Hallo zusammen,

ich möchte mich gerne für den Aktionstag anmelden, für Workshop 2 (Sprachcafés und Lernhilfe). Ich mache seit zwei Jahren Hausaufgabenhilfe im Elternnetzwerk Schalke.

Kurze Frage noch: Gibt es am Hans-Sachs-Haus Parkplätze, oder sollte ich lieber mit der Straßenbahn kommen?

Danke & liebe Grüße
Nurcan Aktaş"""


@mail("aktas-workshop-2-parking-question", "2027-08-12 11:36:22",
      E("registration", "nurcan.aktas@mail.example", "Nurcan Aktaş",
        "Elternnetzwerk Schalke", ["SPRACHE"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nurcan Aktaş <nurcan.aktas@mail.example>"),
           ("To", BOX),
           ("Subject", "Anmeldung + Frage Parkplätze"),
           ("Date", m.date),
           ("Message-ID", "<CAM7x1Rw3Ty8Zq0Vn5Kb2Lp9Sd4Hj6Gf1Ue8Ci3Oa7Nb0Mq5Pw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AKTAS_TEXT, gmail_html(AKTAS_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Cancellation of 011 in Italian, Gmail (Italian) reply quoting the
# confirmation, UTF-8 8bit plain.

@mail("santangelo-cancel-italian", "2027-08-16 09:05:48",
      E("cancellation", "rosaria.santangelo@mail.example", "Rosaria Santangelo", None,
        [], None, "it"), "it")
def _(m):
    m.head(("From", "Rosaria Santangelo <rosaria.santangelo@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "R: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1786863948.9012.libero-webmail@mail.example>"),
           ("In-Reply-To", "<aktionstag.20270630151955.e7f3@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270630151955.e7f3@gelsenkirchen.example>"),
           ("X-Mailer", "Libero Mail"),
           ("MIME-Version", "1.0"))
    m.single(f"""Gentili organizzatori,

purtroppo devo annullare la mia iscrizione all'Aktionstag del 18 settembre: proprio quel sabato abbiamo la festa patronale della Missione e non posso mancare.

Spero di esserci il prossimo anno. Buon lavoro!

Cordiali saluti
Rosaria Santangelo

----- Messaggio originale -----
Da: Aktionstag Ehrenamt und Integration <{BOX}>
A: rosaria.santangelo@mail.example
Data: 30/06/2027 15:19
Oggetto: {CONFIRMATION_SUBJECT}

{confirmation("Frau Santangelo", "SPRACHE", 1)}
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Albanian, ISO-8859-1 QP.  Three women, names listed; "na vendosni në
# cilëndo që ka ende vend" = put us in whichever still has room -> [].

@mail("berisha-albanian-three-any-room", "2027-08-19 17:58:06",
      E("registration", "valbona.berisha@mail.example", "Valbona Berisha",
        "Shoqata e Grave Shqiptare Gelsenkirchen", [], 3, "sq"), "sq")
def _(m):
    m.head(("From", "Valbona Berisha <valbona.berisha@mail.example>"),
           ("To", BOX),
           ("Subject", "Aktionstag 18.09 - regjistrim"),
           ("Date", m.date),
           ("Message-ID", "<b7d2e01f-5a4c-4e39-86b0-c3f19a2d7e58@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("MIME-Version", "1.0"))
    m.single("""Mirëdita,

Ne jemi tri gra nga shoqata jonë dhe duam të marrim pjesë në Aktionstag më 18 shtator: unë, Mimoza Gashi dhe Drita Hoxha.

Për punëtoritë s'kemi ndonjë preferencë, na vendosni në cilëndo që ka ende vend. Mund të jemi edhe në punëtori të ndryshme, s'ka problem.

Me respekt,
Valbona Berisha
Shoqata e Grave Shqiptare Gelsenkirchen
""", charset="iso-8859-1", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change of 021: a third person; "Am Workshop ändert sich nichts" -> no new
# workshop choice ([]), party_size 3.  Outlook HTML only with a Von:/Gesendet:
# quote of the confirmation (which names Workshop 1).

SB_CHANGE = """Sehr geehrte Damen und Herren,

zu unserer Anmeldung: Unsere Kassiererin, Frau Hildegard Sowa, möchte ebenfalls mitkommen. Wir wären dann zu dritt. Ist das noch möglich? Am Workshop ändert sich nichts.

Mit freundlichem Gruß
Reinhard Schulte-Bockholt
Heimatverein Horst e.V."""


@mail("schulte-bockholt-change-to-three", "2027-08-23 10:15:29",
      E("change", "r.schulte-bockholt@heimatverein-horst.example", "Reinhard Schulte-Bockholt",
        "Heimatverein Horst e.V.", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Reinhard Schulte-Bockholt <r.schulte-bockholt@heimatverein-horst.example>"),
           ("To", TO_BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000001dc13f0$2b8e4a70$82dadf50$@heimatverein-horst.example>"),
           ("In-Reply-To", "<aktionstag.20270715105002.9c6b@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270715105002.9c6b@gelsenkirchen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = (f"Aktionstag Ehrenamt und Integration <{BOX}>",
             "Donnerstag, 15. Juli 2027 10:50",
             "Reinhard Schulte-Bockholt <r.schulte-bockholt@heimatverein-horst.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Schulte-Bockholt", "PATEN", 2))
    m.single(outlook_html(SB_CHANGE, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Greek question (childcare); she would register only if there is childcare.
# Gmail multipart/alternative, UTF-8 base64; Latin display name, Greek
# signature.

KARAGIANNI_TEXT = """Καλημέρα σας,

θα ήθελα να ρωτήσω αν υπάρχει φύλαξη παιδιών κατά τη διάρκεια των εργαστηρίων το απόγευμα. Έχω δύο παιδιά (5 και 8 ετών) και χωρίς φύλαξη δυστυχώς δεν μπορώ να έρθω. Αν υπάρχει, θα δηλώσω αμέσως συμμετοχή.

Ευχαριστώ πολύ,
Σοφία Καραγιάννη"""


@mail("karagianni-greek-question-childcare", "2027-08-26 13:40:15",
      E("question", "sofia.karagianni@mail.example", "Σοφία Καραγιάννη", None,
        [], None, "el"), "el")
def _(m):
    m.head(("From", "Sofia Karagianni <sofia.karagianni@mail.example>"),
           ("To", BOX),
           ("Subject", ew("Ερώτηση για φύλαξη παιδιών", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP2c6Ux9Ys3Wr7Vq1Mn4Kb8Lz0Hd5Jf2Gi6Ue9Ca3Ob7Nq1Pw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KARAGIANNI_TEXT, gmail_html(KARAGIANNI_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Change of 007: out of Workshop 1, "in welchen der beiden anderen, ist mir
# egal" -> [SPRACHE, OEFFNUNG].  Gmail reply quoting the confirmation.

RADEMACHER_CHANGE = """Hallo,

kleine Änderung bei mir: Bei uns im Verein haben wir beschlossen, dass meine Kollegin Svenja Koch zum Thema Patenschaften geht (sie meldet sich selbst noch an). Ich würde deshalb gern aus Workshop 1 raus. In welchen der beiden anderen, ist mir egal.

Viele Grüße
Tobias Rademacher"""


@mail("rademacher-change-not-workshop-1", "2027-08-30 08:22:51",
      E("change", "tobias.rademacher@bismarck-hilft.example", "Tobias Rademacher", None,
        ["SPRACHE", "OEFFNUNG"], None, "de"), "de")
def _(m):
    m.head(("From", "Tobias Rademacher <tobias.rademacher@bismarck-hilft.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJr5hQ3d1Nm8vXp0kYzR6sW2tUa4cHg7fJi9oKl3bN6eRq1pTz@mail.gmail.example>"),
           ("In-Reply-To", "<aktionstag.20270625094833.2d8a@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270625094833.2d8a@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain, h = gmail_reply(
        RADEMACHER_CHANGE,
        f"Am Fr., 25. Juni 2027 um 09:48 Uhr schrieb Aktionstag Ehrenamt und Integration <{BOX}>:",
        confirmation("Herr Rademacher", "PATEN", 1))
    m.alternative(plain, h, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 034 ---------------------------------------------------------------------
# Change of 013: he can only come in the morning; "streicht mich bitte aus
# dem Workshop" but the plenary stays -> change, [] (no workshop any more).
# Samsung mail, quote without '>' under "-------- Ursprüngliche Nachricht".

@mail("jankowski-change-drop-workshop", "2027-09-06 22:10:37",
      E("change", "marco.jankowski@mail.example", "Marco Jankowski", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Marco Jankowski <marco.jankowski@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<p3v8n.1788725437.android@mail.example>"),
           ("In-Reply-To", "<aktionstag.20270702230830.41f7@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270702230830.41f7@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi,

kleine Planänderung: am 18. haben wir nachmittags doch ein Ligaspiel, das kann ich nicht absagen. Ich komm also nur zum Plenum vormittags, streicht mich bitte aus dem Workshop raus, dann wird der Platz für jemand anderen frei.

Gruß Marco



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: Aktionstag Ehrenamt und Integration <{BOX}>
Datum: 02.07.27 23:08 (GMT+02:00)
An: marco.jankowski@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Herr Jankowski", "OEFFNUNG", 1)}
""", charset="utf-8", cte="8bit")


# -- 035 ---------------------------------------------------------------------
# Question with conditional intent: places left in Workshop 2?  "Falls ja,
# würden meine Kollegin und ich uns gern anmelden" -> question (see README).

@mail("sobczak-question-places-workshop-2", "2027-09-08 14:03:26",
      E("question", "h.sobczak@kleiderkammer-urbanus.example", "Heike Sobczak",
        "Kleiderkammer St. Urbanus Buer", [], None, "de"), "de")
def _(m):
    m.head(("From", "Heike Sobczak <h.sobczak@kleiderkammer-urbanus.example>"),
           ("To", BOX),
           ("Subject", "Noch Plätze frei?"),
           ("Date", m.date),
           ("Message-ID", "<000401dc20c5$1a2b3c40$4e5f6a70$@kleiderkammer-urbanus.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

gibt es im Workshop 2 noch freie Plätze für zwei Personen? Falls ja, würden meine Kollegin und ich uns gern noch anmelden. Die anderen beiden Themen passen für unsere Arbeit leider nicht so.

Freundliche Grüße
Heike Sobczak
Kleiderkammer St. Urbanus Buer
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Cancellation of 023 in Turkish, new mail from the phone (no quote), base64.

@mail("ozdemir-cancel-turkish", "2027-09-10 08:49:12",
      E("cancellation", "mustafa.ozdemir@mail.example", "Mustafa Özdemir", None,
        [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Özdemir <mustafa.ozdemir@mail.example>"),
           ("To", BOX),
           ("Subject", "Aktionstag iptal"),
           ("Date", m.date),
           ("Message-ID", "<7F2A9C10-3B4E-4D85-A6C1-E09B2D7F5A34@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

maalesef 18 Eylül'de gelemeyeceğiz, annem hastalandı ve bu hafta sonu Türkiye'ye uçmamız gerekiyor. 3 kişilik kaydımızı iptal edebilir misiniz?

Kusura bakmayın, teşekkürler.
Mustafa Özdemir

iPhone'umdan gönderildi""", charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Exchange NDR (German), mailbox full, for the 7-day reminder; CRLF line ends,
# multipart/report with an alternative notice and the returned reminder.

NDR_RCPT = "eleni.papadaki@mail.example"
NDR_DIAG = "552 5.2.2 Mailbox full; quota exceeded"
NDR_TEXT = f"""Die Nachricht konnte nicht zugestellt werden.

Betreff: {REMINDER_SUBJECT}
Gesendet: 11.09.2027 10:00

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR_RCPT} am 11.09.2027 10:00
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.
<smtp.mail.example #{NDR_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.gelsenkirchen.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Segoe UI">Die Nachricht konnte nicht zugestellt werden.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Segoe UI">Betreff:</font></td><td><font size="2" face="Segoe UI">{REMINDER_SUBJECT}</font></td></tr>
<tr><td><font size="2" face="Segoe UI">Gesendet:</font></td><td><font size="2" face="Segoe UI">11.09.2027 10:00</font></td></tr>
</table>
<p><font size="2" face="Segoe UI">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Segoe UI"><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> am 11.09.2027 10:00</font></p>
<blockquote><font size="2" face="Segoe UI">Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.<br>
&lt;smtp.mail.example #{esc(NDR_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Segoe UI">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Segoe UI">Generierender Server: EXCH02.gelsenkirchen.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-mailbox-full-reminder", "2027-09-11 10:00:41",
      E("bounce", bounced=NDR_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gelsenkirchen.example>"),
           ("To", TO_BOX),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8d1f3b27-6c4e-4a09-b5d2-7e0c9a1f3b64@EXCH02.gelsenkirchen.example>"),
           ("In-Reply-To", "<aktionstag.20270911100002.a3c5@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270911100002.a3c5@gelsenkirchen.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;EXCH02.gelsenkirchen.example"),
         ("Received-From-MTA", "dns;EXCH02.gelsenkirchen.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 08:00:02 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns;smtp.mail.example"),
         ("Diagnostic-Code", f"smtp;{NDR_DIAG}")])
    original = sent_message(
        f"{ew('Ελένη Παπαδάκη', 'utf-8', 'b')} <{NDR_RCPT}>", REMINDER_SUBJECT,
        reminder("Frau Papadaki", "SPRACHE", 1),
        "Sat, 11 Sep 2027 10:00:02 +0200", "<aktionstag.20270911100002.a3c5@gelsenkirchen.example>",
        auto="auto-generated")
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Vacation reply to the reminder WITHOUT any auto-reply header (small
# provider's responder), German and English.

@mail("jallow-vacation-no-header", "2027-09-11 10:01:15", E("auto_reply"), "de")
def _(m):
    m.head(("From", "Fatou Jallow <fatou.jallow@gambian-women-ruhr.example>"),
           ("To", BOX),
           ("Subject", "Abwesend / Away: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1789113675.3302@gambian-women-ruhr.example>"),
           ("In-Reply-To", "<aktionstag.20270911100004.b81e@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht. Ich bin bis zum 16. September nicht erreichbar und lese meine E-Mails danach.

Thank you for your message. I am away until 16 September and will read my e-mails when I am back.

Fatou Jallow
Gambian Women's Network Ruhr
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Advertising (other), HTML only: name badges and lanyards for events,
# "Workshop-Schilder", a discount code.

AD_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Namensschilder</title></head>
<body style="font-family:Arial,sans-serif;font-size:15px;color:#222;background:#fafafa;">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;">
<h1 style="font-size:22px;color:#c0392b;">Ihr Aktionstag steht vor der Tür?</h1>
<p>Guten Tag,</p>
<p>für Tagungen, Aktionstage und Workshops liefern wir <b>Namensschilder, Lanyards und Workshop-Tischaufsteller</b> &ndash; bedruckt mit Ihrem Logo, in 48 Stunden bei Ihnen.</p>
<ul>
<li>100 Namensschilder mit Clip ab 39 &euro;</li>
<li>Teilnehmerlisten-Import aus Excel: Schilder nach Workshop farbig sortiert</li>
<li>Kostenloser Versand ab 80 &euro;</li>
</ul>
<p>Mit dem Code <b>EHRENAMT27</b> erhalten Vereine und Kommunen 15&nbsp;% Rabatt bis zum 30.09.</p>
<p><a href="https://badge-express.example/angebot?utm_source=mail&amp;utm_campaign=herbst27" style="background:#c0392b;color:#fff;padding:10px 18px;text-decoration:none;">Jetzt bestellen</a></p>
<p style="font-size:11px;color:#888;">Badge Express GmbH &middot; Am Hafen 3 &middot; 47119 Duisburg<br>
Sie m&ouml;chten keine Angebote mehr? <a href="https://badge-express.example/abmelden?e=aktionstag">Hier abmelden</a>.</p>
</div>
</body></html>
"""


@mail("badge-express-advertising", "2027-09-13 07:15:00", E("other"), "de")
def _(m):
    m.head(("From", "Badge Express <angebote@badge-express.example>"),
           ("To", BOX),
           ("Subject", "Namensschilder für Ihren Aktionstag – 15 % Rabatt für Vereine"),
           ("Date", m.date),
           ("Message-ID", "<20270913051500.b4e1.campaign-herbst27@badge-express.example>"),
           ("List-Unsubscribe", "<https://badge-express.example/abmelden?e=aktionstag>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(AD_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation of 028 as a Gmail reply to the 7-day reminder.

AKTAS_CANCEL = """Hallo,

leider muss ich für Samstag absagen, mein Sohn hat an dem Tag ein Fußballturnier und ich bin als Fahrerin eingeteilt, das hatte ich total verpeilt. Bitte gebt meinen Platz im Workshop weiter.

Sorry und viel Erfolg!
Nurcan"""


@mail("aktas-cancel-reply-to-reminder", "2027-09-14 19:44:08",
      E("cancellation", "nurcan.aktas@mail.example", "Nurcan Aktaş", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Nurcan Aktaş <nurcan.aktas@mail.example>"),
           ("To", TO_BOX),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM7x1Rz6Ub2Wq4Vn8Kc5Lp1Sd7Hj9Gf3Ue0Ci5Oa2Nb8Mq3Pv@mail.gmail.example>"),
           ("In-Reply-To", "<aktionstag.20270911100006.d41c@gelsenkirchen.example>"),
           ("References", "<aktionstag.20270911100006.d41c@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    plain, h = gmail_reply(
        AKTAS_CANCEL,
        f"Am Sa., 11. Sept. 2027 um 10:00 Uhr schrieb Aktionstag Ehrenamt und Integration <{BOX}>:",
        reminder("Frau Aktaş", "SPRACHE", 1))
    m.alternative(plain, h, charset="utf-8", cte="quoted-printable", style="gmail")


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
HTML_NAMESPACES = ("schemas.microsoft.com", "www.w3.org")


def decoded_text(msg):
    """Decoded headers and text bodies of every part (nested messages too)."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
            if p.get_content_subtype() == "html":
                chunks.append(html.unescape(p.get_content()))
    return "\n".join(chunks)


def check_labels(e, msg, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int)
                                            or e["party_size"] < 1):
            problems.append("change party_size must be null or >= 1")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    machine = kind in ("auto_reply", "bounce", "other")
    if machine:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if em not in heads and em not in text.lower():
                problems.append(f"email {em} not in From/Reply-To/text")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not in the mail")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("person mail needs an ISO 639-1 language")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not any((b or "?") in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems


def check(name, data, m, expected):
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
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
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-Sept 2027")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError):
                problems.append(f"part {i}: does not decode in its charset {cs}")
        g = p.get_content()
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    text = decoded_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in HTML_NAMESPACES:
            problems.append(f"non-example URL host {dom}")
    for _, a in getaddresses([str(msg.get(h, "")) for h in ("From", "To", "Reply-To", "Cc")]):
        if a and "@" in a and not EXAMPLE_DOMAIN.search(a.split("@")[1].lower()):
            problems.append(f"non-example address {a}")
    problems += check_labels(expected, msg, text)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs) + "  all")
    for k in KINDS:
        if kinds[k]:
            print(f"  {k:13}" + "".join(f"{table[(k, l)] or '-':>4}" for l in langs)
                  + f"  {kinds[k]:>3}")
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
    wg = collections.Counter(tuple(e["workgroups"]) for _, _, e, _ in built
                             if e["kind"] == "registration")
    print("registration workgroup lists:", {" ".join(k) or "[]": v for k, v in wg.items()})


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
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
