#!/usr/bin/env python3
"""Build the "final25e" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Theme: MSO-Tag 2027 (config.toml is a byte-identical copy of the dev config).
Mails about who comes and for how long: families and groups with their
composition, people coming only in the morning or only in the afternoon,
arriving late or leaving early, bringing a baby, an assistant, an interpreter
or a driver, groups split across workgroups, fasting notes.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it: no defects,
each body part decodes to exactly the text written here, RFC 2047 names decode
to the intended text, example domains only, labels well formed and agreeing
with the mail, no sender twice.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.
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

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
INVITATION_ID = "<einladung-mso-2027.20270112140312@muenster.example>"
REMINDER_ID = "<erinnerung-mso-2027.20270211100004@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")


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
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
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


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


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
        self.crlf = False
        self._nboundary = 0

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Set trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in the given order.  ASCII values (plain or already RFC 2047-encoded)
        are stored verbatim, folded at spaces when long; values with non-ASCII
        characters go through the policy, which encodes them as UTF-8."""
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
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
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
    def _record(self, content):
        self.intended.append(content)

    def text(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
             params=None, headers=None, record=True):
        """A text leaf part (MIMEPart), for use inside a multipart."""
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in (headers or []):
            p[k] = v
        if record:
            self._record(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        """The whole body is one text part."""
        # set_content() drops every Content-* header; keep Content-Language.
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte,
                             params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    # -- containers ----------------------------------------------------------
    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_AM9PR07MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
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

    # -- output ----------------------------------------------------------------
    def as_bytes(self):
        pol = POLICY.clone(linesep="\r\n") if self.crlf else POLICY
        return self.msg.as_bytes(policy=pol)


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


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Windows-1252">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.E-MailFormatvorlage18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
div.WordSection1
	{page:WordSection1;}
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
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None):
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
    return OUTLOOK_HEAD + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=1):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco



# ---------------------------------------------------------------------------
# additions for this set
# ---------------------------------------------------------------------------

REMINDER_SUBJECT = "Erinnerung: Tag der Migrantenselbstorganisationen 2027 am 13. März"
REMINDER_ID = "<mailbot.20270306100002.r7d1@muenster.example>"


def named(m, name, address, charset="utf-8", enc="q"):
    """'Name <address>' with the name as RFC 2047 words in `charset`; the check
    later asserts that the From/Reply-To display name decodes to `name`."""
    m.want_names = getattr(m, "want_names", []) + [name]
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote_blank(text):
    """Apple Mail / iOS quoting: '> ' before every line, blank lines as '>'."""
    return gt_quote(text)


# -- 001 ---------------------------------------------------------------------
# Family of five written as "2 Erwachsene und 3 Kinder", the children's ages
# (3, 7 und 11) are not workgroups or sizes; Thunderbird reply quoting the
# whole invitation (all three AGs in the quote, the choice only in new text).

@mail("demir-family-two-adults-three-children", "2027-01-12 17:22:40",
      E("registration", "leyla.demir@elternbund-kinderhaus.example", "Leyla Demir",
        "Elternbund Kinderhaus e.V.", ["AG1"], 5, "de"), "de")
