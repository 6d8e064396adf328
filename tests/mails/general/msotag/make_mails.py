#!/usr/bin/env python3
"""Write the held-out mails of event 7 (the MSO-Tag itself: AG1 Bildungssystem, AG2 Zukunftsprozess,
AG3 Förderung/Vereinsmanagement, same config as the dev corpus) and expected.json.

    python3 tests/mails/general/msotag/make_mails.py

Every person, association and sentence here is invented for these tests; none is taken from
the dev corpus. The mails name workgroups by paraphrase rather than number, carry hard
signatures (roles, i.A./i.V., addresses, two organisations, "Nachname, Vorname") and give party
sizes in words. The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

US = "mso-tag@muenster.example"
DATE = "Mon, 8 Feb 2027 10:15:00 +0100"
S = MailSet(f"Tag der Migrantenselbstorganisationen <{US}>", DATE)

INVITATION = """Sehr geehrte Damen und Herren,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen am Samstag,
13. März 2027, ins Stadtweinhaus am Prinzipalmarkt ein.

Nach dem Mittagessen tagen drei Arbeitsgruppen parallel:
AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März per Antwort auf diese Mail an und
nennen Sie Ihre Wunsch-AG.

Ihr Team Zuwanderung, Stadt Münster"""

CONFIRMATION = """Guten Tag,

wir haben Ihre Anmeldung zum MSO-Tag am 13. März 2027 erhalten.
Arbeitsgruppe: AG 1 (Bildungssystem), 1 Person.

Ihr Team Zuwanderung"""


def raw(headers: dict, body: str) -> bytes:
    """A hand-built message (reports) exactly as written."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def reply(frm, subject, text, quoted=INVITATION, when="Fr., 5. Feb. 2027 um 09:00"):
    """A reply above the quoted mail of the city, as Thunderbird/Gmail write it."""
    return S.plain(frm, subject, text + f"\n\nAm {when} schrieb Team Zuwanderung <{US}>:\n" + quote(quoted) + "\n",
                   headers=[("In-Reply-To", "<einladung-2027@muenster.example>")])


# ---------------------------------------------------------------------------
# workgroups by paraphrase, quoted invitations that name all three AGs
# ---------------------------------------------------------------------------

# 1 reply above the invitation, AG by its topic; role line and postal address in the signature
S.add("de-reply-zukunftsprozess-role-address", reply(
    "Gülşen Yılmaz <g.yilmaz@web.example>", "AW: Einladung MSO-Tag 2027",
    """Sehr geehrtes Team Zuwanderung,

vielen Dank für die Einladung. Ich nehme gern teil und würde mich der AG zum
Zukunftsprozess anschließen.

Mit freundlichen Grüßen
Gülşen Yılmaz
1. Vorsitzende
Deutsch-Türkischer Frauenverein Münster e.V.
Hammer Straße 112
48153 Münster
Tel.: 0251 7788990
Mobil: 0176 12345678"""), kind="registration", email="g.yilmaz@web.example", name="Gülşen Yılmaz",
    organisation="Deutsch-Türkischer Frauenverein Münster e.V.", workgroups=["AG2"], party_size=1, language="de")

# 2 first and second choice by topic words, "Nachname, Vorname" in From and signature
S.add("de-first-second-choice-surname-first", S.plain(
    "Okonkwo, Chidi <chidi.okonkwo@mail.example>", "Anmeldung Tag der MSO",
    """Hallo zusammen,

ich möchte mich für den Tag der Migrantenselbstorganisationen anmelden.
Am liebsten wäre mir die Gruppe zum Bildungssystem, sonst gern die zu Vereinsmanagement.

Beste Grüße
Okonkwo, Chidi
Nigerian Community Münster e.V."""), kind="registration", email="chidi.okonkwo@mail.example", name="Chidi Okonkwo",
    organisation="Nigerian Community Münster e.V.", workgroups=["AG1", "AG3"], party_size=1, language="de")

