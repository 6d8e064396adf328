#!/usr/bin/env python3
"""Write the red-team corpus "traps": mails/NNN-slug.eml and expected.json.

Every mail text is in this file.  Each mail's one-line comment names the trap
it sets; where a careful program should flag the mail for review rather than
act, the comment says why.  Labels follow ../../shared/corpus/README.md.

    python3 make_mails.py            rewrite mails/ and expected.json, then re-read and check them
    python3 make_mails.py --check    change nothing; fail when the files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only.  Deterministic output.
"""

import base64
import hashlib
import json
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
OURS = "mso-tag@muenster.example"
OURS_HDR = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CET = timezone(timedelta(hours=1))

# ---------------------------------------------------------------------------
# MIME building (by hand, so that charsets and transfer encodings are exact)
# ---------------------------------------------------------------------------


def hval(text):
    """A header value: ASCII as is, anything else as RFC 2047 UTF-8 words."""
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, "utf-8").encode(maxlinelen=76)


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    """One text/* entity as bytes (LF line ends; converted to CRLF at the end)."""
    raw = text.encode(charset)  # raises if the text does not fit the charset
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    else:
        raise ValueError(cte)
    head = [f"Content-Type: text/{subtype}; charset=\"{charset}\""]
    head.append(f"Content-Transfer-Encoding: {cte}")
    head.extend(extra)
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def raw_entity(ctype, body, extra=()):
    """A non-text entity whose body is given as ASCII/bytes (delivery-status, rfc822)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    head = [f"Content-Type: {ctype}"] + list(extra)
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def multipart(subtype, parts, boundary, params="", preamble=None):
    out = [f"Content-Type: multipart/{subtype}; {params}boundary=\"{boundary}\"\n\n".encode("ascii")]
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def message(headers, entity):
    """headers: list of (name, value); value already ASCII or encoded by hval/addr."""
    lines = []
    for name, value in headers:
        value = value if all(ord(c) < 128 for c in value) else hval(value)
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + entity


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def date(day, hh, mm, month=2):
    return format_datetime(datetime(2027, month, day, hh, mm, 7, tzinfo=CET))


def std(n, frm, subject, day, hh, mm, month=2, to=OURS_HDR, extra=(), domain=None):
    """Usual top headers for mail number n."""
    dom = domain or frm.rsplit("@", 1)[-1].rstrip(">")
    h = [("From", frm), ("To", to), ("Subject", hval(subject)),
         ("Date", date(day, hh, mm, month)),
         ("Message-ID", f"<{hashlib.sha1(f'{n}{frm}'.encode()).hexdigest()[:20].upper()}@{dom}>")]
    h.extend(extra)
    return h


MAILLIST = []


def mail(fname, comment, raw, exp):
    MAILLIST.append((fname, comment, raw, exp))


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


# texts mailbot or the organisers sent and people quote ------------------------

INVITATION_DE = """\
Einladung: Tag der Migrantenselbstorganisationen 2027

Samstag, 13. März 2027, 10:00–16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Je Arbeitsgruppe stehen 30 Plätze zur Verfügung. Bitte melden Sie sich bis
zum 06.03.2027 mit Name, Organisation, gewünschter AG und Zahl der
teilnehmenden Personen an: mso-tag@muenster.example"""


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

# 001 — numbers that are no choice: "2. Vorsitzende", 11 years, house number 2, phone numbers; AG chosen only by the alias "Vereinsmanagement".
mail("001-oezdemir-zweite-vorsitzende.eml", "2. Vorsitzende, years, address, phones; AG3 by alias only",
     message(std(1, addr("Nermin Özdemir", "nermin.oezdemir@dtfv-kinderhaus.example"),
                 "Anmeldung MSO-Tag 13. März", 8, 19, 41,
                 extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
                        ("Content-Language", "de-DE")]),
             leaf("""\
Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am
13. März an. Ich bin seit 11 Jahren im Verein aktiv und seit 2023 die
2. Vorsitzende. Da wir gerade unsere Vereinsfinanzen neu aufstellen,
interessiert mich vor allem die Arbeitsgruppe zum Vereinsmanagement.

Ich komme allein.

Mit freundlichen Grüßen

Nermin Özdemir
2. Vorsitzende
Deutsch-Türkischer Frauenverein Münster-Kinderhaus e.V.
Idenbrockplatz 2, 48159 Münster
Tel. 0251 / 21 43 77 – Mobil 0157 3 22 11 90
""", charset="windows-1252")),
     E("registration", "nermin.oezdemir@dtfv-kinderhaus.example", "Nermin Özdemir",
       "Deutsch-Türkischer Frauenverein Münster-Kinderhaus e.V.", ["AG3"], 1, "de"))

# 002 — inline reply quoting the invitation: capacity 30, times 10–16, all three AG titles quoted; the choice is "the second one" in new text.
mail("002-okafor-inline-quoted-invitation.eml", "capacity/time slots quoted inline; ordinal 'the second one'",
     message(std(2, addr("Samuel Okafor", "s.okafor@nigerian-union-ms.example"),
                 "Re: Einladung: Tag der Migrantenselbstorganisationen 2027", 9, 8, 5,
                 extra=[("In-Reply-To", "<einladung-2027@muenster.example>"),
                        ("References", "<einladung-2027@muenster.example>"),
                        ("User-Agent", "Mutt/2.2.12 (2023-09-09)")]),
             leaf("""\
Dear organisers,

thank you for the invitation. A few lines from it below, with my answers.

> Samstag, 13. März 2027, 10:00–16:00 Uhr
> Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

I will be there from 10.

> AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
> AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
> AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement
>
> Je Arbeitsgruppe stehen 30 Plätze zur Verfügung.

Please put me in the second one. Our union has been in Münster for 25 years
and we want to have a say in how the city plans ahead.

> Bitte melden Sie sich bis zum 06.03.2027 mit Name, Organisation,
> gewünschter AG und Zahl der teilnehmenden Personen an

Only me.

Best regards,
Samuel Okafor
Nigerian Union Münster
+49 251 9876 543
""", charset="utf-8", cte="8bit")),
     E("registration", "s.okafor@nigerian-union-ms.example", "Samuel Okafor",
       "Nigerian Union Münster", ["AG2"], 1, "en"))

# 003 — "AG 1 is full anyway" (Turkish): AG 1 is mentioned first but not chosen; only AG 3 is.
mail("003-aydin-ag1-zaten-dolu.eml", "workgroup mentioned but not chosen: 'AG 1 zaten dolu'",
     message(std(3, addr("Mehmet Aydın", "m.aydin@muenster-tkd.example"),
                 "MSO Günü kayıt", 9, 21, 13,
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
             leaf("""\
Merhaba,

13 Mart'taki MSO Günü'ne katılmak istiyorum. Bir arkadaşım AG 1'in (eğitim
sistemi) zaten dolu olduğunu söyledi, o yüzden beni AG 3'e (dernek yönetimi
ve destek imkânları) yazabilir misiniz?

Tek kişi geleceğim.

Saygılarımla
Mehmet Aydın
Münster Türk Kültür Derneği
""", charset="iso-8859-9")),
     E("registration", "m.aydin@muenster-tkd.example", "Mehmet Aydın",
       "Münster Türk Kültür Derneği", ["AG3"], 1, "tr"))

# 004 — "last year we were in AG 3" (Russian, KOI8-R base64): only AG 2 is this year's choice; "двое" = 2 persons in words.
mail("004-volkova-last-year-ag3.eml", "last year's workgroup; party size as a word",
     message(std(4, addr("Ирина Волкова", "irina.volkova@rus-dom-ms.example"),
                 "Регистрация на MSO-Tag", 10, 12, 30,
                 extra=[("X-Mailer", "Yandex.Mail")]),
             leaf("""\
Здравствуйте!

В прошлом году мы с мужем были в рабочей группе 3, было очень интересно.
В этом году хотим попробовать что-то другое: пожалуйста, запишите нас
в АГ 2 (будущее Мюнстера).

Нас будет двое: я и мой муж, Алексей Волков.

С уважением,
Ирина Волкова
Русский культурный центр "Дом" e.V.
""", charset="koi8-r", cte="base64")),
     E("registration", "irina.volkova@rus-dom-ms.example", "Ирина Волкова",
       'Русский культурный центр "Дом" e.V.', ["AG2"], 2, "ru"))

# 005 — "my colleague goes to AG 1, I'd like AG 2" (Arabic, windows-1256 base64): the colleague registers separately.
mail("005-hassan-colleague-ag1-me-ag2.eml", "colleague's workgroup mentioned; writer alone in AG2",
     message(std(5, addr("ليلى حسن", "layla.hassan@syrian-women-ms.example"),
                 "التسجيل في يوم منظمات المهاجرين", 10, 17, 2),
             leaf("""\
