#!/usr/bin/env python3
"""Evaluation set "final8c" for the MSO-Tag 2027: mail threads.

Most mails are replies inside a conversation: answers to the invitation circular,
replies to mailbot's automatic confirmation, forwards from colleagues, replies to
the reminder.  Labels follow ../../shared/corpus/README.md: workgroups and party
size come from the NEW text (or what it plainly refers to in the thread), never
from the quoted text alone.

    python3 make_mails.py            write mails/ and expected.json, then validate
    python3 make_mails.py --check    fail if the files on disk differ
    python3 make_mails.py --stats    print counts per kind / language / charset

Python 3.11, standard library only, deterministic.
"""

import argparse
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import quopri
import re
import struct
import sys
import zlib
from collections import Counter
from email.header import Header
from pathlib import Path

HERE = Path(__file__).resolve().parent
MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
CET = dt.timezone(dt.timedelta(hours=1))

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = ("de", "en", "tr", "ar", "ru", "uk", "fr", "es", "pl")
WG_IDS = ("AG1", "AG2", "AG3")
TITLES = {
    "AG1": "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def T(y, mo, d, h, mi, tz=CET):
    return dt.datetime(y, mo, d, h, mi, tzinfo=tz)


# ---------------------------------------------------------------------------
# date strings as the mail clients write them in attribution lines
# ---------------------------------------------------------------------------

DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
EN_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_WD_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def de_outlook(d):   # "Montag, 18. Januar 2027 10:02"
    return f"{DE_WD[d.weekday()]}, {d.day}. {DE_MON[d.month - 1]} {d.year} {d:%H:%M}"


def de_gmx(d):       # "Montag, 18. Januar 2027 um 10:02 Uhr"
    return f"{DE_WD[d.weekday()]}, {d.day:02d}. {DE_MON[d.month - 1]} {d.year} um {d:%H:%M} Uhr"


def de_tb(d):        # Thunderbird "18.01.27 um 10:02"
    return f"{d:%d.%m.%y} um {d:%H:%M}"


def de_gmail(d):     # "Mo., 18. Jan. 2027 um 10:02"
    mon = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
    return f"{DE_WD[d.weekday()][:2]}., {d.day}. {mon[d.month - 1]} {d.year} um {d:%H:%M}"


def en_gmail(d):     # "Mon, Jan 18, 2027 at 10:02 AM"
    h = d.hour % 12 or 12
    return f"{EN_WD[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def en_outlook(d):   # "Monday, January 18, 2027 10:02 AM"
    h = d.hour % 12 or 12
    return (f"{EN_WD_LONG[d.weekday()]}, {EN_MON_LONG[d.month - 1]} {d.day}, {d.year} "
            f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}")


# ---------------------------------------------------------------------------
# MIME building blocks (written by hand so that charset and encoding are exact)
# ---------------------------------------------------------------------------

class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 params="", filename=None, disposition=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.params, self.filename, self.disposition = params, filename, disposition


class Bin:
    def __init__(self, data, ctype, filename=None, disposition="attachment", cid=None):
        self.data, self.ctype, self.filename, self.disposition, self.cid = data, ctype, filename, disposition, cid


class Multi:
    def __init__(self, subtype, parts, boundary, params=""):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params


def _clean(text):
    text = text.lstrip("\n")
    text = "\n".join(line.rstrip(" ") if not line.endswith("-- ") else line for line in text.split("\n"))
    if not text.endswith("\n"):
        text += "\n"
    return text


def _b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def render(part):
    """Return the bytes (CRLF) of a MIME entity: its content headers, a blank line, the body."""
    if isinstance(part, Text):
        text = _clean(part.text)
        raw = text.encode(part.charset)       # strict: every character must exist in the charset
        head = [f'Content-Type: text/{part.subtype}; charset="{part.charset}"{part.params}']
        if part.disposition:
            fn = f'; filename="{part.filename}"' if part.filename else ""
            head.append(f"Content-Disposition: {part.disposition}{fn}")
        head.append(f"Content-Transfer-Encoding: {part.cte}")
        if part.cte == "7bit":
            raw.decode("ascii")
            body = raw.replace(b"\n", b"\r\n")
        elif part.cte == "8bit":
            body = raw.replace(b"\n", b"\r\n")
        elif part.cte == "quoted-printable":
            body = quopri.encodestring(raw).replace(b"\n", b"\r\n")
        elif part.cte == "base64":
            body = _b64(raw.replace(b"\n", b"\r\n"))
        else:
            raise ValueError(part.cte)
        return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body
    if isinstance(part, Bin):
        head = [f"Content-Type: {part.ctype}" + (f'; name="{part.filename}"' if part.filename else "")]
        if part.disposition:
            head.append(f"Content-Disposition: {part.disposition}"
                        + (f'; filename="{part.filename}"' if part.filename else ""))
        if part.cid:
            head.append(f"Content-ID: <{part.cid}>")
        head.append("Content-Transfer-Encoding: base64")
        return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + _b64(part.data)
    if isinstance(part, Multi):
        out = [f'Content-Type: multipart/{part.subtype}; boundary="{part.boundary}"{part.params}'.encode("ascii"),
               b"", b""]
        chunks = [b"\r\n".join(out[:1]) + b"\r\n\r\n"]
        for p in part.parts:
            body = render(p)
            if not body.endswith(b"\r\n"):
                body += b"\r\n"
            chunks.append(f"--{part.boundary}\r\n".encode("ascii") + body)
        chunks.append(f"--{part.boundary}--\r\n".encode("ascii"))
        return b"".join(chunks)
    raise TypeError(part)


def hv(value, charset="utf-8"):
    """A header value; non-ASCII text becomes RFC 2047 encoded words."""
    if value.isascii():
        return value
    return Header(value, charset, maxlinelen=76).encode(linesep="\r\n")


def ad(name, addr, charset="utf-8"):
    if name is None:
        return addr
    return email.utils.formataddr((name, addr), charset=charset)


MAILS = []   # (slug, date, bytes, expected)


def E(kind, email_=None, name=None, org=None, wgs=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email_, "name": name, "organisation": org,
            "workgroups": list(wgs), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def mail(slug, date, frm, subject, body, expected, to=None, cc=None, reply_to=None,
         msgid=None, in_reply_to=None, references=None, extra=(), hcs="utf-8"):
    """Assemble one message.  frm/to/cc/reply_to are (name, addr) or lists of them."""
    def addrs(x):
        if isinstance(x, tuple):
            x = [x]
        return ", ".join(ad(n, a, hcs) for n, a in x)
    headers = []
    for name, value in extra:
        if name.startswith("^"):          # headers that belong before From (Received, Return-Path ...)
            headers.append((name[1:], value))
    headers += [("From", addrs(frm)),
                ("To", addrs(to if to is not None else (MSO_NAME, MSO)))]
    if cc:
        headers.append(("Cc", addrs(cc)))
    if reply_to:
        headers.append(("Reply-To", addrs(reply_to)))
    headers.append(("Subject", hv(subject, hcs)))
    headers.append(("Date", email.utils.format_datetime(date)))
    headers.append(("Message-ID", msgid or f"<{slug}.{date:%Y%m%d%H%M}@mail.example>"))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
        headers.append(("References", references or in_reply_to))
    for name, value in extra:
        if not name.startswith("^"):
            headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))
    raw = "".join(f"{n}: {v}\r\n" for n, v in headers).encode("ascii") + render(body)
    MAILS.append((slug, date, raw, expected))


