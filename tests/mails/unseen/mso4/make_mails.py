#!/usr/bin/env python3
"""Evaluation set "mso4" for `mailbot parse`: 50 mails to the MSO-Tag 2027.

    python3 make_mails.py           write mails/ and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.  Every mail text is in
this file, with a comment above each mail saying what it tests.  Labels follow
../../shared/corpus/README.md; the event config is dev's config.toml, unchanged.
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "mso-tag@muenster.example"
REG_ADDR = formataddr(("Tag der Migrantenselbstorganisationen", REG))
CET = dt.timezone(dt.timedelta(hours=1))

# ---------------------------------------------------------------------------
# MIME building blocks
# ---------------------------------------------------------------------------


class T:
    """A text part."""

    def __init__(self, text, charset="utf-8", cte="8bit", subtype="plain", params="", headers=()):
        self.text, self.charset, self.cte = text, charset, cte
        self.subtype, self.params, self.headers = subtype, params, list(headers)


class A:
    """An attachment (or inline resource)."""

    def __init__(self, filename, ctype, data, disposition="attachment", headers=()):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.disposition, self.headers = disposition, list(headers)


class Raw:
    """A part whose body is given verbatim (7bit text such as delivery-status)."""

    def __init__(self, ctype, text, headers=()):
        self.ctype, self.text, self.headers = ctype, text, list(headers)


class Mp:
    """A multipart."""

    def __init__(self, subtype, boundary, *parts, params="", preamble=None):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.params, self.preamble = params, preamble


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def encode_text(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)            # strict: a character the charset lacks is an error
    if cte == "7bit":
        assert data.isascii(), "7bit part with non-ASCII text"
        return crlf(data)
    if cte == "8bit":
        return crlf(data)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(data))
    if cte == "base64":
        return crlf(base64.encodebytes(crlf(data)))
    raise ValueError(cte)


def render(part):
    """-> (list of header lines, body bytes)"""
    if isinstance(part, T):
        hdrs = [f'Content-Type: text/{part.subtype}; charset="{part.charset}"{part.params}',
                f"Content-Transfer-Encoding: {part.cte}"] + part.headers
        return hdrs, encode_text(part.text, part.charset, part.cte)
    if isinstance(part, A):
        hdrs = [f'Content-Type: {part.ctype}; name="{part.filename}"',
                f'Content-Disposition: {part.disposition}; filename="{part.filename}"',
                "Content-Transfer-Encoding: base64"] + part.headers
        return hdrs, crlf(base64.encodebytes(part.data))
    if isinstance(part, Raw):
        return [f"Content-Type: {part.ctype}"] + part.headers, encode_text(part.text, "ascii", "7bit")
    if isinstance(part, Mp):
        hdrs = [f'Content-Type: multipart/{part.subtype};{part.params}\r\n\tboundary="{part.boundary}"']
        out = b""
        if part.preamble:
            out += crlf(part.preamble.encode("ascii") + b"\n\n")
        for sub in part.parts:
            sh, sb = render(sub)
            out += b"--" + part.boundary.encode() + b"\r\n"
            out += "\r\n".join(sh).encode("ascii") + b"\r\n\r\n" + sb
            if not sb.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"--" + part.boundary.encode() + b"--\r\n"
        return hdrs, out
    raise TypeError(part)


def enc_header(name, value, charset="utf-8"):
    """A header field line; non-ASCII values become RFC 2047 encoded-words."""
    if value.isascii():
        return f"{name}: {value}"
    return f"{name}: " + Header(value, charset, header_name=name).encode(linesep="\r\n")


def who(name, addr, charset="utf-8"):
    return formataddr((name, addr), charset=charset) if name else addr


def date(y, mo, d, h, mi, s=0):
    return format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=CET))


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def reg(email, name, org, wg, party, lang):
    return rec("registration", email, name, org, wg, party, lang)


def chg(email, name, org, wg, party, lang):
    return rec("change", email, name, org, wg, party, lang)


def canc(email, name, org, lang):
    return rec("cancellation", email, name, org, (), None, lang)


def ques(email, name, org, lang):
    return rec("question", email, name, org, (), None, lang)


def machine(kind, bounced=None):
    return rec(kind, bounced=bounced)


MAILS = []


def mail(slug, expected, *, date, frm, subject, body, to=REG_ADDR, hcharset="utf-8",
         msgid, extra=(), cc=None, reply_to=None, in_reply_to=None, references=None):
    MAILS.append(dict(slug=slug, expected=expected, date=date, frm=frm, to=to, subject=subject,
                      body=body, hcharset=hcharset, msgid=msgid, extra=list(extra), cc=cc,
                      reply_to=reply_to, in_reply_to=in_reply_to, references=references))


def build(m):
    lines = [f"From: {m['frm']}", f"To: {m['to']}"]
    if m["cc"]:
        lines.append(f"Cc: {m['cc']}")
    if m["reply_to"]:
        lines.append(f"Reply-To: {m['reply_to']}")
    lines.append(enc_header("Subject", m["subject"], m["hcharset"]))
    lines.append(f"Date: {m['date']}")
    lines.append(f"Message-ID: <{m['msgid']}>")
    if m["in_reply_to"]:
        lines.append(f"In-Reply-To: <{m['in_reply_to']}>")
        lines.append(f"References: {m['references'] or '<' + m['in_reply_to'] + '>'}")
    lines += m["extra"]
    lines.append("MIME-Version: 1.0")
    ph, body = render(m["body"])
    return ("\r\n".join(lines + ph)).encode("ascii") + b"\r\n\r\n" + body


# ---------------------------------------------------------------------------
# what our side sent earlier (quoted in replies and forwards)
# ---------------------------------------------------------------------------

INVITATION = """\
Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Drei Kernthemen werden in parallelen Arbeitsgruppen besprochen:
  AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per Antwort auf diese E-Mail an
und nennen Sie Ihren Namen, Ihre Organisation, die gewünschte Arbeitsgruppe
und die Zahl der Personen.

Mit freundlichen Grüßen
Ihr Team Zuwanderung und Integration
Stadt Münster"""

INVITE_ID = "einladung-2027-0108@muenster.example"

AG_TITLES = {
    "AG 1": "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG 2": "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG 3": "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(name, ag, persons):
    return f"""\
Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00-16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.

Arbeitsgruppe: {ag} ({AG_TITLES[ag]})
Personen: {persons}

Um Ihre Anmeldung zu ändern oder abzusagen, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen"""


DISCLAIMER_DE = """\
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten
haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
gestattet."""

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"% Anmeldeformular MSO-Tag 2027 - Albanischer Kulturverein Illyria, AG 3, 2 Personen\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration, native German chair (Thunderbird, format=flowed, ISO-8859-15 QP, vCard
# attachment); workgroup by roman numeral "Arbeitsgruppe II"; party size not stated -> 1;
# "Dr." in the signature; organisation in the sentence and in the signature.
mail("hoelscher-okafor-roman-ii-vcard",
     reg("ingrid.hoelscher-okafor@dnfg-muenster.example", "Ingrid Hölscher-Okafor",
         "Deutsch-Nigerianische Freundschaftsgesellschaft Münster e.V.", ["AG2"], 1, "de"),
     date=date(2027, 1, 11, 9, 14, 22),
     frm=who("Dr. Ingrid Hölscher-Okafor", "ingrid.hoelscher-okafor@dnfg-muenster.example", "iso-8859-15"),
     subject="Anmeldung Tag der Migrantenselbstorganisationen",
     hcharset="iso-8859-15",
     msgid="5f1c2a9e-3b7d-4c11-9a0e-1d2f3e4a5b6c@dnfg-muenster.example",
     extra=["User-Agent: Mozilla Thunderbird", "Content-Language: de-DE"],
     body=Mp("mixed", "------------Xq7R2mYp0sLw3VvB8dK1cNzE",
             T("""\
Sehr geehrte Damen und Herren,

für die Deutsch-Nigerianische Freundschaftsgesellschaft Münster melde ich 
mich hiermit zum Tag der Migrantenselbstorganisationen am 13. März an. 
Ich würde gern an der Arbeitsgruppe II teilnehmen - der Zukunftsprozess 
beschäftigt uns im Vorstand schon seit dem letzten Jahr.

Vielen Dank für die Organisation und freundliche Grüße

Dr. Ingrid Hölscher-Okafor
Vorsitzende
Deutsch-Nigerianische Freundschaftsgesellschaft Münster e.V.
Gievenbecker Weg 14 · 48161 Münster
""", "iso-8859-15", "quoted-printable", params="; format=flowed"),
             A("vcard.vcf", "text/x-vcard; charset=utf-8", """\
BEGIN:VCARD
VERSION:3.0
N:Hölscher-Okafor;Ingrid;;Dr.;
FN:Dr. Ingrid Hölscher-Okafor
ORG:Deutsch-Nigerianische Freundschaftsgesellschaft Münster e.V.
EMAIL;TYPE=INTERNET:ingrid.hoelscher-okafor@dnfg-muenster.example
END:VCARD
""".replace("\n", "\r\n").encode("utf-8")),
             preamble="This is a multi-part message in MIME format."))

# 002 registration in Turkish (ISO-8859-9, 8bit), top-posted reply quoting the invitation (which
# names all three AGs); association named inside the Turkish sentence ("... olarak") and in the
# signature; "iki kişi" + companion; topic + position in Turkish ("eğitim ... birinci grup").
mail("kocak-tr-reply-egitim-iki-kisi",
     reg("sevgi.kocak@tkd-muenster.example", "Sevgi Koçak", "Münster Türk Kadınlar Derneği",
         ["AG1"], 2, "tr"),
     date=date(2027, 1, 11, 21, 37, 5),
     frm=who("Sevgi Koçak", "sevgi.kocak@tkd-muenster.example", "iso-8859-9"),
     subject="Ynt: Einladung: Tag der Migrantenselbstorganisationen 2027",
     msgid="20270111213705.4471@tkd-muenster.example",
     in_reply_to=INVITE_ID,
     body=T(f"""\
Merhaba,

Münster Türk Kadınlar Derneği olarak MSO gününe katılmak istiyoruz. İki kişi
geleceğiz: ben ve derneğimizin sekreteri Aynur Çelik.
Eğitimle ilgili çalışma grubuna (yani birinci gruba) katılmak istiyoruz, çünkü
derneğimizde çok sayıda veli var ve okul konusu bizim için çok önemli.

Almancam çok iyi değil, bu yüzden Türkçe yazıyorum, kusura bakmayın.

Saygılarımla
Sevgi Koçak
Başkan
Münster Türk Kadınlar Derneği

----- Orijinal Mesaj -----
Kimden: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Tarih: 8 Ocak 2027 Cuma 10:02
Konu: Einladung: Tag der Migrantenselbstorganisationen 2027