مرحباً،

أود التسجيل في يوم منظمات المهاجرين الذاتية يوم 13 مارس. زميلتي سعاد
ستشارك في مجموعة العمل 1 وقد أرسلت لكم بريداً منفصلاً، أما أنا فأرغب في
المشاركة في مجموعة العمل 2 (مستقبل مدينة مونستر).

سأحضر وحدي.

مع التحية
ليلى حسن
جمعية النساء السوريات في مونستر
""", charset="windows-1256", cte="base64")),
     E("registration", "layla.hassan@syrian-women-ms.example", "ليلى حسن",
       "جمعية النساء السوريات في مونستر", ["AG2"], 1, "ar"))

# 006 — "which is better, 2 or 3?" (Ukrainian, windows-1251 8bit): registers but has NOT chosen; workgroups [] — a careful program flags (must ask), never files her under 2 or 3.
mail("006-melnyk-which-is-better-2-or-3.eml", "undecided between 2 and 3: no choice stated; flag",
     message(std(6, addr("Оксана Мельник", "oksana.melnyk@ukr-hromada.example"),
                 "Реєстрація на 13 березня", 11, 9, 47),
             leaf("""\
Доброго дня!

Я хотіла б зареєструватися на День мігрантських самоорганізацій 13 березня.
Наша громада існує тільки з 2022 року, і я ще не знаю, яка робоча група нам
більше підійде — 2 чи 3? Що б ви порадили? Нам цікаве і майбутнє міста,
і фінансування.

Я буду одна.

З повагою
Оксана Мельник
Українська громада Мюнстера
""", charset="windows-1251", cte="8bit")),
     E("registration", "oksana.melnyk@ukr-hromada.example", "Оксана Мельник",
       "Українська громада Мюнстера", [], 1, "uk"))

# 007 — "not AG 2" (Farsi, Persian digits ۱ ۲ ۱۳): the rejected group comes first.
mail("007-rezaei-not-ag2-persian-digits.eml", "negated workgroup 'کارگروه ۲ ... نیست'; Persian digits",
     message(std(7, addr("مریم رضایی", "m.rezaei@iran-kultur-ms.example"),
                 "ثبت‌نام روز سازمان‌های مهاجران", 11, 20, 16),
             leaf("""\
سلام و وقت بخیر،

برای روز سازمان‌های خودجوش مهاجران در تاریخ ۱۳ مارس ثبت‌نام می‌کنم.
کارگروه ۲ برای من مناسب نیست چون در برنامه‌ریزی شهری فعال نیستیم؛
لطفاً مرا در کارگروه ۱ (آموزش و مدرسه) ثبت کنید.

فقط خودم می‌آیم.

با احترام
مریم رضایی
انجمن فرهنگی ایرانیان مونستر
""", charset="utf-8", cte="base64")),
     E("registration", "m.rezaei@iran-kultur-ms.example", "مریم رضایی",
       "انجمن فرهنگی ایرانیان مونستر", ["AG1"], 1, "fa"))

CONF_BOZKURT = """\
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 15. Februar 2027 09:12
An: Bozkurt, Hakan <hakan.bozkurt@tuerkischer-elternbund.example>
Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

Guten Tag Herr Bozkurt,

vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme:

Arbeitsgruppe: AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
Personen: 2
Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Falls Sie nicht teilnehmen können, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Ihr Organisationsteam"""

# 008 — cancellation that never says "absagen/stornieren": "müssen wir passen", "etwas dazwischengekommen"; Outlook top-post over a confirmation full of AG/persons.
mail("008-bozkurt-muessen-passen.eml", "disguised cancellation ('passen'); quoted confirmation",
     message(std(8, addr("Bozkurt, Hakan", "hakan.bozkurt@tuerkischer-elternbund.example"),
                 "AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027", 22, 7, 58,
                 extra=[("In-Reply-To", "<conf-0042@muenster.example>"),
                        ("References", "<conf-0042@muenster.example>"),
                        ("Thread-Topic", "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
                        ("X-Mailer", "Microsoft Outlook 16.0"),
                        ("Content-Language", "de-DE")]),
             leaf("""\
Hallo zusammen,

leider müssen wir für dieses Jahr passen – bei uns ist kurzfristig etwas
dazwischengekommen. Vielleicht klappt es ja nächstes Mal.

Viele Grüße
Hakan Bozkurt
Türkischer Elternbund Münster

""" + CONF_BOZKURT + "\n", charset="windows-1252")),
     E("cancellation", "hakan.bozkurt@tuerkischer-elternbund.example", "Hakan Bozkurt",
       "Türkischer Elternbund Münster", [], None, "de"))

# 009 — "something came up" bottom-posted under the quoted confirmation (AG 1, 2 persons): no cancel word at all.
mail("009-raman-something-came-up.eml", "disguised cancellation, bottom-posted under the confirmation",
     message(std(9, addr("Priya Raman", "priya.raman@tamil-sangam.example"),
                 "Re: Your registration for the MSO-Tag 2027", 23, 22, 4,
                 extra=[("In-Reply-To", "<conf-0051@muenster.example>"),
                        ("References", "<conf-0051@muenster.example>")]),
             leaf("""\
On Mon, 15 Feb 2027 at 09:14, Tag der Migrantenselbstorganisationen
<mso-tag@muenster.example> wrote:
> Dear Ms Raman,
>
> thank you for registering. We confirm:
>
> Workgroup: AG 1 - People with a migration background in the education system
> Persons: 2
> Date: Saturday, 13 March 2027, 10:00-16:00
> Venue: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
>
> If you cannot attend, please let us know.

Hi, something came up at work and my colleague and I won't make it on the
13th after all. Sorry for the short notice - please give our places to
someone else.

Priya
--
Priya Raman
Tamil Sangam Münster e.V.
""", charset="utf-8", cte="quoted-printable")),
     E("cancellation", "priya.raman@tamil-sangam.example", "Priya Raman",
       "Tamil Sangam Münster e.V.", [], None, "en"))

# 010 — a change sent as a NEW mail (no In-Reply-To): old group 1 named first, new group 3 second (Polish, ISO-8859-2).
mail("010-nowak-change-as-new-mail.eml", "change as a fresh mail; old AG named before new AG",
     message(std(10, addr("Katarzyna Nowak", "k.nowak@polonia-muenster.example"),
                 "MSO-Tag – grupa robocza", 16, 18, 22),
             leaf("""\
Dzień dobry,

w zeszłym tygodniu zapisałam się na Dzień Organizacji Migrantów 13 marca
do grupy roboczej 1 (edukacja). Po rozmowie z zarządem wolałabym jednak
wziąć udział w grupie 3 (zarządzanie stowarzyszeniem i dofinansowanie).
Czy mogą Państwo to zmienić?

Pozdrawiam serdecznie
Katarzyna Nowak
Stowarzyszenie Polonia Münster e.V.
""", charset="iso-8859-2")),
     E("change", "k.nowak@polonia-muenster.example", "Katarzyna Nowak",
       "Stowarzyszenie Polonia Münster e.V.", ["AG3"], None, "pl"))

# 011 — a registration phrased as a question ("Mă puteți trece ... la grupa 2?"): it is a request to be put on the list.
mail("011-popescu-registration-as-question.eml", "registration phrased only as a question",
     message(std(11, addr("Ion Popescu", "ion.popescu@asociatia-romanilor.example"),
                 "Înscriere 13 martie", 12, 13, 9),
             leaf("""\
Bună ziua,

Mă puteți trece și pe mine pe listă pentru Ziua Organizațiilor de Migranți
din 13 martie, la grupa de lucru 2? Vin singur.

Vă mulțumesc frumos!
Ion Popescu
Asociația Românilor din Münster
""", charset="utf-8")),
     E("registration", "ion.popescu@asociatia-romanilor.example", "Ion Popescu",
       "Asociația Românilor din Münster", ["AG2"], 1, "ro"))

# 012 — a question that sounds like a registration ("¿todavía es posible inscribirse en el grupo 2? somos dos"): asks whether and how; nobody is signed up yet — flag or answer, do not register 2 in AG2.
mail("012-fernandez-can-we-still-register.eml", "question that sounds like a registration",
     message(std(12, addr("Lucía Fernández", "lucia.fernandez@casa-latina.example"),
                 "Pregunta inscripción 13 de marzo", 13, 10, 40),
             leaf("""\
Hola:

Una compañera nos reenvió la invitación al Día de las Organizaciones de
Migrantes del 13 de marzo. ¿Todavía es posible inscribirse en el grupo de
trabajo 2? Somos dos personas de la asociación. ¿Hay que rellenar algún
formulario o basta con un correo?

