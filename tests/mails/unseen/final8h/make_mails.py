#!/usr/bin/env python3
"""Write the "final8h" evaluation set: 40 mails to the Fachtag Gesundheit und Migration
Münster 2027 (Gesundheitsamt der Stadt Münster), and their expected `parse` output.

    python3 make_mails.py           write mails/ and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import datetime as dt
import email
import email.policy
import json
import quopri
import re
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"
REG = "fachtag-gesundheit@muenster.example"
REG_NAME = "Fachtag Gesundheit und Migration"
REG_FROM = f"{REG_NAME} <{REG}>"

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def when(stamp, offset="+0100"):
    """'2027-02-15 14:31:07' and '+0100' -> an RFC 5322 date."""
    sign = 1 if offset[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return format_datetime(dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz))


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)
    return formataddr((name, address))


def subj(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    data = text.encode(charset)  # strict: every character must exist in the charset
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
               f"Content-Transfer-Encoding: {cte}"]
    return {"headers": headers, "body": encode_body(data, cte)}


def attachment(data, ctype, filename):
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f'Content-Disposition: attachment; filename="{filename}"',
               "Content-Transfer-Encoding: base64"]
    return {"headers": headers, "body": base64.encodebytes(data)}


def raw_part(ctype, body, extra=()):
    return {"headers": [f"Content-Type: {ctype}", *extra], "body": body.encode("ascii")}


def multipart(subtype, parts, boundary, params="", preamble=None):
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append("\n".join(p["headers"]).encode("ascii") + b"\n\n")
        body = p["body"]
        if not body.endswith(b"\n"):
            body += b"\n"
        out.append(body)
    out.append(b"--" + boundary.encode() + b"--\n")
    return {"headers": [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'],
            "body": b"".join(out)}


def alternative(plain, html, charset, cte, boundary, html_cte=None):
    return multipart("alternative", [text_part(plain, "plain", charset, cte),
                                     text_part(html, "html", charset, html_cte or cte)], boundary)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(text):
    lines = [esc(l) if l else "<br>" for l in text.split("\n")]
    return '<div dir="ltr">' + "".join(f"<div>{l}</div>" for l in lines) + "</div>\n"


def outlook_html(text, charset, font="Calibri"):
    paras = "\n".join(
        f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in text.split("\n"))
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!-- p.MsoNormal, li.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}} '
            f'@page WordSection1 {{size:612.0pt 792.0pt;}} div.WordSection1 {{page:WordSection1;}} --></style>\n'
            f'</head>\n<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n')


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


MAILS = []


def mail(slug, *, date, frm, subject, part, expect, to=REG, cc=None, reply_to=None, msgid,
         in_reply_to=None, extra=(), mime=True):
    headers = []
    headers += [h for h in extra if h.startswith(("Return-Path", "Received"))]
    headers.append(f"Date: {date}")
    headers.append(f"From: {frm}")
    headers.append(f"To: {to}")
    if cc:
        headers.append(f"Cc: {cc}")
    if reply_to:
        headers.append(f"Reply-To: {reply_to}")
    headers.append(f"Subject: {subject}")
    headers.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        headers.append(f"In-Reply-To: <{in_reply_to}>")
        headers.append(f"References: <{in_reply_to}>")
    headers += [h for h in extra if not h.startswith(("Return-Path", "Received"))]
    if mime:
        headers.append("MIME-Version: 1.0")
    headers += part["headers"]
    raw = "\n".join(headers).encode("ascii") + b"\n\n" + part["body"]
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = f"{len(MAILS) + 1:03d}-{slug}.eml"
    MAILS.append((name, raw, expect))


def reg(email_, name, org, wgs, party, lang):
    return dict(kind="registration", email=email_, name=name, organisation=org, workgroups=wgs,
                party_size=party, language=lang, bounced_recipient=None)


def change(email_, name, org, wgs, lang, party=None):
    return dict(kind="change", email=email_, name=name, organisation=org, workgroups=wgs,
                party_size=party, language=lang, bounced_recipient=None)


def person(kind, email_, name, org, lang):
    return dict(kind=kind, email=email_, name=name, organisation=org, workgroups=[],
                party_size=None, language=lang, bounced_recipient=None)


def machine(kind, bounced=None):
    return dict(kind=kind, email=None, name=None, organisation=None, workgroups=[],
                party_size=None, language=None, bounced_recipient=bounced)


# ---------------------------------------------------------------------------
# texts our side sent, quoted in replies
# ---------------------------------------------------------------------------

INVITATION = """Einladung zum Fachtag Gesundheit und Migration Münster 2027
Mittwoch, 21. April 2027, 9:00 bis 16:30 Uhr
Stadthaus 1, Klemensstraße 10, 48143 Münster

Sehr geehrte Damen und Herren,

das Gesundheitsamt der Stadt Münster lädt Fachkräfte aus Medizin, Pflege,
Sozialarbeit und Sprachmittlung, Krankenkassen sowie Migrantenselbst-
organisationen herzlich zum Fachtag Gesundheit und Migration ein.

Nach den Vorträgen am Vormittag arbeiten wir in vier parallelen Workshops:

  Workshop 1: Zugang zur Gesundheitsversorgung
  Workshop 2: Psychische Gesundheit nach Flucht
  Workshop 3: Sprachmittlung im Gesundheitswesen
  Workshop 4: Gesundheit im Alter

Je Workshop stehen 35 Plätze zur Verfügung. Bitte melden Sie sich bis zum
9. April 2027 per E-Mail an fachtag-gesundheit@muenster.example an und nennen
Sie Name, Einrichtung und Wunsch-Workshop (gern mit Zweitwunsch).

Die Veranstaltung ist bei der Ärztekammer Westfalen-Lippe zur Zertifizierung
angemeldet (6 CME-Punkte beantragt). Die Teilnahme ist kostenfrei.

