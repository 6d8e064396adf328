#!/usr/bin/env python3
"""Write the held-out mails of event 8 ("redteam": Fachtag Vielfalt gestalten, AG1 Bildung und Sprache,
AG2 Zukunft der Arbeit, AG3 Kultur und Begegnung, AG4 Gesundheit und Pflege) and expected.json.

    python3 tests/mails/general/redteam/make_mails.py

Every mail here is written to trip one of the general rules added in rounds 1-6: topic words used in
everyday sentences, signatures that only look like "Nachname, Vorname", words that look like group
nouns or letter labels, companions who come / do not come / sign up themselves, look-alike sign-up
words in newsletters and questions. Every person, association and sentence is invented.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

US = "vielfalt-gestalten@muenster.example"
S = MailSet(f"Fachtag Vielfalt gestalten <{US}>", "Mon, 21 Aug 2028 09:30:00 +0200")

INVITATION = """Liebe Vereine und Initiativen,

am 16. September 2028 laden wir zum Fachtag "Vielfalt gestalten" ins Rathaus ein.
Am Nachmittag arbeiten vier Arbeitsgruppen:
AG 1: Bildung und Sprache
AG 2: Zukunft der Arbeit
AG 3: Kultur und Begegnung
AG 4: Gesundheit und Pflege

Anmeldung bitte bis 9. September an vielfalt-gestalten@muenster.example.
Stadt Münster, Kommunales Integrationszentrum"""


def reg(slug, frm, subject, text, **want):
    want.setdefault("party_size", 1)
    S.add(slug, S.plain(frm, subject, text), kind="registration", **want)


# 1 everyday "future for our kids" in a mail that chooses AG 3
reg("en-better-future-chooses-ag3", "Grace Okafor <grace.okafor@mail.example>", "Registration",
    """Hello,

I would like to register for the Fachtag. I hope for a better future for our kids, and
that is why our association is active. I would like to join workgroup 3.

Best regards
Grace Okafor
Nigerian Community Münster""", email="grace.okafor@mail.example", name="Grace Okafor",
    organisation="Nigerian Community Münster", workgroups=["AG3"], language="en")

# 2 "Bildung ist uns wichtig" as a reason, the choice is AG 3
reg("de-bildung-wichtig-chooses-ag3", "Selin Arslan <selin.arslan@mail.example>", "Anmeldung Fachtag",
    """Guten Tag,

hiermit melde ich mich für den Fachtag an. Bildung ist uns als Elternverein sehr wichtig,
aber diesmal möchte ich in die AG 3, weil wir ein Sommerfest planen.

Viele Grüße
Selin Arslan
Elternverein Kinderbrücke Münster""", email="selin.arslan@mail.example", name="Selin Arslan",
    organisation="Elternverein Kinderbrücke Münster", workgroups=["AG3"], language="de")

# 3 signature "Müller, Geschäftsführerin" must not be flipped to a name "Geschäftsführerin Müller"
reg("de-signature-surname-role", "Andrea Müller <a.mueller@bildungswerk.example>", "Anmeldung",
    """Sehr geehrte Damen und Herren,

ich melde mich zum Fachtag an und möchte an der AG 4 teilnehmen.

Mit freundlichen Grüßen
Andrea Müller
Müller, Geschäftsführerin
Bildungswerk Ost e.V.""", email="a.mueller@bildungswerk.example", name="Andrea Müller",
    organisation="Bildungswerk Ost e.V.", workgroups=["AG4"], language="de")

# 4 place and date line "Münster, 12. August" above the name
reg("de-place-date-line", "Hamid Rezaei <hamid.rezaei@mail.example>", "Anmeldung Fachtag Vielfalt",
    """Hallo,

ich nehme gern am Fachtag teil, AG 2 bitte.

