#!/usr/bin/env python3
"""Evaluation set "final7b": 50 mails to the Interkulturelles Sommerforum Münster 2027.

The event (see config.toml): Saturday 26 June 2027, Bürgerhaus Bennohaus, six parallel
"Gesprächsrunden" with the ids A-F (labels "Runde A" ... "Runde F").

    python3 make_mails.py           write mails/ and expected.json, then validate them
    python3 make_mails.py --check   change nothing; fail if the files on disk differ
    python3 make_mails.py --stats   print counts per kind and language

Python 3.11 standard library only; the output is deterministic.  Every mail text is in
this file; the comment line above each mail says what it tests.
"""

import base64
import binascii
import email
import email.policy
import email.utils
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
OURS = "sommerforum@muenster.example"
OURS_NAME = "Interkulturelles Sommerforum Münster"
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
ROUND_IDS = ("A", "B", "C", "D", "E", "F")

# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------


def addr(name, address, charset="utf-8"):
    """One address for a header; a non-ASCII display name becomes an encoded word."""
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def unstructured(text, charset="utf-8", name="Subject"):
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset, header_name=name).encode(linesep="\r\n")


def _qp(data):
    out = []
    for line in data.split(b"\n"):
        enc = binascii.b2a_qp(line, quotetabs=False, istext=False, header=False)
        out.append(enc.replace(b"\n", b"\r\n"))
    return b"\r\n".join(out)


def _b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def leaf(text, charset="utf-8", cte="quoted-printable", subtype="plain", extra=None,
         params=""):
    """A text part: (headers, body bytes)."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)            # strict: every character must exist in the charset
    if cte in ("7bit", "8bit"):
        body = data.replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = _qp(data)
    elif cte == "base64":
        body = _b64(data.replace(b"\n", b"\r\n"))
    else:
        raise ValueError(cte)
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)]
    return (headers + list(extra or []), body)


def attachment(data, ctype, filename, disposition="attachment"):
    headers = [("Content-Type", f'{ctype}; name="{filename}"'),
               ("Content-Disposition", f'{disposition}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    return (headers, _b64(data))


def raw_part(ctype, body_bytes, extra=None):
    return ([("Content-Type", ctype)] + list(extra or []), body_bytes.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))


def multipart(subtype, parts, boundary, params="", preamble="This is a multi-part message in MIME format."):
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\r\n")
    for headers, body in parts:
        chunks.append(b"--" + boundary.encode() + b"\r\n" + _headers(headers) + b"\r\n" + body + b"\r\n")
    chunks.append(b"--" + boundary.encode() + b"--\r\n")
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], b"".join(chunks))


def _headers(headers):
    return b"".join(f"{k}: {v}\r\n".encode("ascii") for k, v in headers)


def message(headers, part):
    """A complete message: top headers, MIME-Version, the part's own headers, body."""
    p_headers, body = part
    all_headers = list(headers) + [("MIME-Version", "1.0")] + list(p_headers)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return _headers(all_headers) + b"\r\n" + body


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def gmail_html(text):
    """Plain text -> the HTML Gmail sends (one div per line)."""
    rows = []
    for line in text.split("\n"):
        rows.append("<div>" + (html_escape(line) if line else "<br>") + "</div>")
    return '<div dir="ltr">' + "\n".join(rows) + "</div>\n"


def outlook_html(paragraphs, extra_after=""):
    """Paragraph list -> a trimmed Outlook (Word) HTML document."""
    ps = []
    for para in paragraphs:
        inner = "<br>\n".join(html_escape(line) for line in para.split("\n"))
        ps.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.E-MailFormatvorlage18\n\t{mso-style-type:personal-reply;color:windowtext;}\n'
            '--></style></head>\n<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(ps) + "\n" + extra_after + "</div>\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# texts of our side that people quote
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vereine, Initiativen und Interessierte,

herzlich laden wir Sie zum Interkulturellen Sommerforum Münster 2027 ein:

Samstag, 26. Juni 2027, 10:00 bis 17:00 Uhr
Bürgerhaus Bennohaus, Bennostraße 5, 48155 Münster

Nach einem gemeinsamen Auftakt diskutieren wir am Nachmittag in sechs
parallelen Gesprächsrunden:

Runde A – Wohnen und Nachbarschaft
Runde B – Arbeit und Anerkennung
Runde C – Gesundheit und Pflege
Runde D – Sprache und Mehrsprachigkeit
Runde E – Sport und Vereinsleben
Runde F – Kultur und Begegnung

Die Teilnahme ist kostenlos. Bitte melden Sie sich bis zum 18. Juni 2027
per E-Mail an sommerforum@muenster.example an und nennen Sie uns Ihre
Wunschrunde (gern auch eine Zweitwahl) sowie die Zahl der Personen.

Mit freundlichen Grüßen
Amt für Migration und interkulturelle Angelegenheiten
Stadt Münster"""

INVITATION_SUBJECT = "Einladung: Interkulturelles Sommerforum Münster 2027 – Anmeldung bis 18. Juni"
CONF_SUBJECT = "Ihre Anmeldung zum Interkulturellen Sommerforum Münster 2027"

TITLES = {"A": "Wohnen und Nachbarschaft", "B": "Arbeit und Anerkennung",
          "C": "Gesundheit und Pflege", "D": "Sprache und Mehrsprachigkeit",
          "E": "Sport und Vereinsleben", "F": "Kultur und Begegnung"}


def confirmation(name, party, rounds):
    """The confirmation text our side sent (people reply to it)."""
    if len(rounds) == 1:
        rl = f"Runde {rounds[0]} – {TITLES[rounds[0]]}"
    else:
        rl = (f"Runde {rounds[0]} – {TITLES[rounds[0]]} (Erstwunsch), "
              f"Runde {rounds[1]} – {TITLES[rounds[1]]} (Zweitwunsch)")
    persons = "1 Person" if party == 1 else f"{party} Personen"
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Interkulturellen Sommerforum Münster 2027.

Termin: Samstag, 26. Juni 2027, 10:00–17:00 Uhr
Ort: Bürgerhaus Bennohaus, Bennostraße 5, 48155 Münster
Angemeldet: {persons}
Gesprächsrunde: {rl}

Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team des Interkulturellen Sommerforums"""


# ---------------------------------------------------------------------------
# expected records
# ---------------------------------------------------------------------------


def rec(kind, email_=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def machine(kind, bounced=None):
    return rec(kind, bounced=bounced)


MAILS = []   # (filename, bytes, expected record)


def mid(slug, domain):
    h = hashlib.sha1(slug.encode()).hexdigest()
    return f"<{h[:8].upper()}.{h[8:20]}@{domain}>"


def add(slug, date, from_, subject, part, exp, to=None, subject_charset="utf-8",
        extra=(), domain=None, msgid=None):
    n = len(MAILS) + 1
    fname = f"{n:03d}-{slug}.eml"
    if domain is None:
        m = re.search(r"@([\w.-]+)>?$", from_)
        domain = m.group(1)
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")
    headers = [("From", from_),
               ("To", to or addr(OURS_NAME, OURS)),
               ("Subject", unstructured(subject, subject_charset)),
               ("Date", email.utils.format_datetime(dt)),
               ("Message-ID", msgid or mid(slug, domain))]
    headers += list(extra)
    MAILS.append((fname, message(headers, part), exp))


def reply_headers(conf_id, refs=()):
    ref = " ".join(list(refs) + [conf_id])
    return [("In-Reply-To", conf_id), ("References", ref)]


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 auto_reply: Outlook out-of-office to the invitation (Auto-Submitted header present);
#     the German/English text names a colleague "Frau Sommer" and a date, no registration.
add("hollenberg-abwesenheit", "2027-04-27 09:16:40 +0200",
    addr("Hollenberg, Wiebke", "w.hollenberg@ev-familienbildung.example"),
    "Automatische Antwort: " + INVITATION_SUBJECT,
    leaf("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 7. Mai 2027, nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sommer
(sekretariat@ev-familienbildung.example, Tel. 0251 4 90 17-0).

Thank you for your message. I am out of the office until 7 May 2027 with no
access to e-mail. For urgent matters please contact
sekretariat@ev-familienbildung.example.

Wiebke Hollenberg
Evangelische Familienbildung Münster""", "utf-8", "quoted-printable"),
    machine("auto_reply"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Thread-Topic", unstructured(INVITATION_SUBJECT, name="Thread-Topic")),
           ("X-MS-Exchange-Inbox-Rules-Loop", "w.hollenberg@ev-familienbildung.example")])

# 002 registration, German, plain ISO-8859-1 quoted-printable: "Runde D (title)", organisation
#     only in the signature, whose department line also contains the word "Sprache".
add("brinkmann-runde-d", "2027-04-27 14:22:05 +0200",
    addr("Gabriele Brinkmann", "g.brinkmann@fbs-muenster.example"),
    "Anmeldung Sommerforum",
    leaf("""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für das Interkulturelle Sommerforum am
26. Juni an. Ich würde gern an der Runde D (Sprache und Mehrsprachigkeit)
teilnehmen - das Thema beschäftigt uns in unseren Eltern-Kind-Kursen
gerade sehr.

Mit freundlichen Grüßen

Gabriele Brinkmann
Fachbereichsleitung Familie & Sprache
Familienbildungsstätte Münster
Hafenweg 12 · 48155 Münster
Tel. 0251 39 77 41-12
www.fbs-muenster.example""", "iso-8859-1", "quoted-printable"),
    rec("registration", "g.brinkmann@fbs-muenster.example", "Gabriele Brinkmann",
        "Familienbildungsstätte Münster", ["D"], 1, "de"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 003 registration, Turkish, ISO-8859-9 8bit: three named persons, round by German title in
#     quotes plus "Runde B"; the association name contains "Kültür" (not round F).
add("yilmaz-tr-runde-b", "2027-04-28 19:48:31 +0200",
    addr("Mehmet Yilmaz", "m.yilmaz@tkd-muenster.example"),
    "Sommerforum kayıt", 
    leaf("""Merhaba,

Davetiniz için teşekkür ederiz. Derneğimizden üç kişi olarak 26 Haziran'daki
Sommerforum'a katılmak istiyoruz: ben, Hatice Yılmaz ve Emre Aslan.
Hepimiz "Arbeit und Anerkennung" (Runde B) konusuyla ilgileniyoruz, çünkü
üyelerimizin çoğu diplomalarının tanınması ile ilgili sorun yaşıyor.

Almancam çok iyi değil, bu yüzden Türkçe yazıyorum, kusura bakmayın.

Saygılarımla
Mehmet Yılmaz
Münster Türk Kültür Derneği
Başkan Yardımcısı""", "iso-8859-9", "8bit"),
    rec("registration", "m.yilmaz@tkd-muenster.example", "Mehmet Yılmaz",
        "Münster Türk Kültür Derneği", ["B"], 3, "tr"),
    subject_charset="iso-8859-9")

# 004 bounce: Postfix multipart/report for the invitation; the returned original lists all
#     six rounds and the registration address.
_orig_invitation = message(
    [("From", addr(OURS_NAME, OURS)), ("To", "vorstand@afrika-kulturhaus.example"),
     ("Subject", unstructured(INVITATION_SUBJECT)),
     ("Date", "Tue, 27 Apr 2027 09:14:02 +0200"),
     ("Message-ID", "<inv-2027-0427-0914.77@muenster.example>")],
    leaf(INVITATION, "utf-8", "quoted-printable"))
add("mailer-daemon-bounce", "2027-04-28 21:03:12 +0200",
    addr("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example"),
    "Undelivered Mail Returned to Sender",
    multipart("report", [
        leaf("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vorstand@afrika-kulturhaus.example>: host mx.afrika-kulturhaus.example[192.0.2.41]
    said: 550 5.1.1 <vorstand@afrika-kulturhaus.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)""",
             "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
        raw_part("message/delivery-status", b"""Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Vb7Qm2kLgz9sWn
X-Postfix-Sender: rfc822; sommerforum@muenster.example
Arrival-Date: Tue, 27 Apr 2027 09:14:05 +0200 (CEST)

Final-Recipient: rfc822; vorstand@afrika-kulturhaus.example
Original-Recipient: rfc822;vorstand@afrika-kulturhaus.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.afrika-kulturhaus.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@afrika-kulturhaus.example>:
    Recipient address rejected: User unknown in virtual mailbox table
""", extra=[("Content-Description", "Delivery report")]),
        ([("Content-Type", "message/rfc822"), ("Content-Description", "Undelivered Message")],
         _orig_invitation),
    ], "4Vb7Qm2kLgz9sWn.1808939012/mx1.muenster.example",
        params='; report-type="delivery-status"', preamble="This is a MIME-encapsulated message."),
    machine("bounce", "vorstand@afrika-kulturhaus.example"),
    to=OURS, extra=[("Auto-Submitted", "auto-replied")], domain="mx1.muenster.example")

