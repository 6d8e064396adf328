#!/usr/bin/env python3
"""Write the held-out mails of event 2 ("Gipfel", Forum 1 … Forum 4 = F1 … F4) and expected.json.

    python3 tests/mails/general/gipfel/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

S = MailSet("Integrationsgipfel Bielefeld <gipfel@integration-bi.example>", "Wed, 11 Oct 2028 14:40:00 +0200")
US = "gipfel@integration-bi.example"

INVITATION = """Sehr geehrte Damen und Herren,

zum Bielefelder Integrationsgipfel am 4. November 2028 im Neuen Rathaus
laden wir Sie herzlich ein. Am Nachmittag tagen vier Foren:

Forum 1 – Wohnen und Nachbarschaft
Forum 2 – Arbeitsmarkt und Anerkennung ausländischer Abschlüsse
Forum 3 – Gesundheit und psychosoziale Beratung
Forum 4 – Kinder, Jugend und Schule

Anmeldung bitte bis 28. Oktober an gipfel@integration-bi.example.

Kommunales Integrationszentrum Bielefeld"""

# 1 Gmail reply quoting the invitation; "Forum 2" (the group noun is "Forum")
S.add("de-gmail-forum-number", S.both(
    "Yasemin Öztürk <y.oeztuerk@mail.example>", "Re: Einladung Integrationsgipfel",
    f"""Guten Tag,

ich melde mich gern zum Gipfel an und würde am Forum 2 teilnehmen.

Freundliche Grüße
Yasemin Öztürk
Deutsch-Türkischer Unternehmerverein OWL

Am Mo., 2. Okt. 2028 um 09:00 Uhr schrieb Integrationsgipfel Bielefeld <{US}>:
{quote(INVITATION)}
"""), kind="registration", email="y.oeztuerk@mail.example", name="Yasemin Öztürk",
    organisation="Deutsch-Türkischer Unternehmerverein OWL", workgroups=["F2"], party_size=1, language="de")

# 2 English, forum named by an alias only
S.add("en-housing-alias", S.plain(
    "Daniel Mwangi <daniel.mwangi@mail.example>", "Registration Integration Summit",
    """Hello,

I'd like to register for the summit. I'm most interested in the housing forum.

Best regards,
Daniel Mwangi
Kenyan Diaspora Association Bielefeld
"""), kind="registration", email="daniel.mwangi@mail.example", name="Daniel Mwangi",
    organisation="Kenyan Diaspora Association Bielefeld", workgroups=["F1"], party_size=1, language="en")

# 3 English "with my two colleagues"
S.add("en-two-colleagues-forum-3", S.plain(
    "Grace Owusu <grace.owusu@health-bridge.example>", "Summit registration",
    """Dear team,

please register me for Forum 3. I will be coming with my two colleagues.

Kind regards,
Grace Owusu
Health Bridge Network
"""), kind="registration", email="grace.owusu@health-bridge.example", name="Grace Owusu",
    organisation="Health Bridge Network", workgroups=["F3"], party_size=3, language="en")

# 4 German "das zweite Forum", "2 Personen"
S.add("de-zweites-forum-2-personen", S.plain(
    "Irina Wolf <irina.wolf@spaetaussiedler-owl.example>", "Anmeldung Integrationsgipfel",
    """Sehr geehrte Damen und Herren,

hiermit melden wir uns für das zweite Forum an. Wir kommen mit 2 Personen.

Mit freundlichen Grüßen
Irina Wolf
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Bielefeld
"""), kind="registration", email="irina.wolf@spaetaussiedler-owl.example", name="Irina Wolf",
    organisation="Landsmannschaft der Deutschen aus Russland, Ortsgruppe Bielefeld", workgroups=["F2"],
    party_size=2, language="de")

# 5 Turkish, "2. foruma", with spouse
S.add("tr-ordinal-forum-spouse", S.plain(
    "Hakan Şahin <hakan.sahin@mail.example>", "Kayıt",
    """Merhaba,

