#!/usr/bin/env python3
"""Evaluation set "quartier": 50 mails to the Quartierskonferenz Münster-Südost 2027.

Writes mails/NNN-slug.eml and expected.json next to this file and validates them.

    python3 make_mails.py           write and validate
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
Every mail text is in this file; the comment line above each mail says what it tests.
"""

import base64
import json
import quopri
import re
import struct
import sys
import tomllib
import zlib
from collections import Counter, namedtuple
from email import message_from_bytes
from email import policy
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
WG_IDS = [w["id"] for w in CONFIG["workgroups"]]
OURS = CONFIG["event"]["registration_address"]          # quartierskonferenz@muenster.example
OUR_NAME = "Quartierskonferenz Münster-Südost"

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
ISO639_1 = set("""aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs
cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr
ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la
lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta
te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())

Part = namedtuple("Part", "headers body")      # headers: list of "Name: value" lines; body: bytes

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def T(s):
    """Mail text written flush-left in this file; drop the first newline."""
    return s[1:] if s.startswith("\n") else s


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=cs)


def hdr(text, cs="utf-8", name="Subject"):
    if text.isascii():
        return text
    return Header(text, cs, maxlinelen=76, header_name=name).encode(linesep="\n")


def text(body, cs="utf-8", cte="8bit", sub="plain", params="", extra=()):
    """One text/* part; body is str with \\n line ends."""
    body = body.replace("\r\n", "\n")
    if cte == "base64":
        raw = body.replace("\n", "\r\n").encode(cs)
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(body.encode(cs))
    elif cte == "7bit":
        enc = body.encode("ascii")
    elif cte == "8bit":
        enc = body.encode(cs)
    else:
        raise ValueError(cte)
    if not enc.endswith(b"\n"):
        enc += b"\n"
    headers = [f'Content-Type: text/{sub}; charset="{cs}"{params}',
               f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Part(headers, enc)


def binary(data, ctype, filename=None, disposition="attachment", cid=None):
    headers = [f'Content-Type: {ctype}' + (f'; name="{filename}"' if filename else "")]
    headers.append("Content-Transfer-Encoding: base64")
    if filename:
        headers.append(f'Content-Disposition: {disposition}; filename="{filename}"')
    if cid:
        headers.append(f"Content-ID: <{cid}>")
    return Part(headers, base64.encodebytes(data))


def multi(sub, parts, boundary, params="", preamble=None):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += "\n".join(p.headers).encode("ascii") + b"\n\n" + p.body
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{sub};{params} boundary="{boundary}"'], out)


def raw_part(ctype, body, cte="7bit"):
    return Part([f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"],
                body.replace("\r\n", "\n").encode("ascii"))


def embedded(headers, part):
    """message/rfc822 part holding a whole message."""
    inner = "\n".join(f"{k}: {v}" for k, v in headers).encode("ascii") + b"\n"
    inner += b"MIME-Version: 1.0\n" + "\n".join(part.headers).encode("ascii") + b"\n\n" + part.body
    return Part(["Content-Type: message/rfc822", "Content-Disposition: attachment"], inner)


def tiny_png(w=24, h=8, rgb=(30, 110, 60)):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    row = b"\x00" + bytes(rgb) * w
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * h, 9)) + chunk(b"IEND", b""))


def tiny_pdf(lines):
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({l}) '" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"]
    out = "%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


MAILS = []          # (filename, bytes, expected record)


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email.lower() if email else None, "name": name,
            "organisation": org, "workgroups": list(wg), "party_size": party,
            "language": lang, "bounced_recipient": bounced.lower() if bounced else None}


def mail(slug, expected, headers, part):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines.extend(part.headers)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + part.body
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MAILS.append((fname, data, expected))


def H(frm, subject, date, msgid, to=None, cs="utf-8", extra=()):
    """Common top-level headers; frm is an already formatted address."""
    hs = [("From", frm), ("To", to or addr(OUR_NAME, OURS)), ("Subject", hdr(subject, cs)),
          ("Date", date), ("Message-ID", f"<{msgid}>")]
    hs.extend(extra)
    return hs


# ---------------------------------------------------------------------------
# our own texts, quoted in replies
# ---------------------------------------------------------------------------

INVITATION = T("""
Liebe Bürgerinnen und Bürger aus Gremmendorf, Angelmodde, Wolbeck und der
Loddenheide,
liebe Vereine, Initiativen und Einrichtungen im Stadtbezirk Südost,

wie wollen wir in Zukunft in unseren Quartieren leben? Dazu lädt das Amt für
Stadtentwicklung Sie herzlich ein zur

   Quartierskonferenz Münster-Südost 2027
   Samstag, 22. Mai 2027, 9:30 bis 16:30 Uhr
   Stadtteilhaus Gremmendorf, Albersloher Weg 480, 48167 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in vier parallelen Workshops:

   Workshop A: Wohnen und Nachbarschaft im Quartier
   Workshop B: Mobilität und sichere Schulwege
   Workshop C: Grünflächen, Klima und Aufenthaltsqualität
   Workshop D: Teilhabe, Ehrenamt und Angebote für Jung und Alt

Die Teilnahme ist kostenlos, für Verpflegung ist gesorgt. Die Plätze sind
begrenzt (insgesamt 120, je Workshop 25 bis 35).

Bitte melden Sie sich bis zum 12. Mai 2027 per E-Mail an
quartierskonferenz@muenster.example an und nennen Sie uns: Name, ggf. Verein
oder Einrichtung, Anzahl der Personen und Ihren Wunsch-Workshop (gern mit
Zweitwahl).

Wir freuen uns auf Sie!

Ihr Team der Quartierskonferenz
Stadt Münster – Amt für Stadtentwicklung
""")
INVITATION_ID = "einladung-2027-03-22.0915@muenster.example"

WS_TITLE = {"A": "A – Wohnen und Nachbarschaft im Quartier",
            "B": "B – Mobilität und sichere Schulwege",
            "C": "C – Grünflächen, Klima und Aufenthaltsqualität",
            "D": "D – Teilhabe, Ehrenamt und Angebote für Jung und Alt"}


def confirmation(salutation, persons, first, second=None):
    ws = WS_TITLE[first] + (f" (Zweitwahl: {WS_TITLE[second]})" if second else "")
    who = "1 Person" if persons == 1 else f"{persons} Personen"
    return T(f"""
Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027
am Samstag, 22. Mai 2027, 9:30 bis 16:30 Uhr im Stadtteilhaus Gremmendorf,
Albersloher Weg 480, 48167 Münster.

Angemeldet: {who}
Workshop: {ws}

Falls sich etwas ändert, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team der Quartierskonferenz Münster-Südost
""")


CONF_SUBJECT = "Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027"

OUTLOOK_CSS = ('<style><!--\n'
               'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt;'
               ' font-family:"Calibri",sans-serif;}\n'
               'span.E-MailFormatvorlage17 {mso-style-type:personal-compose;}\n'
               '--></style>')


def outlook_html(paragraphs, cs):
    """HTML body the way Outlook writes it: one <p class=MsoNormal> per line."""
    out = ['<html>', '<head>', f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">', OUTLOOK_CSS,
           '</head>', '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for p in paragraphs:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{p}<o:p></o:p></p>')
    out += ['</div>', '</body>', '</html>']
    return "\n".join(out) + "\n"


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def simple_html(body_text):
    """Gmail-like HTML alternative of a plain text."""
    paras = body_text.rstrip("\n").split("\n\n")
    divs = []
    for p in paras:
        divs.append("<div>" + "<br>".join(html_escape(l) for l in p.split("\n")) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(divs) + "</div>\n"


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 registration, de: elderly resident writes a plain letter (ISO-8859-1, 8bit); her age 74,
#     the year 1979, house number 12 and a phone number are no party size; "Workshop über die
#     Grünflächen" names WS-C in running text; "mein Mann ... verstorben" must not add a person.
mail("hoelscher-gruenflaechen",
     rec("registration", "g.hoelscher@t-online.example", "Gertrud Hölscher", None, ["WS-C"], 1, "de"),
     H(addr("Gertrud Hölscher", "g.hoelscher@t-online.example", "iso-8859-1"),
       "Anmeldung Quartierskonferenz", "Mon, 22 Mar 2027 18:47:12 +0100",
       "4f2a91c0.1188.hoelscher@t-online.example", cs="iso-8859-1",
       extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")]),
     text(T("""
Sehr geehrte Damen und Herren,

hiermit möchte ich mich für die Quartierskonferenz am 22. Mai anmelden.

Ich bin 74 Jahre alt und wohne seit 1979 in Angelmodde, Am Dorfbach 12. Es
liegt mir sehr am Herzen, dass am Emmerbach endlich wieder Bänke aufgestellt
werden und die Wiese hinter der Grundschule nicht dauernd zugeparkt wird.
Deshalb würde ich gerne bei dem Workshop über die Grünflächen mitmachen.

Ich komme allein, mein Mann ist leider vor zwei Jahren verstorben.

Mit freundlichen Grüßen

Gertrud Hölscher
Am Dorfbach 12
48167 Münster
Tel. 0251 / 61 48 30
"""), "iso-8859-1", "8bit"))

# 002 registration, en: Gmail multipart/alternative (UTF-8, quoted-printable); first and second
#     choice given by letter plus an English paraphrase ("mobility and safe routes to school");
#     children's ages 6 and 9 and house number 254 are no party size.
_t = T("""
Hello,

I saw the flyer for the Quartierskonferenz at the Gremmendorf library and
would like to register. My German is okay for reading but I'm more
comfortable writing in English, hope that's fine.

I'd be most interested in workshop B (mobility and safe routes to school) -
our two kids (6 and 9) walk to the Grundschule along Albersloher Weg every
morning and the crossing near number 254 is honestly scary. If B is full,
C (green spaces / climate) would be my second choice.

It'll just be me.

Best regards,
Daniel Okafor
""")
mail("okafor-workshop-b-then-c",
     rec("registration", "daniel.okafor@gmail.example", "Daniel Okafor", None, ["WS-B", "WS-C"], 1, "en"),
     H(addr("Daniel Okafor", "daniel.okafor@gmail.example"),
       "Registration - Quartierskonferenz 22 May", "Tue, 23 Mar 2027 10:58:40 +0100",
       "CAE7xq0Lr9Hn2vB4kd1OkafoR@mail.gmail.example"),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(simple_html(_t), "utf-8", "quoted-printable", sub="html")],
           "000000000000a1b2c3d4e5f60718"))

# 003 registration, tr: Turkish (windows-1254, quoted-printable); "eşimle birlikte ... 2 kişi"
#     gives party 2; the workgroup is named by its German title in quotes inside Turkish text;
#     street number 35 and a mobile number are no party size.
mail("demir-esimle-wohnen",
     rec("registration", "ayse.demir@hotmail.example", "Ayşe Demir", None, ["WS-A"], 2, "tr"),
     H(addr("Ayşe Demir", "ayse.demir@hotmail.example", "windows-1254"),
       "Quartierskonferenz kayıt", "Tue, 23 Mar 2027 21:14:03 +0100",
       "AM6PR04MB5511.demir@eurprd04.prod.outlook.example", cs="windows-1254"),
     text(T("""
Merhaba,

22 Mayıs'taki Quartierskonferenz'a eşimle birlikte katılmak istiyoruz, yani
2 kişi. Biz Gremmendorf'ta, Loddenweg 35'te oturuyoruz ve özellikle kira ve
komşuluk konusu bizi çok ilgilendiriyor. Bu yüzden "Wohnen und Nachbarschaft"
atölyesine katılmak istiyoruz.

Almancam çok iyi değil, Türkçe yazdığım için kusura bakmayın.

Saygılarımla
Ayşe Demir
0176 55 21 90 14
"""), "windows-1254", "quoted-printable"))

# 004 registration, de: association secretary registers her chairman and asks us to confirm to
#     his own address; Outlook HTML-only in multipart/related with an inline logo (windows-1252,
#     quoted-printable); "1. Vorsitzenden", "Di + Do 9–12 Uhr", "VR 1984" are no numbers that
#     matter; first choice by the alias "Verkehr", second by the full title of WS-D.
_p = ["Sehr geehrte Damen und Herren,", "",
      "für die Quartierskonferenz Münster-Südost am 22.05.2027 melde ich hiermit unseren "
      "1. Vorsitzenden, Herrn Dr. Klaus Wienholt, an.", "",
      "Herr Dr. Wienholt möchte an der Arbeitsgruppe zum Thema Verkehr teilnehmen; falls dort "
      "kein Platz mehr ist, gerne im Workshop „Teilhabe, Ehrenamt und Angebote für Jung und Alt“.", "",
      "Bitte senden Sie die Bestätigung direkt an Herrn Dr. Wienholt: "
      '<a href="mailto:k.wienholt@bv-gremmendorf.example">k.wienholt@bv-gremmendorf.example</a>', "",
      "Mit freundlichen Grüßen", "i. A. Martina Voß", "Sekretariat", "",
      "<b>Bürgerverein Gremmendorf e.V.</b>", "Geschäftsstelle: Heidestraße 2a, 48167 Münster",
      "Tel. 0251 / 31 70 22 (Di + Do 9–12 Uhr)", "Vereinsregister Amtsgericht Münster VR 1984",
      '<img width="96" height="32" id="Grafik_x0020_1" src="cid:image001.png@01DB7F3A.bvgremmendorf.example" alt="Logo Bürgerverein">',
      "",
      '<span style="font-size:8.0pt;color:gray">Diese E-Mail enthält vertrauliche Informationen. '
      "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und "
      "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser "
      "Mail sind nicht gestattet.</span>"]
mail("bv-gremmendorf-fuer-vorsitzenden",
     rec("registration", "k.wienholt@bv-gremmendorf.example", "Klaus Wienholt",
         "Bürgerverein Gremmendorf e.V.", ["WS-B", "WS-D"], 1, "de"),
     H(addr("Bürgerverein Gremmendorf e.V. - Sekretariat", "sekretariat@bv-gremmendorf.example",
            "windows-1252"),
       "Anmeldung Dr. Wienholt zur Quartierskonferenz", "Wed, 24 Mar 2027 16:02:55 +0100",
       "000601db7f3a$5c2e1b40$1485a1c0@bvgremmendorf.example", cs="windows-1252",
       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adt/OlwuG0AUhaHAx2pVdEJm0Q=="),
              ("Content-Language", "de")]),
     multi("related", [text(outlook_html(_p, "windows-1252"), "windows-1252", "quoted-printable", sub="html"),
                       binary(tiny_png(), "image/png", "image001.png", "inline",
                              cid="image001.png@01DB7F3A.bvgremmendorf.example")],
           "----=_NextPart_000_0007_01DB7F3A.5C2E1B40", params=' type="text/html";'))

# 005 registration, ar: Arabic (windows-1256, base64); father and his 17-year-old son, "فنحن شخصان"
#     (so we are two); the workgroup named in Arabic ("السكن والجوار") plus the letter A; street
#     number 188 and the year 2016 are no party size; signature in Latin script.
mail("alkhatib-mit-sohn-sakan",
     rec("registration", "m.alkhatib@web.example", "Mahmoud Al-Khatib", None, ["WS-A"], 2, "ar"),
     H(addr("Mahmoud Al-Khatib", "m.alkhatib@web.example"),
       "تسجيل - Quartierskonferenz", "Thu, 25 Mar 2027 18:03:27 +0100",
       "trinity-5c1f0a7e-alkhatib@3c-app-webde-bap37.webde.example", cs="windows-1256"),
     text(T("""
السلام عليكم،

أرغب في التسجيل في مؤتمر الحي (Quartierskonferenz) يوم السبت 22 أيار/مايو.
سأحضر مع ابني عمر، عمره 17 سنة، فنحن شخصان.

نحن نسكن في Wolbecker Str. رقم 188 منذ سنة 2016، ونهتم كثيراً بموضوع السكن
والعلاقات بين الجيران، لذلك نريد المشاركة في ورشة العمل A (السكن والجوار).

مع الشكر الجزيل
Mahmoud Al-Khatib
هاتف: 0157 3344 8120
"""), "windows-1256", "base64"))

# 006 question, de: conditional interest ("Wenn das klappt, melde ich mich gern an") that
#     depends on the answer about childcare and step-free access; registers no one yet;
#     children's ages 3 and 7 are no party size.
mail("schulze-bock-kinderbetreuung",
     rec("question", "miriam.sb@posteo.example", "Miriam Schulze-Bock", lang="de"),
     H(addr("Miriam Schulze-Bock", "miriam.sb@posteo.example"),
       "Frage zur Quartierskonferenz – Kinderbetreuung?", "Fri, 26 Mar 2027 07:41:09 +0100",
       "a3b9e2d1-7c44-4f1e-9d55-miriamsb@posteo.example",
       extra=[("User-Agent", "Mozilla Thunderbird")]),
     text(T("""
Hallo zusammen,

ich würde grundsätzlich gerne an der Quartierskonferenz teilnehmen, bin aber
alleinerziehend mit zwei Kindern (3 und 7). Gibt es an dem Samstag eine
Kinderbetreuung vor Ort? Und ist das Stadtteilhaus mit Kinderwagen bzw.
barrierefrei erreichbar (Aufzug)?

Wenn das klappt, melde ich mich gern an - dann wohl für Wohnen.

Viele Grüße
Miriam Schulze-Bock
"""), "utf-8", "quoted-printable", params="; format=flowed"))

# 007 registration, ru: Russian in KOI8-R, 8bit, Cyrillic display name; first choice by letter
#     and Russian paraphrase, second choice only in Russian ("зелёные зоны и климат"); bus line 6,
#     "11 лет", "раз в час" are no party size.
mail("vasilyeva-transport-zelen",
     rec("registration", "olga.vasilyeva@mail.example", "Ольга Васильева", None, ["WS-B", "WS-C"], 1, "ru"),
     H(addr("Ольга Васильева", "olga.vasilyeva@mail.example", "koi8-r"),
       "Регистрация на конференцию 22.05", "Sat, 27 Mar 2027 13:52:30 +0100",
       "1774612350.284710.vasilyeva@f512.i.mail.example", cs="koi8-r"),
     text(T("""
Здравствуйте!

Меня зовут Ольга Васильева, я живу в Вольбеке (Wolbeck) уже 11 лет. Хочу
зарегистрироваться на конференцию квартала 22 мая.

Меня больше всего интересует транспорт: автобус 6 ходит в выходные раз в
час, а до школы дети идут по дороге без тротуара. Поэтому прошу записать
меня в рабочую группу по мобильности и школьным дорогам (B). Если там не
будет мест, то в группу про зелёные зоны и климат.

Приду одна.

С уважением,
Ольга Васильева
"""), "koi8-r", "8bit"))

# 008 registration, de: phone-typed, all lower case, ASCII transliterations ("fuer"), the id
#     written "ws-d"; "ab 11 uhr" and "u13" are no party size; the name only in From (signature
#     is a nickname); "sportverein" is not a named organisation.
mail("brinkmann-handy-ws-d",
     rec("registration", "tobi.brinkmann@gmx.example", "Tobias Brinkmann", None, ["WS-D"], 1, "de"),
     H(addr("Tobias Brinkmann", "tobi.brinkmann@gmx.example"),
       "anmeldung", "Mon, 29 Mar 2027 22:16:44 +0200",
       "E1B7C2A4-90F3-4D0B-8C3E-7A1F5B2D6C90@gmx.example"),
     text(T("""
hallo,
meld mich hiermit an fuer die quartierskonferenz. ws-d (ehrenamt) waer
meins, bin im sportverein jugendtrainer. komme aber erst so gegen 11 uhr
weil vorher noch spiel von der u13 ist.
lg tobi

Von meinem iPhone gesendet
"""), "us-ascii", "7bit"))

# 009 registration, de: a family of three (named: wife, daughter 15, writer) with a PDF form
#     attached; From display name written "Last, First"; ISO-8859-15, quoted-printable;
#     house number 261 is no party size.
mail("pohlmann-familie-klima",
     rec("registration", "j.pohlmann@arcor.example", "Jürgen Pohlmann", None, ["WS-C"], 3, "de"),
     H(addr("Pohlmann, Jürgen", "j.pohlmann@arcor.example", "iso-8859-15"),
       "Anmeldung Familie Pohlmann", "Tue, 30 Mar 2027 19:25:01 +0200",
       "20270330192501.GA3312@pohlmann.arcor.example", cs="iso-8859-15"),
     multi("mixed", [
         text(T("""
Guten Tag,

wir möchten uns als Familie zur Quartierskonferenz anmelden: meine Frau
Sandra, unsere Tochter Lea (15) und ich, also insgesamt drei Personen. Lea
macht bei den Klima-Scouts ihrer Schule mit und hat uns eigentlich erst
auf die Idee gebracht.

Wir würden alle drei gerne in den Workshop C (Grünflächen, Klima und
Aufenthaltsqualität).

Das ausgefüllte Anmeldeformular hänge ich zur Sicherheit noch mal an.

Beste Grüße aus der Wolbecker Straße 261
Jürgen Pohlmann
"""), "iso-8859-15", "quoted-printable"),
         binary(tiny_pdf(["Anmeldung Quartierskonferenz Muenster-Suedost 2027",
                          "Name: Juergen Pohlmann", "Personen: 3", "Workshop: C"]),
                "application/pdf", "Anmeldung_Pohlmann.pdf")],
         "------------0A1B2C3D4E5F60718293A4B5"))

# 010 registration, fa: Persian (UTF-8, base64) for a women's association; party given in
#     Persian digits ("۳ نفر"), the date "۲۲ مه" also in Persian digits; workgroup by letter D plus a
#     Persian paraphrase; organisation in the German signature.
mail("rezaei-frauenverein-d",
     rec("registration", "maryam.rezaei@afghan-frauen-ms.example", "Maryam Rezaei",
         "Afghanischer Frauenverein Münster e.V.", ["WS-D"], 3, "fa"),
     H(addr("Maryam Rezaei", "maryam.rezaei@afghan-frauen-ms.example"),
       "ثبت نام برای کنفرانس محله", "Thu, 01 Apr 2027 11:30:18 +0200",
       "CAF3m9-RezaeiQx7@mail.afghan-frauen-ms.example"),
     text(T("""
سلام و وقت بخیر،

من مریم رضایی هستم از انجمن زنان افغان در مونستر. ما می‌خواهیم در کنفرانس محله
در روز ۲۲ مه شرکت کنیم. ما ۳ نفر هستیم: من و دو نفر از خانم‌های انجمن.

ما به کارگاه D علاقه داریم (مشارکت، کار داوطلبانه و برنامه برای جوان و پیر)،
چون بسیاری از زنان ما می‌خواهند داوطلب شوند ولی نمی‌دانند از کجا شروع کنند.

با تشکر فراوان
Maryam Rezaei
Afghanischer Frauenverein Münster e.V.
Tel. 0251 / 98 76 54 32
"""), "utf-8", "base64"))

# 011 question, en: "Quick question before I register" - asks who may attend and about
#     English; plain ASCII 7bit; must not count as a registration.
mail("raman-question-hiltrup",
     rec("question", "priya.raman@outlook.example", "Priya Raman", lang="en"),
     H(addr("Priya Raman", "priya.raman@outlook.example"),
       "Question about the neighbourhood conference", "Fri, 02 Apr 2027 12:05:51 +0200",
       "DB9P191MB1422.raman@DB9P191MB1422.EURP191.PROD.OUTLOOK.example"),
     text(T("""
Hi,

Quick question before I register: is the Quartierskonferenz only for people
living in Muenster-Suedost? I live in Hiltrup (near the Marktallee) but work
at a daycare in Gremmendorf, so the topics concern me too.

Also, will any of the workshops be held in English, or is it all German?

Thanks a lot,
Priya
"""), "us-ascii", "7bit"))

# 012 registration, de: municipal day-care centre writes from a mailbox on the city's own domain
#     (not ours); Outlook HTML-only (UTF-8, quoted-printable); "Workshop 2" names WS-B by its
#     number although the invitation uses letters; writer plus a named colleague = 2.
_p = ["Liebes Team der Quartierskonferenz,", "",
      "hiermit melden wir uns verbindlich an: meine Kollegin Frau Derya Yıldız und ich. "
      "Wir sind also zu zweit.", "",
      "Unser Interesse gilt Workshop 2 – bei uns in der Kita ist das Thema Bring- und "
      "Holverkehr / Elterntaxis ein Dauerbrenner.", "",
      "Herzliche Grüße", "",
      "<b>Sabine Kortmann</b>", "Leitung", "Städtische Kita Sonnenblume",
      "Am Berler Kamp 7 | 48167 Münster", "Telefon: 0251 492-5170"]
mail("kita-sonnenblume-workshop-2",
     rec("registration", "kita-sonnenblume@muenster.example", "Sabine Kortmann",
         "Städtische Kita Sonnenblume", ["WS-B"], 2, "de"),
     H(addr("Kortmann, Sabine", "kita-sonnenblume@muenster.example"),
       "Anmeldung Kita Sonnenblume", "Mon, 05 Apr 2027 14:18:37 +0200",
       "FR2P281MB0099A1.kortmann@FR2P281MB0099.DEUP281.PROD.OUTLOOK.example",
       extra=[("X-MS-Has-Attach", ""), ("Content-Language", "de-DE")]),
     text(outlook_html(_p, "utf-8"), "utf-8", "quoted-printable", sub="html"))

# 013 registration, pl: Polish (ISO-8859-2, quoted-printable); workgroup by letter plus Polish
#     paraphrase ("tereny zielone, klimat"); house number 301 and "2 psami" (two dogs) are no
#     party size; "Przyjdę sama" = alone.
mail("nowak-warsztat-c",
     rec("registration", "kasia.nowak@onet.example", "Katarzyna Nowak", None, ["WS-C"], 1, "pl"),
     H(addr("Katarzyna Nowak", "kasia.nowak@onet.example", "iso-8859-2"),
       "Zgłoszenie - konferencja dzielnicowa", "Tue, 06 Apr 2027 15:47:22 +0200",
       "5f1c2a3b-nowak@poczta.onet.example", cs="iso-8859-2"),
     text(T("""
Dzień dobry,

chciałabym się zapisać na konferencję dzielnicową 22 maja. Mieszkam przy
Wolbecker Straße 301 i codziennie chodzę z moimi 2 psami nad kanał, więc
najbardziej interesuje mnie warsztat C - tereny zielone, klimat i jakość
przestrzeni publicznej.

Przyjdę sama.

Pozdrawiam serdecznie
Katarzyna Nowak
"""), "iso-8859-2", "quoted-printable"))

# 014 registration, de: registers "unter Vorbehalt" (shift swap pending) - still a registration;
#     "zu fünft in 3 Zimmern" is the household, not the party; the date 22.5. is no number.
mail("kowalczyk-unter-vorbehalt",
     rec("registration", "d.kowalczyk@web.example", "Dennis Kowalczyk", None, ["WS-A"], 1, "de"),
     H(addr("Dennis Kowalczyk", "d.kowalczyk@web.example"),
       "Anmeldung (unter Vorbehalt)", "Wed, 07 Apr 2027 20:55:10 +0200",
       "trinity-8d2e4f61-kowalczyk@3c-app-webde-bs21.webde.example"),
     text(T("""
Moin,

ich melde mich mal unter Vorbehalt für die Quartierskonferenz an. Ich
arbeite im Schichtdienst in der Pflege und versuche gerade, den Dienst am
22.5. zu tauschen. Wenn das nicht klappt, sage ich rechtzeitig ab,
versprochen.

Thema: Wohnen und Nachbarschaft. Wir wohnen zu fünft in 3 Zimmern am
Gremmendorfer Weg, das Thema Wohnraum brennt uns also unter den Nägeln.

Gruß
Dennis Kowalczyk
"""), "utf-8", "8bit"))

# 015 registration, uk: Ukrainian in KOI8-U, 8bit; writer and her mother ("Нас буде двоє");
#     mother's age 68 and the year 2022 are no party size; first choice letter D plus Ukrainian
#     paraphrase, second choice "житло та сусідство (A)".
mail("melnyk-mama-d-dann-a",
     rec("registration", "oksana.melnyk@ukr.example", "Оксана Мельник", None, ["WS-D", "WS-A"], 2, "uk"),
     H(addr("Оксана Мельник", "oksana.melnyk@ukr.example", "koi8-u"),
       "Реєстрація на конференцію", "Thu, 08 Apr 2027 19:22:48 +0200",
       "1775668968.melnyk.1120@mail.ukr.example", cs="koi8-u"),
     text(T("""
Добрий день!

Я хочу зареєструватися на конференцію кварталу 22 травня разом із моєю
мамою (їй 68 років). Нас буде двоє.

Ми живемо в Ангельмодде з 2022 року. Мама дуже хоче познайомитися з іншими
людьми її віку, тому нас найбільше цікавить воркшоп D (участь,
волонтерство, пропозиції для молодих і старших). Якщо можна, другий вибір -
житло та сусідство (A).

Дякую!
Оксана Мельник
"""), "koi8-u", "8bit"))

# 016 registration, de: reply to our invitation, Outlook-style quote without ">" that lists all
#     four workshops - only "Workshop D" in the new text counts; the title "Pfarrerin" is not
#     part of the name; a colleague who "meldet sich aber selbst" does not count.
mail("luettke-ebbing-antwort-einladung",
     rec("registration", "luettke-ebbing@ekg-angelmodde.example", "Anne Lüttke-Ebbing",
         "Ev. Kirchengemeinde Angelmodde", ["WS-D"], 1, "de"),
     H(addr("Anne Lüttke-Ebbing", "luettke-ebbing@ekg-angelmodde.example"),
       "AW: Einladung zur Quartierskonferenz Münster-Südost 2027", "Fri, 09 Apr 2027 09:12:05 +0200",
       "AM0PR10MB2114.luettke@AM0PR10MB2114.EURPRD10.PROD.OUTLOOK.example",
       extra=[("In-Reply-To", f"<{INVITATION_ID}>"), ("References", f"<{INVITATION_ID}>"),
              ("Thread-Topic", hdr("Einladung zur Quartierskonferenz Münster-Südost 2027", name="Thread-Topic"))]),
     text(T("""
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, ich komme gern. Am meisten interessiert mich
Workshop D; wir haben in der Gemeinde einen Seniorentreff und einen offenen
Jugendtreff und suchen ständig Ehrenamtliche.

Unsere Jugendreferentin, Frau Kemper, interessiert sich ebenfalls, meldet
sich aber selbst bei Ihnen, sobald sie ihren Dienstplan kennt.

Mit herzlichen Grüßen
Pfarrerin Anne Lüttke-Ebbing
Ev. Kirchengemeinde Angelmodde
Dorfstraße 29, 48167 Münster

-----Ursprüngliche Nachricht-----
Von: Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>
Gesendet: Montag, 22. März 2027 09:15
An: info@ekg-angelmodde.example
Betreff: Einladung zur Quartierskonferenz Münster-Südost 2027

""") + INVITATION, "utf-8", "quoted-printable"))

# 017 registration, tr: chairman registers four people of his association ("toplam 4 kişiyiz");
#     the workgroup named in Turkish ("ulaşım ve okul yolları") plus letter B; house number 112
#     is no party size; UTF-8 8bit.
mail("yilmaz-dernek-4-kisi",
     rec("registration", "m.yilmaz@gremmendorf-tkd.example", "Mehmet Yılmaz",
         "Gremmendorf Türk Kültür Derneği e.V.", ["WS-B"], 4, "tr"),
     H(addr("Mehmet Yilmaz", "m.yilmaz@gremmendorf-tkd.example"),
       "Kayit Quartierskonferenz", "Mon, 12 Apr 2027 17:33:19 +0200",
       "b5d0e7a2c1f9.yilmaz@gremmendorf-tkd.example"),
     text(T("""
Sayın yetkililer,

Gremmendorf Türk Kültür Derneği adına konferansa katılmak istiyoruz. Benimle
birlikte derneğimizden 3 arkadaş daha gelecek, toplam 4 kişiyiz.

Hepimiz ulaşım ve okul yolları atölyesine katılmak istiyoruz (B). Derneğimiz
Albersloher Weg 112'de, çocukların çoğu oradan okula yürüyor ve kavşak çok
tehlikeli.

Saygılarımızla
Mehmet Yılmaz
Başkan
Gremmendorf Türk Kültür Derneği e.V.
"""), "utf-8", "8bit"))

# 018 change, de: the conditional registrant of 014 confirms and moves from Wohnen to
#     "Grünflächen/Klima"; top-posted above our quoted confirmation that names WS-A.
mail("kowalczyk-umbuchen-klima",
     rec("change", "d.kowalczyk@web.example", "Dennis Kowalczyk", None, ["WS-C"], None, "de"),
     H(addr("Dennis Kowalczyk", "d.kowalczyk@web.example"),
       "Re: " + CONF_SUBJECT, "Tue, 13 Apr 2027 06:48:31 +0200",
       "trinity-0a9c3b17-kowalczyk@3c-app-webde-bs08.webde.example",
       extra=[("In-Reply-To", "<conf-0014.20270407@muenster.example>"),
              ("References", "<conf-0014.20270407@muenster.example>")]),
     text(T("""
Hallo,

gute Nachrichten: der Diensttausch hat geklappt, ich bin also fest dabei!

Eine Bitte noch: Können Sie mich vom Wohnen-Workshop in den Workshop zu
Grünflächen/Klima umbuchen? Mein Nachbar macht schon Wohnen, und wir wollen
uns aufteilen.

Gruß
Dennis

Am 07.04.2027 um 21:03 schrieb Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>:
""") + quote(confirmation("Herr Kowalczyk", 1, "A")) + "\n", "utf-8", "quoted-printable"))

# 019 registration, ku: Kurmanji Kurdish in ISO-8859-9 (quoted-printable); the topic in
#     Kurdish ("xanî û cîrantî") plus "komxebata A"; house number 7 and "22ê Gulanê" (22 May)
#     are no party size.
mail("aslan-kurmanci-a",
     rec("registration", "rojda.aslan@gmail.example", "Rojda Aslan", None, ["WS-A"], 1, "ku"),
     H(addr("Rojda Aslan", "rojda.aslan@gmail.example"),
       "Qeydkirin - Quartierskonferenz", "Wed, 14 Apr 2027 10:09:56 +0200",
       "CAN8aslanR0jd4kZ@mail.gmail.example", cs="iso-8859-9"),
     text(T("""
Silav,

Navê min Rojda Aslan e. Ez dixwazim beşdarî konferansa taxê ya 22ê Gulanê
bibim. Ez li Gremmendorfê dimînim, li kolana Heidestraße hejmar 7.

Mijara xanî û cîrantiyê ji bo min pir girîng e, ji ber ku kirê her sal
bilind dibe. Ji kerema xwe min ji bo komxebata A binivîsin.

Ez ê bi tenê werim.

Bi silav û rêz
Rojda Aslan
"""), "iso-8859-9", "quoted-printable"))

# 020 registration, de: grandson registers his grandmother (83, no e-mail) and asks for the
#     confirmation to himself; he only drives her there, so party 1 and the name is hers;
#     the alias "Senioren" and a quoted part of the title name WS-D; times 9:15 and 16:30.
mail("brueggemann-fuer-oma",
     rec("registration", "lukas.brueggemann@gmail.example", "Hildegard Brüggemann", None, ["WS-D"], 1, "de"),
     H(addr("Lukas Brüggemann", "lukas.brueggemann@gmail.example"),
       "Anmeldung für meine Oma", "Thu, 15 Apr 2027 21:40:02 +0200",
       "CAJx4brueggemannL0k@mail.gmail.example"),
     text(T("""
Hallo,

ich möchte gerne meine Oma, Hildegard Brüggemann, für die
Quartierskonferenz anmelden. Sie ist 83, wohnt seit über 50 Jahren in
Wolbeck und hat selbst keine E-Mail-Adresse, deshalb schreibe ich für sie.
Bitte schicken Sie die Bestätigung einfach an mich.

Sie interessiert sich vor allem für das Thema Senioren bzw. "Angebote für
Jung und Alt" (Workshop D). Ich bringe sie gegen 9:15 Uhr hin und hole sie
um 16:30 Uhr wieder ab, ich selbst bleibe nicht.

Falls Sie Rückfragen haben: 0170 2233445 (Lukas).

Viele Grüße
Lukas Brüggemann
"""), "utf-8", "quoted-printable"))

# 021 change, en: bottom-posted Gmail reply to our confirmation (which names B with second
#     choice C); wife joins (party 2) and both move to C; multipart/alternative.
_q = quote(confirmation("Herr Okafor", 1, "B", "C"))
_t = T("""
On Tue, 23 Mar 2027 at 11:02, Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example> wrote:
""") + _q + "\n" + T("""

Hi again,

Small update: my wife Chioma would like to come as well, so we'll be 2
people. We talked it over and we'd both rather go to workshop C (green
spaces and climate) together instead of B - the school-route issue is
apparently being handled by the Elternpflegschaft already.

Thanks!
Daniel
""")
_h = ('<div dir="ltr"><br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
      'On Tue, 23 Mar 2027 at 11:02, Quartierskonferenz Münster-Südost &lt;'
      '<a href="mailto:quartierskonferenz@muenster.example">quartierskonferenz@muenster.example</a>'
      '&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
      'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
      + "<br>\n".join(html_escape(l) for l in confirmation("Herr Okafor", 1, "B", "C").split("\n"))
      + '</blockquote></div>\n'
      + simple_html(T("""
Hi again,

Small update: my wife Chioma would like to come as well, so we'll be 2
people. We talked it over and we'd both rather go to workshop C (green
spaces and climate) together instead of B - the school-route issue is
apparently being handled by the Elternpflegschaft already.

Thanks!
Daniel
""")))
mail("okafor-wife-joins-switch-c",
     rec("change", "daniel.okafor@gmail.example", "Daniel Okafor", None, ["WS-C"], 2, "en"),
     H(addr("Daniel Okafor", "daniel.okafor@gmail.example"),
       "Re: " + CONF_SUBJECT, "Fri, 16 Apr 2027 08:14:27 +0200",
       "CAE7xq0MokafoR2wife@mail.gmail.example",
       extra=[("In-Reply-To", "<conf-0002.20270323@muenster.example>"),
              ("References", "<conf-0002.20270323@muenster.example>")]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(_h, "utf-8", "quoted-printable", sub="html")],
           "000000000000f0e1d2c3b4a59687"))

# 022 auto_reply, de: out-of-office answer to a confirmation we sent, with Auto-Submitted and
#     X-Auto-Response-Suppress; mentions dates, a phone number and "Quartierskonferenz".
mail("kemper-abwesenheit",
     rec("auto_reply"),
     H(addr("Jana Kemper", "j.kemper@ekg-angelmodde.example"),
       "Automatische Antwort: " + CONF_SUBJECT, "Fri, 16 Apr 2027 15:31:44 +0200",
       "AM0PR10MB2114.kemper.auto@AM0PR10MB2114.EURPRD10.PROD.OUTLOOK.example",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("In-Reply-To", "<conf-0113.20270416@muenster.example>")]),
     text(T("""
Vielen Dank für Ihre Nachricht.

Ich bin vom 12.04. bis einschließlich 25.04.2027 mit den Konfirmandinnen und
Konfirmanden auf Freizeit und lese meine E-Mails in dieser Zeit nicht. Ihre
Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Gemeindebüro,
Tel. 0251 / 61 22 09.

Jana Kemper
Jugendreferentin, Ev. Kirchengemeinde Angelmodde
"""), "utf-8", "quoted-printable"))

# 023 registration, de: shared association mailbox in From, personal address in Reply-To (which
#     wins); two people listed, writer is the second; "1. Wahl"/"2. Wahl" give the order; "2.
#     Vorsitzender", house number 14 and "seit 2019" are no party size.
_t = T("""
Sehr geehrte Damen und Herren,

für den Serbischen Kulturverein „Sveti Sava“ Münster e.V. möchten wir zwei
Personen zur Quartierskonferenz anmelden:

- Frau Jelena Ivanović
- Dragan Petrović (ich)

1. Wahl: Workshop A (Wohnen und Nachbarschaft)
2. Wahl: Workshop C (Grünflächen und Klima)

Unser Vereinsheim liegt Am Pulverschuppen 14; wir haben dort seit 2019 einen
kleinen Gemeinschaftsgarten und würden gerne erzählen, wie so etwas eine
Nachbarschaft verändert.

Bitte antworten Sie an meine persönliche Adresse.

Mit freundlichen Grüßen
Dragan Petrović
2. Vorsitzender
Serbischer Kulturverein „Sveti Sava“ Münster e.V.
""")
mail("sveti-sava-reply-to-petrovic",
     rec("registration", "d.petrovic@sveti-sava-ms.example", "Dragan Petrović",
         "Serbischer Kulturverein „Sveti Sava“ Münster e.V.", ["WS-A", "WS-C"], 2, "de"),
     H(addr("Srpsko kulturno društvo Sveti Sava", "info@sveti-sava-ms.example"),
       "Anmeldung 2 Personen – Kulturverein Sveti Sava", "Mon, 19 Apr 2027 19:07:38 +0200",
       "20270419170738.71c2@sveti-sava-ms.example",
       extra=[("Reply-To", addr("Dragan Petrović", "d.petrovic@sveti-sava-ms.example"))]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(simple_html(_t), "utf-8", "quoted-printable", sub="html")],
           "=_a81f3e9c2b7d4f0e"))

# 024 question, ar: Arabic in ISO-8859-6 (quoted-printable): asks about interpreting and cost,
#     states an interest in transport but registers no one.
mail("jaber-tarjama-frage",
     rec("question", "h.jaber@mail.example", "حسين جابر", lang="ar"),
     H(addr("Hussein Jaber", "h.jaber@mail.example"),
       "استفسار عن الترجمة", "Tue, 20 Apr 2027 13:26:15 +0200",
       "1776684375.jaber.44021@mail.example", cs="iso-8859-6"),
     text(T("""
مرحبا،

سمعت عن مؤتمر الحي في جنوب شرق مونستر. هل ستكون هناك ترجمة إلى العربية
أثناء ورش العمل؟ وهل المشاركة مجانية؟

لغتي الألمانية ضعيفة، ولكني أريد أن أشارك برأيي حول المواصلات في غريمندورف.

شكرا
حسين جابر
"""), "iso-8859-6", "quoted-printable"))

# 025 registration, de: learner German, written from the husband's account (From name is his,
#     the attendee signs); "5 Personen in Familie aber ich komme allein" -> party 1; topic by
#     the aliases "Verkehr und Schulweg".
mail("haddad-lernerdeutsch-schulweg",
     rec("registration", "samir.haddad@web.example", "Rania Haddad", None, ["WS-B"], 1, "de"),
     H(addr("Samir Haddad", "samir.haddad@web.example"),
       "Anmeldung Konferenz", "Wed, 21 Apr 2027 09:51:40 +0200",
       "trinity-3e7d9a10-haddad@3c-app-webde-bap52.webde.example"),
     text(T("""
Sehr geehrte Damen und Herren

Ich heiße Rania Haddad, ich schreibe von der Email von mein Mann. Ich möchte
mich anmelden für die Quartierskonferenz am 22.5.

Ich interessiere für das Thema Verkehr und Schulweg, weil meine Kinder gehen
in die Grundschule in Angelmodde und es gibt viel Autos am morgen. Wir sind 5
Personen in Familie, aber ich komme allein, mein Mann muss arbeiten.

Vielen Dank und freundliche Grüße
Rania Haddad
"""), "utf-8", "quoted-printable"))

# 026 registration, ti: Tigrinya in Ge'ez script (UTF-8, base64) with the German word
#     "Quartierskonferenz" and "Workshop D" embedded; "22 ግንቦት" (22 May) is a date; organisation
#     in the German signature.
mail("tesfamariam-tigrinya-d",
     rec("registration", "yonas.tesfamariam@posteo.example", "Yonas Tesfamariam",
         "Eritreische Gemeinde Münster e.V.", ["WS-D"], 1, "ti"),
     H(addr("Yonas Tesfamariam", "yonas.tesfamariam@posteo.example"),
       "ምዝገባ - Quartierskonferenz", "Thu, 22 Apr 2027 20:18:09 +0200",
       "0f3e8c21-yonas@posteo.example"),
     text(T("""
ሰላም፣

ኣነ ዮናስ ተስፋማርያም እየ። ኣብ ኮንፈረንስ ከባቢ (Quartierskonferenz) ዕለት 22 ግንቦት
ክሳተፍ እደሊ እየ። ብፍላይ ኣብ ጉጅለ ስራሕ ብዛዕባ ተሳትፎን ወለንታዊ ስራሕን (Workshop D)
ክሳተፍ እደሊ።

ኣብ ማሕበረሰብ ኤርትራውያን ሙንስተር ንመንእሰያት ንሕግዝ ኢና፣ ተመክሮና ክነካፍል ንደሊ።

ኣነ በይነይ እየ ዝመጽእ።

የቐንየለይ
Yonas Tesfamariam
Eritreische Gemeinde Münster e.V.
"""), "utf-8", "base64"))

# 027 registration, de: a housing co-operative's manager registers two colleagues and is not
#     coming himself; confirmation explicitly to the first colleague (name and e-mail are
#     hers); Outlook HTML-only (windows-1252, quoted-printable) with a long legal footer full
#     of numbers (house number 40, phone, GnR 417).
_p = ["Sehr geehrte Damen und Herren,", "",
      "für die Südost Wohnen eG nehmen an der Quartierskonferenz zwei Kolleginnen und Kollegen "
      "aus unserem Quartiersmanagement teil:", "",
      "Frau Hanna Lenz (Quartiersmanagerin Gremmendorf)",
      "Herr Ömer Çelik (Sozialarbeit, Wohnanlage Loddenheide)", "",
      "Beide möchten in den Workshop A – Wohnen und Nachbarschaft im Quartier. Ich selbst bin an "
      "dem Tag leider verhindert.", "",
      "Bitte senden Sie die Bestätigung an Frau Lenz "
      '(<a href="mailto:h.lenz@suedost-wohnen.example">h.lenz@suedost-wohnen.example</a>), '
      "sie ist Ihre Ansprechpartnerin.", "",
      "Mit freundlichen Grüßen", "",
      "<b>Torsten Hagedorn</b>", "Bereichsleiter Bestandsmanagement", "",
      "Südost Wohnen eG | Loddenheide 40 | 48155 Münster",
      "T +49 251 98 12-300 | F +49 251 98 12-399 | "
      '<a href="https://www.suedost-wohnen.example">www.suedost-wohnen.example</a>', "",
      '<span style="font-size:7.5pt;color:#7F7F7F">Vorstand: Dipl.-Kfm. Ralf Beermann, '
      "Dipl.-Ing. Petra Sandkühler | Vorsitzender des Aufsichtsrates: Hubert Lohmann | "
      "Sitz der Genossenschaft: Münster | Genossenschaftsregister Amtsgericht Münster GnR 417</span>",
      '<span style="font-size:7.5pt;color:#7F7F7F">Diese Nachricht ist ausschließlich für den '
      "bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, "
      "unterrichten Sie bitte unverzüglich den Absender und löschen Sie diese Nachricht. "
      "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</span>"]
mail("suedost-wohnen-zwei-kollegen",
     rec("registration", "h.lenz@suedost-wohnen.example", "Hanna Lenz", "Südost Wohnen eG",
         ["WS-A"], 2, "de"),
     H(addr("Hagedorn, Torsten", "t.hagedorn@suedost-wohnen.example"),
       "Anmeldung Quartierskonferenz - Südost Wohnen eG", "Fri, 23 Apr 2027 11:44:26 +0200",
       "VI1PR08MB3325.hagedorn@VI1PR08MB3325.eurprd08.prod.outlook.example", cs="windows-1252",
       extra=[("Cc", addr("Lenz, Hanna", "h.lenz@suedost-wohnen.example")),
              ("X-MS-Exchange-Organization-AuthAs", "Internal"), ("Content-Language", "de-DE")]),
     text(outlook_html(_p, "windows-1252"), "windows-1252", "quoted-printable", sub="html"))

# 028 cancellation, de: the resident of 001 withdraws (a cure from 17 May, "drei Wochen");
#     top-posted above an Outlook-Express style quote of our confirmation naming WS-C;
#     ISO-8859-1 8bit like her first mail.
mail("hoelscher-absage-kur",
     rec("cancellation", "g.hoelscher@t-online.example", "Gertrud Hölscher", None, [], None, "de"),
     H(addr("Gertrud Hölscher", "g.hoelscher@t-online.example", "iso-8859-1"),
       "AW: " + CONF_SUBJECT, "Mon, 26 Apr 2027 10:03:51 +0200",
       "7b3c02d1.2290.hoelscher@t-online.example", cs="iso-8859-1",
       extra=[("In-Reply-To", "<conf-0001.20270322@muenster.example>"),
              ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")]),
     text(T("""
Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung wieder zurückziehen. Mein Arzt hat mir eine
Kur verschrieben, die am 17. Mai beginnt und drei Wochen dauert. Ich bin
sehr traurig darüber, denn das Thema liegt mir am Herzen. Vielleicht können
Sie meinen Platz jemand anderem geben.

Mit freundlichen Grüßen
Gertrud Hölscher

----- Original Message -----
From: "Quartierskonferenz Münster-Südost" <quartierskonferenz@muenster.example>
To: <g.hoelscher@t-online.example>
Sent: Monday, March 22, 2027 7:02 PM
Subject: Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027


""") + confirmation("Frau Hölscher", 1, "C").replace(" – ", " - "), "iso-8859-1", "8bit"))

# 029 cancellation, ro: Romanian in ISO-8859-16 (quoted-printable), for herself and her husband
#     ("2 persoane" is the registration being cancelled, not a new party); quotes our German
#     confirmation below.
mail("popescu-anulare-nunta",
     rec("cancellation", "andreea.popescu@yahoo.example", "Andreea Popescu", None, [], None, "ro"),
     H(addr("Andreea Popescu", "andreea.popescu@yahoo.example", "iso-8859-16"),
       "Re: " + CONF_SUBJECT, "Tue, 27 Apr 2027 22:37:14 +0200",
       "1471208034.2301556.popescu@mail.yahoo.example", cs="iso-8859-16",
       extra=[("In-Reply-To", "<conf-0097.20270414@muenster.example>")]),
     text(T("""
Bună ziua,

Din păcate, eu și soțul meu nu mai putem participa la conferința din 22 mai -
avem o nuntă în familie în România în acel weekend. Vă rog să anulați
înscrierea noastră (2 persoane).

Mulțumesc frumos și mult succes!
Andreea Popescu

Am 14.04.2027 um 18:40 schrieb Quartierskonferenz Münster-Südost:
""") + quote(confirmation("Frau Popescu", 2, "C").replace(" – ", " - ")) + "\n",
         "iso-8859-16", "quoted-printable"))

# 030 change, ru: the writer of 007 answers inline inside our quoted confirmation and swaps
#     her order (C first, B second); the quoted "Workshop: B ... (Zweitwahl: C ...)" must not
#     be read as her choice; UTF-8 quoted-printable this time (other device).
_q = confirmation("Frau Vasileva", 1, "B", "C").split("\n")
_top, _ws_line, _rest = _q[:8], _q[8], _q[9:]
mail("vasilyeva-reihenfolge-tauschen",
     rec("change", "olga.vasilyeva@mail.example", "Ольга Васильева", None, ["WS-C", "WS-B"], None, "ru"),
     H(addr("Ольга Васильева", "olga.vasilyeva@mail.example"),
       "Re: " + CONF_SUBJECT, "Wed, 28 Apr 2027 08:26:37 +0200",
       "1777357597.448120.vasilyeva@f512.i.mail.example",
       extra=[("In-Reply-To", "<conf-0007.20270327@muenster.example>"),
              ("References", "<conf-0007.20270327@muenster.example>")]),
     text(T("""
Здравствуйте,

27.03.2027, 14:05, "Quartierskonferenz Münster-Südost" <quartierskonferenz@muenster.example>:
""") + quote("\n".join(_top + [_ws_line])) + "\n" + T("""

Я подумала и хочу поменять порядок: первым выбором, пожалуйста, группа C
(зелёные зоны, климат), а B - только вторым выбором.

""") + quote("\n".join(_rest)) + "\n" + T("""

Спасибо!
Ольга
"""), "utf-8", "quoted-printable"))

# 031 registration, de: hesitant about a second person ("Eventuell kommt mein Mann noch mit ...
#     ich melde mich dann noch mal") - only the sure attendee counts; alias "Mobilität";
#     house number 23; Gmail multipart/alternative.
_t = T("""
Guten Tag,

hiermit melde ich mich für die Quartierskonferenz an, Workshop Mobilität.
Ich fahre jeden Tag mit dem Rad über den Albersloher Weg zur Arbeit und habe
da einiges zu sagen :-)

Eventuell kommt mein Mann noch mit, das entscheidet sich aber erst
kurzfristig (er trainiert eine Fußballmannschaft und die Saison ist dann
evtl. noch nicht vorbei). Ich melde mich dann noch mal, falls er mitkommt.

Viele Grüße
Heike Rottmann-Stein
Loddenheide 23
""")
mail("rottmann-stein-mann-eventuell",
     rec("registration", "heike.rottmann@gmail.example", "Heike Rottmann-Stein", None, ["WS-B"], 1, "de"),
     H(addr("Heike Rottmann-Stein", "heike.rottmann@gmail.example"),
       "Anmeldung Quartierskonferenz / Mobilität", "Thu, 29 Apr 2027 18:59:03 +0200",
       "CAK9rottmannStein77@mail.gmail.example"),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(simple_html(_t), "utf-8", "quoted-printable", sub="html")],
           "0000000000003c5e7a9b1d2f4e60"))

# 032 question, vi: Vietnamese (UTF-8, quoted-printable): may she bring her 8-month-old
#     daughter, are there materials in Vietnamese or English; registers no one.
mail("nguyen-em-be-cau-hoi",
     rec("question", "hoa.nguyen@gmail.example", "Nguyễn Thị Hoa", lang="vi"),
     H(addr("Hoa Nguyen", "hoa.nguyen@gmail.example"),
       "Câu hỏi về hội nghị khu phố ngày 22/5", "Fri, 30 Apr 2027 21:12:45 +0200",
       "CAP1nguyenHoa4Q2@mail.gmail.example"),
     text(T("""
Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Hoa, sống ở Gremmendorf. Tôi muốn hỏi: tôi có thể
mang theo con gái nhỏ (8 tháng tuổi) đến hội nghị khu phố không? Ở đó có
chỗ để thay tã hoặc cho con bú không?

Ngoài ra, có tài liệu bằng tiếng Việt hoặc tiếng Anh không? Tiếng Đức của
tôi còn hạn chế.

Cảm ơn rất nhiều!
Hoa
"""), "utf-8", "quoted-printable"))

# 033 change, de: the day-care centre of 012 moves both persons from B to D ("Teilhabe" named
#     by letter); Outlook multipart/alternative with the quoted confirmation (B, 2 Personen)
#     under a "Von:/Gesendet:" block.
_t = T("""
Hallo,

kurze Änderung für unsere Anmeldung (Frau Yıldız und ich): Wir würden gern
beide von Workshop B in Workshop D wechseln. Bei uns hat sich herausgestellt,
dass das Thema Elterntaxis schon im Bezirksausschuss behandelt wird, und wir
suchen dringend Ehrenamtliche für unser Vorlese-Projekt.

Danke und viele Grüße
Sabine Kortmann

Von: Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>
Gesendet: Montag, 5. April 2027 14:22
An: Kita Sonnenblume <kita-sonnenblume@muenster.example>
Betreff: Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027

""") + confirmation("Frau Kortmann", 2, "B")
_lines = _t.rstrip("\n").split("\n")
_cut = _lines.index("Von: Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>")
_p = [html_escape(l) for l in _lines[:_cut]]
_p += ['<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">']
_p += [html_escape(l) for l in _lines[_cut:]]
_p += ["</div>"]
mail("kita-sonnenblume-wechsel-d",
     rec("change", "kita-sonnenblume@muenster.example", "Sabine Kortmann",
         "Städtische Kita Sonnenblume", ["WS-D"], None, "de"),
     H(addr("Kortmann, Sabine", "kita-sonnenblume@muenster.example"),
       "AW: " + CONF_SUBJECT, "Mon, 03 May 2027 07:58:12 +0200",
       "FR2P281MB0099B7.kortmann@FR2P281MB0099.DEUP281.PROD.OUTLOOK.example",
       extra=[("In-Reply-To", "<conf-0012.20270405@muenster.example>"),
              ("References", "<conf-0012.20270405@muenster.example>"),
              ("Content-Language", "de-DE")]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(outlook_html(_p, "utf-8"), "utf-8", "quoted-printable", sub="html")],
           "_000_FR2P281MB0099B7kortmann_"))

# 034 change, pl: the writer of 013 adds her neighbour to her own registration (party 2, both
#     for C); windows-1250 quoted-printable; house number 299 is no party size; our German
#     confirmation quoted below a Polish attribution line.
mail("nowak-dopisac-sasiadke",
     rec("change", "kasia.nowak@onet.example", "Katarzyna Nowak", None, ["WS-C"], 2, "pl"),
     H(addr("Katarzyna Nowak", "kasia.nowak@onet.example", "windows-1250"),
       "Odp: " + CONF_SUBJECT, "Mon, 03 May 2027 16:40:29 +0200",
       "7e22c9d4-nowak@poczta.onet.example", cs="windows-1250",
       extra=[("In-Reply-To", "<conf-0013.20270406@muenster.example>")]),
     text(T("""
Dzień dobry,

moja sąsiadka, pani Halina Zielińska (mieszka obok, pod numerem 299), też
bardzo chce przyjść. Czy mogą Państwo dopisać ją do mojego zgłoszenia?
Wtedy będziemy 2 osoby, obie na warsztat C.

Z góry dziękuję
Katarzyna Nowak

W dniu 6.04.2027 o 16:03, Quartierskonferenz Münster-Südost pisze:
""") + quote(confirmation("Frau Nowak", 1, "C")) + "\n", "windows-1250", "quoted-printable"))

# 035 bounce, en: Postfix multipart/report with message/delivery-status (5.1.1 user unknown)
#     and the returned headers; the failed recipient is only in the report.
_orig_headers = T("""
Return-Path: <quartierskonferenz@muenster.example>
Received: by mail.muenster.example (Postfix, from userid 1001)
	id 4Vb7Kq2xYzz9sQ; Tue,  4 May 2027 09:30:02 +0200 (CEST)
From: =?utf-8?q?Quartierskonferenz_M=C3=BCnster-S=C3=BCdost?= <quartierskonferenz@muenster.example>
To: familie.schroeer@arcor.example
Subject: =?utf-8?q?Ihre_Anmeldung_zur_Quartierskonferenz_M=C3=BCnster-S=C3=BCdost_2027?=
Date: Tue, 04 May 2027 09:30:01 +0200
Message-ID: <conf-0171.20270504@muenster.example>
Auto-Submitted: auto-replied
""")
mail("postfix-bounce-user-unknown",
     rec("bounce", bounced="familie.schroeer@arcor.example"),
     H("MAILER-DAEMON@mail.muenster.example (Mail Delivery System)",
       "Undelivered Mail Returned to Sender", "Tue, 04 May 2027 09:30:04 +0200",
       "20270504073004.5C1F22A0B1@mail.muenster.example",
       to=OURS, extra=[("Auto-Submitted", "auto-replied")]),
     multi("report", [
         text(T("""
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<familie.schroeer@arcor.example>: host mx00.arcor.example[192.0.2.17] said:
    550 5.1.1 <familie.schroeer@arcor.example>: Recipient address rejected:
    User unknown (in reply to RCPT TO command)
"""), "us-ascii", "7bit", extra=["Content-Description: Notification"]),
         raw_part("message/delivery-status", T("""
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4Vb7Kq2xYzz9sQ
X-Postfix-Sender: rfc822; quartierskonferenz@muenster.example
Arrival-Date: Tue,  4 May 2027 09:30:02 +0200 (CEST)

Final-Recipient: rfc822; familie.schroeer@arcor.example
Original-Recipient: rfc822;familie.schroeer@arcor.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx00.arcor.example
Diagnostic-Code: smtp; 550 5.1.1 <familie.schroeer@arcor.example>: Recipient
    address rejected: User unknown
""")),
         raw_part("text/rfc822-headers", _orig_headers)],
         "4Vb7Kq2xYzz9sQ.1777879804/mail.muenster.example",
         params=" report-type=delivery-status;",
         preamble="This is a MIME-encapsulated message."))

# 036 cancellation, uk: the writer of 015 cancels for herself and her mother; iPhone reply in
#     UTF-8 base64 with an Apple-style quote; the dates 22 травня and 20.05 are no numbers
#     that matter.
mail("melnyk-skasuvaty",
     rec("cancellation", "oksana.melnyk@ukr.example", "Оксана Мельник", None, [], None, "uk"),
     H(addr("Оксана Мельник", "oksana.melnyk@ukr.example"),
       "Re: " + CONF_SUBJECT, "Wed, 05 May 2027 07:12:58 +0200",
       "6C0A19E2-3B7F-4E51-A8D2-melnyk@ukr.example",
       extra=[("In-Reply-To", "<conf-0015.20270408@muenster.example>"),
              ("X-Mailer", "iPhone Mail (21F90)")]),
     text(T("""
Добрий день,

на жаль, ми з мамою не зможемо прийти 22 травня - мамі призначили операцію
на 20.05, і вона ще буде в лікарні. Будь ласка, скасуйте нашу реєстрацію.

Дякуємо і вибачте.
Оксана

Надіслано з iPhone

> Am 08.04.2027 um 19:30 schrieb Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>:
>
""") + quote(confirmation("Frau Melnyk", 2, "D", "A")) + "\n", "utf-8", "base64"))

# 037 registration, sq: Albanian (ISO-8859-1, quoted-printable); workgroup by Albanian paraphrase
#     plus letter B; "linjën 8" (bus line) and "12 vitesh" (years) are no party size.
mail("krasniqi-punetoria-b",
     rec("registration", "arben.krasniqi@gmx.example", "Arben Krasniqi", None, ["WS-B"], 1, "sq"),
     H(addr("Arben Krasniqi", "arben.krasniqi@gmx.example"),
       "Regjistrim për konferencën", "Thu, 06 May 2027 12:31:20 +0200",
       "trinity-6a1b2c3d-krasniqi@3c-app-gmx-bs44.gmx.example", cs="iso-8859-1"),
     text(T("""
Përshëndetje,

Dëshiroj të regjistrohem për konferencën e lagjes më 22 maj. Më intereson
më shumë punëtoria për lëvizshmërinë dhe rrugët e sigurta për në shkollë
(B), sepse punoj si shofer autobusi në linjën 8 prej 12 vitesh.

Do të vij vetëm.

Me respekt,
Arben Krasniqi
Tel. 0176 4412 0983
"""), "iso-8859-1", "quoted-printable"))

# 038 change, ar: the writer of 005 moves himself and his son from A to B ("التنقل والطرق الآمنة
#     إلى المدرسة"); Gmail-style RTL attribution line with bidi marks; quoted German
#     confirmation naming A; UTF-8 base64.
mail("alkhatib-wechsel-b",
     rec("change", "m.alkhatib@web.example", "Mahmoud Al-Khatib", None, ["WS-B"], None, "ar"),
     H(addr("Mahmoud Al-Khatib", "m.alkhatib@web.example"),
       "Re: " + CONF_SUBJECT, "Thu, 06 May 2027 19:45:33 +0200",
       "trinity-9f8e7d6c-alkhatib@3c-app-webde-bap11.webde.example",
       extra=[("In-Reply-To", "<conf-0005.20270325@muenster.example>")]),
     text(T("""
مرحبا،

أرجو تغيير ورشة العمل لي ولابني عمر: بدلاً من ورشة السكن (A) نريد ورشة التنقل
والطرق الآمنة إلى المدرسة (B)، لأن عمر يريد أن يتحدث عن الطريق إلى مدرسته.

شكراً
Mahmoud Al-Khatib

\u202bفي الخميس، 25 مارس 2027 في 6:20 م كتب Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>:\u202c
""") + quote(confirmation("Herr Al-Khatib", 2, "A")) + "\n", "utf-8", "base64"))

# 039 registration, de: two-line "Bin dabei!" on top of our full invitation (quoted with ">"),
#     which lists all four workshops; only "Klima" in the new text counts; the Repair-Café is
#     the organisation he names.
mail("grothues-bin-dabei-klima",
     rec("registration", "felix@grothues.example", "Felix Grothues", "Repair-Café Wolbeck",
         ["WS-C"], 1, "de"),
     H(addr("Felix Grothues", "felix@grothues.example"),
       "Re: Einladung zur Quartierskonferenz Münster-Südost 2027", "Fri, 07 May 2027 08:03:11 +0200",
       "5e0c1d7a-aa31-4b6e-grothues@grothues.example",
       extra=[("In-Reply-To", f"<{INVITATION_ID}>"), ("References", f"<{INVITATION_ID}>"),
              ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0")]),
     text(T("""
Bin dabei! Klima ist mein Thema - ich bin beim Repair-Café Wolbeck aktiv
und wir haben Ideen für mehr Schatten auf dem Marktplatz.

Felix Grothues

Am 22.03.27 um 09:15 schrieb Quartierskonferenz Münster-Südost:
""") + quote(INVITATION) + "\n", "utf-8", "8bit"))

# 040 other, de: unsolicited catering offer that names the conference, its date, "120 Gäste",
#     times and prices - vendor mail, not a registration.
_t = T("""
Sehr geehrte Damen und Herren,

wir haben gesehen, dass Sie am 22. Mai 2027 die Quartierskonferenz
Münster-Südost im Stadtteilhaus Gremmendorf ausrichten. Gern unterbreiten wir
Ihnen ein Angebot für die Verpflegung Ihrer ca. 120 Gäste:

- Begrüßungskaffee ab 9:00 Uhr
- Fingerfood-Buffet für die Mittagspause zwischen den Workshops
  (vegetarisch, halal auf Wunsch)
- Kuchen und Kaffee am Nachmittag

Pauschal 18,50 € pro Person zzgl. MwSt. Bei Buchung bis 30.04. gewähren wir
5 % Frühbucherrabatt - für Sie verlängern wir gern bis zum 14.05.

Melden Sie sich gern unter 0251 77 88 99-0 oder per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Carina Esser
Südlicht Catering GmbH
https://www.suedlicht-catering.example

Sie erhalten diese E-Mail, weil Ihre Adresse öffentlich zugänglich ist.
Abmelden: https://suedlicht-catering.example/abmelden?id=8812
""")
mail("catering-angebot",
     rec("other"),
     H(addr("Südlicht Catering", "angebote@suedlicht-catering.example"),
       "Catering für Ihre Quartierskonferenz am 22. Mai – Angebot für 120 Personen",
       "Fri, 07 May 2027 10:20:00 +0200", "20270507082000.8812@news.suedlicht-catering.example",
       extra=[("List-Unsubscribe", "<https://suedlicht-catering.example/abmelden?id=8812>"),
              ("Precedence", "bulk"), ("X-Mailer", "CleverReach")]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(simple_html(_t), "utf-8", "base64", sub="html")],
           "----=_Part_8812_1947032855.1778142000000"))

# 041 cancellation, fa: the association of 010 cancels (a party on the same day); "(۳ نفر)" in
#     Persian digits is the cancelled registration; top-posted over our German confirmation;
#     UTF-8 quoted-printable.
mail("rezaei-laghv",
     rec("cancellation", "maryam.rezaei@afghan-frauen-ms.example", "Maryam Rezaei",
         "Afghanischer Frauenverein Münster e.V.", [], None, "fa"),
     H(addr("Maryam Rezaei", "maryam.rezaei@afghan-frauen-ms.example"),
       "RE: " + CONF_SUBJECT, "Mon, 10 May 2027 14:02:47 +0200",
       "CAF3m9-RezaeiLaghv1@mail.afghan-frauen-ms.example",
       extra=[("In-Reply-To", "<conf-0010.20270401@muenster.example>")]),
     text(T("""
سلام،

متأسفانه ما نمی‌توانیم در تاریخ ۲۲ مه در کنفرانس شرکت کنیم، چون در همان روز جشن
پایان سال انجمن‌مان است و همه‌ی اعضا باید آنجا باشند. لطفاً ثبت نام ما (۳ نفر)
را لغو کنید.

ببخشید و ممنون
Maryam Rezaei
Afghanischer Frauenverein Münster e.V.

________________________________
From: Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>
Sent: Thursday, April 1, 2027 11:34 AM
Subject: Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027

""") + confirmation("Frau Rezaei", 3, "D"), "utf-8", "quoted-printable"))

# 042 change, tr: the writer of 003 reduces to 1 person (her husband must work), workshop
#     unchanged and not named; windows-1254 quoted-printable; the quoted confirmation says
#     "2 Personen" and names A.
mail("demir-sadece-ben",
     rec("change", "ayse.demir@hotmail.example", "Ayşe Demir", None, [], 1, "tr"),
     H(addr("Ayşe Demir", "ayse.demir@hotmail.example", "windows-1254"),
       "YNT: " + CONF_SUBJECT, "Tue, 11 May 2027 09:18:06 +0200",
       "AM6PR04MB7720.demir@eurprd04.prod.outlook.example", cs="windows-1254",
       extra=[("In-Reply-To", "<conf-0003.20270323@muenster.example>")]),
     text(T("""
Merhaba,

Eşim o gün çalışmak zorunda, bu yüzden gelemeyecek. Sadece ben geleceğim,
yani 1 kişi. Atölye aynı kalsın lütfen.

Teşekkürler
Ayşe Demir

23.03.2027 tarihinde Quartierskonferenz Münster-Südost yazdı:
""") + quote(confirmation("Frau Demir", 2, "A")) + "\n", "windows-1254", "quoted-printable"))

# 043 registration, de: form-style registration full of numbers (house number 196, postcode,
#     phone, year of birth 1958, bus line 8, 10:15 Uhr, "2 Bleche"); "Nr. 4 ... ersatzweise
#     Nr. 1" names WS-D then WS-A by number; "Personen: 1".
mail("schuermann-formular-nr-4",
     rec("registration", "b.schuermann@t-online.example", "Bernd Schürmann", None, ["WS-D", "WS-A"], 1, "de"),
     H(addr("B. Schürmann", "b.schuermann@t-online.example"),
       "Anmeldung Quartierskonferenz 22.05.2027", "Tue, 11 May 2027 17:54:39 +0200",
       "1b9f6e2c.4410.schuermann@t-online.example"),
     text(T("""
Sehr geehrte Damen und Herren,

ich melde mich zur Quartierskonferenz an.

Name: Bernd Schürmann
Anschrift: Vennheideweg 196, 48167 Münster
Telefon: 0251 / 3 27 41 18
Geburtsjahr: 1958
Workshop: Nr. 4 (Teilhabe/Ehrenamt), ersatzweise Nr. 1
Personen: 1

Ich komme mit der Linie 8 und bin wahrscheinlich erst gegen 10:15 Uhr da.
Für die Kaffeepause bringe ich gerne 2 Bleche Butterkuchen mit, wenn
gewünscht.

Mit freundlichen Grüßen
Bernd Schürmann
"""), "utf-8", "quoted-printable"))

# 044 question, de: says she registered on 2 April (naming "Workshop Wohnen") but got no
#     confirmation and asks whether it arrived - a status question, not a new registration;
#     windows-1252 8bit.
mail("beckmann-keine-bestaetigung",
     rec("question", "ingrid.beckmann@gmx.example", "Ingrid Beckmann", lang="de"),
     H(addr("Ingrid Beckmann", "ingrid.beckmann@gmx.example"),
       "Keine Bestätigung erhalten?", "Wed, 12 May 2027 11:06:52 +0200",
       "trinity-2d4f6a8b-beckmann@3c-app-gmx-bap07.gmx.example", cs="windows-1252"),
     text(T("""
Guten Tag,

ich hatte mich bereits am 2. April per Mail für die Quartierskonferenz
angemeldet (Workshop Wohnen), habe aber bis heute keine Bestätigung
bekommen. Ist meine Anmeldung überhaupt angekommen? Nicht dass ich am 22.
umsonst komme.

Freundliche Grüße
Ingrid Beckmann
"""), "windows-1252", "8bit"))

# 045 auto_reply, en: ticket-system receipt without Auto-Submitted (only X-Autoreply and
#     Precedence), ticket number full of digits, quotes our subject.
mail("helpdesk-ticket-receipt",
     rec("auto_reply"),
     H(addr("Loddenheide Business Park Service Desk", "servicedesk@loddenheide-park.example"),
       "[Ticket#2027051310000123] RE: " + CONF_SUBJECT, "Thu, 13 May 2027 08:00:41 +0200",
       "1778652041.771234.ticket@otrs.loddenheide-park.example",
       extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
              ("X-Loop", "servicedesk@loddenheide-park.example")]),
     text(T("""
Dear Sender,

Thank you for contacting the Loddenheide Business Park Service Desk.

This is an automatic confirmation that we have received your message. It
has been assigned ticket number 2027051310000123. Please keep this number
in the subject line of any further correspondence.

Our team is available Monday to Friday, 8:00 am to 5:00 pm. We aim to
respond within 2 business days.

Please do not reply to this message.

Kind regards
Service Desk
Loddenheide Business Park
"""), "us-ascii", "7bit"))

# 046 change, de: the secretary of 004 adds a board member to the chairman's registration
#     (party 2), workshops unchanged, and asks us again to answer the chairman's address;
#     Outlook HTML-only reply with the quoted confirmation (windows-1252, QP).
_conf = confirmation("Herr Dr. Wienholt", 1, "B", "D")
_p = ["Sehr geehrte Damen und Herren,", "",
      "Herr Dr. Wienholt bringt zur Quartierskonferenz noch unser Vorstandsmitglied Herrn "
      "Heinz-Georg Tenbrink mit, es wären dann also 2 Personen. Die Workshop-Wahl bleibt wie gehabt.", "",
      "Die Antwort bitte wie bisher an Herrn Dr. Wienholt "
      '(<a href="mailto:k.wienholt@bv-gremmendorf.example">k.wienholt@bv-gremmendorf.example</a>).', "",
      "Mit freundlichen Grüßen", "i. A. Martina Voß", "Sekretariat", "",
      "<b>Bürgerverein Gremmendorf e.V.</b>", "Geschäftsstelle: Heidestraße 2a, 48167 Münster",
      "Tel. 0251 / 31 70 22 (Di + Do 9–12 Uhr)", "",
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">',
      "<b>Von:</b> Quartierskonferenz Münster-Südost &lt;quartierskonferenz@muenster.example&gt;",
      "<b>Gesendet:</b> Mittwoch, 24. März 2027 16:40",
      "<b>An:</b> k.wienholt@bv-gremmendorf.example",
      "<b>Cc:</b> sekretariat@bv-gremmendorf.example",
      "<b>Betreff:</b> " + CONF_SUBJECT, "</div>", ""]
_p += [html_escape(l) for l in _conf.rstrip("\n").split("\n")]
mail("bv-gremmendorf-plus-tenbrink",
     rec("change", "k.wienholt@bv-gremmendorf.example", "Klaus Wienholt",
         "Bürgerverein Gremmendorf e.V.", [], 2, "de"),
     H(addr("Bürgerverein Gremmendorf e.V. - Sekretariat", "sekretariat@bv-gremmendorf.example",
            "windows-1252"),
       "AW: " + CONF_SUBJECT, "Thu, 13 May 2027 10:27:15 +0200",
       "000a01db8a11$7e3c5d20$7ab51760@bvgremmendorf.example", cs="windows-1252",
       extra=[("In-Reply-To", "<conf-0004.20270324@muenster.example>"),
              ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]),
     text(outlook_html(_p, "windows-1252"), "windows-1252", "quoted-printable", sub="html"))

# 047 cancellation, de: the pastor of 016 withdraws (a funeral at 11 Uhr) and mentions that a
#     colleague still comes "wie angemeldet" - that is no change to anything; Outlook
#     multipart/alternative, quoted confirmation naming D.
_t = T("""
Sehr geehrte Damen und Herren,

zu meinem großen Bedauern muss ich meine Teilnahme an der Quartierskonferenz
absagen: Am Samstag, 22. Mai, habe ich um 11 Uhr eine Trauerfeier zu halten,
die sich nicht verschieben lässt.

Frau Kemper aus unserem Jugendbereich kommt aber wie angemeldet und vertritt
die Gemeinde.

Mit herzlichen Grüßen
Anne Lüttke-Ebbing

Von: Quartierskonferenz Münster-Südost <quartierskonferenz@muenster.example>
Gesendet: Freitag, 9. April 2027 09:20
An: Anne Lüttke-Ebbing <luettke-ebbing@ekg-angelmodde.example>
Betreff: Ihre Anmeldung zur Quartierskonferenz Münster-Südost 2027

""") + confirmation("Frau Lüttke-Ebbing", 1, "D")
mail("luettke-ebbing-absage-trauerfeier",
     rec("cancellation", "luettke-ebbing@ekg-angelmodde.example", "Anne Lüttke-Ebbing",
         "Ev. Kirchengemeinde Angelmodde", [], None, "de"),
     H(addr("Anne Lüttke-Ebbing", "luettke-ebbing@ekg-angelmodde.example"),
       "AW: " + CONF_SUBJECT, "Fri, 14 May 2027 16:11:09 +0200",
       "AM0PR10MB2114.luettke2@AM0PR10MB2114.EURPRD10.PROD.OUTLOOK.example",
       extra=[("In-Reply-To", "<conf-0016.20270409@muenster.example>"),
              ("References", "<conf-0016.20270409@muenster.example>")]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(outlook_html([html_escape(l) for l in _t.rstrip("\n").split("\n")], "utf-8"),
                                "utf-8", "quoted-printable", sub="html")],
           "_000_AM0PR10MB2114luettke2_"))

# 048 bounce, de: German Exchange-style non-delivery report for our 7-day reminder, NOT a
#     multipart/report: text/plain explanation (mailbox full) plus the returned message as
#     message/rfc822; the recipient appears only in the German prose.
_reminder = text(T("""
Guten Tag,

wir erinnern Sie gern an die Quartierskonferenz Münster-Südost 2027 am
Samstag, 22. Mai 2027, 9:30 bis 16:30 Uhr im Stadtteilhaus Gremmendorf.

Ihr Team der Quartierskonferenz Münster-Südost
"""), "utf-8", "quoted-printable")
mail("exchange-unzustellbar-postfach-voll",
     rec("bounce", bounced="wolbeck-hilft@posteo.example"),
     H(addr("Microsoft Outlook", "postmaster@posteo.example"),
       "Unzustellbar: Erinnerung: Quartierskonferenz Münster-Südost am 22. Mai",
       "Sat, 15 May 2027 07:01:22 +0200", "ndr-8f21c7e0-5d1a@mx01.posteo.example", to=OURS,
       extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
     multi("mixed", [
         text(T("""
Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:

wolbeck-hilft@posteo.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten
annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden
Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: MX01.posteo.example

wolbeck-hilft@posteo.example
Remoteserver hat "552 5.2.2 Mailbox full" zurückgegeben
"""), "utf-8", "quoted-printable"),
         embedded([("From", "=?utf-8?q?Quartierskonferenz_M=C3=BCnster-S=C3=BCdost?= <quartierskonferenz@muenster.example>"),
                   ("To", "wolbeck-hilft@posteo.example"),
                   ("Subject", "=?utf-8?q?Erinnerung=3A_Quartierskonferenz_M=C3=BCnster-S=C3=BCdost_am_22=2E_Mai?="),
                   ("Date", "Sat, 15 May 2027 07:00:03 +0200"),
                   ("Message-ID", "<reminder7d-0088.20270515@muenster.example>"),
                   ("Auto-Submitted", "auto-generated")], _reminder)],
         "----=_NDR_8f21c7e0_5d1a"))

# 049 cancellation, sq: phone-typed Albanian without diacritics (plain ASCII, 7bit) by the
#     writer of 037; "te shtunen" (on Saturday), shift changed.
mail("krasniqi-anuloj",
     rec("cancellation", "arben.krasniqi@gmx.example", "Arben Krasniqi", None, [], None, "sq"),
     H(addr("Arben Krasniqi", "arben.krasniqi@gmx.example"),
       "anulim", "Wed, 19 May 2027 22:48:30 +0200",
       "D41E8B9C-77A0-4F3B-9E21-krasniqi@gmx.example"),
     text(T("""
Pershendetje,
me vjen keq por nuk mund te vij te shtunen, me ndryshuan turnin ne pune.
Ju lutem anuloni regjistrimin tim.
Faleminderit
Arben Krasniqi
"""), "us-ascii", "7bit"))

# 050 other, de: a district newsletter (Precedence: bulk, List-Unsubscribe) that mentions the
#     conference "morgen", the four workshops and that registration is closed - plus a flea
#     market and a language café; HTML part in base64.
_t = T("""
Stadtteil-Newsletter Südost Nr. 5/2027
======================================

Liebe Nachbarinnen und Nachbarn,

1) Quartierskonferenz morgen!
Morgen, am Samstag, 22. Mai, findet von 9:30 bis 16:30 Uhr die
Quartierskonferenz Münster-Südost im Stadtteilhaus Gremmendorf statt. In den
Workshops zu Wohnen, Mobilität, Grünflächen und Teilhabe ist kein Platz mehr
frei, die Anmeldung ist geschlossen. Zur Abschlussrunde ab 15:30 Uhr sind aber
alle herzlich eingeladen.

2) Kinderflohmarkt Angelmodde
Sonntag, 30. Mai, 11 bis 14 Uhr, Schulhof der Grundschule. Standgebühr 5 Euro,
Anmeldung im Stadtteilbüro.

3) Sprachcafé "Deutsch im Alltag"
Jeden Dienstag, 17 Uhr, Stadtteilbüro, Albersloher Weg 452 - ohne Anmeldung.

Ihr Stadtteilbüro Gremmendorf/Angelmodde
https://www.stadtteilbuero-suedost.example

Newsletter abbestellen: https://www.stadtteilbuero-suedost.example/newsletter/abmelden
""")
mail("stadtteil-newsletter-mai",
     rec("other"),
     H(addr("Stadtteilbüro Gremmendorf/Angelmodde", "newsletter@stadtteilbuero-suedost.example"),
       "Stadtteil-Newsletter Südost Nr. 5/2027", "Fri, 21 May 2027 06:30:00 +0200",
       "nl-2027-05.4471@stadtteilbuero-suedost.example",
       to="newsletter-empfaenger@stadtteilbuero-suedost.example",
       extra=[("Precedence", "bulk"), ("List-Id", "<suedost.stadtteilbuero-suedost.example>"),
              ("List-Unsubscribe", "<https://www.stadtteilbuero-suedost.example/newsletter/abmelden>")]),
     multi("alternative", [text(_t, "utf-8", "quoted-printable"),
                           text(simple_html(_t), "utf-8", "base64", sub="html")],
           "b1_4471_nl_2027_05"))


# ===========================================================================
# validation, writing, --check, --stats
# ===========================================================================

EXAMPLE_ROOTS = ("example.org", "example.com", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return host.endswith(".example") or host in EXAMPLE_ROOTS or host.endswith(
        tuple("." + r for r in EXAMPLE_ROOTS))


def check_record(fname, r):
    problems = []
    if tuple(r) != KEYS:
        problems.append(f"keys {list(r)}")
    k = r["kind"]
    if k not in KINDS:
        problems.append(f"kind {k!r}")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not r["email"] or r["email"] != r["email"].lower() or "@" not in r["email"]:
            problems.append("email")
        if r["language"] not in ISO639_1:
            problems.append("language")
    else:
        for f in ("email", "name", "organisation", "language", "party_size"):
            if r[f] is not None:
                problems.append(f"{f} must be null for {k}")
        if r["workgroups"]:
            problems.append("workgroups must be [] for " + k)
    if k == "registration":
        if not isinstance(r["party_size"], int) or r["party_size"] < 1:
            problems.append("party_size")
        if not r["name"]:
            problems.append("name")
    elif k == "change":
        if r["party_size"] is not None and (not isinstance(r["party_size"], int) or r["party_size"] < 1):
            problems.append("party_size")
    elif r["party_size"] is not None:
        problems.append("party_size must be null")
    if k in ("cancellation", "question") and r["workgroups"]:
        problems.append("workgroups must be [] for " + k)
    if not isinstance(r["workgroups"], list) or any(w not in WG_IDS for w in r["workgroups"]) \
            or len(set(r["workgroups"])) != len(r["workgroups"]):
        problems.append("workgroups")
    if k == "bounce":
        if not r["bounced_recipient"] or r["bounced_recipient"] != r["bounced_recipient"].lower():
            problems.append("bounced_recipient")
    elif r["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    for f in ("email", "bounced_recipient"):
        if r[f] and not example_host(r[f].rsplit("@", 1)[1]):
            problems.append(f"{f} not an example domain")
    return [f"{fname}: record: {p}" for p in problems]


def check_mail(fname, data):
    problems = []
    p = lambda s: problems.append(f"{fname}: {s}")
    # CRLF only, line length
    pieces = data.split(b"\r\n")
    if pieces[-1] != b"":
        p("does not end with CRLF")
    for i, line in enumerate(pieces, 1):
        if b"\r" in line or b"\n" in line:
            p(f"bare CR or LF in line {i}")
        if len(line) > 998:
            p(f"line {i} longer than 998 octets")
    msg = message_from_bytes(data, policy=policy.default)
    texts = []
    for part in msg.walk():
        if part.defects:
            p(f"defects in {part.get_content_type()}: {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                p(f"header {k} defects: {v.defects}")
            texts.append(str(v))
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True)
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            if cte == "7bit" and not payload.isascii():
                p("7bit part has 8-bit octets")
            try:
                decoded = payload.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                p(f"text part does not decode as {cs}: {e}")
                continue
            texts.append(decoded)
            try:
                part.get_content()
            except Exception as e:          # noqa: BLE001
                p(f"get_content failed: {e}")
        elif ctype in ("message/delivery-status", "text/rfc822-headers"):
            texts.append(part.as_string())
    for k in ("From", "Date", "Message-ID", "Subject"):
        if msg[k] is None:
            p(f"no {k} header")
    blob = "\n".join(texts)
    for m in ADDR_RE.finditer(blob):
        if not example_host(m.group(1)):
            p(f"non-example address domain {m.group(1)}")
    for m in URL_RE.finditer(blob):
        host = m.group(1)
        if not example_host(host):
            p(f"non-example URL host {host}")
    return problems, msg


def build():
    """Return {filename: bytes} for mails/ plus the expected.json text, after validation."""
    problems = []
    files, expected = {}, {}
    last_date, seen_ids = None, set()
    for fname, data, r in MAILS:
        probs, msg = check_mail(fname, data)
        problems += probs
        problems += check_record(fname, r)
        d = parsedate_to_datetime(str(msg["Date"]))
        if last_date is not None and d <= last_date:
            problems.append(f"{fname}: Date does not rise ({d} <= {last_date})")
        last_date = d
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            problems.append(f"{fname}: duplicate Message-ID")
        seen_ids.add(mid)
        files[fname] = data
        expected[fname] = r
    if problems:
        print("validation failed:", file=sys.stderr)
        for pr in problems:
            print("  " + pr, file=sys.stderr)
        sys.exit(1)
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    return files, exp_text


def stats(files):
    kinds, langs, charsets, ctes, ctypes = Counter(), Counter(), Counter(), Counter(), Counter()
    for fname, data, r in MAILS:
        kinds[r["kind"]] += 1
        langs[r["language"] or f"(null: {r['kind']})"] += 1
        msg = message_from_bytes(data, policy=policy.default)
        ctypes[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset() or "us-ascii"] += 1
            if not part.is_multipart():
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    for title, c in (("kinds", kinds), ("languages", langs), ("top-level types", ctypes),
                     ("text charsets (parts)", charsets), ("transfer encodings (leaf parts)", ctes)):
        print(f"{title}:")
        for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:<34} {v}")


def main(argv):
    files, exp_text = build()
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(files)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        for name in sorted(on_disk - set(files)):
            bad.append(f"extra file mails/{name}")
        for name, data in files.items():
            path = mails_dir / name
            if not path.exists():
                bad.append(f"missing mails/{name}")
            elif path.read_bytes() != data:
                bad.append(f"differs: mails/{name}")
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            bad.append("differs: expected.json")
        if bad:
            for b in bad:
                print(b, file=sys.stderr)
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for old in mails_dir.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (mails_dir / name).write_bytes(data)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read what was written
    for name, data in files.items():
        assert (mails_dir / name).read_bytes() == data
    print(f"wrote {len(files)} mails and expected.json; all validated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