Münster, 12. August 2028
Hamid Rezaei
Afghanischer Kulturverein Münster""", email="hamid.rezaei@mail.example", name="Hamid Rezaei",
    organisation="Afghanischer Kulturverein Münster", workgroups=["AG2"], language="de")

# 5 "Mesa" as a surname
reg("es-surname-mesa", "Lucía Mesa <lucia.mesa@mail.example>", "Inscripción",
    """Hola,

quiero inscribirme en la jornada del 16 de septiembre. Me interesa el grupo de trabajo 1.

Saludos,
Lucía Mesa
Asociación Hispana Münster""", email="lucia.mesa@mail.example", name="Lucía Mesa",
    organisation="Asociación Hispana Münster", workgroups=["AG1"], language="es")

# 6 "Masa" as a Turkish word in another sense (a table at the fair) — no choice
reg("tr-masa-at-fair-no-choice", "Emre Doğan <emre.dogan@mail.example>", "Kayıt",
    """Merhaba,

Fachtag'a katılmak istiyorum. Geçen yıl fuarda 2 masa açmıştık, bu yıl sadece dinlemek istiyorum.

Saygılarımla
Emre Doğan""", email="emre.dogan@mail.example", name="Emre Doğan", organisation=None, workgroups=[],
    language="tr")

# 7 "Table" in another sense, plus AG 2
reg("en-table-of-contents", "Peter Table <peter.table@mail.example>", "Registration Fachtag",
    """Dear team,

please register me for the Fachtag, workgroup 2 (future of work). The table of
contents of your brochure lists 4 groups, I picked the second one.

Kind regards
Peter Table""", email="peter.table@mail.example", name="Peter Table", organisation=None, workgroups=["AG2"],
    language="en")

# 8 colleague comes too → 2
reg("de-colleague-comes-too", "Nadia Haddad <nadia.haddad@mail.example>", "Anmeldung",
    """Hallo,

ich melde mich für AG 1 an, meine Kollegin kommt auch mit.

Viele Grüße
Nadia Haddad
Arabischer Frauenverein Münster""", email="nadia.haddad@mail.example", name="Nadia Haddad",
    organisation="Arabischer Frauenverein Münster", workgroups=["AG1"], party_size=2, language="de")

# 9 colleague no longer comes, writer does: a change of party size
S.add("de-colleague-no-longer-comes", S.plain(
    "Nadia Haddad <nadia.haddad@mail.example>", "AW: Anmeldung",
    """Hallo,

kleine Änderung: meine Kollegin kommt nicht mehr mit, ich komme aber wie angemeldet.

Viele Grüße
Nadia Haddad"""), kind="change", email="nadia.haddad@mail.example", workgroups=[])

# 10 colleague signs up herself → writer only
reg("de-colleague-signs-up-herself", "Olga Schmidt <olga.schmidt@mail.example>", "Anmeldung Fachtag",
    """Guten Tag,

hiermit melde ich mich für die AG 4 an. Meine Kollegin meldet sich selbst an.

Freundliche Grüße
Olga Schmidt
Deutsch-Russischer Pflegedienst Münster""", email="olga.schmidt@mail.example", name="Olga Schmidt",
    organisation="Deutsch-Russischer Pflegedienst Münster", workgroups=["AG4"], language="de")

# 11 secretary registers her boss and comes herself: the writer is the first attendee, party 2
reg("de-secretary-boss-and-self", "Karin Vogt <k.vogt@integration-ms.example>", "Anmeldung zwei Personen",
    """Sehr geehrte Damen und Herren,

ich melde Herrn Dr. Yusuf Kaya an und komme selbst auch. Wir möchten beide in die AG 2.

Mit freundlichen Grüßen
Karin Vogt
Integrationsrat Münster""", email="k.vogt@integration-ms.example", name="Karin Vogt",
    organisation="Integrationsrat Münster", workgroups=["AG2"], party_size=2, language="de")

# 12 "register my colleague" with her address: the colleague is the attendee, mail goes to her
reg("en-register-colleague-with-address", "Tom Baker <tom.baker@refugees-ms.example>", "Registration for a colleague",
    """Hello,

