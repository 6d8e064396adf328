#!/usr/bin/env python3
"""Evaluation set "final8f": 50 mails to the registration address of the
"Interkultureller Workshoptag Münster 2027" (Bezirksverwaltung Hiltrup).

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if files on disk differ
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
Every mail text is in this file, with a comment above each mail saying what it tests.
"""

import base64
import datetime as dt
import hashlib
import json
import os
import quopri
import re
import sys
import tomllib
from collections import Counter
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OURS = "workshoptag@muenster.example"
OURS_H = formataddr(("Interkultureller Workshoptag Münster", OURS), charset="utf-8")

# ---------------------------------------------------------------- building blocks


class T:
    """A text part."""

    def __init__(self, text, sub="plain", cs="utf-8", cte="quoted-printable", params=""):
        self.text, self.sub, self.cs, self.cte, self.params = text, sub, cs, cte, params


class A:
    """An attachment (base64)."""

    def __init__(self, ctype, filename, data, inline=False):
        self.ctype, self.filename, self.data, self.inline = ctype, filename, data, inline


class Mp:
    """A multipart container."""

    def __init__(self, sub, *parts, params=""):
        self.sub, self.parts, self.params = sub, parts, params


class Raw:
    """A part given as header lines and an already-encoded body (str, ASCII)."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(cs)  # strict: fails if the charset cannot hold it
    if cte == "7bit":
        assert all(c < 128 for c in raw), "7bit body with non-ASCII"
        return crlf(raw)
    if cte == "8bit":
        return crlf(raw)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw))
    if cte == "base64":
        b = base64.b64encode(crlf(raw))
        return b"\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    raise ValueError(cte)


def render(part, bnd):
    """Return (header lines, body bytes) of a part; bnd is a counter list for boundaries."""
    if isinstance(part, T):
        p = f"; {part.params}" if part.params else ""
        h = [f'Content-Type: text/{part.sub}; charset="{part.cs}"{p}',
             f"Content-Transfer-Encoding: {part.cte}"]
        return h, encode_body(part.text, part.cs, part.cte)
    if isinstance(part, A):
        b = base64.b64encode(part.data)
        body = b"\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))
        disp = "inline" if part.inline else "attachment"
        h = [f'Content-Type: {part.ctype}; name="{part.filename}"',
             "Content-Transfer-Encoding: base64",
             f'Content-Disposition: {disp}; filename="{part.filename}"']
        return h, body
    if isinstance(part, Raw):
        return list(part.headers), crlf(part.body.encode("ascii"))
    if isinstance(part, Mp):
        bnd[0] += 1
        boundary = f"=_b{bnd[1]}_{bnd[0]}_{hashlib.md5(str(bnd).encode()).hexdigest()[:12]}"
        p = f"; {part.params}" if part.params else ""
        h = [f'Content-Type: multipart/{part.sub}; boundary="{boundary}"{p}']
        out = []
        if part.sub != "report":
            out.append(b"This is a multi-part message in MIME format.\r\n")
        for sp in part.parts:
            sh, sb = render(sp, bnd)
            out.append(f"--{boundary}\r\n".encode() + "\r\n".join(sh).encode() + b"\r\n\r\n" + sb + b"\r\n")
        out.append(f"--{boundary}--\r\n".encode())
        return h, b"".join(out)
    raise TypeError(part)


def hdr(value, cs="utf-8"):
    """An unstructured header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs).encode(linesep="\r\n")


def ad(name, address, cs="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=cs)


def q(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


# ---------------------------------------------------------------- recurring texts

INVITATION = """Liebe Nachbarinnen und Nachbarn,
liebe Vereine, Gemeinden und Initiativen,

die Bezirksverwaltung Hiltrup lädt Sie herzlich ein zum

    Interkulturellen Workshoptag Münster 2027
    Samstag, 22. Mai 2027, 10 bis 17 Uhr
    Bürgerhaus Hiltrup, Marktallee 28, 48165 Münster

Sechs Workshops zum Mitmachen, für alle Altersgruppen (je 15 Plätze):

  1  Kochwerkstatt – Rezepte aus aller Welt
  2  Theaterworkshop – Szenen aus dem Alltag
  3  Nähcafé – Nähen, Flicken, Upcycling
  4  Gemeinschaftsgarten – Hochbeete bauen und bepflanzen
  5  Trommeln & Singen – Musik aus vielen Ländern
  6  Fahrrad-Reparatur – Selbsthilfewerkstatt

Bitte melden Sie sich bis zum 15. Mai 2027 an: workshoptag@muenster.example
Nennen Sie Ihren Namen, wie viele Personen kommen (Kinder, die mitmachen,
bitte mitzählen) und Ihren Wunsch-Workshop, gern auch eine zweite Wahl.

Die Teilnahme ist kostenlos. Für Essen und Getränke ist gesorgt.

Mit freundlichen Grüßen
Sabine Brinkhoff
Bezirksverwaltung Hiltrup – Stadtteilbüro
Westfalenstraße 197, 48165 Münster"""

INVITATION_ID = "<einladung-workshoptag-2027@muenster.example>"


def confirmation(name, label, persons, extra=""):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Interkulturellen Workshoptag Münster 2027
am Samstag, 22. Mai 2027, 10–17 Uhr, Bürgerhaus Hiltrup, Marktallee 28.

Workshop: {label}
Personen: {persons}
{extra}
Möchten Sie etwas ändern oder absagen, antworten Sie einfach auf diese Mail.

Bezirksverwaltung Hiltrup – Interkultureller Workshoptag"""


def conf_id(n):
    return f"<bestaetigung-{n:04d}@muenster.example>"


DISCLAIMER_JT = """Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich
erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie
diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail
ist nicht gestattet. Träger: Jugendwerk Münster-Süd gGmbH, Amtsgericht Münster HRB 0000."""

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
       b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")

# ---------------------------------------------------------------- the mails

MAILS = []


def mail(slug, frm, subject, body, exp, *, to=OURS, reply_to=None, cc=None, extra=(),
         subj_cs="utf-8", tz=None, reply_of=None, mailer=None, at=None):
    MAILS.append(dict(slug=slug, frm=frm, subject=subject, body=body, exp=exp, to=to,
                      reply_to=reply_to, cc=cc, extra=list(extra), subj_cs=subj_cs, tz=tz,
                      reply_of=reply_of, mailer=mailer, at=at))


def R(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return dict(kind=kind, email=email, name=name, organisation=org, workgroups=list(wg),
                party_size=party, language=lang, bounced_recipient=bounced)


# 001: plain German neighbour, UTF-8 8bit; "Kochkurs" (a near name for the Kochwerkstatt);
# party 2 stated as "zu zweit"; the street number and date must not be read as a workshop number.
mail("terhechte-kochkurs",
     ad("Monika Terhechte", "m.terhechte@t-online.example"),
     "Anmeldung Workshoptag",
     T("""Hallo,

hiermit melden wir uns für den Kochkurs am 22. Mai an. Wir sind zu zweit, mein Mann Bernd und ich.
Wir wohnen seit über 30 Jahren in Hiltrup und finden es schön, dass so etwas bei uns im Bürgerhaus stattfindet.

Viele Grüße
Monika Terhechte
Westfalenstraße 112
48165 Münster
""", cte="8bit"),
     R("registration", "m.terhechte@t-online.example", "Monika Terhechte", None, ["kochen"], 2, "de"),
     mailer="Open-Xchange Mailer v7.10.6")

# 002: Turkish mother, "yemek atölyesi" = cooking; two children count (party 3);
# From display name is a nickname, the signature carries the full name; ISO-8859-9 QP.
mail("korkmaz-yemek",
     ad("ayse.k", "aysek1987@hotmail.example"),
     "Kayıt - yemek atölyesi",
     T("""Merhaba,

Ben Hiltrup'ta oturuyorum, komşumdan bu etkinliği duydum. 22 Mayıs'taki yemek atölyesine katılmak istiyorum. Yanımda iki çocuğum da olacak (8 ve 11 yaşında), onlar da yemek yapmayı çok seviyor :)

Toplam 3 kişiyiz.

Saygılarımla
Ayşe Korkmaz

iPhone'umdan gönderildi
""", cs="iso-8859-9"),
     R("registration", "aysek1987@hotmail.example", "Ayşe Korkmaz", None, ["kochen"], 3, "tr"),
     subj_cs="iso-8859-9", mailer="iPhone Mail (20E252)")

# 003: youth club, HTML-only Outlook reply (windows-1252 QP) quoting the whole invitation with all
# six workshop names; the new text ranks Theater first, Trommeln & Singen second; 6 youths + leader = 7;
# long signature with disclaimer.
INV_HTML = INVITATION.replace("&", "&amp;").replace("\n", "<br>\n")
mail("overbeck-jugendtreff-outlook",
     ad("Overbeck, Jannik", "j.overbeck@jugendtreff-hiltrup.example"),
     "AW: Einladung Interkultureller Workshoptag Münster 2027",
     T(f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage18 {{mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Hallo Frau Brinkhoff,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">vielen Dank für die Einladung, die kam genau richtig! Vom Jugendtreff würden gerne
6 Jugendliche (14–17 Jahre) mitmachen, dazu komme ich als Betreuer mit, also insgesamt 7 Personen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Erste Wahl wäre ganz klar der Theaterworkshop. Falls der schon voll ist, gerne
Trommeln &amp; Singen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Beste Grüße<o:p></o:p></p>
<p class="MsoNormal">Jannik Overbeck<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#E36C0A">Jugendtreff Hiltrup-Ost</span></b> | Offene Kinder- und Jugendarbeit<br>
Am Klosterwald 7 · 48165 Münster<br>
Tel. 0251 555-0173 · <a href="https://www.jugendtreff-hiltrup.example">www.jugendtreff-hiltrup.example</a><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">{DISCLAIMER_JT.replace(chr(10), ' ')}</span><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Bezirksverwaltung Hiltrup &lt;workshoptag@muenster.example&gt;<br>
<b>Gesendet:</b> Freitag, 19. März 2027 10:02<br>
<b>An:</b> Overbeck, Jannik &lt;j.overbeck@jugendtreff-hiltrup.example&gt;<br>
<b>Betreff:</b> Einladung Interkultureller Workshoptag Münster 2027<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">{INV_HTML}<o:p></o:p></p>
</div></body></html>
""", sub="html", cs="windows-1252"),
     R("registration", "j.overbeck@jugendtreff-hiltrup.example", "Jannik Overbeck",
       "Jugendtreff Hiltrup-Ost", ["theater", "musik"], 7, "de"),
     reply_of=INVITATION_ID, mailer="Microsoft Outlook 16.0",
     extra=[("Thread-Index", "AdkZ3JkQm9yZWFkZXIgMTIzNDU2Nzg5MA=="), ("Content-Language", "de-DE")])

