#!/usr/bin/env python3
"""Build the "final11c" evaluation set for `mailbot parse`: mails/NNN-slug.eml and
expected.json.  Event: MSO-Tag 2027 (config.toml is an unchanged copy of dev's).

Theme: registrations that come together with practical needs and side questions
(childcare, wheelchair access, sign-language and spoken-language interpretation,
halal / vegetarian / fasting food, a prayer room, parking, certificates of
attendance, travel costs, flyers and info stands), questions about these needs
without a registration, mails on behalf of others, some changes and
cancellations, a few machine mails and two unrelated mails.

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files and reads every file
back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.
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
INVITATION_ID = "<einladung.mso2027.0112.k7q2@muenster.example>"

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


def addr(name, address, charset="utf-8", enc="q"):
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


def esc(line):
    return html.escape(line, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final11c/{slug}/{n}".encode()).hexdigest()


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
            frm = dict(pairs)["From"]
            domain = (sender or re.search(r"@([^>\s]+)", frm).group(1)).split("@")[-1]
            host = ("smtp." if domain == "mail.example" else "mx-out.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
        self.intended.append(data)
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
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.muenster.example"
        if style == "exchange":
            return f"_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}_"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1767225600000 + self._nb}"

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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 22 Tf", "56 760 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 13 Tf")
        ops.append("(" + line.replace("(", "\\(").replace(")", "\\)") + ") Tj")
        ops.append("0 -26 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------------------
# texts several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie herzlich ein.

Nach der Begrüßung und einem Impulsvortrag tauschen wir uns am Nachmittag
in drei parallelen Arbeitsgruppen aus:

  AG 1  Menschen mit Migrationsvorgeschichte im Bildungssystem
  AG 2  Münsters Zukunftsprozess aus der Sicht der Menschen mit
        Migrationsvorgeschichte
  AG 3  Förderungsmöglichkeiten und effektives Vereinsmanagement

Anmeldung bis 6. März 2027 per E-Mail an mso-tag@muenster.example
mit Name, Verein/Organisation, Wunsch-AG und Personenzahl.

Wenn Sie Unterstützung brauchen (z. B. Dolmetschung, einen barrierefreien
Zugang oder Hinweise zur Verpflegung), schreiben Sie uns das bitte gleich
mit.

Freundliche Grüße
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Anmeldebestätigung: Tag der Migrantenselbstorganisationen 2027"

AG_TITLE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    return f"""Guten Tag {salutation},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen. Vielen Dank!

Termin:       Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:          Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_TITLE[ag]}
Personen:     {persons}

Wenn sich etwas ändert oder Sie absagen möchten, antworten Sie bitte
einfach auf diese Nachricht.

Freundliche Grüße
Ihr Team vom Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_headers(to, when, msgid, in_reply_to):
    subject = ew(CONFIRMATION_SUBJECT, "utf-8", "q")
    return (f"From: {TO_MSO}\nTo: {to}\nSubject: {subject}\n"
            f"Date: {when}\nMessage-ID: {msgid}\nIn-Reply-To: {in_reply_to}\n"
            f"References: {in_reply_to}\nAuto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n")


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


OUTLOOK_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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


