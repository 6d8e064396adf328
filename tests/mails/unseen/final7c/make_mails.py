#!/usr/bin/env python3
"""Evaluation set "final7c" for `mailbot parse`: the MSO-Tag 2027 inbox in the weeks
after the invitation went out (22 January 2027) up to the day before the event.

Replies to the city's confirmation and waiting-list mails, replies to the reminder,
changes of workgroup or party size, partial and full cancellations, "am I on the
list?" questions, answers to staff questions, forwards, a chair registering board
members, subject-only mails, inline and bottom-posted answers, and a few machine mails.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ from what would be written
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only, deterministic.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import quopri
import re
import sys
from collections import Counter
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAILS_DIR = HERE / "mails"
EXPECTED = HERE / "expected.json"
CRLF = "\r\n"

REG = "mso-tag@muenster.example"
REG_NAME = "Tag der Migrantenselbstorganisationen"
REG_FROM = f"{REG_NAME} <{REG}>"

CET = dt.timezone(dt.timedelta(hours=1))

# ---------------------------------------------------------------------------
# MIME building helpers
# ---------------------------------------------------------------------------


def _lines_crlf(data: bytes) -> bytes:
    data = data.replace(b"\r\n", b"\n")
    return data.replace(b"\n", b"\r\n")


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)  # strict on purpose
    if cte == "base64":
        b = base64.b64encode(_lines_crlf(raw)).decode("ascii")
        return (CRLF.join(b[i:i + 76] for i in range(0, len(b), 76)) + CRLF).encode("ascii")
    if cte == "quoted-printable":
        return _lines_crlf(quopri.encodestring(raw))
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")
        out = _lines_crlf(raw)
        return out if out.endswith(b"\r\n") else out + b"\r\n"
    raise ValueError(cte)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
              params="", extra=()):
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{params}',
               f"Content-Transfer-Encoding: {cte}"]
    headers += list(extra)
    return headers, encode_body(text, charset, cte)


def binary_part(ctype, filename, data: bytes, disposition="attachment", extra=()):
    b = base64.b64encode(data).decode("ascii")
    body = (CRLF.join(b[i:i + 76] for i in range(0, len(b), 76)) + CRLF).encode("ascii")
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f'Content-Disposition: {disposition}; filename="{filename}"',
               "Content-Transfer-Encoding: base64"] + list(extra)
    return headers, body


def rfc822_part(inner: bytes):
    return ["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit",
            "Content-Disposition: attachment"], inner


def multipart(subtype, parts, boundary, params=""):
    headers = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}']
    body = b""
    for h, b in parts:
        body += (f"--{boundary}" + CRLF + CRLF.join(h) + CRLF + CRLF).encode("ascii") + b
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += f"--{boundary}--".encode("ascii") + b"\r\n"
    return headers, body


def hdr(name, value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        line = f"{name}: {value}"
        if len(line) <= 78:
            return line
        # fold plain ASCII at spaces
        words, out, cur = value.split(" "), [], f"{name}:"
        for w in words:
            if len(cur) + 1 + len(w) > 76 and cur.strip() != f"{name}:":
                out.append(cur)
                cur = " " + w
            else:
                cur += " " + w
        out.append(cur)
        return CRLF.join(out)
    enc = Header(value, charset, header_name=name).encode(linesep=CRLF)
    return f"{name}: {enc}"


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"' + name.replace('"', '\\"') + f'" <{address}>'
        return f"{name} <{address}>"
    enc = Header(name, charset).encode(linesep=CRLF)
    return f"{enc} <{address}>"


def message(date, frm, to, subject, part, msgid, *, reply_to=None, cc=None,
            in_reply_to=None, references=None, extra=(), subj_charset="utf-8",
            mime_version=True):
    h = [f"Date: {email.utils.format_datetime(date)}",
         f"From: {frm}", f"To: {to}"]
    if cc:
        h.append(f"Cc: {cc}")
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h.append(hdr("Subject", subject, subj_charset))
    h.append(f"Message-ID: <{msgid}>")
    if in_reply_to:
        h.append(f"In-Reply-To: <{in_reply_to}>")
        h.append(f"References: <{references or in_reply_to}>")
    h += list(extra)
    if mime_version:
        h.append("MIME-Version: 1.0")
    ph, body = part
    return (CRLF.join(h + ph) + CRLF + CRLF).encode("ascii") + body


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def gmail_html(text, rtl=False):
    """A plain rendering of `text` as Gmail-like HTML; '>' lines become a blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    out, inq = [f"<div{d}>"], False
    for line in text.split("\n"):
        isq = line.startswith(">")
        if isq and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            inq = True
        if not isq and inq:
            out.append("</blockquote>")
            inq = False
        if isq:
            line = line[1:].lstrip(" ")
        out.append((html.escape(line) if line else "") + "<br>")
    if inq:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# texts our side sends (quoted in many replies)
# ---------------------------------------------------------------------------

