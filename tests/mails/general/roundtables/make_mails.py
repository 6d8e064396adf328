#!/usr/bin/env python3
"""Write the held-out mails of event 4 ("Roundtables": Table 1 … Table 5 = T1 … T5, an
English-speaking coordinator, each table held in two rounds) and expected.json.

    python3 tests/mails/general/roundtables/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

S = MailSet("Community Roundtables Hamburg <roundtables@community-hh.example>", "Mon, 18 Sep 2028 11:20:00 +0200")
US = "roundtables@community-hh.example"

INVITATION = """Dear friends and partners,

you are warmly invited to the International Community Roundtables on 7 October 2028
at Bürgerhaus Wilhelmsburg. Each table meets twice, in round 1 (11:00) and round 2 (14:30):

Table 1: Housing and Tenancy Rights
Table 2: Jobs, Skills and Recognition of Qualifications
Table 3: Health and Wellbeing
Table 4: Youth and Education
Table 5: Women's Networks

Please reply by 30 September and tell us which table you would like to join.

Sarah Whitfield
Community Roundtables coordinator"""

# 1 Re: Re: thread; the quoted history names Table 2 and Table 5, the new text Table 4
S.add("en-thread-quoted-history", S.plain(
    "Kwame Asante <kwame.asante@mail.example>", "Re: Re: Community Roundtables – invitation",
    f"""Great, then Table 4 for me please. Thanks Sarah!

Kwame

On Fri, 15 Sep 2028 at 17:05, Community Roundtables Hamburg <{US}> wrote:
> Hi Kwame, Table 2 is already full, sorry. Table 5 is for members of women's networks.
> Tables 1, 3 and 4 still have seats.
>
> On Thu, 14 Sep 2028 at 09:12, Kwame Asante <kwame.asante@mail.example> wrote:
>> Hi Sarah, could I still get a seat at Table 2? Otherwise Table 5?
>>
{quote(quote(INVITATION))}
"""), kind="registration", email="kwame.asante@mail.example", name="Kwame Asante",
    organisation=None, workgroups=["T4"], party_size=1, language="en")

# 2 an assistant registers her director and asks to confirm to her directly
S.add("en-assistant-registers-director", S.plain(
    "Office of the Director <office@refugee-law-hh.example>", "Registration: Dr Priya Natarajan",
    """Dear Ms Whitfield,

I am writing on behalf of Dr Priya Natarajan, Director of the Refugee Law Clinic Hamburg.
Please register her for Table 2. Kindly send the confirmation to her directly at
p.natarajan@refugee-law-hh.example.

Kind regards,
Helen Brooks
Executive Assistant
Refugee Law Clinic Hamburg
"""), kind="registration", email="p.natarajan@refugee-law-hh.example", name="Priya Natarajan",
    organisation="Refugee Law Clinic Hamburg", workgroups=["T2"], party_size=1, language="en")

# 3 registers herself and two colleagues, with their addresses
S.add("en-self-and-two-colleagues", S.plain(
    "Maria Santos <maria.santos@lusofonia-hh.example>", "Registration Roundtables",
    """Hello,

I would like to register myself and two colleagues for Table 3:
Ana Pereira, ana.pereira@lusofonia-hh.example
João Costa, joao.costa@lusofonia-hh.example

Best wishes,
Maria Santos
Associação Lusófona Hamburg
"""), kind="registration", email="maria.santos@lusofonia-hh.example", name="Maria Santos",
    organisation="Associação Lusófona Hamburg", workgroups=["T3"], party_size=3, language="en")

# 4 German writer, "Tisch 3"
S.add("de-tisch-3", S.plain(
    "Gül Yavuz <guel.yavuz@mail.example>", "Anmeldung Roundtables",
    """Hallo Frau Whitfield,

ich melde mich gern an, und zwar für Tisch 3.

Viele Grüße
Gül Yavuz
Alevitische Gemeinde Wilhelmsburg
"""), kind="registration", email="guel.yavuz@mail.example", name="Gül Yavuz",
    organisation="Alevitische Gemeinde Wilhelmsburg", workgroups=["T3"], party_size=1, language="de")

# 5 English ordinal "the third table", in round 2
S.add("en-third-table-round-2", S.plain(
    "Tom O'Brien <tom.obrien@mail.example>", "Roundtables",
    """Hi Sarah,

