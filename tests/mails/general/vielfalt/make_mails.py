#!/usr/bin/env python3
"""Write the held-out mails of event 5 ("Forum der Vielfalt": Kreis 1 … Kreis 3 = K1 … K3,
written to by migrant communities in many languages and scripts) and expected.json.

    python3 tests/mails/general/vielfalt/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

S = MailSet("Forum der Vielfalt <forum@vielfalt-bi.example>", "Wed, 6 Sep 2028 09:30:00 +0200")
US = "forum@vielfalt-bi.example"

INVITATION = """Liebe Vereine, Initiativen und Communities,

am 23. September 2028 findet in der Ravensberger Spinnerei das Forum der Vielfalt statt.
Am Nachmittag arbeiten wir in drei Gesprächskreisen:

Kreis 1: Kultur
Kreis 2: Bildung
Kreis 3: Arbeit

Bitte melden Sie sich bis 15. September an und nennen Sie Ihren Kreis.

Integrationsbüro Bielefeld"""

CONFIRMATION = """Guten Tag,

vielen Dank für Ihre Anmeldung zum Forum der Vielfalt am 23. September 2028.
Sie sind für Kreis 1: Kultur angemeldet (1 Person).

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Forum der Vielfalt"""

# 1 Albanian registration with an association
S.add("sq-registration-association", S.plain(
    "Arben Krasniqi <arben.krasniqi@mail.example>", "Regjistrim Forum der Vielfalt",
    """Përshëndetje,

dëshiroj të regjistrohem për Forum der Vielfalt më 23 shtator. Do të marr pjesë në Kreis 2.
Faleminderit për ftesën!

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare Bielefeld
"""), kind="registration", email="arben.krasniqi@mail.example", name="Arben Krasniqi",
    organisation="Shoqata Kulturore Shqiptare Bielefeld", workgroups=["K2"], party_size=1, language="sq")

# 2 Croatian registration, two persons
S.add("hr-registration-with-wife", S.plain(
    "Ivan Horvat <ivan.horvat@mail.example>", "Prijava za Forum",
    """Poštovani,

želio bih se prijaviti na Forum der Vielfalt, za Kreis 3. Dolazim sa suprugom,
dakle ukupno dvije osobe.

Lijepi pozdrav,
Ivan Horvat
"""), kind="registration", email="ivan.horvat@mail.example", name="Ivan Horvat",
    organisation=None, workgroups=["K3"], party_size=2, language="hr")

# 3 Serbian in Cyrillic
S.add("sr-cyrillic-registration", S.plain(
    "Драган Јовановић <dragan.jovanovic@mail.example>", "Пријава",
    """Поштовани,

пријављујем се за Форум разноликости 23. септембра. Желео бих да учествујем у Kreis 1 (култура).
Хвала унапред.

Срдачан поздрав,
Драган Јовановић
Српско културно друштво Билефелд
"""), kind="registration", email="dragan.jovanovic@mail.example", name="Драган Јовановић",
    organisation="Српско културно друштво Билефелд", workgroups=["K1"], party_size=1, language="sr")

# 4 Bulgarian registration
S.add("bg-registration", S.plain(
    "Мария Петрова <maria.petrova@mail.example>", "Регистрация за форума",
    """Здравейте,

бих искала да се регистрирам за Форума на многообразието. Интересувам се от Kreis 2 – образование.
Благодаря предварително!

Поздрави,
Мария Петрова
"""), kind="registration", email="maria.petrova@mail.example", name="Мария Петрова",
    organisation=None, workgroups=["K2"], party_size=1, language="bg")

# 5 Romanian registration with the wife
S.add("ro-registration-with-wife", S.plain(
    "Andrei Popescu <andrei.popescu@mail.example>", "Înscriere Forum der Vielfalt",
    """Bună ziua,

aș dori să mă înscriu la Forum der Vielfalt, la Kreis 3 (Arbeit). Vin împreună cu soția mea.

