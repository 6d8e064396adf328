#!/usr/bin/env python3
"""Evaluation set "mso2" for `mailbot parse`: 60 unseen mails for the MSO-Tag 2027.

Writes mails/NNN-slug.eml and expected.json next to this script and re-reads
every mail to check it (parses with email.policy.default without defects,
every text part decodes strictly in its declared charset, dates ascend).

    python3 make_mails.py            write mails/ and expected.json, then check
    python3 make_mails.py --check    change nothing; fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind and language

Python 3.11, standard library only.  The output is deterministic.
Every mail text is in this file; each mail has a one-line comment saying what it tests.
Only example domains are used (*.example).
"""
import argparse
import base64
import hashlib
import html
import json
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# MIME building blocks (hand-made so that charsets and encodings are exactly
# what the simulated client would produce)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)   # "Name: value" strings, ASCII
        self.body = body               # bytes, already transfer-encoded

    def raw(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _transfer(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", label=None,
         flowed=False, extra=()):
    """One text/* leaf.  `label` is how the charset is spelled in the header."""
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(charset)
    ct = f"Content-Type: text/{subtype}; charset={label or charset}"
    if flowed:
        ct += "; format=flowed"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", *extra], _transfer(data, cte))


def multi(subtype, *parts, boundary=None, preamble=False, params=""):
    if boundary is None:
        h = hashlib.sha1(b"".join(p.raw() for p in parts)).hexdigest()
        boundary = f"----=_NextPart_{h[:6]}_{h[6:14]}.{h[14:22]}"
    b = boundary.encode()
    body = b"This is a multi-part message in MIME format.\n\n" if preamble else b""
    for p in parts:
        body += b"--" + b + b"\n" + p.raw() + b"\n"
    body += b"--" + b + b"--\n"
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], body)


def attachment(data, ctype, filename):
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: attachment; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


def rfc822(inner):
    return Part(["Content-Type: message/rfc822", "Content-Disposition: inline"], inner)


def H(s, charset="utf-8"):
    """A header value; encoded words only when needed."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def A(name, addr, charset="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=charset)


def D(stamp, offset="+0100"):
    """'2027-01-25 10:03:12' local time with the given offset -> RFC 5322 date."""
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    fmt = "%Y-%m-%d %H:%M:%S" if stamp.count(":") == 2 else "%Y-%m-%d %H:%M"
    return format_datetime(datetime.strptime(stamp, fmt).replace(tzinfo=tz))


def mid(seed, domain):
    return f"<{hashlib.sha1(seed.encode()).hexdigest()[:20].upper()}@{domain}>"


def quote(s, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in s.split("\n"))


def to_html(s):
    """Plain text -> simple HTML paragraphs (what a client's HTML part looks like)."""
    out = []
    for para in s.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in para.split("\n")) + "</p>")
    return "\n".join(out)


def outlook_html(s, lang="DE"):
    body = "\n".join(
        f'<p class="MsoNormal">{html.escape(line) if line else "&nbsp;"}<o:p></o:p></p>'
        for line in s.strip("\n").split("\n"))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.E-MailFormatvorlage17 {{mso-style-type:personal-compose;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def build(headers, part):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + part.raw()


# ---------------------------------------------------------------------------
# the set
# ---------------------------------------------------------------------------

MAILS = []        # (filename, bytes, expected record)
KEYS = ("kind", "email", "name", "organisation", "workgroups", "party_size",
        "language", "bounced_recipient")


def exp(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    if kind == "registration" and party is None:
        party = 1
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def add(num, slug, *, frm, subject, date, part, expected, to=None, reply_to=None,
        msg_id=None, in_reply_to=None, cc=None, extra=(), subject_charset="utf-8"):
    fname = f"{num:03d}-{slug}.eml"
    addr_domain = frm.rsplit("@", 1)[1].rstrip(">")
    headers = []
    headers += [h for h in extra if h[0] in ("Return-Path", "Received")]
    headers += [
        ("From", frm),
        ("To", to or TO_EVENT),
        ("Cc", cc),
        ("Reply-To", reply_to),
        ("Subject", H(subject, subject_charset)),
        ("Date", date),
        ("Message-ID", msg_id or mid(fname, addr_domain)),
    ]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    headers += [h for h in extra if h[0] not in ("Return-Path", "Received")]
    MAILS.append((fname, build(headers, part), expected))


# ---------------------------------------------------------------------------
# texts the participants quote: the invitation and mailbot's confirmation
# ---------------------------------------------------------------------------

EVENT_ADDR = "mso-tag@muenster.example"
EVENT_NAME = "Tag der Migrantenselbstorganisationen"
TO_EVENT = A(EVENT_NAME, EVENT_ADDR)
INVITE_ID = "<einladung-2027-01-25.4711@muenster.example>"
INVITE_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

hiermit laden wir Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

In drei parallelen Arbeitsgruppen möchten wir mit Ihnen arbeiten:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an.
Nennen Sie uns dabei Ihren Namen, Ihre Organisation,
die gewünschte Arbeitsgruppe (gerne mit Zweitwunsch)
und mit wie vielen Personen Sie kommen.
Pro Arbeitsgruppe stehen 30 Plätze zur Verfügung.

Für Verpflegung ist gesorgt. Die Räume sind barrierefrei erreichbar.

Mit freundlichen Grüßen
im Auftrag

Dilara Hoffmann-Ekinci
Stadt Münster - Amt für Zuwanderung und Vielfalt
Kommunales Integrationszentrum
Tel. 0251 492-0000
mso-tag@muenster.example"""

AG_TITLES = {
    "AG1": "AG 1 - Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation_de(name, ag, persons):
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00-16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.

Ihre Anmeldung:
  Arbeitsgruppe: {AG_TITLES[ag]}
  Personen: {persons}

Wenn Sie etwas ändern oder absagen möchten, antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Stadt Münster"""


def confirmation_en(name, ag, persons):
    return f"""Dear {name},

Thank you for registering for the Day of Migrant Organisations 2027
on Saturday, 13 March 2027, 10:00-16:00, Stadtweinhaus, Prinzipalmarkt 8, Münster.

Your registration:
  Workgroup: {AG_TITLES[ag]}
  Persons: {persons}

To change or cancel, simply reply to this e-mail.

Kind regards
Tag der Migrantenselbstorganisationen
City of Münster"""


def outlook_block(sent, to, subject, lang="de"):
    if lang == "de":
        return (f"________________________________\nVon: {EVENT_NAME} <{EVENT_ADDR}>\n"
                f"Gesendet: {sent}\nAn: {to}\nBetreff: {subject}\n")
    return (f"________________________________\nFrom: {EVENT_NAME} <{EVENT_ADDR}>\n"
            f"Sent: {sent}\nTo: {to}\nSubject: {subject}\n")


def invite_html_quote():
    return ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + to_html(INVITATION) + "</blockquote></div>")


def conf_id(who):
    return mid("confirmation:" + who, "muenster.example")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# 001: Postfix multipart/report bounce of the invitation (unknown user); original headers attached
add(1, "bounce-postfix-user-unknown",
    frm=A("Mail Delivery System", "MAILER-DAEMON@mx1.muenster.example"),
    subject="Undelivered Mail Returned to Sender", date=D("2027-01-25 10:03:12"),
    extra=[("Auto-Submitted", "auto-replied")],
    part=multi("report",
        text("""This is the mail system at host mx1.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<vorstand@irakischer-kulturverein.example>: host
    mail.irakischer-kulturverein.example[192.0.2.41] said: 550 5.1.1
    <vorstand@irakischer-kulturverein.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""",
             charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        Part(["Content-Type: message/delivery-status", "Content-Description: Delivery report"],
             b"""Reporting-MTA: dns; mx1.muenster.example
X-Postfix-Queue-ID: 4Kx2Lm0c7Qz9sWn
X-Postfix-Sender: rfc822; mso-tag@muenster.example
Arrival-Date: Mon, 25 Jan 2027 10:02:51 +0100 (CET)

Final-Recipient: rfc822; vorstand@irakischer-kulturverein.example
Original-Recipient: rfc822;vorstand@irakischer-kulturverein.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.irakischer-kulturverein.example
Diagnostic-Code: smtp; 550 5.1.1 <vorstand@irakischer-kulturverein.example>:
    Recipient address rejected: User unknown in virtual mailbox table
"""),
        Part(["Content-Type: text/rfc822-headers", "Content-Description: Undelivered Message Headers"],
             ("Return-Path: <mso-tag@muenster.example>\n"
              "From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
              "To: vorstand@irakischer-kulturverein.example\n"
              f"Subject: {INVITE_SUBJECT}\n"
              "Date: Mon, 25 Jan 2027 10:02:48 +0100\n"
              f"Message-ID: {INVITE_ID}\n").encode()),
        params="; report-type=delivery-status"),
    expected=exp("bounce", bounced="vorstand@irakischer-kulturverein.example"))

# 002: Outlook out-of-office with Auto-Submitted and X-Auto-Response-Suppress; names a colleague and her address
add(2, "auto-reply-outlook-ooo",
    frm=A("Schneider, Petra", "p.schneider@begegnung-kinderhaus.example"),
    subject=f"Automatische Antwort: {INVITE_SUBJECT}", date=D("2027-01-25 10:03:40"),
    in_reply_to=INVITE_ID,
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("Thread-Topic", INVITE_SUBJECT), ("Content-Language", "de-DE")],
    part=multi("alternative",
        text("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Februar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an meine Kollegin Meryem Aydın (0251 2345-67, m.aydin@begegnung-kinderhaus.example).

Mit freundlichen Grüßen
Petra Schneider
Begegnungszentrum Kinderhaus""", charset="utf-8", cte="quoted-printable"),
        text(outlook_html("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Februar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an meine Kollegin Meryem Aydın (0251 2345-67, m.aydin@begegnung-kinderhaus.example).

Mit freundlichen Grüßen
Petra Schneider
Begegnungszentrum Kinderhaus"""), subtype="html", cte="quoted-printable")),
    expected=exp("auto_reply"))

# 003: Exchange NDR in German ("Unzustellbar"), mailbox full, multipart/report with alternative + original headers
add(3, "bounce-exchange-mailbox-full",
    frm=A("Microsoft Outlook", "postmaster@bh-kulturverein.example"),
    to=A("Tag der Migrantenselbstorganisationen", EVENT_ADDR),
    subject=f"Unzustellbar: {INVITE_SUBJECT}", date=D("2027-01-25 10:05:02"),
    extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", "")],
    part=multi("report",
        multi("alternative",
            text("""Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

info@bh-kulturverein.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.bh-kulturverein.example

info@bh-kulturverein.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""", charset="utf-8", cte="quoted-printable"),
            text("""<html><body><p><b><font color="#000066" size="3" face="Arial">Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:</font></b></p>
<p><a href="mailto:info@bh-kulturverein.example">info@bh-kulturverein.example</a><br>
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.</p>
<p><font size="2">Generierender Server: EXCH01.bh-kulturverein.example<br>
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'</font></p>
</body></html>""", subtype="html", charset="utf-8", cte="quoted-printable")),
        Part(["Content-Type: message/delivery-status"],
             b"""Reporting-MTA: dns;EXCH01.bh-kulturverein.example
Received-From-MTA: dns;mx1.muenster.example
Arrival-Date: Mon, 25 Jan 2027 09:04:58 +0000

Final-Recipient: rfc822;info@bh-kulturverein.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException
"""),
        Part(["Content-Type: text/rfc822-headers"],
             ("From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>\n"
              "To: info@bh-kulturverein.example\n"
              f"Subject: {INVITE_SUBJECT}\n"
              "Date: Mon, 25 Jan 2027 10:02:48 +0100\n"
              f"Message-ID: {INVITE_ID}\n").encode()),
        params="; report-type=delivery-status"),
    expected=exp("bounce", bounced="info@bh-kulturverein.example"))

# 004: vacation auto-reply WITHOUT any auto headers, subject "Re: <invitation>", German + Turkish; body alone tells it is automatic
add(4, "auto-reply-no-headers-bilingual",
    frm=A("Türkisch-Deutscher Elternverein", "info@tde-muenster.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-25 10:06:19"),
    in_reply_to=INVITE_ID,
    part=text("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Unser Büro ist vom 25.01. bis zum 07.02.2027 urlaubsbedingt nicht besetzt. Ihre Nachricht wird nach unserer Rückkehr bearbeitet. Sie wird nicht weitergeleitet.

Sayın ilgili,

e-postanız için teşekkür ederiz. Ofisimiz 25.01.-07.02.2027 tarihleri arasında tatil nedeniyle kapalıdır. Mesajınız dönüşümüzde işleme alınacaktır.

Türkisch-Deutscher Elternverein Münster e.V.""", charset="utf-8", cte="8bit"),
    expected=exp("auto_reply"))

# 005: Outlook top-post reply quoting the invitation unprefixed ("Von:/Gesendet:"), "AG II", companion named -> 2; "1. Vorsitzender" and house number are not choices/persons; disclaimer
_t = """Sehr geehrte Frau Hoffmann-Ekinci,

vielen Dank für die Einladung. Hiermit melde ich mich für die AG II an. Begleiten wird mich unser Jugendbeauftragter, Herr Burak Şahin, der sich ebenfalls für die AG II interessiert.

Mit freundlichen Grüßen

Mehmet Yılmaz
1. Vorsitzender
Türkisch-Islamische Gemeinde Münster-Coerde e.V.
Hamannplatz 12, 48157 Münster
Tel.: 0251 3124567

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.

""" + outlook_block("Montag, 25. Januar 2027 10:02", EVENT_NAME + " <" + EVENT_ADDR + ">", INVITE_SUBJECT) + "\n" + INVITATION
add(5, "yilmaz-outlook-roman-companion",
    frm=A("Mehmet Yılmaz", "m.yilmaz@tig-coerde.example"),
    subject=f"AW: {INVITE_SUBJECT}", date=D("2027-01-25 11:40:27"), in_reply_to=INVITE_ID,
    extra=[("Thread-Topic", INVITE_SUBJECT), ("Content-Language", "de-DE"),
           ("X-Mailer", "Microsoft Outlook 16.0")],
    part=multi("alternative", text(_t), text(outlook_html(_t), subtype="html")),
    expected=exp("registration", "m.yilmaz@tig-coerde.example", "Mehmet Yılmaz",
                 "Türkisch-Islamische Gemeinde Münster-Coerde e.V.", ["AG2"], 2, "de"))

# 006: Arabic Gmail reply (base64, alternative), "the second workgroup" in words, "with two colleagues" -> 3; date 13 is no person; invitation quoted with ">"
_t = """السلام عليكم ورحمة الله،

أشكركم على الدعوة الكريمة. أود تسجيل مشاركتي في يوم منظمات المهاجرين يوم 13 مارس، وأرغب في المشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر).
سأحضر مع زميلين من الجمعية.

مع خالص التحية
Mohammad Al-Ahmad
رئيس الجمعية
Syrischer Kulturverein Münster e.V."""
_q = "\n\nفي الاثنين، 25 يناير 2027 في 10:02 ص كتب Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:\n\n" + quote(INVITATION)
add(6, "alahmad-arabic-gmail-second-group",
    frm=A("Mohammad Al-Ahmad", "mohammad.alahmad@gmail.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-25 14:12:05"), in_reply_to=INVITE_ID,
    part=multi("alternative",
        text(_t + _q, label="UTF-8", cte="base64"),
        text('<div dir="rtl">' + to_html(_t) + "</div><br>" + invite_html_quote(), subtype="html",
             label="UTF-8", cte="base64"),
        boundary="000000000000a1b2c3d4e5f60718"),
    expected=exp("registration", "mohammad.alahmad@gmail.example", "Mohammad Al-Ahmad",
                 "Syrischer Kulturverein Münster e.V.", ["AG2"], 3, "ar"))

# 007: all lower case, phone-typed, emoji, "ag3"; "gegen 11" is a time, not persons; iPhone quote of invitation; no organisation
add(7, "oezdemir-lowercase-iphone",
    frm=A("Ayşe Özdemir", "ayse.oezdemir@gmx.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-26 07:58:44"), in_reply_to=INVITE_ID,
    extra=[("X-Mailer", "iPhone Mail (20D67)")],
    part=text("""hallo frau hoffmann-ekinci
ich bin dabei!! ag3 bitte, vereinsmanagement brauchen wir echt dringend 😅
komme aber erst so gegen 11 weil ich morgens noch aufm markt bin
lg ayse

Von meinem iPhone gesendet

> Am 25.01.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(INVITATION), label="utf-8", cte="quoted-printable"),
    expected=exp("registration", "ayse.oezdemir@gmx.example", "Ayşe Özdemir", None, ["AG3"], 1, "de"))