# 3 English, "the education group", colleague comes along
S.add("en-education-group-with-colleague", S.plain(
    "Grace Mensa-Bonsu <grace.mb@mail.example>", "Registration MSO day",
    """Dear organisers,

I would like to register for the MSO day on 13 March. My colleague and I would both like
to join the education group.

Kind regards,
Grace Mensa-Bonsu
Ghana Union Münster"""), kind="registration", email="grace.mb@mail.example", name="Grace Mensa-Bonsu",
    organisation="Ghana Union Münster", workgroups=["AG1"], party_size=2, language="en")

# 4 English, "the one about funding", treasurer
S.add("en-one-about-funding-treasurer", S.plain(
    "Tariq Mahmood <tariq.mahmood@mail.example>", "MSO-Tag 2027",
    """Hello,

please register me for the conference in March. Of the three workgroups I'd pick the one
about funding, our association really needs advice there.

Best wishes
Tariq Mahmood
Treasurer, Pakistani Welfare Association Münster"""), kind="registration", email="tariq.mahmood@mail.example",
    name="Tariq Mahmood", organisation="Pakistani Welfare Association Münster", workgroups=["AG3"], party_size=1,
    language="en")

# 5 Turkish, "eğitim grubu"
S.add("tr-egitim-grubu", S.plain(
    "Mehmet Öztürk <mehmet.ozturk@mail.example>", "MSO günü kayıt",
    """Merhaba,

13 Mart'taki Göçmen Dernekleri Günü'ne katılmak istiyorum. Eğitim grubunda yer almak isterim.

Saygılarımla,
Mehmet Öztürk
Münster Türk Veliler Derneği"""), kind="registration", email="mehmet.ozturk@mail.example", name="Mehmet Öztürk",
    organisation="Münster Türk Veliler Derneği", workgroups=["AG1"], party_size=1, language="tr")

# 6 Russian, "группа по образованию", Cyrillic name with Latin transliteration in the signature
S.add("ru-gruppa-obrazovanie-translit", S.plain(
    "Olga Smirnova <olga.smirnova@mail.example>", "Регистрация на MSO-Tag",
    """Здравствуйте,

хочу зарегистрироваться на день мигрантских организаций 13 марта.
Меня интересует группа по образованию.

С уважением,
Ольга Смирнова (Olga Smirnova)
Русскоязычный родительский клуб Мюнстер"""), kind="registration", email="olga.smirnova@mail.example",
    name="Olga Smirnova", organisation="Русскоязычный родительский клуб Мюнстер", workgroups=["AG1"], party_size=1,
    language="ru")

# 7 Arabic, "مجموعة التعليم", Latin name under the Arabic one
S.add("ar-majmuat-altalim-translit", S.plain(
    "Yousef Al-Hamdan <y.alhamdan@mail.example>", "تسجيل في يوم منظمات المهاجرين",
    """مرحباً،

أود التسجيل في يوم منظمات المهاجرين في 13 مارس. أرغب في المشاركة في مجموعة التعليم.

مع التحية،
يوسف الحمدان
Yousef Al-Hamdan"""), kind="registration", email="y.alhamdan@mail.example", name="Yousef Al-Hamdan",
    organisation=None, workgroups=["AG1"], party_size=1, language="ar")

# 8 "egal welche AG", party in words
S.add("de-egal-welche-ag-insgesamt-vier", S.plain(
    "Dragana Petrović <dragana.petrovic@mail.example>", "Anmeldung MSO-Tag",
    """Guten Tag,

hiermit melde ich uns für den MSO-Tag an, wir sind insgesamt vier Personen.
Welche AG ist uns egal, teilen Sie uns einfach ein.

Viele Grüße
Dragana Petrović
Serbischer Kulturverein Münster"""), kind="registration", email="dragana.petrovic@mail.example",
    name="Dragana Petrović", organisation="Serbischer Kulturverein Münster", workgroups=[], party_size=4,
    language="de")

# 9 three more members, "Fördergelder"
S.add("de-drei-weitere-fordergelder-kassenwart", S.plain(
    "Ali Rezai <ali.rezai@mail.example>", "MSO-Tag Anmeldung",
    """Hallo,

ich komme mit 3 weiteren Vereinsmitgliedern zum MSO-Tag. Uns interessiert vor allem
das Thema Fördergelder und wie man einen Verein gut führt.

Gruß
Ali Rezai
Kassenwart
Kulturverein Dari Münster e.V."""), kind="registration", email="ali.rezai@mail.example", name="Ali Rezai",
    organisation="Kulturverein Dari Münster e.V.", workgroups=["AG3"], party_size=4, language="de")

