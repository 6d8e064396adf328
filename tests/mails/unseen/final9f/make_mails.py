#!/usr/bin/env python3
"""Evaluation mail set "final9f": Fachtag Integrationslotsen Münster 2027.

python3 make_mails.py           write mails/ and expected.json, then validate
python3 make_mails.py --check   change nothing; fail if files on disk differ
python3 make_mails.py --stats   print counts per kind, language, charset, encoding

Python 3.11 standard library only; the output is deterministic.
"""

import base64
import json
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REG = "integrationslotsen@muenster.example"
REG_NAME = "Fachtag Integrationslotsen Münster"
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))

FORUMS = {
    "FA": ("Forum A", "Begleitung zu Behörden und Ämtern"),
    "FB": ("Forum B", "Traumasensible Begleitung – Belastungen erkennen, Grenzen wahren"),
    "FC": ("Forum C", "Digitale Unterstützung bei Anträgen und Online-Formularen"),
}
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "ar", "fa", "tr", "ru", "fr")

# ---------------------------------------------------------------------------
# MIME building helpers (everything is built with "\n" and turned into CRLF)
# ---------------------------------------------------------------------------

# characters a mail client silently replaces when the chosen charset lacks them
FIT = {"–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
       "…": "...", "·": "-", "\u00a0": " ", "\ufeff": "", "🙂": ":-)", "🙈": ":-/"}


def fit(text, cs):
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FIT[ch])
    return "".join(out)


def enc(value, cs="utf-8", name="Subject"):
    if value.isascii():
        return value
    return Header(fit(value, cs), cs, header_name=name).encode()


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    if name.isascii():
        if re.search(r'[,.()<>@:;"\[\]\\]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{email}>"
    return f"{Header(name, cs).encode()} <{email}>"


def cte_encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
    return data


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=()):
    body = body.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(cs)  # strict: an unencodable character is a bug here
    hdrs = [f'Content-Type: text/{sub}; charset="{cs}"{params}',
            f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return (hdrs, cte_encode(data, cte))


def attachment(data, ctype, filename):
    hdrs = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data))


def raw_part(ctype, body, extra=()):
    return ([f"Content-Type: {ctype}", "Content-Transfer-Encoding: 7bit"] + list(extra),
            body.encode("ascii"))


def multi(sub, parts, boundary, params="", preamble=""):
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + ser(p) + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return ([f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}'], out)


def ser(part):
    hdrs, body = part
    return "\n".join(hdrs).encode("ascii") + b"\n\n" + body


def crlf(data):
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def outlook_html(body, cs="windows-1252", lang="DE"):
    """Outlook (Word engine) HTML for a plain text; blank lines split paragraphs."""
    paras = []
    for block in body.strip("\n").split("\n\n"):
        lines = [esc(l) for l in block.split("\n")]
        paras.append('<p class=MsoNormal>' + "<br>\n".join(lines) + "<o:p></o:p></p>")
    inner = "\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n".join(paras)
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" '
            f'xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            f'<style><!--\n/* Font Definitions */\n'
            f'@font-face\n\t{{font-family:Calibri;}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n'
            f'\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}}\n'
            f'--></style>\n</head>\n<body lang={lang} link="#0563C1" vlink="#954F72" '
            f'style="word-wrap:break-word">\n<div class=WordSection1>\n{inner}\n</div>\n'
            f'</body>\n</html>\n')


def gmail_html(body):
    out = []
    for block in body.strip("\n").split("\n\n"):
        lines = [esc(l) for l in block.split("\n")]
        out.append("<div>" + "<br>".join(lines) + "</div>")
    return '<div dir="ltr">' + "<div><br></div>".join(out) + "</div>\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(body, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in body.strip("\n").split("\n"))


def conf_de(name, fid, n):
    label, title = FORUMS[fid]
    persons = "1 Person" if n == 1 else f"{n} Personen"
    return (f"Guten Tag {name},\n\n"
            "vielen Dank für Ihre Anmeldung zum Fachtag Integrationslotsen Münster 2027 am\n"
            "Mittwoch, 17. November 2027, 9:30–16:00 Uhr, in der Bürgerhalle im Stadthaus 1\n"
            "(Klemensstraße 10, 48143 Münster).\n\n"
            f"Wir haben Sie für {label} – {title} eingetragen ({persons}).\n\n"
            "Sollte sich etwas ändern, antworten Sie bitte einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\n"
            "Ihr Team Fachtag Integrationslotsen\n"
            "Kommunales Integrationszentrum Münster\n")


def conf_en(name, fid, n):
    label, title = FORUMS[fid]
    persons = "1 person" if n == 1 else f"{n} persons"
    return (f"Dear {name},\n\n"
            "Thank you for registering for the Fachtag Integrationslotsen Münster 2027 on\n"
            "Wednesday, 17 November 2027, 9:30 am – 4:00 pm, Bürgerhalle, Stadthaus 1\n"
            "(Klemensstraße 10, 48143 Münster).\n\n"
            f"We have registered you for {label} – {title}, {persons}.\n\n"
            "If anything changes, simply reply to this email.\n\n"
            "Kind regards\n"
            "Fachtag Integrationslotsen team\n"
            "Kommunales Integrationszentrum Münster\n")


def conf_mid(n):
    return f"<fachtag-{n:04d}.conf@muenster.example>"


def outlook_quote_header(sent, to, subject="Ihre Anmeldung zum Fachtag Integrationslotsen Münster 2027"):
    return ("-----Ursprüngliche Nachricht-----\n"
            f"Von: {REG_NAME} <{REG}>\n"
            f"Gesendet: {sent}\n"
            f"An: {to}\n"
            f"Betreff: {subject}\n")


CONF_SUBJ = "Ihre Anmeldung zum Fachtag Integrationslotsen Münster 2027"

# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

MAILS = []


def add(slug, *, date, frm, subject, part, exp, to=None, cc=None, reply_to=None,
        in_reply_to=None, extra=(), mid=None, hcs="utf-8"):
    n = len(MAILS) + 1
    hdrs = []
    hdrs += [h for h in extra if h.startswith(("Return-Path:", "Received:"))]
    hdrs.append(f"Date: {format_datetime(date)}")
    hdrs.append(f"From: {frm}")
    hdrs.append(f"To: {to or addr(REG_NAME, REG)}")
    if cc:
        hdrs.append(f"Cc: {cc}")
    if reply_to:
        hdrs.append(f"Reply-To: {reply_to}")
    hdrs.append(f"Subject: {enc(subject, hcs)}")
    dom = re.findall(r"@([\w.-]*\w)", frm)[-1]
    stamp = date.strftime("%Y%m%d%H%M%S")
    hdrs.append("Message-ID: " + (mid or f"<{n:03d}.{stamp}.{slug[:8]}@{dom}>"))
    if in_reply_to:
        hdrs.append(f"In-Reply-To: {in_reply_to}")
        hdrs.append(f"References: {in_reply_to}")
    hdrs += [h for h in extra if not h.startswith(("Return-Path:", "Received:"))]
    hdrs.append("MIME-Version: 1.0")
    phdrs, body = part
    raw = "\n".join(hdrs + phdrs).encode("ascii") + b"\n\n" + body
    full = {"kind": None, "email": None, "name": None, "organisation": None,
            "workgroups": [], "party_size": None, "language": None, "bounced_recipient": None}
    full.update(exp)
    MAILS.append((f"{n:03d}-{slug}.eml", crlf(raw), full))


def reg(email, name, org, wgs, party, lang):
    return dict(kind="registration", email=email, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang)


def chg(email, name, org, wgs, party, lang):
    return dict(kind="change", email=email, name=name, organisation=org,
                workgroups=wgs, party_size=party, language=lang)


def person(kind, email, name, org, lang):
    return dict(kind=kind, email=email, name=name, organisation=org, language=lang)


def d(m, day, h, mi, s=0):
    tz = CEST if (m, day) < (10, 31) else CET
    return datetime(2027, m, day, h, mi, s, tzinfo=tz)


TB = "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"
OUTLOOK = "X-Mailer: Microsoft Outlook 16.0"
IPHONE = "X-Mailer: iPhone Mail (21G93)"

CARITAS_SIG = """\
Caritasverband Münster-Amelsbüren e.V.
Fachdienst Integration und Migration
Davertstraße 41 · 48163 Münster
Tel.: 02501 9 44 71-23 · Fax: 02501 9 44 71-29
www.caritas-amelsbueren.example

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Caritasverband Münster-Amelsbüren e.V. · Vorstand: Dr. Elisabeth Kortmann · Amtsgericht Münster VR 4417"""

DIAKONIE_SIG = """\
Friederike Hoppe-Landwehr
Dipl.-Sozialarbeiterin / Sozialpädagogin
Migrationsberatung für Erwachsene (MBE) · Psychosoziale Beratung für traumatisierte Geflüchtete

Diakonie Münster-Ost gGmbH
Wolbecker Straße 230 · 48155 Münster
Telefon 0251 6 18 29-40
f.hoppe-landwehr@diakonie-ms-ost.example · www.diakonie-ms-ost.example

Diakonie Münster-Ost gGmbH · Sitz: Münster · Amtsgericht Münster HRB 9876
Geschäftsführung: Dr. Bernd Rüschoff"""

