#!/usr/bin/env python3
"""Evaluation set "final6a": 50 mails to the MSO-Tag 2027 (config = dev's config.toml).

python3 make_mails.py          writes mails/ and expected.json, then validates them
python3 make_mails.py --check  fails if the files on disk differ from what would be written
python3 make_mails.py --stats  prints counts per kind and language

Standard library only, deterministic.  Every mail text is in this file; the comment line
above each mail says what it tests.
"""

import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import json
import re
import sys
from collections import Counter
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "mso-tag@muenster.example"
OUR_FROM = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def T(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False):
    """A text leaf."""
    return ("text", subtype, text, charset, cte, flowed)


def ATT(ctype, filename, data, disposition="attachment"):
    return ("att", ctype, filename, data, disposition)


def RAWPART(ctype, text):
    """A 7bit part written as is (message/delivery-status, text/rfc822-headers)."""
    return ("raw", ctype, text)


def MULTI(subtype, *parts, params=""):
    return ("multi", subtype, list(parts), params)


def enc_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)  # strict
    if cte == "7bit":
        data.decode("ascii")
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode(charset)  # written back in the same charset later
    if cte == "quoted-printable":
        out = binascii.b2a_qp(data, istext=True, header=False).decode("ascii")
        return out
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    raise ValueError(cte)


class Chunks:
    """Collects the message as a list of (str, charset) so 8bit bodies keep their charset."""

    def __init__(self):
        self.items = []

    def add(self, s, charset="ascii"):
        self.items.append((s, charset))

    def tobytes(self):
        out = b""
        for s, cs in self.items:
            s = s.replace("\r\n", "\n").replace("\n", "\r\n")
            out += s.encode(cs)
        return out


