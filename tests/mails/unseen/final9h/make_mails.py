#!/usr/bin/env python3
"""Evaluation set "final9h": 40 mails for the Elternkonferenz Bildung Münster 2027.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ from what would be written
    python3 make_mails.py --stats    print counts per kind, language, charset and encoding

Python 3.11, standard library only, deterministic.  Every mail text is in this file;
the comment line above each mail says what it tests.  Labels follow the conventions of
/work/shared/corpus/README.md.  config.toml (next to this file) defines rounds R1..R4.
"""

import html
import json
import re
import sys
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "elternkonferenz@muenster.example"
REG_FROM = f"Elternkonferenz Bildung Münster <{REG}>"
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
ROUNDS = ("R1", "R2", "R3", "R4")

MAILS = []   # (filename, raw bytes, expected record)


def label(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def mail(slug, exp, *, frm, subject, date, body=None, to=REG, charset="utf-8", cte="8bit",
         html=None, html_charset=None, html_cte=None, html_only=False, reply_to=None,
         cc=None, msgid, in_reply_to=None, attachments=(), headers=()):
    """Build one message with EmailMessage and record it with its label."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset,
                              cte=html_cte or cte)
    for filename, maintype, subtype, data in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{len(MAILS) + 1:03d}_{n}")
    add_raw(slug, m.as_bytes(policy=policy.SMTP), exp)


def add_raw(slug, raw, exp):
    name = f"{len(MAILS) + 1:03d}-{slug}.eml"
    MAILS.append((name, raw, exp))


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip()
                     for line in text.strip("\n").split("\n"))


def confirmation(name, runde, persons):
    return (f"Guten Tag {name},\n\n"
            "vielen Dank für Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027\n"
            "am Samstag, 16. Oktober 2027, im Stadthaus 1.\n"
            f"Wir haben Sie für {runde} eingetragen (Personen: {persons}).\n\n"
            "Bitte sagen Sie uns Bescheid, wenn sich etwas ändert.\n\n"
            "Mit freundlichen Grüßen\n"
            "Kommunales Integrationszentrum Münster\n")


INVITATION = """Liebe Eltern,

das Kommunale Integrationszentrum Münster lädt Sie herzlich ein zur

    Elternkonferenz Bildung Münster 2027
    Samstag, 16. Oktober 2027, 10:00 bis 15:30 Uhr, Stadthaus 1

Vier Gesprächsrunden zur Auswahl:
  Runde 1: Nach der Grundschule - der Übergang nach Klasse 4
  Runde 2: Mehrsprachig aufwachsen - Familiensprache und Deutsch
  Runde 3: Wege in die Berufsausbildung
  Runde 4: Elternrechte - Umgang mit Schule, Schulamt und Behörden

Kinderbetreuung wird angeboten. Dolmetschen nach Absprache.
Anmeldung bis 8. Oktober an elternkonferenz@muenster.example
(Name, gewünschte Runde, Anzahl der Personen, Kinder für die Betreuung mit Alter).
"""


# =============================================================================
# the mails, in arrival order
# =============================================================================

# 001: phone-typed learner German; children's class (4) and age (6) are not party sizes; R1.
mail("kaya-handy-runde1",
     label("registration", "aylin.kaya88@gmx.example", "Aylin Kaya", None, ["R1"], 1, "de"),
     frm="Aylin K. <aylin.kaya88@gmx.example>", subject="Anmeldung",
     date="Mon, 23 Aug 2027 21:47:12 +0200", msgid="<A1B2C3-0001@gmx.example>",
     body="""Hallo,
ich will mich anmelden für die Elternkonferenz. Runde 1 bitte weil meine Tochter Elif ist jetzt Klasse 4 und wir wissen nicht welche Schule danach, Gymnasium oder Gesamtschule.
Mein Sohn ist 6 Jahre, kann er in die Kinderbetreuung?
Ich komme alleine, mein Mann arbeitet.
Danke
Aylin Kaya

Von meinem iPhone gesendet
""")

# 002: Turkish couple (2 persons), ISO-8859-9 quoted-printable; first choice R1, fallback R4;
#      ages 10/7 and "4. sınıf" must not become party size or round 4 by themselves.
mail("demir-tr-ehepaar",
     label("registration", "mehmet.demir@turkmail.example", "Mehmet Demir", None,
           ["R1", "R4"], 2, "tr"),
     frm="Mehmet Demir <mehmet.demir@turkmail.example>",
     subject="Elternkonferenz kaydı - Demir ailesi",
     date="Tue, 24 Aug 2027 08:15:40 +0300", msgid="<20270824081540.77@turkmail.example>",
     charset="iso-8859-9", cte="quoted-printable",
     body="""Merhaba,

Eşim Zeynep Demir ve ben 16 Ekim'deki Elternkonferenz'e katılmak istiyoruz, yani iki kişiyiz.

Oğlumuz Can şu an 4. sınıfta, kızımız Defne 7 yaşında. Bu yüzden en çok Runde 1 (ilkokuldan sonra hangi okul?) bizi ilgilendiriyor. Orası doluysa Runde 4 de olur, okul ve Schulamt ile hep sorun yaşıyoruz.

Defne için çocuk bakımına ihtiyacımız var. Can da (10 yaşında) bakıma gelebilir mi, yoksa bizimle mi oturmalı?

Saygılarımla
Mehmet Demir
Tel. 0251 000 1234
""")

# 003: shared association mailbox, Reply-To = the chair (who asks for confirmation there);
#      three named persons; "Berufsorientierung (Runde 3)"; ISO-8859-1 QP.
mail("elternnetzwerk-kinderhaus-drei",
     label("registration", "s.brandt@elternnetzwerk-kinderhaus.example", "Svetlana Brandt",
           "Elternnetzwerk Kinderhaus e.V.", ["R3"], 3, "de"),
     frm="Elternnetzwerk Kinderhaus <info@elternnetzwerk-kinderhaus.example>",
     reply_to="Svetlana Brandt <s.brandt@elternnetzwerk-kinderhaus.example>",
     subject="Anmeldung Elternnetzwerk Kinderhaus - 3 Personen",
     date="Tue, 24 Aug 2027 10:02:11 +0200", msgid="<5f1e0c2a@elternnetzwerk-kinderhaus.example>",
     charset="iso-8859-1", cte="quoted-printable",
     body="""Sehr geehrte Damen und Herren,

hiermit melden wir uns als Elternnetzwerk Kinderhaus e.V. zur Elternkonferenz Bildung am 16. Oktober an. Wir kommen zu dritt:

  - Svetlana Brandt (Vorsitzende)
  - Hamid Rahimi
  - Gül Özdemir

Wir interessieren uns alle drei für die Gesprächsrunde zur Berufsorientierung (Runde 3), weil in unserem Netzwerk viele Familien Jugendliche in den Klassen 8 bis 10 haben. Kinderbetreuung brauchen wir nicht.

Bitte schicken Sie die Bestätigung an meine persönliche Adresse, das Vereinspostfach wird nur unregelmäßig gelesen.

Mit freundlichen Grüßen

Svetlana Brandt
Vorsitzende
Elternnetzwerk Kinderhaus e.V.
Kinderhauser Straße 00, 48159 Münster
www.elternnetzwerk-kinderhaus.example
""")

# 004: Arabic, windows-1256 base64; "second session" about multilingual upbringing -> R2;
#      children 3 and 5 for childcare; name from the Arabic signature.
mail("alkhatib-ar-mehrsprachig",
     label("registration", "rania.alkhatib@mail.example", "رانيا الخطيب", None, ["R2"], 1, "ar"),
     frm="Rania Al-Khatib <rania.alkhatib@mail.example>",
     subject="التسجيل في مؤتمر الأهل",
     date="Wed, 25 Aug 2027 13:30:05 +0200", msgid="<CAK7-ra-20270825@mail.example>",
     charset="windows-1256", cte="base64",
     body="""السلام عليكم،

أود التسجيل في مؤتمر الأهل (Elternkonferenz) يوم السبت 16 أكتوبر.
أنا مهتمة بالجلسة الثانية عن تربية الأطفال بعدة لغات، لأننا نتكلم العربية في البيت وأولادي يتكلمون الألمانية في الروضة.
عندي طفلان، عمرهما 3 و5 سنوات، وأحتاج رعاية الأطفال لهما أثناء الجلسة.
سأحضر وحدي.

مع الشكر
رانيا الخطيب
""")

# 005: question only: childcare for a 2-year-old decides whether she comes; no registration.
mail("petrovic-frage-betreuung",
     label("question", "d.petrovic@web.example", "Dragana Petrović", None, [], None, "de"),
     frm="Dragana Petrović <d.petrovic@web.example>", subject="Frage Kinderbetreuung",
     date="Thu, 26 Aug 2027 19:05:44 +0200", msgid="<trinity-4f2a-petrovic@web.example>",
     cte="quoted-printable",
     body="""Guten Tag,

ich habe die Einladung zur Elternkonferenz über die Kita bekommen. Bevor ich mich anmelde eine Frage: nehmen Sie in der Kinderbetreuung auch Kinder unter 3 Jahren? Meine Jüngste ist 2 und noch nicht in der Kita. Wenn das nicht geht, kann ich leider nicht kommen, weil am Samstag niemand auf sie aufpassen kann.

Viele Grüße
Dragana Petrović
""")

# 006: Russian, KOI8-R 8bit; R4 named by number and by "Schulamt"; son 14, class 8;
#      Cyrillic signature beats the transliterated From name.
mail("volkov-ru-schulamt",
     label("registration", "a.volkov@post.example", "Андрей Волков", None, ["R4"], 1, "ru"),
     frm="Andrei Volkov <a.volkov@post.example>",
     subject="Регистрация на конференцию 16.10",
     date="Fri, 27 Aug 2027 07:58:19 +0200", msgid="<1630043899.52@post.example>",
     charset="koi8-r", cte="8bit",
     body="""Здравствуйте!

Прошу записать меня на Elternkonferenz 16 октября, Runde 4 (права родителей, Schulamt).
У нас уже два года проблемы со школой: сыну 14 лет, он в 8 классе, и школа хочет перевести его в Foerderschule. Мы не согласны и не знаем, куда обращаться.

Приду один. Детская комната не нужна.

С уважением,
Андрей Волков
Muenster-Coerde
""")

# 007: teacher, HTML-only Outlook mail (windows-1252 QP) with disclaimer; R1 by its title words,
#      R3 by alias "Berufsorientierung"; "zweiten Hälfte" is not round 2.
mail("schulte-baeumer-outlook-lehrerin",
     label("registration", "k.schulte-baeumer@gesamtschule-muenster.example",
           "Katrin Schulte-Bäumer", "Mathilde-Anneke-Gesamtschule Münster", ["R1", "R3"], 1, "de"),
     frm='"Schulte-Bäumer, Katrin" <k.schulte-baeumer@gesamtschule-muenster.example>',
     subject="Anmeldung Elternkonferenz Bildung - Fr. Schulte-Bäumer",
     date="Mon, 30 Aug 2027 14:21:37 +0200",
     msgid="<AM0PR03MB4821F0C1@AM0PR03MB4821.eurprd03.prod.outlook.example>",
     charset="windows-1252", cte="quoted-printable", html_only=True,
     headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdmcQk2x7n0YhqYvQ1S2")],
     html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head><body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrtes Team des Kommunalen Integrationszentrums,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">als Beratungslehrerin f&uuml;r die Jahrg&auml;nge 5 und 6 an der Mathilde-Anneke-Gesamtschule m&ouml;chte ich mich gern f&uuml;r die Elternkonferenz am 16.10. anmelden. Mein Interesse gilt vor allem der Gespr&auml;chsrunde zum &Uuml;bergang nach Klasse 4 &ndash; dort erlebe ich in den Anmeldegespr&auml;chen jedes Jahr viel Unsicherheit bei den Familien.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Falls das organisatorisch geht, w&uuml;rde ich in der zweiten H&auml;lfte gern noch in die Runde zur Berufsorientierung hineinh&ouml;ren.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Katrin Schulte-B&auml;umer</b><br>Beratungslehrerin<br>Mathilde-Anneke-Gesamtschule M&uuml;nster<br>Telefon 0251 000 4410<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Diese E-Mail enth&auml;lt vertrauliche und/oder rechtlich gesch&uuml;tzte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt&uuml;mlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.</span><o:p></o:p></p>
</div></body></html>
""")

