#!/usr/bin/env python3
"""Build the "final15a" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: mails full of numbers that are NOT workgroups or party sizes (phone
numbers, postcodes, house numbers, times, dates, bus lines, rooms and floors,
children's ages, founding years, register and invoice numbers, prices,
percentages, member counts, numbered lists, ordinals used for other things),
standing next to the numbers that are.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files and
then reads every file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, charset

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
"""

import argparse
import collections
import datetime
import email
import email.policy
import hashlib
import html
import json
import re
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
MSO_NAME = "Tag der Migrantenselbstorganisationen"
TO_MSO = f"{MSO_NAME} <{MSO}>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    """'Name <address>'; a non-ASCII name becomes encoded words in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird, Gmail and Apple Mail do in plain text."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    out, line = [], ""
    for word in value.split(" "):
        cand = f"{line} {word}" if line else word
        limit = width - (len(name) + 2 if not out else 1)
        if line and len(cand) > limit:
            out.append(line)
            line = word
        else:
            line = cand
    out.append(line)
    return "\n ".join(out)


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final15a/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message under construction
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []      # decoded content of each leaf, in walk order
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
        """Trace headers, then `pairs` in order.  ASCII values are stored verbatim
        (folded at spaces when long); others go through the policy (UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "mail.example"
            host = relay or "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(
                datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival}")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB8PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "mta":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nb}"

    def multi(self, subtype, parts, style="std", params=None):
        m = self.msg
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for p in parts:
            m.attach(p)
        return m

    def alternative(self, text, html_text, charset="utf-8", cte="quoted-printable",
                    style="std"):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, cte)]
        return self.multi("alternative", parts, style=style)

    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


def dsn_part(*blocks):
    part = MIMEPart(policy=POLICY)
    part["Content-Description"] = "Delivery report"
    part["Content-Type"] = "message/delivery-status"
    payload = []
    for block in blocks:
        b = Message(policy=POLICY)
        for name, value in block:
            b.set_raw(name, value)
        payload.append(b)
    part.set_payload(payload)
    return part


def rfc822_part(inner, description="Undelivered Message"):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    part["Content-Description"] = description
    return part


# ---------------------------------------------------------------------------
# texts the organisers sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_ID = "<einladung.mso2027.20270112140008@muenster.example>"
INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, dem 13. März 2027, findet von 10:00 bis 16:00 Uhr der Tag der
Migrantenselbstorganisationen im Stadtweinhaus (Prinzipalmarkt 8,
48143 Münster) statt. Dazu laden wir Sie herzlich ein.

Programm
09:30  Einlass und Kaffee
10:00  Begrüßung und Impulsvortrag
11:30  Austausch und Mittagsimbiss
13:00  Arbeitsgruppen
       I    Menschen mit Migrationsvorgeschichte im Bildungssystem
       II   Münsters Zukunftsprozess aus der Sicht der Menschen mit
            Migrationsvorgeschichte
       III  Förderungsmöglichkeiten und effektives Vereinsmanagement
15:15  Ergebnisse im Plenum
16:00  Ende

Anmeldung bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example mit
Name, Organisation, gewünschter Arbeitsgruppe und Zahl der Personen. Die
Teilnahme ist kostenfrei.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster
Tel. 0251 492-7058"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
AG_TITLE = {
    "AG1": "Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    """The confirmation the organisers' system sent after a registration."""
    wg = f"AG {ag[-1]} ({AG_TITLE[ag]})" if ag else "noch nicht gewählt"
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Wir haben Folgendes notiert:

Termin:        Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {wg}
Personen:      {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""


def organiser_message(to, subject, text, when, msgid, in_reply_to=None, generated=False):
    """A mail the organisers' system sent, as a whole message (for bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-generated" if generated else "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# client formats
# ---------------------------------------------------------------------------

def outlook_head(charset="windows-1252", lang="DE"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "en": ("From", "Sent", "To", "Subject"),
    "ru": ("От", "Отправлено", "Кому", "Тема"),
}


def outlook_html(text, quote=None, charset="windows-1252", lang="DE", labels="de"):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lf}:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(frm)} <br>\n"
                   f"<b>{ls}:</b> {esc(sent)}<br>\n"
                   f"<b>{lt}:</b> {esc(to)}<br>\n"
                   f"<b>{lsub}:</b> {esc(subj)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset, lang) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = OUTLOOK_LABELS[labels]
    return (f"{text}\n\n{lf}: {frm}\n{ls}: {sent}\n{lt}: {to}\n"
            f"{lsub}: {subj}\n\n{quoted}")


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution line, quoted text)."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attr, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += ('<br><div class="gmail_quote gmail_quote_container">'
                f'<div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                f"{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    """Webmail HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in arrival order; the numbers follow this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, note, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation mailing, minutes after it
# went out.  Full of numbers (dates, phone extension, room, floor).

@mail("wiechers-exchange-out-of-office", "2027-01-12 14:04:51",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Wiechers, Ralf" <r.wiechers@stadtteilbuero-suedost.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b7e51c2d9a84f6c8e1d3a2b@EXSRV02.stadtteilbuero-suedost.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.wiechers@stadtteilbuero-suedost.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin vom 11.01. bis einschließlich 24.01.2027 im Urlaub und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin
Frau Öztürk-Lange, Tel. 0251 492-7113, Raum 3.07 (3. Etage).

Mit freundlichen Grüßen
Ralf Wiechers
Stadtteilbüro Südost
""", charset="iso-8859-1", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (which lists I, II, III and
# 09:30/10:00/13:00...).  New text: founded 1983, 214 members, "das sechste
# Mal", "1. Vorsitzender", house number 46, postcode; but 2 persons, AG 2.

@mail("erguen-reply-quoting-invitation", "2027-01-12 17:22:40",
      E("registration", "n.erguen@tikv-bergfidel.example", "Nihat Ergün",
        "Türkisch-Islamischer Kulturverein Berg Fidel e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Nihat Ergün", "n.erguen@tikv-bergfidel.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5f2a9c1e-07d3-4b8e-a6f4-91c2e8b7d035@tikv-bergfidel.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Meza Correa-Flock,

danke für die Einladung, wir sind gern wieder dabei – für unseren Verein ist
es schon das sechste Mal beim MSO-Tag.

Unser Verein wurde 1983 gegründet und hat heute 214 Mitglieder, aber am
13. März kommen nur mein Stellvertreter Herr Orhan Demirel und ich, also
2 Personen. Wir möchten beide in die AG 2 (Zukunftsprozess), weil wir seit
letztem Jahr im Stadtteilbeirat Berg Fidel sitzen.

Falls Sie Rückfragen haben: mobil bin ich unter 0171 4 38 22 19
erreichbar, am besten nach 17 Uhr.

Mit freundlichen Grüßen
Nihat Ergün
1. Vorsitzender
Türkisch-Islamischer Kulturverein Berg Fidel e.V.
Hogenbergstraße 46 · 48153 Münster

Am 12.01.2027 um 14:00 schrieb {MSO_NAME}:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# English, Outlook multipart/alternative.  "Workshop 1 on education"; the
# other numbers: founded 2004, about 85 members, children aged 9 and 14,
# "after year 4".  Attends alone.

OWUSU = """Dear Madam or Sir,

Thank you for the invitation, which reached me through the Integrationsrat mailing list.

I would like to register for the MSO Day on 13 March 2027. My name is Abena Owusu and I am the secretary of the Ghana Union Münster, which was founded in 2004 and today has about 85 registered members (not all of them active, unfortunately!).

I am interested in Workshop 1 on education. Two of my children are in the German school system (they are 9 and 14), and in our union we get a lot of questions from parents about the secondary school recommendation after year 4.

It will be only me attending.

Kind regards,
Abena Owusu
Secretary, Ghana Union Münster
Mobile: +49 152 0938 4471"""


@mail("owusu-english-workshop-1", "2027-01-13 09:05:17",
      E("registration", "abena.owusu@ghana-union-ms.example", "Abena Owusu",
        "Ghana Union Münster", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@ghana-union-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day 13 March"),
           ("Thread-Topic", "Registration MSO Day 13 March"),
           ("Thread-Index", "AdtlrQ3xYb0z8n1VQd2m6J4kTqWc5w=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR03MB6612E0A47C91B2D3F4A5B6C7D8E9@DB8PR03MB6612.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU, outlook_html(OWUSU, lang="EN-GB"), charset="windows-1252",
                  style="outlook")


# -- 004 ---------------------------------------------------------------------
# Turkish from an iPhone, iso-8859-9.  "2. çalışma grubu" is the workgroup
# and "2 kişi" the party; children aged 4 and 7 stay with grandmother, 2019,
# 10 o'clock, 9:30.  A small question does not make it a question.

@mail("sahin-turkish-iphone", "2027-01-14 21:48:02",
      E("registration", "derya.sahin@mail.example", "Derya Şahin", None,
        ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Derya Şahin", "derya.sahin@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO günü kayıt", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<8C41D0E2-5A7B-4F93-B1E6-2D9C0F8A7B34@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

MSO gününe eşimle birlikte kayıt olmak istiyoruz, yani toplam 2 kişi.
2. çalışma grubuna (Münster'in geleceği) katılmak istiyoruz. Ben 2019'dan beri mahallemizde gönüllü olarak çalışıyorum, bu konu bizim için çok önemli.

Çocuklarımız 4 ve 7 yaşında, o gün babaannelerinde kalacaklar.

Program saat 10'da başlıyor, değil mi? Biz 9:30 gibi orada oluruz.

Selamlar
Derya Şahin
0176 2290 5173

iPhone'umdan gönderildi""", charset="iso-8859-9", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (rtl), base64.  Founded 2016, 45
# members, "first application", phone, house number 26 - but the party is
# "with one colleague, i.e. two persons" and the group "the third".

HASSAN = """السلام عليكم،

أود تسجيل مشاركتي في يوم منظمات المهاجرين يوم السبت 13 آذار/مارس 2027.

الاسم: رنا الحسن
الجمعية: جمعية الياسمين للثقافة العربية في مونستر
تأسست جمعيتنا عام 2016 ويبلغ عدد أعضائها اليوم 45 عضواً.

سأحضر مع زميلة واحدة من الهيئة الإدارية، أي شخصان.
نرغب في المشاركة في مجموعة العمل الثالثة (إمكانيات التمويل وإدارة الجمعيات)، لأننا نخطط لتقديم أول طلب دعم لدى البلدية هذا العام.

رقم الهاتف: 0157 3318 2046
العنوان: Hafenweg 26, 48155 Münster

مع الشكر والتقدير
رنا الحسن"""


@mail("alhassan-arabic-gmail", "2027-01-15 11:30:44",
      E("registration", "rana.alhassan@mail.example", "رنا الحسن",
        "جمعية الياسمين للثقافة العربية في مونستر", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rana Al-Hassan <rana.alhassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل - يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJx8Qm2rT5vN0pW7kE3fYd9uH1sL4gB6aZcR8oXn2tV5yMq0@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HASSAN, gmail_html(HASSAN, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# Learner German from webmail.  34 years, since 2015, course B2 module 3,
# 3 children aged 8, 10 and 13 - the group is "über Schule", he comes alone.
# No organisation ("noch nicht in ein Verein").

@mail("khalil-learner-german-schule", "2027-01-16 19:12:09",
      E("registration", "omar.khalil@mail.example", "Omar Khalil", None,
        ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Omar Khalil <omar.khalil@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4e2b9d71-c0a8-4f35-9e16-7b3d5a0c8f21-1768587129004@3c-app-mailcom-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heiße Omar Khalil, ich bin 34 Jahre alt und ich wohne seit 2015 in Münster Kinderhaus. Jetzt ich mache Deutschkurs B2, Modul 3, bei der VHS.

Ich möchte gerne kommen zu Tag von Migranten Organisation am 13.3. Ich interessiere mich für die Arbeitsgruppe über Schule, weil ich habe 3 Kinder in der Schule (8, 10 und 13 Jahre) und für uns Eltern ist das System sehr kompliziert.

Ich komme alleine. Ich bin noch nicht in ein Verein aber vielleicht später.

Vielen Dank
Omar Khalil
Tel 0163 7720194
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, windows-1251, 8bit.  Registered 2003, VR 4127, 60 members,
# "2 applications", office hours 9-13 - the party is "втроём" (three) and
# the group is "рабочую группу III".

@mail("morozova-russian-cp1251", "2027-01-18 10:40:26",
      E("registration", "n.morozova@russkij-dom-ms.example", "Наталья Морозова",
        "Русский дом Мюнстер", ["AG3"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Наталья Морозова", "n.morozova@russkij-dom-ms.example",
                         "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768729226.482913.77120@webmail.russkij-dom-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Наталья Морозова, я председатель общества «Русский дом Мюнстер» (зарегистрировано в 2003 году, VR 4127). У нас 60 членов, но на День организаций мигрантов придём втроём: я и две коллеги из правления.

Мы хотели бы записаться в рабочую группу III (о финансировании и управлении объединением). В прошлом году мы подавали 2 заявки на финансирование, и обе отклонили, так что тема для нас очень актуальна.

Контактный телефон: 0251 / 61 44 93 (по будням с 9 до 13 часов).

С уважением,
Наталья Морозова
""", charset="windows-1251", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Polish, Thunderbird.  40 children in "4 grupach wiekowych" (4 age groups),
# 5 to 14 years, 9:00-12:30, house number 12, "sala 3", 12:45 - the
# workgroup is named by its German title, she comes alone.

@mail("nowak-polish-saturday-school", "2027-01-19 08:50:33",
      E("registration", "agnieszka.nowak@polska-szkola-ms.example", "Agnieszka Nowak",
        "Polska Szkoła Sobotnia Münster", ["AG1"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Nowak", "agnieszka.nowak@polska-szkola-ms.example")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie – Dzień Organizacji Migranckich 13.03", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<a3d8e1f0-62c4-4b9a-8f17-5e0c2b7d9a46@polska-szkola-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałabym zgłosić swój udział w Dniu Organizacji Migranckich 13 marca.

Jestem nauczycielką w Polskiej Szkole Sobotniej w Münster. Uczymy obecnie
40 dzieci w 4 grupach wiekowych (od 5 do 14 lat), zajęcia odbywają się
w soboty od 9:00 do 12:30 w budynku przy Gievenbecker Weg 12 (sala 3).

Najbardziej interesuje mnie grupa robocza o edukacji – „Menschen mit
Migrationsvorgeschichte im Bildungssystem”.

Przyjdę sama, ale dopiero ok. 12:45, bo rano mam lekcje. Mam nadzieję,
że to nie problem.

Pozdrawiam serdecznie
Agnieszka Nowak
Polska Szkoła Sobotnia Münster
tel. 0176 8812 3390
""", charset="utf-8", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Question before registering: a numbered list of two questions, 150
# members, "8 bis 10 Leute", "1. Stock", "über 75", bus line 14.  Nobody is
# registered yet.

@mail("gebremariam-question-numbered", "2027-01-20 14:05:58",
      E("question", "t.gebremariam@eritreischer-kv.example", "Tesfalem Gebremariam",
        "Eritreischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Tesfalem Gebremariam <t.gebremariam@eritreischer-kv.example>"),
           ("To", MSO),
           ("Subject", "Fragen vor der Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270120140558.3d9a1f@eritreischer-kv.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir sind der Eritreische Kulturverein Münster e.V. mit aktuell 150 Mitgliedern. Bevor ich uns anmelde, zwei Fragen:

1. Gibt es eine Höchstzahl an Teilnehmenden pro Verein? Bei uns würden vielleicht 8 bis 10 Leute kommen wollen.
2. Ist der Saal im Stadtweinhaus im 1. Stock, und gibt es einen Aufzug? Zwei unserer älteren Mitglieder (beide über 75) können keine Treppen steigen.

Wir würden dann mit dem Bus kommen, Linie 14 bis Prinzipalmarkt.

Vielen Dank im Voraus
Tesfalem Gebremariam
Eritreischer Kulturverein Münster e.V.
Tel. 0251 / 87 93 402
""", charset="iso-8859-1", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Ukrainian, Gmail, a numbered form: item "4." is the workgroup line (the
# group is Zukunftsprozess = AG2), item "3." carries the party (2).

BONDARENKO = """Добрий день!

Надсилаю реєстрацію на День мігрантських організацій:

1. Ім'я та прізвище: Олена Бондаренко
2. Організація: Українська недільна школа «Калина» e.V.
3. Кількість осіб: 2 (я і моя колега Ірина Ткач)
4. Робоча група: Zukunftsprozess (Münsters Zukunft)
5. Телефон: +49 160 4410 275
6. Харчування: вегетаріанське для обох

Дякую!
З повагою,
Олена Бондаренко"""


@mail("bondarenko-ukrainian-numbered-form", "2027-01-21 18:30:12",
      E("registration", "olena.bondarenko@mail.example", "Олена Бондаренко",
        "Українська недільна школа «Калина» e.V.", ["AG2"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Бондаренко", "olena.bondarenko@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація – 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF4nV7qW2xR9tB1mK6eJ3hY8pD0sL5gU2cA7zN4oI1vT9wQe6@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BONDARENKO, gmail_html(BONDARENKO), charset="utf-8", cte="base64",
                  style="gmail")


# -- 011 ---------------------------------------------------------------------
# Outlook multipart/alternative from a youth migration service.  First
# choice Arbeitsgruppe 1, else 3; the rest is room 2.14, 2. OG, office hours
# 9-12 / 14-17, ages 12 to 27, house number 10, phone extensions.

VOLLMER = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Ich würde gern an der Arbeitsgruppe 1 teilnehmen; falls diese bereits voll ist, alternativ an der Arbeitsgruppe 3.

Zur Info: Unser Büro ist im Januar umgezogen. Sie finden uns jetzt in der Von-Steuben-Straße 10, 2. OG, Raum 2.14. Offene Sprechstunde ist dienstags von 9 bis 12 Uhr und donnerstags von 14 bis 17 Uhr – gern können Sie das an Vereine weitergeben, die Jugendliche zwischen 12 und 27 Jahren begleiten.

Mit freundlichen Grüßen

Katharina Vollmer
Sozialpädagogin (B.A.)
Jugendmigrationsdienst Münster
Von-Steuben-Straße 10 | 48143 Münster
Tel. 0251 53009-214 | Fax 0251 53009-299"""


@mail("vollmer-outlook-ag1-else-ag3", "2027-01-22 11:15:40",
      E("registration", "k.vollmer@jmd-muenster.example", "Katharina Vollmer",
        "Jugendmigrationsdienst Münster", ["AG1", "AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Vollmer, Katharina" <k.vollmer@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 13.03.2027"),
           ("Thread-Index", "AdtsqF1Kp0RjXw2QS9mE4b7vYc3nHg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1544A07B3C9D1E2F3A4B5C6D7E8F@FR2P281MB1544.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VOLLMER, outlook_html(VOLLMER), charset="windows-1252", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Farsi with Persian digits: "۳ نفر" is the party, "گروه کاری دوم" (the
# second workgroup) the group; bus line ۱۱, ۹:۴۵, solar year ۱۳۹۰ (۲۰۱۱),
# a phone number in Persian digits.  Plain UTF-8, base64 (Android).

@mail("jafari-farsi-persian-digits", "2027-01-23 20:40:19",
      E("registration", "maryam.jafari@mail.example", "مریم جعفری",
        "انجمن فرهنگی ایرانیان مونستر", ["AG2"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Jafari <maryam.jafari@mail.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز سازمان‌های مهاجران", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<b91e4a70-3c2d-4f85-a6e1-0d7c9b2f5e83@mail.example>"),
           ("User-Agent", "Android Mail/2026.11.3"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من مریم جعفری هستم از انجمن فرهنگی ایرانیان مونستر. می‌خواهیم برای روز سازمان‌های مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنیم.

ما ۳ نفر هستیم: خودم، همسرم و خواهرم. هر سه نفر در گروه کاری دوم (آینده شهر مونستر) شرکت می‌کنیم.

ما با اتوبوس خط ۱۱ می‌آییم و حدود ساعت ۹:۴۵ می‌رسیم.
انجمن ما از سال ۱۳۹۰ (۲۰۱۱) فعال است.

با تشکر
مریم جعفری
تلفن: ۰۱۷۵ ۶۶۲ ۴۰۹۸
""", charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# French, iso-8859-15.  "l'atelier n° 3" is the group, "Nous serons deux"
# the party; RE 7 at 10h12, founded 2009, about 70 members.

@mail("mbuyi-french-atelier-3", "2027-01-25 13:00:05",
      E("registration", "jp.mbuyi@congolais-muenster.example", "Jean-Pierre Mbuyi",
        "Association des Congolais de Münster et environs", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Pierre Mbuyi <jp.mbuyi@congolais-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Inscription à la journée du 13 mars", "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<20270125120005.GA28814@congolais-muenster.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame, Monsieur,

Je souhaite inscrire notre association à la Journée des organisations de
migrants du 13 mars 2027.

Nous serons deux : moi-même et notre trésorier, M. Patrick Ilunga. Nous
aimerions participer à l'atelier n° 3 sur les possibilités de financement
et la gestion associative - c'est d'ailleurs notre trésorier qui tient
le plus à y aller !

Petite précision : notre train depuis Hamm arrive à 10h12 (RE 7), nous
risquons donc d'avoir quelques minutes de retard pour l'ouverture.

Notre association a été fondée en 2009 et compte environ 70 adhérents,
surtout des familles de la région (Münster, Hamm, Warendorf).

Cordialement,
Jean-Pierre Mbuyi
Président
Association des Congolais de Münster et environs
""", charset="iso-8859-15", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Spanish, windows-1252, Thunderbird.  "Seremos 4 personas"; education
# first, "el del proceso de futuro de Münster" second; 1998, 120 members,
# Grevener Straße 31, "2º piso".

@mail("fernandez-spanish-first-second", "2027-01-26 17:55:31",
      E("registration", "lucia.fernandez@puente-ms.example", "Lucía Fernández Ortega",
        'Asociación Latinoamericana "Puente" Münster', ["AG1", "AG2"], 4, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@puente-ms.example",
                         "windows-1252")),
           ("To", MSO),
           ("Subject", ew("Inscripción Día de las Organizaciones de Migrantes", "windows-1252")),
           ("Date", m.date),
           ("Message-ID", "<7c0e3b95-d4a1-4e62-9f08-2a6b1d8c4e57@puente-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Hola:

Les escribo de parte de la Asociación Latinoamericana "Puente" Münster. Quisiéramos inscribirnos para el Día de las Organizaciones de Migrantes del 13 de marzo.

Seremos 4 personas (yo, dos compañeras de la junta directiva y un voluntario).
Nos interesa sobre todo el grupo de trabajo sobre educación (Bildungssystem); como segunda opción, el del proceso de futuro de Münster.

La asociación existe desde 1998 y hoy tenemos unos 120 socios, pero la mayoría trabaja los sábados.

Nuestra dirección: Grevener Straße 31, 2º piso, 48149 Münster.

Un saludo cordial,
Lucía Fernández Ortega
Coordinadora
""", charset="windows-1252", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation to a registrant (not in
# this set) could not be delivered, 550 5.1.1.  The returned confirmation
# names AG 2 and "Personen: 3".

@mail("postfix-bounce-user-unknown", "2027-01-27 09:14:22",
      E("bounce", bounced="s.korkmaz@kulturbruecke-ms.example"), "en")
def _(m):
    rcpt = "s.korkmaz@kulturbruecke-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270127081422.5B7E2A0C31@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.kulturbruecke-ms.example[198.51.100.47]
    said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "5B7E2A0C31"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 27 Jan 2027 09:14:19 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx1.kulturbruecke-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = organiser_message(
        f"Selami Korkmaz <{rcpt}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Korkmaz", "AG2", 3),
        "Wed, 27 Jan 2027 09:14:18 +0100", "<mailbot.20270127091418.7c2e@muenster.example>",
        "<e61d0b3a-9f47-4c28-b5a2-13c8e7f0d964@mail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="mta",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# Apple Mail, no workgroup: "entscheiden wir lieber spontan vor Ort".
# Party: she and two colleagues, "insgesamt 3 Personen"; bus line 6,
# 9:45, house number 37.

SEVGI = """Hallo liebes Team vom KI,

hiermit melde ich mich und zwei Kolleginnen aus unserem Elterncafé verbindlich für den 13. März an – also insgesamt 3 Personen.

In welche Arbeitsgruppe wir gehen, entscheiden wir lieber spontan vor Ort, wenn wir den Impulsvortrag gehört haben. Ist das okay?

Wir kommen mit der Linie 6 aus Coerde und sind wahrscheinlich schon ab 9:45 da. Falls ihr beim Aufbau Hilfe braucht, sagt gern Bescheid.

Viele Grüße
Sevgi Korkut-Berger
Elterncafé Coerde
Hamannplatz 37, 48157 Münster"""


@mail("korkut-berger-no-workgroup-apple", "2027-01-28 08:20:47",
      E("registration", "sevgi.korkut-berger@elterncafe-coerde.example", "Sevgi Korkut-Berger",
        "Elterncafé Coerde", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Sevgi Korkut-Berger <sevgi.korkut-berger@elterncafe-coerde.example>"),
           ("Subject", "Anmeldung Elterncafé Coerde"),
           ("Message-Id", "<6D2F8A14-0B3E-4C97-A5D1-E8F27C3B9A60@elterncafe-coerde.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(SEVGI, apple_html(SEVGI), charset="utf-8", style="apple")


# -- 017 ---------------------------------------------------------------------
# English, Gmail, a numbered list of unrelated points: point 2 is the
# funding workshop (AG3), point 3 the party (two), "third year" and point 4
# a question about a certificate.

MOYO = """Hi there,

Thanks for organising this again. A few points from my side:

1. Please register me for the MSO Day on 13 March.
2. We would like to join the workshop on funding and association management. We're only in our third year as a registered association and still do all the bookkeeping on paper...
3. I'll bring one colleague from the association, Farai Chikwanha, so we are two in total.
4. Is it possible to get a certificate of attendance? One of our funders asks for it.

Best,
Tendai Moyo
Chair, Zimbabwean Community Association Münsterland
+49 1590 118 7422"""


@mail("moyo-english-numbered-points", "2027-01-29 14:10:36",
      E("registration", "tendai.moyo@zca-muensterland.example", "Tendai Moyo",
        "Zimbabwean Community Association Münsterland", ["AG3"], 2, "en"), "en")
def _(m):
    m.head(("From", "Tendai Moyo <tendai.moyo@zca-muensterland.example>"),
           ("To", MSO),
           ("Subject", "MSO Day registration"),
           ("Date", m.date),
           ("Message-ID", "<CAO3kZ9rL7pQ1vX5mB8nT2wE6yH0dF4jS9uC3aG7iK1oR5tVx2@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOYO, gmail_html(MOYO), charset="utf-8", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Turkish, Outlook HTML only, iso-8859-9.  Founded 1979, more than 300
# members, 2035 goals - 3 persons from the board, "II. çalışma grubu".

YUCEL = """Sayın Yetkili,

Münster Türk Toplumu Derneği olarak 13 Mart'taki MSO Günü'ne katılmak istiyoruz. Derneğimiz 1979'da kuruldu ve bugün 300'den fazla üyemiz var; ancak toplantıya yönetim kurulundan yalnızca 3 kişi gelecek: ben, Hatice Polat Hanım ve Murat Keskin Bey.

Üçümüz de II. çalışma grubuna (Münsters Zukunftsprozess) katılmak istiyoruz. Şehrin 2035 hedefleri konuşulurken göçmenlerin sesinin de duyulmasını istiyoruz.

Saygılarımla,
Serkan Yücel
Yönetim Kurulu Başkanı
Münster Türk Toplumu Derneği e.V.
Tel: 0251 / 20 77 81 - Faks: 0251 / 20 77 82"""


@mail("yucel-turkish-outlook-roman-ii", "2027-02-01 10:25:03",
      E("registration", "serkan.yucel@mttd-muenster.example", "Serkan Yücel",
        "Münster Türk Toplumu Derneği e.V.", ["AG2"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serkan Yücel", "serkan.yucel@mttd-muenster.example", "iso-8859-9")),
           ("To", TO_MSO),
           ("Subject", ew("MSO Günü 13 Mart - Katılım", "iso-8859-9")),
           ("Thread-Topic", ew("MSO Günü 13 Mart - Katılım", "iso-8859-9")),
           ("Thread-Index", "Adt0aB7mXk2LpQz9S4eN1vR8cJ3wYg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB7391B2C4D6E8F0A1B3C5D7E9F1A3@AS8PR10MB7391.EURPRD10.PROD.OUTLOOK.example>"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(YUCEL, charset="iso-8859-9", lang="TR"), subtype="html",
             charset="iso-8859-9", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Change (AG 1 -> Arbeitsgruppe 3), Outlook multipart/alternative quoting the
# confirmation (AG 1, 1 person) below a Von/Gesendet block.  The new text
# also has 15.03., a file number "Az. 51.2-2027/017" and a phone extension.

VOLLMER_CHANGE = """Guten Tag,

ich muss meine Anmeldung leider ändern: Bitte tragen Sie mich statt in die AG 1 in die Arbeitsgruppe 3 ein. Hintergrund ist, dass wir am 15.03. ein Gespräch mit einer Stiftung zu unserem Antrag (Az. 51.2-2027/017) haben und ich mich dafür gern vorbereiten möchte.

Vielen Dank und freundliche Grüße
Katharina Vollmer
Jugendmigrationsdienst Münster
Tel. 0251 53009-214"""


@mail("vollmer-change-to-ag3-outlook", "2027-02-02 08:40:15",
      E("change", "k.vollmer@jmd-muenster.example", "Katharina Vollmer",
        "Jugendmigrationsdienst Münster", ["AG3"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270122111932.4b1f@muenster.example>"
    m.head(("From", '"Vollmer, Katharina" <k.vollmer@jmd-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbbLd2v0c7Rz1uWk2xJ9mQ5pE3tAGrV8Kd"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB15443C8D2E0F1A9B7C6D5E4F3A2B@FR2P281MB1544.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{MSO_NAME} <{MSO}>", "Freitag, 22. Januar 2027 11:19",
             "Vollmer, Katharina <k.vollmer@jmd-muenster.example>", CONFIRMATION_SUBJECT,
             confirmation("Frau Vollmer", "AG1", 1))
    m.alternative(outlook_plain(VOLLMER_CHANGE, quote), outlook_html(VOLLMER_CHANGE, quote),
                  charset="windows-1252", style="outlook")


# -- 020 ---------------------------------------------------------------------
# The association's office registers its treasurer, who comes alone and is
# to get the confirmation at her own address.  Signature: founded 1996,
# about 140 members, VR 2871, tax number, house number 44.

AFGHAN = """Sehr geehrte Damen und Herren,

der Afghanische Kulturverein Münster e.V. meldet hiermit eine Person zum Tag der Migrantenselbstorganisationen am 13. März 2027 an:

Frau Mahbuba Noori, Schatzmeisterin

Frau Noori möchte an der Arbeitsgruppe „Förderungsmöglichkeiten und effektives Vereinsmanagement“ teilnehmen. Die Bestätigung senden Sie bitte direkt an sie: m.noori@afghan-kv-muenster.example

Mit freundlichen Grüßen
i. A. Jawad Sultani
Geschäftsstelle

Afghanischer Kulturverein Münster e.V.
Gegründet 1996 · ca. 140 Mitglieder
Amtsgericht Münster VR 2871 · Steuernr. 337/5912/0461
Bremer Platz 44 · 48155 Münster"""


@mail("afghan-kv-registers-treasurer", "2027-02-03 11:50:28",
      E("registration", "m.noori@afghan-kv-muenster.example", "Mahbuba Noori",
        "Afghanischer Kulturverein Münster e.V.", ["AG3"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Geschäftsstelle Afghanischer Kulturverein",
                         "geschaeftsstelle@afghan-kv-muenster.example", "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Frau Noori - MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<000c01db7630$5e8a1f20$1b9e5d60$@afghan-kv-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(AFGHAN, outlook_html(AFGHAN), charset="windows-1252", style="outlook")


# -- 021 ---------------------------------------------------------------------
# Learner German (Syrian), from a phone.  6 years, 13.03.2027, a mobile
# number, "Marktallee 41, 1. Etage" - "mit meine Frau, wir sind 2 Personen"
# and "Gruppe 2 über die Zukunft von Münster".

@mail("alrifai-learner-german-gruppe-2", "2027-02-04 20:15:55",
      E("registration", "ahmad.alrifai@mail.example", "Ahmad Al-Rifai",
        "Brücke der Kulturen Münster", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Ahmad Alrifai <ahmad.alrifai@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 13.03"),
           ("Date", m.date),
           ("Message-ID", "<CAH9wR4tY1mP6vQ2xN8kB3eL7sJ0dG5fU9cZ2aT6oW1nE4rMy8@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich bin Ahmad Al-Rifai, ich komme aus Syrien (Aleppo) und lebe seit 6 Jahren in Münster. Ich bin im Vorstand von Verein "Brücke der Kulturen Münster".

Ich möchte mich anmelden für 13.03.2027 mit meine Frau, wir sind 2 Personen. Wir möchten in die Gruppe 2 über die Zukunft von Münster, weil wir wohnen in Hiltrup und dort gibt es viele neue Projekte.

Meine Handynummer ist 0152 5549 8812. Unser Vereinsraum ist in Hiltrup, Marktallee 41, 1. Etage.

Mit freundliche Grüße
Ahmad Al-Rifai
""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Question, English, plain ASCII: fee? (15 euros last year elsewhere), one
# or all "3 workshops"?  About 200 families, not an association.

@mail("venkatesan-english-question-fee", "2027-02-05 12:30:08",
      E("question", "priya.venkatesan@mail.example", "Priya Venkatesan", None,
        [], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Venkatesan <priya.venkatesan@mail.example>"),
           ("To", MSO),
           ("Subject", "Question about the MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<1770291008.93121.YahooMailAndroidMobile@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I saw the flyer for the MSO Day at the Stadtbuecherei. Two quick questions
before I sign up:

- Is there a fee? Last year a friend of mine paid 15 euros for a similar
  event at the town hall, so I'm not sure.
- Do I have to register separately for each of the 3 workshops, or do I
  pick just one?

I run a WhatsApp group for around 200 Indian families in Muenster, but it
is not a registered association (yet).

Thanks a lot,
Priya Venkatesan
""", charset="us-ascii", cte="7bit")


# -- 023 ---------------------------------------------------------------------
# Russian from the association's shared mailbox with his own Reply-To.  No
# workgroup ("определюсь на месте"), alone although "больше 90 человек";
# "на первом этаже", house number 3.

@mail("schmidt-russian-shared-mailbox-no-group", "2027-02-06 09:05:41",
      E("registration", "v.schmidt@heimat-ms.example", "Виктор Шмидт",
        "Integrationsverein Heimat e.V.", [], 1, "ru"), "ru")
def _(m):
    m.head(("From", '"Integrationsverein Heimat e.V." <info@heimat-ms.example>'),
           ("Reply-To", addr("Виктор Шмидт", "v.schmidt@heimat-ms.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация, МСО-день 13.03", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270206090541.71d3e@heimat-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день,

пишу с общего ящика нашего объединения, поэтому ответ, пожалуйста, присылайте на мой личный адрес (он стоит в поле «Ответить»).

Регистрирую себя на 13 марта. Приду один, хотя в объединении у нас больше 90 человек - остальные, к сожалению, по субботам работают.

В какую рабочую группу пойду, ещё не решил, определюсь на месте после пленарной части. Кстати, пленарная часть будет на первом этаже?

С уважением,
Виктор Шмидт
Integrationsverein Heimat e.V.
Sprickmannstraße 3, 48159 Münster
тел. 0251 / 21 40 87
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# HTML only (webmail), iso-8859-15 with the euro sign.  "Workshop 1 (Bildung)"
# and "allein"; invoice number, Kassenzeichen, 15,00 EUR, 25 EUR, a member
# number of the umbrella association.  A registration with a question.

TRAN = """Guten Tag,

ich möchte mich gern für den MSO-Tag anmelden, und zwar für Workshop 1 (Bildung). Ich komme allein.

Eine kurze Frage noch: Letztes Jahr haben wir für eine ähnliche Veranstaltung 15,00 € überwiesen (Rechnung Nr. 2026-0413, Kassenzeichen 5300.0771.4419). Muss ich dieses Mal wieder etwas bezahlen? In der Einladung steht, dass die Teilnahme kostenfrei ist, ich will nur sichergehen.

Unser Verein erstattet Auslagen bis 25 € pro Person, deshalb bräuchte ich ggf. eine Quittung.

Freundliche Grüße
Thi Lan Tran
Vietnamesischer Kulturverein Münster e.V.
Mitglieds-Nr. im Paritätischen NRW: 04-1187"""


@mail("tran-html-only-invoice-question", "2027-02-08 16:45:12",
      E("registration", "thilan.tran@vkv-muenster.example", "Thi Lan Tran",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Thi Lan Tran <thilan.tran@vkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Frage Teilnahmegebühr"),
           ("Date", m.date),
           ("Message-ID", "<1770565512.2291.webmail@vkv-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v8.21.4"),
           ("MIME-Version", "1.0"))
    m.single(div_html(TRAN), subtype="html", charset="iso-8859-15", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Cancellation, Polish, Thunderbird reply quoting the confirmation (AG 1,
# 1 person).  "wychowawczyni 2. grupy" is her school class, not a workgroup.

@mail("nowak-cancel-polish", "2027-02-09 07:30:54",
      E("cancellation", "agnieszka.nowak@polska-szkola-ms.example", "Agnieszka Nowak",
        None, [], None, "pl"), "pl")
def _(m):
    conf_id = "<mailbot.20270119085310.2e6a@muenster.example>"
    m.head(("From", addr("Agnieszka Nowak", "agnieszka.nowak@polska-szkola-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f02c7d19-8b3e-4a65-91d4-6e7a0c5b2f38@polska-szkola-ms.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

niestety muszę odwołać swój udział. Dyrekcja przesunęła zebranie
z rodzicami na sobotę 13.03, godz. 11:00, a jako wychowawczyni 2. grupy
muszę tam być.

Przepraszam za kłopot i pozdrawiam
Agnieszka Nowak

W dniu 19.01.2027 o 08:53, {MSO_NAME} pisze:
{gt_quote(confirmation("Frau Nowak", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Ukrainian from a phone, base64.  "п'ятеро" (five) is the party; 13:00,
# March 2022, 23 members; the group by topic words plus "третя група".

@mail("kravchuk-ukrainian-five-persons", "2027-02-10 15:55:20",
      E("registration", "halyna.kravchuk@mail.example", "Галина Кравчук",
        "Ініціатива «Разом» Münster", ["AG3"], 5, "uk"), "uk")
def _(m):
    m.head(("From", addr("Галина Кравчук", "halyna.kravchuk@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Реєстрація на 13 березня", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN2fT8vB5kW1rZ7xM3qE9yJ4pD6sH0gL2uC8aV5oI3nR7tQw1@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Хочу зареєструвати нашу ініціативу «Разом» на 13 березня. Нас буде п'ятеро: я і ще четверо волонтерок. Одна з них, Оксана, прийде тільки після обіду, бо до 13:00 працює.

Нас цікавить фінансування і як правильно вести справи об'єднання (третя група). Ми існуємо з березня 2022 року, зараз у нас 23 активні учасниці, але ми ще не зареєстроване товариство (e.V.), тому ця тема для нас дуже важлива.

Дякую!
Галина Кравчук
Ініціатива «Разом» Münster
+49 157 3620 1184

Надіслано з мого телефону
""", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Other: a neighbourhood centre's newsletter, a numbered list of dates,
# rooms, ages and prices; it mentions the MSO-Tag and its address in passing.

NEWSLETTER = """Newsletter Stadtteilzentrum Kinderhaus - Februar 2027 (Nr. 2/2027)

Liebe Nachbarinnen und Nachbarn, liebe Partnerorganisationen,

hier unsere Termine für die nächsten Wochen:

1. Sprachcafé: jeden Dienstag 15:00-17:00 Uhr, Raum 1 (EG)
2. Hausaufgabenhilfe für Kinder von 6 bis 12 Jahren: Mo-Do ab 14 Uhr, Raum 3 (1. OG)
3. Nähwerkstatt: Samstag, 27.02., 10-14 Uhr, Kosten 5 € inkl. Material
4. Beratung zu Kindergeld und Bildungspaket: 2. und 4. Mittwoch im Monat, 9:30-12:00 Uhr

Außerdem weisen wir auf den Tag der Migrantenselbstorganisationen am 13. März im Stadtweinhaus hin. Anmeldung bis zum 6. März an mso-tag@muenster.example.

Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler steht (412 Empfänger*innen). Abmelden: https://stz-kinderhaus.example/newsletter/abmelden

Stadtteilzentrum Kinderhaus · Idenbrockplatz 8 · 48159 Münster · Tel. 0251 21 12 34"""


@mail("stz-kinderhaus-newsletter", "2027-02-11 06:00:02",
      E("other"), "de")
def _(m):
    m.head(("From", "Stadtteilzentrum Kinderhaus <newsletter@stz-kinderhaus.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Newsletter Februar 2027: Sprachcafé, Nähwerkstatt, MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<newsletter-2027-02.412.0117@stz-kinderhaus.example>"),
           ("List-Id", "Newsletter Stadtteilzentrum Kinderhaus <newsletter.stz-kinderhaus.example>"),
           ("List-Unsubscribe", "<https://stz-kinderhaus.example/newsletter/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER, div_html(NEWSLETTER), charset="utf-8")


# -- 028 ---------------------------------------------------------------------
# Apple Mail.  "zum ersten Mal", "im dritten Jahr im Vorstand" - and "die
# zweite AG, also die zum Zukunftsprozess"; alone.

TAVARES = """Liebes Team,

ich bin dieses Jahr zum ersten Mal beim MSO-Tag dabei, obwohl ich schon im dritten Jahr im Vorstand unseres Vereins bin – bisher hat es terminlich nie gepasst.

Ich würde gern in die zweite AG, also die zum Zukunftsprozess.

Kommen werde ich allein. Ich bin mit Rollator unterwegs und bräuchte deshalb einen Platz, der nicht ganz hinten ist – danke!

Herzliche Grüße aus Gievenbeck
Ingrid Tavares
Deutsch-Portugiesischer Freundeskreis Münster e.V."""


@mail("tavares-die-zweite-ag-apple", "2027-02-12 10:10:39",
      E("registration", "ingrid.tavares@mail.example", "Ingrid Tavares",
        "Deutsch-Portugiesischer Freundeskreis Münster e.V.", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ingrid Tavares <ingrid.tavares@mail.example>"),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Message-Id", "<9E3B7C21-4D8A-4F60-B2E5-1A7C9D0F3E86@mail.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(TAVARES, apple_html(TAVARES), charset="utf-8", style="apple")


# -- 029 ---------------------------------------------------------------------
# Farsi, Gmail (rtl).  The groups by German title words: Bildungssystem
# first, Förderung second.  Alone; leaves at ۱۴:۳۰ because her daughter
# (۶ years) has swimming; phone in Western digits.

AHMADI = """با سلام

اینجانب فرشته احمدی، مددکار اجتماعی در مرکز مشاوره زنان «آشیانه» در مونستر، مایلم در روز سازمان‌های مهاجران شرکت کنم.

گروه کاری مورد نظر من: Bildungssystem (آموزش)
اولویت دوم: Förderung

فقط خودم می‌آیم. متأسفانه باید ساعت ۱۴:۳۰ جلسه را ترک کنم، چون دخترم که ۶ سالش است کلاس شنا دارد.

با احترام
فرشته احمدی
مرکز مشاوره زنان «آشیانه»
تلفن: 0251-3921 570"""


@mail("ahmadi-farsi-title-words", "2027-02-13 22:05:33",
      E("registration", "fereshteh.ahmadi@ashiyaneh-ms.example", "فرشته احمدی",
        "مرکز مشاوره زنان «آشیانه»", ["AG1", "AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Fereshteh Ahmadi <fereshteh.ahmadi@ashiyaneh-ms.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت نام - ۱۳ مارس", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAE7tW2qV9mK4xR1nB6pZ3yH8sD0fL5gJ2uC7aT4oI9vN1wQe3@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADI, gmail_html(AHMADI, rtl=True), charset="utf-8", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), Turkish iPhone reply quoting the
# confirmation (AG 2, 2 persons).  "Çalışma grubumuz aynı kalsın" names no
# group, so workgroups is [].

@mail("sahin-change-party-three", "2027-02-15 19:40:07",
      E("change", "derya.sahin@mail.example", "Derya Şahin", None, [], 3, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270114215206.9d3c@muenster.example>"
    m.head(("From", addr("Derya Şahin", "derya.sahin@mail.example", "iso-8859-9")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2F7A9C04-E61B-4D38-8A5F-C0B3D9E27A15@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

kaydımızda 2 kişi yazıyor. Kız kardeşim de gelmek istiyor, o yüzden 3 kişi olacağız. Çalışma grubumuz aynı kalsın lütfen.

Teşekkürler
Derya

iPhone'umdan gönderildi

14 Oca 2027 tarihinde 21:52 saatinde, {MSO_NAME} <{MSO}> şunu yazdı:

{gt_quote(confirmation("Frau Şahin", "AG2", 2))}
""", charset="iso-8859-9", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# English: the chairperson registers a colleague who comes alone (she
# herself is away 12 to 14 March) and asks to confirm to his address.

@mail("kamau-registers-colleague-workgroup-iii", "2027-02-16 09:30:14",
      E("registration", "samuel.otieno@kenyan-assoc-ms.example", "Samuel Otieno",
        "Kenyan Association Münster e.V.", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Wanjiru Kamau <wanjiru.kamau@kenyan-assoc-ms.example>"),
           ("To", MSO),
           ("Cc", "Samuel Otieno <samuel.otieno@kenyan-assoc-ms.example>"),
           ("Subject", "Registration for Dr. Samuel Otieno"),
           ("Date", m.date),
           ("Message-ID", "<E4A1B7C9-2D3F-4E58-9A61-7B0C8D2E5F13@kenyan-assoc-ms.example>"),
           ("X-Mailer", "Microsoft Outlook for Mac 16.93"),
           ("MIME-Version", "1.0"))
    m.single("""Dear MSO Day team,

I would like to register my colleague Dr. Samuel Otieno for the event on
13 March. Unfortunately I can't attend myself, as I'm at a conference in
Leipzig from 12 to 14 March.

Samuel will come alone and would like to join Workgroup III (funding and
association management). He joined our board in 2025 and is now
responsible for our grant applications.

Please send the confirmation directly to him at
samuel.otieno@kenyan-assoc-ms.example (he is in copy).

Many thanks,
Wanjiru Kamau
Chairperson
Kenyan Association Münster e.V.
Postfach 12 04 33, 48079 Münster
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Question, Arabic, windows-1256: may my 16-year-old son come, is there
# interpretation (my German is B1)?  "قبل أن أسجل" = before I register.

@mail("alali-arabic-question-son", "2027-02-17 13:15:47",
      E("question", "mahmoud.alali@mail.example", "محمود العلي", None,
        [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Al-Ali <mahmoud.alali@mail.example>"),
           ("To", MSO),
           ("Subject", ew("سؤال عن يوم 13 مارس", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771330547.305.AQ7r2@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

لدي سؤال قبل أن أسجل: هل يمكنني إحضار ابني البالغ من العمر 16 عاماً؟ هو مهتم جداً بموضوع التعليم ويريد أن يدرس في الجامعة بعد سنتين.
وهل ستكون هناك ترجمة إلى العربية؟ مستواي في اللغة الألمانية B1 فقط.

شكراً جزيلاً
محمود العلي
""", charset="windows-1256", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# A bare form from an iPad: name, association, register number VR 3318,
# "Personen: 2", a phone number - and no workgroup at all.

@mail("yavuz-ipad-form-no-workgroup", "2027-02-18 18:50:21",
      E("registration", "goekhan.yavuz@alevi-ms.example", "Gökhan Yavuz",
        "Alevitische Gemeinde Münster e.V.", [], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gökhan Yavuz", "goekhan.yavuz@alevi-ms.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<B81C4F2E-7A93-4D05-9E6B-3C1A8F0D2E74@alevi-ms.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Anmeldung MSO Tag

Name: Gökhan Yavuz
Verein: Alevitische Gemeinde Münster e.V.
Vereinsregister: VR 3318
Personen: 2
Telefon: 0176 / 48 02 71 39

Gruß
Gökhan Yavuz

Von meinem iPad gesendet""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# French, Gmail.  Founded 2011, about 35 children aged 6 to 12, "la première
# fois" - the group is "l'éducation (« Bildungssystem »)", she comes alone.

ELIDRISSI = """Bonjour,

Je me permets de vous écrire au nom de l'association Atlas – Maison de la culture marocaine, fondée en 2011. Nous organisons chaque samedi des cours d'arabe et de darija pour environ 35 enfants de 6 à 12 ans.

Je souhaite m'inscrire au groupe de travail sur l'éducation (« Bildungssystem »). C'est la première fois que je participe à cette journée. Je viendrai seule.

Merci et bonne journée,
Samira El Idrissi
Association Atlas – Maison de la culture marocaine
Tél. : 0162 9081 335"""


@mail("elidrissi-french-education", "2027-02-19 11:05:50",
      E("registration", "samira.elidrissi@atlas-ms.example", "Samira El Idrissi",
        "Association Atlas – Maison de la culture marocaine", ["AG1"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Samira El Idrissi <samira.elidrissi@atlas-ms.example>"),
           ("To", MSO),
           ("Subject", "Inscription - groupe de travail éducation"),
           ("Date", m.date),
           ("Message-ID", "<CAL5pR8wX2mT9vB4nQ1kE7yJ3sH6dF0gU5cZ8aW2oI4rN7tVe9@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ELIDRISSI, gmail_html(ELIDRISSI), charset="utf-8", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Auto reply: a helpdesk's ticket receipt to a confirmation, request number,
# "5 working days", room 1.104, "1st floor", office hours.

@mail("io-helpdesk-ticket-receipt", "2027-02-20 10:02:37",
      E("auto_reply"), "en")
def _(m):
    conf_id = "<mailbot.20270220100231.6a0f@muenster.example>"
    m.head(("From", "International Office Helpdesk <io-helpdesk@uni-campus.example>"),
           ("To", TO_MSO),
           ("Subject", "[#IO-2027-03318] Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ticket.IO-2027-03318.1771578157@helpdesk.uni-campus.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""*** This is an automatically generated message. Please do not reply. ***

Dear Sender,

Thank you for contacting the International Office. Your message has been
received and assigned the request number IO-2027-03318.

Our team currently answers requests within 5 working days. During the
application period (1 February to 15 March) response times may be longer.

Walk-in hours: Monday and Wednesday 10:00-12:00, Thursday 14:00-16:00
Room 1.104, 1st floor, Schlossplatz 2, 48149 Muenster

Kind regards
International Office Helpdesk
""", charset="us-ascii", cte="7bit")


# -- 036 ---------------------------------------------------------------------
# Change, Spanish, Thunderbird reply quoting the confirmation (AG 1,
# 4 persons): "cambiar al grupo 3"; "martes 16", "por primera vez";
# "Seguimos siendo 4" keeps the size.

@mail("fernandez-change-grupo-3", "2027-02-22 20:10:09",
      E("change", "lucia.fernandez@puente-ms.example", "Lucía Fernández Ortega", None,
        ["AG3"], None, "es"), "es")
def _(m):
    conf_id = "<mailbot.20270126180211.3b8d@muenster.example>"
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@puente-ms.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3a9d6e21-b0c4-4f78-8e53-d1f7c2a04b96@puente-ms.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hola de nuevo:

En la reunión de la junta del martes 16 decidimos cambiar al grupo 3 (financiación), porque este año queremos pedir por primera vez una subvención a la ciudad. Seguimos siendo 4.

Gracias y un saludo,
Lucía Fernández Ortega

El 26/1/27 a las 18:02, {MSO_NAME} escribió:
{gt_quote(confirmation("Frau Fernández Ortega", "AG1", 4))}
""", charset="windows-1252", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Polish, iso-8859-2.  "2 osoby", "grupa robocza II"; 1500 people in the
# community, 10:30, choir at 9:00.

@mail("zielinska-polish-grupa-ii", "2027-02-23 12:00:46",
      E("registration", "ewa.zielinska@pmk-muenster.example", "Ewa Zielińska",
        "Polska Misja Katolicka Münster", ["AG2"], 2, "pl"), "pl")
def _(m):
    m.head(("From", addr("Ewa Zielińska", "ewa.zielinska@pmk-muenster.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", ew("Zgłoszenie na 13 marca - 2 osoby", "iso-8859-2")),
           ("Date", m.date),
           ("Message-ID", "<5d1e8b3a-7c29-4f06-a4e8-92b0c6d1f7a3@pmk-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

w imieniu Polskiej Misji Katolickiej w Münster zgłaszam 2 osoby: siebie
oraz p. Tomasza Wójcika. Interesuje nas grupa robocza II (przyszłość
Münster), bo nasza wspólnota liczy ponad 1500 osób i chcielibyśmy, żeby
miasto lepiej nas słyszało.

Będziemy na miejscu dopiero ok. 10:30, bo o 9:00 mamy próbę chóru.

Z poważaniem
Ewa Zielińska
Polska Misja Katolicka Münster
tel. 0251 / 27 65 10
""", charset="iso-8859-2", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Question, learner German: works until 10:30, 20 minutes by bus, may she
# still come at 11?  "Wenn es geht, ich melde mich an" - not yet registered.

@mail("haile-learner-question-late", "2027-02-24 17:20:13",
      E("question", "tigist.haile@mail.example", "Tigist Haile", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Tigist Haile <tigist.haile@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage"),
           ("Date", m.date),
           ("Message-ID", "<1771950013.4471.samsung.mail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe eine Frage. Am 13.3. ich muss morgens arbeiten, von 6 bis 10:30 Uhr in Bäckerei. Dann ich brauche mit Bus ungefähr 20 Minuten bis Prinzipalmarkt.

Kann ich trotzdem kommen zu MSO-Tag, wenn ich erst um 11 Uhr da bin? Oder ist dann zu spät? Wenn es geht, ich melde mich an.

Danke schön
Tigist Haile

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation, English, Gmail reply quoting the confirmation (AG 3,
# 2 persons).  AGM moved to 13 March, hall free 10am to 4pm.

MOYO_CANCEL = """Hi,

Sorry, but we have to cancel for both of us (Farai and me). Our AGM had to be moved to Saturday 13 March - the community hall was only free that day, 10am to 4pm - and as chair and treasurer we both have to be there.

Hopefully next year!
Tendai"""


@mail("moyo-cancel-english-gmail", "2027-02-26 21:00:30",
      E("cancellation", "tendai.moyo@zca-muensterland.example", "Tendai Moyo", None,
        [], None, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270129141402.8e5b@muenster.example>"
    attr = f"On Fri, 29 Jan 2027 at 14:14, {MSO_NAME} <{MSO}> wrote:"
    quoted = confirmation("Herr Moyo", "AG3", 2)
    m.head(("From", "Tendai Moyo <tendai.moyo@zca-muensterland.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAO3kZ9rQ4nW8xT1mB6pV2yE5sH9dF3jL7uC0aG4iK8oR2tVz6@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    plain = f"{MOYO_CANCEL}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(MOYO_CANCEL, quote=(attr, quoted)), charset="utf-8",
                  style="gmail")


# -- 040 ---------------------------------------------------------------------
# "zu viert" (4 persons); the groups by alias words: Fördermittel first,
# Bildung second.  2026, 7 applications, 2 granted, 30 %, "ab 18 Uhr".

@mail("milosevic-zu-viert-foerdermittel", "2027-03-01 22:30:58",
      E("registration", "d.milosevic@vuk-karadzic-ms.example", "Dragana Milošević",
        'Serbischer Kultur- und Sportverein "Vuk Karadžić" Münster e.V.', ["AG3", "AG1"], 4,
        "de"), "de")
def _(m):
    m.head(("From", addr("Dragana Milošević", "d.milosevic@vuk-karadzic-ms.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (4 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<0e8b4c27-d1a5-4f93-b6e0-7a2c9f15d384@vuk-karadzic-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen,

auf den letzten Drücker noch unsere Anmeldung: Wir kommen zu viert, alle
vier aus dem Vorstand.

Am meisten interessiert uns das Thema Fördermittel – 2026 haben wir von
7 Anträgen nur 2 bewilligt bekommen, das ist eine Quote von knapp 30 %.
Wenn die Gruppe voll ist, dann gern Bildung.

Viele Grüße
Dragana Milošević
Serbischer Kultur- und Sportverein "Vuk Karadžić" Münster e.V.
Tel. 0251 / 78 26 40 (ab 18 Uhr)
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Change, Russian Outlook (multipart/alternative, UTF-8 base64) quoting the
# confirmation (AG 3, 3 persons) under От/Отправлено/Кому/Тема: from group
# 3 to group 1, and two instead of three.  24 February, 35 children.

MOROZOVA_CHANGE = """Добрый день!

На заседании правления 24 февраля мы решили, что нам всё-таки важнее тема образования: в нашей субботней школе 35 детей. Поэтому просим перевести нас из рабочей группы 3 в группу 1 (Bildungssystem).

И ещё: одна из коллег не сможет прийти, так что нас будет двое, а не трое.

С уважением,
Наталья Морозова
Русский дом Мюнстер"""


@mail("morozova-change-outlook-russian", "2027-03-02 10:20:44",
      E("change", "n.morozova@russkij-dom-ms.example", "Наталья Морозова",
        "Русский дом Мюнстер", ["AG1"], 2, "ru"), "ru")
def _(m):
    conf_id = "<mailbot.20270118104417.1f7c@muenster.example>"
    m.head(("From", addr("Наталья Морозова", "n.morozova@russkij-dom-ms.example",
                         "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", ew("RE: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbadK3p9mV2xR4nQ7kE1yJ6sH0dF5gTAA="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7210C3D5E7F9A1B2C4D6E8F0A2B4@PA4PR08MB7210.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "ru-RU"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{MSO_NAME} <{MSO}>", "понедельник, 18 января 2027 г. 10:44",
             "Наталья Морозова <n.morozova@russkij-dom-ms.example>", CONFIRMATION_SUBJECT,
             confirmation("Frau Morozova", "AG3", 3))
    m.alternative(outlook_plain(MOROZOVA_CHANGE, quote, labels="ru"),
                  outlook_html(MOROZOVA_CHANGE, quote, charset="utf-8", lang="RU", labels="ru"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Other: catering advertising with prices, percentages, an offer number,
# postcodes and opening hours.

CATERING = """Sehr geehrte Damen und Herren,

Sie planen eine Veranstaltung im März? Wir liefern frisches Fingerfood und internationale Buffets in ganz Münster – halal, vegetarisch und vegan.

Unser Frühjahrsangebot (Angebots-Nr. 2027-118):
- Fingerfood-Buffet ab 8,90 € pro Person
- Getränkepauschale 4,50 € pro Person
- ab 50 Gästen 10 % Rabatt, ab 100 Gästen 15 %
- Lieferung im Stadtgebiet (PLZ 48143 bis 48167) kostenlos

Gültig für Bestellungen bis zum 10.03.2027. Rufen Sie uns an: 0251 98 76 54 30 (Mo-Fr 8-18 Uhr).

Mit herzlichen Grüßen
Ihr Team von Anatolia Catering & Events
Albersloher Weg 250, 48155 Münster
Abmelden: https://anatolia-catering.example/optout?id=88213"""


@mail("anatolia-catering-advertising", "2027-03-05 07:45:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Anatolia Catering & Events <angebote@anatolia-catering.example>"),
           ("To", MSO),
           ("Subject", ew("Ihre Veranstaltung im März – 10 % Frühjahrsrabatt", "utf-8")),
           ("Date", m.date),
           ("Message-ID", "<mc.2027030507450011.88213@mailout.anatolia-catering.example>"),
           ("List-Unsubscribe", "<https://anatolia-catering.example/optout?id=88213>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverMailer 4.2"),
           ("MIME-Version", "1.0"))
    m.alternative(CATERING, div_html(CATERING, "font-family: Georgia, serif; font-size: 11pt;"),
                  charset="utf-8")


# -- 043 ---------------------------------------------------------------------
# Bounce written in German by the recipient's provider: the one-week
# reminder to Omar Khalil (006) hit a full mailbox, 552 5.2.2.

REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER_KHALIL = """Guten Tag Herr Khalil,

in einer Woche ist es so weit: Am Samstag, 13. März 2027, findet von 10:00
bis 16:00 Uhr der Tag der Migrantenselbstorganisationen im Stadtweinhaus
statt (Prinzipalmarkt 8, 48143 Münster). Einlass ist ab 9:30 Uhr.

Ihre Anmeldung:
Arbeitsgruppe: AG 1 (Menschen mit Migrationsvorgeschichte im Bildungssystem)
Personen:      1

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""


@mail("provider-bounce-mailbox-full-german", "2027-03-06 10:00:41",
      E("bounce", bounced="omar.khalil@mail.example"), "de")
def _(m):
    rcpt = "omar.khalil@mail.example"
    m.head(("From", "Mail Delivery System <MAILER-DAEMON@mx01.mail.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<bounce.20270306100041.44f1c@mx01.mail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", relay="mx01.mail.example")
    note = m.text(f"""Dies ist eine automatisch erstellte Nachricht des Mailservers mx01.mail.example.

Ihre Nachricht an folgenden Empfänger konnte nicht zugestellt werden:

    {rcpt}

Grund: Das Postfach des Empfängers ist voll (belegt: 1024 MB von 1024 MB).
Der Empfänger muss zuerst E-Mails löschen, bevor er neue Nachrichten
empfangen kann.

Fehlercode: 552 5.2.2 Mailbox full

Die ursprüngliche Nachricht finden Sie im Anhang.
""", charset="utf-8", cte="quoted-printable", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.mail.example"),
         ("Arrival-Date", "Sat, 6 Mar 2027 10:00:38 +0100")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full: quota exceeded (1024/1024 MB)")])
    original = organiser_message(
        f"Omar Khalil <{rcpt}>", REMINDER_SUBJECT, REMINDER_KHALIL,
        "Sat, 06 Mar 2027 10:00:36 +0100", "<mailbot.reminder.20270306100036.0b52@muenster.example>",
        generated=True)
    m.multi("report", [note, dsn, rfc822_part(original)], style="mta",
            params={"report-type": "delivery-status"})


# -- 044 ---------------------------------------------------------------------
# Cancellation, Outlook HTML only (windows-1252), quoting the confirmation
# (AG 1, 2 persons; her registration is not in this set).  "(2 Personen,
# AG 1)" restates what is cancelled; 13.03., 11:00, Raum 104, "zum ersten
# Mal seit 2019".

SCHROEDER = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung (2 Personen, AG 1) zurückziehen. Unsere Jahreshauptversammlung wurde kurzfristig auf Samstag, den 13.03., 11:00 Uhr verlegt (Bürgerhaus Kinderhaus, Raum 104), und als Vorsitzende muss ich dort sein. Damit fehlen wir zum ersten Mal seit 2019 beim MSO-Tag – sehr schade.

Mit freundlichen Grüßen
Hanna Schröder-Demir
Vorsitzende
Kurdisch-Deutscher Elternverein Münster e.V.
Telefon 0251 / 3 95 27 60"""


@mail("schroeder-demir-cancel-outlook-html", "2027-03-08 09:15:26",
      E("cancellation", "h.schroeder-demir@kdev-muenster.example", "Hanna Schröder-Demir",
        "Kurdisch-Deutscher Elternverein Münster e.V.", [], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270209123104.5c3a@muenster.example>"
    m.head(("From", addr("Schröder-Demir, Hanna", "h.schroeder-demir@kdev-muenster.example",
                         "windows-1252")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbevC4q2nW7xT9mR1kE5yJ8sH3dF6gUMB2"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2047E5F6A7B8C9D0E1F2A3B4C5D6@BE1P281MB2047.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{MSO_NAME} <{MSO}>", "Dienstag, 9. Februar 2027 12:31",
             "Schröder-Demir, Hanna <h.schroeder-demir@kdev-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Schröder-Demir", "AG1", 2))
    m.single(outlook_html(SCHROEDER, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# Cancellation, Ukrainian, two days before the event, quoting the
# confirmation (AG 3, 5 persons): "усі 5 місць", shift from 7 to 15.

@mail("kravchuk-cancel-ukrainian", "2027-03-11 18:12:03",
      E("cancellation", "halyna.kravchuk@mail.example", "Галина Кравчук", None,
        [], None, "uk"), "uk")
def _(m):
    conf_id = "<mailbot.20270210155812.2d94@muenster.example>"
    m.head(("From", addr("Галина Кравчук", "halyna.kravchuk@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN2fT8vR3kW6rZ1xM9qE4yJ7pD2sH5gL8uC0aV3oI6nR1tQw5@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.single(f"""Доброго дня,

на жаль, ми не зможемо прийти в суботу. Двоє з нас захворіли на грип, а в Оксани 13 березня зміна з 7 до 15. Скасуйте, будь ласка, нашу реєстрацію (усі 5 місць).

Вибачте, що так пізно.
Галина

ср, 10 лют. 2027 р. о 15:58 {MSO_NAME} <{MSO}> пише:

{gt_quote(confirmation("Frau Kravchuk", "AG3", 5))}
""", charset="utf-8", cte="base64")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang))
    return built


def leaves(part):
    """Leaf parts in order, not descending into message/* parts."""
    maintype = part.get_content_maintype()
    if maintype == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif maintype != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
LANGS = {"de", "en", "tr", "ar", "ru", "uk", "fa", "pl", "fr", "es"}


def workgroup_ids():
    import tomllib
    with open(HERE / "config.toml", "rb") as f:
        return [w["id"] for w in tomllib.load(f)["workgroups"]]


def label_problems(e, wg_ids):
    p = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        p.append(f"bad kind {k}")
    if any(w not in wg_ids for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        p.append("bad workgroups")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower() or not e["name"]:
            p.append("person mail needs a lower-case email and a name")
        if e["language"] not in LANGS:
            p.append("bad language")
        if e["bounced_recipient"] is not None:
            p.append("bounced_recipient must be null")
    else:
        if any(e[f] is not None for f in ("email", "name", "organisation", "language",
                                         "party_size")) or e["workgroups"]:
            p.append("machine/other mail must have null person fields")
        if (k == "bounce") != (e["bounced_recipient"] is not None):
            p.append("bounced_recipient only (and always) for bounces")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        p.append("registration needs party_size >= 1")
    if k in ("cancellation", "question") and (e["party_size"] is not None or e["workgroups"]):
        p.append("cancellation/question: party_size null, workgroups []")
    return p


def mail_text(msg):
    """All decoded header values and text (HTML unescaped), nested parts included."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check(name, data, m, expected, wg_ids):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k}: defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # line length (octets without the line break)
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    # each leaf decodes to the written text, strictly in its declared charset
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.get_content_maintype() == "text":
            cs = g.get_content_charset() or "us-ascii"
            try:
                g.get_payload(decode=True).decode(cs, errors="strict")
            except (LookupError, UnicodeDecodeError) as exc:
                problems.append(f"part {i}: does not decode as {cs}: {exc}")
        c = g.get_content()
        if isinstance(w, bytes):
            if c != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif c.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # example domains only
    text = mail_text(msg)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower().rstrip(".")) and dom != "w3.org":
            problems.append(f"non-example host www.{dom}")
    # labels agree with the mail
    problems += label_problems(expected, wg_ids)
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if expected["email"]:
        heads = [a.lower() for _, a in getaddresses(
            [str(msg[h]) for h in ("From", "Reply-To") if msg[h]])]
        body = "\n".join(p.get_content() for p in leaves(msg)
                         if p.get_content_maintype() == "text").lower()
        if expected["email"] not in heads and expected["email"] not in body:
            problems.append("expected email is neither From/Reply-To nor in the text")
        if msg["Reply-To"] and expected["email"] not in heads[1:] and expected["email"] not in body:
            problems.append("Reply-To present but not used")
    for f in ("name", "organisation"):
        if expected[f] and expected[f] not in text:
            problems.append(f"expected {f} {expected[f]!r} not written in the mail")
    if expected["kind"] in ("change", "cancellation") and not msg["In-Reply-To"]:
        problems.append("change/cancellation should answer the confirmation")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.defaultdict(collections.Counter)
    for _, _, e, t in built:
        table[t][e["kind"]] += 1
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("text language x kind:")
    for t in sorted(table):
        print(f"  {t}: {dict(sorted(table[t].items()))}")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; compare with the files on disk")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    wg_ids = workgroup_ids()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"

    datas = [m.as_bytes() for _, m, _, _ in built]
    bad = 0
    if args.check:
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.exists() else []
        if on_disk != sorted(expected):
            print("mails/ does not hold exactly the generated files")
            bad += 1
        for (name, *_), data in zip(built, datas):
            path = mails_dir / name
            if not path.exists() or path.read_bytes() != data:
                print(f"{name}: differs from the generated bytes")
                bad += 1
        exp_path = HERE / "expected.json"
        if not exp_path.exists() or exp_path.read_text(encoding="utf-8") != exp_text:
            print("expected.json differs from the generated one")
            bad += 1
    else:
        mails_dir.mkdir(exist_ok=True)
        for old in mails_dir.glob("*.eml"):
            if old.name not in expected:
                old.unlink()
        for (name, *_), data in zip(built, datas):
            (mails_dir / name).write_bytes(data)
        (HERE / "expected.json").write_text(exp_text, encoding="utf-8")

    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e, wg_ids):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
