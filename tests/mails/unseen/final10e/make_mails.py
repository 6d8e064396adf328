#!/usr/bin/env python3
"""Evaluation set "final10e": one ordinary week of mail to the MSO-Tag 2027
registration address, ten days before the registration deadline
(Mon 22 Feb - Sat 27 Feb 2027).

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import email
import email.policy
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "mso-tag@muenster.example"
OUR_NAME = "Tag der Migrantenselbstorganisationen"

KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def hdr(text, charset="utf-8"):
    """A header value; RFC 2047 encoded words when not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def text(body, charset="utf-8", cte="8bit", subtype="plain", fmt=""):
    """A text part: (header lines, encoded body bytes with LF line ends)."""
    raw = body.encode(charset)  # strict: every character must exist in the charset
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        enc = raw
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    elif cte == "base64":
        enc = base64.encodebytes(body.replace("\n", "\r\n").encode(charset))
    else:
        raise ValueError(cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\"{fmt}"
    return ([ct, f"Content-Transfer-Encoding: {cte}"], enc)


def attachment(filename, ctype, data):
    return ([f"Content-Type: {ctype}; name=\"{filename}\"",
             f"Content-Disposition: attachment; filename=\"{filename}\"",
             "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def raw_part(headers, body):
    b = body.encode("ascii")
    if not b.endswith(b"\n"):
        b += b"\n"
    return (headers, b)


def multipart(subtype, boundary, *parts, params=""):
    out = b""
    for headers, body in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(headers).encode("ascii") + b"\n\n" + body
    out += b"--" + boundary.encode() + b"--\n"
    return ([f"Content-Type: multipart/{subtype};{params}\n boundary=\"{boundary}\""], out)


def html_wrap(paragraphs, font="Calibri"):
    """Outlook-like HTML from a list of paragraph strings (\n inside = <br>)."""
    ps = "\n".join(
        f"<p class=MsoNormal><span style='font-family:\"{font}\",sans-serif'>"
        + p.replace("\n", "<br>\n") + "</span></p>" for p in paragraphs)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
            "<head>\n<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt;}\n--></style>\n"
            "</head>\n<body lang=DE link=\"#0563C1\">\n<div class=WordSection1>\n"
            + ps + "\n</div>\n</body>\n</html>\n")


def to_html_simple(body):
    """Gmail-like HTML alternative of a plain text."""
    out = []
    for para in body.strip("\n").split("\n\n"):
        out.append("<div>" + para.replace("&", "&amp;").replace("<", "&lt;")
                   .replace(">", "&gt;").replace("\n", "<br>") + "</div><div><br></div>")
    return "<div dir=\"ltr\">" + "\n".join(out) + "</div>\n"


def when(day, hh, mm, ss=0, off=60):
    return datetime(2027, 2, day, hh, mm, ss, tzinfo=timezone(timedelta(minutes=off)))


MAILS = []


def mail(slug, date, headers, part, **exp):
    """headers: list of (name, value) in order; part: (content headers, body)."""
    rec = {f: None for f in FIELDS}
    rec["workgroups"] = []
    rec.update(exp)
    lines = []
    for name, value in headers:
        if name == "Date":
            value = format_datetime(value)
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    lines.extend(part[0])
    msg = "\n".join(lines).encode("ascii") + b"\n\n" + part[1]
    msg = msg.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = f"{len(MAILS) + 1:03d}-{slug}.eml"
    MAILS.append((name, date, msg, rec))


def reg(email_, name, org, wgs, party, lang):
    return dict(kind="registration", email=email_, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang)


MACHINE = dict()  # kind only; every other field stays null


def confirmation(salutation, wg_line, persons, when_text):
    """Text of our own confirmation, as it appears in quotes."""
    return (f"{salutation}\n\n"
            "vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027\n"
            "am Samstag, 13. März 2027, 10:00–16:00 Uhr, im Stadtweinhaus, Prinzipalmarkt 8.\n\n"
            f"Arbeitsgruppe: {wg_line}\n"
            f"Personen: {persons}\n\n"
            "Änderungen oder Absagen schicken Sie bitte als Antwort auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\n"
            "Tag der Migrantenselbstorganisationen\n"
            "Stadt Münster – Amt für Migration und interkulturelle Angelegenheiten\n")


def quote(body):
    return "\n".join(("> " + l) if l else ">" for l in body.rstrip("\n").split("\n")) + "\n"


AG1 = "AG1 – Menschen mit Migrationsvorgeschichte im Bildungssystem"
AG2 = "AG2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"
AG3 = "AG3 – Förderungsmöglichkeiten und effektives Vereinsmanagement"

# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 plain first registration, German, UTF-8 8bit, Thunderbird; AG named as "Arbeitsgruppe I"
mail("demir-registration", when(22, 8, 14), [
    ("From", addr("Gülay Demir", "guelay.demir@dtfv-muenster.example")),
    ("To", OURS),
    ("Subject", "Anmeldung MSO-Tag"),
    ("Date", when(22, 8, 14)),
    ("Message-ID", "<7c1e04a2-5b1d-4f3e-9a61-1f0c2d3e4b5a@dtfv-muenster.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("Content-Language", "de-DE"),
], text("""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an. Ich würde gerne an der Arbeitsgruppe I (Bildungssystem) teilnehmen.

Mit freundlichen Grüßen
Gülay Demir

--
Deutsch-Türkischer Frauenverein Münster e.V.
Vorstand / Bildungsarbeit
Hammer Str. 112, 48153 Münster
""", "utf-8", "8bit", fmt="; format=flowed"),
    **reg("guelay.demir@dtfv-muenster.example", "Gülay Demir",
          "Deutsch-Türkischer Frauenverein Münster e.V.", ["AG1"], 1, "de"))

# 002 English, registration with spouse (party 2), Gmail multipart/alternative, UTF-8 QP; AG by roman numeral
_b = """Hello,

My wife Ngozi and I would like to register for the MSO day on 13 March. We are both active in the Nigerian Community Münster and would be most interested in the working group on Münster's future process (AG II).

We may arrive about 20 minutes late as we are coming from Hiltrup by bus, I hope that is fine.

Kind regards,
Daniel Okafor
Nigerian Community Münster
+49 151 23456789
"""
mail("okafor-with-wife", when(22, 9, 2), [
    ("From", addr("Daniel Okafor", "daniel.okafor84@gmail.example")),
    ("To", OURS),
    ("Subject", "Registration - MSO Day 13 March"),
    ("Date", when(22, 9, 2)),
    ("Message-ID", "<CAF3k9xQ2mZp8v7YtR4nWq1sLx0dE5hJ@mail.gmail.example>"),
], multipart("alternative", "000000000000a1b2c3d4e5f60001",
             text(_b, "utf-8", "quoted-printable"),
             text(to_html_simple(_b), "utf-8", "quoted-printable", "html")),
    **reg("daniel.okafor84@gmail.example", "Daniel Okafor",
          "Nigerian Community Münster", ["AG2"], 2, "en"))

# 003 very formal German, Outlook HTML-only, windows-1252 QP, long disclaimer; first and second choice
mail("brockmann-outlook-html", when(22, 9, 47), [
    ("From", addr("Brockmann, Hans-Jürgen", "h.brockmann@caritas-ms.example", "windows-1252")),
    ("To", addr(OUR_NAME, OURS)),
    ("Subject", hdr("Anmeldung zum Tag der Migrantenselbstorganisationen 2027", "windows-1252")),
    ("Date", when(22, 9, 47)),
    ("Message-ID", "<AM0PR08MB5427C1D2E3F4A5B6@AM0PR08MB5427.eurprd08.prod.outlook.example>"),
    ("Thread-Topic", "Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("Content-Language", "de-DE"),
    ("X-MS-Has-Attach", ""),
], text(html_wrap([
    "Sehr geehrte Frau Meza Correa-Flock,<br>sehr geehrte Damen und Herren,",
    "&nbsp;",
    "für den Tag der Migrantenselbstorganisationen am 13.03.2027 melde ich mich hiermit "
    "verbindlich an. Als Fachdienstleitung Integration und Migration interessiere ich mich "
    "vorrangig für die Arbeitsgruppe III (Förderungsmöglichkeiten und effektives "
    "Vereinsmanagement); sollte diese bereits ausgebucht sein, wäre ich alternativ gern in der "
    "Arbeitsgruppe I.",
    "&nbsp;",
    "Für die Organisation der Veranstaltung bedanke ich mich bereits im Voraus.",
    "&nbsp;",
    "Mit freundlichen Grüßen",
    "&nbsp;",
    "Dr. Hans-Jürgen Brockmann\nFachdienstleitung Integration und Migration",
    "<b>Caritasverband für die Stadt Münster e.V.</b>\nJosefstraße 2 · 48151 Münster\n"
    "Telefon 0251 53009-0 · Telefax 0251 53009-99\n"
    "<a href=\"https://www.caritas-ms.example\">www.caritas-ms.example</a>",
    "&nbsp;",
    "<span style='font-size:8.0pt;color:gray'>Vorstand: Heinz Overmann (Vors.), Dr. Ulrike "
    "Kemper · Registergericht Amtsgericht Münster VR 1234</span>",
    "<span style='font-size:8.0pt;color:gray'>Diese E-Mail kann vertrauliche und/oder rechtlich "
    "geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese "
    "E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten "
    "Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht "
    "gestattet.</span>",
]), "windows-1252", "quoted-printable", "html"),
    **reg("h.brockmann@caritas-ms.example", "Hans-Jürgen Brockmann",
          "Caritasverband für die Stadt Münster e.V.", ["AG3", "AG1"], 1, "de"))

# 004 Turkish, three colleagues from one association (party 3), ISO-8859-9 QP
mail("yildiz-tr-three-colleagues", when(22, 11, 20), [
    ("From", addr("Mehmet Yıldız", "m.yildiz@tkd-muenster.example", "iso-8859-9")),
    ("To", OURS),
    ("Subject", hdr("MSO Günü kayıt - 3 kişi", "iso-8859-9")),
    ("Date", when(22, 11, 20)),
    ("Message-ID", "<20270222102011.4471@tkd-muenster.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text("""Merhaba,

13 Mart'taki Göçmen Öz Örgütleri Günü'ne (MSO-Tag) derneğimizden üç kişi olarak katılmak istiyoruz: ben, Ayşe Çelik ve Hakan Öztürk. Üçümüz de 3. çalışma grubuna (Förderung / dernek yönetimi) katılmak istiyoruz, çünkü derneğimiz için proje desteği arıyoruz.

Almanca da konuşabiliyoruz, sorun yok.

Saygılarımla,
Mehmet Yıldız
Başkan Yardımcısı
Münster Türk Kültür Derneği e.V.
""", "iso-8859-9", "quoted-printable"),
    **reg("m.yildiz@tkd-muenster.example", "Mehmet Yıldız",
          "Münster Türk Kültür Derneği e.V.", ["AG3"], 3, "tr"))

# 005 out-of-office reply to our confirmation for 003, Auto-Submitted header, windows-1252 QP
mail("brockmann-out-of-office", when(22, 13, 5), [
    ("From", addr("Brockmann, Hans-Jürgen", "h.brockmann@caritas-ms.example", "windows-1252")),
    ("To", addr(OUR_NAME, OURS)),
    ("Subject", hdr("Automatische Antwort: Ihre Anmeldung zum MSO-Tag 2027", "windows-1252")),
    ("Date", when(22, 13, 5)),
    ("Message-ID", "<AM0PR08MB5427D9E8F7A6B5C4@AM0PR08MB5427.eurprd08.prod.outlook.example>"),
    ("In-Reply-To", "<bestaetigung-0007@muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Content-Language", "de-DE"),
], text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 26.02.2027, nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachdienstes Integration und Migration: sekretariat-migration@caritas-ms.example, Tel. 0251 53009-0.

Mit freundlichen Grüßen
Dr. Hans-Jürgen Brockmann
""", "windows-1252", "quoted-printable"), kind="auto_reply")

# 006 learner German from a phone, family with two children (party 4), UTF-8 QP, Apple Mail
mail("alhassan-family-iphone", when(22, 19, 38), [
    ("From", addr("Ahmad Al-Hassan", "ahmad.alhassan79@web-mail.example")),
    ("To", OURS),
    ("Subject", "Anmeldung"),
    ("Date", when(22, 19, 38)),
    ("Message-ID", "<B2C7E1A0-3F4D-4E8B-9C2A-7D6E5F4A3B21@web-mail.example>"),
    ("X-Mailer", "iPhone Mail (20D67)"),
], text("""Hallo

ich möchte anmelden für MSO Tag am 13.3. Ich komme mit meine Frau und unsere 2 Kinder (8 und 11 Jahre), also wir sind 4 Person. Ich bin in Syrischer Kulturverein Münster aktiv. Wir interessieren für Arbeitsgruppe Schule weil unsere Kinder hier in Schule sind und das ist sehr wichtig für uns.

Danke schön
Ahmad Al-Hassan

Von meinem iPhone gesendet""", "utf-8", "quoted-printable"),
    **reg("ahmad.alhassan79@web-mail.example", "Ahmad Al-Hassan",
          "Syrischer Kulturverein Münster", ["AG1"], 4, "de"))

# 007 Arabic registration that also asks about interpretation, UTF-8 base64; signed in Arabic and Latin
mail("benali-ar", when(22, 21, 12), [
    ("From", addr("Fatima Benali", "f.benali@mfv-muenster.example")),
    ("To", OURS),
    ("Subject", hdr("التسجيل في يوم MSO 2027")),
    ("Date", when(22, 21, 12)),
    ("Message-ID", "<CAKx7PqT1bN0e2fR9sYzH4mUv3Lw8jDc@mail.gmail.example>"),
], text("""السلام عليكم،

أود التسجيل في يوم منظمات المهاجرين الذاتية (MSO-Tag) يوم 13 مارس 2027 في مونستر. سأحضر وحدي، وأرغب في المشاركة في مجموعة العمل الثانية حول مستقبل مدينة مونستر (Zukunftsprozess).

هل ستكون هناك ترجمة إلى العربية؟ إذا لم تكن، فلا مشكلة، فأنا أفهم الألمانية جيداً.

مع خالص التحيات،
فاطمة بنعلي
Fatima Benali
Marokkanischer Frauenverein Münster e.V.
""", "utf-8", "base64"),
    **reg("f.benali@mfv-muenster.example", "Fatima Benali",
          "Marokkanischer Frauenverein Münster e.V.", ["AG2"], 1, "ar"))

# 008 German question before registering others (childcare, accessibility); ISO-8859-1 8bit
mail("schulte-wienhold-question", when(23, 8, 55), [
    ("From", addr("Elke Schulte-Wienhold", "e.schulte-wienhold@stadtteilbuero-bergfidel.example")),
    ("To", OURS),
    ("Subject", hdr("Frage Kinderbetreuung / Barrierefreiheit", "iso-8859-1")),
    ("Date", when(23, 8, 55)),
    ("Message-ID", "<5f2a9c1e8b7d4a63@stadtteilbuero-bergfidel.example>"),
    ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
], text("""Hallo zusammen,

ein paar Frauen aus unserem Sprachcafé haben Interesse am MSO-Tag. Bevor ich sie anmelde, hätte ich zwei Fragen:

- Gibt es während der Veranstaltung eine Kinderbetreuung? Einige haben kleine Kinder.
- Ist das Stadtweinhaus barrierefrei zugänglich? Eine Teilnehmerin ist auf einen Rollator angewiesen.

Danke und viele Grüße aus Berg Fidel
Elke Schulte-Wienhold
Stadtteilbüro Berg Fidel
""", "iso-8859-1", "8bit"),
    kind="question", email="e.schulte-wienhold@stadtteilbuero-bergfidel.example",
    name="Elke Schulte-Wienhold", organisation="Stadtteilbüro Berg Fidel", language="de")

# 009 Russian, KOI8-R 8bit, transliterated German words (no umlauts in KOI8-R)
mail("morozova-ru-koi8", when(23, 10, 3), [
    ("From", addr("Светлана Морозова", "s.morozova@most-muenster.example", "koi8-r")),
    ("To", OURS),
    ("Subject", hdr("Регистрация на MSO-Tag 13 марта", "koi8-r")),
    ("Date", when(23, 10, 3)),
    ("Message-ID", "<1677142983.118842@most-muenster.example>"),
    ("X-Mailer", "The Bat! (v10.4.1) Professional"),
], text("""Здравствуйте!

Меня зовут Светлана Морозова, я руковожу субботней школой русского языка при обществе "Мост" (Bruecke-Most e.V.). Хочу зарегистрироваться на День организаций мигрантов 13 марта. Больше всего меня интересует рабочая группа I - образование, потому что мы работаем с детьми и родителями.

Буду одна.

С уважением,
Светлана Морозова
Bruecke-Most e.V., Muenster
""", "koi8-r", "8bit"),
    **reg("s.morozova@most-muenster.example", "Светлана Морозова",
          "Bruecke-Most e.V.", ["AG1"], 1, "ru"))

# 010 German, youth group: 6 teenagers + 2 leaders, total stated (party 8); UTF-8 QP
mail("aydin-youth-group", when(23, 11, 41), [
    ("From", addr("Rojda Aydın", "rojda.aydin@kkz-muenster.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Jugendgruppe zum MSO-Tag"),
    ("Date", when(23, 11, 41)),
    ("Message-ID", "<a41c0e77-2d9b-4c85-b3f1-60e2d8a9c7f4@kkz-muenster.example>"),
    ("User-Agent", "Roundcube Webmail/1.6.5"),
], text("""Liebes Team vom MSO-Tag,

wir möchten gerne mit unserer Jugendgruppe am 13. März dabei sein. Wir sind 6 Jugendliche (15–19 Jahre) und zwei Betreuerinnen, ich eingeschlossen, also insgesamt 8 Personen. Die Jugendlichen haben im Moment ein Projekt zum Thema „Münster 2030 – wie wollen wir leben?“ und würden deshalb am liebsten in die AG 2 (Zukunftsprozess).

Ist es ein Problem, dass einige noch nicht volljährig sind? Einverständniserklärungen der Eltern bringen wir natürlich mit.

Viele Grüße
Rojda Aydın
Jugendreferentin
Kurdisches Kulturzentrum Münster e.V.
""", "utf-8", "quoted-printable"),
    **reg("rojda.aydin@kkz-muenster.example", "Rojda Aydın",
          "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 8, "de"))

# 011 shared association mailbox in From, personal Reply-To; Vietnamese name order; ISO-8859-1 QP
mail("vkv-shared-mailbox-replyto", when(23, 14, 17), [
    ("From", addr("Vietnamesischer Kulturverein Münster", "info@vkv-muenster.example", "iso-8859-1")),
    ("Reply-To", addr("Nguyen Thi Lan", "lan.nguyen@vkv-muenster.example")),
    ("To", OURS),
    ("Subject", "Anmeldung MSO Tag 2027"),
    ("Date", when(23, 14, 17)),
    ("Message-ID", "<000a01db6e11$4c2f8e90$e48eabb0$@vkv-muenster.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text("""Guten Tag,

für unseren Verein möchte ich mich zum MSO-Tag 2027 anmelden. Ich bin seit Januar Kassenwartin und habe viele Fragen zu Fördermitteln und Vereinsverwaltung, daher wäre AG 3 meine erste Wahl, AG 2 die zweite.

Mit freundlichen Grüßen

Nguyen Thi Lan
Kassenwartin
Vietnamesischer Kulturverein Münster e.V.
info@vkv-muenster.example
""", "iso-8859-1", "quoted-printable"),
    **reg("lan.nguyen@vkv-muenster.example", "Nguyen Thi Lan",
          "Vietnamesischer Kulturverein Münster e.V.", ["AG3", "AG2"], 1, "de"))

# 012 Ukrainian, wife and husband (party 2), windows-1251 8bit, organisation only in Ukrainian
mail("bondarenko-uk-couple", when(23, 16, 30), [
    ("From", addr("Олена Бондаренко", "olena.bondarenko@ukr-ms.example", "windows-1251")),
    ("To", OURS),
    ("Subject", hdr("Реєстрація на MSO-Tag", "windows-1251")),
    ("Date", when(23, 16, 30)),
    ("Message-ID", "<1771605000.551203.olena@ukr-ms.example>"),
], text("""Добрий день!

Ми з чоловіком, Андрієм Бондаренком, хочемо зареєструватися на День мігрантських самоорганізацій 13 березня. Ми обоє волонтери в Українській громаді Мюнстера. Нас найбільше цікавить перша робоча група - освіта, бо наші діти ходять до німецької школи.

Дякую!
Олена Бондаренко
Українська громада Мюнстера
""", "windows-1251", "8bit"),
    **reg("olena.bondarenko@ukr-ms.example", "Олена Бондаренко",
          "Українська громада Мюнстера", ["AG1"], 2, "uk"))

# 013 English question (language of the workshops, fee), registers no one; us-ascii 7bit
mail("mwangi-question-en", when(23, 18, 2), [
    ("From", addr("Jonathan Mwangi", "j.mwangi@kenya-ms.example")),
    ("To", OURS),
    ("Subject", "Question about language of the working groups"),
    ("Date", when(23, 18, 2)),
    ("Message-ID", "<0102018f3a2b7c9d-4e5f6a7b@kenya-ms.example>"),
], text("""Hi,

quick question before I sign up our members: will the working groups be held only in German, or is there some English or interpretation available? Several of our members are still learning German (around B1) and I'd like to tell them what to expect.

Also, is there a participation fee?

Thanks a lot,
Jonathan Mwangi
Secretary, Kenyan Association Muenster
""", "us-ascii", "7bit"),
    kind="question", email="j.mwangi@kenya-ms.example", name="Jonathan Mwangi",
    organisation="Kenyan Association Muenster", language="en")

# 014 secretary registers her colleague and asks to confirm to the colleague's address; ISO-8859-15 QP
mail("loehmann-registers-colleague", when(24, 8, 21), [
    ("From", addr("JMD Münster Sekretariat", "sekretariat@jmd-muenster.example", "iso-8859-15")),
    ("To", OURS),
    ("Subject", hdr("Anmeldung Frau Hölscher - Tag der MSO", "iso-8859-15")),
    ("Date", when(24, 8, 21)),
    ("Message-ID", "<6E1D2C3B4A59@jmd-muenster.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text("""Sehr geehrte Damen und Herren,

im Auftrag meiner Kollegin, Frau Sabine Hölscher, melde ich diese zum Tag der Migrantenselbstorganisationen am 13.03.2027 an. Frau Hölscher möchte an der Arbeitsgruppe II teilnehmen.

Bitte senden Sie die Bestätigung direkt an sie: s.hoelscher@jmd-muenster.example

Vielen Dank!

Mit freundlichen Grüßen
i. A. Petra Lohmann
Sekretariat

Jugendmigrationsdienst Münster
Bahnhofstraße 21 | 48143 Münster
Tel.: 0251 98765-0
Öffnungszeiten Sekretariat: Mo-Do 8-12 Uhr

Der Jugendmigrationsdienst wird gefördert vom Bundesministerium für Familie, Senioren, Frauen und Jugend.
""", "iso-8859-15", "quoted-printable"),
    **reg("s.hoelscher@jmd-muenster.example", "Sabine Hölscher",
          "Jugendmigrationsdienst Münster", ["AG2"], 1, "de"))

# 015 Polish registration, windows-1250 QP (Polish quotation marks), AG by roman numeral
mail("wisniewska-pl", when(24, 9, 10), [
    ("From", addr("Katarzyna Wiśniewska", "k.wisniewska@wisla-ms.example", "windows-1250")),
    ("To", OURS),
    ("Subject", hdr("Zgłoszenie - Dzień Organizacji Migranckich 13.03", "windows-1250")),
    ("Date", when(24, 9, 10)),
    ("Message-ID", "<e2b1c4d5-0f9a-4e3b-8c7d-1a2b3c4d5e6f@wisla-ms.example>"),
], text("""Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca. Reprezentuję Polskie Stowarzyszenie Kulturalne „Wisła” w Münsterze. Najbardziej interesuje mnie grupa robocza III (dofinansowanie i zarządzanie stowarzyszeniem) - od roku próbujemy zdobyć środki na nasze kursy języka polskiego dla dzieci.

Z poważaniem
Katarzyna Wiśniewska
Polskie Stowarzyszenie Kulturalne „Wisła” e.V.
""", "windows-1250", "quoted-printable"),
    **reg("k.wisniewska@wisla-ms.example", "Katarzyna Wiśniewska",
          "Polskie Stowarzyszenie Kulturalne „Wisła” e.V.", ["AG3"], 1, "pl"))

# 016 bounce of our confirmation to 009 (mailbox full), German MTA text, multipart/report
_conf_hdrs = """From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: s.morozova@most-muenster.example
Subject: =?utf-8?q?Ihre_Anmeldung_zum_MSO-Tag_2027?=
Date: Tue, 23 Feb 2027 10:05:12 +0100
Message-ID: <bestaetigung-0012@muenster.example>
"""
mail("bounce-mailbox-full-de", when(24, 9, 12), [
    ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example")),
    ("To", OURS),
    ("Subject", "Unzustellbar: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Date", when(24, 9, 12)),
    ("Message-ID", "<20270224081212.7F3A2C01B4@mx1.muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", "7F3A2C01B4.1771920732/mx1.muenster.example",
             text("""Dies ist eine automatisch erstellte Nachricht des Mailservers mx1.muenster.example.

Ihre Nachricht konnte nach mehreren Zustellversuchen nicht an einen oder
mehrere Empfänger zugestellt werden. Die Nachricht wurde gelöscht.

<s.morozova@most-muenster.example>: Das Postfach des Empfängers ist voll
    (host mx.most-muenster.example[192.0.2.41] said: 552 5.2.2 Mailbox
    quota exceeded)
""", "utf-8", "8bit"),
             raw_part(["Content-Type: message/delivery-status"], """Reporting-MTA: dns; mx1.muenster.example
Arrival-Date: Tue, 23 Feb 2027 10:05:13 +0100

Final-Recipient: rfc822; s.morozova@most-muenster.example
Original-Recipient: rfc822;s.morozova@most-muenster.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.most-muenster.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded
"""),
             raw_part(["Content-Type: text/rfc822-headers"], _conf_hdrs),
             params=" report-type=delivery-status;"),
    kind="bounce", bounced_recipient="s.morozova@most-muenster.example")

# 017 change of workgroup (AG1 -> AG2), top-posted German reply quoting our confirmation; UTF-8 8bit
mail("demir-change-to-ag2", when(24, 10, 44), [
    ("From", addr("Gülay Demir", "guelay.demir@dtfv-muenster.example")),
    ("To", addr(OUR_NAME, OURS)),
    ("Subject", "Re: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Date", when(24, 10, 44)),
    ("Message-ID", "<3b9d6f10-77a2-4f0c-a8e4-2c5b9e1d0a37@dtfv-muenster.example>"),
    ("In-Reply-To", "<bestaetigung-0001@muenster.example>"),
    ("References", "<bestaetigung-0001@muenster.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
], text("""Hallo,

ich habe es mir noch einmal überlegt: Könnten Sie mich bitte in die Arbeitsgruppe II (Zukunftsprozess) umtragen statt in die AG I? Unsere Vorsitzende geht schon in die Bildungs-AG und wir wollen uns aufteilen.

Danke und liebe Grüße
Gülay Demir

Am 22.02.27 um 08:31 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Sehr geehrte Frau Demir,", AG1, 1, "")), "utf-8", "8bit"),
    kind="change", email="guelay.demir@dtfv-muenster.example", name="Gülay Demir",
    workgroups=["AG2"], language="de")

# 018 Farsi, mother and daughter (party 2), Persian digits, UTF-8 base64; signature in Persian and Latin
mail("rahimi-fa-mother-daughter", when(24, 12, 9), [
    ("From", addr("Maryam Rahimi", "maryam.rahimi@post.example")),
    ("To", OURS),
    ("Subject", hdr("ثبت‌نام روز سازمان‌های مهاجران")),
    ("Date", when(24, 12, 9)),
    ("Message-ID", "<a7e3c2b1-9d8f-4b6a-8e5d-2f1c0b9a8d7e@post.example>"),
], text("""سلام و وقت بخیر،

من مریم رحیمی هستم، عضو هیئت مدیره‌ی انجمن فرهنگی ایرانیان. می‌خواهم برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کنم. دخترم سارا (۱۷ ساله) هم با من می‌آید، پس ما دو نفر هستیم. هر دو به گروه کاری اول (آموزش و مدرسه) علاقه داریم.

با سپاس فراوان
مریم رحیمی

Maryam Rahimi
Iranischer Kulturverein Münster e.V.
""", "utf-8", "base64"),
    **reg("maryam.rahimi@post.example", "Maryam Rahimi",
          "Iranischer Kulturverein Münster e.V.", ["AG1"], 2, "fa"))

# 019 learner German, Gmail multipart/alternative with UTF-8 base64 parts; "Gruppe 3 Förderung"
_b = """Sehr geehrte Damen und Herren

Mein name ist Abdul Wahid Sharifi. Ich bin Mitglied in Afghanische Kultur Verein Münster. Ich will gerne kommen zu MSO Tag am 13 März. Ich möchte in Gruppe 3 Förderung, weil unser Verein braucht Geld für Projekt mit Frauen und Kinder.
Ich komme alleine.

Vielen dank
Mit freundliche Grüße
Abdul Wahid Sharifi
"""
mail("sharifi-learner-german", when(24, 13, 30), [
    ("From", addr("abdul wahid sharifi", "a.w.sharifi@gmail.example")),
    ("To", OURS),
    ("Subject", "MSO Tag"),
    ("Date", when(24, 13, 30)),
    ("Message-ID", "<CAJ8pL0s3Rt6uVw9xY2zA5bC8dE1fG4h@mail.gmail.example>"),
], multipart("alternative", "000000000000f9e8d7c6b5a40002",
             text(_b, "utf-8", "base64"),
             text(to_html_simple(_b), "utf-8", "base64", "html")),
    **reg("a.w.sharifi@gmail.example", "Abdul Wahid Sharifi",
          "Afghanische Kultur Verein Münster", ["AG3"], 1, "de"))

# 020 French, two persons from one association, first and second choice; ISO-8859-1 QP
mail("diallo-fr-two", when(24, 15, 52), [
    ("From", addr("Aminata Diallo", "aminata.diallo@teranga-ms.example")),
    ("To", OURS),
    ("Subject", hdr("Inscription MSO-Tag - Association Teranga", "iso-8859-1")),
    ("Date", when(24, 15, 52)),
    ("Message-ID", "<20270224155201.GA3317@teranga-ms.example>"),
], text("""Bonjour,

Je souhaiterais inscrire deux personnes de notre association au Tag der Migrantenselbstorganisationen du 13 mars : moi-même et mon collègue Ousmane Ba. Nous aimerions participer au groupe de travail II (Zukunftsprozess) ; s'il est complet, le groupe III nous conviendrait aussi.

Merci d'avance et bonne journée,

Aminata Diallo
Présidente
Association Teranga Münster e.V.
""", "iso-8859-1", "quoted-printable"),
    **reg("aminata.diallo@teranga-ms.example", "Aminata Diallo",
          "Association Teranga Münster e.V.", ["AG2", "AG3"], 2, "fr"))

# 021 newsletter of a regional network (other), multipart/alternative, List-Unsubscribe, mentions Förderung
_b = """Newsletter Netzwerk Integration NRW - Februar 2027

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Neues Förderprogramm "Vielfalt vor Ort" - Antragsfrist 31. März 2027
2. Fortbildung Vereinsmanagement für Ehrenamtliche (online, 4 Termine)
3. Rückblick: Fachtag Mehrsprachigkeit in Dortmund
4. Termine im März

Alle Beiträge lesen: https://www.integration-nrw.example/newsletter/2027-02

Sie erhalten diesen Newsletter, weil Sie sich auf integration-nrw.example angemeldet haben.
Abmelden: https://www.integration-nrw.example/abmelden?id=88412
"""
mail("newsletter-integration-nrw", when(24, 16, 0), [
    ("From", addr("Netzwerk Integration NRW", "newsletter@integration-nrw.example")),
    ("To", OURS),
    ("Subject", hdr("Newsletter Februar 2027: Förderprogramme, Fortbildungen, Termine")),
    ("Date", when(24, 16, 0)),
    ("Message-ID", "<nl-2027-02.88412@integration-nrw.example>"),
    ("List-Unsubscribe", "<https://www.integration-nrw.example/abmelden?id=88412>"),
    ("List-Id", "Netzwerk Integration NRW <newsletter.integration-nrw.example>"),
    ("Precedence", "bulk"),
], multipart("alternative", "=_nl_8f2e1d0c",
             text(_b, "utf-8", "quoted-printable"),
             text(to_html_simple(_b), "utf-8", "quoted-printable", "html")),
    kind="other")

# 022 Italian registration with a vCard attachment, UTF-8 QP, multipart/mixed
mail("russo-it-vcard", when(24, 17, 25), [
    ("From", addr("Giuseppe Russo", "g.russo@circolo-ms.example")),
    ("To", OURS),
    ("Subject", "Iscrizione MSO-Tag 13 marzo"),
    ("Date", when(24, 17, 25)),
    ("Message-ID", "<9a8b7c6d5e4f@circolo-ms.example>"),
], multipart("mixed", "----=_Part_22_1771950300",
             text("""Buongiorno,

con la presente vorrei iscrivermi alla giornata delle organizzazioni dei migranti (MSO-Tag) del 13 marzo. Sono il tesoriere del Circolo Italiano Münster e mi interessa soprattutto il gruppo di lavoro sui finanziamenti e la gestione dell'associazione (AG 3).

Partecipo da solo.

Cordiali saluti
--
Giuseppe Russo
Tesoriere
Circolo Italiano Münster e.V.
Tel. 0251 1234567
""", "utf-8", "quoted-printable"),
             attachment("Giuseppe Russo.vcf", "text/vcard; charset=\"utf-8\"", (
                 "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Russo;Giuseppe;;;\r\nFN:Giuseppe Russo\r\n"
                 "ORG:Circolo Italiano Münster e.V.\r\nEMAIL;TYPE=INTERNET:g.russo@circolo-ms.example\r\n"
                 "TEL;TYPE=WORK:+49 251 1234567\r\nEND:VCARD\r\n").encode("utf-8"))),
    **reg("g.russo@circolo-ms.example", "Giuseppe Russo",
          "Circolo Italiano Münster e.V.", ["AG3"], 1, "it"))

# 023 forward of the network's invitation (listing all three AGs) with a one-line registration on top; windows-1252 8bit
mail("albers-forwarded-invitation", when(25, 8, 3), [
    ("From", addr("Albers, Karin", "k.albers@coerde-treff.example")),
    ("To", OURS),
    ("Subject", "WG: Einladung Tag der Migrantenselbstorganisationen 2027"),
    ("Date", when(25, 8, 3)),
    ("Message-ID", "<DB9PR02MB7263A1B2C3D4E5F6@DB9PR02MB7263.eurprd02.prod.outlook.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], text("""Hallo,

hiermit melde ich mich an, am liebsten für die AG Bildung.

Viele Grüße
Karin Albers
Stadtteiltreff Coerde

-----Ursprüngliche Nachricht-----
Von: Netzwerk MSO Münster <netzwerk@mso-netzwerk-ms.example>
Gesendet: Freitag, 19. Februar 2027 11:40
An: Verteiler Stadtteilzentren <verteiler@mso-netzwerk-ms.example>
Betreff: Einladung Tag der Migrantenselbstorganisationen 2027

Liebe Kolleginnen und Kollegen,

herzliche Einladung zum Tag der Migrantenselbstorganisationen am Samstag, 13. März 2027, 10 bis 16 Uhr, im Stadtweinhaus am Prinzipalmarkt!

Drei Arbeitsgruppen tagen parallel:
AG I: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG II: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG III: Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bitte bis zum 6. März an mso-tag@muenster.example, mit Angabe der gewünschten Arbeitsgruppe.

Bitte leiten Sie die Einladung gern an Ihre Netzwerke weiter.

Netzwerk MSO Münster
""", "windows-1252", "8bit"),
    **reg("k.albers@coerde-treff.example", "Karin Albers",
          "Stadtteiltreff Coerde", ["AG1"], 1, "de"))

# 024 Dutch, couple (party 2), organisation named in the text only; UTF-8 8bit
mail("devries-nl-couple", when(25, 9, 31), [
    ("From", addr("Sanne de Vries", "sanne.devries@nvm.example")),
    ("To", OURS),
    ("Subject", "Aanmelding MSO-dag 13 maart"),
    ("Date", when(25, 9, 31)),
    ("Message-ID", "<F4E3D2C1-B0A9-4877-9665-5443322110FF@nvm.example>"),
    ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
], text("""Goedemiddag,

Graag meld ik mij en mijn man Joost aan voor de MSO-dag op 13 maart in het Stadtweinhaus. Wij zitten allebei in het bestuur van de Nederlandse Vereniging Münsterland. Onze voorkeur gaat uit naar werkgroep 2 over het toekomstproces van Münster.

Mijn Duits is redelijk, dus de taal is geen probleem.

Met vriendelijke groet,
Sanne de Vries
""", "utf-8", "8bit"),
    **reg("sanne.devries@nvm.example", "Sanne de Vries",
          "Nederlandse Vereniging Münsterland", ["AG2"], 2, "nl"))

# 025 formal German cancellation by a council member; ISO-8859-1 8bit
mail("brinkmann-cancellation", when(25, 10, 15), [
    ("From", addr("Thomas Brinkmann", "thomas.brinkmann@rat-ms.example")),
    ("To", OURS),
    ("Subject", "Abmeldung MSO-Tag 13.03.2027"),
    ("Date", when(25, 10, 15)),
    ("Message-ID", "<4d3c2b1a0f9e8d7c@rat-ms.example>"),
], text("""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zum Tag der Migrantenselbstorganisationen am 13. März zurückziehen, da an diesem Tag kurzfristig eine Klausurtagung meiner Fraktion angesetzt wurde. Bitte geben Sie meinen Platz frei.

Ich wünsche der Veranstaltung einen guten Verlauf.

Mit freundlichen Grüßen
Thomas Brinkmann
Mitglied des Rates der Stadt Münster
""", "iso-8859-1", "8bit"),
    kind="cancellation", email="thomas.brinkmann@rat-ms.example", name="Thomas Brinkmann",
    organisation="Rat der Stadt Münster", language="de")

# 026 Tamil, family of three (party 3), UTF-8 base64; signature in Tamil and Latin
mail("kandasamy-ta-family", when(25, 11, 48), [
    ("From", addr("Suresh Kandasamy", "suresh.k@tamil-ms.example")),
    ("To", OURS),
    ("Subject", hdr("MSO-Tag பதிவு - கந்தசாமி குடும்பம்")),
    ("Date", when(25, 11, 48)),
    ("Message-ID", "<CAN2yT5uV8wX1zA4bC7dE0fG3hJ6kL9m@mail.gmail.example>"),
], text("""வணக்கம்,

மார்ச் 13 அன்று நடைபெறும் புலம்பெயர்ந்தோர் அமைப்புகளின் தினத்திற்கு (MSO-Tag) எங்கள் குடும்பத்தைப் பதிவு செய்ய விரும்புகிறேன். நான், என் மனைவி மற்றும் எங்கள் மகன் - மொத்தம் மூன்று பேர் வருவோம். எங்களுக்கு முதலாவது பணிக்குழு (கல்வி முறை, Bildungssystem) மிகவும் பொருத்தமாக இருக்கும்.

நன்றி,
சுரேஷ் கந்தசாமி
Suresh Kandasamy
Tamilischer Kulturverein Münster e.V.
""", "utf-8", "base64"),
    **reg("suresh.k@tamil-ms.example", "Suresh Kandasamy",
          "Tamilischer Kulturverein Münster e.V.", ["AG1"], 3, "ta"))

# 027 ticket-system receipt (auto_reply) from a university office, no Auto-Submitted header; UTF-8 QP
mail("ticket-receipt-bruecke", when(25, 12, 2), [
    ("From", addr("Internationales Zentrum Die Brücke", "info@bruecke.uni-ms.example")),
    ("To", OURS),
    ("Subject", hdr("[Ticket#2027022510000143] Eingangsbestätigung: AW: Ihre Anmeldung zum MSO-Tag 2027")),
    ("Date", when(25, 12, 2)),
    ("Message-ID", "<1771931000.44871.2027022510000143@bruecke.uni-ms.example>"),
    ("X-Loop", "info@bruecke.uni-ms.example"),
    ("X-Mailer", "OTRS Mail Service"),
], text("""Guten Tag,

vielen Dank für Ihre Nachricht an das Internationale Zentrum „Die Brücke“. Ihre Anfrage wurde unter der Ticketnummer 2027022510000143 erfasst.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs; bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab. Dies ist eine automatisch erzeugte Nachricht.

---

Thank you for your message to the International Centre "Die Brücke". Your request has been registered under ticket number 2027022510000143. This is an automatically generated message.

Internationales Zentrum „Die Brücke“
https://www.bruecke.uni-ms.example
""", "utf-8", "quoted-printable"), kind="auto_reply")

# 028 Amharic registration, alone, AG2 described in Amharic; UTF-8 QP; signature in Ethiopic and Latin
mail("tesfaye-am", when(25, 14, 40), [
    ("From", addr("Selamawit Tesfaye", "selam.tesfaye@habesha-ms.example")),
    ("To", OURS),
    ("Subject", hdr("ምዝገባ - MSO-Tag 2027")),
    ("Date", when(25, 14, 40)),
    ("Message-ID", "<7b6a5c4d-3e2f-4a1b-9c8d-0e1f2a3b4c5d@habesha-ms.example>"),
], text("""ሰላም፣

በማርች 13 ቀን 2027 በሚካሄደው የስደተኞች ማህበራት ቀን (MSO-Tag) ላይ መሳተፍ እፈልጋለሁ። ብቻዬን ነው የምመጣው። በሁለተኛው የሥራ ቡድን (የሙንስተር የወደፊት ሂደት) ውስጥ መሳተፍ እፈልጋለሁ።

አመሰግናለሁ
ሰላማዊት ተስፋዬ
Selamawit Tesfaye
Äthiopische Gemeinschaft Münster e.V.
""", "utf-8", "quoted-printable"),
    **reg("selam.tesfaye@habesha-ms.example", "Selamawit Tesfaye",
          "Äthiopische Gemeinschaft Münster e.V.", ["AG2"], 1, "am"))

# 029 student without organisation, Gmail multipart/alternative UTF-8 QP; AG described, not numbered
_b = """Hallo!

Ich studiere Lehramt (Deutsch/Sowi) hier in Münster und würde gern am MSO-Tag teilnehmen – am liebsten in der AG zum Bildungssystem. Ich bin in keinem Verein, hoffe, das ist trotzdem okay? Auf der Seite steht ja „alle Interessierten“ :)

Liebe Grüße
Lea Kampmann
"""
mail("kampmann-student", when(25, 16, 19), [
    ("From", addr("Lea Kampmann", "lea.kampmann@gmail.example")),
    ("To", OURS),
    ("Subject", "Teilnahme MSO-Tag"),
    ("Date", when(25, 16, 19)),
    ("Message-ID", "<CAH1aB2cD3eF4gH5iJ6kL7mN8oP9qR0s@mail.gmail.example>"),
], multipart("alternative", "000000000000c3d4e5f6a7b80003",
             text(_b, "utf-8", "quoted-printable"),
             text(to_html_simple(_b), "utf-8", "quoted-printable", "html")),
    **reg("lea.kampmann@gmail.example", "Lea Kampmann", None, ["AG1"], 1, "de"))

# 030 change of party size (4 -> 3), learner German, inline reply to our confirmation; UTF-8 8bit
_c = confirmation("Sehr geehrter Herr Al-Hassan,", AG1, 4, "")
_c1, _c2 = _c.split("Änderungen oder Absagen")
mail("alhassan-change-party", when(25, 20, 55), [
    ("From", addr("Ahmad Al-Hassan", "ahmad.alhassan79@web-mail.example")),
    ("To", addr(OUR_NAME, OURS)),
    ("Subject", "Re: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Date", when(25, 20, 55)),
    ("Message-ID", "<E9D8C7B6-A5F4-4E3D-8C2B-1A0F9E8D7C6B@web-mail.example>"),
    ("In-Reply-To", "<bestaetigung-0006@muenster.example>"),
    ("References", "<bestaetigung-0006@muenster.example>"),
    ("X-Mailer", "iPhone Mail (20D67)"),
], text("Hallo\n\n" + quote(_c1) + """
Bitte ändern auf 3 Person. Meine Frau kann nicht kommen, sie muss arbeiten an diese Samstag. Ich komme mit die 2 Kinder.

""" + quote("Änderungen oder Absagen" + _c2) + """
Danke
Ahmad Al-Hassan
""", "utf-8", "8bit"),
    kind="change", email="ahmad.alhassan79@web-mail.example", name="Ahmad Al-Hassan",
    workgroups=[], party_size=3, language="de")

# 031 German registration as a form in the body plus the filled PDF form attached; ISO-8859-1 QP
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
mail("schwienhorst-form-pdf", when(26, 8, 40), [
    ("From", addr("Birgit Schwienhorst", "b.schwienhorst@integrationsrat-ms.example")),
    ("To", OURS),
    ("Subject", "Anmeldung MSO-Tag / Anmeldeformular"),
    ("Date", when(26, 8, 40)),
    ("Message-ID", "<20270226084000.5512.bs@integrationsrat-ms.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], multipart("mixed", "----=_NextPart_000_0031_01DB8812.4A5B6C70",
             text("""Sehr geehrte Damen und Herren,

anbei erhalten Sie mein ausgefülltes Anmeldeformular für den MSO-Tag. Zur Sicherheit hier noch einmal die Angaben:

Name: Birgit Schwienhorst
Organisation: Integrationsrat der Stadt Münster
Arbeitsgruppe: II
Anzahl Personen: 1

Mit freundlichen Grüßen
Birgit Schwienhorst
Geschäftsstelle Integrationsrat
""", "iso-8859-1", "quoted-printable"),
             attachment("Anmeldeformular_MSO-Tag_Schwienhorst.pdf", "application/pdf", _pdf)),
    **reg("b.schwienhorst@integrationsrat-ms.example", "Birgit Schwienhorst",
          "Integrationsrat der Stadt Münster", ["AG2"], 1, "de"))

# 032 Turkish question (fee, lunch), registers no one yet; UTF-8 QP
mail("arslan-tr-question", when(26, 10, 5), [
    ("From", addr("Zeynep Arslan", "zeynep.arslan@akm-muenster.example")),
    ("To", OURS),
    ("Subject", hdr("MSO-Tag hakkında soru")),
    ("Date", when(26, 10, 5)),
    ("Message-ID", "<c0ffee12-3456-4789-abcd-ef0123456789@akm-muenster.example>"),
], text("""Merhaba,

MSO-Tag'e katılım ücretli mi? Bir de öğle yemeği veriliyor mu, yoksa yanımıza bir şey mi almalıyız? Bu bilgilere göre derneğimizden kaç kişinin geleceğine karar vereceğiz.

Teşekkürler, iyi çalışmalar
Zeynep Arslan
Münster Alevi Kültür Merkezi
""", "utf-8", "quoted-printable"),
    kind="question", email="zeynep.arslan@akm-muenster.example", name="Zeynep Arslan",
    organisation="Münster Alevi Kültür Merkezi", language="tr")

# 033 German, three colleagues (party 3) with first and second choice, Outlook multipart/alternative windows-1252 QP
_b = """Hallo zusammen,

wie telefonisch besprochen melde ich uns vom Fachdienst Migration an: Frau Dorota Kowalski, Herrn Farid Rahmani und mich, also drei Personen. Wir möchten alle in die AG 3; falls dort kein Platz mehr ist, gerne AG 1.

Beste Grüße

Jens Hartmann
Fachdienst Migration
AWO Kreisverband Münster e.V.
Hafenweg 14 · 48155 Münster
Tel. 0251 776655-12
"""
mail("hartmann-awo-three", when(26, 11, 12), [
    ("From", addr("Hartmann, Jens", "j.hartmann@awo-ms.example")),
    ("To", OURS),
    ("Subject", "Anmeldung AWO Fachdienst Migration (3 Personen)"),
    ("Date", when(26, 11, 12)),
    ("Message-ID", "<VI1PR03MB4511B2A3C4D5E6F7@VI1PR03MB4511.eurprd03.prod.outlook.example>"),
    ("Thread-Topic", "Anmeldung AWO Fachdienst Migration (3 Personen)"),
], multipart("alternative", "_000_VI1PR03MB4511B2A3C4D5E6F7_",
             text(_b, "windows-1252", "quoted-printable"),
             text(html_wrap(_b.strip("\n").split("\n\n")), "windows-1252", "quoted-printable", "html")),
    **reg("j.hartmann@awo-ms.example", "Jens Hartmann",
          "AWO Kreisverband Münster e.V.", ["AG3", "AG1"], 3, "de"))

# 034 English, bottom-posted reply to a mailing-list invitation that lists all three groups; 3 persons; UTF-8 QP
mail("zhang-en-bottom-posted", when(26, 12, 27, off=0), [
    ("From", addr("Wei Zhang", "wei.zhang@uni-ms.example")),
    ("To", OURS),
    ("Subject", "Re: [ISN-Info] Invitation: Day of Migrant Organisations, 13 March"),
    ("Date", when(26, 12, 27, off=0)),
    ("Message-ID", "<5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170@uni-ms.example>"),
    ("In-Reply-To", "<isn-info-2027-0219@isn.uni-ms.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
], text("""On 19/02/2027 14:02, International Student Network wrote:
> Dear all,
>
> the City of Münster invites everyone to the Day of Migrant
> Self-Organisations (MSO-Tag) on Saturday, 13 March 2027, 10:00-16:00,
> Stadtweinhaus, Prinzipalmarkt 8. There are three working groups:
>
> I   - People with a migration background in the education system
> II  - Münster's future process from the perspective of people with a
>       migration background
> III - Funding opportunities and effective association management
>
> Registration (please name your working group): mso-tag@muenster.example
>
> ISN Team

Hello,

I would like to register for this event together with two friends from our association, Li Na and Chen Hao, so 3 people in total. We would like to join working group II.

Best regards,
Wei Zhang
Chinese Students and Scholars Association Münster
""", "utf-8", "quoted-printable"),
    **reg("wei.zhang@uni-ms.example", "Wei Zhang",
          "Chinese Students and Scholars Association Münster", ["AG2"], 3, "en"))

# 035 cancellation typed on a phone, top-posted over our full confirmation (Android header block); UTF-8 QP
mail("kampmann-cancel-phone", when(26, 17, 50), [
    ("From", addr("Lea Kampmann", "lea.kampmann@gmail.example")),
    ("To", addr(OUR_NAME, OURS)),
    ("Subject", "AW: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Date", when(26, 17, 50)),
    ("Message-ID", "<k1x9q2w8e3r7t4y6@email.android.example>"),
    ("In-Reply-To", "<bestaetigung-0029@muenster.example>"),
], text("""Hallo, leider muss ich absagen, hab an dem Samstag doch eine Blockveranstaltung an der Uni 😕 sorry und danke!
Lea



Von meinem Samsung Galaxy Smartphone gesendet.


-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Datum: 25.02.27 16:31 (GMT+01:00)
An: lea.kampmann@gmail.example
Betreff: Ihre Anmeldung zum MSO-Tag 2027

""" + confirmation("Sehr geehrte Frau Kampmann,", AG1, 1, ""), "utf-8", "quoted-printable"),
    kind="cancellation", email="lea.kampmann@gmail.example", name="Lea Kampmann",
    language="de")

# 036 Postfix bounce in English, user unknown, multipart/report with the original message attached
_orig = """From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: m.haddad@ostviertel-hilfe.example
Subject: =?utf-8?q?Ihre_Anmeldung_zum_MSO-Tag_2027?=
Date: Fri, 26 Feb 2027 18:02:40 +0100
Message-ID: <bestaetigung-0031@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Sehr geehrter Herr Haddad,

vielen Dank fuer Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.
"""
mail("bounce-user-unknown-en", when(26, 18, 3), [
    ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example")),
    ("To", OURS),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", when(26, 18, 3)),
    ("Message-ID", "<20270226170301.1C2D3E4F50@mx1.muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", "1C2D3E4F50.1771952581/mx1.muenster.example",
             text("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.haddad@ostviertel-hilfe.example>: host mx.ostviertel-hilfe.example[192.0.2.77]
    said: 550 5.1.1 <m.haddad@ostviertel-hilfe.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", "us-ascii", "7bit", fmt="; format=flowed"),
             raw_part(["Content-Description: Delivery report",
                       "Content-Type: message/delivery-status"], """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 1C2D3E4F50
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Fri, 26 Feb 2027 18:02:41 +0100

Final-Recipient: rfc822; m.haddad@ostviertel-hilfe.example
Original-Recipient: rfc822;m.haddad@ostviertel-hilfe.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ostviertel-hilfe.example
Diagnostic-Code: smtp; 550 5.1.1 <m.haddad@ostviertel-hilfe.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
             raw_part(["Content-Description: Undelivered Message",
                       "Content-Type: message/rfc822"], _orig),
             params=" report-type=delivery-status;"),
    kind="bounce", bounced_recipient="m.haddad@ostviertel-hilfe.example")

# 037 German question from an association (info table, deadline), registers no one; UTF-8 base64
mail("papadopoulou-question-infotisch", when(26, 19, 20), [
    ("From", addr("Eleni Papadopoulou", "eleni.papadopoulou@gr-gemeinde-ms.example")),
    ("To", OURS),
    ("Subject", "Infotisch beim MSO-Tag?"),
    ("Date", when(26, 19, 20)),
    ("Message-ID", "<2b3c4d5e6f70@gr-gemeinde-ms.example>"),
], text("""Guten Abend,

wir von der Griechischen Gemeinde überlegen, mit mehreren Leuten zum MSO-Tag zu kommen. Vorher eine Frage: Können Vereine dort einen kleinen Infotisch mit Flyern aufstellen, z. B. in der Mittagspause? Falls ja, bei wem müssten wir das anmelden?

Und gilt der 6. März als Anmeldeschluss für alle, oder geht es danach noch, wenn Plätze frei sind?

Viele Grüße
Eleni Papadopoulou
Griechische Gemeinde Münster e.V.
""", "utf-8", "base64"),
    kind="question", email="eleni.papadopoulou@gr-gemeinde-ms.example",
    name="Eleni Papadopoulou", organisation="Griechische Gemeinde Münster e.V.", language="de")

# 038 unsolicited catering offer (other), HTML + text, UTF-8 QP; mentions the event date
_b = """Sehr geehrte Damen und Herren,

Sie planen eine Veranstaltung im März? Genusswerk Catering liefert Fingerfood, Mittagsbuffets und Getränke für 20 bis 300 Gäste - regional, saisonal und auf Wunsch vegetarisch, vegan oder halal.

Bis zum 15. März erhalten Neukunden 10 % Rabatt auf das erste Buffet.

Jetzt unverbindlich anfragen: https://www.genusswerk-catering.example/angebot

Ihr Team von Genusswerk Catering
Genusswerk GmbH · Am Hafen 3 · 48155 Münster
Wenn Sie keine weiteren Angebote wünschen, antworten Sie bitte mit "Abmelden".
"""
mail("catering-offer", when(27, 6, 0), [
    ("From", addr("Genusswerk Catering", "angebote@genusswerk-catering.example")),
    ("To", OURS),
    ("Subject", hdr("Catering für Ihre Veranstaltung im März? 10 % Rabatt für Neukunden")),
    ("Date", when(27, 6, 0)),
    ("Message-ID", "<mc-20270227-0600-77812@genusswerk-catering.example>"),
    ("Precedence", "bulk"),
], multipart("alternative", "=_gw_alt_77812",
             text(_b, "utf-8", "quoted-printable"),
             text(to_html_simple(_b), "utf-8", "quoted-printable", "html")),
    kind="other")

# 039 English cancellation of a couple's registration (002), fresh mail, us-ascii 7bit
mail("okafor-cancellation", when(27, 10, 36), [
    ("From", addr("Daniel Okafor", "daniel.okafor84@gmail.example")),
    ("To", OURS),
    ("Subject", "Cancellation MSO day"),
    ("Date", when(27, 10, 36)),
    ("Message-ID", "<CAF3k9xR7nTq2w0ZuS5oXr6tMy1fF8iK@mail.gmail.example>"),
], text("""Good morning,

unfortunately my wife and I have to cancel our registration for 13 March. We have to travel to Lagos that week for family reasons. Please give our two places to someone else.

We hope to join next year.

Best wishes,
Daniel
""", "us-ascii", "7bit"),
    kind="cancellation", email="daniel.okafor84@gmail.example", name="Daniel Okafor",
    language="en")

# 040 German with small slips, board member plus colleague (party 2), AG by topic word; ISO-8859-2 8bit
mail("hodzic-two-behar", when(27, 21, 14), [
    ("From", addr("Sead Hodžić", "sead.hodzic@behar-ms.example", "iso-8859-2")),
    ("To", OURS),
    ("Subject", "Anmeldung MSO Tag"),
    ("Date", when(27, 21, 14)),
    ("Message-ID", "<000001db8915$2a3b4c50$7e8f9a0b$@behar-ms.example>"),
], text("""Guten abend,

ich möchte mich und meinen Vorstandskollegen Edin Mujić zum MSO-Tag anmelden, wir kommen also zu zweit. Wir interessieren uns beide für die AG Vereinsmanagement, weil wir im Verein gerade alles neu organisieren müssen (neuer Vorstand seit Dezember).

Schönes Restwochenende!
Sead Hodžić
1. Vorsitzender
Bosnisch-Herzegowinischer Kulturverein Behar Münster e.V.
""", "iso-8859-2", "8bit"),
    **reg("sead.hodzic@behar-ms.example", "Sead Hodžić",
          "Bosnisch-Herzegowinischer Kulturverein Behar Münster e.V.", ["AG3"], 2, "de"))


# ===========================================================================
# validation
# ===========================================================================

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-$]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.\-]+)")
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "pl", "fa", "fr", "it", "nl", "ta", "am"}


def example_host(host):
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def validate(name, raw, rec, problems):
    def bad(msg):
        problems.append(f"{name}: {msg}")

    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        bad("line ends are not all CRLF")
    for i, line in enumerate(raw.split(b"\r\n")):
        if len(line) > 998:
            bad(f"line {i + 1} longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [raw.decode("latin-1")]
    for part in msg.walk():
        if part.defects:
            bad(f"defects {part.defects}")
        for h, v in part.items():
            if getattr(v, "defects", None):
                bad(f"header {h} defects {v.defects}")
            texts.append(str(v))
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset()
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            cs = cs or "us-ascii"
            try:
                texts.append(payload.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                bad(f"text part does not decode as {cs}: {e}")
            inner = email.message_from_bytes(b"X: y\r\n\r\n" + payload, policy=email.policy.default)
            if inner.defects:
                bad(f"decoded payload defects {inner.defects}")
    if msg["Date"] is None or msg["From"] is None or msg["Message-ID"] is None:
        bad("Date, From or Message-ID missing")
    for t in texts:
        for host in EMAIL_RE.findall(t):
            if not example_host(host):
                bad(f"non-example mail domain {host}")
        for host in URL_RE.findall(t):
            if not example_host(host):
                bad(f"non-example URL host {host}")
    # the record
    if set(rec) != set(FIELDS):
        bad(f"record keys {sorted(rec)}")
        return msg
    k = rec["kind"]
    if k not in KINDS:
        bad(f"kind {k}")
    if not isinstance(rec["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in rec["workgroups"]) \
            or len(set(rec["workgroups"])) != len(rec["workgroups"]):
        bad("workgroups")
    if k in ("auto_reply", "bounce", "other"):
        for f in ("email", "name", "organisation", "language", "party_size"):
            if rec[f] is not None:
                bad(f"{f} must be null for {k}")
        if rec["workgroups"]:
            bad("workgroups must be [] for machine mail")
    else:
        if not rec["email"] or rec["email"] != rec["email"].lower() or not example_host(rec["email"].split("@")[1]):
            bad("email")
        if not rec["name"]:
            bad("name")
        if rec["language"] not in LANGS:
            bad("language")
        if rec["email"] not in raw.decode("latin-1").lower() and rec["email"] not in " ".join(texts).lower():
            bad("expected email does not occur in the mail")
    if k == "registration":
        if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
            bad("party_size")
    elif k == "change":
        if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
            bad("party_size")
    elif rec["party_size"] is not None:
        bad("party_size must be null")
    if k in ("cancellation", "question") and rec["workgroups"]:
        bad("workgroups must be []")
    if k == "bounce":
        br = rec["bounced_recipient"]
        if not br or br != br.lower() or br not in raw.decode("latin-1").lower():
            bad("bounced_recipient")
    elif rec["bounced_recipient"] is not None:
        bad("bounced_recipient must be null")
    return msg


def build():
    files = {}
    expected = {}
    for name, _date, raw, rec in MAILS:
        files[f"mails/{name}"] = raw
        expected[name] = rec
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def check_all(files):
    problems = []
    last = None
    names = set()
    for name, date, raw, rec in MAILS:
        if name in names:
            problems.append(f"{name}: duplicate")
        names.add(name)
        msg = validate(name, raw, rec, problems)
        d = parsedate_to_datetime(str(msg["Date"]))
        if d != date:
            problems.append(f"{name}: Date header {d} differs from {date}")
        if last is not None and d <= last:
            problems.append(f"{name}: Date does not rise ({d} <= {last})")
        last = d
    exp = json.loads(files["expected.json"])
    if sorted(exp) != sorted(n for n, *_ in MAILS):
        problems.append("expected.json does not match the mails")
    return problems


def stats():
    kinds = Counter(rec["kind"] for *_, rec in MAILS)
    langs = Counter(rec["language"] for *_, rec in MAILS if rec["language"])
    print(f"mails: {len(MAILS)}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages (person mails): " + ", ".join(f"{l}={n}" for l, n in langs.most_common()))


def main(argv):
    files = build()
    problems = check_all(files)
    if "--stats" in argv:
        stats()
        return 0 if not problems else 1
    if "--check" in argv:
        diff = []
        for rel, data in files.items():
            p = HERE / rel
            if not p.is_file() or p.read_bytes() != data:
                diff.append(rel)
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").is_dir() else set()
        diff += sorted(on_disk - set(files))
        for p in problems:
            print("problem:", p, file=sys.stderr)
        if diff:
            print("differs from disk: " + ", ".join(diff[:10]), file=sys.stderr)
        return 1 if diff or problems else 0
    if problems:
        for p in problems:
            print("problem:", p, file=sys.stderr)
        return 1
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read from disk
    for name, date, raw, rec in MAILS:
        if (HERE / "mails" / name).read_bytes() != raw:
            print(f"problem: {name} not written correctly", file=sys.stderr)
            return 1
    print(f"wrote {len(MAILS)} mails and expected.json; validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
