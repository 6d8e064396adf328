#!/usr/bin/env python3
"""Write the held-out mails of event 1 ("Fachtag", workshops WS-A … WS-D) and expected.json.

    python3 tests/mails/general/fachtag/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import MailSet, quote  # noqa: E402

S = MailSet("Fachtag Engagement <fachtag@engagement-do.example>", "Mon, 14 Aug 2028 10:15:00 +0200")
US = "fachtag@engagement-do.example"

INVITATION = """Liebe Aktive in Migrantenorganisationen,

am 23. September 2028 laden wir zum Fachtag Engagement und Teilhabe ins
Kulturzentrum Nordstadt ein. Nachmittags gibt es vier Workshops:

Workshop A: Ehrenamtliche gewinnen und halten
Workshop B: Öffentlichkeitsarbeit und Social Media
Workshop C: Antidiskriminierung im Vereinsalltag
Workshop D: Förderanträge, Finanzen und Buchhaltung

Bitte melden Sie sich bis zum 15. September per Mail an und nennen Sie
Ihren Wunsch-Workshop.

Ihr Team vom Fachtag"""

# 1 German Thunderbird reply, quoting the invitation that names every workshop
S.add("de-reply-workshop-letter", S.plain(
    "Goran Ilić <goran.ilic@bosnischer-kv.example>", "Re: Einladung Fachtag Engagement",
    f"""Hallo zusammen,

hiermit melde ich mich für Workshop B an.

Viele Grüße
Goran Ilić
Bosnischer Kulturverein Dortmund e.V.

Am 01.08.2028 um 11:02 schrieb Fachtag Engagement:
{quote(INVITATION)}
"""), kind="registration", email="goran.ilic@bosnischer-kv.example", name="Goran Ilić",
    organisation="Bosnischer Kulturverein Dortmund e.V.", workgroups=["WS-B"], party_size=1, language="de")

# 2 Outlook HTML-only, English, workshop named by title words, Von-block of the invitation below
S.add("en-outlook-html-title-words", S.html(
    "\"Okafor, Chidi\" <c.okafor@nigerian-union-do.example>", "AW: Einladung Fachtag Engagement",
    """<html><body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal>Dear organising team,</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>I would like to register for the workshop on anti-discrimination (Antidiskriminierung).
I will attend alone.</p><p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Kind regards</p>
<p class=MsoNormal>Chidi Okafor</p>
<p class=MsoNormal>Nigerian Union Dortmund</p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt'>
<p class=MsoNormal><b>Von:</b> Fachtag Engagement &lt;fachtag@engagement-do.example&gt;<br>
<b>Gesendet:</b> Dienstag, 1. August 2028 11:02<br><b>An:</b> Okafor, Chidi<br>
<b>Betreff:</b> Einladung Fachtag Engagement</p></div>
<p class=MsoNormal>Workshop A: Ehrenamtliche gewinnen und halten<br>Workshop B: Öffentlichkeitsarbeit und Social Media<br>
Workshop D: Förderanträge, Finanzen und Buchhaltung</p></div></body></html>"""),
    kind="registration", email="c.okafor@nigerian-union-do.example", name="Chidi Okafor",
    organisation="Nigerian Union Dortmund", workgroups=["WS-C"], party_size=1, language="en")

# 3 form-like lines, organisation on a "Verein:" line, letter-only choice and a count line
S.add("de-form-lines", S.plain(
    "d.petrovic@mail.example", "Anmeldung Fachtag",
    """Guten Tag,

hier meine Anmeldung:

Name: Dragana Petrović
Verein: Serbischer Frauenverein Morava e.V.
Workshop: D
Personen: 2

Danke!
"""), kind="registration", email="d.petrovic@mail.example", name="Dragana Petrović",
    organisation="Serbischer Frauenverein Morava e.V.", workgroups=["WS-D"], party_size=2, language="de")

# 4 "zu dritt", workshop by a word of its title
S.add("de-zu-dritt-title", S.plain(
    "Familie Yıldız <yildiz.familie@mail.example>", "Anmeldung",
    """Sehr geehrte Damen und Herren,

wir melden uns gern zum Fachtag an und kommen zu dritt. Uns interessiert am
meisten der Workshop zur Öffentlichkeitsarbeit.