{quote(INVITATION)}
""", "iso-8859-9", "8bit"))

# 003 registration in learner German from a phone (UTF-8 QP); "Gruppe 3" plus own words
# ("Geld für Verein"); "Wir sind 2 Personen, ich und meine Frau"; side question about parking;
# organisation written ungrammatically inside the sentence ("von Syrisch Kulturhaus Münster").
mail("alhassan-learner-gruppe3-parkplatz",
     reg("mahmoud.alhassan@mail.example", "Mahmoud Al-Hassan", "Syrisch Kulturhaus Münster",
         ["AG3"], 2, "de"),
     date=date(2027, 1, 12, 18, 2, 41),
     frm=who("Mahmoud Al-Hassan", "mahmoud.alhassan@mail.example"),
     subject="MSO Tag",
     msgid="B7E1D0A2-66F3-4C0B-9E52-7A1F0C3D2E11@mail.example",
     extra=["X-Mailer: iPhone Mail (20D67)"],
     body=T("""\
Hallo,

ich heiße Mahmoud Al-Hassan und ich bin von Syrisch Kulturhaus Münster. Ich möchte gerne teilnehmen an MSO Tag am 13 März. Wir sind 2 Personen, ich und meine Frau Rasha.
Wir möchten Gruppe 3 weil wir brauchen Hilfe mit Geld für Verein.

Frage: gibt es Parkplatz in der Nähe von Stadtweinhaus? Wir kommen aus Hiltrup mit Auto.

Danke schön
Mahmoud

Von meinem iPhone gesendet""", "utf-8", "quoted-printable"))

# 004 registration in Tigrinya (UTF-8 base64); community named in Tigrinya inside the sentence,
# German association name in the signature; "ክልተ ሰባት ኢና" (we are two) with a named companion;
# "ጉጅለ ስራሕ 2" plus the topic in Tigrinya.
mail("gebremedhin-ti-gujle-2",
     reg("tekle.g@eritrea-ms.example", "Tekle Gebremedhin", "Eritreische Gemeinde Münster e.V.",
         ["AG2"], 2, "ti"),
     date=date(2027, 1, 13, 10, 45, 9),
     frm=who("Tekle Gebremedhin", "tekle.g@eritrea-ms.example"),
     subject="ምዝገባ MSO-Tag 2027",
     msgid="CAK7x2Lr9q0Tg3kV1mN5pZ8wQe4@mail.eritrea-ms.example",
     body=T("""\
ሰላም ክቡራት ኣዳለውቲ፣

ኣነ ተኽለ ገብረመድህን እየ፣ ኣቦ መንበር ማሕበረሰብ ኤርትራውያን ኣብ ሙንስተር።
ኣብ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) 13 መጋቢት ክንሳተፍ ንደሊ።
ክልተ ሰባት ኢና፡ ኣነን ምክትል ኣቦ መንበርና ኣማኑኤል ሃብተን።
ኣብ ጉጅለ ስራሕ 2 (መጻኢ ከተማ ሙንስተር) ክንሳተፍ ንደሊ።

ብዙሕ የቐንየልና።

Tekle Gebremedhin
Eritreische Gemeinde Münster e.V.
""", "utf-8", "base64"))

# 005 registration, HTML-only Outlook mail (multipart/related with logo, windows-1252 QP),
# "Last, First" display name; "mich und zwei weitere Vorstandsmitglieder" -> 3; ordered
# preferences by position and roman numeral ("die dritte ... falls voll, AG I"); disclaimer.
NGUYEN_HTML = """\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}
--></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich und zwei weitere Vorstandsmitglieder unseres Vereins (Herrn Minh Tran und Frau Hoa Pham) verbindlich zum MSO-Tag 2027 an.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Wir interessieren uns vor allem f&uuml;r die dritte Arbeitsgruppe zu F&ouml;rderungsm&ouml;glichkeiten und Vereinsmanagement. Falls diese schon voll sein sollte, w&uuml;rden wir auch gern an AG I teilnehmen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Thi Lan Nguyen-Berger</b><o:p></o:p></p>
<p class="MsoNormal">Schriftführerin<o:p></o:p></p>
<p class="MsoNormal">Vietnamesischer Kulturverein Münster e.V.<o:p></o:p></p>
<p class="MsoNormal">Hafenweg 26a – 48155 Münster<o:p></o:p></p>
<p class="MsoNormal"><img width="120" height="40" id="Grafik_x0020_1" src="cid:image001.png@01DB6A3C.vkv-muenster.example" alt="Logo VKV"><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enth&auml;lt vertrauliche und/oder rechtlich gesch&uuml;tzte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt&uuml;mlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.</span><o:p></o:p></p>
</div>
</body>
</html>"""
mail("nguyen-berger-outlook-html-dritte-sonst-ag-i",
     reg("tl.nguyen-berger@vkv-muenster.example", "Thi Lan Nguyen-Berger",
         "Vietnamesischer Kulturverein Münster e.V.", ["AG3", "AG1"], 3, "de"),
     date=date(2027, 1, 14, 11, 20, 47),
     frm=who("Nguyen-Berger, Thi Lan", "tl.nguyen-berger@vkv-muenster.example"),
     subject="Anmeldung MSO-Tag 2027 - Vietnamesischer Kulturverein",
     msgid="AM6PR04MB5941C2D0E8B3A7F1D92C4E11B6C02@AM6PR04MB5941.eurprd04.prod.outlook.example",
     extra=["Thread-Topic: Anmeldung MSO-Tag 2027 - Vietnamesischer Kulturverein",
            "Thread-Index: AddmX3Jw1k9bQ2pXR0y7Yf8yFvF4WQ==",
            "Accept-Language: de-DE, en-US", "Content-Language: de-DE",
            "X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator:"],
     body=Mp("related", "_004_AM6PR04MB5941C2D0E8B3A7F1D92C4E11B6C02AM6PR04MB5941eurp_",
             T(NGUYEN_HTML, "windows-1252", "quoted-printable", "html"),
             A("image001.png", "image/png", TINY_PNG, disposition="inline",
               headers=["Content-ID: <image001.png@01DB6A3C.vkv-muenster.example>"]),
             params=' type="text/html";'))

# 006 registration in Amharic (UTF-8 8bit); the workgroup only by its topic in Amharic
# ("የትምህርት ጉዳይ" = education); "ሦስት ሰዎች ነን" (we are three); side question about lunch.
mail("tesfaye-am-temihirt-sost",
     reg("selamawit.t@habesha.example", "Selamawit Tesfaye", "Äthiopische Gemeinschaft Münster e.V.",
         ["AG1"], 3, "am"),
     date=date(2027, 1, 15, 20, 11, 30),
     frm=who("Selamawit Tesfaye", "selamawit.t@habesha.example"),
     subject="ምዝገባ ለMSO ቀን",
     msgid="d41f0a77c2e94b0f@habesha.example",
     body=T("""\
ሰላም ጤና ይስጥልኝ፣

ስሜ ሰላማዊት ተስፋዬ ይባላል። የኢትዮጵያ ማህበረሰብ በሙንስተር ጸሐፊ ነኝ።
ማርች 13 በሚካሄደው የMSO ቀን ላይ ለመሳተፍ መመዝገብ እንፈልጋለን። ሦስት ሰዎች ነን።
የትምህርት ጉዳይ ላይ በሚወያየው ቡድን ውስጥ መሳተፍ እንፈልጋለን፤ ብዙዎቹ አባሎቻችን ትምህርት ቤት የሚሄዱ ልጆች አሏቸው።

አንድ ጥያቄ፦ በዕለቱ ምሳ ይኖራል ወይስ ራሳችን ይዘን እንምጣ?

ከሰላምታ ጋር
Selamawit Tesfaye
Äthiopische Gemeinschaft Münster e.V.
""", "utf-8", "8bit"))

# 007 registration in learner German, Gmail multipart/alternative (UTF-8 QP); workgroup by topic
# in her own words ("Schule und Bildung von Kinder"); "Ich komme alleine"; organisation inflected
# in the sentence ("vom Afghanischen Frauenverein"), nominative in the signature.
mail("rahimi-gmail-schule-alleine",
     reg("zarghuna.rahimi@gmail.example", "Zarghuna Rahimi", "Afghanischer Frauenverein Münster e.V.",
         ["AG1"], 1, "de"),
     date=date(2027, 1, 17, 16, 40, 2),
     frm=who("Zarghuna Rahimi", "zarghuna.rahimi@gmail.example"),
     subject="Anmeldung",
     msgid="CAJ3fR8x+Zq1mW0pL2vT7nY6bK4sD9eH5uA0cG1iO3jN8rM2kQ@mail.gmail.example",
     body=Mp("alternative", "000000000000a4c3e1061e2b9d77",
             T("""\
Sehr geehrte Damen und Herren,

ich bin Zarghuna Rahimi vom Afghanischen Frauenverein Münster. Ich möchte mich anmelden für die Arbeitsgruppe über Schule und Bildung von Kinder, weil viele Mütter in unsere Verein haben Probleme mit Schule.
Ich komme alleine.

Mit freundlichen Grüßen
Zarghuna Rahimi
Afghanischer Frauenverein Münster e.V.
""", "utf-8", "quoted-printable"),
             T("""\
<div dir="ltr"><div>Sehr geehrte Damen und Herren,</div><div><br></div><div>ich bin Zarghuna Rahimi vom Afghanischen Frauenverein Münster. Ich möchte mich anmelden für die Arbeitsgruppe über Schule und Bildung von Kinder, weil viele Mütter in unsere Verein haben Probleme mit Schule.</div><div>Ich komme alleine.</div><div><br></div><div>Mit freundlichen Grüßen</div><div>Zarghuna Rahimi</div><div>Afghanischer Frauenverein Münster e.V.</div></div>
""", "utf-8", "quoted-printable", "html")))

# 008 registration in Pashto (UTF-8 base64), Persian digits in the date; "درې کسان" (three persons);
# "دریمې کاري ډلې" (third workgroup) with the topic in Pashto; German association in the signature.
mail("walizai-ps-dreyame-dale",
     reg("walizai.ahmad@post.example", "Ahmad Shah Walizai",
         "Afghanisch-Deutscher Kulturverein Münster e.V.", ["AG3"], 3, "ps"),
     date=date(2027, 1, 18, 8, 55, 18),
     frm=who("Ahmad Shah Walizai", "walizai.ahmad@post.example"),
     subject="د MSO ورځې لپاره نوم لیکنه",
     msgid="20270118085518.GA2231@post.example",
     body=T("""\
السلام علیکم،

زه احمد شاه والي زی یم او د افغان-جرمني کلتوري ټولنې (مونسټر) له خوا لیکم.
غواړو چې د مارچ په ۱۳مه د MSO ورځې ته ځانونه ثبت کړو. موږ درې کسان یو.
موږ دریمې کاري ډلې ته ورتلل غواړو، چې د مالي مرستو او د ټولنې د اداره کولو په اړه ده.

ډېره مننه

Ahmad Shah Walizai
Afghanisch-Deutscher Kulturverein Münster e.V.
""", "utf-8", "base64"))

# 009 change, bottom-posted reply to our confirmation of 005 (quoted text says AG 3, 3 persons);
# new choice "AG 2 statt AG 3"; party size unchanged -> null.
mail("nguyen-berger-change-bottom-posted-ag2",
     chg("tl.nguyen-berger@vkv-muenster.example", "Thi Lan Nguyen-Berger",
         "Vietnamesischer Kulturverein Münster e.V.", ["AG2"], None, "de"),
     date=date(2027, 1, 19, 14, 3, 55),
     frm=who("Thi Lan Nguyen-Berger", "tl.nguyen-berger@vkv-muenster.example"),
     subject="Re: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="7a0c9e51-2b44-4f1e-8d3c-0e6b5a4f3c21@vkv-muenster.example",
     in_reply_to="conf-20270114-0005@muenster.example",
     extra=["User-Agent: Mozilla Thunderbird"],
     body=T(f"""\
