#!/usr/bin/env python3
"""Evaluation set "final10h": Kulturnacht der Vereine Münster 2027 (stages B1-B4).

python3 make_mails.py           write mails/ and expected.json, then validate
python3 make_mails.py --check   fail if files on disk differ from what would be written
python3 make_mails.py --stats   print counts per kind and language
Python 3.11 standard library only; deterministic.
"""
import base64, collections, datetime as dt, email, json, quopri, re, sys
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
US = "kulturnacht@muenster.example"
US_NAME = "Kulturnacht der Vereine Münster"
MAILS = []  # (slug, raw bytes, expected)
_bnd = [0]


def enc_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", b"\r\n")
    return data


def leaf(ctype, text, cs="utf-8", cte="8bit", name=None):
    """One MIME leaf: (header bytes, body bytes). text may be bytes (attachments)."""
    if isinstance(text, str):
        data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
        h = f"Content-Type: {ctype}; charset=\"{cs}\"\r\n"
    else:
        data = text
        h = f"Content-Type: {ctype}; name=\"{name}\"\r\n"
    if name:
        h += f"Content-Disposition: attachment; filename=\"{name}\"\r\n"
    h += f"Content-Transfer-Encoding: {cte}\r\n"
    body = enc_body(data, cte)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return h.encode("ascii"), body


def multi(subtype, parts, params=""):
    _bnd[0] += 1
    b = f"=_kn{_bnd[0]:03d}_part"
    h = f"Content-Type: multipart/{subtype}; boundary=\"{b}\"{params}\r\n".encode()
    body = b"This is a multi-part message in MIME format.\r\n\r\n"
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\r\n" + ph + b"\r\n" + pb
    body += b"--" + b.encode() + b"--\r\n"
    return h, body


def raw_part(hdr, text):
    t = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return hdr.replace("\n", "\r\n").encode(), t.encode("ascii")


def hdr(v, cs="utf-8"):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, cs).encode(linesep="\r\n")


def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs) if name else a


T0 = dt.datetime(2027, 3, 1, 8, 3, tzinfo=dt.timezone.utc)


def date_of(i):
    t = T0 + dt.timedelta(hours=27 * i + (i * 37) % 11, minutes=(i * 17) % 60)
    off = 2 if t >= dt.datetime(2027, 3, 28, 1, tzinfo=dt.timezone.utc) else 1
    return format_datetime(t.astimezone(dt.timezone(dt.timedelta(hours=off))))


def R(kind, email=None, name=None, org=None, wg=(), ps=None, lang=None, br=None):
    return dict(kind=kind, email=email, name=name, organisation=org, workgroups=list(wg),
                party_size=ps, language=lang, bounced_recipient=br)


def add(slug, frm, subject, body, exp, to=US, extra=(), cs="utf-8"):
    i = len(MAILS) + 1
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[1].strip(">")
    h = [f"From: {addr(*frm, cs) if isinstance(frm, tuple) else frm}",
         f"To: {to}", f"Subject: {hdr(subject, cs)}", f"Date: {date_of(i)}",
         f"Message-ID: <kn{i:03d}.{1000 + i * 7919}@{dom}>", "MIME-Version: 1.0", *extra]
    bh, bb = body
    raw = ("\r\n".join(h) + "\r\n").encode("ascii") + bh + b"\r\n" + bb
    MAILS.append((f"{i:03d}-{slug}.eml", raw, exp))


CONFIRM = """Vielen Dank für Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027
am Samstag, 29. Mai 2027, ab 18:00 Uhr im Kulturquartier am Hafen.

Ihre Bühne: {stage}
Personen: {n}

Bei Änderungen antworten Sie bitte einfach auf diese Mail.
Kulturnacht der Vereine Münster"""


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


# 001 Plain German registration by a choir; group count "ich eingeschlossen" plus pianist.
add("wilmsmeyer-chor-musik", ("Petra Wilmsmeyer", "p.wilmsmeyer@chor-kinderhaus.example"),
    "Anmeldung Kulturnacht – Chorgemeinschaft Kinderhaus",
    leaf("text/plain", """Sehr geehrte Damen und Herren,

hiermit melde ich die Chorgemeinschaft Kinderhaus e.V. für die Kulturnacht
der Vereine am 29. Mai an. Wir würden sehr gerne auf der Musikbühne singen,
ein Programm von ca. 20 Minuten (Volkslieder aus dem Münsterland und zwei
Gospelstücke).

Wir sind 14 Sängerinnen und Sänger (ich eingeschlossen) und unser Pianist,
also 15 Personen. Ein Klavier oder E-Piano vor Ort wäre toll, sonst bringen
wir unser eigenes mit.

Mit freundlichen Grüßen
Petra Wilmsmeyer
1. Vorsitzende
Chorgemeinschaft Kinderhaus e.V.
Tel. 0251 000 1234"""),
    R("registration", "p.wilmsmeyer@chor-kinderhaus.example", "Petra Wilmsmeyer",
      "Chorgemeinschaft Kinderhaus e.V.", ["B1"], 15, "de"))

