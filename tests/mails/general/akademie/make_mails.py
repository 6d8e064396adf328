#!/usr/bin/env python3
"""Write the held-out mails of event 6 ("Sommerakademie": Seminar 1 … Seminar 4 = S1 … S4) and
expected.json. Most mails here are NOT simple registrations: changes and cancellations
of existing registrations, questions that use registration words, and mail that only
looks like a registration (newsletters, forwards, calendar mail, receipts, recalls, spam).

    python3 tests/mails/general/akademie/make_mails.py

Every person, association and sentence here is invented for these tests.
The expected values are what a careful human coordinator would write down. Decisions:
- "we can't come" is a cancellation even when we cannot tell whether the writer had
  registered (as in the other sets): the coordinator notes that they will not come.
- adding a person to one's own registration is a change (party size, null by convention).
- read receipts, delay notices (not failures) and anti-spam challenges are machine
  answers to our mail: auto_reply. Calendar invitations, meeting acceptances and
  recall requests are other.
- a mail whose text is only "siehe Anhang" states nothing we can read: other, and a
  human must look at the attachment (needs_review).
"""

import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from mailkit import POLICY, MailSet, quote  # noqa: E402

S = MailSet("Sommerakademie <akademie@sommerakademie-ms.example>", "Mon, 18 Jun 2029 09:30:00 +0200")
US = "akademie@sommerakademie-ms.example"
DATE = "Mon, 18 Jun 2029 09:30:00 +0200"

INVITATION = """Liebe Vereine und Initiativen,

am 14. Juli 2029 findet im Franz Hitze Haus die Sommerakademie Integration statt.
Am Nachmittag bieten wir vier Seminare an:

Seminar 1: Sprache
Seminar 2: Recht
Seminar 3: Gesundheit
Seminar 4: Medien

Bitte melden Sie sich bis 1. Juli an und nennen Sie Ihr Seminar und die Zahl der Personen.

Kommunales Integrationszentrum Münster"""

CONFIRMATION = """Guten Tag,

vielen Dank für Ihre Anmeldung zur Sommerakademie am 14. Juli 2029.
Sie sind für Seminar 2: Recht angemeldet (2 Personen).

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Sommerakademie"""


def raw(headers: dict, body: str) -> bytes:
    """A hand-built message (reports, calendar mail) exactly as written."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def with_attachment(frm, subject, text, filename, data, mime=("application", "pdf")):
    m = S.plain(frm, subject, text)
    m.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=filename)
    m.set_boundary(f"mixed-{len(text):04d}")
    return m


# ---------------------------------------------------------------------------
# a few plain registrations, so that the set is not all exceptions
# ---------------------------------------------------------------------------

# 1 German registration, two persons, Seminar 2
S.add("de-registration-two", S.plain(
    "Leyla Demir <leyla.demir@mail.example>", "Anmeldung Sommerakademie",
    """Guten Tag,

hiermit melde ich mich und meine Kollegin zur Sommerakademie an. Wir möchten
gern an Seminar 2 teilnehmen.

Viele Grüße
Leyla Demir
Deutsch-Türkischer Frauenverein Münster e.V.
"""), kind="registration", email="leyla.demir@mail.example", name="Leyla Demir",
    organisation="Deutsch-Türkischer Frauenverein Münster e.V.", workgroups=["S2"], party_size=2, language="de")

# 2 English registration, alias
S.add("en-registration-health", S.both(
    "Samuel Okafor <s.okafor@mail.example>", "Registration summer academy",
    """Hello,

I would like to register for the summer academy on 14 July, for the seminar on Health.

Best regards,
Samuel Okafor
African Community Network Münster"""), kind="registration", email="s.okafor@mail.example",
    name="Samuel Okafor", organisation="African Community Network Münster", workgroups=["S3"], party_size=1,
    language="en")

# ---------------------------------------------------------------------------
# mail that mentions registering but registers no one
# ---------------------------------------------------------------------------

# 3 partner newsletter advertising ITS OWN workshop ("Anmeldung unter …"), HTML, no list headers
S.add("de-partner-newsletter-own-workshop", S.html(
    "Netzwerk Elternarbeit <info@elternnetz-ms.example>", "Newsletter Juni: Workshop Elternbeteiligung",
    """<html><body>