Am 14.01.2027 um 11:35 schrieb Tag der Migrantenselbstorganisationen:
{quote(confirmation("Thi Lan Nguyen-Berger", "AG 3", 3))}

Liebes Team,

nach Rücksprache im Vorstand möchten wir doch lieber in die AG 2 statt in
die AG 3 wechseln. An der Personenzahl ändert sich nichts.

Viele Grüße
Thi Lan Nguyen-Berger
""", "utf-8", "quoted-printable"))

# 010 registration in Tamil (UTF-8 QP); association only in Tamil (genitive in the sentence,
# nominative in the signature); "நாங்கள் இருவர்" (we two); "இரண்டாவது பணிக்குழு" (second workgroup).
mail("sivakumar-ta-irandavathu",
     reg("g.sivakumar@tamil-ms.example", "Ganesan Sivakumar", "முன்ஸ்டர் தமிழ் கலாச்சார மன்றம்",
         ["AG2"], 2, "ta"),
     date=date(2027, 1, 20, 19, 30, 12),
     frm=who("Ganesan Sivakumar", "g.sivakumar@tamil-ms.example"),
     subject="MSO தினம் 2027 - பதிவு",
     msgid="1674239412.81233.g.sivakumar@tamil-ms.example",
     body=T("""\
வணக்கம்,

நான் முன்ஸ்டர் தமிழ் கலாச்சார மன்றத்தின் செயலாளர் கணேசன் சிவகுமார். மார்ச் 13 அன்று நடைபெறும் MSO தினத்தில் கலந்துகொள்ள எங்களைப் பதிவு செய்ய விரும்புகிறோம்.
நாங்கள் இருவர் வருகிறோம் – நானும் எங்கள் மன்றத்தின் பொருளாளர் திருமதி வசந்தி ராஜனும்.
இரண்டாவது பணிக்குழுவில் (முன்ஸ்டர் நகரின் எதிர்காலம்) பங்கேற்க விரும்புகிறோம்.

நன்றி,
Ganesan Sivakumar
செயலாளர் – முன்ஸ்டர் தமிழ் கலாச்சார மன்றம்
""", "utf-8", "quoted-printable"))

# 011 registration from a shared association mailbox (display name = association, windows-1252
# 8bit), signed "i. A." by a person; "zu viert" with four names; the party splits over two
# workgroups (writer's own group first).
mail("lmdr-shared-mailbox-zu-viert-split",
     reg("info@lmdr-ms.example", "Valentina Schäfer",
         "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG1", "AG2"], 4, "de"),
     date=date(2027, 1, 21, 10, 5, 33),
     frm=who("LmDR Ortsgruppe Münster", "info@lmdr-ms.example", "windows-1252"),
     subject="Anmeldung zum MSO-Tag am 13.03.",
     hcharset="windows-1252",
     msgid="000001db6b7f$3a2c1e40$ae855ac0$@lmdr-ms.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=T("""\
Guten Tag,

wir von der Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster, möchten uns für den MSO-Tag anmelden. Wir kommen zu viert: Valentina Schäfer (ich), Viktor Schäfer, Lydia Reimer und Alexander Dück.

Zwei von uns (Frau Reimer und ich) möchten in die AG 1 (Bildung), die beiden Herren in die AG 2.

Mit freundlichen Grüßen
i. A. Valentina Schäfer

Landsmannschaft der Deutschen aus Russland e.V.
Ortsgruppe Münster
Tel. 0251 000000
""", "windows-1252", "8bit"))

# 012 registration in Sorani Kurdish (UTF-8 8bit); association named only in Kurdish (in the
# sentence and the signature); "دوو کەسین" (we are two); "گرووپی کاری یەکەم" (first workgroup).
mail("abdullah-ckb-yekem-duu-kes",
     reg("shirin.abdullah@kurd-ms.example", "Shirin Abdullah", "کۆمەڵەی کوردانی مونستەر",
         ["AG1"], 2, "ku"),
     date=date(2027, 1, 22, 22, 48, 7),
     frm=who("Shirin Abdullah", "shirin.abdullah@kurd-ms.example"),
     subject="تۆمارکردن بۆ ڕۆژی MSO",
     msgid="e2b87c1d-05aa-4e6b-b3d9-9f8a7c6b5d40@kurd-ms.example",
     body=T("""\
سڵاو و ڕێز،

ناوم شیرین عەبدوڵڵایە و ئەندامی دەستەی بەڕێوەبەری کۆمەڵەی کوردانی مونستەرم.
دەمانەوێت بۆ ڕۆژی ڕێکخراوەکانی کۆچبەران لە ١٣ی مارس ناو تۆمار بکەین. دوو کەسین: من و هاوسەرەکەم.
حەز دەکەین بەشداری گرووپی کاری یەکەم بکەین، کە باسی پەروەردە و قوتابخانە دەکات.

زۆر سوپاس

Shirin Abdullah
کۆمەڵەی کوردانی مونستەر
""", "utf-8", "8bit"))

# 013 question (German, ISO-8859-1 QP): a teacher without an association asks whether she may
# take part; mentions AG 1 but registers no one.
mail("brueggemann-question-einzelperson",
     ques("k.brueggemann@schule-ms.example", "Katharina Brüggemann", None, "de"),
     date=date(2027, 1, 25, 7, 51, 40),
     frm=who("Katharina Brüggemann", "k.brueggemann@schule-ms.example", "iso-8859-1"),
     subject="Frage zur Teilnahme am MSO-Tag",
     msgid="3c9d1f2e-7b64-4a0a-9c2f-88e1d4b6a713@schule-ms.example",
     body=T("""\
Sehr geehrte Frau Meza Correa-Flock,

ich bin Lehrerin an einer Gesamtschule in Münster-Kinderhaus und engagiere
mich privat in der Elternarbeit mit zugewanderten Familien, bin aber in
keinem Verein Mitglied. Ist der MSO-Tag auch für Einzelpersonen wie mich
offen, oder richtet er sich nur an Vertreterinnen und Vertreter von
Organisationen? Die AG 1 fände ich natürlich besonders spannend.

Vielen Dank im Voraus und freundliche Grüße
Katharina Brüggemann
""", "iso-8859-1", "quoted-printable"))

# 014 change in Somali (ISO-8859-1 QP): was in group one, moves to "kooxda saddexaad" (the third,
# topic in Somali) and her daughter comes too -> two persons.
mail("xasan-so-change-saddexaad-labo",
     chg("faadumo.xasan@mail.example", "Faadumo Cali Xasan",
         "Ururka Haweenka Soomaaliyeed ee Münster", ["AG3"], 2, "so"),
     date=date(2027, 1, 26, 12, 12, 44),
     frm=who("Faadumo Xasan", "faadumo.xasan@mail.example"),
     subject="Isbeddel - MSO-Tag",
     msgid="20270126111244.7F3A2@mail.example",
     body=T("""\
Asalaamu calaykum,

Waxaan ahay Faadumo Cali Xasan oo ka socota Ururka Haweenka Soomaaliyeed ee Münster.
Horay ayaan isugu diiwaangeliyay maalinta MSO, kooxda koowaad (waxbarashada).

Hadda waxaan doonayaa inaan u wareego kooxda saddexaad, tan ku saabsan lacag-raadinta
iyo maamulka ururada, maxaa yeelay ururkeennu waa urur cusub.
Sidoo kale gabadhayda Hodan ayaa ila imaan doonta, markaa labo qof ayaan noqon doonnaa.

Mahadsanid
Faadumo
""", "iso-8859-1", "quoted-printable"))

# 015 registration as an Outlook forward ("WG:") of the invitation, which came through a
# neighbourhood centre; the new text names the group by an alias in a compound
# ("Zukunftsprozess-Gruppe") and a companion; the forwarded invitation lists all AGs.
mail("mensah-forward-zukunftsprozess-kollege",
     reg("kwame.mensah@ghana-union.example", "Kwame Mensah", "Ghana Union Münster e.V.",
         ["AG2"], 2, "de"),
     date=date(2027, 1, 27, 13, 30, 26),
     frm=who("Kwame Mensah", "kwame.mensah@ghana-union.example"),
     subject="WG: WG: Einladung: Tag der Migrantenselbstorganisationen 2027",
     msgid="DB9PR07MB7129A1B2C3D4E5F6A7B8C9D0E1F2A@DB9PR07MB7129.eurprd07.prod.outlook.example",
     extra=["Thread-Topic: WG: Einladung: Tag der Migrantenselbstorganisationen 2027",
            "Content-Language: de-DE"],
     body=T(f"""\
Guten Tag,

bitte melden Sie mich und meinen Kollegen Kofi Boateng für den MSO-Tag an. Wir möchten in die Zukunftsprozess-Gruppe.

Beste Grüße
Kwame Mensah
Ghana Union Münster e.V.

________________________________
Von: Gerda Vogt <g.vogt@stadtteilzentrum-coerde.example>
Gesendet: Dienstag, 26. Januar 2027 16:12
An: Verteiler Vereine Coerde
Betreff: WG: Einladung: Tag der Migrantenselbstorganisationen 2027

Liebe Vereine,
zur Info die Einladung der Stadt. Anmeldung bitte direkt an mso-tag@muenster.example, nicht an mich!
Gerda Vogt
Stadtteilzentrum Coerde

________________________________
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 8. Januar 2027 10:02
An: Stadtteilzentrum Coerde
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027

{INVITATION}
""", "windows-1252", "quoted-printable"))

# 016 registration in Bosnian (ISO-8859-2 QP); association inflected in the sentence ("u ime
# Bošnjačke zajednice"), nominative in the signature; "nas troje"; ordered preferences
# "radna grupa broj 2 ... onda trojka" (colloquial "the three").
mail("hadzic-bs-broj2-onda-trojka",
     reg("emina.hadzic@bzm.example", "Emina Hadžić", "Bošnjačka zajednica Münster e.V.",
         ["AG2", "AG3"], 3, "bs"),
     date=date(2027, 1, 28, 17, 45, 0),
     frm=who("Emina Hadžić", "emina.hadzic@bzm.example", "iso-8859-2"),
     subject="Prijava - Dan migrantskih organizacija / MSO-Tag",
     msgid="4a3f2e1d0c9b8a7f@bzm.example",
     body=T("""\
Poštovani,

u ime Bošnjačke zajednice Münster prijavljujem nas za Dan migrantskih
organizacija 13. marta. Dolazimo nas troje - ja, naš predsjednik Senad
Mujić i jedna članica omladinske sekcije.

Najviše nas zanima radna grupa broj 2 (budućnost Münstera). Ako tamo više
nema mjesta, onda trojka, o finansiranju udruženja.

