#!/usr/bin/env python3
"""Write the evaluation set "final8b" (Elternforum Münster 2027, WS-A ... WS-E).

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Every mail text is in this file.  Python 3.11, standard library only, deterministic.
The comment line above each mail says what it tests.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "elternforum@muenster.example"
OURS_HDR = "Elternforum =?utf-8?q?M=C3=BCnster?= 2027 <elternforum@muenster.example>"
IDS = ("WS-A", "WS-B", "WS-C", "WS-D", "WS-E")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "tr", "ar", "ru", "uk", "en", "fa", "sq", "ro", "bg", "ku", "it"}

# ---------------------------------------------------------------------------
# building blocks (everything is built with b"\n" and turned into CRLF at the end)
# ---------------------------------------------------------------------------


def T(s):
    """A body text written as a triple-quoted string: drop the first newline."""
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


def hdr(s, charset="utf-8"):
    """An unstructured header value, RFC 2047-encoded when not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, maxlinelen=76).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def date(s, offset=None):
    """'2027-03-22 09:14:05' local Münster time -> RFC 5322 date; offset overrides (hours)."""
    local = dt.datetime.fromisoformat(s)
    cest = local >= dt.datetime(2027, 3, 28, 2, 0)
    berlin = dt.timezone(dt.timedelta(hours=2 if cest else 1))
    aware = local.replace(tzinfo=berlin)
    if offset is not None:
        aware = aware.astimezone(dt.timezone(dt.timedelta(hours=offset)))
    return email.utils.format_datetime(aware)


def part(body, charset="utf-8", cte="8bit", subtype="plain", params="", extra=()):
    """A text part: (header lines, payload bytes)."""
    raw = body.encode(charset)            # strict: every text is encodable in its charset
    if cte == "7bit":
        raw.decode("ascii")
        payload = raw
    elif cte == "8bit":
        payload = raw
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        raise ValueError(cte)
    heads = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
             f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return heads, payload


def binary(data, ctype, filename, disposition="attachment"):
    heads = [f'Content-Type: {ctype}; name="{filename}"',
             f'Content-Disposition: {disposition}; filename="{filename}"',
             "Content-Transfer-Encoding: base64"]
    return heads, base64.encodebytes(data)


def multipart(subtype, parts, boundary, params=""):
    out = b"This is a multi-part message in MIME format.\n\n" if subtype != "report" else b""
    for heads, payload in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(heads).encode() + b"\n\n" + payload
        if not payload.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], out


def rfc822(message_bytes, ctype="message/rfc822"):
    return [f"Content-Type: {ctype}"], message_bytes


def message(headers, body):
    """headers: list of 'Name: value' (ASCII) lines; body: (part headers, payload)."""
    heads, payload = body
    lines = list(headers) + ["MIME-Version: 1.0"] + heads
    return "\n".join(lines).encode("ascii") + b"\n\n" + payload


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


MAILS = []   # (filename, bytes, expected record)


def add(slug, raw, kind, email_=None, name=None, org=None, wgs=(), party=None,
        lang=None, bounced=None):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    rec = {"kind": kind, "email": email_, "name": name, "organisation": org,
           "workgroups": list(wgs), "party_size": party, "language": lang,
           "bounced_recipient": bounced}
    MAILS.append((fname, crlf(raw), rec))


def std(frm, subject, when, msgid, to=OURS, extra=(), subj_charset="utf-8", offset=None):
    h = [f"From: {frm}", f"To: {to}", f"Subject: {hdr(subject, subj_charset)}",
         f"Date: {date(when, offset)}", f"Message-ID: <{msgid}>"]
    return h + list(extra)


# The invitation the school office sent on Friday, 19 March 2027 (quoted and forwarded below).
INVITATION = T("""
Liebe Eltern, liebe Vereine und Gemeinden,

das Amt für Schule und Weiterbildung der Stadt Münster lädt Sie herzlich ein zum

    Elternforum Münster 2027
    Samstag, 15. Mai 2027, 10:00 bis 15:00 Uhr
    Stadthaus 1, Klemensstraße 10, 48143 Münster

Am Vormittag gibt es fünf parallele Workshops (bitte einen wählen, gern mit
Zweitwunsch):

  Workshop A: Von der Kita in die Grundschule – den Übergang gut begleiten
  Workshop B: Mehrsprachigkeit zu Hause – Familiensprachen stärken
  Workshop C: Nach der Schule – Wege in Ausbildung und Studium
  Workshop D: Elternrechte und Mitwirkung in der Schule
  Workshop E: Digitale Medien im Familienalltag

Eine kostenlose Kinderbetreuung (1 bis 12 Jahre) ist vorhanden. Dolmetschen
in Arabisch, Türkisch, Russisch/Ukrainisch und Farsi/Dari ist möglich. Bitte
geben Sie beides bei der Anmeldung an.

Anmeldung bis zum 30. April 2027 per E-Mail an elternforum@muenster.example
mit Name, ggf. Verein, Workshop-Wunsch und Anzahl der Personen.

Mit freundlichen Grüßen
Ihr Team Elternforum
Amt für Schule und Weiterbildung der Stadt Münster
""")


def quote(text, prefix="> "):
    return "".join((prefix + line).rstrip() + "\n" if line.strip() else prefix.rstrip() + "\n"
                   for line in text.splitlines())


def confirmation(salutation, ws_label, ws_title, persons):
    return T(f"""
{salutation},

vielen Dank für Ihre Anmeldung zum Elternforum Münster 2027 am Samstag,
15. Mai 2027, 10:00 bis 15:00 Uhr im Stadthaus 1.

Wir haben Sie eingetragen für: {ws_label} – {ws_title}
Personen: {persons}

Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Team Elternforum, Amt für Schule und Weiterbildung
""")


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001: ordinary association registration, top-posted over the quoted invitation that lists all
# five workshops; two persons, first and second choice by letter; UTF-8 quoted-printable.
add("demir-elternverein-top-posted",
    message(std(addr("Ayşe Demir", "a.demir@tde-coerde.example"),
                "Re: Einladung Elternforum Münster 2027", "2027-03-22 19:41:07",
                "5f1c2a90-3d1e-4b7a-9c1e-aa01@tde-coerde.example",
                extra=["In-Reply-To: <einladung-2027@muenster.example>",
                       "References: <einladung-2027@muenster.example>",
                       "User-Agent: Mozilla/5.0 Thunderbird/115.9.0"]),
            part(T("""
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, wir freuen uns sehr. Vom Türkisch-Deutschen
Elternverein Coerde kommen wir zu zweit: meine Vorstandskollegin Frau Gülay
Yıldız und ich.

Unser Wunsch wäre Workshop D, falls der voll ist, gerne B.

Kinderbetreuung brauchen wir nicht.

Mit freundlichen Grüßen
Ayşe Demir
1. Vorsitzende
Türkisch-Deutscher Elternverein Coerde e.V.
Breslauer Straße 116, 48157 Münster

Am 19.03.2027 um 11:02 schrieb Elternforum Münster 2027:
""") + quote(INVITATION), cte="quoted-printable", params="; format=flowed")),
    "registration", "a.demir@tde-coerde.example", "Ayşe Demir",
    "Türkisch-Deutscher Elternverein Coerde e.V.", ["WS-D", "WS-B"], 2, "de")

# 002: Turkish father typing on a phone; "the second one" named by topic in Turkish;
# wife comes, daughter aged 4 goes to childcare (not counted); ISO-8859-9, 8bit.
add("kaya-telefon-tr",
    message(std(addr("Mehmet Kaya", "mehmetkaya1984@mail.example", "iso-8859-9"),
                "Elternforum kayıt", "2027-03-23 07:12:55",
                "CAKx9t2Qm4-84pQ@mail.example", subj_charset="iso-8859-9"),
            part(T("""
Merhaba,

Ben Mehmet Kaya. 15 Mayısta elternforuma katılmak istiyoruz. Eşim de gelecek
yani 2 kişiyiz. Çok dilli büyütme (Mehrsprachigkeit) workshopu bizim için en
önemlisi, evde Türkçe konuşuyoruz ama kızım artık hep Almanca cevap veriyor.

Kızımız 4 yaşında, çocuk bakımına bırakabilir miyiz?

Saygılarımla
Mehmet Kaya

iPhone'umdan gönderildi
"""), charset="iso-8859-9", cte="8bit")),
    "registration", "mehmetkaya1984@mail.example", "Mehmet Kaya", None, ["WS-B"], 2, "tr")