<h2>Newsletter Juni 2029</h2>
<p>Liebe Partnerinnen und Partner,</p>
<p>am 3. Juli laden wir zu unserem Workshop <b>Elternbeteiligung in der Kita</b> ein.
Die Plätze sind begrenzt. Anmeldung unter anmeldung@elternnetz-ms.example oder
telefonisch. Wir freuen uns, wenn Sie mit zwei oder drei Personen kommen.</p>
<p>Außerdem: Die Sommerakademie Integration am 14. Juli hat noch freie Plätze.</p>
<p>Ihr Netzwerk Elternarbeit</p>
</body></html>"""), kind="other")

# 4 a colleague forwards our own invitation to the contact address "zur Info"
S.add("de-forward-invitation-zur-info", S.plain(
    "Martin Köhler <m.koehler@stadt-ms.example>", "WG: Einladung Sommerakademie Integration",
    f"""Hallo zusammen,

zur Info, falls ihr das noch nicht habt.

Gruß Martin

-------- Weitergeleitete Nachricht --------
Betreff: Einladung Sommerakademie Integration
Von: Sommerakademie <{US}>

{INVITATION}
"""), kind="other")

# 5 a calendar invitation (text/plain + text/calendar METHOD:REQUEST)
CAL = EmailMessage(policy=POLICY)
CAL["From"] = "Petra Albers <p.albers@stadt-ms.example>"
CAL["To"] = US
CAL["Subject"] = "Vorbesprechung Sommerakademie"
CAL["Date"] = DATE
CAL["Message-ID"] = "<cal-request-1@general.example>"
CAL.set_content("""Vorbesprechung Sommerakademie
Wann: Mittwoch, 20. Juni 2029 14:00-15:00
Wo: Stadthaus 1, Raum 214

Bitte sagen Sie zu oder ab. Wir gehen die Anmeldungen für Seminar 1 und Seminar 2 durch.
""")
CAL.add_alternative("""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Example//Calendar//DE
VERSION:2.0
BEGIN:VEVENT
UID:vorbesprechung-1@stadt-ms.example
DTSTART:20290620T120000Z
DTEND:20290620T130000Z
SUMMARY:Vorbesprechung Sommerakademie
LOCATION:Stadthaus 1, Raum 214
ORGANIZER:mailto:p.albers@stadt-ms.example
ATTENDEE;RSVP=TRUE:mailto:akademie@sommerakademie-ms.example
END:VEVENT
END:VCALENDAR
""", subtype="calendar", params={"method": "REQUEST"})
CAL.set_boundary("cal-request-1")
S.add("de-calendar-invitation", CAL, kind="other")

# 6 a meeting acceptance ("Angenommen: …"), Outlook, text/calendar METHOD:REPLY
ACC = EmailMessage(policy=POLICY)
ACC["From"] = "Jonas Weber <j.weber@caritas-ms.example>"
ACC["To"] = US
ACC["Subject"] = "Angenommen: Sommerakademie Integration"
ACC["Date"] = DATE
ACC["Message-ID"] = "<cal-reply-1@general.example>"
ACC.set_content("Jonas Weber hat diese Besprechung angenommen. Ich komme gern.\n")
ACC.add_alternative("""BEGIN:VCALENDAR
METHOD:REPLY
VERSION:2.0
BEGIN:VEVENT
UID:sommerakademie-2029@sommerakademie-ms.example
SUMMARY:Sommerakademie Integration
ATTENDEE;PARTSTAT=ACCEPTED:mailto:j.weber@caritas-ms.example
END:VEVENT
END:VCALENDAR
""", subtype="calendar", params={"method": "REPLY"})
ACC.set_boundary("cal-reply-1")
S.add("de-meeting-accepted", ACC, kind="other")

# 7 read receipt (multipart/report; disposition-notification)
S.add("en-read-receipt", raw({
    "From": "Amira Haddad <amira.haddad@mail.example>", "To": US,
    "Subject": "Read: Your registration for the summer academy",
    "Date": DATE, "Message-ID": "<mdn-1@general.example>", "MIME-Version": "1.0",
    "Content-Type": 'multipart/report; report-type=disposition-notification; boundary="mdn"'},
    """--mdn
Content-Type: text/plain; charset=utf-8

Your message

  To: amira.haddad@mail.example
  Subject: Your registration for the summer academy

was read on 18/06/2029 10:02.

--mdn
Content-Type: message/disposition-notification

