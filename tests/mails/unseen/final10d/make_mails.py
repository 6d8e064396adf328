#!/usr/bin/env python3
"""Evaluation mail set "final10d": Netzwerktreffen Sprachmittlung Münster 2027.

40 mails to sprachmittlung@muenster.example from volunteer interpreters and
community translators (German, English, French, Arabic incl. Arabizi,
Dari/Farsi incl. Finglish, Pashto, Russian, Ukrainian, Romanian, Spanish).
Four workgroups ("Ateliers") with ids A, B, C, D.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import datetime as dt
import hashlib
import html
import json
import re
import sys
from collections import Counter
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "sprachmittlung@muenster.example"
OUR_NAME = "Netzwerktreffen Sprachmittlung"
OUR_FROM = formataddr((OUR_NAME, OUR))
IDS = ("A", "B", "C", "D")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "en", "fr", "ar", "fa", "ps", "ru", "uk", "ro", "es"}
CRLF = b"\r\n"

# ---------------------------------------------------------------------------
# MIME building blocks (raw bytes, so charsets and encodings stay exactly as chosen)
# ---------------------------------------------------------------------------


def hdr(text, charset="utf-8"):
    """A header value; RFC 2047-encoded when it is not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def qp_encode(data):
    """Quoted-printable over CRLF-separated bytes, soft lines <= 76."""
    out = []
    for line in data.split(CRLF):
        enc = []
        for i, b in enumerate(line):
            c = bytes([b])
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and not last):
                enc.append(c.decode("ascii"))
            else:
                enc.append("=%02X" % b)
        cur = ""
        pieces = []
        for tok in enc:
            if len(cur) + len(tok) > 75:
                pieces.append(cur + "=")
                cur = ""
            cur += tok
        pieces.append(cur)
        out.extend(pieces)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


def encode_body(text, charset, cte):
    raw = text.replace("\r\n", "\n").encode(charset).replace(b"\n", CRLF)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    if cte == "base64":
        return b64_encode(raw)
    if cte == "quoted-printable":
        return qp_encode(raw)
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def header_bytes(self):
        lines = []
        for k, v in self.headers:
            lines.append(f"{k}: {v}".replace("\r\n", "\n").replace("\n", "\r\n"))
        return "\r\n".join(lines).encode("ascii")

    def bytes(self):
        return self.header_bytes() + CRLF + CRLF + self.body


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=()):
    ct = f'text/{subtype}; charset="{charset}"{params}'
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra),
                encode_body(body, charset, cte))


def attachment(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], b64_encode(data))


def multipart(subtype, parts, boundary, params="", preamble=True):
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format." + CRLF + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.bytes() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], body)