AG_TITLE = {
    1: "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    2: "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    3: "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}

INVITATION = """Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach dem Input am Vormittag arbeiten wir in drei parallelen Arbeitsgruppen:

AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte
AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 mit einer Antwort auf diese Mail an.
Nennen Sie uns dabei Ihren Namen, Ihre Organisation, die gewünschte
Arbeitsgruppe und die Zahl der Personen. Jede Arbeitsgruppe hat 30 Plätze.

Mit freundlichen Grüßen
Amt für Migration und Interkulturelles
Stadt Münster"""


def confirmation(anrede, ag, persons):
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bestätigt.

  Arbeitsgruppe: AG {ag} - {AG_TITLE[ag]}
  Personen:      {persons}
  Wann:          Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
  Wo:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Wenn sich etwas ändert (andere Arbeitsgruppe, mehr oder weniger Personen)
oder Sie nicht kommen können, antworten Sie bitte einfach auf diese Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Stadt Münster, Amt für Migration und Interkulturelles
mso-tag@muenster.example"""


def waitlist(anrede, ag, place):
    others = " und ".join(f"AG {n}" for n in (1, 2, 3) if n != ag)
    return f"""Guten Tag {anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.

Die AG {ag} ist leider bereits voll. Sie stehen auf der Warteliste (Platz {place}).
Wird ein Platz frei, rücken Sie automatisch nach und bekommen von uns eine
Bestätigung.

In {others} sind noch Plätze frei. Wenn Sie lieber wechseln möchten,
antworten Sie einfach auf diese Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Stadt Münster, Amt für Migration und Interkulturelles"""


def reminder(anrede, ag, persons, tomorrow=False):
    when = ("morgen ist es so weit" if tomorrow else "in einer Woche ist es so weit")
    return f"""Guten Tag {anrede},

{when}: Der Tag der Migrantenselbstorganisationen findet am
Samstag, 13. März 2027, von 10:00 bis 16:00 Uhr im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster statt. Einlass ab 9:30 Uhr.

Sie sind angemeldet:
  Arbeitsgruppe: AG {ag} - {AG_TITLE[ag]}
  Personen:      {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, damit wir die Plätze
an Personen auf der Warteliste vergeben können.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Stadt Münster, Amt für Migration und Interkulturelles"""


STAFF_SIG = """Mit freundlichen Grüßen
Sabine Lohmann
Tag der Migrantenselbstorganisationen
Stadt Münster, Amt für Migration und Interkulturelles"""

# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

MAILS = []  # (filename, bytes, expected record, date)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(slug, date, raw, exp):
    n = len(MAILS) + 1
    MAILS.append((f"{n:03d}-{slug}.eml", raw, exp, date))


def d(month, day, hh, mm, tz=CET):
    return dt.datetime(2027, month, day, hh, mm, 0, tzinfo=tz)


# 001 -- registration, German. Outlook top-post over the full invitation (which lists all
# three AGs); two persons (writer + treasurer named in a subordinate clause); AG 3 with a reason.
t = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung, wir sind gerne wieder dabei.

Ich komme zusammen mit unserem Kassierer, Herrn Ömer Demir. Wir möchten
beide in die AG 3, weil uns das Thema Fördermittel seit Monaten beschäftigt
(wir haben zweimal einen Antrag beim Land gestellt und beide Male eine
Absage bekommen, vielleicht kann man da etwas lernen).

Mit freundlichen Grüßen

Mehmet Yıldırım
1. Vorsitzender
Türkisch-Deutscher Elternbund Münster e.V.
Hammer Straße 112 | 48153 Münster
Tel. 0251 / 38 44 12 (ab 17 Uhr)
https://www.elternbund-muenster.example

Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 22. Januar 2027 11:30
An: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Betreff: Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März

""" + INVITATION
add("yildirim-reply-to-invitation", d(1, 25, 9, 14), message(
    d(1, 25, 9, 14), addr("Mehmet Yıldırım", "m.yildirim@elternbund-muenster.example"), REG_FROM,
    "AW: Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März",
    text_part(t, charset="utf-8", cte="quoted-printable"),
    "AM6PR08MB4471C2E1@elternbund-muenster.example",
    in_reply_to="einladung-2027-0001@muenster.example",
    extra=["Thread-Topic: Einladung: Tag der Migrantenselbstorganisationen 2027",
           "X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE"]),
    E("registration", "m.yildirim@elternbund-muenster.example", "Mehmet Yıldırım",
      "Türkisch-Deutscher Elternbund Münster e.V.", ["AG3"], 2, "de"))

# 002 -- question, English. Gmail multipart/alternative; a student asks whether non-members
# may attend and about the language of the workgroups; registers no one yet.
t = """Hi,

I got your invitation via the Brücke mailing list (a friend forwarded it). Quick
question before I register: I'm not a member of any association - I'm a master's
student in sociology and I'm writing my thesis on migrant self-organisations in
Münster. Would it be okay for me to attend as a listener, or is the day only
meant for people from the organisations?

And are the workgroups in German only? My German is B1, I understand most things
but I'm slow when I speak.

Thanks a lot,
Priya
"""
add("raghunathan-question-non-member", d(1, 25, 21, 3), message(
    d(1, 25, 21, 3), addr("Priya Raghunathan", "priya.raghunathan@uni-post.example"), REG,
    "Question about the MSO day on 13 March",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")],
              "000000000000a1b2c3059f1e4d7a"),
    "CAJx7pQe9Wm2+Lr4kqZ@mail.uni-post.example"),
    E("question", "priya.raghunathan@uni-post.example", "Priya Raghunathan", None, [], None, "en"))

# 003 -- registration, Arabic in windows-1256 8bit, subject encoded in windows-1256.
# From display name is Latin, the signature gives the Arabic full name (signature wins).
t = """السلام عليكم ورحمة الله،

أود التسجيل في يوم منظمات المهاجرين الذي سيقام يوم 13 مارس في مونستر.
أنا عضو في الهيئة الإدارية لجمعية الجالية السورية في مونستر، ولدي ثلاثة أطفال في المدارس هنا، لذلك أرغب في المشاركة في مجموعة العمل الأولى (التعليم).
سأحضر وحدي.

شكراً جزيلاً على الدعوة.

أحمد الخطيب
جمعية الجالية السورية في مونستر
0176 5550 3381
"""
add("alkhatib-arabic-cp1256", d(1, 26, 10, 22), message(
    d(1, 26, 10, 22), addr("Ahmad Alkhatib", "ahmad.alkhatib@webpost.example"), REG,
    "تسجيل - يوم منظمات المهاجرين",
    text_part(t, charset="windows-1256", cte="8bit"),
    "20270126102201.4471@webpost.example", subj_charset="windows-1256"),
    E("registration", "ahmad.alkhatib@webpost.example", "أحمد الخطيب",
      "جمعية الجالية السورية في مونستر", ["AG1"], 1, "ar"))

# 004 -- auto_reply: Exchange out-of-office (German + French) to a confirmation, with
# Auto-Submitted and X-Auto-Response-Suppress; quotes nothing.
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis zum 5. Februar 2027 nicht im Büro und lese meine E-Mails nur
unregelmäßig. In dringenden Fällen wenden Sie sich bitte an
buero@maison-maghreb.example.

Merci pour votre message. Je suis absente jusqu'au 5 février 2027.
En cas d'urgence : buero@maison-maghreb.example.

Nadia Benali
Maison du Maghreb Münster e.V.
"""
add("benali-out-of-office", d(1, 27, 8, 1), message(
    d(1, 27, 8, 1), addr("Nadia Benali", "n.benali@maison-maghreb.example"), REG,
    "Automatische Antwort: Ihre Anmeldung zur AG 2 ist bestätigt",
    text_part(t, charset="utf-8", cte="quoted-printable"),
    "AS8PR02MB7012.autoreply@maison-maghreb.example",
    in_reply_to="confirm-0007@muenster.example",
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "X-MS-Exchange-Inbox-Rules-Loop: n.benali@maison-maghreb.example"]),
    E("auto_reply"))

# 005 -- registration of a colleague, German. Outlook "forward as attachment": the writer's
# own confirmation (AG 1) travels as message/rfc822; the new text registers the colleague for
# AG 2 and explicitly asks to confirm to the colleague's private address.
inner_conf = message(
    d(1, 27, 14, 5), REG_FROM, addr("Olena Marchenko", "o.marchenko@ukr-gemeinde-ms.example"),
    "Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(confirmation("Frau Marchenko", 1, 1), charset="utf-8", cte="quoted-printable"),
    "confirm-0011@muenster.example", in_reply_to="olena-0126@ukr-gemeinde-ms.example",
    extra=["Auto-Submitted: auto-replied"])
t = """Guten Tag,

anbei die Bestätigung von mir. Meine Kollegin Iryna Bondar möchte sich auch
anmelden, aber für AG 2 (Zukunftsprozess), sie ist in unserem Verein für die
Jugendarbeit zuständig und hat viele Ideen für die Stadt.

Iryna hat keine Vereinsadresse, bitte schicken Sie die Bestätigung direkt an
ihre private Mail: iryna.bondar@post.example

Vielen Dank und schöne Grüße
Olena Marchenko
Ukrainische Gemeinde Münster e.V.
Vorstand / Öffentlichkeitsarbeit
"""
add("marchenko-forwards-colleague", d(1, 28, 16, 45), message(
    d(1, 28, 16, 45), addr("Olena Marchenko", "o.marchenko@ukr-gemeinde-ms.example"), REG_FROM,
    "WG: Ihre Anmeldung zur AG 1 ist bestätigt",
    multipart("mixed", [text_part(t, charset="utf-8", cte="8bit"), rfc822_part(inner_conf)],
              "_004_DB9PR07MB8520C0A1_"),
    "DB9PR07MB8520C0A1@ukr-gemeinde-ms.example",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: uk-UA"]),
    E("registration", "iryna.bondar@post.example", "Iryna Bondar",
      "Ukrainische Gemeinde Münster e.V.", ["AG2"], 1, "de"))

# 006 -- change, German, the whole message is in the subject; body only the iPhone footer.
add("ekinci-subject-only-change", d(1, 29, 7, 12), message(
    d(1, 29, 7, 12), addr("Rojda Ekinci", "rojda.ekinci@icloud-mail.example"), REG,
    "Bitte AG 2 statt AG 3 eintragen - Rojda Ekinci, Kurdisches Kulturzentrum",
    text_part("\n\nVon meinem iPhone gesendet\n", charset="us-ascii", cte="7bit"),
    "5D1B0F3E-77A2-4C61-9E0B-2F9A11C4D8E0@icloud-mail.example",
    extra=["X-Mailer: iPhone Mail (20D47)"]),
    E("change", "rojda.ekinci@icloud-mail.example", "Rojda Ekinci", "Kurdisches Kulturzentrum",
      ["AG2"], None, "de"))

# 007 -- registration, Turkish, ISO-8859-9 quoted-printable; three named women, "2. çalışma
# grubu" (ordinal), plus a question about interpreting (still a registration).
t = """Merhaba,

Davetiniz için çok teşekkür ederiz. Derneğimizden üç kişi katılmak istiyoruz:
ben, Fatma Şahin ve Elif Arslan.
Üçümüz de 2. çalışma grubuna (Münster'in gelecek süreci) katılmak istiyoruz,
şehirde kadınların sesinin daha çok duyulması bizim için önemli.

Bir sorum var: Almancamız çok iyi değil, toplantıda Türkçe tercüme olacak mı?
Olmazsa da geliriz, Elif biraz çeviri yapabilir.

Saygılarımla,
Ayşe Korkmaz
Başkan
Münster Türk Kadınlar Derneği
"""
add("korkmaz-turkish-three-women", d(1, 30, 12, 30), message(
    d(1, 30, 12, 30), addr("Ayse Korkmaz", "ayse.korkmaz@tkd-muenster.example"), REG,
    "MSO günü kayıt / Anmeldung",
    text_part(t, charset="iso-8859-9", cte="quoted-printable"),
    "1a2b3c4d.5e6f@tkd-muenster.example", subj_charset="iso-8859-9"),
    E("registration", "ayse.korkmaz@tkd-muenster.example", "Ayşe Korkmaz",
      "Münster Türk Kadınlar Derneği", ["AG2"], 3, "tr"))

# 008 -- question, German, windows-1252 8bit: "am I on the list?" with the writer's own
# earlier registration quoted under "-----Ursprüngliche Nachricht-----" (AG 1 only in quote).
t = """Guten Tag,

ich habe mich am 23. Januar per Mail angemeldet (siehe unten), habe aber bis
heute keine Bestätigung bekommen. Im Spam-Ordner ist auch nichts. Bin ich auf
der Liste oder ist meine Mail nicht angekommen?

Danke für eine kurze Antwort.
Karim Haddad

-----Ursprüngliche Nachricht-----
Von: K. Haddad <k.haddad@freemail.example>
Gesendet: Samstag, 23. Januar 2027 22:14
An: mso-tag@muenster.example
Betreff: Anmeldung MSO Tag

Hallo,
hiermit melde ich mich zum MSO-Tag an, AG 1 bitte.
Karim Haddad
Libanesischer Kulturverein Münster
"""
add("haddad-am-i-on-the-list", d(2, 1, 19, 55), message(
    d(2, 1, 19, 55), addr("K. Haddad", "k.haddad@freemail.example"), REG,
    "Anmeldung bestätigt??",
    text_part(t, charset="windows-1252", cte="8bit"),
    "000801d7f3a1$8c2e4b10$a48ae130$@freemail.example"),
    E("question", "k.haddad@freemail.example", "Karim Haddad", None, [], None, "de"))

# 009 -- change, Russian (UTF-8 QP, Yandex-style quote header): reply to an AG 1 / 1-person
# confirmation; now two persons and "лучше в третью группу" -> AG 3, party 2.
t = """Здравствуйте!

Спасибо за подтверждение. У нас небольшие изменения: придём вдвоём - я и моя
коллега Наталья Кузнецова. И если можно, мы бы лучше пошли в третью группу
(финансирование и работа объединения), а не в первую. Нам сейчас это важнее.

Заранее спасибо,
Светлана Морозова
Русскоязычный культурный центр «Мост», Мюнстер

27.01.2027, 09:41, "Tag der Migrantenselbstorganisationen" <mso-tag@muenster.example>:
""" + quote(confirmation("Frau Morozova", 1, 1)) + "\n"
add("morozova-russian-change-group-and-size", d(2, 2, 11, 8), message(
    d(2, 2, 11, 8), addr("Светлана Морозова", "s.morozova@yandex-post.example"), REG_FROM,
    "Re: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="utf-8", cte="quoted-printable"),
    "3318511738@yandex-post.example", in_reply_to="confirm-0019@muenster.example"),
    E("change", "s.morozova@yandex-post.example", "Светлана Морозова",
      "Русскоязычный культурный центр «Мост»", ["AG3"], 2, "ru"))

# 010 -- cancellation, German, phone-typed (lower case, emoji), UTF-8 base64, Samsung
# footer above the quoted confirmation; name only from the From display name.
t = """Hallo,
muss leider absagen 😕 hab an dem samstag doch schicht, den dienstplan hab ich erst
jetzt bekommen. vllt nächstes mal!
LG Dilan



Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Datum: 28.01.27 14:12 (GMT+01:00)
An: dilan.aydin@handymail.example
Betreff: Ihre Anmeldung zur AG 3 ist bestätigt

""" + confirmation("Frau Aydın", 3, 1) + "\n"
add("aydin-phone-cancellation", d(2, 3, 6, 41), message(
    d(2, 3, 6, 41), addr("Dilan Aydın", "dilan.aydin@handymail.example"), REG,
    "Re: Ihre Anmeldung zur AG 3 ist bestätigt",
    text_part(t, charset="utf-8", cte="base64"),
    "k9x2m1-77ab-4e1f@handymail.example", in_reply_to="confirm-0016@muenster.example"),
    E("cancellation", "dilan.aydin@handymail.example", "Dilan Aydın", None, [], None, "de"))

# 011 -- registration by a chair for himself and two board members, German. Outlook
# HTML-only (multipart/related with an inline logo), windows-1252 QP, AG given as "III",
# long confidentiality disclaimer.
h011 = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>
</head>
<body lang="DE" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">hiermit melde ich mich sowie zwei weitere Mitglieder unseres Vorstandes
verbindlich zum Tag der Migrantenselbstorganisationen am 13.&nbsp;März&nbsp;2027 an:</p>
<ul>
<li class="MsoNormal">Dr. Kofi Asante (Vorsitzender)</li>
<li class="MsoNormal">Frau Grace Mensah (Kassiererin)</li>
<li class="MsoNormal">Herr Kwame Boateng (Schriftführer)</li>
</ul>
<p class="MsoNormal">Wir möchten gemeinsam an der Arbeitsgruppe III „Förderungsmöglichkeiten
und effektives Vereinsmanagement“ teilnehmen, da wir im kommenden Jahr erstmals
Projektmittel beantragen wollen.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Für Rückfragen stehe ich Ihnen gern zur Verfügung.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Grüßen</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Dr. Kofi Asante</b><br>
Vorsitzender<br>
Afrikanischer Kulturverein Münster e.V.<br>
Wolbecker Straße 41 · 48155 Münster<br>
Mobil: 0160 5550 7713<br>
<img width="120" height="40" src="cid:part1.7F3A2C10.5C3E1B40@akv-muenster.example" alt="AKV Logo"></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese E-Mail enthält
vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort
den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie
diese E-Mail ausdrucken.</span></p>
</div>
</body>
</html>
"""
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000040001f61738550000000049454e44ae426082")
add("asante-chair-registers-board", d(2, 4, 14, 20), message(
    d(2, 4, 14, 20), addr("Asante, Kofi Dr.", "k.asante@akv-muenster.example"), REG,
    "Anmeldung Vorstand Afrikanischer Kulturverein – MSO-Tag 13.03.2027",
    multipart("related", [
        text_part(h011, "html", "windows-1252", "quoted-printable"),
        binary_part("image/png", "image001.png", PNG, "inline",
                    extra=["Content-ID: <part1.7F3A2C10.5C3E1B40@akv-muenster.example>"])],
        "_005_VI1PR02MB5487A3_", params='; type="text/html"'),
    "VI1PR02MB5487A3F1E2@akv-muenster.example",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: de-DE",
           "Thread-Index: AdsJf3Qm8y2lP0aVTiq1nX0eQwT9bA=="]),
    E("registration", "k.asante@akv-muenster.example", "Kofi Asante",
      "Afrikanischer Kulturverein Münster e.V.", ["AG3"], 3, "de"))

# 012 -- change, German (learner), Gmail inline answers between quoted lines of a staff
# question: first choice AG 2 then AG 1, and "wir sind zwei" -> party 2.
staff012 = """Guten Tag Frau Mansour,

vielen Dank für Ihre Anmeldung. Wir haben Sie vorläufig in die AG 1 eingetragen.
Zwei kurze Rückfragen:

1. Sie schrieben "AG 1 oder 2". Ist AG 1 Ihre erste Wahl, oder möchten Sie lieber in die AG 2?

2. Sie schrieben "wir kommen". Wie viele Personen kommen insgesamt?

""" + STAFF_SIG
q = quote(staff012).split("\n")
i1 = q.index("> 1. Sie schrieben \"AG 1 oder 2\". Ist AG 1 Ihre erste Wahl, oder möchten Sie lieber in die AG 2?")
i2 = q.index("> 2. Sie schrieben \"wir kommen\". Wie viele Personen kommen insgesamt?")
inline = (q[:i1 + 1] + ["", "Lieber AG 2. Wenn AG 2 voll ist, dann AG 1 ist auch ok.", ""]
          + q[i1 + 2:i2 + 1] + ["", "Wir sind zwei, ich und mein Mann Tarek Mansour.", ""]
          + q[i2 + 1:])
t = ("""Hallo Frau Lohmann,

danke für schnelle Antwort, meine Antworten stehen unten.

Am Do., 4. Feb. 2027 um 15:02 Uhr schrieb Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example>:

""" + "\n".join(inline) + """

Viele Grüße
Leila Mansour
Palästinensische Gemeinde Münster
""")
add("mansour-inline-answers-to-staff", d(2, 5, 20, 17), message(
    d(2, 5, 20, 17), addr("Leila Mansour", "leila.mansour@gmail-post.example"), REG_FROM,
    "Re: Rückfrage zu Ihrer Anmeldung - Tag der Migrantenselbstorganisationen",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")],
              "0000000000004f8e2a05a1c2d3e4"),
    "CAF3mN8qQ+0rX2v@mail.gmail-post.example", in_reply_to="staff-0004@muenster.example"),
    E("change", "leila.mansour@gmail-post.example", "Leila Mansour",
      "Palästinensische Gemeinde Münster", ["AG2", "AG1"], 2, "de"))

# 013 -- registration, Ukrainian in KOI8-U 8bit, new mail; "третя робоча група" (ordinal word)
# for AG 3, one person ("Буду сам"), an initiative rather than a registered association.
t = """Добрий день!

Хочу зареєструватися на День організацій мігрантів 13 березня у Штадтвайнгаузі.
Мене цікавить третя робоча група - фінансування та управління об'єднанням, бо ми
тільки цього року заснували свою ініціативу "Вишиванка Мюнстер" і ще багато чого
не знаємо (рахунок, статут, гранти...).

Буду сам.

Дякую!
Андрій Коваленко
ініціатива "Вишиванка Мюнстер"
тел. 0157 5550 2210
"""
add("kovalenko-ukrainian-koi8u", d(2, 8, 9, 33), message(
    d(2, 8, 9, 33), addr("Andrij Kovalenko", "a.kovalenko@ukrnet-post.example"), REG,
    "Реєстрація на День МСО 13.03",
    text_part(t, charset="koi8-u", cte="8bit"),
    "1707381180.k3x@ukrnet-post.example", subj_charset="koi8-u"),
    E("registration", "a.kovalenko@ukrnet-post.example", "Андрій Коваленко",
      "Вишиванка Мюнстер", ["AG3"], 1, "uk"))

# 014 -- question, German, ISO-8859-15 QP: shared parish mailbox in From, personal Reply-To;
# already registered (mentions her AG 1), asks about step-free access and parking.
t = """Sehr geehrte Damen und Herren,

ich bin für den 13. März bereits angemeldet (AG 1, die Bestätigung habe ich
bekommen). Ich benutze seit einer Knie-OP einen Rollator. Ist das Stadtweinhaus
barrierefrei, gibt es einen Aufzug zu dem Saal, wo die Arbeitsgruppen
stattfinden? Und gibt es in der Nähe einen Behindertenparkplatz?

Vielen Dank im Voraus
Marta Nowicka

--
Polnische Katholische Mission Münster
Sekretariat: Di und Do 9-12 Uhr
"""
add("nowicka-shared-mailbox-accessibility", d(2, 9, 10, 5), message(
    d(2, 9, 10, 5), addr("Polnische Katholische Mission Münster", "info@pkm-muenster.example"),
    REG, "Frage Barrierefreiheit Stadtweinhaus",
    text_part(t, charset="iso-8859-15", cte="quoted-printable"),
    "f0a1b2c3-9d8e@pkm-muenster.example",
    reply_to=addr("Marta Nowicka", "m.nowicka@pkm-muenster.example")),
    E("question", "m.nowicka@pkm-muenster.example", "Marta Nowicka",
      "Polnische Katholische Mission Münster", [], None, "de"))

# 015 -- change, German: association board mailbox raises the party size from 2 to 4 under
# an Outlook quote of the confirmation ("Personen: 2"); "Die Arbeitsgruppe bleibt die AG 2".
t = """Sehr geehrtes MSO-Team,

bei uns haben sich noch zwei Mitglieder gemeldet, die gern mitkommen möchten
(Frau Senait Haile und Herr Dawit Kidane). Könnten Sie bitte 4 Personen statt
2 eintragen? Die Arbeitsgruppe bleibt die AG 2.

Falls die AG 2 dafür nicht genug Plätze hat, geben Sie uns bitte Bescheid.

Mit freundlichen Grüßen
Yonas Tesfaye
für den Vorstand
Eritreischer Verein Münster e.V.

Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Montag, 1. Februar 2027 10:05
An: vorstand@eritrea-muenster.example
Betreff: Ihre Anmeldung zur AG 2 ist bestätigt

""" + confirmation("Herr Tesfaye", 2, 2) + "\n"
add("tesfaye-board-mailbox-4-instead-of-2", d(2, 10, 13, 48), message(
    d(2, 10, 13, 48), addr("Vorstand Eritreischer Verein", "vorstand@eritrea-muenster.example"),
    REG_FROM, "AW: Ihre Anmeldung zur AG 2 ist bestätigt",
    text_part(t, charset="windows-1252", cte="quoted-printable"),
    "PR3PR01MB6620E0@eritrea-muenster.example", in_reply_to="confirm-0021@muenster.example"),
    E("change", "vorstand@eritrea-muenster.example", "Yonas Tesfaye",
      "Eritreischer Verein Münster e.V.", ["AG2"], 4, "de"))

# 016 -- registration, Farsi, Gmail multipart/alternative in UTF-8 base64, RTL HTML; Persian
# digits (۱۳ مارس, گروه ۲, گروه ۱); first choice AG 2, fallback AG 1; one person.
t = """سلام و وقت بخیر،

من مریم رضایی هستم، عضو هیئت مدیره‌ی انجمن فرهنگی ایرانیان مونستر.
دعوت‌نامه‌ی شما را از طریق یکی از دوستان دریافت کردم و مایلم در روز سازمان‌های مهاجرین در تاریخ ۱۳ مارس شرکت کنم.

گروه کاری ۲ (آینده‌ی شهر مونستر از نگاه مهاجرین) برای من از همه جالب‌تر است. اگر ظرفیت آن پر شده باشد، گروه ۱ (آموزش) را انتخاب می‌کنم.

فقط خودم می‌آیم.

با سپاس فراوان
مریم رضایی
"""
add("rezaei-farsi-gmail-base64", d(2, 11, 22, 10), message(
    d(2, 11, 22, 10), addr("Maryam Rezaei", "maryam.rezaei@gmail-post.example"), REG,
    "ثبت نام روز سازمان‌های مهاجرین",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="base64"),
                              text_part(gmail_html(t, rtl=True), "html", "UTF-8", "base64")],
              "000000000000bb41c805a2f0e911"),
    "CAPq1r+Zt7hW0aYv@mail.gmail-post.example"),
    E("registration", "maryam.rezaei@gmail-post.example", "مریم رضایی",
      "انجمن فرهنگی ایرانیان مونستر", ["AG2", "AG1"], 1, "fa"))

