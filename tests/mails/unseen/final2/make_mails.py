#!/usr/bin/env python3
"""Write the "final2" evaluation set: 60 mails of the MSO-Tag 2027 inbox in the
last three weeks before the registration deadline (2027-02-13 .. 2027-03-06),
plus expected.json.  Python 3.11 standard library only.

usage: python3 make_mails.py [--check] [--stats]
"""
import json
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
TO = "mso-tag@muenster.example"
TZ = timezone(timedelta(hours=1))
START = datetime(2027, 2, 13, 7, 40, tzinfo=TZ)

INVITE = """Sehr geehrte Damen und Herren,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10:00-16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8.

Arbeitsgruppen:
AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 an (Name, Organisation,
gewünschte Arbeitsgruppe, Anzahl der Personen).

Mit freundlichen Grüßen
Koordinierungsstelle für Migration und Interkulturelle Angelegenheiten
Stadt Münster"""


def confirm(name, ag, n=1):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
am 13. März 2027. Wir bestätigen Ihren Platz in {ag} für {n} Person(en).

Falls sich etwas ändert, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen"""


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.splitlines())


MAILSPEC = []   # (filename, builder-args, expected)


def E(kind, email=None, name=None, org=None, wg=(), ps=None, lang=None, br=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": ps, "language": lang,
            "bounced_recipient": br}


def mail(slug, exp, frm, subject, body=None, *, charset="utf-8", cte=None,
         html=None, html_only=False, reply_to=None, to=TO, cc=None,
         reply=False, headers=(), attach=None, raw=None, mailer=None):
    MAILSPEC.append(dict(slug=slug, exp=exp, frm=frm, subject=subject,
                         body=body, charset=charset, cte=cte, html=html,
                         html_only=html_only, reply_to=reply_to, to=to, cc=cc,
                         reply=reply, headers=list(headers), attach=attach,
                         raw=raw, mailer=mailer))


def build(i, s):
    num = f"{i:03d}"
    date = START + timedelta(hours=8, minutes=25) * (i - 1) + timedelta(minutes=(i * 7) % 23)
    dom = (s["frm"] or "x@mx.muenster.example").rsplit("@", 1)[-1].rstrip(">")
    mid = f"<{date:%Y%m%d%H%M%S}.{num}{i * 7919 % 100000:05d}@{dom}>"
    if s["raw"] is not None:
        text = s["raw"].format(date=format_datetime(date), mid=mid)
        return text.replace("\n", "\r\n").encode("ascii")
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = s["frm"]
    m["To"] = s["to"]
    if s["cc"]:
        m["Cc"] = s["cc"]
    if s["reply_to"]:
        m["Reply-To"] = s["reply_to"]
    m["Subject"] = s["subject"]
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if s["reply"]:
        m["In-Reply-To"] = f"<conf.{num}@muenster.example>"
        m["References"] = f"<inv.2027@muenster.example> <conf.{num}@muenster.example>"
    m["MIME-Version"] = "1.0"
    if s["mailer"]:
        m["X-Mailer"] = s["mailer"]
    for k, v in s["headers"]:
        m[k] = v
    cs, cte = s["charset"], s["cte"]
    if s["html_only"]:
        m.set_content(s["html"].replace("charset=windows-1252", "charset=" + cs),
                      subtype="html", charset=cs, cte=cte or "quoted-printable")
    else:
        m.set_content(s["body"], charset=cs, cte=cte)
        if s["html"]:
            m.add_alternative(s["html"], subtype="html", charset=cs,
                              cte=cte if cte in ("quoted-printable", "base64") else "quoted-printable")
    if s["attach"]:
        fname, mt, st, data = s["attach"]
        if m.get_content_type() != "multipart/mixed":
            m.make_mixed()
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for k, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{num}_{k}_final2")
    return m.as_bytes(policy=policy.SMTP)


def html_wrap(inner, font="Calibri"):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"' + font +
            '",sans-serif;} --></style></head><body lang="DE" link="#0563C1">'
            '<div class="WordSection1">' + inner + '</div></body></html>')


def P(t):
    return '<p class="MsoNormal">' + t + '<o:p></o:p></p>\n'


# ---------------------------------------------------------------- the mails
# 001 native German reply below the quoted invitation, AG by number, alone, long signature.
mail("001-demir-reply-below-invitation",
     E("registration", "s.demir@ditib-kinderhaus.example", "Selin Demir",
       "DITIB Kinderhaus Münster e.V.", ["AG1"], 1, "de"),
     "Selin Demir <s.demir@ditib-kinderhaus.example>",
     "AW: Einladung zum Tag der Migrantenselbstorganisationen 2027",
     quote(INVITE) + """

Sehr geehrte Damen und Herren,

hiermit melde ich mich für die AG 1 an. Ich komme allein.

Viele Grüße
Selin Demir
Pädagogische Leitung
DITIB Kinderhaus Münster e.V.
Sprickmannstraße 12, 48159 Münster
Tel. 0251 000 1234
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender.
""", charset="iso-8859-1", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

# 002 Turkish, first and second choice by topic words, "eşim ve ben" = 2 persons.
mail("002-yildirim-turkish-two-choices",
     E("registration", "mehmet.yildirim@tgm-verein.example", "Mehmet Yıldırım",
       "Türk Gençlik Merkezi Münster", ["AG3", "AG1"], 2, "tr"),
     "Mehmet Yildirim <mehmet.yildirim@tgm-verein.example>",
     "MSO-Tag kayıt",
     """Merhaba,

13 Mart'taki MSO gününe katılmak istiyoruz. Eşim ve ben geleceğiz.
Birinci tercihimiz Vereinsmanagement ve fon/destek konusu olan 3. çalışma grubu,
olmazsa eğitim grubu (1. grup) da olur.

Saygılarımla,
Mehmet Yıldırım
Türk Gençlik Merkezi Münster
""", charset="iso-8859-9", cte="quoted-printable")

# 003 Arabic, AG named by the alias "Finanzierung" in Arabic (التمويل), me and two colleagues = 3.
mail("003-haddad-arabic-funding-three",
     E("registration", "rana.haddad@syrischer-kulturverein.example", "رنا حداد",
       "الجمعية الثقافية السورية في مونستر", ["AG3"], 3, "ar"),
     "=?utf-8?b?2LHZhtinINit2K/Yp9iv?= <rana.haddad@syrischer-kulturverein.example>",
     "تسجيل في يوم منظمات المهاجرين",
     """السلام عليكم،

أود تسجيل نفسي واثنتين من زميلاتي في الجمعية في مجموعة العمل الخاصة بالتمويل وإدارة الجمعيات.
سنكون ثلاث أشخاص.

