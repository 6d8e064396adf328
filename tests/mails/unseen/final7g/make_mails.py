#!/usr/bin/env python3
"""Evaluation set "final7g": one week of February mail to the MSO-Tag 2027 mailbox.

40 mails, Monday 15 to Sunday 21 February 2027, in arrival order.
    python3 make_mails.py           write mails/ and expected.json, then validate
    python3 make_mails.py --check   fail if the files on disk differ from what would be written
    python3 make_mails.py --stats   print counts per kind and language
Python 3.11 standard library only; the output is deterministic.
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
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUR = "mso-tag@muenster.example"
OUR_NAME = "Tag der Migrantenselbstorganisationen"
CET = dt.timezone(dt.timedelta(hours=1))
UTC = dt.timezone.utc

AGT = {
    "AG1": "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


# --------------------------------------------------------------------------- parts
class T:
    """A text part."""
    def __init__(self, text, subtype="plain", charset="utf-8", cte="8bit", params="", disp=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params, self.disp = params, disp


class M:
    """A multipart."""
    def __init__(self, subtype, parts, params=""):
        self.subtype, self.parts, self.params = subtype, parts, params


class A:
    """A base64 attachment (or inline object)."""
    def __init__(self, ctype, filename, data, inline_cid=None):
        self.ctype, self.filename, self.data, self.cid = ctype, filename, data, inline_cid


class Raw:
    """A part whose body is given as 7bit text (message/rfc822, message/delivery-status...)."""
    def __init__(self, ctype, text):
        self.ctype, self.text = ctype, text


def render(part, ctr):
    """Return (header lines, body bytes) of a part; ctr gives deterministic boundaries."""
    if isinstance(part, T):
        data = part.text.encode(part.charset)
        hdr = [f'Content-Type: text/{part.subtype}; charset="{part.charset}"{part.params}',
               f"Content-Transfer-Encoding: {part.cte}"]
        if part.disp:
            hdr.append(f"Content-Disposition: {part.disp}")
        if part.cte == "7bit":
            data.decode("ascii")
            body = data
        elif part.cte == "8bit":
            body = data
        elif part.cte == "quoted-printable":
            body = quopri.encodestring(data)
        elif part.cte == "base64":
            body = base64.encodebytes(part.text.replace("\n", "\r\n").encode(part.charset))
        else:
            raise ValueError(part.cte)
        return hdr, body
    if isinstance(part, A):
        hdr = [f'Content-Type: {part.ctype}; name="{part.filename}"',
               "Content-Transfer-Encoding: base64"]
        if part.cid:
            hdr += [f"Content-ID: <{part.cid}>", f'Content-Disposition: inline; filename="{part.filename}"']
        else:
            hdr.append(f'Content-Disposition: attachment; filename="{part.filename}"')
        return hdr, base64.encodebytes(part.data)
    if isinstance(part, Raw):
        return [f"Content-Type: {part.ctype}", "Content-Transfer-Encoding: 7bit"], part.text.encode("ascii")
    if isinstance(part, M):
        ctr[0] += 1
        b = f"----=_NextPart_{ctr[1]:03d}_{ctr[0]:02d}_7G2027"
        out = b""
        for sub in part.parts:
            h, body = render(sub, ctr)
            out += f"--{b}\n".encode() + "\n".join(h).encode() + b"\n\n" + body
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{b}--\n".encode()
        return [f'Content-Type: multipart/{part.subtype};{part.params} boundary="{b}"'], \
            b"This is a multi-part message in MIME format.\n\n" + out
    raise TypeError(part)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def subj(text, charset="utf-8"):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name="Subject").encode(linesep="\n")


def build(n, m):
    """Build the bytes of mail number n from its spec m."""
    h = []
    h.append("Return-Path: <%s>" % m.get("return_path", m["from"][1]))
    h.append("Received: from %s (%s [192.0.2.%d])\n\tby mx01.muenster.example (Postfix) with ESMTPS id 4Fq%03dXk\n\tfor <%s>; %s"
             % (m["from"][1].split("@")[1], m["from"][1].split("@")[1], 10 + n, n, OUR,
                m["date"].strftime("%a, %d %b %Y %H:%M:%S %z")))
    h.append("From: " + addr(m["from"][0], m["from"][1], m.get("hcs", "utf-8")))
    h.append("To: " + m.get("to", addr(OUR_NAME, OUR)))
    if m.get("cc"):
        h.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        h.append("Reply-To: " + m["reply_to"])
    h.append("Subject: " + subj(m["subject"], m.get("hcs", "utf-8")))
    h.append("Date: " + m["date"].strftime("%a, %d %b %Y %H:%M:%S %z"))
    h.append("Message-ID: " + m["mid"])
    for k, v in m.get("headers", []):
        h.append(f"{k}: {subj(v, m.get('hcs', 'utf-8'))}" if v else f"{k}:")
    h.append("MIME-Version: 1.0")
    ph, body = render(m["body"], [0, n])
    if not body.endswith(b"\n"):
        body += b"\n"
    data = "\n".join(h + ph).encode("ascii") + b"\n\n" + body
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# --------------------------------------------------------------------------- helpers for texts
def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n"))


def confirmation(anrede, persons, ag):
    return f"""Guten Tag {anrede},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.

Veranstaltung: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Angemeldet: {persons}
Arbeitsgruppe: {AGT[ag]}

Wenn Sie etwas ändern oder absagen möchten, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Organisationsteam MSO-Tag
Stadt Münster - Amt für Migration und interkulturelle Angelegenheiten"""


INVITATION = f"""Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein:
Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster.

In drei parallelen Arbeitsgruppen arbeiten wir zu folgenden Themen:
{AGT["AG1"]}
{AGT["AG2"]}
{AGT["AG3"]}

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an.
Nennen Sie dabei Ihren Namen, Ihre Organisation, die Zahl der Personen und Ihre
Wunsch-AG (gern mit Zweitwunsch).

Mit freundlichen Grüßen
Ihr Organisationsteam MSO-Tag
Stadt Münster - Amt für Migration und interkulturelle Angelegenheiten
https://www.muenster.example/zuwanderung/mso-tag"""


def gmail_html(text):
    """A rough Gmail-like HTML rendering of a plain text with '>' quotes."""
    out, quoting = ['<div dir="ltr">'], False
    for line in text.split("\n"):
        esc = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if line.startswith(">"):
            if not quoting:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                quoting = True
            esc = esc[4:].lstrip() if esc.startswith("&gt;") else esc
            out.append((esc or "<br>") + "<br>")
        else:
            if quoting:
                out.append("</blockquote>")
                quoting = False
            out.append(f"<div>{esc or '<br>'}</div>")
    if quoting:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def d(day, hh, mm, ss=0, tz=CET):
    return dt.datetime(2027, 2, day, hh, mm, ss, tzinfo=tz)


def rec(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org, "workgroups": list(wg),
            "party_size": party, "language": lang, "bounced_recipient": bounced}


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

MAILS = []


def mail(slug, **kw):
    MAILS.append((slug, kw))


# =========================================================================== the mails
# Monday 15 February 2027 ---------------------------------------------------------------

# 001 registration, learner German from an iPhone (QP), two persons, AG named as "AG 1 Bildung".
mail("yildirim-iphone-two-persons",
     date=d(15, 7, 12), mid="<5C1E0A2B-77D1-4F0B-9B2E-0A1F3C9D1E01@tdf-muenster.example>",
     **{"from": ("Gülsüm Yıldırım", "g.yildirim@tdf-muenster.example")},
     subject="Anmeldung MSO Tag",
     headers=[("X-Mailer", "iPhone Mail (20D67)")],
     body=T("""Hallo,

ich möchte mich anmelden für den Tag der Migrantenselbstorganisationen am 13 März. Ich komme mit meine Kollegin Frau Şahin, also wir sind 2 Personen. Wir beide interessiert für AG 1 Bildung weil wir arbeiten viel mit Eltern und Schule.

Liebe Grüße
Gülsüm Yıldırım
Türkisch-Deutscher Frauenverein Münster e.V.

Von meinem iPhone gesendet""", cte="quoted-printable"),
     exp=rec("registration", "g.yildirim@tdf-muenster.example", "Gülsüm Yıldırım",
             "Türkisch-Deutscher Frauenverein Münster e.V.", ["AG1"], 2, "de"))

# 002 auto_reply: Outlook out-of-office answering the city's invitation (windows-1252, QP, alternative).
_ooo = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 26.02.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@vhs-muenster.example, Tel. 0251 / 49 2-00 00.