count me in for the third table, in round 2 if possible.

Cheers,
Tom O'Brien
"""), kind="registration", email="tom.obrien@mail.example", name="Tom O'Brien",
    organisation=None, workgroups=["T3"], party_size=1, language="en")

# 6 Turkish "5 numaralı masa"
S.add("tr-masa-5", S.plain(
    "Derya Kılıç <derya.kilic@mail.example>", "Kayıt",
    """Merhaba,

Roundtables etkinliğine kayıt olmak istiyorum. 5 numaralı masaya katılmak istiyorum.

Saygılarımla
Derya Kılıç
Türk Kadınlar Birliği Hamburg
"""), kind="registration", email="derya.kilic@mail.example", name="Derya Kılıç",
    organisation="Türk Kadınlar Birliği Hamburg", workgroups=["T5"], party_size=1, language="tr")

# 7 Russian cancellation
S.add("ru-cancellation", S.plain(
    "Sergei Volkov <sergei.volkov@mail.example>", "Отмена",
    """Добрый день,

к сожалению, я не смогу прийти 7 октября. Пожалуйста, отмените мою регистрацию.

Сергей Волков
"""), kind="cancellation", email="sergei.volkov@mail.example", name="Сергей Волков", language="ru")

# 8 Spanish cancellation
S.add("es-cancellation", S.plain(
    "Carmen López <carmen.lopez@mail.example>", "Cancelación",
    """Hola Sarah,

lamentablemente no podré asistir el 7 de octubre. Por favor, anula mi inscripción.

Saludos,
Carmen López
"""), kind="cancellation", email="carmen.lopez@mail.example", name="Carmen López", language="es")

# 9 French cancellation
S.add("fr-cancellation", S.plain(
    "Moussa Diop <moussa.diop@mail.example>", "Annulation",
    """Bonjour,

je suis désolé, mais je ne pourrai pas venir le 7 octobre. Merci d'annuler mon inscription.

Bien à vous,
Moussa Diop
"""), kind="cancellation", email="moussa.diop@mail.example", name="Moussa Diop", language="fr")

# 10 Turkish cancellation
S.add("tr-cancellation", S.plain(
    "Derya Kılıç <derya.kilic@mail.example>", "Re: Kayıt",
    """Merhaba,

maalesef 7 Ekim'de gelemeyeceğim. Kaydımı iptal edebilir misiniz?

Derya Kılıç
"""), kind="cancellation", email="derya.kilic@mail.example", name="Derya Kılıç", language="tr")

# 11 Arabic, "table number 2"
S.add("ar-table-2", S.plain(
    "Omar Al-Khatib <omar.alkhatib@mail.example>", "تسجيل",
    """مرحباً،

أرغب في التسجيل في الطاولة رقم 2 (العمل والمهارات).

مع التحية
عمر الخطيب
"""), kind="registration", email="omar.alkhatib@mail.example", name="عمر الخطيب",
    organisation=None, workgroups=["T2"], party_size=1, language="ar")

# 12 Farsi, "table ۴" with a Persian digit, with the wife
S.add("fa-table-4-with-wife", S.plain(
    "Reza Ahmadi <reza.ahmadi@mail.example>", "ثبت نام",
    """سلام،

می‌خواهم برای میز ۴ ثبت نام کنم. با همسرم می‌آیم.

ممنون
رضا احمدی
"""), kind="registration", email="reza.ahmadi@mail.example", name="رضا احمدی",
    organisation=None, workgroups=["T4"], party_size=2, language="fa")

# 13 Polish, "stolik nr 1"
S.add("pl-stolik-1", S.plain(
    "Agnieszka Wójcik <agnieszka.wojcik@mail.example>", "Zgłoszenie",
    """Dzień dobry,

chciałabym się zapisać na Roundtables, stolik nr 1 (mieszkalnictwo).

Pozdrawiam
Agnieszka Wójcik
"""), kind="registration", email="agnieszka.wojcik@mail.example", name="Agnieszka Wójcik",
    organisation=None, workgroups=["T1"], party_size=1, language="pl")

# 14 English change of table
S.add("en-change-switch-table", S.plain(
    "Maria Santos <maria.santos@lusofonia-hh.example>", "Re: Registration Roundtables",
    """Hi Sarah,