# --- 001 -------------------------------------------------------------------
# Retired volunteer, first registration: ISO-8859-1 8bit plain text. Forum
# named only by topic in her own words ("Forum zu den Behördengängen").
# The greeting names the organiser's office ("Amt für Zuwanderung"): "Amt"
# there is not Forum A's "Ämter". Lunch remark must not disturb anything.
add("brinkmann-anmeldung-behoerdengaenge",
    date=d(9, 20, 10, 41, 12),
    frm=addr("Gisela Brinkmann", "g.brinkmann@t-online.example"),
    subject="Anmeldung Fachtag",
    extra=[TB],
    part=text("""\
Sehr geehrte Damen und Herren vom Amt für Zuwanderung,

hiermit möchte ich mich für den Fachtag Integrationslotsen am 17. November
anmelden.

Ich bin seit 2016 ehrenamtlich im Lotsenkreis St. Mauritz tätig und begleite
vor allem Familien aus Syrien und Eritrea. Am häufigsten gehen wir zusammen
zum Jobcenter und zur Ausländerbehörde, deshalb interessiert mich das Forum zu
den Behördengängen am meisten.

Das Mittagessen nehme ich gerne in Anspruch, ich esse vegetarisch.

Mit freundlichen Grüßen

Gisela Brinkmann
Warendorfer Str. 112
48145 Münster
Tel. 0251 / 3 27 41 (nur vormittags)
""", cs="iso-8859-1", cte="8bit", params="; format=flowed"),
    exp=reg("g.brinkmann@t-online.example", "Gisela Brinkmann", "Lotsenkreis St. Mauritz",
            ["FA"], 1, "de"))

# --- 002 -------------------------------------------------------------------
# Caritas-style social worker, HTML-only Outlook mail (windows-1252, QP)
# registering three people of his team by name list; first and second choice
# ("Forum B ..., alternativ Forum C"). Long legal disclaimer mentions the
# "Amtsgericht". A side question ("kostenfrei – oder?") stays a registration.
add("tenbrink-caritas-drei-personen-html",
    date=d(9, 21, 8, 57, 40),
    frm=addr("Tenbrink, Markus", "m.tenbrink@caritas-amelsbueren.example"),
    subject="Anmeldung Fachtag Integrationslotsen 17.11.2027 - Caritas Amelsbüren (3 Personen)",
    extra=[OUTLOOK, "Thread-Topic: Anmeldung Fachtag Integrationslotsen 17.11.2027",
           "Content-Language: de-DE"],
    part=text(outlook_html("""\
Sehr geehrte Damen und Herren,

für den Fachtag am 17.11.2027 melden wir uns aus dem Fachdienst Integration und Migration zu dritt an:

- Markus Tenbrink (Dipl.-Sozialpädagoge, Koordination Ehrenamt)
- Jana Pöppelbaum (Sozialarbeiterin B.A.)
- Olga Wiens (Sprachmittlerin Russisch/Ukrainisch)

Wir würden gerne gemeinsam an Forum B (traumasensible Begleitung) teilnehmen; sollte dort kein Platz mehr frei sein, alternativ an Forum C.

Eine Rechnungsadresse benötigen Sie vermutlich nicht, da der Fachtag kostenfrei ist – oder?

Mit freundlichen Grüßen
i.A. Markus Tenbrink

""" + CARITAS_SIG), sub="html", cs="windows-1252"),
    exp=reg("m.tenbrink@caritas-amelsbueren.example", "Markus Tenbrink",
            "Caritasverband Münster-Amelsbüren e.V.", ["FB", "FC"], 3, "de"))

# --- 003 -------------------------------------------------------------------
# English-writing British volunteer, she and her husband: party 2 from "My
# husband Peter would like to come too". Forum C described as "the digital
# one, helping people with online applications". Signature has first name
# only; the full name is in the text and the From header.
add("whitfield-english-couple-digital",
    date=d(9, 22, 19, 22, 5),
    frm=addr("Hannah Whitfield", "hannah.whitfield@gmail.example"),
    subject="Fachtag 17 November - registration",
    part=text("""\
Hello,

My name is Hannah Whitfield and I've been volunteering with the Flüchtlingshilfe
Gievenbeck for about three years now (my German is passable but I'm much more
comfortable writing in English, I hope that's alright).

I'd like to register for the Fachtag for Integrationslotsen on 17 November. My
husband Peter would like to come too - he does most of the paperwork side with
our families, so we'd both be interested in the digital one, helping people
with online applications.

Many thanks,
Hannah
""", cs="utf-8", cte="quoted-printable"),
    exp=reg("hannah.whitfield@gmail.example", "Hannah Whitfield", "Flüchtlingshilfe Gievenbeck",
            ["FC"], 2, "en"))

# --- 004 -------------------------------------------------------------------
# Outlook out-of-office answer to the confirmation sent to 002, with
# Auto-Submitted and X-Auto-Response-Suppress; the subject repeats "Forum B"
# and the body names a colleague's address: nothing of it is a registration.
add("tenbrink-abwesenheit-auto",
    date=d(9, 23, 11, 3, 2),
    frm=addr("Tenbrink, Markus", "m.tenbrink@caritas-amelsbueren.example"),
    subject="Automatische Antwort: " + CONF_SUBJ + " – Forum B",
    in_reply_to=conf_mid(2),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", OUTLOOK],
    part=text("""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 01.10.2027 auf Fortbildung und habe nur eingeschränkt
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine
Kollegin Jana Pöppelbaum (j.poeppelbaum@caritas-amelsbueren.example, Tel. -24).

Mit freundlichen Grüßen
Markus Tenbrink
""", cs="utf-8", cte="quoted-printable"),
    exp=dict(kind="auto_reply"))

# --- 005 -------------------------------------------------------------------
# Arabic language mediator, UTF-8 base64. Forum named "المنتدى B" plus topic;
# "شخص واحد فقط" = one person only. Arabic closing, Latin-script name in the
# signature (as in From).
add("alkhatib-arabisch-anmeldung",
    date=d(9, 24, 14, 10, 33),
    frm=addr("Yousef Al-Khatib", "yousef.alkhatib@gmail.example"),
    subject="تسجيل – Fachtag Integrationslotsen",
    part=text("""\
السلام عليكم،

أنا يوسف الخطيب، أعمل مترجمًا ووسيطًا لغويًا (عربي – ألماني) لدى Sprachmittlerpool Münster
منذ عام 2019، وأرافق كثيرًا من العائلات إلى المواعيد في المستشفيات والمدارس.

أود التسجيل في اليوم التخصصي لمرشدي الاندماج يوم الأربعاء 17 نوفمبر.
أرغب في المشاركة في المنتدى B الخاص بالمرافقة الحساسة للصدمات النفسية، لأنني ألاحظ في عملي
أن الكثير من الأشخاص يحملون تجارب صعبة ولا أعرف دائمًا كيف أتعامل مع ذلك.

شخص واحد فقط.

مع الشكر والتقدير
Yousef Al-Khatib
Sprachmittler Arabisch/Deutsch – Sprachmittlerpool Münster
0176 55 01 993
""", cs="utf-8", cte="base64"),
    exp=reg("yousef.alkhatib@gmail.example", "Yousef Al-Khatib", "Sprachmittlerpool Münster",
            ["FB"], 1, "ar"))

# --- 006 -------------------------------------------------------------------
# Retired couple, phone-typed, all lower case, no punctuation to speak of.
# Forum by position: "ins mittlere forum" = FB. "ich und meine frau" = 2.
# Their "sprachcafe in handorf" is an activity, not a named organisation.
add("koesters-iphone-mittleres-forum",
    date=d(9, 27, 21, 48, 19),
    frm=addr("Helmut Kösters", "helmut.koesters@gmx.example"),
    subject="Fachtag",
    extra=[IPHONE],
    part=text("""\
hallo, hiermit melde ich mich und meine frau marita an für den fachtag am 17.11. wir wollen beide ins mittlere forum. wir sind beide in rente und machen seit 2015 sprachcafe und begleitung in handorf.
gruß helmut kösters

Von meinem iPhone gesendet""", cs="utf-8", cte="quoted-printable"),
    exp=reg("helmut.koesters@gmx.example", "Helmut Kösters", None, ["FB"], 2, "de"))

# --- 007 -------------------------------------------------------------------
# Association's shared mailbox in From, the writer's own address in Reply-To
# (and she says so). Ranked choices "Erstwunsch: Forum C / Zweitwunsch: Forum
# A". Her reason mentions the Ausländerbehörde and a Wohngeldantrag: context,
# not choices. multipart/alternative, plain part UTF-8 8bit, HTML part QP.
_vogelsang = """\
Guten Morgen,

ich schreibe über unser Vereinspostfach, bitte antworten Sie aber an meine
eigene Adresse (ist als Antwortadresse hinterlegt).

Ich möchte mich verbindlich für den Fachtag anmelden.
Erstwunsch: Forum C
Zweitwunsch: Forum A

Bei uns im Lotsenpunkt kommen immer mehr Anfragen zu Online-Terminen bei der
Ausländerbehörde und zum Wohngeldantrag, da wollen wir fitter werden.

Viele Grüße
Renate Vogelsang
Koordination Ehrenamt
Lotsenpunkt Hiltrup e.V. · Marktallee 50 · 48165 Münster
"""
add("vogelsang-vereinspostfach-replyto",
    date=d(9, 28, 10, 15, 51),
    frm=addr("Lotsenpunkt Hiltrup e.V.", "info@lotsenpunkt-hiltrup.example"),
    reply_to=addr("Renate Vogelsang", "r.vogelsang@lotsenpunkt-hiltrup.example"),
    subject="Anmeldung zum Fachtag am 17.11.",
    extra=[TB],
    part=multi("alternative", [
        text(_vogelsang, cs="utf-8", cte="8bit"),
        text("<html><body>" + gmail_html(_vogelsang) + "</body></html>", sub="html", cs="utf-8"),
    ], "------------a7Rk2mWq0vT9LzXc3NbHe1"),
    exp=reg("r.vogelsang@lotsenpunkt-hiltrup.example", "Renate Vogelsang", "Lotsenpunkt Hiltrup e.V.",
            ["FC", "FA"], 1, "de"))

