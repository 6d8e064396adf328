#!/usr/bin/env python3
"""Evaluation set "traps2" for mailbot: 50 red-team mails to the MSO-Tag 2027.

    python3 make_mails.py           write mails/*.eml and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.  Every mail text is in this
file; the comment line above each mail says what it tests.
"""

import argparse
import base64
import email
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

OURS = "mso-tag@muenster.example"
OURS_HDR = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def T(s):
    """A body text written flush-left in a triple-quoted string."""
    s = s.lstrip("\n")
    return s if s.endswith("\n") else s + "\n"


def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append((prefix + line) if line.strip() else prefix.rstrip())
    return "\n".join(out) + "\n"


def when(y, mo, d, h, mi, off=1, s=0):
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off))))


def enc(value, charset="utf-8", name="Subject"):
    if value.isascii():
        return value
    return Header(value, charset, header_name=name).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if not name.isascii():
        return f"{Header(name, charset).encode()} <{address}>"
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    data = text.encode(charset)          # strict: fails when the text does not fit the charset
    if cte == "7bit":
        assert data.isascii(), "7bit part with non-ASCII text"
        body = data
    elif cte == "8bit":
        body = data
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"',
               f"Content-Transfer-Encoding: {cte}"]
    return Part(headers + (extra or []), body)


def html(paragraphs, outlook=False):
    """A small HTML document from paragraphs (lines inside a paragraph become <br>)."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if outlook:
        head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="DE" link="#0563C1">\n<div class="WordSection1">\n')
        tail = "</div>\n</body>\n</html>\n"
        p = '<p class="MsoNormal">{}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    else:
        head = "<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n"
        tail = "</body>\n</html>\n"
        p = "<p>{}</p>\n"
    body = "".join(p.format("<br>\n".join(esc(l) for l in para.split("\n")))
                   for para in paragraphs)
    return head + body + tail


def multipart(subtype, parts, boundary, extra_params="", preamble=True):
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode("ascii") + b"\n\n" + p.body
    out += b"--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_params}'], out)


def rfc822(raw):
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline"], raw)


def dsn(text):
    return Part(["Content-Type: message/delivery-status"], text.encode("ascii"))


def message(headers, part):
    lines = headers + ["MIME-Version: 1.0"] + part.headers
    for line in lines:
        line.encode("ascii")
    return "\n".join(lines).encode("ascii") + b"\n\n" + part.body


def rec(kind, email=None, name=None, organisation=None, workgroups=(), party_size=None,
        language=None, bounced_recipient=None):
    return {"kind": kind, "email": email, "name": name, "organisation": organisation,
            "workgroups": list(workgroups), "party_size": party_size, "language": language,
            "bounced_recipient": bounced_recipient}


def reg(email, name, org, wgs, n, lang):
    return rec("registration", email, name, org, wgs, n, lang)


def chg(email, name, org, wgs, n, lang):
    return rec("change", email, name, org, wgs, n, lang)


def can(email, name, org, lang):
    return rec("cancellation", email, name, org, (), None, lang)


def qst(email, name, org, lang):
    return rec("question", email, name, org, (), None, lang)


def machine(kind, bounced=None):
    return rec(kind, bounced_recipient=bounced)


# ---------------------------------------------------------------------------
# our own outgoing texts (quoted by participants)
# ---------------------------------------------------------------------------

INVITE_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITE_ID = "<einladung-2027-01-08@muenster.example>"
INVITE_DE = T("""
Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, laden wir Sie herzlich zum Tag der
Migrantenselbstorganisationen ins Stadtweinhaus am Prinzipalmarkt ein
(10 bis 16 Uhr).

Am Nachmittag arbeiten wir in drei parallelen Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis zum
6. März 2027 per Antwort auf diese E-Mail an und nennen Sie uns:

  Name:
  Organisation:
  Arbeitsgruppe (Erst- und Zweitwahl):
  Anzahl Personen:

Die Teilnahme ist kostenlos, für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Ihr Organisationsteam MSO-Tag 2027
Stadt Münster, Kommunales Integrationszentrum
""")
INVITE_ATTR_DE = "Am 08.01.2027 um 09:00 schrieb Tag der Migrantenselbstorganisationen:"

AG_DE = {1: "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
         2: "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
         3: "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement"}
AG_EN = {1: "AG 1 - People with a migration background in the education system",
         2: "AG 2 - Münster's future process from the view of people with a migration background",
         3: "AG 3 - Funding opportunities and effective association management"}
CONF_SUBJECT_DE = "Ihre Anmeldung zum MSO-Tag 2027"


def conf_de(name, org, ag, n):
    return T(f"""
Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen
am Samstag, 13. März 2027, im Stadtweinhaus (Prinzipalmarkt 8).
Wir haben Folgendes für Sie notiert:

  Name:          {name}
  Organisation:  {org}
  Arbeitsgruppe: {AG_DE[ag]}
  Personen:      {n}

Möchten Sie etwas ändern oder absagen, antworten Sie einfach auf diese
Nachricht.

Freundliche Grüße
Organisationsteam MSO-Tag 2027
""")


def conf_en(name, org, ag, n):
    return T(f"""
Hello {name},

thank you for registering for the Day of Migrant Self-Organisations
on Saturday, 13 March 2027, at the Stadtweinhaus (Prinzipalmarkt 8).
We have noted:

  Name:          {name}
  Organisation:  {org}
  Workgroup:     {AG_EN[ag]}
  Persons:       {n}

If you would like to change or cancel anything, simply reply to this
message.

Kind regards
MSO-Tag 2027 organising team
""")


def conf_fr(name, org, n):
    return T(f"""
Bonjour {name},

merci pour votre inscription à la Journée des organisations de migrants
le samedi 13 mars 2027 au Stadtweinhaus (Prinzipalmarkt 8).
Nous avons noté :

  Nom :          {name}
  Organisation : {org}
  Atelier :      AG 1 - Les personnes issues de l'immigration dans le système éducatif
  Personnes :    {n}

Pour modifier ou annuler votre inscription, répondez simplement à ce message.

Cordialement,
L'équipe d'organisation du MSO-Tag 2027
""")


def conf_es(name, org, n):
    return T(f"""
Hola, {name}:

Gracias por inscribirse en la Jornada de las Organizaciones de Migrantes
el sábado 13 de marzo de 2027 en el Stadtweinhaus (Prinzipalmarkt 8).
Hemos anotado:

  Nombre:           {name}
  Organización:     {org}
  Grupo de trabajo: AG 3 - Posibilidades de financiación y gestión eficaz de asociaciones
  Personas:         {n}

Si desea cambiar o cancelar algo, responda simplemente a este mensaje.

Saludos cordiales
Equipo organizador del MSO-Tag 2027
""")


def conf_ru(name, org, n):
    return T(f"""
Здравствуйте, {name}!

Спасибо за регистрацию на День организаций мигрантов в субботу,
13 марта 2027 года, в Штадтвайнхаусе (Prinzipalmarkt 8).
Мы записали:

  Имя:            {name}
  Организация:    {org}
  Рабочая группа: AG 2 - Процесс будущего Мюнстера глазами людей с миграционной историей
  Человек:        {n}

Если вы хотите что-то изменить или отменить, просто ответьте на это письмо.

С уважением,
Оргкомитет MSO-Tag 2027
""")


MAILS = []   # (slug, comment, raw bytes, expected record)


def add(slug, comment, raw, expected):
    MAILS.append((slug, comment, raw, expected))


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: plain correct registration, German, UTF-8 quoted-printable, workgroup named by number and alias
add("kaya-brandt-plain-registration", "plain German registration, AG 2 by number and alias",
    message([
        "From: " + addr("Selin Kaya-Brandt", "selin.kaya-brandt@dtkv-hiltrup.example"),
        "To: " + OURS,
        "Subject: Anmeldung MSO-Tag",
        "Date: " + when(2027, 1, 11, 8, 52),
        "Message-ID: <5f1c2a90-7d1e@dtkv-hiltrup.example>",
        "User-Agent: Mozilla Thunderbird",
    ], leaf(T("""
Guten Morgen,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am
13. März an. Ich komme für den Deutsch-Türkischen Kulturverein Hiltrup e.V.
und würde gern in der AG 2 (Zukunftsprozess) mitarbeiten.

Viele Grüße
Selin Kaya-Brandt
Deutsch-Türkischer Kulturverein Hiltrup e.V.
"""))),
    reg("selin.kaya-brandt@dtkv-hiltrup.example", "Selin Kaya-Brandt",
        "Deutsch-Türkischer Kulturverein Hiltrup e.V.", ["AG2"], 1, "de"))

# 002: plain correct registration, English, two persons, first and second choice, invitation quoted below
add("okafor-en-two-choices", "English reply over the quoted German invitation: 2 persons, AG 3 then AG 1",
    message([
        "From: " + addr("Chinedu Okafor", "c.okafor@naija-muenster.example"),
        "To: " + addr("Tag der Migrantenselbstorganisationen", OURS),
        "Subject: " + enc("Re: " + INVITE_SUBJECT),
        "Date: " + when(2027, 1, 11, 19, 30),
        "Message-ID: <CAF2x9q0okafor11@mail.example.com>",
        "In-Reply-To: " + INVITE_ID,
        "References: " + INVITE_ID,
    ], leaf(T("""
Dear organising team,

Thank you for the invitation. My wife Ngozi and I would both like to attend
on behalf of the Nigerian Community Association Münster.

Our first choice is workgroup 3 (funding and running an association), and
if that one is full we would take workgroup 1.

Kind regards,
Chinedu Okafor
Nigerian Community Association Münster

""") + INVITE_ATTR_DE + "\n" + quote(INVITE_DE))),
    reg("c.okafor@naija-muenster.example", "Chinedu Okafor",
        "Nigerian Community Association Münster", ["AG3", "AG1"], 2, "en"))

# 003: plain correct registration, Turkish in ISO-8859-9 quoted-printable, "1. grup"
add("yildiz-tr-iso8859-9", "Turkish registration in ISO-8859-9, workgroup as '1. grubu (eğitim sistemi)'",
    message([
        "From: " + addr("Hatice Yıldız", "hatice.yildiz@anneler-dernegi.example", "iso-8859-9"),
        "To: " + OURS,
        "Subject: " + enc("MSO Günü kaydı", "iso-8859-9"),
        "Date: " + when(2027, 1, 12, 10, 5),
        "Message-ID: <20270112100512.4471@anneler-dernegi.example>",
    ], leaf(T("""
