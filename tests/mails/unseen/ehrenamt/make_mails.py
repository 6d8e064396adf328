#!/usr/bin/env python3
"""Set "ehrenamt": 50 mails to the Ehrenamtsbörse Münster 2027 (five Werkstätten W1-W5).

Every mail text is in this file.  `python3 make_mails.py` writes mails/ and
expected.json and validates them; `--check` writes nothing and fails when the
files on disk differ; `--stats` prints counts per kind and language.
Python 3.11 standard library only; the output is deterministic.
"""

import base64
import email
import email.header
import email.policy
import email.utils
import json
import quopri
import re
import struct
import sys
import tomllib
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
US = "ehrenamtsboerse@muenster.example"
US_NAME = "Ehrenamtsbörse Münster"
CEST = timezone(timedelta(hours=2))
UTC = timezone.utc

MAILS = []      # (filename, raw bytes, expected record)


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def hv(text, charset="utf-8"):
    """A header value: ASCII as is, otherwise RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    return email.header.Header(text, charset, maxlinelen=76).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, address))
    return hv(name, charset) + " <" + address + ">"


def date(y, mo, d, h, mi, s=0, tz=CEST):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def _encode(data, cte):
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(data).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(data.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="8bit", params="", extra=()):
    data = body.replace("\r\n", "\n").encode(charset)
    if not data.endswith(b"\n"):
        data += b"\n"
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)] + list(extra)
    return headers, _encode(data, cte)


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def multipart(subtype, parts, boundary, params=""):
    out = b""
    for headers, payload in parts:
        out += b"--" + boundary.encode() + b"\r\n" + _headers(headers) + b"\r\n" + payload
        if not payload.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], out


def attachment(filename, ctype, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disp}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return headers, base64.encodebytes(data).replace(b"\n", b"\r\n")


def raw_part(ctype, body):
    """A 7bit part of another type (message/delivery-status, text/rfc822-headers)."""
    return [("Content-Type", ctype)], body.replace("\r\n", "\n").encode("ascii").replace(b"\n", b"\r\n")


def _headers(pairs):
    out = b""
    for name, value in pairs:
        value.encode("ascii")
        out += f"{name}: {value}\r\n".encode("ascii")
    return out


def png(width=2, height=2, rgb=(0, 90, 160)):
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def pdf(title):
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"% " + title.encode("ascii") + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def rec(kind, email=None, name=None, organisation=None, workgroups=(), party_size=None,
        language=None, bounced_recipient=None):
    return {"kind": kind, "email": email, "name": name, "organisation": organisation,
            "workgroups": list(workgroups), "party_size": party_size, "language": language,
            "bounced_recipient": bounced_recipient}


def mail(slug, expected, *, frm, subject, when, body, to=US, subject_charset="utf-8",
         msgid=None, extra=(), reply_to=None, in_reply_to=None, cc=None):
    n = len(MAILS) + 1
    domain = re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    headers = []
    headers.append(("From", frm))
    headers.append(("To", to))
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("Subject", hv(subject, subject_charset)))
    headers.append(("Date", email.utils.format_datetime(when)))
    headers.append(("Message-ID", msgid or f"<{when:%Y%m%d%H%M%S}.{n:03d}.{slug}@{domain}>"))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
        headers.append(("References", in_reply_to))
    headers += list(extra)
    part_headers, payload = body
    raw = _headers(headers + [("MIME-Version", "1.0")] + part_headers) + b"\r\n" + payload
    MAILS.append((f"{n:03d}-{slug}.eml", raw, expected, when))


def ours(tag):
    return f"<{tag}@muenster.example>"


def quote(textblock):
    return "\n".join(("> " + line) if line else ">" for line in textblock.split("\n"))


def confirmation(salutation, persons, wg_line, when_de):
    return f"""\
{salutation},

vielen Dank für Ihre Anmeldung zur Ehrenamtsbörse Münster 2027 am
Samstag, 18. September 2027, 10:00–16:00 Uhr, im Stadthaus 1.

Angemeldet: {persons}
{wg_line}

Falls sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team der Ehrenamtsbörse
Stadt Münster – Freiwilligenagentur"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 other: the Freiwilligenagentur's newsletter announces the fair and names all five
# Werkstätten and the registration address; HTML + text, bulk headers. Registers nobody.
NEWS_TXT = """\
MÜNSTER ENGAGIERT – Newsletter der Freiwilligenagentur, Ausgabe Juli 2027
=========================================================================

SAVE THE DATE: EHRENAMTSBÖRSE MÜNSTER 2027
Samstag, 18. September 2027, 10–16 Uhr, Stadthaus 1

Über 60 Vereine und Initiativen stellen sich vor. Dazu gibt es fünf
Werkstätten zum Mitmachen:

  Werkstatt 1 – Ehrenamt im Sport und in Vereinen
  Werkstatt 2 – Engagement für Geflüchtete und Integration
  Werkstatt 3 – Umwelt- und Naturschutz in Münster
  Werkstatt 4 – Besuchsdienste und Nachbarschaftshilfe für Ältere
  Werkstatt 5 – Kinder und Jugend: Lernpatenschaften und Hausaufgabenhilfe

Anmeldung bis 10. September per Mail an ehrenamtsboerse@muenster.example –
bitte mit Namen, Personenzahl und Wunsch-Werkstatt.

WEITERE THEMEN
* Ehrenamtskarte NRW: jetzt auch digital
* Neue Fortbildungsreihe „Gut begleitet ins Ehrenamt“ ab Oktober
* Die Tafel Münster sucht Fahrerinnen und Fahrer

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.freiwilligenagentur-muenster.example/newsletter/abmelden
"""
NEWS_HTML = """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Münster engagiert – Juli 2027</title></head>
<body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<img src="https://www.freiwilligenagentur-muenster.example/img/kopf.png" alt="Münster engagiert" width="600">
<h1 style="color:#0a5ca0">Save the Date: Ehrenamtsbörse Münster 2027</h1>
<p><b>Samstag, 18. September 2027, 10–16 Uhr, Stadthaus 1</b></p>
<p>Über 60 Vereine und Initiativen stellen sich vor. Dazu gibt es fünf Werkstätten zum Mitmachen:</p>
<ol>
<li>Ehrenamt im Sport und in Vereinen</li>
<li>Engagement für Geflüchtete und Integration</li>
<li>Umwelt- und Naturschutz in Münster</li>
<li>Besuchsdienste und Nachbarschaftshilfe für Ältere</li>
<li>Kinder und Jugend: Lernpatenschaften und Hausaufgabenhilfe</li>
</ol>
<p>Anmeldung bis 10. September per Mail an
<a href="mailto:ehrenamtsboerse@muenster.example">ehrenamtsboerse@muenster.example</a> –
bitte mit Namen, Personenzahl und Wunsch-Werkstatt.</p>
<h2>Weitere Themen</h2>
<ul><li>Ehrenamtskarte NRW: jetzt auch digital</li>
<li>Neue Fortbildungsreihe „Gut begleitet ins Ehrenamt“ ab Oktober</li>
<li>Die Tafel Münster sucht Fahrerinnen und Fahrer</li></ul>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.freiwilligenagentur-muenster.example/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>
"""
mail("newsletter-names-all-five", rec("other"),
     frm=addr("Freiwilligenagentur Münster", "newsletter@freiwilligenagentur-muenster.example"),
     to=addr("Newsletter-Abonnenten", "newsletter@freiwilligenagentur-muenster.example"),
     subject="Münster engagiert – Juli 2027: Save the Date Ehrenamtsbörse",
     when=date(2027, 7, 12, 10, 0, 3),
     extra=[("Precedence", "bulk"),
            ("List-Id", "Muenster engagiert <engagiert.freiwilligenagentur-muenster.example>"),
            ("List-Unsubscribe", "<https://www.freiwilligenagentur-muenster.example/newsletter/abmelden>")],
     body=multipart("alternative", [text(NEWS_TXT, cte="quoted-printable"),
                                    html(NEWS_HTML, cte="quoted-printable")],
                    "==nl-2027-07-b7d1=="))

# 002 registration, de: retired woman, formal letter style, names the session only by
# its topic in her own words ("Werkstatt zum Besuchsdienst"); ISO-8859-1 quoted-printable.
mail("wienholt-besuchsdienst",
     rec("registration", "g.wienholt@t-online.example", "Gabriele Wienholt", None, ["W4"], 1, "de"),
     frm=addr("Gabriele Wienholt", "g.wienholt@t-online.example"),
     subject="Anmeldung Ehrenamtsbörse", when=date(2027, 7, 14, 9, 12, 40),
     body=text("""\
Sehr geehrte Damen und Herren,

aus der Westfälischen Zeitung habe ich von der Ehrenamtsbörse am 18. September
erfahren. Ich bin seit dem letzten Jahr in Rente und möchte mich gern sinnvoll
einbringen. Besonders am Herzen liegt mir der Besuchsdienst für ältere Menschen:
ich habe meine Mutter jahrelang gepflegt und weiß, wie einsam man im Alter werden kann.

Hiermit melde ich mich also verbindlich für die Werkstatt zum Besuchsdienst an.

Mit freundlichen Grüßen

Gabriele Wienholt
Mecklenbecker Str. 112
48151 Münster
Tel. 0251 / 7 88 41 20
""", charset="iso-8859-1", cte="quoted-printable"))