# 008: Ukrainian, KOI8-U base64; R2 first, R1 as fallback; husband works -> alone (1);
#      daughter 11 in class 5, son 6.
mail("kovalchuk-uk-runde2",
     label("registration", "oksana.kovalchuk@ukr.example", "Оксана Ковальчук", None,
           ["R2", "R1"], 1, "uk"),
     frm="Оксана Ковальчук <oksana.kovalchuk@ukr.example>",
     subject="Реєстрація / Anmeldung Elternkonferenz",
     date="Tue, 31 Aug 2027 22:10:03 +0200", msgid="<f81c2e90-oks@ukr.example>",
     charset="koi8-u", cte="base64",
     body="""Добрий день!

Мене звати Оксана Ковальчук, ми з Харкова, у Мюнстері з 2022 року. Хочу зареєструватися на конференцію для батьків 16 жовтня.

Мене найбільше цікавить Runde 2 - як зберегти українську мову в дітей, бо молодший уже відповідає мені тільки німецькою. Якщо там не буде місць, то Runde 1: старша донька (11 років) зараз у 5 класі Realschule, але, можливо, ще буде переходити.

Чоловік у суботу працює, тому буду сама. Для сина (6 років) потрібен догляд за дітьми.

Дякую!
Оксана
""")

# 009: Farsi, UTF-8 QP, Persian digits: "۲ نفر" = 2 persons, "شماره ۳" = round 3; ages 15 and 8.
mail("ahmadi-fa-ausbildung",
     label("registration", "reza.ahmadi@iranmail.example", "رضا احمدی", None, ["R3"], 2, "fa"),
     frm="Reza Ahmadi <reza.ahmadi@iranmail.example>", subject="ثبت نام کنفرانس والدین",
     date="Wed, 01 Sep 2027 11:44:50 +0430", msgid="<b7e1.20270901@iranmail.example>",
     cte="quoted-printable",
     body="""با سلام و احترام

من و همسرم (۲ نفر) می‌خواهیم در کنفرانس والدین روز شنبه ۱۶ اکتبر شرکت کنیم.
پسرمان ۱۵ ساله است و سال آینده مدرسه را تمام می‌کند، برای همین گفتگوی شماره ۳ درباره‌ی آموزش حرفه‌ای (Ausbildung) برای ما مهم است.
دخترمان ۸ ساله است؛ آیا می‌تواند در بخش مراقبت از کودکان بماند؟

با تشکر
رضا احمدی
""")