# 002 Turkish, windows-1254 QP; folk dance group, count split into dancers+musicians+writer; ASCII-only From name.
add("karakaya-halk-danslari", ("Ayse K.", "ayse.karakaya@anadolu-dans.example"),
    "Kültür Gecesi kaydı – Anadolu Halk Dansları",
    leaf("text/plain", """Merhaba,

Münster Kültür Gecesi'ne (29 Mayıs) Anadolu Halk Dansları Topluluğu olarak
katılmak istiyoruz. Dans sahnesinde (Bühne 2) yaklaşık 15 dakikalık bir
gösteri planlıyoruz: Karadeniz horonu ve Ege zeybeği.

Ekibimiz: 12 dansçı, 2 müzisyen (bağlama ve davul) ve koordinatör olarak ben.
Toplam 15 kişiyiz.

Kostümlerimizi değiştirmek için küçük bir oda olursa çok iyi olur.

Saygılarımla,
Ayşe Karakaya
Anadolu Halk Dansları Topluluğu Münster""", "windows-1254", "quoted-printable"),
    R("registration", "ayse.karakaya@anadolu-dans.example", "Ayşe Karakaya",
      "Anadolu Halk Dansları Topluluğu Münster", ["B2"], 15, "tr"), cs="windows-1254")

# 003 English HTML-only Outlook mail from a shared mailbox with Reply-To to a person; asks a question too.
add("kelly-irish-session-html", ("Irish Music Session Münster", "info@irish-session.example"),
    "Registration - Kulturnacht 2027",
    leaf("text/html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-family:Calibri,sans-serif;}</style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hello there,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">We&#8217;d love to play at the Kulturnacht der Vereine! We are the Irish
Music Session M&uuml;nster, a bunch of fiddles, whistles, a bodhr&aacute;n and a guitar.
Please put us down for the <b>music stage</b>.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">There will be six of us including me. Quick question: can we bring
a small amplifier for the guitar or is there a PA?</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Cheers,</p>
<p class="MsoNormal">Siobhan Kelly<br>Irish Music Session M&uuml;nster<br>
<a href="https://irish-session.example">irish-session.example</a></p>
</div></body></html>""", "utf-8", "quoted-printable"),
    R("registration", "siobhan.kelly@irish-session.example", "Siobhan Kelly",
      "Irish Music Session Münster", ["B1"], 6, "en"),
    extra=["Reply-To: Siobhan Kelly <siobhan.kelly@irish-session.example>",
           "X-Mailer: Microsoft Outlook 16.0"])

# 004 German question: only spectators, asks whether they must register -> question, registers no one.
add("hartmann-zuschauer-frage", ("Klaus Hartmann", "k.hartmann@posteo-muenster.example"),
    "Frage zur Kulturnacht",
    leaf("text/plain", """Guten Tag,

wir vom Schützenverein Handorf haben von der Kulturnacht gehört. Auftreten
wollen wir nicht, aber ein paar Mitglieder würden gern zuschauen.
Müssen wir uns dafür auch anmelden, oder ist der Eintritt frei?
Und gibt es Sitzplätze?

Freundliche Grüße
Klaus Hartmann""", "iso-8859-1", "8bit"),
    R("question", "k.hartmann@posteo-muenster.example", "Klaus Hartmann", "Schützenverein Handorf", lang="de"))

# 005 Arabic, UTF-8 base64; poetry reading stage named by words; Arabic-Indic digit; German org in signature.
add("haddad-lesung-arabisch", ("رامي حداد", "rami.haddad@syrischer-kulturverein.example"),
    "تسجيل في ليلة الثقافة",
    leaf("text/plain", """السلام عليكم،

نود التسجيل في ليلة الثقافة للجمعيات في مونستر يوم ٢٩ مايو.
نرغب في المشاركة في منصة القراءة (أمسية شعرية باللغتين العربية والألمانية).

سنكون ٤ أشخاص: ثلاثة شعراء (أنا منهم) وعازف عود واحد.

مع خالص التحية،
رامي حداد
Syrisch-Deutscher Kulturverein Münster e.V.""", "utf-8", "base64"),
    R("registration", "rami.haddad@syrischer-kulturverein.example", "رامي حداد",
      "Syrisch-Deutscher Kulturverein Münster e.V.", ["B3"], 4, "ar"))

# 006 German out-of-office with Auto-Submitted header, answering our call for participants.
add("abwesenheit-stadtbuecherei", ("Monika Terhorst", "m.terhorst@lesefreunde.example"),
    "Abwesend: Einladung Kulturnacht der Vereine 2027",
    leaf("text/plain", """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.03.2027 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
info@lesefreunde.example.

Monika Terhorst
Lesefreunde Münster e.V.""", "utf-8", "quoted-printable"),
    R("auto_reply"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                            "In-Reply-To: <einladung-2027@muenster.example>"])

# 007 Phone-typed German, first name in From only; adults + children counted together.
add("boekamp-puppentheater-handy", ("Sandra", "sandra.boekamp@mailbox-muenster.example"),
    "Kinderbühne",
    leaf("text/plain", """Hallo ihr lieben,
wir vom Elternverein Coerde würden gern mit unserem puppentheater auf die kinderbühne. Wir sind 3 erwachsene u 10 kinder (die spielen mit).
Reicht das wenn wir um 17 uhr da sind?
LG Sandra Bökamp

Von meinem iPhone gesendet""", "utf-8", "8bit"),
    R("registration", "sandra.boekamp@mailbox-muenster.example", "Sandra Bökamp",
      "Elternverein Coerde", ["B4"], 13, "de"))

# 008 Russian, KOI8-R 8bit; first and second choice (music, else dance).
add("schmidt-chor-koi8", ("Галина Шмидт", "galina.schmidt@drk-kreis.example"),
    "Регистрация: Ночь культуры 2027",
    leaf("text/plain", """Здравствуйте!

Наш хор Немецко-русского культурного круга хотел бы выступить на Ночи
культуры 29 мая. В первую очередь нас интересует музыкальная сцена, а если
там не будет мест - тогда танцевальная (у нас есть и небольшая танцевальная
программа).

Нас будет 9 человек: 7 певиц, аккомпаниатор на баяне и я.

С уважением,
Галина Шмидт
Deutsch-Russischer Kulturkreis Muenster""", "koi8-r", "8bit"),
    R("registration", "galina.schmidt@drk-kreis.example", "Галина Шмидт",
      "Deutsch-Russischer Kulturkreis Muenster", ["B1", "B2"], 9, "ru"), cs="koi8-r")

# 009 Change of party size only, top-posted above our quoted confirmation (quoted stage must not count).
add("wilmsmeyer-aenderung-personen", ("Petra Wilmsmeyer", "p.wilmsmeyer@chor-kinderhaus.example"),
    "AW: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027",
    leaf("text/plain", """Liebe Organisatoren,

kleine Änderung: Zwei ehemalige Mitglieder singen doch mit, wir sind
jetzt also 17 statt 15 Personen. Alles andere bleibt wie gehabt.

Viele Grüße
Petra Wilmsmeyer

-----Ursprüngliche Nachricht-----
Von: Kulturnacht der Vereine Münster <kulturnacht@muenster.example>
Gesendet: Montag, 8. März 2027 10:12
An: p.wilmsmeyer@chor-kinderhaus.example
Betreff: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027

""" + CONFIRM.format(stage="B1 – Musik", n=15), "utf-8", "quoted-printable"),
    R("change", "p.wilmsmeyer@chor-kinderhaus.example", "Petra Wilmsmeyer", wg=[], ps=17, lang="de"),
    extra=["In-Reply-To: <confirm-001@muenster.example>"])

# 010 Ukrainian, windows-1251 QP; children's dance ensemble on the dance stage; leaders + parents.
add("melnyk-barvinok-tanz", ("Оксана Мельник", "oksana.melnyk@ukr-hromada.example"),
    "Реєстрація ансамблю «Барвінок»",
    leaf("text/plain", """Добрий день!

Українська громада Мюнстера хоче зареєструвати дитячий танцювальний
ансамбль «Барвінок» на танцювальну сцену (сцена №2).

Нас буде 16 осіб: 8 танцюристок (10–14 років), 2 керівниці (я одна з них)
і ще 6 батьків, які допомагають з костюмами.

Дякую і до зустрічі!
Оксана Мельник
Українська громада Мюнстера""", "windows-1251", "quoted-printable"),
    R("registration", "oksana.melnyk@ukr-hromada.example", "Оксана Мельник",
      "Українська громада Мюнстера", ["B2"], 16, "uk"), cs="windows-1251")

# 011 German newsletter (multipart/alternative, List-Unsubscribe) – unrelated to the event.
add("newsletter-stadtteilzeitung", ("Stadtteilzeitung Hafen", "newsletter@hafenblatt.example"),
    "Hafenblatt-Newsletter März: Baustellen, Flohmarkt, Kulturtipps",
    multi("alternative", [
        leaf("text/plain", """HAFENBLATT – Newsletter März 2027

* Baustelle Hafenweg: Sperrung bis Ende April
* Flohmarkt am Kreativkai, Sonntag 21.3.
* Kulturtipp: Die Kulturnacht der Vereine sucht noch Mitwirkende!

Abmelden: https://hafenblatt.example/abmelden""", "utf-8", "quoted-printable"),
        leaf("text/html", """<html><body><h1>HAFENBLATT &ndash; Newsletter M&auml;rz 2027</h1>
<ul><li>Baustelle Hafenweg: Sperrung bis Ende April</li><li>Flohmarkt am Kreativkai, Sonntag 21.3.</li>
<li>Kulturtipp: Die Kulturnacht der Vereine sucht noch Mitwirkende!</li></ul>
<p><a href="https://hafenblatt.example/abmelden">Abmelden</a></p></body></html>""", "utf-8", "quoted-printable")]),
    R("other"), extra=["List-Unsubscribe: <https://hafenblatt.example/abmelden>", "Precedence: bulk"])