Gracias y saludos,
Lucía Fernández
Casa Latina Münster
""", charset="iso-8859-1", cte="8bit")),
     E("question", "lucia.fernandez@casa-latina.example", "Lucía Fernández",
       "Casa Latina Münster", [], None, "es"))

# 013 — conditional registration: "s'il y a une garde d'enfants, nous viendrons" — nothing to confirm until the question is answered; children's ages 3 and 6.
mail("013-diallo-if-childcare-we-come.eml", "conditional registration (childcare); ages",
     message(std(13, addr("Aminata Diallo", "aminata.diallo@femmes-afrique-ms.example"),
                 "Journée du 13 mars – garde d'enfants ?", 14, 11, 3),
             leaf("""\
Bonjour,

Mon mari et moi aimerions participer à la journée du 13 mars, atelier 1
(éducation). Mais nous avons deux enfants de 3 et 6 ans : est-ce qu'il y
aura une garde d'enfants sur place ? Si oui, nous viendrons tous les deux ;
sinon, malheureusement, ce ne sera pas possible.

Merci d'avance pour votre réponse.
Aminata Diallo
Association des Femmes Africaines de Münster
""", charset="iso-8859-1")),
     E("question", "aminata.diallo@femmes-afrique-ms.example", "Aminata Diallo",
       "Association des Femmes Africaines de Münster", [], None, "fr"))

# 014 — a registration for NEXT year (Italian): cannot come on 13 March, asks to be noted for 2028; names group 3 and "35 soci".
mail("014-russo-next-year.eml", "registration for next year's event; group and member count",
     message(std(14, addr("Giuseppe Russo", "g.russo@circolo-italiano-ms.example"),
                 "MSO-Tag", 14, 16, 55),
             leaf("""\
Buongiorno,

purtroppo quest'anno il 13 marzo abbiamo già la nostra assemblea dei soci
(siamo 35 soci, non possiamo spostarla). Ci interesserebbe però molto il
gruppo di lavoro 3 sulla gestione delle associazioni. Ci sarà di nuovo un
MSO-Tag nel 2028? Potreste segnarci già per l'anno prossimo, o avvisarci
quando si aprono le iscrizioni?

Cordiali saluti
Giuseppe Russo
Circolo Italiano Münster
""", charset="utf-8")),
     E("question", "g.russo@circolo-italiano-ms.example", "Giuseppe Russo",
       "Circolo Italiano Münster", [], None, "it"))

# 015 — reply to the writer's own confirmation (AG 2, 1 person) that registers a COLLEAGUE for AG 1, confirmation to her address; inline quotes. Not a change of Selin's registration.
mail("015-arslan-thanks-and-colleague-too.eml", "reply to confirmation adds a colleague; confirm to her",
     message(std(15, addr("Selin Arslan", "s.arslan@bildungsbruecke.example"),
                 "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027", 16, 9, 31,
                 extra=[("In-Reply-To", "<conf-0063@muenster.example>"),
                        ("References", "<conf-0063@muenster.example>"),
                        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.8.1")]),
             leaf("""\
Liebes Orga-Team,

> vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme:
> Arbeitsgruppe: AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
> Personen: 1

Danke für die schnelle Bestätigung!

Meine Kollegin Ayşe Demir möchte auch gerne kommen, und zwar in die AG 1
(Bildungssystem), das ist genau ihr Thema. Bitte schicken Sie die
Bestätigung direkt an sie: ayse.demir@bildungsbruecke.example

> Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr

Wir sind beide pünktlich da.

Viele Grüße
Selin Arslan
Bildungsbrücke Münster e.V.
""", charset="utf-8")),
     E("registration", "ayse.demir@bildungsbruecke.example", "Ayşe Demir",
       "Bildungsbrücke Münster e.V.", ["AG1"], 1, "de"))

# 016 — the secretary registers the CHAIR, who is not the writer; the confirmation goes to the chair's own address.
mail("016-ali-registers-chairman.eml", "registering the chair; confirmation to another address",
     message(std(16, addr("Hodan Ali", "secretary@somali-community-ms.example"),
                 "Registration MSO-Tag - our chairman", 17, 14, 12),
             leaf("""\
Dear MSO-Tag team,

I am writing on behalf of our chairman, Mr Abdirahman Yusuf. He would like
to take part in workgroup 3 (funding and association management). I will
not attend myself.

Please send the confirmation to him directly:
a.yusuf@somali-community-ms.example

Kind regards
Hodan Ali
Secretary
Somali Community Münster e.V.
Phone 0251 55 66 77
""", charset="utf-8", cte="8bit")),
     E("registration", "a.yusuf@somali-community-ms.example", "Abdirahman Yusuf",
       "Somali Community Münster e.V.", ["AG3"], 1, "en"))

# 017 — two people from two DIFFERENT organisations in one mail: label the writer's record with 2 persons; a careful program flags (the second person needs his own record).
mail("017-markovic-two-orgs-one-mail.eml", "two attendees from different organisations; flag",
     message(std(17, addr("Vesna Marković", "vesna.markovic@srpsko-drustvo.example"),
                 "Anmeldung 13. März (2 Personen)", 17, 20, 26),
             leaf("""\
Guten Tag,

wir möchten uns gemeinsam für den 13. März anmelden:

– ich, Vesna Marković, vom Serbischen Kulturverein „Sloga“ Münster
– Dritan Hoxha vom Albanischen Kulturverein Illyria (er hat keine eigene
  E-Mail-Adresse, bitte alles über mich)

Wir beide möchten in die AG 2.

Beste Grüße
Vesna Marković
""", charset="utf-8", cte="8bit")),
     E("registration", "vesna.markovic@srpsko-drustvo.example", "Vesna Marković",
       "Serbischer Kulturverein „Sloga“ Münster", ["AG2"], 2, "de"))

# 018 — the writer is NOT coming but sends two members (Albanian): name = first attendee, party 2, confirmation to the writer; flag (attendee ≠ sender).
mail("018-gashi-not-me-but-two-members.eml", "writer sends others, not coming himself; flag",
     message(std(18, addr("Besnik Gashi", "besnik.gashi@shoqata-iliria.example"),
                 "Regjistrim për 13 mars", 18, 8, 14),
             leaf("""\
Përshëndetje,

Unë vetë nuk mund të vij më 13 mars, sepse jam me punë jashtë qytetit. Por
nga shoqata jonë do të vijnë dy anëtarë: Arben Krasniqi dhe Elira Berisha.
Ata dëshirojnë të marrin pjesë në grupin e punës 3 (menaxhimi i shoqatave
dhe mundësitë e financimit).

Ju lutem dërgojani konfirmimin mua, unë do t'ua përcjell.

Me respekt,
Besnik Gashi
Kryetar, Shoqata Shqiptare "Iliria" Münster
""", charset="utf-8")),
     E("registration", "besnik.gashi@shoqata-iliria.example", "Arben Krasniqi",
       'Shoqata Shqiptare "Iliria" Münster', ["AG3"], 2, "sq"))

# 019 — shared association mailbox (display name "Info Kurdischer Kulturverein"), Kurmanji, group named by ordinal word "yekem"; "13ê" is the date.
mail("019-aslan-shared-mailbox-kurmanji.eml", "shared mailbox display name; ordinal word; Kurmanji",
     message(std(19, addr("Info Kurdischer Kulturverein", "info@kurdisches-zentrum-ms.example"),
                 "Tomarkirin – Roja Rêxistinên Koçberan", 18, 19, 50),
             leaf("""\
Silav û rêz,

Ez Rojda Aslan im, ji Navenda Çanda Kurdî ya Münsterê. Ez dixwazim di 13ê
Adarê de beşdarî Roja Rêxistinên Koçberan bibim, di koma xebatê ya yekem de
(perwerde û dibistan).

Ez ê bi tena serê xwe werim.

Bi silav,
Rojda Aslan
Navenda Çanda Kurdî Münster e.V.
(Ev navnîşana e-nameyê ya hemû komeleyê ye.)
""", charset="utf-8")),
     E("registration", "info@kurdisches-zentrum-ms.example", "Rojda Aslan",
       "Navenda Çanda Kurdî Münster e.V.", ["AG1"], 1, "ku"))

# 020 — "we are a platform of 3 associations" (Turkish, base64): the 3 is not a party size; only the writer comes.
mail("020-sahin-platform-of-3-associations.eml", "'3 derneğin platformu' is no party size",
     message(std(20, addr("Emre Şahin", "emre.sahin@ms-dernekler-platformu.example"),
                 "MSO-Tag katılım", 19, 10, 2),
             leaf("""\
Merhabalar,

