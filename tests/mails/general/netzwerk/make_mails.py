#!/usr/bin/env python3
"""Write the held-out mails of event 3 ("Netzwerktag": workgroups named by topic only,
ids SPRACHE, GESUND, ARBEIT, JUGEND) and expected.json.

    python3 tests/mails/general/netzwerk/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

S = MailSet("Netzwerktag Osnabrück <netzwerktag@vielfalt-os.example>", "Tue, 30 May 2028 10:15:00 +0200")
US = "netzwerktag@vielfalt-os.example"

INVITATION = """Liebe Engagierte in Vereinen und Initiativen,

am 17. Juni 2028 laden wir zum Netzwerktag in die Lagerhalle ein. Am Nachmittag
arbeiten wir in vier Arbeitsgruppen:

- Sprache & Integration
- Gesundheit & Pflege
- Arbeitsmarkt & Ausbildung
- Jugend & Familie

Bitte schreiben Sie uns bis 9. Juni, in welche Gruppe Sie möchten.

Büro für Vielfalt, Stadt Osnabrück"""

# 1 Re: Re: AW: thread; the quoted history names two other groups, the new text only one
S.add("de-thread-quoted-history", S.plain(
    "Hatice Korkmaz <hatice.korkmaz@mail.example>", "Re: Re: AW: Netzwerktag 17. Juni",
    f"""Alles klar, dann nehme ich Gesundheit & Pflege. Danke für die schnelle Antwort!

Hatice Korkmaz
Türkischer Frauenverein Osnabrück

Am 29.05.2028 um 16:02 schrieb Netzwerktag Osnabrück <{US}>:
> Liebe Frau Korkmaz,
>
> leider ist die Gruppe Sprache & Integration schon voll. In Gesundheit & Pflege
> und Jugend & Familie sind noch Plätze frei.
>
> Viele Grüße, Büro für Vielfalt
>
> Am 28.05.2028 um 09:40 schrieb Hatice Korkmaz:
>> Hallo, ich würde gern zum Netzwerktag kommen, am liebsten in die Gruppe Sprache.
>> Geht das noch?
>>
{quote(quote(INVITATION))}
"""), kind="registration", email="hatice.korkmaz@mail.example", name="Hatice Korkmaz",
    organisation="Türkischer Frauenverein Osnabrück", workgroups=["GESUND"], party_size=1, language="de")

# 2 a secretary registers her boss and asks to confirm to him
S.add("de-secretary-boss-confirm-to-him", S.plain(
    "Sekretariat Caritas Migrationsdienst <sekretariat@caritas-os.example>", "Anmeldung Netzwerktag",
    """Sehr geehrte Damen und Herren,

hiermit melde ich Herrn Dr. Stefan Albers, Leiter unseres Migrationsdienstes, zum
Netzwerktag an. Er möchte in die Arbeitsgruppe Arbeitsmarkt & Ausbildung.
Bitte senden Sie die Bestätigung direkt an ihn: s.albers@caritas-os.example

Mit freundlichen Grüßen
i. A. Monika Reuter
Sekretariat
Caritasverband Osnabrück
"""), kind="registration", email="s.albers@caritas-os.example", name="Stefan Albers",
    organisation="Caritasverband Osnabrück", workgroups=["ARBEIT"], party_size=1, language="de")

# 3 a person registers herself and two colleagues, giving their addresses
S.add("de-self-and-two-colleagues-with-addresses", S.plain(
    "Birgit Lammers <b.lammers@jugendhaus-os.example>", "Anmeldung Jugend & Familie",
    """Hallo zusammen,

ich möchte mich und zwei Kolleginnen für den Netzwerktag anmelden:

- Aylin Demir (a.demir@jugendhaus-os.example)
- Petra Lange (p.lange@jugendhaus-os.example)

Wir möchten alle drei in die Gruppe Jugend & Familie.

