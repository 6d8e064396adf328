#!/usr/bin/env python3
"""Evaluation set "last5": 50 mails to the MSO-Tag 2027 (config.toml = dev config).

    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   change nothing; fail if files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11 standard library only; the output is deterministic.
Every mail text is in this file; the comment line above each mail says what it tests.
"""
import base64
import datetime as dt
import json
import quopri
import re
import sys
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "mso-tag@muenster.example"
OUR_NAME = "Tag der Migrantenselbstorganisationen"
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

CET = dt.timezone(dt.timedelta(hours=1))


def when(month, day, hour, minute, tz=CET):
    return dt.datetime(2027, month, day, hour, minute, 0, tzinfo=tz)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def hdr(text, charset="utf-8"):
    """A header value; encoded words only when needed."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=()):
    """One text part: (headers, body bytes)."""
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)  # strict
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        body = data
    else:
        raise ValueError(cte)
    headers = [("Content-Type", f"text/{subtype}; charset=\"{charset}\"" if subtype == "html"
                else f"text/{subtype}; charset={charset}; format=flowed" if charset == "utf-8" and cte == "8bit"
                else f"text/{subtype}; charset={charset}"),
               ("Content-Transfer-Encoding", cte)]
    headers += list(extra)
    return headers, body


def attachment(data, ctype, filename):
    body = base64.encodebytes(data)
    return [("Content-Type", f"{ctype}; name=\"{filename}\""),
            ("Content-Disposition", f"attachment; filename=\"{filename}\""),
            ("Content-Transfer-Encoding", "base64")], body


def raw_part(ctype, body_text, extra=()):
    return [("Content-Type", ctype)] + list(extra), body_text.encode("ascii")


def multipart(subtype, parts, boundary, params=""):
    out = []
    for headers, body in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        out.append(render_headers(headers))
        out.append(b"\n")
        out.append(body if body.endswith(b"\n") else body + b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    ctype = f"multipart/{subtype}; boundary=\"{boundary}\"{params}"
    return [("Content-Type", ctype)], b"".join(out)


def render_headers(headers):
    return "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")


def message(headers, part):
    p_headers, body = part
    all_headers = list(headers) + [("MIME-Version", "1.0")] + p_headers
    raw = render_headers(all_headers) + b"\n" + body
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def html_doc(paragraphs, charset="utf-8", outlook=False, lang=None, rtl=False):
    """A small HTML body; paragraphs are lists of lines."""
    attrs = (f' lang="{lang}"' if lang else "") + (' dir="rtl"' if rtl else "")
    cls = ' class="MsoNormal"' if outlook else ""
    body = []
    for para in paragraphs:
        lines = "<br>\n".join(escape(l) for l in para)
        body.append(f"<p{cls}>{lines}</p>")
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    if outlook:
        head += ('\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                 '\n<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                 'font-family:"Calibri",sans-serif;} --></style>')
    return (f"<html{attrs}>\n<head>\n{head}\n</head>\n<body>\n" + "\n".join(body)
            + "\n</body>\n</html>\n")


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text):
    return [p.split("\n") for p in text.strip("\n").split("\n\n")]


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


# ---------------------------------------------------------------------------
# our own outgoing mails, as they appear quoted in replies
# ---------------------------------------------------------------------------

INVITE_ID = "<einladung.2027-01-15.0001@muenster.example>"
INVITE_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITE = """\
Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

am Samstag, 13. März 2027, laden wir Sie von 10 bis 16 Uhr herzlich in das
Stadtweinhaus am Prinzipalmarkt ein. In drei parallelen Arbeitsgruppen
möchten wir mit Ihnen ins Gespräch kommen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Zur Anmeldung antworten Sie einfach auf diese Mail und nennen uns Ihren
Namen, Ihre Organisation, die gewünschte Arbeitsgruppe und mit wie vielen
Personen Sie kommen. Anmeldeschluss ist der 6. März 2027.

Mit freundlichen Grüßen
Ihr Team der Kommunalen Integrationsstelle"""

CONFIRM_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"


def confirm_id(n):
    return f"<bestaetigung.{n:04d}@muenster.example>"


def confirmation(name, persons, ag):
    return f"""\
Guten Tag {name},

vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
ist bei uns eingegangen.

  Personen:       {persons}
  Arbeitsgruppe:  {ag}
  Datum:          Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
  Ort:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn sich etwas ändert, antworten Sie bitte einfach auf diese Nachricht.

Tag der Migrantenselbstorganisationen"""


def base_headers(frm, date, subject, mid, to=OURS, reply_to=None, in_reply_to=None,
                 extra=(), subject_charset="utf-8"):
    h = [("From", frm), ("To", to)]
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hdr(subject, subject_charset)), ("Date", format_datetime(date)),
          ("Message-ID", mid)]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    h += list(extra)
    return h


MAILS = []  # (filename, raw bytes, expected record)


def add(slug, raw, expected):
    MAILS.append((f"{len(MAILS) + 1:03d}-{slug}.eml", raw, expected))


TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")
IPHONE = ("X-Mailer", "iPhone Mail (22D72)")
OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
GMAIL_UA = None
ANDROID = ("User-Agent", "K-9 Mail for Android")

# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001 registration, de: association chair top-posts over the quoted invitation; two persons, AG 3 by number; role signature; UTF-8 QP
body = """\
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, die wir gern annehmen. Für unseren Verein
kommen am 13. März zwei Personen: ich selbst und unsere Schriftführerin,
Frau Aylin Kaya.
Wir möchten beide in die Arbeitsgruppe 3 – gerade bei den Fördermitteln
haben wir viele offene Fragen.

Mit freundlichen Grüßen

Yusuf Demirtaş
1. Vorsitzender
Deutsch-Türkischer Kulturverein Münster-Kinderhaus e.V.

Am 15.01.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(INVITE) + "\n"
add("demirtas-chair-topposted-invitation",
    message(base_headers(addr("Yusuf Demirtaş", "y.demirtas@dtkv-kinderhaus.example"),
                         when(1, 18, 9, 41), "Re: " + INVITE_SUBJECT,
                         "<5a1c0e2b-7d1e-4f0a-9c11-demirtas@dtkv-kinderhaus.example>",
                         in_reply_to=INVITE_ID, extra=[TB]),
            leaf(body, cte="quoted-printable")),
    rec("registration", "y.demirtas@dtkv-kinderhaus.example", "Yusuf Demirtaş",
        "Deutsch-Türkischer Kulturverein Münster-Kinderhaus e.V.", ["AG3"], 2, "de"))

# 002 registration, ka: Georgian, German name of the association in brackets, "first working group" in words; UTF-8 base64
body = """\
გამარჯობათ!

მე ვარ ნინო ბერიძე, ქართული კულტურული კავშირის „მზე“ (Georgischer
Kulturverein „Mze“ Münster e.V.) წარმომადგენელი. დიდი სიამოვნებით
მივიღებ მონაწილეობას 13 მარტის შეხვედრაში.

ყველაზე მეტად მაინტერესებს პირველი სამუშაო ჯგუფი – განათლების სისტემა.
მოვალ მარტო.

პატივისცემით,
Nino Beridze
"""
add("beridze-georgian",
    message(base_headers(addr("Nino Beridze", "nino.beridze@posta.example"),
                         when(1, 18, 14, 5), "რეგისტრაცია / Anmeldung MSO-Tag",
                         "<CAB7x9f2Lq0beridze01@mail.posta.example>"),
            leaf(body, cte="base64")),
    rec("registration", "nino.beridze@posta.example", "Nino Beridze",
        "Georgischer Kulturverein „Mze“ Münster e.V.", ["AG1"], 1, "ka"))

# 003 registration, de: young person typing on the phone, lower case, emoji, alias "zukunftsprozess", no organisation; UTF-8 8bit
body = """\
hey, ich würd gern am 13.3. kommen 🙂 die AG zum zukunftsprozess klingt voll spannend. komm als privatperson, also ohne verein

lg mia schröder

Von meinem iPhone gesendet
"""
add("schroeder-phone-oneliner",
    message(base_headers(addr("Mia", "mia.schroeder03@mailbox.example"),
                         when(1, 19, 22, 47), "Anmeldung",
                         "<8E1F2A90-33B1-4C2B-9D6E-7A1B2C3D4E5F@mailbox.example>",
                         extra=[IPHONE]),
            leaf(body, cte="8bit")),
    rec("registration", "mia.schroeder03@mailbox.example", "mia schröder", None, ["AG2"], 1, "de"))