# 003: school social worker registers herself and two mothers; Outlook HTML-only,
# windows-1252 quoted-printable; long signature with "Handy:" (a WS-E alias) and disclaimer.
add("vossmann-schulsozialarbeit-outlook",
    message(std(addr("Vossmann, Katrin", "k.vossmann@wartburg-grundschule.example"),
                "Anmeldung Elternforum – Workshop A (3 Personen)", "2027-03-24 10:05:33",
                "AM6PR02MB4411E2C9@wartburg-grundschule.example",
                extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Anmeldung Elternforum",
                       "Content-Language: de-DE"], subj_charset="windows-1252"),
            part(T("""
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrtes Team des Elternforums,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">hiermit melde ich mich und zwei Mütter aus unserem Elterncafé für den
<b>Workshop A (Übergang Kita – Grundschule)</b> an: Frau Nadia Rahimi und Frau Drita Osmani.
Beide Familien haben Kinder, die im August eingeschult werden, deshalb passt das Thema perfekt.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Frau Rahimi bräuchte eine Übersetzung ins Dari, Frau Osmani versteht gut Deutsch.
Für die Kinderbetreuung melde ich zwei Kinder (3 und 5 Jahre) an.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Viele Grüße</p>
<p class="MsoNormal">Katrin Vossmann</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Katrin Vossmann | Dipl. Sozialpädagogin<br>
Schulsozialarbeit an der Wartburg-Grundschule<br>
Wartburgstraße 40 · 48153 Münster<br>
Tel.: 0251 / 987 65 43 · Handy: 0171 / 222 33 44<br>
Sprechzeiten: Mo–Do 8:00–13:30 Uhr</span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#A6A6A6">Diese E-Mail enthält vertrauliche
Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet.</span></p>
</div></body></html>
"""), charset="windows-1252", cte="quoted-printable", subtype="html")),
    "registration", "k.vossmann@wartburg-grundschule.example", "Katrin Vossmann",
    "Wartburg-Grundschule", ["WS-A"], 3, "de")

# 004: Arabic father, UTF-8 base64; workshop named by topic in Arabic (vocational training /
# university = WS-C); his son (16) sits in the workshop too -> 2; "class 10"; asks for interpreter.
add("alhamwi-arabisch-ausbildung",
    message(std(addr("Khaled Alhamwi", "k.alhamwi@mail.example"),
                "تسجيل - Elternforum 2027", "2027-03-25 21:30:12",
                "CAF0q8kLp1x-77@mail.example"),
            part(T("""
السلام عليكم،

أرغب بالتسجيل في منتدى أولياء الأمور يوم 15 أيار.
أريد المشاركة في ورشة العمل عن التدريب المهني والدراسة الجامعية بعد المدرسة.
سيأتي معي ابني (16 سنة، الصف العاشر) لأنه يريد أن يعرف أكثر عن التدريب المهني،
وهو سيحضر الورشة معي.

أحتاج إلى مترجم للعربية إذا أمكن، لأن لغتي الألمانية ليست جيدة بعد.

شكراً جزيلاً
Khaled Al-Hamwi
"""), cte="base64")),
    "registration", "k.alhamwi@mail.example", "Khaled Al-Hamwi", None, ["WS-C"], 2, "ar")

# 005: German out-of-office reply to the invitation, with Auto-Submitted; numbers and dates inside.
add("abwesenheit-kulturverein",
    message(std(addr("Bosnisch-Herzegowinischer Kulturverein", "info@bih-kultur-ms.example"),
                "Automatische Antwort: Einladung Elternforum Münster 2027", "2027-03-25 22:00:03",
                "autoreply.20270325.2200@bih-kultur-ms.example",
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                       "In-Reply-To: <einladung-2027@muenster.example>"],
                subj_charset="iso-8859-1"),
            part(T("""
Vielen Dank für Ihre Nachricht.

Unser Büro ist vom 22.03. bis einschließlich 06.04.2027 nicht besetzt.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie
unseren Vorsitzenden unter 0251 / 44 55 66.

Bosnisch-Herzegowinischer Kulturverein Münster e.V.
"""), charset="iso-8859-1", cte="quoted-printable")),
    "auto_reply")

# 006: Russian mother, KOI8-R 8bit; two topics by Russian words (bilingualism, digital media)
# in order; children 7 and 11 stay at home with grandmother -> 1; street house number.
add("becker-russisch-koi8",
    message(std(addr("Olga Becker", "olga.becker@post.example", "koi8-r"),
                "Регистрация на Elternforum", "2027-03-26 20:17:45",
                "1711480665.204411@post.example", subj_charset="koi8-r"),
            part(T("""
Здравствуйте!

Меня зовут Ольга Беккер, мы живём в Киндерхаусе, Идастрассе 23.
Хочу записаться на Elternforum 15 мая. Больше всего меня интересует тема
двуязычия дома (у нас дома говорят по-русски, а в школе только по-немецки).
Если там не будет мест, то можно на цифровые медиа.

Приду одна, дети (7 и 11 лет) останутся с бабушкой.

С уважением,
Olga Becker
"""), charset="koi8-r", cte="8bit")),
    "registration", "olga.becker@post.example", "Olga Becker", None, ["WS-B", "WS-E"], 1, "ru")

# 007: mosque community's shared mailbox (From) with Reply-To to the person; learner German;
# "wir sind zu dritt"; first and second choice by topic words; ISO-8859-1 8bit.
add("oeztuerk-moschee-reply-to",
    message(std(addr("Islamische Gemeinde Münster-Kinderhaus", "info@igmk.example"),
                "Anmeldung zum Elternforum", "2027-03-29 13:48:20",
                "000001d9a2b3$4c5d6e70$@igmk.example",
                extra=[f"Reply-To: {addr('Yusuf Öztürk', 'y.oeztuerk@igmk.example', 'iso-8859-1')}"],
                subj_charset="iso-8859-1"),
            part(T("""
Sehr geehrte Damen und Herren

Wir von die Islamische Gemeinde Kinderhaus möchten an das Elternforum
teilnehmen. Wir sind zu dritt (zwei Mütter aus Elternkreis und ich).
Das Thema Elternrechte interessiert uns am meisten, viele Eltern bei uns
wissen nicht was sie in der Schule dürfen. Wenn da kein Platz mehr, dann
gerne Medien.

Bitte Antwort an meine E-Mail y.oeztuerk@igmk.example, das info Postfach
lesen wir nicht so oft.

Mit freundlichen Grüßen
Yusuf Öztürk
Jugend- und Elternarbeit
Islamische Gemeinde Münster-Kinderhaus e.V.
"""), charset="iso-8859-1", cte="8bit")),
    "registration", "y.oeztuerk@igmk.example", "Yusuf Öztürk",
    "Islamische Gemeinde Münster-Kinderhaus e.V.", ["WS-D", "WS-E"], 3, "de")

# 008: Ukrainian mother, Gmail multipart/alternative, UTF-8 quoted-printable; topic named in
# Ukrainian (kindergarten -> school = WS-A); husband comes -> 2; "first class"; interpreter?
UK008 = T("""
Добрий день!

Я хотіла б зареєструватися на форум для батьків 15 травня. Мене цікавить
воркшоп про перехід з дитячого садка до школи, бо наша донька в серпні
піде до першого класу.

Прийду разом з чоловіком. Чи буде перекладач українською? Наша німецька
поки що на рівні B1.

Дякую!
Оксана
""")
add("melnyk-ukrainisch-gmail",
    message(std(addr("Oksana Melnyk", "oksana.melnyk.ms@mail.example"),
                "Реєстрація Elternforum", "2027-03-30 16:22:09",
                "CAJ7v_Ez9wPq-31kQ@mail.example"),
            multipart("alternative", [
                part(UK008, cte="quoted-printable"),
                part('<div dir="ltr">' + UK008.replace("\n\n", "<br><br>\n").replace("\n", "\n") + "</div>\n",
                     cte="quoted-printable", subtype="html")],
                "000000000000a1b2c3d4e5f60008")),
    "registration", "oksana.melnyk.ms@mail.example", "Oksana Melnyk", None, ["WS-A"], 2, "uk")

# 009: English, plain ASCII 7bit; letter plus topic for first choice, topic for second;
# wife comes, two kids (3 and 6) go to childcare -> 2.
add("okafor-english",
    message(std(addr("Chinedu Okafor", "c.okafor@uni-ms.example"),
                "Registration - Parents Forum 15 May", "2027-03-31 09:03:51",
                "DB9PR10MB7342.okafor@uni-ms.example"),
            part(T("""
Dear organisers,

I would like to register for the Elternforum on 15 May. My first choice is
Workshop E (digital media) - our kids already know more about tablets than
we do. If E is full, the one about parents' rights at school would be great.

My wife and I will both attend. Our two children (3 and 6) will need the
childcare, if that is still available.

Kind regards,
Chinedu Okafor
Postdoctoral researcher, Institute of Physics
Wilhelm-Klemm-Str. 10, 48149 Muenster
"""), charset="us-ascii", cte="7bit")),
    "registration", "c.okafor@uni-ms.example", "Chinedu Okafor", None, ["WS-E", "WS-D"], 2, "en")

# 010: very short phone mail, letter only, no greeting line; UTF-8 8bit.
add("aydin-kurz-samsung",
    message(std(addr("Fatma Aydın", "fatma.aydin77@mail.example"),
                "Anmeldung", "2027-04-01 12:40:00",
                "8c1e4d2a-5b21-4c6e-9a3b-f010@mail.example"),
            part(T("""
Hallo ich möchte mich anmelden für Workshop B. Ich komme alleine.
Gruß Fatma Aydın

Von meinem Samsung Galaxy Smartphone gesendet.
"""), cte="8bit")),
    "registration", "fatma.aydin77@mail.example", "Fatma Aydın", None, ["WS-B"], 1, "de")