Viele Grüße
Birgit Lammers
Jugendhaus Schinkel
"""), kind="registration", email="b.lammers@jugendhaus-os.example", name="Birgit Lammers",
    organisation="Jugendhaus Schinkel", workgroups=["JUGEND"], party_size=3, language="de")

# 4 short mobile mail, only a phone line as signature
S.add("de-phone-signature-only", S.plain(
    "Mehmet Yıldırım <mehmet.yildirim@mail.example>", "Netzwerktag",
    """Hallo, ich melde mich an für Sprache & Integration.

Mehmet
Tel. 0176 5550123
"""), kind="registration", email="mehmet.yildirim@mail.example", name="Mehmet Yıldırım",
    organisation=None, workgroups=["SPRACHE"], party_size=1, language="de")

# 5 HTML-only newsletter without list headers; it names the groups and says "abmelden"
S.add("de-html-newsletter-no-headers", S.html(
    "Paritätischer Osnabrück <newsletter@paritaet-os.example>", "Newsletter Juni: Netzwerktag, Fördertöpfe, Termine",
    """<html><body><table width="600"><tr><td>
<h1>Newsletter Juni 2028</h1>
<h2>Netzwerktag Migration und Teilhabe</h2>
<p>Am 17. Juni findet der Netzwerktag statt. Themen sind Sprache, Gesundheit, Arbeitsmarkt und Jugend.
Anmeldung direkt beim Büro für Vielfalt.</p>
<h2>Neue Fördertöpfe</h2>
<p>Der Landesfonds für Integration fördert wieder kleine Projekte bis 5.000 Euro.</p>
<p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie Mitglied im Paritätischen sind.
<a href="https://paritaet-os.example/nl/abmelden">Newsletter abmelden</a></p>
</td></tr></table></body></html>"""), kind="other")

# 6 German out-of-office without any header
S.add("de-out-of-office-no-header", S.plain(
    "Andreas Vogt <andreas.vogt@stadt-os.example>", "Re: Netzwerktag 17. Juni",
    """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 12.06.2028 nicht im Büro. Ihre Nachricht wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buero@stadt-os.example.

Andreas Vogt
"""), kind="auto_reply")

# 7 Turkish out-of-office with an Auto-Submitted header
S.add("tr-out-of-office-header", S.plain(
    "Serkan Aksoy <serkan.aksoy@mail.example>", "Ofis dışında: Netzwerktag 17. Juni",
    """Merhaba,

5 Haziran'a kadar ofiste değilim. Döndüğümde e-postanıza cevap vereceğim.

Serkan Aksoy
""", headers=[("Auto-Submitted", "auto-replied")]), kind="auto_reply")

# 8 Arabic and English out-of-office, no header
S.add("ar-en-out-of-office-no-header", S.plain(
    "Rania Haddad <rania.haddad@mail.example>", "Re: Netzwerktag 17. Juni",
    """أنا خارج المكتب حتى ١٠ يونيو ولن أتمكن من الرد على البريد الإلكتروني.

I am out of the office until 10 June with no access to e-mail.

Rania Haddad
"""), kind="auto_reply")

# 9 Postfix bounce as plain text
S.add("bounce-postfix-plain", S.plain(
    "MAILER-DAEMON@mx.vielfalt-os.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx.vielfalt-os.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<vorstand@afrika-forum-os.example>: host mx.afrika-forum-os.example[192.0.2.44]
    said: 550 5.1.1 <vorstand@afrika-forum-os.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""), kind="bounce", bounced_recipient="vorstand@afrika-forum-os.example")

# 10 change "statt X lieber Y", topics only
S.add("de-change-statt-lieber", S.plain(
    "Jonas Brinkmann <jonas.brinkmann@mail.example>", "Änderung meiner Anmeldung",
    """Hallo,

ich hatte mich letzte Woche angemeldet. Könnten Sie mich statt Sprache lieber in
Arbeitsmarkt & Ausbildung eintragen? Danke!