# 003 registration, en: exchange student with his girlfriend (party 2), picks "the middle
# one" by position and by topic; ASCII 7bit.
mail("oconnor-middle-one",
     rec("registration", "liam.oconnor@campus-mail.example", "Liam O'Connor", None, ["W3"], 2, "en"),
     frm=addr("Liam O'Connor", "liam.oconnor@campus-mail.example"),
     subject="Volunteering fair - sign up", when=date(2027, 7, 15, 22, 47, 5),
     body=text("""\
Hi there,

I'm an Irish exchange student at the uni here until February and I just
saw the flyer for the Ehrenamtsboerse in the Mensa. My girlfriend Sophie
and I would love to come along.

We'd like to sign up for the middle one, the environment / nature
workshop - we've been doing litter picks along the Aasee most Sundays
anyway so it seems like a good fit.

Both of us speak some German but not great, hope that's ok!

Cheers,
Liam
""", charset="us-ascii", cte="7bit"))

# 004 registration, tr: mother with 16-year-old daughter (party 2), session named as
# "beşinci atölye" (the fifth) plus topic; organisation given in German in the signature;
# windows-1254 quoted-printable.
mail("demir-besinci-atolye",
     rec("registration", "aysedemir75@hotmail.example", "Ayşe Demir",
         "Türkischer Elternverein Kinderhaus e.V.", ["W5"], 2, "tr"),
     frm=addr("Ayşe Demir", "aysedemir75@hotmail.example", "windows-1254"),
     subject="Gönüllü fuarı kayıt", subject_charset="windows-1254",
     when=date(2027, 7, 16, 19, 3, 51),
     body=text("""\
Merhaba,

Gönüllüler fuarına kızım Elif (16 yaşında) ile birlikte katılmak istiyoruz.
Beşinci atölyeye, yani çocuklar ve gençler için ödev yardımı olan gruba
yazılmak istiyoruz. Elif'in okulda sosyal bir proje yapması gerekiyor,
bu onun için çok iyi olur.

Ben Kinderhaus'ta veliler derneğinde gönüllü çalışıyorum.

Saygılarımla
Ayşe Demir
Türkischer Elternverein Kinderhaus e.V.
""", charset="windows-1254", cte="quoted-printable"))

# 005 registration, de: sports club's shared mailbox, the writer (Jugendwart) signs up
# three people for Werkstatt 1; long signature with register data and disclaimer, small
# logo attached; windows-1252 8bit.
TUS_SIG = """\
--
TuS Hiltrup 1930 e.V.
Geschäftsstelle: Am Klosterwald 12, 48165 Münster
Tel. 02501 / 2 78 30 · www.tus-hiltrup.example
Vereinsregister: Amtsgericht Münster, VR 1234
Vorstand: Peter Lohmann (1. Vors.), Claudia Pieper (2. Vors.)

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
sofort den Absender und vernichten Sie diese E-Mail."""
TUS_005 = """\
Hallo zusammen,

wir als TuS Hiltrup möchten gern an der Ehrenamtsbörse teilnehmen. Uns fehlen
seit Corona an allen Ecken Übungsleiter und Betreuer, vor allem in der Jugend.

Wir kommen mit drei Leuten: meinereiner, unsere 2. Vorsitzende Claudia Pieper
und unser Kassenwart Ralf Gövert. Alle drei für Werkstatt 1 (Sport und
Vereine), das ist ja quasi unser Thema :-)

Bitte die Bestätigung an diese Adresse, die lesen wir alle.

Sportliche Grüße
Markus Brüggemann
Jugendwart

""" + TUS_SIG
mail("tus-hiltrup-shared-mailbox",
     rec("registration", "info@tus-hiltrup.example", "Markus Brüggemann", "TuS Hiltrup 1930 e.V.",
         ["W1"], 3, "de"),
     frm=addr("TuS Hiltrup Geschäftsstelle", "info@tus-hiltrup.example", "windows-1252"),
     subject="Anmeldung TuS Hiltrup – 3 Personen", subject_charset="windows-1252",
     when=date(2027, 7, 19, 20, 31, 14),
     body=multipart("mixed", [text(TUS_005, charset="windows-1252", cte="8bit"),
                              attachment("TuS-Logo.png", "image/png", png(3, 3, (200, 16, 46)))],
                    "----=_Part_118_20270719"))

# 006 question, de: asks before deciding (must one pick a Werkstatt? can one just visit
# the stands?); names no session; UTF-8 quoted-printable.
mail("terhorst-fragen-vorab",
     rec("question", "jonas.terhorst@gmx.example", "Jonas Terhorst", None, [], None, "de"),
     frm=addr("Jonas Terhorst", "jonas.terhorst@gmx.example"),
     subject="Frage zur Ehrenamtsbörse", when=date(2027, 7, 20, 11, 58, 2),
     body=text("""\
Moin,

ich überlege, zur Ehrenamtsbörse zu kommen, bin aber noch unschlüssig, welche
Werkstatt es werden soll. Zwei Fragen vorab:

1. Muss man sich bei der Anmeldung auf eine Werkstatt festlegen, oder kann man
   vor Ort noch wechseln?
2. Kann man auch einfach nur an den Ständen vorbeischauen, ganz ohne Werkstatt?

Danke und Gruß
Jonas
""", cte="quoted-printable"))

# 007 registration, ar: Syrian father with wife and two children (party 4), "the second
# workshop" about refugees; Latin signature with the association; windows-1256 base64.
mail("alkhatib-second-workshop-family",
     rec("registration", "m.alkhatib@web.example", "Mahmoud Al-Khatib",
         "Deutsch-Syrischer Kulturverein Münster e.V.", ["W2"], 4, "ar"),
     frm=addr("Mahmoud Al-Khatib", "m.alkhatib@web.example"),
     subject="تسجيل في معرض العمل التطوعي", subject_charset="windows-1256",
     when=date(2027, 7, 21, 8, 40, 33),
     body=text("""\
السلام عليكم،

أنا محمود الخطيب من سوريا، أعيش في مونستر منذ 2016. أريد أن أسجل في معرض
العمل التطوعي يوم 18 أيلول/سبتمبر.

سنحضر أنا وزوجتي وطفلانا (8 و11 سنة)، يعني 4 أشخاص.

نريد الورشة الثانية عن مساعدة اللاجئين والاندماج، لأننا نريد أن نساعد العائلات
الجديدة كما ساعدنا الناس عندما وصلنا إلى هنا.

مع الشكر والتحية

Mahmoud Al-Khatib
Deutsch-Syrischer Kulturverein Münster e.V.
""", charset="windows-1256", cte="base64"))

# 008 registration, de: HTML-only Outlook mail from a welfare association, "Nachname,
# Vorname" display name, "i. A. Dr." in the signature, first choice W4 and fallback W2
# by topic; windows-1252 quoted-printable; long disclaimer.
mail("caritas-outlook-html-fallback",
     rec("registration", "f.schulte-vennemann@caritas-ms.example", "Friederike Schulte-Vennemann",
         "Caritasverband für die Stadt Münster e.V.", ["W4", "W2"], 1, "de"),
     frm=addr("Schulte-Vennemann, Friederike", "f.schulte-vennemann@caritas-ms.example"),
     subject="Anmeldung zur Ehrenamtsbörse am 18.09.2027", when=date(2027, 7, 21, 14, 5, 49),
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdmA1b2c3d4e5f6g7h8i9j0k")],
     body=html("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich für die Ehrenamtsbörse am 18.09.2027 an.
Mein Interesse gilt in erster Linie der <b>Werkstatt 4</b> (Besuchsdienste und Nachbarschaftshilfe),
da wir im Caritasverband derzeit unseren ehrenamtlichen Besuchsdienst neu aufstellen.
Sollte diese Werkstatt bereits ausgebucht sein, würde ich alternativ gern an der Werkstatt
zum Engagement für Geflüchtete teilnehmen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">i.&nbsp;A. Dr. Friederike Schulte-Vennemann<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">Fachdienst Gemeindecaritas / Ehrenamtskoordination<br>
Caritasverband für die Stadt Münster e.V.<br>
Josefstraße 2 · 48151 Münster<br>
Telefon: 0251 53009-123 · <a href="https://www.caritas-ms.example">www.caritas-ms.example</a></span><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:#A6A6A6">Diese Nachricht ist ausschließlich für den
bezeichneten Adressaten bestimmt. Sie kann vertrauliche Informationen enthalten. Sollten Sie nicht
der vorgesehene Empfänger sein, so bitten wir Sie, den Absender zu informieren und die Nachricht
zu löschen. Jede unbefugte Weitergabe oder Vervielfältigung ist unzulässig.</span><o:p></o:p></p>
</div></body></html>
""", charset="windows-1252", cte="quoted-printable"))

# 009 registration, ru: nurse, "третья секция - про природу" (the third, nature), alone;
# Cyrillic display name; KOI8-R 8bit.
mail("smirnova-tretya-sekciya",
     rec("registration", "olga.smirnova@posteo.example", "Ольга Смирнова", None, ["W3"], 1, "ru"),
     frm=addr("Ольга Смирнова", "olga.smirnova@posteo.example", "koi8-r"),
     subject="Регистрация на ярмарку волонтёров", subject_charset="koi8-r",
     when=date(2027, 7, 22, 21, 16, 0),
     body=text("""\
Здравствуйте!

Меня зовут Ольга Смирнова, я живу в Мюнстере уже пять лет и работаю медсестрой.
Я хотела бы принять участие в ярмарке волонтёров 18 сентября.

Больше всего меня интересует третья секция - про природу и охрану окружающей
среды. Приду одна.

Заранее спасибо!

С уважением,
Ольга Смирнова
""", charset="koi8-r", cte="8bit"))

# 010 auto_reply: German out-of-office answer with Auto-Submitted, quoting nothing useful.
mail("kemper-abwesenheit",
     rec("auto_reply"),
     frm=addr("Thomas Kemper", "t.kemper@stadtwerke-ms.example"),
     subject="Abwesenheitsnotiz: Ehrenamtsbörse 2027 – Infostände der Partner",
     when=date(2027, 7, 23, 7, 2, 11),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body=text("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. August 2027 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat,
sekretariat@stadtwerke-ms.example, Tel. 0251 694-0.

Mit freundlichen Grüßen
Thomas Kemper
Stadtwerke Münster – Unternehmenskommunikation
""", cte="quoted-printable"))

