#!/usr/bin/env python3
"""Write the "stadtforum" evaluation corpus: mails/NNN-slug.eml and expected.json.

Event: Stadtteilforum Integration Leipzig-Ost 2027 (see config.toml), four
Thementische WOHNEN (1), KITA (2), ARBEIT (3), BEGEGNUNG (4).

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    write nothing; fail if files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only, deterministic output.
"""
import argparse
import base64
import email
import email.policy
import email.utils
import html
import json
import quopri
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"

EVENT = "stadtforum@leipzig-ost.example"
EVENT_NAME = "Stadtteilforum Integration Leipzig-Ost"
INVITE_ID = "<einladung-stadtforum-2027@leipzig-ost.example>"

# ---------------------------------------------------------------------------
# MIME helpers (everything is built by hand so that the bytes are exact)
# ---------------------------------------------------------------------------

B64_SAFE = None


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words for a header value (folded, each word <= 75 chars)."""
    if all(ord(c) < 128 for c in text):
        return text
    prefix = f"=?{charset}?{enc}?"
    words, cur = [], ""

    def enc_chunk(s):
        b = s.encode(charset)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and byte < 128:
                out.append(ch)
            elif ch in "!*+-/":
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for c in text:
        trial = cur + c
        if len(prefix) + len(enc_chunk(trial)) + 2 > 75:
            words.append(prefix + enc_chunk(cur) + "?=")
            cur = c
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_chunk(cur) + "?=")
    return "\n ".join(words)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def date(y, mo, d, h, mi, s=0, off=120):
    tz = timezone(timedelta(minutes=off))
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def fmt_date(dt):
    return email.utils.format_datetime(dt)


def encode_body(data, cte):
    """data: bytes.  Returns the transfer-encoded body with LF line ends."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        out = data
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def leaf(ctype, content, charset=None, cte="7bit", filename=None,
         disposition=None, params="", extra=()):
    """A non-multipart part.  content: str (encoded with charset) or bytes."""
    if isinstance(content, str):
        data = content.replace("\r\n", "\n").encode(charset or "us-ascii")
    else:
        data = content
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    if filename and disposition != "inline-noname":
        ct += f'; name="{filename}"'
    hdrs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        disp = disposition
        if filename:
            disp += f'; filename="{filename}"'
        hdrs.append(("Content-Disposition", disp))
    hdrs.extend(extra)
    return {"headers": hdrs, "body": encode_body(data, cte)}


_bcount = [0]


def multi(subtype, parts, params="", preamble=True):
    _bcount[0] += 1
    b = f"----=_Part_{_bcount[0]:03d}_{subtype[:3]}_7e3f"
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + render_part(p) + b"\n"
    body += b"--" + b.encode() + b"--\n"
    return {"headers": [("Content-Type", f'multipart/{subtype};{params}\n boundary="{b}"')],
            "body": body}


def render_headers(hdrs):
    out = []
    for k, v in hdrs:
        out.append(f"{k}: {v}")
    return ("\n".join(out) + "\n").encode("ascii")


def render_part(p):
    return render_headers(p["headers"]) + b"\n" + p["body"]


def message(hdrs, node, mime_version=True):
    """hdrs: list of (name, value); node: a leaf() or multi().  LF line ends."""
    allh = list(hdrs)
    if mime_version:
        allh.append(("MIME-Version", "1.0"))
    allh += node["headers"]
    return render_headers(allh) + b"\n" + node["body"]


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def to_html(text, rtl=False, font="Arial, sans-serif"):
    paras = text.strip("\n").split("\n\n")
    d = ' dir="rtl"' if rtl else ""
    body = "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>"
                     for p in paras)
    return (f"<html>\n<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body{d} style=\"font-family: {font}; font-size: 14px;\">\n{body}\n</body>\n</html>\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def base_headers(frm, to, subject, dt, msgid, extra=()):
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", fmt_date(dt)),
         ("Message-ID", msgid)]
    h.extend(extra)
    return h


def reply_headers(ref):
    return [("In-Reply-To", ref), ("References", ref)]


def conf_refs(n):
    ref = f"<bestaetigung-{n}@leipzig-ost.example>"
    return [("In-Reply-To", ref), ("References", f"{INVITE_ID}\n {ref}")]


# ---------------------------------------------------------------------------
# texts the organisers sent (quoted or forwarded by participants)
# ---------------------------------------------------------------------------

INVITATION = """\
Liebe Nachbarinnen und Nachbarn,
liebe Vereine und Initiativen im Leipziger Osten,

das Stadtbezirksamt Leipzig-Ost lädt Sie herzlich zum Stadtteilforum
Integration ein:

  Donnerstag, 20. Mai 2027, 17:30 bis 21:00 Uhr
  Bürgersaal im Stadtteilzentrum Ost, Konradstraße 60, 04315 Leipzig

Nach einer kurzen Begrüßung sprechen wir in kleinen Runden an vier
Thementischen miteinander:

  Thementisch 1: Wohnen und Nachbarschaft im Leipziger Osten
  Thementisch 2: Kita, Schule und Elternarbeit
  Thementisch 3: Arbeit, Ausbildung und Anerkennung von Abschlüssen
  Thementisch 4: Begegnung, Ehrenamt und Vereine im Stadtteil

Bitte melden Sie sich bis Mittwoch, 12. Mai 2027, mit einer Antwort auf
diese Mail an. Nennen Sie uns Ihren Wunschtisch (gern auch eine zweite
Wahl) und mit wie vielen Personen Sie kommen. Kinderbetreuung sowie
Dolmetschen ins Arabische, Russische/Ukrainische und Türkische sind
angefragt.

Wir freuen uns auf Sie!

Team Bürgerbeteiligung
Stadtbezirksamt Leipzig-Ost
"""

TABLES = {
    1: "Thementisch 1 (Wohnen und Nachbarschaft im Leipziger Osten)",
    2: "Thementisch 2 (Kita, Schule und Elternarbeit)",
    3: "Thementisch 3 (Arbeit, Ausbildung und Anerkennung von Abschlüssen)",
    4: "Thementisch 4 (Begegnung, Ehrenamt und Vereine im Stadtteil)",
}


def confirmation(greeting, persons, table):
    p = "1 Person" if persons == 1 else f"{persons} Personen"
    return f"""\
{greeting},

vielen Dank für Ihre Anmeldung zum Stadtteilforum Integration am
Donnerstag, 20. Mai 2027, 17:30 Uhr, im Bürgersaal des Stadtteilzentrums Ost.

Angemeldet: {p}
Thementisch: {TABLES[table]}

Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Stadtteilforum Integration Leipzig-Ost
Stadtbezirksamt Leipzig-Ost, Team Bürgerbeteiligung
"""


def invitation_message():
    h = base_headers(addr(EVENT_NAME, EVENT), "Undisclosed recipients:;",
                     ew("Einladung: Stadtteilforum Integration am 20. Mai", "utf-8", "Q"),
                     date(2027, 4, 12, 10, 5), INVITE_ID)
    return message(h, leaf("text/plain", INVITATION, "utf-8", "quoted-printable"))


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------