# 017 -- cancellation, German, formal; Outlook multipart/alternative ISO-8859-1 QP.
# Mentions "meinen Platz in der AG 1" -- a workgroup named in a cancellation.
t = """Sehr geehrte Damen und Herren,

zu meinem großen Bedauern muss ich meine Anmeldung zum Tag der
Migrantenselbstorganisationen am 13. März zurückziehen. Ich muss an diesem
Wochenende kurzfristig zu einer Familienangelegenheit nach Thessaloniki reisen.

Bitte geben Sie meinen Platz in der AG 1 an jemanden von der Warteliste weiter.
Ich wünsche Ihnen eine gelungene Veranstaltung und hoffe, im nächsten Jahr
wieder dabei zu sein.

Mit freundlichen Grüßen

Dr. Georgios Papadopoulos
Griechische Gemeinde Münster e.V.
- Schriftführer -
"""
h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
     "</head>\n<body>\n" + "\n".join(
         f"<p class=\"MsoNormal\">{html.escape(p).replace(chr(10), '<br>' + chr(10))}</p>"
         for p in t.strip().split("\n\n")) + "\n</body></html>\n")
add("papadopoulos-formal-cancellation", d(2, 12, 8, 55), message(
    d(2, 12, 8, 55), addr("Papadopoulos, Georgios", "g.papadopoulos@gr-gemeinde-ms.example"), REG,
    "Rücknahme meiner Anmeldung - MSO-Tag 2027",
    multipart("alternative", [text_part(t, charset="iso-8859-1", cte="quoted-printable"),
                              text_part(h, "html", "iso-8859-1", "quoted-printable")],
              "_000_AM0PR10MB2483B7_"),
    "AM0PR10MB2483B7C9@gr-gemeinde-ms.example", subj_charset="iso-8859-1",
    extra=["X-Mailer: Microsoft Outlook 16.0"]),
    E("cancellation", "g.papadopoulos@gr-gemeinde-ms.example", "Georgios Papadopoulos",
      "Griechische Gemeinde Münster e.V.", [], None, "de"))

