#!/usr/bin/env python3
"""Evaluation set "final9e": MSO-Tag 2027, newly arrived communities.

Writers from recently founded initiatives (Ukrainian, Syrian, Afghan, Eritrean,
Guinean and Congolese French speakers, Iraqi Kurds writing Sorani, Yezidi,
Roma from Romania and Serbia, Venezuelans).  Every mail text is in this file.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only, deterministic.
"""
import base64
import collections
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import re
import sys
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS = HERE / "mails"
EXPECTED = HERE / "expected.json"
REG = "mso-tag@muenster.example"
OURS = formataddr(("Tag der Migrantenselbstorganisationen", REG))
CET = dt.timezone(dt.timedelta(hours=1))

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
WG = ("AG1", "AG2", "AG3")

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, ascii value)
        self.body = body            # bytes with CRLF line ends


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _encode(raw: bytes, cte: str) -> bytes:
    if cte == "base64":
        return _crlf(base64.encodebytes(raw))
    if cte == "quoted-printable":
        return _crlf(quopri.encodestring(raw))
    if cte == "7bit":
        raw.decode("ascii")
    return _crlf(raw)


def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", params=""):
    """A text/* leaf; body is a str with \\n line ends."""
    raw = body.encode(charset)  # strict
    return Part([("Content-Type", f"text/{subtype}; charset=\"{charset}\"{params}"),
                 ("Content-Transfer-Encoding", cte)], _encode(raw, cte))


def attachment(data: bytes, ctype: str, filename: str, inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], _crlf(base64.encodebytes(data)))


_boundaries = collections.Counter()


def multipart(subtype, *parts, tag="x"):
    _boundaries[tag] += 1
    b = "----=_Part_" + hashlib.sha1(f"{tag}{_boundaries[tag]}".encode()).hexdigest()[:24]
    out = [b"This is a multi-part message in MIME format.\r\n"]
    for p in parts:
        out.append(f"\r\n--{b}\r\n".encode())
        out.append(b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in p.headers))
        out.append(b"\r\n" + p.body)
    out.append(f"\r\n--{b}--\r\n".encode())
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{b}\"")], b"".join(out))


def hdr(value, charset="utf-8", name="Subject"):
    if value.isascii():
        return Header(value, "us-ascii", header_name=name).encode(linesep="\r\n")
    return Header(value, charset, header_name=name).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def unwrap(para):
    """Rejoin the hard-wrapped lines of a paragraph the way an HTML editor keeps them."""
    out = []
    for line in para.split("\n"):
        if out and len(out[-1]) >= 60 and line and not line.startswith(("-", ">")):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def gmail_html(body, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out = []
    for para in body.strip("\n").split("\n\n"):
        lines = "<br>".join(html.escape(x, quote=False) for x in unwrap(para))
        out.append(f"<div{d}>{lines}</div>")
    return "<div" + d + ">" + "<div><br></div>".join(out) + "</div>\n"


def outlook_html(body, quoted=None, font="Calibri"):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
           '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"'
           + font + '",sans-serif;} --></style></head>',
           '<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for para in body.strip("\n").split("\n\n"):
        for line in unwrap(para):
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    if quoted:
        head, qbody = quoted
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        out.append('<p class="MsoNormal">' + "<br>".join(
            html.escape(x, quote=False) for x in head.strip("\n").split("\n")) + "<o:p></o:p></p></div>")
        for line in qbody.strip("\n").split("\n"):
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False) or "&nbsp;"}<o:p></o:p></p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def quote(body, prefix="> "):
    return "\n".join((prefix + x).rstrip() for x in body.strip("\n").split("\n")) + "\n"


MAIL_LIST = []


def mail(slug, when, frm, subject, body, exp, to=OURS, reply_to=None, cc=None, extra=(),
         reply_of=None, subject_charset="utf-8", tz=CET, msgid_host=None):
    """Append one message.  `when` is 'MM-DD HH:MM' in 2027."""
    month, rest = when.split("-", 1)
    day, hm = rest.split(" ")
    h, m = hm.split(":")
    seq = len(MAIL_LIST) + 1
    date = dt.datetime(2027, int(month), int(day), int(h), int(m), (seq * 7) % 60, tzinfo=CET)
    date = date.astimezone(tz)
    address = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
    host = msgid_host or address.split("@")[1]
    mid = f"<{hashlib.md5(slug.encode()).hexdigest()[:20]}.{seq}@{host}>"
    headers = [("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("Subject", hdr(subject, subject_charset)))
    headers.append(("Message-ID", mid))
    if reply_of:
        headers.append(("In-Reply-To", reply_of))
        headers.append(("References", reply_of))
    headers.extend(extra)
    headers.append(("MIME-Version", "1.0"))
    headers.extend(body.headers)
    raw = b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in headers) + b"\r\n" + body.body
    rec = {k: None for k in KEYS}
    rec["workgroups"] = []
    rec.update(exp)
    MAIL_LIST.append((f"{seq:03d}-{slug}.eml", raw, rec, date))


def person(kind, email_, name, org, wgs, party, lang):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang}


def machine(kind):
    return {"kind": kind}


def ourid(n):
    """Message-ID of one of our own outgoing mails (invitation, confirmation, reminder)."""
    return f"<mso2027.{n}@muenster.example>"


# tiny stand-in binaries for attachments (deterministic)
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
       b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(
    (i * 37) % 256 for i in range(600)) + bytes.fromhex("ffd9")

# our own texts, quoted by some writers
INVITATION = """Sehr geehrte Damen und Herren,

hiermit laden wir Sie herzlich zum Tag der Migrantenselbstorganisationen 2027
ein: Samstag, 13. März 2027, 10 bis 16 Uhr, Stadtweinhaus, Prinzipalmarkt 8.

Es gibt drei parallele Arbeitsgruppen:
AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an
und nennen Sie Ihre Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.

Mit freundlichen Grüßen
Ihr Team des Tags der Migrantenselbstorganisationen
Stadt Münster"""


def confirmation(salutation, persons, wg_line):
    return f"""{salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10 bis 16 Uhr, im Stadtweinhaus, Prinzipalmarkt 8.

Angemeldet: {persons} Person(en)
Arbeitsgruppe: {wg_line}

Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: learner German, long introduction of a new Ukrainian e.V. before the request; two named
# persons (party 2), AG named by number and full title; UTF-8 quoted-printable, plain.
mail("kovalchuk-razom-long-intro", "01-11 21:47",
     addr("Olena Kovalchuk", "olena.kovalchuk@razom-ms.example"),
     "Anmeldung für Tag der Migrantenselbstorganisationen – Ukrainische Initiative Razom",
     text("""Sehr geehrte Damen und Herren,

zuerst möchte ich uns kurz vorstellen. Wir sind die „Ukrainische Initiative Münster – Razom“.
Razom bedeutet auf Deutsch „Zusammen“. Wir haben gegründet im Herbst 2022, nachdem viele
Familien aus der Ukraine nach Münster gekommen sind wegen dem Krieg. Am Anfang wir waren nur
5 Frauen in einer Küche, jetzt wir sind ungefähr 40 Mitglieder und wir machen Sprachcafé jeden
Dienstag im Stadtteilzentrum, Hilfe bei Papiere für Jobcenter und Ausländerbehörde, und im Sommer
ein Kinderfest mit 200 Gäste. Seit letzten Jahr wir sind auch eingetragene Verein – das war sehr
lange Weg für uns, aber wir haben geschafft.

Wir haben noch viele Fragen, wie man macht Vereinsarbeit richtig in Deutschland: Kasse,
Mitgliederversammlung, Anträge für Geld bei Stiftung oder Stadt. Deshalb wir interessieren für
die Arbeitsgruppe 3 „Förderungsmöglichkeiten und effektives Vereinsmanagement“.

Hiermit ich möchte anmelden für den Tag am 13. März:
1. Olena Kovalchuk (Vorsitzende)
2. Tetiana Hrytsenko (Kassenwartin)

Wir beide möchten gerne in Arbeitsgruppe 3.

Vielen Dank für Ihre Arbeit und diese Möglichkeit, wir freuen uns sehr!