Srdačan pozdrav,
Emina Hadžić
sekretarka
Bošnjačka zajednica Münster e.V.
""", "iso-8859-2", "quoted-printable"))

# 017 registration in Polish (windows-1250 8bit); association in the locative inside the sentence,
# nominative in the signature; "będziemy we dwie"; topic in Polish + roman numeral "(AG I)";
# side question about a certificate of attendance.
mail("wojcik-pl-we-dwie-ag-i-zaswiadczenie",
     reg("a.wojcik@most-ms.example", "Agnieszka Wójcik", "Polskie Stowarzyszenie Kulturalne „Most” e.V.",
         ["AG1"], 2, "pl"),
     date=date(2027, 1, 29, 8, 58, 31),
     frm=who("Agnieszka Wójcik", "a.wojcik@most-ms.example", "windows-1250"),
     subject="Zgłoszenie na MSO-Tag 2027",
     msgid="001a01db7203$5c7e8a10$157b9e30$@most-ms.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=T("""\
Dzień dobry,

nazywam się Agnieszka Wójcik i od kilku lat działam w Polskim Stowarzyszeniu Kulturalnym „Most” w Münster. Chciałabym zgłosić na Dzień Organizacji Migranckich siebie i koleżankę z zarządu, Martę Nowak – będziemy we dwie.
Najbardziej interesuje nas grupa robocza o szkole i edukacji (AG I), bo prowadzimy sobotnią szkołę języka polskiego.

Mam jeszcze pytanie: czy uczestnicy dostaną zaświadczenie o udziale? Przydałoby się nam do sprawozdania dla darczyńców.

Pozdrawiam serdecznie
Agnieszka Wójcik
Polskie Stowarzyszenie Kulturalne „Most” e.V.
Hammer Str. 12, 48153 Münster
""", "windows-1250", "8bit"))

# 018 auto_reply: bilingual (Polish/German) out-of-office answering our confirmation to 017,
# with Auto-Submitted and X-Autoreply headers.
mail("wojcik-out-of-office",
     machine("auto_reply"),
     date=date(2027, 1, 29, 9, 2, 10),
     frm=who("Agnieszka Wójcik", "a.wojcik@most-ms.example"),
     subject="Automatyczna odpowiedź: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="autoreply.20270129090210.a.wojcik@most-ms.example",
     in_reply_to="conf-20270129-0017@muenster.example",
     extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"],
     body=T("""\
Dziękuję za wiadomość. Jestem na urlopie do 12.02.2027 i nie mam stałego dostępu do poczty.
W pilnych sprawach proszę pisać na adres zarzad@most-ms.example.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 12.02.2027 im Urlaub und lese meine E-Mails nur unregelmäßig.
In dringenden Fällen wenden Sie sich bitte an zarzad@most-ms.example.

Agnieszka Wójcik
""", "utf-8", "quoted-printable"))

# 019 registration in Greek (ISO-8859-7 QP, Greek encoded-words in From and Subject); association
# in the genitive in the sentence, nominative in the signature; "δύο άτομα"; "η τρίτη ομάδα
# εργασίας" (the third workgroup) with the topic in Greek.
mail("papadopoulos-el-triti-omada",
     reg("g.papadopoulos@ekm.example", "Γιώργος Παπαδόπουλος", "Ελληνική Κοινότητα Μύνστερ",
         ["AG3"], 2, "el"),
     date=date(2027, 2, 1, 18, 20, 3),
     frm=who("Γιώργος Παπαδόπουλος", "g.papadopoulos@ekm.example", "iso-8859-7"),
     subject="Δήλωση συμμετοχής - MSO-Tag 2027",
     hcharset="iso-8859-7",
     msgid="a81b2c3d4e5f6071@ekm.example",
     body=T("""\
Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών για
λογαριασμό της Ελληνικής Κοινότητας Μύνστερ.
Θα έρθουμε δύο άτομα: εγώ και η αντιπρόεδρός μας, κ. Ελένη Καραγιάννη.
Μας ενδιαφέρει η τρίτη ομάδα εργασίας, αυτή για τις δυνατότητες
χρηματοδότησης και τη διαχείριση συλλόγων.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Πρόεδρος
Ελληνική Κοινότητα Μύνστερ
""", "iso-8859-7", "quoted-printable"))

# 020 registration in Italian, Gmail multipart/alternative (UTF-8 QP); "saremo in tre" with
# companions; "il gruppo sul futuro di Münster, cioè il secondo"; side question about interpreting.
mail("russo-it-in-tre-il-secondo",
     reg("francesca.russo@mci-ms.example", "Francesca Russo", "Missione Cattolica Italiana di Münster",
         ["AG2"], 3, "it"),
     date=date(2027, 2, 2, 10, 10, 58),
     frm=who("Francesca Russo", "francesca.russo@mci-ms.example"),
     subject="Iscrizione Giornata MSO 13 marzo",
     msgid="CAHx9Tq3kP0Yv7Lm2Nw8Rs5Ub1Zc4Ad6Ef2Gh0Ji9Kl3Mn7Op@mail.gmail.example",
     body=Mp("alternative", "0000000000007e55b2061f0c3a19",
             T("""\
Buongiorno,

sono Francesca Russo e scrivo per conto della Missione Cattolica Italiana di Münster. Vorremmo partecipare alla Giornata delle organizzazioni dei migranti il 13 marzo: saremo in tre (io, mio marito Paolo e una nostra volontaria, Giulia).
Ci interessa soprattutto il gruppo sul futuro di Münster, cioè il secondo.

Una domanda: è previsto un servizio di interpretariato? Giulia parla ancora poco tedesco.

Grazie mille e buona giornata,
Francesca

--
Francesca Russo
Missione Cattolica Italiana di Münster
Tel. 0251 000111
""", "utf-8", "quoted-printable"),
             T("""\
<div dir="ltr">Buongiorno,<div><br></div><div>sono Francesca Russo e scrivo per conto della Missione Cattolica Italiana di Münster. Vorremmo partecipare alla Giornata delle organizzazioni dei migranti il 13 marzo: saremo in tre (io, mio marito Paolo e una nostra volontaria, Giulia).</div><div>Ci interessa soprattutto il gruppo sul futuro di Münster, cioè il secondo.</div><div><br></div><div>Una domanda: è previsto un servizio di interpretariato? Giulia parla ancora poco tedesco.</div><div><br></div><div>Grazie mille e buona giornata,</div><div>Francesca</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Francesca Russo<br>Missione Cattolica Italiana di Münster<br>Tel. 0251 000111</div></div>
""", "utf-8", "quoted-printable", "html")))

# 021 change in Ukrainian (windows-1251 base64): from AG 1 to "на третю" (to the third, topic
# in Ukrainian), and a colleague comes too -> "нас буде двоє" (2).
mail("melnyk-uk-change-tretyu-dvoye",
     chg("oksana.melnyk@ua-ms.example", "Оксана Мельник", "Українська громада Мюнстера",
         ["AG3"], 2, "uk"),
     date=date(2027, 2, 3, 15, 55, 21),
     frm=who("Оксана Мельник", "oksana.melnyk@ua-ms.example", "windows-1251"),
     subject="Зміна реєстрації MSO-Tag",
     hcharset="windows-1251",
     msgid="1859311675.20270203155521@ua-ms.example",
     body=T("""\
Доброго дня!

У січні я зареєструвалася на День мігрантських організацій, група AG 1.
Хочу змінити групу на третю – про фінансування та управління організацією, бо саме це зараз найважливіше для нашої громади.
Крім того, зі мною прийде ще колега, Наталія Бондар, тож нас буде двоє.

Дякую!
Оксана Мельник
Українська громада Мюнстера
""", "windows-1251", "base64"))

# 022 registration from a shared association mailbox with Reply-To the writer (ISO-8859-1 QP);
# the writer asks for the confirmation at her address; two people listed; ordered topical
# preferences ("zum Zukunftsprozess, falls ... kein Platz ... zum Bildungssystem").
mail("khalaf-reply-to-shared-zukunft-sonst-bildung",
     reg("n.khalaf@ezidisches-forum.example", "Nadia Khalaf", "Ezidisches Forum Münster e.V.",
         ["AG2", "AG1"], 2, "de"),
     date=date(2027, 2, 4, 11, 11, 49),
     frm=who("Ezidisches Forum Münster e.V.", "info@ezidisches-forum.example"),
     reply_to=who("Nadia Khalaf", "n.khalaf@ezidisches-forum.example"),
     subject="Anmeldung Ezidisches Forum - MSO-Tag",
     msgid="8f7e6d5c-4b3a-4291-8e0f-a1b2c3d4e5f6@ezidisches-forum.example",
     body=T("""\
Liebe Organisatorinnen und Organisatoren,

wir vom Ezidischen Forum Münster möchten gerne am MSO-Tag teilnehmen. Es kommen:

- Nadia Khalaf (ich, 2. Vorsitzende)
- Hussein Murad (Jugendarbeit)

Uns interessiert am meisten die Arbeitsgruppe zum Zukunftsprozess. Falls da kein Platz mehr ist, nehmen wir auch die zum Bildungssystem.

Bitte schicken Sie die Bestätigung an meine Adresse (siehe "Antwort an"), das Vereinspostfach wird nur selten gelesen.

Herzliche Grüße
Nadia Khalaf
Ezidisches Forum Münster e.V.
""", "iso-8859-1", "quoted-printable"))

# 023 cancellation in Turkish (UTF-8 8bit), top-posted over our confirmation (quoted AG 2).
mail("demir-tr-iptal-top-posted",
     canc("murat.demir@tdsv-gievenbeck.example", "Murat Demir", "Türkisch-Deutscher Sportverein Gievenbeck", "tr"),
     date=date(2027, 2, 5, 7, 30, 0),
     frm=who("Murat Demir", "murat.demir@tdsv-gievenbeck.example"),
     subject="Ynt: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="CAF4n1Lk8Hq2Jx6Wc0Vb3Ty9Rp5Ms7Ud4Ge1Az0Bx8@mail.gmail.example",
     in_reply_to="conf-20270112-0031@muenster.example",
     body=T(f"""\
Merhaba,

maalesef 13 Mart'ta katılamayacağım, o gün iş yerinde nöbetim var. Kaydımı iptal edebilir misiniz? Yerimi başka birine verebilirsiniz.

Kusura bakmayın.
Murat Demir
Türkisch-Deutscher Sportverein Gievenbeck

12 Oca 2027 Sal, 09:41 tarihinde Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> şunu yazdı:

{quote(confirmation("Murat Demir", "AG 2", 1))}
""", "utf-8", "8bit"))

# 024 registration in Urdu (UTF-8 base64), Urdu digits "نمبر ۳"; "ہم تین لوگ" (we three people);
# community named in Urdu in the sentence, German association in the signature.
mail("qureshi-ur-number-3-teen-log",
     reg("imran.qureshi@pak-gemeinde.example", "Imran Qureshi", "Pakistanische Gemeinde Münster e.V.",
         ["AG3"], 3, "ur"),
     date=date(2027, 2, 8, 20, 0, 16),
     frm=who("Imran Qureshi", "imran.qureshi@pak-gemeinde.example"),
     subject="MSO ڈے کے لیے رجسٹریشن",
     msgid="20270208190016.5d2e@pak-gemeinde.example",
     body=T("""\
السلام علیکم،