Gesundheitsamt der Stadt Münster
Fachstelle Gesundheit und Migration"""


def confirmation(salutation, who, workshop):
    return f"""{salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Gesundheit und Migration Münster 2027
am Mittwoch, 21. April 2027, 9:00 bis 16:30 Uhr, im Stadthaus 1, Klemensstraße 10.

Angemeldet: {who}
Workshop: {workshop}

Wenn Sie verhindert sind oder etwas ändern möchten, antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Ihr Organisationsteam
Gesundheitsamt der Stadt Münster"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 Plain registration of a GP with her two named practice assistants (party 3); numbers that
# are not persons (1.800 patients, a third, § 4 and § 6, extension -23). UTF-8, quoted-printable.
mail("reinhardt-praxis-zu-dritt",
     date=when("2027-02-15 14:31:07"),
     frm=addr("Dr. med. Claudia Reinhardt", "reinhardt@praxis-am-aasee.example"),
     subject=subj("Anmeldung Fachtag 21.4. – Praxis am Aasee"),
     msgid="3f1c9a2e-77b1-4c0e-9d1a-praxis@praxis-am-aasee.example",
     extra=["User-Agent: Mozilla Thunderbird 115.8.0", "Content-Language: de-DE"],
     part=text_part("""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Fachtag Gesundheit und Migration am 21. April an.
Mitkommen werden außerdem unsere beiden MFA, Frau Jana Sommer und Frau Derya
Tekin – wir wären also zu dritt.

Wir möchten gern alle drei in den Workshop „Zugang zur
Gesundheitsversorgung“. Hintergrund: Etwa ein Drittel unserer rund 1.800
Patientinnen und Patienten hat eine Migrationsgeschichte, und gerade bei
Menschen mit Leistungen nach dem AsylbLG (Behandlungsschein, § 4 und § 6)
stoßen wir im Praxisalltag ständig an Grenzen.

Falls Sie für die Teilnahmebescheinigungen noch Daten brauchen: Die Praxis ist
unter 0251 9876-0 erreichbar, mich direkt erreichen Sie über die Durchwahl -23.

Mit freundlichen Grüßen
Claudia Reinhardt

-- 
Dr. med. Claudia Reinhardt
Fachärztin für Allgemeinmedizin
Gemeinschaftspraxis am Aasee
Annette-Allee 3 · 48149 Münster
www.praxis-am-aasee.example
""", params="; format=flowed"),
     expect=reg("reinhardt@praxis-am-aasee.example", "Claudia Reinhardt",
                "Gemeinschaftspraxis am Aasee", ["W1"], 3, "de"))

# 002 English registration from Gmail, multipart/alternative; first and second choice given in
# words ("Workshop 2 ... Workshop 3 on interpreting"); "4th year", "8 years" are not persons.
_t = """Dear organising team,

I'd like to register for the Fachtag on 21 April. I'm a psychiatry resident (4th year) at Klinikum Münster-Mitte, and for the past 8 years - first in Amman, now here - most of my work has been with refugee patients, so Workshop 2 (mental health after displacement) is my first choice. If that one fills up, I'd happily join Workshop 3 on interpreting instead, since working through interpreters in therapy sessions is a daily issue for us.

My German is fine for discussions, in case the workshops are German-only.

Best regards,
Amira

--
Dr. Amira Haddad
Assistenzärztin, Klinik für Psychiatrie und Psychotherapie
Klinikum Münster-Mitte
"""
mail("haddad-gmail-first-and-second-choice",
     date=when("2027-02-15 20:07:44", "+0000"),
     frm=addr("Amira Haddad", "amira.haddad.md@gmail.example"),
     subject="Registration - Fachtag Gesundheit und Migration",
     msgid="CAJ7pQx+4v2mT0kq8sYw3aZ1bN@mail.gmail.example",
     part=alternative(_t, gmail_html(_t), "UTF-8", "quoted-printable", "000000000000a41c7b05f2e3d9c1"),
     expect=reg("amira.haddad.md@gmail.example", "Amira Haddad", "Klinikum Münster-Mitte",
                ["W2", "W3"], 1, "en"))

# 003 Phone-typed learner German, all lower case, "wir kommen 2 person"; ages (über 65) and
# member counts (über 30 frauen) are not the party. ISO-8859-9, 8bit.
mail("yildiz-handy-lernerdeutsch",
     date=when("2027-02-16 07:48:12"),
     frm=addr("Fatma Yıldız", "fatma.yildiz61@web.example", "iso-8859-9"),
     subject="anmeldung",
     msgid="20270216074812.5f3a@smartphone.web.example",
     part=text_part("""hallo

ich bin Fatma Yıldız von Türkisch-Deutscher Frauenverein Münster. ich möchte anmelden für den fachtag am 21 april, workshop gesundheit im alter. wir kommen 2 person, ich und meine kolegin Ayşe Demirtaş sie ist auch in vorstand.
in unsere verein wir haben viele ältere frauen, über 30 frauen sind älter als 65 jahre und sie haben große probleme mit arzt und pflegekasse, deswegen ist diese thema sehr wichtig für uns.
danke und schöne grüße
Fatma

Von meinem Samsung Galaxy Smartphone gesendet
""", charset="iso-8859-9", cte="8bit"),
     expect=reg("fatma.yildiz61@web.example", "Fatma Yıldız",
                "Türkisch-Deutscher Frauenverein Münster", ["W4"], 2, "de"))

# 004 Turkish registration of a freelance interpreter, "3. atölye" plus the German title;
# "15 yıldır" is years of experience. No organisation. UTF-8, base64.
mail("kaya-tercuman-atolye-3",
     date=when("2027-02-16 12:15:30"),
     frm=addr("Mehmet Kaya", "m.kaya.tercume@posteo.example"),
     subject=subj("Fachtag Gesundheit und Migration – kayıt"),
     msgid="b71e0c52-9a4f-4d8e-b2c6-1e0f3a7d5c21@posteo.example",
     part=text_part("""Merhaba,

21 Nisan'daki Fachtag'a katılmak istiyorum. 15 yıldır Münster ve çevresindeki hastanelerde ve muayenehanelerde serbest tercüman olarak çalışıyorum (Türkçe, Kürtçe-Kurmancî ve Almanca). Bu yüzden en çok 3. atölye, yani "Sprachmittlung im Gesundheitswesen" ilgimi çekiyor.

Almanca konuşabiliyorum ama yazarken Türkçe daha rahat oluyor, kusura bakmayın.

Saygılarımla
Mehmet Kaya
Yeminli Tercüman (Türkçe/Almanca)
Tel: 0170 5550123
""", cte="base64"),
     expect=reg("m.kaya.tercume@posteo.example", "Mehmet Kaya", None, ["W3"], 1, "tr"))

# 005 HTML-only Outlook mail from a health insurance office, "Brinkmann, Jörg" display name,
# room number 3.14 and extension in the signature, long legal disclaimer. windows-1252, QP.
_t = """Sehr geehrte Damen und Herren,

gerne nehme ich am Fachtag Gesundheit und Migration Münster 2027 teil. In unserem Team erleben wir täglich, an welchen Stellen Versicherte mit Migrationshintergrund beim Zugang zu Leistungen scheitern (eGK, Anträge, Hilfsmittel, Fahrtkosten). Ich melde mich daher für Workshop 1 an.

Mit freundlichen Grüßen

Jörg Brinkmann
Teamleiter Versorgungsmanagement
Gesundheitskasse Westfalen – Kundencenter Münster
Raum 3.14 · Bahnhofstraße 5 · 48143 Münster
Tel. 0251 774-2304 · Fax 0251 774-2399
joerg.brinkmann@gesundheitskasse-westfalen.example

Gesundheitskasse Westfalen – Körperschaft des öffentlichen Rechts
Vorstand: Dr. Ulrich Hagedorn (Vors.), Petra Schwienhorst
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen, insbesondere Sozialdaten im Sinne des § 67 SGB X, enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet."""
mail("brinkmann-krankenkasse-outlook-html",
     date=when("2027-02-17 08:55:02"),
     frm=addr("Brinkmann, Jörg", "joerg.brinkmann@gesundheitskasse-westfalen.example", "windows-1252"),
     subject="Anmeldung Fachtag Gesundheit und Migration",
     msgid="AM9PR07MB71234E5A0C1D2B3F4A5B6C7D8E9F0@AM9PR07MB7123.eurprd07.prod.outlook.example",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdlhQk2m3v5Z7sQkT0+Yc8xPq1w9Ag==",
            "Content-Language: de-DE"],
     part=text_part(outlook_html(_t, "windows-1252"), "html", "windows-1252", "quoted-printable"),
     expect=reg("joerg.brinkmann@gesundheitskasse-westfalen.example", "Jörg Brinkmann",
                "Gesundheitskasse Westfalen", ["W1"], 1, "de"))

# 006 Arabic registration of three persons from one association; preference "الثانية" (second)
# then "الرابعة" (fourth); year 2016 is not a person. windows-1256, base64.
mail("alkhatib-arabisch-drei-personen",
     date=when("2027-02-17 19:20:51"),
     frm=addr("Rania Al-Khatib", "rania.alkhatib@syrischer-verein-ms.example"),
     subject=subj("تسجيل - اليوم التخصصي الصحة والهجرة", "windows-1256"),
     msgid="1708190451.4412.rania@syrischer-verein-ms.example",
     part=text_part("""السلام عليكم ورحمة الله،

أرغب في تسجيل نفسي واثنتين من زميلاتي في الجمعية للمشاركة في اليوم التخصصي "الصحة والهجرة" يوم 21 نيسان/أبريل 2027، أي أننا 3 أشخاص.

نفضّل ورشة العمل الثانية (الصحة النفسية بعد اللجوء)، وإذا لم تكن هناك أماكن كافية فالورشة الرابعة (الصحة في سن الشيخوخة).

نعمل منذ عام 2016 مع العائلات السورية في مونستر، ونرى كل يوم مدى صعوبة الوصول إلى العلاج النفسي.

مع خالص التحية
رانيا الخطيب

Rania Al-Khatib
Sozialarbeiterin
Syrisch-Deutscher Verein Münster e.V.
""", charset="windows-1256", cte="base64"),
     expect=reg("rania.alkhatib@syrischer-verein-ms.example", "Rania Al-Khatib",
                "Syrisch-Deutscher Verein Münster e.V.", ["W2", "W4"], 3, "ar"))

# 007 Student registration that also asks a question (certificate) -> registration; workshop
# named by an alias ("Zugang zur Versorgung"); "7. Semester". ISO-8859-1, 8bit.
mail("schulte-kemper-medinetz-studentin",
     date=when("2027-02-18 23:41:19"),
     frm=addr("Lea Schulte-Kemper", "lea.sk@uni-muenster.example"),
     subject="Teilnahme Fachtag + Frage Bescheinigung",
     msgid="e4b7c0f1d2a3@uni-muenster.example",
     part=text_part("""Hallo liebes Team vom Gesundheitsamt,

ich bin Medizinstudentin im 7. Semester und engagiere mich bei MediNetz Münster
(wir vermitteln Menschen ohne Papiere bzw. ohne Krankenversicherung an
Ärztinnen und Ärzte, die sie anonym behandeln). Ich würde sehr gerne am Fachtag
teilnehmen, am liebsten im Workshop zum Zugang zur Versorgung - das ist ja
genau unser Thema.

Kurze Frage noch: Bekommen Studierende auch eine Teilnahmebescheinigung? Die
könnte ich mir für das Wahlfach "Global Health" anrechnen lassen.

Viele Grüße und danke für die Organisation!
Lea Schulte-Kemper
""", charset="iso-8859-1", cte="8bit"),
     expect=reg("lea.sk@uni-muenster.example", "Lea Schulte-Kemper", "MediNetz Münster",
                ["W1"], 1, "de"))

# 008 Russian registration of a doctor in recognition; "первый ... третий" (first ... third)
# workshop; 20 years of experience, level C1. KOI8-R, quoted-printable; encoded From name.
mail("becker-russisch-erster-oder-dritter",
     date=when("2027-02-19 10:05:33"),
     frm=addr("Ольга Беккер", "olga.becker@mail.example", "koi8-r"),
     subject=subj("Регистрация на Fachtag 21.04.", "koi8-r"),
     msgid="1613725533.771205@mail.example",
     part=text_part("""Здравствуйте!

Меня зовут Ольга Беккер, я врач-терапевт, 20 лет стажа (Казахстан, Караганда). Сейчас прохожу процедуру признания диплома (Approbation) и работаю ассистенткой в практике. Хотела бы зарегистрироваться на Fachtag "Gesundheit und Migration".

Меня интересует первый воркшоп (доступ к медицинской помощи), если там не будет мест - третий (Sprachmittlung). По-немецки я понимаю хорошо, уровень C1.

С уважением,
Ольга Беккер
""", charset="koi8-r", cte="quoted-printable"),
     expect=reg("olga.becker@mail.example", "Ольга Беккер", None, ["W1", "W3"], 1, "ru"))