Merhabalar,

13 Mart'taki Göçmen Dernekleri Günü'ne katılmak istiyorum. Münster Anneler
Derneği adına geleceğim, yalnız geleceğim.

Çalışma grubu olarak 1. grubu (eğitim sistemi) seçiyorum, çünkü derneğimizde
en çok okul konularıyla uğraşıyoruz.

Saygılarımla
Hatice Yıldız
Münster Anneler Derneği
"""), charset="iso-8859-9")),
    reg("hatice.yildiz@anneler-dernegi.example", "Hatice Yıldız", "Münster Anneler Derneği",
        ["AG1"], 1, "tr"))

# 004: plain correct registration, Arabic base64, three persons in words, "the second group", Latin org name
add("haddad-ar-three-persons", "Arabic base64 registration: 'me and two colleagues' = 3, the second workgroup",
    message([
        "From: " + addr("Rania Haddad", "rania.haddad@syrisches-haus.example"),
        "To: " + OURS,
        "Subject: " + enc("تسجيل – يوم منظمات المهاجرين"),
        "Date: " + when(2027, 1, 12, 21, 47),
        "Message-ID: <a81b0c55-haddad@syrisches-haus.example>",
    ], leaf(T("""
السلام عليكم،

أود أن أسجل في يوم منظمات المهاجرين الذاتية يوم 13 آذار/مارس 2027 باسم جمعية Syrisches Haus Münster e.V.

سنحضر ثلاثة أشخاص: أنا وزميلتان من الجمعية. نرغب في المشاركة في مجموعة العمل الثانية (عملية مستقبل مدينة مونستر).

مع خالص التحية
Rania Haddad
Syrisches Haus Münster e.V.
"""), cte="base64")),
    reg("rania.haddad@syrisches-haus.example", "Rania Haddad", "Syrisches Haus Münster e.V.",
        ["AG2"], 3, "ar"))

# 005: TRAP binding registration for a different city event (other date, "Workshop 1", 2 persons) sent to our address
add("trap-other-event-kita-fachtag", "registration for a different event (Fachtag Kita, 24 Feb) sent here by mistake",
    message([
        "From: " + addr("Claudia Brinkmann", "c.brinkmann@kita-regenbogen.example"),
        "To: " + OURS,
        "Subject: Anmeldung Fachtag Elternarbeit 24.02.2027",
        "Date: " + when(2027, 1, 13, 9, 20),
        "Message-ID: <000a01db65f1$kita@kita-regenbogen.example>",
        "X-Mailer: Microsoft Outlook 16.0",
    ], leaf(T("""
Sehr geehrte Damen und Herren,

hiermit melden wir uns verbindlich zum Fachtag „Elternarbeit in der Kita“ am
24. Februar 2027 im Rathaus an. Wir kommen mit 2 Personen und möchten an
Workshop 1 (Mehrsprachige Elterngespräche) teilnehmen.

Teilnehmerinnen: Claudia Brinkmann, Sevgi Aslan
Einrichtung: Kita Regenbogen, Münster-Kinderhaus

Mit freundlichen Grüßen
Claudia Brinkmann
Leitung Kita Regenbogen
"""), charset="windows-1252")),
    machine("other"))

# 006: TRAP Turkish: asks whether workgroup 3 still has places, registration only announced for later
add("trap-tr-places-left-question", "Turkish question whether AG 3 has places; registers no one yet",
    message([
        "From: " + addr("Mustafa Erdem", "m.erdem@example.org"),
        "To: " + OURS,
        "Subject: " + enc("3. çalışma grubu hakkında"),
        "Date: " + when(2027, 1, 14, 12, 11),
        "Message-ID: <m.erdem.1768389060@example.org>",
    ], leaf(T("""
İyi günler,

Derneğimizin yönetim kurulundan iki kişi olarak MSO Günü'ne gelmeyi
düşünüyoruz, ama bizi asıl ilgilendiren 3. çalışma grubu (teşvik imkanları
ve dernek yönetimi). Bu grupta hâlâ boş yer var mı?

Yer varsa ayrıca kaydolacağız, yoksa bu yıl gelmeyeceğiz.

Teşekkürler,
Mustafa Erdem
Münster Türk Spor Kulübü
"""), cte="8bit")),
    qst("m.erdem@example.org", "Mustafa Erdem", "Münster Türk Spor Kulübü", "tr"))

# 007: TRAP secretary registers her chairman; confirmation explicitly to a third address; house number in signature
add("trap-secretary-for-chairman", "secretary registers Dr. Kemal Aydın, asks to confirm to his own address",
    message([
        "From: " + addr("Sekretariat Bildungswerk Anatolien", "sekretariat@bildungswerk-anatolien.example"),
        "To: " + OURS,
        "Subject: " + enc("Anmeldung für Herrn Dr. Aydın"),
        "Date: " + when(2027, 1, 15, 11, 2),
        "Message-ID: <3d0e9b7f.sekr@bildungswerk-anatolien.example>",
    ], leaf(T("""
Sehr geehrte Damen und Herren,

im Auftrag unseres Vorsitzenden melde ich Herrn Dr. Kemal Aydın für den Tag
der Migrantenselbstorganisationen am 13. März an. Er möchte an der AG 2
teilnehmen und kommt allein.

Die Bestätigung schicken Sie bitte direkt an ihn:
k.aydin@bildungswerk-anatolien.example – das Sekretariat ist samstags nicht
besetzt.

Mit freundlichen Grüßen
i. A. Jana Pohl
Sekretariat
Bildungswerk Anatolien e.V.
Hafenweg 14, 48155 Münster
"""))),
    reg("k.aydin@bildungswerk-anatolien.example", "Kemal Aydın", "Bildungswerk Anatolien e.V.",
        ["AG2"], 1, "de"))

# 008: TRAP many numbers that are not persons or workgroups (founding year, members, house number, phones, "1. Vorsitzender", "3 Vorstandsmitglieder"); ISO-8859-2
add("trap-numbers-petrovic", "registration full of numbers that are not party size or workgroup; ISO-8859-2",
    message([
        "From: " + addr("Dragan Petrović", "dragan.petrovic@srpski-klub.example", "iso-8859-2"),
        "To: " + OURS,
        "Subject: " + enc("Anmeldung – Serbischer Kulturverein"),
        "Date: " + when(2027, 1, 16, 16, 40),
        "Message-ID: <20270116164011.GA2210@srpski-klub.example>",
        "User-Agent: Mutt/2.2.12",
    ], leaf(T("""
Hallo,

ich möchte mich für den MSO-Tag anmelden. Kurz zu uns: Der Serbische
Kulturverein Münster wurde 2009 gegründet und hat heute 45 Mitglieder, davon
12 Jugendliche. Wir treffen uns in der Hammer Straße 212.

Ich komme alleine, die anderen 3 Vorstandsmitglieder arbeiten samstags. Am
meisten interessiert mich der Zukunftsprozess, also die AG 2.

Erreichbar bin ich unter 0251 38 41 77 oder 0176 555 01 23.

Gruß
Dragan Petrović
1. Vorsitzender, Serbischer Kulturverein Münster
"""), charset="iso-8859-2")),
    reg("dragan.petrovic@srpski-klub.example", "Dragan Petrović", "Serbischer Kulturverein Münster",
        ["AG2"], 1, "de"))

# 009: TRAP HTML-only Outlook mail from a shared info@ mailbox with a personal Reply-To; "Workgroup II"; room number
add("raman-html-only-shared-from", "HTML-only Outlook, From info@ but Reply-To personal; Workgroup II; 2 persons",
    message([
        "From: " + addr("Tamil Cultural Association", "info@tamilsangam-ms.example"),
        "Reply-To: " + addr("Priya Raman", "priya.raman@tamilsangam-ms.example"),
        "To: " + OURS,
        "Subject: Registration MSO Day",
        "Date: " + when(2027, 1, 18, 14, 25),
        "Message-ID: <AM0PR07MB4417.raman@tamilsangam-ms.example>",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: en-GB",
    ], leaf(html([
        "Hello,",
        "I would like to register for the Day of Migrant Organisations on 13 March on behalf of the "
        "Tamil Cultural Association Münster. A colleague from our board, Mr Suresh Kumar, will come "
        "with me, so please note 2 persons.",
        "We are most interested in Workgroup II – Münster’s future process.",
        "Best regards\nPriya Raman\nTamil Cultural Association Münster\nRoom 214, Hafenstraße 3",
    ], outlook=True), subtype="html", charset="windows-1252")),
    reg("priya.raman@tamilsangam-ms.example", "Priya Raman", "Tamil Cultural Association Münster",
        ["AG2"], 2, "en"))

# 010: TRAP out-of-office without any auto-reply header, subject "AW:" to our invitation
add("trap-ooo-no-headers-de", "German out-of-office with 'AW:' subject and no Auto-Submitted/X-Autoreply",
    message([
        "From: " + addr("Andrea Vogt", "a.vogt@fluechtlingshilfe-ms.example"),
        "To: " + addr("Tag der Migrantenselbstorganisationen", OURS),
        "Subject: " + enc("AW: " + INVITE_SUBJECT),
        "Date: " + when(2027, 1, 19, 7, 3),
        "Message-ID: <ooo.7f21.a.vogt@fluechtlingshilfe-ms.example>",
        "In-Reply-To: " + INVITE_ID,
    ], leaf(T("""
Sehr geehrte Absenderin, sehr geehrter Absender,

vielen Dank für Ihre E-Mail. Ich bin vom 18.01. bis einschließlich
29.01.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre
Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Schulte
(0251 40 20 10, info@fluechtlingshilfe-ms.example).

Mit freundlichen Grüßen
Andrea Vogt
"""))),
    machine("auto_reply"))

# 011: plain correct registration, Russian in KOI8-R base64; Cyrillic signature beats Latin From name
add("volkova-ru-koi8r", "Russian KOI8-R base64 registration, 'third workgroup'; name from Cyrillic signature",
    message([
        "From: " + addr("Natalia Volkova", "n.volkova@raduga-elternclub.example"),
        "To: " + OURS,
        "Subject: " + enc("Регистрация на MSO-Tag", "koi8-r"),
        "Date: " + when(2027, 1, 20, 18, 15),
        "Message-ID: <1768929300.volkova@raduga-elternclub.example>",
    ], leaf(T("""