# --- 008 -------------------------------------------------------------------
# Turkish social worker of an AWO-style association, ISO-8859-9 QP; she and
# a volunteer ("toplam 2 kişiyiz"), "A forumuna" with the topic in Turkish.
add("sahin-tuerkisch-zwei-personen",
    date=d(9, 29, 13, 30, 7),
    frm=addr("Derya Şahin", "d.sahin@awo-coerde.example", "iso-8859-9"),
    subject="Fachtag kaydı – Derya Şahin (AWO)", hcs="iso-8859-9",
    part=text(fit("""\
Merhaba,

17 Kasım'daki Fachtag Integrationslotsen için kayıt olmak istiyorum. AWO Ortsverein
Coerde'de sosyal danışman olarak çalışıyorum ve gönüllü rehberlerimizi koordine
ediyorum.

Benimle birlikte gönüllülerimizden Elif Kaya Hanım da katılacak, yani toplam 2 kişiyiz.

İkimiz de A forumuna (resmi dairelere ve kurumlara refakat) katılmak istiyoruz, çünkü
danışanlarımızın en çok zorlandığı konu bu.

Saygılarımla,
Derya Şahin
Sosyal Danışman
AWO Ortsverein Coerde
Tel: 0251 / 21 44 08
""", "iso-8859-9"), cs="iso-8859-9", cte="quoted-printable"),
    exp=reg("d.sahin@awo-coerde.example", "Derya Şahin", "AWO Ortsverein Coerde", ["FA"], 2, "tr"))

# --- 009 -------------------------------------------------------------------
# 001 replies (top-posted, Thunderbird, ISO-8859-1) to her confirmation for
# Forum A and moves to "das Forum mit den Traumathemen" = FB. The quoted
# confirmation still says Forum A. "Geht das noch?" does not make it a question.
add("brinkmann-wechsel-trauma",
    date=d(10, 1, 9, 12, 44),
    frm=addr("Gisela Brinkmann", "g.brinkmann@t-online.example"),
    subject="Re: " + CONF_SUBJ, in_reply_to=conf_mid(1),
    extra=[TB],
    part=text(fit("""\
Guten Tag,

vielen Dank für die schnelle Bestätigung.

Ich habe mir das Programm jetzt noch einmal in Ruhe angesehen und würde doch
lieber in das Forum mit den Traumathemen wechseln. Bei den Behördengängen komme
ich inzwischen gut zurecht, aber bei einer Familie merke ich, dass mich die
Geschichten sehr mitnehmen.

Geht das noch?

Freundliche Grüße
Gisela Brinkmann

Am 24.09.27 um 10:02 schrieb Fachtag Integrationslotsen Münster:
""" + quote(conf_de("Gisela Brinkmann", "FA", 1)) + "\n", "iso-8859-1"),
        cs="iso-8859-1", cte="8bit"),
    exp=chg("g.brinkmann@t-online.example", "Gisela Brinkmann", None, ["FB"], None, "de"))

# --- 010 -------------------------------------------------------------------
# Diakonie-style migration counselling: two persons as numbered list, forum
# named by its full title in German quotes; a PDF form attached;
# multipart/mixed(alternative(plain QP, html QP), pdf). The signature says
# "Psychosoziale Beratung für traumatisierte Geflüchtete" - not Forum B.
_hoppe = """\
Sehr geehrte Damen und Herren,

hiermit melden wir uns verbindlich zum Fachtag Integrationslotsen am 17.11.2027 an:

1. Friederike Hoppe-Landwehr, Migrationsberatung für Erwachsene
2. Sabine Roters, Koordinatorin des Lotsenprojekts „Ankommen in Münster-Ost“

Wir möchten beide am Forum „Digitale Unterstützung bei Anträgen und Online-Formularen“ teilnehmen. Das ausgefüllte Anmeldeformular aus dem Flyer finden Sie zusätzlich im Anhang.

Für die Bestätigung genügt eine E-Mail an mich.

Mit freundlichen Grüßen

""" + DIAKONIE_SIG + "\n"
_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length 58>>stream\nBT /F1 12 Tf 72 760 Td (Anmeldung Fachtag 17.11.2027) Tj ET\n"
        b"endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
add("hoppe-landwehr-diakonie-pdf",
    date=d(10, 4, 8, 30, 26),
    frm=addr("Hoppe-Landwehr, Friederike", "f.hoppe-landwehr@diakonie-ms-ost.example"),
    subject="Verbindliche Anmeldung Fachtag Integrationslotsen – Diakonie Münster-Ost",
    extra=[OUTLOOK],
    part=multi("mixed", [
        multi("alternative", [
            text(_hoppe, cs="utf-8"),
            text(outlook_html(_hoppe, cs="utf-8"), sub="html", cs="utf-8"),
        ], "_000_DB9PR07MB7452A1C0E6D4F2B1DIAK_"),
        attachment(_pdf, "application/pdf", "Anmeldeformular_Fachtag_Diakonie.pdf"),
    ], "_004_DB9PR07MB7452A1C0E6D4F2B1DIAK_"),
    exp=reg("f.hoppe-landwehr@diakonie-ms-ost.example", "Friederike Hoppe-Landwehr",
            "Diakonie Münster-Ost gGmbH", ["FC"], 2, "de"))

# --- 011 -------------------------------------------------------------------
# Farsi volunteer/interpreter, UTF-8 8bit with zero-width non-joiners.
# Forum by position: "فوروم سوم" (the third forum) = FC, with the topic.
# Signature in both scripts; From has the Latin form.
add("hosseini-farsi-drittes-forum",
    date=d(10, 4, 20, 15, 3),
    frm=addr("Maryam Hosseini", "maryam.hosseini@gmail.example"),
    subject="ثبت نام برای Fachtag",
    part=text("""\
سلام و وقت بخیر،

من مریم حسینی هستم و حدود چهار سال است که به صورت داوطلبانه در Interkultureller Frauentreff Berg Fidel
به خانواده‌های افغان و ایرانی کمک می‌کنم، بیشتر به عنوان مترجم.

می‌خواهم برای روز تخصصی راهنمایان ادغام در ۱۷ نوامبر ثبت نام کنم. به فوروم سوم (کمک دیجیتال برای
پر کردن درخواست‌ها و فرم‌های آنلاین) علاقه دارم، چون خیلی از خانم‌ها نمی‌دانند چطور فرم‌ها را آنلاین پر کنند.

با تشکر فراوان
مریم حسینی
Maryam Hosseini
""", cs="utf-8", cte="8bit"),
    exp=reg("maryam.hosseini@gmail.example", "Maryam Hosseini", "Interkultureller Frauentreff Berg Fidel",
            ["FC"], 1, "fa"))

# --- 012 -------------------------------------------------------------------
# Retiree asks about certificate and parking before deciding; "Forum C würde
# mich reizen" is an interest, not a registration -> question.
add("stapelfeldt-frage-bescheinigung-parken",
    date=d(10, 5, 16, 40, 58),
    frm=addr("Werner Stapelfeldt", "w.stapelfeldt@web.example"),
    subject="Fragen zum Fachtag",
    part=text("""\
Guten Tag,

ich habe den Flyer zum Fachtag in der Stadtbücherei mitgenommen und überlege,
ob ich teilnehme. Vorher zwei Fragen:

1. Bekommt man eine Teilnahmebescheinigung? Ich sammle die für meinen
Ehrenamtsnachweis.
2. Gibt es am Stadthaus Parkplätze, oder muss ich ins Parkhaus? Ich komme aus
Nienberge und mit dem Bus ist es umständlich.

Forum C würde mich reizen, aber ich will erst wissen, wie das mit dem Parken ist.

Mit freundlichem Gruß
Werner Stapelfeldt
""", cs="windows-1252", cte="8bit"),
    exp=person("question", "w.stapelfeldt@web.example", "Werner Stapelfeldt", None, "de"))

# --- 013 -------------------------------------------------------------------
# 003 replies (Gmail, top-posted) to the English confirmation: husband drops
# out -> change, party_size 1; no forum named ("Everything else can stay").
add("whitfield-change-nur-ich",
    date=d(10, 6, 8, 5, 37),
    frm=addr("Hannah Whitfield", "hannah.whitfield@gmail.example"),
    subject="Re: Your registration for the Fachtag Integrationslotsen Münster 2027",
    in_reply_to=conf_mid(3),
    part=multi("alternative", [
        text(_w := """\
Hi again,

Small change to our registration, I'm afraid: Peter's knee operation has been
moved to the 16th, so he won't be up to it the day after. Could you change it
to just me, please? Everything else can stay as it is.

Thanks and sorry for the extra work!
Hannah

On Fri, 24 Sept 2027 at 10:05, Fachtag Integrationslotsen Münster <integrationslotsen@muenster.example> wrote:
""" + quote(conf_en("Hannah Whitfield", "FC", 2)) + "\n", cs="utf-8"),
        text(gmail_html(_w.split("\nOn Fri")[0]) +
             '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Fri, 24 Sept 2027 at 10:05, '
             'Fachtag Integrationslotsen Münster &lt;<a href="mailto:integrationslotsen@muenster.example">'
             'integrationslotsen@muenster.example</a>&gt; wrote:<br></div><blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + esc(conf_en("Hannah Whitfield", "FC", 2)).replace("\n", "<br>\n") + "</blockquote></div>\n",
             sub="html", cs="utf-8"),
    ], "000000000000a1f3c205e8d7b2c4"),
    exp=chg("hannah.whitfield@gmail.example", "Hannah Whitfield", None, [], 1, "en"))