Mit freundlichen Grüßen
Sevgi Yıldız
Türkischer Elternbund Dortmund-Nord
"""), kind="registration", email="yildiz.familie@mail.example", name="Sevgi Yıldız",
    organisation="Türkischer Elternbund Dortmund-Nord", workgroups=["WS-B"], party_size=3, language="de")

# 5 Turkish, letter with a case suffix, two colleagues
S.add("tr-letter-suffix-colleagues", S.plain(
    "Mehmet Arslan <m.arslan@dostluk-dernegi.example>", "Fachtag kaydı",
    """Merhaba,

Fachtag'a kayıt olmak istiyorum. Atölye C'ye katılmak istiyorum, iki meslektaşımla birlikte geleceğim.

Saygılarımla,
Mehmet Arslan
Dostluk Kültür Derneği Dortmund
"""), kind="registration", email="m.arslan@dostluk-dernegi.example", name="Mehmet Arslan",
    organisation="Dostluk Kültür Derneği Dortmund", workgroups=["WS-C"], party_size=3, language="tr")

# 6 Arabic, ordinal "the second workshop"
S.add("ar-second-workshop", S.plain(
    "Rana Haddad <rana.haddad@mail.example>", "تسجيل",
    """مرحباً،

أود التسجيل في اليوم التخصصي، وأرغب في المشاركة في ورشة العمل الثانية.

مع خالص التحيات
رنا حداد
"""), kind="registration", email="rana.haddad@mail.example", name="رنا حداد",
    organisation=None, workgroups=["WS-B"], party_size=1, language="ar")

# 7 Russian, "вдвоём", Latin letter after a Cyrillic noun
S.add("ru-vdvoyom-letter", S.plain(
    "Olga Smirnova <olga.smirnova@mail.example>", "Регистрация на Fachtag",
    """Здравствуйте!

Прошу зарегистрировать меня на воркшоп A. Мы будем вдвоём с мужем.

С уважением,
Ольга Смирнова
Русскоязычный культурный центр «Мост»
"""), kind="registration", email="olga.smirnova@mail.example", name="Ольга Смирнова",
    organisation="Русскоязычный культурный центр «Мост»", workgroups=["WS-A"], party_size=2, language="ru")

# 8 Ukrainian, "me and two colleagues" in Ukrainian, workshop D
S.add("uk-two-colleagues", S.plain(
    "Тарас Бойко <taras.boiko@ukr-hromada.example>", "Реєстрація",
    """Доброго дня!

Зареєструйте, будь ласка, мене та двох колег на воркшоп D (фінанси).

З повагою,
Тарас Бойко
Українська громада Дортмунда
"""), kind="registration", email="taras.boiko@ukr-hromada.example", name="Тарас Бойко",
    organisation="Українська громада Дортмунда", workgroups=["WS-D"], party_size=3, language="uk")

# 9 Farsi, "the first workshop", with spouse
S.add("fa-first-workshop-spouse", S.plain(
    "Reza Karimi <reza.karimi@mail.example>", "ثبت نام",
    """سلام،

می‌خواهم برای کارگاه اول ثبت نام کنم. با همسرم می‌آیم.

با احترام
رضا کریمی
"""), kind="registration", email="reza.karimi@mail.example", name="رضا کریمی",
    organisation=None, workgroups=["WS-A"], party_size=2, language="fa")

# 10 French, atelier D, "nous serons trois"
S.add("fr-atelier-trois", S.plain(
    "Aminata Diallo <aminata.diallo@assoc-teranga.example>", "Inscription Fachtag",
    """Bonjour,

Je souhaite m'inscrire au Fachtag, atelier D (finances). Nous serons trois.

Cordialement,
Aminata Diallo
Association Teranga Dortmund
"""), kind="registration", email="aminata.diallo@assoc-teranga.example", name="Aminata Diallo",
    organisation="Association Teranga Dortmund", workgroups=["WS-D"], party_size=3, language="fr")

# 11 Spanish, taller A, "somos dos personas"
S.add("es-taller-dos-personas", S.plain(
    "Lucía Romero <lucia.romero@mail.example>", "Inscripción",
    """Hola:

Me gustaría inscribirme en el taller A. Somos dos personas.

Un saludo,
Lucía Romero
Asociación Cultural Latinoamericana Dortmund
"""), kind="registration", email="lucia.romero@mail.example", name="Lucía Romero",
    organisation="Asociación Cultural Latinoamericana Dortmund", workgroups=["WS-A"], party_size=2, language="es")

# 12 Polish, warsztat C, with a (female) colleague
S.add("pl-warsztat-kolezanka", S.plain(
    "Katarzyna Wójcik <k.wojcik@polonia-do.example>", "Zgłoszenie",
    """Dzień dobry,