could you switch the three of us from Table 3 to Table 1? Housing turned out to be more urgent for us.

Thanks,
Maria
"""), kind="change", email="maria.santos@lusofonia-hh.example", name="Maria Santos", workgroups=["T1"],
    language="en")

# 15 "afternoon session" is a time slot, the table is the choice
S.add("en-afternoon-session-table-2", S.plain(
    "Priya Shah <priya.shah@mail.example>", "Roundtables registration",
    """Dear Sarah,

I would like to join Table 2. I can only make the afternoon session (round 2), as I work in the morning.

Regards,
Priya Shah
South Asian Professionals Network Hamburg
"""), kind="registration", email="priya.shah@mail.example", name="Priya Shah",
    organisation="South Asian Professionals Network Hamburg", workgroups=["T2"], party_size=1, language="en")

# 16 English out-of-office without header
S.add("en-out-of-office-no-header", S.plain(
    "James Miller <james.miller@mail.example>", "Re: Community Roundtables – invitation",
    """Thank you for your email. I am currently on annual leave with limited access to email
and will be back on 25 September. For urgent matters please contact office@mail.example.

James Miller
"""), kind="auto_reply")

# 17 Spanish out-of-office without header
S.add("es-out-of-office-no-header", S.plain(
    "Javier Ruiz <javier.ruiz@mail.example>", "Re: Community Roundtables – invitation",
    """Estoy fuera de la oficina hasta el 26 de septiembre. Responderé a su mensaje a mi regreso.

Javier Ruiz
"""), kind="auto_reply")

# 18 Ukrainian out-of-office without header
S.add("uk-out-of-office-no-header", S.plain(
    "Oksana Shevchenko <oksana.shevchenko@mail.example>", "Re: Community Roundtables – invitation",
    """Доброго дня! Я у відпустці до 2 жовтня і не маю доступу до пошти. Відповім після повернення.

Оксана Шевченко
"""), kind="auto_reply")

# 19 German Exchange non-delivery report as plain text
S.add("bounce-exchange-german", S.plain(
    "Microsoft Outlook <postmaster@community-hh.example>", "Unzustellbar: Community Roundtables – invitation",
    """Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

info@ghana-union-hh.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.

Diagnoseinformationen für Administratoren:
Generierender Server: mx.community-hh.example
info@ghana-union-hh.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""), kind="bounce", bounced_recipient="info@ghana-union-hh.example")

# 20 HTML-only newsletter with list headers
S.add("en-html-newsletter", S.html(
    "Hamburg Volunteers Weekly <news@volunteers-hh.example>", "This week: roundtables, grants and a jobs fair",
    """<html><body><h1>Hamburg Volunteers Weekly</h1>
<p>Don't miss the International Community Roundtables on 7 October! Tables on housing, jobs,
health, youth and women's networks. Register with the organisers.</p>
<p>Also this week: a jobs fair in Altona and new micro-grants.</p>
<p><a href="https://volunteers-hh.example/unsubscribe">Unsubscribe</a></p></body></html>""",
    headers=[("List-Unsubscribe", "<https://volunteers-hh.example/unsubscribe>"), ("Precedence", "bulk")]),
    kind="other")

# 21 English question, no registration yet
S.add("en-question-accessibility", S.plain(
    "Linda Park <linda.park@mail.example>", "Question before registering",
    """Hello,

is Bürgerhaus Wilhelmsburg step-free? I use a wheelchair. If it is, I'd love to join a table.

Best,
Linda Park
"""), kind="question", email="linda.park@mail.example", name="Linda Park", language="en")

# 22 Arabic question
S.add("ar-question-interpreter", S.plain(
    "Huda Saleh <huda.saleh@mail.example>", "سؤال",
    """مرحباً،

هل ستكون هناك ترجمة إلى العربية في الطاولات؟

شكراً
هدى صالح
"""), kind="question", email="huda.saleh@mail.example", name="هدى صالح", language="ar")

# 23 the table only in the subject line, "count me in"
S.add("en-table-only-in-subject", S.plain(
    "Joanna Kowalski <joanna.kowalski@mail.example>", "Table 5",
    """Hi Sarah,

please count me in.

Joanna Kowalski
Polish Women's Circle Hamburg
"""), kind="registration", email="joanna.kowalski@mail.example", name="Joanna Kowalski",
    organisation="Polish Women's Circle Hamburg", workgroups=["T5"], party_size=1, language="en")