# --- 014 -------------------------------------------------------------------
# Russian retiree, KOI8-R 8bit, name in Cyrillic in From and signature.
# "форум А" is written with a CYRILLIC capital A (U+0410) as Russian typists
# do; the Russian topic words confirm it is Forum A.
add("kravets-russisch-koi8r",
    date=d(10, 7, 11, 20, 0),
    frm=addr("Людмила Кравец", "l.kravets@gmx.example", "koi8-r"),
    subject="Регистрация на Fachtag 17.11", hcs="koi8-r",
    part=text("""\
Здравствуйте!

Меня зовут Людмила Кравец, я на пенсии и уже шестой год помогаю как волонтёр
в организации Nachbarschaftshilfe Angelmodde e.V. - в основном семьям из Украины.

Хочу зарегистрироваться на Fachtag Integrationslotsen 17 ноября. Меня больше
всего интересует форум \u0410: сопровождение в ведомства и учреждения (Jobcenter,
Sozialamt). Мой немецкий не идеальный, поэтому пишу по-русски, надеюсь, это
не проблема.

Буду одна.

С уважением,
Людмила Кравец
""", cs="koi8-r", cte="8bit"),
    exp=reg("l.kravets@gmx.example", "Людмила Кравец", "Nachbarschaftshilfe Angelmodde e.V.",
            ["FA"], 1, "ru"))

# --- 015 -------------------------------------------------------------------
# AWO-style project lead registers a group of four (list of names), Forum A,
# fallback Forum B; asks about accessibility in passing (still a
# registration). Signature's "Digitale Teilhabe" is not Forum C.
# windows-1252 8bit plain text from Outlook.
add("wiechers-awo-vier-personen",
    date=d(10, 8, 9, 2, 14),
    frm=addr("Stefan Wiechers", "s.wiechers@awo-msl-mitte.example"),
    subject="Anmeldung AWO Münsterland-Mitte – 4 Personen",
    extra=[OUTLOOK],
    part=text("""\
Sehr geehrte Damen und Herren,

für unser Lotsenprojekt „Brückenbauer“ möchte ich folgende Personen zum Fachtag am 17.11. anmelden:

Stefan Wiechers (hauptamtlich, Projektleitung)
Hildegard Sommer (ehrenamtlich)
Karl-Heinz Overbeck (ehrenamtlich)
Nadia Haddad (ehrenamtlich, Sprachmittlerin)

Wir möchten als Gruppe zusammenbleiben und wünschen uns Forum A. Falls dort nicht mehr genügend Plätze für vier Personen frei sind, nehmen wir gerne Forum B.

Herr Overbeck ist gehbehindert – ich gehe davon aus, dass das Stadthaus barrierefrei ist?

Mit freundlichen Grüßen
Stefan Wiechers

--
Stefan Wiechers
Projektleitung „Brückenbauer“
AWO Unterbezirk Münsterland-Mitte
Fachbereich Migration & Digitale Teilhabe
Hafenweg 9 · 48155 Münster
Tel. 0251 / 70 44 18-12
""", cs="windows-1252", cte="8bit"),
    exp=reg("s.wiechers@awo-msl-mitte.example", "Stefan Wiechers", "AWO Unterbezirk Münsterland-Mitte",
            ["FA", "FB"], 4, "de"))

# --- 016 -------------------------------------------------------------------
# Out-of-office from 010's writer WITHOUT any auto-reply header: only the
# subject prefix "Abwesend:" and the wording show it. Subject repeats
# "2 Personen, Forum C" from the confirmation.
add("hoppe-landwehr-abwesend-ohne-header",
    date=d(10, 11, 7, 0, 41),
    frm=addr("Hoppe-Landwehr, Friederike", "f.hoppe-landwehr@diakonie-ms-ost.example"),
    subject="Abwesend: " + CONF_SUBJ + " (2 Personen, Forum C)",
    in_reply_to=conf_mid(10),
    extra=["Thread-Topic: " + enc(CONF_SUBJ + " (2 Personen, Forum C)", name="Thread-Topic")],
    part=text("""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 11.10. bis einschließlich 22.10.2027
nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten der Migrationsberatung wenden Sie sich bitte an
unser Sekretariat: 0251 6 18 29-0 oder mbe@diakonie-ms-ost.example.

Mit freundlichen Grüßen
Friederike Hoppe-Landwehr
""", cs="utf-8"),
    exp=dict(kind="auto_reply"))

# --- 017 -------------------------------------------------------------------
# French language mediator, ISO-8859-15 QP. Forum by topic, with her own
# hedge "(si j'ai bien compris, c'est le forum B)"; asks whether forums are
# only in German -> still a registration.
add("diallo-francais-forum-b",
    date=d(10, 12, 12, 45, 9),
    frm=addr("Aminata Diallo", "aminata.diallo@orange.example"),
    subject="Inscription Fachtag du 17 novembre",
    part=text("""\
Bonjour,

Je m'appelle Aminata Diallo, je suis médiatrice linguistique (français, peul,
soussou) et bénévole à l'association Teranga Münster e.V. depuis 2021.

Je souhaiterais m'inscrire à la journée « Fachtag Integrationslotsen » du
mercredi 17 novembre. Je suis surtout intéressée par le forum sur
l'accompagnement sensible aux traumatismes (si j'ai bien compris, c'est le
forum B). Dans mon travail, j'entends souvent des histoires très lourdes et je
ne sais pas toujours comment me protéger.

Est-ce que les forums se déroulent uniquement en allemand ? Je comprends bien,
mais je parle encore avec quelques difficultés.

Merci beaucoup et bonne journée,
Aminata Diallo
""", cs="iso-8859-15", cte="quoted-printable"),
    exp=reg("aminata.diallo@orange.example", "Aminata Diallo", "Teranga Münster e.V.", ["FB"], 1, "fr"))

# --- 018 -------------------------------------------------------------------
# 006 replies from the phone: "statt dem mittleren doch das letzte forum" =
# move from FB to FC; "wir kommen weiter zu zweit" restates the party size,
# it does not change it (party_size null). Apple Mail quote below.
add("koesters-wechsel-das-letzte",
    date=d(10, 13, 22, 10, 30),
    frm=addr("Helmut Kösters", "helmut.koesters@gmx.example"),
    subject="Re: " + CONF_SUBJ, in_reply_to=conf_mid(6),
    extra=[IPHONE],
    part=text("""\
hallo nochmal,
können wir statt dem mittleren doch das letzte forum nehmen? meine frau sagt das mit dem digitalen ist für uns wichtiger, wir sitzen jede woche mit leuten am handy wegen termine und anträge. wir kommen weiter zu zweit.
gruß helmut

Von meinem iPhone gesendet

> Am 28.09.2027 um 09:30 schrieb Fachtag Integrationslotsen Münster <integrationslotsen@muenster.example>:
>\u0020
> \ufeff""" + quote(conf_de("Helmut Kösters", "FB", 2))[2:] + "\n", cs="utf-8"),
    exp=chg("helmut.koesters@gmx.example", "Helmut Kösters", None, ["FC"], None, "de"))

# --- 019 -------------------------------------------------------------------
# Registered by phone (not in this inbox); asks about lift and disabled
# parking. "(Forum A)" describes the existing registration -> question.
add("dierkes-banse-frage-barrierefreiheit",
    date=d(10, 14, 15, 5, 16),
    frm=addr("Ursula Dierkes-Banse", "u.dierkes-banse@t-online.example"),
    subject="Frage Barrierefreiheit Fachtag",
    part=text("""\
Sehr geehrtes Team des Kommunalen Integrationszentrums,

ich habe mich letzte Woche telefonisch bei Ihrer Kollegin für den Fachtag
angemeldet (Forum A). Nun habe ich noch eine Frage zur Barrierefreiheit: Ich bin
seit einer Hüft-OP auf einen Rollator angewiesen. Gibt es im Stadthaus einen
Aufzug zur Bürgerhalle, und gibt es in der Nähe Behindertenparkplätze? Einen
Schwerbehindertenausweis mit Merkzeichen G habe ich.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Ursula Dierkes-Banse
Integrationslotsin im Stadtteil Gremmendorf
""", cs="utf-8", cte="8bit"),
    exp=person("question", "u.dierkes-banse@t-online.example", "Ursula Dierkes-Banse", None, "de"))