# 008: Russian in KOI8-R (8bit, encoded-word From), first choice third group, second choice first; "13 марта" is a date
add(8, "volkova-russian-koi8r-first-second",
    frm=A("Татьяна Волкова", "t.volkova@mail.example", "koi8-r"),
    subject="Регистрация на День организаций мигрантов 13.03.", subject_charset="koi8-r",
    date=D("2027-01-26 19:21:03"),
    part=text("""Здравствуйте!

Меня зовут Татьяна Волкова, я руковожу родительским клубом при обществе Kulturzentrum Perspektiva e.V. в Мюнстере.

Хочу зарегистрироваться на День организаций мигрантов 13 марта. Моя первая рабочая группа - третья (финансирование и управление объединением), если там не будет мест, то первая (образование).

Приду одна.

С уважением,
Татьяна Волкова
Kulturzentrum Perspektiva e.V.
тел. 0176 12345678""", charset="koi8-r", label="KOI8-R", cte="8bit"),
    expected=exp("registration", "t.volkova@mail.example", "Татьяна Волкова",
                 "Kulturzentrum Perspektiva e.V.", ["AG3", "AG1"], 1, "ru"))

# 009: a thank-you that registers no one ("we forwarded it to our members, they will write themselves") -> other
add(9, "thanks-forwarded-to-members",
    frm=A("Karim Ben Salah", "karim.bensalah@tkv-muenster.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-26 21:05:50"), in_reply_to=INVITE_ID,
    part=text("""Liebe Frau Hoffmann-Ekinci,

herzlichen Dank für die Einladung! Wir haben sie gleich an unsere Mitglieder weitergeleitet und in unsere WhatsApp-Gruppe gestellt. Wer kommen möchte, meldet sich dann direkt bei Ihnen.

Viele Grüße
Karim Ben Salah
Tunesischer Kulturverein Münster e.V.

Am 25.01.2027 um 10:02 schrieb Tag der Migrantenselbstorganisationen:
""" + quote(INVITATION), charset="utf-8", cte="8bit", flowed=True),
    expected=exp("other"))

