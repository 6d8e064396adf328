#!/usr/bin/env python3
"""Evaluation mail set "final7e" for the MSO-Tag 2027 (config.toml = dev's config).

python3 make_mails.py           write mails/ and expected.json, then validate them
python3 make_mails.py --check   write nothing; fail if the files on disk differ
python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Standard library only, deterministic.  Every mail text is in this file; the comment
line above each mail says what it tests.
"""

import base64
import datetime as dt
import html
import json
import quopri
import re
import sys
import textwrap
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRLF = "\r\n"
US = "mso-tag@muenster.example"
US_HDR = "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"
CET = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc

# ---------------------------------------------------------------------------
# MIME building blocks (everything rendered by hand, CRLF line ends)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = headers          # list of "Name: value" strings (ASCII)
        self.body = body                # bytes, CRLF line ends

    def render(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def flowed(text, width=72):
    """format=flowed: wrap long unquoted lines, soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        pieces = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
        out.extend(p + " " for p in pieces[:-1])
        out.append(pieces[-1])
    return "\n".join(out)


def encode_cte(data, cte):
    """data: bytes with LF line ends."""
    if cte == "7bit":
        assert all(b < 128 for b in data), "7bit part with 8-bit data"
        return crlf(data.decode("ascii")).encode("ascii")
    if cte == "8bit":
        return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", fmt_flowed=False,
         extra=()):
    if fmt_flowed:
        body = flowed(body)
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(charset)             # strict: the text must fit its charset
    ctype = f"Content-Type: text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ctype = f"Content-Type: text/{subtype}; charset={charset}; format=flowed"
    return Part([ctype, f"Content-Transfer-Encoding: {cte}", *extra], encode_cte(data, cte))


def multi(subtype, parts, boundary, extra_params="", preamble=None):
    lines = []
    if preamble:
        lines.append(preamble.encode("ascii") + b"\r\n")
    for p in parts:
        lines.append(f"--{boundary}\r\n".encode("ascii") + p.render() + b"\r\n")
    lines.append(f"--{boundary}--\r\n".encode("ascii"))
    return Part([f"Content-Type: multipart/{subtype};{extra_params} boundary=\"{boundary}\""],
                b"".join(lines))


def attachment(filename, ctype, data, inline=False, cid=None, fname_star=None):
    disp = "inline" if inline else "attachment"
    if fname_star:
        headers = [f"Content-Type: {ctype}; name=\"{filename}\"",
                   f"Content-Disposition: {disp}; filename*=utf-8''{fname_star}"]
    else:
        headers = [f"Content-Type: {ctype}; name=\"{filename}\"",
                   f"Content-Disposition: {disp}; filename=\"{filename}\""]
    headers.append("Content-Transfer-Encoding: base64")
    if cid:
        headers.append(f"Content-ID: <{cid}>")
    return Part(headers, base64.encodebytes(data).replace(b"\n", b"\r\n"))


def rfc822(msg_bytes, filename=None):
    headers = ["Content-Type: message/rfc822"]
    if filename:
        headers.append(f"Content-Disposition: attachment; filename=\"{filename}\"")
    headers.append("Content-Transfer-Encoding: 8bit" if any(b > 127 for b in msg_bytes)
                   else "Content-Transfer-Encoding: 7bit")
    return Part(headers, msg_bytes)


def _q_word(s, charset):
    out = []
    for b in s.encode(charset):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def hdr(s, charset="utf-8", how="B"):
    """An unstructured header value, RFC 2047 encoded when not ASCII."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    limit = 14 if how == "B" else 18
    for ch in s:
        chunk += ch
        if len(chunk) >= limit:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    enc = []
    for w in words:
        if how == "B":
            enc.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            enc.append(f"=?{charset}?Q?{_q_word(w, charset)}?=")
    return (CRLF + " ").join(enc)


def addr(name, address, charset="utf-8", how="B"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[()<>\[\]:;@\\,.\"']", name):
            return '"' + name.replace('"', '\\"') + f'" <{address}>'
        return f"{name} <{address}>"
    return hdr(name, charset, how) + f" <{address}>"


def message(headers, part):
    """headers: list of (name, value) in order; value already encoded."""
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    return (CRLF.join(lines) + CRLF).encode("ascii") + part.render()


def when(y, mo, d, h, mi, s=0, tz=CET):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def html_gmail(body, rtl=False, sig_from=None):
    """Gmail-like HTML: one <div> per line; the signature from line index sig_from."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    lines = body.rstrip("\n").split("\n")
    main, sig = (lines, []) if sig_from is None else (lines[:sig_from], lines[sig_from:])
    out = [f"<div{d}>"]
    for ln in main:
        out.append(f"<div>{html.escape(ln) if ln else '<br>'}</div>")
    if sig:
        out.append('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>')
        out.append(f'<div{d} class="gmail_signature"><div{d}>')
        out.append("<br>".join(html.escape(x) for x in sig))
        out.append("</div></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def html_outlook(body, font="Calibri", size="11.0pt"):
    """Outlook-like HTML: one MsoNormal paragraph per line."""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">',
           "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           "<style><!--",
           "p.MsoNormal, li.MsoNormal, div.MsoNormal",
           f"\t{{margin:0cm;font-size:{size};font-family:\"{font}\",sans-serif;}}",
           "span.E-MailFormatvorlage17",
           "\t{mso-style-type:personal-compose;font-family:\"Calibri\",sans-serif;color:windowtext;}",
           "@page WordSection1",
           "\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}",
           "div.WordSection1",
           "\t{page:WordSection1;}",
           "--></style>",
           "</head>",
           '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for ln in body.rstrip("\n").split("\n"):
        if ln.strip():
            out.append(f'<p class="MsoNormal">{html.escape(ln)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def quote(body, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in body.rstrip("\n").split("\n"))


def tiny_png(seed):
    """A deterministic small byte blob with a PNG signature (a logo stand-in)."""
    blob = bytes((seed * 37 + i * 11) % 256 for i in range(180))
    return b"\x89PNG\r\n\x1a\n" + blob


def fake_pdf(title):
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"% " + title.encode("ascii") + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


# ---------------------------------------------------------------------------
# Texts of our own side that people quote
# ---------------------------------------------------------------------------

AG_LINE = {
    1: "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    2: "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    3: "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

INVITATION = """Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
parallelen Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns dabei Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe und die Zahl der Personen.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Birgit Kötter
Kommunales Integrationszentrum Münster
"""


def confirmation(name, ag, persons):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, im Stadtweinhaus (Prinzipalmarkt 8).

Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Bei Fragen antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team des Kommunalen Integrationszentrums
"""


CITY_DISCLAIMER = """Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MAILS = []   # (filename, bytes, expected)


def add(slug, headers, part, expected):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", message(headers, part), expected))


def std(frm, to, subject, date, mid, extra=()):
    h = [("From", frm), ("To", to), ("Subject", hdr(subject, "utf-8", "Q")), ("Date", format_datetime(date)),
         ("Message-ID", f"<{mid}>")]
    h.extend(extra)
    return h


# ---------------------------------------------------------------------------
# The mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration, Thunderbird top-posted reply to the invitation (ISO-8859-1, QP, flowed);
# two persons, AG 3; names the chairman who is NOT coming; the quoted invitation lists all AGs.
add("papadaki-reply-invitation",
    std(addr("Eleni Papadaki-Schulte", "e.papadaki@dg-gemeinde-muenster.example", "iso-8859-1", "Q"),
        US_HDR, "Re: Einladung zum Tag der Migrantenselbstorganisationen 2027",
        when(2027, 1, 11, 9, 41, 12), "b7c1e2aa-09d1-4c55-9e0e-1f2a77d0c3e1@dg-gemeinde-muenster.example",
        [("In-Reply-To", "<einladung-2027-0001@muenster.example>"),
         ("References", "<einladung-2027-0001@muenster.example>"),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
         ("Content-Language", "de-DE")]),
    text("""Liebe Frau Kötter,

vielen Dank für die Einladung, wir freuen uns sehr, dass der MSO-Tag wieder stattfindet!

Hiermit melde ich mich und unsere Kassiererin, Frau Sofia Karras, verbindlich an. Wir würden beide gern in die AG 3 gehen - wir sitzen gerade an einem Förderantrag beim Land und können jeden Tipp gebrauchen.

Unser Vorsitzender, Herr Dimitriou, ist an dem Wochenende leider in Thessaloniki und kann nicht dabei sein. Er lässt Sie herzlich grüßen.

Viele Grüße
Eleni Papadaki-Schulte
stellv. Vorsitzende
Deutsch-Griechische Gemeinde Münster e.V.
Hammer Str. 112, 48153 Münster

Am 08.01.2027 um 11:02 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(INVITATION) + "\n", charset="iso-8859-1", cte="quoted-printable", fmt_flowed=True),
    rec("registration", "e.papadaki@dg-gemeinde-muenster.example", "Eleni Papadaki-Schulte",
        "Deutsch-Griechische Gemeinde Münster e.V.", ["AG3"], 2, "de"))

# 002 registration in Turkish from an Android phone (UTF-8, base64); three persons listed
# by relation, AG1 named as "AG1" inside Turkish text; also asks about an interpreter.
add("demir-tr-phone",
    std(addr("Fatma Demir", "fatmademir1978@mobil.example"), US,
        "MSO günü kayıt", when(2027, 1, 11, 20, 3, 55), "20270111200355.4f1c@mobil.example",
        [("X-Mailer", "Samsung Mail")]),
    text("""Merhaba,

Ben Fatma Demir. 13 Mart'taki MSO gününe kayıt olmak istiyoruz, 3 kişiyiz (ben, kızım Elif ve komşumuz Hatice Hanım).
Eğitim konusundaki çalışma grubuna (AG1) katılmak istiyoruz çünkü çocuklarımızın okul durumu bizim için çok önemli.

Bir de sorum var: Türkçe tercüman olacak mı? Almancamız çok iyi değil.

Teşekkürler
Fatma Demir
Münster Türk Kadınlar Derneği



Samsung Galaxy cihazımdan gönderildi
""", charset="utf-8", cte="base64"),
    rec("registration", "fatmademir1978@mobil.example", "Fatma Demir",
        "Münster Türk Kadınlar Derneği", ["AG1"], 3, "tr"))