Mit freundlichen Grüßen
Olena Kovalchuk
Vorsitzende
Ukrainische Initiative Münster – Razom e.V.
"""),
     person("registration", "olena.kovalchuk@razom-ms.example", "Olena Kovalchuk",
            "Ukrainische Initiative Münster – Razom e.V.", ["AG3"], 2, "de"),
     extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")])

# 002: Ukrainian in windows-1251, 8bit; pupil/teacher counts (34, 6) that are not the party;
# "буду одна" = alone; AG1 named as "робоча група 1 — освіта"; Cyrillic signature beats the
# Latin From display name.
mail("bondarenko-sonyashnyk-cp1251", "01-12 08:05",
     addr("Iryna Bondarenko", "i.bondarenko@ukrnet.example"),
     "Реєстрація на День мігрантських організацій 13.03",
     text("""Добрий день!

Мене звати Ірина Бондаренко, я вчителька і одна із засновниць суботньої школи «Соняшник»
для українських дітей у Мюнстері. Школа працює з 2023 року, зараз у нас 34 учні і 6
вчителів-волонтерів, заняття проходять щосуботи в приміщенні парафії.

Хочу зареєструватися на День організацій мігрантів 13 березня 2027 року. Мене найбільше
цікавить робоча група 1 — освіта (Bildungssystem), бо ми постійно стикаємося з питанням,
як поєднати українську програму з німецькою школою.

Буду одна.

Дякую і гарного дня!
Ірина Бондаренко
Суботня школа «Соняшник», Мюнстер
""", charset="windows-1251", cte="8bit"),
     person("registration", "i.bondarenko@ukrnet.example", "Ірина Бондаренко",
            "Суботня школа «Соняшник»", ["AG1"], 1, "uk"),
     subject_charset="windows-1251")

# 003: Arabic in windows-1256 quoted-printable, with German AG words in brackets; "me and two
# board members, three persons in total" written out in words; first and second choice.
mail("alhassan-syrian-house-cp1256", "01-13 19:32",
     addr("Mahmoud Al-Hassan", "m.alhassan@albait-alsouri.example"),
     "تسجيل - يوم منظمات المهاجرين",
     text("""السادة المحترمون في بلدية مونستر،

تحية طيبة وبعد،

اسمي محمود الحسن، وأنا رئيس جمعية "البيت السوري في مونستر". تأسست جمعيتنا في صيف 2023 على يد
مجموعة من العائلات السورية، ونقدم دروس تقوية للأطفال باللغة العربية والألمانية، وأمسيات ثقافية،
ومساعدة للقادمين الجدد في المعاملات الرسمية.

نود التسجيل في يوم منظمات المهاجرين بتاريخ 13 آذار 2027. سأحضر أنا ومعي عضوان من الهيئة
الإدارية، أي ثلاثة أشخاص بالمجموع.

نرغب بالمشاركة في مجموعة العمل الثالثة (Vereinsmanagement und Finanzierung)، وإذا كانت ممتلئة
فالمجموعة الأولى (Bildung).

مع جزيل الشكر والاحترام،
محمود الحسن
Mahmoud Al-Hassan
رئيس جمعية البيت السوري في مونستر
""", charset="windows-1256"),
     person("registration", "m.alhassan@albait-alsouri.example", "Mahmoud Al-Hassan",
            "جمعية البيت السوري في مونستر", ["AG3", "AG1"], 3, "ar"),
     subject_charset="windows-1256")

# 004: question only - Afghan women's group asks about cost, child care and language level and
# says they will register later ("vielleicht 3 oder 4 Frauen"); Gmail multipart/alternative.
_b = """Hallo liebe Stadt Münster Team,

ich bin Zahra Ahmadi, ich bin aus Afghanistan und seit 2 Jahre in Münster. Mit andere Frauen wir
haben Gruppe gemacht „Neuer Anfang – Frauen aus Afghanistan“, wir treffen jede Mittwoch im
Frauenhaus und lernen zusammen Deutsch und nähen.

Meine Freundin hat mir erzählt von diese Tag im März. Wir möchten gerne kommen, aber vorher ich
muss fragen:
- kostet es Geld?
- ich habe kleine Tochter (3 Jahre), gibt es Kinderbetreuung oder darf ich sie mitbringen?
- muss man sehr gut Deutsch sprechen für Arbeitsgruppe?

Wenn alles ok ist, dann wir melden uns an, vielleicht 3 oder 4 Frauen.

Danke schön und viele Grüße
Zahra Ahmadi
"""
mail("ahmadi-question-childcare", "01-14 11:20",
     addr("Zahra Ahmadi", "zahra.ahmadi.ms@gmail.example"),
     "Frage wegen MSO Tag",
     multipart("alternative", text(_b), text(gmail_html(_b), subtype="html"), tag="004"),
     person("question", "zahra.ahmadi.ms@gmail.example", "Zahra Ahmadi",
            "Neuer Anfang – Frauen aus Afghanistan", [], None, "de"))

# 005: formal Guinean French, long presentation of the association and a proverb before the
# request; AG2 as "groupe de travail n° 2 ... (Zukunftsprozess)"; "une quinzaine de membres";
# ISO-8859-1 quoted-printable.
mail("diallo-aguim-formal-french", "01-15 23:02",
     addr("Mamadou Saliou Diallo", "ms.diallo@aguim-muenster.example", "iso-8859-1"),
     "Demande d'inscription - Journée des organisations de migrants du 13 mars 2027",
     text("""Monsieur, Madame,

Je viens par la présente vous signifier mon vif intérêt pour la Journée des organisations de
migrants (MSO-Tag) que vous organisez le 13 mars 2027 au Stadtweinhaus.

Permettez-moi tout d'abord de vous présenter brièvement notre structure. L'Association Guinéenne
de Münster (AGUIM) a vu le jour en avril 2024 à l'initiative de jeunes Guinéens arrivés en
Allemagne ces dernières années. Nous sommes une quinzaine de membres actifs. Notre objectif est
d'accompagner les nouveaux arrivants dans leurs démarches, d'organiser des tournois de football
et des soirées culturelles, et surtout de créer un pont entre la communauté guinéenne et la ville
de Münster. Comme on dit chez nous, « un seul doigt ne peut pas ramasser la farine ».

En tant que secrétaire général de l'association, je souhaiterais participer au groupe de travail
n° 2 sur le processus d'avenir de Münster (Zukunftsprozess), car nous voulons que la voix des
nouveaux arrivants compte aussi dans les décisions de la ville.

Je serai seul à représenter l'association ce jour-là.

Dans l'attente d'une suite favorable, je vous prie d'agréer, Monsieur, Madame, l'expression de
mes salutations distinguées.

Mamadou Saliou Diallo
Secrétaire général
Association Guinéenne de Münster (AGUIM)
WhatsApp : +49 157 000 000 00
« Ensemble, on va plus loin »
""", charset="iso-8859-1"),
     person("registration", "ms.diallo@aguim-muenster.example", "Mamadou Saliou Diallo",
            "Association Guinéenne de Münster (AGUIM)", ["AG2"], 1, "fr"),
     subject_charset="iso-8859-1")

# 006: the whole registration is in the (folded, ASCII) subject; the body is only the phone's
# signature line; lower-case From display name.
mail("rahimi-subject-only", "01-16 07:41",
     addr("ahmad rahimi", "a.rahimi86@gmx.example"),
     "Anmeldung MSO Tag 13.3 Ahmad Rahimi Afghanische Kulturverein Hindukusch AG 3 wir sind 2 Person",
     text("\n\nGesendet von meinem Samsung Galaxy Smartphone.\n", charset="us-ascii", cte="7bit"),
     person("registration", "a.rahimi86@gmx.example", "Ahmad Rahimi",
            "Afghanische Kulturverein Hindukusch", ["AG3"], 2, "de"))

# 007: Venezuelan Spanish from a shared association mailbox (no Reply-To: the reply goes to the
# shared box); long chatty intro; first choice AG2, second AG3 ("financiamiento");
# "más de 60 personas" is the WhatsApp group, not the party. Gmail alternative, base64.
_b = """Buenas tardes, estimados:

Les escribe María Alejandra Pérez, coordinadora de Venezolanos en Münster, una iniciativa que
arrancamos en 2024 un grupito de paisanos para echarnos una mano con los trámites, el idioma y,
por qué no, para compartir unas arepas de vez en cuando. Hoy ya somos más de 60 personas en
nuestro grupo de WhatsApp y hemos organizado dos encuentros en el Stadtteilzentrum Kinderhaus.