# 010: Thunderbird bottom-post, answers typed between the quoted invitation lines; topic words for 1st/2nd choice; "zu dritt"; Dr. in name
add(10, "diallo-thunderbird-interleaved",
    frm=A("Dr. Amina Diallo", "amina.diallo@afrika-dachverband.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-27 09:12:36"), in_reply_to=INVITE_ID,
    extra=[("User-Agent", "Mozilla Thunderbird")],
    part=text("""Liebe Frau Hoffmann-Ekinci,

gerne melde ich mich an, meine Angaben stehen unten zwischen Ihren Zeilen.

Am 25.01.27 um 10:02 schrieb Tag der Migrantenselbstorganisationen:
> Sehr geehrte Damen und Herren,
> liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
>
> hiermit laden wir Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.
>
> Termin: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
> Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
>
> In drei parallelen Arbeitsgruppen möchten wir mit Ihnen arbeiten:
>
>   AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
>   AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
>         Migrationsvorgeschichte
>   AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement
>
> Bitte melden Sie sich bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example an.
> Nennen Sie uns dabei Ihren Namen, Ihre Organisation,

Dr. Amina Diallo, Afrikanischer Dachverband Münsterland e.V.

> die gewünschte Arbeitsgruppe (gerne mit Zweitwunsch)

Erstwunsch: Zukunftsprozess, Zweitwunsch: Bildungssystem

> und mit wie vielen Personen Sie kommen.

Wir kommen zu dritt (ich und zwei Kolleginnen aus dem Vorstand).

> Pro Arbeitsgruppe stehen 30 Plätze zur Verfügung.
>
> Für Verpflegung ist gesorgt. Die Räume sind barrierefrei erreichbar.

Herzliche Grüße
Amina Diallo

-- 
Dr. Amina Diallo
Afrikanischer Dachverband Münsterland e.V.
www.afrika-dachverband.example""", charset="utf-8", label="UTF-8", cte="8bit", flowed=True),
    expected=exp("registration", "amina.diallo@afrika-dachverband.example", "Amina Diallo",
                 "Afrikanischer Dachverband Münsterland e.V.", ["AG2", "AG1"], 3, "de"))

# 011: Turkish in ISO-8859-9 quoted-printable, "birinci tercihim AG 1 ... ikinci tercihim AG 2", "toplam 3 kişi"
add(11, "kaya-turkish-latin5-preferences",
    frm=A("Hatice Kaya", "hatice.kaya@ttnet.example", "iso-8859-9"),
    subject="MSO Günü kayıt - Hatice Kaya", subject_charset="iso-8859-9",
    date=D("2027-01-27 13:44:10"),
    part=text("""Merhaba Dilara Hanım,

13 Mart'taki Göçmen Örgütleri Günü'ne katılmak istiyorum. Birinci tercihim AG 1 (eğitim sistemi), ikinci tercihim AG 2.
İki arkadaşımla birlikte geleceğim, yani toplam 3 kişiyiz.

Saygılarımla
Hatice Kaya
Münster Türk Kadınlar Derneği""", charset="iso-8859-9", label="ISO-8859-9", cte="quoted-printable"),
    expected=exp("registration", "hatice.kaya@ttnet.example", "Hatice Kaya",
                 "Münster Türk Kadınlar Derneği", ["AG1", "AG2"], 3, "tr"))