# 004: Arabic, "ورشة الطبخ" = cooking workshop; daughter counts (party 2); windows-1256 base64;
# From display name is abbreviated ("Rania H."), so the full Arabic name in the signature is the name.
mail("hamdan-tabkh",
     ad("Rania H.", "rania.hamdan@gmail.example"),
     "تسجيل ورشة الطبخ",
     T("""السلام عليكم،

أنا رانيا من سوريا، أسكن في هيلتروب منذ سنتين. أرغب بالتسجيل في ورشة الطبخ يوم السبت 22 أيار.
سأحضر مع ابنتي لين (12 سنة)، يعني نحن شخصان.
أستطيع أن أحضر معي وصفة الكبة الحلبية إذا كان هذا مناسباً.

مع الشكر
رانيا الحمدان
""", cs="windows-1256", cte="base64"),
     R("registration", "rania.hamdan@gmail.example", "رانيا الحمدان", None, ["kochen"], 2, "ar"))

# 005: out-of-office of a parish office, with Auto-Submitted header, German + English.
mail("pfarrbuero-abwesend",
     ad("Pfarrbüro St. Clemens", "pfarrbuero@st-clemens-hiltrup.example"),
     "Automatische Antwort: Workshoptag – Aushang für Ihren Schaukasten",
     T("""Vielen Dank für Ihre Nachricht.

Das Pfarrbüro St. Clemens ist vom 27.03. bis einschließlich 09.04.2027 (Osterferien)
nicht besetzt. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.
In dringenden seelsorglichen Angelegenheiten erreichen Sie den Rufbereitschafts-
dienst unter 0251 555-0190.

Thank you for your message. The parish office is closed from 27 March to
9 April 2027. Your e-mail will be dealt with after our return.

Pfarrbüro St. Clemens Hiltrup
"""),
     R("auto_reply"),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "auto_reply")],
     reply_of="<aushang-2027-03-29@muenster.example>")

# 006: English neighbour, Gmail multipart/alternative; "the drum one" = Trommeln & Singen;
# 2 adults + 3 children (4, 7, 9) = 5; the German phrase in the text must not flip the language.
_t = """Hi there,

Saw the poster in the Edeka on Marktallee. We'd love to come along - me, my wife Sinéad and our three kids (4, 7 and 9). The kids are set on the drum one, and honestly so am I.

Sorry for writing in English, my German is still at the "Entschuldigung, sprechen Sie Englisch?" level.

Cheers,
Declan
"""
mail("murphy-drum-one",
     ad("Declan Murphy", "declan.murphy@gmail.example"),
     "Workshop day - sign up",
     Mp("alternative",
        T(_t),
        T("<div dir=\"ltr\">" + _t.replace("&", "&amp;").replace("\n\n", "</div><div><br></div><div>")
          .replace("\n", "<br>") + "</div>\n", sub="html")),
     R("registration", "declan.murphy@gmail.example", "Declan Murphy", None, ["musik"], 5, "en"))

# 007: Russian pensioner, KOI8-R 8bit with KOI8-R encoded display name; "где будут шить" = sewing;
# a friend comes along (party 2); senior club in the signature is the organisation.
mail("kraus-shit-koi8",
     ad("Людмила Краус", "l.kraus@web.example", cs="koi8-r"),
     "Запись на мастер-класс",
     T("""Здравствуйте!

Я прочитала в газете "Hiltruper Wochenblatt" о вашем празднике. Мы с подругой Галиной хотим записаться туда, где будут шить. Мы обе хорошо шьём, можем и другим помочь.

Нас 2 человека.

С уважением,
Людмила Краус
клуб пенсионеров "Радуга", Хильтруп
""", cs="koi8-r", cte="8bit"),
     R("registration", "l.kraus@web.example", "Людмила Краус", 'клуб пенсионеров "Радуга"',
       ["nähen"], 2, "ru"),
     subj_cs="koi8-r")

# 008: learner German from a refugee shelter, phone, US-ASCII 7bit, no umlauts ("mochte");
# "Fahrrad reparieren" = Fahrrad-Reparatur; comes alone.
mail("khalil-fahrrad-learner",
     ad("Ahmad Khalil", "ahmad.kh@mail.example"),
     "Anmeldung",
     T("""Hallo

Mein Name ist Ahmad Khalil. Ich wohne in Hiltrup in die Unterkunft am Osttor. Ich mochte gern Fahrrad reparieren lernen weil ich habe ein altes Fahrrad und es ist kaputt.
Ich komme allein, 1 Person.
Mein Deutsch ist nicht so gut, Entschuldigung.

Danke
Ahmad

Von meinem iPhone gesendet
""", cs="us-ascii", cte="7bit"),
     R("registration", "ahmad.kh@mail.example", "Ahmad Khalil", None, ["fahrrad"], 1, "de"),
     mailer="iPhone Mail (20E252)")

# 009: Farsi, UTF-8 base64, "کارگاه باغبانی" = gardening; Persian digit ۲ for the party size.
mail("rezaei-baghbani",
     ad("Maryam Rezaei", "m.rezaei@yahoo.example"),
     "ثبت نام کارگاه باغبانی",
     T("""سلام و وقت بخیر،

من و همسرم می‌خواهیم در کارگاه باغبانی (ساختن باغچه‌های بلند) شرکت کنیم. ما در ایران باغ داشتیم و خیلی دلمان برای کار با خاک تنگ شده است.
تعداد: ۲ نفر

با تشکر
مریم
""", cte="base64"),
     R("registration", "m.rezaei@yahoo.example", "Maryam Rezaei", None, ["garten"], 2, "fa"))

# 010: senior group from a shared parish mailbox, ISO-8859-1 QP; Nähcafé first, Kochwerkstatt second;
# "8 Damen" includes the writer; question about access inside a registration.
mail("wessels-seniorentreff",
     ad("Seniorentreff St. Clemens", "seniorentreff@st-clemens-hiltrup.example"),
     "Anmeldung Seniorengruppe",
     T("""Sehr geehrte Damen und Herren,

der Seniorentreff St. Clemens möchte sich mit einer Gruppe von 8 Damen (mich eingeschlossen) zum Workshoptag anmelden. Unser Wunsch wäre das Nähcafé - einige von uns haben früher selbst geschneidert und würden ihr Können gern weitergeben. Sollte das Nähcafé schon ausgebucht sein, käme für uns alternativ die Kochwerkstatt in Frage.

Zwei der Damen sind mit dem Rollator unterwegs. Ich gehe davon aus, dass das Bürgerhaus barrierefrei ist?

Mit freundlichen Grüßen

Hildegard Wessels
- Seniorentreff St. Clemens -
mittwochs 14.30 - 17.00 Uhr im Pfarrheim
""", cs="iso-8859-1"),
     R("registration", "seniorentreff@st-clemens-hiltrup.example", "Hildegard Wessels",
       "Seniorentreff St. Clemens", ["nähen", "kochen"], 8, "de"),
     mailer="Mozilla Thunderbird 115.9.0")

