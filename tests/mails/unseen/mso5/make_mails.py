#!/usr/bin/env python3
"""Evaluation set "mso5" for mailbot parse: 50 mails to the MSO-Tag 2027.

Everyday mail from very different people of Münster's communities: retired
volunteers, students, imams and priests, sports-club trainers, parents'
associations, a mosque youth group, a women's café, a choir -- plus the
follow-ups they send later (changes, cancellations, "one more person").

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind / language / format

Standard library only, deterministic.
"""
import base64
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "mso-tag@muenster.example"
OUR_HDR = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CET = timezone(timedelta(hours=1))

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WGS = ("AG1", "AG2", "AG3")

# ----------------------------------------------------------------- MIME helpers


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def enc_body(data, charset, cte, text=True):
    if isinstance(data, str):
        data = data.encode(charset)  # strict: fails if text does not fit
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return crlf(data)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data))
    if cte == "base64":
        if text:
            data = crlf(data)
        return crlf(base64.encodebytes(data))
    raise ValueError(cte)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def h_text(s, cs="utf-8"):
    if is_ascii(s):
        return s
    return Header(s, cs, maxlinelen=76).encode(linesep="\r\n")


def h_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    if not is_ascii(name):
        return f"{Header(name, cs).encode(linesep=chr(13) + chr(10))} <{addr}>"
    if any(c in name for c in '(),.:;<>@[]"'):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body        # bytes, CRLF

    def bytes(self):
        h = "\r\n".join(self.headers).encode("ascii")
        return h + b"\r\n\r\n" + self.body


