#!/usr/bin/env python3
"""Evaluation set "final9d": 50 mails for the Jugendforum Vielfalt Muenster 2027.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    change nothing; fail if files on disk differ
    python3 make_mails.py --stats    print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.  Every mail text is
in this file; the comment line above each mail says what it tests.  The event and
its four workshops WS1..WS4 are defined in config.toml next to this file.
"""

import argparse
import base64
import email
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
OURS = CONFIG["event"]["registration_address"]
OUR_NAME = "Jugendforum Vielfalt Münster"
WS_IDS = [w["id"] for w in CONFIG["workgroups"]]
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "uk", "fa", "ku", "es")
FIELDS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
          "bounced_recipient")

MAILS = []          # (filename, raw bytes, expected record, info for --stats)


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def qp(data: bytes) -> bytes:
    """Quoted-printable, lines of at most 76 characters, LF line ends."""
    out = []
    for line in data.split(b"\n"):
        toks = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and not last):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        rows, cur = [], ""
        for t in toks:
            if len(cur) + len(t) > 75:
                rows.append(cur + "=")
                cur = ""
            cur += t
        rows.append(cur)
        out.append("\n".join(rows))
    return "\n".join(out).encode("ascii")


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data).rstrip(b"\n")


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return qp(data)
    if cte == "base64":
        return b64(data)
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of str
        self.body = body            # bytes, LF line ends


def text(content, charset="utf-8", cte="quoted-printable", subtype="plain", params="",
         disposition=None):
    data = content.encode(charset)          # strict: every character must fit the charset
    hs = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
          f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hs.append(f"Content-Disposition: {disposition}")
    return Part(hs, encode_body(data, cte))


def binary(data, ctype, filename):
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 "Content-Transfer-Encoding: base64",
                 f'Content-Disposition: attachment; filename="{filename}"'], b64(data))


def multipart(subtype, parts, boundary, params="", preamble=True):
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n"
        body += "\n".join(p.headers).encode("ascii") + b"\n\n" + p.body
    body += b"\n--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"'], body)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def outlook_html(content, charset, font="Calibri"):
    """HTML the way Outlook for Windows writes it (one MsoNormal paragraph per line)."""
    paras = "\n".join(f'<p class="MsoNormal">{esc(line) if line.strip() else "&nbsp;"}<o:p></o:p></p>'
                      for line in content.split("\n"))
    return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            f'\t{{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
            f'span.EmailFormatvorlage17\n\t{{mso-style-type:personal-compose;}}\n--></style>\n'
            f'</head>\n<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{paras}\n</div>\n</body>\n</html>\n')


def gmail_html(content):
    lines = content.split("\n")
    inner = "<br>".join(esc(l) for l in lines)
    return f'<div dir="ltr">{inner}</div>\n'


def quote(content):
    return "\n".join(("> " + l) if l else ">" for l in content.split("\n"))


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return formataddr((name, address), charset=charset)


def subj(s, charset="utf-8"):
    if s.isascii():
        return s
    return Header(s, charset, header_name="Subject").encode()


TZ2 = timezone(timedelta(hours=2))


def when(s, tz=TZ2):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(slug, *, date, frm, subject, body, expect, to=None, reply_to=None, cc=None,
        extra=(), in_reply_to=None, hcharset="utf-8", text_lang=None, mid_host=None):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    host = mid_host or frm[1].split("@")[1]
    mid = f"<{date.strftime('%Y%m%d%H%M%S')}.{n:03d}{slug[:6].replace('-', '')}@{host}>"
    hs = [f"Date: {format_datetime(date)}",
          f"From: {addr(frm[0], frm[1], hcharset)}"]
    if to is None:
        hs.append(f"To: {OURS}")
    else:
        hs.append("To: " + ", ".join(addr(t[0], t[1], hcharset) for t in to))
    if cc:
        hs.append("Cc: " + ", ".join(addr(t[0], t[1], hcharset) for t in cc))
    if reply_to:
        hs.append(f"Reply-To: {addr(reply_to[0], reply_to[1], hcharset)}")
    hs.append(f"Subject: {subj(subject, hcharset)}")
    hs.append(f"Message-ID: {mid}")
    if in_reply_to:
        hs.append(f"In-Reply-To: {in_reply_to}")
        hs.append(f"References: {in_reply_to}")
    hs.extend(extra)
    hs.append("MIME-Version: 1.0")
    hs.extend(body.headers)
    raw = ("\n".join(hs)).encode("ascii") + b"\n\n" + body.body
    if not raw.endswith(b"\n"):
        raw += b"\n"
    assert b"\r" not in raw
    raw = raw.replace(b"\n", b"\r\n")
    info = {"text_lang": text_lang if text_lang is not None else expect["language"]}
    MAILS.append((fname, raw, expect, info))


# ---------------------------------------------------------------------------
# texts our side sent earlier (they appear quoted in replies and forwards)
# ---------------------------------------------------------------------------

INVITATION = """Liebe Fachkräfte der Jugendarbeit, liebe Lehrkräfte, liebe Jugendliche,

das Amt für Kinder, Jugendliche und Familien der Stadt Münster lädt herzlich
zum Jugendforum Vielfalt Münster 2027 ein.

Freitag, 17. September 2027, 10:00 bis 16:00 Uhr
Begegnungszentrum Hansaforum, Hansaplatz 1, 48155 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in vier Workshops:
WS1  Social Media, Hate Speech und Zivilcourage im Netz
WS2  Ausbildung und Berufseinstieg
WS3  Sport und Inklusion
WS4  Jugendbeteiligung im Rat der Stadt

Die Teilnahme ist kostenlos, für Mittagessen ist gesorgt.
Anmeldung bis zum 8. September an jugendforum@muenster.example mit Name,
Einrichtung/Schule/Verein, Workshopwunsch und Anzahl der Personen.

Wir freuen uns auf euch!
Ihr Team Jugendforum
Amt für Kinder, Jugendliche und Familien, Stadt Münster"""


def confirmation(name, persons, ws_line):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Jugendforum Vielfalt Münster 2027
am Freitag, 17. September 2027, 10:00-16:00 Uhr.

Angemeldet: {persons}
Workshop: {ws_line}

Bei Änderungen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team Jugendforum
Amt für Kinder, Jugendliche und Familien, Stadt Münster"""


WS_LINE = {
    "WS1": "WS1 - Social Media, Hate Speech und Zivilcourage im Netz",
    "WS2": "WS2 - Ausbildung und Berufseinstieg",
    "WS3": "WS3 - Sport und Inklusion",
    "WS4": "WS4 - Jugendbeteiligung im Rat der Stadt",
}
INVITE_SUBJ = "Einladung: Jugendforum Vielfalt Münster 2027 – Workshops für Jugendliche"
CONF_SUBJ = "Bestätigung: Ihre Anmeldung zum Jugendforum Vielfalt Münster 2027"
INVITE_MID = "<20270614080000.einladung@muenster.example>"

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01" + bytes(range(0, 256, 3)) + b"\xff\xd9"


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: youth worker registers a group (7 teens aged 14-17 + colleague + herself = 9); ages are not the party size; topic named by alias words
add("brinkmann-jugendtreff-gruppe",
    date=when("2027-06-14 10:23:41"),
    frm=("Sandra Brinkmann", "s.brinkmann@jugendtreff-coerde.example"),
    subject="Anmeldung Jugendforum – Gruppe Jugendtreff Coerde",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
           "Content-Language: de-DE"],
    body=text("""Hallo zusammen,

vielen Dank für die Einladung, da sind wir gerne dabei!

Ich würde gerne eine Gruppe aus unserem Jugendtreff anmelden: 7 Jugendliche zwischen 14 und 17 Jahren, dazu kommen meine Kollegin Jana Wiese und ich als Betreuung. Also insgesamt 9 Personen.

Unsere Jugendlichen interessieren sich am meisten für den Workshop zu Social Media und Hate Speech – da haben wir im Treff gerade selbst einiges an Themen (Stichwort Klassenchats...).

Brauchen Sie vorab schon die Namen der Jugendlichen? Die Einverständniserklärungen der Eltern sammeln wir gerade ein.

Viele Grüße aus Coerde
Sandra Brinkmann

-- 
Offener Jugendtreff Coerde
Sandra Brinkmann, Dipl.-Sozialpädagogin
Musterweg 12, 48157 Münster
Tel. 0251 000000-12
""", "utf-8", "quoted-printable", params="; format=flowed"),
    expect=rec("registration", "s.brinkmann@jugendtreff-coerde.example", "Sandra Brinkmann",
               "Offener Jugendtreff Coerde", ["WS1"], 9, "de"))

# 002: teenager on a phone, lowercase, emoji, no punctuation; "bin 15" is an age; only a first name in the text, full name in From
add("mehmet-handy-hatespeech",
    date=when("2027-06-15 21:47:09"),
    frm=("Mehmet Yıldız", "mehmet.yildiz07@gmx.example"),
    subject="workshop",
    extra=["X-Mailer: iPhone Mail (21G93)"],
    body=text("""hey
