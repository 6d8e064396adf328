#!/usr/bin/env python3
"""Build the "netzwerktreffen" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Netzwerktreffen Ehrenamt und Migration 2027 of the Kreis Steinfurt (see config.toml),
four workgroups with roman-numeral ids I, II, III, IV.

Every mail text below is written by hand.  The script wraps the texts in MIME with the
standard `email` package, writes the files, reads every file back with
email.policy.default and checks it (no defects, each text part decodes strictly in its
declared charset and to exactly the written text, lines <= 998 octets, dates rise,
example domains only, labels well-formed).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
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

NT = "netzwerktreffen@kreis-steinfurt.example"
NT_NAME = "Netzwerktreffen Ehrenamt und Migration"
TO_NT = f"{NT_NAME} <{NT}>"
INVITATION_ID = "<einladung.netzwerktreffen-2027.20270802101502@kreis-steinfurt.example>"
INVITATION_SUBJECT = "Einladung: Netzwerktreffen Ehrenamt und Migration am 25. September 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Netzwerktreffen Ehrenamt und Migration 2027"
WG_IDS = ("I", "II", "III", "IV")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
CEST = 2


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="b"):
    if name.isascii():
        return formataddr((name, address))
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


def esc(s):
    return html.escape(s, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"netzwerktreffen/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=CEST):
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
        msg.set_raw("Delivered-To", NT)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "kreis-steinfurt.example"
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2 + int(_h(self.slug, "d")[:2], 16) % 5))
                .astimezone(datetime.timezone(datetime.timedelta(hours=CEST))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx1.kreis-steinfurt.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{NT}>; {arrival} (CEST)")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style="std"):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:11].upper()}.{int(h[11:19], 16)}/mail.kreis-steinfurt.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1786000000000 + int(h[16:22], 16)}"
        return f"=_{h[:24]}"

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


# -- HTML flavours ----------------------------------------------------------

def word_head(charset, lang="DE", rtl=False):
    d = " dir=RTL" if rtl else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:70.85pt 70.85pt 56.7pt 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'{d}>
<div class=WordSection1>
"""


def mso_p(line, rtl=False):
    d = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{d}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{d}>{esc(line)}<o:p></o:p></p>"


QUOTE_LABELS = {"de": ("Von:", "Gesendet:", "An:", "Betreff:"),
                "en": ("From:", "Sent:", "To:", "Subject:")}


def outlook_html(text, charset, quote=None, labels="de", lang="DE", rtl=False):
    """quote = (from, sent, to, subject, quoted_text)"""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        f, s, t, b = QUOTE_LABELS[labels]
        von, sent, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{f}</b> {esc(von)}<br>\n<b>{s}</b> {esc(sent)}<br>\n"
                   f"<b>{t}</b> {esc(an)}<br>\n<b>{b}</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return word_head(charset, lang, rtl) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    f, s, t, b = QUOTE_LABELS[labels]
    von, sent, an, betreff, quoted = quote
    return f"{text}\n\n{f} {von}\n{s} {sent}\n{t} {an}\n{b} {betreff}\n\n{quoted}"


def gmail_html(text, rtl=False, attrib=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if attrib:
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attrib)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px "
                f"0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}<br>\n</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\">" + inner + "</body></html>\n")


def div_html(text, style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"):
    br = '<br clear="none">'
    inner = "".join(f"<div>{esc(line) if line else br}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div class=\"ydp-wrap\" style=\"{style}\">{inner}</div></body></html>\n"


# ---------------------------------------------------------------------------
# texts the organiser sent (quoted by many mails)
# ---------------------------------------------------------------------------

INVITATION = """Liebe Engagierte in der Arbeit mit Geflüchteten und Zugewanderten,
liebe Initiativen, Vereine und Migrantenorganisationen im Kreis Steinfurt,

nach der Sommerpause laden wir Sie herzlich ein zum

    Netzwerktreffen Ehrenamt und Migration
    Samstag, 25. September 2027, 10:00 bis 15:30 Uhr
    Bürgerhaus Borghorst, Am Rathaus 3, 48565 Steinfurt

Nach einem Austausch im Plenum arbeiten wir ab 11:30 Uhr in vier
Arbeitsgruppen:

    AG I    Patenschaften und Mentoring: Neuzugewanderte begleiten
    AG II   Hausaufgabenhilfe und Lernförderung für Kinder und Jugendliche
    AG III  Begleitung zu Behörden und Ämtern
    AG IV   Sport, Freizeit und Begegnung

Bitte melden Sie sich bis Freitag, 17. September 2027, per E-Mail an
netzwerktreffen@kreis-steinfurt.example an und nennen Sie uns Ihren
Namen, Ihre Initiative oder Ihren Verein, die gewünschte Arbeitsgruppe
(gern mit Zweitwunsch) und die Zahl der Personen, die mitkommen.
Sie dürfen uns gern in Ihrer eigenen Sprache schreiben.

Die Teilnahme ist kostenlos, für ein Mittagessen ist gesorgt.
Fahrtkosten für Bus und Bahn erstatten wir auf Antrag.

Wir freuen uns auf Sie!

Annika Brößkamp
Ehrenamtskoordination
Kommunales Integrationszentrum Kreis Steinfurt"""

WG_LINE = {
    "I": "AG I – Patenschaften und Mentoring: Neuzugewanderte begleiten",
    "II": "AG II – Hausaufgabenhilfe und Lernförderung für Kinder und Jugendliche",
    "III": "AG III – Begleitung zu Behörden und Ämtern",
    "IV": "AG IV – Sport, Freizeit und Begegnung",
}


def confirmation(name, wg, persons):
    """The confirmation the registration tool sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {name},

vielen Dank für Ihre Anmeldung zum Netzwerktreffen Ehrenamt und Migration
am Samstag, 25. September 2027, 10:00 bis 15:30 Uhr, im Bürgerhaus
Borghorst, Am Rathaus 3, 48565 Steinfurt.

Ihre Arbeitsgruppe:
{WG_LINE[wg]}

Angemeldete Personen: {persons}

Sie möchten die Arbeitsgruppe wechseln, mit mehr oder weniger Personen
kommen oder absagen? Dann antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Netzwerktreffen Ehrenamt und Migration
Kreis Steinfurt – Kommunales Integrationszentrum"""


def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@kreis-steinfurt.example>"


def confirmation_message(to, name, wg, persons, when, msgid, in_reply_to):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_NT
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(name, wg, persons), charset="utf-8", cte="quoted-printable")
    return m


MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=CEST):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

# -- 001 ---------------------------------------------------------------------
# Native German, Thunderbird reply under the quoted invitation (all four AGs in
# the quote), format=flowed 8bit.  "zwölf neue Patenschaften" is not a count.

