#!/usr/bin/env python3
"""Evaluation mail set "final7f": Nachbarschaftskonferenz Münster-Süd 2027.

50 mails to nachbarschaft@muenster.example about a neighbourhood conference with
five tables (wohnen, verkehr, gruen, jugend, senioren).  Every mail text is in
this file; a comment line above each mail says what it tests.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ (writes nothing)
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILDIR = HERE / "mails"
EXPECTED = HERE / "expected.json"
CONFIG = HERE / "config.toml"
OURS = "nachbarschaft@muenster.example"
OURS_NAMED = "Nachbarschaftskonferenz =?utf-8?q?M=C3=BCnster-S=C3=BCd?= <nachbarschaft@muenster.example>"
CRLF = b"\r\n"

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


class Part:
    """A MIME entity: header (name, value) pairs plus a body already in CRLF form."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def _crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_body(text: str, charset: str, cte: str) -> bytes:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)          # strict: fails on characters the charset lacks
    if cte == "7bit":
        raw.decode("ascii")
        out = raw
    elif cte == "8bit":
        out = raw
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    return _crlf(out)


def text(s, charset="utf-8", cte="8bit", subtype="plain", ctparams="", quoted_charset=True):
    cs = f'"{charset}"' if quoted_charset else charset
    return Part([("Content-Type", f"text/{subtype}; charset={cs}{ctparams}"),
                 ("Content-Transfer-Encoding", cte)],
                encode_body(s, charset, cte))


def binary(data: bytes, ctype, filename=None, disposition="attachment", cid=None):
    headers = [("Content-Type", f'{ctype}; name="{filename}"' if filename else ctype)]
    if filename:
        headers.append(("Content-Disposition", f'{disposition}; filename="{filename}"'))
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    headers.append(("Content-Transfer-Encoding", "base64"))
    return Part(headers, _crlf(base64.encodebytes(data)))


def raw_part(headers, body_text):
    """A part whose body is given verbatim (ASCII), e.g. message/delivery-status."""
    body = body_text.encode("ascii")
    return Part(headers, _crlf(body if body.endswith(b"\n") else body + b"\n"))


def multi(subtype, parts, boundary, preamble=None, params=""):
    out = b""
    if preamble:
        out += _crlf(preamble.encode("ascii") + b"\n")
    for p in parts:
        out += b"--" + boundary.encode() + CRLF + render_headers(p.headers) + CRLF + p.body
        if not p.body.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode() + b"--" + CRLF
    return Part([("Content-Type", f'multipart/{subtype};{params} boundary="{boundary}"')], out)


def render_headers(headers):
    out = b""
    for name, value in headers:
        line = f"{name}: {value}"
        out += line.encode("ascii").replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + CRLF
    return out


def hdr(s, charset="utf-8", name="Subject"):
    """An unstructured header value, RFC 2047-encoded when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode(linesep="\r\n")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(13) + chr(10))} <{address}>"


def date(stamp, offset="+0200"):
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:])))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def message(headers, part, mime=True):
    hs = list(headers)
    if mime:
        hs.append(("MIME-Version", "1.0"))
        hs += part.headers
    return render_headers(hs) + CRLF + part.body


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in s.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# expectations
# ---------------------------------------------------------------------------

def reg(email_, name, org, wgs, party, lang):
    return dict(kind="registration", email=email_, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang, bounced_recipient=None)


def chg(email_, name, org, wgs, party, lang):
    return dict(kind="change", email=email_, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang, bounced_recipient=None)


def person(kind, email_, name, org, lang):
    return dict(kind=kind, email=email_, name=name, organisation=org,
                workgroups=[], party_size=None, language=lang, bounced_recipient=None)


def machine(kind, bounced=None):
    return dict(kind=kind, email=None, name=None, organisation=None,
                workgroups=[], party_size=None, language=None, bounced_recipient=bounced)


MAILS = []


def add(slug, expected, raw):
    MAILS.append((f"{len(MAILS) + 1:03d}-{slug}.eml", raw, expected))


# ---------------------------------------------------------------------------
# texts from our side that people quote
# ---------------------------------------------------------------------------

INVITE_ID = "<einladung-2027-03-15.0001@muenster.example>"
INVITE_SUBJECT = "Einladung: Nachbarschaftskonferenz Münster-Süd 2027 am 22. Mai"
INVITATION = """\
Liebe Nachbarinnen und Nachbarn,
liebe Initiativen, Vereine und Gemeinden in Münster-Süd,

wir laden Sie herzlich ein zur

  Nachbarschaftskonferenz Münster-Süd 2027
  Samstag, 22. Mai 2027, 10.00 bis 16.30 Uhr
  Aula der Südpark-Schule, Am Südpark 12, 48153 Münster

Nach einem kurzen Auftakt arbeiten wir an fünf Tischen:

  Tisch Wohnen    - Bezahlbar wohnen im Quartier
  Tisch Verkehr   - Sicher unterwegs: Bus, Rad und Schulwege
  Tisch Grün      - Grünflächen, Parks und Spielplätze im Stadtteil
  Tisch Jugend    - Treffpunkte und Angebote für Jugendliche
  Tisch Senioren  - Gut älter werden in Münster-Süd

Am Nachmittag stellen die Tische ihre Ergebnisse vor. Für Essen,
Getränke und Kinderbetreuung ist gesorgt.

Bitte melden Sie sich bis Freitag, 14. Mai 2027, per E-Mail an:
nachbarschaft@muenster.example

Schreiben Sie uns bitte Ihren Namen, ggf. Ihre Initiative, Ihren
Verein oder Ihre Gemeinde, an welchem Tisch Sie mitreden möchten
(gern mit 1. und 2. Wahl) und mit wie vielen Personen Sie kommen.

Mit freundlichen Grüßen
Stadt Münster
Büro für Bürgerbeteiligung
Team Nachbarschaftskonferenz
"""

TABLES = {
    "wohnen": ("Tisch Wohnen", "Bezahlbar wohnen im Quartier"),
    "verkehr": ("Tisch Verkehr", "Sicher unterwegs: Bus, Rad und Schulwege"),
    "gruen": ("Tisch Grün", "Grünflächen, Parks und Spielplätze im Stadtteil"),
    "jugend": ("Tisch Jugend", "Treffpunkte und Angebote für Jugendliche"),
    "senioren": ("Tisch Senioren", "Gut älter werden in Münster-Süd"),
}


def confirmation(greeting, wgs, persons):
    label, title = TABLES[wgs[0]]
    lines = f"  Tisch: {label} ({title})\n"
    if len(wgs) > 1:
        label2, _ = TABLES[wgs[1]]
        lines += f"  2. Wahl: {label2}\n"
    return f"""\
{greeting},

vielen Dank für Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027
am Samstag, 22. Mai 2027, 10.00 Uhr, Aula der Südpark-Schule.

Wir haben Sie eingetragen:
{lines}  Personen: {persons}

Wenn sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Ihr Team Nachbarschaftskonferenz
Stadt Münster - Büro für Bürgerbeteiligung
"""


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

US = addr("Nachbarschaftskonferenz Münster-Süd", OURS)

# 001: the plainest case - a neighbour, Thunderbird, UTF-8 8bit format=flowed, table by its label, alone.
add("brockhoff-senioren-allein", reg("g.brockhoff@t-online.example", "Gisela Brockhoff", None, ["senioren"], 1, "de"),
    message([
        ("Message-ID", "<3f1c2a9e-77b1-4a0e-9d1e-5b0c2f6a1d01@t-online.example>"),
        ("Date", date("2027-03-16 08:12:40", "+0100")),
        ("From", addr("Gisela Brockhoff", "g.brockhoff@t-online.example")),
        ("To", OURS),
        ("Subject", "Anmeldung Nachbarschaftskonferenz"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
        ("Content-Language", "de-DE"),
    ], text("""\
Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Nachbarschaftskonferenz am 22. Mai an.
Ich wohne seit über 40 Jahren am Kiebitzpohl und würde gern am Tisch
Senioren mitmachen, weil ich mich um meine Nachbarin kümmere und sehe,
was alles fehlt.

Ich komme allein.

Mit freundlichen Grüßen
Gisela Brockhoff
""", "utf-8", "8bit", ctparams="; format=flowed", quoted_charset=False)))

# 002: Turkish, windows-1254 quoted-printable; "ben ve iki arkadaşım" = 3; youth first, rent/housing second; name from signature (From has "M. Yildiz").
add("yildiz-gencler-kira", reg("m.yildiz@tigms.example", "Mehmet Yıldız", "Türkisch-Islamische Gemeinde Münster-Süd e.V.", ["jugend", "wohnen"], 3, "tr"),
    message([
        ("Message-ID", "<000a01db7f2c$5e1a7b20$1a4f7160$@tigms.example>"),
        ("Date", date("2027-03-16 21:40:03", "+0100")),
        ("From", addr("M. Yildiz", "m.yildiz@tigms.example")),
        ("To", OURS),
        ("Subject", hdr("Komşuluk konferansı - kayıt", "windows-1254")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text("""\
Merhaba,

22 Mayıs'taki Nachbarschaftskonferenz'a katılmak istiyoruz. Ben ve derneğimizden iki arkadaşım geleceğiz.

Bizim için en önemli konu gençler. Camimize her hafta 40-50 genç geliyor ama semtte akşamları gidebilecekleri bir yer yok. Bu yüzden birinci tercihimiz gençlik masası. İkinci tercih olarak kira ve konut masası, çünkü cemaatimizde birçok aile uygun ev bulamıyor.

Saygılarımla,
Mehmet Yıldız
Yönetim Kurulu Üyesi
Türkisch-Islamische Gemeinde Münster-Süd e.V.
Tel. 0251 000 1234
""", "windows-1254", "quoted-printable")))

# 003: shared mailbox of a tenants' initiative, HTML-only Outlook (windows-1252 QP); "zu viert"; table by the everyday word Miete/Wohnen; asks a side question but registers.
add("mieterinitiative-html-zu-viert", reg("info@mi-bergfidel.example", "Jörg Kampmann", "Mieterinitiative Berg Fidel", ["wohnen"], 4, "de"),
    message([
        ("Message-ID", "<AM0PR07MB4417C2D1A9E3B0F1C2D3E4F5A6B7C8D9@AM0PR07MB4417.eurprd07.prod.outlook.example>"),
        ("Date", date("2027-03-17 10:05:51", "+0100")),
        ("From", addr("Mieterinitiative Berg Fidel", "info@mi-bergfidel.example")),
        ("To", addr("nachbarschaft@muenster.example", OURS)),
        ("Subject", "Anmeldung Mieterinitiative"),
        ("Thread-Topic", "Anmeldung Mieterinitiative"),
        ("Thread-Index", "AdtYc3Kk1m2nO4pQrS5tUvWxYz6A7w=="),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
    ], text("""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
.MsoChpDefault {mso-style-type:export-only;}
@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hallo liebes Team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">die Mieterinitiative Berg Fidel meldet sich hiermit zur Nachbarschaftskonferenz an. Wir kommen zu viert.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thema ist für uns natürlich die Miete – seit der Modernisierung in den Blöcken am Wiesengrund sind die Kaltmieten um fast 30&nbsp;% gestiegen, und viele Nachbarn haben Angst, dass sie ausziehen müssen. Wir möchten also an den Tisch, wo es ums Wohnen geht.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Könnt ihr uns noch sagen, ob wir dort Infomaterial auslegen dürfen?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Solidarische Grüße<o:p></o:p></p>
<p class="MsoNormal">Jörg Kampmann<o:p></o:p></p>
<p class="MsoNormal">für die Mieterinitiative Berg Fidel<o:p></o:p></p>
<p class="MsoNormal"><a href="https://www.mi-bergfidel.example/">www.mi-bergfidel.example</a><o:p></o:p></p>
</div>
</body>
</html>
""", "windows-1252", "quoted-printable", subtype="html")))

# 004: Arabic, windows-1256 base64, plain; "أنا وابنتي" = 2; gardens/playgrounds -> gruen; Latin name and German organisation in the signature.
add("haddad-arabisch-spielplatz", reg("samira.haddad@gmx.example", "Samira Haddad", "Arabischer Frauenverein Münster e.V.", ["gruen"], 2, "ar"),
    message([
        ("Message-ID", "<trinity-5b2e8c1a-0f3d-4e6b-9a77-2c41d0e8f915-1742311320411@3c-app-gmx-bap41.example>"),
        ("Date", date("2027-03-18 14:22:00", "+0100")),
        ("From", addr("Samira Haddad", "samira.haddad@gmx.example")),
        ("To", OURS),
        ("Subject", hdr("تسجيل - مؤتمر الجيران", "windows-1256")),
    ], text("""\