Cu stimă,
Andrei Popescu
Asociația Românilor din Bielefeld
"""), kind="registration", email="andrei.popescu@mail.example", name="Andrei Popescu",
    organisation="Asociația Românilor din Bielefeld", workgroups=["K3"], party_size=2, language="ro")

# 6 Greek registration
S.add("el-registration", S.plain(
    "Eleni Papadopoulou <eleni.papadopoulou@mail.example>", "Συμμετοχή στο Forum",
    """Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στο Forum der Vielfalt στις 23 Σεπτεμβρίου, στον Kreis 1.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μπίλεφελντ
"""), kind="registration", email="eleni.papadopoulou@mail.example", name="Ελένη Παπαδοπούλου",
    organisation="Ελληνική Κοινότητα Μπίλεφελντ", workgroups=["K1"], party_size=1, language="el")

# 7 Brazilian Portuguese, with the daughter
S.add("pt-with-daughter", S.plain(
    "Fernanda Souza <fernanda.souza@mail.example>", "Inscrição",
    """Olá,

gostaria de me inscrever no Forum der Vielfalt, no Kreis 2. Vou com a minha filha.

Abraços,
Fernanda Souza
"""), kind="registration", email="fernanda.souza@mail.example", name="Fernanda Souza",
    organisation=None, workgroups=["K2"], party_size=2, language="pt")

# 8 Kurdish (Kurmanji) registration
S.add("ku-kurmanji-registration", S.plain(
    "Rojda Aydin <rojda.aydin@mail.example>", "Tomarkirin",
    """Silav û rêz,

ez dixwazim beşdarî Forum der Vielfalt bibim. Ez ê di Kreis 1 de bim, ji ber ku çand ji bo me
pir girîng e. Spas ji bo vexwendinê.

Bi silav,
Rojda Aydin
Komeleya Jinên Kurd Bielefeld
"""), kind="registration", email="rojda.aydin@mail.example", name="Rojda Aydin",
    organisation="Komeleya Jinên Kurd Bielefeld", workgroups=["K1"], party_size=1, language="ku")

# 9 Somali registration
S.add("so-registration", S.plain(
    "Hodan Warsame <hodan.warsame@mail.example>", "Is diiwaangelin",
    """Salaan,

waxaan jeclaan lahaa inaan iska diiwaangeliyo Forum der Vielfalt. Waxaan doortay Kreis 2,
waxbarashada. Mahadsanid.

Hodan Warsame
"""), kind="registration", email="hodan.warsame@mail.example", name="Hodan Warsame",
    organisation=None, workgroups=["K2"], party_size=1, language="so")

# 10 Swahili registration
S.add("sw-registration", S.plain(
    "Baraka Mwangi <baraka.mwangi@mail.example>", "Usajili wa Forum",
    """Habari,

ningependa kujiandikisha kwa Forum der Vielfalt tarehe 23 Septemba. Nitashiriki katika Kreis 3.
Asante sana.

Wako,
Baraka Mwangi
"""), kind="registration", email="baraka.mwangi@mail.example", name="Baraka Mwangi",
    organisation=None, workgroups=["K3"], party_size=1, language="sw")

# 11 Tigrinya in Ge'ez script
S.add("ti-geez-registration", S.plain(
    "Tesfay Gebremariam <tesfay.gm@mail.example>", "ምዝገባ",
    """ሰላም፡

ኣብ Forum der Vielfalt ክሳተፍ እደሊ እየ። ኣብ Kreis 3 ክሰርሕ ደስ ይብለኒ።
የቐንየለይ።

ተስፋይ ገብረማርያም
"""), kind="registration", email="tesfay.gm@mail.example", name="ተስፋይ ገብረማርያም",
    organisation=None, workgroups=["K3"], party_size=1, language="ti")

# 12 Amharic in Ge'ez script
S.add("am-geez-registration", S.plain(
    "Selam Tadesse <selam.tadesse@mail.example>", "ምዝገባ ለፎረሙ",
    """ጤና ይስጥልኝ፣