Mit freundlichen Grüßen
Brigitte Lammers
Volkshochschule Münster - Fachbereich Deutsch als Zweitsprache"""
mail("lammers-out-of-office",
     date=d(15, 8, 3), mid="<AM0PR07MB4410A1B2C3D4E5F6@AM0PR07MB4410.eurprd07.prod.vhs-muenster.example>",
     **{"from": ("Lammers, Brigitte", "b.lammers@vhs-muenster.example")},
     subject="Automatische Antwort: Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März",
     headers=[("In-Reply-To", "<einladung-2027-0125-0900@muenster.example>"),
              ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "b.lammers@vhs-muenster.example"),
              ("Content-Language", "de-DE")],
     body=M("alternative", [
         T(_ooo, charset="windows-1252", cte="quoted-printable"),
         T("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
           "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in _ooo.split("\n\n"))
           + "</div></body></html>", subtype="html", charset="windows-1252", cte="quoted-printable")]),
     exp=rec("auto_reply"))

# 003 registration in Arabic, Outlook multipart/alternative in windows-1256 QP; first and second choice;
#     Latin signature with a German organisation name.
_ar = """السادة الكرام في بلدية مونستر،

تحية طيبة وبعد،

أود أن أسجل اسمي للمشاركة في يوم منظمات المهاجرين الذاتية بتاريخ 13 آذار/مارس 2027 في Stadtweinhaus.
أرغب في المشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر من وجهة نظر المهاجرين)، وإذا لم يتوفر مكان فيها فالمجموعة الثالثة.
سأحضر بمفردي.

مع خالص الشكر والتقدير

Khaled Al-Homsi
Syrisch-Deutscher Kulturverein Münster e.V.
Tel.: 0251 / 000 12 34"""
mail("alhomsi-arabic-outlook-1256",
     date=d(15, 9, 5), mid="<000001d9a1b2$c3d4e5f0$6b7c8d9e@sdkv-muenster.example>",
     **{"from": ("Khaled Al-Homsi", "khaled.homsi@sdkv-muenster.example")},
     subject="التسجيل في يوم منظمات المهاجرين", hcs="windows-1256",
     headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sy")],
     body=M("alternative", [
         T(_ar, charset="windows-1256", cte="quoted-printable"),
         T("<html dir=\"rtl\"><body><div dir=\"rtl\" style=\"font-family:Arial\">"
           + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" + "\n" for p in _ar.split("\n\n"))
           + "</div></body></html>", subtype="html", charset="windows-1256", cte="quoted-printable")]),
     exp=rec("registration", "khaled.homsi@sdkv-muenster.example", "Khaled Al-Homsi",
             "Syrisch-Deutscher Kulturverein Münster e.V.", ["AG2", "AG3"], 1, "ar"))

# 004 question in German: childcare and accessibility; a conditional "then AG 1" that registers no one yet.
mail("okonkwo-question-childcare",
     date=d(15, 10, 22), mid="<a81f3c2e-0b5d-4c1e-9f11-2d8e7c6b5a40@elternnetz-ms.example>",
     **{"from": ("Sabine Okonkwo-Rieger", "sabine.okonkwo@elternnetz-ms.example")},
     subject="Frage zu Kinderbetreuung und Barrierefreiheit beim MSO-Tag",
     headers=[("User-Agent", "Mozilla Thunderbird")],
     body=T("""Sehr geehrte Damen und Herren,

wir vom Elternnetzwerk Interkulturell Münster-Süd überlegen, mit zwei oder drei Müttern zum MSO-Tag zu kommen. Bevor wir uns verbindlich anmelden, hätte ich zwei Fragen:

1. Gibt es während der Arbeitsgruppen eine Kinderbetreuung? Einige unserer Frauen haben kleine Kinder und könnten sonst nicht teilnehmen.
2. Ist das Stadtweinhaus barrierefrei? Eine Teilnehmerin ist auf einen Rollator angewiesen.

Wenn beides klappt, melden wir uns zeitnah für die AG 1 an.

Viele Grüße
Sabine Okonkwo-Rieger
Elternnetzwerk Interkulturell Münster-Süd
""", params="; format=flowed"),
     exp=rec("question", "sabine.okonkwo@elternnetz-ms.example", "Sabine Okonkwo-Rieger",
             "Elternnetzwerk Interkulturell Münster-Süd", [], None, "de"))

# 005 registration in Russian, KOI8-R 8bit (header too); three persons; "second working group" in words.
mail("kovaleva-russian-koi8r",
     date=d(15, 11, 47), mid="<20270215114702.4711@radouga-ms.example>",
     **{"from": ("Ирина Ковалёва", "irina.kovaleva@radouga-ms.example")}, hcs="koi8-r",
     subject="Регистрация на MSO-Tag 13.03",
     headers=[("X-Mailer", "The Bat! (v9.4.5) Professional")],
     body=T("""Здравствуйте!

Меня зовут Ирина Ковалёва, я председатель общества Radouga e.V. (русскоязычные семьи в Мюнстере).
Мы хотим принять участие в Дне организаций мигрантов 13 марта. Нас будет трое: я, наша казначей Светлана Гросс и наш молодой волонтёр Артём.
Все трое хотели бы попасть во вторую рабочую группу - про будущее Мюнстера (Zukunftsprozess).

Заранее спасибо,
с уважением,
Ирина Ковалёва
Radouga e.V.
тел. 0176 000 00 00
""", charset="koi8-r", cte="8bit"),
     exp=rec("registration", "irina.kovaleva@radouga-ms.example", "Ирина Ковалёва", "Radouga e.V.",
             ["AG2"], 3, "ru"))

# 006 change in German, Outlook top-posted reply to the city's confirmation (AG 1 quoted), wants "die zweite AG".
_conf006 = confirmation("Herr Engelbrecht", "1 Person", "AG1")
mail("engelbrecht-change-outlook-toppost",
     date=d(15, 13, 30), mid="<DB9PR02MB7345F0E1D2C3B4A5@DB9PR02MB7345.dgfk-muenster.example>",
     **{"from": ("Engelbrecht, Markus", "m.engelbrecht@dgfk-muenster.example")},
     subject="AW: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270211-1402-0031@muenster.example>"),
              ("References", "<conf-20270211-1402-0031@muenster.example>"),
              ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027")],
     body=T(f"""Guten Tag,

nach Rücksprache mit unserem Vorstand möchte ich doch lieber in die zweite AG (Münsters Zukunftsprozess) statt in die AG 1. Geht das noch? Ansonsten bleibt alles, wie es ist.

Mit freundlichen Grüßen

Markus Engelbrecht
Schriftführer
Deutsch-Ghanaischer Freundeskreis Münster e.V.
www.dgfk-muenster.example

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Gesendet: Donnerstag, 11. Februar 2027 14:02
An: Engelbrecht, Markus <m.engelbrecht@dgfk-muenster.example>
Betreff: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027

{_conf006}
""", charset="windows-1252", cte="quoted-printable"),
     exp=rec("change", "m.engelbrecht@dgfk-muenster.example", "Markus Engelbrecht",
             "Deutsch-Ghanaischer Freundeskreis Münster e.V.", ["AG2"], None, "de"))

# 007 registration in English, Gmail multipart/alternative (UTF-8 QP); three persons; first and fallback choice.
_en = """Dear Sir/Madam,

I am writing on behalf of the Igbo Cultural Association Münster to register for the MSO Day on 13 March 2027. We will be three persons: myself, Mrs Ngozi Eze and Mr Emeka Nwosu.

Our first choice is working group 3 (funding and association management), as we are currently preparing our first project grant application. If that group is already full, we would also be happy with working group 1 (education).

Kindly confirm our registration.