Reporting-UA: mail.example; Webmail
Final-Recipient: rfc822;amira.haddad@mail.example
Original-Message-ID: <confirm-17@sommerakademie-ms.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn--
"""), kind="auto_reply")

# 8 a "delayed delivery" DSN: not a failure
S.add("delay-dsn-not-failure", raw({
    "From": "Mail Delivery System <MAILER-DAEMON@mx.sommerakademie-ms.example>", "To": US,
    "Subject": "Delivery Status Notification (Delay)", "Date": DATE,
    "Message-ID": "<dsn-delay-1@general.example>", "MIME-Version": "1.0", "Auto-Submitted": "auto-replied",
    "Content-Type": 'multipart/report; report-type=delivery-status; boundary="dly"'},
    """--dly
Content-Type: text/plain; charset=utf-8

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     vorstand@kulturverein-ms.example

--dly
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.sommerakademie-ms.example

Final-Recipient: rfc822; vorstand@kulturverein-ms.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Thu, 21 Jun 2029 09:30:00 +0200

--dly--
"""), kind="auto_reply")

# 9 anti-spam challenge ("please confirm you are human"), no auto headers
S.add("en-spam-challenge", S.plain(
    "Spam Filter <challenge@safe-inbox.example>", "Please confirm your message to r.yilmaz@mail.example",
    """Hello,

you sent a message to r.yilmaz@mail.example ("Ihre Anmeldung zur Sommerakademie").
To protect against spam, this address only accepts mail from verified senders.
Please confirm that you are a human by clicking the link below. Your message will
be delivered once you have confirmed.

https://safe-inbox.example/verify?id=9f2c

This is an automated message, please do not reply.
"""), kind="auto_reply")

# 10 Exchange recall
S.add("de-exchange-recall", S.plain(
    "Sabine Roth <s.roth@awo-ms.example>", "Rückruf: Anmeldung Sommerakademie",
    """Sabine Roth möchte die Nachricht "Anmeldung Sommerakademie" zurückrufen.
"""), kind="other")

# 11 thanks for our confirmation
S.add("de-thanks-for-confirmation", S.plain(
    "Leyla Demir <leyla.demir@mail.example>", "Re: Ihre Anmeldung zur Sommerakademie",
    f"""Danke für die Bestätigung! Wir freuen uns auf den 14. Juli.

Leyla Demir

{quote(CONFIRMATION)}
"""), kind="other")

# 12 "please take me off the list"
S.add("de-unsubscribe", S.plain(
    "Hans Berger <h.berger@mail.example>", "Re: Einladung Sommerakademie Integration",
    f"""Bitte nehmen Sie mich aus dem Verteiler. Ich bin nicht mehr im Verein aktiv.

H. Berger

{quote(INVITATION)}
"""), kind="other")

# 13 journalist asks for press accreditation (question)
S.add("de-press-accreditation", S.plain(
    "Katrin Vogel <k.vogel@westfalen-zeitung.example>", "Presseakkreditierung Sommerakademie",
    """Sehr geehrte Damen und Herren,

ich bin Redakteurin bei der Westfalen-Zeitung und würde gern über die Sommerakademie
berichten. Muss ich mich als Pressevertreterin gesondert anmelden, und darf ich im
Seminar 4 fotografieren?

Mit freundlichen Grüßen
Katrin Vogel
"""), kind="question", email="k.vogel@westfalen-zeitung.example", name="Katrin Vogel", language="de")

# 14 sponsor offer (other)
S.add("en-sponsor-offer", S.html(
    "Partnerships Team <partners@printshop24.example>", "Sponsoring opportunity for your summer academy",
    """<html><body><p>Dear organisers,</p>
<p>we saw that registration for your summer academy is open. As a local print shop we would
like to sponsor name badges and programme booklets for all participants in exchange for
our logo on your website.</p>
<p>Kind regards,<br>Partnerships Team, PrintShop24</p></body></html>"""), kind="other")

# 15 spam
S.add("en-spam-prize", S.html(
    "Lottery Department <winner@prize-claims.example>", "Congratulations! You have been selected",
    """<html><body><p>Dear Winner,</p><p>Your email was selected in our annual draw. To register your
claim for EUR 850,000 please reply with your full name, address and bank details within 48 hours.</p>
<p>Claims Office</p></body></html>"""), kind="other")

# 16 "can I still register?" (question)
S.add("de-can-i-still-register", S.plain(
    "Olga Schmidt <olga.schmidt@mail.example>", "Anmeldung noch möglich?",
    """Hallo,

kann ich mich noch für die Sommerakademie anmelden? Ich habe die Einladung erst jetzt
gesehen. Wenn ja, würde mich Seminar 1 interessieren.