# 011: question only (interpreters, childcare ages, cost) from a cultural association that will
# pass the answer on to members; registers no one; ISO-8859-15 8bit.
add("frage-afghanischer-kulturverein",
    message(std(addr("Sohrab Noori", "vorstand@afghan-kultur-ms.example", "iso-8859-15"),
                "Frage zu Dolmetscher und Kinderbetreuung", "2027-04-01 18:55:31",
                "20270401185531.noori@afghan-kultur-ms.example", subj_charset="iso-8859-15"),
            part(T("""
Guten Abend,

wir haben Ihre Einladung zum Elternforum bekommen und möchten sie an
unsere Mitglieder weitergeben. Vorher hätten wir zwei Fragen:

1. Gibt es auch Dolmetscher für Dari oder nur für Farsi? Viele unserer
   Eltern verstehen Farsi, aber nicht alle.
2. Ab welchem Alter dürfen Kinder in die Kinderbetreuung? Einige Familien
   haben Babys unter einem Jahr.

Wenn das geklärt ist, melden sich die Familien dann selbst bei Ihnen an.

Vielen Dank und freundliche Grüße
Sohrab Noori
Afghanischer Kulturverein Münster e.V. - Vorstand
"""), charset="iso-8859-15", cte="8bit")),
    "question", "vorstand@afghan-kultur-ms.example", "Sohrab Noori",
    "Afghanischer Kulturverein Münster e.V.", [], None, "de")

# 012: Farsi, Gmail multipart/alternative in base64; workshop named by topic in Farsi (parents'
# rights at school = WS-D); Persian digits: "۲ نفر" (me and my sister) and a son in class ۵.
FA012 = T("""
سلام و وقت بخیر،

من می‌خواهم برای فروم والدین در روز ۱۵ مه ثبت نام کنم. ما ۲ نفر هستیم:
من و خواهرم. هر دو می‌خواهیم در کارگاه «حقوق والدین در مدرسه» شرکت کنیم،
چون پسرم امسال به کلاس ۵ رفته و ما با مدرسه مشکلاتی داریم.

اگر امکان دارد یک مترجم فارسی هم باشد.

با تشکر فراوان
""")
add("hosseini-farsi-ziffern",
    message(std(addr("Maryam Hosseini", "maryam.hosseini@mail.example"),
                "ثبت نام Elternforum", "2027-04-02 11:16:48",
                "CAMh0ss3in1-FA12@mail.example"),
            multipart("alternative", [
                part(FA012, cte="base64"),
                part('<div dir="rtl">' + FA012.replace("\n", "<br>\n") + "</div>\n",
                     cte="base64", subtype="html")],
                "00000000000012fa12fa12fa12fa")),
    "registration", "maryam.hosseini@mail.example", "Maryam Hosseini", None, ["WS-D"], 2, "fa")

# 013: wrong letter: "Workshop C" together with the topic of B (Mehrsprachigkeit); the topic wins
# (see README); ISO-8859-15 quoted-printable with a Greek community signature.
add("papadopoulou-falscher-buchstabe",
    message(std(addr("Eleni Papadopoulou", "e.papadopoulou@gr-gemeinde-ms.example", "iso-8859-15"),
                "Anmeldung Workshop C (Mehrsprachigkeit)", "2027-04-03 09:27:14",
                "a3f9.0413.papadopoulou@gr-gemeinde-ms.example", subj_charset="iso-8859-15"),
            part(T("""
Liebes Elternforum-Team,

ich möchte mich gern für den Workshop C zur Mehrsprachigkeit anmelden.
Bei uns zu Hause wird Griechisch und Deutsch gesprochen, und ich leite
in der Gemeinde samstags den muttersprachlichen Unterricht für Kinder -
das Thema Familiensprache liegt mir also sehr am Herzen.

Ich komme allein.

Herzliche Grüße
Eleni Papadopoulou
Griechische Gemeinde Münster e.V. - Muttersprachlicher Unterricht
"""), charset="iso-8859-15", cte="quoted-printable")),
    "registration", "e.papadopoulou@gr-gemeinde-ms.example", "Eleni Papadopoulou",
    "Griechische Gemeinde Münster e.V.", ["WS-B"], 1, "de")

# 014: change, top-posted over our quoted confirmation (which names Workshop A); the new choice
# is E; "Klasse 3" is a school class, not a workshop; UTF-8 8bit.
add("schneider-umbuchen-auf-e",
    message(std(addr("Leonie Schneider-Haddou", "leonie.sh@mail.example"),
                "Re: Ihre Anmeldung zum Elternforum Münster 2027", "2027-04-05 20:02:38",
                "b1d0f7aa-93a1-4d77-a1e4-0014@mail.example",
                extra=["In-Reply-To: <bestaetigung-0331-017@muenster.example>",
                       "References: <bestaetigung-0331-017@muenster.example>"]),
            part(T("""
Hallo nochmal,

ich habe gemerkt, dass der Workshop A für uns eigentlich nicht mehr passt –
unsere Tochter ist schon in Klasse 3, der Übergang ist längst vorbei 🙈
Können Sie mich bitte auf Workshop E umbuchen? Das Thema Handyzeit ist bei
uns gerade viel aktueller.

Danke und liebe Grüße
Leonie Schneider-Haddou

Am Mi., 31. März 2027 um 14:20 Uhr schrieb Elternforum Münster 2027
<elternforum@muenster.example>:
""") + quote(confirmation("Guten Tag Frau Schneider-Haddou", "Workshop A",
                           "Von der Kita in die Grundschule – den Übergang gut begleiten", "1")),
                 cte="8bit")),
    "change", "leonie.sh@mail.example", "Leonie Schneider-Haddou", None, ["WS-E"], None, "de")

# 015: Albanian, windows-1250 8bit, association; "the second one" in Albanian ("të dytën")
# plus its topic; two persons.
add("krasniqi-albanisch",
    message(std(addr("Arben Krasniqi", "arben.krasniqi@iliria-ms.example", "windows-1250"),
                "Regjistrim per Elternforum 2027", "2027-04-06 19:33:02",
                "iliria.20270406193302@iliria-ms.example"),
            part(T("""
Përshëndetje,

Në emër të shoqatës sonë dëshirojmë të regjistrohemi për forumin e
prindërve më 15 maj. Ne jemi dy veta: unë dhe gruaja ime.
Na intereson punëtoria e dytë, ajo për gjuhët në shtëpi, sepse fëmijët
tanë flasin gjithnjë e më pak shqip.

Faleminderit shumë!

Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
"""), charset="windows-1250", cte="8bit")),
    "registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
    "Shoqata Kulturore Shqiptare \"Iliria\" Münster", ["WS-B"], 2, "sq")

# 016: Outlook HTML-only in multipart/mixed with a PDF list of names; association board of four;
# "A oder B, egal" -> both, A first; street house number 212 and postcode.
PDF016 = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
          b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
          b"% Teilnehmerliste Elternverein Hiltrup: 4 Personen\ntrailer << /Root 1 0 R >>\n%%EOF\n")