Entegrasyon zirvesine kayıt olmak istiyorum. 2. foruma katılmak istiyorum, eşimle birlikte geleceğiz.

Saygılarımla
Hakan Şahin
"""), kind="registration", email="hakan.sahin@mail.example", name="Hakan Şahin",
    organisation=None, workgroups=["F2"], party_size=2, language="tr")

# 6 Russian "форум 4", "мы будем вдвоём"
S.add("ru-forum-four-two", S.plain(
    "Anna Kuznetsova <a.kuznetsova@mail.example>", "Регистрация",
    """Добрый день!

Прошу записать меня на форум 4 (дети и школа). Мы будем вдвоём.

Спасибо,
Анна Кузнецова
"""), kind="registration", email="a.kuznetsova@mail.example", name="Анна Кузнецова",
    organisation=None, workgroups=["F4"], party_size=2, language="ru")

# 7 Ukrainian "форум 1", "нас буде троє"
S.add("uk-forum-one-three", S.plain(
    "Оксана Мельник <oksana.melnyk@mail.example>", "Реєстрація на саміт",
    """Вітаю!

Хочу зареєструватися на форум 1. Нас буде троє.

З повагою,
Оксана Мельник
Українська недільна школа Білефельд
"""), kind="registration", email="oksana.melnyk@mail.example", name="Оксана Мельник",
    organisation="Українська недільна школа Білефельд", workgroups=["F1"], party_size=3, language="uk")

# 8 Arabic "the third forum"
S.add("ar-third-forum", S.plain(
    "Khaled Mansour <khaled.mansour@mail.example>", "التسجيل في القمة",
    """السلام عليكم،

أود التسجيل في قمة الاندماج والمشاركة في المنتدى الثالث.

شكراً
خالد منصور
"""), kind="registration", email="khaled.mansour@mail.example", name="خالد منصور",
    organisation=None, workgroups=["F3"], party_size=1, language="ar")

# 9 Farsi with Persian digit
S.add("fa-forum-persian-digit", S.plain(
    "Maryam Rahimi <maryam.rahimi@mail.example>", "ثبت نام",
    """سلام،

می‌خواهم برای فروم ۲ ثبت نام کنم.

با سپاس
مریم رحیمی
"""), kind="registration", email="maryam.rahimi@mail.example", name="مریم رحیمی",
    organisation=None, workgroups=["F2"], party_size=1, language="fa")

# 10 French, number and a word in brackets
S.add("fr-forum-trois", S.plain(
    "Jean-Baptiste Kabila <jb.kabila@mail.example>", "Inscription",
    """Bonjour,

je voudrais m'inscrire au sommet, forum 3 (santé) s'il vous plaît.

Bien à vous,
Jean-Baptiste Kabila
Communauté congolaise de Bielefeld
"""), kind="registration", email="jb.kabila@mail.example", name="Jean-Baptiste Kabila",
    organisation="Communauté congolaise de Bielefeld", workgroups=["F3"], party_size=1, language="fr")

# 11 Spanish "foro 4", "iremos tres personas"
S.add("es-foro-cuatro-tres", S.plain(
    "Carmen Ortiz <carmen.ortiz@mail.example>", "Inscripción cumbre",
    """Buenas tardes:

quisiera inscribirme en el foro 4. Iremos tres personas.

Saludos cordiales,
Carmen Ortiz
"""), kind="registration", email="carmen.ortiz@mail.example", name="Carmen Ortiz",
    organisation=None, workgroups=["F4"], party_size=3, language="es")

# 12 Polish "forum 2" with wife
S.add("pl-forum-zona", S.plain(
    "Piotr Zieliński <piotr.zielinski@mail.example>", "Rejestracja",
    """Dzień dobry,

chciałbym zapisać się na forum 2 razem z żoną.