# 010: mosque parent group, learner German, ISO-8859-9 8bit; "mit 5 Personen" vs "ca. 7 Kinder";
#      R4 first ("Elternrechte"), R1 fallback.
mail("merkez-camii-elternkreis",
     label("registration", "eltern@merkez-camii-muenster.example", "Hatice Yılmaz",
           "Elternkreis Merkez Camii Münster", ["R4", "R1"], 5, "de"),
     frm="Merkez Camii Eltern <eltern@merkez-camii-muenster.example>",
     subject="anmeldung 5 personen",
     date="Wed, 01 Sep 2027 20:37:28 +0200", msgid="<0901203728.hy@merkez-camii-muenster.example>",
     charset="iso-8859-9", cte="8bit",
     body="""Sehr geehrte Damen und Herren

Wir sind Elternkreis von Merkez Camii Münster (Moscheegemeinde). Wir möchten mit 5 Personen kommen zur Elternkonferenz am 16. Oktober, ich selbst und 4 Mütter aus unsere Gemeinde.
Am liebsten wir gehen zusammen in Runde 4 (Elternrechte) weil viele haben Probleme mit Schule und wissen nicht was man darf. Wenn da kein Platz für 5 ist dann Runde 1.
Kinderbetreuung brauchen wir für ca. 7 Kinder, Alter zwischen 2 und 9. Ist das möglich?

Mit freundlichen Grüßen
Hatice Yılmaz
Elternkreis Merkez Camii Münster
""")

# 011: auto-reply with Auto-Submitted header (school office closed), quotes the round list.
mail("autoreply-grundschule-sekretariat",
     label("auto_reply"),
     frm="Sekretariat Grundschule Gievenbeck <sekretariat@gs-gievenbeck.example>",
     subject="Automatische Antwort: Einladung Elternkonferenz Bildung Münster 2027",
     date="Thu, 02 Sep 2027 06:00:12 +0200", msgid="<auto-8812@gs-gievenbeck.example>",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     charset="iso-8859-1", cte="quoted-printable",
     body="""Vielen Dank für Ihre Nachricht.

Das Sekretariat ist vom 30.08. bis 03.09.2027 nur eingeschränkt besetzt. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Schulleitung, Telefon 0251 000 2200.

Thank you for your message. The school office is only partly staffed until 3 September.

Mit freundlichen Grüßen
Sekretariat der Grundschule Gievenbeck
""")

# 012: Polish, ISO-8859-2 QP; "siebie i męża" = 2 persons; "Runda 2" -> R2; children 4 and 8.
mail("nowak-pl-runda2",
     label("registration", "kasia.nowak@poczta.example", "Katarzyna Nowak", None, ["R2"], 2, "pl"),
     frm="Katarzyna Nowak <kasia.nowak@poczta.example>", subject="Zgłoszenie - Elternkonferenz",
     date="Fri, 03 Sep 2027 09:12:55 +0200", msgid="<6c1d9a0e.kn@poczta.example>",
     charset="iso-8859-2", cte="quoted-printable",
     body="""Dzień dobry,

chciałabym zgłosić siebie i męża (Piotr Nowak) na konferencję dla rodziców 16 października. Będziemy we dwoje.
Interesuje nas Runda 2 - dwujęzyczne wychowanie. W domu mówimy po polsku, a dzieci (4 i 8 lat) coraz częściej odpowiadają tylko po niemiecku.
Dla obojga dzieci prosimy o opiekę na miejscu.

Pozdrawiam serdecznie
Katarzyna Nowak
""")

# 013: English, Gmail multipart/alternative; "my wife and I" = 2; R1 described in English;
#      also asks about English support (still a registration).
mail("okafor-en-gmail",
     label("registration", "david.okafor@gmail.example", "David Okafor", None, ["R1"], 2, "en"),
     frm="David Okafor <david.okafor@gmail.example>",
     subject="Registration - parents' conference 16 Oct",
     date="Sat, 04 Sep 2027 16:03:21 +0200",
     msgid="<CAF3q+Yt9Wm2pX0n=okafor@mail.gmail.example>",
     body="""Hello,

My wife Chioma and I would like to register for the Elternkonferenz on 16 October. We moved to Münster from Lagos last year and our son (10) moves on to secondary school next summer, so we're most interested in the round about the transition after Grade 4.

Our German is still basic - will there be any English support in the rounds?

Our daughter is 3; we'd be grateful for a childcare spot for her.

Best regards,
David Okafor
""",
     html="""<div dir="ltr"><div>Hello,</div><div><br></div><div>My wife Chioma and I would like to register for the Elternkonferenz on 16 October. We moved to Münster from Lagos last year and our son (10) moves on to secondary school next summer, so we&#39;re most interested in the round about the transition after Grade 4.</div><div><br></div><div>Our German is still basic - will there be any English support in the rounds?</div><div><br></div><div>Our daughter is 3; we&#39;d be grateful for a childcare spot for her.</div><div><br></div><div>Best regards,</div><div>David Okafor</div></div>
""", html_cte="quoted-printable")

# 014: change: top-posted reply to the confirmation of 001; quoted text names Runde 1,
#      the new text asks for Runde 2.
mail("kaya-wechsel-runde2",
     label("change", "aylin.kaya88@gmx.example", "Aylin Kaya", None, ["R2"], None, "de"),
     frm="Aylin K. <aylin.kaya88@gmx.example>",
     subject="Re: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Sun, 05 Sep 2027 10:26:09 +0200", msgid="<A1B2C3-0002@gmx.example>",
     in_reply_to="<conf-0001@muenster.example>",
     body="""Hallo nochmal,
kann ich wechseln in Runde 2 bitte? Wir haben mit Lehrerin gesprochen, für Elif ist Gymnasium klar. Aber zu Hause wir sprechen Türkisch und Deutsch gemischt und das ist mehr Thema für uns.
Danke schön
Aylin

Von meinem iPhone gesendet

> Am 24.08.2027 um 09:12 schrieb Elternkonferenz Bildung Münster <elternkonferenz@muenster.example>:
>
""" + quote(confirmation("Aylin Kaya", "Runde 1", 1)) + "\n")

# 015: Albanian, ISO-8859-1 8bit; "Runde 1" plus "klasës së katërt"; son 9, daughter 7.
mail("krasniqi-sq-runde1",
     label("registration", "valbona.krasniqi@posta.example", "Valbona Krasniqi", None,
           ["R1"], 1, "sq"),
     frm="Valbona Krasniqi <valbona.krasniqi@posta.example>",
     subject="Regjistrim per konferencen e prinderve",
     date="Mon, 06 Sep 2027 18:49:33 +0200", msgid="<vk-20270906184933@posta.example>",
     charset="iso-8859-1", cte="8bit",
     body="""Përshëndetje,

Jam Valbona Krasniqi dhe dua të regjistrohem për konferencën e prindërve më 16 tetor.
Më intereson Runde 1, për kalimin në shkollë tjetër pas klasës së katërt. Djali im Arben është 9 vjeç dhe në klasën e 4-t, vajza Drita është 7 vjeç.
Vij vetëm. A mund t'i sjell fëmijët me vete që të rrinë te kujdesi për fëmijët?

Faleminderit shumë
Valbona Krasniqi
""")

