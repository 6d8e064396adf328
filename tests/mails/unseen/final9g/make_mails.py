#!/usr/bin/env python3
"""Evaluation set "final9g": an ordinary week, two weeks before the deadline.

MSO-Tag 2027 (config.toml = dev's config, unchanged).  Forty mails arriving
Monday 15 Feb 2027 to Sunday 21 Feb 2027, the mix a coordinator really gets.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import datetime as dt
import email
import email.policy
import json
import quopri
import re
import sys
from collections import Counter
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "mso-tag@muenster.example"
OUR_FROM = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CRLF = b"\r\n"
CET = dt.timezone(dt.timedelta(hours=1))


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

def when(day, hh, mm, ss=0, tz=CET):
    return dt.datetime(2027, 2, day, hh, mm, ss, tzinfo=tz)


def enc_header(value, charset="utf-8"):
    """Encode a free-text header value (RFC 2047 only when needed)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(13) + chr(10))} <{address}>"


def encode_body(text, charset, cte):
    if cte in ("7bit", "8bit"):
        return text.encode(charset).replace(b"\n", CRLF)
    if cte == "quoted-printable":
        raw = text.encode(charset)
        return quopri.encodestring(raw).replace(b"\n", CRLF)
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(raw).replace(b"\n", CRLF)
    raise ValueError(cte)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes with CRLF

    def to_bytes(self):
        out = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in self.headers)
        return out + CRLF + self.body


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         quoted_charset=True, flowed=False, extra=()):
    cs = f'"{charset}"' if quoted_charset else charset
    ctype = f"text/{subtype}; charset={cs}"
    if flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    headers += list(extra)
    return Part(headers, encode_body(body, charset, cte))


def binary(data, ctype, filename):
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'attachment; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    return Part(headers, base64.encodebytes(data).replace(b"\n", CRLF))


def raw_part(ctype, body_text):
    return Part([("Content-Type", ctype)], body_text.replace("\n", "\r\n").encode("ascii"))


def multi(subtype, parts, boundary, params="", preamble=None):
    headers = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')]
    body = b""
    if preamble:
        body += preamble.encode("ascii") + CRLF + CRLF
    for p in parts:
        body += b"--" + boundary.encode() + CRLF + p.to_bytes() + CRLF
    body += b"--" + boundary.encode() + b"--" + CRLF
    return Part(headers, body)


def html_page(inner, head=""):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html\">\n"
            f"{head}</head>\n<body>\n{inner}\n</body>\n</html>\n")


def html_paras(plain, tag="p", attrs=""):
    """Plain text -> simple HTML paragraphs (one element per line, blank = spacer)."""
    out = []
    for line in plain.split("\n"):
        esc = (line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        out.append(f"<{tag}{attrs}>{esc if esc else '&nbsp;'}</{tag}>")
    return "\n".join(out)


def quote(block, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in block.split("\n"))


MAILS = []   # (filename, bytes, expected)


def rec(kind, email=None, name=None, organisation=None, workgroups=None,
        party_size=None, language=None, bounced_recipient=None):
    return {"kind": kind, "email": email, "name": name, "organisation": organisation,
            "workgroups": workgroups if workgroups is not None else [],
            "party_size": party_size, "language": language,
            "bounced_recipient": bounced_recipient}


def mail(slug, date, headers, part, expected):
    """headers: list of (name, value) in order; Date/MIME-Version added here."""
    n = len(MAILS) + 1
    hs = []
    for k, v in headers:
        hs.append((k, v))
        if k == "Subject":
            hs.append(("Date", format_datetime(date)))
    if not any(k == "Date" for k, _ in hs):
        hs.append(("Date", format_datetime(date)))
    if not any(k == "Message-ID" for k, _ in hs):
        hs.append(("Message-ID", f"<{date.strftime('%Y%m%d%H%M%S')}.{n:03d}@{slug.split('-')[0]}.mail.example>"))
    hs.append(("MIME-Version", "1.0"))
    data = b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in hs + part.headers)
    data += CRLF + part.body
    MAILS.append((f"{n:03d}-{slug}.eml", data, expected))


# ---------------------------------------------------------------------------
# texts of our own side that people quote
# ---------------------------------------------------------------------------

INVITATION = """\
Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Kolleginnen und Kollegen,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

In drei parallelen Arbeitsgruppen möchten wir mit Ihnen arbeiten:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an.
Nennen Sie uns dabei Ihren Namen, Ihre Organisation, die gewünschte Arbeitsgruppe
(gern mit Zweitwunsch) und die Zahl der Personen, die mitkommen.

Die Teilnahme ist kostenfrei. Für Getränke und einen Mittagsimbiss ist gesorgt.

Mit freundlichen Grüßen
Ximena Meza Correa-Flock
Stadt Münster - Amt für Zuwanderung und Integration"""


def confirmation(name, org, ag, persons):
    titles = {"AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
              "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
              "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement"}
    return f"""\
Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00–16:00 Uhr im Stadtweinhaus.

Wir haben gespeichert:
Name: {name}
Organisation: {org}
Arbeitsgruppe: {titles[ag]}
Personen: {persons}

Änderungen oder Absagen schicken Sie bitte als Antwort auf diese E-Mail.

Tag der Migrantenselbstorganisationen
mso-tag@muenster.example"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration, de native: Thunderbird top-posted reply to the invitation (whole
# invitation quoted with "> ", all three AGs listed there); she brings her deputy
# -> party 2; first choice AG 1, fallback AG 3; 8bit UTF-8.
body = f"""\
Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, wir haben uns im Vorstand sehr darüber gefreut.

Ich melde mich hiermit für den MSO-Tag am 13. März an und bringe meine
Stellvertreterin, Frau Sevim Aydın, mit. Wir möchten beide gern in die AG 1
(Bildungssystem). Falls die schon voll sein sollte, wäre die AG 3 unsere
zweite Wahl.

Mit freundlichen Grüßen

Gülay Demirci
1. Vorsitzende
Türkisch-Deutscher Frauenverein Münster e.V.
Hammer Straße 00, 48153 Münster
www.tdf-muenster.example

Am 08.02.2027 um 10:12 schrieb Tag der Migrantenselbstorganisationen:
{quote(INVITATION)}
"""
mail("demirci-reply-to-invitation-with-deputy", when(15, 6, 48, 12), [
    ("From", addr("TDF Münster Vorstand", "vorstand@tdf-muenster.example")),
    ("To", OUR_FROM),
    ("Subject", "Re: Einladung: Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<einladung-2027-02-08@muenster.example>"),
    ("References", "<einladung-2027-02-08@muenster.example>"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
], text(body, cte="8bit", quoted_charset=False, flowed=False),
    rec("registration", "vorstand@tdf-muenster.example", "Gülay Demirci",
        "Türkisch-Deutscher Frauenverein Münster e.V.", ["AG1", "AG3"], 2, "de"))

# 002 registration, en: Outlook HTML-only, windows-1252 quoted-printable with curly
# quotes; AG named only by topic ("funding ... association management") -> AG3;
# long signature and confidentiality disclaimer; title "Dr." in the signature.
html = html_page("""\
<div class=WordSection1>
<p class=MsoNormal>Dear Ms Meza Correa-Flock,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for the invitation to this year’s MSO-Tag. I would like to register for the event on 13 March.<o:p></o:p></p>
<p class=MsoNormal>I’m particularly interested in the workshop on funding opportunities and effective association management, as our association is currently restructuring its board and our treasurer has just stepped down.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b><span style='color:#1F3864'>Dr. Samuel Okonkwo</span></b><o:p></o:p></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Secretary General<br>Nigerian Community Association Münster e.V.<br>Postfach 00 00, 48001 Münster<br>Mobile: +49 170 0000000<br><a href="https://www.ncam-muenster.example">www.ncam-muenster.example</a></span><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential information. If you have received this e-mail in error, please notify the sender immediately and delete it. Any unauthorised use, disclosure or copying is strictly prohibited. The association accepts no liability for viruses.</span><o:p></o:p></p>
</div>""", head="<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style>\n")
mail("okonkwo-outlook-html-funding", when(15, 8, 15, 40), [
    ("From", addr("Samuel Okonkwo", "s.okonkwo@ncam-muenster.example")),
    ("To", addr("Tag der Migrantenselbstorganisationen", OUR)),
    ("Subject", "Registration MSO-Tag 2027"),
    ("Thread-Topic", "Registration MSO-Tag 2027"),
    ("X-MS-Has-Attach", ""),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "en-GB"),
], text(html, subtype="html", charset="windows-1252"),
    rec("registration", "s.okonkwo@ncam-muenster.example", "Samuel Okonkwo",
        "Nigerian Community Association Münster e.V.", ["AG3"], 1, "en"))

# 003 question, de learner: asks about childcare, registers no one ("if not, I
# cannot come"); short, no organisation.
body = """\
Hallo,

