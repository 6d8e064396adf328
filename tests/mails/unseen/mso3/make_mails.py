#!/usr/bin/env python3
"""Evaluation set "mso3": 60 mails to the MSO-Tag 2027 (last four weeks before the event).

usage:
    python3 make_mails.py            write mails/ and expected.json, then validate them
    python3 make_mails.py --check    change nothing; fail if files on disk differ
    python3 make_mails.py --stats    print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
Every mail text is written out below, each with one comment line saying what it tests.
"""
import base64
import email
import hashlib
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from email import policy
from email.header import Header
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

OURS = "mso-tag@muenster.example"
OUR_FROM = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
INVITE_ID = "<einladung-2027-01-19.4471@muenster.example>"
REMIND_ID = "<erinnerung-2027-02-12.0930@muenster.example>"

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if is_ascii(name):
        if any(c in name for c in '(),.:;<>@[]"\\'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return Header(name, charset).encode() + f" <{address}>"


def subj(s, charset="utf-8"):
    if is_ascii(s):
        return s
    return Header(s, charset, header_name="Subject").encode()


def encode_body(text, charset, cte):
    text = text.replace("\r\n", "\n")
    data = text.encode("ascii" if cte == "7bit" else charset)
    if cte in ("7bit", "8bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data) + (b"" if data.endswith(b"\n") else b"\n")
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params=""):
    h = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
         f"Content-Transfer-Encoding: {cte}"]
    return (h, encode_body(body, charset, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, subtype="html")


def multi(subtype, parts, boundary, params=""):
    out = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for h, b in parts:
        out += b"--" + boundary.encode() + b"\n" + "\n".join(h).encode() + b"\n\n" + b
        if not b.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([f'Content-Type: multipart/{subtype};{params}\n\tboundary="{boundary}"'], out)


def alt(plain, htm, boundary):
    return multi("alternative", [plain, htm], boundary)


def blob(ctype, filename, data, inline_cid=None):
    h = [f'Content-Type: {ctype}; name="{filename}"']
    if inline_cid:
        h += [f'Content-Disposition: inline; filename="{filename}"', f"Content-ID: <{inline_cid}>"]
    else:
        h += [f'Content-Disposition: attachment; filename="{filename}"']
    h += ["Content-Transfer-Encoding: base64"]
    return (h, base64.encodebytes(data))


def raw(ctype, body_bytes, extra=()):
    return ([f"Content-Type: {ctype}"] + list(extra), body_bytes)


def to_html(body, outlook=False):
    esc = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    style = ' class="MsoNormal"' if outlook else ""
    inner = "\n".join(f"<p{style}>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    head = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' if not outlook else \
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
    return f"<html>\n<head>\n{head}\n</head>\n<body>\n{inner}\n</body>\n</html>\n"


def quote(body, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in body.split("\n"))


def fake_pdf(title):
    lines = ["%PDF-1.4", "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
             "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
             f"3 0 obj << /Type /Page /Parent 2 0 R /Title ({title}) >> endobj",
             "trailer << /Root 1 0 R >>", "%%EOF"]
    return ("\n".join(lines) + "\n").encode("latin-1")


PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

WG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

# our own invitation (sent 19 January 2027), quoted and forwarded by participants
INVITE = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

wir laden Sie herzlich ein zum

    Tag der Migrantenselbstorganisationen 2027
    Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
    Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in drei parallelen
Arbeitsgruppen weiter:

    AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
    AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
          Migrationsvorgeschichte
    AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Die Teilnahme ist kostenfrei, für Essen und Getränke ist gesorgt.
Jede Arbeitsgruppe hat 30 Plätze.

Bitte melden Sie sich bis zum 6. März 2027 an, indem Sie auf diese
E-Mail antworten. Nennen Sie uns dabei Ihren Namen, Ihre Organisation,
Ihre Wunsch-AG (gern auch eine zweite Wahl) und mit wie vielen
Personen Sie kommen.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Ihr Team Zuwanderung und Integration
Stadt Münster"""


def confirmation(anrede, wg, persons):
    """Our confirmation as mailbot sends it; participants reply to it."""
    return f"""Guten Tag {anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
am Samstag, 13. März 2027, im Stadtweinhaus (Prinzipalmarkt 8, Münster).

Ihre Anmeldung:
  Arbeitsgruppe: {WG_LINE[wg]}
  Personen:      {persons}

Sollte sich etwas ändern, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Stadt Münster"""


def R(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (filename, bytes, record)


def add(slug, date, rec, headers, part, mid_domain=None):
    num = len(MAILS) + 1
    fname = f"{num:03d}-{slug}.eml"
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    frm = dict(headers).get("From", "x@unknown.example")
    dom = mid_domain or re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1).lower()
    h = hashlib.sha1(fname.encode()).hexdigest()
    mid = f"<{h[:12]}.{h[12:20]}@{dom}>"
    lines = []
    names = [k for k, _ in headers]
    for k, v in headers:
        lines.append(f"{k}: {v}")
    if "Date" not in names:
        lines.append(f"Date: {format_datetime(dt)}")
    if "Message-ID" not in names:
        lines.append(f"Message-ID: {mid}")
    lines.append("MIME-Version: 1.0")
    ph, pb = part
    data = ("\n".join(lines + ph) + "\n\n").encode("ascii") + pb
    MAILS.append((fname, data, rec))


def reply_hdrs(frm, subject, parent, charset="utf-8", extra=()):
    return [("From", frm), ("To", OUR_FROM), ("Subject", subj(subject, charset)),
            ("In-Reply-To", parent), ("References", parent)] + list(extra)


def conf_id(n):
    return f"<bestaetigung-{n:04d}@muenster.example>"


CONF_SUBJ = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
INV_SUBJ = "Einladung: Tag der Migrantenselbstorganisationen 2027"
REM_SUBJ = "Erinnerung: Anmeldung zum Tag der Migrantenselbstorganisationen bis 6. März"

# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration de: Outlook multipart/alternative windows-1252 QP, top-posted over the quoted invitation, "Arbeitsgruppe II", alone
t = """Guten Morgen,

gerne nehme ich für unseren Freundeskreis am MSO-Tag teil. Ich würde mich für die Arbeitsgruppe II eintragen – das Thema Stadtentwicklung beschäftigt uns im Verein gerade sehr, weil wir seit zwei Jahren vergeblich nach einem Raum in Kinderhaus suchen.

Ich komme allein.

Viele Grüße
Ulrike Brandt-Osei
Schriftführerin
Ghanaisch-Deutscher Freundeskreis Münster e.V.
www.ghana-freundeskreis.example

________________________________
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 19. Januar 2027 11:02
An: u.brandt-osei@ghana-freundeskreis.example
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + INVITE
add("brandt-osei-outlook-toppost-invitation", "2027-02-13 09:14:27 +0100",
    R("registration", "u.brandt-osei@ghana-freundeskreis.example", "Ulrike Brandt-Osei",
      "Ghanaisch-Deutscher Freundeskreis Münster e.V.", ["AG2"], 1, "de"),
    [("From", addr("Brandt-Osei, Ulrike", "u.brandt-osei@ghana-freundeskreis.example")),
     ("To", OUR_FROM), ("Subject", "AW: " + INV_SUBJ),
     ("Thread-Topic", INV_SUBJ), ("In-Reply-To", INVITE_ID), ("References", INVITE_ID),
     ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    alt(text(t, "windows-1252"), html(to_html(t, outlook=True), "windows-1252"), "_000_GFMUE1302_"))

# 002 registration tr: ISO-8859-9 QP plain, topic in own words (association management / funding), "ben ve iki arkadaşım" = 3
t = """Merhaba,

13 Mart'taki MSO Günü'ne derneğimiz adına katılmak istiyoruz. Ben ve yönetim kurulundan iki arkadaşım, yani toplam üç kişi geleceğiz.

Dernek yönetimi ve fon/destek imkânları konusundaki çalışma grubuna katılmak istiyoruz, bizim için en faydalı konu bu olur. Arkadaşlarımın isimleri: Hatice Korkmaz ve Emre Şahin.

Saygılarımla,
Serkan Yıldırım
Başkan
Münster Türk Kültür ve Dayanışma Derneği
"""
add("yildirim-turkish-latin5", "2027-02-13 18:40:05 +0300",
    R("registration", "serkan.yildirim@tkd-muenster.example", "Serkan Yıldırım",
      "Münster Türk Kültür ve Dayanışma Derneği", ["AG3"], 3, "tr"),
    [("From", addr("Serkan Yıldırım", "serkan.yildirim@tkd-muenster.example", "iso-8859-9")),
     ("To", OURS), ("Subject", subj("MSO Günü kayıt", "iso-8859-9"))],
    text(t, "iso-8859-9", "quoted-printable"))

# 003 auto_reply: German out-of-office to our reminder, Auto-Submitted header, UTF-8 QP
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.02.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team des Stadtteilzentrums unter team@stadtteilzentrum-bergfidel.example.

Mit freundlichen Grüßen
Brigitte Hollmann
"""
add("hollmann-out-of-office", "2027-02-14 07:02:11 +0100",
    R("auto_reply"),
    [("From", addr("Brigitte Hollmann", "b.hollmann@stadtteilzentrum-bergfidel.example")),
     ("To", OURS), ("Subject", subj("Abwesend: " + REM_SUBJ)),
     ("In-Reply-To", REMIND_ID), ("References", REMIND_ID),
     ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text(t, "utf-8", "quoted-printable"))

# 004 registration de: phone-typed one-liner, lower-case "ag1", name only from the From display name, 8bit UTF-8
t = """Hallo ich komme zur ag1
gruß mehmet

Von meinem iPhone gesendet"""
add("kaya-phone-oneliner", "2027-02-14 21:33:48 +0100",
    R("registration", "mkaya87@mail.example", "Mehmet Kaya", None, ["AG1"], 1, "de"),
    [("From", addr("Mehmet Kaya", "mkaya87@mail.example")), ("To", OURS), ("Subject", "Anmeldung")],
    text(t, "utf-8", "8bit"))

# 005 registration ar: windows-1256 base64, "the second workgroup" in Arabic, "me and my wife" = 2, Latin signature
t = """السلام عليكم ورحمة الله،

أود أن أسجل نفسي وزوجتي للمشاركة في يوم منظمات المهاجرين يوم السبت 13 آذار/مارس.
نرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر، لأن هذا الموضوع يهم جاليتنا كثيراً.

شكراً جزيلاً لكم على الدعوة

Samer Al-Halabi
Syrischer Kulturverein Muenster e.V.
"""
add("al-halabi-arabic-cp1256", "2027-02-15 10:05:39 +0100",
    R("registration", "samer.halabi@syrisch-kultur.example", "Samer Al-Halabi",
      "Syrischer Kulturverein Muenster e.V.", ["AG2"], 2, "ar"),
    [("From", addr("Samer Al-Halabi", "samer.halabi@syrisch-kultur.example")), ("To", OURS),
     ("Subject", subj("تسجيل - يوم منظمات المهاجرين", "windows-1256"))],
    text(t, "windows-1256", "base64"))

# 006 question de: asks about access and childcare before registering; mentions "zu dritt" and AG 1 only conditionally
t = """Hallo zusammen,

bevor ich uns verbindlich anmelde, hätte ich zwei Fragen:

1. Ist das Stadtweinhaus barrierefrei zugänglich? Eine unserer Ehrenamtlichen sitzt im Rollstuhl.
2. Gibt es während der Arbeitsgruppen eine Kinderbetreuung?

Wir wären vermutlich zu dritt und würden gern in die AG 1, aber das hängt von Ihren Antworten ab.

Danke und viele Grüße
Katrin Overbeck
Nachbarschaftshilfe Hiltrup
"""
add("overbeck-question-accessibility", "2027-02-15 16:20:02 +0100",
    R("question", "k.overbeck@nachbarschaftshilfe-hiltrup.example", "Katrin Overbeck",
      "Nachbarschaftshilfe Hiltrup", [], None, "de"),
    [("From", addr("Katrin Overbeck", "k.overbeck@nachbarschaftshilfe-hiltrup.example")), ("To", OURS),
     ("Subject", subj("Frage zur Barrierefreiheit / Kinderbetreuung"))],
    text(t, "utf-8", "quoted-printable"))

# 007 registration uk: KOI8-U 8bit, encoded-word From, "перша робоча група" (first), Cyrillic name and organisation
t = """Добрий день!

Мене звати Олена Ковальчук, я волонтерка Української громади в Мюнстері. Хочу зареєструватися на День мігрантських організацій 13 березня.
Мене найбільше цікавить перша робоча група - про освіту, бо я працюю з дітьми-біженцями у школі.
Приходжу сама.

З повагою,
Олена Ковальчук
Українська громада Мюнстера
"""
add("kovalchuk-ukrainian-koi8u", "2027-02-16 08:47:30 +0100",
    R("registration", "olena.kovalchuk@ukr-hromada.example", "Олена Ковальчук",
      "Українська громада Мюнстера", ["AG1"], 1, "uk"),
    [("From", addr("Олена Ковальчук", "olena.kovalchuk@ukr-hromada.example", "koi8-u")), ("To", OURS),
     ("Subject", subj("Реєстрація на День МСО", "koi8-u")), ("User-Agent", "Mozilla Thunderbird")],
    text(t, "koi8-u", "8bit"))

# 008 registration en: Gmail multipart/alternative UTF-8 QP, "Workshop 3" first, "Workshop 1" second choice, named colleague = 2
t = """Dear MSO-Tag team,

I would like to register for the Day of Migrant Organisations on 13 March. I'll be attending together with a colleague from our network, Abena Owusu, so please count us as 2 people.

Our first choice would be Workshop 3 (funding and association management). If that one is already full, Workshop 1 would be our second choice.

Best regards,
Daniel Mensah
Coordinator, African Students and Alumni Network Münster
"""
add("mensah-english-gmail", "2027-02-16 13:12:54 +0100",
    R("registration", "d.mensah@asan-muenster.example", "Daniel Mensah",
      "African Students and Alumni Network Münster", ["AG3", "AG1"], 2, "en"),
    [("From", addr("Daniel Mensah", "d.mensah@asan-muenster.example")), ("To", OURS),
     ("Subject", "Registration - MSO Day 13 March")],
    alt(text(t, "UTF-8"), html(to_html(t), "UTF-8"), "000000000000a1b2c3d4e5f60708"))

# 009 registration de (learner, Farsi speaker): UTF-8 base64, workgroup by the alias word "Schule" in a learner sentence
t = """Sehr geehrte Damen und Herren,

ich möchte mich für die MSO Tag am 13.3 anmelden. Ich bin Mitglied in Verein „Iranische Frauen Netzwerk Münster“. Ich interessiere mich für Thema Schule, weil meine zwei Kinder gehen in Schule und es gibt viele Probleme für Eltern mit Migration. Ich komme allein.

Vielen Dank und schöne Grüße
Shirin Rahimi
"""
add("rahimi-learner-german-schule", "2027-02-17 11:30:17 +0100",
    R("registration", "shirin.r@web.example", "Shirin Rahimi",
      "Iranische Frauen Netzwerk Münster", ["AG1"], 1, "de"),
    [("From", addr("shirin r.", "shirin.r@web.example")), ("To", OURS), ("Subject", "Anmeldung MSO Tag")],
    text(t, "utf-8", "base64"))

# 010 change de: ISO-8859-1 8bit, bottom-posted reply to our confirmation (AG 2 quoted), wants AG 3 instead
t = """Am 12.02.2027 um 16:03 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Herr Wischnewski", "AG2", 1)) + """

Hallo,

vielen Dank für die schnelle Bestätigung. Nach Rücksprache mit unserem Vorstand würde ich doch lieber an der AG 3 teilnehmen, weil wir gerade einen Förderantrag vorbereiten. Geht das noch?

Beste Grüße
Peter Wischnewski
Deutsch-Polnische Gesellschaft Münster
"""
add("wischnewski-change-bottompost", "2027-02-17 19:55:40 +0100",
    R("change", "p.wischnewski@dpg-muenster.example", "Peter Wischnewski",
      "Deutsch-Polnische Gesellschaft Münster", ["AG3"], None, "de"),
    reply_hdrs(addr("Peter Wischnewski", "p.wischnewski@dpg-muenster.example"), "Re: " + CONF_SUBJ,
               conf_id(31), extra=[("User-Agent", "Mozilla/5.0 Thunderbird/115.8.0")]),
    text(t, "iso-8859-1", "8bit", params="; format=flowed"))

# 011 registration pl: ISO-8859-2 QP, "grupa robocza nr 2", digit count "2 osoby"
t = """Dzień dobry,

zgłaszam udział w Dniu Organizacji Migranckich 13 marca 2027. Będziemy 2 osoby: ja oraz Ewa Nowak z zarządu naszego stowarzyszenia.
Interesuje nas grupa robocza nr 2 - przyszłość Münster z perspektywy migrantów.

Pozdrawiam serdecznie
Katarzyna Wójcik
Stowarzyszenie Polonia Münster
"""
add("wojcik-polish-latin2", "2027-02-18 09:09:09 +0100",
    R("registration", "k.wojcik@polonia-ms.example", "Katarzyna Wójcik",
      "Stowarzyszenie Polonia Münster", ["AG2"], 2, "pl"),
    [("From", addr("Katarzyna Wójcik", "k.wojcik@polonia-ms.example", "iso-8859-2")), ("To", OURS),
     ("Subject", subj("Zgłoszenie - Dzień MSO 2027", "iso-8859-2"))],
    text(t, "iso-8859-2", "quoted-printable"))

# 012 other: network newsletter (List-Unsubscribe, Precedence bulk) about funding and another event's "Anmeldung"
t = """Newsletter Vielfalt NRW – Februar 2027

1. Neue Fördermittel für Vereinsarbeit: Bis zum 31. März können Migrantenselbstorganisationen Mittel für Projekte zur Vereinsentwicklung beantragen.

2. Veranstaltungstipp: Fachtag „Ehrenamt und Vielfalt“ am 20. April in Bielefeld. Anmeldung über unsere Webseite.

3. Aus den Kommunen: Wie Städte ihre Integrationsräte stärken.

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler eingetragen haben. Abmelden: https://vielfalt-netzwerk.example/abmelden
"""
add("newsletter-vielfalt", "2027-02-18 10:00:00 +0100",
    R("other"),
    [("From", addr("Landesnetzwerk Vielfalt NRW", "newsletter@vielfalt-netzwerk.example")), ("To", OURS),
     ("Subject", subj("Newsletter Februar 2027: Fördermittel, Fachtag, Integrationsräte")),
     ("List-Unsubscribe", "<https://vielfalt-netzwerk.example/abmelden?u=4711>"),
     ("List-Id", "Newsletter Vielfalt NRW <news.vielfalt-netzwerk.example>"), ("Precedence", "bulk")],
    alt(text(t), html(to_html(t)), "----=_NL_20270218_001"))

# 013 registration ru: KOI8-R 8bit, From display "Lebedev, Igor" with upper-case address, "третьей рабочей группе", me and my wife = 2
t = """Здравствуйте!

Прошу зарегистрировать меня и мою жену Наталью на День организаций мигрантов 13 марта.
Мы хотели бы участвовать в третьей рабочей группе (финансирование и управление объединением).

С уважением,
Игорь Лебедев
председатель правления
Культурный центр "Мост" e.V.
"""
add("lebedev-russian-koi8r", "2027-02-19 14:41:03 +0100",
    R("registration", "igor.lebedev@most-kulturzentrum.example", "Игорь Лебедев",
      "Культурный центр \"Мост\" e.V.", ["AG3"], 2, "ru"),
    [("From", addr("Lebedev, Igor", "Igor.Lebedev@Most-Kulturzentrum.example")), ("To", OURS),
     ("Subject", subj("Регистрация", "koi8-r"))],
    text(t, "koi8-r", "8bit"))

# 014 cancellation de: fresh mail, ISO-8859-1 QP, direct withdrawal ("ziehe meine Anmeldung zurück")
t = """Sehr geehrte Damen und Herren,

hiermit ziehe ich meine Anmeldung zum MSO-Tag am 13. März leider zurück. Ich habe an dem Tag eine Familienfeier, die ich bei der Anmeldung übersehen habe.
Bitte geben Sie meinen Platz gern an jemand anderen weiter.

Mit freundlichen Grüßen
Gerhard Tenhumberg
Freundeskreis Lateinamerika Münster
"""
add("tenhumberg-cancel-fresh", "2027-02-19 22:10:56 +0100",
    R("cancellation", "tenhumberg@freundeskreis-lateinamerika.example", "Gerhard Tenhumberg",
      "Freundeskreis Lateinamerika Münster", [], None, "de"),
    [("From", addr("Gerhard Tenhumberg", "tenhumberg@freundeskreis-lateinamerika.example")), ("To", OURS),
     ("Subject", "Abmeldung MSO-Tag")],
    text(t, "iso-8859-1", "quoted-printable"))

# 015 registration de: Outlook HTML-only (multipart/related with logo), windows-1252 QP, shared mailbox + Reply-To, Dr. title, first/second choice by topic, colleague = 2, long disclaimer
t = """Sehr geehrte Damen und Herren,

mit großem Interesse haben wir die Einladung zum diesjährigen Tag der Migrantenselbstorganisationen erhalten, die uns über das Netzwerk der Stadtteilzentren erreicht hat. Unser Familienzentrum arbeitet seit vielen Jahren eng mit mehreren Elternvereinen im Stadtteil zusammen, und gerade die Frage, wie Familien mit Einwanderungsgeschichte den Übergang von der Kita in die Grundschule erleben, beschäftigt uns sehr.

Hiermit melde ich mich verbindlich an. Begleitet werde ich von meiner Kollegin Sevgi Arslan, die bei uns die Elternarbeit koordiniert.

Als Erstwunsch nennen wir die Arbeitsgruppe zum Bildungssystem; sollte diese bereits ausgebucht sein, wäre unser Zweitwunsch die AG zu Förderung und Vereinsmanagement.

Bitte senden Sie die Bestätigung an meine persönliche Adresse, da das Funktionspostfach nicht täglich gelesen wird.

Mit freundlichen Grüßen

Dr. Friederike Lohmann
Bereichsleitung Familienbildung
Interkulturelles Familienzentrum Kinderhaus e.V.
Sprakeler Straße 0 · 48159 Münster

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""
h = to_html(t, outlook=True).replace("</body>", '<p class="MsoNormal"><img src="cid:image001.png@01DB7A2C.5E3F1A90" alt="Logo"></p>\n</body>')
add("lohmann-outlook-html-only-replyto", "2027-02-20 08:30:12 +0100",
    R("registration", "f.lohmann@ifz-kinderhaus.example", "Friederike Lohmann",
      "Interkulturelles Familienzentrum Kinderhaus e.V.", ["AG1", "AG3"], 2, "de"),
    [("From", addr("Info Familienzentrum Kinderhaus", "info@ifz-kinderhaus.example")), ("To", OURS),
     ("Reply-To", addr("Lohmann, Friederike Dr.", "f.lohmann@ifz-kinderhaus.example")),
     ("Subject", "Anmeldung Tag der MSO 2027"), ("X-Mailer", "Microsoft Outlook 16.0"),
     ("Content-Language", "de-DE")],
    multi("related", [html(h, "windows-1252"), blob("image/png", "image001.png", PNG_1PX,
                                                     inline_cid="image001.png@01DB7A2C.5E3F1A90")],
          "_005_IFZ2002_", params=' type="text/html";'))

# 016 question sq: ISO-8859-1 8bit, "tre anëtarë" and "grupin e punës nr. 2" but only asks conditions, promises to register later
t = """Përshëndetje,

jemi tre anëtarë të Shoqatës Kulturore Shqiptare në Münster dhe jemi të interesuar për grupin e punës nr. 2. A duhet të jemi anëtarë të një shoqate të regjistruar për të marrë pjesë? Dhe a kushton diçka pjesëmarrja?

Nëse gjithçka është në rregull, do t'ju shkruaj përsëri për regjistrimin.

Faleminderit,
Arben Krasniqi
"""
add("krasniqi-albanian-question", "2027-02-21 12:15:44 +0100",
    R("question", "arben.krasniqi@mail.example", "Arben Krasniqi",
      "Shoqata Kulturore Shqiptare në Münster", [], None, "sq"),
    [("From", addr("Arben Krasniqi", "arben.krasniqi@mail.example")), ("To", OURS),
     ("Subject", subj("Pyetje për Ditën e Organizatave", "iso-8859-1"))],
    text(t, "iso-8859-1", "8bit"))

# 017 question fa: UTF-8 base64, asks whether free and whether interpreting exists; Persian-script name
t = """سلام و وقت بخیر،

من از طریق یکی از دوستانم درباره روز سازمان‌های مهاجران شنیدم. آیا شرکت در این برنامه رایگان است؟ و آیا کسی هست که برای فارسی‌زبانان ترجمه کند؟ آلمانی من هنوز خیلی خوب نیست.

با تشکر
رضا محمدی
"""
add("mohammadi-farsi-question", "2027-02-21 20:02:19 +0100",
    R("question", "reza.mohammadi@mail.example", "رضا محمدی", None, [], None, "fa"),
    [("From", addr("Reza Mohammadi", "reza.mohammadi@mail.example")), ("To", OURS),
     ("Subject", subj("سوال درباره روز سازمان‌ها"))],
    text(t, "utf-8", "base64"))

# 018 registration de without umlauts: 7bit ASCII, "Foerderungsmoeglichkeiten" transliterated, "zu dritt" = 3
t = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer den MSO-Tag am 13.03.2027 an. Mit mir kommen noch zwei Mitglieder aus unserem Vorstand, wir sind also zu dritt.
Wir wuerden gerne an der Arbeitsgruppe zu den Foerderungsmoeglichkeiten teilnehmen, da wir naechstes Jahr ein groesseres Projekt planen.

Mit freundlichen Gruessen
Minh Tran
Kassenwart
Vietnamesischer Kultur- und Sportverein Muenster e.V.
"""
add("tran-no-umlauts-ascii", "2027-02-22 09:48:21 +0100",
    R("registration", "minh.tran@vksv-muenster.example", "Minh Tran",
      "Vietnamesischer Kultur- und Sportverein Muenster e.V.", ["AG3"], 3, "de"),
    [("From", addr("Minh Tran", "minh.tran@vksv-muenster.example")), ("To", OURS),
     ("Subject", "Anmeldung zum MSO-Tag")],
    text(t, "us-ascii", "7bit"))

# 019 auto_reply en: vacation notice WITHOUT any Auto-Submitted/X-Autoreply header, only subject and wording
t = """Thank you for your email.

I am currently travelling with limited access to email and will be back in the office on 1 March 2027. Your message will be read after my return.
For urgent matters please contact Abena Owusu.

Kind regards,
Daniel Mensah
"""
add("mensah-out-of-office-no-header", "2027-02-22 09:49:02 +0100",
    R("auto_reply"),
    [("From", addr("Daniel Mensah", "d.mensah@asan-muenster.example")), ("To", OURS),
     ("Subject", subj("Out of office: " + CONF_SUBJ)),
     ("In-Reply-To", conf_id(58)), ("References", conf_id(58))],
    text(t, "us-ascii", "7bit"))

# 020 registration es: Apple Mail multipart/alternative ISO-8859-15 QP, shared association mailbox, "grupo de trabajo I", compound name
t = """Hola:

Les escribo para inscribirme en el Día de las Organizaciones de Migrantes del 13 de marzo. Me interesa el grupo de trabajo I, sobre educación, porque coordino el programa de apoyo escolar de nuestra asociación.

Iré sola.

Un saludo cordial,
María Fernanda Quispe Rojas
Coordinadora de proyectos educativos
Asociación Latinoamericana de Münster e.V.
"""
add("quispe-spanish-shared-mailbox", "2027-02-23 17:26:38 +0100",
    R("registration", "contacto@latinoamerica-ms.example", "María Fernanda Quispe Rojas",
      "Asociación Latinoamericana de Münster e.V.", ["AG1"], 1, "es"),
    [("From", addr("Asociación Latinoamericana", "contacto@latinoamerica-ms.example", "iso-8859-15")),
     ("To", OURS), ("Subject", subj("Inscripción MSO-Tag", "iso-8859-15")),
     ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    alt(text(t, "iso-8859-15"), html(to_html(t), "iso-8859-15"), "Apple-Mail=_5C1E0F2A-77B3-4D1B-9E55-0A13C2F4D801"))

# 021 change de (with Turkish phrases): top-posted reply to confirmation (Personen: 1 quoted), daughter joins -> 2, no new workgroup
t = """Hallo,

danke für die Bestätigung! Meine Tochter Elif möchte auch mitkommen, sie studiert Soziale Arbeit und interessiert sich sehr für das Thema. Also wären wir jetzt 2 Personen, geht das?

Çok teşekkürler, kolay gelsin!
Ayşe Demir
Türkischer Frauenverein Münster

Am Mi., 10. Feb. 2027 um 14:22 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:

""" + quote(confirmation("Frau Demir", "AG1", 1))
add("demir-change-party-mixed-de-tr", "2027-02-24 07:51:15 +0100",
    R("change", "ayse.demir@tfv-muenster.example", "Ayşe Demir", "Türkischer Frauenverein Münster",
      [], 2, "de"),
    reply_hdrs(addr("Ayşe Demir", "ayse.demir@tfv-muenster.example"), "Re: " + CONF_SUBJ, conf_id(24)),
    text(t, "utf-8", "8bit"))

# 022 registration it: windows-1252 8bit, "qualsiasi gruppo" = no preference, husband = 2
t = """Buongiorno,

vorrei iscrivermi alla giornata delle organizzazioni di migranti del 13 marzo. Verrò insieme a mio marito, Marco Ricci, quindi saremo in due.
Per quanto riguarda il gruppo di lavoro, per noi va bene qualsiasi gruppo: decidete voi dove c'è più posto.

Cordiali saluti
Giulia Esposito
Circolo Culturale Italiano di Münster
"""
add("esposito-italian-any-group", "2027-02-24 15:03:27 +0100",
    R("registration", "giulia.esposito@circolo-ms.example", "Giulia Esposito",
      "Circolo Culturale Italiano di Münster", [], 2, "it"),
    [("From", addr("Giulia Esposito", "giulia.esposito@circolo-ms.example")), ("To", OURS),
     ("Subject", "Iscrizione giornata MSO")],
    text(t, "windows-1252", "8bit"))

# 023 bounce: Postfix multipart/report with message/delivery-status and text/rfc822-headers
t = """This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vorstand@kurdisches-kulturhaus.example>: host
    mx.kurdisches-kulturhaus.example[192.0.2.44] said: 550 5.1.1
    <vorstand@kurdisches-kulturhaus.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Xk2Lq0NzVz9sWn
Arrival-Date: Thu, 25 Feb 2027 06:12:03 +0100 (CET)

Final-Recipient: rfc822; vorstand@kurdisches-kulturhaus.example
Original-Recipient: rfc822;vorstand@kurdisches-kulturhaus.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kurdisches-kulturhaus.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@kurdisches-kulturhaus.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
oh = f"""From: {OUR_FROM}
To: vorstand@kurdisches-kulturhaus.example
Subject: =?utf-8?q?Erinnerung=3A_Anmeldung_zum_Tag_der_Migrantenselbstorganisationen_bis?=
 =?utf-8?q?_6=2E_M=C3=A4rz?=
Date: Thu, 25 Feb 2027 06:12:02 +0100
Message-ID: <erinnerung-2027-02-25.0612.17@muenster.example>
Auto-Submitted: auto-generated
"""
add("postfix-bounce-report", "2027-02-25 06:12:04 +0100",
    R("bounce", bounced="vorstand@kurdisches-kulturhaus.example"),
    [("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"), ("To", OURS),
     ("Subject", "Undelivered Mail Returned to Sender"), ("Auto-Submitted", "auto-replied")],
    multi("report", [text(t, "us-ascii", "7bit"),
                     raw("message/delivery-status", ds.encode(), ["Content-Description: Delivery report"]),
                     raw("text/rfc822-headers", oh.encode(), ["Content-Description: Undelivered Message Headers"])],
          "4Xk2Lq0NzVz9sWn.1803452324/mx.muenster.example", params=" report-type=delivery-status;"),
    mid_domain="mx.muenster.example")

# 024 registration ku (Kurmanji): ISO-8859-9 QP, "koma xebatê ya duyemîn" (second), "em du kes in" = 2
t = """Silav û rêz,

Ez Rojda Aydin im, ji Navenda Çanda Kurdî ya Münsterê. Ez dixwazim beşdarî Roja Rêxistinên Koçberan bibim. Ez û hevalekî min ê werin, yanî em du kes in.
Em dixwazin beşdarî koma xebatê ya duyemîn bibin, ya li ser pêşeroja bajarê Münsterê.

Spas dikim,
Rojda Aydin
Navenda Çanda Kurdî Münster
"""
add("aydin-kurmanji-latin5", "2027-02-25 18:18:33 +0100",
    R("registration", "rojda.aydin@navenda-kurdi.example", "Rojda Aydin", "Navenda Çanda Kurdî Münster",
      ["AG2"], 2, "ku"),
    [("From", addr("Rojda Aydin", "rojda.aydin@navenda-kurdi.example")), ("To", OURS),
     ("Subject", subj("Tomarkirin - Roja MSO", "iso-8859-9"))],
    text(t, "iso-8859-9", "quoted-printable"))

# 025 question de: very short phone-typed, deadline and cost, no name in the text
t = """hi, bis wann kann man sich anmelden?? und kostet das was
lg nadine"""
add("kowalski-short-question", "2027-02-26 23:47:10 +0100",
    R("question", "nadine.k@mail.example", "Nadine Kowalski", None, [], None, "de"),
    [("From", addr("Nadine Kowalski", "nadine.k@mail.example")), ("To", OURS), ("Subject", "frage")],
    text(t, "us-ascii", "7bit"))

# 026 registration ro: ISO-8859-16 QP (comma-below letters), first choice group 1, fallback group 2
t = """Bună ziua,

aș dori să mă înscriu la Ziua Organizațiilor de Migranți din 13 martie. Prima mea opțiune ar fi grupa de lucru 1 (educația), iar dacă nu mai sunt locuri acolo, aș merge la grupa 2.

Vă mulțumesc frumos!
Ioana Munteanu
Asociația Românilor din Münster
"""
add("munteanu-romanian-latin10", "2027-02-27 10:34:51 +0100",
    R("registration", "ioana.munteanu@aromuenster.example", "Ioana Munteanu",
      "Asociația Românilor din Münster", ["AG1", "AG2"], 1, "ro"),
    [("From", addr("Ioana Munteanu", "ioana.munteanu@aromuenster.example")), ("To", OURS),
     ("Subject", subj("Înscriere Ziua MSO", "iso-8859-16"))],
    text(t, "iso-8859-16", "quoted-printable"))

# 027 registration de: secretary forwards our invitation ("WG:") registering a colleague, confirmation to his own address, topic "Zukunftsprozess"
t = """Hallo liebes MSO-Team,

ich melde hiermit unseren Kollegen Karim Haddad für den MSO-Tag an. Er möchte gern in die Arbeitsgruppe zum Zukunftsprozess und kommt allein.
Bitte schicken Sie die Bestätigung direkt an ihn: k.haddad@ibz-muenster.example

Vielen Dank!
Sabine Kleinschmidt
Sekretariat
Internationales Begegnungszentrum Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 19. Januar 2027 11:02
An: info@ibz-muenster.example
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + INVITE
add("kleinschmidt-forward-colleague", "2027-02-27 14:22:06 +0100",
    R("registration", "k.haddad@ibz-muenster.example", "Karim Haddad",
      "Internationales Begegnungszentrum Münster e.V.", ["AG2"], 1, "de"),
    [("From", addr("Sabine Kleinschmidt", "sekretariat@ibz-muenster.example")), ("To", OURS),
     ("Cc", addr("Karim Haddad", "k.haddad@ibz-muenster.example")),
     ("Subject", "WG: " + INV_SUBJ), ("X-Mailer", "Microsoft Outlook 16.0")],
    text(t, "windows-1252", "quoted-printable"))

# 028 cancellation en: bottom-posted reply to our confirmation, direct withdrawal, UTF-8 8bit
t = """On Sat, 20 Feb 2027 at 11:40, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""" + quote(confirmation("Chidi Okafor", "AG3", 1)) + """

Hello,

thanks for confirming. Sadly I have to withdraw: my employer has scheduled a training on the same Saturday and I can't get out of it. Please give my place to someone else.

Apologies,
Chidi
"""
add("okafor-english-cancel-bottompost", "2027-02-28 11:11:11 +0100",
    R("cancellation", "chidi.okafor@naija-muenster.example", "Chidi Okafor", None, [], None, "en"),
    reply_hdrs(addr("Chidi Okafor", "chidi.okafor@naija-muenster.example"), "Re: " + CONF_SUBJ, conf_id(47)),
    text(t, "utf-8", "8bit"))

# 029 registration bs: windows-1250 QP, "treća radna grupa" (third), wife = "dvije osobe"
t = """Poštovani,

ovim se prijavljujem za Dan migrantskih organizacija 13. marta. Dolazim sa suprugom, znači dvije osobe.
Zanima nas treća radna grupa, o finansiranju i vođenju udruženja.

Srdačan pozdrav,
Emina Hodžić
Bosanskohercegovačko kulturno društvo "Ljiljan" Münster
"""
add("hodzic-bosnian-cp1250", "2027-03-01 08:05:44 +0100",
    R("registration", "emina.hodzic@bkd-ljiljan.example", "Emina Hodžić",
      "Bosanskohercegovačko kulturno društvo \"Ljiljan\" Münster", ["AG3"], 2, "bs"),
    [("From", addr("Emina Hodžić", "emina.hodzic@bkd-ljiljan.example", "windows-1250")), ("To", OURS),
     ("Subject", subj("Prijava - Dan MSO", "windows-1250"))],
    text(t, "windows-1250", "quoted-printable"))

# 030 registration el: ISO-8859-7 base64, "δεύτερη ομάδα εργασίας" (second), alone, Greek name and community
t = """Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών στις 13 Μαρτίου.
Με ενδιαφέρει η δεύτερη ομάδα εργασίας, για το μέλλον της πόλης.
Θα έρθω μόνος μου.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Ελληνική Κοινότητα Μύνστερ
"""
add("papadopoulos-greek-latin7", "2027-03-01 12:40:29 +0100",
    R("registration", "n.papadopoulos@ellkoin-ms.example", "Νίκος Παπαδόπουλος",
      "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 1, "el"),
    [("From", addr("Νίκος Παπαδόπουλος", "n.papadopoulos@ellkoin-ms.example", "iso-8859-7")),
     ("To", OURS), ("Subject", subj("Δήλωση συμμετοχής", "iso-8859-7"))],
    text(t, "iso-8859-7", "base64"))

# 031 registration de with Arabic greeting line: Android multipart/alternative UTF-8 QP, "zwei Söhnen" = 3, "AG egal" = []
t = """السلام عليكم

Sehr geehrte Damen und Herren,

ich möchte mich gerne anmelden für den Tag der MSO. Ich komme mit meinen zwei Söhnen (19 und 22 Jahre), sie engagieren sich auch in unserem Verein.
Welche AG ist uns egal, Hauptsache wir sind dabei.

Mit freundlichen Grüßen
Abdullah Omar
Sudanesische Gemeinde Münster e.V.
"""
add("omar-german-arabic-greeting-sons", "2027-03-01 20:15:58 +0100",
    R("registration", "abdullah.omar@sudan-gemeinde.example", "Abdullah Omar",
      "Sudanesische Gemeinde Münster e.V.", [], 3, "de"),
    [("From", addr("Abdullah Omar", "abdullah.omar@sudan-gemeinde.example")), ("To", OURS),
     ("Subject", "Anmeldung")],
    alt(text(t), html(to_html(t)), "000000000000f3e2d1c0b9a87654"))

# 032 change de: substitute attendee (colleague takes her place, same workgroup), reply to confirmation, another address in the text
t = """Liebes Orga-Team,

leider bin ich am 13. März verhindert. An meiner Stelle wird mein Kollege Jonas Albers teilnehmen (j.albers@integrationsagentur-suedost.example). Die Arbeitsgruppe bleibt dieselbe.
Können Sie die Anmeldung entsprechend umschreiben?

Herzliche Grüße
Marion Berger
Integrationsagentur Südost

> Guten Tag Frau Berger,
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen ...
"""
add("berger-change-substitute", "2027-03-02 09:20:40 +0100",
    R("change", "m.berger@integrationsagentur-suedost.example", "Jonas Albers",
      "Integrationsagentur Südost", [], None, "de"),
    reply_hdrs(addr("Marion Berger", "m.berger@integrationsagentur-suedost.example"), "AW: " + CONF_SUBJ,
               conf_id(19)),
    text(t, "utf-8", "quoted-printable"))

# 033 auto_reply: helpdesk ticket receipt with Auto-Submitted and ticket number in subject
t = """Dies ist eine automatisch erzeugte Nachricht.

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2027030210001234 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; bitte antworten Sie nicht auf diese E-Mail.

Ihr Servicedesk Kulturbüro
"""
add("servicedesk-ticket-receipt", "2027-03-02 09:21:03 +0100",
    R("auto_reply"),
    [("From", addr("Servicedesk Kulturbüro", "servicedesk@kulturbuero-ms.example")), ("To", OURS),
     ("Subject", subj("[Ticket#2027030210001234] Eingangsbestätigung: " + REM_SUBJ)),
     ("Auto-Submitted", "auto-replied"), ("X-Loop", "servicedesk@kulturbuero-ms.example")],
    text(t, "utf-8", "quoted-printable"))

# 034 registration pt: UTF-8 8bit multipart/alternative, topic "educação (o grupo 1)", 16-year-old daughter = 2
t = """Olá, bom dia!

Gostaria de me inscrever no Dia das Organizações de Migrantes, no dia 13 de março. Vou levar a minha filha de 16 anos, que tem muito interesse no tema, então seremos duas pessoas.
Queremos participar do grupo de trabalho sobre educação (o grupo 1).

Muito obrigada e um abraço,
Luciana Ferreira da Silva
Associação Brasileira Cultural de Münster
"""
add("ferreira-portuguese-daughter", "2027-03-02 16:45:21 -0300",
    R("registration", "luciana.fsilva@abc-muenster.example", "Luciana Ferreira da Silva",
      "Associação Brasileira Cultural de Münster", ["AG1"], 2, "pt"),
    [("From", addr("Luciana Ferreira", "luciana.fsilva@abc-muenster.example")), ("To", OURS),
     ("Subject", subj("Inscrição - Dia das Organizações de Migrantes"))],
    alt(text(t, "utf-8", "8bit"), html(to_html(t), "utf-8", "8bit"), "--_=_swift_v4_a93f0c1d"))

# 035 question ti: UTF-8 base64, would like to take part but asks whether non-members may come and whether there is interpreting
t = """ሰላም፡

ኣብ መዓልቲ ማሕበራት ስደተኛታት ክሳተፍ ደስ ምበለኒ። ግን ሓደ ሕቶ ኣሎኒ፡ ኣባል ማሕበር ዘይኮንኩ ሰብ ክሳተፍ ይኽእል ድዩ? ብትግርኛ ትርጉም ይህሉ ድዩ?

የቐንየለይ
ዮናስ ተስፋማርያም
"""
add("tesfamariam-tigrinya-question", "2027-03-03 10:10:10 +0100",
    R("question", "yonas.tesfamariam@mail.example", "ዮናስ ተስፋማርያም", None, [], None, "ti"),
    [("From", addr("Yonas Tesfamariam", "yonas.tesfamariam@mail.example")), ("To", OURS),
     ("Subject", subj("ሕቶ - MSO Tag"))],
    text(t, "utf-8", "base64"))

# 036 registration fr: ISO-8859-15 8bit, inline answers between quoted lines of the invitation, "AG 3 en premier choix, sinon la 1", "nous serons trois"
t = """Bonjour,

Je vous réponds directement dans votre message ci-dessous.

Le 19/01/2027 à 11:02, Tag der Migrantenselbstorganisationen a écrit :
> Sehr geehrte Damen und Herren,
> liebe Engagierte in den Migrantenselbstorganisationen,
>
> wir laden Sie herzlich ein zum
>
>     Tag der Migrantenselbstorganisationen 2027
>     Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
>
>     AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
>     AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
>           Migrationsvorgeschichte
>     AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement
>
> Bitte melden Sie sich bis zum 6. März 2027 an, indem Sie auf diese
> E-Mail antworten. Nennen Sie uns dabei Ihren Namen,

Aminata Diallo

> Ihre Organisation,

Association des Femmes Africaines de Münster

> Ihre Wunsch-AG (gern auch eine zweite Wahl)

AG 3 en premier choix, sinon la 1

> und mit wie vielen Personen Sie kommen.

Nous serons trois (moi et deux membres du bureau).

> Wir freuen uns auf Sie!

Merci, à bientôt !
Aminata Diallo
Présidente
"""
add("diallo-french-inline-invitation", "2027-03-03 13:37:00 +0100",
    R("registration", "aminata.diallo@afam-muenster.example", "Aminata Diallo",
      "Association des Femmes Africaines de Münster", ["AG3", "AG1"], 3, "fr"),
    reply_hdrs(addr("Aminata Diallo", "aminata.diallo@afam-muenster.example"), "Re: " + INV_SUBJ, INVITE_ID),
    text(t, "iso-8859-15", "8bit"))

# 037 registration so: UTF-8 QP, "kooxda shaqada ee labaad" (second), "keligay" = alone
t = """Asalaamu calaykum,

Magacaygu waa Faadumo Cali Warsame. Waxaan rabaa inaan iska diiwaangeliyo Maalinta Ururada Muhaajiriinta ee 13-ka Maarso.
Waxaan doonayaa kooxda shaqada ee labaad, oo ku saabsan mustaqbalka magaalada Münster.
Keligay ayaan imanayaa.

Mahadsanid,
Faadumo Cali Warsame
Ururka Haweenka Soomaaliyeed ee Münster
"""
add("warsame-somali", "2027-03-03 19:58:36 +0100",
    R("registration", "faadumo.warsame@mail.example", "Faadumo Cali Warsame",
      "Ururka Haweenka Soomaaliyeed ee Münster", ["AG2"], 1, "so"),
    [("From", addr("Faadumo Warsame", "faadumo.warsame@mail.example")), ("To", OURS),
     ("Subject", "Diiwaangelin MSO Tag")],
    text(t, "utf-8", "quoted-printable"))

# 038 cancellation de (indirect): top-posted reply to confirmation, never says "abmelden", only that he cannot make it
t = """Hallo,

leider hat unser Dachverband genau für den 13. März seine Mitgliederversammlung in Dortmund angesetzt, und dort muss ich als Vorsitzender hin. Ich werde es also nicht schaffen, bei Ihnen dabei zu sein. Sehr schade, ich hatte mich auf die AG gefreut.

Vielleicht klappt es nächstes Jahr!
Gruß
Dragan Marković

-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Datum: 21.02.27 09:12 (GMT+01:00)
An: d.markovic@srpska-zajednica.example
Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

""" + confirmation("Herr Marković", "AG2", 1)
add("markovic-indirect-cancel", "2027-03-04 08:25:13 +0100",
    R("cancellation", "d.markovic@srpska-zajednica.example", "Dragan Marković", None, [], None, "de"),
    reply_hdrs(addr("Dragan Marković", "d.markovic@srpska-zajednica.example"), "AW: " + CONF_SUBJ,
               conf_id(52)),
    text(t, "utf-8", "quoted-printable"))

# 039 change vi: UTF-8 base64 fresh mail, registered for group 2, wants group 3 ("nhóm số 3")
t = """Chào anh chị,

Em là Nguyễn Thị Thu Hà, tuần trước em đã đăng ký tham gia Ngày các Tổ chức Người Di cư, nhóm làm việc số 2. Nhưng bây giờ em muốn đổi sang nhóm số 3 (về tài trợ và quản lý hội), vì hội của em đang cần thông tin về việc xin tài trợ.

Em cảm ơn anh chị nhiều ạ!
Nguyễn Thị Thu Hà
Hội Người Việt tại Münster
"""
add("nguyen-vietnamese-change-group", "2027-03-04 14:00:47 +0100",
    R("change", "thuha.nguyen@mail.example", "Nguyễn Thị Thu Hà", "Hội Người Việt tại Münster",
      ["AG3"], None, "vi"),
    [("From", addr("Thu Ha Nguyen", "thuha.nguyen@mail.example")), ("To", OURS),
     ("Subject", subj("Đổi nhóm làm việc"))],
    text(t, "utf-8", "base64"))

# 040 other: personal mail to a friend sent here by address autocomplete; mentions Saturday and "zu zweit"
t = """Hallo Sabine,

hast du am Samstag Lust auf Kaffee bei mir? Wir wären zu zweit, Jens kommt vielleicht auch mit. So gegen 15 Uhr?
Sag einfach kurz Bescheid.

Liebe Grüße
Heike
"""
add("sommer-misdirected-personal", "2027-03-04 18:30:02 +0100",
    R("other"),
    [("From", addr("Heike Sommer", "heike.sommer@mail.example")),
     ("To", addr("Sabine", OURS)), ("Subject", "Samstag?")],
    text(t, "utf-8", "8bit"))

# 041 change en: adds a second choice to an existing registration, restates order "1st choice WS 2, 2nd choice WS 1"
t = """Hi,

I registered last week for Workshop 2 (the one about Münster's future process) - thanks for the confirmation. Could you please add a second choice to my registration? If Workshop 2 is overbooked, I'd be happy to join Workshop 1 instead.
So: 1st choice WS 2, 2nd choice WS 1.

Kind regards,
Usman Tariq
Pakistani Students Association Münster
"""
add("tariq-english-add-second-choice", "2027-03-05 09:15:30 +0100",
    R("change", "usman.tariq@psa-muenster.example", "Usman Tariq", "Pakistani Students Association Münster",
      ["AG2", "AG1"], None, "en"),
    [("From", addr("Usman Tariq", "usman.tariq@psa-muenster.example")), ("To", OURS),
     ("Subject", "Second choice for my registration")],
    text(t, "utf-8", "quoted-printable"))

# 042 registration fa (Dari): UTF-8 QP, "گروه کاری اول" (first), two members = 3, German organisation name in the signature
t = """سلام علیکم،

من مریم هاشمی هستم از انجمن فرهنگی افغان‌های مونستر. می‌خواهم برای روز سازمان‌های مهاجرین ثبت نام کنم.
دو نفر از اعضای انجمن ما هم همراهم می‌آیند، یعنی جمعاً سه نفر می‌شویم.
ما به گروه کاری اول علاقه داریم، در مورد تعلیم و تربیه و مکتب.

تشکر
مریم هاشمی
Afghanisch-Deutscher Kulturverein Münster e.V.
"""
add("hashimi-dari-three", "2027-03-05 11:47:08 +0100",
    R("registration", "mariam.hashimi@adkv-muenster.example", "مریم هاشمی",
      "Afghanisch-Deutscher Kulturverein Münster e.V.", ["AG1"], 3, "fa"),
    [("From", addr("Mariam Hashimi", "mariam.hashimi@adkv-muenster.example")), ("To", OURS),
     ("Subject", subj("ثبت نام روز سازمان‌های مهاجرین"))],
    text(t, "utf-8", "quoted-printable"))

# 043 cancellation ps: UTF-8 base64, reply to confirmation, asks to remove his name (mother ill)
t = """السلام علیکم،

ستاسو د تایید څخه مننه. بښنه غواړم، خو زه نشم کولی چې د مارچ په ۱۳ مه راشم، ځکه چې زما مور ناروغه ده او باید افغانستان ته لاړ شم. مهرباني وکړئ زما نوم له لیست څخه لرې کړئ.

په درنښت
احمد شاه ځاځی

""" + quote(confirmation("Herr Zazai", "AG3", 1))
add("zazai-pashto-cancel", "2027-03-05 15:20:19 +0100",
    R("cancellation", "ahmadshah.zazai@mail.example", "احمد شاه ځاځی", None, [], None, "ps"),
    reply_hdrs(addr("Ahmad Shah Zazai", "ahmadshah.zazai@mail.example"), "Re: " + CONF_SUBJ, conf_id(66)),
    text(t, "utf-8", "base64"))

# 044 registration ur (Roman Urdu): 7bit ASCII, "group number 2", brother = "2 log"
t = """Assalam o Alaikum,

Main Bilal Ahmed Qureshi hoon, Pak-German Welfare Society Munster se. Main 13 March wale MSO Tag mein shirkat karna chahta hoon. Mere saath mera chhota bhai Hamza bhi aayega, to hum 2 log honge.
Humein group number 2 mein rakh dein please, Munster ke future wala.

Shukriya
Bilal Ahmed Qureshi
"""
add("qureshi-roman-urdu", "2027-03-05 22:03:55 +0100",
    R("registration", "bilal.qureshi@mail.example", "Bilal Ahmed Qureshi", "Pak-German Welfare Society Munster",
      ["AG2"], 2, "ur"),
    [("From", addr("Bilal Qureshi", "bilal.qureshi@mail.example")), ("To", OURS),
     ("Subject", "MSO Tag registration")],
    text(t, "us-ascii", "7bit"))

# 045 cancellation de: the Turkish chairman of 002 withdraws in German, windows-1254 base64, mentions "3 Personen" (must not register)
t = """Sehr geehrte Damen und Herren,

leider muessen wir unsere Anmeldung (3 Personen, Münster Türk Kültür ve Dayanışma Derneği) zuruecknehmen. Unser Vorstand ist an dem Wochenende auf einer Reise nach Ankara. Entschuldigung fuer die Umstaende.

Mit freundlichen Gruessen
Serkan Yildirim
"""
add("yildirim-cancel-german-cp1254", "2027-03-06 09:30:12 +0100",
    R("cancellation", "serkan.yildirim@tkd-muenster.example", "Serkan Yildirim",
      "Münster Türk Kültür ve Dayanışma Derneği", [], None, "de"),
    [("From", addr("Serkan Yıldırım", "serkan.yildirim@tkd-muenster.example", "windows-1254")), ("To", OURS),
     ("Subject", "Abmeldung MSO-Tag")],
    text(t, "windows-1254", "base64"))

# 046 bounce: Exim text/plain bounce (no multipart/report), mixed-case failed address, copy of our QP reminder below
t = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  Kontakt@Eritreische-Gemeinde.example
    host mx.eritreische-gemeinde.example [192.0.2.25]
    SMTP error from remote mail server after RCPT TO:<Kontakt@Eritreische-Gemeinde.example>:
    550 5.1.1 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Kontakt@Eritreische-Gemeinde.example
Subject: =?utf-8?q?Erinnerung=3A_Anmeldung_zum_Tag_der_Migrantenselbstorganisationen_bis?=
 =?utf-8?q?_6=2E_M=C3=A4rz?=
Date: Sat, 06 Mar 2027 09:31:02 +0100
Message-ID: <erinnerung-2027-03-06.0931.08@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

heute endet die Anmeldefrist f=C3=BCr den Tag der Migrantenselbstorganisati=
onen am 13. M=C3=A4rz. Antworten Sie einfach auf diese E-Mail und nennen Si=
e Ihre Wunsch-AG (AG 1, AG 2 oder AG 3) und die Zahl der Personen.
"""
add("exim-plain-bounce", "2027-03-06 09:31:05 +0100",
    R("bounce", bounced="kontakt@eritreische-gemeinde.example"),
    [("From", "Mail Delivery System <Mailer-Daemon@mail.muenster.example>"), ("To", OURS),
     ("Subject", "Mail delivery failed: returning message to sender"), ("Auto-Submitted", "auto-replied")],
    text(t, "us-ascii", "7bit"), mid_domain="mail.muenster.example")

# 047 registration zh: GB2312 base64, "第二工作组", "我和一位同事" = 2, Han-script name vs Latin From display
t = """您好！

我叫王丽华，是明斯特华人协会的志愿者。我想报名参加3月13日的移民组织日活动。
我希望参加第二工作组（明斯特未来发展进程）。我和一位同事一起来，共两人。

谢谢！
王丽华
明斯特华人协会
"""
add("wang-chinese-gb2312", "2027-03-06 17:42:31 +0100",
    R("registration", "lihua.wang@mail.example", "王丽华", "明斯特华人协会", ["AG2"], 2, "zh"),
    [("From", addr("Wang Lihua", "lihua.wang@mail.example")), ("To", OURS),
     ("Subject", subj("报名：移民组织日", "gb2312"))],
    text(t, "gb2312", "base64"))

# 048 change de: phone top-post over quoted confirmation (AG 1), "in die dritte statt in die erste"
t = """Hey, kann ich doch lieber in die dritte statt in die erste? Sorry fürs hin und her
Tobias

Von meinem iPhone gesendet

> Am 20.02.2027 um 10:14 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Herr Lindner", "AG1", 1))
add("lindner-phone-change-ordinal", "2027-03-06 23:12:09 +0100",
    R("change", "tobi.lindner@mail.example", "Tobias Lindner", None, ["AG3"], None, "de"),
    reply_hdrs(addr("Tobias Lindner", "tobi.lindner@mail.example"), "Re: " + CONF_SUBJ, conf_id(40)),
    text(t, "utf-8", "quoted-printable"))

# 049 question de (long): council member asks whether politicians may take part and whether AG 2 results are documented; "zwei bis drei Personen" conditional
t = """Sehr geehrte Damen und Herren,

ich bin Mitglied im Integrationsrat und habe zwei Fragen zur Veranstaltung am 13. März, bevor wir uns als Gremium dazu verhalten:

Erstens: Ist eine Teilnahme auch für Mitglieder politischer Gremien vorgesehen, oder richtet sich der Tag ausschließlich an Vertreterinnen und Vertreter von Vereinen? Wir möchten den Organisationen ungern den Raum nehmen, der ihnen an diesem Tag zusteht.

Zweitens: Werden die Ergebnisse der Arbeitsgruppen, insbesondere der AG 2 zum Zukunftsprozess, dokumentiert und dem Rat zugänglich gemacht? Uns wäre wichtig, dass die Anregungen aus dem Tag nicht verloren gehen, sondern in die weiteren Beratungen einfließen.

Je nach Ihrer Antwort würden wir mit zwei bis drei Personen aus dem Integrationsrat kommen.

Mit freundlichen Grüßen
Dr. Ahmet Çelik
Mitglied des Integrationsrates
"""
add("celik-long-question-council", "2027-03-07 10:05:26 +0100",
    R("question", "a.celik@integrationsrat-ms.example", "Ahmet Çelik", None, [], None, "de"),
    [("From", addr("Dr. Ahmet Çelik", "a.celik@integrationsrat-ms.example")), ("To", OURS),
     ("Subject", subj("Fragen zum Tag der MSO – Teilnahme des Integrationsrates"))],
    text(t, "utf-8", "quoted-printable"))

# 050 registration de (long, after the deadline): multipart/mixed text ISO-8859-1 QP + PDF flyer, "zu viert", "Vereinsmanagement", last year's AG as a trap
t = """Sehr geehrte Damen und Herren,

ich weiß, die Anmeldefrist ist gestern abgelaufen, und ich bitte um Nachsicht, dass ich mich erst jetzt melde. Unser Vorstand hat erst in der Sitzung am Freitagabend entschieden, wer uns vertreten wird.

Zunächst ein paar Worte zu uns: Die Deutsch-Afrikanische Gesellschaft Münster besteht seit 1994 und bringt Menschen aus mehr als zwanzig afrikanischen Ländern mit Münsteranerinnen und Münsteranern zusammen. Wir organisieren Hausaufgabenhilfe, Kulturabende und seit einigen Jahren eine Sprechstunde für neu zugewanderte Familien. Im letzten Jahr waren zwei von uns in der Arbeitsgruppe zur Bildung, und die Kontakte von damals tragen bis heute.

In diesem Jahr interessiert uns vor allem das Thema Vereinsmanagement: Unser Verein wächst, die ehrenamtliche Kassenführung stößt an Grenzen, und wir möchten gern erfahren, welche Fördermöglichkeiten es für eine hauptamtliche Teilzeitstelle gibt.

Wir kommen zu viert: neben mir unsere Vorsitzende Grace Adjei, unser Kassierer Emmanuel Boateng und Frau Mariam Touré aus dem Beirat.

Im Anhang finden Sie unseren aktuellen Vereinsflyer, falls Sie ihn am Infotisch auslegen möchten.

Mit freundlichen Grüßen

Hans-Jürgen Vogt
stellv. Vorsitzender
Deutsch-Afrikanische Gesellschaft Münster e.V.
"""
add("vogt-long-late-with-pdf", "2027-03-07 16:30:48 +0100",
    R("registration", "hj.vogt@dag-muenster.example", "Hans-Jürgen Vogt",
      "Deutsch-Afrikanische Gesellschaft Münster e.V.", ["AG3"], 4, "de"),
    [("From", addr("Hans-Jürgen Vogt", "hj.vogt@dag-muenster.example", "iso-8859-1")), ("To", OURS),
     ("Subject", subj("Anmeldung (leider etwas verspätet)", "iso-8859-1")), ("User-Agent", "Mozilla Thunderbird")],
    multi("mixed", [text(t, "iso-8859-1", "quoted-printable"),
                    blob("application/pdf", "DAG-Flyer-2027.pdf", fake_pdf("DAG Flyer 2027"))],
          "------------0B6F2D1C8A4E93F7C2D5B108"))

# 051 change ar: Samer (005) raises party size two -> three by Arabic number word, bottom reply under quoted confirmation (Personen: 2)
t = """في 16 شباط 2027، كتب Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Herr Al-Halabi", "AG2", 2)) + """

مرحباً،
شكراً على التأكيد. أخي يريد أن يأتي معنا أيضاً، لذلك سنكون ثلاثة أشخاص بدلاً من اثنين. مجموعة العمل تبقى كما هي.

مع التحية
Samer Al-Halabi
"""
add("al-halabi-change-party-arabic", "2027-03-08 08:40:37 +0100",
    R("change", "samer.halabi@syrisch-kultur.example", "Samer Al-Halabi", None, [], 3, "ar"),
    reply_hdrs(addr("Samer Al-Halabi", "samer.halabi@syrisch-kultur.example"), "Re: " + CONF_SUBJ, conf_id(11)),
    text(t, "utf-8", "quoted-printable"))

# 052 auto_reply: Exchange "Automatische Antwort" bilingual, Auto-Submitted auto-generated, multipart/alternative
t = """Sehr geehrte Damen und Herren,

vom 08.03. bis 19.03.2027 bin ich im Urlaub. Ihre E-Mail wird in dieser Zeit nicht gelesen. Bitte wenden Sie sich an info@mgv-muenster.example.

Dear Sir or Madam, I am on leave until 19 March 2027. Please contact info@mgv-muenster.example.

Mit freundlichen Grüßen
Gül Yavuz
"""
add("yavuz-exchange-auto-reply", "2027-03-08 08:41:15 +0100",
    R("auto_reply"),
    [("From", addr("Yavuz, Gül", "g.yavuz@mgv-muenster.example")), ("To", OURS),
     ("Subject", subj("Automatische Antwort: " + CONF_SUBJ)),
     ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
     ("X-MS-Exchange-Inbox-Rules-Loop", "g.yavuz@mgv-muenster.example"),
     ("In-Reply-To", conf_id(77)), ("References", conf_id(77))],
    alt(text(t), html(to_html(t, outlook=True)), "_000_MGV0803AUTO_"))

# 053 registration am: UTF-8 base64, "የመጀመሪያውን የሥራ ቡድን" (first), alone, Latin signature beats Ge'ez name in text
t = """ሰላም፣

ስሜ ሰላማዊት በቀለ ይባላል። መጋቢት 13 በሚካሄደው የስደተኛ ድርጅቶች ቀን ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ።
የመጀመሪያውን የሥራ ቡድን (ስለ ትምህርት) እመርጣለሁ። ብቻዬን ነው የምመጣው።

ከሰላምታ ጋር
Selamawit Bekele
Äthiopischer Gemeinschaftsverein Münster e.V.
"""
add("bekele-amharic", "2027-03-08 19:19:19 +0100",
    R("registration", "selamawit.bekele@mail.example", "Selamawit Bekele",
      "Äthiopischer Gemeinschaftsverein Münster e.V.", ["AG1"], 1, "am"),
    [("From", addr("Selamawit Bekele", "selamawit.bekele@mail.example")), ("To", OURS),
     ("Subject", subj("ምዝገባ MSO Tag"))],
    text(t, "utf-8", "base64"))

# 054 cancellation de (learner, Ukrainian): windows-1251 QP fresh mail, German without umlauts, Cyrillic signature
t = """Guten Tag,

leider ich bin krank und kann nicht kommen am Samstag zu MSO Tag. Bitte streichen Sie mich von die Liste.
Vielen Dank und Entschuldigung.

Mit freundlichen Grussen
Олена Ковальчук
"""
add("kovalchuk-cancel-learner-cp1251", "2027-03-09 07:35:42 +0100",
    R("cancellation", "olena.kovalchuk@ukr-hromada.example", "Олена Ковальчук", None, [], None, "de"),
    [("From", addr("Олена Ковальчук", "olena.kovalchuk@ukr-hromada.example", "windows-1251")), ("To", OURS),
     ("Subject", "Absage")],
    text(t, "windows-1251", "quoted-printable"))

# 055 registration ta: UTF-8 QP, "இரண்டாவது பணிக்குழு" (second), "me and my husband" = 2, Latin signature
t = """வணக்கம்,

மார்ச் 13 அன்று நடைபெறும் புலம்பெயர்ந்தோர் அமைப்புகளின் தினத்தில் கலந்துகொள்ள பதிவு செய்ய விரும்புகிறேன். நானும் என் கணவரும் வருவோம்.
இரண்டாவது பணிக்குழுவில் (மியூன்ஸ்டர் நகரின் எதிர்காலம்) பங்கேற்க விரும்புகிறோம்.

நன்றி,
Tharshini Sivakumar
Tamilischer Kulturverein Münster e.V.
"""
add("sivakumar-tamil-husband", "2027-03-09 12:12:12 +0100",
    R("registration", "tharshini.s@mail.example", "Tharshini Sivakumar",
      "Tamilischer Kulturverein Münster e.V.", ["AG2"], 2, "ta"),
    [("From", addr("Tharshini Sivakumar", "tharshini.s@mail.example")), ("To", OURS),
     ("Subject", subj("பதிவு - MSO Tag 2027"))],
    text(t, "utf-8", "quoted-printable"))

# 056 other: HTML-only spam selling "verified attendees", base64 UTF-8, talks about registrations and workshops
h = """<html><body style="font-family:Arial">
<h2>Boost your event registrations by 300%!</h2>
<p>Dear Event Organizer,</p>
<p>Struggling to fill your workshops? Our AI-powered outreach delivers <b>10,000 verified attendees</b> to any event in 48 hours. Just reply with your event date and the number of seats per workshop.</p>
<p><a href="https://eventgrowth-pro.example/offer">Claim your free trial now</a></p>
<p style="font-size:9px">To stop receiving these emails click <a href="https://eventgrowth-pro.example/unsub">here</a>.</p>
</body></html>
"""
add("spam-event-growth", "2027-03-10 03:33:33 +0000",
    R("other"),
    [("From", addr("Event Growth Pro", "offers@eventgrowth-pro.example")), ("To", OURS),
     ("Subject", "Re: your event - 10,000 attendees guaranteed")],
    html(h, "utf-8", "base64"))

# 057 question de: after the deadline, asks whether registering is still possible; "falls ja ... AG 1" conditional
t = """Guten Tag,

ich habe leider erst jetzt von Ihrer Veranstaltung erfahren und sehe, dass die Anmeldefrist schon am 6. März abgelaufen ist. Ist eine Anmeldung trotzdem noch möglich? Falls ja, würde ich mich sehr für die AG 1 interessieren, da ich im Elternbeirat einer Grundschule aktiv bin.

Viele Grüße
Svetlana Braun
Elternnetzwerk Coerde
"""
add("braun-late-question-conditional", "2027-03-10 11:25:04 +0100",
    R("question", "svetlana.braun@elternnetz-coerde.example", "Svetlana Braun", "Elternnetzwerk Coerde",
      [], None, "de"),
    [("From", addr("Svetlana Braun", "svetlana.braun@elternnetz-coerde.example")), ("To", OURS),
     ("Subject", "Anmeldung noch möglich?".replace("ö", "oe"))],
    text(t, "iso-8859-15", "8bit"))

# 058 change de: Outlook reply to confirmation (Personen: 1), now "zu zweit statt allein", workgroup unchanged (AG II)
t = """Liebe Organisatorinnen und Organisatoren,

eine kurze Änderung: Aus unserem Freundeskreis möchte doch noch ein weiteres Mitglied mitkommen, wir sind also zu zweit statt allein. An der Arbeitsgruppe II ändert sich nichts.

Viele Grüße
Ulrike Brandt-Osei
Schriftführerin
Ghanaisch-Deutscher Freundeskreis Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Samstag, 13. Februar 2027 09:15
An: Brandt-Osei, Ulrike <u.brandt-osei@ghana-freundeskreis.example>
Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

""" + confirmation("Frau Brandt-Osei", "AG2", 1)
add("brandt-osei-change-party-outlook", "2027-03-10 20:40:16 +0100",
    R("change", "u.brandt-osei@ghana-freundeskreis.example", "Ulrike Brandt-Osei",
      "Ghanaisch-Deutscher Freundeskreis Münster e.V.", [], 2, "de"),
    reply_hdrs(addr("Brandt-Osei, Ulrike", "u.brandt-osei@ghana-freundeskreis.example"), "AW: " + CONF_SUBJ,
               conf_id(2), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", CONF_SUBJ)]),
    alt(text(t, "windows-1252"), html(to_html(t, outlook=True), "windows-1252"), "_000_GFMUE1003_"))

# 059 cancellation de (learner, very short): UTF-8 8bit, "ich kann nicht kommen am 13.3."
t = """Hallo, ich kann nicht kommen am 13.3. Entschuldigung.
Mit freundlichen Grüßen
Fatima Abdi"""
add("abdi-short-cancel", "2027-03-11 07:58:01 +0100",
    R("cancellation", "fatima.abdi@mail.example", "Fatima Abdi", None, [], None, "de"),
    [("From", addr("Fatima Abdi", "fatima.abdi@mail.example")), ("To", OURS), ("Subject", "MSO Tag")],
    text(t, "utf-8", "8bit"))

# 060 other: caterer's invoice with PDF attachment, mentions "90 Personen" and the event date
t = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung Nr. 2027-0412 über das Catering für den Tag der Migrantenselbstorganisationen am 13.03.2027 (90 Personen, Mittagsbuffet und Getränke).

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen nach Veranstaltung unter Angabe der Rechnungsnummer.

Mit freundlichen Grüßen
Buchhaltung
Weinhaus Gastro GmbH
"""
add("caterer-invoice-pdf", "2027-03-12 09:00:44 +0100",
    R("other"),
    [("From", addr("Weinhaus Gastro Buchhaltung", "rechnung@weinhaus-gastro.example")), ("To", OURS),
     ("Subject", subj("Rechnung 2027-0412 – Catering 13.03.2027"))],
    multi("mixed", [text(t, "utf-8", "quoted-printable"),
                    blob("application/pdf", "Rechnung-2027-0412.pdf", fake_pdf("Rechnung 2027-0412"))],
          "=_inv_2027_0412_b7c1"))

# ---------------------------------------------------------------------------
# validation, writing, checking
# ---------------------------------------------------------------------------

KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def domain_ok(dom):
    dom = dom.lower().rstrip(".")
    return dom.endswith(".example") or dom in ("example.org", "example.com", "example.net") or \
        dom.endswith((".example.org", ".example.com", ".example.net"))


def validate():
    errors = []
    prev = None
    names = set()
    for fname, data, rec in MAILS:
        def err(m):
            errors.append(f"{fname}: {m}")
        if fname in names:
            err("duplicate name")
        names.add(fname)
        if tuple(rec) != KEYS:
            err("record keys")
        if rec["kind"] not in KINDS:
            err("kind")
        if rec["kind"] in ("auto_reply", "bounce", "other"):
            if any(rec[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
                err("machine/other mail must have null person fields")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not rec["language"]:
                err("person mail needs lower-case email and language")
        if rec["kind"] == "registration" and not isinstance(rec["party_size"], int):
            err("registration needs party_size")
        if rec["kind"] in ("cancellation", "question") and rec["party_size"] is not None:
            err("party_size must be null")
        if (rec["kind"] == "bounce") != (rec["bounced_recipient"] is not None):
            err("bounced_recipient")
        for line in data.split(b"\n"):
            if len(line.rstrip(b"\r")) > 998:
                err("line longer than 998 octets")
        msg = email.message_from_bytes(data, policy=policy.default)
        dt = msg["Date"].datetime
        if prev is not None and dt <= prev:
            err("Date does not rise")
        prev = dt
        for part in msg.walk():
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(f"header {k} defects {v.defects}")
                if k.lower() == "content-id":
                    continue  # cid: values name a part, not a mail domain
                for a in ADDR_RE.finditer(str(v)):
                    if not domain_ok(a.group(1)):
                        err(f"non-example domain {a.group(1)} in {k}")
            if part.is_multipart():
                if part.defects:
                    err(f"defects {part.defects}")
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                err(f"defects {part.defects}")
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            if cte == "7bit" and any(b > 127 for b in payload):
                err("8-bit data in 7bit part")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    txt = payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"text part not decodable as {cs}: {e}")
                    continue
                for a in ADDR_RE.finditer(re.sub(r"cid:\S+", "", txt)):
                    if not domain_ok(a.group(1)):
                        err(f"non-example domain {a.group(1)} in body")
        if msg.defects:
            err(f"message defects {msg.defects}")
    if len(MAILS) != 60:
        errors.append(f"{len(MAILS)} mails, want 60")
    return errors


def expected_bytes():
    exp = {fname: rec for fname, _, rec in MAILS}
    return (json.dumps(exp, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def stats():
    kinds = Counter(rec["kind"] for _, _, rec in MAILS)
    langs = Counter(rec["language"] for _, _, rec in MAILS if rec["language"])
    print("kinds:")
    for k in KINDS:
        print(f"  {k:<13} {kinds.get(k, 0)}")
    print(f"languages of person mails ({sum(langs.values())}):")
    for k, n in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:<4} {n}")
    cs, ctes, types = Counter(), Counter(), Counter()
    for _, data, _ in MAILS:
        msg = email.message_from_bytes(data, policy=policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs[part.get_content_charset() or "us-ascii"] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print("top-level content types:")
    for k, n in sorted(types.items()):
        print(f"  {k:<26} {n}")
    print("text-part charsets:")
    for k, n in sorted(cs.items()):
        print(f"  {k:<14} {n}")
    print("text-part transfer encodings:")
    for k, n in sorted(ctes.items()):
        print(f"  {k:<17} {n}")


def main(argv):
    errors = validate()
    if errors:
        for e in errors:
            print("INVALID " + e, file=sys.stderr)
        return 1
    if "--stats" in argv:
        stats()
        return 0
    want = {f: d for f, d, _ in MAILS}
    exp = expected_bytes()
    if "--check" in argv:
        diff = []
        have = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.is_dir() else set()
        for f in sorted(have - set(want)):
            diff.append(f"extra {f}")
        for f, d in want.items():
            p = MAILS_DIR / f
            if not p.is_file() or p.read_bytes() != d:
                diff.append(f"differs {f}")
        if not EXPECTED.is_file() or EXPECTED.read_bytes() != exp:
            diff.append("differs expected.json")
        for d in diff:
            print(d, file=sys.stderr)
        if diff:
            return 1
        print(f"ok: {len(want)} mails and expected.json match")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in want:
            p.unlink()
    for f, d in want.items():
        (MAILS_DIR / f).write_bytes(d)
    EXPECTED.write_bytes(exp)
    # re-read what was written
    for f, d in want.items():
        assert (MAILS_DIR / f).read_bytes() == d
    print(f"wrote {len(want)} mails and expected.json; all valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