# 012 Portuguese, ISO-8859-1 QP, shared association mailbox; writer asks confirmation to go to his own address; two choices.
add("pereira-capoeira-contato", ("Associação Capoeira Angola Münster", "contato@capoeira-angola.example"),
    "Inscrição Kulturnacht - Capoeira Angola",
    leaf("text/plain", """Olá, boa tarde!

Somos a Associação Capoeira Angola Münster e gostaríamos de participar da
Kulturnacht no dia 29 de maio. Preferimos o palco de dança; se não houver
vaga, podemos também fazer uma roda no programa infantil.

Seremos 13 pessoas: 10 capoeiristas e 3 músicos (berimbau, pandeiro e
atabaque) - eu sou um dos músicos.

Este e-mail é da conta da associação; por favor, mande a confirmação para
o meu endereço pessoal: joao.pereira@capoeira-angola.example

Um abraço e axé!
João Pereira""", "iso-8859-1", "quoted-printable"),
    R("registration", "joao.pereira@capoeira-angola.example", "João Pereira",
      "Associação Capoeira Angola Münster", ["B2", "B4"], 13, "pt"), cs="iso-8859-1")

# 013 German Outlook multipart/alternative, windows-1252 QP, title "Dr." and long legal disclaimer; party of 2.
_t13 = """Sehr geehrte Damen und Herren,

die Kolpingsfamilie Münster-Zentral möchte sich gern an der Kulturnacht
beteiligen. Ich würde auf der Lesebühne plattdeutsche Geschichten vortragen
(ca. 25 Minuten); mein Mann kümmert sich um Licht und Ton, wir kommen also
zu zweit.

Mit freundlichen Grüßen

Dr. Hildegard Overesch
Kolpingsfamilie Münster-Zentral
Geschäftsstelle · Domplatz 00 · 48143 Münster

________________________________
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet."""
add("overesch-kolping-lesung-outlook", ("Overesch, Hildegard", "h.overesch@kolping-zentral.example"),
    "Anmeldung Kulturnacht der Vereine",
    multi("alternative", [
        leaf("text/plain", _t13, "windows-1252", "quoted-printable"),
        leaf("text/html", "<html><body><div style=\"font-family:Arial\">" +
             _t13.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>\n") +
             "</div></body></html>", "windows-1252", "quoted-printable")]),
    R("registration", "h.overesch@kolping-zentral.example", "Hildegard Overesch",
      "Kolpingsfamilie Münster-Zentral", ["B3"], 2, "de"), cs="windows-1252")