def message_part(inner_bytes):
    return Part([("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "7bit")], inner_bytes)


def date(y, mo, d, h, mi, s, offset_h=2):
    tz = dt.timezone(dt.timedelta(hours=offset_h))
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def msgid(seed, domain):
    return "<" + hashlib.sha1(seed.encode()).hexdigest()[:20] + "@" + domain + ">"


def build(headers, root):
    """headers: list of (name, value) before the MIME headers of root."""
    top = Part(list(headers) + [("MIME-Version", "1.0")] + root.headers, root.body)
    return top.bytes()


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() for line in s.strip("\n").split("\n"))


def outlook_html(plain, charset, entities=False):
    """Plain text -> typical Outlook HTML body."""
    paras = []
    for line in plain.strip("\n").split("\n"):
        t = html.escape(line, quote=False)
        if entities:
            t = "".join(c if ord(c) < 128 or c.encode(charset, "ignore") else f"&#{ord(c)};" for c in t)
        paras.append(f"<p class=MsoNormal>{t or '&nbsp;'}<o:p></o:p></p>")
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
        f'<head><meta http-equiv=Content-Type content="text/html; charset={charset}">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
        '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
        '--></style></head>\n<body lang=DE link="#0563C1" vlink="#954F72">\n'
        '<div class=WordSection1>\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"
    )


def gmail_html(plain):
    lines = [html.escape(l, quote=False) or "<br>" for l in plain.strip("\n").split("\n")]
    return '<div dir="ltr">' + "".join(f"<div>{l}</div>\n" for l in lines) + "</div>\n"


def R(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []  # (filename, bytes, expected)


def add(slug, headers, root, expected):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", build(headers, root), expected))


def std(frm, subject, when, domain, seed, to=OUR, charset="utf-8", extra=(), reply_to=None,
        in_reply_to=None):
    h = [("From", frm), ("To", to)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hdr(subject, charset)), ("Date", when), ("Message-ID", msgid(seed, domain))]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    h += list(extra)
    return h


# ---------------------------------------------------------------------------
# texts our side sent, quoted in some mails
# ---------------------------------------------------------------------------

INVITATION_ID = msgid("invitation-2027", "muenster.example")

INVITATION = """\
Liebe Sprachmittlerinnen und Sprachmittler,
liebe Engagierte aus Vereinen und Beratungsstellen,

herzlich laden wir Sie zum Netzwerktreffen Sprachmittlung Münster ein:

  Samstag, 22. Mai 2027, 9:30 bis 15:30 Uhr
  Begegnungszentrum Hansaforum, Hansaplatz 3, 48155 Münster

Nach einem gemeinsamen Vormittag mit Austausch und Mittagessen arbeiten
wir am Nachmittag in vier Ateliers:

  Atelier A - Dolmetschen beim Arzt und im Krankenhaus
  Atelier B - Begleitung bei Behördengängen
  Atelier C - Sprachmittlung in Schule und Kita
  Atelier D - Selbstfürsorge und Grenzen im Ehrenamt

Bitte melden Sie sich bis zum 14. Mai 2027 per Mail an
sprachmittlung@muenster.example an. Nennen Sie uns bitte Ihr
Wunsch-Atelier (gern auch einen Zweitwunsch) und ob Sie Begleitung
mitbringen. Die Plätze in den Ateliers sind begrenzt.

Die Teilnahme ist kostenlos, für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Jana Overkamp
Kommunales Integrationszentrum Münster
"""


def confirmation(salutation, atelier_line, persons):
    return f"""\
{salutation},

vielen Dank für Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster
am Samstag, 22. Mai 2027, 9:30 bis 15:30 Uhr im Begegnungszentrum Hansaforum.

Sie sind eingetragen für: {atelier_line}
Personen: {persons}

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Jana Overkamp
Kommunales Integrationszentrum Münster
"""


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 plain German registration, first and second choice named by letter plus title,
#     organisation in the signature; UTF-8 quoted-printable.
add("brandt-okafor-anmeldung", std(
    addr("Gisela Brandt-Okafor", "g.brandt-okafor@posteo.example"),
    "Anmeldung Netzwerktreffen 22.5.", date(2027, 4, 7, 8, 14, 33), "posteo.example", "001",
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Thunderbird/115.9.0")]),
    text("""\
Guten Tag,

hiermit melde ich mich für das Netzwerktreffen Sprachmittlung am 22. Mai an.

Ich dolmetsche seit 2016 ehrenamtlich Englisch und Igbo, überwiegend in
Elterngesprächen an Grundschulen in Kinderhaus. Deshalb würde ich am
liebsten ins Atelier C (Schule und Kita). Falls das schon voll ist, wäre
Atelier A für mich auch interessant.

Ich komme allein.

Viele Grüße
Gisela Brandt-Okafor
Sprachmittlerpool Münster-Nord
Tel. 0251 555-0123
""", params="; format=flowed"),
    R("registration", "g.brandt-okafor@posteo.example", "Gisela Brandt-Okafor",
      "Sprachmittlerpool Münster-Nord", ["C", "A"], 1, "de"))

# 002 English Gmail multipart/alternative; the writer talks about a client family
#     ("a family of 5", "plan B") and names the Behörden atelier only to reject it: choice is D.
YOUSEF = """\
Hello,

my name is Yousef Haddad, I've been volunteering as an Arabic interpreter with Flüchtlingshilfe Gievenbeck for about three years.

I'd like to register for the Netzwerktreffen on 22 May. Honestly, after last Tuesday I think I need the self-care atelier (D) more than the Behörden one: I spent almost five hours with a family of 5 at the Ausländerbehörde, the appointment system was down, and in the end we had to go with plan B and come back next week. So D please, just for me.

Thanks a lot and see you there,
Yousef

--
Yousef Haddad
Flüchtlingshilfe Gievenbeck
mobile: +49 151 0000 4411
"""
add("haddad-self-care-family-of-5", std(
    addr("Yousef Haddad", "yousef.haddad.ms@gmail.example"),
    "Registration – Netzwerktreffen", date(2027, 4, 7, 21, 2, 10, 0), "mail.gmail.example", "002"),
    multipart("alternative", [text(YOUSEF, cte="quoted-printable"),
                              text(gmail_html(YOUSEF), "html", cte="quoted-printable")],
              "000000000000a1b2c3d4e5f60002", preamble=False),
    R("registration", "yousef.haddad.ms@gmail.example", "Yousef Haddad",
      "Flüchtlingshilfe Gievenbeck", ["D"], 1, "en"))

# 003 French, windows-1252 8bit; registers herself and a named colleague (2 persons),
#     "il y a" / "à" must not read as atelier A twice; A first, C second.
add("kone-inscription-deux", std(
    addr("Mariame Koné", "mariame.kone@afrika-kultur-ms.example", "windows-1252"),
    "Inscription - Netzwerktreffen Sprachmittlung (2 personnes)", date(2027, 4, 8, 10, 45, 0),
    "afrika-kultur-ms.example", "003", charset="windows-1252"),
    text("""\
Bonjour Madame, Monsieur,

Je me permets de vous écrire en français, mon allemand écrit n'est pas encore très bon (à l'oral ça va mieux !).

Je suis interprète bénévole pour le bambara, le dioula et le français auprès de l'association Afrika-Kulturverein Münster. Je souhaite m'inscrire à la rencontre du 22 mai avec ma collègue Awa Diallo, qui fait le même travail que moi. Nous serons donc 2 personnes.

Nous aimerions toutes les deux participer à l'atelier A (médecin et hôpital) : il y a beaucoup de femmes que nous accompagnons à la maternité et ce n'est pas toujours facile. Si l'atelier A est complet, le C nous irait aussi.

Merci d'avance et bonne journée,

Mariame Koné
Afrika-Kulturverein Münster e.V.
""", charset="windows-1252", cte="8bit"),
    R("registration", "mariame.kone@afrika-kultur-ms.example", "Mariame Koné",
      "Afrika-Kulturverein Münster e.V.", ["A", "C"], 2, "fr"))

# 004 Arabic script, windows-1256 base64, encoded display name; a family of 7 he
#     interprets for is not his party; Latin "Atelier D" inside right-to-left text.
add("alkhatib-arabic-atelier-d", std(
    addr("أحمد الخطيب", "ahmad.alkhatib@web.example", "windows-1256"),
    "تسجيل في لقاء شبكة الترجمة", date(2027, 4, 8, 19, 31, 12), "web.example", "004",
    charset="windows-1256"),
    text("""\
مرحباً،

أنا أحمد الخطيب، أعمل مترجماً متطوعاً (عربي - ألماني) في مونستر منذ سنة 2017، وغالباً أرافق العائلات إلى المدارس ومكتب العمل.

أرغب في التسجيل في لقاء الشبكة يوم 22 أيار، وأختار ورشة Atelier D (الاعتناء بالنفس)، لأنني في الأشهر الأخيرة أترجم لعائلة من 7 أشخاص تقريباً كل أسبوع، وأشعر بالتعب.

سأحضر وحدي.

مع الشكر والتحية
أحمد الخطيب
0176 0000 2290
""", charset="windows-1256", cte="base64"),
    R("registration", "ahmad.alkhatib@web.example", "أحمد الخطيب", None, ["D"], 1, "ar"))

# 005 German out-of-office (Auto-Submitted header) answering the invitation forwarded
#     by a Kita network; mentions another address and a phone number.
add("sandkoetter-abwesenheit", std(
    addr("Brigitte Sandkötter", "b.sandkoetter@kita-sonnenblume.example", "iso-8859-1"),
    "Abwesenheitsnotiz: WG: Einladung Netzwerktreffen Sprachmittlung Münster am 22. Mai",
    date(2027, 4, 9, 7, 3, 55), "kita-sonnenblume.example", "005", charset="iso-8859-1",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("In-Reply-To", msgid("kita-network-fwd", "kita-netz.example"))]),
    text("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19.04.2027 nicht im Haus. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
unsere Kita-Leitung unter kita-leitung@kita-sonnenblume.example oder
telefonisch unter 0251 555-0188.

Mit freundlichen Grüßen
Brigitte Sandkötter
Kita Sonnenblume, Gievenbeck
""", charset="iso-8859-1", cte="quoted-printable"),
    R("auto_reply"))

# 006 Dari (Persian script), UTF-8 base64; Persian digits; B first, A second, both as
#     Latin letters in RTL text; "a family of 5" she works for; organisation in Dari.
add("rahimi-dari-b-then-a", std(
    addr("Maryam Rahimi", "maryam.rahimi@freenet.example"),
    "ثبت نام – Netzwerktreffen Sprachmittlung", date(2027, 4, 10, 11, 20, 8), "freenet.example", "006"),
    text("""\
سلام و احترام،

من مریم رحیمی هستم، از افغانستان. حدود چهار سال است که به صورت داوطلبانه برای خانواده‌های افغان در مونستر ترجمانی می‌کنم، بیشتر در جاب‌سنتر و اداره‌ی خارجی‌ها.

می‌خواهم در نشست ۲۲ ماه می اشتراک کنم. اولویت اولم Atelier B است (Behördengänge)، چون همین حالا با یک خانواده‌ی ۵ نفری کار می‌کنم که هر هفته در اداره‌ها مشکل دارند. اگر در B جای خالی نبود، Atelier A هم برایم خوب است.

تنها می‌آیم.

تشکر فراوان
مریم رحیمی
انجمن زنان افغان مونستر
""", cte="base64"),
    R("registration", "maryam.rahimi@freenet.example", "مریم رحیمی", "انجمن زنان افغان مونستر",
      ["B", "A"], 1, "fa"))

# 007 German question (no certificate, travel costs), ISO-8859-15 8bit; registers no one.
add("gebremedhin-frage-zertifikat", std(
    addr("Tesfay Gebremedhin", "t.gebremedhin@mail.example"),
    "Frage zum Treffen", date(2027, 4, 11, 16, 48, 0), "mail.example", "007"),
    text("""\
Sehr geehrte Damen und Herren,

ich habe von einer Bekannten die Einladung bekommen. Ich übersetze Tigrinya
und Amharisch, aber ich habe keine Ausbildung und kein Zertifikat, nur die
Erfahrung mit vielen Landsleuten. Darf ich trotzdem kommen oder ist das
Treffen nur für Sprachmittler mit Schulung?

Und noch eine Frage: bekommt man die Fahrtkosten erstattet? Ich wohne in
Hiltrup und habe kein Auto.

Danke für Ihre Antwort.
Tesfay Gebremedhin
""", charset="iso-8859-15", cte="8bit"),
    R("question", "t.gebremedhin@mail.example", "Tesfay Gebremedhin", lang="de"))

# 008 Outlook HTML-only (windows-1252 QP) from a shared association mailbox with
#     Reply-To to the coordinator; English; three named persons; B first, D second.
LENA = """\
Dear organising team,

sorry for writing in English – our team language is English since half of us are not (yet) fluent in German.

We would like to register three volunteers from Welcome Hub Münster for the Netzwerktreffen on 22 May:

- Lena Hoffmann (me, volunteer coordination)
- Dmytro Savchenko (Ukrainian/Russian)
- Farah Al-Masri (Arabic/English)

All three of us would prefer Atelier B (Behördengänge), second choice Atelier D.

Please send the confirmation to my own address (l.hoffmann@welcomehub-muenster.example) – the info@ box is read by several people and things get lost.

Best regards,
Lena Hoffmann
Volunteer Coordination | Welcome Hub Münster
Hafenweg 16, 48155 Münster
"""
add("welcomehub-three-volunteers", std(
    addr("Welcome Hub Münster", "info@welcomehub-muenster.example", "windows-1252"),
    "Anmeldung / registration Welcome Hub (3 Personen)", date(2027, 4, 12, 9, 5, 41),
    "welcomehub-muenster.example", "008", charset="windows-1252",
    reply_to=addr("Lena Hoffmann", "l.hoffmann@welcomehub-muenster.example"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtHx3Kq0VbN7m2uQ8eYJf1pLwTzRg==")]),
    text(outlook_html(LENA, "windows-1252"), "html", "windows-1252", "quoted-printable"),
    R("registration", "l.hoffmann@welcomehub-muenster.example", "Lena Hoffmann",
      "Welcome Hub Münster", ["B", "D"], 3, "en"))

# 009 Russian, KOI8-R 8bit; the family of 6 and the school class "3Б" are the clients',
#     not hers; chooses C.
add("kovalchuk-russian-atelier-c", std(
    addr("Ольга Ковальчук", "o.kovalchuk@yandex.example", "koi8-r"),
    "Регистрация на встречу 22 мая", date(2027, 4, 12, 20, 17, 3), "yandex.example", "009",
    charset="koi8-r"),
    text("""\
Здравствуйте!

Меня зовут Ольга Ковальчук, я уже третий год помогаю как волонтёр-переводчик
(русский, украинский - немецкий), в основном в школах и детских садах.
Сейчас, например, сопровождаю семью из 6 человек: у них двое детей в 3Б
классе и один ребёнок в детском саду.

Хотела бы записаться на встречу 22 мая, на ателье C (Schule und Kita).

Приду одна.

С уважением,
Ольга Ковальчук
""", charset="koi8-r", cte="8bit"),
    R("registration", "o.kovalchuk@yandex.example", "Ольга Ковальчук", None, ["C"], 1, "ru"))

# 010 Pashto, UTF-8 QP, German closing line; Latin signature; atelier A by letter and title.
add("zazai-pashto-atelier-a", std(
    addr("Gul Ahmad Zazai", "gulahmad.zazai@gmx.example"),
    "Anmeldung Atelier A", date(2027, 4, 13, 13, 9, 27), "gmx.example", "010"),
    text("""\
سلام علیکم،

زما نوم ګل احمد زازی دی. په مونستر کې د پښتو او دري ژبو داوطلب ژباړونکی یم او ډېری وخت د افغان کورنیو سره ډاکټر او روغتون ته ځم.

غواړم چې د مې میاشتې په ۲۲مه په غونډه کې ګډون وکړم، په Atelier A کې (Dolmetschen beim Arzt).

زه یوازې راځم.

ډېره مننه
Mit freundlichen Grüßen
Gul Ahmad Zazai
Tel. 0157 0000 8812
"""),
    R("registration", "gulahmad.zazai@gmx.example", "Gul Ahmad Zazai", None, ["A"], 1, "ps"))

# 011 Spanish, ISO-8859-15 QP; "el plan A" is not atelier A; she and her husband: 2;
#     B first, D second.
add("fernandez-espanol-plan-a", std(
    addr("Lucía Fernández Ortega", "lucia.fernandez@correo.example", "iso-8859-15"),
    "Inscripción encuentro intérpretes 22/05", date(2027, 4, 14, 8, 40, 19), "correo.example",
    "011", charset="iso-8859-15"),
    text("""\
Hola:

Soy Lucía Fernández, intérprete voluntaria de español y portugués en la
Asociación Hispano-Alemana de Münster. Os escribo para inscribirme en el
encuentro del 22 de mayo.

Al principio el plan A era ir yo sola, pero mi marido, Jorge, también hace
de intérprete voluntario desde hace un año (sobre todo con familias
latinoamericanas en el Jobcenter) y quiere venir conmigo. Así que
seríamos 2.

Nos interesa el Atelier B (Behördengänge) y, como segunda opción, el D.

¡Muchas gracias!
Lucía Fernández Ortega
Asociación Hispano-Alemana de Münster
""", charset="iso-8859-15", cte="quoted-printable"),
    R("registration", "lucia.fernandez@correo.example", "Lucía Fernández Ortega",
      "Asociación Hispano-Alemana de Münster", ["B", "D"], 2, "es"))

# 012 Learner German from a phone, Ukrainian greeting/thanks mixed in, UTF-8 8bit;
#     atelier by title only ("Schule und Kita"); brings her 16-year-old daughter: 2.
add("melnyk-tochter-schule-kita", std(
    addr("Oksana Melnyk", "oksana.melnyk88@ukr.example"),
    "anmeldung", date(2027, 4, 14, 22, 3, 50), "ukr.example", "012",
    extra=[("X-Mailer", "Samsung Mail")]),
    text("""\
Добрий день / Guten Tag,

ich heiße Oksana Melnyk, ich bin seit 2022 in Münster und ich mache ehrenamtlich Dolmetschen für ukrainische Familien, meistens in Schule und Kita, manchmal bei Arzt.
Ich möchte gern am 22.5. kommen, in das Atelier für Schule und Kita bitte.
Meine Tochter Sofiia kommt auch mit, sie ist 16 und hilft auch viel beim übersetzen in der Schule von ihrem kleinen Bruder. Geht das? Dann wir sind 2 Personen.

Дякую! Danke
Oksana

Von meinem Samsung Galaxy Smartphone gesendet
""", cte="8bit"),
    R("registration", "oksana.melnyk88@ukr.example", "Oksana Melnyk", None, ["C"], 2, "de"))

# 013 Postfix multipart/report bounce of the invitation (message/rfc822 returned);
#     the invitation inside lists all four ateliers.
INV_INNER = build([
    ("From", OUR_FROM), ("To", "n.petrov@dolmetscher-netz.example"),
    ("Subject", hdr("Einladung: Netzwerktreffen Sprachmittlung Münster am 22. Mai")),
    ("Date", date(2027, 4, 15, 9, 0, 0)), ("Message-ID", msgid("inv-petrov", "muenster.example"))],
    text(INVITATION, cte="quoted-printable"))
add("bounce-petrov-user-unknown", [
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
    ("To", OUR),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", date(2027, 4, 15, 9, 0, 4)),
    ("Message-ID", msgid("013", "mx.muenster.example")),
    ("Auto-Submitted", "auto-replied")],
    multipart("report", [
        text("""\
This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<n.petrov@dolmetscher-netz.example>: host mx.dolmetscher-netz.example[192.0.2.41]
    said: 550 5.1.1 <n.petrov@dolmetscher-netz.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             encode_body("""\
Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Kq1Zt0c3Pz9sWd
X-Postfix-Sender: rfc822; sprachmittlung@muenster.example
Arrival-Date: Thu, 15 Apr 2027 09:00:01 +0200 (CEST)

Final-Recipient: rfc822; n.petrov@dolmetscher-netz.example
Original-Recipient: rfc822;n.petrov@dolmetscher-netz.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.dolmetscher-netz.example
Diagnostic-Code: smtp; 550 5.1.1 <n.petrov@dolmetscher-netz.example>:
    Recipient address rejected: User unknown in virtual mailbox table
""", "us-ascii", "7bit")),
        Part([("Content-Description", "Undelivered Message")] + message_part(INV_INNER).headers,
             INV_INNER),
    ], "6F1C23A0B4.1744700404/mx.muenster.example", params="; report-type=delivery-status",
        preamble=False),
    R("bounce", bounced="n.petrov@dolmetscher-netz.example"))