def R(kind, email_=None, name=None, org=None, wgs=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


MACHINE = lambda kind, bounced=None: R(kind, bounced=bounced)  # noqa: E731

MAILS = []   # (filename, raw bytes, expected record)


def add(slug, raw, rec):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", crlf(raw), rec))


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration (de): top-posted Thunderbird reply quoting the whole invitation (all four tables in the quote); table by number; UTF-8 QP.
add("schubert-tisch2-top-posted",
    message(base_headers(addr("Sabine Schubert", "s.schubert@webpost.example"), EVENT,
                         "Re: Einladung: Stadtteilforum Integration am 20. Mai",
                         date(2027, 4, 12, 14, 32, 11), "<5a1c0e2b-7d41-4b1e@webpost.example>",
                         reply_headers(INVITE_ID) + [("User-Agent", "Mozilla Thunderbird")]),
            leaf("text/plain", """\
Guten Tag,

hiermit melde ich mich für das Stadtteilforum an. Ich möchte gern an
Thementisch 2 teilnehmen, weil ich im Elternrat unserer Schule bin und wir
gerade viel darüber reden, wie wir Eltern ohne gute Deutschkenntnisse zu
den Elternabenden holen.

Ich komme allein.

Viele Grüße
Sabine Schubert
Elternrat der 74. Schule

Am 12.04.2027 um 10:05 schrieb Stadtteilforum Integration Leipzig-Ost:
""" + quote(INVITATION) + "\n", "utf-8", "quoted-printable", params="; format=flowed")),
    R("registration", "s.schubert@webpost.example", "Sabine Schubert", "Elternrat der 74. Schule",
      ["KITA"], 1, "de"))

# 002 registration (tr): shop owner, ISO-8859-9 8bit, table by Turkish topic words plus a hedged number, "my wife and I" = 2; shop as organisation.
add("yilmaz-tr-konut-esim",
    message(base_headers(addr("Mehmet Yılmaz", "m.yilmaz@yilmaz-markt.example", "iso-8859-9", "Q"), EVENT,
                         ew("Foruma kayıt - Yılmaz", "iso-8859-9", "Q"),
                         date(2027, 4, 12, 19, 47, 3), "<20270412194703.41A2@yilmaz-markt.example>"),
            leaf("text/plain", """\
Merhaba,

Davetiniz için teşekkür ederiz. Eşim ve ben foruma katılmak istiyoruz.
Konut ve komşuluk masasına yazılmak istiyoruz (sanırım 1 numaralı masa).
Dükkanımız Eisenbahnstraße'de, mahallede herkes kiraların artmasından
bahsediyor, o yüzden bu konu bizim için önemli.

Selamlar
Mehmet Yılmaz
Yılmaz Market - Sebze, Meyve, Şarküteri
Eisenbahnstraße, Leipzig
""", "iso-8859-9", "8bit")),
    R("registration", "m.yilmaz@yilmaz-markt.example", "Mehmet Yılmaz", "Yılmaz Market",
      ["WOHNEN"], 2, "tr"))

# 003 registration (ar): multipart/alternative UTF-8 base64, RTL HTML; "the third table" in words; "me and my son" = 2; son's age in Arabic-Indic digits as a distractor.
_t = """\
مرحباً،

شكراً جزيلاً على الدعوة إلى منتدى الحي. أودّ التسجيل في الطاولة الثالثة
(العمل والتدريب المهني والاعتراف بالشهادات).
سأحضر أنا وابني كريم، عمره ١٩ سنة ويبحث عن فرصة تدريب مهني.

مع أطيب التحيات
رنا الحداد
"""
add("haddad-ar-third-table-son",
    message(base_headers(addr("رنا الحداد", "rana.haddad@mailo.example"), EVENT,
                         ew("Re: Einladung: Stadtteilforum Integration am 20. Mai"),
                         date(2027, 4, 13, 8, 15, 40), "<CAHd7x1Q-rh-0413@mailo.example>",
                         reply_headers(INVITE_ID)),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "base64"),
                                  leaf("text/html", to_html(_t, rtl=True), "utf-8", "base64")])),
    R("registration", "rana.haddad@mailo.example", "رنا الحداد", None, ["ARBEIT"], 2, "ar"))

# 004 auto_reply (de): out-of-office of a Kita head with Auto-Submitted and X-Autoreply; mentions a colleague's address and a date.
add("krause-abwesenheit",
    message(base_headers(addr("Birgit Krause", "b.krause@kita-sonnenblume.example"), EVENT,
                         ew("Abwesenheitsnotiz: Einladung: Stadtteilforum Integration am 20. Mai", "utf-8", "Q"),
                         date(2027, 4, 13, 10, 5, 9), "<auto-0413-1005@kita-sonnenblume.example>",
                         [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                          ("In-Reply-To", INVITE_ID)]),
            leaf("text/plain", """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19. April 2027 nicht im Haus und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
meine Stellvertreterin, Frau Sommer (sommer@kita-sonnenblume.example).
Ihre Nachricht wird nicht automatisch weitergeleitet.

Birgit Krause
Leiterin Kita Sonnenblume
""", "utf-8", "quoted-printable")),
    MACHINE("auto_reply"))

# 005 registration (uk): UTF-8 8bit; first choice by topic ("table about work and recognition of diplomas"), second by number; organisation after a role in the signature.
add("petrenko-uk-first-second-choice",
    message(base_headers(addr("Оксана Петренко", "oksana.petrenko@kalyna-leipzig.example"), EVENT,
                         ew("Реєстрація на форум 20 травня"),
                         date(2027, 4, 13, 21, 30, 2), "<e81f55a0c3@kalyna-leipzig.example>"),
            leaf("text/plain", """\
Добрий день!

Дякую за запрошення. Я хотіла б узяти участь у Форумі 20 травня.
Найбільше мене цікавить стіл про роботу та визнання дипломів: я
вчителька математики, а мій диплом досі не визнали. Якщо там уже не
буде місць, тоді стіл 4 (волонтерство та об’єднання).

Я прийду сама.

З повагою
Оксана Петренко
волонтерка, Kalyna e.V.
""", "utf-8", "8bit")),
    R("registration", "oksana.petrenko@kalyna-leipzig.example", "Оксана Петренко", "Kalyna e.V.",
      ["ARBEIT", "BEGEGNUNG"], 1, "uk"))

# 006 question (de): pensioner asks about step-free access and whether listeners must register; windows-1252 QP; age as distractor.
add("meier-frage-barrierefrei",
    message(base_headers(addr("Horst Meier", "horst.meier@t-netz.example"), EVENT,
                         ew("Frage zum Stadtteilforum", "windows-1252", "Q"),
                         date(2027, 4, 14, 9, 2, 55), "<000a01d7b2c3$5f1e2a40$@t-netz.example>",
                         [("X-Mailer", "Microsoft Outlook 16.0")]),
            leaf("text/plain", """\
Sehr geehrte Damen und Herren,

ich habe Ihren Aushang im Bürgerhaus gelesen. Ich bin 78 Jahre alt und
nicht mehr gut zu Fuß. Ist der Bürgersaal ohne Treppen zu erreichen?

Und muss ich mich extra anmelden, wenn ich nur zuhören und mich an
keinen der Tische setzen möchte?

Mit freundlichen Grüßen
Horst Meier
""", "windows-1252", "quoted-printable")),
    R("question", "horst.meier@t-netz.example", "Horst Meier", None, [], None, "de"))

# 007 registration (pl): ISO-8859-2 QP; "stolik nr 4"; "with my neighbour" = 2.
add("kowalska-pl-stolik4-sasiadka",
    message(base_headers(addr("Agnieszka Kowalska", "agnieszka.kowalska@poczta.example", "iso-8859-2", "Q"), EVENT,
                         ew("Zgłoszenie na forum dzielnicy", "iso-8859-2", "Q"),
                         date(2027, 4, 14, 17, 40, 18), "<b3c9e1f0-pl-0414@poczta.example>"),
            leaf("text/plain", """\
Dzień dobry,

chciałabym zapisać się na forum 20 maja. Interesuje mnie stolik nr 4
(spotkania, wolontariat, stowarzyszenia). Przyjdę z sąsiadką - ona też
mieszka przy Neustädter Straße i bardzo dobrze zna dzielnicę.

Pozdrawiam serdecznie
Agnieszka Kowalska
""", "iso-8859-2", "quoted-printable")),
    R("registration", "agnieszka.kowalska@poczta.example", "Agnieszka Kowalska", None,
      ["BEGEGNUNG"], 2, "pl"))

# 008 registration (de, learner): us-ascii 7bit without umlauts; "with my two children" = 3; children's ages as distractors; table by topic.
add("nguyen-lerner-zwei-kinder",
    message(base_headers(addr("Lan Nguyen", "lan.nguyen88@webpost.example"), EVENT,
                         "Anmeldung Forum",
                         date(2027, 4, 15, 11, 20, 0), "<CA+lan88.0415.1120@webpost.example>"),
            leaf("text/plain", """\
Hallo,

ich heisse Thi Lan Nguyen. Ich will kommen zu Forum am 20 Mai. Ich komme
mit meine zwei Kinder, sie sind 8 und 11. Ich mochte Tisch fur Schule und
Kita, weil meine Kinder gehen in Schule hier in Volkmarsdorf.

Danke schon
Thi Lan Nguyen
""", "us-ascii", "7bit")),
    R("registration", "lan.nguyen88@webpost.example", "Thi Lan Nguyen", None, ["KITA"], 3, "de"))

