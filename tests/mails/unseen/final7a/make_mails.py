#!/usr/bin/env python3
"""Evaluation set "final7a" for the MSO-Tag 2027 (config: dev/config.toml, unchanged).

50 everyday mails from Münster's migrant associations and individuals, in 19
languages (de, en, tr, ar, ru, uk, fa, ku, hi, bn, ka, mk, pa, tl, so, ti, am,
ro, bg), written in their own scripts, sometimes romanized, sometimes mixed
with German.

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ from what would be written
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Standard library only; the output is deterministic.  Every mail text is in
this file, with a comment above each mail saying what it tests.
"""

import base64
import hashlib
import json
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

REG = "mso-tag@muenster.example"
REG_H = "mso-tag@muenster.example"
OURS = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CRLF = b"\r\n"

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words for a header value (plain ASCII stays as it is)."""
    if all(32 <= ord(c) < 127 for c in text):
        return text
    prefix = f"=?{charset}?{enc}?"

    def encode(s):
        b = s.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    words, cur = [], ""
    for c in text:
        if cur and len(prefix) + len(encode(cur + c)) + 2 > 75:
            words.append(prefix + encode(cur) + "?=")
            cur = c
        else:
            cur += c
    if cur:
        words.append(prefix + encode(cur) + "?=")
    return "\r\n ".join(words)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    if all(32 <= ord(c) < 127 for c in name):
        if re.search(r'[,.()<>@;:"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def encode_body(text, charset, cte):
    """Text with \\n line ends -> transfer-encoded bytes with CRLF line ends."""
    if not text.endswith("\n"):
        text += "\n"
    if cte in ("7bit", "8bit"):
        data = text.replace("\n", "\r\n").encode(charset)
        if cte == "7bit":
            data.decode("ascii")
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).replace(b"\n", CRLF)
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).replace(b"\n", CRLF)
    raise ValueError(cte)


class Text:
    def __init__(self, text, charset="utf-8", cte="8bit", subtype="plain", params="", extra=()):
        self.text, self.charset, self.cte = text, charset, cte
        self.subtype, self.params, self.extra = subtype, params, list(extra)

    def render(self):
        hdrs = [("Content-Type", f'text/{self.subtype}; charset="{self.charset}"{self.params}'),
                ("Content-Transfer-Encoding", self.cte)] + self.extra
        return hdrs, encode_body(self.text, self.charset, self.cte)


class Attach:
    def __init__(self, ctype, filename, data):
        self.ctype, self.filename, self.data = ctype, filename, data

    def render(self):
        if all(32 <= ord(c) < 127 for c in self.filename):
            fn = f'filename="{self.filename}"'
            nm = f'name="{self.filename}"'
        else:
            q = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "-._" else "%%%02X" % b
                        for b in self.filename.encode("utf-8"))
            fn = f"filename*=utf-8''{q}"
            nm = f"name*=utf-8''{q}"
        hdrs = [("Content-Type", f"{self.ctype};\r\n {nm}"),
                ("Content-Disposition", f"attachment;\r\n {fn}"),
                ("Content-Transfer-Encoding", "base64")]
        return hdrs, base64.encodebytes(self.data).replace(b"\n", CRLF)


class Raw:
    def __init__(self, ctype, body, cte="7bit", extra=()):
        self.ctype, self.body, self.cte, self.extra = ctype, body, cte, list(extra)

    def render(self):
        data = self.body
        if isinstance(data, str):
            data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("ascii")
        hdrs = [("Content-Type", self.ctype)] + self.extra
        if self.cte:
            hdrs.append(("Content-Transfer-Encoding", self.cte))
        return hdrs, data


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.preamble = params, preamble

    def render(self):
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + CRLF + CRLF
        for p in self.parts:
            hdrs, body = p.render()
            out += b"--" + b + CRLF + header_bytes(hdrs) + CRLF + body
            if not body.endswith(CRLF):
                out += CRLF
        out += b"--" + b + b"--" + CRLF
        hdrs = [("Content-Type", f'multipart/{self.subtype};{self.params}\r\n boundary="{self.boundary}"')]
        return hdrs, out


def header_bytes(hdrs):
    return b"".join(f"{k}: {v}".encode("ascii") + CRLF for k, v in hdrs)


def message(headers, body):
    hdrs, data = body.render()
    return header_bytes(headers + [("MIME-Version", "1.0")] + hdrs) + CRLF + data


def when(y, mo, d, h, mi, s=0, tz="+0100"):
    sign = 1 if tz[0] == "+" else -1
    off = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(off))


def mid(slug, domain):
    return "<%s@%s>" % (hashlib.sha1(slug.encode()).hexdigest()[:20], domain)


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def gmail_html(new, quoted_head=None, quoted=None, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    html = f"<div{d}>" + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new.strip("\n").split("\n")) + "</div>"
    if quoted:
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(quoted_head) +
                 '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">' +
                 "<br>\n".join(esc(l) for l in quoted.strip("\n").split("\n")) + "</blockquote></div>")
    # keep source lines short
    return html.replace("</div><div>", "</div>\n<div>") + "\n"


def confirmation(name, ag_line, persons):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Arbeitsgruppe: {ag_line}
Personen: {persons}

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Ihr Team Tag der Migrantenselbstorganisationen
"""


AG_TITLES = {
    "AG1": "AG1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []   # (slug, date, headers, body, expected)


def M(slug, date, headers, body, exp, msgid_domain=None):
    frm = dict(headers)["From"]
    dom = msgid_domain or re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm).group(1)
    hdrs = [("Date", format_datetime(date)), ("Message-ID", mid(slug, dom))] + headers
    MAILS.append((slug, date, hdrs, body, exp))


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 — HTML-only Outlook mail (windows-1254, quoted-printable) from a shared association
# mailbox: display name is the association, attendee's full name and the org only in the
# signature; "Arbeitsgruppe II (Münsters Zukunftsprozess)" roman numeral; writer + named
# colleague = 2; long signature with register number and confidentiality disclaimer.
M("001-frauenforum-outlook-html-only", when(2027, 1, 11, 8, 47), [
    ("From", addr("Frauenforum Kinderhaus", "info@frauenforum-kinderhaus.example")),
    ("To", REG_H),
    ("Subject", "Verbindliche Anmeldung MSO-Tag 2027"),
    ("Thread-Topic", "Verbindliche Anmeldung MSO-Tag 2027"),
    ("X-MS-Has-Attach", ""),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Content-Language", "de-DE"),
], Text("""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1254">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}
--></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich und meine Kollegin Frau Gül Aydın f&uuml;r den
Tag der Migrantenselbstorganisationen am 13.03.2027 verbindlich an.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir m&ouml;chten gerne an der <b>Arbeitsgruppe II</b> (M&uuml;nsters
Zukunftsprozess) teilnehmen, da wir uns im Stadtteil Kinderhaus gerade sehr mit dem Thema
Beteiligung besch&auml;ftigen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#7030A0">Semra Yıldırım-Becker</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt">1. Vorsitzende<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Interkulturelles Frauenforum Kinderhaus e.V.<br>
Idenbrockplatz 8 &middot; 48159 M&uuml;nster<br>
Tel. 0251 / 2 18 44 90 &middot; Mobil 0176 / 55 20 31 87<br>
Vereinsregister Amtsgericht M&uuml;nster VR 4471<o:p></o:p></span></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enth&auml;lt
vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrt&uuml;mlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie
diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
gestattet.<o:p></o:p></span></p>
</div>
</body>
</html>
""", "windows-1254", "quoted-printable", "html"),
    rec("registration", "info@frauenforum-kinderhaus.example", "Semra Yıldırım-Becker",
        "Interkulturelles Frauenforum Kinderhaus e.V.", ["AG2"], 2, "de"))

# 002 — Turkish, ISO-8859-9, 8bit, Thunderbird; workgroup named only by its topic in Turkish
# ("eğitim sistemi" = AG1); "ben ve iki arkadaşım ... toplam 3 kişi"; org with role suffix.
M("002-korkmaz-turkish-topic", when(2027, 1, 11, 19, 22), [
    ("From", addr("Hatice Korkmaz", "hatice.korkmaz@posta.example")),
    ("To", REG_H),
    ("Subject", ew("MSO günü katılım", "iso-8859-9", "Q")),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
    ("Content-Language", "tr"),
], Text("""Merhaba,

Münster Türk Kadınlar Birliği olarak 13 Mart'taki MSO gününe katılmak
istiyoruz. Ben ve iki arkadaşım gelecek, yani toplam 3 kişiyiz.

Eğitim sistemi ile ilgili çalışma grubuna katılmak istiyoruz, çünkü
derneğimizdeki annelerin en çok sorduğu konu okul ve Gymnasium tavsiyesi.

Almancam çok iyi olmadığı için Türkçe yazıyorum, kusura bakmayın.

Saygılarımla
Hatice Korkmaz
Münster Türk Kadınlar Birliği e.V. - Sekreter
Tel: 0251 39 77 41 02
""", "iso-8859-9", "8bit", params="; format=flowed"),
    rec("registration", "hatice.korkmaz@posta.example", "Hatice Korkmaz",
        "Münster Türk Kadınlar Birliği e.V.", ["AG1"], 3, "tr"))

# 003 — Arabic, windows-1256, base64; sent from a personal address with Reply-To set to the
# association's board mailbox (Reply-To wins); From display name is only "Nadia H.", the
# full name is in the Arabic signature; ordinal word "الثالثة" (third) = AG3; alone = 1.
M("003-haddad-arabic-replyto", when(2027, 1, 12, 22, 5), [
    ("From", addr("Nadia H.", "nadia.h1987@gmail.example")),
    ("Reply-To", addr("Syrisches Haus Vorstand", "vorstand@syrisches-haus-ms.example")),
    ("To", REG_H),
    ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "windows-1256", "B")),
], Text("""السلام عليكم ورحمة الله،

أود أن أسجل نفسي لحضور يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار 2027.
سأحضر وحدي، وأرغب في المشاركة في مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات)،
لأننا جمعية جديدة ونحتاج إلى معلومات عن الدعم المالي وكيفية تقديم الطلبات.

مع خالص الشكر والتحية،
نادية حداد
عضو الهيئة الإدارية – البيت السوري في مونستر
""", "windows-1256", "base64"),
    rec("registration", "vorstand@syrisches-haus-ms.example", "نادية حداد",
        "البيت السوري في مونستر", ["AG3"], 1, "ar"))

