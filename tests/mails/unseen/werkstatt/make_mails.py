#!/usr/bin/env python3
"""Evaluation set "werkstatt" for `mailbot parse`: 40 unseen mails for an invented event,
the Freiwilligen-Zentrum Osnabrück's "Ehrenamtswerkstatt 2027" (five workshops A-E).

Writes mails/NNN-slug.eml and expected.json next to this script and re-reads
every mail to check it (parses with email.policy.default without defects,
every text part decodes strictly in its declared charset, dates ascend).

    python3 make_mails.py            write mails/ and expected.json, then check
    python3 make_mails.py --check    change nothing; fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only.  The output is deterministic.
Every mail text is in this file; each mail has a one-line comment saying what it tests.
Only example domains are used (*.example).
"""
import argparse
import base64
import hashlib
import html
import json
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# MIME building blocks (hand-made so that charsets and encodings are exactly
# what the simulated client would produce)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)   # "Name: value" strings, ASCII
        self.body = body               # bytes, already transfer-encoded

    def raw(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _transfer(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         flowed=False, extra=()):
    """One text/* leaf.  `label` is how the charset is spelled in the header."""
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(charset)
    ct = f"Content-Type: text/{subtype}; charset={label or charset}"
    if flowed:
        ct += "; format=flowed"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", *extra], _transfer(data, cte))


def multi(subtype, *parts, boundary=None, preamble=False, params=""):
    if boundary is None:
        h = hashlib.sha1(b"".join(p.raw() for p in parts)).hexdigest()
        boundary = f"----=_NextPart_{h[:6]}_{h[6:14]}.{h[14:22]}"
    b = boundary.encode()
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for p in parts:
        body += b"--" + b + b"\n" + p.raw() + b"\n"
    body += b"--" + b + b"--\n"
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], body)


def attachment(data, ctype, filename):
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def rfc822(inner):
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline"], inner)


def H(s, charset="utf-8"):
    """A header value; encoded words only when needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def D(stamp, offset=None):
    """'2027-01-25 10:03:12' Berlin local time -> RFC 5322 date (CEST from 28 March 2027)."""
    if offset is None:
        offset = "+0200" if stamp >= "2027-03-28 02:00" else "+0100"
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return format_datetime(datetime.strptime(stamp, fmt).replace(tzinfo=tz))


def mid(seed, domain):
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20].upper()}@{domain}>"


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in s.split("\n"))


def to_html(s):
    """Plain text -> simple HTML paragraphs (what a client's HTML part looks like)."""
    out = []
    for para in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_html(s, lang="DE"):
    body = "\n".join(
        f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in s.strip("\n").split("\n"))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def build(headers, part):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + part.raw()


# ---------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------

MAILS = []        # (filename, bytes, expected record)
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size",
        "language", "bounced_recipient")


def exp(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    if kind == "registration" and party is None:
        party = 1
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(num, slug, *, frm, subject, date, part, expected, to=None, reply_to=None,
        msg_id=None, in_reply_to=None, cc=None, extra=(), subject_charset="utf-8"):
    fname = f"{num:03d}-{slug}.eml"
    addr_domain = frm.rsplit("@", 1)[1].rstrip(">")
    headers = []
    headers += [h for h in extra if h[0] in ("Return-Path", "Received")]
    headers += [
        ("From", frm),
        ("To", to or TO_EVENT),
        ("Cc", cc),
        ("Reply-To", reply_to),
        ("Subject", H(subject, subject_charset)),
        ("Date", date),
        ("Message-ID", msg_id or mid(fname, addr_domain)),
    ]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    headers += [h for h in extra if h[0] not in ("Return-Path", "Received")]
    MAILS.append((fname, build(headers, part), expected))




# ---------------------------------------------------------------------------
# texts the participants quote: the invitation and mailbot's confirmation
# ---------------------------------------------------------------------------

EVENT_ADDR = "werkstatt@fz-osnabrueck.example"
EVENT_NAME = "Ehrenamtswerkstatt 2027"
TO_EVENT = A(EVENT_NAME, EVENT_ADDR)
INVITE_ID = "<einladung-ehrenamtswerkstatt-2027.0315@fz-osnabrueck.example>"
INVITE_SUBJECT = "Einladung zur Ehrenamtswerkstatt 2027 am 8. Mai"

INVITATION = """Liebe Engagierte, liebe Vereine und Initiativen,

am Samstag, 8. Mai 2027, laden wir Sie herzlich zur Ehrenamtswerkstatt 2027 ein.

Zeit: 10:00 bis 15:30 Uhr
Ort: Lagerhalle, Rolandsmauer 26, 49074 Osnabrück

Nach einem gemeinsamen Auftakt arbeiten wir in fünf parallelen Werkstätten:

  Werkstatt A  Neue Ehrenamtliche gewinnen und halten
  Werkstatt B  Digitale Vereinsarbeit: Tools, Datenschutz, Social Media
  Werkstatt C  Geld für gute Ideen: Förderanträge und Spenden
  Werkstatt D  Vielfalt im Verein: Zugänge für Geflüchtete und Zugewanderte
  Werkstatt E  Recht und Haftung im Ehrenamt

Die Teilnahme ist kostenlos, für Mittagessen ist gesorgt.
Bitte melden Sie sich bis zum 30. April 2027 per E-Mail an werkstatt@fz-osnabrueck.example an
und nennen Sie uns Ihren Namen, Ihren Verein oder Ihre Initiative,
Ihre Wunsch-Werkstatt (gern auch eine zweite Wahl)
und die Zahl der Personen. Die Plätze sind begrenzt.

Herzliche Grüße
Jana Brinkmann
Freiwilligen-Zentrum Osnabrück e.V.
Tel. 0541 0001234"""

WS = {
    "WA": "Werkstatt A - Neue Ehrenamtliche gewinnen und halten",
    "WB": "Werkstatt B - Digitale Vereinsarbeit: Tools, Datenschutz, Social Media",
    "WC": "Werkstatt C - Geld für gute Ideen: Förderanträge und Spenden",
    "WD": "Werkstatt D - Vielfalt im Verein: Zugänge für Geflüchtete und Zugewanderte",
    "WE": "Werkstatt E - Recht und Haftung im Ehrenamt",
}
CONF_SUBJECT_DE = "Ihre Anmeldung zur Ehrenamtswerkstatt 2027"
CONF_SUBJECT_EN = "Your registration for the Ehrenamtswerkstatt 2027"


def confirmation_de(name, ws, persons):
    return f"""Hallo {name},

danke für Ihre Anmeldung zur Ehrenamtswerkstatt 2027 am Samstag, 8. Mai 2027,
10:00-15:30 Uhr, Lagerhalle, Rolandsmauer 26, Osnabrück.

Werkstatt: {WS[ws]}
Personen: {persons}

Änderungen oder Absage: einfach auf diese E-Mail antworten.

Freiwilligen-Zentrum Osnabrück e.V.
Ehrenamtswerkstatt 2027"""


def confirmation_en(name, ws, persons):
    return f"""Hello {name},

Thank you for registering for the Ehrenamtswerkstatt 2027 on Saturday, 8 May 2027,
10:00-15:30, Lagerhalle, Rolandsmauer 26, Osnabrück.

Workshop: {WS[ws]}
Persons: {persons}

To change or cancel, simply reply to this e-mail.

Freiwilligen-Zentrum Osnabrück e.V.
Ehrenamtswerkstatt 2027"""


def outlook_block(sent, to, subject, lang="de"):
    if lang == "de":
        return (f"________________________________\nVon: {EVENT_NAME} <{EVENT_ADDR}>\n"
                f"Gesendet: {sent}\nAn: {to}\nBetreff: {subject}\n")
    return (f"________________________________\nFrom: {EVENT_NAME} <{EVENT_ADDR}>\n"
            f"Sent: {sent}\nTo: {to}\nSubject: {subject}\n")


def gmail_quote_html(attribution, quoted):
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attribution)
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + to_html(quoted) + "</blockquote></div>")


