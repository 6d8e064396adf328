#!/usr/bin/env python3
"""Evaluation set "final7h": 40 mails to the Integrationskonferenz Münster 2027.

python3 make_mails.py           write mails/ and expected.json, then validate
python3 make_mails.py --check   fail if the files on disk differ from what would be written
python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.  Every mail text is in this file.
"""

import base64
import binascii
import json
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "ik2027@muenster.example"
OUR_FROM = "Integrationsrat Münster <ik2027@muenster.example>"
WORKGROUPS = ("F1", "F2", "F3")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")

MAILS = []  # (filename, raw bytes, expected record)


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def date(s, offset=None):
    """'2027-03-16 20:41:07' in Münster local time (CET/CEST) unless offset (hours) given."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    if offset is None:
        offset = 2 if dt >= datetime(2027, 3, 28, 2, 0) else 1
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=offset))))


def hw(text, charset="utf-8"):
    """A header value, RFC 2047-encoded in the given charset when not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode(linesep="\r\n")


def ad(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def _lines(text):
    text = text.strip("\n") + "\n"
    return text


def encode_body(text, charset, cte):
    data = _lines(text).encode(charset)  # strict: fails loudly on a wrong charset
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", params="", extra=()):
    head = [f"Content-Type: text/{subtype}; charset=\"{charset}\"{params}",
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\r\n".join(head).encode() + b"\r\n\r\n" + encode_body(text, charset, cte)


def binary_part(data, ctype, filename):
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    head = (f"Content-Type: {ctype}; name=\"{filename}\"\r\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n")
    return head.encode() + b64


def multipart(subtype, parts, boundary, params="", preamble=""):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{params}\r\n\r\n".encode()
    if preamble:
        out += preamble.encode() + b"\r\n"
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out


def add(slug, headers, body, exp):
    """headers: list of (name, value) in order; body: bytes starting with Content-Type."""
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    lines = [f"{k}: {v if k != 'Subject' else hw(v) if not v.isascii() and '=?' not in v else v}"
             for k, v in headers]
    lines.insert(len(lines), "MIME-Version: 1.0")
    raw = "\r\n".join(lines).encode("ascii") + b"\r\n" + body
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    MAILS.append((fname, raw, exp))


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def reg(email, name, org, wg, party, lang):
    return rec("registration", email, name, org, wg, party, lang)


def person(kind, email, name, org, lang, wg=(), party=None):
    return rec(kind, email, name, org, wg, party, lang)


def machine(kind, bounced=None):
    return rec(kind, bounced=bounced)


def mid(tag, host):
    return f"<{tag}@{host}>"


INVITATION_ID = "<einladung-ik2027.20270315@muenster.example>"

INVITATION_DE = """\
Sehr geehrte Damen und Herren,
liebe Engagierte in Münsters Vereinen und Einrichtungen,

der Integrationsrat der Stadt Münster lädt Sie herzlich ein zur

    Integrationskonferenz Münster 2027
    Samstag, 29. Mai 2027, 9:30 bis 16:30 Uhr
    Aula am Aasee, Bismarckallee 11, 48151 Münster

Am Nachmittag arbeiten wir in drei Foren:

  Forum 1: Arbeit und Ausbildung – Wege in den Arbeitsmarkt
  Forum 2: Bildung und Sprache – von der Kita bis zur Hochschule
  Forum 3: Teilhabe und Demokratie – politische Mitbestimmung vor Ort

Bitte melden Sie sich bis zum 12. Mai 2027 per E-Mail an
ik2027@muenster.example an. Nennen Sie uns Ihren Namen, Ihre Organisation,
die Zahl der Personen und Ihr Wunschforum (gern mit Zweitwunsch).

Die Teilnahme ist kostenfrei. Für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Ihre Geschäftsstelle des Integrationsrats
Stadt Münster
"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 Plain ordinary registration from a women's association, Gmail-style multipart/alternative,
#     UTF-8 quoted-printable in both parts; forum given as number plus its title.
_t = """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Integrationskonferenz am 29. Mai an. Ich würde
gerne am Forum 2 (Bildung und Sprache) teilnehmen, weil wir in unserem Verein
gerade ein Hausaufgabenhilfe-Projekt für Grundschulkinder aufbauen.

Mit freundlichen Grüßen
Ayşe Demir

Deutsch-Türkischer Frauenverein Münster e.V.
Vorstand / Bildungsarbeit
Tel. 0251 98 76 54
"""
_h = ("<div dir=\"ltr\"><div>Sehr geehrte Damen und Herren,</div><div><br></div>"
      "<div>hiermit melde ich mich für die Integrationskonferenz am 29. Mai an. Ich würde "
      "gerne am Forum 2 (Bildung und Sprache) teilnehmen, weil wir in unserem Verein "
      "gerade ein Hausaufgabenhilfe-Projekt für Grundschulkinder aufbauen.</div><div><br></div>"
      "<div>Mit freundlichen Grüßen</div><div>Ayşe Demir</div><div><br></div>"
      "<div>Deutsch-Türkischer Frauenverein Münster e.V.</div><div>Vorstand / Bildungsarbeit</div>"
      "<div>Tel. 0251 98 76 54</div></div>\n")
add("demir-gmail-forum2", [
    ("From", ad("Ayşe Demir", "ayse.demir.ms@gmail.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Integrationskonferenz"),
    ("Date", date("2027-03-16 20:41:07")),
    ("Message-ID", mid("CAK7x1demir01", "mail.gmail.example")),
], multipart("alternative", [text_part(_t, cte="quoted-printable"),
                             text_part(_h, "html", cte="quoted-printable")], "000000000000a1b2c3d4e5f60001"),
    reg("ayse.demir.ms@gmail.example", "Ayşe Demir", "Deutsch-Türkischer Frauenverein Münster e.V.",
        ["F2"], 1, "de"))

# 002 Out-of-office answer to the invitation (Auto-Submitted, X-Autoreply), ISO-8859-1 QP;
#     mentions "Konferenz" only through the quoted subject.
add("friedensschule-abwesenheit", [
    ("From", ad("Vogt, Renate", "r.vogt@friedensschule-ms.example")),
    ("To", OURS),
    ("Subject", hw("Abwesenheitsnotiz: Einladung: Integrationskonferenz Münster 2027", "iso-8859-1")),
    ("Date", date("2027-03-16 21:03:55")),
    ("Message-ID", mid("ooo.20270316210355.4411", "friedensschule-ms.example")),
    ("In-Reply-To", INVITATION_ID),
    ("Auto-Submitted", "auto-replied"),
    ("X-Autoreply", "yes"),
], text_part("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 26.03.2027, nicht im Haus und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der Friedensschule:
sekretariat@friedensschule-ms.example oder Tel. 0251 / 2 34 56-0.

Mit freundlichen Grüßen
Renate Vogt
Schulleitung
""", charset="iso-8859-1", cte="quoted-printable"),
    machine("auto_reply"))

# 003 English registration for a student union: three persons, first and second choice
#     described in English ("work and vocational training"), a side question about a banner.
add("okafor-asu-english", [
    ("From", ad("Daniel Okafor", "d.okafor@uni-muenster.example")),
    ("To", OURS),
    ("Subject", "Registration - Integration Conference (ASU Muenster)"),
    ("Date", date("2027-03-17 08:12:40")),
    ("Message-ID", mid("0c1f2e3d-asu-0317", "uni-muenster.example")),
    ("X-Mailer", "Thunderbird 115.9"),
], text_part("""\
Hello,

I hope this finds you well. I'd like to register for the Integration Conference
on 29 May on behalf of the African Students' Union Münster.

We will be three people in total (myself plus two members of our board). Our
first choice would be Forum 1 (work and vocational training), since many of our
members are looking for internships and apprenticeships. Second choice Forum 3.

Could you also let me know whether we may bring a small roll-up banner?

Best regards,
Daniel Okafor
President, African Students' Union Münster
University of Münster
""", cte="8bit"),
    reg("d.okafor@uni-muenster.example", "Daniel Okafor", "African Students' Union Münster",
        ["F1", "F3"], 3, "en"))