# 10 "wir kommen mit zwei Personen", Bildung
S.add("de-zwei-personen-bildung", S.plain(
    "Lina Haddad <lina.haddad@mail.example>", "Anmeldung",
    """Liebes Team,

wir kommen mit zwei Personen zum Tag der Migrantenselbstorganisationen und
interessieren uns für die Arbeitsgruppe Bildung.

Liebe Grüße
Lina Haddad
Libanesischer Elternkreis Münster"""), kind="registration", email="lina.haddad@mail.example", name="Lina Haddad",
    organisation="Libanesischer Elternkreis Münster", workgroups=["AG1"], party_size=2, language="de")

# 11 "2 Teilnehmende + ich"
S.add("de-zwei-teilnehmende-plus-ich", S.plain(
    "Kemal Arslan <kemal.arslan@mail.example>", "Anmeldung MSO Tag 2027",
    """Guten Tag,

ich melde für unseren Verein 2 Teilnehmende + ich an, also drei Plätze bitte.
AG: Zukunftsprozess.

Mfg
Kemal Arslan
Alevitischer Kulturverein Münster-Nord"""), kind="registration", email="kemal.arslan@mail.example",
    name="Kemal Arslan", organisation="Alevitischer Kulturverein Münster-Nord", workgroups=["AG2"], party_size=3,
    language="de")

# 12 i.A. signature with Projektleitung and a welfare employer
S.add("de-ia-projektleitung", S.plain(
    "Schulte, Katharina <k.schulte@caritas-ms.example>", "Anmeldung Tag der Migrantenselbstorganisationen",
    """Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Tag der Migrantenselbstorganisationen am 13.03.2027 an.
Ich möchte an der Arbeitsgruppe zu den Förderungsmöglichkeiten teilnehmen.

Mit freundlichen Grüßen
i.A. Katharina Schulte
Projektleitung Migrationsberatung
Caritasverband für die Stadt Münster e.V.
Josefstraße 2
48153 Münster
Telefon 0251 53009-0"""), kind="registration", email="k.schulte@caritas-ms.example", name="Katharina Schulte",
    organisation="Caritasverband für die Stadt Münster e.V.", workgroups=["AG3"], party_size=1, language="de")

# 13 organisation only in the From display name
S.add("de-org-display-name-only", S.plain(
    "Afghanischer Frauenverein Münster <info@afv-ms.example>", "Teilnahme MSO-Tag",
    """Hallo,

ich möchte gern am MSO-Tag teilnehmen, am liebsten in der AG über Münsters Zukunft.

Viele Grüße
Soraya Ahmadi"""), kind="registration", email="info@afv-ms.example", name="Soraya Ahmadi",
    organisation="Afghanischer Frauenverein Münster", workgroups=["AG2"], party_size=1, language="de")

# 14 signed with a first name only; the From name is the full name
S.add("de-first-name-only", S.plain(
    "Amina Haddou <amina.haddou@mail.example>", "MSO-Tag",
    """Hi,

ich melde mich hiermit für den 13. März an. Ich wäre gern bei Bildungssystem dabei.

Danke und viele Grüße
Amina"""), kind="registration", email="amina.haddou@mail.example", name="Amina Haddou", organisation=None,
    workgroups=["AG1"], party_size=1, language="de")

# 15 transliterated From name, real spelling in the signature
S.add("de-guelsen-translit-from", S.plain(
    "Guelsen Demir <guelsen.demir@mail.example>", "Anmeldung",
    """Guten Morgen,

ich würde gern zum Tag der MSO kommen. Mich interessiert die AG Vereinsmanagment.

Herzliche Grüße
Gülşen Demir
Kurdisches Kulturzentrum Münster"""), kind="registration", email="guelsen.demir@mail.example", name="Gülşen Demir",
    organisation="Kurdisches Kulturzentrum Münster", workgroups=["AG3"], party_size=1, language="de")