# 014 Arabic written in Latin letters (Levantine "Arabizi"), ASCII 7bit; the digits 2, 3, 7
#     inside words are letters; "ana w okhti" = 2 persons; A first, C second.
add("darwish-arabizi-ana-w-okhti", std(
    addr("Rania Darwish", "rania.d@hotmail.example"),
    "tasjeel - Netzwerktreffen", date(2027, 4, 16, 14, 26, 2), "hotmail.example", "014"),
    text("""\
Marhaba,

ana Rania Darwish, sakne b Muenster min 2016 w bsa3ed el 3ayle el souriye
bel tarjame (3arabi - almani), aktar shi 3and el doktor w bel madrase.

bade sajjel 7ali lal Netzwerktreffen yom 22.5. Ana w okhti Samira, hiye
kamen bt3mal tarjame, ya3ni ne7na 2.
el atelier A (doktor) awwal shi, w eza ma fi mahal C (madrase w Kita).

shukran ktir
Rania
""", charset="us-ascii", cte="7bit"),
    R("registration", "rania.d@hotmail.example", "Rania Darwish", None, ["A", "C"], 2, "ar"))

# 015 English question from a counselling-centre coordinator, format=flowed, ASCII;
#     numbered questions "1)" "2)", "family of 4", "category B", "A2" are no choices.
add("kowalski-question-childcare", std(
    addr("Hannah Kowalski", "h.kowalski@diakonie-ms.example"),
    "Question: childcare / can volunteers bring kids?", date(2027, 4, 17, 10, 12, 30),
    "diakonie-ms.example", "015",
    extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Thunderbird/115.8.1")]),
    text("""\
Hi,

I coordinate the interpreter volunteers at our counselling centre (Diakonie, 
Migrationsdienst). Two quick questions before I pass on your invitation:

1) Some of our volunteers are still in the asylum procedure themselves and 
would have to bring their kids (one family of 4 with two toddlers). Is there 
any childcare on site?

2) Is the meeting in German only, or will there be whispered interpretation? 
A few of our people are "category B" in our internal scheme, i.e. they 
interpret but their German is only around A2.

Thanks!
Hannah Kowalski
Diakonie Muenster - Migrationsdienst
""", charset="us-ascii", cte="7bit", params="; format=flowed"),
    R("question", "h.kowalski@diakonie-ms.example", "Hannah Kowalski",
      "Diakonie Muenster - Migrationsdienst", lang="en"))

# 016 German change, top-posted Outlook reply quoting our confirmation (which names C);
#     new text names C as the old choice: "statt C ins Atelier D" -> D. ISO-8859-1 QP.
CONF_GISELA_ID = msgid("conf-001", "muenster.example")
add("brandt-okafor-umbuchung-c-nach-d", std(
    addr("Gisela Brandt-Okafor", "g.brandt-okafor@posteo.example", "iso-8859-1"),
    "AW: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 4, 19, 18, 55, 14),
    "posteo.example", "016", charset="iso-8859-1", in_reply_to=CONF_GISELA_ID,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    text("""\
Liebe Frau Overkamp,

danke für die schnelle Bestätigung! Ich muss leider doch umdisponieren: Bei
uns im Pool haben sich inzwischen drei Kolleginnen für Atelier C gemeldet,
und wir haben beschlossen, dass ich mich um das Thema Selbstfürsorge kümmere
und hinterher im Team berichte. Könnten Sie mich bitte statt C ins Atelier D
setzen?

Danke und viele Grüße
Gisela Brandt-Okafor

-----Ursprüngliche Nachricht-----
Von: Netzwerktreffen Sprachmittlung <sprachmittlung@muenster.example>
Gesendet: Freitag, 9. April 2027 10:12
An: Gisela Brandt-Okafor <g.brandt-okafor@posteo.example>
Betreff: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster

""" + confirmation("Guten Tag Frau Brandt-Okafor",
                   "Atelier C - Sprachmittlung in Schule und Kita", 1),
        charset="iso-8859-1", cte="quoted-printable"),
    R("change", "g.brandt-okafor@posteo.example", "Gisela Brandt-Okafor", None, ["D"], None, "de"))

# 017 Romanian, ISO-8859-16 8bit (ș ț); "o familie de 5 persoane" is the client family;
#     atelier B by letter and title.
add("popescu-romana-atelier-b", std(
    addr("Ioana Popescu", "ioana.popescu@yahoo.example"),
    "Înscriere întâlnirea din 22 mai", date(2027, 4, 20, 7, 33, 45), "yahoo.example", "017"),
    text("""\
Bună ziua,

Mă numesc Ioana Popescu și sunt interpretă voluntară pentru limba română la
Asociația Românilor din Münster. De câteva luni însoțesc o familie de 5
persoane din Coerde la Jobcenter și la Ausländerbehörde, așa că m-ar
interesa mult atelierul B (Behördengänge).

Vă rog să mă înscrieți pentru 22 mai. Vin singură.

Cu mulțumiri,
Ioana Popescu
Asociația Românilor din Münster
""", charset="iso-8859-16", cte="8bit"),
    R("registration", "ioana.popescu@yahoo.example", "Ioana Popescu",
      "Asociația Românilor din Münster", ["B"], 1, "ro"))

# 018 Ukrainian cancellation with one German sentence, UTF-8 base64, short quote
#     of our confirmation (Atelier C, 2 Personen) at the bottom.
CONF_OKSANA_ID = msgid("conf-012", "muenster.example")
add("melnyk-skasuvannya", std(
    addr("Oksana Melnyk", "oksana.melnyk88@ukr.example"),
    "Re: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 4, 22, 21, 40, 0),
    "ukr.example", "018", in_reply_to=CONF_OKSANA_ID, extra=[("X-Mailer", "Samsung Mail")]),
    text("""\
Доброго дня!

На жаль, ми з донькою не зможемо прийти 22 травня — у цей день у нас переїзд, нарешті отримали квартиру. Дуже шкода, я чекала на цю зустріч.

Bitte streichen Sie uns von der Liste. Entschuldigung!

З повагою,
Оксана Мельник

> Sie sind eingetragen für: Atelier C - Sprachmittlung in Schule und Kita
> Personen: 2
""", cte="base64"),
    R("cancellation", "oksana.melnyk88@ukr.example", "Оксана Мельник", None, [], None, "uk"))

# 019 Newsletter of an interpreters' network (multipart/alternative, List-Unsubscribe):
#     "Anmeldung", "Modul A/B", "Kategorie A" everywhere, but it is not for us.
NEWS = """\
Fachnetz Dolmetschen NRW – Newsletter 04/2027

Liebe Kolleginnen und Kollegen,

1. Neue Fortbildungsreihe "Dolmetschen im Gesundheitswesen"
   Modul A (Grundlagen) startet am 8. Mai in Dortmund, Modul B
   (Psychiatrie und Traumatherapie) im Juni. Jetzt anmelden:
   https://fachnetz-dolmetschen.example/fortbildung

2. Zertifikat Kategorie A
   Die Prüfungstermine für das Zertifikat Kategorie A stehen fest.
   Bewerbungsschluss ist der 31. Mai.

3. Termine aus den Regionen
   - 12.05. Köln: Stammtisch Sprachmittlung
   - 22.05. Münster: Netzwerktreffen Sprachmittlung (Anmeldung direkt
     beim Kommunalen Integrationszentrum)

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website
eingetragen haben. Abmelden: https://fachnetz-dolmetschen.example/abmelden
"""
add("newsletter-fachnetz-dolmetschen", std(
    addr("Fachnetz Dolmetschen NRW", "newsletter@fachnetz-dolmetschen.example"),
    "Newsletter 04/2027: Fortbildung Modul A/B, Zertifikat Kategorie A, Termine",
    date(2027, 4, 23, 6, 0, 0), "fachnetz-dolmetschen.example", "019",
    extra=[("List-Id", "Fachnetz Dolmetschen Newsletter <news.fachnetz-dolmetschen.example>"),
           ("List-Unsubscribe", "<https://fachnetz-dolmetschen.example/abmelden?u=8812>"),
           ("Precedence", "bulk")]),
    multipart("alternative", [
        text(NEWS),
        text("<html><body>\n<h2>Fachnetz Dolmetschen NRW &ndash; Newsletter 04/2027</h2>\n"
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n"
                       for p in NEWS.split("\n\n")[1:]) + "</body></html>\n", "html"),
    ], "=_news_0419_alt"),
    R("other"))

# 020 German forward by a family-centre worker of a Dari WhatsApp message pasted below;
#     she asks us to confirm to the volunteer's own address; choice D is repeated in the
#     forwarder's own text; the volunteer reads German, so the answer language is German.
add("luetke-woestmann-fwd-azizi", std(
    addr("Stefanie Lütke-Wöstmann", "s.luetke-woestmann@ifz-coerde.example"),
    "WG: Anmeldung Netzwerktreffen – Frau Azizi", date(2027, 4, 24, 12, 15, 9),
    "ifz-coerde.example", "020"),
    text("""\
Liebes Team vom Netzwerktreffen,

ich leite Ihnen die Anmeldung von Frau Nasrin Azizi weiter. Frau Azizi
dolmetscht seit letztem Jahr ehrenamtlich Dari und Farsi bei uns im
Internationalen Familienzentrum Coerde, vor allem für Mütter in der Kita.
Sie hat keinen eigenen Computer und hat mir ihre Nachricht per WhatsApp
geschickt, ich habe sie unten hineinkopiert.

Sie möchte ins Atelier D (Selbstfürsorge). Bitte schicken Sie die
Bestätigung direkt an sie: nasrin.azizi@web.example - sie liest Deutsch
gut, eine Antwort auf Deutsch ist also kein Problem.

Ich selbst kann am 22. leider nicht.

Herzliche Grüße
Stefanie Lütke-Wöstmann
Internationales Familienzentrum Coerde
Sozialpädagogin, Elternarbeit

---------- Weitergeleitete Nachricht ----------
Von: Nasrin Azizi (WhatsApp, 23.04.2027 19:52)

سلام خانم اشتفانی جان،
لطفاً نام مرا برای جلسه‌ی ۲۲ می ثبت کنید، Atelier D. خودم تنها میایم، اطفالم آن روز پیش پدرشان هستند.
تشکر
نسرین
""", cte="8bit"),
    R("registration", "nasrin.azizi@web.example", "Nasrin Azizi",
      "Internationales Familienzentrum Coerde", ["D"], 1, "de"))

# 021 English bottom-posted reply below the full quoted invitation (all four ateliers,
#     "Zweitwunsch"); choice A named as "the doctor's one"; signature name beats "T. Achterberg".
add("achterberg-bottom-post-doctor", std(
    addr("T. Achterberg", "tom.achterberg@uni-muenster.example"),
    "Re: Einladung: Netzwerktreffen Sprachmittlung Münster am 22. Mai", date(2027, 4, 26, 23, 11, 58),
    "uni-muenster.example", "021", in_reply_to=INVITATION_ID,
    extra=[("User-Agent", "Mutt/2.2.9 (2022-11-12)")]),
    text("Am 06.04.2027 um 09:00 schrieb Netzwerktreffen Sprachmittlung:\n"
         + quote(INVITATION) + """

Hi there,

count me in please - the doctor's one (A) sounds exactly right, I've been
doing a lot of Farsi/English at the UKM emergency department lately and
could use some tips.

Just me, no plus one.

Cheers,
Tom Achterberg
Refugee Law Clinic Münster (interpreting pool)
""", cte="quoted-printable"),
    R("registration", "tom.achterberg@uni-muenster.example", "Tom Achterberg",
      "Refugee Law Clinic Münster", ["A"], 1, "en"))

# 022 Farsi in Latin letters ("Finglish"), ASCII, no display name; "3 sale", "khanevade 6
#     nafare" are not the party; "ba hamsaram ... 2 nafarim" = 2; B first, D second.
add("mohammadi-finglish-2-nafar", std(
    "reza.m1990@gmail.example",
    "sabtenam", date(2027, 4, 27, 17, 2, 33, 0), "mail.gmail.example", "022"),
    text("""\
salam vaght bekheir,

man Reza Mohammadi hastam, 3 sale too Muenster zendegi mikonam va dar
Jobcenter va Auslaenderbehoerde baraye hamvatan-ha tarjome mikonam
(dari/farsi - almani). alan ham ye khanevade 6 nafare daram ke har hafte
Termin daran.
mikhastam baraye Netzwerktreffen 22 May sabtenam konam, ba hamsaram Zahra
miaim, yani 2 nafarim.
atelier B baraye ma avaliat dare, age ja nabood D.

mamnoon
Reza
""", charset="us-ascii", cte="7bit"),
    R("registration", "reza.m1990@gmail.example", "Reza Mohammadi", None, ["B", "D"], 2, "fa"))

# 023 Outlook multipart/alternative (UTF-8 QP), From "Yıldız, Selma"; registration that also
#     asks about accessibility; title "Dr." in the signature; long disclaimer.
SELMA = """\
Sehr geehrte Frau Overkamp,

über den Arbeitskreis der Medizinischen Flüchtlingshilfe habe ich von Ihrem Netzwerktreffen erfahren. Ich bin Kinderärztin im Ruhestand und dolmetsche seit einigen Jahren ehrenamtlich Türkisch und Kurmancî bei Arztterminen.

Ich melde mich hiermit für das Atelier A (Dolmetschen beim Arzt und im Krankenhaus) an.

Eine Frage hätte ich noch: Ist der Veranstaltungsort barrierefrei? Ich bin seit einer Knie-OP auf einen Rollator angewiesen.

Mit freundlichen Grüßen

Dr. Selma Yıldız
Medizinische Flüchtlingshilfe Münster e.V.
Arbeitskreis Sprachmittlung

________________________________
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
"""
add("yildiz-outlook-rollator", std(
    addr("Yıldız, Selma", "selma.yildiz@mfh-muenster.example"),
    "Anmeldung Netzwerktreffen Sprachmittlung", date(2027, 4, 28, 9, 47, 20),
    "mfh-muenster.example", "023",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]),
    multipart("alternative", [text(SELMA), text(outlook_html(SELMA, "utf-8"), "html")],
              "_000_AM0PR04MB6547A1B2C3D4E5F6A7B8AM0PR04MB6547eurp_", preamble=False),
    R("registration", "selma.yildiz@mfh-muenster.example", "Selma Yıldız",
      "Medizinische Flüchtlingshilfe Münster e.V.", ["A"], 1, "de"))