I would like to register my colleague Amina Yusuf for the Fachtag, workgroup 4.
Please send the confirmation to her directly: amina.yusuf@refugees-ms.example

Thanks,
Tom Baker
Refugee Support Münster""", email="amina.yusuf@refugees-ms.example", name="Amina Yusuf",
    organisation="Refugee Support Münster", workgroups=["AG4"], language="en")

# 13 "wenn ja" inside a normal registration sentence
reg("de-wenn-ja-in-sentence", "Fatma Şahin <fatma.sahin@mail.example>", "Anmeldung",
    """Hallo,

ich melde mich für die AG 1 an. Können Sie mir sagen, ob es Kinderbetreuung gibt, und wenn ja,
bis wann ich mein Kind anmelden muss?

Danke und viele Grüße
Fatma Şahin""", email="fatma.sahin@mail.example", name="Fatma Şahin", organisation=None, workgroups=["AG1"],
    language="de")

# 14 newsletter that quotes "Anmeldung" for another event — other
S.add("de-newsletter-anmeldung", S.plain(
    "Newsletter Paritätischer <newsletter@paritaet-nrw.example>", "Newsletter August: Termine",
    """Newsletter August 2028

- Sommerakademie Ehrenamt, 2. Oktober, Anmeldung unter www.paritaet-nrw.example
- Workshop Fördermittel, Anmeldung bis 20. September
- Fachtag Vielfalt gestalten in Münster: Anmeldung per Mail an die Stadt

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: Link unten.
"""), kind="other")

# 15 "Plan B" must not become a workgroup letter
reg("de-plan-b", "Jonas Weber <jonas.weber@mail.example>", "Anmeldung",
    """Hallo,

ich möchte mich für AG 3 anmelden. Falls die voll ist, wäre mein Plan B die AG 1.

Gruß
Jonas Weber""", email="jonas.weber@mail.example", name="Jonas Weber", organisation=None, workgroups=["AG3", "AG1"],
    language="de")

# 16 "Landkreis" and "Kreis Steinfurt" are places, not groups
reg("de-landkreis-not-group", "Meryem Yıldız <meryem.yildiz@mail.example>", "Anmeldung Fachtag",
    """Guten Tag,

ich arbeite im Kreis Steinfurt, wohne aber im Landkreis Warendorf und möchte mich gerne für
den Fachtag anmelden, am liebsten AG 2.

Beste Grüße
Meryem Yıldız
Integrationsagentur Kreis Steinfurt""", email="meryem.yildiz@mail.example", name="Meryem Yıldız",
    organisation="Integrationsagentur Kreis Steinfurt", workgroups=["AG2"], language="de")

# 17 "Forum" as a web forum — a question
S.add("de-web-forum-question", S.plain(
    "Lukas Brandt <lukas.brandt@mail.example>", "Frage",
    """Hallo,

ich habe in einem Forum gelesen, dass es 4 Arbeitsgruppen gibt. Gibt es die Unterlagen
vorher als PDF?

Gruß
Lukas Brandt"""), kind="question", email="lukas.brandt@mail.example")

# 18 "Part I" of a book mentioned, choice is workgroup 2
reg("en-part-i-book", "Samuel Mensah <samuel.mensah@mail.example>", "Registration",
    """Hi,

I just read part I of your report on migration and work. I would like to register and
join the workgroup on the future of work.

Cheers,
Samuel Mensah
Ghana Union Münster""", email="samuel.mensah@mail.example", name="Samuel Mensah",
    organisation="Ghana Union Münster", workgroups=["AG2"], language="en")

# 19 address and phone numbers next to the word Gruppe
reg("de-address-numbers", "Rana Khalil <rana.khalil@mail.example>", "Anmeldung",
    """Hallo,

hiermit melde ich mich an, Gruppe Kultur und Begegnung.