ich hab von meiner sozialarbeiterin gehört dass es das jugendforum gibt
ich will zu dem workshop über social media und hate speech 😅 geht das noch
in unserer klassengruppe geht echt viel hate ab no cap
bin 15 und geh auf die hauptschule
lg mehmet

Von meinem iPhone gesendet""", "utf-8", "quoted-printable"),
    expect=rec("registration", "mehmet.yildiz07@gmx.example", "Mehmet Yıldız", None, ["WS1"], 1, "de"))

# 003: English teacher, Outlook HTML-only, From display "Surname, First"; 12 students + 2 teachers = 14; workshop by number and English topic
add("mcallister-ivk-klasse-html",
    date=when("2027-06-16 08:05:12"),
    frm=("McAllister, Fiona", "f.mcallister@gesamtschule-ms-mitte.example"),
    subject="Registration – IVK class, Gesamtschule Münster-Mitte",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqP3x1nq0ZcB2mRQyKj8f7kL0vT4A==",
           "Content-Language: en-GB"],
    body=text(outlook_html("""Dear Sir or Madam,

I am writing to register a group from our international preparatory class (IVK) at Gesamtschule Münster-Mitte for the Jugendforum Vielfalt on 17 September.

We would be 12 students (aged 16 to 18, most of them arrived in Germany within the last two years) plus two teachers – my colleague Mr Brandt and myself. The students voted for the workshop on apprenticeships and job entry (workshop 2), as most of them will leave school next summer.

Some of the students' German is still at A2/B1 level. Will the workshop be held in simple German, or would it help if one of the students interprets for the others into Arabic and Dari?

Kind regards,

Dr Fiona McAllister
Teacher of English and German as a Second Language
Gesamtschule Münster-Mitte
Musterstraße 40 | 48143 Münster
Tel. +49 251 000000-31""", "utf-8"), "utf-8", "quoted-printable", subtype="html"),
    expect=rec("registration", "f.mcallister@gesamtschule-ms-mitte.example", "Fiona McAllister",
               "Gesamtschule Münster-Mitte", ["WS2"], 14, "en"))

# 004: Turkish teenager on a phone (base64, Android), registers herself and a friend; "16 yaşındayım" ages
add("ayse-spor-arkadas",
    date=when("2027-06-18 16:12:55"),
    frm=("Ayşe Demir", "aysee.dmr@gmail.example"),
    subject="spor workshop",
    extra=["X-Mailer: Android Gmail"],
    body=text("""selam 👋 ben ayşe 16 yaşındayım. arkadaşım zeynep ile birlikte spor ve inklusion workshopuna gelmek istiyoruz, ikimiz de 16 yaşındayız. annemler izin verdi 😊
almanca da konuşabiliyoruz ama türkçe yazmak daha kolay geldi
ayşe
""", "utf-8", "base64"),
    expect=rec("registration", "aysee.dmr@gmail.example", "Ayşe Demir", None, ["WS3"], 2, "tr"))

# 005: parent asks whether her 13-year-old may come and names a workshop: a question, nobody is registered yet (windows-1252)
add("terhorst-tochter-13-frage",
    date=when("2027-06-21 19:30:02"),
    frm=("Claudia Terhorst", "c.terhorst@web.example"),
    subject="Frage zur Teilnahme meiner Tochter (13)",
    hcharset="iso-8859-1",
    body=text("""Sehr geehrte Damen und Herren,

unsere Tochter Lina hat über die Schule vom Jugendforum Vielfalt erfahren und würde sehr gerne teilnehmen, am liebsten beim Workshop zum Thema Social Media. Sie ist allerdings erst 13 Jahre alt.

Gibt es eine Altersgrenze? Und müsste ein Elternteil sie begleiten, oder ist während der ganzen Veranstaltung eine Aufsicht vor Ort? Ich frage auch, weil ich an dem Freitag arbeiten muss.

Für eine kurze Rückmeldung wäre ich dankbar.

Mit freundlichen Grüßen
Claudia Terhorst
""", "windows-1252", "quoted-printable"),
    expect=rec("question", "c.terhorst@web.example", lang="de"))

# 006: sports club's shared youth mailbox (ISO-8859-1, 8bit); two trainers incl. writer + six U17 players = 8; first and second choice by topic words; long club footer
add("sc-aasee-u17-sport",
    date=when("2027-06-23 22:10:37"),
    frm=("Jugendabteilung SC Aasee 09", "jugend@sc-aasee09.example"),
    subject="Anmeldung Jugendabteilung SC Aasee 09",
    hcharset="iso-8859-1",
    body=text("""Moin,

der SC Aasee meldet sich an für das Jugendforum am 17.9.

Wir kommen mit zwei Trainern (einer davon bin ich) und sechs Jungs aus unserer U17, die sind alle 15 oder 16.
Workshop: am liebsten Sport und Inklusion, wir haben seit letztem Jahr eine inklusive Trainingsgruppe. Wenn der voll ist, nehmen wir auch den Workshop zur Jugendbeteiligung im Rat.

Sportliche Grüße
Thomas Heitkamp
Jugendwart

SC Aasee 09 e.V. - Jugendabteilung
Geschäftsstelle: Am Sportplatz 1, 48149 Münster
Vorsitzender: Klaus-Dieter Möllers
Vereinsregister: Amtsgericht Münster VR 0000
www.sc-aasee09.example

Diese E-Mail wurde vom ehrenamtlichen Vorstand verschickt. Antworten bitte an die Jugendabteilung.
""", "iso-8859-1", "8bit"),
    expect=rec("registration", "jugend@sc-aasee09.example", "Thomas Heitkamp", "SC Aasee 09 e.V.",
               ["WS3", "WS4"], 8, "de"))

# 007: school office out-of-office with Auto-Submitted, answering the invitation (subject carries the event name)
add("sekretariat-abwesenheit",
    date=when("2027-06-24 07:01:15"),
    frm=("Sekretariat Hauptschule Kinderhaus", "sekretariat@hs-kinderhaus.example"),
    subject="Automatische Antwort: " + INVITE_SUBJ,
    in_reply_to=INVITE_MID,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: sekretariat@hs-kinderhaus.example"],
    body=text("""Vielen Dank für Ihre Nachricht.

Das Sekretariat ist vom 24.06. bis zum 06.08.2027 (Sommerferien) nicht besetzt. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an das Schulamt der Stadt Münster: schulamt@muenster.example

Mit freundlichen Grüßen
Ihr Sekretariat
""", "utf-8", "quoted-printable"),
    text_lang="de",
    expect=rec("auto_reply"))

# 008: Arabic youth worker (windows-1256, quoted-printable) registers herself + five girls aged 15-17 = 6; workshop by ordinal word; Latin-script signature
add("reem-arabisch-ausbildung",
    date=when("2027-06-28 14:40:20"),
    frm=("Reem Al-Hassan", "reem.alhassan@jugendbruecke-ms.example"),
    subject="تسجيل – الورشة الثانية",
    hcharset="utf-8",
    body=text("""السلام عليكم،

أنا ريم، أعمل مشرفة متطوعة في جمعية "جسر الشباب" في مونستر.
أود أن أسجّل نفسي مع خمس فتيات من مجموعتنا في منتدى الشباب يوم الجمعة 17 سبتمبر. أعمار الفتيات بين 15 و17 سنة.
نرغب في المشاركة في الورشة الثانية (التدريب المهني وبداية العمل - Ausbildung und Berufseinstieg).

هل يمكن أن ترسلوا لنا استمارة موافقة الأهل؟ بعض الأهالي يفضلون نسخة بالعربية إن وجدت.

مع الشكر والتحية
Reem Al-Hassan
Jugendbrücke Münster e.V.
""", "windows-1256", "quoted-printable"),
    expect=rec("registration", "reem.alhassan@jugendbruecke-ms.example", "Reem Al-Hassan",
               "Jugendbrücke Münster e.V.", ["WS2"], 6, "ar"))

# 009: the youth worker of 001 top-posts a change over our confirmation: 11 persons and WS4; the quoted WS1 must be ignored
add("brinkmann-aenderung-ws4",
    date=when("2027-07-01 09:15:03"),
    frm=("Sandra Brinkmann", "s.brinkmann@jugendtreff-coerde.example"),
    subject="Re: " + CONF_SUBJ,
    in_reply_to="<20270614103100.conf0001@muenster.example>",
    extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"],
    body=text("""Hallo nochmal,

kleine Änderung bei uns: es haben sich noch zwei Jugendliche angemeldet, wir wären also jetzt 11 statt 9.
Und nachdem wir das mit der Gruppe nochmal besprochen haben, möchten sie doch lieber in den Workshop zur Jugendbeteiligung im Rat (WS4) – die Kommunalwahl ist gerade ein großes Thema bei uns. Geht das noch?

Danke und viele Grüße
Sandra Brinkmann

