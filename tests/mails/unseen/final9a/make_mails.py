#!/usr/bin/env python3
"""Evaluation set "final9a": people who hesitate (MSO-Tag 2027, dev config).

50 mails to mso-tag@muenster.example.  About half are plain registrations in
many voices; the rest are registrations with a condition ("falls ich frei
bekomme"), partial attendance (only the morning, arriving late), maybe-mails
that register nobody yet, registrations that ask something, and follow-ups in
which the same people confirm, change or cancel.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    change nothing; fail if the files differ
    python3 make_mails.py --stats    print counts

Python 3.11, standard library only, deterministic.
"""

import base64
import email
import email.policy
import email.utils
import hashlib
import html
import json
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "mso-tag@muenster.example"
OURS = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
INVITATION_ID = "<einladung-mso-2027.0108.0900@muenster.example>"


def tz(hours):
    return timezone(timedelta(hours=hours))


CET = tz(1)
TRT = tz(3)  # Turkey

# ---------------------------------------------------------------------------
# MIME building blocks.  Everything is assembled with "\n" and turned into
# CRLF at the very end.
# ---------------------------------------------------------------------------


def hdr(value, cs="utf-8"):
    """A header value, RFC 2047-encoded in `cs` when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode()


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{address}>"


def encode_body(text, cs, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        return text.encode("ascii")
    if cte == "8bit":
        return text.encode(cs)
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs))
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(cs))
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of "Name: value" strings
        self.body = body        # bytes

    def to_bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(body, cs="utf-8", cte="quoted-printable", sub="plain", extra=()):
    return Part([f'Content-Type: text/{sub}; charset="{cs}"',
                 f"Content-Transfer-Encoding: {cte}", *extra],
                encode_body(body, cs, cte))


def multipart(sub, parts, boundary, preamble=""):
    chunks = [preamble.encode("ascii") + b"\n"] if preamble else []
    for p in parts:
        chunks.append(b"--" + boundary.encode("ascii") + b"\n")
        chunks.append(p.to_bytes())
        if not chunks[-1].endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(b"--" + boundary.encode("ascii") + b"--\n")
    return Part([f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], b"".join(chunks))


def attachment(data, ctype, filename):
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"],
                base64.encodebytes(data))


def boundary_for(slug, style):
    h = hashlib.sha1(slug.encode()).hexdigest()
    if style == "gmail":
        return "0000000000" + h[:16]
    if style == "outlook":
        return f"_000_{h[:8].upper()}{h[8:16].upper()}MSOTAGEXAMPLE_"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
    return f"------------{h[:24]}"


def gmail_html(body, rtl=False):
    """The HTML half of a Gmail multipart/alternative: <br> lines, quotes in a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out, quote, attr = [], [], None
    lines = body.split("\n")
    for line in lines:
        if line.startswith(">"):
            quote.append(html.escape(line[1:].lstrip(" "), quote=False))
        elif quote or attr is None and re.search(r"(wrote|schrieb|a écrit|пишет):$", line):
            if quote:
                break
            attr = html.escape(line, quote=False)
        else:
            out.append(html.escape(line, quote=False))
    while out and not out[-1].strip():
        out.pop()
    main = "<br>\n".join(out)
    res = f"<div{d}>{main}</div>"
    if attr or quote:
        res += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f"{attr or ''}<br></div>\n"
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + "<br>\n".join(quote) + "</blockquote></div>")
    return res + "\n"


def outlook_html(paras, cs, lang="DE"):
    """An HTML body as Outlook writes it (no plain part)."""
    body = "\n".join(
        f'<p class="MsoNormal">{html.escape(p, quote=False) if p else "&nbsp;"}</p>' for p in paras)
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            "span.E-MailFormatvorlage17\n\t{mso-style-type:personal-compose;}\n"
            "--></style>\n</head>\n"
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")


