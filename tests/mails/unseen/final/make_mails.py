#!/usr/bin/env python3
"""Write the "final" evaluation set: mails/NNN-slug.eml and expected.json.

A realistic MSO-Tag 2027 inbox (six weeks before the event), written fresh.
Python 3.11 standard library only.  Deterministic output.

    python3 make_mails.py           rewrite mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if the files differ
    python3 make_mails.py --stats   print counts per kind and language
"""

import base64
import datetime as dt
import json
import quopri
import sys
from collections import Counter
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
OURS = "mso-tag@muenster.example"
OURS_H = 'Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>'

# ---------------------------------------------------------------------------
# MIME building (by hand, so that charsets and transfer encodings are exact)
# ---------------------------------------------------------------------------


def _encode_body(text, charset, cte):
    raw = text.encode(charset)          # raises if the text does not fit the charset
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=(), params=""):
    if not text.endswith("\n"):
        text += "\n"
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return hdrs, _encode_body(text, charset, cte)


def plain(text, charset="utf-8", cte="quoted-printable", flowed=False):
    return leaf(text, "plain", charset, cte, params="; format=flowed" if flowed else "")


def html(body_html, charset="utf-8", cte="quoted-printable"):
    return leaf(body_html, "html", charset, cte)


def attachment(ctype, filename, data):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    return hdrs, base64.encodebytes(data)


def multipart(subtype, parts, boundary, params=""):
    out = [b"This is a multi-part message in MIME format.\n"]
    for h, body in parts:
        out.append(b"\n--" + boundary.encode() + b"\n")
        out.append("\n".join(h).encode("ascii") + b"\n\n")
        out.append(body if body.endswith(b"\n") else body + b"\n")
    out.append(b"\n--" + boundary.encode() + b"--\n")
    return [f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"'], b"".join(out)


def raw_part(hdrs, text):
    """A part whose body is given verbatim (ASCII), e.g. message/delivery-status."""
    if not text.endswith("\n"):
        text += "\n"
    return list(hdrs), text.encode("ascii")


def hdr(text, charset="utf-8"):
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def html_doc(paragraphs, charset, outlook=True):
    """An HTML body as Outlook (or a webmailer) writes it; paragraphs are lines of text."""
    if outlook:
        head = (f'<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="DE" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n')
        rows = []
        for p in paragraphs:
            if p == "":
                rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                rows.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
        return head + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"
    rows = "".join(f"<div>{p if p else '<br>'}</div>\n" for p in paragraphs)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'</head><body style="font-family:Arial,sans-serif">\n{rows}</body></html>\n')


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.splitlines())


# ---------------------------------------------------------------------------
# dates: rising with the numbers, from 29 January to 12 March 2027
# ---------------------------------------------------------------------------

CET = dt.timezone(dt.timedelta(hours=1))


def date_of(n, tz_hours=None):
    """Mail n arrives on day (n-1)*40/60 after 29 January, in office-ish hours (07:10-22:10 CET)."""
    pos = (n - 1) * 40 / 60                      # days since 29 January, rising
    day, frac = int(pos), pos - int(pos)
    t = dt.datetime(2027, 1, 29, 7, 10, tzinfo=CET) + dt.timedelta(
        days=day, minutes=int(frac * 15 * 60) + (n * 53) % 37, seconds=(n * 17) % 60)
    if tz_hours is not None:
        t = t.astimezone(dt.timezone(dt.timedelta(hours=tz_hours)))
    return t


def date_hdr(n, tz_hours=None):
    return format_datetime(date_of(n, tz_hours))


# ---------------------------------------------------------------------------
# texts we sent that people quote
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster.

Nach dem Plenum am Vormittag arbeiten drei parallele Arbeitsgruppen:
  AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
  AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an
und nennen Sie Ihre Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Stadt Münster, Amt für Migration und interkulturelle Angelegenheiten"""

INVITATION_ID = "<einladung-mso-2027.0128@muenster.example>"
INVITATION_DATE = "Thu, 28 Jan 2027 10:15:00 +0100"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"


def confirmation(name, ag, title, persons):
    p = "1 Person" if persons == 1 else f"{persons} Personen"
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am 13. März 2027 im Stadtweinhaus.

Wir haben Sie eingetragen für: {ag} ({title}), {p}.

Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team des MSO-Tags"""


T1 = "Menschen mit Migrationsvorgeschichte im Bildungssystem"
T2 = "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte"
T3 = "Förderungsmöglichkeiten und effektives Vereinsmanagement"

# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------


def reg(email, name, org, wgs, party, lang):
    return dict(kind="registration", email=email, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang, bounced_recipient=None)


def change(email, name, org, wgs, party, lang):
    return dict(kind="change", email=email, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang, bounced_recipient=None)


def person(kind, email, name, org, lang):
    return dict(kind=kind, email=email, name=name, organisation=org,
                workgroups=[], party_size=None, language=lang, bounced_recipient=None)


def machine(kind, bounced=None):
    return dict(kind=kind, email=None, name=None, organisation=None,
                workgroups=[], party_size=None, language=None, bounced_recipient=bounced)


MAILSET = []   # (filename, bytes, expected)


def add(n, slug, headers, part, exp, tz=None):
    """headers: list of (name, value) without Date/MIME-Version/Content-*; part from the helpers."""
    names = [h for h, _ in headers]
    assert "Date" not in names
    lines = []
    for h, v in headers:
        if h == "@date":
            lines.append(f"Date: {date_hdr(n, tz)}")
            continue
        lines.append(f"{h}: {v}")
    if "@date" not in names:
        lines.insert(2, f"Date: {date_hdr(n, tz)}")
    lines.append("MIME-Version: 1.0")
    ph, body = part
    lines += ph
    data = "\n".join(lines).encode("ascii") + b"\n\n" + body
    fname = f"{n:03d}-{slug}.eml"
    MAILSET.append((fname, data, exp))


def mid(n, domain):
    return f"<{date_of(n).strftime('%Y%m%d%H%M')}.{n:03d}{(n * 7919) % 99991:05d}@{domain}>"

# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

# 001: Outlook top-post over the unquoted invitation ("-----Ursprüngliche Nachricht-----"), From display "Öztürk, Kemal", AG named by number and alias, companion by role -> 2. The quoted invitation lists all three AGs; only AG 2 is chosen.
n = 1
body = f"""Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung. Hiermit melde ich mich für die Arbeitsgruppe 2 (Zukunftsprozess) an.
Unsere stellvertretende Vorsitzende, Frau Leyla Sahin, wird mich begleiten – wir kommen also zu zweit.

Mit freundlichen Grüßen

Dr. Kemal Öztürk
Vorsitzender
Deutsch-Türkischer Bildungsverein Münster e.V.
Hammer Straße 112 · 48153 Münster
Tel. 0251 98 76 54 | Mobil 0170 555 12 34
www.dtbv-muenster.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender
und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe
dieser Mail ist nicht gestattet.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Donnerstag, 28. Januar 2027 10:15
An: info@dtbv-muenster.example
Betreff: {INVITATION_SUBJECT}

{INVITATION}
"""
add(n, "oeztuerk-outlook-toppost-ag2-zu-zweit", [
    ("From", addr("Öztürk, Kemal", "k.oeztuerk@dtbv-muenster.example", "windows-1252")),
    ("To", OURS_H),
    ("Subject", hdr("AW: " + INVITATION_SUBJECT, "windows-1252")),
    ("Message-ID", mid(n, "dtbv-muenster.example")),
    ("In-Reply-To", INVITATION_ID),
    ("References", INVITATION_ID),
    ("Thread-Topic", hdr(INVITATION_SUBJECT, "windows-1252")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "de-DE"),
], plain(body, "windows-1252", "quoted-printable"),
    reg("k.oeztuerk@dtbv-muenster.example", "Kemal Öztürk", "Deutsch-Türkischer Bildungsverein Münster e.V.",
        ["AG2"], 2, "de"))

# 002: Turkish, Gmail bottom-post under the quoted invitation ("... tarihinde ... şunu yazdı:"), AG named by topic in Turkish plus "AG 1", "eşimle birlikte" (with my husband) -> 2.
n = 2
body = f"""28 Oca 2027 Per, 10:15 tarihinde Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> şunu yazdı:
{quote(INVITATION)}

Merhaba,

eşimle birlikte katılmak istiyoruz. Bizi eğitim sistemi çalışma grubuna (AG 1) kaydedebilir misiniz?

Saygılarımla,
Ayşe Yılmaz
Münster Türk Kadınlar Derneği
"""
add(n, "yilmaz-turkish-bottompost-egitim", [
    ("From", addr("Ayşe Yılmaz", "ayse.yilmaz.ms@gmail.example")),
    ("To", OURS),
    ("Subject", hdr("Re: " + INVITATION_SUBJECT)),
    ("Message-ID", mid(n, "mail.gmail.example")),
    ("In-Reply-To", INVITATION_ID),
    ("References", INVITATION_ID),
], plain(body, "utf-8", "base64"),
    reg("ayse.yilmaz.ms@gmail.example", "Ayşe Yılmaz", "Münster Türk Kadınlar Derneği", ["AG1"], 2, "tr"),
    tz=3)

# 003: HTML-only Outlook mail (windows-1252, quoted-printable), "Arbeitsgruppe III", alone -> 1; From display "Becker, Svetlana", full name and role in the signature.
n = 3
paras = ["Guten Tag,", "",
         "hiermit möchte ich mich verbindlich zum MSO-Tag am 13.03.2027 anmelden, und zwar für die Arbeitsgruppe III.",
         "Ich komme allein.", "",
         "Viele Grüße", "",
         "<b>Svetlana Becker</b>",
         "Geschäftsführerin",
         "Netzwerk Russischsprachiger Eltern Münster e.V.",
         "Wolbecker Straße 40 | 48155 Münster",
         "Tel.: 0251 / 39 44 01",
         '<a href="mailto:s.becker@nre-muenster.example">s.becker@nre-muenster.example</a>']