Am 14.06.2027 um 10:31 schrieb Jugendforum Vielfalt Münster:
""" + quote(confirmation("Sandra Brinkmann", "9 Personen", WS_LINE["WS1"])) + "\n",
        "utf-8", "quoted-printable"),
    expect=rec("change", "s.brinkmann@jugendtreff-coerde.example", "Sandra Brinkmann",
               "Offener Jugendtreff Coerde", ["WS4"], 11, "de"))

# 010: young Ukrainian writes learner German without umlauts (us-ascii, 7bit); "17 Jahre" and "2 Jahre" are no party size; From display is shortened
add("kovalenko-lernerdeutsch",
    date=when("2027-07-02 17:48:30"),
    frm=("Oleksandr K", "o.kovalenko2010@ukr-mail.example"),
    subject="Anmeldung fur Workshop",
    body=text("""Sehr geehrte Damen und Herren,

mein Name ist Oleksandr Kovalenko, ich bin 17 Jahre alt und ich wohne seit 2 Jahre in Munster. Jetzt ich gehe in eine Internationale Forderklasse.
Ich mochte gern an dem Jugendforum teilnehmen, in dem Workshop uber Ausbildung. Ich suche eine Ausbildung als Elektroniker fur nachstes Jahr.

Ich komme allein.

Vielen Dank und mit freundlichen Grussen
Oleksandr Kovalenko
""", "us-ascii", "7bit"),
    expect=rec("registration", "o.kovalenko2010@ukr-mail.example", "Oleksandr Kovalenko", None,
               ["WS2"], 1, "de"))

# 011: Ukrainian social worker in KOI8-U (8bit), herself + four teens (14-16) = 5; number written as a word; Cyrillic signature name
add("shevchuk-ukrainisch-koi8",
    date=when("2027-07-05 11:20:44"),
    frm=("Iryna Shevchuk", "iryna.shevchuk@ujc-muenster.example"),
    subject="Реєстрація на Jugendforum - група підлітків",
    hcharset="koi8-u",
    body=text("""Добрий день!

Мене звати Ірина, я соціальна працівниця в українському молодіжному клубі в Мюнстері.
Хочу зареєструвати себе та чотирьох підлітків (14-16 років) на Jugendforum Vielfalt 17 вересня.
Ми обрали воркшоп 3 - "Спорт та інклюзія". Один хлопчик з нашої групи має порушення слуху, тому ця тема для нас дуже важлива.

Чи можна наступного разу писати вам німецькою, якщо так буде простіше? Мені легше українською, але німецьку я розумію.

З повагою,
Ірина Шевчук
Ukrainischer Jugendclub Muenster e.V.
""", "koi8-u", "8bit"),
    expect=rec("registration", "iryna.shevchuk@ujc-muenster.example", "Ірина Шевчук",
               "Ukrainischer Jugendclub Muenster e.V.", ["WS3"], 5, "uk"))

# 012: young person's question list in English (Gmail multipart/alternative), no registration
add("jaylen-fragen-englisch",
    date=when("2027-07-07 23:02:18"),
    frm=("Jaylen Mensah", "jaylen.mensah@gmail.example"),
    subject="question about the youth forum",
    body=multipart("alternative", [
        text("""Hi,

my teacher told us about the Jugendforum in September. Couple of questions:
- is it free?
- do we need to bring anything (ID, laptop…)?
- is there food or should we bring our own lol
- and is everything in German? my German is ok but not great

thanks!!
Jay
""", "utf-8", "quoted-printable"),
        text(gmail_html("""Hi,

my teacher told us about the Jugendforum in September. Couple of questions:
- is it free?
- do we need to bring anything (ID, laptop…)?
- is there food or should we bring our own lol
- and is everything in German? my German is ok but not great

thanks!!
Jay"""), "utf-8", "quoted-printable", subtype="html")],
        "000000000000a3c1f2062b9e7d41", preamble=False),
    expect=rec("question", "jaylen.mensah@gmail.example", lang="en"))

# 013: teacher, Outlook multipart/mixed (alternative + CSV list of students), windows-1252; 9 students + herself = 10; first and second wish by number
_overbeck = """Sehr geehrte Damen und Herren,

hiermit melde ich die Politik-AG der Realschule Wolbeck-Nord für das Jugendforum Vielfalt Münster 2027 an.

Teilnehmen werden neun Schülerinnen und Schüler der Jahrgangsstufe 10 (15–16 Jahre) sowie ich als begleitende Lehrkraft.
Erstwunsch: Workshop 4 „Jugendbeteiligung im Rat der Stadt“ – die AG bereitet gerade einen Antrag für den Jugendrat vor.
Zweitwunsch: Workshop 1 (Social Media / Hate Speech).

Eine Liste der Teilnehmenden habe ich angehängt. Die Einverständniserklärungen der Eltern liegen der Schule vor.

Mit freundlichen Grüßen

Katharina Overbeck
Studienrätin – Politik / Deutsch
Realschule Wolbeck-Nord
Am Schulzentrum 5 · 48167 Münster
Telefon 02506 0000-0

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""
add("overbeck-politik-ag-csv",
    date=when("2027-07-09 12:35:50"),
    frm=("Overbeck, Katharina", "k.overbeck@rs-wolbeck-nord.example"),
    subject="Anmeldung Politik-AG Realschule Wolbeck-Nord",
    hcharset="windows-1252",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdqRz8bq1Yw0Hk9xT0GJq2mO1c9VZg==",
           "Content-Language: de-DE"],
    body=multipart("mixed", [
        multipart("alternative", [
            text(_overbeck + "\n", "windows-1252", "quoted-printable"),
            text(outlook_html(_overbeck, "windows-1252"), "windows-1252", "quoted-printable", subtype="html"),
        ], "----=_NextPart_001_01DAB2C1.7E5F3A20", preamble=False),
        text("Nr;Vorname;Name;Klasse\n1;Mia;K.;10a\n2;Ben;S.;10a\n3;Aylin;Ö.;10b\n4;Noah;W.;10b\n"
             "5;Lea;T.;10b\n6;Jonas;M.;10c\n7;Sofia;R.;10c\n8;Elias;B.;10c\n9;Zoe;H.;10a\n",
             "windows-1252", "base64", subtype="csv", params='; name="Teilnehmende_Politik-AG.csv"',
             disposition='attachment; filename="Teilnehmende_Politik-AG.csv"'),
    ], "----=_NextPart_000_01DAB2C1.7E5F3A20"),
    expect=rec("registration", "k.overbeck@rs-wolbeck-nord.example", "Katharina Overbeck",
               "Realschule Wolbeck-Nord", ["WS4", "WS1"], 10, "de"))

# 014: event-technology newsletter that mentions workshops, sport and the forum: other
_news = """Sommer-Special für Veranstalter:innen!

Ob Jugendforum, Vereinsfest oder Sportfest: Bei uns mieten Sie Beamer, Funkmikrofone und komplette Bühnentechnik – jetzt mit 15 % Rabatt bis 31. Juli.

Perfekt für Workshops, Podiumsdiskussionen und Jugendveranstaltungen jeder Größe. Lieferung und Aufbau im ganzen Münsterland.

Jetzt anfragen: https://www.eventtechnik-westfalen.example/sommer
Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben. Abmelden: https://www.eventtechnik-westfalen.example/abmelden"""
add("newsletter-eventtechnik",
    date=when("2027-07-12 06:00:00"),
    frm=("Eventtechnik Westfalen", "newsletter@eventtechnik-westfalen.example"),
    subject="Sommer-Special: Technik für Ihr nächstes Jugend-Event – 15 % Rabatt",
    extra=["List-Unsubscribe: <https://www.eventtechnik-westfalen.example/abmelden?u=8812>",
           "List-Id: Eventtechnik Westfalen Newsletter <news.eventtechnik-westfalen.example>",
           "Precedence: bulk"],
    body=multipart("alternative", [
        text(_news + "\n", "utf-8", "base64"),
        text("<html><body><h1>Sommer-Special</h1>" + "".join(f"<p>{esc(p)}</p>" for p in _news.split("\n\n"))
             + "</body></html>\n", "utf-8", "base64", subtype="html"),
    ], "=_b7e2c8d4f10a5e63", preamble=False),
    text_lang="de",
    expect=rec("other"))

# 015: Afghan young man in Farsi (UTF-8 base64), himself + younger brother = 2; Persian digits for workshop number and ages
add("rezaei-farsi-ws2",
    date=when("2027-07-14 20:14:27"),
    frm=("Ali Rezaei", "ali.rezaei@posteo.example"),
    subject="ثبت نام ورکشاپ ۲",
    body=text("""سلام وقت بخیر
من علی هستم، ۱۹ سالمه و از افغانستان هستم. دو سال است که در مونستر زندگی می‌کنم.
می‌خواهم در ورکشاپ شماره ۲ (کارآموزی و شروع کار / Ausbildung) شرکت کنم.
برادر کوچکم هم که ۱۶ سالشه با من میاد، پس ما دو نفر هستیم.
ممنون از شما
Ali Rezaei
""", "utf-8", "base64"),
    expect=rec("registration", "ali.rezaei@posteo.example", "Ali Rezaei", None, ["WS2"], 2, "fa"))