# 011: Ukrainian, windows-1251 QP, «Барабани та спів» plus the German label in brackets;
# mother (68) + son (6) + writer = 3; Date in +0300 (phone still on Kyiv time).
mail("kovalchuk-barabany",
     ad("Олена Ковальчук", "olena.kovalchuk@ukr.example", cs="windows-1251"),
     "Реєстрація на воркшоп",
     T("""Добрий день!

Мене звати Олена Ковальчук, ми з України, живемо в Хільтрупі з 2022 року.
Хочу зареєструвати нас на майстер-клас «Барабани та спів» (Trommeln & Singen).
Нас троє: я, моя мама (68 років) і мій син Марко (6 років).

Дякую!
Олена
""", cs="windows-1251"),
     R("registration", "olena.kovalchuk@ukr.example", "Олена Ковальчук", None, ["musik"], 3, "uk"),
     subj_cs="windows-1251", tz=3)

# 012: question only (wheelchair access, raised beds); registers no one yet ("Wenn das passt,
# melde ich uns ... an").
mail("grewe-rollstuhl-frage",
     ad("Thomas Grewe", "thomas.grewe@gmx.example"),
     "Frage Barrierefreiheit / Gemeinschaftsgarten",
     T("""Guten Tag,

mein Vater (79) sitzt seit einem Schlaganfall im Rollstuhl, hat aber sein Leben lang gegärtnert und hätte große Lust auf den Gemeinschaftsgarten. Bevor ich uns anmelde, zwei Fragen:

- Ist das Bürgerhaus bzw. der Garten mit dem Rollstuhl erreichbar (Rampe, Behinderten-WC)?
- Werden die Hochbeete so hoch gebaut, dass man auch im Sitzen drankommt?

Wenn das passt, melde ich uns beide gerne an.

Viele Grüße
Thomas Grewe
"""),
     R("question", "thomas.grewe@gmx.example", "Thomas Grewe", None, [], None, "de"))

# 013: Turkish mosque youth branch, windows-1254 8bit, "bisiklet tamiri" = bike repair; 4 youths + writer = 5;
# contains a question about prayer time but registers (registration).
mail("yildiz-ditib-bisiklet",
     ad("Emre Yıldız", "emre.yildiz@ditib-hiltrup.example", cs="windows-1254"),
     "Bisiklet tamiri atölyesi - kayıt",
     T("""Selamün aleyküm, merhaba,

Hiltrup DİTİB Camii Gençlik Kolu olarak bisiklet tamiri atölyesine katılmak istiyoruz. Gençlerimizden 4 kişi ve ben, toplam 5 kişi olacağız.

Bir sorum var: öğle namazı için kısa bir ara olacak mı? Bürgerhaus'ta namaz kılabileceğimiz boş bir oda var mı?

Teşekkürler, hayırlı çalışmalar.

Emre Yıldız
Gençlik Kolu Başkanı
Hiltrup DİTİB Camii Gençlik Kolu
""", cs="windows-1254", cte="8bit"),
     R("registration", "emre.yildiz@ditib-hiltrup.example", "Emre Yıldız",
       "Hiltrup DİTİB Camii Gençlik Kolu", ["fahrrad"], 5, "tr"),
     subj_cs="windows-1254")

# 014: change, bottom-posted under the quoted confirmation (Kochwerkstatt); the new text names
# both the old (Kochen) and the new choice (Garten): new = garten; party unchanged -> null.
mail("terhechte-change-garten",
     ad("Monika Terhechte", "m.terhechte@t-online.example"),
     "Re: Bestätigung Ihrer Anmeldung – Interkultureller Workshoptag Münster 2027",
     T(q(confirmation("Monika Terhechte", "Kochwerkstatt", 2)) + """

Hallo,

meine Nachbarin hat mir erzählt, dass beim Gemeinschaftsgarten Hochbeete gebaut werden – das ist eher was für Bernd, der steht mir in der Küche sowieso nur im Weg :-) Können Sie uns beide bitte umbuchen, vom Kochen in den Garten?

Danke und Gruß
Monika Terhechte
"""),
     R("change", "m.terhechte@t-online.example", "Monika Terhechte", None, ["garten"], None, "de"),
     reply_of=conf_id(1), mailer="Open-Xchange Mailer v7.10.6")

# 015: English question about halal meat and cost; names the workshop but registers no one.
mail("siddiqui-halal-question",
     ad("Farah Siddiqui", "farah.siddiqui@outlook.example"),
     "Question about food at the cooking workshop",
     T("""Dear organisers,

My family and I might like to join the cooking workshop (Kochwerkstatt) on 22 May. Before we sign up: will the meat used be halal, or will the recipes be vegetarian? We only eat halal meat.

Also, is there a cost for the ingredients?

Kind regards,
Farah Siddiqui
""", cte="7bit", cs="us-ascii"),
     R("question", "farah.siddiqui@outlook.example", "Farah Siddiqui", None, [], None, "en"),
     mailer="Microsoft Outlook for Android")

# 016: Kurmanji, ISO-8859-9 QP; "stran û def" (songs and frame drum) = Trommeln & Singen;
# writer + two children = 3; a materials question inside a registration.
mail("aydin-stran-u-def",
     ad("Berfîn Aydin", "berfin.aydin@web.example", cs="iso-8859-9"),
     "Qeydkirin - stran û def",
     T("""Silav,

Navê min Berfîn Aydin e. Ez dixwazim bi du zarokên xwe re (7 û 10 salî) beşdarî xebata "stran û def" bibim. Em 3 kes in.

Gelo divê em tiştekî bi xwe re bînin, mînak defa xwe?

Spas û silav
Berfîn
""", cs="iso-8859-9"),
     R("registration", "berfin.aydin@web.example", "Berfîn Aydin", None, ["musik"], 3, "ku"),
     subj_cs="iso-8859-9")

# 017: other: newsletter / flyer of ANOTHER event (cooking stations, drum workshop, a registration
# address of its own), HTML + PDF attachment, List-Unsubscribe, Precedence bulk.
_nl = """<html><body style="font-family:Arial,sans-serif">
<h2>Sommerfest der Kulturen in Kinderhaus – 19. Juni 2027</h2>
<p>Liebe Freundinnen und Freunde des Netzwerks,</p>
<p>am Samstag, 19. Juni 2027, feiern wir ab 14 Uhr auf dem Platz vor dem Stadtteilzentrum Kinderhaus
unser Sommerfest der Kulturen. Es erwarten Sie:</p>
<ul>
<li>Kochstationen mit Gerichten aus über 20 Ländern</li>
<li>Trommelworkshop für Kinder (ab 6 Jahren)</li>
<li>Nähaktion „Taschen aus alten Bannern“</li>
<li>Bühnenprogramm mit Tanz und Theater</li>
</ul>
<p>Vereine, die einen Stand anbieten möchten, melden sich bitte bis 31. Mai unter
<a href="mailto:sommerfest@interkultur-muenster.example">sommerfest@interkultur-muenster.example</a>.</p>
<p>Den Flyer zum Aushängen finden Sie im Anhang. Bitte gerne weiterleiten!</p>
<p>Herzliche Grüße<br>Ihr Netzwerk Interkultur Münster</p>
<hr><p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich auf
<a href="https://www.interkultur-muenster.example/newsletter">interkultur-muenster.example</a> eingetragen haben.
<a href="https://www.interkultur-muenster.example/abmelden?id=88213">Abmelden</a></p>
</body></html>
"""
mail("netzwerk-flyer-sommerfest",
     ad("Netzwerk Interkultur Münster", "newsletter@interkultur-muenster.example"),
     "Einladung: Sommerfest der Kulturen in Kinderhaus – 19. Juni 2027",
     Mp("mixed", T(_nl, sub="html"), A("application/pdf", "Flyer_Sommerfest_2027.pdf", PDF)),
     R("other"),
     extra=[("List-Unsubscribe", "<https://www.interkultur-muenster.example/abmelden?id=88213>"),
            ("List-Id", "Netzwerk Interkultur <newsletter.interkultur-muenster.example>"),
            ("Precedence", "bulk")],
     mailer="CleverReach Mailer")

