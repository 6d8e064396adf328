#!/usr/bin/env python3
"""Build the "final16e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: the MSO-Tag 2027 (config.toml is an unchanged copy of the dev config),
written the way people write from their phones and group chats: slang and
abbreviations, emoji standing for words, all lower case or ALL CAPS, pasted
WhatsApp / Telegram / Signal chats, voice-message and dictation transcripts,
in German, English, Turkish, Arabic (script and Arabizi), Russian, Ukrainian,
Polish, French, Spanish, Kurdish (Kurmanji and Sorani) and Farsi (script and
Finglish).

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files, and reads every file
back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Standard library only, Python 3.11.
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
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': hand-encoded header values are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung.mso2027.20270111140300@muenster.example>"
REMINDER_ID = "<erinnerung.mso2027.20270223100000@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given,
    otherwise the policy encodes it as UTF-8."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
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
    """One expected.json record; every key is present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final16e/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


class Mail:
    """One .eml under construction; remembers what each leaf must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = "smtp." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
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
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        return f"----=_NextPart_{h[:3].upper()}_{h[3:7].upper()}_{h[7:15].upper()}.{h[15:23].upper()}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
        m = self.msg if top else MIMEPart(policy=POLICY)
        m["Content-Type"] = f"multipart/{subtype}"
        for k, v in (params or {}).items():
            m.set_param(k, v)
        m.set_boundary(self.boundary(style))
        for p in parts:
            m.attach(p)
        return m

    def alternative(self, text, html_text, charset="utf-8", cte="quoted-printable",
                    html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

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
# HTML flavours of the common mail programs
# ---------------------------------------------------------------------------

def div_html(text, font="font-family: Arial, sans-serif; font-size: 13px;"):
    """Webmail HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def rtl_html(text):
    divs = "".join(f"<div dir=\"rtl\">{esc(line) if line else '<br>'}</div>"
                   for line in text.split("\n"))
    return ("<html><head><meta charset=\"utf-8\"></head><body dir=\"rtl\" "
            f"style=\"font-family: Tahoma, sans-serif; font-size: 14px;\">{divs}</body></html>\n")