# 014 English question from a band leader: parking, deadline, fee – not yet registering.
add("okafor-question-parking", ("Chinedu Okafor", "chinedu.okafor@afrobeat-ms.example"),
    "Question about Kulturnacht",
    leaf("text/plain", """Hi,

I run a small Afrobeat band (Afrobeat Collective MS) and we're thinking
about joining the Kulturnacht. Before we sign up:

1) Is there parking near the venue for a van with our gear?
2) What's the deadline to register?
3) Is there any fee for associations?

We'll decide at our rehearsal next week.

Thanks,
Chinedu""", "us-ascii", "7bit"),
    R("question", "chinedu.okafor@afrobeat-ms.example", "Chinedu Okafor", "Afrobeat Collective MS", lang="en"))

# 015 Tamil, UTF-8 base64; Bharatanatyam on the dance stage named by number; Latin-script name in signature.
add("rajendran-tamil-bharatanatyam", ("Kavitha R.", "kavitha.rajendran@tamil-sangam.example"),
    "கலாச்சார இரவு – பதிவு",
    leaf("text/plain", """வணக்கம்,

மே 29 அன்று நடைபெறும் கலாச்சார இரவில் எங்கள் சங்கம் பரதநாட்டிய
நிகழ்ச்சி வழங்க விரும்புகிறது. நடன மேடை (மேடை 2) எங்களுக்கு ஏற்றது.

6 நடனக் கலைஞர்கள், 2 இசைக்கலைஞர்கள் மற்றும் நான் – மொத்தம் 9 பேர்.

நன்றி,
Kavitha Rajendran
Münster Tamil Sangam e.V.""", "utf-8", "base64"),
    R("registration", "kavitha.rajendran@tamil-sangam.example", "Kavitha Rajendran",
      "Münster Tamil Sangam e.V.", ["B2"], 9, "ta"))