# 009 Shared association mailbox with Reply-To to the chairman's own address; he registers
# himself and a board colleague (2); "Workshop 2 ... sonst Workshop 1"; "1. Vorsitzender",
# "nach 2021", house number 112. UTF-8, 8bit.
mail("rahimi-vereinspostfach-reply-to",
     date=when("2027-02-20 11:30:00"),
     frm=addr("Afghanischer Kulturverein Münster", "info@afghan-kulturverein-ms.example"),
     reply_to=addr("Ahmad Rahimi", "a.rahimi@posteo.example"),
     subject=subj("Anmeldung für Fachtag Gesundheit und Migration"),
     msgid="5e2d1a90-3c44-11ef-9a1b-vereinspost@afghan-kulturverein-ms.example",
     part=text_part("""Sehr geehrte Damen und Herren,

im Namen des Afghanischen Kulturvereins Münster e.V. melde ich mich und unsere
Vorstandskollegin Frau Mariam Noori für den Fachtag an (also 2 Personen).

Wir interessieren uns vor allem für Workshop 2, psychische Gesundheit nach
Flucht, weil viele Familien aus unserer Gemeinde, besonders die nach 2021
gekommen sind, große Belastungen haben. Falls dieser Workshop schon voll ist,
nehmen wir Workshop 1.

Bitte schicken Sie die Antwort an meine persönliche Adresse, das Vereinspostfach
wird nur unregelmäßig gelesen.

Mit freundlichen Grüßen
Ahmad Rahimi
1. Vorsitzender
Afghanischer Kulturverein Münster e.V.
Hammer Str. 112, 48153 Münster
""", cte="8bit"),
     expect=reg("a.rahimi@posteo.example", "Ahmad Rahimi", "Afghanischer Kulturverein Münster e.V.",
                ["W2", "W1"], 2, "de"))

# 010 English, plain ASCII 7bit; workshop only described ("health in old age"); "ward 3" and
# "Station 3" are her ward, not Workshop 3; 75+, 60s, 11:00 are not persons.
mail("okafor-nurse-ward-3",
     date=when("2027-02-22 06:12:40"),
     frm=addr("Grace Okafor", "g.okafor@klinikum-ms-sued.example"),
     subject="Fachtag 21/04 - registration",
     msgid="20270222061240.GA18811@klinikum-ms-sued.example",
     part=text_part("""Hello,

I would like to sign up for the Fachtag Gesundheit und Migration. I'm a
registered nurse, originally trained in Lagos, and I have been working on
ward 3 (acute geriatrics) at Klinikum Muenster-Sued for two years now. A lot
of our patients are 75+ and came to Germany as so-called guest workers in the
60s and 70s, so the workshop on health in old age would be the natural fit
for me.

I can only be there from 11:00 because of the early shift handover, I hope
that is OK.

Kind regards
Grace Okafor, RN
Station 3 / Akutgeriatrie
Klinikum Muenster-Sued
ext. 2231
""", charset="us-ascii", cte="7bit"),
     expect=reg("g.okafor@klinikum-ms-sued.example", "Grace Okafor", "Klinikum Muenster-Sued",
                ["W4"], 1, "en"))

# 011 Farsi registration with Persian digits ("کارگاه ۲", "۶ سال"); Latin name and organisation
# in the signature. UTF-8, base64; RFC 2047 base64 subject.
mail("hosseini-farsi-kargah-2",
     date=when("2027-02-22 15:45:09"),
     frm=addr("نرگس حسینی", "n.hosseini@psz-muenster.example"),
     subject=subj("ثبت نام برای روز تخصصی سلامت و مهاجرت"),
     msgid="a9d3e2f1-0b8c-4e77-8f21-6c5d4b3a2918@psz-muenster.example",
     part=text_part("""سلام و وقت بخیر،

من نرگس حسینی هستم، روانشناس در مرکز روانی‌اجتماعی پناهندگان مونستر. مایلم برای شرکت در Fachtag روز ۲۱ آوریل ثبت‌نام کنم.

لطفاً مرا در کارگاه ۲ (سلامت روان پس از فرار و مهاجرت اجباری) ثبت کنید. حدود ۶ سال است که با مراجعان افغان و ایرانی کار می‌کنم.

با سپاس
نرگس حسینی

Narges Hosseini, M.Sc. Psychologie
Psychosoziales Zentrum für Geflüchtete Münster
""", cte="base64"),
     expect=reg("n.hosseini@psz-muenster.example", "Narges Hosseini",
                "Psychosoziales Zentrum für Geflüchtete Münster", ["W2"], 1, "fa"))

# 012 Question only (CME points, EFN, partial attendance); registration is conditional
# ("Bevor ich mich anmelde"). Numbers: 6 Punkte, 12 Uhr. windows-1252, QP.
mail("vogt-frage-cme-punkte",
     date=when("2027-02-23 13:02:55"),
     frm=addr("Dr. Hans-Peter Vogt", "praxis@dr-vogt-hiltrup.example"),
     subject="Fortbildungspunkte?",
     msgid="000b01d76f2a$4c1e2b30$e45a8190$@dr-vogt-hiltrup.example",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de"],
     part=text_part("""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung zum Fachtag am 21.04.

Bevor ich mich anmelde, eine Frage: Ist die Veranstaltung inzwischen von der Ärztekammer Westfalen-Lippe zertifiziert, und wenn ja, mit wie vielen CME-Punkten? In der Einladung steht nur „6 Punkte beantragt“. Muss ich meine EFN (Einheitliche Fortbildungsnummer) bzw. den Barcode-Aufkleber mitbringen, oder wird das vorher per Mail abgefragt?

Außerdem: Ist ganztägige Anwesenheit Voraussetzung für die Punkte? Ich habe mittwochs bis 12 Uhr Sprechstunde.

Mit freundlichen kollegialen Grüßen
H.-P. Vogt

Dr. med. Hans-Peter Vogt
Facharzt für Innere Medizin – hausärztliche Versorgung
Marktallee 41, 48165 Münster-Hiltrup
""", charset="windows-1252", cte="quoted-printable"),
     expect=person("question", "praxis@dr-vogt-hiltrup.example", "Hans-Peter Vogt", None, "de"))

# 013 Polish registration, "warsztat nr 4" plus German title; ages 80-90 and 9 years are not
# persons; organisation in German inside Polish text. ISO-8859-2, QP.
mail("kowalska-polnisch-warsztat-4",
     date=when("2027-02-24 20:18:27"),
     frm=addr("Agnieszka Kowalska", "agnieszka.kowalska@wp.example"),
     subject=subj("Zgłoszenie - Fachtag Gesundheit und Migration (warsztat 4)", "iso-8859-2"),
     msgid="4a8f0c1e6b2d@wp.example",
     part=text_part("""Dzień dobry,

nazywam się Agnieszka Kowalska, od 9 lat pracuję jako pielęgniarka w ambulatoryjnym serwisie opieki "Pflegedienst Lebensfreude" w Münster-Kinderhaus. Chciałabym zapisać się na Fachtag 21 kwietnia, na warsztat nr 4 "Gesundheit im Alter".

Mamy wielu pacjentów w wieku 80-90 lat z Polski, Rosji i Turcji - bariera językowa jest ogromna. Piszę po polsku, bo tak mi szybciej, ale na miejscu oczywiście mówię po niemiecku.

Pozdrawiam serdecznie
Agnieszka Kowalska
""", charset="iso-8859-2", cte="quoted-printable"),
     expect=reg("agnieszka.kowalska@wp.example", "Agnieszka Kowalska", "Pflegedienst Lebensfreude",
                ["W4"], 1, "pl"))

# 014 French registration with a PDF form attached (multipart/mixed); "l'atelier 3" and the
# German title; "depuis 2018". ISO-8859-15, QP.
_pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n")
mail("diallo-francais-formulaire-pdf",
     date=when("2027-02-25 09:37:14"),
     frm=addr("Aminata Diallo", "a.diallo@orange.example"),
     subject="Inscription Fachtag - formulaire ci-joint",
     msgid="1614242234107.31337@orange.example",
     part=multipart("mixed", [
         text_part("""Bonjour Madame, Monsieur,

Suite à l'invitation transmise par le Sprachmittlerpool de la ville, je souhaite m'inscrire au Fachtag du 21 avril 2027. Vous trouverez ci-joint le formulaire d'inscription rempli.

Je travaille depuis 2018 comme médiatrice linguistique (français, peul, wolof) dans les hôpitaux et les cabinets médicaux de Münster, c'est pourquoi je choisis l'atelier 3 « Sprachmittlung im Gesundheitswesen ».

Je comprends bien l'allemand mais je l'écris moins bien, d'où ce message en français.

Cordialement,
Aminata Diallo
Médiatrice linguistique - Sprachmittlerpool Münster
""", charset="iso-8859-15", cte="quoted-printable"),
         attachment(_pdf, "application/pdf", "Anmeldeformular_Diallo.pdf")],
         "----=_Part_4471_1290381.1614242234107", preamble="This is a multi-part message in MIME format."),
     expect=reg("a.diallo@orange.example", "Aminata Diallo", "Sprachmittlerpool Münster",
                ["W3"], 1, "fr"))

# 015 Ukrainian question (German level B1, interpretation, fee); says she would register
# afterwards, so registers no one yet. windows-1251, 8bit.
mail("melnyk-ukrainisch-frage-sprache",
     date=when("2027-02-26 17:50:03"),
     frm=addr("Оксана Мельник", "oksana.melnyk@ukr.example", "windows-1251"),
     subject=subj("Питання щодо Fachtag 21.04", "windows-1251"),
     msgid="76210-1614358203-ukr@ukr.example",
     part=text_part("""Доброго дня!

Я медична сестра з України, в Німеччині з 2022 року, зараз працюю помічницею з догляду (Pflegehelferin) у будинку для літніх людей. Мене дуже зацікавив ваш Fachtag.

Хочу запитати: чи можна брати участь, якщо моя німецька на рівні B1? Чи буде на заході переклад українською або хоча б матеріали англійською? І чи потрібно щось платити?

Якщо все гаразд, я із задоволенням зареєструюся.

Дякую!
Оксана Мельник
""", charset="windows-1251", cte="8bit"),
     expect=person("question", "oksana.melnyk@ukr.example", "Оксана Мельник", None, "uk"))

