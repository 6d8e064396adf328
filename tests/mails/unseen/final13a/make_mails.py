#!/usr/bin/env python3
"""Build the "phone mail" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

45 mails to the MSO-Tag 2027 mailbox (config.toml is an unchanged copy of the dev
config), written on smartphones by people in a hurry: voice dictation without
punctuation, misheard words, numbers spelled out by the dictation, autocorrect
slips, all-lowercase typing, emoji, "Von meinem iPhone gesendet" footers, very
short mails and a few long rambling ones.

Every mail text is written by hand below.  This script only wraps the texts in
MIME with the standard `email` package, writes the files and checks them:

  * every mail parses with email.policy.default without defects;
  * every text part decodes strictly in its declared charset, and to exactly
    the text written here;
  * no raw line is longer than 998 octets (CR LF not counted);
  * Date headers rise with the numbering and lie in Jan-Mar 2027;
  * every address and URL host is an example domain;
  * each expected record has every key.

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
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
MSO_NAME = "Tag der Migrantenselbstorganisationen"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


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
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"phone13a/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def uuid_like(slug, n="id", upper=True):
    h = _h(slug, n)
    s = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    return s.upper() if upper else s


# ---------------------------------------------------------------------------
# one message
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
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
            host = relay or (("smtp." if domain.startswith("mail") else "mail.") + domain)
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:10].upper()
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
             params=None, headers=None, record=True):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "apple":
            return f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16) % 10**15}"
        if style == "outlook":
            return f"_000_{h[:4].upper()}PR04MB{h[4:16].upper()}EURP_"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

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
                    html_cte=None, style="std"):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
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
# texts the mailbox sent out (quoted in replies, returned in the bounce)
# ---------------------------------------------------------------------------

INVITATION_ID = "<kiz-einladung.mso2027.0112140301@muenster.example>"
INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10:00 bis 16:00 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der Tag der Migrantenselbstorganisationen
2027 statt. Dazu laden wir Sie herzlich ein.

Nach der Mittagspause tagen drei Arbeitsgruppen parallel:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis 6. März 2027 als Antwort auf diese E-Mail oder an
mso-tag@muenster.example. Schreiben Sie uns bitte, wer kommt, für welche
Organisation, in welche Arbeitsgruppe Sie möchten und mit wie vielen
Personen Sie insgesamt kommen.

Die Teilnahme ist kostenfrei.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT_7D = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"
REMINDER_SUBJECT_1D = "Morgen: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(name, ag, persons):
    return f"""Guten Tag {name},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin:        Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:           Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen:      {persons}

Für Änderungen oder eine Absage antworten Sie bitte auf diese Nachricht.

Viele Grüße
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def reminder_1d(name, ag):
    return f"""Guten Tag {name},

morgen ist es so weit: Wir freuen uns, Sie am Samstag, 13. März 2027, um
10:00 Uhr im Stadtweinhaus, Prinzipalmarkt 8, zu begrüßen.

Ihre Arbeitsgruppe am Nachmittag: {AG_LINE[ag]}

Falls Sie doch nicht kommen können, geben Sie uns bitte kurz Bescheid,
damit wir Ihren Platz weitergeben können.

Viele Grüße
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, name, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(name, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# how the phone clients dress a text
# ---------------------------------------------------------------------------

def lines_html(text, tag="div", attrs=""):
    return "".join(f"<{tag}{attrs}>{esc(l) if l else '<br>'}</{tag}>" for l in text.split("\n"))


def iphone_alt_reply(m, text, attribution, quoted, cte="quoted-printable"):
    """iOS Mail reply: plain part with '> ' quote, HTML with blockquote type=cite."""
    plain = f"{text}\n\n> {attribution}\n> \n{gt_quote(quoted)}"
    body = lines_html(text, "div", ' dir="ltr"')
    qhtml = "".join(f"{esc(l)}<br>" if l else "<br>" for l in quoted.split("\n"))
    html_text = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 f"<body dir=\"auto\">{body}<div dir=\"ltr\"><br><blockquote type=\"cite\">"
                 f"{esc(attribution)}<br><br></blockquote></div><blockquote type=\"cite\">"
                 f"<div dir=\"ltr\">{qhtml}</div></blockquote></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte=cte, style="apple")


def samsung_alt(m, text, cte="base64"):
    body = lines_html(text, "div", ' dir="auto"')
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                 f"<body>{body}</body></html>\n")
    m.alternative(text, html_text, charset="utf-8", cte=cte, style="samsung")


def gmail_alt(m, text, quote=None, cte="quoted-printable", rtl=False):
    """Gmail (Android/iOS app): <div dir="auto"> lines; optional (attribution, quoted)."""
    d = ' dir="rtl"' if rtl else ' dir="auto"'
    inner = lines_html(text, "div", d)
    plain = text
    if quote:
        attribution, quoted = quote
        plain = f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"
        qhtml = "".join(f"{esc(l)}<br>" if l else "<br>" for l in quoted.split("\n"))
        inner += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
                  f"<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                  f"{qhtml}</blockquote></div>")
    m.alternative(plain, f"<div{d}>{inner}</div>\n", charset="utf-8", cte=cte, style="gmail")


def outlook_mobile_alt(m, text, header_block=None, quoted=None, cte="quoted-printable"):
    """Outlook for Android / iOS: HTML with a div per line; reply block with a rule."""
    plain = text
    body = lines_html(text, "div", ' dir="auto"')
    if header_block:
        plain = f"{text}\n________________________________\n{header_block}\n\n{quoted}"
        hb = "<br>".join(esc(l) for l in header_block.split("\n"))
        qhtml = "<br>".join(esc(l) for l in quoted.split("\n"))
        body += (f"<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">"
                 f"<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" color=\"#000000\">"
                 f"{hb}</font><div>&nbsp;</div></div><div>{qhtml}</div>")
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 f"<body><div dir=\"auto\" style=\"font-family: sans-serif;\">{body}</div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte=cte, style="outlook")


IPHONE_DE = "Von meinem iPhone gesendet"
SAMSUNG_DE = "Von meinem Samsung Galaxy Smartphone gesendet."
OUTLOOK_ANDROID_DE = "Von Outlook für Android gesendet"


def iphone_headers(m, frm, subject, *extra, to=MSO, mailer="iPhone Mail (22D82)"):
    m.head(("From", frm), ("X-Mailer", mailer),
           ("Mime-Version", "1.0 (1.0)"), ("Subject", subject), ("Date", m.date),
           ("Message-Id", f"<{uuid_like(m.slug)}@{re.search(r'@([^>]+)>', frm).group(1)}>"),
           ("To", to), *extra)


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# iPhone dictation, reply to the invitation (top-posted, whole invitation
# quoted, all three AGs in the quote).  No punctuation; "Förderung
# Möglichkeiten und Vereins Management" split by the dictation; "AG drei".
# "ich und mein Kollege Murat" -> 2.

@mail("aslan-iphone-dictation-reply", "2027-01-12 15:21:37",
      E("registration", "cem.aslan@tdsv-muenster.example", "Cem Aslan",
        "Türkisch Deutscher Sportverein Münster", ["AG3"], 2, "de"), "de")
def _(m):
    iphone_headers(m, "Cem Aslan <cem.aslan@tdsv-muenster.example>",
                   "Re: " + INVITATION_SUBJECT,
                   ("In-Reply-To", INVITATION_ID), ("References", INVITATION_ID),
                   to=TO_MSO)
    text = """Hallo Frau Meza Correa Flock ich melde mich hiermit an für den MSO Tag am 13. März wir kommen zu zweit ich und mein Kollege Murat aus dem Vorstand wir würden gerne in die AG drei Förderung Möglichkeiten und Vereins Management weil wir dieses Jahr zum ersten Mal Fördergelder beantragen wollen
