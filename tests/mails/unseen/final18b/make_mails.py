#!/usr/bin/env python3
"""Build the "final18b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Osteuropa-Vereinetag Dortmund 2027 (Sat 25 Sept 2027), five parallel
workshops W1..W5.  Writers are Slavic and Eastern European: Russian, Ukrainian,
Polish, Czech, Slovak, Bulgarian, Serbian, Croatian, Bosnian, Slovenian,
Georgian, Armenian, Lithuanian, Latvian - in their own language and script,
in Latin transliteration, or in learner German.

Every mail text below is written by hand.  This script wraps the texts in MIME
with the standard `email` package, writes the files, reads every file back with
email.policy.default and checks it (no defects, each part decodes to exactly the
written text, lines <= 998 octets, dates rising, example domains only) and
checks every label.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Deterministic: fixed dates, Message-IDs and MIME boundaries.
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
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

VT = "vereinetag@dortmund.example"
VT_NAME = "Osteuropa-Vereinetag Dortmund"
TO_VT = f"{VT_NAME} <{VT}>"
INVITATION_ID = "<einladung-vereinetag-2027.20270621143002@dortmund.example>"
INFO_ID = "<info-vereinetag-2027.20270720100000@dortmund.example>"
REMINDER_ID = "<erinnerung-vereinetag-2027.20270918100003@dortmund.example>"
WORKGROUPS = ("W1", "W2", "W3", "W4", "W5")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final18b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


class Mail:
    def __init__(self, slug, when, tz_hours=2):
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
        msg.set_raw("Delivered-To", VT)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(
                datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.dortmund.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.example"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nb}"

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


def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, charset, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lv}</b> {esc(von)}<br>\n<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n<b>{lb}</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von:", "Gesendet:", "An:", "Betreff:")):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n{lb} {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div dir=\"ltr\">{inner}</div>"
    if quote_head:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{esc(quote_head)}<br></div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# texts the organisers sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung: Osteuropa-Vereinetag Dortmund 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Osteuropa-Vereinetag Dortmund 2027"
REMINDER_SUBJECT = "Erinnerung: Osteuropa-Vereinetag Dortmund am 25. September 2027"

INVITATION = """Liebe Vereine, Gemeinden und Initiativen aus Ost- und Südosteuropa,
liebe Interessierte,

herzlich laden wir Sie zum Osteuropa-Vereinetag Dortmund 2027 ein.

Datum: Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Ort: Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund

Am Vormittag stellen sich die Vereine vor, am Nachmittag (14:00 bis
16:00 Uhr) arbeiten wir in fünf parallelen Workshops:

Workshop 1: Herkunftssprachen und Samstagsschulen
Workshop 2: Fördermittel, Finanzen und Buchhaltung im Verein
Workshop 3: Junge Generation – Jugendarbeit zwischen zwei Kulturen
Workshop 4: Neu in Dortmund – Beratung für Geflüchtete und Neuzugewanderte
Workshop 5: Kultur zeigen – Feste, Chöre und Öffentlichkeitsarbeit

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
vereinetag@dortmund.example an: mit Namen, Verein oder Gemeinde, dem
gewünschten Workshop (gern mit Zweitwunsch) und der Zahl der Personen.
Sie können uns gern auch auf Russisch, Ukrainisch, Polnisch oder in
Ihrer eigenen Sprache schreiben.

Die Teilnahme ist kostenlos. Für Kinder gibt es eine Betreuung.

Herzliche Grüße
Jelena Brückner
Kommunales Integrationszentrum Dortmund
in Zusammenarbeit mit dem Netzwerk osteuropäischer Vereine Dortmund"""

WS_LINE = {
    "W1": "Workshop 1 – Herkunftssprachen und Samstagsschulen",
    "W2": "Workshop 2 – Fördermittel, Finanzen und Buchhaltung im Verein",
    "W3": "Workshop 3 – Junge Generation – Jugendarbeit zwischen zwei Kulturen",
    "W4": "Workshop 4 – Neu in Dortmund – Beratung für Geflüchtete und Neuzugewanderte",
    "W5": "Workshop 5 – Kultur zeigen – Feste, Chöre und Öffentlichkeitsarbeit",
}


def confirmation(salutation, ws, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Osteuropa-Vereinetag Dortmund 2027
am Samstag, 25. September 2027, 10:00 bis 16:30 Uhr, im
Dietrich-Keuning-Haus, Leopoldstraße 50–58, 44147 Dortmund.

Ihr Workshop am Nachmittag (14:00 bis 16:00 Uhr):
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Sie möchten den Workshop wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Osteuropa-Vereinetag Dortmund
Kommunales Integrationszentrum Dortmund"""


def reminder(salutation, ws, persons):
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Samstag,
25. September 2027, um 10:00 Uhr im Dietrich-Keuning-Haus,
Leopoldstraße 50–58, 44147 Dortmund, zu begrüßen.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Anfahrt: U-Bahn U47 und U49 bis Haltestelle Leopoldstraße.
Falls Sie nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.

Mit freundlichen Grüßen
Osteuropa-Vereinetag Dortmund
Kommunales Integrationszentrum Dortmund"""


def confirmation_message(to, salutation, ws, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_VT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, ws, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_lang, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Parish office vacation reply to the invitation, Polish then German, with
# Auto-Submitted.  The writer of 003 is a board member of the same mission.

@mail("pmk-biuro-autoreply-pl-de", "2027-06-21 14:31:17", E("auto_reply"), "pl")
def _(m):
    m.head(("From", addr("Polska Misja Katolicka Dortmund", "biuro@pmk-dortmund.example")),
           ("To", TO_VT),
           ("Subject", ew("Odpowiedź automatyczna: " + INVITATION_SUBJECT, "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1782045077.4410@pmk-dortmund.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied (vacation)"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Szczęść Boże!

Dziękujemy za wiadomość. Biuro parafialne Polskiej Misji Katolickiej
w Dortmundzie jest nieczynne do 5 lipca 2027 r. (urlop). Wiadomości
nie są w tym czasie przekazywane dalej. W sprawach pilnych (pogrzeby,
sakramenty) prosimy dzwonić pod numer 0231 / 52 77 40.

Gelobt sei Jesus Christus!

Vielen Dank für Ihre Nachricht. Das Pfarrbüro der Polnischen
Katholischen Mission Dortmund ist bis zum 5. Juli 2027 geschlossen.
In dringenden Fällen erreichen Sie uns unter 0231 / 52 77 40.

Biuro parafialne / Pfarrbüro
Polska Misja Katolicka Dortmund
""", charset="iso-8859-2", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Russian reply to the invitation (Gmail, Russian quote line), whole invitation
# quoted with '>' - all five workshops appear in the quote.  "первый воркшоп"
# = W1; "шестой год" is not a workshop.  Signature in Cyrillic (beats the Latin
# display name); organisation given in both forms, the Russian first.

BECKER_TEXT = """Здравствуйте!

Спасибо за приглашение. Хочу записаться на первый воркшоп (про субботние школы) – я уже шестой год веду субботнюю школу при нашем обществе, и нам очень интересно, как это устроено у других.
Со мной придёт коллега, Наталья Гроссман, она преподаёт у нас рисование. Итого нас двое.

С уважением,
Ольга Беккер
Общество русской культуры «Берёзка» e.V.
(Gesellschaft für russische Kultur „Berjoska“ e.V.)"""
BECKER_QH = f"пн, 21 июн. 2027 г. в 14:30, {VT_NAME} <{VT}>:"