# 016: church parent group forwards the invitation (all four rounds inside the forward);
#      only the note on top counts: two persons, "Mehrsprachigkeit" -> R2.
mail("st-ephraem-weiterleitung",
     label("registration", "g.aydin@st-ephraem-muenster.example", "Gabriel Aydin",
           "Elternkreis der Syrisch-Orthodoxen Gemeinde St. Ephräm Münster", ["R2"], 2, "de"),
     frm="Gabriel Aydin <g.aydin@st-ephraem-muenster.example>",
     subject="WG: Einladung Elternkonferenz Bildung Münster 2027",
     date="Tue, 07 Sep 2027 21:15:00 +0200", msgid="<3c9f7a11-ga@st-ephraem-muenster.example>",
     charset="windows-1252", cte="quoted-printable",
     body="""Guten Abend,

wir aus dem Elternkreis unserer Gemeinde würden gerne zu zweit teilnehmen: meine Frau Maryam Aydin und ich. Wir möchten beide in die Runde über Mehrsprachigkeit (bei uns zu Hause wird Aramäisch, Türkisch und Deutsch gesprochen).

Gott segne Sie
Gabriel Aydin
Elternkreis der Syrisch-Orthodoxen Gemeinde St. Ephräm Münster

-------- Weitergeleitete Nachricht --------
Betreff: Einladung Elternkonferenz Bildung Münster 2027
Datum: Fri, 20 Aug 2027 12:00:00 +0200
Von: Pfarrbüro St. Ephräm <pfarrbuero@st-ephraem-muenster.example>
An: g.aydin@st-ephraem-muenster.example

""" + INVITATION)

# 017: question in Arabic (windows-1256 QP): interpretation? register children in advance?
#      "we decide after your answer" -> no registration yet.
mail("haddad-ar-frage-dolmetscher",
     label("question", "omar.haddad@mail.example", "عمر حداد", None, [], None, "ar"),
     frm="Omar Haddad <omar.haddad@mail.example>", subject="سؤال عن المؤتمر",
     date="Wed, 08 Sep 2027 12:02:47 +0200", msgid="<oh-5521@mail.example>",
     charset="windows-1256", cte="quoted-printable",
     body="""مرحبا،

هل ستكون هناك ترجمة إلى العربية في الجلسات؟ زوجتي لا تتكلم الألمانية جيدا.
وإذا جئنا، هل يجب أن نسجل الأطفال لرعاية الأطفال مسبقا؟
سنقرر بعد جوابكم.

شكرا
عمر حداد
""")

# 018: very short German in ISO-8859-9 8bit; "Ehepaar ..., 2 Personen"; R3 by alias "Ausbildung";
#      son 16; name in the signature with Turkish dotless i beats the From display name.
mail("yildirim-kurz-ausbildung",
     label("registration", "murat.yildirim@familie-yildirim.example", "Murat Yıldırım", None,
           ["R3"], 2, "de"),
     frm="M. Yildirim <murat.yildirim@familie-yildirim.example>", subject="Anmeldung",
     date="Thu, 09 Sep 2027 07:31:16 +0200", msgid="<20270909053116.MY@familie-yildirim.example>",
     charset="iso-8859-9", cte="8bit",
     body="""Guten Tag,

hiermit melden wir uns (Ehepaar Yıldırım, 2 Personen) für die Gesprächsrunde zum Thema Ausbildung an. Unser Sohn ist 16 und sucht ab nächstem Sommer einen Ausbildungsplatz als Kfz-Mechatroniker.

MfG
Murat Yıldırım
""")

# 019: bounce (multipart/report, Postfix style) for a confirmation; recipient in mixed case.
_bounce = """From: Mail Delivery System <MAILER-DAEMON@mx1.muenster.example>
To: elternkonferenz@muenster.example
Subject: Undelivered Mail Returned to Sender
Date: Thu, 09 Sep 2027 10:44:03 +0200 (CEST)
Message-ID: <20270909084403.4F2A1C0123@mx1.muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4F2A1C0123.1631177043/mx1.muenster.example"

This is a MIME-encapsulated message.

--4F2A1C0123.1631177043/mx1.muenster.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<H.Rahimi@familienpost.example>: host mx.familienpost.example[192.0.2.25]
    said: 550 5.1.1 <H.Rahimi@familienpost.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4F2A1C0123.1631177043/mx1.muenster.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4F2A1C0123
X-Postfix-Sender: rfc822; elternkonferenz@muenster.example
Arrival-Date: Thu,  9 Sep 2027 10:44:01 +0200 (CEST)

Final-Recipient: rfc822; H.Rahimi@familienpost.example
Original-Recipient: rfc822;H.Rahimi@familienpost.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.familienpost.example
Diagnostic-Code: smtp; 550 5.1.1 <H.Rahimi@familienpost.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4F2A1C0123.1631177043/mx1.muenster.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Elternkonferenz Bildung =?utf-8?q?M=C3=BCnster?= <elternkonferenz@muenster.example>
To: H.Rahimi@familienpost.example
Subject: Ihre Anmeldung zur Elternkonferenz Bildung =?utf-8?q?M=C3=BCnster?= 2027
Date: Thu, 09 Sep 2027 10:44:00 +0200
Message-ID: <conf-0019@muenster.example>
Auto-Submitted: auto-replied

--4F2A1C0123.1631177043/mx1.muenster.example--
"""
add_raw("bounce-rahimi-user-unknown", crlf(_bounce).encode("ascii"),
        label("bounce", bounced="h.rahimi@familienpost.example"))

# 020: Bulgarian, windows-1251 base64; R4; daughter 12 in class 6, son 7; alone.
mail("petrova-bg-runde4",
     label("registration", "maria.petrova@abv.example", "Мария Петрова", None, ["R4"], 1, "bg"),
     frm="Мария Петрова <maria.petrova@abv.example>", subject="Записване за конференцията",
     date="Fri, 10 Sep 2027 15:20:48 +0300", msgid="<abv-772910.mp@abv.example>",
     charset="windows-1251", cte="base64",
     body="""Здравейте,

Казвам се Мария Петрова и искам да се запиша за родителската конференция на 16 октомври. Най-много ме интересува Runde 4 - правата на родителите и как да общуваме с училището и Schulamt.
Дъщеря ми е на 12 години, в 6 клас, синът ми е на 7.
Ще дойда сама, децата остават при баба си.

Поздрави,
Мария Петрова
""")

# 021: cancellation, learner German, bottom-posted under the quoted confirmation.
mail("benali-absage-unten",
     label("cancellation", "samira.benali@web.example", "Samira Benali", None, [], None, "de"),
     frm="samira.benali@web.example",
     subject="Re: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Mon, 13 Sep 2027 17:55:02 +0200", msgid="<sb-20270913175502@web.example>",
     in_reply_to="<conf-0007@muenster.example>", cte="quoted-printable",
     body=quote(confirmation("Samira Benali", "Runde 2", 1)) + """

Hallo,
leider ich kann nicht kommen am 16.10, ich habe bekommen neue Arbeit und muss Samstag arbeiten. Bitte streichen Sie mich und meine Kinder von Liste. Vielleicht nächstes Jahr.
Grüße Samira Benali
""")

