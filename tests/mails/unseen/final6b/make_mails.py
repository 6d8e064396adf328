#!/usr/bin/env python3
"""Evaluation set "final6b": 50 mails to the Demokratietag Münster 2027 (config.toml).

python3 make_mails.py            write mails/ and expected.json, then validate
python3 make_mails.py --check    fail if the files on disk differ from what would be written
python3 make_mails.py --stats    print counts per kind, language, charset and encoding

Python 3.11 standard library only; deterministic.
"""

import base64
import datetime as dt
import email
import email.policy
import json
import quopri
import re
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "demokratietag@muenster.example"
CEST = dt.timezone(dt.timedelta(hours=2))

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) str, ASCII
        self.body = body            # bytes, CRLF line ends


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def text(body, charset="utf-8", cte="8bit", subtype="plain", fmt_flowed=False, disposition=None):
    raw = crlf(body.encode(charset))
    if cte in ("7bit", "8bit"):
        enc = raw
    elif cte == "quoted-printable":
        enc = crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")))
    elif cte == "base64":
        enc = crlf(base64.encodebytes(raw))
    else:
        raise ValueError(cte)
    ctype = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    return Part(headers, enc)


def attachment(data: bytes, ctype, filename):
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"attachment; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], crlf(base64.encodebytes(data)))


def raw_part(ctype, body, cte="7bit"):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], crlf(body.encode("ascii")))


def multipart(subtype, parts, boundary, params=""):
    out = [b"This is a multi-part message in MIME format.\r\n"]
    for p in parts:
        out.append(b"\r\n--" + boundary.encode() + b"\r\n")
        for k, v in p.headers:
            out.append(f"{k}: {v}\r\n".encode("ascii"))
        out.append(b"\r\n")
        out.append(p.body)
        if not p.body.endswith(b"\r\n"):
            out.append(b"\r\n")
    out.append(b"\r\n--" + boundary.encode() + b"--\r\n")
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{boundary}\"{params}")], b"".join(out))


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


OURS_H = addr("Demokratietag Münster", OURS)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def when(s, tz=CEST):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def message(frm, subject, date, part, to=OURS_H, msgid=None, extra=(), subject_charset="utf-8",
            mailer=None):
    d = when(date) if isinstance(date, str) else date
    headers = []
    headers.append(("From", frm))
    headers.append(("To", to))
    headers.append(("Subject", hdr(subject, subject_charset)))
    headers.append(("Date", format_datetime(d)))
    headers.append(("Message-ID", msgid or f"<{d.strftime('%Y%m%d%H%M%S')}.{abs(hash_(subject + frm)) % 10**8}@mail.example>"))
    headers.extend(extra)
    if mailer:
        headers.append(("X-Mailer", mailer))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(part.headers)
    head = "".join(f"{k}: {v}\r\n".replace("\r\n", "\n").replace("\n", "\r\n") for k, v in headers).encode("ascii")
    return head + b"\r\n" + part.body


def hash_(s):
    """Deterministic small hash (Python's hash() is salted)."""
    h = 5381
    for ch in s.encode("utf-8"):
        h = (h * 33 + ch) % (2**61)
    return h


def rec(kind, email_=None, name=None, org=None, wgs=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []   # (filename, bytes, record)


def add(slug, data, record):
    MAILS.append((f"{len(MAILS) + 1:03d}-{slug}.eml", data, record))


# What our side sends; people quote these.
INVITATION = """Liebe Münsteranerinnen und Münsteraner,

herzlich laden wir Sie zum Demokratietag Münster 2027 ein:
Samstag, 18. September 2027, 10:00 bis 16:30 Uhr, Stadthaus 1,
Klemensstraße 10, 48143 Münster.

Am Nachmittag finden vier Workshops parallel statt:
  Workshop 1: Jugend macht Politik – Beteiligung von Kindern und Jugendlichen
  Workshop 2: Demokratie im Quartier – Nachbarschaft gemeinsam gestalten
  Workshop 3: Desinformation erkennen – Medienkompetenz für alle
  Workshop 4: Mitbestimmen ohne deutschen Pass – Integrationsrat und Wahlrecht

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
demokratietag@muenster.example an. Nennen Sie uns Ihren Namen, ggf. Ihre
Organisation, die Zahl der Personen und Ihren Wunsch-Workshop.

Mit freundlichen Grüßen
Ihr Team Demokratietag
Stadt Münster – Büro für Bürgerbeteiligung"""


def confirmation(salutation, wg_line, persons):
    return f"""{salutation},

vielen Dank für Ihre Anmeldung zum Demokratietag Münster 2027 am
Samstag, 18.09.2027, im Stadthaus 1.

Wir haben Sie für folgenden Workshop eingetragen:
  {wg_line}
Personen: {persons}

Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese Mail.

Ihr Team Demokratietag
Stadt Münster – Büro für Bürgerbeteiligung"""


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in s.split("\n"))


WG1 = "Workshop 1 „Jugend macht Politik – Beteiligung von Kindern und Jugendlichen“"
WG2 = "Workshop 2 „Demokratie im Quartier – Nachbarschaft gemeinsam gestalten“"
WG3 = "Workshop 3 „Desinformation erkennen – Medienkompetenz für alle“"
WG4 = "Workshop 4 „Mitbestimmen ohne deutschen Pass – Integrationsrat und Wahlrecht“"

# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: plain, ordinary German registration; workshop by number; mentions where she heard of it
# (a Stadtteilbüro that is NOT her organisation).
add("hartmann-workshop-3", message(
    addr("Lena Hartmann", "lena.hartmann@posteo.example"), "Anmeldung Demokratietag",
    "2027-07-19 08:42:10",
    text("""Hallo,

ich habe die Einladung über den Newsletter vom Stadtteilbüro bekommen und
würde gern beim Demokratietag am 18. September dabei sein. Am liebsten in
Workshop 3.

Viele Grüße
Lena Hartmann
""", cte="8bit")),
    rec("registration", "lena.hartmann@posteo.example", "Lena Hartmann", None, ["medien"], 1, "de"))

# 002: formal association mail from the board mailbox, ISO-8859-9, QP; two persons,
# first and second choice by title words / alias.
add("kulturverein-anatolien-zwei", message(
    addr("Kulturverein Anatolien Münster e.V.", "vorstand@anatolien-ms.example"),
    "Anmeldung zum Demokratietag 18.09.2027", "2027-07-20 19:05:33",
    text("""Sehr geehrte Damen und Herren,

hiermit melden wir uns zum Demokratietag am 18. September 2027 an.

Wir kommen zu zweit: ich selbst und unsere Jugendbeauftragte Frau Selin Aydın.
Am meisten interessiert uns der Workshop "Demokratie im Quartier", weil wir
als Verein im Stadtteil Berg Fidel sehr aktiv sind. Falls dort kein Platz
mehr frei ist, wäre die Jugendbeteiligung unsere zweite Wahl.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

Mehmet Yıldız
2. Vorsitzender
Kulturverein Anatolien Münster e.V.
Hoher Heckenweg 12, 48147 Münster
Tel. 0251 000 1234
""", charset="iso-8859-9", cte="quoted-printable"), mailer="Microsoft Outlook 16.0"),
    rec("registration", "vorstand@anatolien-ms.example", "Mehmet Yıldız",
        "Kulturverein Anatolien Münster e.V.", ["quartier", "jugend"], 2, "de"))