Quiero inscribirme para el Día de las Organizaciones de Migrantes del 13 de marzo. Me interesa
primero el grupo de trabajo 2 (el Zukunftsprozess de Münster) y, como segunda opción, el grupo
sobre financiamiento, porque todavía no sabemos ni por dónde empezar con eso de fundar un e.V.

Asistiré yo sola. Pueden responder a este correo; lo revisamos entre varias personas, pero yo
estoy pendiente.

¡Mil gracias y a la orden!

María Alejandra Pérez Rondón
Coordinadora – Venezolanos en Münster
Instagram: @venezolanosenms
"""
mail("perez-venezolanos-shared-box", "01-18 17:55",
     addr("Venezolanos en Münster", "info@venezolanos-muenster.example"),
     "Inscripción MSO-Tag / Anmeldung",
     multipart("alternative", text(_b, cte="base64"),
               text(gmail_html(_b), subtype="html", cte="base64"), tag="007"),
     person("registration", "info@venezolanos-muenster.example", "María Alejandra Pérez Rondón",
            "Venezolanos en Münster", ["AG2", "AG3"], 1, "es"))

# 008: Sorani Kurdish (Arabic script, UTF-8 base64) with Arabic-Indic digits (١) for the
# workgroup and the year; signature in both scripts.
mail("qadir-sorani-base64", "01-19 20:13",
     addr("Aram Qadir", "aram.qadir@kurdmail.example"),
     "تۆمارکردن بۆ ڕۆژی ڕێکخراوەکانی کۆچبەران – MSO-Tag",
     text("""سڵاو و ڕێز،

من ئارام قادرم، ئەندامی دەستەی بەڕێوەبەری کۆمەڵەی کوردانی مونستەرم. ئەم کۆمەڵەیە ساڵی ٢٠٢٤
لەلایەن چەند خێزانێکی کورد لە هەرێمی کوردستانەوە دامەزراوە.

دەمەوێت بەشداری لە ڕۆژی ڕێکخراوەکانی کۆچبەران بکەم لە ١٣ی ئازاری ٢٠٢٧، لە گروپی کاری ١
(پەروەردە / Bildung)، چونکە منداڵەکانمان لە قوتابخانە کێشەی زۆریان هەیە.

تەنها خۆم دێم.

تکایە پشتڕاستی بکەنەوە.
زۆر سوپاس