Best regards,
Chinedu Okafor
Secretary, Igbo Cultural Association Münster
+49 (0)152 0000 0000"""
mail("okafor-english-gmail-three",
     date=d(15, 15, 2), mid="<CAJ8kTq2mV0x7hZ4yP1n3Lw9sR5dE6fG8hJ0kL2mN4pQ6rS8tU@mail.gmail.example>",
     **{"from": ("Chinedu Okafor", "chinedu.okafor@mail.example")},
     subject="Registration for MSO Day 2027 - Igbo Cultural Association",
     body=M("alternative", [T(_en, cte="quoted-printable"), T(gmail_html(_en), subtype="html", cte="quoted-printable")]),
     exp=rec("registration", "chinedu.okafor@mail.example", "Chinedu Okafor",
             "Igbo Cultural Association Münster", ["AG3", "AG1"], 3, "en"))

# 008 bounce: Postfix multipart/report for a confirmation sent to a mistyped address (see 009).
_orig008 = f"""Return-Path: <{OUR}>
Received: by mx01.muenster.example (Postfix, from userid 998)
\tid 4Fq2Zx1kQbz9sWn; Mon, 15 Feb 2027 17:54:58 +0100 (CET)
From: Tag der Migrantenselbstorganisationen <{OUR}>
To: oksana.melnyk@gmial.example
Subject: =?utf-8?q?Anmeldebest=C3=A4tigung=3A_Tag_der_Migrantenselbstorganisationen_2027?=
Date: Mon, 15 Feb 2027 17:54:57 +0100
Message-ID: <conf-20270215-1754-0047@muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
"""
mail("bounce-postfix-mistyped-address",
     date=d(15, 17, 55, 3), mid="<20270215165503.5A1B2C3D4E@mx01.muenster.example>",
     return_path="", **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx01.muenster.example")},
     subject="Undelivered Mail Returned to Sender",
     headers=[("Auto-Submitted", "auto-replied")],
     body=M("report", [
         T("""This is the mail system at host mx01.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oksana.melnyk@gmial.example>: host mx.gmial.example[192.0.2.25] said: 550
    5.1.1 <oksana.melnyk@gmial.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", params="", disp="inline"),
         Raw("message/delivery-status", """Reporting-MTA: dns; mx01.muenster.example
X-Postfix-Queue-ID: 4Fq2Zx1kQbz9sWn
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Mon, 15 Feb 2027 17:54:58 +0100 (CET)

Final-Recipient: rfc822; oksana.melnyk@gmial.example
Original-Recipient: rfc822;oksana.melnyk@gmial.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gmial.example
Diagnostic-Code: smtp; 550 5.1.1 <oksana.melnyk@gmial.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
         Raw("text/rfc822-headers", _orig008)], params=" report-type=delivery-status;"),
     exp=rec("bounce", bounced="oksana.melnyk@gmial.example"))

# Tuesday 16 February ------------------------------------------------------------------------

# 009 registration in Ukrainian from Android (UTF-8 base64): writes again because no confirmation came
#     (her paper form had a wrong address); no org in German; "робоча група 1".
mail("melnyk-ukrainian-android-again",
     date=d(16, 8, 14), mid="<CAP4x9Lq0wE1rT2yU3iO4pA5sD6fG7hJ8kL9zX0cV1bN2mQ@mail.ukrnet.example>",
     **{"from": ("Оксана Мельник", "oksana.melnyk@ukrnet.example")},
     subject="Реєстрація на День мігрантських організацій 13.03",
     body=T("""Добрий день!

Минулого тижня я заповнила паперовий формуляр у нашому клубі, але підтвердження так і не отримала. Можливо, там була помилка в моїй адресі. Тому пишу ще раз, про всяк випадок:

Оксана Мельник
Клуб українських жінок у Мюнстері
Робоча група 1 (освіта)

Буду одна. Дякую!

Надіслано з мого Android""", cte="base64"),
     exp=rec("registration", "oksana.melnyk@ukrnet.example", "Оксана Мельник",
             "Клуб українських жінок у Мюнстері", ["AG1"], 1, "uk"))

# 010 registration, phone-typed learner German without capitals, wife comes along, org in lower case.
mail("noorzai-phone-lowercase",
     date=d(16, 9, 30), mid="<1f9a7c3e.5b2d.4e81.a0c6.77d2e9b1f403@mailbox.example>",
     **{"from": ("Farid Noorzai", "farid.noorzai@mailbox.example")},
     subject="anmeldung",
     body=T("""hallo
ich mochte anmelden fur den tag mso am 13.3 mit meine frau, wir beide kommen. AG 2 bitte fur uns beide
mein verein ist afghanischer kulturverein münster
danke

Von meinem Samsung Galaxy Smartphone gesendet."""),
     exp=rec("registration", "farid.noorzai@mailbox.example", "Farid Noorzai",
             "afghanischer kulturverein münster", ["AG2"], 2, "de"))

# 011 cancellation in Polish, ISO-8859-2 QP, bottom-posted under a Thunderbird quote of the confirmation.
_conf011 = confirmation("Frau Nowak-Schulte", "1 Person", "AG1")
mail("nowak-polish-cancel-bottompost",
     date=d(16, 10, 5), mid="<7e0d4b1a-3c92-4f8e-b5a6-91c2d0e3f4a5@pkk-ms.example>",
     **{"from": ("Katarzyna Nowak-Schulte", "k.nowak-schulte@pkk-ms.example")}, hcs="iso-8859-2",
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270210-0915-0022@muenster.example>"),
              ("References", "<conf-20270210-0915-0022@muenster.example>"),
              ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")],
     body=T(f"""W dniu 10.02.2027 o 09:15, Tag der Migrantenselbstorganisationen pisze:
{quote(_conf011)}

Dzień dobry,

niestety muszę odwołać swój udział w dniu 13 marca - w tym samym terminie mamy zebranie w parafii, którego nie da się przesunąć. Bardzo przepraszam i proszę o skreślenie mnie z listy.

Pozdrawiam serdecznie
Katarzyna Nowak-Schulte
Polski Klub Kulturalny Münster
""", charset="iso-8859-2", cte="quoted-printable"),
     exp=rec("cancellation", "k.nowak-schulte@pkk-ms.example", "Katarzyna Nowak-Schulte",
             "Polski Klub Kulturalny Münster", [], None, "pl"))

# 012 registration from a shared association mailbox; Reply-To names the person; long signature with
#     register data and disclaimer; vCard attachment; AG named only by its topic words.
mail("sadeghi-shared-mailbox-replyto",
     date=d(16, 11, 40), mid="<3b5c7d9e-1f20-4a3b-8c4d-5e6f7a8b9c0d@ikv-muenster.example>",
     **{"from": ("Iranischer Kulturverein Münster", "info@ikv-muenster.example")},
     reply_to=addr("Dr. Parvin Sadeghi", "p.sadeghi@ikv-muenster.example"),
     subject="Anmeldung zum MSO-Tag am 13. März 2027",
     headers=[("User-Agent", "Roundcube Webmail/1.6.5")],
     body=M("mixed", [T("""Liebes Team vom MSO-Tag,

hiermit melde ich mich verbindlich für den 13. März an. Mich interessiert vor allem die Arbeitsgruppe zu den Förderungsmöglichkeiten und zum Vereinsmanagement, da wir im Vorstand gerade über einen ersten Antrag beim Kommunalen Integrationszentrum nachdenken.

Bitte schicken Sie die Bestätigung an meine persönliche Adresse (p.sadeghi@ikv-muenster.example), das Vereinspostfach wird nur unregelmäßig gelesen.

Herzliche Grüße
Dr. Parvin Sadeghi
2. Vorsitzende

--
Iranischer Kulturverein Münster e.V.
Postfach 00 00 00, 48000 Münster
Vereinsregister: Amtsgericht Münster, VR 0000
Vorstand: N. Farahani (1. Vors.), Dr. P. Sadeghi (2. Vors.), M. Rostami (Kasse)
Spendenkonto: IBAN DE00 0000 0000 0000 0000 00
https://www.ikv-muenster.example

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""", cte="quoted-printable"),
        A("text/vcard", "Parvin_Sadeghi.vcf",
          b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dr. Parvin Sadeghi\r\nORG:Iranischer Kulturverein Muenster e.V.\r\n"
          b"EMAIL:p.sadeghi@ikv-muenster.example\r\nEND:VCARD\r\n")]),
     exp=rec("registration", "p.sadeghi@ikv-muenster.example", "Parvin Sadeghi",
             "Iranischer Kulturverein Münster e.V.", ["AG3"], 1, "de"))

# 013 registration in Turkish, ISO-8859-9 8bit; "3. grubu"; also asks about parking (still a registration).
mail("aydin-turkish-8859-9",
     date=d(16, 13, 15), mid="<000a01d9b3c4$d5e6f7a8$b9cad0e1@mtkd-muenster.example>",
     **{"from": ("Mehmet Aydın", "mehmet.aydin@mtkd-muenster.example")}, hcs="iso-8859-9",
     subject="MSO Günü kayıt - Mehmet Aydın",
     body=T("""Merhaba,

13 Mart'taki Göçmen Örgütleri Günü'ne katılmak istiyorum. Derneğimiz adına tek kişi olarak geleceğim.
Çalışma grubu olarak 3. grubu (destek imkânları ve dernek yönetimi) seçiyorum, çünkü derneğimizin mali işleriyle ben ilgileniyorum.

Bir sorum daha var: Stadtweinhaus'un yakınında park yeri var mı, yoksa otobüsle gelmek mi daha iyi?

Saygılarımla,
Mehmet Aydın
Sayman
Münster Türk Kültür Derneği e.V.
""", charset="iso-8859-9", cte="8bit"),
     exp=rec("registration", "mehmet.aydin@mtkd-muenster.example", "Mehmet Aydın",
             "Münster Türk Kültür Derneği e.V.", ["AG3"], 1, "tr"))

# 014 question in Farsi (UTF-8 QP): cost, interpreter, membership; no registration.
mail("hosseini-farsi-question",
     date=d(16, 14, 50), mid="<CAKm3n5p7r9t1v3x5z7B9D1F3H5J7L9N1P3R5T7V9X1Z3@mail.example>",
     **{"from": ("Maryam Hosseini", "maryam.hosseini@mail.example")},
     subject="سوال درباره روز تشکل‌های مهاجران",
     body=T("""سلام و وقت بخیر،

من از طریق یکی از دوستانم با این برنامه آشنا شدم و چند سوال داشتم:
- آیا شرکت در این روز هزینه‌ای دارد؟
- آیا برای کسانی که آلمانی‌شان خوب نیست مترجم فارسی وجود دارد؟
- آیا باید حتماً عضو یک انجمن باشم؟

اگر ممکن است جواب را به فارسی یا انگلیسی بنویسید.

با تشکر
مریم حسینی
""", cte="quoted-printable"),
     exp=rec("question", "maryam.hosseini@mail.example", "مریم حسینی", None, [], None, "fa"))

# 015 change of party size only (2 -> 3), learner German with Portuguese words, Gmail top-post over the
#     confirmation (which names AG 2); workgroup stays -> [].
_conf015 = confirmation("Frau Ribeiro", "2 Personen", "AG2")
_pt = f"""Oi, guten Tag!

Wir kommen jetzt mit drei Personen, nicht zwei. Unsere neue Mitglied Juliana möchte auch mitkommen. Die AG bleibt gleich. Ist das okay?

Obrigada und viele Grüße
Ana Paula Ribeiro
Associação Brasil-Münster e.V.

Am Fr., 12. Feb. 2027 um 11:03 Uhr schrieb Tag der Migrantenselbstorganisationen <{OUR}>:

{quote(_conf015)}
"""
mail("ribeiro-change-party-size",
     date=d(16, 16, 20), mid="<CAF1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T@mail.gmail.example>",
     **{"from": ("Ana Paula Ribeiro", "anapaula.ribeiro@brasil-ms.example")},
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270212-1103-0038@muenster.example>"),
              ("References", "<conf-20270212-1103-0038@muenster.example>")],
     body=M("alternative", [T(_pt, cte="quoted-printable"), T(gmail_html(_pt), subtype="html", cte="quoted-printable")]),
     exp=rec("change", "anapaula.ribeiro@brasil-ms.example", "Ana Paula Ribeiro",
             "Associação Brasil-Münster e.V.", [], 3, "de"))

# 016 registration in Albanian, ISO-8859-1 QP; two persons; "grupin e punës 1".
mail("krasniqi-albanian-latin1",
     date=d(16, 18, 3), mid="<4d2e6f80-91a2-4b3c-8d4e-5f60718293a4@iliria-ms.example>",
     **{"from": ("Arben Krasniqi", "arben.krasniqi@iliria-ms.example")}, hcs="iso-8859-1",
     subject="Regjistrim për ditën e organizatave të migrantëve",
     body=T("""Përshëndetje,

Ju shkruaj në emër të Shoqatës Kulturore Shqiptare "Iliria" Münster. Duam të marrim pjesë në ditën e organizatave të migrantëve më 13 mars. Do të vijmë dy veta: unë dhe nënkryetarja jonë, znj. Drita Berisha.

Të dy jemi të interesuar për grupin e punës 1 (arsimi), sepse kemi një shkollë plotësuese në gjuhën shqipe për fëmijët.

Me respekt,
Arben Krasniqi
Kryetar
Shoqata Kulturore Shqiptare "Iliria" Münster
""", charset="iso-8859-1", cte="quoted-printable"),
     exp=rec("registration", "arben.krasniqi@iliria-ms.example", "Arben Krasniqi",
             'Shoqata Kulturore Shqiptare "Iliria" Münster', ["AG1"], 2, "sq"))

# Wednesday 17 February ----------------------------------------------------------------------

# 017 registration, HTML-only Outlook (multipart/related with logo), windows-1252 QP; AG by its full title
#     in typographic quotes; "i. A." before the name; long disclaimer naming a funded project.
_html017 = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="DE" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.<o:p></o:p></p>
<p class="MsoNormal">Ich möchte gern an der Arbeitsgruppe „Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte“ teilnehmen.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Für Rückfragen erreichen Sie mich dienstags bis donnerstags unter 0251 / 000 00 00.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mit freundlichen Grüßen<o:p></o:p></p>
<p class="MsoNormal">i. A. Wiebke Hartmann<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:gray">Sozialpädagogin (B.A.)<br>
Internationaler Familientreff Coerde e.V.<br>
Projekt „Brücken bauen“ – gefördert aus Mitteln des Landes NRW<br>
<a href="https://www.ift-coerde.example">www.ift-coerde.example</a></span><o:p></o:p></p>
<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DA6F2B.ift-coerde.example" alt="Logo IFT Coerde"><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, so bitten wir Sie, den Absender unverzüglich zu informieren und die Nachricht zu löschen. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</span><o:p></o:p></p>
</div></body></html>
"""
mail("hartmann-outlook-html-only",
     date=d(17, 7, 45), mid="<FR2P281MB1234ABCD5678EF90@FR2P281MB1234.DEUP281.PROD.ift-coerde.example>",
     **{"from": ("Hartmann, Wiebke", "w.hartmann@ift-coerde.example")},
     subject="Anmeldung Tag der MSO 2027 - Hartmann",
     headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
     body=M("related", [T(_html017, subtype="html", charset="windows-1252", cte="quoted-printable"),
                        A("image/png", "image001.png", FAKE_PNG, inline_cid="image001.png@01DA6F2B.ift-coerde.example")],
            params=' type="text/html";'),
     exp=rec("registration", "w.hartmann@ift-coerde.example", "Wiebke Hartmann",
             "Internationaler Familientreff Coerde e.V.", ["AG2"], 1, "de"))

# 018 cancellation in learner German framed by Arabic greeting and thanks; iPhone top-post over the
#     confirmation; signs with first name only.
_conf018 = confirmation("Herr Haddad", "1 Person", "AG3")
mail("haddad-cancel-mixed-arabic",
     date=d(17, 8, 30), mid="<E7B1C2D3-4F5A-4B6C-8D7E-9F0A1B2C3D4E@mailbox.example>",
     **{"from": ("Yousef Haddad", "yousef.haddad@mailbox.example")},
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270209-1640-0019@muenster.example>"),
              ("References", "<conf-20270209-1640-0019@muenster.example>"),
              ("X-Mailer", "iPhone Mail (20D67)")],
     body=T(f"""السلام عليكم
Hallo, leider ich kann nicht kommen am 13. März, ich habe an diese Tag Arbeit, meine Chef hat gestern gesagt. Bitte löschen mich von die Liste. Vielleicht nächste Jahr
Danke und شكراً
Yousef

> Am 09.02.2027 um 16:40 schrieb Tag der Migrantenselbstorganisationen <{OUR}>:
>
{quote(_conf018)}
""", cte="8bit"),
     exp=rec("cancellation", "yousef.haddad@mailbox.example", "Yousef Haddad", None, [], None, "de"))