Olga Schmidt
"""), kind="question", email="olga.schmidt@mail.example", name="Olga Schmidt", language="de")

# 17 will register next week (other: nothing is asked, nothing is registered yet)
S.add("de-register-next-week", S.plain(
    "Kemal Arslan <k.arslan@mail.example>", "Re: Einladung Sommerakademie Integration",
    f"""Guten Tag,

danke für die Einladung. Wir besprechen das im Vorstand und melden uns nächste Woche an,
dann auch mit der Zahl der Personen.

Kemal Arslan
Türkischer Kulturverein Hiltrup

{quote(INVITATION)}
"""), kind="other")

# 18 a speaker asks about the projector (question)
S.add("de-speaker-projector", S.plain(
    "Dr. Miriam Hoffmann <m.hoffmann@uni-ms.example>", "Seminar 2 – Technik",
    """Liebes Team,

für meinen Vortrag im Seminar 2 brauche ich einen Beamer mit HDMI-Anschluss. Ist einer
im Raum vorhanden, oder soll ich meinen eigenen mitbringen?

Beste Grüße
Miriam Hoffmann
"""), kind="question", email="m.hoffmann@uni-ms.example", name="Miriam Hoffmann", language="de")

# 19 only an attachment and "siehe Anhang": nothing readable; a human must open it
S.add("de-attachment-only", with_attachment(
    "Fatma Kaya <fatma.kaya@mail.example>", "Sommerakademie",
    "siehe Anhang\n\nGesendet von meinem iPhone\n",
    "Formular.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), kind="other")

# ---------------------------------------------------------------------------
# lifecycle: changes and cancellations of existing registrations
# ---------------------------------------------------------------------------

# 20 instead of two we come as three (change; party size is null by convention)
S.add("de-change-zu-dritt", S.plain(
    "Leyla Demir <leyla.demir@mail.example>", "Re: Ihre Anmeldung zur Sommerakademie",
    f"""Hallo,

statt zu zweit kommen wir jetzt zu dritt. Geht das noch?

Leyla Demir

{quote(CONFIRMATION)}
"""), kind="change", email="leyla.demir@mail.example", name="Leyla Demir", language="de")

# 21 the colleague does not come after all (change)
S.add("de-change-colleague-not-coming", S.plain(
    "Ahmad Rahimi <a.rahimi@mail.example>", "Änderung meiner Anmeldung",
    """Guten Tag,

meine Kollegin kommt doch nicht mit, ich komme also allein. Mein Seminar bleibt gleich.

Ahmad Rahimi
"""), kind="change", email="a.rahimi@mail.example", name="Ahmad Rahimi", language="de")

# 22 add a colleague to one's registration (change)
S.add("de-change-add-colleague", S.plain(
    "Birgit Lang <b.lang@diakonie-ms.example>", "Nachmeldung",
    """Hallo,

ich bin schon für Seminar 3 angemeldet und möchte zusätzlich meine Kollegin Sandra Ott anmelden,
ebenfalls für Seminar 3.

Birgit Lang
Diakonie Münster
"""), kind="change", email="b.lang@diakonie-ms.example", name="Birgit Lang", workgroups=["S3"], language="de")

# 23 we must cancel, maybe next year
S.add("de-cancel-maybe-next-year", S.html(
    "Verein Nachbarschaft <kontakt@nachbarschaft-ms.example>", "AW: Ihre Anmeldung zur Sommerakademie",
    """<html><body><p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">wir müssen unsere Teilnahme leider absagen. Vielleicht klappt es nächstes Jahr.</p>
<p class="MsoNormal">Mit freundlichen Grüßen<br>Gül Yıldız<br>Verein Nachbarschaft e.V.</p>
<div style="border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>Von:</b> Sommerakademie<br>
<b>Betreff:</b> Ihre Anmeldung zur Sommerakademie</p></div>
<p class="MsoNormal">vielen Dank für Ihre Anmeldung zur Sommerakademie am 14. Juli 2029.
Sie sind für Seminar 2: Recht angemeldet (2 Personen).</p></body></html>"""),
    kind="cancellation", email="kontakt@nachbarschaft-ms.example", name="Gül Yıldız", language="de")

# 24 English: not seminar 2 but seminar 3 instead
S.add("en-change-seminar-2-to-3", S.plain(
    "Grace Mensah <grace.mensah@mail.example>", "Change of seminar",
    """Hi,

I can't make it to Seminar 2 after all, but I would like to join Seminar 3 instead.