# 016: mother withdraws her son (registered earlier via his school) because of a football tournament (ISO-8859-1 QP)
add("hoelscher-abmeldung-sohn",
    date=when("2027-07-16 07:45:10"),
    frm=("Birgit Hölscher", "b.hoelscher@t-online.example"),
    subject="Abmeldung Jonas Hölscher",
    hcharset="iso-8859-1",
    body=text("""Guten Morgen,

mein Sohn Jonas (14) hatte sich vor ein paar Wochen über seine Schule für das Jugendforum angemeldet. Leider ist an dem Freitag sein Fußballturnier in Bielefeld, das wussten wir da noch nicht.
Bitte nehmen Sie ihn wieder von der Liste, damit jemand anderes den Platz bekommt.

Danke und freundliche Grüße
Birgit Hölscher
""", "iso-8859-1", "quoted-printable"),
    expect=rec("cancellation", "b.hoelscher@t-online.example", lang="de"))

# 017: English helpdesk ticket receipt (Auto-Submitted: auto-generated) answering the invitation
add("ticket-eingangsbestaetigung",
    date=when("2027-07-19 09:00:04", timezone.utc),
    frm=("Youth Exchange Network Support", "support@yen-helpdesk.example"),
    subject="[Ticket #48213] Re: " + INVITE_SUBJ,
    in_reply_to=INVITE_MID,
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: OOF, AutoReply"],
    body=text("""Thank you for contacting Youth Exchange Network.

This is an automated response to confirm that we have received your request. A member of our team will get back to you within 3 working days.

Your ticket number is #48213. Please keep it in the subject line of any further correspondence.

Please do not reply to this email.

Youth Exchange Network - Support Team
https://help.yen-helpdesk.example
""", "us-ascii", "7bit"),
    text_lang="en",
    expect=rec("auto_reply"))

# 018: 18-year-old volunteer, Gmail HTML-only; "zu dritt" = 3 with two girls aged 16; first choice by number, fallback by alias
add("leonie-maedchentreff-html",
    date=when("2027-07-21 15:33:49"),
    frm=("Leonie Hartmann", "leonie.hartmann@gmail.example"),
    subject="Anmeldung Mädchentreff",
    body=text(gmail_html("""Hi!

Ich bin Leonie, 18, und leite ehrenamtlich die Mädchengruppe vom Mädchentreff Südviertel. Wir würden gern zu dritt kommen – ich und zwei Mädels aus der Gruppe (beide 16).

Am liebsten Workshop 1 (Hate Speech / Social Media), falls der schon voll ist, dann Sport & Inklusion.

Liebe Grüße
Leonie Hartmann
Mädchentreff Südviertel e.V."""), "utf-8", "quoted-printable", subtype="html"),
    expect=rec("registration", "leonie.hartmann@gmail.example", "Leonie Hartmann",
               "Mädchentreff Südviertel e.V.", ["WS1", "WS3"], 3, "de"))

# 019: Kurdish (Kurmanji) teenager registers herself and her brother; "em 2 kes in" is the party size, "17 salî" and "15 salî" are ages
add("rojda-kurmanci-ws3",
    date=when("2027-07-23 18:20:31"),
    frm=("Rojda Aydın", "rojda.aydin@gmail.example"),
    subject="Qeydkirin - workshop 3",
    body=text("""Silav,

Navê min Rojda ye, ez 17 salî me û li Münsterê dijîm.
Ez dixwazim beşdarî Jugendforumê bibim, li workshopa 3 (werziş û înklûzyon).
Birayê min Baran jî dixwaze were, ew 15 salî ye. Yanî em 2 kes in.

Gelek spas!
Rojda Aydın
""", "utf-8", "quoted-printable"),
    expect=rec("registration", "rojda.aydin@gmail.example", "Rojda Aydın", None, ["WS3"], 2, "ku"))

# 020: wheelchair sports club asks about accessibility before registering (conditional): question; Reply-To differs from a noreply From
add("rollstuhlsport-barrierefrei-frage",
    date=when("2027-07-26 10:10:58"),
    frm=("Rollstuhlsport Münsterland e.V.", "noreply@rollstuhlsport-ml.example"),
    reply_to=("Frank Jürgens", "frank.juergens@rollstuhlsport-ml.example"),
    hcharset="windows-1252",
    subject="Anfrage Barrierefreiheit / Workshop Sport und Inklusion",
    body=text("""Guten Tag,

wir sind ein Rollstuhlsportverein mit einer Jugend-Basketballgruppe (13 bis 18 Jahre) und hätten großes Interesse am Workshop Sport und Inklusion.

Bevor wir uns anmelden, eine Frage: Ist das Begegnungszentrum Hansaforum komplett barrierefrei (stufenloser Zugang, Rollstuhl-WC, Aufzug zu den Workshopräumen)? Wir würden mit etwa vier Jugendlichen im Rollstuhl kommen, dazu zwei Betreuer.

Wenn das passt, melden wir uns gern verbindlich an.

Viele Grüße
Frank Jürgens
Jugendtrainer Rollstuhlbasketball
Rollstuhlsport Münsterland e.V.
""", "windows-1252", "8bit"),
    expect=rec("question", "frank.juergens@rollstuhlsport-ml.example", lang="de"))

# 021: Spanish exchange student (ISO-8859-15 QP) registers for the social-media workshop described in Spanish
add("lucia-intercambio-espanol",
    date=when("2027-07-28 13:05:16"),
    frm=("Lucía Fernández", "lucia.fdez.ortega@correo.example"),
    subject="Inscripción taller redes sociales",
    hcharset="iso-8859-15",
    body=text("""Hola:

Me llamo Lucía, tengo 16 años y estoy este año de intercambio en Münster (vivo con una familia de acogida en Gievenbeck y voy al instituto aquí).
Me gustaría inscribirme en el Jugendforum del 17 de septiembre, en el taller sobre redes sociales y discurso de odio (Hate Speech). Mi familia de acogida está de acuerdo.

Entiendo bastante alemán, pero escribir todavía me cuesta, ¡perdón por escribir en español!

Un saludo,
Lucía Fernández Ortega
""", "iso-8859-15", "quoted-printable"),
    expect=rec("registration", "lucia.fdez.ortega@correo.example", "Lucía Fernández Ortega", None,
               ["WS1"], 1, "es"))

# 022: workshop named ONLY in the subject line; body registers writer + colleague = 2
add("tenbrink-nur-betreff",
    date=when("2027-07-30 11:11:07"),
    frm=("Markus Tenbrink", "m.tenbrink@jbh-muenster.example"),
    subject="Anmeldung Workshop Ausbildung & Berufseinstieg",
    body=text("""Hallo liebes Jugendforum-Team,

hiermit melden wir uns an: mein Kollege Stefan Rüther und ich, also zwei Personen.
Wir begleiten in der Jugendberufshilfe viele junge Leute beim Übergang Schule-Beruf und bringen gern Erfahrungen aus der Praxis mit ein.

Beste Grüße
Markus Tenbrink
Jugendberufshilfe Münster
- Beratung, Coaching, Vermittlung -
""", "utf-8", "8bit"),
    expect=rec("registration", "m.tenbrink@jbh-muenster.example", "Markus Tenbrink",
               "Jugendberufshilfe Münster", ["WS2"], 2, "de"))

# 023: teenager asks to switch from hate speech to sport, phone reply over our confirmation (quoted WS1 ignored); friend is not added
add("luca-wechsel-sport",
    date=when("2027-08-02 22:58:40"),
    frm=("Luca Brenner", "luca.brenner@icloud.example"),
    subject="Re: " + CONF_SUBJ,
    in_reply_to="<20270720160200.conf0031@muenster.example>",
    extra=["X-Mailer: iPhone Mail (21G93)"],
    body=text("""hi kann ich von hate speech zu sport wechseln? mein kumpel ist da auch 🏀 danke

Gesendet von meinem iPhone

> Am 20.07.2027 um 16:02 schrieb Jugendforum Vielfalt Münster <jugendforum@muenster.example>:
> 
""" + quote(confirmation("Luca Brenner", "1 Person", WS_LINE["WS1"])) + "\n",
        "utf-8", "quoted-printable"),
    expect=rec("change", "luca.brenner@icloud.example", "Luca Brenner", None, ["WS3"], None, "de"))

# 024: Turkish mother asks questions (windows-1254, base64): costs, supervision, food, Turkish-speaking staff
add("koc-turkce-sorular",
    date=when("2027-08-04 20:40:33"),
    frm=("Fatma Koç", "fatma.koc@hotmail.example"),
    subject="Oğlum için soru - Jugendforum",
    hcharset="windows-1254",
    body=text("""Merhaba,

oğlum Emir 14 yaşında, okulda Jugendforum'dan bahsetmişler. Katılmak istiyor ama benim birkaç sorum var:
Katılım ücretsiz mi? Gençler gün boyunca gözetim altında olacak mı? Öğle yemeği veriliyor mu, domuz eti olmadan yemek var mı?
Bir de, ben Almancayı çok iyi bilmiyorum. Türkçe konuşan bir görevli olacak mı?

Cevabınız için şimdiden teşekkür ederim.
Saygılarımla
Fatma Koç
""", "windows-1254", "base64"),
    expect=rec("question", "fatma.koc@hotmail.example", lang="tr"))