# 016 Bounce: multipart/report, German MTA text, mixed-case Final-Recipient (expected lower-cased).
add("bounce-nguyen-mixedcase", "Mail Delivery System <MAILER-DAEMON@mx.muenster.example>",
    "Unzustellbar: Einladung Kulturnacht der Vereine 2027",
    multi("report", [
        leaf("text/plain", """Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

  T.Nguyen@viet-muenster.example
  Grund: Postfach unbekannt (550 5.1.1 user unknown)""", "utf-8", "quoted-printable"),
        raw_part("Content-Type: message/delivery-status\n", """Reporting-MTA: dns; mx.muenster.example
Arrival-Date: Tue, 16 Mar 2027 09:40:11 +0100

Final-Recipient: rfc822; T.Nguyen@viet-muenster.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <T.Nguyen@viet-muenster.example>: user unknown
"""),
        raw_part("Content-Type: text/rfc822-headers\n", """From: Kulturnacht der Vereine Muenster <kulturnacht@muenster.example>
To: T.Nguyen@viet-muenster.example
Subject: Einladung Kulturnacht der Vereine 2027
Message-ID: <einladung-2027-17@muenster.example>
""")], "; report-type=delivery-status"),
    R("bounce", br="t.nguyen@viet-muenster.example"), extra=["Auto-Submitted: auto-replied"])

# 017 Vietnamese, UTF-8 QP; lion dance for children, first choice Kinderprogramm, second dance stage.
add("nguyen-mua-lan-kinder", ("Nguyễn Thị Thu Hà", "thuha.nguyen@hoi-nguoi-viet.example"),
    "Đăng ký Đêm Văn hóa 2027",
    leaf("text/plain", """Kính gửi Ban tổ chức,

Hội Người Việt tại Münster xin đăng ký tham gia Đêm Văn hóa ngày 29/5.
Chúng tôi muốn biểu diễn múa lân cho các em nhỏ ở sân khấu thiếu nhi
(Kinderprogramm). Nếu hết chỗ thì sân khấu múa (Bühne 2) cũng được.

Đoàn gồm 5 người múa lân, 2 người đánh trống (tôi là một trong hai người)
và 4 em nhỏ – tổng cộng 11 người.

Trân trọng,
Nguyễn Thị Thu Hà
Hội Người Việt tại Münster""", "utf-8", "quoted-printable"),
    R("registration", "thuha.nguyen@hoi-nguoi-viet.example", "Nguyễn Thị Thu Hà",
      "Hội Người Việt tại Münster", ["B4", "B2"], 11, "vi"))

# 018 German forward: chairman registers a member's drum group, asks us to confirm to the member.
add("weiterleitung-trommelgruppe", ("Dieter Austermann", "vorstand@afrika-kultur.example"),
    "WG: Kulturnacht – Trommelgruppe",
    leaf("text/plain", """Hallo zusammen,

anbei leite ich euch die Nachricht von Kwame weiter. Bitte meldet unsere
Trommelgruppe für die Musikbühne an, insgesamt 9 Personen. Ansprechpartner
ist Kwame Mensah selbst, die Bestätigung bitte direkt an ihn:
kwame.mensah@afrika-kultur.example

Danke & Gruß
Dieter Austermann
Vorstand, Afrikanischer Kulturverein Münster e.V.

---------- Weitergeleitete Nachricht ---------
Von: Kwame Mensah <kwame.mensah@afrika-kultur.example>
Datum: Fr., 19. März 2027 um 21:04
Betreff: Kulturnacht
An: Dieter Austermann <vorstand@afrika-kultur.example>

Hi Dieter, kannst du uns für die Kulturnacht anmelden? Wir wären 7 Trommler
(mit mir) und 2 Tänzerinnen. Am liebsten Musik, Tanz ginge notfalls auch.
Kwame""", "utf-8", "8bit"),
    R("registration", "kwame.mensah@afrika-kultur.example", "Kwame Mensah",
      "Afrikanischer Kulturverein Münster e.V.", ["B1"], 9, "de"))