Münster'deki 3 derneğin (Türk Veliler Derneği, Anadolu Kültür Derneği ve
Genç Gelecek Derneği) ortak platformu adına yazıyorum. Platformumuzdan
etkinliğe sadece ben katılacağım. Münster'in geleceği ile ilgili çalışma
grubunda (AG 2) yer almak istiyorum.

Saygılarımla,
Emre Şahin
Münster Dernekler Platformu
""", charset="utf-8", cte="base64")),
     E("registration", "emre.sahin@ms-dernekler-platformu.example", "Emre Şahin",
       "Münster Dernekler Platformu", ["AG2"], 1, "tr"))

# 021 — "mit meinen 2 Kindern (4 und 7 Jahre)": 3 persons come; ages are no AG; AG by alias "Schule". Whether children take workgroup seats is the coordinator's call: flag.
mail("021-kilic-with-two-children.eml", "children and their ages; alias 'Schule'; flag",
     message(std(21, addr("Zeynep Kılıç", "zeynep.kilic@elterninitiative-ms.example"),
                 "Anmeldung MSO-Tag", 19, 22, 37,
                 extra=[("X-Mailer", "iPhone Mail (21D61)")]),
             multipart("alternative", [
                 leaf("""\
Hallo,

ich möchte mich für den MSO-Tag am 13.03. anmelden, am liebsten für die
Arbeitsgruppe zum Thema Schule. Ich bringe meine 2 Kinder mit (4 und 7
Jahre), weil ich am Samstag keine Betreuung habe – ich hoffe, das ist in
Ordnung.

Liebe Grüße
Zeynep Kılıç
Elterninitiative Mehrsprachigkeit Münster

Von meinem iPhone gesendet
""", charset="utf-8"),
                 leaf("""\
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div>Hallo,</div><div><br></div><div>ich möchte mich für den MSO-Tag am 13.03. anmelden, am liebsten für die Arbeitsgruppe zum Thema Schule. Ich bringe meine 2 Kinder mit (4 und 7 Jahre), weil ich am Samstag keine Betreuung habe – ich hoffe, das ist in Ordnung.</div><div><br></div><div>Liebe Grüße</div><div>Zeynep Kılıç</div><div>Elterninitiative Mehrsprachigkeit Münster</div><div><br></div><div>Von meinem iPhone gesendet</div></body></html>
""", subtype="html", charset="utf-8"),
             ], "Apple-Mail-3F2A9C1E-77B0-4D2B-9E51-0C6A1B2D3E4F")),
     E("registration", "zeynep.kilic@elterninitiative-ms.example", "Zeynep Kılıç",
       "Elterninitiative Mehrsprachigkeit Münster", ["AG1"], 3, "de"))

# 022 — "me and my colleague, maybe a third": 2 certain persons; roman numeral III; the maybe must be flagged, not counted.
mail("022-mensah-maybe-a-third.eml", "'maybe a third person'; roman numeral; flag",
     message(std(22, addr("Daniel Mensah", "d.mensah@ghana-union-ms.example"),
                 "Registration workgroup III", 20, 11, 18),
             leaf("""\
Hello,

please register me and my colleague Akosua Boateng for workgroup III
(Vereinsmanagement / funding). Maybe a third person from our board will
join us, I will let you know by the end of February.

Thanks,
Daniel Mensah
Ghana Union Münster
""", charset="utf-8", cte="8bit")),
     E("registration", "d.mensah@ghana-union-ms.example", "Daniel Mensah",
       "Ghana Union Münster", ["AG3"], 2, "en"))

# 023 — "15 aktive Mitglieder, von denen 2 ... teilnehmen": party 2, not 15; AG by alias "Zukunftsprozess".
mail("023-almeida-15-members-2-come.eml", "member count vs. attendees; alias",
     message(std(23, addr("Luis Almeida", "luis.almeida@portugiesischer-verein.example"),
                 "Anmeldung Tag der MSO", 20, 15, 44),
             leaf("""\
Sehr geehrte Damen und Herren,

unser Verein hat 15 aktive Mitglieder, von denen 2 am Tag der
Migrantenselbstorganisationen teilnehmen werden: ich selbst und unsere
Kassiererin, Frau Fernanda Costa. Wir interessieren uns für die AG zum
Zukunftsprozess.

Mit freundlichen Grüßen
Luis Almeida
Portugiesischer Kulturverein Münster e.V.
""", charset="iso-8859-1")),
     E("registration", "luis.almeida@portugiesischer-verein.example", "Luis Almeida",
       "Portugiesischer Kulturverein Münster e.V.", ["AG2"], 2, "de"))

# 024 — Vietnamese: date 13/3/2027, founded 1998, ~40 members, 10 o'clock, then "nhóm làm việc số 2".
mail("024-nguyen-dates-years-members.eml", "date, founding year, member count, time around the choice",
     message(std(24, addr("Nguyễn Thị Lan", "lan.nguyen@hoi-nguoi-viet.example"),
                 "Đăng ký tham dự ngày 13/3", 21, 9, 5),
             leaf("""\
Kính gửi Ban tổ chức,

Tôi xin đăng ký tham dự Ngày các Tổ chức Tự lực của Người Di cư vào ngày
13/3/2027. Hội chúng tôi được thành lập năm 1998 và hiện có khoảng 40 hội
viên. Tôi muốn tham gia nhóm làm việc số 2 về tương lai của thành phố
Münster.

Tôi sẽ đến lúc 10 giờ, đi một mình.

Trân trọng,
Nguyễn Thị Lan
Hội Người Việt tại Münster
""", charset="utf-8", cte="base64")),
     E("registration", "lan.nguyen@hoi-nguoi-viet.example", "Nguyễn Thị Lan",
       "Hội Người Việt tại Münster", ["AG2"], 1, "vi"))

# 025 — Tigrinya (Ge'ez script): "last year I was in group 1", this year group 3; Latin signature.
mail("025-gebremariam-tigrinya-last-year-1.eml", "last year's group 1 vs. this year's 3; Tigrinya",
     message(std(25, addr("Tesfay Gebremariam", "tesfay.gm@eritreische-gemeinde.example"),
                 "ምዝገባ - MSO-Tag 13.03.2027", 21, 18, 28),
             leaf("""\
ሰላም፣

ብ13 መጋቢት ኣብ መዓልቲ ውድባት ስደተኛታት ክሳተፍ እደሊ እየ። ሓሊፉ ዓመት ኣብ ጉጅለ 1
ነይረ፣ ሎሚ ዓመት ግን ኣብ ጉጅለ ስራሕ 3 (ምምሕዳር ማሕበር) ክሳተፍ እደሊ።

ንበይነይ እየ ዝመጽእ።

ምስ ሰላምታ
Tesfay Gebremariam
Eritreische Gemeinde Münster e.V.
""", charset="utf-8", cte="base64")),
     E("registration", "tesfay.gm@eritreische-gemeinde.example", "Tesfay Gebremariam",
       "Eritreische Gemeinde Münster e.V.", ["AG3"], 1, "ti"))

# 026 — Somali: ordinal with suffix "1aad", date "13-ka", party "2 qof" (writer and her sister).
mail("026-cali-somali-1aad-2-qof.eml", "ordinal suffix '1aad'; '13-ka' date; 2 persons",
     message(std(26, addr("Faadumo Cali", "faadumo.cali@ururka-haweenka.example"),
                 "Diiwaangelin - maalinta 13-ka March", 22, 12, 0),
             leaf("""\
Asalaamu calaykum,

Waxaan jeclaan lahaa inaan iska diiwaangeliyo maalinta ururada
soogalootiga ee 13-ka March. Waxaan doonayaa kooxda shaqada 1aad
(waxbarashada iyo dugsiga). Waxaan nahay 2 qof: aniga iyo walaashay Hodan.

Mahadsanid
Faadumo Cali
Ururka Haweenka Soomaaliyeed ee Münster
""", charset="utf-8")),
     E("registration", "faadumo.cali@ururka-haweenka.example", "Faadumo Cali",
       "Ururka Haweenka Soomaaliyeed ee Münster", ["AG1"], 2, "so"))

# 027 — Serbian Cyrillic cancellation, new mail: restates "13. март, 2 особе, радна група 1" before "ипак нећемо моћи да дођемо".
mail("027-jovanovic-serbian-cancel-restates.eml", "cancellation that restates date, persons and AG",
     message(std(27, addr("Милан Јовановић", "milan.jovanovic@srpska-zajednica.example"),
                 "MSO-Tag 13.03.", 24, 19, 11),
             leaf("""\
Поштовани,

пријавили смо се за 13. март, 2 особе, радна група 1. Нажалост, тог дана
имамо крштење у породици, тако да ипак нећемо моћи да дођемо. Извините због
промене.