ئارام قادر / Aram Qadir
کۆمەڵەی کوردانی مونستەر
""", cte="base64"),
     person("registration", "aram.qadir@kurdmail.example", "Aram Qadir",
            "کۆمەڵەی کوردانی مونستەر", ["AG1"], 1, "ku"))

# 009: Outlook HTML-only (windows-1252, QP) reply to our invitation; the quoted invitation lists
# all three AGs and must be ignored; writer plus a named colleague = 2; AG1 then AG2.
_b = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Wir sind eine junge Initiative von ezidischen Frauen in Münster,
gegründet 2023 nach der Gedenkveranstaltung zum Genozid in Shingal. Wir treffen uns jeden zweiten
Sonntag und unterstützen vor allem Mütter bei Fragen rund um Schule und Kita.

Hiermit melde ich mich und meine Kollegin Frau Sinam Hassan verbindlich an. Wir interessieren uns
an erster Stelle für die AG 1 (Bildungssystem), falls dort kein Platz mehr ist gerne AG 2.

Mit freundlichen Grüßen

Layla Khudeda
Ezidische Frauen Münster
"""
mail("khudeda-outlook-html-reply-invitation", "01-20 09:03",
     addr("Layla Khudeda", "layla.khudeda@ezidische-frauen-ms.example"),
     "AW: Einladung Tag der Migrantenselbstorganisationen 2027",
     text(outlook_html(_b, ("Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
                            "Gesendet: Montag, 4. Januar 2027 10:02\n"
                            "An: info@ezidische-frauen-ms.example\n"
                            "Betreff: Einladung Tag der Migrantenselbstorganisationen 2027",
                            INVITATION)),
          charset="windows-1252", subtype="html"),
     person("registration", "layla.khudeda@ezidische-frauen-ms.example", "Layla Khudeda",
            "Ezidische Frauen Münster", ["AG1", "AG2"], 2, "de"),
     reply_of=ourid(1),
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtjQ2VwRm9tU2luYW1IYXNzYW4=")])

# 010: Romanian typed on a phone, mostly lower case, diacritics only now and then; ISO-8859-16
# (comma-below s/t); "grupa 1 cu educatia"; "vin singur".
mail("stoica-romano-suno-latin10", "01-21 22:48",
     addr("florin stoica", "florin.stoica1990@yahoo.example"),
     "inscriere ziua asociatiilor de migranti",
     text("""buna ziua

ma numesc florin stoica si sunt din partea asociatiei Romano Suno din Münster, suntem romi din
România, am infiintat asociatia anul trecut ca sa ajutam familiile cu copiii la școală, multi
copii de-ai nostri nu merg regulat la școală si parintii nu inteleg sistemul de aici

vreau sa ma inscriu la ziua din 13 martie la grupa 1 cu educatia
vin singur

multumesc frumos
Florin Stoica
Asociația Romano Suno Münster

trimis de pe telefon
""", charset="iso-8859-16"),
     person("registration", "florin.stoica1990@yahoo.example", "Florin Stoica",
            "Asociația Romano Suno Münster", ["AG1"], 1, "ro"))

# 011: Tigrinya (Ge'ez script, UTF-8 8bit); "ምሳይ ሓደ ካልእ ኣባል ... ብድምር 2 ሰባት" = one more
# member, 2 persons in total; AG by number; signature in Ge'ez and Latin script.
mail("gebremedhin-tigrinya-8bit", "01-22 18:30",
     addr("Tesfay G.", "tesfay.gm@mailbox.example"),
     "MSO-Tag 13.03.2027 ምዝገባ",
     text("""ሰላም ክቡራት፣

ኣነ ተስፋይ ገብረመድህን እየ። ካብ ማሕበር ኤርትራውያን ሙንስተር እየ። ማሕበርና ኣብ 2024 እዩ ተመስሪቱ።

ኣብ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ዕለት 13.03.2027 ክሳተፍ ደልየ ኣለኹ።
ጉጅለ ስራሕ 3 (Förderung / Vereinsmanagement) ይደሊ።

ምሳይ ሓደ ካልእ ኣባል ማሕበርና ክመጽእ እዩ፣ ብድምር 2 ሰባት።

የቐንየልና

ተስፋይ ገብረመድህን
Tesfay Gebremedhin
Eritrean Community Münster
""", cte="8bit"),
     person("registration", "tesfay.gm@mailbox.example", "Tesfay Gebremedhin",
            "Eritrean Community Münster", ["AG3"], 2, "ti"))

# 012: English from a group account with Reply-To to the writer's personal address, which the
# text asks us to use; "around 25 young people" is not the party; "Only me will attend".
mail("noori-afghan-youth-replyto", "01-25 13:17",
     addr("Afghan Youth Münster", "afghanyouth.ms@mailbox.example"),
     "Registration MSO Day 13 March",
     text("""Dear Sir or Madam,

I hope this email finds you well. My name is Farid Noori, I am studying computer science at the
University of Münster and together with some friends I started the initiative "Afghan Youth
Münster" last year. We are around 25 young people who came from Afghanistan after 2021, we do
homework help, football and we try to give young people orientation for vocational training.

I would like to register for the day of migrant organisations. My interest is the working group
about the future process of Münster (group 2), because young refugees are almost never asked how
the city should develop.

Only me will attend. Please send the confirmation to my personal mail (this one is our group
account, I am not checking it every day).

Kind regards,
Farid Noori
Afghan Youth Münster
"""),
     person("registration", "farid.noori@uni-muenster.example", "Farid Noori",
            "Afghan Youth Münster", ["AG2"], 1, "en"),
     reply_to=addr("Farid Noori", "farid.noori@uni-muenster.example"))

# 013: change - Olena (001) top-posts on our confirmation: both persons move from AG3 to AG2,
# "Personen bleiben 2" (party unchanged, so null); the quoted confirmation still says AG3.
mail("kovalchuk-change-to-ag2", "01-26 10:22",
     addr("Olena Kovalchuk", "olena.kovalchuk@razom-ms.example"),
     "Re: Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
     text("""Guten Tag,

danke für Bestätigung! Leider muss ich etwas ändern. Wir haben gestern in Vorstand besprochen und
Tetiana sagt, über Förderung sie hat schon Seminar beim Paritätischen gemacht. Darum wir möchten
beide lieber in Arbeitsgruppe 2 „Zukunftsprozess“ gehen, nicht mehr 3. Personen bleiben 2.

Ist das noch möglich?

Viele Grüße
Olena Kovalchuk

Am 12.01.2027 um 08:31 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Guten Tag Frau Kovalchuk", 2,
                         "AG3 - Förderungsmöglichkeiten und effektives Vereinsmanagement"))),
     {"kind": "change", "email": "olena.kovalchuk@razom-ms.example", "name": "Olena Kovalchuk",
      "organisation": "Ukrainische Initiative Münster – Razom e.V.", "workgroups": ["AG2"],
      "party_size": None, "language": "de"},
     reply_of=ourid(2),
     extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")])

# 014: Congolese French with Lingala thanks, Word-generated multipart/alternative (windows-1252)
# inside multipart/mixed with a PDF presentation; registers self + named colleague (2);
# AG3 ("Fördermittel et gestion") then AG2; contains a question but is a registration.
_b = """Bonjour Madame, Monsieur,

Avant tout, recevez nos salutations fraternelles au nom de toute la Communauté Congolaise de
Münster (COCOMU).

Notre communauté est jeune : elle a été créée en janvier 2025 par des frères et sœurs venus de la
RDC, principalement de Kinshasa et du Kasaï. Nous nous réunissons chaque premier samedi du mois.
Nos activités : accueil des nouveaux, soutien scolaire, chorale, et nous commençons un projet de
petite épicerie solidaire. Vous trouverez en pièce jointe notre petite présentation.

Par la présente, je voudrais inscrire deux personnes au Tag der Migrantenselbstorganisationen :
- moi-même, Jean-Pierre Mukendi Kalala, président
- Madame Odette Kabamba, chargée des finances

Nous aimerions le groupe de travail 3 (Fördermittel et gestion d'association) en premier choix,
et le groupe 2 en deuxième choix. Nous avons encore beaucoup à apprendre pour ne plus « naviguer
à vue ».

Une petite question : est-ce qu'il y aura une traduction en français ? Sinon Odette m'aidera,
elle parle bien l'allemand.

Matondo mingi (merci beaucoup, en lingala) et que Dieu vous bénisse.

Jean-Pierre Mukendi Kalala
Président – Communauté Congolaise de Münster (COCOMU)
"""
mail("mukendi-cocomu-word-pdf", "01-27 16:44",
     addr("Jean-Pierre MUKENDI", "jp.mukendi@cocomu.example"),
     "Inscription de la Communauté Congolaise de Münster au MSO-Tag",
     multipart("mixed",
               multipart("alternative", text(_b, charset="windows-1252"),
                         text(outlook_html(_b, font="Arial"), charset="windows-1252",
                              subtype="html"), tag="014a"),
               attachment(PDF, "application/pdf", "Presentation_COCOMU_2025.pdf"), tag="014"),
     person("registration", "jp.mukendi@cocomu.example", "Jean-Pierre Mukendi Kalala",
            "Communauté Congolaise de Münster (COCOMU)", ["AG3", "AG2"], 2, "fr"),
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 015: question, Arabic followed by an English version of the same text: can a not-yet-registered
# initiative take part, will there be Arabic interpretation; UTF-8 base64.
mail("khatib-question-ar-en", "01-28 12:09",
     addr("Rana Al-Khatib", "rana.khatib@syrische-frauen-ms.example"),
     "استفسار / Question about MSO-Tag",
     text("""مرحباً،

نحن مبادرة صغيرة اسمها "نساء سوريات في مونستر"، بدأنا قبل سنة تقريباً ولسنا جمعية مسجلة بعد
(kein e.V.). هل يمكننا المشاركة في يوم منظمات المهاجرين رغم أننا غير مسجلين رسمياً؟ وهل ستكون
هناك ترجمة إلى العربية؟

شكراً جزيلاً

(English)
Hello, we are a small initiative called "Syrian Women in Münster". We started about one year ago
and we are not a registered association yet. Can we take part in the MSO day even though we are
not officially registered? Will there be Arabic translation?

Thank you very much

رنا الخطيب
Rana Al-Khatib
""", cte="base64"),
     person("question", "rana.khatib@syrische-frauen-ms.example", "Rana Al-Khatib",
            "نساء سوريات في مونستر", [], None, "ar"))

# 016: a native-German counsellor registers her client (not herself) and asks for the
# confirmation to go to his address; ISO-8859-15 QP; long Caritas signature and disclaimer.
mail("terhorst-caritas-for-sultani", "01-29 14:36",
     addr("Terhorst, Sabine", "s.terhorst@caritas-ms.example", "iso-8859-15"),
     "Anmeldung für Herrn Sultani (Afghanische Eltern Münster)",
     text("""Sehr geehrte Frau Meza Correa-Flock, sehr geehrte Damen und Herren,

ich schreibe Ihnen im Auftrag von Herrn Abdul Wahid Sultani, den ich in der Migrationsberatung
begleite. Herr Sultani hat im vergangenen Herbst mit anderen Vätern und Müttern die Initiative
"Afghanische Eltern Münster" ins Leben gerufen, die sich vor allem um Kontakte zwischen afghanischen
Familien und den Schulen kümmert. Da sein Deutsch für so eine Anmeldung noch nicht ganz reicht,
hat er mich gebeten, das für ihn zu übernehmen.

Herr Sultani möchte am 13. März gern an der Arbeitsgruppe 1 (Bildungssystem) teilnehmen. Er kommt
allein. Ich selbst werde an dem Tag leider nicht dabei sein.

Bitte schicken Sie die Bestätigung direkt an ihn: a.w.sultani@freemail.example - er hat mir
versprochen, sie zu lesen ;-) Gern auch in Kopie an mich.

Mit freundlichen Grüßen
i. A. Sabine Terhorst

Migrationsberatung für erwachsene Zuwanderer (MBE)
Caritasverband für die Stadt Münster e.V.
Josefstraße 2 · 48151 Münster
Telefon 0251 000000-0
www.caritas-ms.example

________________________________________________________________
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie
bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die
unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
""", charset="iso-8859-15"),
     person("registration", "a.w.sultani@freemail.example", "Abdul Wahid Sultani",
            "Afghanische Eltern Münster", ["AG1"], 1, "de"),
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 017: starts in umlaut-less German, then switches to Ukrainian for the real content; KOI8-U
# 8bit; AG3 described in Ukrainian plus "(Arbeitsgruppe 3)"; "близько 70 учасників" not the
# party; "Прийду сам" = alone.
mail("melnyk-de-then-uk-koi8u", "02-01 20:58",
     addr("Serhii Melnyk", "serhii.melnyk@ukrnet.example"),
     "Anmeldung / Реєстрація",
     text("""Sehr geehrte Damen und Herren,
ich moechte mich fuer den MSO-Tag anmelden. Mein Deutsch ist noch nicht so gut, deshalb schreibe
ich weiter auf Ukrainisch, Entschuldigung.

Я представляю Спілку українців Мюнстера - ми почали як громадська ініціатива в березні 2024
року, зараз у нас близько 70 учасників. Ми організовуємо українські свята, юридичні консультації
та допомагаємо з пошуком житла.

Хотів би взяти участь у робочій групі про фінансування і управління організацією
(Arbeitsgruppe 3). Прийду сам.

Якщо можна, відповідь українською або англійською.

З повагою,
Сергій Мельник
Спілка українців Мюнстера
""", charset="koi8-u", cte="8bit"),
     person("registration", "serhii.melnyk@ukrnet.example", "Сергій Мельник",
            "Спілка українців Мюнстера", ["AG3"], 1, "uk"),
     subject_charset="koi8-u")

# 018: long app-German introduction with a bullet list of activities; "7 Freunde", "2015 und
# 2016", "1. Vorsitzender" are numbers that are no party or AG; AG3 named by title words only;
# ISO-8859-1 8bit.
mail("mustafa-kulturbruecke-8bit", "02-02 22:15",
     addr("Khaled Mustafa", "khaled.mustafa@kulturbruecke-ms.example", "iso-8859-1"),
     "Anmeldung von Syrisch-Deutsche Kulturbrücke",
     text("""Sehr geehrte Damen und Herren,

ich hoffe es geht Ihnen gut und die Familie ist gesund.

Ich möchte zuerst unsere Verein vorstellen damit Sie wissen wer wir sind. Die Syrisch-Deutsche
Kulturbrücke ist entstanden aus eine Idee von 7 Freunde, die 2015 und 2016 nach Münster gekommen
sind. Lange Zeit wir waren nur Freundeskreis, aber im Mai 2025 wir haben offiziell Verein gegründet
beim Amtsgericht. Wir sind noch Baby-Verein, wie man sagt, aber mit großes Herz.

Unsere Aktivitäten sind:
- Hausaufgabenhilfe für Kinder Montag und Donnerstag
- Kochabend "Syrische Küche trifft Westfalen" einmal im Monat
- Begleitung zu Ämtern, Übersetzung
- Fußballmannschaft für Jugendliche

Wir haben jetzt das Problem, dass alles machen wir mit eigenes Geld aus der Tasche und wir wissen
nicht, wo man Förderung beantragen kann und wie man Buchhaltung richtig macht, damit Finanzamt
zufrieden ist. Mein Kopf ist voll mit diese Fragen :-)

Darum ich melde mich an für den Tag der Migrantenselbstorganisationen am 13.03.2027, Arbeitsgruppe
Förderungsmöglichkeiten und Vereinsmanagement. Ich komme alleine, die andere Vorstand arbeitet an
Samstag.

Ich bedanke mich im Voraus von ganzem Herzen.

Mit freundlichen Grüßen

Khaled Mustafa
1. Vorsitzender
Syrisch-Deutsche Kulturbrücke e.V.
""", charset="iso-8859-1", cte="8bit"),
     person("registration", "khaled.mustafa@kulturbruecke-ms.example", "Khaled Mustafa",
            "Syrisch-Deutsche Kulturbrücke e.V.", ["AG3"], 1, "de"),
     extra=[("User-Agent", "Android Mail/2025.09")])

# 019: Serbian (Latin script) Roma family association, windows-1250 QP; registers himself, his
# wife and adult daughter by name (3); "radna grupa 1 – obrazovanje".
mail("jovanovic-romano-drom-cp1250", "02-03 19:04",
     addr("Dragan Jovanović", "dragan.jovanovic@romanodrom-ms.example", "windows-1250"),
     "Prijava za dan migrantskih organizacija",
     text("""Poštovani,

ja sam Dragan Jovanović iz udruženja „Romano Drom Münster“. Mi smo Romi iz Srbije, živimo u
Münsteru od 2019. godine, a udruženje smo osnovali prošle godine da pomažemo porodicama oko škole,
papira i posla.

Želim da prijavim sebe, moju suprugu Snežanu i našu ćerku Anđelu (ona ima 19 godina i studira,
pa je ta tema mnogo zanima) za dan 13. marta. Interesuje nas radna grupa 1 – obrazovanje.

Hvala unapred i pozdrav,
Dragan Jovanović
Udruženje Romano Drom Münster
""", charset="windows-1250"),
     person("registration", "dragan.jovanovic@romanodrom-ms.example", "Dragan Jovanović",
            "Udruženje Romano Drom Münster", ["AG1"], 3, "sr"),
     subject_charset="windows-1250")

# 020: auto_reply with Auto-Submitted and X-Auto-Response-Suppress, English and French, to our
# reminder sent to a church community; dated in UTC.
mail("ilunga-out-of-office", "02-04 09:12",
     addr("Pasteur Emmanuel Ilunga", "e.ilunga@eglise-esperance.example"),
     "Automatic reply: Erinnerung: Anmeldung zum Tag der Migrantenselbstorganisationen",
     text("""Thank you for your message. I am travelling to Kinshasa until 20 February with limited
access to e-mail. For urgent matters please contact our secretariat:
secretariat@eglise-esperance.example

Merci pour votre message. Je suis en voyage à Kinshasa jusqu'au 20 février avec un accès limité
à mes e-mails. Pour toute urgence, veuillez contacter notre secrétariat :
secretariat@eglise-esperance.example

Pasteur Emmanuel Ilunga
Église Évangélique Espérance Münster
"""),
     machine("auto_reply"),
     reply_of=ourid(3), tz=dt.timezone.utc,
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "auto_reply")])

# 021: Dari (Persian script, UTF-8 QP) with Persian digits, solar-year in brackets, ZWNJ in the
# organisation name; first choice AG1 ("گروه کاری اول"), second AG3 ("گروه سوم"); "تنها می‌آیم".
mail("hashimi-dari-utf8", "02-05 10:50",
     addr("Sediqa Hashimi", "sediqa.hashimi@afghan-kultur-ms.example"),
     "ثبت نام برای روز سازمان‌های مهاجرین ۱۳ مارچ",
     text("""سلام و احترام،

اینجانب صدیقه هاشمی، مسئول بخش زنان در «انجمن فرهنگی افغان‌ها در مونستر» هستم. انجمن ما در سال
۱۴۰۲ (۲۰۲۳) توسط چند خانوادهٔ افغان تأسیس شد و برنامه‌های آموزش زبان دری برای کودکان، کلاس
خیاطی و جشن‌های نوروز برگزار می‌کند.

می‌خواهم برای روز سازمان‌های مهاجرین در تاریخ ۱۳ مارچ ثبت نام کنم. گروه کاری اول (آموزش و پرورش
/ Bildung) برایم مهمتر است و اگر جای نبود، گروه سوم.

تنها می‌آیم.

با تشکر فراوان
صدیقه هاشمی
Sediqa Hashimi
"""),
     person("registration", "sediqa.hashimi@afghan-kultur-ms.example", "Sediqa Hashimi",
            "انجمن فرهنگی افغان‌ها در مونستر", ["AG1", "AG3"], 1, "fa"))

# 022: change - Layla (009) from her phone: colleague drops out, "nur 1 Person", "AG bleibt
# gleich" (no new workgroup choice); bottom-quoted confirmation mentions 2 persons, AG1.
mail("khudeda-change-party-1", "02-08 07:15",
     addr("Layla Khudeda", "layla.khudeda@ezidische-frauen-ms.example"),
     "Re: Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
     text("""Hallo,
leider kann meine Kollegin Sinam Hassan am 13.3. doch nicht kommen, sie hat an diesem Tag eine
Prüfung beim Sprachkurs. Bitte ändern Sie die Anmeldung auf nur 1 Person (ich, Layla Khudeda).
AG bleibt gleich.
Danke und liebe Grüße
Layla

Von meinem iPhone gesendet

> Am 20.01.2027 um 11:40 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Guten Tag Frau Khudeda", 2,
                         "AG1 - Menschen mit Migrationsvorgeschichte im Bildungssystem")),
          cte="8bit"),
     {"kind": "change", "email": "layla.khudeda@ezidische-frauen-ms.example",
      "name": "Layla Khudeda", "organisation": None, "workgroups": [], "party_size": 1,
      "language": "de"},
     reply_of=ourid(4), extra=[("X-Mailer", "iPhone Mail (22D82)")])