# 003: Turkish, phone-typed, base64 UTF-8; "2. atölye", a friend comes along -> 2.
add("kaya-tr-atolye-2", message(
    addr("Elif K", "elifkaya93@mail.example"), "demokrasi günü", "2027-07-21 22:47:02",
    text("""Merhaba,
18 eylüldeki demokrasi gününe katılmak istiyorum. arkadaşım Zeynep de gelecek yani 2 kişiyiz. 2. atölyeye (mahalle olan) yazabilir misiniz?
Teşekkürler
Elif Kaya

iPhone'umdan gönderildi
""", cte="base64"), mailer="iPhone Mail (21A329)"),
    rec("registration", "elifkaya93@mail.example", "Elif Kaya", None, ["quartier"], 2, "tr"))

# 004: HTML-only Outlook mail (windows-1252, QP) with a long signature and disclaimer;
# workshop by alias "Medienkompetenz".
HTML_004 = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Liebes Team des Demokratietags,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">gerne melde ich mich f&uuml;r den Workshop <b>Medienkompetenz</b> an. Bei uns im
Stadtteil kursieren gerade viele Falschmeldungen in den WhatsApp-Gruppen, da kann ich jede Anregung gebrauchen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class="MsoNormal">Wiebke Sanders<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Quartiersmanagement<br>
Stadtteilbüro Kinderhaus<br>
Idenbrockplatz 8 · 48159 Münster<br>
Telefon: 0251 000 5678<br>
<a href="https://www.stadtteilbuero-kinderhaus.example">www.stadtteilbuero-kinderhaus.example</a><o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#A6A6A6">Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender
und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.<o:p></o:p></span></p>
</div>
</body>
</html>
"""
add("sanders-outlook-html-medien", message(
    addr("Sanders, Wiebke", "w.sanders@stadtteilbuero-kinderhaus.example"),
    "Anmeldung Demokratietag", "2027-07-22 10:14:51",
    text(HTML_004, charset="windows-1252", cte="quoted-printable", subtype="html"),
    mailer="Microsoft Outlook 16.0",
    extra=[("Thread-Index", "AdnM4qKz1x0ZpQbVS0yq7hTtr1vA=="), ("Content-Language", "de-DE")]),
    rec("registration", "w.sanders@stadtteilbuero-kinderhaus.example", "Wiebke Sanders",
        "Stadtteilbüro Kinderhaus", ["medien"], 1, "de"))

# 005: question only: accessibility; registration is only announced conditionally.
add("brandt-frage-rollstuhl", message(
    addr("Gisela Brandt", "gisela.brandt@t-online.example"), "Frage Barrierefreiheit",
    "2027-07-23 15:30:00",
    text("""Guten Tag,

ich sitze im Rollstuhl und möchte vorher wissen, ob das Stadthaus 1 barrierefrei
zu erreichen ist und ob es dort eine rollstuhlgerechte Toilette gibt. Der Aufzug
war beim letzten Mal, als ich dort war, leider außer Betrieb.

Wenn das alles klappt, würde ich mich gern anmelden.

Freundliche Grüße
G. Brandt
""", charset="iso-8859-1", cte="quoted-printable")),
    rec("question", "gisela.brandt@t-online.example", "Gisela Brandt", None, [], None, "de"))

# 006: English, student association; workshop described in English words (no number).
add("okafor-en-integration-council", message(
    addr("Daniel Okafor", "d.okafor@uni-muenster.example"), "Registration – Democracy Day 18 Sept",
    "2027-07-24 11:02:45",
    text("""Dear organisers,

I'd like to register for the Democracy Day on 18 September. I'm a master's student
and volunteer with ISAM (International Students' Association Münster), and many
of our members ask me how they can have a say in the city without German
citizenship. So the workshop on the Integration Council and voting rights would
be the obvious choice for me.

Just me for now.

Kind regards,
Daniel Okafor
ISAM – International Students' Association Münster
""", cte="8bit")),
    rec("registration", "d.okafor@uni-muenster.example", "Daniel Okafor",
        "ISAM – International Students' Association Münster", ["wahlrecht"], 1, "en"))

# 007: Arabic, UTF-8 QP; couple; workshop number 4 plus Arabic description.
add("alhassan-ar-zwei-personen", message(
    addr("محمد الحسن", "m.alhassan@mail.example"), "تسجيل - يوم الديمقراطية",
    "2027-07-25 20:18:09",
    text("""السلام عليكم،

أود التسجيل في يوم الديمقراطية في مونستر يوم السبت 18 سبتمبر.
سأحضر أنا وزوجتي، أي شخصان.
نرغب في المشاركة في ورشة العمل رقم 4 (مجلس الاندماج وحق الانتخاب).

مع الشكر الجزيل
محمد الحسن
""", cte="quoted-printable")),
    rec("registration", "m.alhassan@mail.example", "محمد الحسن", None, ["wahlrecht"], 2, "ar"))

# 008: top-posted reply to our invitation, which lists all four workshops in the quote;
# choice by alias "Nachbarschaft"; first name only in signature.
add("reiter-reply-invitation-nachbarschaft", message(
    addr("Thomas Reiter", "thomas.reiter@web.example"), "AW: Einladung zum Demokratietag Münster 2027",
    "2027-07-26 07:55:40",
    text("""Hallo zusammen,

da bin ich dabei! Nachbarschaft ist genau mein Thema – wir haben im Kreuzviertel
gerade die Nachbarschaftsinitiative Kreuzviertel gegründet und können jeden Tipp
gebrauchen.

Gruß
Thomas

-----Ursprüngliche Nachricht-----
Von: Demokratietag Münster <demokratietag@muenster.example>
Gesendet: Freitag, 16. Juli 2027 09:00
An: thomas.reiter@web.example
Betreff: Einladung zum Demokratietag Münster 2027

""" + INVITATION + "\n", cte="quoted-printable"),
    extra=[("In-Reply-To", "<einladung-2027@muenster.example>"),
           ("References", "<einladung-2027@muenster.example>")]),
    rec("registration", "thomas.reiter@web.example", "Thomas Reiter",
        "Nachbarschaftsinitiative Kreuzviertel", ["quartier"], 1, "de"))

# 009: Russian in KOI8-R, 8bit; workshop by Russian description and "(Workshop 3)".
add("morozova-ru-koi8", message(
    addr("Светлана Морозова", "s.morozova@mail.example", charset="koi8-r"),
    "Регистрация на День демократии", "2027-07-27 13:41:17",
    text("""Здравствуйте!

Хочу записаться на День демократии 18 сентября. Меня больше всего интересует
семинар о том, как распознавать дезинформацию (Workshop 3). Я руковожу
родительским клубом, и родители часто пересылают друг другу сомнительные
новости.

С уважением,
Светлана Морозова
Родительский клуб "Радуга" Мюнстер
""", charset="koi8-r", cte="8bit"), subject_charset="koi8-r"),
    rec("registration", "s.morozova@mail.example", "Светлана Морозова",
        "Родительский клуб \"Радуга\" Мюнстер", ["medien"], 1, "ru"))

# 010: a secretary registers her director and asks us to confirm to the director's address.
add("fbs-sekretariat-fuer-behrens", message(
    addr("Sekretariat FBS Münster", "sekretariat@fbs-muenster.example"),
    "Anmeldung Frau Dr. Behrens – Demokratietag", "2027-07-28 09:12:03",
    text("""Sehr geehrte Damen und Herren,

hiermit melde ich unsere Leiterin, Frau Dr. Karin Behrens, zum Demokratietag
am 18.09.2027 an. Frau Dr. Behrens möchte gern am Workshop 1 (Jugend macht Politik)
teilnehmen.

Bitte senden Sie die Bestätigung direkt an Frau Dr. Behrens:
k.behrens@fbs-muenster.example

Vielen Dank und freundliche Grüße
i. A. Andrea Vogt
Sekretariat

Familienbildungsstätte Münster
Krumme Straße 1 | 48143 Münster
""", charset="windows-1252", cte="quoted-printable"), mailer="Microsoft Outlook 16.0"),
    rec("registration", "k.behrens@fbs-muenster.example", "Karin Behrens",
        "Familienbildungsstätte Münster", ["jugend"], 1, "de"))

# 011: out-of-office reply to our invitation, with Auto-Submitted.
add("pieper-abwesenheit", message(
    addr("Jörg Pieper", "j.pieper@bistum.example"),
    "Abwesenheitsnotiz: Einladung zum Demokratietag Münster 2027", "2027-07-28 09:30:00",
    text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16. August 2027 im Urlaub und lese meine E-Mails
nicht. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter
sekretariat@bistum.example.

Mit freundlichen Grüßen
Jörg Pieper
""", cte="quoted-printable"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", "<einladung-2027@muenster.example>")]),
    rec("auto_reply"))