# 005 registration, English, Outlook HTML-only (no text part), utf-8 QP: first choice by topic
#     word "health and care (Runde C)", second choice by German title; "Last, First" display name.
add("okafor-en-html-only", "2027-04-29 11:37:50 +0200",
    addr("Okafor, Chinedu", "chinedu.okafor@uni-muenster.example"),
    "Registration – Intercultural Summer Forum",
    leaf(outlook_html([
        "Dear organising team,",
        "I would like to register for the Intercultural Summer Forum on 26 June.",
        "My first choice would be the round on health and care (Runde C); as a second choice "
        "I would take Arbeit und Anerkennung. Quite a few of our members are nursing students "
        "or doctors waiting for their licence, so both topics are close to what we deal with.",
        "Kind regards,\nChinedu Okafor",
        "Chinedu Okafor\nPublic Relations Officer\nAfrican Students’ Association Münster\n"
        "Schlossplatz 2 | 48149 Münster",
    ]), "utf-8", "quoted-printable", subtype="html"),
    rec("registration", "chinedu.okafor@uni-muenster.example", "Chinedu Okafor",
        "African Students’ Association Münster", ["C", "B"], 1, "en"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")])

# 006 registration, German, iPhone, utf-8 QP: a family of four (counted from "meine Frau,
#     unsere 2 Kinder ... und ich"), "Runde E Sport".
add("schulte-familie-iphone", "2027-04-30 21:12:09 +0200",
    addr("Thorsten Schulte", "t.schulte78@icloud.example"),
    "Anmeldung",
    leaf("""Hallo zusammen,

wir (meine Frau, unsere 2 Kinder 11 u. 14 und ich) würden gern zum Sommerforum kommen. Die Kinder spielen beide im Verein Fußball, deshalb Runde E Sport. Hoffe das passt auch mit Kindern.

Gruß Thorsten Schulte

Von meinem iPhone gesendet""", "utf-8", "quoted-printable"),
    rec("registration", "t.schulte78@icloud.example", "Thorsten Schulte", None, ["E"], 4, "de"),
    extra=[("X-Mailer", "iPhone Mail (21F90)")])

# 007 registration, Arabic, utf-8 base64: first/second choice by letter with Arabic topic words,
#     party given as the dual "شخصين" and as Arabic-Indic "٢"; signature in both scripts.
add("haddad-ar", "2027-05-02 10:05:44 +0200",
    addr("Rania Haddad", "rania.haddad@web.example"),
    "تسجيل - Sommerforum 2027",
    leaf("""مرحباً،

أود أن أسجّل في المنتدى الصيفي بين الثقافات يوم ٢٦ حزيران في بيت بينو.
سنحضر شخصين: أنا وزميلتي لمى العلي، من جمعية النساء السوريات في مونستر.

عدد الأشخاص: ٢
الخيار الأول: مجموعة النقاش C (الصحة والرعاية)
الخيار الثاني: D (اللغة وتعدد اللغات)

شكراً جزيلاً على الدعوة
رانيا حداد
Rania Haddad
جمعية النساء السوريات في مونستر""", "utf-8", "base64"),
    rec("registration", "rania.haddad@web.example", "Rania Haddad",
        "جمعية النساء السوريات في مونستر", ["C", "D"], 2, "ar"))

# 008 registration, Ukrainian, KOI8-U 8bit: "Runde A – Wohnen"; the German level "B1" is not
#     round B.
add("kovalenko-uk-koi8u", "2027-05-03 08:41:27 +0200",
    addr("Олена Коваленко", "olena.kovalenko@ukr.example", "koi8-u"),
    "Реєстрація на Sommerforum",
    leaf("""Добрий день!

Мене звати Олена Коваленко, я з Харкова, живу в Мюнстері з 2022 року.
Хочу зареєструватися на Interkulturelles Sommerforum 26 червня.
Мене найбільше цікавить Runde A - Wohnen (житло), бо ми вже два роки
шукаємо квартиру і знаємо, як це важко.

Моя німецька поки що на рівні B1, тому пишу українською.
Дякую за розуміння!

З повагою,
Олена Коваленко""", "koi8-u", "8bit"),
    rec("registration", "olena.kovalenko@ukr.example", "Олена Коваленко", None, ["A"], 1, "uk"),
    subject_charset="koi8-u")

# 009 question, German, ISO-8859-15 QP: accessibility; registration only conditional
#     ("Wenn das geht, melde ich mich gerne an").
add("pieper-frage-barrierefrei", "2027-05-04 16:30:00 +0200",
    addr("Dorothea Pieper", "d.pieper@t-online.example"),
    "Frage zur Barrierefreiheit beim Sommerforum",
    leaf("""Guten Tag,

ich habe die Einladung zum Interkulturellen Sommerforum über den
Seniorenbeirat bekommen und würde eventuell gern teilnehmen. Ich sitze
allerdings im Rollstuhl. Ist das Bennohaus barrierefrei zugänglich, auch
die Räume der Gesprächsrunden? Und gibt es eine rollstuhlgerechte Toilette?

Wenn das geht, melde ich mich gerne an.

Freundliche Grüße
Dorothea Pieper""", "iso-8859-15", "quoted-printable"),
    rec("question", "d.pieper@t-online.example", "Dorothea Pieper", None, [], None, "de"),
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")])

# 010 registration, German, Outlook inline forward of the invitation (WG:): a secretary
#     registers her boss, asks to confirm to the boss's address (in Cc), title only in
#     „…“ quotes; "Gebäude C" in the signature and all six rounds in the forwarded text.
add("vogt-fuer-becker-weiterleitung", "2027-05-05 09:58:13 +0200",
    addr("Vogt, Jan", "jan.vogt@caritas-ms.example"),
    "WG: " + INVITATION_SUBJECT,
    leaf("""Sehr geehrte Damen und Herren,

im Auftrag von Frau Dr. Ilse Becker (Leitung Fachdienst Integration und
Migration) möchte ich sie für das Sommerforum anmelden. Frau Dr. Becker
nimmt an der Gesprächsrunde „Arbeit und Anerkennung“ teil.

Die Bestätigung senden Sie bitte direkt an Frau Dr. Becker:
ilse.becker@caritas-ms.example. Ich selbst nehme nicht teil.

Mit freundlichen Grüßen
i. A. Jan Vogt

Sekretariat Fachdienst Integration und Migration
Caritasverband für die Stadt Münster e. V.
Josefstraße 2, Gebäude C, 48151 Münster
Telefon 0251 5 30 09-214 | Fax 0251 5 30 09-299
www.caritas-ms.example

Caritasverband für die Stadt Münster e. V. | Vorstand: ...
Registergericht Münster VR 1234

-----Ursprüngliche Nachricht-----
Von: Interkulturelles Sommerforum Münster <sommerforum@muenster.example>
Gesendet: Dienstag, 27. April 2027 09:14
An: Becker, Ilse Dr. <ilse.becker@caritas-ms.example>
Betreff: """ + INVITATION_SUBJECT + "\n\n" + INVITATION, "utf-8", "quoted-printable"),
    rec("registration", "ilse.becker@caritas-ms.example", "Ilse Becker",
        "Caritasverband für die Stadt Münster e. V.", ["B"], 1, "de"),
    extra=[("Cc", addr("Becker, Ilse Dr.", "ilse.becker@caritas-ms.example")),
           ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtO3Kx7w2nYc1VlQ0mC5Zk1aBq9Ww==")])

# 011 registration, Vietnamese, Gmail multipart/alternative, utf-8 base64: "Runde F (title)",
#     two persons stated as "tổng cộng 2 người".
_lan = """Chào Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, thành viên của Hội người Việt tại Münster. Tôi muốn đăng ký tham gia Diễn đàn mùa hè liên văn hóa ngày 26/6/2027, cùng với chồng tôi (tổng cộng 2 người).
Chúng tôi muốn tham gia Runde F (Kultur und Begegnung), vì hội chúng tôi thường tổ chức Tết Trung Thu và múa lân cho cả khu phố.

Xin cảm ơn!
Nguyễn Thị Lan
Hội người Việt tại Münster"""
add("nguyen-vi-gmail", "2027-05-06 20:19:02 +0200",
    addr("Lan Nguyen", "nguyenthilan.ms@googlemail.example"),
    "Đăng ký Sommerforum",
    multipart("alternative", [leaf(_lan, "utf-8", "base64"),
                              leaf(gmail_html(_lan), "utf-8", "base64", subtype="html")],
              "000000000000a1b2c3061f4d9e01", preamble=""),
    rec("registration", "nguyenthilan.ms@googlemail.example", "Nguyễn Thị Lan",
        "Hội người Việt tại Münster", ["F"], 2, "vi"))

# 012 registration, Russian, KOI8-R QP: youth group of six "включая меня", first choice E,
#     fall-back F; Latin From name, Cyrillic-only signature.
add("petrov-ru-koi8r", "2027-05-07 13:26:48 +0200",
    addr("Dmitrij Petrov", "d.petrov@most-muenster.example"),
    "Регистрация молодёжной группы",
    leaf("""Здравствуйте!

Я руководитель молодёжной группы культурного центра "Мост". Мы хотели бы
прийти на Sommerforum 26 июня группой из шести человек (включая меня),
ребятам от 16 до 19 лет.
Больше всего их интересует Runde E (спорт), если там не будет мест -
тогда Runde F.

Имена участников пришлю позже, если нужно.

С уважением,
Дмитрий Петров
Русскоязычный культурный центр "Мост" e.V., Мюнстер
тел. 0176 5550 3318""", "koi8-r", "quoted-printable"),
    rec("registration", "d.petrov@most-muenster.example", "Дмитрий Петров",
        'Русскоязычный культурный центр "Мост" e.V.', ["E", "F"], 6, "ru"),
    subject_charset="koi8-r")

# 013 change, English, Outlook HTML-only reply to the confirmation: switch to "Runde B";
#     the quoted confirmation still names Runde C (first) and B (second).
_conf_okafor = confirmation("Chinedu Okafor", 1, ["C", "B"])
add("okafor-en-wechsel-b", "2027-05-08 10:44:21 +0200",
    addr("Okafor, Chinedu", "chinedu.okafor@uni-muenster.example"),
    "RE: " + CONF_SUBJECT,
    leaf(outlook_html([
        "Hello again,",
        "Would it be possible to switch me to Runde B only? A colleague from our association "
        "has registered for the health round in the meantime, so it makes more sense for me "
        "to cover work and recognition.",
        "Thanks a lot!\nChinedu",
        "Chinedu Okafor\nPublic Relations Officer\nAfrican Students’ Association Münster",
    ], extra_after='<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
       '<p class="MsoNormal"><b>From:</b> Interkulturelles Sommerforum Münster &lt;sommerforum@muenster.example&gt;<br>\n'
       '<b>Sent:</b> Friday, April 30, 2027 10:02 AM<br>\n<b>To:</b> Okafor, Chinedu &lt;chinedu.okafor@uni-muenster.example&gt;<br>\n'
       f'<b>Subject:</b> {html_escape(CONF_SUBJECT)}</p>\n</div>\n'
       + "".join(f'<p class="MsoNormal">{html_escape(l) if l else "&nbsp;"}</p>\n' for l in _conf_okafor.split("\n"))),
        "utf-8", "quoted-printable", subtype="html"),
    rec("change", "chinedu.okafor@uni-muenster.example", "Chinedu Okafor",
        "African Students’ Association Münster", ["B"], None, "en"),
    extra=reply_headers("<conf-0429-okafor@muenster.example>")
    + [("X-Mailer", "Microsoft Outlook 16.0")])

# 014 registration, Farsi, utf-8 8bit: Persian digits "۳ نفر", "Runde D" with a Persian
#     topic word; the association is a "cultural" one (not round F).
add("rahimi-fa", "2027-05-10 18:02:33 +0200",
    addr("Zahra Rahimi", "z.rahimi@gmx.example"),
    "ثبت نام برای Sommerforum",
    leaf("""سلام و وقت بخیر،

من زهرا رحیمی هستم، عضو انجمن فرهنگی ایرانیان مونستر. می‌خواهم برای
فوروم تابستانی میان‌فرهنگی در تاریخ ۲۶ ژوئن ثبت نام کنم.

تعداد نفرات: ۳ نفر (من، خواهرم و دخترم)
میزگرد مورد نظر: Runde D – زبان و چندزبانگی، چون دخترم در مدرسه
با زبان مادری‌اش مشکل دارد.

با تشکر
زهرا رحیمی
Zahra Rahimi
انجمن فرهنگی ایرانیان مونستر""", "utf-8", "8bit"),
    rec("registration", "z.rahimi@gmx.example", "Zahra Rahimi",
        "انجمن فرهنگی ایرانیان مونستر", ["D"], 3, "fa"))

# 015 auto_reply: helpdesk ticket receipt WITHOUT Auto-Submitted / X-Autoreply headers,
#     ISO-8859-1 QP; the subject repeats the invitation subject.
add("servicedesk-ticket", "2027-05-10 18:40:07 +0200",
    addr("Servicedesk Integrationsportal", "no-reply@integrationsportal.example"),
    "[Ticket#2027051012000347] Ihre Anfrage ist eingegangen – " + INVITATION_SUBJECT,
    leaf("""Guten Tag,

vielen Dank für Ihre Nachricht an den Servicedesk des Integrationsportals.
Ihre Anfrage wurde unter der Ticketnummer 2027051012000347 erfasst und wird
in der Regel innerhalb von 3 bis 5 Werktagen bearbeitet.

Bitte antworten Sie nicht auf diese E-Mail. Wenn Sie Ihrer Anfrage etwas
hinzufügen möchten, nutzen Sie bitte den Link in Ihrem Kundenkonto:
https://service.integrationsportal.example/ticket/2027051012000347

Mit freundlichen Grüßen
Ihr Servicedesk-Team

--
Integrationsportal NRW · Servicedesk · Mo-Fr 8-16 Uhr""", "iso-8859-1", "quoted-printable"),
    machine("auto_reply"))

# 016 registration, German, Gmail multipart/alternative utf-8 QP: a sports youth group of
#     ten, numbered list of names (numbers 1-10 are not rounds), "Runde E „Sport …“";
#     signature line "Jugendarbeit" contains "arbeit".
_lange = """Hallo liebes Sommerforum-Team,

wir möchten uns gerne mit einer Gruppe aus unserer Jugendabteilung anmelden, insgesamt 10 Personen (8 Jugendliche, ein zweiter Trainer und ich). Passt natürlich perfekt zur Runde E „Sport und Vereinsleben“!

1. Kerstin Lange (Trainerin)
2. Murat Doğan (Co-Trainer)
3. Amina Yusuf
4. Leon Brockmann
5. Sara Tesfaye
6. Elias Hamdan
7. Mia Kowalski
8. Jonas Beckmann
9. Noor Rahmani
10. Tim Albers

Viele Grüße
Kerstin

--
Kerstin Lange
Jugendwartin | DJK Grün-Weiß Münster-Ost e.V.
Fachbereich Jugendarbeit & Integration durch Sport
Mobil 0157 5553 0112"""
add("lange-djk-gruppe-10", "2027-05-11 15:51:26 +0200",
    addr("Kerstin Lange", "kerstin.lange.djk@googlemail.example"),
    "Anmeldung Jugendabteilung DJK Grün-Weiß Münster-Ost – 10 Personen",
    multipart("alternative", [leaf(_lange, "utf-8", "quoted-printable"),
                              leaf(gmail_html(_lange), "utf-8", "quoted-printable", subtype="html")],
              "0000000000007e5d2a061f4fd3c2", preamble=""),
    rec("registration", "kerstin.lange.djk@googlemail.example", "Kerstin Lange",
        "DJK Grün-Weiß Münster-Ost e.V.", ["E"], 10, "de"))

# 017 registration, French, ISO-8859-1 QP: "premier choix … Runde F (culture)", fall-back
#     "Runde D (langues)"; "forum" is the event, not round F.
add("diallo-fr", "2027-05-12 07:55:10 +0200",
    addr("Mariam Diallo", "mariam.diallo@yahoo.example"),
    "Inscription forum d'été",
    leaf("""Bonjour,

Je m'appelle Mariam Diallo, je suis secrétaire de l'Association des
Guinéens de Münster. Je voudrais m'inscrire au Sommerforum du 26 juin.
Mon premier choix est la Runde F (culture), et si ce n'est pas possible,
la Runde D (langues).
Je parle un peu allemand mais j'écris mieux en français, excusez-moi.

Merci beaucoup et bonne journée,
Mariam Diallo
Association des Guinéens de Münster""", "iso-8859-1", "quoted-printable"),
    rec("registration", "mariam.diallo@yahoo.example", "Mariam Diallo",
        "Association des Guinéens de Münster", ["F", "D"], 1, "fr"),
    subject_charset="iso-8859-1")

# 018 question, English, us-ascii 7bit: fee, toddler, language of the rounds; "I'd be coming
#     on my own" is conditional, so nobody is registered yet.
add("raman-en-frage", "2027-05-12 22:14:55 +0200",
    addr("Priya Raman", "priya.raman@posteo.example"),
    "Question about the Summer Forum",
    leaf("""Hi,

I saw the flyer for the Interkulturelles Sommerforum at the Stadtbuecherei.
Two quick questions before I sign up: is there a fee, and is it okay to
bring a toddler (2 years)? I'd be coming on my own otherwise.
Also, will the discussion rounds all be in German?

Thanks,
Priya""", "us-ascii", "7bit"),
    rec("question", "priya.raman@posteo.example", "Priya Raman", None, [], None, "en"))

# 019 registration, Polish, windows-1250 QP: round by German title in „…“, herself and her
#     husband (2), association name in the signature.
add("kaminska-pl", "2027-05-13 12:07:39 +0200",
    addr("Agnieszka Kamińska", "a.kaminska@wp.example", "windows-1250"),
    "Zgłoszenie – Sommerforum 26.06.",
    leaf("""Dzień dobry,

chciałabym zgłosić siebie i mojego męża Pawła na Interkulturelles
Sommerforum w dniu 26 czerwca.
Interesuje nas runda „Sprache und Mehrsprachigkeit”, bo wychowujemy
dzieci dwujęzycznie i mamy dużo pytań.

Pozdrawiam serdecznie
Agnieszka Kamińska
Polskie Stowarzyszenie Rodziców „Polonia” Münster""", "windows-1250", "quoted-printable"),
    rec("registration", "a.kaminska@wp.example", "Agnieszka Kamińska",
        "Polskie Stowarzyszenie Rodziców „Polonia” Münster", ["D"], 2, "pl"),
    subject_charset="windows-1250")

# 020 change, German, iPhone top-posted reply: one more person (4 -> 5), round unchanged
#     ("Runde bleibt gleich" -> no new choice); emoji; quoted confirmation names Runde E.
add("schulte-aenderung-5", "2027-05-14 07:31:18 +0200",
    addr("Thorsten Schulte", "t.schulte78@icloud.example"),
    "Re: " + CONF_SUBJECT,
    leaf("""Hallo nochmal,
Opa kommt jetzt auch mit, er ist ab Juni zu Besuch aus Kasachstan 😊 Also sind wir 5 statt 4. Runde bleibt gleich.
Gruß Thorsten

Von meinem iPhone gesendet

> Am 30.04.2027 um 21:47 schrieb Interkulturelles Sommerforum Münster <sommerforum@muenster.example>:
>
""" + quote(confirmation("Thorsten Schulte", 4, ["E"])), "utf-8", "quoted-printable"),
    rec("change", "t.schulte78@icloud.example", "Thorsten Schulte", None, [], 5, "de"),
    extra=reply_headers("<conf-0430-schulte@muenster.example>") + [("X-Mailer", "iPhone Mail (21F90)")])

# 021 registration, German, ISO-8859-9 8bit, shared association mailbox with Reply-To to the
#     writer: first choice "Wohnen", second "Gesundheit und Pflege" by words only; "türkische
#     Sprache" is not a choice of round D.
add("kaya-alevi-sammelpostfach", "2027-05-15 11:20:04 +0200",
    addr("Alevitische Gemeinde Münster e.V.", "info@alevi-muenster.example"),
    "Anmeldung zum Sommerforum",
    leaf("""Sehr geehrtes Organisationsteam,

für die Alevitische Gemeinde Münster melden wir zwei Personen an: mich
(Ayşe Kaya, 2. Vorsitzende) und unser Vorstandsmitglied Herrn Hüseyin Demir.

Erste Wahl: Wohnen. Zweite Wahl: Gesundheit und Pflege.

Herr Demir spricht nicht so gut Deutsch - wäre es möglich, dass jemand in
der Runde auch die türkische Sprache kann? Das wäre sehr hilfreich.

Antworten Sie bitte an meine Adresse a.kaya@alevi-muenster.example, das
Info-Postfach lesen mehrere Leute.

Herzliche Grüße
Ayşe Kaya
Alevitische Gemeinde Münster e.V.
www.alevi-muenster.example""", "iso-8859-9", "8bit"),
    rec("registration", "a.kaya@alevi-muenster.example", "Ayşe Kaya",
        "Alevitische Gemeinde Münster e.V.", ["A", "C"], 2, "de"),
    extra=[("Reply-To", addr("Ayşe Kaya", "a.kaya@alevi-muenster.example", "iso-8859-9"))])

# 022 other: a network newsletter (List-Unsubscribe, Precedence: bulk, multipart/alternative
#     base64) that advertises the Sommerforum and mentions a "Gesprächsrunde Wohnen" elsewhere.
_nl = """NETZWERK INTERKULTUR NRW – Newsletter Mai 2027

Inhalt
1. Förderaufruf „Vielfalt vor Ort“ – Frist 30. Juni
2. Termine in der Region
3. Aus den Mitgliedsvereinen

1. Förderaufruf „Vielfalt vor Ort“
Vereine können bis zu 5.000 € für Begegnungsprojekte beantragen. Alle
Unterlagen: https://www.netzwerk-interkultur.example/foerderung

2. Termine in der Region
– 5. Juni, Bielefeld: Gesprächsrunde Wohnen – Diskriminierung auf dem
  Wohnungsmarkt (Anmeldung über unsere Website)
– 26. Juni, Münster: Interkulturelles Sommerforum Münster 2027 mit sechs
  Gesprächsrunden. Anmeldung bis 18. Juni bei sommerforum@muenster.example
– 3. Juli, Dortmund: Fachtag Sport und Integration

3. Aus den Mitgliedsvereinen
Der Kulturverein Nur e.V. aus Gelsenkirchen feiert 25 Jahre – herzlichen
Glückwunsch!

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.netzwerk-interkultur.example/newsletter/abmelden?u=8812"""
add("newsletter-netzwerk", "2027-05-15 14:00:00 +0200",
    addr("Netzwerk Interkultur NRW", "newsletter@netzwerk-interkultur.example"),
    "Newsletter Mai 2027: Förderaufruf, Termine, Sommerfeste",
    multipart("alternative", [
        leaf(_nl, "utf-8", "base64"),
        leaf("<html><body style=\"font-family:Arial,sans-serif\">\n"
             + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>' + chr(10))}</p>\n" for p in _nl.split("\n\n"))
             + "</body></html>", "utf-8", "base64", subtype="html")],
        "=_nl_20270515_8812"),
    machine("other"),
    to=addr(OURS_NAME, OURS),
    extra=[("List-Unsubscribe", "<https://www.netzwerk-interkultur.example/newsletter/abmelden?u=8812>, "
            "<mailto:abmelden@netzwerk-interkultur.example?subject=unsubscribe>"),
           ("List-Id", "Newsletter Netzwerk Interkultur <newsletter.netzwerk-interkultur.example>"),
           ("Precedence", "bulk"), ("X-Mailer", "CleverReach")])

# 023 registration, Italian, ISO-8859-15 8bit: "gruppo di discussione C – salute e assistenza
#     (Gesundheit und Pflege)", "Vengo da sola" = 1.
add("rossi-it", "2027-05-17 13:45:29 +0200",
    addr("Giulia Rossi", "giulia.rossi@libero.example"),
    "iscrizione Sommerforum 26 giugno",
    leaf("""Buongiorno,

mi chiamo Giulia Rossi, sono infermiera all'Ospedale Clemens e faccio
volontariato presso la Missione Cattolica Italiana di Münster.
Vorrei iscrivermi al Sommerforum del 26 giugno, gruppo di discussione
C - salute e assistenza (Gesundheit und Pflege). Vengo da sola.

Grazie e cordiali saluti
Giulia Rossi
Missione Cattolica Italiana di Münster""", "iso-8859-15", "8bit"),
    rec("registration", "giulia.rossi@libero.example", "Giulia Rossi",
        "Missione Cattolica Italiana di Münster", ["C"], 1, "it"))

# 024 registration, Albanian, windows-1252 8bit: dance group of 8 "me mua bashkë",
#     "Runde F – Kultur und Begegnung"; association name has "Kulturore".
add("hoxha-sq", "2027-05-18 20:33:50 +0200",
    addr("Arben Hoxha", "arben.hoxha@gmx.example"),
    "Regjistrim për Sommerforum",
    leaf("""Përshëndetje,

Jam Arben Hoxha nga Shoqata Kulturore Shqiptare "Skënderbeu" Münster.
Duam të vijmë në Sommerforum më 26 qershor me grupin tonë të valleve:
gjithsej 8 persona (me mua bashkë).
Na intereson Runde F – Kultur und Begegnung. Mund të sjellim edhe një
valle të shkurtër tradicionale, nëse ka kohë për këtë.

Faleminderit dhe ju përshëndes,
Arben Hoxha
Kryetar
Shoqata Kulturore Shqiptare "Skënderbeu" Münster""", "windows-1252", "8bit"),
    rec("registration", "arben.hoxha@gmx.example", "Arben Hoxha",
        'Shoqata Kulturore Shqiptare "Skënderbeu" Münster', ["F"], 8, "sq"),
    subject_charset="windows-1252")

# 025 change, Arabic, windows-1256 base64 reply without quote (In-Reply-To only): "A instead
#     of C"; the registration had C first and D second; the new choice is A only.
add("haddad-ar-wechsel-a", "2027-05-19 09:12:37 +0200",
    addr("Rania Haddad", "rania.haddad@web.example"),
    "رد: " + CONF_SUBJECT,
    leaf("""مرحباً،

هل يمكن أن ننتقل أنا وزميلتي لمى إلى مجموعة A (السكن) بدلاً من C؟
اكتشفنا أن موضوع السكن أهم بالنسبة لعضوات جمعيتنا الآن.

شكراً
رانيا حداد""", "windows-1256", "base64"),
    rec("change", "rania.haddad@web.example", "Rania Haddad",
        "جمعية النساء السوريات في مونستر", ["A"], None, "ar"),
    extra=reply_headers("<conf-0503-haddad@muenster.example>"))

# 026 question, German learner, us-ascii without umlauts: asks about interpreters; "A2" and
#     "Meine Sprache" are no rounds; the registration is only conditional ("Wenn ja, ...").
add("alkhatib-frage-dolmetscher", "2027-05-20 17:48:12 +0200",
    addr("samir alkhatib", "samir.alkhatib88@gmx.example"),
    "frage",
    leaf("""Hallo,

ich habe die Einladung von Sommerforum bekommen von meine Deutschkurs
Lehrerin. Ich mochte fragen, muss ich sehr gut Deutsch sprechen fur die
Gesprachsrunde? Meine Sprache ist Arabisch und mein Deutsch ist A2.
Gibt es Dolmetscher oder Ubersetzung?
Wenn ja, ich melde mich an fur Arbeit Runde.

Danke
Samir Al-Khatib""", "us-ascii", "7bit"),
    rec("question", "samir.alkhatib88@gmx.example", "Samir Al-Khatib", None, [], None, "de"))

# 027 registration, German, Outlook multipart/alternative windows-1252 QP: choice by
#     exclusion "alles außer C"; long legal disclaimer.
_weber_sig = """Matthias Weber
Mitglied des Integrationsrates der Stadt Münster
Sprecher Ausschuss Soziales und Wohnen
Klemensstraße 10, 48143 Münster"""
_weber_disc = """Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet. Bitte denken Sie an die Umwelt,
bevor Sie diese E-Mail ausdrucken."""
_weber = ["Sehr geehrte Damen und Herren,",
          "gerne nehme ich als Mitglied des Integrationsrates am Interkulturellen Sommerforum teil.",
          "Was die Gesprächsrunden angeht, bin ich flexibel – setzen Sie mich gern dort ein, wo noch "
          "Plätze frei sind, alles außer C. (Die Gesundheitsrunde besucht bereits meine Kollegin.)",
          "Mit freundlichen Grüßen\nMatthias Weber",
          _weber_sig, _weber_disc]
add("weber-alles-ausser-c", "2027-05-20 18:05:41 +0200",
    addr("Weber, Matthias", "matthias.weber@integrationsrat-ms.example"),
    "Anmeldung Sommerforum / Integrationsrat",
    multipart("alternative", [
        leaf("\n\n".join(_weber), "windows-1252", "quoted-printable"),
        leaf(outlook_html(_weber).replace("charset=utf-8", "charset=windows-1252"),
             "windows-1252", "quoted-printable", subtype="html")],
        "_000_AM9PR09MB4883D1E5C3B7A0F2B77E1C66A1902AM9PR09MB4883eurp_", preamble=""),
    rec("registration", "matthias.weber@integrationsrat-ms.example", "Matthias Weber",
        "Integrationsrat der Stadt Münster", ["A", "B", "D", "E", "F"], 1, "de"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")])

# 028 cancellation, German, windows-1252 QP, Outlook top-posted over the quoted confirmation:
#     whole cancellation; "Runde D" appears in the new text but only to say which one.
add("brinkmann-absage", "2027-05-21 08:03:56 +0200",
    addr("Gabriele Brinkmann", "g.brinkmann@fbs-muenster.example"),
    "AW: " + CONF_SUBJECT,
    leaf("""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zurückziehen – an dem Wochenende findet bei
uns kurzfristig eine Klausurtagung statt. Bitte streichen Sie mich von der
Liste für Runde D. Ob eine Kollegin einspringen kann, kläre ich noch; sie
würde sich dann selbst bei Ihnen melden.

Mit freundlichen Grüßen

Gabriele Brinkmann
Fachbereichsleitung Familie & Sprache
Familienbildungsstätte Münster

-----Ursprüngliche Nachricht-----
Von: Interkulturelles Sommerforum Münster <sommerforum@muenster.example>
Gesendet: Dienstag, 27. April 2027 16:40
An: Gabriele Brinkmann <g.brinkmann@fbs-muenster.example>
Betreff: """ + CONF_SUBJECT + "\n\n" + confirmation("Gabriele Brinkmann", 1, ["D"]),
         "windows-1252", "quoted-printable"),
    rec("cancellation", "g.brinkmann@fbs-muenster.example", "Gabriele Brinkmann",
        "Familienbildungsstätte Münster", [], None, "de"),
    extra=reply_headers("<conf-0427-brinkmann@muenster.example>") + [("X-Mailer", "Microsoft Outlook 16.0")])

# 029 registration, Spanish, ISO-8859-1 base64: mother and daughter (2), "Runde D sobre
#     plurilingüismo".
add("garcia-es", "2027-05-22 11:29:15 +0200",
    addr("Lucía García Fernández", "lucia.garcia@correo.example", "iso-8859-1"),
    "Inscripción Sommerforum (2 personas)",
    leaf("""Hola:

Quisiera inscribirme en el Interkulturelles Sommerforum del 26 de junio
junto con mi hija Carmen (12 años), que es bilingüe alemán-español.
Nos interesa la Runde D sobre plurilingüismo.
Somos de la Asociación Hispano-Alemana de Padres de Münster.

¡Muchas gracias y un saludo!
Lucía García Fernández""", "iso-8859-1", "base64"),
    rec("registration", "lucia.garcia@correo.example", "Lucía García Fernández",
        "Asociación Hispano-Alemana de Padres de Münster", ["D"], 2, "es"))

# 030 cancellation (partial: one of two colleagues), German, utf-8 QP: the writer withdraws
#     her own separate registration, the colleague stays; "Runde B" only describes it.
add("hoffmann-absage-kollege-bleibt", "2027-05-25 10:17:44 +0200",
    addr("Lea Hoffmann", "lea.hoffmann@jmd-muenster.example"),
    "Absage Lea Hoffmann – Kollege kommt weiterhin",
    leaf("""Hallo,

mein Kollege Jonas Richter und ich hatten uns im Mai beide für das
Sommerforum angemeldet (jeweils einzeln, Runde B). Ich muss meine Teilnahme
leider absagen, weil ich an dem Samstag Dienst im Jugendtreff habe.

Jonas' Anmeldung bleibt bitte bestehen, er kommt wie geplant.

Viele Grüße
Lea Hoffmann
Jugendmigrationsdienst Münster
Tel. 0251 5 55 43 21""", "utf-8", "quoted-printable"),
    rec("cancellation", "lea.hoffmann@jmd-muenster.example", "Lea Hoffmann",
        "Jugendmigrationsdienst Münster", [], None, "de"),
    extra=[("User-Agent", "Mozilla Thunderbird")])

# 031 registration, Chinese, GB2312 base64: 第一选择 Runde A, 第二选择 Runde F, alone;
#     signature gives the name in Chinese and in Latin letters.
add("chen-zh-gb2312", "2027-05-26 14:58:03 +0200",
    addr("Chen Jing", "chenjing@qq.example"),
    "报名 Sommerforum",
    leaf("""您好！

我叫陈静，是明斯特华人协会的成员。我想报名参加6月26日的跨文化夏季论坛（Sommerforum）。

第一选择：Runde A（住房）
第二选择：Runde F（文化）

只有我一个人参加。

谢谢！
陈静 Chen Jing
明斯特华人协会""", "gb2312", "base64"),
    rec("registration", "chenjing@qq.example", "Chen Jing", "明斯特华人协会", ["A", "F"], 1, "zh"),
    subject_charset="gb2312")

# 032 change, Turkish, windows-1254 QP reply: two more people (3 -> 5), "Hepsi yine Runde B"
#     restates the round.
add("yilmaz-tr-plus-zwei", "2027-05-27 21:40:26 +0200",
    addr("Mehmet Yilmaz", "m.yilmaz@tkd-muenster.example"),
    "Ynt: " + CONF_SUBJECT,
    leaf("""Merhaba tekrar,

Derneğimizden iki kişi daha gelmek istiyor: Gülsüm Koç ve Serkan Öztürk.
Yani toplam 5 kişi olacağız. Hepsi yine Runde B için.
Mümkünse kaydımızı güncelleyin lütfen.

Teşekkürler
Mehmet Yılmaz

29.04.2027 10:12 tarihinde Interkulturelles Sommerforum Münster yazdı:
""" + quote(confirmation("Mehmet Yilmaz", 3, ["B"])), "windows-1254", "quoted-printable"),
    rec("change", "m.yilmaz@tkd-muenster.example", "Mehmet Yılmaz",
        "Münster Türk Kültür Derneği", ["B"], 5, "tr"),
    extra=reply_headers("<conf-0429-yilmaz@muenster.example>"))

# 033 question, German, utf-8 QP: press enquiry (photographer, interview, are the rounds
#     public?) - nobody registers.
add("osterkamp-presseanfrage", "2027-05-28 09:26:51 +0200",
    addr("Katrin Osterkamp", "k.osterkamp@stadtzeitung-ms.example"),
    "Presseanfrage Interkulturelles Sommerforum",
    leaf("""Sehr geehrte Damen und Herren,

die Münstersche Stadtzeitung würde gern über das Interkulturelle
Sommerforum am 26. Juni berichten. Dürfen wir mit einer Fotografin vor Ort
sein, und gibt es eine Ansprechperson für ein kurzes Interview am Rande?
Sind die Gesprächsrunden für Pressevertreter offen, oder finden sie in
geschütztem Rahmen statt?

Für eine kurze Rückmeldung bis Mitte Juni wäre ich dankbar.

Mit besten Grüßen
Katrin Osterkamp
Redaktion Lokales
Münstersche Stadtzeitung
Tel. 0251 6 90 55-31""", "utf-8", "quoted-printable"),
    rec("question", "k.osterkamp@stadtzeitung-ms.example", "Katrin Osterkamp",
        "Münstersche Stadtzeitung", [], None, "de"))

# 034 registration, German one-liner from a phone, utf-8 8bit: "die 6. Runde (Kultur und
#     Begegnung)" = F by position and title; From display name is a nickname.
add("mueller-einzeiler", "2027-05-29 23:02:37 +0200",
    addr("jana.m", "jana.mueller93@web.example"),
    "Anmeldung",
    leaf("""Hi, hiermit melde ich mich für die 6. Runde an (Kultur und Begegnung). Bin allein. LG Jana Müller

Von meinem Samsung Galaxy Smartphone gesendet.""", "utf-8", "8bit"),
    rec("registration", "jana.mueller93@web.example", "Jana Müller", None, ["F"], 1, "de"))

# 035 change, German, Outlook for iOS top-posted: "fest in Runde B … falls dort voll, dann F";
#     the quoted confirmation assigned Runde A.
add("weber-aenderung-b-f", "2027-06-01 07:49:09 +0200",
    addr("Weber, Matthias", "matthias.weber@integrationsrat-ms.example"),
    "AW: " + CONF_SUBJECT,
    leaf("""Hallo,
kurze Korrektur: ich habe mit meiner Fraktion gesprochen, bitte tragen Sie mich fest in Runde B ein. Falls die voll ist, dann F.
Danke und Gruß
M. Weber

Von Outlook für iOS gesendet
________________________________
Von: Interkulturelles Sommerforum Münster <sommerforum@muenster.example>
Gesendet: Freitag, Mai 21, 2027 9:05 AM
An: Weber, Matthias <matthias.weber@integrationsrat-ms.example>
Betreff: """ + CONF_SUBJECT + "\n\n" + confirmation("Matthias Weber", 1, ["A"]),
         "utf-8", "quoted-printable"),
    rec("change", "matthias.weber@integrationsrat-ms.example", "Matthias Weber",
        "Integrationsrat der Stadt Münster", ["B", "F"], None, "de"),
    extra=reply_headers("<conf-0521-weber@muenster.example>"))

# 036 registration, English learner, us-ascii phone mail: wife and 2 children -> 4 persons
#     stated as "4 person", "sport round (E)".
add("osei-en-familie", "2027-06-02 19:22:40 +0200",
    addr("Kwame Osei", "kwameosei@outlook.example"),
    "register",
    leaf("""Hello Sir/Madam

I want join the summer forum on 26 june with my wife and our 2 children, so we are 4 person. We are interest for the sport round (E) because my son is playing football in Preussen youth team and we like to know more about the clubs.

Thank you
Kwame Osei

Sent from my Galaxy""", "us-ascii", "7bit"),
    rec("registration", "kwameosei@outlook.example", "Kwame Osei", None, ["E"], 4, "en"))

# 037 change, Russian, utf-8 8bit (Thunderbird), inline reply between quoted lines: six -> four people;
#     rounds "остаётся как было" (no new choice).
add("petrov-ru-inline-4", "2027-06-03 12:55:30 +0200",
    addr("Dmitrij Petrov", "d.petrov@most-muenster.example"),
    "Re: " + CONF_SUBJECT,
    leaf("""Здравствуйте,

08.05.2027 9:31, Interkulturelles Sommerforum Münster пишет:
> Guten Tag Dmitrij Petrov,
>
> vielen Dank für Ihre Anmeldung zum Interkulturellen Sommerforum Münster 2027.
>
> Termin: Samstag, 26. Juni 2027, 10:00–17:00 Uhr
> Ort: Bürgerhaus Bennohaus, Bennostraße 5, 48155 Münster
> Angemeldet: 6 Personen

К сожалению, двое ребят не смогут, их не будет в городе.
Будет 4 человека, включая меня.

> Gesprächsrunde: Runde E – Sport und Vereinsleben (Erstwunsch), Runde F – Kultur und Begegnung (Zweitwunsch)

Тут всё остаётся как было.

> Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese E-Mail.

Спасибо!
Д. Петров""", "utf-8", "8bit"),
    rec("change", "d.petrov@most-muenster.example", "Дмитрий Петров",
        'Русскоязычный культурный центр "Мост" e.V.', [], 4, "ru"),
    extra=reply_headers("<conf-0508-petrov@muenster.example>")
    + [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1")])

# 038 change (partial withdrawal: her husband drops out of a two-person registration),
#     Polish, windows-1250 base64: party 2 -> 1, no round named.
add("kaminska-pl-nur-noch-1", "2027-06-04 16:11:08 +0200",
    addr("Agnieszka Kamińska", "a.kaminska@wp.example", "windows-1250"),
    "Odp: " + CONF_SUBJECT,
    leaf("""Dzień dobry,

niestety mój mąż musi w tym dniu pracować, więc przyjdę sama.
Proszę zmienić zgłoszenie na 1 osobę.

Pozdrawiam
Agnieszka Kamińska

W dniu 14.05.2027 o 09:02, Interkulturelles Sommerforum Münster pisze:
""" + quote(confirmation("Agnieszka Kamińska", 2, ["D"])), "windows-1250", "base64"),
    rec("change", "a.kaminska@wp.example", "Agnieszka Kamińska",
        "Polskie Stowarzyszenie Rodziców „Polonia” Münster", [], 1, "pl"),
    extra=reply_headers("<conf-0514-kaminska@muenster.example>"))

# 039 registration, Greek, ISO-8859-7 QP: Runde C first, Runde D "ως δεύτερη επιλογή";
#     Latin From name, Greek-only signature.
add("papadopoulou-el", "2027-06-05 10:38:22 +0200",
    addr("Eleni Papadopoulou", "eleni.papadopoulou@otenet.example"),
    "Εγγραφή στο Sommerforum",
    leaf("""Καλησπέρα σας,

Θα ήθελα να εγγραφώ στο Interkulturelles Sommerforum στις 26 Ιουνίου.
Εργάζομαι ως νοσηλεύτρια σε γηροκομείο στο Μύνστερ και με ενδιαφέρει πολύ
η Runde C (Gesundheit und Pflege). Ως δεύτερη επιλογή θα ήθελα τη Runde D.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Ελληνική Κοινότητα Μύνστερ""", "iso-8859-7", "quoted-printable"),
    rec("registration", "eleni.papadopoulou@otenet.example", "Ελένη Παπαδοπούλου",
        "Ελληνική Κοινότητα Μύνστερ", ["C", "D"], 1, "el"),
    subject_charset="iso-8859-7")

# 040 cancellation, Romanian, ISO-8859-16 QP from an iPhone: she registered by phone
#     (no earlier mail in the set); "Runda B" only identifies the registration.
add("ionescu-ro-anulare", "2027-06-07 06:58:14 +0200",
    addr("Andreea Ionescu", "andreea.ionescu@yahoo.example"),
    "Anulare înscriere Sommerforum",
    leaf("""Bună ziua,

M-am înscris acum câteva săptămâni prin telefon, la colega dumneavoastră, pentru Sommerforum, Runda B. Din păcate nu mai pot veni, am primit o tură la muncă exact sâmbătă.
Vă rog să mă ștergeți de pe listă.

Mulțumesc și scuze,
Andreea Ionescu

Trimis de pe iPhone-ul meu""", "iso-8859-16", "quoted-printable"),
    rec("cancellation", "andreea.ionescu@yahoo.example", "Andreea Ionescu", None, [], None, "ro"),
    subject_charset="iso-8859-16", extra=[("X-Mailer", "iPhone Mail (21F90)")])

# 041 cancellation on behalf of a colleague, German learner, multipart/mixed with a vCard:
#     the writer stays registered; the confirmation shall go to the colleague's address.
_vcf = """BEGIN:VCARD
VERSION:3.0
N:Marković;Jelena;;;
FN:Jelena Marković
ORG:Serbischer Kulturverein „Vuk Karadžić“ Münster e.V.
EMAIL;TYPE=INTERNET:jelena.markovic@srpsko-drustvo.example
TEL;TYPE=CELL:+49 176 5550 2290
END:VCARD
"""
add("markovic-storno-fuer-ilic", "2027-06-08 13:14:45 +0200",
    addr("Jelena Marković", "jelena.markovic@srpsko-drustvo.example"),
    "Stornierung Goran Ilić",
    multipart("mixed", [
        leaf("""Guten Tag,

ich schreibe für meine Kollege Goran Ilić aus unserem Verein (Serbischer
Kulturverein „Vuk Karadžić“ Münster). Er hat sich für Sommerforum
angemeldet, aber er liegt jetzt im Krankenhaus und kann leider nicht
kommen. Bitte stornieren Sie seine Anmeldung und schicken Sie die
Bestätigung direkt an ihn: goran.ilic@srpsko-drustvo.example

Meine eigene Anmeldung bleibt, ich komme.

Vielen Dank und schöne Grüße
Jelena Marković""", "utf-8", "quoted-printable"),
        ([("Content-Type", 'text/x-vcard; charset="utf-8"; name="Jelena Markovic.vcf"'),
          ("Content-Disposition", 'attachment; filename="Jelena Markovic.vcf"'),
          ("Content-Transfer-Encoding", "base64")], _b64(_vcf.replace("\n", "\r\n").encode("utf-8"))),
    ], "------------7Bq2mPbN0zX4cW1tLr9e3FhK"),
    rec("cancellation", "goran.ilic@srpsko-drustvo.example", "Goran Ilić",
        "Serbischer Kulturverein „Vuk Karadžić“ Münster", [], None, "de"),
    extra=[("User-Agent", "Mozilla Thunderbird")])

# 042 registration, Portuguese (Brazil), windows-1252 QP: three named persons, "Preferimos
#     a Runde F (cultura), mas a E (esporte) também" -> F then E.
add("santos-pt-capoeira", "2027-06-09 18:47:59 +0200",
    addr("Ana Paula Santos", "anapaula.santos@bol.example"),
    "Inscrição – Sommerforum 26/06",
    leaf("""Olá, tudo bem?

Gostaria de inscrever três pessoas do nosso grupo de capoeira para o
Sommerforum: eu, o Mestre Jorge Nascimento e a Fernanda Lima.
Preferimos a Runde F (cultura), mas a E (esporte) também seria ótima para
nós — capoeira é as duas coisas, né? :-)

Obrigada!

Abraços,
Ana Paula Santos
Grupo Capoeira Angola Münster e.V.""", "windows-1252", "quoted-printable"),
    rec("registration", "anapaula.santos@bol.example", "Ana Paula Santos",
        "Grupo Capoeira Angola Münster e.V.", ["F", "E"], 3, "pt"),
    subject_charset="windows-1252")

# 043 cancellation, English learner, us-ascii reply (Samsung quote header): the whole family.
add("osei-en-absage", "2027-06-10 08:30:12 +0200",
    addr("Kwame Osei", "kwameosei@outlook.example"),
    "Re: " + CONF_SUBJECT,
    leaf("""Hello
Sorry we can not come to the forum, my wife mother is sick and we travel to Ghana in june. Please delete our registration.
Thank you
Kwame

Sent from my Galaxy


-------- Original message --------
From: Interkulturelles Sommerforum Muenster <sommerforum@muenster.example>
Date: 02/06/2027 19:40 (GMT+01:00)
To: kwameosei@outlook.example
Subject: Ihre Anmeldung zum Interkulturellen Sommerforum Muenster 2027

Guten Tag Kwame Osei,
Angemeldet: 4 Personen
Gesprachsrunde: Runde E - Sport und Vereinsleben""", "us-ascii", "7bit"),
    rec("cancellation", "kwameosei@outlook.example", "Kwame Osei", None, [], None, "en"),
    extra=reply_headers("<conf-0602-osei@muenster.example>"))

# 044 other: catering advertisement (HTML + text, utf-8 QP) that names "Ihr Sommerforum"
#     and "Gesprächsrunden" - commercial, not a registration.
_cat = """Sehr geehrte Veranstalterinnen und Veranstalter,

Ihr Interkulturelles Sommerforum am 26. Juni steht vor der Tür – haben Sie
schon an die Verpflegung gedacht?

Unser Angebot für Ihre Gesprächsrunden:
• Kaffeepausen-Paket ab 6,90 € pro Person
• Mittagsbuffet „Orient & Westfalen“ ab 18,50 € pro Person
• Vegetarisch, vegan, halal – alles aus einer Hand

Jetzt bis 31. Mai buchen und 10 % Frühbucherrabatt sichern:
https://www.anatolia-catering.example/angebot/sommerforum

Mit herzlichen Grüßen
Ihr Team von Anatolia Catering & Events
Hammer Straße 212 · 48153 Münster

Sie möchten keine Angebote mehr erhalten? Antworten Sie mit „Abmelden“."""
add("catering-werbung", "2027-06-10 10:05:00 +0200",
    addr("Anatolia Catering & Events", "angebote@anatolia-catering.example"),
    "Ihr Sommerforum am 26.06. – jetzt Catering-Angebot sichern!",
    multipart("alternative", [
        leaf(_cat, "utf-8", "quoted-printable"),
        leaf("<!DOCTYPE html><html><body style=\"margin:0;background:#f4efe6\">\n"
             "<table width=\"600\" align=\"center\" style=\"font-family:Georgia,serif;background:#fff\">"
             "<tr><td style=\"padding:24px\">\n"
             + "".join(f"<p>{html_escape(p).replace(chr(10), '<br>' + chr(10))}</p>\n" for p in _cat.split("\n\n"))
             + "</td></tr></table>\n</body></html>", "utf-8", "quoted-printable", subtype="html")],
        "----=_Part_2291_1180733.1812873900000", preamble=""),
    machine("other"),
    extra=[("X-Mailer", "Sendinblue"), ("Precedence", "bulk")])

# 045 registration, German, utf-8 8bit with a PDF attachment, sent from a district office
#     mailbox: three persons split across rounds A, D and B (writer herself B);
#     "Nachbarschaftshilfe" / "Quartiersmanagement" are job titles, not choices.
add("korte-stadtteilbuero-verteilt", "2027-06-11 12:40:33 +0200",
    addr("Stadtteilbüro Coerde", "stadtteilbuero-coerde@muenster-quartiere.example"),
    "Anmeldung Stadtteilbüro Coerde (3 Personen)",
    multipart("mixed", [
        leaf("""Liebes Team vom Sommerforum,

aus dem Stadtteilbüro Coerde kommen wir zu dritt: Sabine Korte, Yusuf
Barakzai (Quartiersmanagement) und Irina Wolf (Nachbarschaftshilfe).
Damit wir möglichst viel mitnehmen, würden wir uns gern aufteilen:
Yusuf in Runde A, Irina in Runde D und ich in Runde B.

Das ausgefüllte Formular hänge ich zur Sicherheit noch mal an.

Schöne Grüße aus Coerde
Sabine Korte

Stadtteilbüro Coerde
Hamannplatz 39 · 48157 Münster
Öffnungszeiten: Di + Do 10–13 Uhr""", "utf-8", "8bit"),
        attachment(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                   b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
                   "application/pdf", "Anmeldung_Sommerforum_Coerde.pdf"),
    ], "------------0A1F5D7C2B9E3A4F6D8C0B12"),
    rec("registration", "stadtteilbuero-coerde@muenster-quartiere.example", "Sabine Korte",
        "Stadtteilbüro Coerde", ["A", "D", "B"], 3, "de"),
    extra=[("User-Agent", "Mozilla Thunderbird")])

# 046 cancellation, Farsi, utf-8 base64: family trip, "ثبت نام ما (۳ نفر) را لغو کنید" -
#     the whole registration, the Persian digit is the old size, not a new one.
add("rahimi-fa-absage", "2027-06-14 22:31:07 +0200",
    addr("Zahra Rahimi", "z.rahimi@gmx.example"),
    "لغو ثبت نام - Sommerforum",
    leaf("""سلام،

متأسفانه به خاطر یک مشکل خانوادگی باید به ایران سفر کنم و نمی‌توانم در
فوروم شرکت کنم. لطفاً ثبت نام ما (۳ نفر) را لغو کنید.

ممنون و ببخشید
زهرا رحیمی""", "utf-8", "base64"),
    rec("cancellation", "z.rahimi@gmx.example", "Zahra Rahimi",
        "انجمن فرهنگی ایرانیان مونستر", [], None, "fa"))

# 047 change, German learner (the writer of 008 now writes German), utf-8 QP reply: adds her
#     daughter (1 -> 2) and switches from A to "Sprache Runde"; "B1" is her level again.
add("kovalenko-de-tochter-sprache", "2027-06-15 19:09:55 +0200",
    addr("Олена Коваленко", "olena.kovalenko@ukr.example", "koi8-u"),
    "Re: " + CONF_SUBJECT,
    leaf("""Guten Tag,

ich schreibe jetzt auf Deutsch, ich habe B1 Prüfung bestanden :)
Kann ich meine Tochter Sofiia (15 Jahre) noch dazu anmelden? Dann wir sind
2 Personen. Und wir möchten zusammen in die Sprache Runde gehen statt
Wohnen, weil für Sofiia ist das interessanter. Über Wohnung kann ich auch
später sprechen.

Vielen Dank!
Olena Kovalenko

03.05.2027 о 12:10 Interkulturelles Sommerforum Münster пише:
""" + quote(confirmation("Olena Kovalenko", 1, ["A"])), "utf-8", "quoted-printable"),
    rec("change", "olena.kovalenko@ukr.example", "Olena Kovalenko", None, ["D"], 2, "de"),
    extra=reply_headers("<conf-0503-kovalenko@muenster.example>"))

# 048 question, Turkish, windows-1254 QP: interpreter and lunch; registration announced only
#     for later ("Cevabınıza göre kayıt olacağız").
add("sahin-tr-frage", "2027-06-16 11:52:26 +0200",
    addr("Fatma Şahin", "fatma.sahin@hotmail.example", "windows-1254"),
    "Sommerforum hakkında soru",
    leaf("""Merhaba,

Sommerforum'a annemle birlikte gelmek istiyoruz ama annem hiç Almanca
bilmiyor. Gesprächsrunde'lerde Türkçe tercüman olacak mı?
Bir de öğle yemeği var mı, yoksa yanımızda bir şey mi getirelim?

Cevabınıza göre kayıt olacağız.

Teşekkürler,
Fatma Şahin""", "windows-1254", "quoted-printable"),
    rec("question", "fatma.sahin@hotmail.example", "Fatma Şahin", None, [], None, "tr"),
    subject_charset="windows-1254")

# 049 change, German, Gmail multipart/alternative top-posted reply: two youths drop out,
#     10 -> 8; the names are list members, no round named in the new text.
_lange2 = """Hallo,

kleine Änderung bei uns: Leon Brockmann und Mia Kowalski haben an dem Samstag ein Turnier und fallen raus. Wir sind also nur noch 8 Personen, sonst bleibt alles wie gehabt.

LG Kerstin

Am Di., 11. Mai 2027 um 16:03 Uhr schrieb Interkulturelles Sommerforum Münster <sommerforum@muenster.example>:

""" + quote(confirmation("Kerstin Lange", 10, ["E"]))
add("lange-djk-nur-8", "2027-06-17 17:20:48 +0200",
    addr("Kerstin Lange", "kerstin.lange.djk@googlemail.example"),
    "Re: " + CONF_SUBJECT,
    multipart("alternative", [
        leaf(_lange2, "utf-8", "quoted-printable"),
        leaf(gmail_html(_lange2.split("\nAm Di.")[0]) + '<br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">Am Di., 11. Mai 2027 um 16:03 Uhr schrieb '
             'Interkulturelles Sommerforum Münster &lt;<a href="mailto:sommerforum@muenster.example">'
             'sommerforum@muenster.example</a>&gt;:<br></div>\n<blockquote class="gmail_quote" '
             'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + "<br>\n".join(html_escape(l) for l in confirmation("Kerstin Lange", 10, ["E"]).split("\n"))
             + "</blockquote></div>\n", "utf-8", "quoted-printable", subtype="html")],
        "000000000000c44a9f0620a7b5e3", preamble=""),
    rec("change", "kerstin.lange.djk@googlemail.example", "Kerstin Lange",
        "DJK Grün-Weiß Münster-Ost e.V.", [], 8, "de"),
    extra=reply_headers("<conf-0511-lange@muenster.example>"))

# 050 cancellation, German written by the Italian writer of 023, windows-1252 QP reply
#     after the deadline (Italian client quote header): whole cancellation.
add("rossi-absage", "2027-06-22 07:15:36 +0200",
    addr("Giulia Rossi", "giulia.rossi@libero.example"),
    "R: " + CONF_SUBJECT,
    leaf("""Guten Morgen,

leider muss ich meine Anmeldung für das Sommerforum stornieren. Im
Krankenhaus haben sie meinen Dienstplan geändert und ich arbeite am
Samstag 26. Es tut mir sehr leid, vielleicht nächstes Mal!

Viele Grüße
Giulia Rossi

----Messaggio originale----
Da: sommerforum@muenster.example
Data: 17/05/2027 14.02
A: <giulia.rossi@libero.example>
Ogg: """ + CONF_SUBJECT + "\n\n" + confirmation("Giulia Rossi", 1, ["C"]),
         "windows-1252", "quoted-printable"),
    rec("cancellation", "giulia.rossi@libero.example", "Giulia Rossi",
        "Missione Cattolica Italiana di Münster", [], None, "de"),
    extra=reply_headers("<conf-0517-rossi@muenster.example>"))


# ===========================================================================
# validation
# ===========================================================================

EXAMPLE_OK = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)", re.I)
LANGS = re.compile(r"^[a-z]{2}$")


def _check_hosts(text, where, errors):
    for m in ADDR_RE.finditer(text):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_OK.search(host):
            errors.append(f"{where}: address host {host!r} is not an example domain")
    for m in URL_RE.finditer(text):
        host = m.group(1).rstrip(".")
        if host.lower().startswith("www."):
            host = host[4:]
        if not EXAMPLE_OK.search(host):
            errors.append(f"{where}: URL host {host!r} is not an example domain")


def validate(mails):
    errors = []
    last_date = None
    for fname, data, exp in mails:
        where = fname
        # line ends and lengths
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(f"{where}: bare CR or LF")
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                errors.append(f"{where}: line longer than 998 octets")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts = []
        skip = set()
        for part in msg.walk():
            if part.get_content_type() == "message/delivery-status":
                skip.update(id(b) for b in part.get_payload())
            if id(part) in skip:
                texts.extend(str(v) for v in part.values())
                continue
            if part.defects:
                errors.append(f"{where}: defects {part.defects}")
            for k, v in part.items():
                texts.append(str(v))
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            payload = part.get_payload(decode=True)
            if part.defects:
                errors.append(f"{where}: defects after decoding {part.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    errors.append(f"{where}: text part without charset")
                    continue
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{where}: {ctype} does not decode as {cs}: {e}")
            elif ctype == "message/rfc822":
                inner = part.get_payload()[0]
                for ip in inner.walk():
                    if ip.defects:
                        errors.append(f"{where}: inner defects {ip.defects}")
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                errors.append(f"{where}: no {k} header")
        _check_hosts("\n".join(texts), where, errors)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if last_date is not None and d <= last_date:
            errors.append(f"{where}: Date does not rise")
        last_date = d
        # expected record
        if set(exp) != {"kind", "email", "name", "organisation", "workgroups", "party_size",
                        "language", "bounced_recipient"}:
            errors.append(f"{where}: record keys {sorted(exp)}")
            continue
        k = exp["kind"]
        if k not in KINDS:
            errors.append(f"{where}: kind {k!r}")
        if not isinstance(exp["workgroups"], list) or any(w not in ROUND_IDS for w in exp["workgroups"]) \
                or len(set(exp["workgroups"])) != len(exp["workgroups"]):
            errors.append(f"{where}: workgroups {exp['workgroups']!r}")
        if k in ("auto_reply", "bounce", "other"):
            for f in ("email", "name", "organisation", "language", "party_size"):
                if exp[f] is not None:
                    errors.append(f"{where}: {f} must be null for {k}")
            if exp["workgroups"]:
                errors.append(f"{where}: workgroups must be [] for {k}")
        else:
            if not exp["email"] or not EXAMPLE_OK.search(exp["email"].split("@")[1]) \
                    or exp["email"] != exp["email"].lower():
                errors.append(f"{where}: email {exp['email']!r}")
            elif exp["email"] not in data.decode("latin-1").lower() and exp["email"] not in "\n".join(texts).lower():
                errors.append(f"{where}: email {exp['email']!r} does not occur in the mail")
            if not exp["language"] or not LANGS.match(exp["language"]):
                errors.append(f"{where}: language {exp['language']!r}")
            if not exp["name"]:
                errors.append(f"{where}: no name")
        if k == "registration":
            if not isinstance(exp["party_size"], int) or not 1 <= exp["party_size"] <= 10:
                errors.append(f"{where}: party_size {exp['party_size']!r}")
        elif k == "change":
            if exp["party_size"] is not None and not isinstance(exp["party_size"], int):
                errors.append(f"{where}: party_size {exp['party_size']!r}")
        elif exp["party_size"] is not None:
            errors.append(f"{where}: party_size must be null for {k}")
        if k == "bounce":
            if not exp["bounced_recipient"] or exp["bounced_recipient"] != exp["bounced_recipient"].lower():
                errors.append(f"{where}: bounced_recipient {exp['bounced_recipient']!r}")
        elif exp["bounced_recipient"] is not None:
            errors.append(f"{where}: bounced_recipient must be null")
    names = [f for f, _, _ in mails]
    if len(set(names)) != len(names):
        errors.append("duplicate file names")
    for f in names:
        if not re.match(r"^\d{3}-[a-z0-9-]+\.eml$", f):
            errors.append(f"bad file name {f}")
    return errors


def expected_json(mails):
    return (json.dumps({f: exp for f, _, exp in mails}, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def stats(mails):
    kinds = Counter(exp["kind"] for _, _, exp in mails)
    langs = Counter(exp["language"] for _, _, exp in mails if exp["language"])
    print(f"{len(mails)} mails")
    print("kinds:     " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    print("languages: " + ", ".join(f"{l} {n}" for l, n in langs.most_common()))
    cs = Counter()
    for _, data, _ in mails:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart() and part["Content-Transfer-Encoding"]:
                cs[(part.get_content_charset(), part["Content-Transfer-Encoding"])] += 1
    print("text parts by charset / encoding:")
    for (c, e), n in sorted(cs.items(), key=lambda x: (str(x[0][0]), str(x[0][1]))):
        print(f"  {str(c):<14} {str(e):<18} {n}")


def main(argv):
    errors = validate(MAILS)
    if errors:
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        return 1
    mails_dir = HERE / "mails"
    if "--stats" in argv:
        stats(MAILS)
        return 0
    if "--check" in argv:
        bad = []
        want = {f: data for f, data, _ in MAILS}
        have = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        for f in sorted(set(want) | have):
            p = mails_dir / f
            if f not in want:
                bad.append(f"extra file {f}")
            elif not p.exists() or p.read_bytes() != want[f]:
                bad.append(f"differs: {f}")
        ep = HERE / "expected.json"
        if not ep.exists() or ep.read_bytes() != expected_json(MAILS):
            bad.append("differs: expected.json")
        for b in bad:
            print(b, file=sys.stderr)
        print("check: " + ("FAILED" if bad else f"ok ({len(MAILS)} mails)"))
        return 1 if bad else 0
    mails_dir.mkdir(exist_ok=True)
    for p in mails_dir.glob("*.eml"):
        if p.name not in {f for f, _, _ in MAILS}:
            p.unlink()
    for f, data, _ in MAILS:
        (mails_dir / f).write_bytes(data)
    (HERE / "expected.json").write_bytes(expected_json(MAILS))
    # re-read what was written and validate again
    reread = [(f, (mails_dir / f).read_bytes(), exp) for f, _, exp in MAILS]
    errors = validate(reread)
    if errors:
        for e in errors:
            print("ERROR " + e, file=sys.stderr)
        return 1
    print(f"wrote {len(MAILS)} mails and expected.json; validation ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