# 023: Pashto (UTF-8 base64, Gmail alternative with RTL HTML); the workgroup is a written
# ordinal only ("درېیم" = third); Pashto digits; name written only in Pashto script, also in
# the From display name.
_b = """السلام علیکم ورحمة الله،

زه ګل آغا ستانکزی یم. موږ څو تنو افغانانو په ۲۰۲۵ کال کې په مونستر کې یوه نوې ټولنه جوړه کړه
چې نوم یې «د افغان کډوالو د همکارۍ ټولنه» دی. موږ له نویو راغلو کورنیو سره د اسنادو، ژبې او کار
په برخه کې مرسته کوو.

غواړم چې د مارچ په ۱۳مه د مهاجرو د ټولنو په ورځ کې ګډون وکړم. زه په درېیم کاري ګروپ کې ګډون
غواړم (مالي ملاتړ او د ټولنې اداره - Förderung).

یوازې زه راځم.

مننه
ګل آغا ستانکزی
"""
mail("stanikzai-pashto-gmail", "02-09 15:27",
     addr("ګل آغا ستانکزی", "gulagha.s@mailbox.example"),
     "د مهاجرو ټولنو ورځ - نوم لیکنه",
     multipart("alternative", text(_b, cte="base64"),
               text(gmail_html(_b, rtl=True), subtype="html", cte="base64"), tag="023"),
     person("registration", "gulagha.s@mailbox.example", "ګل آغا ستانکزی",
            "د افغان کډوالو د همکارۍ ټولنه", ["AG3"], 1, "ps"))