# 019 change in Romanian, ISO-8859-16 QP (comma-below letters), top-post over a Romanian-style quote
#     header; moves from group 1 to group 2; mentions group 1 as the colleague's group.
_conf019 = confirmation("Frau Popescu", "1 Person", "AG1")
mail("popescu-romanian-change-8859-16",
     date=d(17, 9, 12), mid="<a0b1c2d3e4f5.1708159920@arm-muenster.example>",
     **{"from": ("Elena Popescu", "elena.popescu@arm-muenster.example")}, hcs="iso-8859-16",
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270208-1010-0011@muenster.example>"),
              ("References", "<conf-20270208-1010-0011@muenster.example>")],
     body=T(f"""Bună ziua,

Vă mulțumesc pentru confirmare. Am o rugăminte: aș dori să trec din grupa de lucru 1 în grupa 2 (procesul de viitor al orașului Münster). Colega mea, doamna Ionescu, participă deja la grupa 1 și ar fi bine să ne împărțim.

Cu stimă,
Elena Popescu
Asociația Culturală a Românilor din Münster

-------- Mesaj original --------
De la: Tag der Migrantenselbstorganisationen <{OUR}>
Data: 08.02.2027 10:10
Către: elena.popescu@arm-muenster.example
Subiect: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027

{_conf019}
""", charset="iso-8859-16", cte="quoted-printable"),
     exp=rec("change", "elena.popescu@arm-muenster.example", "Elena Popescu",
             "Asociația Culturală a Românilor din Münster", ["AG2"], None, "ro"))