Jonas Brinkmann
"""), kind="change", email="jonas.brinkmann@mail.example", name="Jonas Brinkmann",
    workgroups=["ARBEIT"], language="de")

# 11 Arabic cancellation
S.add("ar-cancellation", S.plain(
    "Khaled Mansour <khaled.mansour@mail.example>", "إلغاء التسجيل",
    """مرحباً،

للأسف لن أتمكن من الحضور يوم ١٧ يونيو، أرجو إلغاء تسجيلي.

مع الشكر
خالد منصور
"""), kind="cancellation", email="khaled.mansour@mail.example", name="خالد منصور", language="ar")

# 12 Farsi cancellation
S.add("fa-cancellation", S.plain(
    "Maryam Rahimi <maryam.rahimi@mail.example>", "لغو ثبت نام",
    """سلام،

متاسفانه نمی‌توانم در روز شبکه شرکت کنم. لطفاً ثبت نام من را لغو کنید.

با تشکر
مریم رحیمی
"""), kind="cancellation", email="maryam.rahimi@mail.example", name="مریم رحیمی", language="fa")

# 13 Polish cancellation
S.add("pl-cancellation", S.plain(
    "Katarzyna Nowak <k.nowak@polonia-os.example>", "Rezygnacja",
    """Dzień dobry,

niestety muszę zrezygnować z udziału w Netzwerktag. Proszę o wykreślenie mnie z listy.

Pozdrawiam serdecznie
Katarzyna Nowak
"""), kind="cancellation", email="k.nowak@polonia-os.example", name="Katarzyna Nowak", language="pl")

# 14 German question only
S.add("de-question-childcare", S.plain(
    "Ewa Schulz <ewa.schulz@mail.example>", "Frage Kinderbetreuung",
    """Guten Tag,

gibt es am 17. Juni eine Kinderbetreuung? Davon hängt ab, ob ich mich anmelden kann.

Viele Grüße
Ewa Schulz
"""), kind="question", email="ewa.schulz@mail.example", name="Ewa Schulz", language="de")

# 15 English question, will register later
S.add("en-question-interpreting", S.plain(
    "Samuel Boateng <samuel.boateng@mail.example>", "Interpreting at the Netzwerktag?",
    """Hello,

will there be English interpreting in the health group? If so, I will register next week.

Thanks,
Samuel Boateng
"""), kind="question", email="samuel.boateng@mail.example", name="Samuel Boateng", language="en")

# 16 typos in the topic names
S.add("de-typos-in-topics", S.plain(
    "Olga Becker <olga.becker@mail.example>", "Anmeldung",
    """Hallo,

ich möchte mich gern anmelden für die Gruppe Gesundheit und Plfege.

Grüße
Olga Becker
"""), kind="registration", email="olga.becker@mail.example", name="Olga Becker",
    organisation=None, workgroups=["GESUND"], party_size=1, language="de")

# 17 transliterated name, German written by a newcomer, topic with a typo
S.add("de-transliterated-name-arbeitsmakrt", S.plain(
    "Oleksandr Kovalenko <oleksandr.kovalenko@mail.example>", "Anmeldung Netzwerktag",
    """Guten Tag,

ich will mich anmelden für Netzwerktag. Ich interessiere mich für Arbeitsmakrt und Ausbildung,
weil ich Ingenieur bin.

Mit freundlichen Grüßen
Oleksandr Kovalenko
"""), kind="registration", email="oleksandr.kovalenko@mail.example", name="Oleksandr Kovalenko",
    organisation=None, workgroups=["ARBEIT"], party_size=1, language="de")

# 18 all capitals
S.add("de-all-caps", S.plain(
    "ALI KAYA <ali.kaya@mail.example>", "ANMELDUNG",
    """HALLO, ICH MÖCHTE MICH ANMELDEN FÜR GESUNDHEIT UND PFLEGE. WIR SIND ZU ZWEIT.