# 022: a teacher registers a mother who attends alone; confirmation asked to the mother's
#      address -> email and name are the mother's; the teacher's school is not her organisation.
mail("rensing-lehrer-meldet-mutter",
     label("registration", "lidia.morar@posta-ro.example", "Lidia Morar", None, ["R1"], 1, "de"),
     frm="Thomas Rensing <t.rensing@gs-kinderhaus-west.example>",
     subject="Anmeldung für eine Mutter aus meiner Klasse",
     date="Tue, 14 Sep 2027 13:08:40 +0200", msgid="<e3a1b07d-tr@gs-kinderhaus-west.example>",
     body="""Liebes Team vom KI,

ich bin Klassenlehrer einer 4. Klasse an der Grundschule Kinderhaus-West. Eine Mutter aus meiner Klasse, Frau Lidia Morar, möchte gern an der Elternkonferenz teilnehmen, traut sich aber noch nicht, selbst zu schreiben. Sie interessiert sich für Runde 1 (Übergang auf die weiterführende Schule) - ihr Sohn ist in meiner Klasse.

Frau Morar kommt allein; ihre beiden jüngeren Kinder (3 und 5) würde sie gern in die Kinderbetreuung geben.

Bitte schicken Sie die Bestätigung direkt an sie: lidia.morar@posta-ro.example
Ich selbst bin an dem Samstag leider verhindert.

Viele Grüße
Thomas Rensing
Klassenlehrer 4b, Grundschule Kinderhaus-West
""")

# 023: Turkish typed on a phone without Turkish letters (7bit ASCII); "2. runde" -> R2;
#      "4. sinif" and "3 yasinda" are children; "tek kisiyim" = one person.
mail("aras-tr-ascii-handy",
     label("registration", "gulsen.aras.87@hotmail.example", "Gulsen Aras", None, ["R2"], 1, "tr"),
     frm="gulsen <gulsen.aras.87@hotmail.example>", subject="kayit",
     date="Wed, 15 Sep 2027 23:41:57 +0200", msgid="<DB9P191MB1234.ga@hotmail.example>",
     charset="us-ascii", cte="7bit",
     body="""merhaba ben Gulsen Aras, 16 ekim konferansina gelmek istiyorum. 2. runde ye yazin lutfen (cok dilli buyume). kizim 4. sinifta, oglum 3 yasinda cocuk bakimi lazim onun icin. tek kisiyim
tesekkurler

iPhone'umdan gonderildi
""")

# 024: change of party size only (husband comes after all -> 2), Ukrainian in UTF-8 QP;
#      "the topic stays" states no new round -> []; quoted confirmation names Runde 2.
mail("kovalchuk-uk-jetzt-zwei",
     label("change", "oksana.kovalchuk@ukr.example", "Оксана Ковальчук", None, [], 2, "uk"),
     frm="Оксана Ковальчук <oksana.kovalchuk@ukr.example>",
     subject="Re: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Thu, 16 Sep 2027 08:02:30 +0200", msgid="<a0d4e7c1-oks@ukr.example>",
     in_reply_to="<conf-0008@muenster.example>", cte="quoted-printable",
     body="""Добрий день ще раз,

гарна новина: чоловік (Андрій Ковальчук) все-таки має вільну суботу, тож ми прийдемо вдвох. Будь ласка, змініть кількість на 2 особи. Тема та сама.

Оксана

01.09.2027 09:40, Elternkonferenz Bildung Münster пише:
""" + quote(confirmation("Oksana Kovalchuk", "Runde 2", 1)) + "\n")

# 025: association registers four named persons (plain + HTML table); R2; 3 children for
#      childcare; organisation as in From/signature.
_raduga_plain = """Sehr geehrte Damen und Herren,

der Verein russischsprachiger Familien "Raduga" e.V. meldet folgende Personen zur Elternkonferenz Bildung Münster 2027 an:

1. Natalia Schmidt (Vorstand)
2. Irina Becker
3. Dmitri Lang
4. Jelena Fuchs

Alle vier möchten in die Runde 2 (Mehrsprachigkeit), da wir samstags Russisch als Herkunftssprache für Kinder anbieten. Kinderbetreuung benötigen wir für 3 Kinder (2, 4 und 5 Jahre).

Mit freundlichen Grüßen
Natalia Schmidt
Raduga e.V.
Verein russischsprachiger Familien in Münster
"""
mail("raduga-verein-tabelle",
     label("registration", "vorstand@raduga-muenster.example", "Natalia Schmidt", "Raduga e.V.",
           ["R2"], 4, "de"),
     frm="Raduga e.V. <vorstand@raduga-muenster.example>",
     subject="Anmeldung Raduga e.V. - 4 Teilnehmende",
     date="Fri, 17 Sep 2027 11:19:04 +0200", msgid="<raduga.20270917111904@raduga-muenster.example>",
     cte="quoted-printable", body=_raduga_plain,
     html="""<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Damen und Herren,</p>
<p>der Verein russischsprachiger Familien &bdquo;Raduga&ldquo; e.V. meldet folgende Personen zur Elternkonferenz Bildung Münster 2027 an:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Nr.</th><th>Name</th><th>Gesprächsrunde</th></tr>
<tr><td>1</td><td>Natalia Schmidt (Vorstand)</td><td>Runde 2</td></tr>
<tr><td>2</td><td>Irina Becker</td><td>Runde 2</td></tr>
<tr><td>3</td><td>Dmitri Lang</td><td>Runde 2</td></tr>
<tr><td>4</td><td>Jelena Fuchs</td><td>Runde 2</td></tr>
</table>
<p>Alle vier möchten in die Runde 2 (Mehrsprachigkeit), da wir samstags Russisch als Herkunftssprache für Kinder anbieten. Kinderbetreuung benötigen wir für 3 Kinder (2, 4 und 5 Jahre).</p>
<p>Mit freundlichen Grüßen<br>Natalia Schmidt<br>Raduga e.V.<br>Verein russischsprachiger Familien in Münster</p>
</body></html>
""")