# 020 other: an NRW network newsletter (bulk, List-Unsubscribe) full of "Anmeldung" and "Arbeitsgruppe".
_nl = """Newsletter Netzwerk Interkulturelle Arbeit NRW - Februar 2027

Liebe Mitglieder und Interessierte,

TERMINE
* 04.03.2027 Fachtag "Vielfalt im Ehrenamt", Dortmund - Anmeldung bis 01.03. unter https://www.nia-nrw.example/fachtag
* 18.03.2027 Online-Seminar "Fördermittel richtig beantragen" (Arbeitsgruppe Vereinsfinanzen)
* 22.04.2027 Regionaltreffen Münsterland

FÖRDERUNG
Das Programm "KOMM-AN Vereine" wird 2027 fortgesetzt. Anträge können ab sofort gestellt werden.

AUS DEN KOMMUNEN
Auch in Münster findet am 13. März wieder der Tag der Migrantenselbstorganisationen statt.

Sie erhalten diesen Newsletter, weil Sie sich dafür eingetragen haben.
Abmelden: https://www.nia-nrw.example/newsletter/abmelden?u=7f3a9c"""
mail("newsletter-nia-nrw",
     date=d(17, 10, 40), mid="<nl-2027-02.7f3a9c@news.nia-nrw.example>",
     **{"from": ("Netzwerk Interkulturelle Arbeit NRW", "newsletter@nia-nrw.example")},
     return_path="bounce-nl-7f3a9c@news.nia-nrw.example",
     subject="Newsletter Februar 2027: Fachtag, Förderprogramm, Termine",
     headers=[("List-Unsubscribe", "<https://www.nia-nrw.example/newsletter/abmelden?u=7f3a9c>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("X-Mailer", "CleverReach")],
     body=M("alternative", [T(_nl, cte="quoted-printable"),
                            T("<html><body style=\"font-family:Arial\">"
                              + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in _nl.split("\n\n"))
                              + "</body></html>", subtype="html", cte="quoted-printable")]),
     exp=rec("other"))

# 021 registration in Bulgarian, windows-1251 QP; two persons (with husband); organisation in Cyrillic.
mail("petrova-bulgarian-1251",
     date=d(17, 11, 55), mid="<1708167300.3391.bg@martenitsa-ms.example>",
     **{"from": ("Десислава Петрова", "desislava.petrova@martenitsa-ms.example")}, hcs="windows-1251",
     subject="Регистрация за Деня на мигрантските организации",
     body=T("""Здравейте,

Бих искала да регистрирам двама души от нашето дружество за 13 март: себе си и съпруга ми Николай Петров.
Интересуваме се от работна група 3 - финансиране и управление на сдружения.

Благодаря предварително!

Поздрави,
Десислава Петрова
Българско културно дружество „Мартеница“ Мюнстер
""", charset="windows-1251", cte="quoted-printable"),
     exp=rec("registration", "desislava.petrova@martenitsa-ms.example", "Десислава Петрова",
             "Българско културно дружество „Мартеница“ Мюнстер", ["AG3"], 2, "bg"))

# 022 change in Serbian (Latin), windows-1250 8bit, new mail (not a reply); old group 2 named, new group 1.
mail("jovanovic-serbian-change-1250",
     date=d(17, 13, 20), mid="<5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716@suvk-ms.example>",
     **{"from": ("Milica Jovanović", "milica.jovanovic@suvk-ms.example")}, hcs="windows-1250",
     subject="Promena radne grupe / Änderung Arbeitsgruppe",
     body=T("""Poštovani,

prijavila sam se prošle nedelje za radnu grupu 2, ali sam se predomislila – molim vas da me prebacite u radnu grupu 1 (obrazovanje). Tema škole nam je trenutno važnija, imamo mnogo roditelja sa pitanjima.

Unapred hvala,
Milica Jovanović
Srpsko kulturno udruženje "Vuk Karadžić" Münster
""", charset="windows-1250", cte="8bit"),
     exp=rec("change", "milica.jovanovic@suvk-ms.example", "Milica Jovanović",
             'Srpsko kulturno udruženje "Vuk Karadžić" Münster', ["AG1"], None, "sr"))

# 023 registration in Kurdish (Kurmanji), UTF-8 QP; "koma xebatê ya yekem" = first working group.
mail("aslan-kurmanji",
     date=d(17, 14, 35), mid="<20270217143512.GA8812@navenda-kurdi.example>",
     **{"from": ("Rojda Aslan", "rojda.aslan@navenda-kurdi.example")},
     subject="Tomarkirin ji bo Roja Rêxistinên Koçberan",
     headers=[("User-Agent", "Mutt/2.2.9")],
     body=T("""Silav û rêz,

Ez dixwazim xwe ji bo roja 13ê Adarê tomar bikim. Ez ê bi tenê werim.
Ez dixwazim beşdarî koma xebatê ya yekem bibim (perwerde û dibistan), ji ber ku em li navenda xwe dersên kurdî ji bo zarokan didin.

Gelek spas,
Rojda Aslan
Navenda Çanda Kurdî Münster e.V.
""", cte="quoted-printable"),
     exp=rec("registration", "rojda.aslan@navenda-kurdi.example", "Rojda Aslan",
             "Navenda Çanda Kurdî Münster e.V.", ["AG1"], 1, "ku"))

# 024 question in learner German: may someone without an association come? registers no one.
mail("kassem-question-no-association",
     date=d(17, 16, 10), mid="<trinity-8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d-1708182600@mailbox.example>",
     **{"from": ("Omar Kassem", "omar.kassem88@mailbox.example")},
     subject="Frage",
     body=T("""Sehr geehrte Damen und Herren

Ich habe von die Veranstaltung am 13.3 im Internet gelesen. Ich bin nicht in ein Verein, ich bin nur interessiert, weil ich möchte vielleicht selbst ein Verein gründen für syrische Jugendliche. Darf ich trotzdem kommen oder ist es nur für Vereine?

Mit freundliche Grüße
Omar Kassem""", charset="iso-8859-1", cte="quoted-printable"),
     exp=rec("question", "omar.kassem88@mailbox.example", "Omar Kassem", None, [], None, "de"))

# 025 registration in Tigrinya (Ge'ez script, UTF-8 base64), two persons, group 3; Latin signature.
mail("tesfay-tigrinya",
     date=d(17, 18, 40), mid="<CAN7q8R9s0T1u2V3w4X5y6Z7a8B9c0D1e2F3g4H5i6J@mail.example>",
     **{"from": ("Samson Tesfay", "samson.tesfay@mail.example")},
     subject="ምዝገባ - MSO-Tag 13.03.2027",
     body=M("alternative", [
         T("""ሰላም ኣሕዋትን ኣሓትን፣

ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክሳተፍ ይደሊ። ምሳይ ሓንቲ ኣባል ማሕበርና ክትመጽእ እያ፣ ስለዚ ክልተ ሰባት ኢና።
ኣብ ጉጅለ ስራሕ 3 (ደገፍ ገንዘብን ምምሕዳር ማሕበርን) ክንሳተፍ ንደሊ።

የቐንየለይ
Samson Tesfay
Eritreische Gemeinde Münster e.V.
""", cte="base64"),
         T("""<div dir="ltr"><div>ሰላም ኣሕዋትን ኣሓትን፣</div><div><br></div>
<div>ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክሳተፍ ይደሊ። ምሳይ ሓንቲ ኣባል ማሕበርና ክትመጽእ እያ፣ ስለዚ ክልተ ሰባት ኢና።</div>
<div>ኣብ ጉጅለ ስራሕ 3 (ደገፍ ገንዘብን ምምሕዳር ማሕበርን) ክንሳተፍ ንደሊ።</div><div><br></div>
<div>የቐንየለይ</div><div>Samson Tesfay</div><div>Eritreische Gemeinde Münster e.V.</div></div>
""", subtype="html", cte="base64")]),
     exp=rec("registration", "samson.tesfay@mail.example", "Samson Tesfay",
             "Eritreische Gemeinde Münster e.V.", ["AG3"], 2, "ti"))

# Thursday 18 February -----------------------------------------------------------------------

# 026 registration in Somali, pure ASCII 7bit; first and second choice by ordinal ("1aad", "2aad");
#     the signature's full name is longer than the From name.
mail("cali-somali-ascii",
     date=d(18, 8, 5), mid="<20270218070512.77a1@mail.example>",
     **{"from": ("Hodan Cali", "hodan.cali@mail.example")},
     subject="Diiwaangelin - maalinta ururada soo-galootiga 13 March",
     body=T("""Asc,

Waxaan rabaa inaan iska diiwaangeliyo maalinta ururada soo-galootiga ee 13-ka March. Keligay ayaan imanayaa.
Kooxda shaqada ee aan doorbidayo waa kooxda 1aad (waxbarashada). Haddii ay buuxdo, kooxda 2aad.

Mahadsanid
Hodan Cali Maxamed
Ururka Haweenka Soomaaliyeed ee Munster
""", charset="us-ascii", cte="7bit"),
     exp=rec("registration", "hodan.cali@mail.example", "Hodan Cali Maxamed",
             "Ururka Haweenka Soomaaliyeed ee Munster", ["AG1", "AG2"], 1, "so"))

# 027 cancellation, native German from an iPhone, top-post over the confirmation; illness.
_conf027 = confirmation("Frau Papadopoulou", "1 Person", "AG1")
mail("papadopoulou-cancel-iphone",
     date=d(18, 9, 20), mid="<9A8B7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D@griech-gemeinde-ms.example>",
     **{"from": ("Eleni Papadopoulou", "eleni.papadopoulou@griech-gemeinde-ms.example")},
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270208-1231-0014@muenster.example>"),
              ("References", "<conf-20270208-1231-0014@muenster.example>"),
              ("X-Mailer", "iPhone Mail (20D67)")],
     body=T(f"""Hallo zusammen,

leider muss ich meine Anmeldung für den 13.3. zurückziehen – ich bin krankgeschrieben und werde Mitte März operiert. Schade, ich hatte mich sehr auf die AG gefreut!

Viele Grüße
Eleni Papadopoulou
Griechische Gemeinde Münster e.V.

Von meinem iPhone gesendet

> Am 08.02.2027 um 12:31 schrieb Tag der Migrantenselbstorganisationen <{OUR}>:
>
{quote(_conf027)}
""", cte="quoted-printable"),
     exp=rec("cancellation", "eleni.papadopoulou@griech-gemeinde-ms.example", "Eleni Papadopoulou",
             "Griechische Gemeinde Münster e.V.", [], None, "de"))