Срдачан поздрав,
Милан Јовановић
Српска заједница Минстер
""", charset="windows-1251")),
     E("cancellation", "milan.jovanovic@srpska-zajednica.example", "Милан Јовановић",
       "Српска заједница Минстер", [], None, "sr"))

# 028 — form answered as a numbered list 1.–6.: item numbers, phone; AG by alias in item 4, persons in item 5.
mail("028-noori-numbered-form.eml", "list numbering and phone number around alias choice",
     message(std(28, addr("Farida Noori", "farida.noori@afg-frauen-ms.example"),
                 "Anmeldung", 22, 17, 39),
             leaf("""\
Hallo,

hier meine Anmeldung nach Ihrem Formular:

1. Name: Farida Noori
2. Organisation: Afghanischer Frauenverein Münster e.V.
3. Telefon: 0251 1 23 45 67
4. Arbeitsgruppe: Zukunftsprozess
5. Anzahl Personen: 1
6. Besondere Bedürfnisse: keine

Danke und bis zum 13.03.!
Farida
""", charset="iso-8859-15", cte="8bit")),
     E("registration", "farida.noori@afg-frauen-ms.example", "Farida Noori",
       "Afghanischer Frauenverein Münster e.V.", ["AG2"], 1, "de"))

# 029 — a price (€5 "per person", 2019) and a question before the choice "Workshop I"; party stays 1.
mail("029-mahmood-fee-and-workshop-i.eml", "price and year; 'Workshop I'; question inside a registration",
     message(std(29, addr("Tariq Mahmood", "tariq.mahmood@pak-community-ms.example"),
                 "Fee? + registration", 23, 8, 50),
             leaf("""\
Hi there,

quick question first: is there a participation fee this year? At the 2019
event we paid €5 per person at the door. Either way, please register me for
Workshop I (education) – as a teacher that is the one for me.

Best,
Tariq Mahmood
Pakistani Community Association Münster
Mob. +49 176 1234 5678
""", charset="utf-8")),
     E("registration", "tariq.mahmood@pak-community-ms.example", "Tariq Mahmood",
       "Pakistani Community Association Münster", ["AG1"], 1, "en"))

# 030 — HTML-only Outlook mail: "AG II, falls voll AG III"; signature table with house number, "VR 4711", phone extension, numbered disclaimer.
mail("030-kaya-outlook-html-only.eml", "HTML-only; roman numerals; numbers in signature and disclaimer",
     message(std(30, addr("Kaya, Elif", "elif.kaya@tdz-muenster.example"),
                 "Verbindliche Anmeldung MSO-Tag 2027", 24, 10, 21,
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtmX1c2bq0k5n2RRa6pQ0r8N1Y0Bw=="),
                        ("Content-Language", "de-DE")]),
             leaf("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">hiermit melde ich mich verbindlich für den 13.03.2027 an. Erstwunsch: <b>AG&nbsp;II</b>, falls diese schon voll ist, gerne AG&nbsp;III.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mit freundlichen Grüßen</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0"><tr><td style="border-right:solid #C00000 1.5pt;padding:0 8pt 0 0"><p class="MsoNormal"><b>Elif Kaya</b><br>Projektleitung</p></td>
<td style="padding:0 0 0 8pt"><p class="MsoNormal">Türkisch-Deutsches Zentrum Münster e.V.<br>Hafenweg 1, 48155 Münster<br>Tel. 0251 3 45 67-0 · Fax 0251 3 45 67-29<br>Amtsgericht Münster VR 4711 · Vorstand: S. Kurt (1. Vors.), A. Polat (2. Vors.)</p></td></tr></table>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enthält vertrauliche Informationen. 1. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender. 2. Das unerlaubte Kopieren sowie die Weitergabe dieser Mail sind nicht gestattet. 3. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail drucken.</span></p>
</div></body></html>
""", subtype="html", charset="windows-1252")),
     E("registration", "elif.kaya@tdz-muenster.example", "Elif Kaya",
       "Türkisch-Deutsches Zentrum Münster e.V.", ["AG2", "AG3"], 1, "de"))

# 031 — Arabic "can we still register for AG 2? we are three": a question; nobody is signed up — flag or answer, never register 3 in AG2.
mail("031-almansour-can-we-still-register.eml", "question that sounds like a registration, with a head count",
     message(std(31, addr("خالد المنصور", "khaled.mansour@irakischer-verein.example"),
                 "سؤال عن التسجيل", 25, 14, 7),
             leaf("""\
السلام عليكم،

هل ما زال بالإمكان التسجيل في مجموعة العمل 2؟ نحن ثلاثة أشخاص من الجمعية
العراقية الألمانية في مونستر. وإذا كان التسجيل ممكناً، ما هي البيانات التي
تحتاجونها منا؟

شكراً جزيلاً
خالد المنصور
الجمعية العراقية الألمانية في مونستر
""", charset="utf-8", cte="base64")),
     E("question", "khaled.mansour@irakischer-verein.example", "خالد المنصور",
       "الجمعية العراقية الألمانية في مونستر", [], None, "ar"))

# 032 — change as a new mail phrased as a question: one more person (2 → 3), workgroup unchanged and not named.
mail("032-karimi-one-more-person.eml", "party-size change in a fresh mail, asked as a question",
     message(std(32, addr("Ahmad Karimi", "ahmad.karimi@afghanische-jugend.example"),
                 "Anmeldung MSO-Tag – eine Person mehr", 25, 20, 49),
             leaf("""\
Hallo,

wir (Afghanische Jugend Münster) hatten uns letzte Woche zu zweit für den
MSO-Tag angemeldet. Jetzt möchte noch ein drittes Vorstandsmitglied
mitkommen, Herr Jawad Rahimi. Geht das noch? An der Arbeitsgruppe ändert
sich nichts.

Danke und Gruß
Ahmad Karimi
""", charset="utf-8")),
     E("change", "ahmad.karimi@afghanische-jugend.example", "Ahmad Karimi",
       "Afghanische Jugend Münster", [], 3, "de"))

# 033 — Farsi cancellation in a new mail, no cancel word: "به دلیل بیماری نمی‌توانم ... حاضر شوم"; restates "کارگروه ۳".
mail("033-ahmadi-farsi-illness.eml", "disguised cancellation restating the AG; Persian digits",
     message(std(33, addr("رضا احمدی", "reza.ahmadi@kanoon-ms.example"),
                 "روز ۱۳ مارس", 26, 9, 12),
             leaf("""\
با سلام،

من برای ۱۳ مارس در کارگروه ۳ ثبت‌نام کرده بودم. متأسفانه به دلیل بیماری
نمی‌توانم در این برنامه حاضر شوم. لطفاً جای مرا به شخص دیگری بدهید.

با تشکر
رضا احمدی
""", charset="utf-8")),
     E("cancellation", "reza.ahmadi@kanoon-ms.example", "رضا احمدی",
       None, [], None, "fa"))

# 034 — Russian: "my colleague cannot come, I come alone" — a change (2 → 1), not a cancellation of the writer.
mail("034-sokolov-colleague-cannot-come.eml", "looks like a cancellation, is a party-size change",
     message(std(34, addr("Дмитрий Соколов", "d.sokolov@integration-ost.example"),
                 "MSO-Tag 13.03 – нас будет меньше", 26, 16, 30),
             leaf("""\
Добрый день,

мы зарегистрировались на 13 марта вдвоём. К сожалению, моя коллега Ольга
Смирнова не сможет прийти — она заболела. Я приду, как и планировал,
один.

С уважением,
Дмитрий Соколов
Общество "Интеграция-Восток" e.V.
""", charset="utf-8", cte="8bit")),
     E("change", "d.sokolov@integration-ost.example", "Дмитрий Соколов",
       'Общество "Интеграция-Восток" e.V.', [], 1, "ru"))