Здравствуйте!

Прошу зарегистрировать меня на День организаций мигрантов 13 марта.
Я представляю Deutsch-Russischer Elternclub Raduga e.V.

Хотела бы участвовать в третьей рабочей группе (возможности финансирования
и управление объединением). Буду одна.

С уважением,
Наталья Волкова
Deutsch-Russischer Elternclub Raduga e.V.
"""), charset="koi8-r", cte="base64")),
    reg("n.volkova@raduga-elternclub.example", "Наталья Волкова", "Deutsch-Russischer Elternclub Raduga e.V.",
        ["AG3"], 1, "ru"))

# 012: TRAP conditional: shift worker might come, names a preferred AG, asks about the deadline
add("trap-conditional-shift-worker", "'falls es klappt ... am liebsten AG 1' plus a deadline question: not a registration",
    message([
        "From: " + addr("Mehmet Öztürk", "m.oeztuerk@example.com"),
        "To: " + OURS,
        "Subject: Frage zur Anmeldung",
        "Date: " + when(2027, 1, 21, 13, 48),
        "Message-ID: <CAOz8812mehmet@mail.example.com>",
    ], leaf(T("""
Hallo zusammen,

ich arbeite im Schichtdienst im Krankenhaus und weiß erst Ende Februar, ob
ich am 13. März frei habe. Falls es klappt, würde ich sehr gern kommen, am
liebsten in die AG 1.

Bis wann muss ich mich spätestens anmelden? Reicht es, wenn ich mich Anfang
März melde?

Viele Grüße
Mehmet Öztürk
Elternbeirat Moschee-Gemeinde Coerde
"""), cte="8bit")),
    qst("m.oeztuerk@example.com", "Mehmet Öztürk", "Elternbeirat Moschee-Gemeinde Coerde", "de"))

# 013: plain correct registration, Polish ISO-8859-2, 2 persons, AG 1 then AG 3
add("nowak-pl-iso8859-2", "Polish ISO-8859-2 registration, 2 persons, group 1 then group 3",
    message([
        "From: " + addr("Agnieszka Nowak-Krüger", "a.nowak-krueger@polonia-ms.example", "iso-8859-2"),
        "To: " + OURS,
        "Subject: " + enc("Zgłoszenie na MSO-Tag 2027", "iso-8859-2"),
        "Date: " + when(2027, 1, 22, 9, 30),
        "Message-ID: <e3a9c1d2.nowak@polonia-ms.example>",
    ], leaf(T("""
Dzień dobry,

zgłaszam udział w Dniu Organizacji Migranckich 13 marca 2027. Przyjdę razem
z mężem, czyli będą 2 osoby. Reprezentujemy Stowarzyszenie Polonia Münster.

Interesuje nas grupa robocza nr 1 (edukacja), a jeśli zabraknie miejsc, to
grupa nr 3.

Pozdrawiam serdecznie
Agnieszka Nowak-Krüger
Stowarzyszenie Polonia Münster
"""), charset="iso-8859-2")),
    reg("a.nowak-krueger@polonia-ms.example", "Agnieszka Nowak-Krüger", "Stowarzyszenie Polonia Münster",
        ["AG1", "AG3"], 2, "pl"))

# 014: TRAP Outlook forward: colleague forwards a registration and asks to confirm to the registrant
add("trap-forward-rahimi", "forwarded registration (WG:), forwarder not coming, confirm to the registrant's address",
    message([
        "From: " + addr("Birgit Lange", "b.lange@stz-coerde.example"),
        "To: " + OURS,
        "Subject: WG: Anmeldung MSO-Tag",
        "Date: " + when(2027, 1, 23, 10, 12),
        "Message-ID: <VI1PR02MB5521.lange@stz-coerde.example>",
        "X-Mailer: Microsoft Outlook 16.0",
    ], leaf(T("""
Hallo liebes MSO-Team,

Frau Rahimi aus unserem Frauencafé hat mir ihre Anmeldung geschickt, weil
sie Ihre Adresse nicht hatte. Ich leite sie hiermit weiter, ich selbst komme
nicht. Bitte schicken Sie die Bestätigung direkt an Frau Rahimi
(rahimi.soraya@example.org).

Danke und viele Grüße
Birgit Lange
Stadtteilzentrum Coerde

-----Ursprüngliche Nachricht-----
Von: Soraya Rahimi <rahimi.soraya@example.org>
Gesendet: Freitag, 22. Januar 2027 21:14
An: Birgit Lange <b.lange@stz-coerde.example>
Betreff: Anmeldung MSO-Tag

Liebe Birgit,

kannst du mich bitte für den MSO-Tag anmelden? Ich möchte in die
Arbeitsgruppe Schule und Bildung. Ich komme für den Afghanischen
Frauenverein Münster.

Danke!
Soraya Rahimi
"""))),
    reg("rahimi.soraya@example.org", "Soraya Rahimi", "Afghanischer Frauenverein Münster",
        ["AG1"], 1, "de"))

# 015: TRAP polite indirect withdrawal ("geben Sie meinen Platz weiter") over a quoted confirmation naming AG 3
add("trap-polite-withdrawal-de", "indirect cancellation on top of our quoted confirmation (AG 3, 1 person)",
    message([
        "From: " + addr("Nadia Benyoussef", "n.benyoussef@example.com"),
        "To: " + addr("Tag der Migrantenselbstorganisationen", OURS),
        "Subject: Re: " + CONF_SUBJECT_DE,
        "Date: " + when(2027, 1, 25, 17, 55),
        "Message-ID: <b7c1e0aa-nb@mail.example.com>",
        "In-Reply-To: <conf-20270114-benyoussef@muenster.example>",
        "References: <conf-20270114-benyoussef@muenster.example>",
        "User-Agent: Mozilla Thunderbird",
    ], leaf(T("""
Liebes Organisationsteam,

leider hat sich bei mir beruflich etwas verschoben, und ich werde am
13. März doch nicht in Münster sein. Geben Sie meinen Platz in der AG 3 gern
an jemanden weiter, der ihn besser nutzen kann.

Ich hoffe, beim nächsten Mal klappt es!

Herzliche Grüße
Nadia Benyoussef

Am 14.01.2027 um 10:31 schrieb Tag der Migrantenselbstorganisationen:
""") + quote(conf_de("Nadia Benyoussef", "Marokkanischer Kulturverein Münster e.V.", 3, 1)))),
    can("n.benyoussef@example.com", "Nadia Benyoussef", None, "de"))

# 016: Farsi base64 registration with Persian digits: date 13 and the daughter's age 16 are not the party size (2)
add("karimi-fa-daughter-age", "Farsi registration, Persian digits for date and age; 'me and my daughter' = 2",
    message([
        "From: " + addr("Maryam Karimi", "maryam.karimi@example.org"),
        "To: " + OURS,
        "Subject: " + enc("ثبت نام برای روز سازمان‌های مهاجران"),
        "Date: " + when(2027, 1, 26, 20, 20),
        "Message-ID: <CAKm77karimi26@mail.example.org>",
    ], leaf(T("""
سلام و وقت بخیر،

می‌خواهم برای روز سازمان‌های خودجوش مهاجران در ۱۳ مارس ثبت نام کنم. من از طرف انجمن فرهنگی ایرانیان مونستر می‌آیم و دخترم (۱۶ ساله) هم همراه من خواهد بود، یعنی دو نفر.

ما کارگروه دوم (آینده شهر مونستر) را انتخاب می‌کنیم.

با سپاس
Maryam Karimi
انجمن فرهنگی ایرانیان مونستر
"""), cte="base64")),
    reg("maryam.karimi@example.org", "Maryam Karimi", "انجمن فرهنگی ایرانیان مونستر",
        ["AG2"], 2, "fa"))

# 017: TRAP newsletter that describes the event, all three AGs and our address; list headers present
_nl_text = T("""
Integrationsrat Münster – Newsletter Nr. 2/2027

Liebe Leserinnen und Leser,

1) Tag der Migrantenselbstorganisationen am 13. März 2027
Im Stadtweinhaus am Prinzipalmarkt diskutieren Vereine in drei
Arbeitsgruppen: AG 1 Bildungssystem, AG 2 Zukunftsprozess, AG 3 Förderung und
Vereinsmanagement. Anmeldung bis 6. März per E-Mail an
mso-tag@muenster.example.

2) Förderaufruf „Vielfalt im Quartier“: Anträge bis 31. März, bis zu
2.500 Euro pro Projekt.

3) Sitzung des Integrationsrats am 18. Februar, 17 Uhr, Rathaus, Raum 2.

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website eingetragen
haben. Abmelden: https://integrationsrat-ms.example/newsletter/abmelden
""")
add("trap-newsletter-integrationsrat", "newsletter (List-Id, List-Unsubscribe) announcing the event and its AGs",
    message([
        "From: " + addr("Integrationsrat Münster – Newsletter", "newsletter@integrationsrat-ms.example"),
        "To: " + OURS,
        "Subject: " + enc("Newsletter Februar 2027: Termine, Förderaufrufe, MSO-Tag"),
        "Date: " + when(2027, 1, 27, 6, 0),
        "Message-ID: <nl-2027-02.8812@integrationsrat-ms.example>",
        "List-Id: Newsletter Integrationsrat <newsletter.integrationsrat-ms.example>",
        "List-Unsubscribe: <https://integrationsrat-ms.example/newsletter/abmelden>",
        "Precedence: bulk",
    ], multipart("alternative", [
        leaf(_nl_text),
        leaf(html(_nl_text.strip().split("\n\n")), subtype="html"),
    ], "----=_NL_2027_02_8812")),
    machine("other"))

# 018: TRAP one person of a party of three drops out: a change to 2, not a cancellation; Outlook quote without '>'
add("trap-one-of-three-drops-out", "'Frau Baran kann nicht kommen' = party 3 -> 2 (change); unprefixed Outlook quote",
    message([
        "From: " + addr("Leyla Şahin", "leyla.sahin@kurdisch-dt-frauen.example"),
        "To: " + OURS,
        "Subject: AW: " + CONF_SUBJECT_DE,
        "Date: " + when(2027, 1, 28, 12, 40),
        "Message-ID: <DB8PR03MB6610.sahin@kurdisch-dt-frauen.example>",
        "In-Reply-To: <conf-20270119-sahin@muenster.example>",
        "References: <conf-20270119-sahin@muenster.example>",
        "X-Mailer: Microsoft Outlook 16.0",
    ], leaf(T("""