السلام عليكم ورحمة الله،

أنا سميرة حداد من جمعية المرأة العربية في مونستر. أرغب في التسجيل في مؤتمر الجيران يوم 22 مايو.
سأحضر أنا وابنتي.

نحن مهتمون بطاولة الحدائق وملاعب الأطفال، لأن الملعب القريب من بيتنا في حالة سيئة جداً منذ سنتين، والأطفال ليس لديهم مكان آمن للعب.

مع الشكر والتقدير
Samira Haddad
Arabischer Frauenverein Münster e.V.
""", "windows-1256", "base64")))

# 005: question from an elderly man about accessibility; "würde ich mich dann ... anmelden" is conditional, so no registration yet; ISO-8859-1 8bit.
add("terhalle-rollstuhl-frage", person("question", "w.terhalle@web.example", "W. Terhalle", None, "de"),
    message([
        ("Message-ID", "<1f0e9d8c.4b2a.4c1d.8e7f.0a1b2c3d4e5f@web.example>"),
        ("Date", date("2027-03-19 09:31:17", "+0100")),
        ("From", addr("W. Terhalle", "w.terhalle@web.example")),
        ("To", OURS),
        ("Subject", hdr("Frage wegen Rollstuhl", "iso-8859-1")),
        ("X-Mailer", "WEB.DE Mail"),
    ], text("""\
Guten Tag,

ich habe Ihre Einladung im Schaukasten der Gemeinde gesehen. Ich bin 81
und sitze seit letztem Jahr im Rollstuhl. Ist die Aula der Südpark-Schule
ohne Stufen zu erreichen, und gibt es dort eine Behindertentoilette?
Und fährt am Samstag ein Niederflurbus bis in die Nähe?

Falls das alles geht, würde ich mich dann für den Senioren-Tisch anmelden.

Freundliche Grüße
W. Terhalle
""", "iso-8859-1", "8bit")))

# 006: English, Gmail multipart/alternative UTF-8 QP; "traffic / bus table" first, "youth table" second; "just myself".
_t = """\
Hi there,

My name is Daniel Okafor, I'm with the Nigerian Community Münster. I'd like to register for the neighbourhood conference on 22 May, just myself.

The bus situation is what I care about most - the number 9 stops running after 8pm and a lot of our members work late shifts at the hospital. So the traffic / bus table please. If that one is full, the youth table would be my second choice.

Thanks a lot and see you there,
Daniel

--
Daniel Okafor
Nigerian Community Münster
+49 151 00000000
"""
_h = """\
<div dir="ltr"><div>Hi there,</div><div><br></div><div>My name is Daniel Okafor, I&#39;m with the Nigerian Community Münster. I&#39;d like to register for the neighbourhood conference on 22 May, just myself.</div><div><br></div><div>The bus situation is what I care about most - the number 9 stops running after 8pm and a lot of our members work late shifts at the hospital. So the traffic / bus table please. If that one is full, the youth table would be my second choice.</div><div><br></div><div>Thanks a lot and see you there,</div><div>Daniel</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Daniel Okafor<br>Nigerian Community Münster<br>+49 151 00000000</div></div>
"""
add("okafor-english-bus-gmail", reg("daniel.okafor@gmail.example", "Daniel Okafor", "Nigerian Community Münster", ["verkehr", "jugend"], 1, "en"),
    message([
        ("Message-ID", "<CAF3k9pQx7Lr2mN8vB4tY1zW6cJ0hE5sD9aG2uK7iO3nP8qR4sT@mail.gmail.example>"),
        ("Date", date("2027-03-20 18:03:29", "+0000")),
        ("From", addr("Daniel Okafor", "daniel.okafor@gmail.example")),
        ("To", OURS),
        ("Subject", "Registration - neighbourhood conference 22 May"),
    ], multi("alternative", [text(_t, "UTF-8", "quoted-printable", quoted_charset=False),
                             text(_h, "UTF-8", "quoted-printable", subtype="html", quoted_charset=False)],
             "000000000000a1b2c3061f4e2d7a")))

# 007: Russian, KOI8-R 8bit; "нас будет пятеро" = 5 with the names listed; elderly table; Cyrillic name from From and signature.
add("volkova-koi8r-pyatero", reg("t.volkova@yandex.example", "Татьяна Волкова", "Seniorenclub \"Raduga\" e.V.", ["senioren"], 5, "ru"),
    message([
        ("Message-ID", "<1742640420.518273@yandex.example>"),
        ("Date", date("2027-03-22 11:47:00", "+0100")),
        ("From", addr("Татьяна Волкова", "t.volkova@yandex.example", "koi8-r")),
        ("To", OURS),
        ("Subject", hdr("Регистрация на конференцию 22 мая", "koi8-r")),
    ], text("""\
Здравствуйте!

Мы, клуб пожилых людей "Радуга", хотим записаться на конференцию соседей
22 мая. Нас будет пятеро: я, Людмила Петровна, Галина, Вера и Николай Иванович.

Нас интересует, конечно, стол для пожилых людей. Многие из нас живут одни,
дети далеко, а помощь по дому найти очень трудно. Хотим об этом рассказать.

Если нужен переводчик - у нас есть Галина, она хорошо говорит по-немецки.

С уважением,
Татьяна Волкова
председатель, Seniorenclub "Raduga" e.V.
""", "koi8-r", "8bit")))

# 008: learner German typed on an iPhone (UTF-8 QP); "3 Jugendliche ... insgesamt 4 Personen"; youth worker's organisation.
add("rahimi-jugendtreff-iphone", reg("ahmad.rahimi@jugendtreff-suedstern.example", "Ahmad Rahimi", "Jugendtreff Südstern", ["jugend"], 4, "de"),
    message([
        ("Message-ID", "<8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@jugendtreff-suedstern.example>"),
        ("Date", date("2027-03-23 16:20:44", "+0100")),
        ("From", addr("Ahmad Rahimi", "ahmad.rahimi@jugendtreff-suedstern.example")),
        ("To", OURS),
        ("Subject", "Anmeldung"),
        ("X-Mailer", "iPhone Mail (21E236)"),
    ], text("""\
Salam und guten Tag,

ich bin Ahmad Rahimi, ich arbeite als Honorarkraft im Jugendtreff Südstern. Ich möchte gerne anmelden für die Konferenz am 22.5 und ich bringe 3 Jugendliche aus unsere Treff mit, sie wollen auch selber sagen was sie brauchen. Also wir sind insgesamt 4 Personen.

Wir möchten zum Tisch für Jugend, weil die Jugendliche haben keine Platz am Abend und am Wochenende ist Treff zu.

Vielen Dank
Ahmad Rahimi
Jugendtreff Südstern

Von meinem iPhone gesendet
""", "utf-8", "quoted-printable")))

# 009: Polish, ISO-8859-2 QP; "z mężem, czyli 2 osoby"; "stolik o mieszkaniach i czynszach" -> wohnen; organisation from signature, not the inflected form in the text.
add("nowak-polski-czynsze", reg("agnieszka.nowak@wp.example", "Agnieszka Nowak", "Polska Misja Katolicka Münster", ["wohnen"], 2, "pl"),
    message([
        ("Message-ID", "<5c1e0f2a9b8d4c7e@wp.example>"),
        ("Date", date("2027-03-24 20:11:09", "+0100")),
        ("From", addr("Agnieszka Nowak", "agnieszka.nowak@wp.example", "iso-8859-2")),
        ("To", OURS),
        ("Subject", hdr("Zgłoszenie na konferencję 22 maja", "iso-8859-2")),
        ("X-Mailer", "WP Poczta"),
    ], text("""\
Dzień dobry,

chciałabym zgłosić udział w konferencji sąsiedzkiej 22 maja. Jestem z Polskiej Misji Katolickiej. Przyjdę razem z mężem, czyli 2 osoby.

Interesuje nas stolik o mieszkaniach i czynszach - od stycznia nasz czynsz wzrósł o 90 euro, a właściciel nic nie remontuje. Wiele rodzin z naszej parafii ma ten sam problem.

Pozdrawiam serdecznie
Agnieszka Nowak
Polska Misja Katolicka Münster
""", "iso-8859-2", "quoted-printable")))

# 010: Exchange out-of-office answer to the second invitation mailing, with Auto-Submitted; names another address that must not be taken.
add("hoelscher-abwesend", machine("auto_reply"),
    message([
        ("Message-ID", "<DB9PR03MB7402F0E1D2C3B4A5@DB9PR03MB7402.eurprd03.prod.outlook.example>"),
        ("Date", date("2027-03-25 07:00:12", "+0100")),
        ("From", addr("Petra Hölscher", "p.hoelscher@stadtteilbuero-sued.example")),
        ("To", US),
        ("Subject", hdr("Automatische Antwort: Einladung: Nachbarschaftskonferenz Münster-Süd 2027 (2. Versand)")),
        ("In-Reply-To", "<einladung-2027-03-24.0002@muenster.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "de-DE"),
    ], text("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. April 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Stadtteilbüro Süd, Tel. 0251 000 4455, buero@stadtteilbuero-sued.example.

Mit freundlichen Grüßen
Petra Hölscher
""", "utf-8", "quoted-printable")))

# 011: top-posted Outlook reply over the full invitation (which names all five tables); first and second choice in prose; six people; long signature and disclaimer; a side question.
add("leifeld-kirchengemeinde-sechs", reg("leifeld@ekg-muenster-sued.example", "Katharina Leifeld", "Evangelische Kirchengemeinde Münster-Süd", ["senioren", "gruen"], 6, "de"),
    message([
        ("Message-ID", "<FR3P281MB1622A0B1C2D3E4F5@FR3P281MB1622.DEUP281.PROD.OUTLOOK.example>"),
        ("Date", date("2027-03-26 12:30:05", "+0100")),
        ("From", addr("Leifeld, Katharina", "leifeld@ekg-muenster-sued.example")),
        ("To", US),
        ("Subject", hdr("AW: " + INVITE_SUBJECT)),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
        ("Thread-Topic", hdr(INVITE_SUBJECT, name="Thread-Topic")),
        ("Content-Language", "de-DE"),
    ], text("""\
Liebes Team der Nachbarschaftskonferenz,

herzlichen Dank für die Einladung, die wir gern annehmen. Aus unserem Besuchsdienstkreis kommen sechs Personen (mich eingeschlossen).

Uns liegt vor allem das Älterwerden im Stadtteil am Herzen – wir besuchen jede Woche über 60 Menschen, die allein leben, und erleben, wie schwer es ist, Hilfe im Alltag zu organisieren. Erste Wahl wäre also der Tisch Senioren; falls dort kein Platz mehr ist, würden wir an den Tisch Grün gehen (Stichwort: Bänke und schattige Wege im Südpark).

Eine Bitte noch: Zwei unserer Teilnehmerinnen sind gehbehindert, ein Platz in Türnähe wäre schön.

Mit herzlichen Grüßen aus dem Gemeindehaus
Ihre Katharina Leifeld

--
Pfarrerin Dr. Katharina Leifeld
Evangelische Kirchengemeinde Münster-Süd
Gemeindebüro: Beispielweg 3, 48153 Münster
Telefon 0251 000 7788 | leifeld@ekg-muenster-sued.example
www.ekg-muenster-sued.example

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort die Absenderin und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.

Von: Nachbarschaftskonferenz Münster-Süd <nachbarschaft@muenster.example>
Gesendet: Montag, 15. März 2027 10:00
An: leifeld@ekg-muenster-sued.example
Betreff: Einladung: Nachbarschaftskonferenz Münster-Süd 2027 am 22. Mai

""" + INVITATION, "utf-8", "quoted-printable")))

