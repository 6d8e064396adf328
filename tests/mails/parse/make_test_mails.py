#!/usr/bin/env python3
"""Write the parser's own test mails (*.eml) for the event in event.toml.

    python3 tests/mails/parse/make_test_mails.py

Every text here is written for these tests (people, associations and wording
of their own); the expected values live in tests/test_parse_mails.py.
Output is deterministic.
"""

from email.message import EmailMessage, MIMEPart
from email.policy import default
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = default.clone(refold_source="none")
US = "Sommerforum Vielfalt <forum@vielfalt.example>"
DATE = "Tue, 14 Mar 2028 10:00:00 +0100"

INVITATION = """Liebe Engagierte,

zum Sommerforum Vielfalt 2028 laden wir Sie herzlich ein.
Am Nachmittag gibt es vier Workshops:

Workshop 1: Jugendarbeit und Ehrenamt
Workshop 2: Digitale Teilhabe für Seniorinnen und Senioren
Workshop 3: Gesundheit und Pflege
Workshop 4: Kultur und Sprache

Bitte melden Sie sich formlos per E-Mail an.

Ihr Forum-Team"""


def quote(text):
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def message(frm, subject, headers=()):
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = US
    m["Subject"] = subject
    m["Date"] = DATE
    m["Message-ID"] = f"<{zlib.crc32(subject.encode())}.{len(subject)}@test.example>"
    for k, v in headers:
        m[k] = v
    return m


def plain(frm, subject, text, charset="utf-8", cte="quoted-printable", headers=()):
    m = message(frm, subject, headers)
    m.set_content(text, charset=charset, cte=cte)
    return m


def raw_plain(frm, subject, text, charset, cte="8bit", headers=()):
    """A text/plain mail whose body bytes are in `charset`, labelled `label` (may be a lie)."""
    head = [f"From: {frm}", f"To: {US}", f"Subject: {subject}", f"Date: {DATE}",
            "Message-ID: <raw.%d@test.example>" % (len(text)), "MIME-Version: 1.0"]
    head += [f"{k}: {v}" for k, v in headers]
    label, real = charset if isinstance(charset, tuple) else (charset, charset)
    head += [f"Content-Type: text/plain; charset={label}", f"Content-Transfer-Encoding: {cte}"]
    return ("\n".join(head) + "\n\n").encode("ascii") + text.encode(real) + b"\n"


def html_only(frm, subject, html, charset="utf-8"):
    m = message(frm, subject)
    m.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
    return m


MAILS = {}


def mail(name):
    def deco(fn):
        MAILS[name] = fn
        return fn
    return deco


@mail("de-thunderbird-quotes-all-workshops")
def _():
    text = f"""Guten Tag,

danke für die Einladung. Ich melde mich hiermit für Workshop 3 an.

Beste Grüße
Johanna Reuter

--
Kurdischer Frauenverein Ronahî e.V.
Kassenwartin

Am 02.03.28 um 09:12 schrieb Sommerforum Vielfalt:
{quote(INVITATION)}
"""
    return plain("Johanna Reuter <j.reuter@ronahi.example>", "Re: Einladung Sommerforum", text, cte="8bit")


@mail("en-gmail-wife-and-i-workshop-two")
def _():
    text = f"""Hello,

my wife and I would like to sign up for the forum. We'd like to go to workshop two.

Cheers,
Kofi Asante
Ghanaian Community Cologne

On Thu, 2 Mar 2028 at 09:12, Sommerforum Vielfalt <forum@vielfalt.example>
wrote:
{quote(INVITATION)}
"""
    m = message("Kofi Asante <kofi.asante@mail.example>", "Re: Einladung Sommerforum")
    m.set_content(text)
    m.add_alternative("<div dir=ltr>" + text.replace("\n", "<br>") + "</div>", subtype="html")
    return m


@mail("outlook-html-only-von-block")
def _():
    html = """<html><head><style>p.MsoNormal{margin:0cm}</style></head><body lang=DE>
<div class=WordSection1>
<p class=MsoNormal>Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>wir nehmen gern zu zweit teil und interessieren uns f&uuml;r den Workshop zu Sprachkursen.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class=MsoNormal>Miriam Haddadi<o:p></o:p></p>
<p class=MsoNormal>Bildungswerk Al-Nour e.V.<o:p></o:p></p>
<div style='border:none;border-top:solid #E1E1E1 1.0pt'>
<p class=MsoNormal><b>Von:</b> Sommerforum Vielfalt &lt;forum@vielfalt.example&gt;<br>
<b>Gesendet:</b> Donnerstag, 2. M&auml;rz 2028 09:12<br>
<b>An:</b> Haddadi, Miriam<br>
<b>Betreff:</b> Einladung Sommerforum<o:p></o:p></p></div>
<p class=MsoNormal>Workshop 1: Jugendarbeit und Ehrenamt</p>
<p class=MsoNormal>Workshop 3: Gesundheit und Pflege</p>
</div></body></html>"""
    return html_only('"Haddadi, Miriam" <m.haddadi@alnour.example>', "AW: Einladung Sommerforum", html,
                     charset="windows-1252")