በForum der Vielfalt ላይ መሳተፍ እፈልጋለሁ። Kreis 2 ውስጥ መሆን እፈልጋለሁ።
አመሰግናለሁ።

ሰላም ታደሰ
"""), kind="registration", email="selam.tadesse@mail.example", name="ሰላም ታደሰ",
    organisation=None, workgroups=["K2"], party_size=1, language="am")

# 13 Dari (written in Persian letters): fa
S.add("fa-dari-registration", S.plain(
    "Zarghona Ahmadi <zarghona.ahmadi@mail.example>", "ثبت نام",
    """سلام،

می‌خواهم در Forum der Vielfalt ثبت نام کنم. در Kreis 2 شرکت می‌کنم. با تشکر.

زرغونه احمدی
"""), kind="registration", email="zarghona.ahmadi@mail.example", name="زرغونه احمدی",
    organisation=None, workgroups=["K2"], party_size=1, language="fa")

# 14 Pashto
S.add("ps-registration", S.plain(
    "Gul Ahmad Zazai <gulahmad.zazai@mail.example>", "نوم لیکنه",
    """السلام علیکم،

زه غواړم چې په Forum der Vielfalt کې ګډون وکړم. زه به په Kreis 3 کې یم. ډېره مننه.

ګل احمد ځاځی
"""), kind="registration", email="gulahmad.zazai@mail.example", name="ګل احمد ځاځی",
    organisation=None, workgroups=["K3"], party_size=1, language="ps")

# 15 Urdu
S.add("ur-registration", S.plain(
    "Imran Qureshi <imran.qureshi@mail.example>", "رجسٹریشن",
    """السلام علیکم،

میں Forum der Vielfalt میں شرکت کرنا چاہتا ہوں۔ میرا انتخاب Kreis 1 ہے۔ شکریہ۔

عمران قریشی
"""), kind="registration", email="imran.qureshi@mail.example", name="عمران قریشی",
    organisation=None, workgroups=["K1"], party_size=1, language="ur")

# 16 Vietnamese with an association
S.add("vi-registration-association", S.plain(
    "Nguyen Thi Lan <lan.nguyen@mail.example>", "Đăng ký tham gia",
    """Xin chào,

tôi muốn đăng ký tham gia Forum der Vielfalt, nhóm Kreis 2. Cảm ơn rất nhiều.

Trân trọng,
Nguyễn Thị Lan
Hội Người Việt Bielefeld
"""), kind="registration", email="lan.nguyen@mail.example", name="Nguyễn Thị Lan",
    organisation="Hội Người Việt Bielefeld", workgroups=["K2"], party_size=1, language="vi")

# 17 Tamil
S.add("ta-registration", S.plain(
    "Kumaran Sivakumar <kumaran.s@mail.example>", "பதிவு",
    """வணக்கம்,

Forum der Vielfalt நிகழ்வில் கலந்துகொள்ள பதிவு செய்ய விரும்புகிறேன். Kreis 1 தேர்வு செய்கிறேன்.
நன்றி.

குமரன் சிவகுமார்
"""), kind="registration", email="kumaran.s@mail.example", name="குமரன் சிவகுமார்",
    organisation=None, workgroups=["K1"], party_size=1, language="ta")

# 18 Spanish, casual, with two friends
S.add("es-casual-two-friends", S.plain(
    "Carmen Ruiz <carmen.ruiz@mail.example>", "Forum",
    """Buenas!

Me apunto al Kreis 1 y vienen conmigo dos amigas.

Besos,
Carmen Ruiz
"""), kind="registration", email="carmen.ruiz@mail.example", name="Carmen Ruiz",
    organisation=None, workgroups=["K1"], party_size=3, language="es")

# 19 Polish with the husband
S.add("pl-with-husband", S.plain(
    "Katarzyna Nowak <k.nowak@mail.example>", "Zgłoszenie",
    """Dzień dobry,