# 011 registration, de: phone-typed, all lower case, mother with two sons (party 3), topic
# in her own words ("hausaufgabenhilfe/lernpaten gruppe"), also asks a question.
mail("kowalczyk-handy-2-jungs",
     rec("registration", "sandra.k84@web.example", "Sandra Kowalczyk", None, ["W5"], 3, "de"),
     frm=addr("Sandra Kowalczyk", "sandra.k84@web.example"),
     subject="Anmeldung", when=date(2027, 7, 24, 17, 58, 30),
     extra=[("X-Mailer", "iPhone Mail (21A329)")],
     body=text("""\
hallo, wir würden gerne kommen, ich + meine 2 jungs (10 u 12). am liebsten zu der hausaufgabenhilfe/lernpaten gruppe, hab selbst lange nachhilfe gegeben. geht das überhaupt mit kindern??
lg sandra

Von meinem iPhone gesendet
""", cte="8bit"))

# 012 registration, uk: first choice "секція про допомогу біженцям", second the children
# and youth one; organisation in Ukrainian; windows-1251 quoted-printable.
mail("kovalenko-bizhentsi-dity",
     rec("registration", "oksana.kovalenko@ukr-net.example", "Оксана Коваленко",
         "Українська громада Мюнстера", ["W2", "W5"], 1, "uk"),
     frm=addr("Оксана Коваленко", "oksana.kovalenko@ukr-net.example", "windows-1251"),
     subject="Реєстрація – біржа волонтерів", subject_charset="windows-1251",
     when=date(2027, 7, 27, 10, 21, 7),
     body=text("""\
Добрий день!

Мене звати Оксана Коваленко, я з Харкова, з 2022 року живу в Мюнстері.
Хочу зареєструватися на біржу волонтерів 18 вересня.

Найбільше мене цікавить секція про допомогу біженцям та інтеграцію – я сама
пройшла цей шлях і хочу допомагати іншим. Якщо там не буде місць, то моє друге
бажання – секція для дітей і молоді (допомога з домашніми завданнями).

Дякую!

Оксана Коваленко
Українська громада Мюнстера
""", charset="windows-1251", cte="quoted-printable"))

# 013 registration, de: a neighbour registers a 74-year-old man without e-mail; she does
# not come herself and asks for the confirmation to her address. Attendee = Wolfgang
# Rieger, email = hers.
mail("albers-meldet-nachbarn-an",
     rec("registration", "kerstin.albers@freenet.example", "Wolfgang Rieger", None, ["W4"], 1, "de"),
     frm=addr("Kerstin Albers", "kerstin.albers@freenet.example"),
     subject="Anmeldung für meinen Nachbarn", when=date(2027, 7, 28, 16, 44, 19),
     body=text("""\
Guten Tag,

ich möchte gern meinen Nachbarn, Herrn Wolfgang Rieger, für die Ehrenamtsbörse
anmelden. Herr Rieger ist 74, seit dem Tod seiner Frau viel allein und möchte
nun selbst ehrenamtlich ältere Menschen besuchen – also die Werkstatt
Besuchsdienste/Nachbarschaftshilfe.

Er hat keinen Computer und keine E-Mail-Adresse. Bitte schicken Sie die
Bestätigung an mich, ich drucke sie ihm dann aus.

Ich selbst kann an dem Tag leider nicht, er kommt also allein (mit dem Bus,
das schafft er gut).

Viele Grüße
Kerstin Albers
""", cte="quoted-printable"))

# 014 registration, fa: woman with her husband (party 2), "کارگاه محیط زیست" (the
# environment workshop) by topic; Persian display name; UTF-8 base64.
mail("ahmadi-mohit-zist",
     rec("registration", "maryam.ahmadi@gmail.example", "مریم احمدی", None, ["W3"], 2, "fa"),
     frm=addr("مریم احمدی", "maryam.ahmadi@gmail.example"),
     subject="ثبت‌نام برای نمایشگاه داوطلبی", when=date(2027, 7, 30, 20, 9, 45),
     body=text("""\
سلام و وقت بخیر،

من مریم احمدی هستم. من و همسرم، رضا، می‌خواهیم در نمایشگاه کارهای داوطلبانه
در روز ۱۸ سپتامبر شرکت کنیم.

ما به طبیعت و محیط زیست خیلی علاقه داریم و دوست داریم در کارگاه محیط زیست
شرکت کنیم.

لطفاً ثبت‌نام ما دو نفر را تأیید کنید.

با تشکر
مریم احمدی
""", cte="base64"))

# 015 registration, de (learner German, no umlauts): Eritrean man, "Workshop Nummer 1",
# talks about football with children (not W5); first name only at the end, full name in
# the text and display name.
mail("gebremedhin-lerner-deutsch",
     rec("registration", "tesfay.gebremedhin@mailbox.example", "Tesfay Gebremedhin", None, ["W1"], 1, "de"),
     frm=addr("Tesfay Gebremedhin", "tesfay.gebremedhin@mailbox.example"),
     subject="anmeldung", when=date(2027, 8, 2, 13, 27, 56),
     body=text("""\
Hallo,

Mein Name ist Tesfay Gebremedhin. Ich komme aus Eritrea und ich wohne in Munster seit 3 Jahr.
Ich mochte anmelden fur die Ehrenamtsborse. Ich spiele gerne Fussball und ich will helfen
in Sportverein mit Kinder Training. Darum ich will Workshop Nummer 1.

Vielen Dank
Tesfay
""", charset="us-ascii", cte="7bit"))

# 016 change, de: phone reply to our confirmation; only the party size changes (3 -> 2);
# the quoted confirmation names Werkstatt 5, the new text names none -> workgroups [].
KOW_CONF = confirmation("Liebe Frau Kowalczyk", "3 Personen",
                        "Werkstatt 5 – Kinder und Jugend: Lernpatenschaften und Hausaufgabenhilfe", "")
mail("kowalczyk-nur-noch-zu-zweit",
     rec("change", "sandra.k84@web.example", "Sandra Kowalczyk", None, [], 2, "de"),
     frm=addr("Sandra Kowalczyk", "sandra.k84@web.example"),
     subject="Re: Ihre Anmeldung zur Ehrenamtsbörse 2027", when=date(2027, 8, 3, 7, 12, 4),
     in_reply_to=ours("conf-kowalczyk-20270724"),
     extra=[("X-Mailer", "iPhone Mail (21A329)")],
     body=text("""\
hi, kleine änderung: der kleine hat an dem tag ein fußballturnier, kommt also nur der große mit. sind dann nur 2 statt 3
lg sandra

Von meinem iPhone gesendet

> Am 24.07.2027 um 18:02 schrieb Ehrenamtsbörse Münster <ehrenamtsboerse@muenster.example>:
>
""" + quote(KOW_CONF) + "\n", cte="quoted-printable"))

# 017 registration, pl: teacher, "ta ostatnia grupa" (the last one), alone; ISO-8859-2 QP.
mail("wisniewska-ta-ostatnia",
     rec("registration", "k.wisniewska@onet.example", "Katarzyna Wiśniewska", None, ["W5"], 1, "pl"),
     frm=addr("Katarzyna Wiśniewska", "k.wisniewska@onet.example", "iso-8859-2"),
     subject="Zgłoszenie - giełda wolontariatu 18.09", subject_charset="iso-8859-2",
     when=date(2027, 8, 4, 19, 35, 22),
     body=text("""\
Dzień dobry,

chciałabym zapisać się na giełdę wolontariatu 18 września. Interesuje mnie
ta ostatnia grupa, z dziećmi i młodzieżą - w Polsce byłam nauczycielką
matematyki, tutaj na razie nie pracuję w zawodzie i chętnie pomogłabym
dzieciom w nauce.

Przyjdę sama.

Pozdrawiam serdecznie
Katarzyna Wiśniewska
""", charset="iso-8859-2", cte="quoted-printable"))

# 018 question, en: postdoc asks about language, an English-friendly workshop and the fee
# before signing up; mentions "the integration one" only hypothetically.
mail("raman-questions-before-signing-up",
     rec("question", "priya.raman@chem-uni.example", "Priya Raman", None, [], None, "en"),
     frm=addr("Priya Raman", "priya.raman@chem-uni.example"),
     subject="Question about the Ehrenamtsbörse (language?)", when=date(2027, 8, 5, 12, 3, 38),
     body=text("""\
Hello,

I'm a postdoc at the university (from Chennai, in Münster since January) and I
saw the poster for the Ehrenamtsbörse at the Mensa. Before I sign up, a couple
of questions:

- Are the workshops held in German only? My German is at A2 level.
- Is there any workshop where volunteering in English would be realistic,
  e.g. the integration one?
- Is the event free of charge?

Thanks a lot,
Priya Raman

--
Dr. Priya Raman
Institute of Organic Chemistry
""", cte="quoted-printable"))

