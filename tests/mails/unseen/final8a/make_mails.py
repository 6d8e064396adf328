#!/usr/bin/env python3
"""Evaluation set "final8a" for `mailbot parse` (MSO-Tag 2027, config = dev's).

Theme: the small associations' inbox in the last ten days before the
registration deadline (25 Feb - 6 Mar 2027).  Writers are members and chairs of
small migrant organisations; about half of the person mails are German (much
of it learner German), the rest in the writers' own languages or mixed.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    change nothing; fail if files on disk differ
    python3 make_mails.py --stats    print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import binascii
import email
import email.policy
import json
import re
import struct
import sys
import textwrap
import zlib
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

OURS = "mso-tag@muenster.example"
OURS_NAMED = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
WORKGROUPS = ("AG1", "AG2", "AG3")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")


def T(s):
    """Dedent a triple-quoted text block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def quote(text, prefix="> "):
    return "".join((prefix + line).rstrip() + "\n" if line.strip() else prefix.rstrip() + "\n"
                   for line in text.splitlines())


# ---------------------------------------------------------------------------
# MIME building blocks (everything is built with "\n" and turned into CRLF at
# the very end; none of the charsets used has a multi-byte "\n")
# ---------------------------------------------------------------------------

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body            # bytes, lines end in "\n"

    def render(self):
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def qp_encode(data):
    out = []
    for line in data.split(b"\n"):
        out.append(binascii.b2a_qp(line, quotetabs=False, istext=False, header=False))
    return b"\n".join(out)


def b64_encode(data):
    return base64.encodebytes(data)


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", params="",
              extra=(), disposition=None):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte == "7bit":
        data.decode("ascii")
        body = data
    elif cte == "8bit":
        body = data
    elif cte == "quoted-printable":
        body = qp_encode(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = b64_encode(data)
    else:
        raise ValueError(cte)
    headers = [("Content-Type", f"text/{subtype}; charset=\"{charset}\"{params}")]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    headers.append(("Content-Transfer-Encoding", cte))
    headers.extend(extra)
    return Part(headers, body)


def binary_part(data, ctype, filename, disposition="attachment", extra=()):
    headers = [("Content-Type", f"{ctype}; name=\"{filename}\""),
               ("Content-Disposition", f"{disposition}; filename=\"{filename}\""),
               ("Content-Transfer-Encoding", "base64")]
    headers.extend(extra)
    return Part(headers, b64_encode(data))


def multipart(subtype, parts, boundary, params="", preamble="This is a multi-part message in MIME format.\n"):
    body = preamble.encode("ascii") if preamble else b""
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{boundary}\"{params}")], body)


def message_part(inner_bytes, ctype="message/rfc822", cte="7bit", extra=()):
    headers = [("Content-Type", ctype)] + list(extra)
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, inner_bytes)