zgłaszam swój udział w Forum der Vielfalt, Kreis 2. Będę z mężem.

Pozdrawiam serdecznie
Katarzyna Nowak
"""), kind="registration", email="k.nowak@mail.example", name="Katarzyna Nowak",
    organisation=None, workgroups=["K2"], party_size=2, language="pl")

# 20 Italian, association, Arbeit named by topic
S.add("it-association-topic", S.plain(
    "Giuseppe Russo <g.russo@mail.example>", "Iscrizione al Forum",
    """Salve,

mi iscrivo volentieri al Forum der Vielfalt. Mi interessa il cerchio sul lavoro, cioè Kreis 3.

Cordiali saluti
Giuseppe Russo
Associazione Italiani a Bielefeld
"""), kind="registration", email="g.russo@mail.example", name="Giuseppe Russo",
    organisation="Associazione Italiani a Bielefeld", workgroups=["K3"], party_size=1, language="it")

# 21 reply to our own confirmation: moves from Kreis 1 to Kreis 3; the quote names Kreis 1
S.add("de-reply-confirmation-change", S.plain(
    "Nadia Haddad <nadia.haddad@mail.example>", "Re: Anmeldebestätigung Forum der Vielfalt",
    f"""Hallo,

könnten Sie mich bitte in Kreis 3 umbuchen? Kultur passt doch nicht so gut.

Danke und viele Grüße
Nadia Haddad

Am 04.09.2028 um 11:12 schrieb Forum der Vielfalt <{US}>:
{quote(CONFIRMATION)}
"""), kind="change", email="nadia.haddad@mail.example", name="Nadia Haddad",
    organisation=None, workgroups=["K3"], party_size=None, language="de")

# 22 reply to our own confirmation, cancelling in English
S.add("en-reply-confirmation-cancel", S.plain(
    "Samuel Osei <samuel.osei@mail.example>", "Re: Anmeldebestätigung Forum der Vielfalt",
    f"""Dear team,

unfortunately I can't make it on the 23rd after all, please cancel my place.

Best,
Samuel Osei

On Mon, 4 Sep 2028 at 11:12, Forum der Vielfalt <{US}> wrote:
{quote(CONFIRMATION)}
"""), kind="cancellation", email="samuel.osei@mail.example", name="Samuel Osei",
    organisation=None, workgroups=[], party_size=None, language="en")

# 23 umbrella organisation: the chair and two members, one list line each, all for Kreis 2
S.add("de-umbrella-members-list", S.plain(
    "Dachverband Migrantenorganisationen OWL <info@dmo-owl.example>", "Anmeldung Forum der Vielfalt",
    """Sehr geehrte Damen und Herren,

für den Dachverband melde ich mich selbst und zwei Mitglieder für Kreis 2 an:

1. Aylin Şahin (Vorsitzende)
2. Mamadou Diallo
3. Oksana Kovalenko

Mit freundlichen Grüßen
Aylin Şahin
Dachverband der Migrantenorganisationen OWL e.V.
"""), kind="registration", email="info@dmo-owl.example", name="Aylin Şahin",
    organisation="Dachverband der Migrantenorganisationen OWL", workgroups=["K2"], party_size=3, language="de")

# 24 the body is only the group and a head count
S.add("de-only-group-and-count", S.plain(
    "Stefan Kowalczyk <stefan.kowalczyk@mail.example>", "Anmeldung",
    """Kreis 3, 2 Personen
"""), kind="registration", email="stefan.kowalczyk@mail.example", name="Stefan Kowalczyk",
    organisation=None, workgroups=["K3"], party_size=2, language="de")

# 25 the body is only the id; the subject says it is a sign-up
S.add("de-only-id", S.plain(
    "Miriam Tesfaye <miriam.tesfaye@mail.example>", "Anmeldung Forum der Vielfalt",
    """K2