# 019 registration, de: Gmail multipart/alternative, family of five (parents + three
# children), Werkstatt 3, also asks whether it suits children.
HOEL_TXT = """\
Hallo liebes Team der Ehrenamtsbörse,

wir – Thomas und Birgit Hölscher – möchten uns gern mit unseren drei Kindern
(7, 9 und 13) anmelden. Am meisten interessiert uns alle die Werkstatt 3 zum
Umwelt- und Naturschutz, die Kinder sind ganz wild auf Krötenwanderung und
Nistkästen bauen :)

Geht das mit Kindern, oder ist das eher was für Erwachsene? Falls nicht, sagt
gern Bescheid.

Viele Grüße aus Wolbeck
Thomas Hölscher
"""
HOEL_HTML = """\
<div dir="ltr"><div>Hallo liebes Team der Ehrenamtsbörse,</div><div><br></div>
<div>wir – Thomas und Birgit Hölscher – möchten uns gern mit unseren drei Kindern (7, 9 und 13) anmelden.
Am meisten interessiert uns alle die Werkstatt 3 zum Umwelt- und Naturschutz, die Kinder sind ganz wild
auf Krötenwanderung und Nistkästen bauen :)</div><div><br></div>
<div>Geht das mit Kindern, oder ist das eher was für Erwachsene? Falls nicht, sagt gern Bescheid.</div>
<div><br></div><div>Viele Grüße aus Wolbeck</div><div>Thomas Hölscher</div></div>
"""
mail("hoelscher-familie-fuenf",
     rec("registration", "thomas.hoelscher@gmail.example", "Thomas Hölscher", None, ["W3"], 5, "de"),
     frm=addr("Thomas Hölscher", "thomas.hoelscher@gmail.example"),
     subject="Anmeldung Familie Hölscher (5 Personen)", when=date(2027, 8, 7, 9, 50, 13),
     body=multipart("alternative", [text(HOEL_TXT, cte="quoted-printable"),
                                    html(HOEL_HTML, cte="quoted-printable")],
                    "000000000000a1b2c3d4e5f60719"))

# 020 registration, tr: chairman of an association registers himself and the secretary
# (party 2); first choice "1 numaralı atölye", second "2. atölye"; UTF-8 8bit.
mail("yildiz-dernek-iki-kisi",
     rec("registration", "m.yildiz@tkd-muenster.example", "Mehmet Yıldız",
         "Münster Türk Kültür Derneği e.V.", ["W1", "W2"], 2, "tr"),
     frm=addr("Mehmet Yıldız", "m.yildiz@tkd-muenster.example"),
     subject="Gönüllü fuarı – derneğimizden 2 kişi", when=date(2027, 8, 9, 10, 15, 0),
     body=text("""\
Sayın yetkili,

Münster Türk Kültür Derneği olarak gönüllü fuarına iki kişi ile katılmak
istiyoruz: ben ve derneğimizin sekreteri Fatma Koç.

Birinci tercihimiz 1 numaralı atölye (spor ve dernekler), çünkü derneğimizde
gençler için bir futbol takımı kurmak istiyoruz. Eğer orada yer kalmazsa
2. atölye (mülteciler ve uyum) de olur.

Saygılarımızla

Mehmet Yıldız
Başkan
Münster Türk Kültür Derneği e.V.
Tel: 0251 / 39 77 15
""", cte="8bit"))