# 028 cancellation in Vietnamese (UTF-8 8bit), new mail, for two persons; mentions group 3 as the old choice.
mail("nguyen-vietnamese-cancel",
     date=d(18, 10, 45), mid="<1708249500123.5521.hung@hnv-muenster.example>",
     **{"from": ("Nguyễn Văn Hùng", "hung.nguyen@hnv-muenster.example")},
     subject="Hủy đăng ký - Tag der MSO 13.3",
     body=T("""Kính gửi Ban tổ chức,

Tôi là Nguyễn Văn Hùng, hội trưởng Hội Người Việt tại Münster. Tuần trước tôi đã đăng ký cho hai người (tôi và anh Trần Minh Đức) tham gia nhóm làm việc số 3.
Rất tiếc, ngày 13/3 hội chúng tôi có việc đột xuất nên không thể tham dự được. Xin vui lòng hủy đăng ký của cả hai người.

Xin cảm ơn và chúc sự kiện thành công tốt đẹp.
Nguyễn Văn Hùng
Hội Người Việt tại Münster
"""),
     exp=rec("cancellation", "hung.nguyen@hnv-muenster.example", "Nguyễn Văn Hùng",
             "Hội Người Việt tại Münster", [], None, "vi"))

# 029 registration in Chinese, GBK base64 body and header; group 3 by Chinese ordinal.
mail("wang-chinese-gbk",
     date=d(18, 12, 10), mid="<202702181210435512345@hrxh-ms.example>",
     **{"from": ("王丽", "wang.li@hrxh-ms.example")}, hcs="gbk",
     subject="报名参加移民自组织日（3月13日）",
     headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")],
     body=T("""您好！

我是明斯特华人协会的王丽，想报名参加3月13日的移民自组织日活动。只有我一个人参加。
我希望参加第三工作组（资助机会和社团管理），因为我们协会正在准备申请项目资金。

如有需要，请随时与我联系。

谢谢！
王丽
明斯特华人协会
""", charset="gbk", cte="base64"),
     exp=rec("registration", "wang.li@hrxh-ms.example", "王丽", "明斯特华人协会", ["AG3"], 1, "zh"))

# 030 registration forwarded by a neighbourhood centre for a woman without e-mail; the writer asks for the
#     confirmation to himself; form with a ticked box "[x] AG 2"; scanned PDF attached.
mail("brueggemann-forward-for-diallo",
     date=d(18, 13, 30), mid="<CAB2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0u1V@stz-kinderhaus.example>",
     **{"from": ("Thomas Brüggemann", "thomas.brueggemann@stz-kinderhaus.example")},
     subject="WG: Anmeldung MSO-Tag - Frau Amina Diallo",
     body=M("mixed", [T("""Hallo liebes MSO-Team,

Frau Diallo war gestern in unserer Sprechstunde und hat das Anmeldeformular ausgefüllt (Scan im Anhang, die Angaben stehen auch unten). Sie hat selbst keine E-Mail-Adresse. Schicken Sie die Bestätigung deshalb bitte an mich, ich gebe sie an sie weiter.

Beste Grüße aus Kinderhaus
Thomas Brüggemann
Stadtteilzentrum Kinderhaus - Quartiersmanagement
Tel. 0251 / 000 00 01

---------- Weitergeleitete Nachricht ---------
Von: Empfang STZ Kinderhaus <empfang@stz-kinderhaus.example>
Date: Mi., 17. Feb. 2027 um 17:12 Uhr
Subject: Anmeldung MSO-Tag - Frau Amina Diallo
To: Thomas Brüggemann <thomas.brueggemann@stz-kinderhaus.example>


Hallo Thomas, hier die Angaben vom Formular, Original liegt in deinem Fach.

Anmeldung zum Tag der Migrantenselbstorganisationen 2027
Name: Amina Diallo
Organisation: Verein afrikanischer Frauen Münster e.V.
Anzahl Personen: 1
Arbeitsgruppe:  [ ] AG 1   [x] AG 2   [ ] AG 3
Telefon: 0157 000 000 00

Gruß, Meike
""", cte="quoted-printable"),
        A("application/pdf", "Anmeldung_Diallo_Scan.pdf", FAKE_PDF)]),
     exp=rec("registration", "thomas.brueggemann@stz-kinderhaus.example", "Amina Diallo",
             "Verein afrikanischer Frauen Münster e.V.", ["AG2"], 1, "de"))

# 031 change, learner German in a Gmail reply: names the old "AG 1" and the new one by topic and number.
_conf031 = confirmation("Herr Alhassan", "1 Person", "AG1")
_de031 = f"""Hallo,

ich habe mich für AG 1 angemeldet, aber jetzt ich denke Vereinsmanagement ist besser für mich, weil wir haben neu ein Verein gegründet (Syrische Jugend Münster) und brauchen Hilfe mit Förderung. Kann ich wechseln in AG 3?

Danke schön
Ahmad Alhassan

Am Di., 9. Feb. 2027 um 18:20 Uhr schrieb Tag der Migrantenselbstorganisationen <{OUR}>:

{quote(_conf031)}
"""
mail("alhassan-change-gmail",
     date=d(18, 15, 0), mid="<CAH5j6K7l8M9n0O1p2Q3r4S5t6U7v8W9x0Y1z2A3b4C@mail.gmail.example>",
     **{"from": ("Ahmad Alhassan", "ahmad.alhassan@mailbox.example")},
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270209-1820-0020@muenster.example>"),
              ("References", "<conf-20270209-1820-0020@muenster.example>")],
     body=M("alternative", [T(_de031, cte="quoted-printable"), T(gmail_html(_de031), subtype="html", cte="quoted-printable")]),
     exp=rec("change", "ahmad.alhassan@mailbox.example", "Ahmad Alhassan", "Syrische Jugend Münster",
             ["AG3"], None, "de"))