# 16 forward from an umbrella organisation; answer to the member
S.add("de-umbrella-forward-member", S.plain(
    "Verbund der Migrantenvereine Münster <buero@vmv-ms.example>", "WG: Anmeldung MSO-Tag",
    """Liebes Team Zuwanderung,

anbei die Anmeldung eines unserer Mitglieder, bitte direkt an sie antworten.

Gruß aus dem Verbundbüro
Jana Krüger

---------- Forwarded message ---------
Von: Fatma Kaya <fatma.kaya@mail.example>
Date: Sa., 6. Feb. 2027 um 18:40 Uhr
Subject: Anmeldung MSO-Tag
To: <buero@vmv-ms.example>

Hallo Jana,

kannst du mich bitte für den MSO-Tag anmelden? Ich würde gern zum Thema
Schule und Bildung mitdiskutieren.

Danke!
Fatma Kaya
Türkischer Elternbund Münster"""), kind="registration", email="fatma.kaya@mail.example", name="Fatma Kaya",
    organisation="Türkischer Elternbund Münster", workgroups=["AG1"], party_size=1, language="de")

# 17 Outlook HTML-only reply with the invitation quoted below
S.add("de-outlook-html-vereinsfuehrung", S.html(
    "Dimitrios Papas <d.papas@griechen-ms.example>", "AW: Einladung MSO-Tag 2027",
    """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="DE"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">ich melde mich gern zum MSO-Tag an. Für die Arbeitsgruppe wähle ich das Thema
Förderung und Vereinsmanagement.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">Dimitrios Papas<o:p></o:p></p>
<p class="MsoNormal">Schriftführer<o:p></o:p></p>
<p class="MsoNormal">Griechische Gemeinde Münster e.V.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Team Zuwanderung &lt;mso-tag@muenster.example&gt;<br>
<b>Gesendet:</b> Freitag, 5. Februar 2027 09:00<br>
<b>An:</b> Dimitrios Papas &lt;d.papas@griechen-ms.example&gt;<br>
<b>Betreff:</b> Einladung MSO-Tag 2027<o:p></o:p></p></div>
<p class="MsoNormal">""" + INVITATION.replace("\n", "<br>\n") + """<o:p></o:p></p>
</div></body></html>
"""), kind="registration", email="d.papas@griechen-ms.example", name="Dimitrios Papas",
    organisation="Griechische Gemeinde Münster e.V.", workgroups=["AG3"], party_size=1, language="de")

# 18 Apple Mail from an iPhone, short, a typo in the topic
S.add("de-iphone-zukunftsprozes-typo", S.both(
    "Samir Benyahia <samir.benyahia@icloud.example>", "MSO Tag",
    """Hallo, bitte trag mich für den 13.3. ein, AG Zukunftsprozes. Danke, Samir Benyahia

Von meinem iPhone gesendet"""), kind="registration", email="samir.benyahia@icloud.example", name="Samir Benyahia",
    organisation=None, workgroups=["AG2"], party_size=1, language="de")

# 19 partial title, a husband and daughter
S.add("de-partial-title-family", S.plain(
    "Nadia Karimi <nadia.karimi@mail.example>", "Anmeldung für den 13. März",
    """Sehr geehrte Damen und Herren,

ich melde mich mit meinem Mann und unserer Tochter an. Wir möchten in die Gruppe
"Migrationsvorgeschichte im Bildungssystem".

Freundliche Grüße
Nadia Karimi"""), kind="registration", email="nadia.karimi@mail.example", name="Nadia Karimi", organisation=None,
    workgroups=["AG1"], party_size=3, language="de")

# 20 Ukrainian, funding group
S.add("uk-hrupa-finansuvannia", S.plain(
    "Iryna Bondarenko <iryna.bondarenko@mail.example>", "Реєстрація MSO-Tag",
    """Добрий день,

я хотіла б зареєструватися на День мігрантських організацій 13 березня.
Мене цікавить група про фінансування та управління об'єднанням.

З повагою,
Ірина Бондаренко (Iryna Bondarenko)
Українська громада Мюнстер"""), kind="registration", email="iryna.bondarenko@mail.example",
    name="Iryna Bondarenko", organisation="Українська громада Мюнстер", workgroups=["AG3"], party_size=1,
    language="uk")