مع التحية
رنا حداد
الجمعية الثقافية السورية في مونستر
""", cte="base64")

# 004 German without umlauts (foreign keyboard), "Arbeitsgruppe 2", "zu dritt", filled PDF form attached.
mail("004-osmani-no-umlauts-zu-dritt",
     E("registration", "info@albanischer-verein-ms.example", "Arben Osmani",
       "Albanischer Kulturverein Muenster", ["AG2"], 3, "de"),
     "Albanischer Kulturverein <info@albanischer-verein-ms.example>",
     "Anmeldung MSO Tag",
     """Guten Tag,

wir moechten uns fuer den MSO-Tag anmelden, Arbeitsgruppe 2 (Zukunftsprozess).
Wir kommen zu dritt aus dem Vorstand. Das ausgefuellte Anmeldeformular ist im Anhang.

Mit freundlichen Gruessen
Arben Osmani
1. Vorsitzender
Albanischer Kulturverein Muenster
""", charset="us-ascii", cte="7bit",
     attach=("Anmeldeformular_MSO-Tag_2027.pdf", "application", "pdf",
             b"%PDF-1.4\n% Anmeldeformular Albanischer Kulturverein\n%%EOF\n"))

# 005 Russian in KOI8-R, "вторая группа" = AG2, alone.
mail("005-volkova-russian-koi8",
     E("registration", "volkova.irina@mail.example", "Ирина Волкова",
       "Общество немцев из России \"Мост\"", ["AG2"], 1, "ru"),
     "Irina Volkova <volkova.irina@mail.example>",
     "Регистрация на MSO-Tag",
     """Здравствуйте!

Прошу зарегистрировать меня на день организаций мигрантов 13 марта,
вторая рабочая группа (будущее Мюнстера). Буду одна.

С уважением,
Ирина Волкова
Общество немцев из России "Мост"
""", charset="koi8-r", cte="8bit")

# 006 Ukrainian, AG1 by topic (освіта), mother + 10-year-old daughter = 2.
mail("006-kovalenko-ukrainian-daughter",
     E("registration", "o.kovalenko@ukr-hromada.example", "Оксана Коваленко",
       "Українська громада Мюнстер", ["AG1"], 2, "uk"),
     "Оксана Коваленко <o.kovalenko@ukr-hromada.example>",
     "Реєстрація – День організацій мігрантів",
     """Добрий день!

Хочу зареєструватися на робочу групу про освіту (шкільна система).
Прийду разом з донькою (10 років), якщо можна.

З повагою
Оксана Коваленко
Українська громада Мюнстер
""", charset="windows-1251", cte="base64")

# 007 City contact-form relay: no-reply From, person in Reply-To, Farsi text, AG III.
mail("007-contactform-farsi-ag3",
     E("registration", "nasrin.karimi@gmx.example", "نسرین کریمی",
       "انجمن فرهنگی ایرانیان مونستر", ["AG3"], 1, "fa"),
     "Kontaktformular Stadt Münster <no-reply@stadt-muenster.example>",
     "Kontaktformular: Tag der Migrantenselbstorganisationen",
     """Diese Nachricht wurde über das Kontaktformular auf www.stadt-muenster.example gesendet.

Name: نسرین کریمی
E-Mail: nasrin.karimi@gmx.example
Organisation: انجمن فرهنگی ایرانیان مونستر
Nachricht:
سلام، من می‌خواهم در گروه کاری سوم (مدیریت انجمن و امکانات حمایت مالی) شرکت کنم. تنها می‌آیم.
با تشکر

--
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""", reply_to="nasrin.karimi@gmx.example", cte="quoted-printable")

# 008 Polish in ISO-8859-2, "grupa I", "z koleżanką" = 2.
mail("008-nowak-polish-grupa-i",
     E("registration", "agnieszka.nowak@polonia-ms.example", "Agnieszka Nowak",
       "Polska Misja Katolicka Münster", ["AG1"], 2, "pl"),
     "Agnieszka Nowak <agnieszka.nowak@polonia-ms.example>",
     "Zgłoszenie – MSO-Tag 13.03.",
     """Dzień dobry,

zgłaszam się na grupę I (edukacja) razem z koleżanką z naszej szkoły sobotniej.

Pozdrawiam serdecznie
Agnieszka Nowak
Polska Misja Katolicka Münster
""", charset="iso-8859-2", cte="quoted-printable")

# 009 Question only (German native): parking and wheelchair access, no registration.
mail("009-schulte-question-barrierefrei",
     E("question", "h.schulte@inklusion-nrw.example", "Heike Schulte",
       "Beirat für Menschen mit Behinderung", [], None, "de"),
     "Heike Schulte <h.schulte@inklusion-nrw.example>",
     "Frage zur Barrierefreiheit Stadtweinhaus",
     """Guten Tag,

bevor sich einige unserer Mitglieder anmelden: Ist das Stadtweinhaus
barrierefrei erreichbar, und gibt es Behindertenparkplätze in der Nähe?

Freundliche Grüße
Heike Schulte
Beirat für Menschen mit Behinderung
""")

# 010 Romanian, HTML-only Outlook mail, AG3 by topic (finanțare), alone.
mail("010-popescu-romanian-html-only",
     E("registration", "c.popescu@asociatia-romana.example", "Cristina Popescu",
       "Asociația Românilor din Münster", ["AG3"], 1, "ro"),
     "Popescu Cristina <c.popescu@asociatia-romana.example>",
     "Inscriere MSO-Tag 2027",
     html_only=True, charset="utf-8",
     html=html_wrap(P("Bună ziua,") + P("&nbsp;") +
                    P("vă rog să mă înscrieți la grupul de lucru despre finanțare și "
                      "managementul asociațiilor. Vin singură.") + P("&nbsp;") +
                    P("Cu stimă,") + P("<b>Cristina Popescu</b>") +
                    P("Președinte | Asociația Românilor din Münster") +
                    P('<span style="color:gray">Tel. +49 251 000 5566</span>')),
     mailer="Microsoft Outlook 16.0")

# 011 English, registers a colleague and asks to confirm to her address (Cc); attendee and email are hers, not the writer's.
#     Ambiguous for a program (From is not the attendee); a careful one asks or at least checks.
mail("011-okafor-registers-colleague",
     E("registration", "grace.eze@africa-forum-ms.example", "Grace Eze",
       "Africa Forum Münster", ["AG2"], 1, "en"),
     "Daniel Okafor <d.okafor@africa-forum-ms.example>",
     "Registration for MSO Day - Grace Eze",
     """Hello,

I would like to register my colleague Grace Eze for the MSO Day on 13 March.
She is interested in working group 2 (the future process of Münster).
I will not attend myself. Please send the confirmation directly to her:
grace.eze@africa-forum-ms.example (in copy).