# 003 question from the city's adult education centre (Outlook multipart/alternative,
# windows-1252 QP, long disclaimer): may they have an info table? registers no one.
_b = """Liebe Kolleginnen und Kollegen,

die VHS würde beim MSO-Tag gern mit einem kleinen Infotisch zu unseren Integrations- und Berufssprachkursen dabei sein. Wäre das grundsätzlich möglich? Wir bräuchten nur einen Stehtisch und eine Steckdose, Flyer bringen wir selbst mit.

Und falls ja: Ab wann könnten wir im Stadtweinhaus aufbauen?

Viele Grüße vom Aegidiimarkt
Hendrik Lammers

Stadt Münster
Volkshochschule
Fachbereich Deutsch als Zweitsprache / Integration
Aegidiimarkt 3, 48143 Münster
Tel. 0251 492-4317
lammers@stadt.muenster.example

""" + CITY_DISCLAIMER + "\n"
add("vhs-infotisch-question",
    std(addr("Lammers, Hendrik", "Lammers@stadt.muenster.example"), US,
        "Infotisch VHS beim MSO-Tag?", when(2027, 1, 12, 10, 17, 2),
        "FR3P281MB0123A1B2C3D4E5F6A7B8C9D0E1F2A@FR3P281MB0123.DEUP281.PROD.OUTLOOK.example",
        [("Thread-Topic", "Infotisch VHS beim MSO-Tag?"),
         ("Thread-Index", "AdtU2hq1m3bWcB1cT0y7nQk2m3HkVw=="),
         ("Accept-Language", "de-DE, en-US"), ("Content-Language", "de-DE"),
         ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
    multi("alternative", [
        text(_b, charset="windows-1252", cte="quoted-printable"),
        text(html_outlook(_b).replace("CHARSET", "windows-1252"), "html", "windows-1252",
             "quoted-printable")], "_000_FR3P281MB0123A1B2C3D4E5F6_"),
    rec("question", "lammers@stadt.muenster.example", "Hendrik Lammers", "Volkshochschule Münster",
        [], None, "de"))

# 004 registration in English, Gmail multipart/alternative (UTF-8 QP); AGs named by number
# and topic with a fallback ("no. 2 ... if full no. 1"); From address in mixed case.
_b = """Hi there,

I'd like to sign up for the MSO day on 13 March. I'm most interested in the workshop on Münster's future process (no. 2) - if that one is full, the education one (no. 1) would be fine too.

It's just me coming. I'm a PhD student and volunteer with the International Students' Association, so I'll be there on their behalf.

Cheers,
Kwame Asante
International Students' Association Münster (ISA)
"""
add("asante-en-gmail",
    std(addr("Kwame Asante", "Kwame.Asante@studmail.example"), US,
        "Registration MSO day", when(2027, 1, 13, 22, 48, 31),
        "CAJx8fQ1vY0m+7Zk2rT-Hq9yG0cN1p4dWQe@mail.studmail.example"),
    multi("alternative", [
        text(_b, charset="utf-8", cte="quoted-printable"),
        text(html_gmail(_b, sig_from=7), "html", "utf-8", "quoted-printable")],
        "000000000000a1b2c3061e5f7d22"),
    rec("registration", "kwame.asante@studmail.example", "Kwame Asante",
        "International Students' Association Münster", ["AG2", "AG1"], 1, "en"))

# 005 registration in learner German (Arabic L1), plain UTF-8 base64; "mit meine Frau und
# meine Sohn" -> 3 persons; AG by title word "Bildungssystem".
add("alkhatib-learner-de",
    std(addr("Mohammad Al-Khatib", "m.alkhatib@webpost.example"), US,
        "Anmeldung", when(2027, 1, 14, 18, 22, 9), "trinity-5c2e9a10-77aa-4b1e-a1c3-0bd2e3f1a001@webpost.example"),
    text("""Sehr geehrte Damen und Herren,

ich heiße Mohammad Al-Khatib und ich bin Mitglied von Syrisch-Deutscher Kulturverein Münster. Ich möchte mich anmelden für den Tag der Migrantenselbstorganisationen am 13.3.

Ich komme mit meine Frau Rasha und meine Sohn Omar (er ist 17 Jahre und interessiert für Politik). Also wir sind 3 Personen.

Wir interessieren für Arbeitsgruppe Bildungssystem, weil unsere Kinder haben viele Probleme in die Schule.

Mit freundlichen Grüßen
Mohammad Al-Khatib
""", charset="utf-8", cte="base64"),
    rec("registration", "m.alkhatib@webpost.example", "Mohammad Al-Khatib",
        "Syrisch-Deutscher Kulturverein Münster", ["AG1"], 3, "de"))

# 006 change, phone-typed without capitals or punctuation (UTF-8 8bit, flowed):
# from "ag1" to "ag3"; the old choice must not be reported.
add("oeztuerk-phone-change",
    std(addr("Serkan Öztürk", "serkan.oeztuerk@mobil.example", "utf-8", "Q"), US,
        "ag wechsel", when(2027, 1, 15, 7, 12, 40), "3F0D2C1B-8E7A-4B6C-9D5E-2A1F0E9D8C7B@mobil.example",
        [("X-Mailer", "iPhone Mail (21D61)")]),
    text("""hallo ich hab mich letzte woche angemeldet für ag1 aber unser verein macht grad einen förderantrag deswegen würd ich lieber in ag3 gehen geht das noch
danke und gruß serkan
""", charset="utf-8", cte="8bit", fmt_flowed=True),
    rec("change", "serkan.oeztuerk@mobil.example", "Serkan Öztürk", None, ["AG3"], None, "de"))

# 007 registration in Russian, KOI8-R 8bit; workgroup as Roman numeral "III"; the name in
# the Cyrillic signature beats the Latin From display name.
add("kovalchuk-ru-koi8",
    std(addr("Irina Kowaltschuk", "irina.k@russkij-dom.example"), US,
        hdr("Регистрация на День организаций мигрантов", "koi8-r", "B"),
        when(2027, 1, 18, 12, 5, 17), "1705.2027011812@russkij-dom.example",
        [("X-Mailer", "The Bat! (v10.4.0.3) Professional")]),
    text("""Здравствуйте!

Меня зовут Ирина Ковальчук, я представляю общество "Русский дом Мюнстер". Мы хотели бы зарегистрироваться на День организаций мигрантов 13 марта.

Нас будет двое: я и моя коллега Наталья Беккер. Нас больше всего интересует рабочая группа III - возможности финансирования и управление объединением.

Заранее спасибо!

С уважением,
Ирина Ковальчук
Русский дом Мюнстер e.V.
""", charset="koi8-r", cte="8bit"),
    rec("registration", "irina.k@russkij-dom.example", "Ирина Ковальчук",
        "Русский дом Мюнстер e.V.", ["AG3"], 2, "ru"))

# 008 registration dictated by voice on an iPhone (UTF-8 QP): "M so Tag", "Arbeitsgruppe 2
# Zukunft Prozess", "zu viert", a literal "Punkt", organisation in lower case.
add("hoelscher-voice-dictation",
    std(addr("Bernd Hölscher", "b.hoelscher@afrika-freundeskreis.example", "utf-8", "Q"), US,
        "M so Tag", when(2027, 1, 19, 16, 51, 3), "A91C7D2E-44B0-4F7E-B0A4-6C1E9F3D2A77@afrika-freundeskreis.example",
        [("X-Mailer", "iPhone Mail (20H115)")]),
    text("""Hallo Frau Kötter ich möchte mich gerne für den M so Tag am 13. März anmelden. Wir würden gerne in die Arbeitsgruppe 2 Zukunft Prozess. Wir kommen zu viert also ich und drei Leute aus dem Vorstand Punkt Viele Grüße Bernd Hölscher afrikanisch deutscher Freundeskreis Münster

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable"),
    rec("registration", "b.hoelscher@afrika-freundeskreis.example", "Bernd Hölscher",
        "Afrikanisch-Deutscher Freundeskreis Münster", ["AG2"], 4, "de"))

# 009 cancellation (ISO-8859-15 QP) that also says "next year we are back, keep us on the list".
add("kaya-cancel-next-year",
    std(addr("Nilüfer Kaya", "n.kaya@alevi-ms.example", "iso-8859-15", "Q"), US,
        hdr("Rücknahme unserer Anmeldung MSO-Tag", "iso-8859-15", "Q"),
        when(2027, 1, 20, 19, 30, 44), "9c1f2e3d4b5a@alevi-ms.example",
        [("User-Agent", "Roundcube Webmail/1.6.5")]),
    text("""Liebe Frau Kötter,

leider müssen wir unsere Anmeldung für den MSO-Tag (Nilüfer Kaya + 1 Person) wieder zurückziehen. Am 13. März ist unsere Jahreshauptversammlung, das hatten wir beim Anmelden schlicht übersehen. Sehr ärgerlich!

Im nächsten Jahr sind wir aber ganz sicher wieder dabei - bitte behalten Sie uns im Verteiler.

Herzliche Grüße
Nilüfer Kaya
Alevitische Gemeinde Münster e.V.
- Frauenvorstand -
""", charset="iso-8859-15", cte="quoted-printable"),
    rec("cancellation", "n.kaya@alevi-ms.example", "Nilüfer Kaya", "Alevitische Gemeinde Münster e.V.",
        [], None, "de"))

# 010 question in Arabic (windows-1256, base64): can a non-member come, translation, cost?
add("haddad-ar-question",
    std(addr("رنا حداد", "rana.haddad@webpost.example", "utf-8", "B"), US,
        hdr("استفسار عن يوم منظمات المهاجرين", "windows-1256", "B"),
        when(2027, 1, 21, 13, 9, 26), "0a7d6c5b4e3f2a1b@webpost.example"),
    text("""السلام عليكم،

قرأت عن يوم منظمات المهاجرين في مونستر يوم 13 مارس. عندي بعض الأسئلة:
هل يمكن أن أحضر إذا لم أكن عضوة في جمعية؟
هل توجد ترجمة إلى اللغة العربية؟
وهل المشاركة مجانية؟

شكرا جزيلا
رنا حداد
""", charset="windows-1256", cte="base64"),
    rec("question", "rana.haddad@webpost.example", "رنا حداد", None, [], None, "ar"))

# 011 registration from another city office: Outlook HTML-only inside multipart/related with a
# logo (windows-1252 QP); From display "Wessels, Dorothee"; AG 1 with AG 3 as alternative;
# a colleague "registers separately" and must not be counted.
_b = """Sehr geehrte Frau Kötter,

für das Amt für Kinder, Jugendliche und Familien melde ich mich hiermit verbindlich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Gewünschte Arbeitsgruppe: AG 1 (Bildungssystem), alternativ AG 3.

Meine Kollegin Frau Brüggemann aus dem Jugendmigrationsdienst meldet sich separat bei Ihnen an.

Mit freundlichen Grüßen
Im Auftrag

Dorothee Wessels

Stadt Münster
Amt für Kinder, Jugendliche und Familien
Fachstelle Interkulturelle Arbeit
Hafenstraße 30, 48153 Münster
Tel. 0251 492-5562

""" + CITY_DISCLAIMER + "\n"
_h = html_outlook(_b).replace("CHARSET", "windows-1252").replace(
    '<p class="MsoNormal">Stadt Münster<o:p></o:p></p>',
    '<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DB6C2A.outlook.example" alt="Stadt M&uuml;nster"></p>', 1)
assert "cid:image001" in _h
add("wessels-city-outlook-html",
    std(addr("Wessels, Dorothee", "wessels@stadt.muenster.example"), US,
        "Anmeldung MSO-Tag 2027", when(2027, 1, 22, 11, 2, 58),
        "BEZP281MB2201F7E6D5C4B3A29180716253443@BEZP281MB2201.DEUP281.PROD.OUTLOOK.example",
        [("Thread-Topic", "Anmeldung MSO-Tag 2027"),
         ("Thread-Index", "AdtV0Qb3e8kQ4m5tS1Oa2zq1r7LqgA=="),
         ("Accept-Language", "de-DE"), ("Content-Language", "de-DE"),
         ("X-MS-Has-Attach", "yes")]),
    multi("related", [
        text(_h, "html", "windows-1252", "quoted-printable"),
        attachment("image001.png", "image/png", tiny_png(11), inline=True,
                   cid="image001.png@01DB6C2A.outlook.example")],
        "_004_BEZP281MB2201F7E6D5C4B3A2_", extra_params=' type="text/html";'),
    rec("registration", "wessels@stadt.muenster.example", "Dorothee Wessels",
        "Amt für Kinder, Jugendliche und Familien", ["AG1", "AG3"], 1, "de"))

# 012 change in Polish (ISO-8859-2 QP): "instead of group 2 I'd prefer group 1" and asks
# whether that is still possible -> change to AG1 only.
add("wojcik-pl-change",
    std(addr("Agnieszka Wójcik", "a.wojcik@polonia-ms.example", "iso-8859-2", "Q"), US,
        hdr("Zmiana grupy roboczej - MSO-Tag", "iso-8859-2", "Q"),
        when(2027, 1, 25, 8, 44, 10), "f3e2d1c0-b9a8-4765-8432-10fedcba9876@polonia-ms.example",
        [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0")]),
    text("""Dzień dobry,

w zeszłym tygodniu zapisałam się na MSO-Tag (13 marca). Czy mogłabym jeszcze zmienić grupę roboczą? Zamiast grupy 2 wolałabym grupę 1, bo temat szkoły jest dla nas teraz ważniejszy - mamy w parafii dużo rodziców z dziećmi w wieku szkolnym.

Z góry dziękuję i pozdrawiam
Agnieszka Wójcik
Polska Misja Katolicka Münster - grupa rodziców
""", charset="iso-8859-2", cte="quoted-printable", fmt_flowed=True),
    rec("change", "a.wojcik@polonia-ms.example", "Agnieszka Wójcik",
        "Polska Misja Katolicka Münster", ["AG1"], None, "pl"))

# 013 registration in Farsi, Gmail multipart/alternative RTL (UTF-8 base64); Persian digits
# ۱۳ / ۲ / ۳; name and organisation only in the Latin signature.
_b = """سلام و وقت بخیر،

از طرف انجمن‌مان می‌خواستم برای روز سازمان‌های مهاجران (۱۳ مارس) ثبت‌نام کنم.
ما ۲ نفر هستیم: من و همکارم آقای کاوه نوری.
گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) برای ما مناسب‌تر است.

با سپاس فراوان
Maryam Rezaei
Iranischer Kulturverein Münster e.V.
"""
add("rezaei-fa-gmail",
    std(addr("Maryam Rezaei", "maryam.rezaei@studmail.example"), US,
        hdr("ثبت نام روز سازمان‌های مهاجران", "utf-8", "B"),
        when(2027, 1, 26, 21, 15, 0),
        "CAHv2mP0rT9yW1kQ3xZ-8uE4nB5aL7cD6fG@mail.studmail.example"),
    multi("alternative", [
        text(_b, charset="utf-8", cte="base64"),
        text(html_gmail(_b, rtl=True, sig_from=6), "html", "utf-8", "base64")],
        "0000000000007e8f9a061f0b1c33"),
    rec("registration", "maryam.rezaei@studmail.example", "Maryam Rezaei",
        "Iranischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"))

# 014 registration from an association's shared mailbox with Reply-To to the writer's own
# address (UTF-8 8bit); two persons listed, AG 2.
add("aydin-shared-mailbox-replyto",
    std(addr("Kurdisches Kulturzentrum Münster", "info@kurdisches-kulturzentrum.example"), US,
        "Anmeldung zum MSO-Tag am 13.03.", when(2027, 1, 27, 17, 38, 21),
        "5e6f7a8b9c0d1e2f@kurdisches-kulturzentrum.example",
        [("Reply-To", addr("Rojda Aydın", "rojda.aydin@mailbox.example")),
         ("User-Agent", "Roundcube Webmail/1.6.5")]),
    text("""Sehr geehrte Damen und Herren,

für das Kurdische Kulturzentrum Münster melden wir zwei Personen zum MSO-Tag am 13.03.2027 an:

- Rojda Aydın (Schriftführerin)
- Baran Çelik (Jugendarbeit)

Wir möchten beide an der Arbeitsgruppe 2 zum Zukunftsprozess teilnehmen.

Bitte schicken Sie die Bestätigung an meine persönliche Adresse (steht im Reply-To), das Vereinspostfach lesen wir nur unregelmäßig.

Freundliche Grüße
Rojda Aydın
Kurdisches Kulturzentrum Münster e.V.
www.kurdisches-kulturzentrum.example
""", charset="utf-8", cte="8bit"),
    rec("registration", "rojda.aydin@mailbox.example", "Rojda Aydın",
        "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 2, "de"))

# 015 question, phone-typed, all lower case, no punctuation, plain US-ASCII 7bit:
# food, and may children come ("meine tochter ist 6") - the 6 is no party size.
add("derya-phone-question",
    std(addr("Derya K.", "deryak89@mobil.example"), US, "frage", when(2027, 1, 28, 21, 56, 13),
        "CADk1x9Zq-3pL0w@mail.mobil.example"),
    text("""hallo
gibts beim mso tag was zu essen oder soll man sich was mitbringen
und darf man kinder mitbringen meine tochter ist 6
lg
""", charset="us-ascii", cte="7bit"),
    rec("question", "deryak89@mobil.example", "Derya K.", None, [], None, "de"))

# 016 change in English, bottom-posted reply to our German confirmation (UTF-8 QP):
# thank-you + move to workgroup 3 + a colleague joins -> 2 persons; quoted AG 1 must be ignored.
add("raman-en-thanks-adds-colleague",
    std(addr("Priya Raman", "priya.raman@indian-assoc-ms.example"), US_HDR,
        "Re: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", when(2027, 1, 29, 9, 3, 48),
        "c0ffee12-3456-789a-bcde-f0123456789a@indian-assoc-ms.example",
        [("In-Reply-To", "<bestaetigung-2027-0031@muenster.example>"),
         ("References", "<bestaetigung-2027-0031@muenster.example>"),
         ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")]),
    text("On 27.01.2027 at 14:12, Tag der Migrantenselbstorganisationen wrote:\n"
         + quote(confirmation("Priya Raman", 1, 1)) + """

Thank you so much for the quick confirmation!

Two small things: could you move me to workgroup 3 instead? After talking to our board, the funding topic is more urgent for us right now. And my colleague Arjun Menon will come with me after all, so please put us down as 2 people.

Best regards,
Priya
""", charset="utf-8", cte="quoted-printable", fmt_flowed=True),
    rec("change", "priya.raman@indian-assoc-ms.example", "Priya Raman", None, ["AG3"], 2, "en"))

# 017 registration in Ukrainian (KOI8-U 8bit): five persons as a numbered list (the list
# numbers 1-5 are not workgroups), AG 1 named "AG 1 (освіта)".
add("melnyk-uk-koi8u",
    std(addr("Olena Melnyk", "olena.melnyk@ukr-hromada.example"), US,
        hdr("Реєстрація - День самоорганізацій мігрантів", "koi8-u", "B"),
        when(2027, 2, 1, 14, 27, 5), "ab12cd34ef56.20270201@ukr-hromada.example"),
    text("""Доброго дня!

Я, Олена Мельник, пишу від імені організації "Українська громада Мюнстера". Хочемо зареєструватися на День самоорганізацій мігрантів 13 березня.

Нас буде 5 осіб:
1. Олена Мельник
2. Оксана Шевчук
3. Тарас Бондар
4. Ірина Ткач
5. Віктор Лисенко

Робоча група: AG 1 (освіта). Більшість з нас - батьки школярів.

Дякую і до зустрічі!
Олена Мельник
""", charset="koi8-u", cte="8bit"),
    rec("registration", "olena.melnyk@ukr-hromada.example", "Олена Мельник",
        "Українська громада Мюнстера", ["AG1"], 5, "uk"))

# 018 auto_reply from an association's ticket system, WITHOUT Auto-Submitted/Precedence
# headers (UTF-8 QP); the quoted subject contains our event name.
add("ticket-receipt-autoreply",
    std(addr("Caritas Migrationsdienst Münster", "service@caritas-migration-ms.example"), US,
        "[Ticket#2027020210000417] Eingangsbestätigung: Infos zum Tag der Migrantenselbstorganisationen 2027",
        when(2027, 2, 2, 10, 0, 31), "1801558831.417.203@ticket.caritas-migration-ms.example",
        [("In-Reply-To", "<info-2027-0002@muenster.example>"),
         ("X-Mailer", "Ticketsystem Znuny 6.5")]),
    text("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer
2027020210000417 erfasst und an die zuständige Stelle weitergeleitet.
Wir melden uns schnellstmöglich bei Ihnen.

Bitte lassen Sie bei Rückfragen die Ticketnummer im Betreff stehen.

Dies ist eine automatisch erzeugte Nachricht.

Caritas Migrationsdienst Münster
Servicebüro
""", charset="utf-8", cte="quoted-printable"),
    rec("auto_reply"))

# 019 registration, Gmail multipart/alternative (UTF-8 QP): first choice AG 3, second AG 2,
# mentions the Vereinsforum and the Interkulturelle Woche in passing; "(nur ich)".
_b = """Liebe Frau Kötter,

Ihre Kollegin vom Vereinsforum hat mir den Tipp gegeben, dass es beim MSO-Tag dieses Jahr auch um Fördermittel geht – da bin ich gern dabei!

Hiermit melde ich mich (nur ich) an. Erstwunsch wäre die AG 3, Zweitwunsch AG 2. Bei der Interkulturellen Woche im September sind wir übrigens wieder mit einem Stand dabei, vielleicht sieht man sich da auch.

Herzliche Grüße
Thi Lan Nguyen-Brandt
Deutsch-Vietnamesischer Verein Münster e.V.
Kassenwartin
"""
add("nguyen-brandt-gmail",
    std(addr("Lan Nguyen-Brandt", "lan.nguyenbrandt@studmail.example"), US,
        "Anmeldung MSO-Tag", when(2027, 2, 3, 19, 2, 11),
        "CAOt5rW9y1-Xk4fZ3mP8qL2dN7vB0cH6jS@mail.studmail.example"),
    multi("alternative", [
        text(_b, charset="utf-8", cte="quoted-printable"),
        text(html_gmail(_b, sig_from=6), "html", "utf-8", "quoted-printable")],
        "000000000000c4d5e6061f2a3b44"),
    rec("registration", "lan.nguyenbrandt@studmail.example", "Thi Lan Nguyen-Brandt",
        "Deutsch-Vietnamesischer Verein Münster e.V.", ["AG3", "AG2"], 1, "de"))

# 020 registration in Kurmanji (ISO-8859-9 QP): three persons, "koma xebatê ya 2yan".
add("berwari-ku-latin5",
    std(addr("Azad Berwarî", "azad.berwari@webpost.example", "iso-8859-9", "Q"), US,
        hdr("Roja Rêxistinên Koçberan - tomarkirin", "iso-8859-9", "Q"),
        when(2027, 2, 4, 9, 58, 47), "7e8d9c0b1a2f3e4d@webpost.example"),
    text("""Silav û rêz,

Ez Azad Berwarî me. Em ji Navenda Çanda Êzîdî ya Münsterê ne û em dixwazin beşdarî Roja Rêxistinên Koçberan bibin (13ê Adarê).

Em 3 kes in: ez, birayê min Şêro û hevala me Nalîn.
Em dixwazin beşdarî koma xebatê ya 2yan bibin - pêşeroja bajarê Münsterê.

Spas ji bo vexwendinê!
Azad Berwarî
Navenda Çanda Êzîdî ya Münsterê
""", charset="iso-8859-9", cte="quoted-printable"),
    rec("registration", "azad.berwari@webpost.example", "Azad Berwarî",
        "Navenda Çanda Êzîdî ya Münsterê", ["AG2"], 3, "ku"))

# 021 cancellation from another city office, Outlook top-posted over our confirmation
# (windows-1252 QP, multipart/alternative); the colleague who stays registered is named.
_b = """Hallo Frau Kötter,

leider muss ich meine Teilnahme am MSO-Tag absagen - an dem Samstag ist kurzfristig unsere Klausurtagung im Amt angesetzt worden. Meine Kollegin Frau Mertens kommt aber wie angemeldet, ihre Anmeldung bleibt bitte bestehen.

Viele Grüße
Markus Rensing

Stadt Münster
Amt für Wohnungswesen und Quartiersentwicklung
Abteilung Quartiersentwicklung
Tel. 0251 492-6618

""" + CITY_DISCLAIMER + """

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 25. Januar 2027 09:14
An: Rensing, Markus <rensing@stadt.muenster.example>
Betreff: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027

""" + confirmation("Markus Rensing", 2, 1)
add("rensing-city-cancel-outlook",
    std(addr("Rensing, Markus", "rensing@stadt.muenster.example"), US_HDR,
        hdr("AW: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", "windows-1252", "Q"),
        when(2027, 2, 4, 15, 31, 9),
        "FR2P281MB0044E1D2C3B4A59687F6E5D4C3B2A@FR2P281MB0044.DEUP281.PROD.OUTLOOK.example",
        [("In-Reply-To", "<bestaetigung-2027-0024@muenster.example>"),
         ("References", "<bestaetigung-2027-0024@muenster.example>"),
         ("Thread-Topic", hdr("Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", "windows-1252", "Q")),
         ("Accept-Language", "de-DE"), ("Content-Language", "de-DE")]),
    multi("alternative", [
        text(_b, charset="windows-1252", cte="quoted-printable"),
        text(html_outlook(_b).replace("CHARSET", "windows-1252"), "html", "windows-1252",
             "quoted-printable")], "_000_FR2P281MB0044E1D2C3B4A596_"),
    rec("cancellation", "rensing@stadt.muenster.example", "Markus Rensing",
        "Amt für Wohnungswesen und Quartiersentwicklung", [], None, "de"))

# 022 registration in Spanish (ISO-8859-1 8bit): two persons (husband named), grupo de
# trabajo 1, plus a question "¿Hay que llevar algo?".
add("fernandez-es-latin1",
    std(addr("Lucía Fernández Ortega", "lucia.fernandez@puentes-ms.example", "iso-8859-1", "Q"), US,
        hdr("Inscripción Día de las Organizaciones de Migrantes", "iso-8859-1", "Q"),
        when(2027, 2, 8, 11, 40, 2), "20270208114002.GA2231@puentes-ms.example",
        [("User-Agent", "Mutt/2.2.12 (2023-09-09)")]),
    text("""Hola:

Me llamo Lucía Fernández Ortega y soy de la asociación latinoamericana «Puentes» de Münster. Quisiera inscribirme para el Día de las Organizaciones de Migrantes del 13 de marzo.

Vamos a ir dos personas, mi marido Jorge y yo. Nos interesa sobre todo el grupo de trabajo 1, sobre el sistema educativo, porque nuestros hijos van al colegio aquí.

¿Hay que llevar algo o preparar algo antes?

Muchas gracias y un saludo,
Lucía Fernández Ortega
Asociación Latinoamericana Puentes Münster
""", charset="iso-8859-1", cte="8bit"),
    rec("registration", "lucia.fernandez@puentes-ms.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana Puentes Münster", ["AG1"], 2, "es"))

# 023 change of party size only ("jetzt doch zu dritt", "AG bleibt wie gehabt") plus a parking
# question, Thunderbird reply above our quoted confirmation (UTF-8 QP); quoted AG 1 / 2 ignored.
add("hodzic-change-party-parking",
    std(addr("Amela Hodžić", "amela.hodzic@bh-kulturverein.example", "utf-8", "Q"), US_HDR,
        hdr("Re: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", "utf-8", "Q"),
        when(2027, 2, 9, 8, 15, 36), "8d7c6b5a-4e3f-2a1b-0c9d-8e7f6a5b4c3d@bh-kulturverein.example",
        [("In-Reply-To", "<bestaetigung-2027-0035@muenster.example>"),
         ("References", "<bestaetigung-2027-0035@muenster.example>"),
         ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0")]),
    text("""Hallo Frau Kötter,

kurze Rückmeldung zu unserer Anmeldung: Wir sind jetzt doch zu dritt, Frau Dedić aus unserem Vorstand kommt noch mit. Die AG bleibt wie gehabt.

Und noch eine Frage: Gibt es in der Nähe vom Stadtweinhaus Parkmöglichkeiten? Frau Dedić ist nicht mehr so gut zu Fuß.

Danke und liebe Grüße
Amela Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster

Am 29.01.2027 um 10:40 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Amela Hodžić", 1, 2)) + "\n",
        charset="utf-8", cte="quoted-printable", fmt_flowed=True),
    rec("change", "amela.hodzic@bh-kulturverein.example", "Amela Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster", [], 3, "de"))

# 024 registration in Tigrinya (UTF-8 base64): two persons, "ጉጅለ ስራሕ 1"; Latin name and
# German organisation in the signature.
add("gebremedhin-ti",
    std(addr("Tesfay Gebremedhin", "tesfay.g@webpost.example"), US,
        hdr("ምዝገባ - መዓልቲ ማሕበራት ስደተኛታት", "utf-8", "B"),
        when(2027, 2, 10, 20, 47, 19), "6b5a4c3d2e1f0a9b@webpost.example"),
    text("""ሰላም ክቡራት ክቡራን፡

ኣነ ተስፋይ ገብረመድህን እየ። ብስም ማሕበር ኤርትራውያን ኣብ ሙንስተር እየ ዝጽሕፍ ዘለኹ።
ኣብ መዓልቲ ማሕበራት ስደተኛታት (13 መጋቢት 2027) ክንሳተፍ ንደሊ ኢና።
ክልተ ሰባት ኢና፡ ኣነን ብጻየይ ሳምኤል ተኽለን።
ጉጅለ ስራሕ 1 (ትምህርቲ) ንመርጽ።

የቐንየልና
ተስፋይ

Tesfay Gebremedhin
Eritreischer Verein Münster e.V.
""", charset="utf-8", cte="base64"),
    rec("registration", "tesfay.g@webpost.example", "Tesfay Gebremedhin",
        "Eritreischer Verein Münster e.V.", ["AG1"], 2, "ti"))

# 025 registration in beginner German typed on a phone (UTF-8 8bit): "ich kome allein",
# "gruppe 1 schule"; organisation written loosely.
add("ahmadi-beginner-phone",
    std(addr("zahra ahmadi", "zahra.ahmadi2019@mobil.example"), US, "MSO tag",
        when(2027, 2, 11, 17, 3, 50), "CAF9w2pQ-7yX1@mail.mobil.example"),
    text("""hallo
ich will kommen zu MSO tag 13 märz. ich bin Zahra Ahmadi von Afghanische Frauen Verein. ich kome allein. ich will gruppe 1 schule weil meine kinder haben probleme in schule.
danke
Zahra
""", charset="utf-8", cte="8bit"),
    rec("registration", "zahra.ahmadi2019@mobil.example", "Zahra Ahmadi",
        "Afghanische Frauen Verein", ["AG1"], 1, "de"))

# 026 question (ISO-8859-1 QP): two AGs possible? deadline? - "bevor ich unsere Leute
# anmelde" registers no one; mentions a flyer of the Stadtteilzentrum.
add("terhorst-question-two-ags",
    std(addr("Heike Terhorst", "h.terhorst@fluechtlingshilfe-gievenbeck.example"), US,
        "Fragen zur Anmeldung MSO-Tag", when(2027, 2, 12, 12, 20, 0),
        "e1d2c3b4a5f6@fluechtlingshilfe-gievenbeck.example",
        [("X-Mailer", "Microsoft Outlook 16.0")]),
    text("""Guten Tag,

zwei kurze Fragen, bevor ich unsere Leute anmelde:

1) Kann man sich für mehr als eine Arbeitsgruppe eintragen, also z.B. vormittags AG 1 und nachmittags AG 3? Oder laufen die parallel?

2) Bis wann genau muss die Anmeldung bei Ihnen sein? Auf dem Flyer vom Stadtteilzentrum steht etwas anderes als auf der Webseite.

Danke schon mal!
Heike Terhorst
Ehrenamtskoordination
Flüchtlingshilfe Gievenbeck e.V.
""", charset="iso-8859-1", cte="quoted-printable"),
    rec("question", "h.terhorst@fluechtlingshilfe-gievenbeck.example", "Heike Terhorst",
        "Flüchtlingshilfe Gievenbeck e.V.", [], None, "de"))

# 027 registration in Romanian (ISO-8859-16 QP): three named persons, a fourth who is NOT
# coming; grupul de lucru 3.
add("popescu-ro-latin10",
    std(addr("Andreea Popescu", "andreea.popescu@acr-muenster.example"), US,
        hdr("Înscriere - Ziua Organizațiilor de Migranți", "iso-8859-16", "Q"),
        when(2027, 2, 15, 10, 11, 45), "a0b1c2d3e4f5a6b7@acr-muenster.example"),
    text("""Bună ziua,

Mă numesc Andreea Popescu și reprezint Asociația Culturală Română din Münster. Aș dori să ne înscriu la Ziua Organizațiilor de Migranți din 13 martie.

Vom veni trei persoane: eu, Ioana Stan și Cristian Dumitru. Colegul nostru Mihai Radu ar fi vrut să vină și el, dar are tură la spital în ziua aceea, deci nu îl socotiți.

Ne interesează grupul de lucru 3 (posibilități de finanțare și managementul asociației).

Vă mulțumesc frumos,
Andreea Popescu
Asociația Culturală Română din Münster
""", charset="iso-8859-16", cte="quoted-printable"),
    rec("registration", "andreea.popescu@acr-muenster.example", "Andreea Popescu",
        "Asociația Culturală Română din Münster", ["AG3"], 3, "ro"))

# 028 change, Outlook HTML-only (windows-1252 base64): one of four is ill -> 3 persons,
# and from AG 2 to AG 3 "falls dort noch Plätze frei sind".
_b = """Sehr geehrte Frau Kötter,

wir hatten uns mit 4 Personen für die AG 2 angemeldet. Leider ist Herr Sow erkrankt, so dass wir nur zu dritt kommen werden.

Außerdem würden wir gerne in die AG 3 wechseln, falls dort noch Plätze frei sind – das Thema Vereinsmanagement passt besser zu unseren aktuellen Fragen.

Mit freundlichen Grüßen

Gabriele Hoffmann-Diallo
Teranga e.V. – Senegalesischer Verein Münster
"""
add("hoffmann-diallo-html-change",
    std(addr("Gabriele Hoffmann-Diallo", "g.hoffmann-diallo@teranga-ms.example"), US,
        hdr("Änderung unserer Anmeldung", "windows-1252", "Q"), when(2027, 2, 16, 9, 5, 27),
        "000a01d7e5f4$9b8c7d60$e2a96e20$@teranga-ms.example",
        [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbY2Zk8m9fJ0aZ4kq1c2VxYwA1sQ=="),
         ("Content-Language", "de")]),
    text(html_outlook(_b, "Arial", "10.0pt").replace("CHARSET", "windows-1252"), "html",
         "windows-1252", "base64"),
    rec("change", "g.hoffmann-diallo@teranga-ms.example", "Gabriele Hoffmann-Diallo",
        "Teranga e.V. – Senegalesischer Verein Münster", ["AG3"], 3, "de"))

# 029 change in Turkish (windows-1254 QP): "AG1" registered, wants "AG2'ye" (suffix glued).
add("kaya-tr-change-cp1254",
    std(addr("Mehmet Kaya", "mehmet.kaya@tik-muenster.example"), US,
        hdr("Çalışma grubu değişikliği", "windows-1254", "Q"), when(2027, 2, 16, 18, 44, 3),
        "20270216184403.5512@tik-muenster.example",
        [("X-Mailer", "Microsoft Outlook 16.0")]),
    text("""Merhaba,

Geçen ay MSO günü için kayıt yaptırmıştım (AG1). Mümkünse çalışma grubumu değiştirmek istiyorum, AG2'ye geçebilir miyim? Münster'in gelecek planlaması konusu derneğimiz için daha ilgi çekici.

Teşekkürler,
Mehmet Kaya
Türk-İslam Kültür Derneği Münster
""", charset="windows-1254", cte="quoted-printable"),
    rec("change", "mehmet.kaya@tik-muenster.example", "Mehmet Kaya",
        "Türk-İslam Kültür Derneği Münster", ["AG2"], None, "tr"))

# 030 registration of a youth network, 7 persons, name list as CSV attachment
# (multipart/mixed, UTF-8 QP); "alle in die AG 1, falls voll AG 2"; also asks about minors.
_csv = """Nachname;Vorname;Alter
Schäfer;Leonie;22
Abdi;Hodan;19
Yıldız;Emre;17
Haddad;Lina;20
Osei;Kofi;16
Nowak;Julia;21
Rahimi;Farid;23
"""
add("schaefer-youth-seven-csv",
    std(addr("Leonie Schäfer", "leonie@junge-stimmen-ms.example", "utf-8", "Q"), US,
        "Anmeldung Junge Stimmen (7 Personen)", when(2027, 2, 17, 16, 9, 54),
        "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70@junge-stimmen-ms.example",
        [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0")]),
    multi("mixed", [
        text("""Hallo liebes MSO-Tag-Team,

wir von „Junge Stimmen Münster" möchten gern mit 7 Leuten beim MSO-Tag dabei sein! Die Namensliste hängt an (mit mir sind es sieben).

Wir wollen alle zusammen in die AG 1 Bildungssystem - falls die schon zu voll ist, gerne alle in die AG 2.

Zwei von uns sind noch unter 18, ist das ein Problem?

Liebe Grüße
Leonie Schäfer
für Junge Stimmen Münster - Jugendnetzwerk
""".replace('Münster"', "Münster“"), charset="utf-8", cte="quoted-printable", fmt_flowed=True),
        attachment("Teilnehmende_MSO-Tag.csv", "text/csv; charset=\"utf-8\"", _csv.encode("utf-8"))],
        "------------Y2n8QZrT0w5mK1pX7vL3", preamble="This is a multi-part message in MIME format."),
    rec("registration", "leonie@junge-stimmen-ms.example", "Leonie Schäfer",
        "Junge Stimmen Münster", ["AG1", "AG2"], 7, "de"))

# 031 registration in Arabic, Gmail multipart/alternative RTL (UTF-8 QP): Arabic-Indic digits
# ١٣ / ٤, "المجموعة الثانية ... فالثالثة" as ordinal words; Arabic + Latin signature.
_b = """مرحباً،

أود تسجيل جمعيتنا في يوم منظمات المهاجرين بتاريخ ١٣ آذار/مارس.
سيحضر ٤ أشخاص من جمعيتنا.
نفضّل مجموعة العمل الثانية (مستقبل مدينة مونستر)، وإذا كانت ممتلئة فالمجموعة الثالثة.

مع الشكر والتقدير
علي حسن
Ali Hassan
Irakischer Kulturverein Münster e.V.
"""
add("hassan-ar-gmail",
    std(addr("Ali Hassan", "ali.hassan.ms@studmail.example"), US,
        hdr("تسجيل - يوم منظمات المهاجرين", "utf-8", "B"), when(2027, 2, 18, 13, 26, 38),
        "CABr4tY7u-0iO9pL2kJ5hG8fD1sA3zX6cV@mail.studmail.example"),
    multi("alternative", [
        text(_b, charset="utf-8", cte="quoted-printable"),
        text(html_gmail(_b, rtl=True, sig_from=6), "html", "utf-8", "quoted-printable")],
        "000000000000f1e2d3061f3c4d55"),
    rec("registration", "ali.hassan.ms@studmail.example", "Ali Hassan",
        "Irakischer Kulturverein Münster e.V.", ["AG2", "AG3"], 4, "ar"))

# 032 cancellation, short and personal (UTF-8 8bit): family reason, date given as "Samstag 13.3.".
add("schmidt-cancel-short",
    std(addr("Olga Schmidt", "olga.schmidt@webpost.example"), US, "Absage",
        when(2027, 2, 22, 7, 50, 12), "4a3b2c1d0e9f8a7b@webpost.example"),
    text("""Hallo,
ich muss für Samstag 13.3. leider absagen, mein Sohn hat an dem Tag Konfirmation (!), das habe ich beim Anmelden total verpeilt. Tut mir leid.
Viele Grüße
Olga Schmidt
""", charset="utf-8", cte="8bit"),
    rec("cancellation", "olga.schmidt@webpost.example", "Olga Schmidt", None, [], None, "de"))

# 033 other: the city library's newsletter (bulk, List-Unsubscribe, multipart/alternative
# UTF-8 QP) that mentions the MSO-Tag and our address among other events.
_b = """Newsletter der Stadtbücherei Münster - März 2027

Liebe Leserinnen und Leser,

der März wird bunt! Hier unsere Veranstaltungen:

* Mo, 8. März, 18 Uhr: Lesung zum Internationalen Frauentag mit Autorinnen aus fünf Ländern
* jeden Donnerstag, 16 Uhr: Sprachcafé für Deutschlernende, ohne Anmeldung
* Sa, 13. März: Tag der Migrantenselbstorganisationen im Stadtweinhaus - Anmeldung beim Kommunalen Integrationszentrum unter mso-tag@muenster.example
* Di, 23. März, 10 Uhr: Vorlesestunde auf Arabisch und Deutsch für Kinder ab 4

Alle Termine finden Sie unter https://www.buecherei.muenster.example/veranstaltungen

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.buecherei.muenster.example/newsletter/abmelden?id=84413
"""
add("buecherei-newsletter-other",
    std(addr("Stadtbücherei Münster", "newsletter@buecherei.muenster.example", "utf-8", "Q"), US,
        hdr("Newsletter März 2027: Lesungen, Sprachcafé und mehr", "utf-8", "Q"),
        when(2027, 2, 22, 10, 0, 0), "nl-2027-03.84413@buecherei.muenster.example",
        [("List-Unsubscribe", "<https://www.buecherei.muenster.example/newsletter/abmelden?id=84413>"),
         ("List-Id", "Stadtbuecherei Newsletter <newsletter.buecherei.muenster.example>"),
         ("Precedence", "bulk")]),
    multi("alternative", [
        text(_b, charset="utf-8", cte="quoted-printable"),
        text(html_gmail(_b), "html", "utf-8", "quoted-printable")], "=_nl_84413_alt"),
    rec("other"))

# 034 registration in English, Outlook multipart/alternative (windows-1252 QP): three persons,
# "AG III first and AG I second", confirmation explicitly wanted at the office address.
_b = """Dear Sir or Madam,

I would like to register three participants from the Refugee Law Clinic Münster for the MSO Day on 13 March 2027:

- Dr Sarah Whitfield (myself)
- Amina Yusuf
- Jonas Berger

Our preferences would be AG III first and AG I second.

Could you please send the confirmation to our office address, office@rlc-muenster.example, rather than to me personally? I'm travelling a lot in February.

Kind regards,

Dr. Sarah Whitfield
Coordinator
Refugee Law Clinic Münster e.V.
c/o Faculty of Law, Universitätsstraße 14-16, 48143 Münster
"""
add("whitfield-en-confirm-to-office",
    std(addr("Whitfield, Sarah", "sarah.whitfield@uni-muenster.example"), US,
        "Registration MSO Day - Refugee Law Clinic", when(2027, 2, 23, 8, 31, 16),
        "AM9PR07MB7154B3C2D1E0F9A8B7C6D5E4F3A2@AM9PR07MB7154.eurprd07.prod.outlook.example",
        [("Accept-Language", "en-GB, de-DE"), ("Content-Language", "en-GB")]),
    multi("alternative", [
        text(_b, charset="windows-1252", cte="quoted-printable"),
        text(html_outlook(_b).replace("CHARSET", "windows-1252").replace('lang="DE"', 'lang="EN-GB"'),
             "html", "windows-1252", "quoted-printable")], "_000_AM9PR07MB7154B3C2D1E0F9A8_"),
    rec("registration", "office@rlc-muenster.example", "Sarah Whitfield",
        "Refugee Law Clinic Münster e.V.", ["AG3", "AG1"], 3, "en"))

# 035 registration written FOR someone without e-mail by a counsellor, with the invitation
# forwarded inline below (UTF-8 QP): attendee = Chinedu Okafor, reply to the writer.
add("brandt-registers-okafor-forward",
    std(addr("Gisela Brandt", "g.brandt@stadtteilzentrum-kinderhaus.example"), US,
        "Fwd: Einladung zum Tag der Migrantenselbstorganisationen 2027 - Anmeldung Herr Okafor",
        when(2027, 2, 24, 14, 2, 7), "CAGb7nM4-1pQ8xR2@mail.stadtteilzentrum-kinderhaus.example"),
    text("""Guten Tag,

ich schreibe im Auftrag von Herrn Chinedu Okafor von der Nigerian Community Münster. Er hat selbst keine E-Mail-Adresse und hat mich in unserer Sprechstunde im Stadtteilzentrum gebeten, ihn anzumelden.

Herr Okafor kommt allein und möchte in die AG 2 (Zukunftsprozess).

Bitte schicken Sie die Bestätigung an mich, ich gebe sie ihm dann weiter. Seine Handynummer habe ich, falls Sie etwas brauchen.

Unten noch die Einladung, wie sie bei uns angekommen ist.

Viele Grüße
Gisela Brandt
Stadtteilzentrum Kinderhaus - Beratung

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Fr., 8. Jan. 2027 um 11:02
Subject: Einladung zum Tag der Migrantenselbstorganisationen 2027
To: <info@stadtteilzentrum-kinderhaus.example>


""" + INVITATION, charset="utf-8", cte="quoted-printable"),
    rec("registration", "g.brandt@stadtteilzentrum-kinderhaus.example", "Chinedu Okafor",
        "Nigerian Community Münster", ["AG2"], 1, "de"))

# 036 change with inline answers between quoted lines of our confirmation (ISO-8859-1 QP):
# "> Arbeitsgruppe: AG 1" answered "Bitte ändern auf AG 2"; "> Personen: 2" answered "stimmt so".
_c = confirmation("Klaus-Dieter Fromme", 1, 2).split("\n")
_i_ag = next(i for i, l in enumerate(_c) if l.startswith("Arbeitsgruppe"))
_i_p = next(i for i, l in enumerate(_c) if l.startswith("Personen"))
_i_f = next(i for i, l in enumerate(_c) if l.startswith("Bei Fragen"))
_body = ("Hallo,\n\nSie schrieben am 03.02.2027:\n" + quote("\n".join(_c[:_i_ag + 1]))
         + "\n\nBitte ändern auf AG 2, wir haben das im Vorstand nochmal besprochen.\n\n"
         + quote(_c[_i_p]) + "\n\nDas stimmt so.\n\n" + quote(_c[_i_f])
         + "\n\nGruß\nK.-D. Fromme\nDeutsch-Tunesische Gesellschaft Münster\n")
add("fromme-inline-change",
    std(addr("Klaus-Dieter Fromme", "kd.fromme@netpost.example"), US_HDR,
        hdr("AW: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", "iso-8859-1", "Q"),
        when(2027, 2, 25, 10, 48, 30), "000001db8a2f$4c3b2a10$c4b3a2f1$@netpost.example",
        [("In-Reply-To", "<bestaetigung-2027-0041@muenster.example>"),
         ("References", "<bestaetigung-2027-0041@muenster.example>"),
         ("X-Mailer", "Microsoft Outlook 15.0")]),
    text(_body, charset="iso-8859-1", cte="quoted-printable"),
    rec("change", "kd.fromme@netpost.example", "Klaus-Dieter Fromme",
        "Deutsch-Tunesische Gesellschaft Münster", ["AG2"], None, "de"))

# 037 cancellation in Russian (windows-1251 base64) that repeats the old booking
# ("3 человека, рабочая группа 2") and promises next year.
add("sokolov-ru-cancel-cp1251",
    std(addr("Дмитрий Соколов", "d.sokolov@vmeste-ms.example", "windows-1251", "B"), US,
        hdr("Отмена регистрации", "windows-1251", "B"), when(2027, 2, 26, 19, 14, 52),
        "1803665692.3301@vmeste-ms.example"),
    text("""Добрый день!

К сожалению, мы не сможем прийти на День организаций мигрантов 13 марта. Пожалуйста, удалите нашу регистрацию (3 человека, рабочая группа 2).

В следующем году обязательно постараемся участвовать. Спасибо за приглашение!

С уважением,
Дмитрий Соколов
Общество немцев из России «Вместе», Мюнстер
""", charset="windows-1251", cte="base64"),
    rec("cancellation", "d.sokolov@vmeste-ms.example", "Дмитрий Соколов",
        "Общество немцев из России «Вместе», Мюнстер", [], None, "ru"))

# 038 registration of 6 choir members with "AG egal", the invitation attached as
# message/rfc822 (ISO-8859-15 8bit); mentions the Integrationsrat's mailing list.
_inv = message(std(US_HDR, "integrationsrat-verteiler@muenster.example",
                   "Einladung zum Tag der Migrantenselbstorganisationen 2027",
                   when(2027, 1, 8, 11, 2, 0), "einladung-2027-0001@muenster.example"),
               text(INVITATION, charset="utf-8", cte="quoted-printable"))
add("kleinschmidt-choir-six-attached-invitation",
    std(addr("Heinz Kleinschmidt", "h.kleinschmidt@netpost.example"), US,
        "Anmeldung Chor Stimmen der Welt", when(2027, 3, 1, 10, 6, 22),
        "5f4e3d2c-1b0a-4998-8776-655443322110@netpost.example",
        [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:102.0) Gecko/20100101 Thunderbird/102.15.1")]),
    multi("mixed", [
        text("""Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Einladung weiter, die ich über den Verteiler des Integrationsrates erhalten habe.

Vom Interkulturellen Chor "Stimmen der Welt" möchten 6 Personen teilnehmen, nämlich ich selbst sowie Frau Maria Kowalski, Herr Joseph Mensah, Frau Ludmila Braun, Herr Ricardo Alves und Frau Ingrid Abebe.

Welche Arbeitsgruppe, ist uns gleich - teilen Sie uns bitte dort ein, wo noch Platz ist. Gern singen wir auch zur Eröffnung ein Lied, wenn das gewünscht ist!

Mit freundlichen Grüßen

Heinz Kleinschmidt
1. Vorsitzender
Interkultureller Chor Stimmen der Welt e.V.
""", charset="iso-8859-15", cte="8bit"),
        rfc822(_inv, "Einladung zum Tag der Migrantenselbstorganisationen 2027.eml")],
        "------------0A1B2C3D4E5F6A7B8C9D0E1F", preamble="This is a multi-part message in MIME format."),
    rec("registration", "h.kleinschmidt@netpost.example", "Heinz Kleinschmidt",
        "Interkultureller Chor Stimmen der Welt e.V.", [], 6, "de"))

# 039 change (partial withdrawal) from the shared mailbox of 014 with Reply-To again
# (UTF-8 QP): one of two drops out, the writer still comes, "AG 2 bleibt".
add("aydin-partial-withdrawal-change",
    std(addr("Kurdisches Kulturzentrum Münster", "info@kurdisches-kulturzentrum.example"), US,
        "Anmeldung MSO-Tag - Korrektur", when(2027, 3, 1, 18, 33, 5),
        "9a8b7c6d5e4f3a2b@kurdisches-kulturzentrum.example",
        [("Reply-To", addr("Rojda Aydın", "rojda.aydin@mailbox.example")),
         ("User-Agent", "Roundcube Webmail/1.6.5")]),
    text("""Hallo Frau Kötter,

Herr Çelik kann am 13. März leider doch nicht, er hat an dem Tag eine Prüfung. Bitte streichen Sie ihn von der Liste. Ich komme aber weiterhin, AG 2 bleibt.

Viele Grüße
Rojda Aydın
Kurdisches Kulturzentrum Münster e.V.
""", charset="utf-8", cte="quoted-printable"),
    rec("change", "rojda.aydin@mailbox.example", "Rojda Aydın",
        "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 1, "de"))

# 040 cancellation in Italian (ISO-8859-1 QP); the colleague who still comes is named.
add("rinaldi-it-cancel",
    std(addr("Marco Rinaldi", "marco.rinaldi@comites-ms.example"), US,
        "Annullamento iscrizione MSO-Tag 13 marzo", when(2027, 3, 2, 12, 37, 41),
        "7c6d5e4f-3a2b-1c0d-9e8f-7a6b5c4d3e2f@comites-ms.example"),
    text("""Buongiorno,

purtroppo devo annullare la mia iscrizione al MSO-Tag del 13 marzo: mi hanno cambiato i turni al lavoro e quel sabato non riesco proprio.
La mia collega Giulia Ferri invece parteciperà come previsto, quindi la sua iscrizione resta valida.

Mi dispiace e grazie per l'organizzazione!
Cordiali saluti
Marco Rinaldi
Comunità Italiana di Münster
""", charset="iso-8859-1", cte="quoted-printable"),
    rec("cancellation", "marco.rinaldi@comites-ms.example", "Marco Rinaldi",
        "Comunità Italiana di Münster", [], None, "it"))

# 041 registration in Polish typed without diacritics (US-ASCII 7bit): "grupa robocza nr 2",
# "bede sam"; the date 13.03 must not become a party size or group.
add("nowak-pl-ascii",
    std(addr("Tomasz Nowak", "tomasz.nowak@webpost.example"), US, "zapis MSO-Tag",
        when(2027, 3, 2, 21, 8, 19), "CAK3e7Rz-9mN2bV@mail.webpost.example"),
    text("""dzien dobry
chcialbym sie zapisac na dzien organizacji migrantow 13.03, grupa robocza nr 2. bede sam.
pozdrawiam
Tomasz Nowak
Stowarzyszenie Polskie w Munster
""", charset="us-ascii", cte="7bit"),
    rec("registration", "tomasz.nowak@webpost.example", "Tomasz Nowak",
        "Stowarzyszenie Polskie w Munster", ["AG2"], 1, "pl"))

# 042 question, conditional registration (UTF-8 QP): is the venue wheelchair accessible?
# "Wenn das passt, melde ich mich ... an (dann für die AG 2)" - not yet a registration.
add("acar-wheelchair-question",
    std(addr("Semra Acar", "semra.acar@netpost.example"), US,
        "Barrierefreiheit Stadtweinhaus?", when(2027, 3, 3, 9, 12, 0),
        "b2c3d4e5f6a7b8c9@netpost.example"),
    text("""Sehr geehrte Damen und Herren,

ich bin Rollstuhlfahrerin und würde gern am MSO-Tag teilnehmen. Ist das Stadtweinhaus barrierefrei, also gibt es einen Aufzug zu den Räumen der Arbeitsgruppen und eine rollstuhlgerechte Toilette?

Wenn das passt, melde ich mich sehr gern an (dann für die AG 2).

Mit freundlichen Grüßen
Semra Acar
Migrantinnen-Netzwerk Münster
""", charset="utf-8", cte="quoted-printable"),
    rec("question", "semra.acar@netpost.example", "Semra Acar", "Migrantinnen-Netzwerk Münster",
        [], None, "de"))

# 043 change from an iPhone reply (UTF-8 8bit, emoji): thank-you + husband joins ->
# 2 persons, "auch in die AG 2"; the quoted confirmation says Personen: 1.
add("boateng-iphone-thanks-husband",
    std(addr("Abena Boateng", "abena.boateng@mobil.example"), US_HDR,
        hdr("Re: Bestätigung Ihrer Anmeldung zum MSO-Tag 2027", "utf-8", "Q"),
        when(2027, 3, 3, 19, 45, 33), "E2D3C4B5-A697-4881-9A0B-1C2D3E4F5A6B@mobil.example",
        [("In-Reply-To", "<bestaetigung-2027-0077@muenster.example>"),
         ("References", "<bestaetigung-2027-0077@muenster.example>"),
         ("X-Mailer", "iPhone Mail (21D61)")]),
    text("""Vielen Dank für die schnelle Bestätigung!! 😊
Mein Mann möchte jetzt doch mitkommen, könnten Sie ihn bitte noch dazuschreiben? Er heißt Yaw Boateng und würde auch in die AG 2 gehen.
Liebe Grüße, Abena

Von meinem iPhone gesendet

> Am 02.03.2027 um 09:12 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Abena Boateng", 2, 1)) + "\n", charset="utf-8", cte="8bit"),
    rec("change", "abena.boateng@mobil.example", "Abena Boateng", None, ["AG2"], 2, "de"))

# 044 registration of two persons by another city office, Outlook "WG:" forward of the
# invitation with the new text above it (windows-1252 QP, multipart/alternative).
_b = """Liebe Kolleginnen,

für das Stadtteilbüro Coerde melden wir uns zum MSO-Tag an:
- Anja Rohlfs (ich)
- Kemal Arslan

Wir möchten beide in die AG 2. Herr Arslan spricht Türkisch und Kurdisch und könnte bei Bedarf in der AG spontan dolmetschen - sagen Sie gern Bescheid.

Beste Grüße
Anja Rohlfs

Stadt Münster | Sozialamt | Stadtteilbüro Coerde
Hamannplatz 1, 48157 Münster
Tel. 0251 492-5043

""" + CITY_DISCLAIMER + """

Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 8. Januar 2027 11:02
An: Stadtteilbueros-Verteiler <stadtteilbueros@stadt.muenster.example>
Betreff: Einladung zum Tag der Migrantenselbstorganisationen 2027

""" + INVITATION
add("rohlfs-city-wg-forward",
    std(addr("Rohlfs, Anja", "rohlfs@stadt.muenster.example"), US,
        "WG: Einladung zum Tag der Migrantenselbstorganisationen 2027", when(2027, 3, 4, 8, 2, 44),
        "BE1P281MB1877A6B5C4D3E2F1A0B9C8D7E6F5A@BE1P281MB1877.DEUP281.PROD.OUTLOOK.example",
        [("Thread-Topic", "Einladung zum Tag der Migrantenselbstorganisationen 2027"),
         ("Accept-Language", "de-DE"), ("Content-Language", "de-DE")]),
    multi("alternative", [
        text(_b, charset="windows-1252", cte="quoted-printable"),
        text(html_outlook(_b).replace("CHARSET", "windows-1252"), "html", "windows-1252",
             "quoted-printable")], "_000_BE1P281MB1877A6B5C4D3E2F1_"),
    rec("registration", "rohlfs@stadt.muenster.example", "Anja Rohlfs", "Stadtteilbüro Coerde",
        ["AG2"], 2, "de"))

# 045 bounce: Postfix multipart/report for one of our confirmations; the failed recipient
# is written in mixed case and must be reported lower-case.
_orig = message(std(US_HDR, "Info@Tamil-Kulturverein-MS.example",
                    "Bestaetigung Ihrer Anmeldung zum MSO-Tag 2027", when(2027, 3, 4, 14, 30, 10),
                    "bestaetigung-2027-0083@muenster.example",
                    [("Auto-Submitted", "auto-replied")]),
                text(confirmation("Selvakumar Rajendran", 3, 2), charset="utf-8", cte="quoted-printable"))
_ds = """Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4F2A11C0A3
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Thu, 4 Mar 2027 14:30:10 +0100 (CET)

Final-Recipient: rfc822; Info@Tamil-Kulturverein-MS.example
Original-Recipient: rfc822;Info@Tamil-Kulturverein-MS.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.tamil-kulturverein-ms.example
Diagnostic-Code: smtp; 550 5.1.1 <Info@Tamil-Kulturverein-MS.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
add("postfix-bounce",
    std("MAILER-DAEMON@mx1.muenster.example (Mail Delivery System)", US,
        "Undelivered Mail Returned to Sender", when(2027, 3, 4, 14, 30, 14),
        "20270304133014.7B2C91C0A5@mx1.muenster.example",
        [("Auto-Submitted", "auto-replied")]),
    multi("report", [
        text("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<Info@Tamil-Kulturverein-MS.example>: host mail.tamil-kulturverein-ms.example[192.0.2.41]
    said: 550 5.1.1 <Info@Tamil-Kulturverein-MS.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
             crlf(_ds).encode("ascii")),
        Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], _orig)],
        "7B2C91C0A5.1804167014/mx1.muenster.example", extra_params=" report-type=delivery-status;"),
    rec("bounce", bounced="info@tamil-kulturverein-ms.example"))

# 046 cancellation from a shared board mailbox with Reply-To to the chairman (UTF-8 QP):
# "wir (Erik Lindqvist + 2)", mentions another city event (Fachtag Ehrenamt in June).
add("lindqvist-cancel-replyto",
    std(addr("Vorstand Nordlicht", "vorstand@nordlicht-muenster.example"), US,
        "Abmeldung MSO-Tag", when(2027, 3, 5, 13, 55, 2), "0f1e2d3c4b5a6978@nordlicht-muenster.example",
        [("Reply-To", "erik.lindqvist@nordpost.example")]),
    text("""Hallo zusammen,

wir (Erik Lindqvist + 2) müssen uns leider wieder abmelden - an dem Tag kriegen wir nicht genug Leute aus dem Vorstand zusammen, und allein wollte keiner hin.

Beim Fachtag Ehrenamt im Juni sind wir aber wieder dabei, da haben wir uns schon angemeldet.

Gruß
Erik

Nordlicht - Skandinavischer Verein Münster e.V.
""", charset="utf-8", cte="quoted-printable"),
    rec("cancellation", "erik.lindqvist@nordpost.example", "Erik Lindqvist",
        "Nordlicht - Skandinavischer Verein Münster e.V.", [], None, "de"))

# 047 question about the schedule and lunch, registration made conditional on the answer
# (multipart/alternative, UTF-8 base64).
_b = """Guten Tag,

wir überlegen noch, ob wir am 13. März kommen. Können Sie mir sagen, wann die Arbeitsgruppen anfangen und wann sie enden? Und gibt es eine Mittagspause mit Essen, oder sollen wir uns selbst versorgen?

Ich würde unsere Anmeldung gern davon abhängig machen, weil einige aus unserem Verein nachmittags arbeiten müssen.

Freundliche Grüße
Kofi Mensah-Bonsu
Ghana Union Münster
"""
add("mensah-bonsu-schedule-question",
    std(addr("Kofi Mensah-Bonsu", "kofi.mb@studmail.example"), US, "Frage zum Ablauf",
        when(2027, 3, 5, 17, 20, 48), "CAPq8wE2-5tY7uI0oP3aS6dF9gH1jK4lZ@mail.studmail.example"),
    multi("alternative", [
        text(_b, charset="utf-8", cte="base64"),
        text(html_gmail(_b, sig_from=7), "html", "utf-8", "base64")], "000000000000aa11bb22061f4d5e66"),
    rec("question", "kofi.mb@studmail.example", "Kofi Mensah-Bonsu", "Ghana Union Münster",
        [], None, "de"))

# 048 auto_reply: Outlook out-of-office to our 7-day reminder, with Auto-Submitted header
# (windows-1252 QP), German and English, naming a deputy's address.
add("ooo-reminder-autoreply",
    std(addr("Stein, Barbara", "b.stein@awo-integration.example"), US,
        "Automatische Antwort: Erinnerung: Tag der Migrantenselbstorganisationen in einer Woche",
        when(2027, 3, 6, 10, 0, 41),
        "VI1PR09MB4432B3A2F1E0D9C8B7A6F5E4D3C2B@VI1PR09MB4432.eurprd09.prod.outlook.example",
        [("In-Reply-To", "<erinnerung-7d-2027-0019@muenster.example>"),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("Content-Language", "de-DE")]),
    text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.03.2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Lütkehaus (luetkehaus@awo-integration.example).

Thank you for your message. I am out of the office until 14 March 2027 with no access to e-mail.

Barbara Stein
AWO Integrationsagentur Münster
""", charset="windows-1252", cte="quoted-printable"),
    rec("auto_reply"))