میرا نام عمران قریشی ہے۔ میں پاکستانی کمیونٹی مونسٹر کی طرف سے لکھ رہا ہوں۔
ہم تین لوگ ۱۳ مارچ کو MSO ڈے میں شرکت کرنا چاہتے ہیں۔
ہمیں ورکنگ گروپ نمبر ۳ میں دلچسپی ہے (فنڈنگ اور تنظیم کا انتظام)۔

بہت شکریہ

Imran Qureshi
Pakistanische Gemeinde Münster e.V.
""", "utf-8", "base64"))

# 025 registration in Punjabi, Gurmukhi script (UTF-8 QP); "ਅਸੀਂ ਦੋ ਜਣੇ" (we two) with her husband;
# topic in Punjabi plus "(AG 1)"; Gurdwara named in Gurmukhi in the sentence, Latin in signature.
mail("kaur-pa-do-jane-sikhya",
     reg("harpreet.kaur@gurdwara-ms.example", "Harpreet Kaur", "Gurdwara Singh Sabha Münster e.V.",
         ["AG1"], 2, "pa"),
     date=date(2027, 2, 9, 13, 13, 13),
     frm=who("Harpreet Kaur", "harpreet.kaur@gurdwara-ms.example"),
     subject="MSO ਦਿਵਸ ਰਜਿਸਟ੍ਰੇਸ਼ਨ",
     msgid="f0e1d2c3b4a59687@gurdwara-ms.example",
     body=T("""\
ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,

ਮੇਰਾ ਨਾਮ ਹਰਪ੍ਰੀਤ ਕੌਰ ਹੈ। ਮੈਂ ਗੁਰਦੁਆਰਾ ਸਿੰਘ ਸਭਾ ਮਿਊਂਸਟਰ ਵੱਲੋਂ 13 ਮਾਰਚ ਦੇ MSO ਦਿਵਸ ਲਈ ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਕਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ।
ਅਸੀਂ ਦੋ ਜਣੇ ਆਵਾਂਗੇ – ਮੈਂ ਅਤੇ ਮੇਰੇ ਪਤੀ ਜਸਵਿੰਦਰ ਸਿੰਘ।
ਸਾਨੂੰ ਸਿੱਖਿਆ ਵਾਲੇ ਗਰੁੱਪ (AG 1) ਵਿੱਚ ਦਿਲਚਸਪੀ ਹੈ, ਕਿਉਂਕਿ ਅਸੀਂ ਗੁਰਦੁਆਰੇ ਵਿੱਚ ਬੱਚਿਆਂ ਲਈ ਪੰਜਾਬੀ ਕਲਾਸਾਂ ਚਲਾਉਂਦੇ ਹਾਂ।

ਧੰਨਵਾਦ ਸਹਿਤ
Harpreet Kaur
Gurdwara Singh Sabha Münster e.V.
""", "utf-8", "quoted-printable"))

# 026 question in learner German (UTF-8 base64, Chinese mail client, display name in Chinese
# and Latin): asks about language and cost; "Wenn es passt, wir melden uns dann an" registers
# no one yet.
mail("li-wei-learner-question-sprache-kosten",
     ques("li.wei@cssa-ms.example", "Li Wei", "Chinesische Studierende und Wissenschaftler in Münster (CSSA)", "de"),
     date=date(2027, 2, 10, 16, 16, 50),
     frm=who("李伟 Li Wei", "li.wei@cssa-ms.example"),
     subject="Fragen zum MSO-Tag",
     msgid="tencent_4F3E2D1C0B9A8F7E6D5C4B3A@cssa-ms.example",
     extra=["X-Mailer: Foxmail 7.2.25.228[cn]"],
     body=T("""\
Sehr geehrte Damen und Herren,

ich bin Li Wei, ich bin Vorsitzende von Verein Chinesische Studierende und Wissenschaftler in Münster (CSSA). Wir haben Ihre Einladung bekommen, vielen Dank!

Ich habe zwei Fragen:
1. Ist die Veranstaltung nur auf Deutsch, oder auch auf Englisch? Viele unsere Mitglieder sprechen besser Englisch.
2. Kostet die Teilnahme etwas?

Wenn es passt, wir melden uns dann an.

Mit freundlichen Grüßen
Li Wei
""", "utf-8", "base64"))

# 027 registration in Russian (KOI8-R 8bit); ASCII From display name, Cyrillic signature;
# "Нас будет двое"; "о будущем Мюнстера, то есть вторая по списку" (second on the list);
# side question about the lunch break.
mail("smirnova-ru-koi8-vtoraya-dvoe",
     reg("o.smirnova@dialog-ms.example", "Ольга Смирнова", "Общество русскоязычных семей \"Диалог\" e.V.",
         ["AG2"], 2, "ru"),
     date=date(2027, 2, 11, 19, 19, 19),
     frm=who("Olga Smirnova", "o.smirnova@dialog-ms.example"),
     subject="Регистрация на MSO-Tag 13.03.2027",
     hcharset="koi8-r",
     msgid="1739297959.611402.o.smirnova@dialog-ms.example",
     body=T("""\
Здравствуйте!

Хочу зарегистрироваться на День организаций мигрантов 13 марта. Нас будет двое - я и моя коллега Ирина Ковалёва.
Нас интересует рабочая группа о будущем Мюнстера, то есть вторая по списку.

Подскажите, пожалуйста, будет ли перерыв на обед? Мы хотели бы принести немного выпечки к общему столу, если это уместно.

С уважением,
Ольга Смирнова
Общество русскоязычных семей "Диалог" e.V.
""", "koi8-r", "8bit"))

# 028 other: HTML newsletter of a cultural centre (List-Unsubscribe, Precedence: bulk), mentions
# workshops and registration for its own events.
mail("kulturquartier-newsletter",
     machine("other"),
     date=date(2027, 2, 12, 6, 0, 0),
     frm=who("Kulturquartier Münster", "newsletter@kulturquartier.example"),
     to="mso-tag@muenster.example",
     subject="Newsletter Februar: Workshops, Lesungen und unser Frühlingsfest",
     msgid="nl-2027-02.8812.mso-tag=muenster.example@news.kulturquartier.example",
     extra=["List-Unsubscribe: <https://news.kulturquartier.example/abmelden?u=8812>",
            "List-Id: Kulturquartier Newsletter <newsletter.kulturquartier.example>",
            "Precedence: bulk", "X-Mailer: CleverReach"],
     body=Mp("alternative", "----=_Part_8812_20270212",
             T("""\
Kulturquartier Münster - Newsletter Februar 2027

Liebe Freundinnen und Freunde des Kulturquartiers,

auch im Februar ist bei uns viel los:

* Workshop "Fördermittel für Kulturvereine" - Do, 18.02., 18 Uhr
* Lesung mit Autorinnen aus der Ukraine - Sa, 20.02., 19 Uhr
* Offenes Nähcafé - jeden Dienstag ab 15 Uhr

Anmeldung zu den Workshops bitte über unsere Webseite:
https://www.kulturquartier.example/programm

Vormerken: Unser Frühlingsfest findet am 24. April statt!

Sie erhalten diesen Newsletter, weil Sie sich auf kulturquartier.example angemeldet haben.
Abmelden: https://news.kulturquartier.example/abmelden?u=8812
""", "utf-8", "quoted-printable"),
             T("""\
<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#c0392b">Kulturquartier Münster &ndash; Newsletter Februar 2027</h1>
<p>Liebe Freundinnen und Freunde des Kulturquartiers,</p>
<p>auch im Februar ist bei uns viel los:</p>
<ul>
<li><b>Workshop &bdquo;Fördermittel für Kulturvereine&ldquo;</b> &ndash; Do, 18.02., 18 Uhr</li>
<li><b>Lesung mit Autorinnen aus der Ukraine</b> &ndash; Sa, 20.02., 19 Uhr</li>
<li><b>Offenes Nähcafé</b> &ndash; jeden Dienstag ab 15 Uhr</li>
</ul>
<p><a href="https://www.kulturquartier.example/programm">Zum Programm und zur Anmeldung</a></p>
<p>Vormerken: Unser Frühlingsfest findet am 24. April statt!</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie sich auf kulturquartier.example angemeldet haben.
<a href="https://news.kulturquartier.example/abmelden?u=8812">Abmelden</a></p>
</body></html>
""", "utf-8", "quoted-printable", "html")))

# 029 change in Polish (ISO-8859-2 QP), top-posted over our confirmation of 017 (quoted: AG 1,
# 2 persons): the colleague is ill, "będę sama" -> 1 person; group unchanged -> [].
mail("wojcik-pl-change-bede-sama",
     chg("a.wojcik@most-ms.example", "Agnieszka Wójcik", "Polskie Stowarzyszenie Kulturalne „Most” e.V.",
         [], 1, "pl"),
     date=date(2027, 2, 15, 12, 40, 8),
     frm=who("Agnieszka Wójcik", "a.wojcik@most-ms.example", "iso-8859-2"),
     subject="Odp: Ihre Anmeldung zum MSO-Tag 2027",
     hcharset="iso-8859-2",
     msgid="002f01db7f9c$1d2e3f40$57d8b9a0$@most-ms.example",
     in_reply_to="conf-20270129-0017@muenster.example",
     body=T(f"""\
Dzień dobry,

niestety Marta zachorowała i nie da rady przyjść 13 marca, więc będę sama.
Proszę zmienić zgłoszenie na 1 osobę. Grupa bez zmian.

Pozdrawiam
Agnieszka Wójcik

-----Wiadomość oryginalna-----
Od: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Wysłano: piątek, 29 stycznia 2027 09:01
Do: a.wojcik@most-ms.example
Temat: Ihre Anmeldung zum MSO-Tag 2027

{confirmation("Agnieszka Wójcik", "AG 1", 2)}
""", "iso-8859-2", "quoted-printable"))

# 030 registration in Arabic (UTF-8 QP: windows-1256 lacks Arabic-Indic digits); association only
# in Arabic inside the sentence; "سنكون ثلاثة أشخاص"; ordered preferences with Arabic-Indic digits
# "رقم ٣ ... وإذا لم يتوفر مكان فالمجموعة رقم ٢".
mail("khatib-ar-raqam-3-thumma-2",
     reg("samer.khatib@mail.example", "Samer Al-Khatib", "جمعية الجالية الفلسطينية في مونستر",
         ["AG3", "AG2"], 3, "ar"),
     date=date(2027, 2, 16, 21, 5, 37),
     frm=who("Samer Al-Khatib", "samer.khatib@mail.example"),
     subject="تسجيل - يوم منظمات المهاجرين",
     msgid="0b1c2d3e4f5a6b7c8d9e@mail.example",
     body=T("""\
السلام عليكم ورحمة الله،

أنا سامر الخطيب من جمعية الجالية الفلسطينية في مونستر، وأود تسجيل مشاركتنا في يوم منظمات المهاجرين بتاريخ 13 آذار/مارس.
سنكون ثلاثة أشخاص.
نرغب في المشاركة في مجموعة العمل رقم ٣ (التمويل وإدارة الجمعيات)، وإذا لم يتوفر مكان فالمجموعة رقم ٢.