# 024: question entirely in the (RFC 2047, non-ASCII) subject: may he register after the
# deadline; empty body.
mail("tekle-subject-only-question", "02-10 06:58",
     addr("Yonas Tekle", "yonas.tekle@mailbox.example"),
     "Frage kann ich noch anmelden wenn ich erst nach 6. März weiß ob ich frei habe von Arbeit?",
     text("\n", charset="us-ascii", cte="7bit"),
     person("question", "yonas.tekle@mailbox.example", "Yonas Tekle", None, [], None, "de"))

# 025: Venezuelan Spanish, bottom-posted under the fully quoted invitation (which lists AG1-AG3);
# three persons named in a sentence; AG3 as "grupo de Fördermittel, el número 3";
# windows-1252 QP.
mail("rojas-puentes-bottom-post", "02-11 08:26",
     addr("Carlos Eduardo Rojas", "carlos.rojas.ve@gmail.example", "windows-1252"),
     "RE: Einladung Tag der Migrantenselbstorganisationen 2027",
     text(quote(INVITATION) + """
Hola, buenos días!

Perdón que escribo en español, mi alemán todavía es muy básico (estoy en el curso B1, jeje).

Soy Carlos Eduardo Rojas, de la Iniciativa Latinoamericana "Puentes" Münster. Queremos ir los
tres: yo, mi esposa Daniela Márquez y nuestro amigo Luis Ángel Guerra, que también está en la
iniciativa. Nos interesa el grupo de Fördermittel, el número 3, porque queremos pedir plata para
un proyecto de música con niños.

Gracias de antemano, ¡nos vemos el 13!
Carlos
""", charset="windows-1252"),
     person("registration", "carlos.rojas.ve@gmail.example", "Carlos Eduardo Rojas",
            'Iniciativa Latinoamericana "Puentes" Münster', ["AG3"], 3, "es"),
     reply_of=ourid(1))

# 026: app German from a Roma women's group founded with "6 andere Frauen" (not the party);
# AG1 by alias words "Schule/Bildung"; multipart/mixed with a JPEG photo of the flyer.
mail("caldararu-phenja-jpeg", "02-12 17:03",
     addr("Mirela Caldararu", "mirela.caldararu@mailbox.example"),
     "Anmeldung Mirela Căldăraru - Roma Frauen",
     multipart("mixed", text("""Guten Tag,

mein Name ist Mirela Căldăraru, ich komme aus Rumänien und wohne in Münster seit 2020. Ich habe
mit 6 andere Frauen eine Gruppe gemacht „Phenja – Roma Frauen Münster“. Phenja heißt Schwestern
auf Romanes. Wir helfen Mütter mit Kinder in Schule, weil viele Roma Eltern haben selbst nicht
lange Schule besucht und haben Angst vor Lehrer und Briefe von Schule.

Ich möchte teilnehmen an Tag am 13. März, Arbeitsgruppe Schule/Bildung. Nur ich.

Im Anhang ist Foto von unsere Flyer.

Vielen Dank
Mirela Căldăraru
"""), attachment(JPEG, "image/jpeg", "IMG_20270212_165811.jpg"), tag="026"),
     person("registration", "mirela.caldararu@mailbox.example", "Mirela Căldăraru",
            "Phenja – Roma Frauen Münster", ["AG1"], 1, "de"))

# 027: Syrian colloquial Arabic mixed with German ("AG 2 Zukunftsprozess"), an emoji, Gmail
# alternative QP; the signature has the name only in Arabic script (beats the Latin From name).
_b = """مرحبا،

أنا عمر، من فريق "Syrischer Jugendtreff Münster"، نحنا مجموعة شباب سوريين عم نشتغل مع بعض
من سنة ونص تقريباً.

بدي سجل حالي بـ AG 2 Zukunftsprozess لأنو عنا أفكار كتير عن المدينة وبدنا حدا يسمعنا 😊
بس أنا، شخص واحد.

شكراً إلكن كتير
عمر الشيخ علي
Syrischer Jugendtreff Münster
"""
mail("sheikhali-syrian-dialect-gmail", "02-15 21:39",
     addr("Omar Sheikh Ali", "omar.sheikhali@gmail.example"),
     "تسجيل MSO-Tag",
     multipart("alternative", text(_b), text(gmail_html(_b, rtl=True), subtype="html"), tag="027"),
     person("registration", "omar.sheikhali@gmail.example", "عمر الشيخ علي",
            "Syrischer Jugendtreff Münster", ["AG2"], 1, "ar"))

# 028: cancellation, again only in the subject (same writer as 006), body is the phone footer.
mail("rahimi-subject-only-cancel", "02-16 06:12",
     addr("ahmad rahimi", "a.rahimi86@gmx.example"),
     "Absage Ahmad Rahimi Hindukusch Verein MSO Tag wir kommen nicht leider krank",
     text("\nGesendet von meinem Samsung Galaxy Smartphone.\n", charset="us-ascii", cte="7bit"),
     person("cancellation", "a.rahimi86@gmx.example", "Ahmad Rahimi",
            "Hindukusch Verein", [], None, "de"))

# 029: question in French: may an association still being founded take part, may they bring
# leaflets and a table; numbered "1) 2)" questions; "trois enfants"; UTF-8 8bit.
mail("nsimba-question-en-creation", "02-17 22:31",
     addr("Bijou Nsimba", "bijou.nsimba@mamans-solidaires.example"),
     "Renseignement – association en création",
     text("""Bonsoir,

Je suis Bijou Nsimba, maman de trois enfants et membre fondatrice de « Mamans Solidaires du
Congo – Münster », une association qui est encore en création (nous attendons le rendez-vous au
tribunal pour l'inscription au registre).

Je voulais savoir deux choses avant de nous inscrire :
1) Est-ce qu'une association pas encore enregistrée peut participer à la journée du 13 mars ?
2) Est-il possible d'apporter nos dépliants et peut-être une petite table pour présenter nos
pagnes et nos activités ?

Merci d'avance pour votre réponse.
Bijou Nsimba
""", cte="8bit"),
     person("question", "bijou.nsimba@mamans-solidaires.example", "Bijou Nsimba",
            "Mamans Solidaires du Congo – Münster", [], None, "fr"))

# 030: other - a foundation's newsletter about a funding webinar ("Jetzt anmelden",
# "Förderung", "Vereinsmanagement"), bulk headers, HTML alternative.
_b = """Liebe Engagierte in Migrantenselbstorganisationen,

die neue Förderrunde 2027 des Förderfonds Engagement ist gestartet! Gefördert werden Projekte
neu gegründeter Vereine und Initiativen mit bis zu 5.000 Euro.

Unser kostenloses Online-Webinar "Förderung beantragen leicht gemacht" findet am 24. Februar
2027 von 17 bis 19 Uhr statt. Themen: Antragstellung, Vereinsmanagement, Verwendungsnachweis.

Jetzt anmelden: https://foerderfonds-engagement.example/webinar-2027

Viele Grüße
Ihr Team vom Förderfonds Engagement

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://foerderfonds-engagement.example/newsletter/abmelden?id=8812
"""
mail("newsletter-foerderfonds", "02-18 10:00",
     addr("Förderfonds Engagement – Newsletter", "newsletter@foerderfonds-engagement.example"),
     "Neue Förderrunde 2027: Jetzt für unser Webinar anmelden!",
     multipart("alternative", text(_b), text(gmail_html(_b), subtype="html"), tag="030"),
     machine("other"),
     extra=[("List-Unsubscribe", "<https://foerderfonds-engagement.example/newsletter/abmelden?id=8812>"),
            ("List-Id", "Newsletter Foerderfonds <news.foerderfonds-engagement.example>"),
            ("Precedence", "bulk")])