def conf_id(who):
    return mid("confirmation:" + who, "fz-osnabrueck.example")


# a tiny but well-formed PDF (the "filled-in form" some people attach)
FORM_PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
4 0 obj << /Length 96 >> stream
BT /F1 12 Tf 60 780 Td (Anmeldung Ehrenamtswerkstatt 2027 - Osnabruecker Tafel - 3 Personen) Tj ET
endstream endobj
5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: Exim plain-text bounce with X-Failed-Recipients (no multipart/report), the invitation's headers follow
add(1, "bounce-exim-plain-failed-recipients",
    frm=A("Mail Delivery System", "Mailer-Daemon@mail.fz-osnabrueck.example"),
    subject="Mail delivery failed: returning message to sender", date=D("2027-03-15 09:31:07"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "kontakt@tafel-hasbergen.example")],
    part=text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kontakt@tafel-hasbergen.example
    host mx.tafel-hasbergen.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<kontakt@tafel-hasbergen.example>:
    550 5.1.1 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <werkstatt@fz-osnabrueck.example>
From: Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example>
To: kontakt@tafel-hasbergen.example
Subject: Einladung zur Ehrenamtswerkstatt 2027 am 8. Mai
Date: Mon, 15 Mar 2027 09:30:55 +0100
Message-ID: <einladung-ehrenamtswerkstatt-2027.0315@fz-osnabrueck.example>

Liebe Engagierte, liebe Vereine und Initiativen,

am Samstag, 8. Mai 2027, laden wir Sie herzlich zur Ehrenamtswerkstatt 2027 ein.
[...]""", charset="utf-8", cte="8bit"),
    expected=exp("bounce", bounced="kontakt@tafel-hasbergen.example"))

# 002: Outlook "Abwesenheitsnotiz" with Auto-Submitted, mentions a date and a deputy's address
_t = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis zum 22. März 2027 nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Angelegenheiten wenden Sie sich bitte an buero@seniorenbeirat-os.example.

Freundliche Grüße
Monika Strothmann
Seniorenbeirat der Stadt Osnabrück"""
add(2, "auto-reply-outlook-abwesenheit",
    frm=A("Strothmann, Monika", "m.strothmann@seniorenbeirat-os.example"),
    subject=f"Abwesenheitsnotiz: {INVITE_SUBJECT}", date=D("2027-03-15 09:32:44"),
    in_reply_to=INVITE_ID,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE")],
    part=multi("alternative", text(_t, charset="iso-8859-1"), text(outlook_html(_t), subtype="html")),
    expected=exp("auto_reply"))

# 003: Outlook top-post quoting the invitation unprefixed; "Werkstatt C, als zweite Wahl Werkstatt A"; Schriftführerin role line
_t = """Sehr geehrte Frau Brinkmann,

gern melde ich mich zur Ehrenamtswerkstatt an: am liebsten Werkstatt C, als zweite Wahl Werkstatt A.

Mit freundlichen Grüßen
Gabriele Vennemann
Schriftführerin
TuS Eintracht Osnabrück-Schinkel e.V.
Schinkelstraße 112, 49084 Osnabrück

""" + outlook_block("Montag, 15. März 2027 09:30", "Ehrenamtswerkstatt 2027 <" + EVENT_ADDR + ">", INVITE_SUBJECT) + "\n" + INVITATION
add(3, "vennemann-outlook-c-then-a",
    frm=A("Gabriele Vennemann", "g.vennemann@tus-schinkel.example"),
    subject=f"AW: {INVITE_SUBJECT}", date=D("2027-03-15 11:05:32"), in_reply_to=INVITE_ID,
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", INVITE_SUBJECT)],
    part=multi("alternative", text(_t), text(outlook_html(_t), subtype="html")),
    expected=exp("registration", "g.vennemann@tus-schinkel.example", "Gabriele Vennemann",
                 "TuS Eintracht Osnabrück-Schinkel e.V.", ["WC", "WA"], 1, "de"))

# 004: English Gmail top-post: "workshop B (the digital one)"; invitation quoted below with German attribution
_t = """Hi Jana,

Thanks for the invitation! I'd like to sign up for workshop B (the digital one) - we are struggling with GDPR and our Instagram account.

Best,
Daniel Mensah
Osnabrück International Students Network"""
_a = "Am Mo., 15. März 2027 um 09:30 Uhr schrieb Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example>:"
add(4, "mensah-english-gmail-workshop-b",
    frm=A("Daniel Mensah", "daniel.mensah@gmail.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-03-15 16:40:18"), in_reply_to=INVITE_ID,
    part=multi("alternative",
        text(_t + "\n\n" + _a + "\n\n" + quote(INVITATION), label="UTF-8"),
        text('<div dir="ltr">' + to_html(_t) + "</div>" + gmail_quote_html(_a, INVITATION), subtype="html", label="UTF-8"),
        boundary="000000000000b5a4c3d2e1f00112"),
    expected=exp("registration", "daniel.mensah@gmail.example", "Daniel Mensah",
                 "Osnabrück International Students Network", ["WB"], 1, "en"))