@mail("ru-koi8r-group-four-three-people")
def _():
    text = """Добрый день!

Хочу зарегистрироваться на форум. Нас будет трое.
Нас интересует рабочая группа 4 (культура).

С уважением,
Ирина Соколова
Общество русских немцев Кёльн
"""
    return raw_plain("Irina Sokolova <i.sokolova@mail.example>", "Registratsiya", text, "koi8-r")


@mail("tr-iso-8859-9-second-group-with-spouse")
def _():
    text = """Merhaba,

foruma kayıt olmak istiyorum. 2. çalışma grubuna katılmak istiyorum, eşimle birlikte geleceğim.

Saygılarımla,
Emine Doğan
Türk Veliler Derneği Köln
"""
    return raw_plain("Emine Dogan <emine.dogan@mail.example>", "Kayit", text, "iso-8859-9")


@mail("mislabelled-latin1-is-utf8")
def _():
    text = """Hallo,

ich möchte mich für die Arbeitsgruppe Gesundheit anmelden.

Viele Grüße
Jürgen Größler
Förderkreis Südstadt e.V.
"""
    return raw_plain("Juergen Groessler <jg@suedstadt.example>", "Anmeldung", text, ("iso-8859-1", "utf-8"))


@mail("windows-1252-labelled-latin1-quotes")
def _():
    text = """Guten Tag,

hiermit melde ich mich für den Workshop „Kultur und Sprache“ an – ich komme allein.

Freundliche Grüße
Zoé Marchetti
Italienischer Kulturkreis Köln
"""
    return raw_plain("Zoe Marchetti <zoe@kulturkreis.example>", "Anmeldung", text, ("iso-8859-1", "cp1252"))


@mail("forward-of-member-registration")
def _():
    text = """Hallo liebes Forum-Team,

ich leite die Anmeldung unseres Mitglieds weiter, bitte direkt ihm antworten.

Gruß
Sandra Pohl
Vorsitzende Eritreische Gemeinde Köln e.V.

---------- Forwarded message ---------
From: Tekle Haile <tekle.haile@post.example>
Date: Mon, 6 Mar 2028 at 20:01
Subject: Forum
To: <info@eritrea-koeln.example>


Hallo Sandra,

kannst du mich bitte für das Sommerforum anmelden? Am liebsten Workshop 1.

Danke!
Tekle
"""
    return plain('"Eritreische Gemeinde Köln e.V." <info@eritrea-koeln.example>', "Fwd: Forum", text)


@mail("registers-colleague-confirm-to-her")
def _():
    text = """Sehr geehrte Damen und Herren,

ich melde unsere Mitarbeiterin Frau Leyla Şahin für den Workshop Pflege an.
Ich selbst bin an dem Tag verhindert.
Bitte senden Sie die Bestätigung an ihre Adresse: leyla.sahin@pflegedienst.example

Mit freundlichen Grüßen
Bernd Kowalski
Interkultureller Pflegedienst Köln gGmbH
"""
    return plain("Bernd Kowalski <chef@pflegedienst.example>", "Anmeldung Frau Şahin", text)


@mail("change-from-one-to-two")
def _():
    text = """Hallo,

ich bin für Workshop 1 angemeldet. Könnten Sie mich bitte von Workshop 1 in Workshop 2 umbuchen?

Danke und viele Grüße
Petra Lindqvist
"""
    return plain("Petra Lindqvist <petra.l@mail.example>", "Umbuchung", text, headers=[("Reply-To", "Petra Lindqvist <petra.privat@mail.example>")])


@mail("pl-cancellation")
def _():
    text = """Dzień dobry,

niestety muszę odwołać moją rejestrację na forum. Przepraszam.

Pozdrawiam
Agnieszka Nowicka
"""
    return plain("Agnieszka Nowicka <a.nowicka@poczta.example>", "Rezygnacja", text)


@mail("es-question-only")
def _():
    text = """Hola,

¿Habrá traducción al español en los talleres? ¿Y hay aparcamiento cerca del Bürgerhaus?

Saludos
Lucía Fernández
"""
    return plain("Lucia Fernandez <lucia.f@mail.example>", "Pregunta", text)


@mail("x-autorespond-header")
def _():
    return plain("Mehmet Uçar <m.ucar@verein.example>", "Re: Ihre Anmeldung",
                 "Ich bin zurzeit nicht erreichbar.\n", headers=[("X-Autorespond", "yes")])


@mail("fr-out-of-office-text-only")
def _():
    text = """Bonjour,

Je suis absente du bureau jusqu'au 20 mars avec un accès limité à mes e-mails.
Réponse automatique : votre message ne sera pas transféré.

Claire Martin
"""
    return plain("Claire Martin <claire.martin@asso.example>", "Re: Rappel Sommerforum", text)