# 032 change with inline answers between quoted lines of the confirmation: party 2 -> 1 and AG 3 -> AG 2;
#     the new text also mentions "Fördermitteln" (an AG 3 alias) about the colleague who dropped out.
_conf032 = confirmation("Frau Mansouri", "2 Personen", "AG3").split("\n")
_inline = "\n".join([
    "Am 11.02.27 um 10:05 schrieb Tag der Migrantenselbstorganisationen:",
    quote("\n".join(_conf032[:6])),
    "",
    "Das stimmt leider nicht mehr, meine Kollegin Samira fällt aus. Ich komme also allein.",
    "",
    quote(_conf032[6]),
    "",
    "Bitte dann statt dessen AG 2 für mich. Samira war diejenige, die unbedingt zu den Fördermitteln wollte ;-)",
    "",
    quote("\n".join(_conf032[7:])),
    "",
    "Danke & Grüße",
    "Leyla Mansouri",
    "Marokkanischer Kulturverein Münster e.V.",
])
mail("mansouri-change-inline",
     date=d(18, 16, 40), mid="<b2c4d6e8-f0a1-4b3c-9d5e-7f8091a2b3c4@mkv-muenster.example>",
     **{"from": ("Leyla Mansouri", "leyla.mansouri@mkv-muenster.example")},
     subject="Re: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("In-Reply-To", "<conf-20270211-1005-0029@muenster.example>"),
              ("References", "<conf-20270211-1005-0029@muenster.example>"),
              ("User-Agent", "Mozilla Thunderbird")],
     body=T(_inline + "\n", charset="iso-8859-15", cte="quoted-printable"),
     exp=rec("change", "leyla.mansouri@mkv-muenster.example", "Leyla Mansouri",
             "Marokkanischer Kulturverein Münster e.V.", ["AG2"], 1, "de"))

# 033 registration in French, ISO-8859-15 QP; "atelier 2", fallback "atelier 3"; asks for a certificate.
mail("mbarga-french-8859-15",
     date=d(18, 19, 20), mid="<1708280400.4412.jpm@acm-muenster.example>",
     **{"from": ("Jean-Pierre Mbarga", "jp.mbarga@acm-muenster.example")}, hcs="iso-8859-15",
     subject="Inscription Journée des organisations de migrants - 13 mars",
     body=T("""Bonjour Madame, Monsieur,

Je me permets de vous écrire afin de m'inscrire à la Journée des organisations de migrants du 13 mars 2027 au Stadtweinhaus.
Je souhaiterais participer à l'atelier 2 sur le processus d'avenir de Münster ; à défaut, l'atelier 3 me conviendrait également.
Par ailleurs, serait-il possible de recevoir une attestation de participation ? Cela nous aiderait pour le rapport annuel de l'association.

Je viendrai seul.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Pierre Mbarga
Président
Association des Camerounais de Münster e.V.
« Ensemble, on est plus forts »
""", charset="iso-8859-15", cte="quoted-printable"),
     exp=rec("registration", "jp.mbarga@acm-muenster.example", "Jean-Pierre Mbarga",
             "Association des Camerounais de Münster e.V.", ["AG2", "AG3"], 1, "fr"))

# Friday 19 February --------------------------------------------------------------------------