# 012: question only: asks whether AG 3 still has places and whether non-members may come; "then I'd like to register" is conditional -> question (careful program: question or review)
add(12, "arslan-question-places-conditional",
    frm=A("Elif Arslan", "elif.arslan@web.example"),
    subject="Frage zum MSO-Tag", date=D("2027-01-28 16:30:00"),
    part=text("""Hallo,

ich habe von einer Freundin vom MSO-Tag gehört. Gibt es in der AG 3 noch freie Plätze? Und darf man auch kommen, wenn man (noch) in keinem Verein ist? Dann würde ich mich gerne anmelden.

Viele Grüße
Elif Arslan""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("question", "elif.arslan@web.example", "Elif Arslan", None, [], None, "de"))

# 013: English Gmail top-post with English attribution; "Workshop 2", "one colleague ... two people"; asks about parking too -> still registration
_t = """Dear Ms Hoffmann-Ekinci,

Thank you for the invitation. I would like to register for Workshop 2 (Münster's future process). One colleague from our board will join me, so we will be two people.

Quick question: is there parking near the Stadtweinhaus, or should we rather come by bus?

Kind regards,
Samuel Okafor
Secretary, Nigerian Community Münster e.V.
+49 251 0001234"""
add(13, "okafor-english-workshop2-parking",
    frm=A("Samuel Okafor", "samuel.okafor@gmail.example"),
    subject=f"Re: {INVITE_SUBJECT}", date=D("2027-01-28 20:02:17"), in_reply_to=INVITE_ID,
    part=multi("alternative",
        text(_t + "\n\nOn Mon, 25 Jan 2027 at 10:02, Tag der Migrantenselbstorganisationen <mso-tag@muenster.example> wrote:\n\n" + quote(INVITATION), label="UTF-8"),
        text('<div dir="ltr">' + to_html(_t) + "</div><br>" + invite_html_quote(), subtype="html", label="UTF-8"),
        boundary="0000000000007f3c2a05e6b1d9c4"),
    expected=exp("registration", "samuel.okafor@gmail.example", "Samuel Okafor",
                 "Nigerian Community Münster e.V.", ["AG2"], 2, "en"))

# 014: city website contact form: From no-reply, Reply-To the person, labelled fields ("Arbeitsgruppe: Bildung", "Anzahl Personen: 2"), learner German message, footer says "do not reply"
add(14, "kovalenko-contact-form",
    frm=A("Stadt Münster - Kontaktformular", "no-reply@stadt-muenster.example"),
    reply_to="olena.kovalenko@posteo.example",
    subject="Kontaktformular: Anmeldung Tag der Migrantenselbstorganisationen",
    date=D("2027-01-29 18:47:31"),
    part=text("""Über das Kontaktformular auf www.stadt-muenster.example wurde folgende Nachricht gesendet:

Formular: Anmeldung Tag der Migrantenselbstorganisationen 2027
Gesendet am: 29.01.2027 18:47

Vorname: Olena
Nachname: Kovalenko
E-Mail: olena.kovalenko@posteo.example
Telefon: 0157 98765432
Organisation: Ukrainisches Frauenzentrum Münster
Arbeitsgruppe: Bildung
Anzahl Personen: 2

Nachricht:
Guten Tag, ich möchte gern kommen mit meine Kollegin Iryna. Wir beide interessieren für Thema Schule, weil viele ukrainische Kinder in Münster jetzt in Schule gehen. Danke!

--
Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an die Absenderadresse.""",
              charset="utf-8", cte="8bit"),
    expected=exp("registration", "olena.kovalenko@posteo.example", "Olena Kovalenko",
                 "Ukrainisches Frauenzentrum Münster", ["AG1"], 2, "de"))

# 015: Farsi (Persian digits in the date), "the third group" in words, "my wife comes too, we are two"
add(15, "karimi-farsi-third-with-wife",
    frm=A("Reza Karimi", "reza.karimi@iran-kultur.example"),
    subject="ثبت‌نام روز سازمان‌های مهاجران", date=D("2027-01-30 11:15:09"),
    part=multi("alternative",
        text("""با سلام و احترام

از دعوت شما بسیار سپاسگزارم. مایلم برای روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنم.
گروه کاری مورد نظر من گروه سوم است (امکانات حمایت مالی و مدیریت انجمن).
همسرم نیز همراه من خواهد آمد، بنابراین ما دو نفر هستیم.

با احترام
Reza Karimi
Iranischer Kulturverein Münster e.V.""", cte="base64"),
        text('<div dir="rtl">' + to_html("""با سلام و احترام

از دعوت شما بسیار سپاسگزارم. مایلم برای روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنم.
گروه کاری مورد نظر من گروه سوم است (امکانات حمایت مالی و مدیریت انجمن).
همسرم نیز همراه من خواهد آمد، بنابراین ما دو نفر هستیم.

با احترام
Reza Karimi
Iranischer Kulturverein Münster e.V.""") + "</div>", subtype="html", cte="base64")),
    expected=exp("registration", "reza.karimi@iran-kultur.example", "Reza Karimi",
                 "Iranischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"))

# 016: Polish in ISO-8859-2 QP, "grupa robocza nr 1"; children aged 8 and 11 are not attendees
add(16, "nowak-polish-latin2-group1",
    frm=A("Katarzyna Nowak", "k.nowak@onet.example", "iso-8859-2"),
    subject="Zgłoszenie - Dzień Organizacji Migranckich", subject_charset="iso-8859-2",
    date=D("2027-02-01 08:25:47"),
    part=text("""Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca 2027 r. Interesuje mnie grupa robocza nr 1 (edukacja) - mam dwoje dzieci w wieku 8 i 11 lat i temat szkoły jest dla mnie bardzo ważny.

Z poważaniem
Katarzyna Nowak
Polnischer Kulturverein Polonia Münster e.V.""", charset="iso-8859-2", cte="quoted-printable"),
    expected=exp("registration", "k.nowak@onet.example", "Katarzyna Nowak",
                 "Polnischer Kulturverein Polonia Münster e.V.", ["AG1"], 1, "pl"))

# 017: HTML newsletter of another body (List-Unsubscribe, Precedence: bulk) full of "Anmeldung", "Fördermittel", "Workshop" -> other
_nl = """Newsletter Februar 2027 - Integrationsrat der Stadt Münster

Liebe Leserinnen und Leser,

1. Interkulturelles Frühlingsfest am 24. April 2027: Anmeldung für Info-Stände bis 20. März unter www.integrationsrat-muenster.example/fest.
2. Workshop "Fördermittel richtig beantragen" am 24. Februar 2027, 18 Uhr, Stadthaus 1 - noch 5 Plätze frei.
3. Die nächste Sitzung des Integrationsrates findet am 3. März 2027 statt.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: www.integrationsrat-muenster.example/abmelden"""
add(17, "newsletter-integrationsrat",
    frm=A("Integrationsrat Münster", "newsletter@integrationsrat-muenster.example"),
    to="mso-tag@muenster.example",
    subject="Newsletter Februar 2027: Frühlingsfest, Workshop Fördermittel", date=D("2027-02-01 09:00:00"),
    extra=[("List-Unsubscribe", "<https://www.integrationsrat-muenster.example/abmelden?u=8842>"),
           ("List-Id", "Newsletter Integrationsrat <newsletter.integrationsrat-muenster.example>"),
           ("Precedence", "bulk")],
    part=multi("alternative", text(_nl),
               text("<html><body style=\"font-family:Arial\">" + to_html(_nl) + "</body></html>", subtype="html")),
    expected=exp("other"))

# 018: association's shared mailbox; the secretary registers the chair and asks to confirm to HIS address -> email, name are the chair's
add(18, "kurdisches-zentrum-shared-mailbox-chair",
    frm=A("Kurdisches Kulturzentrum Münster", "info@kurdisches-kulturzentrum.example"),
    subject="Anmeldung MSO-Tag - Herr Demir", date=D("2027-02-02 10:48:55"),
    part=text("""Sehr geehrte Damen und Herren,

hiermit melde ich unseren Vorsitzenden, Herrn Serhat Demir, für den Tag der Migrantenselbstorganisationen am 13.03.2027 an. Er möchte gerne an der AG 2 teilnehmen.

Bitte schicken Sie die Bestätigung direkt an ihn: s.demir@kurdisches-kulturzentrum.example

Mit freundlichen Grüßen
i. A. Leyla Aydın
Sekretariat

Kurdisches Kulturzentrum Münster e.V.
Wolbecker Str. 54 · 48155 Münster""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "s.demir@kurdisches-kulturzentrum.example", "Serhat Demir",
                 "Kurdisches Kulturzentrum Münster e.V.", ["AG2"], 1, "de"))

# 019: Romanian (Yahoo, base64), "grupa de lucru III", fallback "grupa I", "vin singură"
add(19, "popescu-romanian-roman-fallback",
    frm=A("Ioana Popescu", "ioana.popescu@yahoo.example"),
    subject="Înscriere Ziua Organizațiilor de Migranți", date=D("2027-02-02 17:33:21"),
    part=multi("alternative",
        text("""Bună ziua,

Aș dori să mă înscriu la Ziua Organizațiilor de Migranți din 13 martie. Prima mea opțiune este grupa de lucru III (finanțare și managementul asociației). Dacă nu mai sunt locuri, aș merge la grupa I.

Vin singură.

Cu stimă,
Ioana Popescu
Asociația Românilor din Münster""", label="UTF-8", cte="base64"),
        text("""<html><head></head><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px;"><div>Bună ziua,</div><div><br></div><div>Aș dori să mă înscriu la Ziua Organizațiilor de Migranți din 13 martie. Prima mea opțiune este grupa de lucru III (finanțare și managementul asociației). Dacă nu mai sunt locuri, aș merge la grupa I.</div><div><br></div><div>Vin singură.</div><div><br></div><div>Cu stimă,</div><div>Ioana Popescu</div><div>Asociația Românilor din Münster</div></div></body></html>""",
             subtype="html", label="UTF-8", cte="base64")),
    extra=[("X-Mailer", "WebService/1.1.21125 YMailNorrin")],
    expected=exp("registration", "ioana.popescu@yahoo.example", "Ioana Popescu",
                 "Asociația Românilor din Münster", ["AG3", "AG1"], 1, "ro"))

# 020: Croatian question (register in advance? interpreting?), registers no one
add(20, "horvat-croatian-question",
    frm=A("Ivana Horvat", "ivana.horvat@t-com.example"),
    subject="Pitanje - Dan migrantskih organizacija", date=D("2027-02-03 12:02:40"),
    part=text("""Poštovani,

zanima me moram li se prijaviti unaprijed ili mogu jednostavno doći na dan događaja? Također, hoće li biti prijevoda, budući da moj njemački još nije tako dobar?

Unaprijed hvala na odgovoru.

Srdačan pozdrav,
Ivana Horvat
Hrvatska katolička zajednica Münster""", charset="utf-8", cte="quoted-printable"),
    expected=exp("question", "ivana.horvat@t-com.example", "Ivana Horvat",
                 "Hrvatska katolička zajednica Münster", [], None, "hr"))

# 021: German without umlauts (ue/oe), US-ASCII 7bit; topic words "Foerderung und Vereinsmanagement"; deputy comes too -> 2
add(21, "mueller-asante-no-umlauts",
    frm=A("F. Mueller-Asante", "frank.mueller-asante@t-online.example"),
    subject="Anmeldung Tag der MSO", date=D("2027-02-03 22:10:14"),
    part=text("""Hallo zusammen,

hiermit melde ich mich fuer die Arbeitsgruppe "Foerderung und Vereinsmanagement" an. Unser stellv. Vorsitzender Kwame Boateng kommt auch mit, wir waeren also 2 Personen.

Gruesse aus Muenster-Hiltrup
Frank Mueller-Asante
Kassenwart
Ghanaische Union Muenster e.V.""", charset="us-ascii", cte="7bit"),
    expected=exp("registration", "frank.mueller-asante@t-online.example", "Frank Mueller-Asante",
                 "Ghanaische Union Muenster e.V.", ["AG3"], 2, "de"))

# 022: Greek in ISO-8859-7 QP (Greek From and organisation), "ομάδα εργασίας 2", "with my wife" -> 2
add(22, "papadopoulos-greek-iso8859-7",
    frm=A("Γιώργος Παπαδόπουλος", "g.papadopoulos@otenet.example", "iso-8859-7"),
    subject="Δήλωση συμμετοχής - 13 Μαρτίου", subject_charset="iso-8859-7",
    date=D("2027-02-04 09:41:58"),
    part=text("""Καλησπέρα σας,

θα ήθελα να δηλώσω συμμετοχή στην Ημέρα των Οργανώσεων Μεταναστών στις 13 Μαρτίου. Με ενδιαφέρει η ομάδα εργασίας 2 (το μέλλον της πόλης του Μύνστερ). Θα έρθω μαζί με τη σύζυγό μου.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Ελληνική Κοινότητα Μύνστερ""", charset="iso-8859-7", cte="quoted-printable"),
    expected=exp("registration", "g.papadopoulos@otenet.example", "Γιώργος Παπαδόπουλος",
                 "Ελληνική Κοινότητα Μύνστερ", ["AG2"], 2, "el"))

# 023: change as a Gmail reply to the confirmation: "from AG 1 to AG 3" (quoted confirmation says AG 1); ends with "Geht das noch?" -> still a change
_c = confirmation_de("Nilüfer Çınar", "AG1", 1)
add(23, "cinar-change-ag1-to-ag3-gmail",
    frm=A("Nilüfer Çınar", "nilufer.cinar@gmail.example"),
    subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-02-04 15:02:33"), in_reply_to=conf_id("cinar"),
    part=multi("alternative",
        text("""Hallo,

ich hatte mich für die AG 1 angemeldet, würde aber lieber in die AG 3 wechseln - wir stehen gerade vor unserem ersten Förderantrag. Geht das noch?

Danke und viele Grüße
Nilüfer Çınar
Alevitische Gemeinde Münster e.V.

Am Mi., 3. Feb. 2027 um 14:20 Uhr schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:

""" + quote(_c), label="UTF-8"),
        text("""<div dir="ltr">Hallo,<div><br></div><div>ich hatte mich für die AG 1 angemeldet, würde aber lieber in die AG 3 wechseln - wir stehen gerade vor unserem ersten Förderantrag. Geht das noch?</div><div><br></div><div>Danke und viele Grüße</div><div>Nilüfer Çınar</div><div>Alevitische Gemeinde Münster e.V.</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mi., 3. Feb. 2027 um 14:20 Uhr schrieb Tag der Migrantenselbstorganisationen &lt;<a href="mailto:mso-tag@muenster.example">mso-tag@muenster.example</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">""" + to_html(_c) + "</blockquote></div>",
             subtype="html", label="UTF-8"),
        boundary="000000000000c0ffee0123456789"),
    expected=exp("change", "nilufer.cinar@gmail.example", "Nilüfer Çınar",
                 "Alevitische Gemeinde Münster e.V.", ["AG3"], None, "de"))

# 024: Spanish from an iPad: "any group is fine, but if I may choose, education" -> one choice AG1
add(24, "fernandez-spanish-any-but-education",
    frm=A("Lucía Fernández", "lucia.fernandez@icloud.example"),
    subject="Inscripción Día de las Organizaciones de Migrantes", date=D("2027-02-05 19:55:02"),
    extra=[("X-Mailer", "iPad Mail (20D47)")],
    part=text("""Hola:

Me gustaría inscribirme en el Día de las Organizaciones de Migrantes. Cualquier grupo me va bien, pero si puedo elegir, prefiero el de educación.

Un saludo,
Lucía Fernández
Asociación Latinoamericana Münster e.V.

Enviado desde mi iPad""", label="utf-8", cte="quoted-printable"),
    expected=exp("registration", "lucia.fernandez@icloud.example", "Lucía Fernández",
                 "Asociación Latinoamericana Münster e.V.", ["AG1"], 1, "es"))

# 025: Ruhr-dialect German in windows-1252 QP; "am 13." is the date; "ich un mein Kumpel Ali, macht zwei Mann"; group by paraphrase of the title
add(25, "kowalczyk-dialect",
    frm=A("Jürgen Kowalczyk", "juergen.kowalczyk@arcor.example", "iso-8859-1"),
    subject="MSO Tag", date=D("2027-02-06 11:19:45"),
    part=text("""Tach zusammen,

wollt ma Bescheid sagen, dat wir am 13. auch kommen tun. Also ich un mein Kumpel Ali, macht zwei Mann. Wir wollen beide inne AG wo et um die Zukunft von Münster geht, dat mit dem Zukunftsprozess.

Schönen Gruß
Jürgen Kowalczyk
Deutsch-Polnischer Sportverein Hiltrup""", charset="windows-1252", cte="quoted-printable"),
    expected=exp("registration", "juergen.kowalczyk@arcor.example", "Jürgen Kowalczyk",
                 "Deutsch-Polnischer Sportverein Hiltrup", ["AG2"], 2, "de"))

# 026: Italian, HTML-only Outlook mail (no text/plain) in windows-1252 QP; "gruppo di lavoro 3"; role title under the name
_t = """Gentile Signora Hoffmann-Ekinci,

con la presente mi iscrivo al gruppo di lavoro 3 (possibilità di finanziamento e gestione delle associazioni). Verrò da sola.

Cordiali saluti

Giulia Romano
Presidente
Centro Culturale Italiano Münster e.V.
Tel. 0251 7654321"""
add(26, "romano-italian-html-only-outlook",
    frm=A("Giulia Romano", "giulia.romano@cci-muenster.example"),
    subject="Iscrizione MSO-Tag 2027", date=D("2027-02-08 08:05:12"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it-IT")],
    part=text(outlook_html(_t, "IT").replace("charset=utf-8", "charset=windows-1252"),
              subtype="html", charset="windows-1252", cte="quoted-printable"),
    expected=exp("registration", "giulia.romano@cci-muenster.example", "Giulia Romano",
                 "Centro Culturale Italiano Münster e.V.", ["AG3"], 1, "it"))

# 027: ticket-system receipt ([Ticket#...] Eingangsbestätigung) answering a confirmation; Precedence: bulk, no Auto-Submitted
add(27, "auto-reply-ticket-receipt",
    frm=A("Diakonie Münster Servicecenter", "service@diakonie-ms.example"),
    subject="[Ticket#2027020810000417] Eingangsbestätigung: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-02-08 08:31:07"), in_reply_to=conf_id("diakonie-service"),
    extra=[("Precedence", "bulk"), ("X-Loop", "service@diakonie-ms.example")],
    part=text("""Sehr geehrte Damen und Herren,

dies ist eine automatisch erzeugte Nachricht.

Ihre Anfrage ist bei uns eingegangen und wird unter der Ticketnummer 2027020810000417 bearbeitet. Bitte geben Sie diese Nummer bei Rückfragen an. Wir melden uns innerhalb von 3 Werktagen.

Bitte antworten Sie nicht auf diese E-Mail.

Ihr Servicecenter
Diakonie Münster""", charset="utf-8", cte="quoted-printable"),
    expected=exp("auto_reply"))

# 028: Portuguese "qualquer grupo de trabalho serve" -> no choice []; "levarei mais duas pessoas" -> 3
add(28, "santos-portuguese-any-group-plus-two",
    frm=A("João Pedro Santos", "joaopedro.santos@gmail.example"),
    subject="Inscrição - Dia das Organizações de Migrantes", date=D("2027-02-09 13:27:39"),
    part=multi("alternative",
        text("""Boa tarde,

Gostaria de me inscrever no Dia das Organizações de Migrantes. Para mim qualquer grupo de trabalho serve, escolham vocês onde houver vaga. Levarei mais duas pessoas da nossa associação.

Obrigado e até breve,
João Pedro Santos
Associação Brasileira de Münster""", label="UTF-8"),
        text("""<div dir="ltr">Boa tarde,<div><br></div><div>Gostaria de me inscrever no Dia das Organizações de Migrantes. Para mim qualquer grupo de trabalho serve, escolham vocês onde houver vaga. Levarei mais duas pessoas da nossa associação.</div><div><br></div><div>Obrigado e até breve,</div><div>João Pedro Santos</div><div>Associação Brasileira de Münster</div></div>""",
             subtype="html", label="UTF-8"),
        boundary="0000000000004e5d6c7b8a9f0e1d"),
    expected=exp("registration", "joaopedro.santos@gmail.example", "João Pedro Santos",
                 "Associação Brasileira de Münster", [], 3, "pt"))

# 029: Dari question (interpreting into Dari? is participation free?) -> question, language fa; signed only in Persian script (name as signed)
add(29, "sultani-dari-question",
    frm=A("Mariam Sultani", "mariam.sultani@gmail.example"),
    subject="سوال در مورد روز سازمان‌های مهاجرین", date=D("2027-02-09 17:48:20"),
    part=text("""سلام علیکم،

من در مورد روز سازمان‌های مهاجرین سوال دارم. آیا در این برنامه ترجمه به زبان دری موجود است؟ و آیا اشتراک در برنامه رایگان است یا باید فیس پرداخت کنیم؟

تشکر
مریم سلطانی""", label="UTF-8", cte="base64"),
    expected=exp("question", "mariam.sultani@gmail.example", "مریم سلطانی", None, [], None, "fa"))

# 030: French in ISO-8859-1 QP, "le 1 ou le 3, peu importe, mais de préférence le 1" -> [AG1, AG3]; "13 mars" is a date
add(30, "keita-french-1-or-3",
    frm=A("Fatoumata Keïta", "fatoumata.keita@orange.example", "iso-8859-1"),
    subject="Inscription journée du 13 mars", date=D("2027-02-10 10:14:51"),
    part=text("""Bonjour Madame,

Je souhaite m'inscrire à la journée du 13 mars. Pour les ateliers, le 1 ou le 3, peu importe, mais de préférence le 1.

Bien cordialement,
Fatoumata Keïta
Association des Maliens de Münster""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("registration", "fatoumata.keita@orange.example", "Fatoumata Keïta",
                 "Association des Maliens de Münster", ["AG1", "AG3"], 1, "fr"))

# 031: learner German ("Ich will in Gruppe Schule", "Wir sind 4 Person aus unsere Verein"), organisation in quotes
add(31, "haddad-learner-german-four",
    frm=A("Khaled Haddad", "khaled.haddad@hotmail.example"),
    subject="Anmeldung", date=D("2027-02-10 21:33:04"),
    part=multi("alternative",
        text("""Sehr geehrte Damen und Herren,

ich heiße Khaled Haddad und ich bin von Verein "Brücke der Kulturen". Ich möchte für den Tag anmelden. Ich will in Gruppe Schule. Wir sind 4 Person aus unsere Verein, alle wollen in gleiche Gruppe.

Vielen Dank
Khaled Haddad""", charset="iso-8859-1", cte="quoted-printable"),
        text("""<html><head><style><!-- .PlainText {font-family:Calibri} --></style></head><body><div dir="ltr"><div>Sehr geehrte Damen und Herren,</div><div><br></div><div>ich heiße Khaled Haddad und ich bin von Verein "Brücke der Kulturen". Ich möchte für den Tag anmelden. Ich will in Gruppe Schule. Wir sind 4 Person aus unsere Verein, alle wollen in gleiche Gruppe.</div><div><br></div><div>Vielen Dank</div><div>Khaled Haddad</div></div></body></html>""",
             subtype="html", charset="iso-8859-1", cte="quoted-printable")),
    expected=exp("registration", "khaled.haddad@hotmail.example", "Khaled Haddad",
                 "Brücke der Kulturen", ["AG1"], 4, "de"))

# 032: Ukrainian change of party size only (1 -> 3), Outlook reply quoting the German confirmation unprefixed; the group stays -> workgroups []
_c = confirmation_de("Oksana Melnyk", "AG2", 1)
add(32, "melnyk-ukrainian-change-party",
    frm=A("Оксана Мельник", "oksana.melnyk@ukr.example"),
    subject="AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-02-11 12:40:18"), in_reply_to=conf_id("melnyk"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    part=multi("alternative",
        text("""Добрий день!

Прошу змінити мою реєстрацію: нас буде троє, а не одна особа - зі мною прийдуть дві колеги з нашої організації. Робоча група залишається та сама.

Дякую!
Оксана Мельник
Українська громада Мюнстера

""" + outlook_block("Dienstag, 9. Februar 2027 16:05", "Oksana Melnyk <oksana.melnyk@ukr.example>",
                    "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027") + "\n" + _c),
        text(outlook_html("""Добрий день!

Прошу змінити мою реєстрацію: нас буде троє, а не одна особа - зі мною прийдуть дві колеги з нашої організації. Робоча група залишається та сама.

Дякую!
Оксана Мельник
Українська громада Мюнстера

""" + outlook_block("Dienstag, 9. Februar 2027 16:05", "Oksana Melnyk <oksana.melnyk@ukr.example>",
                    "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027") + "\n" + _c, "UK"), subtype="html")),
    expected=exp("change", "oksana.melnyk@ukr.example", "Оксана Мельник",
                 "Українська громада Мюнстера", [], 3, "uk"))

# 033: Albanian, "grupin e parë të punës" (ordinal word), "with my colleague" -> 2
add(33, "krasniqi-albanian-first-group",
    frm=A("Arben Krasniqi", "arben.krasniqi@gmx.example"),
    subject="Regjistrim - Dita e Organizatave të Migrantëve", date=D("2027-02-12 18:06:29"),
    part=text("""Përshëndetje,

Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars. Do të marr pjesë në grupin e parë të punës (arsimi). Do të vij bashkë me kolegen time.

Me respekt,
Arben Krasniqi
Shoqata Kulturore Shqiptare "Iliria" Münster""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "arben.krasniqi@gmx.example", "Arben Krasniqi",
                 'Shoqata Kulturore Shqiptare "Iliria" Münster', ["AG1"], 2, "sq"))

# 034: English marketing spam for an event platform ("register now", "workshops", "attendees") -> other
_sp = """Hi there,

Planning an event like your upcoming migrant organisations day? EventBoostr helps you fill every workshop!

- Online registration forms in 40 languages
- Automatic reminders for your attendees
- Up to 3 workgroups FREE

Register now and get 50% off your first event: https://eventboostr.example/promo

Best,
The EventBoostr Team

Unsubscribe: https://eventboostr.example/u/8a7c"""
add(34, "spam-event-platform",
    frm=A("EventBoostr", "hello@eventboostr.example"),
    subject="Fill every workshop at your next event (50% off)", date=D("2027-02-12 23:51:00"),
    extra=[("List-Unsubscribe", "<https://eventboostr.example/u/8a7c>"), ("X-Campaign", "eb-2027-02-dach")],
    part=multi("alternative", text(_sp, charset="us-ascii", cte="7bit"),
               text("<html><body>" + to_html(_sp) + "</body></html>", subtype="html", charset="us-ascii", cte="7bit")),
    expected=exp("other"))

# 035: Serbian in Cyrillic, "радна група 2", "долазим сам" -> 1; organisation in Cyrillic with „“ quotes
add(35, "jovanovic-serbian-cyrillic",
    frm=A("Драган Јовановић", "dragan.jovanovic@sbb.example"),
    subject="Пријава - Дан организација миграната", date=D("2027-02-13 09:37:46"),
    part=text("""Поштовани,

желео бих да се пријавим за Дан организација миграната 13. марта. Интересује ме радна група 2 (будућност Минстера). Долазим сам.

Срдачан поздрав,
Драган Јовановић
Српско културно друштво „Свети Сава“ Минстер""", charset="utf-8", cte="base64"),
    expected=exp("registration", "dragan.jovanovic@sbb.example", "Драган Јовановић",
                 "Српско културно друштво „Свети Сава“ Минстер", ["AG2"], 1, "sr"))

# 036: HTML-only Outlook from a welfare organisation, From "Last, First", "Arbeitsgruppe 1; falls voll, Arbeitsgruppe 3"; long legal footer with register number
_t = """Sehr geehrte Frau Hoffmann-Ekinci,

hiermit melde ich mich verbindlich zum MSO-Tag am 13.03.2027 an.
Ich würde gerne an der Arbeitsgruppe 1 teilnehmen; falls diese bereits voll ist, gerne an der Arbeitsgruppe 3.

Mit freundlichen Grüßen
i. A. Sabine Okonkwo-Hartmann
Integrationsbeauftragte
Fachdienst Migration und Integration

Caritasverband für die Stadt Münster e.V.
Josefstraße 2 | 48151 Münster
Telefon 0251 53009-000

Caritasverband für die Stadt Münster e.V. | Vorstand: Dr. Thomas Beispiel | Registergericht: Amtsgericht Münster VR 1234
Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""
add(36, "okonkwo-hartmann-html-only-caritas",
    frm=A("Okonkwo-Hartmann, Sabine", "sabine.okonkwo-hartmann@caritas-ms.example"),
    subject="Anmeldung zum MSO-Tag 2027", date=D("2027-02-15 11:02:13"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    part=text(outlook_html(_t), subtype="html", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "sabine.okonkwo-hartmann@caritas-ms.example", "Sabine Okonkwo-Hartmann",
                 "Caritasverband für die Stadt Münster e.V.", ["AG1", "AG3"], 1, "de"))

# 037: Bulgarian cancellation in windows-1251 QP ("unfortunately I cannot attend ... free my place in group 3")
add(37, "georgieva-bulgarian-cancel",
    frm=A("Петя Георгиева", "petya.georgieva@abv.example", "windows-1251"),
    subject="Отказ от участие - 13 март", subject_charset="windows-1251",
    date=D("2027-02-15 20:20:20"),
    part=text("""Здравейте,

за съжаление няма да мога да присъствам на срещата на 13 март, защото точно тогава имам служебен ангажимент в София. Моля, освободете мястото ми в работна група 3 за някой друг.

Поздрави,
Петя Георгиева
Българско културно дружество „Родина“ Мюнстер""", charset="windows-1251", cte="quoted-printable"),
    expected=exp("cancellation", "petya.georgieva@abv.example", "Петя Георгиева",
                 "Българско културно дружество „Родина“ Мюнстер", [], None, "bg"))

# 038: Vietnamese, "nhóm làm việc số 3"; house number 37 and date 13/3 are no choices/persons
add(38, "nguyen-vietnamese-group3",
    frm=A("Nguyen Thi Lan", "lan.nguyen@gmail.example"),
    subject="Đăng ký tham dự ngày 13/3", date=D("2027-02-16 07:44:09"),
    part=text("""Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, đại diện Hội Người Việt tại Münster. Tôi muốn đăng ký tham dự Ngày các Tổ chức Người Di cư vào ngày 13/3. Tôi chọn nhóm làm việc số 3 (quản lý hội và tài trợ).

Địa chỉ của hội: Hammer Str. 37, 48153 Münster.

Trân trọng,
Nguyễn Thị Lan""", label="UTF-8", cte="base64"),
    expected=exp("registration", "lan.nguyen@gmail.example", "Nguyễn Thị Lan",
                 "Hội Người Việt tại Münster", ["AG3"], 1, "vi"))

# 039: Dutch question from across the border: may organisations from Enschede come, do we just send our names? -> question
add(39, "devries-dutch-question",
    frm=A("Sanne de Vries", "sanne.devries@ziggo.example"),
    subject="Vraag over de dag van de migrantenorganisaties", date=D("2027-02-16 14:28:52"),
    part=text("""Goedemiddag,

Ik werk bij Stichting Samen Sterk in Enschede en we hebben de uitnodiging via een partnerorganisatie gekregen. Is de dag alleen bedoeld voor organisaties uit Münster, of mogen wij ook komen? Zo ja, moeten we dan gewoon een mail sturen met onze namen?

Met vriendelijke groet,
Sanne de Vries
Stichting Samen Sterk, Enschede""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("question", "sanne.devries@ziggo.example", "Sanne de Vries",
                 "Stichting Samen Sterk", [], None, "nl"))