# 009 registration (de): Outlook HTML-only, windows-1252 QP; association chair plus two named members = 3; "Runde 4"; Reply-To board mailbox beats From; disclaimer.
_h = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">für den Nachbarschaftsverein Volkmarsdorf melde ich mich zum Stadtteilforum Integration an. Mit mir kommen zwei weitere Vereinsmitglieder, Herr Uwe Brandt und Frau Selin Acar. Wir würden gern an der Runde 4 (Ehrenamt und Vereine) teilnehmen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Die Bestätigung senden Sie bitte an unser Vorstandspostfach, da ich nicht täglich in dieses Postfach schaue.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal"><b>Dr. Ingrid Hoffmann</b><o:p></o:p></p>
<p class="MsoNormal">1. Vorsitzende<o:p></o:p></p>
<p class="MsoNormal">Nachbarschaftsverein Volkmarsdorf e.V.<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Vereinsregister Amtsgericht Leipzig VR 4711 &#8211; Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Das unerlaubte Kopieren sowie die Weitergabe dieser Mail sind nicht gestattet.</span><o:p></o:p></p>
</div>
</body>
</html>
"""
add("hoffmann-outlook-html-verein",
    message(base_headers(addr("Hoffmann, Ingrid", "i.hoffmann@nbv-volkmarsdorf.example"), EVENT,
                         "Anmeldung Stadtteilforum - Nachbarschaftsverein Volkmarsdorf",
                         date(2027, 4, 15, 15, 55, 31), "<AM0PR07MB4417C2E1@nbv-volkmarsdorf.example>",
                         [("Reply-To", "vorstand@nbv-volkmarsdorf.example"),
                          ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AddwYk3h2b1c0Q==")]),
            leaf("text/html", _h, "windows-1252", "quoted-printable")),
    R("registration", "vorstand@nbv-volkmarsdorf.example", "Ingrid Hoffmann",
      "Nachbarschaftsverein Volkmarsdorf e.V.", ["BEGEGNUNG"], 3, "de"))

# 010 other: neighbourhood newsletter (multipart/alternative, bulk headers) that mentions the forum, its address and other "Anmeldung"s.
_t = """\
Quartiersnews Leipziger Osten - April 2027

1. Frühjahrsputz im Rabet
Am Samstag, 24. April, ab 10 Uhr. Handschuhe und Säcke stellt die
Stadtreinigung. Eine Anmeldung ist nicht nötig.

2. Hofflohmarkt
Höfe, die mitmachen wollen, melden sich bis 30. April beim Quartiersbüro.

3. Stadtteilforum Integration am 20. Mai
Das Stadtbezirksamt lädt an vier Thementische ein: Wohnen, Kita und
Schule, Arbeit, Ehrenamt. Anmeldung an stadtforum@leipzig-ost.example.

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website bestellt
haben. Abbestellen: https://quartier-leipzig-ost.example/newsletter/abmelden
"""
add("quartiersnews-newsletter",
    message(base_headers(addr("Quartiersbüro Leipziger Osten", "newsletter@quartier-leipzig-ost.example"),
                         EVENT, ew("Quartiersnews April: Frühjahrsputz, Hofflohmarkt, Stadtteilforum", "utf-8", "Q"),
                         date(2027, 4, 16, 7, 0, 0), "<nl-2027-04.88213@quartier-leipzig-ost.example>",
                         [("List-Id", "Quartiersnews <quartiersnews.quartier-leipzig-ost.example>"),
                          ("List-Unsubscribe", "<https://quartier-leipzig-ost.example/newsletter/abmelden>"),
                          ("Precedence", "bulk")]),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                  leaf("text/html", to_html(_t), "utf-8", "quoted-printable")])),
    MACHINE("other"))

# 011 registration (fa): UTF-8 base64 plain; table number in Persian digits (۳); ZWNJ in words; organisation in Persian script.
add("ahmadi-fa-persian-digit",
    message(base_headers(addr("مریم احمدی", "maryam.ahmadi@mailo.example"), EVENT,
                         ew("ثبت‌نام برای فروم محله"),
                         date(2027, 4, 16, 20, 12, 44), "<CAfa.ahmadi.0416@mailo.example>"),
            leaf("text/plain", """\
سلام،

من مریم احمدی هستم و می‌خواهم در فروم محله شرکت کنم. لطفاً مرا برای
میز شماره ۳ (کار، آموزش حرفه‌ای و به رسمیت شناختن مدارک) ثبت‌نام کنید.
تنها می‌آیم.

با سپاس
مریم احمدی
کانون فرهنگی ایرانیان لایپزیگ
""", "utf-8", "base64")),
    R("registration", "maryam.ahmadi@mailo.example", "مریم احمدی", "کانون فرهنگی ایرانیان لایپزیگ",
      ["ARBEIT"], 1, "fa"))

# 012 registration (ro): UTF-8 QP; table by topic words; "four persons: me, my husband and the two children", ages as distractors.
add("popescu-ro-familie-patru",
    message(base_headers(addr("Ioana Popescu", "ioana.popescu@webpost.example"), EVENT,
                         ew("Înscriere forum 20 mai", "utf-8", "Q"),
                         date(2027, 4, 17, 10, 44, 7, off=180), "<7f3e2a19.ro.0417@webpost.example>"),
            leaf("text/plain", """\
Bună ziua,

Vă mulțumesc pentru invitație. Aș dori să particip la forum, la masa
despre locuințe și vecinătate. Vom veni patru persoane: eu, soțul meu și
cei doi copii (7 și 10 ani).

Cu stimă,
Ioana Popescu
""", "utf-8", "quoted-printable")),
    R("registration", "ioana.popescu@webpost.example", "Ioana Popescu", None, ["WOHNEN"], 4, "ro"))

# 013 bounce: Postfix multipart/report (delivery-status + rfc822-headers) for a confirmation sent to an unknown user.
_orig = """\
Return-Path: <stadtforum@leipzig-ost.example>
From: Stadtteilforum Integration Leipzig-Ost <stadtforum@leipzig-ost.example>
To: info@bistro-anatolia.example
Subject: Ihre Anmeldung zum Stadtteilforum Integration
Date: Sat, 17 Apr 2027 12:02:41 +0200
Message-ID: <bestaetigung-0417-1202@leipzig-ost.example>
Auto-Submitted: auto-replied
"""
add("bounce-postfix-user-unknown",
    message(base_headers(addr("Mail Delivery System", "MAILER-DAEMON@mx1.leipzig-ost.example"), EVENT,
                         "Undelivered Mail Returned to Sender",
                         date(2027, 4, 17, 12, 3, 2), "<20270417100302.9C1F2E0481@mx1.leipzig-ost.example>",
                         [("Auto-Submitted", "auto-replied")]),
            multi("report", [
                leaf("text/plain", """\