def render(part, out, tag):
    kind = part[0]
    if kind == "text":
        _, subtype, text, charset, cte, flowed = part
        fl = "; format=flowed" if flowed else ""
        out.add(f'Content-Type: text/{subtype}; charset="{charset}"{fl}\n'
                f"Content-Transfer-Encoding: {cte}\n\n")
        body = enc_body(text, charset, cte)
        if not body.endswith("\n"):
            body += "\n"
        out.add(body, charset if cte == "8bit" else "ascii")
    elif kind == "att":
        _, ctype, filename, data, disp = part
        out.add(f'Content-Type: {ctype}; name="{filename}"\n'
                f'Content-Disposition: {disp}; filename="{filename}"\n'
                f"Content-Transfer-Encoding: base64\n\n")
        out.add(base64.encodebytes(data).decode("ascii"))
    elif kind == "raw":
        _, ctype, text = part
        out.add(f"Content-Type: {ctype}\nContent-Transfer-Encoding: 7bit\n\n")
        out.add(text if text.endswith("\n") else text + "\n")
    elif kind == "multi":
        _, subtype, parts, params = part
        boundary = f"----=_Part_{tag}"
        out.add(f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n')
        out.add("This is a multi-part message in MIME format.\n\n")
        for i, p in enumerate(parts):
            out.add(f"--{boundary}\n")
            render(p, out, f"{tag}_{i}")
            out.add("\n")
        out.add(f"--{boundary}--\n")
    else:
        raise ValueError(kind)


def hdr_text(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


MAILS = []


def mail(slug, comment, date, frm, subject, body, exp, to=OUR, reply_to=None,
         extra=(), hcharset="utf-8", in_reply_to=None, mid_host=None):
    MAILS.append(dict(slug=slug, comment=comment, date=date, frm=frm, subject=subject,
                      body=body, exp=exp, to=to, reply_to=reply_to, extra=list(extra),
                      hcharset=hcharset, in_reply_to=in_reply_to, mid_host=mid_host))


def build(i, m):
    out = Chunks()
    host = m["mid_host"] or m["frm"].rsplit("@", 1)[1].rstrip(">")
    ts = dt.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")
    lines = [
        ("Return-Path", "<" + re.search(r"[^<\s]+@[^>\s]+", m["frm"]).group(0) + ">"),
        ("Date", email.utils.format_datetime(ts)),
        ("From", m["frm"]),
        ("To", m["to"]),
    ]
    if m["reply_to"]:
        lines.append(("Reply-To", m["reply_to"]))
    lines.append(("Subject", hdr_text(m["subject"], m["hcharset"])))
    lines.append(("Message-ID", f"<{ts.strftime('%Y%m%d%H%M%S')}.{i:03d}.f6a@{host}>"))
    if m["in_reply_to"]:
        lines.append(("In-Reply-To", m["in_reply_to"]))
        lines.append(("References", m["in_reply_to"]))
    lines.extend(m["extra"])
    lines.append(("MIME-Version", "1.0"))
    for k, v in lines:
        out.add(f"{k}: {v}\n")
    render(m["body"], out, f"{i:03d}")
    return out.tobytes()


def exp(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def machine(kind, bounced=None):
    return exp(kind, bounced=bounced)


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

INVITATION = """Sehr geehrte Damen und Herren,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

In drei parallelen Arbeitsgruppen geht es um
  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an
und nennen Sie dabei Ihre Wunsch-AG sowie die Zahl der Personen.

Mit freundlichen Grüßen
Ihr Team Zuwanderung und Integration
Stadt Münster"""


def confirmation(salutation, wg_label, persons):
    return f"""{salutation}

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00-16:00 Uhr, im Stadtweinhaus (Prinzipalmarkt 8).

Angemeldet: {persons}
Arbeitsgruppe: {wg_label}

Wenn sich etwas ändert oder Sie absagen möchten, antworten Sie einfach auf diese E-Mail.

Ihr Team MSO-Tag
Stadt Münster"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration, German, formal association chair top-posting over the quoted invitation
# (Outlook "Ursprüngliche Nachricht"); first and second choice given by roman numerals.
mail("petrovic-reply-to-invitation",
     "de registration top-posted over quoted invitation; AG III then AG I in roman numerals",
     "2027-01-18 09:12:40 +0100",
     addr("Petrović, Dragana", "d.petrovic@vuk-muenster.example"),
     "AW: Einladung: Tag der Migrantenselbstorganisationen 2027",
     T("""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Hiermit melde ich mich verbindlich zum MSO-Tag am 13. März an.
Am meisten interessiert mich die Arbeitsgruppe III (Förderung / Vereinsmanagement), falls diese
voll sein sollte, gerne auch AG I.

Mit freundlichen Grüßen

Dragana Petrović
1. Vorsitzende
Serbischer Kulturverein „Vuk Karadžić" Münster e.V.
Hammer Straße 112 · 48153 Münster
Tel. 0251 555 0142

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 15. Januar 2027 11:02
An: d.petrovic@vuk-muenster.example
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + INVITATION, "utf-8", "quoted-printable"),
     exp("registration", "d.petrovic@vuk-muenster.example", "Dragana Petrović",
         'Serbischer Kulturverein „Vuk Karadžić" Münster e.V.', ["AG3", "AG1"], 1, "de"),
     in_reply_to="<einladung-2027.0115@muenster.example>",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 002 registration, Turkish, typed on a phone: couple (2 persons), education group, plus a question
mail("kaya-tr-phone-couple",
     "tr registration from iPhone, two persons (with husband), group 1 via 'Eğitim grubu'; asks a side question",
     "2027-01-18 21:47:03 +0100",
     addr("Emine Kaya", "eminekaya82@posta.example"),
     "MSO günü kayıt",
     T("""Merhaba,
13 Mart'taki toplantıya eşimle birlikte gelmek istiyoruz, yani 2 kişi. Eğitim grubuna (1. grup) katılmak isteriz, çocuklarımız okulda ve bu konuda çok sorun yaşıyoruz.
Bir derneğe üye değiliz, sorun olur mu?
Teşekkürler
Emine Kaya

iPhone'umdan gönderildi""", "utf-8", "8bit"),
     exp("registration", "eminekaya82@posta.example", "Emine Kaya", None, ["AG1"], 2, "tr"),
     extra=[("X-Mailer", "iPhone Mail (20D67)")])

# 003 question, German: accessibility before deciding; windows-1252 quoted-printable
mail("overkamp-question-rollstuhl",
     "de question only (accessibility, parking) — registers no one yet; windows-1252 QP",
     "2027-01-19 10:05:22 +0100",
     addr("Bernd Overkamp", "b.overkamp@t-netz.example"),
     "Frage Barrierefreiheit Stadtweinhaus",
     T("""Guten Tag,

ich bin Rollstuhlfahrer und würde gern am Tag der Migrantenselbstorganisationen teilnehmen.
Bevor ich mich anmelde: Ist das Stadtweinhaus stufenlos erreichbar und gibt es dort eine
barrierefreie Toilette? Und gibt es in der Nähe einen Behindertenparkplatz, oder ist der
Prinzipalmarkt an dem Samstag gesperrt?

Vielen Dank im Voraus
Bernd Overkamp
Beirat für Menschen mit Behinderung (ehrenamtlich)
""", "windows-1252", "quoted-printable"),
     exp("question", "b.overkamp@t-netz.example", "Bernd Overkamp", "Beirat für Menschen mit Behinderung", lang="de"))

# 004 registration, English, Gmail multipart/alternative, private From, Reply-To = work address
mail("mensah-en-gmail-replyto",
     "en registration, multipart/alternative; Reply-To (work) differs from From (private); 'Workshop 2'",
     "2027-01-20 14:31:57 +0100",
     addr("Grace Mensah", "grace.mensah.ms@gmail.example"),
     "Registration – Day of Migrant Organisations, 13 March",
     MULTI("alternative",
           T("""Dear MSO-Tag team,

I'd like to register for the Day of Migrant Organisations on 13 March. I work at the
International Centre "Die Brücke" (University of Münster) as a student advisor, and we are
keen to connect with more of the local associations.

I'd prefer Workshop 2 (Münster's future process). Please send the confirmation to my work
address, g.mensah@uni-muenster.example - I'm writing from my private account because our
webmail is down today.

Many thanks and best wishes,
Grace Mensah
International Centre "Die Brücke"
University of Münster
""", "utf-8", "quoted-printable"),
           T("""<div dir="ltr"><div>Dear MSO-Tag team,</div><div><br></div><div>I'd like to register for the Day of Migrant Organisations on 13 March. I work at the International Centre &quot;Die Brücke&quot; (University of Münster) as a student advisor, and we are keen to connect with more of the local associations.</div><div><br></div><div>I'd prefer Workshop 2 (Münster's future process). Please send the confirmation to my work address, <a href="mailto:g.mensah@uni-muenster.example">g.mensah@uni-muenster.example</a> - I'm writing from my private account because our webmail is down today.</div><div><br></div><div>Many thanks and best wishes,</div><div>Grace Mensah</div><div>International Centre &quot;Die Brücke&quot;</div><div>University of Münster</div></div>
""", "utf-8", "quoted-printable", subtype="html")),
     exp("registration", "g.mensah@uni-muenster.example", "Grace Mensah",
         'International Centre "Die Brücke"', ["AG2"], 1, "en"),
     reply_to=addr("Grace Mensah", "g.mensah@uni-muenster.example"))

# 005 registration, Arabic, base64: three women from one association, education group,
# Arabic-Indic digits, signature in Arabic and Latin script
mail("alkhatib-ar-three-women",
     "ar registration base64; 3 persons ('me and two colleagues'), group 1 (education) named in words; Arabic-Indic ١٣",
     "2027-01-21 11:20:14 +0100",
     addr("Rana Alkhatib", "rana.alkhatib@arab-frauen-ms.example"),
     "تسجيل - يوم منظمات المهاجرين",
     T("""السلام عليكم،

أود تسجيل مشاركتنا في يوم منظمات المهاجرين الذاتية يوم ١٣ مارس. سنحضر ثلاث نساء من جمعيتنا: أنا وزميلتان.
نرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن معظم عضواتنا أمهات لأطفال في المدارس.

مع الشكر والتقدير
رنا الخطيب
Rana Al-Khatib
Arabischer Frauenverein Münster e.V.
""", "utf-8", "base64"),
     exp("registration", "rana.alkhatib@arab-frauen-ms.example", "Rana Al-Khatib",
         "Arabischer Frauenverein Münster e.V.", ["AG1"], 3, "ar"))

# 006 registration, German, three lines from a neighbourhood centre; display name is only an initial
mail("brinkmann-short",
     "de short registration 'AG 2 bitte'; From display 'T. Brinkmann', full name in signature",
     "2027-01-21 16:02:41 +0100",
     addr("T. Brinkmann", "brinkmann@stz-coerde.example"),
     "Anmeldung MSO-Tag",
     T("""Hallo zusammen,

hiermit melde ich mich für den MSO-Tag an, AG 2 bitte.

Viele Grüße
Tobias Brinkmann
Quartiersmanagement
Stadtteilzentrum Coerde
""", "utf-8", "8bit"),
     exp("registration", "brinkmann@stz-coerde.example", "Tobias Brinkmann",
         "Stadtteilzentrum Coerde", ["AG2"], 1, "de"))

# 007 registration, Russian, KOI8-R 8bit: group 3 in words and number, asks about interpreting
mail("morozova-ru-koi8",
     "ru registration in KOI8-R 8bit, 'рабочая группа 3', plus a question about translation",
     "2027-01-22 19:15:09 +0100",
     addr("Светлана Морозова", "s.morozova@kalinka-ms.example", "koi8-r"),
     "Регистрация на MSO-Tag 13.03.",
     T("""Здравствуйте!

Прошу зарегистрировать меня на День организаций мигрантов 13 марта 2027 г.
Меня интересует рабочая группа 3 (финансирование и управление объединением) - мы в этом году
впервые подаём заявку на грант, и нам очень нужны советы.

Скажите, пожалуйста, будет ли перевод на русский, или всё только на немецком? Я понимаю
немецкий, но не всё.

С уважением,
Светлана Морозова
Культурный центр "Калинка" e.V., Мюнстер
""", "koi8-r", "8bit"),
     exp("registration", "s.morozova@kalinka-ms.example", "Светлана Морозова",
         'Культурный центр "Калинка" e.V.', ["AG3"], 1, "ru"),
     hcharset="koi8-r")

# 008 registration, German, shared association mailbox with Reply-To to the writer, two persons,
# filled-in PDF form attached
mail("diallo-shared-mailbox-pdf",
     "de registration from info@ shared mailbox, Reply-To personal; 2 persons; 'AG Zukunftsprozess'; PDF attached",
     "2027-01-25 10:40:33 +0100",
     addr("Afrikanischer Dachverband Münster", "info@afrika-dachverband-ms.example"),
     "Anmeldung Afrikanischer Dachverband – MSO-Tag 2027",
     MULTI("mixed",
           T("""Liebe Organisatorinnen und Organisatoren,

für den Afrikanischen Dachverband Münster e.V. möchten wir zwei Personen anmelden:
- Fatou Diallo (Vorstand, das bin ich)
- Kwame Asante (Kassenwart)

Wir interessieren uns beide für die AG Zukunftsprozess. Das ausgefüllte Anmeldeformular aus
Ihrem alten Flyer hängt an, falls Sie das noch brauchen.

Antworten bitte an meine persönliche Adresse, das Info-Postfach lesen mehrere Leute.

Herzliche Grüße
Fatou Diallo
für den Vorstand
Afrikanischer Dachverband Münster e.V.
www.afrika-dachverband-ms.example
""", "iso-8859-1", "quoted-printable"),
           ATT("application/pdf", "Anmeldeformular_MSO-Tag_ADV.pdf", FAKE_PDF)),
     exp("registration", "f.diallo@afrika-dachverband-ms.example", "Fatou Diallo",
         "Afrikanischer Dachverband Münster e.V.", ["AG2"], 2, "de"),
     reply_to=addr("Fatou Diallo", "f.diallo@afrika-dachverband-ms.example"))

# 009 registration, Ukrainian, windows-1251 QP: roman numeral group I, org in Ukrainian
mail("kovalenko-uk-cp1251",
     "uk registration windows-1251 QP; 'робочу групу I — освіта'; name introduced in the body",
     "2027-01-26 08:55:18 +0100",
     addr("Оксана Коваленко", "oksana.kovalenko@poshta.example", "windows-1251"),
     "Реєстрація на День організацій мігрантів",
     T("""Добрий день!

Мене звати Оксана Коваленко, я волонтерка в громадській організації «Українці в Мюнстері».
Хочу зареєструватися на День організацій мігрантів 13.03.2027.
Обираю робочу групу I - освіта, бо займаюся з дітьми-біженцями, які ходять до німецьких шкіл.

Дякую!
Оксана
""", "windows-1251", "quoted-printable"),
     exp("registration", "oksana.kovalenko@poshta.example", "Оксана Коваленко",
         "Українці в Мюнстері", ["AG1"], 1, "uk"),
     hcharset="windows-1251")

# 010 registration, learner German, ISO-8859-1 8bit, lower-case display name, no organisation
mail("haddad-learner-german",
     "de (learner German) registration 'Arbeitsgruppe Bildung'; no organisation named (helps at a mosque)",
     "2027-01-26 22:10:45 +0100",
     addr("ahmad haddad", "ahmad.haddad1990@mailbox.example"),
     "anmeldung",
     T("""Sehr geehrte Damen und Herren

Ich heiße Ahmad Haddad, ich komme aus Syrien und wohne seit 2016 in Münster. Ich möchte gerne
teilnehmen bei der Tag von Migrantenselbstorganisation am 13.3. Ich interessiere für die
Arbeitsgruppe Bildung, weil ich mache jetzt Ausbildung als Erzieher und ich will helfen fur
arabische Eltern.
Ich bin nicht in einem Verein aber manchmal ich helfe in der Moschee mit Hausaufgabenhilfe.

Vielen Dank
Mit freundliche Grüße
Ahmad Haddad
""", "iso-8859-1", "8bit"),
     exp("registration", "ahmad.haddad1990@mailbox.example", "Ahmad Haddad", None, ["AG1"], 1, "de"))

# 011 auto_reply, German out-of-office with Auto-Submitted header
mail("bergmann-abwesenheit",
     "auto_reply: German out-of-office to our invitation, Auto-Submitted + X-Auto-Response-Suppress",
     "2027-01-27 07:03:00 +0100",
     addr("Bergmann, Ulrike", "u.bergmann@caritas-ms.example"),
     "Automatische Antwort: Einladung: Tag der Migrantenselbstorganisationen 2027",
     T("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.01.2027 nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example.
Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Ulrike Bergmann
Caritasverband Münster - Migrationsdienst
""", "utf-8", "quoted-printable"),
     machine("auto_reply"),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("In-Reply-To", "<einladung-2027.0115@muenster.example>")])

# 012 registration, French, ISO-8859-15 QP, very formal; first and second choice
mail("ndiaye-fr-formal",
     "fr formal registration ISO-8859-15 QP; group 3 first, group 2 as fallback",
     "2027-01-28 12:44:26 +0100",
     addr("Mamadou Ndiaye", "mamadou.ndiaye@teranga-ms.example"),
     "Inscription - Journée des organisations de migrants du 13 mars",
     T("""Madame, Monsieur,

Je me permets de vous écrire en français, mon allemand écrit n'étant pas encore à la hauteur.

Au nom de l'association Teranga Münster, je souhaiterais m'inscrire à la journée des
organisations de migrants du 13 mars 2027.
Mon premier choix serait le groupe de travail 3 (financements et gestion associative) ; à
défaut, le groupe 2 sur le processus d'avenir de Münster.

Dans l'attente de votre confirmation, je vous prie d'agréer, Madame, Monsieur, l'expression de
mes salutations distinguées.

Mamadou Ndiaye
Secrétaire général
Association Teranga Münster
""", "iso-8859-15", "quoted-printable"),
     exp("registration", "mamadou.ndiaye@teranga-ms.example", "Mamadou Ndiaye",
         "Association Teranga Münster", ["AG3", "AG2"], 1, "fr"),
     hcharset="iso-8859-15")

# 013 registration, Farsi, base64: couple, group ۲ in Persian digits, signed with first name only
mail("rahimi-fa-couple",
     "fa registration base64; 2 persons (with husband); 'گروه کاری ۲' Persian digit; signature first name only",
     "2027-01-29 20:30:51 +0100",
     addr("Mina Rahimi", "mina.rahimi@pars-ms.example"),
     "ثبت نام روز سازمان های مهاجران",
     T("""سلام و وقت بخیر،

من و همسرم می‌خواهیم در روز سازمان‌های مهاجران (۱۳ مارس) شرکت کنیم. هر دو عضو انجمن فرهنگی ایرانیان مونستر هستیم.
اگر ممکن است ما را برای گروه کاری ۲ (آینده شهر مونستر) ثبت‌نام کنید.

با سپاس فراوان
مینا
""", "utf-8", "base64"),
     exp("registration", "mina.rahimi@pars-ms.example", "Mina Rahimi",
         "انجمن فرهنگی ایرانیان مونستر", ["AG2"], 2, "fa"))

# 014 change, German: switches AG 2 -> AG 1, top-posted over our quoted confirmation (which says AG 2)
mail("brinkmann-change-ag1",
     "de change AG 2 -> AG 1; quoted confirmation mentions AG 2 and must be ignored",
     "2027-02-01 08:17:12 +0100",
     addr("T. Brinkmann", "brinkmann@stz-coerde.example"),
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     T("""Moin,

kleine Korrektur: ich würde doch lieber in die AG 1 (Bildung) gehen statt in die AG 2. Unsere
Kollegin aus der Schulsozialarbeit kann nicht, und das Thema sollte bei uns jemand abdecken.

Danke!
Tobias

Am 22.01.2027 um 09:00 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
""" + quote(confirmation("Guten Tag Herr Brinkmann,",
                         "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
                         "1 Person")), "utf-8", "quoted-printable"),
     exp("change", "brinkmann@stz-coerde.example", "Tobias Brinkmann",
         "Stadtteilzentrum Coerde", ["AG1"], None, "de"),
     in_reply_to="<bestaetigung.0122.006@muenster.example>")

# 015 registration, Polish, ISO-8859-2 QP: 'grupa robocza nr 1', org in the signature
mail("wisniewska-pl-latin2",
     "pl registration ISO-8859-2 QP; 'grupa robocza nr 1'; teacher at a Saturday school",
     "2027-02-02 17:25:38 +0100",
     addr("Katarzyna Wiśniewska", "k.wisniewska@most-ms.example", "iso-8859-2"),
     "Zgłoszenie - Dzień Organizacji Migranckich 13.03",
     T("""Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca. Uczę języka polskiego
w naszej szkole sobotniej, więc najbardziej interesuje mnie grupa robocza nr 1 (system edukacji).

Pozdrawiam serdecznie
Katarzyna Wiśniewska
Polskie Stowarzyszenie Kulturalne "Most" e.V.
""", "iso-8859-2", "quoted-printable"),
     exp("registration", "k.wisniewska@most-ms.example", "Katarzyna Wiśniewska",
         'Polskie Stowarzyszenie Kulturalne "Most" e.V.', ["AG1"], 1, "pl"),
     hcharset="iso-8859-2")

# 016 registration, German: a social worker registers a resident without e-mail; the attendee is
# Sevgi Yılmaz, the confirmation goes to the writer
mail("luetke-registers-yilmaz",
     "de registration of another person (no own e-mail); name = attendee, email = writer; explicitly 1 person",
     "2027-02-03 11:11:04 +0100",
     addr("Anke Lütke-Wöstmann", "a.luetke@nbh-kinderhaus.example"),
     "Anmeldung für Frau Yılmaz",
     T("""Hallo liebes MSO-Team,

ich schreibe für Frau Sevgi Yılmaz, die regelmäßig zu unserem Frauenfrühstück kommt. Sie möchte
gerne am 13. März teilnehmen, am liebsten in der AG zur Bildung (sie engagiert sich im
Elternbeirat ihrer Grundschule). Frau Yılmaz hat keine eigene E-Mail-Adresse - bitte schicken
Sie die Bestätigung an mich, ich gebe sie weiter.

Ich selbst komme nicht mit, es geht also nur um eine Person.

Danke und liebe Grüße
Anke Lütke-Wöstmann
Nachbarschaftshaus Kinderhaus
Sozialarbeit / Frauenangebote
""", "utf-8", "quoted-printable"),
     exp("registration", "a.luetke@nbh-kinderhaus.example", "Sevgi Yılmaz",
         "Nachbarschaftshaus Kinderhaus", ["AG1"], 1, "de"))

# 017 registration, Spanish, HTML-only from Outlook (windows-1252 QP) with confidentiality footer
mail("fernandez-es-outlook-html",
     "es registration HTML-only Outlook windows-1252; group 2 first, group 3 if full; legal footer",
     "2027-02-04 09:48:19 +0100",
     addr("Fernández Ortega, Lucía", "lucia.fernandez@alm-muenster.example", "windows-1252"),
     "Inscripción Jornada 13 de marzo",
     T("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="ES" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Estimados señores:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Por la presente quisiera inscribirme en la Jornada de las Organizaciones de Migrantes del 13 de marzo.
Me interesa sobre todo el grupo de trabajo 2 (el proceso de futuro de Münster); si ya no quedan plazas, con gusto participaría en el grupo 3.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Un cordial saludo,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Lucía Fernández Ortega</b><br>Coordinadora de proyectos<br>
Asociación Latinoamericana Münster e.V.<br>Tel. +49 251 555 0178<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.
Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.<o:p></o:p></span></p>
</div></body></html>
""", "windows-1252", "quoted-printable", subtype="html"),
     exp("registration", "lucia.fernandez@alm-muenster.example", "Lucía Fernández Ortega",
         "Asociación Latinoamericana Münster e.V.", ["AG2", "AG3"], 1, "es"),
     hcharset="windows-1252",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdlXq2bQ7xkZ3m1aRkC0vYjW9p5h2A==")])

# 018 registration + two questions, German, long and chatty, ISO-8859-1 8bit: three persons
# ('zu dritt'), AG 3; the numbered questions contain digits that are not workgroups
mail("demir-chatty-three",
     "de long chatty registration with numbered questions; 'zu dritt' = 3; AG 3; ISO-8859-1 8bit",
     "2027-02-05 13:37:29 +0100",
     addr("Rêzan Demir", "rezan.demir@kgz-muenster.example", "iso-8859-1"),
     "MSO-Tag - wir sind dabei!",
     T("""Hallo Frau Meza Correa-Flock, hallo Team,

ich hoffe, Sie hatten einen guten Start ins neue Jahr! Letztes Mal war ich ja leider verhindert,
umso mehr freue ich mich, dass es dieses Jahr wieder einen MSO-Tag gibt.

Wir würden gerne zu dritt kommen: ich und zwei jüngere Mitglieder aus unserem Vorstand (Berfin
und Azad), die gerade lernen, wie man Anträge schreibt. Deshalb passt für uns die AG 3 zu den
Förderungsmöglichkeiten natürlich perfekt.

Zwei kurze Fragen noch:
1. Gibt es eine Teilnahmebescheinigung? Für Azad wäre das für seinen Ehrenamtsnachweis wichtig.
2. Gibt es mittags etwas zu essen, und wenn ja, auch vegetarisch?

Bis dann und viele Grüße
Rêzan Demir
Kurdisches Gesellschaftszentrum Münster e.V.
- Vorstand -
""", "iso-8859-1", "8bit"),
     exp("registration", "rezan.demir@kgz-muenster.example", "Rêzan Demir",
         "Kurdisches Gesellschaftszentrum Münster e.V.", ["AG3"], 3, "de"),
     hcharset="iso-8859-1")

# 019 registration, Italian, short phone mail: 'gruppo di lavoro n. 1 (scuola)'
mail("russo-it-android",
     "it short registration from Android; 'gruppo di lavoro n. 1 (scuola)'; org in the body",
     "2027-02-06 10:02:55 +0100",
     addr("Giuseppe Russo", "giuseppe.russo@circolo-it-ms.example"),
     "Iscrizione 13 marzo",
     T("""Buongiorno,
vorrei iscrivermi alla giornata del 13 marzo, gruppo di lavoro n. 1 (scuola). Sono del Circolo Italiano di Münster.
Grazie e cordiali saluti
Giuseppe Russo

Inviato da smartphone Android""", "utf-8", "quoted-printable"),
     exp("registration", "giuseppe.russo@circolo-it-ms.example", "Giuseppe Russo",
         "Circolo Italiano di Münster", ["AG1"], 1, "it"))

# 020 bounce: Postfix multipart/report for a confirmation we sent
mail("postfix-bounce-ghana-union",
     "bounce: Postfix multipart/report with delivery-status and returned headers",
     "2027-02-06 10:05:11 +0100",
     addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example"),
     "Undelivered Mail Returned to Sender",
     MULTI("report",
           T("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kontakt@ghana-union-ms.example>: host mx.ghana-union-ms.example[192.0.2.45] said:
    550 5.1.1 <kontakt@ghana-union-ms.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit"),
           RAWPART("message/delivery-status", """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Q7bZk1xYzz9sWn
Arrival-Date: Sat,  6 Feb 2027 10:05:08 +0100 (CET)

Final-Recipient: rfc822; kontakt@ghana-union-ms.example
Original-Recipient: rfc822;kontakt@ghana-union-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ghana-union-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <kontakt@ghana-union-ms.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
           RAWPART("text/rfc822-headers", """Return-Path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: kontakt@ghana-union-ms.example
Subject: Einladung: Tag der Migrantenselbstorganisationen 2027
Date: Sat, 06 Feb 2027 10:05:02 +0100
Message-ID: <einladung-2027.0206.17@muenster.example>
Auto-Submitted: auto-generated
"""),
           params='; report-type=delivery-status'),
     machine("bounce", "kontakt@ghana-union-ms.example"),
     to=OUR, extra=[("Auto-Submitted", "auto-replied")], mid_host="mx1.muenster.example")

# 021 change, English: adds a colleague (2 persons) and moves AG 2 -> AG 3; quoted confirmation below
mail("mensah-en-change",
     "en change: party 1 -> 2 and AG 2 -> AG 3 in one mail; top-posted over quoted confirmation",
     "2027-02-08 15:20:44 +0100",
     addr("Grace Mensah", "g.mensah@uni-muenster.example"),
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     T("""Hi again,

Quick update: my colleague Jonas Peters from our counselling team would like to come along, so
could you put us down as 2 people? And having looked at the programme again, we'd both rather
join AG 3 (funding and association management) instead of AG 2 - a lot of the student groups we
advise ask about exactly that.

Thanks so much!
Grace

On Thu, 21 Jan 2027 at 09:14, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""" + quote(confirmation("Guten Tag Frau Mensah,",
                         "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
                         "1 Person")), "utf-8", "quoted-printable", flowed=False),
     exp("change", "g.mensah@uni-muenster.example", "Grace Mensah",
         'International Centre "Die Brücke"', ["AG3"], 2, "en"),
     in_reply_to="<bestaetigung.0121.004@muenster.example>")

# 022 cancellation, German: withdraws, quoting our confirmation (Outlook style)
mail("petrovic-cancel",
     "de cancellation with reason; quoted confirmation (AG 3) below Outlook separator",
     "2027-02-09 09:30:02 +0100",
     addr("Petrović, Dragana", "d.petrovic@vuk-muenster.example"),
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     T("""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zurückziehen: Unsere Jahreshauptversammlung wurde kurzfristig
auf den 13. März gelegt, und als Vorsitzende kann ich dort nicht fehlen.
Vielleicht kann ja jemand von der Warteliste nachrücken.

Mit freundlichen Grüßen
Dragana Petrović
Serbischer Kulturverein „Vuk Karadžić" Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 18. Januar 2027 09:20
An: d.petrovic@vuk-muenster.example
Betreff: Ihre Anmeldung zum MSO-Tag 2027

""" + confirmation("Guten Tag Frau Petrović,",
                   "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement", "1 Person"),
       "utf-8", "quoted-printable"),
     exp("cancellation", "d.petrovic@vuk-muenster.example", "Dragana Petrović",
         'Serbischer Kulturverein „Vuk Karadžić" Münster e.V.', [], None, "de"),
     in_reply_to="<bestaetigung.0118.001@muenster.example>",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 023 registration, Brazilian Portuguese, UTF-8 QP: teacher, education group
mail("souza-pt-teacher",
     "pt registration; 'grupo de trabalho 1, sobre educação'; association named mid-sentence",
     "2027-02-10 19:05:37 +0100",
     addr("Ana Paula Souza", "anapaula.souza@brasil-ms.example"),
     "Inscrição - Dia das Organizações de Migrantes",
     T("""Olá, tudo bem?

Gostaria de me inscrever no Dia das Organizações de Migrantes, dia 13 de março. Sou professora e
faço parte da Associação Cultural Brasil-Münster, onde damos aulas de português para crianças
(língua de herança).

Tenho interesse no grupo de trabalho 1, sobre educação.

Obrigada desde já!
Abraços,
Ana Paula Souza
""", "utf-8", "quoted-printable"),
     exp("registration", "anapaula.souza@brasil-ms.example", "Ana Paula Souza",
         "Associação Cultural Brasil-Münster", ["AG1"], 1, "pt"))

# 024 question, Bosnian, windows-1250 QP: student asks whether non-members may come / half day
mail("hodzic-bs-question",
     "bs question only (non-members? half day?), windows-1250 QP; no registration",
     "2027-02-11 12:00:16 +0100",
     addr("Amela Hodžić", "amela.hodzic@posta-ba.example", "windows-1250"),
     "Pitanje / Frage MSO-Tag",
     T("""Poštovani,

zanima me da li na Dan migrantskih organizacija mogu doći i ljudi koji nisu članovi nijednog
udruženja? Ja sam studentica socijalnog rada i pišem seminarski rad o migrantskim
organizacijama u Münsteru.
Također: da li je potrebno cijeli dan biti prisutan ili se može doći samo prijepodne?

Hvala unaprijed i lijep pozdrav,
Amela Hodžić
""", "windows-1250", "quoted-printable"),
     exp("question", "amela.hodzic@posta-ba.example", "Amela Hodžić", lang="bs"),
     hcharset="windows-1250")

# 025 registration, Turkish formal letter from an association mailbox, ISO-8859-9 QP: three
# named participants, 2nd group first, 3rd as second choice
mail("oztuerk-tr-association-three",
     "tr formal registration from association mailbox; 3 named persons; groups 2 then 3 (ordinal words)",
     "2027-02-12 10:15:48 +0100",
     addr("Münster Türk Kültür Merkezi", "dernek@mtkm-ms.example", "iso-8859-9"),
     "MSO Günü 2027 katılım bildirimi",
     T("""Sayın Yetkili,

Münster Türk Kültür Merkezi olarak 13 Mart 2027 tarihindeki Göçmen Öz Örgütleri Günü'ne üç kişi
ile katılmak istiyoruz.

Katılımcılar:
- Mehmet Öztürk (Başkan)
- Zeynep Arslan (Kadın Kolları)
- Hakan Çelik (Gençlik Kolları)

Çalışma grubu tercihimiz öncelikle 2. grup (Münster'in gelecek süreci), ikinci tercih olarak 3. grup.

Bilgilerinize sunar, iyi çalışmalar dileriz.

Saygılarımızla
Mehmet Öztürk
Dernek Başkanı
Münster Türk Kültür Merkezi e.V.
""", "iso-8859-9", "quoted-printable"),
     exp("registration", "dernek@mtkm-ms.example", "Mehmet Öztürk",
         "Münster Türk Kültür Merkezi e.V.", ["AG2", "AG3"], 3, "tr"),
     hcharset="iso-8859-9")

# 026 registration, German, HTML-only Outlook from the administration, 'i. A.', Dr. title,
# workgroup named by its full title, long disclaimer
mail("hoelscher-verwaltung-html",
     "de registration HTML-only Outlook (windows-1252 QP); AG named by full title; Dr.; i. A.; disclaimer",
     "2027-02-15 08:42:07 +0100",
     addr("Hölscher, Sabine Dr.", "sabine.hoelscher@stadt-ms.example", "windows-1252"),
     "Teilnahme MSO-Tag 13.03.2027",
     T("""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head><body lang="DE">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Frau Meza Correa-Flock,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">gerne nehme ich am diesjährigen MSO-Tag teil und melde mich hiermit an. Aus fachlicher Sicht bietet sich für mich die Arbeitsgruppe „Menschen mit Migrationsvorgeschichte im Bildungssystem“ an.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Im Auftrag</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Dr. Sabine Hölscher</b><br>
Stadt Münster – Amt für Schule und Weiterbildung<br>
Kommunales Integrationsmanagement Schule<br>
Klemensstraße 10 · 48143 Münster<br>
Telefon 0251 555-4411</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Informationen zum Datenschutz finden Sie unter <a href="https://www.stadt-ms.example/datenschutz">https://www.stadt-ms.example/datenschutz</a>.</span></p>
</div></body></html>
""", "windows-1252", "quoted-printable", subtype="html"),
     exp("registration", "sabine.hoelscher@stadt-ms.example", "Sabine Hölscher",
         "Stadt Münster – Amt für Schule und Weiterbildung", ["AG1"], 1, "de"),
     hcharset="windows-1252",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 027 question, Arabic, windows-1256 QP: children and interpreting; 'if yes, my wife and I will register'
mail("benali-ar-question-children",
     "ar question (childcare, Arabic interpreting), conditional future registration; windows-1256 QP",
     "2027-02-16 21:14:33 +0100",
     addr("Youssef Benali", "y.benali@maghreb-ms.example"),
     "سؤال عن يوم المنظمات",
     T("""مرحبا،

هل يمكنني أن أحضر أطفالي معي (6 و 9 سنوات)؟ هل توجد رعاية للأطفال أثناء ورشات العمل؟
وهل ستكون هناك ترجمة إلى العربية؟ إذا كان الجواب نعم فسأسجل أنا وزوجتي.

شكرا جزيلا
يوسف
""", "windows-1256", "quoted-printable"),
     exp("question", "y.benali@maghreb-ms.example", "Youssef Benali", lang="ar"))

# 028 change, Russian, UTF-8 8bit from a phone: 3rd group -> 2nd group, no quote
mail("morozova-ru-change",
     "ru change 'вместо третьей во вторую' (ordinal words, old group mentioned too); no quoted text",
     "2027-02-17 07:50:21 +0100",
     addr("Светлана Морозова", "s.morozova@kalinka-ms.example"),
     "Re: Регистрация на MSO-Tag 13.03.",
     T("""Добрый день, это снова Светлана Морозова из «Калинки».
Можно поменять мою группу? Вместо третьей хочу во вторую, про будущее Мюнстера - по гранту у нас теперь есть консультант.
Спасибо!

Отправлено с мобильного""", "utf-8", "8bit"),
     exp("change", "s.morozova@kalinka-ms.example", "Светлана Морозова",
         'Культурный центр "Калинка" e.V.', ["AG2"], None, "ru"))

# 029 registration, German, bottom-posted under a network newsletter forward: herself and her
# daughter, 'AG I'
mail("schmitz-ogunleye-bottom-post",
     "de registration bottom-posted under quoted network forward (which lists all AGs); 2 persons; 'AG I'",
     "2027-02-18 18:33:59 +0100",
     addr("Hannelore Schmitz-Ogunleye", "h.schmitz-ogunleye@dnf-ms.example"),
     "Re: Fwd: Einladung MSO-Tag 2027",
     T("""Am 17.02.2027 um 12:10 schrieb Netzwerk Migration Münster:
> Liebe Netzwerkmitglieder,
>
> anbei die Einladung der Stadt zum MSO-Tag. Anmeldungen bitte NICHT an mich,
> sondern direkt an mso-tag@muenster.example.
>
> Viele Grüße, Jörg
>
> ---------- Weitergeleitete Nachricht ---------
""" + quote(INVITATION) + """

Liebes MSO-Team,

ich habe die Einladung über den Netzwerkverteiler bekommen und melde hiermit mich und meine
Tochter Funmi an (sie studiert Lehramt und möchte unbedingt mit). Wir möchten beide in die AG I.

Herzliche Grüße aus Hiltrup
Hannelore Schmitz-Ogunleye
Deutsch-Nigerianischer Freundeskreis Münster e.V.
""", "utf-8", "8bit"),
     exp("registration", "h.schmitz-ogunleye@dnf-ms.example", "Hannelore Schmitz-Ogunleye",
         "Deutsch-Nigerianischer Freundeskreis Münster e.V.", ["AG1"], 2, "de"),
     extra=[("User-Agent", "Mozilla/5.0 Thunderbird/115.8.0")])

# 030 registration, Greek, ISO-8859-7 QP: group 2, Greek name and organisation
mail("papadopoulou-el-iso7",
     "el registration ISO-8859-7 QP; 'ομάδα εργασίας 2'; name and org in Greek script",
     "2027-02-19 20:04:12 +0100",
     addr("Ελένη Παπαδοπούλου", "eleni.papadopoulou@elliniki-koinotita.example", "iso-8859-7"),
     "Δήλωση συμμετοχής 13 Μαρτίου",
     T("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών στις 13 Μαρτίου.
Με ενδιαφέρει η ομάδα εργασίας 2, για το μέλλον της πόλης μας.

Ευχαριστώ πολύ,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μύνστερ
""", "iso-8859-7", "quoted-printable"),
     exp("registration", "eleni.papadopoulou@elliniki-koinotita.example", "Ελένη Παπαδοπούλου",
         "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 1, "el"),
     hcharset="iso-8859-7")

# 031 cancellation, Ukrainian, UTF-8 QP, reply quoting our German confirmation (AG 1)
mail("kovalenko-uk-cancel",
     "uk cancellation replying to our German confirmation (quoted)",
     "2027-02-22 13:12:40 +0100",
     addr("Оксана Коваленко", "oksana.kovalenko@poshta.example"),
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     T("""Добрий день,

на жаль, не зможу прийти 13 березня - мене поставили на іншу зміну на роботі. Прошу скасувати
мою реєстрацію. Вибачте за незручності.

Оксана Коваленко

26.01.2027, 10:02, "Tag der Migrantenselbstorganisationen" <mso-tag@muenster.example>:
""" + quote(confirmation("Guten Tag Frau Kovalenko,",
                         "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem", "1 Person")),
       "utf-8", "quoted-printable"),
     exp("cancellation", "oksana.kovalenko@poshta.example", "Оксана Коваленко",
         "Українці в Мюнстері", [], None, "uk"),
     in_reply_to="<bestaetigung.0126.009@muenster.example>")

# 032 change, German: the daughter drops out, party 2 -> 1, no workgroup named
mail("schmitz-ogunleye-party-down",
     "de change: 'ich komme also allein' (party 2 -> 1), no new workgroup; short, no quote",
     "2027-02-23 16:45:26 +0100",
     addr("Hannelore Schmitz-Ogunleye", "h.schmitz-ogunleye@dnf-ms.example"),
     "Änderung Anmeldung Schmitz-Ogunleye",
     T("""Liebes MSO-Team,

leider hat Funmi an dem Samstag nun doch eine Blockveranstaltung an der Uni, ich komme also
allein. An meiner Anmeldung ändert sich sonst nichts.

Herzliche Grüße
Hannelore Schmitz-Ogunleye
""", "utf-8", "8bit"),
     exp("change", "h.schmitz-ogunleye@dnf-ms.example", "Hannelore Schmitz-Ogunleye",
         "Deutsch-Nigerianischer Freundeskreis Münster e.V.", [], 1, "de"),
     extra=[("User-Agent", "Mozilla/5.0 Thunderbird/115.8.0")])

# 033 registration, Albanian, UTF-8 8bit: with a named colleague, 2 persons, group 3
mail("krasniqi-sq-colleague",
     "sq registration UTF-8 8bit; with a named colleague 'gjithsej 2 persona'; 'grupi i punës 3'",
     "2027-02-24 11:28:03 +0100",
     addr("Arben Krasniqi", "arben.krasniqi@iliria-ms.example"),
     "Regjistrim - Dita e Organizatave të Migrantëve",
     T("""Përshëndetje,

Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars. Do të vij bashkë me
kolegen time Drita Berisha nga shoqata jonë, pra gjithsej 2 persona.
Na intereson grupi i punës 3 (mundësitë e financimit dhe menaxhimi i shoqatës).

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare „Iliria" Münster
""", "utf-8", "8bit"),
     exp("registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
         'Shoqata Kulturore Shqiptare „Iliria" Münster', ["AG3"], 2, "sq"))

# 034 cancellation, Chinese (GB2312 base64): registered in January (not in this set), cancels
mail("wang-zh-cancel",
     "zh cancellation GB2312 base64; mentions his earlier group (第二工作组) which is not a new choice",
     "2027-02-25 22:51:47 +0100",
     addr("王磊", "wang.lei@cssa-ms.example", "gb2312"),
     "取消报名 - MSO-Tag 3月13日",
     T("""您好，

我是明斯特中国学生学者联谊会的王磊。一月份我已经报名参加3月13日的移民自组织日（第二工作组），
但是那天我要回国，所以很遗憾只能取消报名。

给你们添麻烦了，谢谢理解！

祝好
王磊
""", "gb2312", "base64"),
     exp("cancellation", "wang.lei@cssa-ms.example", "王磊",
         "明斯特中国学生学者联谊会", [], None, "zh"),
     hcharset="gb2312")

# 035 other: association newsletter that merely mentions the MSO-Tag (List headers, bulk)
mail("newsletter-netzwerk-integration",
     "other: German newsletter mentioning the MSO-Tag and AG topics; List-Unsubscribe, Precedence bulk",
     "2027-02-26 06:00:00 +0100",
     addr("Netzwerk Integration Münsterland", "newsletter@netzwerk-integration.example"),
     "Newsletter Februar 2027: Fortbildungen, Förderprogramme, Termine",
     MULTI("alternative",
           T("""Netzwerk Integration Münsterland - Newsletter Februar 2027

+++ Termine +++
13.03.2027 - Tag der Migrantenselbstorganisationen im Stadtweinhaus. Die Stadt Münster lädt
zu drei Arbeitsgruppen ein (Bildung, Zukunftsprozess, Förderung und Vereinsmanagement).
Anmeldung direkt bei der Stadt.

20.03.2027 - Fortbildung "Buchführung im Verein" (für Kassenwarte, kostenlos)

+++ Förderprogramme +++
Das Landesprogramm für Integrationsagenturen ist wieder geöffnet. Anträge bis 30.04.2027.

Sie erhalten diesen Newsletter, weil Sie sich eingetragen haben.
Abmelden: https://www.netzwerk-integration.example/newsletter/abmelden?id=88213
""", "utf-8", "quoted-printable"),
           T("""<html><body style="font-family:Arial,sans-serif">
<h2>Netzwerk Integration Münsterland – Newsletter Februar 2027</h2>
<h3>Termine</h3>
<p><b>13.03.2027</b> – Tag der Migrantenselbstorganisationen im Stadtweinhaus. Die Stadt Münster lädt zu drei Arbeitsgruppen ein (Bildung, Zukunftsprozess, Förderung und Vereinsmanagement). Anmeldung direkt bei der Stadt.</p>
<p><b>20.03.2027</b> – Fortbildung „Buchführung im Verein“ (für Kassenwarte, kostenlos)</p>
<h3>Förderprogramme</h3>
<p>Das Landesprogramm für Integrationsagenturen ist wieder geöffnet. Anträge bis 30.04.2027.</p>
<p style="font-size:small;color:#888">Sie erhalten diesen Newsletter, weil Sie sich eingetragen haben.
<a href="https://www.netzwerk-integration.example/newsletter/abmelden?id=88213">Abmelden</a></p>
</body></html>
""", "utf-8", "quoted-printable", subtype="html")),
     machine("other"),
     extra=[("List-Id", "<newsletter.netzwerk-integration.example>"),
            ("List-Unsubscribe", "<https://www.netzwerk-integration.example/newsletter/abmelden?id=88213>"),
            ("Precedence", "bulk")])

# 036 registration, Vietnamese, UTF-8 base64: full name in body/signature differs from the
# Latin-without-diacritics From name; with her son, 2 persons
mail("nguyen-vi-with-son",
     "vi registration base64; 2 persons (with son); 'nhóm làm việc số 1'; signature name beats From 'Hoa Nguyen'",
     "2027-02-27 09:09:30 +0100",
     addr("Hoa Nguyen", "nguyenthihoa@hoinguoiviet-ms.example"),
     "Đăng ký tham dự ngày 13/3",
     T("""Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Hoa, hiện là phó hội trưởng Hội người Việt tại Münster. Tôi xin đăng ký
tham dự Ngày các tổ chức tự quản của người di cư vào ngày 13 tháng 3.
Con trai tôi (Minh, 19 tuổi, sinh viên) cũng muốn đi cùng, vậy chúng tôi là 2 người.
Chúng tôi muốn tham gia nhóm làm việc số 1 về giáo dục.

Xin cảm ơn và trân trọng,
Nguyễn Thị Hoa
""", "utf-8", "base64"),
     exp("registration", "nguyenthihoa@hoinguoiviet-ms.example", "Nguyễn Thị Hoa",
         "Hội người Việt tại Münster", ["AG1"], 2, "vi"))

# 037 cancellation, French, UTF-8 QP, inline quote of the confirmation below
mail("ndiaye-fr-cancel",
     "fr cancellation, reply with quoted confirmation (AG 3)",
     "2027-03-01 10:30:14 +0100",
     addr("Mamadou Ndiaye", "mamadou.ndiaye@teranga-ms.example"),
     "RE: Ihre Anmeldung zum MSO-Tag 2027",
     T("""Bonjour,

Je suis au regret de devoir annuler ma participation du 13 mars : je serai à Dakar pour des
raisons familiales. Je vous remercie de votre compréhension et espère pouvoir participer l'année
prochaine.

Bien cordialement,
Mamadou Ndiaye
Association Teranga Münster

De : Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Envoyé : jeudi 28 janvier 2027 13:05
À : mamadou.ndiaye@teranga-ms.example
Objet : Ihre Anmeldung zum MSO-Tag 2027

""" + confirmation("Guten Tag Herr Ndiaye,",
                   "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement", "1 Person"),
       "utf-8", "quoted-printable"),
     exp("cancellation", "mamadou.ndiaye@teranga-ms.example", "Mamadou Ndiaye",
         "Association Teranga Münster", [], None, "fr"),
     in_reply_to="<bestaetigung.0128.012@muenster.example>")

# 038 registration, German, phone-typed lower case with emoji: couple, 'ag 2'
mail("koetter-phone-lowercase",
     "de registration phone-typed, all lower case, emoji; 'ich und mein mann' = 2; 'ag 2'",
     "2027-03-01 19:22:08 +0100",
     addr("Nadine Kötter", "nadine.koetter@webpost.example"),
     "mso tag",
     T("""hallo, wir (ich und mein mann sascha) würden gern am 13.3. kommen, ag 2 wäre super 😊
lg nadine

Von meinem iPhone gesendet""", "utf-8", "8bit"),
     exp("registration", "nadine.koetter@webpost.example", "Nadine Kötter", None, ["AG2"], 2, "de"),
     extra=[("X-Mailer", "iPhone Mail (21A351)")])

# 039 change, Farsi, UTF-8 QP: both move from group ۲ to group ۱
mail("rahimi-fa-change",
     "fa change: 'به جای گروه ۲ ... در گروه ۱' (old group named first, new second); Persian digits",
     "2027-03-02 12:40:55 +0100",
     addr("Mina Rahimi", "mina.rahimi@pars-ms.example"),
     "تغییر گروه کاری",
     T("""سلام،
ببخشید که دوباره مزاحم می‌شوم. می‌خواستم گروه کاری‌مان را عوض کنم: به جای گروه ۲، هر دو در گروه ۱ (آموزش) شرکت می‌کنیم.
ممنون از لطفتان
مینا رحیمی
""", "utf-8", "quoted-printable"),
     exp("change", "mina.rahimi@pars-ms.example", "مینا رحیمی",
         "انجمن فرهنگی ایرانیان مونستر", ["AG1"], None, "fa"))

# 040 change, Polish, UTF-8 8bit: group -> 3 and a board colleague joins (party 2)
mail("wisniewska-pl-change",
     "pl change: group nr 3 and 'będziemy we dwie' (party 1 -> 2)",
     "2027-03-03 08:05:41 +0100",
     addr("Katarzyna Wiśniewska", "k.wisniewska@most-ms.example"),
     "Re: Zgłoszenie - Dzień Organizacji Migranckich 13.03",
     T("""Dzień dobry,

mam jeszcze prośbę: czy mogłabym zmienić grupę na nr 3? Okazało się, że nasze stowarzyszenie
będzie w tym roku składać wniosek o dofinansowanie. Przyjdzie też ze mną koleżanka z zarządu,
Agnieszka Nowak - czyli będziemy we dwie.

Pozdrawiam
Katarzyna Wiśniewska
""", "utf-8", "8bit"),
     exp("change", "k.wisniewska@most-ms.example", "Katarzyna Wiśniewska",
         'Polskie Stowarzyszenie Kulturalne "Most" e.V.', ["AG3"], 2, "pl"))

# 041 cancellation, German, again from the shared mailbox with Reply-To to the registrant
mail("diallo-shared-mailbox-cancel",
     "de cancellation for two persons from shared info@ mailbox, Reply-To personal, signed 'i. A.'",
     "2027-03-03 14:18:09 +0100",
     addr("Afrikanischer Dachverband Münster", "info@afrika-dachverband-ms.example"),
     "Absage MSO-Tag - Afrikanischer Dachverband",
     T("""Guten Tag,

leider müssen wir unsere Anmeldung (Fatou Diallo und Kwame Asante) zurückziehen. In unserer
Gemeinde ist ein Trauerfall, die Feier ist am 13.3.

Es tut uns sehr leid, wir wären gerne gekommen.

i. A. Fatou Diallo
Afrikanischer Dachverband Münster e.V.
""", "iso-8859-1", "quoted-printable"),
     exp("cancellation", "f.diallo@afrika-dachverband-ms.example", "Fatou Diallo",
         "Afrikanischer Dachverband Münster e.V.", [], None, "de"),
     reply_to=addr("Fatou Diallo", "f.diallo@afrika-dachverband-ms.example"))

# 042 question, Spanish, UTF-8 8bit: cost and online participation, no registration
mail("morales-es-question",
     "es question (free? online?), informal; lives in another city; no registration",
     "2027-03-04 23:02:36 +0100",
     addr("Javi Morales", "javi.morales@correo.example"),
     "pregunta jornada 13/3",
     T("""Hola!

Una pregunta rápida: ¿la jornada es gratis o hay que pagar algo? ¿Y se puede participar online?
Vivo en Osnabrück y no sé si podré ir en persona.

Gracias!
Javier
""", "utf-8", "8bit"),
     exp("question", "javi.morales@correo.example", "Javi Morales", lang="es"))

# 043 registration, German, after the deadline, with the association flyer attached (PDF)
mail("tesfay-late-with-flyer",
     "de registration after the deadline (still a registration), 'AG 2 zu Münsters Zukunft'; PDF flyer attached",
     "2027-03-07 09:37:12 +0100",
     addr("Semhar Tesfay", "semhar.tesfay@eritrea-ms.example"),
     "Nachmeldung MSO-Tag",
     MULTI("mixed",
           T("""Sehr geehrtes Team,

ich weiß, dass die Anmeldefrist gestern abgelaufen ist - ich habe die Einladung erst jetzt über
eine Freundin bekommen. Falls noch ein Platz frei ist, würde ich sehr gerne teilnehmen, am
liebsten in der AG 2 zu Münsters Zukunft.

Unseren Vereinsflyer hänge ich Ihnen an, damit Sie sehen, wer wir sind.

Freundliche Grüße
Semhar Tesfay
Eritreische Gemeinschaft Münster e.V.
""", "utf-8", "quoted-printable"),
           ATT("application/pdf", "Flyer_Eritreische_Gemeinschaft.pdf", FAKE_PDF)),
     exp("registration", "semhar.tesfay@eritrea-ms.example", "Semhar Tesfay",
         "Eritreische Gemeinschaft Münster e.V.", ["AG2"], 1, "de"))

# 044 auto_reply: helpdesk ticket receipt WITHOUT Auto-Submitted header, subject quotes our mail
mail("caritas-ticket-receipt",
     "auto_reply: ticket-system receipt, no Auto-Submitted header, ticket number in subject",
     "2027-03-07 09:40:03 +0100",
     addr("Caritas Münster Servicedesk", "servicedesk@caritas-ms.example"),
     "[Ticket#2027030710000421] Eingangsbestätigung: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
     T("""Guten Tag,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2027030710000421
erfasst und wird so schnell wie möglich bearbeitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Wenn Sie weitere
Informationen zu Ihrem Anliegen haben, geben Sie bitte die Ticketnummer im Betreff an.

Ihr Servicedesk
Caritasverband Münster
""", "utf-8", "quoted-printable"),
     machine("auto_reply"),
     extra=[("X-Mailer", "OTRS Mail Service (6.0.x)")])

# 045 bounce, German NDR (mailbox full) as multipart/report for a reminder we sent
mail("ndr-de-postfach-voll",
     "bounce: German multipart/report, mailbox full (5.2.2), human part in German",
     "2027-03-07 09:41:27 +0100",
     addr("Mail Delivery Subsystem", "mailer-daemon@mx2.muenster.example"),
     "Unzustellbar: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
     MULTI("report",
           T("""Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.

Empfänger: a.yusuf@somali-frauen-ms.example
Grund:     Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.

Der Server hat die Zustellung nach mehreren Versuchen aufgegeben. Bitte versuchen Sie es später
erneut oder wenden Sie sich auf anderem Weg an den Empfänger.
""", "iso-8859-1", "quoted-printable"),
           RAWPART("message/delivery-status", """Reporting-MTA: dns; mx2.muenster.example
Arrival-Date: Sat, 6 Mar 2027 07:00:05 +0100

Final-Recipient: rfc822; a.yusuf@somali-frauen-ms.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.somali-frauen-ms.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
Last-Attempt-Date: Sun, 7 Mar 2027 09:41:20 +0100
"""),
           RAWPART("text/rfc822-headers", """From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: a.yusuf@somali-frauen-ms.example
Subject: =?utf-8?q?Erinnerung=3A_Tag_der_Migrantenselbstorganisationen_am_13=2E_M=C3=A4rz?=
Date: Sat, 06 Mar 2027 07:00:00 +0100
Message-ID: <erinnerung-7d.0306.031@muenster.example>
Auto-Submitted: auto-generated
"""),
           params='; report-type=delivery-status'),
     machine("bounce", "a.yusuf@somali-frauen-ms.example"),
     hcharset="utf-8", mid_host="mx2.muenster.example")

# 046 change, Italian, UTF-8 QP: move from group 1 to group 3
mail("russo-it-change",
     "it change 'dal gruppo 1 al gruppo 3' (old and new number in one sentence)",
     "2027-03-08 11:00:49 +0100",
     addr("Giuseppe Russo", "giuseppe.russo@circolo-it-ms.example"),
     "Re: Iscrizione 13 marzo",
     T("""Buongiorno,
scusate il disturbo: potreste spostarmi dal gruppo 1 al gruppo 3? Ho visto che lì si parla di
finanziamenti per le associazioni, e a noi servirebbe di più.
Grazie mille!
Giuseppe Russo
Circolo Italiano di Münster
""", "utf-8", "quoted-printable"),
     exp("change", "giuseppe.russo@circolo-it-ms.example", "Giuseppe Russo",
         "Circolo Italiano di Münster", ["AG3"], None, "it"))

# 047 change, German, ISO-8859-1 8bit: 'zu viert statt zu dritt' (party 3 -> 4), asks if still OK
mail("demir-party-four",
     "de change party 3 -> 4 ('zu viert statt zu dritt'), phrased with a question; no workgroup",
     "2027-03-08 17:14:31 +0100",
     addr("Rêzan Demir", "rezan.demir@kgz-muenster.example", "iso-8859-1"),
     "Re: MSO-Tag - wir sind dabei!",
     T("""Hallo nochmal,

Azad hat seine Schwester Rojda auch noch überredet :) Wir wären also zu viert statt zu dritt.
Geht das noch? Sonst bleibt alles wie gehabt.

Danke & Gruß
Rêzan
""", "iso-8859-1", "8bit"),
     exp("change", "rezan.demir@kgz-muenster.example", "Rêzan Demir",
         "Kurdisches Gesellschaftszentrum Münster e.V.", [], 4, "de"))

# 048 cancellation, German, phone-typed, quoting our confirmation via iPhone style
mail("koetter-cancel-phone",
     "de cancellation phone-typed lower case; iPhone quote of our confirmation (AG 2, 2 Personen)",
     "2027-03-10 07:25:50 +0100",
     addr("Nadine Kötter", "nadine.koetter@webpost.example"),
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     T("""hallo, leider müssen wir absagen, unser kleiner ist krank und sascha muss doch arbeiten. sorry!!
lg nadine kötter

Von meinem iPhone gesendet

> Am 01.03.2027 um 19:30 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Guten Tag Frau Kötter,",
                         "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
                         "2 Personen")), "utf-8", "quoted-printable"),
     exp("cancellation", "nadine.koetter@webpost.example", "Nadine Kötter", None, [], None, "de"),
     in_reply_to="<bestaetigung.0301.038@muenster.example>",
     extra=[("X-Mailer", "iPhone Mail (21A351)")])

# 049 question, Romanian, ISO-8859-16 QP: are there places left / non-members?
mail("popescu-ro-question",
     "ro question (places left after deadline? non-members?), ISO-8859-16 QP; no registration",
     "2027-03-10 12:03:18 +0100",
     addr("Ioana Popescu", "ioana.popescu@posta-ro.example"),
     "Întrebare despre ziua de 13 martie",
     T("""Bună ziua,

Aș dori să știu dacă mai sunt locuri libere pentru ziua organizațiilor de migranți de pe 13
martie și dacă se poate participa și fără să fii membru al unei asociații.

Mulțumesc frumos,
Ioana Popescu
""", "iso-8859-16", "quoted-printable"),
     exp("question", "ioana.popescu@posta-ro.example", "Ioana Popescu", lang="ro"),
     hcharset="iso-8859-16")

# 050 other: unrelated enquiry about a naturalisation case sent to the event address
mail("wolkow-einbuergerung-unrelated",
     "other: unrelated administrative enquiry (naturalisation file) sent to the event mailbox",
     "2027-03-10 15:48:02 +0100",
     addr("Dimitri Wolkow", "d.wolkow@webpost.example"),
     "Einbürgerung - Stand meines Antrags",
     T("""Guten Tag,

ich habe im Oktober 2026 meinen Antrag auf Einbürgerung abgegeben und bis heute keine Antwort
bekommen. Ihre Adresse habe ich auf der Seite "Zuwanderung" gefunden. Können Sie mir sagen, wie
lange die Bearbeitung noch dauert, oder mir sagen, an wen ich mich wenden soll?

Mein Aktenzeichen: 32.1-EB-2026-04417

Mit freundlichen Grüßen
Dimitri Wolkow
""", "utf-8", "quoted-printable"),
     machine("other"))


# ---------------------------------------------------------------------------
# writing, checking, validating
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
EXAMPLE_HOST = re.compile(r"(^|\.)example$|^example\.(org|com|net)$", re.I)


def outputs():
    files = {}
    expected = {}
    for i, m in enumerate(MAILS, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        files[name] = build(i, m)
        expected[name] = m["exp"]
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, exp_text


def walk_defects(msg):
    problems = list(msg.defects)
    for part in msg.walk():
        problems += list(part.defects)
    return problems


def validate(files, expected):
    errors = []
    last = None
    for name, raw in files.items():
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{name}: line ends are not all CRLF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                errors.append(f"{name}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if walk_defects(msg):
            errors.append(f"{name}: defects {walk_defects(msg)}")
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if ctype.startswith("text/"):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{name}: part {ctype} does not decode as {cs}: {e}")
                if part.get("Content-Transfer-Encoding", "7bit").lower() in ("base64", "quoted-printable"):
                    inner = email.message_from_bytes(
                        b"Content-Type: " + part["Content-Type"].encode() + b"\r\n\r\n" + payload,
                        policy=email.policy.default)
                    if walk_defects(inner):
                        errors.append(f"{name}: defects after decoding {ctype}")
            elif ctype.startswith("message/") or ctype == "text/rfc822-headers":
                texts.append(part.as_string())
        for h in ("From", "To", "Reply-To", "Subject"):
            if msg[h] is not None:
                texts.append(str(msg[h]))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if last is not None and d <= last:
            errors.append(f"{name}: Date does not rise")
        last = d
        blob = "\n".join(texts) + "\n" + raw.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
        for a in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if not EXAMPLE_HOST.search(a.lower()):
                errors.append(f"{name}: non-example address host {a}")
        for h in re.findall(r"https?://([^/\s\"'<>?]+)", blob):
            if not EXAMPLE_HOST.search(h.lower()):
                errors.append(f"{name}: non-example URL host {h}")
        rec = expected[name]
        if set(rec) != {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}:
            errors.append(f"{name}: wrong keys")
        k = rec["kind"]
        if k not in KINDS:
            errors.append(f"{name}: bad kind")
        if not all(w in ("AG1", "AG2", "AG3") for w in rec["workgroups"]):
            errors.append(f"{name}: bad workgroup")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) \
                    or rec["workgroups"]:
                errors.append(f"{name}: machine/other record must be empty")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not rec["language"]:
                errors.append(f"{name}: person record needs lower-case email and language")
            if rec["email"] == OUR:
                errors.append(f"{name}: email is our own address")
        if k == "registration" and not (isinstance(rec["party_size"], int) and rec["party_size"] >= 1):
            errors.append(f"{name}: registration needs party_size")
        if k not in ("registration", "change") and rec["party_size"] is not None:
            errors.append(f"{name}: party_size only for registration/change")
        if k == "bounce":
            if not rec["bounced_recipient"] or rec["bounced_recipient"] not in raw.decode("ascii", "replace").lower():
                errors.append(f"{name}: bounced_recipient missing from the mail")
        elif rec["bounced_recipient"] is not None:
            errors.append(f"{name}: bounced_recipient only for bounces")
    return errors


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "(null)" for r in expected.values())
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("languages (labelled):", ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    print("total:", len(expected))


def main(argv):
    files, exp_text = outputs()
    expected = json.loads(exp_text)
    if "--stats" in argv:
        stats(expected)
        return 0
    maildir = HERE / "mails"
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in maildir.glob("*.eml")} if maildir.exists() else set()
        if on_disk != set(files):
            bad.append("mails/ holds a different set of files")
        for name, raw in files.items():
            p = maildir / name
            if not p.exists() or p.read_bytes() != raw:
                bad.append(f"{name} differs")
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json differs")
        errors = validate(files, expected)
        for b in bad + errors:
            print("check:", b)
        return 1 if bad or errors else 0
    errors = validate(files, expected)
    if errors:
        for e in errors:
            print("invalid:", e)
        return 1
    maildir.mkdir(exist_ok=True)
    for p in maildir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, raw in files.items():
        (maildir / name).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    print(f"wrote {len(files)} mails and expected.json; validation passed")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