@mail("becker-ru-reply-to-invitation", "2027-06-21 20:47:03",
      E("registration", "olga.becker@berjoska-dortmund.example", "Ольга Беккер",
        "Общество русской культуры «Берёзка» e.V.", ["W1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Becker <olga.becker@berjoska-dortmund.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq1Vb7Rz0wYp2nXt8sGd4LmH6cJe9uQa1oTf5rNy3WiE2Kg@mail.gmail.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("MIME-Version", "1.0"))
    plain = f"{BECKER_TEXT}\n\n{BECKER_QH}\n\n{gt_quote(INVITATION)}\n"
    m.alternative(plain, gmail_html(BECKER_TEXT, BECKER_QH, INVITATION),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Polish, for the Catholic mission: three persons "do drugiej grupy" (= W2).
# The mission's name appears in the genitive in the text ("w imieniu Polskiej
# Misji Katolickiej") and in the nominative in the signature.  iso-8859-2 QP.

@mail("wojcik-pl-misja-trzy-osoby", "2027-06-22 09:15:40",
      E("registration", "k.wojcik@pmk-dortmund.example", "Krzysztof Wójcik",
        "Polska Misja Katolicka w Dortmundzie", ["W2"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krzysztof Wójcik", "k.wojcik@pmk-dortmund.example", "iso-8859-2", "q")),
           ("To", VT),
           ("Subject", ew("Zgłoszenie - Osteuropa-Vereinetag 25.09.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<5f1d2c0e-8a7b-4e39-b6c1-d20f9e3a7c14@pmk-dortmund.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Szczęść Boże,

w imieniu Polskiej Misji Katolickiej w Dortmundzie zgłaszam na
Osteuropa-Vereinetag trzy osoby: siebie, panią Teresę Nowak (nasza
księgowa) oraz pana Marka Lisa z rady parafialnej. Chcielibyśmy wszyscy
do drugiej grupy, czyli na warsztat o finansach i księgowości - od
przyszłego roku sami rozliczamy dotacje z miasta i mamy sporo pytań.

Z poważaniem
Krzysztof Wójcik
Rada Parafialna
Polska Misja Katolicka w Dortmundzie
""", charset="iso-8859-2", cte="quoted-printable", params={"format": "flowed"})


# -- 004 ---------------------------------------------------------------------
# Ukrainian from an iPhone, base64: herself and two teachers (3) "на перший
# воркшоп", fallback "на третій, про молодь".  Cyrillic signature.

@mail("melnyk-uk-subotnia-shkola-iphone", "2027-06-22 21:33:58",
      E("registration", "halyna.melnyk@dzherelce.example", "Галина Мельник",
        "Українська суботня школа «Джерельце» Дортмунд", ["W1", "W3"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "Halyna Melnyk <halyna.melnyk@dzherelce.example>"),
           ("To", VT),
           ("Subject", ew("Реєстрація на Vereinetag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<9C1E44B2-7F0A-4D3B-A8E6-52B17C90D3F1@dzherelce.example>"),
           ("X-Mailer", "iPhone Mail (22F76)"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго вечора!

Зареєструйте, будь ласка, мене і двох вчительок нашої суботньої школи на перший воркшоп (Herkunftssprachen und Samstagsschulen). Якщо там уже не буде місць – тоді на третій, про молодь.
Нас буде троє.

Дякую!
Галина Мельник
Українська суботня школа «Джерельце» Дортмунд

Надіслано з iPhone
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# Czech, iso-8859-2 8bit, Roundcube: herself and her husband "na pátý
# workshop" (W5).  Organisation: Czech name first, German in the same line.

@mail("dvorakova-cs-pata-manzel", "2027-06-23 18:05:12",
      E("registration", "jana.dvorakova@cesky-spolek.example", "Jana Dvořáková",
        "Český spolek Dortmund e.V.", ["W5"], 2, "cs"), "cs")
def _(m):
    m.head(("From", addr("Jana Dvořáková", "jana.dvorakova@cesky-spolek.example", "iso-8859-2", "q")),
           ("To", VT),
           ("Subject", ew("Přihláška na Vereinetag", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<a3c0f1e7b2d94c58@cesky-spolek.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý den,

ráda bych přihlásila sebe a svého manžela Petra na Osteuropa-Vereinetag
25. září, a to na pátý workshop (Kultur zeigen). Spolu vedeme malý
pěvecký sbor při našem spolku a každý rok pořádáme mikulášskou besídku,
tak nás zajímá, jak o takových akcích dát vědět i německé veřejnosti.

Děkuji a zdravím
Jana Dvořáková
Český spolek Dortmund e.V. / Tschechischer Verein Dortmund
""", charset="iso-8859-2", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Newsletter of another network (other): announces the Vereinetag with all
# workshop topics and the registration address, plus other items.

OSTWIND_TEXT = """OSTWIND – Newsletter des Deutsch-Osteuropäischen Forums Ruhr
Ausgabe Juli 2027

Liebe Mitglieder und Freundinnen und Freunde des Forums,

in dieser Ausgabe:
1. Osteuropa-Vereinetag Dortmund am 25. September
2. Polnische Filmtage in Bochum, 9.–11. Juli
3. Sommerkonzert des ukrainischen Chors „Dnipro“

1. Osteuropa-Vereinetag Dortmund am 25. September
Das Kommunale Integrationszentrum Dortmund lädt Vereine aus Ost- und Südosteuropa ins Dietrich-Keuning-Haus ein. In fünf Workshops geht es um Samstagsschulen, Fördermittel, Jugendarbeit, Beratung für Neuzugewanderte und Öffentlichkeitsarbeit für Feste und Chöre. Anmeldung per E-Mail an vereinetag@dortmund.example – wir als Forum sind mit einem Infotisch dabei.

2. Polnische Filmtage in Bochum
Im Endstation Kino zeigen wir an drei Abenden neue polnische Spielfilme mit deutschen Untertiteln. Programm: https://dof-ruhr.example/filmtage

3. Sommerkonzert des ukrainischen Chors „Dnipro“
Am 17. Juli um 18 Uhr in der Reinoldikirche. Eintritt frei, Spenden für die Partnerstadt erbeten.

Sie erhalten diesen Newsletter als Mitglied oder Abonnent des Forums.
Abmelden: https://dof-ruhr.example/newsletter/abmelden?u=2291
Deutsch-Osteuropäisches Forum Ruhr e.V. · Kampstraße 8 · 44137 Dortmund"""


def _ostwind_html():
    paras = OSTWIND_TEXT.split("\n\n")
    body = "".join(f"<p>{'<br>'.join(esc(x) for x in p.split(chr(10)))}</p>" for p in paras[1:])
    return ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Ostwind Juli 2027</title></head>\n"
            "<body style=\"margin:0;background:#eef1f4;\">\n<table width=\"600\" align=\"center\" cellpadding=\"18\" "
            "style=\"background:#fff;font-family:Georgia,serif;font-size:14px;\">\n"
            f"<tr><td style=\"background:#6b1f2a;color:#fff;\"><h1 style=\"margin:0;font-size:22px;\">{esc(paras[0].split(chr(10))[0])}</h1></td></tr>\n"
            f"<tr><td>{body}</td></tr>\n</table>\n</body></html>\n")


@mail("ostwind-newsletter", "2027-06-24 10:00:05", E("other"), "de")
def _(m):
    m.head(("From", addr("OSTWIND – Deutsch-Osteuropäisches Forum Ruhr", "newsletter@dof-ruhr.example")),
           ("To", VT),
           ("Subject", ew("OSTWIND Juli 2027: Vereinetag, Filmtage, Sommerkonzert", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<ostwind-2027-07.2291.a81c@dof-ruhr.example>"),
           ("List-Id", "OSTWIND <ostwind.dof-ruhr.example>"),
           ("List-Unsubscribe", "<https://dof-ruhr.example/newsletter/abmelden?u=2291>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(OSTWIND_TEXT, _ostwind_html(), charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Bulgarian, windows-1251 QP, webmail from Sofia (+03:00): "за четвъртия
# уъркшоп" (= W4), three persons named.  Body names the society in the
# definite form ("Българското ... дружество"), the signature without article.

@mail("georgieva-bg-chetvartiya-cp1251", "2027-06-25 12:40:26",
      E("registration", "d.georgieva@kirilimetodii-do.example", "Десислава Георгиева",
        "Българско културно дружество „Св. св. Кирил и Методий“ – Дортмунд", ["W4"], 3, "bg"),
      "bg", tz=3)
def _(m):
    m.head(("From", addr("Десислава Георгиева", "d.georgieva@kirilimetodii-do.example", "windows-1251", "b")),
           ("To", VT),
           ("Subject", ew("Записване за Vereinetag – 25 септември", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<1782380426.112907.5512@webmail.kirilimetodii-do.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

казвам се Десислава Георгиева и съм секретар на Българското културно дружество в Дортмунд. Бихме искали да се запишем за четвъртия уъркшоп – за новодошлите (Neu in Dortmund). При нас идват все повече млади семейства от България, които често не знаят откъде да започнат с документите и работата.
Ще бъдем трима души: аз, председателят ни Стефан Тодоров и Милена Петкова.

Поздрави от София (в отпуск съм до края на месеца),
Десислава Георгиева
Българско културно дружество „Св. св. Кирил и Методий“ – Дортмунд
""", charset="windows-1251", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Serbian Cyrillic, UTF-8 8bit: church community registers two persons
# "на радионицу број 3" (= W3).  The community is named in the genitive in the
# text ("у име Српске православне црквене општине") and in full in the signature.

@mail("jovanovic-sr-crkvena-opstina", "2027-06-27 19:20:44",
      E("registration", "milan.jovanovic@spco-dortmund.example", "Милан Јовановић",
        "Српска православна црквена општина Дортмунд", ["W3"], 2, "sr"), "sr")
def _(m):
    m.head(("From", "Milan Jovanovic <milan.jovanovic@spco-dortmund.example>"),
           ("To", VT),
           ("Subject", ew("Пријава за Vereinetag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<d4e8a1f0-2c7b-4b95-9e3a-61f0c7d2b8a5@spco-dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Поштовани,

у име Српске православне црквене општине Дортмунд пријављујем себе и
нашег вероучитеља, Николу Стојановића, на радионицу број 3 (рад са
младима). У нашој парохији има доста омладине која боље говори немачки
него српски, па нас та тема посебно занима.

Срдачан поздрав,
Милан Јовановић
секретар Црквеног одбора
Српска православна црквена општина Дортмунд
""", charset="utf-8", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Croatian writer in learner German from a Samsung phone; Croatian greeting and
# sign-off.  Herself and her daughter (2), "Workshop für Jugend" (= W3).

@mail("babic-horvat-de-learner-hkm", "2027-06-29 08:10:31",
      E("registration", "ivana.babic.horvat@mail.example", "Ivana Babić-Horvat",
        "Hrvatska katolička misija Dortmund", ["W3"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Ivana Babić-Horvat", "ivana.babic.horvat@mail.example")),
           ("To", VT),
           ("Subject", "Anmeldung Vereinetag"),
           ("Date", m.date),
           ("Message-ID", "<x4k9q2.1782713431.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

ich will anmelden mich und meine Tochter Lucija (17) für Vereinetag am 25.09. Wir möchten gerne in Workshop für Jugend gehen, Lucija macht bei uns die Jugendgruppe mit Tamburica und Folklore und sie hat viel Ideen.
Also 2 Personen.

Hvala lijepa i lijep pozdrav
Ivana Babić-Horvat
Hrvatska katolička misija Dortmund

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Georgian script, Gmail, UTF-8 base64: "მეორე ვორქშოპი" (the second
# workshop, W2), she and her husband ("ორნი ვიქნებით" = we will be two).
# Signature in Georgian script; association named in German only.

NINO_TEXT = """გამარჯობათ,

გთხოვთ, დამარეგისტრიროთ 25 სექტემბრის შეხვედრაზე (Osteuropa-Vereinetag). მაინტერესებს მეორე ვორქშოპი – ფინანსები და ბუღალტერია, რადგან ჩვენს ცენტრში ახლა მე ვარ პასუხისმგებელი საგრანტო განაცხადებზე.
ჩემთან ერთად მოვა ჩემი მეუღლე, ლევანი, ასე რომ ორნი ვიქნებით.

წინასწარ გმადლობთ,
ნინო ბერიძე
Georgisches Kulturzentrum „Iveria“ Dortmund e.V."""


@mail("beridze-ka-meore-vorkshopi", "2027-07-01 22:05:49",
      E("registration", "nino.beridze@iveria-dortmund.example", "ნინო ბერიძე",
        "Georgisches Kulturzentrum „Iveria“ Dortmund e.V.", ["W2"], 2, "ka"), "ka")
def _(m):
    m.head(("From", "Nino Beridze <nino.beridze@iveria-dortmund.example>"),
           ("To", VT),
           ("Subject", ew("რეგისტრაცია / Anmeldung Vereinetag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAPx7Rb2mW9kL0qTz4vNd8sYe1HfJ3cGo6uKa5iXr2wB7tM9pQs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NINO_TEXT, gmail_html(NINO_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Russian typed in Latin letters (work PC without Cyrillic), us-ascii 7bit.
# "na vtoroj workshop" = W2, alone.  Name with patronymic as he signs.

@mail("smirnov-ru-translit-vtoroj", "2027-07-02 07:45:10",
      E("registration", "igor.smirnov@russkij-dom-do.example", "Igor Nikolaevich Smirnov",
        "Russkij Dom Dortmund e.V.", ["W2"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Igor Smirnov <igor.smirnov@russkij-dom-do.example>"),
           ("To", VT),
           ("Subject", "Registracija Vereinetag 25.09"),
           ("Date", m.date),
           ("Message-ID", "<000001dbeb1f$3a7c2e10$af8a8a30$@russkij-dom-do.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Zdravstvujte!

Izvinite za translit, pishu s raboty.
Proshu zapisat menja na Vereinetag 25 sentjabrja. Hochu na vtoroj
workshop (pro dengi, Foerdermittel i buhgalteriju), ja kaznachej v nashem
obshestve uzhe 3 goda i vsjo delaju sam. Budu odin.

Spasibo!
Igor Nikolaevich Smirnov
Russkij Dom Dortmund e.V.
""", charset="us-ascii", cte="7bit")


# -- 012 ---------------------------------------------------------------------
# Postfix DSN from the recipient's server: Smirnov's mailbox is full (5.2.2);
# the returned confirmation (W2, 1 person) is attached as message/rfc822.

@mail("postfix-mailbox-full-smirnov", "2027-07-02 07:46:03",
      E("bounce", bounced="igor.smirnov@russkij-dom-do.example"), "en")
def _(m):
    rcpt = "igor.smirnov@russkij-dom-do.example"
    m.head(("From", "MAILER-DAEMON@mx.russkij-dom-do.example (Mail Delivery System)"),
           ("To", VT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270702054603.8E21F4C07B@mx.russkij-dom-do.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.russkij-dom-do.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: mailbox is full: quota exceeded (5120 MB / 5120 MB)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.russkij-dom-do.example"),
         ("X-Postfix-Queue-ID", "8E21F4C07B"),
         ("X-Postfix-Sender", f"rfc822; {VT}"),
         ("Arrival-Date", "Fri,  2 Jul 2027 07:46:01 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "X-Postfix; mailbox is full: quota exceeded")])
    original = confirmation_message(
        f"Igor Smirnov <{rcpt}>", "Herr Smirnov", "W2", 1,
        "Fri, 02 Jul 2027 07:45:58 +0200", "<mailbot.20270702074558.41c2@dortmund.example>",
        "<000001dbeb1f$3a7c2e10$af8a8a30$@russkij-dom-do.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 013 ---------------------------------------------------------------------
# Polish question, Gmail multipart/alternative: interpreting and parking.
# She would register ("zapiszemy się obie na pierwszy warsztat") only if there
# is interpreting -> question, no workshop.

KOWALSKA_TEXT = """Dzień dobry,

mam dwa pytania, zanim się zapiszemy.
Czy na warsztatach będzie tłumaczenie na polski albo chociaż na rosyjski? Moja mama uczy razem ze mną w polskiej szkółce sobotniej, ale po niemiecku mówi bardzo słabo.
I czy przy Dietrich-Keuning-Haus można gdzieś zaparkować, czy lepiej przyjechać U-Bahnem?

Jeśli tłumaczenie będzie, to zapiszemy się obie na pierwszy warsztat.

Pozdrawiam serdecznie
Agnieszka Kowalska-Brandt"""


@mail("kowalska-brandt-pl-question-tlumaczenie", "2027-07-03 13:30:22",
      E("question", "a.kowalska.brandt@mail.example", "Agnieszka Kowalska-Brandt",
        None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Agnieszka Kowalska-Brandt", "a.kowalska.brandt@mail.example")),
           ("To", VT),
           ("Subject", ew("Pytanie: tłumaczenie na warsztatach?", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM2pX8eT5vQ1wRz7nBk3yLd9GhS4fJc0oUa6iNr8tWm2qEx5Hy@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOWALSKA_TEXT, gmail_html(KOWALSKA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Armenian script, UTF-8 QP: "հինգերորդ աշխատաժողովը" (the fifth workshop,
# W5); four persons (he, his wife and two children).  The signature gives the
# community in German first, then in Armenian.

HAKOBYAN_TEXT = """Բարև Ձեզ,

Ես Արմեն Հակոբյանն եմ, Դորտմունդի հայկական համայնքից։ Ցանկանում ենք գրանցվել սեպտեմբերի 25-ի միջոցառմանը։ Մեզ հետաքրքրում է հինգերորդ աշխատաժողովը (մշակույթ, տոներ, երգչախմբեր), որովհետև մեր համայնքում կա պարային խումբ, և ուզում ենք ավելի շատ մարդկանց ցույց տալ մեր տոները։
Կգանք չորս հոգով՝ ես, կինս՝ Անին, և մեր երկու երեխաները։

Շնորհակալություն,
Արմեն Հակոբյան
Armenische Gemeinde Dortmund e.V.
Հայկական համայնք Դորտմունդ"""


@mail("hakobyan-hy-hingerord-4-hogi", "2027-07-05 16:20:37",
      E("registration", "armen.hakobyan@hayastan-do.example", "Արմեն Հակոբյան",
        "Armenische Gemeinde Dortmund e.V.", ["W5"], 4, "hy"), "hy")
def _(m):
    m.head(("From", "Armen Hakobyan <armen.hakobyan@hayastan-do.example>"),
           ("To", VT),
           ("Subject", "Anmeldung / Գրանցում"),
           ("Date", m.date),
           ("Message-ID", "<20270705162037.7d1e3b@hayastan-do.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.alternative(HAKOBYAN_TEXT, div_html(HAKOBYAN_TEXT), charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Lithuanian, Outlook multipart/alternative in windows-1257 QP: "į pirmąjį
# seminarą" (= W1), alone.  School name Lithuanian first, German below.

KAZLAUSKIENE_TEXT = """Laba diena,

norėčiau užsiregistruoti į Osteuropa-Vereinetag rugsėjo 25 d., į pirmąjį seminarą (Herkunftssprachen und Samstagsschulen). Jau ketverius metus mokau vaikus lietuvių kalbos mūsų šeštadieninėje mokykloje ir labai norėčiau pasidalinti patirtimi su kitomis mokyklomis.
Atvyksiu viena.

Pagarbiai
Rūta Kazlauskienė
Dortmundo lituanistinė mokykla „Gintarėlis“
(Litauische Samstagsschule „Gintarėlis“)"""


@mail("kazlauskiene-lt-pirmasis-seminaras", "2027-07-06 10:10:09",
      E("registration", "ruta.kazlauskiene@gintarelis.example", "Rūta Kazlauskienė",
        "Dortmundo lituanistinė mokykla „Gintarėlis“", ["W1"], 1, "lt"), "lt")
def _(m):
    m.head(("From", addr("Kazlauskienė, Rūta", "ruta.kazlauskiene@gintarelis.example", "windows-1257", "q")),
           ("To", TO_VT),
           ("Subject", ew("Registracija į Osteuropa-Vereinetag", "windows-1257", "q")),
           ("Thread-Topic", ew("Registracija į Osteuropa-Vereinetag", "windows-1257", "q")),
           ("Thread-Index", "AdvuKp3Lm0W8xQ2nT7yZ5cB1eR4dAg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB8841E2C7A05F3B19D4E6A0C2F7B1@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "lt-LT, de-DE"),
           ("Content-Language", "lt-LT"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KAZLAUSKIENE_TEXT),
                  outlook_html(KAZLAUSKIENE_TEXT, "windows-1257"),
                  charset="windows-1257", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Change (Polish, Thunderbird reply quoting the confirmation W2 / 3): "zamiast
# drugiego prosimy o czwarty" -> W4.  Number of persons unchanged (3).

@mail("wojcik-pl-change-czwarty", "2027-07-07 08:55:51",
      E("change", "k.wojcik@pmk-dortmund.example", "Krzysztof Wójcik",
        None, ["W4"], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krzysztof Wójcik", "k.wojcik@pmk-dortmund.example", "iso-8859-2", "q")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0b8e7a3d-5c21-4f60-8d4b-e93a1f7c2d05@pmk-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270622091611.2b9f@dortmund.example>"),
           ("References", "<mailbot.20270622091611.2b9f@dortmund.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.11.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

po naradzie z księdzem proboszczem zmieniamy jednak warsztat: zamiast
drugiego prosimy o czwarty (Neu in Dortmund – doradztwo dla nowo
przybyłych), bo w parafii mamy coraz więcej rodzin z Ukrainy, które
szukają pomocy. Liczba osób bez zmian.

Z poważaniem
Krzysztof Wójcik

W dniu 22.06.2027 o 09:16, {VT_NAME} pisze:
{gt_quote(confirmation("Herr Wójcik", "W2", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Slovak, iso-8859-2 QP: "zúčastniť sa tretieho workshopu" (genitive, W3);
# she and two girls from the folk ensemble -> 3.  "16 a 17 rokov" are ages.

@mail("kovacova-sk-tretieho-workshopu", "2027-07-08 20:15:33",
      E("registration", "maria.kovacova@slovensky-spolok.example", "Mária Kováčová",
        "Slovenský spolok Dortmund e.V.", ["W3"], 3, "sk"), "sk")
def _(m):
    m.head(("From", addr("Mária Kováčová", "maria.kovacova@slovensky-spolok.example", "iso-8859-2", "b")),
           ("To", VT),
           ("Subject", ew("Prihláška - Vereinetag 25. 9.", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAK1vT9wQ3xZ7mRb0nLp5sYd2HeG8fJc4oUa1iKr6tWn9qBx3Ez@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Dobrý deň,

prihlasujem sa na Osteuropa-Vereinetag 25. septembra. Rada by som sa
zúčastnila tretieho workshopu (mládež - Jugendarbeit). Prídem s dvoma
dievčatami z nášho folklórneho súboru Jánošík, majú 16 a 17 rokov,
takže budeme tri.

S pozdravom
Mária Kováčová
Slovenský spolok Dortmund e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Ukrainian parish secretary (KOI8-U, 8bit, Thunderbird) registers the Sunday
# school teacher "пані Оксану Ткачук" (accusative) for "перший воркшоп" and
# asks to confirm to the teacher's address.  name = the attendee (nominative),
# email = her address, organisation = the parish in the signature.

@mail("ugkc-parafia-uk-koi8u-registers-teacher", "2027-07-10 11:05:18",
      E("registration", "oksana.tkachuk@ugkc-dortmund.example", "Оксана Ткачук",
        "Українська греко-католицька парафія св. Володимира, Дортмунд", ["W1"], 1, "uk"), "uk")
def _(m):
    m.head(("From", addr("Парафія св. Володимира", "parafia@ugkc-dortmund.example", "koi8-u", "b")),
           ("To", VT),
           ("Subject", ew("Реєстрація вчительки недільної школи", "koi8-u", "b")),
           ("Date", m.date),
           ("Message-ID", "<7e2a9c41-0f3d-4b86-a5e1-c9d04b7f3e22@ugkc-dortmund.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Слава Ісусу Христу!

Шановні організатори,

від імені нашої парафії прошу зареєструвати на Osteuropa-Vereinetag
пані Оксану Ткачук, яка веде у нас недільну школу для дітей (щонеділі
після Літургії, приблизно 25 дітей). Її цікавить перший воркшоп -
рідна мова і суботні/недільні школи, тобто Workshop 1.

Пані Оксана прийде сама. Підтвердження, будь ласка, надішліть прямо їй:
oksana.tkachuk@ugkc-dortmund.example

З повагою
Марія Савчук, секретар
Українська греко-католицька парафія св. Володимира, Дортмунд
""", charset="koi8-u", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Exchange Online NDR in German (CRLF): the confirmation to the address the
# parish gave in 018 does not exist (5.1.10 RecipientNotFound).

NDR_RCPT = "oksana.tkachuk@ugkc-dortmund.example"
NDR_TEXT = f"""Ihre Nachricht an {NDR_RCPT} konnte nicht übermittelt werden.

{NDR_RCPT} wurde nicht gefunden.

Aktion erforderlich                                   Empfänger
Unbekannter Empfänger

Wie behebe ich das Problem?
Die E-Mail-Adresse ist möglicherweise falsch geschrieben, oder sie existiert nicht. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Tritt der Fehler wieder auf, wenden Sie sich an den Empfänger auf anderem Weg (z. B. telefonisch) und bitten Sie ihn, die Adresse zu bestätigen.

Weitere Informationen für E-Mail-Administratoren
Diese Meldung wurde von einem E-Mail-Server außerhalb Ihrer Organisation erstellt.

Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {NDR_RCPT} not found by SMTP address lookup

Meldender Server: AM6PR02MB4410.eurprd02.prod.outlook.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:15px;color:#333">
<p style="font-size:17px">Ihre Nachricht an <a href="mailto:{NDR_RCPT}" style="color:#0072C6">{NDR_RCPT}</a> konnte nicht übermittelt werden.</p>
<p><b>{NDR_RCPT}</b> wurde nicht gefunden.</p>
<table style="width:100%;border-collapse:collapse"><tr>
<td style="background:#c00000;color:#fff;padding:4px">Aktion erforderlich</td><td style="padding:4px">Empfänger</td></tr>
<tr><td colspan="2" style="padding:4px">Unbekannter Empfänger</td></tr></table>
<p><b>Wie behebe ich das Problem?</b><br>
Die E-Mail-Adresse ist möglicherweise falsch geschrieben, oder sie existiert nicht. Prüfen Sie die Adresse und senden Sie die Nachricht erneut. Tritt der Fehler wieder auf, wenden Sie sich an den Empfänger auf anderem Weg (z.&nbsp;B. telefonisch) und bitten Sie ihn, die Adresse zu bestätigen.</p>
<p style="font-size:13px;color:#666"><b>Weitere Informationen für E-Mail-Administratoren</b><br>
Diese Meldung wurde von einem E-Mail-Server außerhalb Ihrer Organisation erstellt.<br>
Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {NDR_RCPT} not found by SMTP address lookup<br>
Meldender Server: AM6PR02MB4410.eurprd02.prod.outlook.example</p>
</div>
</body>
</html>
"""


@mail("exchange-ndr-de-tkachuk", "2027-07-10 11:06:02",
      E("bounce", bounced=NDR_RCPT), "de")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@ugkc-dortmund.example>"),
           ("To", VT),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c8a1e4f7-3b20-4d69-9f57-0a2e6d1b8c43@AM6PR02MB4410.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270710110541.7a0d@dortmund.example>"),
           ("References", "<mailbot.20270710110541.7a0d@dortmund.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM6PR02MB4410.eurprd02.prod.outlook.example"),
         ("Received-From-MTA", "dns;mx.dortmund.example"),
         ("Arrival-Date", "Sat, 10 Jul 2027 09:05:59 +0000")],
        [("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             f" {NDR_RCPT} not found by SMTP address lookup")])
    original = confirmation_message(
        f"{ew('Оксана Ткачук', 'utf-8', 'b')} <{NDR_RCPT}>", "Frau Tkachuk", "W1", 1,
        "Sat, 10 Jul 2027 11:05:41 +0200", "<mailbot.20270710110541.7a0d@dortmund.example>",
        "<7e2a9c41-0f3d-4b86-a5e1-c9d04b7f3e22@ugkc-dortmund.example>")
    m.multi("report", [notice, dsn, rfc822_part(original, "Ihre Anmeldung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Slovenian question (UTF-8 8bit): free of charge? childcare? must one be a
# member of an association?  No registration yet.

NOVAK_Q_TEXT = """Pozdravljeni,

zanima me nekaj stvari glede Vereinetaga 25. septembra:
– ali je udeležba brezplačna?
– ali bo poskrbljeno za varstvo otrok? Imam hčerko, staro 12 let, ki bi prišla z mano.
– ali mora biti vsak udeleženec član kakšnega društva? Naše društvo namreč ni registrirano kot e.V.

Hvala za odgovor in lep pozdrav
Maja Novak
Slovensko društvo Triglav Dortmund"""


@mail("novak-sl-vprasanja", "2027-07-12 17:40:14",
      E("question", "maja.novak@triglav-do.example", "Maja Novak",
        "Slovensko društvo Triglav Dortmund", [], None, "sl"), "sl")
def _(m):
    m.head(("From", "Maja Novak <maja.novak@triglav-do.example>"),
           ("To", VT),
           ("Subject", ew("Vprašanje – Vereinetag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1783870814.5521.9082@posta.triglav-do.example>"),
           ("MIME-Version", "1.0"))
    m.single(NOVAK_Q_TEXT + "\n", charset="utf-8", cte="8bit")


# -- 021 ---------------------------------------------------------------------
# Russian-German Spätaussiedler, KOI8-R 8bit, The Bat!: himself and his wife
# (2), "4-й семинар" (= W4).  Signs surname-first with patronymic; German
# organisation name with "Ortsgruppe".

@mail("koch-ru-koi8r-4-seminar-supruga", "2027-07-14 09:25:41",
      E("registration", "v.koch@lmdr-dortmund.example", "Кох Валерий Павлович",
        "Landsmannschaft der Deutschen aus Russland e.V., Ortsgruppe Dortmund", ["W4"], 2, "ru"),
      "ru")
def _(m):
    m.head(("From", "Valerij Koch <v.koch@lmdr-dortmund.example>"),
           ("To", VT),
           ("Subject", ew("Регистрация на 25.09.2027", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1209384756.20270714092541@lmdr-dortmund.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("Reply-To", "Valerij Koch <v.koch@lmdr-dortmund.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Уважаемые организаторы!

Прошу зарегистрировать меня и мою супругу, Людмилу Ивановну, на
мероприятие 25 сентября. Нас интересует 4-й семинар (консультации для
новоприбывших), так как мы в землячестве уже много лет помогаем
переселенцам и беженцам с документами и поиском жилья.

С уважением,
Кох Валерий Павлович
Landsmannschaft der Deutschen aus Russland e.V., Ortsgruppe Dortmund
тел. 0231 / 55 66 12
""", charset="koi8-r", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Gmail vacation responder of 002's writer (Russian and German), answering the
# organisers' information mail to all registrants.

@mail("becker-vacation-ru-de", "2027-07-20 10:00:41", E("auto_reply"), "ru")
def _(m):
    m.head(("From", "Olga Becker <olga.becker@berjoska-dortmund.example>"),
           ("To", TO_VT),
           ("Subject", ew("Отпуск / Urlaub", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq1Wvac8xT0nRz4bMd7sLe2HgJ5cYo9uQa3iTf1rNy6WkE0@mail.gmail.example>"),
           ("In-Reply-To", INFO_ID),
           ("References", INFO_ID),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!
Я в отпуске до 16 августа и читаю почту нерегулярно. По вопросам
субботней школы обращайтесь, пожалуйста, к Наталье Гроссман:
n.grossmann@berjoska-dortmund.example

Guten Tag,
ich bin bis zum 16. August im Urlaub. In Fragen der Samstagsschule
wenden Sie sich bitte an Natalja Grossmann:
n.grossmann@berjoska-dortmund.example

Ольга Беккер / Olga Becker
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Bosnian, Apple Mail multipart/alternative: "radionica broj 2", fallback
# "peta"; two men ("nas dvojica") -> 2.  Association named in the genitive in
# the text, in full in the signature.

HADZIC_TEXT = """Selam alejkum / Poštovani,

ime mi je Emir Hadžić, predsjednik sam Bosanskohercegovačkog kulturnog udruženja „Ljiljan“ iz Dortmunda. Htjeli bismo se prijaviti na Vereinetag 25. septembra. Zanima nas radionica broj 2 (finansije i knjigovodstvo), a ako bude popunjena, onda peta (kultura).
Dolazimo nas dvojica – ja i naš blagajnik Senad Mujić.

Hvala unaprijed i srdačan pozdrav,
Emir Hadžić
BH kulturno udruženje „Ljiljan“ Dortmund e.V."""


@mail("hadzic-bs-radionica-broj-2", "2027-07-22 21:10:27",
      E("registration", "emir.hadzic@ljiljan-dortmund.example", "Emir Hadžić",
        "BH kulturno udruženje „Ljiljan“ Dortmund e.V.", ["W2", "W5"], 2, "bs"), "bs")
def _(m):
    m.head(("From", addr("Emir Hadžić", "emir.hadzic@ljiljan-dortmund.example")),
           ("Subject", "Prijava za Vereinetag"),
           ("Message-Id", "<6A2F0C18-93DE-4B71-8E5A-1D7C34B9E0F2@ljiljan-dortmund.example>"),
           ("Date", m.date),
           ("To", VT),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"))
    m.alternative(HADZIC_TEXT, apple_html(HADZIC_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 024 ---------------------------------------------------------------------
# Latvian writer in learner German, typed without German umlauts; herself and
# her husband Jānis (2), "Workshop Nummer 5".  Latvian name of the society
# first, German in brackets.

@mail("berzina-lv-de-learner-chor", "2027-07-26 19:55:03",
      E("registration", "inese.berzina@mail.example", "Inese Bērziņa",
        "Latviešu biedrība Dortmundē", ["W5"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Inese Bērziņa", "inese.berzina@mail.example")),
           ("To", VT),
           ("Subject", "Anmeldung fur Vereinetag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-4c9e2a71-bd03-4f58-8a16-e07d5c3b9f21-1785088503220@3c-app-webde-bap44>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

ich mochte anmelden mich und meine Mann Jānis fur den Vereinetag am 25. September. Wir singen beide in lettische Chor in Dortmund und wir interessieren fur Workshop Nummer 5 mit Kultur und Chore. Vielleicht wir konnen dort auch erzahlen uber unsere Sommerfest Jāņi.

Vielen Dank
Inese Bērziņa
Latviešu biedrība Dortmundē
(Lettischer Verein Dortmund)"""
    m.alternative(text, div_html(text, "font-family: Verdana;font-size: 12.0px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Russian question, Outlook plain text in windows-1251 base64: must one be a
# member of a Verein?  in which language are the workshops?  Mentions "тема
# первого воркшопа" but registers no one.

@mail("lebedeva-ru-cp1251-question-ferein", "2027-07-28 12:12:56",
      E("question", "t.lebedeva@mail.example", "Татьяна Лебедева", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Лебедева", "t.lebedeva@mail.example", "windows-1251", "b")),
           ("To", VT),
           ("Subject", ew("Вопрос по Vereinetag", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<000c01dbff3a$71b2c940$54f6dbc0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Подскажите, пожалуйста, обязательно ли быть членом какого-нибудь ферайна, чтобы прийти на Vereinetag? Я ни в одном обществе не состою, я просто мама двоих детей, которые ходят в русскую субботнюю школу, и мне интересна тема первого воркшопа.

И ещё: на каком языке проходят воркшопы – только на немецком? Мой немецкий на уровне B1, боюсь, что не всё пойму.

Заранее спасибо,
Татьяна Лебедева
""", charset="windows-1251", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Ukrainian newcomer from Kharkiv, Android, UTF-8 8bit: "на четвертий
# воркшоп" (W4) with her two children -> 3; also asks about childcare (still a
# registration).  Name from her self-introduction; "громада" in a Telegram
# channel is no organisation name.

@mail("kravchenko-uk-kharkiv-dvoie-ditei", "2027-08-02 23:40:19",
      E("registration", "olena.kravchenko.ua@mail.example", "Олена Кравченко",
        None, ["W4"], 3, "uk"), "uk")
def _(m):
    m.head(("From", "olena.kravchenko.ua@mail.example"),
           ("To", VT),
           ("Subject", "Vereinetag"),
           ("Date", m.date),
           ("Message-ID", "<CAH5dR0qW7tY3uI9oP1aS4dF6gH8jK2lZ5xC7vB9nM1qWe4RtU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Мене звати Олена Кравченко, я з Харкова, у Дортмунді з весни 2023 року. Побачила оголошення про Vereinetag у телеграм-каналі нашої громади.
Хочу записатися на четвертий воркшоп – для новоприбулих, бо ми досі не можемо знайти нормальне житло, і я не розумію, куди звертатися щодо роботи.
Прийду з двома дітьми (8 і 11 років). Чи буде там хтось, хто з ними посидить?

Дякую!
Олена
""", charset="utf-8", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# Change (Russian, Thunderbird in Russian, quoting the confirmation W1 / 2):
# "можно ли добавить ещё одного человека ... будет трое, воркшоп тот же" ->
# party 3, no new workshop choice.

@mail("becker-ru-change-plus-one", "2027-08-17 09:05:30",
      E("change", "olga.becker@berjoska-dortmund.example", "Ольга Беккер",
        None, [], 3, "ru"), "ru")
def _(m):
    m.head(("From", "Olga Becker <olga.becker@berjoska-dortmund.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2b71c9e4-6d0a-4f38-b152-a8e3d7f09c61@berjoska-dortmund.example>"),
           ("In-Reply-To", "<mailbot.20270621204755.3c1e@dortmund.example>"),
           ("References", "<mailbot.20270621204755.3c1e@dortmund.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.single(f"""Добрый день!

Вернулась из отпуска и только сейчас увидела ваше подтверждение, спасибо.
Можно ли добавить к нашей регистрации ещё одного человека? С нами очень
хочет пойти ещё одна мама из нашей школы, Ирина Вольф. Значит, нас будет
трое, воркшоп тот же.

Ольга Беккер

21.06.2027 20:48, {VT_NAME} пишет:
{gt_quote(confirmation("Frau Becker", "W1", 2))}
""", charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 028 ---------------------------------------------------------------------
# Croatian, Outlook multipart/alternative in windows-1250 QP: four named
# participants, "peta radionica" first, "treća" second.  "KUD-a" in the
# genitive in the text, full name in the signature.

JURIC_TEXT = """Poštovani,

u ime KUD-a „Zagorje“ Dortmund prijavljujem nas četvero za Vereinetag 25. rujna. Prvi izbor nam je peta radionica (Kultur zeigen: Feste, Chöre und Öffentlichkeitsarbeit), a ako tamo više nema mjesta, onda treća (mladi).

Sudionici:
Tomislav Jurić
Ana Jurić
Marko Perić
Katarina Šimić

Lijep pozdrav,
Tomislav Jurić
predsjednik
KUD „Zagorje“ Dortmund e.V."""


@mail("juric-hr-peta-radionica-cetvero", "2027-08-19 18:22:45",
      E("registration", "tomislav.juric@kud-zagorje.example", "Tomislav Jurić",
        "KUD „Zagorje“ Dortmund e.V.", ["W5", "W3"], 4, "hr"), "hr")
def _(m):
    m.head(("From", addr("Tomislav Jurić", "tomislav.juric@kud-zagorje.example", "windows-1250", "q")),
           ("To", TO_VT),
           ("Subject", ew("Prijava KUD „Zagorje“ – Vereinetag 2027", "windows-1250", "q")),
           ("Thread-Topic", ew("Prijava KUD „Zagorje“ – Vereinetag 2027", "windows-1250", "q")),
           ("Thread-Index", "AdwRt5Kp8mN1vQ3xZ0cW7yB4eL2dHg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB3327A4D8E1F06B5C92E7D3A0B4F8@VI1PR09MB3327.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "hr-HR, de-DE"),
           ("Content-Language", "hr-HR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(JURIC_TEXT), outlook_html(JURIC_TEXT, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Cancellation (Slovak, Gmail reply quoting the confirmation W3 / 3).

KOVACOVA_CANCEL = """Dobrý deň,

žiaľ, musím našu prihlášku zrušiť. Dievčatá majú 25. 9. vystúpenie
na folklórnom festivale v Bochume, o ktorom sme sa dozvedeli až teraz,
a bez nich nepôjdem ani ja.

Ospravedlňujem sa a prajem vydarené podujatie.
Mária Kováčová"""
KOVACOVA_QH = f"št 8. 7. 2027 o 20:16 {VT_NAME} <{VT}> napísal(a):"


@mail("kovacova-sk-cancel", "2027-08-23 07:48:12",
      E("cancellation", "maria.kovacova@slovensky-spolok.example", "Mária Kováčová",
        None, [], None, "sk"), "sk")
def _(m):
    quoted = confirmation("Frau Kováčová", "W3", 3)
    m.head(("From", addr("Mária Kováčová", "maria.kovacova@slovensky-spolok.example", "iso-8859-2", "b")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1vT9xR4yA8nSc1oMq6tZe3IfH9gKd5pVb2jLs7uXo0rCy4Fa@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270708201541.9e4a@dortmund.example>"),
           ("References", "<mailbot.20270708201541.9e4a@dortmund.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KOVACOVA_CANCEL}\n\n{KOVACOVA_QH}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(KOVACOVA_CANCEL, KOVACOVA_QH, quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Advertising (other): a translation agency offers interpreters for the
# Vereinetag, Polish and German, HTML with a plain alternative.

LINGUA_TEXT = """Szanowni Państwo,
Sehr geehrte Damen und Herren,

w związku z Osteuropa-Vereinetag 25 września oferujemy tłumaczy ustnych (polski, rosyjski, ukraiński, czeski, bułgarski) na wszystkie warsztaty. Przy zamówieniu do 31 sierpnia – 15% rabatu.

anlässlich des Osteuropa-Vereinetags am 25. September bieten wir Dolmetscherinnen und Dolmetscher für alle Workshops an (Polnisch, Russisch, Ukrainisch, Tschechisch, Bulgarisch). Bei Buchung bis 31. August: 15 % Rabatt.

Angebot anfordern / Zamów ofertę: https://lingua-most.example/angebot
Telefon: 0231 / 98 76 54 30

Lingua-Most Übersetzungsbüro · Biuro tłumaczeń
Westenhellweg 102 · 44137 Dortmund
Sie möchten keine Werbung mehr erhalten? https://lingua-most.example/abmelden"""


@mail("lingua-most-werbung-pl-de", "2027-08-25 08:30:00", E("other"), "pl")
def _(m):
    m.head(("From", addr("Lingua-Most Übersetzungsbüro", "angebote@lingua-most.example")),
           ("To", VT),
           ("Subject", ew("Tłumacze na Vereinetag / Dolmetscher für Ihren Vereinetag – 15% Rabatt", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<mkt.20270825083000.55817@lingua-most.example>"),
           ("Precedence", "bulk"),
           ("List-Unsubscribe", "<https://lingua-most.example/abmelden>"),
           ("X-Mailer", "Sendy 6.1"),
           ("MIME-Version", "1.0"))
    paras = LINGUA_TEXT.split("\n\n")
    body = "".join(f"<p>{'<br>'.join(esc(x) for x in p.split(chr(10)))}</p>" for p in paras)
    html_text = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px;\">"
                 "<div style=\"background:#d4213d;color:#fff;padding:10px;font-size:20px;\">Lingua-Most</div>"
                 f"{body}</body></html>\n")
    m.alternative(LINGUA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Georgian typed in Latin letters (chat transliteration), us-ascii 7bit, sent
# from Tbilisi (+04:00): "mesame workshopze" (the third, W3), with his son ->
# "ori kaci viqnebit" = 2.

@mail("kapanadze-ka-latin-mesame", "2027-08-28 14:03:37",
      E("registration", "giorgi.kapanadze@samshoblo-do.example", "Giorgi Kapanadze",
        "Georgischer Verein Samschoblo Dortmund e.V.", ["W3"], 2, "ka"), "ka", tz=4)
def _(m):
    m.head(("From", "Giorgi Kapanadze <giorgi.kapanadze@samshoblo-do.example>"),
           ("To", VT),
           ("Subject", "registracia - Vereinetag"),
           ("Date", m.date),
           ("Message-ID", "<CAJr4Tz8nQ1vW6mYb3kLp0sXd9HeF2gJc7oUa5iKr1tWn4qBx8Ez@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""gamarjobat!

me var Giorgi Kapanadze, Dortmundis qartuli sazogadoeba "Samshoblo"-dan.
minda chavewero 25 seqtembris Vereinetag-ze, mesame workshopze
(axalgazrdebi / Jugendarbeit). chemi bichic momyveba, 16 wlisaa da
ukve xelmdzgvanelobs patarebs chvens fexburtis gundshi. anu ori kaci
viqnebit.

bodishi rom qartulad ar vwer, telefonze ar maqvs klaviatura :)

didi madloba!
Giorgi Kapanadze
Georgischer Verein Samschoblo Dortmund e.V.
tel 0176 2418 8877
""", charset="us-ascii", cte="7bit")


# -- 032 ---------------------------------------------------------------------
# Change (Bosnian, Apple Mail reply quoting the confirmation W2 / 2): the
# treasurer cannot come, "bit ću sam" -> party 1; workshop unchanged.

@mail("hadzic-bs-change-sam", "2027-09-01 12:14:08",
      E("change", "emir.hadzic@ljiljan-dortmund.example", "Emir Hadžić",
        None, [], 1, "bs"), "bs")
def _(m):
    m.head(("From", addr("Emir Hadžić", "emir.hadzic@ljiljan-dortmund.example")),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<B81D3E47-2A6C-4F09-9D15-E3C7A0F48B26@ljiljan-dortmund.example>"),
           ("Date", m.date),
           ("In-Reply-To", "<mailbot.20270722211039.5d7b@dortmund.example>"),
           ("References", "<mailbot.20270722211039.5d7b@dortmund.example>"),
           ("To", TO_VT),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Poštovani,

mala izmjena: naš blagajnik Senad nažalost ne može doći 25. septembra (radi u smjeni), tako da ću biti sam. Radionica ostaje ista.

Pozdrav,
Emir

Poslano s mog iPhonea

> Dana 22. 7. 2027., u 21:11, {VT_NAME} <{VT}> je napisao/la:
>
{gt_quote(confirmation("Herr Hadžić", "W2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Czech writer in fluent German, Outlook HTML only in windows-1250 QP:
# "der zweite Workshop" (W2), alone.  Signature with the title "Ing.",
# a street number and a Czech sign-off.

NOVOTNY_TEXT = """Sehr geehrte Frau Brückner,

hiermit melde ich mich verbindlich für den Osteuropa-Vereinetag am 25. September an. Als Kassenwart unseres Gesprächskreises interessiert mich vor allem der zweite Workshop zu Fördermitteln und Buchhaltung – unsere letzte Kassenprüfung hat gezeigt, dass wir da Nachholbedarf haben.

Ich komme allein.

S pozdravem / Mit freundlichen Grüßen

Ing. Pavel Novotný
Kassenwart
Deutsch-Tschechischer Gesprächskreis Dortmund e.V.
Hohe Straße 14, 44139 Dortmund"""


@mail("novotny-de-outlook-html-cp1250", "2027-09-03 08:41:55",
      E("registration", "pavel.novotny@dt-gespraechskreis.example", "Pavel Novotný",
        "Deutsch-Tschechischer Gesprächskreis Dortmund e.V.", ["W2"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Novotný, Pavel", "pavel.novotny@dt-gespraechskreis.example", "windows-1250", "q")),
           ("To", TO_VT),
           ("Subject", "Anmeldung Osteuropa-Vereinetag"),
           ("Thread-Topic", "Anmeldung Osteuropa-Vereinetag"),
           ("Thread-Index", "AdwcP1nR7vK3mQ0xW8yZ2bL5eT4dCg=="),
           ("Date", m.date),
           ("Message-ID", "<AM0PR06MB5106F3A9C2D8E1B7045A6C9D2E8F@AM0PR06MB5106.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "de-DE, cs-CZ"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(NOVOTNY_TEXT, "windows-1250"), subtype="html",
             charset="windows-1250", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Ukrainian question (Gmail, UTF-8 QP): can one sign up for two workshops,
# the second and the fifth?  Do they run at the same time?  Any fee?
# Registers no one; workshops named only inside the question.

HNATIUK_TEXT = """Добрий день!

Скажіть, будь ласка, чи можна записатися одразу на два воркшопи – на другий і на п'ятий? Чи вони відбуваються одночасно? Я в нашому товаристві відповідаю і за фінанси, і за свята, тому мені цікаві обидва.
І ще: чи треба щось оплачувати за участь?

З повагою,
Богдан Гнатюк
Товариство українців Рурської області / Verein der Ukrainer im Ruhrgebiet e.V."""


@mail("hnatiuk-uk-question-dva-vorkshopy", "2027-09-06 19:02:44",
      E("question", "bohdan.hnatiuk@ukr-ruhr.example", "Богдан Гнатюк",
        "Товариство українців Рурської області", [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Bohdan Hnatiuk <bohdan.hnatiuk@ukr-ruhr.example>"),
           ("To", VT),
           ("Subject", ew("Питання щодо воркшопів", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAB6nW2rT8yK4mXq0vLd3sZe7HfG1cJo9uPa5iRb8tNw2qEy6Gk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HNATIUK_TEXT, gmail_html(HNATIUK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Polish Saturday school, Outlook multipart/alternative windows-1250 QP, from
# the school's office with Reply-To to the head teacher's private address,
# which she asks the confirmation to go to.  "do pierwszego warsztatu", else
# "do trzeciego"; three persons.

ZIELINSKA_TEXT = """Szanowni Państwo,

zgłaszam udział trzech osób z naszej szkoły w Osteuropa-Vereinetag: moją osobę oraz dwie nauczycielki, panią Beatę Kamińską i panią Justynę Mazur. Prosimy o przydział do pierwszego warsztatu (Herkunftssprachen und Samstagsschulen), a gdyby zabrakło miejsc – do trzeciego.

Potwierdzenie proszę wysłać na mój prywatny adres (jest w polu „Odpowiedz do”), skrzynkę szkolną sprawdzamy tylko w soboty.

Z wyrazami szacunku
Ewa Zielińska-Kraus
dyrektor
Szkoła Polska im. Jana Pawła II w Dortmundzie
Polnische Schule Johannes Paul II. Dortmund e.V."""


@mail("zielinska-kraus-pl-szkola-reply-to", "2027-09-08 15:27:30",
      E("registration", "ewa.zielinska.kraus@mail.example", "Ewa Zielińska-Kraus",
        "Szkoła Polska im. Jana Pawła II w Dortmundzie", ["W1", "W3"], 3, "pl"), "pl")
def _(m):
    m.head(("From", addr("Szkoła Polska Dortmund", "sekretariat@szkola-polska-do.example", "windows-1250", "q")),
           ("Reply-To", addr("Ewa Zielińska-Kraus", "ewa.zielinska.kraus@mail.example", "windows-1250", "q")),
           ("To", TO_VT),
           ("Subject", ew("Zgłoszenie – Szkoła Polska im. Jana Pawła II", "windows-1250", "q")),
           ("Thread-Topic", ew("Zgłoszenie – Szkoła Polska im. Jana Pawła II", "windows-1250", "q")),
           ("Thread-Index", "AdwiF0kP3nL8mR1vX5qZ7yW2bT9cEg=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR08MB5721B9C4E0D2F7A16385B0E4C9D1@PR3PR08MB5721.eurprd08.prod.outlook.example>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "pl-PL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(ZIELINSKA_TEXT), outlook_html(ZIELINSKA_TEXT, "windows-1250"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# Slovenian registration after the organisers answered her question (020);
# the German answer is quoted.  "na peto delavnico" (W5); her 12-year-old
# daughter comes along ("bova dve") -> 2.

ANSWER_NOVAK = """Liebe Frau Novak,

vielen Dank für Ihre Fragen. Die Teilnahme am Osteuropa-Vereinetag ist
kostenlos. Von 10:00 bis 16:30 Uhr gibt es eine Kinderbetreuung für Kinder
von 3 bis 11 Jahren; ältere Kinder und Jugendliche können gern mit in die
Workshops. Eine Vereinsmitgliedschaft oder ein eingetragener Verein ist
keine Voraussetzung.

Herzliche Grüße
Jelena Brückner
Kommunales Integrationszentrum Dortmund"""


@mail("novak-sl-peta-delavnica-s-hcerko", "2027-09-10 20:35:06",
      E("registration", "maja.novak@triglav-do.example", "Maja Novak",
        "Slovensko društvo Triglav Dortmund", ["W5"], 2, "sl"), "sl")
def _(m):
    m.head(("From", "Maja Novak <maja.novak@triglav-do.example>"),
           ("To", TO_VT),
           ("Subject", ew("Re: Vprašanje – Vereinetag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1789065306.7734.1150@posta.triglav-do.example>"),
           ("In-Reply-To", "<antwort.20270713101204.5aa1@dortmund.example>"),
           ("References", "<1783870814.5521.9082@posta.triglav-do.example> <antwort.20270713101204.5aa1@dortmund.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Pozdravljeni,

hvala za odgovor (in oprostite, da se oglašam šele zdaj – poletje je bilo
naporno). Potem se prijavljam na peto delavnico (Kultur zeigen), ker v
društvu za november pripravljamo martinovanje in iščemo ideje, kako ga
predstaviti tudi sosedom. Hčerka pride z mano, torej bova dve.

Lep pozdrav
Maja Novak
Slovensko društvo Triglav Dortmund

Dne 13. 07. 2027 ob 10:12 je {VT_NAME} napisal(a):
{gt_quote(ANSWER_NOVAK)}
""", charset="utf-8", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# Cancellation in Bulgarian typed in Latin letters ("shlyokavitsa"), us-ascii,
# from a phone; new mail, no quote.  Cancels the three places of 007.

@mail("georgieva-bg-latin-cancel", "2027-09-13 17:58:21",
      E("cancellation", "d.georgieva@kirilimetodii-do.example", "Desislava Georgieva",
        None, [], None, "bg"), "bg")
def _(m):
    m.head(("From", addr("Десислава Георгиева", "d.georgieva@kirilimetodii-do.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", "Otkazvane - Vereinetag 25.09"),
           ("Date", m.date),
           ("Message-ID", "<m2k8r4.1789315101.android@kirilimetodii-do.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Zdraveite,

za sazhalenie tryabva da otkazhem uchastieto si na 25 septemvri -
v sashtiya den druzhestvoto ima sabor v Esen, koito ne mozhem da
premestim. Molya, osvobodete trite mesta (zapisani byahme za
chetvartiya workshop) za drugi hora.

Blagodarya i uspeh!
Desislava Georgieva
""", charset="us-ascii", cte="7bit")


# -- 038 ---------------------------------------------------------------------
# Change in learner German (Armenian writer, Gmail German quote of the
# confirmation W5 / 4): "umbuchen auf den vierten Workshop" -> W4.

HAKOBYAN_CHANGE = """Sehr geehrte Damen und Herren,

wir sind angemeldet mit 4 Personen für Workshop 5. Können Sie uns bitte umbuchen auf den vierten Workshop? Die Schwester von meine Frau ist jetzt neu gekommen aus Jerewan und wir brauchen Beratung, wie geht das mit Sprachkurs und Anmeldung. Kinder kommen trotzdem mit.

Vielen Dank
Armen Hakobyan"""
HAKOBYAN_QH = f"Am Mo., 5. Juli 2027 um 16:21 Uhr schrieb {VT_NAME} <{VT}>:"


@mail("hakobyan-de-change-vierten", "2027-09-14 11:16:49",
      E("change", "armen.hakobyan@hayastan-do.example", "Armen Hakobyan",
        None, ["W4"], None, "de"), "de")
def _(m):
    quoted = confirmation("Herr Hakobyan", "W5", 4)
    m.head(("From", "Armen Hakobyan <armen.hakobyan@hayastan-do.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<20270914111649.2f8c0a@hayastan-do.example>"),
           ("In-Reply-To", "<mailbot.20270705162111.0b3f@dortmund.example>"),
           ("References", "<mailbot.20270705162111.0b3f@dortmund.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single(f"{HAKOBYAN_CHANGE}\n\n{HAKOBYAN_QH}\n{gt_quote(quoted)}\n",
             charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation (Lithuanian, Outlook plain text windows-1257 QP) replying to
# the 7-day reminder, quoted below Lithuanian Outlook labels.

KAZ_CANCEL = """Laba diena,

labai atsiprašau, bet rugsėjo 25 d. negalėsiu atvykti – tą dieną mūsų mokykloje bus mokslo metų pradžios šventė, kurią netikėtai perkėlė iš spalio. Prašau išbraukti mane iš dalyvių sąrašo.

Ačiū ir sėkmės renginyje!
Rūta Kazlauskienė"""


@mail("kazlauskiene-lt-cancel-reply-to-reminder", "2027-09-18 16:44:12",
      E("cancellation", "ruta.kazlauskiene@gintarelis.example", "Rūta Kazlauskienė",
        None, [], None, "lt"), "lt")
def _(m):
    m.head(("From", addr("Kazlauskienė, Rūta", "ruta.kazlauskiene@gintarelis.example", "windows-1257", "q")),
           ("To", TO_VT),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcKZ7n0bWm3kQ5yX8vL1pT2eR4dAg="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB88417C1A3E9F0B24D5E6F7A8B9C0@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "lt-LT"),
           ("MIME-Version", "1.0"))
    quote = (TO_VT, "2027 m. rugsėjo 18 d., šeštadienis 10:00",
             "Kazlauskienė, Rūta <ruta.kazlauskiene@gintarelis.example>",
             REMINDER_SUBJECT, reminder("Frau Kazlauskienė", "W1", 1))
    m.single(outlook_plain(KAZ_CANCEL, quote, ("Nuo:", "Išsiųsta:", "Kam:", "Tema:")),
             charset="windows-1257", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Late registration (after the 17 September deadline), Russian, webmail
# base64: "на третьем воркшопе ещё остались места? Если да, запишите меня
# и коллегу" -> a registration for W3, 2 persons.  Signs in Latin letters.

@mail("schmidt-ru-late-tretij-vorkshop", "2027-09-20 22:17:35",
      E("registration", "anna.schmidt@gorizont-do.example", "Anna Schmidt",
        "Молодёжный клуб «Горизонт» e.V.", ["W3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Анна Шмидт", "anna.schmidt@gorizont-do.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("Ещё можно записаться?", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789938455.604418221@f317.i.gorizont-do.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    text = """Здравствуйте!

Я понимаю, что срок регистрации уже прошёл (17 сентября), но, может быть, на третьем воркшопе ещё остались места? Если да, запишите, пожалуйста, меня и моего коллегу Дениса Ковалёва – мы вдвоём ведём молодёжный клуб и очень хотели бы попасть именно туда.

Заранее большое спасибо!
Anna Schmidt
Молодёжный клуб «Горизонт» e.V. (Jugendclub Horizont)"""
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in text.split("\n")) + "</div></BODY></HTML>\n")
    m.alternative(text, html_text, charset="utf-8", cte="base64")


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


def check_labels(e, msg, text):
    problems = []
    k = e["kind"]
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WORKGROUPS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and e["party_size"] is not None and not (
            isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("change party_size must be null or >= 1")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if k == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    if k in ("auto_reply", "bounce", "other"):
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
        return problems
    low = text.lower()
    if not e["email"] or e["email"] != e["email"].lower() or e["email"] not in low:
        problems.append(f"email {e['email']} not lower-case or not in the mail")
    if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
        problems.append("language must be an ISO 639-1 code")
    if not e["name"]:
        problems.append("person mail needs a name")
    else:
        for word in e["name"].split():
            if word.lower()[:4] not in low:
                problems.append(f"name word {word!r} not in the mail")
    if e["organisation"] and e["organisation"] not in text:
        problems.append(f"organisation {e['organisation']!r} not in the mail")
    return problems


def check(name, data, m, expected):
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-Sept 2027")
    got = []
    for p in leaves(msg):
        cs = p.get_content_charset()
        if p.get_content_maintype() == "text" and cs:
            try:
                p.get_payload(decode=True).decode(cs)
            except (LookupError, UnicodeDecodeError):
                problems.append(f"part does not decode as {cs}")
        got.append(p.get_content())
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_labels(expected, msg, unicodedata.normalize("NFC", text))
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>3}" for x in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{table.get((k, x), 0) or '-':>3}" for x in langs))
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
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
        on_disk = sorted(p.name for p in mails_dir.glob("*.eml"))
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