Grüße Cem Aslan
Türkisch Deutscher Sportverein Münster

""" + IPHONE_DE
    iphone_alt_reply(m, text, f"Am 12.01.2027 um 14:03 schrieb {MSO_NAME} <{MSO}>:", INVITATION)


# -- 002 ---------------------------------------------------------------------
# Samsung Email, all lowercase, "ag 1bildung" run together; signed with the
# first name only, so the full name comes from the From header.

@mail("demir-samsung-short", "2027-01-12 18:47:02",
      E("registration", "sevgi.demir@posteo-mail.example", "Sevgi Demir", None,
        ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "anmeldung"),
           ("Message-ID", "<9ksd1xq0ml3b4wz7v2aep5rc.1768240022123@email.android.example>"),
           ("From", "Sevgi Demir <sevgi.demir@posteo-mail.example>"),
           ("To", MSO))
    samsung_alt(m, """hallo ich möchte mich anmelden für den mso tag am 13.3 ,ag 1bildung
lg sevgi



""" + SAMSUNG_DE)


# -- 003 ---------------------------------------------------------------------
# Turkish voice typing in the Gmail app: no punctuation at all.  "ikinci
# çalışma grubu" = the second workgroup; "eşimle birlikte ... yani iki kişi"
# = with my husband, i.e. two persons.  The signature is typed.

KOC_TEXT = """merhaba 13 martta yapılacak göçmen dernekleri gününe kayıt olmak istiyorum ikinci çalışma grubuna katılmak istiyoruz münsterin geleceği ile ilgili olan eşimle birlikte geleceğiz yani iki kişi teşekkürler

Hatice Koç
Münster Türk Veli Derneği"""


@mail("koc-turkish-voice-typing", "2027-01-12 21:05:48",
      E("registration", "hatice.koc@gmail.example", "Hatice Koç",
        "Münster Türk Veli Derneği", ["AG2"], 2, "tr"), "tr")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAHk7mPq3vN0xR2aZ9dL6wT1sY8fB4gJ5cU0eO7iK3nM2qVb8Xw@mail.gmail.example>"),
           ("Subject", "kayıt MSO"),
           ("From", "Hatice Koç <hatice.koc@gmail.example>"),
           ("To", MSO), relay="mail-sor-f41.google.example")
    gmail_alt(m, KOC_TEXT)


# -- 004 ---------------------------------------------------------------------
# iPhone, typed lowercase with an emoji; first choice AG 3, second AG 2 "falls
# die voll ist".  The organisation is given as "caritas, migrationsdienst".

@mail("wendt-lowercase-first-second-choice", "2027-01-13 07:32:15",
      E("registration", "lisa.wendt@caritas-ms.example", "Lisa Wendt",
        "Caritas Migrationsdienst", ["AG3", "AG2"], 1, "de"), "de")
def _(m):
    iphone_headers(m, '"Wendt, Lisa" <lisa.wendt@caritas-ms.example>', "MSO Tag")
    m.single("""hi zusammen,
ich würd gern zum mso tag kommen 🙂 am liebsten ag3 (fördermöglichkeiten/vereinsmanagement), falls die voll ist gern ag 2.
bin von der caritas, migrationsdienst.
lg lisa wendt

""" + IPHONE_DE + "\n", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Her vacation notice answers our confirmation four minutes later
# (Auto-Submitted: auto-replied; Exchange-style subject prefix).

@mail("wendt-vacation-autoreply", "2027-01-13 07:36:40",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Wendt, Lisa" <lisa.wendt@caritas-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Abwesend: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1822D04E1A7B3C96E5F0@FR2P281MB1822.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270113073241.5b1e@muenster.example>"),
           ("References", "<mailbot.20270113073241.5b1e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Januar 2027 im Urlaub und lese in dieser
Zeit keine E-Mails. In dringenden Fällen wenden Sie sich bitte an
migrationsdienst@caritas-ms.example oder telefonisch an 0251 53 009-0.

Mit freundlichen Grüßen
Lisa Wendt
Caritas Münster – Migrationsdienst
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Arabic iPhone dictation, no punctuation, base64.  "انا واخي سنحضر معا" = my
# brother and I will come together -> 2; "مجموعة العمل الثالثة" = the third
# workgroup.  Organisation only in Arabic ("the Syrian association in
# Münster"); signed with the first name only.

@mail("alhassan-arabic-dictation", "2027-01-13 12:10:09",
      E("registration", "omar.alhassan@icloud-mail.example", "Omar Alhassan",
        "الجمعية السورية في مونستر", ["AG3"], 2, "ar"), "ar")
def _(m):
    iphone_headers(m, "Omar Alhassan <omar.alhassan@icloud-mail.example>", "تسجيل")
    m.single("""مرحبا انا من الجمعية السورية في مونستر واريد التسجيل في يوم منظمات المهاجرين يوم 13 مارس انا واخي سنحضر معا نريد مجموعة العمل الثالثة عن التمويل وادارة الجمعيات شكرا جزيلا

عمر

أُرسلت من الـ iPhone
""", charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Ukrainian from a Samsung phone, emoji; the From display name is Cyrillic.
# "перша робоча група – освіта" = first workgroup, education; "двоє дітей"
# (two children at school) is not the party size; "Буду сама" = I come alone.

@mail("shevchuk-ukrainian-samsung", "2027-01-13 19:55:31",
      E("registration", "olena.shevchuk@mail.example", "Олена Шевчук", None,
        ["AG1"], 1, "uk"), "uk")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "Реєстрація 13.03"),
           ("Message-ID", "<r4t8w1kq2xm9zv0n5ja7cb3e.1768330531880@email.android.example>"),
           ("From", "Олена Шевчук <olena.shevchuk@mail.example>"),
           ("To", MSO))
    samsung_alt(m, """Добрий вечір 🌻
Хочу зареєструватися на День організацій мігрантів 13 березня. Мене цікавить перша робоча група – освіта, бо в мене двоє дітей ходять до школи тут у Мюнстері і питань дуже багато. Буду сама.
Дякую!!
Олена


Надіслано з мого Galaxy""")


# -- 008 ---------------------------------------------------------------------
# Question only (parking, walking distance); she will register later, once
# her group knows who comes.  Outlook for iOS.

BROCKMANN_TEXT = """Guten Morgen,

kurze Frage zum MSO-Tag: gibt es am Stadtweinhaus Parkplätze in der Nähe oder kommt man besser mit dem Bus? Ich bin gehbehindert und kann nicht weit laufen.
Anmelden würde ich mich dann noch, muss erst mit unserem Verein klären wer alles mitkommt.