Hallo,

kleine Änderung zu unserer Anmeldung: Frau Baran kann am 13. März leider
nicht kommen, sie muss zu einer Familienfeier. Wir kommen also nur zu zweit
statt zu dritt. Die Arbeitsgruppe bleibt gleich.

Viele Grüße
Leyla Şahin

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 19. Januar 2027 16:05
An: Leyla Şahin <leyla.sahin@kurdisch-dt-frauen.example>
Betreff: Ihre Anmeldung zum MSO-Tag 2027

""") + conf_de("Leyla Şahin", "Kurdisch-Deutscher Frauenverein Münster e.V.", 3, 3))),
    chg("leyla.sahin@kurdisch-dt-frauen.example", "Leyla Şahin", None, [], 2, "de"))

# 019: TRAP reply quoting our English confirmation (AG 2, 1 person) that adds a colleague: change to 2 persons
add("trap-en-add-colleague-in-reply", "thanks for the confirmation + 'please add my colleague' = change to 2, no new AG",
    message([
        "From: " + addr("Kwame Asante", "kwame.asante@ghana-union-ms.example"),
        "To: " + OURS,
        "Subject: Re: Your registration for the MSO-Tag 2027",
        "Date: " + when(2027, 1, 29, 15, 5, off=0),
        "Message-ID: <CAGk29asante0129@ghana-union-ms.example>",
        "In-Reply-To: <conf-20270127-asante@muenster.example>",
        "References: <conf-20270127-asante@muenster.example>",
    ], leaf(T("""
Hi,

Thanks a lot for the quick confirmation.

One more thing: my colleague Samuel Mensah from our youth section would
also like to come. Could you please add him to my registration? He can join
the same workgroup as me.

Best,
Kwame

--
Kwame Asante
Ghana Union Münster

On Wed, 27 Jan 2027 at 11:20, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""") + quote(conf_en("Kwame Asante", "Ghana Union Münster", 2, 1)))),
    chg("kwame.asante@ghana-union-ms.example", "Kwame Asante", "Ghana Union Münster", [], 2, "en"))

# 020: TRAP Postfix-style DSN whose returned message is our confirmation quoting the original registration
_conf_wagner = message([
    "From: " + OURS_HDR,
    "To: " + addr("Johanna Wagner", "j.wagner@kulturbruecke-ms.example"),
    "Subject: " + CONF_SUBJECT_DE,
    "Date: " + when(2027, 1, 30, 3, 11),
    "Message-ID: <conf-20270130-wagner@muenster.example>",
    "In-Reply-To: <reg.wagner.0129@kulturbruecke-ms.example>",
    "Auto-Submitted: auto-replied",
], leaf(conf_de("Johanna Wagner", "Kulturbrücke Münster e.V.", 1, 2) + "\nIhre Nachricht:\n" + quote(T("""
Hallo, ich melde mich mit meinem Mann für den MSO-Tag an, 2 Personen,
Arbeitsgruppe 1 (Bildung). Johanna Wagner, Kulturbrücke Münster e.V.
"""))))
add("trap-bounce-dsn-quoting-registration", "multipart/report DSN; returned mail is a confirmation quoting a registration",
    message([
        "From: " + addr("Mail Delivery System", "MAILER-DAEMON@mx.muenster.example"),
        "To: " + OURS,
        "Subject: Undelivered Mail Returned to Sender",
        "Date: " + when(2027, 1, 30, 3, 12),
        "Message-ID: <20270130021207.6C1F2E0041@mx.muenster.example>",
        "Auto-Submitted: auto-replied",
    ], multipart("report", [
        leaf(T("""
This is the mail system at host mx.muenster.example.

Your message could not be delivered to one or more recipients.
The returned message is attached below.

If you need help, write to the postmaster of this host and include
this report.

<j.wagner@kulturbruecke-ms.example>: host mx.kulturbruecke-ms.example[192.0.2.25]
    said: 550 5.1.1 <j.wagner@kulturbruecke-ms.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""), charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        dsn(T("""
Reporting-MTA: dns; mx.muenster.example
Arrival-Date: Sat, 30 Jan 2027 03:11:58 +0100

Final-Recipient: rfc822; j.wagner@kulturbruecke-ms.example
Original-Recipient: rfc822;j.wagner@kulturbruecke-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kulturbruecke-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <j.wagner@kulturbruecke-ms.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""")),
        rfc822(_conf_wagner),
    ], "6C1F2E0041.1769739127/mx.muenster.example", '; report-type=delivery-status', preamble=False)),
    machine("bounce", "j.wagner@kulturbruecke-ms.example"))

# 021: plain correct registration, Spanish ISO-8859-1, multipart/alternative; 12 years and 25 families are not persons
add("fernandez-es-alternative", "Spanish ISO-8859-1 multipart/alternative registration, group 3, alone",
    message([
        "From: " + addr("Lucía Fernández Ortega", "lucia.fernandez@latinoamerica-ms.example", "iso-8859-1"),
        "To: " + OURS,
        "Subject: " + enc("Inscripción Día de las Organizaciones de Migrantes", "iso-8859-1"),
        "Date: " + when(2027, 2, 1, 11, 11),
        "Message-ID: <A1B2C3D4.fernandez@latinoamerica-ms.example>",
        "X-Mailer: Apple Mail (2.3774)",
    ], multipart("alternative", [
        leaf(T("""
Hola:

Me gustaría inscribirme en la jornada del 13 de marzo. Vengo en nombre de la
Asociación Latinoamericana de Münster, que lleva 12 años organizando
actividades culturales con un grupo de 25 familias.

Prefiero el grupo de trabajo 3 (financiación y gestión de asociaciones).
Iré sola.

¡Muchas gracias y hasta pronto!
Lucía Fernández Ortega
Asociación Latinoamericana de Münster
"""), charset="iso-8859-1"),
        leaf(html([
            "Hola:",
            "Me gustaría inscribirme en la jornada del 13 de marzo. Vengo en nombre de la Asociación "
            "Latinoamericana de Münster, que lleva 12 años organizando actividades culturales con un "
            "grupo de 25 familias.",
            "Prefiero el grupo de trabajo 3 (financiación y gestión de asociaciones). Iré sola.",
            "¡Muchas gracias y hasta pronto!\nLucía Fernández Ortega\nAsociación Latinoamericana de Münster",
        ]).replace('charset="utf-8"', 'charset="iso-8859-1"'), subtype="html", charset="iso-8859-1"),
    ], "Apple-Mail=_4F2A7C1E-0B3D-4E55-9A10-2C6D8E9F0A11")),
    reg("lucia.fernandez@latinoamerica-ms.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana de Münster", ["AG3"], 1, "es"))

# 022: TRAP French change that names the old workshop first ("au lieu de l'atelier 1 ... l'atelier 2"); windows-1252 8bit
add("trap-fr-change-names-old", "French change from atelier 1 to atelier 2 over the quoted French confirmation",
    message([
        "From: " + addr("Moussa Traoré", "moussa.traore@maison-afrique-ms.example", "windows-1252"),
        "To: " + OURS,
        "Subject: Re: Votre inscription au MSO-Tag 2027",
        "Date: " + when(2027, 2, 2, 9, 45),
        "Message-ID: <20270202094503.traore@maison-afrique-ms.example>",
        "In-Reply-To: <conf-20270125-traore@muenster.example>",
        "References: <conf-20270125-traore@muenster.example>",
    ], leaf(T("""
Bonjour,

Je souhaiterais modifier mon inscription : au lieu de l'atelier 1 (système
éducatif), je préférerais participer à l'atelier 2 sur l'avenir de Münster,
car notre association travaille en ce moment sur un projet de quartier.

Le reste ne change pas.

Bien cordialement,
Moussa Traoré
Maison de l'Afrique Münster

Le 25/01/2027 à 14:02, Tag der Migrantenselbstorganisationen a écrit :
""") + quote(conf_fr("Moussa Traoré", "Maison de l'Afrique Münster", 1)),
        charset="windows-1252", cte="8bit")),
    chg("moussa.traore@maison-afrique-ms.example", "Moussa Traoré", "Maison de l'Afrique Münster",
        ["AG2"], None, "fr"))

# 023: TRAP ticket-system receipt without auto-reply headers, bilingual, "3 Werktage"
add("trap-ticket-receipt-no-headers", "helpdesk ticket receipt (no Auto-Submitted), answer to our reminder",
    message([
        "From: " + addr("Servicedesk Dachverband", "servicedesk@dachverband-mso.example"),
        "To: " + OURS,
        "Subject: " + enc("[Ticket #DV-40213] Ihre Anfrage: Nur noch wenige Plätze beim MSO-Tag 2027"),
        "Date: " + when(2027, 2, 3, 8, 0),
        "Message-ID: <ticket-DV-40213@dachverband-mso.example>",
        "In-Reply-To: <erinnerung-2027-02-03@muenster.example>",
    ], leaf(T("""
Guten Tag,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer
DV-40213 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs,
in der Regel innerhalb von 3 Werktagen.

Bitte antworten Sie nicht auf diese E-Mail. Wenn Sie uns weitere
Informationen schicken möchten, nennen Sie die Ticketnummer im Betreff.

---

Hello,

your message has been received and logged as ticket DV-40213. We usually
respond within 3 working days. Please do not reply to this e-mail.

Dachverband der Migrantenorganisationen NRW – Servicedesk
"""))),
    machine("auto_reply"))