مع خالص الشكر والتحية
Samer Al-Khatib
""", "utf-8", "quoted-printable"))

# 031 cancellation in learner German ("Mail für Windows", ISO-8859-1 8bit); the registration is
# not in this set; "Bitte streichen".
mail("agbeko-learner-absage-schicht",
     canc("komla.agbeko@togo-sol.example", "Komla Agbeko", "Togo Solidarität Münster", "de"),
     date=date(2027, 2, 17, 8, 12, 26),
     frm=who("komla agbeko", "komla.agbeko@togo-sol.example"),
     subject="MSO Tag kann nicht",
     msgid="5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9@togo-sol.example",
     extra=["X-Mailer: Microsoft Windows Mail 16005.14326"],
     body=T("""\
Guten Tag,

hier ist Komla Agbeko von Togo Solidarität Münster. Ich habe mich angemeldet im Januar für MSO Tag, aber leider ich muss am 13.3. arbeiten, mein Chef hat Schicht geändert. Ich kann nicht kommen. Bitte streichen.

Entschuldigung und viel Erfolg
Komla

Gesendet von Mail für Windows
""", "iso-8859-1", "8bit"))

# 032 bounce: Postfix multipart/report for our deadline reminder to an outdated association
# address (user unknown), original headers as text/rfc822-headers.
mail("postfix-bounce-reminder-user-unknown",
     machine("bounce", bounced="info@tsv-anadolu-ms.example"),
     date=date(2027, 2, 17, 8, 31, 4),
     frm=who("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example"),
     to="mso-tag@muenster.example",
     subject="Undelivered Mail Returned to Sender",
     msgid="20270217073104.3F1A22E0C44@mail.muenster.example",
     extra=["Auto-Submitted: auto-replied"],
     body=Mp("report", "3F1A22E0C44.1739777464/mail.muenster.example",
             T("""\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@tsv-anadolu-ms.example>: host mx.tsv-anadolu-ms.example[192.0.2.44] said:
    550 5.1.1 <info@tsv-anadolu-ms.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "us-ascii", "7bit", headers=["Content-Description: Notification"]),
             Raw("message/delivery-status", """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 3F1A22E0C44
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Wed, 17 Feb 2027 08:30:58 +0100 (CET)

Final-Recipient: rfc822; info@tsv-anadolu-ms.example
Original-Recipient: rfc822;info@tsv-anadolu-ms.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tsv-anadolu-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <info@tsv-anadolu-ms.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", headers=["Content-Description: Delivery report"]),
             Raw("text/rfc822-headers", """\
Return-Path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: info@tsv-anadolu-ms.example
Subject: =?utf-8?q?Erinnerung=3A_Anmeldeschluss_MSO-Tag_2027_am_6=2E_M=C3=A4rz?=
Date: Wed, 17 Feb 2027 08:30:57 +0100
Message-ID: <reminder-20270217-0042@muenster.example>
Auto-Submitted: auto-generated
""", headers=["Content-Description: Undelivered Message Headers"]),
             params=" report-type=delivery-status;"))

# 033 auto_reply WITHOUT Auto-Submitted/X-Autoreply headers: a counselling service's ticket
# system acknowledges the same reminder ("Bitte antworten Sie nicht").
mail("ticket-receipt-no-headers",
     machine("auto_reply"),
     date=date(2027, 2, 17, 8, 33, 40),
     frm=who("Migrationsberatung Münster-Süd", "beratung@mb-sued.example"),
     subject="[#MBS-20270217-0042] Eingangsbestätigung: Erinnerung: Anmeldeschluss MSO-Tag 2027 am 6. März",
     msgid="ticket-MBS-20270217-0042@helpdesk.mb-sued.example",
     in_reply_to="reminder-20270217-0042@muenster.example",
     extra=["X-Mailer: OTRS Mail Service"],
     body=T("""\
Sehr geehrte Damen und Herren,

dies ist eine automatisch erzeugte Nachricht.

Ihre E-Mail ist bei uns eingegangen und wurde unter der Ticketnummer
MBS-20270217-0042 erfasst. Wir bearbeiten Anfragen in der Reihenfolge
ihres Eingangs, in der Regel innerhalb von fünf Werktagen.

Bitte antworten Sie nicht auf diese E-Mail. Wenn Sie uns weitere
Informationen zu Ihrem Anliegen schicken möchten, behalten Sie die
Ticketnummer im Betreff bei.

Ihr Team der Migrationsberatung Münster-Süd
""", "iso-8859-1", "quoted-printable"))

# 034 cancellation, Outlook multipart/alternative (windows-1252 QP); withdraws "unsere Anmeldung
# (2 Personen, AG 1)" because of a general meeting the same day; bilingual association name.
mail("lopez-fernandez-outlook-absage-jhv",
     canc("carmen.lopez@elternverein-es.example", "Carmen López Fernández",
          "Spanischer Elternverein Münster e.V.", "de"),
     date=date(2027, 2, 18, 17, 2, 14),
     frm=who("López Fernández, Carmen", "carmen.lopez@elternverein-es.example", "windows-1252"),
     subject="Absage MSO-Tag 2027 - Spanischer Elternverein",
     hcharset="windows-1252",
     msgid="VI1PR06MB4416B0C1D2E3F4A5B6C7D8E9F0A1B@VI1PR06MB4416.eurprd06.prod.outlook.example",
     extra=["Content-Language: es-ES"],
     body=Mp("alternative", "_000_VI1PR06MB4416B0C1D2E3F4A5B6C7D8E9F0A1BVI1PR06MB4416eurp_",
             T("""\
Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung zum MSO-Tag zurückziehen (2 Personen, AG 1). Unsere Jahreshauptversammlung wurde kurzfristig auf den 13. März gelegt, und als Vorstand können wir dort nicht fehlen.

Wir bedauern das sehr und hoffen, nächstes Jahr wieder dabei zu sein.

Mit freundlichen Grüßen

Carmen López Fernández
Vorsitzende
Spanischer Elternverein Münster e.V. – Asociación de Padres de Familia Españoles
""", "windows-1252", "quoted-printable"),
             T("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>leider müssen wir unsere Anmeldung zum MSO-Tag zurückziehen (2 Personen, AG 1). Unsere Jahreshauptversammlung wurde kurzfristig auf den 13. März gelegt, und als Vorstand können wir dort nicht fehlen.</p>
<p>Wir bedauern das sehr und hoffen, nächstes Jahr wieder dabei zu sein.</p>
<p>Mit freundlichen Grüßen</p>
<p><b>Carmen López Fernández</b><br>Vorsitzende<br>Spanischer Elternverein Münster e.V. – Asociación de Padres de Familia Españoles</p>
</div></body></html>
""", "windows-1252", "quoted-printable", "html")))

# 035 registration in Farsi (UTF-8 8bit, zero-width non-joiners); association only in Farsi
# inside the sentence; "همراه همسرم ... ۲ نفر" (with my husband, 2 persons, Persian digit);
# "گروه کاری دوم" (second workgroup) plus its topic in Farsi.
mail("ahmadi-fa-goruh-dovom-2-nafar",
     reg("maryam.ahmadi@mail.example", "Maryam Ahmadi", "انجمن فرهنگی ایرانیان مونستر",
         ["AG2"], 2, "fa"),
     date=date(2027, 2, 19, 9, 47, 3),
     frm=who("Maryam Ahmadi", "maryam.ahmadi@mail.example"),
     subject="ثبت‌نام برای روز سازمان‌های مهاجران",
     msgid="9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4@mail.example",
     body=T("""\
سلام، وقت بخیر

من مریم احمدی هستم، از انجمن فرهنگی ایرانیان مونستر. می‌خواستم برای روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنم.
همراه همسرم می‌آیم، یعنی ۲ نفر هستیم.
گروه کاری دوم، یعنی آینده‌ی شهر مونستر، برای ما از همه جالب‌تر است.

با سپاس فراوان
Maryam Ahmadi
""", "utf-8", "8bit"))

# 036 change, inline reply into our confirmation of 015 (quoted: AG 2, 2 persons); the new text
# says "Bitte ändern auf AG 3, Förderung" and "stimmt so" under the quoted person count.
mail("mensah-change-inline-ag3",
     chg("kwame.mensah@ghana-union.example", "Kwame Mensah", "Ghana Union Münster e.V.",
         ["AG3"], None, "de"),
     date=date(2027, 2, 22, 12, 25, 9),
     frm=who("Kwame Mensah", "kwame.mensah@ghana-union.example"),
     subject="AW: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="DB9PR07MB71290F1E2D3C4B5A69788796A5B4C@DB9PR07MB7129.eurprd07.prod.outlook.example",
     in_reply_to="conf-20270127-0015@muenster.example",
     body=T("""\
> Guten Tag Kwame Mensah,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
> am Samstag, 13. März 2027, 10:00-16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.
>
> Arbeitsgruppe: AG 2 (Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte)

Bitte ändern auf AG 3, Förderung. Mein Kollege Kofi und ich haben gemerkt, dass wir das für unseren Verein mehr brauchen.

> Personen: 2

stimmt so.

> Um Ihre Anmeldung zu ändern oder abzusagen, antworten Sie einfach auf diese E-Mail.

Danke!
Kwame
""", "windows-1252", "quoted-printable"))

# 037 registration, Gmail multipart/alternative (UTF-8 QP) from a Cameroonian association chair;
# "mit meinen beiden Töchtern" -> 3; topic in her own words ("wo es um Kinder und Schule geht");
# side question about wheelchair access.
mail("nkeng-gmail-toechter-barrierefrei",
     reg("beatrice.nkeng@gmail.example", "Béatrice Nkeng", "Kamerunischer Kulturverein Münster e.V.",
         ["AG1"], 3, "de"),
     date=date(2027, 2, 23, 20, 34, 45),
     frm=who("Béatrice Nkeng", "beatrice.nkeng@gmail.example"),
     subject="Anmeldung + Frage Barrierefreiheit",
     msgid="CAO2mK9v+Lp3Wq7Zx1Nc8Yb4Ts6Rd0Fe5Gh2Ij9Uk3Ol7Vm1@mail.gmail.example",
     body=Mp("alternative", "000000000000c9d3aa0620f41b07",
             T("""\
Guten Tag,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen an. Ich komme zusammen mit meinen beiden Töchtern (16 und 19), die sich bei uns im Verein in der Hausaufgabenhilfe engagieren.
Am liebsten würden wir in die Gruppe, in der es um Kinder und Schule geht.

Eine Frage noch: Ist das Stadtweinhaus barrierefrei? Meine ältere Tochter ist auf einen Rollstuhl angewiesen.

Viele Grüße
Béatrice Nkeng
Kamerunischer Kulturverein Münster e.V.
""", "utf-8", "quoted-printable"),
             T("""\
<div dir="ltr"><div>Guten Tag,</div><div><br></div><div>hiermit melde ich mich für den Tag der Migrantenselbstorganisationen an. Ich komme zusammen mit meinen beiden Töchtern (16 und 19), die sich bei uns im Verein in der Hausaufgabenhilfe engagieren.</div><div>Am liebsten würden wir in die Gruppe, in der es um Kinder und Schule geht.</div><div><br></div><div>Eine Frage noch: Ist das Stadtweinhaus barrierefrei? Meine ältere Tochter ist auf einen Rollstuhl angewiesen.</div><div><br></div><div>Viele Grüße</div><div>Béatrice Nkeng</div><div>Kamerunischer Kulturverein Münster e.V.</div></div>
""", "utf-8", "quoted-printable", "html")))