# 021 bounce: Postfix DSN (multipart/report) for our confirmation to 015's address,
# mailbox full; text/rfc822-headers of the returned mail.
mail("bounce-postfix-mailbox-full",
     rec("bounce", bounced_recipient="tesfay.gebremedhin@mailbox.example"),
     frm=addr("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example"),
     subject="Undelivered Mail Returned to Sender", when=date(2027, 8, 9, 14, 2, 41),
     extra=[("Auto-Submitted", "auto-replied")],
     body=multipart("report", [
         raw_part('text/plain; charset="us-ascii"', """\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tesfay.gebremedhin@mailbox.example>: host mx01.mailbox.example[192.0.2.45]
    said: 552 5.2.2 <tesfay.gebremedhin@mailbox.example>: mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""),
         raw_part("message/delivery-status", """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4Xk2Lq0Zc9z9sWb
X-Postfix-Sender: rfc822; ehrenamtsboerse@muenster.example
Arrival-Date: Mon,  9 Aug 2027 14:02:38 +0200 (CEST)

Final-Recipient: rfc822; tesfay.gebremedhin@mailbox.example
Original-Recipient: rfc822;tesfay.gebremedhin@mailbox.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx01.mailbox.example
Diagnostic-Code: smtp; 552 5.2.2 <tesfay.gebremedhin@mailbox.example>: mailbox
    full, quota exceeded
"""),
         raw_part("text/rfc822-headers", """\
From: =?utf-8?q?Ehrenamtsb=C3=B6rse_M=C3=BCnster?= <ehrenamtsboerse@muenster.example>
To: tesfay.gebremedhin@mailbox.example
Subject: =?utf-8?q?Ihre_Anmeldung_zur_Ehrenamtsb=C3=B6rse_2027?=
Date: Mon, 09 Aug 2027 14:02:37 +0200
Message-ID: <conf-gebremedhin-20270809@muenster.example>
Auto-Submitted: auto-replied
"""),
     ], "4Xk2Lq0Zc9z9sWb.1786276961/mail.muenster.example", params='; report-type="delivery-status"'))

# 022 registration, it: daughter with her mother who speaks no German (party 2), "il
# laboratorio dedicato agli anziani (credo sia il numero quattro?)"; ISO-8859-15 QP.
mail("romano-con-mia-madre",
     rec("registration", "giulia.romano@libero.example", "Giulia Romano", None, ["W4"], 2, "it"),
     frm=addr("Giulia Romano", "giulia.romano@libero.example"),
     subject="Iscrizione fiera del volontariato", when=date(2027, 8, 11, 18, 26, 9),
     body=text("""\
Buongiorno,

mi chiamo Giulia Romano e vivo a Münster da quasi dieci anni. Vorrei iscrivermi
alla fiera del volontariato del 18 settembre insieme a mia madre, che è venuta
a vivere da noi l'anno scorso e cerca un modo per conoscere gente.

Ci interessa il laboratorio dedicato agli anziani e alle visite a domicilio
(credo sia il numero quattro?).

Mia madre non parla tedesco, io sì, quindi posso tradurre per lei.

Grazie mille e cordiali saluti,
Giulia Romano
""", charset="iso-8859-15", cte="quoted-printable"))

# 023 cancellation, de: Outlook top-posted reply to our confirmation (which names
# Werkstatt 4); ISO-8859-1 8bit.
WIEN_CONF = confirmation("Sehr geehrte Frau Wienholt", "1 Person",
                         "Werkstatt 4 - Besuchsdienste und Nachbarschaftshilfe für Ältere", "").replace("–", "-")
mail("wienholt-absage-knie-op",
     rec("cancellation", "g.wienholt@t-online.example", "Gabriele Wienholt", None, [], None, "de"),
     frm=addr("Gabriele Wienholt", "g.wienholt@t-online.example"),
     subject="AW: Ihre Anmeldung zur Ehrenamtsbörse 2027", subject_charset="iso-8859-1",
     when=date(2027, 8, 12, 10, 4, 55), in_reply_to=ours("conf-wienholt-20270714"),
     body=text("""\
Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung für die Ehrenamtsbörse wieder zurückziehen.
Ich habe kurzfristig einen OP-Termin für mein Knie bekommen, ausgerechnet in
dieser Woche. Bitte geben Sie meinen Platz an jemand anderen weiter.

Vielleicht klappt es ja im nächsten Jahr.

Mit freundlichen Grüßen
Gabriele Wienholt

-----Ursprüngliche Nachricht-----
Von: Ehrenamtsbörse Münster <ehrenamtsboerse@muenster.example>
Gesendet: Mittwoch, 14. Juli 2027 11:20
An: g.wienholt@t-online.example
Betreff: Ihre Anmeldung zur Ehrenamtsbörse 2027

""" + WIEN_CONF + "\n", charset="iso-8859-1", cte="8bit"))

# 024 registration, de: conditional - only Werkstatt 2, and no place elsewhere if it is
# full. Still a registration for W2 (see README).
mail("lammers-nur-werkstatt-2",
     rec("registration", "h.lammers@posteo.example", "Henrik Lammers", "Willkommensinitiative Gievenbeck",
         ["W2"], 1, "de"),
     frm=addr("Henrik Lammers", "h.lammers@posteo.example"),
     subject="Anmeldung – aber nur Werkstatt 2", when=date(2027, 8, 13, 22, 3, 17),
     body=text("""\
Hallo,

ich engagiere mich seit 2015 in der Flüchtlingsarbeit in Gievenbeck und würde
gern an der Werkstatt 2 teilnehmen, um mich mit anderen Initiativen zu vernetzen.

Ehrlich gesagt interessiert mich nur diese Werkstatt. Falls die schon voll ist,
brauche ich keinen Platz in einer anderen – dann bitte einfach kurz Bescheid
geben, dann komme ich nicht.

Beste Grüße
Henrik Lammers
Willkommensinitiative Gievenbeck
""", cte="quoted-printable"))

# 025 registration, ku (Kurmanji): "komxebata duyemîn" (the second workshop), offers to
# interpret; organisation in Kurdish; ISO-8859-9 8bit.
mail("aslan-komxebata-duyemin",
     rec("registration", "rojda.aslan@gmx.example", "Rojda Aslan", "Navenda Çanda Kurdî ya Münsterê",
         ["W2"], 1, "ku"),
     frm=addr("Rojda Aslan", "rojda.aslan@gmx.example"),
     subject="Qeydkirin - pêşangeha xebata dilxwazî", subject_charset="iso-8859-9",
     when=date(2027, 8, 16, 15, 40, 28),
     body=text("""\
Silav û rêz,

Navê min Rojda Aslan e. Ez dixwazim beşdarî pêşangeha xebata dilxwazî bibim
ku di 18ê Îlonê de li Münsterê ye.

Ez dixwazim beşdarî komxebata duyemîn bibim - ya li ser alîkariya penaberan û
entegrasyonê. Ez bi xwe jî sala 2019an hatim Almanyayê û dixwazim alîkariya
malbatên nû bikim. Ez dikarim wergerê jî bikim (kurdî, tirkî, almanî).

Ez ê bi tena serê xwe werim.

Gelek spas
Rojda Aslan
Navenda Çanda Kurdî ya Münsterê
""", charset="iso-8859-9", cte="8bit"))

# 026 question, de: a chess club wants an info stand, not a Werkstatt place; names
# Werkstatt 1 only to decline it; club mailbox, PDF flyer attached.
mail("schachfreunde-infostand",
     rec("question", "vorstand@schachfreunde-ms-nord.example", "Ulrich Brinkmann",
         "Schachfreunde Münster-Nord e.V.", [], None, "de"),
     frm=addr("Schachfreunde Münster-Nord e.V.", "vorstand@schachfreunde-ms-nord.example"),
     subject="Infostand bei der Ehrenamtsbörse?", when=date(2027, 8, 17, 11, 9, 3),
     body=multipart("mixed", [text("""\
Sehr geehrtes Orga-Team,

wir sind ein kleiner Schachverein mit rund 40 Mitgliedern und suchen dringend
Ehrenamtliche für unsere Jugendarbeit. Ist es möglich, bei der Ehrenamtsbörse
einen eigenen Infostand zu bekommen? Wenn ja: Was kostet das, wie viel Platz
gibt es, ist Strom vorhanden, und bis wann müssten wir uns melden?

An der Werkstatt 1 wollen wir eigentlich nicht teilnehmen - wir wollen ja eher
Leute finden als selbst etwas lernen. Unseren Flyer hänge ich zur Info an.

Mit freundlichen Grüßen
Dr. Ulrich Brinkmann
1. Vorsitzender
Schachfreunde Münster-Nord e.V.
""", charset="iso-8859-15", cte="quoted-printable"),
         attachment("Flyer_Schachfreunde_Jugend.pdf", "application/pdf", pdf("Schachfreunde Jugend"))],
         "------------0A1B2C3D4E5F60718293A4B5"))

# 027 registration, de: bottom-posted reply to our answer to 006, which lists all five
# Werkstätten; the new text picks "die Nummer 3" and brings his girlfriend (party 2).
TERH_ANSWER = """\
Lieber Herr Terhorst,

vielen Dank für Ihre Fragen. Sie können sich bei der Anmeldung für eine
Werkstatt entscheiden; ein Wechsel vor Ort ist möglich, solange Plätze frei
sind. Die Stände können Sie auch ohne Anmeldung besuchen.

Die fünf Werkstätten sind:
1 – Ehrenamt im Sport und in Vereinen
2 – Engagement für Geflüchtete und Integration
3 – Umwelt- und Naturschutz in Münster
4 – Besuchsdienste und Nachbarschaftshilfe für Ältere
5 – Kinder und Jugend: Lernpatenschaften und Hausaufgabenhilfe

Mit freundlichen Grüßen
Ihr Team der Ehrenamtsbörse"""
mail("terhorst-nummer-3-bottom-post",
     rec("registration", "jonas.terhorst@gmx.example", "Jonas Terhorst", None, ["W3"], 2, "de"),
     frm=addr("Jonas Terhorst", "jonas.terhorst@gmx.example"),
     subject="Re: Frage zur Ehrenamtsbörse", when=date(2027, 8, 18, 18, 22, 47),
     in_reply_to=ours("answer-terhorst-20270720"),
     body=text("Am 20.07.2027 um 14:31 schrieb Ehrenamtsbörse Münster:\n" + quote(TERH_ANSWER) + """

Danke für die schnelle Antwort! Dann melde ich mich hiermit an, für die
Nummer 3. Meine Freundin Lea kommt auch mit, also 2 Personen.

Gruß
Jonas Terhorst
""", cte="quoted-printable"))

# 028 change, en: reply to the confirmation; both move from the environment workshop to
# "the sports one (no. 1)"; party unchanged. Quoted confirmation below names Werkstatt 3.
OCON_CONF = confirmation("Dear Mr O'Connor / Lieber Herr O'Connor", "2 Personen",
                         "Werkstatt 3 – Umwelt- und Naturschutz in Münster", "")
mail("oconnor-switch-to-sports",
     rec("change", "liam.oconnor@campus-mail.example", "Liam O'Connor", None, ["W1"], None, "en"),
     frm=addr("Liam O'Connor", "liam.oconnor@campus-mail.example"),
     subject="Re: Ihre Anmeldung zur Ehrenamtsbörse 2027", when=date(2027, 8, 19, 23, 5, 31),
     in_reply_to=ours("conf-oconnor-20270716"),
     body=text("""\
Hey,

quick one - Sophie has just joined a handball club and is now dead keen on the
sports & clubs workshop, and honestly I'm happy with either. Could you move both
of us from the environment workshop to the sports one (no. 1)?

Thanks a million!
Liam

On Fri, 16 Jul 2027 at 09:10, Ehrenamtsbörse Münster <ehrenamtsboerse@muenster.example> wrote:
""" + quote(OCON_CONF) + "\n", cte="quoted-printable"))

# 029 registration, sq: father with 15-year-old son (party 2), "punëtoria e parë" (the
# first); the son's football club is named in passing, the writer's association in the
# signature; ISO-8859-1 base64.
mail("krasniqi-punetoria-e-pare",
     rec("registration", "arben.krasniqi@outlook.example", "Arben Krasniqi",
         'Shoqata Kulturore Shqiptare "Iliria" Münster', ["W1"], 2, "sq"),
     frm=addr("Arben Krasniqi", "arben.krasniqi@outlook.example"),
     subject="Regjistrim per panairin e vullnetarizmit", when=date(2027, 8, 20, 20, 48, 2),
     body=text("""\
Përshëndetje,

Unë jam Arben Krasniqi nga Kosova, jetoj në Münster që nga viti 2014 dhe punoj
si elektricist. Dua të regjistrohem për panairin e vullnetarizmit më 18 shtator,
bashkë me djalin tim Dren (15 vjeç).

Na intereson punëtoria e parë - sporti dhe shoqatat. Djali im luan futboll te
TuS Hiltrup dhe ne duam të ndihmojmë me stërvitjen e fëmijëve.

Faleminderit shumë!

Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
""", charset="iso-8859-1", cte="base64"))

# 030 cancellation, tr: reply to the confirmation, daughter has a school trip; ISO-8859-9
# base64.
mail("demir-iptal",
     rec("cancellation", "aysedemir75@hotmail.example", "Ayşe Demir", None, [], None, "tr"),
     frm=addr("Ayşe Demir", "aysedemir75@hotmail.example", "iso-8859-9"),
     subject="YNT: Ihre Anmeldung zur Ehrenamtsbörse 2027", subject_charset="iso-8859-9",
     when=date(2027, 8, 23, 8, 31, 16), in_reply_to=ours("conf-demir-20270717"),
     body=text("""\
Merhaba,

maalesef 18 Eylül'de gelemeyeceğiz. Elif'in o hafta sonu okul gezisi varmış,
yeni öğrendik. Kaydımızı iptal edebilir misiniz? Başka birine yer açılsın.

Kusura bakmayın.
Ayşe Demir
""", charset="iso-8859-9", cte="base64"))

# 031 registration, vi: woman with a friend (party 2), "nhóm thứ hai" (the second group);
# Vietnamese organisation; UTF-8 quoted-printable.
mail("nguyen-nhom-thu-hai",
     rec("registration", "lan.nguyen@yahoo.example", "Nguyễn Thị Lan", "Hội Người Việt Münster",
         ["W2"], 2, "vi"),
     frm=addr("Nguyễn Thị Lan", "lan.nguyen@yahoo.example"),
     subject="Đăng ký tham gia hội chợ tình nguyện", when=date(2027, 8, 24, 14, 12, 0),
     body=text("""\
Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, đang sống ở Münster và làm việc tại một nhà hàng.
Tôi muốn đăng ký tham gia Hội chợ tình nguyện ngày 18 tháng 9 cùng với một
người bạn, chị Trần Thu Hà.

Chúng tôi muốn tham gia nhóm thứ hai, về hỗ trợ người tị nạn và hội nhập.

Xin cảm ơn nhiều!

Nguyễn Thị Lan
Hội Người Việt Münster
""", cte="quoted-printable"))

# 032 auto_reply: ticket system receipt WITHOUT Auto-Submitted (only the text and a
# ticket number say it is automatic).
mail("buergerbuero-ticket-eingang",
     rec("auto_reply"),
     frm=addr("Servicecenter Bürgerbüro", "service@buergerbuero-ms.example"),
     subject="[Ticket#2027082510000417] Eingangsbestätigung: Aushang Ehrenamtsbörse",
     when=date(2027, 8, 25, 9, 0, 12),
     body=text("""\
Sehr geehrte Damen und Herren,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer
2027082510000417 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres
Eingangs; bitte rechnen Sie mit einer Antwort innerhalb von fünf Werktagen.

Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf
diese E-Mail.

Ihr Servicecenter Bürgerbüro
""", charset="iso-8859-1", cte="quoted-printable"))

# 033 change, de: the club mailbox again: now four people, "Werkstatt bleibt natürlich
# die 1"; top-posted above the quoted first mail (which says three); windows-1252 QP.
mail("tus-hiltrup-jetzt-zu-viert",
     rec("change", "info@tus-hiltrup.example", "Markus Brüggemann", "TuS Hiltrup 1930 e.V.",
         ["W1"], 4, "de"),
     frm=addr("TuS Hiltrup Geschäftsstelle", "info@tus-hiltrup.example", "windows-1252"),
     subject="AW: Anmeldung TuS Hiltrup – 3 Personen", subject_charset="windows-1252",
     when=date(2027, 8, 26, 19, 44, 6), in_reply_to="<20270719203114.005.tus-hiltrup-shared-mailbox@tus-hiltrup.example>",
     body=text("""\
Hallo nochmal,

kleine Korrektur zu unserer Anmeldung: Wir sind jetzt zu viert, unser neuer
Jugendtrainer Jan Ostermann möchte auch mitkommen. Werkstatt bleibt natürlich
die 1.

Danke & Gruß
Markus Brüggemann

""" + TUS_SIG + """

-----Ursprüngliche Nachricht-----
Von: TuS Hiltrup Geschäftsstelle <info@tus-hiltrup.example>
Gesendet: Montag, 19. Juli 2027 20:31
An: ehrenamtsboerse@muenster.example
Betreff: Anmeldung TuS Hiltrup – 3 Personen

""" + TUS_005 + "\n", charset="windows-1252", cte="quoted-printable"))

# 034 registration, es: writes from her work account, Reply-To and the text both give a
# private address; "el taller de medio ambiente" by topic; two-part surname;
# ISO-8859-1 quoted-printable.
mail("fernandez-reply-to-personal",
     rec("registration", "lucia.fdz@correo.example", "Lucía Fernández García", None, ["W3"], 1, "es"),
     frm=addr("Fernández García, Lucía", "l.fernandez@uni-muenster.example"),
     reply_to=addr("Lucía Fernández", "lucia.fdz@correo.example", "iso-8859-1"),
     subject="Inscripción feria de voluntariado", when=date(2027, 8, 27, 13, 15, 40),
     body=text("""\
Hola:

Os escribo desde la cuenta del trabajo, pero por favor contestadme a mi correo
personal (lucia.fdz@correo.example), que este solo lo miro entre semana.

Me gustaría apuntarme a la feria de voluntariado del 18 de septiembre. Me
interesa el taller de medio ambiente y naturaleza: en Sevilla colaboraba con un
huerto urbano y me encantaría hacer algo parecido aquí.

Iré sola.

Un saludo,
Lucía Fernández García
""", charset="iso-8859-1", cte="quoted-printable"))

# 035 cancellation, uk: exam on the same day; KOI8-U 8bit.
mail("kovalenko-skasuvannya",
     rec("cancellation", "oksana.kovalenko@ukr-net.example", "Оксана Коваленко", None, [], None, "uk"),
     frm=addr("Оксана Коваленко", "oksana.kovalenko@ukr-net.example", "koi8-u"),
     subject="Скасування реєстрації", subject_charset="koi8-u",
     when=date(2027, 8, 30, 21, 37, 59),
     body=text("""\
Доброго дня!

На жаль, мушу скасувати свою реєстрацію на біржу волонтерів 18 вересня - саме
в цей день у мене іспит B2 у Дортмунді. Дуже шкода!

Вибачте за незручності.

З повагою,
Оксана Коваленко
""", charset="koi8-u", cte="8bit"))

# 036 question, fa: asks about an interpreter and childcare; "I will register later if
# possible" - no registration yet; UTF-8 8bit.
mail("karimi-motarjem-kudak",
     rec("question", "sahar.karimi@chmail.example", "سحر کریمی", None, [], None, "fa"),
     frm=addr("سحر کریمی", "sahar.karimi@chmail.example"),
     subject="سؤال درباره نمایشگاه داوطلبی", when=date(2027, 9, 1, 10, 2, 26),
     body=text("""\
سلام،

من سحر کریمی هستم و درباره‌ی نمایشگاه کارهای داوطلبانه چند سؤال دارم:

۱. آیا در کارگاه‌ها مترجم فارسی یا دری هست؟ آلمانی من هنوز خوب نیست.
۲. می‌توانم پسر پنج‌ساله‌ام را با خودم بیاورم؟ آیا جایی برای نگهداری از بچه‌ها هست؟

اگر ممکن باشد، بعداً ثبت‌نام می‌کنم.

ممنون
سحر کریمی
""", cte="8bit"))

# 037 registration, de: a parish office forwards a registration that reached them by
# mistake and asks us to answer the parishioner directly; the attendee's address is in
# the forwarded block and in the request. Inline forward.
mail("pfarrbuero-wg-overbeck",
     rec("registration", "b.overbeck@t-online.example", "Bernd Overbeck", "Kolpingsfamilie Münster-Zentral",
         ["W4"], 1, "de"),
     frm=addr("Pfarrbüro St. Lamberti", "pfarrbuero@st-lamberti-ms.example"),
     subject="WG: Anmeldung Ehrenamtsbörse", when=date(2027, 9, 1, 11, 30, 9),
     body=text("""\
Liebes Team der Ehrenamtsbörse,

die folgende Anmeldung ist bei uns im Pfarrbüro gelandet - Herr Overbeck hat
wohl die Adresse aus unserem Pfarrbrief verwechselt. Ich leite sie Ihnen weiter.
Bitte antworten Sie direkt an Herrn Overbeck (b.overbeck@t-online.example).

Freundliche Grüße
Monika Drees
Pfarrsekretärin
Pfarrbüro St. Lamberti · Kirchherrngasse 3 · 48143 Münster

-----Ursprüngliche Nachricht-----
Von: Bernd Overbeck <b.overbeck@t-online.example>
Gesendet: Montag, 30. August 2027 19:47
An: pfarrbuero@st-lamberti-ms.example
Betreff: Anmeldung Ehrenamtsbörse

Guten Abend,

hiermit melde ich mich zur Ehrenamtsbörse am 18.9. an, und zwar für die Werkstatt
"Besuchsdienste und Nachbarschaftshilfe für Ältere". Ich bin seit zwei Jahren im
Besuchsdienstkreis unserer Gemeinde aktiv und möchte mir neue Anregungen holen.

Mit freundlichem Gruß
Bernd Overbeck
Kolpingsfamilie Münster-Zentral
""", charset="iso-8859-15", cte="quoted-printable"))

# 038 bounce: Exchange-style German NDR (multipart/report) for a mail the office sent to
# a partner organisation; the recipient no longer exists.
mail("ndr-exchange-unzustellbar",
     rec("bounce", bounced_recipient="m.hoffmann@stadtbuecherei-ms.example"),
     frm=addr("Microsoft Outlook", "postmaster@stadtbuecherei-ms.example"),
     subject="Unzustellbar: Ehrenamtsbörse 2027 – Infomaterial für Ihren Stand",
     when=date(2027, 9, 2, 8, 15, 33),
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     body=multipart("report", [
         multipart("alternative", [text("""\
Die Nachricht konnte nicht zugestellt werden.

Die E-Mail-Adresse, an die Sie Ihre Nachricht senden wollten, wurde nicht
gefunden oder ist nicht mehr gültig.

Empfänger: m.hoffmann@stadtbuecherei-ms.example
Remote Server: mail.stadtbuecherei-ms.example
Fehler: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

Diagnoseinformationen für Administratoren:
Generierender Server: mail.stadtbuecherei-ms.example
m.hoffmann@stadtbuecherei-ms.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
""", cte="quoted-printable"),
             html("""\
<html><body><p><b><font color="#000066" size="3">Die Nachricht konnte nicht zugestellt werden.</font></b></p>
<p>Die E-Mail-Adresse, an die Sie Ihre Nachricht senden wollten, wurde nicht gefunden oder ist nicht mehr gültig.</p>
<p>Empfänger: <a href="mailto:m.hoffmann@stadtbuecherei-ms.example">m.hoffmann@stadtbuecherei-ms.example</a><br>
Fehler: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found</p></body></html>
""")], "_001_NDR_a7c3e0b1f2_"),
         raw_part("message/delivery-status", """\
Reporting-MTA: dns;mail.stadtbuecherei-ms.example
Received-From-MTA: dns;mail.muenster.example
Arrival-Date: Thu, 2 Sep 2027 06:15:30 +0000

Final-Recipient: rfc822;m.hoffmann@stadtbuecherei-ms.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""),
         raw_part("text/rfc822-headers", """\
From: ehrenamtsboerse@muenster.example
To: m.hoffmann@stadtbuecherei-ms.example
Subject: =?utf-8?q?Ehrenamtsb=C3=B6rse_2027_=E2=80=93_Infomaterial_f=C3=BCr_Ihren_Stand?=
Date: Thu, 2 Sep 2027 08:15:27 +0200
Message-ID: <stand-stadtbuecherei-20270902@muenster.example>
"""),
     ], "_002_NDR_a7c3e0b1f2_", params='; report-type="delivery-status"'))