# 040: Tigrinya (Ge'ez script, to tell apart from Amharic in 042), "ጉጅለ ዕዮ 1"
add(40, "tesfaye-tigrinya-group1",
    frm=A("Yonas Tesfaye", "yonas.tesfaye@gmail.example"),
    subject="ምዝገባ - መዓልቲ ማሕበራት ስደተኛታት", date=D("2027-02-17 19:12:37"),
    part=text("""ሰላም ክቡራት ክቡራን፣

ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክሳተፍ ደልየ ኣለኹ። ኣብ ጉጅለ ዕዮ 1 (ትምህርቲ) ክምዝገብ እደሊ።

ምስ ሰላምታ
Yonas Tesfaye
Eritreische Gemeinde Münster e.V.""", label="UTF-8", cte="base64"),
    expected=exp("registration", "yonas.tesfaye@gmail.example", "Yonas Tesfaye",
                 "Eritreische Gemeinde Münster e.V.", ["AG1"], 1, "ti"))

# 041: change, phone-typed reply to the confirmation: "doch lieber die zweite AG statt Bildung" (ordinal word; old group named as topic)
add(41, "schulte-change-phone-typed",
    frm=A("Carina Schulte", "carina.schulte@icloud.example"),
    subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-02-18 07:21:55"), in_reply_to=conf_id("schulte"),
    extra=[("X-Mailer", "iPhone Mail (20D67)")],
    part=text("""sorry, hab nochmal überlegt - doch lieber die zweite AG statt Bildung. geht das?
grüße carina

Von meinem iPhone gesendet

> Am 12.02.2027 um 09:14 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation_de("Carina Schulte", "AG1", 1)), label="utf-8"),
    expected=exp("change", "carina.schulte@icloud.example", "Carina Schulte", None, ["AG2"], None, "de"))

# 042: Amharic (Ge'ez script like 040), "የሥራ ቡድን 2", "with my husband" -> 2
add(42, "bekele-amharic-group2-husband",
    frm=A("Selamawit Bekele", "selamawit.bekele@yahoo.example"),
    subject="ምዝገባ - የስደተኞች ማህበራት ቀን", date=D("2027-02-18 16:03:28"),
    part=text("""ሰላም ጤና ይስጥልኝ፣

በመጋቢት 13 በሚካሄደው የስደተኞች ማህበራት ቀን ላይ ለመሳተፍ መመዝገብ እፈልጋለሁ። የሥራ ቡድን 2 እመርጣለሁ። ከባለቤቴ ጋር እመጣለሁ።

ከሰላምታ ጋር
Selamawit Bekele
Äthiopischer Kulturverein Münster""", label="UTF-8", cte="base64"),
    expected=exp("registration", "selamawit.bekele@yahoo.example", "Selamawit Bekele",
                 "Äthiopischer Kulturverein Münster", ["AG2"], 2, "am"))

# 043: Gmail forward of a forward: new text "die dritte Arbeitsgruppe", "zu dritt"; the chair's forwarded note says "AG 1" (not the writer's choice); "vielleicht noch eine Person" is not firm -> 3 (careful program may flag)
add(43, "rahimi-forward-ordinal-third",
    frm=A("Nadia Rahimi", "nadia.rahimi@gmail.example"),
    subject=f"Fwd: Fwd: {INVITE_SUBJECT}", date=D("2027-02-19 10:56:41"),
    part=text("""Guten Tag,

unsere Vorsitzende hat mir Ihre Einladung weitergeleitet (siehe unten). Ich melde mich hiermit für die dritte Arbeitsgruppe an. Wir kommen zu dritt: ich und zwei Frauen aus dem Vorstand. Vielleicht kommt noch eine weitere Person dazu, dann gebe ich Ihnen Bescheid.

Viele Grüße
Nadia Rahimi
Afghanischer Frauenverein Münster e.V.

---------- Forwarded message ---------
Von: Zahra Hosseini <vorsitz@afghanischer-frauenverein.example>
Date: Di., 26. Jan. 2027 um 08:15 Uhr
Subject: Fwd: Einladung zum Tag der Migrantenselbstorganisationen 2027
To: Nadia Rahimi <nadia.rahimi@gmail.example>


Liebe Nadia, kannst du dich darum kümmern? Ich würde AG 1 nehmen, aber entscheide du.
Zahra

---------- Forwarded message ---------
Von: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
Date: Mo., 25. Jan. 2027 um 10:02 Uhr
Subject: Einladung zum Tag der Migrantenselbstorganisationen 2027
To: <vorsitz@afghanischer-frauenverein.example>


""" + INVITATION, label="UTF-8"),
    expected=exp("registration", "nadia.rahimi@gmail.example", "Nadia Rahimi",
                 "Afghanischer Frauenverein Münster e.V.", ["AG3"], 3, "de"))

# 044: plain-text qmail bounce (no multipart/report, no Auto-Submitted) of a confirmation sent to a mistyped domain; the copy holds a registration text
add(44, "bounce-qmail-plain-typo-domain",
    frm="MAILER-DAEMON@mail.muenster.example",
    subject="failure notice", date=D("2027-02-19 11:02:06"),
    part=text("""Hi. This is the qmail-send program at mail.muenster.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<emre.celik@gmial.example>:
Sorry, I couldn't find any host named gmial.example. (#5.1.2)

--- Below this line is a copy of the message.

Return-Path: <mso-tag@muenster.example>
Received: (qmail 28871 invoked by uid 1002); 19 Feb 2027 10:02:05 -0000
From: Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>
To: emre.celik@gmial.example
Subject: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
Date: Fri, 19 Feb 2027 11:02:04 +0100
Auto-Submitted: auto-replied

Guten Tag Emre Celik,

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00-16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.

Ihre Anmeldung:
  Arbeitsgruppe: AG 3 - Förderungsmöglichkeiten und effektives Vereinsmanagement
  Personen: 2
""", charset="utf-8", cte="8bit"),
    expected=exp("bounce", bounced="emre.celik@gmial.example"))

# 045: Somali, "kooxda shaqada ee saddexaad" (third, in words), "aniga iyo laba xubnood" -> 3; From display anglicised, signature in Somali spelling wins
add(45, "xuseen-somali-third-plus-two",
    frm=A("Abdi Mohamed Hussein", "abdi.hussein@hotmail.example"),
    subject="Diiwaangelin - Maalinta Ururrada Soogalootiga", date=D("2027-02-20 12:37:15"),
    part=text("""Asalaamu calaykum,

Waxaan jeclaan lahaa inaan iska diiwaangeliyo Maalinta Ururrada Soogalootiga ee 13-ka Maarso. Waxaan doortay kooxda shaqada ee saddexaad (maamulka ururka iyo maalgelinta). Aniga iyo laba xubnood oo kale ayaa imanayna.

Mahadsanid,
Cabdi Maxamed Xuseen
Ururka Bulshada Soomaaliyeed ee Münster""", charset="iso-8859-1", cte="quoted-printable"),
    expected=exp("registration", "abdi.hussein@hotmail.example", "Cabdi Maxamed Xuseen",
                 "Ururka Bulshada Soomaaliyeed ee Münster", ["AG3"], 3, "so"))

# 046: indirect cancellation (brother's wedding on that day, "my place in AG 3 can go to someone else"); names a group but changes nothing; Apple Mail quote
add(46, "gueler-indirect-cancel-wedding",
    frm=A("Orhan Güler", "orhan.gueler@t-online.example"),
    subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-02-22 08:15:33"), in_reply_to=conf_id("gueler"),
    extra=[("X-Mailer", "Apple Mail (2.3731.400.51.1.1)")],
    part=text("""Sehr geehrte Frau Hoffmann-Ekinci,

mir ist leider etwas dazwischengekommen: Mein Bruder heiratet am 13. März in Izmir, und da muss ich natürlich hin. Meinen Platz in der AG 3 kann also gern jemand anders bekommen.

Ich hoffe, beim nächsten Mal klappt es!

Herzliche Grüße
Orhan Güler
Türkischer Arbeiterverein Münster

> Am 05.02.2027 um 18:02 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation_de("Orhan Güler", "AG3", 1)), charset="utf-8", cte="quoted-printable"),
    expected=exp("cancellation", "orhan.gueler@t-online.example", "Orhan Güler",
                 "Türkischer Arbeiterverein Münster", [], None, "de"))