GRUSS ALI KAYA
KURDISCHER KULTURVEREIN OSNABRÜCK
"""), kind="registration", email="ali.kaya@mail.example", name="Ali Kaya",
    organisation="Kurdischer Kulturverein Osnabrück", workgroups=["GESUND"], party_size=2, language="de")

# 19 the group only in the subject
S.add("de-group-only-in-subject", S.plain(
    "Sandra Hoffmann <sandra.hoffmann@mail.example>", "Anmeldung AG Jugend",
    """Hallo,

hiermit melde ich mich verbindlich an.

Viele Grüße
Sandra Hoffmann
"""), kind="registration", email="sandra.hoffmann@mail.example", name="Sandra Hoffmann",
    organisation=None, workgroups=["JUGEND"], party_size=1, language="de")

# 20 Russian, the German topic in quotes
S.add("ru-topic-in-quotes", S.plain(
    "Elena Morozova <elena.morozova@mail.example>", "Регистрация",
    """Здравствуйте!

Хочу записаться на Netzwerktag, в рабочую группу «Sprache & Integration».

С уважением,
Елена Морозова
Русскоязычный родительский клуб Оснабрюк
"""), kind="registration", email="elena.morozova@mail.example", name="Елена Морозова",
    organisation="Русскоязычный родительский клуб Оснабрюк", workgroups=["SPRACHE"], party_size=1,
    language="ru")

# 21 Turkish, German topic word with a Turkish group noun
S.add("tr-jugend-grubuna", S.plain(
    "Emine Çelik <emine.celik@mail.example>", "Netzwerktag kaydı",
    """Merhaba,

Netzwerktag'e katılmak istiyorum, Jugend grubuna yazılmak istiyorum. Kızım da benimle gelecek.

Saygılarımla
Emine Çelik
"""), kind="registration", email="emine.celik@mail.example", name="Emine Çelik",
    organisation=None, workgroups=["JUGEND"], party_size=2, language="tr")

# 22 French, German topic title in guillemets
S.add("fr-atelier-title", S.plain(
    "Aminata Diallo <aminata.diallo@mail.example>", "Inscription Netzwerktag",
    """Bonjour,

je souhaite m'inscrire au Netzwerktag, dans le groupe « Gesundheit & Pflege ».

Cordialement,
Aminata Diallo
Association des Femmes Africaines d'Osnabrück
"""), kind="registration", email="aminata.diallo@mail.example", name="Aminata Diallo",
    organisation="Association des Femmes Africaines d'Osnabrück", workgroups=["GESUND"], party_size=1,
    language="fr")

# 23 Italian cancellation
S.add("it-cancellation", S.plain(
    "Giulia Romano <giulia.romano@mail.example>", "Disdetta",
    """Buongiorno,

purtroppo non potrò partecipare al Netzwerktag. Vi chiedo di cancellare la mia iscrizione.

Cordiali saluti
Giulia Romano
"""), kind="cancellation", email="giulia.romano@mail.example", name="Giulia Romano", language="it")

# 24 Ukrainian cancellation, can't come
S.add("uk-cancellation", S.plain(
    "Iryna Bondarenko <iryna.bondarenko@mail.example>", "Скасування",
    """Добрий день!

На жаль, я не зможу прийти 17 червня. Прошу скасувати мою реєстрацію.

Ірина Бондаренко
"""), kind="cancellation", email="iryna.bondarenko@mail.example", name="Ірина Бондаренко", language="uk")

# 25 English, first choice and a fallback, topics only
S.add("en-first-choice-fallback", S.plain(
    "Nadia Farouk <nadia.farouk@mail.example>", "Registration Netzwerktag",
    """Hi,

I'd like to register for the Netzwerktag. My first choice would be the youth group;
if that is full, language would be fine too.