# 038 registration in learner German (ISO-8859-1 8bit) with a PDF form attached; "5 Leute im
# Vorstand aber nur 2 können kommen" -> 2; "die letzte Arbeitsgruppe" (by position) -> AG3.
mail("krasniqi-learner-letzte-ag-pdf",
     reg("arben.krasniqi@illyria-ms.example", "Arben Krasniqi",
         "Albanischer Kulturverein \"Illyria\" Münster e.V.", ["AG3"], 2, "de"),
     date=date(2027, 2, 24, 19, 3, 58),
     frm=who("Arben Krasniqi", "arben.krasniqi@illyria-ms.example"),
     subject="Anmeldung MSO Tag 2027 Illyria",
     msgid="20270224180358.GB7781@illyria-ms.example",
     body=Mp("mixed", "=_illyria_5a1b9c3e7d",
             T("""\
Sehr geehrte Frau Meza Correa-Flock,

ich bin Vorsitzender von Albanischer Kulturverein "Illyria" Münster. Wir haben 5 Leute im Vorstand aber nur 2 können kommen am 13. März, ich und Herr Besnik Gashi.
Wir möchten gerne in die letzte Arbeitsgruppe, über Förderung und Verein führen.
Das Anmeldeformular habe ich auch ausgefüllt, im Anhang.

Mit freundlichen Grüßen
Arben Krasniqi
Albanischer Kulturverein "Illyria" Münster e.V.
""", "iso-8859-1", "8bit"),
             A("Anmeldung_MSO_Tag_2027_Illyria.pdf", "application/pdf", FAKE_PDF)))

# 039 cancellation in Romanian (UTF-8 QP, comma-below ș/ț).
mail("popescu-ro-anulare",
     canc("ioana.popescu@acr-ms.example", "Ioana Popescu", "Asociația Culturală Românească Münster", "ro"),
     date=date(2027, 2, 25, 7, 44, 30),
     frm=who("Ioana Popescu", "ioana.popescu@acr-ms.example"),
     subject="Anulare înscriere MSO-Tag",
     msgid="c7d8e9f0a1b2c3d4@acr-ms.example",
     body=T("""\
Bună ziua,

din păcate nu voi mai putea participa la Ziua organizațiilor de migranți din 13 martie – am aflat ieri că trebuie să plec în România pentru o urgență în familie.
Vă rog să-mi anulați înscrierea.

Mulțumesc pentru înțelegere și mult succes cu organizarea!
Ioana Popescu
Asociația Culturală Românească Münster
""", "utf-8", "quoted-printable"))

# 040 registration of a colleague: the managing director registers his new integration guide and
# asks for the confirmation at her address (email and name are hers); "AG III"; he himself does
# not come -> 1; long signature with disclaimer (UTF-8 QP).
mail("wienhold-registers-aydin-ag-iii",
     reg("s.aydin@bv-integration.example", "Selin Aydın", "Bildungsverein Integration Münster-Nord e.V.",
         ["AG3"], 1, "de"),
     date=date(2027, 2, 26, 10, 0, 12),
     frm=who("Wienhold, Thomas", "t.wienhold@bv-integration.example"),
     subject="Anmeldung Frau Aydın zum MSO-Tag",
     msgid="e5f6a7b8c9d0e1f2a3b4c5d6@bv-integration.example",
     extra=["X-Mailer: Microsoft Outlook 16.0"],
     body=T(f"""\
Sehr geehrte Damen und Herren,

hiermit melde ich unsere neue Integrationslotsin, Frau Selin Aydın, für den Tag der Migrantenselbstorganisationen am 13.03.2027 an. Frau Aydın möchte an der AG III (Förderungsmöglichkeiten und Vereinsmanagement) teilnehmen.
Ich selbst kann an dem Tag leider nicht dabei sein.

Bitte senden Sie die Anmeldebestätigung direkt an Frau Aydın: s.aydin@bv-integration.example

Mit freundlichen Grüßen
i. V. Thomas Wienhold
Geschäftsführung

Bildungsverein Integration Münster-Nord e.V.
Kinderhauser Str. 101 | 48147 Münster
Tel. 0251 000222 | www.bv-integration.example
Vereinsregister: Amtsgericht Münster VR 0000

{DISCLAIMER_DE}
""", "utf-8", "quoted-printable"))

# 041 bounce: Exchange non-delivery report, not multipart/report (German text + HTML), for our
# confirmation to the colleague's address from 040 (mailbox not created yet).
EXCHANGE_TEXT = """\
Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: Ihre Anmeldung zum MSO-Tag 2027
Gesendet: 26.02.2027 10:02

Folgende Empfänger sind nicht erreichbar:

s.aydin@bv-integration.example am 26.02.2027 10:02
    Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Bitte überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Sollte das Problem weiterhin bestehen, wenden Sie sich an den Helpdesk.
    <mail.bv-integration.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
"""
mail("exchange-ndr-aydin-not-found",
     machine("bounce", bounced="s.aydin@bv-integration.example"),
     date=date(2027, 2, 26, 10, 2, 51),
     frm=who("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bv-integration.example"),
     to="mso-tag@muenster.example",
     subject="Unzustellbar: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="0d8e2b3c-11f4-4a5e-9c6d-7e8f9a0b1c2d@mail.bv-integration.example",
     in_reply_to="conf-20270226-0040@muenster.example",
     extra=["X-MS-Exchange-Message-Is-Ndr:", "Content-Language: de-DE"],
     body=Mp("alternative", "_000_0d8e2b3c11f44a5e9c6d7e8f9a0b1c2dmailbvintegrationexample_",
             T(EXCHANGE_TEXT, "utf-8", "quoted-printable"),
             T("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
               "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>\n"
               "<p><font size=\"2\" face=\"Tahoma\">Betreff: Ihre Anmeldung zum MSO-Tag 2027<br>"
               "Gesendet: 26.02.2027 10:02</font></p>\n"
               "<p>Folgende Empfänger sind nicht erreichbar:</p>\n"
               "<p><a href=\"mailto:s.aydin@bv-integration.example\">s.aydin@bv-integration.example</a> "
               "am 26.02.2027 10:02<br>\n&nbsp;&nbsp;&nbsp;&nbsp;Die E-Mail-Adresse, die Sie eingegeben "
               "haben, wurde nicht gefunden.<br>\n&nbsp;&nbsp;&nbsp;&nbsp;&lt;mail.bv-integration.example "
               "#5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found&gt;</p>\n</body></html>\n",
               "utf-8", "quoted-printable", "html")))

# 042 question in Portuguese from a phone (UTF-8 QP, "Enviado do meu iPhone"): may mothers bring
# children? Nobody registered yet.
mail("costa-pt-criancas-question",
     ques("juliana.costa@abm-ms.example", "Juliana Costa", "Associação Brasileira de Münster", "pt"),
     date=date(2027, 2, 26, 22, 14, 7),
     frm=who("Juliana Costa", "juliana.costa@abm-ms.example"),
     subject="Dúvida sobre o MSO-Tag",
     msgid="7D6C5B4A-3928-4176-B5E4-D3C2B1A09F8E@abm-ms.example",
     extra=["X-Mailer: iPhone Mail (21D61)"],
     body=T("""\
Olá!

Sou a Juliana Costa, da Associação Brasileira de Münster. Algumas mães do nosso grupo gostariam de participar do dia das organizações de migrantes, mas não têm com quem deixar os filhos no sábado.
Podemos levar as crianças? Vai ter algum espaço ou cuidado para crianças?

Obrigada desde já!
Juliana

Enviado do meu iPhone""", "utf-8", "quoted-printable"))

# 043 change in Serbian Cyrillic (ISO-8859-5 base64): from "радну групу 1" to "другу групу"
# (the second one, topic in Serbian); person count unchanged -> null.
mail("jovanovic-sr-change-drugu-grupu",
     chg("dragan.jovanovic@szm.example", "Драган Јовановић", "Српска заједница Минстер",
         ["AG2"], None, "sr"),
     date=date(2027, 3, 1, 8, 20, 40),
     frm=who("Dragan Jovanović", "dragan.jovanovic@szm.example"),
     subject="Промена радне групе - MSO-Tag",
     hcharset="iso-8859-5",
     msgid="20270301072040.4C2B@szm.example",
     body=T("""\
Поштовани,

пријавио сам се у јануару за радну групу 1, али бих ипак радије прешао у
другу групу, о будућности Минстера. Број особа остаје исти.

Срдачан поздрав,
Драган Јовановић
Српска заједница Минстер
""", "iso-8859-5", "base64"))

# 044 registration typed on a phone, all lower case (UTF-8 base64, Samsung footer in Turkish);
# "wir kommen zu dritt"; "egal welche AG" -> []; dotless ı only in the From display name.
mail("yilmaz-phone-lowercase-zu-dritt-egal",
     reg("fatma.yilmaz@mail.example", "Fatma Yılmaz", "DITIB Frauengruppe", [], 3, "de"),
     date=date(2027, 3, 1, 21, 52, 33),
     frm=who("Fatma Yılmaz", "fatma.yilmaz@mail.example"),
     subject="mso tag",
     msgid="a1b2c3d4.5e6f.7a8b.9c0d.e1f2a3b4c5d6@mail.example",
     body=T("""\
hallo
hier ist fatma yilmaz von der DITIB frauengruppe. wir kommen zu dritt zum mso tag am 13.3. egal welche AG hauptsache wir sind zusammen :)
lg fatma



Samsung Galaxy cihazımdan gönderildi
""", "utf-8", "base64"))

# 045 cancellation in English (us-ascii 7bit): "I have to cancel my registration".
mail("okeke-en-cancel-travel",
     canc("chinedu.okeke@ncm.example", "Chinedu Okeke", "Nigerian Community Muenster", "en"),
     date=date(2027, 3, 2, 13, 6, 2),
     frm=who("Chinedu Okeke", "chinedu.okeke@ncm.example"),
     subject="Cancellation - MSO day 13 March",
     msgid="CAB8q2Wz4Xy6Vu0Ts1Rq3Po5Nm7Lk9Ji2Hg4Fe6Dc8Ba0@mail.gmail.example",
     body=T("""\
Hello,

Sorry to do this so late, but I have to cancel my registration for the MSO day on 13 March. I need to travel to Lagos next week for a family matter and won't be back in time.
Please give my place to someone else.

Kind regards,
Chinedu Okeke
Nigerian Community Muenster
""", "us-ascii", "7bit"))

# 046 question in Arabic (windows-1256 8bit): a new women's association asks whether attendance
# is free and whether there is Arabic interpreting; "نفكر في المشاركة" (we are considering).
mail("haddad-ar-question-majjani-tarjama",
     ques("rana.haddad@mail.example", "رنا حداد", "جمعية النساء العربيات في مونستر", "ar"),
     date=date(2027, 3, 3, 11, 38, 19),
     frm=who("رنا حداد", "rana.haddad@mail.example", "windows-1256"),
     subject="استفسار عن يوم منظمات المهاجرين",
     hcharset="windows-1256",
     msgid="3f4e5d6c7b8a@mail.example",
     body=T("""\
مرحباً،

نحن جمعية نسائية جديدة تأسست قبل شهرين (جمعية النساء العربيات في مونستر)، ونفكر في المشاركة في يوم منظمات المهاجرين.
هل الحضور مجاني؟ وهل ستكون هناك ترجمة إلى العربية في مجموعات العمل؟

شكراً جزيلاً
رنا حداد
""", "windows-1256", "8bit"))