This is the mail system at host mx1.leipzig-ost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<info@bistro-anatolia.example>: host mx.bistro-anatolia.example[192.0.2.44]
    said: 550 5.1.1 <info@bistro-anatolia.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", "us-ascii", "7bit", disposition="inline", extra=()),
                leaf("message/delivery-status", """\
Reporting-MTA: dns; mx1.leipzig-ost.example
X-Postfix-Queue-ID: 9C1F2E0481
Arrival-Date: Sat, 17 Apr 2027 12:02:41 +0200

Final-Recipient: rfc822; info@bistro-anatolia.example
Original-Recipient: rfc822;info@bistro-anatolia.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.bistro-anatolia.example
Diagnostic-Code: smtp; 550 5.1.1 <info@bistro-anatolia.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", None, "7bit"),
                leaf("text/rfc822-headers", _orig, None, "7bit"),
            ], params=" report-type=delivery-status;")),
    MACHINE("bounce", "info@bistro-anatolia.example"))

# 014 registration (bg): windows-1251 base64; "the second table" in words with topic; "with my daughter" = 2.
add("ivanova-bg-vtora-masa-dashterya",
    message(base_headers(addr("Мария Иванова", "maria.ivanova@abv.example", "windows-1251", "B"), EVENT,
                         ew("Записване за форума", "windows-1251", "B"),
                         date(2027, 4, 18, 18, 25, 13), "<1681834.bg.0418@abv.example>"),
            leaf("text/plain", """\
Здравейте,

бих искала да се запиша за форума на 20 май. Интересува ме втората маса –
детска градина, училище и работа с родителите. Ще дойда с дъщеря си.

Поздрави,
Мария Иванова
""", "windows-1251", "base64")),
    R("registration", "maria.ivanova@abv.example", "Мария Иванова", None, ["KITA"], 2, "bg"))

# 015 question (ru): KOI8-R QP; asks about Russian interpreting and bringing a small child; registers no one.
add("smirnov-ru-frage-perevod",
    message(base_headers(addr("Сергей Смирнов", "s.smirnov@mailo.example", "koi8-r", "B"), EVENT,
                         ew("Вопрос о форуме", "koi8-r", "B"),
                         date(2027, 4, 19, 9, 14, 26), "<20270419091426.ru.5521@mailo.example>"),
            leaf("text/plain", """\
Здравствуйте!

Подскажите, пожалуйста: будет ли на форуме перевод на русский язык?
И можно ли прийти с маленьким ребёнком, или лучше оставить его дома?

Заранее спасибо.
Сергей Смирнов
""", "koi8-r", "quoted-printable")),
    R("question", "s.smirnov@mailo.example", "Сергей Смирнов", None, [], None, "ru"))

# 016 change (de): inline reply interleaved with the quoted confirmation (which names table 2); asks to move to table 4.
_c = confirmation("Guten Tag Frau Schubert", 1, 2)
add("schubert-umbuchung-inline",
    message(base_headers(addr("Sabine Schubert", "s.schubert@webpost.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 4, 19, 16, 30, 50), "<9e02c7d4-1b6a-4f0e@webpost.example>",
                         conf_refs("0412-1433") + [("User-Agent", "Mozilla Thunderbird")]),
            leaf("text/plain", """\
Guten Tag,

> Angemeldet: 1 Person
> Thementisch: Thementisch 2 (Kita, Schule und Elternarbeit)

könnten Sie mich bitte auf Tisch 4 umbuchen? Zu Tisch 2 geht schon unsere
Elternratsvorsitzende, und wir wollen uns aufteilen.

> Wenn sich etwas ändert, antworten Sie einfach auf diese Mail.

Danke und viele Grüße
Sabine Schubert
""", "utf-8", "quoted-printable")),
    R("change", "s.schubert@webpost.example", "Sabine Schubert", None, ["BEGEGNUNG"], None, "de"))

# 017 registration (sq): multipart/alternative UTF-8 QP; table by Albanian topic words; "with my brother, so two persons"; association in signature.
_t = """\
Përshëndetje,

Faleminderit për ftesën. Dëshiroj të marr pjesë në forumin e lagjes, në
tryezën për punën, formimin profesional dhe njohjen e diplomave.
Do të vij bashkë me vëllain tim, pra dy persona.

Me respekt,
Arben Krasniqi
Shoqata Iliria Leipzig
"""
add("krasniqi-sq-tryeza-vellai",
    message(base_headers(addr("Arben Krasniqi", "arben.krasniqi@iliria-leipzig.example"), EVENT,
                         ew("Regjistrim për forumin / Anmeldung", "utf-8", "Q"),
                         date(2027, 4, 20, 8, 50, 37), "<CAK.arben.0420.0850@iliria-leipzig.example>"),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                  leaf("text/html", to_html(_t), "utf-8", "quoted-printable")])),
    R("registration", "arben.krasniqi@iliria-leipzig.example", "Arben Krasniqi", "Shoqata Iliria Leipzig",
      ["ARBEIT"], 2, "sq"))

# 018 registration (es): webmail multipart/alternative UTF-8 QP, Date in +0000; explicit first and second choice by topic words; "I'll go alone".
_t = """\
Hola:

Me gustaría inscribirme en el foro del barrio. Mi primera opción sería la
mesa sobre vivienda y vecindario; si está llena, la segunda opción es la
de guarderías, colegios y padres (hago voluntariado con niños en el barrio).

Iré sola.

¡Muchas gracias y un saludo!
Lucía García Morales
"""
add("garcia-es-primera-segunda",
    message(base_headers(addr("Lucía García Morales", "lucia.garcia.m@mailo.example", "utf-8", "Q"), EVENT,
                         ew("Inscripción foro 20 de mayo", "utf-8", "Q"),
                         date(2027, 4, 20, 13, 5, 0, off=0), "<CAes.lucia.garcia.0420@mailo.example>"),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                  leaf("text/html", to_html(_t, font="Roboto, sans-serif"), "utf-8", "quoted-printable")],
                  preamble=False)),
    R("registration", "lucia.garcia.m@mailo.example", "Lucía García Morales", None,
      ["WOHNEN", "KITA"], 1, "es"))

# 019 registration (ku, Kurmanji): UTF-8 QP; "the fourth table" as an ordinal word; "with my wife, we are two"; association in signature.
add("sexo-ku-maseya-caremin",
    message(base_headers(addr("Dilan Şêxo", "dilan.shexo@komele-leipzig.example"), EVENT,
                         ew("Beşdarî Foruma Taxê", "utf-8", "Q"),
                         date(2027, 4, 20, 19, 33, 21), "<d1l4n.0420.1933@komele-leipzig.example>"),
            leaf("text/plain", """\
Silav û rêz,

Spas ji bo vexwendinê. Ez dixwazim beşdarî Foruma Taxê bibim, li maseya
çaremîn – ya li ser hevdîtin, xebata dilxwazî û komeleyan.
Ez ê bi hevjîna xwe re bêm, em du kes in.

Bi silav,
Dilan Şêxo
Komeleya Çanda Kurdî Leipzig
""", "utf-8", "quoted-printable")),
    R("registration", "dilan.shexo@komele-leipzig.example", "Dilan Şêxo", "Komeleya Çanda Kurdî Leipzig",
      ["BEGEGNUNG"], 2, "ku"))

# 020 registration (de): a quarter manager registers his colleague and asks to send the confirmation to her address (Cc); invitation attached as message/rfc822.
add("richter-meldet-kollegin-an",
    message(base_headers(addr("Thomas Richter", "t.richter@qm-leipziger-osten.example"), EVENT,
                         "Anmeldung Kollegin Demir - Thementisch Wohnen",
                         date(2027, 4, 21, 10, 12, 5), "<6b0a9e44c1d2@qm-leipziger-osten.example>",
                         [("Cc", "Aylin Demir <aylin.demir@qm-leipziger-osten.example>")]),
            multi("mixed", [
                leaf("text/plain", """\
Hallo liebes Team Bürgerbeteiligung,

ich selbst bin an dem Abend leider auf einer anderen Veranstaltung, aber
meine Kollegin Aylin Demir nimmt gern für uns am Thementisch Wohnen und
Nachbarschaft teil. Bitte schicken Sie die Bestätigung direkt an sie:
aylin.demir@qm-leipziger-osten.example

Eure Einladung hänge ich zur Sicherheit noch einmal an.

Beste Grüße
Thomas Richter
Quartiersmanagement Leipziger Osten
Tel. 0341 555 0172
""", "utf-8", "8bit"),
                leaf("message/rfc822", invitation_message(), None, "7bit",
                     disposition="attachment", filename="Einladung Stadtteilforum.eml"),
            ])),
    R("registration", "aylin.demir@qm-leipziger-osten.example", "Aylin Demir",
      "Quartiersmanagement Leipziger Osten", ["WOHNEN"], 1, "de"))

# 021 auto_reply (de): ticket-system receipt of a housing cooperative (Auto-Submitted: auto-generated, ticket number in subject).
add("ticket-eingangsbestaetigung",
    message(base_headers(addr("Wohnungsgenossenschaft Ost eG - Kundenservice", "service@wg-ost-leipzig.example"),
                         EVENT, "[Ticket#2027042110000874] Eingang Ihrer Nachricht: Einladung: Stadtteilforum Integration am 20. Mai",
                         date(2027, 4, 21, 10, 13, 40), "<ticket-2027042110000874@wg-ost-leipzig.example>",
                         [("Auto-Submitted", "auto-generated"), ("X-Loop", "service@wg-ost-leipzig.example"),
                          ("Precedence", "auto_reply")]),
            leaf("text/plain", """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Sie wurde unter der Ticketnummer
2027042110000874 erfasst. Unser Kundenservice meldet sich innerhalb von
drei Werktagen bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihre Wohnungsgenossenschaft Ost eG – Kundenservice
""", "utf-8", "quoted-printable")),
    MACHINE("auto_reply"))

# 022 registration (en): inline Gmail-style forward; the forwarded invitation (all four tables) sits unquoted below; table by topic and a hedged number; role | association.
add("owusu-en-forward-table3",
    message(base_headers(addr("Kwame Owusu", "kwame.owusu@webpost.example"), EVENT,
                         "Fwd: Einladung: Stadtteilforum Integration am 20. Mai",
                         date(2027, 4, 22, 22, 41, 9, off=0), "<CAGh4n4.kwame.0422@webpost.example>"),
            leaf("text/plain", """\
Hi,

A friend from church forwarded this to me. I'd like to sign up for the
table on jobs and recognition of foreign qualifications (number 3, if I
read the German correctly). It will just be me.

Best regards,
Kwame Owusu
Treasurer | Ghanaian Community Association Leipzig

---------- Forwarded message ---------
From: Esther Boateng <esther.boateng@webpost.example>
Date: Wed, 21 Apr 2027 at 18:02
Subject: Fwd: Einladung: Stadtteilforum Integration am 20. Mai
To: Kwame Owusu <kwame.owusu@webpost.example>


Kwame, das ist was für dich, oder?

---------- Forwarded message ---------
From: Stadtteilforum Integration Leipzig-Ost <stadtforum@leipzig-ost.example>
Date: Mon, 12 Apr 2027 at 10:05
Subject: Einladung: Stadtteilforum Integration am 20. Mai

""" + INVITATION, "utf-8", "quoted-printable")),
    R("registration", "kwame.owusu@webpost.example", "Kwame Owusu", "Ghanaian Community Association Leipzig",
      ["ARBEIT"], 1, "en"))

# 023 change (tr): top-posted reply to the confirmation in ISO-8859-9 QP; wife cannot come, "only me" = 1; table unchanged.
_c = confirmation("Guten Tag Herr Yılmaz", 2, 1)
add("yilmaz-tr-degisiklik-tek-kisi",
    message(base_headers(addr("Mehmet Yılmaz", "m.yilmaz@yilmaz-markt.example", "iso-8859-9", "Q"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 4, 23, 12, 0, 44), "<20270423120044.51C7@yilmaz-markt.example>",
                         conf_refs("0412-1948")),
            leaf("text/plain", """\
Merhaba,

Eşim maalesef o akşam dükkanda kalmak zorunda, yani sadece ben geleceğim.
Lütfen kaydı 1 kişi olarak düzeltin. Masa aynı kalsın.

Mehmet Yılmaz

-----Original Message-----
From: Stadtteilforum Integration Leipzig-Ost <stadtforum@leipzig-ost.example>
Sent: Monday, April 12, 2027 7:48 PM
Subject: Ihre Anmeldung zum Stadtteilforum Integration

""" + _c, "iso-8859-9", "quoted-printable")),
    R("change", "m.yilmaz@yilmaz-markt.example", "Mehmet Yılmaz", None, [], 1, "tr"))

# 024 cancellation (pl): bottom-posted reply below the quoted confirmation; cancels for herself and the neighbour; UTF-8 8bit.
_c = confirmation("Guten Tag Frau Kowalska", 2, 4)
add("kowalska-pl-odwolanie",
    message(base_headers(addr("Agnieszka Kowalska", "agnieszka.kowalska@poczta.example", "utf-8", "Q"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 4, 24, 9, 30, 12), "<b3c9e1f0-pl-0424@poczta.example>",
                         conf_refs("0414-1741")),
            leaf("text/plain", "W dniu 14.04.2027 o 17:41, Stadtteilforum Integration Leipzig-Ost pisze:\n"
                 + quote(_c) + """

Niestety muszę odwołać nasz udział – w tym terminie mam dyżur w pracy.
Proszę wykreślić mnie i sąsiadkę z listy. Bardzo przepraszam!

Agnieszka Kowalska
""", "utf-8", "8bit")),
    R("cancellation", "agnieszka.kowalska@poczta.example", "Agnieszka Kowalska", None, [], None, "pl"))

# 025 other (en): HTML-only spam offering event leads; "seats", "register", numbers as distractors; UTF-8 base64.
add("spam-event-leads",
    message(base_headers(addr("EventLeads Pro", "growth@eventleads-pro.example"), EVENT,
                         "Still empty seats at your event? 10,000 verified local contacts",
                         date(2027, 4, 24, 3, 17, 0, off=-420), "<0101018f.spam.77a1@eventleads-pro.example>",
                         [("List-Unsubscribe", "<mailto:unsub@eventleads-pro.example>")]),
            leaf("text/html", """\
<html><body style="font-family:Verdana">
<h2>Dear Event Organizer,</h2>
<p>Are your seats still empty one month before the big day? <b>EventLeads Pro</b>
delivers 10,000 verified local contacts who actually register and show up.</p>
<p>Book before Friday and get 25% off your first campaign. Just reply <b>YES</b>
and our team will set up your free trial within 24 hours.</p>
<p style="font-size:10px;color:#888">You receive this message because your address is publicly listed.
<a href="https://eventleads-pro.example/unsubscribe">Unsubscribe</a></p>
</body></html>
""", "utf-8", "base64")),
    MACHINE("other"))

# 026 registration (de): multipart/mixed with a filled-in PDF form attached; body names table 1 and (second) table 4; student with an initiative.
_pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"% Anmeldeformular Stadtteilforum - ausgefuellt\n"
        b"trailer << /Root 1 0 R >>\n%%EOF\n")
add("weber-pdf-formular",
    message(base_headers(addr("Jonas Weber", "jonas.weber@studmail.example"), EVENT,
                         "Anmeldung Stadtteilforum (Formular anbei)",
                         date(2027, 4, 25, 14, 20, 33), "<a77c31e0-jw-0425@studmail.example>"),
            multi("mixed", [
                leaf("text/plain", """\
Hallo,

anbei das ausgefüllte Anmeldeformular vom Flyer. Kurz zusammengefasst:
Ich würde gern an Tisch 1 (Wohnen) sitzen und, falls das geht, in der
zweiten Runde an Tisch 4.

Ich studiere Soziale Arbeit und engagiere mich bei der Initiative
Ost-Paten.

Viele Grüße
Jonas Weber
""", "utf-8", "quoted-printable"),
                leaf("application/pdf", _pdf, None, "base64", filename="Anmeldung_Weber.pdf",
                     disposition="attachment"),
            ])),
    R("registration", "jonas.weber@studmail.example", "Jonas Weber", "Initiative Ost-Paten",
      ["WOHNEN", "BEGEGNUNG"], 1, "de"))

# 027 question (ar): multipart/alternative UTF-8 base64; asks about childcare and Arabic interpreting; children and ages in Arabic-Indic digits.
_t = """\
السلام عليكم،

قرأت عن منتدى الحي في مركز الحي. هل ستكون هناك رعاية للأطفال أثناء
النقاش؟ لديّ طفلان صغيران (٣ و٥ سنوات). وهل ستكون هناك ترجمة إلى
العربية؟

شكراً جزيلاً
أحمد عبد الله
"""
add("abdullah-ar-frage-kinder",
    message(base_headers(addr("Ahmed Abdullah", "ahmed.abdullah@mailo.example"), EVENT,
                         ew("سؤال عن منتدى الحي"),
                         date(2027, 4, 26, 11, 11, 11), "<CAar.abdullah.0426@mailo.example>"),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "base64"),
                                  leaf("text/html", to_html(_t, rtl=True), "utf-8", "base64")])),
    R("question", "ahmed.abdullah@mailo.example", "أحمد عبد الله", None, [], None, "ar"))

# 028 change (ar): top-posted reply (base64) to the confirmation naming table 3; new choice "the second table (nursery and school)"; party restated but unchanged.
_c = confirmation("Guten Tag Frau Haddad", 2, 3)
add("haddad-ar-aenderung-tisch2",
    message(base_headers(addr("رنا الحداد", "rana.haddad@mailo.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 4, 27, 16, 45, 0), "<CAHd7x1Q-rh-0427@mailo.example>",
                         conf_refs("0413-0816")),
            leaf("text/plain", """\
مرحباً،

أرجو تغيير تسجيلي: بدلاً من الطاولة الثالثة أريد الطاولة الثانية
(الحضانة والمدرسة وعمل الأهل)، لأن ابني وجد تدريباً مهنياً والحمد لله،
والآن يهمّني موضوع مدرسة ابنتي الصغيرة. سنأتي كما هو مسجل، شخصان.

شكراً لكم
رنا الحداد

في ١٣ أبريل ٢٠٢٧، كتب Stadtteilforum Integration Leipzig-Ost:
""" + quote(_c) + "\n", "utf-8", "base64")),
    R("change", "rana.haddad@mailo.example", "رنا الحداد", None, ["KITA"], None, "ar"))

# 029 registration (fr): ISO-8859-1 QP; first choice housing, otherwise employment; president of an association.
add("diallo-fr-logement-sinon-emploi",
    message(base_headers(addr("Aminata Diallo", "aminata.diallo@asl-leipzig.example"), EVENT,
                         ew("Inscription au forum du 20 mai", "iso-8859-1", "Q"),
                         date(2027, 4, 28, 9, 9, 9), "<004c01d7.fr.0428@asl-leipzig.example>"),
            leaf("text/plain", """\
Bonjour,

Je souhaite m'inscrire au forum du quartier du 20 mai. Mon premier choix
est la table sur le logement et le voisinage, sinon celle sur l'emploi et
la reconnaissance des diplômes. Je viendrai seule.

Cordialement,
Aminata Diallo
Présidente, Association des Sénégalais de Leipzig
""", "iso-8859-1", "quoted-printable")),
    R("registration", "aminata.diallo@asl-leipzig.example", "Aminata Diallo",
      "Association des Sénégalais de Leipzig", ["WOHNEN", "ARBEIT"], 1, "fr"))

# 030 registration (de): pensioner, windows-1252 8bit; "my wife and I, and our neighbour joins" then "three places"; table by topic; years as distractor.
add("lehmann-frau-nachbarin-drei",
    message(base_headers(addr("Gerhard Lehmann", "g.lehmann@t-netz.example"), EVENT,
                         "Stadtteilforum am 20.5.",
                         date(2027, 4, 28, 18, 30, 0), "<4E2A91C0.6010500@t-netz.example>"),
            leaf("text/plain", """\
Guten Abend,

meine Frau und ich möchten gern zum Stadtteilforum kommen, und unsere
Nachbarin, Frau Kühn, schließt sich an. Wir wohnen seit über 40 Jahren in
der Hermann-Liebmann-Straße und interessieren uns für den Tisch über
Wohnen und Nachbarschaft.

Also bitte drei Plätze.

Freundliche Grüße
Gerhard Lehmann
""", "windows-1252", "8bit")),
    R("registration", "g.lehmann@t-netz.example", "Gerhard Lehmann", None, ["WOHNEN"], 3, "de"))

# 031 bounce: Exim-style plain-text bounce ("mailbox is full") with a copy of the confirmation (party size and table) below.
add("bounce-exim-mailbox-full",
    message(base_headers(addr("Mail Delivery System", "Mailer-Daemon@mail.webpost.example"), EVENT,
                         "Mail delivery failed: returning message to sender",
                         date(2027, 4, 29, 6, 2, 17), "<E1qRb7x-0004Kd-2F@mail.webpost.example>",
                         [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "familie.rahimi@webpost.example")]),
            leaf("text/plain", """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  familie.rahimi@webpost.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <stadtforum@leipzig-ost.example>
From: Stadtteilforum Integration Leipzig-Ost <stadtforum@leipzig-ost.example>
To: familie.rahimi@webpost.example
Subject: Ihre Anmeldung zum Stadtteilforum Integration
Date: Tue, 27 Apr 2027 19:40:02 +0200
Message-ID: <bestaetigung-0427-1940@leipzig-ost.example>
Auto-Submitted: auto-replied

""" + confirmation("Guten Tag Familie Rahimi", 4, 2), "utf-8", "8bit")),
    MACHINE("bounce", "familie.rahimi@webpost.example"))

# 032 change (uk): top-posted reply with a Ukrainian-client quote header; now with her daughter = 2 (daughter's age as distractor); table unchanged.
_c = confirmation("Guten Tag Frau Petrenko", 1, 3)
add("petrenko-uk-zmina-donka",
    message(base_headers(addr("Оксана Петренко", "oksana.petrenko@kalyna-leipzig.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 4, 30, 12, 34, 56, off=180), "<f02a66b1d4@kalyna-leipzig.example>",
                         conf_refs("0413-2131")),
            leaf("text/plain", """\
Добрий день,

невелика зміна: я прийду разом із донькою (їй 16 років, вона теж хоче
послухати). Тобто нас буде двоє. Стіл той самий.

Дякую!
Оксана Петренко

-------- Оригінальне повідомлення --------
Від: Stadtteilforum Integration Leipzig-Ost <stadtforum@leipzig-ost.example>
Дата: 13.04.2027 21:31
Тема: Ihre Anmeldung zum Stadtteilforum Integration

""" + _c, "utf-8", "8bit")),
    R("change", "oksana.petrenko@kalyna-leipzig.example", "Оксана Петренко", None, [], 2, "uk"))

# 033 question (en): multipart/alternative us-ascii; PhD student asks about wheelchair access and English tables "before I register".
_t = """\
Hello,

I'm a PhD student living in Volkmarsdorf and I'm thinking about coming to
the forum. Two questions before I register: is the venue wheelchair
accessible (I use a wheelchair), and will any of the tables be held in
English?

Thanks a lot,
Priya Raman
"""
add("raman-en-question-access",
    message(base_headers(addr("Priya Raman", "priya.raman@uni-mail.example"), EVENT,
                         "Question about the Stadtteilforum",
                         date(2027, 5, 2, 20, 15, 0), "<CAen.priya.0502@uni-mail.example>"),
            multi("alternative", [leaf("text/plain", _t, "us-ascii", "7bit"),
                                  leaf("text/html", to_html(_t), "us-ascii", "7bit")])),
    R("question", "priya.raman@uni-mail.example", "Priya Raman", None, [], None, "en"))

# 034 registration (ru): multipart/alternative UTF-8 base64; "my husband and I", "the third table", "2 persons in total"; diploma country as noise.
_t = """\
Добрый вечер!

Мы с мужем хотели бы записаться на форум. Нас интересует третий стол —
работа, профобучение и признание дипломов. Муж инженер, диплом у него из
Казахстана, и уже два года ничего не получается.

Всего 2 человека.

С уважением,
Наталья Соколова
"""
add("sokolova-ru-tretiy-stol-muzh",
    message(base_headers(addr("Наталья Соколова", "natalia.sokolova@mailo.example"), EVENT,
                         ew("Запись на форум 20 мая"),
                         date(2027, 5, 3, 21, 48, 30), "<CAru.sokolova.0503@mailo.example>"),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "base64"),
                                  leaf("text/html", to_html(_t), "utf-8", "base64")])),
    R("registration", "natalia.sokolova@mailo.example", "Наталья Соколова", None, ["ARBEIT"], 2, "ru"))

# 035 auto_reply (en): Exchange "Automatic reply" without Auto-Submitted, only X-Auto-Response-Suppress; return date in text.
add("hartmann-en-automatic-reply",
    message(base_headers(addr("Daniel Hartmann", "d.hartmann@integration-network.example"), EVENT,
                         "Automatic reply: Stadtteilforum Integration am 20. Mai",
                         date(2027, 5, 4, 8, 0, 3), "<AS8PR04MB.auto.0504@integration-network.example>",
                         [("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "d.hartmann@integration-network.example")]),
            leaf("text/plain", """\
Thank you for your message. I am out of the office and will be back on
Monday, 10 May 2027. I will have limited access to e-mail in the meantime.

For urgent matters please contact office@integration-network.example.

Kind regards,
Daniel Hartmann
""", "us-ascii", "7bit")),
    MACHINE("auto_reply"))

# 036 cancellation (de): bottom-posted reply under the quoted confirmation (which names table 1); exam on the day.
_c = confirmation("Guten Tag Herr Weber", 1, 1)
add("weber-absage-pruefung",
    message(base_headers(addr("Jonas Weber", "jonas.weber@studmail.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 5, 5, 17, 10, 44), "<a77c31e0-jw-0505@studmail.example>",
                         conf_refs("0425-1421")),
            leaf("text/plain", "Am 25.04.2027 um 14:21 schrieb Stadtteilforum Integration Leipzig-Ost:\n"
                 + quote(_c) + """

Hallo,

leider muss ich absagen – am 20. Mai habe ich eine Nachprüfung, die sich
nicht verschieben lässt. Bitte streichen Sie mich von der Liste.

Viele Grüße
Jonas Weber
""", "utf-8", "quoted-printable")),
    R("cancellation", "jonas.weber@studmail.example", "Jonas Weber", None, [], None, "de"))

# 037 change (fa): UTF-8 base64, Date +0330; "instead of the third table, the fourth", sister joins so "۲ people" in Persian digits.
add("ahmadi-fa-taghir-miz4",
    message(base_headers(addr("مریم احمدی", "maryam.ahmadi@mailo.example"), EVENT,
                         ew("تغییر ثبت‌نام / Änderung"),
                         date(2027, 5, 6, 10, 25, 0, off=210), "<CAfa.ahmadi.0506@mailo.example>",
                         conf_refs("0416-2013")),
            leaf("text/plain", """\
سلام دوباره،

می‌خواستم ثبت‌نامم را تغییر بدهم: به جای میز سوم لطفاً مرا در میز چهارم
(دیدار، کار داوطلبانه و انجمن‌ها) بگذارید. خواهرم هم با من می‌آید، پس
۲ نفر می‌شویم.

ممنون
مریم احمدی
""", "utf-8", "base64")),
    R("change", "maryam.ahmadi@mailo.example", "مریم احمدی", None, ["BEGEGNUNG"], 2, "fa"))

# 038 registration (de): bakery owner, ISO-8859-15 QP; says "Tisch 2" but describes training/work (table 3): number and topic conflict; apprentice = 2.
add("oeztuerk-baeckerei-tisch2-ausbildung",
    message(base_headers(addr("Bäckerei Öztürk", "info@baeckerei-oeztuerk.example", "iso-8859-15", "Q"), EVENT,
                         "Anmeldung Forum",
                         date(2027, 5, 6, 13, 40, 22), "<20270506134022.oez@baeckerei-oeztuerk.example>"),
            leaf("text/plain", """\
Guten Tag,

ich habe eine Bäckerei in der Eisenbahnstraße und suche seit zwei Jahren
Auszubildende. Ich möchte gerne zum Tisch 2 über Ausbildung und Arbeit
kommen. Meine Auszubildende Frau Sahin kommt auch mit, also 2 Personen.

Mit freundlichen Grüßen
Hatice Öztürk
Bäckerei Öztürk - Inh. Hatice Öztürk
""", "iso-8859-15", "quoted-printable")),
    R("registration", "info@baeckerei-oeztuerk.example", "Hatice Öztürk", "Bäckerei Öztürk",
      ["ARBEIT"], 2, "de"))

# 039 other (de): caterer's offer to the organisers with a PDF attachment; "ca. 100 Personen", asks for the final head count (not a participant).
_t = """\
Sehr geehrte Damen und Herren,

wie telefonisch besprochen, erhalten Sie anbei unser Angebot für ein
Fingerfood-Buffet zu Ihrer Veranstaltung am 20. Mai 2027 für ca. 100
Personen (vegetarisch, auf Wunsch mit Halal-Optionen).

Bitte geben Sie uns bis spätestens 14. Mai die endgültige Personenzahl
durch.

Mit freundlichen Grüßen
Jens Albrecht
Catering Lindenau GmbH
Geschäftsführer: Jens Albrecht | Amtsgericht Leipzig HRB 00000
"""
add("catering-angebot",
    message(base_headers(addr("Catering Lindenau", "angebote@catering-lindenau.example"), EVENT,
                         "Angebot Fingerfood-Buffet 20.05.2027",
                         date(2027, 5, 7, 9, 15, 0), "<angebot-2027-118@catering-lindenau.example>"),
            multi("mixed", [
                multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                      leaf("text/html", to_html(_t), "utf-8", "quoted-printable")],
                      preamble=False),
                leaf("application/pdf", _pdf.replace(b"Anmeldeformular Stadtteilforum - ausgefuellt",
                                                     b"Angebot 2027-118"),
                     None, "base64", filename="Angebot_2027-118.pdf", disposition="attachment"),
            ])),
    MACHINE("other"))

# 040 registration (it): iPhone, UTF-8 8bit format=flowed; "my husband and I"; "table 2 or 3, both fine" (order as written); daughter as noise.
add("bianchi-it-tavolo-2-o-3",
    message(base_headers(addr("Giulia Bianchi", "giulia.bianchi@posta.example"), EVENT,
                         "Forum 20 maggio",
                         date(2027, 5, 7, 22, 3, 41), "<A1B2C3D4-it-0507@posta.example>",
                         [("X-Mailer", "iPhone Mail (21F90)")]),
            leaf("text/plain", """\
Buongiorno,

io e mio marito vorremmo partecipare al forum del 20 maggio. Ci interessa
il tavolo 2 (asilo, scuola e genitori) oppure il 3, per noi vanno bene
tutti e due. Nostra figlia va alla scuola elementare qui nel quartiere.

Grazie e cordiali saluti,
Giulia Bianchi

Inviato da iPhone
""", "utf-8", "8bit", params="; format=flowed")),
    R("registration", "giulia.bianchi@posta.example", "Giulia Bianchi", None, ["KITA", "ARBEIT"], 2, "it"))

# 041 cancellation (sq): UTF-8 QP; travel to Kosovo; "please cancel our registration".
add("krasniqi-sq-anulim",
    message(base_headers(addr("Arben Krasniqi", "arben.krasniqi@iliria-leipzig.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 5, 8, 11, 30, 0), "<CAK.arben.0508.1130@iliria-leipzig.example>",
                         conf_refs("0420-0851")),
            leaf("text/plain", """\
Përshëndetje,

Fatkeqësisht nuk mund të vijmë në forum më 20 maj, sepse duhet të
udhëtojmë urgjentisht në Kosovë. Ju lutem anuloni regjistrimin tonë.

Faleminderit dhe të fala,
Arben Krasniqi
""", "utf-8", "quoted-printable")),
    R("cancellation", "arben.krasniqi@iliria-leipzig.example", "Arben Krasniqi", None, [], None, "sq"))

# 042 registration (de, learner): association of 5 "(with me)"; tables by Roman numerals II and IV; multipart/mixed with an inline PNG logo.
_png = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
add("tesfaye-verein-fuenf-roemisch",
    message(base_headers(addr("Samuel Tesfaye", "s.tesfaye@aethiopische-gemeinde.example"), EVENT,
                         ew("Anmeldung von Äthiopische Gemeinde", "utf-8", "Q"),
                         date(2027, 5, 9, 15, 0, 5), "<5f9a0c.et.0509@aethiopische-gemeinde.example>"),
            multi("mixed", [
                leaf("text/plain", """\
Sehr geehrte Damen und Herren,

wir sind von der Äthiopischen Gemeinde Leipzig und wir möchten kommen zu
dem Forum. Wir sind 5 Personen (mit mir). Wir interessieren für Tisch II
und Tisch IV, weil wir haben viele Familien mit Kinder und wir machen viel
Ehrenamt.

Vielen Dank
Samuel Tesfaye
Vorstand, Äthiopische Gemeinde Leipzig e.V.
""", "utf-8", "8bit"),
                leaf("image/png", _png, None, "base64", filename="logo.png", disposition="inline",
                     extra=[("Content-ID", "<logo-et@aethiopische-gemeinde.example>")]),
            ])),
    R("registration", "s.tesfaye@aethiopische-gemeinde.example", "Samuel Tesfaye",
      "Äthiopische Gemeinde Leipzig e.V.", ["KITA", "BEGEGNUNG"], 5, "de"))

# 043 change (en): inline answers between quoted confirmation lines (which name table 3 and 1 person); moves to table 1 (housing), wife joins = 2.
add("owusu-en-change-inline",
    message(base_headers(addr("Kwame Owusu", "kwame.owusu@webpost.example"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 5, 10, 19, 19, 0, off=0), "<CAGh4n4.kwame.0510@webpost.example>",
                         conf_refs("0422-2242")),
            leaf("text/plain", """\
On Thu, 22 Apr 2027 at 22:42, Stadtteilforum Integration Leipzig-Ost
<stadtforum@leipzig-ost.example> wrote:

> Thementisch: Thementisch 3 (Arbeit, Ausbildung und Anerkennung von Abschlüssen)

Could you please move me to table 1 (housing) instead? We have just
learned that our landlord is selling the building, so that topic is more
urgent for us now.

> Angemeldet: 1 Person

My wife Abena will come along as well, so please put us down as 2.

Thanks,
Kwame
""", "utf-8", "quoted-printable")),
    R("change", "kwame.owusu@webpost.example", "Kwame Owusu", None, ["WOHNEN"], 2, "en"))

# 044 question (tr): UTF-8 base64; is it free, will there be a Turkish interpreter; registers no one.
add("kaya-tr-soru-ucretsiz",
    message(base_headers(addr("Elif Kaya", "elif.kaya@webpost.example"), EVENT,
                         ew("Forum hakkında soru"),
                         date(2027, 5, 11, 12, 12, 0, off=180), "<CAtr.elif.kaya.0511@webpost.example>"),
            leaf("text/plain", """\
İyi günler,

Forum hakkında iki sorum var: Katılım ücretsiz mi? Ve Türkçe tercüman
olacak mı? Almancam henüz çok iyi değil.

Teşekkürler,
Elif Kaya
""", "utf-8", "base64")),
    R("question", "elif.kaya@webpost.example", "Elif Kaya", None, [], None, "tr"))

# 045 cancellation (de): the wife writes from the husband's (registered) address and signs with her own name; all three places.
add("lehmann-absage-durch-ehefrau",
    message(base_headers(addr("Gerhard Lehmann", "g.lehmann@t-netz.example"), EVENT,
                         "Absage Stadtteilforum - Lehmann",
                         date(2027, 5, 12, 8, 45, 0), "<4E2A91C0.7020803@t-netz.example>"),
            leaf("text/plain", """\
Guten Tag,

ich schreibe für meinen Mann, Gerhard Lehmann. Er liegt seit Montag im
Krankenhaus, deshalb kommen wir leider alle nicht zum Forum, auch Frau
Kühn nicht. Bitte streichen Sie die drei Plätze.

Mit freundlichen Grüßen
Renate Lehmann
""", "windows-1252", "quoted-printable")),
    R("cancellation", "g.lehmann@t-netz.example", "Gerhard Lehmann", None, [], None, "de"))

# 046 change (bg): UTF-8 8bit, Date +0300; husband joins, "three instead of two"; table stays.
add("ivanova-bg-promyana-trima",
    message(base_headers(addr("Мария Иванова", "maria.ivanova@abv.example", "windows-1251", "B"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 5, 12, 20, 20, 0, off=180), "<1681834.bg.0512@abv.example>",
                         conf_refs("0418-1826")),
            leaf("text/plain", """\
Здравейте отново,

съпругът ми също иска да дойде, така че ще бъдем трима вместо двама.
Масата остава същата.

Благодаря,
Мария Иванова
""", "utf-8", "8bit")),
    R("change", "maria.ivanova@abv.example", "Мария Иванова", None, [], 3, "bg"))

# 047 cancellation (de, learner): us-ascii; daughter ill; "please delete my registration (3 persons)" - number is not a change.
add("nguyen-absage-kind-krank",
    message(base_headers(addr("Lan Nguyen", "lan.nguyen88@webpost.example"), EVENT,
                         "Absage",
                         date(2027, 5, 13, 7, 30, 0), "<CA+lan88.0513.0730@webpost.example>"),
            leaf("text/plain", """\
Hallo,

ich kann leider nicht kommen am Donnerstag. Meine Tochter ist krank, hat
Fieber. Bitte loschen Sie meine Anmeldung (3 Personen). Vielleicht
nachstes Mal.

Viele Grusse
Thi Lan Nguyen
""", "us-ascii", "7bit")),
    R("cancellation", "lan.nguyen88@webpost.example", "Thi Lan Nguyen", None, [], None, "de"))

# 048 cancellation (es): multipart/alternative; cancels and asks whether her flatmate (other address) may take her place instead.
_t = """\
Hola de nuevo:

Lo siento mucho, pero al final no podré ir al foro el jueves: me han
cambiado el turno en el trabajo. Mi compañera de piso, Valentina Ruiz,
tiene mucho interés en ir en mi lugar. ¿Sería posible? Su correo es
valentina.ruiz@mailo.example.

Un saludo,
Lucía García Morales
"""
add("garcia-es-cancela-sustituta",
    message(base_headers(addr("Lucía García Morales", "lucia.garcia.m@mailo.example", "utf-8", "Q"), EVENT,
                         "Re: Ihre Anmeldung zum Stadtteilforum Integration",
                         date(2027, 5, 13, 14, 2, 0), "<CAes.lucia.garcia.0513@mailo.example>",
                         conf_refs("0420-1306")),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                  leaf("text/html", to_html(_t, font="Roboto, sans-serif"), "utf-8", "quoted-printable")],
                  preamble=False)),
    R("cancellation", "lucia.garcia.m@mailo.example", "Lucía García Morales", None, [], None, "es"))

# 049 question (de): after the deadline, asks whether one can still come spontaneously and if there is food; names no table.
add("hadzic-frage-nach-frist",
    message(base_headers(addr("Mirela Hadžić", "mirela.hadzic@webpost.example", "utf-8", "Q"), EVENT,
                         ew("Forum noch Plätze frei?", "utf-8", "Q"),
                         date(2027, 5, 13, 18, 40, 0), "<CAbs.mirela.0513@webpost.example>"),
            leaf("text/plain", """\
Hallo,

ich habe erst heute im Stadtteilzentrum den Flyer gesehen. Die
Anmeldefrist war ja schon gestern – kann man trotzdem noch spontan
vorbeikommen, oder ist schon alles voll? Und gibt es vor Ort etwas zu
essen? Ich komme direkt von der Arbeit.

Danke und Gruß
Mirela Hadžić
""", "utf-8", "quoted-printable")),
    R("question", "mirela.hadzic@webpost.example", "Mirela Hadžić", None, [], None, "de"))

# 050 other (de): neighbourhood-platform notification quoting a neighbour's post ("I'd go to table 1 on housing"); noreply sender.
_t = """\
Hallo Stadtteilforum Integration,

Petra K. hat in der Gruppe „Volkmarsdorf hilft“ einen neuen Beitrag
geschrieben:

„Hat jemand Lust, am 20. Mai mit zum Stadtteilforum zu gehen? Ich würde
an Tisch 1 zum Thema Wohnen gehen, wir könnten uns vorher treffen.“

Antworte direkt in der App: https://nachbarschaftsnetz.example/b/88213

Du bekommst diese Benachrichtigung, weil du Mitglied der Gruppe bist.
Einstellungen: https://nachbarschaftsnetz.example/settings
"""
add("nachbarschaftsnetz-benachrichtigung",
    message(base_headers(addr("Nachbarschaftsnetz", "noreply@nachbarschaftsnetz.example"), EVENT,
                         ew("Neuer Beitrag in „Volkmarsdorf hilft“: Wer geht mit zum Stadtteilforum?", "utf-8", "Q"),
                         date(2027, 5, 14, 6, 0, 0, off=0), "<notif.88213.0514@nachbarschaftsnetz.example>",
                         [("Auto-Submitted", "auto-generated"),
                          ("List-Unsubscribe", "<https://nachbarschaftsnetz.example/settings>")]),
            multi("alternative", [leaf("text/plain", _t, "utf-8", "quoted-printable"),
                                  leaf("text/html", to_html(_t), "utf-8", "quoted-printable")])),
    MACHINE("other"))

# ---------------------------------------------------------------------------
# validation, writing, --check, --stats
# ---------------------------------------------------------------------------

KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "ro", "bg", "ku", "sq", "es", "fr", "it"}
ADDR_RE = re.compile(r"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")


def example_domain(d):
    d = d.lower().rstrip(".")
    return d.endswith(".example") or d in ("example.org", "example.com") \
        or d.endswith(".example.org") or d.endswith(".example.com")


def validate():
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    ids = {w["id"] for w in cfg["workgroups"]}
    problems = []
    last = None
    names = [n for n, _, _ in MAILS]
    if names != sorted(names) or len(set(names)) != len(names):
        problems.append("file names not unique/sorted")
    for name, raw, rec in MAILS:
        def bad(msg):
            problems.append(f"{name}: {msg}")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                bad(f"line {i} longer than 998 octets")
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            bad("bare CR or LF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = [raw.replace(b"=\r\n", b"").decode("latin-1")]
        for part in msg.walk():
            if part.defects:
                bad(f"defects {part.defects} in {part.get_content_type()}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    bad(f"header {k} defects {v.defects}")
                texts.append(str(v))
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                bad(f"defects after decoding {part.defects} in {part.get_content_type()}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    bad(f"text part does not decode strictly as {cs}: {e}")
                part.get_content()
        d = msg["Date"]
        if d is None or d.datetime is None or d.datetime.tzinfo is None:
            bad("no usable Date")
        else:
            if last is not None and d.datetime <= last:
                bad("Date does not rise")
            last = d.datetime
        if msg["Message-ID"] is None:
            bad("no Message-ID")
        blob = "\n".join(texts)
        for dom in ADDR_RE.findall(blob) + URL_RE.findall(blob):
            if not example_domain(dom):
                bad(f"non-example domain {dom}")
        if set(rec) != set(KEYS):
            bad(f"record keys {sorted(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            bad(f"kind {k}")
        if any(w not in ids for w in rec["workgroups"]):
            bad(f"unknown workgroup in {rec['workgroups']}")
        if k in ("auto_reply", "bounce", "other"):
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                bad("machine/other record must be null/empty")
        else:
            if not rec["email"] or rec["email"] != rec["email"].lower() or not rec["name"]:
                bad("person record needs lower-case email and name")
            if rec["language"] not in LANGS:
                bad(f"language {rec['language']}")
        if k == "registration" and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
            bad("registration needs party_size")
        if k in ("cancellation", "question") and (rec["party_size"] is not None or rec["workgroups"]):
            bad("cancellation/question: party_size null and workgroups []")
        if (k == "bounce") != (rec["bounced_recipient"] is not None):
            bad("bounced_recipient only (and always) for bounces")
        if k != "registration" and k != "change" and k != "bounce" and rec["party_size"] is not None:
            bad("party_size must be null")
    return problems


def expected_bytes():
    data = {name: rec for name, _, rec in MAILS}
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def stats():
    kinds = Counter(rec["kind"] for _, _, rec in MAILS)
    langs = Counter(rec["language"] or "-" for _, _, rec in MAILS)
    print(f"mails: {len(MAILS)}")
    print("kinds: " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))
    print("languages (person mails; '-' = machine/other): "
          + ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))))
    by = {}
    for _, _, rec in MAILS:
        if rec["language"]:
            by.setdefault(rec["language"], Counter())[rec["kind"]] += 1
    for lang in sorted(by, key=lambda l: (-sum(by[l].values()), l)):
        print(f"  {lang}: " + ", ".join(f"{k}={v}" for k, v in by[lang].items()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if files on disk differ")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and language")
    args = ap.parse_args()

    problems = validate()
    if problems:
        for p in problems:
            print("INVALID " + p, file=sys.stderr)
        return 1
    if args.stats:
        stats()
        return 0
    want = {name: raw for name, raw, _ in MAILS}
    if args.check:
        diff = []
        have = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.is_dir() else set()
        for name in sorted(have | set(want)):
            path = MAILS_DIR / name
            if name not in want:
                diff.append(f"extra file mails/{name}")
            elif not path.exists():
                diff.append(f"missing mails/{name}")
            elif path.read_bytes() != want[name]:
                diff.append(f"differs mails/{name}")
        if not EXPECTED.exists() or EXPECTED.read_bytes() != expected_bytes():
            diff.append("differs expected.json")
        if diff:
            for d in diff:
                print(d, file=sys.stderr)
            print(f"check: FAILED ({len(diff)} differences)", file=sys.stderr)
            return 1
        print(f"check: ok ({len(MAILS)} mails, expected.json)")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in want:
            p.unlink()
    for name, raw in want.items():
        (MAILS_DIR / name).write_bytes(raw)
    EXPECTED.write_bytes(expected_bytes())
    # re-read from disk and validate once more
    for name, raw in want.items():
        if (MAILS_DIR / name).read_bytes() != raw:
            print(f"write failed for {name}", file=sys.stderr)
            return 1
    print(f"wrote {len(MAILS)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