"""), kind="registration", email="miriam.tesfaye@mail.example", name="Miriam Tesfaye",
    organisation=None, workgroups=["K2"], party_size=1, language="de")

# 26 academic titles and a Dutch particle
S.add("de-prof-dr-van-den", S.plain(
    "Sekretariat Prof. van den Heuvel <sekretariat.heuvel@uni-bi.example>", "Teilnahme Forum der Vielfalt",
    """Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Forum der Vielfalt an, Kreis 2: Bildung.

Mit freundlichen Grüßen
Prof. Dr. Jan-Willem van den Heuvel
Institut für Migrationsforschung, Universität Bielefeld
"""), kind="registration", email="sekretariat.heuvel@uni-bi.example", name="Jan-Willem van den Heuvel",
    organisation="Institut für Migrationsforschung, Universität Bielefeld", workgroups=["K2"], party_size=1,
    language="de")

# 27 English, Arabic name with bin and Al-
S.add("en-bin-al-name", S.plain(
    "Khalid Al-Mansouri <khalid.almansouri@mail.example>", "Registration Forum der Vielfalt",
    """Hello,

I would like to register for the Forum der Vielfalt, Kreis 3 please.

Kind regards,
Dr. Khalid bin Rashid Al-Mansouri
Arab Community Centre Bielefeld
"""), kind="registration", email="khalid.almansouri@mail.example", name="Khalid bin Rashid Al-Mansouri",
    organisation="Arab Community Centre Bielefeld", workgroups=["K3"], party_size=1, language="en")

# 28 German, name beginning with Abu
S.add("de-abu-name", S.plain(
    "abubakr.siddiqui@mail.example", "Anmeldung",
    """Guten Tag,

ich möchte gerne am Forum teilnehmen, am liebsten im Kreis Kultur.

Viele Grüße
Abu Bakr Siddiqui
"""), kind="registration", email="abubakr.siddiqui@mail.example", name="Abu Bakr Siddiqui",
    organisation=None, workgroups=["K1"], party_size=1, language="de")

# 29 French, name with 'de la'
S.add("fr-de-la-name", S.plain(
    "M.-C. de la Fontaine <mc.delafontaine@mail.example>", "Inscription au Forum",
    """Bonjour,

je souhaite m'inscrire au Forum der Vielfalt pour le Kreis 1 (culture).

Bien cordialement,
Marie-Claire de la Fontaine
Association Afrique-Europe Bielefeld
"""), kind="registration", email="mc.delafontaine@mail.example", name="Marie-Claire de la Fontaine",
    organisation="Association Afrique-Europe Bielefeld", workgroups=["K1"], party_size=1, language="fr")

# 30 a family
S.add("de-family-four", S.plain(
    "Mehmet Yılmaz <mehmet.yilmaz@mail.example>", "Anmeldung Familie Yılmaz",
    """Hallo,

wir kommen als Familie Yılmaz, 4 Personen, in Kreis 1.

Gruß
Mehmet Yılmaz
"""), kind="registration", email="mehmet.yilmaz@mail.example", name="Mehmet Yılmaz",
    organisation=None, workgroups=["K1"], party_size=4, language="de")

# 31 German greeting, Arabic body: the answer goes in Arabic
S.add("mixed-de-greeting-ar-body", S.plain(
    "Omar Khatib <omar.khatib@mail.example>", "Anmeldung",
    """Hallo,

أود التسجيل في منتدى التنوع يوم 23 سبتمبر. أرغب في المشاركة في Kreis 2 الخاص بالتعليم.
شكرا جزيلا.

عمر الخطيب
"""), kind="registration", email="omar.khatib@mail.example", name="عمر الخطيب",
    organisation=None, workgroups=["K2"], party_size=1, language="ar")

# 32 Outlook quoted block (Von:/Gesendet:/An:/Betreff:) with the invitation below
S.add("de-outlook-quoted-invitation", S.plain(
    "Svetlana Morozova <s.morozova@russischer-verein-bi.example>", "AW: Einladung Forum der Vielfalt",
    f"""Guten Tag,