# 049 registration after the deadline (UTF-8 QP): asks to be taken in anyway, "AG egal",
# and mentions next year as a fallback - still a registration of one person.
add("petrovic-late-registration",
    std(addr("Goran Petrović", "goran.petrovic@netpost.example", "utf-8", "Q"), US,
        "Nachzuegliche Anmeldung MSO-Tag", when(2027, 3, 8, 9, 27, 15),
        "c9d8e7f6a5b4c3d2@netpost.example"),
    text("""Sehr geehrte Frau Kötter,

ich weiß, die Anmeldefrist ist seit Samstag abgelaufen - ich habe die Einladung erst jetzt über unseren Dachverband bekommen. Könnten Sie mich trotzdem noch für den MSO-Tag am 13. März aufnehmen? Welche Arbeitsgruppe, ist mir egal, ich nehme, was noch frei ist.

Falls es nicht mehr klappt, bin ich nächstes Jahr rechtzeitig dran!

Mit freundlichen Grüßen
Goran Petrović
Serbische Kulturgemeinschaft Münster
""", charset="utf-8", cte="quoted-printable", fmt_flowed=True),
    rec("registration", "goran.petrovic@netpost.example", "Goran Petrović",
        "Serbische Kulturgemeinschaft Münster", [], 1, "de"))