chciałabym zgłosić swój udział w warsztacie C. Przyjdę razem z koleżanką.

Pozdrawiam serdecznie
Katarzyna Wójcik
Stowarzyszenie Polonia Dortmund
"""), kind="registration", email="k.wojcik@polonia-do.example", name="Katarzyna Wójcik",
    organisation="Stowarzyszenie Polonia Dortmund", workgroups=["WS-C"], party_size=2, language="pl")

# 13 Italian, workshop B, with a colleague
S.add("it-workshop-collega", S.plain(
    "Marco Bianchi <marco.bianchi@mail.example>", "Iscrizione al Fachtag",
    """Buongiorno,

vorrei iscrivermi al Fachtag e partecipare al workshop B. Verrò con un collega.

Cordiali saluti
Marco Bianchi
Circolo Italiano Dortmund
"""), kind="registration", email="marco.bianchi@mail.example", name="Marco Bianchi",
    organisation="Circolo Italiano Dortmund", workgroups=["WS-B"], party_size=2, language="it")

# 14 one person registering herself and two colleagues
S.add("de-me-and-two-colleagues", S.plain(
    "Hanna Berisha <h.berisha@albanisches-zentrum.example>", "Anmeldung Workshop A",
    """Liebes Fachtag-Team,

ich melde mich und meine beiden Kolleginnen für Workshop A an.

Herzliche Grüße
Hanna Berisha
Albanisches Zentrum Dortmund
"""), kind="registration", email="h.berisha@albanisches-zentrum.example", name="Hanna Berisha",
    organisation="Albanisches Zentrum Dortmund", workgroups=["WS-A"], party_size=3, language="de")

# 15 mobile, short, name only in the display name
S.add("de-mobile-short", S.plain(
    "Kai Lehmann <kai.lehmann@mail.example>", "Anmeldung Fachtag",
    """Bin dabei, bitte Workshop D.
Gruß Kai

Von meinem iPhone gesendet
"""), kind="registration", email="kai.lehmann@mail.example", name="Kai Lehmann",
    organisation=None, workgroups=["WS-D"], party_size=1, language="de")

# 16 first and second choice
S.add("de-erst-zweitwunsch", S.plain(
    "Nguyen Thi Lan <lan.nguyen@viet-verein.example>", "Anmeldung",
    """Hallo,

ich möchte mich zum Fachtag anmelden.
Erstwunsch: Workshop C
Zweitwunsch: Workshop A

Viele Grüße
Nguyen Thi Lan
Vietnamesischer Verein Dortmund e.V.
"""), kind="registration", email="lan.nguyen@viet-verein.example", name="Nguyen Thi Lan",
    organisation="Vietnamesischer Verein Dortmund e.V.", workgroups=["WS-C", "WS-A"], party_size=1, language="de")

# 17 English ordinal "the second one", Gmail multipart/alternative with quoted invitation
S.add("en-second-one", S.both(
    "Priya Raman <priya.raman@mail.example>", "Re: Einladung Fachtag Engagement",
    f"""Hi,

thanks for the invitation! Of the four workshops I'd like to join the second one, please sign me up.

Best,
Priya

On Tue, Aug 1, 2028 at 11:02 AM Fachtag Engagement <{US}> wrote:
{quote(INVITATION)}
"""), kind="registration", email="priya.raman@mail.example", name="Priya Raman",
    organisation=None, workgroups=["WS-B"], party_size=1, language="en")

# 18 change of workshop
S.add("de-change-a-to-c", S.plain(
    "Goran Ilić <goran.ilic@bosnischer-kv.example>", "Umbuchung",
    """Hallo,

ich bin für Workshop B angemeldet. Könnten Sie mich bitte auf Workshop C umbuchen?

Danke und viele Grüße
Goran Ilić
"""), kind="change", email="goran.ilic@bosnischer-kv.example", workgroups=["WS-C"], name="Goran Ilić",
    language="de")

# 19 English cancellation
S.add("en-cancellation", S.plain(
    "Chidi Okafor <c.okafor@nigerian-union-do.example>", "Fachtag registration",
    """Dear team,

unfortunately I have to cancel my registration for the Fachtag, something came up at work.