# 031: Yezidi writer in Kurmanji (Latin script), ISO-8859-9 QP; "koma xebatê ya 2" plus the
# German alias; he and a named woman colleague ("em ê du kes bin" = we will be two).
mail("semo-kurmanji-latin5", "02-19 19:47",
     addr("Hesen Semo", "hesen.semo@ezidi-ms.example"),
     "Qeydkirin - Roja Rêxistinên Koçberan / MSO-Tag",
     text("""Silav û rêz,

Ez Hesen Şemo me, ji Komeleya Êzidiyan a Münsterê. Me komele di sala 2023an de ava kir, piştî ku
gelek malbatên êzidî ji kampên Kurdistanê hatin vir.

Ez dixwazim beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibim, di koma xebatê ya 2 de
(Zukunftsprozess). Em ê du kes bin: ez û hevala min Gulê Xelef.

Gelek spas,
Hesen Şemo
Komeleya Êzidiyan a Münsterê
""", charset="iso-8859-9"),
     person("registration", "hesen.semo@ezidi-ms.example", "Hesen Şemo",
            "Komeleya Êzidiyan a Münsterê", ["AG2"], 2, "ku"),
     subject_charset="iso-8859-9")

# 032: shared club mailbox with Reply-To to the writer, who also asks for replies there; three
# names as a list; AG3 as "Vereinsmanagement (Nummer drei)", fallback "Bildung"; windows-1252
# Outlook alternative.
_b = """Guten Tag sehr geehrte Organisatoren,

im Namen von Ukrainischer Frauenklub Münster wir möchten 3 Personen anmelden für Tag der
Migrantenselbstorganisationen:

Nataliia Shevchenko
Oksana Lysenko
Halyna Petrenko

Wir alle wollen in die Arbeitsgruppe Vereinsmanagement (Nummer drei), weil wir möchten nächstes
Jahr eigene Verein gründen und haben keine Ahnung von Satzung und so weiter. Falls nicht genug
Platz, dann Bildung ist auch gut.

Antwort bitte an meine Adresse, die Klub-Adresse liest nur unsere Sekretärin einmal in Woche.

Mit besten Grüßen
Nataliia Shevchenko
Ukrainischer Frauenklub Münster
"""
mail("shevchenko-frauenklub-replyto", "02-22 12:31",
     addr("Ukrainischer Frauenklub Münster", "kontakt@ua-frauenklub-ms.example"),
     "Anmeldung 3 Personen Ukrainischer Frauenklub",
     multipart("alternative", text(_b, charset="windows-1252"),
               text(outlook_html(_b), charset="windows-1252", subtype="html"), tag="032"),
     person("registration", "n.shevchenko@mailbox.example", "Nataliia Shevchenko",
            "Ukrainischer Frauenklub Münster", ["AG3", "AG1"], 3, "de"),
     reply_to=addr("Nataliia Shevchenko", "n.shevchenko@mailbox.example"),
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 033: cancellation in Ukrainian (same writer as 002, windows-1251 but base64 this time):
# the integration-course exam falls on the day.
mail("bondarenko-cancel-cp1251-b64", "02-23 21:05",
     addr("Iryna Bondarenko", "i.bondarenko@ukrnet.example"),
     "Скасування реєстрації – Ірина Бондаренко",
     text("""Добрий день,

на жаль, змушена скасувати свою реєстрацію на 13 березня. Саме того дня в мене іспит DTZ
в інтеграційному курсі, дату повідомили тільки вчора.

Дуже шкода, наступного разу обов'язково прийду.

Ірина Бондаренко
Суботня школа «Соняшник»
""", charset="windows-1251", cte="base64"),
     person("cancellation", "i.bondarenko@ukrnet.example", "Ірина Бондаренко",
            "Суботня школа «Соняшник»", [], None, "uk"),
     subject_charset="windows-1251")

# 034: question in plain ASCII English from an Eritrean youth group: are under-18s allowed, may
# they present for 5 minutes; ranges and counts that are not a party.
mail("haile-youth-question-ascii", "02-24 16:48",
     addr("Senait Haile", "senait.haile@mailbox.example"),
     "question about participation (youth initiative)",
     text("""Hi,

we are Eritrean Youth Initiative Muenster, a group of young people (16-24 years) that started in
2025. Two of our members are under 18. Is the MSO day also open for them, or only for adults?
And is it possible that we present our initiative shortly in the plenary, like 5 minutes?

Thanks a lot
Senait Haile
Eritrean Youth Initiative Muenster
""", charset="us-ascii", cte="7bit"),
     person("question", "senait.haile@mailbox.example", "Senait Haile",
            "Eritrean Youth Initiative Muenster", [], None, "en"))

# 035: learner German: the writer registers a colleague without e-mail and will NOT attend
# himself; the confirmation goes to the writer; attendee = the colleague.
mail("barry-registers-camara", "02-25 20:20",
     addr("Alpha Oumar Barry", "alphaoumar.barry@mailbox.example"),
     "Anmeldung für mein Kollege Ibrahima Camara",
     text("""Guten Abend,

ich heiße Alpha Oumar Barry, ich bin Mitglied von Association Guinéenne de Münster. Unser
Generalsekretär hat sich schon angemeldet. Jetzt ich möchte noch unsere Schatzmeister anmelden,
Herr Ibrahima Camara, für Arbeitsgruppe 3 Förderung. Er hat keine E-Mail Adresse, deshalb bitte
schicken Sie die Bestätigung an mich, ich gebe ihm weiter.

Ich selbst kann nicht kommen, ich habe Arbeit am Samstag.

Danke für Ihre Verständnis
Alpha Oumar Barry
"""),
     person("registration", "alphaoumar.barry@mailbox.example", "Ibrahima Camara",
            "Association Guinéenne de Münster", ["AG3"], 1, "de"))

# 036: change in French, Outlook HTML-only (windows-1252) with the Outlook header block of our
# confirmation (2 persons, AG3) quoted below: a third person joins, workgroups unchanged -> 3.
mail("mukendi-change-party-3-outlook", "03-01 18:09",
     addr("Jean-Pierre MUKENDI", "jp.mukendi@cocomu.example"),
     "RE: Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
     text(outlook_html("""Bonjour,

Merci beaucoup pour la confirmation.

Je vous informe qu'une troisième personne de notre communauté voudrait se joindre à nous :
Monsieur Patrick Tshibanda, notre secrétaire. Nous serons donc 3 au lieu de 2. Les groupes de
travail restent les mêmes.

Fraternellement,
Jean-Pierre Mukendi Kalala
COCOMU
""", ("De : Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
      "Envoyé : mercredi 27 janvier 2027 17:20\n"
      "À : jp.mukendi@cocomu.example\n"
      "Objet : Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
      confirmation("Guten Tag Herr Mukendi Kalala", 2,
                   "AG3 - Förderungsmöglichkeiten und effektives Vereinsmanagement")), font="Arial"),
          charset="windows-1252", subtype="html"),
     {"kind": "change", "email": "jp.mukendi@cocomu.example", "name": "Jean-Pierre Mukendi Kalala",
      "organisation": "COCOMU", "workgroups": [], "party_size": 3, "language": "fr"},
     reply_of=ourid(5), extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 037: change in Dari, top-posted over the quoted confirmation (AG1): "instead of the first
# group, in the third group" - the old group is named first, the new one second.
mail("hashimi-change-to-ag3", "03-03 11:34",
     addr("Sediqa Hashimi", "sediqa.hashimi@afghan-kultur-ms.example"),
     "Re: Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
     text("""سلام،

ببخشید، می‌خواهم گروه کاری خود را تغییر بدهم. لطفاً مرا به جای گروه اول در گروه سوم
(Förderung / Vereinsmanagement) ثبت کنید. همکارانم در انجمن گفتند که این موضوع الان برای ما
مهمتر است.

تشکر
صدیقه هاشمی

On Fri, 5 Feb 2027 at 12:02, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""" + quote(confirmation("Guten Tag Frau Hashimi", 1,
                         "AG1 - Menschen mit Migrationsvorgeschichte im Bildungssystem")),
          cte="8bit"),
     {"kind": "change", "email": "sediqa.hashimi@afghan-kultur-ms.example",
      "name": "صدیقه هاشمی", "organisation": None, "workgroups": ["AG3"], "party_size": None,
      "language": "fa"},
     reply_of=ourid(6))

# 038: auto_reply WITHOUT Auto-Submitted or other machine headers, German and Arabic, to our
# 7-day reminder; recognisable only by subject and wording.
mail("mustafa-abwesenheit-no-headers", "03-06 10:02",
     addr("Khaled Mustafa", "khaled.mustafa@kulturbruecke-ms.example", "iso-8859-1"),
     "Abwesenheitsnotiz: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
     text("""Vielen Dank für Ihre Nachricht. Ich bin vom 04.03. bis 10.03.2027 im Urlaub und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
vorstand@kulturbruecke-ms.example.

شكراً لرسالتكم. أنا في إجازة من 4 حتى 10 آذار ولا أستطيع قراءة البريد الإلكتروني.
للأمور العاجلة: vorstand@kulturbruecke-ms.example

Khaled Mustafa
Syrisch-Deutsche Kulturbrücke e.V.
"""),
     machine("auto_reply"),
     reply_of=ourid(7))

# 039: cancellation in Spanish from an iPhone, with a German "Entschuldigung", for all three
# persons of 025; quoted Spanish-client header of our confirmation.
mail("rojas-cancel-iphone", "03-07 19:53",
     addr("Carlos Eduardo Rojas", "carlos.rojas.ve@gmail.example"),
     "Re: Anmeldebestätigung Tag der Migrantenselbstorganisationen 2027",
     text("""Hola buenas,

lamentablemente no vamos a poder ir ninguno de los tres el sábado, a mi esposa le salió un turno
en el trabajo y Luis está enfermo. Disculpen el aviso tan tarde, Entschuldigung!
Por favor borren nuestra inscripción para que otras personas puedan usar los puestos.

Saludos y éxito con el evento
Carlos

Enviado desde mi iPhone

> El 11 feb 2027, a las 9:40, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> escribió:
>
""" + quote(confirmation("Guten Tag Herr Rojas", 3,
                         "AG3 - Förderungsmöglichkeiten und effektives Vereinsmanagement"))),
     person("cancellation", "carlos.rojas.ve@gmail.example", "Carlos Eduardo Rojas",
            None, [], None, "es"),
     reply_of=ourid(8), extra=[("X-Mailer", "iPhone Mail (22D82)")])

# 040: other - a Kurdish cultural house's mass invitation to a Newroz party (Sorani + German),
# sent to undisclosed recipients; it mentions "Anmeldung" and a date but registers nobody here.
mail("newroz-invitation-mass-mail", "03-10 14:25",
     addr("Kurdisches Kulturhaus Münster", "einladung@kurdisches-kulturhaus.example"),
     "بانگهێشتنامە / Einladung: Newroz-Fest 2027",
     text("""بانگهێشتنامە

بە بۆنەی جەژنی نەورۆزەوە، خانەی کولتووری کوردی لە مونستەر بانگهێشتتان دەکات بۆ ئاهەنگی نەورۆز
لە ڕۆژی شەممە ٢٠ی ئازاری ٢٠٢٧، کاتژمێر ٦ی ئێوارە.
مۆسیقا، سەما و خواردنی کوردی.

Liebe Freundinnen und Freunde,

das Kurdische Kulturhaus Münster lädt Sie herzlich zum Newroz-Fest ein:
Samstag, 20. März 2027, ab 18 Uhr, Bürgerhaus Kinderhaus.
Live-Musik, Tanz und kurdisches Essen. Eintritt frei, Spenden willkommen.
Um Anmeldung bis 15.03. wird gebeten: newroz@kurdisches-kulturhaus.example

Newroz pîroz be! نەورۆزتان پیرۆز بێت!

Kurdisches Kulturhaus Münster e.V.
"""),
     machine("other"),
     to="undisclosed-recipients:;")


# ---------------------------------------------------------------------------
# validation and output
# ---------------------------------------------------------------------------

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.(org|com|net))$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)