@mail("gmail-text-bounce-no-report")
def _():
    text = """** Address not found **

Your message wasn't delivered to yusuf.kaya@gmial.example because the domain gmial.example couldn't be found.

The response was:
DNS Error: domain not found
"""
    return plain("Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)", text)


@mail("dsn-report-user-unknown")
def _():
    return b"""From: MAILER-DAEMON@mx.vielfalt.example (Mail Delivery System)
To: forum@vielfalt.example
Subject: Undelivered Mail Returned to Sender
Date: Tue, 14 Mar 2028 10:00:00 +0100
Message-ID: <dsn.1@mx.vielfalt.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b0undary"

--b0undary
Content-Type: text/plain; charset=us-ascii

The mail system

<anna.weiss@verein-xy.example>: user unknown

--b0undary
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.vielfalt.example

Final-Recipient: rfc822; Anna.Weiss@verein-xy.example
Action: failed
Status: 5.1.1

--b0undary--
"""


@mail("newsletter-list-headers")
def _():
    text = "Liebe Leserinnen und Leser,\n\nunser Workshop 2 zur Digitalisierung ist ausgebucht, melden Sie sich jetzt an!\n"
    return plain("Stadtnachrichten <news@stadt.example>", "Newsletter März", text,
                 headers=[("List-Id", "<news.stadt.example>"), ("List-Unsubscribe", "<mailto:off@stadt.example>"),
                          ("Precedence", "bulk")])


@mail("second-choice-named-first")
def _():
    text = """Hallo,

ich melde mich an. Zweitwunsch: Gesundheit und Pflege, Erstwunsch: Jugendarbeit.

Grüße
Timo Albrecht
Sportverein Lindenhof
"""
    return plain("Timo Albrecht <timo@sv-lindenhof.example>", "Anmeldung Sommerforum", text)


@mail("change-of-mind-inside-mail")
def _():
    text = """Hallo zusammen,

hiermit melde ich mich an, für Workshop 1 – ach nein, doch lieber Workshop IV.

Liebe Grüße
Dilara Aksoy
"""
    return plain("Dilara Aksoy <dilara.aksoy@mail.example>", "Anmeldung", text)


@mail("unknown-workshop-number")
def _():
    text = "Guten Tag,\n\nich möchte mich für Workshop 7 anmelden.\n\nGrüße\nHenrik Vogt\n"
    return plain("Henrik Vogt <h.vogt@mail.example>", "Anmeldung", text)


@mail("attachment-and-attached-forward")
def _():
    m = message("Olga Brandt <olga.brandt@mail.example>", "Anmeldung mit Flyer")
    m.set_content("Hallo,\n\nwir sind 4 Personen und melden uns für die Arbeitsgruppe Kunst an.\n\n"
                  "Viele Grüße\nOlga Brandt\nTheaterinitiative Kalk\n")
    m.add_attachment(b"%PDF-1.4 test", maintype="application", subtype="pdf", filename="Flyer Kalk.pdf")
    return m


@mail("coordinator-status-command")
def _():
    return plain("Leitung <leitung@vielfalt.example>", "STATUS", "\n")


@mail("fa-persian-digit-group")
def _():
    text = """سلام،

می‌خواهم در فروم ثبت‌نام کنم. در گروه کاری ۳ شرکت می‌کنم. با همسرم می‌آیم.

با سپاس
Sara Ahmadi
انجمن فرهنگی ایرانیان کلن
"""
    return plain("Sara Ahmadi <sara.ahmadi@mail.example>", "ثبت‌نام", text, cte="base64")


@mail("ar-second-group-ordinal")
def _():
    text = """مرحباً،

أود التسجيل في المنتدى. أرغب في المشاركة في مجموعة العمل الثانية.

مع التحية
Omar Khalil
"""
    return plain("Omar Khalil <omar.khalil@mail.example>", "تسجيل", text, cte="base64")


@mail("uk-change-party-size")
def _():
    text = """Добрий день!

Я вже зареєстрована. Будь ласка, змініть: нас буде двоє замість трьох.

Дякую!
Olena Marchenko
"""
    return plain("Olena Marchenko <olena.m@mail.example>", "Зміна", text)


@mail("own-loop-header")
def _():
    return plain(US, "Ihre Anmeldung", "Bestätigung\n", headers=[("X-Mailbot-Loop", "1")])


@mail("dmarc-results-two-servers")
def _():
    return plain("Nadia Berger <nadia@mail.example>", "Anmeldung",
                 "Hallo,\n\nich melde mich für Workshop 2 an.\n\nGrüße\nNadia Berger\n",
                 headers=[("Authentication-Results", "mx.vielfalt.example; dkim=pass; dmarc=fail header.from=mail.example"),
                          ("Authentication-Results", "other.example; dmarc=pass")])


def main():
    for name, build in MAILS.items():
        data = build()
        if not isinstance(data, bytes):
            data = data.as_bytes(policy=POLICY)
        (HERE / f"{name}.eml").write_bytes(data)
    print(f"{len(MAILS)} mails written")


if __name__ == "__main__":
    main()