Best regards,
Daniel Okafor
Secretary, Africa Forum Münster
""", cc="Grace Eze <grace.eze@africa-forum-ms.example>")

# 012 Learner German, husband and two children = 4, question about childcare inside.
#     Registration (it registers, the question is secondary); whether children count as places is for a human to decide.
mail("012-hassan-learner-family",
     E("registration", "amina.hassan@web.example", "Amina Hassan",
       "Somalischer Frauenverein Münster", ["AG3"], 4, "de"),
     "amina hassan <amina.hassan@web.example>",
     "anmeldung",
     """Hallo,

ich will anmelden für die MSO Tag. Ich komme mit meine Mann und zwei Kinder,
die Kinder sind 4 und 7. Gibt es Kinderbetreuung? Wir wollen in AG drei,
Förderung für unser Verein.

Danke schön
Amina Hassan
Somalischer Frauenverein Münster
""")

# 013 Change (German, top-posted over our confirmation): AG1 -> AG3, size unchanged.
mail("013-arslan-change-top-posted",
     E("change", "z.arslan@bildungswerk-anatolien.example", "Zeynep Arslan",
       "Bildungswerk Anatolien e.V.", ["AG3"], None, "de"),
     "Zeynep Arslan <z.arslan@bildungswerk-anatolien.example>",
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     """Hallo nochmal,

nach Rücksprache mit unserem Vorstand würde ich doch lieber an der AG 3
statt an der AG 1 teilnehmen. Geht das noch?

Viele Grüße
Zeynep Arslan

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Donnerstag, 4. Februar 2027 09:12
An: Zeynep Arslan <z.arslan@bildungswerk-anatolien.example>
Betreff: Ihre Anmeldung zum MSO-Tag 2027

""" + confirm("Zeynep Arslan", "AG 1") + "\n", reply=True,
     charset="windows-1252", cte="quoted-printable", mailer="Microsoft Outlook 16.0")

# 014 Albanian, AG1 (arsimi), alone.
mail("014-berisha-albanian",
     E("registration", "drita.berisha@shoqata-iliria.example", "Drita Berisha",
       "Shoqata Iliria Münster", ["AG1"], 1, "sq"),
     "Drita Berisha <drita.berisha@shoqata-iliria.example>",
     "Regjistrim për ditën e organizatave",
     """Përshëndetje,

dëshiroj të regjistrohem për grupin e punës 1 (arsimi dhe shkolla).
Do të vij vetëm.

Me respekt,
Drita Berisha
Shoqata Iliria Münster
""", cte="quoted-printable")

# 015 Vietnamese, AG2, "tôi và chồng" = 2.
mail("015-nguyen-vietnamese-couple",
     E("registration", "nguyen.thu@viet-ms.example", "Nguyễn Thị Thu",
       "Hội người Việt tại Münster", ["AG2"], 2, "vi"),
     "Nguyen Thi Thu <nguyen.thu@viet-ms.example>",
     "Đăng ký tham dự MSO-Tag",
     """Kính gửi Ban tổ chức,

tôi và chồng tôi muốn đăng ký tham gia nhóm làm việc số 2 (tương lai của thành phố Münster).

Trân trọng,
Nguyễn Thị Thu
Hội người Việt tại Münster
""", cte="base64")

# 016 Auto-reply with headers (German out of office).
mail("016-autoreply-abwesenheit",
     E("auto_reply"),
     "Birgit Lammers <b.lammers@caritas-ms.example>",
     "Automatische Antwort: Einladung zum Tag der Migrantenselbstorganisationen 2027",
     """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26.02.2027 nicht im
Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie
sich bitte an migrationsdienst@caritas-ms.example.

Mit freundlichen Grüßen
Birgit Lammers
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     charset="iso-8859-1", cte="quoted-printable")

# 017 Phone-typed German, all lower case, "ag1 und ag3", iPhone footer.
mail("017-keller-phone-typed",
     E("registration", "tobiaskeller@icloud.example", "Tobias Keller",
       "Integrationsrat", ["AG1", "AG3"], 1, "de"),
     "Tobias Keller <tobiaskeller@icloud.example>",
     "Anmeldung",
     """hallo, melde mich an für ag1 und wenns voll ist ag3. nur ich.
lg tobias keller (integrationsrat)

Von meinem iPhone gesendet""")

# 018 Tigrinya, AG1 (ትምህርቲ), with husband = 2.
mail("018-tesfay-tigrinya",
     E("registration", "selam.tesfay@eritrea-verein.example", "ሰላም ተስፋይ",
       "ማሕበር ኤርትራውያን ሙንስተር", ["AG1"], 2, "ti"),
     "Selam Tesfay <selam.tesfay@eritrea-verein.example>",
     "ምዝገባ MSO-Tag",
     """ሰላም፡

ኣብ ጉጅለ ስራሕ 1 (ትምህርቲ) ክሳተፍ እደሊ። ምስ ሰብኣየይ ክንመጽእ ኢና፡ ክልተ ሰባት።

ብኽብሪ
ሰላም ተስፋይ
ማሕበር ኤርትራውያን ሙንስተር
""", cte="base64")

# 019 Bounce: multipart/report DSN for an invitation sent to a dead address.
mail("019-bounce-dsn", E("bounce", br="vorstand@kurdisches-haus.example"),
     None, None, raw="""From: Mail Delivery System <MAILER-DAEMON@mx.muenster.example>
To: mso-tag@muenster.example
Subject: Undelivered Mail Returned to Sender
Date: {date}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-019"

--dsn-019
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<vorstand@kurdisches-haus.example>: host mx.kurdisches-haus.example said:
    550 5.1.1 User unknown

--dsn-019
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.muenster.example
Arrival-Date: {date}

Final-Recipient: rfc822; vorstand@kurdisches-haus.example
Original-Recipient: rfc822;Vorstand@Kurdisches-Haus.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--dsn-019
Content-Type: text/rfc822-headers

From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Vorstand@Kurdisches-Haus.example
Subject: Einladung zum Tag der Migrantenselbstorganisationen 2027

--dsn-019--
""")

# 020 Somali, AG1 (waxbarasho), "aniga iyo walaashay" = 2.
mail("020-warsame-somali",
     E("registration", "f.warsame@somali-community.example", "Fadumo Warsame",
       "Bulshada Soomaaliyeed ee Münster", ["AG1"], 2, "so"),
     "Fadumo Warsame <f.warsame@somali-community.example>",
     "Diiwaangelin MSO-Tag",
     """Asc,

Waxaan rabaa inaan iska diiwaangeliyo kooxda shaqada 1aad (waxbarashada).
Aniga iyo walaashay ayaa iman doona.

Mahadsanid
Fadumo Warsame
Bulshada Soomaaliyeed ee Münster
""")