# 039 registration, de: formal letter from a retired couple (party 2), Roman numerals
# "Werkstätten II und IV, in dieser Reihenfolge"; windows-1252 quoted-printable.
mail("pohlmann-werkstaetten-II-und-IV",
     rec("registration", "hd.pohlmann@arcor.example", "Heinz-Dieter Pohlmann", None, ["W2", "W4"], 2, "de"),
     frm=addr("Heinz-Dieter Pohlmann", "hd.pohlmann@arcor.example"),
     subject="Teilnahme an der Ehrenamtsbörse 2027", when=date(2027, 9, 3, 10, 27, 0),
     body=text("""\
Sehr geehrte Damen und Herren,

meine Frau Ursula und ich möchten an der Ehrenamtsbörse am Samstag, dem
18. September 2027, teilnehmen.

Wir sind beide seit kurzem im Ruhestand (ich war 38 Jahre bei der Sparkasse
tätig) und haben nun Zeit für ein Ehrenamt. Wir interessieren uns für die
Werkstätten II und IV, in dieser Reihenfolge.

Für eine kurze Bestätigung wären wir Ihnen dankbar.

Mit freundlichen Grüßen

Heinz-Dieter Pohlmann
Münster-Roxel
""", charset="windows-1252", cte="quoted-printable"))