# 005: Thunderbird, bare letters "B, ersatzweise D", colleague named -> 2
add(5, "osterkamp-thunderbird-letters",
    frm=A("Martin Osterkamp", "m.osterkamp@buergerverein-eversburg.example"),
    subject="Anmeldung Ehrenamtswerkstatt", date=D("2027-03-16 08:20:51"),
    extra=[("User-Agent", "Mozilla Thunderbird")],
    part=text("""Hallo Frau Brinkmann,

für den Bürgerverein Eversburg melden sich meine Kollegin Frau Schäfer und ich an.
Werkstatt: B, ersatzweise D.

Viele Grüße
Martin Osterkamp

-- 
Bürgerverein Eversburg e.V. | Vorstand
www.buergerverein-eversburg.example""", charset="utf-8", label="UTF-8", cte="8bit", flowed=True),
    expected=exp("registration", "m.osterkamp@buergerverein-eversburg.example", "Martin Osterkamp",
                 "Bürgerverein Eversburg e.V.", ["WB", "WD"], 2, "de"))

# 006: WordPress contact form (From wordpress@, Reply-To the person), labelled fields, "Zweitwunsch: -"
add(6, "tiemann-wordpress-contact-form",
    frm=A("Freiwilligen-Zentrum Osnabrück", "wordpress@fz-osnabrueck.example"),
    reply_to=A("Heike Tiemann", "heike.tiemann@web.example"),
    subject='[Freiwilligen-Zentrum Osnabrück] Anmeldung "Ehrenamtswerkstatt 2027"',
    date=D("2027-03-16 21:14:09"),
    part=text("""Von: Heike Tiemann <heike.tiemann@web.example>
Betreff: Anmeldung Ehrenamtswerkstatt 2027

Verein / Initiative: Hospizverein Melle
Werkstatt (Erstwunsch): Werkstatt E - Recht und Haftung im Ehrenamt
Werkstatt (Zweitwunsch): -
Anzahl Personen: 1

Nachricht:
Ich freue mich auf den Tag! Wir haben gerade viele Fragen zur Haftung bei Sterbebegleitungen.

--
Diese E-Mail wurde von einem Kontaktformular von Freiwilligen-Zentrum Osnabrück (https://www.fz-osnabrueck.example) gesendet""",
              charset="utf-8", cte="8bit"),
    expected=exp("registration", "heike.tiemann@web.example", "Heike Tiemann",
                 "Hospizverein Melle", ["WE"], 1, "de"))