# 050 cancellation dictated by voice (UTF-8 QP): no punctuation, "Emesso Tag", shift work.
add("karimi-voice-cancel",
    std(addr("Ahmad Karimi", "ahmad.karimi@mobil.example"), US, "Absage",
        when(2027, 3, 10, 6, 41, 9), "F1E2D3C4-B5A6-4978-8695-A4B3C2D1E0F9@mobil.example",
        [("X-Mailer", "iPhone Mail (21E236)")]),
    text("""Hallo hier ist Ahmad Karimi ich kann am 13. März leider nicht zum Emesso Tag kommen weil ich arbeiten muss Schichtdienst ich hoffe beim nächsten Mal klappt es Dankeschön und schönen Gruß an alle

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable"),
    rec("cancellation", "ahmad.karimi@mobil.example", "Ahmad Karimi", None, [], None, "de"))


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
WG_IDS = ("AG1", "AG2", "AG3")
EMAIL_RE = re.compile(r"[\w.+$-]+@((?:[\w-]+\.)+[\w-]+)")
URL_RE = re.compile(r"(?:https?://|www\.)([^/\s\"'<>?]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def check_hosts(fname, txt):
    for m in EMAIL_RE.finditer(txt):
        assert example_host(m.group(1)), f"{fname}: non-example address {m.group(0)}"
    for m in URL_RE.finditer(txt):
        host = m.group(1)
        if m.group(0).lower().startswith("www."):
            host = "www." + host
        assert example_host(host), f"{fname}: non-example URL host {host}"


def walk_all(msg):
    """Every part, also inside message/rfc822; delivery-status blocks are checked apart."""
    yield msg
    if msg.get_content_type() == "message/delivery-status":
        return
    if msg.is_multipart():
        for sub in msg.get_payload():
            yield from walk_all(sub)


def validate(mails):
    prev = None
    for fname, data, exp in mails:
        assert re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", fname), fname
        # line ends and lengths
        assert b"\n" not in data.replace(b"\r\n", b""), f"{fname}: bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{fname}: bare CR"
        for ln in data.split(b"\r\n"):
            assert len(ln) <= 998, f"{fname}: line longer than 998 octets"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        texts = []
        for part in walk_all(msg):
            assert not part.defects, f"{fname}: defects {part.defects}"
            for k, v in part.items():
                assert not getattr(v, "defects", ()), f"{fname}: header {k} defects {v.defects}"
                texts.append(str(v))
            ctype = part.get_content_type()
            if ctype == "message/delivery-status":
                for block in part.get_payload():
                    assert not block.defects, f"{fname}: delivery-status defects"
                    for k, v in block.items():
                        assert not getattr(v, "defects", ()), f"{fname}: {k} defects {v.defects}"
                        texts.append(str(v))
                continue
            if part.is_multipart():
                continue
            if ctype == "message/rfc822":
                continue
            payload = part.get_payload(decode=True)
            assert not part.defects, f"{fname}: defects after decoding {part.defects}"
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                assert cs, f"{fname}: text part without charset"
                texts.append(payload.decode(cs, "strict"))
        for k in ("From", "To", "Date", "Message-ID", "Subject"):
            assert msg[k] is not None, f"{fname}: no {k}"
        date = parsedate_to_datetime(str(msg["Date"]))
        assert prev is None or date > prev, f"{fname}: Date does not rise"
        prev = date
        check_hosts(fname, "\n".join(texts))
        # the record
        assert tuple(sorted(exp)) == tuple(sorted(KEYS)), f"{fname}: keys {sorted(exp)}"
        k = exp["kind"]
        assert k in KINDS, fname
        assert isinstance(exp["workgroups"], list) and all(w in WG_IDS for w in exp["workgroups"])
        assert len(set(exp["workgroups"])) == len(exp["workgroups"])
        if k in ("auto_reply", "bounce", "other"):
            for f in ("email", "name", "organisation", "language", "party_size"):
                assert exp[f] is None, f"{fname}: {f} must be null for {k}"
            assert exp["workgroups"] == []
        else:
            assert isinstance(exp["email"], str) and exp["email"] == exp["email"].lower()
            assert example_host(exp["email"].split("@")[1])
            assert isinstance(exp["name"], str) and exp["name"].strip()
            assert isinstance(exp["language"], str) and re.fullmatch(r"[a-z]{2}", exp["language"])
        if k == "registration":
            assert isinstance(exp["party_size"], int) and 1 <= exp["party_size"] <= 20, fname
        elif k == "change":
            assert exp["party_size"] is None or isinstance(exp["party_size"], int)
        else:
            assert exp["party_size"] is None, fname
        if k == "bounce":
            b = exp["bounced_recipient"]
            assert isinstance(b, str) and b == b.lower() and example_host(b.split("@")[1])
        else:
            assert exp["bounced_recipient"] is None
    names = [m[0] for m in mails]
    assert len(set(names)) == len(names)
    assert [int(n[:3]) for n in names] == list(range(1, len(names) + 1))


def cte_and_charsets(data):
    msg = BytesParser(policy=policy.default).parsebytes(data)
    ctes, css, types = set(), set(), set()
    for part in msg.walk():
        types.add(part.get_content_type())
        if not part.is_multipart():
            ctes.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
            if part.get_content_maintype() == "text" and part.get_content_charset():
                css.add(part.get_content_charset())
    return ctes, css, types


def stats(mails):
    kinds = Counter(m[2]["kind"] for m in mails)
    langs = Counter(m[2]["language"] for m in mails)
    ctes, css, types = Counter(), Counter(), Counter()
    for _, data, _ in mails:
        a, b, c = cte_and_charsets(data)
        ctes.update(a)
        css.update(b)
        types.update(c)
    print(f"mails: {len(mails)}")
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages:", ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: (x[0] is None, -x[1], str(x[0])))))
    print("charsets (mails using):", ", ".join(f"{k}={v}" for k, v in sorted(css.items())))
    print("transfer encodings (mails using):", ", ".join(f"{k}={v}" for k, v in sorted(ctes.items())))
    print("content types (mails using):", ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
    ps = Counter(m[2]["party_size"] for m in mails if m[2]["kind"] == "registration")
    print("registration party sizes:", ", ".join(f"{k}x{v}" for k, v in sorted(ps.items())))


def outputs():
    files = {f"mails/{n}": d for n, d, _ in MAILS}
    exp = {n: e for n, _, e in MAILS}
    files["expected.json"] = (json.dumps(exp, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def main(argv):
    validate(MAILS)
    if "--stats" in argv:
        stats(MAILS)
        return 0
    files = outputs()
    if "--check" in argv:
        bad = []
        for rel, data in files.items():
            p = HERE / rel
            if not p.exists() or p.read_bytes() != data:
                bad.append(rel)
        extra = sorted(p.name for p in (HERE / "mails").glob("*.eml")
                       if f"mails/{p.name}" not in files) if (HERE / "mails").exists() else []
        if bad or extra:
            print("differs:", ", ".join(bad + extra))
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read what was written and validate again
    reread = [(n, (HERE / "mails" / n).read_bytes(), e) for n, e in
              json.loads((HERE / "expected.json").read_text("utf-8")).items()]
    validate(sorted(reread))
    print(f"wrote {len(MAILS)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