# 035 — out-of-office WITHOUT any Auto-Submitted/X-Autoreply header, quoting the whole invitation (AG 1–3, 30 places, dates).
mail("035-schulte-ooo-no-headers-quotes-invitation.eml", "auto-reply without headers quoting the invitation",
     message(std(35, addr("Andrea Schulte", "a.schulte@caritas-ms.example"),
                 "Automatische Antwort: Einladung: Tag der Migrantenselbstorganisationen 2027", 8, 9, 0,
                 extra=[("In-Reply-To", "<einladung-2027@muenster.example>"),
                        ("X-Mailer", "Microsoft Outlook 16.0")]),
             leaf("""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.02.2027 nicht
im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden
Fällen wenden Sie sich bitte an meine Kollegin Frau Brinkmann,
Tel. 0251 53009-12.

Mit freundlichen Grüßen
Andrea Schulte
Caritasverband Münster – Migrationsdienst

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 8. Februar 2027 08:59
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + INVITATION_DE + "\n", charset="windows-1252")),
     E("auto_reply"))

# 036 — helpdesk ticket receipt (Auto-Submitted) quoting our confirmation "Workgroup: AG 3, Persons: 1"; ticket and priority numbers.
mail("036-helpdesk-ticket-receipt.eml", "ticket receipt quoting a confirmation",
     message(std(36, addr("Refugee Law Clinic Support", "helpdesk@refugee-law-clinic.example"),
                 "[Ticket #48213] Re: Your registration for the MSO-Tag 2027", 16, 9, 16,
                 extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
                        ("In-Reply-To", "<conf-0066@muenster.example>")]),
             leaf("""\
This is an automated response - please do not reply to this message.

Your request has been received and assigned ticket number #48213.
Priority: 2 (normal). We usually answer within 3 working days.

Summary of your message:
-------------------------------------------------------------------
Dear Mr Haddad,
thank you for registering. We confirm:
Workgroup: AG 3 - Funding opportunities and effective association management
Persons: 1
Date: Saturday, 13 March 2027, 10:00-16:00
-------------------------------------------------------------------

Refugee Law Clinic Muenster - Support
""", charset="us-ascii", cte="7bit")),
     E("auto_reply"))

# 037 — Turkish/German out-of-office with X-Autoreply only, quoting a confirmation (AG 1, 2 persons); "15–28 Şubat" dates.
mail("037-yilmaz-izin-x-autoreply.eml", "auto-reply (X-Autoreply only) quoting a confirmation",
     message(std(37, addr("Hatice Yılmaz", "h.yilmaz@tuerk-eltern-ms.example"),
                 "Otomatik yanıt: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027", 15, 9, 20,
                 extra=[("X-Autoreply", "yes"), ("In-Reply-To", "<conf-0038@muenster.example>")]),
             leaf("""\
Merhaba,
15–28 Şubat tarihleri arasında yıllık izindeyim. Acil durumlarda
0251 76 54 32 numaralı telefondan derneğimize ulaşabilirsiniz.

Guten Tag,
ich bin vom 15. bis 28. Februar im Urlaub. In dringenden Fällen erreichen
Sie unseren Verein unter 0251 76 54 32.

Hatice Yılmaz

> Sie sind angemeldet für: AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
> Personen: 2
""", charset="windows-1254")),
     E("auto_reply"))

CONF_CELIK = """\
Guten Tag Frau Çelik,

vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme:

Arbeitsgruppe: AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
Personen: 3
Termin: Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Mit freundlichen Grüßen
Ihr Organisationsteam
"""

# 038 — Postfix DSN bouncing OUR confirmation to a participant; the enclosed message/rfc822 reads like a registration (AG 2, 3 persons) and has a Reply-To.
_inner038 = message([
    ("From", OURS_HDR), ("To", addr("Fatma Çelik", "fatma.celik@gmx-mail.example")),
    ("Reply-To", OURS), ("Subject", hval("Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027")),
    ("Date", date(17, 10, 2)), ("Message-ID", "<conf-0071@muenster.example>"),
    ("In-Reply-To", "<reg-celik-0217@gmx-mail.example>"), ("Auto-Submitted", "auto-replied")],
    leaf(CONF_CELIK, charset="utf-8"))
mail("038-postfix-dsn-confirmation-to-celik.eml", "bounce with an enclosed confirmation that reads like a registration",
     message([("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
              ("To", OURS), ("Subject", "Undelivered Mail Returned to Sender"),
              ("Date", date(17, 10, 3)), ("Message-ID", "<20270217090303.4C1F2A0B21@mail.muenster.example>"),
              ("Auto-Submitted", "auto-replied")],
             multipart("report", [
                 leaf("""\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<fatma.celik@gmx-mail.example>: host mx00.gmx-mail.example[192.0.2.17] said:
    550 5.1.1 <fatma.celik@gmx-mail.example>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
                 raw_entity("message/delivery-status", """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4C1F2A0B21
Arrival-Date: Wed, 17 Feb 2027 10:02:08 +0100

Final-Recipient: rfc822; fatma.celik@gmx-mail.example
Original-Recipient: rfc822;fatma.celik@gmx-mail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx00.gmx-mail.example
Diagnostic-Code: smtp; 550 5.1.1 <fatma.celik@gmx-mail.example>: Recipient
    address rejected: User unknown
""", extra=["Content-Description: Delivery report"]),
                 raw_entity("message/rfc822", _inner038, extra=["Content-Description: Undelivered Message"]),
             ], "4C1F2A0B21.1803283383/mail.muenster.example", params="report-type=delivery-status; ")),
     E("bounce", bounced="fatma.celik@gmx-mail.example"))