# 21 French, workshop on the future of the city
S.add("fr-atelier-avenir-munster", S.plain(
    "Aïssatou Bah <aissatou.bah@mail.example>", "Inscription journée des associations",
    """Bonjour,

je souhaite m'inscrire à la journée des organisations de migrants le 13 mars.
Je choisis le groupe sur l'avenir de Münster (Zukunftsprozess).

Cordialement,
Aïssatou Bah
Association Guinéenne de Münster"""), kind="registration", email="aissatou.bah@mail.example", name="Aïssatou Bah",
    organisation="Association Guinéenne de Münster", workgroups=["AG2"], party_size=1, language="fr")

# 22 Farsi, education group
S.add("fa-goruh-amuzesh", S.plain(
    "Maryam Sadeghi <maryam.sadeghi@mail.example>", "ثبت نام",
    """سلام،

می‌خواهم برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت نام کنم. گروه آموزش را انتخاب می‌کنم.

با احترام
مریم صادقی
Maryam Sadeghi"""), kind="registration", email="maryam.sadeghi@mail.example", name="Maryam Sadeghi",
    organisation=None, workgroups=["AG1"], party_size=1, language="fa")

# 23 English reply quoting the invitation, ordinal
S.add("en-reply-second-one", reply(
    "Abebe Girma <abebe.girma@mail.example>", "Re: Einladung MSO-Tag 2027",
    """Hello,

thanks for the invitation! I'll come, and I'd like to join the second one, on the city's future.

Regards,
Abebe Girma
Ethiopian Community Association Münster"""), kind="registration", email="abebe.girma@mail.example",
    name="Abebe Girma", organisation="Ethiopian Community Association Münster", workgroups=["AG2"], party_size=1,
    language="en")

# 24 i.V. signature, employer plus association in the text
S.add("de-iv-signature", S.plain(
    "Markus Brandt <m.brandt@awo-ms.example>", "Anmeldung MSO-Tag",
    """Guten Tag,

in Vertretung von Frau Ünal melde ich mich für den MSO-Tag an. AG: Bildung.

Freundliche Grüße
i.V. Markus Brandt
AWO Kreisverband Münster
Integrationsagentur"""), kind="registration", email="m.brandt@awo-ms.example", name="Markus Brandt",
    organisation="AWO Kreisverband Münster", workgroups=["AG1"], party_size=1, language="de")

# 25 organisation only in the signature after a long contact block, two people in words
S.add("de-contact-block-wir-zu-zweit", S.plain(
    "Hoang Van Minh <minh.hoang@mail.example>", "MSO-Tag 2027 – Anmeldung",
    """Sehr geehrte Damen und Herren,

meine Stellvertreterin und ich möchten gern teilnehmen, beide in der AG
Förderungsmöglichkeiten.

Mit besten Grüßen

Hoang Van Minh
Vorsitzender
Vietnamesische Gemeinde Münster e.V.
Postfach 1234, 48001 Münster
Tel. 0251 665544 | Fax 0251 665545
www.vgm-muenster.example"""), kind="registration", email="minh.hoang@mail.example", name="Hoang Van Minh",
    organisation="Vietnamesische Gemeinde Münster e.V.", workgroups=["AG3"], party_size=2, language="de")

# 26 Spanish, no preference
S.add("es-cualquier-grupo", S.plain(
    "Lucía Fernández <lucia.fernandez@mail.example>", "Inscripción MSO-Tag",
    """Hola:

quisiera inscribirme en la jornada del 13 de marzo. Me da igual el grupo de trabajo.

Saludos,
Lucía Fernández
Centro Cultural Latinoamericano Münster"""), kind="registration", email="lucia.fernandez@mail.example",
    name="Lucía Fernández", organisation="Centro Cultural Latinoamericano Münster", workgroups=[], party_size=1,
    language="es")

# 27 English, first choice and fallback by topic
S.add("en-funding-else-education", S.plain(
    "Joseph Mwangi-Otieno <j.otieno@mail.example>", "MSO day registration",
    """Hi,

I'd like to sign up for the MSO day. Ideally the workgroup on funding and association
management, otherwise the education one.

Thanks,
Joseph Mwangi-Otieno
Kenyan Diaspora Münster"""), kind="registration", email="j.otieno@mail.example", name="Joseph Mwangi-Otieno",
    organisation="Kenyan Diaspora Münster", workgroups=["AG3", "AG1"], party_size=1, language="en")