# 024: TRAP web-form mail: From is the form robot, Reply-To is misconfigured to our own address, person's address only in the body; "automatisch erzeugt"
add("trap-webform-reply-to-ours", "contact-form mail: From robot, Reply-To = our address, real address in a form field",
    message([
        "From: " + addr("Kontaktformular muenster.example", "formular@muenster.example"),
        "Reply-To: " + OURS,
        "To: " + OURS,
        "Subject: Kontaktformular: Anmeldung Veranstaltung",
        "Date: " + when(2027, 2, 4, 22, 10),
        "Message-ID: <form-20270204221002-7731@muenster.example>",
    ], leaf(T("""
Über das Kontaktformular auf www.muenster.example wurde folgende Nachricht
gesendet:

Anrede: Frau
Vorname: Amal
Nachname: Benali
E-Mail: amal.benali@example.com
Telefon: 0157 3344 5566
Organisation: Marokkanischer Elternverein Münster
Veranstaltung: Tag der Migrantenselbstorganisationen 13.03.2027
Nachricht:
Ich melde mich hiermit an, für die Arbeitsgruppe 3 (Förderung). Ich komme
mit einer Kollegin.

---
Diese E-Mail wurde automatisch erzeugt. Gesendet am 04.02.2027 um 22:10 Uhr.
"""), cte="8bit")),
    reg("amal.benali@example.com", "Amal Benali", "Marokkanischer Elternverein Münster",
        ["AG3"], 2, "de"))

# 025: TRAP "did my registration arrive?" names AG 2 and 1 person but registers no one
add("trap-did-my-registration-arrive", "asks whether an earlier registration (AG 2, 1 Person) arrived: a question",
    message([
        "From: " + addr("Ayşe Korkmaz", "ayse.korkmaz@example.org"),
        "To: " + OURS,
        "Subject: Anmeldung angekommen?",
        "Date: " + when(2027, 2, 5, 10, 30),
        "Message-ID: <korkmaz.20270205103011@example.org>",
    ], leaf(T("""
Guten Tag,

ich habe mich am 20. Januar per E-Mail für den MSO-Tag angemeldet (AG 2,
1 Person), aber bis heute keine Bestätigung bekommen. Ist meine Anmeldung
bei Ihnen angekommen? Falls nicht, sagen Sie mir bitte Bescheid, dann
schicke ich sie noch einmal.

Danke und freundliche Grüße
Ayşe Korkmaz
Alevitische Gemeinde Münster
"""))),
    qst("ayse.korkmaz@example.org", "Ayşe Korkmaz", "Alevitische Gemeinde Münster", "de"))

# 026: TRAP Turkish mailing-list post ("I registered for group 2, who else comes?") reaching us via the list
add("trap-tr-mailing-list-chatter", "mailing-list post (List-Id, 'via mso-netz', Reply-To member) telling others he registered",
    message([
        "From: " + addr("Hasan Koç via mso-netz", "mso-netz@lists.muenster.example"),
        "Reply-To: " + addr("Hasan Koç", "hasan.koc@example.com"),
        "To: mso-netz@lists.muenster.example",
        "Subject: " + enc("[mso-netz] MSO Günü - kim geliyor?"),
        "Date: " + when(2027, 2, 6, 19, 2),
        "Message-ID: <CAH7koc0206@mail.example.com>",
        "List-Id: MSO-Netzwerk Muenster <mso-netz.lists.muenster.example>",
        "List-Post: <mailto:mso-netz@lists.muenster.example>",
        "List-Unsubscribe: <https://lists.muenster.example/mailman/options/mso-netz>",
        "Precedence: list",
    ], leaf(T("""
Merhaba arkadaşlar,

ben 13 Mart'taki MSO Günü'ne kaydımı yaptırdım, 2. çalışma grubuna
(Münster'in geleceği). Sizden kimler geliyor? İsterseniz birlikte gidelim,
saat 9:30'da Lamberti Kilisesi önünde buluşabiliriz.

Selamlar
Hasan

_______________________________________________
mso-netz Mailingliste
mso-netz@lists.muenster.example
https://lists.muenster.example/mailman/listinfo/mso-netz
"""))),
    machine("other"))

# 027: plain correct registration, Ukrainian base64; organisation inflected in the text, nominative in the signature
add("melnyk-uk-registration", "Ukrainian base64 registration, 'the first working group - education', alone",
    message([
        "From: " + addr("Оксана Мельник", "oksana.melnyk@ukr-hromada-ms.example"),
        "To: " + OURS,
        "Subject: " + enc("Реєстрація на День організацій мігрантів"),
        "Date: " + when(2027, 2, 8, 8, 40),
        "Message-ID: <f00dcafe.melnyk@ukr-hromada-ms.example>",
    ], leaf(T("""
Доброго дня!

Хочу зареєструватися на День організацій мігрантів 13 березня. Я представляю
Українську громаду Мюнстера.

Мене найбільше цікавить перша робоча група — освіта, адже ми організовуємо
суботню школу для дітей. Буду сама.

З повагою,
Оксана Мельник
Українська громада Мюнстера
"""), cte="base64")),
    reg("oksana.melnyk@ukr-hromada-ms.example", "Оксана Мельник", "Українська громада Мюнстера",
        ["AG1"], 1, "uk"))

# 028: TRAP (HTML-only Outlook) asks for an info stand with 2 tables and 4 roll-ups: a question, not a registration of 2 or 4 persons
add("trap-infostand-tables", "request for an info table (2 tables, 4 roll-ups): question, no registration",
    message([
        "From: " + addr("Jean-Baptiste Mukendi", "jb.mukendi@kongo-verein.example"),
        "To: " + OURS,
        "Subject: Infotisch beim MSO-Tag?",
        "Date: " + when(2027, 2, 9, 14, 14),
        "Message-ID: <000c01db7ae2$mukendi@kongo-verein.example>",
    ], leaf(html([
        "Sehr geehrtes Team,",
        "unser Verein würde sich gern beim Tag der Migrantenselbstorganisationen mit einem Infostand "
        "vorstellen. Wir bräuchten 2 Tische und einen Stromanschluss für einen Bildschirm, die etwa "
        "4 Roll-ups bringen wir selbst mit.",
        "Ist so etwas möglich, und an wen müssten wir uns wenden?",
        "Mit freundlichen Grüßen\nJean-Baptiste Mukendi\nKongolesischer Kulturverein Münster",
    ], outlook=True), subtype="html", charset="windows-1252")),
    qst("jb.mukendi@kongo-verein.example", "Jean-Baptiste Mukendi", "Kongolesischer Kulturverein Münster", "de"))

# 029: TRAP Arabic indirect cancellation ("please give my place to someone else") over a German confirmation
add("trap-ar-indirect-cancellation", "Arabic withdrawal phrased indirectly, German confirmation quoted below",
    message([
        "From: " + addr("Yousef Al-Masri", "yousef.almasri@example.org"),
        "To: " + OURS,
        "Subject: Re: " + CONF_SUBJECT_DE,
        "Date: " + when(2027, 2, 10, 21, 30),
        "Message-ID: <CAJ10almasri@mail.example.org>",
        "In-Reply-To: <conf-20270121-almasri@muenster.example>",
        "References: <conf-20270121-almasri@muenster.example>",
    ], leaf(T("""
مرحباً،

شكراً على رسالة التأكيد. للأسف حصل ظرف عائلي طارئ وسأكون مسافراً في شهر آذار، لذلك لن أتمكن من الحضور. أرجو أن تعطوا مكاني لشخص آخر.

مع التحية
يوسف المصري

Am Do., 21. Jan. 2027 um 09:40 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
""") + quote(conf_de("Yousef Al-Masri", "Arabischer Elternverein Münster", 1, 1)))),
    can("yousef.almasri@example.org", "يوسف المصري", None, "ar"))

# 030: TRAP inline answers inside the quoted invitation; the quoted list of all three AGs must be ignored
_inv_lines = INVITE_DE.split("\n")
_cut = _inv_lines.index("  Name:")
_inline = (quote("\n".join(_inv_lines[:_cut])) + ">\n" + quote("  Name:") + "Aylin Kurt\n"
           + quote("  Organisation:") + "Internationaler Mädchentreff Münster e.V.\n"
           + quote("  Arbeitsgruppe (Erst- und Zweitwahl):") + "Erstwahl AG 3, Zweitwahl AG 2\n"
           + quote("  Anzahl Personen:") + "2 (ich und unsere Praktikantin)\n"
           + quote("\n".join(_inv_lines[_cut + 4:])))
add("trap-inline-answers-in-invitation", "answers written inline between the quoted invitation's form lines",
    message([
        "From: " + addr("Aylin Kurt", "aylin.kurt@maedchentreff-ms.example"),
        "To: " + addr("Tag der Migrantenselbstorganisationen", OURS),
        "Subject: " + enc("Re: " + INVITE_SUBJECT),
        "Date: " + when(2027, 2, 11, 10, 0),
        "Message-ID: <9e1f33b0-kurt@maedchentreff-ms.example>",
        "In-Reply-To: " + INVITE_ID,
        "References: " + INVITE_ID,
        "User-Agent: Mozilla Thunderbird",
    ], leaf(T("""
Hallo,

meine Angaben stehen unten direkt im Text.

LG Aylin

""") + INVITE_ATTR_DE + "\n" + _inline)),
    reg("aylin.kurt@maedchentreff-ms.example", "Aylin Kurt", "Internationaler Mädchentreff Münster e.V.",
        ["AG3", "AG2"], 2, "de"))

# 031: TRAP English, daughter's age (17) and date (13) near the party size; "Bildung" alias; ASCII 7bit
add("trap-en-daughter-age", "English 7bit: 'my daughter Ana (17)' -> 2 persons; workgroup by alias 'Bildung'",
    message([
        "From: " + addr("Maria Santos", "maria.santos@caboverde-ms.example"),
        "To: " + OURS,
        "Subject: Registration",
        "Date: " + when(2027, 2, 12, 16, 20),
        "Message-ID: <CAMs4ntos0212@caboverde-ms.example>",
    ], leaf(T("""
Hello,

I would like to register for the event on 13 March. I'm coming from the
Cape Verdean Association Muenster, and I will bring my daughter Ana (17), who
runs our youth group - so 2 people in total.

We would like to join the education workgroup (Bildung).

Thank you!
Maria Santos
Cape Verdean Association Muenster
Tel. +49 251 7788 990
"""), charset="us-ascii", cte="7bit")),
    reg("maria.santos@caboverde-ms.example", "Maria Santos", "Cape Verdean Association Muenster",
        ["AG1"], 2, "en"))