Z poważaniem
Piotr Zieliński
"""), kind="registration", email="piotr.zielinski@mail.example", name="Piotr Zieliński",
    organisation=None, workgroups=["F2"], party_size=2, language="pl")

# 13 Italian "forum 1" with wife
S.add("it-forum-moglie", S.plain(
    "Giulia Esposito <giulia.esposito@mail.example>", "Iscrizione",
    """Buongiorno,

vorrei partecipare al forum 1 con mio marito.

Cordiali saluti,
Giulia Esposito
"""), kind="registration", email="giulia.esposito@mail.example", name="Giulia Esposito",
    organisation=None, workgroups=["F1"], party_size=2, language="it")

# 14 form lines with "Organisation:" and "Teilnehmende:"
S.add("de-form-organisation-teilnehmende", S.plain(
    "anmeldungen@yezidisches-forum.example", "Anmeldung Gipfel",
    """Anmeldung zum Integrationsgipfel

Vor- und Nachname: Dilan Xelil
Organisation: Yezidisches Frauenzentrum Bielefeld
Forum: 4
Teilnehmende: 3
"""), kind="registration", email="anmeldungen@yezidisches-forum.example", name="Dilan Xelil",
    organisation="Yezidisches Frauenzentrum Bielefeld", workgroups=["F4"], party_size=3, language="de")

# 15 a forwarded member registration (inline forward, Gmail style)
S.add("de-forward-member", S.plain(
    "Lena Brandt <lena.brandt@mail.example>", "WG: Anmeldung Gipfel",
    """Hallo, mein Nachbar hat mich gebeten, seine Anmeldung an Sie weiterzuleiten.

---------- Forwarded message ---------
Von: Moussa Traoré <moussa.traore@mail.example>
Date: Di., 10. Okt. 2028 um 18:03 Uhr
Subject: Anmeldung Gipfel
To: <lena.brandt@mail.example>

Liebe Leute,

bitte meldet mich für den Integrationsgipfel an, am liebsten Forum 2 (Arbeitsmarkt).

Danke, Moussa Traoré
"""), kind="registration", email="moussa.traore@mail.example", name="Moussa Traoré",
    organisation=None, workgroups=["F2"], party_size=1, language="de")

# 16 forum by title words only
S.add("de-title-words-anerkennung", S.plain(
    "Dr. Samir Aziz <samir.aziz@mail.example>", "Anmeldung",
    """Hallo,

hiermit melde ich mich zum Gipfel an. Mich interessiert besonders die Anerkennung
ausländischer Abschlüsse.

Viele Grüße
Samir Aziz
"""), kind="registration", email="samir.aziz@mail.example", name="Samir Aziz",
    organisation=None, workgroups=["F2"], party_size=1, language="de")

# 17 change from one forum to another
S.add("en-change-switch", S.plain(
    "Grace Owusu <grace.owusu@health-bridge.example>", "Change of forum",
    """Hello again,

could you switch me from Forum 3 to Forum 1? Thank you!

Grace Owusu
"""), kind="change", email="grace.owusu@health-bridge.example", workgroups=["F1"], name="Grace Owusu",
    language="en")

# 18 change of party size only
S.add("de-change-party-size", S.plain(
    "Irina Wolf <irina.wolf@spaetaussiedler-owl.example>", "Änderung Anmeldung",
    """Guten Tag,

wir sind bereits angemeldet, kommen aber jetzt zu dritt statt zu zweit. Bitte ändern Sie das.

Irina Wolf
"""), kind="change", email="irina.wolf@spaetaussiedler-owl.example", workgroups=[], name="Irina Wolf",
    language="de")

# 19 Russian cancellation
S.add("ru-cancellation", S.plain(
    "Anna Kuznetsova <a.kuznetsova@mail.example>", "Отмена регистрации",
    """Здравствуйте,

к сожалению, я вынуждена отменить свою регистрацию на саммит.

Анна Кузнецова
"""), kind="cancellation", email="a.kuznetsova@mail.example", name="Анна Кузнецова", language="ru")

# 20 English question
S.add("en-question-access", S.plain(
    "Tom Fischer <tom.fischer@mail.example>", "Question about the venue",
    """Hi,