Rana Khalil
Syrische Gruppe Münster e.V.
Hammer Straße 3
48153 Münster
Tel. 0251 4 22 33""", email="rana.khalil@mail.example", name="Rana Khalil",
    organisation="Syrische Gruppe Münster e.V.", workgroups=["AG3"], language="de")

# 20 "2 Personen" about last year, this year alone
reg("de-two-persons-last-year", "Branka Petrović <branka.petrovic@mail.example>", "Anmeldung",
    """Hallo,

letztes Jahr waren wir mit 2 Personen da, dieses Jahr komme ich allein. Ich melde mich für
AG 4 an.

Liebe Grüße
Branka Petrović""", email="branka.petrovic@mail.example", name="Branka Petrović", organisation=None,
    workgroups=["AG4"], language="de")

# 21 cancellation that names a workgroup
S.add("de-cancel-naming-group", S.plain(
    "Ali Reza <ali.reza@mail.example>", "Absage",
    """Hallo,

leider muss ich meine Anmeldung für die AG 2 zurückziehen, ich bin an dem Tag krank.

Gruß
Ali Reza"""), kind="cancellation", email="ali.reza@mail.example")

# 22 question "How do I register my colleague?"
S.add("en-how-register-colleague", S.plain(
    "Hannah Lee <hannah.lee@mail.example>", "Question",
    """Hello,

how do I register my colleague? She is not on your mailing list.

Thanks
Hannah Lee"""), kind="question", email="hannah.lee@mail.example")

# 23 Turkish: "eğitim" as a job word, choice AG 3
reg("tr-egitim-job-chooses-3", "Zeynep Kara <zeynep.kara@mail.example>", "Fachtag kaydı",
    """Merhaba,

eğitim alanında çalışıyorum ama bu kez 3. çalışma grubuna katılmak istiyorum.

Saygılarımla
Zeynep Kara
Türk Kadınlar Derneği Münster""", email="zeynep.kara@mail.example", name="Zeynep Kara",
    organisation="Türk Kadınlar Derneği Münster", workgroups=["AG3"], language="tr")

# 24 Russian: "будущее" in a wish, choice group 4
reg("ru-future-wish-group4", "Irina Volkova <irina.volkova@mail.example>", "Регистрация",
    """Здравствуйте,

хочу зарегистрироваться на Fachtag. Мы все думаем о будущем наших детей, но я выбираю
рабочую группу 4.

С уважением,
Ирина Волкова
Irina Volkova""", email="irina.volkova@mail.example", name="Irina Volkova", organisation=None,
    workgroups=["AG4"], language="ru")

# 25 Arabic: registration with group 1 and no topic word
reg("ar-group-1", "Omar Saleh <omar.saleh@mail.example>", "تسجيل",
    """مرحبا،

أود التسجيل في اليوم المتخصص، مجموعة العمل رقم 1.

مع التحية
عمر صالح
Omar Saleh""", email="omar.saleh@mail.example", name="Omar Saleh", organisation=None, workgroups=["AG1"],
    language="ar")

# 26 French: "avenir" in a greeting, choice AG 3
reg("fr-avenir-greeting", "Claire Dubois <claire.dubois@mail.example>", "Inscription",
    """Bonjour,

je souhaite m'inscrire au Fachtag, atelier 3. Je vous souhaite plein de succès pour l'avenir.

Cordialement,
Claire Dubois""", email="claire.dubois@mail.example", name="Claire Dubois", organisation=None,
    workgroups=["AG3"], language="fr")

# 27 signature "Münster, den 14.08.2028" and "Vorstand, Kasse" lines
reg("de-signature-vorstand-kasse", "Erol Tekin <erol.tekin@mail.example>", "Anmeldung",
    """Hallo zusammen,

ich melde mich zum Fachtag an, AG 1.