# 018 -- other: a thank-you reply to a confirmation (Apple Mail, UTF-8 8bit, emoji);
# nothing to register, change or answer.
t = """Vielen lieben Dank, ich freue mich sehr! 🙂
Bis zum 13.
Hülya

> Am 14.02.2027 um 18:02 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation("Frau Yavuz", 1, 1)) + "\n"
add("yavuz-thank-you", d(2, 15, 17, 30), message(
    d(2, 15, 17, 30), addr("Hülya Yavuz", "huelya.yavuz@icloud-mail.example"), REG,
    "Re: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="utf-8", cte="8bit"),
    "A7C2E91B-0F3D-4B8A-9C11-6E2D3F4A5B6C@icloud-mail.example",
    in_reply_to="confirm-0031@muenster.example",
    extra=["X-Mailer: Apple Mail (2.3774.300.61.1.2)"]),
    E("other"))

# 019 -- change, Polish, ISO-8859-2 QP with the confirmation quoted (Thunderbird "pisze:");
# first -> third workgroup by ordinal words; "Liczba osób bez zmian" (party unchanged).
t = """Dzień dobry,

chciałabym zmienić grupę roboczą: zamiast pierwszej (edukacja) wolałabym
trzecią, o finansowaniu i zarządzaniu stowarzyszeniem. Po rozmowie z zarządem
uznaliśmy, że to jest dla nas teraz pilniejsze.
Liczba osób bez zmian.

Z poważaniem
Katarzyna Wiśniewska
Stowarzyszenie Polonia Münster

W dniu 03.02.2027 o 10:17, Tag der Migrantenselbstorganisationen pisze:
""" + quote(confirmation("Frau Wiśniewska", 1, 1)) + "\n"
add("wisniewska-polish-change", d(2, 16, 12, 12), message(
    d(2, 16, 12, 12), addr("Katarzyna Wiśniewska", "k.wisniewska@onet-post.example", "iso-8859-2"),
    REG_FROM, "Odp: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="iso-8859-2", cte="quoted-printable", params="; format=flowed"),
    "b8a1c2d3-4e5f-6789-abcd-0123456789ab@onet-post.example",
    in_reply_to="confirm-0024@muenster.example", subj_charset="iso-8859-2",
    extra=["User-Agent: Mozilla/5.0 Thunderbird/115.7.0", "Content-Language: pl"]),
    E("change", "k.wisniewska@onet-post.example", "Katarzyna Wiśniewska",
      "Stowarzyszenie Polonia Münster", ["AG3"], None, "pl"))

# 020 -- registration, learner German typed on a phone without umlauts; workgroup named only
# by the alias "schule"; "wir sind 2 person"; organisation written in lower case.
t = """Hallo
ich mochte anmelden fur MSO tag am 13 marz. ich bin von afghanische frauen verein münster. Arbeitsgruppe schule bitte weil meine kinder in schule und viele probleme. wir sind 2 person ich und meine freundin Sahar.
Danke
Zahra Ahmadi

Gesendet von Yahoo Mail auf Android
"""
add("ahmadi-learner-german-phone", d(2, 17, 21, 47), message(
    d(2, 17, 21, 47), addr("zahra ahmadi", "zahra.ahmadi88@yahoo-post.example"), REG,
    "anmeldung", text_part(t, charset="UTF-8", cte="8bit"),
    "1488306311.2210774.1771361220@mail.yahoo-post.example"),
    E("registration", "zahra.ahmadi88@yahoo-post.example", "Zahra Ahmadi",
      "afghanische frauen verein münster", ["AG1"], 2, "de"))

# 021 -- question, Russian in KOI8-R 8bit: can the workgroup be chosen on the day, and what
# is the deadline? "Нас, скорее всего, будет двое" is not a registration.
t = """Добрый день,

у меня два вопроса по дню организаций мигрантов 13 марта.
1) Можно ли выбрать рабочую группу прямо на месте, или нужно заранее? Я пока не
знаю, какая тема нам ближе.
2) До какого числа нужно зарегистрироваться?

Нас, скорее всего, будет двое, но это ещё не точно.

С уважением,
Дмитрий Волков
Общество немцев из России и их друзей, Мюнстер
"""
add("volkov-russian-koi8r-question", d(2, 18, 15, 0), message(
    d(2, 18, 15, 0), addr("Дмитрий Волков", "d.volkov@mailru-post.example", "koi8-r"), REG,
    "Вопрос по регистрации", text_part(t, charset="koi8-r", cte="8bit"),
    "1771423200.556677@mailru-post.example", subj_charset="koi8-r"),
    E("question", "d.volkov@mailru-post.example", "Дмитрий Волков",
      "Общество немцев из России и их друзей", [], None, "ru"))

# 022 -- change, German, bottom-posted under the full waiting-list mail (which itself names
# AG 2 and AG 3 as having places): "Dann nehme ich AG 3" -- accepting the staff offer.
t = """Am 18.02.27 um 16:40 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(waitlist("Frau Çelik", 1, 4)) + """

Hallo,

ok, schade. Dann nehme ich AG 3, wenn da noch Platz ist. Bitte nicht mehr auf
der Warteliste für AG 1 lassen, sonst komme ich durcheinander :)

Gruß
Hatice Çelik
Alevitische Gemeinde Münster e.V.
"""
add("celik-bottom-post-waitlist-switch", d(2, 19, 9, 20), message(
    d(2, 19, 9, 20), addr("Hatice Çelik", "hatice.celik@posteo-mail.example"), REG_FROM,
    "Re: Warteliste AG 1 – Tag der Migrantenselbstorganisationen 2027",
    text_part(t, charset="UTF-8", cte="8bit", params="; format=flowed"),
    "9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0@posteo-mail.example",
    in_reply_to="waitlist-0003@muenster.example",
    extra=["User-Agent: Mozilla/5.0 Thunderbird/115.7.0"]),
    E("change", "hatice.celik@posteo-mail.example", "Hatice Çelik",
      "Alevitische Gemeinde Münster e.V.", ["AG3"], None, "de"))

# 023 -- change (partial cancellation), German, Outlook multipart/alternative ISO-8859-1 QP:
# one of three colleagues drops out -> party 2; no new workgroup.
t = """Guten Tag,

leider kann unser Kollege Herr Minh Nguyen am 13. März nicht teilnehmen, er ist
an dem Wochenende beruflich verreist. Frau Hoa Tran und ich kommen aber wie
geplant. Bitte ändern Sie die Anmeldung auf 2 Personen.

Vielen Dank und freundliche Grüße
Thi Lan Pham
Vietnamesischer Kulturverein Münster e.V.
Kassenwartin

Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Mittwoch, 3. Februar 2027 09:12
An: t.pham@vkv-muenster.example
Betreff: Ihre Anmeldung zur AG 2 ist bestätigt

""" + confirmation("Frau Pham", 2, 3) + "\n"
h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
     "</head>\n<body lang=\"DE\">\n" + "\n".join(
         f"<p class=\"MsoNormal\">{html.escape(p).replace(chr(10), '<br>' + chr(10))}</p>"
         for p in t.strip().split("\n\n")) + "\n</body></html>\n")
add("pham-one-of-three-drops-out", d(2, 22, 11, 11), message(
    d(2, 22, 11, 11), addr("Pham, Thi Lan", "t.pham@vkv-muenster.example"), REG_FROM,
    "AW: Ihre Anmeldung zur AG 2 ist bestätigt",
    multipart("alternative", [text_part(t, charset="iso-8859-1", cte="quoted-printable"),
                              text_part(h, "html", "iso-8859-1", "quoted-printable")],
              "_000_GV1PR03MB8841D2_"),
    "GV1PR03MB8841D2A0@vkv-muenster.example", in_reply_to="confirm-0014@muenster.example",
    subj_charset="iso-8859-1", extra=["X-Mailer: Microsoft Outlook 16.0"]),
    E("change", "t.pham@vkv-muenster.example", "Thi Lan Pham",
      "Vietnamesischer Kulturverein Münster e.V.", [], 2, "de"))