# 025: school social worker forwards the invitation (two Outlook forward headers); own text picks the "Bewerbungs-Workshop" (alias); 5 pupils + herself = 6
add("wessels-weiterleitung-bewerbung",
    date=when("2027-08-06 09:47:22"),
    frm=("Wessels, Nicole", "n.wessels@sekundarschule-roxel.example"),
    subject="WG: " + INVITE_SUBJ,
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=text("""Hallo,

unsere Schulleitung hat mir Ihre Einladung weitergeleitet. Ich würde gerne mit fünf Schüler:innen aus der 8. Klasse kommen (13–14 Jahre), und zwar in den Bewerbungs-Workshop. Die Kinder machen im nächsten Schuljahr ihr erstes Praktikum, da passt das Thema perfekt.
Ich bin selbst als Begleitung dabei.

Liebe Grüße
Nicole Wessels
Schulsozialarbeit
Sekundarschule Münster-Roxel

-----Ursprüngliche Nachricht-----
Von: Schulleitung Sekundarschule Roxel <schulleitung@sekundarschule-roxel.example>
Gesendet: Donnerstag, 5. August 2027 16:20
An: Wessels, Nicole <n.wessels@sekundarschule-roxel.example>
Betreff: WG: """ + INVITE_SUBJ + """

Liebe Nicole,
wäre das was für deine Gruppe? Die Einladung kam noch vor den Ferien.
LG Jörg

-----Ursprüngliche Nachricht-----
Von: Jugendforum Vielfalt Münster <jugendforum@muenster.example>
Gesendet: Montag, 14. Juni 2027 08:00
An: schulleitung@sekundarschule-roxel.example
Betreff: """ + INVITE_SUBJ + "\n\n" + INVITATION + "\n", "utf-8", "quoted-printable"),
    expect=rec("registration", "n.wessels@sekundarschule-roxel.example", "Nicole Wessels",
               "Sekundarschule Münster-Roxel", ["WS2"], 6, "de"))

# 026: Levantine Arabic in Latin letters (Arabizi) with one Arabic-script word; himself + friend = 2; "17 sene" is an age
add("yousef-arabizi-ausbildung",
    date=when("2027-08-09 16:16:16"),
    frm=("Yousef Al-Ali", "yousef.alali@gmail.example"),
    subject="workshop",
    body=text("""salam 3alaykom
ana yousef 17 sene, bidi sajjel 3la workshop 2 (ausbildung) ana w sa7bi karim, howe kaman 17
law fi shi lazem na3mlo 2olli
شكرا كتير 🙏
""", "utf-8", "8bit"),
    expect=rec("registration", "yousef.alali@gmail.example", "Yousef Al-Ali", None, ["WS2"], 2, "ar"))

# 027: Ukrainian mother cancels her daughter's registration (UTF-8 base64, Cyrillic From name)
add("bondarenko-skasuvannia",
    date=when("2027-08-11 08:30:05"),
    frm=("Наталія Бондаренко", "n.bondarenko@ukr-mail.example"),
    subject="Скасування реєстрації - Софія Бондаренко",
    body=text("""Доброго дня!

Моя донька Софія (15 років) була зареєстрована на Jugendforum 17 вересня. На жаль, цього дня ми їдемо до бабусі в Київ, тому вона не зможе прийти.
Прошу скасувати її реєстрацію.

Дякую за розуміння!
Наталія Бондаренко
""", "utf-8", "base64"),
    expect=rec("cancellation", "n.bondarenko@ukr-mail.example", lang="uk"))

# 028: youth centre, Outlook HTML-only (no plain part) in ISO-8859-1 + PDF attachment, long disclaimer; 14 teens (12-15) + 3 staff incl. writer = 17; workshop by id and title; "9:45 Uhr" is a time
add("kowalczyk-stadtteilhaus-html",
    date=when("2027-08-13 14:02:39"),
    frm=("Kowalczyk, Dennis", "d.kowalczyk@stadtteilhaus-bergfidel.example"),
    subject="Anmeldung Stadtteilhaus Berg Fidel",
    hcharset="iso-8859-1",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"],
    body=multipart("mixed", [
        text(outlook_html("""Hallo liebes Orga-Team,

für das Jugendforum am 17.09. melden wir vom Stadtteilhaus Berg Fidel folgende Gruppe an:
- 14 Jugendliche im Alter von 12 bis 15 Jahren
- 3 Betreuer*innen (mich eingeschlossen)

Gewünschter Workshop: WS3 Sport und Inklusion

Die Einverständniserklärungen der Eltern hängen als PDF an.
Wir reisen mit dem Bus an und wären gegen 9:45 Uhr da. Falls es eine Möglichkeit gibt, die Jugendlichen vorab kurz zu begrüßen, sagen Sie gern Bescheid.

Mit freundlichen Grüßen
i. A. Dennis Kowalczyk

Stadtteilhaus Berg Fidel
Offene Kinder- und Jugendarbeit
Musterplatz 7, 48153 Münster
Träger: Diakonie-Jugendhilfe Münster gGmbH, Geschäftsführung: Dr. Ulrike Sandmann, HRB 0000 Amtsgericht Münster

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.""", "iso-8859-1", font="Arial"),
             "iso-8859-1", "quoted-printable", subtype="html"),
        binary(FAKE_PDF, "application/pdf", "Einverstaendniserklaerungen_Jugendforum.pdf"),
    ], "----=_NextPart_000_0A1B_01DAED5C.3F2E1D00"),
    expect=rec("registration", "d.kowalczyk@stadtteilhaus-bergfidel.example", "Dennis Kowalczyk",
               "Stadtteilhaus Berg Fidel", ["WS3"], 17, "de"))

# 029: Postfix bounce (multipart/report) for a youth centre address that no longer exists
_bounced = "info@jugendtreff-kinderhaus.example"
add("bounce-postfix-jugendtreff",
    date=when("2027-08-16 08:00:12"),
    frm=("Mail Delivery System", "MAILER-DAEMON@mx.muenster.example"),
    subject="Undelivered Mail Returned to Sender",
    extra=["Auto-Submitted: auto-replied"],
    body=multipart("report", [
        text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{_bounced}>: host mx.jugendtreff-kinderhaus.example[192.0.2.25]
    said: 550 5.1.1 <{_bounced}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit"),
        Part(["Content-Type: message/delivery-status"],
             f"""Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4F2A1C0123
X-Postfix-Sender: rfc822; {OURS}
Arrival-Date: Mon, 16 Aug 2027 07:59:58 +0200 (CEST)

Final-Recipient: rfc822; {_bounced}
Original-Recipient: rfc822;{_bounced}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.jugendtreff-kinderhaus.example
Diagnostic-Code: smtp; 550 5.1.1 <{_bounced}>: Recipient address rejected:
    User unknown in virtual mailbox table
""".encode("ascii")),
        Part(["Content-Type: text/rfc822-headers"],
             f"""Return-Path: <{OURS}>
Date: Mon, 16 Aug 2027 07:59:55 +0200
From: Jugendforum Vielfalt Muenster <{OURS}>
To: {_bounced}
Subject: Erinnerung: Anmeldeschluss Jugendforum Vielfalt Muenster am 8. September
Message-ID: <20270816075955.erinnerung@muenster.example>
Auto-Submitted: auto-generated
""".encode("ascii")),
    ], "4F2A1C0123.1786860012/mx.muenster.example", params=" report-type=delivery-status;"),
    text_lang="en",
    expect=rec("bounce", bounced=_bounced))

# 030: English basketball coach changes a June registration: 6 instead of 9 and a switch to WS2; "if full, leave us where we are" (status quo) is no new choice
add("obrien-mavericks-change",
    date=when("2027-08-18 19:25:40"),
    frm=("Dan O'Brien", "dan.obrien@mavericks-muenster.example"),
    subject="Change to our registration – Mavericks U16",
    body=text("""Hi there,

quick update on the registration I sent in back in June for the Münster Mavericks youth team:
two of the kids have dropped out (family holidays got extended) and one of my assistant coaches can't make it on a Friday after all, so we'll be 6 people instead of 9 – me plus five players.

Also, the players asked whether we could switch from the sports & inclusion workshop to the one on apprenticeships / job entry. Most of them finish school next year and that's what's on their minds right now. If that one's full, just leave us where we are.

Thanks a lot,
Dan

Daniel O'Brien
Head Coach U16 | Münster Mavericks Basketball e.V.
mobile +49 170 0000000
""", "utf-8", "8bit"),
    expect=rec("change", "dan.obrien@mavericks-muenster.example", "Daniel O'Brien",
               "Münster Mavericks Basketball e.V.", ["WS2"], 6, "en"))