# 040 change, de (the Turkish chairman of 020 now writes German): one person is swapped
# (party stays 2) and the choice becomes only Werkstatt 2; mentions "Hausaufgabenhilfe"
# as their club's project, which is not a choice of W5.
mail("yildiz-aenderung-auf-deutsch",
     rec("change", "m.yildiz@tkd-muenster.example", "Mehmet Yıldız", "Münster Türk Kültür Derneği e.V.",
         ["W2"], None, "de"),
     frm=addr("Mehmet Yıldız", "m.yildiz@tkd-muenster.example"),
     subject="Änderung Anmeldung Münster Türk Kültür Derneği", when=date(2027, 9, 4, 12, 56, 44),
     body=text("""\
Sehr geehrte Damen und Herren,

ich schreibe diesmal auf Deutsch, damit es sicher richtig ankommt.

Zu unserer Anmeldung (Münster Türk Kültür Derneği, 2 Personen): Frau Koç kann
leider nicht, statt ihr kommt unser Jugendleiter Hasan Çelik. Und wir möchten
jetzt bitte nur in die Werkstatt 2 (Geflüchtete und Integration), nicht mehr
Sport. Der Plan mit der Fußballmannschaft hat sich erledigt, wir machen jetzt
im Verein Hausaufgabenhilfe für syrische Kinder und brauchen Kontakte.

Mit freundlichen Grüßen
Mehmet Yıldız
""", cte="quoted-printable"))

# 041 change, ru: from nature to "помощь пожилым людям и соседям (кажется, это
# четвёртая)"; KOI8-R quoted-printable.
mail("smirnova-smena-sekcii",
     rec("change", "olga.smirnova@posteo.example", "Ольга Смирнова", None, ["W4"], None, "ru"),
     frm=addr("Ольга Смирнова", "olga.smirnova@posteo.example", "koi8-r"),
     subject="Изменение секции", subject_charset="koi8-r",
     when=date(2027, 9, 5, 9, 3, 18),
     body=text("""\
Здравствуйте ещё раз!

Я подумала и хотела бы поменять секцию: вместо природы - помощь пожилым людям
и соседям (кажется, это четвёртая). Я медсестра, там от меня будет больше пользы.

Спасибо!
Ольга Смирнова
""", charset="koi8-r", cte="quoted-printable"))

# 042 cancellation, de: Gmail HTML reply, whole family withdraws; restates "5 Personen,
# Werkstatt 3" only to identify the registration.
HOEL_CANCEL_TXT = """\
Hallo,

leider müssen wir (Familie Hölscher, 5 Personen, Werkstatt 3) unsere Anmeldung
komplett zurückziehen – die Oma feiert am 18.9. ihren 80. und das hatten wir
völlig verpeilt. Sorry! Gebt die Plätze gern weiter.

Viele Grüße
Thomas

Am Sa., 7. Aug. 2027 um 10:02 Uhr schrieb Ehrenamtsbörse Münster <ehrenamtsboerse@muenster.example>:
> Lieber Herr Hölscher,
> vielen Dank für Ihre Anmeldung zur Ehrenamtsbörse Münster 2027 ...
"""
HOEL_CANCEL_HTML = """\
<div dir="ltr"><div>Hallo,</div><div><br></div><div>leider müssen wir (Familie Hölscher, 5 Personen,
Werkstatt 3) unsere Anmeldung komplett zurückziehen – die Oma feiert am 18.9. ihren 80. und das hatten wir
völlig verpeilt. Sorry! Gebt die Plätze gern weiter.</div><div><br></div><div>Viele Grüße</div><div>Thomas</div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Sa., 7. Aug. 2027 um 10:02 Uhr schrieb
Ehrenamtsbörse Münster &lt;<a href="mailto:ehrenamtsboerse@muenster.example">ehrenamtsboerse@muenster.example</a>&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Lieber Herr Hölscher,<br>vielen Dank für Ihre Anmeldung zur Ehrenamtsbörse Münster 2027 ...</blockquote></div>
"""
mail("hoelscher-absage-oma-80",
     rec("cancellation", "thomas.hoelscher@gmail.example", "Thomas Hölscher", None, [], None, "de"),
     frm=addr("Thomas Hölscher", "thomas.hoelscher@gmail.example"),
     subject="Re: Ihre Anmeldung zur Ehrenamtsbörse 2027", when=date(2027, 9, 6, 20, 14, 37),
     in_reply_to=ours("conf-hoelscher-20270807"),
     body=multipart("alternative", [text(HOEL_CANCEL_TXT, cte="quoted-printable"),
                                    html(HOEL_CANCEL_HTML, cte="quoted-printable")],
                    "000000000000f6e5d4c3b2a10906"))

# 043 other: a print shop's advertising mail that mentions the fair and "Werkstatt 1";
# HTML-only, base64.
mail("druckerei-werbung",
     rec("other"),
     frm=addr("Druckwerk24 Angebote", "angebote@druckwerk24.example"),
     subject="Ehrenamtsbörse 2027? Roll-ups & Flyer jetzt 20 % günstiger!",
     when=date(2027, 9, 6, 21, 0, 0),
     extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:abmelden@druckwerk24.example>")],
     body=html("""\
<html><body style="font-family:Verdana">
<h2>Ihr Auftritt bei der Ehrenamtsbörse 2027 – professionell gedruckt!</h2>
<p>Ob Infostand, Werkstatt 1 oder Bühnenprogramm: Mit unseren Roll-ups, Flyern und
Beachflags fallen Sie auf. <b>Nur bis 12.09.: 20&nbsp;% Rabatt</b> mit dem Code EHRENAMT27.</p>
<p><a href="https://www.druckwerk24.example/angebote/vereine">Jetzt bestellen</a></p>
<p style="font-size:10px">Sie möchten keine Angebote mehr erhalten?
<a href="https://www.druckwerk24.example/abmelden">Hier abmelden</a>.</p>
</body></html>
""", cte="base64"))

# 044 change, fr: registered by phone (not in this mailbox), wants to move from "l'atelier
# 3" to "l'atelier pour les enfants et les jeunes"; windows-1252 base64.
mail("dubois-changement-atelier",
     rec("change", "amelie.dubois@orange.example", "Amélie Dubois", None, ["W5"], None, "fr"),
     frm=addr("Amélie Dubois", "amelie.dubois@orange.example", "windows-1252"),
     subject="Changement d'atelier – Ehrenamtsbörse", subject_charset="windows-1252",
     when=date(2027, 9, 7, 8, 47, 52),
     body=text("""\
Bonjour,

Je me suis inscrite la semaine dernière par téléphone, auprès de la
Freiwilligenagentur, pour l'atelier 3 (environnement). Finalement je
préférerais participer à l'atelier pour les enfants et les jeunes (aide aux
devoirs) : c'est plus proche de mon métier d'éducatrice, et j'ai déjà œuvré
dans un centre de loisirs à Lyon.

Est-ce que ce serait encore possible ?

Merci d'avance et bonne journée,
Amélie Dubois
""", charset="windows-1252", cte="base64"))

# 045 change, ar: the family of 007 grows from 4 to 5 (brother arrived); names the
# refugee workshop only to identify the registration; windows-1256 quoted-printable.
mail("alkhatib-fuenf-statt-vier",
     rec("change", "m.alkhatib@web.example", "Mahmoud Al-Khatib", None, ["W2"], 5, "ar"),
     frm=addr("Mahmoud Al-Khatib", "m.alkhatib@web.example"),
     subject="تعديل عدد الأشخاص", subject_charset="windows-1256",
     when=date(2027, 9, 7, 19, 20, 5),
     body=text("""\
مرحباً،

بخصوص تسجيلنا في ورشة اللاجئين: أخي أحمد وصل من تركيا الشهر الماضي ويريد
أن يأتي معنا. هل يمكن أن تجعلوا العدد 5 أشخاص بدلاً من 4؟

شكراً جزيلاً
Mahmoud Al-Khatib
""", charset="windows-1256", cte="quoted-printable"))