Danke und Gruß
Ute Brockmann
Deutsch-Polnischer Frauentreff

Outlook für iOS beziehen"""


@mail("brockmann-parking-question", "2027-01-14 09:12:44",
      E("question", "ute.brockmann@t-mail.example", "Ute Brockmann",
        "Deutsch-Polnischer Frauentreff", [], None, "de"), "de")
def _(m):
    m.head(("From", "Ute Brockmann <ute.brockmann@t-mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Parken MSO-Tag"),
           ("Thread-Topic", "Frage Parken MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB2130E6B7A2C4D91F03@AS8P189MB2130.EURP189.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    outlook_mobile_alt(m, BROCKMANN_TEXT)


# -- 009 ---------------------------------------------------------------------
# Learner German typed with an English keyboard: autocorrect turned
# "Münster" into "Monster" twice and "Arbeitsgruppe" into "Arbeitsgruppen";
# the saved signature is correct.  Wife and daughter -> 3; "seit 6 Jahre" is
# not a party size.

HAILE_TEXT = """Hallo

Ich möchte mich anmelden für dem MSO Tag am 13 März. Ich komme mit meine Frau und meine Tochter, also 3 Personen.
Wir wollen in Arbeitsgruppen 2, Zukunft von Monster, weil wir wohnen seit 6 Jahre in Monster und wollen mitmachen.

Danke
Semere Haile
Eritreische Gemeinde Münster e.V."""


@mail("haile-autocorrect-monster", "2027-01-14 17:40:20",
      E("registration", "semere.haile@gmail.example", "Semere Haile",
        "Eritreische Gemeinde Münster e.V.", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAP3xW9rT0bQ7mK2vN8sL4dZ1fH6gJ5cY0eU3oA7iR2nB9qMk4w@mail.gmail.example>"),
           ("Subject", "Anmeldung"),
           ("From", "Semere Haile <semere.haile@gmail.example>"),
           ("To", MSO), relay="mail-yw1-f172.google.example")
    gmail_alt(m, HAILE_TEXT)


# -- 010 ---------------------------------------------------------------------
# Very short: the choice is only in the Subject, the body is "Bin dabei 👍".

@mail("brandt-bin-dabei", "2027-01-14 22:15:03",
      E("registration", "jonas.brandt@mail.example", "Jonas Brandt", None,
        ["AG2"], 1, "de"), "de")
def _(m):
    iphone_headers(m, "Jonas Brandt <jonas.brandt@mail.example>", "Anmeldung AG2")
    m.single("Bin dabei 👍\n\n" + IPHONE_DE + "\n", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# A long rambling dictation by a pensioner (Samsung, base64): one paragraph,
# no punctuation.  It mentions 2018's topics, his club, his wife Lydia ("mit
# meiner Frau Lydia wir sind also zwei Personen") and "die Gruppe drei mit
# den Fördermitteln".  The From display name is abbreviated; the dictated
# closing gives the full name.

BECKER_TEXT = """Guten Tag liebe Frau Meza ich habe die Einladung bekommen von unserem Vorsitzenden der hat sie an alle im Verein weitergeleitet und ich wollte mich gleich melden weil ich beim letzten Mal schon dabei war das war glaube ich zweitausendachtzehn da ging es um den herkunftssprachlichen Unterricht und das war sehr interessant aber ich bin jetzt Rentner und meine Augen sind nicht mehr so gut darum spreche ich das in das Handy mein Enkel hat mir das gezeigt also entschuldigen Sie wenn da Fehler drin sind ich möchte mich anmelden mit meiner Frau Lydia wir sind also zwei Personen und wir möchten in die Gruppe drei mit den Fördermitteln weil wir im Verein jedes Jahr Ärger haben mit den Anträgen bei der Stadt und beim Land und keiner weiß so richtig wie das geht der Kassierer hat aufgehört und jetzt mache ich das wieder obwohl ich eigentlich nicht mehr wollte na ja so ist das im Verein das kennen Sie sicher auch ich bin im Seniorenclub Regenbogen das ist der Club der Russlanddeutschen hier in Kinderhaus wir treffen uns immer dienstags im Bürgerhaus falls Sie mal vorbeikommen wollen sind Sie herzlich eingeladen es gibt immer Kuchen
Mit freundlichen Grüßen Waldemar Becker



""" + SAMSUNG_DE


@mail("becker-long-dictation", "2027-01-15 10:03:26",
      E("registration", "w.becker51@mail.example", "Waldemar Becker",
        "Seniorenclub Regenbogen", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "Anmeldung Tag der Migranten"),
           ("Message-ID", "<0zq7m2vx8kd1wl4c6hp9tb3n.1768467806002@email.android.example>"),
           ("From", "W. Becker <w.becker51@mail.example>"),
           ("To", MSO))
    samsung_alt(m, BECKER_TEXT)


# -- 012 ---------------------------------------------------------------------
# Kurmanji, Gmail app.  "Ez û hevala xwe dê werin, yanî em 2 kes in" = my
# friend and I will come, i.e. we are 2; "koma xebatê ya duyem" = the second
# workgroup ("pêşeroja Münsterê" = Münster's future).

AKTAS_TEXT = """Rojbaş,

Ez dixwazim ji bo Roja Rêxistinên Koçberan (MSO Tag) a 13ê Adarê xwe qeyd bikim.
Ez û hevala xwe dê werin, yanî em 2 kes in.
Em dixwazin beşdarî koma xebatê ya duyem bibin (AG 2, pêşeroja Münsterê).

Spas û silav
Rojda Aktaş
Komeleya Jinên Kurd a Münsterê"""


@mail("aktas-kurmanji", "2027-01-15 16:28:51",
      E("registration", "rojda.aktas@gmail.example", "Rojda Aktaş",
        "Komeleya Jinên Kurd a Münsterê", ["AG2"], 2, "ku"), "ku")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAF8vK1nQ5rW3tY7uP0aS2dG9hJ4lZ6xC1bN8mE5oT3iR7qLw2k@mail.gmail.example>"),
           ("Subject", "Qeyd - MSO Tag"),
           ("From", "Rojda Aktaş <rojda.aktas@gmail.example>"),
           ("To", MSO), relay="mail-ed1-f53.google.example")
    gmail_alt(m, AKTAS_TEXT)


# -- 013 ---------------------------------------------------------------------
# Dari (Afghan Persian: "مارچ", "گروپ", "تعلیم و تربیه", "مکتب"), Persian
# digits ۱۳, iPhone, base64.  "گروپ کاری اول" = the first workgroup; "تنها
# میایم" = I come alone.  Signed with the first name only.

@mail("noorzai-dari", "2027-01-16 11:11:11",
      E("registration", "farid.noorzai@mail.example", "Farid Noorzai", None,
        ["AG1"], 1, "fa"), "fa")
def _(m):
    iphone_headers(m, "Farid Noorzai <farid.noorzai@mail.example>", "ثبت نام روز MSO")
    m.single("""سلام علیکم
من میخواهم در روز سازمان های مهاجرین به تاریخ ۱۳ مارچ ثبت نام کنم. گروپ کاری اول (تعلیم و تربیه) را انتخاب میکنم چون اولادهایم به مکتب میروند.
تنها میایم.
تشکر
فرید