# 031: association's shared mailbox (no Reply-To, confirmation explicitly wanted there); "i. A." signature; ages listed 15,16,16,17,17 but 7 persons; numbered wishes
_tdj = """Sehr geehrtes Team des Jugendforums,

der Türkisch-Deutsche Jugendverein Münster e.V. möchte gerne mit einer Gruppe teilnehmen.
Wir sind insgesamt 7 Personen: 2 Betreuerinnen (darunter ich) und 5 Jugendliche im Alter von 15, 16, 16, 17 und 17 Jahren.

Unsere Wünsche:
1. Workshop 4 – Jugendbeteiligung / Jugendrat
2. Workshop 1 – Social Media und Hate Speech

Bitte schicken Sie die Bestätigung an diese Adresse, unser Postfach wird von mehreren Vorstandsmitgliedern gelesen.

Mit freundlichen Grüßen
i. A. Elif Kaya
Jugendvorstand
Türkisch-Deutscher Jugendverein Münster e.V."""
add("tdj-sammelpostfach-kaya",
    date=when("2027-08-20 17:05:09"),
    frm=("TDJ Münster", "info@tdj-muenster.example"),
    subject="Anmeldung TDJ Münster",
    extra=["User-Agent: Roundcube Webmail/1.6.7"],
    body=multipart("alternative", [
        text(_tdj + "\n", "utf-8", "quoted-printable"),
        text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
             '<body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">\n<p>'
             + esc(_tdj).replace("\n\n", "</p>\n<p>").replace("\n", "<br />\n")
             + "</p>\n</body></html>\n", "utf-8", "quoted-printable", subtype="html"),
    ], "=_5d1c0b9e2a7f44e1c2b8f0d6a3e91c77", preamble=False),
    expect=rec("registration", "info@tdj-muenster.example", "Elif Kaya",
               "Türkisch-Deutscher Jugendverein Münster e.V.", ["WS4", "WS1"], 7, "de"))

# 032: teen asks whether registration is needed and until when (phone, emoji, no capitals): question
add("mia-muss-man-sich-anmelden",
    date=when("2027-08-23 13:37:21"),
    frm=("mia ♡", "mia.sch2010@gmail.example"),
    subject="frage",
    body=text("""hallo muss man sich für das jugendforum anmelden oder kann man einfach so hinkommen?? und bis wann geht das
meine freundin und ich überlegen noch 🤔 sorry für die dumme frage lol
""", "utf-8", "quoted-printable"),
    expect=rec("question", "mia.sch2010@gmail.example", lang="de"))

# 033: the Farsi writer of 015 reduces his party to 1 (brother has an exam); workshop unchanged, so no new choice; quoted confirmation below
add("rezaei-farsi-nur-ich",
    date=when("2027-08-25 21:12:48"),
    frm=("Ali Rezaei", "ali.rezaei@posteo.example"),
    subject="Re: " + CONF_SUBJ,
    in_reply_to="<20270714201500.conf0015@muenster.example>",
    body=text("""سلام
ببخشید، برادرم متأسفانه نمی‌تواند بیاید چون آن روز امتحان دارد. فقط خودم می‌آیم، یعنی یک نفر.
ورکشاپ همان قبلی باشد.
ممنون
Ali Rezaei

Am 14.07.2027 um 20:15 schrieb Jugendforum Vielfalt Münster:
""" + quote(confirmation("Ali Rezaei", "2 Personen", WS_LINE["WS2"])) + "\n",
        "utf-8", "quoted-printable"),
    expect=rec("change", "ali.rezaei@posteo.example", "Ali Rezaei", None, [], 1, "fa"))

# 034: pupil representative bottom-posts under the quoted invitation (all four workshops quoted); her own text names WS4 by topic; only herself
add("schulze-boeing-bottom-post",
    date=when("2027-08-27 10:02:56"),
    frm=("Hannah Schulze-Böing", "hannah.sb@posteo.example"),
    subject="Re: " + INVITE_SUBJ,
    in_reply_to=INVITE_MID,
    body=text("""Am 14.06.2027 um 08:00 schrieb Jugendforum Vielfalt Münster:
""" + quote(INVITATION) + """

Hallo,

ich bin Schülersprecherin am Gymnasium Mauritz-Ost und würde mich gern für den Workshop zur Jugendbeteiligung im Stadtrat anmelden. Nur ich, die anderen aus der SV schreiben an dem Tag Klausuren.

Viele Grüße
Hannah Schulze-Böing
(SV Gymnasium Mauritz-Ost)
""", "utf-8", "8bit"),
    expect=rec("registration", "hannah.sb@posteo.example", "Hannah Schulze-Böing",
               "SV Gymnasium Mauritz-Ost", ["WS4"], 1, "de"))

# 035: out-of-office WITHOUT any auto-reply header, only "Abwesend:" in the subject; it talks about "Anmeldungen"
add("lammers-abwesend-ohne-header",
    date=when("2027-08-30 07:30:01"),
    frm=("Jörg Lammers", "j.lammers@jugendwerk-hiltrup.example"),
    subject="Abwesend: Erinnerung: Anmeldeschluss Jugendforum Vielfalt Münster am 8. September",
    body=text("""Hallo,

ich bin bis einschließlich 10.09. nicht im Büro und lese in dieser Zeit keine Mails.
Bei Anmeldungen für unsere Herbstfreizeit wendet euch bitte an ferien@jugendwerk-hiltrup.example.

Viele Grüße
Jörg
""", "iso-8859-1", "quoted-printable"),
    text_lang="de",
    expect=rec("auto_reply"))

# 036: Syrian young man in simple English on a phone; himself + friend = 2; a cousin "maybe, not sure yet" is not counted; ages 19 and 20
add("omar-english-apprenticeship",
    date=when("2027-09-01 18:44:13"),
    frm=("Omar Haddad", "omar.haddad03@gmail.example"),
    subject="register",
    body=text("""hello
i am Omar, 19 y.o. from syria, living in münster since 2022. i want join the workshop about apprenticeship (ausbildung). my friend Hasan (20) come with me. maybe also my cousin but he is not sure yet, i tell you later
thank you
Omar
""", "utf-8", "quoted-printable"),
    expect=rec("registration", "omar.haddad03@gmail.example", "Omar Haddad", None, ["WS2"], 2, "en"))

# 037: football club withdraws its whole group (ISO-8859-1 QP); club mailbox, signature names the youth leader
add("djk-mecklenbeck-abmeldung",
    date=when("2027-09-02 12:20:45"),
    frm=("DJK Eintracht Mecklenbeck - Jugend", "jugend@djk-mecklenbeck.example"),
    subject="Abmeldung DJK Eintracht Mecklenbeck / Jugendforum",
    hcharset="iso-8859-1",
    body=text("""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für das Jugendforum am 17. September komplett zurückziehen. Das Kreispokalspiel unserer B-Jugend wurde kurzfristig auf diesen Freitagnachmittag verlegt, und ohne die Spieler ergibt die Teilnahme für uns keinen Sinn.

Wir bedauern das sehr und wären beim nächsten Mal gerne wieder dabei.

Mit sportlichen Grüßen
Sabine Voß
Jugendleiterin
DJK Eintracht Mecklenbeck 1924 e.V.
""", "iso-8859-1", "quoted-printable"),
    expect=rec("cancellation", "jugend@djk-mecklenbeck.example", lang="de"))

# 038: Turkish youth section (ISO-8859-9 QP): 8 young people + 2 trainers incl. writer = 10 ("toplam 10 kişi"); Atölye 4 then 1
add("polat-alevi-genclik",
    date=when("2027-09-03 15:00:27"),
    frm=("Deniz Polat", "deniz.polat@alevi-muenster.example"),
    subject="Jugendforum kaydı - gençlik kolu",
    hcharset="iso-8859-9",
    body=text("""Merhabalar,

Münster Alevi Kültür Merkezi gençlik kolu olarak 17 Eylül'deki Jugendforum'a katılmak istiyoruz.
Grubumuz 8 genç (15-18 yaş arası) ve ben dahil 2 eğitmenden oluşuyor, yani toplam 10 kişiyiz.

Atölye tercihlerimiz:
1. tercih: Atölye 4 - belediye meclisinde gençlik katılımı
2. tercih: Atölye 1 - sosyal medya ve nefret söylemi

Gençlerin bir kısmı Almanca, bir kısmı Türkçe daha rahat konuşuyor; atölyeler Almanca olacaksa da sorun değil.

Saygılarımla,
Deniz Polat
Gençlik Kolu Sorumlusu
Münster Alevi Kültür Merkezi e.V.
""", "iso-8859-9", "quoted-printable"),
    expect=rec("registration", "deniz.polat@alevi-muenster.example", "Deniz Polat",
               "Münster Alevi Kültür Merkezi e.V.", ["WS4", "WS1"], 10, "tr"))

# 039: private mail sent to the forum address by mistake (address autocomplete), with a photo: other
add("fehlgeleitet-grillfotos",
    date=when("2027-09-06 19:55:19"),
    frm=("Monika Rohling", "moni.rohling@web.example"),
    to=[("Gabi", OURS)],
    subject="Fotos vom Sonntag",
    body=multipart("mixed", [
        text("""Hallo Gabi,

anbei wie versprochen die Fotos vom Grillen am Sonntag. Der Kartoffelsalat war ein Traum, das Rezept musst du mir noch schicken!

Bis bald und liebe Grüße, auch an Werner
Moni
""", "utf-8", "quoted-printable"),
        binary(FAKE_JPEG, "image/jpeg", "IMG_4471.jpg"),
    ], "------------0B7C2E9A1D3F5A6B8C9D0E1F"),
    text_lang="de",
    expect=rec("other"))