# 24 Italian, "tavolo 2"
S.add("it-tavolo-2", S.plain(
    "Marco Bianchi <marco.bianchi@mail.example>", "Iscrizione",
    """Buongiorno,

vorrei iscrivermi al tavolo 2. Verrò con un collega.

Cordiali saluti
Marco Bianchi
Comunità Italiana di Amburgo
"""), kind="registration", email="marco.bianchi@mail.example", name="Marco Bianchi",
    organisation="Comunità Italiana di Amburgo", workgroups=["T2"], party_size=2, language="it")

# 25 all capitals
S.add("en-all-caps", S.plain(
    "SAMUEL OKAFOR <samuel.okafor@mail.example>", "REGISTRATION",
    """GOOD MORNING, PLEASE REGISTER ME FOR TABLE 1 (HOUSING). I WILL COME WITH MY WIFE.
REGARDS
SAMUEL OKAFOR
NIGERIAN COMMUNITY HAMBURG
"""), kind="registration", email="samuel.okafor@mail.example", name="Samuel Okafor",
    organisation="Nigerian Community Hamburg", workgroups=["T1"], party_size=2, language="en")

# 26 typos: "helath and welbeing"
S.add("en-typo-helath", S.plain(
    "Abdi Warsame <abdi.warsame@mail.example>", "registration",
    """hi, i want to register for the helath and welbeing table. thank you
Abdi Warsame
"""), kind="registration", email="abdi.warsame@mail.example", name="Abdi Warsame",
    organisation=None, workgroups=["T3"], party_size=1, language="en")

# 27 change of party size only
S.add("en-change-party-size", S.plain(
    "Marco Bianchi <marco.bianchi@mail.example>", "Re: Iscrizione",
    """Hello Sarah, sorry for writing in English now: my colleague cannot come after all,
so please change our registration to one person only.

Marco Bianchi
"""), kind="change", email="marco.bianchi@mail.example", name="Marco Bianchi", workgroups=[],
    language="en")

# 28 thanks for the confirmation, which is quoted
S.add("en-thanks-confirmation", S.plain(
    "Kwame Asante <kwame.asante@mail.example>", "Re: Your registration: Table 4",
    f"""Thanks, see you on the 7th!

On Mon, 18 Sep 2028 at 08:00, Community Roundtables Hamburg <{US}> wrote:
> Dear Kwame Asante, you are registered for Table 4: Youth and Education.
"""), kind="other")

# 29 Ukrainian registration, "стіл 2"
S.add("uk-stil-2", S.plain(
    "Taras Hnatiuk <taras.hnatiuk@mail.example>", "Реєстрація",
    """Добрий день!

Хочу зареєструватися на стіл 2 (робота та визнання дипломів). Нас буде двоє.

Тарас Гнатюк
"""), kind="registration", email="taras.hnatiuk@mail.example", name="Тарас Гнатюк",
    organisation=None, workgroups=["T2"], party_size=2, language="uk")

# 30 Spanish registration "mesa 3", "somos dos"
S.add("es-mesa-3", S.plain(
    "Valentina Gómez <valentina.gomez@mail.example>", "Inscripción",
    """Hola,

nos gustaría inscribirnos en la mesa 3. Somos dos personas.

Saludos cordiales,
Valentina Gómez
Asociación Latinoamericana de Hamburgo
"""), kind="registration", email="valentina.gomez@mail.example", name="Valentina Gómez",
    organisation="Asociación Latinoamericana de Hamburgo", workgroups=["T3"], party_size=2, language="es")

# 31 a person registering on someone else's behalf without an address: the colleague attends
S.add("en-registers-colleague-no-address", S.plain(
    "Daniel Weber <daniel.weber@diakonie-hh.example>", "Registration for a colleague",
    """Hi,

I'd like to register my colleague Amina Yusuf for Table 5. She doesn't use email much,
so please send anything for her to me.

Thanks,
Daniel Weber
Diakonie Hamburg-Süd
"""), kind="registration", email="daniel.weber@diakonie-hh.example", name="Amina Yusuf",
    organisation="Diakonie Hamburg-Süd", workgroups=["T5"], party_size=1, language="en")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
