#!/usr/bin/env python3
"""Evaluation set "inbox5": 50 mails as they arrive in the MSO-Tag 2027 mailbox
over the whole registration period (18 Jan - 12 Mar 2027).

Emphasis: the follow-up traffic of a real inbox - people who write twice
(registration, later a change or cancellation, sometimes from another address or
with a forgotten detail), replies to our confirmation / reminder that change,
cancel, ask or just say thanks, "we are now fewer / more", workgroup swaps,
partial cancellations, questions that name a workgroup without changing
anything, phone-typed one-liners and long mails whose decisive sentence sits
in the middle.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ
    python3 make_mails.py --stats   print counts

Python 3.11 standard library only; deterministic output.
"""

import argparse
import base64
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.parser import BytesParser
from email import policy
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"

OUR_ADDR = "mso-tag@muenster.example"
OUR = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# MIME building helpers
# ---------------------------------------------------------------------------

def dt(mo, da, h, mi, s, off=1):
    return datetime(2027, mo, da, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def T(s):
    """Triple-quoted text: drop the first newline, keep the rest verbatim."""
    return s[1:] if s.startswith("\n") else s


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_header(value, charset="utf-8", name=None):
    if is_ascii(value):
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:      # as mail clients do: fall back to UTF-8
        charset = "utf-8"
    return Header(value, charset, header_name=name).encode(linesep=CRLF)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{Header(name, charset).encode(linesep=CRLF)} <{email}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of "Name: value" strings
        self.body = body            # bytes, CRLF line ends

    def render(self):
        return (CRLF.join(self.headers)).encode("ascii") + b"\r\n\r\n" + self.body


def encode_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)          # strict: every text must fit its charset
    if cte == "7bit":
        assert raw.isascii(), "7bit body is not ASCII"
        return raw.replace(b"\n", b"\r\n")
    if cte == "8bit":
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain",
         params="", disposition=None):
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
               f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return Part(headers, encode_body(body, charset, cte))


def raw_part(ctype, body_text, cte="7bit"):
    """A non-text-body part written verbatim (message/delivery-status etc.)."""
    return Part([f"Content-Type: {ctype}"] + ([f"Content-Transfer-Encoding: {cte}"] if cte else []),
                encode_body(body_text, "ascii", "7bit"))


def binary(data, ctype, filename):
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], b64)


def multipart(subtype, parts, boundary, params="", preamble=None):
    body = b""
    if preamble:
        body += preamble.replace("\n", CRLF).encode("ascii") + b"\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.render() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([f'Content-Type: multipart/{subtype};{CRLF} boundary="{boundary}"{params}'], body)


def headers(date, frm, to, subject, msgid, cs="utf-8", cc=None, reply_to=None,
            in_reply_to=None, references=None, extra=()):
    h = []
    h += [f"{k}: {v}" for k, v in extra if k.startswith("Received") or k == "Return-Path"]
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"From: {frm}")
    h.append(f"To: {to}")
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(f"Subject: {enc_header(subject, cs, 'Subject')}")
    h.append(f"Message-ID: {msgid}")
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
        h.append(f"References: {references or in_reply_to}")
    h += [f"{k}: {v}" for k, v in extra if not (k.startswith("Received") or k == "Return-Path")]
    return h


def message(hdrs, part, mime_version="1.0"):
    lines = hdrs + [f"MIME-Version: {mime_version}"] + part.headers
    return CRLF.join(lines).encode("ascii") + b"\r\n\r\n" + part.body


def quote(s, prefix="> "):
    out = []
    for line in s.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------
# what our side sent (quoted in replies)
# ---------------------------------------------------------------------------