add("elternverein-hiltrup-a-oder-b-pdf",
    message(std(addr("Elternverein Hiltrup-Ost", "kontakt@elternverein-hiltrup.example"),
                "Anmeldung Elternforum – Vorstand Elternverein Hiltrup-Ost", "2027-04-07 08:49:26",
                "VI1PR08MB5536A7@elternverein-hiltrup.example",
                extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"]),
            multipart("mixed", [
                part(T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Guten Morgen,</p>
<p class="MsoNormal">für den Elternverein Hiltrup-Ost melden wir vier Personen aus dem Vorstand an:
Frau Sevgi Arslan, Herrn Dariusz Nowak, Frau Amina Bah und mich selbst. Die Namensliste hängt
auch noch einmal als PDF an.</p>
<p class="MsoNormal">Workshop A oder B, das ist uns egal &#8211; wir nehmen, wo noch Platz ist.</p>
<p class="MsoNormal">Kinderbetreuung brauchen wir nicht, Dolmetscher auch nicht.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen</p>
<p class="MsoNormal">Petra Lindemann-Öz<br>Schriftführerin</p>
<p class="MsoNormal"><span style="font-size:9pt;color:gray">Elternverein Hiltrup-Ost e.V.<br>
Hammer Straße 212 | 48153 Münster<br>Vereinsregister Amtsgericht Münster VR 4711</span></p>
</div></body></html>
"""), charset="windows-1252", cte="quoted-printable", subtype="html"),
                binary(PDF016, "application/pdf", "Teilnehmerliste_Elternforum.pdf")],
                "_004_VI1PR08MB5536A7_")),
    "registration", "kontakt@elternverein-hiltrup.example", "Petra Lindemann-Öz",
    "Elternverein Hiltrup-Ost e.V.", ["WS-A", "WS-B"], 4, "de")

# 017: Romanian, ISO-8859-16 quoted-printable; workshop by topic in Romanian (apprenticeship and
# studies = WS-C); husband comes -> 2; children 8 and 12 stay home; the date 15 mai.
add("popescu-rumaenisch",
    message(std(addr("Ioana Popescu", "ioana.popescu@mail.example", "iso-8859-16"),
                "Înscriere Elternforum 15 mai", "2027-04-08 21:14:40",
                "4e2a1c0b.popescu@mail.example", subj_charset="iso-8859-16"),
            part(T("""
Bună ziua,

Aș dori să mă înscriu la forumul părinților din 15 mai. Mă interesează
atelierul despre ucenicie și studii după școală - fiul nostru cel mare
termină anul viitor școala și nu știm încă ce urmează.

Vin împreună cu soțul meu. Copiii (8 și 12 ani) rămân acasă cu bunica,
deci nu avem nevoie de supraveghere pentru copii.

Vă mulțumesc frumos,
Ioana Popescu
"""), charset="iso-8859-16", cte="quoted-printable")),
    "registration", "ioana.popescu@mail.example", "Ioana Popescu", None, ["WS-C"], 2, "ro")

# 018: Turkish out-of-office WITHOUT Auto-Submitted or other auto headers; only the subject
# prefix and the text say it is automatic; windows-1254 quoted-printable.
add("otomatik-yanit-ohne-header",
    message(std(addr("Hülya Ekinci", "h.ekinci@tuerk-veliler.example", "windows-1254"),
                "Otomatik yanıt: Elternforum Münster 2027 – Erinnerung an die Anmeldefrist",
                "2027-04-09 10:00:12", "otoyanit-9921@tuerk-veliler.example",
                subj_charset="windows-1254"),
            part(T("""
Merhaba,

12 Nisan 2027 tarihine kadar izindeyim ve e-postalarıma bakamıyorum.
Acil durumlarda lütfen derneğimizin genel adresine yazın.

Guten Tag, ich bin bis zum 12.04.2027 im Urlaub und lese meine E-Mails nicht.

Hülya Ekinci
Türk Veliler Derneği Münster
"""), charset="windows-1254", cte="quoted-printable")),
    "auto_reply")

# 019: a school social worker registers a mother (not himself) and asks us to confirm to HER
# address; interpreter needed; organisation = the school named in the mail (README).
add("brinkmann-meldet-mutter-an",
    message(std(addr("Jonas Brinkmann", "j.brinkmann@realschule-wolbeck.example", "iso-8859-1"),
                "Anmeldung für eine Mutter (Dolmetschen Arabisch)", "2027-04-09 11:31:56",
                "5A2E91C3.8040307@realschule-wolbeck.example", subj_charset="iso-8859-1",
                extra=["User-Agent: Mozilla/5.0 Thunderbird/102.15.1"]),
            part(T("""
Sehr geehrte Damen und Herren,

ich möchte gern Frau Leyla Haddad für das Elternforum anmelden. Sie ist
Mutter von zwei Kindern an unserer Schule (Klassen 5 und 7) und spricht
noch wenig Deutsch, deshalb schreibe ich für sie.

Sie interessiert sich für Workshop D (Elternrechte) und benötigt eine
Dolmetscherin für Arabisch. Ich selbst komme an dem Tag nicht.

Bitte schicken Sie die Bestätigung direkt an Frau Haddad:
leyla.haddad@mail.example

Vielen Dank!

Jonas Brinkmann
Schulsozialarbeit
Realschule Wolbeck
Von-Holte-Straße 56, 48167 Münster
"""), charset="iso-8859-1", cte="quoted-printable")),
    "registration", "leyla.haddad@mail.example", "Leyla Haddad", "Realschule Wolbeck",
    ["WS-D"], 1, "de")

# 020: Arabic question (is it free? may fathers come? where exactly?), windows-1256 8bit;
# registers no one yet.
add("alkhatib-frage-arabisch",
    message(std(addr("Nour Al-Khatib", "nour.alkhatib@mail.example", "windows-1256"),
                "سؤال عن منتدى الأهل", "2027-04-10 15:05:44",
                "nour.20270410.150544@mail.example", subj_charset="windows-1256"),
            part(T("""
مرحباً،

قرأت عن منتدى الأهل في مدرسة ابني. عندي بعض الأسئلة قبل التسجيل:
هل المشاركة مجانية؟
هل يمكن للآباء أيضاً الحضور أم هو للأمهات فقط؟
وأين يقع المكان بالضبط، هل هو قريب من محطة القطار؟

شكراً لكم
نور الخطيب
"""), charset="windows-1256", cte="8bit")),
    "question", "nour.alkhatib@mail.example", "Nour Al-Khatib", None, [], None, "ar")

# 021: bottom-posted reply under the full quoted invitation; "den zweiten Workshop" (ordinal);
# husband only "vielleicht" -> counted as 1 (README); UTF-8 quoted-printable.
add("sahin-bottom-posted-zweiter",
    message(std(addr("Hatice Şahin", "hatice.sahin@mail.example"),
                "AW: Einladung Elternforum Münster 2027", "2027-04-11 22:48:17",
                "trinity-4f1a-0021-sahin@mail.example",
                extra=["In-Reply-To: <einladung-2027@muenster.example>"]),
            part(quote(INVITATION) + T("""

Guten Abend,

hiermit melde ich mich für den zweiten Workshop an. Mein Mann kommt
vielleicht mit, das wissen wir aber erst kurzfristig, er arbeitet im
Schichtdienst.

Liebe Grüße
Hatice Şahin
"""), cte="quoted-printable")),
    "registration", "hatice.sahin@mail.example", "Hatice Şahin", None, ["WS-B"], 1, "de")

# 022: Kurmanji Kurdish, ISO-8859-9 8bit; "Workshop E" plus Kurdish topic words; "em sê kes in"
# (we are three: me, my wife, my brother) -> 3.
add("temel-kurdisch",
    message(std(addr("Azad Temel", "azad.temel@kurd-kultur-ms.example", "iso-8859-9"),
                "Qeydkirin - Elternforum 2027", "2027-04-12 18:20:05",
                "kkv.20270412.182005@kurd-kultur-ms.example"),
            part(T("""
Silav û rêz,

Em dixwazin beşdarî foruma dêûbavan a 15ê Gulanê bibin.
Em sê kes in: ez, jina min û birayê min.
Em dixwazin herin Workshop E - medyaya dîjîtal û zarok, ji ber ku zarokên
me her roj bi saetan li ser telefonê ne.

Spas ji bo xebata we.

Azad Temel
Kurdischer Kulturverein Münster e.V.
"""), charset="iso-8859-9", cte="8bit")),
    "registration", "azad.temel@kurd-kultur-ms.example", "Azad Temel",
    "Kurdischer Kulturverein Münster e.V.", ["WS-E"], 3, "ku")

# 023: workshop named by NUMBER ("Workshop 3" = third = WS-C) although labels are letters;
# numbers all around: house number 5, date 15.5., "Klasse 10", postcode; UTF-8 base64.
add("nguyen-workshop-3-zahlen",
    message(std(addr("Thanh Nguyen", "thanh.nguyen@mail.example"),
                "Anmeldung Familie Nguyen", "2027-04-13 07:58:31",
                "CAHn9uY3n-023@mail.example"),
            part(T("""
Sehr geehrte Damen und Herren,

wir möchten am 15.5. zum Elternforum kommen, meine Frau und ich, also 2
Personen. Unser Sohn ist in der Klasse 10 an der Gesamtschule und wir
wissen nicht, ob er lieber eine Ausbildung machen soll oder Abitur.
Deshalb bitte Workshop 3.

Mit freundlichen Grüßen
Thanh Nguyen
Kanalstraße 5
48147 Münster
"""), cte="base64")),
    "registration", "thanh.nguyen@mail.example", "Thanh Nguyen", None, ["WS-C"], 2, "de")

# 024: bounce (Postfix, multipart/report) of a reminder to an association's old address.
BOUNCED024 = message(
    ["From: " + OURS_HDR, "To: vorstand@kulturbruecke-ms.example",
     "Subject: " + hdr("Elternforum Münster 2027 – Anmeldung noch bis 30. April"),
     "Date: " + date("2027-04-14 09:00:00"), "Message-ID: <erinnerung-2027-0414-31@muenster.example>",
     "Auto-Submitted: auto-generated"],
    part(T("""
Liebe Vereine,

zur Erinnerung: Die Anmeldung zum Elternforum Münster 2027 ist noch bis zum
30. April 2027 möglich. Es gibt noch freie Plätze in allen Workshops.

Team Elternforum
"""), cte="quoted-printable"))
add("bounce-postfix-kulturbruecke",
    message(["From: MAILER-DAEMON@mx1.muenster.example (Mail Delivery System)",
             "To: " + OURS, "Subject: Undelivered Mail Returned to Sender",
             "Date: " + date("2027-04-14 09:00:07", offset=0),
             "Message-ID: <20270414070007.3F1B2C0412@mx1.muenster.example>",
             "Auto-Submitted: auto-replied"],
            multipart("report", [
                part(T("""
This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vorstand@kulturbruecke-ms.example>: host mx.kulturbruecke-ms.example[192.0.2.41]
    said: 550 5.1.1 <vorstand@kulturbruecke-ms.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""), charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
                (["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
                 T("""
Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 3F1B2C0412
Arrival-Date: Wed, 14 Apr 2027 09:00:00 +0200 (CEST)

Final-Recipient: rfc822; vorstand@kulturbruecke-ms.example
Original-Recipient: rfc822;vorstand@kulturbruecke-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kulturbruecke-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@kulturbruecke-ms.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""").encode()),
                (["Content-Type: message/rfc822", "Content-Description: Undelivered Message"],
                 BOUNCED024)],
                "3F1B2C0412.1807729207/mx1.muenster.example",
                params='; report-type=delivery-status')),
    "bounce", bounced="vorstand@kulturbruecke-ms.example")

# 025: Italian, ISO-8859-15 quoted-printable; workshop by Italian topic words (parents' rights at
# school = WS-D); wife comes -> 2; "quinta elementare" and "2 figli" are not party sizes.
add("russo-italiano",
    message(std(addr("Giuseppe Russo", "g.russo@genitori-italiani-ms.example", "iso-8859-15"),
                "Iscrizione Elternforum 2027", "2027-04-15 13:37:59",
                "0a9b8c7d6e.russo@genitori-italiani-ms.example"),
            part(T("""
Buongiorno,

vorrei iscrivermi al forum dei genitori del 15 maggio. Ho 2 figli, il più
piccolo fa la quinta elementare e l'anno prossimo cambia scuola: per questo
ci interessa soprattutto il workshop sui diritti dei genitori a scuola.

Verrò con mia moglie, quindi saremo in due. I bambini restano a casa.

Cordiali saluti
Giuseppe Russo
Associazione Genitori Italiani Münster
"""), charset="iso-8859-15", cte="quoted-printable")),
    "registration", "g.russo@genitori-italiani-ms.example", "Giuseppe Russo",
    "Associazione Genitori Italiani Münster", ["WS-D"], 2, "it")

# 026: other - the integration council's newsletter mentions the Elternforum and its workshops;
# List-Unsubscribe, Precedence: bulk, multipart/alternative UTF-8 quoted-printable.
NL026 = T("""
Newsletter des Integrationsrats Münster – April 2027

+++ Elternforum am 15. Mai: jetzt anmelden! +++
Das Schulamt lädt Eltern mit Migrationsgeschichte ins Stadthaus 1 ein.
Fünf Workshops von „Übergang Kita–Schule“ (Workshop A) bis „Digitale Medien“
(Workshop E). Anmeldung: elternforum@muenster.example

+++ Sitzungstermine +++
Die nächste öffentliche Sitzung des Integrationsrats ist am 20.04.2027 um
17:00 Uhr im Rathaus, Festsaal.

+++ Förderprogramm Interkultur +++
Anträge für 2027 können noch bis 31.05. gestellt werden:
https://www.integrationsrat-ms.example/foerderung

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet
haben. Abmelden: https://www.integrationsrat-ms.example/newsletter/abmelden
""")
add("newsletter-integrationsrat",
    message(std(addr("Integrationsrat Münster", "newsletter@integrationsrat-ms.example"),
                "Newsletter April 2027: Elternforum, Sitzungstermine, Förderprogramm",
                "2027-04-16 08:00:00", "nl-2027-04.88123@integrationsrat-ms.example",
                extra=["List-Unsubscribe: <https://www.integrationsrat-ms.example/newsletter/abmelden?u=88123>",
                       "List-Id: Newsletter Integrationsrat <newsletter.integrationsrat-ms.example>",
                       "Precedence: bulk"]),
            multipart("alternative", [
                part(NL026, cte="quoted-printable"),
                part("<html><body>\n" + "".join(
                    f"<p>{line}</p>\n" for line in NL026.split("\n\n")) + "</body></html>\n",
                     cte="quoted-printable", subtype="html")],
                "----=_NL_2027_04_88123")),
    "other")

# 027: parent forwards the invitation she got from her school (forwarded part lists all five
# workshops) and writes her choice on top: "E und D" (E first); children stay with grandma.
add("ates-weiterleitung-e-und-d",
    message(std(addr("Rukiye", "rukiye.a@mail.example"),
                "WG: Einladung Elternforum Münster 2027", "2027-04-16 21:11:08",
                "CAFwd-0027-ates@mail.example"),
            part(T("""
Hallo,

ich habe die Einladung von der Schule bekommen. Ich möchte bitte Workshop E
und wenn nicht geht dann D. Ich komme alleine, die Kinder bleiben bei Oma.

Viele Grüße
Rukiye Ateş

---------- Weitergeleitete Nachricht ---------
Von: Schulsozialarbeit Geistschule <sozialarbeit@geistschule.example>
Datum: Di., 23. März 2027 um 12:15 Uhr
Betreff: WG: Einladung Elternforum Münster 2027
An: Eltern der Klassen 1-4

Liebe Eltern, anbei die Einladung der Stadt. Ich kann gerne bei der
Anmeldung helfen! Frau Kowalczyk

""") + INVITATION, cte="8bit")),
    "registration", "rukiye.a@mail.example", "Rukiye Ateş", None, ["WS-E", "WS-D"], 1, "de")

# 028: Turkish change in windows-1254 base64: "B yerine C" (C instead of B) -> new choice C only;
# "10. sınıf" is a school class.
add("celik-degisiklik-tr",
    message(std(addr("Emine Çelik", "emine.celik@mail.example", "windows-1254"),
                "Değişiklik - Workshop", "2027-04-18 12:03:45",
                "emine.0418.120345@mail.example", subj_charset="windows-1254"),
            part(T("""
Merhaba,

Geçen hafta Workshop B için kayıt olmuştum. Mümkünse B yerine C'ye
geçmek istiyorum, çünkü oğlum 10. sınıfta ve meslek eğitimi konusu şu an
bizim için daha acil.

Teşekkürler, iyi çalışmalar
Emine Çelik
"""), charset="windows-1254", cte="base64")),
    "change", "emine.celik@mail.example", "Emine Çelik", None, ["WS-C"], None, "tr")

# 029: German cancellation from a phone, short; the date 15.5. and a football tournament.
add("absage-fussballturnier",
    message(std(addr("Markus Yilmaz", "m.yilmaz@mail.example"),
                "Absage", "2027-04-19 17:26:10",
                "A1B2C3D4-0029-4E5F-9A8B-7C6D5E4F3A2B@mail.example",
                extra=["X-Mailer: iPhone Mail (20D67)"]),
            part(T("""
Hallo,
leider muss ich meine Anmeldung fürs Elternforum zurückziehen, mein Sohn hat am 15.5. ein Fußballturnier in Bielefeld und ich fahre.
Sorry und viel Erfolg!
Markus Yilmaz

Von meinem iPhone gesendet
"""), cte="quoted-printable")),
    "cancellation", "m.yilmaz@mail.example", "Markus Yilmaz", None, [], None, "de")

# 030: Bulgarian, windows-1251 quoted-printable; the workshop letter is typed as CYRILLIC "А"
# followed by the topic (kindergarten -> school) = WS-A; one person.
add("petrova-bulgarisch-kyrillisches-a",
    message(std(addr("Desislava Petrova", "desi.petrova@mail.example", "windows-1251"),
                "Записване за Elternforum", "2027-04-20 20:40:19",
                "desi.20270420.204019@mail.example", subj_charset="windows-1251"),
            part(T("""
Здравейте,

Бих искала да се запиша за форума на родителите на 15 май, уъркшоп А
(преходът от детската градина към училище). Синът ми тръгва на училище
през септември и искам да знам какво трябва да подготвим.

Ще дойда сама.

Поздрави,
Деси
"""), charset="windows-1251", cte="quoted-printable")),
    "registration", "desi.petrova@mail.example", "Desislava Petrova", None, ["WS-A"], 1, "bg")

# 031: mosque community's shared mailbox without Reply-To (the reply goes to that mailbox), signed
# "i.A." by a person; five persons including the writer; ISO-8859-9 quoted-printable.
add("celik-moschee-fuenf-personen",
    message(std(addr("Islamisches Kulturzentrum Münster-Süd", "info@ikz-muenster-sued.example", "iso-8859-9"),
                "Anmeldung 5 Personen – Workshop Ausbildung", "2027-04-21 10:12:33",
                "ikz.0421.101233.hc@ikz-muenster-sued.example"),
            part(T("""
Sehr geehrte Damen und Herren,

im Namen unserer Gemeinde melden wir insgesamt 5 Personen an, mich
eingeschlossen:

  - Hasan Çelik
  - Merve Doğan
  - Ibrahim Koç
  - Sultan Aksoy
  - Ramazan Yıldırım

Alle möchten in den Workshop zu Ausbildung und Studium, da viele unserer
Jugendlichen gerade vor der Berufswahl stehen (Klassen 9 und 10).
Kinderbetreuung wird nicht benötigt.

Mit freundlichen Grüßen
i.A. Hasan Çelik
Vorstand, Bereich Elternarbeit
Islamisches Kulturzentrum Münster-Süd e.V.
Weseler Straße 301, 48151 Münster
"""), charset="iso-8859-9", cte="quoted-printable")),
    "registration", "info@ikz-muenster-sued.example", "Hasan Çelik",
    "Islamisches Kulturzentrum Münster-Süd e.V.", ["WS-C"], 5, "de")

# 032: Farsi question only: childcare for a 3-year-old? Dari interpreter? "if yes I will
# register" - registers no one yet; UTF-8 quoted-printable.
add("ahmadi-frage-farsi",
    message(std(addr("Zahra Ahmadi", "zahra.ahmadi@mail.example"),
                "سوال درباره مراقبت از کودک", "2027-04-22 09:44:50",
                "CAZa4madi-032@mail.example"),
            part(T("""
سلام،

من دو سوال دارم:
آیا برای بچه‌های ۳ ساله هم مراقبت کودک هست؟ پسرم هنوز به مهدکودک نمی‌رود.
آیا مترجم دری هم دارید یا فقط فارسی؟

اگر هر دو ممکن باشد، من و شوهرم حتماً ثبت نام می‌کنیم.

ممنون
زهرا احمدی
"""), cte="quoted-printable")),
    "question", "zahra.ahmadi@mail.example", "Zahra Ahmadi", None, [], None, "fa")

# 033: change of party size with INLINE answers inside our quoted confirmation; the workshop
# stays B (stated) and 2 becomes 3; ISO-8859-1 8bit.
add("wolff-inline-drei-statt-zwei",
    message(std(addr("Anja Wolff-Karimi", "anja.wolff@mail.example", "iso-8859-1"),
                "Re: Ihre Anmeldung zum Elternforum Münster 2027", "2027-04-22 19:30:02",
                "4f2b9d1e.0033@mail.example", subj_charset="iso-8859-1",
                extra=["In-Reply-To: <bestaetigung-0408-052@muenster.example>",
                       "References: <bestaetigung-0408-052@muenster.example>"]),
            part(T("""
Am 08.04.2027 um 15:02 schrieb Elternforum Münster 2027:
> Guten Tag Frau Wolff-Karimi,
>
> vielen Dank für Ihre Anmeldung zum Elternforum Münster 2027 am Samstag,
> 15. Mai 2027, 10:00 bis 15:00 Uhr im Stadthaus 1.
>
> Wir haben Sie eingetragen für: Workshop B - Mehrsprachigkeit zu Hause
> Personen: 2

Bitte auf 3 ändern, meine Schwägerin kommt jetzt auch mit (sie ist
gerade zu Besuch aus Teheran). Workshop bleibt B.

>
> Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Das mache ich hiermit :-)

Danke!
Anja Wolff-Karimi
"""), charset="iso-8859-1", cte="8bit")),
    "change", "anja.wolff@mail.example", "Anja Wolff-Karimi", None, ["WS-B"], 3, "de")

# 034: Arabic "the first or the second workshop, no difference" -> both, first listed first;
# wife and three children aged 2, 5 and 9 (childcare) -> 2; windows-1256 base64.
add("alali-arabisch-erste-oder-zweite",
    message(std(addr("Mohammad Alali", "m.alali@mail.example", "windows-1256"),
                "التسجيل في منتدى الأهل", "2027-04-23 20:05:11",
                "alali.0423.200511@mail.example", subj_charset="windows-1256"),
            part(T("""
السلام عليكم ورحمة الله،

أرغب بالتسجيل في منتدى الأهل يوم السبت 15 أيار.
الورشة الأولى أو الثانية، لا فرق عندي.
سأحضر مع زوجتي، وسنحضر أطفالنا الثلاثة (2 و5 و9 سنوات) إلى رعاية الأطفال.

مع الشكر والتقدير
محمد العلي
Mohammad Alali
"""), charset="windows-1256", cte="base64")),
    "registration", "m.alali@mail.example", "Mohammad Alali", None, ["WS-A", "WS-B"], 2, "ar")

# 035: ticket-system receipt (auto_reply) with Auto-Submitted and a ticket number, German/English.
add("ticket-eingangsbestaetigung",
    message(std(addr("Caritas Migrationsdienst Münster", "service@caritas-ms.example"),
                "[Ticket#2027042310000187] Eingangsbestätigung: Elternforum Münster 2027",
                "2027-04-23 20:31:40", "ticket.2027042310000187@caritas-ms.example",
                extra=["Auto-Submitted: auto-replied", "Precedence: bulk",
                       "X-Loop: service@caritas-ms.example"]),
            part(T("""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
2027042310000187 erfasst. Wir bearbeiten Anfragen in der Regel innerhalb
von 3 Werktagen.

Dear Sir or Madam, thank you for your message. Your request has been
registered under the number above.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Caritas Migrationsdienst Münster
"""), cte="quoted-printable")),
    "auto_reply")

# 036: Russian cancellation, bottom-posted under our quoted confirmation; the kindergarten
# graduation is on the same day; UTF-8 8bit.
add("smirnova-absage-russisch",
    message(std(addr("Natalia Smirnova", "n.smirnova@post.example"),
                "Re: Ihre Anmeldung zum Elternforum Münster 2027", "2027-04-25 11:09:27",
                "1745572167.0036@post.example",
                extra=["In-Reply-To: <bestaetigung-0402-029@muenster.example>"]),
            part(quote(confirmation("Guten Tag Frau Smirnova", "Workshop A",
                                    "Von der Kita in die Grundschule – den Übergang gut begleiten", "1"))
                 + T("""

Здравствуйте,

к сожалению, я не смогу прийти 15 мая: в этот день у дочки выпускной в
детском саду, мы узнали об этом только вчера. Пожалуйста, отмените мою
регистрацию, пусть место достанется кому-нибудь другому.

Спасибо и извините,
Наталья Смирнова
"""), cte="8bit")),
    "cancellation", "n.smirnova@post.example", "Natalia Smirnova", None, [], None, "ru")

# 037: "egal welcher, nur nicht Medien" - registration without a stated choice -> [] (README);
# Gmail multipart/alternative, UTF-8 quoted-printable.
BEN037 = T("""
Hallo liebes Elternforum-Team,

ich würde gerne am 15. Mai dabei sein! Welcher Workshop ist mir eigentlich
egal, teilen Sie mich einfach ein, wo noch Platz ist – nur bitte nicht in
den zu den Medien, das Thema hatten wir schon beim Elternabend.

Ich komme allein, meine zwei Kleinen (1 und 4) würde ich gern in die
Kinderbetreuung geben.

Liebe Grüße
Samira Benali
""")
add("benali-egal-nur-nicht-medien",
    message(std(addr("Samira Benali", "samira.benali@mail.example"),
                "Anmeldung Elternforum 15. Mai", "2027-04-26 14:51:03",
                "CABen4l1-037-xyz@mail.example"),
            multipart("alternative", [
                part(BEN037, cte="quoted-printable"),
                part('<div dir="ltr">' + BEN037.replace("\n\n", "<br><br>").replace("\n", " ")
                     + "</div>\n", cte="quoted-printable", subtype="html")],
                "000000000000b3e4a5f6c7d80037")),
    "registration", "samira.benali@mail.example", "Samira Benali", None, [], 1, "de")

# 038: Ukrainian father, KOI8-U 8bit; topic in Ukrainian (vocational training / studies = WS-C);
# his daughter (16) attends the workshop herself -> 2.
add("kovalenko-ukrainisch-koi8u",
    message(std(addr("Andrii Kovalenko", "a.kovalenko@post.example", "koi8-u"),
                "Реєстрація на форум 15 травня", "2027-04-27 19:19:19",
                "kov.0427.191919@post.example", subj_charset="koi8-u"),
            part(T("""
Доброго вечора!

Прошу зареєструвати мене на Elternforum. Нас буде двоє: я і донька
(16 років). Вона теж хоче піти на воркшоп про професійну освіту та
навчання в університеті, бо наступного року закінчує школу.

Перекладач не потрібен, донька добре говорить німецькою.

З повагою,
Andrii Kovalenko
"""), charset="koi8-u", cte="8bit")),
    "registration", "a.kovalenko@post.example", "Andrii Kovalenko", None, ["WS-C"], 2, "uk")

# 039: other - misdirected mail about enrolling a child in class 5 at a comprehensive school
# (the school office's other business); has "Anmeldung", "Klasse 5", dates, but no forum.
add("irrlaeufer-schulanmeldung-klasse-5",
    message(std(addr("Dragana Petrović", "dragana.petrovic@mail.example"),
                "Anmeldung Klasse 5 Gesamtschule", "2027-04-28 08:15:44",
                "dp-0428-081544@mail.example"),
            part(T("""
Sehr geehrte Damen und Herren,

mein Sohn Luka (geb. 14.02.2016) soll im Sommer in die Klasse 5 wechseln.
Wir haben ihn an der Mathilde-Anneke-Gesamtschule angemeldet, aber bis
heute keine Zusage bekommen. Die Frist war doch der 26.02.? An wen muss
ich mich wenden? Ihre Adresse habe ich auf der Seite vom Schulamt gefunden.

Mit freundlichen Grüßen
Dragana Petrović
Hohe Geest 88, 48165 Münster
"""), cte="quoted-printable")),
    "other")

# 040: "wir sind zu dritt" with no breakdown -> 3; topic word "Elternmitwirkung"/"Schulpflegschaft"
# (alias of D); learner German; windows-1252 8bit; "Handy" in the signature.
add("tesfaye-zu-dritt",
    message(std(addr("Eritreischer Elternverein Münster", "eritrea.eltern.ms@mail.example"),
                "Anmeldung", "2027-04-29 18:02:56", "CAEr1trea-040@mail.example"),
            part(T("""
Guten Tag,

wir sind zu dritt und wollen kommen zu Elternforum. Für uns ist wichtig
das Thema Schulpflegschaft, wie Eltern mitmachen können in der Schule.
Viele eritreische Eltern wissen nicht, dass sie wählen dürfen.

Danke schön
Tesfaye Ghebremariam
Eritreischer Elternverein Münster
Handy 0157 33445566
"""), charset="windows-1252", cte="8bit")),
    "registration", "eritrea.eltern.ms@mail.example", "Tesfaye Ghebremariam",
    "Eritreischer Elternverein Münster", ["WS-D"], 3, "de")

# 041: English change, bottom-posted under our quoted confirmation (which names B);
# "the third one" is the new choice -> C; ASCII 7bit.
add("raman-change-third-one",
    message(std(addr("Priya Raman", "priya.raman@mail.example"),
                "Re: Ihre Anmeldung zum Elternforum Munster 2027", "2027-04-29 22:40:31",
                "CAPr1ya-041-raman@mail.example",
                extra=["In-Reply-To: <bestaetigung-0412-061@muenster.example>",
                       "References: <bestaetigung-0412-061@muenster.example>"]),
            part(T("""
On Mon, 12 Apr 2027 at 10:03, Elternforum Muenster 2027 wrote:
> Guten Tag Frau Raman,
>
> vielen Dank fuer Ihre Anmeldung zum Elternforum Muenster 2027.
> Wir haben Sie eingetragen fuer: Workshop B - Mehrsprachigkeit zu Hause
> Personen: 1

Hello,

thanks for the confirmation. Sorry for the back and forth, but could you
move me from Workshop B to the third one (apprenticeships and university)?
My husband will handle the language topic at home, I'd rather learn about
the German school system after year 10.

Best,
Priya
"""), charset="us-ascii", cte="7bit")),
    "change", "priya.raman@mail.example", "Priya Raman", None, ["WS-C"], None, "en")

# 042: cancellation for two board members of an association, Outlook multipart/alternative
# windows-1252 quoted-printable, "Workshop A" named (what is cancelled, not a choice), "Handy".
ABS042 = T("""
Sehr geehrte Damen und Herren,

leider müssen Frau Gjoka und ich unsere Anmeldung für den Workshop A am
15. Mai zurückziehen. Wegen einer Vereinsveranstaltung am selben Tag
können wir beide nicht kommen. Bitte geben Sie unsere zwei Plätze frei.

Wir wünschen Ihnen eine gelungene Veranstaltung!

Mit freundlichen Grüßen
Ana Lopes
Portugiesischer Elternverein Münster e.V.
Tel. 0251 / 30 20 10 | Handy 0160 / 9988776
""")
add("lopes-absage-outlook",
    message(std(addr("Lopes, Ana", "ana.lopes@pt-eltern-ms.example"),
                "Absage Elternforum – Portugiesischer Elternverein", "2027-04-30 09:12:48",
                "DB8PR03MB6120.lopes@pt-eltern-ms.example",
                extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Topic: Absage Elternforum"]),
            multipart("alternative", [
                part(ABS042, charset="windows-1252", cte="quoted-printable"),
                part('<html><body lang="DE"><div class="WordSection1">\n' + "".join(
                    '<p class="MsoNormal">' + p.replace("\n", "<br>\n") + "</p>\n"
                    for p in ABS042.strip().split("\n\n")) + "</div></body></html>\n",
                     charset="windows-1252", cte="quoted-printable", subtype="html")],
                "_000_DB8PR03MB6120lopes_")),
    "cancellation", "ana.lopes@pt-eltern-ms.example", "Ana Lopes",
    "Portugiesischer Elternverein Münster e.V.", [], None, "de")

# 043: question only from a school social worker (registration after the deadline? flyer in
# other languages?); names workshops in passing; UTF-8 base64.
add("hoffmann-frage-frist-flyer",
    message(std(addr("Miriam Hoffmann", "m.hoffmann@hauptschule-coerde.example"),
                "Frage: Anmeldung nach dem 30.4. noch möglich?", "2027-04-30 11:20:05",
                "hoffmann.0430.112005@hauptschule-coerde.example"),
            part(T("""
Liebes Team vom Schulamt,

mehrere Eltern aus unseren 5. und 6. Klassen haben Interesse am
Elternforum, vor allem an den Workshops B und D, schaffen die Anmeldung
aber nicht mehr bis heute. Kann man sich auch nächste Woche noch
anmelden? Und gibt es den Einladungsflyer auch auf Arabisch und Türkisch?
Dann würde ich ihn morgen über die Klassen-Messenger verteilen.

Herzliche Grüße
Miriam Hoffmann
Schulsozialarbeit, Hauptschule Coerde
"""), cte="base64")),
    "question", "m.hoffmann@hauptschule-coerde.example", "Miriam Hoffmann",
    "Hauptschule Coerde", [], None, "de")

# 044: Turkish association registration back from holiday (cf. 018), UTF-8
# multipart/alternative; explicit first and second preference B then E; two persons.
TR044 = T("""
Merhaba,

Tatilden döndüm, kusura bakmayın geç yazıyorum. Türk Veliler Derneği adına
2 kişi kayıt olmak istiyoruz: ben ve yönetimden Sibel Hanım.

Birinci tercihimiz Workshop B (Mehrsprachigkeit), ikinci tercihimiz
Workshop E. Tercüman gerekmiyor.

Saygılarımızla
Hülya Ekinci
Türk Veliler Derneği Münster
""")
add("ekinci-tuerk-veliler-b-dann-e",
    message(std(addr("Hülya Ekinci", "h.ekinci@tuerk-veliler.example"),
                "Elternforum kaydı - Türk Veliler Derneği", "2027-04-30 16:45:29",
                "tvd-0430-164529@tuerk-veliler.example"),
            multipart("alternative", [
                part(TR044, cte="quoted-printable"),
                part("<html><body>\n" + TR044.replace("\n\n", "<br><br>\n") + "</body></html>\n",
                     cte="quoted-printable", subtype="html")],
                "=_tvd_0430_164529")),
    "registration", "h.ekinci@tuerk-veliler.example", "Hülya Ekinci",
    "Türk Veliler Derneği Münster", ["WS-B", "WS-E"], 2, "tr")

# 045: change that corrects a wrong letter: "versehentlich D ... ich meinte Medien, also E";
# the old letter D must not be kept; ISO-8859-15 quoted-printable.
add("kuehn-korrektur-d-zu-e",
    message(std(addr("Selin Kühn", "selin.kuehn@mail.example", "iso-8859-15"),
                "Korrektur meiner Anmeldung", "2027-05-02 10:33:17",
                "sk-0502-103317@mail.example", subj_charset="iso-8859-15"),
            part(T("""
Guten Morgen,

ich habe mich letzte Woche versehentlich für Workshop D angemeldet.
Eigentlich meinte ich den über Medien, also E. Können Sie das bitte
ändern? Sonst bleibt alles gleich.

Vielen Dank und schönes Wochenende
Selin Kühn
"""), charset="iso-8859-15", cte="quoted-printable")),
    "change", "selin.kuehn@mail.example", "Selin Kühn", None, ["WS-E"], None, "de")

# 046: bounce (German Exchange-style text, multipart/report) of the 7-day reminder to a
# registrant whose mailbox is full; bounced address differs from From/To of the report.
BOUNCED046 = message(
    ["From: " + OURS_HDR, "To: oksana.melnyk.ms@mail.example",
     "Subject: " + hdr("Erinnerung: Elternforum Münster 2027 am 15. Mai"),
     "Date: " + date("2027-05-08 10:00:00"), "Message-ID: <erinnerung-7d-0008@muenster.example>",
     "Auto-Submitted: auto-generated"],
    part(T("""
Guten Tag,

wir freuen uns auf Sie beim Elternforum Münster 2027 am Samstag, 15. Mai,
10:00 Uhr im Stadthaus 1. Ihr Workshop: Workshop A.

Team Elternforum
"""), cte="quoted-printable"))
add("bounce-postfach-voll-deutsch",
    message(["From: " + addr("Mail Delivery Subsystem", "mailer-daemon@mail.example"),
             "To: " + OURS,
             "Subject: " + hdr("Unzustellbar: Erinnerung: Elternforum Münster 2027 am 15. Mai"),
             "Date: " + date("2027-05-08 10:00:41", offset=0),
             "Message-ID: <dsn.20270508080041.77@mail.example>",
             "Auto-Submitted: auto-replied"],
            multipart("report", [
                part(T("""
Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: oksana.melnyk.ms@mail.example
Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full).

Die Nachricht wurde nach mehreren Zustellversuchen zurückgewiesen.
"""), cte="quoted-printable"),
                (["Content-Type: message/delivery-status"], T("""
Reporting-MTA: dns; mx2.mail.example

Final-Recipient: rfc822; oksana.melnyk.ms@mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""").encode()),
                (["Content-Type: message/rfc822"], BOUNCED046)],
                "dsn=_20270508080041_77", params="; report-type=delivery-status")),
    "bounce", bounced="oksana.melnyk.ms@mail.example")

# 047: Turkish cancellation from a phone, Turkish mixed with German words, no Turkish letters
# typed (phone without Turkish keyboard); us-ascii 7bit.
add("yavuz-iptal-handy",
    message(std(addr("Gokhan Yavuz", "gokhan.yavuz@mail.example"),
                "iptal", "2027-05-10 07:55:02", "CAGy4vuz-047@mail.example"),
            part(T("""
Merhaba, ben Gokhan Yavuz, Workshop C ye kayitliydim. Hastayim, doktor
2 hafta dinlenmemi soyledi. Bu yuzden gelemiyorum, Anmeldung iptal
lutfen. Es geht leider nicht. Kusura bakmayin.
"""), charset="us-ascii", cte="7bit")),
    "cancellation", "gokhan.yavuz@mail.example", "Gokhan Yavuz", None, [], None, "tr")

# 048: other - phishing "mailbox almost full" mail addressed to the registration mailbox.
add("phishing-postfach-voll",
    message(std(addr("IT-Service Stadtverwaltung", "it-service@stadt-postfach.example"),
                "WARNUNG: Ihr Postfach elternforum@muenster.example ist zu 98% voll",
                "2027-05-11 03:12:40", "x9q2m.0511@stadt-postfach.example"),
            part(T("""
<html><body style="font-family:Arial">
<p><b>Sehr geehrter Benutzer,</b></p>
<p>Ihr Postfach <b>elternforum@muenster.example</b> hat 98% seiner Kapazität erreicht.
Neue Nachrichten (z.B. Anmeldungen) werden ab dem 12.05.2027 abgewiesen.</p>
<p>Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden:</p>
<p><a href="https://postfach-upgrade.example/login?u=elternforum">JETZT SPEICHER ERWEITERN</a></p>
<p>IT-Service &copy; 2027</p>
</body></html>
"""), cte="base64", subtype="html")),
    "other")

# 049: late registration after the deadline, sent from the husband's account and signed by the
# wife, who asks for the answer at her own address; "Ist noch Platz?" + waitlist; two persons.
add("rezaei-spaet-andere-adresse",
    message(std(addr("Ali Rezaei", "ali.rezaei@mail.example"),
                "Noch Platz im Workshop D?", "2027-05-12 21:07:36",
                "CAAl1r3z-049@mail.example"),
            part(T("""
Guten Abend,

ich weiß, die Anmeldefrist ist vorbei, aber vielleicht ist ja noch Platz?
Dann melde ich mich für Workshop D an, mein Mann kommt mit (wir schreiben
von seinem Konto, ich habe mein Passwort vergessen). Falls D voll ist,
setzen Sie uns bitte auf die Warteliste.

Bitte antworten Sie an meine Adresse: shirin.rezaei@mail.example

Danke und viele Grüße
Shirin Rezaei
"""), cte="8bit")),
    "registration", "shirin.rezaei@mail.example", "Shirin Rezaei", None, ["WS-D"], 2, "de")

# 050: other - an association offers volunteer Tigrinya and Amharic interpreters for the day;
# no registration, no question; names "Workshop D" and "zwei" persons in passing.
add("angebot-dolmetschen-tigrinya",
    message(std(addr("Habesha Kulturbrücke Münster", "kontakt@habesha-ms.example"),
                "Angebot: ehrenamtliches Dolmetschen Tigrinya/Amharisch am 15.5.",
                "2027-05-13 12:30:00", "hkb-0513-123000@habesha-ms.example"),
            part(T("""
Liebes Team des Elternforums,

von mehreren Familien haben wir gehört, dass sie gern zum Elternforum
kommen möchten, aber kaum Deutsch sprechen. Unser Verein bietet an,
am 15. Mai ehrenamtlich für Tigrinya und Amharisch zu dolmetschen – wir
hätten zwei Personen, die den ganzen Tag da sein könnten, z.B. im
Workshop D.

Wenn Sie das gebrauchen können, melden Sie sich gerne unter dieser
Adresse. Wenn nicht, ist das auch in Ordnung.

Herzliche Grüße
Saba Tesfamariam
Habesha Kulturbrücke Münster e.V.
"""), cte="quoted-printable")),
    "other")


# ===========================================================================
# validation, writing, --check, --stats
# ===========================================================================

ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)
EXAMPLE_HOSTS = ("example.org", "example.com", "example.net")


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in EXAMPLE_HOSTS
            or any(host.endswith("." + h) for h in EXAMPLE_HOSTS))


def _texts(msg, problems, where):
    """Check defects and strict decoding of every part; return all decoded text."""
    out = []
    for h, v in msg.items():
        if getattr(v, "defects", None):
            problems.append(f"{where}: header {h} defects {list(v.defects)}")
        out.append(str(v))
    for p in msg.walk():
        if p.is_multipart():
            if p.defects:
                problems.append(f"{where}: defects {list(p.defects)}")
            continue
        ctype = p.get_content_type()
        if ctype == "message/rfc822":
            continue
        payload = p.get_payload(decode=True)
        if p.defects:
            problems.append(f"{where}: {ctype} defects {list(p.defects)}")
        if p.get_content_maintype() == "text" or ctype == "message/delivery-status":
            charset = p.get_content_charset() or "us-ascii"
            try:
                out.append(payload.decode(charset))
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"{where}: {ctype} does not decode as {charset}: {e}")
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for inner in p.get_payload():
                out += _texts(inner, problems, where + " (attached message)")
    return out