# 024 French change from the iPhone: the colleague drops out, 2 -> 1 person; no atelier
#     named in the new text (quoted confirmation names A). UTF-8 QP.
CONF_KONE_ID = msgid("conf-003", "muenster.example")
add("kone-changement-une-personne", std(
    addr("Mariame Koné", "mariame.kone@afrika-kultur-ms.example"),
    "Re: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 4, 29, 7, 58, 2),
    "afrika-kultur-ms.example", "024", in_reply_to=CONF_KONE_ID,
    extra=[("X-Mailer", "iPhone Mail (20E252)")]),
    text("""\
Bonjour,

petite modification : ma collègue Awa Diallo ne pourra finalement pas venir le 22 mai, elle doit accompagner une maman de 3 enfants à l'hôpital ce jour-là (accouchement prévu). Je viendrai donc seule, 1 personne au lieu de 2.

Merci et à bientôt,
Mariame

Envoyé de mon iPhone

> Le 12 avr. 2027 à 14:03, Netzwerktreffen Sprachmittlung <sprachmittlung@muenster.example> a écrit :
>
""" + quote(confirmation("Guten Tag Frau Koné",
                         "Atelier A - Dolmetschen beim Arzt und im Krankenhaus", 2)) + "\n"),
    R("change", "mariame.kone@afrika-kultur-ms.example", "Mariame Koné", None, [], 1, "fr"))