add(n, "becker-html-only-outlook-ag-iii", [
    ("From", addr("Becker, Svetlana", "s.becker@nre-muenster.example")),
    ("To", '"mso-tag@muenster.example" <mso-tag@muenster.example>'),
    ("Subject", hdr("Anmeldung MSO-Tag 2027", "windows-1252")),
    ("Message-ID", mid(n, "nre-muenster.example")),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdtX2kq3bH8m1QvCQ0GeT7r9cJw6hA=="),
    ("Content-Language", "de-DE"),
], html(html_doc(paras, "windows-1252"), "windows-1252", "quoted-printable"),
    reg("s.becker@nre-muenster.example", "Svetlana Becker", "Netzwerk Russischsprachiger Eltern Münster e.V.",
        ["AG3"], 1, "de"))

# 004: Arabic, multipart/alternative (plain + html), "the first workgroup (education)", "with two (female) colleagues, i.e. three persons" -> 3.
n = 4
txt = """السلام عليكم،

أود تسجيل مشاركتي في يوم منظمات المهاجرين يوم 13 مارس.
أرغب في الانضمام إلى مجموعة العمل الأولى (التعليم).
سأحضر مع زميلتين من الجمعية، أي ثلاثة أشخاص.

مع الشكر والتقدير،
رنا الخطيب
الجمعية السورية الألمانية للثقافة في مونستر
"""
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
       '<body dir="rtl"><div>السلام عليكم،</div><div><br></div>'
       '<div>أود تسجيل مشاركتي في يوم منظمات المهاجرين يوم 13 مارس.</div>'
       '<div>أرغب في الانضمام إلى مجموعة العمل الأولى (التعليم).</div>'
       '<div>سأحضر مع زميلتين من الجمعية، أي ثلاثة أشخاص.</div><div><br></div>'
       '<div>مع الشكر والتقدير،</div><div>رنا الخطيب</div>'
       '<div>الجمعية السورية الألمانية للثقافة في مونستر</div></body></html>\n')
add(n, "alkhatib-arabic-alternative-first-group", [
    ("From", addr("رنا الخطيب", "rana.alkhatib@outlook.example")),
    ("To", OURS),
    ("Subject", hdr("تسجيل - يوم منظمات المهاجرين")),
    ("Message-ID", mid(n, "outlook.example")),
], multipart("alternative", [plain(txt, "utf-8", "base64"), html(htm, "utf-8", "base64")],
             "000000000000a4f2c805e1b2d3c4"),
    reg("rana.alkhatib@outlook.example", "رنا الخطيب", "الجمعية السورية الألمانية للثقافة في مونستر",
        ["AG1"], 3, "ar"))

# 005: learner German from a shared association mailbox (From display is the association), "Arbeitgruppe 3 Förderung", "3 Person, ich und zwei Mitglied von Vorstand" -> 3.
n = 5
body = """Hallo,

ich möchte anmelden für die Arbeitgruppe 3 Förderung.
Wir sind 3 Person, ich und zwei Mitglied von Vorstand.

Danke schön und schöne Tag

Jean-Pierre Mbala
Kongolesischer Verein Münster e.V.
"""
add(n, "mbala-learner-german-shared-mailbox", [
    ("From", addr("Kongolesischer Verein Münster", "kontakt@congo-ms.example")),
    ("To", OURS),
    ("Subject", "Anmeldung"),
    ("Message-ID", mid(n, "congo-ms.example")),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Thunderbird/115.6.0"),
], plain(body, "utf-8", "8bit", flowed=True),
    reg("kontakt@congo-ms.example", "Jean-Pierre Mbala", "Kongolesischer Verein Münster e.V.", ["AG3"], 3, "de"))

# 006: Russian, UTF-8 quoted-printable; AG by topic ("the future of Münster") with the German alias in brackets; "with my daughter, 17" -> 2 (she is active in the association).
n = 6
body = """Здравствуйте!

Прошу зарегистрировать меня на День мигрантских организаций 13 марта.
Меня интересует рабочая группа о будущем Мюнстера (Zukunftsprozess).
Приду с дочерью, ей 17 лет, она тоже активно участвует в работе нашего объединения.

С уважением,
Ольга Петрова
Русскоязычное объединение «Мост» e.V.
"""
add(n, "petrova-russian-future-with-daughter", [
    ("From", addr("Ольга Петрова", "olga.petrova@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Регистрация на MSO-Tag")),
    ("Message-ID", mid(n, "mail.example")),
    ("X-Mailer", "Mail.Ru Mailer 1.0"),
], plain(body, "utf-8", "quoted-printable"),
    reg("olga.petrova@mail.example", "Ольга Петрова", "Русскоязычное объединение «Мост» e.V.", ["AG2"], 2, "ru"),
    tz=1)

# 007: city contact-form relay: From is no-reply, the person is in Reply-To and in the form fields; AG 1, 2 persons. The relay text must not make it look like an automatic mail.
n = 7
body = """Folgende Nachricht wurde über das Kontaktformular auf www.muenster.example gesendet:

Formular:          Anmeldung MSO-Tag 2027
Name:              Nadia Benali
E-Mail:            nadia.benali@mail.example
Organisation:      Marokkanischer Frauenverein Münster
Arbeitsgruppe:     AG 1 - Bildungssystem
Anzahl Personen:   2
Nachricht:         Ich komme mit meiner Kollegin Hanan. Vielen Dank!

--
Diese Nachricht wurde über das Online-Formular der Stadt Münster erzeugt.
Bitte antworten Sie nicht an no-reply@muenster.example, sondern an die oben genannte Adresse.
"""
add(n, "benali-contact-form-relay", [
    ("From", addr("Stadt Münster Kontaktformular", "no-reply@muenster.example")),
    ("Reply-To", addr("Nadia Benali", "nadia.benali@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Kontaktformular: Anmeldung MSO-Tag 2027")),
    ("Message-ID", mid(n, "formulare.muenster.example")),
    ("X-Mailer", "Formularserver Stadt Muenster 4.2"),
], plain(body, "utf-8", "quoted-printable"),
    reg("nadia.benali@mail.example", "Nadia Benali", "Marokkanischer Frauenverein Münster", ["AG1"], 2, "de"))

# 008: Ukrainian in KOI8-U, 8bit; "to the second working group", "there will be three of us" -> 3.
n = 8
body = """Добрий день!

Хочу зареєструватися на День мігрантських організацій.
Нас буде троє: я і дві колеги з нашої громади.
Ми хотіли б потрапити до другої робочої групи.

З повагою,
Оксана Шевчук
Українська громада Мюнстера
"""
add(n, "shevchuk-ukrainian-koi8u-second-group", [
    ("From", addr("Оксана Шевчук", "oksana.shevchuk@ukr.example", "koi8-u")),
    ("To", OURS),
    ("Subject", hdr("Реєстрація: День мігрантських організацій", "koi8-u")),
    ("Message-ID", mid(n, "ukr.example")),
    ("User-Agent", "Roundcube Webmail/1.6.5"),
], plain(body, "koi8-u", "8bit"),
    reg("oksana.shevchuk@ukr.example", "Оксана Шевчук", "Українська громада Мюнстера", ["AG2"], 3, "uk"),
    tz=2)