# 021 Tamil, AG3 (நிதி உதவி), alone.
mail("021-sivakumar-tamil",
     E("registration", "sivakumar.r@tamil-sangam.example", "ராஜேஷ் சிவகுமார்",
       "மியூன்ஸ்டர் தமிழ்ச் சங்கம்", ["AG3"], 1, "ta"),
     "Rajesh Sivakumar <sivakumar.r@tamil-sangam.example>",
     "MSO-Tag பதிவு",
     """வணக்கம்,

மார்ச் 13 அன்று நடைபெறும் நிகழ்வில் மூன்றாவது பணிக்குழுவில் (நிதி உதவி மற்றும் சங்க நிர்வாகம்) கலந்து கொள்ள விரும்புகிறேன். நான் மட்டும் வருவேன்.

நன்றி,
ராஜேஷ் சிவகுமார்
மியூன்ஸ்டர் தமிழ்ச் சங்கம்
""", cte="base64")

# 022 Cancellation, German native, bottom-posted under our quoted confirmation.
mail("022-brinkmann-cancel-bottom",
     E("cancellation", "k.brinkmann@nachbarschaftshaus.example", "Klaus Brinkmann",
       "Nachbarschaftshaus Kinderhaus", [], None, "de"),
     "Klaus Brinkmann <k.brinkmann@nachbarschaftshaus.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     "Am 10.02.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen:\n"
     + quote(confirm("Klaus Brinkmann", "AG 2")) + """

Leider muss ich meine Anmeldung zurückziehen, an dem Samstag haben wir
unser Stadtteilfest-Vorbereitungstreffen. Bitte geben Sie den Platz weiter.

Gruß
Klaus Brinkmann
Nachbarschaftshaus Kinderhaus
""", reply=True, mailer="Mozilla Thunderbird")

# 023 Urdu, AG2, "میں اور میرا بیٹا" = 2.
mail("023-qureshi-urdu",
     E("registration", "qureshi.imran@pak-community.example", "عمران قریشی",
       "پاکستانی کمیونٹی مونسٹر", ["AG2"], 2, "ur"),
     "Imran Qureshi <qureshi.imran@pak-community.example>",
     "MSO-Tag رجسٹریشن",
     """السلام علیکم،

میں اور میرا بیٹا ورکنگ گروپ نمبر 2 (مونسٹر کا مستقبل) میں شرکت کرنا چاہتے ہیں۔

شکریہ
عمران قریشی
پاکستانی کمیونٹی مونسٹر
""", cte="base64")

# 024 Change in learner German by a Turkish-speaking writer, Turkish sign-off; to the second group.
mail("024-celik-learner-change-ag2",
     E("change", "celik.ayse@alevi-ms.example", "Ayşe Çelik",
       "Alevitische Gemeinde Münster", ["AG2"], None, "de"),
     "Ayşe Çelik <celik.ayse@alevi-ms.example>",
     "Ynt: Ihre Anmeldung zum MSO-Tag 2027",
     """Merhaba,

ist möglich ich gehe nicht in erste Gruppe sondern zweite Gruppe, Zukunftsprozess?
weil meine Kollegin ist schon in zweite Gruppe. Danke

Saygılarımla
Ayşe Çelik
Alevitische Gemeinde Münster

---- Orijinal mesaj ----
""" + quote(confirm("Ayşe Çelik", "AG 1")) + "\n", reply=True,
     charset="iso-8859-9", cte="8bit")

# 025 Newsletter from a foundation (other), multipart/alternative, List-Unsubscribe.
mail("025-newsletter-stiftung",
     E("other"),
     "Stiftung Engagement NRW <newsletter@stiftung-engagement.example>",
     "Newsletter Februar: Neue Förderprogramme für Vereine",
     """Liebe Engagierte,

im Februar-Newsletter: drei neue Förderprogramme für Vereinsmanagement und
Digitalisierung, Fristen im April. Anmeldung zu unseren Webinaren über den Link.

Abmelden: https://stiftung-engagement.example/unsubscribe
""", html="<html><body><h1>Newsletter Februar</h1><p>Neue Förderprogramme für Vereine.</p></body></html>",
     headers=[("List-Unsubscribe", "<https://stiftung-engagement.example/unsubscribe>"),
              ("Precedence", "bulk")])