# 025 Ukrainian, KOI8-U 8bit; "посвідчення водія категорії B" (driving licence) is no
#     choice, the offer of a lift is no party; choice A.
add("bondarenko-ukr-koi8u", std(
    addr("Андрій Бондаренко", "a.bondarenko@ukrnet.example", "koi8-u"),
    "Реєстрація на зустріч перекладачів", date(2027, 4, 30, 19, 6, 41), "ukrnet.example", "025",
    charset="koi8-u"),
    text("""\
Доброго дня!

Мене звати Андрій Бондаренко, я з Харкова, у Мюнстері з 2022 року.
Волонтерю як перекладач (українська/російська - німецька), найчастіше
супроводжую людей до лікарів і в лікарню.

Прошу зареєструвати мене на зустріч 22 травня, в ательє A
(Dolmetschen beim Arzt).

P.S. Маю посвідчення водія категорії B і машину, тож якщо комусь з
Кіндергаузу треба підвезти - пишіть.

З повагою,
Андрій Бондаренко
Українська громада Мюнстера
""", charset="koi8-u", cte="8bit"),
    R("registration", "a.bondarenko@ukrnet.example", "Андрій Бондаренко",
      "Українська громада Мюнстера", ["A"], 1, "uk"))

# 026 Ticket-system receipt (German/English) without Auto-Submitted but with
#     Precedence/X-Loop; answers the invitation that reached a service mailbox.
add("ticket-eingangsbestaetigung", std(
    addr("Servicecenter Bürgerberatung", "service-noreply@buergerberatung-ms.example", "iso-8859-1"),
    "[Ticket#2027050310000347] Eingangsbestätigung / Confirmation of receipt: "
    "Einladung Netzwerktreffen Sprachmittlung", date(2027, 5, 3, 8, 0, 12),
    "buergerberatung-ms.example", "026", charset="iso-8859-1",
    extra=[("Precedence", "bulk"), ("X-Loop", "service-noreply@buergerberatung-ms.example"),
           ("X-OTRS-Loop", "yes")]),
    text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der
Ticketnummer 2027050310000347 erfasst und wird schnellstmöglich
bearbeitet. Bitte geben Sie diese Nummer bei Rückfragen an.

Dear Sir or Madam,
thank you for your message. Your request has been registered under
ticket number 2027050310000347. Please do not reply to this e-mail.

Ihr Servicecenter Bürgerberatung
""", charset="iso-8859-1", cte="quoted-printable"),
    R("auto_reply"))

# 027 German, 3 persons listed 1./2./3., "Kategorie A" is their training level, ateliers by
#     number "Atelier 2, alternativ Atelier 3" -> B, C; "i. A." before the name; PDF attached.
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
       b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add("brueggemann-zu-dritt-atelier-2-3", std(
    addr("Katharina Brüggemann", "k.brueggemann@ehrenamt-ms-sued.example", "iso-8859-1"),
    "Anmeldung 3 Personen - Ehrenamtsbüro Münster-Süd", date(2027, 5, 4, 11, 22, 37),
    "ehrenamt-ms-sued.example", "027", charset="iso-8859-1",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    multipart("mixed", [
        text("""\
Sehr geehrtes Organisationsteam,

gerne melde ich mich und zwei unserer ehrenamtlichen Sprachmittlerinnen
zum Netzwerktreffen am 22.05.2027 an. Wir kommen also zu dritt:

  1. Katharina Brüggemann (Koordination, selbst ohne Sprachmittlung)
  2. Leyla Amiri (Farsi, Dari)
  3. Anastasia Wolf (Russisch)

Frau Amiri und Frau Wolf sind bei uns in Kategorie A eingestuft, d.h. sie
haben die Basisschulung abgeschlossen und begleiten eigenständig.
Inhaltlich interessieren wir uns vor allem für Atelier 2, alternativ
Atelier 3 - bei Elterngesprächen in der Grundschule stoßen wir gerade an
Grenzen.

Die Liste mit Kontaktdaten hänge ich zur Sicherheit als PDF an.

Mit freundlichen Grüßen
i. A. Katharina Brüggemann

Ehrenamtsbüro Münster-Süd
Koordination Sprachmittlung
Tel. 0251 555-0147
Sprechzeiten: Di und Do 9 bis 12 Uhr
""", charset="iso-8859-1", cte="quoted-printable"),
        attachment(PDF, "application/pdf", "Teilnehmende_Ehrenamtsbuero_Sued.pdf"),
    ], "----=_NextPart_000_0027_01DB9A3C.5E6F7A80"),
    R("registration", "k.brueggemann@ehrenamt-ms-sued.example", "Katharina Brüggemann",
      "Ehrenamtsbüro Münster-Süd", ["B", "C"], 3, "de"))

# 028 Arabic question (UTF-8 base64, Arabic-Indic digits): may she come without an
#     association, is there a place for her 3 children; says she will register later.
add("masri-arabic-question-children", std(
    addr("سناء المصري", "sanaa.masri@outlook.example"),
    "استفسار عن لقاء المترجمين", date(2027, 5, 5, 15, 30, 0), "outlook.example", "028"),
    text("""\
السلام عليكم،

قرأت عن لقاء المترجمين المتطوعين يوم ٢٢ أيار. أنا أترجم أحياناً لجيراني في المدرسة وعند الطبيب، لكنني لست عضوة في أي جمعية. هل يمكنني المشاركة رغم ذلك؟

وهل يوجد مكان للأطفال؟ عندي ٣ أطفال صغار ولا أستطيع تركهم في البيت يوم السبت.

إذا كان ذلك ممكناً سأسجل لاحقاً.

شكراً جزيلاً
سناء
""", cte="base64"),
    R("question", "sanaa.masri@outlook.example", "سناء المصري", lang="ar"))

# 029 Dari change "از Atelier B به Atelier C" -> C, UTF-8 QP, quoted confirmation (B).
CONF_RAHIMI_ID = msgid("conf-006", "muenster.example")
add("rahimi-dari-change-b-to-c", std(
    addr("Maryam Rahimi", "maryam.rahimi@freenet.example"),
    "Re: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 5, 6, 10, 3, 19),
    "freenet.example", "029", in_reply_to=CONF_RAHIMI_ID),
    text("""\
سلام خانم اوورکمپ،

از تأیید شما تشکر. یک تغییر دارم: لطفاً مرا از Atelier B به Atelier C (Schule und Kita) انتقال بدهید. خانواده‌ای که با آن‌ها کار می‌کنم حالا دو طفل در مکتب دارند و من بیشتر به این موضوع نیاز دارم.

با احترام
مریم رحیمی

""" + quote(confirmation("Guten Tag Frau Rahimi",
                         "Atelier B - Begleitung bei Behördengängen", 1)) + "\n"),
    R("change", "maryam.rahimi@freenet.example", "مریم رحیمی", None, ["C"], None, "fa"))

# 030 English cancellation from a phone, ASCII; "my place in D" names the old atelier.
CONF_YOUSEF_ID = msgid("conf-002", "muenster.example")
add("haddad-cancel-court", std(
    addr("Yousef Haddad", "yousef.haddad.ms@gmail.example"),
    "Re: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 5, 7, 6, 12, 44, 0),
    "mail.gmail.example", "030", in_reply_to=CONF_YOUSEF_ID),
    text("""\
Hi Jana,
really sorry but I have to cancel for the 22nd. I got asked to interpret at the Amtsgericht that morning for a client, the hearing can't be moved and there's nobody else for his dialect.
Please give my place in D to someone else.
Yousef

Sent from my iPhone
""", charset="us-ascii", cte="7bit"),
    R("cancellation", "yousef.haddad.ms@gmail.example", "Yousef Haddad", None, [], None, "en"))

# 031 Misdirected personal mail (address autocompletion): a paediatrician appointment for
#     a client family of 5, asks "Sabine" to interpret. Not for the event -> other.
add("terhorst-misdirected-kinderarzt", std(
    addr("Birgit Terhorst", "b.terhorst@t-online.example"),
    "Termin Kinderarzt Familie Nouri", date(2027, 5, 8, 20, 45, 3), "t-online.example", "031",
    to=addr("Sabine", "sprachmittlung@muenster.example")),
    text("""\
Hallo Sabine,

kurze Info, damit du planen kannst: Der Termin für Familie Nouri (5 Personen,
die Eltern und drei Kinder) beim Kinderarzt Dr. Wessels ist am Dienstag um
8:30. Die Mutter hat gefragt, ob wieder jemand für Arabisch mitkommen kann,
der Vater schafft es wegen der Arbeit nicht. Kannst du? Sonst frage ich Rania.

Und denk an den Impfpass von der Kleinen!

LG Birgit
""", charset="iso-8859-15", cte="8bit"),
    R("other"))

# 032 Russian with one German line for the choice ("Atelier D bitte, wenn voll dann B"),
#     windows-1251 base64, she and her husband: 2; JPEG photo of the flyer attached;
#     also asks about the deadline (still a registration).
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
add("gasanova-russisch-mit-flyer", std(
    addr("Svetlana Gasanova", "s.gasanova@mailru.example"),
    "Anmeldung / Регистрация", date(2027, 5, 9, 13, 14, 15), "mailru.example", "032"),
    multipart("mixed", [
        text("""\
Добрый день!

Мы с мужем хотим зарегистрироваться на встречу 22 мая. Я перевожу с русского, он - с азербайджанского и русского, оба волонтёрами при общине. Нас будет 2 человека.

Atelier D bitte, wenn voll dann B.

В приложении фото флаера, который нам дали в Штадтайльбюро в Кинэрхаузе, - там написано, что регистрация до 14 мая, правильно?

Спасибо!
Светлана Гасанова
""", charset="windows-1251", cte="base64"),
        attachment(JPEG, "image/jpeg", "IMG_20270509_131102.jpg"),
    ], "----=_Part_55871_1093746512.1778325255000"),
    R("registration", "s.gasanova@mailru.example", "Светлана Гасанова", None, ["D", "B"], 2, "ru"))

# 033 English change via the shared mailbox (Reply-To to Lena), inline-quoted old text with
#     "B ... D"; new: 4 persons instead of 3, all to D only. UTF-8 QP.
add("welcomehub-change-four-d-only", std(
    addr("Welcome Hub Münster", "info@welcomehub-muenster.example"),
    "Re: Anmeldung / registration Welcome Hub (3 Personen)", date(2027, 5, 10, 16, 2, 0),
    "welcomehub-muenster.example", "033",
    reply_to=addr("Lena Hoffmann", "l.hoffmann@welcomehub-muenster.example"),
    in_reply_to=msgid("008", "welcomehub-muenster.example")),
    text("""\
Hi again,

small update on our registration from April: we'll be 4 instead of 3. Yasin Karimi (Dari/Pashto) joined our team last week and would love to come along.

> All three of us would prefer Atelier B (Behördengänge), second choice Atelier D.

After talking it through we changed our minds on this one: all of us would rather go to the self-care atelier, so D only, no second choice needed.

Thanks!
Lena

Lena Hoffmann
Volunteer Coordination | Welcome Hub Münster
"""),
    R("change", "l.hoffmann@welcomehub-muenster.example", "Lena Hoffmann",
      "Welcome Hub Münster", ["D"], 4, "en"))

# 034 Very short German phone mail, ASCII transliterated umlauts, no display name;
#     organisation only mentioned in passing ("fuer die Caritas").
add("wiechers-kurz-atelier-b", std(
    "jens.wiechers@web.example",
    "Netzwerktreffen", date(2027, 5, 11, 7, 41, 9), "web.example", "034",
    extra=[("X-Mailer", "iPhone Mail (20F66)")]),
    text("""\
Hallo, hiermit melde ich mich an fuer Samstag 22.5., Atelier B Behoerdengaenge. Ich dolmetsche Polnisch/Deutsch fuer die Caritas.
Gruss Jens Wiechers

Von meinem iPhone gesendet
""", charset="us-ascii", cte="7bit"),
    R("registration", "jens.wiechers@web.example", "Jens Wiechers", "Caritas", ["B"], 1, "de"))

# 035 Exim plain-text bounce (no multipart/report), mixed-case recipient address.
add("bounce-exim-rezaei", [
    ("Return-Path", "<>"),
    ("From", "Mail Delivery System <Mailer-Daemon@mx.muenster.example>"),
    ("To", OUR),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("Date", date(2027, 5, 12, 9, 30, 5)),
    ("Message-ID", msgid("035", "mx.muenster.example")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Failed-Recipients", "Ahmad.Rezaei@Integration-Ms.example")],
    text("""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  Ahmad.Rezaei@Integration-Ms.example
    host mx.integration-ms.example [192.0.2.25]
    SMTP error from remote mail server after RCPT TO:<Ahmad.Rezaei@Integration-Ms.example>:
    550 5.1.1 <Ahmad.Rezaei@Integration-Ms.example>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <sprachmittlung@muenster.example>
From: Netzwerktreffen Sprachmittlung <sprachmittlung@muenster.example>
To: Ahmad.Rezaei@Integration-Ms.example
Subject: Erinnerung: Anmeldeschluss Netzwerktreffen Sprachmittlung 14. Mai
Date: Wed, 12 May 2027 09:30:01 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Guten Tag,

zur Erinnerung: Anmeldungen zum Netzwerktreffen Sprachmittlung am
22. Mai nehmen wir noch bis Freitag, 14. Mai, entgegen. Es gibt noch
freie Plaetze in den Ateliers A, B und C.

Jana Overkamp
""", charset="us-ascii", cte="7bit"),
    R("bounce", bounced="ahmad.rezaei@integration-ms.example"))

# 036 German cancellation, Outlook HTML-only, windows-1252 base64, "ı" as an HTML entity;
#     "meinen Platz im Atelier A" names the old atelier.
CONF_SELMA_ID = msgid("conf-023", "muenster.example")
SELMA_CANCEL = """\
Sehr geehrte Frau Overkamp,

leider muss ich meine Anmeldung für den 22. Mai zurückziehen. Mein Knie macht mir mehr Probleme als gedacht, und die Nachuntersuchung fällt ausgerechnet auf diesen Samstag.

Bitte geben Sie meinen Platz im Atelier A weiter – es gibt ja sicher eine Warteliste.

Mit freundlichen Grüßen

Dr. Selma Yıldız
Medizinische Flüchtlingshilfe Münster e.V.
"""
add("yildiz-absage-html", std(
    addr("Yıldız, Selma", "selma.yildiz@mfh-muenster.example"),
    "AW: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 5, 13, 8, 5, 31),
    "mfh-muenster.example", "036", in_reply_to=CONF_SELMA_ID,
    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    text(outlook_html(SELMA_CANCEL, "windows-1252", entities=True), "html", "windows-1252", "base64"),
    R("cancellation", "selma.yildiz@mfh-muenster.example", "Selma Yıldız",
      "Medizinische Flüchtlingshilfe Münster e.V.", [], None, "de"))

# 037 English, UTF-8 8bit; ateliers by number ("Atelier 1 and Atelier 4") with titles
#     in brackets -> A, D; Somali "Mahadsanid"; student initiative in the signature.
add("yusuf-atelier-1-and-4", std(
    addr("Amina Yusuf", "amina.yusuf@stud.uni-muenster.example"),
    "Sign-up for the interpreters' meeting :)", date(2027, 5, 13, 22, 16, 7),
    "stud.uni-muenster.example", "037"),
    text("""\
Hi!

I'm Amina, I study social work at the FH and volunteer as a Somali and English interpreter, mostly for mums at Kitas and at the paediatrician. A friend forwarded me the invitation – sounds great!

Could you put me down for Atelier 1 and Atelier 4 (doctor + self-care)? If I can only do one, then the first one.

Mahadsanid / thank you!
Amina Yusuf
Lingua Bridge e.V. – student interpreting initiative
""", cte="8bit"),
    R("registration", "amina.yusuf@stud.uni-muenster.example", "Amina Yusuf", "Lingua Bridge e.V.",
      ["A", "D"], 1, "en"))

# 038 English HTML-only vendor spam: "Register now", "Category A interpreters", discount.
add("spam-globaltranslate", std(
    addr("GlobalTranslate Pro Events", "offers@globaltranslate-pro.example"),
    "Your event needs Category A interpreters – register now & save 30%",
    date(2027, 5, 15, 3, 12, 0, 0), "globaltranslate-pro.example", "038",
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@globaltranslate-pro.example>")]),
    text("""\
<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td>
<h1 style="color:#0a58ca">Planning a multilingual event?</h1>
<p>Dear event organiser,</p>
<p>GlobalTranslate Pro supplies <b>certified Category A conference interpreters</b> in 120 languages,
plus simultaneous interpretation booths and headsets (Package A, B or C).</p>
<p><a href="https://globaltranslate-pro.example/register?ref=ms2027">Register now</a>
and save 30% on your first booking &ndash; offer valid until 31 May!</p>
<p style="font-size:10px;color:#888">You receive this e-mail because your address is publicly listed.
<a href="https://globaltranslate-pro.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table>
</body></html>
""", "html"),
    R("other"))

# 039 German late registration after the deadline; "Plan B wäre ..." is no atelier;
#     choice A. ISO-8859-1 8bit.
add("kleine-boerger-nach-frist", std(
    addr("Thomas Kleine-Börger", "thomas.kb@posteo.example", "iso-8859-1"),
    "Nachmeldung Atelier A?", date(2027, 5, 17, 12, 51, 22), "posteo.example", "039",
    charset="iso-8859-1"),
    text("""\
Moin zusammen,

ich weiß, die Anmeldefrist ist seit Freitag rum - ich hab's schlicht
verpennt, sorry. Falls im Atelier A (Arzt/Krankenhaus) noch ein Platz frei
ist, wäre ich gern dabei. Ich dolmetsche seit dem Winter ehrenamtlich
Kurdisch (Sorani) und Deutsch im Clemenshospital, meine Frau ist aus
Sulaimaniya.

Plan B wäre, dass ich am Samstag einfach vorbeikomme und schaue, ob jemand
nicht erscheint - aber lieber wäre mir natürlich eine feste Zusage.

Beste Grüße
Thomas Kleine-Börger
""", charset="iso-8859-1", cte="8bit"),
    R("registration", "thomas.kb@posteo.example", "Thomas Kleine-Börger", None, ["A"], 1, "de"))

# 040 Romanian change with German greeting/thanks, UTF-8 base64: "mutați din atelierul B
#     în atelierul A", and if A is full she stays in B -> [A, B].
CONF_IOANA_ID = msgid("conf-017", "muenster.example")
add("popescu-schimbare-b-la-a", std(
    addr("Ioana Popescu", "ioana.popescu@yahoo.example"),
    "Re: Ihre Anmeldung zum Netzwerktreffen Sprachmittlung Münster", date(2027, 5, 19, 9, 2, 40),
    "yahoo.example", "040", in_reply_to=CONF_IOANA_ID),
    text("""\
Bună ziua / Guten Tag,

am o rugăminte: familia pe care o însoțesc are acum mai multe programări la medic decât la autorități, mama este însărcinată. Ați putea să mă mutați din atelierul B în atelierul A? Dacă în A nu mai este loc, rămân bineînțeles la B.

Danke schön și multe mulțumiri,
Ioana Popescu
""", cte="base64"),
    R("change", "ioana.popescu@yahoo.example", "Ioana Popescu", None, ["A", "B"], None, "ro"))


# ===========================================================================
# validation
# ===========================================================================

ADDR_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)", re.UNICODE)
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#]+)|\bwww\.([\w.-]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def check_hosts(name, blob):
    for m in ADDR_RE.finditer(blob):
        if not example_host(m.group(1)):
            raise AssertionError(f"{name}: non-example mail domain {m.group(0)!r}")
    for m in URL_RE.finditer(blob):
        host = m.group(1) or ("www." + m.group(2))
        if not example_host(host):
            raise AssertionError(f"{name}: non-example URL host {host!r}")


def validate_record(name, rec):
    assert set(rec) == {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}, name
    k = rec["kind"]
    assert k in KINDS, name
    assert isinstance(rec["workgroups"], list) and all(w in IDS for w in rec["workgroups"]), name
    assert len(set(rec["workgroups"])) == len(rec["workgroups"]), name
    if k in ("auto_reply", "bounce", "other"):
        assert rec["email"] is None and rec["name"] is None and rec["organisation"] is None, name
        assert rec["language"] is None and rec["party_size"] is None and rec["workgroups"] == [], name
    else:
        e = rec["email"]
        assert isinstance(e, str) and e == e.lower() and "@" in e and example_host(e.split("@")[1]), name
        assert rec["language"] in LANGS, name
    if k == "registration":
        assert isinstance(rec["name"], str) and rec["name"], name
        assert isinstance(rec["party_size"], int) and rec["party_size"] >= 1, name
    elif k == "change":
        assert rec["party_size"] is None or (isinstance(rec["party_size"], int) and rec["party_size"] >= 1), name
    else:
        assert rec["party_size"] is None, name
    if k == "bounce":
        b = rec["bounced_recipient"]
        assert isinstance(b, str) and b == b.lower() and example_host(b.split("@")[1]), name
    else:
        assert rec["bounced_recipient"] is None, name


def validate_mail(name, raw):
    # CRLF only, line length
    assert b"\r\n" in raw, name
    assert raw.replace(b"\r\n", b"").find(b"\n") == -1, f"{name}: bare LF"
    assert raw.replace(b"\r\n", b"").find(b"\r") == -1, f"{name}: bare CR"
    for i, line in enumerate(raw.split(b"\r\n"), 1):
        assert len(line) <= 998, f"{name}: line {i} is {len(line)} octets"
    msg = message_from_bytes(raw, policy=policy.default)
    texts = []
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for k, v in part.items():
            if getattr(v, "defects", None):
                raise AssertionError(f"{name}: header {k} defects {v.defects}")
            texts.append(f"{k}: {v}")
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True)
        assert not part.defects, f"{name}: defects after decoding {part.defects}"
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            texts.append(payload.decode(cs))  # strict
            part.get_content()
        elif ctype not in ("message/delivery-status",) and payload is not None:
            pass
    for hname in ("From", "To", "Reply-To"):
        for _, a in getaddresses(msg.get_all(hname, [])):
            if a:
                assert example_host(a.split("@")[-1]), f"{name}: {hname} {a}"
    check_hosts(name, "\n".join(texts))
    when = parsedate_to_datetime(msg["Date"])
    assert when.tzinfo is not None, name
    return when


def render():
    files = {name: raw for name, raw, _ in MAILS}
    expected = {name: exp for name, _, exp in MAILS}
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files, expected, exp_bytes


def validate(files, expected):
    assert len(files) == 40, len(files)
    last = None
    for name in sorted(files):
        when = validate_mail(name, files[name])
        if last is not None:
            assert when > last, f"{name}: Date does not rise ({when} <= {last})"
        last = when
        validate_record(name, expected[name])


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: -x[1])))
    print("total:", len(expected))


def main(argv):
    files, expected, exp_bytes = render()
    validate(files, expected)
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(expected)
        return 0
    if "--check" in argv:
        bad = []
        disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        for extra in sorted(disk - set(files)):
            bad.append(f"extra file mails/{extra}")
        for name, raw in files.items():
            p = mails_dir / name
            if not p.exists() or p.read_bytes() != raw:
                bad.append(f"mails/{name} differs")
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_bytes() != exp_bytes:
            bad.append("expected.json differs")
        for b in bad:
            print(b, file=sys.stderr)
        print("check:", "FAILED" if bad else "ok")
        return 1 if bad else 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, raw in files.items():
        (mails_dir / name).write_bytes(raw)
    (HERE / "expected.json").write_bytes(exp_bytes)
    # re-read what was written
    disk_files = {p.name: p.read_bytes() for p in mails_dir.glob("*.eml")}
    validate(disk_files, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