def validate(mails):
    problems = []
    last = None
    for fname, raw, rec in mails:
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{fname}: line ends are not all CRLF")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                problems.append(f"{fname}: line {i} is {len(line)} octets long")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            problems.append(f"{fname}: message defects {list(msg.defects)}")
        texts = _texts(msg, problems, fname)
        when = email.utils.parsedate_to_datetime(msg["Date"])
        if last is not None and when <= last:
            problems.append(f"{fname}: Date does not rise ({when} after {last})")
        last = when
        for text in texts:
            for host in ADDR_RE.findall(text) + URL_RE.findall(text):
                if not example_host(host):
                    problems.append(f"{fname}: non-example host {host!r}")
        # the record
        if set(rec) != {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}:
            problems.append(f"{fname}: record keys {sorted(rec)}")
            continue
        k = rec["kind"]
        if k not in KINDS:
            problems.append(f"{fname}: bad kind {k!r}")
        if not all(w in IDS for w in rec["workgroups"]) or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            problems.append(f"{fname}: bad workgroups {rec['workgroups']}")
        person = k in ("registration", "change", "cancellation", "question")
        for f in ("email", "name", "language"):
            if person != (rec[f] is not None):
                problems.append(f"{fname}: {f} must be {'set' if person else 'null'} for {k}")
        if not person and (rec["organisation"] is not None or rec["workgroups"]):
            problems.append(f"{fname}: organisation/workgroups must be empty for {k}")
        if person:
            if rec["email"] != rec["email"].lower() or not example_host(rec["email"].split("@")[1]):
                problems.append(f"{fname}: bad email {rec['email']}")
            if rec["email"].lower() not in raw.decode("latin-1").lower():
                problems.append(f"{fname}: email {rec['email']} does not occur in the mail")
            if rec["language"] not in LANGS:
                problems.append(f"{fname}: bad language {rec['language']}")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                problems.append(f"{fname}: registration needs party_size >= 1")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                problems.append(f"{fname}: bad party_size")
        elif rec["party_size"] is not None:
            problems.append(f"{fname}: party_size must be null for {k}")
        if k in ("cancellation", "question") and rec["workgroups"]:
            problems.append(f"{fname}: workgroups must be [] for {k}")
        if (k == "bounce") != (rec["bounced_recipient"] is not None):
            problems.append(f"{fname}: bounced_recipient only for bounces")
        if k == "bounce" and rec["bounced_recipient"] != rec["bounced_recipient"].lower():
            problems.append(f"{fname}: bounced_recipient must be lower-case")
    names = [m[0] for m in mails]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    return problems