# 047: Tamil, "பணிக்குழு 1 (கல்வி)", "நான் தனியாக வருகிறேன்" (alone); "மார்ச் 13" is a date
add(47, "sivakumar-tamil-group1",
    frm=A("Tharshan Sivakumar", "tharshan.s@gmail.example"),
    subject="பதிவு - MSO-Tag 2027", date=D("2027-02-22 21:48:02"),
    part=text("""வணக்கம்,

மார்ச் 13 அன்று நடைபெறும் புலம்பெயர்ந்தோர் அமைப்புகளின் தினத்தில் கலந்துகொள்ள பதிவு செய்ய விரும்புகிறேன். எனது விருப்பம் பணிக்குழு 1 (கல்வி). நான் தனியாக வருகிறேன்.

நன்றி,
Tharshan Sivakumar
Tamilischer Kulturverein Münster e.V.""", label="UTF-8", cte="base64"),
    expected=exp("registration", "tharshan.s@gmail.example", "Tharshan Sivakumar",
                 "Tamilischer Kulturverein Münster e.V.", ["AG1"], 1, "ta"))

# 048: question before registering: is there a detailed programme, lunch break? "bevor wir uns anmelden" -> question
add(48, "schmidt-question-programme",
    frm=A("Viktor Schmidt", "viktor.schmidt@posteo.example"),
    subject="Programm MSO-Tag?", date=D("2027-02-23 10:09:17"),
    part=text("""Guten Tag,

gibt es schon ein genaues Programm für den 13. März, also wann die Arbeitsgruppen anfangen und ob es eine Mittagspause gibt? Ich möchte das mit unserem Vorstand besprechen, bevor wir uns anmelden.

Mit freundlichen Grüßen
Viktor Schmidt
Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster""", charset="iso-8859-15", cte="quoted-printable"),
    expected=exp("question", "viktor.schmidt@posteo.example", "Viktor Schmidt",
                 "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", [], None, "de"))