# 047 change from the writer's personal address (UTF-8 8bit), after 022 came from the shared
# mailbox with Reply-To: one more person -> "Wir sind dann also drei"; workgroup unchanged -> [].
mail("khalaf-change-drei-personen",
     chg("n.khalaf@ezidisches-forum.example", "Nadia Khalaf", "Ezidisches Forum Münster e.V.",
         [], 3, "de"),
     date=date(2027, 3, 4, 18, 9, 27),
     frm=who("Nadia Khalaf", "n.khalaf@ezidisches-forum.example"),
     subject="Re: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="b9a8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d@ezidisches-forum.example",
     in_reply_to="conf-20270204-0022@muenster.example",
     body=T("""\
Hallo liebes MSO-Team,

kurze Ergänzung zu unserer Anmeldung vom Ezidischen Forum: Es kommt noch jemand mit, unsere neue Kassiererin Leyla Şimşek. Wir sind dann also drei Personen. An der Arbeitsgruppe ändert sich nichts.

Danke und bis bald
Nadia
""", "utf-8", "8bit"))

# 048 cancellation in learner German from a phone, top-posted over our confirmation of 006 (quoted:
# AG 1, 3 persons).
mail("tesfaye-learner-absage-top-posted",
     canc("selamawit.t@habesha.example", "Selamawit Tesfaye", "Äthiopische Gemeinschaft Münster e.V.", "de"),
     date=date(2027, 3, 5, 6, 41, 12),
     frm=who("Selamawit Tesfaye", "selamawit.t@habesha.example"),
     subject="Re: Ihre Anmeldung zum MSO-Tag 2027",
     msgid="F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@habesha.example",
     in_reply_to="conf-20270115-0006@muenster.example",
     extra=["X-Mailer: iPhone Mail (21D61)"],
     body=T(f"""\
Hallo,
Entschuldigung, wir können leider nicht kommen am Samstag. Meine Mutter ist krank in Addis und ich muss fliegen. Bitte Anmeldung löschen für uns 3 Personen.
Danke
Selamawit Tesfaye

Von meinem iPhone gesendet

> Am 15.01.2027 um 20:15 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
{quote(confirmation("Selamawit Tesfaye", "AG 1", 3))}
""", "utf-8", "quoted-printable"))

# 049 other: an association's invitation to its own Newroz festival, sent to many (undisclosed
# recipients), German with Kurmanji greeting; contains "Anmeldung" for their event, not ours.
mail("mezopotamya-newroz-einladung",
     machine("other"),
     date=date(2027, 3, 8, 15, 30, 0),
     frm=who("Kurdischer Kulturverein Mezopotamya", "info@mezopotamya-ms.example"),
     to="undisclosed-recipients:;",
     subject="Einladung zum Newroz-Fest 2027 / Vexwendina Newrozê",
     msgid="newroz2027.0308@mezopotamya-ms.example",
     body=Mp("alternative", "b1_newroz_2027_d3f1",
             T("""\
Newroz pîroz be!

Liebe Freundinnen und Freunde, liebe Partnerorganisationen,

wir laden Sie herzlich zu unserem Newroz-Fest ein:

Samstag, 20. März 2027, ab 17 Uhr
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster

Es erwarten Sie Musik, Tanz, kurdisches Essen und ein Kinderprogramm.
Der Eintritt ist frei, Spenden sind willkommen. Für eine bessere Planung
freuen wir uns über eine kurze Rückmeldung bis zum 15. März.

Bitte leiten Sie die Einladung gern an Ihre Mitglieder weiter.

Mit herzlichen Grüßen / Bi silav
Vorstand des Kurdischen Kulturvereins Mezopotamya e.V.
""", "utf-8", "quoted-printable"),
             T("""\
<html><body>
<p style="font-size:18px;color:#2e7d32"><b>Newroz pîroz be!</b></p>
<p>Liebe Freundinnen und Freunde, liebe Partnerorganisationen,</p>
<p>wir laden Sie herzlich zu unserem <b>Newroz-Fest</b> ein:<br>
Samstag, 20. März 2027, ab 17 Uhr<br>
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster</p>
<p>Es erwarten Sie Musik, Tanz, kurdisches Essen und ein Kinderprogramm.
Der Eintritt ist frei, Spenden sind willkommen. Für eine bessere Planung
freuen wir uns über eine kurze Rückmeldung bis zum 15. März.</p>
<p>Bitte leiten Sie die Einladung gern an Ihre Mitglieder weiter.</p>
<p>Mit herzlichen Grüßen / Bi silav<br>Vorstand des Kurdischen Kulturvereins Mezopotamya e.V.</p>
</body></html>
""", "utf-8", "quoted-printable", "html")))

# 050 question after the deadline (German, ISO-8859-15 8bit): "Ist eine Anmeldung noch möglich?"
# with two women and AG 1 named - asks rather than registers.
mail("berhane-nach-frist-noch-moeglich",
     ques("hiwet.berhane@mail.example", "Hiwet Berhane", "Eritreischer Frauenverein Münster", "de"),
     date=date(2027, 3, 9, 20, 17, 55),
     frm=who("Hiwet Berhane", "hiwet.berhane@mail.example"),
     subject="Anmeldung noch möglich?",
     msgid="20270309191755.31415@mail.example",
     body=T("""\
Guten Abend,

ich habe leider erst jetzt über eine Freundin von Ihrem MSO-Tag erfahren.
Ist eine Anmeldung noch möglich, obwohl die Frist am 6. März war? Wir wären
zwei Frauen vom Eritreischen Frauenverein Münster, am liebsten für AG 1.

Mit freundlichen Grüßen
Hiwet Berhane
""", "iso-8859-15", "8bit"))


# ---------------------------------------------------------------------------
# writing, checking, validating
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
WG_IDS = {"AG1", "AG2", "AG3"}
EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)


def outputs():
    files, expected = {}, {}
    for i, m in enumerate(MAILS, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        files[name] = build(m)
        expected[name] = m["expected"]
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, exp_text


def check_hosts(text, where, problems):
    for host in ADDR_RE.findall(text) + URL_RE.findall(text):
        host = host.rstrip(".")
        if not EXAMPLE_HOST.search(host):
            problems.append(f"{where}: non-example host {host!r}")


def validate(files, exp_text):
    problems = []
    expected = json.loads(exp_text)
    if set(expected) != set(files):
        problems.append("expected.json and mails disagree")
    last = None
    for name in sorted(files):
        raw = files[name]
        where = name
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{where}: bare LF or CR")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                problems.append(f"{where}: line longer than 998 octets")
                break
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            for k, v in part.items():
                for d in getattr(v, "defects", ()):
                    problems.append(f"{where}: header {k} defect {d!r}")
                check_hosts(str(v), f"{where} header {k}", problems)
            if part.get_content_maintype() == "multipart":
                pass
            elif part.get_content_type() in ("message/delivery-status", "message/rfc822"):
                pass
            else:
                payload = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        text = payload.decode(cs, "strict")
                    except (UnicodeDecodeError, LookupError) as e:
                        problems.append(f"{where}: part does not decode as {cs}: {e}")
                        text = ""
                    check_hosts(text, where, problems)
                else:
                    check_hosts(payload.decode("latin-1"), where, problems)
            if part.defects:
                problems.append(f"{where}: defects {part.defects!r}")
        check_hosts(raw.decode("latin-1"), where, problems)
        when = parsedate_to_datetime(str(msg["Date"]))
        if last is not None and when <= last:
            problems.append(f"{where}: Date does not rise")
        last = when
        rec = expected.get(name, {})
        if tuple(rec) != KEYS:
            problems.append(f"{where}: record keys {tuple(rec)}")
            continue
        k = rec["kind"]
        if k not in KINDS:
            problems.append(f"{where}: bad kind")
        if not isinstance(rec["workgroups"], list) or not set(rec["workgroups"]) <= WG_IDS \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            problems.append(f"{where}: bad workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                problems.append(f"{where}: machine mail with person fields")
            if (k == "bounce") != (rec["bounced_recipient"] is not None):
                problems.append(f"{where}: bounced_recipient")
            if rec["bounced_recipient"] and (rec["bounced_recipient"] != rec["bounced_recipient"].lower()
                                             or rec["bounced_recipient"].encode() not in raw):
                problems.append(f"{where}: bounced_recipient not lower-case or not in the mail")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not rec["name"] \
                    or not rec["language"] or rec["bounced_recipient"] is not None:
                problems.append(f"{where}: person record incomplete")
            elif rec["email"].encode() not in raw.lower() and rec["email"] not in str(msg).lower():
                # the address may be inside a QP/base64 body
                body = "".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
                if rec["email"] not in body.lower():
                    problems.append(f"{where}: email {rec['email']} not in the mail")
            if k == "registration":
                if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                    problems.append(f"{where}: registration needs party_size")
            elif k == "change":
                if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                    problems.append(f"{where}: bad party_size")
            elif rec["party_size"] is not None or rec["workgroups"]:
                problems.append(f"{where}: {k} with party_size or workgroups")
        check_hosts(json.dumps(rec), where + " expected", problems)
    return problems


def stats(files, exp_text):
    expected = json.loads(exp_text)
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    charsets, ctes, types = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset()] += 1
            if part.get_content_maintype() != "multipart":
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    print("kinds:", ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages:", ", ".join(f"{k} {v}" for k, v in langs.most_common()), f"(none: {len(files) - sum(langs.values())})")
    print("top-level types:", ", ".join(f"{k} {v}" for k, v in types.most_common()))
    print("text-part charsets:", ", ".join(f"{k} {v}" for k, v in charsets.most_common()))
    print("transfer encodings (leaf parts):", ", ".join(f"{k} {v}" for k, v in ctes.most_common()))


def main(argv):
    files, exp_text = outputs()
    problems = validate(files, exp_text)
    if problems:
        for p in problems:
            print("INVALID:", p, file=sys.stderr)
        return 1
    if "--stats" in argv:
        stats(files, exp_text)
        return 0
    mails_dir = HERE / "mails"
    if "--check" in argv:
        differ = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        for name, data in files.items():
            p = mails_dir / name
            if not p.exists() or p.read_bytes() != data:
                differ.append(name)
        differ += sorted(on_disk - set(files))
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_text(encoding="utf-8") != exp_text:
            differ.append("expected.json")
        if differ:
            print("differ from what make_mails.py writes:", ", ".join(differ), file=sys.stderr)
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, data in files.items():
        (mails_dir / name).write_bytes(data)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    written = {p.name: p.read_bytes() for p in mails_dir.glob("*.eml")}
    problems = validate(written, (HERE / "expected.json").read_text(encoding="utf-8"))
    if problems or written != files:
        for p in problems:
            print("INVALID:", p, file=sys.stderr)
        return 1
    print(f"wrote and validated {len(files)} mails and expected.json in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