# 024 -- registration, English, plain US-ASCII 7bit; Roman numeral "workgroup III";
# "just me"; the organisation written with "Muenster".
t = """Hello,

I would like to register for the Day of Migrant Organisations on 13 March.
I am the secretary of the Nigerian Community Muenster and I'd like to join
workgroup III (funding opportunities / association management). It will be
just me this time, our chairman is travelling.

My German is okay for listening, so no interpreter needed.

Kind regards,
Chinedu Okafor
Secretary, Nigerian Community Muenster
+49 176 5550 8812
"""
add("okafor-english-workgroup-iii", d(2, 23, 18, 3), message(
    d(2, 23, 18, 3), addr("Chinedu Okafor", "chinedu.okafor@outlook-post.example"), REG,
    "Registration - MSO day 13 March", text_part(t, charset="us-ascii", cte="7bit"),
    "DM6PR11MB4137.0223@outlook-post.example"),
    E("registration", "chinedu.okafor@outlook-post.example", "Chinedu Okafor",
      "Nigerian Community Muenster", ["AG3"], 1, "en"))

# 025 -- question, German, ISO-8859-1 8bit: a colleague "probably registered me too" --
# am I on the list, and in which AG? Registers no one.
t = """Hallo liebes Team,

meine Kollegin Frau Adwoa Osei von der Ghana Union Münster hat mich glaube ich
mit angemeldet, aber ich habe keine eigene Bestätigung bekommen. Bin ich jetzt
dabei oder muss ich mich nochmal selbst anmelden? Und wenn ja, in welche AG hat
sie uns eingetragen?

Liebe Grüße
Abena Owusu
"""
add("owusu-colleague-registered-me", d(2, 24, 10, 40), message(
    d(2, 24, 10, 40), addr("Abena Owusu", "abena.owusu@webpost.example"), REG,
    "Bin ich angemeldet?", text_part(t, charset="iso-8859-1", cte="8bit"),
    "4b1e2f30.7d@webpost.example"),
    E("question", "abena.owusu@webpost.example", "Abena Owusu", "Ghana Union Münster",
      [], None, "de"))

# 026 -- cancellation, Ukrainian in windows-1251 base64; reply to a confirmation without
# quoting it (subject keeps the German).
t = """Добрий день,

на жаль, я не зможу прийти 13 березня: у цей день у нас переїзд, і я не можу
його перенести.
Будь ласка, видаліть мене зі списку, щоб хтось інший міг піти на моє місце.

Вибачте за незручності.
З повагою,
Оксана Шевчук
"""
add("shevchuk-ukrainian-cancellation", d(2, 25, 7, 58), message(
    d(2, 25, 7, 58), addr("Оксана Шевчук", "oksana.shevchuk@ukrnet-post.example", "windows-1251"),
    REG_FROM, "Re: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="windows-1251", cte="base64"),
    "1772002680.s7q@ukrnet-post.example", in_reply_to="confirm-0035@muenster.example"),
    E("cancellation", "oksana.shevchuk@ukrnet-post.example", "Оксана Шевчук", None, [], None, "uk"))

# 027 -- registration, Albanian in windows-1252 QP; chair + two board members = 3;
# "grupi i punës 1 (arsimi)"; organisation quoted with inner quotes.
t = """Përshëndetje,

dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars.
Jam kryetar i Shoqatës Kulturore Shqiptare "Iliria" në Münster. Do të vij me
dy anëtarë të kryesisë, pra gjithsej 3 persona.
Na intereson grupi i punës 1 (arsimi), sepse shumë fëmijë të komunitetit tonë
kanë vështirësi në shkollë.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster
"""
add("krasniqi-albanian-three", d(2, 26, 19, 19), message(
    d(2, 26, 19, 19), addr("Arben Krasniqi", "arben.krasniqi@gmx-post.example"), REG,
    "Regjistrim / Anmeldung MSO-Tag", text_part(t, charset="windows-1252", cte="quoted-printable"),
    "trinity-5a1c2e3f-0b9d@gmx-post.example"),
    E("registration", "arben.krasniqi@gmx-post.example", "Arben Krasniqi",
      'Shoqata Kulturore Shqiptare "Iliria" Münster', ["AG1"], 3, "sq"))

# 028 -- change, Turkish, windows-1254 base64 from Outlook for Android ("YNT:", Turkish quote
# header): 2nd -> 1st group (eğitim) phrased as a question, spouse comes too -> party 2.
t = """Merhaba,

kaydımda bir değişiklik yapmak istiyorum: 2. çalışma grubu yerine 1. gruba
(eğitim) geçebilir miyim? Kızım bu yıl okula başladı, bu konu benim için daha
önemli oldu.
Bir de eşim de gelmek istiyor, yani 2 kişi olacağız.

Teşekkürler,
Serkan Öztürk

Android için Outlook'u edinin

________________________________
Kimden: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gönderildi: Perşembe, Şubat 11, 2027 9:30:12 ÖÖ
Kime: serkan.ozturk@hotpost.example
Konu: Ihre Anmeldung zur AG 2 ist bestätigt

""" + confirmation("Herr Öztürk", 2, 1) + "\n"
add("ozturk-turkish-change-cp1254", d(2, 27, 14, 2), message(
    d(2, 27, 14, 2), addr("Serkan Öztürk", "serkan.ozturk@hotpost.example", "windows-1254"),
    REG_FROM, "YNT: Ihre Anmeldung zur AG 2 ist bestätigt",
    text_part(t, charset="windows-1254", cte="base64"),
    "VI1P189MB0512.ynt@hotpost.example", in_reply_to="confirm-0029@muenster.example",
    subj_charset="windows-1254"),
    E("change", "serkan.ozturk@hotpost.example", "Serkan Öztürk", None, ["AG1"], 2, "tr"))

# 029 -- cancellation, Farsi, UTF-8 base64 plain, Gmail English quote header
# ("On ... wrote:") over the confirmation; Persian digits in the date.
t = """با سلام

متأسفانه به دلیل بیماری نمی‌توانم در روز ۱۳ مارس شرکت کنم. لطفاً ثبت‌نام من را لغو کنید تا جای من به شخص دیگری برسد.

با تشکر و پوزش
رضا کریمی

On Thu, 18 Feb 2027 at 11:20, Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example> wrote:

""" + quote(confirmation("Herr Karimi", 3, 1)) + "\n"
add("karimi-farsi-cancellation", d(3, 1, 8, 30), message(
    d(3, 1, 8, 30), addr("Reza Karimi", "reza.karimi@gmail-post.example"), REG_FROM,
    "Re: Ihre Anmeldung zur AG 3 ist bestätigt",
    text_part(t, charset="UTF-8", cte="base64"),
    "CAK9wQ2r+8nLm@mail.gmail-post.example", in_reply_to="confirm-0040@muenster.example"),
    E("cancellation", "reza.karimi@gmail-post.example", "رضا کریمی", None, [], None, "fa"))

# 030 -- change (substitution), German, UTF-8 QP: the registered person cannot come, a board
# colleague takes her place in the same AG, and the writer asks to send everything to her.
t = """Liebes MSO-Team,

ich bin am 13.3. leider verhindert (Familienfeier in Izmir, lange geplant,
hatte ich völlig vergessen...). Statt mir kommt unsere Vorstandskollegin
Derya Kaya, die AG 1 passt für sie auch. Bitte schicken Sie die Bestätigung
und die Erinnerung dann an sie: derya.kaya@muetterverein-coerde.example

Danke und herzliche Grüße
Nilüfer Aksoy
Interkultureller Mütterverein Coerde e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Freitag, 29. Januar 2027 16:20
An: n.aksoy@muetterverein-coerde.example
Betreff: Ihre Anmeldung zur AG 1 ist bestätigt

""" + confirmation("Frau Aksoy", 1, 1) + "\n"
add("aksoy-colleague-takes-her-place", d(3, 1, 16, 14), message(
    d(3, 1, 16, 14), addr("Nilüfer Aksoy", "n.aksoy@muetterverein-coerde.example"), REG_FROM,
    "AW: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="utf-8", cte="quoted-printable"),
    "000a01d7c2b3$44e1f2a0$cea5d7e0$@muetterverein-coerde.example",
    in_reply_to="confirm-0018@muenster.example"),
    E("change", "derya.kaya@muetterverein-coerde.example", "Derya Kaya",
      "Interkultureller Mütterverein Coerde e.V.", ["AG1"], None, "de"))

# 031 -- registration, Spanish, ISO-8859-15 8bit; two persons, AG 2 with AG 3 as fallback;
# also asks a small question.
t = """Hola:

Me gustaría inscribirme para el Día de las Organizaciones de Migrantes del
13 de marzo. Represento a la Asociación Latinoamericana "Raíces" de Münster.

Vendremos dos personas: mi compañera Lucía Herrera y yo. Nos interesa el grupo
de trabajo 2 (el futuro de Münster) y, si ya no hay plazas, el grupo 3.

¿Hace falta llevar algo?

Muchas gracias y un saludo,
Javier Morales
Asociación Latinoamericana "Raíces" Münster e.V.
"""
add("morales-spanish-two-with-fallback", d(3, 2, 10, 0), message(
    d(3, 2, 10, 0), addr("Javier Morales", "javier.morales@correo-post.example"), REG,
    "Inscripción Día de las Organizaciones de Migrantes",
    text_part(t, charset="iso-8859-15", cte="8bit"),
    "55c3e0a2.1f7b@correo-post.example", subj_charset="iso-8859-15"),
    E("registration", "javier.morales@correo-post.example", "Javier Morales",
      'Asociación Latinoamericana "Raíces" Münster e.V.', ["AG2", "AG3"], 2, "es"))