# 040: the teacher of 013 corrects her party size inline in our quoted confirmation (10 -> 9); workshop explicitly unchanged, quoted WS4 ignored
add("overbeck-inline-korrektur",
    date=when("2027-09-07 08:12:33"),
    frm=("Overbeck, Katharina", "k.overbeck@rs-wolbeck-nord.example"),
    subject="AW: " + CONF_SUBJ,
    in_reply_to="<20270709123700.conf0013@muenster.example>",
    hcharset="windows-1252",
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=text("""Guten Morgen,

eine Korrektur, siehe unten.

> Guten Tag Katharina Overbeck,
>
> vielen Dank für Ihre Anmeldung zum Jugendforum Vielfalt Münster 2027
> am Freitag, 17. September 2027, 10:00-16:00 Uhr.
>
> Angemeldet: 10 Personen

Bitte auf 9 Personen korrigieren – eine Schülerin ist leider abgesprungen, es kommen also acht Schüler:innen plus ich.

> Workshop: WS4 - Jugendbeteiligung im Rat der Stadt

Beim Workshop bleibt alles wie gehabt.

> Bei Änderungen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Katharina Overbeck
""", "windows-1252", "quoted-printable"),
    expect=rec("change", "k.overbeck@rs-wolbeck-nord.example", "Katharina Overbeck",
               "Realschule Wolbeck-Nord", [], 9, "de"))

# 041: Colombian mother asks in Spanish about minimum age for her 12-year-old and free places (multipart/alternative): question
_rincon = """Buenos días:

Mi hijo Samuel tiene 12 años y le encanta el deporte. Vimos el folleto del Jugendforum en el centro del barrio y le interesaría el taller de deporte e inclusión.
¿Hay una edad mínima para participar? ¿Y todavía quedan plazas? Si puede participar, ¿tengo que acompañarlo yo?

Muchas gracias y saludos cordiales,
Marcela Rincón"""
add("rincon-edad-minima",
    date=when("2027-09-08 10:30:58"),
    frm=("Marcela Rincón", "marcela.rincon@correo.example"),
    subject="Pregunta sobre edad mínima",
    body=multipart("alternative", [
        text(_rincon + "\n", "utf-8", "quoted-printable"),
        text(gmail_html(_rincon), "utf-8", "quoted-printable", subtype="html"),
    ], "00000000000071d5e8062c0a4b9f", preamble=False),
    expect=rec("question", "marcela.rincon@correo.example", lang="es"))

# 042: colleague from the organising office itself (same domain as our address), very short, us-ascii "fuer"; organiser words in the signature
add("lindemann-kurz-ws3",
    date=when("2027-09-08 16:41:02"),
    frm=("Lindemann, Petra", "p.lindemann@muenster.example"),
    subject="Anmeldung",
    body=text("""Hallo ihr Lieben,

bitte tragt mich fuer WS3 ein, 1 Person.

Danke!
Petra Lindemann
Kommunaler Sozialdienst Hiltrup
Amt fuer Kinder, Jugendliche und Familien der Stadt Muenster
""", "us-ascii", "7bit"),
    expect=rec("registration", "p.lindemann@muenster.example", "Petra Lindemann",
               "Kommunaler Sozialdienst Hiltrup", ["WS3"], 1, "de"))

# 043: mother registers her deaf son and will NOT come herself: attendee is the son, reply to the mother, party 1 (after the deadline)
_baumann = """Sehr geehrte Damen und Herren,

ich hoffe, es ist noch nicht zu spät: Hiermit melde ich meinen Sohn Felix Baumann (15 Jahre) für den Workshop Sport und Inklusion an.

Felix ist gehörlos und kommuniziert in Gebärdensprache, er liest aber gut und kommt mit schriftlichen Infos prima zurecht. Er fährt selbstständig mit dem Bus, ich werde also nicht mitkommen.

Bitte schicken Sie die Bestätigung an meine Adresse, Felix hat noch keine eigene E-Mail.

Mit freundlichen Grüßen
Anja Baumann"""
add("baumann-sohn-gehoerlos",
    date=when("2027-09-09 08:55:14"),
    frm=("Anja Baumann", "anja.baumann@gmx.example"),
    subject="Anmeldung Felix Baumann (15)",
    body=multipart("alternative", [
        text(_baumann + "\n", "utf-8", "quoted-printable"),
        text("<html><body><div>" + esc(_baumann).replace("\n", "<br>") + "</div></body></html>\n",
             "utf-8", "quoted-printable", subtype="html"),
    ], "----=_Part_118233_1609238.1788850514000", preamble=False),
    expect=rec("registration", "anja.baumann@gmx.example", "Felix Baumann", None, ["WS3"], 1, "de"))

# 044: Arabic association withdraws its group (UTF-8 base64); Arabic-script signature only
add("alsayed-arabisch-abmeldung",
    date=when("2027-09-10 11:15:37"),
    frm=("Khaled Al-Sayed", "k.alsayed@syrisches-haus.example"),
    subject="إلغاء التسجيل - Jugendforum",
    body=text("""مرحباً،

للأسف نضطر إلى إلغاء تسجيل مجموعتنا من البيت السوري (Syrisches Haus Münster) في منتدى الشباب يوم 17 أيلول، لأن الموعد تزامن مع رحلة مدرسية لمعظم الشباب.

نعتذر عن الإزعاج ونتمنى لكم فعالية ناجحة.
خالد السيد
""", "utf-8", "base64"),
    expect=rec("cancellation", "k.alsayed@syrisches-haus.example", lang="ar"))

# 045: already-registered youth worker asks about certificates and halal/vegetarian lunch; mentions WS1 but changes nothing: question (Outlook alternative, windows-1252)
_schmitz = """Hallo,

wir sind mit unserer Gruppe aus dem Jugendzentrum St. Clemens bereits angemeldet (WS1). Zwei kurze Rückfragen:

1. Bekommen die Jugendlichen eine Teilnahmebescheinigung? Einige brauchen die für ihren Ehrenamtsnachweis bzw. die Juleica-Verlängerung.
2. Gibt es Mittagessen vor Ort, auch vegetarisch und halal? Dann müssten wir nichts mitbringen.

Danke vorab und beste Grüße
Gregor Schmitz
Jugendreferent

Katholische Jugendagentur Münster
Musterallee 3 | 48151 Münster
www.kja-muenster.example

Informationen zum Datenschutz finden Sie unter www.kja-muenster.example/datenschutz"""
add("schmitz-rueckfragen-bescheinigung",
    date=when("2027-09-10 14:50:08"),
    frm=("Schmitz, Gregor", "gregor.schmitz@kja-muenster.example"),
    subject="Rückfragen Jugendforum 17.09.",
    hcharset="windows-1252",
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    body=multipart("alternative", [
        text(_schmitz + "\n", "windows-1252", "quoted-printable"),
        text(outlook_html(_schmitz, "windows-1252"), "windows-1252", "quoted-printable", subtype="html"),
    ], "_000_VI1PR09MB4521C3E0A1B2D3E4F5A6B7C8D9E0VI1PR09MB4521eurp_", preamble=False),
    expect=rec("question", "gregor.schmitz@kja-muenster.example", lang="de"))

# 046: teen mixes German with Turkish words ("slm", "inşallah"); himself + cousin, "beide 17"; "sonst auch egal welcher" adds no choice
add("emre-handy-cousine",
    date=when("2027-09-13 17:03:50"),
    frm=("Emre Şahin", "emre.sahin.61@gmail.example"),
    subject="Anmeldung??",
    body=text("""slm
ich und meine cousine wollen zum workshop ausbildung kommen sind beide 17
inşallah klappt das noch 🙏 sonst auch egal welcher
lg emre
""", "utf-8", "quoted-printable"),
    expect=rec("registration", "emre.sahin.61@gmail.example", "Emre Şahin", None, ["WS2"], 2, "de"))

# 047: short English cancellation top-posted over our German confirmation (quoted WS4)
add("whitfield-cancel-shift",
    date=when("2027-09-14 09:09:09"),
    frm=("Tom Whitfield", "tom.whitfield@posteo.example"),
    subject="Re: " + CONF_SUBJ,
    in_reply_to="<20270730121400.conf0024@muenster.example>",
    body=text("""Sorry, can't make it on Friday after all - got a shift at work I can't swap. Please take me off the list so someone else can have my spot.

Cheers,
Tom

On Fri, 30 Jul 2027 at 12:14, Jugendforum Vielfalt Münster <jugendforum@muenster.example> wrote:
""" + quote(confirmation("Tom Whitfield", "1 Person", WS_LINE["WS4"])) + "\n",
        "utf-8", "quoted-printable"),
    expect=rec("cancellation", "tom.whitfield@posteo.example", lang="en"))