# 016 Outlook top-posted reply above the whole invitation (no ">" quoting, "-----Ursprüngliche
# Nachricht-----"), which lists all four workshops; her choice is "Sprachmittlung" only.
# multipart/alternative, ISO-8859-15, QP.
_t = """Guten Tag,

hiermit melde ich mich verbindlich für den Fachtag an. Ich arbeite in der Migrationsberatung für Erwachsene (MBE) und begleite Klient*innen regelmäßig zu Arztterminen, weil es keine Dolmetscher gibt - daher bitte den Workshop "Sprachmittlung".

Freundliche Grüße
Birgit Hömann
Diakonie Münster - Migrationsberatung
Tel. 0251 4901-17

-----Ursprüngliche Nachricht-----
Von: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
Gesendet: Montag, 15. Februar 2027 10:02
An: Verteiler Netzwerk Migration und Gesundheit <netzwerk-mg@lists.muenster.example>
Betreff: Einladung Fachtag Gesundheit und Migration Münster 2027

""" + INVITATION + "\n"
mail("hoemann-outlook-ueber-einladung",
     date=when("2027-03-01 08:21:36"),
     frm=addr("Hömann, Birgit", "b.hoemann@diakonie-ms.example", "iso-8859-15"),
     subject="AW: Einladung Fachtag Gesundheit und Migration =?iso-8859-15?q?M=FCnster?= 2027",
     msgid="DB8PR03MB5914C2E1A0F7B4D2E93A7C11A2@DB8PR03MB5914.eurprd03.prod.outlook.example",
     in_reply_to="einladung-2027-02-15.0001@muenster.example",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Einladung Fachtag Gesundheit und Migration",
            "Accept-Language: de-DE, en-US"],
     part=alternative(_t, outlook_html(_t, "iso-8859-15"), "iso-8859-15", "quoted-printable",
                      "_000_DB8PR03MB5914C2E1A0F7B4D2E93A7C11A2DB8PR03MB5914eurp_"),
     expect=reg("b.hoemann@diakonie-ms.example", "Birgit Hömann", "Diakonie Münster",
                ["W3"], 1, "de"))

# 017 Spanish registration of two persons (she and a named volunteer colleague); "el taller de
# salud mental ... (Workshop 2)". UTF-8, QP.
mail("mendez-espanol-dos-personas",
     date=when("2027-03-02 18:40:22"),
     frm=addr("Carolina Méndez", "carolina.mendez@latinos-muenster.example"),
     subject=subj("Inscripción para el Fachtag (2 personas)"),
     msgid="CAFm8x3Yq2ZR-latinos.7711@mail.latinos-muenster.example",
     part=text_part("""Hola, buenas tardes:

Les escribo desde la Asociación Latinoamericana de Münster. Queremos inscribirnos dos personas para el Fachtag del 21 de abril: yo, Carolina Méndez, y mi compañera Lucía Ferreira, que es psicóloga y colabora con nosotros como voluntaria.

Nos interesa el taller de salud mental después de la huida (Workshop 2). Muchas de las familias que acompañamos vienen de Venezuela y Colombia y llevan años sin ningún tipo de atención psicológica.

¡Muchas gracias y un saludo cordial!

Carolina Méndez
Asociación Latinoamericana de Münster e.V.
Tel. 0176 5550 4471
"""),
     expect=reg("carolina.mendez@latinos-muenster.example", "Carolina Méndez",
                "Asociación Latinoamericana de Münster e.V.", ["W2"], 2, "es"))

# 018 Croatian registration, "radionicu 4"; "12 godina", "5 godina", "21. travnja" are not
# persons or workshops. windows-1250, 8bit.
mail("maric-hrvatski-radionica-4",
     date=when("2027-03-03 21:15:48"),
     frm=addr("Ivana Marić", "ivana.maric@t-online.example", "windows-1250"),
     subject="Prijava za Fachtag Gesundheit und Migration",
     msgid="1a2b3c4d5e6f.ivana@t-online.example",
     part=text_part("""Poštovani,

željela bih sudjelovati na stručnom danu 21. travnja 2027. Radim 12 godina kao medicinska sestra, zadnjih 5 godina u staračkom domu Seniorenzentrum Coerde, gdje imamo puno stanovnika iz bivše Jugoslavije, Turske i Rusije.

Molim Vas da me prijavite na radionicu 4 („Gesundheit im Alter“). Njemački govorim dobro, samo mi je lakše pisati na svom jeziku.

Srdačan pozdrav,
Ivana Marić
Seniorenzentrum Coerde
""", charset="windows-1250", cte="8bit"),
     expect=reg("ivana.maric@t-online.example", "Ivana Marić", "Seniorenzentrum Coerde",
                ["W4"], 1, "hr"))

# 019 A secretary registers her chief physician and asks to send the confirmation to his own
# address: email and name are his, not the sender's. multipart/alternative UTF-8, QP.
_t = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Chefarzt Prof. Dr. med. Thomas Ebbert melde ich ihn für den Fachtag Gesundheit und Migration am 21.04.2027 an. Herr Prof. Ebbert möchte am Workshop 2 „Psychische Gesundheit nach Flucht“ teilnehmen.

Bitte senden Sie die Anmeldebestätigung direkt an Herrn Prof. Ebbert: t.ebbert@klinik-schlossgarten.example

Herzlichen Dank!

Mit freundlichen Grüßen
i. A. Monika Pieper
Chefarztsekretariat
Klinik für Psychosomatische Medizin und Psychotherapie
Klinik am Schlossgarten Münster
Tel. 0251 3300-410, Fax -419
"""
mail("pieper-sekretariat-meldet-chefarzt-an",
     date=when("2027-03-04 10:48:10"),
     frm=addr("Sekretariat Psychosomatik", "sekretariat.psychosomatik@klinik-schlossgarten.example"),
     subject=subj("Anmeldung Herr Prof. Dr. Ebbert – Fachtag 21.04.2027"),
     msgid="VI1PR09MB4412A7F3C2D10E9B5C8F1D04E6@VI1PR09MB4412.eurprd09.prod.outlook.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     part=alternative(_t, outlook_html(_t, "utf-8"), "utf-8", "quoted-printable",
                      "_000_VI1PR09MB4412A7F3C2D10E9B5C8F1D04E6VI1PR09MB4412eurp_"),
     expect=reg("t.ebbert@klinik-schlossgarten.example", "Thomas Ebbert",
                "Klinik am Schlossgarten Münster", ["W2"], 1, "de"))

# 020 Postfix bounce (multipart/report) for the confirmation sent to the address given in 019.
mail("bounce-ebbert-user-unknown",
     date=when("2027-03-04 11:03:27"),
     frm="Mail Delivery System <MAILER-DAEMON@mx1.muenster.example>",
     subject="Undelivered Mail Returned to Sender",
     msgid="20270304100327.8C1A52E0F44@mx1.muenster.example",
     extra=["Auto-Submitted: auto-replied"],
     part=multipart("report", [
         text_part("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.ebbert@klinik-schlossgarten.example>: host
    mail.klinik-schlossgarten.example[192.0.2.44] said: 550 5.1.1
    <t.ebbert@klinik-schlossgarten.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit"),
         raw_part("message/delivery-status", """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 8C1A52E0F44
X-Postfix-Sender: rfc822; fachtag-gesundheit@muenster.example
Arrival-Date: Thu,  4 Mar 2027 11:03:25 +0100 (CET)

Final-Recipient: rfc822; t.ebbert@klinik-schlossgarten.example
Original-Recipient: rfc822;t.ebbert@klinik-schlossgarten.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.klinik-schlossgarten.example
Diagnostic-Code: smtp; 550 5.1.1 <t.ebbert@klinik-schlossgarten.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
         raw_part("text/rfc822-headers", """Return-Path: <fachtag-gesundheit@muenster.example>
Date: Thu, 04 Mar 2027 11:03:25 +0100
From: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
To: t.ebbert@klinik-schlossgarten.example
Subject: =?utf-8?q?Best=C3=A4tigung_Ihrer_Anmeldung_=E2=80=93_Fachtag_Gesundheit_und_Migration?=
Message-ID: <bestaetigung-019.20270304110325@muenster.example>
Auto-Submitted: auto-replied
"""),
     ], "8C1A52E0F44.1804154607/mx1.muenster.example",
         params='; report-type=delivery-status'),
     expect=machine("bounce", "t.ebbert@klinik-schlossgarten.example"))

# 021 Change, Outlook top-post above our confirmation (which names Workshop 1): new first choice
# Workshop 4, "falls 4 schon voll ist, bleibe ich ... in 1". multipart/alternative,
# windows-1252, QP.
_t = """Hallo zusammen,

kurze Änderung meinerseits: Ich würde doch lieber in den Workshop 4 (Gesundheit im Alter) wechseln statt Workshop 1 – bei uns liegt der Schwerpunkt in diesem Jahr auf Pflegeleistungen für ältere Versicherte. Falls 4 schon voll ist, bleibe ich einfach in 1.

Danke und Gruß
Jörg Brinkmann
Gesundheitskasse Westfalen – Kundencenter Münster
Raum 3.14 · Tel. 0251 774-2304

Von: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
Gesendet: Mittwoch, 17. Februar 2027 09:12
An: Brinkmann, Jörg <joerg.brinkmann@gesundheitskasse-westfalen.example>
Betreff: Bestätigung Ihrer Anmeldung – Fachtag Gesundheit und Migration Münster 2027

""" + confirmation("Guten Tag Herr Brinkmann", "Jörg Brinkmann (1 Person)",
                   "Workshop 1 - Zugang zur Gesundheitsversorgung") + "\n"
mail("brinkmann-aenderung-workshop-4",
     date=when("2027-03-05 09:30:18"),
     frm=addr("Brinkmann, Jörg", "joerg.brinkmann@gesundheitskasse-westfalen.example", "windows-1252"),
     subject=subj("AW: Bestätigung Ihrer Anmeldung – Fachtag Gesundheit und Migration Münster 2027",
                  "windows-1252"),
     msgid="AM9PR07MB7123F0A1B2C3D4E5F60718293A4@AM9PR07MB7123.eurprd07.prod.outlook.example",
     in_reply_to="bestaetigung-005.20270217091200@muenster.example",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"],
     part=alternative(_t, outlook_html(_t, "windows-1252"), "windows-1252", "quoted-printable",
                      "_000_AM9PR07MB7123F0A1B2C3D4E5F60718293A4AM9PR07MB7123eurp_"),
     expect=change("joerg.brinkmann@gesundheitskasse-westfalen.example", "Jörg Brinkmann",
                   "Gesundheitskasse Westfalen", ["W4", "W1"], "de"))