# 28 Reply-To to a personal address, organisation mailbox
S.add("de-reply-to-personal", S.plain(
    "Eritreischer Verein Münster <vorstand@eritrea-ms.example>", "Anmeldung MSO-Tag",
    """Hallo,

ich bin die neue Vorsitzende und melde mich für den MSO-Tag an, Arbeitsgruppe
Stadtentwicklung bzw. Zukunftsprozess. Bitte an meine private Adresse antworten.

Grüße
Senait Tesfay""", headers=[("Reply-To", "senait.tesfay@mail.example")]), kind="registration",
    email="senait.tesfay@mail.example", name="Senait Tesfay", organisation="Eritreischer Verein Münster",
    workgroups=["AG2"], party_size=1, language="de")

# ---------------------------------------------------------------------------
# changes, cancellations, questions
# ---------------------------------------------------------------------------

# 29 change by topic: from education to future process
S.add("de-change-bildung-to-zukunft", reply(
    "Amina Haddou <amina.haddou@mail.example>", "AW: Ihre Anmeldung zum MSO-Tag",
    """Hallo,

könnten Sie mich bitte umtragen? Statt Bildungssystem würde ich jetzt lieber in die
Gruppe zum Zukunftsprozess gehen.

Danke, Amina Haddou""", quoted=CONFIRMATION, when="Mi., 10. Feb. 2027 um 11:02"), kind="change",
    email="amina.haddou@mail.example", workgroups=["AG2"])

# 30 English change to the funding group
S.add("en-change-to-funding", reply(
    "Grace Mensa-Bonsu <grace.mb@mail.example>", "Re: Ihre Anmeldung zum MSO-Tag",
    """Hi,

could you please move me to the funding group instead? Thank you!

Grace""", quoted=CONFIRMATION, when="Mi., 10. Feb. 2027 um 11:02"), kind="change", email="grace.mb@mail.example",
    workgroups=["AG3"])

# 31 Turkish change
S.add("tr-change-to-vereinsmanagement", S.plain(
    "Mehmet Öztürk <mehmet.ozturk@mail.example>", "Grup değişikliği",
    """Merhaba,

kaydımı eğitim grubundan dernek yönetimi ve teşvikler grubuna değiştirebilir misiniz?

Saygılarımla
Mehmet Öztürk"""), kind="change", email="mehmet.ozturk@mail.example", workgroups=["AG3"])

# 32 cancellation, German
S.add("de-cancel-vereinssitzung", S.plain(
    "Dragana Petrović <dragana.petrovic@mail.example>", "Absage MSO-Tag",
    """Guten Tag,

leider müssen wir unsere Anmeldung zurückziehen, am 13. März ist unsere
Jahreshauptversammlung. Wir kommen nächstes Jahr gern wieder.

Viele Grüße
Dragana Petrović"""), kind="cancellation", email="dragana.petrovic@mail.example")

# 33 cancellation, Arabic
S.add("ar-cancel", S.plain(
    "Yousef Al-Hamdan <y.alhamdan@mail.example>", "اعتذار",
    """مرحباً،

للأسف لن أتمكن من الحضور يوم 13 مارس. أرجو إلغاء تسجيلي.

مع التحية،
Yousef Al-Hamdan"""), kind="cancellation", email="y.alhamdan@mail.example")

# 34 question, accessibility
S.add("de-question-barrierefrei", S.plain(
    "Hatice Şahin <hatice.sahin@mail.example>", "Frage zum MSO-Tag",
    """Hallo,

bevor ich mich anmelde: Ist das Stadtweinhaus barrierefrei? Ich bin auf einen
Rollstuhl angewiesen. Und gibt es in der AG zu Förderungsmöglichkeiten Unterlagen zum Mitnehmen?

Danke
Hatice Şahin"""), kind="question", email="hatice.sahin@mail.example")

# 35 question in English, interpreting
S.add("en-question-interpreting", S.plain(
    "Ahmad Noori <ahmad.noori@mail.example>", "Question about language",
    """Hello,

will the workgroups be held only in German, or is there interpretation into Dari or
English? Some members of our association would like to come but don't speak German well.

Thanks,
Ahmad Noori"""), kind="question", email="ahmad.noori@mail.example")