ich habe eine Frage. Gibt es Kinderbetreuung bei dem MSO Tag am 13.3.? Ich habe 2 Kinder (4 und 7 Jahre) und mein Mann arbeitet am Samstag.
Wenn nicht gibt, dann ich kann leider nicht kommen.

Danke für Antwort
Mariam Haidari
"""
mail("haidari-question-childcare", when(15, 9, 31, 5), [
    ("From", addr("Mariam Haidari", "mariam.haidari@post.example")),
    ("To", OUR),
    ("Subject", "Frage Kinderbetreuung"),
], text(body, cte="quoted-printable"),
    rec("question", "mariam.haidari@post.example", "Mariam Haidari", None, [], None, "de"))

# 004 registration, tr: association delegation of three, all for the 2nd working
# group named in Turkish ("Münster'in geleceği"); base64 UTF-8, Turkish subject.
body = """\
Merhaba,

Münster Anadolu Kültür Derneği olarak 13 Mart'taki Göçmen Dernekleri Günü'ne (MSO-Tag) katılmak istiyoruz. Derneğimizden 3 kişi geleceğiz:

- Mehmet Yıldırım (dernek başkanı)
- Ayşe Kaya
- Hüseyin Demir

Üçümüz de 2. çalışma grubuna, yani "Münster'in geleceği" konusuna katılmak istiyoruz. Başka bir bilgi gerekirse bana bu adresten veya telefonla ulaşabilirsiniz.

Saygılarımla,
Mehmet Yıldırım
Münster Anadolu Kültür Derneği e.V.
Başkan
Tel: 0251 000 00 00
"""
mail("yildirim-turkish-delegation-of-three", when(15, 10, 2, 51), [
    ("From", addr("Anadolu Kültür Derneği", "anadolu.kultur@posta.example")),
    ("To", OUR),
    ("Subject", enc_header("MSO-Tag kaydı - 3 kişi")),
], text(body, cte="base64", quoted_charset=False),
    rec("registration", "anadolu.kultur@posta.example", "Mehmet Yıldırım",
        "Münster Anadolu Kültür Derneği e.V.", ["AG2"], 3, "tr"))

# 005 registration, de native: Gmail multipart/alternative, AG by alias in German
# quotes ("Bildung"), second choice by topic ("Zukunftsprozess"); professional from a
# welfare organisation, role line above the organisation in the signature.
body = """\
Liebes Orga-Team,

hiermit melde ich mich für den MSO-Tag am 13.03. an. Am meisten interessiert mich die AG „Bildung“ – als Zweitwunsch nehme ich gern die AG zum Zukunftsprozess.

Ich arbeite in der Migrationsberatung und habe viel mit Familien zu tun, deren Kinder gerade ins Schulsystem kommen, daher das Interesse.

Viele Grüße
Johanna Lemke

--
Johanna Lemke
Migrationsberatung für Erwachsene (MBE)
Diakonie Münster e.V.
Tel. 0251 00000-12
www.diakonie-muenster.example
"""
html = ('<div dir="ltr">' + "<br>\n".join(
    l.replace("&", "&amp;").replace("<", "&lt;") for l in body.rstrip("\n").split("\n"))
        + "</div>\n")
mail("lemke-gmail-alias-bildung", when(15, 11, 40, 2), [
    ("From", addr("Johanna Lemke", "johanna.lemke@diakonie-muenster.example")),
    ("To", OUR),
    ("Subject", "Anmeldung MSO-Tag"),
    ("Message-ID", "<CAF3kL9xQ2w+v0a@mail.gmail.example>"),
], multi("alternative", [text(body, cte="quoted-printable", quoted_charset=False),
                         text(html, subtype="html", cte="quoted-printable", quoted_charset=False)],
         "000000000000a1b2c3d4e5f60718"),
    rec("registration", "johanna.lemke@diakonie-muenster.example", "Johanna Lemke",
        "Diakonie Münster e.V.", ["AG1", "AG2"], 1, "de"))

# 006 registration, ar: sent from the association's shared mailbox, the writer signs
# in Arabic script with his role and the German association name; he and his wife
# -> 2; funding workshop first, education as fallback.
body = """\
السلام عليكم ورحمة الله،

أود أن أسجل نفسي وزوجتي للمشاركة في يوم منظمات المهاجرين (MSO-Tag) يوم السبت ١٣ آذار/مارس ٢٠٢٧.
نفضل ورشة العمل حول التمويل وإدارة الجمعيات (مجموعة العمل الثالثة)، وإذا لم يكن هناك مكان فمجموعة التعليم.

مع الشكر والتحية،
أحمد الخطيب
أمين الصندوق
Syrischer Kulturverein Münster e.V.
"""
mail("alkhatib-arabic-shared-mailbox", when(15, 13, 5, 30), [
    ("From", addr("Syrischer Kulturverein Münster", "info@syrkultur-ms.example")),
    ("To", OUR),
    ("Subject", enc_header("تسجيل - يوم منظمات المهاجرين")),
], text(body, cte="quoted-printable"),
    rec("registration", "info@syrkultur-ms.example", "أحمد الخطيب",
        "Syrischer Kulturverein Münster e.V.", ["AG3", "AG1"], 2, "ar"))

# 007 registration, de learner: phone-typed, lower case, signature is only the first
# name (full name in the text), "Von meinem iPhone gesendet".
body = """\
Hallo Frau Meza Correa

ich heiße Yonas Tesfay ich bin von Eritreische Gemeinde Münster. ich möchte mich anmelden für MSO tag am 13 märz. AG 2 bitte wenn möglich.

danke schön und schöne tag
Yonas

Von meinem iPhone gesendet
"""
mail("tesfay-iphone-learner", when(15, 15, 22, 47), [
    ("From", addr("Yonas T.", "yonas.t@mailbox.example")),
    ("To", OUR),
    ("Subject", "Anmeldung"),
    ("X-Mailer", "iPhone Mail (21D61)"),
], text(body, cte="8bit", quoted_charset=False),
    rec("registration", "yonas.t@mailbox.example", "Yonas Tesfay",
        "Eritreische Gemeinde Münster", ["AG2"], 1, "de"))

# 008 change, de native: inline reply to our confirmation (quoted "AG 1" is the old
# choice), new choice AG 3 below the quote; party size explicitly unchanged;
# windows-1252 quoted-printable with a euro sign (display name in ISO-8859-15 Q-encoding).
conf = confirmation("Rainer Stöcker", "Deutsch-Griechische Gesellschaft Münster e.V.", "AG1", 1)
conf_lines = conf.split("\n")
i_ag = next(i for i, l in enumerate(conf_lines) if l.startswith("Arbeitsgruppe"))
body = f"""\
Sehr geehrte Damen und Herren,

{quote(chr(10).join(conf_lines[:i_ag + 1]))}