# 018: Polish father, ISO-8859-2 QP; "naprawa rowerów" first, "ogród" second; son (14) counts -> 2.
mail("nowak-rowery",
     ad("Tomasz Nowak", "tomasz.nowak@wp.example"),
     "Zgłoszenie - warsztaty rowerowe",
     T("""Dzień dobry,

chciałbym zgłosić siebie i syna Kacpra (14 lat) na warsztat naprawy rowerów. Jeśli nie będzie już miejsc, to drugi wybór: ogród (te grządki podwyższone).
Razem 2 osoby.

Pozdrawiam serdecznie
Tomasz Nowak
tel. 0176 5550 1932
""", cs="iso-8859-2"),
     R("registration", "tomasz.nowak@wp.example", "Tomasz Nowak", None, ["fahrrad", "garten"], 2, "pl"))

# 019: family that splits over two workshops, HTML-only Gmail UTF-8 base64: 2 adults + grandmother +
# 3 children (3, 6, 10) = 6; workgroups in order of mention: musik (kids + father), nähen (grandma + writer).
mail("hoelscher-familie-html",
     ad("Kathrin Hölscher", "kathrin.hoelscher@gmail.example"),
     "Anmeldung Familie Hölscher",
     T("""<div dir="ltr">Hallo liebes Team,<div><br></div><div>wir möchten uns als Familie anmelden: mein Mann und ich, meine Schwiegermutter (Oma Gisela, 74) und unsere drei Kinder (3, 6 und 10).</div><div><br></div><div>Die Kinder und mein Mann wollen unbedingt zu <b>Trommeln &amp; Singen</b>, Oma und ich würden gerne ins <b>Nähcafé</b>. Geht das, dass wir uns aufteilen? Die Kleine bleibt natürlich bei ihrem Papa.</div><div><br></div><div>Wir sind also 6 Personen.</div><div><br></div><div>Liebe Grüße</div><div>Kathrin Hölscher</div></div>
""", sub="html", cte="base64"),
     R("registration", "kathrin.hoelscher@gmail.example", "Kathrin Hölscher", None,
       ["musik", "nähen"], 6, "de"))

# 020: Arabic, by number with an Arabic-Indic digit ("الورشة رقم ٦") plus the topic; brother (15) = 2;
# signature is the first name only, so the From display name is the name.
mail("saleh-raqm-6",
     ad("Yousef Saleh", "yousef.saleh@gmail.example"),
     "تسجيل",
     T("""مرحبا

أريد أن أسجل في الورشة رقم ٦ (تصليح الدراجات). سآتي أنا وأخي الصغير، عمره ١٥ سنة.

شكرا
يوسف
"""),
     R("registration", "yousef.saleh@gmail.example", "Yousef Saleh", None, ["fahrrad"], 2, "ar"))

# 021: cancellation, top-posted over the quoted confirmation (Theaterworkshop, 3 persons), ISO-8859-15 8bit.
mail("brockmann-absage",
     ad("Sandra Brockmann", "s.brockmann@web.example", cs="iso-8859-15"),
     "AW: Bestätigung Ihrer Anmeldung - Interkultureller Workshoptag Münster 2027",
     T("""Hallo,

leider müssen wir unsere Anmeldung zurückziehen. Unser Sohn hat an dem Samstag ein Fußballturnier, das hatten wir nicht auf dem Schirm. Vielleicht nächstes Jahr!

Gruß S. Brockmann


-----Ursprüngliche Nachricht-----
Von: Interkultureller Workshoptag <workshoptag@muenster.example>
Gesendet: 03.04.2027 11:20
An: s.brockmann@web.example
Betreff: Bestätigung Ihrer Anmeldung - Interkultureller Workshoptag Münster 2027

""" + confirmation("Sandra Brockmann", "Theaterworkshop", 3).replace("–", "-"), cs="iso-8859-15", cte="8bit"),
     R("cancellation", "s.brockmann@web.example", "Sandra Brockmann", None, [], None, "de"),
     subj_cs="iso-8859-15", reply_of=conf_id(2), mailer="WEB.DE Mail")

# 022: Tigrinya (Ge'ez script), UTF-8 base64, no display name; the German label "Nähcafé" inside the
# Tigrinya text; 2 children (8, 10) + writer = 3; organisation in German under the signature.
mail("tekle-tigrinya",
     "saba.tekle@gmail.example",
     "Anmeldung Nähcafé",
     T("""ሰላም ዝኸበርኩም፣

ኣነ ሳባ ተኽለ እየ። ምስ ክልተ ደቀይ (8 ን 10 ዓመት) ናብቲ ናይ ስፍየት ወርክሾፕ (Nähcafé) ክንመጽእ ንደሊ።
ብድምር 3 ሰባት ኢና።

የቐንየልና
ሳባ ተኽለ
Eritreische Gemeinde Münster e.V.
""", cte="base64"),
     R("registration", "saba.tekle@gmail.example", "ሳባ ተኽለ", "Eritreische Gemeinde Münster e.V.",
       ["nähen"], 3, "ti"))

# 023: change of party size only (2 -> 4), top-posted over "Am ... schrieb" quote; "Theater bleibt"
# restates the unchanged workshop, so workgroups = [theater], party_size = 4.
mail("tenbrink-zu-viert",
     ad("Markus Tenbrink", "markus.tenbrink@posteo.example"),
     "Re: Bestätigung Ihrer Anmeldung – Interkultureller Workshoptag Münster 2027",
     T("""Moin,

kurze Änderung: wir kommen doch zu viert, die Zwillinge (11) meiner Schwester sind an dem Wochenende bei uns und wollen unbedingt mit. Theater bleibt wie gehabt.
Geht das noch?

Gruß Markus

Am 06.04.2027 um 18:12 schrieb Interkultureller Workshoptag:
""" + q(confirmation("Markus Tenbrink", "Theaterworkshop", 2)) + "\n"),
     R("change", "markus.tenbrink@posteo.example", "Markus Tenbrink", None, ["theater"], 4, "de"),
     reply_of=conf_id(3), mailer="Mozilla Thunderbird 115.9.0")

# 024: auto reply WITHOUT any Auto-Submitted/Precedence header, Turkish + German vacation notice
# from an association mailbox; mentions a "vorstand" address.
mail("tdev-otomatik-yanit",
     ad("Türkisch-Deutscher Elternverein Hiltrup", "info@tdev-hiltrup.example"),
     "Otomatik yanıt / Automatische Antwort: Workshoptag – Plakate und Flyer",
     T("""Merhaba,
mesajınız için teşekkür ederiz. 19 Nisan'a kadar izindeyim, e-postalar bu süre içinde okunmuyor.
Acil durumlarda: vorstand@tdev-hiltrup.example

Guten Tag,
vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.04. im Urlaub, Ihre Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an vorstand@tdev-hiltrup.example.

Türkisch-Deutscher Elternverein Hiltrup e.V.
""", cte="8bit"),
     R("auto_reply"),
     reply_of="<flyer-versand-2027-04@muenster.example>")

# 025: Spanish, ISO-8859-15 QP; "taller de teatro"; daughter (15) counts -> 2; the signature's
# full name (two surnames) beats the shorter From display name.
mail("fernandez-teatro",
     ad("Lucía Fernández", "lucia.fernandez@correo.example", cs="iso-8859-15"),
     "Inscripción taller de teatro",
     T("""Hola:

Me gustaría inscribirme en el taller de teatro junto con mi hija Alba, que tiene 15 años. Ella hace teatro en el instituto y está encantada con la idea.

Somos 2 personas.

Un saludo,
Lucía Fernández Ortega
""", cs="iso-8859-15"),
     R("registration", "lucia.fernandez@correo.example", "Lucía Fernández Ortega", None,
       ["theater"], 2, "es"),
     subj_cs="iso-8859-15")

# 026: "anything but cooking": a registration with no positive choice -> workgroups [];
# the only workshop named (Kochen/Kochwerkstatt) is the one excluded. windows-1252 8bit.
mail("hagemann-nicht-kochen",
     ad("Dirk Hagemann", "dirk.hagemann@t-online.example"),
     "Anmeldung 2 Personen",
     T("""Hallo zusammen,

meine Frau und ich würden gern beim Workshoptag mitmachen. Welcher Workshop ist uns eigentlich egal, nur bitte NICHT Kochen - ich stehe die ganze Woche im Restaurant am Herd, samstags will ich keinen Kochlöffel sehen ;-)
Also 2 Personen, irgendwas außer der Kochwerkstatt.

Schöne Grüße aus Amelsbüren
Dirk Hagemann
""", cs="windows-1252", cte="8bit"),
     R("registration", "dirk.hagemann@t-online.example", "Dirk Hagemann", None, [], 2, "de"))