# 049: Urdu (Arabic script, to tell apart from ar/fa/ps), "ورکنگ گروپ 2", "my son comes with me" -> 2
add(49, "qureshi-urdu-group2-son",
    frm=A("Imran Qureshi", "imran.qureshi@yahoo.example"),
    subject="رجسٹریشن - مہاجر تنظیموں کا دن", date=D("2027-02-24 13:20:44"),
    part=text("""السلام علیکم،

میں 13 مارچ کو ہونے والے مہاجر تنظیموں کے دن میں شرکت کرنا چاہتا ہوں۔ میں ورکنگ گروپ 2 میں حصہ لینا چاہتا ہوں۔ ہم دو افراد ہوں گے، میرے ساتھ میرا بیٹا بھی آئے گا۔

شکریہ
Imran Qureshi
Pakistanische Gemeinde Münster e.V.""", label="UTF-8", cte="base64"),
    expected=exp("registration", "imran.qureshi@yahoo.example", "Imran Qureshi",
                 "Pakistanische Gemeinde Münster e.V.", ["AG2"], 2, "ur"))

# 050: English change, Outlook reply to the English confirmation: move to Workshop 2 AND make it 2 persons
_c = confirmation_en("Priya Raman", "AG1", 1)
_t = """Hello,

Could you please move me to Workshop 2 (Münster's future process) instead? And a colleague from our association would like to join, so please make it 2 persons.

Thanks a lot,
Priya Raman
Indian Students' Association Münster

""" + outlook_block("Tuesday, February 16, 2027 3:12 PM", "Priya Raman <priya.raman@uni-muenster.example>",
                   "Your registration for the Day of Migrant Organisations 2027", "en") + "\n" + _c