# 026: other: a newsletter (List-Unsubscribe, Precedence: bulk) that mentions the event and a round.
mail("newsletter-bildungsnetzwerk",
     label("other"),
     frm="Bildungsnetzwerk Münsterland <newsletter@bildungsnetzwerk-muensterland.example>",
     to="Newsletter-Abonnenten <newsletter@bildungsnetzwerk-muensterland.example>",
     subject="Newsletter September 2027: Termine, Fortbildungen, Fördergelder",
     date="Mon, 20 Sep 2027 06:30:00 +0200", msgid="<nl-2027-09.1842@bildungsnetzwerk-muensterland.example>",
     headers=[("Precedence", "bulk"),
              ("List-Unsubscribe", "<https://bildungsnetzwerk-muensterland.example/abmelden?id=1842>"),
              ("List-Id", "Newsletter <newsletter.bildungsnetzwerk-muensterland.example>")],
     cte="quoted-printable",
     body="""BILDUNGSNETZWERK MÜNSTERLAND - Newsletter September 2027

Termine
-------
* 25.09. Fachtag Sprachförderung in der Kita, Hamm
* 16.10. Elternkonferenz Bildung Münster 2027 im Stadthaus 1 - vier Gesprächsrunden, u. a. Runde 3 zur Berufsausbildung. Anmeldung direkt beim Veranstalter.
* 06.11. Netzwerktreffen Übergang Schule-Beruf, Warendorf

Fortbildungen
-------------
Interkulturelle Elternarbeit (3 Module), Start 04.11., noch 6 Plätze frei.

Fördergelder
------------
Der Landesfonds "Eltern stärken" nimmt bis 31.10. Anträge entgegen.

Sie erhalten diesen Newsletter, weil Sie sich auf bildungsnetzwerk-muensterland.example eingetragen haben.
Abmelden: https://bildungsnetzwerk-muensterland.example/abmelden?id=1842
""",
     html="""<html><body><h2>Bildungsnetzwerk Münsterland &ndash; Newsletter September 2027</h2>
<h3>Termine</h3><ul>
<li>25.09. Fachtag Sprachförderung in der Kita, Hamm</li>
<li>16.10. <b>Elternkonferenz Bildung Münster 2027</b> im Stadthaus 1 &ndash; vier Gesprächsrunden, u.&nbsp;a. Runde 3 zur Berufsausbildung. Anmeldung direkt beim Veranstalter.</li>
<li>06.11. Netzwerktreffen Übergang Schule-Beruf, Warendorf</li></ul>
<h3>Fortbildungen</h3><p>Interkulturelle Elternarbeit (3 Module), Start 04.11., noch 6 Plätze frei.</p>
<h3>Fördergelder</h3><p>Der Landesfonds &bdquo;Eltern stärken&ldquo; nimmt bis 31.10. Anträge entgegen.</p>
<p style="font-size:small">Sie erhalten diesen Newsletter, weil Sie sich eingetragen haben. <a href="https://bildungsnetzwerk-muensterland.example/abmelden?id=1842">Abmelden</a></p>
</body></html>
""")

# 027: Arabic with Arabic-Indic digits (UTF-8 QP): "(٢ أشخاص)" = 2; "الجلسة الأولى" = R1;
#      three children aged ٤, ٦, ٩ are not participants.
mail("mansour-ar-ziffern",
     label("registration", "khaled.mansour@mail.example", "خالد منصور", None, ["R1"], 2, "ar"),
     frm="Khaled Mansour <khaled.mansour@mail.example>", subject="تسجيل - Runde 1",
     date="Tue, 21 Sep 2027 20:14:38 +0200", msgid="<km-8830192@mail.example>",
     cte="quoted-printable",
     body="""السلام عليكم ورحمة الله

أرجو تسجيلي أنا وزوجتي (٢ أشخاص) في مؤتمر الأهل يوم ١٦ أكتوبر، في الجلسة الأولى عن الانتقال بعد الصف الرابع.
لدينا ثلاثة أطفال أعمارهم ٤ و٦ و٩ سنوات. نحتاج رعاية الأطفال للصغيرين فقط، أما الكبيرة (في الصف الرابع) فستبقى عند جدتها.

جزاكم الله خيرا
خالد منصور
""")

# 028: cancellation in English, top-posted over a Gmail-style quote of the confirmation.
mail("okafor-en-absage",
     label("cancellation", "david.okafor@gmail.example", "David Okafor", None, [], None, "en"),
     frm="David Okafor <david.okafor@gmail.example>",
     subject="Re: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Wed, 22 Sep 2027 08:47:12 +0200",
     msgid="<CAF3q+Yu1Qz8rT4k=okafor@mail.gmail.example>",
     in_reply_to="<conf-0013@muenster.example>",
     body="""Hi,

Sorry to do this - Chioma's mother is visiting from Lagos that weekend, so we can't make it on the 16th after all. Please cancel our registration (both of us, and the childcare spot for our daughter).

Thanks for your understanding,
David

On Sun, 5 Sept 2027 at 09:03, Elternkonferenz Bildung Münster <elternkonferenz@muenster.example> wrote:
""" + quote(confirmation("David Okafor", "Runde 1", 2)) + "\n")

# 029: learner German; the brother comes along as interpreter -> 2 persons; son 13; R4 by number
#      and by "Schulamt".
mail("tesfaye-bruder-uebersetzt",
     label("registration", "yonas.tesfaye@mail.example", "Yonas Tesfaye", None, ["R4"], 2, "de"),
     frm="Yonas Tesfaye <yonas.tesfaye@mail.example>", subject="Anmeldung Runde 4",
     date="Thu, 23 Sep 2027 19:36:51 +0200", msgid="<yt.1632418611@mail.example>",
     body="""Hallo Frau oder Herr,

ich möchte anmelden für Elternkonferenz. Ich habe großes Problem mit Schulamt, mein Sohn (13) hat seit 4 Monate kein Schulplatz nach Umzug nach Münster. Darum Runde 4 ist gut für mich.
Mein Deutsch ist nicht so gut, deswegen kommt mein Bruder Daniel mit, er übersetzt für mich. Also wir sind zwei.

Danke und schöne Gruß
Yonas Tesfaye
Tel 0176 0000000
""")

# 030: question in Farsi (UTF-8 base64): cost, separate childcare registration, Farsi interpreting.
mail("hosseini-fa-frage",
     label("question", "maryam.hosseini@mail.example", "مریم حسینی", None, [], None, "fa"),
     frm="Maryam Hosseini <maryam.hosseini@mail.example>", subject="سوال درباره کنفرانس والدین",
     date="Fri, 24 Sep 2027 10:05:26 +0200", msgid="<mh-20270924@mail.example>",
     cte="base64",
     body="""سلام،

ببخشید، چند سوال داشتم:
۱. شرکت در کنفرانس رایگان است؟
۲. برای مراقبت از بچه‌ها باید جداگانه ثبت نام کنم؟ دو بچه دارم، ۴ و ۷ ساله.
۳. آیا مترجم فارسی هم هست؟

ممنون
مریم حسینی
""")

# 031: change from the shared mailbox with Reply-To (chair): 3 -> 2 persons; inline reply;
#      "Runde 3 bleibt" restates the round in new text.
mail("elternnetzwerk-nur-zwei",
     label("change", "s.brandt@elternnetzwerk-kinderhaus.example", "Svetlana Brandt",
           "Elternnetzwerk Kinderhaus e.V.", ["R3"], 2, "de"),
     frm="Elternnetzwerk Kinderhaus <info@elternnetzwerk-kinderhaus.example>",
     reply_to="Svetlana Brandt <s.brandt@elternnetzwerk-kinderhaus.example>",
     subject="AW: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Mon, 27 Sep 2027 12:40:09 +0200", msgid="<7a2d19e4@elternnetzwerk-kinderhaus.example>",
     in_reply_to="<conf-0003@muenster.example>", charset="iso-8859-1", cte="quoted-printable",
     body="""Liebes Team,

eine Korrektur zu unserer Anmeldung, siehe unten.

> Guten Tag Svetlana Brandt,
>
> vielen Dank für Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027
> am Samstag, 16. Oktober 2027, im Stadthaus 1.
> Wir haben Sie für Runde 3 eingetragen (Personen: 3).

Leider sind wir nur noch 2 Personen - Herr Rahimi hat an dem Tag Schicht. Runde 3 bleibt.

> Bitte sagen Sie uns Bescheid, wenn sich etwas ändert.

Danke!
Svetlana Brandt
Elternnetzwerk Kinderhaus e.V.
""")