# 026 Greek in ISO-8859-7, AG2 (το μέλλον του Μύνστερ), alone.
mail("026-papadopoulou-greek",
     E("registration", "eleni.papadopoulou@ellines-ms.example", "Ελένη Παπαδοπούλου",
       "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 1, "el"),
     "Eleni Papadopoulou <eleni.papadopoulou@ellines-ms.example>",
     "Εγγραφή στην ημέρα των οργανώσεων μεταναστών",
     """Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στη δεύτερη ομάδα εργασίας (το μέλλον του Μύνστερ).
Θα έρθω μόνη μου.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μύνστερ
""", charset="iso-8859-7", cte="quoted-printable")

# 027 Bosnian, "druga radna grupa" = AG2, "nas troje" = 3.  Language could also be read as hr/sr
#     (Latin script, "Bošnjačka zajednica" and "Selam" point to bs); answering in any of them is understood.
mail("027-hadzic-bosnian-troje",
     E("registration", "emir.hadzic@bosnjacka-zajednica.example", "Emir Hadžić",
       "Bošnjačka zajednica Münster", ["AG2"], 3, "bs"),
     "Emir Hadzic <emir.hadzic@bosnjacka-zajednica.example>",
     "Prijava za MSO-Tag",
     """Poštovani,

prijavljujem nas troje iz Bošnjačke zajednice za drugu radnu grupu
(budućnost Münstera).

Selam i pozdrav,
Emir Hadžić
Bošnjačka zajednica Münster
""", charset="iso-8859-2", cte="quoted-printable")

# 028 Question in Arabic: is there interpretation? No registration.
mail("028-khalil-arabic-question-translation",
     E("question", "m.khalil@irakischer-verein.example", "محمد خليل",
       None, [], None, "ar"),
     "Mohammed Khalil <m.khalil@irakischer-verein.example>",
     "سؤال عن الترجمة",
     """مرحباً،

هل ستكون هناك ترجمة إلى العربية في مجموعات العمل؟ بعض أعضاء جمعيتنا لا يتكلمون الألمانية جيداً.
إذا كان الجواب نعم سنسجل لاحقاً.

شكراً
محمد خليل
""", charset="windows-1256", cte="base64")

# 029 Italian in windows-1252 QP, AG3 (finanziamenti), alone, long signature with disclaimer.
mail("029-russo-italian",
     E("registration", "giulia.russo@comites-ms.example", "Giulia Russo",
       "Associazione Culturale Italiana Münster", ["AG3"], 1, "it"),
     "Giulia Russo <giulia.russo@comites-ms.example>",
     "Iscrizione giornata MSO",
     """Buongiorno,

vorrei iscrivermi al gruppo di lavoro III (finanziamenti e gestione delle associazioni).
Parteciperò da sola.

Cordiali saluti
Giulia Russo
Segretaria
Associazione Culturale Italiana Münster
Via/Straße: Hammer Straße 55, 48153 Münster
Questo messaggio è destinato esclusivamente al destinatario indicato.
""", charset="windows-1252", cte="quoted-printable")

# 030 Change, German: party size from 2 to 4, workgroup stays -> workgroups [].
mail("030-meier-change-party-four",
     E("change", "u.meier@freundeskreis-asyl.example", "Ute Meier",
       "Freundeskreis Asyl Hiltrup", [], 4, "de"),
     "Ute Meier <u.meier@freundeskreis-asyl.example>",
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     """Liebe Organisatorinnen,

wir wären jetzt doch zu viert statt zu zweit, zwei Ehrenamtliche möchten noch
mitkommen. Arbeitsgruppe bleibt gleich. Ist das in Ordnung?

Herzliche Grüße
Ute Meier
Freundeskreis Asyl Hiltrup

""" + quote(confirm("Ute Meier", "AG 2", 2)) + "\n", reply=True)

# 031 Portuguese, first AG1 then AG2, alone; forwarded invitation (twice) below her own text.
mail("031-silva-portuguese-two-choices",
     E("registration", "joana.silva@casa-brasil.example", "Joana Silva",
       "Casa do Brasil Münster", ["AG1", "AG2"], 1, "pt"),
     "Joana Silva <joana.silva@casa-brasil.example>",
     "Fwd: Fwd: Einladung zum Tag der Migrantenselbstorganisationen 2027",
     """Olá,

gostaria de me inscrever no grupo de trabalho 1 (educação); se não houver vaga,
no grupo 2. Vou sozinha. (O convite chegou pela nossa presidente, vai abaixo.)

Abraços,
Joana Silva
Casa do Brasil Münster

---------- Forwarded message ---------
De: Casa do Brasil <presidencia@casa-brasil.example>
Date: seg., 15 de fev. de 2027 às 18:02
Subject: Fwd: Einladung zum Tag der Migrantenselbstorganisationen 2027
To: <joana.silva@casa-brasil.example>

Joana, você pode ir? Beijos, Márcia

---------- Forwarded message ---------
De: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>

""" + INVITE + "\n", charset="iso-8859-1", cte="quoted-printable")

# 032 Cancellation in Farsi/Dari via the contact form relay (Reply-To is the person).
mail("032-contactform-dari-cancel",
     E("cancellation", "ahmad.rahimi@yahoo.example", "احمد رحیمی",
       "انجمن افغان‌های مونستر", [], None, "fa"),
     "Kontaktformular Stadt Münster <no-reply@stadt-muenster.example>",
     "Kontaktformular: Tag der Migrantenselbstorganisationen",
     """Diese Nachricht wurde über das Kontaktformular auf www.stadt-muenster.example gesendet.

Name: احمد رحیمی
E-Mail: ahmad.rahimi@yahoo.example
Organisation: انجمن افغان‌های مونستر
Nachricht:
سلام، متأسفانه نمی‌توانم در روز ۱۳ مارچ بیایم. لطفاً ثبت‌نام مرا لغو کنید. تشکر.

--
Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""", reply_to="ahmad.rahimi@yahoo.example", cte="quoted-printable")

# 033 Spanish, "cualquier grupo" = no stated choice -> [], with a friend = 2.
#     Ambiguous: any group is fine, so the coordinator must assign one; a careful program flags it.
mail("033-garcia-spanish-any-group",
     E("registration", "lucia.garcia@latinoamerica-ms.example", "Lucía García",
       "Círculo Latinoamericano Münster", [], 2, "es"),
     "Lucía García <lucia.garcia@latinoamerica-ms.example>",
     "Inscripción día de las organizaciones de migrantes",
     """Hola,

queremos inscribirnos una amiga y yo. Nos da igual el grupo de trabajo,
cualquiera nos sirve, pongan donde haya sitio.

Saludos cordiales
Lucía García
Círculo Latinoamericano Münster
""", charset="iso-8859-1", cte="8bit")

# 034 French change: switch to the education workgroup (AG1), inline under quoted line.
mail("034-diallo-french-change-ag1",
     E("change", "a.diallo@maison-afrique.example", "Aminata Diallo",
       "Maison de l'Afrique Münster", ["AG1"], None, "fr"),
     "Aminata Diallo <a.diallo@maison-afrique.example>",
     "RE: Ihre Anmeldung zum MSO-Tag 2027",
     """Bonjour,

je souhaiterais changer d'atelier : plutôt celui sur l'éducation et l'école
au lieu de la gestion associative. Merci d'avance.

Aminata Diallo
Maison de l'Afrique Münster

De : Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Envoyé : vendredi 12 février 2027 10:20
""" + quote(confirm("Aminata Diallo", "AG 3")) + "\n", reply=True,
     charset="windows-1252", cte="quoted-printable")

# 035 Auto-reply without Auto-Submitted header (English out of office, only subject shows it).
mail("035-autoreply-ooo-english",
     E("auto_reply"),
     "Peter Hughes <p.hughes@intercultural-ms.example>",
     "Out of Office: Re: Registration MSO Day",
     """Thank you for your email. I am out of the office until 1 March with limited
access to email. For urgent matters please contact office@intercultural-ms.example.

Peter Hughes
""")

# 036 German, shared association mailbox, signer is attendee, AG "Schule" alias, with deputy = 2.
mail("036-vorstand-shared-mailbox",
     E("registration", "vorstand@griechische-gemeinde.example", "Maria Georgiou",
       "Griechische Gemeinde Münster e.V.", ["AG1"], 2, "de"),
     "Vorstand Griechische Gemeinde <vorstand@griechische-gemeinde.example>",
     "Anmeldung MSO-Tag 2027",
     """Sehr geehrtes Team,

für die Griechische Gemeinde melde ich mich und unsere stellvertretende
Vorsitzende zur Arbeitsgruppe Schule an.

Mit freundlichen Grüßen
Maria Georgiou
Vorsitzende
Griechische Gemeinde Münster e.V.
vorstand@griechische-gemeinde.example
""")

# 037 Bulgarian change: AG3 -> AG2 ("втората група").
mail("037-petrova-bulgarian-change",
     E("change", "petrova.d@bg-druzhestvo.example", "Десислава Петрова",
       "Българско дружество Мюнстер", ["AG2"], None, "bg"),
     "Desislava Petrova <petrova.d@bg-druzhestvo.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     """Здравейте,

бих искала да се прехвърля от третата във втората работна група (бъдещето на Мюнстер).

Поздрави,
Десислава Петрова
Българско дружество Мюнстер

""" + quote(confirm("Desislava Petrova", "AG 3")) + "\n", reply=True,
     cte="quoted-printable")

# 038 Kurdish (Kurmanji), AG3 (piştgiriya darayî), alone.
mail("038-aydin-kurmanji",
     E("registration", "rojda.aydin@navenda-kurdi.example", "Rojda Aydın",
       "Navenda Çanda Kurdî Münster", ["AG3"], 1, "ku"),
     "Rojda Aydin <rojda.aydin@navenda-kurdi.example>",
     "Qeydkirin MSO-Tag",
     """Silav,

Ez dixwazim beşdarî koma xebatê ya sêyem bibim (piştgiriya darayî û rêveberiya komeleyê).
Ez bi tenê têm.

Bi rêz,
Rojda Aydın
Navenda Çanda Kurdî Münster
""")

# 039 Spam (other): fake invoice with "registration" words.
mail("039-spam-invoice",
     E("other"),
     "Event Services <billing@eventpay-secure.example>",
     "Invoice #88213 - registration fee overdue",
     """Dear customer,

your registration fee of EUR 249.00 is overdue. Pay within 24 hours via the
attached link to keep your place: http://eventpay-secure.example/pay

Regards, Billing Department
""", attach=("invoice_88213.html", "text", "html", b"<html><body>pay now</body></html>"))

# 040 Cancellation in learner German from a Ukrainian writer; the whole group of 3 withdraws.
mail("040-shevchenko-learner-cancel",
     E("cancellation", "shevchenko.t@dopomoha-ms.example", "Taras Shevchenko",
       "Dopomoha Münster e.V.", [], None, "de"),
     "Taras Shevchenko <shevchenko.t@dopomoha-ms.example>",
     "Absage MSO-Tag",
     """Guten Tag,

leider wir können nicht kommen am 13. März, wir sind drei Person von
Dopomoha. Bitte Sie löschen unsere Anmeldung. Entschuldigung.

Mit freundlichen Grüßen
Taras Shevchenko
Dopomoha Münster e.V.
""")

# 041 English change: colleague drops out, writer still comes -> party size 2 -> 1, no new group.
#     Ambiguous between change and cancellation (a partial one); labelled change, a careful program asks.
mail("041-mensah-partial-withdrawal",
     E("change", "kwame.mensah@ghana-union.example", "Kwame Mensah",
       "Ghana Union Münster", [], 1, "en"),
     "Kwame Mensah <kwame.mensah@ghana-union.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     """Dear team,

my colleague Abena unfortunately cannot come on 13 March, but I will still
attend. So please change our registration to just one person.

Kind regards
Kwame Mensah
Ghana Union Münster

On 9 Feb 2027, at 11:30, Tag der Migrantenselbstorganisationen wrote:
""" + quote(confirm("Kwame Mensah", "AG 2", 2)) + "\n", reply=True)

# 042 Russian change with inline reply inside the quoted confirmation: new group "третья" = AG3.
mail("042-smirnov-russian-inline",
     E("change", "a.smirnov@integration-dom.example", "Алексей Смирнов",
       "Дом интеграции Мюнстер", ["AG3"], None, "ru"),
     "Aleksej Smirnov <a.smirnov@integration-dom.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     """> Guten Tag Aleksej Smirnov,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
> am 13. März 2027. Wir bestätigen Ihren Platz in AG 1 für 1 Person(en).

Здравствуйте, можно ли вместо первой группы записать меня в третью
(финансирование)? Спасибо.

> Falls sich etwas ändert, antworten Sie bitte einfach auf diese E-Mail.

Алексей Смирнов
""", reply=True, cte="quoted-printable")

# 043 Cancellation in Münsterland dialect German.
mail("043-hoelscher-dialect-cancel",
     E("cancellation", "hoelscher.bernd@t-online.example", "Bernd Hölscher",
       "Heimatverein Coerde", [], None, "de"),
     "Bernd Hölscher <hoelscher.bernd@t-online.example>",
     "Abmeldung",
     """Moin,

dat wird bei mi nix am 13. März, de Fraue hätt Geburtstag. Streicht mi
man wieder von de Liste, nich för ungut.

Schöne Grööten
Bernd Hölscher
Heimatverein Coerde
""", charset="iso-8859-1", cte="8bit")

# 044 Question in German (Romanian writer): free of charge? lunch? No registration.
mail("044-ionescu-question-kosten",
     E("question", "m.ionescu@diaspora-ro.example", "Mihai Ionescu",
       None, [], None, "de"),
     "Mihai Ionescu <m.ionescu@diaspora-ro.example>",
     "Frage zum MSO-Tag",
     """Guten Tag,

kostet die Teilnahme etwas? Und gibt es ein Mittagessen? Dann würde ich
mich mit Kollegen anmelden.

Vielen Dank
Mihai Ionescu
""")

# 045 Serbian (Cyrillic) change: from group 1 to group 2.
mail("045-jovanovic-serbian-change",
     E("change", "jovanovic.m@srpska-zajednica.example", "Милица Јовановић",
       "Српска заједница Минстер", ["AG2"], None, "sr"),
     "Milica Jovanovic <jovanovic.m@srpska-zajednica.example>",
     "Одг: Ihre Anmeldung zum MSO-Tag 2027",
     """Поштовани,

молим вас да ме пребаците из прве у другу радну групу (Zukunftsprozess).

Срдачан поздрав,
Милица Јовановић
Српска заједница Минстер

""" + quote(confirm("Milica Jovanović", "AG 1")) + "\n", reply=True, cte="base64")

# 046 Bounce: plain-text Exim bounce without multipart/report, recipient in body.
mail("046-bounce-exim-plain", E("bounce", br="info@vietnam-kulturhaus.example"),
     None, None, raw="""From: Mail Delivery System <Mailer-Daemon@relay.muenster.example>
To: mso-tag@muenster.example
Subject: Mail delivery failed: returning message to sender
Date: {date}
Message-ID: {mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  Info@Vietnam-Kulturhaus.example
    host mx.vietnam-kulturhaus.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<Info@Vietnam-Kulturhaus.example>:
    550 mailbox unavailable

------ This is a copy of the message, including all the headers. ------

From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Info@Vietnam-Kulturhaus.example
Subject: =?utf-8?q?Erinnerung=3A_Anmeldeschluss_6=2E_M=C3=A4rz?=

Sehr geehrte Damen und Herren, wir erinnern an den Anmeldeschluss ...
""")

# 047 Cancellation in German (Polish writer), short, without umlauts.
mail("047-wisniewski-cancel-no-umlauts",
     E("cancellation", "p.wisniewski@poloniaverein.example", "Piotr Wiśniewski",
       "Stowarzyszenie Polonia Münster", [], None, "de"),
     "Piotr Wiśniewski <p.wisniewski@poloniaverein.example>",
     "Absage",
     """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 13.03. absagen. Entschuldigen Sie bitte.

Mit freundlichen Gruessen
Piotr Wisniewski
Stowarzyszenie Polonia Muenster
""", charset="iso-8859-2", cte="8bit")

# 048 Learner German change: "wechseln nach Gruppe Schule" = AG1.
mail("048-ahmadi-learner-change",
     E("change", "ahmadi.farid@gmail.example", "Farid Ahmadi",
       "Afghanischer Kulturverein Münster", ["AG1"], None, "de"),
     "Farid Ahmadi <ahmadi.farid@gmail.example>",
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     """Sehr geehrte Damen und Herren

ich bin angemeldet in Gruppe 2, aber ich möchte wechseln nach Gruppe Schule
weil meine Arbeit ist mit Kinder. Ist möglich?

Mit freundlichen Grüße
Farid Ahmadi
Afghanischer Kulturverein Münster
""", reply=True)

# 049 German question: may we bring flyers / an info table? Already registered.
mail("049-lopez-question-infotisch",
     E("question", "carmen.lopez@frauennetzwerk-ms.example", "Carmen López",
       "Internationales Frauennetzwerk Münster", [], None, "de"),
     "Carmen López <carmen.lopez@frauennetzwerk-ms.example>",
     "Infotisch beim MSO-Tag?",
     """Hallo,

wir sind schon angemeldet. Dürfen wir in den Pausen Flyer auslegen oder einen
kleinen Infotisch über unseren Verein aufstellen?

Liebe Grüße
Carmen López
Internationales Frauennetzwerk Münster
""")

# 050 Shared mailbox: chairwoman cannot come, a board member comes instead (substitution).
#     Labelled as change of the association's registration; a careful program should ask,
#     since the attendee's name changes and nothing else.
mail("050-verein-substitution",
     E("change", "kontakt@eritreische-gemeinde.example", "Yonas Gebremedhin",
       "Eritreische Gemeinde Münster e.V.", [], None, "de"),
     "Eritreische Gemeinde Münster <kontakt@eritreische-gemeinde.example>",
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     """Guten Tag,

unsere Vorsitzende Frau Mehret Haile ist leider verhindert. Statt ihr kommt
unser Kassenwart Herr Yonas Gebremedhin in dieselbe Arbeitsgruppe.

Mit freundlichen Grüßen
i. A. Yonas Gebremedhin
Eritreische Gemeinde Münster e.V.
""", reply=True)

# 051 Phone-typed German cancellation with Android footer.
mail("051-yilmaz-phone-cancel",
     E("cancellation", "cem.yilmaz90@gmail.example", "Cem Yılmaz",
       None, [], None, "de"),
     "Cem Yılmaz <cem.yilmaz90@gmail.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     """sorry schaff es doch nich am 13.3., bitte streichen. gruß cem yılmaz

Gesendet von meinem Samsung Galaxy Smartphone.""", reply=True)

# 052 Misdirected mail (other): a citizen asking for a passport appointment; a person writes, but not about the event.
mail("052-misdirected-buergeramt",
     E("other"),
     "Olga Schmidt <olga.schmidt@posteo.example>",
     "Termin Reisepass",
     """Guten Tag,

ich brauche dringend einen Termin für einen neuen Reisepass, online finde ich
keinen freien Termin. Können Sie mir helfen?

Olga Schmidt
""")

# 053 Georgian change: to the third workgroup.
mail("053-beridze-georgian-change",
     E("change", "nino.beridze@kartuli-saxli.example", "ნინო ბერიძე",
       "ქართული სახლი მიუნსტერი", ["AG3"], None, "ka"),
     "Nino Beridze <nino.beridze@kartuli-saxli.example>",
     "Re: Ihre Anmeldung zum MSO-Tag 2027",
     """გამარჯობა,

მინდა მესამე სამუშაო ჯგუფში გადავიდე (დაფინანსება და ორგანიზაციის მართვა). გმადლობთ.

ნინო ბერიძე
ქართული სახლი მიუნსტერი
""", reply=True, cte="base64")

# 054 Cancellation in learner German by a Somali writer, with Somali greeting.
mail("054-abdi-learner-cancel",
     E("cancellation", "hodan.abdi@somali-youth.example", "Hodan Abdi",
       "Ururka Dhallinyarada Soomaaliyeed", [], None, "de"),
     "Hodan Abdi <hodan.abdi@somali-youth.example>",
     "nicht kommen",
     """Asc, hallo

ich kann nicht kommen am 13 März weil Prüfung. Bitte meine Anmeldung weg machen.

Mahadsanid
Hodan Abdi
Ururka Dhallinyarada Soomaaliyeed
""")

# 055 German question from an already registered person: certificate of attendance? food?
mail("055-wagner-question-bescheinigung",
     E("question", "j.wagner@bildungsbuero-ms.example", "Julia Wagner",
       "Bildungsbüro Münster", [], None, "de"),
     "Julia Wagner <j.wagner@bildungsbuero-ms.example>",
     "Frage Teilnahmebescheinigung",
     """Hallo,

ich bin bereits für die AG 1 angemeldet. Bekommt man eine Teilnahmebescheinigung,
und gibt es mittags etwas zu essen?

Beste Grüße
Julia Wagner
Bildungsbüro Münster
""")

# 056 Auto-reply: ticket receipt of an association helpdesk.
mail("056-autoreply-ticket",
     E("auto_reply"),
     "Support Migrationsberatung <support@mbe-ms.example>",
     "[Ticket #20731] Eingangsbestätigung: Erinnerung Anmeldeschluss",
     """Ihre Anfrage ist bei uns eingegangen und hat die Ticketnummer #20731.
Wir melden uns innerhalb von drei Werktagen. Bitte antworten Sie nicht auf diese Nachricht.
""", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")])

# 057 HTML-only Outlook change: now AG2, alternatively AG3, and only 1 person instead of 2.
mail("057-krause-html-change-two",
     E("change", "m.krause@diakonie-ms.example", "Martina Krause",
       "Diakonie Münster Migrationsdienst", ["AG2", "AG3"], 1, "de"),
     "Krause, Martina <m.krause@diakonie-ms.example>",
     "AW: Ihre Anmeldung zum MSO-Tag 2027",
     html_only=True, charset="windows-1252", reply=True,
     html=html_wrap(P("Hallo zusammen,") + P("&nbsp;") +
                    P("bitte ändern Sie meine Anmeldung: Ich komme nur noch allein (nicht zu zweit) "
                      "und würde gern in die AG 2 wechseln, alternativ AG 3.") + P("&nbsp;") +
                    P("Danke und viele Grüße") + P("Martina Krause") +
                    P("Diakonie Münster Migrationsdienst") +
                    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                    + P("<b>Von:</b> Tag der Migrantenselbstorganisationen &lt;mso-tag@muenster.example&gt;")
                    + P("Wir bestätigen Ihren Platz in AG 1 für 2 Person(en).") + '</div>'),
     mailer="Microsoft Outlook 16.0")

# 058 Cancellation in German by a Spanish-speaking writer, short, HTML+plain.
mail("058-torres-cancel-alternative",
     E("cancellation", "diego.torres@colombia-ms.example", "Diego Torres",
       "Asociación Colombiana Münster", [], None, "de"),
     "Diego Torres <diego.torres@colombia-ms.example>",
     "Stornierung Anmeldung",
     """Guten Tag,

leider kann ich am 13. März nicht teilnehmen. Bitte stornieren Sie meine Anmeldung.

Saludos / Viele Grüße
Diego Torres
Asociación Colombiana Münster
""", html="<div dir=\"ltr\">Guten Tag,<br><br>leider kann ich am 13. März nicht teilnehmen. "
          "Bitte stornieren Sie meine Anmeldung.<br><br>Saludos / Viele Grüße<br>Diego Torres<br>"
          "Asociación Colombiana Münster</div>")

# 059 Hungarian question: can one still register after the deadline?
mail("059-nagy-hungarian-question",
     E("question", "nagy.eszter@magyar-egyesulet.example", "Nagy Eszter",
       "Magyar Egyesület Münster", [], None, "hu"),
     "Nagy Eszter <nagy.eszter@magyar-egyesulet.example>",
     "Kérdés a jelentkezésről",
     """Jó napot kívánok!

Lehet még jelentkezni március 6. után is? Egyesületünkből többen érdeklődnek.

Üdvözlettel
Nagy Eszter
Magyar Egyesület Münster
""", charset="iso-8859-2", cte="quoted-printable")

# 060 Hedged German cancellation: "probably can't make it, give my place away if needed".
#     Most likely a cancellation, but a careful program should ask a human.
mail("060-brandt-hedged-cancel",
     E("cancellation", "s.brandt@refugee-law-clinic.example", "Sarah Brandt",
       "Refugee Law Clinic Münster", [], None, "de"),
     "Sarah Brandt <s.brandt@refugee-law-clinic.example>",
     "Re: Erinnerung: Anmeldeschluss 6. März",
     """Hallo,

so wie es aussieht, schaffe ich es am 13. wohl doch nicht (Klausurenphase).
Falls jemand auf der Warteliste steht, geben Sie meinen Platz gern weiter.

Viele Grüße
Sarah Brandt
Refugee Law Clinic Münster
""", reply=True)


# ---------------------------------------------------------------- writing and checking
def render():
    files, expected = {}, {}
    for i, s in enumerate(MAILSPEC, 1):
        assert s["slug"].startswith(f"{i:03d}-"), (i, s["slug"])
        name = s["slug"] + ".eml"
        files[name] = build(i, s)
        expected[name] = s["exp"]
    return files, expected


def validate(files, expected):
    problems = []
    prev = None
    for name, data in files.items():
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: defects {part.defects}")
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    raw = part.get_payload(decode=True)
                    raw.decode(part.get_content_charset() or "us-ascii")
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{name}: cannot decode {part.get_content_type()}: {exc}")
        if msg.defects:
            problems.append(f"{name}: defects {msg.defects}")
        d = msg["Date"].datetime
        if prev and d <= prev:
            problems.append(f"{name}: date not rising")
        prev = d
        if d > datetime(2027, 3, 6, 23, 59, tzinfo=TZ):
            problems.append(f"{name}: after deadline")
        e = expected[name]
        assert set(e) == {"kind", "email", "name", "organisation", "workgroups",
                          "party_size", "language", "bounced_recipient"}
        k = e["kind"]
        if k in ("auto_reply", "bounce", "other"):
            if any(e[f] for f in ("email", "name", "organisation", "language")):
                problems.append(f"{name}: machine/other mail with person fields")
        else:
            if not (e["email"] and e["name"] and e["language"]):
                problems.append(f"{name}: person fields missing")
        if k == "registration" and not isinstance(e["party_size"], int):
            problems.append(f"{name}: registration without party_size")
        if k not in ("registration", "change") and e["party_size"] is not None:
            problems.append(f"{name}: party_size on {k}")
        if (k == "bounce") != bool(e["bounced_recipient"]):
            problems.append(f"{name}: bounced_recipient mismatch")
        if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append(f"{name}: bounced_recipient not lower-case")
        if e["email"] and e["email"] != e["email"].lower():
            problems.append(f"{name}: email not lower-case")
        if e["email"] and e["email"].encode() not in data.lower() and \
                e["email"] not in str(msg).lower() and e["email"] not in msg.get_body(("plain", "html")).get_content().lower():
            problems.append(f"{name}: expected email not in mail")
    return problems


def stats(expected):
    kinds = Counter(e["kind"] for e in expected.values())
    langs = Counter(e["language"] for e in expected.values() if e["language"])
    print("kinds:", dict(kinds))
    print("languages:", dict(sorted(langs.items(), key=lambda x: -x[1])))


def main(argv):
    files, expected = render()
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    problems = validate(files, expected)
    if problems:
        print("\n".join(problems))
        return 1
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = [n for n, d in files.items()
               if not (MAILS / n).exists() or (MAILS / n).read_bytes() != d]
        extra = sorted({p.name for p in MAILS.glob("*.eml")} - set(files))
        if (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad or extra:
            print("differs:", bad, "extra:", extra)
            return 1
        print(f"ok: {len(files)} mails match")
        return 0
    MAILS.mkdir(exist_ok=True)
    for p in MAILS.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, d in files.items():
        (MAILS / n).write_bytes(d)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    again = {p.name: p.read_bytes() for p in sorted(MAILS.glob("*.eml"))}
    problems = validate(again, expected)
    if problems:
        print("\n".join(problems))
        return 1
    print(f"wrote {len(files)} mails and expected.json")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