# 032: TRAP Russian: last year's event (2026) and last year's group (education) vs. this year's choice (group 2)
add("trap-ru-last-year-group", "Russian: mentions MSO-Tag 2026 and last year's education group; now group 2",
    message([
        "From: " + addr("Irina Kovaleva", "i.kovaleva@example.com"),
        "To: " + OURS,
        "Subject: " + enc("Регистрация 2027"),
        "Date: " + when(2027, 2, 13, 11, 45),
        "Message-ID: <1770979500.kovaleva@mail.example.com>",
    ], leaf(T("""
Добрый день!

В прошлом году я участвовала в MSO-Tag 2026 и была в группе по образованию.
В этом году хочу зарегистрироваться снова, но уже во вторую рабочую группу -
про будущее Мюнстера.

Приду одна, от нашего объединения Integration und Kultur e.V.

Спасибо!
Ирина Ковалёва
Integration und Kultur e.V.
"""), cte="8bit")),
    reg("i.kovaleva@example.com", "Ирина Ковалёва", "Integration und Kultur e.V.", ["AG2"], 1, "ru"))

# 033: Russian polite cancellation over a quoted Russian confirmation ("вынужден отказаться", "вычеркните меня")
add("akhmedov-ru-cancellation", "Russian cancellation, quoted Russian confirmation (group 2, 1 person)",
    message([
        "From: " + addr("Тимур Ахмедов", "t.akhmedov@example.org"),
        "To: " + OURS,
        "Subject: " + enc("Re: Подтверждение регистрации – MSO-Tag 2027"),
        "Date: " + when(2027, 2, 15, 9, 5),
        "Message-ID: <20270215090511.akhmedov@example.org>",
        "In-Reply-To: <conf-20270202-akhmedov@muenster.example>",
        "References: <conf-20270202-akhmedov@muenster.example>",
    ], leaf(T("""
Здравствуйте,

к сожалению, вынужден отказаться от участия во Дне организаций мигрантов
13 марта: в этот день у нас в общине проходит собрание, которое нельзя
перенести. Пожалуйста, вычеркните меня из списка.

Надеюсь увидеться в следующем году.

С уважением,
Тимур Ахмедов

02.02.2027, 10:14, "Tag der Migrantenselbstorganisationen" <mso-tag@muenster.example>:
""") + quote(conf_ru("Тимур Ахмедов", "Татарская община Мюнстера", 1)))),
    can("t.akhmedov@example.org", "Тимур Ахмедов", None, "ru"))

# 034: TRAP qmail-style plain-text bounce (no multipart/report) with a copy of our confirmation that quotes a 4-person registration
_copy_okonkwo = message([
    "Return-Path: <mso-tag@muenster.example>",
    "From: " + OURS_HDR,
    "To: " + addr("Stella Okonkwo", "s.okonkwo@lagos-ev.example"),
    "Subject: " + CONF_SUBJECT_DE,
    "Date: " + when(2027, 2, 16, 4, 31),
    "Message-ID: <conf-20270216-okonkwo@muenster.example>",
    "Auto-Submitted: auto-replied",
], leaf(conf_de("Stella Okonkwo", "Lagos e.V. Münster", 3, 4) + "\nIhre Nachricht:\n" + quote(T("""
Hiermit melde ich mich an, wir sind 4 Personen vom Lagos e.V. Münster und
möchten in die AG 3. Stella Okonkwo
""")))).decode("ascii")
add("trap-bounce-qmail-plain", "plain-text qmail failure notice; the copy below is a confirmation for 4 persons, AG 3",
    message([
        "From: MAILER-DAEMON@mail.lagos-ev.example",
        "To: " + OURS,
        "Subject: failure notice",
        "Date: " + when(2027, 2, 16, 4, 33),
        "Message-ID: <20270216033301.31877.qmail@mail.lagos-ev.example>",
    ], leaf(T("""
Hi. This is the qmail-send program at mail.lagos-ev.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<s.okonkwo@lagos-ev.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""") + _copy_okonkwo, charset="us-ascii", cte="7bit")),
    machine("bounce", "s.okonkwo@lagos-ev.example"))

# 035: TRAP mixed German/Turkish registration; mother comes along (2); main language German
add("trap-mixed-de-tr-arslan", "German registration sprinkled with Turkish; 'Annem de gelmek istiyor' -> 2 persons",
    message([
        "From: " + addr("Elif Arslan", "elif.arslan@example.com"),
        "To: " + OURS,
        "Subject: " + enc("Anmeldung / Kayıt"),
        "Date: " + when(2027, 2, 17, 13, 30),
        "Message-ID: <CAE1arslan217@mail.example.com>",
    ], leaf(T("""
Merhaba liebes Team,

ich melde mich für den MSO-Tag an, am liebsten AG 2. Annem de gelmek
istiyor, sie versteht aber nicht so gut Deutsch – also wir sind zu zweit.
Gibt es vielleicht jemanden, der übersetzen kann?

Verein: Türkischer Frauenverein Gievenbeck

Teşekkürler ve liebe Grüße
Elif Arslan
"""))),
    reg("elif.arslan@example.com", "Elif Arslan", "Türkischer Frauenverein Gievenbeck", ["AG2"], 2, "de"))

# 036: TRAP bilingual Arabic/German vacation auto-reply without headers, subject "Re:" to our confirmation
add("trap-ooo-ar-de-no-headers", "Arabic/German out-of-office as 'Re: Ihre Anmeldung', no auto-reply headers",
    message([
        "From: " + addr("Huda Saleh", "huda.saleh@example.org"),
        "To: " + OURS,
        "Subject: Re: " + CONF_SUBJECT_DE,
        "Date: " + when(2027, 2, 18, 8, 15),
        "Message-ID: <ooo-saleh-0218@example.org>",
        "In-Reply-To: <conf-20270218-saleh@muenster.example>",
    ], leaf(T("""
شكراً لرسالتك. أنا في إجازة حتى ٢٨ فبراير ولن أتمكن من قراءة بريدي الإلكتروني قبل ذلك.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 28. Februar im Urlaub und
lese meine E-Mails erst danach.

Huda Saleh
"""), cte="base64")),
    machine("auto_reply"))

# 037: change named by alias only, the old workgroup named too ("AG Bildung" -> Fördermittel/Vereinsmanagement)
add("aksu-change-by-alias", "change from 'AG Bildung' to the group on Fördermittel and Vereinsmanagement (AG 3)",
    message([
        "From: " + addr("Fatih Aksu", "fatih.aksu@example.org"),
        "To: " + OURS,
        "Subject: " + enc("Änderung meiner Anmeldung"),
        "Date: " + when(2027, 2, 19, 10, 20),
        "Message-ID: <aksu.0219.1020@example.org>",
    ], leaf(T("""
Hallo,

ich hatte mich im Januar für die AG Bildung angemeldet. Könnten Sie mich
bitte in die Arbeitsgruppe zu Fördermitteln und Vereinsmanagement umtragen?
Unser Verein stellt gerade seinen ersten Förderantrag, da passt das besser.

Danke und Gruß
Fatih Aksu
Islamischer Kulturverein Kinderhaus
"""), charset="iso-8859-1")),
    chg("fatih.aksu@example.org", "Fatih Aksu", "Islamischer Kulturverein Kinderhaus", ["AG3"], None, "de"))

# 038: TRAP internal colleague passes on a phone registration; confirmation to the caller's address; phone and room numbers
add("trap-colleague-phone-registration", "city colleague relays a phone registration (2 persons, AG 2), confirm to caller",
    message([
        "From: " + addr("Ralf Hoffmann", "r.hoffmann@muenster.example"),
        "To: " + OURS,
        "Subject: Telefonische Anmeldung Herr Nikolaidis",
        "Date: " + when(2027, 2, 22, 11, 35),
        "Message-ID: <6b2e77f1.hoffmann@muenster.example>",
    ], leaf(T("""
Hallo zusammen,

eben hat Herr Georgios Nikolaidis von der Griechischen Gemeinde Münster bei
mir angerufen. Er möchte sich für den MSO-Tag anmelden, AG 2, und bringt eine
Kollegin mit, also 2 Personen.

Er kommt nicht dazu, selbst zu schreiben – bitte schickt die Bestätigung an
g.nikolaidis@griechische-gemeinde-ms.example. Seine Telefonnummer für
Rückfragen: 0251 66 55 44.

Danke!
Ralf

--
Ralf Hoffmann
Stadt Münster, Amt für Migration und Interkulturelles, Zimmer 312
"""))),
    reg("g.nikolaidis@griechische-gemeinde-ms.example", "Georgios Nikolaidis", "Griechische Gemeinde Münster",
        ["AG2"], 2, "de"))

# 039: TRAP vendor spam about "registration for your 2027 event", workshops, 3 clicks, 100 participants
_spam = T("""
Dear Event Organiser,

Are you still registering attendees by email? With EventReg Pro, 3 clicks are
enough to register 100 participants, assign them to workshops and send
confirmations automatically.

Book a free 15-minute demo before 31 March and save 30% on your first year.

Register now: https://eventreg-pro.example/demo

To stop receiving these messages, reply with UNSUBSCRIBE.
""")
add("trap-spam-registration-software", "marketing spam full of registration words and numbers",
    message([
        "From: " + addr("EventReg Pro", "offers@eventreg-pro.example"),
        "To: " + OURS,
        "Subject: Registration for your 2027 event - save 30% on attendee management",
        "Date: " + when(2027, 2, 23, 15, 0, off=-5),
        "Message-ID: <mkt.20270223.99120@eventreg-pro.example>",
    ], multipart("alternative", [
        leaf(_spam, charset="us-ascii", cte="7bit"),
        leaf(html(_spam.strip().split("\n\n")), subtype="html"),
    ], "=_mkt_99120_alt")),
    machine("other"))