def text(body, subtype="plain", charset="utf-8", cte="8bit", params="",
         disposition=None):
    hs = [f"Content-Type: text/{subtype}; charset=\"{charset}\"{params}",
          f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hs.append(f"Content-Disposition: {disposition}")
    return Part(hs, enc_body(body, charset, cte))


def attach(data, ctype, filename, cte="base64", inline_cid=None):
    hs = [f"Content-Type: {ctype}; name=\"{filename}\"",
          f"Content-Transfer-Encoding: {cte}"]
    if inline_cid:
        hs.append(f"Content-ID: <{inline_cid}>")
        hs.append(f"Content-Disposition: inline; filename=\"{filename}\"")
    else:
        hs.append(f"Content-Disposition: attachment; filename=\"{filename}\"")
    return Part(hs, enc_body(data, None, cte, text=False))


def multi(subtype, parts, boundary, params=""):
    body = b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p.bytes() + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part([f"Content-Type: multipart/{subtype};{params} boundary=\"{boundary}\""], body)


def raw_part(ctype, body_text, cte="7bit"):
    return Part([f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"],
                crlf(body_text.encode("ascii") if cte == "7bit" else body_text.encode("utf-8")))


def message(frm, to, subject, date, root, msgid, cc=None, reply_to=None,
            in_reply_to=None, extra=(), subject_cs="utf-8", sender=None):
    hs = []
    hs.append(f"From: {frm}")
    if sender:
        hs.append(f"Sender: {sender}")
    hs.append(f"To: {to}")
    if cc:
        hs.append(f"Cc: {cc}")
    if reply_to:
        hs.append(f"Reply-To: {reply_to}")
    hs.append(f"Subject: {h_text(subject, subject_cs)}")
    hs.append(f"Date: {email.utils.format_datetime(date)}")
    hs.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        hs.append(f"In-Reply-To: <{in_reply_to}>")
        hs.append(f"References: <{in_reply_to}>")
    hs.extend(extra)
    hs.append("MIME-Version: 1.0")
    hs.extend(root.headers)
    return "\r\n".join(hs).encode("ascii") + b"\r\n\r\n" + root.body


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in s.split("\n"))


def d(month, day, hh, mm, tz=CET):
    return datetime(2027, month, day, hh, mm, 0, tzinfo=tz)


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
FAKE_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + b"\xff\xd9"


def R(kind, email=None, name=None, org=None, wg=(), party=None, lang=None,
      bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (filename, raw bytes, expected record)


def add(slug, raw, rec):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", raw, rec))


def conf_text(greeting, wg_line, persons):
    """Our confirmation mail as people quote it."""
    return (f"{greeting}\n\n"
            "vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027\n"
            "am Samstag, 13. März 2027, 10:00–16:00 Uhr, im Stadtweinhaus, Prinzipalmarkt 8.\n\n"
            f"Angemeldet: {persons}\n"
            f"Arbeitsgruppe: {wg_line}\n\n"
            "Änderungen oder eine Absage schicken Sie bitte einfach als Antwort auf diese Mail.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Team MSO-Tag\n"
            "Stadt Münster – Amt für Migration und interkulturelle Angelegenheiten")


AG_TITLES = {
    "AG1": "AG1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


# =================================================================== the mails

# 001 registration, de: retired volunteer, long small talk, remembers the 2018
# "Haus der Kulturen" workshop; wife mentioned but NOT coming (party stays 1);
# ISO-8859-1, 8bit, plain text, postal signature.
add("brinkmann-retired-volunteer-smalltalk", message(
    h_addr("Helmut Brinkmann", "helmut.brinkmann@t-online.example", "iso-8859-1"), OUR,
    "Anmeldung MSO-Tag", d(1, 11, 9, 42),
    text("""Sehr geehrte Damen und Herren,

heute morgen habe ich in den Westfälischen Nachrichten gelesen, dass es im März
wieder einen Tag der Migrantenselbstorganisationen gibt. Das freut mich sehr!
Ich war 2018 dabei, als über ein "Haus der Kulturen" diskutiert wurde, und bin
seitdem im Förderverein aktiv. Leider ist aus dem Haus bis heute nichts geworden,
aber wir geben nicht auf.

Hiermit melde ich mich verbindlich an. Am meisten interessiert mich die
Arbeitsgruppe II zum Zukunftsprozess, da möchte ich gern unsere Erfahrungen
einbringen.

Meine Frau lässt herzlich grüßen, sie kann am 13. März leider nicht, weil sie
mit ihrem Chor in Telgte singt.

Ist das Stadtweinhaus eigentlich mit dem Bus gut zu erreichen? Ich fahre seit
letztem Jahr kein Auto mehr. Aber das finde ich auch selbst heraus.

Mit freundlichen Grüßen
Helmut Brinkmann

Förderverein Haus der Kulturen Münster e.V.
Am Kanonengraben 3
48151 Münster
Tel. 0251 / 7 71 23
""", charset="iso-8859-1", cte="8bit"),
    "20270111094201.4411@t-online.example",
    extra=["X-Mailer: T-Online eMail 6.2"], subject_cs="iso-8859-1"),
    R("registration", "helmut.brinkmann@t-online.example", "Helmut Brinkmann",
      "Förderverein Haus der Kulturen Münster e.V.", ["AG2"], 1, "de"))

# 002 registration, tr: imam registers himself and the chairman (party 2),
# first choice AG1, fallback AG3, asks beside it for a prayer room; the
# association's name in Turkish; UTF-8 quoted-printable.
add("yildiz-imam-turkish-prayer-room", message(
    h_addr("Mehmet Yıldız", "m.yildiz@kinderhaus-camii.example"), OUR,
    "MSO-Tag 2027 kayıt", d(1, 12, 14, 5),
    text("""Selamün aleyküm, merhabalar,

Münster Kinderhaus Türk İslam Kültür Derneği olarak MSO-Tag'a katılmak
istiyoruz. Ben caminin imamıyım, yanımda dernek başkanımız Hasan Öztürk Bey de
gelecek. Yani toplam 2 kişiyiz.

Birinci tercihimiz 1. çalışma grubu (eğitim sistemi), çünkü cemaatimizde okulla
ilgili çok soru var. Orası doluysa 3. gruba da katılabiliriz.

Bir de sormak istediğim bir şey var: Cumartesi günü öğle namazı için
Stadtweinhaus'ta küçük bir oda ya da sessiz bir köşe bulunabilir mi? Çok
memnun oluruz.

Saygılarımla, hayırlı çalışmalar
Mehmet Yıldız
İmam – Münster Kinderhaus Türk İslam Kültür Derneği
""", cte="quoted-printable"),
    "CAEp7x1@mail.kinderhaus-camii.example"),
    R("registration", "m.yildiz@kinderhaus-camii.example", "Mehmet Yıldız",
      "Münster Kinderhaus Türk İslam Kültür Derneği", ["AG1", "AG3"], 2, "tr"))

# 003 registration, de: student, typed on a phone late at night, autocorrect
# ("Mso-Tage", "AG Drei"), signs with first name only; no organisation.
add("kowalczyk-student-phone", message(
    h_addr("Jana Kowalczyk", "jana.kowalczyk@uni-muenster.example"), OUR,
    "Anmeldung", d(1, 13, 23, 48),
    text("""Hallo,

ich würde mich gern für den Mso-Tage am 13.3 anmelden! Am liebsten AG Drei
(Förderung/Vereinsmanagement), falls da noch was frei ist. Ich studiere
Soziale Arbeit und schreibe gerade meine Bachelorarbeit über
Migrantenselbstorganisationen in NRW, deswegen passt das total gut 😊

Lg Jana

Von meinem iPhone gesendet""", cte="quoted-printable"),
    "9F1C2A77-0B3E-4C1D-9E57-1A2B3C4D5E6F@uni-muenster.example",
    extra=["X-Mailer: iPhone Mail (20H115)"]),
    R("registration", "jana.kowalczyk@uni-muenster.example", "Jana Kowalczyk",
      None, ["AG3"], 1, "de"))

# 004 registration, en (with Twi greetings): Ghana Union registers three
# people, AG3 first then AG2 ("the Zukunftsprozess one"); Gmail
# multipart/alternative with a PDF flyer attached.
_kw_plain = """Akwaaba and good day!

My name is Kwame Asante, I am the chairman of the Ghana Union Münster e.V. We
got your invitation through the Integrationsrat newsletter. Ɛte sɛn? We hope the
planning is going well.

We would like to register 3 persons for the MSO-Tag on 13 March:
- myself, Kwame Asante
- our secretary, Mrs. Abena Owusu
- our youth leader, Kofi Mensah

We are most interested in workgroup III (funding and association management),
because we want to apply for money for our Saturday homework club. If that one
is full, please put us in the Zukunftsprozess group.

I attach our small flyer so you know who we are.

Medaase paa (thank you very much)!

Kwame Asante
Chairman, Ghana Union Münster e.V.
+49 176 0000 1234
"""
_kw_html = """<div dir="ltr"><div>Akwaaba and good day!</div><div><br></div><div>My name is Kwame Asante, I am the chairman of the Ghana Union Münster e.V. We got your invitation through the Integrationsrat newsletter. Ɛte sɛn? We hope the planning is going well.</div><div><br></div><div>We would like to register 3 persons for the MSO-Tag on 13 March:</div><ul><li>myself, Kwame Asante</li><li>our secretary, Mrs. Abena Owusu</li><li>our youth leader, Kofi Mensah</li></ul><div>We are most interested in workgroup III (funding and association management), because we want to apply for money for our Saturday homework club. If that one is full, please put us in the Zukunftsprozess group.</div><div><br></div><div>I attach our small flyer so you know who we are.</div><div><br></div><div>Medaase paa (thank you very much)!</div><div><br></div><div>Kwame Asante<br>Chairman, Ghana Union Münster e.V.<br>+49 176 0000 1234</div></div>
"""
add("asante-ghana-union-gmail-three", message(
    h_addr("Kwame Asante", "kwame.asante@gmail.example"), OUR,
    "Registration MSO-Tag 2027 - Ghana Union Münster", d(1, 15, 19, 20),
    multi("mixed", [
        multi("alternative", [text(_kw_plain, cte="quoted-printable"),
                              text(_kw_html, "html", cte="quoted-printable")],
              "000000000000a1b2c3d4e5f60718"),
        attach(FAKE_PDF, "application/pdf", "GhanaUnion_Flyer_2027.pdf")],
        "000000000000a1b2c3d4e5f60719"),
    "CAK7Fq0m1x=ghana+reg@mail.gmail.example"),
    R("registration", "kwame.asante@gmail.example", "Kwame Asante",
      "Ghana Union Münster e.V.", ["AG3", "AG2"], 3, "en"))

# 005 registration, de (learner German): women's café registers four women
# for "Bildung"; Outlook HTML-only, UTF-8 base64; organisation with its
# Turkish name beside the German one.
add("demir-frauencafe-outlook-html", message(
    h_addr("Ayşe Demir", "frauencafe.coerde@outlook.example"), OUR,
    "Anmeldung Frauencafe", d(1, 18, 10, 3),
    text("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="DE" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">wir möchten anmelden für MSO Tag. Wir sind 4 Frauen von unsere Frauencafé in Coerde. Wir interessieren für Arbeitsgruppe Bildung, weil viele Kinder in unsere Stadtteil haben Problem in Schule und die Mütter verstehen nicht immer die Lehrer.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Die Namen: Ayşe Demir, Emine Kaya, Songül Arslan, Hatice Polat.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vielen Dank und schöne Grüße<o:p></o:p></p>
<p class="MsoNormal">Ayşe Demir<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Frauencafé Coerde – Kadın Kahvesi<br>Treffen jeden Dienstag 9:30 Uhr im Stadtteiltreff</span><o:p></o:p></p>
</div></body></html>
""", "html", cte="base64"),
    "AM0PR07MB4411C2B0E6A1F0D9E3B4A1C2D5E9A@AM0PR07MB4411.eurprd07.prod.outlook.example",
    extra=["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: de-DE",
           "Thread-Topic: Anmeldung Frauencafe", "Thread-Index: AQHZ1x2abcdEFGhiJKlmNOpq"]),
    R("registration", "frauencafe.coerde@outlook.example", "Ayşe Demir",
      "Frauencafé Coerde – Kadın Kahvesi", ["AG1"], 4, "de"))

# 006 registration, ar: parents' association, chairman and his wife (party 2),
# AG1 written as "المجموعة الأولى"; Arabic-Indic digit; signature in Latin
# letters with an Arabic title line; UTF-8 base64.
add("haddad-arab-parents-arabic", message(
    h_addr("Samir Haddad", "s.haddad@arabische-eltern-ms.example"), OUR,
    "تسجيل – يوم منظمات المهاجرين 2027", d(1, 19, 20, 55),
    text("""السلام عليكم ورحمة الله،

تحية طيبة وبعد،

أود أن أسجل باسم رابطة أولياء الأمور العرب في مونستر للمشاركة في يوم منظمات
المهاجرين بتاريخ ١٣ آذار/مارس ٢٠٢٧.

سنحضر شخصان: أنا وزوجتي الدكتورة رانيا حداد.
نرغب في المشاركة في مجموعة العمل الأولى (المهاجرون في النظام التعليمي)، لأن
أغلب أعضاء الرابطة لديهم أطفال في المدارس.

شكراً جزيلاً لكم على هذه المبادرة، ونتطلع إلى اللقاء.

مع خالص التحيات،
Dr. Samir Haddad
رئيس رابطة أولياء الأمور العرب في مونستر
""", cte="base64"),
    "7c1e2f0a-2b44-4d1e-8a6b-haddad@arabische-eltern-ms.example",
    extra=["User-Agent: Mozilla Thunderbird"]),
    R("registration", "s.haddad@arabische-eltern-ms.example", "Samir Haddad",
      "رابطة أولياء الأمور العرب في مونستر", ["AG1"], 2, "ar"))

# 007 registration, de: priest of an African Catholic community; plain
# 7-bit ASCII with "ue/ae" spellings, formal and short.
add("nnamdi-priest-ascii", message(
    h_addr("P. Joseph Nnamdi", "j.nnamdi@afrikanische-gemeinde.example"), OUR,
    "Anmeldung zum Tag der MSO", d(1, 21, 8, 15),
    text("""Sehr geehrte Damen und Herren,

hiermit moechte ich mich fuer den Tag der Migrantenselbstorganisationen am
13. Maerz anmelden. Ich bin Seelsorger der Afrikanischen Katholischen Gemeinde
Muenster und wuerde gerne an der Arbeitsgruppe 2 (Zukunftsprozess) teilnehmen.

Vielen Dank fuer Ihre Muehe und Gottes Segen fuer die Vorbereitung.

Pater Joseph Nnamdi
Afrikanische Katholische Gemeinde Muenster
""", cte="7bit"),
    "20270121081500.AB12@afrikanische-gemeinde.example"),
    R("registration", "j.nnamdi@afrikanische-gemeinde.example", "Joseph Nnamdi",
      "Afrikanische Katholische Gemeinde Muenster", ["AG2"], 1, "de"))

# 008 question, de: youth trainer of a sports club asks whether a sports club
# counts as MSO, about costs and parking; says he'd register afterwards -> no
# registration yet. UTF-8 8bit.
add("sahin-trainer-question", message(
    h_addr("Murat Şahin", "murat.sahin@fc-anadolu-hiltrup.example"), OUR,
    "Frage zum MSO Tag", d(1, 22, 21, 37),
    text("""Guten Abend,

ich bin Jugendtrainer beim FC Anadolu Hiltrup 1987 e.V. und hab von einem
Vereinskollegen von dem MSO-Tag gehört. Bevor ich mich anmelde hätte ich paar
Fragen:

1. Zählt ein Sportverein überhaupt als Migrantenselbstorganisation? Wir sind
   ja eigentlich ein Fußballverein, aber fast alle Familien haben türkische
   Wurzeln und wir machen auch Hausaufgabenhilfe usw.
2. Kostet die Teilnahme was?
3. Gibt es Parkplätze in der Nähe vom Prinzipalmarkt?

Wenn das passt würde ich mit ein, zwei Trainerkollegen kommen.

Danke schonmal und sportliche Grüße
Murat Şahin
FC Anadolu Hiltrup 1987 e.V. – Jugendabteilung
""", cte="8bit"),
    "b7c3d9e0-17aa-4f3e-9a11-sahin01@fc-anadolu-hiltrup.example"),
    R("question", "murat.sahin@fc-anadolu-hiltrup.example", "Murat Şahin",
      "FC Anadolu Hiltrup 1987 e.V.", [], None, "de"))

# 009 registration, ru: choir leader registers herself and two singers
# (party 3) for AG2 and asks whether the choir may sing in the break;
# KOI8-R 8bit; signature in Cyrillic, From display name in Latin letters.
add("schmidt-choir-russian-koi8r", message(
    h_addr("Valentina Schmidt", "v.schmidt@chor-ryabinushka.example"), OUR,
    "Регистрация на MSO-Tag", d(1, 24, 17, 12),
    text("""Здравствуйте!

Я руковожу хором "Рябинушка" при Землячестве немцев из России в Мюнстере.
Мы хотели бы принять участие в Дне организаций мигрантов 13 марта.

Нас будет трое: я и ещё две женщины из хора (Людмила Вебер и Нина Фризен).
Нас больше всего интересует рабочая группа 2 - о будущем Мюнстера.

И у меня вопрос: можно ли нашему хору спеть 2-3 песни в перерыве? Мы
выступали уже на Дне соседей и в Доме престарелых, людям очень нравится.

С уважением и заранее спасибо,
Валентина Шмидт
хор "Рябинушка"
""", charset="koi8-r", cte="8bit"),
    "000b01d9a1c2$4e5f6a70$@chor-ryabinushka.example", subject_cs="koi8-r"),
    R("registration", "v.schmidt@chor-ryabinushka.example", "Валентина Шмидт",
      'хор "Рябинушка"', ["AG2"], 3, "ru"))

# 010 registration, de: mosque youth group, phone-typed lower case, five
# people, "am liebsten ag1 aber ag2 geht auch"; Samsung footer.
add("karaca-youth-group-phone", message(
    h_addr("Yusuf Karaca", "yusuf.karaca07@mail.example"), OUR,
    "anmeldung mso tag", d(1, 25, 16, 2),
    text("""hallo

ich bin yusuf von der jugendgruppe von der fatih moschee in berg fidei. unser
imam hat gesagt wir sollen uns da anmelden weil das wichtig ist für die
zukunft und so. wir sind 5 leute (alle zwischen 17 und 22)

am liebsten ag1 wegen schule/uni aber ag2 geht auch

muss man da was mitbringen?

mfg yusuf
Jugendgruppe Fatih Moschee Berg Fidei



Von meinem Samsung Galaxy Smartphone gesendet.""", cte="8bit"),
    "kb1x2-3y4z5@mail.example"),
    R("registration", "yusuf.karaca07@mail.example", "Yusuf Karaca",
      "Jugendgruppe Fatih Moschee Berg Fidei", ["AG1", "AG2"], 5, "de"))

# 011 registration, fa: Iranian cultural association, "۲ نفر" in Persian
# digits (with her husband), AG3 as "گروه کاری سوم"; UTF-8 base64; signature
# in Persian script.
add("rahimi-iranian-farsi", message(
    h_addr("Maryam Rahimi", "maryam.rahimi@iran-kultur-ms.example"), OUR,
    "ثبت نام برای روز سازمان‌های مهاجران", d(1, 27, 11, 30),
    text("""با سلام و احترام،

من از طرف انجمن فرهنگی ایرانیان مونستر می‌خواهم برای روز سازمان‌های مهاجران
در تاریخ ۱۳ مارس ثبت نام کنم. ما ۲ نفر هستیم (من و همسرم).

ما به گروه کاری سوم (امکانات حمایت مالی و مدیریت انجمن) علاقه داریم، چون
انجمن ما تازه تأسیس شده و درباره درخواست بودجه سؤال‌های زیادی داریم.

با تشکر فراوان
مریم رحیمی
انجمن فرهنگی ایرانیان مونستر
""", cte="base64"),
    "CAF2h9+rahimi@iran-kultur-ms.example"),
    R("registration", "maryam.rahimi@iran-kultur-ms.example", "مریم رحیمی",
      "انجمن فرهنگی ایرانیان مونستر", ["AG3"], 2, "fa"))

# 012 registration, pl: Polish parents' association; small talk about the
# Saturday Polish school, asks when it ends; ISO-8859-2 quoted-printable.
add("nowak-polish-parents-latin2", message(
    h_addr("Agnieszka Nowak", "a.nowak@polska-szkola-ms.example", "iso-8859-2"), OUR,
    "Zgłoszenie - Dzień Organizacji Migrantów", d(1, 29, 13, 47),
    text("""Dzień dobry,

piszę w imieniu Stowarzyszenia Rodziców Polskich w Münsterze. Chciałabym się
zapisać na Dzień Organizacji Migrantów 13 marca, do grupy roboczej nr 1
(edukacja). Temat szkoły jest u nas bardzo ważny - w soboty prowadzimy
polską szkołę dla ok. 60 dzieci.

Mam jeszcze pytanie: czy spotkanie na pewno kończy się o 16:00? O 16:30 muszę
odebrać córkę z lekcji.

Pozdrawiam serdecznie
Agnieszka Nowak
Stowarzyszenie Rodziców Polskich w Münsterze
""", charset="iso-8859-2", cte="quoted-printable"),
    "5a6b7c8d.nowak@polska-szkola-ms.example", subject_cs="iso-8859-2"),
    R("registration", "a.nowak@polska-szkola-ms.example", "Agnieszka Nowak",
      "Stowarzyszenie Rodziców Polskich w Münsterze", ["AG1"], 1, "pl"))

# 013 auto_reply: bilingual German/Polish out-of-office answering our
# confirmation to 012; Auto-Submitted header; quotes nothing.
add("nowak-out-of-office", message(
    h_addr("Agnieszka Nowak", "a.nowak@polska-szkola-ms.example"), OUR,
    "Automatische Antwort: Ihre Anmeldung zum MSO-Tag 2027", d(1, 29, 15, 2),
    text("""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 07.02.2027 nicht im
Büro und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie
sich bitte an info@polska-szkola-ms.example.

Dziękuję za wiadomość. Do 07.02.2027 jestem nieobecna. W pilnych sprawach
proszę pisać na info@polska-szkola-ms.example.
""", cte="quoted-printable"),
    "autoreply.20270129150200.nowak@polska-szkola-ms.example",
    in_reply_to="conf-0012@muenster.example",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "Precedence: auto_reply"]),
    R("auto_reply"))

# 014 registration, de: shared association mailbox (From info@...) with a
# personal Reply-To; the secretary registers herself and a board member
# (party 2) for AG3, the city's invitation quoted below (forwarded inline).
_invitation = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10–16 Uhr, Stadtweinhaus, Prinzipalmarkt 8.

In drei parallelen Arbeitsgruppen geht es um:
AG1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
AG2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März an: mso-tag@muenster.example
Nennen Sie dabei Ihre Organisation, die gewünschte Arbeitsgruppe und die
Zahl der Personen.

Ihr Team MSO-Tag"""
add("benali-shared-mailbox-replyto", message(
    h_addr("Marokkanischer Kulturverein Münster", "info@marokkanischer-kv-ms.example"), OUR,
    "WG: Einladung Tag der Migrantenselbstorganisationen 2027", d(2, 1, 18, 26),
    text(f"""Guten Tag,

vom Marokkanischen Kulturverein Münster e.V. möchten wir mit zwei Personen
teilnehmen: Nadia Benali (Schriftführerin, das bin ich) und Hassan El Amrani
(2. Vorsitzender). Wir würden beide gern in die AG3, weil wir dieses Jahr zum
ersten Mal einen Förderantrag stellen wollen.

Bitte antworten Sie an meine eigene Adresse, das Vereinspostfach lesen
mehrere Leute und da geht manchmal was unter.

Viele Grüße
Nadia Benali
Schriftführerin
Marokkanischer Kulturverein Münster e.V.

-------- Weitergeleitete Nachricht --------
Betreff: Einladung Tag der Migrantenselbstorganisationen 2027
Datum: Mon, 11 Jan 2027 08:00:00 +0100
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
An: info@marokkanischer-kv-ms.example

{_invitation}
""", cte="quoted-printable"),
    "e3f1a2b4-benali@marokkanischer-kv-ms.example",
    reply_to=h_addr("Nadia Benali", "nadia.benali@mail.example"),
    extra=["User-Agent: Mozilla/5.0 Thunderbird/115.6.0"]),
    R("registration", "nadia.benali@mail.example", "Nadia Benali",
      "Marokkanischer Kulturverein Münster e.V.", ["AG3"], 2, "de"))

# 015 registration, es: Latin-American association, AG2 first and AG1 second;
# asks whether she may bring her baby (not counted, party 1);
# ISO-8859-1 quoted-printable.
add("mendez-casa-latina-spanish", message(
    h_addr("Carolina Méndez", "carolina.mendez@casalatina-ms.example", "iso-8859-1"), OUR,
    "Inscripción MSO-Tag 13 de marzo", d(2, 2, 12, 10),
    text("""Hola, buenos días:

Me llamo Carolina Méndez y soy voluntaria de Casa Latina Münster, la
asociación cultural latinoamericana. Quisiera inscribirme para el día de las
organizaciones de migrantes.

Me interesa sobre todo el grupo de trabajo 2 (el proceso de futuro de Münster)
y como segunda opción el grupo 1 (educación).

Una pregunta: ¿puedo llevar a mi bebé? Tiene 8 meses y todavía le doy el
pecho. Si no es posible, buscaré a alguien que lo cuide.

¡Muchas gracias y saludos cordiales!
Carolina Méndez
Casa Latina Münster
""", charset="iso-8859-1", cte="quoted-printable"),
    "CAMendez1234=casalatina@mail.casalatina-ms.example", subject_cs="iso-8859-1"),
    R("registration", "carolina.mendez@casalatina-ms.example", "Carolina Méndez",
      "Casa Latina Münster", ["AG2", "AG1"], 1, "es"))

# 016 change, de: 001 answers our confirmation (bottom-posted, quoted
# confirmation still says AG2): after talking to his association he wants
# AG3 instead. ISO-8859-1 8bit.
add("brinkmann-change-to-ag3", message(
    h_addr("Helmut Brinkmann", "helmut.brinkmann@t-online.example", "iso-8859-1"), OUR,
    "AW: Ihre Anmeldung zum MSO-Tag 2027", d(2, 3, 10, 14),
    text(quote(conf_text("Guten Tag Herr Brinkmann,", AG_TITLES["AG2"],
                         "1 Person (Helmut Brinkmann)")) + """

Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Bestätigung. Ich habe gestern mit unserem
Vorstand gesprochen, und wir sind übereingekommen, dass ich besser in die
Arbeitsgruppe III (Förderung und Vereinsmanagement) gehe, weil unser
Förderverein dringend neue Geldquellen braucht. Den Zukunftsprozess
übernimmt dann vielleicht nächstes Jahr ein Jüngerer.

Könnten Sie das bitte entsprechend ändern?

Mit freundlichen Grüßen
Helmut Brinkmann
""", charset="windows-1252", cte="8bit"),
    "20270203101402.5512@t-online.example", in_reply_to="conf-0001@muenster.example",
    extra=["X-Mailer: T-Online eMail 6.2"], subject_cs="iso-8859-1"),
    R("change", "helmut.brinkmann@t-online.example", "Helmut Brinkmann",
      None, ["AG3"], None, "de"))

# 017 registration, it: retired Italian, long small talk (40 years in Münster),
# comes with his wife (party 2), AG2; attaches a photo of the circolo; UTF-8 8bit.
add("russo-circolo-italiano-photo", message(
    h_addr("Giuseppe Russo", "giuseppe.russo@libero.example"), OUR,
    "Iscrizione giornata MSO", d(2, 4, 11, 5),
    multi("mixed", [text("""Gentili signore e signori,

sono Giuseppe Russo, ho 71 anni e vivo a Münster dal 1985. Sono arrivato come
operaio e adesso sono pensionato, ma da tanti anni faccio volontariato nel
Circolo Culturale Italiano di Münster. Ogni giovedì giochiamo a carte e
facciamo anche un po' di politica :-)

Vorrei iscrivermi alla giornata delle organizzazioni dei migranti del 13 marzo
insieme a mia moglie Rosa, quindi siamo in due. Ci interessa il gruppo di
lavoro 2, sul futuro di Münster, perché ci abitiamo da una vita e abbiamo
qualcosa da dire!

Le mando una foto del nostro circolo, così vede chi siamo.

Cordiali saluti
Giuseppe Russo
Circolo Culturale Italiano di Münster
""", cte="8bit"),
        attach(FAKE_JPG, "image/jpeg", "circolo_2026.jpg")], "----=_Part_4711_1.1738663500"),
    "1433278211.4711.1738663500@libero.example"),
    R("registration", "giuseppe.russo@libero.example", "Giuseppe Russo",
      "Circolo Culturale Italiano di Münster", ["AG2"], 2, "it"))

# 018 registration, ku (Kurmanji): Kurdish cultural centre, "koma xebatê ya
# duyem" = AG2; UTF-8 quoted-printable.
add("celik-kurdish-kurmanji", message(
    h_addr("Azad Çelik", "azad.celik@navenda-kurdi.example"), OUR,
    "Tomarkirin ji bo MSO-Tag 2027", d(2, 5, 19, 44),
    text("""Rojbaş,

Ez Azad Çelik im, ji Navenda Çanda Kurdî ya Münsterê. Ez dixwazim beşdarî
Roja Rêxistinên Koçberan a 13ê Adarê bibim.

Ez dixwazim di koma xebatê ya duyem de (pêşeroja Münsterê) cih bigirim.
Tenê ez têm, yek kes.

Gelek spas û silav
Azad Çelik
Navenda Çanda Kurdî ya Münsterê
""", cte="quoted-printable"),
    "CAJ8celik=ku@navenda-kurdi.example"),
    R("registration", "azad.celik@navenda-kurdi.example", "Azad Çelik",
      "Navenda Çanda Kurdî ya Münsterê", ["AG2"], 1, "ku"))

# 019 question, en with Hausa greeting: Nigerian student asks whether the day
# is in German only, whether students may come, and the fee -- registers no one.
add("bello-nigerian-student-question", message(
    "Aminu Bello <aminu.bello@uni-muenster.example>", OUR,
    "Question about the MSO day", d(2, 6, 22, 18),
    text("""Sannu da aiki!

Good evening, I hope this mail finds you well. My name is Aminu Bello, I am a
master student (Geoinformatics) and a member of the Nigerian Students'
Association here in Münster.

I saw the MSO-Tag on the city website and I have some questions before we
decide:
- Will everything be in German? My German is B1, some of our members have
  less.
- Can a student association take part, or only registered e.V.s?
- Is there a fee?

If it is possible, maybe 3 or 4 of us would like to come.

Thank you, Allah ya saka da alheri.
Aminu Bello
""", cte="8bit"),
    "CAB3llo+q@uni-muenster.example"),
    R("question", "aminu.bello@uni-muenster.example", "Aminu Bello",
      "Nigerian Students' Association", [], None, "en"))

# 020 registration, de: retired volunteer with her husband (party 2), AG1
# ("Schule"), asks about lift/Rollator; windows-1252 8bit with typographic
# quotes and a long volunteer signature.
add("hoelscher-retired-couple-cp1252", message(
    h_addr("Gisela Hölscher", "gisela.hoelscher@web.example", "windows-1252"), OUR,
    "Anmeldung zum „Tag der Migrantenselbstorganisationen“", d(2, 8, 9, 1),
    text("""Liebes Team vom MSO-Tag,

mein Mann Werner und ich möchten uns gern für den 13. März anmelden. Wir sind
seit 2015 im Arbeitskreis Asyl Gievenbeck aktiv und begleiten vor allem
Familien bei Schulfragen – deshalb interessiert uns die Arbeitsgruppe „Schule“
bzw. Bildungssystem am meisten.

Eine Frage noch: Werner ist nach seiner Knie-OP mit dem Rollator unterwegs.
Gibt es im Stadtweinhaus einen Aufzug? Die Treppe dort ist ja recht steil …

Herzliche Grüße aus Gievenbeck
Gisela Hölscher

––
Arbeitskreis Asyl Gievenbeck
„Ankommen braucht Nachbarn“
Sprechstunde: dienstags 16–18 Uhr im Gemeindehaus St. Michael
""", charset="windows-1252", cte="8bit"),
    "000001d9b8c7$hoelscher$web.example@web.example", subject_cs="windows-1252"),
    R("registration", "gisela.hoelscher@web.example", "Gisela Hölscher",
      "Arbeitskreis Asyl Gievenbeck", ["AG1"], 2, "de"))

# 021 registration, uk: Ukrainian community, mother of two school children,
# AG1; windows-1251 quoted-printable.
add("kovalenko-ukrainian-cp1251", message(
    h_addr("Olena Kovalenko", "o.kovalenko@ukr-mail.example", "windows-1251"), OUR,
    "Реєстрація на День організацій мігрантів", d(2, 9, 20, 33),
    text("""Добрий день!

Мене звати Олена Коваленко, я волонтерка Української громади Мюнстера.
Хочу зареєструватися на День організацій мігрантів 13 березня.

Мене цікавить робоча група 1 (освіта), бо мої двоє дітей ходять тут до школи,
і в нашій громаді дуже багато питань про школу та Gymnasialempfehlung.

Дякую вам!
З повагою,
Олена Коваленко
Українська громада Мюнстера
""", charset="windows-1251", cte="quoted-printable"),
    "olena.1739129580@ukr-mail.example", subject_cs="windows-1251"),
    R("registration", "o.kovalenko@ukr-mail.example", "Олена Коваленко",
      "Українська громада Мюнстера", ["AG1"], 1, "uk"))

# 022 registration, ro: typed on a phone without diacritics, he and a
# colleague (party 2), AG3; signs with first name only, full name only in
# the From display name; 7bit.
add("popescu-romanian-no-diacritics", message(
    h_addr("Ionuț Popescu", "ionut.popescu@yahoo.example"), OUR,
    "inscriere MSO Tag", d(2, 10, 7, 52),
    text("""Buna ziua,

As dori sa ma inscriu la ziua organizatiilor de migranti din 13 martie,
impreuna cu colegul meu Mihai Dumitrescu. Suntem amandoi din Asociatia
Culturala Romana Muenster. Ne intereseaza grupul 3 (finantare si
managementul asociatiei).

Multumesc frumos!
Ionut

Trimis de pe Yahoo Mail pentru Android""", cte="7bit"),
    "1893746.2.1739170320@mail.yahoo.example"),
    R("registration", "ionut.popescu@yahoo.example", "Ionuț Popescu",
      "Asociatia Culturala Romana Muenster", ["AG3"], 2, "ro"))

# 023 cancellation, de: 003 cancels from her phone, top-posted above our
# quoted confirmation (which names AG3).
add("kowalczyk-cancel-phone", message(
    h_addr("Jana Kowalczyk", "jana.kowalczyk@uni-muenster.example"), OUR,
    "Re: Ihre Anmeldung zum MSO-Tag 2027", d(2, 10, 13, 21),
    text("""Hallo, ich muss mich leider wieder abmelden 😕 hab grad erfahren dass ich an
dem Samstag eine Klausur nachschreiben muss. Schade!! Vielleicht nächstes Jahr.
Lg Jana

Von meinem iPhone gesendet

> Am 14.01.2027 um 08:12 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(conf_text("Guten Tag Frau Kowalczyk,", AG_TITLES["AG3"], "1 Person")) + "\n",
        cte="quoted-printable"),
    "5E6F7A8B-1C2D-4E3F-8091-A2B3C4D5E6F7@uni-muenster.example",
    in_reply_to="conf-0003@muenster.example", extra=["X-Mailer: iPhone Mail (20H115)"]),
    R("cancellation", "jana.kowalczyk@uni-muenster.example", "Jana Kowalczyk",
      None, [], None, "de"))

# 024 registration, bg: Bulgarian cultural association, AG2 and AG3 (in that
# order), UTF-8 quoted-printable; organisation in Cyrillic with „“ quotes.
add("ivanova-bulgarian", message(
    h_addr("Desislava Ivanova", "desi.ivanova@abv.example"), OUR,
    "Регистрация за MSO-Tag 2027", d(2, 11, 18, 40),
    text("""Здравейте,

Казвам се Десислава Иванова и съм председател на Българско културно дружество
„Кирил и Методий“ – Мюнстер. Бих искала да се регистрирам за Деня на
организациите на мигрантите на 13 март.

Интересуват ме работна група 2 и, ако е възможно, работна група 3.

Благодаря предварително!
Поздрави,
Десислава Иванова
""", cte="quoted-printable"),
    "1739295600.ivanova@abv.example"),
    R("registration", "desi.ivanova@abv.example", "Десислава Иванова",
      "Българско културно дружество „Кирил и Методий“ – Мюнстер", ["AG2", "AG3"], 1, "bg"))

# 025 registration, de: 008's trainer answers our reply to his question and
# now registers himself + two trainers (party 3) for AG2; the quoted answer
# suggests AG3 -- only the new text counts. Gmail multipart/alternative.
_our_answer = """Guten Tag Herr Şahin,

vielen Dank für Ihr Interesse! Ja, auch Sportvereine, in denen sich Menschen
mit Migrationsgeschichte selbst organisieren, sind herzlich willkommen. Die
Teilnahme ist kostenlos. Parkhäuser gibt es z. B. am Aegidiimarkt; mit dem Bus
(Haltestelle Prinzipalmarkt) ist es aber einfacher. Für Vereine wie Ihren ist
vielleicht die AG3 (Förderungsmöglichkeiten) interessant.

Viele Grüße
Ihr Team MSO-Tag"""
_sahin_new = """Hallo nochmal,

super, danke für die schnelle Antwort! Dann melde ich uns hiermit an: ich und
meine zwei Trainerkollegen Deniz Aydın und Okan Er, also 3 Personen.

Wir würden aber lieber in AG 2, weil es bei uns im Verein gerade viel um den
neuen Sportpark in Hiltrup geht und wie die Stadt da plant.

Sportliche Grüße
Murat Şahin
FC Anadolu Hiltrup 1987 e.V."""
_sahin_q = "Am Mo., 25. Jan. 2027 um 09:30 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:"
add("sahin-registers-after-answer-gmail", message(
    h_addr("Murat Şahin", "murat.sahin@fc-anadolu-hiltrup.example"), OUR,
    "Re: Frage zum MSO Tag", d(2, 12, 20, 11),
    multi("alternative", [
        text(_sahin_new + "\n\n" + _sahin_q + "\n\n" + quote(_our_answer) + "\n",
             cte="quoted-printable"),
        text("<div dir=\"ltr\">" + _sahin_new.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>")
             + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
             + _sahin_q.replace("<", "&lt;").replace(">", "&gt;")
             + "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
             + _our_answer.replace("\n", "<br>\n") + "</blockquote></div>\n",
             "html", cte="quoted-printable")],
        "0000000000004f2e9a05f1c3b2a1"),
    "CAH+sahin2reg@fc-anadolu-hiltrup.example", in_reply_to="answer-0008@muenster.example"),
    R("registration", "murat.sahin@fc-anadolu-hiltrup.example", "Murat Şahin",
      "FC Anadolu Hiltrup 1987 e.V.", ["AG2"], 3, "de"))

# 026 change, tr: 002's imam adds one more person (party 2 -> 3), no new
# workgroup; top-posted over our quoted confirmation (AG1); UTF-8 base64.
add("yildiz-one-more-person", message(
    h_addr("Mehmet Yıldız", "m.yildiz@kinderhaus-camii.example"), OUR,
    "Ynt: Ihre Anmeldung zum MSO-Tag 2027", d(2, 13, 12, 40),
    text("""Merhabalar,

onay için teşekkür ederiz. Bir kişi daha eklemek istiyoruz: gençlik kolu
başkanımız Emre Koç da gelmek istiyor. Böylece 3 kişi olacağız.

Namaz için oda konusunu da not ettiğiniz için ayrıca teşekkürler.

Selam ve dua ile
Mehmet Yıldız

-----Orijinal İleti-----
Kimden: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gönderildi: 12 Ocak 2027 Salı 16:20
Konu: Ihre Anmeldung zum MSO-Tag 2027

""" + conf_text("Guten Tag Herr Yıldız,", AG_TITLES["AG1"] + " (Ersatz: AG3)",
                "2 Personen") + "\n", cte="base64"),
    "CAEp7x9@mail.kinderhaus-camii.example", in_reply_to="conf-0002@muenster.example"),
    R("change", "m.yildiz@kinderhaus-camii.example", "Mehmet Yıldız",
      None, [], 3, "tr"))

# 027 registration, sq: Albanian cultural association, AG1, UTF-8 8bit;
# the association's name with inner quotes.
add("krasniqi-albanian", message(
    h_addr("Arben Krasniqi", "Arben.Krasniqi@iliria-ms.example"), OUR,
    "Regjistrim per MSO-Tag", d(2, 15, 10, 2),
    text("""Përshëndetje,

Jam Arben Krasniqi nga Shoqata Kulturore Shqiptare "Iliria" Münster. Dëshiroj
të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars.

Do të doja të marr pjesë në grupin e punës 1 (arsimi), sepse në shoqatën tonë
kemi shumë prindër që kanë pyetje për shkollën e fëmijëve.

Faleminderit shumë dhe gjithë të mirat!
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
""", cte="8bit"),
    "ak.20270215100200@iliria-ms.example"),
    R("registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
      'Shoqata Kulturore Shqiptare "Iliria" Münster', ["AG1"], 1, "sq"))

# 028 bounce: our confirmation to 027 comes back from our own MTA (Postfix
# multipart/report); Final-Recipient in mixed case -> label lower-cased.
_dsn_human = """This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Arben.Krasniqi@iliria-ms.example>: host mail.iliria-ms.example[192.0.2.44]
    said: 550 5.1.1 <Arben.Krasniqi@iliria-ms.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
_dsn_status = """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Z1kQx0Wd3z9sWm
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Mon, 15 Feb 2027 10:04:11 +0100 (CET)

Final-Recipient: rfc822; Arben.Krasniqi@iliria-ms.example
Original-Recipient: rfc822;Arben.Krasniqi@iliria-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.iliria-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <Arben.Krasniqi@iliria-ms.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
_dsn_headers = """Return-Path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Arben.Krasniqi@iliria-ms.example
Subject: =?utf-8?q?Ihre_Anmeldung_zum_MSO-Tag_2027?=
Date: Mon, 15 Feb 2027 10:04:10 +0100
Message-ID: <conf-0027@muenster.example>
"""
add("bounce-postfix-user-unknown", message(
    "MAILER-DAEMON@mx1.muenster.example (Mail Delivery System)", OUR,
    "Undelivered Mail Returned to Sender", d(2, 15, 10, 5),
    multi("report", [raw_part("text/plain; charset=us-ascii", _dsn_human),
                     raw_part("message/delivery-status", _dsn_status),
                     raw_part("text/rfc822-headers", _dsn_headers)],
          "4Z1kQx0Wd3z9sWm.1739610251/mx1.muenster.example",
          params=" report-type=delivery-status;"),
    "20270215090411.4Z1kQx0Wd3z9sWm@mx1.muenster.example",
    extra=["Auto-Submitted: auto-replied"]),
    R("bounce", bounced="arben.krasniqi@iliria-ms.example"))

# 029 registration, el: Greek Orthodox priest, AG2, signs "π. Γεώργιος ..."
# (π. = father, a title); ISO-8859-7 quoted-printable.
add("papadopoulos-greek-priest-iso8859-7", message(
    h_addr("Georgios Papadopoulos", "p.georgios@orthodoxi-enoria-ms.example"), OUR,
    "Εγγραφή για την Ημέρα Οργανώσεων Μεταναστών", d(2, 16, 15, 30),
    text("""Αγαπητοί κύριοι και κυρίες,

με την παρούσα επιστολή θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των
Οργανώσεων Μεταναστών στις 13 Μαρτίου, εκ μέρους της Ελληνικής Ορθόδοξης
Κοινότητας Μύνστερ.

Θα ήθελα να συμμετάσχω στη δεύτερη ομάδα εργασίας (το μέλλον του Μύνστερ).
Θα έρθω μόνος μου.

Με εκτίμηση και ευχές,
π. Γεώργιος Παπαδόπουλος
Ελληνική Ορθόδοξη Κοινότητα Μύνστερ
""", charset="iso-8859-7", cte="quoted-printable"),
    "georgios.2027.02.16@orthodoxi-enoria-ms.example", subject_cs="iso-8859-7"),
    R("registration", "p.georgios@orthodoxi-enoria-ms.example", "Γεώργιος Παπαδόπουλος",
      "Ελληνική Ορθόδοξη Κοινότητα Μύνστερ", ["AG2"], 1, "el"))

# 030 question, de: parents' association asks about a stand / flyers and
# childcare, "Anmeldung folgt" -- no one registered yet; Outlook
# multipart/alternative with a long disclaimer.
_elt_plain = """Sehr geehrte Damen und Herren,

wir – der Elternverein „Eltern für Bildung Münster-Nord“ – haben von Ihrer
Veranstaltung am 13. März erfahren und überlegen, mit mehreren Müttern zu
kommen. Vorher zwei Fragen:

- Dürfen Vereine Flyer auslegen oder gibt es sogar die Möglichkeit für einen
  kleinen Infotisch?
- Gibt es eine Kinderbetreuung? Viele unserer Mitglieder haben kleine Kinder.

Die Anmeldung schicken wir dann gesammelt, sobald wir wissen, wer kann.

Mit freundlichen Grüßen

Dilek Arslan-Brömmel
1. Vorsitzende
Eltern für Bildung Münster-Nord e.V.
Vereinsregister Amtsgericht Münster VR 0000

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet.
"""
add("arslan-parents-question-outlook", message(
    h_addr("Dilek Arslan-Brömmel", "vorstand@eltern-fuer-bildung.example"), OUR,
    "Anfrage Infotisch und Kinderbetreuung MSO-Tag", d(2, 17, 9, 12),
    multi("alternative", [
        text(_elt_plain, charset="windows-1252", cte="quoted-printable"),
        text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
             "<body lang=\"DE\"><div class=\"WordSection1\">"
             + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>\n" for ln in _elt_plain.split("\n"))
             + "</div></body></html>\n", "html", charset="windows-1252", cte="quoted-printable")],
        "_000_DB7PR02MB5123ABC_"),
    "DB7PR02MB5123ABC1234@DB7PR02MB5123.eurprd02.prod.outlook.example",
    extra=["Content-Language: de-DE", "X-MS-Has-Attach: "]),
    R("question", "vorstand@eltern-fuer-bildung.example", "Dilek Arslan-Brömmel",
      "Eltern für Bildung Münster-Nord e.V.", [], None, "de"))

# 031 registration, vi: Vietnamese association, two persons, AG1; UTF-8 base64.
add("nguyen-vietnamese", message(
    h_addr("Nguyễn Thị Lan", "lan.nguyen@hoinguoiviet-ms.example"), OUR,
    "Đăng ký tham dự MSO-Tag 2027", d(2, 18, 21, 5),
    text("""Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, thành viên ban chấp hành Hội Người Việt tại Münster.
Chúng tôi muốn đăng ký tham dự Ngày các tổ chức người di cư vào ngày 13/3.

Chúng tôi có 2 người: tôi và anh Trần Văn Minh.
Chúng tôi muốn tham gia nhóm làm việc số 1 (giáo dục), vì nhiều gia đình
trong hội có con đang học ở trường Đức.

Xin chân thành cảm ơn!
Nguyễn Thị Lan
Hội Người Việt tại Münster
""", cte="base64"),
    "lan.nguyen.0218@hoinguoiviet-ms.example"),
    R("registration", "lan.nguyen@hoinguoiviet-ms.example", "Nguyễn Thị Lan",
      "Hội Người Việt tại Münster", ["AG1"], 2, "vi"))

# 032 change, de: 010's youth group, phone-typed: now only 3 people and all
# want AG3 (party 5 -> 3, workgroups -> AG3); no quote.
add("karaca-change-three-ag3", message(
    h_addr("Yusuf Karaca", "yusuf.karaca07@mail.example"), OUR,
    "Re: anmeldung mso tag", d(2, 18, 23, 48),
    text("""hi nochmal

kleine änderung wir sind doch nur 3 leute weil 2 arbeiten müssen. und unser
vorstand meinte wir sollen lieber in die ag3 (förderung) gehen weil wir
geld für ein jugendraum beantragen wollen. also alle 3 in ag3 bitte

danke!! yusuf



Von meinem Samsung Galaxy Smartphone gesendet.""", cte="8bit"),
    "kb9q8-7w6e5@mail.example", in_reply_to="conf-0010@muenster.example"),
    R("change", "yusuf.karaca07@mail.example", "Yusuf Karaca",
      None, ["AG3"], 3, "de"))

# 033 registration, de: social worker registers her colleague and asks us to
# confirm directly to him -> email/name are the colleague's; Outlook
# multipart/related with a logo, windows-1252 QP, long legal disclaimer.
_cv_plain = """Sehr geehrte Damen und Herren,

hiermit melde ich meinen Kollegen Herrn Tarek Mansour für den Tag der
Migrantenselbstorganisationen am 13.03.2027 an. Herr Mansour betreut bei uns
im Migrationsdienst die Kooperation mit den arabischsprachigen Vereinen und
möchte an der AG 3 (Förderungsmöglichkeiten / Vereinsmanagement) teilnehmen.

Bitte senden Sie die Bestätigung direkt an ihn: t.mansour@caritas-ms.example

Ich selbst bin an dem Tag leider im Urlaub.

Mit freundlichen Grüßen
i. A. Katharina Vogt

Katharina Vogt
Dipl. Sozialarbeiterin
Caritasverband für die Stadt Münster e.V.
Migrationsdienst
Josefstraße 2, 48151 Münster

[Logo]

Caritasverband für die Stadt Münster e.V. | Vorstand: N. N. | Vereinsregister
Amtsgericht Münster VR 0000
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt.
Sollten Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie
bitte umgehend den Absender und vernichten Sie diese Nachricht.
"""
_cv_html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
            "<body lang=\"DE\"><div class=\"WordSection1\">"
            + "".join(f"<p class=\"MsoNormal\">{ln or '&nbsp;'}</p>\n"
                      for ln in _cv_plain.replace("[Logo]", "<img src=\"cid:image001.png@01DB7A2C.3F1E5D40\" width=\"120\">").split("\n"))
            + "</div></body></html>\n")
add("vogt-registers-colleague-outlook", message(
    h_addr("Vogt, Katharina", "k.vogt@caritas-ms.example"), OUR,
    "Anmeldung Herr Mansour – MSO-Tag 13.03.2027", d(2, 19, 11, 26),
    multi("related", [
        multi("alternative", [text(_cv_plain, charset="windows-1252", cte="quoted-printable"),
                              text(_cv_html, "html", charset="windows-1252", cte="quoted-printable")],
              "_000_VI1PR0402MB3344_"),
        attach(FAKE_PNG, "image/png", "image001.png", inline_cid="image001.png@01DB7A2C.3F1E5D40")],
        "_004_VI1PR0402MB3344_", params=" type=\"multipart/alternative\";"),
    "VI1PR0402MB3344F1E2D3C4B5A6@VI1PR0402MB3344.eurprd04.prod.outlook.example",
    cc=h_addr("Tarek Mansour", "t.mansour@caritas-ms.example"),
    extra=["Content-Language: de-DE", "X-MS-Has-Attach: yes"]),
    R("registration", "t.mansour@caritas-ms.example", "Tarek Mansour",
      "Caritasverband für die Stadt Münster e.V.", ["AG3"], 1, "de"))

# 034 cancellation, ru: 009's choir leader withdraws all three (a funeral in
# the community); KOI8-R again (same client), quoted-printable this time.
add("schmidt-choir-cancels-koi8r", message(
    h_addr("Valentina Schmidt", "v.schmidt@chor-ryabinushka.example"), OUR,
    "Re: Ihre Anmeldung zum MSO-Tag 2027", d(2, 20, 10, 5),
    text("""Здравствуйте,

к сожалению, мы вынуждены отменить нашу регистрацию. 13 марта у нас в общине
похороны, и весь хор будет там петь. Нас было трое, пожалуйста, вычеркните
всех.

Очень жаль, может быть, в следующем году получится.
Спасибо за понимание.

Валентина Шмидт
""", charset="koi8-r", cte="quoted-printable"),
    "000c01d9b2d3$5f6a7b80$@chor-ryabinushka.example",
    in_reply_to="conf-0009@muenster.example"),
    R("cancellation", "v.schmidt@chor-ryabinushka.example", "Валентина Шмидт",
      None, [], None, "ru"))

# 035 change, uk: 021 adds one more person, her neighbour (party 1 -> 2);
# no workgroup stated; windows-1251 base64.
add("kovalenko-plus-neighbour", message(
    h_addr("Olena Kovalenko", "o.kovalenko@ukr-mail.example", "windows-1251"), OUR,
    "Ще одна людина / noch eine Person", d(2, 21, 19, 17),
    text("""Добрий вечір!

Я вже зареєструвалася 9 лютого. Чи можна додати ще одну людину? Моя сусідка
Ірина Бондар теж хоче прийти, вона вчителька і дуже цікавиться темою.
Тобто нас буде двоє.

Дуже дякую!
Олена Коваленко
""", charset="windows-1251", cte="base64"),
    "olena.1740161820@ukr-mail.example", subject_cs="windows-1251"),
    R("change", "o.kovalenko@ukr-mail.example", "Олена Коваленко",
      None, [], 2, "uk"))

# 036 other: newsletter of a regional network, bulk headers, HTML +
# plain; mentions the MSO-Tag among other dates -- not a registration.
_nl_plain = """Netzwerk Migrantenorganisationen Westfalen – Newsletter Februar 2027

Liebe Mitglieder und Interessierte,

Termine im März:
* 06.03. Fortbildung "Kassenprüfung im Verein", Dortmund
* 13.03. Tag der Migrantenselbstorganisationen, Münster (Anmeldung über die Stadt)
* 20.03. Interkulturelles Frühlingsfest, Bielefeld

Neu: Förderprogramm "Ehrenamt stärken" – Antragsfrist 30.04.2027.
Mehr unter https://www.netzwerk-mso-westfalen.example/foerderung

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
Abmelden: https://www.netzwerk-mso-westfalen.example/newsletter/abmelden?id=8812
"""
add("newsletter-network", message(
    "Netzwerk MSO Westfalen <newsletter@netzwerk-mso-westfalen.example>", OUR,
    "Newsletter Februar 2027: Termine, Förderprogramme, Neues aus den Vereinen", d(2, 22, 6, 0),
    multi("alternative", [
        text(_nl_plain, cte="quoted-printable"),
        text("<html><body><table width=\"600\"><tr><td>"
             + _nl_plain.replace("\n", "<br>\n") + "</td></tr></table></body></html>\n",
             "html", cte="quoted-printable")], "=_nl_8812_b"),
    "nl.202702.8812@mailer.netzwerk-mso-westfalen.example",
    extra=["Precedence: bulk", "List-Id: <newsletter.netzwerk-mso-westfalen.example>",
           "List-Unsubscribe: <https://www.netzwerk-mso-westfalen.example/newsletter/abmelden?id=8812>",
           "X-Mailer: CleverReach-like Newsletter System"]),
    R("other"))

# 037 change, ar: 006 switches from AG1 to AG2 ("المجموعة الثانية"), party
# unchanged; UTF-8 quoted-printable; top-posted over the confirmation.
add("haddad-change-to-ag2", message(
    h_addr("Samir Haddad", "s.haddad@arabische-eltern-ms.example"), OUR,
    "رد: Ihre Anmeldung zum MSO-Tag 2027", d(2, 23, 8, 40),
    text("""السلام عليكم،

شكراً على تأكيد التسجيل. بعد اجتماع الهيئة الإدارية قررنا أن نغيّر مجموعة
العمل: نرجو نقلنا (أنا وزوجتي) من المجموعة الأولى إلى المجموعة الثانية
(مستقبل مونستر)، لأن زميلاً آخر من الرابطة سيهتم بموضوع المدارس.

مع الشكر والتقدير،
Dr. Samir Haddad

-------- Original Message --------
""" + quote(conf_text("Guten Tag Herr Dr. Haddad,", AG_TITLES["AG1"], "2 Personen")) + "\n",
        cte="quoted-printable"),
    "8d2f3a1b-3c55-4e2f-9b7c-haddad@arabische-eltern-ms.example",
    in_reply_to="conf-0006@muenster.example", extra=["User-Agent: Mozilla Thunderbird"]),
    R("change", "s.haddad@arabische-eltern-ms.example", "Samir Haddad",
      None, ["AG2"], None, "ar"))

# 038 change, de: 020's husband cannot come after all; she comes alone
# (party 2 -> 1), same workgroup; windows-1252 quoted-printable.
add("hoelscher-husband-stays-home", message(
    h_addr("Gisela Hölscher", "gisela.hoelscher@web.example", "windows-1252"), OUR,
    "Änderung Anmeldung Hölscher", d(2, 24, 8, 55),
    text("""Guten Morgen,

leider muss mein Mann Werner absagen – das Knie macht doch noch nicht so mit,
wie er gehofft hatte. Ich komme aber natürlich trotzdem, dann eben allein.
Bitte streichen Sie nur ihn von der Liste.

Vielen Dank übrigens für die Auskunft zum Aufzug!

Herzliche Grüße
Gisela Hölscher
""", charset="windows-1252", cte="quoted-printable"),
    "000001d9c1d2$hoelscher2$web.example@web.example", subject_cs="windows-1252"),
    R("change", "gisela.hoelscher@web.example", "Gisela Hölscher",
      None, [], 1, "de"))

# 039 question, fa (Dari): Afghan association asks whether there is
# interpretation into Dari/Farsi; "if so, we would register 4 people" is
# conditional -> question. UTF-8 base64.
add("noori-afghan-dari-interpreting", message(
    h_addr("Ahmad Zia Noori", "ahmadzia.noori@mail.example"), OUR,
    "سوال در مورد ترجمه", d(2, 24, 16, 20),
    text("""سلام علیکم،

من احمد ضیا نوری از انجمن فرهنگی افغان‌های مونستر هستم. چند نفر از اعضای ما
می‌خواهند در روز سازمان‌های مهاجرین اشتراک کنند، ولی آلمانی شان هنوز خوب نیست.

آیا در آن روز ترجمه به دری یا فارسی وجود دارد؟ اگر ترجمه باشد، ما ۴ نفر ثبت
نام می‌کنیم.

تشکر از زحمات شما
احمد ضیا نوری
""", cte="base64"),
    "CAGnoori1@mail.example"),
    R("question", "ahmadzia.noori@mail.example", "احمد ضیا نوری",
      "انجمن فرهنگی افغان‌های مونستر", [], None, "fa"))

# 040 cancellation, de: 007's priest cancels (confirmation Mass that day);
# 7bit ASCII again, short; Subject without "Re:".
add("nnamdi-cancels-firmung", message(
    h_addr("P. Joseph Nnamdi", "j.nnamdi@afrikanische-gemeinde.example"), OUR,
    "Absage Tag der MSO", d(2, 25, 7, 40),
    text("""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung fuer den 13. Maerz zurueckziehen. Der
Weihbischof hat die Firmung in unserer Gemeinde kurzfristig auf diesen
Samstag gelegt.

Ich wuensche Ihnen eine gesegnete Veranstaltung.

Pater Joseph Nnamdi
""", cte="7bit"),
    "20270225074000.CD34@afrikanische-gemeinde.example"),
    R("cancellation", "j.nnamdi@afrikanische-gemeinde.example", "Joseph Nnamdi",
      None, [], None, "de"))

# 041 registration, fr: Guinean association, two persons, AG2 "et
# éventuellement" AG3; ISO-8859-15 quoted-printable (with €).
add("diallo-guinean-french-latin9", message(
    h_addr("Mamadou Diallo", "mamadou.diallo@guinee-ms.example", "iso-8859-15"), OUR,
    "Inscription à la journée des organisations de migrants", d(2, 25, 21, 12),
    text("""Bonjour Madame, Monsieur,

Au nom de l'Association des Guinéens de Münster, je souhaite inscrire deux
personnes à la journée du 13 mars : moi-même et notre trésorière, Mme Aïssatou
Barry.

Nous aimerions participer au groupe de travail 2 et éventuellement au groupe 3,
car nous cherchons des financements (notre budget annuel est de moins de 500 €).

Je vous remercie d'avance et vous prie d'agréer mes salutations distinguées.

Mamadou Diallo
Président, Association des Guinéens de Münster
""", charset="iso-8859-15", cte="quoted-printable"),
    "mdiallo.20270225211200@guinee-ms.example", subject_cs="iso-8859-15"),
    R("registration", "mamadou.diallo@guinee-ms.example", "Mamadou Diallo",
      "Association des Guinéens de Münster", ["AG2", "AG3"], 2, "fr"))

# 042 auto_reply WITHOUT auto headers: the Ghana Union office mailbox answers
# our programme mail with a fixed text ("office open on Saturdays only");
# subject "Re:", plain 7bit.
add("ghana-union-office-autoresponder", message(
    "Ghana Union Muenster <info@ghana-union-ms.example>", OUR,
    "Re: Programm und Anfahrt - MSO-Tag 2027", d(2, 26, 6, 31),
    text("""Thank you for contacting Ghana Union Muenster e.V.

Our office is run by volunteers and is open on Saturdays from 12:00 to 15:00
only. Your message has been received and will be answered as soon as
possible.

For funerals and urgent family matters please call our chairman directly.

Akwaaba!
Ghana Union Muenster e.V.
""", cte="7bit"),
    "ar.1740547860.ghana@ghana-union-ms.example", in_reply_to="prog-0004@muenster.example"),
    R("auto_reply"))

# 043 change, de (learner German): 005's women's café, one more woman comes
# (party 4 -> 5); Outlook HTML-only again, UTF-8 base64.
add("demir-one-more-woman-html", message(
    h_addr("Ayşe Demir", "frauencafe.coerde@outlook.example"), OUR,
    "AW: Ihre Anmeldung zum MSO-Tag 2027", d(2, 27, 10, 15),
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Hallo,<o:p></o:p></p>
<p class="MsoNormal">noch eine Frau möchte mitkommen, Fatma Yılmaz. Dann wir sind 5 Frauen. Geht das noch? Bitte sagen Sie Bescheid.<o:p></o:p></p>
<p class="MsoNormal">Danke!<o:p></o:p></p>
<p class="MsoNormal">Ayşe Demir<o:p></o:p></p>
<p class="MsoNormal"><span style="color:#7F7F7F">Frauencafé Coerde – Kadın Kahvesi</span><o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Tag der Migrantenselbstorganisationen &lt;mso-tag@muenster.example&gt;<br>
<b>Gesendet:</b> Montag, 18. Januar 2027 14:02<br>
<b>An:</b> frauencafe.coerde@outlook.example<br>
<b>Betreff:</b> Ihre Anmeldung zum MSO-Tag 2027<o:p></o:p></p></div>
<p class="MsoNormal">""" + conf_text("Guten Tag Frau Demir,", AG_TITLES["AG1"], "4 Personen").replace("\n", "<br>\n")
         + """<o:p></o:p></p>
</div></body></html>
""", "html", cte="base64"),
    "AM0PR07MB4411D7E8F9A0B1C2@AM0PR07MB4411.eurprd07.prod.outlook.example",
    in_reply_to="conf-0005@muenster.example",
    extra=["Content-Language: de-DE", "Thread-Topic: Ihre Anmeldung zum MSO-Tag 2027"]),
    R("change", "frauencafe.coerde@outlook.example", "Ayşe Demir",
      "Frauencafé Coerde – Kadın Kahvesi", [], 5, "de"))

# 044 question, de: a teacher forwards the invitation she got from a
# colleague and asks whether one must belong to an MSO -- no registration.
add("lehrerin-forward-question", message(
    h_addr("Sabine Terhorst", "s.terhorst@gesamtschule-ms.example"), OUR,
    "Fwd: Einladung Tag der Migrantenselbstorganisationen 2027", d(2, 28, 17, 3),
    text(f"""Guten Tag,

mein Kollege hat mir Ihre Einladung weitergeleitet (s. u.). Ich bin
Lehrerin an einer Gesamtschule und Beratungslehrerin für neu zugewanderte
Schülerinnen und Schüler. Darf ich als Einzelperson ohne Verein teilnehmen,
oder ist die Veranstaltung nur für Mitglieder von Migrantenselbstorganisationen
gedacht? Ich möchte niemandem den Platz wegnehmen.

Freundliche Grüße
Sabine Terhorst

---------- Forwarded message ---------
Von: Jörg Lammers <j.lammers@gesamtschule-ms.example>
Date: Fr., 26. Feb. 2027 um 12:40
Subject: Fwd: Einladung Tag der Migrantenselbstorganisationen 2027
To: Sabine Terhorst <s.terhorst@gesamtschule-ms.example>

Wäre das nicht was für dich?? AG1 klingt genau nach deinem Thema.
J.

{_invitation}
""", cte="quoted-printable"),
    "CAPterhorst9@gesamtschule-ms.example"),
    R("question", "s.terhorst@gesamtschule-ms.example", "Sabine Terhorst",
      None, [], None, "de"))

# 045 cancellation, so: Somali women's group member cancels a registration
# she made by phone (not in this set); child is ill; 7bit plain.
add("cali-somali-cancels", message(
    "Faadumo Cali <faadumo.cali@mail.example>", OUR,
    "Ka noqosho MSO-Tag", d(3, 1, 9, 22),
    text("""Asc,

Magacaygu waa Faadumo Cali, waxaan ka tirsanahay Ururka Haweenka Soomaaliyeed
ee Munster. Waxaan isku diiwaan geliyay telefoonka bishii hore, laakiin
waan iska baajinayaa. Wiilkayga ayaa jiran, mana iman karo 13-ka March.

Waan ka xumahay. Mahadsanid.
Faadumo Cali
""", charset="us-ascii", cte="7bit"),
    "CAFcali01@mail.example"),
    R("cancellation", "faadumo.cali@mail.example", "Faadumo Cali",
      "Ururka Haweenka Soomaaliyeed ee Munster", [], None, "so"))

# 046 bounce: remote Exchange server (German) rejects our change confirmation
# to 035 -- mailbox full; multipart/report with text/html, delivery-status
# and the original message attached.
_ndr_html = """<html><body><p><b><font color="#000066" size="3">Ihre Nachricht hat folgende Empfänger nicht erreicht:</font></b></p>
<p>o.kovalenko@ukr-mail.example</p>
<p>Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.
Bitte versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.</p>
<p><b>Diagnoseinformationen für Administratoren:</b><br>
Generierender Server: EX02.ukr-mail.example<br>
o.kovalenko@ukr-mail.example<br>
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver; Quota exceeded'</p>
</body></html>
"""
_ndr_status = """Reporting-MTA: dns;EX02.ukr-mail.example
Received-From-MTA: dns;mx1.muenster.example
Arrival-Date: Mon, 1 Mar 2027 11:02:44 +0000

Final-Recipient: rfc822;o.kovalenko@ukr-mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver; Quota exceeded
"""
_ndr_orig = """From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: o.kovalenko@ukr-mail.example
Subject: =?utf-8?q?=C3=84nderung_Ihrer_Anmeldung_zum_MSO-Tag_2027?=
Date: Mon, 1 Mar 2027 12:02:40 +0100
Message-ID: <chg-0035@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Guten Tag Frau Kovalenko,

wir haben Ihre Anmeldung geaendert: jetzt 2 Personen, AG1.

Ihr Team MSO-Tag
"""
add("bounce-exchange-mailbox-full", message(
    h_addr("Microsoft Outlook", "postmaster@ukr-mail.example"), OUR,
    "Unzustellbar: Änderung Ihrer Anmeldung zum MSO-Tag 2027", d(3, 1, 12, 3),
    multi("report", [text(_ndr_html, "html", cte="quoted-printable"),
                     raw_part("message/delivery-status", _ndr_status),
                     raw_part("message/rfc822", _ndr_orig)],
          "_c1a2b3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_",
          params=" report-type=delivery-status;"),
    "c1a2b3d4e5f64a7b8c9d0e1f2a3b4c5d@EX02.ukr-mail.example",
    extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
           "Content-Language: de-DE"]),
    R("bounce", bounced="o.kovalenko@ukr-mail.example"))

# 047 change, de: 014's shared mailbox again (Reply-To personal): both
# switch from AG3 to AG1; party unchanged.
add("benali-switch-to-ag1", message(
    h_addr("Marokkanischer Kulturverein Münster", "info@marokkanischer-kv-ms.example"), OUR,
    "AW: Ihre Anmeldung zum MSO-Tag 2027", d(3, 2, 8, 30),
    text("""Hallo liebes MSO-Team,

kurze Änderung bei uns: Hassan und ich möchten doch lieber in die AG1
(Bildung) statt in die AG3. Den Förderantrag macht jetzt unser Kassenwart,
der war letzte Woche schon bei einer Beratung. Wir bleiben bei 2 Personen.

Danke und bis bald
Nadia Benali
Marokkanischer Kulturverein Münster e.V.
""", cte="quoted-printable"),
    "f4a2b3c5-benali@marokkanischer-kv-ms.example",
    reply_to=h_addr("Nadia Benali", "nadia.benali@mail.example"),
    in_reply_to="conf-0014@muenster.example",
    extra=["User-Agent: Mozilla/5.0 Thunderbird/115.6.0"]),
    R("change", "nadia.benali@mail.example", "Nadia Benali",
      "Marokkanischer Kulturverein Münster e.V.", ["AG1"], None, "de"))

# 048 other: unsolicited catering offer that names the event date -- no
# registration, no question about the event; HTML + plain, ISO-8859-1.
_cat = """Sehr geehrte Damen und Herren,

wie wir erfahren haben, planen Sie am 13. März 2027 eine Veranstaltung im
Stadtweinhaus. Gern unterbreiten wir Ihnen ein unverbindliches Angebot für
internationales Fingerfood (auch halal und vegan) ab 12,90 € pro Person.

Unser Team freut sich auf Ihre Rückmeldung!

Mit freundlichen Grüßen
Ihr Team von Genussreise Catering
www.genussreise-catering.example
"""
add("catering-offer-spam", message(
    "Genussreise Catering <angebote@genussreise-catering.example>", OUR,
    "Ihr Event am 13.03. – Catering-Angebot 10 % Frühbucherrabatt", d(3, 2, 14, 45),
    multi("alternative", [
        text(_cat, charset="iso-8859-15", cte="quoted-printable"),
        text("<html><body style=\"font-family:Arial\">" + _cat.replace("\n", "<br>\n")
             + "</body></html>\n", "html", charset="iso-8859-15", cte="quoted-printable")],
        "----=_NextPart_000_0012_01DB8C2A.5E3F1A20"),
    "0012.01db8c2a@genussreise-catering.example",
    extra=["X-Mailer: Microsoft Outlook 16.0"]),
    R("other"))

# 049 cancellation, de: 025's trainer cancels for all three, phone-typed,
# with a smiley and no quote.
add("sahin-cancels-tournament", message(
    h_addr("Murat Şahin", "murat.sahin@fc-anadolu-hiltrup.example"), OUR,
    "Absage FC Anadolu", d(3, 3, 18, 59),
    text("""Hallo,

leider müssen wir 3 vom FC Anadolu absagen, der Kreis hat das
Hallenturnier der U15 auf den 13.3. verlegt und da müssen wir alle
an die Linie 🙈 Sorry für den Aufwand!

Grüße Murat

Gesendet von Outlook für Android""", cte="base64"),
    "AM6PR10MB2277sahin03@AM6PR10MB2277.eurprd10.prod.outlook.example"),
    R("cancellation", "murat.sahin@fc-anadolu-hiltrup.example", "Murat Şahin",
      "FC Anadolu", [], None, "de"))

# 050 cancellation, de: reply to our 7-day reminder from someone who
# registered before this set (not in it); bottom-quoted reminder lists AG2.
_reminder = """Guten Tag Herr Karagiannis,

in einer Woche ist es so weit: Der Tag der Migrantenselbstorganisationen
findet am Samstag, 13. März 2027, 10–16 Uhr, im Stadtweinhaus statt.
Sie sind angemeldet für AG2 (1 Person).

Falls Sie doch nicht kommen können, geben Sie uns bitte kurz Bescheid.

Ihr Team MSO-Tag"""
add("karagiannis-cancels-after-reminder", message(
    h_addr("Dimitrios Karagiannis", "d.karagiannis@griechische-gemeinde-ms.example"), OUR,
    "AW: Erinnerung: MSO-Tag am 13. März", d(3, 7, 11, 18),
    text(quote(_reminder) + """

Sehr geehrte Damen und Herren,

danke für die Erinnerung. Leider liege ich seit Mittwoch mit einer
Lungenentzündung flach und der Arzt hat mir mindestens zwei Wochen Ruhe
verordnet. Ich muss meine Teilnahme daher absagen. Vielleicht kann jemand
von der Warteliste meinen Platz bekommen.

Mit freundlichen Grüßen
Dimitrios Karagiannis
Griechische Gemeinde Münster e.V.
""", charset="windows-1252", cte="quoted-printable"),
    "20270307111800.GG77@griechische-gemeinde-ms.example",
    in_reply_to="rem7-0417@muenster.example"),
    R("cancellation", "d.karagiannis@griechische-gemeinde-ms.example", "Dimitrios Karagiannis",
      "Griechische Gemeinde Münster e.V.", [], None, "de"))


# ================================================================ validation

EXAMPLE_OK = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=$-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)


def host_ok(host):
    host = host.rstrip(".").lower()
    return bool(EXAMPLE_OK.search(host))


def check_hosts(fname, txt):
    for m in ADDR_RE.finditer(txt):
        if not host_ok(m.group(1)):
            raise SystemExit(f"{fname}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(txt):
        h = m.group(1)
        if not h.lower().startswith("www.") and "://" not in m.group(0):
            pass
        if not host_ok(h):
            raise SystemExit(f"{fname}: non-example URL host {h}")


def validate(mails):
    prev = None
    for fname, raw, rec in mails:
        # CRLF only, line length
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            raise SystemExit(f"{fname}: bare LF or CR")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                raise SystemExit(f"{fname}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = [raw.replace(b"=\r\n", b"").decode("latin-1")]
        for part in msg.walk():
            if part.defects:
                raise SystemExit(f"{fname}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    raise SystemExit(f"{fname}: header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    texts.append(payload.decode(cs, "strict"))
                except UnicodeDecodeError as e:
                    raise SystemExit(f"{fname}: part does not decode as {cs}: {e}")
                sub = email.message_from_bytes(payload.replace(b"\r\n", b"\n"), policy=email.policy.default)
                del sub
            elif part.get_content_type() == "message/rfc822":
                for sp in part.get_payload():
                    for p2 in sp.walk():
                        if p2.defects:
                            raise SystemExit(f"{fname}: defects in attached message {p2.defects}")
        for k in ("From", "To", "Reply-To", "Cc", "Subject"):
            if msg[k] is not None:
                texts.append(str(msg[k]))
        for t in texts:
            check_hosts(fname, t)
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if prev is not None and date <= prev:
            raise SystemExit(f"{fname}: Date does not rise")
        prev = date
        # record
        if set(rec) != {"kind", "email", "name", "organisation", "workgroups",
                        "party_size", "language", "bounced_recipient"}:
            raise SystemExit(f"{fname}: record keys")
        k = rec["kind"]
        if k not in KINDS:
            raise SystemExit(f"{fname}: kind {k}")
        if not isinstance(rec["workgroups"], list) or any(w not in WGS for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            raise SystemExit(f"{fname}: workgroups")
        person = k in ("registration", "change", "cancellation", "question")
        if person:
            e = rec["email"]
            if not e or e != e.lower() or not ADDR_RE.fullmatch(e) or not host_ok(e.split("@")[1]):
                raise SystemExit(f"{fname}: email {e}")
            if e == OUR:
                raise SystemExit(f"{fname}: email is our own address")
            if not rec["name"] or not re.fullmatch(r"[a-z]{2}", rec["language"] or ""):
                raise SystemExit(f"{fname}: name/language")
            if e not in raw.decode("latin-1").lower() and e not in "\n".join(texts).lower():
                raise SystemExit(f"{fname}: email {e} not in mail")
        else:
            if any(rec[x] is not None for x in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                raise SystemExit(f"{fname}: machine/other record must be empty")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                raise SystemExit(f"{fname}: party_size")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                raise SystemExit(f"{fname}: party_size")
        elif rec["party_size"] is not None:
            raise SystemExit(f"{fname}: party_size must be null")
        if k == "bounce":
            b = rec["bounced_recipient"]
            if not b or b != b.lower() or b not in "\n".join(texts).lower():
                raise SystemExit(f"{fname}: bounced_recipient")
        elif rec["bounced_recipient"] is not None:
            raise SystemExit(f"{fname}: bounced_recipient must be null")


def outputs():
    files = {f"mails/{fn}": raw for fn, raw, _ in MAILS}
    exp = {fn: rec for fn, _, rec in MAILS}
    files["expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def stats():
    kinds = Counter(r["kind"] for _, _, r in MAILS)
    langs = Counter(r["language"] for _, _, r in MAILS)
    print(f"mails: {len(MAILS)}")
    print("kinds:", ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("languages:", ", ".join(f"{k or 'null'} {v}" for k, v in langs.most_common()))
    cs, cte, ct = Counter(), Counter(), Counter()
    for _, raw, _ in MAILS:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ct[msg.get_content_type()] += 1
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                cs[p.get_content_charset()] += 1
                cte[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print("top-level types:", dict(ct.most_common()))
    print("text-part charsets:", dict(cs.most_common()))
    print("text-part encodings:", dict(cte.most_common()))


def main():
    validate(MAILS)
    files = outputs()
    if "--stats" in sys.argv:
        stats()
        return
    if "--check" in sys.argv:
        bad = [n for n, b in files.items()
               if not (HERE / n).exists() or (HERE / n).read_bytes() != b]
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").exists() else set()
        extra = sorted(on_disk - set(files))
        if bad or extra:
            raise SystemExit(f"--check: differs: {bad[:5]} extra: {extra[:5]}")
        print(f"--check: {len(MAILS)} mails and expected.json up to date")
        return
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for n, b in files.items():
        (HERE / n).write_bytes(b)
    # re-read what was written
    for fn, raw, rec in MAILS:
        if (HERE / "mails" / fn).read_bytes() != raw:
            raise SystemExit(f"{fn}: write failed")
    validate(MAILS)
    print(f"wrote {len(MAILS)} mails and expected.json; validation passed")


if __name__ == "__main__":
    main()