# 019 English change, bottom-posted below quoted confirmation; Reply-To again the person; move to children's stage.
add("kelly-change-kinder", ("Irish Music Session Münster", "info@irish-session.example"),
    "Re: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027",
    leaf("text/plain", """On 09/03/2027 11:30, Kulturnacht der Vereine Münster wrote:
""" + quote(CONFIRM.format(stage="B1 – Musik", n=6)) + """

Thanks for the confirmation! After some thinking we'd rather move to the
children's programme stage (Bühne 4) – our set is mostly sing-along tunes
for kids anyway. Same six people.

Siobhan""", "utf-8", "quoted-printable"),
    R("change", "siobhan.kelly@irish-session.example", "Siobhan", wg=["B4"], ps=None, lang="en"),
    extra=["Reply-To: siobhan.kelly@irish-session.example",
           "In-Reply-To: <confirm-003@muenster.example>"])

# 020 Greek, ISO-8859-7 8bit; dance group, total given explicitly "with me".
add("papadakis-elliniki-koinotita", ("Γιώργος Παπαδάκης", "g.papadakis@hellas-ms.example"),
    "Συμμετοχή στη Νύχτα Πολιτισμού",
    leaf("text/plain", """Καλησπέρα σας,

Η Ελληνική Κοινότητα Μύνστερ θα ήθελε να συμμετάσχει στη Νύχτα Πολιτισμού
των Συλλόγων με παραδοσιακούς χορούς στη σκηνή χορού.

Θα είμαστε 16 χορευτές και 4 μουσικοί, σύνολο 20 άτομα μαζί μου.

Με εκτίμηση,
Γιώργος Παπαδάκης
Ελληνική Κοινότητα Μύνστερ""", "iso-8859-7", "8bit"),
    R("registration", "g.papadakis@hellas-ms.example", "Γιώργος Παπαδάκης",
      "Ελληνική Κοινότητα Μύνστερ", ["B2"], 20, "el"), cs="iso-8859-7")

# 021 German cancellation, short, reason given; quoted confirmation below.
add("overesch-absage", ("Overesch, Hildegard", "h.overesch@kolping-zentral.example"),
    "AW: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027",
    leaf("text/plain", """Sehr geehrte Damen und Herren,

leider muss ich unsere Teilnahme an der Kulturnacht absagen; ich bin
erkrankt und werde bis Ende Mai nicht auftreten können. Bitte streichen
Sie die Kolpingsfamilie von der Liste.

Mit freundlichen Grüßen
Hildegard Overesch

> Ihre Bühne: B3 – Lesung und Erzählcafé
> Personen: 2""", "windows-1252", "8bit"),
    R("cancellation", "h.overesch@kolping-zentral.example", "Hildegard Overesch", "Kolpingsfamilie", lang="de"), cs="windows-1252")

# 022 English ticket-system receipt (auto_reply) with X-Autoreply / Precedence headers.
add("ticket-receipt-youth-club", ("Youth Club Support", "support@jugendzentrum-ms.example"),
    "[Ticket #4821] Re: Kulturnacht der Vereine 2027",
    leaf("text/plain", """This is an automated message.

Your request has been received and assigned ticket number #4821.
A member of our team will get back to you within 3 working days.
Please do not reply to this e-mail.

Jugendzentrum Muenster Support""", "us-ascii", "7bit"),
    R("auto_reply"), extra=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "Precedence: auto_reply"])

# 023 Learner German, phone-typed, Eritrean community; mothers+children+writer; children's stage.
add("tesfay-lerndeutsch-kinder", ("yonas tesfay", "yonas.tesfay@eritrea-ms.example"),
    "anmeldung",
    leaf("text/plain", """Hallo,

ich bin Yonas Tesfay von Eritreische Gemeinde Münster. Wir möchten mit unsere
Kinder tanzen auf Kinderbühne, traditionel tanz aus Eritrea. Wir sind 4 mütter
und 8 kinder und ich, zusammen 13.
Danke schön für die einladung

Yonas""", "utf-8", "8bit"),
    R("registration", "yonas.tesfay@eritrea-ms.example", "Yonas Tesfay",
      "Eritreische Gemeinde Münster", ["B4"], 13, "de"))

# 024 Arabic change: move from reading stage to music stage; inline quote of our confirmation.
add("haddad-aenderung-musik", ("رامي حداد", "rami.haddad@syrischer-kulturverein.example"),
    "رد: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027",
    leaf("text/plain", """مرحباً،

> Ihre Bühne: B3 – Lesung und Erzählcafé

نرجو تغيير مشاركتنا من منصة القراءة إلى منصة الموسيقى، لأن البرنامج أصبح
غنائياً أكثر. عدد الأشخاص يبقى كما هو.

> Personen: 4

شكراً جزيلاً،
رامي حداد""", "utf-8", "8bit"),
    R("change", "rami.haddad@syrischer-kulturverein.example", "رامي حداد", wg=["B1"], ps=None, lang="ar"),
    extra=["In-Reply-To: <confirm-005@muenster.example>"])