# 032 -- change, Kurmanji Kurdish, UTF-8 QP: "ne koma 1 ..., lê koma 3" (not 1 but 3);
# number of persons stays the same.
t = """Silav,

ez dixwazim koma xebatê biguherînim. Ne koma 1 (perwerde), lê koma 3
(alîkariya darayî û rêveberiya komeleyê). Hejmara kesan wek xwe dimîne.

Gelek spas,
Berfîn Doğan
Navenda Çanda Kurdî ya Münsterê

Am Di., 16. Feb. 2027 um 12:40 Uhr schrieb Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example>:
""" + quote(confirmation("Frau Doğan", 1, 1)) + "\n"
add("dogan-kurmanji-change", d(3, 2, 20, 41), message(
    d(3, 2, 20, 41), addr("Berfîn Doğan", "berfin.dogan@gmail-post.example"), REG_FROM,
    "Re: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="UTF-8", cte="quoted-printable"),
    "CAM2xY+Pq0a7@mail.gmail-post.example", in_reply_to="confirm-0033@muenster.example"),
    E("change", "berfin.dogan@gmail-post.example", "Berfîn Doğan",
      "Navenda Çanda Kurdî ya Münsterê", ["AG3"], None, "ku"))

# 033 -- question, German, ISO-8859-1 QP, reply to a confirmation: printout needed? lunch
# without pork? Confirmation (AG 2) quoted below.
t = """Hallo,

danke für die Bestätigung. Zwei Fragen noch:
- Muss ich die Mail ausgedruckt mitbringen oder reicht der Name am Eingang?
- Gibt es Mittagessen? Ich esse kein Schweinefleisch, wäre gut zu wissen, ob
  ich selbst was mitbringen soll.

Grüße
Samir Haddou
Marokkanischer Kulturverein Münster

Am 02.03.2027 um 09:15 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(confirmation("Herr Haddou", 2, 1)) + "\n"
add("haddou-printout-and-lunch", d(3, 3, 9, 9), message(
    d(3, 3, 9, 9), addr("Samir Haddou", "samir.haddou@web-post.example"), REG_FROM,
    "Re: Ihre Anmeldung zur AG 2 ist bestätigt",
    text_part(t, charset="iso-8859-1", cte="quoted-printable"),
    "trinity-9e2a7c1d-33f0@web-post.example", in_reply_to="confirm-0052@muenster.example"),
    E("question", "samir.haddou@web-post.example", "Samir Haddou",
      "Marokkanischer Kulturverein Münster", [], None, "de"))

# 034 -- registration, German, Gmail multipart/alternative UTF-8 8bit: "Ja, sehr gerne!" to a
# staff mail asking whether she wants to register; AG 2 and two persons stated in the answer.
staff034 = """Guten Tag Frau Bayram,

der Tag der Migrantenselbstorganisationen steht allen Interessierten offen,
Sie müssen nicht Mitglied eines Vereins sein.

Möchten Sie sich anmelden? Dann nennen Sie uns bitte die Arbeitsgruppe
(AG 1, AG 2 oder AG 3) und wie viele Personen kommen.

""" + STAFF_SIG
t = """Ja, sehr gerne! Dann bitte AG 2. Meine Nachbarin kommt auch mit, also 2 Personen.

Liebe Grüße
Nurcan Bayram

Am Mo., 1. März 2027 um 11:26 Uhr schrieb Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example>:

""" + quote(staff034) + "\n"
add("bayram-yes-to-staff-offer", d(3, 3, 13, 37), message(
    d(3, 3, 13, 37), addr("Nurcan Bayram", "nurcan.bayram@gmail-post.example"), REG_FROM,
    "Re: Ihre Anfrage zum MSO-Tag",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="8bit"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")],
              "000000000000e3f1a905a3b4c5d6"),
    "CAH7kL0v+Wq9Z@mail.gmail-post.example", in_reply_to="staff-0019@muenster.example"),
    E("registration", "nurcan.bayram@gmail-post.example", "Nurcan Bayram", None, ["AG2"], 2, "de"))

# 035 -- cancellation, Serbian (Latin, ekavian), ISO-8859-2 8bit; mentions "radnu grupu 2".
t = """Poštovani,

nažalost moram da otkažem svoje učešće na Danu organizacija migranata 13. marta.
Zbog posla ne mogu da dođem.
Molim vas da me izbrišete sa spiska za radnu grupu 2.

Srdačan pozdrav,
Dragan Petrović
Srpsko kulturno društvo "Sloga" Münster
"""
add("petrovic-serbian-cancellation", d(3, 4, 11, 25), message(
    d(3, 4, 11, 25), addr("Dragan Petrović", "dragan.petrovic@sbb-post.example", "iso-8859-2"),
    REG, "Otkazivanje - MSO dan 13.03.", text_part(t, charset="iso-8859-2", cte="8bit"),
    "20270304112500.GA4417@sbb-post.example"),
    E("cancellation", "dragan.petrovic@sbb-post.example", "Dragan Petrović",
      'Srpsko kulturno društvo "Sloga" Münster', [], None, "sr"))

# 036 -- change, Croatian (ijekavian), windows-1250 QP, Outlook "RE:": AG 1 -> AG 2; "Broj osoba
# ostaje isti, dolazimo nas dvije" restates the unchanged party size.
t = """Poštovani,

htjela bih promijeniti radnu skupinu: umjesto AG 1 željela bih ići u AG 2
(Zukunftsprozess). Broj osoba ostaje isti, dolazimo nas dvije.

Hvala i lijep pozdrav,
Ivana Marić
Hrvatska katolička zajednica Münster

-----Original Message-----
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Sent: Tuesday, February 9, 2027 2:03 PM
To: ivana.maric@tcom-post.example
Subject: Ihre Anmeldung zur AG 1 ist bestätigt

""" + confirmation("Frau Marić", 1, 2) + "\n"
add("maric-croatian-change", d(3, 4, 17, 50), message(
    d(3, 4, 17, 50), addr("Ivana Marić", "ivana.maric@tcom-post.example", "windows-1250"),
    REG_FROM, "RE: Ihre Anmeldung zur AG 1 ist bestätigt",
    text_part(t, charset="windows-1250", cte="quoted-printable"),
    "002101d7aa10$5f0c9e80$1d25db80$@tcom-post.example",
    in_reply_to="confirm-0023@muenster.example", subj_charset="windows-1250"),
    E("change", "ivana.maric@tcom-post.example", "Ivana Marić",
      "Hrvatska katolička zajednica Münster", ["AG2"], None, "hr"))

# 037 -- registration, German: association info mailbox in From, personal Reply-To, filled-in
# PDF form attached, details repeated in the body as a form; AG 1 first, AG 3 second; 2 persons.
t = """Sehr geehrte Damen und Herren,

anbei das ausgefüllte Anmeldeformular. Zur Sicherheit auch hier:

Name: Amela Hodžić
Verein: Bosnisch-Herzegowinischer Kulturverein Münster e.V.
Personen: 2 (ich und Frau Selma Begić)
Arbeitsgruppe: 1. Wahl AG 1, 2. Wahl AG 3

Bitte antworten Sie an meine Adresse (amela.hodzic@bih-kulturverein.example),
das Info-Postfach wird nur selten gelesen.

Mit freundlichen Grüßen
Amela Hodžić
"""
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
       b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
       b"trailer << /Root 1 0 R >>\n%%EOF\n")
add("hodzic-shared-mailbox-pdf-form", d(3, 5, 8, 44), message(
    d(3, 5, 8, 44), addr("BiH Kulturverein Münster", "info@bih-kulturverein.example"), REG,
    "Anmeldung MSO-Tag 2027 – BiH Kulturverein",
    multipart("mixed", [text_part(t, charset="utf-8", cte="quoted-printable"),
                        binary_part("application/pdf", "Anmeldeformular_MSO-Tag_2027.pdf", PDF)],
              "----=_Part_88213_1944120511.1772696640000"),
    "1193504312.88214.1772696640@bih-kulturverein.example",
    reply_to=addr("Amela Hodžić", "amela.hodzic@bih-kulturverein.example")),
    E("registration", "amela.hodzic@bih-kulturverein.example", "Amela Hodžić",
      "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", ["AG1", "AG3"], 2, "de"))

# 038 -- cancellation, German, everything in the subject; body only the Outlook-for-Android
# footer (UTF-8 QP).
add("noori-subject-only-cancellation", d(3, 5, 19, 2), message(
    d(3, 5, 19, 2), addr("Hamid Noori", "hamid.noori@outlook-post.example"), REG,
    "Absage MSO-Tag 13.3. - Hamid Noori (AG 1)",
    text_part("\n\nGesendet von Outlook für Android\n", charset="utf-8", cte="quoted-printable"),
    "AM9P191MB1409.0305@outlook-post.example"),
    E("cancellation", "hamid.noori@outlook-post.example", "Hamid Noori", None, [], None, "de"))

# 039 -- question, Arabic, UTF-8 QP: "I sent a registration three weeks ago (AG 3) and got no
# answer -- is my name on the list? If not, can I still register?"
t = """مرحباً،

أرسلت لكم قبل ثلاثة أسابيع بريداً إلكترونياً للتسجيل في يوم منظمات المهاجرين (مجموعة العمل الثالثة)، لكن لم يصلني أي رد حتى الآن.
هل اسمي موجود في قائمة المشاركين؟ وإذا لم يكن موجوداً، هل ما زال التسجيل ممكناً؟

مع التحية،
عمر صالح
نادي الجالية العراقية في مونستر
"""
add("saleh-arabic-am-i-registered", d(3, 5, 21, 30), message(
    d(3, 5, 21, 30), addr("Omar Saleh", "omar.saleh@hotpost.example"), REG,
    "استفسار عن التسجيل", text_part(t, charset="utf-8", cte="quoted-printable"),
    "DB8P193MB0701.0305@hotpost.example"),
    E("question", "omar.saleh@hotpost.example", "عمر صالح", "نادي الجالية العراقية في مونستر",
      [], None, "ar"))

# 040 -- change, learner German, Outlook-web HTML-only in windows-1252 base64: registered
# weeks ago for "Gruppe Bildung", now wants "die Gruppe mit Vereinsmanagement" (alias).
h040 = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
</head>
<body dir="ltr">
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Guten Tag,</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
ich habe mich vor drei Wochen angemeldet für die Gruppe Bildung. Jetzt unser Vorstand hat
entschieden, dass ich besser in die Gruppe mit Vereinsmanagement gehe, weil ich bin neue
Kassiererin und muss viel lernen über Finanzen. Ist das möglich zu wechseln?</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
Danke schön.</div>
<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
Mit freundlichen Grüßen<br>
Mariam Tchokouani<br>
Kamerunischer Verein Münster e.V.</div>
</body>
</html>
"""
add("tchokouani-html-only-alias-change", d(3, 6, 9, 12), message(
    d(3, 6, 9, 12), addr("Mariam Tchokouani", "mariam.tchokouani@outlook-post.example"), REG,
    "Änderung Arbeitsgruppe", text_part(h040, "html", "windows-1252", "base64"),
    "PAXP193MB2218.0306@outlook-post.example", subj_charset="windows-1252"),
    E("change", "mariam.tchokouani@outlook-post.example", "Mariam Tchokouani",
      "Kamerunischer Verein Münster e.V.", ["AG3"], None, "de"))