def q(text, prefix="> "):
    """Quote a text the way mail clients do."""
    out = []
    for line in _clean(text).rstrip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def para_html(text, cls='class="MsoNormal"'):
    """Plain text -> Outlook-like paragraphs."""
    out = []
    for line in _clean(text).rstrip("\n").split("\n"):
        if line.strip():
            out.append(f"<p {cls}>{html.escape(line, quote=False)}<o:p></o:p></p>")
        else:
            out.append(f"<p {cls}><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def br_html(text):
    lines = _clean(text).rstrip("\n").split("\n")
    return "<br>\n".join(html.escape(line, quote=False) for line in lines)


OUTLOOK_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
span.EmailStyle18 {{mso-style-type:personal-reply;font-family:"Calibri",sans-serif;color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(new, qhead, qbody, cs="utf-8", img_cid=None):
    """new text, quoted header lines [(label, value)], quoted body text -> Outlook HTML."""
    parts = [OUTLOOK_HEAD.format(cs=cs), para_html(new)]
    if img_cid:
        parts.append(f'<p class="MsoNormal"><img width="120" height="40" style="width:1.25in;height:.4166in" '
                     f'id="Grafik_x0020_1" src="cid:{img_cid}" alt="Logo"><o:p></o:p></p>')
    if qhead:
        hl = "<br>\n".join(f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in qhead)
        parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     f'\n<p class="MsoNormal">{hl}<o:p></o:p></p>\n</div>')
        parts.append(para_html(qbody))
    parts.append("</div>\n</body>\n</html>")
    return "\n".join(parts)


def gmail_html(new, attribution, quoted):
    return ('<div dir="ltr">' + br_html(new) + '</div><br>\n<div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">' + html.escape(attribution, quote=False) + '<br></div>\n'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + br_html(quoted) +
            '\n</blockquote></div>\n')


def png_1x1():
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x1f\x4e\x8a", 9)) + chunk(b"IEND", b""))


FAKE_PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")


# ---------------------------------------------------------------------------
# what our side sent: the invitation circular, confirmations, the reminder
# ---------------------------------------------------------------------------

INV_DT = T(2027, 1, 18, 10, 2)
INV_ID = "<einladung-2027.0118@muenster.example>"
INV_SUBJ = "Einladung zum Tag der Migrantenselbstorganisationen 2027 (Anmeldung bis 6. März)"
INV_FROM = f"{MSO_NAME} <{MSO}>"

INVITATION = """
Sehr geehrte Damen und Herren,
liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,

herzlich laden wir Sie zum Tag der Migrantenselbstorganisationen 2027 ein:

Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach der Begrüßung und einem Impulsvortrag arbeiten wir in drei parallelen
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis zum 6. März 2027
per Antwort auf diese E-Mail an (mso-tag@muenster.example) und nennen Sie uns:

- Name(n) der Teilnehmenden
- Organisation / Verein
- gewünschte Arbeitsgruppe (gern mit Zweitwunsch)
- Anzahl der Personen (höchstens 3 pro Organisation)

Für Getränke und einen kleinen Mittagsimbiss ist gesorgt.

Wir freuen uns auf Sie!

Mit freundlichen Grüßen
Ihr Team des Tags der Migrantenselbstorganisationen
Amt für Migration und interkulturelle Angelegenheiten
Stadt Münster
"""

INV_OUTLOOK_HEAD = [("Von:", INV_FROM), ("Gesendet:", de_outlook(INV_DT)), ("An:", INV_FROM),
                    ("Betreff:", INV_SUBJ)]


def inv_outlook_plain():
    return "\n".join(f"{k} {v}" for k, v in INV_OUTLOOK_HEAD) + "\n\n" + _clean(INVITATION)


def conf_de(name, ag, n, second=None):
    zw = f"Zweitwunsch:    AG {second[-1]}\n" if second else ""
    return f"""
Guten Tag {name},

Ihre Anmeldung für AG {ag[-1]} ist eingegangen. Vielen Dank!

Veranstaltung:  Tag der Migrantenselbstorganisationen 2027
Datum:          Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe:  AG {ag[-1]} – {TITLES[ag]}
{zw}Personen:       {n}

Möchten Sie etwas ändern oder absagen? Antworten Sie einfach auf diese
E-Mail.

Diese Nachricht wurde automatisch erstellt.
Tag der Migrantenselbstorganisationen
mso-tag@muenster.example
"""


def conf_de_subj(ag):
    return f"Ihre Anmeldung für AG {ag[-1]} ist eingegangen"


def conf_en(name, ag, n):
    return f"""
Hello {name},

Your registration for AG {ag[-1]} has been received. Thank you!

Event:      Tag der Migrantenselbstorganisationen 2027
Date:       Saturday, 13 March 2027, 10:00–16:00
Venue:      Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Workgroup:  AG {ag[-1]} – {TITLES[ag]}
Persons:    {n}

Would you like to change something or cancel? Just reply to this email.

This message was generated automatically.
Tag der Migrantenselbstorganisationen
mso-tag@muenster.example
"""


def conf_tr(name, ag, n):
    return f"""
Merhaba {name},

AG {ag[-1]} için kaydınız alınmıştır. Teşekkür ederiz!

Etkinlik:       Tag der Migrantenselbstorganisationen 2027
Tarih:          13 Mart 2027 Cumartesi, 10:00–16:00
Yer:            Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Çalışma grubu:  AG {ag[-1]} – {TITLES[ag]}
Kişi sayısı:    {n}

Bir değişiklik yapmak veya kaydınızı iptal etmek isterseniz bu e-postayı
yanıtlamanız yeterlidir.

Bu mesaj otomatik olarak oluşturulmuştur.
Tag der Migrantenselbstorganisationen
mso-tag@muenster.example
"""


def conf_ar(name, ag, n):
    return f"""
مرحباً {name}،

تم استلام تسجيلك في مجموعة العمل AG {ag[-1]}. شكراً لك!

الفعالية: Tag der Migrantenselbstorganisationen 2027
التاريخ: السبت 13 مارس 2027، 10:00–16:00
المكان: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
مجموعة العمل: AG {ag[-1]} – {TITLES[ag]}
عدد الأشخاص: {n}

إذا أردت تغيير شيء أو إلغاء التسجيل، يكفي الرد على هذه الرسالة.

هذه رسالة آلية.
Tag der Migrantenselbstorganisationen
mso-tag@muenster.example
"""


def conf_fr(name, ag, n, second=None):
    zw = f"2e choix :      AG {second[-1]}\n" if second else ""
    return f"""
Bonjour {name},

Votre inscription à l'atelier AG {ag[-1]} a bien été reçue. Merci !

Événement :     Tag der Migrantenselbstorganisationen 2027
Date :          samedi 13 mars 2027, 10h00 - 16h00
Lieu :          Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Atelier :       AG {ag[-1]} - {TITLES[ag]}
{zw}Personnes :     {n}

Vous souhaitez modifier ou annuler ? Répondez simplement à ce message.

Ce message a été généré automatiquement.
Tag der Migrantenselbstorganisationen
mso-tag@muenster.example
"""


def conf_id(d, n):
    return f"<bestaetigung-{d:%m%d%H%M}-{n}@muenster.example>"


# ===========================================================================
# the mails, in arrival order
# ===========================================================================

# 001 -- out-of-office answer to the invitation circular (Outlook, Auto-Submitted,
#        X-Auto-Response-Suppress); bilingual; quotes nothing.  Expect auto_reply.
mail("ooo-integrationsrat-invitation", T(2027, 1, 18, 10, 3),
     ("Brigitte Lammers", "b.lammers@integrationsrat-ms.example"),
     "Automatische Antwort: " + INV_SUBJ,
     Text("""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 29.01.2027 nicht
im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an die Geschäftsstelle des
Integrationsrates, Tel. 0251 492-0000, geschaeftsstelle@integrationsrat-ms.example.

Thank you for your message. I am out of the office until 29 January 2027.
Your e-mail will not be forwarded.

Mit freundlichen Grüßen
Brigitte Lammers
""", charset="windows-1252", cte="quoted-printable"),
     E("auto_reply"),
     in_reply_to=INV_ID,
     extra=[("Thread-Topic", hv(INV_SUBJ)), ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "b.lammers@integrationsrat-ms.example"),
            ("Content-Language", "de-DE")])

# 002 -- Outlook reply top-posted over the whole invitation (quoted with the German
#        "Von: / Gesendet: / An: / Betreff:" block, no ">" marks), multipart/alternative,
#        signature with board members' names, phone numbers, VR number and a long
#        disclaimer.  The quoted invitation lists AG 1-3 and "höchstens 3"; only AG 3 is new.
_new = """
Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Hiermit melde ich mich verbindlich für die AG 3 an – das Thema Fördermittel brennt uns gerade sehr unter den Nägeln.

Mit freundlichen Grüßen

Gülsen Yıldırım
1. Vorsitzende

Deutsch-Türkischer Frauenverein Münster e.V.
Hammer Straße 112 · 48153 Münster
Tel.: 0251 2 34 56 78 · Mobil: 0170 1234567
gulsen.yildirim@dtfv-muenster.example · www.dtfv-muenster.example

Vereinsregister: Amtsgericht Münster, VR 4711
Vertretungsberechtigter Vorstand: Gülsen Yıldırım, Ayşe Korkmaz, Derya Şahin

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
"""
mail("yildirim-outlook-top-posted", T(2027, 1, 18, 11, 37),
     ("Gülsen Yıldırım", "gulsen.yildirim@dtfv-muenster.example"),
     "AW: " + INV_SUBJ,
     Multi("alternative", [
         Text(_new + "\n________________________________\n" + inv_outlook_plain()),
         Text(outlook_html(_new, INV_OUTLOOK_HEAD, INVITATION), subtype="html"),
     ], "_000_AM9PR07MB7123A1B2C3D4E5F6AM9PR07MB7123eurp_"),
     E("registration", "gulsen.yildirim@dtfv-muenster.example", "Gülsen Yıldırım",
       "Deutsch-Türkischer Frauenverein Münster e.V.", ["AG3"], 1, "de"),
     msgid="<AM9PR07MB7123A1B2C3D4E5F6@AM9PR07MB7123.eurprd07.prod.outlook.example>",
     in_reply_to=INV_ID,
     extra=[("Thread-Topic", hv(INV_SUBJ)), ("Thread-Index", "AQHZc3V0aGVyZWFkZXI="),
            ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])

# 003 -- Thunderbird, answers typed INLINE between the quoted lines of the invitation;
#        ISO-8859-15, 8bit, format=flowed.  Two names, "Zukunftsprozess (AG 2), falls voll
#        dann AG 1", count "2"; the quoted list itself contains "höchstens 3" and "30 Plätze".
_inv_lines = _clean(INVITATION).split("\n")
mail("papadopoulos-thunderbird-inline", T(2027, 1, 18, 14, 5),
     ("Dimitrios Papadopoulos", "d.papadopoulos@griechische-gemeinde-ms.example"),
     "Re: " + INV_SUBJ,
     Text(f"""
Hallo zusammen,

unsere Angaben stehen direkt unten im Text.

Am {de_tb(INV_DT)} schrieb Tag der Migrantenselbstorganisationen:
{q(chr(10).join(_inv_lines[:19]))}
>
> - Name(n) der Teilnehmenden

Dimitrios Papadopoulos, Eleni Papadopoulou

> - Organisation / Verein

Griechische Gemeinde Münster e.V.

> - gewünschte Arbeitsgruppe (gern mit Zweitwunsch)

Zukunftsprozess (AG 2), falls voll dann AG 1

> - Anzahl der Personen (höchstens 3 pro Organisation)

2

> Für Getränke und einen kleinen Mittagsimbiss ist gesorgt.
>
> Wir freuen uns auf Sie!

Wir uns auch :-)

Viele Grüße aus Gievenbeck
Dimitrios

--
Griechische Gemeinde Münster e.V. | Tel. 0251 86 42 00
""", charset="iso-8859-15", cte="8bit", params="; format=flowed"),
     E("registration", "d.papadopoulos@griechische-gemeinde-ms.example", "Dimitrios Papadopoulos",
       "Griechische Gemeinde Münster e.V.", ["AG2", "AG1"], 2, "de"),
     msgid="<8f3c2a17-5b0e-4d2a-9c1e-0a7e1f2b3c4d@griechische-gemeinde-ms.example>",
     in_reply_to=INV_ID, hcs="iso-8859-15",
     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])

# 004 -- Gmail reply in English, top-posted, multipart/alternative with gmail_quote;
#        "workshop 2" plus a flatmate coming along = 2 persons.
_att = f"On {en_gmail(INV_DT)} {MSO_NAME} <{MSO}> wrote:"
_new = """
Hi,

thanks for the invite! I'd like to sign up for workshop 2 (Münster's future process). My flatmate Ebuka would like to come along too if that's ok, so that makes two of us.

Sorry for writing in English, my German is still B1 :)

Best,
Chinedu Okafor
Nigerian Students' Association Münster
"""
mail("okafor-gmail-english", T(2027, 1, 18, 21, 48),
     ("Chinedu Okafor", "chinedu.okafor@gmail.example"),
     "Re: " + INV_SUBJ,
     Multi("alternative", [
         Text(_new + "\n" + _att + "\n\n" + q(INVITATION), cte="quoted-printable"),
         Text(gmail_html(_new, _att, INVITATION), subtype="html", cte="quoted-printable"),
     ], "000000000000a1b2c3d4e5f60718"),
     E("registration", "chinedu.okafor@gmail.example", "Chinedu Okafor",
       "Nigerian Students' Association Münster", ["AG2"], 2, "en"),
     msgid="<CAK7xQm2Lr9pWq8sT4uV3yZ1aB2cD3eF4gH5iJ6kL7mN8oP9qR@mail.gmail.example>",
     in_reply_to=INV_ID)

# 005 -- iPhone reply in Turkish; Apple quote header in Turkish ("... şunu yazdı:"),
#        three named participants, "1. çalışma grubu"; quoted-printable.
mail("kaya-iphone-turkish", T(2027, 1, 19, 8, 12),
     ("Mehmet Kaya", "mehmetkaya61@icloud.example"),
     "Ynt: " + INV_SUBJ,
     Text(f"""
Merhaba,

Münster Türk Veli Derneği olarak 3 kişi katılmak istiyoruz. Hepimiz 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz, çocuklarımızın okul durumu bizim için en önemli konu.

Katılımcılar: Mehmet Kaya, Hatice Kaya, Emre Aydın

Saygılarımla
Mehmet Kaya

iPhone'umdan gönderildi

18 Oca 2027 tarihinde 10:02 saatinde, {MSO_NAME} <{MSO}> şunu yazdı:

{q(INVITATION)}
"""),
     E("registration", "mehmetkaya61@icloud.example", "Mehmet Kaya", "Münster Türk Veli Derneği",
       ["AG1"], 3, "tr"),
     msgid="<6F2B1C3D-8E4A-4B5C-9D0E-1F2A3B4C5D6E@icloud.example>",
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "iPhone Mail (20D67)")])