# 040: TRAP Spanish change of both party size (3 -> 2) and workgroup (from 3 to 1, old one named first)
add("trap-es-change-size-and-group", "Spanish change: two instead of three, from group 3 to group 1; quoted confirmation",
    message([
        "From: " + addr("Carlos Mendoza", "carlos.mendoza@peru-ms.example"),
        "To: " + OURS,
        "Subject: " + enc("RE: Confirmación de su inscripción – MSO-Tag 2027"),
        "Date: " + when(2027, 2, 24, 17, 50),
        "Message-ID: <PR3P194MB0781.mendoza@peru-ms.example>",
        "In-Reply-To: <conf-20270201-mendoza@muenster.example>",
        "References: <conf-20270201-mendoza@muenster.example>",
    ], leaf(T("""
Buenas tardes:

Les escribo para cambiar nuestra inscripción. Al final seremos dos personas
en lugar de tres, porque nuestra tesorera está enferma. Además preferimos
cambiar del grupo 3 al grupo 1, ya que el tema de la educación es ahora más
urgente para nosotros.

Saludos cordiales,
Carlos Mendoza
Asociación Peruana de Münster

El lun, 1 feb 2027 a las 12:03, Tag der Migrantenselbstorganisationen (<mso-tag@muenster.example>) escribió:
""") + quote(conf_es("Carlos Mendoza", "Asociación Peruana de Münster", 3)))),
    chg("carlos.mendoza@peru-ms.example", "Carlos Mendoza", "Asociación Peruana de Münster", ["AG1"], 2, "es"))

# 041: TRAP Polish question about price (10 euro), duration (2 hours) and maybe registering three people later
add("trap-pl-price-duration-question", "Polish question: fee 10 euro? 2 hours? then he will decide on 3 people",
    message([
        "From: " + addr("Tomasz Zieliński", "t.zielinski@example.com", "iso-8859-2"),
        "To: " + OURS,
        "Subject: " + enc("Pytanie o koszty", "iso-8859-2"),
        "Date: " + when(2027, 2, 25, 19, 12),
        "Message-ID: <zielinski.1772043120@mail.example.com>",
    ], leaf(T("""
Dzień dobry,

czy udział w Dniu Organizacji Migranckich jest płatny? Znajomy mówił coś
o 10 euro od osoby. Chciałbym też wiedzieć, ile trwa jedna grupa robocza -
2 godziny czy cały dzień? Wtedy zdecyduję, czy zgłoszę siebie i dwie
koleżanki.

Pozdrawiam
Tomasz Zieliński
"""), charset="iso-8859-2", cte="8bit")),
    qst("t.zielinski@example.com", "Tomasz Zieliński", None, "pl"))

# 042: TRAP "remove me from your mailing list" in reply to the invitation: not a cancellation of any registration
add("trap-unsubscribe-reply", "asks to be taken off the distribution list; quoted invitation below",
    message([
        "From: " + addr("Gisela Hartmann", "g.hartmann@example.org"),
        "To: " + OURS,
        "Subject: " + enc("AW: " + INVITE_SUBJECT),
        "Date: " + when(2027, 2, 26, 9, 58),
        "Message-ID: <hartmann.260227@example.org>",
        "In-Reply-To: " + INVITE_ID,
        "References: " + INVITE_ID,
    ], leaf(T("""
Guten Tag,

bitte nehmen Sie mich aus Ihrem Verteiler. Ich bin seit letztem Jahr nicht
mehr im Vorstand des Vereins, die Einladungen betreffen mich nicht mehr.

Mit freundlichen Grüßen
Gisela Hartmann

""") + INVITE_ATTR_DE + "\n" + quote(INVITE_DE), cte="8bit")),
    machine("other"))

# 043: TRAP substitution: a new person takes over a registered colleague's place, replying to her confirmation
add("trap-substitute-takes-over", "writer replaces a registered colleague (her confirmation quoted): new registration for him",
    message([
        "From: " + addr("Murat Yılmaz", "murat.yilmaz@dtz-angelmodde.example"),
        "To: " + OURS,
        "Subject: " + enc("WG: " + CONF_SUBJECT_DE),
        "Date: " + when(2027, 2, 27, 14, 22),
        "Message-ID: <HE1PR0701MB2299.yilmaz@dtz-angelmodde.example>",
        "In-Reply-To: <conf-20270118-erguen@muenster.example>",
        "References: <conf-20270118-erguen@muenster.example>",
    ], leaf(T("""
Guten Tag,

Frau Ergün hat mir diese Bestätigung weitergegeben: Sie ist nicht mehr in
unserem Vorstand und kommt deshalb nicht. Ich übernehme ihren Platz und
komme an ihrer Stelle, ebenfalls in die AG 1.

Mit freundlichen Grüßen
Murat Yılmaz
Deutsch-Türkisches Zentrum Angelmodde

Von: Derya Ergün <derya.erguen@example.com>
Gesendet: Freitag, 26. Februar 2027 18:40
An: Murat Yılmaz <murat.yilmaz@dtz-angelmodde.example>
Betreff: WG: Ihre Anmeldung zum MSO-Tag 2027

""") + conf_de("Derya Ergün", "Deutsch-Türkisches Zentrum Angelmodde", 1, 1))),
    reg("murat.yilmaz@dtz-angelmodde.example", "Murat Yılmaz", "Deutsch-Türkisches Zentrum Angelmodde",
        ["AG1"], 1, "de"))

# 044: TRAP English inline reply to our confirmation: change AG 1 -> AG 3, AG 1 also named for someone else
_c_haile = conf_en("Daniel Haile", "Eritrean Community Münster", 1, 1).split("\n")
_i_name = next(i for i, l in enumerate(_c_haile) if l.strip().startswith("Workgroup:"))
_i_pers = next(i for i, l in enumerate(_c_haile) if l.strip().startswith("Persons:"))
_haile = (quote("\n".join(_c_haile[:_i_name + 1]))
          + "\nCould you please change this to AG 3? Our chairwoman, who has registered\n"
            "separately, will go to AG 1 instead.\n\n"
          + quote(_c_haile[_i_pers]) + "\nThat's still correct.\n\n"
          + quote("\n".join(_c_haile[_i_pers + 1:])))
add("trap-en-inline-change", "inline answers in the quoted English confirmation: AG 1 -> AG 3, persons unchanged",
    message([
        "From: " + addr("Daniel Haile", "daniel.haile@eritrea-ms.example"),
        "To: " + OURS,
        "Subject: Re: Your registration for the MSO-Tag 2027",
        "Date: " + when(2027, 3, 1, 20, 5),
        "Message-ID: <CAD4haile0301@eritrea-ms.example>",
        "In-Reply-To: <conf-20270210-haile@muenster.example>",
        "References: <conf-20270210-haile@muenster.example>",
    ], leaf(T("""
Hello,

see my notes below.

On Wed, 10 Feb 2027 at 09:12, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""") + _haile + "\nThanks,\nDaniel\n")),
    chg("daniel.haile@eritrea-ms.example", "Daniel Haile", "Eritrean Community Münster", ["AG3"], None, "en"))

# 045: Turkish out-of-office WITH standard headers (Auto-Submitted, X-Autoreply), "5 Mart'a kadar"
add("aydemir-tr-ooo-with-headers", "Turkish vacation auto-reply carrying Auto-Submitted and X-Autoreply",
    message([
        "From: " + addr("Zeynep Aydemir", "zeynep.aydemir@example.com"),
        "To: " + OURS,
        "Subject: " + enc("Otomatik yanıt: " + CONF_SUBJECT_DE),
        "Date: " + when(2027, 3, 2, 7, 44),
        "Message-ID: <autoreply-aydemir-0302@mail.example.com>",
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "In-Reply-To: <conf-20270302-aydemir@muenster.example>",
    ], leaf(T("""
Merhaba,

5 Mart'a kadar yıllık izindeyim. Bu süre içinde e-postalarımı okuyamayacağım.
Acil durumlarda derneğimizin genel adresine yazabilirsiniz:
info@tkv-ms.example

Zeynep Aydemir
"""))),
    machine("auto_reply"))

# 046: plain Italian cancellation of a whole party (the cancelled "gruppo di lavoro 2, 2 persone" is no new choice)
add("romano-it-cancellation", "Italian cancellation for herself and her colleague (group 2, 2 persons)",
    message([
        "From: " + addr("Giulia Romano", "giulia.romano@comites-ms.example"),
        "To: " + OURS,
        "Subject: Disdetta partecipazione 13 marzo",
        "Date: " + when(2027, 3, 4, 12, 30),
        "Message-ID: <romano.0304@comites-ms.example>",
    ], leaf(T("""
Gentili organizzatori,

purtroppo io e il mio collega Marco non potremo partecipare alla giornata
del 13 marzo. Vi preghiamo di cancellare la nostra iscrizione (gruppo di
lavoro 2, 2 persone), così i posti potranno andare ad altri.

Cordiali saluti
Giulia Romano
Comunità Italiana di Münster
"""))),
    can("giulia.romano@comites-ms.example", "Giulia Romano", "Comunità Italiana di Münster", "it"))

# 047: TRAP Exchange-style German NDR (mailbox full) returning our reminder that repeats AG 2 and 1 person
_reminder_osei = message([
    "From: " + OURS_HDR,
    "To: " + addr("Prince Osei", "p.osei@verein-nord.example"),
    "Subject: " + enc("Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"),
    "Date: " + when(2027, 3, 6, 10, 0),
    "Message-ID: <reminder-7d-osei@muenster.example>",
    "Auto-Submitted: auto-generated",
], leaf(T("""
Guten Tag Prince Osei,

wir freuen uns auf Sie am Samstag, 13. März 2027, 10 bis 16 Uhr, im
Stadtweinhaus am Prinzipalmarkt 8.

Ihre Anmeldung: AG 2 – Münsters Zukunftsprozess, 1 Person.

Können Sie doch nicht kommen, antworten Sie bitte kurz auf diese Nachricht.

Freundliche Grüße
Organisationsteam MSO-Tag 2027
""")))
_ndr_text = T("""
Ihre Nachricht hat folgende Empfänger nicht erreicht:

p.osei@verein-nord.example
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten
annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den
Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: MX2.verein-nord.example

p.osei@verein-nord.example
Remote Server returned '554 5.2.2 mailbox full;
STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
""")
add("trap-bounce-exchange-de", "German Exchange NDR (multipart/report, HTML+text) returning our reminder",
    message([
        "From: " + addr("Microsoft Outlook", "postmaster@verein-nord.example"),
        "To: " + OURS,
        "Subject: " + enc("Unzustellbar: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März"),
        "Date: " + when(2027, 3, 6, 10, 2),
        "Message-ID: <7b1d8c40-ndr-osei@verein-nord.example>",
        "Auto-Submitted: auto-replied",
        "Content-Language: de-DE",
    ], multipart("report", [
        multipart("alternative", [
            leaf(_ndr_text),
            leaf(html(_ndr_text.strip().split("\n\n")), subtype="html"),
        ], "_001_7b1d8c40ndrosei_", preamble=False),
        dsn(T("""
Reporting-MTA: dns;MX2.verein-nord.example
Received-From-MTA: dns;mx.muenster.example
Arrival-Date: Sat, 6 Mar 2027 09:01:58 +0000

Final-Recipient: rfc822;p.osei@verein-nord.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException
""")),
        rfc822(_reminder_osei),
    ], "_000_7b1d8c40ndrosei_", '; report-type=delivery-status')),
    machine("bounce", "p.osei@verein-nord.example"))