bitte ändern Sie das: Ich möchte doch lieber in die AG 3 (Förderungsmöglichkeiten
und Vereinsmanagement). Unser Verein überlegt gerade, wie wir die Jugendarbeit
finanzieren sollen (Jahresbudget unter 5.000 €), da passt das einfach besser.

{quote(conf_lines[i_ag + 1])}

Das bleibt so.

Freundliche Grüße
Rainer Stöcker
Schriftführer
Deutsch-Griechische Gesellschaft Münster e.V.
"""
mail("stoecker-change-inline-quote", when(15, 17, 45, 9), [
    ("From", addr("Rainer Stöcker", "r.stoecker@dgg-muenster.example", "iso-8859-15")),
    ("To", OUR),
    ("Subject", "AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<bestaetigung-0211-0042@muenster.example>"),
], text(body, charset="windows-1252"),
    rec("change", "r.stoecker@dgg-muenster.example", "Rainer Stöcker",
        "Deutsch-Griechische Gesellschaft Münster e.V.", ["AG3"], None, "de"))

# 009 auto_reply: Outlook out-of-office with Auto-Submitted, German; mentions
# "Anmeldung" (their own course registration desk) and dates.
body = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 19.02.2027, nicht im Hause und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unsere Anmeldung unter anmeldung@vhs-ms.example oder telefonisch an 0251 000-0000.

Mit freundlichen Grüßen
Birgit Sommer
Volkshochschule Münster - Fachbereich Deutsch als Zweitsprache
"""
mail("sommer-out-of-office", when(16, 7, 30, 18), [
    ("From", addr("Sommer, Birgit", "b.sommer@vhs-ms.example")),
    ("To", OUR_FROM),
    ("Subject", enc_header("Automatische Antwort: AW: Frage zu den Räumlichkeiten", "windows-1252")),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Thread-Topic", enc_header("AW: Frage zu den Räumlichkeiten", "windows-1252")),
], text(body, charset="windows-1252"),
    rec("auto_reply"))

# 010 registration, ru: KOI8-R 8bit plain; mother and 16-year-old daughter -> 2;
# "рабочая группа по образованию (AG 1)"; writes "Muenster" because KOI8-R has no ü.
body = """\
Здравствуйте!

Хочу зарегистрироваться на День мигрантских организаций 13 марта. Со мной придёт моя дочь Анна (16 лет), она тоже очень интересуется этой темой. Итого нас двое.
Нас интересует рабочая группа по образованию (AG 1).

Заранее спасибо за подтверждение.

С уважением,
Ольга Кузнецова
председатель правления
Kulturzentrum MOST e.V.
Muenster
"""
mail("kuznetsova-koi8r-with-daughter", when(16, 8, 50, 33), [
    ("From", addr("Ольга Кузнецова", "o.kuznetsova@most-ms.example", "koi8-r")),
    ("To", OUR),
    ("Subject", enc_header("Регистрация на MSO-Tag", "koi8-r")),
], text(body, charset="koi8-r", cte="8bit"),
    rec("registration", "o.kuznetsova@most-ms.example", "Ольга Кузнецова",
        "Kulturzentrum MOST e.V.", ["AG1"], 2, "ru"))