# ---------------------------------------------------------------------------
# no registration
# ---------------------------------------------------------------------------

# 36 auto reply with headers
S.add("de-abwesenheit", S.plain(
    "Katharina Schulte <k.schulte@caritas-ms.example>", "Automatische Antwort: Einladung MSO-Tag 2027",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 19.02.2027 nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an migration@caritas-ms.example.

Katharina Schulte""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    kind="auto_reply")

# 37 bounce of the invitation
S.add("bounce-user-unknown", raw({
    "From": "Mail Delivery Subsystem <MAILER-DAEMON@mx.muenster.example>", "To": US,
    "Subject": "Undelivered Mail Returned to Sender", "Date": DATE,
    "Message-ID": "<bounce-7@mx.muenster.example>", "MIME-Version": "1.0", "Auto-Submitted": "auto-replied",
    "Content-Type": 'multipart/report; report-type=delivery-status; boundary="bnc"'},
    """--bnc
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<info@kongolesischer-verein-ms.example>: host mx.kongolesischer-verein-ms.example
    said: 550 5.1.1 User unknown

--bnc
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.muenster.example

Final-Recipient: rfc822; info@kongolesischer-verein-ms.example
Action: failed
Status: 5.1.1

--bnc--
"""), kind="bounce", bounced_recipient="info@kongolesischer-verein-ms.example")

# 38 umbrella newsletter that names the three workgroups but registers no one
S.add("de-umbrella-newsletter", S.plain(
    "Verbund der Migrantenvereine Münster <newsletter@vmv-ms.example>", "Verbund-Rundbrief Februar",
    """Liebe Mitgliedsvereine,

in diesem Rundbrief: Am 13. März lädt die Stadt zum Tag der Migrantenselbstorganisationen ein.
Es gibt Arbeitsgruppen zu Bildung, zum Zukunftsprozess und zu Fördermitteln.
Meldet euch bitte selbst bei der Stadt an.

Außerdem: Kassenprüfung am 20. Februar, Sommerfest-Planung im April.

Euer Verbundbüro

Abmelden vom Rundbrief: https://vmv-ms.example/abmelden"""), kind="other")

# 39 thanks after the event
S.add("de-thanks-after-event", S.plain(
    "Gülşen Yılmaz <g.yilmaz@web.example>", "Danke für den schönen Tag",
    """Liebes Team Zuwanderung,

herzlichen Dank für den gelungenen MSO-Tag! Die AG zum Zukunftsprozess war sehr anregend.
Schicken Sie uns bitte die Fotos und die Präsentationen?

Herzliche Grüße
Gülşen Yılmaz"""), kind="question", email="g.yilmaz@web.example")

# 40 registration of a colleague by name, writer gets the answer
S.add("de-registers-chairwoman", S.plain(
    "Burak Çelik <burak.celik@mail.example>", "Anmeldung unserer Vorsitzenden",
    """Guten Tag,

ich möchte unsere Vorsitzende, Frau Elif Aydın, für den MSO-Tag anmelden.
Sie interessiert sich für die Arbeitsgruppe Bildungssystem. Bitte schicken Sie die
Bestätigung an mich.

Viele Grüße
Burak Çelik
Schriftführer, Türkisch-Deutscher Sportverein Münster"""), kind="registration", email="burak.celik@mail.example",
    name="Elif Aydın", organisation="Türkisch-Deutscher Sportverein Münster", workgroups=["AG1"], party_size=1,
    language="de")

# 41 Russian, two people in words, funding
S.add("ru-vdvoem-finansirovanie", S.plain(
    "Andrei Kuznetsov <a.kuznetsov@mail.example>", "Участие MSO-Tag",
    """Добрый день,

мы придём вдвоём, я и моя коллега. Хотим в группу по финансированию и управлению объединением.

С уважением,
Андрей Кузнецов
Andrei Kuznetsov
Немецко-русский культурный центр «Мост»"""), kind="registration", email="a.kuznetsov@mail.example",
    name="Andrei Kuznetsov", organisation="Немецко-русский культурный центр «Мост»", workgroups=["AG3"],
    party_size=2, language="ru")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