gern nehme ich teil, bitte für Kreis 2 eintragen.

Mit freundlichen Grüßen
Svetlana Morozova
Russisch-Deutscher Kulturverein Bielefeld

Von: Forum der Vielfalt <{US}>
Gesendet: Montag, 28. August 2028 10:05
An: s.morozova@russischer-verein-bi.example
Betreff: Einladung Forum der Vielfalt

{INVITATION}
"""), kind="registration", email="s.morozova@russischer-verein-bi.example", name="Svetlana Morozova",
    organisation="Russisch-Deutscher Kulturverein Bielefeld", workgroups=["K2"], party_size=1, language="de")

# 33 mobile, no name in the body
S.add("de-samsung-no-name", S.plain(
    "Olga Petrenko <olga.petrenko@mail.example>", "Forum",
    """Ich komme gerne, Kreis 1.

Von meinem Samsung Galaxy Smartphone gesendet
"""), kind="registration", email="olga.petrenko@mail.example", name="Olga Petrenko",
    organisation=None, workgroups=["K1"], party_size=1, language="de")

# 34 very short English from Gmail, name only in From, iPhone footer
S.add("en-gmail-short-iphone", S.both(
    "Grace Achieng <grace.achieng@gmail.example>", "Forum",
    """Hi, please sign me up for Kreis 3. Thanks!

Sent from my iPhone"""), kind="registration", email="grace.achieng@gmail.example", name="Grace Achieng",
    organisation=None, workgroups=["K3"], party_size=1, language="en")

# 35 Albanian cancellation
S.add("sq-cancellation", S.plain(
    "Blerina Gashi <blerina.gashi@mail.example>", "Anulim",
    """Përshëndetje,

fatkeqësisht nuk mund të vij në forum. Ju lutem anuloni regjistrimin tim.

Blerina Gashi
"""), kind="cancellation", email="blerina.gashi@mail.example", name="Blerina Gashi",
    organisation=None, workgroups=[], party_size=None, language="sq")

# 36 Romanian question (parking), no sign-up
S.add("ro-question-parking", S.plain(
    "Ioana Dumitrescu <ioana.d@mail.example>", "Întrebare",
    """Bună ziua,

există locuri de parcare lângă Ravensberger Spinnerei? Vă mulțumesc.

Ioana Dumitrescu
"""), kind="question", email="ioana.d@mail.example", name="Ioana Dumitrescu",
    organisation=None, workgroups=[], party_size=None, language="ro")

# 37 Portuguese out-of-office with header
S.add("pt-auto-reply", S.plain(
    "Paulo Mendes <paulo.mendes@mail.example>", "Resposta automática: Einladung Forum der Vielfalt",
    """Olá,

estou de férias até 18 de setembro, sem acesso ao e-mail. Responderei assim que voltar.

Paulo Mendes
""", headers=[("Auto-Submitted", "auto-replied")]), kind="auto_reply")

# 38 Postfix-style bounce
S.add("bounce-postfix", S.plain(
    "MAILER-DAEMON@mx.vielfalt-bi.example", "Undelivered Mail Returned to Sender",
    """This is the mail system at host mx.vielfalt-bi.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<vorstand@tamil-verein-bi.example>: host mx.tamil-verein-bi.example said:
    550 5.1.1 User unknown
"""), kind="bounce", bounced_recipient="vorstand@tamil-verein-bi.example")

# 39 Vietnamese change: from Kreis 2 to Kreis 1
S.add("vi-change", S.plain(
    "Tran Van Minh <minh.tran@mail.example>", "Thay đổi đăng ký",
    """Xin chào,

tôi đã đăng ký Kreis 2, nhưng tôi muốn đổi sang Kreis 1. Cảm ơn.

Trần Văn Minh
"""), kind="change", email="minh.tran@mail.example", name="Trần Văn Minh",
    organisation=None, workgroups=["K1"], party_size=None, language="vi")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
