#!/usr/bin/env python3
"""Build the "bilingual" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: Tag der Migrantenselbstorganisationen 2027 (MSO-Tag, Münster), written by people
who send the same message twice - in their own language (Arabic, Farsi/Dari, Turkish,
Ukrainian, Tigrinya, Spanish, Albanian) and in German or English, block after block or
paragraph by paragraph - and by interpreters and translators' associations.

Every mail's text below is written by hand, one mail at a time.  This script only wraps
the texts in MIME with the standard `email` package, writes the files, and reads every
file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID_PREFIX = "<erinnerung-7d-mso-2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WGS = ("AG1", "AG2", "AG3")
LANGS = ("ar", "de", "en", "es", "fa", "sq", "ti", "tr", "uk")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given
    (otherwise the policy encodes it as UTF-8 when the header is set)."""
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail/iOS do: '> ' before each line."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def fold(name, value, width=78):
    """Fold a long ASCII header value at spaces (RFC 5322 folding)."""
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


RTL = re.compile(r"[\u0590-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def is_rtl(line):
    """A line whose first strong letter is Arabic-script."""
    for ch in line:
        if RTL.match(ch):
            return True
        if ch.isalpha():
            return False
    return False


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"bilingual/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=1):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in
        order.  ASCII values (plain or already RFC 2047-encoded) are stored
        verbatim, folded at spaces when long; values with non-ASCII characters
        go through the policy, which encodes them as UTF-8."""
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", MSO)
        if received:
            domain = sender.split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
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

    # -- leaves --------------------------------------------------------------
    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self.intended.append(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_PR3PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}"
                    f"-{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{1770000000000 + int(h[16:22], 16)}"
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{self._nboundary}"

    def multi(self, subtype, parts, style="std", params=None, top=True):
        """A multipart container; top=True makes it the message body itself."""
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
        return self.msg.as_bytes(policy=POLICY)


def dsn_part(*blocks):
    """A message/delivery-status part; each block is a list of (name, value)."""
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Liebe Vertreterinnen und Vertreter der Migrantenselbstorganisationen,
liebe Interessierte,

wir laden Sie herzlich zum Tag der Migrantenselbstorganisationen 2027 ein.

Datum: Samstag, 13. März 2027, 10:00 bis 16:00 Uhr
Ort: Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Nach einem gemeinsamen Auftakt arbeiten wir am Nachmittag in drei
Arbeitsgruppen:

AG 1: Menschen mit Migrationsvorgeschichte im Bildungssystem
AG 2: Münsters Zukunftsprozess aus der Sicht der Menschen mit
      Migrationsvorgeschichte
AG 3: Förderungsmöglichkeiten und effektives Vereinsmanagement

Bitte melden Sie sich bis zum 6. März 2027 formlos per E-Mail an
mso-tag@muenster.example an. Nennen Sie uns bitte Ihren Namen, Ihre
Organisation, die gewünschte Arbeitsgruppe (gern auch einen Zweitwunsch)
und mit wie vielen Personen Sie kommen.

Die Teilnahme ist kostenlos. Für Getränke und einen Imbiss ist gesorgt.

Mit freundlichen Grüßen

Ihr Team des Kommunalen Integrationszentrums Münster
i. A. Meza Correa-Flock"""

INVITATION_SUBJECT = "Einladung: Tag der Migrantenselbstorganisationen 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027"
REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen am 13. März 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(salutation, ag, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
am Samstag, 13. März 2027, 10:00 bis 16:00 Uhr, im Stadtweinhaus,
Prinzipalmarkt 8, 48143 Münster.

Wir haben Sie für folgende Arbeitsgruppe eingetragen:
{AG_LINE[ag]}

Angemeldete Personen: {persons}

Möchten Sie die Arbeitsgruppe wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Tag der Migrantenselbstorganisationen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, ag, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
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
# client-style HTML and quoting
# ---------------------------------------------------------------------------

def outlook_head(charset):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.E-MailFormatvorlage18
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if is_rtl(line):
        return (f"<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;"
                f"unicode-bidi:embed'><span lang=AR-SA>{esc(line)}</span><o:p></o:p></p>")
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE style='mso-fareast-language:DE'>Von:</span></b>"
                   f"<span lang=DE style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def _divs(text):
    out = []
    for line in text.split("\n"):
        if not line:
            out.append("<div><br></div>")
        elif is_rtl(line):
            out.append(f'<div dir="rtl">{esc(line)}</div>')
        else:
            out.append(f"<div>{esc(line)}</div>")
    return "".join(out)


def gmail_html(text, quote=None):
    """Gmail markup; quote = (attribution line, quoted text)."""
    body = f'<div dir="ltr">{_divs(text)}</div>'
    if quote:
        attr, quoted = quote
        qd = "rtl" if is_rtl(attr) else "ltr"
        body += ('<br><div class="gmail_quote gmail_quote_container">'
                 f'<div dir="{qd}" class="gmail_attr">{esc(attr)}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + "<br>".join(esc(line) for line in quoted.split("\n"))
                 + "</blockquote></div>")
    return body + "\n"


def gmail_plain(text, quote=None):
    if not quote:
        return text
    attr, quoted = quote
    return f"{text}\n\n{attr}\n\n{gt_quote(quoted)}"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def yahoo_html(text):
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica '
            'Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + _divs(text)
            + "</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_languages, builder)


def mail(slug, when, expected, text_langs, tz=1):
    """text_langs: the languages the mail's own text is written in ("tr+de")."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_langs, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Tests: Turkish block then German block ([TR]/[DE]) in a Thunderbird reply that quotes the whole invitation (all AGs in the quote).

ARSLAN_TEXT = """[TR]
Sayın Meza Correa-Flock Hanım,

davetiniz için çok teşekkür ederiz. Derneğimiz adına Göçmen Öz Örgütleri Günü'ne katılmak istiyoruz. Bizi 3. çalışma grubuna (Förderungsmöglichkeiten und effektives Vereinsmanagement) kaydedebilir misiniz? Saymanımız Elif Korkmaz ile birlikte iki kişi geleceğiz.

[DE]
Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung. Wir möchten im Namen unseres Vereins am Tag der Migrantenselbstorganisationen teilnehmen. Bitte tragen Sie uns für die AG 3 (Förderungsmöglichkeiten und effektives Vereinsmanagement) ein. Ich komme zusammen mit unserer Kassiererin Elif Korkmaz, also zu zweit.

Saygılarımla / Mit freundlichen Grüßen
Zeynep Arslan
Türk-Alman Kadın Derneği Münster e.V.
Tel. 0251 / 76 21 09 33"""


@mail("arslan-tr-de-blocks-quoting-invitation", "2027-01-12 16:55:21",
      E("registration", "zeynep.arslan@tak-dernek.example", "Zeynep Arslan",
        "Türk-Alman Kadın Derneği Münster e.V.", ["AG3"], 2, "tr"), "tr+de")
def _(m):
    m.head(("From", "Zeynep Arslan <zeynep.arslan@tak-dernek.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0e3f7a-1c44-4d2b-9a86-e2f1c07d3b58@tak-dernek.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""{ARSLAN_TEXT}

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Tests: Arabic and German alternating paragraph by paragraph; the German drops the son ("mit meiner Frau"), the Arabic original counts him -> 3.

ALHAMWI_TEXT = """السلام عليكم،
Guten Tag,

أنا خالد الحموي من جمعية أولياء الأمور السوريين في مونستر. أودّ تسجيلنا في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار.
ich bin Khaled Al-Hamwi vom Syrischen Elternverein Münster. Ich möchte uns für den Tag der Migrantenselbstorganisationen am Samstag, 13. März, anmelden.

نرغب في المشاركة في مجموعة العمل الأولى حول التعليم، لأن أغلب أعضائنا آباء وأمهات لأطفال في المدارس.
Wir möchten an der Arbeitsgruppe 1 zum Thema Bildung teilnehmen, weil die meisten unserer Mitglieder Eltern von Schulkindern sind.

سأحضر مع زوجتي وابني الكبير، فهو يساعدنا دائماً في الترجمة.
Ich komme mit meiner Frau.

شكراً جزيلاً
Vielen Dank

خالد الحموي
Khaled Al-Hamwi
Syrischer Elternverein Münster e.V."""


@mail("alhamwi-ar-de-paragraphs-son-missing", "2027-01-13 09:12:40",
      E("registration", "k.alhamwi@mail.example", "Khaled Al-Hamwi",
        "Syrischer Elternverein Münster e.V.", ["AG1"], 3, "ar"), "ar+de")
def _(m):
    m.head(("From", "Khaled Al-Hamwi <k.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل / Anmeldung Tag der MSO"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq8Zt2Rv0pXn7bYw1Lm4hGd9sJe6cUo5aTi8rNq2vWx3yKg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI_TEXT, gmail_html(ALHAMWI_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# Tests: Ukrainian block, then "--- Deutsche Version ---"; first and second choice in both; name signed in Cyrillic and in Latin letters.

MELNYK_TEXT = """Добрий день!

Мене звати Ірина Мельник, я представляю громадську організацію «Mriya – Ukrainischer Verein Münster e.V.». Хочу зареєструватися на День мігрантських самоорганізацій 13 березня 2027 року.

Найбільше мене цікавить робоча група 2 (майбутнє Мюнстера). Якщо там не буде місць, запишіть мене, будь ласка, до групи 1 (освіта).

Я прийду сама.

З повагою
Ірина Мельник

--- Deutsche Version ---

Guten Tag,

mein Name ist Iryna Melnyk, ich vertrete den Verein „Mriya – Ukrainischer Verein Münster e.V.“. Ich möchte mich für den Tag der Migrantenselbstorganisationen am 13. März 2027 anmelden.

Am meisten interessiert mich die AG 2 (Münsters Zukunftsprozess). Falls dort kein Platz mehr ist, tragen Sie mich bitte in die AG 1 (Bildung) ein.

Ich komme allein.

Mit freundlichen Grüßen
Iryna Melnyk
Mriya – Ukrainischer Verein Münster e.V."""


@mail("melnyk-uk-de-first-second-choice", "2027-01-13 15:41:07",
      E("registration", "iryna.melnyk@mriya-muenster.example", "Iryna Melnyk",
        "Mriya – Ukrainischer Verein Münster e.V.", ["AG2", "AG1"], 1, "uk"), "uk+de")
def _(m):
    m.head(("From", addr("Iryna Melnyk", "iryna.melnyk@mriya-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Реєстрація / Anmeldung – День МСО 13.03.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH8pRw5Yq1Nc7Tb0vLk3Zs9eXj2dGf6uMa4oQi1rBt8wPn5hEs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MELNYK_TEXT, gmail_html(MELNYK_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Tests: an interpreters' association registers four (list of interpreters with their languages, not workgroups) and offers interpreting; Outlook windows-1252.

HOELSCHER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für den Dolmetscherpool Münsterland e.V. melde ich vier Personen zum Tag der Migrantenselbstorganisationen am 13. März an:

- Birgit Hölscher-Amadi (Koordination)
- Hamid Sultani (Dari/Farsi)
- Lwam Berhane (Tigrinya)
- Olha Marchenko (Ukrainisch/Russisch)

Wir möchten alle in die AG 1 „Menschen mit Migrationsvorgeschichte im Bildungssystem“, weil wir sehr viel an Schulen dolmetschen (Elterngespräche, Zeugniskonferenzen, Förderplangespräche) und dazu gern unsere Erfahrungen einbringen.

Falls Sie für den Tag noch Sprachmittlung brauchen, z. B. für Teilnehmende, die wenig Deutsch sprechen: Wir könnten im Plenum flüsternd dolmetschen (Arabisch, Farsi/Dari, Tigrinya, Türkisch, Ukrainisch). Sprechen Sie uns gern an.

Mit freundlichen Grüßen

Birgit Hölscher-Amadi
Koordination
Dolmetscherpool Münsterland e.V.
Hafenweg 26a · 48155 Münster
Tel. 0251 / 53 90 41 27"""


@mail("hoelscher-amadi-dolmetscherpool-four", "2027-01-14 10:05:33",
      E("registration", "b.hoelscher-amadi@dolmetscherpool-ml.example", "Birgit Hölscher-Amadi",
        "Dolmetscherpool Münsterland e.V.", ["AG1"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Hölscher-Amadi, Birgit", "b.hoelscher-amadi@dolmetscherpool-ml.example",
                         "iso-8859-1", "q")),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Dolmetscherpool Münsterland – MSO-Tag"),
           ("Thread-Topic", "Anmeldung Dolmetscherpool Münsterland – MSO-Tag"),
           ("Thread-Index", "AdtmK3Qw0p8vN5xTQk6aB1sR2yZ4cA=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR07MB6650C2E1A7F04B9D8E3A5C71B4D2@PR3PR07MB6650.eurprd07.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HOELSCHER_TEXT), outlook_html(HOELSCHER_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Tests: Farsi text by the registrant with Persian digits, German translation by her daughter in the third person; name in both scripts.

REZAEI_TEXT = """با سلام و احترام،

اینجانب مریم رضایی، عضو هیئت مدیره‌ی انجمن «Deutsch-Iranischer Kulturverein Münster e.V.» هستم. می‌خواهم برای روز سازمان‌های خودجوش مهاجران در تاریخ ۱۳ مارس ثبت‌نام کنم.

مایلم در گروه کاری ۳ (امکانات حمایت مالی و مدیریت انجمن) شرکت کنم. دخترم هم همراه من می‌آید، پس ۲ نفر هستیم.

با تشکر
مریم رضایی

-----
Übersetzung (von ihrer Tochter Sara):

Guten Tag,

meine Mutter Maryam Rezaei ist im Vorstand des Deutsch-Iranischen Kulturvereins Münster. Sie möchte sich für den Tag der Migrantenselbstorganisationen am 13. März anmelden.

Sie möchte gern in die Arbeitsgruppe 3 (Förderungsmöglichkeiten und Vereinsmanagement). Ich (die Tochter) komme mit, wir sind also 2 Personen.

Viele Grüße
Sara Rezaei
"""


@mail("rezaei-fa-de-daughter-translates", "2027-01-14 19:33:52",
      E("registration", "m.rezaei@mail.example", "Maryam Rezaei",
        "Deutsch-Iranischer Kulturverein Münster e.V.", ["AG3"], 2, "fa"), "fa+de")
def _(m):
    m.head(("From", addr("Maryam Rezaei", "m.rezaei@mail.example")),
           ("To", MSO),
           ("Subject", "ثبت نام / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1768415632.913402.8821@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single(REZAEI_TEXT, charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Tests: Spanish then German; the Spanish gives a second choice that the German leaves out -> both choices.

FERNANDEZ_TEXT = """Hola:

Me llamo Lucía Fernández Ortega y coordino la Asociación Latinoamericana Münster e.V. Quisiera inscribirme para el Día de las Organizaciones de Migrantes del 13 de marzo.

Mi primera opción es el grupo de trabajo 2 (el proceso de futuro de Münster); como segunda opción, el grupo 3 (financiación y gestión de asociaciones). Iré sola.

Muchas gracias y un saludo cordial

—

Hallo,

ich heiße Lucía Fernández Ortega und koordiniere die Asociación Latinoamericana Münster e.V. Ich möchte mich für den Tag der Migrantenselbstorganisationen am 13. März anmelden.

Ich möchte gern in die Arbeitsgruppe 2 (Münsters Zukunftsprozess). Ich komme allein.

Vielen Dank und herzliche Grüße
Lucía Fernández Ortega
Asociación Latinoamericana Münster e.V."""


@mail("fernandez-es-de-second-choice-only-in-spanish", "2027-01-15 11:02:18",
      E("registration", "lucia.fernandez@alm-muenster.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana Münster e.V.", ["AG2", "AG3"], 1, "es"), "es+de")
def _(m):
    m.head(("From", addr("Lucía Fernández Ortega", "lucia.fernandez@alm-muenster.example",
                         "utf-8", "q")),
           ("Subject", ew("Inscripción / Anmeldung – Día de las Organizaciones de Migrantes",
                          "utf-8", "q")),
           ("Message-Id", "<7C2A9E14-53D8-4B61-A0F7-3E8D1B6C9A25@alm-muenster.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(FERNANDEZ_TEXT, apple_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Tests: Albanian and German line by line in iso-8859-1; the Albanian describes the association, the signature gives its German name; three named persons.

KRASNIQI_TEXT = """Të nderuar zonja dhe zotërinj,
Sehr geehrte Damen und Herren,

në emër të shoqatës sonë kulturore shqiptare "Iliria" dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars.
im Namen unseres albanischen Kulturvereins "Iliria" möchte ich mich für den Tag der Migrantenselbstorganisationen am 13. März anmelden.

Do të marrim pjesë në grupin e parë të punës (arsimi).
Wir möchten an der AG 1 (Bildung) teilnehmen.

Do të vijmë tre veta: unë, nënkryetarja Vjollca Morina dhe sekretari ynë Besnik Hasani.
Wir kommen zu dritt: ich, die stellvertretende Vorsitzende Vjollca Morina und unser Schriftführer Besnik Hasani.

Me respekt / Mit freundlichen Grüßen
Arben Krasniqi
Kryetar / Vorsitzender
Albanischer Kulturverein "Iliria" Münster e.V.
"""


@mail("krasniqi-sq-de-line-by-line-latin1", "2027-01-15 20:41:09",
      E("registration", "arben.krasniqi@iliria-muenster.example", "Arben Krasniqi",
        'Albanischer Kulturverein "Iliria" Münster e.V.', ["AG1"], 3, "sq"), "sq+de")
def _(m):
    m.head(("From", "Arben Krasniqi <arben.krasniqi@iliria-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Regjistrim / Anmeldung - Tag der Migrantenselbstorganisationen",
                          "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270115204109.3F7A2C91@webmail.iliria-muenster.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single(KRASNIQI_TEXT, charset="iso-8859-1", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Tests: Tigrinya (Ge'ez script) then German, UTF-8 base64; "ቀዳማይ ጉጅለ ስራሕ" = first workgroup, "ክልተ ሰባት" = two persons.

GHEBREMESKEL_TEXT = """ሰላም ክቡራትን ክቡራንን፣

ኣነ ተስፋልም ገብረመስቀል እየ፣ ካብ ማሕበረሰብ ኤርትራውያን ሙንስተር። ኣብ መዓልቲ ማሕበራት ስደተኛታት ብ13 መጋቢት 2027 ክሳተፍ እደሊ።

ኣብ ቀዳማይ ጉጅለ ስራሕ (ትምህርቲ) ክሳተፍ እደሊ። ምስ ሰበይተይ ኢና ንመጽእ፣ ክልተ ሰባት ኢና።

የቐንየልና።

---

Sehr geehrte Damen und Herren,

ich bin Tesfalem Ghebremeskel von der Eritreischen Gemeinde Münster. Ich möchte am Tag der Migrantenselbstorganisationen am 13. März 2027 teilnehmen.

Ich möchte in die Arbeitsgruppe 1 (Bildung). Ich komme mit meiner Frau, wir sind 2 Personen.

Vielen Dank
Tesfalem Ghebremeskel
Eritreische Gemeinde Münster e.V.
"""


@mail("ghebremeskel-ti-de", "2027-01-16 09:30:44",
      E("registration", "tesfalem.g@mail.example", "Tesfalem Ghebremeskel",
        "Eritreische Gemeinde Münster e.V.", ["AG1"], 2, "ti"), "ti+de")
def _(m):
    m.head(("From", "Tesfalem Ghebremeskel <tesfalem.g@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ - Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAJr5Lk2Wq8Pz0Xc3Vb7Nm1Hg4Fd6Sa9Oe2Iu5Yt8Re1Wq3Ty@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single(GHEBREMESKEL_TEXT, charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Tests: question in Ukrainian and German (is there interpreting into Ukrainian?); "ми зареєструємося, приблизно п'ять осіб" is only announced.

@mail("bondar-uk-de-question-interpreting", "2027-01-16 14:16:02",
      E("question", "o.bondar@ukr-frauen-ms.example", "Oleksandra Bondar",
        "Ukrainische Frauen in Münster e.V.", [], None, "uk"), "uk+de")
def _(m):
    m.head(("From", addr("Олександра Бондар", "o.bondar@ukr-frauen-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Питання щодо перекладу / Frage zur Übersetzung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB07731E4C2F9A68D3B5E1@AM0P190MB0773.EURP190.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Шановна пані Меза Корреа-Флок,

наша організація «Ukrainische Frauen in Münster e.V.» дуже хотіла б узяти участь у Дні мігрантських самоорганізацій. Але в мене є питання: чи буде на заході переклад українською мовою? Кілька наших учасниць ще погано розуміють німецьку.

Якщо переклад буде, ми зареєструємося, приблизно п'ять осіб.

Дякую за відповідь!

Sehr geehrte Frau Meza Correa-Flock,

unser Verein „Ukrainische Frauen in Münster e.V.“ möchte sehr gern am Tag der Migrantenselbstorganisationen teilnehmen. Ich habe aber eine Frage: Gibt es bei der Veranstaltung eine Übersetzung ins Ukrainische? Einige unserer Frauen verstehen noch nicht gut Deutsch.

Wenn es eine Übersetzung gibt, melden wir uns an, ungefähr fünf Personen.

Vielen Dank für Ihre Antwort!

Oleksandra Bondar
Ukrainische Frauen in Münster e.V.
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Tests: an interpreters' network; English first, "Deutsche Fassung unten", then German; two persons.

MCALLISTER_TEXT = """(Deutsche Fassung unten)

Dear Ms Meza Correa-Flock,

On behalf of Netzwerk Sprachmittlung Münster e.V., the network of freelance community interpreters in Münster, I would like to register for the MSO-Tag on 13 March. My colleague Jana Kötter and I would like to join workgroup 2 on Münster's future process - we are curious how the city plans to include people who do not (yet) speak German.

So: two persons, workgroup 2.

Kind regards

---

Sehr geehrte Frau Meza Correa-Flock,

im Namen des Netzwerk Sprachmittlung Münster e.V., des Netzwerks freiberuflicher Gemeindedolmetscher*innen in Münster, melde ich mich zum MSO-Tag am 13. März an. Meine Kollegin Jana Kötter und ich möchten gern in die AG 2 zu Münsters Zukunftsprozess - uns interessiert, wie die Stadt Menschen einbeziehen will, die (noch) kein Deutsch sprechen.

Also: zwei Personen, AG 2.

Mit freundlichen Grüßen

Fiona McAllister
Conference & community interpreter (EN/DE/FR)
Netzwerk Sprachmittlung Münster e.V."""


@mail("mcallister-interpreters-network-en-de", "2027-01-18 10:20:15",
      E("registration", "fiona.mcallister@sprachmittlung-ms.example", "Fiona McAllister",
        "Netzwerk Sprachmittlung Münster e.V.", ["AG2"], 2, "en"), "en+de")
def _(m):
    m.head(("From", "Fiona McAllister <fiona.mcallister@sprachmittlung-ms.example>"),
           ("To", MSO),
           ("Cc", "vorstand@sprachmittlung-ms.example"),
           ("Subject", "Registration / Anmeldung MSO-Tag 2027"),
           ("Date", m.date),
           ("Message-ID", "<e41d9b07-6a2f-4c38-b1e5-90c7d2f3a816@sprachmittlung-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.single(MCALLISTER_TEXT, charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Tests: Turkish then German in iso-8859-9; the German swaps first and second choice, the Turkish original decides -> AG2, AG1.

@mail("dogan-tr-de-choices-swapped", "2027-01-18 16:52:30",
      E("registration", "emre.dogan@genclik-ms.example", "Emre Doğan",
        "Gençlik Spor Kulübü Münster e.V.", ["AG2", "AG1"], 1, "tr"), "tr+de")
def _(m):
    m.head(("From", addr("Emre Doğan", "emre.dogan@genclik-ms.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("MSO Günü kayıt / Anmeldung", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270118165230.GA41732@genclik-ms.example>"),
           ("User-Agent", "Mutt/2.2.9 (2022-11-12)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Gençlik Spor Kulübü Münster adına MSO Günü'ne kayıt olmak istiyorum. Birinci tercihim 2. çalışma grubu (Münster'in gelecek süreci), ikinci tercihim 1. çalışma grubu (eğitim). Tek başıma geleceğim.

Teşekkürler, iyi çalışmalar.

(Almancası aşağıda, Almancam çok iyi değil, kusura bakmayın.)

Hallo,

ich möchte mich im Namen von Gençlik Sportverein Münster für den MSO-Tag anmelden. Mein erster Wunsch ist Arbeitsgruppe 1 (Bildung), mein zweiter Wunsch ist Arbeitsgruppe 2 (Münsters Zukunftsprozess). Ich komme allein.

Danke und gute Arbeit.

Emre Doğan
Gençlik Spor Kulübü Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Tests: Arabic then English in an HTML-only Outlook mail in windows-1256 (right-to-left paragraphs), subject RFC 2047 in windows-1256.

ALSAADI_TEXT = """مرحباً،

أنا نور الساعدي، رئيسة رابطة النساء العراقيات في مونستر. أودّ التسجيل لحضور يوم منظمات المهاجرين الذاتية في 13 آذار 2027.

نريد المشاركة في مجموعة العمل الثانية عن مستقبل مدينة مونستر. سنحضر شخصين: أنا وزميلتي هدى.

Hello,

My name is Noor Al-Saadi, chairwoman of the Iraqi Women's League Münster. I would like to register for the Day of Migrant Self-Organisations on 13 March 2027.

We would like to join workgroup 2 on the future of Münster. We will be two persons: me and my colleague Huda.

مع التحية / Best regards
Noor Al-Saadi
Iraqi Women's League Münster e.V."""


@mail("alsaadi-ar-en-outlook-html-cp1256", "2027-01-19 12:03:26",
      E("registration", "noor.alsaadi@iwl-muenster.example", "Noor Al-Saadi",
        "Iraqi Women's League Münster e.V.", ["AG2"], 2, "ar"), "ar+en")
def _(m):
    m.head(("From", "Noor Al-Saadi <noor.alsaadi@iwl-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", ew("تسجيل - Registration MSO-Tag", "windows-1256", "b")),
           ("Thread-Topic", ew("تسجيل - Registration MSO-Tag", "windows-1256", "b")),
           ("Thread-Index", "AdtqN1r8Vb0mQ2kL7xYc4hTzW9pRsg=="),
           ("Date", m.date),
           ("Message-ID", "<DU0PR10MB5193A8F2C61E47B09D3C2E5F7A18@DU0PR10MB5193.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "ar-SA, en-US"),
           ("Content-Language", "ar-SA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ALSAADI_TEXT, charset="windows-1256"), subtype="html",
             charset="windows-1256", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Tests: an interpreter writes in German for a Tigrinya-speaking chairman (his Tigrinya message below); she comes along to interpret (2) and wants the confirmation herself.

@mail("habte-interpreter-for-tekle-de-ti", "2027-01-20 08:47:12",
      E("registration", "saba.habte@dolmetschen-habte.example", "Yohannes Tekle",
        "Eritreischer Elternverein Münster e.V.", ["AG1"], 2, "de"), "de+ti")
def _(m):
    m.head(("From", "Saba Habte <saba.habte@dolmetschen-habte.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung Herr Yohannes Tekle (mit Dolmetscherin)"),
           ("Date", m.date),
           ("Message-ID", "<0a9c4e7b-3d1f-4b82-8e65-c2f7a1d90b34@dolmetschen-habte.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich bin Dolmetscherin für Tigrinya und schreibe im Auftrag von Herrn Yohannes Tekle, der noch nicht gut Deutsch schreibt. Herr Tekle ist Vorsitzender des Vereins Eritreischer Elternverein Münster e.V. und möchte sich für den Tag der Migrantenselbstorganisationen am 13. März anmelden, und zwar für die AG 1 (Bildung).

Ich würde Herrn Tekle an dem Tag begleiten und für ihn dolmetschen, wir wären also zu zweit. Bitte schicken Sie die Bestätigung an mich, ich übersetze sie ihm.

Unten finden Sie seine Nachricht im Original.

Mit freundlichen Grüßen
Saba Habte
Dolmetscherin Tigrinya / Amharisch – Deutsch
Tel. 0176 / 83 25 11 90

--- Nachricht von Herrn Tekle (Tigrinya) ---

ሰላም፣
ኣነ ዮሃንስ ተኽለ፣ ኣቦ መንበር ማሕበር ወለዲ ኤርትራውያን ሙንስተር እየ። ኣብቲ ብዛዕባ ትምህርቲ ደቅና ዝዛረብ ጉጅለ ስራሕ ክሳተፍ እደሊ። ሳባ ከተተርጉመለይ እያ።
የቐንየለይ
ዮሃንስ ተኽለ
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# Tests: out-of-office in Turkish and German (Auto-Submitted, Gmail vacation responder) answering a confirmation.

@mail("yavuz-out-of-office-tr-de", "2027-01-21 13:30:06",
      E("auto_reply"), "tr+de")
def _(m):
    m.head(("From", "Serkan Yavuz <serkan.yavuz@ttv-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("İzindeyim / Abwesenheitsnotiz", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAPv7Tz1vacation9Rk3Lw0Xe2Nd6@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270121132958.4c2e@muenster.example>"),
           ("References", "<mailbot.20270121132958.4c2e@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
mesajınız için teşekkürler. 1 Şubat'a kadar izindeyim ve e-postalarıma bakamıyorum. Acil durumlarda lütfen derneğimizin genel adresine yazın: info@ttv-muenster.example

Guten Tag,
vielen Dank für Ihre Nachricht. Ich bin bis zum 1. Februar im Urlaub und lese keine E-Mails. In dringenden Fällen schreiben Sie bitte an die allgemeine Adresse unseres Vereins: info@ttv-muenster.example

Serkan Yavuz
Türkischer Turnverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Tests: Dari (labelled fa) then English; only the English adds a fallback workgroup -> AG2, AG3; the signature names the association in German.

HAMIDI_TEXT = """سلام علیکم،

من سهراب حمیدی از انجمن فرهنگی افغان‌های مونستر هستم. می‌خواهم برای روز سازمان‌های مهاجرین به تاریخ ۱۳ مارچ ثبت نام کنم. علاقه دارم در گروپ کاری دوم (آینده شهر مونستر) اشتراک کنم. تنها می‌آیم.

تشکر

Hello,

I am Sohrab Hamidi from the Afghan Cultural Association Münster. I would like to register for the Day of Migrant Self-Organisations on 13 March. I would like to join workgroup 2 (Münster's future process); if it is full, workgroup 3 is also fine for me. I will come alone.

Thank you
Sohrab Hamidi
Afghanischer Kulturverein Münster e.V."""


@mail("hamidi-dari-en-fallback-only-in-english", "2027-01-22 18:05:49",
      E("registration", "sohrab.hamidi@mail.example", "Sohrab Hamidi",
        "Afghanischer Kulturverein Münster e.V.", ["AG2", "AG3"], 1, "fa"), "fa+en")
def _(m):
    m.head(("From", "Sohrab Hamidi <sohrab.hamidi@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO day / ثبت نام"),
           ("Date", m.date),
           ("Message-ID", "<CAN2wXe4Rt9Yp1Qz6Lk0Vb3Mn8Hc5Jd7Sa2Fg4Uo1Ie9Tr6Wq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMIDI_TEXT, gmail_html(HAMIDI_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 016 ---------------------------------------------------------------------
# Tests: German is the writer's own text; the Albanian below is a copy for her father in Cc (language de); two persons.

@mail("berisha-de-with-albanian-copy-for-father", "2027-01-23 11:22:37",
      E("registration", "dafina.berisha@mail.example", "Dafina Berisha",
        "Kosovarischer Elternverein Münster e.V.", ["AG1"], 2, "de"), "de+sq")
def _(m):
    m.head(("From", "Dafina Berisha <dafina.berisha@mail.example>"),
           ("To", MSO),
           ("Cc", "Agim Berisha <agim.berisha@mail.example>"),
           ("Subject", "Anmeldung MSO-Tag (2 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<CAL9sMv3Xn0Bq7Rt2Yw5Kc8Pz1Jh4Df6Gs9Ue3Ia0Ol7Tb2Nv@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes MSO-Team,

ich möchte meinen Vater Agim Berisha und mich für den Tag der Migrantenselbstorganisationen anmelden. Wir sind beide im Kosovarischen Elternverein aktiv, mein Vater ist dort Kassierer. Wir würden gern in die AG 1 (Bildung) gehen.

Also: 2 Personen, AG 1.

Mein Vater ist in CC, deshalb hier das Ganze nochmal auf Albanisch für ihn:

Përshëndetje,
dua të regjistroj babin tim Agim Berisha dhe veten për Ditën e Organizatave të Migrantëve. Jemi të dy aktivë në Shoqatën e Prindërve Kosovarë, babi është arkëtar. Do të donim të shkonim në grupin e punës 1 (arsimi).
Pra: 2 veta, grupi 1.

Liebe Grüße / Me të fala
Dafina Berisha
Kosovarischer Elternverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Tests: Spanish and German paragraph by paragraph (iso-8859-15); roman numeral III; the German misstates the date (14. März), which changes no label.

@mail("quintero-es-de-paragraphs-date-slip", "2027-01-25 09:41:58",
      E("registration", "andres.quintero@colectivo-latino.example", "Andrés Quintero Rojas",
        "Colectivo Latino Münster", ["AG3"], 3, "es"), "es+de")
def _(m):
    m.head(("From", addr("Andrés Quintero Rojas", "andres.quintero@colectivo-latino.example",
                         "iso-8859-15", "q")),
           ("To", MSO),
           ("Subject", ew("Inscripción / Anmeldung Colectivo Latino Münster", "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", "<trinity-2d7f41c0-8e3b-4a96-b5d2-0c91e6f3a748-1769330518377@3c-app-gmx-bap44>"),
           ("MIME-Version", "1.0"))
    m.single("""Estimados señores:
Sehr geehrte Damen und Herren,

les escribo para inscribir a nuestro Colectivo Latino Münster en el Día de las Organizaciones de Migrantes del 13 de marzo.
ich schreibe Ihnen, um unser Colectivo Latino Münster für den Tag der Migrantenselbstorganisationen am 14. März anzumelden.

Nos interesa el grupo de trabajo III, sobre financiación y gestión de asociaciones.
Uns interessiert die Arbeitsgruppe III, Förderungsmöglichkeiten und Vereinsmanagement.

Seremos tres personas: Paola Medina, Javier Ruiz y yo.
Wir sind drei Personen: Paola Medina, Javier Ruiz und ich.

Un saludo cordial / Mit freundlichen Grüßen
Andrés Quintero Rojas
Colectivo Latino Münster
""", charset="iso-8859-15", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# Tests: Postfix bounce (multipart/report) of a confirmation: the remote server rejects an unknown user; the returned confirmation names AG 1.

@mail("postfix-bounce-user-unknown", "2027-01-26 14:10:03",
      E("bounce", bounced="hagos.tesfamichael@eritrea-kultur-ms.example"), "en")
def _(m):
    rcpt = "hagos.tesfamichael@eritrea-kultur-ms.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270126131003.5C2E81D0A4@mail.muenster.example>"),
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

<{rcpt}>: host
    mx.eritrea-kultur-ms.example[198.51.100.87] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "5C2E81D0A4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Tue, 26 Jan 2027 14:10:01 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.eritrea-kultur-ms.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    original = confirmation_message(
        f"Hagos Tesfamichael <{rcpt}>", "Herr Tesfamichael", "AG1", 1,
        "Tue, 26 Jan 2027 14:10:00 +0100", "<mailbot.20270126141000.7d3b@muenster.example>",
        "<CAK4tHz9Wq2Xn6Rb1Ym8Pc3Lv0Jd5Fg7Sa2Ue4Io9Tr1Wb6Nq@mail.gmail.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 019 ---------------------------------------------------------------------
# Tests: Arabic then German; the German writes "AG 2" next to AG 3's title, the Arabic says the third group -> AG3.

DARWISH_TEXT = """مساء الخير،

أودّ التسجيل في يوم منظمات المهاجرين الذاتية يوم السبت 13 آذار باسم الجالية الفلسطينية في مونستر. أرغب في المشاركة في مجموعة العمل الثالثة حول إمكانيات التمويل وإدارة الجمعيات، لأننا نخطط لتقديم أول طلب دعم هذا العام. سأحضر وحدي.

مع الشكر،
سامر درويش

Guten Abend,

ich möchte mich für den Tag der Migrantenselbstorganisationen am Samstag, 13. März, für die Palästinensische Gemeinde Münster anmelden. Ich möchte an der AG 2 (Förderungsmöglichkeiten und Vereinsmanagement) teilnehmen, weil wir dieses Jahr unseren ersten Förderantrag stellen wollen. Ich komme allein.

Vielen Dank
Samer Darwish
Palästinensische Gemeinde Münster e.V."""


@mail("darwish-ar-de-wrong-number-in-german", "2027-01-27 19:55:14",
      E("registration", "samer.darwish@pal-gemeinde-ms.example", "Samer Darwish",
        "Palästinensische Gemeinde Münster e.V.", ["AG3"], 1, "ar"), "ar+de")
def _(m):
    m.head(("From", "Samer Darwish <samer.darwish@pal-gemeinde-ms.example>"),
           ("To", MSO),
           ("Subject", "تسجيل / Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAE1nVq6Ty3Wp8Zx0Rk5Lb2Mc9Hs4Jf7Dg1Ua6Io3Pe8Wt5Yq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DARWISH_TEXT, gmail_html(DARWISH_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 020 ---------------------------------------------------------------------
# Tests: short iPhone mail, Ukrainian then German; Cyrillic first name as display name, signed "Наталія Шевчук" and "Natalia Schewtschuk"; four persons.

@mail("schewtschuk-uk-de-iphone", "2027-01-29 10:31:45",
      E("registration", "n.shevchuk@mail.example", "Natalia Schewtschuk",
        "Ukrainisches Kulturzentrum Münster e.V.", ["AG1"], 4, "uk"), "uk+de")
def _(m):
    m.head(("From", addr("Наталія", "n.shevchuk@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "MSO-Tag 13.03."),
           ("Date", m.date),
           ("Message-ID", "<8B3E5C17-AD42-4F90-9E61-2C7B0D4F8A93@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single("""Добрий день! Реєструю нашу групу на День мігрантських організацій 13.03. Нас буде четверо, робоча група 1 (освіта). Організація: Ukrainisches Kulturzentrum Münster e.V.
Наталія Шевчук

Guten Tag! Ich melde unsere Gruppe für den MSO-Tag am 13.03. an. Wir sind zu viert, Arbeitsgruppe 1 (Bildung). Verein: Ukrainisches Kulturzentrum Münster e.V.
Natalia Schewtschuk

Надіслано з iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Tests: question in Tigrinya and English (is there childcare?); registration only announced ("If yes, I will register").

@mail("tesfay-ti-en-question-childcare", "2027-02-01 12:40:27",
      E("question", "mebrat.tesfay@mail.example", "Mebrat Tesfay", None, [], None, "ti"), "ti+en")
def _(m):
    m.head(("From", "Mebrat Tesfay <mebrat.tesfay@mail.example>"),
           ("To", MSO),
           ("Subject", "ሕቶ / Question"),
           ("Date", m.date),
           ("Message-ID", "<CAB6yNw2Kp9Rt4Xz1Vc7Lm3Qh8Jd0Fs5Ge2Ua9Io6Te3Wr1Yn@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣
ናብ መዓልቲ ማሕበራት ስደተኛታት ክመጽእ እደሊ፣ ግን ክልተ ንኣሽቱ ቆልዑ ኣለዉኒ። ኣብቲ መዓልቲ ምሕላው ቆልዑ (Kinderbetreuung) ኣሎ ድዩ? እንተሎ ክምዝገብ እየ።
የቐንየለይ

Hello,
I would like to come to the Day of Migrant Self-Organisations, but I have two small children. Is there childcare (Kinderbetreuung) on that day? If yes, I will register.
Thank you
Mebrat Tesfay

Sent from my Android phone
""", charset="utf-8", cte="base64")


# -- 022 ---------------------------------------------------------------------
# Tests: Outlook windows-1254, Turkish and German paragraph by paragraph; first and second wish; the signature holds an office and the association.

KURT_TEXT = """Sayın yetkililer,
Sehr geehrte Damen und Herren,

Türkisch-Islamischer Kulturverein Münster-Coerde e.V. kadın kolu adına MSO Günü'ne kayıt olmak istiyoruz.
wir möchten uns im Namen der Frauengruppe des Türkisch-Islamischen Kulturvereins Münster-Coerde e.V. für den MSO-Tag anmelden.

Birinci tercihimiz 2. çalışma grubu (Münster'in geleceği), olmazsa 3. çalışma grubu.
Unser Erstwunsch ist die AG 2 (Münsters Zukunftsprozess), sonst die AG 3.

İki kişi geleceğiz: ben ve arkadaşım Sevgi Aydemir.
Wir kommen zu zweit: ich und meine Kollegin Sevgi Aydemir.

Saygılarımızla / Mit freundlichen Grüßen
Hatice Kurt
Kadın Kolu Başkanı / Leiterin der Frauengruppe
Türkisch-Islamischer Kulturverein Münster-Coerde e.V."""


@mail("kurt-tr-de-outlook-cp1254", "2027-02-02 09:15:50",
      E("registration", "hatice.kurt@tikv-coerde.example", "Hatice Kurt",
        "Türkisch-Islamischer Kulturverein Münster-Coerde e.V.", ["AG2", "AG3"], 2, "tr"), "tr+de")
def _(m):
    m.head(("From", '"Kurt, Hatice" <hatice.kurt@tikv-coerde.example>'),
           ("To", TO_MSO),
           ("Subject", ew("MSO Günü kaydı / Anmeldung MSO-Tag", "windows-1254", "q")),
           ("Thread-Topic", ew("MSO Günü kaydı / Anmeldung MSO-Tag", "windows-1254", "q")),
           ("Thread-Index", "Adt1Qm9Wc4Rk0vZ2pXnL8bHs3TyE6g=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8772F1C3A9B24E6D0C5B7E91A2F3@AS8PR04MB8772.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "tr-TR, de-DE"),
           ("Content-Language", "tr-TR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KURT_TEXT), outlook_html(KURT_TEXT, charset="windows-1254"),
                  charset="windows-1254", cte="quoted-printable", style="outlook")


# -- 023 ---------------------------------------------------------------------
# Tests: a translators' collective, Farsi then German; three members split over the three AGs -> only the writer's own AG1, party 3.

@mail("karimi-translators-collective-fa-de-split", "2027-02-03 16:00:38",
      E("registration", "parvin.karimi@sprachbruecke-ms.example", "Parvin Karimi",
        "Sprachbrücke – Übersetzerkollektiv Münster", ["AG1"], 3, "fa"), "fa+de")
def _(m):
    m.head(("From", "Parvin Karimi <parvin.karimi@sprachbruecke-ms.example>"),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام / Anmeldung Sprachbrücke (3 Personen)", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<c7e2a915-4f0b-4d63-8a1e-5b9d3f07c26e@sprachbruecke-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.7.0"),
           ("Content-Language", "fa-IR"),
           ("MIME-Version", "1.0"))
    m.single("""با سلام،

من پروین کریمی، مترجم و عضو «Sprachbrücke – Übersetzerkollektiv Münster» هستم. ما سه نفر از اعضای گروهمان می‌خواهیم در روز سازمان‌های خودجوش مهاجران شرکت کنیم. ما داوطلبانه ترجمه می‌کنیم و می‌خواهیم در هر سه گروه کاری حضور داشته باشیم:
- خودم در گروه کاری ۱ (آموزش)
- همکارم لیلا نوری در گروه کاری ۲
- همکارم رضا صالحی در گروه کاری ۳
پس در مجموع ۳ نفر هستیم.

با احترام

Guten Tag,

ich bin Parvin Karimi, Übersetzerin und Mitglied von „Sprachbrücke – Übersetzerkollektiv Münster“. Wir möchten zu dritt am Tag der Migrantenselbstorganisationen teilnehmen. Wir dolmetschen ehrenamtlich und möchten uns auf alle drei Arbeitsgruppen verteilen:
- ich selbst in AG 1 (Bildung)
- meine Kollegin Leila Nouri in AG 2
- mein Kollege Reza Salehi in AG 3
Insgesamt also 3 Personen.

Mit freundlichen Grüßen
Parvin Karimi
Sprachbrücke – Übersetzerkollektiv Münster
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Tests: a student association, Spanish then English (Gmail); the workgroup is named by topic and number; the signature gives abbreviation and full name.

TORRES_TEXT = """¡Hola!

Somos la Asociación de Estudiantes Latinoamericanos en Münster (AELM) y queremos inscribirnos para el 13 de marzo. Nos interesa mucho el grupo de trabajo sobre el proceso de futuro de Münster (grupo 2). Iremos dos personas: Matías Herrera y yo.

Hi!

We are the Latin American Students' Association in Münster (AELM) and we would like to register for 13 March. We are very interested in the workgroup on Münster's future process (workgroup 2). Two of us will come: Matías Herrera and me.

¡Gracias! / Thanks!
Camila Torres Medina
AELM – Asociación de Estudiantes Latinoamericanos en Münster"""


@mail("torres-students-es-en", "2027-02-05 11:30:09",
      E("registration", "camila.torres@aelm-muenster.example", "Camila Torres Medina",
        "AELM – Asociación de Estudiantes Latinoamericanos en Münster", ["AG2"], 2, "es"), "es+en")
def _(m):
    m.head(("From", "Camila Torres <camila.torres@aelm-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Inscripción AELM / Registration – 13 March", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAM0qZr8Wn3Tx6Vb1Pk9Ly4Hc2Jd7Fs5Ge0Ua3Io8Te1Wq6Nb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TORRES_TEXT, gmail_html(TORRES_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Tests: change AG1 -> AG3 in Arabic then German, answering the confirmation (AG 1, 2 persons) with an Arabic Gmail attribution line.

KHALIL_TEXT = """مرحباً،

سجّلت الشهر الماضي في مجموعة العمل الأولى، لكنني أفضّل الآن الانتقال إلى مجموعة العمل الثالثة (التمويل وإدارة الجمعيات). عدد الأشخاص يبقى كما هو.

Hallo,

ich hatte mich im Januar für die AG 1 angemeldet, möchte aber jetzt lieber in die AG 3 (Förderung und Vereinsmanagement) wechseln. Die Personenzahl bleibt gleich.

شكراً / Danke
Yasmin Khalil"""

KHALIL_QUOTE = (f"في الأربعاء، 20 يناير 2027 في 10:12 ص، كتب Tag der Migrantenselbstorganisationen <{MSO}>:",
                confirmation("Frau Khalil", "AG1", 2))


@mail("khalil-change-ar-de-gmail-arabic-quote", "2027-02-06 20:20:33",
      E("change", "yasmin.khalil@mail.example", "Yasmin Khalil", None, ["AG3"], None, "ar"), "ar+de")
def _(m):
    m.head(("From", "Yasmin Khalil <yasmin.khalil@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD7rTq2Yw5Nx8Lk0Vz3Pb6Mh1Jc9Fs4Ge7Ua2Io5Te8Wn3Rq@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270120101204.9a1f@muenster.example>"),
           ("References", "<mailbot.20270120101204.9a1f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(KHALIL_TEXT, KHALIL_QUOTE), gmail_html(KHALIL_TEXT, KHALIL_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 026 ---------------------------------------------------------------------
# Tests: Albanian then English (Gmail); "grupi i dytë i punës" / "the second workgroup" (ordinal); Albanian association name kept in both.

GASHI_TEXT = """Përshëndetje,

Jam Blerta Gashi nga Shoqata e Grave Shqiptare "Drita" Münster. Dëshiroj të regjistrohem për Ditën e Organizatave të Migrantëve më 13 mars. Më intereson grupi i dytë i punës, për të ardhmen e Münsterit. Do të vij vetëm.

Faleminderit!

Hello,

I am Blerta Gashi from Shoqata e Grave Shqiptare "Drita" Münster, an Albanian women's association. I would like to register for the Day of Migrant Self-Organisations on 13 March. I am interested in the second workgroup, about the future of Münster. I will come alone.

Thank you!
Blerta Gashi
Shoqata e Grave Shqiptare "Drita" Münster"""


@mail("gashi-sq-en-ordinal", "2027-02-08 10:00:21",
      E("registration", "blerta.gashi@drita-muenster.example", "Blerta Gashi",
        'Shoqata e Grave Shqiptare "Drita" Münster', ["AG2"], 1, "sq"), "sq+en")
def _(m):
    m.head(("From", "Blerta Gashi <blerta.gashi@drita-muenster.example>"),
           ("To", MSO),
           ("Subject", "Regjistrim / Registration"),
           ("Date", m.date),
           ("Message-ID", "<CAG5vXp1Rq8Tz3Wn6Lb0Ky2Mc9Jh4Ds7Fe1Ua5Io2Tr8Wq3Yx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(GASHI_TEXT, gmail_html(GASHI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Tests: Farsi with a machine-translated German version (broken but consistent); a father with wife and two children (4), no association.

MOHAMMADI_TEXT = """سلام،

می‌خواهم برای روز سازمان‌های مهاجران در ۱۳ مارس ثبت‌نام کنم. با همسرم و دو فرزندم می‌آیم، یعنی ۴ نفر هستیم. می‌خواهیم در گروه کاری ۱ (آموزش) شرکت کنیم، چون بچه‌هایمان به مدرسه می‌روند. من عضو هیچ انجمنی نیستم و به عنوان یک پدر می‌آیم.

ممنون
علی محمدی

(متن آلمانی با گوگل ترجمه شده است)

Hallo,

Ich will mich registrieren für den Tag der Migranten Organisationen in 13. März. Ich komme mit meiner Frau und zwei Kind, das heißt wir sind 4 Personen. Wir wollen in Arbeitsgruppe 1 (Bildung) teilnehmen, weil unsere Kinder gehen zu Schule. Ich bin nicht Mitglied von einem Verein und komme als ein Vater.

Danke
Ali Mohammadi"""


@mail("mohammadi-fa-de-machine-translation-family", "2027-02-09 13:45:17",
      E("registration", "ali.mohammadi.ms@mail.example", "Ali Mohammadi", None,
        ["AG1"], 4, "fa"), "fa+de")
def _(m):
    m.head(("From", "Ali Mohammadi <ali.mohammadi.ms@mail.example>"),
           ("To", MSO),
           ("Subject", "ثبت نام روز مهاجران"),
           ("Date", m.date),
           ("Message-ID", "<CAF8wLq3Zt6Rn9Xp2Vk5Mb1Hc4Jd0Gs7Ue3Ia8Io1Te6Wy2Pb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MOHAMMADI_TEXT, gmail_html(MOHAMMADI_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 028 ---------------------------------------------------------------------
# Tests: a professional association of community interpreters asks whether interpreting is needed and on what terms; no one registers (question).

OVERBECK_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wir haben über das Netzwerk der Migrantenselbstorganisationen von Ihrem MSO-Tag am 13. März erfahren. Der Fachverband Sprach- und Kulturmittlung NRW e.V. vertritt rund 60 Sprach- und Kulturmittler*innen im Münsterland, u. a. für Arabisch, Farsi/Dari, Tigrinya, Türkisch, Ukrainisch, Albanisch und Spanisch.

Dazu zwei Fragen:
1. Planen Sie für die Arbeitsgruppen eine Sprachmittlung? Wenn ja, würden wir gern ein Angebot machen (Honorar nach unserer Empfehlung, 2 Sprachmittler*innen pro Sprache).
2. Dürfen auch Mitglieder unseres Verbands als Teilnehmende kommen, obwohl wir selbst keine Migrantenselbstorganisation sind?

Über eine kurze Rückmeldung freue ich mich.

Mit freundlichen Grüßen

Katrin Overbeck
Geschäftsstelle
Fachverband Sprach- und Kulturmittlung NRW e.V.
Regionalbüro Münsterland
Telefon: 0251 / 98 77 21 40"""


@mail("overbeck-interpreters-association-question", "2027-02-10 17:25:44",
      E("question", "k.overbeck@fachverband-sprachmittlung.example", "Katrin Overbeck",
        "Fachverband Sprach- und Kulturmittlung NRW e.V.", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Overbeck, Katrin" <k.overbeck@fachverband-sprachmittlung.example>'),
           ("To", TO_MSO),
           ("Subject", "Anfrage Sprachmittlung beim MSO-Tag / Teilnahme Verbandsmitglieder"),
           ("Thread-Topic", "Anfrage Sprachmittlung beim MSO-Tag / Teilnahme Verbandsmitglieder"),
           ("Thread-Index", "Adt7Lp2Xk9Vc0mQ4wRz6nYb1TsH8Eg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1580D4E7A2C91B6F3E0D5A84C7B1@FR2P281MB1580.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERBECK_TEXT), outlook_html(OVERBECK_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Tests: youth association from a Samsung phone, Turkish then German; six persons in words ("altı kişi" / "zu sechst").

@mail("kilic-youth-tr-de-six-in-words", "2027-02-11 09:50:12",
      E("registration", "merve.kilic@yeninesil-ms.example", "Merve Kılıç",
        "Yeni Nesil Gençlik Derneği Münster e.V.", ["AG1"], 6, "tr"), "tr+de")
def _(m):
    m.head(("From", addr("Merve Kılıç", "merve.kilic@yeninesil-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Kayıt / Anmeldung Gençlik"),
           ("Date", m.date),
           ("Message-ID", "<q2v8s1.1770799812.samsung@yeninesil-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Yeni Nesil Gençlik Derneği olarak MSO Günü'ne katılmak istiyoruz. Altı kişi geleceğiz, hepimiz üniversite öğrencisi ya da lise son sınıftayız. Eğitim konusundaki 1. çalışma grubuna katılmak istiyoruz, çünkü okul ve üniversiteye geçiş bizim için en önemli konu.

Hallo,

wir möchten als Yeni Nesil Gençlik Derneği am MSO-Tag teilnehmen. Wir kommen zu sechst, wir sind alle Studierende oder in der Oberstufe. Wir möchten in die AG 1 zum Thema Bildung, weil der Übergang von der Schule zur Uni für uns das wichtigste Thema ist.

Sevgiler / Liebe Grüße
Merve Kılıç
Yeni Nesil Gençlik Derneği Münster e.V.

Samsung Galaxy akıllı telefonumdan gönderildi.
""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Tests: Tigrinya and German paragraph by paragraph; no workgroup chosen yet ("we decide on the day") -> []; three persons.

@mail("woldu-ti-de-no-workgroup-yet", "2027-02-12 14:05:36",
      E("registration", "kidane.woldu@mail.example", "Kidane Woldu",
        "Eritreischer Jugendverein Münster", [], 3, "ti"), "ti+de")
def _(m):
    m.head(("From", "Kidane Woldu <kidane.woldu@mail.example>"),
           ("To", MSO),
           ("Subject", "ምዝገባ / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1770901536.402118.5530@webmail.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ክቡራትን ክቡራንን፣
Sehr geehrte Damen und Herren,

ካብ ማሕበር መንእሰያት ኤርትራውያን ሙንስተር ሰለስተ ሰባት ኣብ መዓልቲ ማሕበራት ስደተኛታት ክንሳተፍ ንደሊ።
wir möchten mit drei Personen vom Eritreischen Jugendverein Münster am Tag der Migrantenselbstorganisationen teilnehmen.

ኣየናይ ጉጅለ ስራሕ ከም እንመርጽ ገና ኣይወሰናን፣ ኣብቲ መዓልቲ ክንውስን ኢና።
Welche Arbeitsgruppe wir wählen, wissen wir noch nicht, das entscheiden wir am Tag selbst.

ምስ ሰላምታ / Mit freundlichen Grüßen
Kidane Woldu
Eritreischer Jugendverein Münster
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Tests: Yahoo mail, Arabic then German, registration plus a question about the food; five women; association name in German inside the Arabic.

OSMAN_TEXT = """السلام عليكم ورحمة الله،

نحن مجموعة من النساء من جمعية "Sudanesischer Frauenverein Münster e.V."، ونرغب في التسجيل ليوم منظمات المهاجرين الذاتية. سنحضر خمس نساء، ونريد المشاركة في مجموعة العمل الأولى (التعليم).

سؤال: هل سيكون الطعام حلالاً؟

Guten Tag,

wir sind eine Gruppe von Frauen vom Sudanesischen Frauenverein Münster e.V. und möchten uns für den Tag der Migrantenselbstorganisationen anmelden. Wir kommen mit fünf Frauen und möchten in die AG 1 (Bildung).

Frage: Gibt es auch vegetarisches Essen?

مع التحية / Viele Grüße
Amal Osman
Sudanesischer Frauenverein Münster e.V."""


@mail("osman-ar-de-yahoo-five-women-food-question", "2027-02-15 11:40:08",
      E("registration", "amal.osman@sfv-muenster.example", "Amal Osman",
        "Sudanesischer Frauenverein Münster e.V.", ["AG1"], 5, "ar"), "ar+de")
def _(m):
    m.head(("From", "Amal Osman <amal.osman@sfv-muenster.example>"),
           ("To", '"mso-tag@muenster.example" <mso-tag@muenster.example>'),
           ("Subject", "تسجيل / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1180472339.2211904.1771152008317@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(OSMAN_TEXT, yahoo_html(OSMAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 032 ---------------------------------------------------------------------
# Tests: Ukrainian then English; she asks to be answered in English (language en); the university is her employer, not the organisation.

@mail("kravets-uk-en-asks-english-reply", "2027-02-16 19:10:55",
      E("registration", "daryna.kravets@mail.example", "Daryna Kravets",
        "Razom Münster e.V.", ["AG3"], 1, "en"), "uk+en")
def _(m):
    m.head(("From", "Daryna Kravets <daryna.kravets@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration / Реєстрація"),
           ("Date", m.date),
           ("Message-ID", "<GV1P195MB2038E6A4C1B97F3D2A8C5E01B9D4@GV1P195MB2038.EURP195.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Вітаю!

Я студентка Університету Мюнстера і волонтерка в організації «Razom Münster e.V.». Хочу зареєструватися на День мігрантських самоорганізацій 13 березня, робоча група 3 (фінансування і управління організацією). Прийду одна.

Hello!

I am a student at the University of Münster and a volunteer at Razom Münster e.V. I would like to register for the Day of Migrant Self-Organisations on 13 March, workgroup 3 (funding and association management). I will come alone.

Please reply in English, my German is not good enough yet. / Будь ласка, відповідайте англійською.

Daryna Kravets

Get Outlook for Android
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Tests: advertising (other) by an interpreting agency, German and English, naming the event and "Anmeldung"; bulk headers.

LINGUA_TEXT = """Sehr geehrte Veranstalterinnen und Veranstalter,
(English version below)

Sie planen den Tag der Migrantenselbstorganisationen am 13. März 2027? Damit alle Teilnehmenden mitreden können, bieten wir Ihnen:

- Simultandolmetschen in über 40 Sprachen, auch Tigrinya, Dari und Albanisch
- Personenführungsanlagen (Flüsteranlagen) für bis zu 120 Personen
- Übersetzung Ihrer Einladung und Ihres Anmeldeformulars in 24 Stunden

Jetzt bis zum 28. Februar buchen und 15 % Frühbucherrabatt sichern: https://linguapro-events.example/angebot

---

Dear event organisers,

Are you planning the Day of Migrant Self-Organisations on 13 March 2027? We offer simultaneous interpreting in over 40 languages, tour-guide systems for up to 120 persons and translation of your invitation and registration form within 24 hours.

Book by 28 February and get a 15 % early-bird discount: https://linguapro-events.example/offer

LinguaPro Events GmbH · Hammer Straße 212 · 48153 Münster
Sie erhalten diese E-Mail als Veranstalter im Münsterland. Abmelden: https://linguapro-events.example/abmelden?u=mso-tag"""

LINGUA_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>LinguaPro Events</title></head>
<body style="margin:0;background:#eef1f5;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#1d2433;">
<tr><td style="background:#12355b;color:#fff;"><h1 style="margin:0;font-size:21px;">LinguaPro Events</h1><p style="margin:4px 0 0;">Dolmetschen · Technik · Übersetzung</p></td></tr>
<tr><td>
<p>Sehr geehrte Veranstalterinnen und Veranstalter,<br><i>(English version below)</i></p>
<p>Sie planen den <b>Tag der Migrantenselbstorganisationen am 13. März 2027</b>? Damit alle Teilnehmenden mitreden können, bieten wir Ihnen:</p>
<ul><li>Simultandolmetschen in über 40 Sprachen, auch Tigrinya, Dari und Albanisch</li><li>Personenführungsanlagen (Flüsteranlagen) für bis zu 120 Personen</li><li>Übersetzung Ihrer Einladung und Ihres Anmeldeformulars in 24 Stunden</li></ul>
<p><a href="https://linguapro-events.example/angebot" style="background:#e4572e;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Jetzt buchen – 15&nbsp;% Frühbucherrabatt bis 28.02.</a></p>
<hr>
<p>Dear event organisers,</p>
<p>Are you planning the Day of Migrant Self-Organisations on 13 March 2027? We offer simultaneous interpreting in over 40 languages, tour-guide systems for up to 120 persons and translation of your invitation and registration form within 24 hours.</p>
<p><a href="https://linguapro-events.example/offer">Book by 28 February and get a 15&nbsp;% early-bird discount</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7280;">LinguaPro Events GmbH · Hammer Straße 212 · 48153 Münster<br>
Sie erhalten diese E-Mail als Veranstalter im Münsterland. <a href="https://linguapro-events.example/abmelden?u=mso-tag">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("linguapro-interpreting-advert-de-en", "2027-02-17 10:15:00",
      E("other"), "de+en")
def _(m):
    m.head(("From", "LinguaPro Events <news@linguapro-events.example>"),
           ("To", MSO),
           ("Subject", ew("Ihr MSO-Tag am 13.03. – Dolmetschen in 40 Sprachen, 15 % Frühbucherrabatt",
                          "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<cmp-2027-02-mso.4471.a9e2@linguapro-events.example>"),
           ("List-Unsubscribe", "<https://linguapro-events.example/abmelden?u=mso-tag>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "CleverReach Mailer"),
           ("MIME-Version", "1.0"))
    m.alternative(LINGUA_TEXT, LINGUA_HTML, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Tests: change AG2 -> AG1 in Spanish then German (Spanish Gmail quote); only the Spanish keeps AG 2 as a fallback -> AG1, AG2.

PAREDES_TEXT = """Hola:

quisiera cambiar de grupo de trabajo: en lugar del grupo 2 me gustaría ir al grupo 1 (educación). Si en el grupo 1 ya no hay plazas, me quedo en el 2.

Hallo,

ich möchte gern die Arbeitsgruppe wechseln: statt AG 2 möchte ich in die AG 1 (Bildung).

Gracias / Danke
Gabriela Paredes
Centro Cultural Peruano Münster"""

PAREDES_QUOTE = (f"El jue, 4 feb 2027 a las 18:31, Tag der Migrantenselbstorganisationen (<{MSO}>) escribió:",
                 confirmation("Frau Paredes", "AG2", 1))


@mail("paredes-change-es-de-fallback-only-in-spanish", "2027-02-18 12:30:41",
      E("change", "gabriela.paredes@mail.example", "Gabriela Paredes",
        "Centro Cultural Peruano Münster", ["AG1", "AG2"], None, "es"), "es+de")
def _(m):
    m.head(("From", "Gabriela Paredes <gabriela.paredes@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAH2nZw7Rt0Yq5Xk8Vb3Lp6Mc1Jd4Fs9Ge2Ua7Io0Te5Wq8Rm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270204183107.b28e@muenster.example>"),
           ("References", "<mailbot.20270204183107.b28e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(PAREDES_TEXT, PAREDES_QUOTE), gmail_html(PAREDES_TEXT, PAREDES_QUOTE),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Tests: question in Albanian and German (may our dance group perform in the break?); iso-8859-1; no registration.

@mail("rexhepi-sq-de-question-dance-group", "2027-02-20 16:45:19",
      E("question", "valbona.rexhepi@vallja-ms.example", "Valbona Rexhepi",
        'Grupi i Valleve "Rugova" Münster', [], None, "sq"), "sq+de")
def _(m):
    m.head(("From", "Valbona Rexhepi <valbona.rexhepi@vallja-ms.example>"),
           ("To", MSO),
           ("Subject", ew("Pyetje / Frage: Vallëzim në pushim?", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270220164519.6B1D3E72@webmail.vallja-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Përshëndetje,

grupi ynë i valleve popullore shqiptare do të donte të paraqitej shkurt (rreth 10 minuta) gjatë pushimit të drekës në Ditën e Organizatave të Migrantëve. A është e mundur kjo? Do të na duhej vetëm pak hapësirë dhe një prizë për muzikën.

Guten Tag,

unsere albanische Volkstanzgruppe würde beim Tag der Migrantenselbstorganisationen gern in der Mittagspause kurz auftreten (etwa 10 Minuten). Ist das möglich? Wir bräuchten nur etwas Platz und eine Steckdose für die Musik.

Faleminderit / Vielen Dank
Valbona Rexhepi
Grupi i Valleve "Rugova" Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Tests: change of party size 2 -> 3 in Ukrainian then German (Outlook, UTF-8, German "Von:/Gesendet:" quote block naming AG 2 and 2 persons); no new workgroup.

HRYTSENKO_TEXT = """Добрий день,

ми зареєстровані вдвох на 13 березня. Чи можна додати ще одну особу – нашу бухгалтерку Світлану Ткаченко? Тоді нас буде троє. Робоча група залишається та сама.

Guten Tag,

wir sind zu zweit für den 13. März angemeldet. Können Sie noch eine Person hinzufügen – unsere Kassiererin Svitlana Tkachenko? Dann sind wir zu dritt. Die Arbeitsgruppe bleibt dieselbe.

З повагою / Mit freundlichen Grüßen
Olena Hrytsenko
Dnipro – Deutsch-Ukrainischer Verein Münster e.V."""

HRYTSENKO_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                   "Mittwoch, 27. Januar 2027 09:05",
                   "Hrytsenko, Olena <olena.hrytsenko@dnipro-verein.example>",
                   CONFIRMATION_SUBJECT, confirmation("Frau Hrytsenko", "AG2", 2))


@mail("hrytsenko-change-uk-de-party-plus-one", "2027-02-22 09:05:27",
      E("change", "olena.hrytsenko@dnipro-verein.example", "Olena Hrytsenko",
        "Dnipro – Deutsch-Ukrainischer Verein Münster e.V.", [], 3, "uk"), "uk+de")
def _(m):
    m.head(("From", '"Hrytsenko, Olena" <olena.hrytsenko@dnipro-verein.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbcFk1Vz8Qm3Lx0Rk9Tn2Wb4Yc6g=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB4821B7D3E5A90C2F1E6D8A43C5B7@VI1PR06MB4821.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270127090511.3e6d@muenster.example>"),
           ("References", "<mailbot.20270127090511.3e6d@muenster.example>"),
           ("Accept-Language", "uk-UA, de-DE"),
           ("Content-Language", "uk-UA"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(HRYTSENKO_TEXT, HRYTSENKO_QUOTE),
                  outlook_html(HRYTSENKO_TEXT, HRYTSENKO_QUOTE, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Tests: change AG3 -> AG1 in Tigrinya then German, from an Android Gmail with an English attribution line over the German confirmation.

GHIRMAY_TEXT = """ሰላም፣
ኣብ ሳልሳይ ጉጅለ ስራሕ ተመዝጊበ ኣለኹ፣ ግን ናብ ቀዳማይ ጉጅለ ስራሕ (ትምህርቲ) ክቕየር እደሊ።
የቐንየለይ

Hallo,
ich bin in der AG 3 angemeldet, möchte aber in die AG 1 (Bildung) wechseln.
Danke

Senait Ghirmay"""

GHIRMAY_QUOTE = (f"On Thu, Feb 11, 2027 at 3:20 PM Tag der Migrantenselbstorganisationen <{MSO}> wrote:",
                 confirmation("Frau Ghirmay", "AG3", 1))


@mail("ghirmay-change-ti-de-english-attribution", "2027-02-24 20:30:02",
      E("change", "senait.ghirmay@mail.example", "Senait Ghirmay", None, ["AG1"], None, "ti"), "ti+de")
def _(m):
    m.head(("From", "Senait Ghirmay <senait.ghirmay@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ9pXq4Wt7Rn2Zk5Vb8Ly1Mc3Hd6Fs0Ge9Ua4Io7Te2Wq5Tz@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270211152003.c71a@muenster.example>"),
           ("References", "<mailbot.20270211152003.c71a@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(GHIRMAY_TEXT, GHIRMAY_QUOTE), gmail_html(GHIRMAY_TEXT, GHIRMAY_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 038 ---------------------------------------------------------------------
# Tests: the German reads like a cancellation, the Turkish original keeps the writer registered and only drops his colleague -> change, 2 -> 1 (Thunderbird, Turkish attribution).

CELIK_TEXT = """Merhaba,

13 Mart için iki kişi kayıtlıyız (ben ve meslektaşım Hakan Er). Hakan Bey maalesef o gün gelemeyecek, çünkü ailede bir düğün var. Ben yine de geleceğim, lütfen kaydı sadece benim adıma bırakın, yani 1 kişi.

Hallo,

leider kann mein Kollege Hakan Er am 13. März nicht kommen, weil er eine Hochzeit in der Familie hat. Bitte streichen Sie die Anmeldung.

Teşekkürler / Danke
Mustafa Çelik
Türkischer Arbeitnehmerverein Münster e.V."""


@mail("celik-tr-de-german-reads-as-cancellation", "2027-02-26 08:55:39",
      E("change", "mustafa.celik@tav-muenster.example", "Mustafa Çelik",
        "Türkischer Arbeitnehmerverein Münster e.V.", [], 1, "tr"), "tr+de")
def _(m):
    m.head(("From", addr("Mustafa Çelik", "mustafa.celik@tav-muenster.example", "utf-8", "q")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9f1b7c2e-5a3d-4e80-b6c4-d2e8a0f31b75@tav-muenster.example>"),
           ("In-Reply-To", "<mailbot.20270125114612.5f0c@muenster.example>"),
           ("References", "<mailbot.20270125114612.5f0c@muenster.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""{CELIK_TEXT}

25.01.2027 11:46 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Çelik", "AG2", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Tests: cancellation in Farsi then German answering the confirmation (AG 1, 3 persons) with a Persian Gmail attribution line in Persian digits.

SADEGHI_TEXT = """سلام،

متأسفانه به دلیل بیماری پدرم باید به ایران سفر کنم و نمی‌توانیم روز ۱۳ مارس شرکت کنیم. لطفاً ثبت‌نام ما (۳ نفر) را لغو کنید. عذر می‌خواهم.

Guten Tag,

leider muss ich wegen der Krankheit meines Vaters in den Iran reisen, deshalb können wir am 13. März nicht teilnehmen. Bitte stornieren Sie unsere Anmeldung (3 Personen). Entschuldigung.

با سپاس / Vielen Dank
Nasim Sadeghi"""

SADEGHI_QUOTE = (f"در تاریخ دوشنبه ۱ فوریه ۲۰۲۷ ساعت ۱۴:۲۲ Tag der Migrantenselbstorganisationen <{MSO}> نوشت:",
                 confirmation("Frau Sadeghi", "AG1", 3))


@mail("sadeghi-cancel-fa-de-persian-attribution", "2027-03-01 13:10:45",
      E("cancellation", "nasim.sadeghi@mail.example", "Nasim Sadeghi", None, [], None, "fa"), "fa+de")
def _(m):
    m.head(("From", "Nasim Sadeghi <nasim.sadeghi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1rWz6Yt9Qn4Xp7Vb0Lk3Mc5Jh8Fs2Ge6Ua1Io4Te9Wr7Nd@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270201142209.0d4b@muenster.example>"),
           ("References", "<mailbot.20270201142209.0d4b@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SADEGHI_TEXT, SADEGHI_QUOTE), gmail_html(SADEGHI_TEXT, SADEGHI_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 040 ---------------------------------------------------------------------
# Tests: cancellation in Albanian then German, Outlook HTML only (windows-1252) quoting the confirmation (AG 3, 2 persons).

DERVISHI_TEXT = """Të nderuar,

për shkak të një mbledhjeje të jashtëzakonshme të shoqatës sonë në të njëjtën ditë, fatkeqësisht nuk mund të marrim pjesë më 13 mars. Ju lutem anuloni regjistrimin tonë.

Sehr geehrte Damen und Herren,

wegen einer außerordentlichen Mitgliederversammlung unseres Vereins am selben Tag können wir am 13. März leider nicht teilnehmen. Bitte stornieren Sie unsere Anmeldung.

Me respekt / Mit freundlichen Grüßen
Ilir Dervishi
Sekretar / Schriftführer
Albanisch-Deutscher Bildungsverein Münster e.V."""

DERVISHI_QUOTE = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
                  "Donnerstag, 18. Februar 2027 17:42",
                  "Dervishi, Ilir <ilir.dervishi@adbv-muenster.example>",
                  CONFIRMATION_SUBJECT, confirmation("Herr Dervishi", "AG3", 2))


@mail("dervishi-cancel-sq-de-outlook-html", "2027-03-03 18:20:16",
      E("cancellation", "ilir.dervishi@adbv-muenster.example", "Ilir Dervishi",
        "Albanisch-Deutscher Bildungsverein Münster e.V.", [], None, "sq"), "sq+de")
def _(m):
    m.head(("From", '"Dervishi, Ilir" <ilir.dervishi@adbv-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbgZ3xKq7Wm0Lp4Rz8Tn1Yb5Vc2g=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7306A1C4E8F27B5D0E3C9A62D4B8@DB9PR03MB7306.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270218174205.8e3a@muenster.example>"),
           ("References", "<mailbot.20270218174205.8e3a@muenster.example>"),
           ("Content-Language", "sq-AL"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(DERVISHI_TEXT, DERVISHI_QUOTE), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Tests: vacation reply in Ukrainian and German to the 7-day reminder, marked by X-Autoreply and Auto-Submitted.

@mail("lysenko-vacation-uk-de-to-reminder", "2027-03-06 10:07:31",
      E("auto_reply"), "uk+de")
def _(m):
    m.head(("From", addr("Андрій Лисенко", "andrii.lysenko@ukr-sport-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Автовідповідь / Automatische Antwort: " + REMINDER_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1772788051.20117@ukr-sport-ms.example>"),
           ("In-Reply-To", "<erinnerung-7d-mso-2027.20270306100004.11@muenster.example>"),
           ("References", "<erinnerung-7d-mso-2027.20270306100004.11@muenster.example>"),
           ("X-Autoreply", "yes"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Дякую за лист! Я у відпустці до 15 березня і не маю доступу до пошти. Ваш лист не пересилається.

Vielen Dank für Ihre Nachricht! Ich bin bis zum 15. März im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Андрій Лисенко / Andrii Lysenko
""", charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# Tests: registration after the deadline, Albanian then German ("if there is still room") - still a registration.

@mail("hoxha-sq-de-late-registration", "2027-03-08 09:40:53",
      E("registration", "fatmire.hoxha@bashkimi-ms.example", "Fatmire Hoxha",
        'Shoqata "Bashkimi" Münster e.V.', ["AG2"], 1, "sq"), "sq+de")
def _(m):
    m.head(("From", "Fatmire Hoxha <fatmire.hoxha@bashkimi-ms.example>"),
           ("To", MSO),
           ("Subject", "Regjistrim i vonuar / Verspätete Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAB3tYw8Rq1Xn4Zp7Vk0Lb6Mc9Jd2Fs5Ge8Ua3Io6Te1Wq4Ys@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Përshëndetje,
e di që afati i regjistrimit ka kaluar më 6 mars, por nëse ka ende vend, do të doja të vija në grupin e punës 2 (e ardhmja e Münsterit). Vij vetëm, për shoqatën "Bashkimi".
Faleminderit shumë!

Guten Tag,
ich weiß, dass die Anmeldefrist am 6. März abgelaufen ist, aber wenn noch Platz ist, würde ich gern in die Arbeitsgruppe 2 (Münsters Zukunftsprozess) kommen. Ich komme allein, für den Verein "Bashkimi".
Vielen Dank!

Fatmire Hoxha
Shoqata "Bashkimi" Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Tests: cancellation in Arabic then English, Gmail with an English attribution over the German confirmation (AG 2, 1 person).

SALEH_TEXT = """مرحباً،

للأسف لن أتمكن من الحضور يوم 13 آذار بسبب ظرف عائلي طارئ. أرجو إلغاء تسجيلي.

Hello,

Unfortunately I will not be able to attend on 13 March due to a family emergency. Please cancel my registration.

مع الشكر / Thank you
Mahmoud Saleh
Jordanisch-Deutscher Freundeskreis Münster"""

SALEH_QUOTE = (f"On Fri, Feb 19, 2027 at 9:41 AM Tag der Migrantenselbstorganisationen <{MSO}> wrote:",
               confirmation("Herr Saleh", "AG2", 1))


@mail("saleh-cancel-ar-en", "2027-03-10 21:15:04",
      E("cancellation", "mahmoud.saleh@mail.example", "Mahmoud Saleh",
        "Jordanisch-Deutscher Freundeskreis Münster", [], None, "ar"), "ar+en")
def _(m):
    m.head(("From", "Mahmoud Saleh <mahmoud.saleh@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAE4wNz9Yt2Rq7Xk0Vb5Lp8Mc3Jh6Fs1Ge4Ua9Io2Te7Wn0Rv@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270219094133.6b2f@muenster.example>"),
           ("References", "<mailbot.20270219094133.6b2f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(gmail_plain(SALEH_TEXT, SALEH_QUOTE), gmail_html(SALEH_TEXT, SALEH_QUOTE),
                  charset="utf-8", cte="base64", style="gmail")


# -- 044 ---------------------------------------------------------------------
# Tests: cancellation from an iPhone, Spanish then German, quoting the confirmation (AG 3, 2); the German gives "persönliche Gründe" where the Spanish names an operation.

@mail("salazar-cancel-es-de-iphone", "2027-03-12 07:30:22",
      E("cancellation", "rodrigo.salazar@mail.example", "Rodrigo Salazar", None, [], None, "es"), "es+de")
def _(m):
    m.head(("From", "Rodrigo Salazar <rodrigo.salazar@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4D7A1E93-B2C8-4F05-A6E1-9C3B5D8F2A70@mail.example>"),
           ("In-Reply-To", "<mailbot.20270222160318.a4c9@muenster.example>"),
           ("References", "<mailbot.20270222160318.a4c9@muenster.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Buenos días:

lamentablemente operaron a mi esposa de urgencia anoche y no podremos ir mañana. Por favor, cancelen nuestra inscripción.

Guten Morgen,

leider können wir morgen aus persönlichen Gründen nicht kommen. Bitte stornieren Sie unsere Anmeldung.

Rodrigo Salazar

Enviado desde mi iPhone

El 22 feb 2027, a las 16:03, Tag der Migrantenselbstorganisationen <{MSO}> escribió:

{gt_quote(confirmation("Herr Salazar", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_langs, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_langs))
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
PERSON_KINDS = ("registration", "change", "cancellation", "question")


def check_labels(e, text_langs):
    """Problems with one expected record on its own."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WGS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups for a kind without choices")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("bad change party_size")
    elif ps is not None:
        problems.append("party_size must be null")
    if kind in PERSON_KINDS:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        if not e["name"]:
            problems.append("person mail needs a name")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        elif e["language"] not in text_langs.split("+"):
            problems.append(f"language {e['language']} not among the text languages {text_langs}")
        if e["bounced_recipient"] is not None:
            problems.append("bounced_recipient for a person mail")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
        if kind == "bounce":
            br = e["bounced_recipient"]
            if not br or br != br.lower():
                problems.append("bounce needs a lower-case bounced_recipient")
        elif e["bounced_recipient"] is not None:
            problems.append("bounced_recipient only for bounces")
    return problems


def check(name, data, m, expected, text_langs):
    """Problems found in one written mail (empty list when fine)."""
    problems = check_labels(expected, text_langs)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
    got = [p.get_content() for p in leaves(msg)]
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if g.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # decoded headers and bodies, nested messages included
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
    # labels agree with the mail
    if expected["kind"] in PERSON_KINDS:
        own = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if expected["email"] not in own and expected["email"] not in text.lower():
            problems.append("email is neither From/Reply-To nor in the text")
        for k in ("name", "organisation"):
            if expected[k] and expected[k] not in text:
                problems.append(f"{k} {expected[k]!r} not written in the mail")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if expected["kind"] in ("change", "cancellation"):
        if not str(msg["Subject"]).startswith(("Re:", "AW:")) or msg["In-Reply-To"] is None:
            problems.append("change/cancellation should answer the confirmation")
        if "Angemeldete Personen:" not in text:
            problems.append("change/cancellation should quote the confirmation")
    return problems


def senders(datas):
    """From addresses; each must occur once in the corpus."""
    out = []
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        out.append(getaddresses([str(msg["From"])])[0][1].lower())
    return out


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter()
    for _, _, e, tl in built:
        lang = e["language"] or tl.split("+")[0]
        table[(lang, e["kind"])] += 1
    pairs = collections.Counter(tl for _, _, _, tl in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({lang for lang, _ in table})
    print("language x kind (person mails: expected language; machine mails: first text language):")
    print("      " + " ".join(f"{k[:5]:>5}" for k in KINDS) + "   all")
    for lang in langs:
        row = [table[(lang, k)] for k in KINDS]
        print(f"  {lang:4}" + " ".join(f"{v or '':>5}" for v in row) + f" {sum(row):5}")
    print("text language combinations:", dict(sorted(pairs.items())))
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

    for (name, m, e, tl), data in zip(built, datas):
        for problem in check(name, data, m, e, tl):
            print(f"{name}: {problem}")
            bad += 1
    for addr_, k in collections.Counter(senders(datas)).items():
        if k > 1:
            print(f"sender {addr_} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should hold 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