Sorry and best regards,
Chidi Okafor
"""), kind="cancellation", email="c.okafor@nigerian-union-do.example", name="Chidi Okafor", language="en")

# 20 question only
S.add("de-question-childcare", S.plain(
    "Fatma Koç <fatma.koc@mail.example>", "Frage zum Fachtag",
    """Guten Tag,

gibt es am Fachtag eine Kinderbetreuung? Dann würde ich gern kommen.

Viele Grüße
Fatma Koç
"""), kind="question", email="fatma.koc@mail.example", name="Fatma Koç", language="de")

# 21 auto-reply with RFC 3834 header
S.add("de-auto-reply-header", S.plain(
    "Ahmet Demir <a.demir@verein-do.example>", "Automatische Antwort: Einladung Fachtag Engagement",
    """Vielen Dank für Ihre Nachricht. Ich bin bis zum 28.08. nicht im Büro und lese meine Mails danach.
In dringenden Fällen wenden Sie sich an info@verein-do.example.
""", headers=[("Auto-Submitted", "auto-replied")]), kind="auto_reply")

# 22 auto-reply without any header, English text
S.add("en-out-of-office-no-header", S.plain(
    "Sarah Mensah <s.mensah@mail.example>", "Re: Einladung Fachtag Engagement",
    """Hello,

I am currently out of the office with limited access to email and will be back on 4 September.
For urgent matters please contact my colleague at office@mensah-consult.example.

Sarah Mensah
"""), kind="auto_reply")

# 23 delivery status notification (multipart/report)
S.add("bounce-dsn-report", (
    "From: Mail Delivery System <MAILER-DAEMON@mx.engagement-do.example>\n"
    f"To: {US}\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 14 Aug 2028 10:20:00 +0200\n"
    "Message-ID: <dsn.1@mx.engagement-do.example>\nMIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"rep0rt\"\n\n"
    "--rep0rt\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.engagement-do.example.\n\n"
    "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
    "<yusuf.celik@kulturhaus-do.example>: host mx.kulturhaus-do.example said: 550 5.1.1 User unknown\n\n"
    "--rep0rt\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.engagement-do.example\n\n"
    "Final-Recipient: rfc822; Yusuf.Celik@kulturhaus-do.example\nAction: failed\nStatus: 5.1.1\n\n"
    "--rep0rt--\n").encode(), kind="bounce", bounced_recipient="yusuf.celik@kulturhaus-do.example")

# 24 newsletter with list headers
S.add("newsletter-list", S.plain(
    "Netzwerk Integration NRW <newsletter@netzwerk-nrw.example>", "Newsletter August: Termine und Förderprogramme",
    """Liebe Leserinnen und Leser,

in dieser Ausgabe: neue Förderprogramme, Workshop-Termine im Herbst und eine
Anmeldung zu unserer Jahrestagung. Jetzt anmelden unter www.netzwerk-nrw.example.

Abmelden: www.netzwerk-nrw.example/abmelden
""", headers=[("List-Unsubscribe", "<https://netzwerk-nrw.example/abmelden>"), ("Precedence", "bulk")]),
    kind="other")

# 25 Reply-To differs from From (a shared office account)
S.add("en-reply-to-office-account", S.plain(
    "Eritrean Community Dortmund <info@eritrean-do.example>", "Registration Fachtag",
    """Hello,

I would like to register for Workshop A.

Thank you,
Semhar Tesfay
Eritrean Community Dortmund
""", headers=[("Reply-To", "Semhar Tesfay <semhar.tesfay@mail.example>")]),
    kind="registration", email="semhar.tesfay@mail.example", name="Semhar Tesfay",
    organisation="Eritrean Community Dortmund", workgroups=["WS-A"], party_size=1, language="en")

# 26 a board member registers a colleague and asks to confirm to her
S.add("de-colleague-confirm-to-her", S.plain(
    "Bernd Vogt <vorstand@kulturbruecke.example>", "Anmeldung einer Kollegin",
    """Guten Tag,

ich möchte unsere Kollegin Amal Nasser für den Workshop Social Media anmelden.
Bitte senden Sie die Bestätigung direkt an amal.nasser@kulturbruecke.example.

Mit freundlichen Grüßen
Bernd Vogt
Kulturbrücke Dortmund e.V.
"""), kind="registration", email="amal.nasser@kulturbruecke.example", name="Amal Nasser",
    organisation="Kulturbrücke Dortmund e.V.", workgroups=["WS-B"], party_size=1, language="de")

# 27 soft interest without a sign-up and a question: a question
S.add("en-question-deadline", S.plain(
    "Jonas Weber <jonas.weber@mail.example>", "Fachtag",
    """Hi,