# 012: Ukrainian, mother with teenage daughter -> 2; workshop 1 by number and word.
add("tkachenko-uk-donka", message(
    addr("Оксана Ткаченко", "oksana.tkachenko@ukr.example"), "Реєстрація на День демократії",
    "2027-07-29 18:26:44",
    text("""Добрий день!

Я хотіла б зареєструватися на День демократії 18 вересня разом з моєю донькою
Софією (16 років). Отже, нас буде двоє. Ми обрали воркшоп 1 про молодь
("Jugend macht Politik"), бо Софія хоче потрапити до молодіжного парламенту.

Дякую!
З повагою,
Оксана Ткаченко
""", cte="quoted-printable")),
    rec("registration", "oksana.tkachenko@ukr.example", "Оксана Ткаченко", None, ["jugend"], 2, "uk"))

# 013: learner German, spelling mistakes, no umlaut trouble; workshop by title words.
add("tesfay-lerner-deutsch", message(
    addr("Yonas Tesfay", "yonas.t@mail.example"), "teilnehmen", "2027-07-30 21:03:58",
    text("""Hallo,

Ich heise Yonas Tesfay, ich komme aus Eritrea und wohne seit 3 jahre in Münster.
Ich möchte gerne an Demokratietag teil nehmen. Ich interesiere für Workshop über
Wahlrecht und Integrationsrat weil ich darf nicht wählen aber ich möchte
mitmachen in der Stadt.

Danke schön
Yonas
""", cte="8bit")),
    rec("registration", "yonas.t@mail.example", "Yonas Tesfay", None, ["wahlrecht"], 1, "de"))

# 014: Polish, ISO-8859-2, QP; three people; "warsztat nr 2".
add("nowak-pl-we-trojke", message(
    addr("Katarzyna Nowak", "k.nowak@poczta.example", charset="iso-8859-2"),
    "Zgłoszenie - Dzień Demokracji", "2027-07-31 10:47:25",
    text("""Dzień dobry,

chciałabym zgłosić udział w Dniu Demokracji 18 września. Przyjdziemy we trójkę:
ja, mój mąż Piotr i nasza sąsiadka pani Halina. Interesuje nas warsztat nr 2
o sąsiedztwie, bo od roku organizujemy spotkania na naszym podwórku.

Pozdrawiam serdecznie
Katarzyna Nowak
""", charset="iso-8859-2", cte="quoted-printable"), subject_charset="iso-8859-2"),
    rec("registration", "k.nowak@poczta.example", "Katarzyna Nowak", None, ["quartier"], 3, "pl"))