Erol Tekin
Vorstand, Kasse
Kulturverein Anadolu Münster""", email="erol.tekin@mail.example", name="Erol Tekin",
    organisation="Kulturverein Anadolu Münster", workgroups=["AG1"], language="de")

# 28 reply to the invitation: the quoted list names all groups, new text says "Kultur" only
S.add("de-reply-quoted-invitation", S.plain(
    "Ayşe Polat <ayse.polat@mail.example>", "AW: Einladung Fachtag Vielfalt gestalten",
    f"""Ich komme gern, Kultur bitte!

Ayşe Polat

Am 20.08.2028 schrieb Fachtag Vielfalt gestalten <{US}>:
{quote(INVITATION)}
"""), kind="registration", email="ayse.polat@mail.example", name="Ayşe Polat", organisation=None,
    workgroups=["AG3"], party_size=1, language="de")

# 29 "Thema Zukunft" in a question about parking — question, not a registration
S.add("de-question-zukunft-parking", S.plain(
    "Dieter Krause <dieter.krause@mail.example>", "Frage Parken",
    """Guten Tag,

ich bin schon angemeldet. Zum Thema Zukunft der Innenstadt: gibt es am Rathaus noch Parkplätze?

Gruß
Dieter Krause"""), kind="question", email="dieter.krause@mail.example")

# 30 "we are one team" — "one" must not become group 1
reg("en-one-team", "Priya Nair <priya.nair@mail.example>", "Registration",
    """Hello,

we are one team with the city, so I am happy to register. I'll join the health and care group.

Best,
Priya Nair
Indian Cultural Association Münster""", email="priya.nair@mail.example", name="Priya Nair",
    organisation="Indian Cultural Association Münster", workgroups=["AG4"], language="en")

# 31 changes group, the old one is named first
S.add("de-change-from-2-to-4", S.plain(
    "Markus Lange <markus.lange@mail.example>", "Änderung AG",
    """Hallo,

ich bin für die AG 2 angemeldet, möchte aber lieber in die AG 4 wechseln.

Gruß
Markus Lange"""), kind="change", email="markus.lange@mail.example", workgroups=["AG4"])

# 32 out-of-office that mentions future and education
S.add("de-auto-reply-bildungsurlaub", S.plain(
    "Sabine Ott <sabine.ott@mail.example>", "Abwesenheitsnotiz: Einladung Fachtag",
    """Vielen Dank für Ihre Nachricht. Ich bin bis zum 1. September im Bildungsurlaub und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin.
""", headers=[("Auto-Submitted", "auto-replied")]), kind="auto_reply")

# 33 Ukrainian: registration, group 2
reg("uk-group-2", "Oksana Melnyk <oksana.melnyk@mail.example>", "Реєстрація",
    """Добрий день,

я хочу зареєструватися на Fachtag, робоча група 2. Дякую!

З повагою,
Оксана Мельник
Oksana Melnyk""", email="oksana.melnyk@mail.example", name="Oksana Melnyk", organisation=None,
    workgroups=["AG2"], language="uk")

# 34 "I register my daughter" — she is the attendee, writer does not come (confirm to writer)
reg("de-mother-registers-daughter", "Leyla Demir <leyla.demir@mail.example>", "Anmeldung meiner Tochter",
    """Hallo,

ich melde meine Tochter Derya Demir für die AG 1 an. Sie studiert Lehramt.
Bitte schicken Sie die Bestätigung an mich.

Viele Grüße
Leyla Demir""", email="leyla.demir@mail.example", name="Derya Demir", organisation=None, workgroups=["AG1"],
    language="de")

# 35 "Gesundheit!" / wishes in a registration that picks AG 2
reg("de-wishes-gesundheit", "Thomas Becker <thomas.becker@mail.example>", "Anmeldung",
    """Hallo Frau Schulz,

ich melde mich für die AG 2 an. Ihnen gute Besserung und vor allem Gesundheit!

Viele Grüße
Thomas Becker""", email="thomas.becker@mail.example", name="Thomas Becker", organisation=None,
    workgroups=["AG2"], language="de")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