# 034 bounce: Exchange-style German NDR (mailbox full), report with the full returned confirmation;
#     recipient written in mixed case.
_orig034 = f"""From: Tag der Migrantenselbstorganisationen <{OUR}>
To: R.Begic@Bosn-Kulturverein.example
Subject: =?utf-8?q?Anmeldebest=C3=A4tigung=3A_Tag_der_Migrantenselbstorganisationen_2027?=
Date: Fri, 19 Feb 2027 08:09:41 +0100
Message-ID: <conf-20270219-0809-0061@muenster.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Guten Tag Herr Begic,

vielen Dank fuer Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027.
Angemeldet: 1 Person
Arbeitsgruppe: AG 3

Ihr Organisationsteam MSO-Tag
"""
mail("bounce-exchange-mailbox-full",
     date=d(19, 8, 10, 22), mid="<f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9@bosn-kulturverein.example>",
     return_path="", **{"from": ("Microsoft Outlook", "postmaster@bosn-kulturverein.example")},
     subject="Unzustellbar: Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027",
     headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
              ("Content-Language", "de-DE")],
     body=M("report", [
         T("""Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

R.Begic@Bosn-Kulturverein.example
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EX01.bosn-kulturverein.example
R.Begic@Bosn-Kulturverein.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", cte="quoted-printable"),
         Raw("message/delivery-status", """Reporting-MTA: dns;EX01.bosn-kulturverein.example
Received-From-MTA: dns;mx01.muenster.example
Arrival-Date: Fri, 19 Feb 2027 07:09:44 +0000

Final-Recipient: rfc822;R.Begic@Bosn-Kulturverein.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException
"""),
         Raw("message/rfc822", _orig034)], params=" report-type=delivery-status;"),
     exp=rec("bounce", bounced="r.begic@bosn-kulturverein.example"))

# 035 registration in Spanish, ISO-8859-1 8bit, top-posted on the city's invitation quoted Outlook-style
#     (no ">" markers) that lists all three AGs; she and her daughter -> 2, grupo 1.
mail("gutierrez-spanish-reply-invitation",
     date=d(19, 9, 30), mid="<VI1PR09MB5566C7D8E9F0A1B2@VI1PR09MB5566.eurprd09.puentes-ms.example>",
     **{"from": ("María José Gutiérrez", "mj.gutierrez@puentes-ms.example")}, hcs="iso-8859-1",
     subject="RE: Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März",
     headers=[("In-Reply-To", "<einladung-2027-0125-0900@muenster.example>"),
              ("References", "<einladung-2027-0125-0900@muenster.example>"),
              ("X-Mailer", "Microsoft Outlook 16.0")],
     body=T(f"""Hola, buenos días:

Muchas gracias por la invitación. Me gustaría inscribirme en nombre de la Asociación Latinoamericana Puentes Münster. Vendré con mi hija Valentina (17 años), que colabora como voluntaria en nuestras clases de apoyo escolar, así que seríamos dos personas.

Las dos queremos participar en el grupo de trabajo 1, sobre el sistema educativo.

Un cordial saludo,
María José Gutiérrez
Asociación Latinoamericana Puentes Münster

________________________________
De: Tag der Migrantenselbstorganisationen <{OUR}>
Enviado: lunes, 25 de enero de 2027 9:00
Para: Verteiler MSO <verteiler-mso@muenster.example>
Asunto: Einladung: Tag der Migrantenselbstorganisationen 2027 am 13. März

{INVITATION}
""", charset="iso-8859-1", cte="8bit"),
     exp=rec("registration", "mj.gutierrez@puentes-ms.example", "María José Gutiérrez",
             "Asociación Latinoamericana Puentes Münster", ["AG1"], 2, "es"))

# 036 change in Dari (Persian script, Persian digits ۳ -> ۲), UTF-8 base64; new mail, no quote.
mail("sultani-dari-change",
     date=d(19, 11, 15), mid="<CAM9n8B7v6C5x4Z3l2K1j0H9g8F7d6S5a4P3o2I1u0Y@mail.example>",
     **{"from": ("Abdul Wahid Sultani", "a.w.sultani@mail.example")},
     subject="تغییر گروپ کاری - روز سازمان‌های مهاجرین",
     body=T("""سلام علیکم،

با عرض احترام. من هفتهٔ گذشته برای روز سازمان‌های مهاجرین ثبت نام کردم و گروپ کاری ۳ را انتخاب کرده بودم. حالا می‌خواهم به گروپ کاری ۲ بروم، چون موضوع آیندهٔ شهر مونستر برای انجمن ما مهم‌تر است.
لطفاً این تغییر را برایم تأیید کنید.

تشکر زیاد
عبدالواحد سلطانی
انجمن فرهنگی افغان‌ها در مونستر
""", cte="base64"),
     exp=rec("change", "a.w.sultani@mail.example", "عبدالواحد سلطانی", "انجمن فرهنگی افغان‌ها در مونستر",
             ["AG2"], None, "fa"))

# 037 cancellation by an association board (shared mailbox), Outlook multipart/alternative UTF-8 QP;
#     withdraws 3 persons and names their "AG 1" (not a new choice).
_cx = """Sehr geehrtes Organisationsteam,

in unserer Vorstandssitzung vom 17. Februar haben wir beschlossen, dass unser Verein in diesem Jahr leider nicht am MSO-Tag teilnehmen kann, da am selben Wochenende unser 25-jähriges Jubiläumsfest stattfindet.

Wir ziehen daher unsere Anmeldung (3 Personen, AG 1) zurück und bitten um Ihr Verständnis. Beim MSO-Tag 2028 sind wir gerne wieder dabei.

Mit freundlichen Grüßen

Patrick Mukendi
1. Vorsitzender
Kongolesischer Verein Münster e.V."""
mail("mukendi-association-withdraws",
     date=d(19, 13, 40), mid="<PR3P191MB0987A6B5C4D3E2F1@PR3P191MB0987.kongo-ms.example>",
     **{"from": ("Vorstand Kongolesischer Verein", "vorstand@kongo-ms.example")},
     subject="Rücknahme unserer Anmeldung MSO-Tag 2027",
     headers=[("X-Mailer", "Microsoft Outlook 16.0")],
     body=M("alternative", [T(_cx, cte="quoted-printable"),
                            T("<html><body><div style=\"font-family:Calibri\">"
                              + "".join(f"<p class=\"MsoNormal\">{p.replace(chr(10), '<br>')}</p>\n"
                                        for p in _cx.split("\n\n"))
                              + "</div></body></html>", subtype="html", cte="quoted-printable")]),
     exp=rec("cancellation", "vorstand@kongo-ms.example", "Patrick Mukendi", "Kongolesischer Verein Münster e.V.",
             [], None, "de"))

# 038 question: registered weeks ago (AG 2), got no confirmation, asks whether it arrived.
mail("braun-question-no-confirmation",
     date=d(19, 15, 20), mid="<trinity-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-1708352400@mailbox.example>",
     **{"from": ("Swetlana Braun", "swetlana.braun@mailbox.example")},
     subject="Anmeldung angekommen?",
     body=T("""Guten Tag,

ich habe mich am 3. Februar per E-Mail für den MSO-Tag angemeldet (AG 2), habe aber bis heute keine Bestätigung bekommen, auch nicht im Spam-Ordner. Ist meine Anmeldung bei Ihnen angekommen?

Vielen Dank und freundliche Grüße
Swetlana Braun
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster
""", charset="iso-8859-1", cte="8bit"),
     exp=rec("question", "swetlana.braun@mailbox.example", "Swetlana Braun",
             "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"))

# Weekend 20/21 February -----------------------------------------------------------------------

# 039 question: are places left in AG 2? would register 4 persons next week -> not yet a registration.
mail("mensah-question-places-left",
     date=d(20, 10, 0), mid="<2E3F4A5B-6C7D-4E8F-9A0B-1C2D3E4F5A6B@ghana-union-ms.example>",
     **{"from": ("Kofi Mensah", "kofi.mensah@ghana-union-ms.example")},
     subject="Plätze AG 2?",
     headers=[("X-Mailer", "iPhone Mail (20D67)")],
     body=T("""Guten Morgen, sind in der AG 2 noch Plätze frei? Wir wären 4 Personen von der Ghana Union Münster. Wenn ja, melden wir uns Anfang nächster Woche an, dann weiß ich auch, wer genau mitkommt.

Gruß Kofi Mensah

Von meinem iPhone gesendet""", cte="quoted-printable"),
     exp=rec("question", "kofi.mensah@ghana-union-ms.example", "Kofi Mensah", "Ghana Union Münster",
             [], None, "de"))

# 040 cancellation late on Sunday, learner German, ISO-8859-1 QP, new mail with subject "Absage".
mail("gashi-cancel-sunday",
     date=d(21, 21, 47), mid="<20270221214731.3f2a@mailbox.example>",
     **{"from": ("Blerim Gashi", "blerim.gashi@mailbox.example")},
     subject="Absage",
     body=T("""Guten abend,

ich habe mich angemeldet für 13 März aber leider ich muss absagen, weil ich habe Schicht bekommen bei meine Arbeit an diese Samstag. Es tut mir leid. Bitte streichen Sie mein Name von die Liste.

Mit freundlichen grüßen
Blerim Gashi
Kosovarisch-Deutscher Kulturverein Münster
""", charset="iso-8859-1", cte="quoted-printable"),
     exp=rec("cancellation", "blerim.gashi@mailbox.example", "Blerim Gashi",
             "Kosovarisch-Deutscher Kulturverein Münster", [], None, "de"))


# =========================================================================== generate & validate
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size", "language", "bounced_recipient")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.\-]+)")
WWW_RE = re.compile(r"\b(www\.[A-Za-z0-9.\-]+)")


def host_ok(host):
    host = host.lower().rstrip(".")
    return host.endswith(".example") or host in ("example.org", "example.com", "example.net") or \
        host.endswith((".example.org", ".example.com", ".example.net"))


def generate():
    files, expected = {}, {}
    for i, (slug, m) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        files[name] = build(i, m)
        expected[name] = m["exp"]
    exp_text = json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return files, exp_text


def validate(files, expected):
    errors = []
    last = None
    for name, data in files.items():
        def err(msg):
            errors.append(f"{name}: {msg}")
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                err("line longer than 998 octets")
            if b"\r" in line or b"\n" in line:
                err("bare CR or LF")
        if not data.endswith(b"\r\n"):
            err("does not end with CRLF")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                err(f"defects {part.defects}")
            for k, v in part.items():
                texts.append(str(v))
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            cte = part.get("Content-Transfer-Encoding", "7bit").lower()
            payload = part.get_payload(decode=True)
            if cte == "7bit" and payload is not None:
                try:
                    payload.decode("ascii")
                except UnicodeDecodeError:
                    err("non-ASCII in 7bit part")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    texts.append(payload.decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    err(f"{ctype} does not decode as {cs}: {e}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(f"no {h}")
        when = parsedate_to_datetime(str(msg["Date"])).astimezone(UTC)
        if last is not None and when <= last:
            err("Date does not rise")
        last = when
        blob = "\n".join(texts)
        for mm in EMAIL_RE.finditer(blob):
            if not host_ok(mm.group(1)):
                err(f"non-example address {mm.group(0)}")
        for mm in list(URL_RE.finditer(blob)) + list(WWW_RE.finditer(blob)):
            if not host_ok(mm.group(1)):
                err(f"non-example host {mm.group(1)}")
        r = expected[name]
        if tuple(sorted(r)) != tuple(sorted(KEYS)):
            err("record keys")
        k = r["kind"]
        if k not in KINDS:
            err("bad kind")
        if not all(w in ("AG1", "AG2", "AG3") for w in r["workgroups"]) or len(set(r["workgroups"])) != len(r["workgroups"]):
            err("bad workgroups")
        if k in ("auto_reply", "bounce", "other"):
            if any(r[x] is not None for x in ("email", "name", "organisation", "language", "party_size")) or r["workgroups"]:
                err("machine mail with person fields")
        else:
            if not r["email"] or r["email"] != r["email"].lower() or r["email"] not in data.decode("latin-1").lower():
                err("email missing, not lower-case, or not in mail")
            if not (isinstance(r["language"], str) and re.fullmatch(r"[a-z]{2}", r["language"])):
                err("bad language")
            if not r["name"]:
                err("no name")
        if k == "registration" and not (isinstance(r["party_size"], int) and r["party_size"] >= 1):
            err("registration needs party_size")
        if k in ("cancellation", "question") and (r["party_size"] is not None or r["workgroups"]):
            err("cancellation/question with party or workgroups")
        if k == "change" and r["party_size"] is not None and not isinstance(r["party_size"], int):
            err("bad change party_size")
        if (k == "bounce") != (r["bounced_recipient"] is not None):
            err("bounced_recipient only for bounces")
        if k == "bounce" and r["bounced_recipient"] != r["bounced_recipient"].lower():
            err("bounced_recipient not lower-case")
    return errors


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] or "-" for r in expected.values())
    print(f"{len(expected)} mails")
    print("kinds:    " + ", ".join(f"{k}={kinds[k]}" for k in KINDS if kinds[k]))
    print("language: " + ", ".join(f"{k}={v}" for k, v in sorted(langs.items(), key=lambda x: (-x[1], x[0]))))


def main(argv):
    files, exp_text = generate()
    expected = json.loads(exp_text)
    errors = validate(files, expected)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    if "--stats" in argv:
        stats(expected)
        return 0
    mails_dir = HERE / "mails"
    if "--check" in argv:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.is_dir() else set()
        if on_disk != set(files):
            bad.append("mail file names differ")
        for name, data in files.items():
            p = mails_dir / name
            if not p.is_file() or p.read_bytes() != data:
                bad.append(f"{name} differs")
        ep = HERE / "expected.json"
        if not ep.is_file() or ep.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json differs")
        if bad:
            print("\n".join(bad), file=sys.stderr)
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
    # re-read from disk and validate again
    disk = {n: (mails_dir / n).read_bytes() for n in files}
    errors = validate(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    print(f"wrote {len(files)} mails and expected.json; validation ok")
    stats(expected)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