# 015: change: top-posted reply to our confirmation (which names workshop 2); asks to
# move to workshop 3 ("Fake News").
add("reiter-wechsel-fake-news", message(
    addr("Thomas Reiter", "thomas.reiter@web.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-08-02 17:20:11",
    text("""Hallo nochmal,

kleine Änderung: Mein Nachbar hat mich überredet, lieber zu dem Fake-News-Workshop
zu gehen, er macht das mit der Nachbarschaftsinitiative dann alleine. Könnt ihr
mich in Workshop 3 umtragen?

Danke & Gruß
Thomas

Am 26.07.2027 um 08:01 schrieb Demokratietag Münster <demokratietag@muenster.example>:
""" + quote(confirmation("Guten Tag Herr Reiter", WG2, 1)) + "\n", cte="quoted-printable"),
    extra=[("In-Reply-To", "<bestaetigung-0008@muenster.example>")]),
    rec("change", "thomas.reiter@web.example", "Thomas Reiter", None, ["medien"], None, "de"))

# 016: family of four; a question (lunch) beside the registration; shared family address.
add("schulte-brinkmann-familie", message(
    addr("Familie Schulte-Brinkmann", "schulte-brinkmann@familie.example"), "Anmeldung",
    "2027-08-03 20:55:36",
    text("""Hallo,

wir (Sabine und Jörg Schulte-Brinkmann) möchten gern mit unseren beiden Kindern
(12 und 15) zum Demokratietag kommen, wir wären also 4 Personen. Die Kinder wollen
unbedingt zu „Jugend macht Politik“ und wir Eltern gehen einfach mit.

Gibt es mittags eigentlich etwas zu essen oder sollen wir uns was mitbringen?

LG Sabine
""", cte="8bit", fmt_flowed=True), mailer="Mozilla Thunderbird"),
    rec("registration", "schulte-brinkmann@familie.example", "Sabine Schulte-Brinkmann", None,
        ["jugend"], 4, "de"))

# 017: Farsi, base64 UTF-8; first and second choice with Persian digits.
add("ahmadi-fa-zwei-wuensche", message(
    addr("Reza Ahmadi", "reza.ahmadi@mail.example"), "ثبت نام روز دموکراسی",
    "2027-08-04 12:09:27",
    text("""سلام و وقت بخیر،

من رضا احمدی هستم، عضو انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای روز دموکراسی
در ۱۸ سپتامبر ثبت‌نام کنم. مایلم در کارگاه شماره ۴ (شورای ادغام و حق رأی) شرکت کنم.
اگر آن کارگاه پر بود، کارگاه شماره ۲ هم برایم مناسب است.

با سپاس
رضا احمدی
انجمن فرهنگی ایرانیان مونستر
""", cte="base64")),
    rec("registration", "reza.ahmadi@mail.example", "رضا احمدی", "انجمن فرهنگی ایرانیان مونستر",
        ["wahlrecht", "quartier"], 1, "fa"))

# 018: short cancellation from the phone (writer of 001).
add("hartmann-absage-iphone", message(
    addr("Lena Hartmann", "lena.hartmann@posteo.example"), "Absage", "2027-08-05 23:14:50",
    text("""Hi, muss leider absagen, bin an dem Wochenende doch bei meiner Schwester in Hamburg. Sorry!
Lena

Von meinem iPhone gesendet
""", cte="quoted-printable"), mailer="iPhone Mail (21A329)"),
    rec("cancellation", "lena.hartmann@posteo.example", "Lena Hartmann", None, [], None, "de"))

# 019: shared association mailbox with Reply-To to the chairperson; three persons;
# first and second choice in English.
add("africa-connect-replyto", message(
    addr("Africa Connect Münster", "info@africa-connect-ms.example"),
    "Registration Democracy Day – Africa Connect", "2027-08-06 14:33:08",
    text("""Hello,

this is Grace from Africa Connect. I would like to register myself and two other
members of our board for the Democracy Day on 18 September, so 3 people in total.
We would prefer Workshop 2 (neighbourhood), but Workshop 4 would also be fine
for us.

Please send the confirmation to my personal address, this info@ mailbox is only
checked once a week.

Best wishes,
Grace Mensah
Chairperson, Africa Connect Münster e.V.
""", cte="7bit"),
    extra=[("Reply-To", addr("Grace Mensah", "grace.mensah@mail.example"))]),
    rec("registration", "grace.mensah@mail.example", "Grace Mensah", "Africa Connect Münster e.V.",
        ["quartier", "wahlrecht"], 3, "en"))

# 020: Turkish question about interpretation and parking; wants to come but does not register yet.
add("demir-tr-tercume-sorusu", message(
    addr("Hasan Demir", "hasan.demir@mail.example"), "Türkçe tercüme var mı?",
    "2027-08-07 09:48:19",
    text("""İyi günler,

Demokrasi Günü'nde Türkçe tercüme olacak mı? Annem Almanca pek anlamıyor ama
konuya çok ilgi duyuyor. Tercüme varsa onunla birlikte gelmek isterim.
Bir de Stadthaus'un yakınında otopark var mı?

Saygılarımla
Hasan Demir
""", charset="iso-8859-9", cte="8bit"), subject_charset="iso-8859-9"),
    rec("question", "hasan.demir@mail.example", "Hasan Demir", None, [], None, "tr"))

# 021: long chatty mail from a retired teacher (ISO-8859-1, 8bit); mentions the
# Jugendparlament (an alias of workshop 1) only about his granddaughter; chooses "die dritte".
add("koetter-lang-pensionaer", message(
    addr("Dr. Hans-Werner Kötter", "hw.koetter@gmx.example", charset="iso-8859-1"),
    "Demokratietag - Anmeldung", "2027-08-08 16:02:44",
    text("""Sehr geehrte Damen und Herren,

in der Westfälischen Nachrichten las ich von Ihrem Demokratietag und möchte mich
gern anmelden. Zu meiner Person: Ich war bis zu meiner Pensionierung 34 Jahre
lang Lehrer für Deutsch und Geschichte, zuletzt am Schillergymnasium, und
beobachte mit wachsender Sorge, wie leicht sich heute Unwahrheiten verbreiten.
Selbst in meinem Skatclub werden mittlerweile die abenteuerlichsten Geschichten
aus dem Internet erzählt.

Meine Enkelin ist übrigens im Jugendparlament aktiv, sie hat aber am 18.
September einen eigenen Termin und kann leider nicht mitkommen.

Ich würde daher gern die dritte Arbeitsgruppe besuchen, die sich mit
Desinformation befasst. Sollte es Unterlagen zur Vorbereitung geben, lassen Sie
sie mir bitte zukommen.

Mit freundlichen Grüßen
Dr. Hans-Werner Kötter
Mecklenbecker Straße 200
48163 Münster
""", charset="iso-8859-1", cte="8bit"), mailer="Mozilla Thunderbird"),
    rec("registration", "hw.koetter@gmx.example", "Hans-Werner Kötter", None, ["medien"], 1, "de"))

# 022: Arabic in windows-1256, base64, with German workshop word in Latin letters;
# From name in Latin script, signature in Arabic.
add("khalil-ar-cp1256", message(
    addr("Rania Khalil", "rania.khalil@mail.example"), "Anmeldung Demokratietag", "2027-08-09 11:25:13",
    text("""مرحبا،

اسمي رانيا خليل وأعمل مع جمعية النساء العربيات في مونستر.
أرغب بالتسجيل في يوم الديمقراطية، في ورشة Medienkompetenz.
كثير من النساء في جمعيتنا يسألن كيف يعرفن إذا كان الخبر صحيحاً أم لا.

شكراً لكم
رانيا خليل
جمعية النساء العربيات في مونستر
""", charset="windows-1256", cte="base64")),
    rec("registration", "rania.khalil@mail.example", "رانيا خليل", "جمعية النساء العربيات في مونستر",
        ["medien"], 1, "ar"))

# 023: change of party size only (English, writer of 006); "same workshop" is not a new choice.
add("okafor-en-plus-one", message(
    addr("Daniel Okafor", "d.okafor@uni-muenster.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-08-10 08:37:29",
    text("""Hi again,

a fellow student, Priya, would like to come along with me, same workshop.
Could you change my registration to 2 people?

Thanks a lot,
Daniel

On 24.07.2027 at 11:10, Demokratietag Münster wrote:
""" + quote(confirmation("Guten Tag Herr Okafor", WG4, 1)) + "\n", cte="quoted-printable"),
    extra=[("In-Reply-To", "<bestaetigung-0006@muenster.example>")]),
    rec("change", "d.okafor@uni-muenster.example", "Daniel Okafor", None, [], 2, "en"))

# 024: bounce, multipart/report (Postfix), for our confirmation to 012's address (mailbox full).
DSN_TEXT_024 = """This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oksana.tkachenko@ukr.example>: host mx.ukr.example[192.0.2.25] said: 552
    5.2.2 Mailbox full: quota exceeded (in reply to RCPT TO command)
"""
DSN_STATUS_024 = """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Zk3Lq1r2Xz9vB
Arrival-Date: Tue, 10 Aug 2027 12:01:44 +0200

Final-Recipient: rfc822; oksana.tkachenko@ukr.example
Original-Recipient: rfc822;oksana.tkachenko@ukr.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.ukr.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded
"""
DSN_HEADERS_024 = """From: Demokratietag Münster <demokratietag@muenster.example>
To: oksana.tkachenko@ukr.example
Subject: Ihre Anmeldung zum Demokratietag Münster 2027
Date: Tue, 10 Aug 2027 12:01:43 +0200
Message-ID: <bestaetigung-0012@muenster.example>
Auto-Submitted: auto-replied
"""
add("bounce-postfix-mailbox-full", message(
    "MAILER-DAEMON@mx1.muenster.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
    "2027-08-10 12:01:46",
    multipart("report", [
        text(DSN_TEXT_024, charset="us-ascii", cte="7bit",
             disposition="inline"),
        raw_part("message/delivery-status", DSN_STATUS_024),
        raw_part("text/rfc822-headers", DSN_HEADERS_024.replace("Münster", "=?utf-8?q?M=C3=BCnster?=")),
    ], "4Zk3Lq1r2Xz9vB.1786356106/mx1.muenster.example", params="; report-type=delivery-status"),
    to=OURS, msgid="<20270810100146.4Zk3Lq1r2Xz9vB@mx1.muenster.example>",
    extra=[("Auto-Submitted", "auto-replied")]),
    rec("bounce", bounced="oksana.tkachenko@ukr.example"))

# 025: registration with a filled-in PDF form attached; three persons; first and
# fallback choice ("Nr. 1", "Nr. 3").
FAKE_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"% Anmeldeformular Demokratietag 2027 - Jugendtreff Coerde\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")
add("lehmkuhl-jugendtreff-pdf", message(
    addr("Marvin Lehmkuhl | Jugendtreff Coerde", "marvin@jugendtreff-coerde.example"),
    "Anmeldung Jugendtreff Coerde", "2027-08-11 15:44:02",
    multipart("mixed", [
        text("""Moin,

anbei unser ausgefülltes Anmeldeformular. Kurz zusammengefasst: Ich komme mit
zwei Jugendlichen aus unserem Treff, also zu dritt. Wir wollen alle in den
Jugend-Workshop (Nr. 1). Falls der schon voll ist, nehmen wir auch Nr. 3.

Gruß
Marvin Lehmkuhl

--
Jugendtreff Coerde
Offene Kinder- und Jugendarbeit
Hamannplatz 40, 48157 Münster
""", cte="quoted-printable"),
        attachment(FAKE_PDF, "application/pdf", "Anmeldung_Demokratietag_Coerde.pdf"),
    ], "----=_Part_2291_118852.1786455842"), mailer="Open-Xchange Mailer v7.10.6"),
    rec("registration", "marvin@jugendtreff-coerde.example", "Marvin Lehmkuhl", "Jugendtreff Coerde",
        ["jugend", "medien"], 3, "de"))

# 026: Ukrainian community registers three people, windows-1251 QP; roman numeral "II".
add("bondarenko-uk-gromada-cp1251", message(
    addr("Андрій Бондаренко", "a.bondarenko@gromada-ms.example", charset="windows-1251"),
    "Реєстрація: Українська громада", "2027-08-12 19:12:37",
    text("""Добрий день!

Від імені Української громади Мюнстера реєструю трьох осіб на День демократії
18 вересня:
- Андрій Бондаренко (це я)
- Ірина Мельник
- Олег Шевчук

Ми всі хочемо на воркшоп II «Демократія в кварталі». Відповідь, будь ласка,
на цю адресу.

З повагою,
Андрій Бондаренко
Українська громада Мюнстера
""", charset="windows-1251", cte="quoted-printable"), subject_charset="windows-1251"),
    rec("registration", "a.bondarenko@gromada-ms.example", "Андрій Бондаренко",
        "Українська громада Мюнстера", ["quartier"], 3, "uk"))

# 027: change of party size (writer of 016): one child drops out, 4 -> 3.
add("schulte-brinkmann-nur-drei", message(
    addr("Familie Schulte-Brinkmann", "schulte-brinkmann@familie.example"), "Re: Anmeldung",
    "2027-08-13 07:11:20",
    text("""Guten Morgen,

kleine Korrektur zu unserer Anmeldung: Unser Sohn hat am 18.9. doch ein
Fußballturnier, wir kommen also nur zu dritt.

LG Sabine Schulte-Brinkmann
""", cte="8bit", fmt_flowed=True), mailer="Mozilla Thunderbird"),
    rec("change", "schulte-brinkmann@familie.example", "Sabine Schulte-Brinkmann", None, [], 3, "de"))

# 028: foundation newsletter (bulk, multipart/alternative) full of event words.
NL_TEXT = """Newsletter August 2027 – Stiftung Bürgergesellschaft

* Neues Förderprogramm „Demokratie vor Ort“: bis zu 5.000 Euro für
  Nachbarschaftsprojekte. Anmeldung zur Info-Veranstaltung bis 30.09.
* Workshop-Reihe Medienkompetenz für Vereine – jetzt Plätze sichern
* Rückblick: Jugendbeteiligung in Westfalen

Alle Infos: https://www.stiftung-buergergesellschaft.example/newsletter/2027-08

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://www.stiftung-buergergesellschaft.example/abmelden
"""
NL_HTML = """<html><body style="font-family:Arial,sans-serif">
<h2>Newsletter August 2027</h2>
<ul>
<li><b>Neues F&ouml;rderprogramm &bdquo;Demokratie vor Ort&ldquo;</b>: bis zu 5.000 Euro f&uuml;r Nachbarschaftsprojekte.
Anmeldung zur Info-Veranstaltung bis 30.09.</li>
<li>Workshop-Reihe Medienkompetenz f&uuml;r Vereine &ndash; jetzt Pl&auml;tze sichern</li>
<li>R&uuml;ckblick: Jugendbeteiligung in Westfalen</li>
</ul>
<p><a href="https://www.stiftung-buergergesellschaft.example/newsletter/2027-08">Alle Infos</a></p>
<p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie sich daf&uuml;r angemeldet haben.
<a href="https://www.stiftung-buergergesellschaft.example/abmelden">Abmelden</a></p>
</body></html>
"""
add("newsletter-stiftung", message(
    addr("Stiftung Bürgergesellschaft", "newsletter@stiftung-buergergesellschaft.example"),
    "Newsletter August: Neues Förderprogramm „Demokratie vor Ort“", "2027-08-14 06:00:00",
    multipart("alternative", [text(NL_TEXT, cte="quoted-printable"),
                              text(NL_HTML, cte="quoted-printable", subtype="html")],
              "=_nl_b7c1e0a2f3"),
    extra=[("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://www.stiftung-buergergesellschaft.example/abmelden>"),
           ("List-Id", "Newsletter <news.stiftung-buergergesellschaft.example>")]),
    rec("other"))

# 029: Spanish question: language of the workshops, baby; no registration.
add("fernandez-es-pregunta", message(
    addr("Lucía Fernández", "lucia.fernandez@correo.example"), "Pregunta sobre el Día de la Democracia",
    "2027-08-15 21:37:05",
    text("""Hola:

Vivo en Münster desde hace pocos meses y me ha interesado mucho el Día de la
Democracia. ¿Los talleres son solo en alemán? Mi alemán todavía es básico (A2).
¿Y puedo venir con mi bebé de 6 meses?

Muchas gracias,
Lucía
""", charset="iso-8859-1", cte="quoted-printable")),
    rec("question", "lucia.fernandez@correo.example", "Lucía Fernández", None, [], None, "es"))

# 030: German question about switching between workshops and a certificate.
add("jansen-frage-bescheinigung", message(
    addr("Ole Jansen", "ole.jansen@mailbox.example"), "Frage zu den Workshops", "2027-08-16 12:50:41",
    text("""Moin,

kurze Frage: Muss man sich vorher für einen Workshop entscheiden oder kann man
auch zwischendurch wechseln? Und gibt es eine Teilnahmebescheinigung? Die bräuchte
ich für meinen Arbeitgeber.

Gruß
Ole
""", cte="8bit")),
    rec("question", "ole.jansen@mailbox.example", "Ole Jansen", None, [], None, "de"))

# 031: forward of her own earlier registration that went to a mistyped address;
# the new text restates the registration.
add("lohmann-wg-nochmal", message(
    addr("Petra Lohmann", "petra.lohmann@arcor.example"), "WG: Anmeldung Demokratietag",
    "2027-08-17 10:03:18",
    text("""Hallo,

ich habe mich eigentlich schon Ende Juli angemeldet (siehe unten), aber nie eine
Bestätigung bekommen. Jetzt sehe ich, dass ich mich bei der Adresse vertippt habe.
Also nochmal: Petra Lohmann, 1 Person, Workshop 2 (Quartier).

Freundliche Grüße
Petra Lohmann

---------- Weitergeleitete Nachricht ----------
Von: Petra Lohmann <petra.lohmann@arcor.example>
Datum: 29.07.2027 18:22
Betreff: Anmeldung Demokratietag
An: demokatietag@muenster.example

Hallo,
hiermit melde ich mich für den Demokratietag an, Workshop 2 Quartier.
Viele Grüße
Petra Lohmann
""", charset="iso-8859-15", cte="quoted-printable")),
    rec("registration", "petra.lohmann@arcor.example", "Petra Lohmann", None, ["quartier"], 1, "de"))

# 032: cancellation by the association of 002, written in German, windows-1254 8bit.
add("kulturverein-anatolien-absage", message(
    addr("Kulturverein Anatolien Münster e.V.", "vorstand@anatolien-ms.example"),
    "Absage Demokratietag", "2027-08-18 18:40:00",
    text("""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum Demokratietag (2 Personen, Kulturverein
Anatolien) zurückziehen. Unser Vereinsfest musste auf den 18. September verlegt
werden und wir werden beide dort gebraucht.

Wir bitten um Verständnis und wünschen Ihnen eine gelungene Veranstaltung.

Mit freundlichen Grüßen
Mehmet Yıldız
2. Vorsitzender
""", charset="windows-1254", cte="8bit"), mailer="Microsoft Outlook 16.0"),
    rec("cancellation", "vorstand@anatolien-ms.example", "Mehmet Yıldız",
        "Kulturverein Anatolien Münster e.V.", [], None, "de"))

# 033: Gmail multipart/alternative; parents' council; a colleague "will register herself"
# (party stays 1); workshop by title description.
G_TEXT = """Hallo liebes Orga-Team,

ich bin Vorsitzende des Elternbeirats der Mauritzschule und würde sehr gern am
Demokratietag teilnehmen, am liebsten beim Workshop zur Beteiligung von Kindern
und Jugendlichen. Eine Kollegin aus dem Elternbeirat kommt evtl. auch, die meldet
sich aber selbst bei euch.

Liebe Grüße
Jana Kowalski
"""
G_HTML = """<div dir="ltr">Hallo liebes Orga-Team,<div><br></div><div>ich bin Vorsitzende des Elternbeirats der Mauritzschule und würde sehr gern am Demokratietag teilnehmen, am liebsten beim Workshop zur Beteiligung von Kindern und Jugendlichen. Eine Kollegin aus dem Elternbeirat kommt evtl. auch, die meldet sich aber selbst bei euch.</div><div><br></div><div>Liebe Grüße</div><div>Jana Kowalski</div></div>
"""
add("kowalski-gmail-elternbeirat", message(
    addr("Jana Kowalski", "jana.kowalski@googlemail.example"), "Demokratietag", "2027-08-19 13:16:22",
    multipart("alternative", [text(G_TEXT, cte="quoted-printable"),
                              text(G_HTML, cte="quoted-printable", subtype="html")],
              "000000000000a1b2c3d4e5f60718"),
    msgid="<CAJx8pQ3k2+Vh7wZ0yTn4sA=Qm9dL1cR@mail.googlemail.example>"),
    rec("registration", "jana.kowalski@googlemail.example", "Jana Kowalski",
        "Elternbeirat der Mauritzschule", ["jugend"], 1, "de"))

# 034: Russian change (writer of 009), now from a phone in UTF-8: third -> first workshop.
add("morozova-ru-wechsel", message(
    addr("Светлана Морозова", "s.morozova@mail.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-08-20 08:05:59",
    text("""Добрый день,
я записана на третий семинар, но хотела бы перейти на первый (про молодёжь). Наш клуб всё больше работает с подростками, это нам сейчас важнее.
Спасибо!
Светлана Морозова

Отправлено с Android
""", cte="quoted-printable"),
    extra=[("In-Reply-To", "<bestaetigung-0009@muenster.example>")]),
    rec("change", "s.morozova@mail.example", "Светлана Морозова", None, ["jugend"], None, "ru"))

# 035: one-line registration, no display name.
add("koehler-einzeiler", message(
    "miriam.koehler@uni-muenster.example", "Anmeldung", "2027-08-21 14:22:10",
    text("""Anmeldung: Miriam Köhler, Workshop Medien, 1 Person.
Gruß
""", cte="8bit")),
    rec("registration", "miriam.koehler@uni-muenster.example", "Miriam Köhler", None, ["medien"], 1, "de"))

# 036: bottom-posted cancellation under our quoted confirmation (writer of 013, learner German).
add("tesfay-absage-unten", message(
    addr("Yonas Tesfay", "yonas.t@mail.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-08-23 19:47:31",
    text("""Am 31.07.2027 um 09:15 schrieb Demokratietag Münster <demokratietag@muenster.example>:
""" + quote(confirmation("Guten Tag Herr Tesfay", WG4, 1)) + """

Hallo,
Entschuldigung ich kann nicht kommen, ich habe an diesen Tag Arbeit bekommen.
Bitte streichen.
Yonas
""", cte="8bit")),
    rec("cancellation", "yonas.t@mail.example", "Yonas Tesfay", None, [], None, "de"))

# 037: French, ISO-8859-1 QP; two persons from an association; workshop by French description.
add("diallo-fr-atelier-quartier", message(
    addr("Aminata Diallo", "aminata.diallo@mail.example"), "Inscription Journée de la démocratie",
    "2027-08-24 10:31:46",
    text("""Bonjour,

Je souhaite m'inscrire à la Journée de la démocratie du 18 septembre avec ma
collègue Fatou Ndiaye. Nous sommes toutes les deux membres de l'association
Femmes Solidaires d'Afrique de l'Ouest Münster. Nous serons donc deux.

Nous aimerions participer à l'atelier « Démocratie dans le quartier » (atelier 2).

Merci d'avance et bonne journée,
Aminata Diallo
""", charset="iso-8859-1", cte="quoted-printable"), subject_charset="iso-8859-1"),
    rec("registration", "aminata.diallo@mail.example", "Aminata Diallo",
        "Femmes Solidaires d'Afrique de l'Ouest Münster", ["quartier"], 2, "fr"))

# 038: change with inline replies inside our quoted confirmation (registration not in this set).
add("albers-inline-wechsel", message(
    addr("Katrin Albers", "katrin.albers@ewetel.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-08-25 21:09:14",
    text("""Hallo,

ich habe unten etwas korrigiert:

> Guten Tag Frau Albers,
>
> vielen Dank für Ihre Anmeldung zum Demokratietag Münster 2027 am
> Samstag, 18.09.2027, im Stadthaus 1.
>
> Wir haben Sie für folgenden Workshop eingetragen:
>   Workshop 1 „Jugend macht Politik – Beteiligung von Kindern und Jugendlichen“

Da habe ich mich wohl verklickt, ich wollte eigentlich in Workshop 3
(Desinformation). Bitte umtragen.

> Personen: 1

Stimmt so.

> Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese Mail.

Danke!
Katrin Albers
""", cte="quoted-printable"),
    extra=[("In-Reply-To", "<bestaetigung-0031@muenster.example>")]),
    rec("change", "katrin.albers@ewetel.example", "Katrin Albers", None, ["medien"], None, "de"))

# 039: autoresponder of a shared association mailbox, no Auto-Submitted header.
add("africa-connect-autoresponder", message(
    addr("Africa Connect Münster", "info@africa-connect-ms.example"),
    "Automatic reply: Demokratietag Münster 2027 – Informationen", "2027-08-26 09:00:12",
    text("""Thank you for contacting Africa Connect Münster e.V.

This mailbox is checked by volunteers about once a week. We will get back to you
as soon as possible. For urgent matters please write to board@africa-connect-ms.example.

Vielen Dank für Ihre Nachricht. Wir melden uns so bald wie möglich.
""", cte="quoted-printable"),
    extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
           ("In-Reply-To", "<info-2027-08@muenster.example>")]),
    rec("auto_reply"))

# 040: mosque community, ISO-8859-15 8bit, three named persons, workshop by title in quotes.
add("benali-gemeinde-drei", message(
    addr("Islamische Gemeinde Münster-Berg Fidel", "info@igm-bergfidel.example", charset="iso-8859-15"),
    "Anmeldung Demokratietag - 3 Personen", "2027-08-27 17:58:03",
    text("""Sehr geehrtes Team,

wir kommen mit 3 Personen aus unserer Gemeinde zum Demokratietag, alle in die
Arbeitsgruppe 'Demokratie im Quartier'.

Namen:
Karim Benali
Fatima Benali
Yusuf Erdem

Ansprechpartner ist der Unterzeichnende.

Mit freundlichen Grüßen
Karim Benali
Öffentlichkeitsarbeit
Islamische Gemeinde Münster-Berg Fidel e.V.
Spendenkonto für unseren Neubau: jede Spende ab 5 € hilft!
""", charset="iso-8859-15", cte="8bit"), subject_charset="iso-8859-15"),
    rec("registration", "info@igm-bergfidel.example", "Karim Benali",
        "Islamische Gemeinde Münster-Berg Fidel e.V.", ["quartier"], 3, "de"))

# 041: Arabic question: citizenship needed? deadline? No registration.
add("saleh-ar-frage", message(
    addr("Omar Saleh", "omar.saleh@mail.example"), "سؤال",
    "2027-08-28 22:15:37",
    text("""مرحباً،

هل يجب أن أكون مواطناً ألمانياً للمشاركة في يوم الديمقراطية؟ أنا لاجئ من سوريا
وأعيش في مونستر منذ سنتين. وما هو آخر موعد للتسجيل؟

شكراً
عمر صالح
""", cte="base64")),
    rec("question", "omar.saleh@mail.example", "عمر صالح", None, [], None, "ar"))

# 042: the secretary of 010 cancels for the director; reply goes to the sender.
add("fbs-absage-behrens", message(
    addr("Sekretariat FBS Münster", "sekretariat@fbs-muenster.example"),
    "Absage Frau Dr. Behrens", "2027-08-30 11:40:26",
    text("""Sehr geehrte Damen und Herren,

leider muss Frau Dr. Behrens ihre Teilnahme am Demokratietag am 18.09. absagen,
da sich ein dienstlicher Termin überschneidet. Bitte streichen Sie sie von der
Teilnehmerliste.

Mit freundlichen Grüßen
i. A. Andrea Vogt
Sekretariat

Familienbildungsstätte Münster
Krumme Straße 1 | 48143 Münster
""", charset="windows-1252", cte="quoted-printable"), mailer="Microsoft Outlook 16.0"),
    rec("cancellation", "sekretariat@fbs-muenster.example", "Karin Behrens",
        "Familienbildungsstätte Münster", [], None, "de"))

# 043: Ukrainian change (writer of 012): workshop 1 -> workshop 3; party unchanged.
add("tkachenko-uk-wechsel", message(
    addr("Оксана Ткаченко", "oksana.tkachenko@ukr.example"), "Зміна воркшопу",
    "2027-08-31 16:49:08",
    text("""Добрий день!

Донька передумала: ми хочемо перейти з воркшопу 1 на воркшоп 3
(медіаграмотність, Desinformation erkennen). Нас так само двоє.

Дякую за розуміння!
Оксана Ткаченко

P.S. Вибачте, моя скринька була переповнена, тепер усе гаразд.
""", cte="base64")),
    rec("change", "oksana.tkachenko@ukr.example", "Оксана Ткаченко", None, ["medien"], None, "uk"))

# 044: qmail-style text/plain bounce for our invitation to a youth centre.
add("bounce-qmail-text", message(
    addr("", "MAILER-DAEMON@mail.jugendhaus-gievenbeck.example"), "failure notice",
    "2027-09-01 03:12:55",
    text("""Hi. This is the qmail-send program at mail.jugendhaus-gievenbeck.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@jugendhaus-gievenbeck.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <demokratietag@muenster.example>
From: demokratietag@muenster.example
To: info@jugendhaus-gievenbeck.example
Subject: Erinnerung: Demokratietag Muenster 2027 - Anmeldung bis 10.09.
Date: Wed, 1 Sep 2027 03:12:50 +0200

Liebe Kolleginnen und Kollegen,
bis zum 10. September koennen Sie sich noch zum Demokratietag anmelden.
""", charset="us-ascii", cte="7bit"),
    to=OURS, msgid="<20270901011255.41812.qmail@mail.jugendhaus-gievenbeck.example>"),
    rec("bounce", bounced="info@jugendhaus-gievenbeck.example"))

# 045: Polish cancellation typed on a phone without diacritics (plain ASCII).
add("wisniewski-pl-odwolanie", message(
    addr("Tomasz Wiśniewski", "tomek.w@poczta.example", charset="iso-8859-2"),
    "rezygnacja 18.09", "2027-09-02 07:26:40",
    text("""Dzien dobry, niestety nie moge przyjsc 18.09, prosze skreslic mnie z listy.
Pozdrawiam
Tomasz Wisniewski

Wyslane z mojego telefonu Samsung Galaxy
""", charset="us-ascii", cte="7bit")),
    rec("cancellation", "tomek.w@poczta.example", "Tomasz Wiśniewski", None, [], None, "pl"))

# 046: change of party size (writer of 040): 3 -> 5, no workshop named.
add("benali-jetzt-fuenf", message(
    addr("Islamische Gemeinde Münster-Berg Fidel", "info@igm-bergfidel.example", charset="iso-8859-15"),
    "AW: Anmeldung Demokratietag - 3 Personen", "2027-09-03 13:35:21",
    text("""Sehr geehrtes Team,

kurze Nachmeldung: Es kommen noch zwei weitere Mitglieder unserer Gemeinde mit
(Leyla Erdem und Samir Haddad). Wir sind dann insgesamt 5 Personen.

Mit freundlichen Grüßen
Karim Benali
""", charset="iso-8859-15", cte="quoted-printable"), subject_charset="iso-8859-15"),
    rec("change", "info@igm-bergfidel.example", "Karim Benali",
        "Islamische Gemeinde Münster-Berg Fidel e.V.", [], 5, "de"))

# 047: Farsi cancellation (writer of 017), UTF-8 8bit with ZWNJ characters.
add("ahmadi-fa-laghv", message(
    addr("Reza Ahmadi", "reza.ahmadi@mail.example"), "لغو ثبت‌نام", "2027-09-05 20:44:12",
    text("""سلام،

متأسفانه به دلیل سفر کاری نمی‌توانم در روز دموکراسی شرکت کنم.
لطفاً ثبت‌نام مرا لغو کنید تا جای من به شخص دیگری داده شود.

با تشکر
رضا احمدی
""", cte="8bit")),
    rec("cancellation", "reza.ahmadi@mail.example", "رضا احمدی", None, [], None, "fa"))

# 048: late registration after the deadline, phrased as a question,
# first and second choice.
add("brueggemann-nach-frist", message(
    addr("Frederik Brüggemann", "f.brueggemann@muenster-hiltrup.example"), "Nachmeldung Demokratietag?",
    "2027-09-12 09:18:33",
    text("""Hallo,

ich weiß, die Anmeldefrist ist schon vorbei – ich habe erst gestern im
Stadtteilblatt davon gelesen. Falls noch ein Platz frei ist, würde ich gern
kommen: am liebsten Workshop 2, notfalls auch Workshop 4.

Schöne Grüße
Frederik Brüggemann
Beisitzer, Bürgerverein Hiltrup e.V.
""", cte="8bit")),
    rec("registration", "f.brueggemann@muenster-hiltrup.example", "Frederik Brüggemann",
        "Bürgerverein Hiltrup e.V.", ["quartier", "wahlrecht"], 1, "de"))

# 049: Turkish change (writer of 003): "2. atölye yerine 4. atölye", both people.
add("kaya-tr-degisiklik", message(
    addr("Elif K", "elifkaya93@mail.example"), "Re: Ihre Anmeldung zum Demokratietag Münster 2027",
    "2027-09-13 22:02:47",
    text("""Merhaba, Zeynep ve ben 2. atölye yerine 4. atölyeye (entegrasyon meclisi) geçebilir miyiz? İkimiz de Alman vatandaşı değiliz, o konu bizi daha çok ilgilendiriyor.
Elif

iPhone'umdan gönderildi
""", cte="base64"), mailer="iPhone Mail (21A329)",
    extra=[("In-Reply-To", "<bestaetigung-0003@muenster.example>")]),
    rec("change", "elifkaya93@mail.example", "Elif Kaya", None, ["wahlrecht"], None, "tr"))

# 050: advertising from a print shop, HTML-only; mentions events and registration.
AD_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Roll-Ups</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:20px"><h1 style="color:#c0392b">Ihre Veranstaltung im September?</h1>
<p>Roll-Ups, Banner und Namensschilder für Tagungen, Workshops und Fachtage –
jetzt mit <b>20&nbsp;% Rabatt</b> bei Bestellung bis 15.09.</p>
<p><a href="https://druckerei-flott.example/angebot?utm_source=mail">Zum Angebot</a></p>
<p style="font-size:11px;color:#888">Druckerei Flott GmbH · Gewerbepark 3 · 48155 Münster ·
<a href="https://druckerei-flott.example/abmelden">Abmelden</a></p>
</td></tr></table>
</body></html>
"""
add("druckerei-werbung", message(
    addr("Druckerei Flott", "angebote@druckerei-flott.example"),
    "Ihre Veranstaltung im September? 20 % auf Roll-Ups", "2027-09-14 10:00:00",
    text(AD_HTML, cte="quoted-printable", subtype="html"),
    extra=[("List-Unsubscribe", "<https://druckerei-flott.example/abmelden>"),
           ("Precedence", "bulk")]),
    rec("other"))

# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WGS = ("jugend", "quartier", "medien", "wahlrecht")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")


def example_host(host):
    host = host.lower().rstrip(".")
    return host.endswith(".example") or host in ("example.org", "example.com", "example.net") \
        or host.endswith((".example.org", ".example.com", ".example.net"))


def validate(name, data, r):
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF")
    if b"\r" in data.replace(b"\r\n", b""):
        problems.append("bare CR")
    if any(len(line) > 998 for line in data.split(b"\r\n")):
        problems.append("line longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    texts = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if part.defects:
            problems.append(f"defects after decoding {part.defects}")
        if part.get_content_maintype() == "text" or part.get_content_type() == "message/delivery-status":
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs, errors="strict"))
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"part does not decode as {cs}: {e}")
    for t in texts:
        for host in ADDR_RE.findall(t) + URL_RE.findall(t):
            if not example_host(host):
                problems.append(f"non-example host {host}")
    if set(r) != {"kind", "email", "name", "organisation", "workgroups", "party_size", "language",
                  "bounced_recipient"}:
        problems.append("record keys")
    k = r["kind"]
    if k not in KINDS:
        problems.append("kind")
    if not all(w in WGS for w in r["workgroups"]):
        problems.append("workgroup id")
    if k in ("auto_reply", "bounce", "other"):
        if any(r[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) \
                or r["workgroups"]:
            problems.append("machine/other record must be empty")
    else:
        if not r["email"] or r["email"] != r["email"].lower() or not example_host(r["email"].split("@")[1]):
            problems.append("email")
        if not r["language"] or not re.fullmatch(r"[a-z]{2}", r["language"]):
            problems.append("language")
        if not r["name"]:
            problems.append("name")
    if k == "registration" and not (isinstance(r["party_size"], int) and r["party_size"] >= 1):
        problems.append("party_size")
    if k in ("cancellation", "question") and (r["party_size"] is not None or r["workgroups"]):
        problems.append("cancellation/question with party/workgroups")
    if (k == "bounce") != (r["bounced_recipient"] is not None):
        problems.append("bounced_recipient")
    if k == "bounce" and r["bounced_recipient"] not in data.decode("ascii", "replace").lower():
        problems.append("bounced address not in mail")
    return problems, parsedate_to_datetime(msg["Date"])


def build():
    files = {}
    expected = {}
    for name, data, r in MAILS:
        files[name] = data
        expected[name] = r
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    return files, exp_text


def check_all(files, expected):
    bad = []
    last = None
    for name, data in files.items():
        problems, date = validate(name, data, expected[name])
        if last is not None and date <= last:
            problems.append("Date does not rise")
        last = date
        for p in problems:
            bad.append(f"{name}: {p}")
    return bad


def stats():
    kinds = Counter(r["kind"] for _, _, r in MAILS)
    langs = Counter(r["language"] for _, _, r in MAILS if r["language"])
    cs, ctes = Counter(), Counter()
    for _, data, _ in MAILS:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if not part.is_multipart():
                cs[part.get_content_charset() or "-"] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    print("kinds:", dict(kinds))
    print("languages:", dict(langs))
    print("charsets:", dict(cs))
    print("encodings:", dict(ctes))


def main(argv):
    files, exp_text = build()
    expected = {n: r for n, _, r in MAILS}
    if "--stats" in argv:
        stats()
        return 0
    bad = check_all(files, expected)
    if bad:
        print("\n".join(bad))
        return 1
    mdir = HERE / "mails"
    if "--check" in argv:
        on_disk = {p.name: p.read_bytes() for p in mdir.glob("*.eml")} if mdir.exists() else {}
        diff = sorted(set(on_disk) ^ set(files)) + sorted(n for n in files if on_disk.get(n) != files[n])
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            diff.append("expected.json")
        if diff:
            print("differs:", ", ".join(diff))
            return 1
        print(f"ok: {len(files)} mails match")
        return 0
    mdir.mkdir(exist_ok=True)
    for p in mdir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, data in files.items():
        (mdir / n).write_bytes(data)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read from disk and validate again
    disk = {p.name: p.read_bytes() for p in sorted(mdir.glob("*.eml"))}
    bad = check_all(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if bad:
        print("\n".join(bad))
        return 1
    print(f"wrote and validated {len(files)} mails")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