def h(value, charset="utf-8", name="Subject"):
    """Header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(linesep="\n")


def a(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def rfcdate(when):
    return format_datetime(when)


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def received(frm_host, ip, by_host, dt, ident, for_addr=OURS, proto="ESMTPS"):
    return ("Received", f"from {frm_host} ({frm_host} [{ip}])\n\tby {by_host} (Postfix) "
                        f"with {proto} id {ident}\n\tfor <{for_addr}>; {rfcdate(dt)}")


def build(headers, part, dt):
    """Complete message: Received lines, given headers, MIME headers, body."""
    hdrs = list(headers)
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(part.headers)
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    raw = head + b"\n" + part.body
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


def inner(headers, part):
    """An embedded message (message/rfc822 body), LF line ends (converted later)."""
    hdrs = list(headers) + [("MIME-Version", "1.0")] + part.headers
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    return head + b"\n" + part.body


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------

def rec(kind, email=None, name=None, organisation=None, workgroups=(),
        party_size=None, language=None, bounced_recipient=None):
    return {"kind": kind, "email": email, "name": name, "organisation": organisation,
            "workgroups": list(workgroups), "party_size": party_size,
            "language": language, "bounced_recipient": bounced_recipient}


def reg(email, name, org, wgs, party, lang):
    return rec("registration", email, name, org, wgs, party, lang)


def machine(kind, bounced=None):
    return rec(kind, bounced_recipient=bounced)


MAILS = []


def mail(slug, date, expected):
    def deco(fn):
        MAILS.append((slug, when(date), expected, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# texts of our side, quoted in replies
# ---------------------------------------------------------------------------

INVITATION = T("""
    Sehr geehrte Damen und Herren,
    liebe Aktive in den Migrantenselbstorganisationen,

    herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

    Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
    Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

    Nach einem gemeinsamen Auftakt arbeiten wir in drei parallelen
    Arbeitsgruppen:

    AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem
    AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit
           Migrationsvorgeschichte
    AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement

    Die Teilnahme ist kostenlos. Eine Anmeldung ist bis zum 6. März 2027
    erforderlich, per E-Mail an mso-tag@muenster.example.

    Bitte teilen Sie uns bei der Anmeldung Folgendes mit:
    - Name und Vorname
    - Organisation
    - Anzahl der Personen
    - gewünschte Arbeitsgruppe (AG 1, AG 2 oder AG 3)

    Wir freuen uns auf Sie!

    Ihr Team MSO-Tag
    Amt für Migration und interkulturelle Angelegenheiten
    Stadt Münster
    """)


def confirmation(greeting, persons, ag, extra=""):
    return T(f"""
        {greeting}

        vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
        am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
        Prinzipalmarkt 8, 48143 Münster.

        Wir haben notiert:
          Personen: {persons}
          Arbeitsgruppe: {ag}
        """) + extra + T("""

        Änderungen oder eine Absage schicken Sie bitte einfach als Antwort auf
        diese Mail.

        Mit freundlichen Grüßen
        Ihr Team MSO-Tag
        Amt für Migration und interkulturelle Angelegenheiten, Stadt Münster
        """)


CONF_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"

OUTLOOK_DISCLAIMER = T("""
    Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
    Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten
    haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
    Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
    gestattet.
    """)


def outlook_html(paragraphs, charset):
    """An Outlook (Word engine) HTML body; every paragraph is one <p class=MsoNormal>."""
    out = [
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">',
        "<head>",
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
        "<style><!--",
        "/* Font Definitions */",
        "@font-face",
        "\t{font-family:\"Cambria Math\";",
        "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
        "@font-face",
        "\t{font-family:Calibri;",
        "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}",
        "/* Style Definitions */",
        "p.MsoNormal, li.MsoNormal, div.MsoNormal",
        "\t{margin:0cm;",
        "\tfont-size:11.0pt;",
        "\tfont-family:\"Calibri\",sans-serif;",
        "\tmso-fareast-language:EN-US;}",
        "span.E-MailFormatvorlage17",
        "\t{mso-style-type:personal-compose;",
        "\tfont-family:\"Calibri\",sans-serif;",
        "\tcolor:windowtext;}",
        "@page WordSection1",
        "\t{size:612.0pt 792.0pt;",
        "\tmargin:70.85pt 70.85pt 2.0cm 70.85pt;}",
        "div.WordSection1",
        "\t{page:WordSection1;}",
        "--></style>",
        "</head>",
        '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
        '<div class="WordSection1">',
    ]
    for p in paragraphs:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif p.startswith("<"):
            out.append(p)
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def simple_html(text, dir_=None):
    """A Gmail-like HTML rendering of a plain text."""
    import html as _html
    d = f' dir="{dir_}"' if dir_ else ""
    out = [f'<div{d}>']
    for line in text.rstrip("\n").split("\n"):
        out.append(f"<div>{_html.escape(line) if line else '<br>'}</div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def tiny_png(w=24, h_=12, rgb=(200, 30, 40)):
    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for ln in lines) + " ET"
    stream = text.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return out


# ===========================================================================
# THE MAILS, in arrival order
# ===========================================================================

# 001 - learner German typed on a phone: no capitals, no umlauts, "2 leute von verein"
#       plus the writer = 3; AG named as "AG 1" and by its topic ("schule").
@mail("tesfay-phone-three-persons", "2027-02-25 08:12:31 +0100",
      reg("tesfay.gm@gmail.example", "Tesfay Gebremariam", "Eritreische Gemeinde Munster e.V.",
          ["AG1"], 3, "de"))
def m001(dt):
    body = T("""
        hallo

        ich bin tesfay gebremariam von eritreische gemeinde munster e.v.
        wir wollen kommen zum mso tag am 13.3 . ich komme mit 2 leute von unsere verein also zusammen 3 person.
        wir wollen alle in AG 1 , das thema schule ist sehr wichtig fur unsere kinder.

        danke
        tesfay

        Von meinem iPhone gesendet
        """)
    return build([
        received("mail-ed1-f44.gmail.example", "192.0.2.44", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm2x01ZqBz"),
        ("Date", rfcdate(dt)),
        ("From", a("Tesfay G", "tesfay.gm@gmail.example")),
        ("To", OURS),
        ("Subject", "anmeldung"),
        ("Message-ID", "<E3B1C2A4-77D0-4C1F-9F0B-1A2B3C4D5E6F@gmail.example>"),
        ("X-Mailer", "iPhone Mail (20D67)"),
    ], text_part(body, charset="us-ascii", cte="7bit"), dt)


# 002 - Arabic, windows-1256, base64; "I and my colleague" = 2; "the third workgroup"
#       as an ordinal word; a question inside the registration; Latin signature with
#       the German organisation name.
@mail("alhamwi-arabic-cp1256-third-group", "2027-02-25 10:40:05 +0100",
      reg("rania.hamwi@web.example", "Rania Al-Hamwi", "Syrischer Frauenverein Münster e.V.",
          ["AG3"], 2, "ar"))
def m002(dt):
    body = T("""
        صباح الخير،

        أرجو تسجيلي للمشاركة في يوم منظمات المهاجرين الذاتية (MSO-Tag) يوم السبت 13 آذار في Stadtweinhaus.
        سنحضر شخصين من جمعيتنا: أنا وزميلتي هبة، وهي مسؤولة عن الحسابات في الجمعية.

        نرغب في مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات)، لأننا نحاول منذ سنتين الحصول على دعم لمشروع دروس اللغة العربية للأطفال.

        سؤال صغير: هل يمكن أن نحضر معنا بعض المنشورات عن جمعيتنا ونضعها على طاولة؟

        مع الشكر والتحية
        رانيا

        --
        Rania Al-Hamwi
        Syrischer Frauenverein Münster e.V.
        Tel.: 0251 / 98 76 54 3
        """)
    return build([
        received("mout.web.example", "192.0.2.81", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2x13cPkz"),
        ("Date", rfcdate(dt)),
        ("From", a("Rania Al-Hamwi", "rania.hamwi@web.example")),
        ("To", OURS),
        ("Subject", h("Anmeldung MSO-Tag / تسجيل", "utf-8")),
        ("Message-ID", "<trinity-5c1e0a2b-77aa-4b0e-9d31-0e55f1a2c3d4-1772012405@msvc-mesg-web001.example>"),
    ], text_part(body, charset="windows-1256", cte="base64"), dt)


# 003 - Outlook HTML-only, windows-1252, quoted-printable; formal German; roman
#       numerals with an alternative ("II, falls voll I"); numbers that are not
#       persons (1998, 120 families, street number, phone); From display inverted.
@mail("yildirim-outlook-html-roman", "2027-02-25 19:03:44 +0100",
      reg("g.yildirim@elternbund-ms.example", "Gülsen Yildirim",
          "Türkisch-Deutscher Elternbund Münster e.V.", ["AG2", "AG1"], 1, "de"))
def m003(dt):
    paras = [
        "Sehr geehrte Damen und Herren,",
        "",
        "hiermit melde ich mich verbindlich für den Tag der Migrantenselbstorganisationen am "
        "13.&nbsp;März 2027 an.",
        "",
        "Ich interessiere mich vor allem für die Arbeitsgruppe II (Münsters Zukunftsprozess). "
        "Falls diese bereits voll sein sollte, wäre die Arbeitsgruppe I eine gute Alternative.",
        "",
        "Zur Information: Unser Verein besteht seit 1998 und vertritt heute rund 120 Familien "
        "aus Münster und Umgebung.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "<p class=\"MsoNormal\"><b>Gülsen Yildirim</b><o:p></o:p></p>",
        "1. Vorsitzende",
        "Türkisch-Deutscher Elternbund Münster e.V.",
        "Hammer Straße 112 · 48153 Münster",
        "Tel. 0251 / 53 44 21",
        "",
        "<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:gray\">"
        + OUTLOOK_DISCLAIMER.replace("\n", " ").strip() + "<o:p></o:p></span></p>",
    ]
    html = outlook_html(paras, "windows-1252")
    return build([
        received("EUR03-DB5-obe.outbound.protection.outlook.example", "192.0.2.130", "mx.muenster.example",
                 dt + timedelta(seconds=4), "4Fm2xB7kRmz"),
        ("Date", rfcdate(dt)),
        ("From", a("Yildirim, Gülsen", "g.yildirim@elternbund-ms.example", "iso-8859-1")),
        ("To", h("\"mso-tag@muenster.example\" <mso-tag@muenster.example>")),
        ("Subject", "Verbindliche Anmeldung Tag der MSO 2027"),
        ("Thread-Topic", "Verbindliche Anmeldung Tag der MSO 2027"),
        ("Thread-Index", "AdmHf0aB3kq7x2pTQe2v0nZ3bW1c8A=="),
        ("Message-ID", "<AM9PR07MB71234A5B6C7D8E9F0A1B2C3D4E5F6@AM9PR07MB7123.eurprd07.prod.outlook.example>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text_part(html, "html", "windows-1252", "quoted-printable"), dt)


# 004 - Russian, KOI8-R, 8bit; "нас будет трое" (three) with the names of the other two;
#       "рабочая группа 1"; Cyrillic signature beats the Latin From display name;
#       a Saturday school with 40 pupils and a phone number are not persons.
@mail("baumann-russian-koi8r-troe", "2027-02-26 07:55:12 +0100",
      reg("irina.baumann@mail.example", "Ирина Бауман", "Deutsch-Russischer Kulturverein Lira e.V.",
          ["AG1"], 3, "ru"))
def m004(dt):
    body = T("""
        Здравствуйте!

        Пишу от имени нашего общества "Лира" (Deutsch-Russischer Kulturverein Lira e.V.).
        Мы хотели бы зарегистрироваться на День МСО 13 марта.

        Нас будет трое: я, наш председатель Виктор Пфайфер и волонтёр Анна Кригер.
        Все трое хотим в рабочую группу 1 - по образованию. У нас по субботам
        школа для детей, 40 учеников, так что тема нам очень близкая.

        Если нужно, мой телефон: 0152 - 334 71 09.

        С уважением,
        Ирина Бауман
        """)
    return build([
        received("mx1.mail.example", "192.0.2.17", "mx.muenster.example", dt + timedelta(seconds=5), "4Fm2xK0aaaz"),
        ("Date", rfcdate(dt)),
        ("From", a("Irina Baumann", "irina.baumann@mail.example")),
        ("To", a("MSO-Tag", OURS)),
        ("Subject", h("Регистрация на MSO-Tag 13.03.", "koi8-r")),
        ("Message-ID", "<1772088912.418273@mail.example>"),
        ("User-Agent", "Mail.example Webmail/3.2"),
    ], text_part(body, charset="koi8-r", cte="8bit"), dt)


# 005 - question only: wants to come but asks about childcare first and registers
#       nobody yet ("wenn ja, melde ich mich sofort an"); ages 4 and 7 are not persons.
@mail("hosseini-question-childcare", "2027-02-26 09:30:47 +0100",
      rec("question", "marzia.h@yahoo.example", "Marzia Hosseini", "Afghanischer Frauenverein",
          [], None, "de"))
def m005(dt):
    body = T("""
        Guten Tag,

        ich bin Marzia aus dem Afghanischen Frauenverein. Ich möchte gerne zum MSO-Tag
        kommen, aber ich habe zwei Kinder (4 und 7 Jahre) und am Samstag ist keine Kita.

        Gibt es an dem Tag eine Kinderbetreuung? Wenn ja, melde ich mich sofort an. Wenn
        nein, muss ich erst schauen ob mein Bruder aufpassen kann.

        Vielen Dank und Grüße
        Marzia Hosseini
        """)
    return build([
        received("sonic312-21.consmr.mail.ir2.yahoo.example", "192.0.2.212", "mx.muenster.example",
                 dt + timedelta(seconds=6), "4Fm2xN1pxbz"),
        ("Date", rfcdate(dt)),
        ("From", a("Marzia Hosseini", "marzia.h@yahoo.example")),
        ("To", OURS),
        ("Subject", "Frage Kinder"),
        ("Message-ID", "<1894563217.2204118.1772094647523@mail.yahoo.example>"),
        ("X-Mailer", "WebService/1.1.21113 YMailNorrin"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 006 - Turkish, ISO-8859-9, multipart/alternative (Gmail); "toplam üç kişi"; ranked
#       choices named with the German alias words ("1. tercih: Vereinsmanagement,
#       2. tercih: Bildung") - the rank numbers 1./2. are not workgroup numbers.
@mail("korkmaz-turkish-ranked-aliases", "2027-02-26 12:14:09 +0100",
      reg("aysekorkmaz1975@gmail.example", "Ayşe Korkmaz", "Türk Kadınlar Birliği Münster",
          ["AG3", "AG1"], 3, "tr"))
def m006(dt):
    body = T("""
        Merhaba,

        Türk Kadınlar Birliği Münster adına 13 Mart'taki MSO-Tag'e kayıt olmak
        istiyorum. Benimle birlikte dernekten iki arkadaşım da gelecek, yani toplam
        üç kişiyiz.

        Çalışma grubu tercihlerimiz:
        1. tercih: Vereinsmanagement (dernek yönetimi ve destek imkanları)
        2. tercih: Bildung

        Arkadaşlarımın isimleri: Fatma Öztürk ve Elif Aydın.

        Saygılarımla,
        Ayşe Korkmaz
        Türk Kadınlar Birliği Münster
        0171 2200 458
        """)
    alt = multipart("alternative", [
        text_part(body, "plain", "iso-8859-9", "quoted-printable"),
        text_part(simple_html(body), "html", "iso-8859-9", "quoted-printable"),
    ], "000000000000a1b2c3060f4e9d11", preamble="")
    return build([
        received("mail-wm1-f51.gmail.example", "192.0.2.51", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2xQ9hTtz"),
        ("Date", rfcdate(dt)),
        ("From", a("Ayşe Korkmaz", "aysekorkmaz1975@gmail.example", "iso-8859-9")),
        ("To", OURS),
        ("Subject", h("MSO-Tag kaydı", "iso-8859-9")),
        ("Message-ID", "<CAK7u9Qx3pW1v+dFh0m2Ls9yB4eR8nTz6J=gY5cX@mail.gmail.example>"),
    ], alt, dt)


# 007 - shared association mailbox in From, the chair's personal address in Reply-To
#       (and he asks for answers there); party of two given as a list of names;
#       workgroup by its alias "Zukunftsprozess".
@mail("aslan-shared-mailbox-reply-to", "2027-02-26 16:48:22 +0100",
      reg("rojhat.aslan@posteo.example", "Rojhat Aslan", "Kurdisches Kulturzentrum Münster e.V.",
          ["AG2"], 2, "de"))
def m007(dt):
    body = T("""
        Liebes Team vom Amt für Migration,

        hiermit melden wir uns für den MSO-Tag an. Kommen werden:

        - Rojhat Aslan (Vorstand)
        - Berivan Doğan (Jugendarbeit)

        Uns interessiert am meisten das Thema Zukunftsprozess, weil wir seit Jahren
        einen eigenen Raum im Stadtteil suchen und da gerne mitreden würden.

        Bitte antworten Sie an meine persönliche Adresse, das Info-Postfach lesen
        mehrere Leute und da geht manchmal was unter.

        Viele Grüße / Silav û rêz
        Rojhat Aslan

        Kurdisches Kulturzentrum Münster e.V.
        Wolbecker Str. 40, 48155 Münster
        www.kurdisches-zentrum-ms.example
        """)
    return build([
        received("smtp.kurdisches-zentrum-ms.example", "192.0.2.77", "mx.muenster.example",
                 dt + timedelta(seconds=9), "4Fm2xW2rPqz"),
        ("Date", rfcdate(dt)),
        ("From", a("Kurdisches Kulturzentrum Münster", "info@kurdisches-zentrum-ms.example")),
        ("Reply-To", a("Rojhat Aslan", "rojhat.aslan@posteo.example")),
        ("To", OURS),
        ("Subject", "Anmeldung zum MSO-Tag 2027"),
        ("Message-ID", "<7a1d9c4e-2b3f-4e8a-b6c1-0d2e3f4a5b6c@kurdisches-zentrum-ms.example>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"),
    ], text_part(body, charset="utf-8", cte="8bit", params="; format=flowed"), dt)


# 008 - Ukrainian, windows-1251, base64; "буду сама" (alone) although her husband is
#       mentioned as NOT coming; "друга робоча група"; "з 2022 року" is a year;
#       cp1251 has no ü, so the signature spells "Muenster".
@mail("kovalenko-ukrainian-cp1251-alone", "2027-02-26 21:05:58 +0100",
      reg("o.kovalenko@ukr.example", "Oksana Kovalenko", "Ukrainische Gemeinde Muenster e.V.",
          ["AG2"], 1, "uk"))
def m008(dt):
    body = T("""
        Добрий вечір!

        Хочу зареєструватися на День мігрантських самоорганізацій 13 березня.
        Буду сама – мій чоловік теж хотів піти, але в суботу він працює.

        Мене найбільше цікавить друга робоча група, про майбутнє Мюнстера. Ми як
        громада тут лише з 2022 року, але вже маємо що сказати :)

        Дякую!

        Oksana Kovalenko
        Ukrainische Gemeinde Muenster e.V.
        Mobil: 0160 99 12 345
        """)
    return build([
        received("relay.ukr.example", "192.0.2.38", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm2xZ5uTyz"),
        ("Date", rfcdate(dt)),
        ("From", a("Оксана Коваленко", "o.kovalenko@ukr.example", "windows-1251")),
        ("To", OURS),
        ("Subject", h("Реєстрація на День МСО", "windows-1251")),
        ("Message-ID", "<1772136358.977310.4412@relay.ukr.example>"),
    ], text_part(body, charset="windows-1251", cte="base64"), dt)


# 009 - Vietnamese, UTF-8 quoted-printable; husband and daughter named, "tổng cộng là 3
#       người"; the daughter's age (17) and the date 13/3/2027 are not persons;
#       "nhóm làm việc số 1".
@mail("nguyen-vietnamese-family-three", "2027-02-27 10:20:16 +0100",
      reg("thuha.nguyen@gmx.example", "Nguyễn Thị Thu Hà", "Hội Người Việt tại Münster",
          ["AG1"], 3, "vi"))
def m009(dt):
    body = T("""
        Kính gửi Ban tổ chức,

        Tôi tên là Nguyễn Thị Thu Hà, hiện là hội trưởng Hội Người Việt tại Münster.
        Tôi xin đăng ký tham dự Ngày các Tổ chức Tự lực của Người Di cư vào ngày 13/3/2027.

        Đi cùng tôi có chồng tôi (anh Trần Văn Dũng) và con gái tôi, cháu Trần Ngọc Mai
        (17 tuổi, cháu sẽ giúp phiên dịch). Tổng cộng là 3 người.

        Chúng tôi muốn tham gia nhóm làm việc số 1 về giáo dục, vì nhiều phụ huynh trong
        hội gặp khó khăn với trường học của con.

        Trân trọng,
        Nguyễn Thị Thu Hà
        Hội Người Việt tại Münster
        ĐT: 0176 5566 7788
        """)
    return build([
        received("mout.gmx.example", "192.0.2.27", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2y03bXcz"),
        ("Date", rfcdate(dt)),
        ("From", a("Nguyen Thi Thu Ha", "thuha.nguyen@gmx.example")),
        ("To", OURS),
        ("Subject", h("Đăng ký tham dự MSO-Tag 2027")),
        ("Message-ID", "<trinity-8e2f11c0-3a4b-4c5d-9e6f-7a8b9c0d1e2f-1772184016@3c-app-gmx-bs12.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 010 - learner German from an Android phone, 8bit UTF-8; "Ich und meine Frau Lina"
#       = 2; "AG Bildung" + "Schule" both point to AG1; name/Verein given as
#       "Mein Name:" / "Verein:" lines.
@mail("haddad-learner-german-wife", "2027-02-27 13:02:39 +0100",
      reg("ahmad.haddad.ms@gmail.example", "Ahmad Haddad", "Syrisch-Deutscher Kulturverein Jasmin",
          ["AG1"], 2, "de"))
def m010(dt):
    body = T("""
        Hallo liebe Team,

        ich möchte anmelden für MSO tag am 13 März. Ich und meine Frau Lina kommen.
        Wir wollen in die AG Bildung weil unsere Kinder haben viele Problem in die Schule und in unsere Verein viele Eltern haben gleiche Problem.

        Mein Name: Ahmad Haddad
        Verein: Syrisch-Deutscher Kulturverein Jasmin
        Handy 0157 3344 1290

        Danke schön
        Ahmad

        Von meinem Samsung Galaxy Smartphone gesendet.
        """)
    return build([
        received("mail-pj1-f66.gmail.example", "192.0.2.66", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm2y2Hk8vz"),
        ("Date", rfcdate(dt)),
        ("From", a("ahmad haddad", "ahmad.haddad.ms@gmail.example")),
        ("To", OURS),
        ("Subject", "Anmeldung Mso tag"),
        ("Message-ID", "<CAJx8k2v0Tq7Rb3mNw5YpL1sZ9c4Hd6Ge2Fa8uXo@mail.gmail.example>"),
    ], text_part(body, charset="utf-8", cte="8bit"), dt)


# 011 - Ghanaian English with Twi greetings; "two (2) persons"; the colleague prefers
#       No. 3 and the writer is "fine with any" but asks to put both in 3; a vCard
#       attachment; 45 members are not persons attending.
@mail("asante-mensah-ghana-english-vcard", "2027-02-27 18:30:02 +0100",
      reg("k.asante-mensah@ghana-union-ms.example", "Kwame Asante-Mensah", "Ghana Union Münster e.V.",
          ["AG3"], 2, "en"))
def m011(dt):
    body = T("""
        Akwaaba and good evening,

        Please kindly register me and our secretary, Mrs Abena Owusu, for the MSO Day
        on 13th March. So we will be two (2) persons.

        Abena is very keen on the workgroup about funding and running an association
        (number 3), because she handles our accounts. For me any of the three is fine,
        so please just put both of us in No. 3.

        We are about 45 members now and our Ghana Independence celebration is the
        week before, so it will be a busy month for us!

        Me da mo ase (thank you very much),

        Kwame Asante-Mensah
        Chairman, Ghana Union Münster e.V.
        Tel: +49 251 7788 990
        """)
    vcard = T("""
        BEGIN:VCARD
        VERSION:3.0
        N:Asante-Mensah;Kwame;;;
        FN:Kwame Asante-Mensah
        ORG:Ghana Union Münster e.V.
        TITLE:Chairman
        TEL;TYPE=CELL:+49 251 7788 990
        EMAIL;TYPE=INTERNET:k.asante-mensah@ghana-union-ms.example
        END:VCARD
        """)
    mixed = multipart("mixed", [
        text_part(body, "plain", "utf-8", "quoted-printable"),
        text_part(vcard, "vcard", "utf-8", "quoted-printable", params="; name=\"Kwame Asante-Mensah.vcf\"",
                  disposition="attachment; filename=\"Kwame Asante-Mensah.vcf\""),
    ], "Apple-Mail=_6D1E2F3A-4B5C-4D6E-8F90-A1B2C3D4E5F6", preamble="")
    return build([
        received("smtp.ghana-union-ms.example", "192.0.2.99", "mx.muenster.example", dt + timedelta(seconds=4), "4Fm2y6Lw1nz"),
        ("Date", rfcdate(dt)),
        ("From", a("Kwame Asante-Mensah", "k.asante-mensah@ghana-union-ms.example")),
        ("To", a("MSO-Tag Team", OURS)),
        ("Subject", h("Registration MSO Day - Ghana Union Münster")),
        ("Message-ID", "<A9B8C7D6-E5F4-4321-9876-0FEDCBA98765@ghana-union-ms.example>"),
        ("X-Mailer", "Apple Mail (2.3776.700.51)"),
    ], mixed, dt)


# 012 - spam: a commercial "funding consultants" mail that talks about Fördergelder
#       and Vereinsmanagement (alias words of AG3) - registers nobody.
@mail("spam-foerdermittel-beratung", "2027-02-27 22:10:37 +0100", machine("other"))
def m012(dt):
    text = T("""
        Sehr geehrte Vereinsvorstände,

        wussten Sie, dass gemeinnützige Vereine in NRW jedes Jahr bis zu 25.000 EUR
        Fördergelder ungenutzt lassen? Unsere Fördermittel-Experten finden für Ihren
        Verein die passenden Töpfe - vollautomatisch und ohne Risiko.

        * Fördermittel-Check in 48 Stunden
        * Antragstellung durch zertifizierte Berater
        * Vereinsmanagement-Software 3 Monate gratis

        Jetzt kostenlose Erstberatung buchen: https://foerder-kompass.example/termin?utm_source=mail

        Nur noch 7 Plätze im März frei!

        Ihr Team von Förder-Kompass
        Förder-Kompass GmbH, Kaiserstr. 1, 60311 Frankfurt
        Abmelden: https://foerder-kompass.example/abmelden
        """)
    html = ('<!DOCTYPE html><html><body style="font-family:Arial">\n'
            '<h2 style="color:#0a7">Ihr Verein verschenkt jedes Jahr bis zu 25.000 EUR!</h2>\n'
            + simple_html(text) +
            '<p><a href="https://foerder-kompass.example/termin?utm_source=mail">Jetzt Termin sichern</a></p>\n'
            '<img src="https://track.foerder-kompass.example/o.gif?id=88231" width="1" height="1">\n'
            '</body></html>\n')
    alt = multipart("alternative", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(html, "html", "utf-8", "base64"),
    ], "----=_Part_441290_1184623001.1772226637000", preamble="")
    return build([
        received("mta-07.bulk-sender.example", "198.51.100.7", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm2yB0sspz"),
        ("Date", rfcdate(dt)),
        ("From", a("Fördermittel-Experten", "info@foerder-kompass.example")),
        ("To", OURS),
        ("Subject", h("Ihr Verein verschenkt jedes Jahr bis zu 25.000 EUR Fördergelder!")),
        ("Message-ID", "<20270227211037.88231.6f2a@mta-07.bulk-sender.example>"),
        ("List-Unsubscribe", "<https://foerder-kompass.example/abmelden>"),
        ("Precedence", "bulk"),
    ], alt, dt)


# 013 - Postfix bounce (multipart/report) of our confirmation to a mistyped domain;
#       the returned original names "Personen: 2" and "AG 2" - a machine mail all the same.
@mail("bounce-postfix-host-not-found", "2027-02-28 09:10:03 +0100",
      machine("bounce", "mehmet.karakaya@t-onlline.example"))
def m013(dt):
    sent = dt - timedelta(seconds=41)
    orig_text = confirmation("Guten Tag Herr Karakaya,", "2",
                             "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte")
    orig = inner([
        ("Date", rfcdate(sent)),
        ("From", OURS_NAMED),
        ("To", "mehmet.karakaya@t-onlline.example"),
        ("Subject", CONF_SUBJECT),
        ("Message-ID", "<mso-conf-20270228-0017@muenster.example>"),
        ("In-Reply-To", "<5E4D3C2B1A09@t-onlline.example>"),
        ("Auto-Submitted", "auto-replied"),
    ], text_part(orig_text, "plain", "utf-8", "quoted-printable"))
    notice = T("""
        This is the mail system at host mx.muenster.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <mehmet.karakaya@t-onlline.example>: Host or domain name not found. Name service
            error for name=t-onlline.example type=AAAA: Host not found
        """)
    status = T(f"""
        Reporting-MTA: dns; mx.muenster.example
        X-Postfix-Queue-ID: 4Fm2yK7p1Rz
        X-Postfix-Sender: rfc822; mso-tag@muenster.example
        Arrival-Date: {rfcdate(sent)}

        Final-Recipient: rfc822; mehmet.karakaya@t-onlline.example
        Original-Recipient: rfc822;mehmet.karakaya@t-onlline.example
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=t-onlline.example type=AAAA: Host not found
        """)
    report = multipart("report", [
        Part([("Content-Description", "Notification"),
              ("Content-Type", "text/plain; charset=us-ascii")], notice.encode("ascii")),
        Part([("Content-Description", "Delivery report"),
              ("Content-Type", "message/delivery-status")], status.encode("ascii")),
        Part([("Content-Description", "Undelivered Message"),
              ("Content-Type", "message/rfc822")], orig),
    ], "4Fm2yK7p1Rz.1772266203/mx.muenster.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n")
    return build([
        ("Return-Path", "<>"),
        ("Date", rfcdate(dt)),
        ("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
        ("To", OURS),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Message-Id", "<20270228081003.4Fm2yK7p1Rz@mx.muenster.example>"),
        ("Auto-Submitted", "auto-replied"),
    ], report, dt)


# 014 - Polish, ISO-8859-2, quoted-printable; "we dwie" (the two of us, feminine);
#       roman numerals with a fallback ("grupa robocza II, a jeśli zabraknie miejsc - III").
@mail("zielinska-polish-we-dwie", "2027-02-28 11:47:55 +0100",
      reg("k.zielinska@polonia-ms.example", "Katarzyna Zielińska", "Stowarzyszenie Polonia Münster e.V.",
          ["AG2", "AG3"], 2, "pl"))
def m014(dt):
    body = T("""
        Dzień dobry,

        chciałabym zgłosić udział w Dniu Organizacji Migranckich (MSO-Tag) 13 marca.
        Będziemy we dwie: ja oraz moja koleżanka z zarządu, Magdalena Wróbel.

        Najbardziej interesuje nas grupa robocza II (przyszłość Münster), a jeśli
        zabraknie miejsc - grupa III.

        Pozdrawiam serdecznie
        Katarzyna Zielińska
        Stowarzyszenie Polonia Münster e.V.
        """)
    return build([
        received("smtp.polonia-ms.example", "192.0.2.140", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2yN3xKwz"),
        ("Date", rfcdate(dt)),
        ("From", a("Katarzyna Zielińska", "k.zielinska@polonia-ms.example", "iso-8859-2")),
        ("To", OURS),
        ("Subject", h("Zgłoszenie na MSO-Tag 13.03.2027", "iso-8859-2")),
        ("Message-ID", "<b41c8e2a-5d6f-4a70-8b91-c2d3e4f5a6b7@polonia-ms.example>"),
        ("User-Agent", "Mozilla Thunderbird 115.12.0"),
    ], text_part(body, charset="iso-8859-2", cte="quoted-printable"), dt)


# 015 - change (Outlook, top-posted, windows-1252 multipart/alternative): move "von der
#       Arbeitsgruppe II in die Arbeitsgruppe III" - the old AG comes first in the
#       sentence; the quoted confirmation names AG 2 and AG 1.
@mail("yildirim-change-ii-to-iii", "2027-02-28 15:22:10 +0100",
      rec("change", "g.yildirim@elternbund-ms.example", "Gülsen Yildirim",
          "Türkisch-Deutscher Elternbund Münster e.V.", ["AG3"], None, "de"))
def m015(dt):
    conf = confirmation("Guten Tag Frau Yildirim,", "1",
                        "AG 2 - Münsters Zukunftsprozess (Zweitwunsch: AG 1)")
    new = T("""
        Sehr geehrte Damen und Herren,

        vielen Dank für die schnelle Bestätigung. Ich hätte noch eine Bitte: Könnten Sie
        mich von der Arbeitsgruppe II in die Arbeitsgruppe III umbuchen? Unser Kassierer
        ist leider länger erkrankt und ich muss mich bis auf Weiteres um die Finanzen und
        die Förderanträge kümmern – da ist die AG zu den Förderungsmöglichkeiten für mich
        jetzt wichtiger.

        Mit freundlichen Grüßen

        Gülsen Yildirim
        1. Vorsitzende
        Türkisch-Deutscher Elternbund Münster e.V.
        Hammer Straße 112 · 48153 Münster
        Tel. 0251 / 53 44 21

        """)
    hdr = T("""
        Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
        Gesendet: Freitag, 26. Februar 2027 10:15
        An: Yildirim, Gülsen <g.yildirim@elternbund-ms.example>
        Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

        """)
    plain = new + OUTLOOK_DISCLAIMER + "\n" + hdr + conf
    import html as _h
    paras = [_h.escape(x) if x else "" for x in new.rstrip("\n").split("\n")]
    paras.append("<p class=\"MsoNormal\"><span style=\"font-size:8.0pt;color:gray\">"
                 + _h.escape(OUTLOOK_DISCLAIMER.replace("\n", " ").strip()) + "<o:p></o:p></span></p>")
    paras.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">")
    paras += ["<b>" + _h.escape(x.split(": ", 1)[0]) + ":</b> " + _h.escape(x.split(": ", 1)[1])
              for x in hdr.strip().split("\n")]
    paras.append("</div>")
    paras += [_h.escape(x) if x else "" for x in conf.rstrip("\n").split("\n")]
    html = outlook_html(paras, "windows-1252")
    alt = multipart("alternative", [
        text_part(plain, "plain", "windows-1252", "quoted-printable"),
        text_part(html, "html", "windows-1252", "quoted-printable"),
    ], "_000_AM9PR07MB7123B1C2D3E4F5A6B7C8D9E0AM9PR07MB7123eurp_", preamble="")
    return build([
        received("EUR03-DB5-obe.outbound.protection.outlook.example", "192.0.2.131", "mx.muenster.example",
                 dt + timedelta(seconds=3), "4Fm2yR8dLqz"),
        ("Date", rfcdate(dt)),
        ("From", a("Yildirim, Gülsen", "g.yildirim@elternbund-ms.example", "iso-8859-1")),
        ("To", OURS_NAMED),
        ("Subject", "AW: " + CONF_SUBJECT),
        ("Thread-Topic", CONF_SUBJECT),
        ("Thread-Index", "AdmHf0aB3kq7x2pTQe2v0nZ3bW1c8AAC4Xp/"),
        ("Message-ID", "<AM9PR07MB7123F0E1D2C3B4A5968778695A4B3C2@AM9PR07MB7123.eurprd07.prod.outlook.example>"),
        ("In-Reply-To", "<mso-conf-20270226-0009@muenster.example>"),
        ("References", "<AM9PR07MB71234A5B6C7D8E9F0A1B2C3D4E5F6@AM9PR07MB7123.eurprd07.prod.outlook.example>\n"
                       " <mso-conf-20270226-0009@muenster.example>"),
        ("Content-Language", "de-DE"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], alt, dt)


# 016 - Dari (labelled fa), UTF-8 base64; Dari forms (استم، مارچ، گروپ، مکتب);
#       "دو نفر دیگر ... جمعاً سه نفر" = 3; "گروپ کاری اول"; Persian-script name in the
#       signature, German association name below it; Persian digits in the date.
@mail("ahmadi-dari-group-one", "2027-02-28 20:15:33 +0100",
      reg("zahra.ahmadi@outlook.example", "زهرا احمدی", "Afghanischer Frauenverein Münster e.V.",
          ["AG1"], 3, "fa"))
def m016(dt):
    body = T("""
        سلام علیکم،

        من زهرا احمدی استم، از انجمن زنان افغان در مونستر. می‌خواهم برای روز سازمان‌های مهاجرین به تاریخ ۱۳ مارچ نام‌نویسی کنم.
        همراه من دو نفر دیگر از انجمن ما هم می‌آیند، پس جمعاً سه نفر می‌شویم.

        ما به گروپ کاری اول، یعنی تعلیم و تربیه (Bildung)، علاقه داریم. اکثر اعضای ما مادر هستند و مشکلات مکتب اولادها برای ما بسیار مهم است.

        تشکر زیاد
        زهرا احمدی
        Afghanischer Frauenverein Münster e.V.
        """)
    return build([
        received("EUR05-AM6-obe.outbound.protection.outlook.example", "192.0.2.133", "mx.muenster.example",
                 dt + timedelta(seconds=2), "4Fm2yV1gZpz"),
        ("Date", rfcdate(dt)),
        ("From", a("Zahra Ahmadi", "zahra.ahmadi@outlook.example")),
        ("To", OURS),
        ("Subject", h("ثبت نام برای روز MSO")),
        ("Message-ID", "<DB9PR02MB7456C1D2E3F4A5B6C7D8E9F0A1B2C3D4@DB9PR02MB7456.eurprd02.prod.outlook.example>"),
    ], text_part(body, charset="utf-8", cte="base64"), dt)


# 017 - out-of-office reply (English with a Twi line) to our deadline reminder,
#       with Auto-Submitted; it mentions 10 March and a deputy's address.
@mail("owusu-out-of-office", "2027-03-01 08:03:19 +0100", machine("auto_reply"))
def m017(dt):
    body = T("""
        Thank you for your e-mail.

        I am travelling to Ghana and will be back in the office on Wednesday, 10 March 2027.
        I will have only limited access to my e-mails during this time.

        For urgent matters concerning the Ghana Union Münster, please contact our
        chairman Kwame Asante-Mensah (k.asante-mensah@ghana-union-ms.example).

        Nyame nhyira wo - God bless you.
        Abena Owusu
        Secretary, Ghana Union Münster e.V.
        """)
    return build([
        received("smtp.ghana-union-ms.example", "192.0.2.99", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm2yZ3mQvz"),
        ("Date", rfcdate(dt)),
        ("From", a("Abena Owusu", "a.owusu@ghana-union-ms.example")),
        ("To", OURS_NAMED),
        ("Subject", "Out of Office: Erinnerung: Anmeldeschluss MSO-Tag am 6. Maerz"),
        ("Message-ID", "<autoreply-1772348599.2231@ghana-union-ms.example>"),
        ("In-Reply-To", "<mso-reminder-20270301@muenster.example>"),
        ("References", "<mso-reminder-20270301@muenster.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 018 - the chair registers a colleague and says he himself is NOT coming; she is in
#       CC and the confirmation is to go to her address; her age (24) is not a party size.
@mail("karimi-registers-colleague-moradi", "2027-03-01 10:31:40 +0100",
      reg("leyla.moradi@uni-muenster.example", "Leyla Moradi", "Iranischer Kulturverein Münster e.V.",
          ["AG1"], 1, "de"))
def m018(dt):
    body = T("""
        Sehr geehrtes Organisationsteam,

        ich möchte hiermit unsere Jugendreferentin, Frau Leyla Moradi, für den Tag der
        Migrantenselbstorganisationen anmelden. Frau Moradi ist 24, studiert Lehramt und
        leitet bei uns seit zwei Jahren die Hausaufgabenhilfe – deshalb passt die AG 1
        (Bildungssystem) für sie am besten.

        Ich selbst bin am 13. März leider bei einer Familienfeier in Hamburg und kann
        nicht teilnehmen.

        Bitte schicken Sie die Bestätigung direkt an Frau Moradi (in CC):
        leyla.moradi@uni-muenster.example

        Mit freundlichen Grüßen
        Dariush Karimi
        Vorsitzender
        Iranischer Kulturverein Münster e.V.
        """)
    return build([
        received("mail.ikv-muenster.example", "192.0.2.150", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2z17sWbz"),
        ("Date", rfcdate(dt)),
        ("From", a("Dariush Karimi", "d.karimi@ikv-muenster.example")),
        ("To", OURS),
        ("Cc", a("Leyla Moradi", "leyla.moradi@uni-muenster.example")),
        ("Subject", h("Anmeldung Frau Moradi – MSO-Tag")),
        ("Message-ID", "<5b7e2c90-1d4a-4f3b-a8e6-9c0d1e2f3a4b@ikv-muenster.example>"),
        ("User-Agent", "Mozilla Thunderbird 128.7.1"),
    ], text_part(body, charset="utf-8", cte="8bit", params="; format=flowed"), dt)


# 019 - Somali, UTF-8 quoted-printable; "keligay" (alone); "tan saddexaad" (the third)
#       described in Somali words (money from the state, running the association).
@mail("warsame-somali-third-alone", "2027-03-01 14:00:26 +0100",
      reg("hodan.warsame@hotmail.example", "Hodan Abdi Warsame", "Ururka Haweenka Soomaaliyeed ee Münster",
          ["AG3"], 1, "so"))
def m019(dt):
    body = T("""
        Asc wr wb,

        Magacaygu waa Hodan Abdi Warsame, waxaan ka tirsanahay Ururka Haweenka
        Soomaaliyeed ee Münster. Waxaan rabaa inaan iska diiwaangeliyo Maalinta
        Ururada Muhaajiriinta (MSO-Tag) ee 13 Maarso.

        Waxaan iman doonaa keligay.
        Kooxda shaqada ee aan doorbidayo waa tan saddexaad: sida lacag looga helo
        dowladda hoose iyo sida ururka si wanaagsan loo maamulo.

        Mahadsanid,
        Hodan
        Ururka Haweenka Soomaaliyeed ee Münster
        Tel 0176 8899 1122
        """)
    return build([
        received("EUR02-VI1-obe.outbound.protection.outlook.example", "192.0.2.134", "mx.muenster.example",
                 dt + timedelta(seconds=3), "4Fm2z4Bq2jz"),
        ("Date", rfcdate(dt)),
        ("From", a("Hodan Abdi Warsame", "hodan.warsame@hotmail.example")),
        ("To", OURS),
        ("Subject", "Diiwaangelin MSO-Tag"),
        ("Message-ID", "<VI1PR09MB2233A4B5C6D7E8F9A0B1C2D3E4F5A6B7@VI1PR09MB2233.eurprd09.prod.outlook.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 020 - Gmail multipart/mixed (alternative text+HTML, PNG logo); "zu viert" = 4;
#       ranked choices by topic words ("Zukunftsprozess-AG", then "die zum
#       Bildungssystem"); emoji; casual du-German; the signature has the full name.
@mail("tran-student-club-zu-viert-logo", "2027-03-01 17:42:08 +0100",
      reg("minh.tran.qm@gmail.example", "Quang Minh Tran", "Vietnamesischer Studierendenverein Münster",
          ["AG2", "AG1"], 4, "de"))
def m020(dt):
    body = T("""
        Hallo liebes MSO-Tag-Team,

        ich bin Minh vom Vietnamesischen Studierendenverein Münster (VSVM). Wir würden
        gerne zu viert kommen – ich plus drei Leute aus unserem Vorstand.

        Zu den AGs: eigentlich klingen alle spannend 😄 Am liebsten wären wir in der
        Zukunftsprozess-AG, als zweite Wahl die zum Bildungssystem.

        Im Anhang noch unser Logo, falls ihr eine Teilnehmerliste oder so mit Logos macht.

        Liebe Grüße
        Quang Minh Tran
        Vietnamesischer Studierendenverein Münster (VSVM)
        """)
    alt = multipart("alternative", [
        text_part(body, "plain", "utf-8", "quoted-printable"),
        text_part(simple_html(body, "ltr"), "html", "utf-8", "quoted-printable"),
    ], "000000000000d4e5f6060f5a1b22", preamble="")
    mixed = multipart("mixed", [
        alt,
        binary_part(tiny_png(), "image/png", "VSVM_logo.png",
                    extra=[("X-Attachment-Id", "f_m7q2k1x90"), ("Content-ID", "<f_m7q2k1x90>")]),
    ], "000000000000d4e5f8060f5a1b24", preamble="")
    return build([
        received("mail-lf1-f47.gmail.example", "192.0.2.47", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2z7Fv6cz"),
        ("Date", rfcdate(dt)),
        ("From", a("Minh Tran", "minh.tran.qm@gmail.example")),
        ("To", OURS),
        ("Subject", "Anmeldung MSO-Tag (Vietnamesischer Studierendenverein)"),
        ("Message-ID", "<CAP9vR2y6Kd0Lq+Zw3mTn8sX1bF4eJ7hU5gA2cYk@mail.gmail.example>"),
    ], mixed, dt)


# 021 - Spanish, ISO-8859-1 quoted-printable; "junto con mi esposo y nuestros dos
#       hijos ... seríamos 4"; the children's ages (8, 11) are not persons; a
#       question inside; "el grupo de trabajo I".
@mail("rios-spanish-family-of-four", "2027-03-01 21:20:51 +0100",
      reg("mf.rios@latinoamerica-ms.example", "María Fernanda Ríos", "Latinoamérica en Münster e.V.",
          ["AG1"], 4, "es"))
def m021(dt):
    body = T("""
        Hola, buenas noches:

        Soy María Fernanda Ríos, de la asociación Latinoamérica en Münster e.V.
        Quisiera inscribirme para el día de las MSO del 13 de marzo junto con mi
        esposo y nuestros dos hijos (de 8 y 11 años), o sea que seríamos 4.

        ¿Hay alguna actividad o un espacio para niños durante los grupos de trabajo?
        Si no, no pasa nada, ellos se portan bien :)

        Nos interesa el grupo de trabajo I sobre educación, porque tenemos un
        proyecto de apoyo escolar en español los sábados.

        ¡Muchas gracias!
        María Fernanda Ríos
        Latinoamérica en Münster e.V.
        """)
    return build([
        received("smtp.latinoamerica-ms.example", "192.0.2.160", "mx.muenster.example", dt + timedelta(seconds=4), "4Fm2zB2nHdz"),
        ("Date", rfcdate(dt)),
        ("From", a("María Fernanda Ríos", "mf.rios@latinoamerica-ms.example", "iso-8859-1")),
        ("To", OURS),
        ("Subject", h("Inscripción Día MSO", "iso-8859-1")),
        ("Message-ID", "<000f01db8a2c$4e5f6a70$eb1d3f50$@latinoamerica-ms.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text_part(body, charset="iso-8859-1", cte="quoted-printable"), dt)


# 022 - cancellation, ISO-8859-1 8bit, top-posted above an Outlook-style quote of
#       our confirmation ("Personen: 2", "AG 3"); he withdraws himself and his wife.
@mail("kehl-cancel-top-posted", "2027-03-02 07:12:14 +0100",
      rec("cancellation", "waldemar.kehl@t-online.example", "Waldemar Kehl",
          "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"))
def m022(dt):
    conf = confirmation("Guten Tag Herr Kehl,", "2",
                        "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement")
    body = T("""
        Sehr geehrte Damen und Herren,

        leider muss ich meine Anmeldung (und die meiner Frau) wieder zurückziehen. Ich
        habe erst jetzt erfahren, dass ich an diesem Samstag zur Arbeit muss.

        Vielleicht klappt es im nächsten Jahr.

        Mit freundlichen Grüßen
        Waldemar Kehl
        Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster

        -----Ursprüngliche Nachricht-----
        Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
        Gesendet: Mittwoch, 24. Februar 2027 14:02
        An: waldemar.kehl@t-online.example
        Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

        """) + conf
    return build([
        received("mailout01.t-online.example", "192.0.2.10", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2zF4tNez"),
        ("Date", rfcdate(dt)),
        ("From", a("Waldemar Kehl", "waldemar.kehl@t-online.example")),
        ("To", OURS_NAMED),
        ("Subject", "AW: " + CONF_SUBJECT),
        ("Message-ID", "<1772431934.0042@t-online.example>"),
        ("In-Reply-To", "<mso-conf-20270224-0003@muenster.example>"),
        ("References", "<mso-conf-20270224-0003@muenster.example>"),
        ("X-Mailer", "T-Online eMail 6.21"),
    ], text_part(body, charset="iso-8859-1", cte="8bit"), dt)


# 023 - Tigrinya (Ge'ez script), UTF-8 base64; "ክልተ ሰባት" (two persons); "ቁጽሪ 1";
#       the German word Ausbildung in the Tigrinya text; Latin signature.
@mail("tesfamichael-tigrinya-two", "2027-03-02 09:45:30 +0100",
      reg("yonas.tesfamichael@gmail.example", "Yonas Tesfamichael", "Eritreische Jugend Münster e.V.",
          ["AG1"], 2, "ti"))
def m023(dt):
    body = T("""
        ሰላም ንዅልኹም፡

        ኣነ ዮናስ ተስፋሚካኤል እየ፡ ካብ ማሕበር መንእሰያት ኤርትራ ኣብ ሙንስተር። ኣብቲ ብ13 መጋቢት ዝካየድ MSO-Tag ክሳተፍ ደልየ ኣለኹ።
        ምሳይ ሓደ ብጻየይ ክመጽእ እዩ፡ ብድምር ክልተ ሰባት ኢና።

        ጉጅለ ስራሕ፡ ቁጽሪ 1 (ትምህርቲ)፡ ምኽንያቱ ብዙሓት መንእሰያትና ኣብ ትምህርትን Ausbildung ጸገም ኣለዎም።

        የቐንየለይ
        ዮናስ

        --
        Yonas Tesfamichael
        Eritreische Jugend Münster e.V.
        0152 7654 3210
        """)
    return build([
        received("mail-yw1-f53.gmail.example", "192.0.2.53", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm2zJ8wRfz"),
        ("Date", rfcdate(dt)),
        ("From", a("Yonas Tesfamichael", "yonas.tesfamichael@gmail.example")),
        ("To", OURS),
        ("Subject", h("ምዝገባ MSO-Tag")),
        ("Message-ID", "<CAF3mT8u1Wc6Rj+Px9nYq2dH5kA0vL7gE4sB3zXo@mail.gmail.example>"),
    ], text_part(body, charset="utf-8", cte="base64"), dt)


# 024 - forward: a chair forwards a member's message and asks to register HIM, with
#       the confirmation to his address (given in the new text); the forwarded
#       message also names the topic ("Schule/Bildung"); he comes alone.
@mail("ibrahim-forwards-member-osman", "2027-03-02 12:30:45 +0100",
      reg("samir.osman@web.example", "Samir Osman", "Kurdischer Elternverein Münster e.V.",
          ["AG1"], 1, "de"))
def m024(dt):
    body = T("""
        Hallo liebes Team,

        unten die Nachricht von unserem Mitglied Samir Osman. Er schreibt nicht so gern
        selbst Mails 😉 – bitte melden Sie ihn für die AG Bildung (AG 1) an. Er kommt allein.
        Die Bestätigung bitte direkt an ihn: samir.osman@web.example

        Danke und viele Grüße
        Nadia Ibrahim
        Kurdischer Elternverein Münster e.V.

        ---------- Forwarded message ---------
        Von: Samir Osman <samir.osman@web.example>
        Date: Mo., 1. März 2027 um 21:14 Uhr
        Subject: MSO-Tag
        To: Nadia Ibrahim <nadia.ibrahim@kurdischer-elternverein.example>


        Hey Nadia, kannst du mich bitte für den MSO-Tag anmelden? Ich würde gern zur AG
        über Schule/Bildung, da bin ich als Schulsozialarbeiter eh jeden Tag dran.
        Danke dir! Samir
        """)
    return build([
        received("mail-ej1-f70.gmail.example", "192.0.2.70", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm2zN0yTgz"),
        ("Date", rfcdate(dt)),
        ("From", a("Nadia Ibrahim", "nadia.ibrahim@kurdischer-elternverein.example")),
        ("To", OURS),
        ("Subject", "Fwd: MSO-Tag"),
        ("Message-ID", "<CAB2nQ7t0Vb5Qi+Ow8mXp1cG4jZ9uK6fD3rA2yWn@kurdischer-elternverein.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 025 - Kurmanji, ISO-8859-9 quoted-printable; "Em ê du kes bin" (we will be two);
#       "koma xebatê ya duyemîn" (the second workgroup); a phone number.
@mail("yilmaz-kurmanji-second-group", "2027-03-02 16:10:07 +0100",
      reg("rojda.yilmaz@gmail.example", "Rojda Yılmaz", "Komeleya Jinên Kurd a Münsterê",
          ["AG2"], 2, "ku"))
def m025(dt):
    body = T("""
        Silav û rêz,

        Ez Rojda Yılmaz im, ji Komeleya Jinên Kurd a Münsterê. Ez dixwazim xwe ji bo
        Roja Rêxistinên Koçberan (MSO-Tag) a 13ê Adarê qeyd bikim.
        Em ê du kes bin: ez û hevala min Zozan Demir.

        Em dixwazin beşdarî koma xebatê ya duyemîn bibin (pêşeroja bajarê Münsterê).

        Heke pirsek hebe, hejmara min: 0176 4455 6677.

        Spas û silav
        Rojda Yılmaz
        Komeleya Jinên Kurd a Münsterê
        """)
    return build([
        received("mail-qt1-f58.gmail.example", "192.0.2.58", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2zR3aVhz"),
        ("Date", rfcdate(dt)),
        ("From", a("Rojda Yılmaz", "rojda.yilmaz@gmail.example", "iso-8859-9")),
        ("To", OURS),
        ("Subject", h("Qeydkirin ji bo MSO-Tag", "iso-8859-9")),
        ("Message-ID", "<CAE5pS9v2Xd7Sk+Qy0oZr3eI6lB1wM8hF5tC4aYq@mail.gmail.example>"),
    ], text_part(body, charset="iso-8859-9", cte="quoted-printable"), dt)


# 026 - Outlook HTML-only body (windows-1252, base64) plus a PDF registration form;
#       "2 Personen, Frau Ewa Kowalczyk und Herrn Tomasz Kowalczyk"; "Arbeitsgruppen 3
#       und 1 (in dieser Reihenfolge)"; office hours and a phone number are not persons;
#       "i. A." before the name.
@mail("kowalczyk-outlook-html-pdf-form", "2027-03-02 19:55:18 +0100",
      reg("ewa.kowalczyk@dpg-muenster.example", "Ewa Kowalczyk",
          "Deutsch-Polnische Gesellschaft Münster e.V.", ["AG3", "AG1"], 2, "de"))
def m026(dt):
    paras = [
        "Sehr geehrte Damen und Herren,",
        "",
        "anbei erhalten Sie unser ausgefülltes Anmeldeformular für den Tag der "
        "Migrantenselbstorganisationen.",
        "",
        "Der Vollständigkeit halber auch hier: Wir melden <b>2 Personen</b> an, Frau Ewa Kowalczyk "
        "und Herrn Tomasz Kowalczyk. Gewünscht sind die Arbeitsgruppen 3 und 1 (in dieser Reihenfolge).",
        "",
        "Für Rückfragen erreichen Sie mich unter 0251 / 39 48 57 (Mo–Do, 9–13 Uhr).",
        "",
        "Mit freundlichen Grüßen",
        "i. A. Ewa Kowalczyk",
        "",
        "<p class=\"MsoNormal\"><span style=\"font-size:9.0pt;color:#1F3864\">Geschäftsstelle<br>"
        "Deutsch-Polnische Gesellschaft Münster e.V.<br>Ludgeristraße 60 · 48143 Münster<br>"
        "<a href=\"https://www.dpg-muenster.example\">www.dpg-muenster.example</a>"
        "<o:p></o:p></span></p>",
        "",
        "<p class=\"MsoNormal\"><span style=\"font-size:7.5pt;color:gray\">"
        + OUTLOOK_DISCLAIMER.replace("\n", " ").strip() + "<o:p></o:p></span></p>",
    ]
    html = outlook_html(paras, "windows-1252")
    pdf = tiny_pdf([
        "Anmeldung Tag der Migrantenselbstorganisationen 2027",
        "Organisation: Deutsch-Polnische Gesellschaft Muenster e.V.",
        "Teilnehmende: Ewa Kowalczyk, Tomasz Kowalczyk",
        "Arbeitsgruppe (1. Wunsch): AG 3   (2. Wunsch): AG 1",
    ])
    mixed = multipart("mixed", [
        text_part(html, "html", "windows-1252", "base64"),
        binary_part(pdf, "application/pdf", "Anmeldeformular_MSO-Tag_2027_DPG.pdf"),
    ], "_004_AS8PR04MB8899C0D1E2F3A4B5C6D7AS8PR04MB8899eurp_", preamble="")
    return build([
        received("EUR05-DB8-obe.outbound.protection.outlook.example", "192.0.2.135", "mx.muenster.example",
                 dt + timedelta(seconds=5), "4Fm2zV5cXiz"),
        ("Date", rfcdate(dt)),
        ("From", a("Kowalczyk, Ewa", "ewa.kowalczyk@dpg-muenster.example")),
        ("To", "\"'mso-tag@muenster.example'\" <mso-tag@muenster.example>"),
        ("Subject", h("Anmeldung Tag der MSO – Deutsch-Polnische Gesellschaft")),
        ("Thread-Topic", h("Anmeldung Tag der MSO – Deutsch-Polnische Gesellschaft")),
        ("Message-ID", "<AS8PR04MB8899A1B2C3D4E5F6A7B8C9D0E1F2A3B4@AS8PR04MB8899.eurprd04.prod.outlook.example>"),
        ("Content-Language", "de-DE"),
        ("X-MS-Has-Attach", "yes"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], mixed, dt)


# 027 - question in English: wheelchair access; "we will register by Friday" - no one
#       is registered by this mail.
@mail("rahimi-question-wheelchair", "2027-03-03 08:20:55 +0100",
      rec("question", "shirin.rahimi@iran-women-network.example", "Shirin Rahimi",
          "Iranian Women's Network Muenster", [], None, "en"))
def m027(dt):
    body = T("""
        Dear organising team,

        Before we send our registration, a quick question: is the Stadtweinhaus
        accessible for wheelchair users, and is there an accessible toilet? One of our
        board members uses a wheelchair and would only come if she can move around on
        her own.

        We will decide by Friday who from our network attends and register then.

        Kind regards,
        Shirin Rahimi
        Iranian Women's Network Muenster
        """)
    return build([
        received("smtp.iran-women-network.example", "192.0.2.170", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm2zZ7eZjz"),
        ("Date", rfcdate(dt)),
        ("From", a("Shirin Rahimi", "shirin.rahimi@iran-women-network.example")),
        ("To", OURS),
        ("Subject", "Accessibility question - MSO Day"),
        ("Message-ID", "<20270303072055.GA18842@iran-women-network.example>"),
        ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ], text_part(body, charset="us-ascii", cte="7bit"), dt)


# 028 - the shortest possible phone registration: "3 pers, ag2"; first name only in
#       the text, full name in the From display; no organisation.
@mail("rezai-three-words", "2027-03-03 10:05:12 +0100",
      reg("ali.rezai88@gmail.example", "Ali Rezai", None, ["AG2"], 3, "de"))
def m028(dt):
    body = T("""
        anmeldung mso tag 13.3
        3 pers, ag2

        gruss ali

        Von meinem Samsung Galaxy Smartphone gesendet.
        """)
    return build([
        received("mail-pf1-f72.gmail.example", "192.0.2.72", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm3013gBkz"),
        ("Date", rfcdate(dt)),
        ("From", a("Ali Rezai", "ali.rezai88@gmail.example")),
        ("To", OURS),
        ("Subject", "mso"),
        ("Message-ID", "<CAG6qU0w3Ye8Tl+Rz1pAs4fJ7mC2xN9iG6uD5bZr@mail.gmail.example>"),
    ], text_part(body, charset="utf-8", cte="7bit"), dt)


# 029 - change in Russian (UTF-8, QP), inline quote of our German confirmation;
#       one person drops out: "нас будет двое, а не трое"; the group stays the same,
#       so no new workgroup choice.
@mail("baumann-change-russian-dvoe", "2027-03-03 12:40:29 +0100",
      rec("change", "irina.baumann@mail.example", "Ирина Бауман",
          "Deutsch-Russischer Kulturverein Lira e.V.", [], 2, "ru"))
def m029(dt):
    body = T("""
        Добрый день!

        > Wir haben notiert:
        >   Personen: 3
        >   Arbeitsgruppe: AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem

        Небольшое изменение: Анна Кригер, к сожалению, прийти не сможет (заболела
        мама). Так что нас будет двое, а не трое. Группа остаётся та же.

        > Änderungen oder eine Absage schicken Sie bitte einfach als Antwort auf
        > diese Mail.

        Спасибо!
        Ирина Бауман
        """)
    return build([
        received("mx1.mail.example", "192.0.2.17", "mx.muenster.example", dt + timedelta(seconds=6), "4Fm3046iDlz"),
        ("Date", rfcdate(dt)),
        ("From", a("Irina Baumann", "irina.baumann@mail.example")),
        ("To", OURS),
        ("Subject", "Re: " + CONF_SUBJECT),
        ("Message-ID", "<1772538029.551902@mail.example>"),
        ("In-Reply-To", "<mso-conf-20270226-0011@muenster.example>"),
        ("References", "<1772088912.418273@mail.example> <mso-conf-20270226-0011@muenster.example>"),
        ("User-Agent", "Mail.example Mobile/7.1 (Android)"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 030 - Bosnian, windows-1250 quoted-printable; "nas troje" with names; "radnu grupu
#       broj dva"; a colleague first wanted "u treću" (the third) - not the choice;
#       a question inside; „…“ quotes in the association name.
@mail("hodzic-bosnian-troje", "2027-03-03 15:15:41 +0100",
      reg("amra.hodzic@bih-udruzenje.example", "Amra Hodžić",
          "Udruženje građana BiH „Ljiljan“ Münster", ["AG2"], 3, "bs"))
def m030(dt):
    body = T("""
        Poštovani,

        ovim putem prijavljujem nas troje iz Udruženja građana BiH „Ljiljan“ Münster
        za Dan migrantskih organizacija 13. marta: sebe, mog muža Senada i našu
        sekretarku Lejlu Mujić.

        Svi bismo išli u radnu grupu broj dva (budućnost Münstera). Lejla je prvo
        htjela u treću, ali smo se dogovorili da ostanemo zajedno.

        Imam jedno pitanje: da li je potrebno ponijeti nešto, npr. ličnu kartu?

        Srdačan pozdrav,
        Amra Hodžić
        predsjednica
        Udruženje građana BiH „Ljiljan“ Münster
        """)
    return build([
        received("smtp.bih-udruzenje.example", "192.0.2.180", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm3089kFmz"),
        ("Date", rfcdate(dt)),
        ("From", a("Amra Hodžić", "amra.hodzic@bih-udruzenje.example", "windows-1250")),
        ("To", OURS),
        ("Subject", "Prijava za MSO-Tag / Anmeldung"),
        ("Message-ID", "<001a01db8c1f$2b3c4d50$81b4e7f0$@bih-udruzenje.example>"),
        ("X-Mailer", "Microsoft Outlook 15.0"),
    ], text_part(body, charset="windows-1250", cte="quoted-printable"), dt)


# 031 - newsletter of a regional network that advertises the MSO-Tag, lists all three
#       AGs and gives our address - a bulk mail, not a registration.
@mail("newsletter-netzwerk-maerz", "2027-03-03 18:00:00 +0100", machine("other"))
def m031(dt):
    text = T("""
        Newsletter März 2027 – Netzwerk Migrantenorganisationen Münsterland

        Liebe Mitglieder, liebe Freund*innen des Netzwerks,

        1) MSO-Tag am 13. März: Noch bis 6. März anmelden!
        Die Stadt Münster lädt in das Stadtweinhaus ein. Drei Arbeitsgruppen stehen zur
        Wahl: Bildung (AG 1), Münsters Zukunftsprozess (AG 2) sowie Förderung und
        Vereinsmanagement (AG 3). Anmeldung formlos per Mail an mso-tag@muenster.example
        mit Name, Organisation, Personenzahl und Wunsch-AG.

        2) Neue Fördertöpfe
        Das Land NRW hat das Programm "Vielfalt vor Ort" um zwei Jahre verlängert.
        Anträge sind bis 30. April möglich; bis zu 5.000 EUR je Verein.

        3) Termine
        - 18.03., 18:00 Uhr: Offenes Vorstandstreffen (online)
        - 27.03., 10:00 Uhr: Workshop Kassenführung für Vereine, Raum 204, VHS

        Herzliche Grüße
        Ihr Netzwerk-Team

        --
        Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler steht.
        Abmelden: https://mso-netzwerk.example/newsletter/abmelden?u=7f3a9c
        Netzwerk Migrantenorganisationen Münsterland e.V., Hafenweg 12, 48155 Münster
        """)
    import html as _h
    html = ('<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">\n'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table width="600" style="background:#fff;font-family:Helvetica,Arial">\n')
    for line in text.rstrip("\n").split("\n"):
        html += f"<tr><td style=\"padding:2px 24px\">{_h.escape(line) or '&nbsp;'}</td></tr>\n"
    html += ('<tr><td style="padding:12px 24px"><a href="https://mso-netzwerk.example/newsletter/abmelden?u=7f3a9c">'
             'Abmelden</a></td></tr>\n</table>\n</td></tr></table>\n'
             '<img src="https://mso-netzwerk.example/t/open.gif?u=7f3a9c" width="1" height="1" alt="">\n'
             '</body></html>\n')
    alt = multipart("alternative", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ], "_----------=_MCPart_1177420983", preamble="")
    return build([
        received("mail132.mso-netzwerk.example", "198.51.100.132", "mx.muenster.example", dt + timedelta(seconds=7), "4Fm30C1mHnz"),
        ("Date", rfcdate(dt)),
        ("From", a("Netzwerk Migrantenorganisationen Münsterland", "newsletter@mso-netzwerk.example")),
        ("Reply-To", "info@mso-netzwerk.example"),
        ("To", OURS),
        ("Subject", h("Newsletter März 2027: MSO-Tag, Fördertöpfe, Termine")),
        ("Message-ID", "<nl-2027-03.7f3a9c@mso-netzwerk.example>"),
        ("List-Id", "Netzwerk-Newsletter <newsletter.mso-netzwerk.example>"),
        ("List-Unsubscribe", "<https://mso-netzwerk.example/newsletter/abmelden?u=7f3a9c>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], alt, dt)


# 032 - inline answers inside the quoted invitation (field by field); name written
#       "Demirtaş, Hatice"; "2 (ich und meine Schwester Emine)"; last year's group is
#       mentioned, the new choice is "1. Wahl AG II, 2. Wahl AG III".
@mail("demirtas-inline-answers-invitation", "2027-03-03 20:40:03 +0100",
      reg("hatice.demirtas@tikv-coerde.example", "Hatice Demirtaş",
          "Türkisch-Islamischer Kulturverein Coerde e.V. (Frauengruppe)", ["AG2", "AG3"], 2, "de"))
def m032(dt):
    inv = INVITATION
    head, rest = inv.split("Bitte teilen Sie uns bei der Anmeldung Folgendes mit:\n")
    fields = rest.split("\n\n", 1)[0].split("\n")
    tail = rest.split("\n\n", 1)[1]
    body = ("Hallo,\n\nich antworte direkt in Ihrer Mail, das ist einfacher für mich.\n\n"
            "Am 22.02.2027 um 09:00 schrieb Tag der Migrantenselbstorganisationen:\n"
            + quote(head) + "> Bitte teilen Sie uns bei der Anmeldung Folgendes mit:\n"
            + quote(fields[0]) + "\nDemirtaş, Hatice\n\n"
            + quote(fields[1]) + "\nTürkisch-Islamischer Kulturverein Coerde e.V. (Frauengruppe)\n\n"
            + quote(fields[2]) + "\n2 (ich und meine Schwester Emine)\n\n"
            + quote(fields[3]) + "\nLetztes Jahr war ich in der Gruppe zu Bildung. Diesmal lieber:\n"
            "1. Wahl AG II, 2. Wahl AG III\n\n"
            + quote(tail) + "\nViele Grüße\nHatice\n")
    return build([
        received("smtp.tikv-coerde.example", "192.0.2.190", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30F4pJoz"),
        ("Date", rfcdate(dt)),
        ("From", a("Hatice Demirtaş", "hatice.demirtas@tikv-coerde.example")),
        ("To", OURS),
        ("Subject", "AW: Einladung: Tag der Migrantenselbstorganisationen am 13. Maerz 2027"),
        ("Message-ID", "<3c9e1f7a-8b2d-4e6f-a0c1-d2e3f4a5b6c7@tikv-coerde.example>"),
        ("In-Reply-To", "<mso-invitation-2027@muenster.example>"),
        ("References", "<mso-invitation-2027@muenster.example>"),
        ("User-Agent", "Mozilla Thunderbird 115.18.0"),
    ], text_part(body, charset="utf-8", cte="8bit"), dt)


# 033 - cancellation in Ukrainian, UTF-8 base64, top-posted above a Gmail-style quote
#       of our confirmation.
@mail("melnyk-ukrainian-cancel", "2027-03-04 07:30:22 +0100",
      rec("cancellation", "tetiana.melnyk@ukr.example", "Тетяна Мельник", None, [], None, "uk"))
def m033(dt):
    conf = confirmation("Guten Tag Frau Melnyk,", "1",
                        "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte")
    body = T("""
        Доброго ранку!

        На жаль, мушу скасувати свою реєстрацію на 13 березня. Мене поставили на зміну
        в суботу, і замінити мене ніхто не може.

        Вибачте за незручності і дякую за розуміння.

        З повагою,
        Тетяна Мельник

        Am Di., 23. Feb. 2027 um 16:40 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
        """) + quote(conf)
    return build([
        received("relay.ukr.example", "192.0.2.38", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm30J6rLpz"),
        ("Date", rfcdate(dt)),
        ("From", a("Tetiana Melnyk", "tetiana.melnyk@ukr.example")),
        ("To", OURS),
        ("Subject", "Re: " + CONF_SUBJECT),
        ("Message-ID", "<1772605822.118273.9901@relay.ukr.example>"),
        ("In-Reply-To", "<mso-conf-20270223-0001@muenster.example>"),
        ("References", "<mso-conf-20270223-0001@muenster.example>"),
    ], text_part(body, charset="utf-8", cte="base64"), dt)


# 034 - German with Spanish greetings; "zu zweit"; "AG: ist uns egal, was noch frei ist"
#       = no workgroup choice.
@mail("huaman-de-es-egal", "2027-03-04 09:15:36 +0100",
      reg("luis.huaman@peru-ms.example", "Luis Huamán", "Asociación Cultural Perú Münster",
          [], 2, "de"))
def m034(dt):
    body = T("""
        Hola und guten Tag!

        Ich möchte mich anmelden für den MSO-Tag. Ich bin Luis Huamán von der Asociación
        Cultural Perú Münster. Wir kommen zu zweit – ich und meine Kollegin Rosa Quispe.

        AG: ist uns egal, was noch frei ist :) Wir lernen überall etwas.

        Muchas gracias y saludos
        Luis
        """)
    return build([
        received("smtp.peru-ms.example", "192.0.2.200", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30M8tNqz"),
        ("Date", rfcdate(dt)),
        ("From", a("Luis Huamán", "luis.huaman@peru-ms.example")),
        ("To", OURS),
        ("Subject", "Anmeldung MSO-Tag :)"),
        ("Message-ID", "<e8f9a0b1-c2d3-4e5f-8a9b-0c1d2e3f4a5b@peru-ms.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 035 - change in Arabic (UTF-8, QP; Outlook-style quote of our confirmation): "from the third to the second" - the new
#       group is the second; the number of persons stays as it is.
@mail("alhamwi-change-third-to-second", "2027-03-04 11:00:48 +0100",
      rec("change", "rania.hamwi@web.example", "Rania Al-Hamwi",
          "Syrischer Frauenverein Münster e.V.", ["AG2"], None, "ar"))
def m035(dt):
    conf = confirmation("Guten Tag Frau Al-Hamwi,", "2",
                        "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement")
    body = T("""
        مرحباً،

        شكراً على التأكيد. نود تغيير مجموعة العمل من الثالثة إلى الثانية، لأن زميلتي هبة ستحضر في نفس الأسبوع ورشة أخرى عن التمويل في الـ VHS، ولا داعي لتكرار الموضوع.
        عدد الأشخاص يبقى كما هو.

        رانيا الحموي

        -----Ursprüngliche Nachricht-----
        Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
        Gesendet: Donnerstag, 25. Februar 2027 12:31
        An: rania.hamwi@web.example
        Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

        """) + conf
    return build([
        received("mout.web.example", "192.0.2.81", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30QAvPrz"),
        ("Date", rfcdate(dt)),
        ("From", a("Rania Al-Hamwi", "rania.hamwi@web.example")),
        ("To", OURS),
        ("Subject", "AW: " + CONF_SUBJECT),
        ("Message-ID", "<trinity-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-1772618448@msvc-mesg-web002.example>"),
        ("In-Reply-To", "<mso-conf-20270225-0004@muenster.example>"),
        ("References", "<mso-conf-20270225-0004@muenster.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 036 - registration with two numbered questions (the "1." and "2." are not
#       workgroups); multipart/alternative, base64; From address in mixed case.
@mail("haile-registration-two-questions", "2027-03-04 13:20:14 +0100",
      reg("s.haile@eritrea-frauen.example", "Saba Haile", "Eritreischer Frauenverein Münster",
          ["AG3"], 1, "de"))
def m036(dt):
    body = T("""
        Liebe Organisatorinnen und Organisatoren,

        gerne melde ich mich für den Tag der MSO an. Ich vertrete den Eritreischen
        Frauenverein Münster und möchte an der AG 3 (Vereinsmanagement) teilnehmen – wir
        haben unseren Verein gerade erst gegründet und brauchen jede Hilfe :)

        Zwei kurze Fragen:
        1. Bekommen wir eine Teilnahmebescheinigung? Die brauchen wir für unseren
           ersten Förderantrag.
        2. Gibt es vegetarisches Essen? Bei uns ist gerade Fastenzeit.

        Herzliche Grüße
        Saba Haile
        """)
    alt = multipart("alternative", [
        text_part(body, "plain", "utf-8", "base64"),
        text_part(simple_html(body), "html", "utf-8", "base64"),
    ], "000000000000f1e2d3060f6b2c33", preamble="")
    return build([
        received("smtp.eritrea-frauen.example", "192.0.2.210", "mx.muenster.example", dt + timedelta(seconds=4), "4Fm30TCxRsz"),
        ("Date", rfcdate(dt)),
        ("From", a("Saba Haile", "S.Haile@eritrea-frauen.example")),
        ("To", OURS),
        ("Subject", "Anmeldung + 2 Fragen"),
        ("Message-ID", "<CAH7rV1x4Zf9Um+Sa2qBt5gK8nD3yO0jH7vE6cAs@eritrea-frauen.example>"),
    ], alt, dt)


# 037 - question, Turkish mixed with German (ISO-8859-9, base64): deadline, how many
#       may come, a fee - the board decides only on 7 March; nobody is registered.
@mail("sahin-question-tr-de-mix", "2027-03-04 16:45:57 +0100",
      rec("question", "murat.sahin@gencler-ms.example", "Murat Şahin",
          "Gençlerbirliği Münster Spor ve Kültür Derneği", [], None, "tr"))
def m037(dt):
    body = T("""
        Merhaba, guten Tag,

        MSO-Tag hakkında birkaç sorum var:
        - Son kayıt tarihi gerçekten 6 Mart mı? Yönetim kurulumuz ancak 7 Mart'ta
          toplanıyor, kimin katılacağına o zaman karar verebiliriz.
        - Bir dernekten en fazla kaç kişi katılabilir?
        - Teilnahmegebühr var mı, yoksa ücretsiz mi?

        Danke schön / teşekkürler
        Murat Şahin
        Gençlerbirliği Münster Spor ve Kültür Derneği
        """)
    return build([
        received("smtp.gencler-ms.example", "192.0.2.220", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30XEzTtz"),
        ("Date", rfcdate(dt)),
        ("From", a("Murat Şahin", "murat.sahin@gencler-ms.example", "iso-8859-9")),
        ("To", OURS),
        ("Subject", "Soru / Frage MSO-Tag"),
        ("Message-ID", "<20270304154557.3f2a1b@gencler-ms.example>"),
    ], text_part(body, charset="iso-8859-9", cte="base64"), dt)


# 038 - French, ISO-8859-15 quoted-printable; "Nous serons trois"; "groupe de travail
#       n° 3"; a past workshop (2018) about the same topic; a question inside.
@mail("khalil-french-trois", "2027-03-04 19:30:25 +0100",
      reg("nour.khalil@maison-syrienne.example", "Nour Khalil", "Maison Syrienne de Münster",
          ["AG3"], 3, "fr"))
def m038(dt):
    body = T("""
        Bonjour,

        Je souhaiterais inscrire notre association, la Maison Syrienne de Münster, à la
        Journée des organisations de migrants du 13 mars 2027. Nous serons trois :
        moi-même, Georges Mansour et Lina Sabbagh.

        Nous avions participé en 2018 à l'atelier sur le financement, qui nous avait
        beaucoup aidés. Cette année, nous souhaiterions rejoindre le groupe de travail
        n° 3 (possibilités de financement et gestion associative), car nous préparons
        notre première demande de subvention auprès de la ville.

        Une petite question : faut-il apporter quelque chose (statuts de l'association,
        documents) ?

        Bien cordialement,
        Nour Khalil
        Présidente – Maison Syrienne de Münster
        Tél. : 0251 / 77 66 55
        """).replace("–", "-")
    return build([
        received("smtp.maison-syrienne.example", "192.0.2.230", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm30aH1Vuz"),
        ("Date", rfcdate(dt)),
        ("From", a("Nour Khalil", "nour.khalil@maison-syrienne.example")),
        ("To", OURS),
        ("Subject", h("Inscription - Journée des MSO du 13 mars", "iso-8859-15")),
        ("Message-ID", "<5f6a7b8c-9d0e-4f1a-b2c3-d4e5f6a7b8c9@maison-syrienne.example>"),
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
    ], text_part(body, charset="iso-8859-15", cte="quoted-printable"), dt)


# 039 - Exchange-style German NDR ("Unzustellbar:") for our confirmation to the
#       mixed-case address of mail 036: mailbox full; the recipient must come out
#       lower-case; the returned headers are text/rfc822-headers.
@mail("bounce-exchange-mailbox-full", "2027-03-05 07:05:44 +0100",
      machine("bounce", "s.haile@eritrea-frauen.example"))
def m039(dt):
    sent = dt - timedelta(minutes=2, seconds=10)
    text = T("""
        Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

        S.Haile@eritrea-frauen.example
        Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten
        annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den
        Empfänger.

        Diagnoseinformationen für Administratoren:

        Generierender Server: EX01.eritrea-frauen.example

        S.Haile@eritrea-frauen.example
        Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

        Ursprüngliche Nachrichtenkopfzeilen:
        """)
    import html as _h
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Die Nachricht konnte an folgende "
            "Empfänger nicht zugestellt werden:</font></b></p>\n"
            "<p><a href=\"mailto:S.Haile@eritrea-frauen.example\">S.Haile@eritrea-frauen.example</a><br>\n"
            + _h.escape("Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.")
            + "</p>\n<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Generierender Server: "
            "EX01.eritrea-frauen.example<br>Remote Server returned '554 5.2.2 mailbox full; "
            "STOREDRV.Deliver.Exception:QuotaExceededException'</font></p>\n</body></html>\n")
    status = T(f"""
        Reporting-MTA: dns;EX01.eritrea-frauen.example
        Received-From-MTA: dns;mx.muenster.example
        Arrival-Date: {rfcdate(sent)}

        Final-Recipient: rfc822;S.Haile@eritrea-frauen.example
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;554 5.2.2 mailbox full;
         STOREDRV.Deliver.Exception:QuotaExceededException
        """)
    orig_headers = T(f"""
        Received: from mx.muenster.example (192.0.2.1) by EX01.eritrea-frauen.example
         (192.0.2.211) with Microsoft SMTP Server id 15.2.1544.4; {rfcdate(sent)}
        Date: {rfcdate(sent - timedelta(seconds=3))}
        From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
        To: S.Haile@eritrea-frauen.example
        Subject: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
        Message-ID: <mso-conf-20270305-0031@muenster.example>
        In-Reply-To: <CAH7rV1x4Zf9Um+Sa2qBt5gK8nD3yO0jH7vE6cAs@eritrea-frauen.example>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: quoted-printable
        """)
    alt = multipart("alternative", [
        text_part(text, "plain", "utf-8", "quoted-printable"),
        text_part(html, "html", "utf-8", "quoted-printable"),
    ], "_000_b7c8d9e0f1a24b3c8d9e0f1a2b3c4d5e_", preamble="")
    report = multipart("report", [
        alt,
        Part([("Content-Type", "message/delivery-status")], status.encode("ascii")),
        Part([("Content-Type", "text/rfc822-headers")], orig_headers.encode("ascii")),
    ], "_001_b7c8d9e0f1a24b3c8d9e0f1a2b3c4d5e_", params="; report-type=delivery-status", preamble="")
    return build([
        received("EX01.eritrea-frauen.example", "192.0.2.211", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm30dK3Xvz"),
        ("Date", rfcdate(dt)),
        ("From", a("Microsoft Outlook", "postmaster@eritrea-frauen.example")),
        ("To", OURS),
        ("Subject", h("Unzustellbar: " + CONF_SUBJECT)),
        ("Message-ID", "<d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f6a@EX01.eritrea-frauen.example>"),
        ("In-Reply-To", "<mso-conf-20270305-0031@muenster.example>"),
        ("References", "<mso-conf-20270305-0031@muenster.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "de-DE"),
    ], report, dt)


# 040 - cancellation written by the association's secretary from the shared mailbox
#       on behalf of the chair (mail 009): all three places; the confirmation of the
#       cancellation is to go to the chair's own address.
@mail("hoi-nguoi-viet-cancel-on-behalf", "2027-03-05 09:40:09 +0100",
      rec("cancellation", "thuha.nguyen@gmx.example", "Nguyễn Thị Thu Hà", "Hội Người Việt tại Münster",
          [], None, "de"))
def m040(dt):
    body = T("""
        Sehr geehrte Damen und Herren,

        ich schreibe im Auftrag unserer Vorsitzenden, Frau Nguyễn Thị Thu Hà. Sie hat sich
        letzte Woche mit ihrem Mann und ihrer Tochter (zusammen 3 Personen) für den
        MSO-Tag angemeldet.

        Leider ist ihre Mutter in Vietnam schwer erkrankt und sie fliegt am Dienstag nach
        Hanoi. Die Familie kann deshalb am 13.03. nicht teilnehmen. Bitte streichen Sie
        alle drei Anmeldungen.

        Die Bestätigung der Absage schicken Sie bitte direkt an Frau Nguyen:
        thuha.nguyen@gmx.example

        Vielen Dank für Ihr Verständnis.

        Mit freundlichen Grüßen
        Phạm Văn Long
        Schriftführer
        Hội Người Việt tại Münster
        """)
    alt = multipart("alternative", [
        text_part(body, "plain", "utf-8", "quoted-printable", params="; format=flowed"),
        text_part("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
                  "</head>\n<body>\n" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n"
                                                  for p in body.strip().split("\n\n")) + "</body>\n</html>\n",
                  "html", "utf-8", "quoted-printable"),
    ], "------------8kX0c2rZq4nP7dWm1vB3yT5s", preamble="This is a multi-part message in MIME format.\n")
    return build([
        received("smtp.hoinguoiviet-ms.example", "192.0.2.240", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30gM5Zwz"),
        ("Date", rfcdate(dt)),
        ("From", a("Hội Người Việt tại Münster", "info@hoinguoiviet-ms.example")),
        ("To", OURS),
        ("Subject", "Absage Anmeldung Frau Nguyen Thi Thu Ha"),
        ("Message-ID", "<6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d@hoinguoiviet-ms.example>"),
        ("User-Agent", "Mozilla Thunderbird 128.7.1"),
    ], alt, dt)


# 041 - German without umlauts in KOI8-R (the client of a Russian-speaking senior),
#       QP; "melde hiermit unsere Gruppe an: 5 Personen"; ages 67-81 are not persons;
#       thought of splitting 2 in AG 1 and 3 in AG 2, decided "alle 5 in AG 2";
#       Cyrillic closing line.
@mail("becker-seniors-koi8r-german", "2027-03-05 11:55:31 +0100",
      reg("w.becker1949@t-online.example", "Wladimir Becker", "Seniorenklub \"Rodnik\"",
          ["AG2"], 5, "de"))
def m041(dt):
    body = T("""
        Guten Tag!

        Ich, Wladimir Becker, Vorsitzender vom Seniorenklub "Rodnik" (russischsprachige
        Senioren in Munster-Kinderhaus), melde hiermit unsere Gruppe an: 5 Personen.
        Alle sind Rentner, Alter von 67 bis 81 Jahre, deshalb bitte wenn moglich Platze
        nicht weit von der Tur.

        Arbeitsgruppe: ich habe zuerst gedacht wir teilen uns auf, 2 Personen in AG 1
        und 3 Personen in AG 2. Aber die Leute wollen lieber zusammen bleiben, also
        alle 5 in AG 2 (Zukunft Munster).

        Mit freundlichen Grussen
        W. Becker
        Tel. 0251 21 43 65

        Всего доброго!
        """)
    return build([
        received("mailout02.t-online.example", "192.0.2.11", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm30kP7bxz"),
        ("Date", rfcdate(dt)),
        ("From", a("Wladimir Becker", "w.becker1949@t-online.example")),
        ("To", OURS),
        ("Subject", "Anmeldung Seniorenklub"),
        ("Message-ID", "<1772708131.0871@t-online.example>"),
        ("X-Mailer", "The Bat! (v10.4.2.1) Home"),
    ], text_part(body, charset="koi8-r", cte="quoted-printable"), dt)


# 042 - change in Vietnamese, UTF-8 base64: registered for "nhóm 2", wants "nhóm 3"
#       now and brings one more person, "tổng cộng là 2 người".
@mail("le-vietnamese-change-group-and-size", "2027-03-05 14:10:50 +0100",
      rec("change", "lehoangnam.ms@gmail.example", "Lê Hoàng Nam", "Hội Phật tử Việt Nam tại Münster",
          ["AG3"], 2, "vi"))
def m042(dt):
    body = T("""
        Chào anh chị Ban tổ chức,

        Em là Lê Hoàng Nam, tuần trước em đã đăng ký tham dự MSO-Tag (nhóm 2) cho Hội
        Phật tử Việt Nam tại Münster.

        Em xin phép đổi sang nhóm 3 (Förderung / Vereinsmanagement) ạ, vì hội em đang
        cần tìm hiểu về cách xin tài trợ.
        Ngoài ra em sẽ đi cùng một bạn nữa là Võ Thị Hồng, nên tổng cộng là 2 người ạ.

        Em cảm ơn anh chị nhiều!
        Nam
        """)
    return build([
        received("mail-oo1-f45.gmail.example", "192.0.2.45", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30nR9dyz"),
        ("Date", rfcdate(dt)),
        ("From", a("Lê Hoàng Nam", "lehoangnam.ms@gmail.example")),
        ("To", OURS),
        ("Subject", h("Thay đổi đăng ký MSO-Tag")),
        ("Message-ID", "<CAJ9tX3z6Bh1Wo+Uc4sDv7iM0pF5aQ2lJ9xG8eCu@mail.gmail.example>"),
    ], text_part(body, charset="utf-8", cte="base64"), dt)


# 043 - a thank-you for the confirmation (phone, lower case), the confirmation with
#       "Personen: 3" and "AG 1" quoted below - nothing to register or change.
@mail("tesfay-thank-you", "2027-03-05 16:30:27 +0100", machine("other"))
def m043(dt):
    conf = confirmation("Guten Tag Herr Gebremariam,", "3",
                        "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem")
    body = T("""
        danke schon fur die bestatigung !! wir freuen uns. bis 13 marz

        tesfay

        Von meinem iPhone gesendet

        > Am 05.03.2027 um 14:02 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
        >
        """) + quote(conf)
    return build([
        received("mail-ed1-f44.gmail.example", "192.0.2.44", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm30rT1fzz"),
        ("Date", rfcdate(dt)),
        ("From", a("Tesfay G", "tesfay.gm@gmail.example")),
        ("To", OURS_NAMED),
        ("Subject", "Re: " + CONF_SUBJECT),
        ("Message-ID", "<0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0@gmail.example>"),
        ("In-Reply-To", "<mso-conf-20270305-0028@muenster.example>"),
        ("References", "<E3B1C2A4-77D0-4C1F-9F0B-1A2B3C4D5E6F@gmail.example> <mso-conf-20270305-0028@muenster.example>"),
        ("X-Mailer", "iPhone Mail (20D67)"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 044 - Polish with a German greeting, windows-1250 base64, sent from the shared
#       mailbox of a Saturday school; "z żoną i naszymi dwojgiem dzieci ... w sumie
#       4 osoby"; ages 10/13, "ok. 60 uczniów" and "sala 214" are not persons;
#       question inside; workgroup by the alias "Bildung".
@mail("wisniewski-polish-shared-mailbox-family", "2027-03-05 18:45:16 +0100",
      reg("szkola.polska.ms@onet.example", "Piotr Wiśniewski", "Polska Szkoła Sobotnia w Münster",
          ["AG1"], 4, "pl"))
def m044(dt):
    body = T("""
        Dzień dobry / Guten Tag,

        piszę w sprawie MSO-Tag 13 marca. Chciałbym się zgłosić razem z żoną i naszymi
        dwojgiem dzieci (10 i 13 lat), czyli w sumie 4 osoby. Czy dzieci mogą w ogóle
        uczestniczyć w grupach roboczych? Jeśli nie, to posiedzą z tyłu z książką :)

        Grupa robocza: Bildung - to temat, który nas najbardziej dotyczy, bo prowadzimy
        sobotnią szkołę polską (ok. 60 uczniów, zajęcia w sali 214 w Hauptschule Ost).

        Pozdrawiam serdecznie
        Piotr Wiśniewski
        Polska Szkoła Sobotnia w Münster
        tel. 0163 400 21 77
        """)
    return build([
        received("smtp.poczta.onet.example", "192.0.2.245", "mx.muenster.example", dt + timedelta(seconds=5), "4Fm30vV3h0z"),
        ("Date", rfcdate(dt)),
        ("From", a("Polska Szkoła Sobotnia Münster", "szkola.polska.ms@onet.example", "windows-1250")),
        ("To", OURS),
        ("Subject", h("Zgłoszenie / Anmeldung MSO-Tag", "windows-1250")),
        ("Message-ID", "<a1b2c3d4e5f6.7a8b9c0d@poczta.onet.example>"),
        ("X-Mailer", "Onet Poczta"),
    ], text_part(body, charset="windows-1250", cte="base64"), dt)


# 045 - husband is NOT coming ("deshalb komme ich alleine"); "Raum 12", "14 bis 16
#       Uhr" are not persons; "AG 1" at the very end.
@mail("hassan-husband-not-coming-room-12", "2027-03-06 08:10:03 +0100",
      reg("faadumo.hassan@gmx.example", "Faadumo Hassan", "Somalischer Kulturverein Münster",
          ["AG1"], 1, "de"))
def m045(dt):
    body = T("""
        Guten Morgen,

        ich melde mich für den MSO-Tag am 13. März an.
        Mein Mann wollte eigentlich auch mitkommen, aber er hat an dem Samstag
        Spätschicht, deshalb komme ich alleine.

        Ich bin im Vorstand vom Somalischen Kulturverein Münster. Wir treffen uns jeden
        Dienstag von 14 bis 16 Uhr in Raum 12 im Begegnungszentrum, falls jemand von der
        Stadt mal vorbeikommen möchte :)

        Ich möchte gerne in die AG 1.

        Mit freundlichen Grüßen
        Faadumo Hassan
        """)
    return build([
        received("mout.gmx.example", "192.0.2.28", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm30yX5j1z"),
        ("Date", rfcdate(dt)),
        ("From", a("Faadumo Hassan", "faadumo.hassan@gmx.example")),
        ("To", OURS),
        ("Subject", "Anmeldung"),
        ("Message-ID", "<trinity-4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f-1772781003@3c-app-gmx-bs31.example>"),
    ], text_part(body, charset="utf-8", cte="quoted-printable"), dt)


# 046 - Spanish, ISO-8859-1 8bit; "seremos cuatro" with the names; the president is
#       named but NOT coming; ranked "1) ... (AG 3) 2) ... (AG 1)".
@mail("restrepo-spanish-four-president-absent", "2027-03-06 10:00:42 +0100",
      reg("juliana.restrepo@colombiaviva.example", "Juliana Restrepo", "Colombia Viva Münster e.V.",
          ["AG3", "AG1"], 4, "es"))
def m046(dt):
    body = T("""
        Buenos días:

        Les escribo para inscribir a nuestra asociación Colombia Viva Münster e.V. en el
        Día de las Organizaciones de Migrantes del 13 de marzo.

        Seremos cuatro personas: yo, Paula Gómez, Camilo Ortiz y Diana Salazar. Nuestro
        presidente, Andrés Mejía, lamentablemente no podrá asistir porque estará de
        viaje en Bogotá.

        Preferencias de grupo de trabajo:
        1) gestión de asociaciones y financiación (AG 3)
        2) educación (AG 1)

        Muchas gracias y un saludo cordial,
        Juliana Restrepo
        Tesorera - Colombia Viva Münster e.V.
        +49 176 1234 5678
        """)
    return build([
        received("smtp.colombiaviva.example", "192.0.2.250", "mx.muenster.example", dt + timedelta(seconds=3), "4Fm311Z7l2z"),
        ("Date", rfcdate(dt)),
        ("From", a("Juliana Restrepo", "juliana.restrepo@colombiaviva.example")),
        ("To", OURS),
        ("Subject", h("Inscripción MSO-Tag - Colombia Viva Münster", "iso-8859-1")),
        ("Message-ID", "<7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e@colombiaviva.example>"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ], text_part(body, charset="iso-8859-1", cte="8bit"), dt)


# 047 - question in learner German, all lower case: is there still room, can one just
#       come without registering, does it cost - the writer does not register.
@mail("noori-question-spontaneous", "2027-03-06 12:30:19 +0100",
      rec("question", "farid.noori@yahoo.example", "Farid Noori", "afghanischer kulturverein",
          [], None, "de"))
def m047(dt):
    body = T("""
        salam,

        ich habe gehört anmeldung ist nur bis heute. ist noch platz? kann ich auch einfach am samstag kommen ohne anmeldung, ich weiß noch nicht ob ich frei habe von arbeit. und kostet es geld?

        farid noori
        afghanischer kulturverein
        """)
    return build([
        received("sonic305-3.consmr.mail.ir2.yahoo.example", "192.0.2.213", "mx.muenster.example",
                 dt + timedelta(seconds=4), "4Fm314b9n3z"),
        ("Date", rfcdate(dt)),
        ("From", a("Farid Noori", "farid.noori@yahoo.example")),
        ("To", OURS),
        ("Subject", "frage"),
        ("Message-ID", "<1101928374.3318842.1772796619207@mail.yahoo.example>"),
        ("X-Mailer", "WebService/1.1.21113 YahooMailAndroidMobile"),
    ], text_part(body, charset="utf-8", cte="8bit"), dt)


# 048 - change (bottom-posted reply): the confirmation said no AG was given; she adds
#       "die Finanzierung, also AG 3" and keeps two persons.
@mail("kaya-change-adds-missing-ag", "2027-03-06 15:20:38 +0100",
      rec("change", "dilan.kaya@web.example", "Dilan Kaya", "Alevitische Jugend Münster",
          ["AG3"], None, "de"))
def m048(dt):
    conf = confirmation("Guten Tag Frau Kaya,", "2", "noch keine Angabe",
                        extra="\nSie haben noch keine Arbeitsgruppe angegeben. Bitte teilen Sie uns Ihre\n"
                              "Wunsch-AG bis zum 6. März mit.\n")
    body = ("Am 05.03.2027 um 10:12 schrieb Tag der Migrantenselbstorganisationen:\n"
            + quote(conf) + "\n" + T("""
        Oh sorry, das hatte ich total vergessen! Wir nehmen die Finanzierung, also AG 3.
        Es bleibt bei zwei Personen.

        Liebe Grüße
        Dilan Kaya
        Alevitische Jugend Münster
        """))
    return build([
        received("mout.web.example", "192.0.2.82", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm317dBp4z"),
        ("Date", rfcdate(dt)),
        ("From", a("Dilan Kaya", "dilan.kaya@web.example")),
        ("To", OURS),
        ("Subject", "Re: " + CONF_SUBJECT),
        ("Message-ID", "<0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@web.example>"),
        ("In-Reply-To", "<mso-conf-20270305-0022@muenster.example>"),
        ("References", "<mso-conf-20270305-0022@muenster.example>"),
        ("User-Agent", "Mozilla Thunderbird 128.7.1"),
    ], text_part(body, charset="utf-8", cte="quoted-printable", params="; format=flowed"), dt)


# 049 - cancellation, Arabic mixed with German phrases ("Bitte Anmeldung löschen"),
#       8bit UTF-8; he and his wife (mail 010) cannot come.
@mail("haddad-cancel-ar-de-mix", "2027-03-06 17:05:12 +0100",
      rec("cancellation", "ahmad.haddad.ms@gmail.example", "Ahmad Haddad",
          "Syrisch-Deutscher Kulturverein Jasmin", [], None, "ar"))
def m049(dt):
    body = T("""
        مرحبا،

        للأسف لن أستطيع الحضور أنا وزوجتي يوم 13.3 لأن عندنا عرس عائلي في Dortmund بنفس اليوم، وما عرفنا عنه إلا البارحة.
        Bitte Anmeldung löschen.

        شكراً وآسف على الإزعاج
        Ahmad Haddad

        Von meinem Samsung Galaxy Smartphone gesendet.
        """)
    return build([
        received("mail-pj1-f67.gmail.example", "192.0.2.67", "mx.muenster.example", dt + timedelta(seconds=1), "4Fm31AfDr5z"),
        ("Date", rfcdate(dt)),
        ("From", a("ahmad haddad", "ahmad.haddad.ms@gmail.example")),
        ("To", OURS),
        ("Subject", "Absage"),
        ("Message-ID", "<CAJx8k2v0Tq7Rb3mNw5YpL1sZ9c4Hd6Ge2Fa8uXp@mail.gmail.example>"),
    ], text_part(body, charset="utf-8", cte="8bit"), dt)


# 050 - Persian (Iran), Gmail multipart/alternative with an RTL HTML part, QP; just
#       before the deadline; "جمعاً ۲ نفر" with Persian digits; "کارگروه دوم";
#       Persian-script name and association in the signature.
@mail("tehrani-persian-last-minute", "2027-03-06 21:30:07 +0100",
      reg("mahnaz.tehrani@gmail.example", "مهناز تهرانی", "کانون فرهنگی ایرانیان مونستر",
          ["AG2"], 2, "fa"))
def m050(dt):
    body = T("""
        با سلام و احترام،

        امیدوارم هنوز برای ثبت نام دیر نشده باشد. اینجانب مهناز تهرانی از کانون فرهنگی ایرانیان مونستر، برای روز سازمان‌های خودیار مهاجران در تاریخ ۱۳ مارس ثبت نام می‌کنم.
        همکارم آقای بابک نیک‌نام نیز همراه من خواهد بود، یعنی جمعاً ۲ نفر.

        ما کارگروه دوم (آینده شهر مونستر از نگاه مهاجران) را انتخاب می‌کنیم.

        با تشکر
        مهناز تهرانی
        کانون فرهنگی ایرانیان مونستر
        """)
    alt = multipart("alternative", [
        text_part(body, "plain", "utf-8", "quoted-printable"),
        text_part(simple_html(body, "rtl"), "html", "utf-8", "quoted-printable"),
    ], "000000000000e7f8a9060f7c3d44", preamble="")
    return build([
        received("mail-wr1-f49.gmail.example", "192.0.2.49", "mx.muenster.example", dt + timedelta(seconds=2), "4Fm31DhFt6z"),
        ("Date", rfcdate(dt)),
        ("From", a("Mahnaz Tehrani", "mahnaz.tehrani@gmail.example")),
        ("To", OURS),
        ("Subject", h("ثبت نام روز MSO")),
        ("Message-ID", "<CAK0uY4a7Ci2Xp+Vd5tEw8jN1qG6bR3mK0yH9fDv@mail.gmail.example>"),
    ], alt, dt)


# ===========================================================================
# generation and validation
# ===========================================================================

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#)]+)", re.I)
WWW_RE = re.compile(r"(?<![\w.@/-])(www\.[A-Za-z0-9.-]+[A-Za-z0-9])", re.I)
# hosts that are namespaces inside Outlook HTML, not addresses or links
NAMESPACE_HOSTS = {"schemas.microsoft.com", "www.w3.org"}


def example_host(host):
    host = host.lower().rstrip(".")
    return (host == "example" or host.endswith(".example")
            or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def generate():
    files = {}
    expected = {}
    for i, (slug, dt, exp, fn) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = fn(dt)
        expected[name] = exp
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, exp_text.encode("utf-8")


def text_of(part):
    """Decoded text of a leaf part (strictly in its declared charset for text/*)."""
    data = part.get_payload(decode=True)
    if data is None:
        data = b""
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        return data.decode(cs, "strict")
    return data.decode("latin-1")


def check_hosts(name, text, where):
    bad = []
    for m in EMAIL_RE.finditer(text):
        if not example_host(m.group(1)):
            bad.append(m.group(0))
    for m in URL_RE.finditer(text):
        if m.group(1).lower() not in NAMESPACE_HOSTS and not example_host(m.group(1)):
            bad.append(m.group(0))
    for m in WWW_RE.finditer(text):
        if m.group(1).lower() not in NAMESPACE_HOSTS and not example_host(m.group(1)):
            bad.append(m.group(1))
    if bad:
        raise AssertionError(f"{name}: non-example host(s) in {where}: {bad}")


def validate(files, exp_bytes):
    expected = json.loads(exp_bytes.decode("utf-8"))
    assert list(expected) == list(files), "expected.json and mails differ"
    prev = None
    for name, raw in files.items():
        # line ends and lengths
        assert raw.endswith(b"\r\n"), f"{name}: does not end in CRLF"
        for ln in raw.split(b"\r\n"):
            assert b"\n" not in ln and b"\r" not in ln, f"{name}: bare CR or LF"
            assert len(ln) <= 998, f"{name}: line longer than 998 octets"
        head = raw.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            raise AssertionError(f"{name}: non-ASCII header bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        # dates rise
        d = parsedate_to_datetime(str(msg["Date"]))
        assert d.tzinfo is not None, f"{name}: Date without zone"
        if prev is not None:
            assert d > prev, f"{name}: Date does not rise"
        prev = d
        frm = msg["From"]
        assert frm is not None and len(frm.addresses) == 1, f"{name}: From does not hold one address"
        for hn in ("Reply-To", "To", "Cc"):
            if msg[hn] is not None:
                assert all(ad.addr_spec and "@" in ad.addr_spec for ad in msg[hn].addresses), \
                    f"{name}: bad {hn}"
        # structure, defects, strict decoding
        texts = []
        for part in msg.walk():
            for hname, hval in part.items():
                defects = getattr(hval, "defects", ())
                assert not defects, f"{name}: header {hname} defects {defects}"
                texts.append(f"{hname}: {hval}")
            if part.is_multipart():
                assert not part.defects, f"{name}: defects {part.defects}"
                continue
            if part.get_content_type() in ("message/delivery-status",):
                assert not part.defects, f"{name}: defects {part.defects}"
                continue
            texts.append(text_of(part))
            assert not part.defects, f"{name}: defects {part.defects} in {part.get_content_type()}"
        assert not msg.defects, f"{name}: defects {msg.defects}"
        raw_text = raw.decode("latin-1")
        check_hosts(name, head.decode("ascii"), "raw header")
        check_hosts(name, "\n".join(texts), "decoded text")
        # record
        r = expected[name]
        assert set(r) == {"kind", "email", "name", "organisation", "workgroups", "party_size",
                          "language", "bounced_recipient"}, f"{name}: keys {sorted(r)}"
        k = r["kind"]
        assert k in KINDS, f"{name}: kind {k}"
        assert isinstance(r["workgroups"], list) and all(w in WORKGROUPS for w in r["workgroups"]), name
        assert len(set(r["workgroups"])) == len(r["workgroups"]), name
        if k in ("auto_reply", "bounce", "other"):
            assert r["email"] is None and r["name"] is None and r["organisation"] is None, name
            assert r["language"] is None and r["party_size"] is None and r["workgroups"] == [], name
        else:
            assert isinstance(r["email"], str) and r["email"] == r["email"].lower() and "@" in r["email"], name
            assert example_host(r["email"].split("@", 1)[1]), name
            assert isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2}", r["language"]), name
            assert isinstance(r["name"], str) and r["name"].strip(), name
            assert r["organisation"] is None or (isinstance(r["organisation"], str) and r["organisation"].strip()), name
        if k == "registration":
            assert isinstance(r["party_size"], int) and r["party_size"] >= 1, name
        elif k == "change":
            assert r["party_size"] is None or (isinstance(r["party_size"], int) and r["party_size"] >= 1), name
        else:
            assert r["party_size"] is None, name
        if k in ("cancellation", "question"):
            assert r["workgroups"] == [], name
        if k == "bounce":
            br = r["bounced_recipient"]
            assert isinstance(br, str) and br == br.lower() and example_host(br.split("@", 1)[1]), name
            assert br in raw_text.lower(), f"{name}: bounced recipient not in the mail"
        else:
            assert r["bounced_recipient"] is None, name
        # the expected reply address must occur in the mail
        if r["email"]:
            assert r["email"] in raw_text.lower() or r["email"] in "\n".join(texts).lower(), \
                f"{name}: expected email not found in mail"
        if k == "registration" and r["name"]:
            alltext = "\n".join(texts).casefold()
            assert r["name"].casefold() in alltext, f"{name}: expected name not found in decoded text"
    return True


def stats(files, exp_bytes):
    expected = json.loads(exp_bytes.decode("utf-8"))
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    charsets, ctes, ctypes = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        ctypes[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[(part.get_content_charset() or "us-ascii").lower()] += 1
            if not part.is_multipart():
                ctes[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    print(f"mails: {len(files)}")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    print("top-level: " + ", ".join(f"{k} {v}" for k, v in sorted(ctypes.items(), key=lambda x: (-x[1], x[0]))))
    print("charsets (text parts): " + ", ".join(f"{k} {v}" for k, v in sorted(charsets.items(), key=lambda x: (-x[1], x[0]))))
    print("transfer encodings (leaf parts): " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    files, exp_bytes = generate()
    validate(files, exp_bytes)
    if "--stats" in argv:
        stats(files, exp_bytes)
        return 0
    if "--check" in argv:
        diff = []
        on_disk = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.exists() else set()
        for name, data in files.items():
            p = MAILS_DIR / name
            if not p.exists() or p.read_bytes() != data:
                diff.append(name)
        diff += sorted(on_disk - set(files))
        if not EXPECTED.exists() or EXPECTED.read_bytes() != exp_bytes:
            diff.append("expected.json")
        if diff:
            print("differs from disk: " + ", ".join(diff))
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        (MAILS_DIR / name).write_bytes(data)
    EXPECTED.write_bytes(exp_bytes)
    # re-read from disk and validate again
    disk = {name: (MAILS_DIR / name).read_bytes() for name in files}
    validate(disk, EXPECTED.read_bytes())
    print(f"wrote {len(files)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