Thanks,
Grace Mensah
"""), kind="change", email="grace.mensah@mail.example", name="Grace Mensah", workgroups=["S3"], language="en")

# 25 cancellation for a colleague
S.add("de-cancel-for-colleague", S.plain(
    "Thomas Brandt <t.brandt@drk-ms.example>", "Sommerakademie Frau Nowak",
    """Guten Tag,

Frau Nowak kann leider nicht kommen, sie ist erkrankt. Bitte streichen Sie sie von der Liste.

Mit freundlichen Grüßen
Thomas Brandt
DRK Kreisverband Münster
"""), kind="cancellation", email="t.brandt@drk-ms.example", name="Thomas Brandt", language="de")

# 26 English: can't attend this year, good luck (never registered: still a cancellation)
S.add("en-cant-attend-good-luck", S.plain(
    "Peter Novak <p.novak@mail.example>", "Re: Invitation summer academy",
    """Dear team,

unfortunately we can't attend this year. Good luck with the academy!

Peter Novak
"""), kind="cancellation", email="p.novak@mail.example", name="Peter Novak", language="en")

# 27 Turkish change: from Seminar 1 to Seminar 4
S.add("tr-change-seminar", S.plain(
    "Ayşe Çelik <ayse.celik@mail.example>", "Seminer değişikliği",
    """Merhaba,

Seminar 1'e kayıtlıyım ama Seminar 4'e geçmek istiyorum. Mümkün mü?

Teşekkürler
Ayşe Çelik
"""), kind="change", email="ayse.celik@mail.example", name="Ayşe Çelik", workgroups=["S4"], language="tr")

# 28 Arabic cancellation
S.add("ar-cancellation", S.plain(
    "Omar Khalil <omar.khalil@mail.example>", "إلغاء التسجيل",
    """مرحباً،

للأسف لن أتمكن من حضور الأكاديمية الصيفية. أرجو إلغاء تسجيلي.

مع التحية
عمر خليل
"""), kind="cancellation", email="omar.khalil@mail.example", name="عمر خليل", language="ar")

# 29 Russian question: is registration still possible?
S.add("ru-question-still-possible", S.plain(
    "Елена Волкова <e.volkova@mail.example>", "Вопрос",
    """Здравствуйте,

можно ли ещё зарегистрироваться на летнюю академию? Срок уже прошёл?

С уважением,
Елена Волкова
"""), kind="question", email="e.volkova@mail.example", name="Елена Волкова", language="ru")

# 30 Ukrainian change of party size: three instead of two
S.add("uk-change-three-instead-of-two", S.plain(
    "Ірина Коваль <i.koval@mail.example>", "Зміна реєстрації",
    """Добрий день,

ми вже зареєстровані, але нас буде троє замість двох. Будь ласка, змініть це.

Ірина Коваль
"""), kind="change", email="i.koval@mail.example", name="Ірина Коваль", language="uk")

# 31 French question: can one still register?
S.add("fr-question-still-register", S.both(
    "Claire Martin <claire.martin@mail.example>", "Inscription encore possible ?",
    """Bonjour,

est-il encore possible de s'inscrire à l'académie d'été ? Y a-t-il encore des places au Seminar 3 ?

Cordialement,
Claire Martin"""), kind="question", email="claire.martin@mail.example", name="Claire Martin", language="fr")

# 32 Spanish cancellation
S.add("es-cancellation", S.plain(
    "Lucía Fernández <lucia.fernandez@mail.example>", "Cancelación",
    """Hola:

lamentablemente no podré asistir a la academia de verano. Por favor, anulen mi inscripción.

Saludos,
Lucía Fernández
"""), kind="cancellation", email="lucia.fernandez@mail.example", name="Lucía Fernández", language="es")

# 33 Polish speaker question about the projector
S.add("pl-question-projector", S.plain(
    "Katarzyna Nowicka <k.nowicka@mail.example>", "Pytanie – rzutnik",
    """Dzień dobry,

prowadzę warsztat w Seminar 1. Czy w sali będzie rzutnik i ekran?

Pozdrawiam
Katarzyna Nowicka
"""), kind="question", email="k.nowicka@mail.example", name="Katarzyna Nowicka", language="pl")

# 34 Farsi thanks for the confirmation (other)
S.add("fa-thanks-confirmation", S.plain(
    "Reza Ahmadi <reza.ahmadi@mail.example>", "Re: Ihre Anmeldung zur Sommerakademie",
    f"""سلام،

از تأیید ثبت‌نام شما متشکرم. تا ۱۴ ژوئیه!