# 041 -- bounce: our own MTA's multipart/report (message/delivery-status, mailbox full) for a
# reminder sent to a Ghanaian association mailbox; original headers attached.
bounce_txt = """This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@ghana-union-muenster.example>: host mx01.ghana-union-muenster.example[192.0.2.44]
    said: 552 5.2.2 <info@ghana-union-muenster.example>: Mailbox full -
    quota exceeded (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mx.muenster.example
X-Postfix-Queue-ID: 4Rk2Vh0m3Fz9t
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Sat, 6 Mar 2027 10:00:41 +0100 (CET)

Final-Recipient: rfc822; info@ghana-union-muenster.example
Original-Recipient: rfc822;info@ghana-union-muenster.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx01.ghana-union-muenster.example
Diagnostic-Code: smtp; 552 5.2.2 <info@ghana-union-muenster.example>: Mailbox
    full - quota exceeded
"""
orig_headers = """Return-Path: <mso-tag@muenster.example>
Date: Sat, 06 Mar 2027 10:00:40 +0100
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: info@ghana-union-muenster.example
Subject: Erinnerung: Tag der Migrantenselbstorganisationen am 13. =?utf-8?q?M=C3=A4rz?=
Message-ID: <reminder7d-0044@muenster.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
add("bounce-mailbox-full-reminder", d(3, 6, 10, 1), message(
    d(3, 6, 10, 1), "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)", REG,
    "Undelivered Mail Returned to Sender",
    multipart("report", [
        (["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'],
         encode_body(bounce_txt, "us-ascii", "7bit")),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
         encode_body(dsn, "us-ascii", "7bit")),
        (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
         encode_body(orig_headers, "us-ascii", "7bit"))],
        "4Rk2Vh0m3Fz9t.1772787661/mx.muenster.example",
        params='; report-type=delivery-status'),
    "20270306090101.5B1E2A0C31@mx.muenster.example",
    extra=["Auto-Submitted: auto-replied"]),
    E("bounce", bounced="info@ghana-union-muenster.example"))

# 042 -- auto_reply without any auto-reply header: a board mailbox's holiday autoresponder
# answering the reminder ("Re:" subject, no Auto-Submitted, no Precedence).
t = """Danke für Ihre Mail!

Das Vorstandspostfach des Eritreischen Vereins wird vom 1. bis 12. März nicht
betreut. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen
erreichen Sie Herrn Tesfaye unter 0151 5550 4420.

Diese Nachricht wurde automatisch erzeugt.
"""
add("eritrea-autoresponder-no-headers", d(3, 6, 10, 3), message(
    d(3, 6, 10, 3), addr("Vorstand Eritreischer Verein", "vorstand@eritrea-muenster.example"), REG,
    "Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    text_part(t, charset="utf-8", cte="quoted-printable"),
    "autoresp-1772787780@eritrea-muenster.example",
    in_reply_to="reminder7d-0021@muenster.example"),
    E("auto_reply"))

# 043 -- registration, German, Gmail forward chain: the writer forwards a colleague's forward
# of HIS reminder (AG 3, 1 person) and registers herself for AG 2 on the deadline day.
rem043 = reminder("Herr Ionescu", 3, 1)
t = """Guten Tag,

mein Kollege Herr Constantin Ionescu hat mir Ihre Erinnerung weitergeleitet.
Ich weiß, heute ist eigentlich der letzte Tag für die Anmeldung - kann ich mich
noch anmelden? Ich würde gerne in die AG 2 kommen. Nur ich, eine Person.

Herzliche Grüße
Ioana Popescu
Rumänisch-Moldauischer Kulturverein Münster

---------- Forwarded message ---------
Von: Constantin Ionescu <c.ionescu@romold-muenster.example>
Date: Sa., 6. März 2027 um 10:40 Uhr
Subject: Fwd: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März
To: Ioana Popescu <ioana.popescu@gmail-post.example>


Ioana, willst du nicht auch mit? Anmeldung geht noch bis heute glaube ich.
C.

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Sa., 6. März 2027 um 10:00 Uhr
Subject: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März
To: <c.ionescu@romold-muenster.example>


""" + rem043 + "\n"
add("popescu-forwarded-reminder-late-registration", d(3, 6, 11, 40), message(
    d(3, 6, 11, 40), addr("Ioana Popescu", "ioana.popescu@gmail-post.example"), REG,
    "Fwd: Fwd: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "quoted-printable")],
              "000000000000c7d2e805a4b6f1a2"),
    "CAB5tR+Kq2w8@mail.gmail-post.example"),
    E("registration", "ioana.popescu@gmail-post.example", "Ioana Popescu",
      "Rumänisch-Moldauischer Kulturverein Münster", ["AG2"], 1, "de"))

# 044 -- change, German, bottom-posted under the 7-day reminder (AG 3, 2 persons): now 3
# persons; "AG bleibt gleich" names no number -> workgroups [].
t = """Am 06.03.2027 um 10:00 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(reminder("Frau Warsame", 3, 2)) + """

Danke für die Erinnerung!
Eine Änderung: wir sind jetzt 3 Personen, nicht 2. Frau Ifrah Ahmed kommt auch
mit, sie ist neu in unserem Verein.
AG bleibt gleich.

Hodan Abdi Warsame
Somalischer Elternverein Münster
"""
add("warsame-bottom-post-three-now", d(3, 6, 14, 25), message(
    d(3, 6, 14, 25), addr("Hodan Warsame", "hodan.warsame@posteo-mail.example"), REG_FROM,
    "Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    text_part(t, charset="UTF-8", cte="8bit"),
    "e1d2c3b4-a596-4877-8695-a4b3c2d1e0f9@posteo-mail.example",
    in_reply_to="reminder7d-0037@muenster.example",
    extra=["User-Agent: Mozilla/5.0 Thunderbird/115.8.0"]),
    E("change", "hodan.warsame@posteo-mail.example", "Hodan Abdi Warsame",
      "Somalischer Elternverein Münster", [], 3, "de"))

# 045 -- cancellation, German, ISO-8859-1 QP: withdrawing from the waiting list of AG 1 and
# explicitly not wanting another AG.
t = """Guten Tag,

bitte streichen Sie mich von der Warteliste für die AG 1. Ich habe inzwischen
an dem Samstag einen anderen Termin und kann nicht mehr kommen, auch nicht in
einer anderen AG.

Danke für Ihre Mühe
Fikret Demirci

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Dienstag, 23. Februar 2027 08:30
An: f.demirci@tonline-post.example
Betreff: Warteliste AG 1 - Tag der Migrantenselbstorganisationen 2027

""" + waitlist("Herr Demirci", 1, 6) + "\n"
add("demirci-leaves-waiting-list", d(3, 8, 8, 5), message(
    d(3, 8, 8, 5), addr("Fikret Demirci", "f.demirci@tonline-post.example"), REG_FROM,
    "AW: Warteliste AG 1 - Tag der Migrantenselbstorganisationen 2027",
    text_part(t, charset="iso-8859-1", cte="quoted-printable"),
    "001c01d7b8e2$9a0f1c40$ce2e54c0$@tonline-post.example",
    in_reply_to="waitlist-0009@muenster.example"),
    E("cancellation", "f.demirci@tonline-post.example", "Fikret Demirci", None, [], None, "de"))

# 046 -- other: a network newsletter (List-Unsubscribe, Precedence: bulk) that mentions the
# MSO-Tag, its workgroups and the registration address.
t = """Netzwerk Interkulturelles Münster - Newsletter März 2027

1) MSO-Tag am 13. März im Stadtweinhaus
Kurzentschlossene können sich noch melden: mso-tag@muenster.example.
Themen der Arbeitsgruppen: Bildung, Münsters Zukunftsprozess, Förderung
und Vereinsmanagement.

2) Neue Fördertöpfe des Landes für Integrationsarbeit
Antragsfrist 30. April. Infos: https://www.netzwerk-ikm.example/foerderung

3) Iftar-Empfang im Rathaus, 18. März
Einladung folgt separat.

--
Sie erhalten diesen Newsletter, weil Sie sich eingetragen haben.
Abmelden: https://www.netzwerk-ikm.example/newsletter/abmelden?id=88412
"""
h = ("<html><body style=\"font-family:Arial,sans-serif\">\n"
     "<h2>Netzwerk Interkulturelles M&uuml;nster &ndash; Newsletter M&auml;rz 2027</h2>\n"
     + "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>' + chr(10))}</p>"
                 for p in t.strip().split("\n\n")[1:]) + "\n</body></html>\n")
add("netzwerk-newsletter", d(3, 8, 12, 0), message(
    d(3, 8, 12, 0), addr("Netzwerk Interkulturelles Münster", "newsletter@netzwerk-ikm.example"),
    REG, "Newsletter März 2027: MSO-Tag, Fördertöpfe, Iftar-Empfang",
    multipart("alternative", [text_part(t, charset="utf-8", cte="quoted-printable"),
                              text_part(h, "html", "utf-8", "quoted-printable")],
              "=_nl_2027_03_b71f"),
    "nl-2027-03.88412@netzwerk-ikm.example",
    extra=["List-Unsubscribe: <https://www.netzwerk-ikm.example/newsletter/abmelden?id=88412>",
           "List-Id: Newsletter <newsletter.netzwerk-ikm.example>", "Precedence: bulk"]),
    E("other"))

# 047 -- question, German, windows-1252 8bit, top-post over the reminder: will there be an
# attendance certificate? Reminder (AG 2, 2 persons) quoted.
t = """Hallo,

danke für die Erinnerung, wir freuen uns! Eine Frage: Bekommen wir am Ende eine
Teilnahmebescheinigung? Die brauchen wir für unseren Jahresbericht an das Land
(Förderung).

Viele Grüße
Ana Gonçalves
Portugiesischer Kulturverein Münster

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Samstag, 6. März 2027 10:00
An: ana.goncalves@vodafone-post.example
Betreff: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März

""" + reminder("Frau Gonçalves", 2, 2) + "\n"
add("goncalves-certificate-question", d(3, 9, 9, 0), message(
    d(3, 9, 9, 0), addr("Ana Gonçalves", "ana.goncalves@vodafone-post.example", "windows-1252"),
    REG_FROM, "AW: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    text_part(t, charset="windows-1252", cte="8bit"),
    "000301d7c9f4$1a2b3c40$4e5f6a70$@vodafone-post.example",
    in_reply_to="reminder7d-0048@muenster.example", subj_charset="windows-1252"),
    E("question", "ana.goncalves@vodafone-post.example", "Ana Gonçalves",
      "Portugiesischer Kulturverein Münster", [], None, "de"))