# 027: Serbian (Latin), windows-1250 QP; by number AND topic ("radionica br. 2, pozorišna");
# comes alone; the language level "B1" and "22." are no workshop numbers.
mail("petrovic-pozoriste",
     ad("Dragana Petrović", "dragana.petrovic@gmail.example", cs="windows-1250"),
     "Prijava - pozorišna radionica",
     T("""Poštovani,

želela bih da se prijavim za radionicu br. 2, pozorišnu radionicu, 22. maja. Dolazim sama.
U Srbiji sam godinama igrala u amaterskom pozorištu, pa mi jako nedostaje scena.

Ako na radionici treba znati nemački: moj nemački je srednji (B1), nadam se da je to dovoljno.

Srdačan pozdrav,
Dragana Petrović
""", cs="windows-1250"),
     R("registration", "dragana.petrovic@gmail.example", "Dragana Petrović", None, ["theater"], 1, "sr"),
     subj_cs="windows-1250")

# 028: Dari, association mailbox with Reply-To to the writer's own address (she asks for it);
# group of 5 women; sewing (خیاطی) first, cooking (آشپزی) second; UTF-8 base64 + a JPEG of the list.
mail("ahmadi-dari-frauengruppe",
     ad("Afghanischer Kulturverein Münster", "kontakt@afghan-kultur-ms.example"),
     "ثبت نام گروه زنان – Workshoptag",
     Mp("mixed", T("""سلام علیکم،

از طرف گروه زنان انجمن فرهنگی افغان‌ها در مونستر می‌خواهیم برای روز ورکشاپ نام‌نویسی کنیم.
ما ۵ نفر هستیم (با خودم).
انتخاب اول: ورکشاپ خیاطی (Nähcafé)
انتخاب دوم: آشپزی

لطفاً جواب را به ایمیل شخصی من بفرستید.

تشکر
زرغونه احمدی
Afghanischer Kulturverein Münster e.V. – Frauengruppe
""", cte="base64"),
        A("image/jpeg", "IMG_20270422_141503.jpg", JPEG)),
     R("registration", "z.ahmadi@gmail.example", "زرغونه احمدی", "Afghanischer Kulturverein Münster e.V.",
       ["nähen", "kochen"], 5, "fa"),
     reply_to=ad("Zarghuna Ahmadi", "z.ahmadi@gmail.example"))

# 029: question about children's minimum age (Theaterworkshop), iPad, no registration.
mail("rensing-alter-frage",
     ad("Julia Rensing", "julia.rensing@icloud.example"),
     "Frage: Alter Kinder Theaterworkshop",
     T("""Hallo, kurze Frage: ab welchem Alter können Kinder beim Theaterworkshop mitmachen? Unsere Tochter ist 5 und total theaterbegeistert, kann aber noch nicht lesen. Müssen Eltern dann mit dabei sein?
LG Julia Rensing

Von meinem iPad gesendet
""", cte="8bit"),
     R("question", "julia.rensing@icloud.example", "Julia Rensing", None, [], None, "de"),
     mailer="iPad Mail (20E252)")

# 030: Romanian, ISO-8859-16 QP (ș ț with comma below); "atelierul de grădinărit" + German label;
# wife + mother-in-law = 3; From display name without diacritics, signature with them.
mail("popescu-gradinarit",
     ad("Ionut Popescu", "ionut.popescu@yahoo.example"),
     "Înscriere atelier grădinărit",
     T("""Bună ziua,

Aș dori să mă înscriu la atelierul de grădinărit (Gemeinschaftsgarten), împreună cu soția mea și cu soacra mea, care a venit în vizită din Iași. Suntem deci 3 persoane.

Cu stimă,
Ionuț Popescu
""", cs="iso-8859-16"),
     R("registration", "ionut.popescu@yahoo.example", "Ionuț Popescu", None, ["garten"], 3, "ro"),
     subj_cs="iso-8859-16")

# 031: a volunteer registers a refugee family and asks to confirm to the family's new address
# (email = that address, name = the attendee); the family's paper form is quoted below.
mail("niehues-fuer-haidari",
     ad("Petra Niehues", "p.niehues@fluechtlingshilfe-hiltrup.example"),
     "Anmeldung für Familie Haidari (Kochwerkstatt)",
     T("""Liebe Frau Brinkhoff,

ich melde hiermit Frau Nasrin Haidari an, die ich im Deutschkurs begleite. Sie möchte mit ihren beiden Kindern (7 und 9) in die Kochwerkstatt, also 3 Personen. Ihren Anmeldezettel habe ich unten abgetippt.

Frau Haidari hat inzwischen eine eigene E-Mail-Adresse: bitte schicken Sie die Bestätigung direkt an sie, n.haidari@gmx.example (mich gern in Kopie).

Herzliche Grüße
Petra Niehues
Flüchtlingshilfe Hiltrup e.V.
Ehrenamtskoordination
Tel. 0251 555-0142

--- Anmeldezettel (abgetippt) ---
> Name: Nasrin Haidari
> Kinder: 2 (7 Jahre, 9 Jahre)
> Workshop: Kochen. Ich kann afghanisch Essen zeigen, Bolani.
"""),
     R("registration", "n.haidari@gmx.example", "Nasrin Haidari", "Flüchtlingshilfe Hiltrup e.V.",
       ["kochen"], 3, "de"),
     mailer="Mozilla Thunderbird 115.9.0")

# 032: bounce (multipart/report, Postfix) of the confirmation sent minutes earlier to the address that
# mail 031 asked us to use; the embedded original is our confirmation.
_orig = (
    "From: Interkultureller Workshoptag <workshoptag@muenster.example>\n"
    "To: n.haidari@gmx.example\n"
    "Subject: Bestaetigung Ihrer Anmeldung - Interkultureller Workshoptag Muenster 2027\n"
    "Date: Sun, 25 Apr 2027 19:54:40 +0200\n"
    f"Message-ID: {conf_id(5)}\n"
    "Auto-Submitted: auto-replied\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"us-ascii\"\n"
    "Content-Transfer-Encoding: 7bit\n"
    "\n"
    "Guten Tag Nasrin Haidari,\n\n"
    "vielen Dank fuer Ihre Anmeldung zum Interkulturellen Workshoptag Muenster 2027.\n\n"
    "Workshop: Kochwerkstatt\nPersonen: 3\n\n"
    "Bezirksverwaltung Hiltrup - Interkultureller Workshoptag\n")