# 009: English, first and second choice ("workshop 3 (funding)", then "workshop 1"), "just me" -> 1.
n = 9
body = """Dear organisers,

I would like to register for the MSO Day on 13 March.
First choice: workshop 3 (funding), second choice: workshop 1.
Just me, nobody else from our group this time.

Best regards,
Grace Mensah
Secretary, Ghanaian Union Münster e.V.
"""
add(n, "mensah-english-first-second-choice", [
    ("From", addr("Grace Mensah", "grace.mensah@mail.example")),
    ("To", OURS),
    ("Subject", "Registration MSO Day 2027"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "quoted-printable"),
    reg("grace.mensah@mail.example", "Grace Mensah", "Ghanaian Union Münster e.V.", ["AG3", "AG1"], 1, "en"))

# 010: Farsi, "the third working group (funding and association management)", "with my husband and my daughter (8 years, Persian digits)" -> 3. Ambiguous: does an 8-year-old count as a participant? Most likely she comes along; a careful program should ask a human about party size.
n = 10
body = """سلام،

من می‌خواهم برای روز سازمان‌های مهاجران ثبت نام کنم.
گروه کاری سوم (امکانات حمایت مالی و مدیریت انجمن) را انتخاب می‌کنم.
با همسرم و دخترم (۸ ساله) می‌آییم.

با سپاس،
مریم رضایی
انجمن فرهنگی ایرانیان مونستر
"""
add(n, "rezaei-farsi-third-group-with-child", [
    ("From", addr("مریم رضایی", "maryam.rezaei@mail.example")),
    ("To", OURS),
    ("Subject", hdr("ثبت نام MSO-Tag")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("maryam.rezaei@mail.example", "مریم رضایی", "انجمن فرهنگی ایرانیان مونستر", ["AG3"], 3, "fa"))

# 011: newsletter of a regional network (List-Unsubscribe, Precedence: bulk), HTML + text, talks about "Anmeldung" and "Arbeitsgruppen" of another event -> other.
n = 11
txt = """Newsletter Integration NRW – Februar 2027

Liebe Leserinnen und Leser,

1) Fachtag "Vielfalt im Ehrenamt" am 20.04.2027 in Dortmund
   Anmeldung ab sofort online; am Nachmittag finden drei Arbeitsgruppen statt.
2) Neues Förderprogramm für Migrantenorganisationen: Antragsfrist 31.05.2027
3) Webinar: Vereinsfinanzen leicht gemacht (kostenlos)

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://newsletter.integration-nrw.example/unsubscribe?u=8f3a2c
"""
htm = html_doc(["<h2>Newsletter Integration NRW – Februar 2027</h2>", "Liebe Leserinnen und Leser,",
                "1) Fachtag &quot;Vielfalt im Ehrenamt&quot; am 20.04.2027 in Dortmund – Anmeldung ab sofort online; "
                "am Nachmittag finden drei Arbeitsgruppen statt.",
                "2) Neues Förderprogramm für Migrantenorganisationen: Antragsfrist 31.05.2027",
                "3) Webinar: Vereinsfinanzen leicht gemacht (kostenlos)", "",
                '<a href="https://newsletter.integration-nrw.example/unsubscribe?u=8f3a2c">Abmelden</a>'],
               "utf-8", outlook=False)
add(n, "newsletter-integration-nrw", [
    ("From", addr("Integration NRW", "newsletter@integration-nrw.example")),
    ("To", OURS),
    ("Subject", hdr("Newsletter Februar: Fachtag, Förderprogramm, Webinar")),
    ("Message-ID", mid(n, "newsletter.integration-nrw.example")),
    ("List-Unsubscribe", "<https://newsletter.integration-nrw.example/unsubscribe?u=8f3a2c>"),
    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    ("Precedence", "bulk"),
    ("X-Mailer", "CleverReach"),
], multipart("alternative", [plain(txt, "utf-8", "quoted-printable"), html(htm, "utf-8", "quoted-printable")],
             "_=_swift_1738310000_8e1f_=_"),
    machine("other"))

# 012: inline answers written into the quoted invitation (Thunderbird "Am ... schrieb"), his own text without umlauts; "die AG Foerderung (AG 3)" under the quoted AG list, "zu viert (ich + 3 Vorstandsmitglieder)" -> 4; organisation in his inline line and in the signature. The quoted list names all three AGs: only his own lines count.
n = 12
inv = INVITATION.split(chr(10) + chr(10))
body = f"""Hallo zusammen,

Am 28.01.2027 um 10:15 schrieb Tag der Migrantenselbstorganisationen:
{quote((chr(10) * 2).join(inv[:2]))}
>
{quote(inv[2])}

Wir nehmen die AG Foerderung (AG 3).

{quote(inv[3])}

Palaestinensische Gemeinde Muenster e.V., wir kommen zu viert (ich + 3 Vorstandsmitglieder).

>
{quote(inv[4])}

Gruesse aus Kinderhaus
Tariq Mahmoud
Kassenwart
Palaestinensische Gemeinde Muenster e.V.
"""
add(n, "mahmoud-inline-in-invitation-zu-viert", [
    ("From", addr("Tariq Mahmoud", "tariq.mahmoud@web.example")),
    ("To", OURS_H),
    ("Subject", "Re: " + INVITATION_SUBJECT),
    ("Message-ID", mid(n, "web.example")),
    ("In-Reply-To", INVITATION_ID),
    ("References", INVITATION_ID),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
], plain(body, "iso-8859-1", "8bit", flowed=False),
    reg("tariq.mahmoud@web.example", "Tariq Mahmoud", "Palaestinensische Gemeinde Muenster e.V.", ["AG3"], 4, "de"))

# 013: Kurdish (Kurmanji, Latin script), "koma xebatê ya duyemîn" (the second working group), "em ê du kes bin" (we will be two) -> 2.
n = 13
body = """Silav,

Ez dixwazim xwe ji bo Roja Rêxistinên Koçberan qeyd bikim.
Ez dixwazim beşdarî koma xebatê ya duyemîn bibim (pêşeroja Münsterê).
Em ê du kes bin: ez û hevalekî ji komeleya me.

Bi silav û rêz,
Rojda Aydın
Navenda Çanda Kurdî Münster
"""
add(n, "aydin-kurmanji-second-group", [
    ("From", addr("Rojda Aydın", "rojda.aydin@mail.example")),
    ("To", OURS),
    ("Subject", "Qeydkirin - MSO-Tag 2027"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "quoted-printable"),
    reg("rojda.aydin@mail.example", "Rojda Aydın", "Navenda Çanda Kurdî Münster", ["AG2"], 2, "ku"))

# 014: German question before registering (wheelchair access, childcare); registers no one.
n = 14
body = """Guten Tag,

ich habe die Einladung über unseren Verein bekommen. Bevor ich mich anmelde, zwei Fragen:

1. Ist das Stadtweinhaus barrierefrei? Ich nutze einen Rollstuhl.
2. Gibt es während der Arbeitsgruppen eine Kinderbetreuung?

Vielen Dank im Voraus!

Mit freundlichen Grüßen
Hatice Kaya
"""
add(n, "kaya-question-barrierefrei", [
    ("From", addr("Hatice Kaya", "hatice.kaya@t-online.example")),
    ("To", OURS),
    ("Subject", "Frage zum MSO-Tag"),
    ("Message-ID", mid(n, "t-online.example")),
], plain(body, "iso-8859-1", "quoted-printable"),
    person("question", "hatice.kaya@t-online.example", "Hatice Kaya", None, "de"))

# 015: Polish in ISO-8859-2, "grupa robocza I (system edukacji)", "razem z koleżanką" -> 2; also asks whether there is lunch (still a registration).
n = 15
body = """Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migrantów 13 marca.
Interesuje mnie grupa robocza I (system edukacji).
Przyjdę razem z koleżanką z naszego stowarzyszenia.

Czy będzie obiad?

Pozdrawiam serdecznie
Katarzyna Nowak
Stowarzyszenie Polonia Münster
"""
add(n, "nowak-polish-latin2-group-i", [
    ("From", addr("Katarzyna Nowak", "k.nowak@poczta.example", "iso-8859-2")),
    ("To", OURS),
    ("Subject", hdr("Zgłoszenie - MSO-Tag 2027", "iso-8859-2")),
    ("Message-ID", mid(n, "poczta.example")),
], plain(body, "iso-8859-2", "quoted-printable"),
    reg("k.nowak@poczta.example", "Katarzyna Nowak", "Stowarzyszenie Polonia Münster", ["AG1"], 2, "pl"))

# 016: German out-of-office with Auto-Submitted: auto-replied, answering our invitation.
n = 16
body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 12.02.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example.

Mit freundlichen Grüßen
Brigitte Hoffmann
Caritasverband für die Stadt Münster e.V.
"""
add(n, "hoffmann-out-of-office", [
    ("From", addr("Brigitte Hoffmann", "b.hoffmann@caritas-ms.example")),
    ("To", OURS),
    ("Subject", hdr("Abwesenheitsnotiz: Ihre Anmeldung zum MSO-Tag 2027")),
    ("Message-ID", mid(n, "caritas-ms.example")),
    ("In-Reply-To", "<bestaetigung-0208-02@muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
], plain(body, "utf-8", "quoted-printable"),
    machine("auto_reply"))

# 017: a secretary registers her chairman from the shared mailbox and asks us to confirm directly to him -> email, name are his; "an der zweiten Arbeitsgruppe" -> AG2; 1.
n = 17
body = """Sehr geehrte Damen und Herren,

hiermit melde ich unseren Vorsitzenden, Herrn Dr. Ahmad Karimi, für den MSO-Tag am 13. März an.
Er möchte gern an der zweiten Arbeitsgruppe (Zukunftsprozess) teilnehmen.

Bitte senden Sie die Bestätigung direkt an ihn: a.karimi@ikz-muenster.example

Mit freundlichen Grüßen
i. A. Sabine Wolf
Sekretariat
Islamisches Kulturzentrum Münster e.V.
Bremer Platz 7, 48155 Münster
"""
add(n, "wolf-registers-chairman-karimi", [
    ("From", addr("Sekretariat IKZ", "sekretariat@ikz-muenster.example")),
    ("To", OURS),
    ("Cc", addr("Dr. Ahmad Karimi", "a.karimi@ikz-muenster.example")),
    ("Subject", hdr("Anmeldung Herr Dr. Karimi – MSO-Tag")),
    ("Message-ID", mid(n, "ikz-muenster.example")),
], plain(body, "utf-8", "quoted-printable"),
    reg("a.karimi@ikz-muenster.example", "Ahmad Karimi", "Islamisches Kulturzentrum Münster e.V.", ["AG2"], 1, "de"))

# 018: Romanian with a PDF form attached (multipart/mixed), "grupa de lucru a treia", alone -> 1.
n = 18
body = """Bună ziua,

vă trimit în atașament formularul de înscriere completat.
Doresc să particip la grupa de lucru a treia (finanțare și managementul asociației).
Vin singur.

Cu stimă,
Andrei Popescu
Asociația Culturală Română Münster
"""
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add(n, "popescu-romanian-pdf-attached", [
    ("From", addr("Andrei Popescu", "andrei.popescu@yahoo.example")),
    ("To", OURS),
    ("Subject", hdr("Înscriere MSO-Tag 2027")),
    ("Message-ID", mid(n, "yahoo.example")),
], multipart("mixed", [plain(body, "utf-8", "quoted-printable"),
                       attachment("application/pdf", "Anmeldeformular_Popescu.pdf", pdf)],
             "----=_Part_118_2077431.1738400000000"),
    reg("andrei.popescu@yahoo.example", "Andrei Popescu", "Asociația Culturală Română Münster", ["AG3"], 1, "ro"),
    tz=1)

# 019: Münsterland colloquial German with Low German touches; "ich un mien Fru" -> 2; "welche AG is uns egal" -> no choice, []; the coordinator must assign an AG, so a human should look.
n = 19
body = """Moin moin,

wi kommt auk! Ich un mien Fru, also zu zweit.
Welche AG is uns egal, sucht ihr wat för uns aus.

Beste Grüße ut Hiltrup
Heinz-Günter Kowalski
Deutsch-Polnischer Freundeskreis Hiltrup
"""
add(n, "kowalski-platt-egal-welche-ag", [
    ("From", addr("Heinz-Günter Kowalski", "hg.kowalski@t-online.example", "iso-8859-1")),
    ("To", OURS),
    ("Subject", "MSO Tag"),
    ("Message-ID", mid(n, "t-online.example")),
], plain(body, "iso-8859-1", "8bit"),
    reg("hg.kowalski@t-online.example", "Heinz-Günter Kowalski", "Deutsch-Polnischer Freundeskreis Hiltrup", [], 2, "de"))

# 020: Bulgarian in windows-1251, quoted-printable; "работна група 2 – бъдещето на Мюнстер", alone -> 1.
n = 20
body = """Здравейте,

бих искала да се регистрирам за Деня на мигрантските организации.
Интересувам се от работна група 2 – бъдещето на Мюнстер.
Ще дойда сама.

Поздрави,
Мария Иванова
Българско културно дружество „Кирил и Методий“ Мюнстер
"""
add(n, "ivanova-bulgarian-cp1251", [
    ("From", addr("Мария Иванова", "maria.ivanova@abv.example", "windows-1251")),
    ("To", OURS),
    ("Subject", hdr("Регистрация MSO-Tag", "windows-1251")),
    ("Message-ID", mid(n, "abv.example")),
], plain(body, "windows-1251", "quoted-printable"),
    reg("maria.ivanova@abv.example", "Мария Иванова", "Българско културно дружество „Кирил и Методий“ Мюнстер",
        ["AG2"], 1, "bg"), tz=2)

# 021: Postfix bounce (multipart/report, delivery-status) of our invitation -> bounce.
n = 21
notice = """This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<info@kulturverein-anatolien.example>: host mx.kulturverein-anatolien.example[192.0.2.44]
    said: 550 5.1.1 <info@kulturverein-anatolien.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Y2kQm1Zr7z9vJ
Arrival-Date: Thu, 11 Feb 2027 12:12:58 +0100

Final-Recipient: rfc822; info@kulturverein-anatolien.example
Original-Recipient: rfc822;info@kulturverein-anatolien.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kulturverein-anatolien.example
Diagnostic-Code: smtp; 550 5.1.1 <info@kulturverein-anatolien.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
orig = f"""From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: info@kulturverein-anatolien.example
Subject: Erinnerung: Anmeldung zum MSO-Tag 2027
Date: Thu, 11 Feb 2027 12:12:55 +0100
Message-ID: <erinnerung-0211-17@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Sehr geehrte Damen und Herren,

wir erinnern an den Tag der Migrantenselbstorganisationen am 13.03.2027.
Bitte melden Sie sich bis zum 06.03.2027 an.
"""
add(n, "postfix-bounce-user-unknown", [
    ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example")),
    ("To", OURS),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Message-ID", "<20270211111258.4Y2kQm1Zr7z9vJ@mx1.muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
], multipart("report", [
    (['Content-Description: Notification', 'Content-Type: text/plain; charset="us-ascii"'],
     notice.encode("ascii")),
    raw_part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
    raw_part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
], "4Y2kQm1Zr7z9vJ.1802257978/mx1.muenster.example", params=" report-type=delivery-status;"),
    machine("bounce", "info@kulturverein-anatolien.example"))

# 022: Greek; the roman numeral typed on a Greek keyboard ("ΙΙ" with Greek capital iotas) next to the topic "το μέλλον του Μύνστερ"; "θα έρθουμε τρία άτομα" -> 3.
n = 22
body = """Καλησπέρα σας,

θα θέλαμε να δηλώσουμε συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών.
Ενδιαφερόμαστε για την ομάδα εργασίας ΙΙ (το μέλλον του Μύνστερ).
Θα έρθουμε τρία άτομα από την κοινότητά μας.

Με εκτίμηση,
Δήμητρα Παπαδοπούλου
Πρόεδρος
Ελληνική Κοινότητα Μύνστερ
"""
add(n, "papadopoulou-greek-iota-numeral", [
    ("From", addr("Δήμητρα Παπαδοπούλου", "d.papadopoulou@otenet.example", "iso-8859-7")),
    ("To", OURS),
    ("Subject", hdr("Δήλωση συμμετοχής MSO-Tag", "iso-8859-7")),
    ("Message-ID", mid(n, "otenet.example")),
], plain(body, "iso-8859-7", "quoted-printable"),
    reg("d.papadopoulou@otenet.example", "Δήμητρα Παπαδοπούλου", "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 3, "el"),
    tz=2)

# 023: Bosnian; "radna grupa 1 ili 3, svejedno" -> both in the order written [AG1, AG3]; alone -> 1.
n = 23
body = """Poštovani,

želim se prijaviti za Dan migrantskih organizacija 13. marta.
Radna grupa 1 ili 3, svejedno mi je, prvo ipak obrazovanje ako ima mjesta.
Dolazim sam.

Lijep pozdrav,
Emir Hodžić
Bosanskohercegovačko kulturno društvo „Ljiljan“ Münster
"""
add(n, "hodzic-bosnian-one-or-three", [
    ("From", addr("Emir Hodžić", "emir.hodzic@mail.example")),
    ("To", OURS),
    ("Subject", "Prijava MSO-Tag"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "8bit"),
    reg("emir.hodzic@mail.example", "Emir Hodžić", "Bosanskohercegovačko kulturno društvo „Ljiljan“ Münster",
        ["AG1", "AG3"], 1, "bs"))

# 024: change, reply to our confirmation with inline '>' quoting; the quote says AG 1, the new text asks to move to AG 3 -> change [AG3].
n = 24
conf = confirmation("Herr Arslan", "AG 1", T1, 2)
body = f"""Hallo,

{quote(conf.split(chr(10) + chr(10))[0])}
>
{quote(conf.split(chr(10) + chr(10))[1])}
>
> Wir haben Sie eingetragen für: AG 1 ({T1}), 2 Personen.

Danke! Können Sie uns bitte in die AG 3 umbuchen? Unser Kassierer kommt mit und
interessiert sich mehr für Fördermittel. Die Personenzahl bleibt bei 2.

> Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Gruß
Fatih Arslan
Türkisch-Islamischer Kulturverein Coerde
"""
add(n, "arslan-change-inline-quote-to-ag3", [
    ("From", addr("Fatih Arslan", "fatih.arslan@gmx.example")),
    ("To", OURS_H),
    ("Subject", "Re: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Message-ID", mid(n, "gmx.example")),
    ("In-Reply-To", "<bestaetigung-0131-06@muenster.example>"),
    ("References", "<bestaetigung-0131-06@muenster.example>"),
    ("User-Agent", "Mozilla/5.0 Thunderbird/115.7.0"),
], plain(body, "utf-8", "quoted-printable"),
    change("fatih.arslan@gmx.example", "Fatih Arslan", "Türkisch-Islamischer Kulturverein Coerde", ["AG3"], None, "de"))

# 025: Albanian; AG by topic ("mundësitë e financimit dhe menaxhimi i shoqatës"), "me dy kolegë ... gjithsej tre persona" -> 3.
n = 25
body = """Përshëndetje,

Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve.
Do të marr pjesë në grupin e punës për mundësitë e financimit dhe menaxhimin e shoqatës.
Do të vij me dy kolegë nga shoqata jonë, gjithsej tre persona.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
Tel. 0176 22 33 44 55
"""
add(n, "krasniqi-albanian-funding-three", [
    ("From", addr("Arben Krasniqi", "arben.krasniqi@mail.example")),
    ("To", OURS),
    ("Subject", "Regjistrim - MSO-Tag 2027"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "quoted-printable"),
    reg("arben.krasniqi@mail.example", "Arben Krasniqi", 'Shoqata Kulturore Shqiptare "Iliria" Münster',
        ["AG3"], 3, "sq"))

# 026: phone-typed German, all lower case, "fur ag2 bin alleine"; signature only a first name, so the full name comes from the From display -> Samira Haddad, AG2, 1, no organisation.
n = 26
body = """hallo ich melde mich an fur ag2 bin alleine
lg samira

Von meinem iPhone gesendet
"""
add(n, "haddad-phone-typed-ag2", [
    ("From", addr("Samira Haddad", "samira.h@icloud.example")),
    ("To", OURS),
    ("Subject", "Anmeldung"),
    ("Message-ID", "<8E2F1C0A-77B3-4D2E-9A61-3C5E0F1B2A9D@icloud.example>"),
    ("X-Mailer", "iPhone Mail (21D61)"),
], plain(body, "us-ascii", "7bit"),
    reg("samira.h@icloud.example", "Samira Haddad", None, ["AG2"], 1, "de"))

# 027: English question (interpretation, livestream); registers no one.
n = 27
body = """Hi,

a couple of questions about the MSO Day on 13 March:
- Will there be interpretation into English, or materials in English?
- Is there a livestream for people who cannot come in person?

If yes, I will register afterwards.

Thanks a lot,
Daniel Okafor
"""
add(n, "okafor-english-question", [
    ("From", addr("Daniel Okafor", "daniel.okafor@gmail.example")),
    ("To", OURS),
    ("Subject", "Question about the MSO Day"),
    ("Message-ID", mid(n, "mail.gmail.example")),
], plain(body, "utf-8", "7bit"),
    person("question", "daniel.okafor@gmail.example", "Daniel Okafor", None, "en"))

# 028: Spanish, "nos inscribimos" signed by a couple: "we" -> 2; the attendee named in From and first in the signature is Lucía Romero; AG by topic (sistema educativo) -> AG1. Ambiguous: two names sign, so a careful program should let a human check the name and the count of 2 taken from "we".
n = 28
body = """Hola:

Nos inscribimos para el grupo de trabajo sobre el sistema educativo.
¡Muchas gracias por la invitación!

Saludos cordiales,
Lucía y Andrés Romero
Asociación Latinoamericana "Encuentro" Münster
"""
add(n, "romero-spanish-couple-we", [
    ("From", addr("Lucía Romero", "lucia.romero@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Inscripción Día de las Organizaciones de Migrantes")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "iso-8859-1", "quoted-printable"),
    reg("lucia.romero@mail.example", "Lucía Romero", 'Asociación Latinoamericana "Encuentro" Münster',
        ["AG1"], 2, "es"))

# 029: Italian cancellation, top-posted over our confirmation, with a long legal disclaimer.
n = 29
conf = confirmation("Giuseppe Russo", "AG 2", T2, 1)
body = f"""Gentili signori,

purtroppo devo annullare la mia iscrizione al MSO-Tag del 13 marzo per motivi di lavoro.
Mi dispiace molto, spero di partecipare l'anno prossimo.

Cordiali saluti
Giuseppe Russo
Comunità Italiana di Münster

AVVISO DI RISERVATEZZA: Le informazioni contenute in questo messaggio sono riservate e
destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore,
vi preghiamo di cancellarlo e di darne comunicazione al mittente.

Il giorno mer 3 feb 2027 alle ore 11:20 Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> ha scritto:
{quote(conf)}
"""
add(n, "russo-italian-cancellation", [
    ("From", addr("Giuseppe Russo", "g.russo@libero.example")),
    ("To", OURS),
    ("Subject", "R: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Message-ID", mid(n, "libero.example")),
    ("In-Reply-To", "<bestaetigung-0203-11@muenster.example>"),
    ("References", "<bestaetigung-0203-11@muenster.example>"),
], plain(body, "utf-8", "quoted-printable"),
    person("cancellation", "g.russo@libero.example", "Giuseppe Russo", "Comunità Italiana di Münster", "it"))

# 030: German cancellation, Outlook reply to the confirmation (HTML + text).
n = 30
conf = confirmation("Frau Haidari", "AG 3", T3, 1)
txt = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am MSO-Tag absagen, ich bin an dem Wochenende beruflich verreist.
Bitte geben Sie meinen Platz weiter.

Freundliche Grüße
Nargis Haidari
Afghanischer Frauenverein Münster e.V.

Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 2. Februar 2027 16:05
An: Haidari, Nargis <n.haidari@afv-muenster.example>
Betreff: Ihre Anmeldung zum MSO-Tag 2027

{conf}
"""
paras = ["Sehr geehrte Damen und Herren,", "",
         "leider muss ich meine Teilnahme am MSO-Tag absagen, ich bin an dem Wochenende beruflich verreist.",
         "Bitte geben Sie meinen Platz weiter.", "", "Freundliche Grüße", "Nargis Haidari",
         "Afghanischer Frauenverein Münster e.V.", "",
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
         "<b>Von:</b> Tag der Migrantenselbstorganisationen &lt;mso-tag@muenster.example&gt;<br>"
         "<b>Gesendet:</b> Dienstag, 2. Februar 2027 16:05<br>"
         "<b>An:</b> Haidari, Nargis &lt;n.haidari@afv-muenster.example&gt;<br>"
         "<b>Betreff:</b> Ihre Anmeldung zum MSO-Tag 2027", "</div>"] + conf.splitlines()
add(n, "haidari-cancellation-outlook", [
    ("From", addr("Haidari, Nargis", "n.haidari@afv-muenster.example")),
    ("To", OURS_H),
    ("Subject", "AW: Ihre Anmeldung zum MSO-Tag 2027"),
    ("Message-ID", mid(n, "afv-muenster.example")),
    ("In-Reply-To", "<bestaetigung-0202-09@muenster.example>"),
    ("References", "<bestaetigung-0202-09@muenster.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], multipart("alternative", [plain(txt, "windows-1252", "quoted-printable"),
                             html(html_doc(paras, "windows-1252"), "windows-1252", "quoted-printable")],
             "_000_AM9PR07MB7155A1B2C3D4E5F6AM9PR07MB7155eurp_"),
    person("cancellation", "n.haidari@afv-muenster.example", "Nargis Haidari",
           "Afghanischer Frauenverein Münster e.V.", "de"))

# 031: Brazilian Portuguese; "grupo 3 – captação de recursos", "eu e mais duas pessoas" -> 3; mentions an attachment ("segue em anexo") that was forgotten.
n = 31
body = """Olá!

Gostaria de inscrever a nossa associação no grupo 3 – captação de recursos e gestão.
Vamos eu e mais duas pessoas da diretoria.
Segue em anexo a apresentação da nossa associação.

Abraços,
Fernanda Costa
Associação Cultural Brasileira de Münster
"""
add(n, "costa-portuguese-grupo3-forgot-attachment", [
    ("From", addr("Fernanda Costa", "fernanda.costa@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Inscrição - Dia das Organizações de Migrantes")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("fernanda.costa@mail.example", "Fernanda Costa", "Associação Cultural Brasileira de Münster",
        ["AG3"], 3, "pt"))

# 032: French, ISO-8859-1, multipart/alternative; "l'atelier n°1 en premier choix, sinon l'atelier 2" -> [AG1, AG2]; "je viendrai seul" -> 1.
n = 32
txt = """Bonjour,

Je souhaite m'inscrire à la journée des organisations de migrants du 13 mars.
Je choisis l'atelier n°1 (éducation) en premier choix, sinon l'atelier 2.
Je viendrai seul.

Cordialement,
Mamadou Diallo
Président, Association des Sénégalais de Münster
"""
htm = html_doc(["Bonjour,", "", "Je souhaite m'inscrire à la journée des organisations de migrants du 13 mars.",
                "Je choisis l'atelier n°1 (éducation) en premier choix, sinon l'atelier 2.",
                "Je viendrai seul.", "", "Cordialement,", "Mamadou Diallo",
                "Président, Association des Sénégalais de Münster"], "iso-8859-1", outlook=False)
add(n, "diallo-french-latin1-atelier1-sinon-2", [
    ("From", addr("Mamadou Diallo", "mamadou.diallo@orange.example")),
    ("To", OURS),
    ("Subject", hdr("Inscription journée MSO", "iso-8859-1")),
    ("Message-ID", mid(n, "orange.example")),
], multipart("alternative", [plain(txt, "iso-8859-1", "quoted-printable"),
                             html(htm, "iso-8859-1", "quoted-printable")], "=_alt_7c1e9a2b_32"),
    reg("mamadou.diallo@orange.example", "Mamadou Diallo", "Association des Sénégalais de Münster",
        ["AG1", "AG2"], 1, "fr"))

# 033: spam (SEO offer) in English -> other.
n = 33
body = """Hello Team,

I came across your website muenster.example and noticed it is not ranking on the first page of Google
for your main keywords. We can get you to TOP 3 in 30 days. Register now for a free audit!

Reply "YES" to get the price list.

Kind regards,
Ryan | SEO Growth Experts
"""
add(n, "spam-seo-offer", [
    ("From", addr("Ryan Miller", "ryan.growth@seo-top-rank.example")),
    ("To", OURS),
    ("Subject", "Re: Proposal for your website ranking"),
    ("Message-ID", mid(n, "seo-top-rank.example")),
], plain(body, "utf-8", "7bit"),
    machine("other"))

# 034: Vietnamese; "nhóm làm việc số 2", "cùng chồng tôi" (with my husband) -> 2.
n = 34
body = """Kính gửi Ban tổ chức,

Tôi xin đăng ký tham gia Ngày các tổ chức người di cư ngày 13 tháng 3.
Tôi muốn tham gia nhóm làm việc số 2.
Tôi sẽ đi cùng chồng tôi.

Trân trọng,
Nguyễn Thị Lan
Hội Người Việt tại Münster
"""
add(n, "nguyen-vietnamese-group2-husband", [
    ("From", addr("Nguyễn Thị Lan", "lan.nguyen@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Đăng ký MSO-Tag 2027")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("lan.nguyen@mail.example", "Nguyễn Thị Lan", "Hội Người Việt tại Münster", ["AG2"], 2, "vi"))

# 035: Turkish change of party size only: registered as 2, now "toplam 4 kişi"; the workgroup stays the same ("çalışma grubu aynı kalsın") -> change, workgroups [], party 4.
n = 35
body = """Merhaba,

geçen hafta 2 kişi olarak kaydolmuştuk. Derneğimizden iki kişi daha gelmek istiyor,
yani toplam 4 kişi olacağız. Çalışma grubu aynı kalsın.

Teşekkürler,
Mehmet Demir
Anadolu Kültür Derneği Münster
"""
add(n, "demir-turkish-change-party-4", [
    ("From", addr("Mehmet Demir", "mehmet.demir@hotmail.example")),
    ("To", OURS),
    ("Subject", hdr("Kayıt değişikliği - MSO-Tag")),
    ("Message-ID", mid(n, "hotmail.example")),
], plain(body, "iso-8859-9", "quoted-printable"),
    change("mehmet.demir@hotmail.example", "Mehmet Demir", "Anadolu Kültür Derneği Münster", [], 4, "tr"),
    tz=3)

# 036: Tigrinya with a German subject; "ጉጅለ ስራሕ 3" (working group 3), "በይነይ" (alone) -> 1.
n = 36
body = """ሰላም፡

ኣብ መዓልቲ ማሕበራት ስደተኛታት ክሳተፍ እደሊ።
ኣብ ጉጅለ ስራሕ 3 (ሓገዝ ገንዘብን ምምሕዳር ማሕበርን) ክሳተፍ እደሊ።
በይነይ እየ ዝመጽእ።

ምስ ሰላምታ
ዮናስ ተስፋይ
ማሕበረሰብ ኤርትራውያን ሙንስተር
"""
add(n, "tesfay-tigrinya-group3", [
    ("From", addr("ዮናስ ተስፋይ", "yonas.tesfay@mail.example")),
    ("To", OURS),
    ("Subject", "Anmeldung MSO-Tag"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("yonas.tesfay@mail.example", "ዮናስ ተስፋይ", "ማሕበረሰብ ኤርትራውያን ሙንስተር", ["AG3"], 1, "ti"))

# 037: Somali; "kooxda shaqada ee waxbarashada (koox 1)", "laba qof: aniga iyo walaashay" -> 2.
n = 37
body = """Asc,

Waxaan rabaa inaan iska diiwaangeliyo maalinta ururada muhaajiriinta ee 13 March.
Waxaan doonayaa kooxda shaqada ee waxbarashada (koox 1).
Waxaan nahay laba qof: aniga iyo walaashay.

Mahadsanid,
Hodan Warsame
Ururka Haweenka Soomaaliyeed Münster
"""
add(n, "warsame-somali-education-sister", [
    ("From", addr("Hodan Warsame", "hodan.warsame@mail.example")),
    ("To", OURS),
    ("Subject", "Diiwaangelin MSO-Tag"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "quoted-printable"),
    reg("hodan.warsame@mail.example", "Hodan Warsame", "Ururka Haweenka Soomaaliyeed Münster", ["AG1"], 2, "so"))

# 038: Outlook out-of-office without Auto-Submitted (only X-Auto-Response-Suppress and the subject "Automatische Antwort:"), German + Turkish; says "I will register after my return" -> auto_reply.
n = 38
body = """Ich bin vom 15.02. bis 26.02.2027 im Urlaub und habe keinen Zugriff auf meine E-Mails.
Nach meiner Rückkehr melde ich mich gern – auch zum MSO-Tag.

26.02.2027 tarihine kadar izindeyim. Döndükten sonra size cevap vereceğim.

Emine Çelik
"""
add(n, "celik-outlook-automatic-reply", [
    ("From", addr("Emine Çelik", "emine.celik@tgm-muenster.example")),
    ("To", OURS),
    ("Subject", hdr("Automatische Antwort: Erinnerung: Anmeldung zum MSO-Tag 2027")),
    ("Message-ID", mid(n, "tgm-muenster.example")),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "emine.celik@tgm-muenster.example"),
    ("Thread-Topic", "Erinnerung: Anmeldung zum MSO-Tag 2027"),
], plain(body, "utf-8", "quoted-printable"),
    machine("auto_reply"))

# 039: Tamil; "இரண்டாவது பணிக்குழு" (the second working group), "மூன்று பேர்" (three persons) -> 3; Latin signature and a German association name.
n = 39
body = """வணக்கம்,

புலம்பெயர்ந்தோர் அமைப்புகளின் தினத்தில் கலந்துகொள்ள விரும்புகிறோம்.
இரண்டாவது பணிக்குழுவில் (மியூன்ஸ்டரின் எதிர்காலம்) பங்கேற்க விரும்புகிறோம்.
நாங்கள் மூன்று பேர் வருவோம்.

நன்றி,
Suresh Kumar
Tamilischer Kulturverein Münster e.V.
"""
add(n, "kumar-tamil-second-group-three", [
    ("From", addr("Suresh Kumar", "suresh.kumar@mail.example")),
    ("To", OURS),
    ("Subject", hdr("MSO-Tag Anmeldung / பதிவு")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("suresh.kumar@mail.example", "Suresh Kumar", "Tamilischer Kulturverein Münster e.V.", ["AG2"], 3, "ta"))

# 040: learner German question (may I come without being in an association?); registers no one.
n = 40
body = """Guten Tag,

ich bin neu in Münster seit November. Ich bin nicht in einem Verein.
Kann ich trotzdem kommen zu dem MSO-Tag? Oder ist nur für Vereine?

Vielen Dank für Antwort
Mehwish Iqbal
"""
add(n, "iqbal-learner-question-no-association", [
    ("From", addr("Mehwish Iqbal", "mehwish.iqbal@gmail.example")),
    ("To", OURS),
    ("Subject", "Frage"),
    ("Message-ID", mid(n, "mail.gmail.example")),
], plain(body, "utf-8", "8bit"),
    person("question", "mehwish.iqbal@gmail.example", "Mehwish Iqbal", None, "de"))

# 041: Urdu; "ورکنگ گروپ نمبر 1 (تعلیمی نظام)", "صرف میں اکیلا" (only me) -> 1; Latin signature.
n = 41
body = """السلام علیکم،

میں ایم ایس او ڈے میں شرکت کے لیے اپنا نام درج کروانا چاہتا ہوں۔
میں ورکنگ گروپ نمبر 1 (تعلیمی نظام) میں شامل ہونا چاہوں گا۔
صرف میں اکیلا آؤں گا۔

شکریہ،
Imran Butt
Pakistan Community Münster e.V.
"""
add(n, "butt-urdu-group1", [
    ("From", addr("Imran Butt", "imran.butt@mail.example")),
    ("To", OURS),
    ("Subject", hdr("MSO-Tag رجسٹریشن")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("imran.butt@mail.example", "Imran Butt", "Pakistan Community Münster e.V.", ["AG1"], 1, "ur"))

# 042: learner German cancellation ("Bitte löschen Sie meine Anmeldung"), family reason.
n = 42
body = """Sehr geehrte Damen und Herren,

leider ich kann nicht kommen am 13. März. Meine Mutter ist krank und ich muss in die Türkei fliegen.
Bitte löschen Sie meine Anmeldung für die AG 1.

Vielen Dank und Entschuldigung
Khaled Al-Hassan
Syrischer Kulturverein Münster
"""
add(n, "alhassan-learner-cancellation", [
    ("From", addr("Khaled Al-Hassan", "khaled.alhassan@gmx.example")),
    ("To", OURS),
    ("Subject", "Abmeldung MSO Tag"),
    ("Message-ID", mid(n, "gmx.example")),
], plain(body, "utf-8", "quoted-printable"),
    person("cancellation", "khaled.alhassan@gmx.example", "Khaled Al-Hassan", "Syrischer Kulturverein Münster", "de"))

# 043: "WG:" forward of the invitation that reached her via the umbrella association; new text above: "AG II", "unsere ehrenamtliche Übersetzerin" -> 2. The forwarded note of the umbrella association recommends AG 3 ("meldet euch gern für AG 3 an") -- quoted, so it does not count.
n = 43
body = f"""Hallo liebes MSO-Team,

ich habe die Einladung von unserem Dachverband weitergeleitet bekommen und möchte mich
für die AG II anmelden. Ich bringe unsere ehrenamtliche Übersetzerin mit, wir sind also zwei Personen.

Herzliche Grüße
Cornelia Ndiaye
Afrika-Forum Münster e.V.
Geschäftsstelle: Hafenstraße 3, 48153 Münster

---------- Weitergeleitete Nachricht ---------
Von: Dachverband der Migrantenorganisationen Münster <info@dmo-muenster.example>
Date: Mo., 8. Feb. 2027 um 09:30 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: <mitglieder@dmo-muenster.example>

Liebe Mitgliedsvereine,

anbei die Einladung der Stadt. Bitte meldet euch direkt bei der Stadt an.
Wer Fördermittel beantragen will, meldet sich gern für AG 3 an.

Viele Grüße, euer DMO-Vorstand

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Do., 28. Jan. 2027 um 10:15 Uhr
Subject: {INVITATION_SUBJECT}

{INVITATION}
"""
add(n, "ndiaye-forward-ag-ii-translator", [
    ("From", addr("Cornelia Ndiaye", "c.ndiaye@afrika-forum-ms.example")),
    ("To", OURS),
    ("Subject", hdr("WG: WG: " + INVITATION_SUBJECT)),
    ("Message-ID", mid(n, "afrika-forum-ms.example")),
    ("User-Agent", "Mozilla/5.0 Thunderbird/128.3.0"),
], plain(body, "utf-8", "quoted-printable"),
    reg("c.ndiaye@afrika-forum-ms.example", "Cornelia Ndiaye", "Afrika-Forum Münster e.V.", ["AG2"], 2, "de"))

# 044: Pashto question through the city contact form; the relay carries Auto-Submitted: auto-generated, but the person (Reply-To) asks whether there is an interpreter -> question, not auto_reply (dropping it would lose a person's question).
n = 44
body = """Folgende Nachricht wurde über das Kontaktformular auf www.muenster.example gesendet:

Formular:          Allgemeine Anfrage Amt für Migration
Name:              Gul Ahmad Zazai
E-Mail:            gulahmad.zazai@mail.example
Organisation:      -
Nachricht:
سلام، زه غواړم پوه شم چې ایا د MSO ورځې لپاره ژباړونکی شته؟
زه الماني ژبه ښه نه پوهیږم. مننه

--
Diese Nachricht wurde über das Online-Formular der Stadt Münster erzeugt.
Bitte antworten Sie nicht an no-reply@muenster.example, sondern an die oben genannte Adresse.
"""
add(n, "zazai-pashto-question-contact-form", [
    ("From", addr("Stadt Münster Kontaktformular", "no-reply@muenster.example")),
    ("Reply-To", "gulahmad.zazai@mail.example"),
    ("To", OURS),
    ("Subject", "Kontaktformular: Allgemeine Anfrage"),
    ("Message-ID", mid(n, "formulare.muenster.example")),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "Formularserver Stadt Muenster 4.2"),
], plain(body, "utf-8", "base64"),
    person("question", "gulahmad.zazai@mail.example", "Gul Ahmad Zazai", None, "ps"))

# 045: substitution from the association's shared mailbox: Grace Mensah (mail 009) cannot come, the chairman comes instead, "same AG", confirm to his address -> change, workgroups [], email his. Ambiguous: a change of person is not a change of workgroup or party size; a careful program should ask a human (new name, new address, old registration to be found under another address).
n = 45
body = """Guten Tag,

unsere Sekretärin Frau Grace Mensah ist am 13. März leider verhindert.
An ihrer Stelle kommt unser Vorsitzender Kwame Boateng, gleiche AG.
Bitte schicken Sie die Bestätigung an ihn: kwame.boateng@mail.example

Vielen Dank
Kwame Boateng
Ghanaian Union Münster e.V.
"""
add(n, "ghanaian-union-substitution", [
    ("From", addr("Ghanaian Union Münster", "info@ghanaian-union-ms.example")),
    ("To", OURS),
    ("Subject", "Anmeldung Ghanaian Union - Personenwechsel"),
    ("Message-ID", mid(n, "ghanaian-union-ms.example")),
], plain(body, "utf-8", "quoted-printable"),
    change("kwame.boateng@mail.example", "Kwame Boateng", "Ghanaian Union Münster e.V.", [], None, "de"))

# 046: Armenian; "երկրորդ աշխատանքային խումբ" (the second working group), "կնոջս հետ" (with my wife) -> 2.
n = 46
body = """Բարև Ձեզ,

ցանկանում եմ գրանցվել միգրանտական կազմակերպությունների օրվան՝ մարտի 13-ին։
Կցանկանայի մասնակցել երկրորդ աշխատանքային խմբին։
Կգամ կնոջս հետ։

Հարգանքով՝
Արամ Պետրոսյան
Հայկական մշակութային միություն Մյունստեր
"""
add(n, "petrosyan-armenian-second-group-wife", [
    ("From", addr("Արամ Պետրոսյան", "aram.petrosyan@mail.example")),
    ("To", OURS),
    ("Subject", hdr("Գրանցում MSO-Tag 2027")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    reg("aram.petrosyan@mail.example", "Արամ Պետրոսյան", "Հայկական մշակութային միություն Մյունստեր",
        ["AG2"], 2, "hy"))

# 047: learner German change: registered two for AG 1, the colleague is ill, "ich komme allein" -> change, workgroups [] (AG 1 is only named as the existing registration, no new choice), party 1.
n = 47
body = """Guten Tag,

ich habe angemeldet mich und meine Kollegin für AG 1. Meine Kollegin ist leider krank.
Ich komme allein, also nur eine Person.

Mit freundlichen Grüßen
Irina Smirnova
Deutsch-Russisches Kulturhaus Münster
"""
add(n, "smirnova-change-only-me", [
    ("From", addr("Irina Smirnova", "irina.smirnova@web.example")),
    ("To", OURS),
    ("Subject", hdr("Änderung Anmeldung")),
    ("Message-ID", mid(n, "web.example")),
], plain(body, "utf-8", "8bit"),
    change("irina.smirnova@web.example", "Irina Smirnova", "Deutsch-Russisches Kulturhaus Münster", [], 1, "de"))

# 048: German question (one mail for all members? certificate of attendance?); registers no one.
n = 48
body = """Sehr geehrte Damen und Herren,

zwei Fragen zur Anmeldung für den MSO-Tag:
Muss sich jedes Mitglied unseres Vereins einzeln anmelden, oder reicht eine Mail für alle?
Und bekommen die Teilnehmenden eine Teilnahmebescheinigung?

Mit freundlichen Grüßen
Ali Reza Ahmadi
Schriftführer, Afghanischer Kulturverein Münster e.V.
"""
add(n, "ahmadi-question-one-mail-for-all", [
    ("From", addr("Ali Reza Ahmadi", "alireza.ahmadi@posteo.example")),
    ("To", OURS),
    ("Subject", "Fragen zur Anmeldung MSO-Tag"),
    ("Message-ID", mid(n, "posteo.example")),
], plain(body, "utf-8", "quoted-printable"),
    person("question", "alireza.ahmadi@posteo.example", "Ali Reza Ahmadi", "Afghanischer Kulturverein Münster e.V.", "de"))

# 049: HTML-only mail (utf-8, base64) from a shared mailbox; "1. Wahl: Zukunftsprozess, 2. Wahl: egal" -> [AG2]; "wir sind zu dritt: Herr Baran, Frau Yıldız und ich" -> 3; writer in the signature.
n = 49
paras = ["Sehr geehrtes Team des MSO-Tags,", "",
         "hiermit melden wir uns für den 13. März an.",
         "<b>1. Wahl:</b> Zukunftsprozess<br><b>2. Wahl:</b> egal",
         "Wir sind zu dritt: Herr Baran, Frau Yıldız und ich.", "",
         "Mit freundlichen Grüßen", "",
         "Dilan Özer", "Projektkoordination",
         "Kurdisches Kulturzentrum Münster e.V.",
         "Tel. 0251 / 28 37 46 · info@kkz-ms.example",
         '<img src="cid:logo_kkz.png" alt="Logo KKZ">']
add(n, "oezer-html-only-wahl-zu-dritt", [
    ("From", addr("Kurdisches Kulturzentrum", "info@kkz-ms.example")),
    ("To", OURS),
    ("Subject", hdr("Anmeldung Kurdisches Kulturzentrum")),
    ("Message-ID", mid(n, "kkz-ms.example")),
], html(html_doc(paras, "utf-8", outlook=False), "utf-8", "base64"),
    reg("info@kkz-ms.example", "Dilan Özer", "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 3, "de"))

# 050: ticket-system receipt from an organisation's help desk -> auto_reply.
n = 50
body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer #2027030217 erfasst.
Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von 5 Werktagen.

Bitte ändern Sie bei Rückfragen den Betreff dieser E-Mail nicht.

Ihr Service-Team
Bildungswerk Interkulturell gGmbH
"""
add(n, "ticket-receipt-bildungswerk", [
    ("From", addr("Service-Team Bildungswerk", "service@bildungswerk-ik.example")),
    ("To", OURS),
    ("Subject", hdr("[Ticket#2027030217] Eingangsbestätigung: Erinnerung: Anmeldung zum MSO-Tag 2027")),
    ("Message-ID", mid(n, "bildungswerk-ik.example")),
    ("Auto-Submitted", "auto-replied"),
    ("X-OTRS-Loop", "yes"),
    ("Precedence", "auto_reply"),
], plain(body, "utf-8", "quoted-printable"),
    machine("auto_reply"))

# 051: Apple Mail top-post over our confirmation (AG 1, 2 persons): "jetzt doch zu dritt statt zu zweit" and "lieber in die AG 2 statt AG 1" -> change [AG2], party 3.
n = 51
conf = confirmation("Frau Rahimi", "AG 1", T1, 2)
body = f"""Hallo nochmal,

kleine Änderung: Wir sind jetzt doch zu dritt statt zu zweit, und wir würden lieber in die
AG 2 statt AG 1 gehen, wenn da noch Platz ist.

Liebe Grüße
Soraya Rahimi

> Am 04.02.2027 um 14:12 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
{quote(conf)}
"""
add(n, "rahimi-change-apple-mail-ag2-three", [
    ("From", addr("Soraya Rahimi", "soraya.rahimi@me.example")),
    ("To", OURS_H),
    ("Subject", hdr("Re: Ihre Anmeldung zum MSO-Tag 2027")),
    ("Message-ID", "<3F1D7B2A-6C4E-4E0B-8F25-91A7C3D5E6F8@me.example>"),
    ("In-Reply-To", "<bestaetigung-0204-14@muenster.example>"),
    ("References", "<bestaetigung-0204-14@muenster.example>"),
    ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
], plain(body, "utf-8", "quoted-printable"),
    change("soraya.rahimi@me.example", "Soraya Rahimi", None, ["AG2"], 3, "de"))

# 052: phone-typed German cancellation for the family ("wir müssen leider absagen").
n = 52
body = """Hallo, wir müssen leider absagen, unser Sohn hat an dem Tag Turnier. Sorry!!
Gruß Familie Osmani

Von meinem Samsung Galaxy Smartphone gesendet.
"""
add(n, "osmani-phone-cancellation", [
    ("From", addr("Besnik Osmani", "besnik.osmani@gmail.example")),
    ("To", OURS),
    ("Subject", "Absage"),
    ("Message-ID", mid(n, "mail.gmail.example")),
], plain(body, "utf-8", "base64"),
    person("cancellation", "besnik.osmani@gmail.example", "Besnik Osmani", None, "de"))

# 053: Exchange non-delivery report in German ("Unzustellbar:"), mailbox full, for our confirmation.
n = 53
notice_txt = """Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

vorsitz@vietnam-verein-ms.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.
Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: MX2.muenster.example
vorsitz@vietnam-verein-ms.example
Remote Server returned '552 5.2.2 Mailbox full'
"""
status = """Reporting-MTA: dns;MX2.muenster.example
Received-From-MTA: dns;MX1.muenster.example
Arrival-Date: Thu, 4 Mar 2027 16:43:40 +0000

Final-Recipient: rfc822;vorsitz@vietnam-verein-ms.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full
Remote-MTA: dns;mail.vietnam-verein-ms.example
"""
orig = """From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: <vorsitz@vietnam-verein-ms.example>
Subject: Ihre Anmeldung zum MSO-Tag 2027
Date: Thu, 4 Mar 2027 17:43:38 +0100
Message-ID: <bestaetigung-0304-03@muenster.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""
add(n, "exchange-ndr-mailbox-full", [
    ("From", addr("Microsoft Outlook", "postmaster@muenster.example")),
    ("To", OURS),
    ("Subject", hdr("Unzustellbar: Ihre Anmeldung zum MSO-Tag 2027")),
    ("Message-ID", mid(n, "MX2.muenster.example")),
    ("Auto-Submitted", "auto-replied"),
    ("Thread-Topic", "Ihre Anmeldung zum MSO-Tag 2027"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
], multipart("report", [
    multipart("alternative", [plain(notice_txt, "utf-8", "quoted-printable"),
                              html(html_doc(notice_txt.replace("<", "&lt;").splitlines(), "utf-8", outlook=False),
                                   "utf-8", "quoted-printable")],
              "_001_a3f9e2c1b0d84e6f9c2a7b5d1e3f4a6b_"),
    raw_part(["Content-Type: message/delivery-status"], status),
    raw_part(["Content-Type: text/rfc822-headers"], orig),
], "_000_a3f9e2c1b0d84e6f9c2a7b5d1e3f4a6b_", params=" report-type=delivery-status;"),
    machine("bounce", "vorsitz@vietnam-verein-ms.example"))

# 054: cancellation for a registration made by someone else (Greek community, mail 022), written by another board member in German -> cancellation, email = writer. Ambiguous: the registration to cancel is under another address (Papadopoulou's); a careful program should ask a human.
n = 54
body = """Sehr geehrte Damen und Herren,

im Namen des Vorstands der Griechischen Gemeinde Münster muss ich unsere Teilnahme am MSO-Tag
leider absagen (Anmeldung von Frau Papadopoulou, drei Personen). Am selben Tag findet unsere
Jahreshauptversammlung statt, die wir nicht verschieben können.

Wir bitten um Verständnis.

Mit freundlichen Grüßen
Nikos Georgiou
Kassenwart, Griechische Gemeinde Münster e.V.
"""
add(n, "georgiou-cancels-for-community", [
    ("From", addr("Nikos Georgiou", "n.georgiou@otenet.example")),
    ("To", OURS),
    ("Subject", "Absage Griechische Gemeinde"),
    ("Message-ID", mid(n, "otenet.example")),
], plain(body, "iso-8859-15", "quoted-printable"),
    person("cancellation", "n.georgiou@otenet.example", "Nikos Georgiou", "Griechische Gemeinde Münster e.V.", "de"))

# 055: misdirected mail: a person asks about an appointment at the immigration office (Ausländerbehörde) -> other (nothing to do with the event).
n = 55
body = """Guten Tag,

ich brauche dringend einen Termin bei der Ausländerbehörde für die Verlängerung meiner
Aufenthaltserlaubnis, sie läuft am 31.03. ab. Online finde ich keinen freien Termin.
Können Sie mir helfen?

Mit freundlichen Grüßen
Abdirahman Yusuf
"""
add(n, "yusuf-misdirected-auslaenderbehoerde", [
    ("From", addr("Abdirahman Yusuf", "abdirahman.yusuf@gmail.example")),
    ("To", OURS),
    ("Subject", hdr("Termin Ausländerbehörde")),
    ("Message-ID", mid(n, "mail.gmail.example")),
], plain(body, "utf-8", "quoted-printable"),
    machine("other"))

# 056: Dari change: "from group two to group one (education)" -> change [AG1].
n = 56
body = """سلام علیکم،

من قبلاً برای گروه دوم ثبت نام کرده بودم.
اگر امکان دارد، مرا از گروه دوم به گروه اول (آموزش و مکتب) تبدیل کنید.

تشکر،
احمد شاه نوری
انجمن افغان‌های مونستر
"""
add(n, "noori-dari-change-to-group1", [
    ("From", addr("احمد شاه نوری", "ahmadshah.noori@mail.example")),
    ("To", OURS),
    ("Subject", hdr("تغییر گروه - MSO-Tag")),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "base64"),
    change("ahmadshah.noori@mail.example", "احمد شاه نوری", "انجمن افغان‌های مونستر", ["AG1"], None, "fa"))

# 057: German question from someone already registered (lunch? how long are the workgroups?); names her AG only as context -> question, registers no one again.
n = 57
body = """Liebe Organisatoren,

ich bin bereits für die AG 3 angemeldet und habe noch zwei kurze Fragen:
Gibt es am 13.3. ein Mittagessen, oder sollen wir uns selbst versorgen?
Und bis wann ungefähr gehen die Arbeitsgruppen?

Danke und viele Grüße
Ljiljana Marković
Serbisch-Orthodoxe Kirchengemeinde Münster
"""
add(n, "markovic-question-already-registered", [
    ("From", addr("Ljiljana Marković", "lj.markovic@mail.example")),
    ("To", OURS),
    ("Subject", "Fragen zum Ablauf"),
    ("Message-ID", mid(n, "mail.example")),
], plain(body, "utf-8", "quoted-printable"),
    person("question", "lj.markovic@mail.example", "Ljiljana Marković", "Serbisch-Orthodoxe Kirchengemeinde Münster", "de"))

# 058: cancellation through the city contact form relay: the person is in Reply-To and in the form; "bitte streichen Sie mich von der Liste für AG 3" -> cancellation.
n = 58
body = """Folgende Nachricht wurde über das Kontaktformular auf www.muenster.example gesendet:

Formular:          Anmeldung MSO-Tag 2027
Name:              Wojciech Zieliński
E-Mail:            w.zielinski@poczta.example
Organisation:      Polnischer Kulturverein Münster
Arbeitsgruppe:     AG 3
Anzahl Personen:   1
Nachricht:         Ich kann leider doch nicht teilnehmen. Bitte streichen Sie mich von der Liste für AG 3.

--
Diese Nachricht wurde über das Online-Formular der Stadt Münster erzeugt.
Bitte antworten Sie nicht an no-reply@muenster.example, sondern an die oben genannte Adresse.
"""
add(n, "zielinski-contact-form-cancellation", [
    ("From", addr("Stadt Münster Kontaktformular", "no-reply@muenster.example")),
    ("Reply-To", addr("Wojciech Zieliński", "w.zielinski@poczta.example")),
    ("To", OURS),
    ("Subject", hdr("Kontaktformular: Anmeldung MSO-Tag 2027")),
    ("Message-ID", mid(n, "formulare.muenster.example")),
    ("X-Mailer", "Formularserver Stadt Muenster 4.2"),
], plain(body, "utf-8", "quoted-printable"),
    person("cancellation", "w.zielinski@poczta.example", "Wojciech Zieliński", "Polnischer Kulturverein Münster", "de"))

# 059: a city colleague forwards (Outlook "WG:", unquoted original below "-----Ursprüngliche Nachricht-----") a late registration that reached her personal address from the public web page; her own note on top. The registrant is the original writer: his address, name and organisation; "AG Bildung", "nur ich" -> AG1, 1. After the deadline of 6 March: a careful program flags it.
n = 59
body = """Hallo zusammen,

diese Nachmeldung kam heute bei mir an (über die alte Adresse auf der Webseite).
Bitte eintragen, falls noch Platz ist, und Herrn Petrović direkt antworten.

Danke und viele Grüße
Ximena Meza Correa-Flock
Stadt Münster – Amt für Migration und interkulturelle Angelegenheiten
Tel. 0251 492-7058

-----Ursprüngliche Nachricht-----
Von: Goran Petrović <goran.petrovic@mail.example>
Gesendet: Montag, 8. März 2027 09:12
An: Meza Correa-Flock, Ximena <meza-correa-flock@muenster.example>
Betreff: Nachmeldung MSO-Tag

Guten Tag Frau Meza Correa-Flock,

ich weiß, die Anmeldefrist ist eigentlich schon vorbei – ich habe die Einladung erst jetzt gesehen.
Falls noch ein Platz frei ist, würde ich gern in die AG Bildung kommen. Nur ich.

Viele Grüße
Goran Petrović
Serbischer Kulturverein „Vuk Karadžić“ Münster
"""
add(n, "meza-forwards-late-registration-petrovic", [
    ("From", addr("Meza Correa-Flock, Ximena", "meza-correa-flock@muenster.example")),
    ("To", OURS),
    ("Subject", "WG: Nachmeldung MSO-Tag"),
    ("Message-ID", mid(n, "muenster.example")),
    ("Thread-Topic", "Nachmeldung MSO-Tag"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], plain(body, "utf-8", "quoted-printable"),
    reg("goran.petrovic@mail.example", "Goran Petrović", "Serbischer Kulturverein „Vuk Karadžić“ Münster",
        ["AG1"], 1, "de"))

# 060: caterer's offer to the organisers, mentions "90 Personen" and "Anmeldung" -> other.
n = 60
body = """Sehr geehrte Frau Meza Correa-Flock,

wie telefonisch besprochen, anbei unser Angebot für das Catering am 13.03.2027 im Stadtweinhaus:
Mittagsbuffet (vegetarisch/halal) für bis zu 90 Personen, Kaffee und Tee ganztägig.
Bitte geben Sie uns die endgültige Personenzahl nach Ende der Anmeldung bis zum 10.03. durch.

Mit freundlichen Grüßen
Stefan Brinkmann
Brinkmann Catering GmbH & Co. KG · Münster
"""
add(n, "brinkmann-catering-offer", [
    ("From", addr("Stefan Brinkmann", "angebote@brinkmann-catering.example")),
    ("To", OURS),
    ("Subject", hdr("Angebot Catering MSO-Tag 13.03.2027")),
    ("Message-ID", mid(n, "brinkmann-catering.example")),
], multipart("mixed", [plain(body, "utf-8", "quoted-printable"),
                       attachment("application/pdf", "Angebot_2027-0311.pdf", pdf)],
             "----=_NextPart_000_0060_01DB6A2C.4F1E2B30"),
    machine("other"))


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")


def validate(files):
    """Every mail parses without defects, text parts decode strictly, dates rise; records complete."""
    from email.utils import parsedate_to_datetime
    problems = []
    last = None
    for fname, data, exp in files:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() != "message":
                part.get_payload(decode=True)          # decoding records transfer-encoding defects
            for name in part.keys():
                for value in part.get_all(name):
                    if getattr(value, "defects", None):
                        problems.append(f"{fname}: header {name}: {value.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs)
                    part.get_content()
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{fname}: does not decode as {cs}: {e}")
            if part.defects:
                problems.append(f"{fname}: {part.get_content_type()}: {part.defects}")
        for line in data.split(b"\n"):
            if len(line) > 998:
                problems.append(f"{fname}: line longer than 998 octets")
        d = parsedate_to_datetime(str(msg["Date"]))
        if last is not None and d <= last:
            problems.append(f"{fname}: date does not rise")
        last = d
        if not msg["Message-ID"] or not msg["From"] or not msg["To"] or not msg["Subject"]:
            problems.append(f"{fname}: missing a basic header")
        if tuple(exp) != KEYS:
            problems.append(f"{fname}: expected record keys {tuple(exp)}")
        if exp["kind"] in ("auto_reply", "bounce", "other"):
            if any(exp[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
                problems.append(f"{fname}: machine/other record has person fields")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or not exp["language"]:
                problems.append(f"{fname}: person record lacks email/language")
        if exp["kind"] == "bounce" and not exp["bounced_recipient"]:
            problems.append(f"{fname}: bounce without recipient")
        if exp["kind"] == "registration" and not isinstance(exp["party_size"], int):
            problems.append(f"{fname}: registration without party size")
    names = [f for f, _, _ in files]
    if len(set(names)) != len(names) or len(names) != 60:
        problems.append(f"{len(names)} mails, names unique: {len(set(names)) == len(names)}")
    for i, f in enumerate(names, 1):
        if not f.startswith(f"{i:03d}-"):
            problems.append(f"{f}: numbering")
    return problems


def expected_json():
    return json.dumps({f: e for f, _, e in MAILSET}, ensure_ascii=False, indent=1) + "\n"


def stats():
    kinds = Counter(e["kind"] for _, _, e in MAILSET)
    langs = Counter(e["language"] for _, _, e in MAILSET if e["language"])
    print("kinds:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print("languages:", ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    by = Counter((e["kind"], e["language"]) for _, _, e in MAILSET)
    for (k, l), v in sorted(by.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        print(f"  {k:<13} {str(l):<5} {v}")


def main(argv):
    problems = validate(MAILSET)
    if problems:
        print("\n".join(problems))
        return 1
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        bad = []
        for f, data, _ in MAILSET:
            p = MAILS / f
            if not p.exists() or p.read_bytes() != data:
                bad.append(f)
        extra = sorted({p.name for p in MAILS.glob("*.eml")} - {f for f, _, _ in MAILSET})
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != expected_json():
            bad.append("expected.json")
        if bad or extra:
            print("differs:", ", ".join(bad + extra))
            return 1
        print(f"ok: {len(MAILSET)} mails and expected.json match")
        return 0
    MAILS.mkdir(exist_ok=True)
    for p in MAILS.glob("*.eml"):
        p.unlink()
    for f, data, _ in MAILSET:
        (MAILS / f).write_bytes(data)
    (HERE / "expected.json").write_text(expected_json(), encoding="utf-8")
    # re-read what is on disk
    on_disk = [(f, (MAILS / f).read_bytes(), e) for f, _, e in MAILSET]
    problems = validate(on_disk)
    if problems:
        print("\n".join(problems))
        return 1
    print(f"wrote {len(MAILSET)} mails and expected.json; all parse without defects")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