# 025 Turkish question, ISO-8859-9; changing room and deadline, no registration.
add("demir-soru-soyunma", ("Mehmet Demir", "mehmet.demir@tuerk-veliler.example"),
    "Kültür Gecesi hakkında soru",
    leaf("text/plain", """İyi günler,

Veliler derneği olarak çocuk programına katılmayı düşünüyoruz ama önce
birkaç sorumuz var: Çocuklar için ayrı bir soyunma odası var mı? Kayıt için
son tarih ne zaman? Ebeveynler de sahne arkasında bulunabilir mi?

Teşekkürler,
Mehmet Demir""", "iso-8859-9", "quoted-printable"),
    R("question", "mehmet.demir@tuerk-veliler.example", "Mehmet Demir", lang="tr"), cs="iso-8859-9")

# 026 German Gmail multipart/mixed (alternative + PDF tech rider); poetry slam on reading stage; asks about mic.
_t26 = """Moin!

Hiermit melden wir den Poetry Slam Münster e.V. für die Lesebühne an.
Wir kommen mit zwei Slammerinnen und mir als Moderator, also 3 Leute.
Unseren Technik-Rider hänge ich an – ist ein Mikro mit Ständer vorhanden?

Beste Grüße
Jonas Brüggemann
Poetry Slam Münster e.V."""
add("brueggemann-slam-anhang", ("Jonas Brüggemann", "jonas.brueggemann@slam-ms.example"),
    "Anmeldung Lesebühne + Technik-Rider",
    multi("mixed", [
        multi("alternative", [
            leaf("text/plain", _t26, "utf-8", "quoted-printable"),
            leaf("text/html", "<div dir=\"ltr\">" + _t26.replace("\n", "<br>\n") + "</div>",
                 "utf-8", "quoted-printable")]),
        leaf("application/pdf", b"%PDF-1.4\n% Technik-Rider Poetry Slam\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
             cte="base64", name="Technik-Rider.pdf")]),
    R("registration", "jonas.brueggemann@slam-ms.example", "Jonas Brüggemann",
      "Poetry Slam Münster e.V.", ["B3"], 3, "de"))

# 027 Phone-typed German cancellation, no greeting, lower case.
add("boekamp-absage-handy", ("Sandra", "sandra.boekamp@mailbox-muenster.example"),
    "Re: Kinderbühne",
    leaf("text/plain", """hallo nochmal, wir müssen das puppentheater leider absagen, die hälfte der kinder hat windpocken :( vllt nächstes jahr!
sandra

Von meinem iPhone gesendet""", "utf-8", "8bit"),
    R("cancellation", "sandra.boekamp@mailbox-muenster.example", "sandra", lang="de"))

# 028 German vendor spam about stage equipment, mentions stages and registration – still "other".
add("spam-buehnentechnik", ("Eventtechnik Profi-Verleih", "angebote@buehnentechnik-verleih.example"),
    "Ihre Kulturnacht: Bühnentechnik jetzt 30 % günstiger!",
    leaf("text/html", """<html><body><p>Sehr geehrte Veranstalter,</p>
<p>Sie planen eine Kulturnacht mit mehreren B&uuml;hnen? Wir liefern Licht, Ton und
Podeste &ndash; jetzt mit <b>30&nbsp;% Fr&uuml;hbucherrabatt</b>. Melden Sie sich bis
15.&nbsp;April an und sichern Sie sich den Rabatt!</p>
<p><a href="https://buehnentechnik-verleih.example/angebot">Zum Angebot</a></p>
<p style="font-size:9px">Sie erhalten diese Mail, weil Ihre Adresse &ouml;ffentlich einsehbar ist.
<a href="https://buehnentechnik-verleih.example/abmelden">Abmelden</a></p></body></html>""",
         "iso-8859-1", "quoted-printable"),
    R("other"), extra=["Precedence: bulk"])

# 029 Ukrainian change: move ensemble to children's stage, bottom-posted under quoted confirmation.
add("melnyk-zmina-dytyacha", ("Оксана Мельник", "oksana.melnyk@ukr-hromada.example"),
    "Re: Ihre Anmeldung zur Kulturnacht der Vereine Münster 2027",
    leaf("text/plain", quote(CONFIRM.format(stage="B2 – Tanz", n=16)) + """

Доброго дня! Чи можна перенести наш ансамбль на дитячу сцену (Bühne 4)?
Діти дуже хочуть виступати для інших дітей. Кількість людей та сама.

Оксана""", "utf-8", "base64"),
    R("change", "oksana.melnyk@ukr-hromada.example", "Оксана", wg=["B4"], ps=None, lang="uk"),
    extra=["In-Reply-To: <confirm-010@muenster.example>"])