# --- 020 -------------------------------------------------------------------
# Volunteer centre forwards (Thunderbird inline forward) a volunteer's wish
# and asks to confirm directly to him: email and name are the volunteer's;
# organisation is the centre. The volunteer wrote "zum Trauma-Thema", the
# forwarder restates "Forum B". Emoji in the forwarded part.
add("pieper-weiterleitung-nientiedt",
    date=d(10, 15, 10, 50, 2),
    frm=addr("Freiwilligenzentrum Münster-Südost", "kontakt@fwz-suedost.example"),
    cc=addr("Tobias Nientiedt", "t.nientiedt@posteo.example"),
    subject="WG: Fachtag Integrationslotsen – Anmeldung Tobias Nientiedt",
    extra=[TB],
    part=text("""\
Sehr geehrte Damen und Herren,

anbei leite ich Ihnen die Anmeldung unseres Ehrenamtlichen Herrn Tobias
Nientiedt weiter. Er ist bei uns seit dem Frühjahr als Integrationslotse aktiv
und möchte gern am Forum B teilnehmen.

Bitte schicken Sie die Bestätigung direkt an ihn: t.nientiedt@posteo.example

Herzliche Grüße aus dem FWZ
Claudia Pieper
Freiwilligenzentrum Münster-Südost
Ehrenamtskoordination


-------- Weitergeleitete Nachricht --------
Betreff: 	Fachtag
Datum: 	Wed, 13 Oct 2027 18:22:47 +0200
Von: 	Tobias Nientiedt <t.nientiedt@posteo.example>
An: 	Claudia Pieper <kontakt@fwz-suedost.example>



Hallo Claudia,

kannst du mich für den Fachtag im November anmelden? Ich hab keine Ahnung,
wie das geht 🙂 Am liebsten würde ich zum Trauma-Thema, weil ich bei dem
jungen Mann aus Eritrea oft nicht weiß, wie ich reagieren soll.

Danke dir!
Tobias
""", cs="utf-8"),
    exp=reg("t.nientiedt@posteo.example", "Tobias Nientiedt", "Freiwilligenzentrum Münster-Südost",
            ["FB"], 1, "de"))