is it still possible to sign up after the 15th? Our board only meets on the 18th.

Thanks,
Jonas Weber
"""), kind="question", email="jonas.weber@mail.example", name="Jonas Weber", language="en")

# 28 "zweite AG" style ordinal with a German noun-less ordinal and party as words
S.add("de-zweiter-workshop-2-personen", S.plain(
    "Leila Ahmadi <leila.ahmadi@mail.example>", "Anmeldung zum Fachtag",
    """Liebes Team,

wir möchten uns für den zweiten Workshop anmelden, wir sind 2 Personen.

LG
Leila Ahmadi
Afghanischer Frauenverein Dortmund
"""), kind="registration", email="leila.ahmadi@mail.example", name="Leila Ahmadi",
    organisation="Afghanischer Frauenverein Dortmund", workgroups=["WS-B"], party_size=2, language="de")

# --- round 2: written after the parser changes, to check they generalise ---

# 29 English, workshop by alias words before the noun
S.add("en-alias-before-noun", S.plain(
    "Ama Boateng <ama.boateng@mail.example>", "Fachtag",
    """Hi there,

I'd like to sign up for the Social Media workshop at the Fachtag.

Warm wishes,
Ama Boateng
Ghana Union Ruhr
"""), kind="registration", email="ama.boateng@mail.example", name="Ama Boateng",
    organisation="Ghana Union Ruhr", workgroups=["WS-B"], party_size=1, language="en")

# 30 German "die zweite AG" although the event says workshop
S.add("de-zweite-ag", S.plain(
    "Petra Nowak <petra.nowak@mail.example>", "Anmeldung",
    """Guten Morgen,

ich melde mich für die zweite AG an.

Gruß
Petra Nowak
"""), kind="registration", email="petra.nowak@mail.example", name="Petra Nowak",
    organisation=None, workgroups=["WS-B"], party_size=1, language="de")

# 31 German withdrawal with another verb
S.add("de-withdraw", S.plain(
    "Hanna Berisha <h.berisha@albanisches-zentrum.example>", "Anmeldung zurückziehen",
    """Hallo,

leider muss ich meine Anmeldung zum Fachtag zurückziehen, wir haben an dem Tag Vorstandssitzung.

Viele Grüße
Hanna Berisha
"""), kind="cancellation", email="h.berisha@albanisches-zentrum.example", name="Hanna Berisha", language="de")

# 32 "with three more members of our association"
S.add("de-drei-weitere-mitglieder", S.plain(
    "Ali Reza Haidari <a.haidari@hazara-verein.example>", "Anmeldung Fachtag",
    """Sehr geehrtes Team,

ich möchte mich für Workshop C anmelden und bringe drei weitere Vereinsmitglieder mit.

Mit freundlichen Grüßen
Ali Reza Haidari
Hazara Kulturverein Dortmund
"""), kind="registration", email="a.haidari@hazara-verein.example", name="Ali Reza Haidari",
    organisation="Hazara Kulturverein Dortmund", workgroups=["WS-C"], party_size=4, language="de")

# 33 English "Ms X and myself"
S.add("en-colleague-and-myself", S.plain(
    "Rahul Mehta <rahul.mehta@indo-german-society.example>", "Registration",
    """Dear Sir or Madam,

please register Ms Leyla Aziz and myself for workshop D.

Regards,
Rahul Mehta
Indo-German Society Dortmund
"""), kind="registration", email="rahul.mehta@indo-german-society.example", name="Rahul Mehta",
    organisation="Indo-German Society Dortmund", workgroups=["WS-D"], party_size=2, language="en")

# 34 German question only
S.add("de-question-half-day", S.plain(
    "Olena Kovalenko <olena.kovalenko@mail.example>", "Frage",
    """Hallo,

kann man auch nur am Vormittag teilnehmen, oder ist der ganze Tag verpflichtend?

Danke
Olena Kovalenko
"""), kind="question", email="olena.kovalenko@mail.example", name="Olena Kovalenko", language="de")

# 35 auto-reply with an "Automatic reply:" subject only
S.add("en-automatic-reply-subject", S.plain(
    "Jonas Weber <jonas.weber@mail.example>", "Automatic reply: Fachtag",
    """Thank you for your email. I will reply as soon as possible.
"""), kind="auto_reply")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