# 030 German inline reply to our invitation listing all four stages; only the new text picks "Lesung".
add("hoelscher-heimatverein-inline", ("Bernhard Hölscher", "b.hoelscher@heimatverein-gievenbeck.example"),
    "Re: Einladung Kulturnacht der Vereine 2027",
    leaf("text/plain", """Am 02.03.2027 um 09:00 schrieb Kulturnacht der Vereine Münster:
> Liebe Vereine,
> am 29. Mai 2027 findet die Kulturnacht der Vereine statt. Es gibt vier
> Bühnen:
>   B1 Musik, B2 Tanz, B3 Lesung und Erzählcafé, B4 Kinderprogramm.
> Bitte nennen Sie uns die gewünschte Bühne und die Zahl der Mitwirkenden.

Wir nehmen die Lesung, mit plattdeutschen Döntjes aus Gievenbeck.

> Wer kommt mit?

Wir kommen zu dritt.

Mit heimatlichem Gruß
Bernhard Hölscher
Heimatverein Gievenbeck e.V.""", "iso-8859-15", "quoted-printable"),
    R("registration", "b.hoelscher@heimatverein-gievenbeck.example", "Bernhard Hölscher",
      "Heimatverein Gievenbeck e.V.", ["B3"], 3, "de"),
    extra=["In-Reply-To: <einladung-2027@muenster.example>"], cs="iso-8859-15")


# ---------------------------------------------------------------- validation
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG = {"B1", "B2", "B3", "B4"}
OKHOST = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)


def validate():
    last = None
    for fn, raw, exp in MAILS:
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fn}: bare LF"
        assert b"\r" not in raw.replace(b"\r\n", b""), f"{fn}: bare CR"
        assert all(len(l) <= 998 for l in raw.split(b"\r\n")), f"{fn}: long line"
        msg = email.message_from_bytes(raw, policy=policy.default)
        texts = []
        for part in msg.walk():
            assert not part.defects, f"{fn}: {part.defects}"
            for k, v in part.items():
                assert not getattr(v, "defects", ()), f"{fn}: header {k} {v.defects}"
                texts.append(str(v))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                t = part.get_payload(decode=True).decode(cs, "strict")
                part.get_content()  # must decode too
                texts.append(t)
            elif part.get_content_type() in ("message/delivery-status",):
                texts.append(str(part))
        d = msg["Date"].datetime
        assert last is None or d > last, f"{fn}: date not rising"
        last = d
        blob = "\n".join(texts)
        for h in re.findall(r"[\w.+%-]+@([\w-]+(?:\.[\w-]+)+)", blob) + \
                re.findall(r"https?://([^/\s\"'<>]+)", blob):
            assert OKHOST.search(h), f"{fn}: non-example host {h}"
        assert set(exp) == set(KEYS) and exp["kind"] in KINDS, fn
        assert set(exp["workgroups"]) <= WG, fn
        if exp["kind"] in ("auto_reply", "bounce", "other"):
            assert exp["email"] is exp["name"] is exp["organisation"] is exp["language"] is None, fn
        else:
            assert exp["email"] and exp["email"] == exp["email"].lower() and exp["language"], fn
        if exp["kind"] == "registration":
            assert isinstance(exp["party_size"], int) and exp["party_size"] >= 1 and exp["name"], fn
        elif exp["kind"] != "change":
            assert exp["party_size"] is None, fn
        assert (exp["bounced_recipient"] is not None) == (exp["kind"] == "bounce"), fn
        assert exp["bounced_recipient"] in (None, (exp["bounced_recipient"] or "").lower()), fn


def outputs():
    files = {f"mails/{fn}": raw for fn, raw, _ in MAILS}
    files["expected.json"] = (json.dumps({fn: e for fn, _, e in MAILS}, ensure_ascii=False,
                                         indent=1) + "\n").encode()
    return files


def main():
    validate()
    files = outputs()
    if "--stats" in sys.argv:
        print("kinds:", dict(collections.Counter(e["kind"] for *_, e in MAILS)))
        print("languages:", dict(collections.Counter(e["language"] for *_, e in MAILS)))
        print("mails:", len(MAILS))
        return 0
    if "--check" in sys.argv:
        bad = [p for p, b in files.items() if not (HERE / p).exists() or (HERE / p).read_bytes() != b]
        extra = {f"mails/{p.name}" for p in (HERE / "mails").glob("*")} - set(files)
        if bad or extra:
            print("differs:", *sorted(bad + list(extra)))
            return 1
        print("ok:", len(MAILS), "mails match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for p, b in files.items():
        (HERE / p).write_bytes(b)
    print("wrote", len(MAILS), "mails; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