# 004 Postfix bounce of the invitation (multipart/report with delivery-status and the
#     returned message); the original mail lists all three forums.
_orig = ("From: " + hw("Integrationsrat Münster") + " <ik2027@muenster.example>\r\n"
         "To: info@kulturbruecke-hiltrup.example\r\n"
         "Subject: " + hw("Einladung: Integrationskonferenz Münster 2027") + "\r\n"
         "Date: " + date("2027-03-15 10:02:00") + "\r\n"
         "Message-ID: " + INVITATION_ID + "\r\n"
         "MIME-Version: 1.0\r\n").encode() + text_part(INVITATION_DE, cte="quoted-printable")
add("bounce-kulturbruecke", [
    ("From", "MAILER-DAEMON@mx01.muenster.example (Mail Delivery System)"),
    ("To", OURS),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", date("2027-03-17 10:02:31")),
    ("Message-ID", mid("20270317090231.7C3F21A0044", "mx01.muenster.example")),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", [
    text_part("""\
This is the mail system at host mx01.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@kulturbruecke-hiltrup.example>: host mx.kulturbruecke-hiltrup.example[192.0.2.44]
    said: 550 5.1.1 <info@kulturbruecke-hiltrup.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
    b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
    b"Reporting-MTA: dns; mx01.muenster.example\r\n"
    b"X-Postfix-Queue-ID: 7C3F21A0044\r\n"
    b"Arrival-Date: Mon, 15 Mar 2027 10:02:05 +0100 (CET)\r\n\r\n"
    b"Final-Recipient: rfc822; info@kulturbruecke-hiltrup.example\r\n"
    b"Original-Recipient: rfc822;info@kulturbruecke-hiltrup.example\r\n"
    b"Action: failed\r\n"
    b"Status: 5.1.1\r\n"
    b"Remote-MTA: dns; mx.kulturbruecke-hiltrup.example\r\n"
    b"Diagnostic-Code: smtp; 550 5.1.1 <info@kulturbruecke-hiltrup.example>:\r\n"
    b"    Recipient address rejected: User unknown in virtual mailbox table\r\n",
    b"Content-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n"
    b"Content-Transfer-Encoding: 7bit\r\n\r\n" + _orig,
], "7C3F21A0044.1742202151/mx01.muenster.example", params="; report-type=delivery-status"),
    machine("bounce", bounced="info@kulturbruecke-hiltrup.example"))

# 005 HTML-only Outlook mail from a job centre, windows-1252 QP, "Kröger, Sabine" display
#     name, mixed-case address, three persons ("mich selbst sowie zwei Kolleginnen"),
#     forum named by its German title in typographic quotes, long legal disclaimer.
add("jobcenter-kroeger-outlook-html", [
    ("From", ad("Kröger, Sabine", "Sabine.Kroeger@jobcenter-muenster.example", "iso-8859-1")),
    ("To", "\"ik2027@muenster.example\" <ik2027@muenster.example>"),
    ("Subject", hw("Anmeldung Jobcenter Münster – Integrationskonferenz 29.05.2027", "windows-1252")),
    ("Date", date("2027-03-18 11:27:14")),
    ("Message-ID", mid("FR2P281MB1234.DEUP281.PROD.OUTLOOK.jobcenter", "jobcenter-muenster.example")),
    ("Thread-Topic", hw("Anmeldung Jobcenter Münster – Integrationskonferenz 29.05.2027", "windows-1252")),
    ("X-MS-Has-Attach", ""),
    ("Content-Language", "de-DE"),
], text_part("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">das Jobcenter Münster nimmt gerne an der Integrationskonferenz teil. Ich melde hiermit mich selbst sowie zwei Kolleginnen aus dem Team Migration und Arbeitsmarkt an (insgesamt 3 Personen).<o:p></o:p></p>
<p class="MsoNormal">Wir interessieren uns für das Forum „Arbeit und Ausbildung“.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">i.&nbsp;A. Sabine Kröger<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#C00000">Jobcenter Münster</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Team Migration &amp; Arbeitsmarkt<br>Hafenstraße 90 · 48153 Münster<br>Telefon: 0251 / 6 00 70-312<br><a href="https://www.jobcenter-muenster.example">www.jobcenter-muenster.example</a></span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</span><o:p></o:p></p>
</div>
</body>
</html>
""", "html", charset="windows-1252", cte="quoted-printable"),
    reg("sabine.kroeger@jobcenter-muenster.example", "Sabine Kröger", "Jobcenter Münster", ["F1"], 3, "de"))

# 006 Turkish registration typed on a phone, ISO-8859-9 8bit, no greeting formula at the end
#     beyond the iPhone footer; "eşimle birlikte ... 2 kişi"; forum 3 by number and title.
add("yildiz-turkish-phone", [
    ("From", ad("Mehmet Yıldız", "mehmet.yildiz@web.example", "iso-8859-9")),
    ("To", OURS),
    ("Subject", hw("Kayıt - Entegrasyon Konferansı", "iso-8859-9")),
    ("Date", date("2027-03-19 22:47:09")),
    ("Message-ID", mid("A1B2C3D4-5E6F-4711-9A0B-yildiz", "web.example")),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text_part("""\
Merhaba,

29 Mayıs'taki Entegrasyon Konferansı'na eşimle birlikte katılmak istiyoruz, 2 kişi. Forum 3 Teilhabe und Demokratie ile ilgileniyoruz, özellikle Integrationsrat seçimleri konusu bizim için önemli.

Saygılarımla
Mehmet Yıldız
Münster Türk Kültür Derneği

iPhone'umdan gönderildi
""", charset="iso-8859-9", cte="8bit", params="; format=flowed"),
    reg("mehmet.yildiz@web.example", "Mehmet Yıldız", "Münster Türk Kültür Derneği", ["F3"], 2, "tr"))

# 007 Question only: childcare and wheelchair access; the writer is only "considering"
#     coming. ISO-8859-1 8bit.
add("lindemann-frage-kinderbetreuung", [
    ("From", ad("Petra Lindemann", "petra.lindemann@t-online.example", "iso-8859-1")),
    ("To", OURS),
    ("Subject", "Frage zur Konferenz"),
    ("Date", date("2027-03-20 09:15:22")),
    ("Message-ID", mid("1742458522.lindemann", "t-online.example")),
], text_part("""\
Guten Tag,

ich habe über die Ehrenamtsagentur von der Integrationskonferenz gehört und
überlege, ob ich kommen kann. Zwei Fragen vorab:

1. Gibt es eine Kinderbetreuung? Meine Tochter ist 4.
2. Ist die Aula am Aasee rollstuhlgerecht? Ich begleite eine Bekannte, die im
   Rollstuhl sitzt.

Danke und viele Grüße
Petra Lindemann
""", charset="iso-8859-1", cte="8bit"),
    person("question", "petra.lindemann@t-online.example", "Petra Lindemann", None, "de"))

# 008 Arabic registration, windows-1256 base64, subject in Arabic (B-encoded); four persons
#     written as a word; signature in Arabic and Latin script, organisation in German.
add("haddad-arabic-cp1256", [
    ("From", ad("Rami Haddad", "rami.haddad@outlook.example")),
    ("To", OURS),
    ("Subject", hw("تسجيل - مؤتمر الاندماج مونستر", "windows-1256")),
    ("Date", date("2027-03-22 18:30:02")),
    ("Message-ID", mid("DB9PR01MB4455.haddad.0322", "outlook.example")),
], text_part("""\
السلام عليكم،

نود التسجيل في مؤتمر الاندماج في مونستر يوم 29 أيار/مايو 2027.
سيحضر من جمعيتنا أربعة أشخاص (أنا وثلاثة من أعضاء الهيئة الإدارية).

نرغب في المشاركة في المنتدى الثاني (التعليم واللغة)، لأن لدينا دروساً في اللغة العربية للأطفال
ونريد أن نتعلم أكثر عن التعليم متعدد اللغات.

مع الشكر والتقدير
رامي حداد
Rami Haddad
Syrisch-Deutscher Kulturverein Münster e.V.
""", charset="windows-1256", cte="base64"),
    reg("rami.haddad@outlook.example", "Rami Haddad", "Syrisch-Deutscher Kulturverein Münster e.V.",
        ["F2"], 4, "ar"))

# 009 Russian registration, KOI8-R quoted-printable, name in Cyrillic, first choice with a
#     fallback ("если там не будет мест — тогда Форум 2"), alone.
add("volkova-russian-koi8r", [
    ("From", ad("Ирина Волкова", "irina.volkova@mail.example", "koi8-r")),
    ("To", OURS),
    ("Subject", hw("Регистрация на конференцию 29.05", "koi8-r")),
    ("Date", date("2027-03-23 13:05:48")),
    ("Message-ID", mid("1679572348.555123.volkova", "mail.example")),
], text_part("""\
Здравствуйте!

Хочу зарегистрироваться на Интеграционную конференцию 29 мая.
Меня интересует Форум 1 (работа и профобучение), а если там не будет мест,
тогда Форум 2.

Я буду одна.

С уважением,
Ирина Волкова
Культурный центр "Родник" e.V.
г. Мюнстер
""", charset="koi8-r", cte="quoted-printable"),
    reg("irina.volkova@mail.example", "Ирина Волкова", "Культурный центр \"Родник\" e.V.",
        ["F1", "F2"], 1, "ru"))

# 010 Teacher registers himself and five pupils (6 persons, "mich ... und fünf"), forum by
#     Roman numeral "Forum II", plus two practical questions; ISO-8859-15 QP.
add("brandt-schule-forum-ii", [
    ("From", ad("Jonas Brandt", "j.brandt@gesamtschule-ms-mitte.example")),
    ("To", OURS),
    ("Subject", hw("Anmeldung Schülergruppe / Forum II", "iso-8859-15")),
    ("Date", date("2027-03-24 15:52:31")),
    ("Message-ID", mid("5f3e2a10-brandt", "gesamtschule-ms-mitte.example")),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Thunderbird/115.9.0"),
], text_part("""\
Sehr geehrtes Team des Integrationsrats,

im Namen der Gesamtschule Münster-Mitte möchte ich eine kleine Gruppe anmelden:
mich als begleitende Lehrkraft und fünf Schülerinnen und Schüler unserer Q1, die
sich in der SV mit dem Thema Mehrsprachigkeit beschäftigen. Wir würden gern
geschlossen in Forum II gehen.

Zwei Fragen noch: Gibt es mittags etwas zu essen, oder sollen sich die
Schüler:innen selbst versorgen? Und wäre eine kurze Teilnahmebescheinigung für
die Jugendlichen möglich? Die sammeln das für ihre Bewerbungsmappen.

Viele Grüße
Jonas Brandt
StR, SV-Verbindungslehrer

Gesamtschule Münster-Mitte
Sekretariat: 0251 / 4 44 55-66
""", charset="iso-8859-15", cte="quoted-printable"),
    reg("j.brandt@gesamtschule-ms-mitte.example", "Jonas Brandt", "Gesamtschule Münster-Mitte",
        ["F2"], 6, "de"))

# 011 Ukrainian individual (no organisation), KOI8-U 8bit, full name only in the first
#     sentence, display name abbreviated; mother and daughter = 2.
add("melnyk-ukrainian-koi8u", [
    ("From", ad("Oksana M.", "oksana.m1977@ukr.example")),
    ("To", OURS),
    ("Subject", hw("Конференція 29 травня", "koi8-u")),
    ("Date", date("2027-03-25 19:11:03")),
    ("Message-ID", mid("a81f9c2e.melnyk", "ukr.example")),
], text_part("""\
Доброго дня!

Мене звати Оксана Мельник, я з України, живу в Мюнстері з 2022 року.
Я хочу прийти на конференцію разом з моєю донькою (їй 19 років, вона шукає
Ausbildung). Нас буде двоє. Ми хочемо на форум 1 - робота і навчання.

Дякую!
Оксана
""", charset="koi8-u", cte="8bit"),
    reg("oksana.m1977@ukr.example", "Оксана Мельник", None, ["F1"], 2, "uk"))

# 012 Top-posted Outlook-style reply to the invitation; the quoted invitation names all
#     three forums, the new text only "Forum Teilhabe"; signature abbreviates the first
#     names, so the From display name gives the full name.
add("hoemann-reply-invitation-top", [
    ("From", ad("Klaus-Dieter Hömann", "kd.hoemann@gmx.example")),
    ("To", ad("Integrationsrat Münster", OURS)),
    ("Subject", "AW: " + hw("Einladung: Integrationskonferenz Münster 2027")),
    ("Date", date("2027-03-26 10:44:19")),
    ("Message-ID", mid("trinity-4a5b6c7d-hoemann", "gmx.example")),
    ("In-Reply-To", INVITATION_ID),
    ("References", INVITATION_ID),
], text_part("""\
Hallo zusammen,

ich bin dabei. Forum Teilhabe, bitte.

Gruß
K.-D. Hömann
Seniorenvertretung Münster


Gesendet: Montag, 15. März 2027 um 10:02 Uhr
Von: "Integrationsrat Münster" <ik2027@muenster.example>
An: kd.hoemann@gmx.example
Betreff: Einladung: Integrationskonferenz Münster 2027

""" + INVITATION_DE, cte="quoted-printable"),
    reg("kd.hoemann@gmx.example", "Klaus-Dieter Hömann", "Seniorenvertretung Münster", ["F3"], 1, "de"))

# 013 Change by reply: bottom-posted under her own quoted registration (which names
#     Forum 2); the new text moves her to Forum 3. Party size unchanged (null).
add("demir-change-forum3-bottom", [
    ("From", ad("Ayşe Demir", "ayse.demir.ms@gmail.example")),
    ("To", OURS),
    ("Subject", "Re: Anmeldung Integrationskonferenz"),
    ("Date", date("2027-03-29 07:58:36")),
    ("Message-ID", mid("CAK7x1demir02", "mail.gmail.example")),
    ("In-Reply-To", mid("CAK7x1demir01", "mail.gmail.example")),
    ("References", mid("CAK7x1demir01", "mail.gmail.example")),
], text_part("""\
Am Di., 16. März 2027 um 20:41 Uhr schrieb Ayşe Demir <ayse.demir.ms@gmail.example>:
> Sehr geehrte Damen und Herren,
>
> hiermit melde ich mich für die Integrationskonferenz am 29. Mai an. Ich würde
> gerne am Forum 2 (Bildung und Sprache) teilnehmen, weil wir in unserem Verein
> gerade ein Hausaufgabenhilfe-Projekt für Grundschulkinder aufbauen.
>
> Mit freundlichen Grüßen
> Ayşe Demir

Kleine Änderung: ich würde doch lieber ins Forum 3 gehen, das Thema Bildung
übernimmt jetzt meine Kollegin aus dem Vorstand (die meldet sich selbst).
Geht das noch?

LG Ayşe
""", cte="quoted-printable"),
    person("change", "ayse.demir.ms@gmail.example", "Ayşe Demir", None, "de", ["F3"], None))

# 014 Farsi registration, UTF-8 base64, first and second choice written with Persian
#     digits (۳ then ۲); Latin-script signature with a German association name.
add("ahmadi-farsi-persian-digits", [
    ("From", ad("زهرا احمدی", "zahra.ahmadi@posteo.example")),
    ("To", OURS),
    ("Subject", hw("ثبت نام کنفرانس ادغام")),
    ("Date", date("2027-03-30 16:20:45")),
    ("Message-ID", mid("20270330142045.ahmadi", "posteo.example")),
], text_part("""\
سلام و وقت بخیر،

اینجانب زهرا احمدی از طرف انجمن فرهنگی افغان‌های مونستر مایلم در کنفرانس ادغام
روز ۲۹ مه شرکت کنم.
اولویت اول من فروم ۳ (مشارکت و دموکراسی) و اولویت دوم فروم ۲ است.
فقط خودم می‌آیم.

با احترام
Zahra Ahmadi
Afghanischer Kulturverein Münster e.V.
""", cte="base64"),
    reg("zahra.ahmadi@posteo.example", "Zahra Ahmadi", "Afghanischer Kulturverein Münster e.V.",
        ["F3", "F2"], 1, "fa"))

# 015 English question from a researcher: is the conference open to non-members, may she
#     take notes; "Forum 3 sounds very relevant" and "I'd register then" are conditional,
#     so nobody is registered yet. US-ASCII 7bit.
add("whitfield-question-open", [
    ("From", ad("Hannah Whitfield", "h.whitfield@uni-muenster.example")),
    ("To", OURS),
    ("Subject", "Question about the Integrationskonferenz"),
    ("Date", date("2027-04-01 11:02:10")),
    ("Message-ID", mid("9a7b6c5d.whitfield", "uni-muenster.example")),
], text_part("""\
Dear organisers,

I'm a PhD student at the Institute of Political Science here in Muenster and
my project looks at migrant and integration councils in North Rhine-Westphalia.

Two quick questions: is the conference open to people who aren't part of an
association or an institution? And would it be alright if I took notes for my
research (no recordings, of course, and everything anonymised)?

Forum 3 sounds very relevant to what I do, so if it's open to me I'd register
then.

Many thanks,
Hannah Whitfield
""", charset="us-ascii", cte="7bit"),
    person("question", "h.whitfield@uni-muenster.example", "Hannah Whitfield", None, "en"))

# 016 Shared association mailbox, learner German; the writer asks for the confirmation to
#     go to his own address (so that address is `email`); "Arbeit Forum" = F1; 2 persons.
add("tesfaye-eritrea-shared-mailbox", [
    ("From", ad("Eritreischer Verein Münster", "info@eritrea-verein-ms.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Konferenz"),
    ("Date", date("2027-04-02 21:36:58")),
    ("Message-ID", mid("ab12cd34.info", "eritrea-verein-ms.example")),
], text_part("""\
Hallo Integrationsrat,

ich bin Yonas von Eritreischer Verein. Wir möchten kommen zu Konferenz am 29.5,
2 Personen, ich und mein Freund Samuel. Wir haben interesse für Arbeit Forum weil
viele junge Leute bei uns suchen Ausbildung oder Arbeit.

Bitte schicken Sie die Bestätigung an meine Email y.tesfaye@posteo.example,
diese info Adresse lese ich nicht immer.

Danke schön
Yonas Tesfaye
Eritreischer Verein Münster e.V.
""", cte="8bit"),
    reg("y.tesfaye@posteo.example", "Yonas Tesfaye", "Eritreischer Verein Münster e.V.", ["F1"], 2, "de"))

# 017 Ticket-system receipt (Auto-Submitted: auto-generated, Precedence: bulk) from an
#     organisation's service desk, German/English, contains "Anmeldung" in the quoted subject.
add("caritas-ticket-receipt", [
    ("From", ad("Servicedesk Caritas Münster", "noreply@servicedesk.caritas-ms.example")),
    ("To", OURS),
    ("Subject", "[Ticket#2027040210000187] " + hw("Eingangsbestätigung: AW: Ihre Anmeldung zur Integrationskonferenz", "iso-8859-1")),
    ("Date", date("2027-04-02 22:01:12")),
    ("Message-ID", mid("otrs.2027040210000187.1", "servicedesk.caritas-ms.example")),
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
    ("X-Loop", "servicedesk.caritas-ms.example"),
], text_part("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde
unter der Ticketnummer 2027040210000187 erfasst. Wir bearbeiten Anfragen in der
Reihenfolge ihres Eingangs, in der Regel innerhalb von drei Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

---

Dear Sir or Madam,

thank you for your message. It has been registered under ticket number
2027040210000187. Please do not reply to this automatically generated e-mail.

Caritasverband für die Stadt Münster e.V. - Servicedesk
""", charset="iso-8859-1", cte="quoted-printable"),
    machine("auto_reply"))

# 018 Spanish registration, windows-1252 8bit, forums named by their German titles inside
#     Spanish text ("el foro de Bildung und Sprache ... si no hay sitio, el de Teilhabe").
add("fernandez-spanish-latinas", [
    ("From", ad("Lucía Fernández", "lucia.fernandez@yahoo.example", "windows-1252")),
    ("To", OURS),
    ("Subject", hw("Inscripción Integrationskonferenz – Mujeres Latinas", "windows-1252")),
    ("Date", date("2027-04-05 12:14:33")),
    ("Message-ID", mid("1712311673.98765.fernandez", "yahoo.example")),
], text_part("""\
¡Hola!

Soy Lucía, de Mujeres Latinas Münster. Queremos inscribirnos para la
Integrationskonferenz del 29 de mayo. Vamos dos personas: yo y mi compañera
Carmen Ruiz.

Nos interesa sobre todo el foro de Bildung und Sprache (tenemos un grupo de
madres con niños bilingües) y, si no hay sitio, el de Teilhabe.

Un saludo grande,
Lucía Fernández Ortega
Coordinadora – Mujeres Latinas Münster
www.mujeres-latinas-ms.example
""", charset="windows-1252", cte="8bit"),
    reg("lucia.fernandez@yahoo.example", "Lucía Fernández Ortega", "Mujeres Latinas Münster",
        ["F2", "F3"], 2, "es"))

# 019 Polish registration, ISO-8859-2 QP, short and formal, organisation in Polish.
add("nowak-polish-latin2", [
    ("From", ad("Katarzyna Nowak", "k.nowak@onet.example")),
    ("To", OURS),
    ("Subject", hw("Zgłoszenie - konferencja 29 maja", "iso-8859-2")),
    ("Date", date("2027-04-06 08:49:27")),
    ("Message-ID", mid("onet-5566778899.nowak", "onet.example")),
], text_part("""\
Dzień dobry,

chciałabym zgłosić swój udział w Konferencji Integracyjnej 29 maja w Münsterze.
Interesuje mnie Forum 2 (edukacja i język).

Pozdrawiam serdecznie
Katarzyna Nowak
Stowarzyszenie Rodziców Polskich w Münsterze
""", charset="iso-8859-2", cte="quoted-printable"),
    reg("k.nowak@onet.example", "Katarzyna Nowak", "Stowarzyszenie Rodziców Polskich w Münsterze",
        ["F2"], 1, "pl"))

# 020 English change, top-posted over our quoted confirmation (which names Forum 1 and
#     Forum 3): party 3 -> 4 and Forum 3 dropped, so the new choice is [F1] only.
add("okafor-change-four-forum1", [
    ("From", ad("Daniel Okafor", "d.okafor@uni-muenster.example")),
    ("To", OURS),
    ("Subject", "Re: " + hw("Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027")),
    ("Date", date("2027-04-07 17:25:50")),
    ("Message-ID", mid("3e4f5a6b-asu-0407", "uni-muenster.example")),
    ("In-Reply-To", mid("conf-0003", "muenster.example")),
], text_part("""\
Hi again,

quick update: we are now 4 people instead of 3, our treasurer wants to join as
well. And after talking it through we'd all prefer Forum 1 only, so please
drop Forum 3 for us.

Thanks a lot,
Daniel

On Thu, 18 Mar 2027 at 09:12, Integrationsrat Münster <ik2027@muenster.example> wrote:
> Sehr geehrter Herr Okafor,
>
> vielen Dank für Ihre Anmeldung zur Integrationskonferenz Münster 2027.
> Wir haben 3 Personen für Forum 1 (Arbeit und Ausbildung) eingetragen,
> Zweitwunsch Forum 3 (Teilhabe und Demokratie).
>
> Mit freundlichen Grüßen
> Geschäftsstelle des Integrationsrats
""", cte="8bit"),
    person("change", "d.okafor@uni-muenster.example", "Daniel Okafor", None, "en", ["F1"], 4))

# 021 Forward: a colleague forwards the attendee's own request; attendee is Leyla Aydın,
#     confirmation explicitly wanted at her address; the forwarder himself does not come.
add("berger-forward-aydin", [
    ("From", ad("Thomas Berger", "t.berger@jmd-muenster.example")),
    ("To", OURS),
    ("Cc", ad("Leyla Aydın", "l.aydin@jmd-muenster.example")),
    ("Subject", "WG: Integrationskonferenz - kannst du mich anmelden?"),
    ("Date", date("2027-04-08 09:03:41")),
    ("Message-ID", mid("AM0PR07MB5511.berger.0408", "jmd-muenster.example")),
], text_part("""\
Hallo,

anbei die Anmeldung meiner Kollegin Leyla Aydın vom Jugendmigrationsdienst, sie
ist diese Woche auf Fortbildung und kommt an ihre Mails gerade schlecht ran.
Die Bestätigung bitte direkt an sie: l.aydin@jmd-muenster.example (steht in CC).
Ich selbst bin an dem Samstag leider schon verplant.

Beste Grüße
Thomas Berger

Jugendmigrationsdienst Münster
Bahnhofstraße 12, 48143 Münster

-----Ursprüngliche Nachricht-----
Von: Aydın, Leyla <l.aydin@jmd-muenster.example>
Gesendet: Dienstag, 6. April 2027 17:48
An: Berger, Thomas <t.berger@jmd-muenster.example>
Betreff: Integrationskonferenz - kannst du mich anmelden?

Hi Thomas,
kannst du mich bitte für die Integrationskonferenz anmelden? Ich würde gern ins
Forum „Arbeit und Ausbildung“, passt ja zur Ausbildungsbegleitung. Nur ich.
Danke dir!
Leyla
""", cte="quoted-printable"),
    reg("l.aydin@jmd-muenster.example", "Leyla Aydın", "Jugendmigrationsdienst Münster", ["F1"], 1, "de"))

# 022 Question from a counselling service via a web-mailer: From is a no-reply sender,
#     Reply-To the real mailbox (Reply-To wins); asks for an info table, registers nobody.
add("awo-question-infotisch-replyto", [
    ("From", ad("AWO Migrationsberatung", "noreply-webmail@awo-ms.example")),
    ("Reply-To", ad("Migrationsberatung AWO Münster", "migrationsberatung@awo-ms.example")),
    ("To", OURS),
    ("Subject", "Infotisch bei der Integrationskonferenz?"),
    ("Date", date("2027-04-09 14:40:05")),
    ("Message-ID", mid("webmail.20270409124005.77", "awo-ms.example")),
], multipart("alternative", [
    text_part("""\
Guten Tag,

wir von der Migrationsberatung für erwachsene Zugewanderte der AWO würden am
Konferenztag gern einen kleinen Infotisch mit Flyern zu unserer Beratung
aufstellen. Ist das grundsätzlich möglich? Und falls ja: Gibt es einen Strom-
anschluss, und ab wann könnten wir aufbauen?

Ob und mit wie vielen Personen wir an den Foren teilnehmen, klären wir noch
im Team.

Mit freundlichen Grüßen
Miriam Schulte
AWO Unterbezirk Münster – Migrationsberatung
""", cte="quoted-printable"),
    text_part("""\
<p>Guten Tag,</p>
<p>wir von der Migrationsberatung für erwachsene Zugewanderte der AWO würden am Konferenztag gern einen kleinen Infotisch mit Flyern zu unserer Beratung aufstellen. Ist das grundsätzlich möglich? Und falls ja: Gibt es einen Stromanschluss, und ab wann könnten wir aufbauen?</p>
<p>Ob und mit wie vielen Personen wir an den Foren teilnehmen, klären wir noch im Team.</p>
<p>Mit freundlichen Grüßen<br>Miriam Schulte<br>AWO Unterbezirk Münster – Migrationsberatung</p>
""", "html", cte="quoted-printable"),
], "=_awo_webmail_b0d7"),
    person("question", "migrationsberatung@awo-ms.example", "Miriam Schulte",
           "AWO Unterbezirk Münster – Migrationsberatung", "de"))

# 023 French change of someone registered by phone (not in this inbox): Forum 3 -> Forum 1,
#     phrased politely as "Est-ce encore possible ?"; UTF-8 QP.
add("diallo-french-change", [
    ("From", ad("Aminata Diallo", "aminata.diallo@orange.example")),
    ("To", OURS),
    ("Subject", "Changement de forum - Conférence du 29 mai"),
    ("Date", date("2027-04-12 10:31:17")),
    ("Message-ID", mid("mail.diallo.0412", "orange.example")),
], text_part("""\
Bonjour Madame, Monsieur,

Je me suis inscrite par téléphone la semaine dernière auprès de Mme Hoffmann
pour le Forum 3. Finalement, je préférerais participer au Forum 1 (travail et
formation), car notre association lance un projet d'accompagnement vers
l'emploi. Est-ce encore possible ?

Merci d'avance et bonne journée,

Aminata Diallo
Association des Femmes Africaines de Münster
""", cte="quoted-printable"),
    person("change", "aminata.diallo@orange.example", "Aminata Diallo",
           "Association des Femmes Africaines de Münster", "fr", ["F1"], None))

# 024 Italian registration from a community mailbox with Reply-To to the president;
#     three persons listed by name; forum by German title in quotes. ISO-8859-1 8bit.
add("russo-italian-replyto", [
    ("From", ad("Comunità Italiana Münster", "comunita.italiana@vereine-ms.example", "iso-8859-1")),
    ("Reply-To", ad("Giuseppe Russo", "g.russo@libero.example")),
    ("To", OURS),
    ("Subject", "Iscrizione alla Conferenza del 29 maggio"),
    ("Date", date("2027-04-13 19:58:40")),
    ("Message-ID", mid("20270413175840.russo", "vereine-ms.example")),
], text_part("""\
Buongiorno,

con la presente vorremmo iscrivere tre persone della nostra comunità alla
Conferenza sull'integrazione del 29 maggio: il sottoscritto, mia moglie Anna
Russo e il signor Paolo Greco.
Ci interessa il forum "Teilhabe und Demokratie", perché alcuni di noi
vorrebbero candidarsi alle prossime elezioni del consiglio per l'integrazione.

Cordiali saluti
Giuseppe Russo
Presidente - Comunità Italiana Münster
""", charset="iso-8859-1", cte="8bit"),
    reg("g.russo@libero.example", "Giuseppe Russo", "Comunità Italiana Münster", ["F3"], 3, "it"))

# 025 Newsletter of a state-wide network (List-Unsubscribe, Precedence: bulk); talks about
#     another conference, "Anmeldung" and "Forum", but is nobody's registration.
add("newsletter-landesnetzwerk", [
    ("From", ad("Landesnetzwerk Integration NRW", "newsletter@integration-nrw.example")),
    ("To", OURS),
    ("Subject", "Newsletter 04/2027: Fachtage, Förderprogramme, Termine"),
    ("Date", date("2027-04-14 07:00:00")),
    ("Message-ID", mid("nl-2027-04.ik2027", "mailing.integration-nrw.example")),
    ("List-Id", "Newsletter Landesnetzwerk Integration <news.integration-nrw.example>"),
    ("List-Unsubscribe", "<https://www.integration-nrw.example/abmelden?u=ik2027>"),
    ("Precedence", "bulk"),
], multipart("alternative", [
    text_part("""\
Newsletter 04/2027 des Landesnetzwerks Integration NRW

1. Fachtag "Vielfalt im Ehrenamt" am 17. Juni in Dortmund
   Drei Foren, u. a. zu Arbeit und Ausbildung. Anmeldung bis 1. Juni unter
   https://www.integration-nrw.example/fachtag

2. Förderprogramm "Zusammenhalt vor Ort": neue Antragsfrist 30. September

3. Termine aus den Kommunen
   - Integrationskonferenz Münster, 29. Mai
   - Interkulturelle Woche Bielefeld, 20.-26. September

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.integration-nrw.example/abmelden?u=ik2027
""", cte="quoted-printable"),
    text_part("""\
<html><body style="font-family:Arial,sans-serif">
<h2>Newsletter 04/2027</h2>
<h3>1. Fachtag &bdquo;Vielfalt im Ehrenamt&ldquo; am 17. Juni in Dortmund</h3>
<p>Drei Foren, u.&nbsp;a. zu Arbeit und Ausbildung. <a href="https://www.integration-nrw.example/fachtag">Jetzt anmelden</a> (bis 1. Juni).</p>
<h3>2. Förderprogramm &bdquo;Zusammenhalt vor Ort&ldquo;</h3>
<p>Neue Antragsfrist: 30. September.</p>
<h3>3. Termine aus den Kommunen</h3>
<ul><li>Integrationskonferenz Münster, 29. Mai</li><li>Interkulturelle Woche Bielefeld, 20.–26. September</li></ul>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
<a href="https://www.integration-nrw.example/abmelden?u=ik2027">Abmelden</a></p>
</body></html>
""", "html", cte="base64"),
], "----=_NL_2027_04_b1"),
    machine("other"))

# 026 Cancellation written in German on a Russian-configured mailer: windows-1251 base64,
#     so the German text has no umlauts (fuer, Pruefung); Cyrillic closing formula.
add("volkova-cancel-cp1251", [
    ("From", ad("Ирина Волкова", "irina.volkova@mail.example", "windows-1251")),
    ("To", OURS),
    ("Subject", "Absage Integrationskonferenz"),
    ("Date", date("2027-04-15 06:44:12")),
    ("Message-ID", mid("1681533852.771002.volkova", "mail.example")),
], text_part("""\
Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung fuer die Integrationskonferenz am 29. Mai
absagen. Ich habe an dem Tag eine Pruefung bei der IHK bekommen, das kann ich
nicht verschieben. Entschuldigung!

Bitte geben Sie meinen Platz in Forum 1 an jemand anderen.

С уважением,
Ирина Волкова
""", charset="windows-1251", cte="base64"),
    person("cancellation", "irina.volkova@mail.example", "Ирина Волкова", None, "de"))

# 027 Registration with a PDF form attached (multipart/mixed); the text itself already
#     says "zu dritt" and Forum 1, so the attachment need not be read.
_pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"% Anmeldeformular Integrationskonferenz 2027 (gescannt)\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n")
add("kaya-kurdish-centre-pdf", [
    ("From", ad("Dilan Kaya", "dilan.kaya@kgz-muenster.example")),
    ("To", OURS),
    ("Subject", "Anmeldeformular Integrationskonferenz"),
    ("Date", date("2027-04-16 13:12:09")),
    ("Message-ID", mid("e7d6c5b4.kaya", "kgz-muenster.example")),
], multipart("mixed", [
    text_part("""\
Sehr geehrte Damen und Herren,

anbei schicke ich Ihnen unser ausgefülltes Anmeldeformular. Wir kommen zu dritt
vom Kurdischen Gesellschaftszentrum und möchten ins Forum 1 (Arbeit und
Ausbildung).

Falls das Formular nicht lesbar ist, sagen Sie bitte kurz Bescheid.

Mit freundlichen Grüßen
Dilan Kaya
Kurdisches Gesellschaftszentrum Münster e.V.
""", cte="8bit"),
    binary_part(_pdf, "application/pdf", "Anmeldung_KGZ_Integrationskonferenz.pdf"),
], "------------kgz0416boundary", preamble="This is a multi-part message in MIME format."),
    reg("dilan.kaya@kgz-muenster.example", "Dilan Kaya", "Kurdisches Gesellschaftszentrum Münster e.V.",
        ["F1"], 3, "de"))

# 028 Change in learner German from the Arabic writer of 008 (language of this mail: de):
#     Forum 2 -> Forum 1; "Personen bleibt 4" restates the size, so party_size stays null.
add("haddad-change-german-learner", [
    ("From", ad("Rami Haddad", "rami.haddad@outlook.example")),
    ("To", OURS),
    ("Subject", "Wechsel Forum"),
    ("Date", date("2027-04-19 20:05:33")),
    ("Message-ID", mid("DB9PR01MB4455.haddad.0419", "outlook.example")),
], text_part("""\
Sehr geehrte Damen und Herren,

wir haben uns angemeldet mit 4 Personen für Forum 2. Wir möchten bitte wechseln
zu Forum 1 Arbeit und Ausbildung, weil unser Projekt für Bildung ist jetzt
fertig und das neue Projekt ist Jobsuche für Geflüchtete. Personen bleibt 4.

Vielen Dank
Rami Haddad
Syrisch-Deutscher Kulturverein Münster e.V.
""", cte="quoted-printable"),
    person("change", "rami.haddad@outlook.example", "Rami Haddad",
           "Syrisch-Deutscher Kulturverein Münster e.V.", "de", ["F1"], None))

# 029 Tigrinya question (Ge'ez script, UTF-8 base64): is there an interpreter, how does
#     one register? Registers nobody yet.
add("gebrehiwet-tigrinya-question", [
    ("From", ad("Mikael Gebrehiwet", "mikael.gebrehiwet@gmail.example")),
    ("To", OURS),
    ("Subject", hw("ሕቶ ብዛዕባ ዋዕላ")),
    ("Date", date("2027-04-20 18:22:47")),
    ("Message-ID", mid("CAM9gebre0420", "mail.gmail.example")),
], text_part("""\
ሰላም፣

ኣብ ዋዕላ ምውህሃድ ናይ 29 ግንቦት ክሳተፍ ደልየ ኣለኹ፣ ግን ጀርመንኛ ብዙሕ ኣይፈልጥን።
ናይ ትግርኛ ተርጓሚ ክህሉ ድዩ? ከመይ ጌረ ክምዝገብ እኽእል?

የቐንየለይ
ሚካኤል ገብረሂወት
""", cte="base64"),
    person("question", "mikael.gebrehiwet@gmail.example", "ሚካኤል ገብረሂወት", None, "ti"))

# 030 Vietnamese registration, multipart/alternative UTF-8 QP, forums 2 then 1 by number
#     with Vietnamese titles, husband included (2).
_t = """\
Kính gửi Ban tổ chức,

Tôi là Nguyễn Thị Hoa, thành viên của Hội người Việt tại Münster. Tôi xin đăng ký
tham dự Hội nghị Hội nhập ngày 29/5/2027 cùng với chồng tôi (2 người).

Chúng tôi muốn tham gia Forum 2 (Giáo dục và Ngôn ngữ), nếu hết chỗ thì Forum 1.

Trân trọng,
Nguyễn Thị Hoa
Hội người Việt tại Münster
"""
add("nguyen-vietnamese-alt", [
    ("From", ad("Hoa Nguyen", "hoa.nguyen@gmx.example")),
    ("To", OURS),
    ("Subject", hw("Đăng ký Hội nghị Hội nhập 29/5")),
    ("Date", date("2027-04-21 21:17:00")),
    ("Message-ID", mid("trinity-9f8e7d6c-nguyen", "gmx.example")),
], multipart("alternative", [
    text_part(_t, cte="quoted-printable"),
    text_part("<html><body>" + "".join(f"<div>{l or '<br>'}</div>" for l in _t.strip().split("\n"))
              + "</body></html>\n", "html", cte="quoted-printable"),
], "=-nguyen-Zk3f9a"),
    reg("hoa.nguyen@gmx.example", "Nguyễn Thị Hoa", "Hội người Việt tại Münster", ["F2", "F1"], 2, "vi"))

# 031 Very short cancellation typed on a phone, dialect greeting, no forum, UTF-8 8bit.
add("hoemann-cancel-phone", [
    ("From", ad("Klaus-Dieter Hömann", "kd.hoemann@gmx.example")),
    ("To", OURS),
    ("Subject", "Absage"),
    ("Date", date("2027-04-23 07:31:56")),
    ("Message-ID", mid("8B1C2D3E-F4A5-hoemann", "gmx.example")),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text_part("""\
Moin, muss leider absagen, lieg im Krankenhaus (Hüfte). Bitte streichen Sie mich von der Liste. Gruß K.-D. Hömann

Von meinem iPhone gesendet
""", cte="8bit"),
    person("cancellation", "kd.hoemann@gmx.example", "Klaus-Dieter Hömann", None, "de"))

# 032 Change of party size only (6 -> 4), top-posted over our confirmation quoted in
#     Outlook style; "Forum bleibt gleich" states no new choice -> []. windows-1252 8bit.
add("brandt-change-party-four", [
    ("From", ad("Jonas Brandt", "j.brandt@gesamtschule-ms-mitte.example")),
    ("To", OURS),
    ("Subject", "AW: " + hw("Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027", "windows-1252")),
    ("Date", date("2027-04-26 16:08:12")),
    ("Message-ID", mid("7a8b9c0d-brandt", "gesamtschule-ms-mitte.example")),
    ("In-Reply-To", mid("conf-0010", "muenster.example")),
], text_part("""\
Guten Tag Frau Hoffmann,

leider haben zwei Schüler abgesagt (Nachschreibklausur am Montag danach), wir
kommen also nur noch zu viert – ich und drei Schülerinnen. Forum bleibt gleich.

Viele Grüße
J. Brandt

-----Ursprüngliche Nachricht-----
Von: Integrationsrat Münster <ik2027@muenster.example>
Gesendet: Donnerstag, 25. März 2027 09:40
An: Brandt, Jonas <j.brandt@gesamtschule-ms-mitte.example>
Betreff: Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027

Sehr geehrter Herr Brandt,

vielen Dank für Ihre Anmeldung. Wir haben 6 Personen für Forum 2 (Bildung und
Sprache) eingetragen. Mittags gibt es ein Buffet; Teilnahmebescheinigungen
stellen wir gern vor Ort aus.

Mit freundlichen Grüßen
Birgit Hoffmann
Geschäftsstelle des Integrationsrats
""", charset="windows-1252", cte="8bit"),
    person("change", "j.brandt@gesamtschule-ms-mitte.example", "Jonas Brandt", None, "de", [], 4))

# 033 Albanian registration of five persons with no forum chosen yet ("do t'ju njoftojmë
#     më vonë") -> workgroups []; UTF-8 8bit.
add("krasniqi-albanian-no-forum", [
    ("From", ad("Arben Krasniqi", "arben.krasniqi@hotmail.example")),
    ("To", OURS),
    ("Subject", "Regjistrim per konferencen 29 maj"),
    ("Date", date("2027-04-27 22:40:18")),
    ("Message-ID", mid("PAXPR02MB7788.krasniqi", "hotmail.example")),
], text_part("""\
Përshëndetje,

Jemi nga Shoqata Kulturore Shqiptare "Iliria" Münster dhe duam të marrim pjesë
në konferencën e integrimit më 29 maj. Do të vijmë 5 veta.
Ende nuk e dimë cilin forum do të zgjedhim, do t'ju njoftojmë më vonë.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
""", cte="8bit"),
    reg("arben.krasniqi@hotmail.example", "Arben Krasniqi", "Shoqata Kulturore Shqiptare \"Iliria\" Münster",
        [], 5, "sq"))

# 034 Polish cancellation, ISO-8859-2 8bit, three lines, no subject words about cancelling.
add("nowak-cancel-polish", [
    ("From", ad("Katarzyna Nowak", "k.nowak@onet.example")),
    ("To", OURS),
    ("Subject", hw("Re: Zgłoszenie - konferencja 29 maja", "iso-8859-2")),
    ("Date", date("2027-04-29 12:02:44")),
    ("Message-ID", mid("onet-5566779911.nowak", "onet.example")),
], text_part("""\
Dzień dobry,
niestety nie mogę przyjść na konferencję 29.05. Proszę o skreślenie mnie z listy.
Przepraszam i pozdrawiam,
Katarzyna Nowak
""", charset="iso-8859-2", cte="8bit"),
    person("cancellation", "k.nowak@onet.example", "Katarzyna Nowak", None, "pl"))

# 035 HTML-only Outlook reply (windows-1252 QP) that moves the job centre's group from
#     Forum 1 to Forum 2; the quoted confirmation below repeats "Forum 1"; size unchanged.
add("jobcenter-change-forum2-html", [
    ("From", ad("Kröger, Sabine", "Sabine.Kroeger@jobcenter-muenster.example", "iso-8859-1")),
    ("To", "\"ik2027@muenster.example\" <ik2027@muenster.example>"),
    ("Subject", "AW: " + hw("Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027", "windows-1252")),
    ("Date", date("2027-05-03 08:57:30")),
    ("Message-ID", mid("FR2P281MB9876.DEUP281.PROD.OUTLOOK.jobcenter", "jobcenter-muenster.example")),
    ("In-Reply-To", mid("conf-0005", "muenster.example")),
    ("Content-Language", "de-DE"),
], text_part("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="DE">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Frau Hoffmann,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">nach Rücksprache im Team möchten wir unsere Anmeldung gerne vom Forum 1 in das <b>Forum 2 (Bildung und Sprache)</b> umbuchen, da dort auch die Berufssprachkurse Thema sind. Die Personenzahl (3) bleibt unverändert.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Vielen Dank und freundliche Grüße</p>
<p class="MsoNormal">Sabine Kröger</p>
<p class="MsoNormal"><span style="font-size:9.0pt">Jobcenter Münster · Team Migration &amp; Arbeitsmarkt</span></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Integrationsrat Münster &lt;ik2027@muenster.example&gt;<br>
<b>Gesendet:</b> Freitag, 19. März 2027 10:15<br>
<b>An:</b> Kröger, Sabine &lt;Sabine.Kroeger@jobcenter-muenster.example&gt;<br>
<b>Betreff:</b> Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027</p>
</div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sehr geehrte Frau Kröger,</p>
<p class="MsoNormal">vielen Dank für Ihre Anmeldung. Wir haben 3 Personen für Forum 1 (Arbeit und Ausbildung) eingetragen.</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Birgit Hoffmann<br>Geschäftsstelle des Integrationsrats</p>
</div>
</body></html>
""", "html", charset="windows-1252", cte="quoted-printable"),
    person("change", "sabine.kroeger@jobcenter-muenster.example", "Sabine Kröger", "Jobcenter Münster",
           "de", ["F2"], None))

# 036 School social worker asks about minors before registering two pupils
#     ("Bevor ich die Mädchen anmelde ..."): a question, nobody registered. UTF-8 QP.
add("arslan-weber-question-minors", [
    ("From", ad("Melanie Arslan-Weber", "m.arslan-weber@realschule-kinderhaus.example")),
    ("To", OURS),
    ("Subject", "Teilnahme von Schülerinnen unter 18?"),
    ("Date", date("2027-05-04 13:26:02")),
    ("Message-ID", mid("20270504112602.arslanweber", "realschule-kinderhaus.example")),
], text_part("""\
Liebes Team der Integrationskonferenz,

ich arbeite als Schulsozialarbeiterin an der Realschule Kinderhaus. Zwei unserer
Schülerinnen (15 und 16 Jahre) haben großes Interesse an der Konferenz, vor
allem am Forum Bildung und Sprache.

Dürfen Minderjährige ohne Begleitung der Eltern teilnehmen, und brauchen Sie
dafür eine Einverständniserklärung? Bevor ich die Mädchen anmelde, möchte ich
das gern geklärt haben.

Herzliche Grüße
Melanie Arslan-Weber
Schulsozialarbeit | Realschule Kinderhaus
""", cte="quoted-printable"),
    person("question", "m.arslan-weber@realschule-kinderhaus.example", "Melanie Arslan-Weber",
           "Realschule Kinderhaus", "de"))

# 037 Greek cancellation for a community (registered earlier by other means), ISO-8859-7
#     QP; it restates the old registration "(3 άτομα, Forum 2)" while cancelling it.
add("papadopoulou-greek-cancel", [
    ("From", ad("Ελένη Παπαδοπούλου", "eleni.papadopoulou@otenet.example", "iso-8859-7")),
    ("To", OURS),
    ("Subject", hw("Ακύρωση συμμετοχής - Integrationskonferenz", "iso-8859-7")),
    ("Date", date("2027-05-06 17:49:21")),
    ("Message-ID", mid("otenet.20270506.papadopoulou", "otenet.example")),
], text_part("""\
Καλησπέρα σας,

δυστυχώς η Ελληνική Κοινότητα Μύνστερ δεν θα μπορέσει τελικά να συμμετάσχει στη
Διάσκεψη Ένταξης στις 29 Μαΐου. Παρακαλώ ακυρώστε την εγγραφή μας (3 άτομα,
Forum 2).

Με εκτίμηση,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μύνστερ
""", charset="iso-8859-7", cte="quoted-printable"),
    person("cancellation", "eleni.papadopoulou@otenet.example", "Ελένη Παπαδοπούλου",
           "Ελληνική Κοινότητα Μύνστερ", "el"))

# 038 Party-size change 2 -> 1 written in German with Turkish greetings (language de),
#     ISO-8859-9 QP; "Forum 3 bleibt" restates the forum by number -> [F3].
add("yildiz-change-alone", [
    ("From", ad("Mehmet Yıldız", "mehmet.yildiz@web.example", "iso-8859-9")),
    ("To", OURS),
    ("Subject", "Konferenz 29.5. - nur 1 Person"),
    ("Date", date("2027-05-07 23:12:37")),
    ("Message-ID", mid("C9D8E7F6-1A2B-4C3D-yildiz", "web.example")),
    ("X-Mailer", "iPhone Mail (21E236)"),
], text_part("""\
Merhaba, guten Tag,

meine Frau kann leider nicht kommen zur Konferenz, sie muss arbeiten an dem Samstag. Ich komme alleine, also nur 1 Person. Forum 3 bleibt.

Danke, iyi çalışmalar
Mehmet Yıldız
""", charset="iso-8859-9", cte="quoted-printable"),
    person("change", "mehmet.yildiz@web.example", "Mehmet Yıldız", None, "de", ["F3"], 1))

# 039 Portuguese cancellation (Brazilian association), UTF-8 8bit, warm and brief.
add("souza-portuguese-cancel", [
    ("From", ad("Mariana Souza", "mari.souza@uol.example")),
    ("To", OURS),
    ("Subject", hw("Cancelamento - Conferência de Integração")),
    ("Date", date("2027-05-10 09:40:55")),
    ("Message-ID", mid("uol.20270510.souza", "uol.example")),
], text_part("""\
Olá,

infelizmente vou ter que cancelar a minha inscrição na Conferência de Integração
do dia 29 de maio. Surgiu uma viagem de trabalho que não consigo adiar.
Espero poder participar no próximo ano!

Abraços,
Mariana Souza
Associação Brasil-Münster
""", cte="8bit"),
    person("cancellation", "mari.souza@uol.example", "Mariana Souza", "Associação Brasil-Münster", "pt"))

# 040 Group cancellation as a top-posted reply to our confirmation (quoted text names
#     "3 Personen" and "Forum 1"); multipart/alternative UTF-8, plain QP and HTML base64.
_t = """\
Sehr geehrte Damen und Herren,

leider müssen wir unsere Teilnahme an der Integrationskonferenz komplett
absagen. Bei uns im Zentrum findet am 29.5. kurzfristig die Mitgliederversammlung
statt, die wir nicht verschieben können. Wir hoffen, beim nächsten Mal dabei zu sein.

Freundliche Grüße
Dilan Kaya
Kurdisches Gesellschaftszentrum Münster e.V.

Am 17.04.2027 um 09:20 schrieb Integrationsrat Münster:
> Sehr geehrte Frau Kaya,
>
> vielen Dank für Ihre Anmeldung. Wir haben 3 Personen für Forum 1 (Arbeit
> und Ausbildung) eingetragen. Ihr Formular ist gut lesbar angekommen.
>
> Mit freundlichen Grüßen
> Birgit Hoffmann
"""
add("kaya-cancel-group-reply", [
    ("From", ad("Dilan Kaya", "dilan.kaya@kgz-muenster.example")),
    ("To", OURS),
    ("Subject", "Re: " + hw("Bestätigung Ihrer Anmeldung – Integrationskonferenz Münster 2027")),
    ("Date", date("2027-05-11 15:33:48")),
    ("Message-ID", mid("f1e2d3c4.kaya", "kgz-muenster.example")),
    ("In-Reply-To", mid("conf-0027", "muenster.example")),
], multipart("alternative", [
    text_part(_t, cte="quoted-printable"),
    text_part("<html><body><p>" + _t.split("\nAm 17.04")[0].strip().replace("\n\n", "</p><p>").replace("\n", "<br>")
              + "</p><blockquote type=\"cite\">Am 17.04.2027 um 09:20 schrieb Integrationsrat Münster:<br>"
              "Sehr geehrte Frau Kaya,<br>vielen Dank für Ihre Anmeldung. Wir haben 3 Personen für Forum 1 "
              "(Arbeit und Ausbildung) eingetragen. Ihr Formular ist gut lesbar angekommen.<br>"
              "Mit freundlichen Grüßen<br>Birgit Hoffmann</blockquote></body></html>\n",
              "html", cte="base64"),
], "------------kgz0511alt"),
    person("cancellation", "dilan.kaya@kgz-muenster.example", "Dilan Kaya",
           "Kurdisches Gesellschaftszentrum Münster e.V.", "de"))


# ---------------------------------------------------------------------------
# validation, writing, --check, --stats
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)
LANG_RE = re.compile(r"^[a-z]{2}$")


def example_host(host):
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = "www." + host[4:]
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def check_hosts(text, where):
    for m in EMAIL_RE.finditer(text):
        assert example_host(m.group(1)), f"{where}: non-example address {m.group(0)}"
    for m in URL_RE.finditer(text):
        host = m.group(1)
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        assert example_host(host), f"{where}: non-example URL host {host}"


def validate_message(fname, raw):
    assert b"\n" not in raw.replace(b"\r\n", b""), f"{fname}: bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), f"{fname}: bare CR"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, f"{fname}: line longer than 998 octets"
    msg = message_from_bytes(raw, policy=policy.default)
    texts = []
    for part in msg.walk():
        assert not part.defects, f"{fname}: defects {part.defects}"
        for k, v in part.items():
            assert not getattr(v, "defects", ()), f"{fname}: header {k} defects {v.defects}"
            texts.append(f"{k}: {v}")
        if part.get_content_maintype() == "text":
            # the field blocks inside message/delivery-status carry no Content-Type
            cs = part.get_content_charset() or ("us-ascii" if "content-type" not in part else None)
            assert cs, f"{fname}: text part without charset"
            payload = part.get_payload(decode=True)
            assert not part.defects, f"{fname}: defects after decoding {part.defects}"
            texts.append(payload.decode(cs, "strict"))
            part.get_content()
        elif not part.is_multipart() and part.get_content_type() != "message/rfc822":
            part.get_payload(decode=True)
            assert not part.defects, f"{fname}: defects after decoding {part.defects}"
    check_hosts("\n".join(texts), fname)
    assert msg["Date"] and msg["From"] and msg["Message-ID"], f"{fname}: missing header"
    return parsedate_to_datetime(str(msg["Date"]))


def validate_record(fname, r):
    assert set(r) == {"kind", "email", "name", "organisation", "workgroups", "party_size",
                      "language", "bounced_recipient"}, f"{fname}: wrong keys"
    k = r["kind"]
    assert k in KINDS, fname
    assert isinstance(r["workgroups"], list) and all(w in WORKGROUPS for w in r["workgroups"]), fname
    assert len(set(r["workgroups"])) == len(r["workgroups"]), fname
    if k in ("auto_reply", "bounce", "other"):
        assert r["email"] is None and r["name"] is None and r["organisation"] is None, fname
        assert r["language"] is None and r["party_size"] is None and r["workgroups"] == [], fname
    else:
        e = r["email"]
        assert isinstance(e, str) and e == e.lower() and EMAIL_RE.fullmatch(e), fname
        assert example_host(e.split("@")[1]) and e != OURS, fname
        assert isinstance(r["name"], str) and r["name"].strip(), fname
        assert r["organisation"] is None or (isinstance(r["organisation"], str) and r["organisation"].strip()), fname
        assert isinstance(r["language"], str) and LANG_RE.match(r["language"]), fname
    if k == "registration":
        assert isinstance(r["party_size"], int) and 1 <= r["party_size"] <= 20, fname
    elif k == "change":
        assert r["party_size"] is None or (isinstance(r["party_size"], int) and r["party_size"] >= 1), fname
    else:
        assert r["party_size"] is None, fname
    if k in ("cancellation", "question"):
        assert r["workgroups"] == [], fname
    if k == "bounce":
        b = r["bounced_recipient"]
        assert isinstance(b, str) and b == b.lower() and example_host(b.split("@")[1]), fname
    else:
        assert r["bounced_recipient"] is None, fname


def build():
    files = {}
    expected = {}
    last = None
    for fname, raw, exp in MAILS:
        when = validate_message(fname, raw)
        assert last is None or when > last, f"{fname}: Date does not rise"
        last = when
        validate_record(fname, exp)
        files[f"mails/{fname}"] = raw
        expected[fname] = exp
    assert len(set(expected)) == len(MAILS)
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, expected


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    print(f"{len(expected)} mails")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{l} {n}" for l, n in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    files, expected = build()
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = []
        for rel, data in files.items():
            p = HERE / rel
            if not p.exists() or p.read_bytes() != data:
                bad.append(rel)
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").exists() else set()
        bad += sorted(on_disk - set(files))
        if bad:
            print("differs from disk: " + ", ".join(bad[:10]))
            return 1
        print(f"ok: {len(expected)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read what was written
    for fname in expected:
        validate_message(fname, (HERE / "mails" / fname).read_bytes())
    print(f"wrote {len(expected)} mails and expected.json; validated")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