def _(m):
    m.head(("From", named(m, "Leyla Demir", "leyla.demir@elternbund-kinderhaus.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1f0c7e-2d43-4a9b-8e61-0f3c9d2a7b15@elternbund-kinderhaus.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für die Einladung, da sind wir gern dabei! Ich melde uns als Familie
an: 2 Erwachsene und 3 Kinder (3, 7 und 11 Jahre). Mein Mann und ich möchten
beide in die AG 1, das Thema Bildung ist für uns als Eltern am wichtigsten.

Die Kinder sind brav, versprochen :-) Falls es eine Spielecke gibt, wäre
das toll, sonst bringen wir Malsachen mit.

Viele Grüße
Leyla Demir

-- 
Elternbund Kinderhaus e.V.
Vorstand

Am 12.01.27 um 14:03 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64.  "Dört kişi geleceğiz,
# ikisi genç (15 ve 17 yaşında)" = four of us, two of them teenagers -> 4.

KOC_TEXT = """Merhaba,

13 Mart'taki MSO-Tag'e derneğimiz adına kayıt olmak istiyorum.
Dört kişi geleceğiz, ikisi genç (15 ve 17 yaşında), gençlik grubumuzdan.
Hepimiz 1. çalışma grubuna (eğitim sistemi) katılmak istiyoruz, gençler de okul konusunda söz almak istiyor.

Şimdiden teşekkürler,
Emine Koç
Münster Türk Veli Derneği"""


@mail("koc-turkish-four-two-teenagers", "2027-01-13 09:48:12",
      E("registration", "emine.koc@tvd-muenster.example", "Emine Koç",
        "Münster Türk Veli Derneği", ["AG1"], 4, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Emine Koç", "emine.koc@tvd-muenster.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "MSO-Tag kayıt"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kT9pQw2Lx7vN0dRb4mZ8sYc1hJ6uGe5aK3oV9iW2tXnB7qg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOC_TEXT, gmail_html(KOC_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 003 ---------------------------------------------------------------------
# Morning only: "an einer der Arbeitsgruppen werde ich deshalb nicht
# teilnehmen können" -> no workgroup, 1 person.  Outlook multipart/alternative,
# windows-1252 quoted-printable; "Schatzmeister" and the phone number are noise.

TIEMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

hiermit melde ich mich für den Tag der Migrantenselbstorganisationen am 13. März an.

Ich kann allerdings nur am Vormittag dabei sein, weil ich um 13 Uhr in Osnabrück sein muss. An einer der Arbeitsgruppen werde ich deshalb nicht teilnehmen können – den Auftakt und die Vorträge möchte ich aber auf keinen Fall verpassen.

Mit freundlichen Grüßen

Hans-Werner Tiemann
Schatzmeister
Deutsch-Afrikanische Gesellschaft Münster e.V.
Tel. 0251 / 7 18 22 40"""


@mail("tiemann-morning-only-no-workgroup", "2027-01-14 08:31:05",
      E("registration", "hw.tiemann@dag-muenster.example", "Hans-Werner Tiemann",
        "Deutsch-Afrikanische Gesellschaft Münster e.V.", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Tiemann, Hans-Werner" <hw.tiemann@dag-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtmQ1x7Rk2bVf0nTzqWc8oA4h5Lsg=="),
           ("Date", m.date),
           ("Message-ID", "<AM6PR03MB4471C2D9E8F7A6B5C4D3E2F1A0B9@AM6PR03MB4471.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TIEMANN_TEXT), outlook_html(TIEMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 004 ---------------------------------------------------------------------
# Arabic, UTF-8 base64.  "أنا وزوجي وطفلانا (٦ و٩ سنوات)" = me, my husband and
# our two children (ages in Arabic-Indic digits) -> 4; "بعد الظهر فقط" = only
# in the afternoon; "مجموعة العمل الثالثة" = the third workgroup.  The signature
# in Arabic script beats the Latin display name.

@mail("alhassan-arabic-family-afternoon-only", "2027-01-15 20:12:37",
      E("registration", "rim.alhassan@jusur-ev.example", "ريم الحسن",
        "Jusur – Elterninitiative arabischer Familien Münster e.V.", ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", named(m, "Rim Al-Hassan", "rim.alhassan@jusur-ev.example")),
           ("To", MSO),
           ("Subject", "تسجيل – MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH2nR8wVx4Kp1sT7mQ0cLz9bYf3dJ6gUe2aN5oX8iB1rW4tEkq@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أودّ أن أسجّل عائلتي في يوم منظمات المهاجرين (Tag der Migrantenselbstorganisationen) يوم 13 آذار/مارس.
سنأتي أنا وزوجي وطفلانا (٦ و٩ سنوات)، لكن بعد الظهر فقط، لأن عند الأولاد درس قرآن صباح السبت.
نرغب في المشاركة في مجموعة العمل الثالثة (Förderung und Vereinsmanagement)، فجمعيتنا صغيرة وجديدة ونبحث عن تمويل.

شكراً جزيلاً،
ريم الحسن
Jusur – Elterninitiative arabischer Familien Münster e.V.
""", charset="utf-8", cte="base64")


# -- 005 ---------------------------------------------------------------------
# English, plain ASCII.  A baby in a sling, counted by the writer herself:
# "it's two of us" -> 2; "5 months" is an age.

@mail("okonkwo-reid-english-baby", "2027-01-16 11:05:52",
      E("registration", "amara.okonkwo-reid@bcn-muenster.example", "Amara Okonkwo-Reid",
        "Black Community Network Muenster", ["AG2"], 2, "en"), "en")
def _(m):
    m.head(("From", named(m, "Amara Okonkwo-Reid", "amara.okonkwo-reid@bcn-muenster.example")),
           ("To", MSO),
           ("Subject", "Registration 13 March (with baby)"),
           ("Date", m.date),
           ("Message-ID", "<DU2P189MB2210A7C6B5D4E3F2@DU2P189MB2210.EURP189.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'd like to register for the MSO-Tag on 13 March. I'm interested in
workgroup 2 (Muenster's future process).

One thing: I'm on maternity leave and will have to bring my son - he'll
be 5 months old by then. So it's two of us, although he won't need a
chair :) He's usually happy in the sling, and if he gets fussy I'll step
out, promise.

Is there somewhere I could change him?

Thanks so much,
Amara Okonkwo-Reid
Black Community Network Muenster
""", charset="us-ascii", cte="7bit")


# -- 006 ---------------------------------------------------------------------
# Kurmanji, iso-8859-9 quoted-printable (Latin-5 carries ê, î, û, ç, ş).
# "Em ê 3 kes bin: ez, jina min û keça me ya 16 salî" = we will be 3: me, my
# wife and our 16-year-old daughter; "koma xebatê ya duyemîn" = second workgroup.

@mail("ehmed-kurmanji-three-persons", "2027-01-18 19:40:03",
      E("registration", "dilovan.ehmed@komeleya-kurdi.example", "Dilovan Ehmed",
        "Komeleya Çand û Hunerê ya Kurdî Münster e.V.", ["AG2"], 3, "ku"), "ku")
def _(m):
    m.head(("From", named(m, "Dilovan Ehmed", "dilovan.ehmed@komeleya-kurdi.example")),
           ("To", MSO),
           ("Subject", ew("Qeyd ji bo MSO-Tag – 13ê Adarê", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270118194003.4f2a91c7@komeleya-kurdi.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Silav û rêz,

Ez dixwazim xwe ji bo Roja Rêxistinên Koçberan (Tag der Migrantenselbstorganisationen) a 13ê Adarê li Münsterê qeyd bikim.
Em ê 3 kes bin: ez, jina min û keça me ya 16 salî.
Em dixwazin beşdarî koma xebatê ya duyemîn bibin (pêşeroja bajêr / Zukunftsprozess).

Gelek spas,
Dilovan Ehmed
Komeleya Çand û Hunerê ya Kurdî Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Wheelchair user with a personal assistant who is with him all day: 2.
# Registration plus a question about access (still a registration).  iPhone.

@mail("yuecel-wheelchair-with-assistant", "2027-01-19 13:17:29",
      E("registration", "murat.yuecel@birlikte-inklusion.example", "Murat Yücel",
        "Birlikte – Inklusion und Migration e.V.", ["AG3"], 2, "de"), "de")
def _(m):
    m.head(("From", named(m, "Murat Yücel", "murat.yuecel@birlikte-inklusion.example")),
           ("To", MSO),
           ("Subject", "Anmeldung + Frage Barrierefreiheit"),
           ("Date", m.date),
           ("Message-ID", "<9C4E2B71-5A3D-4F08-B6E1-2D7A9C0F3E58@birlikte-inklusion.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich möchte mich für den MSO-Tag am 13.3. anmelden, AG 3 (Förderung/Vereinsmanagement).

Ich bin Rollstuhlfahrer und komme mit meiner persönlichen Assistenz, Herrn Kowalski, der mich den ganzen Tag begleitet. Er nimmt nicht für einen Verein teil, muss aber natürlich mit in den Raum. Bitte also 2 Personen einplanen.

Ist das Stadtweinhaus barrierefrei, gibt es einen Aufzug und ein rollstuhlgerechtes WC?

Danke und Gruß
Murat Yücel
Birlikte – Inklusion und Migration e.V.

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# French, iso-8859-1 quoted-printable.  Family of four ("mon mari, moi et nos
# deux enfants de 8 et 12 ans"), arriving late at 11h30; "l'atelier 1".

@mail("traore-french-family-arriving-late", "2027-01-20 18:26:44",
      E("registration", "mariam.traore@acim-muenster.example", "Mariam Traoré",
        "Association Culturelle Ivoirienne de Münster", ["AG1"], 4, "fr"), "fr")
def _(m):
    m.head(("From", named(m, "Mariam Traoré", "mariam.traore@acim-muenster.example",
                         "iso-8859-1", "q")),
           ("To", MSO),
           ("Subject", ew("Inscription famille Traoré – 13 mars", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270120182644.7c3d1e0a@acim-muenster.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.5"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour Madame,

Je voudrais inscrire ma famille à la journée des organisations de migrants du 13 mars.
Nous serons quatre : mon mari, moi et nos deux enfants de 8 et 12 ans.
Nous arriverons un peu en retard, vers 11h30, car notre fille a son cours de natation le samedi matin.
Mon mari et moi souhaitons participer à l'atelier 1 sur l'éducation.

Merci d'avance et bonne journée,
Mariam Traoré
Association Culturelle Ivoirienne de Münster
""", charset="iso-8859-1", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Russian, windows-1251 quoted-printable, sent from the club's shared mailbox
# with a personal Reply-To (which wins).  "трое взрослых и двое детей (10 и 13
# лет)" = three adults and two children -> 5; leaving early at 15:00.

BECKER_TEXT = """Добрый день!

Хочу зарегистрировать нашу группу на День организаций мигрантов 13 марта.
Нас будет пятеро: трое взрослых и двое детей (10 и 13 лет).
Мы хотели бы во вторую рабочую группу (Zukunftsprozess).
Уйти нам придётся немного раньше, около 15:00 – в 16:30 у детей концерт в нашем клубе.

Ответ, пожалуйста, на мой личный адрес, ящик клуба я проверяю редко.

С уважением,
Tatjana Becker
Kulturverein „Berjoska“ e.V."""


@mail("becker-russian-five-leaving-early-reply-to", "2027-01-21 10:03:58",
      E("registration", "t.becker@berjoska-muenster.example", "Tatjana Becker",
        "Kulturverein „Berjoska“ e.V.", ["AG2"], 5, "ru"), "ru")
def _(m):
    m.head(("From", '"Kulturverein Berjoska e.V." <info@berjoska-muenster.example>'),
           ("Reply-To", named(m, "Tatjana Becker", "t.becker@berjoska-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Регистрация группы – 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768986238.552019.3341@webmail.berjoska-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(BECKER_TEXT + "\n", charset="windows-1251", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Question, not a registration: they will register "zu viert für die AG 1"
# only if children are allowed.  "unserem Moscheeverein" is no name.

@mail("simsek-question-children-allowed", "2027-01-22 21:14:09",
      E("question", "kuebra.simsek@webpost.example", "Kübra Şimşek", None, [], None, "de"), "de")
def _(m):
    m.head(("From", named(m, "Kübra Şimşek", "kuebra.simsek@webpost.example")),
           ("To", MSO),
           ("Subject", "Frage: Kinder beim MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3e8b1d0c-7a52-4f19-9c64-b2e0d7a1f8c3-1769112849311@3c-app-webpost-bs07>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

wir haben die Einladung zum MSO-Tag über unseren Moscheeverein bekommen und würden gern kommen. Wir sind aber eine Familie mit zwei kleinen Kindern (2 und 6 Jahre) und haben am Samstag niemanden, der auf sie aufpasst.

Gibt es bei der Veranstaltung eine Kinderbetreuung? Oder dürfen die Kinder mit in die Arbeitsgruppe? Wenn das geht, melden wir uns gern zu viert für die AG 1 an.

Liebe Grüße
Kübra Şimşek
""", charset="utf-8", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# A board of five split across two workgroups; the writer's own group (AG 3)
# is the label, party_size counts all five.  "kommt erst gegen 12 Uhr" is about
# one member.  Outlook HTML only, windows-1252 quoted-printable.

TEKLE_TEXT = """Sehr geehrte Damen und Herren,

für die Eritreische Gemeinde Münster e.V. melden wir uns mit fünf Personen aus dem Vorstand zum Tag der Migrantenselbstorganisationen an.

Wir möchten uns auf zwei Arbeitsgruppen aufteilen:
- AG 3: unser Kassierer Yonas Gebremariam und ich
- AG 1: Frau Helen Haile, Herr Dawit Tesfay und Herr Amanuel Kidane

Herr Kidane kommt erst gegen 12 Uhr dazu, er arbeitet samstags vormittags.

Mit freundlichen Grüßen

Semhar Tekle
Vorsitzende
Eritreische Gemeinde Münster e.V."""


@mail("tekle-board-split-across-two-ags", "2027-01-25 09:12:31",
      E("registration", "semhar.tekle@eritreische-gemeinde.example", "Semhar Tekle",
        "Eritreische Gemeinde Münster e.V.", ["AG3"], 5, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Tekle, Semhar" <semhar.tekle@eritreische-gemeinde.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Eritreische Gemeinde - 5 Personen"),
           ("Thread-Topic", "Anmeldung Eritreische Gemeinde - 5 Personen"),
           ("Thread-Index", "AdtvB2Wm9kQx1Lr4TnYe0zc7Pj3Hfw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR10MB6120E4F3A2B1C0D9E8F7A6B5C4D3@DB9PR10MB6120.eurprd10.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(TEKLE_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Turkish, iso-8859-9 quoted-printable.  Three members plus their driver, who
# stays all day and eats with them but joins no workgroup -> 4.  "Üçümüz de 3.
# çalışma grubuna" = all three of us to the 3rd workgroup.

@mail("aydogan-turkish-driver-stays-all-day", "2027-01-26 15:44:18",
      E("registration", "recep.aydogan@mtkd-muenster.example", "Recep Aydoğan",
        "Münster Türk Kültür ve Dayanışma Derneği", ["AG3"], 4, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Recep Aydoğan", "recep.aydogan@mtkd-muenster.example",
                         "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("13 Mart toplantısı – katılım", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<6a2d9e41-0c7b-4f35-a8e2-91d3c5b7f064@mtkd-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Meza Correa-Flock Hanım,

Münster Türk Kültür ve Dayanışma Derneği olarak 13 Mart'taki toplantıya katılmak istiyoruz.
Dernekten üç kişi geleceğiz: ben, başkan yardımcımız Kadir Polat ve saymanımız Nurten Aksu.
Bizi minibüsle şoförümüz Mehmet Bey getirecek. O da gün boyu orada kalacak ve öğle yemeğinde bizimle olacak, ama çalışma grubuna katılmayacak.

Üçümüz de 3. çalışma grubuna (Förderungsmöglichkeiten und effektives Vereinsmanagement) katılmak istiyoruz.

Saygılarımla,
Recep Aydoğan
Başkan
Münster Türk Kültür ve Dayanışma Derneği
""", charset="iso-8859-9", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Out-of-office (parental leave) to our confirmation, with Auto-Submitted.

@mail("brandt-parental-leave-auto-reply", "2027-01-27 11:02:47",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", named(m, "Julia Brandt", "j.brandt@fluechtlingshilfe-ms.example")),
           ("To", MSO),
           ("Subject", "Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ooo.1769508167.77e1@fluechtlingshilfe-ms.example>"),
           ("In-Reply-To", "<mailbot.20270127110241.b41c@muenster.example>"),
           ("References", "<mailbot.20270127110241.b41c@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30. April 2027 in Elternzeit. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
info@fluechtlingshilfe-ms.example oder telefonisch an 0251 / 61 88 20.

Freundliche Grüße
Julia Brandt
Flüchtlingshilfe Münster-Nord e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# English, Outlook multipart/alternative.  Four people, two to workgroup 1 and
# the writer and a colleague to workgroup 3 -> ["AG3"], 4.  His employer's
# signature and disclaimer are not the organisation.

CHOWDHURY_TEXT = """Dear Ms Meza Correa-Flock,

On behalf of the Bangladeshi Association Muenster I would like to register four people for the MSO day on 13 March.

We'd like to split up: two of us (Rahim Uddin and Nasreen Akter) would like to join workgroup 1 on education, while my colleague Tanvir Hasan and I will go to workgroup 3 (funding / association management).

Please send the confirmation to me, I'll pass it on to the others.

Kind regards,
Farhan Chowdhury
Bangladeshi Association Muenster

--
Farhan Chowdhury | Senior Analyst
Northbridge Logistics GmbH | Hafenweg 26 | 48155 Münster
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately and delete it. Northbridge Logistics GmbH, Amtsgericht Münster HRB 12345."""


@mail("chowdhury-english-split-two-and-two", "2027-01-28 12:37:20",
      E("registration", "farhan.chowdhury@northbridge-logistics.example", "Farhan Chowdhury",
        "Bangladeshi Association Muenster", ["AG3"], 4, "en"), "en", tz=0)
def _(m):
    m.head(("From", named(m, "Farhan Chowdhury", "farhan.chowdhury@northbridge-logistics.example")),
           ("To", TO_MSO),
           ("Subject", "Registration - Bangladeshi Association (4 persons)"),
           ("Thread-Topic", "Registration - Bangladeshi Association (4 persons)"),
           ("Thread-Index", "AdtxK0Lq3bNw7Tz1Rm5Vc8Ye2Pg4Hk=="),
           ("Date", m.date),
           ("Message-ID", "<PA4PR08MB7345B6C5D4E3F2A1B0C9D8E7F6A5@PA4PR08MB7345.eurprd08.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(CHOWDHURY_TEXT, outlook_html(CHOWDHURY_TEXT),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 015 ---------------------------------------------------------------------
# iso-8859-2 (for ć/ž), web mailer.  He and his wife; their son only drives them
# there and picks them up at 14:30 and does not attend -> 2; leaving early.

@mail("jovanovic-son-drives-does-not-stay", "2027-02-01 10:08:36",
      E("registration", "d.jovanovic@posta-mail.example", "Dragan Jovanović",
        'Serbischer Kulturverein "Vuk Karadžić" Münster e.V.', ["AG2"], 2, "de"), "de")
def _(m):
    m.head(("From", named(m, "Dragan Jovanović", "d.jovanovic@posta-mail.example",
                         "iso-8859-2", "q")),
           ("To", MSO),
           ("Subject", "Anmeldung Tag der Migrantenselbstorganisationen"),
           ("Date", m.date),
           ("Message-ID", "<1769936916.20458.posta-mail@webmail3.posta-mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Meza Correa-Flock,

ich möchte mich und meine Frau Ljiljana für den Tag der Migrantenselbstorganisationen anmelden. Wir sind beide im Serbischen Kulturverein aktiv und interessieren uns für die AG 2 (Zukunftsprozess).

Unser Sohn fährt uns hin und holt uns gegen 14.30 Uhr wieder ab, er selbst nimmt nicht teil. Wir müssen also etwas früher gehen, ich hoffe das ist nicht schlimm.

Mit freundlichen Grüßen
Dragan Jovanović
Serbischer Kulturverein "Vuk Karadžić" Münster e.V.
""", charset="iso-8859-2", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Change: "Wir werden einer mehr" -> 4 instead of the quoted 3; workgroup
# unchanged ("die AG bleibt gleich") -> []. Gmail alternative, German quote
# header; the quoted confirmation names AG 2.

HODZIC_NEW = """Hallo zusammen,

kurze Änderung zu unserer Anmeldung: Wir werden einer mehr! Meine Nichte Amina (14) ist ab März für ein paar Wochen bei uns zu Besuch und möchte gern mitkommen. Also bitte 4 statt 3 Personen eintragen, die AG bleibt gleich.

Danke und viele Grüße
Nermin Hodžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""
HODZIC_ATTR = ("Am Mi., 27. Jan. 2027 um 18:03 Uhr schrieb Tag der "
               f"Migrantenselbstorganisationen <{MSO}>:")
HODZIC_CONF = confirmation("Herr Hodžić", "AG2", 3)


@mail("hodzic-change-one-more-niece", "2027-02-02 19:51:14",
      E("change", "nermin.hodzic@bhkv-muenster.example", "Nermin Hodžić",
        "Bosnisch-Herzegowinischer Kulturverein Münster e.V.", [], 4, "de"), "de")
def _(m):
    m.head(("From", named(m, "Nermin Hodžić", "nermin.hodzic@bhkv-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAM5vQ1sR8xT3nK0wLb6pZ2dYh9cJ4fGu7eA1oN3iX5rB8tWqPm@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270127180311.9d2e@muenster.example>"),
           ("References", "<mailbot.20270127180311.9d2e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{HODZIC_NEW}\n\n{HODZIC_ATTR}\n\n{gt_quote(HODZIC_CONF)}\n"
    quoted = "".join(f"{esc(line)}<br>" for line in HODZIC_CONF.split("\n"))
    html_text = (gmail_html(HODZIC_NEW)
                 + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(HODZIC_ATTR)}<br></div>'
                 + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 + f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 017 ---------------------------------------------------------------------
# Arabic, Gmail alternative with right-to-left HTML, UTF-8 base64.  His daughter
# comes to interpret: "نحن إذن شخصان" = so we are two; "ثلاثة أولاد في المدرسة"
# (three children at school) is not a party size; "مجموعة العمل الأولى" = AG 1.

SHAABAN_TEXT = """السلام عليكم،

أرغب في التسجيل في يوم منظمات المهاجرين في مونستر يوم السبت 13 آذار.
لغتي الألمانية ما زالت ضعيفة، لذلك ستأتي معي ابنتي سلمى لتترجم لي. نحن إذن شخصان.
نريد المشاركة في مجموعة العمل الأولى عن التعليم، لأن عندي ثلاثة أولاد في المدرسة.

مع الشكر والتقدير،
عبد الكريم شعبان
رابطة الجالية السورية في مونستر"""


@mail("shaaban-arabic-daughter-interprets", "2027-02-03 16:33:09",
      E("registration", "a.shaaban@post-box.example", "عبد الكريم شعبان",
        "رابطة الجالية السورية في مونستر", ["AG1"], 2, "ar"), "ar")
def _(m):
    m.head(("From", named(m, "Abdulkarim Shaaban", "a.shaaban@post-box.example")),
           ("To", MSO),
           ("Subject", "التسجيل في يوم منظمات المهاجرين"),
           ("Date", m.date),
           ("Message-ID", "<CAD8pW3tZ1mQ6xR9kLc2vN0bYf7hJ4sGe5uA8oT1iK3rX6wBnEd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SHAABAN_TEXT, gmail_html(SHAABAN_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 018 ---------------------------------------------------------------------
# She forwards her own registration, first sent to a wrong address.  Arrives
# late after her shift; "am liebsten AG 2, falls die voll ist AG 1"; the
# Portuguese sign-off does not change the language.

@mail("ferreira-forwards-own-registration-late-shift", "2027-02-04 07:58:22",
      E("registration", "analucia.ferreira@correio-web.example", "Ana Lúcia Ferreira",
        "Brasilianischer Kulturverein Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", named(m, "Ana Lúcia Ferreira", "analucia.ferreira@correio-web.example")),
           ("To", MSO),
           ("Subject", "Fwd: Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAE1qX7vM4nR2tK9wPb5sL0dZh3cY8fJu6gA2oV7iN1rB4xTmWs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Liebe Frau Meza Correa-Flock,

ich hatte meine Anmeldung letzte Woche aus Versehen an Ihre Adresse von der Website der Stadt geschickt und keine Antwort bekommen. Hier ist sie noch einmal an die richtige Adresse.

Viele Grüße
Ana Lúcia

---------- Weitergeleitete Nachricht ---------
Von: Ana Lúcia Ferreira <analucia.ferreira@correio-web.example>
Date: Do., 28. Jan. 2027 um 22:14 Uhr
Subject: Anmeldung MSO-Tag
To: <meza-correa-flock@stadt-muenster.example>


Hallo Frau Meza Correa-Flock,

ich möchte mich für den MSO-Tag am 13. März anmelden. Ich arbeite samstags bis 12 Uhr in der Klinik und komme deshalb erst gegen 12:30 Uhr, direkt zu den Arbeitsgruppen. Am liebsten AG 2, falls die voll ist AG 1.

Ich komme allein, für den Brasilianischen Kulturverein.

Obrigada e até logo!
Ana Lúcia Ferreira
Brasilianischer Kulturverein Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Postfix bounce: the recipient's mailbox is full (552 5.2.2); the returned
# confirmation names AG 2 and 3 persons.

@mail("postfix-bounce-mailbox-full", "2027-02-05 09:20:41",
      E("bounce", bounced="s.oezkan@kabelpost.example"), "en")
def _(m):
    rcpt = "s.oezkan@kabelpost.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270205082041.3B7E21C4F0@mail.muenster.example>"),
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

<{rcpt}>: host mx.kabelpost.example[203.0.113.47] said: 552 5.2.2
    <{rcpt}>: Mailbox full (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3B7E21C4F0"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Fri,  5 Feb 2027 09:20:37 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.kabelpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full")])
    original = confirmation_message(
        f"Selma Özkan <{rcpt}>", "Frau Özkan", "AG2", 3,
        "Fri, 5 Feb 2027 09:20:36 +0100", "<mailbot.20270205092036.e5a0@muenster.example>",
        "<8f3a1c2e-6b4d-4e97-a0c5-d2e9f7b13a86@kabelpost.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 020 ---------------------------------------------------------------------
# Russian, sent from her husband's account; she asks for the answer at her own
# address (that address is the label).  Her mother comes for the morning and
# is fetched by the husband, who does not stay: "Итого нас двое" = 2.
# "ей 78 лет" is an age; "первую рабочую группу" = AG 1.

VOLKOVA_TEXT = """Здравствуйте!

Пишу с почты мужа, поэтому ответ, пожалуйста, пришлите на мой адрес: irina.volkova@post-box.example

Я хотела бы зарегистрироваться на MSO-Tag 13 марта, в первую рабочую группу (образование).
Со мной придёт моя мама, ей 78 лет, она почти не говорит по-немецки, я буду ей переводить. Мама побудет только до обеда – потом её заберёт муж (он сам на мероприятии не останется).
Итого нас двое.

Спасибо!
Ирина Волкова"""


@mail("volkova-russian-husbands-account-mother-morning", "2027-02-08 18:45:50",
      E("registration", "irina.volkova@post-box.example", "Ирина Волкова", None,
        ["AG1"], 2, "ru"), "ru")
def _(m):
    m.head(("From", named(m, "Сергей Волков", "s.volkov@post-box.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Регистрация MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<1770572750.190344871@f207.i.post-box.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    html_text = ("<HTML><BODY><div>" + "</div><div>".join(
        esc(line) if line else "&nbsp;" for line in VOLKOVA_TEXT.split("\n"))
        + "</div></BODY></HTML>\n")
    m.alternative(VOLKOVA_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Kurmanji, Gmail alternative, UTF-8 quoted-printable.  She comes with her
# 5-month-old daughter: "em ê du kes bin" = we will be two; "koma xebatê ya
# yekem" = the first workgroup; plus a question (still a registration).

BARAN_TEXT = """Rojbaş,

Ez dixwazim beşdarî MSO-Tagê (13ê Adarê) bibim.
Ez ê bi keça xwe ya biçûk re werim. Ew 5 mehî ye û hêj şîr dixwe, ji ber vê yekê ez nikarim wê li malê bihêlim. Ango em ê du kes bin.
Ez dixwazim beşdarî koma xebatê ya yekem bibim (perwerde / Bildung).

Gelo li wir cihekî bêdeng heye ku ez karibim şîr bidim pitikê?

Bi silav û rêz,
Rojda Baran
Komeleya Jinên Kurd Münster"""


@mail("baran-kurmanji-with-baby", "2027-02-09 10:27:15",
      E("registration", "rojda.baran@post-box.example", "Rojda Baran",
        "Komeleya Jinên Kurd Münster", ["AG1"], 2, "ku"), "ku")
def _(m):
    m.head(("From", named(m, "Rojda Baran", "rojda.baran@post-box.example")),
           ("To", MSO),
           ("Subject", "Qeyd - MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAJ9tN2wK5xP8mR1vLc4sQ7bZd0hY3fGu6eA9oW2iT5rX8nBvCk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BARAN_TEXT, gmail_html(BARAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Russian question, UTF-8 8bit: may she bring her 2-year-old?  She will register
# (for the second group) only if yes -> question.

@mail("kravets-russian-question-toddler", "2027-02-10 13:09:33",
      E("question", "olga.kravets@post-box.example", "Ольга Кравец", None, [], None, "ru"), "ru")
def _(m):
    m.head(("From", named(m, "Ольга Кравец", "olga.kravets@post-box.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Вопрос: можно ли с ребёнком?"),
           ("Date", m.date),
           ("Message-ID", "<1770725373.118204553@f311.i.post-box.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Я узнала о Дне организаций мигрантов от знакомых и хотела бы прийти. Но у меня сын, ему 2 года, и оставить его не с кем.
Можно ли прийти с ребёнком? Есть ли там место, где можно его переодеть?
Если можно, я сразу зарегистрируюсь – на вторую рабочую группу.

Заранее спасибо,
Ольга Кравец
""", charset="utf-8", cte="8bit")


# -- 023 ---------------------------------------------------------------------
# She and her sister ("wir sind also zu zweit"), AG 1; a note that they will
# probably be fasting (six days of Shawwal after the Eid) and need no lunch.
# Turkish-Islamic greeting, German text; phone mail with an emoji.

@mail("korkmaz-sisters-shawwal-fasting", "2027-02-11 22:03:48",
      E("registration", "hatice.korkmaz@igmc-muenster.example", "Hatice Korkmaz",
        "Islamische Gemeinde Münster-Coerde e.V.", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", named(m, "Hatice Korkmaz", "hatice.korkmaz@igmc-muenster.example")),
           ("To", MSO),
           ("Subject", "Anmeldung 2 Personen AG1"),
           ("Date", m.date),
           ("Message-ID", "<r2k8x1.1770843828.samsung@igmc-muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Selamun aleykum,

hiermit melde ich mich und meine Schwester Elif für den MSO-Tag an, wir sind also zu zweit. Wir kommen für die Islamische Gemeinde Münster-Coerde e.V. und möchten in die AG 1 (Bildung).

Noch ein Hinweis: Wir sind gerade im Ramadan, und nach dem Fest fasten wir noch die sechs Tage im Schawwal. Am 13.3. werden wir also wahrscheinlich fasten. Sie brauchen für uns kein Mittagessen einzuplanen 😊 Falls es einen ruhigen Raum zum Beten gibt, wäre das schön, sonst finden wir auch so eine Ecke.

Danke und liebe Grüße
Hatice Korkmaz

Von meinem Samsung Galaxy Smartphone gesendet.
""", charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# French, Gmail alternative.  He brings the treasurer and interprets for him:
# "Nous serons donc deux"; leaves at 15h for the train; "l'atelier 3".

MUKENDI_TEXT = """Bonjour,

Je souhaite m'inscrire à la Journée des organisations de migrants du 13 mars, pour l'atelier 3 sur les financements et la gestion associative (Förderung / Vereinsmanagement).

Je viendrai avec notre trésorier, M. Patrick Ilunga, qui ne parle pas encore bien allemand – je lui traduirai ce qui se dit. Nous serons donc deux. Nous devrons partir vers 15 heures pour prendre le train de Dortmund.

Cordialement,
Jean-Baptiste Mukendi
Secrétaire général
Communauté Congolaise de Münster"""


@mail("mukendi-french-interprets-for-treasurer", "2027-02-12 09:14:56",
      E("registration", "jb.mukendi@ccm-muenster.example", "Jean-Baptiste Mukendi",
        "Communauté Congolaise de Münster", ["AG3"], 2, "fr"), "fr")
def _(m):
    m.head(("From", named(m, "Jean-Baptiste Mukendi", "jb.mukendi@ccm-muenster.example")),
           ("To", MSO),
           ("Subject", "Inscription atelier 3"),
           ("Date", m.date),
           ("Message-ID", "<CAK4rB8nT1wQ6xM3vLp9sZ2dYc5hJ0fGu7eA4oR8iN2tX1kWmFz@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(MUKENDI_TEXT, gmail_html(MUKENDI_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 025 ---------------------------------------------------------------------
# Other: a mosque association's iftar invitation to undisclosed recipients.
# It asks for a registration "mit der Anzahl der Erwachsenen und Kinder" and
# mentions the last MSO-Tag, but registers nobody for ours.

IFTAR_TEXT = """Liebe Geschwister, liebe Freundinnen und Freunde, liebe Nachbarinnen und Nachbarn,

auch in diesem Ramadan laden wir wieder herzlich zum gemeinsamen Fastenbrechen ein – alle sind willkommen, ob muslimisch oder nicht!

Wann: Samstag, 27. Februar 2027, ab 17:30 Uhr (Iftar gegen 18:05 Uhr)
Wo: Gemeindesaal, Idenbrockweg 14, 48159 Münster

Damit wir genug kochen können, meldet euch bitte bis zum 22. Februar an – mit der Anzahl der Erwachsenen und der Kinder – per Antwort auf diese E-Mail oder telefonisch unter 0251 / 21 47 30.

Unsere Jugendgruppe stellt an dem Abend auch kurz ihr Projekt „Brücken bauen“ vor, das beim letzten MSO-Tag entstanden ist.

Wir freuen uns auf euch!

Euer Vorstand
Islamisches Kulturzentrum Münster-Kinderhaus e.V.
www.ikz-kinderhaus.example"""


@mail("ikz-iftar-invitation-other-event", "2027-02-15 12:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", '"Islamisches Kulturzentrum Münster-Kinderhaus" <info@ikz-kinderhaus.example>'),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Einladung zum gemeinsamen Iftar am 27. Februar"),
           ("Date", m.date),
           ("Message-ID", "<iftar-2027.0215123000.44af@ikz-kinderhaus.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.alternative(IFTAR_TEXT, div_html(IFTAR_TEXT, "font-family: Arial, sans-serif;font-size: 13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# English change from Outlook for iOS: her husband comes too, "three of us now
# instead of two"; same workgroup -> [].  The quoted confirmation says 2.

BOATENG_NEW = """Hi,

Quick update on our registration: my husband managed to get the day off after all, so he'll be coming along with our daughter and me. That makes three of us now instead of two. Same workgroup as before.

Thanks a lot!
Priscilla

Get Outlook for iOS"""


@mail("boateng-english-change-husband-joins", "2027-02-16 08:12:40",
      E("change", "p.boateng@ghana-women.example", "Priscilla Boateng", None, [], 3, "en"), "en")
def _(m):
    m.head(("From", named(m, "Priscilla Boateng", "p.boateng@ghana-women.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB0842C7D6E5F4A3B2@VI1P195MB0842.EURP195.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270129154107.c8f3@muenster.example>"),
           ("References", "<mailbot.20270129154107.c8f3@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""{BOATENG_NEW}
________________________________
From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Friday, January 29, 2027 3:41:07 PM
To: Priscilla Boateng <p.boateng@ghana-women.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Frau Boateng", "AG1", 2)}
""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Turkish from an iPhone, written during Ramadan.  Only in the afternoon;
# "2. çalışma grubuna" = AG 2; "Tek kişiyim" = I am one person.  No association.

@mail("tekin-turkish-ramadan-afternoon-only", "2027-02-17 23:41:05",
      E("registration", "aysegul.tekin@post-box.example", "Ayşegül Tekin", None,
        ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Ayşegül Tekin", "aysegul.tekin@post-box.example")),
           ("To", MSO),
           ("Subject", "MSO-Tag katılım"),
           ("Date", m.date),
           ("Message-ID", "<3F7B9D12-8E4A-4C61-A5D0-7B2E9F1C4A83@post-box.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

Geç cevap verdiğim için kusura bakmayın, Ramazan'dayız, iş, iftar hazırlığı derken zaman kalmıyor 🙂

13 Mart'taki MSO-Tag'e ben de katılmak istiyorum. Yalnız sabah gelemeyeceğim, öğle arasından sonra gelirim. 2. çalışma grubuna (Münster'in geleceği) katılmak isterim.

Tek kişiyim.

Teşekkürler,
Ayşegül Tekin

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# English, Gmail alternative.  Late by train (arrives 10:52), leaves at 15:30;
# first choice workgroup 1, second workgroup 2; "It's just me".

ADEBAYO_TEXT = """Good afternoon,

I would like to register for the MSO-Tag on Saturday 13 March. I'm coming from Bielefeld by train and the earliest connection gets into Münster at 10:52, so I'll probably be 20-30 minutes late for the opening - sorry in advance! I'll also have to leave at around 15:30.

My first choice would be workgroup 1 (education), second choice workgroup 2.

It's just me.

Best wishes,
Joy Adebayo
Nigerian Women's Forum NRW"""


@mail("adebayo-english-late-train-first-second", "2027-02-18 14:55:27",
      E("registration", "joy.adebayo@post-box.example", "Joy Adebayo",
        "Nigerian Women's Forum NRW", ["AG1", "AG2"], 1, "en"), "en")
def _(m):
    m.head(("From", named(m, "Joy Adebayo", "joy.adebayo@post-box.example")),
           ("To", MSO),
           ("Subject", "Registration MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAB2sM7qX4nT9wK1vRp6cL3dZf8hY0gJu5eA2oQ7iV4rN9tBxHe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ADEBAYO_TEXT, gmail_html(ADEBAYO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# "zu viert, davon zwei Jugendliche (16 und 17)" -> 4, all to AG 2; the two
# teenagers leave at 14 Uhr.  Apple Mail alternative.  The running text has the
# inflected "vom Vietnamesischen Kulturverein"; the signature has the base form.

NGUYEN_TEXT = """Hallo liebes Team vom MSO-Tag,

wir vom Vietnamesischen Kulturverein kommen zu viert, davon zwei Jugendliche (16 und 17) aus unserer Jugendgruppe, die sich sehr für die Zukunft der Stadt interessieren. Wir möchten alle in die AG 2.

Die beiden Jugendlichen müssen um 14 Uhr los (Fußballtraining), wir anderen bleiben bis zum Schluss.

Viele Grüße
Minh Nguyen
Jugendleiter
Vietnamesischer Kulturverein Münster e.V."""


@mail("nguyen-zu-viert-zwei-jugendliche", "2027-02-19 17:36:12",
      E("registration", "minh.nguyen@vkv-muenster.example", "Minh Nguyen",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", named(m, "Minh Nguyen", "minh.nguyen@vkv-muenster.example")),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag (4 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<A91D3F7C-2B6E-4D08-9C15-E4F0A7B28D63@vkv-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3774.400.31)"),
           ("MIME-Version", "1.0"))
    m.alternative(NGUYEN_TEXT, apple_html(NGUYEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 030 ---------------------------------------------------------------------
# Turkish change (Thunderbird, Turkish attribution line): father and son move
# from the 1st to the 2nd workgroup ("ikimizi de 2. çalışma grubuna alabilir
# misiniz?" = could you put us both in the 2nd); size unchanged -> null.

@mail("yavuz-turkish-change-to-ag2", "2027-02-22 20:18:33",
      E("change", "selim.yavuz@post-box.example", "Selim Yavuz", None, ["AG2"], None, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Selim Yavuz", "selim.yavuz@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4c7e0b92-13d5-4a68-bf21-7e9a3d6c50f8@post-box.example>"),
           ("In-Reply-To", "<mailbot.20270212142203.71ab@muenster.example>"),
           ("References", "<mailbot.20270212142203.71ab@muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Oğlumla birlikte 1. çalışma grubuna kayıt olmuştuk. Oğlum üniversitede şehir planlaması okuyor ve 2. grubun konusu (Münster'in geleceği) onun için daha ilginç. Bu yüzden ikimizi de 2. çalışma grubuna alabilir misiniz?

Teşekkürler,
Selim Yavuz

12.02.2027 14:22 tarihinde Tag der Migrantenselbstorganisationen yazdı:
{gt_quote(confirmation("Herr Yavuz", "AG1", 2))}
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Arabic, windows-1256 quoted-printable, name in windows-1256 B words.  She and
# two colleagues: "أي سنكون ثلاثة أشخاص" = so we will be three; "مجموعة العمل
# الثانية" = AG 2; Ramadan and Eid will be over, a quiet room for prayer asked.

@mail("abdelrahman-arabic-three-prayer-room", "2027-02-23 11:47:09",
      E("registration", "huda.abdelrahman@sfv-muenster.example", "هدى عبد الرحمن",
        "Sudanesischer Frauenverein Münster e.V.", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", named(m, "هدى عبد الرحمن", "huda.abdelrahman@sfv-muenster.example",
                         "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل ثلاثة أشخاص – يوم منظمات المهاجرين", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000b01db85c3$7e2a4c10$7a7ee430$@sfv-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم ورمضان كريم،

أسجّل نفسي وزميلتين من جمعيتنا في يوم منظمات المهاجرين يوم 13 مارس، أي سنكون ثلاثة أشخاص.
نودّ المشاركة في مجموعة العمل الثانية (مستقبل مدينة مونستر).
سيكون رمضان والعيد قد انتهيا إن شاء الله، فلا حاجة لترتيبات خاصة بالإفطار، لكن نرجو أن يكون هناك مكان هادئ للصلاة.

مع التحية،
هدى عبد الرحمن
Sudanesischer Frauenverein Münster e.V.
""", charset="windows-1256", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Arabic question from someone already registered (prayer room, halal food);
# the Arabic-Indic list numbers ١ ٢ and "مجموعة العمل الأولى" in a question are
# no choice.  Gmail alternative, right-to-left HTML, UTF-8 base64.

SALEH_TEXT = """مرحباً،

سجّلت أنا وزوجي قبل أسبوعين في مجموعة العمل الأولى. عندي سؤالان قبل الموعد:
١. هل يوجد في المكان غرفة للصلاة؟ فصلاة الظهر ستكون أثناء البرنامج.
٢. هل الطعام المقدَّم حلال، أو على الأقل هل سيكون هناك خيار نباتي؟

شكراً لكم،
ياسمين صالح"""


@mail("saleh-arabic-question-prayer-halal", "2027-02-24 15:02:38",
      E("question", "yasmin.saleh@post-box.example", "ياسمين صالح", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", named(m, "Yasmin Saleh", "yasmin.saleh@post-box.example")),
           ("To", MSO),
           ("Subject", "سؤال عن الصلاة والطعام"),
           ("Date", m.date),
           ("Message-ID", "<CAG6wT1pR9xN4mK7vLb2sQ5dZc8hY3fJu0eA6oX9iW4tB7rNpLs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SALEH_TEXT, gmail_html(SALEH_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 033 ---------------------------------------------------------------------
# German by a learner.  An interpreter comes with her ("Also wir sind 2
# Person"); "Arbeitsgruppe 1 Bildung".  The text has "von Afghanische
# Frauenverein Münster", the signature the correct base form (the label).

@mail("noori-learner-german-interpreter", "2027-02-25 19:22:54",
      E("registration", "zahra.noori@post-box.example", "Zahra Noori",
        "Afghanischer Frauenverein Münster", ["AG1"], 2, "de"), "de")
def _(m):
    m.head(("From", named(m, "Zahra Noori", "zahra.noori@post-box.example")),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAH7xV3nQ0wR5tK8mLp1sZ4dYb9cJ2fGu6eA3oN0iT7rX5kWqMd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich heisse Zahra Noori, ich bin von Afghanische Frauenverein Münster. Ich möchte an MSO Tag teilnehmen, Arbeitsgruppe 1 Bildung, weil wir viele Mütter haben mit Probleme in Schule.

Mein Deutsch ist nicht so gut. Deshalb kommt eine Dolmetscherin mit mir, Frau Sima Rahimi, sie spricht Dari und Deutsch. Sie ist nur für übersetzen da, nicht von unsere Verein.

Also wir sind 2 Person.

Vielen Dank
Zahra Noori
Afghanischer Frauenverein Münster
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# French cancellation of a family of five, replying to the confirmation with
# a French Gmail attribution line.

KEITA_NEW = """Bonjour,

Je suis désolée, mais nous devons annuler notre inscription pour le 13 mars. Mon mari doit finalement travailler ce samedi-là et je ne peux pas venir seule avec les trois enfants.

J'espère que ce sera possible l'année prochaine.

Bien cordialement,
Fatoumata Keita"""


@mail("keita-french-cancel-family", "2027-02-26 08:40:19",
      E("cancellation", "fatoumata.keita@post-box.example", "Fatoumata Keita", None, [], None, "fr"), "fr")
def _(m):
    m.head(("From", named(m, "Fatoumata Keita", "fatoumata.keita@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL3mP8vX1qT6nR4wKc9sB2dZf7hY5gJu0eA3oM8iQ1rV6tNxDe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270122102208.2f6d@muenster.example>"),
           ("References", "<mailbot.20270122102208.2f6d@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("Le ven. 22 janv. 2027 à 10:22, Tag der Migrantenselbstorganisationen "
            f"<{MSO}> a écrit :")
    conf = confirmation("Frau Keita", "AG2", 5)
    plain = f"{KEITA_NEW}\n\n{attr}\n\n{gt_quote(conf)}\n"
    quoted = "".join(f"{esc(line)}<br>" for line in conf.split("\n"))
    html_text = (gmail_html(KEITA_NEW)
                 + f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div>'
                 + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 + f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 035 ---------------------------------------------------------------------
# Turkish, Yahoo alternative, UTF-8 base64.  A family of four split: the two
# children to the 1st group, "eşim ve ben 2. çalışma grubuna" -> ["AG2"], 4.
# "lise son sınıf", "üniversite birinci sınıf" are school years.

AKGUL_TEXT = """İyi günler,

13 Mart'taki MSO günü için ailece kayıt olmak istiyoruz. Dört kişi geleceğiz: ben, eşim ve iki çocuğumuz (biri lise son sınıfta, diğeri üniversite birinci sınıfta).
Oğlum ve kızım 1. çalışma grubuna (eğitim) katılmak istiyor, eşim ve ben 2. çalışma grubuna katılacağız.

Anadolu Aile Birliği Münster adına geliyoruz.

Saygılarımla,
Hüsnü Akgül"""


@mail("akgul-turkish-family-split-two-groups", "2027-02-27 12:06:41",
      E("registration", "husnu.akgul@yahoo-post.example", "Hüsnü Akgül",
        "Anadolu Aile Birliği Münster", ["AG2"], 4, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Hüsnü Akgül", "husnu.akgul@yahoo-post.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", "Aile kaydı - MSO günü"),
           ("Date", m.date),
           ("Message-ID", "<1617283945.2210457.1772190401533@mail.yahoo-post.example>"),
           ("X-Mailer", "WebService/1.1.22077 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head></head><body><div class="ydp3a1c9e2fyahoo-style-wrap" '
                 'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 + "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                           for line in AKGUL_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(AKGUL_TEXT, html_text, charset="utf-8", cte="base64")


# -- 036 ---------------------------------------------------------------------
# Arabic change (Gmail, Arabic attribution line): the children stay with their
# grandmother, "شخصان بدلاً من أربعة" = two instead of four; workgroup as before.

KHALIL_NEW = """مرحباً،

تعديل بسيط على تسجيلنا: الأطفال لن يأتوا معنا، ستبقى معهم جدّتهم. سنحضر أنا وزوجتي فقط، أي شخصان بدلاً من أربعة. مجموعة العمل تبقى كما هي.

شكراً،
نور خليل"""


@mail("khalil-arabic-change-children-stay-home", "2027-03-01 18:30:05",
      E("change", "nour.khalil@post-box.example", "نور خليل", None, [], 2, "ar"), "ar")
def _(m):
    m.head(("From", named(m, "Nour Khalil", "nour.khalil@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAN2qR7tW4xK9mP1vLd6sT3bZc0hY8fGu5eA2oQ7iX4rB9nMwJa@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270204191504.a09c@muenster.example>"),
           ("References", "<mailbot.20270204191504.a09c@muenster.example>"),
           ("MIME-Version", "1.0"))
    attr = ("في الخميس، 4 فبراير 2027 في 7:15 م، كتب Tag der Migrantenselbstorganisationen "
            f"<{MSO}>:")
    conf = confirmation("Herr Khalil", "AG3", 4)
    plain = f"{KHALIL_NEW}\n\n{attr}\n\n{gt_quote(conf)}\n"
    quoted = "".join(f"{esc(line)}<br>" for line in conf.split("\n"))
    html_text = (gmail_html(KHALIL_NEW, rtl=True)
                 + f'<br><div class="gmail_quote"><div dir="rtl" class="gmail_attr">{esc(attr)}<br></div>'
                 + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                 + f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>\n')
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="gmail")


# -- 037 ---------------------------------------------------------------------
# The writer comes only in the morning and joins no workgroup; his two youth
# officers stay all day "und möchten in die AG 1" -> the registration's only
# workgroup, ["AG1"]; 3 persons.  Outlook alternative, windows-1252 QP.

KARAGIANNIS_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

für die Griechische Elternvereinigung Münster e.V. melde ich drei Personen an: unsere beiden Jugendreferentinnen Frau Eleni Papadaki und Frau Sofia Georgiou sowie mich selbst.

Ich kann nur am Vormittag teilnehmen, da ich am Nachmittag zu einer Sitzung muss. Frau Papadaki und Frau Georgiou bleiben den ganzen Tag und möchten in die AG 1.

Mit freundlichen Grüßen
Nikolaos Karagiannis
Vorsitzender
Griechische Elternvereinigung Münster e.V."""


@mail("karagiannis-morning-only-colleagues-ag1", "2027-03-02 08:55:17",
      E("registration", "n.karagiannis@gev-muenster.example", "Nikolaos Karagiannis",
        "Griechische Elternvereinigung Münster e.V.", ["AG1"], 3, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Karagiannis, Nikolaos" <n.karagiannis@gev-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Anmeldung Griechische Elternvereinigung"),
           ("Thread-Topic", "Anmeldung Griechische Elternvereinigung"),
           ("Thread-Index", "Adt8nQ2Lk7bWx4Tz0Rm9Vc1Ye6Pg3Hw=="),
           ("Date", m.date),
           ("Message-ID", "<GV1PR04MB9032F1E0D9C8B7A6F5E4D3C2B1A0@GV1PR04MB9032.eurprd04.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(KARAGIANNIS_TEXT), outlook_html(KARAGIANNIS_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Question: can one come only for the afternoon workgroups, and when do they
# start?  He will register afterwards -> question.  Plain UTF-8.

@mail("kalkan-question-afternoon-only", "2027-03-03 07:14:28",
      E("question", "emre.kalkan@post-box.example", "Emre Kalkan", None, [], None, "de"), "de")
def _(m):
    m.head(("From", named(m, "Emre Kalkan", "emre.kalkan@post-box.example")),
           ("To", MSO),
           ("Subject", "Nur nachmittags?"),
           ("Date", m.date),
           ("Message-ID", "<CAP8nK2vT5wR0xM3qLb7sZ1dYf4hJ9cGu6eA8oP2iV5rX0tBmQw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

kurze Frage zum MSO-Tag: Ich arbeite samstags bis 13 Uhr. Kann man auch erst am Nachmittag zu den Arbeitsgruppen dazukommen, oder muss man beim Auftakt dabei sein? Und wann genau fangen die AGs an?

Dann würde ich mich noch anmelden.

Gruß
Emre Kalkan
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change: she can only come from midday and asks to move from AG 1 to AG 3
# ("können Sie mich dort eintragen?").  Plain Outlook reply, windows-1252 QP,
# confirmation quoted below a line of underscores.

@mail("oduya-change-from-midday-to-ag3", "2027-03-03 12:40:51",
      E("change", "stefanie.oduya@afrika-forum-ms.example", "Stefanie Oduya",
        "Afrika-Forum Münster e.V.", ["AG3"], None, "de"), "de")
def _(m):
    m.head(("From", named(m, "Stefanie Oduya", "stefanie.oduya@afrika-forum-ms.example")),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8PR09MB5517D0C9B8A7F6E5D4C3B2A1F0E9@AS8PR09MB5517.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270204091205.5b77@muenster.example>"),
           ("References", "<mailbot.20270204091205.5b77@muenster.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo Frau Meza Correa-Flock,

ich bin für die AG 1 angemeldet, kann am 13.03. aber nun doch erst ab mittags kommen, weil mein Sohn vormittags ein Fußballturnier hat. Da ich den Input am Vormittag verpasse, würde ich lieber in die AG 3 wechseln – können Sie mich dort eintragen?

Danke und viele Grüße
Stefanie Oduya
Afrika-Forum Münster e.V.

________________________________
Von: Tag der Migrantenselbstorganisationen <{MSO}>
Gesendet: Donnerstag, 4. Februar 2027 09:12
An: Stefanie Oduya <stefanie.oduya@afrika-forum-ms.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Oduya", "AG1", 1)}
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Kurmanji cancellation (Gmail with German interface); "qeyda me betal bikin"
# = please cancel our registration.  UTF-8 quoted-printable.

@mail("sahin-kurmanji-cancel-father-ill", "2027-03-04 09:03:37",
      E("cancellation", "berfin.sahin@post-box.example", "Berfîn Şahîn", None, [], None, "ku"), "ku")
def _(m):
    m.head(("From", named(m, "Berfîn Şahîn", "berfin.sahin@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAQ1wM6tR3xN8vK5pLc0sT9bZd2hY7fGu4eA1oW6iX3rB8nLqTs@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270209114013.d3e8@muenster.example>"),
           ("References", "<mailbot.20270209114013.d3e8@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Silav,

Mixabin em nikarin roja 13ê Adarê werin. Bavê min li Amedê nexweş ketiye û ez û hevjînê min vê hefteyê diçin cem wî. Ji kerema xwe qeyda me betal bikin.

Spas ji bo têgihîştina we, serkeftin ji bo rojê!
Berfîn Şahîn

Am Di., 9. Feb. 2027 um 11:40 Uhr schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Şahîn", "AG3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 041 ---------------------------------------------------------------------
# Russian change in Outlook (Russian header block): the son cannot come,
# "Нас будет двое" = 2 (from 3), and a move "из первой рабочей группы во
# вторую" = from AG 1 to AG 2.  Cyrillic signature beats the Latin display name.

SMIRNOW_NEW = """Добрый день,

небольшое изменение по нашей регистрации: сын, к сожалению, не сможет прийти – у него в понедельник экзамен, он будет готовиться. Нас будет двое, я и жена.
И ещё: если можно, мы бы хотели перейти из первой рабочей группы во вторую.

Спасибо,
Олег Смирнов"""


@mail("smirnow-russian-change-two-and-ag2", "2027-03-05 17:25:46",
      E("change", "oleg.smirnow@post-box.example", "Олег Смирнов", None, ["AG2"], 2, "ru"), "ru")
def _(m):
    m.head(("From", named(m, "Oleg Smirnow", "oleg.smirnow@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbc2Lk0pWx8Tz5Rm1Vc7Ye3Pg9Hw=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR02MB6281A0B9C8D7E6F5A4B3C2D1E0F9@PR3PR02MB6281.eurprd02.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270126164011.0e4b@muenster.example>"),
           ("References", "<mailbot.20270126164011.0e4b@muenster.example>"),
           ("Content-Language", "ru-RU"),
           ("MIME-Version", "1.0"))
    plain = (f"{SMIRNOW_NEW}\n\nОт: Tag der Migrantenselbstorganisationen <{MSO}>\n"
             "Отправлено: 26 января 2027 г. 16:40\n"
             "Кому: Oleg Smirnow <oleg.smirnow@post-box.example>\n"
             f"Тема: {CONFIRMATION_SUBJECT}\n\n{confirmation('Herr Smirnow', 'AG1', 3)}")
    html_body = "".join(mso_p(line) for line in plain.split("\n"))
    html_text = OUTLOOK_HEAD.replace("Windows-1252", "utf-8") + html_body + "\n</div>\n</body>\n</html>\n"
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Out-of-office for the Eid holiday, Turkish and German, to our 7-day reminder;
# recognisable only from subject and text (no Auto-Submitted header).

DOGAN_OOO = """Merhaba,

Ramazan Bayramı nedeniyle 6–12 Mart 2027 tarihleri arasında izindeyim. 15 Mart'tan itibaren e-postanızı yanıtlayacağım. Acil durumlarda lütfen info@tib-muenster.example adresine yazın.

Guten Tag,

wegen des Ramadanfestes bin ich vom 6. bis 12. März 2027 im Urlaub. Ab dem 15. März beantworte ich Ihre E-Mail. In dringenden Fällen schreiben Sie bitte an info@tib-muenster.example.

Hayırlı bayramlar / Frohes Fest
Serkan Doğan
Türkisch-Islamischer Bildungsverein Münster"""


@mail("dogan-bayram-out-of-office-tr-de", "2027-03-06 10:00:31",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", named(m, "Serkan Doğan", "serkan.dogan@tib-muenster.example")),
           ("To", TO_MSO),
           ("Subject", "Otomatik yanıt: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<TR0P264MB1174E5D4C3B2A1F0@TR0P264MB1174.FRAP264.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "tr-TR"),
           ("MIME-Version", "1.0"))
    m.single(DOGAN_OOO + "\n", charset="utf-8", cte="base64")


# -- 043 ---------------------------------------------------------------------
# Turkish cancellation from an iPhone with the iOS Turkish attribution line:
# stuck in Turkey after the Eid, "Üçümüzün kaydını da iptal etmenizi rica
# ederim" = please cancel the registration of all three of us.

@mail("erdem-turkish-cancel-stuck-after-bayram", "2027-03-09 21:33:12",
      E("cancellation", "mustafa.erdem@post-box.example", "Mustafa Erdem", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", named(m, "Mustafa Erdem", "mustafa.erdem@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B2E8C4A1-7D3F-4096-8E5B-1A9C0D6F2E47@post-box.example>"),
           ("In-Reply-To", "<mailbot.20270210123107.6c19@muenster.example>"),
           ("References", "<mailbot.20270210123107.6c19@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Merhaba,

Bayram için Türkiye'ye gelmiştik, annem burada hastalandı ve hastaneye kaldırıldı. Dönüşümüz ertelendi, 13 Mart'ta Münster'de olamayacağız. Üçümüzün kaydını da iptal etmenizi rica ederim.

Kusura bakmayın, hayırlı bayramlar.
Mustafa Erdem

iPhone'umdan gönderildi

10 Şub 2027 tarihinde 12:31 saatinde, Tag der Migrantenselbstorganisationen <{MSO}> şunu yazdı:

{gt_quote(confirmation("Herr Erdem", "AG2", 3))}
""", charset="utf-8", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# German cancellation of a family of four two days before, from an iPhone;
# "alle vier" refers to the registration as a whole.

@mail("ogunleye-cancel-family-child-fever", "2027-03-11 06:52:09",
      E("cancellation", "melanie.ogunleye@post-box.example", "Melanie Ogunleye", None, [], None, "de"), "de")
def _(m):
    m.head(("From", named(m, "Melanie Ogunleye", "melanie.ogunleye@post-box.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E5A1F9C3-0B7D-4E62-9A84-3C6F2D8B1E05@post-box.example>"),
           ("In-Reply-To", "<mailbot.20270202091502.8a4f@muenster.example>"),
           ("References", "<mailbot.20270202091502.8a4f@muenster.example>"),
           ("X-Mailer", "iPhone Mail (21D61)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebes MSO-Team,

leider müssen wir für Samstag absagen, und zwar alle vier. Unsere Kleine hat seit gestern hohes Fieber und der Große hat jetzt auch angefangen zu husten. Bitte streichen Sie uns von der Liste, vielleicht kann ja jemand nachrücken.

Schade, wir hatten uns sehr gefreut!

Viele Grüße
Melanie Ogunleye

Von meinem iPhone gesendet

Am 02.02.2027 um 09:15 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Ogunleye", "AG1", 4))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WG_IDS = ("AG1", "AG2", "AG3")
LANGS = ("de", "tr", "ar", "ru", "ku", "en", "fr")


def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last and m.when < last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        name = f"{n:03d}-{slug}.eml"
        built.append((name, m, expected, text_lang))
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


def sender_address(msg):
    return msg["From"].addresses[0].addr_spec.lower() if msg["From"].addresses else ""


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 1 Jan - 12 Mar 2027")
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
    # RFC 2047 display names decode to what was intended
    displays = " | ".join(str(msg[h]) for h in ("From", "Reply-To") if msg[h] is not None)
    for want_name in getattr(m, "want_names", []):
        if want_name not in displays:
            problems.append(f"display name {want_name!r} not decoded in From/Reply-To")
    # every address-like string and URL must use an example domain
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org", "w3.org"):
            problems.append(f"non-example URL host {dom}")
    problems += check_labels(msg, html.unescape(text), expected)
    return problems


def check_labels(msg, text, e):
    """The label is well formed and agrees with the mail."""
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys or key order"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups only for registration/change")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null")
    if (e["bounced_recipient"] is not None) != (kind == "bounce"):
        problems.append("bounced_recipient only (and always) for bounces")
    if kind == "bounce":
        br = e["bounced_recipient"]
        if br != br.lower():
            problems.append("bounced_recipient not lower-case")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(br in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    if kind in PERSON_KINDS:
        if e["language"] not in LANGS:
            problems.append(f"language {e['language']} not in {LANGS}")
        em = e["email"]
        if not em or em != em.lower():
            problems.append("email missing or not lower-case")
        else:
            addrs = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h] is not None
                     for a in msg[h].addresses]
            if em not in addrs and em not in text.lower():
                problems.append(f"email {em} occurs nowhere in the mail")
            if msg["Reply-To"] is not None and em not in addrs:
                pass
            elif msg["Reply-To"] is not None and em != msg["Reply-To"].addresses[0].addr_spec.lower():
                problems.append("Reply-To should win")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not in the mail")
        if kind in ("change", "cancellation"):
            if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
                problems.append("change/cancellation must answer and quote the confirmation")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: KINDS.index(kv[0]))))
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    print("kind x text language:")
    print("  " + " ".join(f"{lang:>4}" for lang in LANGS) + "   all")
    for k in KINDS:
        row = [table[(k, lang)] for lang in LANGS]
        print("  " + " ".join(f"{n or '-':>4}" for n in row) + f" {sum(row):>5}  {k}")
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
        # re-read what was written
        datas = [(mails_dir / name).read_bytes() for name, *_ in built]

    senders = collections.Counter()
    for (name, m, e, _), data in zip(built, datas):
        for problem in check(name, data, m, e):
            print(f"{name}: {problem}")
            bad += 1
        msg = email.message_from_bytes(data, policy=email.policy.default)
        senders[sender_address(msg)] += 1
    for s, n in senders.items():
        if n > 1:
            print(f"sender {s} appears {n} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set should have 40-45")
        bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