# 022 Change of party size only (3 -> 2), bottom-posted below a ">"-quoted confirmation that
# names Workshop 1 and "3 Personen"; the workshop stays, so no new choice. UTF-8, QP.
mail("reinhardt-aenderung-nur-zu-zweit",
     date=when("2027-03-08 12:03:41"),
     frm=addr("Dr. med. Claudia Reinhardt", "reinhardt@praxis-am-aasee.example"),
     subject=subj("Re: Bestätigung Ihrer Anmeldung – Fachtag Gesundheit und Migration Münster 2027"),
     msgid="8d0e4f2a-1b3c-4d5e-a6f7-aenderung@praxis-am-aasee.example",
     in_reply_to="bestaetigung-001.20270215144002@muenster.example",
     extra=["User-Agent: Mozilla Thunderbird 115.8.0", "Content-Language: de-DE"],
     part=text_part("""Am 15.02.2027 um 14:40 schrieb Fachtag Gesundheit und Migration:
""" + quote(confirmation("Guten Tag Frau Dr. Reinhardt",
                         "Claudia Reinhardt, Jana Sommer, Derya Tekin (3 Personen)",
                         "Workshop 1 - Zugang zur Gesundheitsversorgung")) + """

Liebes Fachtag-Team,

leider eine Änderung: Frau Tekin ist ab April in Elternzeit, wir kommen also
nur zu zweit (Frau Sommer und ich). Am Workshop ändert sich nichts.

Beste Grüße
C. Reinhardt

-- 
Dr. med. Claudia Reinhardt
Gemeinschaftspraxis am Aasee
"""),
     expect=change("reinhardt@praxis-am-aasee.example", "Claudia Reinhardt",
                   "Gemeinschaftspraxis am Aasee", [], "de", party=2))

# 023 Turkish cancellation, top-posted above a Gmail-style quoted confirmation (Workshop 3);
# "sabah 9'da" is a time. ISO-8859-9, QP.
mail("kaya-iptal-tuerkisch",
     date=when("2027-03-15 14:50:05"),
     frm=addr("Mehmet Kaya", "m.kaya.tercume@posteo.example"),
     subject=subj("Re: Bestätigung Ihrer Anmeldung - Fachtag Gesundheit und Migration", "iso-8859-9"),
     msgid="c03f9e71-5d2b-4b8a-9e64-iptal@posteo.example",
     in_reply_to="bestaetigung-004.20270216122011@muenster.example",
     part=text_part("""Merhaba,

maalesef 21 Nisan'da katılamayacağım. Aynı gün sabah 9'da Landgericht'te bir duruşmada tercümanlık yapmam gerekiyor, bu görevi reddedemiyorum. Kaydımı iptal edebilir misiniz? Yerimi başka biri alsın.

Kolay gelsin,
Mehmet Kaya

16 Şub 2027 Sal, 12:20 tarihinde Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example> şunu yazdı:
""" + quote(confirmation("Guten Tag Herr Kaya", "Mehmet Kaya (1 Person)",
                         "Workshop 3 - Sprachmittlung im Gesundheitswesen")) + "\n",
                    charset="iso-8859-9", cte="quoted-printable"),
     expect=person("cancellation", "m.kaya.tercume@posteo.example", "Mehmet Kaya", None, "tr"))

# 024 Auto-reply of a GP practice (holiday closure) with Auto-Submitted; full of dates, phone
# numbers, 116 117 and 112. ISO-8859-1, 8bit.
mail("vogt-praxis-urlaub-autoreply",
     date=when("2027-03-29 09:01:12", "+0200"),
     frm=addr("Praxis Dr. Vogt", "praxis@dr-vogt-hiltrup.example"),
     subject="Automatische Antwort: AW: Fortbildungspunkte?",
     msgid="autoreply.1743231672.4471@dr-vogt-hiltrup.example",
     in_reply_to="antwort-012.20270329090000@muenster.example",
     extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     part=text_part("""Sehr geehrte Patientinnen und Patienten,
sehr geehrte Kolleginnen und Kollegen,

unsere Praxis ist vom 29.03. bis einschließlich 09.04.2027 wegen Urlaub
geschlossen. Ab Montag, 12.04.2027, sind wir wieder zu den gewohnten Zeiten
für Sie da.

Vertretung übernehmen:
- Praxis Dr. Lindemann, Westfalenstr. 150, Tel. 0251 555 210
- Gemeinschaftspraxis Hiltrup-Ost, Tel. 0251 555 388

Rezepte und Überweisungen können in dieser Zeit nicht bearbeitet werden.
In dringenden Fällen außerhalb der Sprechzeiten wenden Sie sich bitte an den
ärztlichen Bereitschaftsdienst unter 116 117, im Notfall an die 112.

Ihre E-Mail wird nicht weitergeleitet.

Ihr Praxisteam Dr. med. H.-P. Vogt
""", charset="iso-8859-1", cte="8bit"),
     expect=machine("auto_reply"))

# 025 Bilingual on-call auto-reply from Gmail, no Auto-Submitted header (only X-Autoreply);
# mentions an extension and a colleague's address, which must not be taken as a registration.
mail("haddad-on-call-autoreply",
     date=when("2027-03-29 07:02:40", "+0000"),
     frm=addr("Amira Haddad", "amira.haddad.md@gmail.example"),
     subject="Out of office / Abwesend: on call until 4 April",
     msgid="CAJ7pQx+vacation.9f3e1@mail.gmail.example",
     in_reply_to="info-programm-cme.20270329090000@muenster.example",
     extra=["X-Autoreply: yes", "Precedence: bulk"],
     part=text_part("""Thank you for your message. I am on call in the psychiatric emergency unit
until 4 April and have very limited access to my e-mail. For clinical matters
please contact the ward directly (ext. 4417) or my colleague Dr. Jonas Wilmers
(j.wilmers@klinikum-ms-mitte.example).

Vielen Dank für Ihre Nachricht. Ich bin bis zum 04.04. im Bereitschaftsdienst
und lese E-Mails nur eingeschränkt. In klinischen Angelegenheiten wenden Sie
sich bitte an die Station (Durchwahl 4417) oder an Dr. Jonas Wilmers.

Amira Haddad
"""),
     expect=machine("auto_reply"))

# 026 Learner German from a nurse in recognition; workshop by topic ("Psychische Gesundheit
# nach der Flucht"); age 34, year 2015, 8 years, 21.04. are not persons. UTF-8, 8bit.
mail("alali-lernerdeutsch-pflege",
     date=when("2027-03-30 16:20:57", "+0200"),
     frm=addr("Mohammad Alali", "mohammad.alali92@gmx.example"),
     subject="Anmeldung Workshop",
     msgid="trinity-4f2a1c0e-77d1-4d59-a8b3-1c2d3e4f5a6b-1743344457@gmx.example",
     part=text_part("""Sehr geehrte Damen und Herren

mein Name ist Mohammad Alali, ich bin 34 Jahre alt und komme aus Syrien, seit 2015 ich wohne in Münster. In Syrien ich habe als Krankenpfleger gearbeitet 8 Jahre, jetzt ich mache die Anerkennung und arbeite in Pflegeheim Haus Maria in Gievenbeck.

Ich möchte gerne teilnehmen an dem Fachtag am 21.04. Ich interessiere mich für Thema Psychische Gesundheit nach der Flucht, weil ich sehe viele Bewohner und auch Kollegen haben Probleme aber niemand spricht darüber.

Ich hoffe das ist möglich.
Mit freundlichen Grüße
Mohammad Alali
""", cte="8bit"),
     expect=reg("mohammad.alali92@gmx.example", "Mohammad Alali", "Pflegeheim Haus Maria",
                ["W2"], 1, "de"))

# 027 Question from an interpreter pool's shared mailbox (Reply-To: coordinator): offers
# interpreters, asks whether volunteers may come; names "Sprachmittlung" and "6 bis 8
# Personen" but registers no one. ISO-8859-15 (euro sign), QP.
mail("sprachmittlerpool-frage-ehrenamtliche",
     date=when("2027-03-31 10:10:31", "+0200"),
     frm=addr("Sprachmittlerpool Münster", "kontakt@sprachmittlerpool-ms.example"),
     reply_to=addr("Yonas Tesfaye", "y.tesfaye@sprachmittlerpool-ms.example"),
     subject="Sprachmittlung beim Fachtag?",
     msgid="f81d4fae-7dec-11d0-a765-00a0c91e6bf6@sprachmittlerpool-ms.example",
     part=text_part("""Liebes Team des Gesundheitsamts,

wir haben Ihre Einladung im Netzwerk gesehen - toll, dass es einen eigenen
Workshop zur Sprachmittlung gibt!

Zwei Fragen dazu:

1. Brauchen Sie für den Tag selbst Sprachmittler*innen, z.B. für Teilnehmende
   aus Migrantenselbstorganisationen? Wir könnten Arabisch, Dari/Farsi,
   Tigrinya und Kurmancî abdecken, Vorlauf ca. 2 Wochen. Unsere Leute erhalten
   pro Einsatz 25 € Aufwandsentschädigung.

2. Dürfen auch unsere ehrenamtlichen Sprachmittler*innen teilnehmen, oder
   richtet sich der Fachtag nur an hauptamtliche Fachkräfte? Es wären
   ungefähr 6 bis 8 Personen.

Bevor wir die Leute ansprechen, wollten wir das erst mit Ihnen klären.

Viele Grüße
Yonas Tesfaye
Koordination Sprachmittlerpool Münster
""", charset="iso-8859-15", cte="quoted-printable"),
     expect=person("question", "y.tesfaye@sprachmittlerpool-ms.example", "Yonas Tesfaye",
                   "Sprachmittlerpool Münster", "de"))