# 004 — Hindi (Devanagari), Gmail multipart/alternative, UTF-8 quoted-printable; Devanagari
# digits: party "४ लोग", first choice "समूह २", second "समूह १" -> [AG2, AG1]; org given in
# Hindi in the text and as the German registered name in the Latin signature.
_t004 = """नमस्ते,

मैं भारतीय सांस्कृतिक संघ मुंस्टर की ओर से 13 मार्च 2027 को होने वाले MSO-Tag के लिए पंजीकरण करना चाहता हूँ।
हम कुल ४ लोग आएँगे (मैं, मेरी पत्नी सुनीता और संघ के दो सदस्य)।

कार्य समूह के लिए हमारी पहली पसंद समूह २ (मुंस्टर की भविष्य प्रक्रिया / Zukunftsprozess) है।
अगर उसमें जगह न हो तो समूह १ (शिक्षा व्यवस्था) भी ठीक है।

धन्यवाद,
Rakesh Sharma
Secretary – Indischer Kulturverein Münster e.V.
"""
M("004-sharma-hindi-devanagari-digits", when(2027, 1, 13, 21, 40), [
    ("From", addr("Rakesh Sharma", "rakesh.sharma@gmail.example")),
    ("To", REG_H),
    ("Subject", ew("MSO-Tag 2027 के लिए पंजीकरण")),
], Multi("alternative", [
    Text(_t004, "UTF-8", "quoted-printable"),
    Text(gmail_html(_t004), "UTF-8", "quoted-printable", "html"),
], "000000000000a1b2c3d4e5f60004"),
    rec("registration", "rakesh.sharma@gmail.example", "Rakesh Sharma",
        "Indischer Kulturverein Münster e.V.", ["AG2", "AG1"], 4, "hi"))

# 005 — QUESTION in German that is full of registration words ("für die AG 1 extra
# anmelden", "Anmeldung"), but registers nobody: "Wir überlegen noch, wer hingeht".
M("005-sahin-question-ag1-full", when(2027, 1, 14, 10, 15), [
    ("From", addr("Ali Rıza Şahin", "a.sahin@alevi-ms.example")),
    ("To", REG_H),
    ("Subject", "Frage zur Anmeldung AG 1"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Text("""Hallo zusammen,

eine Kollegin aus unserem Verein hat mir erzählt, dass man sich für die AG 1
extra anmelden muss und dass die schon fast voll ist. Stimmt das?

Und geht die Anmeldung nur per Mail oder auch telefonisch? Wir überlegen
noch, wer von uns hingeht, vielleicht zwei oder drei Leute.

Viele Grüße
Ali Rıza Şahin
Alevitische Gemeinde Münster e.V.
""", "utf-8", "quoted-printable"),
    rec("question", "a.sahin@alevi-ms.example", "Ali Rıza Şahin",
        "Alevitische Gemeinde Münster e.V.", [], None, "de"))

# 006 — English, phone-typed, pure ASCII 7bit, "Sent from my iPhone"; "workshop 3 (the one on
# funding)" -> AG3; "I will come alone" -> 1.
M("006-okeke-english-iphone", when(2027, 1, 15, 7, 58), [
    ("From", addr("Chinedu O.", "chinedu.okeke@yahoo.example")),
    ("To", REG_H),
    ("Subject", "Registration MSO day"),
    ("X-Mailer", "iPhone Mail (20H240)"),
], Text("""Hi,
pls register me for the MSO day on 13th March. I will come alone, the others
are working that Saturday.
Workshop 3 (the one on funding / Vereinsmanagement) is what we need most,
honestly we are still struggling with our accounts and the tax office.
Thanks
Chinedu Okeke
Igbo Cultural Association Muenster

Sent from my iPhone
""", "us-ascii", "7bit"),
    rec("registration", "chinedu.okeke@yahoo.example", "Chinedu Okeke",
        "Igbo Cultural Association Muenster", ["AG3"], 1, "en"))

# 007 — Bengali, UTF-8 base64; Bengali digits "২ জন" (2 persons) and "২ নম্বর ওয়ার্কিং গ্রুপ"
# (workgroup no. 2); org in Bengali in text, German form in the signature.
M("007-ahmed-bengali-digits", when(2027, 1, 16, 14, 30), [
    ("From", addr("Tanvir Ahmed", "tanvir.ahmed@bd-community-ms.example")),
    ("To", REG_H),
    ("Subject", ew("MSO-Tag নিবন্ধন – বাংলাদেশ কমিউনিটি")),
    ("User-Agent", "Roundcube Webmail/1.6.5"),
], Text("""প্রিয় আয়োজকবৃন্দ,

বাংলাদেশ কমিউনিটি মুনস্টারের পক্ষ থেকে আমরা ২ জন ১৩ মার্চের MSO-Tag-এ অংশ নিতে চাই —
আমি এবং আমাদের কোষাধ্যক্ষ রুমানা আক্তার।

আমরা ২ নম্বর ওয়ার্কিং গ্রুপে (মুনস্টারের ভবিষ্যৎ প্রক্রিয়া) যোগ দিতে আগ্রহী।

ধন্যবাদান্তে,
Tanvir Ahmed
President, Bangladesh Community Münster e.V.
""", "utf-8", "base64"),
    rec("registration", "tanvir.ahmed@bd-community-ms.example", "Tanvir Ahmed",
        "Bangladesh Community Münster e.V.", ["AG2"], 2, "bn"))

# 008 — Russian, KOI8-R 8bit text plus a .docx attachment whose file name is Cyrillic
# (RFC 2231); three named persons -> 3; "секция III" roman numeral -> AG3.
M("008-vorobjova-russian-koi8r-attachment", when(2027, 1, 18, 9, 12), [
    ("From", addr("Елена Воробьёва", "e.vorobjova@mail.example", "koi8-r", "B")),
    ("To", REG_H),
    ("Subject", ew("Регистрация на MSO-Tag 13.03.2027", "koi8-r", "B")),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.5.2"),
], Multi("mixed", [
    Text("""Здравствуйте!

Прошу зарегистрировать на День мигрантских самоорганизаций 13 марта трёх
человек от нашего клуба: меня, Ольгу Кремер и Виктора Шмидта.
Список с адресами прикрепляю на всякий случай.

Мы хотели бы попасть в секцию III - финансирование и управление обществом
(Vereinsmanagement). У нас как раз сейчас вопросы по заявке на грант.

С уважением,
Елена Воробьёва
председатель
Русскоязычный родительский клуб "Радуга" Мюнстер e.V.
""", "koi8-r", "8bit"),
    Attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Список участников.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(64)) * 3),
], "------------7vQh2kYt0Lw8Rr1cB0008", preamble="This is a multi-part message in MIME format."),
    rec("registration", "e.vorobjova@mail.example", "Елена Воробьёва",
        "Русскоязычный родительский клуб \"Радуга\" Мюнстер e.V.", ["AG3"], 3, "ru"))