def outlook_html(text, quote=None, cs="windows-1252"):
    """quote = (von, gesendet, an, betreff, quoted_text)"""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)}<br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(cs=cs) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def div_html(text, style="font-family: Verdana; font-size: 12px;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{style}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    inner = "".join((f'<div dir="{d}">' if rtl else "<div>")
                    + (esc(line) if line else "<br>") + "</div>"
                    for line in text.split("\n"))
    return f'<div dir="{d}">{inner}</div>\n'


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" "
            "content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: "
            "break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            f"{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply quoting the invitation (all three AGs are in the quote).
# She registers for AG 1 and asks for childcare for her two children (3 and 6).
# The children are not counted: they would be in childcare, not in the AG.

@mail("jovanovic-reply-invitation-kinderbetreuung", "2027-01-12 16:05:44",
      E("registration", "d.jovanovic@srbkv-muenster.example", "Dragana Jovanović",
        "Serbischer Kulturverein Münster e.V.", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Dragana Jovanović", "d.jovanovic@srbkv-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e6d2c-1f47-4a8e-9c33-70a2e14bd9f1@srbkv-muenster.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

danke für die Einladung, ich bin gern wieder dabei! Bitte tragen Sie mich
für die Arbeitsgruppe Bildung ein (AG 1).

Eine Bitte hätte ich noch: Am Samstag bin ich mit meinen beiden Kindern
(3 und 6 Jahre) allein, mein Mann arbeitet im Schichtdienst. Gibt es vor
Ort eine Kinderbetreuung? Dann würde ich die zwei mitbringen. Falls nicht,
versuche ich noch, eine Oma zu organisieren :-)

Herzliche Grüße
Dragana Jovanović
Serbischer Kulturverein Münster e.V.

Am 12.01.2027 um 14:10 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable.  Questions about
# wheelchair access before the group registers: question.

KESSLER_TEXT = """Sehr geehrte Damen und Herren,

wir sind ein Zusammenschluss von Familien mit behinderten Angehörigen, viele davon mit Fluchtgeschichte. Mehrere unserer Mitglieder würden gern am MSO-Tag teilnehmen. Bevor wir uns verbindlich anmelden, bräuchte ich allerdings ein paar Auskünfte:

•	Ist das Stadtweinhaus stufenlos zugänglich, und gibt es einen Aufzug zu allen Räumen, die genutzt werden?
•	Gibt es ein rollstuhlgerechtes WC?
•	Wie viele Rollstuhlplätze stehen zur Verfügung? Wir kämen voraussichtlich mit zwei E-Rollstühlen.
•	Finden die Arbeitsgruppen im selben Gebäude statt?

Über eine kurze Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
i. A. Birgit Keßler
Koordination Ehrenamt
Netzwerk Familie, Behinderung und Migration Münster e.V.
Tel. 0251 98 76 54-3"""


@mail("kessler-barrierefreiheit-outlook-html", "2027-01-13 09:38:02",
      E("question", "b.kessler@netzwerk-fbm.example", "Birgit Keßler",
        "Netzwerk Familie, Behinderung und Migration Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Keßler, Birgit" <b.kessler@netzwerk-fbm.example>'),
           ("To", TO_MSO),
           ("Subject", "Anfrage Barrierefreiheit MSO-Tag"),
           ("Thread-Topic", "Anfrage Barrierefreiheit MSO-Tag"),
           ("Thread-Index", "AdtlQ3Kx9mPz0c1VQ2eB7hL4sYw8Rg=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB71450E2C8A4F1B3D6E90A7C5D1F42@DB9PR02MB7145.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(KESSLER_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "Ben ve yönetim
# kurulundan iki arkadaşım, yani toplam 3 kişi" = me and two board members,
# 3 persons.  "3. çalışma grubu" = AG 3.  Questions about halal food and a
# prayer room; the numbered list "1)" "2)" are not workgroups.

DEMIR_TEXT = """Merhaba,

Münster Türk Kadınları Derneği olarak 13 Mart'taki MSO Günü'ne katılmak istiyoruz. Ben ve yönetim kurulundan iki arkadaşım, yani toplam 3 kişi geleceğiz. Bizi 3. çalışma grubuna (dernek yönetimi ve destek imkânları) yazabilir misiniz? Yeni kurulmuş bir dernek olduğumuz için bu konu bizim için çok önemli.

İki sorum olacak:
1) Öğle yemeğinde helal yemek olacak mı? Olmayacaksa sorun değil, o zaman vejetaryen yeriz.
2) Öğle namazı için kısa bir süre çekilebileceğimiz sessiz bir oda var mı?

Şimdiden teşekkürler, görüşmek üzere!

Emine Demir
Başkan
Münster Türk Kadınları Derneği e.V."""


@mail("demir-turkish-helal-namaz", "2027-01-13 21:17:55",
      E("registration", "emine.demir@mail.example", "Emine Demir",
        "Münster Türk Kadınları Derneği e.V.", ["AG3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Demir <emine.demir@mail.example>"),
           ("To", MSO),
           ("Subject", ew("MSO Günü kayıt – 3 kişi", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHv3pQm8Rz1Xk0bN6sT4yLd2Wc9Ef7Ju5Ga1Ho3Ki8Mb0Pq6@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIR_TEXT, gmail_html(DEMIR_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Dari (written in Perso-Arabic script; Dari words: لسان, ترجمان, اشتراک,
# راجستر, همچنان).  Asks about interpretation and whether it costs money
# "before I register": question.  ISO 639-1 has
# no code for Dari, so the language is "fa".

AHMADZAI_TEXT = """سلام علیکم،

من فریده احمدزی هستم و از دو سال به این طرف در مونستر زندگی می‌کنم. دربارهٔ روز سازمان‌های مهاجرین از طریق یک دوستم خبر شدم و دلم می‌خواهد در آن اشتراک کنم.

پیش از این که خود را راجستر کنم، چند سوال داشتم. لسان آلمانی من هنوز زیاد خوب نیست. آیا در آن روز ترجمان دری یا فارسی موجود می‌باشد؟ اگر ترجمان نباشد، آیا اجازه است که یک نفر را برای ترجمانی با خود بیاورم؟

همچنان می‌خواستم بپرسم که اشتراک در این برنامه پول دارد یا رایگان است.

تشکر از شما
فریده احمدزی"""


@mail("ahmadzai-dari-interpreter-question", "2027-01-14 10:02:31",
      E("question", "farida.ahmadzai@mail.example", "فریده احمدزی", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Farida Ahmadzai <farida.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", "سوال در مورد روز سازمان‌ها"),
           ("Date", m.date),
           ("Message-ID", "<CAJt0wYf5Lq2Pn8Vx3Dz6Kb1Rm9Hs4Gc7Ua0Ne2Ti5Ow8Xy1@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AHMADZAI_TEXT, gmail_html(AHMADZAI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 005 ---------------------------------------------------------------------
# French, Apple Mail: multipart/mixed( multipart/alternative, PDF flyer ).
# "ma collègue Fatou Ndiaye et moi-même, donc deux personnes" = 2, "groupe de
# travail 2" = AG 2.  Asks for a stand (table, roll-up) or at least flyers.

DIALLO_TEXT = """Bonjour,

Je me permets de vous écrire au nom de la Maison de l'Afrique Münster. Nous souhaitons participer à la journée des organisations de migrants le 13 mars : ma collègue Fatou Ndiaye et moi-même, donc deux personnes. Nous aimerions rejoindre le groupe de travail 2 sur l'avenir de Münster.

Par ailleurs, serait-il possible d'installer un petit stand pour présenter notre association ? Il nous faudrait seulement une table et un peu de place pour un kakémono (environ 1 m de large). Je joins notre flyer pour que vous voyiez de quoi il s'agit. Si les stands ne sont pas prévus, pourrions-nous au moins déposer quelques flyers à l'accueil ?

Merci d'avance et bien cordialement,

Aïssatou Diallo
Chargée de projets
Maison de l'Afrique Münster e.V."""


@mail("diallo-french-stand-flyer-pdf", "2027-01-14 18:44:09",
      E("registration", "a.diallo@maison-afrique-ms.example", "Aïssatou Diallo",
        "Maison de l'Afrique Münster e.V.", ["AG2"], 2, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aïssatou Diallo", "a.diallo@maison-afrique-ms.example")),
           ("To", MSO),
           ("Subject", "Inscription MSO-Tag + question stand"),
           ("Date", m.date),
           ("Message-ID", "<7C1E9A04-3B5D-4F2A-8E61-D0B47A29C3F5@maison-afrique-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    alt = m.alternative(DIALLO_TEXT, apple_html(DIALLO_TEXT), charset="utf-8",
                        cte="quoted-printable", style="apple", top=False)
    pdf = m.binary(make_pdf(["Maison de l'Afrique Muenster e.V.",
                             "Rencontres - Culture - Conseil",
                             "Cafe des langues: chaque jeudi 18h",
                             "contact: info@maison-afrique-ms.example"]),
                   "application", "pdf", "Flyer_Maison_Afrique_2027.pdf")
    m.multi("mixed", [alt, pdf], style="apple")


# -- 006 ---------------------------------------------------------------------
# A deaf man registers from his iPhone and asks for a DGS interpreter; short
# sentences.  "13.3." is the date, "Arbeitsgruppe 2" the choice.

@mail("horvat-gehoerlos-dgs-iphone", "2027-01-15 07:12:26",
      E("registration", "milan.horvat@mail.example", "Milan Horvat",
        "Internationaler Gehörlosentreff Münster", ["AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Milan Horvat <milan.horvat@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Gebärdensprachdolmetscher"),
           ("Date", m.date),
           ("Message-ID", "<A3F09C71-5E2B-4D88-9B1A-62C7E0D4F815@mail.example>"),
           ("X-Mailer", "iPhone Mail (22C152)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,

ich möchte anmelden für MSO-Tag 13.3. Arbeitsgruppe 2 (Zukunft Münster).

Ich bin gehörlos. Ich brauche Dolmetscher Deutsche Gebärdensprache (DGS) für ganzen Tag bitte. Ist das möglich? Wer bezahlt Dolmetscher?
Kontakt bitte nur per Mail oder SMS, Telefon geht nicht.

Danke
Milan Horvat
Internationaler Gehörlosentreff Münster

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Arabic, plain text in windows-1256, quoted-printable; Subject encoded in
# windows-1256 too.  She and her brother (a wheelchair user): 2 persons,
# "مجموعة العمل الأولى" = the first workgroup.  Signs in Latin letters;
# the organisation is written in Arabic.

HASSAN_TEXT = """السلام عليكم،

أود أن أسجل نفسي وأخي في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار. نحن شخصان، ونرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن أخي يعمل مع أهالي التلاميذ في جمعيتنا.

أخي يستخدم كرسياً متحركاً. هل المبنى مناسب للكراسي المتحركة؟ وهل يوجد موقف سيارات لذوي الإعاقة قريب من المدخل؟ سنأتي بالسيارة من حي كيندرهاوس.

شكراً لكم مسبقاً

Rania Hassan
جمعية البيت السوري في مونستر"""


@mail("hassan-arabic-wheelchair-cp1256", "2027-01-15 20:30:48",
      E("registration", "rania.hassan@mail.example", "Rania Hassan",
        "جمعية البيت السوري في مونستر", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Rania Hassan <rania.hassan@mail.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل ليوم المنظمات – شخصان", "windows-1256", "q")),
           ("Date", m.date),
           ("Message-ID", "<000301db6794$2f8a1c40$8e9e54c0$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single(HASSAN_TEXT, charset="windows-1256", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Question about travel costs for a group of five from Greven; ISO-8859-15
# (for the euro sign), quoted-printable.  "Fünf von uns", "60 €" are not a
# registration: she asks before registering.

@mail("schreiber-fahrtkosten-greven-question", "2027-01-16 11:05:17",
      E("question", "olga.schreiber@mail.example", "Olga Schreiber",
        "Begegnungscafé Greven", [], None, "de"), "de")
def _(m):
    m.head(("From", "Olga Schreiber <olga.schreiber@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage Fahrtkosten"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8a4f2c1e-0b9d-4e37-a6c5-3d1f7e92b0a4-1768557917340@msvc-mesg-web002>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Orga-Team,

wir sind eine kleine Gruppe aus Greven (Spätaussiedlerinnen und Frauen aus der Ukraine, wir treffen uns jeden Dienstag im Begegnungscafé). Fünf von uns hätten Interesse am MSO-Tag.

Bevor ich uns anmelde: Werden Fahrtkosten erstattet? Für uns wären das mit Bus und Zug hin und zurück ungefähr 60 € zusammen, das ist für einige viel Geld. Gibt es vielleicht ein Gruppenticket oder einen Zuschuss?

Danke schön und liebe Grüße
Olga Schreiber
Begegnungscafé Greven
""", charset="iso-8859-15", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# English, Gmail alternative.  Registers for workgroup 3 and asks for a
# certificate of attendance for special leave.

OKONKWO_TEXT = """Hello,

I would like to register for the MSO Day on 13 March 2027. Please put me down for workgroup 3 (funding opportunities and association management) – we are about to apply for our first project grant this year, so the timing is perfect.

Could you also provide a certificate of attendance afterwards? My employer gives one day of special leave for volunteer training if I can show proof.

Many thanks,
Chidinma Okonkwo
Treasurer, Nigerian Community Münster e.V."""


@mail("okonkwo-english-certificate", "2027-01-16 22:49:03",
      E("registration", "chidinma.okonkwo@mail.example", "Chidinma Okonkwo",
        "Nigerian Community Münster e.V.", ["AG3"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chidinma Okonkwo <chidinma.okonkwo@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration – MSO Day 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAFq7Lm2Tx9Vb4Rn1Ze6Hk0Wj3Ps8Dy5Gu2Oa7Ci4Mf1Nb9@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OKONKWO_TEXT, gmail_html(OKONKWO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Ukrainian, UTF-8 base64, three numbered questions before registering
# (interpretation, a 2-year-old daughter, membership): question.

@mail("petrenko-ukrainian-questions", "2027-01-17 13:27:40",
      E("question", "oksana.petrenko@mail.example", "Оксана Петренко", None, [], None, "uk"), "uk")
def _(m):
    m.head(("From", "Oksana Petrenko <oksana.petrenko@mail.example>"),
           ("To", MSO),
           ("Subject", "Питання щодо 13 березня"),
           ("Date", m.date),
           ("Message-ID", "<1768653260.284417.3371@mail.example>"),
           ("X-Mailer", "Webmail 2.1"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Я нещодавно переїхала до Мюнстера і допомагаю в українській недільній школі. Мене зацікавив День мігрантських організацій 13 березня. Маю кілька запитань, перш ніж реєструватися:

1. Чи буде переклад українською (або хоча б російською)? Моя німецька поки що на рівні A2.
2. У мене донька, їй 2 роки. Чи можна прийти з дитиною, чи буде догляд за дітьми?
3. Чи потрібно бути членом якогось об'єднання, щоб узяти участь?

Дякую заздалегідь!
З повагою,
Оксана Петренко
""", charset="utf-8", cte="base64")


# -- 011 ---------------------------------------------------------------------
# Outlook out-of-office answering the invitation: Auto-Submitted and
# X-Auto-Response-Suppress, multipart/alternative.

HOFFMANN_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29. Januar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat: sekretariat@migrationsdienst-sued.example, Tel. 0251 55 44 33-0.

Mit freundlichen Grüßen
Martina Hoffmann
Migrationsdienst Münster-Süd"""


@mail("hoffmann-out-of-office", "2027-01-18 08:01:12",
      E("auto_reply"), "de", tz=1)
def _(m):
    m.head(("From", "Martina Hoffmann <m.hoffmann@migrationsdienst-sued.example>"),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR08MB5327D4F0A1B2C3E8F9@VI1PR08MB5327.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.hoffmann@migrationsdienst-sued.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(HOFFMANN_OOO, outlook_html(HOFFMANN_OOO, cs="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 012 ---------------------------------------------------------------------
# A language teacher registers her course group: "insgesamt 7 Personen:
# sechs Teilnehmende und ich".  AG named by a title fragment in typographic
# quotes; windows-1252 Outlook alternative.  Asks for certificates and
# vegetarian / pork-free food.

SCHULTE_TEXT = """Sehr geehrte Damen und Herren,

mit meinem Orientierungskurs würde ich gern am Tag der Migrantenselbstorganisationen teilnehmen. Wir wären insgesamt 7 Personen: sechs Teilnehmende und ich als Lehrkraft. Inhaltlich passt für uns am besten die Arbeitsgruppe „Münsters Zukunftsprozess“.

Zwei organisatorische Fragen:
– Können alle Teilnehmenden eine Teilnahmebescheinigung bekommen? Unsere Verwaltung braucht diese als Nachweis für den Exkursionstag.
– Zwei Personen essen vegetarisch, eine Person isst kein Schweinefleisch. Lässt sich das beim Imbiss berücksichtigen?

Die Namensliste der Gruppe schicke ich Ihnen gern nach.

Mit freundlichen Grüßen

Katrin Schulte
Dozentin DaF/DaZ
Sprachschule Lingua Münster
Bahnhofstraße 12, 48143 Münster"""


@mail("schulte-sprachkurs-group-of-seven", "2027-01-18 14:36:51",
      E("registration", "k.schulte@lingua-muenster.example", "Katrin Schulte",
        "Sprachschule Lingua Münster", ["AG2"], 7, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Schulte, Katrin" <k.schulte@lingua-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Kursgruppe MSO-Tag"),
           ("Thread-Topic", "Anmeldung Kursgruppe MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR03MB6882B1C9E04D7A5F23@AS8PR03MB6882.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(SCHULTE_TEXT, outlook_html(SCHULTE_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 013 ---------------------------------------------------------------------
# Persian (Iran), Thunderbird, UTF-8 base64.  Persian digits: ۱۳ مارس,
# "کارگروه ۱" first, "کارگروه ۲" if full.  "من و همسرم" = me and my husband.

@mail("rezaei-persian-vegetarian", "2027-01-19 19:55:20",
      E("registration", "maryam.rezaei@mail.example", "Maryam Rezaei",
        "Iranische Gemeinde Münster e.V.", ["AG1", "AG2"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Maryam Rezaei <maryam.rezaei@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت‌نام روز سازمان‌های مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<e4b8a1d7-29c3-4f60-8a5e-1c7d93f2b046@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "fa-IR"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

من و همسرم می‌خواهیم برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کنیم (دو نفر). انتخاب اول ما کارگروه ۱ (آموزش و مدرسه) است و اگر جا نبود، کارگروه ۲.

ما هر دو گیاهخوار هستیم. اگر امکانش هست لطفاً برای ما غذای گیاهی در نظر بگیرید.

با سپاس فراوان
Maryam Rezaei
Iranische Gemeinde Münster e.V.
""", charset="utf-8", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Somali, plain US-ASCII 7bit, CRLF line ends.  "aniga iyo saaxiibadday Ifrah
# ... waa laba qof" = me and my friend Ifrah, two people; "kooxda shaqada
# 1aad" = workgroup 1.  Asks for a prayer room and halal food.

@mail("nuur-somali-prayer-room", "2027-01-20 12:14:37",
      E("registration", "hodan.nuur@mail.example", "Hodan Nuur",
        "Ururka Haweenka Soomaaliyeed ee Munster", ["AG1"], 2, "so"), "so")
def _(m):
    m.head(("From", "Hodan Nuur <hodan.nuur@mail.example>"),
           ("To", MSO),
           ("Subject", "Isdiiwaangelin MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAPx2Wd7Nk4Rb0Tq9Lm3Gv6Hs1Yj8Fz5Ec2Ua0Oi7Kp4Mw6@mail.gmail.example>"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Asalaamu calaykum,

Waxaan jeclaan lahaa inaan isku qoro Maalinta Ururada Muhaajiriinta (MSO-Tag) ee 13-ka Maarso. Waxaan iman doonaa aniga iyo saaxiibadday Ifrah, markaa waa laba qof. Waxaan dooranaynaa kooxda shaqada 1aad (waxbarashada), maxaa yeelay carruurteennu waxay dhigtaan dugsiyada Munster, dhibaatooyin badanna way jiraan.

Laba su'aalood:
- Ma jiraa qol yar oo lagu tukan karo?
- Cuntada ma xalaal baa?

Mahadsanid
Hodan Nuur
Ururka Haweenka Soomaaliyeed ee Munster
""", charset="us-ascii", cte="7bit")


# -- 015 ---------------------------------------------------------------------
# Postfix bounce (multipart/report) of the confirmation to Hodan Nuur: the
# remote mailbox is full (5.2.2).  The returned part is text/rfc822-headers.

@mail("postfix-bounce-mailbox-full", "2027-01-20 12:16:03",
      E("bounce", bounced="hodan.nuur@mail.example"), "en")
def _(m):
    rcpt = "hodan.nuur@mail.example"
    m.head(("From", "MAILER-DAEMON@mx.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270120111603.4C2E81A09F@mx.muenster.example>"),
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

<{rcpt}>: host mx1.mail.example[198.51.100.25] said: 552
    5.2.2 <{rcpt}>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("X-Postfix-Queue-ID", "4C2E81A09F"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Wed, 20 Jan 2027 12:15:58 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.mail.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full - quota\n"
                             "    exceeded")])
    hdrs = confirmation_headers(f"Hodan Nuur <{rcpt}>", "Wed, 20 Jan 2027 12:15:58 +0100",
                                "<mailbot.20270120121558.9d04@muenster.example>",
                                "<CAPx2Wd7Nk4Rb0Tq9Lm3Gv6Hs1Yj8Fz5Ec2Ua0Oi7Kp4Mw6@mail.gmail.example>")
    returned = m.text(hdrs, subtype="rfc822-headers", charset="us-ascii", cte="7bit",
                      headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, returned], style="postfix",
            params={"report-type": "delivery-status"})


# -- 016 ---------------------------------------------------------------------
# Spanish, Outlook.com-style alternative (div HTML).  Three questions for the
# association before it registers: question.

FERNANDEZ_TEXT = """Hola, buenas tardes:

Les escribo de parte del Círculo Latinoamericano de Münster. Varias de nuestras socias quieren ir a la jornada del 13 de marzo, pero antes de inscribirnos tenemos algunas dudas:

- ¿Se entrega un certificado de asistencia? A algunas les vendría bien para el currículum o para la oficina de empleo.
- ¿Se reembolsan los gastos de viaje? Dos compañeras viven en Telgte y en Warendorf.
- ¿Podemos llevar folletos de nuestro grupo de teatro y dejarlos en alguna mesa?

Muchas gracias de antemano. Un saludo cordial,
Lucía Fernández López
Círculo Latinoamericano Münster e.V."""


@mail("fernandez-spanish-questions", "2027-01-21 17:40:09",
      E("question", "lucia.fernandez@circulo-latino-ms.example", "Lucía Fernández López",
        "Círculo Latinoamericano Münster e.V.", [], None, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía Fernández López", "lucia.fernandez@circulo-latino-ms.example")),
           ("To", MSO),
           ("Subject", "Consulta antes de inscribirnos – jornada 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0712A9D4C0E61B58F3@PR3P195MB0712.EURP195.PROD.OUTLOOK.EXAMPLE>"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.alternative(FERNANDEZ_TEXT, div_html(FERNANDEZ_TEXT, "font-family: Aptos, sans-serif; font-size: 12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), Gmail alternative, UTF-8 base64.  "ኣነን ክልተ
# ኣባላት ማሕበርናን ... ብድምሩ 3 ሰባት" = I and two members, 3 in total;
# "ጉጅለ ዕዮ 3" = workgroup 3.  Asks for a Tigrinya interpreter.

TESFAMARIAM_TEXT = """ሰላም ንዅልኹም፣

ብ13 መጋቢት 2027 ኣብ ዝካየድ መዓልቲ ማሕበራት ስደተኛታት (MSO-Tag) ክንሳተፍ ንደሊ ኢና። ኣነን ክልተ ኣባላት ማሕበርናን ኢና ክንመጽእ፣ ብድምሩ 3 ሰባት። ኣብ ጉጅለ ዕዮ 3 (Förderung und Vereinsmanagement) ክንሳተፍ ንደሊ።

ሓደ ሕቶ ኣሎና፦ ሓንቲ ካብ ኣባላትና ጀርመንኛ ጽቡቕ ኣይትዛረብን እያ። ናብ ትግርኛ ዝትርጉም ሰብ ክህሉ ይኽእል ድዩ?

ብጣዕሚ የቐንየልና።
Senait Tesfamariam
Eritreische Gemeinschaft Münster e.V."""


@mail("tesfamariam-tigrinya-ag3", "2027-01-22 09:10:55",
      E("registration", "senait.tesfamariam@mail.example", "Senait Tesfamariam",
        "Eritreische Gemeinschaft Münster e.V.", ["AG3"], 3, "ti"), "ti")
def _(m):
    m.head(("From", "Senait Tesfamariam <senait.tesfamariam@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAMr5Tb0Qw8Lz3Kx6Pn1Yd4Hv9Gs2Fc7Ja0Ue5Oi8Nm3Rt1@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAMARIAM_TEXT, gmail_html(TESFAMARIAM_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# Apple Mail reply to his confirmation (AG 2, 1 person, quoted with '>').
# Only a question about disabled parking: question, no workgroup.

@mail("karagiannis-parking-reply-to-confirmation", "2027-01-22 15:31:20",
      E("question", "n.karagiannis@mail.example", "Nikos Karagiannis", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Nikolaos Karagiannis <n.karagiannis@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<2D84B6F1-7A0C-4E95-B3D2-9F61C0A85E47@mail.example>"),
           ("In-Reply-To", "<mailbot.20270122145802.a17c@muenster.example>"),
           ("References", "<mailbot.20270122145802.a17c@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.single(f"""Guten Tag,

vielen Dank für die schnelle Bestätigung. Eine Frage hätte ich noch: Ich bin seit meiner Hüft-OP gehbehindert und habe einen blauen Parkausweis. Gibt es in der Nähe des Stadtweinhauses Behindertenparkplätze, oder darf ich am Samstag kurz am Prinzipalmarkt halten, um auszusteigen? Samstags ist da ja immer viel los.

Beste Grüße
Nikos Karagiannis


> Am 22.01.2027 um 14:58 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Herr Karagiannis", "AG2", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# He registers a colleague who is away and will attend alone; he asks us to
# confirm to her address.  Outlook alternative in windows-1250 (his name has ń).  She is the
# attendee: name and email are hers.

ZIELINSKI_TEXT = """Sehr geehrte Damen und Herren,

ich möchte gerne meine Kollegin Ewa Kowalczyk für den MSO-Tag am 13. März anmelden. Sie leitet bei uns die polnische Samstagsschule und interessiert sich für die Arbeitsgruppe 3 (Fördermöglichkeiten). Frau Kowalczyk ist diese Woche mit einer Schulklasse unterwegs und hat mich gebeten, das für sie zu übernehmen. Ich selbst kann an dem Tag leider nicht.

Bitte schicken Sie die Bestätigung direkt an sie: e.kowalczyk@polonia-muenster.example

Dürfte Frau Kowalczyk außerdem ein paar Flyer unserer Samstagsschule mitbringen und auslegen?

Mit freundlichen Grüßen
Piotr Zieliński
Vorstand
Polonia Münster e.V."""


@mail("zielinski-registers-colleague", "2027-01-23 10:47:33",
      E("registration", "e.kowalczyk@polonia-muenster.example", "Ewa Kowalczyk",
        "Polonia Münster e.V.", ["AG3"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Piotr Zieliński", "p.zielinski@polonia-muenster.example", "windows-1250")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Frau Kowalczyk (AG 3)"),
           ("Date", m.date),
           ("Message-ID", "<DU0PR10MB5418F2A6C9B0D3E71A@DU0PR10MB5418.EURPRD10.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "pl-PL, de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(ZIELINSKI_TEXT, outlook_html(ZIELINSKI_TEXT, cs="windows-1250"), charset="windows-1250",
                  cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Exchange NDR in German (multipart/report): the confirmation to the address
# given in 019 does not exist (550 5.1.10).  The report carries a German
# text/html alternative, the delivery-status and the returned headers.

NDR_RCPT = "e.kowalczyk@polonia-muenster.example"
NDR_TEXT = f"""Ihre Nachricht hat {NDR_RCPT} nicht erreicht.

Die E-Mail-Adresse, an die Sie die Nachricht gesendet haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers auf Tippfehler, und senden Sie die Nachricht erneut.

Informationen für Administratoren:
Generierender Server: DB8PR10MB3201.EURPRD10.PROD.OUTLOOK.EXAMPLE

{NDR_RCPT}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""


@mail("exchange-ndr-colleague-address", "2027-01-23 10:49:12",
      E("bounce", bounced=NDR_RCPT), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polonia-muenster.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7f3b9d20-4a61-4c8e-9e05-b1d2c3a4f567@DB8PR10MB3201.EURPRD10.PROD.OUTLOOK.EXAMPLE>"),
           ("In-Reply-To", "<mailbot.20270123104801.c3e9@muenster.example>"),
           ("References", "<mailbot.20270123104801.c3e9@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="")
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div style=\"font-family:'Segoe UI',Frutiger,Arial,sans-serif\">"
                 + "".join(f"<p>{esc(p)}</p>" for p in NDR_TEXT.split("\n\n"))
                 + "</div></body></html>\n")
    alt = m.alternative(NDR_TEXT, html_body, charset="utf-8", cte="quoted-printable",
                        style="exchange", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;DB8PR10MB3201.EURPRD10.PROD.OUTLOOK.EXAMPLE"),
         ("Received-From-MTA", "dns;mx.muenster.example"),
         ("Arrival-Date", "Sat, 23 Jan 2027 10:48:03 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\n"
                             " found by SMTP address lookup")])
    hdrs = confirmation_headers(f"Ewa Kowalczyk <{NDR_RCPT}>", "Sat, 23 Jan 2027 11:48:01 +0100",
                                "<mailbot.20270123104801.c3e9@muenster.example>",
                                "<DU0PR10MB5418F2A6C9B0D3E71A@DU0PR10MB5418.EURPRD10.PROD.OUTLOOK.EXAMPLE>")
    returned = m.text(hdrs, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [alt, dsn, returned], style="exchange",
            params={"report-type": "delivery-status"})


# -- 021 ---------------------------------------------------------------------
# Russian, windows-1251 8bit.  She comes with her daughter (17) who will
# interpret: "нас двое" = 2.  "первая рабочая группа" = AG 1.  Signs in
# Cyrillic (the From name is Latin).

@mail("sokolova-russian-daughter-interprets", "2027-01-24 20:03:47",
      E("registration", "irina.sokolova@mail.example", "Ирина Соколова",
        "Родительский клуб «Радуга»", ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", "Irina Sokolova <irina.sokolova@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769281427.117835.40921@f512.mail.example>"),
           ("X-Mailer", "Mail.Web 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Хочу зарегистрироваться на День организаций мигрантов 13 марта. Со мной придёт дочь Алина (ей 17 лет), она будет мне переводить, потому что мой немецкий пока слабый. Значит, нас двое. Нас интересует первая рабочая группа — про образование и школу.

Скажите, пожалуйста, можно ли потом получить справку об участии? Для моего курса в Jobcenter это было бы полезно.

С уважением,
Ирина Соколова
Родительский клуб «Радуга»
""", charset="windows-1251", cte="8bit")


# -- 022 ---------------------------------------------------------------------
# Arabic, Gmail alternative (dir=rtl), base64.  Prayer room, halal food,
# bringing a 10-year-old; he has not decided yet: question.

HADDAD_TEXT = """مرحباً،

أنا عضو في جمعية ثقافية عربية صغيرة في مونستر، ونفكر في المشاركة في يوم المنظمات في 13 مارس. عندي بعض الأسئلة قبل التسجيل:
- هل يوجد مكان هادئ للصلاة؟ صلاة الظهر ستكون خلال وقت البرنامج.
- هل الطعام المقدم حلال، أم من الأفضل أن نحضر طعامنا معنا؟
- هل يُسمح بإحضار الأطفال؟ ابني عمره عشر سنوات.

مع الشكر والتقدير
خالد حداد"""


@mail("haddad-arabic-prayer-halal-question", "2027-01-25 21:12:05",
      E("question", "khaled.haddad@mail.example", "خالد حداد", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Haddad <khaled.haddad@mail.example>"),
           ("To", MSO),
           ("Subject", "استفسار قبل التسجيل"),
           ("Date", m.date),
           ("Message-ID", "<CAGk8Pw3Xn0Rv5Ld2Tb7Yq1Hm4Zs9Fj6Ec3Ua8Oi1Kw5Nt2@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HADDAD_TEXT, gmail_html(HADDAD_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# web.de-style plain ISO-8859-1 quoted-printable.  He and the treasurer: "zu
# zweit"; AG 2.  Asks for a place for an info stand and a power socket.

@mail("kaya-infostand-steckdose", "2027-01-26 16:20:38",
      E("registration", "azad.kaya@mail.example", "Azad Kaya",
        "Mezopotamya Kulturverein Münster e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Azad Kaya <azad.kaya@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung + Infostand"),
           ("Date", m.date),
           ("Message-ID", "<trinity-f03c7b12-6d8e-4a95-b2c1-94e0a7d3c6f8-1769440838615@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Meza Correa-Flock,

hiermit melde ich mich und unseren Kassierer Baran Yüksel für den MSO-Tag an, wir sind also zu zweit. Wir möchten gern in die AG 2 zu Münsters Zukunftsprozess.

Außerdem würden wir unseren Verein gern mit einem kleinen Stand vorstellen: ein Tisch, ein Roll-Up und eine Kiste mit Flyern und Broschüren (deutsch/kurdisch/türkisch). Gäbe es dafür einen Platz im Foyer? Und gibt es dort eine Steckdose? Wir würden gern auf einem Laptop eine kurze Fotoschau von unserem Newroz-Fest laufen lassen.

Viele Grüße
Azad Kaya
Mezopotamya Kulturverein Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Dari from an Android phone, UTF-8 8bit.  Dari words: مارچ (March),
# گروپ کاری, تعلیم و مکتب, طفل, مهربانی کرده, ترجمان.  "من و خانمم" = me and
# my wife: 2; "گروپ کاری اول" = AG 1.  Signs in Perso-Arabic script; the
# organisation is named in the first sentence.  Language "fa" (no ISO 639-1
# code for Dari).

@mail("mohammadi-dari-with-wife", "2027-01-27 18:09:14",
      E("registration", "a.wahid.mohammadi@mail.example", "عبدالواحد محمدی",
        "انجمن فرهنگی افغان‌های مونستر", ["AG1"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Abdul Wahid Mohammadi <a.wahid.mohammadi@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<CAQz4Hn9Lb2Wx7Rt0Vk5Pd8Gm1Ys6Fj3Ec9Ua2Oi5Tq8Nw4@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام علیکم محترم،

من عبدالواحد محمدی هستم از انجمن فرهنگی افغان‌های مونستر. من و خانمم می‌خواهیم در روز سازمان‌های مهاجرین به تاریخ ۱۳ مارچ اشتراک کنیم، یعنی دو نفر. ما به گروپ کاری اول (تعلیم و مکتب) علاقه داریم، چون سه طفل ما در مکتب هستند.

خانمم آلمانی نمی‌فهمد. مهربانی کرده بگویید که آیا ترجمان دری در گروپ کاری موجود است یا خیر.

با احترام
عبدالواحد محمدی

Sent from my Android phone""", charset="utf-8", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Thunderbird reply to her confirmation (AG 3, 1 person): her mother comes
# too, so 2 persons; wheelchair questions.  A change of party size; the
# workgroup stays (no new choice, so []).

@mail("wolff-mother-wheelchair-change", "2027-01-28 08:33:50",
      E("change", "dilek.wolff@mail.example", "Dilek Wolff", None, [], 2, "de"), "de")
def _(m):
    m.head(("From", "Dilek Wolff <dilek.wolff@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a2c4e61-b8d0-4f37-a1e5-60c3d8f27b94@mail.example>"),
           ("In-Reply-To", "<mailbot.20270119113015.5be2@muenster.example>"),
           ("References", "<mailbot.20270119113015.5be2@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

eine Änderung zu meiner Anmeldung (siehe unten): Meine Mutter möchte sehr gern mitkommen, wir wären also zu zweit. Bitte tragen Sie sie mit ein, sie heißt Sevim Yurt.

Meine Mutter sitzt im Rollstuhl. Gibt es im Stadtweinhaus einen Aufzug, und kann sie in der Arbeitsgruppe mit dem Rollstuhl am Tisch sitzen? Wir bringen ihren Faltrollstuhl mit, der ist nicht besonders breit.

Vielen Dank und liebe Grüße
Dilek Wolff

Am 19.01.27 um 11:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("Frau Wolff", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Spanish, Gmail alternative.  Signs with her first name only; the full name
# is in the first sentence.  No association ("No pertenezco a ninguna").

GARCIA_TEXT = """Hola:

Me llamo Valentina García Ruiz y me gustaría inscribirme en el Día de las Organizaciones de Migrantes del 13 de marzo. No pertenezco a ninguna asociación, pero me interesa mucho el tema del futuro de Münster (grupo de trabajo 2).

Tengo dos preguntas:
1. ¿Me podrían dar una constancia de participación? El Jobcenter me la pide para justificar la actividad.
2. Soy vegetariana, ¿habrá alguna opción sin carne?

¡Gracias y saludos!
Valentina"""


@mail("garcia-ruiz-spanish-constancia", "2027-01-29 13:50:26",
      E("registration", "vgarciaruiz@mail.example", "Valentina García Ruiz", None,
        ["AG2"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Valentina García Ruiz", "vgarciaruiz@mail.example")),
           ("To", MSO),
           ("Subject", "Inscripción 13 de marzo"),
           ("Date", m.date),
           ("Message-ID", "<CAEn6Rq1Tz8Wb3Kx0Lv7Pm4Hd9Ys2Gf5Jc8Ua1Oi4Nt7Qw3@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GARCIA_TEXT, gmail_html(GARCIA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# A volunteer asks on behalf of a blind man (guide dog, accessible documents)
# before he registers himself: question.  GMX-style alternative.

MEIER_TEXT = """Guten Tag,

ich begleite ehrenamtlich einen jungen Mann aus Syrien, Herrn Omar Al-Sayed, der blind ist. Er würde gern am MSO-Tag teilnehmen und sich dann selbst anmelden, vorher wollten wir aber zwei Dinge klären:

1. Darf sein Führhund mit in den Saal und in die Arbeitsgruppe?
2. Könnten Sie ihm das Programm und eventuelle Unterlagen vorab als Word- oder Textdatei schicken? PDFs mit Bildern kann sein Vorleseprogramm oft nicht lesen.

Wenn das geht, würde ich ihn am 13. März hinbringen und nachmittags wieder abholen.

Viele Grüße
Sabine Meier"""


@mail("meier-guide-dog-on-behalf-question", "2027-02-01 11:18:42",
      E("question", "sabine.meier@mail.example", "Sabine Meier", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Sabine Meier <sabine.meier@mail.example>"),
           ("To", MSO),
           ("Subject", "Frage: Teilnahme mit Blindenführhund"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2b7e90c4-51a3-4d6f-8e20-c9f1b4a7d035-1769940922118@msvc-mesg-gmx017>"),
           ("MIME-Version", "1.0"))
    m.alternative(MEIER_TEXT, div_html(MEIER_TEXT), charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Ukrainian, Thunderbird, UTF-8 quoted-printable.  "робочій групі 3" = AG 3.
# Signs in Latin letters with the association's German name.

@mail("bondarenko-ukrainian-ag3", "2027-02-02 19:40:18",
      E("registration", "olena.bondarenko@ukr-frauen-ms.example", "Olena Bondarenko",
        "Ukrainischer Frauenverein Münster e.V.", ["AG3"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Olena Bondarenko <olena.bondarenko@ukr-frauen-ms.example>"),
           ("To", MSO),
           ("Subject", "Реєстрація на 13 березня"),
           ("Date", m.date),
           ("Message-ID", "<c81f5a3e-0d27-4b96-8e4a-2f7b1d6c9e05@ukr-frauen-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день!

Прошу зареєструвати мене на День мігрантських самоорганізацій 13 березня 2027 року. Я хотіла б узяти участь у робочій групі 3 — про фінансування та управління об'єднанням. Ми торік заснували Verein і маємо багато питань щодо грантів.

Чи можна буде після заходу отримати сертифікат (Teilnahmebescheinigung)?

Дякую!
Olena Bondarenko
Ukrainischer Frauenverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Sent from the association mailbox with Reply-To to his own address, which
# he also asks for in the text.  Two persons, AG 2 by a title word; asks for
# a quiet room for the midday prayer.  UTF-8 8bit.

@mail("celik-gebetsraum-reply-to", "2027-02-03 09:55:02",
      E("registration", "yusuf.celik@mail.example", "Yusuf Çelik",
        "Islamische Gemeinde Münster-Kinderhaus e.V.", ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Islamische Gemeinde Kinderhaus <info@ig-kinderhaus.example>"),
           ("Reply-To", addr("Yusuf Çelik", "yusuf.celik@mail.example")),
           ("To", MSO),
           ("Subject", "Anmeldung zum MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<3e9d1c05-7f2a-48b6-a0c4-d5e81b92f7a3@ig-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für unsere Gemeinde möchten wir uns zum Tag der Migrantenselbstorganisationen anmelden: Herr Mustafa Şahin (2. Vorsitzender) und ich, also zwei Personen. Wir interessieren uns für die Arbeitsgruppe zum Zukunftsprozess der Stadt.

Eine Bitte: Mittags ist Gebetszeit. Gäbe es einen kleinen ruhigen Raum, in dem man für zehn Minuten beten kann? Ein Besprechungsraum würde völlig reichen, Gebetsteppiche bringen wir selbst mit.

Antworten Sie bitte an meine persönliche Adresse, das Vereinspostfach lese ich nicht täglich.

Mit freundlichem Gruß
Yusuf Çelik
Islamische Gemeinde Münster-Kinderhaus e.V.
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Catering advertisement (halal, vegetarian) sent in bulk: other.

SOFRA_TEXT = """Guten Tag,

planen Sie im Frühjahr eine Tagung, ein Vereinsfest oder einen Empfang?

Sofra Catering Münsterland liefert frisch gekocht:
* halal-zertifizierte Fleischgerichte
* vegetarische und vegane Buffets
* Fingerfood und Kaffeepausen für 20 bis 300 Gäste

Bis zum 28. Februar erhalten Sie mit dem Code FRUEHLING27 10 % Frühbucherrabatt.

Jetzt unverbindlich anfragen: https://www.sofra-catering.example/anfrage

Ihr Team von Sofra Catering Münsterland
Hafenweg 31, 48155 Münster

Sie erhalten diesen Newsletter, weil Ihre Adresse in unserem Verteiler für Veranstalter eingetragen ist. Abmelden: https://www.sofra-catering.example/newsletter/abmelden?id=7731"""


@mail("sofra-catering-advert", "2027-02-05 10:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Sofra Catering Münsterland <newsletter@sofra-catering.example>"),
           ("To", MSO),
           ("Subject", "Halal, vegetarisch, vegan – Catering für Ihre Frühjahrsveranstaltung"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.7731.9f8e2d@news.sofra-catering.example>"),
           ("List-Unsubscribe", "<https://www.sofra-catering.example/newsletter/abmelden?id=7731>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Newsletter2Go"),
           ("MIME-Version", "1.0"),
           envelope="bounces+7731@news.sofra-catering.example")
    lines = SOFRA_TEXT.split("\n")
    body = []
    for line in lines:
        if line.startswith("* "):
            if not body[-1].startswith("<li>"):
                body.append("<ul>")
            body.append(f"<li>{esc(line[2:])}</li>")
            continue
        if body and body[-1].startswith("<li>"):
            body.append("</ul>")
        elif "https://" in line:
            url = line[line.index("https://"):]
            body.append(f"<p>{esc(line[:line.index('https://')])}<a href=\"{url}\">{esc(url)}</a></p>")
        elif line:
            body.append(f"<p>{esc(line)}</p>")
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sofra Catering</title></head>"
                 "<body style=\"margin:0;background:#f4efe6\"><table width=\"100%\"><tr><td align=\"center\">"
                 "<table width=\"600\" style=\"background:#ffffff;font-family:Georgia,serif\"><tr><td>"
                 + "\n".join(body) + "</td></tr></table></td></tr></table></body></html>\n")
    m.alternative(SOFRA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone; she had registered by phone.
# "(2. çalışma grubu)" names the old registration, not a new choice.

@mail("koc-turkish-cancel", "2027-02-06 17:12:29",
      E("cancellation", "hatice.koc@mail.example", "Hatice Koç", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hatice Koç", "hatice.koc@mail.example")),
           ("To", MSO),
           ("Subject", "Kayıt iptali"),
           ("Date", m.date),
           ("Message-ID", "<F4B1C8E2-0A93-4D57-8C6E-1B2D9F30A7C4@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D63)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Merhaba,

13 Mart için telefonla kayıt yaptırmıştım (2. çalışma grubu). Maalesef o hafta sonu annemi ziyaret etmek için Türkiye'ye gitmem gerekiyor, bu yüzden katılamayacağım. Kaydımı silebilir misiniz?

Seneye görüşmek dileğiyle,
Hatice Koç

iPhone'umdan gönderildi""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# A social worker registers herself and two residents ("uns drei") for AG 2
# and asks about interpretation; an interpreter she might bring is not yet
# a participant.  Outlook alternative, windows-1252.

LEHMANN_TEXT = """Liebes Team vom MSO-Tag,

ich arbeite in der Sozialberatung einer Gemeinschaftsunterkunft in Gievenbeck. Zwei Bewohner, Herr Dawit Haile und Herr Yared Gebre, engagieren sich in einer neu gegründeten eritreischen Jugendgruppe und möchten gern teilnehmen. Hiermit melde ich uns drei für die AG 2 an.

Beide sprechen Tigrinya und etwas Englisch, Deutsch erst auf A1-Niveau. Gibt es in der Arbeitsgruppe eine Dolmetschung? Falls nicht, würde ich über den Sprachmittlerpool versuchen, jemanden zu organisieren – wäre es in Ordnung, wenn diese Person dann mit in der Gruppe sitzt?

Viele Grüße
Anke Lehmann
Sozialberatung
Flüchtlingshilfe Gievenbeck e.V."""


@mail("lehmann-unterkunft-three", "2027-02-08 09:20:44",
      E("registration", "a.lehmann@fluechtlingshilfe-gievenbeck.example", "Anke Lehmann",
        "Flüchtlingshilfe Gievenbeck e.V.", ["AG2"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", "Anke Lehmann <a.lehmann@fluechtlingshilfe-gievenbeck.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung 3 Personen AG 2 / Frage Dolmetschung"),
           ("Date", m.date),
           ("Message-ID", "<FR4P281MB3390C7E1A52B8D04F6@FR4P281MB3390.DEUP281.PROD.OUTLOOK.EXAMPLE>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(LEHMANN_TEXT, outlook_html(LEHMANN_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 033 ---------------------------------------------------------------------
# Tigrinya, a mother of two asks about childcare and fasting food (Lent) and
# says she would register afterwards: question.  Gmail alternative, base64.

GHEBREMEDHIN_TEXT = """ሰላም፣

ኣነ ኣደ ክልተ ቆልዑ እየ። ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት ክመጽእ ደሊየ ኔረ፣ ቅድሚ ምምዝጋበይ ግን ክሓትት ዝደሊ ኣሎ፦
- ንቖልዑ ዝሕልው ሰብ (Kinderbetreuung) ኣሎ ድዩ? ቆልዑተይ 4 ከምኡውን 8 ዓመት እዮም።
- ብዙሓት ካባና ኣብቲ ግዜ ጾም ኢና ዘለና። ናይ ጾም መግቢ (ብዘይ ስጋን ጸባን) ክህሉ ይኽእል ድዩ?

እንተ ደኣ ተኻኢሉ ክምዝገብ እየ።

የቐንየለይ
Mehret Ghebremedhin"""


@mail("ghebremedhin-tigrinya-childcare-fasting", "2027-02-09 21:45:16",
      E("question", "mehret.gm@mail.example", "Mehret Ghebremedhin", None, [], None, "ti"), "ti")
def _(m):
    m.head(("From", "Mehret Ghebremedhin <mehret.gm@mail.example>"),
           ("To", MSO),
           ("Subject", "ሕቶ ብዛዕባ 13 መጋቢት"),
           ("Date", m.date),
           ("Message-ID", "<CANw1Kq6Rz3Lb8Tx5Vm0Pd2Hj7Ys4Gf9Ec1Ua6Oi3Nk8Qt5@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GHEBREMEDHIN_TEXT, gmail_html(GHEBREMEDHIN_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 034 ---------------------------------------------------------------------
# French reply to his confirmation (AG 2, 2 persons; Apple Mail quote):
# switch to group 3 ("plutôt qu'au groupe 2").  Still two persons, so the
# party size is not changed (null).

MUKENDI_TEXT = f"""Bonjour,

Merci pour la confirmation. Après discussion avec mon collègue, nous préférerions finalement participer au groupe de travail 3 (financement et gestion associative) plutôt qu'au groupe 2 : nous préparons une demande de subvention et ce thème nous sera plus utile. Est-ce encore possible ?

Nous venons toujours à deux. Et merci pour votre réponse au sujet du stand, nous apporterons notre propre nappe !

Cordialement,
Jean-Baptiste Mukendi
Communauté Congolaise de Münster

> Le 3 févr. 2027 à 10:21, Tag der Migrantenselbstorganisationen <{MSO}> a écrit :
>
{gt_quote(confirmation("Herr Mukendi", "AG2", 2))}
"""


@mail("mukendi-french-switch-ag3", "2027-02-10 12:00:37",
      E("change", "jb.mukendi@mail.example", "Jean-Baptiste Mukendi",
        "Communauté Congolaise de Münster", ["AG3"], None, "fr"), "fr")
def _(m):
    m.head(("From", "Jean-Baptiste Mukendi <jb.mukendi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0E6A2F93-B4C1-4D78-9A05-C3E81F7D2B60@mail.example>"),
           ("In-Reply-To", "<mailbot.20270203102107.71fa@muenster.example>"),
           ("References", "<mailbot.20270203102107.71fa@muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(MUKENDI_TEXT, apple_html(MUKENDI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 035 ---------------------------------------------------------------------
# Outlook HTML-only reply (UTF-8, the names need it) to the confirmation for 6 persons:
# the group shrinks to 4 ("nur noch mit 4 Personen").  Names for the
# certificates follow; the workgroup stays.

HUESING_TEXT = """Sehr geehrte Damen und Herren,

unsere Gruppe ist leider kleiner geworden: Zwei Frauen aus dem Elterncafé haben an dem Samstag eine Prüfung. Wir kommen daher nur noch mit 4 Personen (drei Mütter und ich). Die Arbeitsgruppe bleibt gleich.

Wie besprochen die Namen für die Teilnahmebescheinigungen:
Roya Nazari, Thi Mai Tran, Rukiye Güneş, Monika Hüsing

Mit freundlichen Grüßen
Monika Hüsing
Stadtteiltreff Coerde"""


@mail("huesing-group-smaller-change", "2027-02-11 16:25:08",
      E("change", "m.huesing@stadtteiltreff-coerde.example", "Monika Hüsing",
        "Stadtteiltreff Coerde", [], 4, "de"), "de", tz=0)
def _(m):
    m.head(("From", addr("Hüsing, Monika", "m.huesing@stadtteiltreff-coerde.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM6PR04MB5239E8D0F1A7C2B493@AM6PR04MB5239.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270121090344.0d6e@muenster.example>"),
           ("References", "<mailbot.20270121090344.0d6e@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Donnerstag, 21. Januar 2027 09:03",
             "Hüsing, Monika <m.huesing@stadtteiltreff-coerde.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Hüsing", "AG1", 6))
    m.single(outlook_html(HUESING_TEXT, quote, cs="utf-8"), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Somali, plain US-ASCII 7bit: travel costs from Ahlen and a Somali
# interpreter; he wants to come but asks first: question.

@mail("cali-somali-travel-question", "2027-02-14 13:02:51",
      E("question", "abdirahman.cali@mail.example", "Abdirahman Cali", None, [], None, "so"), "so")
def _(m):
    m.head(("From", "Abdirahman Cali <abdirahman.cali@mail.example>"),
           ("To", MSO),
           ("Subject", "Su'aal ku saabsan 13 March"),
           ("Date", m.date),
           ("Message-ID", "<CAKd9Vn2Tq7Lx4Rb1Wm6Pz3Hg8Ys5Fj0Ec7Ua4Oi9Nw2Kt6@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Asalaamu calaykum walaalayaal,

Magacaygu waa Abdirahman Cali, waxaan degganahay Ahlen. Waxaan maqlay in 13-ka March magaalada Munster lagu qabanayo maalin loogu talagalay ururada muhaajiriinta. Waxaan doonayaa inaan imaado, laakiin intaanan isku qorin su'aalo ayaan qabaa:

1. Lacagta tigidhka tareenka ee Ahlen ilaa Munster ma la iga celin doonaa?
2. Ma jiri doonaa turjubaan af-Soomaali ku hadla? Jarmalkaygu weli ma fiicna.

Mahadsanidiin
Abdirahman Cali
""", charset="us-ascii", cte="7bit")


# -- 037 ---------------------------------------------------------------------
# Russian reply (In-Reply-To our confirmation, nothing quoted), KOI8-R
# quoted-printable: switch from the first group to the third; if it is full,
# stay in the first.  So ["AG3", "AG1"].

@mail("lebedev-russian-switch-ag3-else-ag1", "2027-02-15 19:20:33",
      E("change", "viktor.lebedev@mail.example", "Viktor Lebedev", None,
        ["AG3", "AG1"], None, "ru"), "ru")
def _(m):
    m.head(("From", "Viktor Lebedev <viktor.lebedev@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771179633.552901.88214@f207.mail.example>"),
           ("In-Reply-To", "<mailbot.20270128181230.e4a1@muenster.example>"),
           ("References", "<mailbot.20270128181230.e4a1@muenster.example>"),
           ("X-Mailer", "Mail.Web 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день,

спасибо за подтверждение! Мы в клубе ещё раз всё обсудили, и я хотел бы перейти из первой группы в третью, про финансирование и управление организацией: мы как раз собираемся подавать заявку на грант, и сейчас это для нас важнее. Если в третьей группе мест уже нет, то оставьте меня, пожалуйста, в первой.

Заранее спасибо,
Viktor Lebedev
""", charset="koi8-r", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Plain UTF-8 8bit with CRLF line ends.  "ich, meine Kollegin Elvira und
# unser Jugendvertreter Dennis, also drei Leute"; AG 1; no pork; certificate.

@mail("stojanovic-roma-selbsthilfe-three", "2027-02-16 11:40:05",
      E("registration", "ramona.stojanovic@roma-selbsthilfe-ms.example", "Ramona Stojanović",
        "Roma-Selbsthilfe Münster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Ramona Stojanović", "ramona.stojanovic@roma-selbsthilfe-ms.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag 3 Personen"),
           ("Date", m.date),
           ("Message-ID", "<20270216114005.3f7a9c@roma-selbsthilfe-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"), crlf=True)
    m.single("""Hallo,

wir von der Roma-Selbsthilfe Münster möchten uns für den MSO-Tag anmelden: ich, meine Kollegin Elvira und unser Jugendvertreter Dennis, also drei Leute. Am liebsten AG 1 (Bildung), weil das bei unseren Familien das größte Thema ist.

Beim Essen bitte nichts mit Schwein für uns, danke.

Und kurze Frage: Gibt es am Ende eine Teilnahmebestätigung? Dennis sammelt Nachweise für seine Ehrenamtskarte.

Liebe Grüße
Ramona Stojanović
Roma-Selbsthilfe Münster
""", charset="utf-8", cte="8bit")


# -- 039 ---------------------------------------------------------------------
# English, Gmail alternative: two students, first choice workgroup 2, else 1.
# Bike parking and a certificate of attendance.

MOREIRA_TEXT = """Hi there,

my friend Thiago Alves and I would like to register for the MSO Day on 13 March. We're both master's students at the University of Münster and active in the Brazilian Student Association Münster. Our first choice would be workgroup 2 (Münster's future process); if that one is full, workgroup 1 is fine too.

Two quick practical questions:
- Is there somewhere to lock bikes near the venue? We'll cycle in.
- Could we get a certificate of attendance? We might be able to count it towards our Studium Generale.

Thanks and see you in March!
Daniela Moreira"""


@mail("moreira-english-two-students", "2027-02-17 22:05:59",
      E("registration", "daniela.moreira@mail.example", "Daniela Moreira",
        "Brazilian Student Association Münster", ["AG2", "AG1"], 2, "en"), "en")
def _(m):
    m.head(("From", "Daniela Moreira <daniela.moreira@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration for 2 people"),
           ("Date", m.date),
           ("Message-ID", "<CAHm7Tz4Wq1Lb6Rx9Vn3Pk0Hd5Ys8Gj2Ec4Ua7Oi0Nt3Kw9@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOREIRA_TEXT, gmail_html(MOREIRA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Learner German from a phone.  She must bring her breastfed baby and asks
# for a quiet room; the baby is not counted as a participant.

@mail("alkhatib-stillraum", "2027-02-22 07:48:21",
      E("registration", "mariam.alkhatib@mail.example", "Mariam Al-Khatib",
        "Frauen-Treff Kinderhaus", ["AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Mariam <mariam.alkhatib@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAL0Pq8Xw5Nr2Tb7Lz4Hm1Vk9Gd6Ys3Fj8Ec5Ua2Oi7Rt4@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

Ich heiße Mariam Al-Khatib. Ich möchte mich für den Tag der MSO anmelden. Ich bin aktiv bei Frauen-Treff Kinderhaus. Ich möchte in die Arbeitsgruppe 1 gehen, Bildung.

Ich habe ein Baby, 5 Monate. Ich muss ihn mitnehmen, weil ich stille. Gibt es ein Raum wo ich ruhig stillen kann? Das Baby ist sehr ruhig, er schläft viel :)

Vielen Dank
Mariam

Von meinem Samsung Galaxy Smartphone gesendet.""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Persian cancellation for himself and his wife, Thunderbird, UTF-8 base64.

@mail("jafari-persian-cancel", "2027-02-24 23:12:40",
      E("cancellation", "babak.jafari@mail.example", "Babak Jafari", None, [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Babak Jafari <babak.jafari@mail.example>"),
           ("To", MSO),
           ("Subject", "لغو ثبت‌نام"),
           ("Date", m.date),
           ("Message-ID", "<b5d02e8f-6a41-4c97-93e8-0f1a7c4d2b58@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

متأسفانه به خاطر بیماری پدرم باید فوراً به ایران سفر کنیم و نمی‌توانیم روز ۱۳ مارس بیاییم. لطفاً ثبت‌نام من و همسرم را لغو کنید.

ببخشید بابت زحمت، و ممنون از شما
Babak Jafari
""", charset="utf-8", cte="base64")


# -- 042 ---------------------------------------------------------------------
# The office forwards the chairman's registration that he sent only to her,
# and asks us to confirm to him.  The choice (AG 3, else AG 2) and "Ich komme
# allein" are in the forwarded text.  Gmail alternative.

VO_TEXT = """Sehr geehrte Damen und Herren,

unten die Anmeldung unseres Vorsitzenden, Herrn Dr. Tuan Pham, die er versehentlich nur an mich geschickt hat. Bitte bestätigen Sie die Anmeldung direkt an ihn: tuan.pham@dvv-muenster.example

Freundliche Grüße
Lan Vo
Sekretariat
Deutsch-Vietnamesischer Verein Münster e.V.

---------- Forwarded message ---------
Von: Tuan Pham <tuan.pham@dvv-muenster.example>
Date: Mi., 24. Feb. 2027 um 21:14 Uhr
Subject: MSO-Tag
To: Lan Vo <lan.vo@dvv-muenster.example>


Liebe Lan,

kannst Du mich bitte für den MSO-Tag am 13.3. anmelden? AG 3 wäre mir am liebsten, notfalls AG 2. Ich komme allein. Frag bitte auch, ob es dort Parkplätze gibt, ich komme direkt von einem Termin in Dortmund mit dem Auto.

Danke Dir!
Tuan"""


@mail("vo-forwards-chairman-registration", "2027-02-25 09:03:17",
      E("registration", "tuan.pham@dvv-muenster.example", "Tuan Pham",
        "Deutsch-Vietnamesischer Verein Münster e.V.", ["AG3", "AG2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lan Vo <lan.vo@dvv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Fwd: MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAOr3Wx8Tk5Lq0Rb7Vz2Pn9Hm4Ys1Gd6Ec3Ua8Oi5Nj0Kt7@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(VO_TEXT, gmail_html(VO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 043 ---------------------------------------------------------------------
# Cancellation in a reply to the coordinator's personal answer that there is
# no childcare this year (the answer is quoted; it names AG 1).

HADZIC_QUOTED = """Liebe Frau Hadžić,

vielen Dank für Ihre Anmeldung zur AG 1. Leider können wir in diesem Jahr
keine Kinderbetreuung anbieten, da im Stadtweinhaus kein geeigneter Raum
frei ist. Kinder sind natürlich trotzdem willkommen, müssten aber bei
Ihnen in der Arbeitsgruppe bleiben.

Viele Grüße
i. A. X. Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


@mail("hadzic-cancel-no-childcare", "2027-03-02 18:27:45",
      E("cancellation", "nermina.hadzic@mail.example", "Nermina Hadžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Nermina Hadžić", "nermina.hadzic@mail.example")),
           ("To", TO_MSO),
           ("Subject", "Re: Ihre Anmeldung / Kinderbetreuung"),
           ("Date", m.date),
           ("Message-ID", "<6f1d8b3a-c2e4-4790-a5b1-8e0d7f3c9a26@mail.example>"),
           ("In-Reply-To", "<kiz.20270301151207.88b1@muenster.example>"),
           ("References", "<kiz.20270301151207.88b1@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die ehrliche Antwort. Ohne Betreuung für meine Zwillinge schaffe ich den Samstag leider nicht, mein Mann hat Dienst. Bitte streichen Sie mich von der Liste, dann bekommt jemand anderes den Platz.

Eine Spielecke mit zwei Ehrenamtlichen wäre übrigens für viele Mütter in unseren Vereinen eine echte Hilfe – vielleicht fürs nächste Jahr?

Liebe Grüße
Nermina Hadžić
Bosnisch-Herzegowinischer Kulturverein Münster

Am 01.03.27 um 15:12 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(HADZIC_QUOTED)}
""", charset="utf-8", cte="8bit")


# -- 044 ---------------------------------------------------------------------
# Unrelated: a naturalisation inquiry sent to the wrong city address: other.

@mail("markovic-einbuergerung-misdirected", "2027-03-04 10:15:56",
      E("other"), "de")
def _(m):
    m.head(("From", addr("Vesna Marković", "vesna.markovic@mail.example")),
           ("To", MSO),
           ("Subject", "Einbürgerung – Stand meines Antrags"),
           ("Date", m.date),
           ("Message-ID", "<trinity-c94e1a07-3b58-4f2d-9a6c-e2d70b18f453-1772615756204@msvc-mesg-web005>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich habe im November meinen Antrag auf Einbürgerung abgegeben und seitdem nichts mehr gehört. Können Sie mir sagen, wie lange die Bearbeitung ungefähr dauert und ob noch Unterlagen fehlen? Mein Aktenzeichen ist EB-2026-11873.

Ihre Adresse habe ich auf der Internetseite der Stadt gefunden, ich hoffe, ich bin hier richtig.

Mit freundlichen Grüßen
Vesna Marković
""", charset="utf-8", cte="quoted-printable")


# -- 045 ---------------------------------------------------------------------
# After the event: certificates for two and travel-cost refund.  Outlook
# alternative (UTF-8).  Asks something, registers no one: question.

BOATENG_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für den gelungenen MSO-Tag am Samstag! Für die Abrechnung mit unserem Vorstand bräuchten wir noch zwei Dinge:

1. eine Teilnahmebescheinigung für mich und meinen Kollegen Kofi Asante,
2. die Information, ob die Fahrtkosten (Bahnfahrt Bielefeld–Münster, 2 × 24,80 €) erstattet werden können. Die Tickets habe ich aufbewahrt.

Mit freundlichen Grüßen
Akua Boateng
Afrikanischer Kulturverein Bielefeld e.V."""


@mail("boateng-certificate-travel-after-event", "2027-03-16 09:30:12",
      E("question", "akua.boateng@akv-bielefeld.example", "Akua Boateng",
        "Afrikanischer Kulturverein Bielefeld e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Akua Boateng <akua.boateng@akv-bielefeld.example>"),
           ("To", TO_MSO),
           ("Subject", "Teilnahmebescheinigung und Fahrtkosten"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR05MB8703A4D9E2C1F07B56@GV1PR05MB8703.eurprd05.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(BOATENG_TEXT, outlook_html(BOATENG_TEXT, cs="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


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


def check_expected(name, e):
    problems = []
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys")
        return problems
    if e["kind"] not in KINDS:
        problems.append(f"unknown kind {e['kind']}")
    machine = e["kind"] in ("auto_reply", "bounce", "other")
    if machine:
        if any(e[k] not in (None, []) for k in FIELDS if k not in ("kind", "bounced_recipient")):
            problems.append("machine/other record must have null fields")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("email missing or not lower-case")
        if not e["language"]:
            problems.append("language missing")
    if (e["kind"] == "bounce") != (e["bounced_recipient"] is not None):
        problems.append("bounced_recipient only (and always) for bounces")
    if e["kind"] == "registration" and not isinstance(e["party_size"], int):
        problems.append("registration needs a party_size")
    if e["kind"] not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size only for registration/change")
    if any(w not in ("AG1", "AG2", "AG3") for w in e["workgroups"]):
        problems.append("unknown workgroup id")
    return problems


def check(name, data, m, expected):
    problems = check_expected(name, expected)
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
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
    got_leaves = list(leaves(msg))
    want = m.intended
    if len(got_leaves) != len(want):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got_leaves, want)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        raw = p.get_payload(decode=True)
        try:
            dec = raw.decode(cs)      # strict: every octet valid in the declared charset
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if dec.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
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
    for dom in re.findall(r"(?:https?|ftp)://([\w.-]+)", text, re.I):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w.-]+\w)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if expected["email"]:
        if expected["email"] not in data.decode("ascii", "replace").lower() and \
                expected["email"] not in text.lower():
            problems.append("expected email appears nowhere in the mail")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    langs = collections.Counter(t for _, _, _, t in built)
    by_kind_lang = collections.Counter((e["kind"], t) for _, _, e, t in built)
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
    print("kind x language:")
    for (k, l), n in sorted(by_kind_lang.items()):
        print(f"  {k:13} {l:3} {n}")
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