# 011 registration, de native: formal delegation of three as a numbered list, all in
# "Arbeitsgruppe II" with full title in „…“; Outlook multipart/alternative in
# windows-1250 QP (ć, č); legal footer.
body = """\
Sehr geehrte Frau Meza Correa-Flock,
sehr geehrte Damen und Herren,

im Namen des Deutsch-Kroatischen Kulturvereins Münster melde ich folgende Personen für den Tag der Migrantenselbstorganisationen am 13. März 2027 an:

1. Dr. Ana Marković (1. Vorsitzende)
2. Ivan Horvat (Jugendreferent)
3. Marija Kovač (Beisitzerin)

Wir möchten alle drei an der Arbeitsgruppe II „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ teilnehmen.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Ana Marković
1. Vorsitzende
Deutsch-Kroatischer Kulturverein Münster e.V.
Vereinsregister Amtsgericht Münster VR 0000
"""
html = html_page(html_paras(body, "p", " class=MsoNormal"))
mail("markovic-outlook-delegation-ag-ii", when(16, 10, 15, 0), [
    ("From", addr("Marković Ana", "ana.markovic@dkkv-muenster.example", "windows-1250")),
    ("To", addr("Meza Correa-Flock, Ximena", OUR)),
    ("Subject", "Anmeldung Tag der MSO 2027 - Deutsch-Kroatischer Kulturverein"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AdtY3kq0Jm1bXz8nQ4yq7w=="),
], multi("alternative", [text(body, charset="windows-1250"),
                         text(html, subtype="html", charset="windows-1250")],
         "----=_NextPart_000_0017_01DB6F2A.5C3E8A10"),
    rec("registration", "ana.markovic@dkkv-muenster.example", "Ana Marković",
        "Deutsch-Kroatischer Kulturverein Münster e.V.", ["AG2"], 3, "de"))

# 012 registration, fa: Gmail multipart/alternative, base64 UTF-8; workgroups in
# Persian digits (کارگروه ۳, fallback ۲); name and organisation in Persian script.
body = """\
سلام و وقت بخیر،

اینجانب زهرا احمدی از انجمن فرهنگی ایرانیان مونستر مایلم در روز سازمان‌های مهاجران (MSO-Tag) در تاریخ ۱۳ مارس شرکت کنم.
کارگروه مورد نظر من کارگروه ۳ (امکانات حمایت مالی و مدیریت انجمن) است. اگر جا نبود، کارگروه ۲ هم برایم مناسب است.

با سپاس فراوان
زهرا احمدی
انجمن فرهنگی ایرانیان مونستر
"""
html = '<div dir="rtl">' + "<br>".join(body.rstrip("\n").split("\n")) + "</div>\n"
mail("ahmadi-farsi-persian-digits", when(16, 11, 30, 44), [
    ("From", addr("Zahra Ahmadi", "zahra.ahmadi@mailbox.example")),
    ("To", OUR),
    ("Subject", enc_header("ثبت نام MSO-Tag")),
    ("Message-ID", "<CAJx8p0Zr4mQh2@mail.gmail.example>"),
], multi("alternative", [text(body, cte="base64", quoted_charset=False),
                         text(html, subtype="html", cte="base64", quoted_charset=False)],
         "0000000000007f3e2d1c0b0a9988"),
    rec("registration", "zahra.ahmadi@mailbox.example", "زهرا احمدی",
        "انجمن فرهنگی ایرانیان مونستر", ["AG3", "AG2"], 1, "fa"))

# 013 question, en: accessibility and language of the workgroups; says "2 of us
# would like to come, probably to the education group" only IF both answers are
# yes -> still a question, not a registration.
body = """\
Hi,

We got your invitation for 13 March via the Brücke newsletter. Two quick questions before we register:

1) Is the Stadtweinhaus wheelchair accessible? One of our board members uses a wheelchair.
2) Will the workgroups be held in German only, or is there some English support?

If both work out, 2 of us would like to come, probably to the education group.

Thanks a lot,
Priya Nair
India Club Münster e.V. - Events
"""
mail("nair-question-accessibility", when(16, 12, 40, 3), [
    ("From", addr("Priya Nair", "priya.nair@indiaclub-ms.example")),
    ("To", OUR),
    ("Subject", "Question re. MSO-Tag on 13 March"),
], text(body, charset="iso-8859-1", cte="quoted-printable"),
    rec("question", "priya.nair@indiaclub-ms.example", "Priya Nair",
        "India Club Münster e.V.", [], None, "en"))

# 014 registration, pl: ISO-8859-2 quoted-printable; with her husband -> 2;
# "grupa robocza nr 2"; role line (treasurer) below the association.
body = """\
Dzień dobry,

chciałabym zgłosić udział w Dniu Organizacji Migranckich 13 marca 2027 r. Przyjdę razem z mężem, Tomaszem Wiśniewskim - czyli będą 2 osoby.
Interesuje nas grupa robocza nr 2 (proces przyszłości Münster).

Pozdrawiam serdecznie
Katarzyna Wiśniewska
Stowarzyszenie Polonia Münster e.V.
skarbnik
"""
mail("wisniewska-polish-with-husband", when(16, 14, 5, 26), [
    ("From", addr("Katarzyna Wiśniewska", "k.wisniewska@polonia-ms.example", "iso-8859-2")),
    ("To", OUR),
    ("Subject", enc_header("Zgłoszenie - MSO-Tag 13.03.", "iso-8859-2")),
], text(body, charset="iso-8859-2"),
    rec("registration", "k.wisniewska@polonia-ms.example", "Katarzyna Wiśniewska",
        "Stowarzyszenie Polonia Münster e.V.", ["AG2"], 2, "pl"))

# 015 registration, de native: Gmail forward chain; her own choice is "Schule" (AG1);
# the forwarded note from her chairman says "AG 3" and the invitation lists all
# AGs -- both quoted, must not count.
body = f"""\
Liebes Team vom MSO-Tag,

unser Vorsitzender hat mir Ihre Einladung weitergeleitet (siehe unten). Ich würde sehr gern teilnehmen, und zwar am liebsten in der Arbeitsgruppe zum Thema Schule – das ist genau unser Thema in der Elterninitiative.

Liebe Grüße
Eleni Papadopoulou
Griechische Elterninitiative Münster

---------- Forwarded message ---------
Von: Nikos Georgiou <n.georgiou@gr-eltern-ms.example>
Date: Mo., 15. Feb. 2027 um 21:03 Uhr
Subject: Fwd: Einladung: Tag der Migrantenselbstorganisationen 2027
To: Eleni Papadopoulou <eleni.papa@mailbox.example>


Hallo Eleni,
ich schaffe es am 13.3. leider nicht. Hast du Lust hinzugehen? Ich hätte mich für die AG 3 angemeldet, wegen der Fördergelder, aber such dir aus, was dich interessiert.
Nikos

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Mo., 8. Feb. 2027 um 10:12 Uhr
Subject: Einladung: Tag der Migrantenselbstorganisationen 2027
To: <n.georgiou@gr-eltern-ms.example>


{INVITATION}
"""
html = ('<div dir="ltr">' + "<br>\n".join(
    l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for l in body.rstrip("\n").split("\n")) + "</div>\n")
mail("papadopoulou-fwd-chain-schule", when(16, 16, 20, 11), [
    ("From", addr("Eleni Papadopoulou", "eleni.papa@mailbox.example")),
    ("To", OUR),
    ("Subject", "Fwd: Fwd: Einladung: Tag der Migrantenselbstorganisationen 2027"),
    ("Message-ID", "<CAHq5d2Yw8kEo1@mail.gmail.example>"),
], multi("alternative", [text(body, quoted_charset=False),
                         text(html, subtype="html", quoted_charset=False)],
         "000000000000c0ffee0123456789"),
    rec("registration", "eleni.papa@mailbox.example", "Eleni Papadopoulou",
        "Griechische Elterninitiative Münster", ["AG1"], 1, "de"))

# 016 cancellation, de learner: mother ill, flying to Kosovo; phone, short.
body = """\
Sehr geehrte Damen und Herren,

leider ich kann am 13.3 nicht teilnehmen weil meine Mutter ist krank und ich muss nach Kosovo fliegen. Bitte streichen Sie meine Anmeldung. Entschuldigung für die Umstände.

MfG
Arben Krasniqi
Albanischer Kulturverein Münster
"""
mail("krasniqi-cancel-learner", when(16, 18, 55, 40), [
    ("From", addr("Arben Krasniqi", "arben.krasniqi@mail.example")),
    ("To", OUR),
    ("Subject", "Absage MSO Tag"),
], text(body, cte="8bit"),
    rec("cancellation", "arben.krasniqi@mail.example", "Arben Krasniqi",
        "Albanischer Kulturverein Münster", [], None, "de"))

# 017 registration, ro: ISO-8859-16 (ș, ț) quoted-printable; AG by topic and number;
# also asks about parking -> still a registration.
body = """\
Bună ziua,

Mă numesc Ioana Popescu și aș dori să mă înscriu la Ziua Organizațiilor de Migranți din 13 martie. Mă interesează grupul de lucru despre finanțare și managementul asociațiilor (grupul 3).

O întrebare: există locuri de parcare lângă Stadtweinhaus sau e mai bine să vin cu trenul?

Mulțumesc frumos,
Ioana Popescu
Asociația Culturală Română din Münster
"""
mail("popescu-romanian-iso8859-16", when(17, 7, 5, 57), [
    ("From", addr("Ioana Popescu", "ioana.popescu@posta.example")),
    ("To", OUR),
    ("Subject", enc_header("Înscriere MSO-Tag 2027", "iso-8859-16")),
], text(body, charset="iso-8859-16"),
    rec("registration", "ioana.popescu@posta.example", "Ioana Popescu",
        "Asociația Culturală Română din Münster", ["AG3"], 1, "ro"))

# 018 registration, de native: managing director registers a colleague who is in Cc
# and asks for the confirmation to go to her; he himself does not attend; Outlook
# multipart/alternative ISO-8859-1.
body = """\
Sehr geehrte Frau Meza Correa-Flock,

ich möchte gern unsere Kollegin Leyla Karimi für den MSO-Tag am 13. März anmelden. Frau Karimi leitet bei uns die Elterncafés und interessiert sich vor allem für die AG 2 (Zukunftsprozess).
Ich selbst kann an dem Samstag leider nicht dabei sein.

Bitte senden Sie die Anmeldebestätigung direkt an Frau Karimi: l.karimi@ifz-muenster.example

Beste Grüße
Thomas Brinkmann
Geschäftsführung

Internationales Familienzentrum Münster e.V.
Tel. 0251 000 000-0 | www.ifz-muenster.example
"""
html = html_page(html_paras(body, "p", " class=MsoNormal"))
mail("brinkmann-registers-colleague", when(17, 8, 30, 14), [
    ("From", addr("Brinkmann, Thomas", "t.brinkmann@ifz-muenster.example")),
    ("To", OUR),
    ("Cc", addr("Karimi, Leyla", "l.karimi@ifz-muenster.example")),
    ("Subject", "Anmeldung Frau Karimi - MSO-Tag"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], multi("alternative", [text(body, charset="iso-8859-1"),
                         text(html, subtype="html", charset="iso-8859-1")],
         "----=_NextPart_000_0A21_01DB70F3.1E7C9B20"),
    rec("registration", "l.karimi@ifz-muenster.example", "Leyla Karimi",
        "Internationales Familienzentrum Münster e.V.", ["AG2"], 1, "de"))

# 019 registration, ku (Kurmanji, Latin script): she and her brother -> 2; "koma
# xebatê ya yekem" (first working group) with German gloss "Bildung".
body = """\
Silav û rêz,

Navê min Rojda Aslan e, ez ji Navenda Çanda Kurdî ya Münsterê me. Ez dixwazim beşdarî Roja Rêxistinên Koçberan (MSO-Tag) a 13ê Adarê bibim. Birayê min Baran jî dê bi min re were, ango em du kes in.
Em dixwazin beşdarî koma xebatê ya yekem bibin (perwerde / Bildung).

Spas ji bo xebata we!
Rojda Aslan
Navenda Çanda Kurdî Münster
"""
mail("aslan-kurmanji-with-brother", when(17, 9, 45, 8), [
    ("From", addr("Rojda Aslan", "rojda.aslan@mailbox.example")),
    ("To", OUR),
    ("Subject", "Tomarkirin / Anmeldung MSO-Tag"),
], text(body, cte="quoted-printable"),
    rec("registration", "rojda.aslan@mailbox.example", "Rojda Aslan",
        "Navenda Çanda Kurdî Münster", ["AG1"], 2, "ku"))

# 020 bounce: our answer to 003 could not be delivered (mailbox over quota);
# Postfix multipart/report with message/delivery-status and text/rfc822-headers.
report = """\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mariam.haidari@post.example>: host mx1.post.example[192.0.2.25] said:
    552 5.2.2 <mariam.haidari@post.example>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
dsn = """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4Q8Zr71Bm2z9v
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Wed, 17 Feb 2027 11:09:58 +0100 (CET)

Final-Recipient: rfc822; mariam.haidari@post.example
Original-Recipient: rfc822;mariam.haidari@post.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.post.example
Diagnostic-Code: smtp; 552 5.2.2 <mariam.haidari@post.example>: Mailbox full,
    quota exceeded
"""
orig = """\
Return-Path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Mariam Haidari <mariam.haidari@post.example>
Subject: Re: Frage Kinderbetreuung
Date: Wed, 17 Feb 2027 11:09:57 +0100
Message-ID: <antwort-0217-0007@muenster.example>
"""
mail("bounce-mailbox-full-postfix", when(17, 11, 10, 1), [
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
    ("To", OUR),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Auto-Submitted", "auto-replied"),
    ("Message-ID", "<20270217101001.4Q8Zr71Bm2z9v@mail.muenster.example>"),
], multi("report", [
    Part([("Content-Description", "Notification"),
          ("Content-Type", "text/plain; charset=us-ascii")],
         report.replace("\n", "\r\n").encode("ascii")),
    Part([("Content-Description", "Delivery report"),
          ("Content-Type", "message/delivery-status")],
         dsn.replace("\n", "\r\n").encode("ascii")),
    Part([("Content-Description", "Undelivered Message Headers"),
          ("Content-Type", "text/rfc822-headers")],
         orig.replace("\n", "\r\n").encode("ascii")),
], "4Q8Zr71Bm2z9v.1802916601/mail.muenster.example", params="; report-type=delivery-status",
    preamble="This is a MIME-encapsulated message."),
    rec("bounce", bounced_recipient="mariam.haidari@post.example"))

# 021 registration, ti (Tigrinya, Ge'ez script): base64 UTF-8, German subject,
# "ጉጅለ ስራሕ 1 (ትምህርቲ)" = working group 1 (education); association name in German.
body = """\
ሰላም ክቡራት ክቡራን፣

ስመይ ሳባ ገብረሚካኤል እዩ። ኣብ 13 መጋቢት ኣብ ዝካየድ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ክሳተፍ እደሊ እየ።
ኣብ ጉጅለ ስራሕ 1 (ትምህርቲ) ክሳተፍ ደስ ይብለኒ።

የቐንየለይ
ሳባ ገብረሚካኤል
Eritreischer Frauenverein Münster e.V.
"""
mail("gebremichael-tigrinya", when(17, 12, 25, 36), [
    ("From", addr("Saba G.", "saba.gm@mailbox.example")),
    ("To", OUR),
    ("Subject", "Anmeldung MSO-Tag 13.03."),
], text(body, cte="base64"),
    rec("registration", "saba.gm@mailbox.example", "ሳባ ገብረሚካኤል",
        "Eritreischer Frauenverein Münster e.V.", ["AG1"], 1, "ti"))

# 022 change, en: Gmail top-posted reply to our confirmation (quoted AG 2); moves
# from "group 2" (old, named in the new text) to AG 1 and adds a colleague -> 2.
conf = confirmation("James Mensah", "Ghana Union Münster", "AG2", 1)
body = f"""\
Hello,

Could you please move me from group 2 to the education group (AG 1)? After talking with our board we think that fits better. Also, my colleague Abena Owusu will come with me, so please put us down as 2 people.

Thanks,
James Mensah
Ghana Union Münster

On Thu, 11 Feb 2027 at 18:20, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:

{quote(conf)}
"""
html = ('<div dir="ltr">' + "<br>".join(body.split("\n\nOn Thu")[0].split("\n"))
        + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 11 Feb 2027 at 18:20, '
        'Tag der Migrantenselbstorganisationen &lt;<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "<br>".join(conf.split("\n")) + "</blockquote></div>\n")
mail("mensah-change-group-and-size", when(17, 13, 50, 12), [
    ("From", addr("James Mensah", "james.mensah@ghana-union-ms.example")),
    ("To", OUR_FROM),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<bestaetigung-0211-0057@muenster.example>"),
    ("References", "<bestaetigung-0211-0057@muenster.example>"),
    ("Message-ID", "<CAN7vT3xP9jZ@mail.gmail.example>"),
], multi("alternative", [text(body, quoted_charset=False),
                         text(html, subtype="html", quoted_charset=False)],
         "00000000000055aa66bb77cc88dd"),
    rec("change", "james.mensah@ghana-union-ms.example", "James Mensah",
        "Ghana Union Münster", ["AG1"], 2, "en"))

# 023 registration, de native: HTML-only web mail (div/nbsp soup), two persons
# (he and the imam), "AG Zukunftsprozess, ersatzweise AG Bildung".
html = html_page("""\
<div style="font-family: Verdana; font-size: 12px;">
<div>Sehr geehrte Damen und Herren,</div>
<div>&nbsp;</div>
<div>wir m&ouml;chten uns f&uuml;r den Tag der MSO am 13.03.2027 anmelden. Wir kommen zu zweit: ich und unser Imam, Herr Ömer Koç.</div>
<div>&nbsp;</div>
<div>Wunsch: AG Zukunftsprozess, ersatzweise AG Bildung.</div>
<div>&nbsp;</div>
<div>Mit freundlichen Grüßen</div>
<div>&nbsp;</div>
<div>Hasan Çelik</div>
<div>Vorstandsmitglied</div>
<div>Islamische Gemeinde Münster-Kinderhaus e.V.</div>
</div>""")
mail("celik-webmail-html-only", when(17, 15, 30, 49), [
    ("From", addr("Hasan Celik", "hasan.celik@webpost.example")),
    ("To", OUR),
    ("Subject", "Anmeldung Tag der MSO"),
    ("X-Mailer", "Webmail Client 7.3"),
], text(html, subtype="html"),
    rec("registration", "hasan.celik@webpost.example", "Hasan Çelik",
        "Islamische Gemeinde Münster-Kinderhaus e.V.", ["AG2", "AG1"], 2, "de"))

# 024 question, fr: ISO-8859-1 8bit; asks about cost, lunch, language before
# registering ("Avant de nous inscrire").
body = """\
Bonjour Madame,

Je suis membre de l'Association des Guinéens de Münster et nous avons reçu votre invitation pour le 13 mars. Avant de nous inscrire, j'ai quelques questions :

- La participation est-elle gratuite ?
- Est-ce qu'il y aura un repas à midi ?
- Les ateliers se déroulent-ils uniquement en allemand ? Certains de nos membres parlent mieux français.

Merci d'avance pour votre réponse.

Bien cordialement,
Aminata Diallo
"""
mail("diallo-french-questions", when(17, 17, 0, 21), [
    ("From", addr("Aminata Diallo", "aminata.diallo@courriel.example")),
    ("To", OUR),
    ("Subject", enc_header("Questions sur la journée du 13 mars", "iso-8859-1")),
], text(body, charset="iso-8859-1", cte="8bit"),
    rec("question", "aminata.diallo@courriel.example", "Aminata Diallo",
        "Association des Guinéens de Münster", [], None, "fr"))

# 025 registration, ar: windows-1256 8bit, Western digits ("المجموعة 2"), name in
# the text in Arabic script but signature in Latin script; association in Latin.
body = """\
مرحبا،

اسمي رانيا حداد وأنا عضوة في الهيئة الإدارية للجمعية. أرغب في التسجيل ليوم 13 مارس.
أريد المشاركة في المجموعة 2 (مستقبل مدينة مونستر).

شكرا جزيلا
Rania Haddad
Irakischer Frauenverein Münster
"""
mail("haddad-arabic-cp1256", when(17, 19, 40, 6), [
    ("From", addr("Rania Haddad", "rania.haddad@post.example")),
    ("To", OUR),
    ("Subject", enc_header("تسجيل", "windows-1256")),
], text(body, charset="windows-1256", cte="8bit"),
    rec("registration", "rania.haddad@post.example", "Rania Haddad",
        "Irakischer Frauenverein Münster", ["AG2"], 1, "ar"))

# 026 cancellation, tr: ISO-8859-9 QP; cancels last week's registration, may send
# someone else later (not a registration of anyone now).
body = """\
Sayın yetkili,

geçen hafta 13 Mart'taki MSO-Tag için kayıt yaptırmıştım (Kadın Dayanışma Derneği Münster). Maalesef o cumartesi işten izin alamadım, bu yüzden katılamayacağım. Kaydımı iptal edebilir misiniz? Yerime dernekten başka biri gelebilirse ayrıca yazarım.

Anlayışınız için teşekkürler, iyi çalışmalar
Zeynep Arslan
"""
mail("arslan-turkish-cancel", when(18, 7, 20, 31), [
    ("From", addr("Zeynep Arslan", "zeynep.arslan@posta.example")),
    ("To", OUR),
    ("Subject", enc_header("Kayıt iptali - MSO-Tag", "iso-8859-9")),
], text(body, charset="iso-8859-9"),
    rec("cancellation", "zeynep.arslan@posta.example", "Zeynep Arslan",
        "Kadın Dayanışma Derneği Münster", [], None, "tr"))

# 027 registration, de native: one-liner from a phone, organisation in brackets
# after the name, "Gesendet von meinem Galaxy".
body = """\
Hallo zusammen, hiermit melde ich mich verbindlich für den 13.3. an, AG 2 bitte. LG Sabine Kruse (Stadtteilbüro Coerde)



Gesendet von meinem Galaxy
"""
mail("kruse-one-liner-galaxy", when(18, 8, 45, 2), [
    ("From", addr("Sabine Kruse", "sabine.kruse@stadtteil-coerde.example")),
    ("To", OUR),
    ("Subject", "MSO Tag"),
], text(body, cte="quoted-printable", quoted_charset=False),
    rec("registration", "sabine.kruse@stadtteil-coerde.example", "Sabine Kruse",
        "Stadtteilbüro Coerde", ["AG2"], 1, "de"))

# 028 other: umbrella network newsletter (List-Unsubscribe, Precedence: bulk) that
# advertises this very event ("Anmeldung bis 6.3.") and another funding event.
body = """\
NETZWERK MSO NRW - Newsletter 02/2027
=====================================

Liebe Mitglieder, liebe Interessierte,

hier unsere Termine und Hinweise für den Frühling.

TERMINE
-------
13.03.2027 | Münster
Tag der Migrantenselbstorganisationen mit drei Arbeitsgruppen (Bildung, Zukunftsprozess,
Förderung/Vereinsmanagement). Anmeldung bis 6.3. direkt bei der Stadt Münster.

20.03.2027 | Dortmund
Fachtag "Fördermittel für MSO - Anträge richtig stellen". Jetzt anmelden:
https://www.netzwerk-mso-nrw.example/fachtag

NEU: Landesprogramm "Vielfalt vor Ort"
Bis zum 30.04. können Vereine Mittel für Ehrenamtsprojekte beantragen. Details im Mitgliederbereich.

Herzliche Grüße
Ihr Team vom Netzwerk MSO NRW

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.netzwerk-mso-nrw.example/newsletter/abmelden?id=8842
"""
html = html_page('<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial">\n'
                 + html_paras(body, "p", ' style="margin:0"') + "\n</td></tr></table>")
mail("newsletter-netzwerk-mso-nrw", when(18, 10, 0, 0), [
    ("From", addr("Netzwerk MSO NRW", "newsletter@netzwerk-mso-nrw.example")),
    ("To", OUR),
    ("Subject", enc_header("Newsletter 02/2027: Termine im März – Fachtag Fördermittel")),
    ("List-Unsubscribe", "<https://www.netzwerk-mso-nrw.example/newsletter/abmelden?id=8842>"),
    ("List-Id", "Netzwerk MSO NRW Newsletter <newsletter.netzwerk-mso-nrw.example>"),
    ("Precedence", "bulk"),
    ("X-Mailer", "Newsletter2Go Mailer"),
], multi("alternative", [text(body), text(html, subtype="html")], "=_nl_8842_2027_02"),
    rec("other"))

# 029 registration, pl: sent from the school's office mailbox, Reply-To is his
# private address and the text says so; AG 1 first, AG 3 second; UTF-8 8bit.
body = """\
Szanowni Państwo,

piszę z konta sekretariatu naszej szkoły, ale proszę o odpowiedź na mój prywatny adres (p.zielinski@poczta.example).

Chciałbym wziąć udział w MSO-Tag 13 marca. Jako nauczyciel w szkole sobotniej najbardziej interesuje mnie grupa 1 (edukacja), a jako druga opcja grupa 3.

Z poważaniem
Piotr Zieliński
Polska Szkoła Sobotnia w Münster
(nauczyciel, członek zarządu)
"""
mail("zielinski-polish-reply-to", when(18, 11, 35, 50), [
    ("From", addr("Polska Szkoła Sobotnia", "sekretariat@szkola-sobotnia-ms.example")),
    ("Reply-To", addr("Piotr Zieliński", "p.zielinski@poczta.example")),
    ("To", OUR),
    ("Subject", enc_header("Zgłoszenie na MSO-Tag")),
], text(body, cte="8bit"),
    rec("registration", "p.zielinski@poczta.example", "Piotr Zieliński",
        "Polska Szkoła Sobotnia w Münster", ["AG1", "AG3"], 1, "pl"))

# 030 change, ru: windows-1251 QP; same workgroup, party grows to three -> change
# with workgroups [] and party_size 3.
body = """\
Добрый день,

я регистрировался на прошлой неделе (Дмитрий Волков, Deutsch-Russischer Kulturverein «Raduga»). Рабочая группа та же, но теперь нас будет трое – со мной придут ещё два члена нашего правления. Имена пришлю позже, если нужно.

Спасибо!
Д. Волков
"""
mail("volkov-russian-change-size", when(18, 13, 10, 27), [
    ("From", addr("Dmitrij Volkov", "d.volkov@raduga-ms.example")),
    ("To", OUR),
    ("Subject", enc_header("Изменение регистрации MSO-Tag", "windows-1251")),
], text(body, charset="windows-1251"),
    rec("change", "d.volkov@raduga-ms.example", "Дмитрий Волков",
        "Deutsch-Russischer Kulturverein «Raduga»", [], 3, "ru"))

# 031 registration, de learner: plain us-ascii (writes "fur"), he and his wife -> 2,
# "Arbeitsgruppe Förderung und Vereinsmanagement" spelled "Forderung".
body = """\
Guten Tag,

Ich bin Abdullahi Hassan, ich bin aktiv in Somalischer Verein Muenster e.V. (Kassierer). Ich und meine Frau Hodan wir wollen kommen zu MSO Tag 13.03.2027. Wir mochten gern in Arbeitsgruppe Forderung und Vereinsmanagement weil wir brauchen Hilfe mit Antrag fur Geld.

Vielen Dank
Abdullahi Hassan
"""
mail("hassan-ascii-learner-with-wife", when(18, 15, 0, 13), [
    ("From", addr("abdullahi hassan", "abdullahi.hassan@mailbox.example")),
    ("To", OUR),
    ("Subject", "anmeldung MSO Tag"),
], text(body, charset="us-ascii", cte="7bit", quoted_charset=False),
    rec("registration", "abdullahi.hassan@mailbox.example", "Abdullahi Hassan",
        "Somalischer Verein Muenster e.V.", ["AG3"], 2, "de"))

# 032 other: mail meant for another office (funding department): a project's
# Verwendungsnachweis with PDF attachment, full of "Förderung" words; no MSO-Tag.
body = """\
Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen fristgerecht den Verwendungsnachweis für die Förderung unseres Projekts "Sprachcafé 2026" (Bescheid vom 12.04.2026, Az. 50.2-117/26).

Die Belege liegen im Original in unserer Geschäftsstelle vor und können jederzeit eingesehen werden. Bitte bestätigen Sie uns kurz den Eingang.

Mit freundlichen Grüßen
Kwame Asante
Kassenwart
Afrika Kulturforum Münster e.V.
"""
pdf = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
       b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
       b"% Verwendungsnachweis Sprachcafe 2026 (placeholder)\n"
       b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
mail("asante-misdirected-verwendungsnachweis", when(18, 16, 40, 55), [
    ("From", addr("Afrika Kulturforum Münster", "kasse@afrika-kulturforum.example")),
    ("To", OUR),
    ("Subject", enc_header("Verwendungsnachweis Projekt Sprachcafé 2026 - Az. 50.2-117/26")),
], multi("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                   binary(pdf, "application/pdf", "Verwendungsnachweis_Sprachcafe_2026.pdf")],
         "=_mixed_afk_0218"),
    rec("other"))

# 033 registration, fa: a family of three without an association (organisation
# null), "کارگروه آموزش" (education), Persian digit in the son's age; plain 8bit.
body = """\
سلام
من رضا محمدی هستم. با همسرم و پسرم (۱۷ ساله) می‌خواهیم روز ۱۳ مارس بیاییم، یعنی سه نفر.
ما عضو هیچ انجمنی نیستیم ولی به موضوع آموزش و مدرسه خیلی علاقه داریم، پس کارگروه آموزش لطفاً.

ممنون
رضا محمدی

ارسال شده از تلفن همراه
"""
mail("mohammadi-farsi-family-no-org", when(19, 8, 5, 3), [
    ("From", addr("Reza M.", "reza.mohammadi@post.example")),
    ("To", OUR),
    ("Subject", enc_header("ثبت نام سه نفر")),
], text(body, cte="8bit"),
    rec("registration", "reza.mohammadi@post.example", "رضا محمدی", None, ["AG1"], 3, "fa"))

# 034 change, ro: same writer as 017, top-posted reply to our confirmation (quoted
# AG 3); new choice "grupul 1"; the old "grupul 3" is named in the new text too.
conf = confirmation("Ioana Popescu", "Asociația Culturală Română din Münster", "AG3", 1)
body = f"""\
Bună ziua din nou,

m-am gândit mai bine: aș vrea să trec în grupul 1 (educație) în loc de grupul 3, pentru că lucrez și ca mediatoare școlară. Dacă se poate, bineînțeles.

Mulțumesc!
Ioana

Am 17.02.2027 um 07:06 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
{quote(conf)}
"""
mail("popescu-change-to-group-1", when(19, 9, 30, 38), [
    ("From", addr("Ioana Popescu", "ioana.popescu@posta.example")),
    ("To", OUR_FROM),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<bestaetigung-0217-0003@muenster.example>"),
], text(body, cte="quoted-printable", flowed=True),
    rec("change", "ioana.popescu@posta.example", "Ioana Popescu",
        "Asociația Culturală Română din Münster", ["AG1"], None, "ro"))

# 035 auto_reply: ticket system receipt, bilingual de/en, WITHOUT Auto-Submitted or
# Precedence headers -- only the text and the [Ticket#] subject show it.
body = """\
Dies ist eine automatisch generierte Nachricht.

Vielen Dank für Ihre Anfrage. Sie ist bei uns eingegangen und wird unter der
Ticketnummer 2027021910000417 bearbeitet. Bitte geben Sie diese Nummer bei
Rückfragen im Betreff an. Wir melden uns innerhalb von drei Werktagen.

---

This is an automatically generated message.

Thank you for your request. It has been received and will be processed under
ticket number 2027021910000417. Please keep this number in the subject line
of any reply.

Internationales Zentrum "Die Brücke" - Service
"""
mail("bruecke-ticket-receipt-no-headers", when(19, 10, 12, 44), [
    ("From", addr("Die Brücke Service", "service@bruecke-ms.example")),
    ("To", OUR),
    ("Subject", enc_header("[Ticket#2027021910000417] Eingangsbestätigung / Confirmation of receipt: AW: MSO-Tag Raumplanung")),
], text(body, quoted_charset=False),
    rec("auto_reply"))

# 036 registration, de native: long, warm mail; mentions the 2018 funding workshop
# he attended (past) before choosing "Arbeitsgruppe II" for this year; alone.
body = """\
Sehr geehrte Frau Meza Correa-Flock,

ich hoffe, es geht Ihnen gut. Ich war schon 2018 beim MSO-Tag dabei, damals im Workshop zu den finanziellen Förderungsmöglichkeiten, und habe sehr viel mitgenommen - wir haben danach tatsächlich unseren ersten Projektantrag gestellt und bewilligt bekommen. Dafür noch einmal herzlichen Dank.

In diesem Jahr möchte ich mich gern wieder anmelden. Diesmal interessiert mich besonders die Arbeitsgruppe II zum Zukunftsprozess, weil sich viele unserer älteren Mitglieder fragen, welchen Platz sie in der Stadt von morgen haben. Viele sind in den 80er Jahren als Vertragsarbeiter oder als „Boat People“ gekommen und leben seit über 40 Jahren in Münster.

Ich komme allein; unsere Jugendgruppe hat an dem Tag ein Tischtennisturnier, da werden die anderen gebraucht.

Mit herzlichen Grüßen aus Hiltrup
Nguyen Van Minh
Vorsitzender
Vietnamesisch-Deutscher Verein Münster e.V.
"""
mail("nguyen-long-past-workshop", when(19, 13, 30, 16), [
    ("From", addr("Nguyen Van Minh", "vdv.muenster@post.example")),
    ("To", OUR),
    ("Subject", "Anmeldung zum MSO-Tag 2027"),
], text(body, charset="windows-1252", cte="8bit"),
    rec("registration", "vdv.muenster@post.example", "Nguyen Van Minh",
        "Vietnamesisch-Deutscher Verein Münster e.V.", ["AG2"], 1, "de"))

# 037 cancellation, de native: couple withdraws after a bereavement; Apple Mail
# multipart/alternative, format=flowed plain part.
body = """\
Liebe Frau Meza Correa-Flock,

mein Mann Cem und ich hatten uns letzte Woche für den MSO-Tag angemeldet (Elternverein Gievenbeck). Leider müssen wir unsere Anmeldung zurückziehen – wir haben einen Trauerfall in der Familie und fliegen nächste Woche nach Izmir.

Wir hoffen, beim nächsten Mal dabei sein zu können.

Herzliche Grüße
Semra Öztürk
"""
html = html_page("<div>" + "</div>\n<div>".join(
    l if l else "<br>" for l in body.rstrip("\n").split("\n")) + "</div>")
mail("oeztuerk-cancel-apple-mail", when(19, 15, 10, 2), [
    ("From", addr("Semra Öztürk", "semra.oeztuerk@mailbox.example")),
    ("To", OUR),
    ("Subject", enc_header("Absage Anmeldung MSO-Tag – Öztürk")),
    ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
], multi("alternative", [text(body, flowed=True, quoted_charset=False),
                         text(html, subtype="html", quoted_charset=False)],
         "Apple-Mail=_5E1C2F0A-8D3B-4C6E-9A71-2B4D6F8E0A13"),
    rec("cancellation", "semra.oeztuerk@mailbox.example", "Semra Öztürk",
        "Elternverein Gievenbeck", [], None, "de"))

# 038 registration, fr: delegation of three named in the text, "l'atelier 3" with
# "l'atelier 2" as second choice; UTF-8 QP, sent from an iPad on Saturday.
body = """\
Bonjour,

Suite à votre invitation, la Communauté Congolaise de Münster souhaite participer au MSO-Tag du 13 mars. Nous serons trois : moi-même, Mme Grâce Ilunga et M. Patrick Kabongo.
Nous choisissons l'atelier 3 (financement et gestion associative) ; en deuxième choix l'atelier 2.

Fraternellement,
Jean-Baptiste Mukendi
Secrétaire
Communauté Congolaise de Münster e.V.

Envoyé de mon iPad
"""
mail("mukendi-french-delegation", when(20, 10, 20, 37), [
    ("From", addr("Jean-Baptiste Mukendi", "jb.mukendi@courriel.example")),
    ("To", OUR),
    ("Subject", enc_header("Inscription MSO-Tag – Communauté Congolaise")),
], text(body),
    rec("registration", "jb.mukendi@courriel.example", "Jean-Baptiste Mukendi",
        "Communauté Congolaise de Münster e.V.", ["AG3", "AG2"], 3, "fr"))

# 039 question, de native: can one register after 6 March? Mentions that AG 3
# would interest him IF he is off duty -- not yet a registration.
body = """\
Hallo,

kurze Frage: Geht eine Anmeldung auch noch nach dem 6. März? Ich arbeite im Schichtdienst und bekomme meinen Dienstplan für März erst in zwei Wochen. Wenn ich frei habe, würde ich gern kommen (AG 3 fände ich spannend), aber ich will niemandem den Platz wegnehmen.

Gruß
Murat Kaplan
Türkischer Sport- und Kulturverein Münster-Süd
"""
mail("kaplan-question-late-registration", when(20, 21, 45, 9), [
    ("From", addr("Murat Kaplan", "murat.kaplan@post.example")),
    ("To", OUR),
    ("Subject", enc_header("Anmeldung nach Frist möglich?", "iso-8859-15")),
], text(body, charset="iso-8859-15", cte="8bit"),
    rec("question", "murat.kaplan@post.example", "Murat Kaplan",
        "Türkischer Sport- und Kulturverein Münster-Süd", [], None, "de"))

# 040 registration, de learner: Sunday evening; she and a colleague -> 2; "AG 1 oder
# AG 2, ist egal für uns" -> both, in the order named; organisation with a name
# in quotation marks.
body = """\
Guten Abend,

ich möchte mich anmelden zu dem Tag der Migrantenselbstorganisationen am 13.03. Ich bin Tetiana Kovalenko, von Ukrainischer Verein "Kalyna" Münster e.V. Mit mir kommt meine Kollegin Olena Bondar, also wir sind 2 Personen.
Arbeitsgruppe: AG 1 oder AG 2, ist egal für uns.

Vielen Dank und schöne Woche!
Mit freundlichen Grüßen
Tetiana Kovalenko
"""
mail("kovalenko-learner-either-ag", when(21, 18, 30, 0), [
    ("From", addr("Tetiana Kovalenko", "t.kovalenko@kalyna-ms.example")),
    ("To", OUR),
    ("Subject", "Anmeldung zum MSO-Tag"),
], text(body, charset="utf-8", cte="8bit"),
    rec("registration", "t.kovalenko@kalyna-ms.example", "Tetiana Kovalenko",
        'Ukrainischer Verein "Kalyna" Münster e.V.', ["AG1", "AG2"], 2, "de"))


# ---------------------------------------------------------------------------
# validation, writing, checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def validate():
    problems = []
    last = None
    for name, data, exp in MAILS:
        where = name
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            problems.append(f"{where}: line ends not CRLF")
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                problems.append(f"{where}: line over 998 octets")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts = []
        for k in msg.keys():
            h = msg[k]
            if getattr(h, "defects", None):
                problems.append(f"{where}: header {k} defects {h.defects}")
            texts.append(str(h))
        for part in msg.walk():
            if part.defects:
                problems.append(f"{where}: defects {part.defects}")
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if payload is None:
                continue
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    t = payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{where}: part does not decode in {cs}: {e}")
                    continue
                texts.append(t)
                # re-parse the decoded text to be sure the content API agrees
                if part.get_content() != t.replace("\r\n", "\n") and part.get_content() != t:
                    problems.append(f"{where}: get_content differs")
        d = parsedate_to_datetime(msg["Date"])
        if last is not None and d <= last:
            problems.append(f"{where}: Date does not rise")
        last = d
        blob = "\n".join(texts)
        for host in ADDR_RE.findall(blob) + URL_RE.findall(blob):
            if not example_host(host):
                problems.append(f"{where}: non-example host {host}")
        # expected record
        if set(exp) != set(KEYS):
            problems.append(f"{where}: record keys {sorted(exp)}")
        k = exp["kind"]
        if k not in KINDS:
            problems.append(f"{where}: bad kind {k}")
        if not isinstance(exp["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in exp["workgroups"]):
            problems.append(f"{where}: bad workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(exp[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) or exp["workgroups"]:
                problems.append(f"{where}: machine/other record carries person fields")
        else:
            if not exp["email"] or not example_host(exp["email"].split("@")[1]) or exp["email"] != exp["email"].lower():
                problems.append(f"{where}: bad email")
            if exp["email"] not in blob.lower():
                problems.append(f"{where}: expected email not in mail")
            if not exp["language"]:
                problems.append(f"{where}: language missing")
        if k == "registration" and not (isinstance(exp["party_size"], int) and exp["party_size"] >= 1):
            problems.append(f"{where}: registration needs party_size")
        if k in ("cancellation", "question") and exp["party_size"] is not None:
            problems.append(f"{where}: party_size must be null")
        if k == "bounce":
            br = exp["bounced_recipient"]
            if not br or br != br.lower() or br not in blob.lower():
                problems.append(f"{where}: bad bounced_recipient")
        elif exp["bounced_recipient"] is not None:
            problems.append(f"{where}: bounced_recipient must be null")
        if k not in ("auto_reply", "bounce", "other") and exp["name"]:
            if exp["name"] not in blob:
                problems.append(f"{where}: expected name not in mail")
    return problems


def expected_json():
    return json.dumps({n: e for n, _, e in MAILS}, ensure_ascii=False, indent=1) + "\n"


def stats():
    kinds = Counter(e["kind"] for _, _, e in MAILS)
    langs = Counter(e["language"] for _, _, e in MAILS if e["language"])
    print(f"mails: {len(MAILS)}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    problems = validate()
    if problems:
        for p in problems:
            print("INVALID: " + p, file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats()
        return 0
    if "--check" in argv:
        bad = []
        want = {n: d for n, d, _ in MAILS}
        have = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        bad += [f"missing {n}" for n in sorted(set(want) - have)]
        bad += [f"extra {n}" for n in sorted(have - set(want))]
        for n in sorted(set(want) & have):
            if (mails_dir / n).read_bytes() != want[n]:
                bad.append(f"differs {n}")
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != expected_json():
            bad.append("differs expected.json")
        for b in bad:
            print(b, file=sys.stderr)
        print("check: " + ("FAILED" if bad else "ok"))
        return 1 if bad else 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        p.unlink()
    for n, d, _ in MAILS:
        (mails_dir / n).write_bytes(d)
    (HERE / "expected.json").write_text(expected_json(), encoding="utf-8")
    print(f"wrote {len(MAILS)} mails and expected.json; validation ok")
    stats()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