# 004 auto_reply: German out-of-office answer to the invitation, with Auto-Submitted header
body = """\
Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 29. Januar 2027
nicht im Büro und kann Ihre E-Mail erst danach bearbeiten.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter
sekretariat@awo-ms.example.

Mit freundlichen Grüßen
Bernd Hollmann
"""
add("hollmann-out-of-office",
    message(base_headers(addr("Bernd Hollmann", "b.hollmann@awo-ms.example"),
                         when(1, 20, 7, 15), "Abwesenheitsnotiz: " + INVITE_SUBJECT,
                         "<ooo.20270120.071500.hollmann@awo-ms.example>",
                         in_reply_to=INVITE_ID,
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("auto_reply"))

# 005 registration, hy: Armenian, multipart/alternative, first and second choice, three persons; UTF-8 QP
body = """\
Բարև Ձեզ,

Ես Արմեն Հակոբյանն եմ՝ Մյունստերի հայկական համայնքի նախագահը։ Մենք
ցանկանում ենք մասնակցել MSO-Tag 2027-ին երեք հոգով։

Առաջին նախընտրությունը՝ AG 3 (ֆինանսավորում և կազմակերպության
կառավարում), եթե այնտեղ տեղ չլինի՝ AG 1։

Շնորհակալություն,
Armen Hakobyan
Vorsitzender, Armenische Gemeinde Münster e.V.
"""
add("hakobyan-armenian-alternative",
    message(base_headers(addr("Armen Hakobyan", "armen.hakobyan@netmail.example"),
                         when(1, 21, 19, 30), "Գրանցում – MSO-Tag 2027",
                         "<b3f1c2d4e5a6.hakobyan@netmail.example>"),
            multipart("alternative", [leaf(body), leaf(html_doc(paras(body), lang="hy"), "html")],
                      "alt-hy-7c1e0f")),
    rec("registration", "armen.hakobyan@netmail.example", "Armen Hakobyan",
        "Armenische Gemeinde Münster e.V.", ["AG3", "AG1"], 3, "hy"))

# 006 registration, de: learner of German from Eritrea, comes with his wife, names the group by "Schule"; windows-1252 8bit
body = """\
Sehr geehrte Damen und Herren

Ich heiße Tesfay Gebremedhin. Ich komme aus Eritrea und wohne seit 5 Jahre in
Münster. Ich bin Mitglied in Eritreische Gemeinschaft Münster e.V.

Ich möchte gerne kommen zu die Tag am 13 März mit meine Frau Selam. Wir
interessieren für die Gruppe über Schule, weil unsere Kinder gehen in die
Grundschule und vieles ist schwer für uns zu verstehen.

Danke schön
Tesfay Gebremedhin
"""
add("gebremedhin-learner-with-wife",
    message(base_headers(addr("tesfay g", "tesfay.g1985@webpost.example"),
                         when(1, 22, 11, 8), "Anmeldung für Tag",
                         "<000001d9a1b2$c3d4e5f0$tesfay@webpost.example>",
                         extra=[("X-Mailer", "Webpost Freemail 7.2")]),
            leaf(body, charset="windows-1252", cte="8bit")),
    rec("registration", "tesfay.g1985@webpost.example", "Tesfay Gebremedhin",
        "Eritreische Gemeinschaft Münster e.V.", ["AG1"], 2, "de"))

# 007 registration, hi: Hindi with German names mixed in, HTML-only, "Workshop 2"; UTF-8 base64
body = """\
नमस्ते,

मेरा नाम प्रिया शर्मा है। मैं Indische Kulturgemeinschaft Münster की ओर से
MSO-Tag में आना चाहती हूँ। मुझे Workshop 2 (Münsters Zukunftsprozess) में
सबसे ज़्यादा रुचि है। मैं अकेली आऊँगी।

धन्यवाद,
Priya Sharma
"""
add("sharma-hindi-html-only",
    message(base_headers(addr("Priya Sharma", "priya.sharma@inbox.example"),
                         when(1, 23, 16, 52), "MSO-Tag पंजीकरण",
                         "<CAJ2pr1ya0sharma7x@mail.inbox.example>"),
            leaf(html_doc(paras(body), lang="hi"), "html", cte="base64")),
    rec("registration", "priya.sharma@inbox.example", "Priya Sharma",
        "Indische Kulturgemeinschaft Münster", ["AG2"], 1, "hi"))

# 008 question, de: chair asks about childcare and wheelchair access before registering anyone; ISO-8859-1 QP
body = """\
Sehr geehrtes Team der Integrationsstelle,

bevor wir unsere Mitglieder anmelden, hätte ich zwei Fragen:

1. Gibt es am 13. März eine Kinderbetreuung? Viele unserer Frauen könnten
   sonst nicht teilnehmen.
2. Ist das Stadtweinhaus barrierefrei? Eine Teilnehmerin sitzt im Rollstuhl.

Sobald ich Ihre Antwort habe, melde ich uns an.

Herzliche Grüße
Hatice Arslan
Vorsitzende
Frauen- und Familienverein Regenbogen e.V.
"""
add("arslan-question-childcare",
    message(base_headers(addr("Hatice Arslan", "vorstand@regenbogen-ms.example", "iso-8859-1"),
                         when(1, 25, 10, 3), "Frage zur Kinderbetreuung und Barrierefreiheit",
                         "<20270125100312.4471@regenbogen-ms.example>",
                         subject_charset="iso-8859-1", extra=[TB]),
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("question", "vorstand@regenbogen-ms.example", "Hatice Arslan",
        "Frauen- und Familienverein Regenbogen e.V.", [], None, "de"))

# 009 registration, bn: Bengali from the association's shared mailbox, Reply-To names the writer's own address; Bengali digits; UTF-8 8bit
body = """\
শুভেচ্ছা,

আমি রহিম উদ্দিন, Bangladesh Samity Münster e.V.-এর সাধারণ সম্পাদক। আমি
১৩ মার্চের অনুষ্ঠানে অংশ নিতে চাই। আমার পছন্দ তৃতীয় ওয়ার্কগ্রুপ
(Förderung ও Vereinsmanagement)। আমি একাই আসব।

এই ইমেইলটি আমাদের সমিতির সাধারণ ঠিকানা থেকে পাঠানো হচ্ছে, উত্তর দয়া করে
আমার ব্যক্তিগত ঠিকানায় পাঠাবেন।

ধন্যবাদান্তে,
রহিম উদ্দিন (Rahim Uddin)
সাধারণ সম্পাদক, Bangladesh Samity Münster e.V.
"""
add("uddin-bengali-shared-mailbox",
    message(base_headers(addr("Bangladesh Samity Münster", "info@bd-samity-muenster.example"),
                         when(1, 26, 20, 14), "MSO-Tag নিবন্ধন",
                         "<a8b7c6d5.uddin.0126@bd-samity-muenster.example>",
                         reply_to=addr("Rahim Uddin", "rahim.uddin@post.example"), extra=[TB]),
            leaf(body, cte="8bit")),
    rec("registration", "rahim.uddin@post.example", "Rahim Uddin",
        "Bangladesh Samity Münster e.V.", ["AG3"], 1, "bn"))

# 010 registration, sw: Swahili, bottom-posted below the quoted invitation; ISO-8859-1 8bit
body = quote(INVITE) + """

Habari zenu,

Asanteni sana kwa mwaliko. Mimi ni Neema Mwakasege kutoka Tanzania
Community Münster. Ningependa kujiandikisha kwa kikundi cha kazi cha
kwanza (AG 1 - elimu na shule). Nitakuja peke yangu.

Wasalaam,
Neema Mwakasege
"""
add("mwakasege-swahili-bottomposted",
    message(base_headers(addr("Neema Mwakasege", "neema.m@barua.example"),
                         when(1, 27, 8, 36), "Re: " + INVITE_SUBJECT,
                         "<neema.20270127083601@barua.example>", in_reply_to=INVITE_ID,
                         subject_charset="iso-8859-1", extra=[ANDROID]),
            leaf(body, charset="iso-8859-1", cte="8bit")),
    rec("registration", "neema.m@barua.example", "Neema Mwakasege",
        "Tanzania Community Münster", ["AG1"], 1, "sw"))

# 011 change, de: the chair of 001 top-posts on our confirmation: a third person joins, group stays -> party 3, no new group
body = """\
Guten Tag,

kurze Ergänzung: Unser Kassierer, Herr Öztürk, möchte auch mitkommen,
wir sind also zu dritt. An der Arbeitsgruppe ändert sich nichts.

Gruß
Yusuf Demirtaş

Am 18.01.2027 um 09:42 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Yusuf Demirtaş", 2, "AG 3")) + "\n"
add("demirtas-change-third-person",
    message(base_headers(addr("Yusuf Demirtaş", "y.demirtas@dtkv-kinderhaus.example"),
                         when(1, 28, 18, 20), "Re: " + CONFIRM_SUBJECT,
                         "<1d2e3f40-aa11-4b22-8c33-demirtas2@dtkv-kinderhaus.example>",
                         in_reply_to=confirm_id(1), extra=[TB]),
            leaf(body, cte="quoted-printable")),
    rec("change", "y.demirtas@dtkv-kinderhaus.example", "Yusuf Demirtaş",
        None, [], 3, "de"))

# 012 registration, fr: French with Lingala greeting and thanks; he and his wife; group 2 by number; ISO-8859-1 QP
body = """\
Mbote na bino !

Je m'appelle Jean-Pierre Mukendi, je suis le trésorier de l'Association
des Congolais de Münster. Ma femme Chantal et moi, nous voudrions
participer à la journée du 13 mars. Nous choisissons le groupe de travail
numéro 2 (l'avenir de Münster).

Matondo mingi, merci beaucoup !

Jean-Pierre Mukendi
Trésorier - Association des Congolais de Münster
"""
add("mukendi-lingala-french-couple",
    message(base_headers(addr("Jean-Pierre Mukendi", "jp.mukendi@courriel.example", "iso-8859-1"),
                         when(1, 29, 21, 5), "Inscription journée MSO",
                         "<000a01d9ff.mukendi@courriel.example>",
                         extra=[("X-Mailer", "Courriel Webmail 3.1")]),
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("registration", "jp.mukendi@courriel.example", "Jean-Pierre Mukendi",
        "Association des Congolais de Münster", ["AG2"], 2, "fr"))

# 013 registration, en: English with Yoruba greeting and closing, Roman numeral group, ASCII spelling of Muenster; multipart/alternative
body = """\
E kaaro o,

My name is Adebayo Ogunleye from the Nigerian Community Muenster e.V.
I would like to register for the MSO day on 13 March. Please put me down
for working group III on funding and association management - we really
need it, abeg!

Just me, one person.

E se gan ni,
Adebayo Ogunleye
Secretary, Nigerian Community Muenster e.V.
"""
add("ogunleye-yoruba-english",
    message(base_headers(addr("Adebayo Ogunleye", "adebayo.ogunleye@mailhub.example"),
                         when(1, 30, 12, 44), "Registration MSO-Tag 2027",
                         "<CAKd8e9ogunleye13@mail.mailhub.example>"),
            multipart("alternative", [leaf(body, charset="us-ascii", cte="7bit"),
                                      leaf(html_doc(paras(body)), "html", charset="us-ascii", cte="7bit")],
                      "000000000000ab12cd34ef56")),
    rec("registration", "adebayo.ogunleye@mailhub.example", "Adebayo Ogunleye",
        "Nigerian Community Muenster e.V.", ["AG3"], 1, "en"))

# 014 registration, de: volunteer writes from Outlook, HTML-only, alias "Bildungssystem"; windows-1252 QP
body = """\
Sehr geehrte Damen und Herren,

hiermit melde ich mich für den MSO-Tag am 13.03.2027 an. Ich engagiere mich
ehrenamtlich im Nachbarschaftstreff Coerde und begleite dort seit Jahren
Familien bei Schulfragen – daher wäre die AG zum Bildungssystem für mich
genau richtig.

Ich komme allein.

Freundliche Grüße
Gisela Brandt
Ehrenamtliche Lernpatin
Nachbarschaftstreff Coerde
"""
add("brandt-volunteer-outlook-html",
    message(base_headers(addr("Brandt, Gisela", "gisela.brandt@t-netz.example", "windows-1252"),
                         when(2, 1, 9, 12), "Anmeldung MSO-Tag 13.03.2027",
                         "<AM0PR07MB1234.brandt@t-netz.example>", extra=[OUTLOOK]),
            leaf(html_doc(paras(body), "windows-1252", outlook=True), "html",
                 charset="windows-1252", cte="quoted-printable")),
    rec("registration", "gisela.brandt@t-netz.example", "Gisela Brandt",
        "Nachbarschaftstreff Coerde", ["AG1"], 1, "de"))

# 015 bounce: Postfix multipart/report DSN for the invitation, recipient in mixed case
text = """\
This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<Kontakt@Kurdistan-Kultur.example>: host mx.kurdistan-kultur.example[192.0.2.44]
    said: 550 5.1.1 <Kontakt@Kurdistan-Kultur.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
dsn = """\
Reporting-MTA: dns; mail.muenster.example
X-Postfix-Queue-ID: 4F2A81C03B
Arrival-Date: Mon,  1 Feb 2027 10:30:02 +0100 (CET)

Final-Recipient: rfc822; Kontakt@Kurdistan-Kultur.example
Original-Recipient: rfc822;Kontakt@Kurdistan-Kultur.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kurdistan-kultur.example
Diagnostic-Code: smtp; 550 5.1.1 <Kontakt@Kurdistan-Kultur.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
orig = """\
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: Kontakt@Kurdistan-Kultur.example
Subject: =?utf-8?q?Einladung=3A_Tag_der_Migrantenselbstorganisationen_am_13=2E_M?=
 =?utf-8?q?=C3=A4rz_2027?=
Date: Mon, 01 Feb 2027 10:30:01 +0100
Message-ID: <einladung.2027-02-01.0047@muenster.example>
"""
add("bounce-postfix-dsn",
    message([("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.muenster.example")),
             ("To", OURS), ("Subject", "Undelivered Mail Returned to Sender"),
             ("Date", format_datetime(when(2, 1, 10, 30))),
             ("Message-ID", "<20270201093003.5B7C21C03C@mail.muenster.example>"),
             ("Auto-Submitted", "auto-replied")],
            multipart("report", [
                ([("Content-Description", "Notification"),
                  ("Content-Type", "text/plain; charset=us-ascii")], text.encode("ascii")),
                ([("Content-Description", "Delivery report"),
                  ("Content-Type", "message/delivery-status")], dsn.encode("ascii")),
                ([("Content-Description", "Undelivered Message Headers"),
                  ("Content-Type", "text/rfc822-headers")], orig.encode("ascii"))],
                "4F2A81C03B.1801999803/mail.muenster.example", "; report-type=delivery-status")),
    rec("bounce", bounced="kontakt@kurdistan-kultur.example"))

# 016 registration, ru: Russian with Kazakh greeting and thanks, Cyrillic signature vs Latin From name, choice 2 then 1; UTF-8 base64
body = """\
Сәлеметсіз бе!

Меня зовут Айгерим Жумабаева, я волонтёр в обществе
Kasachisch-Deutscher Kulturverein „Dostyk“ e.V. Хотела бы
зарегистрироваться на MSO-Tag 13 марта.

Лучше всего мне подходит рабочая группа 2 (Zukunftsprozess), если там
мест нет – тогда группа 1. Приду одна.

Рахмет! Заранее спасибо.
Айгерим Жумабаева
"""
add("zhumabayeva-kazakh-russian",
    message(base_headers(addr("Aigerim Zhumabayeva", "aigerim.zh@pochta.example"),
                         when(2, 2, 17, 58), "Регистрация на MSO-Tag",
                         "<1738515480.771203.zhumabayeva@pochta.example>",
                         extra=[("X-Mailer", "Pochta Mail Android")]),
            leaf(body, cte="base64")),
    rec("registration", "aigerim.zh@pochta.example", "Айгерим Жумабаева",
        "Kasachisch-Deutscher Kulturverein „Dostyk“ e.V.", ["AG2", "AG1"], 1, "ru"))

# 017 registration, mk: Macedonian, she and a named colleague (2), Cyrillic-only signature, organisation in Macedonian; windows-1251 QP
body = """\
Почитувани,

Ве известуваме дека на Денот на самоорганизациите на мигрантите ќе
присуствуваме двајца: јас и мојот колега Горан Трајковски. Двајцата сме
членови на Македонско културно друштво „Илинден“ Минстер.

Би сакале да учествуваме во работната група 3 (финансирање и водење
на здруженија).

Со почит,
Марија Стојановска
секретар, МКД „Илинден“ Минстер
"""
add("stojanovska-macedonian-cp1251",
    message(base_headers(addr("Marija Stojanovska", "m.stojanovska@mkd-ilinden.example"),
                         when(2, 3, 13, 25), "Пријава за MSO-Tag 2027",
                         "<001501d9b3c4$stojanovska@mkd-ilinden.example>",
                         subject_charset="windows-1251", extra=[OUTLOOK]),
            leaf(body, charset="windows-1251", cte="quoted-printable")),
    rec("registration", "m.stojanovska@mkd-ilinden.example", "Марија Стојановска",
        "Македонско културно друштво „Илинден“ Минстер", ["AG3"], 2, "mk"))

# 018 registration, hu: Hungarian, family name first, "first working group" in words; ISO-8859-2 QP
body = """\
Tisztelt Szervezők!

Szeretnék jelentkezni a március 13-i MSO-napra. Az első munkacsoport
(oktatási rendszer) érdekel leginkább, mivel egyesületünkben hétvégente
anyanyelvi oktatást szervezünk a gyerekeknek.

Egyedül jövök.

Üdvözlettel:
Kovács Eszter
Münsteri Magyar Egyesület
"""
add("kovacs-hungarian-latin2",
    message(base_headers(addr("Kovács Eszter", "kovacs.eszter@levelezo.example", "iso-8859-2"),
                         when(2, 4, 19, 2), "Jelentkezés - MSO-Tag 2027",
                         "<20270204190211.GA2231@levelezo.example>",
                         subject_charset="iso-8859-2", extra=[TB]),
            leaf(body, charset="iso-8859-2", cte="quoted-printable")),
    rec("registration", "kovacs.eszter@levelezo.example", "Kovács Eszter",
        "Münsteri Magyar Egyesület", ["AG1"], 1, "hu"))

# 019 registration, lt: Lithuanian, "the second working group" in words; ISO-8859-13 base64
body = """\
Laba diena,

noriu užsiregistruoti į MSO dieną kovo 13 d. Esu Miunsterio lietuvių
bendruomenės narė. Mane labiausiai domina antroji darbo grupė - Miunsterio
ateities procesas.

Būsiu viena.

Pagarbiai
Rūta Jankauskienė
Lietuvių bendruomenė Miunsteryje
"""
add("jankauskiene-lithuanian",
    message(base_headers(addr("Rūta Jankauskienė", "ruta.jankauskiene@pastas.example", "iso-8859-13"),
                         when(2, 5, 8, 49), "Registracija į MSO dieną",
                         "<4b5c6d7e8f.ruta@pastas.example>", subject_charset="iso-8859-13"),
            leaf(body, charset="iso-8859-13", cte="base64")),
    rec("registration", "ruta.jankauskiene@pastas.example", "Rūta Jankauskienė",
        "Lietuvių bendruomenė Miunsteryje", ["AG2"], 1, "lt"))

# 020 cancellation, de: the phone writer of 003 cancels in one line, iPhone quote of our confirmation below
body = """\
sorry muss doch absagen, hab an dem tag ne klausur 😕 lg mia

Von meinem iPhone gesendet

> Am 19.01.2027 um 22:48 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("mia schröder", 1, "AG 2")) + "\n"
add("schroeder-cancel-phone",
    message(base_headers(addr("Mia", "mia.schroeder03@mailbox.example"),
                         when(2, 6, 23, 11), "Re: " + CONFIRM_SUBJECT,
                         "<C0FFEE12-9A8B-4C7D-8E6F-5A4B3C2D1E0F@mailbox.example>",
                         in_reply_to=confirm_id(3), extra=[IPHONE]),
            leaf(body, cte="quoted-printable")),
    rec("cancellation", "mia.schroeder03@mailbox.example", "mia schröder", None, [], None, "de"))

# 021 question, ar: Arabic, asks for interpretation; "would register five persons IF" is not yet a registration; alternative, base64
body = """\
السلام عليكم،

هل ستكون هناك ترجمة إلى اللغة العربية في مجموعات العمل؟ بعض أعضاء جمعيتنا
لا يتكلمون الألمانية جيداً. إذا توفرت الترجمة فسوف نسجّل خمسة أشخاص.

مع الشكر والتقدير،
خالد المصري
جمعية الجالية السورية في مونستر
"""
add("almasri-arabic-question-interpreting",
    message(base_headers(addr("خالد المصري", "khaled.masri@barid.example"),
                         when(2, 8, 15, 40), "استفسار بخصوص الترجمة",
                         "<CAF3kh4led0masri21@mail.barid.example>"),
            multipart("alternative", [leaf(body, cte="base64"),
                                      leaf(html_doc(paras(body), lang="ar", rtl=True), "html", cte="base64")],
                      "00000000000091e2f3a4b5c6")),
    rec("question", "khaled.masri@barid.example", "خالد المصري",
        "جمعية الجالية السورية في مونستر", [], None, "ar"))

# 022 registration, de: team lead registers her colleague and asks us to confirm to his address; name = colleague
body = """\
Guten Tag,

ich möchte meinen Kollegen Dariusz Nowak aus unserem Fachdienst Migration
und Integration für den MSO-Tag anmelden. Er interessiert sich für die AG 3
zu Förderung und Vereinsmanagement, weil er mehrere Vereine bei Anträgen
berät.

Bitte schicken Sie die Bestätigung direkt an ihn: d.nowak@caritas-ms.example

Mit freundlichen Grüßen
Sabine Vogt
Teamleitung Fachdienst Migration und Integration
Caritasverband Münster
"""
add("vogt-registers-colleague",
    message(base_headers(addr("Vogt, Sabine", "s.vogt@caritas-ms.example"),
                         when(2, 9, 11, 17), "Anmeldung Herr Nowak – MSO-Tag",
                         "<DB9PR02MB5678.vogt@caritas-ms.example>", extra=[OUTLOOK]),
            multipart("alternative", [leaf(body, charset="windows-1252"),
                                      leaf(html_doc(paras(body), "windows-1252", outlook=True), "html",
                                           charset="windows-1252")],
                      "_000_DB9PR02MB5678vogt_")),
    rec("registration", "d.nowak@caritas-ms.example", "Dariusz Nowak",
        "Caritasverband Münster", ["AG3"], 1, "de"))

# 023 registration, tr: Turkish, the whole family of four, "1. çalışma grubu"; ISO-8859-9 8bit
body = """\
Merhaba,

13 Mart'taki MSO gününe ailece katılmak istiyoruz: ben, eşim ve iki kızım
(17 ve 19 yaşında), toplam 4 kişi. Münster Türk Kadınlar Derneği üyesiyim.
Kızlarım üniversiteye hazırlandığı için 1. çalışma grubunu (eğitim sistemi)
seçiyoruz.

Saygılarımla
Fatma Yıldırım
"""
add("yildirim-turkish-family",
    message(base_headers(addr("Fatma Yıldırım", "fatma.yildirim@eposta.example", "iso-8859-9"),
                         when(2, 10, 20, 33), "MSO günü kayıt",
                         "<20270210203344.yildirim@eposta.example>", subject_charset="iso-8859-9"),
            leaf(body, charset="iso-8859-9", cte="8bit")),
    rec("registration", "fatma.yildirim@eposta.example", "Fatma Yıldırım",
        "Münster Türk Kadınlar Derneği", ["AG1"], 4, "tr"))

# 024 change, de: the Georgian writer of 002 now writes learner German below our quoted confirmation: AG 1 -> AG 2
body = """\
Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> schrieb am Do., 18. Jan. 2027, 14:06:
""" + quote(confirmation("Nino Beridze", 1, "AG 1")) + """

Hallo,
ich habe AG 1 gewählt, aber jetzt ich möchte bitte lieber AG 2 nehmen,
Zukunftsprozess ist für unseren Verein wichtiger. Geht das?

Vielen Dank
Nino Beridze
"""
add("beridze-change-learner-german",
    message(base_headers(addr("Nino Beridze", "nino.beridze@posta.example"),
                         when(2, 11, 9, 55), "Re: " + CONFIRM_SUBJECT,
                         "<CAB7x9f2Lq0beridze02@mail.posta.example>", in_reply_to=confirm_id(2)),
            leaf(body, cte="quoted-printable")),
    rec("change", "nino.beridze@posta.example", "Nino Beridze",
        None, ["AG2"], None, "de"))

# 025 registration, fa: Dari (Afghan Persian) for a women's association, three persons, "first group (education and school)"; UTF-8 QP
body = """\
سلام علیکم،

نام من زهرا رحیمی است و از طرف Afghanischer Frauenverein Münster e.V.
می‌نویسم. ما سه نفر هستیم و می‌خواهیم در گروه کاری اول (آموزش و مکتب)
شرکت کنیم.

تشکر فراوان،
Zahra Rahimi
"""
add("rahimi-dari-womens-association",
    message(base_headers(addr("Zahra Rahimi", "zahra.rahimi@postfach.example"),
                         when(2, 12, 14, 21), "ثبت نام روز MSO",
                         "<f1e2d3c4b5a6.rahimi@postfach.example>", extra=[TB]),
            leaf(body, cte="quoted-printable")),
    rec("registration", "zahra.rahimi@postfach.example", "Zahra Rahimi",
        "Afghanischer Frauenverein Münster e.V.", ["AG1"], 3, "fa"))

# 026 other: a foundation's funding newsletter full of "Förderung" and "Vereinsmanagement", bulk headers, alternative
body = """\
Förderaufruf 2027: Engagement vor Ort stärken

Liebe Engagierte,

ab sofort können gemeinnützige Vereine wieder Mittel für Projekte im
Jahr 2027 beantragen. Gefördert werden unter anderem Weiterbildungen im
Vereinsmanagement, Ehrenamtskoordination und Nachbarschaftsprojekte.
Antragsfrist ist der 31. März 2027.

Alle Informationen finden Sie unter https://www.buergerstiftung.example/foerderaufruf

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.buergerstiftung.example/newsletter/abmelden
"""
add("newsletter-foundation-funding",
    message([("From", addr("Bürgerstiftung Westfalen", "newsletter@buergerstiftung.example")),
             ("To", OURS), ("Subject", hdr("Newsletter 02/2027: Förderaufruf für Vereine")),
             ("Date", format_datetime(when(2, 15, 6, 0))),
             ("Message-ID", "<nl-2027-02.8812@buergerstiftung.example>"),
             ("List-Unsubscribe", "<https://www.buergerstiftung.example/newsletter/abmelden>"),
             ("List-Id", "Newsletter <newsletter.buergerstiftung.example>"),
             ("Precedence", "bulk")],
            multipart("alternative", [leaf(body), leaf(html_doc(paras(body)), "html")],
                      "nl-boundary-2027-02")),
    rec("other"))

# 027 registration, de: chair writes from Outlook, HTML-only with a PDF flyer attached; three persons; Roman numerals, first and second choice
body = """\
Sehr geehrtes Organisationsteam,

im Namen des Ukrainischen Vereins Münster e.V. melde ich uns zum Tag der
Migrantenselbstorganisationen an. Wir kommen zu dritt: ich als
Vorsitzende, unser Kassierer Herr Petrenko und unsere Jugendreferentin
Frau Melnyk.

Unsere erste Wahl ist die Arbeitsgruppe III (Förderungsmöglichkeiten und
effektives Vereinsmanagement), als zweite Wahl die Arbeitsgruppe II.

Unseren Vereinsflyer hänge ich Ihnen zur Information an.

Mit freundlichen Grüßen
Dr. Olena Kravets
Vorsitzende
Ukrainischer Verein Münster e.V.
"""
pdf = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
add("kravets-chair-outlook-attachment",
    message(base_headers(addr("Olena Kravets", "vorstand@ukr-verein-ms.example"),
                         when(2, 16, 10, 8), "Anmeldung Ukrainischer Verein Münster e.V.",
                         "<VI1PR03MB4321.kravets@ukr-verein-ms.example>", extra=[OUTLOOK]),
            multipart("mixed", [
                leaf(html_doc(paras(body), "windows-1252", outlook=True), "html",
                     charset="windows-1252", cte="quoted-printable"),
                attachment(pdf, "application/pdf", "Flyer_Ukrainischer_Verein.pdf")],
                "_004_VI1PR03MB4321kravets_")),
    rec("registration", "vorstand@ukr-verein-ms.example", "Olena Kravets",
        "Ukrainischer Verein Münster e.V.", ["AG3", "AG2"], 3, "de"))

# 028 cancellation, uk: young Ukrainian, informal, cancels a registration he made earlier (AG 2 mentioned, not a choice); UTF-8 8bit
body = """\
Привіт! Це Дмитро Бондаренко, я реєструвався минулого тижня на AG 2.
На жаль, 13 березня в мене іспит в університеті, тому прийти не зможу(
Вибачте і дякую!

Дмитро
"""
add("bondarenko-ukrainian-cancel",
    message(base_headers(addr("Дмитро Бондаренко", "dmytro.b@ukrpost.example"),
                         when(2, 17, 21, 42), "Скасування реєстрації",
                         "<CAM9dm7ro8bond028@mail.ukrpost.example>", extra=[ANDROID]),
            leaf(body, cte="8bit")),
    rec("cancellation", "dmytro.b@ukrpost.example", "Дмитро Бондаренко", None, [], None, "uk"))

# 029 change, de: inline reply inside our quoted confirmation: AG 1 -> AG 2 (the old "AG 1" stays quoted)
conf = confirmation("Gisela Brandt", 1, "AG 1").split("\n")
body = ("Am 01.02.2027 um 09:13 schrieb Tag der Migrantenselbstorganisationen:\n"
        + quote("\n".join(conf[:6])) + "\n"
        + quote("\n".join(conf[6:7])) + """

Könnten Sie mich bitte in die AG 2 umbuchen? Unsere Leiterin ist schon
in der AG 1, und wir möchten uns aufteilen.

""" + quote("\n".join(conf[7:])) + """

Vielen Dank und freundliche Grüße
Gisela Brandt
""")
add("brandt-change-inline",
    message(base_headers(addr("Gisela Brandt", "gisela.brandt@t-netz.example"),
                         when(2, 18, 16, 3), "Re: " + CONFIRM_SUBJECT,
                         "<9c8b7a6f-brandt-29@t-netz.example>", in_reply_to=confirm_id(14), extra=[TB]),
            leaf(body, charset="iso-8859-15", cte="quoted-printable")),
    rec("change", "gisela.brandt@t-netz.example", "Gisela Brandt",
        None, ["AG2"], None, "de"))

# 030 registration, de: Polish/German mix, greeting and closing in both languages, alias "Bildung"; windows-1250 QP
body = """\
Dzień dobry / Guten Tag,

ich möchte mich für den MSO-Tag anmelden. Ich bin Agnieszka Wróbel vom
Polnischer Kulturverein „Polonia“ Münster. Mich interessiert die AG
Bildung, weil wir haben samstags polnische Schule für Kinder.

Nur ich, 1 Person.

Pozdrawiam serdecznie / Viele Grüße
Agnieszka Wróbel
"""
add("wrobel-polish-german-mix",
    message(base_headers(addr("Agnieszka Wróbel", "a.wrobel@skrzynka.example", "windows-1250"),
                         when(2, 19, 12, 30), "Anmeldung / Zgłoszenie",
                         "<5f6e7d8c.wrobel@skrzynka.example>", subject_charset="windows-1250"),
            leaf(body, charset="windows-1250", cte="quoted-printable")),
    rec("registration", "a.wrobel@skrzynka.example", "Agnieszka Wróbel",
        "Polnischer Kulturverein „Polonia“ Münster", ["AG1"], 1, "de"))

# 031 registration, de: student registers herself and a fellow student (2), alias "Münsters Zukunft"; UTF-8 8bit
body = """\
Hallo liebes MSO-Team,

wir sind zwei Studentinnen und engagieren uns in der Afrikanischen
Studierendenvereinigung Münster. Meine Kommilitonin Abena Mensah und ich
würden gern am 13.3. teilnehmen, am liebsten in der Arbeitsgruppe zu
Münsters Zukunft.

Viele Grüße
Grace Owusu
"""
add("owusu-students-two",
    message(base_headers(addr("Grace Owusu", "grace.owusu@uni-ms.example"),
                         when(2, 20, 13, 14), "Anmeldung für zwei Personen",
                         "<d2c3b4a5-owusu@uni-ms.example>",
                         extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
            leaf(body, cte="8bit")),
    rec("registration", "grace.owusu@uni-ms.example", "Grace Owusu",
        "Afrikanische Studierendenvereinigung Münster", ["AG2"], 2, "de"))

# 032 auto_reply: ticket system acknowledgement (German/English), Auto-Submitted auto-generated, ticket number in subject
body = """\
Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer
2027021845 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.
Wir melden uns so bald wie möglich.

Dear Sir or Madam,
your message has been received under ticket number 2027021845.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht darauf.
"""
add("ticket-receipt-autoreply",
    message([("From", addr("Servicedesk Stadtbibliothek", "servicedesk@bibliothek-ms.example")),
             ("To", OURS),
             ("Subject", hdr("[Ticket#2027021845] Eingangsbestätigung: " + CONFIRM_SUBJECT)),
             ("Date", format_datetime(when(2, 21, 10, 2))),
             ("Message-ID", "<ticket.2027021845@bibliothek-ms.example>"),
             ("In-Reply-To", confirm_id(31)), ("References", confirm_id(31)),
             ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
            leaf(body, cte="quoted-printable")),
    rec("auto_reply"))

# 033 change, de: the Congolese writer of 012 now in learner German with French closing: wife ill, party 2 -> 1; Outlook-style quote
body = """\
Guten Tag,

meine Frau ist krank, sie kann nicht kommen leider. Ich komme allein,
also nur 1 Person. Die Gruppe bleibt.

Merci et bonne journée
Jean-Pierre Mukendi

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 29. Januar 2027 21:06
An: jp.mukendi@courriel.example
Betreff: """ + CONFIRM_SUBJECT + "\n\n" + confirmation("Jean-Pierre Mukendi", 2, "AG 2") + "\n"
add("mukendi-change-party-one",
    message(base_headers(addr("Jean-Pierre Mukendi", "jp.mukendi@courriel.example", "iso-8859-1"),
                         when(2, 22, 19, 47), "AW: " + CONFIRM_SUBJECT,
                         "<000b02d9ff.mukendi@courriel.example>", in_reply_to=confirm_id(12),
                         extra=[("X-Mailer", "Courriel Webmail 3.1")]),
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("change", "jp.mukendi@courriel.example", "Jean-Pierre Mukendi",
        None, [], 1, "de"))

# 034 cancellation, de: the daughter writes from the family address of 023, Turkish thanks; ISO-8859-9 QP
body = """\
Hallo,

ich schreibe für meine Mutter Fatma Yıldırım. Leider können wir alle vier
nicht kommen, mein Opa ist in der Türkei krank geworden und wir fliegen
morgen hin. Bitte die Anmeldung stornieren.

Teşekkürler und viele Grüße
Elif Yıldırım
"""
add("yildirim-daughter-cancels",
    message(base_headers(addr("Fatma Yıldırım", "fatma.yildirim@eposta.example", "iso-8859-9"),
                         when(2, 24, 7, 51), "Absage Familie Yıldırım",
                         "<20270224075102.yildirim@eposta.example>", subject_charset="iso-8859-9"),
            leaf(body, charset="iso-8859-9", cte="quoted-printable")),
    rec("cancellation", "fatma.yildirim@eposta.example", "Fatma Yıldırım",
        None, [], None, "de"))

# 035 registration, de: Romanian treasurer writes German with Romanian greeting/closing, alias "Finanzierung"; UTF-8 QP
body = """\
Bună ziua,

hiermit melde ich mich zum MSO-Tag an. Ich bin Ioana Popescu, Kassenwartin
der Asociația Românilor din Münster. Als Kassenwartin interessiert mich
natürlich die Arbeitsgruppe zur Finanzierung und zum Vereinsmanagement.

Ich komme alleine.

Mulțumesc și o zi bună!
Ioana Popescu
"""
add("popescu-romanian-german",
    message(base_headers(addr("Ioana Popescu", "ioana.popescu@curier.example"),
                         when(2, 25, 18, 9), "Anmeldung MSO-Tag",
                         "<ioana.0225.180901@curier.example>"),
            leaf(body, cte="quoted-printable")),
    rec("registration", "ioana.popescu@curier.example", "Ioana Popescu",
        "Asociația Românilor din Münster", ["AG3"], 1, "de"))

# 036 registration, de: forward chain; the board suggested AG 3 in the forwarded part, the writer chooses AG 2 on top
body = """\
Hallo,

unser Vorstand hat mir die Einladung weitergeleitet. Ich möchte mich gern
für die Arbeitsgruppe 2 anmelden. Ich bin im Kurdischen
Gemeinschaftszentrum Münster für die Jugendarbeit zuständig.

Gruß
Serhat Aydın

-------- Weitergeleitete Nachricht --------
Betreff: WG: """ + INVITE_SUBJECT + """
Datum: Mon, 22 Feb 2027 20:14:09 +0100
Von: Vorstand KGZ <vorstand@kgz-muenster.example>
An: Serhat Aydın <serhat.aydin@kgz-muenster.example>

Hallo Serhat,
kannst du da für uns hingehen? Ich würde AG 3 vorschlagen, wegen der
Förderanträge.
Gruß, Rojda

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 15. Januar 2027 10:02
Betreff: """ + INVITE_SUBJECT + "\n\n" + INVITE + "\n"
add("aydin-forwarded-invitation",
    message(base_headers(addr("Serhat Aydın", "serhat.aydin@kgz-muenster.example"),
                         when(2, 26, 11, 36), "Fwd: WG: " + INVITE_SUBJECT,
                         "<7a6b5c4d-aydin@kgz-muenster.example>", extra=[TB]),
            leaf(body, cte="quoted-printable")),
    rec("registration", "serhat.aydin@kgz-muenster.example", "Serhat Aydın",
        "Kurdisches Gemeinschaftszentrum Münster", ["AG2"], 1, "de"))

# 037 question, sq: Albanian chair asks about an info table for flyers; registers no one
body = """\
Përshëndetje,

jemi Shoqata Kulturore Shqiptare „Iliria“ Münster. A mund të sjellim një
tavolinë me broshura për shoqatën tonë gjatë pushimit? A ka vend edhe
për një roll-up?

Faleminderit,
Arben Krasniqi
Kryetar i shoqatës
"""
add("krasniqi-albanian-question",
    message(base_headers(addr("Arben Krasniqi", "arben.krasniqi@iliria-ms.example"),
                         when(2, 27, 9, 20), "Pyetje për MSO-Tag",
                         "<e5d4c3b2a1.krasniqi@iliria-ms.example>"),
            leaf(body, cte="quoted-printable")),
    rec("question", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
        "Shoqata Kulturore Shqiptare „Iliria“ Münster", [], None, "sq"))

# 038 change, en: the writer of 013 switches to group 2 with group 3 as backup; short plain ASCII, our confirmation quoted below
body = """\
Hi again,

after talking with our chairwoman I'd rather switch to working group 2,
with group 3 as a backup if 2 is full.

Thanks,
Adebayo

On Sat, Jan 30, 2027 at 12:45 PM Tag der Migrantenselbstorganisationen wrote:
> Guten Tag Adebayo Ogunleye,
>
> vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
> ist bei uns eingegangen.
>
>   Personen:       1
>   Arbeitsgruppe:  AG 3
"""
add("ogunleye-change-ascii",
    message(base_headers(addr("Adebayo Ogunleye", "adebayo.ogunleye@mailhub.example"),
                         when(2, 28, 22, 2), "Re: " + CONFIRM_SUBJECT,
                         "<CAKd8e9ogunleye38@mail.mailhub.example>", in_reply_to=confirm_id(13)),
            leaf(body, charset="us-ascii", cte="7bit")),
    rec("change", "adebayo.ogunleye@mailhub.example", "Adebayo Ogunleye",
        None, ["AG2", "AG3"], None, "en"))

# 039 registration, es: Spanish, mother with 16-year-old daughter (2), "grupo de trabajo 1"; alternative, UTF-8 8bit
body = """\
Hola:

Me llamo Lucía Fernández y colaboro con Casa Latina Münster. Quisiera
inscribirme para el día de las organizaciones de migrantes, junto con mi
hija Valentina (16 años). Nos interesa el grupo de trabajo 1, sobre el
sistema educativo.

Un saludo cordial,
Lucía Fernández
"""
add("fernandez-spanish-mother-daughter",
    message(base_headers(addr("Lucía Fernández", "lucia.fernandez@correo.example"),
                         when(3, 1, 17, 26), "Inscripción MSO-Tag",
                         "<CAH1uc1afernandez39@mail.correo.example>"),
            multipart("alternative", [leaf(body, cte="8bit"), leaf(html_doc(paras(body), lang="es"), "html", cte="quoted-printable")],
                      "0000000000005d6e7f8091a2")),
    rec("registration", "lucia.fernandez@correo.example", "Lucía Fernández",
        "Casa Latina Münster", ["AG1"], 2, "es"))

# 040 question, vi: Vietnamese individual asks whether she may come without an association and whether it costs anything
body = """\
Kính gửi Ban tổ chức,

Tôi là Nguyễn Thị Lan. Tôi không phải là thành viên của hội nào. Tôi có
thể tham dự ngày MSO không ạ? Có mất phí không ạ?

Xin chân thành cảm ơn,
Nguyễn Thị Lan
"""
add("nguyen-vietnamese-question",
    message(base_headers(addr("Lan Nguyen", "lan.nguyen@thudientu.example"),
                         when(3, 2, 8, 5), "Câu hỏi về ngày MSO",
                         "<CAL4n9uyen40@mail.thudientu.example>"),
            leaf(body, cte="base64")),
    rec("question", "lan.nguyen@thudientu.example", "Nguyễn Thị Lan", None, [], None, "vi"))

# 041 bounce: Exim-style plain text failure (no multipart/report), mailbox full, copy of our confirmation below
body = """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  vorstand@somali-verein-ms.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <mso-tag@muenster.example>
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: vorstand@somali-verein-ms.example
Subject: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
Message-ID: <bestaetigung.0040@muenster.example>
Date: Tue, 02 Mar 2027 09:00:00 +0100

Guten Tag,

vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
ist bei uns eingegangen.
"""
add("bounce-exim-mailbox-full",
    message([("From", addr("Mail Delivery System", "Mailer-Daemon@mx1.webhost.example")),
             ("To", OURS), ("Subject", "Mail delivery failed: returning message to sender"),
             ("Date", format_datetime(when(3, 3, 9, 1))),
             ("Message-ID", "<E1vXk2a-0004Qb-7T@mx1.webhost.example>"),
             ("Auto-Submitted", "auto-replied")],
            leaf(body, charset="us-ascii", cte="7bit")),
    rec("bounce", bounced="vorstand@somali-verein-ms.example"))

# 042 cancellation, de: team lead of 022 cancels for her ill colleague from her own address (reply goes to her)
body = """\
Guten Tag,

Herr Nowak ist leider längerfristig erkrankt und kann am 13. März nicht
teilnehmen. Bitte stornieren Sie seine Anmeldung; er hat mich gebeten,
mich darum zu kümmern.

Mit freundlichen Grüßen
Sabine Vogt
Teamleitung Fachdienst Migration und Integration
Caritasverband Münster
"""
add("vogt-cancels-for-colleague",
    message(base_headers(addr("Vogt, Sabine", "s.vogt@caritas-ms.example"),
                         when(3, 3, 14, 40), "Absage Dariusz Nowak",
                         "<DB9PR02MB9911.vogt@caritas-ms.example>", extra=[OUTLOOK]),
            leaf(body, charset="windows-1252", cte="quoted-printable")),
    rec("cancellation", "s.vogt@caritas-ms.example", "Dariusz Nowak",
        "Caritasverband Münster", [], None, "de"))

# 043 change, de: the learner of 006: the children must come too, now 4 persons (question mark, still a change); windows-1252 8bit
body = """\
Hallo,

ich bin Tesfay Gebremedhin, ich habe angemeldet mit meine Frau. Jetzt die
Schule von Kinder ist zu an diesem Samstag und die Kinder müssen mit
kommen. Dann wir sind 4 Personen, 2 Kinder (8 und 11 Jahre). Ist das ok?

Danke
Tesfay
"""
add("gebremedhin-change-children",
    message(base_headers(addr("tesfay g", "tesfay.g1985@webpost.example"),
                         when(3, 4, 18, 12), "Re: " + CONFIRM_SUBJECT,
                         "<000001d9c4d5$e6f70819$tesfay@webpost.example>", in_reply_to=confirm_id(6),
                         extra=[("X-Mailer", "Webpost Freemail 7.2")]),
            leaf(body, charset="windows-1252", cte="8bit")),
    rec("change", "tesfay.g1985@webpost.example", "Tesfay Gebremedhin",
        None, [], 4, "de"))

# 044 registration, ku: Kurmanji, women's association, "first working group (education)"; UTF-8 QP
body = """\
Rojbaş,

Ez Berfîn Doğan im, ji Komeleya Jinên Kurd a Münsterê. Ez dixwazim
beşdarî Roja MSO ya 13ê Adarê bibim, di koma xebatê ya yekem de
(perwerde / Bildung).

Ez ê bi tenê bêm.

Silav û rêz,
Berfîn Doğan
"""
add("dogan-kurmanji",
    message(base_headers(addr("Berfîn Doğan", "berfin.dogan@name.example"),
                         when(3, 5, 12, 3), "Tomarkirin / Anmeldung MSO-Tag",
                         "<CAB3rf1ndogan44@mail.name.example>"),
            leaf(body, cte="quoted-printable")),
    rec("registration", "berfin.dogan@name.example", "Berfîn Doğan",
        "Komeleya Jinên Kurd a Münsterê", ["AG1"], 1, "ku"))

# 045 cancellation, ru: the writer of 016 cancels in Russian, no quote; KOI8-R 8bit
body = """\
Здравствуйте,

к сожалению, вынуждена отменить свою регистрацию на 13 марта – в этот
день у нас в обществе большое мероприятие. Надеюсь, в следующем году
получится.

С уважением,
Айгерим Жумабаева
"""
add("zhumabayeva-cancel-koi8r",
    message(base_headers(addr("Aigerim Zhumabayeva", "aigerim.zh@pochta.example"),
                         when(3, 5, 20, 48), "Отмена регистрации", "<1741204080.118734.zhumabayeva@pochta.example>",
                         subject_charset="koi8-r"),
            leaf(body.replace("–", "-"), charset="koi8-r", cte="8bit")),
    rec("cancellation", "aigerim.zh@pochta.example", "Айгерим Жумабаева",
        None, [], None, "ru"))

# 046 question, de: the chair of 027 replies to her confirmation only to ask about lunch and parking (no change)
body = """\
Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Eine Frage noch: Gibt es vor Ort ein
Mittagessen, oder sollen wir uns selbst versorgen? Und gibt es Parkplätze
in der Nähe des Stadtweinhauses?

Mit freundlichen Grüßen
Dr. Olena Kravets
Vorsitzende
Ukrainischer Verein Münster e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 16. Februar 2027 10:09
An: vorstand@ukr-verein-ms.example
Betreff: """ + CONFIRM_SUBJECT + "\n\n" + confirmation("Olena Kravets", 3, "AG 3") + "\n"
add("kravets-question-lunch-parking",
    message(base_headers(addr("Olena Kravets", "vorstand@ukr-verein-ms.example"),
                         when(3, 6, 9, 30), "AW: " + CONFIRM_SUBJECT,
                         "<VI1PR03MB8765.kravets@ukr-verein-ms.example>", in_reply_to=confirm_id(27),
                         extra=[OUTLOOK]),
            multipart("alternative", [leaf(body, charset="windows-1252"),
                                      leaf(html_doc(paras(body), "windows-1252", outlook=True), "html",
                                           charset="windows-1252")],
                      "_000_VI1PR03MB8765kravets_")),
    rec("question", "vorstand@ukr-verein-ms.example", "Olena Kravets",
        "Ukrainischer Verein Münster e.V.", [], None, "de"))

# 047 other: printing-shop advertising flyers for "your event", German/English, no relation to a registration
body = """\
Guten Tag,

Sie planen eine Veranstaltung? Wir drucken Ihre Flyer, Plakate und
Roll-ups in 48 Stunden - jetzt mit 20 % Rabatt für Vereine!
Einfach auf diese Mail antworten und Angebot anfordern.

Print your event flyers within 48 hours - 20% off for associations.

Druckerei Schnell & Bunt
https://www.schnell-bunt.example
"""
add("spam-printing-offer",
    message([("From", addr("Druckerei Schnell & Bunt", "angebote@schnell-bunt.example")),
             ("To", OURS), ("Subject", hdr("20 % Rabatt auf Flyer für Ihre Veranstaltung")),
             ("Date", format_datetime(when(3, 7, 5, 12))),
             ("Message-ID", "<promo.20270307.0512@schnell-bunt.example>")],
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("other"))

# 048 change, de: the Armenian chair of 005 writes German: now four persons AND only AG 1 (no longer AG 3); top-posted
body = """\
Guten Tag,

wir sind jetzt doch zu viert, meine Tochter kommt auch mit. Außerdem
möchten wir alle lieber in die AG 1 (Bildungssystem), nicht mehr AG 3.

Danke!
Armen Hakobyan

Am 21.01.2027 um 19:31 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Armen Hakobyan", 3, "AG 3")) + "\n"
add("hakobyan-change-four-ag1",
    message(base_headers(addr("Armen Hakobyan", "armen.hakobyan@netmail.example"),
                         when(3, 8, 11, 55), "Re: " + CONFIRM_SUBJECT,
                         "<c4e2d3f5a6b7.hakobyan@netmail.example>", in_reply_to=confirm_id(5)),
            leaf(body, cte="quoted-printable")),
    rec("change", "armen.hakobyan@netmail.example", "Armen Hakobyan",
        None, ["AG1"], 4, "de"))

# 049 cancellation, hi: Hindi with one English line, top-posted on our quoted confirmation; UTF-8 base64
body = """\
नमस्ते,

माफ़ कीजिए, मैं 13 मार्च को नहीं आ पाऊँगी – उसी दिन मेरी बहन की शादी है।
कृपया मेरा पंजीकरण रद्द कर दें।
Sorry for the inconvenience!

प्रिया शर्मा

On Sat, 23 Jan 2027 at 16:53, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:
""" + quote(confirmation("Priya Sharma", 1, "AG 2")) + "\n"
add("sharma-hindi-cancel",
    message(base_headers(addr("Priya Sharma", "priya.sharma@inbox.example"),
                         when(3, 9, 7, 44), "Re: " + CONFIRM_SUBJECT,
                         "<CAJ2pr1ya0sharma49@mail.inbox.example>", in_reply_to=confirm_id(7)),
            multipart("alternative", [leaf(body, cte="base64"),
                                      leaf(html_doc(paras(body), lang="hi"), "html", cte="base64")],
                      "000000000000e1f2a3b4c5d6")),
    rec("cancellation", "priya.sharma@inbox.example", "Priya Sharma",
        None, [], None, "hi"))

# 050 auto_reply: French/English vacation notice WITHOUT Auto-Submitted header, answering our reminder
body = """\
Bonjour,

Je suis en congé jusqu'au 15 mars 2027 inclus, sans accès à mes
courriels. Pour toute urgence, merci d'écrire à contact@afrique-solidaire.example.

I am on leave until 15 March 2027 with no access to e-mail.

Claudine Ndaye
"""
add("ndaye-french-vacation-noheader",
    message(base_headers(addr("Claudine Ndaye", "c.ndaye@afrique-solidaire.example"),
                         when(3, 10, 8, 0), "Réponse automatique : Erinnerung: MSO-Tag am 13. März 2027",
                         "<auto.20270310.ndaye@afrique-solidaire.example>",
                         in_reply_to="<erinnerung.2027-03-06.0012@muenster.example>"),
            leaf(body, charset="iso-8859-1", cte="quoted-printable")),
    rec("auto_reply"))


# ---------------------------------------------------------------------------
# validation, writing, checking
# ---------------------------------------------------------------------------

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-$]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.\-]+)")


def example_domain(domain):
    d = domain.lower().rstrip(".")
    return (d == "example" or d.endswith(".example") or d in ("example.org", "example.com")
            or d.endswith(".example.org") or d.endswith(".example.com"))


def validate(mails):
    problems = []
    last_date = None
    names = set()
    for name, raw, exp in mails:
        where = name
        if name in names:
            problems.append(f"{where}: duplicate name")
        names.add(name)
        if not re.fullmatch(r"\d{3}-[a-z0-9\-]+\.eml", name):
            problems.append(f"{where}: bad file name")
        for i, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 998:
                problems.append(f"{where}: line {i} longer than 998 octets")
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(f"{where}: bare LF")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        texts = []
        for part in msg.walk():
            if part.defects:
                problems.append(f"{where}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append(f"{where}: header {k} defects {v.defects}")
                texts.append(str(v))
            if part.is_multipart() or "Content-Type" not in part:
                continue
            if part.get_content_maintype() == "text":
                charset = part.get_content_charset() or "us-ascii"
                data = part.get_payload(decode=True)
                if part.defects:
                    problems.append(f"{where}: defects after decoding {part.defects}")
                try:
                    text = data.decode(charset, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append(f"{where}: text part not {charset}: {e}")
                    continue
                texts.append(text)
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    problems.append(f"{where}: get_content failed: {e}")
        for t in texts:
            for m in ADDR_RE.finditer(t):
                if not example_domain(m.group(1)):
                    problems.append(f"{where}: non-example domain in {m.group(0)}")
            for m in URL_RE.finditer(t):
                if not example_domain(m.group(1)):
                    problems.append(f"{where}: non-example URL host {m.group(1)}")
        date = msg["Date"]
        if date is None:
            problems.append(f"{where}: no Date")
        else:
            d = parsedate_to_datetime(str(date))
            if last_date is not None and d <= last_date:
                problems.append(f"{where}: Date does not rise")
            last_date = d
        for h in ("From", "To", "Subject", "Message-ID"):
            if msg[h] is None:
                problems.append(f"{where}: no {h}")
        # expected record
        if set(exp) != set(KEYS):
            problems.append(f"{where}: expected keys {sorted(exp)}")
            continue
        k = exp["kind"]
        if k not in KINDS:
            problems.append(f"{where}: bad kind {k}")
        if not isinstance(exp["workgroups"], list) or any(w not in ("AG1", "AG2", "AG3") for w in exp["workgroups"]):
            problems.append(f"{where}: bad workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(exp[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or exp["workgroups"]:
                problems.append(f"{where}: machine/other mail must have null person fields")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or not exp["language"] or not exp["name"]:
                problems.append(f"{where}: person mail needs email (lower-case), name, language")
            elif exp["email"] not in raw.decode("latin-1").lower() and exp["email"] not in " ".join(texts).lower():
                problems.append(f"{where}: expected email not in the mail")
        if k == "bounce":
            if not exp["bounced_recipient"] or exp["bounced_recipient"] != exp["bounced_recipient"].lower():
                problems.append(f"{where}: bounce needs lower-case bounced_recipient")
        elif exp["bounced_recipient"] is not None:
            problems.append(f"{where}: bounced_recipient only for bounces")
        if k == "registration" and not (isinstance(exp["party_size"], int) and exp["party_size"] >= 1):
            problems.append(f"{where}: registration needs party_size")
        if k in ("cancellation", "question") and (exp["party_size"] is not None or exp["workgroups"]):
            problems.append(f"{where}: {k} has no party_size / workgroups")
    return problems


def outputs():
    files = {f"mails/{name}": raw for name, raw, _ in MAILS}
    expected = {name: exp for name, _, exp in MAILS}
    files["expected.json"] = (json.dumps(expected, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files


def stats():
    kinds, langs = {}, {}
    for _, _, exp in MAILS:
        kinds[exp["kind"]] = kinds.get(exp["kind"], 0) + 1
        lang = exp["language"] or "(none: machine/other)"
        langs[lang] = langs.get(lang, 0) + 1
    print(f"mails: {len(MAILS)}")
    print("per kind:")
    for k in KINDS:
        print(f"  {k:<13} {kinds.get(k, 0)}")
    print("per language:")
    for lang, n in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {lang:<22} {n}")


def main(argv):
    problems = validate(MAILS)
    if problems:
        for p in problems:
            print("problem:", p)
        return 1
    if "--stats" in argv:
        stats()
        return 0
    files = outputs()
    if "--check" in argv:
        bad = []
        on_disk = {f"mails/{p.name}" for p in (HERE / "mails").glob("*.eml")} if (HERE / "mails").is_dir() else set()
        for rel, data in files.items():
            path = HERE / rel
            if not path.is_file() or path.read_bytes() != data:
                bad.append(rel)
        extra = sorted(on_disk - set(files))
        bad += [f"{e} (not generated)" for e in extra]
        if bad:
            for b in bad:
                print("differs:", b)
            return 1
        print(f"ok: {len(MAILS)} mails and expected.json match")
        return 0
    (HERE / "mails").mkdir(exist_ok=True)
    for p in (HERE / "mails").glob("*.eml"):
        if f"mails/{p.name}" not in files:
            p.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    # re-read what was written
    written = [(n, (HERE / "mails" / n).read_bytes(), e) for n, _, e in MAILS]
    problems = validate(written)
    if problems:
        for p in problems:
            print("problem:", p)
        return 1
    print(f"wrote {len(MAILS)} mails and expected.json; validation passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