# 006 -- Arabic reply (the writer deleted the quote), windows-1256, base64; the
#        signature gives the Arabic name (beats the Latin From display name) and the
#        German association name; "المجموعة الثالثة" = AG 3, comes alone.
mail("alhalabi-arabic-windows1256", T(2027, 1, 19, 19, 30),
     ("Samir Al-Halabi", "samir.halabi@syrischer-kulturverein.example"),
     "RE: " + INV_SUBJ,
     Text("""
مرحباً،

شكراً جزيلاً على الدعوة الكريمة.
أود أن أسجل نفسي في مجموعة العمل الثالثة (إمكانيات التمويل والإدارة الفعّالة للجمعيات)، فهذا الموضوع يهم جمعيتنا كثيراً هذه السنة.
سأحضر وحدي.

مع خالص التحية
سمير الحلبي
Syrisch-Deutscher Kulturverein Münster e.V.
Tel. 0251 98 76 54 32
""", charset="windows-1256", cte="base64"),
     E("registration", "samir.halabi@syrischer-kulturverein.example", "سمير الحلبي",
       "Syrisch-Deutscher Kulturverein Münster e.V.", ["AG3"], 1, "ar"),
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ar-sy")])

# 007 -- reply to the invitation that only thanks and says the board will decide;
#        registers no one, asks nothing.  windows-1252 8bit, Outlook "-----Ursprüngliche
#        Nachricht-----" quoting.  Expect other.
mail("okoro-thanks-forwarded-to-board", T(2027, 1, 20, 9, 15),
     ("Bernadette Okoro", "vorstand@afrika-forum-ms.example"),
     "AW: " + INV_SUBJ,
     Text(f"""
Sehr geehrte Damen und Herren,

herzlichen Dank für die Einladung, die ich gerne an unseren Vorstand weitergeleitet habe. Wer von uns kommt, besprechen wir in der Vorstandssitzung Anfang Februar – Sie hören dann von uns.

Freundliche Grüße
Bernadette Okoro
Afrika-Forum Münster e.V.

-----Ursprüngliche Nachricht-----
{inv_outlook_plain()}""", charset="windows-1252", cte="8bit"),
     E("other"),
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", hv(INV_SUBJ))])

# 008 -- Russian, KOI8-R, fresh mail (no quote): two questions (childcare, interpreting);
#        "we would probably come as three, group two" is conditional.  Expect question.
mail("volkova-koi8r-question", T(2027, 1, 20, 22, 40),
     ("Irina Volkova", "irina.volkova@matrjoschka-ms.example"),
     "Вопрос по MSO-Tag 13.03.2027",
     Text("""
Здравствуйте!

Спасибо за приглашение на день организаций мигрантов, его переслала нам
знакомая из Интеграционного совета. Прежде чем мы запишемся, у меня два
вопроса:

1) Будет ли на мероприятии присмотр за детьми? У нас в клубе много мам с
маленькими детьми, без этого они не смогут прийти.

2) Будет ли перевод на русский язык, или всё только на немецком?

Если присмотр за детьми будет, мы бы, наверное, пришли втроём во вторую
группу. Но сначала хотелось бы узнать ответ.

С уважением,
Ирина Волкова
Клуб "Матрёшка" e.V., Мюнстер
""", charset="koi8-r", cte="8bit"),
     E("question", "irina.volkova@matrjoschka-ms.example", "Ирина Волкова", 'Клуб "Матрёшка" e.V.',
       [], None, "ru"),
     hcs="koi8-r", extra=[("User-Agent", "Mozilla/5.0 Thunderbird/102.0")])

# 009 -- Polish, ISO-8859-2 quoted-printable from a Polish webmailer; quote header
#        "W dniu ... pisze:"; "warsztat nr 2" with a board colleague = 2 persons.
mail("nowak-polish-latin2", T(2027, 1, 21, 12, 20),
     ("Katarzyna Nowak", "k.nowak@polonia-muenster.example"),
     "Odp: " + INV_SUBJ,
     Text(f"""
Dzień dobry,

nazywam się Katarzyna Nowak i działam w Stowarzyszeniu Polonia Münster. Chciałabym zgłosić udział w warsztacie nr 2 (Zukunftsprozess). Będzie ze mną koleżanka z zarządu, Magdalena Wiśniewska - czyli razem 2 osoby.

Przepraszam, że piszę po polsku - po niemiecku piszę jeszcze słabo.

Pozdrawiam serdecznie
Katarzyna Nowak
Stowarzyszenie Polonia Münster e.V.
tel. 0176 555 123 45

W dniu 18.01.2027 o 10:02, {MSO_NAME} pisze:
{q(INVITATION)}
""", charset="iso-8859-2", cte="quoted-printable"),
     E("registration", "k.nowak@polonia-muenster.example", "Katarzyna Nowak",
       "Stowarzyszenie Polonia Münster e.V.", ["AG2"], 2, "pl"),
     in_reply_to=INV_ID, hcs="iso-8859-2",
     extra=[("X-Mailer", "Poczta Polonia Webmail 4.2")])

# 010 -- Ukrainian from Android Gmail, base64; Gmail-Android attribution in Ukrainian;
#        "першу робочу групу" + husband = 2 persons; signature name in Cyrillic.
_att = f"пн, 18 січ. 2027 р. о 10:02 {MSO_NAME} <{MSO}> пише:"
mail("kovalenko-ukrainian-android", T(2027, 1, 22, 7, 55),
     ("Olena Kovalenko", "olena.kovalenko@gmail.example"),
     "Re: " + INV_SUBJ,
     Text(f"""
Добрий день!

Я хочу зареєструватися на першу робочу групу (освіта). Зі мною прийде ще мій чоловік Андрій, тобто нас буде двоє.
Організація: Українська недільна школа Мюнстер

З повагою,
Олена Коваленко

Надіслано з Galaxy

{_att}

{q(INVITATION)}
""", cte="base64"),
     E("registration", "olena.kovalenko@gmail.example", "Олена Коваленко",
       "Українська недільна школа Мюнстер", ["AG1"], 2, "uk"),
     msgid="<CAF9kLm3Np0qRs1tUv2wXy3zA4bC5dE6fG7hI8jK9lM0nO1pQ@mail.gmail.example>",
     in_reply_to=INV_ID)

# 011 -- French, HTML-only (Outlook.com), ISO-8859-1 quoted-printable; French quote
#        header "De : / Envoyé : / À : / Objet :"; three members, "Premier choix : atelier 3,
#        Deuxième choix : atelier 1", association registry number in the signature.
_new = """
Bonjour,

Suite à votre invitation, nous souhaitons inscrire trois membres de notre association :

- M. Mamadou Diallo (président)
- Mme Awa Ndiaye
- M. Ousmane Sarr

Premier choix : atelier 3 (financement et gestion associative)
Deuxième choix : atelier 1

Cordialement,

Mamadou Diallo
Président
Association des Sénégalais de Münster e.V.
Registre des associations : VR 3312, Amtsgericht Münster
Tél. : +49 251 1234 567
"""
_qh = [("De :", INV_FROM), ("Envoyé :", "lundi 18 janvier 2027 10:02"), ("À :", INV_FROM),
       ("Objet :", INV_SUBJ)]
mail("diallo-french-html-only", T(2027, 1, 23, 16, 2),
     ("Mamadou Diallo", "mamadou.diallo@outlook.example"),
     "RE: " + INV_SUBJ,
     Text(outlook_html(_new, _qh, INVITATION, cs="iso-8859-1"), subtype="html", charset="iso-8859-1"),
     E("registration", "mamadou.diallo@outlook.example", "Mamadou Diallo",
       "Association des Sénégalais de Münster e.V.", ["AG3", "AG1"], 3, "fr"),
     msgid="<DB7P191MB0456F2E3A4B5C6D7@DB7P191MB0456.EURP191.PROD.OUTLOOK.example>",
     in_reply_to=INV_ID, hcs="iso-8859-1",
     extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")])

# 012 -- a colleague forwards a mail: "kannst du uns bitte auch anmelden?".  The new
#        text says "so wie sie es schreibt" and asks to confirm to Fatma's address; the
#        workgroup (Bildungssystem = AG 1) is only in the forwarded text -> taken by
#        reference.  Attendee = Fatma Demir (+ Leyla), email = Fatma's.  Gmail forward.
_fw = """
---------- Forwarded message ---------
Von: Fatma Demir <fatma.demir@bildungsbruecke.example>
Date: So., 24. Jan. 2027 um 21:17 Uhr
Subject: MSO-Tag
To: Ahmet Yılmaz <a.yilmaz@bildungsbruecke.example>


Hey Ahmet,

hab gesehen, du gehst zum MSO-Tag am 13.3. – kannst du uns bitte auch anmelden? Leyla und ich würden gern in die AG mit dem Bildungssystem, das passt ja perfekt zu unserem Hausaufgabenprojekt. Zweitwunsch ist uns egal.

Danke dir!!
Fatma
"""
_new = """
Hallo liebes MSO-Team,

meine Kollegin Fatma hat mich gebeten, sie und Leyla Aydın auch anzumelden, siehe unten. Könnt ihr die beiden bitte so eintragen, wie sie es schreibt? Die Bestätigung bitte direkt an Fatma (fatma.demir@bildungsbruecke.example), ich selbst bin ja schon angemeldet.

Danke & Gruß
Ahmet

--
Ahmet Yılmaz
Bildungsbrücke Münster e.V. – Lernförderung & Elternarbeit
Bremer Platz 17, 48155 Münster
"""
mail("yilmaz-forwards-colleague-request", T(2027, 1, 25, 10, 30),
     ("Ahmet Yılmaz", "a.yilmaz@bildungsbruecke.example"),
     "Fwd: MSO-Tag",
     Multi("alternative", [
         Text(_new + "\n" + _fw),
         Text('<div dir="ltr">' + br_html(_new) + '<br><br><div class="gmail_quote">'
              + br_html(_fw) + "</div></div>\n", subtype="html"),
     ], "0000000000004f5e6d7c8b9a0b1c"),
     E("registration", "fatma.demir@bildungsbruecke.example", "Fatma Demir",
       "Bildungsbrücke Münster e.V.", ["AG1"], 2, "de"),
     msgid="<CAM2nBv5Xc6Zq7Wr8Es9Dt0Fy1Gu2Hi3Jo4Kp5Lq6Mr7Ns8Ot@mail.gmail.example>")

# 013 -- English Outlook reply to an invitation forwarded by the Integrationsrat
#        (two nested header blocks, English labels); two questions, no registration.
_qb = (f"From: Integrationsrat Geschäftsstelle <geschaeftsstelle@integrationsrat-ms.example>\n"
       f"Sent: Tuesday, January 19, 2027 9:30 AM\n"
       f"To: Priya Raman <priya.raman@tamil-kultur-ms.example>\n"
       f"Subject: WG: {INV_SUBJ}\n\n"
       f"Zur Info / for your information.\n\n"
       f"Von: {INV_FROM}\nGesendet: {de_outlook(INV_DT)}\nAn: {INV_FROM}\nBetreff: {INV_SUBJ}\n\n"
       + _clean(INVITATION))
mail("raman-english-questions", T(2027, 1, 26, 13, 44),
     ("Priya Raman", "priya.raman@tamil-kultur-ms.example"),
     "RE: WG: " + INV_SUBJ,
     Text(f"""
Hello,

I received the invitation below via the Integrationsrat. Two quick questions before we register:

1. Is the Stadtweinhaus wheelchair accessible? One of our board members uses a wheelchair.
2. Will the working groups be held in German only, or is there any English support?

Thank you very much!

Kind regards,
Priya Raman
Coordinator
Tamil Cultural Association Münster e.V.
Phone +49 251 3344 556

________________________________
{_qb}""", charset="windows-1252", cte="quoted-printable"),
     E("question", "priya.raman@tamil-kultur-ms.example", "Priya Raman",
       "Tamil Cultural Association Münster e.V.", [], None, "en"),
     in_reply_to="<FW-19012027-0930@integrationsrat-ms.example>",
     references=f"{INV_ID} <FW-19012027-0930@integrationsrat-ms.example>",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")])

# 014 -- Spanish from Apple Mail (Mac), bottom quote "El ... escribió:", vCard attached
#        (text/vcard, another text part); "grupo de trabajo II", comes alone.
mail("fernandez-spanish-applemail-vcard", T(2027, 1, 27, 20, 10),
     ("Lucía Fernández Ortega", "lucia.fernandez@circulo-latino.example"),
     "Re: " + INV_SUBJ,
     Multi("mixed", [
         Text(f"""
Hola:

Me gustaría inscribirme en el grupo de trabajo II (el proceso de futuro de Münster). Voy sola.

Un saludo cordial,
Lucía Fernández Ortega
Círculo Latinoamericano de Münster

> El 18 ene 2027, a las 10:02, {MSO_NAME} <{MSO}> escribió:
>
{q(q(INVITATION))}
""", cte="quoted-printable"),
         Text("""
BEGIN:VCARD
VERSION:3.0
N:Fernández Ortega;Lucía;;;
FN:Lucía Fernández Ortega
ORG:Círculo Latinoamericano de Münster;
EMAIL;type=INTERNET;type=WORK;type=pref:lucia.fernandez@circulo-latino.example
TEL;type=CELL;type=VOICE;type=pref:+49 157 12345678
END:VCARD
""", subtype="vcard", cte="quoted-printable", params='; name="Lucia Fernandez Ortega.vcf"',
              disposition="attachment", filename="Lucia Fernandez Ortega.vcf"),
     ], "Apple-Mail=_3C1D2E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F"),
     E("registration", "lucia.fernandez@circulo-latino.example", "Lucía Fernández Ortega",
       "Círculo Latinoamericano de Münster", ["AG2"], 1, "es"),
     msgid="<9A8B7C6D-5E4F-4321-ABCD-EF0123456789@circulo-latino.example>",
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")])

# 015 -- Apple Mail reply to mailbot's confirmation "Ihre Anmeldung für AG 3 ist
#        eingegangen" (quoted below, with "Personen: 1"); the new text asks to move to
#        the "Bildungs-AG" = AG 1.  Expect change ["AG1"], party_size unchanged (null).
_cd = T(2027, 1, 27, 16, 40)
mail("chaudhry-change-to-bildung", T(2027, 1, 28, 9, 14),
     ("Bilal Chaudhry", "bilal.chaudhry@pak-kulturverein.example"),
     "Re: " + conf_de_subj("AG3"),
     Text(f"""
Guten Morgen,

nach Rücksprache mit unserem Vorstand wäre es sinnvoller, wenn ich in die Bildungs-AG gehe. Können Sie mich bitte umtragen?

Danke und viele Grüße
Bilal Chaudhry
Pakistanischer Kulturverein Münster

Am 27.01.2027 um 16:40 schrieb {MSO_NAME} <{MSO}>:

{q(conf_de("Bilal Chaudhry", "AG3", 1))}
""", cte="quoted-printable"),
     E("change", "bilal.chaudhry@pak-kulturverein.example", "Bilal Chaudhry",
       "Pakistanischer Kulturverein Münster", ["AG1"], None, "de"),
     in_reply_to=conf_id(_cd, 1),
     extra=[("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")])

# 016 -- Apple Mail, BOTTOM-posted: the quoted invitation comes first, the short new
#        text below it ("Zukunftsprozess bitte"), "Dr." in the signature.
mail("markovic-bottom-posted", T(2027, 1, 29, 17, 25),
     ("Jelena Marković", "jelena.markovic@srpska-zajednica-ms.example"),
     "Re: " + INV_SUBJ,
     Text(f"""
> Am 18.01.2027 um 10:02 schrieb {MSO_NAME} <{MSO}>:
>
{q(chr(10).join(_inv_lines[5:15]))}
>
> Jede Arbeitsgruppe hat 30 Plätze. Bitte melden Sie sich bis zum 6. März 2027
> per Antwort auf diese E-Mail an (mso-tag@muenster.example) und nennen Sie uns: [...]

Liebes MSO-Team,

ich komme gern, und zwar in den Zukunftsprozess bitte. Nur ich, ohne Begleitung.

Herzlich
Dr. Jelena Marković
Serbische Kulturgemeinschaft Münster e.V.
""", cte="quoted-printable"),
     E("registration", "jelena.markovic@srpska-zajednica-ms.example", "Jelena Marković",
       "Serbische Kulturgemeinschaft Münster e.V.", ["AG2"], 1, "de"),
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Apple Mail (2.3731.700.6)")])

# 017 -- Turkish reply to the TURKISH confirmation (quoted, "Kişi sayısı: 3"): one person
#        drops out -> 2.  No workgroup in the new text.  Expect change, party 2, [].
_cd = T(2027, 1, 19, 8, 13)
mail("kaya-change-party-turkish", T(2027, 1, 30, 18, 0),
     ("Mehmet Kaya", "mehmetkaya61@icloud.example"),
     "Ynt: AG 1 için kaydınız alınmıştır",
     Text(f"""
Merhaba,

Emre Bey maalesef o gün gelemeyecek, işten izin alamamış. Yani 2 kişi olacağız, ben ve eşim.

Teşekkürler
Mehmet

iPhone'umdan gönderildi

19 Oca 2027 tarihinde 08:13 saatinde, {MSO_NAME} <{MSO}> şunu yazdı:

{q(conf_tr("Mehmet Kaya", "AG1", 3))}
"""),
     E("change", "mehmetkaya61@icloud.example", "Mehmet Kaya", None, [], 2, "tr"),
     msgid="<0C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F@icloud.example>",
     in_reply_to=conf_id(_cd, 3),
     extra=[("X-Mailer", "iPhone Mail (20D67)")])

# 018 -- "thanks" only, typed on a phone above the quoted confirmation (AG 2, 2 persons).
#        Expect other.
_cd = T(2027, 1, 18, 14, 6)
mail("papadopoulos-thanks-only", T(2027, 2, 1, 8, 40),
     ("Dimitrios Papadopoulos", "d.papadopoulos@griechische-gemeinde-ms.example"),
     "Re: " + conf_de_subj("AG2"),
     Text(f"""
Super, danke! 👍

Von meinem Smartphone gesendet

-------- Ursprüngliche Nachricht --------
Von: {MSO_NAME} <{MSO}>
Datum: 18.01.27 14:06 (GMT+01:00)
An: Dimitrios Papadopoulos <d.papadopoulos@griechische-gemeinde-ms.example>
Betreff: {conf_de_subj("AG2")}

{_clean(conf_de("Dimitrios Papadopoulos", "AG2", 2, "AG1"))}""", cte="8bit"),
     E("other"),
     in_reply_to=conf_id(_cd, 2),
     extra=[("X-Mailer", "Samsung Email")])

# 019 -- Russian Outlook reply (Russian header block "От: / Отправлено: / Кому: / Тема:"),
#        multipart/alternative, base64; three persons, "рабочую группу 3"; signature name
#        in Cyrillic beats the Latin display name; registry number "VR 2231".
_qh = [("От:", INV_FROM), ("Отправлено:", "понедельник, 18 января 2027 г. 10:02"), ("Кому:", INV_FROM),
       ("Тема:", INV_SUBJ)]
_new = """
Добрый день!

Просим зарегистрировать от нашего центра трёх человек: меня, Наталью Егорову и Сергея Пака. Все трое хотели бы в рабочую группу 3 (финансирование и управление объединением).

Заранее спасибо!

С уважением,
Ольга Смирнова
председатель
Kulturzentrum Raduga e.V.
VR 2231, Amtsgericht Münster
Тел.: +49 251 200 300 4
"""
mail("smirnova-russian-outlook", T(2027, 2, 2, 11, 11),
     ("Olga Smirnova", "o.smirnova@raduga-ms.example"),
     "RE: " + INV_SUBJ,
     Multi("alternative", [
         Text(_new + "\n" + "\n".join(f"{k} {v}" for k, v in _qh) + "\n\n" + _clean(INVITATION), cte="base64"),
         Text(outlook_html(_new, _qh, INVITATION), subtype="html", cte="base64"),
     ], "_000_VI1PR02MB5555ABCDEF0123VI1PR02MB5555eurp_"),
     E("registration", "o.smirnova@raduga-ms.example", "Ольга Смирнова", "Kulturzentrum Raduga e.V.",
       ["AG3"], 3, "ru"),
     msgid="<VI1PR02MB5555ABCDEF0123@VI1PR02MB5555.eurprd02.prod.outlook.example>",
     in_reply_to=INV_ID,
     extra=[("Content-Language", "ru-RU"), ("Thread-Topic", hv(INV_SUBJ))])

# 020 -- Outlook cancellation, windows-1252 quoted-printable, "-----Ursprüngliche
#        Nachricht-----" over the confirmation (AG 2, 1 person).
_cd = T(2027, 1, 21, 11, 2)
mail("oeztuerk-cancellation-outlook", T(2027, 2, 3, 7, 5),
     ("Öztürk, Kemal", "k.oeztuerk@alevitische-gemeinde-ms.example"),
     "AW: " + conf_de_subj("AG2"),
     Text(f"""
Guten Morgen,

leider muss ich meine Anmeldung zurückziehen, ich bin am 13.03. beruflich in Berlin. Bitte geben Sie meinen Platz frei – vielleicht klappt es nächstes Jahr.

Mit freundlichen Grüßen
Kemal Öztürk
Alevitische Gemeinde Münster e.V.

-----Ursprüngliche Nachricht-----
Von: {MSO_NAME} <{MSO}>
Gesendet: {de_outlook(_cd)}
An: Öztürk, Kemal <k.oeztuerk@alevitische-gemeinde-ms.example>
Betreff: {conf_de_subj("AG2")}

{_clean(conf_de("Kemal Öztürk", "AG2", 1))}""", charset="windows-1252", cte="quoted-printable"),
     E("cancellation", "k.oeztuerk@alevitische-gemeinde-ms.example", "Kemal Öztürk",
       "Alevitische Gemeinde Münster e.V.", [], None, "de"),
     in_reply_to=conf_id(_cd, 1), hcs="windows-1252",
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")])

# 021 -- Thunderbird reply to the confirmation with INLINE changes between quoted lines:
#        "Arbeitsgruppe: AG 2" -> "auf die AG zum Vereinsmanagement ändern" (AG 3);
#        "Personen: 1" -> "also 2".  Expect change ["AG3"], party 2.
_cd = T(2027, 2, 2, 16, 20)
_c = _clean(conf_de("Sandra Okonkwo-Becker", "AG2", 1)).split("\n")
mail("okonkwo-becker-inline-change", T(2027, 2, 4, 15, 30),
     ("Sandra Okonkwo-Becker", "sandra.okonkwo-becker@ndf-muenster.example"),
     "Re: " + conf_de_subj("AG2"),
     Text(f"""
Hallo,

zwei Änderungen, direkt unten im Text.

Am {de_tb(_cd)} schrieb Tag der Migrantenselbstorganisationen:
{q(chr(10).join(_c[0:8]))}

Bitte auf die AG zum Vereinsmanagement ändern, da sind wir als kleiner Verein besser aufgehoben.

{q(_c[8])}

Mein Kollege Herr Brandt kommt mit, also 2.

{q(chr(10).join(_c[10:12]))}

Gerne :-)

Viele Grüße
Sandra Okonkwo-Becker
Nigerianisch-Deutscher Freundeskreis Münster e.V.
""", cte="quoted-printable", params="; format=flowed"),
     E("change", "sandra.okonkwo-becker@ndf-muenster.example", "Sandra Okonkwo-Becker",
       "Nigerianisch-Deutscher Freundeskreis Münster e.V.", ["AG3"], 2, "de"),
     in_reply_to=conf_id(_cd, 1),
     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])

# 022 -- HTML-only Outlook mail from a SHARED association mailbox (From info@...),
#        Reply-To = the writer; multipart/mixed > multipart/related (HTML + inline logo
#        PNG) + PDF form attachment; windows-1252 QP; quoted invitation in HTML.
#        Two persons, "AG 1 (Bildungssystem)", second choice AG 3.
_new = """
Sehr geehrte Damen und Herren,

anbei erhalten Sie unser ausgefülltes Anmeldeformular. Zur Sicherheit auch hier die Angaben:

Teilnehmende: Frau Nguyen Thi Lan und Herr Tran Van Minh
Arbeitsgruppe: beide AG 1 (Bildungssystem), Zweitwunsch AG 3

Mit freundlichen Grüßen
i. A. Nguyen Thi Lan
Schriftführerin

Vietnamesischer Kulturverein Münster e.V.
Grevener Straße 90 · 48159 Münster
Telefon 0251 27 27 27 0 · info@vkv-muenster.example
Eingetragen im Vereinsregister des Amtsgerichts Münster unter VR 5120
Spendenkonto: IBAN DE00 0000 0000 0000 0000 00

Der Inhalt dieser E-Mail ist ausschließlich für den bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender der E-Mail in Verbindung zu setzen.
"""
mail("nguyen-shared-mailbox-html-pdf", T(2027, 2, 5, 10, 10),
     ("Vietnamesischer Kulturverein Münster", "info@vkv-muenster.example"),
     "AW: " + INV_SUBJ,
     Multi("mixed", [
         Multi("related", [
             Text(outlook_html(_new, INV_OUTLOOK_HEAD, INVITATION, cs="windows-1252", img_cid="image001.png@01DB5A1C.3F2E4D10"),
                  subtype="html", charset="windows-1252"),
             Bin(png_1x1(), "image/png", "image001.png", disposition="inline", cid="image001.png@01DB5A1C.3F2E4D10"),
         ], "_004_DU2PR10MB7777VKV_", params='; type="text/html"'),
         Bin(FAKE_PDF, "application/pdf", "Anmeldung_MSO-Tag_2027_VKV.pdf"),
     ], "_005_DU2PR10MB7777VKV_"),
     E("registration", "lan.nguyen@vkv-muenster.example", "Nguyen Thi Lan",
       "Vietnamesischer Kulturverein Münster e.V.", ["AG1", "AG3"], 2, "de"),
     reply_to=("Nguyen Thi Lan", "lan.nguyen@vkv-muenster.example"),
     msgid="<DU2PR10MB7777A0B1C2D3E4F5@DU2PR10MB7777.EURPRD10.PROD.OUTLOOK.example>",
     in_reply_to=INV_ID, hcs="windows-1252",
     extra=[("Content-Language", "de-DE"), ("X-MS-Has-Attach", "yes"), ("Thread-Topic", hv(INV_SUBJ))])

# 023 -- learner German, GMX-style reply (German "Gesendet: ... Von: ... An: ... Betreff:"
#        block); asks whether two AGs are possible and names AG 1 and AG 3 inside the
#        question.  Registers no one -> question (see README).
mail("mensah-learner-german-question", T(2027, 2, 6, 12, 45),
     ("Kwame Mensah", "kwame.mensah@gmx.example"),
     "Aw: " + INV_SUBJ,
     Text(f"""
Hallo,

ich habe eine frage. Kann man in zwei AG gehen? Bildung und Förderung ist beide wichtig für unsere Verein. Oder muss man nur eine wählen, wenn die AGs gleichzeitig sind?
Dann ich melde uns an.

Danke
Kwame Mensah
Ghana Union Münster

Gesendet: {de_gmx(INV_DT)}
Von: "{MSO_NAME}" <{MSO}>
An: {MSO}
Betreff: {INV_SUBJ}

{_clean(INVITATION)}""", charset="iso-8859-1", cte="quoted-printable"),
     E("question", "kwame.mensah@gmx.example", "Kwame Mensah", "Ghana Union Münster", [], None, "de"),
     in_reply_to=INV_ID, hcs="iso-8859-1",
     extra=[("X-Mailer", "GMX Freemail"), ("Sensitivity", "Normal"), ("Importance", "normal")])

# 024 -- vacation auto-reply (German + Turkish) to a confirmation; Auto-Submitted,
#        X-Autoreply; subject "Abwesenheitsnotiz: Ihre Anmeldung für AG 1 ...".  auto_reply.
mail("ooo-vacation-de-tr", T(2027, 2, 8, 9, 0),
     ("Derya Şahin", "derya.sahin@web.example"),
     "Abwesenheitsnotiz: " + conf_de_subj("AG1"),
     Text("""
Vielen Dank für Ihre Nachricht.

Ich bin vom 08.02. bis einschließlich 19.02.2027 im Urlaub und lese meine
E-Mails in dieser Zeit nicht. Danach melde ich mich so schnell wie möglich.

Mesajınız için teşekkürler. 19.02.2027 tarihine kadar izindeyim.

Derya Şahin
""", charset="utf-8", cte="8bit"),
     E("auto_reply"),
     in_reply_to=conf_id(T(2027, 2, 8, 8, 59), 1),
     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")])

# 025 -- Polish typed on a phone WITHOUT diacritics, Samsung mail quoting ("Oryginalna
#        wiadomość"); "grupe 3", alone; no organisation.
mail("zielinska-polish-phone", T(2027, 2, 9, 19, 55),
     ("Agnieszka Zielinska", "aga.zielinska@wp.example"),
     "Re: " + INV_SUBJ,
     Text(f"""
Dzien dobry, chcialabym sie zapisac na grupe 3 (finansowanie), przyjde sama.
Pozdrawiam
Agnieszka Zielinska



Wysłane z mojego Galaxy


-------- Oryginalna wiadomość --------
Od: {MSO_NAME} <{MSO}>
Data: 18.01.2027 10:02 (GMT+01:00)
Do: {MSO}
Temat: {INV_SUBJ}

{_clean(INVITATION)}""", cte="8bit"),
     E("registration", "aga.zielinska@wp.example", "Agnieszka Zielinska", None, ["AG3"], 1, "pl"),
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Samsung Email")])

# 026 -- Gmail reply to the ENGLISH confirmation ("Persons: 2"): the flatmate drops out
#        and he would rather switch to workshop 1.  Expect change ["AG1"], party 1.
_cd = T(2027, 1, 18, 21, 49)
_att = f"On {en_gmail(_cd)} {MSO_NAME} <{MSO}> wrote:"
_new = """
Hey,

small update: Ebuka can't make it after all, so it'll only be me. And if there's still space I'd rather switch to workshop 1 – education is closer to what our association actually does.

Cheers,
Chinedu
"""
_c = conf_en("Chinedu Okafor", "AG2", 2)
mail("okafor-change-english", T(2027, 2, 10, 22, 30),
     ("Chinedu Okafor", "chinedu.okafor@gmail.example"),
     "Re: Your registration for AG 2 has been received",
     Multi("alternative", [
         Text(_new + "\n" + _att + "\n\n" + q(_c)),
         Text(gmail_html(_new, _att, _c), subtype="html"),
     ], "000000000000f1e2d3c4b5a69788"),
     E("change", "chinedu.okafor@gmail.example", "Chinedu Okafor", None, ["AG1"], 1, "en"),
     msgid="<CAK7xQm4Bt7nYw2sV6uX1zA3cE5gI7kM9oQ1sU3wY5aC7eG9iK@mail.gmail.example>",
     in_reply_to=conf_id(_cd, 2))

# 027 -- Arabic cancellation replying to the ARABIC confirmation (quoted), UTF-8 QP,
#        Thunderbird with an Arabic attribution line.
_cd = T(2027, 1, 19, 19, 31)
mail("alhalabi-cancellation-arabic", T(2027, 2, 11, 14, 14),
     ("Samir Al-Halabi", "samir.halabi@syrischer-kulturverein.example"),
     "رد: تم استلام تسجيلك (AG 3)",
     Text(f"""
مساء الخير،

للأسف لن أتمكن من الحضور يوم 13 آذار بسبب سفر عائلي طارئ إلى تركيا.
أرجو إلغاء تسجيلي وإعطاء المكان لشخص آخر.

مع الشكر والاعتذار
سمير الحلبي

في 19/01/2027 19:31، كتب Tag der Migrantenselbstorganisationen:
{q(conf_ar("سمير الحلبي", "AG3", 1))}
"""),
     E("cancellation", "samir.halabi@syrischer-kulturverein.example", "سمير الحلبي", None, [], None, "ar"),
     in_reply_to=conf_id(_cd, 1),
     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ar")])

# 028 -- ISO-8859-1 8bit Outlook reply; workgroups by alias only ("Förderung/
#        Vereinsmanagement", alternatively "Bildung"), 2 persons; long signature with
#        street address, phone + fax, VR number, tax number and a disclaimer.
mail("aslan-aliases-long-signature", T(2027, 2, 12, 11, 0),
     ("Rojda Aslan", "rojda.aslan@kurdisches-zentrum-ms.example"),
     "AW: " + INV_SUBJ,
     Text(f"""
Hallo Team,

wir möchten gern mit 2 Personen teilnehmen (Rojda Aslan und Serhat Demir). Am liebsten Förderung/Vereinsmanagement, alternativ Bildung.

Herzliche Grüße

Rojda Aslan
Vorstand / Öffentlichkeitsarbeit

Kurdisches Gemeinschaftszentrum Münster e.V.
Warendorfer Str. 45 | 48145 Münster
Tel. 0251 / 76 54 32-1 | Fax 0251 / 76 54 32-9
Registergericht: Amtsgericht Münster, VR 6034 | Steuer-Nr. 336/5710/1234

Diese Nachricht ist ausschließlich für den Empfänger bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie uns bitte und löschen Sie die Nachricht. Jede unbefugte Weiterleitung oder Kopie ist untersagt.

-----Ursprüngliche Nachricht-----
{inv_outlook_plain()}""", charset="iso-8859-1", cte="8bit"),
     E("registration", "rojda.aslan@kurdisches-zentrum-ms.example", "Rojda Aslan",
       "Kurdisches Gemeinschaftszentrum Münster e.V.", ["AG3", "AG1"], 2, "de"),
     in_reply_to=INV_ID, hcs="iso-8859-1",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 029 -- French question from a member who got the FRENCH confirmation forwarded by
#        her president; she writes to us from her own address, quoting the forward.
_cd = T(2027, 1, 23, 16, 3)
mail("ndiaye-french-question", T(2027, 2, 13, 9, 30),
     ("Awa Ndiaye", "awa.ndiaye@laposte.example"),
     "Re: TR: Votre inscription (AG 3) a bien été reçue",
     Text(f"""
Bonjour,

Mamadou m'a transféré votre confirmation, merci. J'ai une question : est-ce que nous recevrons une attestation de participation ? Mon employeur en demande une pour m'accorder le samedi. Et faut-il apporter une pièce d'identité à l'entrée ?

Bien à vous,
Awa Ndiaye

Le 12/02/2027 à 18:44, Mamadou Diallo a écrit :
> Pour info, voici la confirmation pour nous trois.
> Mamadou
>
> -------- Message transféré --------
> Sujet : Votre inscription (AG 3) a bien été reçue
> Date : Sat, 23 Jan 2027 16:03:00 +0100
> De : {MSO_NAME} <{MSO}>
> Pour : Mamadou Diallo <mamadou.diallo@outlook.example>
>
{q(conf_fr("Mamadou Diallo", "AG3", 3, "AG1"))}
""", charset="iso-8859-1", cte="quoted-printable"),
     E("question", "awa.ndiaye@laposte.example", "Awa Ndiaye", None, [], None, "fr"),
     in_reply_to="<5e6f7a8b-tr-conf@outlook.example>",
     references=f"{conf_id(_cd, 3)} <5e6f7a8b-tr-conf@outlook.example>", hcs="iso-8859-1",
     extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")])

# 030 -- Ukrainian reply to the GERMAN confirmation (AG 1, 2 persons): asks to move
#        both of them from the first group to the second.  Expect change ["AG2"].
_cd = T(2027, 1, 22, 7, 56)
mail("kovalenko-change-ukrainian", T(2027, 2, 14, 17, 40),
     ("Olena Kovalenko", "olena.kovalenko@gmail.example"),
     "Re: " + conf_de_subj("AG1"),
     Text(f"""
Доброго дня!

Чи можна перевести нас обох з першої групи у другу (про майбутнє Мюнстера)? Чоловік каже, що йому там буде цікавіше, а я піду з ним.

Дякую!
Олена

Надіслано з Galaxy

сб, 22 січ. 2027 р. о 07:56 {MSO_NAME} <{MSO}> пише:

{q(conf_de("Olena Kovalenko", "AG1", 2))}
""", cte="quoted-printable"),
     E("change", "olena.kovalenko@gmail.example", "Олена Коваленко", None, ["AG2"], None, "uk"),
     msgid="<CAF9kLm5Qr2sTu3vWx4yZa5bC6dE7fG8hI9jK0lM1nO2pQ3rS@mail.gmail.example>",
     in_reply_to=conf_id(_cd, 2))

# 031 -- a WhatsApp chat pasted into a mail: "kannst du uns bitte auch anmelden?".
#        The writer is already registered ("ich selbst ... AG 2" is NOT a choice for the
#        two); "AG Schule" (alias) = AG 1 for Hodan Ali + Amina Hassan.  No other address
#        given, so replies go to the writer.  Emoji -> UTF-8.
mail("abdi-whatsapp-chat-forward", T(2027, 2, 15, 20, 20),
     ("Yusuf Abdi", "yusuf.abdi@somali-verein-ms.example"),
     "Anmeldung zwei weitere Personen",
     Text("""
Hallo,

ich leite euch unten einen Chat aus unserer Vereinsgruppe weiter. Hodan und Amina möchten auch kommen. Bitte die beiden für die AG Schule eintragen. Ich selbst bin schon angemeldet (AG 2), bei mir bleibt alles wie es ist.

Danke!
Yusuf Abdi
Somalischer Kultur- und Elternverein Münster e.V.

[15.02.27, 18:03] Hodan Ali: Yusuf kannst du uns bitte auch anmelden? mich und Amina
[15.02.27, 18:03] Hodan Ali: egal welche AG, am liebsten was mit Schule
[15.02.27, 18:05] Yusuf Abdi: klar mach ich 👍
[15.02.27, 18:06] Amina Hassan: danke dir ❤️ Hodan schick ihm auch unsere Nachnamen
[15.02.27, 18:06] Hodan Ali: Hodan Ali + Amina Hassan
""", cte="base64"),
     E("registration", "yusuf.abdi@somali-verein-ms.example", "Hodan Ali",
       "Somalischer Kultur- und Elternverein Münster e.V.", ["AG1"], 2, "de"),
     extra=[("User-Agent", "Roundcube Webmail/1.6.5")])

# 032 -- Spanish "thanks" reply to the (German) confirmation.  Expect other.
_cd = T(2027, 1, 27, 20, 11)
mail("fernandez-gracias", T(2027, 2, 16, 10, 0),
     ("Lucía Fernández Ortega", "lucia.fernandez@circulo-latino.example"),
     "Re: " + conf_de_subj("AG2"),
     Text(f"""
¡Muchas gracias por la confirmación! Nos vemos el 13 de marzo.

Lucía

> El 27 ene 2027, a las 20:11, {MSO_NAME} <{MSO}> escribió:
>
{q(q(conf_de("Lucía Fernández Ortega", "AG2", 1)))}
""", cte="quoted-printable"),
     E("other"),
     in_reply_to=conf_id(_cd, 1),
     extra=[("X-Mailer", "Apple Mail (2.3774.300.61.1.2)")])

# 033 -- Turkish in an Outlook reply with GERMAN header labels, windows-1254 QP,
#        multipart/alternative; "ikinci çalışma grubu (Münsters Zukunftsprozess)" with
#        her husband = 2; bilingual closing.
_new = """
Merhaba,

eşimle birlikte ikinci çalışma grubuna (Münsters Zukunftsprozess) katılmak istiyoruz. Yani 2 kişiyiz.

Saygılarımla / Mit freundlichen Grüßen
Zeynep Arslan
Türkisch-Islamische Gemeinde Münster-Coerde e.V.
"""
mail("arslan-turkish-outlook-1254", T(2027, 2, 17, 13, 15),
     ("Zeynep Arslan", "zeynep.arslan@tig-coerde.example"),
     "AW: " + INV_SUBJ,
     Multi("alternative", [
         Text(_new + "\n" + inv_outlook_plain(), charset="windows-1254"),
         Text(outlook_html(_new, INV_OUTLOOK_HEAD, INVITATION, cs="windows-1254"), subtype="html",
              charset="windows-1254"),
     ], "_000_PR3P193MB0999TIGCOERDE_"),
     E("registration", "zeynep.arslan@tig-coerde.example", "Zeynep Arslan",
       "Türkisch-Islamische Gemeinde Münster-Coerde e.V.", ["AG2"], 2, "tr"),
     in_reply_to=INV_ID, hcs="windows-1254",
     extra=[("Content-Language", "tr-TR"), ("Thread-Topic", hv(INV_SUBJ))])

# 034 -- phone Gmail reply to the confirmation (AG 1, "Personen: 2" quoted): now four.
#        The new text names no AG.  Expect change, party 4, [].
_cd = T(2027, 2, 5, 19, 30)
_att = f"Am {de_gmail(_cd)} Uhr schrieb {MSO_NAME} <{MSO}>:"
mail("benali-change-four-persons", T(2027, 2, 18, 8, 20),
     ("Samira Benali", "samira.benali@gmail.example"),
     "Re: " + conf_de_subj("AG1"),
     Text(f"""
Hallo, wir sind jetzt doch zu viert, zwei Mütter aus dem Elterncafé wollen auch mit. Geht das noch?
LG Samira Benali
Marokkanischer Elternverein Münster

{_att}

{q(conf_de("Samira Benali", "AG1", 2))}
""", cte="quoted-printable"),
     E("change", "samira.benali@gmail.example", "Samira Benali", "Marokkanischer Elternverein Münster",
       [], 4, "de"),
     msgid="<CAH3pQr8St9Uv0Wx1Yz2Ab3Cd4Ef5Gh6Ij7Kl8Mn9Op0Qr1St@mail.gmail.example>",
     in_reply_to=conf_id(_cd, 2))

# 035 -- short English cancellation from an iPhone for herself and a colleague, above
#        the English confirmation (AG 3, Persons: 2).
_cd = T(2027, 2, 1, 10, 0)
mail("adeyemi-cancel-iphone", T(2027, 2, 19, 12, 2),
     ("Rachel Adeyemi", "rachel.adeyemi@icloud.example"),
     "Re: Your registration for AG 3 has been received",
     Text(f"""
Sorry, have to cancel for both of us (me + Tom) - conference clash. Please take us off the list.
Best, Rachel

Sent from my iPhone

> On 1 Feb 2027, at 10:00, {MSO_NAME} <{MSO}> wrote:
>
{q(q(conf_en("Rachel Adeyemi", "AG3", 2)))}
"""),
     E("cancellation", "rachel.adeyemi@icloud.example", "Rachel Adeyemi", None, [], None, "en"),
     in_reply_to=conf_id(_cd, 2),
     extra=[("X-Mailer", "iPhone Mail (21A360)")])

# 036 -- HTML-only reply from a German webmailer (GMX-style header block inside the HTML);
#        "die zweite Arbeitsgruppe", second choice "die dritte", alone.
_hq = (f"<b>Gesendet:</b> {de_gmx(INV_DT)}<br>\n<b>Von:</b> &quot;{MSO_NAME}&quot; &lt;{MSO}&gt;<br>\n"
       f"<b>An:</b> {MSO}<br>\n<b>Betreff:</b> {html.escape(INV_SUBJ)}")
mail("ahmadi-webmail-html-only", T(2027, 2, 20, 11, 20),
     ("Nasrin Ahmadi", "nasrin.ahmadi@web.example"),
     "Aw: " + INV_SUBJ,
     Text(f"""<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Guten Tag,</div>
<div>&nbsp;</div>
<div>ich m&ouml;chte mich f&uuml;r die zweite Arbeitsgruppe anmelden, als Zweitwunsch die dritte. Ich komme allein.</div>
<div>&nbsp;</div>
<div>Viele Gr&uuml;&szlig;e</div>
<div>Nasrin Ahmadi</div>
<div>Afghanischer Frauenverein Münster</div>
<div>&nbsp;</div>
<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">
<div style="margin:0 0 10px 0;">{_hq}</div>
<div name="quoted-content">{br_html(INVITATION)}</div>
</div>
</div></body></html>
""", subtype="html", cte="quoted-printable"),
     E("registration", "nasrin.ahmadi@web.example", "Nasrin Ahmadi", "Afghanischer Frauenverein Münster",
       ["AG2", "AG3"], 1, "de"),
     in_reply_to=INV_ID,
     extra=[("X-Mailer", "Webmailer Freemail 6.1"), ("Importance", "normal")])

# 037 -- Spanish question (can I still register? interpreting?) replying to an
#        invitation a colleague forwarded; Gmail, Spanish forward header.  question.
mail("ramirez-spanish-question", T(2027, 2, 21, 18, 45),
     ("Diego Ramírez", "diego.ramirez@gmail.example"),
     "Re: Fwd: " + INV_SUBJ,
     Text(f"""
Hola, buenas tardes:

Una compañera me reenvió esta invitación. ¿Todavía es posible inscribirse? ¿Y habrá traducción al español o al inglés en los grupos de trabajo? Mi alemán no es muy bueno.

Muchas gracias,
Diego Ramírez
Asociación Chilena en Münster

El dom, 21 feb 2027 a las 12:10, Paula Soto (<paula.soto@gmail.example>) escribió:
> ---------- Forwarded message ---------
> De: {MSO_NAME} <{MSO}>
> Date: lun, 18 ene 2027 a las 10:02
> Subject: {INV_SUBJ}
> To: <{MSO}>
>
{q(INVITATION)}
""", charset="iso-8859-1", cte="quoted-printable"),
     E("question", "diego.ramirez@gmail.example", "Diego Ramírez", "Asociación Chilena en Münster",
       [], None, "es"),
     msgid="<CAB1cDe2Fg3Hi4Jk5Lm6No7Pq8Rs9Tu0Vw1Xy2Za3Bc4De5Fg@mail.gmail.example>",
     in_reply_to="<CAPaulaSoto-fwd-0221@mail.gmail.example>", hcs="iso-8859-1")

# 038 -- Arabic from an Android phone, base64; Arabic-Indic digits ("رقم ١" = AG 1),
#        "أنا وزوجتي" = 2 persons; attribution line with native digits; no organisation.
mail("haddad-arabic-native-digits", T(2027, 2, 22, 21, 10),
     ("Mahmoud Haddad", "m.haddad77@gmail.example"),
     "Re: " + INV_SUBJ,
     Text(f"""
السلام عليكم،

أنا وزوجتي نود التسجيل في مجموعة العمل رقم ١ (التعليم)، لأن أولادنا في المدرسة هنا في مونستر.

الاسم: محمود حداد

شكراً لكم

في الاثنين، ١٨ يناير ٢٠٢٧ في ١٠:٠٢ ص، كتب {MSO_NAME} <{MSO}>:

{q(INVITATION)}
""", cte="base64"),
     E("registration", "m.haddad77@gmail.example", "محمود حداد", None, ["AG1"], 2, "ar"),
     msgid="<CAGh7Ij8Kl9Mn0Op1Qr2St3Uv4Wx5Yz6Ab7Cd8Ef9Gh0Ij1Kl@mail.gmail.example>",
     in_reply_to=INV_ID)

# 039 -- Polish reply to the German confirmation (AG 2, 2 persons): colleague drops out,
#        asks to move to "grupy 1 (edukacja)".  Expect change ["AG1"], party 1.
_cd = T(2027, 1, 21, 12, 21)
mail("nowak-change-polish", T(2027, 2, 23, 10, 5),
     ("Katarzyna Nowak", "k.nowak@polonia-muenster.example"),
     "Odp: " + conf_de_subj("AG2"),
     Text(f"""
Dzień dobry,

niestety Magdalena nie może przyjść, więc będę sama. Czy mogłabym w takim razie przejść do grupy 1 (edukacja)? Tam bardziej się przydam.

Pozdrawiam
Katarzyna Nowak

W dniu 21.01.2027 o 12:21, {MSO_NAME} pisze:
{q(conf_de("Katarzyna Nowak", "AG2", 2))}
""", cte="quoted-printable"),
     E("change", "k.nowak@polonia-muenster.example", "Katarzyna Nowak", None, ["AG1"], 1, "pl"),
     in_reply_to=conf_id(_cd, 2),
     extra=[("X-Mailer", "Poczta Polonia Webmail 4.2")])

# 040 -- Russian, windows-1251 8bit, reply whose quote the writer removed; two colleagues
#        drop out, she comes alone.  No workgroup named.  Expect change, party 1, [].
mail("smirnova-change-cp1251", T(2027, 2, 24, 16, 30),
     ("Olga Smirnova", "o.smirnova@raduga-ms.example"),
     "RE: " + conf_de_subj("AG3"),
     Text("""
Добрый день!

К сожалению, Наталья и Сергей не смогут прийти 13 марта. Я приду одна.
Извините за беспокойство.

С уважением,
Ольга Смирнова
Kulturzentrum Raduga e.V.
""", charset="windows-1251", cte="8bit"),
     E("change", "o.smirnova@raduga-ms.example", "Ольга Смирнова", "Kulturzentrum Raduga e.V.",
       [], 1, "ru"),
     in_reply_to=conf_id(T(2027, 2, 2, 11, 12), 3),
     extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ru-RU")])

# 041 -- a fresh mail (no thread) in learner German to the contact person of the public
#        page; "AG 1 Bildung", "mit meine Frau" = 2.
mail("haile-learner-german-fresh", T(2027, 2, 25, 9, 40),
     ("tekle haile", "teklehaile@gmx.example"),
     "anmeldung MSO tag",
     Text("""
Sehr geehrte Frau Meza Correa-Flock

ich heise Tekle Haile ich bin von Eritreische Gemeinde Münster. ich will komen zu MSO Tag am 13 März mit meine Frau. Wir möchten AG 1 Bildung weil unsere kinder in schule.

Danke schön
Tekle Haile
""", charset="iso-8859-1", cte="8bit"),
     E("registration", "teklehaile@gmx.example", "Tekle Haile", "Eritreische Gemeinde Münster",
       ["AG1"], 2, "de"),
     hcs="iso-8859-1",
     extra=[("X-Mailer", "GMX Freemail")])

# 042 -- reply-all to a network mailing list (Cc to us) about car-pooling to the event;
#        neither a registration nor a question to us.  Expect other.
mail("carpool-reply-all-list", T(2027, 2, 26, 13, 0),
     ("Hamid Rezaei", "hamid.rezaei@iran-kultur-ms.example"),
     "Re: [MSO-Netzwerk] " + INV_SUBJ,
     Text(f"""
Liebe alle,

wer fährt am 13.3. aus Kinderhaus zum Stadtweinhaus? Ich hätte noch zwei Plätze im Auto frei, Abfahrt ca. 9:30 Uhr. Meldet euch gern direkt bei mir (0157 7654321).

Gruß
Hamid (Iranischer Kulturverein)

Am 18.01.2027 um 10:15 schrieb Netzwerk MSO Münster:
> Liebe Mitglieder, zur Info die Einladung der Stadt (s.u.).
>
{q(INVITATION)}
""", cte="quoted-printable"),
     E("other"),
     to=("MSO-Netzwerk Münster", "netzwerk-mso@lists.muenster.example"),
     cc=(MSO_NAME, MSO),
     in_reply_to="<netzwerk-0118-1015@lists.muenster.example>",
     extra=[("List-Id", "MSO-Netzwerk <netzwerk-mso.lists.muenster.example>"), ("User-Agent", "Mozilla Thunderbird")])

# 043 -- Turkish cancellation for both persons, Gmail multipart, above the Turkish
#        confirmation (AG 2, 2 persons).
_cd = T(2027, 2, 17, 13, 16)
_att = f"{MSO_NAME} <{MSO}>, 17 Şub 2027 Çar, 13:16 tarihinde şunu yazdı:"
_new = """
Merhaba,

maalesef eşim hastalandı, ikimiz de 13 Mart'ta katılamayacağız. Kaydımızı iptal edebilir misiniz? Özür dileriz.

İyi çalışmalar
Zeynep Arslan
"""
_c = conf_tr("Zeynep Arslan", "AG2", 2)
mail("arslan-cancel-turkish-gmail", T(2027, 2, 27, 19, 5),
     ("Zeynep Arslan", "zeynep.arslan@tig-coerde.example"),
     "Ynt: AG 2 için kaydınız alınmıştır",
     Multi("alternative", [
         Text(_new + "\n" + _att + "\n\n" + q(_c)),
         Text(gmail_html(_new, _att, _c), subtype="html"),
     ], "0000000000009e8d7c6b5a493827"),
     E("cancellation", "zeynep.arslan@tig-coerde.example", "Zeynep Arslan", None, [], None, "tr"),
     in_reply_to=conf_id(_cd, 2))

# 044 -- French reply to the FRENCH confirmation that lists "Atelier : AG 3" and
#        "2e choix : AG 1"; the new text only says "notre deuxième choix".  A careful
#        coordinator reads that as AG 1 (by reference).  windows-1252 multipart.
_cd = T(2027, 1, 23, 16, 3)
_c = conf_fr("Mamadou Diallo", "AG3", 3, "AG1")
_new = """
Bonjour,

Nous avons appris que l'atelier 3 est très demandé. Pour laisser de la place, pourriez-vous plutôt nous inscrire dans notre deuxième choix ? Nous restons trois personnes.

Merci d'avance et à bientôt,
Mamadou Diallo
Association des Sénégalais de Münster e.V.
"""
_qh = [("De :", INV_FROM), ("Envoyé :", "samedi 23 janvier 2027 16:03"),
       ("À :", "Mamadou Diallo <mamadou.diallo@outlook.example>"), ("Objet :", "Votre inscription (AG 3) a bien été reçue")]
mail("diallo-change-second-choice", T(2027, 3, 1, 10, 15),
     ("Mamadou Diallo", "mamadou.diallo@outlook.example"),
     "RE: Votre inscription (AG 3) a bien été reçue",
     Multi("alternative", [
         Text(_new + "\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in _qh) + "\n\n" + _clean(_c),
              charset="windows-1252"),
         Text(outlook_html(_new, _qh, _c, cs="windows-1252"), subtype="html", charset="windows-1252"),
     ], "_000_DB7P191MB0456DIALLO_"),
     E("change", "mamadou.diallo@outlook.example", "Mamadou Diallo",
       "Association des Sénégalais de Münster e.V.", ["AG1"], None, "fr"),
     in_reply_to=conf_id(_cd, 3), hcs="windows-1252",
     extra=[("Content-Language", "fr-FR")])

# 045 -- German question on the confirmation thread (certificate, lunch break); quoted
#        confirmation below a Thunderbird attribution.  question.
_cd = T(2027, 2, 25, 14, 12)
mail("popescu-question-certificate", T(2027, 3, 2, 14, 30),
     ("Ioana Popescu", "ioana.popescu@rumaenischer-verein-ms.example"),
     "Re: " + conf_de_subj("AG2"),
     Text(f"""
Guten Tag,

kurze Frage: Gibt es für die Teilnahme eine Bescheinigung? Und wann ungefähr ist die Mittagspause – ich müsste zwischendurch kurz meinen Sohn abholen.

Danke und Gruß
Ioana Popescu
Rumänischer Verein Münster e.V.

Am {de_tb(_cd)} schrieb Tag der Migrantenselbstorganisationen:
{q(conf_de("Ioana Popescu", "AG2", 1))}
""", cte="8bit", params="; format=flowed"),
     E("question", "ioana.popescu@rumaenischer-verein-ms.example", "Ioana Popescu",
       "Rumänischer Verein Münster e.V.", [], None, "de"),
     in_reply_to=conf_id(_cd, 1),
     extra=[("User-Agent", "Mozilla Thunderbird")])

# 046 -- English Outlook "Automatic reply" (parental leave) to a confirmation;
#        Auto-Submitted: auto-replied.  auto_reply.
mail("ooo-parental-leave-english", T(2027, 3, 3, 8, 0),
     ("Jonas Feldkamp", "j.feldkamp@iz-bruecke.example"),
     "Automatic reply: " + conf_de_subj("AG1"),
     Multi("alternative", [
         Text("""
Thank you for your email. I am on parental leave until 31 March 2027 and have only limited access to my emails.
For urgent matters please contact office@iz-bruecke.example or call +49 251 83-00000.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 31.03.2027 in Elternzeit.
"""),
         Text(OUTLOOK_HEAD.format(cs="utf-8") + para_html("""
Thank you for your email. I am on parental leave until 31 March 2027 and have only limited access to my emails.
For urgent matters please contact office@iz-bruecke.example or call +49 251 83-00000.

Vielen Dank für Ihre Nachricht. Ich bin bis zum 31.03.2027 in Elternzeit.
""") + "\n</div>\n</body>\n</html>", subtype="html"),
     ], "_000_ooo_feldkamp_"),
     E("auto_reply"),
     in_reply_to=conf_id(T(2027, 3, 3, 7, 59), 1),
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "j.feldkamp@iz-bruecke.example"),
            ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US")])

# 047 -- Ukrainian in KOI8-U, 8bit, fresh mail (no quote); two persons, "Робоча група 3
#        (фінансування ...)", fallback "група 2"; association registry number.
mail("bondarenko-koi8u", T(2027, 3, 4, 12, 30),
     ("Oksana Bondarenko", "oksana.bondarenko@ukr-hromada-ms.example"),
     "Реєстрація на MSO-Tag 13.03",
     Text("""
Доброго дня!

Прошу зареєструвати від нашої організації двох осіб: Оксана Бондаренко та
Ірина Шевчук.

Робоча група 3 (фінансування та управління об'єднанням). Якщо там уже немає
місць, тоді група 2.

З повагою,
Оксана Бондаренко
голова, Українська громада Мюнстера e.V.
VR 7001
тел. +49 251 765 4321
""", charset="koi8-u", cte="8bit"),
     E("registration", "oksana.bondarenko@ukr-hromada-ms.example", "Оксана Бондаренко",
       "Українська громада Мюнстера e.V.", ["AG3", "AG2"], 2, "uk"),
     hcs="koi8-u")

# 048 -- Outlook cancellation (multipart, disclaimer) over the confirmation (AG 3, 1);
#        mentions that a colleague will register SEPARATELY -> still just a cancellation.
_cd = T(2027, 1, 18, 11, 38)
_new = """
Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 13.03. absagen, da sich kurzfristig ein Termin überschneidet. Eine Kollegin aus unserem Vorstand würde gern an meiner Stelle kommen; sie meldet sich separat bei Ihnen.

Mit freundlichen Grüßen

Gülsen Yıldırım
1. Vorsitzende

Deutsch-Türkischer Frauenverein Münster e.V.
Hammer Straße 112 · 48153 Münster
Tel.: 0251 2 34 56 78 · Mobil: 0170 1234567

Vereinsregister: Amtsgericht Münster, VR 4711

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
"""
_qh = [("Von:", INV_FROM), ("Gesendet:", de_outlook(_cd)),
       ("An:", "Gülsen Yıldırım <gulsen.yildirim@dtfv-muenster.example>"), ("Betreff:", conf_de_subj("AG3"))]
_c = conf_de("Gülsen Yıldırım", "AG3", 1)
mail("yildirim-cancellation-outlook", T(2027, 3, 5, 16, 45),
     ("Gülsen Yıldırım", "gulsen.yildirim@dtfv-muenster.example"),
     "AW: " + conf_de_subj("AG3"),
     Multi("alternative", [
         Text(_new + "\n________________________________\n" + "\n".join(f"{k} {v}" for k, v in _qh) + "\n\n" + _clean(_c)),
         Text(outlook_html(_new, _qh, _c), subtype="html"),
     ], "_000_AM9PR07MB7123CANCEL_"),
     E("cancellation", "gulsen.yildirim@dtfv-muenster.example", "Gülsen Yıldırım",
       "Deutsch-Türkischer Frauenverein Münster e.V.", [], None, "de"),
     msgid="<AM9PR07MB7123F0E1D2C3B4A5@AM9PR07MB7123.eurprd07.prod.outlook.example>",
     in_reply_to=conf_id(_cd, 1),
     extra=[("Content-Language", "de-DE"), ("Thread-Topic", hv(conf_de_subj("AG3")))])

# 049 -- reply to the confirmation (AG 3, "Zweitwunsch: AG 1", 2 persons): "können Sie
#        Erst- und Zweitwunsch tauschen? ... lieber zuerst in die Bildungs-AG" -> new order
#        AG 1, AG 3.  windows-1252 8bit Outlook.
_cd = T(2027, 2, 12, 11, 1)
mail("aslan-swap-first-second-choice", T(2027, 3, 6, 21, 30),
     ("Rojda Aslan", "rojda.aslan@kurdisches-zentrum-ms.example"),
     "AW: " + conf_de_subj("AG3"),
     Text(f"""
Hallo,

können Sie bei uns bitte Erst- und Zweitwunsch tauschen? Wir würden nach einem Gespräch im Vorstand doch lieber zuerst in die Bildungs-AG. Personen bleiben gleich.

Danke und schönen Abend
Rojda

-----Ursprüngliche Nachricht-----
Von: {MSO_NAME} <{MSO}>
Gesendet: {de_outlook(_cd)}
An: Rojda Aslan <rojda.aslan@kurdisches-zentrum-ms.example>
Betreff: {conf_de_subj("AG3")}

{_clean(conf_de("Rojda Aslan", "AG3", 2, "AG1"))}""", charset="windows-1252", cte="8bit"),
     E("change", "rojda.aslan@kurdisches-zentrum-ms.example", "Rojda Aslan", None, ["AG1", "AG3"], None, "de"),
     in_reply_to=conf_id(_cd, 2), hcs="windows-1252",
     extra=[("X-Mailer", "Microsoft Outlook 16.0")])

# 050 -- reply to the 1-day reminder (which quotes "Ihre Arbeitsgruppe: AG 2,
#        Personen: 1"): only thanks and "bis morgen".  Expect other.
_rd = T(2027, 3, 12, 10, 0)
mail("ahmadi-thanks-reminder", T(2027, 3, 12, 18, 20),
     ("Nasrin Ahmadi", "nasrin.ahmadi@web.example"),
     "Aw: Erinnerung: Morgen ist der Tag der Migrantenselbstorganisationen",
     Text(f"""
Danke für die Erinnerung, ich freue mich auf morgen!
Nasrin

Gesendet: {de_gmx(_rd)}
Von: "{MSO_NAME}" <{MSO}>
An: "Nasrin Ahmadi" <nasrin.ahmadi@web.example>
Betreff: Erinnerung: Morgen ist der Tag der Migrantenselbstorganisationen

Guten Tag Nasrin Ahmadi,

morgen ist es so weit: Wir freuen uns auf Sie beim Tag der
Migrantenselbstorganisationen 2027.

Beginn:          Samstag, 13. März 2027, 10:00 Uhr (Einlass ab 9:30 Uhr)
Ort:             Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Ihre Arbeitsgruppe: AG 2 – {TITLES["AG2"]}
Personen:        1

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.

Diese Nachricht wurde automatisch erstellt.
""", cte="quoted-printable"),
     E("other"),
     in_reply_to="<erinnerung-1d-0312-nahmadi@muenster.example>",
     extra=[("X-Mailer", "Webmailer Freemail 6.1")])


# ===========================================================================
# writing and validation
# ===========================================================================

EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.(org|com|net))$", re.I)
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-.]+)", re.I)
BARE_RE = re.compile(r"\b([a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:de|com|org|net|tr|ru|ua|fr|es|pl|eu|info|io))\b", re.I)


def files():
    out = {}
    expected = {}
    for i, (slug, date, raw, exp) in enumerate(MAILS, 1):
        name = f"{i:03d}-{slug}.eml"
        out[name] = raw
        expected[name] = exp
    exp_text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
    return out, exp_text


def check_hosts(text, where):
    text = re.sub(r"cid:[^\s\"'>]+", "", text)      # Content-ID references are not addresses
    for m in ADDR_RE.finditer(text):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_HOST.search(host):
            raise SystemExit(f"{where}: non-example address {m.group(0)}")
    for m in URL_RE.finditer(text):
        host = m.group(1).rstrip(".")
        if not EXAMPLE_HOST.search(host):
            raise SystemExit(f"{where}: non-example URL host {host}")
    for m in BARE_RE.finditer(text):
        raise SystemExit(f"{where}: bare non-example domain {m.group(0)}")


def validate(mails, expected):
    prev = None
    names = sorted(mails)
    if names != sorted(expected):
        raise SystemExit("expected.json and mails disagree")
    for name in names:
        raw = mails[name]
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            raise SystemExit(f"{name}: line ends are not CRLF")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                raise SystemExit(f"{name}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg.defects:
            raise SystemExit(f"{name}: defects {msg.defects}")
        for h, v in msg.items():
            if getattr(v, "defects", None):
                raise SystemExit(f"{name}: header {h} defects {v.defects}")
            check_hosts(str(v), f"{name} header {h}")
        check_hosts(raw.split(b"\r\n\r\n", 1)[0].decode("ascii"), f"{name} header block")
        date = email.utils.parsedate_to_datetime(msg["Date"])
        if prev is not None and date <= prev:
            raise SystemExit(f"{name}: Date does not rise")
        prev = date
        texts = 0
        for part in msg.walk():
            if part.defects:
                raise SystemExit(f"{name}: part defects {part.defects}")
            if part.is_multipart():
                continue
            payload = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    raise SystemExit(f"{name}: text part without charset")
                try:
                    text = payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    raise SystemExit(f"{name}: text part does not decode as {cs}: {e}")
                if text != part.get_content():
                    raise SystemExit(f"{name}: get_content differs from strict decode")
                check_hosts(text, f"{name} text")
                texts += 1
        if not texts:
            raise SystemExit(f"{name}: no text part")
        rec = expected[name]
        if set(rec) != {"kind", "email", "name", "organisation", "workgroups", "party_size", "language",
                        "bounced_recipient"}:
            raise SystemExit(f"{name}: record keys {sorted(rec)}")
        k = rec["kind"]
        if k not in KINDS:
            raise SystemExit(f"{name}: bad kind")
        if not isinstance(rec["workgroups"], list) or any(w not in WG_IDS for w in rec["workgroups"]) \
                or len(set(rec["workgroups"])) != len(rec["workgroups"]):
            raise SystemExit(f"{name}: bad workgroups")
        if k in ("registration", "change", "cancellation", "question"):
            if not rec["email"] or rec["email"] != rec["email"].lower() or not EXAMPLE_HOST.search(rec["email"].split("@")[1]):
                raise SystemExit(f"{name}: bad email")
            if rec["language"] not in LANGS:
                raise SystemExit(f"{name}: bad language")
            if not rec["name"]:
                raise SystemExit(f"{name}: no name")
        else:
            if any(rec[f] is not None for f in ("email", "name", "organisation", "language", "party_size")) \
                    or rec["workgroups"]:
                raise SystemExit(f"{name}: {k} must have null fields")
        if k == "registration":
            if not isinstance(rec["party_size"], int) or rec["party_size"] < 1:
                raise SystemExit(f"{name}: bad party_size")
        elif k == "change":
            if rec["party_size"] is not None and (not isinstance(rec["party_size"], int) or rec["party_size"] < 1):
                raise SystemExit(f"{name}: bad party_size")
            if rec["party_size"] is None and not rec["workgroups"]:
                raise SystemExit(f"{name}: change that changes nothing")
        elif rec["party_size"] is not None:
            raise SystemExit(f"{name}: party_size must be null")
        if k in ("question", "cancellation") and rec["workgroups"]:
            raise SystemExit(f"{name}: workgroups must be empty")
        if rec["bounced_recipient"] is not None and k != "bounce":
            raise SystemExit(f"{name}: bounced_recipient only for bounces")
    return True


def stats(mails, expected):
    kinds = Counter(r["kind"] for r in expected.values())
    langs = Counter(r["language"] for r in expected.values() if r["language"])
    charsets, ctes, types = Counter(), Counter(), Counter()
    for raw in mails.values():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets[part.get_content_charset()] += 1
            if not part.is_multipart():
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    print(f"mails: {len(mails)}")
    print("kinds:", dict(kinds))
    print("languages:", dict(langs))
    print("top-level types:", dict(types))
    print("text charsets (parts):", dict(charsets))
    print("transfer encodings (leaf parts):", dict(ctes))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    mails, exp_text = files()
    expected = json.loads(exp_text)
    validate(mails, expected)
    if a.stats:
        stats(mails, expected)
        return 0
    mdir = HERE / "mails"
    if a.check:
        bad = []
        on_disk = sorted(p.name for p in mdir.glob("*.eml")) if mdir.is_dir() else []
        if on_disk != sorted(mails):
            bad.append("mails/ file list")
        for name, raw in mails.items():
            p = mdir / name
            if not p.is_file() or p.read_bytes() != raw:
                bad.append(name)
        if not (HERE / "expected.json").is_file() or (HERE / "expected.json").read_text(encoding="utf-8") != exp_text:
            bad.append("expected.json")
        if bad:
            print("differs:", ", ".join(bad[:10]))
            return 1
        print(f"ok: {len(mails)} mails match")
        return 0
    mdir.mkdir(exist_ok=True)
    for p in mdir.glob("*.eml"):
        if p.name not in mails:
            p.unlink()
    for name, raw in mails.items():
        (mdir / name).write_bytes(raw)
    (HERE / "expected.json").write_text(exp_text, encoding="utf-8")
    # re-read from disk and validate again
    disk = {p.name: p.read_bytes() for p in mdir.glob("*.eml")}
    validate(disk, json.loads((HERE / "expected.json").read_text(encoding="utf-8")))
    print(f"wrote {len(mails)} mails and expected.json; validated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