# --- 021 -------------------------------------------------------------------
# 007's writer cancels, now from her own address; Outlook quote block without
# ">" prefixes below ("-----Ursprüngliche Nachricht-----"), which still
# names Forum C. Hope for the waiting list is not a question.
add("vogelsang-absage",
    date=d(10, 18, 13, 37, 25),
    frm=addr("Renate Vogelsang", "r.vogelsang@lotsenpunkt-hiltrup.example"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(7),
    extra=[OUTLOOK],
    part=text("""\
Hallo liebes Fachtag-Team,

leider muss ich meine Anmeldung wieder zurückziehen – unsere Jahresversammlung
ist auf den 17.11. gelegt worden und da muss ich als Koordinatorin den Bericht
halten. Sehr schade!

Vielleicht kann ja jemand von der Warteliste meinen Platz bekommen.

Viele Grüße
Renate Vogelsang

""" + outlook_quote_header("Mittwoch, 29. September 2027 08:14",
                           "r.vogelsang@lotsenpunkt-hiltrup.example")
        + "\n" + conf_de("Renate Vogelsang", "FC", 1), cs="utf-8"),
    exp=person("cancellation", "r.vogelsang@lotsenpunkt-hiltrup.example", "Renate Vogelsang",
               None, "de"))

# --- 022 -------------------------------------------------------------------
# 015's writer answers INLINE inside the ">"-quoted confirmation: one person
# fewer (4 -> 3) and the group moves to "B". The quoted lines still say
# Forum A and 4 Personen. windows-1252 QP.
_conf15 = conf_de("Stefan Wiechers", "FA", 4).split("\n")
_inline = "\n".join([
    "Guten Morgen,",
    "",
    "vielen Dank für Ihre Bestätigung, zwei Anmerkungen unten im Text.",
    "",
    "Mit freundlichen Grüßen",
    "Stefan Wiechers",
    "",
    outlook_quote_header("Montag, 11. Oktober 2027 07:02", "Stefan Wiechers").rstrip("\n"),
    "",
    quote("\n".join(_conf15[:5])),
    ">",
    quote(_conf15[6]),
    "",
    "[SW] Frau Sommer ist leider abgesprungen, wir sind also nur noch zu dritt.",
    "[SW] Und nach Rücksprache im Team möchten wir doch lieber nach B – bitte umbuchen,",
    "wenn dort noch drei Plätze frei sind. Falls nicht, bleiben wir in A.",
    "",
    quote("\n".join(_conf15[7:])),
]) + "\n"
add("wiechers-inline-drei-statt-vier",
    date=d(10, 19, 9, 40, 11),
    frm=addr("Stefan Wiechers", "s.wiechers@awo-msl-mitte.example"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(15),
    extra=[OUTLOOK],
    part=text(_inline, cs="windows-1252", cte="quoted-printable"),
    exp=chg("s.wiechers@awo-msl-mitte.example", "Stefan Wiechers", None, ["FB", "FA"], 3, "de"))

# --- 023 -------------------------------------------------------------------
# English social worker, HTML-only (Outlook, UTF-8 base64); Forum C by letter
# in bold, fallback "the trauma-informed one" = FB. Organisation line plus
# the parent foundation in the signature.
add("orourke-html-only-english",
    date=d(10, 20, 14, 22, 48),
    frm=addr("Daniel O'Rourke", "d.orourke@diakonie-nordmuenster.example"),
    subject="Registration – Fachtag Integrationslotsen 17/11",
    extra=[OUTLOOK, "Content-Language: en-GB"],
    part=text("""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear colleagues,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;m a social worker with the Nordstadt Welcome Centre and I coordinate our volunteer guides. I&#8217;d like to register for the Fachtag on 17 November.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">My preference would be <b>Forum C</b> (digital support with applications), since most of our volunteers&#8217; questions at the moment are about online portals. If that one is full, I&#8217;d be happy with the trauma-informed one instead.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;m afraid my German is still at B1 level &#8211; I follow most of it but I&#8217;m slow to write, hence English.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Daniel O&#8217;Rourke</p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Social Worker / Volunteer Coordination<br>
Nordstadt Welcome Centre<br>
Diakonie-Stiftung Nordmünster<br>
Grevener Straße 301 · 48159 Münster<br>
<a href="https://www.diakonie-nordmuenster.example/welcome">www.diakonie-nordmuenster.example/welcome</a></span></p>
</div></body></html>
""", sub="html", cs="utf-8", cte="base64"),
    exp=reg("d.orourke@diakonie-nordmuenster.example", "Daniel O'Rourke", "Nordstadt Welcome Centre",
            ["FC", "FB"], 1, "en"))

# --- 024 -------------------------------------------------------------------
# 011's writer (Farsi) adds a colleague: "۲ نفر" in Persian digits -> change,
# party_size 2; "فوروم همان بماند" (forum stays the same) -> no new choice.
# Gmail with German UI: the attribution line is German, quote below.
add("hosseini-farsi-zwei-personen",
    date=d(10, 21, 19, 2, 55),
    frm=addr("Maryam Hosseini", "maryam.hosseini@gmail.example"),
    subject="Re: " + CONF_SUBJ, in_reply_to=conf_mid(11),
    part=text("""\
سلام،

ممنون از تأیید. یکی از همکارانم در Frauentreff، خانم زهرا رضایی، هم می‌خواهد بیاید.
لطفاً ثبت نام من را به ۲ نفر تغییر دهید. فوروم همان بماند.

با سپاس
مریم حسینی

Am Di., 5. Okt. 2027 um 09:20 Uhr schrieb Fachtag Integrationslotsen Münster <
integrationslotsen@muenster.example>:

""" + quote(conf_de("Maryam Hosseini", "FC", 1)) + "\n", cs="utf-8", cte="base64"),
    exp=chg("maryam.hosseini@gmail.example", "Maryam Hosseini", None, [], 2, "fa"))

# --- 025 -------------------------------------------------------------------
# 002's writer registers a COLLEAGUE who is not the writer; confirmation to
# her address. "das erste Forum (das zu den Behördengängen)" = FA. The
# aside "Unsere eigene Anmeldung (3 Personen, Forum B) bleibt unberührt"
# belongs to another registration. Outlook multipart/alternative, cp1252 QP.
_wueb = """\
Sehr geehrte Damen und Herren,

ich möchte noch eine Kollegin nachmelden: Frau Dr. Annette Wübbeling, Leiterin unserer Flüchtlingsberatung. Sie ist diese Woche im Außendienst und hat mich gebeten, das für sie zu übernehmen.

Frau Dr. Wübbeling möchte gern in das erste Forum (das zu den Behördengängen).

Bitte senden Sie die Bestätigung direkt an sie: a.wuebbeling@caritas-amelsbueren.example

Unsere eigene Anmeldung (3 Personen, Forum B) bleibt davon unberührt.

Mit freundlichen Grüßen
i.A. Markus Tenbrink

""" + CARITAS_SIG + "\n"
add("tenbrink-meldet-kollegin-an",
    date=d(10, 22, 11, 15, 20),
    frm=addr("Tenbrink, Markus", "m.tenbrink@caritas-amelsbueren.example"),
    cc=addr("Wübbeling, Annette, Dr.", "a.wuebbeling@caritas-amelsbueren.example"),
    subject="Anmeldung Fr. Dr. Wübbeling – Fachtag 17.11.",
    extra=[OUTLOOK],
    part=multi("alternative", [
        text(_wueb, cs="windows-1252"),
        text(outlook_html(_wueb), sub="html", cs="windows-1252"),
    ], "_000_AM0PR02MB5921C7E1A0B34F7CARITAS_"),
    exp=reg("a.wuebbeling@caritas-amelsbueren.example", "Annette Wübbeling",
            "Caritasverband Münster-Amelsbüren e.V.", ["FA"], 1, "de"))

# --- 026 -------------------------------------------------------------------
# Turkish retiree, windows-1254 QP: may beginners attend, is there a fee?
# "Eğer katılabilirsem, sonra kayıt olurum" = he will register later -> question.
add("yildirim-tuerkisch-frage",
    date=d(10, 25, 17, 44, 3),
    frm=addr("Mehmet Yıldırım", "m.yildirim@superonline.example", "windows-1254"),
    subject="Fachtag hakkında soru", hcs="windows-1254",
    part=text("""\
İyi günler,

Ben Mehmet Yıldırım, 62 yaşındayım ve emekliyim. Kinderhaus'taki camimizde yeni
gelen ailelere yardım etmeye başladık, ama henüz resmi bir "Integrationslotse"
değilim.

Sormak istiyorum: Fachtag sadece eğitimi tamamlamış lotsen için mi, yoksa benim
gibi yeni başlayanlar da katılabilir mi? Bir de, katılım ücretli mi?

Eğer katılabilirsem, sonra kayıt olurum.

Teşekkürler, saygılarımla
Mehmet Yıldırım
""", cs="windows-1254", cte="quoted-printable"),
    exp=person("question", "m.yildirim@superonline.example", "Mehmet Yıldırım", None, "tr"))

# --- 027 -------------------------------------------------------------------
# 010's writer, back from leave: her colleague drops out, she still comes ->
# change with party_size 1 (a partial cancellation). Outlook quote without
# ">" still says "2 Personen" and Forum C.
_hoppe2 = """\
Sehr geehrte Damen und Herren,

leider muss meine Kollegin Frau Roters ihre Teilnahme am Fachtag absagen, da an diesem Tag die Kita-Eingewöhnung ihres Sohnes beginnt. Ich selbst nehme weiterhin teil – bitte reduzieren Sie unsere Anmeldung auf eine Person.

Mit freundlichen Grüßen

""" + DIAKONIE_SIG + """

Von: Fachtag Integrationslotsen Münster <integrationslotsen@muenster.example>
Gesendet: Montag, 11. Oktober 2027 06:58
An: Hoppe-Landwehr, Friederike <f.hoppe-landwehr@diakonie-ms-ost.example>
Betreff: """ + CONF_SUBJ + "\n\n" + conf_de("Friederike Hoppe-Landwehr", "FC", 2)
add("hoppe-landwehr-kollegin-faellt-aus",
    date=d(10, 26, 8, 12, 37),
    frm=addr("Hoppe-Landwehr, Friederike", "f.hoppe-landwehr@diakonie-ms-ost.example"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(10),
    extra=[OUTLOOK],
    part=multi("alternative", [
        text(_hoppe2, cs="utf-8"),
        text(outlook_html(_hoppe2, cs="utf-8"), sub="html", cs="utf-8"),
    ], "_000_DB9PR07MB74528E11F0A2C9D3DIAK_"),
    exp=chg("f.hoppe-landwehr@diakonie-ms-ost.example", "Friederike Hoppe-Landwehr",
            "Diakonie Münster-Ost gGmbH", [], 1, "de"))

# --- 028 -------------------------------------------------------------------
# 005's writer cancels in Arabic (court interpreting appointment the same
# day), top-posted over the German confirmation; Gmail with Arabic UI
# attribution. UTF-8 base64.
add("alkhatib-arabisch-absage",
    date=d(10, 27, 21, 30, 14),
    frm=addr("Yousef Al-Khatib", "yousef.alkhatib@gmail.example"),
    subject="Re: " + CONF_SUBJ, in_reply_to=conf_mid(5),
    part=text("""\
مرحبًا،

للأسف لن أتمكن من الحضور يوم 17 نوفمبر، لأنه تم تحديد موعد ترجمة في المحكمة في نفس اليوم
ولا يمكنني تأجيله. أرجو إلغاء تسجيلي وإعطاء مكاني لشخص آخر.

أعتذر عن الإزعاج.
Yousef Al-Khatib

في الأحد، 26 سبتمبر 2027 في 10:05 ص، كتب Fachtag Integrationslotsen Münster <
integrationslotsen@muenster.example>:

""" + quote(conf_de("Yousef Al-Khatib", "FB", 1)) + "\n", cs="utf-8", cte="base64"),
    exp=person("cancellation", "yousef.alkhatib@gmail.example", "Yousef Al-Khatib", None, "ar"))

# --- 029 -------------------------------------------------------------------
# Regional volunteering newsletter (bulk, List-Unsubscribe) that advertises
# this very Fachtag with all three forum topics -> other.
_news = """\
Engagement Westfalen – Newsletter Oktober 2027

Liebe Engagierte, liebe Koordinatorinnen und Koordinatoren,

der Herbst ist Fachtag-Zeit! Hier unsere Auswahl für November:

* Fachtag Integrationslotsen Münster, 17.11.2027, Stadthaus 1
  Drei Foren: Behördenbegleitung, traumasensible Begleitung und digitale
  Antragshilfe. Anmeldung noch bis 5.11. per Mail beim Kommunalen
  Integrationszentrum.

* Online-Seminar "Selbstfürsorge im Ehrenamt", 23.11.2027, 18-20 Uhr
  mit Dipl.-Psych. Carla Benthaus

* Förderprogramm "Engagiert vor Ort": Anträge bis 31.12. möglich,
  bis zu 2.500 Euro für Sachkosten

Alle Termine: https://www.engagement-westfalen.example/termine

Sie erhalten diesen Newsletter, weil Sie sich auf engagement-westfalen.example
eingetragen haben. Abmelden: https://www.engagement-westfalen.example/abmelden?u=8841c2

Landesnetzwerk Bürgerengagement Westfalen e.V. · Hammer Straße 77 · 48153 Münster
"""
add("newsletter-engagement-westfalen",
    date=d(10, 28, 6, 0, 0),
    frm=addr("Engagement Westfalen", "newsletter@engagement-westfalen.example"),
    to=REG,
    subject="Newsletter 10/2027: Fachtage, Fördertöpfe, Fortbildungen",
    extra=["List-Unsubscribe: <https://www.engagement-westfalen.example/abmelden?u=8841c2>",
           "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
           "List-Id: Engagement Westfalen <news.engagement-westfalen.example>",
           "Precedence: bulk", "X-Mailer: CleverReach-like Mailer 4.2"],
    part=multi("alternative", [
        text(_news, cs="utf-8"),
        text("<html><body style=\"font-family:Arial\">" +
             "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in _news.strip().split("\n\n"))
             + "</body></html>", sub="html", cs="utf-8"),
    ], "=_nl_2027_10_7f3e91"),
    exp=dict(kind="other"))

# --- 030 -------------------------------------------------------------------
# Student intern, informal and chatty, Gmail multipart/alternative; forum by
# bare letter "Forum-Wunsch: A". Organisation as she writes it.
_lena = """\
Hallo liebes KI-Team,

ich bin Lena, Praktikantin (Soziale Arbeit, 5. Semester) beim AWO Begegnungszentrum Kinderhaus. Meine Anleiterin meint, ich soll mich für den Fachtag am 17.11. unbedingt selbst anmelden - also hiermit :)

Forum-Wunsch: A

Ich begleite gerade zwei Familien regelmäßig zum Jobcenter und merke, wie viel ich da noch nicht weiß.

Liebe Grüße
Lena Brüggemann
"""
add("brueggemann-praktikantin-gmail",
    date=d(10, 29, 13, 5, 44),
    frm=addr("Lena Brüggemann", "lena.brueggemann@gmail.example"),
    subject="Anmeldung :)",
    part=multi("alternative", [
        text(_lena, cs="utf-8"),
        text(gmail_html(_lena), sub="html", cs="utf-8"),
    ], "0000000000004c8e2b05e9a1d7f3"),
    exp=reg("lena.brueggemann@gmail.example", "Lena Brüggemann", "AWO Begegnungszentrum Kinderhaus",
            ["FA"], 1, "de"))

# --- 031 -------------------------------------------------------------------
# Postfix-style DSN (multipart/report) for the office's answer to 026:
# mailbox full. Headers of the returned mail are text/rfc822-headers.
_dsn_text = """\
This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.yildirim@superonline.example>: host mx1.superonline.example[203.0.113.25]
    said: 552 5.2.2 <m.yildirim@superonline.example>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
"""
_dsn_status = """\
Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Yk2Wq3TzBz1xZ
X-Postfix-Sender: rfc822; integrationslotsen@muenster.example
Arrival-Date: Mon,  1 Nov 2027 09:14:58 +0100 (CET)

Final-Recipient: rfc822; m.yildirim@superonline.example
Original-Recipient: rfc822;m.yildirim@superonline.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.superonline.example
Diagnostic-Code: smtp; 552 5.2.2 <m.yildirim@superonline.example>: Mailbox
    full, quota exceeded
"""
_dsn_headers = f"""\
Return-Path: <integrationslotsen@muenster.example>
Date: Mon, 1 Nov 2027 09:14:57 +0100
From: {REG_NAME.replace('ü', 'ue')} <integrationslotsen@muenster.example>
To: m.yildirim@superonline.example
Subject: {Header('AW: Fachtag hakkında soru', 'utf-8', header_name='Subject').encode()}
Message-ID: <fachtag-0026.answer@muenster.example>
In-Reply-To: <026.20271025174403.yildirim@superonline.example>
Auto-Submitted: auto-replied
"""
add("bounce-yildirim-postfach-voll",
    date=d(11, 1, 9, 15, 0),
    frm="MAILER-DAEMON@mx.muenster.example (Mail Delivery System)",
    to=REG,
    subject="Undelivered Mail Returned to Sender",
    extra=["Return-Path: <>", "Auto-Submitted: auto-replied"],
    part=multi("report", [
        text(_dsn_text, cs="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        raw_part("message/delivery-status", _dsn_status, ["Content-Description: Delivery report"]),
        raw_part("text/rfc822-headers", _dsn_headers, ["Content-Description: Undelivered Message Headers"]),
    ], "4Yk2Wq3TzBz1xZ.1824012900/mx.muenster.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message."),
    exp=dict(kind="bounce", bounced_recipient="m.yildirim@superonline.example"))

# --- 032 -------------------------------------------------------------------
# Retired pastor, late registration phrased conditionally ("Ist noch ein
# Platz frei? Falls ja, melde ich mich hiermit ... an") plus a question about
# certificates -> registration. His wife is mentioned but not registered
# (party 1). windows-1252 QP.
add("hoelscher-nachzuegler-forum-b",
    date=d(11, 2, 10, 20, 31),
    frm=addr("Wilfried Hölscher", "w.hoelscher@ekg-roxel.example", "windows-1252"),
    subject="Nachzügler-Anmeldung Fachtag", hcs="windows-1252",
    part=text("""\
Sehr geehrte Damen und Herren,

durch einen Hinweis im Gemeindebrief bin ich erst jetzt auf Ihren Fachtag
aufmerksam geworden. Ist noch ein Platz frei? Falls ja, melde ich mich hiermit
für das Forum B (traumasensible Begleitung) an.

Zu meiner Person: Ich bin Pfarrer i. R. und betreue seit 2015 gemeinsam mit
meiner Frau das Flüchtlingscafé der Ev. Kirchengemeinde Roxel.

Eine Frage noch: Erhalten die Teilnehmenden eine Bescheinigung? Für unsere
Ehrenamtlichen wäre das ein schönes Zeichen der Anerkennung.

Mit freundlichen Grüßen
Dr. Wilfried Hölscher
Pfarrer i. R.
""", cs="windows-1252", cte="quoted-printable"),
    exp=reg("w.hoelscher@ekg-roxel.example", "Wilfried Hölscher",
            "Flüchtlingscafé der Ev. Kirchengemeinde Roxel", ["FB"], 1, "de"))

# --- 033 -------------------------------------------------------------------
# Social worker not yet registered: needs paper for her employer. "Antrag auf
# Dienstbefreiung" and "digital (als PDF)" are not Forum C -> question.
# UTF-8 base64 plain text.
add("luetke-woestmann-frage-dienstbefreiung",
    date=d(11, 3, 8, 44, 9),
    frm=addr("Katharina Lütke-Wöstmann", "k.luetke-woestmann@johannes-werk.example"),
    subject="Bescheinigung für Dienstbefreiung?",
    part=text("""\
Guten Morgen,

ich arbeite als Sozialarbeiterin im Sozialdienst einer Gemeinschaftsunterkunft
(Johannes-Werk Münster gGmbH) und würde gerne am Fachtag teilnehmen. Bevor ich
mich anmelde, brauche ich allerdings die Zustimmung meines Arbeitgebers.

Dafür müsste ich einen Antrag auf Dienstbefreiung stellen und bräuchte eine
kurze Einladung oder Programmbeschreibung mit Datum und Uhrzeit. Könnten Sie
mir so etwas digital (als PDF) zuschicken? Und wissen Sie, ob der Fachtag als
Fortbildung anerkannt wird (Fortbildungspflicht beim Träger)?

Die Anmeldefrist endet ja schon am Freitag – reicht es, wenn ich mich Anfang
nächster Woche melde?

Vielen Dank und freundliche Grüße
Katharina Lütke-Wöstmann
""", cs="utf-8", cte="base64"),
    exp=person("question", "k.luetke-woestmann@johannes-werk.example", "Katharina Lütke-Wöstmann",
               "Johannes-Werk Münster gGmbH", "de"))

# --- 034 -------------------------------------------------------------------
# Bilingual Outlook out-of-office from 023's writer answering the office's
# travel-information mail; Auto-Submitted header; multipart/alternative.
_ooo = """\
Thank you for your email. I am out of the office until Monday, 8 November, with
limited access to email. For urgent matters please contact our team at
welcome@diakonie-nordmuenster.example.

Vielen Dank für Ihre Nachricht. Ich bin bis Montag, 8. November, nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an welcome@diakonie-nordmuenster.example.

Daniel O'Rourke
"""
add("orourke-automatic-reply",
    date=d(11, 3, 14, 0, 12),
    frm=addr("Daniel O'Rourke", "d.orourke@diakonie-nordmuenster.example"),
    subject="Automatic reply: Fachtag Integrationslotsen Münster 2027 – Informationen zu Anreise und Ablauf",
    in_reply_to="<fachtag-info-anreise.20271103@muenster.example>",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", OUTLOOK],
    part=multi("alternative", [
        text(_ooo, cs="utf-8"),
        text(outlook_html(_ooo, cs="utf-8", lang="EN-GB"), sub="html", cs="utf-8"),
    ], "_000_LO2P265MB3318F0E7A7C1D2B9NORD_"),
    exp=dict(kind="auto_reply"))

# --- 035 -------------------------------------------------------------------
# English volunteer, registered through her group (not in this inbox), asks
# whether she may leave at lunchtime. "(Forum B)" describes her existing
# registration -> question.
add("raman-english-question-morning-only",
    date=d(11, 4, 20, 31, 46),
    frm=addr("Priya Raman", "priya.raman@posteo.example"),
    subject="Question about the Fachtag on the 17th",
    part=text("""\
Dear organisers,

I believe I am registered for the Fachtag on the 17th (Forum B) - our group,
the International Women's Circle Mecklenbeck, sent in the names a few weeks ago.

I have a hospital appointment at 2 pm that day which I really cannot move. Is
it alright if I only come for the morning and leave after lunch, or would it
be better to give my place to someone else? I don't want to take a spot
someone could use for the whole day.

With best wishes,
Priya Raman
(retired teacher, volunteer since 2019)
""", cs="us-ascii", cte="7bit"),
    exp=person("question", "priya.raman@posteo.example", "Priya Raman",
               "International Women's Circle Mecklenbeck", "en"))

# --- 036 -------------------------------------------------------------------
# The colleague registered by 025 cancels herself; she names the remaining
# team (Tenbrink, Pöppelbaum, Wiens) who still come. Outlook, cp1252 QP,
# quoted confirmation without ">" prefixes.
add("wuebbeling-absage",
    date=d(11, 5, 12, 10, 3),
    frm=addr("Wübbeling, Annette, Dr.", "a.wuebbeling@caritas-amelsbueren.example", "windows-1252"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(25), hcs="windows-1252",
    extra=[OUTLOOK],
    part=text("""\
Sehr geehrte Damen und Herren,

mein Kollege Herr Tenbrink hatte mich für den Fachtag angemeldet. Leider muss ich absagen: Am 17.11. habe ich einen nicht verschiebbaren Termin beim Familiengericht mit einer Klientin.

Die Anmeldung meiner Kolleginnen und Kollegen (Herr Tenbrink, Frau Pöppelbaum, Frau Wiens) bleibt bestehen.

Mit freundlichen Grüßen
Dr. Annette Wübbeling
Leitung Flüchtlingsberatung

""" + CARITAS_SIG + "\n\n" + outlook_quote_header(
        "Freitag, 22. Oktober 2027 14:31",
        "Wübbeling, Annette, Dr. <a.wuebbeling@caritas-amelsbueren.example>")
        + "\n" + conf_de("Annette Wübbeling", "FA", 1), cs="windows-1252"),
    exp=person("cancellation", "a.wuebbeling@caritas-amelsbueren.example", "Annette Wübbeling",
               "Caritasverband Münster-Amelsbüren e.V.", "de"))

# --- 037 -------------------------------------------------------------------
# 032's writer adds his wife: change, party_size 2; "in dasselbe Forum" is
# no new choice. Top-posted over a ">" quote, windows-1252 QP.
add("hoelscher-frau-nachmelden",
    date=d(11, 8, 9, 30, 18),
    frm=addr("Wilfried Hölscher", "w.hoelscher@ekg-roxel.example", "windows-1252"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(32), hcs="windows-1252",
    part=text("""\
Sehr geehrte Damen und Herren,

haben Sie vielen Dank für die Bestätigung. Meine Frau, Gertrud Hölscher, hat
sich nun doch entschlossen, mich zum Fachtag zu begleiten - sie leitet das
Flüchtlingscafé gemeinsam mit mir. Wäre es möglich, sie noch nachzumelden?
Sie würde mit mir in dasselbe Forum gehen.

Mit freundlichen Grüßen
Wilfried Hölscher

> Guten Tag Wilfried Hölscher,
>
> vielen Dank für Ihre Anmeldung zum Fachtag Integrationslotsen Münster 2027 am
> Mittwoch, 17. November 2027, 9:30–16:00 Uhr, in der Bürgerhalle im Stadthaus 1
> (Klemensstraße 10, 48143 Münster).
>
> Wir haben Sie für Forum B – Traumasensible Begleitung – Belastungen erkennen, Grenzen wahren eingetragen (1 Person).
""", cs="windows-1252"),
    exp=chg("w.hoelscher@ekg-roxel.example", "Wilfried Hölscher", None, [], 2, "de"))

# --- 038 -------------------------------------------------------------------
# 001's writer cancels after an accident; her quoted change confirmation
# (Forum B) stays below. ISO-8859-1 8bit, Thunderbird bottom attribution.
add("brinkmann-absage-handgelenk",
    date=d(11, 9, 18, 20, 51),
    frm=addr("Gisela Brinkmann", "g.brinkmann@t-online.example"),
    subject="Re: Ihre Änderung zum Fachtag Integrationslotsen Münster 2027", hcs="iso-8859-1",
    in_reply_to="<fachtag-0009.change@muenster.example>",
    extra=[TB],
    part=text(fit("""\
Guten Abend,

leider muss ich mich vom Fachtag wieder abmelden. Ich bin am Samstag beim
Fensterputzen von der Trittleiter gefallen und habe mir das Handgelenk
gebrochen. Die nächsten Wochen bin ich außer Gefecht.

Bitte streichen Sie mich von der Liste, vielleicht freut sich ja jemand
anderes über den Platz.

Freundliche Grüße
Gisela Brinkmann

Am 01.10.27 um 14:26 schrieb Fachtag Integrationslotsen Münster:
> Guten Tag Gisela Brinkmann,
>
> wir haben Ihre Anmeldung geändert: Sie sind jetzt für Forum B –
> Traumasensible Begleitung – Belastungen erkennen, Grenzen wahren
> eingetragen (1 Person).
>
> Mit freundlichen Grüßen
> Ihr Team Fachtag Integrationslotsen
""", "iso-8859-1"), cs="iso-8859-1", cte="8bit"),
    exp=person("cancellation", "g.brinkmann@t-online.example", "Gisela Brinkmann", None, "de"))

# --- 039 -------------------------------------------------------------------
# 002's writer moves his group "vom mittleren ins erste Forum" = FA; "Die
# Zahl bleibt bei drei Personen" restates the size (party_size null).
# HTML-only Outlook reply, windows-1252 QP, quote block inside the HTML.
add("tenbrink-vom-mittleren-ins-erste",
    date=d(11, 10, 10, 2, 27),
    frm=addr("Tenbrink, Markus", "m.tenbrink@caritas-amelsbueren.example"),
    subject="AW: " + CONF_SUBJ, in_reply_to=conf_mid(2),
    extra=[OUTLOOK, "Thread-Topic: " + enc(CONF_SUBJ, name="Thread-Topic")],
    part=text(outlook_html("""\
Sehr geehrte Damen und Herren,

nach der Absage von Frau Dr. Wübbeling haben wir intern umgeplant: Bitte verlegen Sie unsere Anmeldung (Tenbrink, Pöppelbaum, Wiens) vom mittleren ins erste Forum, damit aus unserem Haus jemand die Behördenbegleitung abdeckt. Die Zahl bleibt bei drei Personen.

Vielen Dank!
i.A. Markus Tenbrink

""" + CARITAS_SIG + """

________________________________
Von: Fachtag Integrationslotsen Münster <integrationslotsen@muenster.example>
Gesendet: Donnerstag, 23. September 2027 10:47
An: Tenbrink, Markus <m.tenbrink@caritas-amelsbueren.example>
Betreff: """ + CONF_SUBJ + "\n\n" + conf_de("Markus Tenbrink", "FB", 3)),
        sub="html", cs="windows-1252"),
    exp=chg("m.tenbrink@caritas-amelsbueren.example", "Markus Tenbrink",
            "Caritasverband Münster-Amelsbüren e.V.", ["FA"], None, "de"))

# --- 040 -------------------------------------------------------------------
# 030's writer cancels from her phone, du-form, emoji; Gmail quote below
# with her Forum A confirmation.
add("brueggemann-absage-klausur",
    date=d(11, 12, 7, 48, 30),
    frm=addr("Lena Brüggemann", "lena.brueggemann@gmail.example"),
    subject="Re: " + CONF_SUBJ, in_reply_to=conf_mid(30),
    part=text("""\
Hey,
sorry für die kurzfristige Absage, aber ich kann am Mittwoch leider doch nicht kommen - unsere Hochschule hat die Nachklausur genau auf den Tag gelegt 🙈 Bitte streicht mich von der Liste.
LG Lena

Am Fr., 29. Okt. 2027 um 14:40 Uhr schrieb Fachtag Integrationslotsen Münster <
integrationslotsen@muenster.example>:

""" + quote(conf_de("Lena Brüggemann", "FA", 1)) + "\n", cs="utf-8"),
    exp=person("cancellation", "lena.brueggemann@gmail.example", "Lena Brüggemann", None, "de"))


# ---------------------------------------------------------------------------
# validation, writing, --check, --stats
# ---------------------------------------------------------------------------

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
EMAIL_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)


def all_text(msg):
    out = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        out += [str(v) for _, v in part.items()]
        if part.get_content_maintype() == "text":
            data = part.get_payload(decode=True)
            out.append(data.decode(part.get_content_charset() or "us-ascii"))
        elif part.get_content_maintype() == "application":
            pass
    return "\n".join(out)


def validate(files, expected):
    errors = []
    last = None
    for name, raw in files.items():
        where = f"{name}: "
        if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(where + "line ends are not all CRLF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                errors.append(where + "line longer than 998 octets")
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(where + f"defects {part.defects}")
            cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                data = part.get_payload(decode=True)
                try:
                    data.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(where + f"text part does not decode as {cs}: {e}")
                if cte == "base64":
                    try:
                        base64.b64decode(part.get_payload(decode=False), validate=False)
                    except Exception as e:  # noqa: BLE001
                        errors.append(where + f"bad base64: {e}")
            if cte == "7bit" and not part.is_multipart():
                if not str(part.get_payload(decode=False)).isascii():
                    errors.append(where + "7bit part with non-ASCII content")
        date = parsedate_to_datetime(msg["Date"])
        if last is not None and date <= last:
            errors.append(where + "Date does not rise")
        last = date
        text_all = all_text(msg)
        for m in EMAIL_RE.finditer(text_all):
            if not EXAMPLE_HOST.search(m.group(1).lower()):
                errors.append(where + f"non-example address {m.group(0)}")
        for m in URL_RE.finditer(text_all):
            host = m.group(1).lower().rstrip(".")
            if not EXAMPLE_HOST.search(host):
                errors.append(where + f"non-example URL host {host}")
        rec = expected.get(name)
        if rec is None:
            errors.append(where + "no expected record")
            continue
        errors += [where + e for e in check_record(rec)]
    if set(expected) != set(files):
        errors.append("expected.json and mails disagree")
    return errors


def check_record(rec):
    errs = []
    keys = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
            "bounced_recipient")
    if tuple(rec) != keys:
        errs.append(f"keys {list(rec)}")
    k = rec["kind"]
    if k not in KINDS:
        errs.append(f"kind {k}")
    if not isinstance(rec["workgroups"], list) or any(w not in FORUMS for w in rec["workgroups"]) \
            or len(set(rec["workgroups"])) != len(rec["workgroups"]):
        errs.append(f"workgroups {rec['workgroups']}")
    person_kind = k in ("registration", "change", "cancellation", "question")
    if person_kind:
        if not rec["email"] or rec["email"] != rec["email"].lower() or "@" not in rec["email"]:
            errs.append("email")
        if not rec["name"]:
            errs.append("name")
        if rec["language"] not in LANGS:
            errs.append("language")
    else:
        for f in ("email", "name", "organisation", "language", "party_size"):
            if rec[f] is not None:
                errs.append(f"{f} must be null for {k}")
        if rec["workgroups"]:
            errs.append("workgroups must be [] for machine mail")
    if k == "registration":
        if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
            errs.append("party_size")
    elif k == "change":
        if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
            errs.append("party_size")
        if not rec["workgroups"] and rec["party_size"] is None:
            errs.append("change without new forum or size")
    elif rec["party_size"] is not None:
        errs.append("party_size must be null")
    if k in ("cancellation", "question") and rec["workgroups"]:
        errs.append("workgroups must be [] for " + k)
    if k == "bounce":
        b = rec["bounced_recipient"]
        if not b or b != b.lower():
            errs.append("bounced_recipient")
    elif rec["bounced_recipient"] is not None:
        errs.append("bounced_recipient must be null")
    return errs


def build():
    files = {name: raw for name, raw, _ in MAILS}
    expected = {name: exp for name, _, exp in MAILS}
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    return files, expected, exp_text


def stats(files, expected):
    from collections import Counter
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    cs, ctes, types = Counter(), Counter(), Counter()
    for raw in files.values():
        msg = message_from_bytes(raw, policy=policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs[part.get_content_charset()] += 1
            if not part.is_multipart():
                ctes[(part.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
    print(f"mails: {len(files)}")
    print("kinds:", ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("languages (person mails):", ", ".join(f"{k}={v}" for k, v in langs.most_common()))
    print("top-level types:", ", ".join(f"{k}={v}" for k, v in types.most_common()))
    print("charsets (text parts):", ", ".join(f"{k}={v}" for k, v in cs.most_common()))
    print("transfer encodings (leaf parts):", ", ".join(f"{k}={v}" for k, v in ctes.most_common()))


def main(argv):
    files, expected, exp_text = build()
    errors = validate(files, expected)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(files, expected)
        return 0
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        if on_disk != set(files):
            bad.append("mail file names differ")
        for name, raw in files.items():
            p = mails_dir / name
            if not p.exists() or p.read_bytes() != raw:
                bad.append(name)
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs from disk:", ", ".join(bad), file=sys.stderr)
            return 1
        print(f"ok: {len(files)} mails and expected.json match")
        return 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in files:
            p.unlink()
    for name, raw in files.items():
        (mails_dir / name).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read from disk and validate again
    disk = {p.name: p.read_bytes() for p in sorted(mails_dir.glob("*.eml"))}
    errors = validate(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