def message(slug, date, frm, to, subject, part, cs="utf-8", extra=(), msgid_domain=None,
            in_reply_to=None, references=None):
    domain = msgid_domain or re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1)
    h = hashlib.sha1(("mid" + slug).encode()).hexdigest()
    lines = [
        f"Date: {email.utils.format_datetime(date)}",
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {hdr(subject, cs)}",
        f"Message-ID: <{h[:12]}.{h[12:20]}@{domain}>",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append(f"References: {references or in_reply_to}")
    for x in extra:
        hname, _, hval = x.partition(": ")
        lines.append(f"{hname}: {hdr(hval, cs)}" if hval else x)
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + part.to_bytes()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw, f"<{h[:12]}.{h[12:20]}@{domain}>"


MAILS = []  # (slug, raw bytes, expected record)


def exp(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(slug, raw_and_id, expected):
    raw, mid = raw_and_id
    MAILS.append((slug, raw, expected))
    return mid


def d(month, day, hour, minute, zone=CET):
    return datetime(2027, month, day, hour, minute, 0, tzinfo=zone)


# ---------------------------------------------------------------------------
# The mails, in arrival order.
# ---------------------------------------------------------------------------

# Plain ordinary registration from Gmail (multipart/alternative, UTF-8 QP); AG named by number and title.
S = "jovic-gmail-ag2"
B = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Tag der Migrantenselbstorganisationen am 13. März 2027 im Stadtweinhaus an.

Ich würde gerne an der Arbeitsgruppe 2 („Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“) teilnehmen.

Vielen Dank und freundliche Grüße
Katarina Jović
Serbisch-Deutscher Kulturverein „Sloga“ Münster e.V.
Tel. 0251 555 0142
"""
add(S, message(S, d(1, 11, 19, 42), addr("Katarina Jović", "k.jovic@posteo.example"), REG,
               "Anmeldung MSO-Tag 13.03.2027",
               multipart("alternative", [text(B), text(gmail_html(B), sub="html")], boundary_for(S, "gmail"))),
    exp("registration", "k.jovic@posteo.example", "Katarina Jović",
        "Serbisch-Deutscher Kulturverein „Sloga“ Münster e.V.", ["AG2"], 1, "de"))

# Turkish, conditional on the writer's shift ("vardiyam uygun olursa"), asks to be listed now: registration. ISO-8859-9 8bit.
S = "kaplan-tr-vardiya-sarti"
B = """Merhaba,

13 Mart'taki Göçmen Örgütleri Günü'ne (MSO-Tag) katılmak istiyorum. Hastanede vardiyalı çalışıyorum ve mart ayının planı henüz belli değil. Vardiyam uygun olursa kesin gelirim, ama şimdiden beni listeye yazarsanız çok sevinirim, sonra yer kalmazsa üzülürüm :)

Eğitim sistemi ile ilgili 1. çalışma grubuna katılmak istiyorum.

Saygılarımla
Emine Kaplan
Münster Türk Veli Birliği
"""
add(S, message(S, d(1, 12, 23, 5, TRT), addr("Emine Kaplan", "eminekaplan61@mail.example", "iso-8859-9"), REG,
               "MSO günü kayıt", text(B, "iso-8859-9", "8bit"), cs="iso-8859-9",
               extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"]),
    exp("registration", "eminekaplan61@mail.example", "Emine Kaplan", "Münster Türk Veli Birliği",
        ["AG1"], 1, "tr"))

# Learner German: only the morning (must leave at 13:00), asks whether that is ok, and asks to be entered: registration with a question. windows-1252 QP.
S = "noori-nur-vormittag-frage"
B = """Hallo Sehr geehrte Damen und Herren,

ich will gerne kommen zu MSO Tag am 13.3. Aber ich kann nur vormittag, um 13 Uhr muss ich arbeiten gehen (Lieferdienst). Ist das ok wenn ich früher gehe oder muss man ganze Tag bleiben?

Ich interessiere mich für Thema Bildung, weil ich habe 3 Kinder in Schule und in unsere Verein viele Eltern haben Probleme mit die Schule.

Bitte tragen Sie mich ein.

Vielen Dank
Hamid Noori
Afghanischer Kulturverein Münster
"""
add(S, message(S, d(1, 13, 21, 17), addr("hamid n.", "hamid.n@web.example"), REG,
               "MSO Tag anmeldung", text(B, "windows-1252", "quoted-printable")),
    exp("registration", "hamid.n@web.example", "Hamid Noori", "Afghanischer Kulturverein Münster",
        ["AG1"], 1, "de"))

# English, phone-typed, 7bit, workshop by number plus alias; org spelt "Muenster".
S = "okafor-en-iphone"
B = """Hi there,
pls register me for the MSO day on 13 march. Workshop 3 (funding/Vereinsmanagement) would be great.
Cheers
Daniel Okafor
Nigerian Community Association Muenster

Sent from my iPhone
"""
add(S, message(S, d(1, 14, 7, 58), addr("Daniel O.", "d.okafor@mail.example"), REG,
               "registration", text(B, "us-ascii", "7bit")),
    exp("registration", "d.okafor@mail.example", "Daniel Okafor", "Nigerian Community Association Muenster",
        ["AG3"], 1, "en"))

# Maybe-mail: duty roster unknown, expressly does not register yet, asks about deadline: question. ISO-8859-1 QP.
S = "becker-noch-nicht-fest-frage"
B = """Guten Tag,

ich habe über unsere Gemeinde von Ihrem MSO-Tag gehört und hätte großes Interesse teilzunehmen. Leider kenne ich meinen Dienstplan für März noch nicht, ich arbeite in der Altenpflege und der Plan kommt immer erst Mitte Februar.

Darum möchte ich mich jetzt noch nicht fest anmelden. Bis wann muss man sich spätestens anmelden? Und kann man, falls dann noch Plätze frei sind, auch kurzfristig dazukommen?

Mit freundlichen Grüßen
Svetlana Becker
"""
BECKER_Q = add(S, message(S, d(1, 15, 16, 30), addr("Svetlana Becker", "s.becker@gmx.example"), REG,
                          "Frage zur Anmeldung MSO-Tag", text(B, "iso-8859-1", "quoted-printable"),
                          extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"]),
               exp("question", "s.becker@gmx.example", "Svetlana Becker", None, [], None, "de"))

# Arabic, windows-1256 base64, two persons (writer and wife), From without display name; name from the Arabic signature.
S = "alkhatib-ar-zwei-personen"
B = """السلام عليكم ورحمة الله،

أرغب في التسجيل في يوم منظمات المهاجرين الذاتية الذي سيقام يوم السبت 13 آذار/مارس 2027 في مونستر.
سأحضر أنا وزوجتي (شخصان)، ونود المشاركة في مجموعة العمل الأولى حول التعليم، لأن لدينا ثلاثة أطفال في المدرسة.

مع الشكر الجزيل،
أحمد الخطيب
جمعية البيت السوري في مونستر
"""
add(S, message(S, d(1, 18, 12, 4), "a.alkhatib@mail.example", REG,
               "تسجيل - يوم منظمات المهاجرين", text(B, "windows-1256", "base64"), cs="windows-1256"),
    exp("registration", "a.alkhatib@mail.example", "أحمد الخطيب", "جمعية البيت السوري في مونستر",
        ["AG1"], 2, "ar"))

# Outlook HTML-only (windows-1252 QP), "Lastname, Firstname" display, AG III first and AG I as alternative, long disclaimer.
S = "hoelscher-outlook-html-only"
P = ["Sehr geehrte Damen und Herren,", "",
     "hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.", "",
     "Mein Interesse gilt vorrangig der AG III (Förderungsmöglichkeiten und effektives Vereinsmanagement), "
     "alternativ wäre ich auch gerne in der AG I dabei.", "",
     "Mit freundlichen Grüßen", "", "i. A. Bernd Hölscher", "",
     "Migrationsberatung für erwachsene Zuwanderer (MBE)",
     "Caritasverband für die Stadt Münster e.V.",
     "Josefstraße 2 · 48151 Münster",
     "Tel.: 0251 555-0190 | www.caritas-ms.example", "",
     "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
     "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
     "Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
     "Mail ist nicht gestattet."]
add(S, message(S, d(1, 19, 9, 47), addr("Hölscher, Bernd", "b.hoelscher@caritas-ms.example", "windows-1252"),
               REG, "Anmeldung zum MSO-Tag 2027",
               text(outlook_html(P, "windows-1252"), "windows-1252", "quoted-printable", sub="html"),
               cs="windows-1252",
               extra=["Thread-Topic: Anmeldung zum MSO-Tag 2027", "Thread-Index: AdtqCz3mEw5SLcKzQ0uQ7yWb2pF1Vg==",
                      "Accept-Language: de-DE, en-US", "Content-Language: de-DE",
                      "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]),
    exp("registration", "b.hoelscher@caritas-ms.example", "Bernd Hölscher",
        "Caritasverband für die Stadt Münster e.V.", ["AG3", "AG1"], 1, "de"))

# Out-of-office answer from the same Caritas mailbox to our confirmation (Auto-Submitted header): auto_reply.
S = "hoelscher-abwesenheit-auto"
B = """Vielen Dank für Ihre Nachricht.

Ich bin vom 19.01. bis einschließlich 02.02.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example oder telefonisch an 0251 555-0100.

Mit freundlichen Grüßen
Bernd Hölscher
"""
add(S, message(S, d(1, 19, 9, 49), addr("Hölscher, Bernd", "b.hoelscher@caritas-ms.example", "windows-1252"),
               OURS, "Automatische Antwort: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
               text(B, "windows-1252", "quoted-printable"), cs="windows-1252",
               in_reply_to="<bestaetigung.hoelscher.0119@muenster.example>",
               extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                      "Thread-Topic: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
                      "Content-Language: de-DE"]),
    exp("auto_reply"))

# Russian, KOI8-R 8bit: "if I can get the day off I'll come (no comma), but put me down now": registration.
S = "smirnov-ru-otprositsya"
B = """Здравствуйте!

Хочу зарегистрироваться на День организаций мигрантов 13 марта.
Работаю водителем автобуса, график на март ещё не вышел. Если получится отпроситься с работы приду обязательно, но запишите меня, пожалуйста, уже сейчас, чтобы не остаться без места.

Интересует рабочая группа 2 (будущее Мюнстера).

С уважением,
Олег Смирнов
Русско-немецкий культурный центр "Мост"
"""
SMIRNOV_1 = add(S, message(S, d(1, 20, 18, 12), addr("Олег Смирнов", "o.smirnov@mail.example", "koi8-r"), REG,
                           "Регистрация на MSO-Tag", text(B, "koi8-r", "8bit"), cs="koi8-r"),
                exp("registration", "o.smirnov@mail.example", "Олег Смирнов",
                    'Русско-немецкий культурный центр "Мост"', ["AG2"], 1, "ru"))

# Shared association mailbox; the writer asks for the confirmation at his own address (that is the email). UTF-8 8bit.
S = "mensah-vereinspostfach-eigene-adresse"
B = """Guten Tag,

hier schreibt Joseph Mensah vom Afrika-Forum Münster. Ich möchte mich gern für den MSO-Tag am 13. März anmelden, und zwar für die AG 2 (Zukunftsprozess).

Bitte schicken Sie die Bestätigung an meine eigene Adresse j.mensah@posteo.example – dieses Vereinspostfach lesen mehrere Leute und manches geht unter.

Beste Grüße
Joseph Mensah
Afrika-Forum Münster e.V.
www.afrika-forum-ms.example
"""
add(S, message(S, d(1, 21, 11, 3), addr("Afrika-Forum Münster e.V.", "info@afrika-forum-ms.example"), REG,
               "Anmeldung Tag der MSO", text(B, "utf-8", "8bit")),
    exp("registration", "j.mensah@posteo.example", "Joseph Mensah", "Afrika-Forum Münster e.V.",
        ["AG2"], 1, "de"))

# Farsi, UTF-8 base64: would register only if there is childcare, asks about it, registers nobody yet: question.
S = "rahimi-fa-kinderbetreuung-frage"
B = """سلام وقت بخیر،

من درباره روز سازمان‌های مهاجران در ۱۳ مارس شنیدم و خیلی دوست دارم شرکت کنم، مخصوصاً در گروه مربوط به آموزش. ولی هنوز مطمئن نیستم که بتوانم بیایم، چون پسرم دو سال دارد و کسی را ندارم که از او نگهداری کند.
آیا در روز برنامه امکان نگهداری از کودک وجود دارد؟ اگر باشد، حتماً ثبت‌نام می‌کنم.

با تشکر
مریم رحیمی
"""
add(S, message(S, d(1, 22, 20, 26), addr("Maryam Rahimi", "m.rahimi@mail.example"), REG,
               "سوال درباره روز سازمان‌های مهاجران", text(B, "utf-8", "base64")),
    exp("question", "m.rahimi@mail.example", "مریم رحیمی", None, [], None, "fa"))

# Form-like registration with aligned fields, roman numeral AG II, ISO-8859-15 QP.
S = "papadopoulos-formular"
B = """Anmeldung zum Tag der Migrantenselbstorganisationen 2027

Name:            Giorgos Papadopoulos
Organisation:    Griechische Gemeinde Münster e.V.
E-Mail:          g.papadopoulos@mail.example
Telefon:         0171 5550 233
Arbeitsgruppe:   II
Personen:        1
Bemerkungen:     -

Danke & Gruß
G. Papadopoulos
"""
add(S, message(S, d(1, 25, 8, 15), addr("Giorgos Papadopoulos", "g.papadopoulos@mail.example"), REG,
               "Anmeldung MSO-Tag 2027", text(B, "iso-8859-15", "quoted-printable")),
    exp("registration", "g.papadopoulos@mail.example", "Giorgos Papadopoulos", "Griechische Gemeinde Münster e.V.",
        ["AG2"], 1, "de"))

# Ukrainian, windows-1251 QP: will arrive late (about noon); Latin From display, Cyrillic signature.
S = "koval-uk-spaeter"
B = """Доброго дня!

Я хотіла б зареєструватися на День мігрантських організацій 13 березня.
У суботу зранку в моєї доньки тренування з плавання до 11:30, тому я прийду трохи пізніше, десь о дванадцятій. Сподіваюся, це не проблема.

Прошу записати мене до робочої групи 3 (фінансування та управління об'єднанням).

Дякую!
Оксана Коваль
Українська громада Мюнстера
"""
add(S, message(S, d(1, 26, 19, 51), addr("Oksana Koval", "oksana.koval@mail.example"), REG,
               "Реєстрація", text(B, "windows-1251", "quoted-printable"), cs="windows-1251"),
    exp("registration", "oksana.koval@mail.example", "Оксана Коваль", "Українська громада Мюнстера",
        ["AG3"], 1, "uk"))

# Spanish, ISO-8859-1 8bit, two persons (writer and a named colleague).
S = "fernandez-es-dos-personas"
B = """Hola:

Quisiera inscribirme para el Día de las Organizaciones de Migrantes del 13 de marzo. Vendré con mi compañero de la asociación, Andrés Rojas, así que seríamos dos personas.
A los dos nos interesa el grupo de trabajo 2 (el proceso de futuro de Münster).

¡Muchas gracias y saludos cordiales!

Lucía Fernández
Asociación Latinoamericana Münster
«Juntos somos más»
"""
add(S, message(S, d(1, 27, 13, 38), addr("Lucía Fernández", "lucia.fernandez@mail.example", "iso-8859-1"), REG,
               "Inscripción Día de las MSO", text(B, "iso-8859-1", "8bit"), cs="iso-8859-1"),
    exp("registration", "lucia.fernandez@mail.example", "Lucía Fernández", "Asociación Latinoamericana Münster",
        ["AG2"], 2, "es"))

# Top-posted Outlook reply to the invitation (which lists AG 1-3); "falls ich frei bekomme komme ich" without comma, "tragen Sie mich schon mal ein": registration AG3.
S = "yildiz-falls-frei-ohne-komma"
B = """Hallo,

falls ich frei bekomme komme ich gerne. Tragen Sie mich bitte schon mal ein, AG 3 wäre mein Wunsch. Ich arbeite bei einer Logistikfirma am Wochenende, mein Chef sagt erst Ende Februar bescheid.

Gruß
Mehmet Yıldız
Türkischer Sportverein Gençlik Münster

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 8. Januar 2027 09:00
An: undisclosed-recipients:;
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen am Samstag, 13. März 2027, von 10 bis 16 Uhr in das Stadtweinhaus, Prinzipalmarkt 8, ein.

Drei Arbeitsgruppen stehen zur Wahl:
AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an und nennen Sie Ihre Wunsch-AG sowie die Zahl der Personen.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums
"""
add(S, message(S, d(1, 28, 22, 9), addr("Mehmet Yıldız", "mehmet.yildiz@mail.example"), REG,
               "AW: Einladung: Tag der Migrantenselbstorganisationen 2027", text(B, "utf-8", "quoted-printable"),
               in_reply_to=INVITATION_ID, extra=["Thread-Topic: Einladung: Tag der Migrantenselbstorganisationen 2027"]),
    exp("registration", "mehmet.yildiz@mail.example", "Mehmet Yıldız", "Türkischer Sportverein Gençlik Münster",
        ["AG3"], 1, "de"))

# English via Gmail: can stay only until about 1 pm, "if that still works" registers for Workgroup 1.
S = "raman-en-nur-bis-mittag"
B = """Dear organisers,

I would like to register for the MSO-Tag on 13 March. One caveat: I'm teaching a block seminar that afternoon, so I can only stay until about 1 pm and will have to leave at lunchtime.

If that still works, I'd like to join Workgroup 1 (education system) – even if I only catch the first part of it.

Best wishes,
Priya Raman
Indian Association Münster e.V.
(PhD candidate, Institut für Erziehungswissenschaft)
"""
RAMAN_1 = add(S, message(S, d(1, 29, 14, 55), addr("Priya Raman", "priya.raman@uni-muenster.example"), REG,
                         "Registration – MSO-Tag 13 March",
                         multipart("alternative", [text(B, "utf-8", "quoted-printable"),
                                                   text(gmail_html(B), "utf-8", "quoted-printable", sub="html")],
                                   boundary_for(S, "gmail"))),
              exp("registration", "priya.raman@uni-muenster.example", "Priya Raman", "Indian Association Münster e.V.",
                  ["AG1"], 1, "en"))

# Very short phone mail, AG in subject and body.
S = "aslan-kurz-handy"
B = """Hiermit melde ich mich an. AG 3.

Gruß Kadir Aslan
Kurdisch-Deutscher Freundschaftsverein Münster

Von meinem Samsung Galaxy Smartphone gesendet.
"""
add(S, message(S, d(2, 1, 6, 44), addr("Kadir Aslan", "kadir.aslan@mail.example"), REG,
               "Anmeldung MSO Tag AG 3", text(B, "utf-8", "8bit")),
    exp("registration", "kadir.aslan@mail.example", "Kadir Aslan", "Kurdisch-Deutscher Freundschaftsverein Münster",
        ["AG3"], 1, "de"))

# Polish, ISO-8859-2 QP, first choice 1, fallback 3.
S = "wojcik-pl-ag1-ag3"
B = """Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich (MSO-Tag) 13 marca 2027 r.
Najbardziej interesuje mnie grupa robocza nr 1 (edukacja), a jeśli tam nie będzie miejsc, to nr 3.

Pozdrawiam serdecznie
Agnieszka Wójcik
Stowarzyszenie Polonia Münster e.V.
"""
add(S, message(S, d(2, 1, 17, 20), addr("Agnieszka Wójcik", "a.wojcik@mail.example", "iso-8859-2"), REG,
               "Zgloszenie - Dzien Organizacji Migranckich", text(B, "iso-8859-2", "quoted-printable")),
    exp("registration", "a.wojcik@mail.example", "Agnieszka Wójcik", "Stowarzyszenie Polonia Münster e.V.",
        ["AG1", "AG3"], 1, "pl"))

# Kurmanji, ISO-8859-9 8bit: night shifts, "heke nobeta min rê bide ez ê bêm", asks to be registered now: registration.
S = "aydin-ku-nobet-sert"
B = """Silav û rêz,

Ez Rojda Aydın im, ji Navenda Çanda Kurdî ya Münsterê. Ez dixwazim beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibim. Ez li nexweşxaneyê bi nobetê dixebitim, heke nobeta min rê bide ez ê bêm. Ji kerema xwe min niha tomar bikin, heke nikaribim ez ê zû ji we re binivîsim.

Ez dixwazim beşdarî koma xebatê ya duyemîn (Pêvajoya Pêşerojê ya Münsterê) bibim.

Bi silav
Rojda Aydın
"""
AYDIN_1 = add(S, message(S, d(2, 2, 21, 2), addr("Rojda Aydın", "rojda.aydin@mail.example", "iso-8859-9"), REG,
                         "Tomarkirin - Roja Rêxistinên Koçberan", text(B, "iso-8859-9", "8bit"), cs="iso-8859-9"),
              exp("registration", "rojda.aydin@mail.example", "Rojda Aydın", "Navenda Çanda Kurdî ya Münsterê",
                  ["AG2"], 1, "ku"))

# Registers herself and a named colleague (2 persons); "Dr." title; multipart/alternative, UTF-8 base64.
S = "demir-integrationsrat-zwei"
B = """Sehr geehrte Damen und Herren,

für den Tag der Migrantenselbstorganisationen am 13. März melde ich mich und meine Kollegin Frau Selin Arslan aus dem Integrationsrat an. Wir möchten beide an der AG 2 teilnehmen.

Für Rückfragen erreichen Sie mich unter 0251 555-0312.

Mit freundlichen Grüßen

Dr. Ayşe Demir
Vorsitzende
Integrationsrat der Stadt Münster
"""
add(S, message(S, d(2, 3, 10, 21), addr("Dr. Ayşe Demir", "a.demir@integrationsrat-ms.example"), REG,
               "Anmeldung MSO-Tag – Integrationsrat",
               multipart("alternative", [text(B, "utf-8", "base64"), text(gmail_html(B), "utf-8", "base64", sub="html")],
                         boundary_for(S, "apple")),
               extra=["X-Mailer: Apple Mail (2.3774.300.61.1.2)"]),
    exp("registration", "a.demir@integrationsrat-ms.example", "Ayşe Demir", "Integrationsrat der Stadt Münster",
        ["AG2"], 2, "de"))

# Tigrinya, UTF-8 base64, ordinary registration, Latin signature and German organisation name.
S = "gebrehiwet-ti-ag1"
B = """ሰላም ክቡራት፡

ኣብቲ ብዕለት 13 መጋቢት 2027 ኣብ ሙንስተር ዚካየድ መዓልቲ ማሕበራት ስደተኛታት ክሳተፍ ክምዝገብ እደሊ።
ኣብ ጉጅለ ስራሕ 1 (ስደተኛታት ኣብ ስርዓተ ትምህርቲ) ክሳተፍ ደስ ይብለኒ።

ምስ ሰላምታ
Tesfay Gebrehiwet
Eritreischer Kulturverein Münster e.V.
"""
add(S, message(S, d(2, 3, 18, 40), addr("Tesfay G.", "tesfay.g@mail.example"), REG,
               "ምዝገባ MSO-Tag", text(B, "utf-8", "base64")),
    exp("registration", "tesfay.g@mail.example", "Tesfay Gebrehiwet", "Eritreischer Kulturverein Münster e.V.",
        ["AG1"], 1, "ti"))

# Vietnamese, UTF-8 QP, ordinary; From display "Lan Nguyen", signature in Vietnamese order with diacritics.
S = "nguyen-vi-ag3"
B = """Kính gửi Ban tổ chức,

Tôi xin đăng ký tham dự Ngày các Tổ chức tự lực của người di cư vào thứ Bảy, ngày 13/3/2027 tại Stadtweinhaus.
Tôi muốn tham gia nhóm làm việc số 3 (Các khả năng tài trợ và quản lý hội hiệu quả).

Trân trọng,
Nguyễn Thị Lan
Hội Người Việt tại Münster
"""
add(S, message(S, d(2, 4, 9, 12), addr("Lan Nguyen", "lan.nguyen@mail.example"), REG,
               "Đăng ký tham dự MSO-Tag 13/3", text(B, "utf-8", "quoted-printable")),
    exp("registration", "lan.nguyen@mail.example", "Nguyễn Thị Lan", "Hội Người Việt tại Münster",
        ["AG3"], 1, "vi"))

# Warm, informal German registration, ISO-8859-1 8bit, organisation named in the running text.
S = "oeztuerk-anmeldung-ag2"
B = """Liebes Team vom Integrationszentrum,

ich möchte mich gerne zum MSO-Tag anmelden. Ich bin im Vorstand vom Frauentreff Anadolu e.V. und würde gern in die AG 2 gehen, weil wir uns im Stadtteil viel mit dem Zukunftsprozess beschäftigen.

Liebe Grüße
Fatma Öztürk
"""
OEZTUERK_1 = add(S, message(S, d(2, 5, 13, 58), addr("Fatma Öztürk", "fatma.oeztuerk@web.example", "iso-8859-1"), REG,
                            "Anmeldung", text(B, "iso-8859-1", "8bit"), cs="iso-8859-1"),
                 exp("registration", "fatma.oeztuerk@web.example", "Fatma Öztürk", "Frauentreff Anadolu e.V.",
                     ["AG2"], 1, "de"))

# French, ISO-8859-15 QP: "si mon planning le permet, je serai là. Inscrivez-moi quand même": registration.
S = "diallo-fr-si-planning"
B = """Bonjour,

Je souhaiterais m'inscrire à la journée des organisations de migrants du samedi 13 mars. Je travaille en horaires décalés dans une clinique et je ne connais pas encore mon planning, mais si mon planning le permet, je serai là.
Inscrivez-moi quand même s'il vous plaît, je vous préviendrai au plus vite si je ne peux pas venir.

Atelier souhaité : n° 3 (financements et gestion associative).

Cordialement,
Aïssatou Diallo
Association des Guinéens de Münster
"""
DIALLO_1 = add(S, message(S, d(2, 5, 16, 31), addr("Aïssatou Diallo", "a.diallo@mail.example", "iso-8859-15"), REG,
                          "Inscription journée MSO du 13 mars", text(B, "iso-8859-15", "quoted-printable"),
                          cs="iso-8859-15"),
               exp("registration", "a.diallo@mail.example", "Aïssatou Diallo", "Association des Guinéens de Münster",
                   ["AG3"], 1, "fr"))

# Still deciding ("ich überlege noch"), asks whether arriving at 12 is ok; registers nobody: question. iPhone, UTF-8 QP.
S = "elamrani-ueberlege-noch-frage"
B = """Hallo zusammen,

ich überlege noch, ob ich zum MSO-Tag komme. Samstags vormittags bringe ich meine Tochter zum Arabischunterricht, das geht bis 11:30. Wäre es schlimm, wenn ich erst gegen 12 Uhr dazukomme? Kann man dann noch in eine AG rein oder ist dann alles schon vorbei?

Danke und viele Grüße
Samira El Amrani

Von meinem iPhone gesendet
"""
ELAMRANI_Q = add(S, message(S, d(2, 8, 21, 33), addr("Samira El Amrani", "samira.elamrani@mail.example"), REG,
                            "Frage MSO Tag", text(B, "utf-8", "quoted-printable")),
                 exp("question", "samira.elamrani@mail.example", "Samira El Amrani", None, [], None, "de"))

# Turkish Outlook HTML-only (windows-1254 QP) from the association mailbox with Reply-To to the chairman; 3 persons, a 4th "maybe" writes himself.
S = "celik-tr-html-reply-to-drei"
P = ["Merhabalar,", "",
     "Derneğimiz adına 13 Mart 2027'deki MSO Günü'ne kayıt yaptırmak istiyoruz. Üç kişi katılacağız: ben, "
     "Ayten Çelik ve Murat Koç. Belki bir arkadaşımız daha gelir, ama o kendisi ayrıca yazacak.", "",
     "Hepimiz 3 numaralı çalışma grubuna (Förderung / dernek yönetimi) katılmak istiyoruz.", "",
     "Saygılarımla,", "Hasan Çelik", "Başkan", "Münster Alevi Kültür Merkezi e.V."]
add(S, message(S, d(2, 9, 20, 5), addr("Münster Alevi Kültür Merkezi", "vorstand@alevi-muenster.example", "windows-1254"),
               REG, "MSO Günü kayıt - 3 kişi",
               text(outlook_html(P, "windows-1254", "TR"), "windows-1254", "quoted-printable", sub="html"),
               cs="windows-1254",
               extra=[f"Reply-To: {addr('Hasan Çelik', 'hasan.celik@mail.example', 'windows-1254')}",
                      "Thread-Topic: MSO Günü kayıt - 3 kişi", "Content-Language: tr-TR"]),
    exp("registration", "hasan.celik@mail.example", "Hasan Çelik", "Münster Alevi Kültür Merkezi e.V.",
        ["AG3"], 3, "tr"))

# Registration with a filled-in PDF form attached; "mit zwei weiteren Personen ... insgesamt drei".
S = "sargsyan-pdf-anhang-drei"
B = """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen das ausgefüllte Anmeldeformular für den Tag der Migrantenselbstorganisationen. Ich komme zusammen mit zwei weiteren Personen aus unserer Gemeinde, wir sind also insgesamt drei. Wir haben uns für die AG 1 (Bildungssystem) entschieden.

Mit freundlichen Grüßen
Anahit Sargsyan
Armenische Gemeinde Münster e.V.
"""
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
       b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 760 Td (Anmeldeformular MSO-Tag 2027) Tj ET\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add(S, message(S, d(2, 10, 11, 27), addr("Anahit Sargsyan", "anahit.sargsyan@mail.example"), REG,
               "Anmeldung MSO-Tag / Armenische Gemeinde",
               multipart("mixed", [text(B, "utf-8", "quoted-printable"),
                                   attachment(PDF, "application/pdf", "Anmeldeformular_MSO-Tag_2027_Sargsyan.pdf")],
                         boundary_for(S, "tb"), preamble="This is a multi-part message in MIME format."),
               extra=["User-Agent: Mozilla Thunderbird"]),
    exp("registration", "anahit.sargsyan@mail.example", "Anahit Sargsyan", "Armenische Gemeinde Münster e.V.",
        ["AG1"], 3, "de"))

# Arabic, UTF-8 8bit: "if my work allows", probably only the morning, no association, workgroup left open: registration with [] and no organisation.
S = "haddad-ar-wenn-arbeit-erlaubt"
B = """مرحباً،

أود التسجيل في يوم منظمات المهاجرين يوم 13 مارس، إذا سمح لي عملي بذلك. أعمل في مطعم وأحياناً يطلبونني يوم السبت، لكن سأحاول أخذ إجازة. وإذا أتيت فغالباً سأحضر الفترة الصباحية فقط.
لست عضواً في أي جمعية، أنا مهتم بالموضوع بشكل شخصي. ولم أقرر بعد أي مجموعة عمل أختار، سأقرر في يوم الفعالية.

شكراً جزيلاً
Omar
"""
add(S, message(S, d(2, 11, 23, 48), addr("Omar Haddad", "omar.haddad@mail.example"), REG,
               "تسجيل", text(B, "utf-8", "8bit")),
    exp("registration", "omar.haddad@mail.example", "Omar Haddad", None, [], 1, "ar"))

# Change: only until noon now, "statt AG 2 in die AG 1"; top-posted over our confirmation which names AG 2. ISO-8859-1 QP.
S = "oeztuerk-aenderung-ag1"
B = """Hallo,

ich habe mir das nochmal überlegt. Ich kann am 13. nur bis mittags bleiben, weil wir nachmittags Familienbesuch bekommen. Können Sie mich bitte statt AG 2 in die AG 1 (Bildung) setzen? Die interessiert mich eigentlich auch sehr.

Danke und liebe Grüße
Fatma Öztürk

Am 05.02.2027 um 14:12 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
> Guten Tag Frau Öztürk,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
> am 13. März 2027 im Stadtweinhaus. Wir haben Sie für die AG 2
> (Münsters Zukunftsprozess aus der Sicht der Menschen mit
> Migrationsvorgeschichte) eingetragen.
>
> Mit freundlichen Grüßen
> Tag der Migrantenselbstorganisationen
"""
add(S, message(S, d(2, 12, 9, 6), addr("Fatma Öztürk", "fatma.oeztuerk@web.example", "iso-8859-1"), OURS,
               "Re: Ihre Anmeldung zum MSO-Tag 2027", text(B, "iso-8859-1", "quoted-printable"), cs="iso-8859-1",
               in_reply_to="<bestaetigung.oeztuerk.0205@muenster.example>",
               references=f"{OEZTUERK_1} <bestaetigung.oeztuerk.0205@muenster.example>"),
    exp("change", "fatma.oeztuerk@web.example", "Fatma Öztürk", None, ["AG1"], None, "de"))

# English, 7bit: on call that weekend, asks whether a place can be held or whether to wait, and about streaming: question.
S = "asante-en-not-sure-question"
B = """Hello,

I'm interested in the MSO-Tag on 13 March but I'm not sure yet whether I can make it - I'm a paramedic and might be on call that weekend. I'll know in about two weeks.

Is it possible to hold a place without committing, or should I just wait and register once I know? And will the plenary be streamed or recorded for people who can't attend?

Thanks,
Kwame Asante
Ghana Union Muenster
"""
add(S, message(S, d(2, 12, 22, 14), addr("Kwame Asante", "kwame.asante@mail.example"), REG,
               "MSO-Tag - not sure yet", text(B, "us-ascii", "7bit")),
    exp("question", "kwame.asante@mail.example", "Kwame Asante", "Ghana Union Muenster", [], None, "en"))

# Follow-up of the maybe-mail above: roster is out, she is free, registers now (bottom-posted under our answer, which lists AG 2/3). ISO-8859-1 QP.
S = "becker-jetzt-anmeldung"
B = """Am 16.01.2027 um 10:05 schrieb Tag der Migrantenselbstorganisationen:
> Sehr geehrte Frau Becker,
>
> vielen Dank für Ihr Interesse. Anmelden können Sie sich bis zum
> 6. März 2027. Zurzeit gibt es in der AG 2 und der AG 3 noch viele freie
> Plätze; kurzfristig kommen geht nur, wenn die Plätze reichen.
>
> Mit freundlichen Grüßen
> Tag der Migrantenselbstorganisationen
>
>> Darum möchte ich mich jetzt noch nicht fest anmelden. Bis wann muss man
>> sich spätestens anmelden?

Guten Tag,

jetzt ist mein Dienstplan da, und ich habe am 13. März tatsächlich frei! Dann melde ich mich hiermit verbindlich an. Am liebsten wäre mir die AG 1 zum Thema Bildung.

Ich komme für die Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster.

Viele Grüße
Svetlana Becker
"""
add(S, message(S, d(2, 15, 18, 2), addr("Svetlana Becker", "s.becker@gmx.example"), OURS,
               "Re: Frage zur Anmeldung MSO-Tag", text(B, "iso-8859-1", "quoted-printable"),
               in_reply_to="<antwort.becker.0116@muenster.example>",
               references=f"{BECKER_Q} <antwort.becker.0116@muenster.example>",
               extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"]),
    exp("registration", "s.becker@gmx.example", "Svetlana Becker",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG1"], 1, "de"))

# Outlook HTML-only, windows-1252 base64; workshop named only by its title words ("Förderungsmöglichkeiten").
S = "benali-html-workshop-titel"
P = ["Guten Tag,", "",
     "bitte registrieren Sie mich für den Workshop „Förderungsmöglichkeiten und effektives Vereinsmanagement“ "
     "am MSO-Tag. Unser Verein ist noch jung und wir suchen dringend Tipps zur Finanzierung.", "",
     "Viele Grüße", "Nadia Benali", "Schatzmeisterin", "Marokkanischer Kulturverein Münster e.V."]
add(S, message(S, d(2, 15, 19, 40), addr("Benali, Nadia", "n.benali@mkv-muenster.example"), REG,
               "Anmeldung Workshop Förderungsmöglichkeiten",
               text(outlook_html(P, "windows-1252"), "windows-1252", "base64", sub="html"), cs="windows-1252",
               extra=["Thread-Topic: Anmeldung Workshop Förderungsmöglichkeiten", "Content-Language: de-DE"]),
    exp("registration", "n.benali@mkv-muenster.example", "Nadia Benali", "Marokkanischer Kulturverein Münster e.V.",
        ["AG3"], 1, "de"))

# Ukrainian, Gmail alternative (plain base64, HTML QP), roman numeral II with translated title.
S = "melnyk-uk-gmail-ii"
B = """Добрий день!

Прошу зареєструвати мене на День організацій мігрантів 13.03.2027 у Штадтвайнгаусі.
Обираю робочу групу II – «Процес майбутнього Мюнстера з погляду людей з міграційною історією».

З повагою
Андрій Мельник
Товариство «Українці в Мюнстері» e.V.
тел. +49 176 5550 4471
"""
add(S, message(S, d(2, 16, 12, 30), addr("Андрій Мельник", "a.melnyk@mail.example"), REG,
               "Реєстрація на MSO-Tag 2027",
               multipart("alternative", [text(B, "utf-8", "base64"),
                                         text(gmail_html(B), "utf-8", "quoted-printable", sub="html")],
                         boundary_for(S, "gmail"))),
    exp("registration", "a.melnyk@mail.example", "Андрій Мельник", "Товариство «Українці в Мюнстері» e.V.",
        ["AG2"], 1, "uk"))

# Forward of his own registration, first sent to an old address; new text restates "AG 2, wie unten". UTF-8 QP.
S = "jallow-weiterleitung-falsche-adresse"
B = """Guten Tag,

meine Anmeldung unten hatte ich aus Versehen an die alte Adresse aus dem Flyer von letztem Jahr geschickt und keine Antwort bekommen. Deshalb hier noch einmal an die richtige Adresse. Bitte AG 2, wie unten.

Danke!
Lamin Jallow
Gambian Association Münster

---------- Forwarded message ---------
Von: Lamin Jallow <lamin.jallow@mail.example>
Date: Di., 2. Feb. 2027 um 21:14 Uhr
Subject: Anmeldung MSO-Tag
To: <integration@stadt-muenster.example>

Hallo,
ich möchte mich für den MSO-Tag 2027 anmelden. Ich bin von der Gambian Association Münster und interessiere mich für die AG 2, Münsters Zukunftsprozess.
Viele Grüße
Lamin Jallow
"""
add(S, message(S, d(2, 17, 8, 3), addr("Lamin Jallow", "lamin.jallow@mail.example"), REG,
               "WG: Anmeldung MSO-Tag", text(B, "utf-8", "quoted-printable")),
    exp("registration", "lamin.jallow@mail.example", "Lamin Jallow", "Gambian Association Münster",
        ["AG2"], 1, "de"))

# "Unter Vorbehalt ... wenn es meine Schicht zulässt" (with comma), "reservieren Sie mir trotzdem einen Platz": registration. windows-1252 8bit.
S = "popescu-unter-vorbehalt-schicht"
B = """Sehr geehrte Damen und Herren,

ich möchte mich für den 13. März anmelden, allerdings unter Vorbehalt: Ich arbeite im Schichtdienst bei der Post und komme, wenn es meine Schicht zulässt. Ich versuche gerade zu tauschen. Bitte reservieren Sie mir trotzdem schon einen Platz in der AG 2.

Mit freundlichen Grüßen
Ioana Popescu
Rumänischer Kulturverein Münster
"""
POPESCU_1 = add(S, message(S, d(2, 18, 7, 12), addr("Ioana Popescu", "ioana.popescu@mail.example"), REG,
                           "Anmeldung MSO-Tag (unter Vorbehalt)", text(B, "windows-1252", "8bit")),
                exp("registration", "ioana.popescu@mail.example", "Ioana Popescu", "Rumänischer Kulturverein Münster",
                    ["AG2"], 1, "de"))

# Farsi, UTF-8 QP, Persian digits: first choice group ۳, second ۲.
S = "karimi-fa-ziffern-ag3-ag2"
B = """با سلام و احترام،

اینجانب رضا کریمی، از طرف انجمن فرهنگی ایرانیان مونستر، برای شرکت در روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ۲۰۲۷ ثبت‌نام می‌کنم.
اولویت اول من گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) و اولویت دوم گروه کاری ۲ است.

با تشکر و احترام
رضا کریمی
انجمن فرهنگی ایرانیان مونستر
"""
add(S, message(S, d(2, 18, 22, 50), addr("رضا کریمی", "reza.karimi@mail.example"), REG,
               "ثبت‌نام روز سازمان‌های مهاجران", text(B, "utf-8", "quoted-printable")),
    exp("registration", "reza.karimi@mail.example", "رضا کریمی", "انجمن فرهنگی ایرانیان مونستر",
        ["AG3", "AG2"], 1, "fa"))

# Spanish from a phone, UTF-8 QP with emoji: "me apunto ... aunque todavía no sé si me dan el día libre"; AG by alias with a guessed number.
S = "restrepo-es-dia-libre"
B = """hola!!
me apunto al MSO-Tag del 13 de marzo 🙂 aunque todavía no sé si me dan el día libre en el trabajo, si no me lo dan les aviso con tiempo.
me interesa el taller de Vereinsmanagement y financiación (el 3 creo?)
gracias!!
Camila Restrepo
Colectivo Colombia en Münster

Enviado desde mi Android
"""
add(S, message(S, d(2, 19, 13, 7), addr("Cami Restrepo", "camirestrepo@mail.example"), REG,
               "MSO-Tag", text(B, "utf-8", "quoted-printable")),
    exp("registration", "camirestrepo@mail.example", "Camila Restrepo", "Colectivo Colombia en Münster",
        ["AG3"], 1, "es"))

# Follow-up of the "ich überlege noch" question, answered inline under the coordinator's reply (which names AG 1 and AG 2): registers now, arrives about 12, AG 3.
S = "elamrani-jetzt-anmeldung-12-uhr"
B = """> Am 09.02.2027 um 11:20 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
> Liebe Frau El Amrani,
>
> das ist überhaupt kein Problem. Die Arbeitsgruppen laufen nach der
> Mittagspause; Sie können also auch um 12 Uhr noch an jeder AG
> teilnehmen, z. B. an AG 1 oder AG 2.

Super, danke für die schnelle Antwort! Dann melde ich mich hiermit an, ich komme so gegen 12 Uhr. Ich würde aber lieber in die AG 3 (Förderung), wenn das geht.

> Viele Grüße
> Jana Kortmann
> Kommunales Integrationszentrum

Ich bin im Interkulturellen Frauentreff Coerde aktiv, falls das wichtig ist.

LG Samira El Amrani
"""
add(S, message(S, d(2, 22, 7, 31), addr("Samira El Amrani", "samira.elamrani@mail.example"), OURS,
               "Re: Frage MSO Tag", text(B, "utf-8", "quoted-printable"),
               in_reply_to="<antwort.elamrani.0209@muenster.example>",
               references=f"{ELAMRANI_Q} <antwort.elamrani.0209@muenster.example>"),
    exp("registration", "samira.elamrani@mail.example", "Samira El Amrani", "Interkultureller Frauentreff Coerde",
        ["AG3"], 1, "de"))

# Tigrinya, UTF-8 8bit, ordinary: no display name, Latin signature, "only me".
S = "tekle-ti-ag2"
B = """ሰላም፡

ኣነ ሰምሃር ተኽለ እየ። ናብ መዓልቲ ማሕበራት ስደተኛታት (13 መጋቢት) ክመጽእ ደልየ ኣለኹ፡ በጃኹም ኣመዝግቡኒ። ጉጅለ ስራሕ 2 እየ ዝመርጽ።
ኣነ ጥራይ እየ ዝመጽእ።

የቐንየለይ
Semhar Tekle
"""
add(S, message(S, d(2, 22, 19, 16), "semhar.t@mail.example", REG,
               "MSO-Tag ምዝገባ", text(B, "utf-8", "8bit")),
    exp("registration", "semhar.t@mail.example", "Semhar Tekle", None, ["AG2"], 1, "ti"))

# Polish, windows-1250 8bit: "jeśli dostanę wolne, przyjdę na pewno", asks to be entered: registration.
S = "kowalczyk-pl-jesli-wolne"
B = """Dzień dobry,

proszę o zapisanie mnie na Dzień Organizacji Migrantów 13 marca. Pracuję w systemie zmianowym, jeśli dostanę wolne, przyjdę na pewno. Gdybym jednak nie mógł, dam znać najpóźniej tydzień wcześniej.

Grupa robocza: 1 (edukacja)

Pozdrawiam
Tomasz Kowalczyk
Polskie Stowarzyszenie Kulturalne „Most” Münster
"""
add(S, message(S, d(2, 23, 17, 45), addr("Tomasz Kowalczyk", "t.kowalczyk@mail.example"), REG,
               "Zapis na MSO-Tag", text(B, "windows-1250", "8bit")),
    exp("registration", "t.kowalczyk@mail.example", "Tomasz Kowalczyk",
        "Polskie Stowarzyszenie Kulturalne „Most” Münster", ["AG1"], 1, "pl"))

# Russian follow-up: got the day off, confirms attendance, restates group 2, over our (Russian) confirmation. KOI8-R QP.
S = "smirnov-ru-bestaetigt"
B = """Добрый день!

Отпустили с работы, так что приду точно. Подтверждаю своё участие 13 марта, рабочая группа 2, как и писал раньше.

Олег Смирнов
Русско-немецкий культурный центр "Мост"

20.01.2027 18:20, Tag der Migrantenselbstorganisationen пишет:
> Здравствуйте, Олег Смирнов!
>
> Спасибо за регистрацию на День организаций мигрантов 13 марта 2027 г.
> (Stadtweinhaus, Prinzipalmarkt 8, Мюнстер).
> Рабочая группа: AG2 (будущее Мюнстера)
>
> Tag der Migrantenselbstorganisationen
"""
add(S, message(S, d(2, 24, 6, 55), addr("Олег Смирнов", "o.smirnov@mail.example", "koi8-r"), OURS,
               "Re: Ваша регистрация на MSO-Tag 2027", text(B, "koi8-r", "quoted-printable"), cs="koi8-r",
               in_reply_to="<bestaetigung.smirnov.0120@muenster.example>",
               references=f"{SMIRNOV_1} <bestaetigung.smirnov.0120@muenster.example>"),
    exp("registration", "o.smirnov@mail.example", "Олег Смирнов", 'Русско-немецкий культурный центр "Мост"',
        ["AG2"], 1, "ru"))

# Change via Gmail: can stay all day after all, switch from Workgroup 1 to Workgroup 2 "if there's still room"; quote names AG1.
S = "raman-en-wechsel-ag2"
B = """Good news – my seminar has been moved, so I can stay the whole day after all.

Could you therefore please switch me from Workgroup 1 to Workgroup 2 (Münster's future process), if there's still room?

Thanks a lot!
Priya

On Fri, 29 Jan 2027 at 15:02, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
> Dear Priya Raman,
>
> thank you for registering for the MSO-Tag on 13 March 2027.
> Workgroup: AG1 (Menschen mit Migrationsvorgeschichte im Bildungssystem)
>
> Tag der Migrantenselbstorganisationen
"""
add(S, message(S, d(2, 24, 16, 18), addr("Priya Raman", "priya.raman@uni-muenster.example"), OURS,
               "Re: Your registration – MSO-Tag 2027",
               multipart("alternative", [text(B, "utf-8", "quoted-printable"),
                                         text(gmail_html(B), "utf-8", "quoted-printable", sub="html")],
                         boundary_for(S, "gmail")),
               in_reply_to="<bestaetigung.raman.0129@muenster.example>",
               references=f"{RAMAN_1} <bestaetigung.raman.0129@muenster.example>"),
    exp("change", "priya.raman@uni-muenster.example", "Priya Raman", None, ["AG2"], None, "en"))

# Kurmanji change, ISO-8859-9 QP: shift changed, arrives only at noon, "koma 3yan li şûna koma 2yan".
S = "aydin-ku-guhertin-ag3"
B = """Silav,

Min di meha Sibatê de xwe ji bo koma xebatê ya 2yan tomar kiribû. Nobeta min hat guhertin û ez ê tenê nîvro bigihêjim. Ji kerema xwe min li şûna koma 2yan bixin koma 3yan (Derfetên piştgiriyê û rêveberiya komeleyê).

Gelek spas
Rojda Aydın
"""
add(S, message(S, d(2, 26, 12, 0), addr("Rojda Aydın", "rojda.aydin@mail.example", "iso-8859-9"), REG,
               "Guhertin - koma xebatê", text(B, "iso-8859-9", "quoted-printable"), cs="iso-8859-9",
               in_reply_to=AYDIN_1),
    exp("change", "rojda.aydin@mail.example", "Rojda Aydın", None, ["AG3"], None, "ku"))

# Vietnamese, UTF-8 base64: only the morning, says he will join no workgroup: registration with [] and no organisation.
S = "tran-vi-nur-vormittag"
B = """Chào quý Ban tổ chức,

Tôi tên là Trần Văn Minh. Tôi muốn đăng ký tham dự MSO-Tag ngày 13/3. Tôi chỉ có thể tham dự buổi sáng, vì buổi chiều tôi phải đi làm ở tiệm, nên tôi sẽ không tham gia nhóm làm việc nào.

Xin cảm ơn!
Minh
"""
add(S, message(S, d(3, 1, 10, 9), addr("Minh Tran", "minh.tran@mail.example"), REG,
               "Đăng ký MSO-Tag", text(B, "utf-8", "base64")),
    exp("registration", "minh.tran@mail.example", "Trần Văn Minh", None, [], 1, "vi"))

# Change of party size: shift swapped, comes for sure, daughter joins ("dann wären wir zu zweit"), "AG bleibt gleich": change, party 2, workgroups [].
S = "popescu-tochter-kommt-mit"
B = """Hallo,

gute Nachricht: ich konnte die Schicht tauschen und komme sicher! Meine Tochter Elena (19, studiert Soziale Arbeit) möchte auch mitkommen, geht das? Dann wären wir zu zweit. AG bleibt gleich.

LG Ioana Popescu

Von meinem iPhone gesendet
"""
add(S, message(S, d(3, 2, 8, 26), addr("Ioana Popescu", "ioana.popescu@mail.example"), REG,
               "Re: Anmeldung MSO-Tag (unter Vorbehalt)", text(B, "utf-8", "8bit"), in_reply_to=POPESCU_1),
    exp("change", "ioana.popescu@mail.example", "Ioana Popescu", None, [], 2, "de"))

# Turkish cancellation of the conditional registration (shift could not be swapped). ISO-8859-9 QP.
S = "kaplan-tr-iptal"
B = """Merhaba,

ben Emine Kaplan. Ocak ayında MSO günü için kayıt olmuştum, vardiyam uygun olursa gelirim diye yazmıştım. Maalesef 13 Mart'ta nöbetim var ve kimseyle değiştiremedim.
Kaydımı iptal edebilir misiniz lütfen? Böylece yerim başka birine kalır.

Kusura bakmayın, iyi çalışmalar dilerim.
Emine Kaplan
"""
add(S, message(S, d(3, 2, 23, 40, TRT), addr("Emine Kaplan", "eminekaplan61@mail.example", "iso-8859-9"), REG,
               "MSO günü kaydımı iptal", text(B, "iso-8859-9", "quoted-printable"), cs="iso-8859-9",
               extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"]),
    exp("cancellation", "eminekaplan61@mail.example", "Emine Kaplan", None, [], None, "tr"))

# Long, chatty German registration; AG only by the alias "Stadtentwicklung"; asks about step-free access; son brings him but does not attend (party 1). ISO-8859-1 8bit.
S = "mansour-lang-stadtentwicklung"
B = """Sehr geehrte Damen und Herren,

mein Name ist Said Mansour, ich wohne seit 1989 in Münster und bin seit vielen Jahren in der Palästinensischen Gemeinde Münster aktiv. Beim letzten MSO-Tag war ich auch dabei, es hat mir sehr gut gefallen, besonders die Gespräche in der Pause.

Dieses Jahr möchte ich wieder teilnehmen. Mich interessiert vor allem die Stadtentwicklung, also wie Münster in Zukunft aussehen soll und ob wir Migranten da auch gefragt werden. Früher hat man uns ja nicht gefragt. Ich habe dazu viele Ideen, zum Beispiel für Begegnungsorte im Stadtteil, das hatten wir 2018 schon einmal besprochen (Haus der Kulturen).

Ich bin leider nicht mehr so gut zu Fuß. Ist das Stadtweinhaus barrierefrei? Wenn nicht, komme ich trotzdem, mein Sohn bringt mich dann hin und holt mich wieder ab. Er selbst nimmt nicht teil.

Mit freundlichen Grüßen
Said Mansour
Palästinensische Gemeinde Münster
"""
add(S, message(S, d(3, 3, 15, 2), addr("Said Mansour", "s.mansour@t-online.example"), REG,
               "Teilnahme MSO-Tag 2027", text(B, "iso-8859-1", "8bit"), cs="iso-8859-1"),
    exp("registration", "s.mansour@t-online.example", "Said Mansour", "Palästinensische Gemeinde Münster",
        ["AG2"], 1, "de"))

# "Darf ich ohne Verein kommen? Falls ja, melde ich mich hiermit gleich an": registration (the page invites all interested), no organisation. Gmail alternative.
S = "costa-ohne-verein-falls-ja"
B = """Hallo,

ich bin Lehrerin an einer Grundschule in Münster-Kinderhaus und selbst aus Brasilien zugewandert, bin aber in keinem Verein aktiv. Darf ich trotzdem am MSO-Tag teilnehmen? Falls ja, melde ich mich hiermit gleich an – für die AG 1 (Bildungssystem).

Viele Grüße
Mariana Costa
"""
add(S, message(S, d(3, 4, 20, 13), addr("Mariana Costa", "mariana.costa@mail.example"), REG,
               "Teilnahme ohne Verein?",
               multipart("alternative", [text(B, "utf-8", "quoted-printable"),
                                         text(gmail_html(B), "utf-8", "quoted-printable", sub="html")],
                         boundary_for(S, "gmail"))),
    exp("registration", "mariana.costa@mail.example", "Mariana Costa", None, ["AG1"], 1, "de"))

# French cancellation of the conditional registration, over our French confirmation naming AG3. UTF-8 QP.
S = "diallo-fr-annulation"
B = """Bonjour,

Malheureusement, mon planning de mars vient de sortir et je travaille le samedi 13. Je dois donc annuler mon inscription, j'en suis désolée.
Je vous souhaite une très belle journée et j'espère pouvoir venir l'année prochaine.

Bien cordialement,
Aïssatou Diallo

Le 05/02/2027 à 16:40, Tag der Migrantenselbstorganisationen a écrit :
> Bonjour Aïssatou Diallo,
>
> Merci pour votre inscription à la Journée des organisations de migrants
> le 13 mars 2027 (Stadtweinhaus, Prinzipalmarkt 8, Münster).
> Atelier : AG3 - Förderungsmöglichkeiten und effektives Vereinsmanagement
>
> Tag der Migrantenselbstorganisationen
"""
add(S, message(S, d(3, 5, 9, 37), addr("Aïssatou Diallo", "a.diallo@mail.example"), OURS,
               "Re: Votre inscription - MSO-Tag 2027", text(B, "utf-8", "quoted-printable"),
               in_reply_to="<bestaetigung.diallo.0205@muenster.example>",
               references=f"{DIALLO_1} <bestaetigung.diallo.0205@muenster.example>"),
    exp("cancellation", "a.diallo@mail.example", "Aïssatou Diallo", None, [], None, "fr"))

# Phone-typed German cancellation after the deadline: no day off; mentions AG3 only to identify himself.
S = "yildiz-kein-frei-absage"
B = """Hallo, leider hab ich kein frei bekommen für den 13.3. Bitte streichen sie mich von der Liste (AG3). Vielleicht nächstes Jahr.
Gruß Mehmet Yıldız

Von meinem Samsung Galaxy Smartphone gesendet.
"""
add(S, message(S, d(3, 8, 18, 4), addr("Mehmet Yıldız", "mehmet.yildiz@mail.example"), REG,
               "Absage MSO Tag", text(B, "utf-8", "8bit")),
    exp("cancellation", "mehmet.yildiz@mail.example", "Mehmet Yıldız", None, [], None, "de"))


# ---------------------------------------------------------------------------
# Expected records: null what the README nulls for the kind.
# ---------------------------------------------------------------------------

def finalise(rec):
    rec = dict(rec)
    k = rec["kind"]
    if k in ("auto_reply", "bounce", "other"):
        rec.update(email=None, name=None, organisation=None, language=None)
    if k != "registration" and k != "change":
        rec["party_size"] = None
    if k not in ("registration", "change"):
        rec["workgroups"] = []
    if k != "bounce":
        rec["bounced_recipient"] = None
    return rec


def build():
    files, expected = {}, {}
    for i, (slug, raw, rec) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = raw
        expected[name] = finalise(rec)
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    return files, expected, exp_text


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
WGS = {"AG1", "AG2", "AG3"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9\-.]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def check_hosts(where, s, problems):
    for m in EMAIL_RE.finditer(s):
        if not example_host(m.group(1)):
            problems.append(f"{where}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(s):
        host = m.group(1)
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        if not example_host(host):
            problems.append(f"{where}: non-example URL host {host}")


def validate(files, expected):
    problems = []
    last_date = None
    for name in sorted(files):
        raw = files[name]
        # CRLF and line length
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{name}: bare LF or CR")
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                problems.append(f"{name}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: defects {part.defects}")
            for hname, hval in part.items():
                texts.append(str(hval))
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                problems.append(f"{name}: defects after decoding {part.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    problems.append(f"{name}: text part without charset")
                    continue
                try:
                    texts.append(payload.decode(cs, errors="strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{name}: text part does not decode in {cs}: {e}")
                part.get_content()
                if part.defects:
                    problems.append(f"{name}: defects after get_content {part.defects}")
        for t in texts:
            check_hosts(name, t, problems)
        check_hosts(name, raw.replace(b"=\r\n", b"").decode("latin-1"), problems)
        if msg.defects:
            problems.append(f"{name}: message defects {msg.defects}")
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if last_date is not None and dt <= last_date:
            problems.append(f"{name}: Date does not rise")
        last_date = dt
        # expected record
        rec = expected.get(name)
        if rec is None:
            problems.append(f"{name}: no expected record")
            continue
        if tuple(rec) != KEYS:
            problems.append(f"{name}: keys {list(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            problems.append(f"{name}: bad kind")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language")):
                problems.append(f"{name}: machine/other mail with person fields")
        else:
            if not (isinstance(rec["email"], str) and rec["email"] == rec["email"].lower()
                    and example_host(rec["email"].split("@")[-1])):
                problems.append(f"{name}: bad email {rec['email']!r}")
            if not (isinstance(rec["language"], str) and re.fullmatch(r"[a-z]{2}", rec["language"])):
                problems.append(f"{name}: bad language")
            if rec["email"] not in raw.decode("latin-1").lower() and rec["email"] not in "".join(texts).lower():
                problems.append(f"{name}: expected email not in mail")
        if not (isinstance(rec["workgroups"], list) and set(rec["workgroups"]) <= WGS
                and len(set(rec["workgroups"])) == len(rec["workgroups"])):
            problems.append(f"{name}: bad workgroups")
        ps = rec["party_size"]
        if k == "registration":
            if not (isinstance(ps, int) and ps >= 1):
                problems.append(f"{name}: registration needs party_size")
        elif k == "change":
            if ps is not None and not (isinstance(ps, int) and ps >= 1):
                problems.append(f"{name}: bad party_size")
        elif ps is not None:
            problems.append(f"{name}: party_size must be null")
        if (k == "bounce") != (rec["bounced_recipient"] is not None):
            problems.append(f"{name}: bounced_recipient")
    if set(expected) != set(files):
        problems.append("expected.json and mails disagree")
    return problems


def stats(files, expected):
    from collections import Counter
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    charsets, ctes, types = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset()] += 1
            ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    for title, c in (("kinds", kinds), ("languages", langs), ("top-level types", types),
                     ("text charsets", charsets), ("transfer encodings", ctes)):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))


def main(argv):
    files, expected, exp_text = build()
    problems = validate(files, expected)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        diffs = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        for n in sorted(on_disk - set(files)):
            diffs.append(f"extra file mails/{n}")
        for n, raw in files.items():
            p = mails_dir / n
            if not p.exists() or p.read_bytes() != raw:
                diffs.append(f"mails/{n} differs")
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_text(encoding="utf-8") != exp_text:
            diffs.append("expected.json differs")
        for x in diffs:
            print(x, file=sys.stderr)
        print("check: " + ("FAILED" if diffs else f"ok ({len(files)} mails)"))
        return 1 if diffs else 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, raw in files.items():
        (mails_dir / n).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read from disk and validate again
    disk = {p.name: p.read_bytes() for p in mails_dir.glob("*.eml")}
    problems = validate(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