# 032: Polish father, windows-1250 8bit, German terms inside Polish; R3; son 15 in class 9.
mail("wisniewski-pl-ausbildung",
     label("registration", "t.wisniewski@onet.example", "Tomasz Wiśniewski", None, ["R3"], 1, "pl"),
     frm="Tomasz Wiśniewski <t.wisniewski@onet.example>",
     subject="Anmeldung / zgłoszenie Runde 3",
     date="Tue, 28 Sep 2027 07:12:44 +0200", msgid="<onet.2027092807.tw@onet.example>",
     charset="windows-1250", cte="8bit",
     body="""Dzień dobry,

zgłaszam się na Elternkonferenz 16.10. Interesuje mnie Runde 3 (Ausbildung). Syn ma 15 lat, chodzi do Hauptschule, 9 klasa, i nie wie, co dalej - Praktikum, Ausbildung, Berufskolleg...
Przyjdę sam.

Pozdrawiam
Tomasz Wiśniewski
tel. 0157 0000 0000
""")

# 033: auto-reply without Auto-Submitted header: ticket receipt quoting our confirmation subject.
mail("autoreply-ticket-ohne-header",
     label("auto_reply"),
     frm="Elternportal Support <support@elternportal.example>",
     subject="[Ticket#2027092842] Eingangsbestätigung: Ihre Anmeldung zur Elternkonferenz",
     date="Tue, 28 Sep 2027 07:13:02 +0200", msgid="<ticket-2027092842@elternportal.example>",
     headers=[("X-Mailer", "OTRS Mail Service")],
     charset="iso-8859-1", cte="8bit",
     body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist unter der Ticketnummer 2027092842 bei uns eingegangen und wird so schnell wie möglich bearbeitet.

Bitte antworten Sie nicht auf diese E-Mail. Bei Rückfragen geben Sie bitte immer die Ticketnummer im Betreff an.

Ihr Elternportal-Support
""")

# 034: couple, each in a different round (wife R2, husband R4) -> 2 persons, both rounds in
#      the order written; daughter 10 in class 4, son 5.
mail("melnyk-paar-zwei-runden",
     label("registration", "taras.melnyk@mail.example", "Taras Melnyk", None, ["R2", "R4"], 2, "de"),
     frm="Taras Melnyk <taras.melnyk@mail.example>", subject="Anmeldung Ehepaar Melnyk",
     date="Wed, 29 Sep 2027 21:58:30 +0200", msgid="<tm-29092027@mail.example>",
     cte="quoted-printable",
     body="""Sehr geehrte Damen und Herren,

wir möchten uns zu zweit anmelden: meine Frau Olena Melnyk und ich, Taras Melnyk.
Olena interessiert sich für Runde 2 (Mehrsprachigkeit), ich möchte lieber in Runde 4, weil wir gerade einen Widerspruch beim Schulamt wegen der Schulzuweisung unserer Tochter (10, Klasse 4) schreiben.
Unser Sohn (5) bräuchte Kinderbetreuung.

Mit freundlichen Grüßen
Taras Melnyk
""")

# 035: change in Turkish, Outlook-style top-post over the German confirmation (Runde 1):
#      only Runde 4 now.
mail("demir-tr-wechsel-runde4",
     label("change", "mehmet.demir@turkmail.example", "Mehmet Demir", None, ["R4"], None, "tr"),
     frm="Mehmet Demir <mehmet.demir@turkmail.example>",
     subject="AW: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027",
     date="Thu, 30 Sep 2027 09:27:14 +0300", msgid="<20270930092714.31@turkmail.example>",
     in_reply_to="<conf-0002@muenster.example>", charset="iso-8859-9", cte="base64",
     body="""Merhaba,

Lütfen bizi Runde 1 yerine sadece Runde 4'e yazın. Can'ın okul meselesi çözüldü, Gymnasium'a gidecek; ama Schulamt ile başka bir sorunumuz var, o yüzden 4. Runde bizim için daha önemli.
Kişi sayısı aynı (2).

Teşekkürler
Mehmet Demir

-----Ursprüngliche Nachricht-----
Von: Elternkonferenz Bildung Münster <elternkonferenz@muenster.example>
Gesendet: Mittwoch, 25. August 2027 10:00
An: mehmet.demir@turkmail.example
Betreff: Ihre Anmeldung zur Elternkonferenz Bildung Münster 2027

""" + confirmation("Mehmet Demir", "Runde 1", 2))

# 036: cancellation of a whole group (5 persons), learner German, windows-1252 QP.
mail("merkez-camii-absage",
     label("cancellation", "eltern@merkez-camii-muenster.example", "Hatice Yilmaz",
           "Elternkreis Merkez Camii Münster", [], None, "de"),
     frm="Merkez Camii Eltern <eltern@merkez-camii-muenster.example>",
     subject="Absage Elternkreis Merkez Camii",
     date="Fri, 01 Oct 2027 16:03:47 +0200", msgid="<1001160347.hy@merkez-camii-muenster.example>",
     charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrte Damen und Herren,

ich muss leider absagen für unsere Gruppe. In unsere Gemeinde ist ein Todesfall und die Beerdigung ist am Samstag 16.10. Bitte alle 5 Personen abmelden, auch die Kinderbetreuung.
Entschuldigung und vielen Dank für Ihre Mühe.

Hatice Yilmaz
Elternkreis Merkez Camii Münster
""")

# 037: question from a teacher: may teachers attend? flyers in Turkish/Arabic? Mentions Runde 2
#      but registers no one.
mail("hagemann-lehrerin-frage",
     label("question", "u.hagemann@realschule-kreuzviertel.example", "Ulrike Hagemann",
           "Realschule Kreuzviertel", [], None, "de"),
     frm="Dr. Ulrike Hagemann <u.hagemann@realschule-kreuzviertel.example>",
     subject="Elternkonferenz - Teilnahme von Lehrkräften? / Flyer",
     date="Mon, 04 Oct 2027 15:44:21 +0200", msgid="<uh.4410.20271004@realschule-kreuzviertel.example>",
     cte="quoted-printable",
     body="""Sehr geehrte Damen und Herren,

ist die Elternkonferenz auch für Lehrkräfte offen, oder richtet sie sich ausschließlich an Eltern? Ich würde ungern einer Mutter den Platz in Runde 2 wegnehmen.

Außerdem: Gibt es den Einladungsflyer auch auf Türkisch und Arabisch? Dann würde ich ihn gern über unsere Klassenpflegschaften verteilen.

Mit freundlichen Grüßen
Dr. Ulrike Hagemann
Stellv. Schulleiterin
Realschule Kreuzviertel
""")

# 038: short mail with a PDF form attached (base64); the body carries everything needed;
#      organisation from the signature.
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n")
mail("noori-pdf-formular",
     label("registration", "ahmad.noori@mail.example", "Ahmad Noori",
           "Afghanischer Kulturverein Münster e.V.", ["R3"], 1, "de"),
     frm="Ahmad Noori <ahmad.noori@mail.example>", subject="Anmeldeformular Elternkonferenz",
     date="Thu, 07 Oct 2027 22:30:18 +0200", msgid="<an-7310@mail.example>",
     attachments=[("Anmeldung_Noori.pdf", "application", "pdf", _pdf)],
     body="""Guten Tag,

anbei schicke ich das ausgefüllte Anmeldeformular. Ich komme allein, Runde 3 bitte. Kinderbetreuung brauche ich nicht.

Mit freundlichen Grüßen
Ahmad Noori
Kassenwart
Afghanischer Kulturverein Münster e.V.
""")