Best,
Nadia Farouk
Youth Bridges Osnabrück
"""), kind="registration", email="nadia.farouk@mail.example", name="Nadia Farouk",
    organisation="Youth Bridges Osnabrück", workgroups=["JUGEND", "SPRACHE"], party_size=1, language="en")

# 26 Outlook forward of a member's registration by the chair ("unseres Mitglieds": the chair's association)
S.add("de-outlook-forward-member", S.plain(
    "Vorstand Eritreische Gemeinde <vorstand@eritrea-os.example>", "WG: Anmeldung",
    """Hallo,

anbei die Anmeldung unseres Mitglieds, bitte direkt an ihn bestätigen.

Gruß, der Vorstand

-----Ursprüngliche Nachricht-----
Von: Yonas Tesfaye <yonas.tesfaye@mail.example>
Gesendet: Montag, 29. Mai 2028 20:11
An: vorstand@eritrea-os.example
Betreff: Anmeldung

Hallo, kannst du mich bitte für den Netzwerktag anmelden? Ich möchte in die Gruppe Ausbildung.

Yonas Tesfaye
"""), kind="registration", email="yonas.tesfaye@mail.example", name="Yonas Tesfaye",
    organisation="Eritreische Gemeinde", workgroups=["ARBEIT"], party_size=1, language="de")

# 27 thanks for the confirmation, which is quoted and names a group
S.add("de-thanks-for-confirmation", S.plain(
    "Hatice Korkmaz <hatice.korkmaz@mail.example>", "Re: Ihre Anmeldung zum Netzwerktag",
    f"""Vielen Dank, bis zum 17.!

Hatice Korkmaz

Am 30.05.2028 um 08:00 schrieb Netzwerktag Osnabrück <{US}>:
> Liebe Frau Korkmaz,
> Sie sind für die Gruppe Gesundheit & Pflege angemeldet.
"""), kind="other")

# 28 change of party size only
S.add("de-change-party-size", S.plain(
    "Birgit Lammers <b.lammers@jugendhaus-os.example>", "Re: Anmeldung Jugend & Familie",
    """Hallo nochmal,

eine Kollegin ist krank geworden, wir kommen nur noch zu zweit statt zu dritt.

Birgit Lammers
"""), kind="change", email="b.lammers@jugendhaus-os.example", name="Birgit Lammers", workgroups=[],
    language="de")

# 29 Russian question only
S.add("ru-question-translation", S.plain(
    "Dmitri Sokolov <dmitri.sokolov@mail.example>", "Вопрос",
    """Здравствуйте,

будет ли на мероприятии перевод на русский язык? Моя мама плохо понимает по-немецки.

Дмитрий Соколов
"""), kind="question", email="dmitri.sokolov@mail.example", name="Дмитрий Соколов", language="ru")

# 30 a secretary registers her boss with no address for him (the boss attends)
S.add("de-secretary-boss-no-address", S.plain(
    "Büro Integrationsrat <buero@integrationsrat-os.example>", "Anmeldung Netzwerktag",
    """Guten Tag,

ich melde hiermit unsere Vorsitzende, Frau Leyla Arslan, für den Netzwerktag an.
Sie interessiert sich für die Gruppe Sprache & Integration.

Freundliche Grüße
Jana Meyer
Geschäftsstelle Integrationsrat Osnabrück
"""), kind="registration", email="buero@integrationsrat-os.example", name="Leyla Arslan",
    organisation="Integrationsrat Osnabrück", workgroups=["SPRACHE"], party_size=1, language="de")

# 31 Spanish registration, with the husband, topic in German
S.add("es-with-husband", S.plain(
    "Lucía Fernández <lucia.fernandez@mail.example>", "Inscripción Netzwerktag",
    """Hola,

quisiera inscribirme en el Netzwerktag, en el grupo de Arbeitsmarkt. Iré con mi marido.

Un saludo,
Lucía Fernández
"""), kind="registration", email="lucia.fernandez@mail.example", name="Lucía Fernández",
    organisation=None, workgroups=["ARBEIT"], party_size=2, language="es")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