# 028 Russian cancellation (exam on the same day), quoting our confirmation in Gmail style;
# asks for the documentation afterwards. UTF-8, base64.
mail("becker-otmena-russisch",
     date=when("2027-04-01 08:45:19", "+0200"),
     frm=addr("Ольга Беккер", "olga.becker@mail.example"),
     subject="Re: =?utf-8?b?QmVzdMOkdGlndW5n?= Ihrer Anmeldung - Fachtag Gesundheit und Migration",
     msgid="1617259519.402117@mail.example",
     in_reply_to="bestaetigung-008.20270219101500@muenster.example",
     part=text_part("""Добрый день,

к сожалению, мне придётся отменить регистрацию: мне назначили Kenntnisprüfung как раз на 21 апреля. Очень жаль, тема для меня важная. Если после Fachtag будут доступны презентации или документация, буду рада их получить.

С уважением,
Ольга Беккер

Пт, 19 февр. 2027 г. в 11:15, Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>:
""" + quote(confirmation("Guten Tag Frau Becker", "Olga Becker (1 Person)",
                         "Workshop 1 - Zugang zur Gesundheitsversorgung")) + "\n", cte="base64"),
     expect=person("cancellation", "olga.becker@mail.example", "Ольга Беккер", None, "ru"))

# 029 HTML-only Outlook mail from a paediatric practice mailbox: the doctor "sowie zwei
# Kolleginnen aus unserer Praxis" (party 3), Workshop 1 else 3; 40 %, 1-2 Jahre, opening
# hours are not persons. UTF-8, base64.
_t = """Sehr geehrte Damen und Herren,

hiermit melde ich mich (Dr. med. Thi Lan Nguyen) sowie zwei Kolleginnen aus unserer Praxis zum Fachtag Gesundheit und Migration an.

Wir interessieren uns in erster Linie für Workshop 1, alternativ für Workshop 3. In unserer Praxis haben rund 40 % der Kinder eine andere Familiensprache als Deutsch, viele Eltern sind erst seit 1–2 Jahren in Deutschland.

Die Namen meiner Kolleginnen reiche ich nach, falls Sie diese für die Namensschilder benötigen.

Mit freundlichen Grüßen

Dr. med. Thi Lan Nguyen
Fachärztin für Kinder- und Jugendmedizin
Kinder- und Jugendarztpraxis Dr. Nguyen
Sprechzeiten: Mo–Fr 8–12 Uhr, Mo/Di/Do 15–18 Uhr
Tel. 0251 606060"""
mail("nguyen-kinderarztpraxis-zwei-kolleginnen",
     date=when("2027-04-02 12:55:03", "+0200"),
     frm=addr("Praxis Dr. Nguyen", "info@kinderarzt-nguyen.example"),
     subject=subj("Anmeldung zum Fachtag – Kinderarztpraxis Dr. Nguyen"),
     msgid="PR3P195MB0871B4C2D1E0F9A8B7C6D5E4F3@PR3P195MB0871.EURP195.PROD.OUTLOOK.example",
     extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"],
     part=text_part(outlook_html(_t, "utf-8", "Arial"), "html", "utf-8", "base64"),
     expect=reg("info@kinderarzt-nguyen.example", "Thi Lan Nguyen",
                "Kinder- und Jugendarztpraxis Dr. Nguyen", ["W1", "W3"], 3, "de"))

# 030 English question from an exchange student (language of the workshops, fee); "If it works
# I'd love to come, especially to the mental health one" is conditional -> question. UTF-8, QP.
mail("lindqvist-question-english-workshops",
     date=when("2027-04-02 22:30:44", "+0200"),
     frm=addr("Sofia Lindqvist", "sofia.lindqvist@student.uni-muenster.example"),
     subject="question about the Fachtag (language?)",
     msgid="CAO0v2Lq9XkR7m1dQzT5n@mail.gmail.example",
     part=text_part("""Hi,

I'm an exchange student from Uppsala doing a Master's in Public Health, here in Münster for 2 semesters. I saw the poster for the Fachtag Gesundheit und Migration at the Institut für Epidemiologie.

Is it open to students, and are any of the workshops held in English (or is there at least English interpretation)? My German is around A2, so a whole day in German would be hard.

Also, is there a fee?

If it works I'd love to come, especially to the mental health one.

Thanks a lot!
Sofia
"""),
     expect=person("question", "sofia.lindqvist@student.uni-muenster.example", "Sofia Lindqvist",
                   None, "en"))

# 031 Registration on top of a double forward: her boss's forwarded note suggests Workshop 2,
# the forwarded invitation lists all four; her own choice is "Gesundheit im Alter", else
# "Zugang zur Gesundheitsversorgung". UTF-8, QP.
mail("wessels-weitergeleitet-von-chefin",
     date=when("2027-04-05 09:05:26", "+0200"),
     frm=addr("Katrin Wessels", "k.wessels@stadtteilbuero-coerde.example"),
     subject="WG: WG: Einladung Fachtag Gesundheit und Migration =?utf-8?q?M=C3=BCnster?= 2027",
     msgid="9b2c3d4e-5f60-4a71-8b92-wessels@stadtteilbuero-coerde.example",
     part=text_part("""Hallo liebes Fachtag-Team,

meine Chefin hat mir Ihre Einladung weitergeleitet (s. unten) – ich würde sehr gern teilnehmen. Im Stadtteilbüro haben wir viele ältere Nachbarinnen und Nachbarn, die nicht wissen, wie sie einen Pflegegrad beantragen. Deshalb am liebsten der Workshop „Gesundheit im Alter“, und falls der schon voll ist, gern „Zugang zur Gesundheitsversorgung“.

Viele Grüße aus Coerde
Katrin Wessels
Sozialarbeiterin (B.A.)
Stadtteilbüro Coerde

---------- Weitergeleitete Nachricht ----------
Von: Marion Brüggemann <m.brueggemann@stadtteilbuero-coerde.example>
Datum: Mo., 15. Feb. 2027 um 16:48
Betreff: WG: Einladung Fachtag Gesundheit und Migration Münster 2027
An: Katrin Wessels <k.wessels@stadtteilbuero-coerde.example>

Hallo Katrin,
wäre das was für dich? Ich kann am 21.4. nicht, da ist der Trägertermin. Workshop 2 fänd ich für euch auch spannend.
LG Marion

---------- Weitergeleitete Nachricht ----------
Von: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
Datum: Mo., 15. Feb. 2027 um 10:02
Betreff: Einladung Fachtag Gesundheit und Migration Münster 2027
An: Verteiler Netzwerk Migration und Gesundheit <netzwerk-mg@lists.muenster.example>

""" + INVITATION + "\n"),
     expect=reg("k.wessels@stadtteilbuero-coerde.example", "Katrin Wessels", "Stadtteilbüro Coerde",
                ["W4", "W1"], 1, "de"))

# 032 Cancellation, Outlook-style plain top-post above our confirmation (Workshop 3); "zwei
# Krankheitsfälle" is not a party size. ISO-8859-1, QP.
mail("hoemann-absage",
     date=when("2027-04-06 07:58:02", "+0200"),
     frm=addr("Hömann, Birgit", "b.hoemann@diakonie-ms.example", "iso-8859-1"),
     subject="AW: =?iso-8859-1?q?Best=E4tigung?= Ihrer Anmeldung - Fachtag Gesundheit und Migration",
     msgid="DB8PR03MB59148A0B1C2D3E4F5061728394@DB8PR03MB5914.eurprd03.prod.outlook.example",
     in_reply_to="bestaetigung-016.20270301083000@muenster.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     part=text_part("""Guten Tag,

leider muss ich meine Teilnahme am Fachtag absagen. Wir haben im April zwei Krankheitsfälle im Team, und ich muss die offene Sprechstunde übernehmen. Geben Sie meinen Platz im Workshop gern weiter.

Freundliche Grüße
Birgit Hömann
Diakonie Münster - Migrationsberatung

-----Ursprüngliche Nachricht-----
Von: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
Gesendet: Montag, 1. März 2027 08:30
An: Hömann, Birgit <b.hoemann@diakonie-ms.example>
Betreff: Bestätigung Ihrer Anmeldung - Fachtag Gesundheit und Migration Münster 2027

""" + confirmation("Guten Tag Frau Hömann", "Birgit Hömann (1 Person)",
                   "Workshop 3 - Sprachmittlung im Gesundheitswesen") + "\n",
                    charset="iso-8859-1", cte="quoted-printable"),
     expect=person("cancellation", "b.hoemann@diakonie-ms.example", "Birgit Hömann",
                   "Diakonie Münster", "de"))

# 033 Pharma advertisement (bulk, List-Unsubscribe) inviting to its own online "Workshop" on
# depression and trauma with "Jetzt anmelden" and CME points on 21.04. -> other.
# multipart/alternative, windows-1252, QP.
_t = """Sehr geehrte Frau Doktor, sehr geehrter Herr Doktor,

Patientinnen und Patienten mit Fluchterfahrung leiden überdurchschnittlich häufig an Depressionen und Traumafolgestörungen. Mit Sertravex® 50 mg steht Ihnen eine bewährte Therapieoption zur Verfügung – jetzt auch als Schmelztablette.

Einladung zu unserem kostenlosen Online-Workshop
"Depression und Trauma bei Patientinnen und Patienten mit Migrationshintergrund"
Mittwoch, 21.04.2027, 19:00–20:30 Uhr – 2 CME-Punkte (beantragt)

Jetzt anmelden: https://www.pharmanova.example/webinar/trauma-migration
Ärztemuster anfordern: https://www.pharmanova.example/muster

Pflichtangaben: Sertravex® 50 mg Filmtabletten. Wirkstoff: Sertralin. Verschreibungspflichtig. PharmaNova Deutschland GmbH, Industriestraße 12, 40210 Düsseldorf.

Sie erhalten diese E-Mail, weil Sie sich im PharmaNova Fachkreise-Portal registriert haben. Abmelden: https://www.pharmanova.example/abmelden"""
_h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
      '<body style="font-family:Arial,sans-serif;background:#f4f6f8">\n<table width="600" align="center" '
      'cellpadding="0" cellspacing="0" style="background:#ffffff">\n<tr><td style="padding:24px">'
      '<img src="https://cdn.pharmanova.example/nl/2027-04/header.png" width="552" alt="PharmaNova Fachinformation"></td></tr>\n'
      + "".join(f'<tr><td style="padding:4px 24px;font-size:14px">{esc(p).replace(chr(10), "<br>")}</td></tr>\n'
                for p in _t.split("\n\n"))
      + '<tr><td style="padding:24px"><a href="https://www.pharmanova.example/webinar/trauma-migration" '
        'style="background:#0a5e8c;color:#fff;padding:10px 18px;text-decoration:none">Jetzt kostenlos anmelden</a>'
        '</td></tr>\n</table>\n</body></html>\n')