ارسال شده از iPhone من
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# English, Gmail for Android, hurried: "me + 2 colleagues" -> 3, "workshop 1".

BOATENG_TEXT = """hi there, registering for the 13th march event. it'll be me + 2 colleagues from Ghana Union Münster. workshop 1 (education) pls

thx
Kwame"""


@mail("boateng-english-me-plus-two", "2027-01-16 20:45:37",
      E("registration", "kwame.boateng@gmail.example", "Kwame Boateng",
        "Ghana Union Münster", ["AG1"], 3, "en"), "en")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAM2wQ8pR4tY6uI9oA1sD3fG5hJ7kL0zX2cV4bN6mQ8wE1rT3yU@mail.gmail.example>"),
           ("Subject", "MSO day registration"),
           ("From", "Kwame Boateng <kwame.boateng@gmail.example>"),
           ("To", MSO), relay="mail-pj1-f49.google.example")
    gmail_alt(m, BOATENG_TEXT)


# -- 015 ---------------------------------------------------------------------
# Learner German typed on a Turkish keyboard (no ä): "Marz"; "4 kişi" (Turkish
# for persons); Turkish autocorrect made "bitte" into "bitti".  Gmail app,
# base64.

KAYA_TEXT = """Merhaba Frau Meza,

ich möchte anmelden für MSO Tag 13 Marz. Wir sind 4 kişi, ich und 3 Frauen von unsere Verein. Gruppe 1 bitti, thema schule weil unsere Kinder.

Vielen dank
Ayşe Kaya
Kadın Dayanışma Derneği Münster"""