def _hosts_ok(where, s):
    for m in EMAIL_RE.finditer(s):
        if not EXAMPLE_HOST.search(m.group(1)):
            raise SystemExit(f"{where}: non-example mail host {m.group(0)}")
    for m in URL_RE.finditer(s):
        host = m.group(1).rstrip(".")
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        if not EXAMPLE_HOST.search(host) and host.lower() not in ("www.w3.org",):
            raise SystemExit(f"{where}: non-example URL host {host}")


def validate(files):
    last = None
    for name, raw, rec, date in files:
        for i, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                raise SystemExit(f"{name}: line {i} longer than 998 octets")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            raise SystemExit(f"{name}: bare CR or LF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for k, v in msg.items():
            if getattr(v, "defects", None):
                raise SystemExit(f"{name}: header {k} defects {v.defects}")
            texts.append(str(v))
        for part in msg.walk():
            if part.defects:
                raise SystemExit(f"{name}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    raise SystemExit(f"{name}: part header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                payload = part.get_payload(decode=True)
                try:
                    t = payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    raise SystemExit(f"{name}: text part not {cs}: {e}")
                texts.append(t)
                part.get_content()
            elif not part.is_multipart():
                part.get_payload(decode=True)
        d = msg["Date"].datetime
        if last is not None and d <= last:
            raise SystemExit(f"{name}: Date does not rise")
        last = d
        _hosts_ok(name, "\n".join(texts))
        # expected record
        if set(rec) != set(KEYS):
            raise SystemExit(f"{name}: record keys {sorted(rec)}")
        if rec["kind"] not in KINDS:
            raise SystemExit(f"{name}: bad kind")
        if not all(w in WG for w in rec["workgroups"]) or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            raise SystemExit(f"{name}: bad workgroups")
        k = rec["kind"]
        if k in ("auto_reply", "bounce", "other"):
            for f in ("email", "name", "organisation", "language", "party_size"):
                if rec[f] is not None:
                    raise SystemExit(f"{name}: {f} must be null for {k}")
            if rec["workgroups"]:
                raise SystemExit(f"{name}: workgroups must be [] for {k}")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not EXAMPLE_HOST.search(rec["email"].split("@")[1]):
                raise SystemExit(f"{name}: bad email")
            if rec["email"] not in raw.decode("ascii", "replace").lower() and rec["email"] not in "\n".join(texts).lower():
                raise SystemExit(f"{name}: expected email not in mail")
            if not rec["name"] or not re.fullmatch(r"[a-z]{2}", rec["language"] or ""):
                raise SystemExit(f"{name}: name/language missing")
            if rec["email"] == REG:
                raise SystemExit(f"{name}: email is our own address")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                raise SystemExit(f"{name}: registration needs party_size")
        elif k == "change":
            if rec["party_size"] is not None and not isinstance(rec["party_size"], int):
                raise SystemExit(f"{name}: bad party_size")
        elif rec["party_size"] is not None:
            raise SystemExit(f"{name}: party_size must be null for {k}")
        if k != "bounce" and rec["bounced_recipient"] is not None:
            raise SystemExit(f"{name}: bounced_recipient only for bounces")


def rendered():
    files = {f"mails/{n}": raw for n, raw, _, _ in MAIL_LIST}
    exp = {n: rec for n, _, rec, _ in MAIL_LIST}
    files["expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def stats():
    kinds = collections.Counter(r["kind"] for _, _, r, _ in MAIL_LIST)
    langs = collections.Counter(r["language"] or "-" for _, _, r, _ in MAIL_LIST)
    print(f"mails: {len(MAIL_LIST)}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in langs.most_common()))


def main(argv):
    validate(MAIL_LIST)
    files = rendered()
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        bad = []
        for rel, data in files.items():
            p = HERE / rel
            if not p.exists() or p.read_bytes() != data:
                bad.append(rel)
        extra = sorted(p.name for p in MAILS.glob("*.eml") if f"mails/{p.name}" not in files) if MAILS.exists() else []
        if bad or extra:
            print("differs: " + ", ".join(bad + extra))
            return 1
        print(f"ok: {len(MAIL_LIST)} mails match")
        return 0
    MAILS.mkdir(exist_ok=True)
    for p in MAILS.glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read what was written
    back = [(n, (MAILS / n).read_bytes(), r, d) for n, _, r, d in MAIL_LIST]
    validate(back)
    stats()
    print("written and validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