# 048: TRAP registration after the deadline, with an apology and first/second choice: still a registration
add("trap-late-registration-osman", "registration two days after the deadline; AG 2, otherwise AG 1; alone",
    message([
        "From: " + addr("Khadija Osman", "khadija.osman@somalischer-verein.example"),
        "To: " + OURS,
        "Subject: " + enc("Späte Anmeldung MSO-Tag"),
        "Date: " + when(2027, 3, 8, 9, 10),
        "Message-ID: <0E5D2F7A-osman@somalischer-verein.example>",
        "X-Mailer: iPhone Mail (20H240)",
    ], multipart("alternative", [
        leaf(T("""
Guten Morgen,

ich weiß, die Anmeldefrist ist schon vorbei – ich habe Ihre Einladung leider
erst jetzt gesehen. Ich würde trotzdem sehr gern am Samstag dabei sein, für
den Somalischen Verein Münster, AG 2 oder notfalls AG 1. Ich komme allein.

Wenn es nicht mehr geht, verstehe ich das natürlich.

Viele Grüße
Khadija Osman

Von meinem iPhone gesendet
""")),
        leaf(html([
            "Guten Morgen,",
            "ich weiß, die Anmeldefrist ist schon vorbei – ich habe Ihre Einladung leider erst jetzt "
            "gesehen. Ich würde trotzdem sehr gern am Samstag dabei sein, für den Somalischen Verein "
            "Münster, AG 2 oder notfalls AG 1. Ich komme allein.",
            "Wenn es nicht mehr geht, verstehe ich das natürlich.",
            "Viele Grüße\nKhadija Osman",
            "Von meinem iPhone gesendet",
        ]), subtype="html"),
    ], "Apple-Mail-8C2E41B0-5D77-4A0E-9F3B-1E2D3C4B5A69", preamble=False)),
    reg("khadija.osman@somalischer-verein.example", "Khadija Osman", "Somalischer Verein Münster",
        ["AG2", "AG1"], 1, "de"))

# 049: TRAP after the event: thanks and a request for AG 3's slides (question, no registration)
add("trap-after-event-slides", "after the event: asks for the AG 3 slides",
    message([
        "From: " + addr("Oleksandr Bondarenko", "o.bondarenko@example.org"),
        "To: " + OURS,
        "Subject: Folien aus der AG 3",
        "Date: " + when(2027, 3, 15, 10, 41),
        "Message-ID: <bondarenko.20270315@example.org>",
    ], leaf(T("""
Hallo,

vielen Dank für den gelungenen Tag am Samstag! In der AG 3 wurde eine
Übersicht über Förderprogramme gezeigt. Können Sie mir die Folien schicken,
oder gibt es sie irgendwo zum Herunterladen?

Beste Grüße
Oleksandr Bondarenko
Ukrainischer Kulturverein Münster
"""), cte="8bit")),
    qst("o.bondarenko@example.org", "Oleksandr Bondarenko", "Ukrainischer Kulturverein Münster", "de"))

# 050: TRAP Farsi, after the event: asks to be registered already for 2028 (a different year), names the third group
add("trap-fa-register-for-2028", "Farsi request to register for next year's event (۲۰۲۸), third workgroup",
    message([
        "From: " + addr("Reza Ahmadi", "reza.ahmadi@example.com"),
        "To: " + OURS,
        "Subject: " + enc("ثبت نام برای سال آینده"),
        "Date: " + when(2027, 3, 18, 18, 3),
        "Message-ID: <CAR3ahmadi0318@mail.example.com>",
    ], leaf(T("""
سلام،

متأسفانه امسال نتوانستم در روز سازمان‌های مهاجران شرکت کنم. آیا ممکن است از همین حالا مرا برای سال ۲۰۲۸ ثبت نام کنید؟ کارگروه سوم (بودجه و مدیریت انجمن) برای ما خیلی مهم است.

با تشکر
رضا احمدی
"""))),
    qst("reza.ahmadi@example.com", "رضا احمدی", None, "fa"))


# ---------------------------------------------------------------------------
# writing, checking, validating
# ---------------------------------------------------------------------------

def build():
    files = {}
    expected = {}
    for i, (slug, _comment, raw, exp) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files["mails/" + name] = raw
        expected[name] = exp
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, expected


ALLOWED_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com)$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")


def domains_ok(text, where, problems):
    for m in ADDR_RE.finditer(text):
        if not ALLOWED_DOMAIN.search(m.group(1).rstrip(".")):
            problems.append(f"{where}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(text):
        host = m.group(1).rstrip(".")
        host = host if not m.group(0).startswith("www.") else "www." + host
        if not ALLOWED_DOMAIN.search(host):
            problems.append(f"{where}: non-example host {host}")


def validate(files, expected):
    problems = []
    names = sorted(n for n in files if n.startswith("mails/"))
    if len(names) != 50:
        problems.append(f"{len(names)} mails, want 50")
    last = None
    for path in names:
        raw = files[path]
        name = path.split("/", 1)[1]
        for n, line in enumerate(raw.split(b"\n"), 1):
            if len(line) > 998:
                problems.append(f"{name}: line {n} has {len(line)} octets")
        msg = email.message_from_bytes(raw, policy=policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                problems.append(f"{name}: defects {part.defects!r}")
            for key, value in part.items():
                if getattr(value, "defects", None):
                    problems.append(f"{name}: header {key} defects {value.defects!r}")
                texts.append(str(value))
            if part.is_multipart() or part.get_content_maintype() == "message":
                continue
            payload = part.get_payload(decode=True) or b""
            if part.defects:
                problems.append(f"{name}: defects after decoding {part.defects!r}")
            if part.get_content_maintype() == "text":
                charset = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(charset, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{name}: text part does not decode as {charset}: {e}")
                cte = part.get("Content-Transfer-Encoding", "7bit").lower()
                if cte == "7bit" and not payload.isascii():
                    problems.append(f"{name}: 7bit part with 8-bit octets")
        domains_ok("\n".join(texts), name, problems)
        date = parsedate_to_datetime(str(msg["Date"]))
        if last is not None and date <= last:
            problems.append(f"{name}: Date does not rise")
        last = date
        if not msg["Message-ID"]:
            problems.append(f"{name}: no Message-ID")
        exp = expected.get(name)
        if exp is None:
            problems.append(f"{name}: no expected record")
            continue
        if tuple(sorted(exp)) != tuple(sorted(KEYS)):
            problems.append(f"{name}: record keys {sorted(exp)}")
        kind = exp.get("kind")
        if kind not in KINDS:
            problems.append(f"{name}: bad kind {kind}")
        if kind in ("auto_reply", "bounce", "other"):
            if any(exp[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
                problems.append(f"{name}: machine/other record with person fields")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or not exp["language"]:
                problems.append(f"{name}: person record lacks email/language")
            domains_ok(exp["email"], name + " (expected)", problems)
        if kind == "bounce":
            if not exp["bounced_recipient"] or exp["bounced_recipient"] != exp["bounced_recipient"].lower():
                problems.append(f"{name}: bounce without lower-case bounced_recipient")
        elif exp["bounced_recipient"] is not None:
            problems.append(f"{name}: bounced_recipient set on a non-bounce")
        if kind == "registration" and not isinstance(exp["party_size"], int):
            problems.append(f"{name}: registration without party_size")
        if kind in ("cancellation", "question") and exp["party_size"] is not None:
            problems.append(f"{name}: party_size on {kind}")
        if not isinstance(exp["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in exp["workgroups"]):
            problems.append(f"{name}: bad workgroups")
    if set(expected) != {n.split("/", 1)[1] for n in names}:
        problems.append("expected.json and mails/ do not match")
    return problems


def on_disk():
    files = {}
    if MAILS_DIR.is_dir():
        for p in sorted(MAILS_DIR.iterdir()):
            files["mails/" + p.name] = p.read_bytes()
    if EXPECTED.exists():
        files["expected.json"] = EXPECTED.read_bytes()
    return files


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    print(f"mails: {len(expected)}")
    print("kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages (person mails): " + ", ".join(f"{l} {n}" for l, n in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    for kind in KINDS:
        per = Counter(r["language"] or "-" for r in expected.values() if r["kind"] == kind)
        if per:
            print(f"  {kind:<13} " + ", ".join(f"{l} {n}" for l, n in sorted(per.items())))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="fail if the files on disk differ")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and language")
    args = ap.parse_args(argv)
    files, expected = build()
    problems = validate(files, expected)
    if problems:
        for p in problems:
            print("problem: " + p, file=sys.stderr)
        return 1
    if args.stats:
        stats(expected)
        return 0
    if args.check:
        disk = on_disk()
        differ = sorted(n for n in set(files) | set(disk) if files.get(n) != disk.get(n))
        if differ:
            for n in differ:
                print(f"differs: {n}", file=sys.stderr)
            return 1
        print(f"ok: {len(expected)} mails and expected.json match make_mails.py")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if "mails/" + p.name not in files:
            p.unlink()
    for n, data in files.items():
        path = HERE / n
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    disk = on_disk()
    problems = validate(disk, json.loads(disk["expected.json"]))
    if problems or disk != files:
        for p in problems:
            print("problem: " + p, file=sys.stderr)
        return 1
    print(f"wrote {len(expected)} mails and expected.json; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