def expected_json(mails):
    return (json.dumps({f: rec for f, _, rec in mails}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def stats(mails):
    from collections import Counter
    kinds = Counter(rec["kind"] for _, _, rec in mails)
    langs = Counter(rec["language"] for _, _, rec in mails if rec["language"])
    charsets, ctes = Counter(), Counter()
    for _, raw, _ in mails:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                charsets[p.get_content_charset()] += 1
            if not p.is_multipart():
                ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(mails)}")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    print("charsets (text parts): " + ", ".join(f"{k} {v}" for k, v in charsets.most_common()))
    print("transfer encodings (leaf parts): " + ", ".join(f"{k} {v}" for k, v in ctes.most_common()))


def main(argv):
    problems = validate(MAILS)
    if problems:
        for p in problems:
            print("INVALID: " + p, file=sys.stderr)
        return 1
    files = {f"mails/{f}": raw for f, raw, _ in MAILS}
    files["expected.json"] = expected_json(MAILS)
    if "--stats" in argv:
        stats(MAILS)
        return 0
    mails_dir = HERE / "mails"
    if "--check" in argv:
        bad = [name for name, data in files.items()
               if not (HERE / name).is_file() or (HERE / name).read_bytes() != data]
        on_disk = {f"mails/{p.name}" for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        bad += sorted(on_disk - set(files))
        if bad:
            print("differs from make_mails.py: " + ", ".join(bad[:10]), file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match make_mails.py")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    # re-read what was written and validate again
    again = [(f, (mails_dir / f).read_bytes(), json.loads((HERE / "expected.json").read_text("utf-8"))[f])
             for f, _, _ in MAILS]
    problems = validate(again)
    if problems:
        for p in problems:
            print("INVALID after writing: " + p, file=sys.stderr)
        return 1
    print(f"wrote {len(MAILS)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