mail("pharma-werbung-online-workshop",
     date=when("2027-04-06 10:00:00", "+0200"),
     frm=addr("PharmaNova Fachinformation", "newsletter@pharmanova.example"),
     to=REG,
     subject=subj("Einladung: Online-Workshop Depression & Trauma – 2 CME-Punkte", "windows-1252"),
     msgid="nl-2027-04-06.118234.fachtag-gesundheit=muenster.example@mailing.pharmanova.example",
     extra=["Precedence: bulk", "List-Unsubscribe: <https://www.pharmanova.example/abmelden?u=118234>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: NovaMailer 4.2"],
     part=alternative(_t, _h, "windows-1252", "quoted-printable", "=_NovaMailer_118234_20270406"),
     expect=machine("other"))

# 034 Congress flyer from a mailing list (Call for Abstracts) naming all four topics and an
# "Anmeldung" link, with a PDF attached; not addressed to us personally -> other. UTF-8, QP.
mail("kongress-flyer-call-for-abstracts",
     date=when("2027-04-07 08:00:11", "+0200"),
     frm=addr("DGMG Geschäftsstelle", "info@dg-migration-gesundheit.example"),
     to="netzwerk-mg@lists.muenster.example",
     subject=subj("[netzwerk-mg] Call for Abstracts: 6. Bundeskongress Migration und Gesundheit, "
                  "Berlin, 23.–25. September 2027"),
     msgid="CfA-2027-bundeskongress.5521@dg-migration-gesundheit.example",
     extra=["List-Id: Netzwerk Migration und Gesundheit <netzwerk-mg.lists.muenster.example>",
            "List-Post: <mailto:netzwerk-mg@lists.muenster.example>",
            "Sender: netzwerk-mg-bounces@lists.muenster.example", "Precedence: list"],
     part=multipart("mixed", [text_part("""Liebe Kolleginnen und Kollegen,

wir laden herzlich ein zum 6. Bundeskongress Migration und Gesundheit vom 23. bis
25. September 2027 in Berlin. Die Schwerpunkte in diesem Jahr:

  * Zugang zur Gesundheitsversorgung für Menschen ohne Krankenversicherung
  * Psychische Gesundheit nach Flucht und Vertreibung
  * Sprachmittlung und Dolmetschen im Gesundheitswesen
  * Altern in der Migration: Pflege und kultursensible Versorgung

Abstracts (max. 2.500 Zeichen) können bis zum 31. Mai 2027 eingereicht werden.
Die Anmeldung zum Kongress ist ab sofort möglich; Frühbucherpreis bis 30. Juni:
190 € (Mitglieder 150 €, Studierende 60 €).

Weitere Informationen und Anmeldung: https://kongress.dg-migration-gesundheit.example

Den Flyer finden Sie im Anhang – bitte leiten Sie ihn gern in Ihren Netzwerken weiter.

Mit kollegialen Grüßen
Ihre Geschäftsstelle der DGMG

_______________________________________________
netzwerk-mg mailing list
netzwerk-mg@lists.muenster.example
https://lists.muenster.example/mailman/listinfo/netzwerk-mg
"""), attachment(_pdf, "application/pdf", "DGMG_Kongress2027_CfA.pdf")], "===============7734109927351196243=="),
     expect=machine("other"))

# 035 Change from the shared association mailbox (Reply-To again): Workshop 3 instead of 2 and
# one more person (3); ">"-quoted confirmation names Workshop 2 and 2 persons. UTF-8, QP.
mail("rahimi-aenderung-workshop-3-zu-dritt",
     date=when("2027-04-07 19:40:37", "+0200"),
     frm=addr("Afghanischer Kulturverein Münster", "info@afghan-kulturverein-ms.example"),
     reply_to=addr("Ahmad Rahimi", "a.rahimi@posteo.example"),
     subject=subj("Re: Bestätigung Ihrer Anmeldung – Fachtag Gesundheit und Migration Münster 2027"),
     msgid="71c0e2d4-13ab-11f0-8c3e-vereinspost@afghan-kulturverein-ms.example",
     in_reply_to="bestaetigung-009.20270220113500@muenster.example",
     part=text_part("""Sehr geehrte Damen und Herren,

wir möchten unsere Anmeldung ändern: Nach Rücksprache im Vorstand möchten wir lieber in Workshop 3 (Sprachmittlung) statt Workshop 2, weil wir seit Januar selbst einen kleinen Dolmetscherdienst für unsere Mitglieder aufbauen. Außerdem kommt noch unser Kassenwart Herr Farid Sultani mit, wir sind dann 3 Personen.

Vielen Dank und freundliche Grüße
Ahmad Rahimi
Afghanischer Kulturverein Münster e.V.

""" + quote(confirmation("Guten Tag Herr Rahimi", "Ahmad Rahimi, Mariam Noori (2 Personen)",
                         "Workshop 2 - Psychische Gesundheit nach Flucht")) + "\n"),
     expect=change("a.rahimi@posteo.example", "Ahmad Rahimi", "Afghanischer Kulturverein Münster e.V.",
                   ["W3"], "de", party=3))

# 036 Arabic change: all three now want the fourth workshop instead of the second; "ثلاثة"
# and Arabic-Indic "٣" restate the unchanged number. Quoted confirmation below. UTF-8, 8bit.
mail("alkhatib-aenderung-arabisch",
     date=when("2027-04-08 11:11:05", "+0200"),
     frm=addr("Rania Al-Khatib", "rania.alkhatib@syrischer-verein-ms.example"),
     subject=subj("رد: Bestätigung Ihrer Anmeldung - Fachtag Gesundheit und Migration"),
     msgid="1744103465.8812.rania@syrischer-verein-ms.example",
     in_reply_to="bestaetigung-006.20270217193000@muenster.example",
     part=text_part("""مرحباً،

شكراً جزيلاً على التأكيد. بعد التشاور مع زميلاتي قررنا أن نشارك جميعاً في ورشة العمل الرابعة (الصحة في سن الشيخوخة) بدلاً من الثانية، لأننا بدأنا مشروعاً جديداً مع كبار السن في الجمعية.

عددنا يبقى كما هو: ثلاثة أشخاص (٣).

مع التحية
رانيا الخطيب

""" + quote(confirmation("Guten Tag Frau Al-Khatib", "Rania Al-Khatib und 2 weitere Personen (3 Personen)",
                         "Workshop 2 - Psychische Gesundheit nach Flucht")) + "\n", cte="8bit"),
     expect=change("rania.alkhatib@syrischer-verein-ms.example", "رانيا الخطيب", None, ["W4"], "ar"))

# 037 Ukrainian registration after our answer to her question (015); the quoted answer mentions
# Workshop 2 and 4 (interpretation), her choice is "воркшоп 3". UTF-8, QP.
mail("melnyk-registraciya-vorkshop-3",
     date=when("2027-04-08 20:02:50", "+0200"),
     frm=addr("Оксана Мельник", "oksana.melnyk@ukr.example"),
     subject="Re: =?utf-8?b?0J/QuNGC0LDQvdC90Y8g0YnQvtC00L4=?= Fachtag 21.04",
     msgid="88412-1744135370-ukr@ukr.example",
     in_reply_to="antwort-015.20270407151000@muenster.example",
     part=text_part("""Доброго дня!

Дуже дякую за відповідь і за інформацію, що матеріали будуть також англійською. Тоді прошу зареєструвати мене на Fachtag 21 квітня, на воркшоп 3 "Sprachmittlung im Gesundheitswesen" - мені це дуже близько, бо я часто перекладаю для колег і мешканців з України.

З повагою
Оксана Мельник
Pflegehelferin, Seniorenresidenz Am Kanal

07.04.2027 15:10, Fachtag Gesundheit und Migration пише:
""" + quote("""Guten Tag Frau Melnyk,

vielen Dank für Ihre Nachricht. Die Teilnahme ist kostenfrei, und Deutsch auf
dem Niveau B1 reicht völlig aus. In Workshop 2 und Workshop 4 wird es eine
Flüsterdolmetschung ins Ukrainische und Russische geben; die Präsentationen
stellen wir auch auf Englisch bereit.

Wenn Sie teilnehmen möchten, antworten Sie bitte mit Ihrem Wunsch-Workshop.

Mit freundlichen Grüßen
Gesundheitsamt der Stadt Münster""") + "\n"),
     expect=reg("oksana.melnyk@ukr.example", "Оксана Мельник", "Seniorenresidenz Am Kanal",
                ["W3"], 1, "uk"))