# 039 — Exchange NDR in German (multipart/report, text/rfc822-headers) for our 7-day reminder; mixed-case recipient, "550 5.1.1", AG 3 in the reminder subject.
mail("039-exchange-ndr-unzustellbar.eml", "German Exchange NDR; recipient in mixed case",
     message([("From", addr("Microsoft Outlook", "postmaster@refugee-law-clinic.example")),
              ("To", OURS), ("Subject", hval("Unzustellbar: Erinnerung: Tag der Migrantenselbstorganisationen am 13.03. (AG 3)")),
              ("Date", date(6, 10, 0, month=3)), ("Message-ID", "<b1c2d3e4-0306-4a5b-9c8d-ndr@refugee-law-clinic.example>"),
              ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")],
             multipart("report", [
                 leaf("""\
Ihre Nachricht konnte nicht an folgende Empfänger übermittelt werden:

Y.Haddad@Refugee-Law-Clinic.example
Das E-Mail-Konto existiert nicht in der Organisation, an die diese
Nachricht gesendet wurde. Überprüfen Sie die E-Mail-Adresse, oder wenden
Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EX01.refugee-law-clinic.example
Remote-Server hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' zurückgegeben
""", charset="utf-8", cte="quoted-printable"),
                 raw_entity("message/delivery-status", """\
Reporting-MTA: dns;EX01.refugee-law-clinic.example
Received-From-MTA: dns;mail.muenster.example
Arrival-Date: Sat, 6 Mar 2027 09:00:11 +0000

Final-Recipient: rfc822;Y.Haddad@Refugee-Law-Clinic.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""),
                 raw_entity("text/rfc822-headers", """\
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Yusuf Haddad <Y.Haddad@Refugee-Law-Clinic.example>
Subject: Erinnerung: Tag der Migrantenselbstorganisationen am 13.03. (AG 3)
Date: Sat, 6 Mar 2027 10:00:04 +0100
Message-ID: <reminder-7d-0066@muenster.example>
Auto-Submitted: auto-generated
"""),
             ], "_000_NDR_b1c2d3e4_", params="report-type=delivery-status; ")),
     E("bounce", bounced="y.haddad@refugee-law-clinic.example"))

# 040 — qmail plain-text failure notice (no multipart/report) with our reminder copied below: "Personen: 2", "AG 1", quota bytes.
mail("040-qmail-plain-mailbox-full.eml", "plain-text bounce, copy of a reminder below",
     message([("From", "MAILER-DAEMON@mx.kulturverein-ms.example"),
              ("To", OURS), ("Subject", "failure notice"),
              ("Date", date(12, 10, 1, month=3)), ("Message-ID", "<qmail-1710234061.8812@mx.kulturverein-ms.example>")],
             leaf("""\
Hi. This is the qmail-send program at mx.kulturverein-ms.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<vorstand@kulturverein-ms.example>:
mailbox is full: quota exceeded (5242880 bytes)

--- Below this line is a copy of the message.

Return-Path: <mso-tag@muenster.example>
Received: (qmail 8810 invoked from network); 12 Mar 2027 09:00:58 -0000
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Vorstand <vorstand@kulturverein-ms.example>
Subject: Erinnerung: Tag der Migrantenselbstorganisationen morgen
Date: Fri, 12 Mar 2027 10:00:02 +0100
Auto-Submitted: auto-generated
Content-Type: text/plain; charset=us-ascii

Guten Tag,

wir freuen uns, Sie morgen begruessen zu duerfen.
Arbeitsgruppe: AG 1
Personen: 2
Beginn: 10:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8
""", charset="us-ascii", cte="7bit")),
     E("bounce", bounced="vorstand@kulturverein-ms.example"))

# 041 — invitation to ANOTHER event (Interkulturelle Woche) with its own "Workshop 1–3", deadline and registration address.
mail("041-integrationsrat-other-event.eml", "invitation to another event with numbered workshops",
     message(std(41, addr("Integrationsrat der Stadt Münster", "integrationsrat@stadt-ms.example"),
                 "Einladung: Interkulturelle Woche 2027 – Workshops am 25. September", 26, 11, 0,
                 to="Verteiler MSO <verteiler-mso@stadt-ms.example>"),
             multipart("alternative", [
                 leaf("""\
Liebe Vereine und Initiativen,

wie beim Tag der Migrantenselbstorganisationen im März laden wir Sie auch
zur Interkulturellen Woche 2027 ein:

Samstag, 25. September 2027, 11:00–17:00 Uhr, Rathausfestsaal

Workshop 1: Ehrenamt gewinnen
Workshop 2: Öffentlichkeitsarbeit für Vereine
Workshop 3: Antidiskriminierung im Alltag

Bitte melden Sie sich bis zum 1. September mit Name, Verein und
gewünschtem Workshop an: iwo-anmeldung@stadt-ms.example

Herzliche Grüße
Ihr Integrationsrat
""", charset="utf-8"),
                 leaf("""\
<html><body><p>Liebe Vereine und Initiativen,</p><p>wie beim Tag der Migrantenselbstorganisationen im März laden wir Sie auch zur <b>Interkulturellen Woche 2027</b> ein:</p><p>Samstag, 25. September 2027, 11:00–17:00 Uhr, Rathausfestsaal</p><ul><li>Workshop 1: Ehrenamt gewinnen</li><li>Workshop 2: Öffentlichkeitsarbeit für Vereine</li><li>Workshop 3: Antidiskriminierung im Alltag</li></ul><p>Bitte melden Sie sich bis zum 1. September mit Name, Verein und gewünschtem Workshop an: <a href="mailto:iwo-anmeldung@stadt-ms.example">iwo-anmeldung@stadt-ms.example</a></p><p>Herzliche Grüße<br>Ihr Integrationsrat</p></body></html>
""", subtype="html", charset="utf-8"),
             ], "----=_Part_41_1790234.1803560400000")),
     E("other"))

# 042 — newsletter (List-Unsubscribe, Precedence: bulk) whose item 1 advertises the MSO-Tag with AG 1–3 and our address.
mail("042-netzwerk-newsletter-mentions-mso-tag.eml", "newsletter advertising the MSO-Tag",
     message(std(42, addr("Netzwerk Migration Münster", "newsletter@netzwerk-migration.example"),
                 "Newsletter Februar 2027: MSO-Tag, Fördermittel, Termine", 18, 7, 30,
                 to="newsletter@netzwerk-migration.example",
                 extra=[("List-Id", "Netzwerk Migration Newsletter <news.netzwerk-migration.example>"),
                        ("List-Unsubscribe", "<mailto:unsubscribe@netzwerk-migration.example>"),
                        ("Precedence", "bulk")]),
             multipart("alternative", [
                 leaf("""\
NETZWERK MIGRATION MÜNSTER – NEWSLETTER 2/2027

1. Tag der Migrantenselbstorganisationen am 13. März
Drei Arbeitsgruppen: AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Förderung
und Vereinsmanagement. Je 30 Plätze. Anmeldung bis 6. März an
mso-tag@muenster.example – wir sind mit 2 Personen dabei!

2. Fördermittel 2027
Anträge für Kleinprojekte bis 500 € sind ab sofort möglich.

3. Termine
04.03. Stammtisch, 19 Uhr · 20.03. Vorstandsschulung

Abmelden: unsubscribe@netzwerk-migration.example
""", charset="utf-8"),
                 leaf("""\
<html><body style="font-family:Arial"><h2>Netzwerk Migration Münster – Newsletter 2/2027</h2><h3>1. Tag der Migrantenselbstorganisationen am 13. März</h3><p>Drei Arbeitsgruppen: AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Förderung und Vereinsmanagement. Je 30 Plätze. Anmeldung bis 6. März an <a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a> – wir sind mit 2 Personen dabei!</p><h3>2. Fördermittel 2027</h3><p>Anträge für Kleinprojekte bis 500 € sind ab sofort möglich.</p><h3>3. Termine</h3><p>04.03. Stammtisch, 19 Uhr · 20.03. Vorstandsschulung</p><p style="font-size:small"><a href="mailto:unsubscribe@netzwerk-migration.example">Abmelden</a></p></body></html>
""", subtype="html", charset="utf-8"),
             ], "=_nl_2027_02_c81f")),
     E("other"))

# 043 — a registration of SOMEONE ELSE forwarded "zur Info": she already sent it herself; registering her again would duplicate. A careful program flags.
mail("043-coerde-forward-for-info-only.eml", "forwarded registration of another person, for information only; flag",
     message(std(43, addr("Stadtteilbüro Coerde", "info@stadtteilbuero-coerde.example"),
                 "WG: Anmeldung MSO-Tag (nur zur Info)", 10, 11, 25,
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
             leaf("""\
Hallo liebes MSO-Team,

nur zur Info: Frau Samira Haddad hat mir ihre Anmeldung auch geschickt,
weil sie unsicher war, ob alles richtig ist. Sie hat sie laut eigener
Aussage am Montag direkt an Sie geschickt – bitte also nicht doppelt
eintragen. Ich leite sie nur weiter, damit Sie Bescheid wissen.

Viele Grüße
Monika Berg
Stadtteilbüro Coerde

-------- Weitergeleitete Nachricht --------
Betreff: Anmeldung MSO-Tag
Datum: Mon, 8 Feb 2027 18:02:11 +0100
Von: Samira Haddad <samira.haddad@marokkanischer-verein.example>
An: mso-tag@muenster.example

Hallo, ich melde mich für AG 1 an, wir sind 2 Personen.
Samira Haddad, Marokkanischer Kulturverein Münster
""", charset="utf-8")),
     E("other"))

# 044 — a member without e-mail registered through a forwarder who is not coming: name = the member, email = forwarder; copied text below.
mail("044-tesfamariam-forwards-member-without-email.eml", "registration for a member without e-mail; forwarder not attending",
     message(std(44, addr("Sara Tesfamariam", "sara.t@habesha-community.example"),
                 "Fwd: registration for Mr Yonas Haile", 11, 19, 3),
             leaf("""\
Hello,

our member Yonas Haile does not have an e-mail address, so he asked me to
send you his registration (he wrote it down for me, copied below). He wants
AG 3. Please send the confirmation to me, I will tell him. I am not coming
myself.

Thank you,
Sara Tesfamariam
Habesha Community Münster

---------- Forwarded message ---------
I, Yonas Haile, want to come to the MSO day on 13 March, group 3.
My phone: 0176 44 55 66 7. I come alone.
""", charset="utf-8")),
     E("registration", "sara.t@habesha-community.example", "Yonas Haile",
       "Habesha Community Münster", ["AG3"], 1, "en"))

# 045 — a thank-you reply (Apple Mail, bottom quote) to a confirmation (AG 3, 2 persons): nothing to do.
mail("045-demir-thanks-reply.eml", "thank-you reply quoting a confirmation",
     message(std(45, addr("Yusuf Demir", "yusuf.demir@moscheeverein-ms.example"),
                 "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027", 15, 21, 48,
                 extra=[("In-Reply-To", "<conf-0039@muenster.example>"),
                        ("References", "<conf-0039@muenster.example>"),
                        ("X-Mailer", "Apple Mail (2.3774.400.31)")]),
             leaf("""\
Vielen Dank für die Bestätigung, wir freuen uns auf den 13.!

Gruß
Yusuf Demir

> Am 15.02.2027 um 09:20 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
> Guten Tag Herr Demir,
>
> vielen Dank für Ihre Anmeldung. Wir bestätigen Ihre Teilnahme:
>
> Arbeitsgruppe: AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement
> Personen: 2
> Termin: Samstag, 13. März 2027, 10:00-16:00 Uhr
""", charset="iso-8859-1")),
     E("other"))

# 046 — Ukrainian reply asking "may I switch from group 1 to group 3?": a change phrased as a question; quoted confirmation says AG 1.
mail("046-bondarenko-can-i-switch.eml", "change phrased as a question; old AG in quote",
     message(std(46, addr("Тетяна Бондаренко", "t.bondarenko@ukr-verein-ms.example"),
                 "Re: Ваша реєстрація на День МСО 2027", 13, 8, 44,
                 extra=[("In-Reply-To", "<conf-0031@muenster.example>"),
                        ("References", "<conf-0031@muenster.example>")]),
             multipart("alternative", [
                 leaf("""\
Добрий день!

Чи можна мені замість групи 1 перейти до групи 3? Після засідання правління
стало зрозуміло, що нам зараз найважливіше — фінансування.

Дякую!
Тетяна Бондаренко

пт, 12 лют. 2027 р. о 10:15 Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example> пише:

> Шановна пані Бондаренко,
> дякуємо за реєстрацію. Підтверджуємо вашу участь:
> Робоча група: AG 1 – Люди з міграційною історією в системі освіти
> Кількість осіб: 1
""", charset="utf-8", cte="base64"),
                 leaf("""\
<div dir="ltr"><div>Добрий день!</div><div><br></div><div>Чи можна мені замість групи 1 перейти до групи 3? Після засідання правління стало зрозуміло, що нам зараз найважливіше — фінансування.</div><div><br></div><div>Дякую!</div><div>Тетяна Бондаренко</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">пт, 12 лют. 2027 р. о 10:15 Tag der Migrantenselbstorganisationen &lt;<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>&gt; пише:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Шановна пані Бондаренко,<br>дякуємо за реєстрацію. Підтверджуємо вашу участь:<br>Робоча група: AG 1 – Люди з міграційною історією в системі освіти<br>Кількість осіб: 1</blockquote></div>
""", subtype="html", charset="utf-8", cte="base64"),
             ], "000000000000a1b2c3061f2e4d5a")),
     E("change", "t.bondarenko@ukr-verein-ms.example", "Тетяна Бондаренко",
       None, ["AG3"], None, "uk"))

# 047 — Spanish: working hours "hasta las 10", arrival "hacia las 11", phone number; AG by alias word "Förderung".
mail("047-mendoza-times-and-alias.eml", "clock times and phone around an alias choice",
     message(std(47, addr("Carlos Mendoza", "carlos.mendoza@peru-ms.example"),
                 "Inscripción 13 de marzo", 27, 13, 33),
             leaf("""\
Buenas tardes:

Quisiera inscribirme para el 13 de marzo. Trabajo hasta las 10 en el
mercado, así que llegaré hacia las 11. Me interesa el grupo sobre
financiación y gestión de asociaciones (Förderung).

Vengo solo. Mi teléfono: 0152 0987 6543.

Saludos cordiales,
Carlos Mendoza
Asociación Peruana Inti Raymi Münster
""", charset="utf-8")),
     E("registration", "carlos.mendoza@peru-ms.example", "Carlos Mendoza",
       "Asociación Peruana Inti Raymi Münster", ["AG3"], 1, "es"))

# 048 — shared board mailbox with Reply-To of the person: a cancellation without a cancel word ("none of the three of us will be able to join"); mentions AG 2.
mail("048-kenyan-board-none-of-us.eml", "disguised cancellation from a shared mailbox; Reply-To",
     message(std(48, addr("Board – Kenyan Community Association", "board@kenyan-community-ms.example"),
                 "MSO-Tag 13 March", 1, 18, 6, month=3,
                 extra=[("Reply-To", addr("Grace Wanjiru", "grace.wanjiru@kenyan-community-ms.example"))]),
             leaf("""\
Dear organisers,

our general meeting had to be moved to Saturday 13 March, so unfortunately
none of the three of us from the Kenyan Community Association will be able
to join you this time. We are sorry to miss AG 2 - maybe next year.

Warm regards,
Grace Wanjiru
(on behalf of the board)
""", charset="us-ascii", cte="7bit")),
     E("cancellation", "grace.wanjiru@kenyan-community-ms.example", "Grace Wanjiru",
       "Kenyan Community Association", [], None, "en"))

# 049 — French: year 2009 and "depuis 4 ans" before "Premier choix : l'atelier 3 ; sinon le 1" — order of preference matters.
mail("049-ndiaye-first-choice-3-else-1.eml", "preference order 3 then 1; years",
     message(std(49, addr("Fatou Ndiaye", "fatou.ndiaye@senegal-ms.example"),
                 "Inscription MSO-Tag", 27, 17, 12,
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
             leaf("""\
Bonjour,

Je suis arrivée en Allemagne en 2009 et je m'occupe depuis 4 ans de la
trésorerie de notre association. Je souhaite m'inscrire à la journée du
13 mars.

Premier choix : l'atelier 3 (gestion associative, financements) ; sinon
le 1.

Je viendrai seule.

Bien cordialement,
Fatou Ndiaye
Association Sénégalaise de Münster
""", charset="windows-1252")),
     E("registration", "fatou.ndiaye@senegal-ms.example", "Fatou Ndiaye",
       "Association Sénégalaise de Münster", ["AG3", "AG1"], 1, "fr"))

# 050 — "ist AG 1 schon voll? falls frei AG 1, sonst AG 2": opposite of 003 — here AG 1 IS the first choice.
mail("050-benali-is-ag1-full-else-ag2.eml", "'is AG 1 full?' yet AG1 first choice, AG2 fallback",
     message(std(50, addr("Nadia Benali", "nadia.benali@maghreb-ms.example"),
                 "AG 1 voll?", 28, 9, 58),
             leaf("""\
Hallo,

ich habe gehört, die AG 1 sei schon voll. Stimmt das? Falls noch ein Platz
frei ist, melde ich mich bitte für AG 1 an, sonst für AG 2.

Danke!
Nadia Benali
Maghreb-Kulturverein Münster
""", charset="utf-8")),
     E("registration", "nadia.benali@maghreb-ms.example", "Nadia Benali",
       "Maghreb-Kulturverein Münster", ["AG1", "AG2"], 1, "de"))


# primary trap class of each mail (by number); see README.md
TRAP_CLASS = {
    "numbers that are no choice": [1, 2, 24, 28, 29, 30, 47, 49],
    "workgroup mentioned, not chosen": [3, 4, 5, 6, 7, 25, 50],
    "kind in disguise": [8, 9, 10, 11, 12, 13, 14, 27, 31, 32, 33, 34, 46],
    "who attends / who gets the reply": [15, 16, 17, 18, 19, 44, 48],
    "party size": [20, 21, 22, 23, 26],
    "look-alike (machine or unrelated mail)": [35, 36, 37, 38, 39, 40, 41, 42, 43, 45],
}
# mails where a careful program should set needs_review even when it reads them right
SHOULD_FLAG = [6, 13, 17, 18, 21, 22, 43]

# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build():
    files = {}
    expected = {}
    for fname, _comment, raw, exp in MAILLIST:
        files[fname] = crlf(raw)
        expected[fname] = exp
    assert len(files) == len(MAILLIST), "duplicate file name"
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    return files, exp_text


def check_mail(name, data):
    """Parse with policy=default; no defects; every text part decodes in its charset."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {key}: {value.defects}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True)
            try:
                payload.decode(cs, errors="strict")
            except (LookupError, UnicodeDecodeError) as e:
                problems.append(f"text part does not decode as {cs}: {e}")
            part.get_content()
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            for sub in inner.walk():
                if sub.defects:
                    problems.append(f"inner defects {sub.defects}")
    for line in data.split(b"\r\n"):
        if len(line) > 998:
            problems.append("line longer than 998 octets")
    for h in ("From", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append(f"no {h}")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    return msg


KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")


def check_expected(expected):
    for name, rec in expected.items():
        assert tuple(sorted(rec)) == tuple(sorted(KEYS)), name
        k = rec["kind"]
        if k in ("auto_reply", "bounce", "other"):
            assert rec["email"] is None and rec["name"] is None and rec["language"] is None, name
            assert rec["organisation"] is None and rec["party_size"] is None, name
        else:
            assert rec["email"] and rec["email"] == rec["email"].lower(), name
            assert rec["language"], name
        if k == "registration":
            assert isinstance(rec["party_size"], int) and rec["party_size"] >= 1, name
        elif k != "change":
            assert rec["party_size"] is None, name
        assert (rec["bounced_recipient"] is not None) == (k == "bounce"), name
        for w in rec["workgroups"]:
            assert w in ("AG1", "AG2", "AG3"), name


def main(argv):
    files, exp_text = build()
    check_expected(json.loads(exp_text))
    if "--stats" in argv:
        exp = json.loads(exp_text)
        print("kinds:", dict(Counter(r["kind"] for r in exp.values())))
        print("languages:", dict(Counter(r["language"] for r in exp.values() if r["language"])))
        print("mails:", len(exp))
        nums = sorted(n for v in TRAP_CLASS.values() for n in v)
        assert nums == list(range(1, len(exp) + 1)), "every mail needs exactly one trap class"
        for cls, v in TRAP_CLASS.items():
            print(f"trap class {cls}: {len(v)}")
        print("should flag:", ", ".join(f"{n:03d}" for n in SHOULD_FLAG))
        return 0
    if "--check" in argv:
        bad = []
        for name, data in files.items():
            p = MAILS / name
            if not p.exists() or p.read_bytes() != data:
                bad.append(name)
        on_disk = {p.name for p in MAILS.glob("*.eml")}
        bad += sorted(on_disk - set(files))
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs:", ", ".join(bad))
            return 1
        print("ok: files on disk match")
        return 0
    MAILS.mkdir(exist_ok=True)
    for p in MAILS.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        (MAILS / name).write_bytes(data)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    for name in files:
        check_mail(name, (MAILS / name).read_bytes())
    print(f"wrote and checked {len(files)} mails and expected.json")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