add(50, "raman-english-change-group-and-party",
    frm=A("Raman, Priya", "priya.raman@uni-muenster.example"),
    subject="RE: Your registration for the Day of Migrant Organisations 2027",
    date=D("2027-02-24 15:55:09"), in_reply_to=conf_id("raman"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
    part=multi("alternative", text(_t), text(outlook_html(_t, "EN-US"), subtype="html")),
    expected=exp("change", "priya.raman@uni-muenster.example", "Priya Raman",
                 "Indian Students' Association Münster", ["AG2"], 2, "en"))

# 051: registration without any workgroup ("decide on site") plus a question about interpreters; "120 Mitglieder" is not the party -> 1
add(51, "benali-register-no-group-question",
    frm=A("Samira Benali", "samira.benali@gmx.example"),
    subject="Anmeldung + Frage Dolmetscher", date=D("2027-02-25 19:30:27"),
    part=text("""Sehr geehrte Damen und Herren,

hiermit möchte ich mich für den Tag der Migrantenselbstorganisationen anmelden. In welcher Arbeitsgruppe ich am besten aufgehoben bin, weiß ich noch nicht - das entscheide ich gern vor Ort.

Unser Verein hat rund 120 Mitglieder, ich komme aber erst einmal allein.

Eine Frage noch: Gibt es an dem Tag Dolmetscher für Arabisch oder Französisch? Einige unserer älteren Mitglieder würden sonst nicht viel verstehen.

Mit freundlichen Grüßen
Samira Benali
Marokkanischer Kulturverein Münster e.V.""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "samira.benali@gmx.example", "Samira Benali",
                 "Marokkanischer Kulturverein Münster e.V.", [], 1, "de"))

# 052: Sorani Kurdish cancellation (Arabic script with ڵ ڕ ە, Eastern Arabic digits) -> language ku
add(52, "ahmed-sorani-cancel",
    frm=A("Hêmin Ahmed", "hemin.ahmed@gmail.example"),
    subject="هەڵوەشاندنەوەی بەشداری", date=D("2027-02-26 09:02:58"),
    part=text("""سڵاو،

ببورن، بەداخەوە ناتوانم لە ڕۆژی ١٣ی ئازار بەشداری بکەم. تکایە ناوەکەم لە لیستەکە بسڕنەوە.

سوپاس
Hêmin Ahmed""", label="UTF-8", cte="base64"),
    expected=exp("cancellation", "hemin.ahmed@gmail.example", "Hêmin Ahmed", None, [], None, "ku"))

# 053: Kurmanji Kurdish, "koma xebatê ya duyemîn" (second, in words), "bi hevalekî xwe re" -> 2
add(53, "ekinci-kurmanji-second-with-friend",
    frm=A("Rojda Ekinci", "rojda.ekinci@gmail.example"),
    subject="Tomarkirin - Roja Rêxistinên Koçberan", date=D("2027-02-27 14:44:36"),
    part=text("""Silav û rêz,

Ez dixwazim beşdarî Roja Rêxistinên Koçberan a 13ê Adarê bibim. Ez koma xebatê ya duyemîn hildibijêrim (pêşeroja Münsterê). Ez ê bi hevalekî xwe re werim.

Bi silav
Rojda Ekinci
Komeleya Jinên Kurd li Münsterê""", charset="utf-8", cte="quoted-printable"),
    expected=exp("registration", "rojda.ekinci@gmail.example", "Rojda Ekinci",
                 "Komeleya Jinên Kurd li Münsterê", ["AG2"], 2, "ku"))

# 054: change typed between the quoted confirmation lines (Thunderbird): "Bitte AG 1 statt AG 2", "Wir sind jetzt zu zweit"
add(54, "ebrahimi-change-interleaved",
    frm=A("Ralf Ebrahimi", "ralf.ebrahimi@mailbox.example"),
    subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-03-01 08:47:12"), in_reply_to=conf_id("ebrahimi"),
    extra=[("User-Agent", "Mozilla Thunderbird")],
    part=text("""Hallo,

Am 15.02.27 um 10:11 schrieb Tag der Migrantenselbstorganisationen:
> Guten Tag Ralf Ebrahimi,
>
> vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
> am Samstag, 13. März 2027, 10:00-16:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8.
>
> Ihre Anmeldung:
>   Arbeitsgruppe: AG 2 - Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte

Bitte AG 1 statt AG 2.

>   Personen: 1

Wir sind jetzt zu zweit, meine Frau kommt mit.

>
> Wenn Sie etwas ändern oder absagen möchten, antworten Sie einfach auf diese E-Mail.

Danke!
Ralf Ebrahimi""", charset="utf-8", label="UTF-8", cte="8bit", flowed=True),
    expected=exp("change", "ralf.ebrahimi@mailbox.example", "Ralf Ebrahimi", None, ["AG1"], 2, "de"))

# 055: mail meant for someone else (a parent writes to a teacher; autocomplete picked our address); mentions "Schule" and "AG" -> other
add(55, "yildirim-wrong-recipient-school",
    frm=A("Serpil Yıldırım", "serpil.yildirim@gmx.example"),
    subject="Emre 6b krank", date=D("2027-03-01 09:05:49"),
    part=text("""Sehr geehrte Frau Meier,

mein Sohn Emre (Klasse 6b) kann heute leider nicht zur Schule kommen, er hat Fieber. Die Arbeitsblätter für die AG Robotik holt seine Freundin Lina ab.

Mit freundlichen Grüßen
Serpil Yıldırım""", charset="utf-8", cte="quoted-printable"),
    expected=exp("other"))

# 056: question about an earlier registration ("registered on 20 Feb for AG 3 with 2 persons, no confirmation - did it arrive?") -> question, not a new registration
add(56, "kilic-question-no-confirmation",
    frm=A("Hüseyin Kılıç", "h.kilic@freenet.example"),
    subject="Keine Bestätigung erhalten", date=D("2027-03-02 11:26:03"),
    part=text("""Guten Tag,

ich habe mich am 20. Februar per E-Mail angemeldet (AG 3, 2 Personen), aber bis heute keine Bestätigung bekommen. Ist meine Anmeldung angekommen?

Mit freundlichen Grüßen
Hüseyin Kılıç
Türkischer Elternbund Münster""", charset="utf-8", cte="quoted-printable"),
    expected=exp("question", "h.kilic@freenet.example", "Hüseyin Kılıç",
                 "Türkischer Elternbund Münster", [], None, "de"))

# 057: Pashto cancellation (ښ ګ ړ), Eastern Arabic digits in the date
add(57, "noori-pashto-cancel",
    frm=A("Ahmad Shah Noori", "ahmadshah.noori@gmail.example"),
    subject="د ګډون لغوه کول", date=D("2027-03-03 18:10:40"),
    part=text("""السلام علیکم،

بخښنه غواړم، زه نشم کولی چې د مارچ په ۱۳ مه په غونډه کې ګډون وکړم. مهرباني وکړئ زما نوم له لیست څخه لرې کړئ.

مننه
Ahmad Shah Noori""", label="UTF-8", cte="base64"),
    expected=exp("cancellation", "ahmadshah.noori@gmail.example", "Ahmad Shah Noori", None, [], None, "ps"))

# 058: change of party size down to 1 ("my colleague cannot come after all, I come alone, the group stays"); Apple Mail quote says "Personen: 2"
add(58, "kaplan-change-party-down",
    frm=A("Anna Kaplan", "anna.kaplan@jg-muenster.example"),
    subject="Re: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-03-04 12:12:12"), in_reply_to=conf_id("kaplan"),
    extra=[("X-Mailer", "Apple Mail (2.3731.400.51.1.1)")],
    part=text("""Liebe Frau Hoffmann-Ekinci,

leider kann meine Kollegin am 13. doch nicht mitkommen, ich komme also allein. Bei der Arbeitsgruppe bleibt es.

Beste Grüße
Anna Kaplan
Jüdische Gemeinde Münster

> Am 10.02.2027 um 11:30 schrieb Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>:
>
""" + quote(confirmation_de("Anna Kaplan", "AG2", 2)), charset="utf-8", cte="quoted-printable"),
    expected=exp("change", "anna.kaplan@jg-muenster.example", "Anna Kaplan",
                 "Jüdische Gemeinde Münster", [], 1, "de"))

# 059: direct cancellation, Outlook top-post with the confirmation below "Von:/Gesendet:" (quoted text names AG 3 and 1 person), disclaimer
_t = """Sehr geehrte Damen und Herren,

hiermit sage ich meine Teilnahme am Tag der Migrantenselbstorganisationen am 13.03.2027 ab.

Mit freundlichen Grüßen

Hamid Rostami
Geschäftsführer
Deutsch-Iranische Gesellschaft Münster e.V.

Diese Nachricht ist ausschließlich für den bezeichneten Empfänger bestimmt.

""" + outlook_block("Freitag, 12. Februar 2027 09:40", "Hamid Rostami <h.rostami@dig-muenster.example>",
                   "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027") + "\n" + confirmation_de("Hamid Rostami", "AG3", 1)
add(59, "rostami-outlook-direct-cancel",
    frm=A("Rostami, Hamid", "h.rostami@dig-muenster.example"),
    subject="AW: Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027",
    date=D("2027-03-08 09:03:00"), in_reply_to=conf_id("rostami"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")],
    part=multi("alternative", text(_t, charset="iso-8859-1"), text(outlook_html(_t), subtype="html"), preamble=True),
    expected=exp("cancellation", "h.rostami@dig-muenster.example", "Hamid Rostami",
                 "Deutsch-Iranische Gesellschaft Münster e.V.", [], None, "de"))

# 060: learner German, lower case, cancellation with reason (mother ill, flying to Turkey); mentions "AG 2" and "Samstag" only as context
add(60, "keskin-learner-cancel",
    frm=A("Gülsüm Keskin", "guelsuem.keskin@hotmail.example"),
    subject="absage", date=D("2027-03-10 22:41:17"),
    part=text("""hallo,
ich war angemeldet für AG 2 aber ich kann leider nicht kommen am samstag, meine mutter ist krank und ich muss in die türkei fliegen. tut mir sehr leid.
grüsse
gülsüm keskin""", charset="utf-8", cte="quoted-printable"),
    expected=exp("cancellation", "guelsuem.keskin@hotmail.example", "Gülsüm Keskin", None, [], None, "de"))


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def check_mail(fname, data, rec):
    msg = BytesParser(policy=policy.default).parsebytes(data)
    problems = []
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name}: {value.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"{part.get_content_type()}: {part.defects}")
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                problems.append(f"{part.get_content_type()} does not decode as {cs}: {e}")
    if not msg["Date"] or not msg["Message-ID"] or not msg["From"]:
        problems.append("missing Date, Message-ID or From")
    if set(rec) != set(KEYS):
        problems.append(f"expected record keys {sorted(rec)}")
    if rec["kind"] in ("auto_reply", "bounce", "other"):
        if any(rec[k] is not None for k in ("email", "name", "organisation", "language", "party_size")):
            problems.append("machine/other record must have null person fields")
    else:
        if not rec["email"] or not rec["language"]:
            problems.append("person record needs email and language")
    if (rec["kind"] == "bounce") != (rec["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if problems:
        raise SystemExit(f"{fname}: " + "; ".join(problems))
    return parsedate_to_datetime(str(msg["Date"]))


def render():
    files = {name: data for name, data, _ in MAILS}
    expected = {name: rec for name, _, rec in MAILS}
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return files, expected, exp_text


def verify(files, expected):
    last = None
    for i, (name, data) in enumerate(sorted(files.items()), 1):
        if not name.startswith(f"{i:03d}-"):
            raise SystemExit(f"numbering gap at {name}")
        when = check_mail(name, data, expected[name])
        if last and when < last:
            raise SystemExit(f"{name}: Date earlier than the previous mail (arrival order)")
        last = when


def stats(expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    print(f"{len(expected)} mails")
    print("kinds:     " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("languages: " + ", ".join(f"{k} {n}" for k, n in langs.most_common()))
    by = Counter((r["language"], r["kind"]) for r in expected.values() if r["language"])
    for (lang, kind), n in sorted(by.items()):
        print(f"  {lang:3} {kind:13} {n}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="change nothing; fail if files differ")
    ap.add_argument("--stats", action="store_true", help="print counts per kind and language")
    args = ap.parse_args()
    files, expected, exp_text = render()
    if len(files) != len(MAILS):
        raise SystemExit("duplicate file names")
    verify(files, expected)
    if args.stats:
        stats(expected)
        return 0
    mails_dir = HERE / "mails"
    if args.check:
        bad = []
        on_disk = {p.name for p in mails_dir.glob("*.eml")} if mails_dir.exists() else set()
        bad += sorted(on_disk ^ set(files))
        bad += [n for n in sorted(set(files) & on_disk) if (mails_dir / n).read_bytes() != files[n]]
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs from make_mails.py: " + ", ".join(bad[:10]))
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
    verify({p.name: p.read_bytes() for p in mails_dir.glob("*.eml")},
           json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    print(f"wrote {len(files)} mails and expected.json to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