# 009 — AUTO_REPLY with Auto-Submitted header, Outlook out-of-office in German and Turkish,
# answering the coordinator's reply to mail 005; mentions AG 1 and "Anmeldung".
M("009-sahin-out-of-office", when(2027, 1, 18, 9, 40), [
    ("From", addr("Ali Rıza Şahin", "a.sahin@alevi-ms.example")),
    ("To", OURS),
    ("Subject", "Automatische Antwort: AW: Frage zur Anmeldung AG 1"),
    ("In-Reply-To", "<coord-20270118-0931@muenster.example>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Text("""Vielen Dank für Ihre Nachricht.
Ich bin bis einschließlich 29.01.2027 nicht im Büro und lese meine E-Mails
nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an
vorstand@alevi-ms.example.

Mesajınız için teşekkürler. 29 Ocak 2027'ye kadar ofiste değilim.
Acil durumlarda lütfen vorstand@alevi-ms.example adresine yazınız.

Ali Rıza Şahin
""", "utf-8", "quoted-printable"),
    rec("auto_reply"))

# 010 — Georgian (Mkhedruli), UTF-8 quoted-printable, sent from Tbilisi (+0400); display
# name and signature in Georgian; "N1" workgroup with its topic; alone -> 1.
M("010-beridze-georgian", when(2027, 1, 19, 13, 5, tz="+0400"), [
    ("From", addr("ნინო ბერიძე", "nino.beridze@mail.example")),
    ("To", REG_H),
    ("Subject", ew("რეგისტრაცია – MSO-Tag 13.03")),
], Text("""გამარჯობათ,

მინდა დავრეგისტრირდე 13 მარტის შეხვედრაზე (MSO-Tag). მოვალ მარტო.

სამუშაო ჯგუფებიდან მაინტერესებს N1 – განათლების სისტემა, რადგან ჩვენს
საკვირაო სკოლაში ბევრი ბავშვია და მშობლებს გერმანულ სკოლაზე ბევრი კითხვა აქვთ.

ახლა თბილისში ვარ, მარტის დასაწყისში ვბრუნდები მიუნსტერში.

პატივისცემით,
ნინო ბერიძე
ქართული კულტურის ცენტრი „ივერია“, მიუნსტერი
""", "utf-8", "quoted-printable"),
    rec("registration", "nino.beridze@mail.example", "ნინო ბერიძე",
        "ქართული კულტურის ცენტრი „ივერია“, მიუნსტერი", ["AG1"], 1, "ka"))

# 011 — German, ISO-8859-2 quoted-printable, from a shared info@ mailbox with Reply-To to
# the coordinator of the network; 8 persons; "welche AG ist uns egal ... wo noch Platz ist"
# -> no preference [].
M("011-petrovic-shared-mailbox-any-ag", when(2027, 1, 20, 20, 31), [
    ("From", addr("Elternnetzwerk Kinderhaus International", "info@elternnetz-kinderhaus.example")),
    ("Reply-To", addr("Dragana Petrović", "d.petrovic@web.example", "iso-8859-2", "Q")),
    ("To", REG_H),
    ("Subject", "Anmeldung Elternnetzwerk - 8 Personen"),
    ("X-Mailer", "WEB.DE Mail"),
], Text("""Liebes Team vom MSO-Tag,

wir vom Elternnetzwerk Kinderhaus International möchten gern mit 8 Leuten
kommen (alles Mütter und Väter aus dem Netzwerk, die Namen schicke ich
gerne nach, falls nötig).

Welche AG ist uns ehrlich gesagt egal - Hauptsache, wir können zusammen in
einer Gruppe bleiben. Nehmt einfach die, wo noch Platz ist.

Antwort bitte an meine Adresse, das Info-Postfach liest nicht jeder
regelmäßig.

Herzliche Grüße
Dragana Petrović
(Koordination Elternnetzwerk)
""", "iso-8859-2", "quoted-printable"),
    rec("registration", "d.petrovic@web.example", "Dragana Petrović",
        "Elternnetzwerk Kinderhaus International", [], 8, "de"))

# 012 — Punjabi (Gurmukhi), UTF-8 8bit; Gurmukhi digits "੫ ਜਣੇ" (5 persons) and "ਵਰਕਗਰੁੱਪ ੩"
# (AG3); display name, signature and org all in Gurmukhi.
M("012-singh-punjabi-gurmukhi", when(2027, 1, 22, 18, 2), [
    ("From", addr("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurpreet.singh@gurdwara-ms.example")),
    ("To", REG_H),
    ("Subject", ew("MSO-Tag ਲਈ ਰਜਿਸਟ੍ਰੇਸ਼ਨ")),
    ("User-Agent", "K-9 Mail for Android"),
], Text("""ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਮੁਨਸਟਰ ਵੱਲੋਂ ਅਸੀਂ ੫ ਜਣੇ 13 ਮਾਰਚ ਨੂੰ MSO-Tag ਵਿੱਚ ਆਉਣਾ ਚਾਹੁੰਦੇ ਹਾਂ।
ਅਸੀਂ ਵਰਕਗਰੁੱਪ ੩ (ਫੰਡਿੰਗ ਅਤੇ ਸੰਸਥਾ ਦਾ ਪ੍ਰਬੰਧ) ਵਿੱਚ ਹਿੱਸਾ ਲੈਣਾ ਚਾਹੁੰਦੇ ਹਾਂ।

ਕਿਰਪਾ ਕਰਕੇ ਪੁਸ਼ਟੀ ਭੇਜ ਦਿਓ।

ਧੰਨਵਾਦ
ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ
ਸਕੱਤਰ, ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਮੁਨਸਟਰ
""", "utf-8", "8bit"),
    rec("registration", "gurpreet.singh@gurdwara-ms.example", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
        "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਮੁਨਸਟਰ", ["AG3"], 5, "pa"))

# 013 — Kurmanji Kurdish (Latin), ISO-8859-9 quoted-printable; workgroup named by topic
# ("koma xebatê ya li ser perwerdehiyê" = education) -> AG1; "em ê 2 kes bin".
M("013-aslan-kurmanji-topic", when(2027, 1, 24, 11, 47), [
    ("From", addr("Rojda Aslan", "rojda.aslan@posta.example")),
    ("To", REG_H),
    ("Subject", "Qeydkirin - MSO-Tag 13.03.2027"),
], Text("""Silav û rêz,

Ez Rojda Aslan im, ji Navenda Çanda Kurdî ya Münsterê. Ez dixwazim xwe û
hevala xwe Bêrîvan Doğan ji bo Roja Rêxistinên Koçberan (MSO-Tag) ya 13ê
Adarê qeyd bikim - em ê 2 kes bin.

Em dixwazin beşdarî koma xebatê ya li ser perwerdehiyê bibin (pergala
perwerdehiyê / Bildungssystem), ji ber ku gelek dêûbavên me li ser
dibistanê pirs dikin.

Bi silav û hurmet
Rojda Aslan
Navenda Çanda Kurdî ya Münsterê - berdevk
""", "iso-8859-9", "quoted-printable"),
    rec("registration", "rojda.aslan@posta.example", "Rojda Aslan",
        "Navenda Çanda Kurdî ya Münsterê", ["AG1"], 2, "ku"))

# 014 — Sorani Kurdish (Arabic script), UTF-8 base64; Arabic-Indic digit "ژمارە ٢" -> AG2;
# date written "١٣ی ئازار"; org in Sorani only.
M("014-karim-sorani", when(2027, 1, 25, 23, 10), [
    ("From", addr("هێمن کەریم", "hemin.karim@mail.example")),
    ("To", REG_H),
    ("Subject", ew("تۆمارکردن بۆ MSO-Tag")),
], Text("""سڵاو و ڕێز،

ناوم هێمن کەریمە و ئەندامی کۆمەڵەی کوردستانی لە مونستەرم.
دەمەوێت خۆم تۆمار بکەم بۆ ڕۆژی ڕێکخراوەکانی کۆچبەران (MSO-Tag) لە ١٣ی ئازاری ٢٠٢٧.
تەنها خۆم دێم.
حەز دەکەم لە گرووپی کاری ژمارە ٢ بەشدار بم (پرۆسەی داهاتووی شاری مونستەر).

زۆر سوپاس
هێمن کەریم
کۆمەڵەی کوردستانی لە مونستەر
""", "utf-8", "base64"),
    rec("registration", "hemin.karim@mail.example", "هێمن کەریم",
        "کۆمەڵەی کوردستانی لە مونستەر", ["AG2"], 1, "ku"))

# 015 — Tagalog/English code-switching (Taglish), Gmail multipart/alternative; first choice
# "workshop tungkol sa funding / Vereinsmanagement (AG 3)", fallback "Bildung (AG 1)";
# "Tatlo (3) po kami"; org with abbreviation in parentheses and role line.
_t015 = """Hello po!

Magpaparegister po sana kami para sa MSO-Tag sa March 13. Tatlo (3) po kami
galing sa Filipino Community Münsterland - ako, si Jocelyn Bauer at si
Ramon Villanueva.

Gusto po namin sumali sa workshop tungkol sa funding / Vereinsmanagement (AG 3).
Kung puno na po yun, okay lang din sa amin yung tungkol sa Bildung (AG 1).

Maraming salamat po!

Maricel Dela Cruz
Treasurer
Filipino Community Münsterland e.V. (FilCom MS)
"""
M("015-delacruz-taglish-two-choices", when(2027, 1, 26, 12, 33), [
    ("From", addr("Maricel Dela Cruz", "maricel.delacruz@gmail.example")),
    ("To", REG_H),
    ("Subject", "Registration po - MSO-Tag March 13"),
], Multi("alternative", [
    Text(_t015, "UTF-8", "quoted-printable"),
    Text(gmail_html(_t015), "UTF-8", "quoted-printable", "html"),
], "000000000000f0e1d2c3b4a50015"),
    rec("registration", "maricel.delacruz@gmail.example", "Maricel Dela Cruz",
        "Filipino Community Münsterland e.V.", ["AG3", "AG1"], 3, "tl"))

# 016 — QUESTION in Arabic, Gmail multipart/alternative (RTL HTML), base64: asks whether one
# must register (تسجيل) for "ورشة العمل الأولى" and whether there is interpretation.
_t016 = """مرحباً،

قرأت عن يوم منظمات المهاجرين على موقع المدينة. هل يجب التسجيل مسبقاً لحضور ورشة العمل الأولى،
أم يمكن الحضور مباشرة يوم ١٣ آذار؟
وهل ستكون هناك ترجمة إلى العربية؟ بعض أعضاء جمعيتنا لا يتكلمون الألمانية جيداً.

شكراً جزيلاً
عمر الخطيب
الجمعية الثقافية العربية – مونستر
"""
M("016-khatib-arabic-question", when(2027, 1, 27, 16, 20), [
    ("From", addr("Omar Al-Khatib", "omar.khatib@gmail.example")),
    ("To", REG_H),
    ("Subject", ew("استفسار عن يوم المنظمات")),
], Multi("alternative", [
    Text(_t016, "UTF-8", "base64"),
    Text(gmail_html(_t016, rtl=True), "UTF-8", "base64", "html"),
], "000000000000aa11bb22cc330016"),
    rec("question", "omar.khatib@gmail.example", "عمر الخطيب",
        "الجمعية الثقافية العربية – مونستر", [], None, "ar"))

# 017 — Somali, phone, UTF-8 8bit; full name stated in the text ("Magacaygu waa ...") while the
# From name is shorter and the signature only a first name; "7 haween" -> 7;
# "kooxda shaqada ee labaad" (second) -> AG2.
M("017-maxamed-somali-seven-women", when(2027, 1, 28, 9, 55), [
    ("From", addr("Hodan Abdi", "hodan.abdi@mail.example")),
    ("To", REG_H),
    ("Subject", "Diiwaangelin MSO-Tag"),
    ("X-Mailer", "Samsung Email"),
], Text("""Asc,

Magacaygu waa Hodan Cabdi Maxamed, waxaan ahay guddoomiyaha Ururka Haweenka
Soomaaliyeed ee Münster. Waxaan jeclaan lahayn inaan iska diiwaangelinno
MSO-Tag-ka 13-ka March. Waxaan nahay 7 haween ah.

Waxaan doorbideynaa kooxda shaqada ee labaad (mustaqbalka magaalada Münster).

Mahadsanid
Hodan

Ka soo diray Samsung Galaxy
""", "utf-8", "8bit"),
    rec("registration", "hodan.abdi@mail.example", "Hodan Cabdi Maxamed",
        "Ururka Haweenka Soomaaliyeed ee Münster", ["AG2"], 7, "so"))

# 018 — German forward ("WG:") of the network's invitation, Outlook, windows-1252 QP, with the
# invitation PDF attached; the quoted invitation lists all three AGs and the address; only the
# new text counts: 3 persons, "Arbeitsgruppe 3".
_inv = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10 bis 16 Uhr, Stadtweinhaus, Prinzipalmarkt 8.

Arbeitsgruppen:
AG I   Menschen mit Migrationsvorgeschichte im Bildungssystem
AG II  Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG III Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bitte bis 6. März 2027 an mso-tag@muenster.example mit Namen,
Organisation, Personenzahl und gewünschter Arbeitsgruppe.

Netzwerk MSO Münster"""
M("018-noori-forward-invitation-pdf", when(2027, 1, 29, 11, 14), [
    ("From", addr("Farid Noori", "farid.noori@t-online.example")),
    ("To", REG_H),
    ("Subject", "WG: Einladung: Tag der Migrantenselbstorganisationen 2027"),
    ("Thread-Topic", "Einladung: Tag der Migrantenselbstorganisationen 2027"),
    ("X-MS-Has-Attach", "yes"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Multi("mixed", [
    Text("""Guten Tag Frau Meza Correa-Flock, guten Tag liebes Team,

unten die Einladung, die ich über den Verteiler bekommen habe. Wir melden uns
hiermit an: ich selbst und zwei weitere Vorstandsmitglieder (Herr Wahidullah
Sadat und Frau Mariam Rahimi), also 3 Personen.

Wir möchten in die Arbeitsgruppe 3 (Förderungsmöglichkeiten).

Mit freundlichen Grüßen

Farid Noori
Kassenwart
Afghanischer Kulturverein Hindukusch e.V.
Tel. 0251 / 61 88 20

-----Ursprüngliche Nachricht-----
Von: Netzwerk MSO Münster <verteiler@mso-netzwerk.example>
Gesendet: Dienstag, 19. Januar 2027 09:12
An: Netzwerk MSO Münster <verteiler@mso-netzwerk.example>
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

""" + _inv + "\n", "windows-1252", "quoted-printable"),
    Attach("application/pdf", "Einladung_MSO-Tag_2027.pdf",
           b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
], "_004_AM0PR07MB0018_", preamble=None),
    rec("registration", "farid.noori@t-online.example", "Farid Noori",
        "Afghanischer Kulturverein Hindukusch e.V.", ["AG3"], 3, "de"))

# 019 — Persian (Iranian), windows-1256 quoted-printable with Arabic yeh/kaf as old Windows
# keyboards produce; "کارگروه سوم" (third) -> AG3; "تنها خودم" -> 1; role prefix "دبير".
M("019-karimi-farsi-cp1256", when(2027, 1, 31, 17, 45), [
    ("From", addr("Mohammad Reza Karimi", "mr.karimi@mail.example")),
    ("To", REG_H),
    ("Subject", ew("ثبت نام روز سازمانهاي مهاجران", "windows-1256", "B")),
], Text("""با سلام و احترام،

اينجانب محمدرضا کريمي، از طرف کانون فرهنگي ايرانيان مونستر، براي شرکت در روز
سازمان‌هاي مهاجران در تاريخ 13 مارس 2027 ثبت نام مي‌کنم. تنها خودم شرکت خواهم کرد.

مايلم در کارگروه سوم (امکانات حمايت مالي و مديريت مؤثر انجمن) شرکت کنم.

با تشکر
محمدرضا کريمي
دبير کانون فرهنگي ايرانيان مونستر
""", "windows-1256", "quoted-printable"),
    rec("registration", "mr.karimi@mail.example", "محمدرضا کريمي",
        "کانون فرهنگي ايرانيان مونستر", ["AG3"], 1, "fa"))

# 020 — CHANGE, German, bottom-posted reply to our confirmation (quoted text says AG2 and
# 2 persons); new text: "doch lieber in die erste AG (Bildungssystem)" -> [AG1]; party unchanged.
M("020-frauenforum-change-to-first", when(2027, 2, 1, 8, 20), [
    ("From", addr("Frauenforum Kinderhaus", "info@frauenforum-kinderhaus.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270111-0848-001@muenster.example>"),
    ("References", "<conf-20270111-0848-001@muenster.example>"),
    ("User-Agent", "Mozilla Thunderbird"),
], Text("""Am 11.01.2027 um 08:48 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Semra Yıldırım-Becker", AG_TITLES["AG2"], 2)) + """

Hallo,

wir haben es uns im Vorstand nochmal überlegt: Bitte tragen Sie uns doch
lieber in die erste AG (Bildungssystem) ein. Bei der Personenzahl bleibt
alles wie gehabt.

Danke und viele Grüße
Semra Yıldırım-Becker
Interkulturelles Frauenforum Kinderhaus e.V.
""", "utf-8", "8bit"),
    rec("change", "info@frauenforum-kinderhaus.example", "Semra Yıldırım-Becker",
        "Interkulturelles Frauenforum Kinderhaus e.V.", ["AG1"], None, "de"))

# 021 — Macedonian, windows-1251 QP: the secretary registers the chairman and his wife (she
# herself does not come) and asks for the confirmation to go to his address -> email, name
# and party (2) are his; "првата работна група" (first) -> AG1.
M("021-trajkovska-macedonian-for-chairman", when(2027, 2, 2, 19, 5), [
    ("From", addr("Биљана Трајковска", "b.trajkovska@mail.example", "windows-1251", "B")),
    ("To", REG_H),
    ("Subject", ew("Пријава за MSO-Tag – МКД „Илинден“", "windows-1251", "Q")),
], Text("""Почитувани,

Во име на Македонското културно друштво „Илинден“ од Минстер го пријавувам
нашиот претседател, г. Горан Стојановски, и неговата сопруга Весна за
MSO-Tag на 13 март. Јас лично нема да можам да дојдам.

Тие би сакале да учествуваат во првата работна група (образование).

Ве молам потврдата испратете ја директно на неговата адреса:
goran.stojanovski@mk-ilinden.example

Со почит,
Биљана Трајковска
секретар
Македонско културно друштво „Илинден“ – Минстер
""", "windows-1251", "quoted-printable"),
    rec("registration", "goran.stojanovski@mk-ilinden.example", "Горан Стојановски",
        "Македонско културно друштво „Илинден“ – Минстер", ["AG1"], 2, "mk"))

# 022 — BOUNCE: Postfix multipart/report for our confirmation to the address given in mail
# 021 (user unknown); the returned confirmation quotes "Arbeitsgruppe: AG1", "Personen: 2".
_conf022 = confirmation("Горан Стојановски", AG_TITLES["AG1"], 2)
M("022-bounce-postfix-user-unknown", when(2027, 2, 2, 19, 6, 3), [
    ("From", "MAILER-DAEMON@mx01.muenster.example (Mail Delivery System)"),
    ("To", REG_H),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Auto-Submitted", "auto-replied"),
], Multi("report", [
    Raw('text/plain; charset="us-ascii"', """This is the mail system at host mx01.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<goran.stojanovski@mk-ilinden.example>: host mx.mk-ilinden.example[192.0.2.44]
    said: 550 5.1.1 <goran.stojanovski@mk-ilinden.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", extra=[("Content-Description", "Notification")]),
    Raw("message/delivery-status", """Reporting-MTA: dns; mx01.muenster.example
X-Postfix-Queue-ID: 4ZB1k72QxYz
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Tue,  2 Feb 2027 19:05:58 +0100 (CET)

Final-Recipient: rfc822; goran.stojanovski@mk-ilinden.example
Original-Recipient: rfc822;goran.stojanovski@mk-ilinden.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mk-ilinden.example
Diagnostic-Code: smtp; 550 5.1.1 <goran.stojanovski@mk-ilinden.example>:
    Recipient address rejected: User unknown in virtual mailbox table
""", cte=None, extra=[("Content-Description", "Delivery report")]),
    Raw("message/rfc822", b"".join([
        b"Date: Tue, 02 Feb 2027 19:05:57 +0100\r\n",
        b"From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\r\n",
        b"To: goran.stojanovski@mk-ilinden.example\r\n",
        b"Subject: =?utf-8?q?Ihre_Anmeldung_zum_Tag_der_Migrantenselbstorganisationen_2027?=\r\n",
        b"Message-ID: <conf-20270202-1905-021@muenster.example>\r\n",
        b"Auto-Submitted: auto-replied\r\n",
        b"MIME-Version: 1.0\r\n",
        b'Content-Type: text/plain; charset="utf-8"\r\n',
        b"Content-Transfer-Encoding: quoted-printable\r\n",
        b"\r\n",
        encode_body(_conf022, "utf-8", "quoted-printable"),
    ]), cte="7bit", extra=[("Content-Description", "Undelivered Message")]),
], "4ZB1k72QxYz.1801249563/mx01.muenster.example", params=" report-type=delivery-status;",
    preamble="This is a MIME-encapsulated message."),
    rec("bounce", bounced="goran.stojanovski@mk-ilinden.example"), msgid_domain="mx01.muenster.example")

# 023 — Ukrainian, KOI8-U 8bit (so the German city name is written in Cyrillic only);
# "друга робоча група (майбутнє Мюнстера)" -> AG2; "Буду одна" -> 1.
M("023-melnyk-ukrainian-koi8u", when(2027, 2, 3, 7, 30), [
    ("From", addr("Оксана Мельник", "oksana.melnyk@ukr.example", "koi8-u", "B")),
    ("To", REG_H),
    ("Subject", ew("Реєстрація на День мігрантських організацій", "koi8-u", "B")),
    ("User-Agent", "Evolution 3.50.2"),
], Text("""Добрий день!

Хочу зареєструватися на День мігрантських організацій 13 березня.
Буду одна.

Мене цікавить друга робоча група - про майбутнє Мюнстера (Zukunftsprozess).

Дякую!
З повагою,
Оксана Мельник
ГО "Українська громада Мюнстера"
""", "koi8-u", "8bit"),
    rec("registration", "oksana.melnyk@ukr.example", "Оксана Мельник",
        "Українська громада Мюнстера", ["AG2"], 1, "uk"))

# 024 — OTHER: bulk newsletter of an umbrella network (List-Unsubscribe, Precedence: bulk),
# multipart/alternative; advertises the MSO-Tag with "Jetzt anmelden", AG names and our address.
_t024 = """Rundbrief Netzwerk MSO NRW - Februar 2027

Liebe Mitglieder und Freund*innen des Netzwerks,

TERMINE
* 13.03.2027 Tag der Migrantenselbstorganisationen in Münster,
  Stadtweinhaus. Jetzt anmelden bei mso-tag@muenster.example - drei
  Arbeitsgruppen: AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Fördermittel
  und Vereinsmanagement.
* 27.03.2027 Fachtag Ehrenamt in Bielefeld

FÖRDERTIPP DES MONATS
Das Landesprogramm für Migrantenselbstorganisationen fördert wieder
Projekte bis 5.000 Euro. Anträge bis 30.04.

Sie erhalten diesen Rundbrief, weil Sie sich eingetragen haben.
Abmelden: https://www.mso-netzwerk-nrw.example/rundbrief/abmelden?u=7781
"""
M("024-newsletter-mso-netzwerk", when(2027, 2, 4, 6, 0), [
    ("From", addr("Netzwerk MSO NRW", "rundbrief@mso-netzwerk-nrw.example")),
    ("To", REG_H),
    ("Subject", ew("Rundbrief Februar 2027: MSO-Tag Münster, Fördertipp, Termine", "utf-8", "Q")),
    ("List-Id", "Rundbrief Netzwerk MSO NRW <rundbrief.mso-netzwerk-nrw.example>"),
    ("List-Unsubscribe", "<https://www.mso-netzwerk-nrw.example/rundbrief/abmelden?u=7781>,\r\n <mailto:abmelden@mso-netzwerk-nrw.example?subject=unsubscribe>"),
    ("Precedence", "bulk"),
    ("X-Mailer", "phpList v3.6.12"),
], Multi("alternative", [
    Text(_t024, "utf-8", "quoted-printable"),
    Text("<html><body style=\"font-family:Arial,sans-serif\">\n<h2>Rundbrief Netzwerk MSO NRW &ndash; Februar 2027</h2>\n"
         "<p>Liebe Mitglieder und Freund*innen des Netzwerks,</p>\n<h3>Termine</h3>\n<ul>\n"
         "<li><b>13.03.2027</b> Tag der Migrantenselbstorganisationen in Münster, Stadtweinhaus. "
         "<a href=\"mailto:mso-tag@muenster.example\">Jetzt anmelden</a> &ndash; drei Arbeitsgruppen: "
         "AG 1 Bildung, AG 2 Zukunftsprozess, AG 3 Fördermittel und Vereinsmanagement.</li>\n"
         "<li><b>27.03.2027</b> Fachtag Ehrenamt in Bielefeld</li>\n</ul>\n<h3>Fördertipp des Monats</h3>\n"
         "<p>Das Landesprogramm für Migrantenselbstorganisationen fördert wieder Projekte bis 5.000 Euro. "
         "Anträge bis 30.04.</p>\n<p style=\"font-size:small;color:#888\">Sie erhalten diesen Rundbrief, weil Sie sich "
         "eingetragen haben. <a href=\"https://www.mso-netzwerk-nrw.example/rundbrief/abmelden?u=7781\">Abmelden</a></p>\n"
         "</body></html>\n", "utf-8", "quoted-printable", "html"),
], "b1_9f3c2e7a41d6b0c8e5f2a7d4c1b0e9f8"),
    rec("other"))

# 025 — Romanian, ISO-8859-16 (comma-below ș ț) QP; org inflected in the text ("din partea
# Asociației Culturale Românești din Münster"), nominative in the signature;
# "grupa de lucru III" -> AG3; "Suntem deci 2 persoane".
M("025-popescu-romanian-latin10", when(2027, 2, 5, 15, 12), [
    ("From", addr("Ioana Popescu", "ioana.popescu@mail.example")),
    ("To", REG_H),
    ("Subject", ew("Înscriere MSO-Tag 13 martie", "iso-8859-16", "Q")),
], Text("""Bună ziua,

Aș dori să mă înscriu, împreună cu colegul meu Mihai Ionescu, la Ziua
Organizațiilor de Migranți din 13 martie. Suntem deci 2 persoane, din partea
Asociației Culturale Românești din Münster.

Ne interesează grupa de lucru III (finanțare și managementul asociației).

Vă mulțumesc frumos!
Cu stimă,
Ioana Popescu
Asociația Culturală Românească Münster
""", "iso-8859-16", "quoted-printable"),
    rec("registration", "ioana.popescu@mail.example", "Ioana Popescu",
        "Asociația Culturală Românească Münster", ["AG3"], 2, "ro"))

# 026 — CHANGE, Turkish, iPhone top-posted reply quoting our confirmation (AG1, 3 persons):
# "3 değil 5 kişi geleceğiz", "Çalışma grubu aynı kalsın" -> party 5, workgroups [].
M("026-korkmaz-change-party-five", when(2027, 2, 6, 12, 41), [
    ("From", addr("Hatice Korkmaz", "hatice.korkmaz@posta.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270111-1923-002@muenster.example>"),
    ("References", "<conf-20270111-1923-002@muenster.example>"),
    ("X-Mailer", "iPhone Mail (21D61)"),
], Text("""Merhaba, 3 değil 5 kişi geleceğiz, iki arkadaş daha katılmak istedi. Çalışma grubu aynı kalsın.
Teşekkürler
Hatice

iPhone'umdan gönderildi

> Am 11.01.2027 um 19:23 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Hatice Korkmaz", AG_TITLES["AG1"], 3)), "utf-8", "quoted-printable"),
    rec("change", "hatice.korkmaz@posta.example", "Hatice Korkmaz",
        None, [], 5, "tr"))

# 027 — Tigrinya (Ge'ez script), UTF-8 base64; text in Tigrinya, name and org signed in Latin;
# topic "ትምህርቲ (Bildungssystem)" -> AG1; "ብጠቕላላ 3 ሰባት" -> 3.
M("027-gebremedhin-tigrinya", when(2027, 2, 8, 20, 14), [
    ("From", addr("Tesfay Gebremedhin", "tesfay.g@mail.example")),
    ("To", REG_H),
    ("Subject", "MSO-Tag - Anmeldung Eritreische Gemeinde"),
], Text("""ሰላም ክቡራት ክቡራን፣

ኣነ ተስፋይ ገብረመድህን እየ፣ ካብ ማሕበረሰብ ኤርትራውያን ሙንስተር።
ኣብ 13 መጋቢት ኣብ ዝካየድ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ክንሳተፍ ንደሊ ኢና።
ብጠቕላላ 3 ሰባት ኢና፡ ኣነን ክልተ ኣባላት ማሕበርናን።

ኣብ ጉጅለ ስራሕ ብዛዕባ ትምህርቲ (Bildungssystem) ክንሳተፍ ንደሊ።

የቐንየልና
Tesfay Gebremedhin
Eritreische Gemeinde Münster e.V.
""", "utf-8", "base64"),
    rec("registration", "tesfay.g@mail.example", "Tesfay Gebremedhin",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 3, "ti"))

# 028 — English, Gmail multipart/alternative; "My first choice would be AG 3 ... if that is
# full, please put me in AG 2" -> [AG3, AG2]; "just me" -> 1; org with abbreviation prefix in
# the signature ("NCM – Nigerian Community Münster e.V.") and a website.
_t028 = """Dear Sir/Madam,

I would like to register for the Day of Migrant Self-Organisations on
13 March 2027 on behalf of the Nigerian Community Münster. It will be just me.

My first choice would be AG 3 (funding and association management); if that
is full, please put me in AG 2.

Kind regards,
Adaeze Nwosu
Public Relations Officer | NCM – Nigerian Community Münster e.V.
www.ncm-muenster.example
"""
M("028-nwosu-english-gmail-first-second", when(2027, 2, 9, 13, 2), [
    ("From", addr("Adaeze Nwosu", "adaeze.nwosu@gmail.example")),
    ("To", REG_H),
    ("Subject", ew("Registration – MSO-Tag 2027 (Nigerian Community Münster)")),
], Multi("alternative", [
    Text(_t028, "UTF-8", "quoted-printable"),
    Text(gmail_html(_t028), "UTF-8", "quoted-printable", "html"),
], "000000000000c5d6e7f8091a0028"),
    rec("registration", "adaeze.nwosu@gmail.example", "Adaeze Nwosu",
        "Nigerian Community Münster e.V.", ["AG3", "AG2"], 1, "en"))

# 029 — Bulgarian, HTML-only webmail, windows-1251 base64; "себе си и още петима" (myself and
# five more) -> 6; workgroup by topic "„Образование“ (Bildungssystem)" -> AG1.
M("029-dimitrova-bulgarian-html-only", when(2027, 2, 10, 21, 48), [
    ("From", addr("Петя Димитрова", "petya.dimitrova@abv.example", "windows-1251", "B")),
    ("To", REG_H),
    ("Subject", ew("Записване за MSO-Tag", "windows-1251", "B")),
    ("X-Mailer", "AbvMail 3.0"),
], Text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><div style="font-family: Verdana; font-size: 10pt">
<div>Здравейте,</div><div><br></div>
<div>Бих искала да запиша себе си и още петима членове на нашето дружество за Деня на
мигрантските организации на 13 март &ndash; общо 6 души.</div><div><br></div>
<div>Интересуваме се от работната група &bdquo;Образование&ldquo; (Bildungssystem), тъй като
водим неделно училище на български език.</div><div><br></div>
<div>Благодаря предварително!</div><div><br></div>
<div>Поздрави,<br>Петя Димитрова<br>Българско културно дружество &bdquo;Христо Ботев&ldquo; &ndash; Мюнстер</div>
</div></body></html>
""", "windows-1251", "base64", "html"),
    rec("registration", "petya.dimitrova@abv.example", "Петя Димитрова",
        "Българско културно дружество „Христо Ботев“ – Мюнстер", ["AG1"], 6, "bg"))

# 030 — QUESTION in English, Outlook multipart/alternative (windows-1252): accessibility of the
# venue and of "the room where workshop 2 takes place"; "three of us would like to come — I'll
# send a proper registration once I know" is conditional, so nobody is registered yet.
_t030 = """Hello,

one of our board members uses a wheelchair. Is the Stadtweinhaus accessible,
and is there a lift to the room where workshop 2 takes place?

If so, three of us would like to come – I'll send a proper registration
once I know.

Thanks a lot,
Sarah Mensah
Ghana Union Münster e.V. | Secretary
"""
M("030-mensah-question-wheelchair", when(2027, 2, 11, 10, 7), [
    ("From", addr("Mensah, Sarah", "s.mensah@ghana-union-ms.example")),
    ("To", REG_H),
    ("Subject", "Accessibility question"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Multi("alternative", [
    Text(_t030, "windows-1252", "quoted-printable"),
    Text("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
         "<body lang=\"EN-GB\">\n<div class=\"WordSection1\">\n" +
         "\n".join(f"<p class=\"MsoNormal\">{esc(l) if l else '&nbsp;'}</p>" for l in _t030.strip().split("\n")) +
         "\n</div></body></html>\n", "windows-1252", "quoted-printable", "html"),
], "_000_DB9PR02MB7230_"),
    rec("question", "s.mensah@ghana-union-ms.example", "Sarah Mensah",
        "Ghana Union Münster e.V.", [], None, "en"))

# 031 — Punjabi romanized (Latin) mixed with German words, UTF-8 8bit; "kul 3 jane";
# "AG 2 vich ... Münster di Zukunft wala" -> AG2; org line with a group suffix.
M("031-kaur-punjabi-romanized", when(2027, 2, 12, 19, 26), [
    ("From", addr("Harjit Kaur", "harjit.kaur@mail.example")),
    ("To", REG_H),
    ("Subject", "MSO Tag registration - Sikh Gemeinde"),
], Text("""Sat Sri Akal ji,

main Harjit Kaur, Sikh Gemeinde Münster ton. Main te mere do saathi
(Manpreet Kaur te Jaswinder Singh) 13 March nu MSO-Tag te aana chaunde haan,
matlab kul 3 jane.

Asin AG 2 vich jana chaunde haan - Münster di Zukunft wala.

Bahut dhanvaad
Harjit Kaur
Sikh Gemeinde Münster e.V. - Frauengruppe
""", "utf-8", "8bit"),
    rec("registration", "harjit.kaur@mail.example", "Harjit Kaur",
        "Sikh Gemeinde Münster e.V.", ["AG2"], 3, "pa"))

# 032 — CHANGE, English, Gmail top-posted reply; quoted confirmation says AG3 and 1 person;
# new text: "move me to AG 1 instead" -> [AG1].
_q032 = confirmation("Adaeze Nwosu", AG_TITLES["AG3"], 1)
_n032 = """Hello again,

could you move me to AG 1 instead? A colleague from the Igbo association is
already covering the funding workshop, so it makes more sense for me to join
the education group.

Thanks!
Adaeze
"""
_h032 = "On Tue, Feb 9, 2027 at 1:03 PM Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:"
M("032-nwosu-change-to-ag1-toppost", when(2027, 2, 14, 11, 50), [
    ("From", addr("Adaeze Nwosu", "adaeze.nwosu@gmail.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270209-1303-028@muenster.example>"),
    ("References", "<conf-20270209-1303-028@muenster.example>"),
], Multi("alternative", [
    Text(_n032 + "\n" + _h032 + "\n\n" + quote(_q032) + "\n", "UTF-8", "quoted-printable"),
    Text(gmail_html(_n032, _h032, _q032), "UTF-8", "quoted-printable", "html"),
], "000000000000e1f2a3b4c5d60032"),
    rec("change", "adaeze.nwosu@gmail.example", "Adaeze Nwosu", None, ["AG1"], None, "en"))

# 033 — CHANGE, Arabic, windows-1256 QP, again with Reply-To to the board mailbox: move
# from the third to the second group, "سيرافقني زميلان" (two colleagues with me) -> 3.
M("033-haddad-change-arabic", when(2027, 2, 15, 21, 33), [
    ("From", addr("Nadia H.", "nadia.h1987@gmail.example")),
    ("Reply-To", addr("Syrisches Haus Vorstand", "vorstand@syrisches-haus-ms.example")),
    ("To", REG_H),
    ("Subject", ew("تعديل التسجيل - يوم منظمات المهاجرين", "windows-1256", "B")),
], Text("""السلام عليكم،

بالإشارة إلى تسجيلي الشهر الماضي: أرجو نقلي من مجموعة العمل الثالثة إلى مجموعة العمل الثانية
(مستقبل مدينة مونستر)، لأن زميلة أخرى من الجمعية ستتابع موضوع التمويل.
كذلك سيرافقني زميلان من الجمعية، أي سنكون 3 أشخاص بدلاً من شخص واحد.

شكراً لكم
نادية حداد
البيت السوري في مونستر
""", "windows-1256", "quoted-printable"),
    rec("change", "vorstand@syrisches-haus-ms.example", "نادية حداد",
        "البيت السوري في مونستر", ["AG2"], 3, "ar"))

# 034 — Somali mixed with German, UTF-8 QP: "fadlan na geli midka boos ku haray" (put us in
# whichever still has room) -> []; two persons; org with its abbreviation; signature first name only.
M("034-warsame-somali-whichever", when(2027, 2, 17, 16, 5), [
    ("From", addr("Abdirahman Warsame", "a.warsame@mail.example")),
    ("To", REG_H),
    ("Subject", "Anmeldung MSO-Tag / diiwaangelin"),
], Text("""Salaan,

Magacaygu waa Abdirahman Warsame, waxaan ka socdaa Somalisch-Deutscher
Kulturverein Münster (SDKV). Aniga iyo saaxiibkay Faisal Nuur waxaan rabnaa
inaan imaanno MSO-Tag 13.03. - 2 qof.

AG-ga wax walba waa noo fiican yihiin, fadlan na geli midka boos ku haray.

Mahadsanid
Abdirahman
""", "utf-8", "quoted-printable"),
    rec("registration", "a.warsame@mail.example", "Abdirahman Warsame",
        "Somalisch-Deutscher Kulturverein Münster", [], 2, "so"))

# 035 — CANCELLATION, German, windows-1252 QP, Outlook with "-----Ursprüngliche Nachricht-----"
# quoting the confirmation; "Platz in der AG 3 frei" names a workgroup but changes nothing.
M("035-arslan-cancellation", when(2027, 2, 19, 8, 12), [
    ("From", addr("Dr. Kemal Arslan", "k.arslan@tgm-ms.example")),
    ("To", OURS),
    ("Subject", "AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270107-1544-xx@muenster.example>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
], Text("""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 13.03. absagen, da ich an diesem Tag
kurzfristig einen Termin in Düsseldorf wahrnehmen muss. Bitte geben Sie
meinen Platz in der AG 3 frei.

Für das nächste Jahr bin ich gerne wieder dabei.

Mit freundlichen Grüßen
Dr. Kemal Arslan
stellv. Vorsitzender
Türkische Gemeinde Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Donnerstag, 7. Januar 2027 15:44
An: k.arslan@tgm-ms.example
Betreff: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

""" + confirmation("Kemal Arslan", AG_TITLES["AG3"], 1), "windows-1252", "quoted-printable"),
    rec("cancellation", "k.arslan@tgm-ms.example", "Kemal Arslan",
        "Türkische Gemeinde Münster e.V.", [], None, "de"))

# 036 — CHANGE, Russian, windows-1251 base64, written by another club member on behalf of
# the person who registered (mail 008): "вместо III ... в I" -> [AG1]; number unchanged.
M("036-kremer-russian-change-for-club", when(2027, 2, 20, 10, 25), [
    ("From", addr("Ольга Кремер", "olga.kremer@mail.example", "windows-1251", "B")),
    ("To", REG_H),
    ("Subject", ew("Радуга: замена секции", "windows-1251", "B")),
], Text("""Добрый день!

Пишу по поручению Елены Воробьёвой из клуба «Радуга» (она зарегистрировала
нас троих в январе). Мы хотели бы поменять секцию: вместо III
(финансирование) запишите нас, пожалуйста, в I - образование.
Количество участников прежнее, трое.

Спасибо!
Ольга Кремер
""", "windows-1251", "base64"),
    rec("change", "olga.kremer@mail.example", "Ольга Кремер",
        "клуба «Радуга»", ["AG1"], None, "ru"))

# 037 — CHANGE, Punjabi (Gurmukhi) with a German line, UTF-8 base64: 5 -> 7 persons,
# "ਵਰਕਗਰੁੱਪ ਉਹੀ ਰਹੇਗਾ" (workgroup stays the same) -> workgroups [].
M("037-singh-punjabi-change-seven", when(2027, 2, 22, 17, 44), [
    ("From", addr("ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "gurpreet.singh@gurdwara-ms.example")),
    ("To", REG_H),
    ("Subject", ew("ਬਦਲਾਅ / Änderung Anmeldung Gurdwara")),
    ("User-Agent", "K-9 Mail for Android"),
], Text("""Sat Sri Akal,

ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਵੱਲੋਂ ਇੱਕ ਬਦਲਾਅ: ਹੁਣ ਅਸੀਂ 5 ਦੀ ਥਾਂ 7 ਜਣੇ ਆਵਾਂਗੇ।
ਦੋ ਨੌਜਵਾਨ ਵੀ ਆਉਣਾ ਚਾਹੁੰਦੇ ਹਨ। ਵਰਕਗਰੁੱਪ ਉਹੀ ਰਹੇਗਾ।

Bitte 7 Personen statt 5. Danke!

ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ
""", "utf-8", "base64"),
    rec("change", "gurpreet.singh@gurdwara-ms.example", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
        "ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ", [], 7, "pa"))

# 038 — CANCELLATION, Tagalog, Gmail reply with the quote below ("On ... wrote:");
# "Pakicancel na lang po yung registration naming tatlo".
_n038 = """Hi po,

sorry po pero hindi na po kami makakapunta sa March 13, may biglaang event
po kasi ang community namin sa araw na yun (binyag ng anak ng presidente namin).
Pakicancel na lang po yung registration naming tatlo.

Salamat po at pasensya na!
Maricel
"""
_q038 = confirmation("Maricel Dela Cruz", AG_TITLES["AG3"], 3)
_h038 = "On Tue, Jan 26, 2027 at 12:34 PM Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:"
M("038-delacruz-taglish-cancel", when(2027, 2, 24, 22, 3), [
    ("From", addr("Maricel Dela Cruz", "maricel.delacruz@gmail.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270126-1234-015@muenster.example>"),
    ("References", "<conf-20270126-1234-015@muenster.example>"),
], Multi("alternative", [
    Text(_n038 + "\n" + _h038 + "\n\n" + quote(_q038) + "\n", "UTF-8", "quoted-printable"),
    Text(gmail_html(_n038, _h038, _q038), "UTF-8", "quoted-printable", "html"),
], "000000000000b7c8d9e0f1a2b30038"),
    rec("cancellation", "maricel.delacruz@gmail.example", "Maricel Dela Cruz",
        None, [], None, "tl"))

# 039 — Amharic (Ge'ez), UTF-8 QP; Ethiopic numeral "የስራ ቡድን ፫" -> AG3; "እኔ እና ባለቤቴ ... (በድምሩ
# 2 ሰዎች)" -> 2; Latin From name, full name in Ge'ez in the signature.
M("039-tadesse-amharic-ethiopic-numeral", when(2027, 2, 26, 9, 18), [
    ("From", addr("Meron Tadesse", "meron.tadesse@mail.example")),
    ("To", REG_H),
    ("Subject", ew("ምዝገባ – MSO-Tag 13.03.2027")),
], Text("""ሰላም፣

ስሜ መሮን ታደሰ ይባላል። በመጋቢት 13 ለሚካሄደው የMSO ቀን እኔ እና ባለቤቴ ዳዊት
(በድምሩ 2 ሰዎች) መመዝገብ እንፈልጋለን።

በስራ ቡድን ፫ (የገንዘብ ድጋፍ እና የማህበር አስተዳደር / Vereinsmanagement) መሳተፍ እንፈልጋለን።

ከሰላምታ ጋር
መሮን ታደሰ
የኢትዮጵያ ማህበረሰብ በሙንስተር
""", "utf-8", "quoted-printable"),
    rec("registration", "meron.tadesse@mail.example", "መሮን ታደሰ",
        "የኢትዮጵያ ማህበረሰብ በሙንስተር", ["AG3"], 2, "am"))

# 040 — QUESTION in learner German: "ich habe mich ... angemeldet für die AG 2 mit mein
# Kollege ... Ist meine Anmeldung angekommen?" — a status enquiry, not a new registration.
M("040-tekle-learner-german-status", when(2027, 3, 1, 18, 37), [
    ("From", addr("Yonas Tekle", "yonas.tekle@mail.example")),
    ("To", REG_H),
    ("Subject", ew("anmeldung bestätigung??", "utf-8", "Q")),
    ("X-Mailer", "Android Mail"),
], Text("""Sehr geehrte Dame und Herren,

ich habe mich vor 2 Wochen angemeldet für die AG 2 mit mein Kollege aber ich
habe bis jetzt keine Bestätigung bekommen. Ist meine Anmeldung angekommen?
Oder muss ich nochmal schreiben?

Mit freundliche Grüßen
Yonas Tekle
Habesha Jugend Münster
""", "utf-8", "8bit"),
    rec("question", "yonas.tekle@mail.example", "Yonas Tekle",
        "Habesha Jugend Münster", [], None, "de"))

# 041 — AUTO_REPLY without Auto-Submitted / Precedence headers: a helpdesk ticket receipt
# answering our 7-day reminder; the quoted reminder mentions "Ihre Anmeldung" and a workgroup.
M("041-ticket-receipt-no-headers", when(2027, 3, 6, 10, 0, 41), [
    ("From", addr("Helpdesk Migrationsberatung", "helpdesk@migrationsberatung-ms.example")),
    ("To", REG_H),
    ("Subject", "[Ticket#2027030610000187] " + ew("Eingangsbestätigung:", "utf-8", "Q") +
     "\r\n Erinnerung: Tag der Migrantenselbstorganisationen am 13.03.2027"),
    ("X-Mailer", "OTRS Mail Service"),
], Text("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns unter der
Ticketnummer 2027030610000187 eingegangen und wird so bald wie möglich
bearbeitet. Bitte geben Sie bei Rückfragen immer die Ticketnummer im
Betreff an.

Dies ist eine automatisch erzeugte Nachricht.

Ihre Nachricht:
> Guten Tag,
> wir erinnern an den Tag der Migrantenselbstorganisationen am
> Samstag, 13. März 2027, 10:00 Uhr. Ihre Anmeldung: AG2, 1 Person.

--
Migrationsberatung Münster - Helpdesk
""", "utf-8", "quoted-printable"),
    rec("auto_reply"))

# 042 — CHANGE, German, Thunderbird inline reply (format=flowed): quoted confirmation lines
# answered one by one: "Personen: 3" -> "Leider nur noch 2", "Arbeitsgruppe: AG3" -> "bleibt so";
# party 2, workgroups [] (no new choice).
M("042-noori-inline-change-two", when(2027, 3, 6, 15, 22), [
    ("From", addr("Farid Noori", "farid.noori@t-online.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270129-1115-018@muenster.example>"),
    ("References", "<conf-20270129-1115-018@muenster.example>"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
], Text("""Hallo,

Am 29.01.2027 um 11:15 schrieb Tag der Migrantenselbstorganisationen:
> Guten Tag Farid Noori,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
> am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
> Prinzipalmarkt 8, 48143 Münster.
>
> Arbeitsgruppe: AG3 – Förderungsmöglichkeiten und effektives Vereinsmanagement

bleibt so.

> Personen: 3

Leider nur noch 2, Frau Rahimi ist an dem Tag verhindert.

Gruß
Farid Noori
Afghanischer Kulturverein Hindukusch
""", "utf-8", "8bit", params="; format=flowed"),
    rec("change", "farid.noori@t-online.example", "Farid Noori",
        "Afghanischer Kulturverein Hindukusch", [], 2, "de"))

# 043 — CANCELLATION, Hindi (Devanagari) with one English sentence, UTF-8 QP, top-posted above
# an Outlook-style quote of the confirmation ("Personen: 4", AG2).
M("043-sharma-hindi-cancel", when(2027, 3, 7, 9, 5), [
    ("From", addr("Rakesh Sharma", "rakesh.sharma@gmail.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270113-2141-004@muenster.example>"),
], Text("""नमस्ते,

खेद के साथ बताना पड़ रहा है कि 13 मार्च को हम चारों नहीं आ पाएँगे — उसी दिन हमारे
संघ की वार्षिक आम सभा तय हो गई है। कृपया हमारा पंजीकरण रद्द कर दें ताकि दूसरों को जगह मिल सके।
Sorry for the short notice!

धन्यवाद,
Rakesh Sharma

________________________________
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Sent: Wednesday, January 13, 2027 9:41 PM
To: rakesh.sharma@gmail.example
Subject: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027

""" + confirmation("Rakesh Sharma", AG_TITLES["AG2"], 4), "utf-8", "quoted-printable"),
    rec("cancellation", "rakesh.sharma@gmail.example", "Rakesh Sharma",
        None, [], None, "hi"))

# 044 — CHANGE, Kurmanji, windows-1254 8bit, top-posted over a German-style quote: "ji koma xebatê
# ya yekem derbasî ya duyem (pêşeroja Münsterê)" -> [AG2]; "Em hê jî 2 kes in" (unchanged).
M("044-aslan-kurmanji-change", when(2027, 3, 7, 20, 16), [
    ("From", addr("Rojda Aslan", "rojda.aslan@posta.example")),
    ("To", OURS),
    ("Subject", "Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"),
    ("In-Reply-To", "<conf-20270124-1148-013@muenster.example>"),
], Text("""Silav hevalno,

Ji kerema xwe me ji koma xebatê ya yekem derxînin û bixin ya duyem
(pêşeroja Münsterê / Zukunftsprozess). Em hê jî 2 kes in.

Gelek spas
Rojda

Am 24.01.2027 um 11:48 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Rojda Aslan", AG_TITLES["AG1"], 2)), "windows-1254", "8bit"),
    rec("change", "rojda.aslan@posta.example", "Rojda Aslan",
        None, ["AG2"], None, "ku"))

# 045 — OTHER: a misdirected personal mail (shopping list for the Newroz party meant for the
# association board) that even says "da bin ich ja beim MSO-Tag" — registers nothing.
M("045-misdirected-newroz-list", when(2027, 3, 8, 13, 29), [
    ("From", addr("Leyla Rahimi", "leyla.rahimi@mail.example")),
    ("To", addr("MSO-Tag", REG)),
    ("Subject", "Newroz Einkaufsliste"),
], Text("""Hallo Samir, hallo Dilan,

hier wie besprochen die Liste für Newroz am 21.03.:

- 30 kg Reis
- 12 Packungen Fladenbrot
- Holz für das Feuer (Dilan fragt beim Bauern in Gievenbeck)
- Pappteller, Becher, Servietten

Wer holt am Samstag die Bierbänke vom Gemeindehaus? Ich kann am 13. nicht,
da bin ich ja beim MSO-Tag. Sonst machen wir das am Sonntag.

LG Leyla
""", "iso-8859-1", "quoted-printable"),
    rec("other"))

# 046 — CANCELLATION, Bengali romanized (Latin) with English words, plain ASCII 7bit:
# "Please amader registration ta cancel kore diben".
M("046-ahmed-bengali-romanized-cancel", when(2027, 3, 8, 21, 50), [
    ("From", addr("Tanvir Ahmed", "tanvir.ahmed@bd-community-ms.example")),
    ("To", REG_H),
    ("Subject", "cancel - Bangladesh Community"),
    ("User-Agent", "Roundcube Webmail/1.6.5"),
], Text("""Assalamu alaikum,

dukkhito, kintu amra (ami ar Rumana apa) 13 March e ashte parbo na. Oi din
amader songothoner ekta urgent meeting pore geche.
Please amader registration ta cancel kore diben.

Onek dhonnobad
Tanvir Ahmed
Bangladesh Community Muenster
""", "us-ascii", "7bit"),
    rec("cancellation", "tanvir.ahmed@bd-community-ms.example", "Tanvir Ahmed",
        "Bangladesh Community Muenster", [], None, "bn"))

# 047 — QUESTION, Romanian, windows-1250 8bit with cedilla ş/ţ (as many Windows setups type):
# "Mai sunt locuri libere la grupa de lucru 2? Am vrea să venim 4 persoane ... dar întâi vreau
# să ştiu" — asks first, registers no one.
M("047-marinescu-romanian-question", when(2027, 3, 9, 11, 2), [
    ("From", addr("Cristian Marinescu", "c.marinescu@mail.example")),
    ("To", REG_H),
    ("Subject", ew("Întrebare - locuri libere grupa 2", "windows-1250", "Q")),
], Text("""Bună ziua,

mai sunt locuri libere la grupa de lucru 2? Am vrea să venim 4 persoane de la
Asociaţia Moldovenilor din Münster, dar întâi vreau să ştiu dacă mai e loc,
ca să nu anunţ oamenii degeaba.

Mulţumesc,
Cristian Marinescu
""", "windows-1250", "8bit"),
    rec("question", "c.marinescu@mail.example", "Cristian Marinescu",
        "Asociaţia Moldovenilor din Münster", [], None, "ro"))

# 048 — CANCELLATION, Ukrainian, phone, UTF-8 base64, very short: "Прошу скасувати мою
# реєстрацію" (mail 023's writer).
M("048-melnyk-ukrainian-cancel", when(2027, 3, 9, 22, 41), [
    ("From", addr("Оксана Мельник", "oksana.melnyk@ukr.example")),
    ("To", REG_H),
    ("Subject", ew("Скасування – 13 березня")),
    ("X-Mailer", "iPhone Mail (21D61)"),
], Text("""Добрий вечір,
на жаль, я не зможу прийти 13 березня - захворіла донька.
Прошу скасувати мою реєстрацію. Вибачте!
Оксана Мельник

Надіслано з iPhone
""", "utf-8", "base64"),
    rec("cancellation", "oksana.melnyk@ukr.example", "Оксана Мельник",
        None, [], None, "uk"))

# 049 — Georgian romanized (Latin "translit") mixed with German, after the registration
# deadline; no workgroup mentioned at all -> []; "sul 2 kaci" -> 2; org with the Georgian
# ablative suffix glued on ("Münster-dan").
M("049-kapanadze-georgian-translit-late", when(2027, 3, 10, 7, 55), [
    ("From", addr("Giorgi Kapanadze", "giorgi.kapanadze@mail.example")),
    ("To", REG_H),
    ("Subject", "MSO-Tag registracia"),
], Text("""gamarjobat!

me da chemi megobari Levan Tsiklauri gvinda movidet MSO-Tag-ze 13 marts.
vici rom registraciis vada ukve gavida, magram tu shesadzlebelia, gtxovt
chagvwerot. Georgischer Kulturverein Münster-dan vart. sul 2 kaci viqnebit.

madloba winaswar!
Giorgi Kapanadze
""", "utf-8", "quoted-printable"),
    rec("registration", "giorgi.kapanadze@mail.example", "Giorgi Kapanadze",
        "Georgischer Kulturverein Münster", [], 2, "ka"))

# 050 — CANCELLATION, Dari (Afghan Persian: "مارچ", "اشتراک", "تشکر"), UTF-8 8bit with ZWNJ;
# Persian digits "۱۳"; the two were registered earlier by phone, so nothing to quote.
M("050-ahmadi-dari-cancel", when(2027, 3, 11, 8, 30), [
    ("From", addr("زهرا احمدی", "zahra.ahmadi@mail.example")),
    ("To", REG_H),
    ("Subject", ew("لغو ثبت نام – روز ۱۳ مارچ")),
], Text("""سلام علیکم،

من زهرا احمدی از انجمن زنان افغان در مونستر هستم. ما دو نفر (من و خواهرم فرشته)
برای روز ۱۳ مارچ ثبت نام کرده بودیم.
متأسفانه نمی‌توانیم اشتراک کنیم، چون خواهرم مریض شده است.
لطفاً نام‌های ما را از لیست بکشید.

تشکر از همکاری تان
زهرا
""", "utf-8", "8bit"),
    rec("cancellation", "zahra.ahmadi@mail.example", "زهرا احمدی",
        "انجمن زنان افغان در مونستر", [], None, "fa"))


# ---------------------------------------------------------------------------
# output and validation
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
WG_IDS = ("AG1", "AG2", "AG3")
EXAMPLE_RE = re.compile(r"(^|\.)example$|(^|\.)example\.(org|com|net)$", re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)


def build():
    files, expected = {}, {}
    for i, (slug, date, hdrs, body, exp) in enumerate(MAILS, 1):
        if not slug.startswith("%03d-" % i):
            raise SystemExit(f"mail {slug} is number {i}")
        name = slug + ".eml"
        files[name] = message(hdrs, body)
        expected[name] = exp
    return files, expected


def expected_bytes(expected):
    return (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def problems_of(name, raw, exp):
    errs = []
    if b"\r\n" not in raw or raw.replace(b"\r\n", b"").find(b"\n") >= 0 or raw.replace(b"\r\n", b"").find(b"\r") >= 0:
        errs.append("line ends are not all CRLF")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            errs.append(f"line {n} longer than 998 octets")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects in {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append(f"header {k} defects: {v.defects}")
            texts.append(str(v))
        if part.is_multipart() or part.get_content_maintype() == "message":
            continue
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs, "strict"))
            except (UnicodeDecodeError, LookupError) as e:
                errs.append(f"{part.get_content_type()} does not decode as {cs}: {e}")
    # the message/rfc822 inside the bounce: parse its own payload as well
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            if inner.defects:
                errs.append(f"defects in embedded message: {inner.defects}")
    blob = "\n".join(texts)
    for m in MAIL_RE.finditer(blob):
        if not EXAMPLE_RE.search(m.group(1).rstrip(".")):
            errs.append(f"non-example mail domain {m.group(0)}")
    for m in URL_RE.finditer(blob):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_RE.search(host):
            errs.append(f"non-example URL host {host}")
    # expected record
    if set(exp) != set(KEYS):
        errs.append(f"record keys {sorted(exp)}")
    k = exp.get("kind")
    if k not in KINDS:
        errs.append(f"bad kind {k}")
    if not isinstance(exp.get("workgroups"), list) or any(w not in WG_IDS for w in exp["workgroups"]) \
            or len(set(exp["workgroups"])) != len(exp["workgroups"]):
        errs.append("bad workgroups")
    machine = k in ("auto_reply", "bounce", "other")
    if machine:
        for f in ("email", "name", "organisation", "language", "party_size"):
            if exp[f] is not None:
                errs.append(f"{f} must be null for {k}")
        if exp["workgroups"]:
            errs.append("workgroups must be empty for machine mail")
    else:
        if not exp["email"] or exp["email"] != exp["email"].lower() or not MAIL_RE.fullmatch(exp["email"]):
            errs.append("bad email")
        elif not EXAMPLE_RE.search(exp["email"].split("@")[1]):
            errs.append("email not example domain")
        elif exp["email"] not in raw.decode("latin-1").lower() and exp["email"] not in blob.lower():
            errs.append("email does not occur in the mail")
        if not exp["name"] or not isinstance(exp["language"], str) or not re.fullmatch(r"[a-z]{2}", exp["language"]):
            errs.append("bad name/language")
    if k == "registration":
        if not isinstance(exp["party_size"], int) or not 1 <= exp["party_size"] <= 8:
            errs.append("bad party_size")
    elif k == "change":
        if exp["party_size"] is not None and not (isinstance(exp["party_size"], int) and exp["party_size"] >= 1):
            errs.append("bad party_size")
    elif exp["party_size"] is not None:
        errs.append("party_size must be null")
    if k == "bounce":
        b = exp["bounced_recipient"]
        if not b or b != b.lower() or b not in blob.lower():
            errs.append("bad bounced_recipient")
    elif exp["bounced_recipient"] is not None:
        errs.append("bounced_recipient must be null")
    return errs, msg


def validate(files, expected):
    errs, last = [], None
    for name in sorted(files):
        e, msg = problems_of(name, files[name], expected[name])
        errs += [f"{name}: {x}" for x in e]
        d = parsedate_to_datetime(str(msg["Date"]))
        if last is not None and d <= last:
            errs.append(f"{name}: Date does not rise")
        last = d
    if errs:
        raise SystemExit("validation failed:\n  " + "\n  ".join(errs))


def stats(files, expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    cs, cte, ctype = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        ctype[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs[(part.get_content_charset() or "us-ascii").lower()] += 1
                cte[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
    print(f"{len(files)} mails")
    print("kinds:", dict(kinds))
    print(f"languages ({len(langs)}):", dict(sorted(langs.items(), key=lambda x: (-x[1], x[0]))))
    print("top-level types:", dict(ctype))
    print("text-part charsets:", dict(cs))
    print("text-part encodings:", dict(cte))
    ps = Counter(r["party_size"] for r in expected.values() if r["kind"] == "registration")
    print("registration party sizes:", dict(sorted(ps.items())))


def main(argv):
    files, expected = build()
    validate(files, expected)
    if "--stats" in argv:
        stats(files, expected)
        return 0
    exp_b = expected_bytes(expected)
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.exists() else set()
        for n in sorted(set(files) | on_disk):
            p = MAILS_DIR / n
            if n not in files or not p.exists() or p.read_bytes() != files[n]:
                bad.append(n)
        if not EXPECTED.exists() or EXPECTED.read_bytes() != exp_b:
            bad.append("expected.json")
        if bad:
            print("differs from disk:", ", ".join(bad))
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for n, data in files.items():
        (MAILS_DIR / n).write_bytes(data)
    EXPECTED.write_bytes(exp_b)
    # re-read what was written
    validate({p.name: p.read_bytes() for p in MAILS_DIR.glob("*.eml")},
             json.loads(EXPECTED.read_text(encoding="utf-8")))
    print(f"wrote {len(files)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