رضا احمدی

{quote(CONFIRMATION)}
"""), kind="other")

# 35 English unsubscribe (other)
S.add("en-unsubscribe", S.plain(
    "Mark Taylor <m.taylor@mail.example>", "Re: Invitation summer academy",
    """Please remove me from your mailing list. I no longer work with migrant organisations.

Mark Taylor
"""), kind="other")

# 36 Turkish: forwarding the invitation to members (other)
S.add("tr-forward-to-members", S.plain(
    "Mehmet Öztürk <m.ozturk@mail.example>", "Re: Einladung Sommerakademie Integration",
    """Merhaba,

davetiniz için teşekkürler. Üyelerimize ileteceğiz, kayıt olmak isteyenler size doğrudan yazacak.

Mehmet Öztürk
"""), kind="other")

# 37 French sponsor / stand offer (other)
S.add("fr-stand-offer", S.plain(
    "Association Livres Ouverts <contact@livres-ouverts.example>", "Proposition de stand",
    """Bonjour,

notre association propose des livres bilingues pour enfants. Nous vous proposons de tenir
gratuitement un stand de livres pendant l'académie d'été, si vous le souhaitez.

Association Livres Ouverts
"""), kind="other")

# 38 Arabic question: is registration still possible?
S.add("ar-question-still-possible", S.plain(
    "Huda Saleh <huda.saleh@mail.example>", "سؤال",
    """مرحباً،

هل ما زال التسجيل في الأكاديمية الصيفية ممكناً؟ وهل هناك ترجمة إلى العربية؟

شكراً
هدى صالح
"""), kind="question", email="huda.saleh@mail.example", name="هدى صالح", language="ar")

# 39 Polish cancellation
S.add("pl-cancellation", S.plain(
    "Tomasz Wiśniewski <t.wisniewski@mail.example>", "Rezygnacja",
    """Dzień dobry,

niestety nie mogę przyjechać na akademię letnią. Proszę anulować moje zgłoszenie.

Pozdrawiam
Tomasz Wiśniewski
"""), kind="cancellation", email="t.wisniewski@mail.example", name="Tomasz Wiśniewski", language="pl")

# 40 Spanish change: Seminar 1 → Seminar 2
S.add("es-change-seminar", S.plain(
    "Diego Ramos <diego.ramos@mail.example>", "Cambio de seminario",
    """Hola,

estoy inscrito en el Seminar 1, pero prefiero cambiarme al Seminar 2. ¿Es posible?

Gracias,
Diego Ramos
"""), kind="change", email="diego.ramos@mail.example", name="Diego Ramos", workgroups=["S2"], language="es")

# 41 Russian cancellation for a colleague
S.add("ru-cancel-for-colleague", S.plain(
    "Сергей Иванов <s.ivanov@mail.example>", "Отмена",
    """Добрый день,

моя коллега Марина Петрова, к сожалению, не сможет прийти. Пожалуйста, удалите её из списка.

Сергей Иванов
"""), kind="cancellation", email="s.ivanov@mail.example", name="Сергей Иванов", language="ru")

# 42 English: will register later, with a question (question)
S.add("en-register-later-question", S.plain(
    "Nadia Rahman <nadia.rahman@mail.example>", "Summer academy",
    """Hello,

we will register next week once our team has decided who can come. Is it OK if we send
the names after the deadline?

Best,
Nadia Rahman
"""), kind="question", email="nadia.rahman@mail.example", name="Nadia Rahman", language="en")

# 43 Farsi change: Seminar 2 → Seminar 4
S.add("fa-change-seminar", S.plain(
    "Maryam Karimi <maryam.karimi@mail.example>", "تغییر سمینار",
    """سلام،

من برای Seminar 2 ثبت‌نام کرده‌ام، اما می‌خواهم به Seminar 4 بروم.

با تشکر
مریم کریمی
"""), kind="change", email="maryam.karimi@mail.example", name="مریم کریمی", workgroups=["S4"], language="fa")

# 44 Ukrainian thanks after the confirmation (other)
S.add("uk-thanks-confirmation", S.plain(
    "Олег Бондар <o.bondar@mail.example>", "Re: Ihre Anmeldung zur Sommerakademie",
    f"""Дякую за підтвердження! До зустрічі 14 липня.

Олег Бондар

{quote(CONFIRMATION)}
"""), kind="other")

if __name__ == "__main__":
    S.write(HERE)
    print(f"{len(S.items)} mails written to {HERE / 'mails'}")