# 007: Turkish, "D atölyesi" by letter with the topic in Turkish, "eşimle birlikte" -> 2
add(7, "celebi-turkish-d-with-husband",
    frm=A("Zeynep Çelebi", "zeynep.celebi@hotmail.example"),
    subject="Ehrenamtswerkstatt kayıt", date=D("2027-03-17 19:02:26"),
    part=text("""Merhaba Jana Hanım,

8 Mayıs'taki Ehrenamtswerkstatt'a katılmak istiyorum. D atölyesine (dernekte çeşitlilik) katılmak istiyorum. Eşimle birlikte geleceğiz.

Teşekkürler
Zeynep Çelebi
Osnabrück Türk Kültür Derneği""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "zeynep.celebi@hotmail.example", "Zeynep Çelebi",
                 "Osnabrück Türk Kültür Derneği", ["WD"], 2, "tr"))

# 008: question only: may one come only in the morning (appointment at 13 Uhr)? registers no one
add(8, "rehme-question-morning-only",
    frm=A("Wolfgang Rehme", "w.rehme@osnanet.example"),
    subject="Frage zur Ehrenamtswerkstatt", date=D("2027-03-18 10:45:00"),
    part=text("""Guten Tag,

kann man bei der Ehrenamtswerkstatt auch nur am Vormittag teilnehmen? Ich habe am 8. Mai um 13 Uhr leider einen anderen Termin.

Mit freundlichen Grüßen
Wolfgang Rehme""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("question", "w.rehme@osnanet.example", "Wolfgang Rehme", None, [], None, "de"))

# 009: shared board mailbox, the chair registers himself and the treasurer ("unsere Kassiererin ... und mich") -> 2; "1. Vorsitzender" is no workshop
add(9, "hoelscher-shared-mailbox-two",
    frm=A("Vorstand Förderverein Stadtteilbibliothek Haste", "vorstand@bibliothek-haste.example"),
    subject="Anmeldung Werkstatt Fundraising", date=D("2027-03-19 13:13:47"),
    part=text("""Liebe Frau Brinkmann,

hiermit melde ich unsere Kassiererin Petra Lohmann und mich für die Werkstatt Fundraising an.

Viele Grüße
Bernd Hölscher
1. Vorsitzender
Förderverein Stadtteilbibliothek Haste e.V.""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "vorstand@bibliothek-haste.example", "Bernd Hölscher",
                 "Förderverein Stadtteilbibliothek Haste e.V.", ["WC"], 2, "de"))

# 010: English, workshop by position: "the last one on your list" (= E), described as legal/liability
add(10, "macleod-english-last-one",
    frm=A("Fiona MacLeod", "fiona.macleod@btinternet.example"),
    subject="Registration - Ehrenamtswerkstatt", date=D("2027-03-20 11:31:19"),
    part=text("""Dear Ms Brinkmann,

I'd like to sign up for the Ehrenamtswerkstatt on 8 May, for the last one on your list - the legal and liability workshop. Our club has 60 members and we keep wondering who is liable when something goes wrong on an outing.

Kind regards,
Fiona MacLeod
Osnabrück International Women's Club""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("registration", "fiona.macleod@btinternet.example", "Fiona MacLeod",
                 "Osnabrück International Women's Club", ["WE"], 1, "en"))

# 011: Arabic (base64), "ورشة العمل الرابعة" (the fourth, in words) = WD; alone
add(11, "khalil-arabic-fourth",
    frm=A("Rama Khalil", "rama.khalil@gmail.example"),
    subject="تسجيل - Ehrenamtswerkstatt 2027", date=D("2027-03-22 09:58:03"),
    part=multi("alternative",
        text("""مرحباً،

أرغب في التسجيل في ورشة العمل الرابعة (التنوع في الجمعيات) يوم 8 أيار. سأحضر وحدي.

شكراً جزيلاً
Rama Khalil
Syrisch-Deutscher Frauenverein Osnabrück""", label="UTF-8", cte="base64"),
        text('<div dir="rtl">مرحباً،<br><br>أرغب في التسجيل في ورشة العمل الرابعة (التنوع في الجمعيات) يوم 8 أيار. سأحضر وحدي.<br><br>شكراً جزيلاً<br>Rama Khalil<br>Syrisch-Deutscher Frauenverein Osnabrück</div>',
             subtype="html", label="UTF-8", cte="base64"),
        boundary="0000000000001a2b3c4d5e6f7a8b"),
    expected=exp("registration", "rama.khalil@gmail.example", "Rama Khalil",
                 "Syrisch-Deutscher Frauenverein Osnabrück", ["WD"], 1, "ar"))

# 012: all lower case from a phone, "werkstatt 2" by number, "zu zweit mit meinem mann"; no organisation
add(12, "kuehn-lowercase-number-two",
    frm=A("Sandra Kühn", "sandra.kuehn@gmx.example"),
    subject="anmeldung", date=D("2027-03-22 22:07:40"),
    extra=[("X-Mailer", "Android Mail")],
    part=text("""hallo, werkstatt 2 bitte, bin zu zweit mit meinem mann. freu mich!
lg sandra

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "sandra.kuehn@gmx.example", "Sandra Kühn", None, ["WB"], 2, "de"))

# 013: newsletter of a state network (List-Id, Precedence bulk) with its own "Werkstatt", "Anmeldung", "Fördergelder" -> other
_nl = """Engagement-Newsletter 3/2027

- Online-Werkstatt "Fördergelder finden" am 14. April, 17 Uhr: Anmeldung unter www.engagement-nds.example/werkstatt
- Neue Broschüre "Haftung im Ehrenamt" zum Download
- Ehrenamtskarte: jetzt auch digital beantragen

Landesnetzwerk Bürgerschaftliches Engagement Niedersachsen
Newsletter abbestellen: www.engagement-nds.example/abmelden"""
add(13, "newsletter-landesnetzwerk",
    frm=A("Landesnetzwerk Engagement Niedersachsen", "newsletter@engagement-nds.example"),
    to="werkstatt@fz-osnabrueck.example",
    subject="Engagement-Newsletter 3/2027: Online-Werkstatt Fördergelder", date=D("2027-03-23 07:00:00"),
    extra=[("List-Id", "<engagement-newsletter.engagement-nds.example>"),
           ("List-Unsubscribe", "<https://www.engagement-nds.example/abmelden>"), ("Precedence", "bulk")],
    part=multi("alternative", text(_nl), text("<html><body>" + to_html(_nl) + "</body></html>", subtype="html")),
    expected=exp("other"))

# 014: Russian (UTF-8 base64), "мастерская C (фандрайзинг)" by Latin letter inside Cyrillic text, "нас будет трое" -> 3
add(14, "smirnova-russian-c-three",
    frm=A("Елена Смирнова", "e.smirnova@yandex.example"),
    subject="Регистрация на Ehrenamtswerkstatt 8 мая", date=D("2027-03-24 18:36:55"),
    part=text("""Добрый день, Яна!

Хотим зарегистрироваться на Ehrenamtswerkstatt 8 мая. Нас интересует мастерская C (фандрайзинг и заявки на гранты). Нас будет трое: я и две мамы из нашего клуба.

С уважением,
Елена Смирнова
Russischsprachiger Elternverein Osnabrück e.V.""", label="UTF-8", cte="base64"),
    expected=exp("registration", "e.smirnova@yandex.example", "Елена Смирнова",
                 "Russischsprachiger Elternverein Osnabrück e.V.", ["WC"], 3, "ru"))

# 015: HTML-only Outlook, topic words "Fundraising, alternativ Vielfalt"; "recht herzlichen Dank" must not pick Werkstatt E (alias "Recht")
_t = """Liebe Frau Brinkmann,

recht herzlichen Dank für die Einladung! Ich melde mich gerne an, und zwar für die Werkstatt zum Fundraising, alternativ für die Werkstatt zur Vielfalt im Verein.

Mit freundlichen Grüßen

Miriam Köhler-Asante
Koordination Ehrenamt
Diakonisches Werk Osnabrück
Tel. 0541 000 5678

Diakonisches Werk Osnabrück | Sitz: Osnabrück | Diese E-Mail ist vertraulich."""
add(15, "koehler-asante-html-only-recht-herzlich",
    frm=A("Köhler-Asante, Miriam", "m.koehler-asante@diakonie-os.example"),
    subject="Anmeldung Ehrenamtswerkstatt 8.5.", date=D("2027-03-25 14:22:10"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    part=text(outlook_html(_t), subtype="html", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "m.koehler-asante@diakonie-os.example", "Miriam Köhler-Asante",
                 "Diakonisches Werk Osnabrück", ["WC", "WD"], 1, "de"))

# 016: Ukrainian, "воркшоп №4" (numero sign), alone
add(16, "bondarenko-ukrainian-number4",
    frm=A("Наталія Бондаренко", "n.bondarenko@ukr.example"),
    subject="Реєстрація на Ehrenamtswerkstatt", date=D("2027-03-26 12:49:31"),
    part=text("""Добрий день!

Хочу зареєструватися на Ehrenamtswerkstatt 8 травня, воркшоп №4 (різноманіття у спілці). Прийду сама.

З повагою,
Наталія Бондаренко
Українська громада Оснабрюка""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "n.bondarenko@ukr.example", "Наталія Бондаренко",
                 "Українська громада Оснабрюка", ["WD"], 1, "uk"))

# 017: change, Gmail reply to the confirmation: "statt Werkstatt A lieber die Digital-Werkstatt" (new choice by topic)
_c = confirmation_de("Tim Hagedorn", "WA", 1)
_a = "Am Do., 25. März 2027 um 10:15 Uhr schrieb Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example>:"
_t = """Hallo,

kann ich statt Werkstatt A lieber in die Digital-Werkstatt? Unser Verein stellt gerade die Mitgliederverwaltung um, das ist dringender.

Danke!
Tim Hagedorn
Kanu-Club Osnabrück"""
add(17, "hagedorn-change-a-to-digital",
    frm=A("Tim Hagedorn", "tim.hagedorn@gmail.example"),
    subject=f"Re: {CONF_SUBJECT_DE}", date=D("2027-03-29 20:11:37"), in_reply_to=conf_id("hagedorn"),
    part=multi("alternative",
        text(_t + "\n\n" + _a + "\n\n" + quote(_c), label="UTF-8"),
        text('<div dir="ltr">' + to_html(_t) + "</div>" + gmail_quote_html(_a, _c), subtype="html", label="UTF-8"),
        boundary="00000000000099887766554433aa"),
    expected=exp("change", "tim.hagedorn@gmail.example", "Tim Hagedorn", "Kanu-Club Osnabrück", ["WB"], None, "de"))

# 018: "die mittlere Werkstatt (Förderanträge)" = C by position and topic; "45 Ehrenamtliche" is not the party
add(18, "poeppelmann-middle-one",
    frm=A("Werner Pöppelmann", "w.poeppelmann@heimatverein-wallenhorst.example"),
    subject="Anmeldung", date=D("2027-03-30 10:03:58"),
    part=text("""Sehr geehrte Damen und Herren,

ich möchte mich für die mittlere Werkstatt (Förderanträge und Spenden) anmelden. Wir sind ein kleiner Verein mit 45 Ehrenamtlichen und brauchen dringend Geld für unser Backhaus.

Mit freundlichem Gruß
Werner Pöppelmann
Heimatverein Wallenhorst e.V.""", charset="windows-1252", cte="quoted-printable"),
    expected=exp("registration", "w.poeppelmann@heimatverein-wallenhorst.example", "Werner Pöppelmann",
                 "Heimatverein Wallenhorst e.V.", ["WC"], 1, "de"))

# 019: English bottom-post below the quoted invitation: "Workshop A please, or E if A is full"
add(19, "bennett-english-bottom-post-a-or-e",
    frm=A("Olivia Bennett", "olivia.bennett@posteo.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-03-31 17:25:44"), in_reply_to=INVITE_ID,
    extra=[("User-Agent", "Mozilla Thunderbird")],
    part=text("On 15/03/2027 09:30, Ehrenamtswerkstatt 2027 wrote:\n" + quote(INVITATION) + """

Hello Jana,

count me in! Workshop A please, or E if A is full.

Cheers,
Olivia Bennett
Repair Café Osnabrück""", charset="utf-8", cte="8bit", flowed=True),
    expected=exp("registration", "olivia.bennett@posteo.example", "Olivia Bennett",
                 "Repair Café Osnabrück", ["WA", "WE"], 1, "en"))

# 020: English question before registering (wheelchair access, accessible toilet) -> question
add(20, "jansen-english-question-access",
    frm=A("Mark Jansen", "mark.jansen@outlook.example"),
    subject="Accessibility of the venue?", date=D("2027-04-01 09:12:05"),
    part=text("""Hello,

before I register: is the Lagerhalle wheelchair accessible, and is there an accessible toilet? I use a wheelchair.

Thanks,
Mark Jansen""", charset="us-ascii", cte="7bit"),
    expected=exp("question", "mark.jansen@outlook.example", "Mark Jansen", None, [], None, "en"))

# 021: registration with a PDF form attached; the text itself says "3 Leute, alle in die Werkstatt Recht und Haftung"
add(21, "wessels-tafel-pdf-attachment",
    frm=A("Ursula Wessels", "u.wessels@tafel-os.example"),
    subject="Anmeldung Osnabrücker Tafel", date=D("2027-04-02 11:40:22"),
    part=multi("mixed",
        text("""Hallo Frau Brinkmann,

anbei unser ausgefülltes Anmeldeformular. Kurz zusammengefasst: Wir kommen mit 3 Leuten, alle in die Werkstatt Recht und Haftung.

Viele Grüße
Ursula Wessels
Osnabrücker Tafel e.V.""", charset="utf-8", cte="quoted-printable"),
        attachment(FORM_PDF, "application/pdf", "Anmeldung_Tafel.pdf")),
    expected=exp("registration", "u.wessels@tafel-os.example", "Ursula Wessels",
                 "Osnabrücker Tafel e.V.", ["WE"], 3, "de"))

# 022: English auto-reply (parental leave) with Auto-Submitted and X-Autoreply, answering a confirmation
add(22, "auto-reply-english-parental-leave",
    frm=A("Tom Whitfield", "tom.whitfield@ymca-os.example"),
    subject=f"Automatic reply: {CONF_SUBJECT_EN}", date=D("2027-04-02 15:03:09"),
    in_reply_to=conf_id("whitfield"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    part=text("""Thank you for your email. I am on parental leave until 31 May 2027 and will not be reading my emails.
For anything urgent please contact office@ymca-os.example.

Tom""", charset="us-ascii", cte="7bit"),
    expected=exp("auto_reply"))

# 023: Polish in ISO-8859-2, "warsztat B" by letter, alone
add(23, "wisniewski-polish-b",
    frm=A("Marek Wiśniewski", "marek.wisniewski@wp.example", "iso-8859-2"),
    subject="Zgłoszenie na Ehrenamtswerkstatt", date=D("2027-04-05 20:30:12"),
    part=text("""Dzień dobry,

chciałbym zgłosić się na Ehrenamtswerkstatt 8 maja, warsztat B (cyfrowa praca stowarzyszenia). Przyjdę sam.

Pozdrawiam
Marek Wiśniewski
Polnischer Kulturverein Osnabrück""", charset="iso-8859-2", cte="quoted-printable"),
    expected=exp("registration", "marek.wisniewski@wp.example", "Marek Wiśniewski",
                 "Polnischer Kulturverein Osnabrück", ["WB"], 1, "pl"))

# 024: direct cancellation, Outlook reply to the confirmation (quoted text names Werkstatt D and 1 person)
_t = """Hallo Frau Brinkmann,

leider muss ich meine Anmeldung zur Ehrenamtswerkstatt absagen - ich habe an dem Tag Dienst.

Viele Grüße
Claudia Brüggemann
DRK-Ortsverein Hellern

""" + outlook_block("Mittwoch, 24. März 2027 12:01", "Claudia Brüggemann <c.brueggemann@drk-hellern.example>",
                   CONF_SUBJECT_DE) + "\n" + confirmation_de("Claudia Brüggemann", "WD", 1)
add(24, "brueggemann-outlook-cancel",
    frm=A("Claudia Brüggemann", "c.brueggemann@drk-hellern.example"),
    subject=f"AW: {CONF_SUBJECT_DE}", date=D("2027-04-06 07:55:00"), in_reply_to=conf_id("brueggemann"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    part=multi("alternative", text(_t, charset="iso-8859-1"), text(outlook_html(_t), subtype="html")),
    expected=exp("cancellation", "c.brueggemann@drk-hellern.example", "Claudia Brüggemann",
                 "DRK-Ortsverein Hellern", [], None, "de"))

# 025: learner German ("Ich möchte anmelden für Werkstatt Vielfalt. Ich komme mit meine Frau") -> WD, 2
add(25, "alhassan-learner-german-vielfalt",
    frm=A("Abdulrahman Al-Hassan", "abdulrahman.alhassan@gmail.example"),
    subject="Anmeldung fur Werkstatt", date=D("2027-04-07 16:18:39"),
    part=text("""Hallo,

Ich heiße Abdulrahman Al-Hassan, ich bin in Verein "Neue Nachbarn Osnabrück". Ich möchte anmelden für Werkstatt Vielfalt. Ich komme mit meine Frau.

Danke schön
Abdulrahman""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "abdulrahman.alhassan@gmail.example", "Abdulrahman Al-Hassan",
                 "Neue Nachbarn Osnabrück", ["WD"], 2, "de"))

# 026: Farsi, "کارگاه ۲" with a Persian digit, "I come alone"
add(26, "moradi-farsi-persian-digit-2",
    frm=A("Leila Moradi", "leila.moradi@gmail.example"),
    subject="ثبت‌نام کارگاه", date=D("2027-04-08 10:27:13"),
    part=text("""سلام خانم برینکمان،

می‌خواهم برای Ehrenamtswerkstatt در روز ۸ مه ثبت‌نام کنم، کارگاه ۲ (کار دیجیتال در انجمن). من تنها می‌آیم.

با سپاس
Leila Moradi
Iranische Gemeinde Osnabrück e.V.""", label="UTF-8", cte="base64"),
    expected=exp("registration", "leila.moradi@gmail.example", "Leila Moradi",
                 "Iranische Gemeinde Osnabrück e.V.", ["WB"], 1, "fa"))

# 027: English change of party size only ("please make it 3 people, same workshop"), Gmail reply to the English confirmation
_c = confirmation_en("Grace Owusu", "WA", 1)
_a = "On Thu, 1 Apr 2027 at 14:02, Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example> wrote:"
_t = """Hi,

Two more volunteers from our group want to come along, so could you please make it 3 people? Same workshop.

Thank you!
Grace Owusu
Ghanaian Women's Association Osnabrück"""
add(27, "owusu-english-change-party-3",
    frm=A("Grace Owusu", "grace.owusu@gmail.example"),
    subject=f"Re: {CONF_SUBJECT_EN}", date=D("2027-04-12 19:44:05"), in_reply_to=conf_id("owusu"),
    part=multi("alternative",
        text(_t + "\n\n" + _a + "\n\n" + quote(_c), label="UTF-8"),
        text('<div dir="ltr">' + to_html(_t) + "</div>" + gmail_quote_html(_a, _c), subtype="html", label="UTF-8"),
        boundary="0000000000005566778899aabbcc"),
    expected=exp("change", "grace.owusu@gmail.example", "Grace Owusu",
                 "Ghanaian Women's Association Osnabrück", [], 3, "en"))

# 028: answers typed between the quoted invitation lines: "E, zweite Wahl C", "nur ich"
add(28, "lammers-interleaved-invitation",
    frm=A("Ernst-August Lammers", "ea.lammers@feuerwehr-bramsche.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-04-13 21:02:50"), in_reply_to=INVITE_ID,
    extra=[("User-Agent", "Mozilla Thunderbird")],
    part=text("""Am 15.03.27 um 09:30 schrieb Ehrenamtswerkstatt 2027:
> Die Teilnahme ist kostenlos, für Mittagessen ist gesorgt.
> Bitte melden Sie sich bis zum 30. April 2027 per E-Mail an werkstatt@fz-osnabrueck.example an
> und nennen Sie uns Ihren Namen, Ihren Verein oder Ihre Initiative,

Ernst-August Lammers, Förderverein der Freiwilligen Feuerwehr Bramsche

> Ihre Wunsch-Werkstatt (gern auch eine zweite Wahl)

E, zweite Wahl C

> und die Zahl der Personen. Die Plätze sind begrenzt.

nur ich

Gruß
E.-A. Lammers""", charset="utf-8", label="UTF-8", cte="8bit", flowed=True),
    expected=exp("registration", "ea.lammers@feuerwehr-bramsche.example", "Ernst-August Lammers",
                 "Förderverein der Freiwilligen Feuerwehr Bramsche", ["WE", "WC"], 1, "de"))

# 029: Gmail-style DSN (multipart/report) of a confirmation: "Address not found"; original message attached as message/rfc822
_orig = ("From: Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example>\n"
         "To: m.ortmann@osnanet.example\n"
         f"Subject: {CONF_SUBJECT_DE}\n"
         "Date: Wed, 14 Apr 2027 08:10:02 +0200\n"
         f"Message-ID: {conf_id('ortmann')}\n"
         "Auto-Submitted: auto-replied\n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=utf-8\n"
         "Content-Transfer-Encoding: quoted-printable\n\n").encode() + quopri.encodestring(
             confirmation_de("Markus Ortmann", "WC", 1).encode("utf-8") + b"\n")
add(29, "bounce-dsn-address-not-found",
    frm=A("Mail Delivery Subsystem", "mailer-daemon@mx.fz-osnabrueck.example"),
    subject="Delivery Status Notification (Failure)", date=D("2027-04-14 08:10:09"),
    extra=[("Auto-Submitted", "auto-replied")],
    part=multi("report",
        text("""** Address not found **

Your message wasn't delivered to m.ortmann@osnanet.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <m.ortmann@osnanet.example>: Recipient address rejected: User unknown""", charset="utf-8", cte="7bit"),
        Part(["Content-Type: message/delivery-status"],
             b"""Reporting-MTA: dns; mx.fz-osnabrueck.example
Arrival-Date: Wed, 14 Apr 2027 08:10:02 +0200

Final-Recipient: rfc822; m.ortmann@osnanet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.osnanet.example. (192.0.2.77, the server for the domain osnanet.example.)
Diagnostic-Code: smtp; 550 5.1.1 <m.ortmann@osnanet.example>: Recipient address rejected: User unknown
Last-Attempt-Date: Wed, 14 Apr 2027 08:10:09 +0200
"""),
        rfc822(_orig),
        params="; report-type=delivery-status"),
    expected=exp("bounce", bounced="m.ortmann@osnanet.example"))

# 030: Turkish indirect cancellation ("my daughter's wedding is that day, give my place to someone else")
add(30, "yildiz-turkish-indirect-cancel",
    frm=A("Mustafa Yıldız", "mustafa.yildiz@ttmail.example", "iso-8859-9"),
    subject="Ynt: Ihre Anmeldung zur Ehrenamtswerkstatt 2027", date=D("2027-04-15 12:30:48"),
    in_reply_to=conf_id("yildiz"),
    part=text("""Merhaba,

maalesef 8 Mayıs'ta kızımın düğünü var, o yüzden gelemeyeceğim. Yerimi başka birine verebilirsiniz.

Selamlar
Mustafa Yıldız
Türkischer Sportverein Osnabrück""", charset="iso-8859-9", cte="quoted-printable"),
    expected=exp("cancellation", "mustafa.yildiz@ttmail.example", "Mustafa Yıldız",
                 "Türkischer Sportverein Osnabrück", [], None, "tr"))

# 031: Spanish cancellation ("al final no podré asistir ... den mi plaza a otra persona")
add(31, "ruiz-spanish-cancel",
    frm=A("Carmen Ruiz", "carmen.ruiz@telefonica.example"),
    subject="Cancelación - Ehrenamtswerkstatt 8 de mayo", date=D("2027-04-19 09:09:09"),
    part=text("""Hola Jana:

Lo siento mucho, pero al final no podré asistir el 8 de mayo por motivos de trabajo. Por favor, den mi plaza a otra persona.

Saludos cordiales,
Carmen Ruiz
Centro Español de Osnabrück""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("cancellation", "carmen.ruiz@telefonica.example", "Carmen Ruiz",
                 "Centro Español de Osnabrück", [], None, "es"))

# 032: Low German (Platt) flavoured mail: "Werkstatt E, dat mit Recht un Haftung", "wi sünd to twee" -> 2; answer in German (ISO 639-1 has no Low German code)
add(32, "schnieders-platt-e-two",
    frm=A("Hermann Schnieders", "h.schnieders@schuetzen-belm.example"),
    subject="Anmeldung Werkstatt", date=D("2027-04-20 19:58:31"),
    part=text("""Moin Fru Brinkmann,

wi kaamt ok to de Ehrenamtswerkstatt. Wi sünd to twee, ik un mien Nahber Hinnerk Rolfes. Wi willt in de Werkstatt E, dat mit Recht un Haftung.

Gröten ut Belm
Hermann Schnieders
Schützenverein Belm von 1888 e.V.""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "h.schnieders@schuetzen-belm.example", "Hermann Schnieders",
                 "Schützenverein Belm von 1888 e.V.", ["WE"], 2, "de"))

# 033: question naming two workshops ("vormittags B und nachmittags C?"), registration only conditional -> question
add(33, "dreier-question-two-workshops",
    frm=A("Katrin Dreier", "katrin.dreier@t-online.example"),
    subject="Mehrere Werkstätten möglich?", date=D("2027-04-21 13:14:15"),
    part=text("""Hallo Frau Brinkmann,

kann man eigentlich mehrere Werkstätten besuchen, z. B. vormittags B und nachmittags C? Dann würde ich mich entsprechend anmelden.

Viele Grüße
Katrin Dreier
Nachbarschaftshilfe Sonnenhügel""", charset="utf-8", cte="quoted-printable"),
    expected=exp("question", "katrin.dreier@t-online.example", "Katrin Dreier",
                 "Nachbarschaftshilfe Sonnenhügel", [], None, "de"))

# 034: Ukrainian change of workshop "з B на D", quoting the German confirmation with ">"
add(34, "tkachenko-ukrainian-change-b-to-d",
    frm=A("Ігор Ткаченко", "igor.tkachenko@ukr.example"),
    subject=f"Re: {CONF_SUBJECT_DE}", date=D("2027-04-22 08:40:00"), in_reply_to=conf_id("tkachenko"),
    part=text("""Добрий день!

Прошу змінити мою майстерню з B на D. Дякую!

Ігор Ткаченко

22.04.2027 07:15, Ehrenamtswerkstatt 2027 пише:
""" + quote(confirmation_de("Igor Tkachenko", "WB", 1)), charset="utf-8", cte="8bit"),
    expected=exp("change", "igor.tkachenko@ukr.example", "Ігор Ткаченко", None, ["WD"], None, "uk"))

# 035: Arabic, "ورشة C" by Latin letter, "with my daughter, she volunteers too" -> 2
add(35, "saadi-arabic-c-with-daughter",
    frm=A("Nabil Saadi", "nabil.saadi@hotmail.example"),
    subject="التسجيل في ورشة العمل", date=D("2027-04-23 17:20:33"),
    part=text("""مساء الخير،

أود التسجيل في ورشة C (طلبات التمويل والتبرعات). سأحضر مع ابنتي، فهي متطوعة في الجمعية أيضاً.

مع التحية
نبيل سعدي
Nabil Saadi
Arabischer Kulturverein Osnabrück e.V.""", charset="utf-8", cte="base64"),
    expected=exp("registration", "nabil.saadi@hotmail.example", "Nabil Saadi",
                 "Arabischer Kulturverein Osnabrück e.V.", ["WC"], 2, "ar"))

# 036: internal mail from a colleague about catering (100 Portionen, Werkstatt C needs a projector) -> other
add(36, "colleague-catering-internal",
    frm=A("Sven Ahlers", "s.ahlers@fz-osnabrueck.example"),
    subject="Catering 8. Mai", date=D("2027-04-26 10:00:41"),
    part=text("""Hallo Jana,

das Catering für den 8. Mai steht: 100 Portionen, davon 40 vegetarisch und 10 vegan, Lieferung 11:30 Uhr.
Für Werkstatt C brauchen wir noch einen Beamer, kümmerst du dich?

Gruß
Sven""", charset="utf-8", cte="quoted-printable"),
    expected=exp("other"))

# 037: Russian cancellation (ill, "прошу отменить мою регистрацию")
add(37, "kozlov-russian-cancel",
    frm=A("Дмитрий Козлов", "d.kozlov@mail.example", "koi8-r"),
    subject="Отмена регистрации", subject_charset="koi8-r", date=D("2027-04-27 21:45:10"),
    part=text("""Здравствуйте,

к сожалению, я заболел и не смогу прийти 8 мая. Прошу отменить мою регистрацию.

Дмитрий Козлов""", charset="koi8-r", cte="8bit"),
    expected=exp("cancellation", "d.kozlov@mail.example", "Дмитрий Козлов", None, [], None, "ru"))

# 038: question from someone already registered for Werkstatt E (any material in advance?) -> question, no change
add(38, "toennies-question-material",
    frm=A("Sabine Tönnies", "sabine.toennies@osnanet.example"),
    subject="Unterlagen Werkstatt E?", date=D("2027-04-28 15:33:20"),
    part=text("""Hallo,

ich bin für die Werkstatt E angemeldet. Gibt es vorab Unterlagen, oder sollten wir unsere Fragen schon vorher einschicken?

Viele Grüße
Sabine Tönnies
Kinderschutzbund Osnabrück""", charset="utf-8", cte="quoted-printable"),
    expected=exp("question", "sabine.toennies@osnanet.example", "Sabine Tönnies",
                 "Kinderschutzbund Osnabrück", [], None, "de"))

# 039: English registration after the deadline, phrased as a question ("could I still register for workshop C with one colleague?") -> registration, 2
add(39, "asare-english-late-registration",
    frm=A("Kwabena Asare", "kwabena.asare@yahoo.example"),
    subject="Late registration?", date=D("2027-05-02 11:11:11"),
    part=text("""Dear Ms Brinkmann,

I know the deadline (30 April) has passed - could I still register for workshop C? I would come with one colleague. If there is no space, no problem.

Best regards,
Kwabena Asare
Ghana Union Osnabrück""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "kwabena.asare@yahoo.example", "Kwabena Asare",
                 "Ghana Union Osnabrück", ["WC"], 2, "en"))

# 040: change of party size 2 -> 4 as an Apple Mail reply to the confirmation (quoted "Personen: 2"), workshop unchanged
add(40, "schulte-bockholt-change-party-4",
    frm=A("Andrea Schulte-Bockholt", "a.schulte-bockholt@icloud.example"),
    subject=f"Re: {CONF_SUBJECT_DE}", date=D("2027-05-04 18:02:44"), in_reply_to=conf_id("schulte-bockholt"),
    extra=[("X-Mailer", "Apple Mail (2.3731.400.51.1.1)")],
    part=text("""Hallo Frau Brinkmann,

wir kommen doch zu viert statt zu zweit - zwei neue Mitglieder wollen unbedingt mit. Die Werkstatt bleibt gleich.

Liebe Grüße
Andrea Schulte-Bockholt
Frauenchor Lotte

> Am 06.04.2027 um 09:20 schrieb Ehrenamtswerkstatt 2027 <werkstatt@fz-osnabrueck.example>:
>
""" + quote(confirmation_de("Andrea Schulte-Bockholt", "WA", 2)), charset="utf-8", cte="quoted-printable"),
    expected=exp("change", "a.schulte-bockholt@icloud.example", "Andrea Schulte-Bockholt",
                 "Frauenchor Lotte", [], 4, "de"))
# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def check_mail(fname, data, rec):
    msg = BytesParser(policy=policy.default).parsebytes(data)
    problems = []
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name}: {value.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"{part.get_content_type()}: {part.defects}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"{part.get_content_type()} does not decode as {cs}: {e}")
    if not msg["Date"] or not msg["Message-ID"] or not msg["From"]:
        problems.append("missing Date, Message-ID or From")
    if set(rec) != set(KEYS):
        problems.append(f"expected record keys {sorted(rec)}")
    if rec["kind"] in ("auto_reply", "bounce", "other"):
        if any(rec[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
            problems.append("machine/other record must have null person fields")
    else:
        if not rec["email"] or not rec["language"]:
            problems.append("person record needs email and language")
    if (rec["kind"] == "bounce") != (rec["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if problems:
        raise SystemExit(f"{fname}: " + "; ".join(problems))
    return parsedate_to_datetime(str(msg["Date"]))


def render():
    files = {name: data for name, data, _ in MAILS}
    expected = {name: rec for name, _, rec in MAILS}
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, expected, exp_text


def verify(files, expected):
    last = None
    for i, (name, data) in enumerate(sorted(files.items()), 1):
        if not name.startswith(f"{i:03d}-"):
            raise SystemExit(f"numbering gap at {name}")
        when = check_mail(name, data, expected[name])
        if last and when < last:
            raise SystemExit(f"{name}: Date earlier than the previous mail (arrival order)")
        last = when


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    print(f"{len(expected)} mails")
    print("kinds:     " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("languages: " + ", ".join(f"{k} {n}" for k, n in langs.most_common()))
    by = Counter((r["language"], r["kind"]) for r in expected.values() if r["language"])
    for (lang, kind), n in sorted(by.items()):
        print(f"  {lang:3} {kind:13} {n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="change nothing; fail if files differ")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and language")
    args = ap.parse_args()
    files, expected, exp_text = render()
    if len(files) != len(MAILS):
        raise SystemExit("duplicate file names")
    verify(files, expected)
    if args.stats:
        stats(expected)
        return 0
    mails_dir = HERE / "mails"
    if args.check:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        bad += sorted(on_disk ^ set(files))
        bad += [n for n in sorted(set(files) & on_disk) if (mails_dir / n).read_bytes() != files[n]]
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs from make_mails.py: " + ", ".join(bad[:10]))
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        (mails_dir / name).write_bytes(data)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    verify({p.name: p.read_bytes() for p in mails_dir.glob("*.eml")},
           json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    print(f"wrote {len(files)} mails and expected.json to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