# 038 Very short phone mail on the deadline day; "Meine Kollegin kommt evtl. mit" is not yet a
# second person (party 1). UTF-8, QP, iPhone.
mail("demir-iphone-kurz",
     date=when("2027-04-09 22:47:31", "+0200"),
     frm=addr("Sevgi Demir", "sevgi.demir@icloud.example"),
     subject="Anmeldung",
     msgid="A7C2E1F0-4B3D-4E8A-9F12-6D5C4B3A2E1F@icloud.example",
     extra=["X-Mailer: iPhone Mail (21E236)"],
     part=text_part("""Hallo, Anmeldung für den Fachtag: Sevgi Demir, Pflegedienst Anatolia Münster, WS 4. Meine Kollegin kommt evtl. mit, sag ich noch Bescheid.
LG Sevgi Demir

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable"),
     expect=reg("sevgi.demir@icloud.example", "Sevgi Demir", "Pflegedienst Anatolia Münster",
                ["W4"], 1, "de"))

# 039 Ticket-system receipt of the insurance office (the reminder to 005 was redirected to the
# team mailbox): Auto-Submitted: auto-generated, case number, "5 Werktage".
# multipart/alternative UTF-8, base64.
_t = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Herr Brinkmann ist derzeit nicht im Haus; Ihre E-Mail wurde an das Teampostfach Versorgungsmanagement weitergeleitet und unter der Vorgangsnummer GKW-2027-0448172 erfasst.

Bitte geben Sie diese Nummer bei Rückfragen immer an. Die Bearbeitung dauert derzeit bis zu 5 Werktage.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Gesundheitskasse Westfalen
Kundenservice – Versorgungsmanagement"""
mail("gesundheitskasse-ticket-eingangsbestaetigung",
     date=when("2027-04-14 07:01:09", "+0200"),
     frm=addr("Gesundheitskasse Westfalen – Kundenservice", "noreply@gesundheitskasse-westfalen.example"),
     subject="Ihre Anfrage [#GKW-2027-0448172] ist bei uns eingegangen",
     msgid="ticket.GKW-2027-0448172@servicedesk.gesundheitskasse-westfalen.example",
     in_reply_to="erinnerung-7d-005.20270414070000@muenster.example",
     extra=["Auto-Submitted: auto-generated", "X-Ticket-ID: GKW-2027-0448172"],
     part=alternative(_t, "<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in _t.split("\n\n"))
                      + "</body></html>\n", "utf-8", "base64", "b1_3c9f0a7e2d4b5c6a"),
     expect=machine("auto_reply"))

# 040 English cancellation replying to the 7-day reminder (quoted, names Workshop 4); "ward 3"
# and "two colleagues" are not a workshop or a party. UTF-8, QP.
mail("okafor-cancel-after-reminder",
     date=when("2027-04-14 13:30:58", "+0200"),
     frm=addr("Grace Okafor", "g.okafor@klinikum-ms-sued.example"),
     subject=subj("RE: Erinnerung: Fachtag Gesundheit und Migration Münster 2027 in 7 Tagen"),
     msgid="20270414113058.GB20417@klinikum-ms-sued.example",
     in_reply_to="erinnerung-7d-010.20270414070000@muenster.example",
     part=text_part("""Hi,

unfortunately I have to cancel. Two colleagues on ward 3 are off sick and I
can't swap my shift on the 21st. Please give my place to someone on the
waiting list.

Sorry, and thanks for all your work,
Grace

-----Original Message-----
From: Fachtag Gesundheit und Migration <fachtag-gesundheit@muenster.example>
Sent: Wednesday, April 14, 2027 7:00 AM
To: g.okafor@klinikum-ms-sued.example
Subject: Erinnerung: Fachtag Gesundheit und Migration Münster 2027 in 7 Tagen

""" + quote("""Guten Tag Frau Okafor,

wir freuen uns, Sie in einer Woche beim Fachtag Gesundheit und Migration
Münster 2027 zu begrüßen: Mittwoch, 21. April 2027, 9:00 Uhr, Stadthaus 1.

Ihr Workshop: Workshop 4 - Gesundheit im Alter

Gesundheitsamt der Stadt Münster""") + "\n"),
     expect=person("cancellation", "g.okafor@klinikum-ms-sued.example", "Grace Okafor", None, "en"))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    if host.endswith(".example") or host == "example":
        return True
    return any(host == d or host.endswith("." + d) for d in ("example.org", "example.com", "example.net"))


def all_text(msg):
    """Decoded header values and decoded text of every part."""
    out = []
    for part in msg.walk():
        for k, v in part.items():
            out.append(f"{k}: {v}")
        if part.get_content_maintype() == "text":
            out.append(part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii"))
    return "\n".join(out)


def validate(files, expected, workgroup_ids):
    errors = []
    last = None
    for name, raw in files:
        def err(m):
            errors.append(f"{name}: {m}")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("line ends are not all CRLF")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                err(f"line {i} is longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(f"defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(f"header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                data = part.get_payload(decode=True)
                if part.defects:
                    err(f"defects after decoding {part.defects}")
                cs = part.get_content_charset() or "us-ascii"
                try:
                    data.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"text part does not decode as {cs}: {e}")
                part.get_content()
            elif not part.is_multipart() and part.get_content_maintype() != "message":
                part.get_payload(decode=True)
                if part.defects:
                    err(f"defects after decoding {part.defects}")
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                err(f"no {h} header")
        for h in ("From", "To", "Reply-To", "Cc"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    if not example_host(a.domain):
                        err(f"{h} address {a.addr_spec} is not an example domain")
        date = parsedate_to_datetime(str(msg["Date"]))
        if last is not None and date <= last:
            err("Date does not rise")
        last = date
        text = all_text(msg)
        for m in EMAIL_RE.finditer(text):
            if not example_host(m.group(1)):
                err(f"address {m.group(0)} is not an example domain")
        for m in URL_RE.finditer(text):
            if not example_host(m.group(1)):
                err(f"URL host {m.group(1)} is not an example domain")
        if REG not in str(msg["To"]) and msg.get("List-Id") is None:
            err("not addressed to the registration address")
        rec = expected.get(name)
        if rec is None:
            err("no expected record")
            continue
        if tuple(rec) != KEYS:
            err(f"keys {list(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            err(f"kind {k!r}")
        if not isinstance(rec["workgroups"], list) or any(w not in workgroup_ids for w in rec["workgroups"]):
            err(f"workgroups {rec['workgroups']!r}")
        if len(set(rec["workgroups"])) != len(rec["workgroups"]):
            err("duplicate workgroup")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) \
                    or rec["workgroups"]:
                err("machine/other record must have null person fields")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not EMAIL_RE.fullmatch(rec["email"]):
                err(f"email {rec['email']!r}")
            elif not example_host(rec["email"].split("@")[1]):
                err("expected email not an example domain")
            if not rec["name"]:
                err("no name")
            if not (isinstance(rec["language"], str) and re.fullmatch(r"[a-z]{2}", rec["language"])):
                err(f"language {rec['language']!r}")
        if k == "registration":
            if not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
                err("registration needs party_size >= 1")
        elif k == "change":
            if rec["party_size"] is not None and not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
                err("bad change party_size")
        elif rec["party_size"] is not None:
            err("party_size must be null")
        if k in ("cancellation", "question") and rec["workgroups"]:
            err("workgroups must be [] for cancellation/question")
        if k == "bounce":
            b = rec["bounced_recipient"]
            if not b or b != b.lower() or b not in text.lower():
                err(f"bounced_recipient {b!r}")
        elif rec["bounced_recipient"] is not None:
            err("bounced_recipient must be null")
        if rec["email"] and rec["email"] not in text.lower():
            err(f"expected email {rec['email']} does not occur in the mail")
    if set(expected) != {n for n, _ in files}:
        errors.append("expected.json and mails disagree")
    return errors


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def build():
    files = [(n, raw) for n, raw, _ in MAILS]
    expected = {n: {k: e[k] for k in KEYS} for n, _, e in MAILS}
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    return files, expected, exp_text


def stats(files, expected):
    from collections import Counter
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    charsets, ctes, shapes = Counter(), Counter(), Counter()
    for name, raw in files:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        shapes[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[(part.get_content_charset() or "us-ascii").lower()] += 1
            if not part.is_multipart():
                ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    for title, c in (("kinds", kinds), ("languages (person mails)", langs), ("top-level types", shapes),
                     ("charsets (text parts)", charsets), ("transfer encodings (leaf parts)", ctes)):
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    config = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    wg_ids = [w["id"] for w in config["workgroups"]]
    assert config["event"]["registration_address"] == REG
    files, expected, exp_text = build()
    errors = validate(files, expected, wg_ids)
    if errors:
        for e in errors:
            print("INVALID:", e, file=sys.stderr)
        return 1
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        diff = []
        on_disk = sorted(p.name for p in MAILS_DIR.glob("*.eml")) if MAILS_DIR.exists() else []
        if on_disk != [n for n, _ in files]:
            diff.append("the set of mail files differs")
        for n, raw in files:
            p = MAILS_DIR / n
            if not p.exists() or p.read_bytes() != raw:
                diff.append(f"{n} differs")
        if not EXPECTED.exists() or EXPECTED.read_text(encoding="utf-8") != exp_text:
            diff.append("expected.json differs")
        for d in diff:
            print("CHECK:", d, file=sys.stderr)
        if diff:
            return 1
        print(f"ok: {len(files)} mails and expected.json are up to date")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in {n for n, _ in files}:
            p.unlink()
    for n, raw in files:
        (MAILS_DIR / n).write_bytes(raw)
    EXPECTED.write_text(exp_text, encoding="utf-8")
    # re-read what was written and validate it again
    reread = [(p.name, p.read_bytes()) for p in sorted(MAILS_DIR.glob("*.eml"))]
    errors = validate(reread, json.loads(EXPECTED.read_text(encoding="utf-8")), wg_ids)
    if errors:
        for e in errors:
            print("INVALID after writing:", e, file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