mail("bounce-haidari",
     ad("Mail Delivery System", "MAILER-DAEMON@mx01.muenster.example"),
     "Undelivered Mail Returned to Sender",
     Mp("report",
        T("""This is the mail system at host mx01.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<n.haidari@gmx.example>: host mx00.gmx.example[192.0.2.17] said: 550 Requested
    action not taken: mailbox unavailable (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit"),
        Raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
            """Reporting-MTA: dns; mx01.muenster.example
X-Postfix-Queue-ID: 4Q7xKd2fZbz9sWL
Arrival-Date: Sun, 25 Apr 2027 19:54:40 +0200

Final-Recipient: rfc822; n.haidari@gmx.example
Original-Recipient: rfc822;n.haidari@gmx.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx00.gmx.example
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable
"""),
        Raw(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], _orig),
        params='report-type=delivery-status'),
     R("bounce", bounced="n.haidari@gmx.example"),
     at=dt.datetime(2027, 4, 25, 17, 55, 2, tzinfo=dt.timezone.utc), tz=2, extra=[("Auto-Submitted", "auto-replied")])

# 033: Ukrainian change, KOI8-U 8bit, reply to the confirmation with the quote deleted: move all three
# from the drums to cooking,
# named by the German label inside Ukrainian text; party unchanged.
mail("kovalchuk-change-kulinarnyj",
     ad("Олена Ковальчук", "olena.kovalchuk@ukr.example", cs="koi8-u"),
     "Re: Bestätigung Ihrer Anmeldung – Interkultureller Workshoptag Münster 2027",
     T("""Доброго дня!

Вибачте, що пишу ще раз. Мій син Марко дуже хоче на кулінарний майстер-клас замість барабанів :) Чи можна перевести нас усіх трьох на Kochwerkstatt?

Дякую,
Олена Ковальчук
""", cs="koi8-u", cte="8bit"),
     R("change", "olena.kovalchuk@ukr.example", "Олена Ковальчук", None, ["kochen"], None, "uk"),
     reply_of=conf_id(4), tz=3)

# 034: one-liner from a phone: "Workshop 4" by number only, name only in the From header, US-ASCII.
mail("lammers-workshop-4",
     ad("Gerd Lammers", "gerd.lammers@gmx.example"),
     "workshop",
     T("""Workshop 4 bitte, 1 Person.
G. Lammers
""", cs="us-ascii", cte="7bit"),
     R("registration", "gerd.lammers@gmx.example", "Gerd Lammers", None, ["garten"], 1, "de"))

# 035: Russian question about materials for the Nähcafé (own sewing machine? fabric?), UTF-8 base64
# (the German label with ä rules out a Cyrillic 8-bit charset).
mail("wolf-vopros-nahcafe",
     ad("Irina Wolf", "irina.wolf@mail.example"),
     "Вопрос по Nähcafé",
     T("""Добрый день,

подскажите, пожалуйста: нужно ли приносить на Nähcafé свою швейную машинку и ткань, или всё будет на месте? У меня есть старая машинка Singer, могу взять, если нужно.
И ещё: можно ли прийти только на пару часов?

Заранее спасибо,
Ирина Вольф
""", cte="base64"),
     R("question", "irina.wolf@mail.example", "Ирина Вольф", None, [], None, "ru"))

# 036: Turkish, ranked list "1. tercih ... 2. tercih" (tiyatro, davul ve şarkı); wife + mother (72) = 3;
# the numbers 1. / 2. are ranks, not workshop numbers.
mail("aydin-kemal-tercih",
     ad("Kemal Aydın", "kemal.aydin@outlook.example"),
     "Workshoptag kaydı (3 kişi)",
     T("""İyi günler,

Eşim Hatice, annem (72 yaşında) ve ben workshop gününe katılmak istiyoruz.
1. tercihimiz: tiyatro atölyesi
2. tercihimiz: davul ve şarkı

Annem Almanca pek bilmiyor, Türkçe konuşan biri olursa çok iyi olur.

Saygılar,
Kemal Aydın
"""),
     R("registration", "kemal.aydin@outlook.example", "Kemal Aydın", None, ["theater", "musik"], 3, "tr"))

# 037: grandmother + granddaughter (9) = 2; near names "Nähcafe" (no accent) and "Trommelkurs" (not the
# label) ranked; Kolping family as organisation; windows-1252 QP.
mail("koesters-naehcafe-trommelkurs",
     ad("Brigitte Kösters", "b.koesters@t-online.example", cs="iso-8859-1"),
     "Anmeldung Oma + Enkelin",
     T("""Guten Tag,

ich möchte mich und meine Enkeltochter Mia (9) für den Workshoptag anmelden. Am liebsten für das Nähcafe, Mia hat gerade eine Nähmaschine zum Geburtstag bekommen und ist ganz wild darauf. Als zweite Wahl den Trommelkurs.

Mit freundlichen Grüßen
Brigitte Kösters
Kolpingsfamilie Hiltrup
""", cs="windows-1252"),
     R("registration", "b.koesters@t-online.example", "Brigitte Kösters", "Kolpingsfamilie Hiltrup",
       ["nähen", "musik"], 2, "de"),
     subj_cs="iso-8859-1", mailer="Microsoft Outlook 16.0")

# 038: English cancellation above the quoted confirmation (drums, 5 persons), Gmail "On ... wrote:".
mail("murphy-cancel",
     ad("Declan Murphy", "declan.murphy@gmail.example"),
     "Re: Bestätigung Ihrer Anmeldung – Interkultureller Workshoptag Münster 2027",
     T("""Hi again,

Bad news I'm afraid - my mother-in-law has booked us all flights to Cork for that very weekend (she didn't ask...). So please cancel our places for the drumming, hopefully someone on the waiting list gets lucky.

All the best and sorry for the hassle,
Declan

On Sun, 28 Mar 2027 at 09:36, Interkultureller Workshoptag <workshoptag@muenster.example> wrote:

""" + q(confirmation("Declan Murphy", "Trommeln & Singen", 5)) + "\n"),
     R("cancellation", "declan.murphy@gmail.example", "Declan Murphy", None, [], None, "en"),
     reply_of=conf_id(6))

# 039: church group from the parish office mailbox with Reply-To to the writer, multipart/alternative
# ISO-8859-1 QP; 9 confirmands + 2 leaders = 11; asks to reply to her own address.
_t = """Liebes Team der Bezirksverwaltung,

für unseren Konfirmandenjahrgang möchte ich eine Gruppe zum Theaterworkshop anmelden: 9 Konfis (13-14 Jahre), dazu ich und ein weiterer Teamer, also 11 Personen.
Die Konfis haben sich im Unterricht mit dem Thema "Fremd sein" beschäftigt und würden gern kleine Szenen dazu entwickeln - das passt hoffentlich gut.

Antworten Sie bitte an meine Adresse (k.brune@ev-kirche-hiltrup.example), das Gemeindebüro ist nur vormittags besetzt.

Herzliche Grüße
Katharina Brune
Gemeindepädagogin
Ev. Kirchengemeinde Hiltrup
Hohe Geest 94, 48165 Münster
"""
mail("brune-konfis-theater",
     ad("Gemeindebüro Ev. Kirchengemeinde Hiltrup", "gemeindebuero@ev-kirche-hiltrup.example",
        cs="iso-8859-1"),
     "Anmeldung Konfirmandengruppe – Theaterworkshop",
     Mp("alternative",
        T(_t, cs="iso-8859-1"),
        T("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=ISO-8859-1\"></head>"
          "<body><p>" + _t.replace("&", "&amp;").replace('"', "&quot;").replace("\n\n", "</p>\n<p>")
          .replace("\n", "<br>\n") + "</p></body></html>\n", sub="html", cs="iso-8859-1")),
     R("registration", "k.brune@ev-kirche-hiltrup.example", "Katharina Brune",
       "Ev. Kirchengemeinde Hiltrup", ["theater"], 11, "de"),
     reply_to=ad("Katharina Brune", "k.brune@ev-kirche-hiltrup.example"),
     mailer="Mozilla Thunderbird 102.15.1")

# 040: Farsi change of party size only (۲ -> ۳, Persian digits), reply to the confirmation;
# no workshop named in the new text -> workgroups [], party_size 3.
mail("rezaei-change-3",
     ad("Maryam Rezaei", "m.rezaei@yahoo.example"),
     "Re: Bestätigung Ihrer Anmeldung – Interkultureller Workshoptag Münster 2027",
     T("""سلام،
ببخشید، مادرم هم از ایران به دیدن ما آمده و دوست دارد با ما بیاید. لطفاً تعداد را از ۲ به ۳ نفر تغییر دهید.
ممنون
مریم رضایی

""" + q(confirmation("Maryam Rezaei", "Gemeinschaftsgarten", 2)) + "\n"),
     R("change", "m.rezaei@yahoo.example", "مریم رضایی", None, [], 3, "fa"),
     reply_of=conf_id(7))

# 041: ticket-system receipt (Auto-Submitted: auto-generated), German, ticket number in subject.
mail("caritas-ticket",
     ad("Caritas Münster – Migrationsdienst", "migrationsdienst@caritas-ms.example"),
     "[Ticket#2027050710000317] Eingangsbestätigung: Workshoptag Hiltrup – Bitte um Weitergabe",
     T("""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer
2027050710000317 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel
innerhalb von fünf Werktagen.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Caritasverband für die Stadt Münster e.V. – Migrationsdienst
https://www.caritas-ms.example/migration
"""),
     R("auto_reply"),
     extra=[("Auto-Submitted", "auto-generated"), ("X-OTRS-Loop", "false")],
     reply_of="<weitergabe-2027-05-07@muenster.example>")

# 042: Polish Catholic Mission group, windows-1250 8bit; "warsztaty kulinarne (Kochwerkstatt)";
# writer + daughter (10) + two choir ladies = 4.
mail("wojcik-misja-kulinarne",
     ad("Agnieszka Wójcik", "agnieszka.wojcik@onet.example", cs="windows-1250"),
     "Zgłoszenie grupy - Polska Misja Katolicka",
     T("""Szanowni Państwo,

w imieniu Polskiej Misji Katolickiej w Münster zgłaszam 4 osoby na warsztaty kulinarne (Kochwerkstatt): ja, moja córka Zuzia (10 lat) oraz dwie panie z naszego chóru.
Chętnie przygotujemy pierogi!

Z poważaniem
Agnieszka Wójcik
Polska Misja Katolicka w Münster
""", cs="windows-1250", cte="8bit"),
     R("registration", "agnieszka.wojcik@onet.example", "Agnieszka Wójcik",
       "Polska Misja Katolicka w Münster", ["kochen"], 4, "pl"),
     subj_cs="windows-1250")

# 043: Arabic with the German label in the subject and text, windows-1256 QP; 2 adults + 3 children +
# grandmother = 6 (Western digits, as windows-1256 has no Arabic-Indic ones); a question about gloves
# inside a registration.
mail("mansour-garten",
     ad("Huda Mansour", "huda.mansour@hotmail.example"),
     "التسجيل في Gemeinschaftsgarten",
     T("""مرحباً،

نريد التسجيل في ورشة Gemeinschaftsgarten (الحديقة المشتركة).
نحن: أنا وزوجي وأولادنا الثلاثة (5 و8 و12 سنة) وجدّتهم، يعني 6 أشخاص.
هل يجب أن نحضر قفازات أو أدوات؟

شكراً جزيلاً
Huda Mansour
""", cs="windows-1256"),
     R("registration", "huda.mansour@hotmail.example", "Huda Mansour", None, ["garten"], 6, "ar"),
     subj_cs="utf-8")

# 044: other: a thank-you for the answer to mail 012; it still registers no one and asks nothing.
mail("grewe-danke",
     ad("Thomas Grewe", "thomas.grewe@gmx.example"),
     "Re: Frage Barrierefreiheit / Gemeinschaftsgarten",
     T("""Liebe Frau Brinkhoff,

vielen Dank für die ausführliche Antwort und dass Sie extra beim Hausmeister nachgefragt haben! Das hilft uns sehr. Ich bespreche das am Wochenende mit meinem Vater.

Schönen Abend
Thomas Grewe

Am 10.05.2027 um 14:05 schrieb Sabine Brinkhoff:
> Sehr geehrter Herr Grewe,
>
> das Bürgerhaus ist ebenerdig erreichbar, ein barrierefreies WC gibt es im
> Erdgeschoss. Zwei der Hochbeete bauen wir unterfahrbar, sodass man sie auch
> vom Rollstuhl aus bepflanzen kann.
>
> Mit freundlichen Grüßen
> Sabine Brinkhoff
"""),
     R("other"),
     reply_of="<antwort-grewe-2027-04-19@muenster.example>")

# 045: learner German from the shared mailbox of a refugee café (the writer has no own address, reply there);
# 2 women + 4 children = 6; "Kochen und Singen mit Trommel" -> kochen, musik; footer names the association.
mail("nouri-begegnungscafe",
     ad("Flüchtlingshilfe Hiltrup", "info@fluechtlingshilfe-hiltrup.example"),
     "anmeldung",
     T("""Hallo,
ich bin Samira Nouri. Ich schreibe hier im Begegnungscafe am Computer.
wir sind 2 Frau (ich und meine Schwester) und 4 Kinder, 3 bis 12 Jahre.
Wir wollen Kochen und Singen mit Trommel.
Bitte antwort hier an diese mail, ich habe keine eigene.
Danke
Samira

--
Flüchtlingshilfe Hiltrup e.V. · Begegnungscafé
Marktallee 44 · 48165 Münster
Öffnungszeiten: Di + Do 15–18 Uhr
""", cte="8bit"),
     R("registration", "info@fluechtlingshilfe-hiltrup.example", "Samira Nouri",
       "Flüchtlingshilfe Hiltrup e.V.", ["kochen", "musik"], 6, "de"))

# 046: terse cancellation by the writer of mail 034 ("Gartenworkshop" = his workshop), no quote, ASCII.
mail("lammers-abmeldung",
     ad("Gerd Lammers", "gerd.lammers@gmx.example"),
     "Abmeldung",
     T("""Bitte streichen Sie mich vom Gartenworkshop. Komme nicht.
Lammers
""", cs="us-ascii", cte="7bit"),
     R("cancellation", "gerd.lammers@gmx.example", "Gerd Lammers", None, [], None, "de"))

# 047: Turkish question (2-year-old, childcare, parking), UTF-8 base64; registers no one.
mail("demir-soru-cocuk",
     ad("Zeynep Demir", "zeynepdemir@gmail.example"),
     "Soru - küçük çocuklar",
     T("""Merhaba,

2 yaşındaki oğlumu da getirebilir miyim? Atölyeler küçük çocuklar için de uygun mu, yoksa bir çocuk bakımı (Kinderbetreuung) olacak mı?
Bir de Bürgerhaus'un önünde otopark var mı?

Teşekkürler
Zeynep Demir
""", cte="base64"),
     R("question", "zeynepdemir@gmail.example", "Zeynep Demir", None, [], None, "tr"))

# 048: English church choir, Gmail multipart/alternative top-post over the quoted invitation (all six
# workshops in the quote); drumming & singing first, theatre second; three named persons = 3.
_t = """Dear Ms Brinkhoff,

Thank you for passing the invitation on to our congregation. Please register three of us from the International Christian Fellowship Münster for the drumming and singing (our choir has been waiting for an excuse to bring the djembes out!). If that one is full, the theatre workshop would be our second choice.

The three of us are: myself, Kwame Boateng and Esther Owusu.

Blessings,
Grace Mensah-Boateng
Choir Leader | International Christian Fellowship Münster
"""
_qh = "On Fri, 19 Mar 2027 at 10:02, Bezirksverwaltung Hiltrup <workshoptag@muenster.example> wrote:"
mail("mensah-choir-gmail",
     ad("Grace Mensah-Boateng", "grace.mensah@gmail.example"),
     "Re: Einladung Interkultureller Workshoptag Münster 2027",
     Mp("alternative",
        T(_t + "\n" + _qh + "\n\n" + q(INVITATION) + "\n"),
        T("<div dir=\"ltr\">" + _t.replace("&", "&amp;").replace("\n", "<br>\n") + "</div><br>\n"
          "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
          + _qh.replace("<", "&lt;").replace(">", "&gt;") + "<br></div>\n"
          "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
          "rgb(204,204,204);padding-left:1ex\">" + INV_HTML + "</blockquote></div>\n", sub="html")),
     R("registration", "grace.mensah@gmail.example", "Grace Mensah-Boateng",
       "International Christian Fellowship Münster", ["musik", "theater"], 3, "en"),
     reply_of=INVITATION_ID)

# 049: change, Outlook plain text windows-1252 QP above "-----Ursprüngliche Nachricht-----": the quoted
# notice puts the group on the Theater waiting list; new choice musik; "7 Personen" restated, unchanged -> null.
_wl = confirmation("Jannik Overbeck", "Theaterworkshop", 7,
                   "\nDer Theaterworkshop ist leider ausgebucht. Sie stehen auf der Warteliste (Platz 2).\n"
                   "Zweite Wahl laut Ihrer Anmeldung: Trommeln & Singen.\n")
mail("overbeck-change-musik",
     ad("Overbeck, Jannik", "j.overbeck@jugendtreff-hiltrup.example"),
     "AW: Warteliste Theaterworkshop – Interkultureller Workshoptag Münster 2027",
     T("""Hallo,

schade, dass Theater schon voll ist. Dann buchen Sie uns (weiterhin 7 Personen) bitte direkt auf Trommeln & Singen um, die Jugendlichen wollen lieber sicher dabei sein als auf der Warteliste hängen.

Danke & Gruß
Jannik Overbeck

Jugendtreff Hiltrup-Ost | Offene Kinder- und Jugendarbeit
Am Klosterwald 7 · 48165 Münster
Tel. 0251 555-0173

""" + DISCLAIMER_JT + """

-----Ursprüngliche Nachricht-----
Von: Interkultureller Workshoptag <workshoptag@muenster.example>
Gesendet: Freitag, 14. Mai 2027 16:47
An: Overbeck, Jannik <j.overbeck@jugendtreff-hiltrup.example>
Betreff: Warteliste Theaterworkshop – Interkultureller Workshoptag Münster 2027

""" + _wl + "\n", cs="windows-1252"),
     R("change", "j.overbeck@jugendtreff-hiltrup.example", "Jannik Overbeck", "Jugendtreff Hiltrup-Ost",
       ["musik"], None, "de"),
     reply_of=conf_id(8), mailer="Microsoft Outlook 16.0")

# 050: late, conditional registration after the deadline ("falls ja ... gern anmelden"):
# registration; "Fahrradwerkstatt" is an alias; friend + niece (12) + writer = 3.
mail("schulze-althoff-spaet",
     ad("Lena Schulze-Althoff", "lena.sa@posteo.example"),
     "Noch Plätze frei? Fahrradwerkstatt",
     T("""Hallo,

ich weiß, die Anmeldefrist ist schon vorbei, aber gibt es in der Fahrradwerkstatt am Samstag noch Platz für uns drei (mein Freund, meine Nichte von 12 und ich)? Dann melden wir uns hiermit gern an. Falls es nicht mehr geht, kein Problem!

Liebe Grüße
Lena Schulze-Althoff
"""),
     R("registration", "lena.sa@posteo.example", "Lena Schulze-Althoff", None, ["fahrrad"], 3, "de"))


# ---------------------------------------------------------------- assembling

START = dt.datetime(2027, 3, 22, 7, 0, tzinfo=dt.timezone.utc)
DST = dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.timezone.utc)


def date_of(i, tz, at=None):
    h = int(hashlib.sha256(f"d{i}".encode()).hexdigest(), 16)
    utc = START + dt.timedelta(minutes=1645 * i + h % 600, seconds=(h >> 20) % 60)
    if utc.hour < 5:  # hardly anyone writes between 6 and 7 local time; push such mails to the morning
        utc += dt.timedelta(hours=6)
    if at is not None:
        utc = at
    if tz is None:
        tz = 2 if utc >= DST else 1
    return utc, utc.astimezone(dt.timezone(dt.timedelta(hours=tz)))


def msgid(slug, frm):
    dom = re.search(r"@([\w.-]+)", frm).group(1).lower()
    return f"<{hashlib.sha1(slug.encode()).hexdigest()[:20]}@{dom}>"


def build():
    files, expected = {}, {}
    for i, m in enumerate(MAILS):
        name = f"{i + 1:03d}-{m['slug']}.eml"
        _, local = date_of(i, m["tz"], m["at"])
        h = [("From", m["frm"]), ("To", m["to"])]
        if m["cc"]:
            h.append(("Cc", m["cc"]))
        if m["reply_to"]:
            h.append(("Reply-To", m["reply_to"]))
        h += [("Subject", hdr(m["subject"], m["subj_cs"])), ("Date", format_datetime(local)),
              ("Message-ID", msgid(m["slug"], m["frm"]))]
        if m["reply_of"]:
            h += [("In-Reply-To", m["reply_of"]), ("References", m["reply_of"])]
        if m["mailer"]:
            h.append(("X-Mailer", m["mailer"]))
        h += m["extra"]
        h.append(("MIME-Version", "1.0"))
        ch, body = render(m["body"], [0, i + 1])
        head = "".join(f"{k}: {v}\r\n" for k, v in h) + "".join(x + "\r\n" for x in ch)
        files[name] = head.encode("ascii") + b"\r\n" + body
        expected[name] = m["exp"]
    exp = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, exp


# ---------------------------------------------------------------- validation

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "ku", "ti", "pl", "ro", "sr", "es"}
with open(os.path.join(HERE, "config.toml"), "rb") as _f:
    CONFIG = tomllib.load(_f)
WG_IDS = [w["id"] for w in CONFIG["workgroups"]]
assert CONFIG["event"]["registration_address"] == OURS


def example_host(host):
    host = host.lower().rstrip(".")
    return host.endswith(".example") or host == "example" or any(
        host == d or host.endswith("." + d) for d in ("example.org", "example.com", "example.net"))


def validate(files, exp_bytes):
    errors = []
    expected = json.loads(exp_bytes)
    if sorted(expected) != sorted(files):
        errors.append("expected.json and mails differ in names")
    last = None
    for name in sorted(files):
        raw = files[name]
        if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
            errors.append(f"{name}: not CRLF throughout")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            errors.append(f"{name}: line over 998 octets")
        msg = message_from_bytes(raw, policy=policy.default)
        texts = []
        # the header blocks inside message/delivery-status are parsed as charset-less pseudo-parts
        dsn_blocks = {id(b) for p in msg.walk() if p.get_content_type() == "message/delivery-status"
                      for b in p.get_payload()}
        for part in msg.walk():
            if part.is_multipart() or part.get_content_type() == "message/rfc822" or id(part) in dsn_blocks:
                pass
            else:
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset()
                    if not cs:
                        errors.append(f"{name}: text part without charset")
                        continue
                    try:
                        texts.append(payload.decode(cs, "strict"))
                    except (UnicodeDecodeError, LookupError) as e:
                        errors.append(f"{name}: {e}")
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
        try:
            d = parsedate_to_datetime(msg["Date"])
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: bad Date {e}")
            continue
        if last and d <= last:
            errors.append(f"{name}: Date does not rise")
        last = d
        hosts = []
        for key in ("From", "To", "Cc", "Reply-To", "Sender"):
            for v in msg.get_all(key, []):
                for _, a in getaddresses([str(v)]):
                    if a:
                        hosts.append(a.split("@")[-1])
        for key in ("Message-ID", "In-Reply-To", "References", "List-Unsubscribe", "List-Id"):
            v = msg.get(key)
            if v:
                texts.append(str(v))
        for t in texts:
            hosts += re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t)
            hosts += re.findall(r"https?://([\w.-]+)", t)
            hosts += re.findall(r"(?<![\w./@-])(www\.[\w-]+(?:\.[\w-]+)+)", t)
        for host in hosts:
            host = host.rstrip(".")
            if not example_host(host):
                errors.append(f"{name}: non-example host {host}")
        rec = expected.get(name)
        if rec is None:
            continue
        if set(rec) != {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}:
            errors.append(f"{name}: record keys {sorted(rec)}")
            continue
        k = rec["kind"]
        if k not in KINDS:
            errors.append(f"{name}: kind {k}")
        if not isinstance(rec["workgroups"], list) or any(w not in WG_IDS for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            errors.append(f"{name}: workgroups {rec['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                errors.append(f"{name}: machine/other record carries person fields")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not example_host(rec["email"].split("@")[-1]):
                errors.append(f"{name}: email {rec['email']}")
            if rec["language"] not in LANGS:
                errors.append(f"{name}: language {rec['language']}")
            if not rec["name"]:
                errors.append(f"{name}: no name")
            if rec["email"] == OURS:
                errors.append(f"{name}: our own address as email")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                errors.append(f"{name}: party_size {rec['party_size']}")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                errors.append(f"{name}: party_size {rec['party_size']}")
        elif rec["party_size"] is not None:
            errors.append(f"{name}: party_size must be null")
        if k == "bounce":
            b = rec["bounced_recipient"]
            if not b or b != b.lower() or not example_host(b.split("@")[-1]):
                errors.append(f"{name}: bounced_recipient {b}")
        elif rec["bounced_recipient"] is not None:
            errors.append(f"{name}: bounced_recipient must be null")
        if rec["email"] and rec["email"] not in (raw.decode("latin-1") + " ".join(texts)).lower():
            errors.append(f"{name}: email not in mail")
    return errors


def stats(files, exp_bytes):
    expected = json.loads(exp_bytes)
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    cs, cte, types = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = message_from_bytes(raw, policy=policy.default)
        types[msg.get_content_type()] += 1
        dsn = {id(b) for p in msg.walk() if p.get_content_type() == "message/delivery-status"
               for b in p.get_payload()}
        for part in msg.walk():
            if part.get_content_maintype() == "text" and id(part) not in dsn:
                cs[part.get_content_charset()] += 1
                cte[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    wg = Counter(w for r in expected.values() if r["kind"] == "registration" for w in r["workgroups"][:1])
    print(f"mails: {len(files)}")
    print("kinds:", dict(kinds.most_common()))
    print("languages (person mails):", dict(langs.most_common()))
    print("top-level types:", dict(types.most_common()))
    print("text-part charsets:", dict(cs.most_common()))
    print("text-part encodings:", dict(cte.most_common()))
    print("registrations by first choice:", dict(wg.most_common()),
          "none:", sum(1 for r in expected.values() if r["kind"] == "registration" and not r["workgroups"]))
    print("persons registered:", sum(r["party_size"] for r in expected.values() if r["kind"] == "registration"))


def main():
    files, exp = build()
    errors = validate(files, exp)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    mdir = os.path.join(HERE, "mails")
    if "--stats" in sys.argv:
        stats(files, exp)
        return
    if "--check" in sys.argv:
        bad = []
        on_disk = set(os.listdir(mdir)) if os.path.isdir(mdir) else set()
        for n, b in files.items():
            p = os.path.join(mdir, n)
            if not os.path.exists(p) or open(p, "rb").read() != b:
                bad.append(n)
        bad += sorted(on_disk - set(files))
        p = os.path.join(HERE, "expected.json")
        if not os.path.exists(p) or open(p, "rb").read() != exp:
            bad.append("expected.json")
        if bad:
            print("differs from disk: " + ", ".join(bad), file=sys.stderr)
            sys.exit(1)
        print(f"ok: {len(files)} mails and expected.json match")
        return
    os.makedirs(mdir, exist_ok=True)
    for n in os.listdir(mdir):
        if n.endswith(".eml") and n not in files:
            os.remove(os.path.join(mdir, n))
    for n, b in files.items():
        with open(os.path.join(mdir, n), "wb") as f:
            f.write(b)
    with open(os.path.join(HERE, "expected.json"), "wb") as f:
        f.write(exp)
    # re-read from disk and validate what was written
    disk = {n: open(os.path.join(mdir, n), "rb").read() for n in os.listdir(mdir)}
    errors = validate(disk, open(os.path.join(HERE, "expected.json"), "rb").read())
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print(f"wrote {len(files)} mails and expected.json; validation ok")


if __name__ == "__main__":
    main()