# 048 -- change (partial cancellation), German, Gmail multipart/alternative: "eine von uns
# dreien" is ill -> "nur zu zweit"; reminder (AG 1, 3 persons) quoted below.
t = """Hallo,

eine von uns dreien, Frau Nour Khalil, ist krank geworden und kann am Samstag
leider nicht. Wir kommen also nur zu zweit. Sorry für die späte Info!

Rana Darwish
Syrisch-Deutscher Frauentreff

Am Sa., 6. März 2027 um 10:00 Uhr schrieb Tag der Migrantenselbstorganisationen <
mso-tag@muenster.example>:

""" + quote(reminder("Frau Darwish", 1, 3)) + "\n"
add("darwish-one-of-three-ill", d(3, 10, 19, 48), message(
    d(3, 10, 19, 48), addr("Rana Darwish", "rana.darwish@gmail-post.example"), REG_FROM,
    "Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    multipart("alternative", [text_part(t, charset="UTF-8", cte="quoted-printable"),
                              text_part(gmail_html(t), "html", "UTF-8", "base64")],
              "0000000000009a8b7c05a5d6e7f8"),
    "CAD4wP+Lm3z1@mail.gmail-post.example", in_reply_to="reminder7d-0051@muenster.example"),
    E("change", "rana.darwish@gmail-post.example", "Rana Darwish",
      "Syrisch-Deutscher Frauentreff", [], 2, "de"))

# 049 -- cancellation of a whole group of three, German, Outlook-web HTML-only UTF-8 QP,
# reply to the reminder; names "die Plätze in der AG 2".
h049 = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">
<p>Sehr geehrte Damen und Herren,</p>
<p>leider müssen wir unsere Teilnahme am MSO-Tag komplett absagen. Alle drei angemeldeten
Personen unseres Vereins sind an diesem Wochenende bei der Beerdigung eines langjährigen
Mitglieds in Tiflis. Bitte vergeben Sie die Plätze in der AG 2 an andere.</p>
<p>Wir bedauern das sehr und hoffen auf das nächste Jahr.</p>
<p>Mit freundlichen Grüßen<br>
Tamar Gelashvili<br>
Georgischer Kulturverein Münster e.V.</p>
</div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font face="Calibri, sans-serif" style="font-size:11pt">
<b>Von:</b> Tag der Migrantenselbstorganisationen &lt;mso-tag@muenster.example&gt;<br>
<b>Gesendet:</b> Samstag, 6. März 2027 10:00<br>
<b>An:</b> t.gelashvili@outlook-post.example<br>
<b>Betreff:</b> Erinnerung: Tag der Migrantenselbstorganisationen am 13. März</font></div>
<div>
""" + "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>' + chr(10))}</p>"
                for p in reminder("Frau Gelashvili", 2, 3).split("\n\n")) + """
</div>
</body>
</html>
"""
add("gelashvili-html-group-cancellation", d(3, 11, 7, 36), message(
    d(3, 11, 7, 36), addr("Tamar Gelashvili", "t.gelashvili@outlook-post.example"), REG_FROM,
    "AW: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    text_part(h049, "html", "utf-8", "quoted-printable"),
    "VE1P190MB0833.0311@outlook-post.example", in_reply_to="reminder7d-0026@muenster.example"),
    E("cancellation", "t.gelashvili@outlook-post.example", "Tamar Gelashvili",
      "Georgischer Kulturverein Münster e.V.", [], None, "de"))

# 050 -- cancellation, German, phone, bottom-posted under the 1-day reminder the evening
# before: sick child; "Bitte mich austragen".
t = """Am 12.03.2027 um 10:00 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
""" + quote(reminder("Frau Diallo", 3, 1, tomorrow=True)) + """

Guten Abend, es tut mir leid aber mein Sohn hat hohes Fieber, ich kann morgen nicht kommen. Bitte mich austragen. Hoffentlich nächstes Mal.
Amina Diallo

Von meinem iPhone gesendet
"""
add("diallo-bottom-post-day-before", d(3, 12, 21, 13), message(
    d(3, 12, 21, 13), addr("Amina Diallo", "amina.diallo@icloud-mail.example"), REG_FROM,
    "Re: Erinnerung: Tag der Migrantenselbstorganisationen am 13. März",
    text_part(t, charset="utf-8", cte="8bit"),
    "8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F@icloud-mail.example",
    in_reply_to="reminder1d-0060@muenster.example",
    extra=["X-Mailer: iPhone Mail (21D61)"]),
    E("cancellation", "amina.diallo@icloud-mail.example", "Amina Diallo", None, [], None, "de"))


# ---------------------------------------------------------------------------
# validation, writing, stats
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language",
        "bounced_recipient")
WG_IDS = ("AG1", "AG2", "AG3")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)


def example_host(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".example") or host in ("example.org", "example.com", "example.net")
            or host.endswith((".example.org", ".example.com", ".example.net")))


def validate():
    errors = []
    prev = None
    seen_ids = set()
    for name, raw, exp, date in MAILS:
        def err(msg):
            errors.append(f"{name}: {msg}")
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err("bare LF or CR")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                err("line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                err(f"defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(f"header {k} defects {v.defects}")
                texts.append(str(v))
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            if ctype == "message/rfc822":
                continue
            payload = part.get_payload(decode=True)
            if part.defects:
                err(f"defects after decoding {part.defects}")
            if part.get_content_maintype() == "text" or ctype == "message/delivery-status":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, errors="strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"part {ctype} does not decode as {cs}: {e}")
        got_date = email.utils.parsedate_to_datetime(msg["Date"])
        if got_date != date:
            err("Date header mismatch")
        if prev and got_date <= prev:
            err("Date not rising")
        prev = got_date
        mid = msg["Message-ID"]
        if mid in seen_ids:
            err("duplicate Message-ID")
        seen_ids.add(mid)
        blob = "\n".join(texts)
        for host in ADDR_RE.findall(blob):
            if not example_host(host):
                err(f"non-example address host {host}")
        for host in URL_RE.findall(blob):
            h = host if not host.lower().startswith("www.") else host
            if not example_host(h):
                err(f"non-example URL host {h}")
        # expected record
        if set(exp) != set(KEYS):
            err("record keys")
        k = exp["kind"]
        if k not in KINDS:
            err("bad kind")
        if not isinstance(exp["workgroups"], list) or any(w not in WG_IDS for w in exp["workgroups"]):
            err("bad workgroups")
        if len(set(exp["workgroups"])) != len(exp["workgroups"]):
            err("duplicate workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(exp[f] is not None for f in ("email", "name", "organisation", "language",
                                                "party_size")) or exp["workgroups"]:
                err("machine/other record must be empty")
        else:
            if not exp["email"] or exp["email"] != exp["email"].lower() or \
                    not example_host(exp["email"].split("@")[1]):
                err("bad email")
            if exp["email"] not in blob.lower() and exp["email"] not in raw.decode("latin-1").lower():
                err("expected email not in mail")
            if not exp["language"] or not re.fullmatch(r"[a-z]{2}", exp["language"]):
                err("bad language")
            if not exp["name"]:
                err("missing name")
        if k == "registration":
            if not isinstance(exp["party_size"], int) or exp["party_size"] < 1:
                err("registration needs party_size")
        elif k == "change":
            if exp["party_size"] is not None and (not isinstance(exp["party_size"], int)
                                                  or exp["party_size"] < 1):
                err("bad change party_size")
        elif exp["party_size"] is not None:
            err("party_size must be null")
        if k == "bounce":
            if not exp["bounced_recipient"] or exp["bounced_recipient"] != exp["bounced_recipient"].lower():
                err("bad bounced_recipient")
        elif exp["bounced_recipient"] is not None:
            err("bounced_recipient must be null")
        if REG not in raw.decode("latin-1"):
            err("registration address missing")
    return errors


def expected_json():
    return (json.dumps({n: e for n, _, e, _ in MAILS}, ensure_ascii=False, indent=1,
                       sort_keys=True) + "\n").encode("utf-8")


def stats():
    kinds = Counter(e["kind"] for _, _, e, _ in MAILS)
    langs = Counter(e["language"] or "(none)" for _, _, e, _ in MAILS)
    print(f"mails: {len(MAILS)}")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    cs, ctes = Counter(), Counter()
    for _, raw, _, _ in MAILS:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                cs[p.get_content_charset() or "us-ascii"] += 1
                ctes[p.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print("charsets:  " + ", ".join(f"{k} {v}" for k, v in sorted(cs.items())))
    print("encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())))


def main(argv):
    errors = validate()
    if errors:
        print("validation failed:")
        for e in errors:
            print("  " + e)
        return 1
    if "--stats" in argv:
        stats()
        return 0
    want = {n: raw for n, raw, _, _ in MAILS}
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in MAILS_DIR.glob("*.eml")} if MAILS_DIR.exists() else set()
        for n, raw in want.items():
            p = MAILS_DIR / n
            if not p.exists() or p.read_bytes() != raw:
                bad.append(n)
        bad += sorted(on_disk - set(want))
        if not EXPECTED.exists() or EXPECTED.read_bytes() != expected_json():
            bad.append("expected.json")
        if bad:
            print("differs from disk: " + ", ".join(bad))
            return 1
        print(f"ok: {len(want)} mails and expected.json match")
        return 0
    MAILS_DIR.mkdir(exist_ok=True)
    for p in MAILS_DIR.glob("*.eml"):
        if p.name not in want:
            p.unlink()
    for n, raw in want.items():
        (MAILS_DIR / n).write_bytes(raw)
    EXPECTED.write_bytes(expected_json())
    # re-read from disk and validate once more
    for n, raw in want.items():
        if (MAILS_DIR / n).read_bytes() != raw:
            print(f"write failed for {n}")
            return 1
    print(f"wrote {len(want)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