AG_LONG = {
    1: "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    2: "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    3: "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

INVITATION = T("""
Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

  Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
  Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Drei Kernthemen werden in parallelen Arbeitsgruppen besprochen:

  AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Die Veranstaltung richtet sich an Fachkräfte aus der Migrationsarbeit,
Vertreterinnen und Vertreter aus Migrantenselbstorganisationen, aus Politik
und Verwaltung und an alle Interessierten.

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an und nennen Sie Ihren Namen, Ihre Organisation,
die gewünschte Arbeitsgruppe und die Zahl der Personen.

Mit freundlichen Grüßen

Jasmin Okonkwo-Lehmann
Stadt Münster
Amt für Migration und interkulturelle Angelegenheiten
""")


def confirmation(anrede, ag, persons):
    return T(f"""
Guten Tag {anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.

  Datum:         Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
  Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
  Arbeitsgruppe: {AG_LONG[ag]}
  Personen:      {persons}

Sie müssen nichts weiter tun. Wenn sich etwas ändert, antworten Sie bitte
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen
Stadt Münster - Amt für Migration und interkulturelle Angelegenheiten
""")


def reminder7(ag, persons):
    return T(f"""
Guten Tag,

in einer Woche ist es so weit: Der Tag der Migrantenselbstorganisationen 2027
findet am Samstag, 13. März 2027, von 10:00 bis 16:00 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) statt.

Ihre Anmeldung: {AG_LONG[ag]}, {persons} Person(en)

Ankommen und Kaffee ab 9:30 Uhr. Die Arbeitsgruppen tagen von 11:00 bis
14:30 Uhr, dazwischen gibt es einen Mittagsimbiss.

Falls Sie doch nicht kommen können, sagen Sie bitte kurz ab, damit Personen
von der Warteliste nachrücken können.

Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen
""")


def reminder1(ag, persons):
    return T(f"""
Guten Tag,

morgen ist es so weit: Tag der Migrantenselbstorganisationen 2027,
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Ihre Anmeldung: {AG_LONG[ag]}, {persons} Person(en)

Wir freuen uns auf Sie! Falls Sie kurzfristig verhindert sind, geben Sie
uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Ihr Team vom Tag der Migrantenselbstorganisationen
""")


CONF_SUBJECT = "Ihre Anmeldung: Tag der Migrantenselbstorganisationen 2027"
REM7_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"
REM1_SUBJECT = "Erinnerung: Morgen ist Tag der Migrantenselbstorganisationen"
INVITE_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITE_ID = "<einladung-mso-2027.0118@muenster.example>"


def exp(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []


def add(slug, raw, expected):
    MAILS.append((slug, raw, expected))


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: bounce - Postfix multipart/report DSN for the invitation (old address of a
# Verein); our own address appears in the report, the failed one is the recipient.
add("bounce-invitation-postfix-dsn", message(
    headers(dt(1, 18, 9, 4, 37), "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)",
            OUR_ADDR, "Undelivered Mail Returned to Sender",
            "<20270118080437.4Fq2Xk1ZpRz9sWL@mail.muenster.example>",
            extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")]),
    multipart("report", [
        text(T("""
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vorstand@afghan-kulturverein-ms.example>: host
    mx.afghan-kulturverein-ms.example[192.0.2.41] said: 550 5.1.1
    <vorstand@afghan-kulturverein-ms.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""), "us-ascii", "7bit", params="", disposition=None),
        raw_part("message/delivery-status", T("""
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4Fq2Xk1ZpRz9sWL
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Mon, 18 Jan 2027 09:00:14 +0100 (CET)

Final-Recipient: rfc822; vorstand@afghan-kulturverein-ms.example
Original-Recipient: rfc822;vorstand@afghan-kulturverein-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.afghan-kulturverein-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@afghan-kulturverein-ms.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""), cte=None),
        raw_part("text/rfc822-headers", T("""
Return-Path: <mso-tag@muenster.example>
Date: Mon, 18 Jan 2027 09:00:02 +0100
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: undisclosed-recipients:;
Subject: Einladung: Tag der Migrantenselbstorganisationen 2027
Message-ID: <einladung-mso-2027.0118@muenster.example>
"""), cte=None),
    ], "4Fq2Xk1ZpRz9sWL.1768723477/mail.muenster.example",
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")),
    exp("bounce", bounced="vorstand@afghan-kulturverein-ms.example"))

# 002: auto_reply - Exchange out-of-office to the invitation, with Auto-Submitted;
# the body talks about "Anmeldung" to the Integrationsagentur, windows-1252 QP.
add("auto-reply-ooo-invitation", message(
    headers(dt(1, 18, 9, 5, 12), addr("Schulte, Birgit", "b.schulte@awo-ms.example"), OUR,
            "Automatische Antwort: " + INVITE_SUBJECT,
            "<6f1e0c2a9b3d4e59a1c7@EXCH02.awo-ms.example>", in_reply_to=INVITE_ID,
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", "b.schulte@awo-ms.example")]),
    text(T("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 29. Januar 2027, nicht im Haus und habe
keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der
Integrationsagentur, integrationsagentur@awo-ms.example. Anmeldungen zu unseren
Sprachcafés nimmt weiterhin Frau Yilmaz entgegen.

Mit freundlichen Grüßen
Birgit Schulte
AWO Unterbezirk Münster - Integrationsagentur
"""), "windows-1252", "quoted-printable")),
    exp("auto_reply"))

# 003: registration - top-posted Outlook reply to the invitation; the invitation
# is quoted WITHOUT ">" markers under "-----Ursprüngliche Nachricht-----" and
# lists all three AGs; the new text chooses "Arbeitsgruppe III". windows-1252 QP.
add("mensah-reply-to-invitation", message(
    headers(dt(1, 18, 10, 31, 55), addr("Samuel Mensah", "s.mensah@ghana-union-ms.example"), OUR,
            "AW: " + INVITE_SUBJECT, "<AM6PR10MB2216E1C0A7@ghana-union-ms.example>",
            cs="windows-1252", in_reply_to=INVITE_ID,
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    text(T("""
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Hiermit melde ich mich für die Ghana Union
Münster e.V. zum MSO-Tag an. Ich möchte gerne an der Arbeitsgruppe III
teilnehmen, da wir dieses Jahr zum ersten Mal einen Antrag beim Land stellen
wollen und noch nicht genau wissen, wie das geht.

Mit freundlichen Grüßen

Samuel Mensah
Kassenwart
Ghana Union Münster e.V.
Hammer Straße 118, 48153 Münster

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 18. Januar 2027 09:00
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""") + INVITATION, "windows-1252", "quoted-printable")),
    exp("registration", "s.mensah@ghana-union-ms.example", "Samuel Mensah",
        "Ghana Union Münster e.V.", ["AG3"], 1, "de"))

# 004: registration in Turkish, ISO-8859-9 quoted-printable; "1. grubu (eğitim
# sistemi)" = AG1; "yalnız ben, 1 kişi". From display name without diacritics,
# signature with them (signature wins).
add("yildirim-turkish-registration", message(
    headers(dt(1, 18, 14, 12, 3), addr("Elif Yildirim", "elif.yildirim84@mail.example"), OUR_ADDR,
            "Kayıt - Göçmen Örgütleri Günü 2027", "<CAE7yZk2mQ0p1@mail.example>", cs="iso-8859-9"),
    text(T("""
Merhaba,

13 Mart'taki Göçmen Örgütleri Günü'ne katılmak istiyorum. Münster Türk
Kadınlar Derneği adına geleceğim, yalnız ben, 1 kişi.

Çalışma grubu olarak 1. grubu seçiyorum (eğitim sistemi), çünkü derneğimizde
çok sayıda anne okul konusunda destek istiyor.

Almancam fena değil ama yazarken Türkçe daha kolay, kusura bakmayın.

Saygılarımla
Elif Yıldırım
Münster Türk Kadınlar Derneği
"""), "iso-8859-9", "quoted-printable")),
    exp("registration", "elif.yildirim84@mail.example", "Elif Yıldırım",
        "Münster Türk Kadınlar Derneği", ["AG1"], 1, "tr"))

# 005: registration - phone-typed one-liner, lower case "ag2", "ich und mein
# kollege ... also 2 personen", only first name signed (name from From), no org.
add("rahimi-phone-two-persons", message(
    headers(dt(1, 19, 7, 48, 21), addr("Ali Rahimi", "ali.rahimi@mail.example"), OUR_ADDR,
            "Anmeldung", "<8C1D5E0A-2F44-4B8E-9C61-3A7F0E55B1D2@mail.example>",
            extra=[("X-Mailer", "iPhone Mail (20D67)")]),
    text(T("""
Hallo, anmeldung für ag2 bitte, ich und mein kollege kommen also 2 personen
Gruß Ali

Von meinem iPhone gesendet
"""), "utf-8", "8bit", params="; format=flowed"), mime_version="1.0 (1.0)"),
    exp("registration", "ali.rahimi@mail.example", "Ali Rahimi", None, ["AG2"], 2, "de"))

# 006: registration in English, Gmail multipart/alternative; "Working Group 2",
# "Just me"; the organisation is named in the text and the signature.
_grace = T("""
Dear MSO-Tag team,

I'd like to register for the Tag der Migrantenselbstorganisationen on 13 March.
I coordinate the buddy programme at the International Centre "Die Brücke"
(University of Münster), and many of our students are active in migrant
associations, so I'm very keen to attend.

Please put me down for Working Group 2 on Münster's future process. My German
is still at B1, so I may switch to English now and then - I hope that's alright.

Just me, one person.

Best wishes,
Grace

--
Grace Mwangi (she/her)
Programme Coordinator
International Centre "Die Brücke"
University of Münster
""")
add("mwangi-english-gmail", message(
    headers(dt(1, 19, 11, 20, 44), addr("Grace Mwangi", "grace.mwangi@uni-muenster.example"), OUR_ADDR,
            "Registration – MSO Day, 13 March", "<CAF3kd9w+Ug7Lr0x@mail.uni-muenster.example>"),
    multipart("alternative", [
        text(_grace, "utf-8", "quoted-printable"),
        text("<div dir=\"ltr\">" + "".join(
            f"<div>{html_escape(l) if l else '<br>'}</div>" for l in _grace.rstrip("\n").split("\n"))
            + "</div>\n", "utf-8", "quoted-printable", subtype="html"),
    ], "000000000000a4c1e805f0b2d7c3")),
    exp("registration", "grace.mwangi@uni-muenster.example", "Grace Mwangi",
        'International Centre "Die Brücke"', ["AG2"], 1, "en"))

# 007: registration - Outlook HTML-only (no text/plain), windows-1252 QP; three
# people listed as bullets, "zu dritt", AG 3 with its title in „…“ quotes.
add("brandt-okafor-outlook-html-three", message(
    headers(dt(1, 20, 16, 40, 10), addr("Brandt-Okafor, Stefanie", "s.brandt-okafor@afrika-kulturforum.example"),
            OUR_ADDR, "Anmeldung Tag der MSO 2027 - Afrikanisches Kulturforum",
            "<DB9PR02MB71234A5C@afrika-kulturforum.example>",
            extra=[("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]),
    text(T("""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
span.E-MailFormatvorlage17 {font-family:"Calibri",sans-serif; color:windowtext;}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Liebes Team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melden wir uns vom Afrikanischen Kulturforum Münster e.V. verbindlich zum MSO-Tag am 13.03.2027 an. Wir kommen zu dritt:<o:p></o:p></p>
<ul style="margin-top:0cm" type="disc">
<li class="MsoNormal">Stefanie Brandt-Okafor (Vorsitzende)<o:p></o:p></li>
<li class="MsoNormal">Funmilayo Adeyemi (Schatzmeisterin)<o:p></o:p></li>
<li class="MsoNormal">Chinedu Nwosu (Jugendarbeit)<o:p></o:p></li>
</ul>
<p class="MsoNormal">Wir möchten alle drei in die AG 3 „Förderungsmöglichkeiten und effektives Vereinsmanagement“ – bei uns steht nächstes Jahr der erste große Projektantrag an.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Viele Grüße<o:p></o:p></p>
<p class="MsoNormal">Stefanie Brandt-Okafor<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:9.0pt;color:#7F3F00">Afrikanisches Kulturforum Münster e.V.</span></b><span style="font-size:9.0pt"><br>Vorsitzende<br>Wolbecker Straße 40 · 48155 Münster<br>www.afrika-kulturforum.example<o:p></o:p></span></p>
</div>
</body>
</html>
"""), "windows-1252", "quoted-printable", subtype="html")),
    exp("registration", "s.brandt-okafor@afrika-kulturforum.example", "Stefanie Brandt-Okafor",
        "Afrikanisches Kulturforum Münster e.V.", ["AG3"], 3, "de"))

# 008: registration in Arabic, windows-1256 quoted-printable; "I and my colleague
# Rami" = 2, "first working group (education / school)" = AG1; Latin signature.
add("haddad-arabic-two", message(
    headers(dt(1, 21, 19, 15, 33), addr("Nadia Haddad", "nadia.haddad@mail.example"), OUR_ADDR,
            "تسجيل في يوم منظمات المهاجرين", "<0b7e31f2c4a94d21@mail.example>", cs="windows-1256"),
    text(T("""
السلام عليكم،

أرغب في التسجيل في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار 2027.
سأحضر أنا وزميلي رامي الخطيب من الجمعية، أي شخصان.

نود المشاركة في مجموعة العمل الأولى (التعليم / المدرسة)، لأن لدينا مشروع دعم
مدرسي للأطفال السوريين في حي Kinderhaus.

مع الشكر والتحية

Nadia Haddad
Syrischer Kulturverein Münster e.V.
"""), "windows-1256", "quoted-printable")),
    exp("registration", "nadia.haddad@mail.example", "Nadia Haddad",
        "Syrischer Kulturverein Münster e.V.", ["AG1"], 2, "ar"))

# 009: registration - learner German (ISO-8859-1, 8bit); AG by alias "Bildung";
# daughter comes along, "Also wir sind 2 Personen"; org without "e.V.".
add("benali-learner-german-daughter", message(
    headers(dt(1, 22, 10, 2, 48), addr("fatima benali", "f.benali@mail.example", "iso-8859-1"), OUR_ADDR,
            "anmeldung", "<trinity-4d2a91c0-77e1@3c-app-webde-bap12.mail.example>",
            cs="iso-8859-1"),
    text(T("""
Sehr geehrte Damen und Herren

Ich heiße Fatima Benali, ich bin von Marokkanischer Elternverein Münster. Ich
möchte mich anmelden für den Tag am 13 März. Ich interessiere für die
Arbeitsgruppe Bildung weil wir haben viele Probleme mit die Schule von unsere
Kinder, zum Beispiel Empfehlung für Gymnasium.

Mit mir kommt meine Tochter Salma, sie ist 19 und sie studiert Lehramt, sie
kann auch helfen für übersetzen. Also wir sind 2 Personen.

Vielen Dank und schöne Grüße
Fatima Benali
"""), "iso-8859-1", "8bit")),
    exp("registration", "f.benali@mail.example", "Fatima Benali",
        "Marokkanischer Elternverein Münster", ["AG1"], 2, "de"))

# 010: other - foundation newsletter (bulk, List-Unsubscribe) about Förderprogramme
# and a webinar on "Vereinsmanagement" with "jetzt anmelden" - registers no one.
_nl = T("""
Newsletter 01/2027 der Stiftung Engagement NRW

Liebe Engagierte,

1) Neues Förderprogramm "Vereine stärken 2027"
Migrantenselbstorganisationen können ab sofort bis zu 5.000 Euro für
Qualifizierung und Vereinsmanagement beantragen. Antragsschluss: 31. März 2027.
Alle Infos: https://www.stiftung-engagement.example/vereine-staerken

2) Webinar "Effektives Vereinsmanagement - Finanzen, Förderung, Ehrenamt"
Mittwoch, 10. Februar 2027, 18:00 bis 19:30 Uhr, online. Jetzt anmelden:
https://www.stiftung-engagement.example/webinar-vereinsmanagement

3) Rückblick: Fachtag Bildungspartnerschaften in Dortmund
Fotos und Präsentationen finden Sie in unserer Mediathek.

Sie erhalten diesen Newsletter, weil Sie sich mit der Adresse
mso-tag@muenster.example angemeldet haben.
Abmelden: https://www.stiftung-engagement.example/newsletter/abmelden?u=8f3e21
""")
add("newsletter-foundation-foerderung", message(
    headers(dt(1, 22, 12, 30, 0, off=0),
            addr("Stiftung Engagement NRW", "newsletter@stiftung-engagement.example"), OUR_ADDR,
            "Newsletter 01/2027: Neue Förderprogramme für Vereine – jetzt bewerben!",
            "<nl-2027-01.8f3e21@news.stiftung-engagement.example>",
            extra=[("List-Unsubscribe", "<https://www.stiftung-engagement.example/newsletter/abmelden?u=8f3e21>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk"), ("X-Mailer", "CleverReach")]),
    multipart("alternative", [
        text(_nl, "utf-8", "quoted-printable"),
        text("<html><body style=\"font-family:Arial,sans-serif\">\n"
             + "".join(f"<p>{html_escape(par).replace(chr(10), '<br>')}</p>\n"
                       for par in _nl.strip().split("\n\n"))
             + "</body></html>\n", "utf-8", "quoted-printable", subtype="html"),
    ], "----=_NL_8f3e21_0122")),
    exp("other"))

# 011: registration in Russian, KOI8-R 8bit; "рабочую группу 3 (... финансирования
# ...)"; "Буду одна" = 1; signature transliterated ("Muenster") because KOI8-R.
add("sokolova-russian-koi8r", message(
    headers(dt(1, 25, 21, 47, 19), addr("Irina Sokolova", "irina.sokolova@mail.example"), OUR_ADDR,
            "Регистрация на День организаций мигрантов", "<1611238.ZpL4qRs@mail.example>",
            cs="koi8-r", extra=[("User-Agent", "KMail/5.2.3 (Linux/5.15.0)")]),
    text(T("""
Здравствуйте!

Меня зовут Ирина Соколова, я руководитель немецко-русского культурного
общества "Радуга" в Мюнстере. Хочу зарегистрироваться на День организаций
мигрантов 13 марта 2027 года.

Прошу записать меня в рабочую группу 3 (возможности финансирования и
управление объединением). Буду одна.

Заранее спасибо!

С уважением,
Irina Sokolova
Vorsitzende
Deutsch-Russischer Kulturverein Raduga Muenster e.V.
"""), "koi8-r", "8bit")),
    exp("registration", "irina.sokolova@mail.example", "Irina Sokolova",
        "Deutsch-Russischer Kulturverein Raduga Muenster e.V.", ["AG3"], 1, "ru"))

# 012: registration WITHOUT a workgroup (forgotten), long Caritas signature and
# confidentiality disclaimer; next mail (013) supplies the AG.
add("kowalczyk-berg-no-workgroup", message(
    headers(dt(1, 26, 9, 12, 40), addr("Kowalczyk-Berg, Martina", "m.kowalczyk-berg@caritas-ms.example"),
            OUR_ADDR, "Anmeldung MSO-Tag", "<4b1f0a7c8e2d@caritas-ms.example>"),
    text(T("""
Guten Morgen,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März
an. Ich arbeite in der Migrationsberatung und begleite mehrere Vereine in
Coerde und Kinderhaus, daher freue ich mich sehr auf den Austausch.

Viele Grüße
Martina Kowalczyk-Berg

--
Caritasverband für die Stadt Münster e.V.
Fachdienst Migration und Integration
Josefstraße 2, 48151 Münster
Telefon 0251 000000-40
m.kowalczyk-berg@caritas-ms.example | www.caritas-ms.example

Caritasverband für die Stadt Münster e.V. | Vorstand: N.N. | Amtsgericht
Münster VR 0000
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail sind nicht gestattet.
"""), "utf-8", "quoted-printable")),
    exp("registration", "m.kowalczyk-berg@caritas-ms.example", "Martina Kowalczyk-Berg",
        "Caritasverband für die Stadt Münster e.V.", [], 1, "de"))

# 013: change - 25 minutes later, reply to her OWN mail: "Nachtrag ... AG 2".
# Outlook quote header, no ">" markers; quoted text holds no AG.
add("kowalczyk-berg-nachtrag-ag2", message(
    headers(dt(1, 26, 9, 37, 2), addr("Kowalczyk-Berg, Martina", "m.kowalczyk-berg@caritas-ms.example"),
            OUR_ADDR, "AW: Anmeldung MSO-Tag", "<9c2e7d10f3a4@caritas-ms.example>",
            in_reply_to="<4b1f0a7c8e2d@caritas-ms.example>"),
    text(T("""
Nachtrag: Ich habe die Arbeitsgruppe vergessen - bitte AG 2 (Zukunftsprozess).
Danke! MKB

Von: Kowalczyk-Berg, Martina
Gesendet: Dienstag, 26. Januar 2027 09:12
An: mso-tag@muenster.example
Betreff: Anmeldung MSO-Tag

Guten Morgen,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13. März
an. Ich arbeite in der Migrationsberatung und begleite mehrere Vereine in
Coerde und Kinderhaus, daher freue ich mich sehr auf den Austausch.

Viele Grüße
Martina Kowalczyk-Berg
"""), "utf-8", "quoted-printable")),
    exp("change", "m.kowalczyk-berg@caritas-ms.example", "Martina Kowalczyk-Berg",
        None, ["AG2"], None, "de"))

# 014: registration - forward chain (WG: / Fwd:) of the invitation; the chair
# forwarded it, the writer registers for "die zweite Arbeitsgruppe". Signature
# "Konstantinos Papadopoulos" beats From "Kostas Papadopoulos".
add("papadopoulos-forwarded-invitation", message(
    headers(dt(1, 27, 20, 5, 15), addr("Kostas Papadopoulos", "k.papadopoulos@griechische-gemeinde-ms.example"),
            OUR_ADDR, "WG: Fwd: " + INVITE_SUBJECT, "<CAKp0s7Tq2w@griechische-gemeinde-ms.example>"),
    text(T("""
Hallo zusammen,

unser Vorsitzender Herr Stavridis hat mir Ihre Einladung weitergeleitet, er
selbst kann leider nicht. Deshalb komme ich für die Griechische Gemeinde
Münster. Ich nehme gern an der zweiten Arbeitsgruppe teil, der Zukunftsprozess
interessiert uns sehr.

Beste Grüße
Konstantinos Papadopoulos
Griechische Gemeinde Münster e.V.

---------- Forwarded message ---------
Von: Dimitrios Stavridis <d.stavridis@griechische-gemeinde-ms.example>
Date: Mo., 25. Jan. 2027 um 18:02 Uhr
Subject: Fwd: Einladung: Tag der Migrantenselbstorganisationen 2027
To: Kostas Papadopoulos <k.papadopoulos@griechische-gemeinde-ms.example>


Kostas, kannst Du da hin? Ich bin am 13.3. in Athen. Meld Dich bitte selbst
an, AG ist mir egal.
Dimitris

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Mo., 18. Jan. 2027 um 09:00 Uhr
Subject: Einladung: Tag der Migrantenselbstorganisationen 2027
To: undisclosed-recipients:;


""") + INVITATION, "utf-8", "quoted-printable")),
    exp("registration", "k.papadopoulos@griechische-gemeinde-ms.example", "Konstantinos Papadopoulos",
        "Griechische Gemeinde Münster e.V.", ["AG2"], 1, "de"))

# 015: registration in Serbian (Latin script, UTF-8 QP): "drugoj radnoj grupi"
# first, "ako je popunjena ... prva grupa" as fallback -> [AG2, AG1]; "Dolazim sama".
add("nikolic-serbian-two-preferences", message(
    headers(dt(1, 28, 18, 22, 50), addr("Dragana Nikolic", "dragana.nikolic@mail.example"), OUR_ADDR,
            "Prijava - Dan samoorganizacija migranata", "<a91c2f7e-5d3b@mail.example>"),
    text(T("""
Poštovani,

prijavljujem se za Dan samoorganizacija migranata 13. marta 2027. Dolazim u
ime Srpskog kulturnog društva „Sveti Sava“ iz Minstera.

Najviše bih volela da učestvujem u drugoj radnoj grupi (budućnost Minstera).
Ako je ona popunjena, može i prva grupa (obrazovanje).

Dolazim sama.

Srdačan pozdrav,
Dragana Nikolić
Srpsko kulturno društvo „Sveti Sava“ Münster
"""), "utf-8", "quoted-printable")),
    exp("registration", "dragana.nikolic@mail.example", "Dragana Nikolić",
        "Srpsko kulturno društvo „Sveti Sava“ Münster", ["AG2", "AG1"], 1, "sr"))

# 016: registration from a shared association mailbox (info@) with Reply-To to the
# person; "Wir kommen zu zweit", "Arbeitsgruppe II"; signed "i.A. Rojda Aslan".
add("aslan-shared-mailbox-reply-to", message(
    headers(dt(2, 1, 11, 3, 27), addr("Kurdisches Gemeinschaftszentrum Münster", "info@kgz-muenster.example",
                                      "iso-8859-1"),
            OUR_ADDR, "Anmeldung zum MSO-Tag", "<20270201100327.GA2214@kgz-muenster.example>",
            cs="iso-8859-1", reply_to=addr("Rojda Aslan", "rojda.aslan@kgz-muenster.example"),
            extra=[("User-Agent", "Mozilla Thunderbird")]),
    text(T("""
Guten Tag,

das Kurdische Gemeinschaftszentrum Münster e.V. meldet sich zum Tag der
Migrantenselbstorganisationen an. Wir kommen zu zweit, ich und unser
Jugendreferent Baran Kaya, und möchten gerne in die Arbeitsgruppe II.

Bitte schicken Sie die Bestätigung an meine persönliche Adresse, das
Info-Postfach lesen mehrere Leute.

Mit freundlichen Grüßen
i.A. Rojda Aslan
2. Vorsitzende

Kurdisches Gemeinschaftszentrum Münster e.V.
Bremer Platz 12, 48155 Münster
"""), "iso-8859-1", "quoted-printable")),
    exp("registration", "rojda.aslan@kgz-muenster.example", "Rojda Aslan",
        "Kurdisches Gemeinschaftszentrum Münster e.V.", ["AG2"], 2, "de"))

# 017: question - accessibility before registering; "Wenn das klappt, würde ich
# gerne ... in die AG 3 kommen" is conditional, so nobody is registered yet.
add("oeztuerk-question-accessibility", message(
    headers(dt(2, 2, 15, 44, 9), addr("Kemal Öztürk", "kemal.oeztuerk@mail.example"), OUR_ADDR,
            "Frage Barrierefreiheit Stadtweinhaus", "<b7d1e04a-2c9f-4e11@mail.example>"),
    text(T("""
Sehr geehrte Damen und Herren,

ich habe die Einladung über den Verteiler des Integrationsrates bekommen.
Bevor ich mich anmelde, eine Frage: Ist das Stadtweinhaus barrierefrei
zugänglich? Ich bin Rollstuhlfahrer. Gibt es einen Aufzug zu den Räumen der
Arbeitsgruppen und eine barrierefreie Toilette?

Wenn das klappt, würde ich gerne für den Verein Inklusion Plus Münster in die
AG 3 kommen.

Vielen Dank im Voraus
Kemal Öztürk
"""), "utf-8", "8bit")),
    exp("question", "kemal.oeztuerk@mail.example", "Kemal Öztürk",
        "Inklusion Plus Münster", [], None, "de"))

# 018: registration in Vietnamese, UTF-8 base64; "nhóm làm việc số 1" = AG1;
# signature "Nguyễn Thị Lan" (family name first) beats From "Lan Nguyen".
add("nguyen-vietnamese-base64", message(
    headers(dt(2, 3, 22, 10, 31), addr("Lan Nguyen", "lan.nguyen.ms@mail.example"), OUR_ADDR,
            "Đăng ký tham dự MSO-Tag 2027", "<CAH9v2Lr8aa0@mail.example>"),
    text(T("""
Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, hiện là thư ký của Hội người Việt tại Münster.
Tôi xin đăng ký tham dự Ngày các tổ chức tự lập của người di cư vào thứ Bảy,
ngày 13/3/2027.

Tôi muốn tham gia nhóm làm việc số 1 (Arbeitsgruppe 1 - hệ thống giáo dục),
vì nhiều gia đình trong hội có con đang đi học ở Münster.

Chỉ có một mình tôi tham dự.

Trân trọng,
Nguyễn Thị Lan
Hội người Việt tại Münster
"""), "utf-8", "base64")),
    exp("registration", "lan.nguyen.ms@mail.example", "Nguyễn Thị Lan",
        "Hội người Việt tại Münster", ["AG1"], 1, "vi"))

# 019: question - Grace replies (Gmail, top-posted, ">" quoted confirmation) with
# questions about lunch and the documentation of "Working Group 2"; no change.
add("mwangi-question-reply-to-confirmation", message(
    headers(dt(2, 4, 8, 58, 14), addr("Grace Mwangi", "grace.mwangi@uni-muenster.example"), OUR_ADDR,
            "Re: " + CONF_SUBJECT, "<CAF3kd9x+Rr2Lq1y@mail.uni-muenster.example>",
            in_reply_to="<conf.20270119112102.0006@muenster.example>"),
    text(T("""
Hi again,

sorry, I meant to reply to this ages ago! Two small questions:

1) Will there be lunch? I'm vegetarian, so I'm just checking whether I
   should bring something.
2) Will the results of Working Group 2 be documented anywhere afterwards?
   Some of my students would love to read them.

Cheers,
Grace

On Tue, 19 Jan 2027 at 11:21, Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example> wrote:

""") + quote(confirmation("Grace Mwangi", 2, 1)), "utf-8", "quoted-printable")),
    exp("question", "grace.mwangi@uni-muenster.example", "Grace Mwangi",
        None, [], None, "en"))

# 020: registration with a PDF attachment (filled-in form) and the data repeated
# as "Feld: Wert" lines; multipart/mixed, ISO-8859-15 QP; "Arbeitsgruppe: 1".
_pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        b"4 0 obj << /Length 120 >> stream\nBT /F1 11 Tf 72 770 Td (Anmeldung MSO-Tag 2027 - "
        b"Name: Johanna Becker - Einrichtung: Jugendmigrationsdienst Muenster - AG 1) Tj ET\n"
        b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
add("becker-pdf-form-attached", message(
    headers(dt(2, 5, 10, 15, 22), addr("Becker, Johanna", "j.becker@jmd-muenster.example"), OUR_ADDR,
            "Anmeldung MSO-Tag 2027 / Jugendmigrationsdienst", "<000a01dd5f21$7e3c1b40$7ab451c0$@jmd-muenster.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    multipart("mixed", [
        text(T("""
Sehr geehrte Damen und Herren,

anbei sende ich Ihnen das ausgefüllte Anmeldeformular. Zur Sicherheit hier
noch einmal die Angaben:

Name: Johanna Becker
Einrichtung: Jugendmigrationsdienst Münster
Arbeitsgruppe: 1 (Bildungssystem)
Anzahl Personen: 1

Mit freundlichen Grüßen
Johanna Becker

Jugendmigrationsdienst Münster
Bahnhofstraße 5, 48143 Münster
"""), "iso-8859-15", "quoted-printable"),
        binary(_pdf, "application/pdf", "Anmeldeformular_MSO-Tag_2027_Becker.pdf"),
    ], "----=_NextPart_000_000B_01DD5F21.7E3C1B40")),
    exp("registration", "j.becker@jmd-muenster.example", "Johanna Becker",
        "Jugendmigrationsdienst Münster", ["AG1"], 1, "de"))

# 021: change - "we are now fewer": Outlook multipart/alternative reply to the
# confirmation (AG 3, Personen: 3) quoted without ">"; now "nur noch zu zweit",
# AG unchanged ("Alles andere bleibt") -> workgroups [], party_size 2.
_sb_new = T("""
Liebes MSO-Team,

kleine Änderung: Herr Nwosu hat an dem Samstag leider ein Fußballturnier mit
unserer Jugendgruppe und kann nicht mitkommen. Wir sind also nur noch zu zweit
(Frau Adeyemi und ich). Alles andere bleibt, wie es ist.

Herzliche Grüße
Stefanie Brandt-Okafor
""")
_sb_conf = confirmation("Frau Brandt-Okafor", 3, 3)
_sb_hdr = T("""
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Mittwoch, 20. Januar 2027 16:41
An: Brandt-Okafor, Stefanie <s.brandt-okafor@afrika-kulturforum.example>
Betreff: Ihre Anmeldung: Tag der Migrantenselbstorganisationen 2027
""")
add("brandt-okafor-now-two", message(
    headers(dt(2, 8, 13, 27, 45), addr("Brandt-Okafor, Stefanie", "s.brandt-okafor@afrika-kulturforum.example"),
            OUR, "AW: " + CONF_SUBJECT, "<DB9PR02MB71239F1D@afrika-kulturforum.example>",
            in_reply_to="<conf.20270120164103.0007@muenster.example>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    multipart("alternative", [
        text(_sb_new + "\n" + _sb_hdr + "\n" + _sb_conf, "windows-1252", "quoted-printable"),
        text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
             "</head><body lang=\"DE\"><div class=\"WordSection1\">\n"
             + "".join(f"<p class=\"MsoNormal\">{html_escape(l) if l else '&nbsp;'}</p>\n"
                       for l in _sb_new.rstrip().split("\n"))
             + "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
             + "".join(f"<p class=\"MsoNormal\"><b>{html_escape(l.split(': ', 1)[0])}:</b> "
                       f"{html_escape(l.split(': ', 1)[1])}</p>\n" for l in _sb_hdr.strip().split("\n"))
             + "</div>\n"
             + "".join(f"<p class=\"MsoNormal\">{html_escape(l) if l else '&nbsp;'}</p>\n"
                       for l in _sb_conf.rstrip().split("\n"))
             + "</div></body></html>\n", "windows-1252", "quoted-printable", subtype="html"),
    ], "_000_DB9PR02MB71239F1D_")),
    exp("change", "s.brandt-okafor@afrika-kulturforum.example", "Stefanie Brandt-Okafor",
        None, [], 2, "de"))

# 022: change from ANOTHER address - Elif (004) writes from work in German, names
# her private registration address, AG 1 -> AG 2, "Bitte antworten Sie an diese Adresse".
add("yildirim-change-from-work-address", message(
    headers(dt(2, 9, 7, 55, 38), addr("Yildirim, Elif", "e.yildirim@familienzentrum-kinderhaus.example"),
            OUR_ADDR, "Änderung Anmeldung MSO-Tag – Elif Yıldırım",
            "<5e0c9a1b72f4@familienzentrum-kinderhaus.example>"),
    text(T("""
Guten Tag,

ich habe mich am 18. Januar von meiner privaten Adresse
(elif.yildirim84@mail.example) auf Türkisch für den MSO-Tag angemeldet, für
die AG 1. Nach Rücksprache mit unserem Vorstand möchte ich lieber in die AG 2
wechseln, weil unser Verein sich am Zukunftsprozess der Stadt beteiligen will.

Bitte antworten Sie an diese Adresse, die private lese ich selten.

Viele Grüße
Elif Yıldırım
Familienzentrum Kinderhaus - Elternbegleitung
"""), "utf-8", "quoted-printable")),
    exp("change", "e.yildirim@familienzentrum-kinderhaus.example", "Elif Yıldırım",
        "Familienzentrum Kinderhaus", ["AG2"], None, "de"))

# 023: registration in Dari (fa), UTF-8 QP, Persian digits (۱۳ مارچ ۲۰۲۷);
# "گروپ کاری سوم (... تمویل ...)" = AG3; "فقط خودم" = 1; Latin signature.
add("ahmadi-dari-registration", message(
    headers(dt(2, 10, 20, 40, 12), addr("Reza Ahmadi", "reza.ahmadi.ms@mail.example"), OUR_ADDR,
            "ثبت نام برای روز سازمان‌های مهاجرین", "<CAJr7Ahm+0Qk@mail.example>"),
    text(T("""
سلام و احترام،

من رضا احمدی هستم، عضو هیئت رهبری انجمن فرهنگی افغان‌های مونستر.
می‌خواهم برای روز سازمان‌های خودگردان مهاجرین به تاریخ ۱۳ مارچ ۲۰۲۷ ثبت نام کنم.

لطفاً مرا در گروپ کاری سوم (امکانات تمویل و مدیریت انجمن) ثبت کنید. انجمن ما
تازه تأسیس شده و به معلومات در مورد کمک‌های مالی ضرورت داریم.

فقط خودم می‌آیم.

با احترام
Reza Ahmadi
Afghanischer Kulturverein Münster e.V.
"""), "utf-8", "quoted-printable")),
    exp("registration", "reza.ahmadi.ms@mail.example", "Reza Ahmadi",
        "Afghanischer Kulturverein Münster e.V.", ["AG3"], 1, "fa"))

# 024: auto_reply WITHOUT Auto-Submitted or other machine headers: Grace's
# bilingual vacation notice answering our reply to her question ("WG 2" in subject).
add("mwangi-vacation-no-headers", message(
    headers(dt(2, 12, 14, 2, 5), addr("Grace Mwangi", "grace.mwangi@uni-muenster.example"), OUR,
            "Out of office: Re: Lunch / Working Group 2 documentation",
            "<CAF3kd9y+Oo0fF1c@mail.uni-muenster.example>",
            in_reply_to="<answer.20270212140158.0019@muenster.example>"),
    text(T("""
Thank you for your message. I am on annual leave until Monday, 22 February
2027, and will have limited access to email.

For urgent matters regarding the International Centre "Die Brücke", please
contact info@bruecke.uni-muenster.example.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 22.02.2027 im Urlaub. In
dringenden Fällen wenden Sie sich bitte an info@bruecke.uni-muenster.example.

Grace Mwangi
"""), "utf-8", "quoted-printable")),
    exp("auto_reply"))

# 025: registration in Kurmanji (ku), UTF-8 QP; "em du kes in" = 2,
# "koma xebatê ya yekem (perwerde û dibistan)" = AG1.
add("sexo-kurmanji-two", message(
    headers(dt(2, 12, 19, 31, 48), addr("Berfin Sexo", "berfin.sexo@mail.example"), OUR_ADDR,
            "Qeydkirin ji bo Roja Rêxistinên Koçberan", "<f2a7c91e0d@mail.example>"),
    text(T("""
Silav û rêz,

Ez Berfîn Şêxo me, ji Komeleya Jinên Kurd li Münsterê. Em dixwazin beşdarî
Roja Rêxistinên Koçberan a 13ê Adarê bibin.

Em du kes in: ez û hevala min Hêvî. Em dixwazin beşdarî koma xebatê ya yekem
bibin (perwerde û dibistan), ji ber ku pirsgirêkên zarokên me li dibistanê
gelek in.

Heke hûn bersivê bi almanî binivîsin jî, baş e.

Bi silav,
Berfîn Şêxo
Komeleya Jinên Kurd li Münsterê
"""), "utf-8", "quoted-printable")),
    exp("registration", "berfin.sexo@mail.example", "Berfîn Şêxo",
        "Komeleya Jinên Kurd li Münsterê", ["AG1"], 2, "ku"))

# 026: change - INLINE reply to the confirmation: the quoted "Arbeitsgruppe: AG 1"
# line is answered below with "nicht AG 1, sondern AG 3"; new text also says
# "Hausaufgabenhilfe" (education) and "Fördermittel"; party unchanged.
_kc = confirmation("Herr Dr. Karaca", 1, 1).split("\n")
add("karaca-inline-change-ag3", message(
    headers(dt(2, 15, 9, 18, 26), addr("Dr. Yusuf Karaca", "y.karaca@igmk.example"), OUR,
            "AW: " + CONF_SUBJECT, "<20270215091826.7c1a@igmk.example>", cs="iso-8859-1",
            in_reply_to="<conf.20270202170512.0044@muenster.example>",
            extra=[("User-Agent", "Mozilla Thunderbird")]),
    text(T("""
Sehr geehrte Damen und Herren,

danke für die Bestätigung, siehe unten.

""") + quote("\n".join(_kc[0:7])) + T("""

Hier bitte eine Änderung: nicht AG 1, sondern AG 3. Unser Moscheeverein baut
gerade eine Hausaufgabenhilfe auf und braucht dafür dringend Fördermittel -
da passt die AG 3 besser.

""") + quote(_kc[7]) + T("""

Das stimmt so.

""") + quote("\n".join(_kc[9:11])) + T("""

Mit freundlichen Grüßen
Dr. Yusuf Karaca
Vorstand Bildung
Islamische Gemeinde Münster-Kinderhaus e.V.
"""), "iso-8859-1", "quoted-printable")),
    exp("change", "y.karaca@igmk.example", "Yusuf Karaca",
        "Islamische Gemeinde Münster-Kinderhaus e.V.", ["AG3"], None, "de"))

# 027: registration of a COLLEAGUE: the writer cannot come herself ("Ich selbst
# kann leider nicht"), confirmation to the colleague's address as written (it has
# a typo, see 028).
add("leuschner-registers-colleague", message(
    headers(dt(2, 16, 10, 11, 39), addr("Leuschner, Monika", "m.leuschner@stz-coerde.example"), OUR_ADDR,
            "Anmeldung Kollegin Hosseini", "<AS8PR07MB4412C0DE@stz-coerde.example>",
            cs="windows-1252"),
    text(T("""
Hallo,

ich möchte unsere neue Kollegin Leyla Hosseini für den MSO-Tag anmelden. Sie
arbeitet seit Januar bei uns im Stadtteilzentrum Coerde in der Beratung für
geflüchtete Familien und interessiert sich für die AG 2.

Ich selbst kann leider nicht, ich habe an dem Wochenende Dienst beim
Vorbereitungstreffen fürs Stadtteilfest.

Bitte schicken Sie die Bestätigung direkt an Frau Hosseini:
l.hoseini@stz-coerde.example

Danke und viele Grüße
Monika Leuschner
Stadtteilzentrum Coerde
Hamannplatz 35, 48157 Münster
"""), "windows-1252", "quoted-printable")),
    exp("registration", "l.hoseini@stz-coerde.example", "Leyla Hosseini",
        "Stadtteilzentrum Coerde", ["AG2"], 1, "de"))

# 028: bounce - Exchange-style NDR as multipart/alternative (no delivery-status
# part) for the confirmation sent to the misspelt address from 027.
_ndr = T("""
Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Ihre Anmeldung: Tag der Migrantenselbstorganisationen 2027
Gesendet: 16.02.2027 10:12

Die folgenden Empfänger können nicht erreicht werden:

      l.hoseini@stz-coerde.example am 16.02.2027 10:12
            Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht
            gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und
            versuchen Sie erneut, die Nachricht zu senden.
            <mx.stz-coerde.example #5.1.1 smtp;550 5.1.1
            RESOLVER.ADR.RecipNotFound; not found>
""")
add("bounce-exchange-ndr-colleague", message(
    headers(dt(2, 16, 10, 12, 58), addr("Microsoft Outlook", "postmaster@stz-coerde.example"), OUR_ADDR,
            "Unzustellbar: " + CONF_SUBJECT, "<b0a1e6d4-91c2-4f7e@stz-coerde.example>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
    multipart("alternative", [
        text(_ndr, "utf-8", "quoted-printable"),
        text("<html><body><p><b><font color=\"#000066\" size=\"3\">"
             "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>\n<pre>"
             + html_escape(_ndr.split("\n", 2)[2]) + "</pre></body></html>\n",
             "utf-8", "quoted-printable", subtype="html"),
    ], "_000_b0a1e6d491c24f7e_")),
    exp("bounce", bounced="l.hoseini@stz-coerde.example"))

# 029: registration in French, ISO-8859-15 QP (œ); "le groupe 2 ... sinon le
# groupe 3" -> [AG2, AG3]; "Je viendrai seul".
add("mukendi-french-two-choices", message(
    headers(dt(2, 17, 17, 26, 3), addr("Jean-Baptiste Mukendi", "jb.mukendi@mail.example"), OUR_ADDR,
            "Inscription – Journée des organisations de migrants", "<20270217172603.36fa@mail.example>"),
    text(T("""
Bonjour,

Je me permets de vous écrire en français, mon allemand n'est pas encore assez
bon pour un e-mail officiel.

Je souhaite m'inscrire à la Journée des organisations de migrants le samedi
13 mars 2027, au nom de l'Association des Congolais de Münster. Je viendrai
seul.

Pour les groupes de travail, je choisirais en premier le groupe 2 (l'avenir
de Münster), sinon le groupe 3 (financement et gestion associative). Le
thème de l'avenir de la ville nous tient vraiment à cœur.

Merci d'avance et bonne journée,

Jean-Baptiste Mukendi
Président - Association des Congolais de Münster
"""), "iso-8859-15", "quoted-printable")),
    exp("registration", "jb.mukendi@mail.example", "Jean-Baptiste Mukendi",
        "Association des Congolais de Münster", ["AG2", "AG3"], 1, "fr"))

# 030: question that names two workgroups without changing anything: registered
# for AG 2, curious about AG 3, asks whether one may switch after lunch.
add("okello-question-switch-after-lunch", message(
    headers(dt(2, 18, 12, 49, 57), addr("Thomas Okello", "t.okello@mail.example"), OUR_ADDR,
            "Frage zum Ablauf der AGs", "<87h6k2pq1z.fsf@mail.example>",
            extra=[("User-Agent", "Gnus/5.13 (Gnus v5.13)")]),
    text(T("""
Moin,

kurze Frage zum Ablauf: Laufen die drei AGs wirklich den ganzen Tag parallel,
oder gibt es vormittags und nachmittags je eine Runde? Ich bin für AG 2
angemeldet, fände aber den Input zu Fördermitteln in AG 3 auch spannend.
Kann man nach der Mittagspause wechseln, oder bleibt man besser in seiner
Gruppe?

Danke & Gruß
Thomas Okello
Ugandischer Verein Münster
"""), "utf-8", "8bit")),
    exp("question", "t.okello@mail.example", "Thomas Okello",
        "Ugandischer Verein Münster", [], None, "de"))

# 031: change in Polish - two registered colleagues SWAP workgroups (HTML-only
# webmail, ISO-8859-2 QP); the writer goes from group 1 to group 3, her
# colleague (Cc) the other way. Label: the writer's new choice.
add("nowak-polish-swap-html", message(
    headers(dt(2, 19, 8, 34, 11), addr("Agnieszka Nowak", "a.nowak@polska-misja-ms.example", "iso-8859-2"),
            OUR_ADDR, "Zamiana grup roboczych – MSO-Tag", "<5a7f3e21.0912@polska-misja-ms.example>",
            cs="iso-8859-2", cc=addr("Katarzyna Wójcik", "k.wojcik@mail.example", "iso-8859-2")),
    text(T("""
<html><body><div style="font-family: Verdana; font-size: 13px">
<p>Dzień dobry,</p>
<p>razem z koleżanką Katarzyną Wójcik jesteśmy zapisane na Dzień Organizacji
Migrantów 13 marca - ja do grupy roboczej nr 1 (edukacja), Kasia do grupy nr 3
(finansowanie).</p>
<p>Chciałybyśmy się zamienić: ja przejdę do grupy 3, a Kasia do grupy 1. Kasia
pracuje teraz w szkole jako asystentka nauczyciela, więc temat edukacji jest dla
niej ważniejszy, a ja od stycznia zajmuję się wnioskami o dotacje.</p>
<p>Czy to możliwe? Kasia jest w kopii.</p>
<p>Pozdrawiam serdecznie<br>
Agnieszka Nowak<br>
<span style="color:#666666">Polska Misja Katolicka w Münster - zespół ds. integracji</span></p>
</div></body></html>
"""), "iso-8859-2", "quoted-printable", subtype="html")),
    exp("change", "a.nowak@polska-misja-ms.example", "Agnieszka Nowak",
        "Polska Misja Katolicka w Münster", ["AG3"], None, "pl"))

# 032: cancellation from ANOTHER (private) address; names the association address
# he registered with; the reply goes to the sender.
add("mensah-cancel-private-address", message(
    headers(dt(2, 20, 11, 16, 44), addr("Sam Mensah", "sammensah@mail.example"), OUR_ADDR,
            "Absage MSO Tag", "<CAM5sam+Xx0a@mail.example>"),
    text(T("""
Hallo,

ich schreibe von meinem privaten Konto, weil ich im Büro gerade keinen Zugang
habe. Ich hatte mich im Januar für die Ghana Union angemeldet (AG 3, mit
s.mensah@ghana-union-ms.example). Leider wurde unsere Mitgliederversammlung
auf den 13. März verschoben, daher muss ich absagen. Sehr schade!

Viele Grüße
Samuel Mensah
"""), "utf-8", "8bit")),
    exp("cancellation", "sammensah@mail.example", "Samuel Mensah", "Ghana Union", [], None, "de"))

# 033: registration in Spanish, windows-1252 8bit; "Vamos dos personas";
# "grupo de trabajo sobre financiación ... (el grupo 3)".
add("romero-spanish-two", message(
    headers(dt(2, 22, 14, 2, 29), addr("Lucía Romero", "lucia.romero@casa-latina-ms.example", "windows-1252"),
            OUR_ADDR, "Inscripción MSO-Tag 2027", "<000001dd64f2$1a2b3c4d$@casa-latina-ms.example>",
            cs="windows-1252"),
    text(T("""
Hola:

Les escribo desde la Casa Latinoamericana de Münster. Queremos inscribirnos
para el día de las organizaciones de migrantes del 13 de marzo. Vamos dos
personas: yo y nuestro tesorero, Andrés Quispe.

Nos interesa mucho el grupo de trabajo sobre financiación y gestión de
asociaciones (el grupo 3), porque queremos pedir subvenciones por primera vez.

¡Muchas gracias y saludos cordiales!

Lucía Romero
Coordinadora
Casa Latinoamericana Münster e.V.
"""), "windows-1252", "8bit")),
    exp("registration", "lucia.romero@casa-latina-ms.example", "Lucía Romero",
        "Casa Latinoamericana Münster e.V.", ["AG3"], 2, "es"))

# 034: question in Arabic, phone-typed (UTF-8 base64): is there Arabic
# interpretation, and must one register beforehand or can one just come?
add("alali-arabic-phone-question", message(
    headers(dt(2, 23, 23, 12, 5), addr("Mahmoud Alali", "m.alali1980@mail.example"), OUR_ADDR,
            "سؤال", "<android.5f2c81d0e7@mail.example>"),
    text(T("""
مرحبا
هل يوجد ترجمة عربي في اليوم؟ وهل لازم اسجل قبل ولا ممكن اجي مباشرة؟
شكرا
محمود

مرسل من هاتفي
"""), "utf-8", "base64")),
    exp("question", "m.alali1980@mail.example", "Mahmoud Alali", None, [], None, "ar"))

# 035: change in Arabic - PARTIAL cancellation: "my colleague Rami cannot come,
# I will attend as planned; please change to one person" (reply to confirmation,
# quoted with an Arabic Gmail quote header).
add("haddad-arabic-colleague-drops-out", message(
    headers(dt(2, 24, 18, 47, 36), addr("Nadia Haddad", "nadia.haddad@mail.example"), OUR,
            "Re: " + CONF_SUBJECT, "<0c81f3a2d5b64e32@mail.example>",
            in_reply_to="<conf.20270121191604.0008@muenster.example>"),
    text(T("""
مرحباً،

للأسف زميلي رامي لن يتمكن من الحضور بسبب ظروف عمله. أنا سأحضر كما هو مخطط.
أرجو تعديل التسجيل إلى شخص واحد فقط.

شكراً لكم
Nadia Haddad

في الخميس، 21 يناير 2027 في 7:16 م، كتب Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example>:

""") + quote(confirmation("Nadia Haddad", 1, 2)), "utf-8", "base64")),
    exp("change", "nadia.haddad@mail.example", "Nadia Haddad", None, [], 1, "ar"))

# 036: registration of a group of FOUR, typed on an English keyboard (ue/oe,
# 7bit); "Welche AG ist uns nicht so wichtig ... Wenn moeglich aber Foerderung".
add("tesfaye-group-of-four-ascii", message(
    headers(dt(2, 25, 20, 20, 20), addr("Yonas Tesfaye", "yonas.tesfaye@mail.example"), OUR_ADDR,
            "Anmeldung Eritreischer Gemeinschaftsverein", "<CAYt3sf4y3+9@mail.example>"),
    text(T("""
Sehr geehrte Damen und Herren,

wir vom Eritreischen Gemeinschaftsverein Muenster moechten gerne am MSO-Tag
teilnehmen. Wir kommen zu viert (Vorstand: Yonas Tesfaye, Semhar
Ghebremedhin, Daniel Habte und Ruth Kidane).

Welche AG ist uns nicht so wichtig, Hauptsache wir koennen zusammen bleiben.
Wenn moeglich aber Foerderung, weil wir einen Raum fuer den Verein suchen und
nicht wissen, wie man das finanziert.

Vielen Dank
Yonas Tesfaye
Eritreischer Gemeinschaftsverein Muenster e.V.
"""), "us-ascii", "7bit")),
    exp("registration", "yonas.tesfaye@mail.example", "Yonas Tesfaye",
        "Eritreischer Gemeinschaftsverein Muenster e.V.", ["AG3"], 4, "de"))

# 037: change in Ukrainian - LONG mail, the decisive sentence ("прошу перенести
# мене з першої робочої групи до другої") sits in the middle; the first group is
# also named for a colleague who stays there; two questions at the end.
add("kovalenko-ukrainian-long-change", message(
    headers(dt(2, 26, 22, 58, 41), addr("Olena Kovalenko", "olena.kovalenko@ukr-initiative-ms.example"),
            OUR_ADDR, "Щодо моєї реєстрації на День організацій мігрантів",
            "<3e9b0c17-a2f4-4d6e@ukr-initiative-ms.example>"),
    text(T("""
Шановні організатори!

Дякую вам за запрошення і за швидке підтвердження моєї реєстрації. Хочу
коротко розповісти, чим ми займаємося, бо, можливо, це буде цікаво і для
інших учасників.

Українська ініціатива Мюнстера існує з весни 2022 року. Спочатку ми були
просто групою волонтерок, які допомагали сім'ям, що приїхали з України:
супровід до Jobcenter, пошук житла, переклади листів з Ausländerbehörde.
Зараз у нас суботня школа для 120 дітей, курси німецької мови для мам і
невеликий хор, який уже двічі виступав на Stadtteilfest у Kinderhaus.

Найбільша проблема для нас - визнання дипломів наших вчительок. Багато з них
мають двадцять років досвіду, але тут можуть працювати лише як помічниці.
Про це я дуже хотіла говорити на першій робочій групі.

Але наша колега Марія Шевчук уже зареєструвалася окремо в першу групу
(освіта), і вона знає цю тему краще за мене, бо сама працює в школі. Тому
прошу перенести мене з першої робочої групи до другої - про майбутнє
Мюнстера. Так ми зможемо бути присутніми в обох групах.

Ще кілька питань, якщо можна: чи можна принести флаєри нашої ініціативи і
покласти їх на столі біля входу? І чи буде фотограф? Деякі наші учасниці
не хочуть бути на фото з міркувань безпеки для родичів в Україні.

Вибачте за довгий лист і дякую за вашу роботу!

З повагою
Олена Коваленко

--
Olena Kovalenko
Ukrainische Initiative Münster e.V.
Vorstand / Bildungsprojekte
www.ukr-initiative-ms.example
"""), "utf-8", "quoted-printable")),
    exp("change", "olena.kovalenko@ukr-initiative-ms.example", "Olena Kovalenko",
        "Ukrainische Initiative Münster e.V.", ["AG2"], None, "uk"))

# 038: cancellation in Russian, windows-1251 8bit, a fresh mail (no quote) from
# the writer of 011; names "рабочая группа 3" only to identify the registration.
add("sokolova-russian-cancel-cp1251", message(
    headers(dt(3, 1, 9, 30, 15), addr("Irina Sokolova", "irina.sokolova@mail.example"), OUR_ADDR,
            "Отмена регистрации / Absage", "<2204917.Kq8mNvT@mail.example>", cs="windows-1251",
            extra=[("User-Agent", "KMail/5.2.3 (Linux/5.15.0)")]),
    text(T("""
Добрый день,

к сожалению, я не смогу прийти 13 марта: в этот день у нас в обществе
концерт к 8 Марта, который перенесли из-за болезни руководителя хора.
Пожалуйста, отмените мою регистрацию (рабочая группа 3).

Надеюсь увидеться в следующем году.

С уважением,
Irina Sokolova
Vorsitzende
Deutsch-Russischer Kulturverein Raduga Muenster e.V.
"""), "windows-1251", "8bit")),
    exp("cancellation", "irina.sokolova@mail.example", "Irina Sokolova",
        "Deutsch-Russischer Kulturverein Raduga Muenster e.V.", [], None, "ru"))

# 039: question in Turkish - childcare and lunch; "Eğer varsa hemen kayıt
# olacağım" announces a later registration, it is not one.
add("arslan-turkish-childcare-question", message(
    headers(dt(3, 2, 10, 5, 51), addr("Zeynep Arslan", "zeynep.arslan@mail.example"), OUR_ADDR,
            "Çocuk bakımı var mı?", "<CAZa91ks-Tt4@mail.example>"),
    text(T("""
Merhabalar,
etkinliğe katılmayı çok istiyorum ama 3 yaşında bir oğlum var. Etkinlik
sırasında çocuk bakımı olacak mı? Eğer varsa hemen kayıt olacağım.
Bir de: öğle yemeği var mı, yoksa yanımızda bir şey mi getirelim?
Teşekkürler,
Zeynep
"""), "utf-8", "8bit")),
    exp("question", "zeynep.arslan@mail.example", "Zeynep Arslan", None, [], None, "tr"))

# 040: change in English with a fallback: WG 2 -> WG 3, "If WG 3 is already full,
# please just leave me in WG 2" -> [AG3, AG2].
add("raman-english-change-with-fallback", message(
    headers(dt(3, 2, 16, 39, 27), addr("Priya Raman", "priya.raman@indische-gemeinschaft-ms.example"),
            OUR_ADDR, "Change of working group - Priya Raman",
            "<MW4PR84MB1234ABCD@indische-gemeinschaft-ms.example>"),
    text(T("""
Hello,

I registered a few weeks ago for Working Group 2. Having now read the
programme more closely, I'd rather join Working Group 3 (funding and
association management) - our treasurer just quit and I've inherited the
accounts!

If WG 3 is already full, please just leave me in WG 2.

Many thanks,
Priya Raman
Indian Community Münster (Indische Gemeinschaft Münster e.V.)
"""), "utf-8", "quoted-printable")),
    exp("change", "priya.raman@indische-gemeinschaft-ms.example", "Priya Raman",
        "Indische Gemeinschaft Münster e.V.", ["AG3", "AG2"], None, "en"))

# 041: registration AGAIN after a cancellation: reply from the private address to
# our cancellation notice (quoted), asks for "gleiche AG wie vorher (Förderung,
# AG 3)" and for the confirmation to go to the association address.
add("mensah-re-registers-after-cancel", message(
    headers(dt(3, 3, 19, 11, 8), addr("Sam Mensah", "sammensah@mail.example"), OUR,
            "Re: Ihre Absage: Tag der Migrantenselbstorganisationen 2027", "<CAM5sam+Yy7b@mail.example>",
            in_reply_to="<cancel.20270220111702.0032@muenster.example>"),
    text(T("""
Gute Nachrichten: die Mitgliederversammlung wurde jetzt doch auf April gelegt!
Kann ich mich wieder anmelden? Für die Ghana Union Münster, gleiche AG wie
vorher bitte (Förderung, AG 3).

Die Bestätigung bitte wieder an die Vereinsadresse
s.mensah@ghana-union-ms.example schicken.

Samuel Mensah

Am Sa., 20. Feb. 2027 um 11:17 Uhr schrieb Tag der
Migrantenselbstorganisationen <mso-tag@muenster.example>:

> Guten Tag Herr Mensah,
>
> wir haben Ihre Absage erhalten und Ihre Anmeldung zum Tag der
> Migrantenselbstorganisationen 2027 (AG 3 - Förderungsmöglichkeiten und
> effektives Vereinsmanagement) storniert. Schade, dass Sie nicht dabei sein
> können!
>
> Falls sich Ihre Pläne ändern, antworten Sie einfach auf diese E-Mail.
>
> Mit freundlichen Grüßen
> Ihr Team vom Tag der Migrantenselbstorganisationen
"""), "utf-8", "quoted-printable")),
    exp("registration", "s.mensah@ghana-union-ms.example", "Samuel Mensah",
        "Ghana Union Münster", ["AG3"], 1, "de"))

# 042: question "Bin ich angemeldet?" - no confirmation received; names AG 1 and
# the organisation but asks, does not (re-)register.
add("aydin-question-no-confirmation", message(
    headers(dt(3, 4, 11, 57, 33), addr("Hatice Aydın", "hatice.aydin@mail.example"), OUR_ADDR,
            "Keine Bestätigung erhalten", "<trinity-7f3a-5521-4c0e@mail.example>", cs="iso-8859-9"),
    text(T("""
Guten Tag,

ich habe mich Anfang Februar für den MSO-Tag angemeldet (AG 1, für den
Deutsch-Türkischen Elternbund Münster), aber ich habe bis heute keine
Bestätigung bekommen. Auch nicht im Spam-Ordner. Bin ich auf der Liste?
Ich möchte nicht umsonst am Samstag kommen.

Mit freundlichen Grüßen
Hatice Aydın
"""), "iso-8859-9", "quoted-printable")),
    exp("question", "hatice.aydin@mail.example", "Hatice Aydın",
        "Deutsch-Türkischer Elternbund Münster", [], None, "de"))

# 043: cancellation in Spanish, bottom of a Gmail reply to the confirmation
# (quoted with ">"), "tenemos que cancelar nuestra inscripción (las dos personas)".
add("romero-spanish-cancel-reply", message(
    headers(dt(3, 5, 8, 21, 46), addr("Lucía Romero", "lucia.romero@casa-latina-ms.example"), OUR,
            "Re: " + CONF_SUBJECT, "<CALr0m3r0+Kk2@casa-latina-ms.example>",
            in_reply_to="<conf.20270222140311.0033@muenster.example>"),
    text(T("""
Hola de nuevo:

Lo siento mucho, pero tenemos que cancelar nuestra inscripción (somos las dos
personas de la Casa Latinoamericana). Andrés está enfermo y yo tengo que cubrir
su turno en la tienda del barrio ese sábado.

Ojalá el año que viene.
Un saludo,
Lucía

El lun, 22 feb 2027 a las 14:03, Tag der Migrantenselbstorganisationen (<
mso-tag@muenster.example>) escribió:

""") + quote(confirmation("Lucía Romero", 3, 2)), "utf-8", "quoted-printable")),
    exp("cancellation", "lucia.romero@casa-latina-ms.example", "Lucía Romero",
        "Casa Latinoamericana", [], None, "es"))

# 044: change - "we are now MORE": learner-German reply to the 7-day reminder
# (quoted, "AG 1 ..., 2 Person(en)"); neighbour joins -> 3 Personen,
# "Arbeitsgruppe gleich" -> workgroups [].
add("benali-reminder-reply-now-three", message(
    headers(dt(3, 6, 10, 41, 19), addr("fatima benali", "f.benali@mail.example", "iso-8859-1"), OUR,
            "Re: " + REM7_SUBJECT, "<trinity-9a0b1c2d-3e4f@3c-app-webde-bap31.mail.example>",
            cs="iso-8859-1", in_reply_to="<rem7.20270306100000.0009@muenster.example>"),
    text(T("""
Hallo

Danke für die Erinnerung. Kann meine Nachbarin Khadija auch mit kommen? Sie
ist auch in unsere Verein aktiv. Dann wir sind 3 Personen, bitte ändern.
Arbeitsgruppe gleich.

Fatima Benali


Gesendet: Samstag, 06. März 2027 um 10:00 Uhr
Von: "Tag der Migrantenselbstorganisationen" <mso-tag@muenster.example>
An: f.benali@mail.example
Betreff: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März
""") + quote(reminder7(1, 2)), "iso-8859-1", "8bit")),
    exp("change", "f.benali@mail.example", "Fatima Benali", None, [], 3, "de"))

# 045: other - a bare thank-you reply to the reminder (Vietnamese + German,
# Gmail vi quote header); confirms attendance, asks nothing, changes nothing.
add("nguyen-thanks-reply-to-reminder", message(
    headers(dt(3, 6, 11, 5, 2), addr("Lan Nguyen", "lan.nguyen.ms@mail.example"), OUR,
            "Re: " + REM7_SUBJECT, "<CAH9v2Lr9bb1@mail.example>",
            in_reply_to="<rem7.20270306100000.0018@muenster.example>"),
    text(T("""
Cảm ơn nhiều! Danke für die Erinnerung, ich freue mich auf Samstag.
Lan

Vào Th 7, 6 thg 3, 2027 vào lúc 10:00 Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example> đã viết:

""") + quote(reminder7(1, 1)), "utf-8", "quoted-printable")),
    exp("other"))

# 046: cancellation - very LONG mail; association news first, the decisive
# "muss ich meine Anmeldung ... zurückziehen" in the middle, then a request for
# the AG 2 documentation and to stay on the mailing list; Greek closing.
add("papadopoulos-long-cancellation", message(
    headers(dt(3, 8, 21, 33, 57), addr("Kostas Papadopoulos", "k.papadopoulos@griechische-gemeinde-ms.example"),
            OUR_ADDR, "MSO-Tag 13. März / Griechische Gemeinde", "<CAKp0s8Uu3x@griechische-gemeinde-ms.example>"),
    text(T("""
Liebe Organisatorinnen und Organisatoren des MSO-Tages,

zuerst einmal möchte ich mich herzlich bedanken, dass Sie diese Veranstaltung
jedes Jahr wieder auf die Beine stellen. Für kleine Vereine wie unseren ist
das oft die einzige Gelegenheit im Jahr, mit Verwaltung und Politik an einem
Tisch zu sitzen, ohne dass es gleich um Anträge oder Beschwerden geht.

Bei uns in der Griechischen Gemeinde hat sich in den letzten Monaten einiges
getan. Wir haben seit Herbst einen neuen Chor mit inzwischen 23 Mitgliedern,
davon erfreulich viele junge Leute aus der zweiten und dritten Generation. Im
Dezember hatten wir zum ersten Mal einen gemeinsamen Basar mit der
Serbisch-Orthodoxen Gemeinde, der Erlös ging an die Tafel in Gievenbeck. Und
unser Griechischunterricht am Samstagvormittag platzt aus allen Nähten - wir
suchen dringend einen zweiten Raum, wer da etwas weiß, möge sich melden.

Nun zum eigentlichen Anlass meiner Mail: Leider muss ich meine Anmeldung für
den 13. März zurückziehen. Meine Nichte heiratet sehr kurzfristig in
Thessaloniki, und als Patenonkel kann ich da schlecht fehlen. Herr Stavridis
ist an dem Wochenende ebenfalls unterwegs, sodass wir dieses Jahr leider
niemanden schicken können. Das tut mir wirklich leid, gerade weil mich die
Diskussion in der AG 2 sehr interessiert hätte.

Wäre es möglich, uns die Ergebnisse bzw. die Dokumentation der AG 2 im
Nachgang zuzuschicken? Wir würden sie gern in unserer Vorstandssitzung im
April besprechen. Außerdem wäre es schön, wenn Sie uns für das nächste Jahr
weiter auf Ihrem Verteiler behalten, gern auch mit der allgemeinen Adresse
info@griechische-gemeinde-ms.example, damit die Einladung nicht wieder nur
bei einer Person landet.

Für Ihre Veranstaltung wünsche ich Ihnen gutes Gelingen, viele Teilnehmende
und lebhafte Diskussionen. Vielleicht sehen wir uns ja beim Interkulturellen
Frühlingsfest im Mai, wir haben dort wieder einen Stand mit Loukoumades.

Mit herzlichen Grüßen / Με εκτίμηση

Konstantinos Papadopoulos
Schriftführer
Griechische Gemeinde Münster e.V.
Gemeindehaus: Warendorfer Straße 77, 48145 Münster
www.griechische-gemeinde-ms.example

Diese Nachricht wurde ehrenamtlich verfasst - bitte haben Sie Verständnis,
wenn Antworten etwas dauern.
"""), "utf-8", "quoted-printable")),
    exp("cancellation", "k.papadopoulos@griechische-gemeinde-ms.example", "Konstantinos Papadopoulos",
        "Griechische Gemeinde Münster e.V.", [], None, "de"))

# 047: cancellation of BOTH persons from the shared info@ mailbox, this time
# without Reply-To and signed by the second person of the registration (016).
add("kaya-cancel-from-shared-mailbox", message(
    headers(dt(3, 9, 13, 8, 25), addr("Kurdisches Gemeinschaftszentrum Münster", "info@kgz-muenster.example",
                                      "iso-8859-1"),
            OUR_ADDR, "Absage KGZ - MSO-Tag", "<20270309120825.GB3307@kgz-muenster.example>",
            cs="iso-8859-1", extra=[("User-Agent", "Mozilla Thunderbird")]),
    text(T("""
Sehr geehrtes Team,

leider müssen wir unsere Teilnahme am 13. März absagen. Frau Aslan und ich
(angemeldet für AG II, 2 Personen) sind an diesem Tag beim Newroz-
Vorbereitungstreffen des Landesverbandes in Köln, das wurde gestern erst
festgelegt.

Wir bitten um Verständnis und wünschen eine gute Veranstaltung.

Baran Kaya
Jugendreferent
Kurdisches Gemeinschaftszentrum Münster e.V.
"""), "iso-8859-1", "quoted-printable")),
    exp("cancellation", "info@kgz-muenster.example", "Baran Kaya",
        "Kurdisches Gemeinschaftszentrum Münster e.V.", [], None, "de"))

# 048: registration AFTER the deadline (Gmail multipart/alternative): "Falls noch
# ein Platz frei ist, würde ich mich trotzdem sehr gern anmelden", AG named by
# title words "Münsters Zukunftsprozess"; organisation in the genitive.
_ac = T("""
Hallo liebes Orga-Team,

ich habe eben erst von der Veranstaltung erfahren - eine Freundin aus dem
Integrationsrat hat mir den Link geschickt. Ich weiß, die Anmeldefrist war
der 6. März. Falls noch ein Platz frei ist, würde ich mich trotzdem sehr gern
anmelden, am liebsten für die AG zu Münsters Zukunftsprozess.

Ich bin Vorsitzende des Deutsch-Türkischen Elternnetzwerks Münster, wir sind
ein kleiner Verein mit ca. 40 Familien.

Liebe Grüße
Ayşe Çelik
""")
add("celik-late-registration-gmail", message(
    headers(dt(3, 10, 19, 54, 10), addr("Ayşe Çelik", "ayse.celik@mail.example"), OUR_ADDR,
            "Anmeldung (zu spät?) MSO-Tag", "<CAAc3l1k+Zz1@mail.example>"),
    multipart("alternative", [
        text(_ac, "utf-8", "quoted-printable"),
        text("<div dir=\"ltr\">" + "".join(
            f"<div>{html_escape(l) if l else '<br>'}</div>" for l in _ac.rstrip("\n").split("\n"))
            + "</div>\n", "utf-8", "quoted-printable", subtype="html"),
    ], "0000000000007b2e0a0610c4f1d9")),
    exp("registration", "ayse.celik@mail.example", "Ayşe Çelik",
        "Deutsch-Türkisches Elternnetzwerk Münster", ["AG2"], 1, "de"))

# 049: cancellation ON BEHALF of someone: the secretariat writes for Dr. Karaca
# (026) who is ill; "seinen Platz in der AG 3 freizugeben". Reply goes to sender.
add("karaca-secretariat-cancels", message(
    headers(dt(3, 11, 8, 47, 31), addr("Sekretariat IGMK", "sekretariat@igmk.example"), OUR_ADDR,
            "Absage Dr. Karaca – MSO-Tag 13.03.", "<20270311084731.1d9e@igmk.example>",
            cs="iso-8859-1"),
    text(T("""
Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Yusuf Karaca teile ich Ihnen mit, dass er am Samstag
leider nicht am Tag der Migrantenselbstorganisationen teilnehmen kann. Er ist
seit gestern erkrankt.

Er bittet, seinen Platz in der AG 3 freizugeben, vielleicht freut sich ja
jemand von der Warteliste.

Mit freundlichen Grüßen
i.A. Sevgi Demir
Sekretariat
Islamische Gemeinde Münster-Kinderhaus e.V.
"""), "iso-8859-1", "quoted-printable")),
    exp("cancellation", "sekretariat@igmk.example", "Yusuf Karaca",
        "Islamische Gemeinde Münster-Kinderhaus e.V.", [], None, "de"))

# 050: cancellation - phone-typed reply to the 1-day reminder (iPhone quote,
# reminder says "AG 2 ..., 2 Person(en)"): "bitte absagen beide".
add("rahimi-phone-cancel-reply-to-reminder", message(
    headers(dt(3, 12, 10, 23, 40), addr("Ali Rahimi", "ali.rahimi@mail.example"), OUR,
            "Re: " + REM1_SUBJECT, "<3F0A9B1C-77D2-4E0B-A1C5-9E2D4F6B8A10@mail.example>",
            in_reply_to="<rem1.20270312100000.0005@muenster.example>",
            extra=[("X-Mailer", "iPhone Mail (20D67)")]),
    text(T("""
sorry wir schaffen morgen nicht, bitte absagen beide. danke

Von meinem iPhone gesendet

> Am 12.03.2027 um 10:00 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""") + quote(reminder1(2, 2)), "utf-8", "quoted-printable"), mime_version="1.0 (1.0)"),
    exp("cancellation", "ali.rahimi@mail.example", "Ali Rahimi", None, [], None, "de"))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

EXAMPLE_OK = re.compile(r"(^|\.)example$|(^|\.)example\.(org|com|net)$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", re.UNICODE)
URL_RE = re.compile(r"\b(?:https?://|www\.)([\w.-]+)", re.I)
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "fr", "es", "ku", "sr", "vi", "pl"}


def check_hosts(textblob, where, errors):
    for m in EMAIL_RE.finditer(textblob):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_OK.search(host):
            errors.append(f"{where}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(textblob):
        host = m.group(1).rstrip(".")
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        if not EXAMPLE_OK.search(host):
            errors.append(f"{where}: non-example URL host {host}")


def validate(files, expected):
    errors = []
    prev = None
    for name, raw in files.items():
        # line ends and lengths
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{name}: bare CR or LF")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                errors.append(f"{name}: line {i} longer than 998 octets")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cte = part.get("Content-Transfer-Encoding", "7bit").lower()
                payload = part.get_payload(decode=True)
                if cte == "7bit" and not payload.isascii():
                    errors.append(f"{name}: 7bit part with 8-bit data")
                charset = part.get_content_charset() or "us-ascii"
                try:
                    decoded = payload.decode(charset, errors="strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{name}: part does not decode as {charset}: {e}")
                    continue
                check_hosts(decoded, name, errors)
        header_text = " ".join(str(v) for k, v in msg.items())
        check_hosts(header_text, name + " (headers)", errors)
        if msg["Date"] is None:
            errors.append(f"{name}: no Date")
        else:
            d = parsedate_to_datetime(str(msg["Date"]))
            if prev is not None and d <= prev:
                errors.append(f"{name}: Date does not rise")
            prev = d
        # expectations
        rec = expected.get(name)
        if rec is None:
            errors.append(f"{name}: no record")
            continue
        if sorted(rec) != sorted(FIELDS):
            errors.append(f"{name}: keys {sorted(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            errors.append(f"{name}: bad kind")
        if not isinstance(rec["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            errors.append(f"{name}: bad workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                errors.append(f"{name}: machine/other record must be empty")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or "@" not in rec["email"]:
                errors.append(f"{name}: bad email")
            if rec["language"] not in LANGS:
                errors.append(f"{name}: bad language")
            if not rec["name"]:
                errors.append(f"{name}: no name")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                errors.append(f"{name}: registration needs party_size")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                errors.append(f"{name}: bad party_size")
        elif rec["party_size"] is not None:
            errors.append(f"{name}: party_size must be null")
        if k in ("cancellation", "question") and rec["workgroups"]:
            errors.append(f"{name}: workgroups must be [] for {k}")
        if k == "bounce":
            br = rec["bounced_recipient"]
            if not br or br != br.lower() or br.encode() not in raw.lower():
                errors.append(f"{name}: bounced_recipient not in the mail")
        elif rec["bounced_recipient"] is not None:
            errors.append(f"{name}: bounced_recipient must be null")
        if rec["email"] and rec["email"].encode() not in raw.lower():
            # the address must be visible somewhere (header or body, maybe encoded)
            body = BytesParser(policy=policy.default).parsebytes(raw)
            alltext = " ".join(str(v) for v in body.values())
            for part in body.walk():
                if part.get_content_maintype() == "text":
                    alltext += part.get_content()
            if rec["email"] not in alltext.lower():
                errors.append(f"{name}: expected email not found in the mail")
    return errors


def build():
    files, expected = {}, {}
    for i, (slug, raw, rec) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = raw
        expected[name] = rec
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, expected, exp_text


def stats(files, expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    charsets, ctes, types = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[(part.get_content_charset() or "us-ascii")] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("languages (labelled):", ", ".join(f"{k}={v}" for k, v in langs.most_common()))
    print("top-level types:", ", ".join(f"{k}={v}" for k, v in types.most_common()))
    print("text-part charsets:", ", ".join(f"{k}={v}" for k, v in charsets.most_common()))
    print("text-part encodings:", ", ".join(f"{k}={v}" for k, v in ctes.most_common()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    files, expected, exp_text = build()
    errors = validate(files, expected)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    if args.stats:
        stats(files, expected)
        return
    mails_dir = HERE / "mails"
    if args.check:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        for name, raw in files.items():
            p = mails_dir / name
            if not p.exists() or p.read_bytes() != raw:
                bad.append(name)
        bad += sorted(on_disk - set(files))
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs:", ", ".join(bad), file=sys.stderr)
            sys.exit(1)
        print(f"ok: {len(files)} mails and expected.json match")
        return
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, raw in files.items():
        (mails_dir / name).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    errors = validate({n: (mails_dir / n).read_bytes() for n in files},
                      json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print(f"wrote {len(files)} mails and expected.json; validation ok")


if __name__ == "__main__":
    main()