@mail("hoelscher-brink-reply-to-invitation", "2027-08-09 09:12:44",
      E("registration", "g.hoelscher-brink@fluechtlingshilfe-emsdetten.example",
        "Gisela Hölscher-Brink", "Flüchtlingshilfe Emsdetten e.V.", ["I"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Gisela Hölscher-Brink", "g.hoelscher-brink@fluechtlingshilfe-emsdetten.example",
                         "utf-8", "q")),
           ("To", TO_NT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e7c2d-94a1-4f3e-8d26-1c7a0b9e4f53@fluechtlingshilfe-emsdetten.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Brößkamp,

danke für die Einladung, wir sind gern wieder dabei! Ich melde mich und 
meinen Mitstreiter Bernd Wenning für die AG I an. Bei uns in Emsdetten 
sind im Juli zwölf neue Patenschaften gestartet, da gibt es einiges zu 
besprechen.

Beim Mittagessen bitte einmal vegetarisch (für mich).

Herzliche Grüße
Gisela Hölscher-Brink

-- 
Flüchtlingshilfe Emsdetten e.V.
Koordination Patenschaften
Tel. 02572 / 95 31 40

Am 02.08.27 um 10:15 schrieb Netzwerktreffen Ehrenamt und Migration:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (rtl), UTF-8 base64.  "المجموعة الثانية"
# = the second workgroup; he comes with his wife -> 2.  The café is named in
# Arabic in the text and in Latin letters in the signature (label: signature).

ALHAMWI_TEXT = """السلام عليكم ورحمة الله،

أنا محمود الحموي، متطوع منذ ثلاث سنوات في مقهى اللقاء الدولي في غريفن، حيث نساعد الأطفال في واجباتهم المدرسية مرتين في الأسبوع.

أرغب في التسجيل في لقاء الشبكة يوم ٢٥ أيلول، في مجموعة العمل الثانية (المساعدة في الواجبات المدرسية). ستأتي معي زوجتي سلمى، فهي أيضاً متطوعة معنا، أي أننا سنكون شخصين.

شكراً جزيلاً على الدعوة وعلى إمكانية الكتابة بالعربية.

مع التحية
Mahmoud Al-Hamwi
Café International Greven"""


@mail("alhamwi-arabic-second-group", "2027-08-10 14:15:07",
      E("registration", "m.alhamwi@mail.example", "Mahmoud Al-Hamwi",
        "Café International Greven", ["II"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mahmoud Al-Hamwi <m.alhamwi@mail.example>"),
           ("To", NT),
           ("Subject", ew("تسجيل – Netzwerktreffen 25.09.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH8vQmT3kP9xR2wZ7nB4cL1yF6dJ0sE5gA8uV3oK2tN9rM4pWq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Learner German from a phone, "Gruppe 3 (Behörden)", alone.  No organisation.

@mail("noorzai-learner-gruppe-3", "2027-08-10 21:40:31",
      E("registration", "farid.noorzai@mail.example", "Farid Noorzai", None, ["III"], 1, "de"), "de")
def _(m):
    m.head(("From", "Farid Noorzai <farid.noorzai@mail.example>"),
           ("To", NT),
           ("Subject", "Anmeldung netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<k2v8sq.1786390831.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Brößkamp

ich bin Farid Noorzai aus Rheine. Ich helfe ehrenamtlich Leute aus Afghanistan wenn sie müssen zum Jobcenter oder Ausländerbehörde gehen, ich mache übersetzen Dari und Paschtu.
Ich möchte gerne zum Netzwerktreffen kommen in die Gruppe 3 (Behörden). Ich komme allein.

Vielen Dank
Farid Noorzai

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Ukrainian from an iPhone, multipart/alternative UTF-8 QP.  Name only in
# Cyrillic (From and signature); association in German in the signature.
# "група IV ... якщо там уже не буде місць ... до другої" -> IV, then II; 3 persons.

SAVCHUK_TEXT = """Добрий день!

Мене звати Олена Савчук, я волонтерка Української громади в Ібенбюрені. Ми з двома подругами з громади (Наталія Бойко та Ірина Ткач) хотіли б узяти участь у Netzwerktreffen 25 вересня.

Найбільше нас цікавить група IV – спорт і дозвілля: ми щотижня збираємо дітей і мам на ігри та прогулянки. Якщо там уже не буде місць, то, будь ласка, запишіть нас до другої групи.

Отже, нас троє.

Дякую і гарного дня!
Олена Савчук
Ukrainische Gemeinde Ibbenbüren e.V.

Надіслано з iPhone"""


@mail("savchuk-ukrainian-iv-else-second", "2027-08-11 09:05:52",
      E("registration", "olena.savchuk@mail.example", "Олена Савчук",
        "Ukrainische Gemeinde Ibbenbüren e.V.", ["IV", "II"], 3, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Савчук", "olena.savchuk@mail.example", "utf-8", "b")),
           ("To", NT),
           ("Subject", ew("Реєстрація на Netzwerktreffen 25.09", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<8F2A6C41-3D7B-4E90-B1A5-C6E2D9F07B34@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.alternative(SAVCHUK_TEXT, apple_html(SAVCHUK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 005 ---------------------------------------------------------------------
# English, Outlook multipart/alternative windows-1252 QP, from a work address.
# The employer signature and disclaimer are not the organisation; she
# volunteers with the Sprachcafé Ochtrup.  Registration plus a question.

RAGHU_TEXT = """Hello,

I'd like to sign up for the Netzwerktreffen on 25 September. I volunteer with the Sprachcafé Ochtrup, mostly as a mentor for two families who arrived last year, so the mentoring workgroup (AG I) is the obvious one for me.

Just me, no one else.

My German is fine for everyday things but not great in longer discussions - would it be okay if I occasionally switch to English in the group?

Kind regards,
Priya Raghunathan

Priya Raghunathan | Senior Process Engineer
Brockmann Kunststofftechnik GmbH | Industriestraße 14 | 48607 Ochtrup
T +49 2553 7788-214 | priya.raghunathan@brockmann-kt.example

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.
Brockmann Kunststofftechnik GmbH, Sitz Ochtrup, Amtsgericht Steinfurt HRB 4471, Geschäftsführer: Jörg Brockmann"""


@mail("raghunathan-english-outlook-employer-signature", "2027-08-11 11:30:18",
      E("registration", "priya.raghunathan@brockmann-kt.example", "Priya Raghunathan",
        "Sprachcafé Ochtrup", ["I"], 1, "en"), "en")
def _(m):
    m.head(("From", "\"Raghunathan, Priya\" <priya.raghunathan@brockmann-kt.example>"),
           ("To", TO_NT),
           ("Subject", "Registration - Netzwerktreffen 25 Sept"),
           ("Thread-Topic", "Registration - Netzwerktreffen 25 Sept"),
           ("Thread-Index", "AdsK4R2mT0v9bQ1xS3eN7yW5uP8aJg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB8841F3A27C6B4D1E9A05C3B2E7F1A@DB9PR02MB8841.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(RAGHU_TEXT, outlook_html(RAGHU_TEXT, "windows-1252", lang="EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# Farsi, text/plain UTF-8 base64.  "گروه ۳" with a Persian digit; she and two
# friends -> 3 ("۳ نفر" repeats it).

@mail("rostami-farsi-persian-digit", "2027-08-12 19:20:05",
      E("registration", "maryam.rostami@mail.example", "Maryam Rostami",
        "Deutsch-Iranischer Frauentreff Lengerich", ["III"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rostami <maryam.rostami@mail.example>"),
           ("To", NT),
           ("Subject", ew("ثبت‌نام نشست ۲۵ سپتامبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJx4Lp0qW8eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6qE9r@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من مریم رستمی هستم و چند سال است که در لنگریش به زنان تازه‌وارد کمک می‌کنم تا کارهای اداری‌شان را انجام دهند؛ مثلاً همراهشان به اداره‌ی اتباع خارجی یا جاب‌سنتر می‌روم.

می‌خواهم برای نشست شبکه‌ای ۲۵ سپتامبر ثبت‌نام کنم، در گروه ۳ (همراهی به ادارات). دو نفر از دوستانم که با من در همین کار داوطلب هستند هم می‌آیند، پس در مجموع ۳ نفر هستیم.

با تشکر فراوان
Maryam Rostami
Deutsch-Iranischer Frauentreff Lengerich
""", charset="utf-8", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Kurmanji, Thunderbird with a Turkish locale, ISO-8859-9 QP.  "koma duyemîn"
# = the second group; her friend Rojhat comes too -> 2.

@mail("demir-kurmanji-koma-duyemin", "2027-08-13 10:02:26",
      E("registration", "berfin.demir@mail.example", "Berfîn Demir",
        "Kurdisches Gemeinschaftszentrum Rheine e.V.", ["II"], 2, "ku"), "ku")
def _(m):
    m.head(("From", addr("Berfîn Demir", "berfin.demir@mail.example", "iso-8859-9", "q")),
           ("To", NT),
           ("Subject", ew("Qeydkirin - Netzwerktreffen 25ê Îlonê", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<a7d41e02-6f3b-4c58-9e17-2b80c5d3f6a9@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Navê min Berfîn Demir e. Ez li Rheine di Navenda Civakî ya Kurdî de bi 
dilxwazî alîkariya zarokan di karê malê (Hausaufgaben) de dikim.

Ez dixwazim ji bo Netzwerktreffen a 25ê Îlonê xwe qeyd bikim, di koma 
duyemîn de. Hevalê min Rojhat Aydın jî bi min re tê, ew jî li navendê 
alîkar e. Yanî em du kes in.

Gelek spas ji bo vexwendinê!

Berfîn Demir
Kurdisches Gemeinschaftszentrum Rheine e.V.
""", charset="iso-8859-9", cte="quoted-printable", params={"format": "flowed"})


# -- 008 ---------------------------------------------------------------------
# Native German question (Gmail alternative): is the meeting for individual
# helpers too, and is there childcare?  "Wenn beides passt, melde ich mich
# gern an" -> not yet a registration.

TAPPE_TEXT = """Hallo zusammen,

ich habe die Einladung über unseren Nachbarschaftsverein bekommen. Ich bin erst seit diesem Frühjahr dabei und begleite eine syrische Familie privat, also nicht über eine Organisation. Ist das Treffen auch für solche "Einzelkämpfer" gedacht oder eher für Vereine und Initiativen?

Und noch eine praktische Frage: Gibt es vor Ort eine Kinderbetreuung? Meine Frau arbeitet an dem Samstag und ich hätte sonst unsere beiden Kleinen (4 und 6) dabei.

Wenn beides passt, melde ich mich gern an.

Viele Grüße
Jens Tappe"""


@mail("tappe-question-childcare", "2027-08-13 12:45:39",
      E("question", "jens.tappe@mail.example", "Jens Tappe", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Jens Tappe <jens.tappe@mail.example>"),
           ("To", NT),
           ("Subject", "Frage zum Netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<CAF3nW9bY2hK7dQ4xM1vR8sT5pL0gJ6cU3eA9iZ2oN7wB4yX1tE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TAPPE_TEXT, gmail_html(TAPPE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 009 ---------------------------------------------------------------------
# Tigrinya, Gmail alternative UTF-8 base64.  "ቀዳማይ ጉጅለ" = first group,
# "በይነይ እየ ዝመጽእ" = I come alone.

TEKLE_TEXT = """ሰላም ንኹልኹም፣

ኣነ ዮናስ ተኽለ እበሃል። ኣብ ስታይንፉርት ንሓደስቲ መጻእቲ ስድራቤታት ከም ሜንቶር (Pate) ብወለንታ እሕግዝ ኣለኹ።

ኣብቲ ብ25 መስከረም ዝግበር ናይ ኔትዎርክ ርክብ ክሳተፍ እደሊ ኣለኹ። ኣብ ቀዳማይ ጉጅለ (Patenschaften und Mentoring) ክኸውን ደስ ይብለኒ። በይነይ እየ ዝመጽእ።

ምስ ሰላምታ
Yonas Tekle
Eritreische Gemeinde Steinfurt e.V."""


@mail("tekle-tigrinya-first-group", "2027-08-13 14:10:12",
      E("registration", "yonas.tekle@mail.example", "Yonas Tekle",
        "Eritreische Gemeinde Steinfurt e.V.", ["I"], 1, "ti"), "ti")
def _(m):
    m.head(("From", "Yonas Tekle <yonas.tekle@mail.example>"),
           ("To", NT),
           ("Subject", ew("ምዝገባ - Netzwerktreffen", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB7yT2oP5kL8mN1qR4sV7wX0zA3cD6fG9hJ2kL5nQ8rT1uW4yZ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TEKLE_TEXT, gmail_html(TEKLE_TEXT), charset="utf-8", cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Somali, plain US-ASCII 7bit from a webmail.  "kooxda afraad" = the fourth
# group; "laba haween ah ... 3 qof" -> 3.

@mail("cabdi-xasan-somali-kooxda-afraad", "2027-08-13 15:05:47",
      E("registration", "faadumo.xasan@mail.example", "Faadumo Cabdi Xasan",
        "Somalischer Frauenverein Rheine e.V.", ["IV"], 3, "so"), "so")
def _(m):
    m.head(("From", "Faadumo Cabdi Xasan <faadumo.xasan@mail.example>"),
           ("To", NT),
           ("Subject", "Diiwaangelin - kulanka 25 Sebtembar"),
           ("Date", m.date),
           ("Message-ID", "<1786633547.4471902.1786633547338@mail.example>"),
           ("X-Mailer", "WebService/1.1.22409 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Asc,

Magacaygu waa Faadumo Cabdi Xasan. Waxaan si tabaruc ah uga shaqeeyaa Ururka Haweenka Soomaaliyeed ee Rheine. Toddobaad kasta waxaan hooyooyinka la samaynaa jimicsi iyo kulan.

Waxaan rabaa inaan iska diiwaangeliyo kulanka 25ka Sebtembar, kooxda afraad (Sport, Freizeit und Begegnung). Waxaa ila imanaya laba haween ah oo ururkayaga ka mid ah, markaa waxaan nahay 3 qof.

Mahadsanid
Faadumo Cabdi Xasan
Somalischer Frauenverein Rheine e.V.
""", charset="us-ascii", cte="7bit")


# -- 011 ---------------------------------------------------------------------
# An association's office registers its chairman, who has no e-mail; the
# confirmation is to go to the office address.  Outlook alternative,
# windows-1252 QP.  Name = the attendee, email = the office.

KORTMANN_TEXT = """Sehr geehrte Frau Brößkamp,

im Auftrag unseres Vorstands melde ich Herrn Heinz-Georg Lütke Entrup zum Netzwerktreffen am 25.09.2027 an. Herr Lütke Entrup möchte an der Arbeitsgruppe III (Begleitung zu Behörden und Ämtern) teilnehmen, er kommt allein.

Die Bestätigung schicken Sie bitte an diese Adresse, ich gebe sie dann weiter – Herr Lütke Entrup hat selbst keine E-Mail.

Mit freundlichen Grüßen
i. A. Sabine Kortmann

Ehrenamtsbörse Greven e.V.
Bürozeiten: Di und Do 9–12 Uhr
Marktstraße 7 · 48268 Greven
Tel. 02571 / 58 20 33
info@ehrenamtsboerse-greven.example"""


@mail("ehrenamtsboerse-office-registers-chairman", "2027-08-13 15:48:20",
      E("registration", "info@ehrenamtsboerse-greven.example", "Heinz-Georg Lütke Entrup",
        "Ehrenamtsbörse Greven e.V.", ["III"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Ehrenamtsbörse Greven", "info@ehrenamtsboerse-greven.example",
                         "windows-1252", "q")),
           ("To", TO_NT),
           ("Subject", "Anmeldung Herr Lütke Entrup – Netzwerktreffen 25.09."),
           ("Thread-Topic", "Anmeldung Herr Lütke Entrup – Netzwerktreffen 25.09."),
           ("Date", m.date),
           ("Message-ID", "<000c01dc0c5e$3a7f1b20$af7d5160$@ehrenamtsboerse-greven.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(KORTMANN_TEXT, outlook_html(KORTMANN_TEXT, "windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# Exchange "Automatische Antwort" to the confirmation of 011, CRLF line ends,
# no Auto-Submitted header (only X-Auto-Response-Suppress and the subject
# prefix).  Mentions "Patenschaften" (an AG I alias) and dates.

AUTO_TEXT = """Vielen Dank für Ihre Nachricht.

Unser Büro ist ab sofort bis einschließlich Freitag, 3. September 2027, urlaubsbedingt nicht besetzt. E-Mails werden in dieser Zeit nicht gelesen und nicht weitergeleitet. Ab Dienstag, 7. September, sind wir wieder für Sie da.

In dringenden Fällen rund um laufende Patenschaften erreichen Sie unseren Vorstand unter 0171 / 4 58 27 19.

Thank you for your e-mail. Our office is closed until 3 September 2027.

Ehrenamtsbörse Greven e.V."""

AUTO_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">
""" + "\n".join(f"<p>{esc(p)}</p>" for p in AUTO_TEXT.split("\n\n")) + """
</div>
</body>
</html>
"""


@mail("ehrenamtsboerse-exchange-automatische-antwort", "2027-08-13 15:48:58",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Ehrenamtsbörse Greven", "info@ehrenamtsboerse-greven.example",
                         "utf-8", "b")),
           ("To", TO_NT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB8PR03MB6612C0E4A1B29D7F5E38A4C1D2B6@DB8PR03MB6612.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", conf_id("20270813154831", "2c9e")),
           ("References", conf_id("20270813154831", "2c9e")),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "info@ehrenamtsboerse-greven.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), crlf=True)
    m.alternative(AUTO_TEXT, AUTO_HTML, charset="utf-8", cte="base64", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Pashto, text/plain UTF-8 QP.  "درېیمه ډله" = the third group; his brother
# Nasir comes too -> 2.  Date with Persian digits.

@mail("safi-pashto-dreyema-dala", "2027-08-14 11:20:03",
      E("registration", "gulahmad.safi@mail.example", "Gul Ahmad Safi", None, ["III"], 2, "ps"), "ps")
def _(m):
    m.head(("From", "Gul Ahmad Safi <gulahmad.safi@mail.example>"),
           ("To", NT),
           ("Subject", ew("د غونډې لپاره نوم لیکنه", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAN5qR8tW1yZ4bD7fH0jL3mP6sV9xA2cE5gK8nQ1rU4wY7zB0dF@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام علیکم،

زما نوم ګل احمد صافي دی. په ګرېفن کې اوسېږم او څو کاله کېږي چې له افغان کورنیو سره جاب سنټر، بانک او د بهرنیانو ادارې ته ځم او ژباړه ورته کوم.

غواړم چې د سپتمبر په ۲۵مه د شبکې غونډې ته ځان ثبت کړم، په درېیمه ډله کې (ادارو ته ملګرتیا). زما ورور نصیر هم راسره راځي، نو موږ دوه کسان یو.

مننه
Gul Ahmad Safi
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Sorani Kurdish, Gmail alternative (rtl) UTF-8 base64.  "گرووپی یەکەم" = the
# first group; "تەنها خۆم دێم" = only I come.  The association is named only
# in Sorani, so that is its label.

QADIR_TEXT = """سڵاو و ڕێز،

من شیلان قادرم، ماوەی دوو ساڵە لە ئیبنبورن وەک خۆبەخش یارمەتی ئافرەتانی تازەهاتوو دەدەم و هاوڕێیان دەبم بۆ فێربوونی زمان و کاروباری ڕۆژانە.

دەمەوێت بۆ کۆبوونەوەی تۆڕی خۆبەخشان لە ٢٥ی ئەیلوول ناوم تۆمار بکەم، لە گرووپی یەکەم (مێنتۆرینگ). تەنها خۆم دێم.

زۆر سوپاس
Shilan Qadir
کۆمەڵەی ئافرەتانی کورد لە ئیبنبورن"""


@mail("qadir-sorani-first-group", "2027-08-15 20:05:41",
      E("registration", "shilan.qadir@mail.example", "Shilan Qadir",
        "کۆمەڵەی ئافرەتانی کورد لە ئیبنبورن", ["I"], 1, "ku"), "ku")
def _(m):
    m.head(("From", "Shilan Qadir <shilan.qadir@mail.example>"),
           ("To", NT),
           ("Subject", ew("تۆمارکردن بۆ کۆبوونەوەی ٢٥ی ئەیلوول", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAP2sD5fG8hJ1kL4mN7pQ0rS3tU6vW9xY2zA5bC8dE1fG4hJ7kL@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(QADIR_TEXT, gmail_html(QADIR_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 015 ---------------------------------------------------------------------
# Learner German (Syrian), Outlook for Android alternative.  "wir nehmen die
# zweite Gruppe", "wir sind 2 Personen".  "seit 2016" is not a count.

SABBAGH_TEXT = """Sehr geehrte Damen und Herren

Ich heiße Khaled Sabbagh, ich komme aus Syrien und wohne seit 2016 in Emsdetten. Jede Woche ich mache mit Kinder Hausaufgaben in unsere Verein, Mathe und Deutsch.
Ich möchte mit meine Frau Rasha zu Netzwerktreffen kommen, wir nehmen die zweite Gruppe. Also wir sind 2 Personen.

Mit freundliche Grüße
Khaled Sabbagh
Syrisch-Deutscher Kulturverein Emsdetten

Von Outlook für Android gesendet"""


@mail("sabbagh-learner-die-zweite-gruppe", "2027-08-16 07:40:56",
      E("registration", "khaled.sabbagh@mail.example", "Khaled Sabbagh",
        "Syrisch-Deutscher Kulturverein Emsdetten", ["II"], 2, "de"), "de")
def _(m):
    m.head(("From", "Khaled Sabbagh <khaled.sabbagh@mail.example>"),
           ("To", NT),
           ("Subject", "Netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1776E0B3C94F2A6D81E7C5B4A9D3@PAXP193MB1776.EURP193.PROD.OUTLOOK.example>"),
           ("X-MS-Exchange-Organization-Network-Message-Id", "5e3c1a7b-8d24-4f90-a6b1-2c7e9d0f3a58"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                 "</head><body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>"
                           for l in SABBAGH_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(SABBAGH_TEXT, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 016 ---------------------------------------------------------------------
# English question before registering: step-free access, interpretation.
# "in principle I'd be keen on the second group" is not a registration.

@mail("nwosu-english-question-wheelchair", "2027-08-17 18:30:22",
      E("question", "adaeze.nwosu@mail.example", "Adaeze Nwosu", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Adaeze Nwosu <adaeze.nwosu@mail.example>"),
           ("To", NT),
           ("Subject", "Two questions before I register"),
           ("Date", m.date),
           ("Message-ID", "<CAD9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hi,

A friend forwarded me your invitation for 25 September. Two quick questions before I register:

1. Is the Bürgerhaus step-free? I use a wheelchair.
2. Will the workgroups be in German only? My German is about B1 and I'd follow most of it, but if there is whispered interpretation into English in one or two groups, that would decide which one I pick.

I coordinate a small homework club for refugee kids in Neuenkirchen, so in principle I'd be keen on the second group.

Thanks a lot,
Adaeze Nwosu
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Dari (labelled fa), Yahoo alternative UTF-8 QP.  "گروپ چهارم" = the fourth
# group; two assistant coaches come along -> 3.  "حدود بیست جوان" (about twenty
# young people) is not a count.

HAIDARI_TEXT = """سلام علیکم،

من احمد ضیا حیدری هستم، مربی داوطلب تیم فوتبال جوانان افغان در راینه. هر هفته با حدود بیست جوان تمرین می‌کنیم و این برای آشنا شدن آنها با جوانان آلمانی خیلی کمک کرده.

می‌خواهم در نشست ۲۵ سپتامبر اشتراک کنم، در گروپ چهارم (ورزش و تفریح). دو نفر از کمک‌مربی‌های ما هم همراهم می‌آیند، یعنی جمعاً سه نفر.

تشکر
Ahmad Zia Haidari
Afghanischer Sportverein Rheine"""


@mail("haidari-dari-gorup-chaharom", "2027-08-19 22:10:37",
      E("registration", "azhaidari@mail.example", "Ahmad Zia Haidari",
        "Afghanischer Sportverein Rheine", ["IV"], 3, "fa"), "fa")
def _(m):
    m.head(("From", "Ahmad Zia Haidari <azhaidari@mail.example>"),
           ("To", NT),
           ("Subject", ew("اشتراک در نشست", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1787170237.5582014.1787170237621@mail.example>"),
           ("X-Mailer", "WebService/1.1.22409 YahooMailAndroidMobile"),
           ("MIME-Version", "1.0"))
    m.alternative(HAIDARI_TEXT, div_html(HAIDARI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 018 ---------------------------------------------------------------------
# Native German, Outlook HTML only (Word HTML), windows-1252 QP.  Topic words
# only: "Begleitung bei Behördengängen", "hilfsweise ... das Mentoring" ->
# III, I; "zu dritt" -> 3.

SCHULTE_TEXT = """Sehr geehrte Frau Brößkamp,

für die Ev. Kirchengemeinde Lengerich melde ich uns zum Netzwerktreffen an. Wir kommen zu dritt: Pfarrerin Dorothee Aschhoff, unser Ehrenamtlicher Karl-Heinz Flöttmann und ich.

Am meisten interessiert uns die Gruppe zur Begleitung bei Behördengängen, weil wir dafür im Moment kaum noch Freiwillige finden. Hilfsweise wäre auch das Mentoring für uns interessant.

Mit freundlichen Grüßen

Monika Schulte-Vennbur
Koordination Flüchtlingsarbeit
Ev. Kirchengemeinde Lengerich
Rathausplatz 2 · 49525 Lengerich
Tel. 05481 / 8 37 61 20"""


@mail("schulte-vennbur-outlook-html-only", "2027-08-23 10:15:09",
      E("registration", "m.schulte-vennbur@ekg-lengerich.example", "Monika Schulte-Vennbur",
        "Ev. Kirchengemeinde Lengerich", ["III", "I"], 3, "de"), "de")
def _(m):
    m.head(("From", "\"Schulte-Vennbur, Monika\" <m.schulte-vennbur@ekg-lengerich.example>"),
           ("To", TO_NT),
           ("Subject", "Anmeldung Ev. Kirchengemeinde Lengerich"),
           ("Thread-Topic", "Anmeldung Ev. Kirchengemeinde Lengerich"),
           ("Thread-Index", "AdsUq7Lw0XbN3c4RQp+9f1k2yHv6Ig=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8262A9C7E1F04B3D6E25F8B1C0A7@AS8PR04MB8262.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(SCHULTE_TEXT, "Windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Arabic change (reply to the confirmation of 002, Gmail, quote with an Arabic
# attribution line): his wife cannot come -> 1 person; the group stays.

ALHAMWI_CONF = confirmation("Mahmoud Al-Hamwi", "II", 2)
ALHAMWI_CHANGE = """مرحباً،

للأسف زوجتي سلمى لن تستطيع الحضور يوم ٢٥ أيلول، لأن لديها دورة تدريبية في اليوم نفسه. أرجو تعديل التسجيل إلى شخص واحد فقط (أنا). المجموعة تبقى كما هي.

شكراً لكم
محمود"""
ALHAMWI_ATTRIB = ("في الثلاثاء، 10 أغسطس 2027 في 2:15 م، كتب Netzwerktreffen Ehrenamt und Migration "
                  f"<{NT}>:")


@mail("alhamwi-arabic-change-party-size", "2027-08-24 08:50:14",
      E("change", "m.alhamwi@mail.example", "Mahmoud Al-Hamwi", None, [], 1, "ar"), "ar")
def _(m):
    cid = conf_id("20270810141531", "7f3a")
    m.head(("From", "Mahmoud Al-Hamwi <m.alhamwi@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH8vQmR6wN1pB9xK4tL7cZ2yF0dJ5sE8gA3uV6oK9tN2rM7pWs@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{ALHAMWI_CHANGE}\n\n{ALHAMWI_ATTRIB}\n\n{gt_quote(ALHAMWI_CONF)}"
    m.alternative(plain, gmail_html(ALHAMWI_CHANGE, rtl=True, attrib=ALHAMWI_ATTRIB,
                                    quoted=ALHAMWI_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 020 ---------------------------------------------------------------------
# Somali, phone, all lower case, plain UTF-8 QP.  "kooxda 2aad", fallback
# "kooxda 1aad"; "keligay" = alone.  Signature only the first name.

@mail("nuur-somali-2aad-else-1aad", "2027-08-25 21:02:10",
      E("registration", "c.m.nuur@mail.example", "Cabdiraxmaan Maxamed Nuur", None,
        ["II", "I"], 1, "so"), "so")
def _(m):
    m.head(("From", "Cabdiraxmaan Maxamed Nuur <c.m.nuur@mail.example>"),
           ("To", NT),
           ("Subject", "kulanka 25 sebtembar"),
           ("Date", m.date),
           ("Message-ID", "<1787252530.902211.1787252530774@android.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""salaan

waxaan ahay cabdiraxmaan maxamed nuur, waxaan ku noolahay ibbenbüren. waxaan caawiyaa ardayda dugsiga casharrada guriga, toddobaadkii laba jeer.

waxaan jeclaan lahaa inaan ka qeybgalo kulanka 25 sebtembar, kooxda 2aad (Hausaufgabenhilfe). haddii ay buuxsanto, kooxda 1aad ayaa ii fiican.
keligay ayaan imanayaa.

mahadsanid
cabdiraxmaan

Sent from my Galaxy
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Postfix DSN: the confirmation to 020 bounced, mailbox full (552 5.2.2).

NUUR = "c.m.nuur@mail.example"
BOUNCE_NOTICE = f"""This is the mail system at host mail.kreis-steinfurt.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{NUUR}>: host mx.mail.example[198.51.100.25] said: 552 5.2.2
    <{NUUR}>: Mailbox full - user over quota (in reply to RCPT TO
    command)"""


@mail("postfix-bounce-mailbox-full", "2027-08-25 21:02:45",
      E("bounce", bounced=NUUR), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.kreis-steinfurt.example (Mail Delivery System)"),
           ("To", NT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270825190245.9C41E2A0F7@mail.kreis-steinfurt.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    notice = m.text(BOUNCE_NOTICE, charset="us-ascii", cte="7bit")
    notice["Content-Description"] = "Notification"
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.kreis-steinfurt.example"),
         ("X-Postfix-Queue-ID", "9C41E2A0F7"),
         ("X-Postfix-Sender", f"rfc822; {NT}"),
         ("Arrival-Date", "Wed, 25 Aug 2027 21:02:40 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {NUUR}"),
         ("Original-Recipient", f"rfc822;{NUUR}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{NUUR}>: Mailbox full - user over\n    quota")])
    original = confirmation_message(
        f"Cabdiraxmaan Maxamed Nuur <{NUUR}>", "Cabdiraxmaan Maxamed Nuur", "II", 1,
        "Wed, 25 Aug 2027 21:02:40 +0200", conf_id("20270825210240", "41d0"),
        "<1787252530.902211.1787252530774@android.mail.example>")
    m.multi("report", [notice, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# Ukrainian, Thunderbird, text/plain windows-1251 8bit; subject B-encoded in
# windows-1251.  Topic only ("допомога з домашніми завданнями та навчанням")
# -> II; he brings his 17-year-old daughter -> 2.  Signature: first name only,
# so the full name comes from the From display name.

@mail("melnyk-ukrainian-cp1251-topic-only", "2027-08-27 16:25:33",
      E("registration", "taras.melnyk@mail.example", "Taras Melnyk", None, ["II"], 2, "uk"), "uk")
def _(m):
    m.head(("From", "Taras Melnyk <taras.melnyk@mail.example>"),
           ("To", NT),
           ("Subject", ew("Участь у зустрічі 25.09", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<3e9b0c71-52d4-4a8f-b6e3-17c0f2a9d845@mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.1"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Вітаю!

Я Тарас, уже рік допомагаю українським школярам в Емсдеттені з домашніми завданнями – переважно математика і німецька. Хотів би прийти на Netzwerktreffen 25.09 і долучитися до групи, де йдеться про допомогу з домашніми завданнями та навчанням.

Зі мною буде моя донька Софія (17 років) – вона теж займається з молодшими дітьми і дуже хоче послухати, як це роблять інші. Тобто нас двоє.

З повагою,
Тарас
""", charset="windows-1251", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# Native German from an iPhone, "AG IV".  A colleague *may* come and will
# confirm next week -> party size 1 (see README).

@mail("bruening-iphone-ag-iv-maybe-colleague", "2027-08-28 13:10:51",
      E("registration", "lukas.bruening@tus-altenberge.example", "Lukas Brüning",
        "TuS Altenberge 09", ["IV"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Lukas Brüning", "lukas.bruening@tus-altenberge.example", "utf-8", "q")),
           ("To", NT),
           ("Subject", "Anmeldung AG IV"),
           ("Date", m.date),
           ("Message-ID", "<E4C8B1F2-7A39-4D60-9B5E-0F3A2C8D6E17@tus-altenberge.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Brößkamp,

hiermit melde ich mich für AG IV an. Wir machen seit letztem Jahr ein offenes Fußballtraining für Geflüchtete, da passt das wie die Faust aufs Auge.

Evtl. kommt mein Kollege Ömer noch mit, der weiß aber erst nächste Woche, ob er kann. Ich sag dann Bescheid.

Sportliche Grüße
Lukas Brüning
TuS Altenberge 09 – Abt. Integration durch Sport

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Newsletter of a regional volunteering network (other): trainings for
# mentors with "Jetzt anmelden", a funding call for sport, and a pointer to
# this very meeting.  multipart/alternative, bulk headers.

NL_TEXT = """Netzwerk Bürgerengagement Münsterland – Newsletter September 2027

Hallo,

das ist los im September:

* Fortbildung „Gut begleiten – Grenzen setzen“ für Patinnen und Paten
  Samstag, 11.09.2027, 10–16 Uhr, Haus der Familie Rheine. Noch 6 Plätze frei.
  Jetzt anmelden: https://buergerengagement-muensterland.example/termine/gut-begleiten

* Förderaufruf „Sport verbindet“: bis zu 1.500 Euro für Sport- und Freizeitangebote mit Geflüchteten. Anträge bis 30.10.2027.
  Infos: https://buergerengagement-muensterland.example/foerderung/sport-verbindet

* Zum Vormerken: Das Netzwerktreffen Ehrenamt und Migration des Kreises Steinfurt findet am 25.09. in Borghorst statt. Die Anmeldung läuft direkt über den Kreis.

Herzliche Grüße
Ihr Team vom Netzwerk Bürgerengagement Münsterland

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abbestellen: https://buergerengagement-muensterland.example/newsletter/abbestellen?u=a81c3f"""

NL_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Newsletter September 2027</title></head>
<body style="margin:0;padding:0;background:#eef3ee;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="24" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1e2b1e;">
<tr><td style="background:#2e7d32;color:#ffffff;"><div style="font-size:22px;font-weight:bold;">Netzwerk Bürgerengagement Münsterland</div><div>Newsletter September 2027</div></td></tr>
<tr><td>
<p>Hallo,</p>
<p>das ist los im September:</p>
<h2 style="font-size:17px;margin:18px 0 4px;">Fortbildung „Gut begleiten – Grenzen setzen“ für Patinnen und Paten</h2>
<p style="margin:0;">Samstag, 11.09.2027, 10–16 Uhr, Haus der Familie Rheine. Noch 6 Plätze frei.</p>
<p><a href="https://buergerengagement-muensterland.example/termine/gut-begleiten" style="display:inline-block;background:#2e7d32;color:#ffffff;padding:8px 16px;text-decoration:none;border-radius:4px;">Jetzt anmelden</a></p>
<h2 style="font-size:17px;margin:18px 0 4px;">Förderaufruf „Sport verbindet“</h2>
<p style="margin:0;">Bis zu 1.500 Euro für Sport- und Freizeitangebote mit Geflüchteten. Anträge bis 30.10.2027. <a href="https://buergerengagement-muensterland.example/foerderung/sport-verbindet">Infos</a></p>
<h2 style="font-size:17px;margin:18px 0 4px;">Zum Vormerken</h2>
<p style="margin:0;">Das Netzwerktreffen Ehrenamt und Migration des Kreises Steinfurt findet am 25.09. in Borghorst statt. Die Anmeldung läuft direkt über den Kreis.</p>
<p>Herzliche Grüße<br>Ihr Team vom Netzwerk Bürgerengagement Münsterland</p>
</td></tr>
<tr><td style="font-size:12px;color:#667766;">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.<br><a href="https://buergerengagement-muensterland.example/newsletter/abbestellen?u=a81c3f" style="color:#667766;">Abbestellen</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("buergerengagement-newsletter", "2027-08-31 08:00:04", E("other"), "de")
def _(m):
    m.head(("From", addr("Netzwerk Bürgerengagement Münsterland",
                         "newsletter@buergerengagement-muensterland.example", "utf-8", "q")),
           ("To", NT),
           ("Subject", ew("Newsletter September: Fortbildung für Pat*innen, Förderaufruf „Sport verbindet“",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.a81c3f.7731@buergerengagement-muensterland.example>"),
           ("List-Id", "Newsletter <newsletter.buergerengagement-muensterland.example>"),
           ("List-Unsubscribe", "<https://buergerengagement-muensterland.example/newsletter/abbestellen?u=a81c3f>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NL_TEXT, NL_HTML, charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Ukrainian change (reply from the iPhone to the confirmation of 004, which
# put the three of them in AG IV): all three to "групи II" instead.

SAVCHUK_CONF = confirmation("Олена Савчук", "IV", 3)
SAVCHUK_CHANGE = """Добрий день!

Ми порадилися в громаді й вирішили, що краще нам усім трьом піти до групи II (допомога з домашніми завданнями) – з вересня в нас відкривається нова група для школярів, і нам дуже потрібні ідеї. Будь ласка, переведіть нас туди замість спорту.

Дякую!
Олена

Надіслано з iPhone"""
SAVCHUK_ATTRIB = f"11 серп. 2027 р. о 09:06 {NT_NAME} <{NT}> написав(-ла):"


@mail("savchuk-ukrainian-change-to-ii", "2027-09-01 09:41:17",
      E("change", "olena.savchuk@mail.example", "Олена Савчук", None, ["II"], None, "uk"), "uk")
def _(m):
    cid = conf_id("20270811090601", "b812")
    m.head(("From", addr("Олена Савчук", "olena.savchuk@mail.example", "utf-8", "b")),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1B7D3E90-C54A-4F28-8E6B-D29A0F47C3E1@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    plain = f"{SAVCHUK_CHANGE}\n\n> {SAVCHUK_ATTRIB}\n>\n{gt_quote(SAVCHUK_CONF)}"
    html_text = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in SAVCHUK_CHANGE.split("\n"))
                 + f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(SAVCHUK_ATTRIB)}<br><br></blockquote></div>"
                 + "<blockquote type=\"cite\"><div dir=\"ltr\">"
                 + "<br>".join(esc(l) for l in SAVCHUK_CONF.split("\n"))
                 + "</div></blockquote></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="apple")


# -- 026 ---------------------------------------------------------------------
# Arabic, Outlook alternative in windows-1256 QP (rtl Word HTML).  First
# choice the first group, else the third; a list of three names -> 3.
# Signature in Arabic and Latin letters (label: the Latin form).

ALKHOURY_TEXT = """السادة الكرام في مركز الاندماج،

تحية طيبة وبعد،

أود أن أسجّل نفسي وزميلتين من الجالية السورية في إبنبورن للمشاركة في لقاء الشبكة للعمل التطوعي والهجرة يوم السبت 25 أيلول 2027.

نحن نرافق العائلات القادمة حديثاً إلى مدينتنا منذ عام 2015، لذلك نرغب في المشاركة في مجموعة العمل الأولى (الإرشاد والرعاية – Mentoring). وإذا لم يتبقَّ فيها مكان، فالمجموعة الثالثة (المرافقة إلى الدوائر الرسمية) مناسبة لنا أيضاً.

عدد المشاركين: 3
- لينا الخوري
- سوسن داود
- هبة الأحمد

مع خالص الشكر والتقدير
لينا الخوري
Lina Al-Khoury
Syrische Gemeinde Ibbenbüren e.V."""


@mail("alkhoury-arabic-outlook-cp1256", "2027-09-02 11:05:29",
      E("registration", "lina.alkhoury@syrische-gemeinde-ibb.example", "Lina Al-Khoury",
        "Syrische Gemeinde Ibbenbüren e.V.", ["I", "III"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("لينا الخوري", "lina.alkhoury@syrische-gemeinde-ibb.example",
                         "windows-1256", "b")),
           ("To", TO_NT),
           ("Subject", ew("تسجيل للمشاركة في لقاء الشبكة - 25 أيلول", "windows-1256", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601dc1b23$8e4f2a10$aaed7e30$@syrische-gemeinde-ibb.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.alternative(ALKHOURY_TEXT, outlook_html(ALKHOURY_TEXT, "windows-1256", lang="AR-SY", rtl=True),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# Sorani question, text/plain UTF-8 8bit: is there interpretation, may he
# bring a friend as interpreter?  He wants to come but registers no one.

@mail("abdullah-sorani-question-interpreter", "2027-09-03 17:30:48",
      E("question", "hemin.abdullah@mail.example", "هێمن عەبدوڵڵا", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", "Hemin Abdullah <hemin.abdullah@mail.example>"),
           ("To", NT),
           ("Subject", ew("پرسیار دەربارەی وەرگێڕان", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270903173048.Horde.kQ4vN2xR8mT1pL6wE9sYa3b@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""سڵاو،

من هێمن عەبدوڵڵام، لە ستاینفورت دەژیم و لە یانەی وەرزشی گەڕەکەکەمان یارمەتی منداڵانی پەنابەر دەدەم.
دەمەوێت بێمە کۆبوونەوەی ٢٥ی ئەیلوول، بەڵام پرسیارێکم هەیە: ئەڵمانییەکەم هێشتا باش نییە (ئاستی A2). ئایا لە گرووپەکاندا وەرگێڕ بۆ کوردی یان عەرەبی هەیە؟ ئەگەر نەبێت، دەتوانم هاوڕێیەک وەک وەرگێڕ لەگەڵ خۆم بهێنم؟

سوپاس
هێمن عەبدوڵڵا
""", charset="utf-8", cte="8bit")


# -- 028 ---------------------------------------------------------------------
# Learner German cancellation (reply from the Samsung phone to the
# confirmation of 003, with the Samsung "Ursprüngliche Nachricht" block).

NOORZAI_CONF = confirmation("Farid Noorzai", "III", 1)


@mail("noorzai-cancel-samsung-reply", "2027-09-06 19:55:02",
      E("cancellation", "farid.noorzai@mail.example", "Farid Noorzai", None, [], None, "de"), "de")
def _(m):
    cid = conf_id("20270810214036", "e05b")
    m.head(("From", "Farid Noorzai <farid.noorzai@mail.example>"),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<p9t3wd.1788717302.samsung@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

leider ich kann nicht kommen am 25.9. Ich habe bekommen Termin beim Gericht für eine Familie, ich muss da übersetzen, das ist wichtig. Bitte Anmeldung löschen.

Tut mir leid, vielleicht nächstes mal.
Farid Noorzai

Von meinem Samsung Galaxy Smartphone gesendet.

-------- Ursprüngliche Nachricht --------
Von: {NT_NAME} <{NT}>
Datum: 10.08.27 21:40 (GMT+02:00)
An: farid.noorzai@mail.example
Betreff: {CONFIRMATION_SUBJECT}

{NOORZAI_CONF}
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Native German, Thunderbird inline forward: the parish forwarded the
# invitation, she forwards it on with the registration on top.  The forwarded
# part names all four AGs.  "die Gruppen 1 und 2 ... lieber die 1" -> I, II;
# she and her husband -> 2.

PARISH_NOTE = f"""Liebe Ehrenamtliche,

zur Info leiten wir Ihnen die Einladung des Kreises weiter. Wer Interesse hat, meldet sich bitte direkt dort an.

Herzliche Grüße aus dem Pfarrbüro
Martina Kellermann

Von: {NT_NAME} <{NT}>
Gesendet: Montag, 2. August 2027 10:15
An: {NT_NAME} <{NT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("overesch-forward-gruppen-1-und-2", "2027-09-07 10:20:35",
      E("registration", "birgit.overesch@mail.example", "Birgit Overesch", "Lernpaten Hörstel",
        ["I", "II"], 2, "de"), "de")
def _(m):
    m.head(("From", "Birgit Overesch <birgit.overesch@mail.example>"),
           ("To", NT),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<f2c6a9e1-0b3d-4e7f-8a52-9d1c4b6e3f70@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

die Einladung unten hat uns unsere Kirchengemeinde weitergeleitet. Wir, das sind mein Mann Hubert und ich, Birgit Overesch, von den Lernpaten Hörstel, möchten gern teilnehmen.

Uns interessieren die Gruppen 1 und 2 gleichermaßen. Wenn wir uns entscheiden müssen, dann lieber die 1, weil wir gerade von reiner Hausaufgabenhilfe auf feste Lernpatenschaften umstellen.

Beste Grüße
Birgit Overesch

Lernpaten Hörstel
https://lernpaten-hoerstel.example


-------- Weitergeleitete Nachricht --------
Betreff: \tWG: {INVITATION_SUBJECT}
Datum: \tMon, 6 Sep 2027 16:02:11 +0200
Von: \tPfarrbüro St. Antonius Hörstel <pfarrbuero@st-antonius-hoerstel.example>
An: \tEhrenamtliche St. Antonius <ehrenamt@st-antonius-hoerstel.example>



{PARISH_NOTE}
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Pashto, Gmail alternative UTF-8 base64.  "څلورمه ډله" = the fourth group;
# two friends come along -> 3 ("درې کسان").

MOHMAND_TEXT = """درنو ملګرو، سلامونه!

زه زرغونه مومند یم. په ګرېفن کې د افغان مېرمنو یوه کوچنۍ ډله لرو چې هره اونۍ یو ځای ګرځو، لوبې کوو او ماشومان هم راسره وي.

غواړم چې د ۲۵ سپتمبر غونډې ته ځان ثبت کړم، په څلورمه ډله کې (سپورت او تفریح). زما دوه ملګرې هم راسره راځي، ټول درې کسان یو.

ډېره مننه
Zarghona Mohmand"""


@mail("mohmand-pashto-tsalorama-dala", "2027-09-08 20:40:13",
      E("registration", "zarghona.mohmand@mail.example", "Zarghona Mohmand", None,
        ["IV"], 3, "ps"), "ps")
def _(m):
    m.head(("From", "Zarghona Mohmand <zarghona.mohmand@mail.example>"),
           ("To", NT),
           ("Subject", ew("د ۲۵ سپتمبر غونډه", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qE0rT3yU6iO9pA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOHMAND_TEXT, gmail_html(MOHMAND_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Native German change, Outlook alternative windows-1252 reply to the
# confirmation of 018 (AG III, 3): one more person -> 4; the group stays.

SCHULTE_CONF = confirmation("Monika Schulte-Vennbur", "III", 3)
SCHULTE_CHANGE = """Sehr geehrte Frau Brößkamp,

kurzer Nachtrag zu unserer Anmeldung: Frau Aschhoff bringt noch unsere neue Ehrenamtliche Elif Kaya mit, wir wären dann also zu viert. Bei der Arbeitsgruppe bleibt es.

Mit freundlichen Grüßen

Monika Schulte-Vennbur
Koordination Flüchtlingsarbeit
Ev. Kirchengemeinde Lengerich"""


@mail("schulte-vennbur-change-zu-viert", "2027-09-09 09:15:40",
      E("change", "m.schulte-vennbur@ekg-lengerich.example", "Monika Schulte-Vennbur",
        "Ev. Kirchengemeinde Lengerich", [], 4, "de"), "de")
def _(m):
    cid = conf_id("20270823101514", "90ce")
    m.head(("From", "\"Schulte-Vennbur, Monika\" <m.schulte-vennbur@ekg-lengerich.example>"),
           ("To", TO_NT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9d2k7RmNq0cQ5E2wYV3x8lT6aLOw2Xcf"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB82627B1E04F9C3A2D58E6F0B4C19@AS8PR04MB8262.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{NT_NAME} <{NT}>", "Montag, 23. August 2027 10:15",
             "Schulte-Vennbur, Monika <m.schulte-vennbur@ekg-lengerich.example>",
             CONFIRMATION_SUBJECT, SCHULTE_CONF)
    m.alternative(outlook_plain(SCHULTE_CHANGE, quote),
                  outlook_html(SCHULTE_CHANGE, "windows-1252", quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Tigrinya from a phone, text/plain UTF-8 base64.  "(AG 3)" next to a topic
# description; her friend Saba comes -> 2.  Full name only in Ge'ez script in
# the self-introduction; the From display name is Latin (see README).

@mail("habte-tigrinya-ag-3", "2027-09-10 18:05:26",
      E("registration", "senait.habte@mail.example", "ሰናይት ሃብተ", None, ["III"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Habte <senait.habte@mail.example>"),
           ("To", NT),
           ("Subject", ew("ምዝገባ 25.09.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣

ስመይ ሰናይት ሃብተ እዩ። ኣብ ኢበንቡረን ንሓደስቲ ስድራቤታት ናብ ጆብሰንተር፣ ናብ ኣብያተ ትምህርትን ናብ ሓካይምን ብወለንታ እሰንዮም።

ኣብቲ ናይ 25.09. ርክብ ክሳተፍ እደሊ። ኣብቲ ብዛዕባ ምስናይ ናብ ቤት ጽሕፈታት መንግስቲ ዝዛረብ ጉጅለ (AG 3) ክኸውን እደሊ። መሓዛይ ሳባ እውን ምሳይ ክትመጽእ እያ፣ ስለዚ ክልተ ኢና።

የቐንየልና
ሰናይት

Sent from my iPhone
""", charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# English cancellation, Outlook alternative windows-1252, reply with English
# "From:/Sent:/To:/Subject:" labels quoting the confirmation of 005.

RAGHU_CONF = confirmation("Priya Raghunathan", "I", 1)
RAGHU_CANCEL = """Hi,

Sorry, I have to withdraw - my company is sending me to a supplier audit in Poland that week and I won't be back before the 27th. Please give my spot to someone else.

Hopefully someone else from the Sprachcafé can make it next time.

Best,
Priya"""


@mail("raghunathan-english-cancel-outlook", "2027-09-13 08:30:55",
      E("cancellation", "priya.raghunathan@brockmann-kt.example", "Priya Raghunathan",
        None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270811113024", "d4a7")
    m.head(("From", "\"Raghunathan, Priya\" <priya.raghunathan@brockmann-kt.example>"),
           ("To", TO_NT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbCuR2mT0v9bQ1xS3eN7yW5uP8aJgAAbCd"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB88414C0D7E2A91B3F6E5A8D0C2B7@DB9PR02MB8841.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{NT_NAME} <{NT}>", "11 August 2027 11:30",
             "Raghunathan, Priya <priya.raghunathan@brockmann-kt.example>",
             CONFIRMATION_SUBJECT, RAGHU_CONF)
    m.alternative(outlook_plain(RAGHU_CANCEL, quote, "en"),
                  outlook_html(RAGHU_CANCEL, "windows-1252", quote, "en", "EN-GB"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Farsi change (Gmail reply to the confirmation of 006, AG III, 3): one friend
# drops out -> 2, and they move to "گروه دوم" (II); if II is full the old
# group is fine -> II, III.

ROSTAMI_CONF = confirmation("Maryam Rostami", "III", 3)
ROSTAMI_CHANGE = """سلام دوباره،

ببخشید که برنامه‌مان عوض شد. یکی از دوستانم (نسرین) آن روز نمی‌تواند بیاید، پس ما ۲ نفر هستیم. همچنین تصمیم گرفتیم به جای گروه همراهی به ادارات، در گروه دوم (کمک درسی به بچه‌ها) شرکت کنیم، چون این روزها بیشتر با بچه‌های مدرسه‌ای کار می‌کنیم.

اگر در گروه دوم جا نبود، همان گروه قبلی هم خوب است.

ممنون
مریم رستمی"""
ROSTAMI_ATTRIB = (f"‏در تاریخ پنجشنبه ۱۲ اوت ۲۰۲۷ ساعت ۱۹:۲۰ {NT_NAME} <{NT}> نوشت:")


@mail("rostami-farsi-change-group-and-size", "2027-09-14 21:15:08",
      E("change", "maryam.rostami@mail.example", "Maryam Rostami", None, ["II", "III"], 2, "fa"), "fa")
def _(m):
    cid = conf_id("20270812192011", "5b6e")
    m.head(("From", "Maryam Rostami <maryam.rostami@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJx4Lp7tY0uI3oP6aS9dF2gH5jK8lZ1xC4vB7nM0qE3rT6yU9i@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    plain = f"{ROSTAMI_CHANGE}\n\n{ROSTAMI_ATTRIB}\n\n{gt_quote(ROSTAMI_CONF)}"
    m.alternative(plain, gmail_html(ROSTAMI_CHANGE, rtl=True, attrib=ROSTAMI_ATTRIB,
                                    quoted=ROSTAMI_CONF),
                  charset="utf-8", cte="base64", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Learner German (Eritrean), web.de plain UTF-8 QP.  "bei AG Mentoring";
# "zwei Person".  The organisation is a project name.

@mail("berhe-learner-ag-mentoring", "2027-09-15 17:45:19",
      E("registration", "amanuel.berhe@mail.example", "Amanuel Berhe", "Ankommen in Rheine",
        ["I"], 2, "de"), "de")
def _(m):
    m.head(("From", "Amanuel Berhe <amanuel.berhe@mail.example>"),
           ("To", NT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7a2e91c4-5d3b-4f08-b6a1-e09c3d7f2b58-1789487119402@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Brößkamp,

Mein Name ist Amanuel Berhe. Ich komme aus Eritrea und wohne seit 6 Jahre in Rheine. Ich bin Mentor bei Projekt "Ankommen in Rheine", ich helfe neue Leute aus Eritrea und Äthiopien.

Ich will gern teilnehmen an Netzwerktreffen, bei AG Mentoring. Mein Freund Dawit Tesfay kommt auch mit, er ist auch Mentor. Also wir sind zwei Person.

Danke schön und freundliche Grüße
Amanuel Berhe
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Somali cancellation of the whole group (Yahoo reply, English attribution
# line, no '>' quoting) to the confirmation of 010.

XASAN_CONF = confirmation("Faadumo Cabdi Xasan", "IV", 3)


@mail("cabdi-xasan-somali-cancel", "2027-09-16 12:10:44",
      E("cancellation", "faadumo.xasan@mail.example", "Faadumo Cabdi Xasan", None,
        [], None, "so"), "so")
def _(m):
    cid = conf_id("20270813150551", "0e92")
    m.head(("From", "Faadumo Cabdi Xasan <faadumo.xasan@mail.example>"),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1789553444.6620357.1789553444910@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "WebService/1.1.22409 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single(f"""Asc walaal,

Waan ka xumahay, laakiin ma iman karno 25ka Sebtembar. Mid ka mid ah haweenkayaga ayaa arooskeeda yahay maalintaas, dhammaanteen waan joogaynaa. Fadlan tirtir diiwaangelintayada, saddexdayadaba.

Mahadsanid, insha Allah mar kale.
Faadumo


On Friday, August 13, 2027 at 15:05:51 GMT+2, {NT_NAME} <{NT}> wrote:


{XASAN_CONF}
""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# Dari question (labelled fa), text/plain UTF-8 base64: four people from
# Recke have no car and no Saturday bus; "we will register later if there is
# a solution" -> question.

@mail("sultani-dari-question-transport", "2027-09-17 20:30:36",
      E("question", "nilofar.sultani@mail.example", "Nilofar Sultani", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Nilofar Sultani <nilofar.sultani@mail.example>"),
           ("To", NT),
           ("Subject", ew("سوال در مورد رفت و آمد", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAK1pL4oI7uY0tR3eW6qA9sD2fG5hJ8kZ1xC4vB7nM0qW3eR6tY@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

ما چهار نفر از ریکه (Recke) هستیم و دوست داریم در نشست ۲۵ سپتامبر اشتراک کنیم. مشکل ما این است که روز شنبه صبح از ریکه بس مستقیم به اشتاینفورت نیست و هیچ‌کدام ما موتر نداریم. آیا امکان دارد کسی ما را با موتر ببرد یا کدام راه دیگر هست؟ اگر راه حلی پیدا شود، بعداً ثبت‌نام می‌کنیم.

با احترام
Nilofar Sultani
""", charset="utf-8", cte="base64")


# -- 038 ---------------------------------------------------------------------
# Advertising, HTML only: name badges and roll-ups "für Ihr Netzwerktreffen".

AD_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Herbstaktion</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Verdana,Arial,sans-serif;">
<div style="max-width:620px;margin:0 auto;background:#fff;">
<div style="background:#c2185b;color:#fff;padding:28px 24px;">
<h1 style="margin:0;font-size:26px;">Ihr Netzwerktreffen verdient einen starken Auftritt!</h1>
</div>
<div style="padding:24px;font-size:15px;line-height:1.6;color:#333;">
<p>Guten Tag,</p>
<p>ob Fachtag, Vereinsfest oder Netzwerktreffen: Mit Namensschildern in Ihrem Design, Lanyards mit Logo und Roll-ups für den Eingang wissen Ihre Gäste sofort, wo sie richtig sind.</p>
<ul>
<li>Namensschilder ab 0,39 € pro Stück – auch mit Feld für die Arbeitsgruppe</li>
<li>Lanyards in 12 Farben, Lieferung in 5 Werktagen</li>
<li>Roll-ups 85 × 200 cm inkl. Tasche ab 59 €</li>
</ul>
<p style="font-size:18px;"><strong>Herbstaktion: 15 % auf alle Bestellungen bis 30.09.2027 mit dem Code HERBST27.</strong></p>
<p><a href="https://druckwerk-muensterland.example/herbst?utm_source=mail&amp;utm_campaign=herbst27" style="display:inline-block;background:#c2185b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:3px;">Jetzt bestellen</a></p>
<p>Ihr Team von Druckwerk Münsterland</p>
</div>
<div style="padding:16px 24px;font-size:11px;color:#888;">Druckwerk Münsterland GmbH · Gewerbering 12 · 48431 Rheine<br>
Sie möchten keine Angebote mehr erhalten? <a href="https://druckwerk-muensterland.example/abmelden?e=netzwerktreffen" style="color:#888;">Hier abmelden</a></div>
</div>
</body></html>
"""


@mail("druckwerk-advertising-html-only", "2027-09-20 06:00:12", E("other"), "de")
def _(m):
    m.head(("From", "Druckwerk =?utf-8?q?M=C3=BCnsterland?= <angebote@druckwerk-muensterland.example>"),
           ("To", NT),
           ("Subject", ew("Herbstaktion: Namensschilder & Roll-ups für Ihre Veranstaltung – 15 % sparen",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270920040012.73f1c0a9e2@mailing.druckwerk-muensterland.example>"),
           ("List-Unsubscribe", "<https://druckwerk-muensterland.example/abmelden?e=netzwerktreffen>"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach"),
           ("MIME-Version", "1.0"))
    m.single(AD_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Kurmanji change (Thunderbird, Turkish locale, reply to the confirmation of
# 007 with a Turkish attribution line), UTF-8 8bit because the quoted German
# text has a dash ISO-8859-9 cannot carry.  "ji koma duyemîn derbasî koma
# çaremîn" = from the second to the fourth group.

DEMIR_CONF = confirmation("Berfîn Demir", "II", 2)


@mail("demir-kurmanji-change-to-fourth", "2027-09-20 19:00:27",
      E("change", "berfin.demir@mail.example", "Berfîn Demir", None, ["IV"], None, "ku"), "ku")
def _(m):
    cid = conf_id("20270813100230", "c37d")
    m.head(("From", addr("Berfîn Demir", "berfin.demir@mail.example", "iso-8859-9", "q")),
           ("To", TO_NT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6c1f8b3a-0d27-4e95-a4c8-f3b27e91d506@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Silav,

Me hinekî guhertin kir: ez û Rojhat dixwazin ji koma duyemîn derbasî koma 
çaremîn (werziş û dema vala) bibin. Em li navendê ji Cotmehê pê ve ji bo 
zarokan koma futbolê jî dest pê dikin, loma ew mijar niha ji me re 
girîngtir e.

Spas!
Berfîn

13.08.2027 10:02 tarihinde Netzwerktreffen Ehrenamt und Migration yazdı:
{gt_quote(DEMIR_CONF)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 040 ---------------------------------------------------------------------
# English, after the deadline (17 Sept): "If there is still a free place,
# could you please register me for AG III" -> registration (the deadline is
# the tool's business).  Gmail alternative.

BOATENG_TEXT = """Good evening,

I know I'm late - I only heard about the Netzwerktreffen yesterday at our church group. If there is still a free place, could you please register me for AG III (accompanying people to the authorities)? It would only be me.

I'm Esi Boateng from the Ghanaian Community Association Rheine. Many of our members need help with the Ausländerbehörde and we would love to learn from other initiatives.

Thank you and God bless,
Esi Boateng"""


@mail("boateng-english-late-ag-iii", "2027-09-21 20:45:33",
      E("registration", "esi.boateng@mail.example", "Esi Boateng",
        "Ghanaian Community Association Rheine", ["III"], 1, "en"), "en")
def _(m):
    m.head(("From", "Esi Boateng <esi.boateng@mail.example>"),
           ("To", NT),
           ("Subject", "Late registration - Netzwerktreffen"),
           ("Date", m.date),
           ("Message-ID", "<CAG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5hJ8kL1zX@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BOATENG_TEXT, gmail_html(BOATENG_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built, last = [], None
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
ALLOWED_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def check_labels(e, msg, decoded):
    """Problems with one expected record."""
    problems = []
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and k not in ("registration", "change"):
        problems.append("workgroups only for registration/change")
    if k == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif k == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("bad change party_size")
        if not wg and e["party_size"] is None:
            problems.append("change changes nothing")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if k in ("auto_reply", "bounce", "other"):
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    else:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if em not in heads and em not in decoded.lower():
                problems.append(f"email {em} not in From/Reply-To/text")
        if not e["name"]:
            problems.append("person mail needs a name")
        for f in ("name", "organisation"):
            v = e[f]
            if v and v.lower() not in decoded.lower() and v.lower() not in str(msg.get("From", "")).lower():
                problems.append(f"{f} {v!r} does not occur in the mail")
        if not e["language"] or len(e["language"]) != 2:
            problems.append("person mail needs an ISO 639-1 language")
    if k == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status" for blk in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected):
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("CRLF mail has a bare LF")
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
    got = []
    for p in leaves(msg):
        raw = p.get_payload(decode=True)
        cs = p.get_content_charset() or "us-ascii"
        try:
            raw.decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as ex:
            problems.append(f"text part does not decode in {cs}: {ex}")
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_HOSTS:
            problems.append(f"non-example URL host {dom}")
    decoded = "\n".join(c for c in chunks)
    problems += check_labels(expected, msg, decoded)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{l:>4}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{by[(k, l)]:>4}" for l in langs))
    encs, types = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            encs[(p.get_content_charset() or "us-ascii",
                  str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), k in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {k}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="write nothing; compare with the files on disk")
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