# 046 change, es: phone mail from her personal address: wants "el de mayores (el 4)",
# falls back to the environment one; UTF-8 8bit.
mail("fernandez-cambio-mayores",
     rec("change", "lucia.fdz@correo.example", "Lucía Fernández García", None, ["W4", "W3"], None, "es"),
     frm=addr("Lucía Fernández", "lucia.fdz@correo.example"),
     subject="Cambio de taller", when=date(2027, 9, 8, 7, 41, 3),
     body=text("""\
Hola de nuevo!

He visto que el taller de personas mayores (el 4) también suena muy bien... ¿Podríais cambiarme a ese? Si ya está lleno me quedo en el de medio ambiente, no pasa nada.

Gracias!!
Lucía

Enviado desde mi móvil
""", cte="8bit"))

# 047 cancellation, it: mother broke her wrist; restates "2 persone, laboratorio 4";
# ISO-8859-15 8bit.
mail("romano-cancellazione",
     rec("cancellation", "giulia.romano@libero.example", "Giulia Romano", None, [], None, "it"),
     frm=addr("Giulia Romano", "giulia.romano@libero.example"),
     subject="Cancellazione iscrizione", when=date(2027, 9, 9, 17, 2, 50),
     body=text("""\
Gentili organizzatori,

purtroppo mia madre è caduta e si è rotta il polso, quindi sabato 18 non
potremo venire né io né lei. Vi prego di cancellare la nostra iscrizione
(2 persone, laboratorio 4).

Spero che ci sarà un'altra occasione.

Cordiali saluti
Giulia Romano
""", charset="iso-8859-15", cte="8bit"))

# 048 question, de: would come with her husband to the environment Werkstatt, but only
# if the venue is wheelchair-accessible - a question first (see README).
mail("niehues-barrierefrei",
     rec("question", "b.niehues@ewetel.example", "Brigitte Niehues", None, [], None, "de"),
     frm=addr("Brigitte Niehues", "b.niehues@ewetel.example"),
     subject="Barrierefreiheit Stadthaus?", when=date(2027, 9, 9, 20, 33, 10),
     body=text("""\
Guten Tag,

mein Mann und ich würden gern zur Ehrenamtsbörse kommen, am ehesten zur
Werkstatt für Umwelt und Naturschutz. Mein Mann sitzt allerdings seit einem
Schlaganfall im Rollstuhl. Ist das Stadthaus barrierefrei, gibt es einen
Aufzug und eine Behindertentoilette?

Wenn ja, melden wir uns gern an.

Viele Grüße
Brigitte Niehues
""", charset="iso-8859-15", cte="8bit"))

# 049 cancellation, de: the conditional registrant of 024 learned he is only waitlisted
# for Werkstatt 2 and withdraws as announced; quotes our waitlist notice.
LAMM_WAIT = """\
Lieber Herr Lammers,

vielen Dank für Ihre Anmeldung. Die Werkstatt 2 „Engagement für Geflüchtete und
Integration“ ist leider ausgebucht; wir haben Sie auf die Warteliste gesetzt
(Platz 3). Sobald ein Platz frei wird, melden wir uns.

Ihr Team der Ehrenamtsbörse"""
mail("lammers-zieht-zurueck-warteliste",
     rec("cancellation", "h.lammers@posteo.example", "Henrik Lammers", "Willkommensinitiative Gievenbeck",
         [], None, "de"),
     frm=addr("Henrik Lammers", "h.lammers@posteo.example"),
     subject="Re: Warteliste Werkstatt 2", when=date(2027, 9, 10, 8, 5, 29),
     in_reply_to=ours("wait-lammers-20270909"),
     body=text("""\
Hallo,

danke für die Info. Wie angekündigt ziehe ich meine Anmeldung dann zurück –
bitte streichen Sie mich auch von der Warteliste, damit niemand umsonst auf
mich wartet. Eine andere Werkstatt kommt für mich nicht in Frage.

Beste Grüße
Henrik Lammers

Ehrenamtsbörse Münster schrieb am 09.09.2027 um 16:40:
""" + quote(LAMM_WAIT) + "\n", cte="quoted-printable"))

# 050 cancellation, de: very short phone mail the Thursday before the fair, for himself
# and his girlfriend; no greeting line, UTC date.
mail("terhorst-kurzfristig-krank",
     rec("cancellation", "jonas.terhorst@gmx.example", "Jonas Terhorst", None, [], None, "de"),
     frm=addr("Jonas Terhorst", "jonas.terhorst@gmx.example"),
     subject="Absage", when=date(2027, 9, 16, 6, 12, 44, tz=UTC),
     body=text("""\
Hi, Lea und ich müssen leider absagen, liegen beide mit Grippe flach. Schade!
Gruß Jonas

Gesendet von meinem Galaxy
""", cte="8bit"))


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "es", "fr", "it", "ku", "sq", "vi"}
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:]+)")


def example_host(host):
    host = host.lower().rstrip(".")
    return host.endswith(".example") or host in ("example.org", "example.com", "example.net") \
        or host.endswith((".example.org", ".example.com", ".example.net"))


def validate(mails):
    config = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    ids = {w["id"] for w in config["workgroups"]}
    assert config["event"]["registration_address"] == US
    problems = []
    last = None
    for name, raw, exp, when in mails:
        def bad(msg):
            problems.append(f"{name}: {msg}")
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("line ends are not all CRLF")
        if max(len(line) for line in raw.split(b"\r\n")) > 998:
            bad("line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                bad(f"defects {part.defects}")
            if part.get_content_maintype() == "multipart":
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                bad(f"defects after decoding {part.defects}")
            if part.get_content_maintype() == "text":
                charset = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(charset, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    bad(f"text part does not decode as {charset}: {e}")
            elif part.get_content_type() == "message/delivery-status":
                texts.append(payload.decode("ascii") if payload else str(part))
        for key in msg.keys():
            for value in msg.get_all(key):
                texts.append(str(value))
        blob = "\n".join(texts)
        for host in ADDR_RE.findall(blob) + URL_RE.findall(blob):
            if not example_host(host):
                bad(f"non-example host {host}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d != when:
            bad("Date header does not round-trip")
        if last is not None and not d > last:
            bad("Date does not rise")
        last = d
        if msg["Message-ID"] is None or msg["From"] is None:
            bad("missing Message-ID or From")
        # the record
        if tuple(exp) != KEYS:
            bad(f"record keys {tuple(exp)}")
        k = exp["kind"]
        if k not in KINDS:
            bad(f"kind {k}")
        if not isinstance(exp["workgroups"], list) or not set(exp["workgroups"]) <= ids \
                or len(set(exp["workgroups"])) != len(exp["workgroups"]):
            bad(f"workgroups {exp['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            if any(exp[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) \
                    or exp["workgroups"]:
                bad("machine/other mail carries person fields")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or not ADDR_RE.fullmatch(exp["email"]):
                bad(f"email {exp['email']}")
            elif exp["email"] not in blob.lower():
                bad("expected email does not occur in the mail")
            if exp["language"] not in LANGS or not exp["name"]:
                bad("language or name missing")
        if k == "registration":
            if not isinstance(exp["party_size"], int) or exp["party_size"] < 1:
                bad("registration needs party_size >= 1")
        elif k == "change":
            if exp["party_size"] is not None and (not isinstance(exp["party_size"], int) or exp["party_size"] < 1):
                bad("change party_size")
        elif exp["party_size"] is not None:
            bad("party_size must be null")
        if k in ("cancellation", "question") and exp["workgroups"]:
            bad("cancellation/question with workgroups")
        if k == "bounce":
            br = exp["bounced_recipient"]
            if not br or br != br.lower() or br not in blob.lower():
                bad(f"bounced_recipient {br}")
        elif exp["bounced_recipient"] is not None:
            bad("bounced_recipient must be null")
    names = [m[0] for m in mails]
    if len(set(names)) != len(names):
        problems.append("duplicate file names")
    return problems


def outputs():
    files = {f"mails/{name}": raw for name, raw, _, _ in MAILS}
    expected = {name: exp for name, _, exp, _ in MAILS}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def stats():
    kinds, langs = {}, {}
    for _, _, exp, _ in MAILS:
        kinds[exp["kind"]] = kinds.get(exp["kind"], 0) + 1
        lang = exp["language"] or "(none)"
        langs[lang] = langs.get(lang, 0) + 1
    print(f"mails: {len(MAILS)}")
    print("kinds: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if k in kinds))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))


def main(argv):
    problems = validate(MAILS)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    files = outputs()
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        diff = []
        for rel, data in files.items():
            path = HERE / rel
            if not path.exists() or path.read_bytes() != data:
                diff.append(rel)
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").exists() else set()
        diff += sorted(on_disk - set(files))
        if diff:
            print("differs from what make_mails.py writes: " + ", ".join(diff[:10]), file=sys.stderr)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for old in (HERE / "mails").glob("*.eml"):
        if f"mails/{old.name}" not in files:
            old.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read what was written
    for name, raw, _, _ in MAILS:
        assert (HERE / "mails" / name).read_bytes() == raw
    print(f"wrote {len(MAILS)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