# 039: cancellation in Russian, windows-1251 QP; gives the place to others.
mail("volkov-ru-absage",
     label("cancellation", "a.volkov@post.example", "Андрей Волков", None, [], None, "ru"),
     frm="Andrei Volkov <a.volkov@post.example>",
     subject="Отмена регистрации / Absage",
     date="Fri, 08 Oct 2027 18:12:09 +0200", msgid="<1633709529.88@post.example>",
     charset="windows-1251", cte="quoted-printable",
     body="""Добрый вечер,

вопрос со школой сына, к счастью, решился. Поэтому я отменяю свою регистрацию на 16 октября - пусть моё место получит другая семья.

Спасибо за вашу работу!
Андрей Волков
""")

# 040: change in learner German by the Albanian mother of 015: the husband comes too -> 2;
#      the children's ages (9, 7) are repeated for childcare; no round stated.
mail("krasniqi-mann-kommt-mit",
     label("change", "valbona.krasniqi@posta.example", "Valbona Krasniqi", None, [], 2, "de"),
     frm="Valbona Krasniqi <valbona.krasniqi@posta.example>",
     subject="Anmeldung Krasniqi - mein Mann auch",
     date="Mon, 11 Oct 2027 09:55:40 +0200", msgid="<vk-20271011095540@posta.example>",
     charset="iso-8859-1", cte="8bit",
     body="""Guten Tag,

ich habe mich angemeldet für Elternkonferenz. Jetzt mein Mann auch möchte kommen, er hat Urlaub bekommen. Also bitte 2 Personen.
Kinder für Betreuung wie geschrieben: Arben 9 und Drita 7.

Vielen Dank
Valbona Krasniqi
""")


# =============================================================================
# writing and validation
# =============================================================================

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", re.I)


def host_ok(host):
    host = host.lower().rstrip(".")
    return bool(EXAMPLE_HOST.search(host)) or host in ("example.org", "example.com", "example.net")


def validate():
    errors = []
    names = [n for n, _, _ in MAILS]
    if len(set(names)) != len(names):
        errors.append("duplicate file names")
    last = None
    for name, raw, exp in MAILS:
        where = name
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{where}: line ends are not all CRLF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                errors.append(f"{where}: line longer than 998 octets")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = [str(v) for k, v in msg.items()]
        for part in msg.walk():
            if part.defects:
                errors.append(f"{where}: defects {part.defects}")
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if part.defects:
                errors.append(f"{where}: defects after decoding {part.defects}")
            if part.get_content_maintype() == "text" or ctype.startswith("message/"):
                cs = part.get_content_charset() or "us-ascii"
                try:
                    decoded = payload.decode(cs, "strict")
                    texts.append(html.unescape(decoded) if ctype == "text/html" else decoded)
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{where}: part {ctype} does not decode as {cs}: {e}")
        if msg.defects:
            errors.append(f"{where}: message defects {msg.defects}")
        try:
            d = parsedate_to_datetime(msg["Date"])
        except (TypeError, ValueError):
            errors.append(f"{where}: bad Date")
            d = None
        if d is not None:
            if d.tzinfo is None:
                errors.append(f"{where}: Date without zone")
            elif last is not None and d <= last:
                errors.append(f"{where}: Date does not rise")
            last = d
        if msg["Message-ID"] is None:
            errors.append(f"{where}: no Message-ID")
        text = "\n".join(texts)
        for m in ADDR_RE.finditer(text):
            if not host_ok(m.group(1)):
                errors.append(f"{where}: non-example address {m.group(0)}")
        for m in URL_RE.finditer(text):
            if not host_ok(m.group(1)):
                errors.append(f"{where}: non-example URL host {m.group(1)}")
        # label checks
        if set(exp) != set(KEYS):
            errors.append(f"{where}: record keys {sorted(exp)}")
            continue
        k = exp["kind"]
        if k not in KINDS:
            errors.append(f"{where}: bad kind {k}")
        if not all(w in ROUNDS for w in exp["workgroups"]) or \
                len(set(exp["workgroups"])) != len(exp["workgroups"]):
            errors.append(f"{where}: bad workgroups {exp['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            if any(exp[f] is not None for f in ("email", "name", "organisation", "language",
                                                "party_size")) or exp["workgroups"]:
                errors.append(f"{where}: machine/other record must be empty")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or \
                    not host_ok(exp["email"].split("@")[1]):
                errors.append(f"{where}: bad email {exp['email']}")
            if exp["email"] and exp["email"] not in text.lower():
                errors.append(f"{where}: email {exp['email']} not in the mail")
            if not exp["language"] or not re.fullmatch(r"[a-z]{2}", exp["language"]):
                errors.append(f"{where}: bad language")
            if exp["name"] and exp["name"] not in text:
                errors.append(f"{where}: name {exp['name']!r} not in the mail")
            if exp["organisation"] and exp["organisation"] not in text:
                errors.append(f"{where}: organisation {exp['organisation']!r} not in the mail")
        if k == "registration":
            if not isinstance(exp["party_size"], int) or exp["party_size"] < 1:
                errors.append(f"{where}: registration needs party_size >= 1")
        elif k != "change" and exp["party_size"] is not None:
            errors.append(f"{where}: party_size only for registration/change")
        if k in ("question", "cancellation") and exp["workgroups"]:
            errors.append(f"{where}: workgroups must be [] for {k}")
        if k == "bounce":
            b = exp["bounced_recipient"]
            if not b or b != b.lower() or b not in text.lower():
                errors.append(f"{where}: bad bounced_recipient")
        elif exp["bounced_recipient"] is not None:
            errors.append(f"{where}: bounced_recipient only for bounces")
    return errors


def outputs():
    files = {f"mails/{n}": raw for n, raw, _ in MAILS}
    expected = {n: exp for n, _, exp in MAILS}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode()
    return files


def stats():
    kinds = Counter(e["kind"] for _, _, e in MAILS)
    langs = Counter(e["language"] for _, _, e in MAILS if e["language"])
    charsets, ctes, ctypes = Counter(), Counter(), Counter()
    for _, raw, _ in MAILS:
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        ctypes[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[(part.get_content_charset() or "us-ascii").lower()] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(MAILS)}")
    for title, c in (("kinds", kinds), ("languages", langs), ("charsets (text parts)", charsets),
                     ("transfer encodings (text parts)", ctes), ("top-level types", ctypes)):
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    errors = validate()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"validation failed: {len(errors)} problem(s)", file=sys.stderr)
        return 1
    files = outputs()
    if "--stats" in argv:
        stats()
        return 0
    on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*")} if (HERE / "mails").exists() else set()
    if "--check" in argv:
        bad = [p for p, data in files.items()
               if not (HERE / p).exists() or (HERE / p).read_bytes() != data]
        bad += sorted(on_disk - set(files))
        if bad:
            print("differs from disk: " + ", ".join(bad[:10]), file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for stale in on_disk - set(files):
        (HERE / stale).unlink()
    for p, data in files.items():
        (HERE / p).write_bytes(data)
    print(f"wrote {len(MAILS)} mails and expected.json; validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