is the town hall wheelchair accessible? One of our members uses a wheelchair.

Thanks,
Tom Fischer
"""), kind="question", email="tom.fischer@mail.example", name="Tom Fischer", language="en")

# 21 French out-of-office without headers
S.add("fr-out-of-office-no-header", S.plain(
    "Claire Dubois <claire.dubois@mail.example>", "Re: Einladung Integrationsgipfel",
    """Bonjour,

je suis absente du bureau jusqu'au 20 octobre. Ceci est une réponse automatique ;
votre message ne sera pas transféré.

Claire Dubois
"""), kind="auto_reply")

# 22 Turkish auto-reply with X-Autoreply header
S.add("tr-auto-reply-header", S.plain(
    "Emre Yılmaz <emre.yilmaz@mail.example>", "Otomatik yanıt: Einladung Integrationsgipfel",
    """Merhaba, şu anda izindeyim. 23 Ekim'den sonra e-postanıza cevap vereceğim.
""", headers=[("X-Autoreply", "yes")]), kind="auto_reply")

# 23 Exim-style text bounce
S.add("bounce-exim-text", S.plain(
    "Mail Delivery System <Mailer-Daemon@mx.integration-bi.example>", "Mail delivery failed: returning message to sender",
    """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vorstand@kurdisches-haus.example
    host mx.kurdisches-haus.example [192.0.2.7]
    SMTP error from remote mail server after RCPT TO:<vorstand@kurdisches-haus.example>:
    550 5.1.1 mailbox unavailable
"""), kind="bounce", bounced_recipient="vorstand@kurdisches-haus.example")

# 24 thanks and "we will pass it on": no registration
S.add("de-thanks-forwarding-to-members", S.plain(
    "Verein Brücke e.V. <info@bruecke-bi.example>", "Re: Einladung Integrationsgipfel",
    """Liebes Team,

vielen Dank für die Einladung! Wir leiten sie gern an unsere Mitglieder weiter.

Herzliche Grüße
Verein Brücke e.V.
"""), kind="other")

# 25 registration plus a question
S.add("de-registration-and-question", S.plain(
    "Bogdan Popa <bogdan.popa@mail.example>", "Anmeldung",
    """Hallo,

ich melde mich für Forum 4 an. Gibt es in der Nähe Parkplätze?

Grüße
Bogdan Popa
Rumänische Gemeinde Bielefeld
"""), kind="registration", email="bogdan.popa@mail.example", name="Bogdan Popa",
    organisation="Rumänische Gemeinde Bielefeld", workgroups=["F4"], party_size=1, language="de")

# 26 Outlook HTML-only, German, sender name "Nachname, Vorname", "mit meiner Kollegin"
S.add("de-outlook-html-colleague", S.html(
    "\"Hoxha, Arben\" <arben.hoxha@kosovo-verein.example>", "Anmeldung Integrationsgipfel",
    """<html><body lang=DE><div class=WordSection1>
<p class=MsoNormal>Sehr geehrte Damen und Herren,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>ich nehme gern am Integrationsgipfel teil, zusammen mit meiner Kollegin, und zwar im Forum
&#8222;Kinder, Jugend und Schule&#8220;.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en</p>
<p class=MsoNormal>Arben Hoxha</p>
<p class=MsoNormal>Kosovarischer Kulturverein Bielefeld e.V.</p>
<p class=MsoNormal>Tel. 0521 123456</p></div></body></html>"""),
    kind="registration", email="arben.hoxha@kosovo-verein.example", name="Arben Hoxha",
    organisation="Kosovarischer Kulturverein Bielefeld e.V.", workgroups=["F4"], party_size=2, language="de")

# --- round 2: written after the parser changes, to check they generalise ---

# 27 English, forum by alias "youth"
S.add("en-youth-forum", S.plain(
    "Fatou Ndiaye <fatou.ndiaye@mail.example>", "Summit",
    """Hello,