# 048: bilingual teacher out-of-office (school trip) with only X-Autoreply, answering our last-info mail
add("kruger-klassenfahrt-autoreply",
    date=when("2027-09-14 09:30:40"),
    frm=("Ramona Krüger", "r.krueger@gymnasium-hiltrup.example"),
    subject="Automatische Antwort: Jugendforum Vielfalt Münster 2027 – letzte Infos für Freitag",
    in_reply_to="<20270914090000.letzteinfos@muenster.example>",
    extra=["X-Autoreply: yes"],
    body=text("""Vielen Dank für Ihre Nachricht. Ich bin vom 13. bis 17. September mit der Klasse 9c auf Klassenfahrt und lese in dieser Zeit keine E-Mails. Ab dem 20.09. bin ich wieder erreichbar.

Thank you for your message. I am on a school trip until 17 September and will reply after my return.

Ramona Krüger
""", "utf-8", "quoted-printable"),
    text_lang="de",
    expect=rec("auto_reply"))

# 049: late registration from a residential group's mailbox with Reply-To to the carer (Reply-To beats From); 4 teens + carer = 5; WS2 then WS3
add("osei-wohngruppe-reply-to",
    date=when("2027-09-14 16:20:26"),
    frm=("Wohngruppe Sonnenhof", "wg.sonnenhof@jugendhilfe-ml.example"),
    reply_to=("Francis Osei", "f.osei@jugendhilfe-ml.example"),
    subject="Nachmeldung Jugendforum?",
    body=text("""Guten Tag,

ich weiß, der Anmeldeschluss ist schon vorbei – ist es trotzdem noch möglich, nachzumelden? Falls ja, melde ich hiermit vier Jugendliche aus unserer Wohngruppe (16 und 17 Jahre alt) und mich als Betreuer für Workshop 2 an. Alternativ ginge auch Workshop 3.

Antworten bitte an meine persönliche Adresse, das Gruppenpostfach wird nicht täglich gelesen.

Freundliche Grüße
Francis Osei
Wohngruppe Sonnenhof der Jugendhilfe Münsterland gGmbH
""", "utf-8", "quoted-printable"),
    expect=rec("registration", "f.osei@jugendhilfe-ml.example", "Francis Osei",
               "Wohngruppe Sonnenhof der Jugendhilfe Münsterland gGmbH", ["WS2", "WS3"], 5, "de"))

# 050: change with the new workshop ONLY in the subject line; body refers to a phone call, party unchanged
add("arslan-wechsel-nur-betreff",
    date=when("2027-09-15 10:05:31"),
    frm=("Yasemin Arslan", "y.arslan@jmd-muenster.example"),
    subject="Wechsel zu Workshop 1 (Hate Speech)",
    hcharset="iso-8859-1",
    body=text("""Hallo Frau Becker,

wie eben am Telefon besprochen: bitte buchen Sie unsere Gruppe um. Die Anzahl bleibt gleich.

Vielen Dank und bis Freitag!
Yasemin Arslan
Jugendmigrationsdienst Münster
""", "iso-8859-1", "8bit"),
    expect=rec("change", "y.arslan@jmd-muenster.example", "Yasemin Arslan",
               "Jugendmigrationsdienst Münster", ["WS1"], None, "de"))


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------

EXAMPLE_OK = re.compile(r"(^|\.)example$|(^|\.)example\.(org|com|net)$", re.I)
ADDR_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([^/\s\"'<>)|]+)", re.I)


def hosts_ok(where, blob, problems):
    for m in ADDR_RE.finditer(blob):
        host = m.group(1).rstrip(".").lower()
        if not EXAMPLE_OK.search(host):
            problems.append(f"{where}: non-example address host {host!r}")
    for m in URL_RE.finditer(blob):
        host = m.group(1).rstrip(".").lower()
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        if not EXAMPLE_OK.search(host):
            problems.append(f"{where}: non-example URL host {host!r}")


def validate():
    problems = []
    prev = None
    for fname, raw, exp, _info in MAILS:
        # CRLF only, line length
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{fname}: bare CR or LF")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                problems.append(f"{fname}: line {i} has {len(line)} octets")
        msg = email.message_from_bytes(raw, policy=policy.default)
        blobs = []
        for part in msg.walk():
            for k, v in part.items():
                blobs.append(str(v))
                for d in getattr(v, "defects", ()):
                    problems.append(f"{fname}: header {k}: {d!r}")
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset() or "us-ascii"
                try:
                    blobs.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{fname}: text part does not decode as {cs}: {e}")
            elif not part.is_multipart() and part.get_content_type() not in (
                    "message/delivery-status", "message/rfc822"):
                part.get_payload(decode=True)
            if part.defects:
                problems.append(f"{fname}: {part.get_content_type()} defects {part.defects!r}")
        hosts_ok(fname, "\n".join(blobs), problems)
        # dates rise
        d = parsedate_to_datetime(msg["Date"])
        if d.tzinfo is None:
            problems.append(f"{fname}: Date without zone")
        elif prev is not None and d <= prev:
            problems.append(f"{fname}: Date does not rise")
        prev = d
        # expected record
        if set(exp) != set(FIELDS):
            problems.append(f"{fname}: record keys {sorted(exp)}")
        k = exp["kind"]
        if k not in KINDS:
            problems.append(f"{fname}: bad kind {k!r}")
            continue
        person = k in ("registration", "change", "cancellation", "question")
        if person:
            if not exp["email"] or exp["email"] != exp["email"].lower():
                problems.append(f"{fname}: email must be set and lower-case")
            elif exp["email"] not in raw.decode("ascii", "replace").lower():
                problems.append(f"{fname}: expected email not found in the raw mail")
        else:
            for f in ("email", "name", "organisation", "language", "party_size"):
                if exp[f] is not None:
                    problems.append(f"{fname}: {f} must be null for {k}")
        if k in ("registration", "change") and exp["language"] not in LANGS:
            problems.append(f"{fname}: language {exp['language']!r}")
        if k in ("cancellation", "question") and exp["language"] not in LANGS:
            problems.append(f"{fname}: language {exp['language']!r}")
        if k == "registration":
            if not exp["name"] or not isinstance(exp["party_size"], int) or exp["party_size"] < 1:
                problems.append(f"{fname}: registration needs name and party_size >= 1")
        elif k != "change" and exp["party_size"] is not None:
            problems.append(f"{fname}: party_size only for registration/change")
        if not isinstance(exp["workgroups"], list) or any(w not in WS_IDS for w in exp["workgroups"]) \
                or len(set(exp["workgroups"])) != len(exp["workgroups"]):
            problems.append(f"{fname}: bad workgroups {exp['workgroups']!r}")
        if k not in ("registration", "change") and exp["workgroups"]:
            problems.append(f"{fname}: workgroups only for registration/change")
        if (k == "bounce") != (exp["bounced_recipient"] is not None):
            problems.append(f"{fname}: bounced_recipient only (and always) for bounces")
        if exp["bounced_recipient"] and exp["bounced_recipient"] != exp["bounced_recipient"].lower():
            problems.append(f"{fname}: bounced_recipient must be lower-case")
    names = [m[0] for m in MAILS]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    return problems


def lang_of_expected(exp, info):
    return exp["language"] or info["text_lang"]


def stats():
    kinds = Counter(e["kind"] for _, _, e, _ in MAILS)
    langs = Counter(lang_of_expected(e, i) for _, _, e, i in MAILS)
    labelled = Counter(e["language"] for _, _, e, _ in MAILS if e["language"])
    charsets, ctes, types = Counter(), Counter(), Counter()
    for _, raw, _, _ in MAILS:
        msg = email.message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.is_multipart():
                types[part.get_content_type()] += 1
                continue
            types[part.get_content_type()] += 1
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset() or "us-ascii"] += 1
            ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("language of the text (all mails):", ", ".join(f"{k}={v}" for k, v in langs.most_common()))
    print("language label (person mails):", ", ".join(f"{k}={v}" for k, v in labelled.most_common()))
    print("charsets (text parts):", ", ".join(f"{k}={v}" for k, v in charsets.most_common()))
    print("transfer encodings (leaf parts):", ", ".join(f"{k}={v}" for k, v in ctes.most_common()))
    print("content types:", ", ".join(f"{k}={v}" for k, v in types.most_common()))


def rendered():
    files = {f"mails/{fname}": raw for fname, raw, _, _ in MAILS}
    expected = {fname: exp for fname, _, exp, _ in MAILS}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if files on disk differ")
    ap.add_argument("--stats", action="store_true", help="print counts")
    args = ap.parse_args()
    problems = validate()
    if problems:
        for p in problems:
            print("INVALID:", p, file=sys.stderr)
        return 1
    if args.stats:
        stats()
        return 0
    files = rendered()
    if args.check:
        bad = []
        for rel, data in files.items():
            path = HERE / rel
            if not path.exists() or path.read_bytes() != data:
                bad.append(rel)
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").exists() else set()
        bad += sorted(on_disk - set(files))
        if bad:
            print("differs from make_mails.py: " + ", ".join(bad[:10]) + (" ..." if len(bad) > 10 else ""),
                  file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(MAILS)} mails and expected.json; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