@mail("kaya-turkish-keyboard-german", "2027-01-17 13:30:02",
      E("registration", "ayse.kaya@gmail.example", "Ayşe Kaya",
        "Kadın Dayanışma Derneği Münster", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5tR7yU9iO1pA3sD5fG7hJ9kL1zX3cV5bN7mQ9wE2rT4yU6iO@mail.gmail.example>"),
           ("Subject", "MSO Tag anmeldung"),
           ("From", "Ayşe Kaya <ayse.kaya@gmail.example>"),
           ("To", MSO), relay="mail-wm1-f44.google.example")
    gmail_alt(m, KAYA_TEXT, cte="base64")


# -- 016 ---------------------------------------------------------------------
# Russian iPhone dictation, one line, no punctuation, 8bit.  "рабочая группа
# номер два" = workgroup number two; "нас будет трое я муж и дочка" = we will
# be three: me, my husband and my daughter; "ей 16 лет" (she is 16) is an age.

@mail("sokolova-russian-dictation", "2027-01-18 08:50:14",
      E("registration", "irina.sokolova@mailbox.example", "Irina Sokolova", None,
        ["AG2"], 3, "ru"), "ru")
def _(m):
    iphone_headers(m, "Irina Sokolova <irina.sokolova@mailbox.example>", "Регистрация")
    m.single("""здравствуйте хочу записаться на день организаций мигрантов 13 марта рабочая группа номер два будущее мюнстера нас будет трое я муж и дочка ей 16 лет

Отправлено с iPhone
""", charset="utf-8", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Android dictation into Outlook: "MSO" came out as "Emma so", "Zukunfts-
# prozess" as "Zukunft Prozess"; "Arbeitsgruppe zwei"; "ich komme alleine".

VOGT_TEXT = """Hallo ich würde mich gerne anmelden für den Emma so Tag am 13. März Arbeitsgruppe zwei Zukunft Prozess ich komme alleine
Viele Grüße Andreas Vogt Stadtteilbüro Kinderhaus

""" + OUTLOOK_ANDROID_DE


@mail("vogt-emma-so-tag-dictation", "2027-01-18 14:02:50",
      E("registration", "andreas.vogt@stadtteilbuero-kinderhaus.example", "Andreas Vogt",
        "Stadtteilbüro Kinderhaus", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Andreas Vogt <andreas.vogt@stadtteilbuero-kinderhaus.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Thread-Topic", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB1764A0C2E93B51D7F4@DU0P192MB1764.EURP192.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    outlook_mobile_alt(m, VOGT_TEXT)


# -- 018 ---------------------------------------------------------------------
# His answer to our confirmation: a thumbs-up and the Outlook footer, with the
# confirmation (AG 2, 1 person) quoted below.  Nothing to act on: other.

@mail("vogt-thumbs-up-reply", "2027-01-18 14:06:12",
      E("other"), "de")
def _(m):
    conf_id = "<mailbot.20270118140341.77ac@muenster.example>"
    m.head(("From", "Andreas Vogt <andreas.vogt@stadtteilbuero-kinderhaus.example>"),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU0P192MB17649B4D1F06E2A8C3@DU0P192MB1764.EURP192.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    header_block = (f"Von: {MSO_NAME} <{MSO}>\n"
                    "Gesendet: Montag, 18. Januar 2027 14:03:41\n"
                    "An: andreas.vogt@stadtteilbuero-kinderhaus.example <andreas.vogt@stadtteilbuero-kinderhaus.example>\n"
                    f"Betreff: {CONFIRMATION_SUBJECT}")
    outlook_mobile_alt(m, "👍\n\n" + OUTLOOK_ANDROID_DE, header_block,
                       confirmation("Andreas Vogt", "AG2", 1))


# -- 019 ---------------------------------------------------------------------
# Kurmanji question, typed fast without most diacritics: "my German is not
# good - is there an interpreter, e.g. for Kurdish or Turkish?  If there is,
# I will register."  Conditional, so nobody is registered yet.  K-9 Mail.

@mail("tekin-kurmanji-interpreter-question", "2027-01-19 10:20:33",
      E("question", "zozan.tekin@posteo-mail.example", "Zozan Tekin", None,
        [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Zozan Tekin <zozan.tekin@posteo-mail.example>"),
           ("To", MSO),
           ("Subject", "pirs / Frage"),
           ("Date", m.date),
           ("Message-ID", "<7f3b0c2e-91ad-4e6b-b8d2-5a4c1e0f9d37@posteo-mail.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Silav,
ez dixwazim werim roja MSO le almaniya min ne bas e. Gelo li wir werger heye? Mesela ji bo kurdi an tirki?
Eger hebe ez e xwe qeyd bikim 🙏
Zozan

-- 
Diese Nachricht wurde von meinem Android-Gerät mit K-9 Mail gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Two people register, the workgroup deliberately left open ("entscheiden wir
# dann spontan vor Ort, geht das?").  WEB.DE app.

@mail("hartmann-ag-not-decided", "2027-01-19 19:33:05",
      E("registration", "melanie.hartmann@webmail.example", "Melanie Hartmann",
        "Interkultureller Mädchentreff Coerde", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Melanie Hartmann <melanie.hartmann@webmail.example>"),
           ("To", MSO),
           ("Subject", "MSO-Tag 🙌"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3f0a8c61-d27b-4e95-a0c4-8e1b6d9f2a57-1768847585221@msvc-mesg-web002>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo ihr Lieben,

meine Kollegin Steffi und ich kommen zum MSO-Tag! Welche AG wissen wir noch nicht so genau 🙈 entscheiden wir dann spontan vor Ort, geht das?

Liebe Grüße
Melanie Hartmann
Interkultureller Mädchentreff Coerde

Gesendet mit der WEB.DE Mail App
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Learner German by dictation; the dictation spelled the numbers out
# ("dreizehnten März", "fünf Personen", "Gruppe drei").  8bit.

@mail("saleh-numbers-as-words", "2027-01-20 11:47:58",
      E("registration", "mahmoud.saleh88@mail.example", "Mahmoud Saleh",
        "Syrische Gemeinschaft Münster", ["AG3"], 5, "de"), "de")
def _(m):
    m.head(("From", "mahmoud saleh <mahmoud.saleh88@mail.example>"),
           ("To", MSO),
           ("Subject", "Tag Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1768906078.4471.2093@app.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag ich heiße Mahmoud Saleh ich will kommen zu dem Tag von die Migranten Organisationen am dreizehnten März mit fünf Personen von unsere Verein Syrische Gemeinschaft Münster wir möchten in die Gruppe drei Förderung weil wir brauchen Geld für ein Raum für die Kinder
Danke schön

Von meinem Samsung gesendet
""", charset="utf-8", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Change, Turkish voice typing again, Gmail reply quoting our confirmation
# (AG 2, 2 persons): "move us to group 3, both of us" -> AG3; the number of
# persons stays the same.

@mail("koc-turkish-change-to-group-3", "2027-01-21 09:05:18",
      E("change", "hatice.koc@gmail.example", "Hatice Koç", None,
        ["AG3"], None, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270112210603.2c4d@muenster.example>"
    m.head(("MIME-Version", "1.0"),
           ("References", conf_id),
           ("In-Reply-To", conf_id),
           ("Date", m.date),
           ("Message-ID", "<CAHk7mPr8bX2nQ4wT6yU1iO3pA5sD7fG9hJ2kL4zX6cV8bN0mQw@mail.gmail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("From", "Hatice Koç <hatice.koc@gmail.example>"),
           ("To", TO_MSO), relay="mail-sor-f41.google.example")
    gmail_alt(m, """merhaba geçen hafta ikinci gruba kayıt olmuştuk ama derneğimizin başkanı üçüncü grubun bizim için daha faydalı olacağını söyledi bizi 3. gruba alabilir misiniz ikimizi de
teşekkürler hatice""",
              quote=(f"12 Oca 2027 Sal 21:06 tarihinde {MSO_NAME} <{MSO}> şunu yazdı:",
                     confirmation("Hatice Koç", "AG2", 2)))


# -- 023 ---------------------------------------------------------------------
# Arabic, Samsung: registration plus a question about interpreting.  Arabic-
# Indic digits "١٣ آذار"; "مجموعة العمل الثانية" = the second workgroup;
# "سأحضر وحدي" = I come alone.  Signed with the first name.

@mail("alsayed-arabic-plus-question", "2027-01-21 21:18:40",
      E("registration", "nour.alsayed@mail.example", "Nour Alsayed", None,
        ["AG2"], 1, "ar"), "ar")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "التسجيل في يوم MSO"),
           ("Message-ID", "<h2c9v4xk7lq0mz3w8ta1pe6r.1768997920417@email.android.example>"),
           ("From", "Nour Alsayed <nour.alsayed@mail.example>"),
           ("To", MSO))
    samsung_alt(m, """السلام عليكم
أود التسجيل في يوم منظمات المهاجرين بتاريخ ١٣ آذار. أريد المشاركة في مجموعة العمل الثانية عن مستقبل مونستر. سأحضر وحدي.
سؤال: هل توجد ترجمة إلى العربية؟ لغتي الألمانية ليست قوية بما يكفي 🙏
شكراً جزيلاً
نور


مرسلة من هاتف Samsung Galaxy الذكي الخاص بي.""")


# -- 024 ---------------------------------------------------------------------
# Ukrainian, Gmail for iOS: he and his wife come, workgroup not chosen yet
# ("can we decide later?").  Signed with the first name; organisation line in
# Cyrillic.

BONDARENKO_TEXT = """Вітаю!
Ми з дружиною хотіли б прийти на День організацій мігрантів 13 березня. Яку робочу групу обрати, ще не знаємо – можна вирішити пізніше?
Микола
Українська громада Мюнстера"""


@mail("bondarenko-ukrainian-no-workgroup", "2027-01-22 16:40:07",
      E("registration", "mykola.bondarenko@gmail.example", "Mykola Bondarenko",
        "Українська громада Мюнстера", [], 2, "uk"), "uk")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAL9nB2vC4xZ6lK8jH0gF2dS4aP6oI8uY0tR2eW4qM6nB8vC0xZ@mail.gmail.example>"),
           ("Subject", "День організацій мігрантів"),
           ("From", "Mykola Bondarenko <mykola.bondarenko@gmail.example>"),
           ("To", MSO), relay="mail-qk1-f180.google.example")
    gmail_alt(m, BONDARENKO_TEXT, cte="base64")


# -- 025 ---------------------------------------------------------------------
# A long English dictation by a pastor after a night vigil: one paragraph,
# no punctuation; "workshop to the one about the future of Munster" (the
# dictation heard "two" as "to"); mentions the school system but settles on
# the future one; "my wife and I" -> 2.  Plain, quoted-printable.

@mail("adeyemi-english-rambling-dictation", "2027-01-23 23:02:55",
      E("registration", "e.adeyemi@gcf-muenster.example", "Emmanuel Adeyemi",
        "Grace Covenant Fellowship", ["AG2"], 2, "en"), "en")
def _(m):
    iphone_headers(m, "Emmanuel Adeyemi <e.adeyemi@gcf-muenster.example>",
                   "MSO day March 13")
    m.single("""Good evening ma I hope this message finds you well my name is pastor Emmanuel Adeyemi from the Grace Covenant fellowship here in Munster we received the invitation through brother Daniel and we are very grateful for this opportunity because our members are always asking how they can be more involved in the city I am dictating this message on my phone because I am just coming back from the vigil so please forgive any errors my wife and I would like to attend on March 13 we would like to be in workshop to the one about the future of Munster because we believe the church has a role to play in the future of the city we also have many young people who are struggling in the school system but my wife says we should not split up so we will both go to the future one thank you and God bless you
Pastor Emmanuel Adeyemi

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# iPhone dictation that misheard the coordinator's name ("Frau Messer Korea
# Flock") and split the event's name ("Migranten selbst Organisationen");
# "mich und meinen Mann" -> 2, "AG eins Bildung".

@mail("krueger-messer-korea-flock", "2027-01-25 08:14:20",
      E("registration", "natalia.krueger@mail.example", "Natalia Krüger", None,
        ["AG1"], 2, "de"), "de")
def _(m):
    iphone_headers(m, "Natalia Krüger <natalia.krueger@mail.example>",
                   "Anmeldung Tag der Migranten")
    m.single("""Hallo Frau Messer Korea Flock ich möchte mich und meinen Mann anmelden für den Tag der Migranten selbst Organisationen wir würden gerne in die AG eins Bildung gehen weil unsere Kinder in der Grundschule sind und es da viele Themen gibt
Viele Grüße Natalia Krüger

""" + IPHONE_DE + "\n", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Everything is in the lowercase Subject ("ag3 2personen", run together);
# the body is only the Samsung footer.

@mail("yildiz-subject-only", "2027-01-26 19:47:33",
      E("registration", "dilan.yildiz@mail.example", "Dilan Yıldız", None,
        ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "anmeldung mso tag ag3 2personen"),
           ("Message-ID", "<p5w0c8zn3kv7xq1m4hr2ja9t.1769453253610@email.android.example>"),
           ("From", "Dilan Yıldız <dilan.yildiz@mail.example>"),
           ("To", MSO))
    samsung_alt(m, "\n\n\n" + SAMSUNG_DE)


# -- 028 ---------------------------------------------------------------------
# English question: may someone without an association come?  No
# registration yet.  Plain ASCII, 7bit.

@mail("mendes-english-question", "2027-01-27 12:30:10",
      E("question", "julia.mendes@icloud-mail.example", "Julia Mendes", None,
        [], None, "en"), "en")
def _(m):
    iphone_headers(m, "Julia Mendes <julia.mendes@icloud-mail.example>", "Question")
    m.single("""Hi! quick question - I'm not part of any association, just moved to Muenster a few months ago and I'm really interested in the topic. Can I still come to the MSO day or is it only for members of organisations?
thanks!
Julia

Sent from my iPhone
""", charset="us-ascii", cte="7bit")


# -- 029 ---------------------------------------------------------------------
# Turkish questions (deadline, how many per association); the exact number
# follows after a board meeting.  An older Android mail app: iso-8859-9,
# quoted-printable.

@mail("yurt-turkish-questions", "2027-01-28 18:03:44",
      E("question", "mehmetali.yurt@mail.example", "Mehmet Ali Yurt",
        "Münster Ahıska Türkleri Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Mehmet Ali Yurt <mehmetali.yurt@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO günü hakkında soru", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<k2l9m0.1769619824.android-mail@mail.example>"),
           ("X-Mailer", "Android Mail 7.2"),
           ("MIME-Version", "1.0"))
    m.single("""İyi akşamlar,

Derneğimiz adına birkaç soru sormak istiyorum: kayıt için son gün ne zaman? Bir dernekten en fazla kaç kişi katılabilir? Yönetim kurulu toplantısından sonra kesin sayıyı bildireceğim.

Saygılarımla
Mehmet Ali Yurt
Münster Ahıska Türkleri Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Turkish reply to the invitation from an iPhone (top-posted, Turkish iOS
# attribution, the invitation with all three AGs quoted).  "3 kişi", "1.
# grup (eğitim)".

@mail("sahin-turkish-iphone-reply", "2027-01-29 20:11:02",
      E("registration", "emine.sahin@mail.example", "Emine Şahin",
        "Münster Türk Kadınlar Birliği", ["AG1"], 3, "tr"), "tr")
def _(m):
    iphone_headers(m, "Emine Şahin <emine.sahin@mail.example>",
                   "Ynt: " + INVITATION_SUBJECT,
                   ("In-Reply-To", INVITATION_ID), ("References", INVITATION_ID),
                   to=TO_MSO)
    text = """Merhaba,
Biz 3 kişi geliyoruz, 1. grup (eğitim) olsun. Ben, kızım ve bir arkadaşım.
Selamlar
Emine Şahin
Münster Türk Kadınlar Birliği

iPhone'umdan gönderildi"""
    iphone_alt_reply(m, text, f"12 Oca 2027 tarihinde 14:03 saatinde, {MSO_NAME} <{MSO}> şunu yazdı:",
                     INVITATION)


# -- 031 ---------------------------------------------------------------------
# Change by dictation, iPhone reply quoting our confirmation (AG 3, 2 persons):
# "doch lieber in die AG eins Bildung statt drei"; "wir bleiben zu zweit"
# keeps the number.

@mail("aslan-change-to-ag1", "2027-02-02 17:45:09",
      E("change", "cem.aslan@tdsv-muenster.example", "Cem Aslan", None,
        ["AG1"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270112152208.a31f@muenster.example>"
    iphone_headers(m, "Cem Aslan <cem.aslan@tdsv-muenster.example>",
                   "Re: " + CONFIRMATION_SUBJECT,
                   ("In-Reply-To", conf_id), ("References", conf_id), to=TO_MSO)
    text = """Hallo noch mal wir haben im Vorstand gesprochen und wollen doch lieber in die AG eins Bildung statt drei weil Murat jetzt im Elternbeirat ist wir bleiben zu zweit
Grüße Cem Aslan

""" + IPHONE_DE
    iphone_alt_reply(m, text, f"Am 12.01.2027 um 15:22 schrieb {MSO_NAME} <{MSO}>:",
                     confirmation("Cem Aslan", "AG3", 2))


# -- 032 ---------------------------------------------------------------------
# The Subject says "Abmeldung" (a slip for "Anmeldung"); the body registers:
# "AG 2 oder 1 ... 2 wär etwas besser" -> AG2 first, AG1 second.
# iso-8859-15, 8bit, from a mobile webmail.

@mail("petersen-abmeldung-slip-in-subject", "2027-02-03 12:59:30",
      E("registration", "ole.petersen@freenet-mail.example", "Ole Petersen",
        "Freiwilligenagentur Münster", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ole Petersen <ole.petersen@freenet-mail.example>"),
           ("To", MSO),
           ("Subject", "Abmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770119970.52218.mobile@freenet-mail.example>"),
           ("X-Mailer", "freenet Mail mobil"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,
melde mich hiermit für den MSO-Tag an. AG 2 oder 1, ist mir ehrlich gesagt fast egal, 2 wär etwas besser.
Gruß
Ole Petersen
Freiwilligenagentur Münster
""", charset="iso-8859-15", cte="8bit")


# -- 033 ---------------------------------------------------------------------
# A manager registers his intern from Outlook for Android and asks for the
# confirmation to go to her; he mistyped her address ("roht" for "roth"),
# which is what the mail says, so that is where the reply goes (see 034).

HOLLMANN_TEXT = """Moin,

bitte meldet unsere Praktikantin Hanna Roth für den MSO Tag an, sie möchte in die AG 1 (Bildung). Die Bestätigung bitte direkt an sie: hanna.roht@jmd-muenster.example

Danke!
Jens Hollmann
Jugendmigrationsdienst Münster

""" + OUTLOOK_ANDROID_DE


@mail("hollmann-registers-intern", "2027-02-04 09:40:12",
      E("registration", "hanna.roht@jmd-muenster.example", "Hanna Roth",
        "Jugendmigrationsdienst Münster", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Jens Hollmann <j.hollmann@jmd-muenster.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Praktikantin"),
           ("Thread-Topic", "Anmeldung Praktikantin"),
           ("Date", m.date),
           ("Message-ID", "<PA4P190MB1281C3E0B5A9D2F417@PA4P190MB1281.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    outlook_mobile_alt(m, HOLLMANN_TEXT)


# -- 034 ---------------------------------------------------------------------
# Our Postfix returns the confirmation sent to that mistyped address
# (multipart/report, the whole confirmation attached as message/rfc822).

@mail("postfix-bounce-intern-address-typo", "2027-02-04 09:41:02",
      E("bounce", bounced="hanna.roht@jmd-muenster.example"), "en")
def _(m):
    rcpt = "hanna.roht@jmd-muenster.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270204084102.3C7E21A0F4@mail.muenster.example>"),
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

<{rcpt}>: host mx.jmd-muenster.example[203.0.113.45] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E21A0F4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Thu,  4 Feb 2027 09:40:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.jmd-muenster.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Hanna Roth <{rcpt}>", "Hanna Roth", "AG1", 1,
        "Thu, 04 Feb 2027 09:40:58 +0100", "<mailbot.20270204094058.e07b@muenster.example>",
        "<PA4P190MB1281C3E0B5A9D2F417@PA4P190MB1281.EURP190.PROD.OUTLOOK.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 035 ---------------------------------------------------------------------
# Dari from a Samsung phone; the phone's contact name is in Persian script.
# "ما سه نفر" = we are three persons; "گروپ سوم" = the third group.

@mail("sultani-dari-three-persons", "2027-02-06 15:22:48",
      E("registration", "m.sultani@mail.example", "مریم سلطانی",
        "انجمن زنان افغان مونستر", ["AG3"], 3, "fa"), "fa")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "ثبت نام"),
           ("Message-ID", "<b8n3x0q6zk2vw9m1lc4tr7pe.1770387768005@email.android.example>"),
           ("From", "مریم سلطانی <m.sultani@mail.example>"),
           ("To", MSO))
    samsung_alt(m, """سلام
ما سه نفر از انجمن زنان افغان مونستر هستیم و میخواهیم در روز MSO اشتراک کنیم. گروپ سوم (کمک های مالی و مدیریت انجمن) برای ما خوب است.
با احترام
مریم سلطانی""", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Android dictation that wrote some punctuation commands out as words
# ("Punkt", "neue Zeile").  "mit zwei Kolleginnen also sind wir drei";
# "Arbeitsgruppe drei".  Gmail app, base64.

ESPOSITO_TEXT = """Guten Tag, ich bin Rosaria Esposito von der Associazione Culturale Italiana Münster und möchte mich für den MSO Tag anmelden Punkt ich komme mit zwei Kolleginnen also sind wir drei Punkt wir möchten in die Arbeitsgruppe drei wegen Vereins Management Punkt neue Zeile vielen Dank und viele Grüße Rosaria"""


@mail("esposito-literal-punkt", "2027-02-09 11:05:00",
      E("registration", "rosaria.esposito@gmail.example", "Rosaria Esposito",
        "Associazione Culturale Italiana Münster", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Message-ID", "<CAE6pL3mN9bV1cX5zK7jH2gF4dS8aP0oI6uY3tR9eW1qM5nB7vC@mail.gmail.example>"),
           ("Subject", "Anmeldung MSO Tag"),
           ("From", "Rosaria Esposito <rosaria.esposito@gmail.example>"),
           ("To", MSO), relay="mail-lj1-f170.google.example")
    gmail_alt(m, ESPOSITO_TEXT, cte="base64")


# -- 037 ---------------------------------------------------------------------
# A son writes for his father, who has no e-mail; replies go to the son.
# Attendee: Mustafa Öztürk, "ag 3", "nur er alleine" -> 1.

@mail("oeztuerk-son-registers-father", "2027-02-11 20:30:15",
      E("registration", "deniz.oeztuerk@icloud-mail.example", "Mustafa Öztürk",
        "islamische gemeinde coerde", ["AG3"], 1, "de"), "de")
def _(m):
    iphone_headers(m, "Deniz Öztürk <deniz.oeztuerk@icloud-mail.example>", "anmeldung für meinen vater")
    m.single("""hallo hier ist deniz öztürk ich schreibe für meinen vater mustafa öztürk er hat kein email. er will kommen zum mso tag für die islamische gemeinde coerde, ag 3 weil er ist dort kassierer. nur er alleine. bitte antwort an mich dann sag ich ihm bescheid

danke
deniz

""" + IPHONE_DE + "\n", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Russian change of party size: the husband cannot come, "будем вдвоём с
# дочкой" = we will be two, with my daughter.  "(группа 2)" only restates
# the existing registration.  iPhone, base64.

@mail("sokolova-party-size-two", "2027-02-15 09:45:27",
      E("change", "irina.sokolova@mailbox.example", "Irina Sokolova", None,
        [], 2, "ru"), "ru")
def _(m):
    iphone_headers(m, "Irina Sokolova <irina.sokolova@mailbox.example>", "Изменение")
    m.single("""Добрый день! Мы регистрировались на 13 марта (группа 2). Муж не сможет прийти, у него смена на работе. Будем вдвоём с дочкой.
Спасибо
Ирина

Отправлено с iPhone
""", charset="utf-8", cte="base64")


# -- 039 ---------------------------------------------------------------------
# English change in a Gmail reply quoting our confirmation (AG 1, 3 persons):
# one more colleague -> 4, and "switch to workshop 3 instead of 1".

@mail("boateng-change-ag3-four", "2027-02-18 19:12:40",
      E("change", "kwame.boateng@gmail.example", "Kwame Boateng", None,
        ["AG3"], 4, "en"), "en")
def _(m):
    conf_id = "<mailbot.20270116204611.d52a@muenster.example>"
    m.head(("MIME-Version", "1.0"),
           ("References", conf_id),
           ("In-Reply-To", conf_id),
           ("Date", m.date),
           ("Message-ID", "<CAM2wQ8rZ1xC3vB5nM7qW9eR2tY4uI6oP8aS0dF2gH4jK6lZ8xC@mail.gmail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("From", "Kwame Boateng <kwame.boateng@gmail.example>"),
           ("To", TO_MSO), relay="mail-pj1-f49.google.example")
    gmail_alt(m, """hey, quick update - one more colleague (Ama) is joining so we're 4 now. also can we switch to workshop 3 instead of 1? our treasurer thinks that's more useful for us. thx!
Kwame""",
              quote=(f"On Sat, 16 Jan 2027 at 20:46, {MSO_NAME} <{MSO}> wrote:",
                     confirmation("Kwame Boateng", "AG1", 3)))


# -- 040 ---------------------------------------------------------------------
# Misaddressed: a shopping note to her husband that autocomplete sent to the
# MSO-Tag address she had used before (see 026).  Other.

@mail("krueger-misaddressed-shopping", "2027-02-22 17:31:08",
      E("other"), "de")
def _(m):
    iphone_headers(m, "Natalia Krüger <natalia.krueger@mail.example>", "Einkauf")
    m.single("""Schatz kannst du nach der Arbeit noch Brot und Milch mitbringen 🍞🥛 und denk an Lenas Zahnarzt um 16 Uhr
❤️

""" + IPHONE_DE + "\n", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Cancellation, Samsung, lowercase with emoji.

@mail("demir-cancel-samsung", "2027-03-02 07:15:55",
      E("cancellation", "sevgi.demir@posteo-mail.example", "Sevgi Demir", None,
        [], None, "de"), "de")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "absage mso tag"),
           ("Message-ID", "<t6m1q9vz4xk8wc2n0ep3lb7a.1772432155390@email.android.example>"),
           ("From", "Sevgi Demir <sevgi.demir@posteo-mail.example>"),
           ("To", MSO))
    samsung_alt(m, """hallo, ich muss leider absagen für den 13.3 😔 mein sohn hat an dem tag ein turnier und ich muss fahren. sorry!!
lg sevgi



""" + SAMSUNG_DE)


# -- 042 ---------------------------------------------------------------------
# Exchange out-of-office answering the 7-day reminder: "Automatische
# Antwort:", Auto-Submitted: auto-generated, X-Auto-Response-Suppress;
# windows-1252 quoted-printable, CRLF.

VOGT_OOF = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 09.03.2027 auf einer Fortbildung und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen wenden Sie sich bitte an das Stadtteilbüro Kinderhaus, Tel. 0251 2 03 44 10.

Mit freundlichen Grüßen
Andreas Vogt"""


@mail("vogt-exchange-out-of-office", "2027-03-06 10:00:35",
      E("auto_reply"), "de")
def _(m):
    rem_id = "<mailbot.reminder7d.20270306100002.0b9c@muenster.example>"
    m.head(("From", '"Vogt, Andreas" <andreas.vogt@stadtteilbuero-kinderhaus.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT_7D),
           ("Thread-Topic", REMINDER_SUBJECT_7D),
           ("Date", m.date),
           ("Message-ID", "<5c0e2f9b7a3d4c18b6e1a0f2d9c7b5e3@EXCH01.stadtteilbuero-kinderhaus.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "andreas.vogt@stadtteilbuero-kinderhaus.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), crlf=True)
    paras = "".join(f"<p>{esc(l) if l else '&nbsp;'}</p>\n" for l in VOGT_OOF.split("\n"))
    html_text = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Windows-1252\">\n"
                 "</head>\n<body>\n<div style=\"font-family:Calibri,Arial,sans-serif; font-size:11pt\">\n"
                 f"{paras}</div>\n</body>\n</html>\n")
    m.alternative(VOGT_OOF, html_text, charset="windows-1252", cte="quoted-printable",
                  style="outlook")


# -- 043 ---------------------------------------------------------------------
# Arabic dictation, cancellation for both brothers ("الرجاء الغاء التسجيل").

@mail("alhassan-arabic-cancel", "2027-03-08 13:20:10",
      E("cancellation", "omar.alhassan@icloud-mail.example", "Omar Alhassan", None,
        [], None, "ar"), "ar")
def _(m):
    iphone_headers(m, "Omar Alhassan <omar.alhassan@icloud-mail.example>", "الغاء")
    m.single("""مرحبا للأسف لن نستطيع الحضور انا واخي يوم 13 مارس لانه عندنا سفر ضروري الرجاء الغاء التسجيل وشكرا على التفهم
عمر

أُرسلت من الـ iPhone
""", charset="utf-8", cte="base64")


# -- 044 ---------------------------------------------------------------------
# Ukrainian cancellation, the child is ill; Samsung, emoji.

@mail("shevchuk-ukrainian-cancel", "2027-03-10 22:05:31",
      E("cancellation", "olena.shevchuk@mail.example", "Олена Шевчук", None,
        [], None, "uk"), "uk")
def _(m):
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "Не зможу прийти"),
           ("Message-ID", "<w3k7n1x9qz5mv0c2lt8ra4pe.1773176731902@email.android.example>"),
           ("From", "Олена Шевчук <olena.shevchuk@mail.example>"),
           ("To", MSO))
    samsung_alt(m, """Добрий вечір, на жаль не зможу прийти 13.03 – захворіла дитина 😢 Вибачте, і дякую за організацію!
Олена


Надіслано з мого Galaxy""")


# -- 045 ---------------------------------------------------------------------
# Long dictated cancellation for two, answering the 1-day reminder (Samsung
# quotes it under "-------- Ursprüngliche Nachricht --------").  It also asks
# for the handouts - still a cancellation.

BECKER_CANCEL = """Guten Abend Frau Meza ich habe Ihre Erinnerung bekommen vielen Dank dafür aber leider muss ich uns beide abmelden meine Frau Lydia ist am Sonntag im Treppenhaus gestürzt und hat sich das Handgelenk gebrochen sie hat jetzt einen Gips und ich muss ihr bei allem helfen deswegen können wir morgen nicht kommen das tut mir sehr leid weil ich mich wirklich darauf gefreut habe besonders auf die Gruppe mit den Fördermitteln vielleicht können Sie mir die Unterlagen schicken wenn es welche gibt dann gebe ich die an unseren Vorstand weiter nächstes Jahr sind wir bestimmt wieder dabei so Gott will
Mit freundlichen Grüßen Waldemar Becker



""" + SAMSUNG_DE


@mail("becker-long-dictated-cancel", "2027-03-12 19:40:12",
      E("cancellation", "w.becker51@mail.example", "Waldemar Becker", None,
        [], None, "de"), "de")
def _(m):
    rem_id = "<mailbot.reminder1d.20270312100004.6e2d@muenster.example>"
    m.head(("MIME-Version", "1.0"),
           ("Date", m.date),
           ("Subject", "AW: " + REMINDER_SUBJECT_1D),
           ("Message-ID", "<c9v2m7xq0zk4wn1lb8tp3rae.1773340812117@email.android.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("From", "W. Becker <w.becker51@mail.example>"),
           ("To", TO_MSO))
    quoted = (f"\n\n-------- Ursprüngliche Nachricht --------\n"
              f"Von: {MSO_NAME} <{MSO}>\n"
              "Datum: 12.03.27 10:00 (GMT+01:00)\n"
              "An: w.becker51@mail.example\n"
              f"Betreff: {REMINDER_SUBJECT_1D}\n\n"
              + reminder_1d("Waldemar Becker", "AG3"))
    samsung_alt(m, BECKER_CANCEL + quoted)


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
KINDS = {"registration", "change", "cancellation", "question", "auto_reply", "bounce", "other"}


def check(name, data, m, expected):
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"raw line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the build date")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # every text part decodes strictly in its declared charset
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (LookupError, UnicodeDecodeError) as exc:
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
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host www.{dom}")
    if set(expected) != set(FIELDS):
        problems.append("expected record has wrong keys")
    kind = expected["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    if kind in ("auto_reply", "bounce", "other"):
        if any(expected[k] is not None for k in ("email", "name", "organisation", "language",
                                                 "party_size")) or expected["workgroups"]:
            problems.append("machine/other record must have null person fields")
    else:
        if not expected["email"] or expected["email"] != expected["email"].lower():
            problems.append("email missing or not lower-case")
        if not expected["language"]:
            problems.append("language missing")
    if kind == "registration" and not isinstance(expected["party_size"], int):
        problems.append("registration needs a party_size")
    if kind in ("question", "cancellation") and (expected["party_size"] is not None
                                                 or expected["workgroups"]):
        problems.append("question/cancellation has workgroups or party_size")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient set on a non-bounce")
    for wg in expected["workgroups"]:
        if wg not in ("AG1", "AG2", "AG3"):
            problems.append(f"unknown workgroup {wg}")
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
    print("labelled languages (person mails):", dict(sorted(person_langs.items())))
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml")) if mails_dir.is_dir() else []
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