# 012: Ukrainian, windows-1251 base64; mother with two teenagers (ages 14 and 16 are not the party size) = 3; youth table; From name Latin, signature Cyrillic (signature wins).
add("kovalenko-ukr-molod", reg("olena.kovalenko@ukr.example", "Олена Коваленко", "Українська громада Мюнстера", ["jugend"], 3, "uk"),
    message([
        ("Message-ID", "<1743274500.2231.olena@ukr.example>"),
        ("Date", date("2027-03-29 19:55:00", "+0200")),
        ("From", addr("Olena Kovalenko", "olena.kovalenko@ukr.example")),
        ("To", OURS),
        ("Subject", hdr("Реєстрація на конференцію сусідів", "windows-1251")),
    ], text("""\
Добрий день!

Мене звати Олена, я з Харкова, вже третій рік живу в Берг Фідель. Хочу зареєструватися на конференцію сусідів 22 травня. Прийду я і двоє моїх дітей-підлітків (14 і 16 років) — разом 3 особи.

Нас цікавить стіл про молодь: дітям тут немає куди піти ввечері, а спортивні секції дорогі. Син дуже хоче сам про це сказати.

Дякую!
З повагою,
Олена Коваленко
Українська громада Мюнстера
""", "windows-1251", "base64")))

# 013: change - top-posted reply to our confirmation (which names Tisch Senioren); new choice Verkehr; ISO-8859-15 QP.
add("brockhoff-wechsel-verkehr", chg("g.brockhoff@t-online.example", "Gisela Brockhoff", None, ["verkehr"], None, "de"),
    message([
        ("Message-ID", "<8a7b6c5d-4e3f-4a1b-9c2d-7e6f5a4b3c21@t-online.example>"),
        ("Date", date("2027-03-31 10:10:31", "+0200")),
        ("From", addr("Gisela Brockhoff", "g.brockhoff@t-online.example")),
        ("To", US),
        ("Subject", hdr("Re: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027", "iso-8859-15")),
        ("In-Reply-To", "<bestaetigung-0001@muenster.example>"),
        ("References", "<3f1c2a9e-77b1-4a0e-9d1e-5b0c2f6a1d01@t-online.example> <bestaetigung-0001@muenster.example>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
    ], text("""\
Guten Tag,

ich möchte doch lieber an den Tisch Verkehr wechseln. Seit der
Fahrplanänderung fährt die Linie 9 am Wochenende nur noch stündlich, und
ich komme ohne Auto kaum noch zum Arzt. Das ist mir jetzt wichtiger.
Bitte tragen Sie mich also dort ein und nicht mehr bei den Senioren.

Danke und freundliche Grüße
Gisela Brockhoff

Am 16.03.2027 um 09:02 schrieb Nachbarschaftskonferenz Münster-Süd:
""" + quote(confirmation("Guten Tag Frau Brockhoff", ["senioren"], 1)) + "\n",
        "iso-8859-15", "quoted-printable")))

# 014: Persian (Farsi), Gmail multipart/alternative, both parts base64; housing first, parks second; "با همسرم ... یعنی دو نفر" = 2; names in Persian script.
_t = """\
سلام و وقت بخیر،

من مریم احمدی هستم از انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای کنفرانس همسایگی روز ۲۲ مه ثبت‌نام کنم. با همسرم می‌آیم، یعنی دو نفر.

اولویت اول ما میز مسکن و اجاره است، چون پیدا کردن خانه برای خانواده‌های خارجی خیلی سخت شده. اگر آن میز پر بود، میز پارک‌ها و فضای سبز هم برای ما جالب است.

با سپاس فراوان
مریم احمدی
انجمن فرهنگی ایرانیان مونستر
"""
_h = "<div dir=\"rtl\">" + "".join(f"<div>{line or '<br>'}</div>" for line in _t.strip().split("\n")) + "</div>\n"
add("ahmadi-farsi-maskan", reg("maryam.ahmadi@gmail.example", "مریم احمدی", "انجمن فرهنگی ایرانیان مونستر", ["wohnen", "gruen"], 2, "fa"),
    message([
        ("Message-ID", "<CAJx8w3Yk2P9nQ4rT7vL1mB6sF0dH3aZ5cE8gU2iW9oK4pN7xR@mail.gmail.example>"),
        ("Date", date("2027-04-01 22:14:50", "+0200")),
        ("From", addr("مریم احمدی", "maryam.ahmadi@gmail.example")),
        ("To", OURS),
        ("Subject", hdr("ثبت‌نام برای کنفرانس همسایگی")),
    ], multi("alternative", [text(_t, "UTF-8", "base64", quoted_charset=False),
                             text(_h, "UTF-8", "base64", subtype="html", quoted_charset=False)],
             "0000000000005e6f7a8b0620a1b2")))

# 015: sports club's youth mailbox (shared From), signed by the youth warden; "zu dritt"; youth first, "Grün-Tisch" second; windows-1252 8bit.
add("broeker-sportverein-zu-dritt", reg("jugend@sc-suedpark.example", "Thomas Bröker", "SC Südpark 1968 e.V.", ["jugend", "gruen"], 3, "de"),
    message([
        ("Message-ID", "<20270403130211.4F2A1B0C9D@sc-suedpark.example>"),
        ("Date", date("2027-04-03 13:02:11", "+0200")),
        ("From", addr("SC Südpark 1968 - Jugendabteilung", "jugend@sc-suedpark.example", "windows-1252")),
        ("To", OURS),
        ("Subject", hdr("Anmeldung SC Südpark / Jugendabteilung", "windows-1252")),
    ], text("""\
Moin zusammen,

für die Jugendabteilung vom SC Südpark 1968 e.V. melden wir uns für den 22.05. an. Wir sind zu dritt: ich als Jugendwart plus zwei unserer Jugendtrainer (beide 19).

Unser Thema ist klar Jugend – die Jungs und Mädels hängen abends am Edeka rum, weil es sonst nix gibt. Als zweite Wahl würden wir an den Grün-Tisch gehen, denn der Bolzplatz am Südpark ist seit Monaten gesperrt.

Sportliche Grüße
Thomas Bröker
Jugendwart SC Südpark 1968 e.V.
Mobil 0170 0000000

-- 
SC Südpark 1968 e.V. | Jugendabteilung | jugend@sc-suedpark.example
Trainingszeiten und Infos: https://www.sc-suedpark.example/jugend
""", "windows-1252", "8bit")))

# 016: Arabic question from a phone (UTF-8 base64): interpreting and childcare; explicitly "before I register"; Arabic-Indic digits.
add("mansour-frage-uebersetzung", person("question", "khaled.mansour@outlook.example", "خالد منصور", None, "ar"),
    message([
        ("Message-ID", "<PAXP193MB1234ABCDEF0123456789@PAXP193MB1234.EURP193.PROD.OUTLOOK.example>"),
        ("Date", date("2027-04-05 08:45:33", "+0200")),
        ("From", addr("Khaled Mansour", "khaled.mansour@outlook.example")),
        ("To", OURS),
        ("Subject", hdr("سؤال عن المؤتمر")),
    ], text("""\
مرحبا
قرأت عن مؤتمر الجيران يوم ٢٢ أيار. عندي سؤالين قبل ما أسجل:
١- هل في ترجمة للعربي؟ لغتي الألمانية مش قوية كفاية للنقاش.
٢- هل في مكان للأطفال؟ عندي ثلاث أولاد صغار.
شكراً
خالد منصور

أُرسلت من Outlook لنظام Android
""", "utf-8", "base64")))

# 017: Kurmanji Kurdish, ISO-8859-9 QP; "Ez û hevala min ... 2 kes"; youth first, housing/rent second; organisation written in Kurdish.
add("demir-kurdi-ciwan", reg("rojda.demir@posteo.example", "Rojda Demir", "Komeleya Çandî ya Kurdî ya Münsterê", ["jugend", "wohnen"], 2, "ku"),
    message([
        ("Message-ID", "<a91b7c2d3e4f@posteo.example>"),
        ("Date", date("2027-04-06 17:30:02", "+0200")),
        ("From", addr("Rojda Demir", "rojda.demir@posteo.example")),
        ("To", OURS),
        ("Subject", hdr("Tomarkirin - konferansa cîranan", "iso-8859-9")),
    ], text("""\
Silav û rêz,

Ez Rojda Demir im, ji Komeleya Çandî ya Kurdî ya Münsterê. Em dixwazin beşdarî konferansa cîranan a 22ê Gulanê bibin. Ez û hevala min Berfîn têne, yanî 2 kes.

Ji bo me mijara herî girîng ciwan in - ciwanên me li taxê cihekî wan tune ye ku êvaran lê bicivin. Eger li wê maseyê cih nemabe, em dikarin herin maseya xanî û kirê jî.

Spas dikim,
Rojda Demir
Komeleya Çandî ya Kurdî ya Münsterê
""", "iso-8859-9", "quoted-printable")))

# 018: Postfix multipart/report bounce for an invitation sent to a mixed-case address; bounced_recipient in lower case.
add("bounce-kulturverein-hiltrup", machine("bounce", "vorstand@kulturverein-hiltrup.example"),
    message([
        ("Message-ID", "<20270407070202.8C3D21A0F4@mail.muenster.example>"),
        ("Date", date("2027-04-07 09:02:02", "+0200")),
        ("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
        ("To", OURS),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Auto-Submitted", "auto-replied"),
    ], multi("report", [
        text("""\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Vorstand@Kulturverein-Hiltrup.example>: host
    mx.kulturverein-hiltrup.example[192.0.2.44] said: 550 5.1.1
    <Vorstand@Kulturverein-Hiltrup.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", quoted_charset=False),
        raw_part([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 8C3D21A0F4
X-Postfix-Sender: rfc822; nachbarschaft@muenster.example
Arrival-Date: Wed,  7 Apr 2027 09:01:58 +0200 (CEST)

Final-Recipient: rfc822; Vorstand@Kulturverein-Hiltrup.example
Original-Recipient: rfc822;Vorstand@Kulturverein-Hiltrup.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kulturverein-hiltrup.example
Diagnostic-Code: smtp; 550 5.1.1 <Vorstand@Kulturverein-Hiltrup.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
        raw_part([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], """\
Return-Path: <nachbarschaft@muenster.example>
Received: by mail.muenster.example (Postfix, from userid 1001)
	id 8C3D21A0F4; Wed,  7 Apr 2027 09:01:58 +0200 (CEST)
Message-ID: <einladung-2027-04-07.0031@muenster.example>
Date: Wed, 07 Apr 2027 09:01:58 +0200
From: =?utf-8?q?Nachbarschaftskonferenz_M=C3=BCnster-S=C3=BCd?= <nachbarschaft@muenster.example>
To: Vorstand@Kulturverein-Hiltrup.example
Subject: =?utf-8?q?Einladung=3A_Nachbarschaftskonferenz_M=C3=BCnster-S=C3=BCd_2027_am_22=2E_Mai?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""),
    ], "8C3D21A0F4.1807974922/mail.muenster.example",
        preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")))

# 019: city staff via Outlook: multipart/related (alternative + inline logo), windows-1252 QP; herself plus a named colleague = 2; organisation = the office named in the text.
_t = """\
Sehr geehrte Damen und Herren,

für das Amt für Wohnungswesen und Quartiersentwicklung nehmen mein Kollege Herr Jens Kruse und ich gern an der Nachbarschaftskonferenz teil (2 Personen). Wir würden uns dem Tisch Wohnen anschließen und können dort bei Bedarf kurz die aktuellen Zahlen zur Mietentwicklung in Münster-Süd vorstellen.

Mit freundlichen Grüßen
Im Auftrag

Sabine Overhage

Stadt Münster
Amt für Wohnungswesen und Quartiersentwicklung
Abteilung Wohnraumversorgung
Beispielstraße 10, 48143 Münster
Tel. 0251 000-4711
sabine.overhage@stadt-muenster.example
www.stadt-muenster.example

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
"""
_h = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Arial",sans-serif;}
--></style></head><body lang="DE" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">für das Amt für Wohnungswesen und Quartiersentwicklung nehmen mein Kollege Herr Jens Kruse und ich gern an der Nachbarschaftskonferenz teil (2 Personen). Wir würden uns dem Tisch Wohnen anschließen und können dort bei Bedarf kurz die aktuellen Zahlen zur Mietentwicklung in Münster-Süd vorstellen.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mit freundlichen Grüßen<br>Im Auftrag</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Sabine Overhage</b></p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB9A1C.5E3F2A10" alt="Stadt Münster"></p>
<p class="MsoNormal" style="font-size:8.0pt">Stadt Münster<br>Amt für Wohnungswesen und Quartiersentwicklung<br>Abteilung Wohnraumversorgung<br>Beispielstraße 10, 48143 Münster<br>Tel. 0251 000-4711<br><a href="mailto:sabine.overhage@stadt-muenster.example">sabine.overhage@stadt-muenster.example</a><br><a href="https://www.stadt-muenster.example/">www.stadt-muenster.example</a></p>
<p class="MsoNormal" style="font-size:8.0pt;color:green">Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</p>
</div></body></html>
"""
_png = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==")
add("overhage-stadt-outlook-wohnen", reg("sabine.overhage@stadt-muenster.example", "Sabine Overhage", "Amt für Wohnungswesen und Quartiersentwicklung", ["wohnen"], 2, "de"),
    message([
        ("Message-ID", "<9E8D7C6B5A4F3E2D1C0B@EXCH01.stadt-muenster.example>"),
        ("Date", date("2027-04-08 11:15:47", "+0200")),
        ("From", addr("Overhage, Sabine", "sabine.overhage@stadt-muenster.example")),
        ("To", addr("Nachbarschaftskonferenz Münster-Süd", OURS)),
        ("Subject", "Teilnahme Amt 64 - Nachbarschaftskonferenz"),
        ("Thread-Topic", "Teilnahme Amt 64 - Nachbarschaftskonferenz"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", "yes"),
    ], multi("related", [
        multi("alternative", [text(_t, "windows-1252", "quoted-printable", quoted_charset=False),
                              text(_h, "windows-1252", "quoted-printable", subtype="html", quoted_charset=False)],
              "_000_9E8D7C6B5A4F3E2D1C0BEXCH01_"),
        binary(_png, "image/png", "image001.png", disposition="inline", cid="image001.png@01DB9A1C.5E3F2A10"),
    ], "_004_9E8D7C6B5A4F3E2D1C0BEXCH01_", params=' type="multipart/alternative";')))

# 020: Albanian question (ISO-8859-1 8bit): may a resident without an association take part, must he choose a table now? Names his interest but registers no one.
add("krasniqi-shqip-pyetje", person("question", "arben.krasniqi@gmx.example", "Arben Krasniqi", None, "sq"),
    message([
        ("Message-ID", "<trinity-91c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e-1744206000123@3c-app-gmx-bs12.example>"),
        ("Date", date("2027-04-09 15:40:00", "+0200")),
        ("From", addr("Arben Krasniqi", "arben.krasniqi@gmx.example")),
        ("To", OURS),
        ("Subject", hdr("Pyetje për konferencën", "iso-8859-1")),
    ], text("""\
Përshëndetje,

kam lexuar në gazetën e lagjes për konferencën më 22 maj. Unë nuk jam anëtar i ndonjë shoqate, jam thjesht banor i Berg Fidel prej 12 vjetësh. A mund të marr pjesë edhe unë? Dhe a duhet të zgjedh një tavolinë që tani, apo mund ta vendos atë ditë?

Më intereson sidomos trafiku, autobusët dhe rruga për në shkollë për fëmijët.

Faleminderit shumë,
Arben Krasniqi
""", "iso-8859-1", "8bit")))

# 021: mosque community, nine people listed by name (the writer first); youth first, housing second; UTF-8 8bit.
add("demirci-gemeinde-neun", reg("yusuf.demirci@gmx.example", "Yusuf Demirci", "Islamische Gemeinde Berg Fidel e.V.", ["jugend", "wohnen"], 9, "de"),
    message([
        ("Message-ID", "<trinity-2a3b4c5d-6e7f-4081-92a3-b4c5d6e7f809-1744482000777@3c-app-gmx-bap07.example>"),
        ("Date", date("2027-04-12 20:20:20", "+0200")),
        ("From", addr("Yusuf Demirci", "yusuf.demirci@gmx.example")),
        ("To", OURS),
        ("Subject", "Anmeldung Islamische Gemeinde Berg Fidel"),
    ], text("""\
Sehr geehrte Damen und Herren,

wir von der Islamische Gemeinde Berg Fidel e.V. möchten uns für die Nachbarschaftskonferenz anmelden. Folgende Personen kommen:

1. Yusuf Demirci (Vorsitzender)
2. Fatma Demirci
3. Ömer Kaya
4. Selin Kaya
5. Abdullah Arslan
6. Hatice Arslan
7. Emre Yılmaz (Jugendgruppe)
8. Zeynep Öztürk (Jugendgruppe)
9. Burak Çelik (Jugendgruppe)

Unsere Jugendgruppe möchte gerne zum Tisch Jugend, die anderen eher zum Thema Wohnen. Wenn man nur einen Tisch wählen kann, dann bitte zuerst Jugend, dann Wohnen.

Mit freundlichen Grüßen
Yusuf Demirci
Islamische Gemeinde Berg Fidel e.V.
""", "utf-8", "8bit")))

# 022: change in Turkish, bottom-posted under our quoted German confirmation (Tisch Jugend, 3 persons); party 3 -> 5, "Masa aynı kalsın" = no new table; ISO-8859-9 8bit.
add("yildiz-degisiklik-bes-kisi", chg("m.yildiz@tigms.example", "Mehmet Yıldız", "Türkisch-Islamische Gemeinde Münster-Süd e.V.", [], 5, "tr"),
    message([
        ("Message-ID", "<001b01db8c41$2f3e4d50$8dbae7f0$@tigms.example>"),
        ("Date", date("2027-04-13 07:55:38", "+0200")),
        ("From", addr("M. Yildiz", "m.yildiz@tigms.example")),
        ("To", US),
        ("Subject", hdr("AW: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027", "iso-8859-9")),
        ("In-Reply-To", "<bestaetigung-0002@muenster.example>"),
        ("References", "<bestaetigung-0002@muenster.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text(quote(confirmation("Guten Tag Herr Yıldız", ["jugend", "wohnen"], 3)) + """

Merhaba tekrar,

gençlik kolumuzdan iki kişi daha gelmek istiyor, Ayşe ve Emir. Yani 3 değil 5 kişi olacağız. Masa aynı kalsın.

Teşekkürler
Mehmet Yıldız
""", "iso-8859-9", "8bit")))

# 023: Tamil, multipart/alternative UTF-8 base64; "நானும் என் பாட்டியும்" (me and my grandmother) = 2; elderly table; signature is only a first name, full name from From.
_t = """\
வணக்கம்,

மே 22 அன்று நடைபெறும் அக்கம்பக்க மாநாட்டில் கலந்துகொள்ள விரும்புகிறேன். நானும் என் பாட்டியும் வருவோம். பாட்டிக்கு 78 வயது, ஜெர்மன் மொழி அவ்வளவாகத் தெரியாது, நான் மொழிபெயர்த்துச் சொல்வேன்.

முதியோர் மேசையில் கலந்துகொள்ள விரும்புகிறோம். தனியாக வாழும் முதியோருக்கு இங்கே உதவி மிகவும் குறைவு.

நன்றி,
தர்ஷினி
"""
_h = "<div dir=\"ltr\">" + "".join(f"<div>{line or '<br>'}</div>" for line in _t.strip().split("\n")) + "</div>\n"
add("sivakumar-tamil-paatti", reg("tharshini.s@gmail.example", "Tharshini Sivakumar", None, ["senioren"], 2, "ta"),
    message([
        ("Message-ID", "<CAH7r2kLm9Qp3Xz8Vb1Nc4Td6Wy0Fs5Gj2Hk8Ua3Ie7Ro1Pq9@mail.gmail.example>"),
        ("Date", date("2027-04-14 23:10:15", "+0200")),
        ("From", addr("Tharshini Sivakumar", "tharshini.s@gmail.example")),
        ("To", OURS),
        ("Subject", hdr("மாநாடு - பதிவு / Anmeldung")),
    ], multi("alternative", [text(_t, "UTF-8", "base64", quoted_charset=False),
                             text(_h, "UTF-8", "base64", subtype="html", quoted_charset=False)],
             "000000000000c4d5e6f70621b3c4")))

# 024: question from a youth worker, ASCII with ue/oe spellings (7bit); asks about minors and group lists; mentions the table he would probably pick later.
add("lohmann-ot-frage-minderjaehrige", person("question", "j.lohmann@ot-hiltrup.example", "Jannik Lohmann", "Offene Tuer Hiltrup", "de"),
    message([
        ("Message-ID", "<20270415120003.GA4711@ot-hiltrup.example>"),
        ("Date", date("2027-04-15 14:00:03", "+0200")),
        ("From", addr("Jannik Lohmann", "j.lohmann@ot-hiltrup.example")),
        ("To", OURS),
        ("Subject", "Frage: Jugendliche bei der Konferenz"),
        ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ], text("""\
Hallo,

ich bin Sozialarbeiter in der OT Hiltrup und wuerde gern ein paar
Jugendliche zur Konferenz mitbringen. Zwei Fragen vorab:

- Duerfen Jugendliche unter 16 auch ohne Eltern teilnehmen, wenn ich
  als Betreuer dabei bin? Brauche ich eine Einverstaendniserklaerung?
- Muss sich jeder einzeln anmelden oder reicht es, wenn ich eine Liste
  schicke?

Sobald ich das weiss, melde ich uns an (wahrscheinlich Tisch Jugend).

Gruss
Jannik Lohmann
Offene Tuer Hiltrup
""", "us-ascii", "7bit", quoted_charset=False)))

# 025: Somali, a women's association's shared mailbox, no MIME headers at all (plain ASCII); "afar qof" = 4; housing and rent.
add("cali-soomaali-guryaha", reg("info@somali-women-ms.example", "Faadumo Maxamed Cali", "Ururka Haweenka Soomaaliyeed ee Munster", ["wohnen"], 4, "so"),
    message([
        ("Message-ID", "<20270416083012.77AA@somali-women-ms.example>"),
        ("Date", date("2027-04-16 10:30:12", "+0200")),
        ("From", addr("Ururka Haweenka Soomaaliyeed", "info@somali-women-ms.example")),
        ("To", OURS),
        ("Subject", "Diiwaangelin shirka deriseyaasha"),
    ], text("""\
Asalaamu calaykum,

Waxaan rabnaa inaan iska diiwaangelino shirka deriseyaasha ee 22 May.
Waxaan nahay afar qof oo ka socda ururkeena.

Mowduuca aan danaynayno waa guryaha iyo kirada. Qoysas badan oo
Soomaali ah ayaa ku nool guryo yar oo qaali ah, carruurtuna waa badan
yihiin.

Mahadsanid,
Faadumo Maxamed Cali
Ururka Haweenka Soomaaliyeed ee Munster
""", "us-ascii", "7bit"), mime=False))

# 026: cancellation of a registration made by phone; the mail restates the old table and party size (not a change); ISO-8859-1 QP.
add("lammers-absage-hueft-op", person("cancellation", "herbert.lammers@t-online.example", "Herbert Lammers", "Kleingärtnerverein Südwiese e.V.", "de"),
    message([
        ("Message-ID", "<1744967100-lammers@t-online.example>"),
        ("Date", date("2027-04-19 09:05:00", "+0200")),
        ("From", addr("Herbert Lammers", "herbert.lammers@t-online.example")),
        ("To", OURS),
        ("Subject", hdr("Absage 22. Mai", "iso-8859-1")),
    ], text("""\
Sehr geehrtes Team,

leider muss ich meine Anmeldung für den 22. Mai zurückziehen. Ich habe
kurzfristig einen Termin für meine Hüft-OP bekommen, genau in der Woche.
Angemeldet hatte ich mich damals telefonisch bei Ihnen (Tisch Grün,
1 Person, für den Kleingärtnerverein).

Vielleicht klappt es ja nächstes Jahr.

Mit freundlichem Gruß
Herbert Lammers
Kleingärtnerverein Südwiese e.V.
""", "iso-8859-1", "quoted-printable")))

# 027: forward from a neighbourhood office: the attendee is the neighbour in the forwarded part, and the forwarder asks us to confirm to her address; "wir sind also zwei"; "Tisch für die Älteren".
add("wiegmann-weiterleitung-vennemann", reg("ilse.vennemann@arcor.example", "Ilse Vennemann", None, ["senioren"], 2, "de"),
    message([
        ("Message-ID", "<c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f@quartiersbuero-bergfidel.example>"),
        ("Date", date("2027-04-20 16:45:08", "+0200")),
        ("From", addr("Jana Wiegmann", "j.wiegmann@quartiersbuero-bergfidel.example")),
        ("To", OURS),
        ("Subject", "WG: Anmeldung Konferenz"),
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"),
    ], text("""\
Liebes Team,

Frau Vennemann hat ihre Anmeldung versehentlich an uns im Quartiersbüro
geschickt. Ich leite sie Ihnen weiter – bitte schicken Sie die
Bestätigung direkt an Frau Vennemann (ilse.vennemann@arcor.example),
nicht an mich.

Viele Grüße
Jana Wiegmann
Quartiersbüro Berg Fidel


-------- Weitergeleitete Nachricht --------
Betreff: 	Anmeldung Konferenz
Datum: 	Mon, 19 Apr 2027 18:32:10 +0200
Von: 	Ilse Vennemann <ilse.vennemann@arcor.example>
An: 	info@quartiersbuero-bergfidel.example



Liebe Frau Wiegmann,

ich möchte mich gern für die Nachbarschaftskonferenz am 22. Mai
anmelden. Meine Nachbarin Frau Hoppe kommt auch mit, wir sind also zwei.
Am liebsten würden wir an den Tisch für die Älteren, da geht es ja um uns.

Herzliche Grüße
Ilse Vennemann
""", "utf-8", "quoted-printable", ctparams="; format=flowed")))

# 028: change in Russian from someone registered by phone, HTML-only UTF-8 base64 (webmail); old table named, new table "по транспорту" -> verkehr.
add("schefer-russkij-transport", chg("d.schefer@mail-ru.example", "Дмитрий Шефер", "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["verkehr"], None, "ru"),
    message([
        ("Message-ID", "<1745252280.418273645@f512.i.mail-ru.example>"),
        ("Date", date("2027-04-21 18:18:00", "+0200")),
        ("From", addr("Dmitrij Schefer", "d.schefer@mail-ru.example")),
        ("To", OURS),
        ("Subject", hdr("Смена стола / Tischwechsel")),
        ("X-Mailer", "Mail.Ru Mailer 1.0"),
    ], text("""\
<HTML><BODY><div>Добрый день!</div><div>&nbsp;</div><div>Я зарегистрировался у вас по телефону на стол «Молодёжь» (Дмитрий Шефер, 1 человек). Хотел бы перейти на стол по транспорту — автобусы к нам в Хильтруп-Ост ходят очень редко, это для нашей семьи сейчас важнее.</div><div>&nbsp;</div><div>Спасибо!</div><div>&nbsp;</div><div data-signature-widget="container"><div data-signature-widget="content"><div>Дмитрий Шефер<br>Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster</div></div></div></BODY></HTML>
""", "utf-8", "base64", subtype="html", quoted_charset=False)))

# 029: change, top-posted over our confirmation (Tisch Jugend + 2. Wahl Grün, 3 persons): party 3 -> 5 and drop the second choice; windows-1252 QP.
add("broeker-aenderung-fuenf", chg("jugend@sc-suedpark.example", "Thomas Bröker", "SC Südpark 1968 e.V.", ["jugend"], 5, "de"),
    message([
        ("Message-ID", "<20270422210044.6B1C2D3E4F@sc-suedpark.example>"),
        ("Date", date("2027-04-22 21:00:44", "+0200")),
        ("From", addr("SC Südpark 1968 - Jugendabteilung", "jugend@sc-suedpark.example", "windows-1252")),
        ("To", US),
        ("Subject", hdr("Re: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027", "windows-1252")),
        ("In-Reply-To", "<bestaetigung-0011@muenster.example>"),
    ], text("""\
Hi nochmal,

kleine Änderung: wir werden 5 statt 3 – zwei Spielerinnen aus der A-Jugend wollen unbedingt mit. Und wir bleiben dann komplett beim Tisch Jugend, den Grün-Tisch als Zweitwahl könnt ihr streichen.

Danke euch!
Thomas

Am 04.04.2027 um 08:15 schrieb Nachbarschaftskonferenz Münster-Süd <nachbarschaft@muenster.example>:
""" + quote(confirmation("Guten Tag Herr Bröker", ["jugend", "gruen"], 3)) + "\n",
        "windows-1252", "quoted-printable")))

# 030: very short phone mail with an emoji; "Fam. Rüschoff, 2 Pers."; "Thema Spielplatz" -> gruen; UTF-8 8bit.
add("rueschoff-spielplatz-kurz", reg("anke.rueschoff@icloud.example", "Anke Rüschoff", None, ["gruen"], 2, "de"),
    message([
        ("Message-ID", "<7D6C5B4A-3928-4F1E-A0B9-C8D7E6F5A4B3@icloud.example>"),
        ("Date", date("2027-04-23 06:50:19", "+0200")),
        ("From", addr("Anke", "anke.rueschoff@icloud.example")),
        ("To", OURS),
        ("Subject", "Konferenz 22.5."),
        ("X-Mailer", "iPhone Mail (21E236)"),
    ], text("""\
Hallo, wir (Fam. Rüschoff, 2 Pers.) kommen gern am 22.5.! Thema Spielplatz 🙂 der am Kiebitzweg ist echt ne Katastrophe. LG Anke Rüschoff

Gesendet von meinem iPhone
""", "utf-8", "8bit", quoted_charset=False)))

# 031: bulk newsletter of a funding programme: talks about neighbourhood, youth, playgrounds and "Anmeldung" but is no one's mail to us; List-* headers, multipart/alternative UTF-8 QP.
_t = """\
Quartiersfonds Münster - Newsletter April 2027
==============================================

Liebe Engagierte in den Münsteraner Quartieren,

1) Neuer Förderaufruf "Nachbarschaft stärken"
Bis zum 30. Juni 2027 können Initiativen, Vereine und Gemeinden bis zu
2.500 Euro für Nachbarschaftsprojekte beantragen - zum Beispiel für
Spielplatz-Patenschaften, Jugendangebote am Abend oder Besuchsdienste
für ältere Menschen.

2) Online-Sprechstunde
Jeden ersten Dienstag im Monat, 17 Uhr. Anmeldung über unser Formular:
https://www.quartiersfonds-muenster.example/sprechstunde

3) Termine in den Stadtteilen
Eine Übersicht finden Sie unter
https://www.quartiersfonds-muenster.example/termine

Herzliche Grüße
Ihr Team Quartiersfonds Münster

--
Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.quartiersfonds-muenster.example/abmelden?u=8f3a2c
"""
_h = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Newsletter April 2027</title></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4"><table width="600" align="center" style="background:#ffffff"><tr><td style="padding:20px">
<h1 style="color:#2a6f3f">Quartiersfonds Münster &ndash; Newsletter April 2027</h1>
<p>Liebe Engagierte in den Münsteraner Quartieren,</p>
<h2>Neuer Förderaufruf &bdquo;Nachbarschaft stärken&ldquo;</h2>
<p>Bis zum 30. Juni 2027 können Initiativen, Vereine und Gemeinden bis zu 2.500&nbsp;Euro für Nachbarschaftsprojekte beantragen &ndash; zum Beispiel für Spielplatz-Patenschaften, Jugendangebote am Abend oder Besuchsdienste für ältere Menschen.</p>
<h2>Online-Sprechstunde</h2><p>Jeden ersten Dienstag im Monat, 17 Uhr. <a href="https://www.quartiersfonds-muenster.example/sprechstunde">Zur Anmeldung</a></p>
<h2>Termine in den Stadtteilen</h2><p><a href="https://www.quartiersfonds-muenster.example/termine">Alle Termine</a></p>
<p>Herzliche Grüße<br>Ihr Team Quartiersfonds Münster</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben. <a href="https://www.quartiersfonds-muenster.example/abmelden?u=8f3a2c">Abmelden</a></p>
</td></tr></table></body></html>
"""
add("newsletter-quartiersfonds", machine("other"),
    message([
        ("Message-ID", "<newsletter.2027-04.8f3a2c@quartiersfonds-muenster.example>"),
        ("Date", date("2027-04-24 05:00:00", "+0000")),
        ("From", addr("Quartiersfonds Münster", "newsletter@quartiersfonds-muenster.example")),
        ("To", OURS),
        ("Subject", hdr("Newsletter April: Förderaufruf „Nachbarschaft stärken“")),
        ("List-Id", "Quartiersfonds Newsletter <newsletter.quartiersfonds-muenster.example>"),
        ("List-Unsubscribe", "<https://www.quartiersfonds-muenster.example/abmelden?u=8f3a2c>, <mailto:abmelden@quartiersfonds-muenster.example?subject=unsubscribe>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                             text(_h, "utf-8", "quoted-printable", subtype="html")],
             "=_nl_8f3a2c_20270424")))

# 032: change in Polish typed on a phone without diacritics (ASCII 7bit): housing -> seniors table, still 2 persons (party unchanged, so null).
add("nowak-zmiana-seniorzy", chg("agnieszka.nowak@wp.example", "Agnieszka Nowak", None, ["senioren"], None, "pl"),
    message([
        ("Message-ID", "<9d8e7f6a5b4c3d2e@wp.example>"),
        ("Date", date("2027-04-26 12:12:12", "+0200")),
        ("From", addr("Agnieszka Nowak", "agnieszka.nowak@wp.example")),
        ("To", OURS),
        ("Subject", "zmiana - Nowak"),
    ], text("""\
Dzien dobry,
mala zmiana: maz niestety nie moze przyjsc (praca), przyjde z mama. Dlatego prosze zapisac nas nie do stolika o mieszkaniach, tylko do stolika dla seniorow. Dalej 2 osoby.
Dziekuje
Agnieszka Nowak

wyslane z telefonu
""", "us-ascii", "7bit")))

# 033: Ukrainian cancellation, reply to our German confirmation (quoted below), UTF-8 QP; restates "3 особи" but cancels.
add("kovalenko-skasuvannya", person("cancellation", "olena.kovalenko@ukr.example", "Олена Коваленко", None, "uk"),
    message([
        ("Message-ID", "<1745775600.9981.olena@ukr.example>"),
        ("Date", date("2027-04-27 19:40:00", "+0200")),
        ("From", addr("Olena Kovalenko", "olena.kovalenko@ukr.example")),
        ("To", US),
        ("Subject", hdr("Re: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027")),
        ("In-Reply-To", "<bestaetigung-0009@muenster.example>"),
        ("References", "<bestaetigung-0009@muenster.example>"),
    ], text("""\
Добрий день,

на жаль, ми не зможемо прийти 22 травня — у сина в цей день змагання з плавання в Дортмунді. Будь ласка, видаліть нашу реєстрацію (Олена Коваленко, 3 особи). Вибачте!

Олена

30.03.2027, 09:14, Nachbarschaftskonferenz Münster-Süd:
""" + quote(confirmation("Guten Tag Frau Kovalenko", ["jugend"], 3)) + "\n", "utf-8", "quoted-printable")))

# 034: Serbian (Latin script, ekavian), windows-1250 QP; "Dolazimo nas troje" with names = 3; "sto o starijim ljudima" -> senioren.
add("petrovic-srpski-stariji", reg("dragana.petrovic@yahoo.example", "Dragana Petrović", "Srpsko kulturno-umetničko društvo „Sloga“ Münster", ["senioren"], 3, "sr"),
    message([
        ("Message-ID", "<1745863500123.4455667.dragana@mail.yahoo.example>"),
        ("Date", date("2027-04-28 20:05:00", "+0200")),
        ("From", addr("Dragana Petrović", "dragana.petrovic@yahoo.example", "windows-1250")),
        ("To", OURS),
        ("Subject", hdr("Prijava za konferenciju komšija", "windows-1250")),
        ("X-Mailer", "WebService/1.1.22 YMailNorrin"),
    ], text("""\
Poštovani,

želimo da se prijavimo za konferenciju komšija 22. maja. Dolazimo nas troje iz našeg društva: ja, gospođa Milica Jovanović i gospodin Stevan Nikolić.

Zanima nas sto o starijim ljudima – mnogi naši članovi su penzioneri koji žive sami, a deca su im daleko. Hteli bismo da podelimo iskustva i čujemo šta grad planira.

Srdačan pozdrav,
Dragana Petrović
Srpsko kulturno-umetničko društvo „Sloga“ Münster
""", "windows-1250", "quoted-printable")))

# 035: English question from a student (Outlook "Last, First" display name, UTF-8 8bit): may she observe without a table; she will register later if allowed.
add("kim-question-observer", person("question", "h.kim@uni-muenster.example", "Hannah Kim", "Universität Münster", "en"),
    message([
        ("Message-ID", "<VI1PR04MB5566778899AABBCC@VI1PR04MB5566.eurprd04.prod.outlook.example>"),
        ("Date", date("2027-04-29 10:20:41", "+0200")),
        ("From", addr("Kim, Hannah", "h.kim@uni-muenster.example")),
        ("To", OURS),
        ("Subject", "Question: attending as an observer?"),
        ("Content-Language", "en-GB"),
    ], text("""\
Dear organisers,

I'm a master's student at the Institute of Geography and I'm writing my thesis on participation formats in neighbourhood planning. I don't live in Münster-Süd myself.

Would it be possible for me to attend the conference as an observer, without joining one of the five tables? And would you mind if I took handwritten notes (no recordings, no names)? If that's fine with you, I'll of course register properly.

Kind regards,
Hannah Kim

Hannah Kim, B.Sc.
Institut für Geographie | Universität Münster
h.kim@uni-muenster.example
""", "utf-8", "8bit")))

# 036: Dari (Afghan Persian, language code fa), UTF-8 8bit; "من و برادرم، جمعاً ۲ نفر" with Persian digits; youth first, transport/bus second; German organisation in the signature.
add("sultani-dari-jawanan", reg("nasir.sultani@gmail.example", "Mohammad Nasir Sultani", "Afghanischer Kulturverein Münster e.V.", ["jugend", "verkehr"], 2, "fa"),
    message([
        ("Message-ID", "<CAK5tR8nQ2mW7pL3xZ9vB4cY1hJ6dF0sG8aE3uI5oN2kP7qT6rU@mail.gmail.example>"),
        ("Date", date("2027-04-30 17:35:26", "+0200")),
        ("From", addr("M. Nasir Sultani", "nasir.sultani@gmail.example")),
        ("To", OURS),
        ("Subject", hdr("اشتراک در کنفرانس همسایه‌ها")),
    ], text("""\
سلام علیکم،

من محمد نصیر سلطانی از انجمن فرهنگی افغان‌های مونستر هستم. می‌خواهم در کنفرانس همسایه‌ها به تاریخ ۲۲ می اشتراک کنم. من و برادرم، جمعاً ۲ نفر.

موضوع مهم برای ما جوانان است، جوانان افغان در این منطقه جای برای وقت‌گذرانی ندارند. اگر ممکن نبود، میز ترانسپورت و بس هم خوب است، چون شب‌ها بس خیلی کم است.

تشکر زیاد
Mohammad Nasir Sultani
Afghanischer Kulturverein Münster e.V.
""", "utf-8", "8bit")))

# 037: change written in German by the daughter from her mother's account: the attendee is the mother; playgrounds -> Tisch Wohnen; UTF-8 QP.
add("haddad-tochter-wechsel-wohnen", chg("samira.haddad@gmx.example", "Samira Haddad", "Arabischer Frauenverein Münster e.V.", ["wohnen"], None, "de"),
    message([
        ("Message-ID", "<trinity-4d5e6f70-8192-4a3b-bc4d-5e6f7a8b9c0d-1746184380555@3c-app-gmx-bap33.example>"),
        ("Date", date("2027-05-02 13:13:00", "+0200")),
        ("From", addr("Samira Haddad", "samira.haddad@gmx.example")),
        ("To", OURS),
        ("Subject", hdr("Tisch ändern - Samira Haddad")),
    ], text("""\
Hallo,

ich schreibe für meine Mutter, Samira Haddad, weil ihr Deutsch nicht so gut ist. Sie hat sich im März für den Tisch mit den Spielplätzen angemeldet (sie und ich). Sie möchte jetzt lieber an den Tisch Wohnen, weil unser Vermieter die Miete erhöhen will und sie dazu Fragen hat. Ich komme trotzdem mit.

Viele Grüße
Lina Haddad
""", "utf-8", "quoted-printable")))

# 038: HTML-only web mail (UTF-8 base64), no text part; "zu zweit"; Schulweg -> verkehr first, Spielplätze/Grün second.
add("brandt-kita-html-schulweg", reg("lisa.brandt@web.example", "Lisa Brandt", "Elternrat Kita Sonnenblume", ["verkehr", "gruen"], 2, "de"),
    message([
        ("Message-ID", "<trinity-6f708192-a3b4-4c5d-8e9f-a0b1c2d3e4f5-1746301680321@3c-app-webde-bs41.example>"),
        ("Date", date("2027-05-03 21:48:00", "+0200")),
        ("From", addr("Lisa Brandt", "lisa.brandt@web.example")),
        ("To", OURS),
        ("Subject", "Anmeldung Elternrat Kita Sonnenblume"),
    ], text("""\
<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hallo zusammen,</div>
<div>&nbsp;</div>
<div>ich bin im Elternrat der Kita Sonnenblume und wir möchten uns gern zur Nachbarschaftskonferenz anmelden &ndash; wir kommen zu zweit (ich und Stefanie Kühn aus dem Elternrat).</div>
<div>&nbsp;</div>
<div>Am wichtigsten ist uns der <b>Schulweg</b>: An der Kreuzung Südstraße/Am Südpark gibt es keine Ampel, und jeden Morgen wird es brenzlig. Also bitte zuerst Verkehr. Falls da kein Platz mehr ist, gern Grün &ndash; Spielplätze sind ja auch unser Thema.</div>
<div>&nbsp;</div>
<div>Liebe Grüße<br/>Lisa Brandt<br/>Elternrat Kita Sonnenblume</div></div></body></html>
""", "UTF-8", "base64", subtype="html", quoted_charset=False)))

# 039: association mailbox with Reply-To to the chairman's own address (and he asks for the answer there); PDF attachment; Verkehr first, Senioren second; 2 persons; ISO-8859-15 QP.
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
add("tiemann-buergerverein-replyto-pdf", reg("m.tiemann@buergerverein-ho.example", "Manfred Tiemann", "Bürgerverein Hiltrup-Ost e.V.", ["verkehr", "senioren"], 2, "de"),
    message([
        ("Message-ID", "<5f6e7d8c-9b0a-4f1e-8d2c-3b4a5f6e7d8c@buergerverein-ho.example>"),
        ("Date", date("2027-05-04 09:30:00", "+0200")),
        ("From", addr("Bürgerverein Hiltrup-Ost e.V.", "post@buergerverein-ho.example", "iso-8859-15")),
        ("Reply-To", addr("Manfred Tiemann", "m.tiemann@buergerverein-ho.example")),
        ("To", OURS),
        ("Subject", hdr("Anmeldung Bürgerverein Hiltrup-Ost / Stellungnahme Buslinie", "iso-8859-15")),
        ("User-Agent", "Roundcube Webmail/1.6.6"),
    ], multi("mixed", [
        text("""\
Sehr geehrte Damen und Herren,

der Bürgerverein Hiltrup-Ost e.V. nimmt gern an der Nachbarschaftskonferenz teil. Es kommen unser Kassierer, Herr Wöstmann, und ich - also zwei Personen.

Wir möchten uns am Tisch Verkehr einbringen; als zweite Wahl nennen wir den Tisch Senioren. Anbei finden Sie unsere Stellungnahme zur geplanten Ausdünnung der Buslinie 14 vom Februar, die wir gern als Diskussionsgrundlage einbringen würden.

Bitte senden Sie die Bestätigung an meine persönliche Adresse (m.tiemann@buergerverein-ho.example), das Vereinspostfach wird nur unregelmäßig gelesen.

Mit freundlichen Grüßen

Manfred Tiemann
1. Vorsitzender
Bürgerverein Hiltrup-Ost e.V.
post@buergerverein-ho.example
""", "iso-8859-15", "quoted-printable", quoted_charset=False),
        binary(_pdf, "application/pdf", "Stellungnahme_Buslinie14_2027-02.pdf"),
    ], "=_a3b4c5d6e7f8091a2b3c4d5e6f708192")))

# 040: English inline reply to the quoted German invitation: answers under each quoted request; "My husband and I, so 2"; seniors first, housing second.
add("mensah-inline-reply", reg("grace.mensah@yahoo.example", "Grace Mensah", "Christ Apostolic Church Münster", ["senioren", "wohnen"], 2, "en"),
    message([
        ("Message-ID", "<1746453300987.1122334.grace@mail.yahoo.example>"),
        ("Date", date("2027-05-05 15:55:00", "+0200")),
        ("From", addr("Grace", "grace.mensah@yahoo.example")),
        ("To", US),
        ("Subject", hdr("Re: " + INVITE_SUBJECT)),
        ("In-Reply-To", INVITE_ID),
        ("References", INVITE_ID),
    ], text("""\
Hello,

I hope it is okay that I answer in English, my German is still basic.

On Monday, 15 March 2027, 10:00, Nachbarschaftskonferenz Münster-Süd <nachbarschaft@muenster.example> wrote:
""" + quote(INVITATION.split("Bitte melden Sie")[0]) + """
>
> Bitte melden Sie sich bis Freitag, 14. Mai 2027, per E-Mail an:
> nachbarschaft@muenster.example
>
> Schreiben Sie uns bitte Ihren Namen, ggf. Ihre Initiative, Ihren
> Verein oder Ihre Gemeinde,

Grace Mensah, Christ Apostolic Church Münster

> an welchem Tisch Sie mitreden möchten
> (gern mit 1. und 2. Wahl)

1st: the table for older people (Senioren). 2nd: housing.

> und mit wie vielen Personen Sie kommen.

My husband and I, so 2.

> Mit freundlichen Grüßen
> Stadt Münster
> Büro für Bürgerbeteiligung
> Team Nachbarschaftskonferenz

God bless,
Grace
""", "utf-8", "quoted-printable")))

# 041: ticket-system receipt from a housing company (no Auto-Submitted or Precedence header; only the text says it is automatic); ISO-8859-1 QP.
add("wohnbau-ticket-eingang", machine("auto_reply"),
    message([
        ("Message-ID", "<1746511260.771234.2027050610000123@ticket.wohnbau-sued.example>"),
        ("Date", date("2027-05-06 08:01:00", "+0200")),
        ("From", addr("Wohnbau Süd eG - Kundenservice", "service@wohnbau-sued.example", "iso-8859-1")),
        ("To", OURS),
        ("Subject", hdr("[Ticket#2027050610000123] Ihre Anfrage: Einladung Nachbarschaftskonferenz Münster-Süd", "iso-8859-1")),
        ("In-Reply-To", "<einladung-2027-05-05.0044@muenster.example>"),
        ("X-Mailer", "OTRS Mail Service"),
    ], text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist unter der Ticketnummer
2027050610000123 bei uns eingegangen und wird schnellstmöglich bearbeitet.
Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Unsere Servicezeiten: Mo-Do 8-16 Uhr, Fr 8-12 Uhr.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht
auf diese E-Mail.

Ihre Wohnbau Süd eG
""", "iso-8859-1", "quoted-printable")))

# 042: the mosque's board cancels the group registration another member made; restates "9 Personen" and mentions Tisch Jugend but cancels; windows-1252 QP.
add("igbf-vorstand-absage-gemeindefest", person("cancellation", "vorstand@igbf.example", "Hatice Arslan", "Islamische Gemeinde Berg Fidel e.V.", "de"),
    message([
        ("Message-ID", "<000c01db9f5a$7b8c9d00$72a5b700$@igbf.example>"),
        ("Date", date("2027-05-07 18:40:09", "+0200")),
        ("From", addr("Islamische Gemeinde Berg Fidel - Vorstand", "vorstand@igbf.example")),
        ("To", OURS),
        ("Subject", "Absage Islamische Gemeinde Berg Fidel"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text("""\
Sehr geehrte Damen und Herren,

leider müssen wir die Anmeldung unserer Gemeinde (angemeldet durch Herrn Yusuf Demirci, 9 Personen) für die Nachbarschaftskonferenz absagen. Wir haben erst jetzt bemerkt, dass an diesem Wochenende unser jährliches Gemeindefest stattfindet, und alle Helfer werden dort gebraucht.

Wir bedauern das sehr. Über die Ergebnisse vom Tisch Jugend würden wir uns freuen – vielleicht können Sie uns das Protokoll schicken?

Mit freundlichen Grüßen
i. A. Hatice Arslan
Schriftführerin
Islamische Gemeinde Berg Fidel e.V.
""", "windows-1252", "quoted-printable")))

# 043: change: group shrinks 6 -> 4, "Am Tisch ändert sich nichts" (no new table); Outlook-style unprefixed quote of our confirmation below; UTF-8 QP.
add("leifeld-nur-zu-viert", chg("leifeld@ekg-muenster-sued.example", "Katharina Leifeld", "Evangelische Kirchengemeinde Münster-Süd", [], 4, "de"),
    message([
        ("Message-ID", "<FR3P281MB1622B1C2D3E4F5A6@FR3P281MB1622.DEUP281.PROD.OUTLOOK.example>"),
        ("Date", date("2027-05-10 09:20:00", "+0200")),
        ("From", addr("Leifeld, Katharina", "leifeld@ekg-muenster-sued.example")),
        ("To", US),
        ("Subject", hdr("AW: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027")),
        ("In-Reply-To", "<bestaetigung-0006@muenster.example>"),
        ("References", "<bestaetigung-0006@muenster.example>"),
        ("Content-Language", "de-DE"),
    ], text("""\
Liebes Team,

leider haben sich zwei Damen aus unserem Kreis krankgemeldet, wir kommen deshalb nur zu viert. Am Tisch ändert sich nichts.

Herzliche Grüße
Katharina Leifeld

--
Pfarrerin Dr. Katharina Leifeld
Evangelische Kirchengemeinde Münster-Süd
Telefon 0251 000 7788

Von: Nachbarschaftskonferenz Münster-Süd <nachbarschaft@muenster.example>
Gesendet: Samstag, 27. März 2027 09:40
An: Leifeld, Katharina <leifeld@ekg-muenster-sued.example>
Betreff: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027

""" + confirmation("Guten Tag Frau Dr. Leifeld", ["senioren", "gruen"], 6), "utf-8", "quoted-printable")))

# 044: Turkish teenager from an iPhone, mixing in German words ("Jugend masası", "Jugendtreff"); "arkadaşım Melis de ... (2 kişi)"; UTF-8 QP.
add("sahin-genc-jugend-masasi", reg("elif.sahin@hotmail.example", "Elif Şahin", None, ["jugend"], 2, "tr"),
    message([
        ("Message-ID", "<5A4B3C2D-1E0F-4A9B-8C7D-6E5F4A3B2C1D@hotmail.example>"),
        ("Date", date("2027-05-11 22:30:51", "+0200")),
        ("From", addr("Elif Şahin", "elif.sahin@hotmail.example")),
        ("To", OURS),
        ("Subject", hdr("Konferans kaydı")),
        ("X-Mailer", "iPhone Mail (21F90)"),
    ], text("""\
Merhaba,
Ben Elif, 17 yaşındayım ve Berg Fidel'de oturuyorum. 22 Mayıs'taki konferansa gelmek istiyorum, arkadaşım Melis de benimle gelecek (2 kişi).
Jugend masasına katılmak istiyoruz çünkü bizim için burada hiçbir şey yok, Jugendtreff de hep kapalı 😕
Teşekkürler!
Elif Şahin

iPhone'umdan gönderildi
""", "utf-8", "quoted-printable")))

# 045: cancellation in learner German without umlauts, sent with KOI8-R (Russian closing); restates the club and 5 persons; language is German this time.
add("volkova-absage-deutsch-koi8r", person("cancellation", "t.volkova@yandex.example", "Татьяна Волкова", "Seniorenclub \"Raduga\" e.V.", "de"),
    message([
        ("Message-ID", "<1746940260.733102@yandex.example>"),
        ("Date", date("2027-05-12 11:11:00", "+0200")),
        ("From", addr("Татьяна Волкова", "t.volkova@yandex.example", "koi8-r")),
        ("To", OURS),
        ("Subject", "Absage Raduga"),
    ], text("""\
Guten Tag,

ich schreibe auf Deutsch, mein Enkel hat geholfen. Leider wir konnen
nicht kommen am 22. Mai mit unsere Klub "Raduga", 5 Personen. An diese
Tag wir haben Busreise nach Holland, das war schon lange geplant, ich
habe vergessen. Entschuldigung!

Bitte streichen Sie uns von die Liste.

С уважением,
Татьяна Волкова
""", "koi8-r", "8bit")))

# 046: question before registering: is Tisch Wohnen still free, and does the deadline hold; conditional intent only; UTF-8 QP.
add("bertling-frage-noch-platz", person("question", "k.bertling@posteo.example", "Karsten Bertling", None, "de"),
    message([
        ("Message-ID", "<b7c8d9e0f1a2@posteo.example>"),
        ("Date", date("2027-05-13 16:05:30", "+0200")),
        ("From", addr("Karsten Bertling", "k.bertling@posteo.example")),
        ("To", OURS),
        ("Subject", "Noch Platz am Tisch Wohnen?"),
    ], text("""\
Hallo,

bevor ich mich anmelde: Ist am Tisch Wohnen überhaupt noch etwas frei? Ein Bekannter meinte, der sei schon voll. Wenn ja, melde ich mich gern an, sonst überlege ich noch, ob ein anderer Tisch für mich passt.

Und gilt die Anmeldefrist bis morgen, 14. Mai, streng um Mitternacht?

Gruß
Karsten Bertling
""", "utf-8", "quoted-printable")))

# 047: English change, Gmail multipart/alternative, top-posted over our confirmation (Tisch Verkehr + 2. Wahl Jugend, 1 person): move to youth, wife joins -> 2.
_quoted_conf = confirmation("Guten Tag Herr Okafor", ["verkehr", "jugend"], 1)
_t = """\
Hi again,

Quick change if that's still possible: could you move me from the bus/traffic table to the youth one? Our youth leader dropped out and someone from the community should speak for the young people. Also my wife Ngozi will come along, so we are two now.

Cheers,
Daniel

On Sun, 21 Mar 2027 at 09:30, Nachbarschaftskonferenz Münster-Süd <nachbarschaft@muenster.example> wrote:

""" + quote(_quoted_conf) + "\n"
_h = ("<div dir=\"ltr\"><div>Hi again,</div><div><br></div><div>Quick change if that&#39;s still possible: could you move me from the bus/traffic table to the youth one? Our youth leader dropped out and someone from the community should speak for the young people. Also my wife Ngozi will come along, so we are two now.</div><div><br></div><div>Cheers,</div><div>Daniel</div></div><br>"
      "<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Sun, 21 Mar 2027 at 09:30, Nachbarschaftskonferenz Münster-Süd &lt;<a href=\"mailto:nachbarschaft@muenster.example\">nachbarschaft@muenster.example</a>&gt; wrote:<br></div>"
      "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
      + "<br>".join(_quoted_conf.strip().split("\n")) + "</blockquote></div>\n")
add("okafor-change-youth-wife", chg("daniel.okafor@gmail.example", "Daniel Okafor", "Nigerian Community Münster", ["jugend"], 2, "en"),
    message([
        ("Message-ID", "<CAF3k9pRz1Lm5nQ8wC2uX7yV4dK9hF6tE0bH3jL8oP2qS5rT7uV@mail.gmail.example>"),
        ("Date", date("2027-05-14 20:20:02", "+0200")),
        ("From", addr("Daniel Okafor", "daniel.okafor@gmail.example")),
        ("To", US),
        ("Subject", hdr("Re: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027")),
        ("In-Reply-To", "<bestaetigung-0004@muenster.example>"),
        ("References", "<CAF3k9pQx7Lr2mN8vB4tY1zW6cJ0hE5sD9aG2uK7iO3nP8qR4sT@mail.gmail.example> <bestaetigung-0004@muenster.example>"),
    ], multi("alternative", [text(_t, "UTF-8", "quoted-printable", quoted_charset=False),
                             text(_h, "UTF-8", "quoted-printable", subtype="html", quoted_charset=False)],
             "000000000000f1e2d3c40623a5b6")))

# 048: Exim plain-text bounce (no multipart/report) of a reminder; the original, QP-encoded, is copied below; recipient address appears several times.
add("bounce-exim-loemker", machine("bounce", "karin.loemker@gmx.example"),
    message([
        ("Message-ID", "<E1uQx7Z-0003Ab-Kp@mx2.muenster.example>"),
        ("Date", date("2027-05-15 03:12:44", "+0200")),
        ("From", addr("Mail Delivery System", "Mailer-Daemon@mx2.muenster.example")),
        ("To", OURS),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Failed-Recipients", "karin.loemker@gmx.example"),
    ], text("""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  karin.loemker@gmx.example
    host mx00.gmx.example [192.0.2.17]
    SMTP error from remote mail server after RCPT TO:<karin.loemker@gmx.example>:
    550 Requested action not taken: mailbox unavailable

------ This is a copy of the message, including all the headers. ------

Return-path: <nachbarschaft@muenster.example>
Received: from app01.muenster.example ([198.51.100.23])
	by mx2.muenster.example with esmtpa (Exim 4.96)
	id 1uQx7Y-0003AZ-9f
	for karin.loemker@gmx.example;
	Sat, 15 May 2027 03:12:40 +0200
Message-ID: <erinnerung-7d-0027@muenster.example>
Date: Sat, 15 May 2027 03:12:40 +0200
From: =?utf-8?q?Nachbarschaftskonferenz_M=C3=BCnster-S=C3=BCd?= <nachbarschaft@muenster.example>
To: Karin Loemker <karin.loemker@gmx.example>
Subject: =?utf-8?q?Erinnerung=3A_Nachbarschaftskonferenz_am_22=2E_Mai?=
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag Frau L=C3=B6mker,

wir freuen uns, Sie in einer Woche bei der Nachbarschaftskonferenz M=C3=BC=
nster-S=C3=BCd zu sehen: Samstag, 22. Mai 2027, 10.00 Uhr, Aula der S=C3=
=BCdpark-Schule.

Sie sind angemeldet f=C3=BCr: Tisch Gr=C3=BCn (1 Person).
""", "us-ascii", "7bit", quoted_charset=False)))

# 049: Persian cancellation, plain UTF-8 base64; gives the family reason; "لطفاً ثبت‌نام ما را لغو کنید".
add("ahmadi-laghv", person("cancellation", "maryam.ahmadi@gmail.example", "مریم احمدی", None, "fa"),
    message([
        ("Message-ID", "<CAJx8w3Zr5Q1oT8sU3wM2nC7tG1eI4bA6dF9hV3jX0pL5qO8yS@mail.gmail.example>"),
        ("Date", date("2027-05-17 10:40:00", "+0200")),
        ("From", addr("مریم احمدی", "maryam.ahmadi@gmail.example")),
        ("To", OURS),
        ("Subject", hdr("لغو ثبت‌نام - Absage")),
    ], text("""\
سلام،

متأسفانه من و همسرم نمی‌توانیم روز ۲۲ مه در کنفرانس شرکت کنیم، چون مادرم در ایران بیمار شده و باید سفر کنیم. لطفاً ثبت‌نام ما را لغو کنید.

ببخشید و ممنون
مریم احمدی
""", "UTF-8", "base64", quoted_charset=False)))

# 050: city staff cancel two days before the event, Outlook multipart/alternative ISO-8859-1 QP; names Tisch Wohnen only as the one who will get her figures.
_t = """\
Sehr geehrte Damen und Herren,

leider müssen Herr Kruse und ich unsere Teilnahme an der Nachbarschaftskonferenz am Samstag absagen - wir sind kurzfristig für den Tag der offenen Tür im Stadthaus eingeteilt worden.

Die Zahlen zur Mietentwicklung schicke ich Ihnen gern bis Freitag, damit der Tisch Wohnen sie trotzdem nutzen kann.

Mit freundlichen Grüßen
Im Auftrag

Sabine Overhage

Stadt Münster
Amt für Wohnungswesen und Quartiersentwicklung
Tel. 0251 000-4711
"""
_h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body lang=\"DE\"><div class=\"WordSection1\">"
      + "".join(f"<p class=\"MsoNormal\">{line or '&nbsp;'}</p>\n" for line in _t.strip().split("\n"))
      + "</div></body></html>\n")
add("overhage-absage-kurzfristig", person("cancellation", "sabine.overhage@stadt-muenster.example", "Sabine Overhage", "Amt für Wohnungswesen und Quartiersentwicklung", "de"),
    message([
        ("Message-ID", "<0A1B2C3D4E5F6A7B8C9D@EXCH01.stadt-muenster.example>"),
        ("Date", date("2027-05-20 14:25:37", "+0200")),
        ("From", addr("Overhage, Sabine", "sabine.overhage@stadt-muenster.example")),
        ("To", addr("Nachbarschaftskonferenz Münster-Süd", OURS)),
        ("Subject", hdr("AW: Ihre Anmeldung zur Nachbarschaftskonferenz Münster-Süd 2027", "iso-8859-1")),
        ("In-Reply-To", "<bestaetigung-0015@muenster.example>"),
        ("Content-Language", "de-DE"),
    ], multi("alternative", [text(_t, "iso-8859-1", "quoted-printable", quoted_charset=False),
                             text(_h, "iso-8859-1", "quoted-printable", subtype="html", quoted_charset=False)],
             "_000_0A1B2C3D4E5F6A7B8C9DEXCH01_")))

# ---------------------------------------------------------------------------
# validation, writing, checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+$=-]*@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9+.-]*://([^/\s\"'<>?#]+)")
WWW_RE = re.compile(r"(?<![\w./@-])(www\.[A-Za-z0-9.-]+[A-Za-z0-9])")
CID_RE = re.compile(r"cid:\S+|<image\d+\.png@[^>]+>")


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def text_parts(msg):
    """Yield every text/* leaf that is real content (not the blocks inside a delivery-status)."""
    if msg.is_multipart():
        for sub in msg.get_payload():
            yield from text_parts(sub)
    elif msg.get_content_type() == "message/delivery-status":
        return
    elif msg.get_content_maintype() == "text":
        yield msg


def all_defects(msg):
    found = list(msg.defects)
    if msg.is_multipart() or msg.get_content_type() == "message/delivery-status":
        for sub in msg.get_payload():
            found += all_defects(sub)
    return found


def load_config():
    with open(CONFIG, "rb") as fh:
        return tomllib.load(fh)


def validate(files, expected):
    cfg = load_config()
    assert cfg["event"]["registration_address"] == OURS, "config registration_address"
    ids = [w["id"] for w in cfg["workgroups"]]
    problems = []
    last_date = None
    for name, raw in files:
        def bad(msg_):
            problems.append(f"{name}: {msg_}")
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("bare CR or LF")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                bad(f"line {i} longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if all_defects(msg):
            bad(f"defects: {all_defects(msg)}")
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if last_date is not None and dt <= last_date:
            bad("Date does not rise")
        last_date = dt
        corpus_text = []
        for h, v in msg.items():
            corpus_text.append(f"{h}: {v}")
        for part in text_parts(msg):
            payload = part.get_payload(decode=True)
            if part.defects:
                bad(f"defects after decoding: {part.defects}")
            cs = part.get_content_charset() or "us-ascii"
            try:
                decoded = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                bad(f"text part does not decode strictly as {cs}: {e}")
                continue
            if part.get_content() != decoded:
                # get_content() normalises line ends; compare modulo those
                if part.get_content().replace("\r\n", "\n") != decoded.replace("\r\n", "\n"):
                    bad("get_content() differs from strict decoding")
            corpus_text.append(decoded)
        for sub in msg.walk():
            if sub.get_content_type() == "message/delivery-status":
                for block in sub.get_payload():
                    corpus_text += [f"{h}: {v}" for h, v in block.items()]
        blob = CID_RE.sub(" ", "\n".join(corpus_text))
        for m in EMAIL_RE.finditer(blob):
            if not example_host(m.group(1)):
                bad(f"non-example address host {m.group(1)!r}")
        for m in URL_RE.finditer(blob):
            if not example_host(m.group(1)):
                bad(f"non-example URL host {m.group(1)!r}")
        for m in WWW_RE.finditer(blob):
            if not example_host(m.group(1)):
                bad(f"non-example host {m.group(1)!r}")

        rec = expected[name]
        if tuple(rec) != FIELDS:
            bad(f"record keys {tuple(rec)}")
            continue
        k = rec["kind"]
        if k not in KINDS:
            bad(f"kind {k!r}")
            continue
        wg = rec["workgroups"]
        if not isinstance(wg, list) or any(w not in ids for w in wg) or len(set(wg)) != len(wg):
            bad(f"workgroups {wg!r}")
        if k in PERSON_KINDS:
            e = rec["email"]
            if not (isinstance(e, str) and e == e.lower() and "@" in e and example_host(e.split("@")[1])):
                bad(f"email {e!r}")
            elif e not in blob.lower():
                bad(f"email {e!r} does not occur in the mail")
            if not (isinstance(rec["language"], str) and re.fullmatch(r"[a-z]{2}", rec["language"])):
                bad(f"language {rec['language']!r}")
            if rec["name"] is not None and not (isinstance(rec["name"], str) and rec["name"].strip()):
                bad("name")
            if rec["organisation"] is not None and not (isinstance(rec["organisation"], str) and rec["organisation"].strip()):
                bad("organisation")
            if rec["bounced_recipient"] is not None:
                bad("bounced_recipient must be null")
        else:
            for f in ("email", "name", "organisation", "language", "party_size"):
                if rec[f] is not None:
                    bad(f"{f} must be null for {k}")
            if wg:
                bad("workgroups must be [] for machine mail")
        if k == "registration":
            if not (isinstance(rec["name"], str) and isinstance(rec["party_size"], int)
                    and not isinstance(rec["party_size"], bool) and 1 <= rec["party_size"] <= 9):
                bad("registration needs a name and a party_size 1..9")
            if not wg:
                bad("every registration in this set states a table")
        elif k == "change":
            p = rec["party_size"]
            if p is not None and not (isinstance(p, int) and p >= 1):
                bad(f"party_size {p!r}")
        elif k in ("cancellation", "question"):
            if rec["party_size"] is not None or wg:
                bad("party_size/workgroups must be null/[]")
        if k == "bounce":
            b = rec["bounced_recipient"]
            if not (isinstance(b, str) and b == b.lower() and b in blob.lower()):
                bad(f"bounced_recipient {b!r}")
        elif rec["bounced_recipient"] is not None:
            bad("bounced_recipient must be null")
    if problems:
        raise SystemExit("validation failed:\n  " + "\n  ".join(problems))


def build():
    files = [(name, raw) for name, raw, _ in MAILS]
    expected = {name: {f: exp[f] for f in FIELDS} for name, _, exp in MAILS}
    exp_bytes = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files, expected, exp_bytes


def stats(files, expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    charsets, ctes, shapes = Counter(), Counter(), Counter()
    def leaves(m):
        if m.is_multipart() and m.get_content_type() != "message/delivery-status":
            for sub in m.get_payload():
                yield from leaves(sub)
        else:
            yield m
    for name, raw in files:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in leaves(msg):
            if part.get_content_maintype() == "text" and part.get_content_type() != "text/rfc822-headers":
                charsets[(part.get_content_charset() or "us-ascii (implicit)").lower()] += 1
            ctes[str(part.get("Content-Transfer-Encoding", "7bit (implicit)")).lower()] += 1
        shapes[msg.get_content_type()] += 1
    print(f"{len(files)} mails")
    for title, c in (("kind", kinds), ("language", langs), ("top-level type", shapes),
                     ("text charset", charsets), ("transfer encoding", ctes)):
        print(f"{title}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:<28} {v}")


def main(argv):
    files, expected, exp_bytes = build()
    validate(files, expected)
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        diffs = []
        on_disk = sorted(p.name for p in MAILDIR.glob("*.eml")) if MAILDIR.is_dir() else []
        if on_disk != [n for n, _ in files]:
            diffs.append("mails/ has other file names")
        for name, raw in files:
            p = MAILDIR / name
            if not p.is_file() or p.read_bytes() != raw:
                diffs.append(f"mails/{name} differs")
        if not EXPECTED.is_file() or EXPECTED.read_bytes() != exp_bytes:
            diffs.append("expected.json differs")
        if diffs:
            print("check failed:\n  " + "\n  ".join(diffs))
            return 1
        print(f"check ok: {len(files)} mails and expected.json match")
        return 0
    MAILDIR.mkdir(exist_ok=True)
    for p in MAILDIR.glob("*.eml"):
        p.unlink()
    for name, raw in files:
        (MAILDIR / name).write_bytes(raw)
    EXPECTED.write_bytes(exp_bytes)
    # re-read what was written and validate it again
    files2 = [(p.name, p.read_bytes()) for p in sorted(MAILDIR.glob("*.eml"))]
    validate(files2, json.loads(EXPECTED.read_text(encoding="utf-8")))
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