I'll attend the summit and would like to be in the youth forum.

Thanks a lot,
Fatou Ndiaye
Senegalese Women's Circle Bielefeld
"""), kind="registration", email="fatou.ndiaye@mail.example", name="Fatou Ndiaye",
    organisation="Senegalese Women's Circle Bielefeld", workgroups=["F4"], party_size=1, language="en")

# 28 Arabic party as words
S.add("ar-three-persons", S.plain(
    "Nour Al-Hassan <nour.alhassan@mail.example>", "تسجيل",
    """مرحبا،

نريد التسجيل في المنتدى الأول، سنكون ثلاثة أشخاص.

شكرا
نور الحسن
"""), kind="registration", email="nour.alhassan@mail.example", name="نور الحسن",
    organisation=None, workgroups=["F1"], party_size=3, language="ar")

# 29 Russian without a pronoun, ordinal in the prepositional case
S.add("ru-second-forum-no-pronoun", S.plain(
    "Dmitri Volkov <d.volkov@mail.example>", "Участие в саммите",
    """Добрый день,

хотел бы принять участие во втором форуме.

С уважением,
Дмитрий Волков
"""), kind="registration", email="d.volkov@mail.example", name="Дмитрий Волков",
    organisation=None, workgroups=["F2"], party_size=1, language="ru")

# 30 Outlook forward of our invitation with the own choice on top
S.add("en-fw-invitation-own-text", S.plain(
    "Mariam Tadesse <mariam.tadesse@mail.example>", "FW: Einladung Integrationsgipfel",
    f"""Hello, I would like to register for Forum 1.

Mariam Tadesse

-----Original Message-----
From: Integrationsgipfel Bielefeld <{US}>
Sent: Monday, October 2, 2028 9:00 AM
To: Mariam Tadesse <mariam.tadesse@mail.example>
Subject: Einladung Integrationsgipfel

{INVITATION}
"""), kind="registration", email="mariam.tadesse@mail.example", name="Mariam Tadesse",
    organisation=None, workgroups=["F1"], party_size=1, language="en")

# 31 Ukrainian "can't come"
S.add("uk-cant-come", S.plain(
    "Оксана Мельник <oksana.melnyk@mail.example>", "Саміт",
    """Доброго дня,

на жаль, я не зможу прийти на саміт 4 листопада.

Оксана Мельник
"""), kind="cancellation", email="oksana.melnyk@mail.example", name="Оксана Мельник", language="uk")

# 32 German out-of-office without header
S.add("de-urlaub-no-header", S.plain(
    "Werner Schulz <w.schulz@mail.example>", "Re: Einladung Integrationsgipfel",
    """Guten Tag,

ich bin bis einschließlich 20.10. im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

Werner Schulz
"""), kind="auto_reply")

# 33 Turkish question
S.add("tr-question-fee", S.plain(
    "Zeynep Aydın <zeynep.aydin@mail.example>", "Soru",
    """Merhaba,

etkinlik ücretsiz mi? Öğle yemeği var mı?

Teşekkürler
Zeynep Aydın
"""), kind="question", email="zeynep.aydin@mail.example", name="Zeynep Aydın", language="tr")

# 34 German, number of people in brackets and forum by a title word
S.add("de-brackets-gesundheit", S.plain(
    "Dr. Mustafa Kaya <m.kaya@aerzte-netz.example>", "Anmeldung Gipfel",
    """Guten Tag,

wir (3 Personen) möchten gern am Forum Gesundheit teilnehmen.

Freundliche Grüße
Dr. Mustafa Kaya
Türkisch-Deutsches Ärztenetzwerk OWL
"""), kind="registration", email="m.kaya@aerzte-netz.example", name="Mustafa Kaya",
    organisation="Türkisch-Deutsches Ärztenetzwerk OWL", workgroups=["F3"], party_size=3, language="de")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