def gmail_html(text, rtl=False, attribution=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attribution:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += ("<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" "
                "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);"
                f"padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, attribution=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if attribution:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"{q}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def owa_html(text):
    """Outlook on the web / Outlook mobile."""
    divs = "".join(
        f"<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 11pt; "
        f"color: rgb(0, 0, 0);\">{esc(line) if line else '<br>'}</div>"
        for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{divs}\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# what the city sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Anmeldebestätigung MSO-Tag 2027"
REMINDER_SUBJECT = "Erinnerung: Anmeldeschluss am 6. März – MSO-Tag 2027"

INVITATION = """Liebe Engagierte in den Migrantenselbstorganisationen,
sehr geehrte Damen und Herren,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr der diesjährige Tag der
Migrantenselbstorganisationen im Stadtweinhaus am Prinzipalmarkt 8 statt.
Dazu laden wir Sie und Ihre Mitglieder herzlich ein.

Am Nachmittag beraten wir in drei parallelen Arbeitsgruppen:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Eine Anmeldung ist erforderlich. Bitte schreiben Sie uns bis Samstag,
6. März, an mso-tag@muenster.example: Ihren Namen, Ihren Verein bzw. Ihre
Organisation, Ihre Wunsch-AG und wie viele Personen Sie insgesamt sind.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Herzliche Grüße
Kommunales Integrationszentrum Münster
Ximena Meza Correa-Flock"""

AG_LINE = {
    "AG1": "AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation the city's system sent (Latin-1-safe on purpose)."""
    return f"""Hallo {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Termin: Samstag, 13. März 2027, 10 bis 16 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen: {persons}

Für Änderungen oder eine Absage antworten Sie bitte einfach auf diese
Nachricht.

Freundliche Grüße
Ihr Orga-Team MSO-Tag
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_MSO
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ag, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Auto-reply of a volunteer association's shared mailbox to the invitation,
# one minute after it went out: chatty, with emoji, but Auto-Submitted.

@mail("gwa-volunteer-autoreply", "2027-01-11 14:04:31", E("auto_reply"), "en")
def _(m):
    m.head(("From", "\"Ghana Women's Association Münster\" <info@gwa-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatic reply: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1799672671.5521@gwa-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Hi & thanks for your message!! 🙏

We're a small team of volunteers so it might take us a few days to get back to u. For anything urgent pls call or whatsapp Abena on 0157 3349 2210.

Akwaaba & have a blessed day 🌻
GWA Münster

*** this is an automatic reply ***
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# iPhone reply, all lower case, quoting the whole invitation (which names all
# three AGs).  "bin dabei 👍", "ag2 wär top", "komm allein".  The signature is
# only "murat"; the From name gives the full name.

@mail("oeztuerk-lowercase-iphone-reply", "2027-01-11 17:48:09",
      E("registration", "murat.oeztuerk@mail.example", "Murat Öztürk", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Murat Öztürk <murat.oeztuerk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4A1F7C2E-93B5-4D08-A6E1-0C5B8F2D71A9@mail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""hi zusammen

bin dabei 👍 ag2 wär top, das thema zukunft von ms interessiert mich voll
komm allein

lg murat

Von meinem iPhone gesendet

> Am 11.01.2027 um 14:03 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(INVITATION)}
""", charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# English, Gmail multipart/alternative.  "count me in", "workgroup 1 (the
# education one)", "just me, no plus one".  Signature with full name and org.

OWUSU_TEXT = """hey there!!

count me in for march 13th 🙌 i'd go for workgroup 1 (the education one) – my kids are both in school here so that's right up my alley lol

just me, no plus one

thx a lot & see u there
jess

--
Jessica Owusu
Ghana Women's Association Münster e.V. | youth & culture"""


@mail("owusu-count-me-in-gmail", "2027-01-12 09:03:55",
      E("registration", "jess.owusu@mail.example", "Jessica Owusu",
        "Ghana Women's Association Münster e.V.", ["AG1"], 1, "en"), "en")
def _(m):
    m.head(("From", "Jess Owusu <jess.owusu@mail.example>"),
           ("To", MSO),
           ("Subject", "mso day 13/3 🙌"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kQm8pZ1wR7vNx2Lh9sYtB4cJd6EgUo0aKi5nTq3bW8yXe1A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# A WhatsApp group chat (iOS copy format with [date, time] stamps) pasted into
# the mail.  In the chat: "bin dabei!!", "+1", "count me in", one "ich kann
# nicht".  The writer sums it up herself: "wir sind zu viert", AG 3.

@mail("demirtas-whatsapp-ios-paste", "2027-01-12 19:40:22",
      E("registration", "aylin.demirtas@mail.example", "Aylin Demirtaş",
        "Frauenverein Kardelen Münster e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "Aylin Demirtaş <aylin.demirtas@mail.example>"),
           ("To", MSO),
           ("Subject", "anmeldung mso tag – wir sind 4"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8d1a44-7c0f-4b92-9e65-2d1f0a7b8c33-1799779222180@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""hallo liebes mso-team,

hab in unserer whatsapp gruppe rumgefragt wer mitkommt, hier der verlauf (sorry fürs reinkopieren 😅):

[12.01.27, 18:02:11] Aylin Demirtaş: Mädels, wer ist am 13.3. beim MSO-Tag im Stadtweinhaus dabei? 🙋‍♀️
[12.01.27, 18:04:40] Hülya K.: bin dabei!!
[12.01.27, 18:05:02] Didem: +1
[12.01.27, 18:09:57] Serpil Abla: ich kann nicht, da ist hochzeit in bielefeld 💍💃
[12.01.27, 18:12:30] Nesrin: count me in 💪
[12.01.27, 18:13:15] Aylin Demirtaş: süper 😍 welche AG? ich wär für förderung/vereinsmanagement, wir brauchen eh tipps für die anträge 😂
[12.01.27, 18:14:01] Didem: 👍👍
[12.01.27, 18:14:22] Hülya K.: ja förderung, auf jeden
[12.01.27, 18:20:47] Nesrin: egal hauptsache zusammen ❤️

also wir sind zu viert: ich, hülya, didem und nesrin. alle in die AG 3 bitte 🙏
serpil kann leider nicht.

lg aylin

--
Aylin Demirtaş
Frauenverein Kardelen Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 005 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 (Latin-5) 8bit, no emoji but ":)".  "varız" = we're in;
# "eşimle beraber ... yani 2 kişi"; "ikinci çalışma grubu" = the second
# workgroup.  "eyw" = eyvallah (thanks).

@mail("koc-turkish-latin5-variz", "2027-01-13 21:17:40",
      E("registration", "emrekoc@mail.example", "Emre Koç",
        "Münster Türk Veliler Birliği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Koç", "emrekoc@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("MSO günü - varız", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270113201740.66a1c03b@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""selam,

13 mart için varız :) eşimle beraber geliyoruz yani 2 kişi. ikinci çalışma grubu olsun lütfen, münster'in geleceği olan

kolay gelsin, eyw
emre

--
Emre Koç
Münster Türk Veliler Birliği
""", charset="iso-8859-9", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Arabizi (Levantine Arabic in Latin letters with 2/3/5/7 for Arabic sounds).
# "ana ma3kom" = I'm with you (I'm in); "ana w a5i Samer jeyin, ya3ni
# 2 ashkhas" = my brother and I are coming, i.e. 2 persons; "el tamweel w
# idaret el jam3iyyat (AG 3)" = funding and running associations.  Digits
# inside words are letters, not numbers.

@mail("mansour-arabizi-ana-ma3kom", "2027-01-14 12:05:13",
      E("registration", "k.mansour@mail.example", "Khaled Mansour",
        "Syrisch-Deutscher Kulturverein Münster", ["AG3"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <k.mansour@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO tag - ana ma3kom"),
           ("Date", m.date),
           ("Message-ID", "<CAB9vW2xT6nLq1Rk8sZm3PdYc7Jf0HgE5uA4oN2iK9bV7tXrM3w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""marhaba ya jama3a 👋

ana ma3kom isa 🙂 ana w a5i Samer jeyin, ya3ni 2 ashkhas.
bedna el workshop taba3 el tamweel w idaret el jam3iyyat (AG 3), hayda yalli ne7na b7ajto 3anjad

shukran ktir, yalla bshoufkom
khaled

--
Khaled Mansour
Syrisch-Deutscher Kulturverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit, all lower case, ")))" smileys.  "я в деле" = I'm in;
# "первую группу, которая про образование" = the first group (education);
# "буду одна" = alone.  Display name and subject encoded in KOI8-R.

@mail("smirnova-russian-koi8r", "2027-01-14 23:02:51",
      E("registration", "olga.smirnova88@mail.example", "Ольга Смирнова",
        "Родительский клуб \"Радуга\" Мюнстер", ["AG1"], 1, "ru"), "ru")
def _(m):
    m.head(("From", addr("Ольга Смирнова", "olga.smirnova88@mail.example", "koi8-r", "b")),
           ("To", MSO),
           ("Subject", ew("регистрация мсо", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1799964171.305512847@f412.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""всем привет)))

я в деле! запишите плиз на первую группу, которая про образование. буду одна

спс заранее, до встречи
Оля

--
Ольга Смирнова
Родительский клуб "Радуга" Мюнстер
""", charset="koi8-r", cte="8bit")


# -- 008 ---------------------------------------------------------------------
# Ukrainian from a phone: she pastes the transcript of her own voice message
# (no punctuation, filler words).  "нас буде двоє" = we'll be two; "у другу
# групу де про майбутнє Мюнстера" = the second group, Münster's future.
# UTF-8 base64.  The phone signature names the club.

@mail("bondar-ukrainian-voice-transcript", "2027-01-15 20:30:05",
      E("registration", "oksana.bondar@mail.example", "Оксана Бондар",
        "Український жіночий клуб Мюнстер", ["AG2"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Бондар <oksana.bondar@mail.example>"),
           ("To", MSO),
           ("Subject", "мсо-таг 13.03"),
           ("Date", m.date),
           ("Message-ID", "<CAN4rT7bQw2Kx9mVz1Ls8YhPd3Fj6GcE0uB5oA7iR2nW9tZqJ4k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий вечір! Пишу з телефону, тому просто вставляю розшифровку свого голосового 🙈

🎤 Голосове повідомлення (0:41), розшифровка:
«ну привіт це Оксана значить ми з подругою Іриною з нашого жіночого клубу хочемо прийти на цей день МСО тринадцятого березня нас буде двоє і ми хотіли б у другу групу де про майбутнє Мюнстера от ну все дякую па»

Оксана Бондар | Український жіночий клуб Мюнстер
""", charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Polish, ISO-8859-2 quoted-printable.  "wchodzę w to" = I'm in; "mnie + 2
# koleżanki ... czyli razem 3 osoby"; "grupa robocza nr 1 (edukacja)".

@mail("wisniewska-polish-latin2", "2027-01-16 11:10:27",
      E("registration", "k.wisniewska@poczta.example", "Katarzyna Wiśniewska",
        "Stowarzyszenie Polek w Münsterze", ["AG1"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Kasia Wiśniewska", "k.wisniewska@poczta.example", "iso-8859-2")),
           ("To", MSO),
           ("Subject", "zapisy na MSO-Tag :)"),
           ("Date", m.date),
           ("Message-ID", "<f3c2a9d07b5e41c8a1d6e0b94f27c815@poczta.example>"),
           ("User-Agent", "Poczta Webmail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""hej!

wchodzę w to :D zapiszcie mnie + 2 koleżanki ze stowarzyszenia, czyli razem 3 osoby. grupa robocza nr 1 (edukacja), bo wszystkie mamy dzieci w szkole i temat nas mega interesuje

pozdro i do zobaczenia
Kasia

Katarzyna Wiśniewska
Stowarzyszenie Polek w Münsterze
""", charset="iso-8859-2", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# French, Apple Mail multipart/alternative.  "je suis partant", "on sera 2
# 🙋🏿‍♂️🙋🏿‍♂️ moi + mon pote", "atelier 3 stp", "mdr", "a+".

DIOP_TEXT = """Slt l'équipe,

je suis partant pour le 13 mars !! on sera 2 🙋🏿‍♂️🙋🏿‍♂️ moi + mon pote Ibrahima. atelier 3 stp (financements / gestion d'asso), on galère grave avec les demandes de subventions mdr

merci d'avance, a+
Moussa

Association des Sénégalais de Münster"""


@mail("diop-french-partant-apple", "2027-01-17 09:15:44",
      E("registration", "moussa.diop@mail.example", "Moussa Diop",
        "Association des Sénégalais de Münster", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Moussa Diop <moussa.diop@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 13 mars"),
           ("Date", m.date),
           ("Message-Id", "<9C2E6B14-7F0A-4D3B-B8E5-61A2F0C4D937@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(DIOP_TEXT, apple_html(DIOP_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 011 ---------------------------------------------------------------------
# Spanish, HTML only from a webmailer (UTF-8 base64).  "me apunto!!", "somos 3
# (yo + 2 compis)", "grupo de trabajo 2️⃣" (keycap emoji for the number).

RAMIREZ_TEXT = """holaaa 👋

me apunto!! somos 3 (yo + 2 compis del colectivo). grupo de trabajo 2️⃣ porfa, lo del futuro de Münster 🏙️

mil gracias, un abrazo
Lu

--
Lucía Ramírez Ortega
Colectivo Latinoamericano Münster"""


@mail("ramirez-spanish-keycap-html-only", "2027-01-17 22:48:19",
      E("registration", "lucia.ramirez@correo.example", "Lucía Ramírez Ortega",
        "Colectivo Latinoamericano Münster", ["AG2"], 3, "es"), "es")
def _(m):
    m.head(("From", "Lucía Ramírez <lucia.ramirez@correo.example>"),
           ("To", MSO),
           ("Subject", "me apunto!! 🙌"),
           ("Date", m.date),
           ("Message-ID", "<1800049699.58213.webmail@correo.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(RAMIREZ_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 012 ---------------------------------------------------------------------
# Kurmanji Kurdish (Latin script).  "Ez jî têm!" = I'm coming too; "em 2 kes
# in" = we are 2 persons (and 🙋‍♀️🙋‍♀️); "Koma xebatê ya yekem" = the first
# workgroup.

@mail("aslan-kurmanji-em-2-kes", "2027-01-18 13:33:02",
      E("registration", "rojda.aslan@mail.example", "Rojda Aslan",
        "Komeleya Jinên Kurd li Münsterê", ["AG1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Rojda Aslan <rojda.aslan@mail.example>"),
           ("To", MSO),
           ("Subject", "Tevlîbûn MSO-Tag 🌸"),
           ("Date", m.date),
           ("Message-ID", "<b2e7d9f4-18a3-4c6e-9d05-7f3a1c8e2b60@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Silav hevalno 👋

Ez jî têm! Ez û hevala min Berfîn, em 2 kes in 🙋‍♀️🙋‍♀️
Koma xebatê ya yekem ji kerema xwe (perwerde / Bildung).

Gelek spas, bi hêviya dîtinê
Rojda

Rojda Aslan
Komeleya Jinên Kurd li Münsterê
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Farsi, Gmail alternative with right-to-left HTML, base64.  "منم هستم" = I'm
# in too; "گروه ۳" with a Persian digit; "تنها میام" = I come alone.  The
# signature is only the first name in Persian script.

MORADI_TEXT = """سلام وقتتون بخیر 🌷
منم هستم 😊
لطفا منو برای گروه ۳ بنویسید (حمایت مالی و مدیریت انجمن)
تنها میام
مرسی، فعلا
سارا"""


@mail("moradi-farsi-gmail-rtl", "2027-01-19 07:58:36",
      E("registration", "sara.moradi@mail.example", "Sara Moradi", None,
        ["AG3"], 1, "fa"), "fa")
def _(m):
    m.head(("From", "Sara Moradi <sara.moradi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام روز MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAJ2mP5vR8xT1qLw7nZk4BdYs0Gh3FcE9uA6oK1iN8bV5tWrQ2e@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MORADI_TEXT, gmail_html(MORADI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Bounce from the city's own Postfix: the remote server rejected the
# confirmation's recipient (user unknown).  The returned confirmation names
# AG 2 and 1 person.

@mail("postfix-bounce-user-unknown", "2027-01-19 10:12:48",
      E("bounce", bounced="hakan.karacay@kulturbruecke-ms.example"), "en")
def _(m):
    rcpt = "hakan.karacay@kulturbruecke-ms.example"
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270119091248.3C7E20A14F@mx.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.kulturbruecke-ms.example[198.51.100.77] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E20A14F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 19 Jan 2027 10:12:46 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.kulturbruecke-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in local recipient table")])
    original = confirmation_message(
        f"Hakan Karacay <{rcpt}>", "Herr Karacay", "AG2", 1,
        "Tue, 19 Jan 2027 10:12:45 +0100", "<mailbot.20270119101245.7d41@muenster.example>",
        "<000b01db6a55$2f1e3d40$8d5ab7c0$@kulturbruecke-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 015 ---------------------------------------------------------------------
# ALL CAPS from Outlook Express, ISO-8859-1 quoted-printable, CRLF.  The
# display name is "YÜCEL ALI RIZA" (surname first).  "ARBEITSGRUPPE SCHULE"
# (alias of AG1), "WIR KOMMEN ZU ZWEIT MEINE FRAU UND ICH".

@mail("yuecel-all-caps-outlook-express", "2027-01-19 16:20:40",
      E("registration", "a.r.yuecel@mail.example", "Ali Riza Yücel",
        "Türkisch Islamischer Kulturverein Handorf", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("YÜCEL ALI RIZA", "a.r.yuecel@mail.example", "iso-8859-1")),
           ("To", f"<{MSO}>"),
           ("Subject", "ANMELDUNG MSO TAG"),
           ("Date", m.date),
           ("Message-ID", "<001a01db6a8d$5c3f2e10$0201a8c0@pcwohnzimmer.example>"),
           ("X-Priority", "3"),
           ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single("""GUTEN TAG

ICH MÖCHTE MICH ANMELDEN FÜR DEN MSO TAG AM 13 MÄRZ
ARBEITSGRUPPE SCHULE
WIR KOMMEN ZU ZWEIT MEINE FRAU UND ICH

MFG
ALI RIZA YÜCEL
TÜRKISCH ISLAMISCHER KULTURVEREIN HANDORF
""", charset="iso-8859-1", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Turkish, a WhatsApp chat in the Android copy format ("20.01.27, 20:41 -
# Name: ...") pasted into a Gmail mail.  Two say "ben varım"/"bende", one aunt
# is not sure yet; the writer states "şimdilik kesin 3 kişiyiz" and "1.
# çalışma grubuna (eğitim)".

KORKMAZ_TEXT = """Merhabalar,

kadınlar grubumuzda sordum, yazışmayı aşağıya kopyaladım:

20.01.27, 20:41 - Fadime Korkmaz: kızlar 13 martta MSO-Tag var Stadtweinhaus'ta, kim geliyor?
20.01.27, 20:43 - Gülsüm: ben varım 🙋‍♀️
20.01.27, 20:44 - Zeynep Y.: bende bende
20.01.27, 20:50 - Emine Teyze: inşallah gelirim ama kesin değil
20.01.27, 20:52 - Fadime Korkmaz: tamam teyzecim kesinleşince söyle
20.01.27, 21:01 - Gülsüm: eğitim grubuna gidelim, çocuklar için önemli 👍
20.01.27, 21:02 - Zeynep Y.: 👍🏻

Yani şimdilik kesin 3 kişiyiz: ben, Gülsüm ve Zeynep. Emine teyze belki sonra kendisi yazar. Üçümüz de 1. çalışma grubuna (eğitim) katılmak istiyoruz.

Allah razı olsun, iyi akşamlar
Fadime Korkmaz
Yunus Emre Kültür Derneği Münster"""


@mail("korkmaz-whatsapp-android-turkish", "2027-01-20 21:05:30",
      E("registration", "fadime.korkmaz@mail.example", "Fadime Korkmaz",
        "Yunus Emre Kültür Derneği Münster", ["AG1"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Fadime Korkmaz <fadime.korkmaz@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag kayıt (3 kişi)"),
           ("Date", m.date),
           ("Message-ID", "<CAE5nS9wQ3tMv1Rj7xYk2LcZb8Hf4DgE6uP0oA3iT5mW1rXqK7s@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_TEXT, gmail_html(KORKMAZ_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Egyptian Arabic, windows-1256 quoted-printable from desktop Outlook, ":)"
# instead of emoji.  "أنا معاكم" = I'm with you; "مجموعة العمل الأولى" = the
# first workgroup; "هاجي لوحدي" = I'll come alone.  Signature: first name and
# the association in Arabic.

@mail("hassan-egyptian-arabic-cp1256", "2027-01-21 11:40:18",
      E("registration", "mona.hassan@mail.example", "Mona Hassan",
        "جمعية الجالية المصرية في مونستر", ["AG1"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Mona Hassan <mona.hassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل يوم MSO", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000301db6bec$a1b2c3d0$e4f5a6b7$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-eg"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورحمة الله

أنا معاكم إن شاء الله :)
عايزة أسجل في مجموعة التعليم (مجموعة العمل الأولى)
هاجي لوحدي

شكرا جزيلا
منى

جمعية الجالية المصرية في مونستر
""", charset="windows-1256", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Question only (English, all lower case, ASCII): she wants to know the
# format and about parking before she signs up.

@mail("menon-quick-q-lowercase", "2027-01-22 08:15:02",
      E("question", "anjali.menon@mail.example", "Anjali Menon", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Anjali Menon <anjali.menon@mail.example>"),
           ("To", MSO),
           ("Subject", "quick q re 13 march"),
           ("Date", m.date),
           ("Message-ID", "<d71f3a20-5c8e-4b19-a0e6-92c4f1b7d358@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""hi,

quick q before i sign up - do i have to stay the whole day or can i just pop in for the afternoon workgroups? and is there parking anywhere near prinzipalmarkt or should i take the bus lol

thx in advance!
anjali
""", charset="us-ascii", cte="7bit")


# -- 019 ---------------------------------------------------------------------
# Russian, windows-1251 base64, with a Telegram desktop copy ("Name, [date
# time]" lines).  In the chat Алексей answers "+", but the group admin says
# everyone registers on their own; the writer registers himself and his wife:
# "нас двое", "Группа 3".

@mail("kowaltschuk-telegram-russian-cp1251", "2027-01-22 22:31:47",
      E("registration", "d.kowaltschuk@mail.example", "Дмитрий Ковальчук",
        "Deutsch-Russischer Kulturverein Meridian e.V.", ["AG3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Дмитрий Ковальчук", "d.kowaltschuk@mail.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag: запись (2 чел.)", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1800307907.482915003@f77.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый вечер!

Скопировал из нашего чата в телеграме, чтобы было понятно:

Ирина Вебер, [22.01.2027 21:15]
Кто идёт на MSO-Tag 13 марта?

Алексей, [22.01.2027 21:16]
+

Дмитрий Ковальчук, [22.01.2027 21:20]
я иду, и Лену возьму

Ирина Вебер, [22.01.2027 21:31]
отлично, каждый записывается сам, адрес в описании группы ;)

Короче, записываю себя и жену Елену, нас двое. Группа 3 (финансирование и управление объединением). Алексей напишет сам.

Спасибо!
Дмитрий Ковальчук
Deutsch-Russischer Kulturverein Meridian e.V.
""", charset="windows-1251", cte="base64")


# -- 020 ---------------------------------------------------------------------
# Change (iPhone, lower case): "kann ich doch lieber in ag 1 statt ag2?"; the
# quoted confirmation names AG 2.

@mail("oeztuerk-switch-to-ag1", "2027-01-23 15:50:11",
      E("change", "murat.oeztuerk@mail.example", "Murat Öztürk", None,
        ["AG1"], None, "de"), "de")
def _(m):
    m.head(("From", "Murat Öztürk <murat.oeztuerk@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0D6E2B9A-51F3-4C87-9A2D-E8B1C47F3062@mail.example>"),
           ("In-Reply-To", "<mailbot.20270111174912.2a6c@muenster.example>"),
           ("References", "<mailbot.20270111174912.2a6c@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single(f"""hey nochmal 🙈

sorry fürs hin und her, kann ich doch lieber in ag 1 statt ag2? hab mit meiner schwester gequatscht, die ist lehrerin und meinte bildung passt eh besser zu mir 😅

thx!!
murat

Von meinem iPhone gesendet

> Am 11.01.2027 um 17:49 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
> 
{gt_quote(confirmation("Herr Öztürk", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Community newsletter (other) in chat style with emoji bullets; it mentions
# the MSO-Tag, its three AGs and the registration address.

NEWSLETTER_TEXT = f"""Hallo liebe Community! 👋

Hier euer Update für die Woche – wie immer kurz & knackig, auch in unserem Telegram-Kanal 📲

🗓️ TERMINE
• Sa 30.01. – Internationales Frühstück im Stadtteilzentrum Kinderhaus, 10 Uhr, bring was mit 🥐
• Mi 03.02. – Sprachcafé Deutsch/Arabisch/Ukrainisch, Stadtbücherei, 18 Uhr
• Sa 13.03. – Tag der Migrantenselbstorganisationen im Stadtweinhaus 🏛️ Drei AGs: Bildung, Münsters Zukunft, Förderung. Anmeldung direkt bei der Stadt: {MSO} – nicht bei uns 😉

💼 JOBS & EHRENAMT
• Die Tafel sucht Fahrer*innen mit Führerschein B
• Nachhilfe-Pat*innen für Mathe gesucht (Kl. 5–8) 📐

❤️ Teilt den Newsletter mit euren Leuten!
Euer Team von Münster International

Abmelden: https://ms-international.example/newsletter/abmelden"""


def newsletter_html():
    rows = []
    for line in NEWSLETTER_TEXT.split("\n"):
        if not line:
            rows.append("<tr><td style=\"height:10px\"></td></tr>")
        elif line.startswith(("🗓️", "💼")):
            rows.append(f"<tr><td style=\"font-weight:bold;font-size:16px;color:#c0392b\">{esc(line)}</td></tr>")
        elif line.startswith("Abmelden"):
            rows.append("<tr><td style=\"font-size:11px;color:#888\"><a href=\""
                        "https://ms-international.example/newsletter/abmelden\">Abmelden</a></td></tr>")
        else:
            rows.append(f"<tr><td>{esc(line)}</td></tr>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Wochen-Update</title></head>"
            "<body style=\"background:#f4f4f4\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(rows) + "\n</table></body></html>\n")


@mail("ms-international-newsletter", "2027-01-25 10:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Münster International 📢 <newsletter@ms-international.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "📢 Wochen-Update: Events, Jobs & Termine (KW 4)"),
           ("Date", m.date),
           ("Message-ID", "<kw04-2027.7f3e1a@ms-international.example>"),
           ("List-Unsubscribe", "<https://ms-international.example/newsletter/abmelden>"),
           ("List-Id", "Wochen-Update <update.ms-international.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, newsletter_html(), charset="utf-8",
                  cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# English, a student group's Signal chat typed out with times.  In the chat
# "meeee 🙋‍♀️", "count me in", "or 1 if 2 is full"; the writer sums up: 3 of
# us, workgroup 2, if full then 1.

@mail("adeyemi-signal-chat-english", "2027-01-25 19:22:09",
      E("registration", "tobias.adeyemi@uni-muenster.example", "Tobias Adeyemi",
        "International Student Society Münster", ["AG2", "AG1"], 3, "en"), "en")
def _(m):
    m.head(("From", "Tobi Adeyemi <tobias.adeyemi@uni-muenster.example>"),
           ("To", MSO),
           ("Subject", "3 of us for the MSO day"),
           ("Date", m.date),
           ("Message-ID", "<e94b0c71-2d3f-4a58-8e16-5b7c9d0a3f24@uni-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""hey hey,

a few of us from the international student society wanna come on 13/3 - here's our signal chat so u get the vibe lol

[18:44] Tobi: who's in for the MSO thing on 13/3??
[18:45] Mariam: meeee 🙋‍♀️
[18:47] Chen: count me in
[18:47] Tobi: sick, i'll email them
[18:52] Chen: workgroup 2 tho? the city future stuff sounds interesting
[18:53] Mariam: 👍 or 1 if 2 is full, education is cool too
[18:55] Tobi: 👌

so that's 3 of us (me, mariam & chen). workgroup 2 pls, if that's full then 1.

cheers
Tobi

Tobias Adeyemi
International Student Society Münster
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Dictated with Siri: one run-on sentence, misheard name of the coordinator
# ("Frau mehr Sakura Flock"), split words ("Migranten selbst Organisationen",
# "Vereins Management"), "AG drei", "drei Personen".

@mail("asamoah-siri-dictation", "2027-01-26 18:07:33",
      E("registration", "kofi.asamoah@mail.example", "Kofi Asamoah",
        "Afrikanischer Kulturverein Münster", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kofi Asamoah <kofi.asamoah@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<6F0B3D8E-2A71-4C95-8E4B-D13A7F6C20B5@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau mehr Sakura Flock ich möchte mich anmelden für den Tag der Migranten selbst Organisationen am 13 März wir sind drei Personen unser Verein heißt afrikanischer Kulturverein Münster und wir möchten gerne in die AG drei wegen Förderung und Vereins Management vielen Dank und schöne Grüße Kofi Asamoah

Diktiert mit Siri – bitte Fehler entschuldigen

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Ukrainian, Outlook for Android multipart/alternative, base64, CRLF.
# "Ми з вами 💪"; three people named; "АГ 3" in Cyrillic letters.

MELNYK_TEXT = """Вітаю!

Ми з вами 💪 Зареєструйте, будь ласка, трьох людей від нашої громади: я, Тарас Кравчук і Марічка Савчук.
Хочемо в АГ 3 – там, де про фінансування і як вести обʼєднання, бо в нас із цим поки біда 😅

Дякую, гарного вечора!
Андрій Мельник
Українська громада Мюнстера

Get Outlook for Android"""


@mail("melnyk-ukrainian-outlook-android", "2027-01-27 20:44:58",
      E("registration", "andrii.melnyk@mail.example", "Андрій Мельник",
        "Українська громада Мюнстера", ["AG3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Андрій Мельник <andrii.melnyk@mail.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація на MSO-Tag 💙💛"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB8841C3E0A7F1B2D5E6A9C4B7D0E2F1A3@DB9PR02MB8841.eurprd02.prod.outlook.example>"),
           ("Content-Language", "uk-UA"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(MELNYK_TEXT, owa_html(MELNYK_TEXT), charset="utf-8", cte="base64",
                  style="outlook")


# -- 025 ---------------------------------------------------------------------
# Change in Arabizi (the new text is plain ASCII), Gmail-style quote of the confirmation
# (which names AG 3, 2 persons).  "badal AG 3 bedna nrou7 3a AG 2" = instead
# of AG 3 we want to go to AG 2; "lessa ne7na 2" = still 2 of us.

@mail("mansour-arabizi-switch-to-ag2", "2027-01-28 12:10:40",
      E("change", "k.mansour@mail.example", "Khaled Mansour", None,
        ["AG2"], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <k.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB9vW2yK4pNr8Tq1sXm6LdZc3Jh0FgE7uA2oP5iR9bT4tWqM8n@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270114120540.91fe@muenster.example>"),
           ("References", "<mailbot.20270114120540.91fe@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""marhaba marra tanye :)

fi ta3deel zghir: badal AG 3 bedna nrou7 3a AG 2 (Zukunftsprozess), Samer 2al enno hayda el mawdoo3 yalli bihemmna aktar. mumken?

lessa ne7na 2, ma t8ayar shi tene

shukran ktir
khaled

Am Do., 14. Jan. 2027 um 12:05 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Herr Mansour", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Farsi in Latin letters ("Finglish").  "man va khanoomam miaim, pas 2 nafar"
# = my wife and I are coming, so 2 persons; "goruh 2 lotfan", fallback
# "goruh 1 ham okeye".

@mail("ahmadi-finglish", "2027-01-29 21:39:25",
      E("registration", "reza.ahmadi@mail.example", "Reza Ahmadi",
        "Kanoon-e Farhangi-ye Irani Münster", ["AG2", "AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Ahmadi <reza.ahmadi@mail.example>"),
           ("To", MSO),
           ("Subject", "sabtenam MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<a5c81e3f-0d94-4b27-b6f2-3e9d7a1c4f08@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""salam khaste nabashid 🙏

man va khanoomam miaim, pas 2 nafar. goruh 2 lotfan (hamoon ke darbareye ayandeye Münster-e).
age ja nabood goruh 1 ham okeye

merci, ghorboone shoma
Reza Ahmadi
Kanoon-e Farhangi-ye Irani Münster
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Sorani Kurdish (Arabic script), HTML only, right to left, base64.
# "منیش دێم" = I'm coming too; "دوو کەسین" = we are two; "گرووپی کاری
# دووەم" = the second workgroup.  Signature: first name and association.

KARIM_TEXT = """سڵاو هاوڕێیان 👋
منیش دێم 👍 من و برادەرێکم، دوو کەسین.
گرووپی کاری دووەم تکایە (داهاتووی مونستەر).
زۆر سوپاس
هاوڕێ
کۆمەڵەی کوردانی مونستەر"""


@mail("karim-sorani-html-only", "2027-01-31 16:02:14",
      E("registration", "hawre.karim@mail.example", "Hawre Karim",
        "کۆمەڵەی کوردانی مونستەر", ["AG2"], 2, "ku"), "ku")
def _(m):
    m.head(("From", "Hawre Karim <hawre.karim@mail.example>"),
           ("To", MSO),
           ("Subject", "بەشداری MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1800716534.99821.webmail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single(rtl_html(KARIM_TEXT), subtype="html", charset="utf-8", cte="base64")


# -- 028 ---------------------------------------------------------------------
# Polish, Apple Mail (iPhone) alternative.  "ja +1 (mąż)" = me plus one (my
# husband) -> 2; "grupa 3 poprosimy".  The new association has no name yet.

NOWICKA_TEXT = """siema!

ja +1 (mąż) na 13.03 👍 grupa 3 poprosimy, bo właśnie zakładamy nowe stowarzyszenie i kasa na projekty to dla nas czarna magia 🙈

dzięki wielkie!
Magda

Wysłane z iPhone'a"""


@mail("nowicka-polish-ja-plus-1", "2027-02-01 09:27:50",
      E("registration", "magda.nowicka@mail.example", "Magdalena Nowicka", None,
        ["AG3"], 2, "pl"), "pl")
def _(m):
    m.head(("From", "Magdalena Nowicka <magda.nowicka@mail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag – ja +1"),
           ("Date", m.date),
           ("Message-Id", "<3B8F1E6C-C2D4-4A07-91E5-7D0A6B3F2C18@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(NOWICKA_TEXT, apple_html(NOWICKA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 029 ---------------------------------------------------------------------
# Change of party size only (4 -> 3), with two WhatsApp lines pasted as proof;
# no new workgroup ("rest bleibt gleich").  The quoted confirmation names AG 3.

@mail("demirtas-one-drops-out-whatsapp", "2027-02-02 08:40:02",
      E("change", "aylin.demirtas@mail.example", "Aylin Demirtaş", None,
        [], 3, "de"), "de")
def _(m):
    m.head(("From", "Aylin Demirtaş <aylin.demirtas@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-8b4a2f17-e0d3-4c61-b95e-7a1c3d6f0e82-1801467602331@3c-app-mailcom-bs08>"),
           ("In-Reply-To", "<mailbot.20270112194031.c07d@muenster.example>"),
           ("References", "<mailbot.20270112194031.c07d@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""guten morgen 🙂

kurzes update, nesrin ist raus 😕 siehe:

[02.02.27, 07:58:13] Nesrin: mädels es tut mir so leid, ich muss am 13. doch arbeiten 😭
[02.02.27, 07:59:40] Aylin Demirtaş: ohhh schade 😢 ich sag der stadt bescheid

tja, kann man nix machen 🤷‍♀️ also nur noch 3 personen statt 4, rest bleibt gleich. danke euch!!

lg aylin


Gesendet: Dienstag, 12. Januar 2027 um 19:40 Uhr
Von: "Tag der Migrantenselbstorganisationen" <{MSO}>
An: aylin.demirtas@mail.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Demirtaş", "AG3", 4))}
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Question only, Syrian Arabic, Gmail alternative RTL.  Is there Arabic
# interpreting?  Does each person register separately?  Not registered yet.

SHEIKHO_TEXT = """مرحبا 🌹
عندي سؤال قبل ما سجل: في ترجمة للعربي بالمجموعات؟ لأنو بدي جيب إمي معي وهي ما بتحكي ألماني منيح 🙏
وإذا في ترجمة، لازم نسجل كل وحدة لحال؟
شكراً كتير
نور"""


@mail("sheikho-arabic-question-gmail", "2027-02-03 14:14:27",
      E("question", "nour.sheikho@mail.example", "Nour Sheikho", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Nour Sheikho <nour.sheikho@mail.example>"),
           ("To", MSO),
           ("Subject", "سؤال عن الترجمة"),
           ("Date", m.date),
           ("Message-ID", "<CAH1tR6vN9xQ2mLk5wYs8BpZd0Gj4FcE3uA7oT1iK6bW2rVqP9h@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SHEIKHO_TEXT, gmail_html(SHEIKHO_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Spanish: the transcript of a WhatsApp voice note pasted in.  "somos cuatro
# personas yo mi esposa y dos señoras del centro", "el grupo tres lo de las
# subvenciones".

@mail("quispe-spanish-voice-note", "2027-02-04 20:20:05",
      E("registration", "carlos.quispe@correo.example", "Carlos Quispe Mamani",
        "Centro Cultural Peruano Münster", ["AG3"], 4, "es"), "es")
def _(m):
    m.head(("From", "Carlos Quispe <carlos.quispe@correo.example>"),
           ("To", MSO),
           ("Subject", "inscripción día MSO (nota de voz)"),
           ("Date", m.date),
           ("Message-ID", "<1801077605.12094.webmail@correo.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buenas!! les paso la transcripción de la nota de voz que le mandé a mi hija para que ella les escribiera en alemán, pero mejor se la mando así directamente 😂

🎙️ Transcripción (1:12):
hola buenas soy Carlos del Centro Cultural Peruano eh queríamos apuntarnos para el día este de las asociaciones de migrantes el trece de marzo somos cuatro personas yo mi esposa y dos señoras del centro y nos interesa el grupo tres lo de las subvenciones y cómo llevar la asociación porque la verdad andamos un poco perdidos vale muchas gracias chao chao

Saludos
Carlos Quispe Mamani
Centro Cultural Peruano Münster
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# French: she registers a colleague from her association by pasting his
# WhatsApp messages; the confirmation is to go to his own address.  She
# herself will not come.

@mail("uwimana-registers-colleague-whatsapp", "2027-02-06 11:05:48",
      E("registration", "jb.nkurunziza@mail.example", "Jean-Baptiste Nkurunziza",
        "Afrique Solidaire Münster", ["AG2"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Claudine Uwimana <c.uwimana@afrique-solidaire.example>"),
           ("To", MSO),
           ("Subject", "inscription pour un collègue"),
           ("Date", m.date),
           ("Message-ID", "<7e2d4b91-c3a0-4f58-9b16-0d8e5f2a7c43@afrique-solidaire.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

mon collègue de l'asso Jean-Baptiste Nkurunziza n'a pas d'ordi en ce moment, il m'a envoyé ça sur WhatsApp 👇 moi je ne pourrai pas venir malheureusement.

[06/02/2027 09:12] JB Nkurunziza: Claudine stp tu peux m'inscrire au MSO-Tag ? juste moi, atelier 2 (l'avenir de Münster). je suis partant à 100% 💯
[06/02/2027 09:13] JB Nkurunziza: mon mail c'est jb.nkurunziza@mail.example
[06/02/2027 09:20] Claudine: ok je m'en occupe 👍

Merci de lui envoyer la confirmation directement à jb.nkurunziza@mail.example 🙏

Bonne journée
Claudine Uwimana
Afrique Solidaire Münster
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# German/English youth slang from Outlook on the web (alternative, CRLF).
# "ich + meine kollegin Thao, also 2 pax"; "AG 1 oder 2, egal – lieber 1".

NGUYEN_TEXT = """yo liebes orga-team,

bin dabei!! 🔥 ich + meine kollegin Thao, also 2 pax
AG 1 oder 2, egal – lieber 1 😅

thx & cu am 13.3.
leonie

Leonie Nguyen
VietYouth Münster e.V. | Vorstand"""


@mail("nguyen-denglisch-owa", "2027-02-08 17:30:16",
      E("registration", "leonie.nguyen@vietyouth-ms.example", "Leonie Nguyen",
        "VietYouth Münster e.V.", ["AG1", "AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Leonie Nguyen <leonie.nguyen@vietyouth-ms.example>"),
           ("To", MSO),
           ("Subject", "anmeldung 2 pax 🔥"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR04MB7F2C91D4E6A3B8C0D5F1E2A7B9C3D6E8@AM0PR04MB7F2C.eurprd04.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.alternative(NGUYEN_TEXT, owa_html(NGUYEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Question only, Farsi, plain UTF-8 base64: may she bring her son (7)?  "(۷
# سالشه)" is an age, not a workgroup.  Not registered yet; the signature
# gives her full name in Persian script.

@mail("rostami-farsi-question-child", "2027-02-10 10:45:39",
      E("question", "maryam.rostami@mail.example", "مریم رستمی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rostami <maryam.rostami@mail.example>"),
           ("To", MSO),
           ("Subject", "سوال درباره بچه"),
           ("Date", m.date),
           ("Message-ID", "<5d0e9b37-a1f4-4c62-8e73-2b6f0d9c1a85@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام خسته نباشید
ببخشید یه سوال داشتم: میشه پسرم (۷ سالشه) رو با خودم بیارم؟ برای بچه‌ها جایی هست؟
هنوز ثبت‌نام نکردم، اگه بشه بعدا ثبت‌نام می‌کنم 🙏
ممنون
مریم رستمی
""", charset="utf-8", cte="base64")


# -- 035 ---------------------------------------------------------------------
# Change, French, Apple Mail alternative quoting the confirmation (AG 3):
# "on préfère l'atelier 1 ... sinon on reste au 3" -> AG1 first, AG3 fallback.

DIOP_CHANGE = """Re slt 👋

petit changement : finalement Ibrahima et moi on préfère l'atelier 1 (éducation) si y a encore de la place, sinon on reste au 3 pas de souci

merci bcp !
Moussa"""
DIOP_ATTR = f"Le 17 janv. 2027 à 09:16, Tag der Migrantenselbstorganisationen <{MSO}> a écrit :"


@mail("diop-change-atelier-1-else-3", "2027-02-12 13:18:55",
      E("change", "moussa.diop@mail.example", "Moussa Diop", None,
        ["AG1", "AG3"], None, "fr"), "fr")
def _(m):
    conf = confirmation("Herr Diop", "AG3", 2)
    m.head(("From", "Moussa Diop <moussa.diop@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-Id", "<5E9A0C27-B3D1-4F86-A7E2-C8F14B6D903E@mail.example>"),
           ("In-Reply-To", "<mailbot.20270117091551.e2b8@muenster.example>"),
           ("References", "<mailbot.20270117091551.e2b8@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    plain = f"{DIOP_CHANGE}\n\n> {DIOP_ATTR}\n> \n{gt_quote(conf)}\n"
    m.alternative(plain, apple_html(DIOP_CHANGE, DIOP_ATTR, conf), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 036 ---------------------------------------------------------------------
# Bounce from a freemail provider (German and English text): the recipient's
# mailbox is full (5.2.2).  Only the headers of the confirmation come back.

FREEMAIL_RCPT = "ireneusz.zielinski@freemail.example"


def _freemail_headers():
    return f"""Return-Path: <{MSO}>
Received: from mx.muenster.example (mx.muenster.example [198.51.100.20])
	by mx01.freemail.example with ESMTPS id 1MxQ7K-1rT0aB3xYz-00kLpW
	for <{FREEMAIL_RCPT}>; Mon, 15 Feb 2027 09:09:10 +0100
From: Tag der Migrantenselbstorganisationen <{MSO}>
To: =?utf-8?q?Ireneusz_Zieli=C5=84ski?= <{FREEMAIL_RCPT}>
Subject: =?utf-8?q?Anmeldebest=C3=A4tigung_MSO-Tag_2027?=
Date: Mon, 15 Feb 2027 09:09:07 +0100
Message-ID: <mailbot.20270215090907.40aa@muenster.example>
In-Reply-To: <4f1c9e0a-7b2d-4e53-a8c6-1d0f3b9e7a25@freemail.example>
References: <4f1c9e0a-7b2d-4e53-a8c6-1d0f3b9e7a25@freemail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""


@mail("freemail-bounce-mailbox-full", "2027-02-15 09:09:12",
      E("bounce", bounced=FREEMAIL_RCPT), "de")
def _(m):
    rcpt = FREEMAIL_RCPT
    m.head(("From", "Mail Delivery System <mailer-daemon@mx01.freemail.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0MKxK1-1rT0aC0QwE-00Hf2n@mx01.freemail.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.
Dies ist ein dauerhafter Fehler:

  {rcpt}
    Das Postfach des Empfängers ist voll, der Speicherplatz ist
    überschritten. Die Nachricht wurde nicht zugestellt.

--- English ---

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error:

  {rcpt}
    Mailbox full: the recipient's storage quota is exceeded.
""", charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.freemail.example"),
         ("Arrival-Date", "Mon, 15 Feb 2027 09:09:10 +0100")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded")])
    headers = m.text(_freemail_headers(), subtype="rfc822-headers", charset="us-ascii",
                     cte="7bit", headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Change of party size only (2 -> 1), Ukrainian, with the friend's Telegram
# message pasted in; Gmail quote of the confirmation (AG 2, 2 persons).

@mail("bondar-friend-drops-telegram", "2027-02-17 18:55:21",
      E("change", "oksana.bondar@mail.example", "Оксана Бондар", None,
        [], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Оксана Бондар <oksana.bondar@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN4rT7cMx5Lq8Wn2Rk9ZsYb1Hd6FgE3uP0oA4iT7mV2tXqJ5r@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270115203109.5b3e@muenster.example>"),
           ("References", "<mailbot.20270115203109.5b3e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Привіт ще раз 🙂

Ірина не зможе прийти 😔 ось що вона мені написала в телеграмі:

Ірина, [17.02.2027 18:31]
Оксано, вибач, 13-го в мене зміна на роботі, ніяк не поміняюсь 😢

Тож буду тільки я, одна особа. Решта без змін.

Дякую!
Оксана

пт, 15 січ. 2027 р. о 20:31 Tag der Migrantenselbstorganisationen <{MSO}> пише:

{gt_quote(confirmation("Frau Bondar", "AG2", 2))}
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# Question only, Kurmanji, ISO-8859-9 quoted-printable: is there Kurdish
# interpreting?  "if so, we will both register" (a conditional, not yet a
# registration).

@mail("dogan-kurmanji-question-latin5", "2027-02-19 21:12:44",
      E("question", "serhat.dogan@mail.example", "Serhat Doğan", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", addr("Serhat Doğan", "serhat.dogan@mail.example", "iso-8859-9")),
           ("To", MSO),
           ("Subject", ew("Pirs derbarê MSO-Tag", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270219211244.4e7b02c9@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

pirsek min heye: li MSO-Tag wergera kurdî heye? Bavê min dixwaze were, lê almanî baş nizane. Heke werger hebe, em ê herdu jî xwe qeyd bikin.

Spas ji niha ve
Serhat Doğan
""", charset="iso-8859-9", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Out-of-office to the reminder, Polish with an English line; recognisable only
# from subject and text (no Auto-Submitted header).  Informal, with emoji.

@mail("wisniewska-polish-out-of-office", "2027-02-23 10:03:07", E("auto_reply"), "pl")
def _(m):
    m.head(("From", addr("Kasia Wiśniewska", "k.wisniewska@poczta.example", "iso-8859-2")),
           ("To", TO_MSO),
           ("Subject", "Autoodpowiedź: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1803286987.2291@poczta.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("MIME-Version", "1.0"))
    m.single("""To jest automatyczna odpowiedź.

hej! jestem na urlopie do 2 marca 🌴☀️ bez dostępu do maila.
w pilnych sprawach pisz na WhatsAppie: +49 152 0000 4471

pozdro, Kasia

---
This is an automatic reply. I'm on holiday until 2 March.
""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Sent to the wrong address (other): a forwarded WhatsApp chat about a henna
# night on 12 March, meant for a friend.  The chat has "ben varım!!" and
# "biz 4 kişiyiz", but it is not about the MSO-Tag.

@mail("aydemir-wrong-recipient-kina-chat", "2027-02-24 07:50:30", E("other"), "tr")
def _(m):
    m.head(("From", "Gülten Aydemir <guelten.aydemir@mail.example>"),
           ("To", MSO),
           ("Subject", "Fwd: kına gecesi listesi 💃"),
           ("Date", m.date),
           ("Message-ID", "<CAK8wP3nT6vRq1Lx9mZs4YbBd7Jh2FgE0uA5oS8iN3cW6tXrQ1m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Melek'ciğim listeyi sen tutuyordun ya, gruptan kopyaladım sana 😘

[23.02.27, 22:14:05] Songül: kına gecesi 12 martta, salonu ayarladım 💃
[23.02.27, 22:15:30] Hatice: ben varım!! 🙋‍♀️
[23.02.27, 22:16:02] Songül: kaç kişi geliyorsunuz yazın lütfen, yemek için lazım
[23.02.27, 22:20:41] Hatice: biz 4 kişiyiz
[23.02.27, 22:31:17] Gülten: biz de 2 kişi, ben ve annem

öptüm, görüşürüz
Gülten
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Cancellation, English, Gmail alternative quoting the confirmation.
# "gotta bail on the 13th", "pls take me off the list".

OWUSU_CANCEL = """hiii, soooo sorry but i gotta bail on the 13th 😩 my mum is flying in from accra that weekend and i can't get out of it

pls take me off the list so someone else can have my spot 🙏 maybe next yr!

xx jess"""
OWUSU_ATTR = f"On Tue, 12 Jan 2027 at 09:04, Tag der Migrantenselbstorganisationen <{MSO}> wrote:"


@mail("owusu-gotta-bail-cancel", "2027-02-26 22:14:09",
      E("cancellation", "jess.owusu@mail.example", "Jess Owusu", None, [], None, "en"), "en")
def _(m):
    conf = confirmation("Frau Owusu", "AG1", 1)
    m.head(("From", "Jess Owusu <jess.owusu@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kQm9rW5xT2pLv8Nz1YdBs6Hc4JgE7uA0oK3iQ9bR2tVeM6y@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270112090410.6f2d@muenster.example>"),
           ("References", "<mailbot.20270112090410.6f2d@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{OWUSU_CANCEL}\n\n{OWUSU_ATTR}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(OWUSU_CANCEL, attribution=OWUSU_ATTR, quoted=conf),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 042 ---------------------------------------------------------------------
# Cancellation, Turkish, windows-1254 quoted-printable, ":(" instead of emoji.

@mail("koc-turkish-cancel-cp1254", "2027-03-01 19:37:40",
      E("cancellation", "emrekoc@mail.example", "Emre Koç", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emre Koç", "emrekoc@mail.example", "windows-1254")),
           ("To", MSO),
           ("Subject", "iptal - MSO"),
           ("Date", m.date),
           ("Message-ID", "<20270301183740.1b9f44e2@mail.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""merhaba,

kusura bakmayın, 13 martta gelemiyoruz :( eşimin annesi hastalandı, türkiye'ye gitmemiz gerekiyor. kısmet değilmiş. kaydımızı iptal edebilir misiniz? 2 kişiydik

kolay gelsin
emre koç
""", charset="windows-1254", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation in ALL CAPS, Outlook Express reply ("----- Original Message
# -----") quoting the confirmation (AG 1, 2 persons); ISO-8859-1, CRLF.

@mail("yuecel-all-caps-cancel", "2027-03-04 08:02:19",
      E("cancellation", "a.r.yuecel@mail.example", "Ali Riza Yücel", None, [], None, "de"), "de")
def _(m):
    m.head(("From", addr("YÜCEL ALI RIZA", "a.r.yuecel@mail.example", "iso-8859-1")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000701db8cd2$7e1a4b30$0201a8c0@pcwohnzimmer.example>"),
           ("In-Reply-To", "<mailbot.20270119162051.8c15@muenster.example>"),
           ("References", "<mailbot.20270119162051.8c15@muenster.example>"),
           ("X-Priority", "3"),
           ("X-MSMail-Priority", "Normal"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("X-MimeOLE", "Produced By Microsoft MimeOLE V6.00.2900.6157"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single(f"""GUTEN TAG

LEIDER KÖNNEN MEINE FRAU UND ICH NICHT KOMMEN. BIN IM KRANKENHAUS
BITTE STREICHEN SIE UNS

MFG
ALI RIZA YÜCEL

----- Original Message -----
From: "Tag der Migrantenselbstorganisationen" <{MSO}>
To: "YÜCEL ALI RIZA" <a.r.yuecel@mail.example>
Sent: Tuesday, January 19, 2027 4:20 PM
Subject: {CONFIRMATION_SUBJECT}


{gt_quote(confirmation("Herr Yücel", "AG1", 2))}
""", charset="iso-8859-1", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation, Russian slang from a phone: "сорян", "((", "плиз", 🤒.

@mail("smirnova-cancel-sick-phone", "2027-03-09 23:45:03",
      E("cancellation", "olga.smirnova88@mail.example", "Ольга Смирнова", None,
        [], None, "ru"), "ru")
def _(m):
    m.head(("From", "Ольга Смирнова <olga.smirnova88@mail.example>"),
           ("To", MSO),
           ("Subject", "отмена(("),
           ("Date", m.date),
           ("Message-ID", "<1805150703.118834210@mobile.mail.example>"),
           ("X-Mailer", "Mail.App Android 14.88"),
           ("MIME-Version", "1.0"))
    m.single("""добрый вечер

сорян, не смогу прийти в субботу(( слегла с температурой 🤒 видимо, не судьба. отмените меня плиз

Оля
""", charset="utf-8", cte="8bit")


# -- 045 ---------------------------------------------------------------------
# Cancellation of a group of three, Spanish, HTML only (base64).  "no podemos
# ir ninguna de las 3", "borradnos de la lista porfa".

RAMIREZ_CANCEL = """hola de nuevo,

lo siento muchísimo pero al final no podemos ir ninguna de las 3 😢 se nos ha cruzado un evento del colectivo justo ese sábado. borradnos de la lista porfa, así dejáis sitio a otra gente

un abrazo y ojalá el año que viene!
Lu"""


@mail("ramirez-cancel-html-only", "2027-03-11 12:30:58",
      E("cancellation", "lucia.ramirez@correo.example", "Lucía Ramírez", None,
        [], None, "es"), "es")
def _(m):
    m.head(("From", "Lucía Ramírez <lucia.ramirez@correo.example>"),
           ("To", MSO),
           ("Subject", "cancelación 😢"),
           ("Date", m.date),
           ("Message-ID", "<1805283058.77120.webmail@correo.example>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(RAMIREZ_CANCEL), subtype="html", charset="utf-8", cte="base64")


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
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WGS = ("AG1", "AG2", "AG3")


def check_expected(e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    if any(w not in WGS for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    person = k in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower() or not e["name"] or not e["language"]:
            problems.append("person mail lacks email/name/language or email not lower-case")
    else:
        if any(e[f] is not None for f in ("email", "name", "organisation", "party_size", "language")) \
                or e["workgroups"]:
            problems.append("machine/other mail must have null person fields")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k in ("cancellation", "question") and (e["party_size"] is not None or e["workgroups"]):
        problems.append("cancellation/question: party_size null, workgroups []")
    if (k == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["bounced_recipient"] and e["bounced_recipient"] != e["bounced_recipient"].lower():
        problems.append("bounced_recipient not lower-case")
    return problems


def check(name, data, m, expected):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build time")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # line lengths (octets, without the line end) and line ends
    nl = b"\r\n" if m.crlf else b"\n"
    for i, line in enumerate(data.split(nl)):
        if len(line) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
        if m.crlf and b"\n" in line:
            problems.append(f"line {i + 1}: bare LF in a CRLF mail")
        if not m.crlf and line.endswith(b"\r"):
            problems.append(f"line {i + 1}: CR in an LF mail")
    # every text part decodes strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g != w:
                problems.append(f"part {i}: attachment bytes differ")
        elif g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:by|from) ([\w-]+(?:\.[\w-]+)+)", text):
        if "." in dom and not EXAMPLE_DOMAIN.search(dom.lower()) and not re.match(r"[\d.]+$", dom):
            problems.append(f"non-example host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if msg.get_content_type() != "multipart/report":
            problems.append("bounce is not multipart/report")
    if expected["email"]:
        if expected["email"] not in text.lower():
            problems.append("expected email address appears nowhere in the mail")
    problems += check_expected(expected)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    person_langs = collections.Counter(e["language"] for _, _, e, _ in built if e["language"])
    reg_langs = collections.Counter(e["language"] for _, _, e, _ in built
                                    if e["kind"] == "registration")
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
    print("text languages (all mails):", dict(sorted(langs.items())))
    print("language labels (person mails):", dict(sorted(person_langs.items())))
    print("registration languages:", dict(sorted(reg_langs.items())))
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
            if path.exists() and path.read_bytes() != data:
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
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
