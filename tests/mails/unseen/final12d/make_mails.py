#!/usr/bin/env python3
"""Build the "final12d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachforum "Älter werden in der Einwanderungsgesellschaft" 2027 (see config.toml),
Wednesday 22 September 2027, five forums F1-F5.  Writers are older people with a
migration history, their relatives, neighbours and carers, and the staff of care
services and care homes.

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files, and
then reads every file back with email.policy.default to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

The output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Python 3.11, standard library only.
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
import struct
import sys
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

FF = "fachforum-alter@muenster.example"
FF_NAME = "Fachforum Älter werden"
TO_FF = f"{FF_NAME} <{FF}>"
TO_FF_ENC = "=?utf-8?q?Fachforum_=C3=84lter_werden?= <" + FF + ">"
INVITATION_ID = "<einladung-fachforum-alter-2027.20270628113005@muenster.example>"
REMINDER_DATE = "Wed, 15 Sep 2027 10:00:04 +0200"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WG_IDS = ("F1", "F2", "F3", "F4", "F5")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    """'Name <address>'; a non-ASCII name is RFC 2047-encoded in `charset`."""
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


def gt_quote(text, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


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


def in_charset(markup, charset):
    """HTML as a mail client writes it in a legacy charset: characters the
    charset cannot hold become numeric character references."""
    return markup.encode(charset, "xmlcharrefreplace").decode(charset)


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

    def __init__(self, slug, when, tz_hours=2):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs`
        in order.  ASCII values are stored verbatim (folded when long)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FF)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FF}>; {arrival} (CEST)")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self._record(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
               params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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
                    html_cte=None, style="std", top=True):
        parts = [self.text(text, "plain", charset, cte),
                 self.text(html_text, "html", charset, html_cte or cte)]
        return self.multi("alternative", parts, style=style, top=top)

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


def make_png(width=72, height=48):
    """A small RGB PNG: a garden party under a striped awning."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 10:
                px = (245, 245, 240) if (x // 6) % 2 else (30, 110, 60)
            elif y < 34:
                px = (250, 220, 120) if (x - 20) ** 2 + (y - 22) ** 2 < 40 else (160, 200, 230)
            else:
                px = (90, 160, 70)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = ("Einladung: Fachforum „Älter werden in der Einwanderungsgesellschaft“ "
                      "am 22.09.2027")
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachforum Älter werden in der Einwanderungsgesellschaft"
REMINDER_SUBJECT = "Erinnerung: Fachforum Älter werden in der Einwanderungsgesellschaft am 22.09.2027"

FORUM_LINE = {
    "F1": "Forum 1 – Gesund alt werden: Gesundheitsvorsorge, Pflege und kultursensible "
          "Versorgung für ältere Menschen mit Einwanderungsgeschichte",
    "F2": "Forum 2 – Zwischen hier und dort: Pendelmigration, Rente und Rückkehrfragen im Alter",
    "F3": "Forum 3 – Pflegende Angehörige stärken: Entlastung, Beratung und Selbsthilfe in "
          "Familien mit Migrationsgeschichte",
    "F4": "Forum 4 – Demenz verstehen – mehrsprachig: Diagnose, Begleitung und Wohnformen im Alter",
    "F5": "Forum 5 – Teilhabe statt Einsamkeit: Begegnung, Seniorenarbeit der Vereine und "
          "interkulturelle Öffnung der Altenhilfe",
}


def confirmation(salutation, forum, persons):
    """The confirmation mailbot sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachforum „Älter werden in der
Einwanderungsgesellschaft“ am Mittwoch, 22. September 2027, 10:00 bis
15:30 Uhr, im Haus der Kulturen, Hafenweg 12, 48155 Münster.

Wir haben Sie für folgendes Forum eingetragen:
{FORUM_LINE[forum]}

Angemeldete Personen: {persons}

Der Veranstaltungsort ist barrierefrei. Wenn Sie Unterstützung brauchen
(Rollstuhlplatz, Hörschleife, Begleitperson), schreiben Sie uns bitte.

Möchten Sie das Forum wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Fachforum Älter werden in der Einwanderungsgesellschaft
Kommunales Integrationszentrum Münster"""


def reminder(salutation, forum, persons):
    """The 7-day reminder mailbot sent on 15 September."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit – wir freuen uns auf Ihren Besuch beim
Fachforum „Älter werden in der Einwanderungsgesellschaft“:

Mittwoch, 22. September 2027, 10:00 bis 15:30 Uhr (Einlass ab 9:30 Uhr)
Haus der Kulturen, Hafenweg 12, 48155 Münster

Ihr Forum: {FORUM_LINE[forum]}
Angemeldete Personen: {persons}

Der Saal ist stufenlos erreichbar und hat eine Induktionsschleife. Die
Buslinien 6 und 8 halten direkt vor dem Haus (Haltestelle Hafenplatz).

Wenn Sie doch nicht kommen können, sagen Sie bitte kurz ab – antworten
Sie einfach auf diese E-Mail. So können wir Ihren Platz weitergeben.

Mit freundlichen Grüßen
Fachforum Älter werden in der Einwanderungsgesellschaft
Kommunales Integrationszentrum Münster"""


INVITATION = """Sehr geehrte Damen und Herren,
liebe Seniorinnen und Senioren, liebe Angehörige,

das Kommunale Integrationszentrum und die Seniorenberatung der Stadt
Münster laden Sie herzlich ein zum

Fachforum „Älter werden in der Einwanderungsgesellschaft“
Mittwoch, 22. September 2027, 10:00 bis 15:30 Uhr
Haus der Kulturen, Hafenweg 12, 48155 Münster

Nach einem gemeinsamen Auftakt arbeiten wir in fünf Foren:

Forum 1: Gesund alt werden: Gesundheitsvorsorge, Pflege und
         kultursensible Versorgung für ältere Menschen mit
         Einwanderungsgeschichte
Forum 2: Zwischen hier und dort: Pendelmigration, Rente und
         Rückkehrfragen im Alter
Forum 3: Pflegende Angehörige stärken: Entlastung, Beratung und
         Selbsthilfe in Familien mit Migrationsgeschichte
Forum 4: Demenz verstehen – mehrsprachig: Diagnose, Begleitung und
         Wohnformen im Alter
Forum 5: Teilhabe statt Einsamkeit: Begegnung, Seniorenarbeit der
         Vereine und interkulturelle Öffnung der Altenhilfe

Bitte melden Sie sich bis zum 15. September 2027 per E-Mail an
fachforum-alter@muenster.example an: Name, gewünschtes Forum, Zahl der
Personen, und ob Sie Unterstützung brauchen.

Die Teilnahme ist kostenlos.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, salutation, forum, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FF
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, forum, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def reminder_message(to, salutation, forum, persons, msgid):
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FF
    m["To"] = to
    m["Subject"] = REMINDER_SUBJECT
    m["Date"] = REMINDER_DATE
    m["Message-ID"] = msgid
    m["Auto-Submitted"] = "auto-generated"
    m["MIME-Version"] = "1.0"
    m.set_content(reminder(salutation, forum, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
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
span.E-MailFormatvorlage19
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="utf-8"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>Von:</span></b>"
                   f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    page = OUTLOOK_HEAD.format(charset=charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
    return in_charset(page, charset)


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, font="font-family: Verdana;font-size: 12.0px;", charset="utf-8", after=""):
    """Webmail-style HTML (web.de, GMX): one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    page = (f"<html><head></head><body><div style=\"{font}\">{divs}{after}</div></body></html>\n")
    return in_charset(page, charset)


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body dir=\"auto\">" + inner + "</body></html>\n")


def new_outlook_html(text):
    """HTML as the new Outlook / OWA writes it: one div per line, Aptos font."""
    style = ("font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, "
             "Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);")
    divs = "\n".join(f"<div class=\"elementToProof\" style=\"{style}\">"
                     f"{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            "</head>\n<body dir=\"ltr\">\n" + divs + "\n</body>\n</html>\n")


def samsung_html(text):
    inner = "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "</head><body>" + inner + "</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Out-of-office answer (RFC 3834 headers) to the invitation, from a
# counselling office that was on the invitation's distribution list.

@mail("wessels-out-of-office-invitation", "2027-06-28 11:31:12",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Mechthild Wessels <m.wessels@seniorenberatung-ms.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Abwesenheitsnotiz: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1845682272.0041@seniorenberatung-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 16. Juli 2027,
nicht im Büro. Ihre E-Mail wird in dieser Zeit nicht gelesen und nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Tekin,
Tel. 0251 / 98 76 54-12, oder an seniorenberatung@seniorenberatung-ms.example.

Mit freundlichen Grüßen
Mechthild Wessels
Seniorenberatung Münster-Süd
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# A retired turner writes a formal letter as he would on his typewriter:
# sender block, date line, "B e t r e f f" spaced out, hard line breaks with
# hyphenation, numbered list of the couple with dates of birth.  The forum is
# named only by topic (pension and commuting between the two homes -> F2).
# Asks for seats near the door (registration that also asks).

KARAGIANNIS_1 = """Dimitrios Karagiannis
Wolbecker Straße 112
48155 Münster
Telefon: 0251 / 66 14 83


                                      Münster, den 30. Juni 2027


An die
Stadt Münster
Kommunales Integrationszentrum
- Fachforum "Älter werden in der Einwanderungsgesellschaft" -



B e t r e f f :   Verbindliche Anmeldung zum Fachforum
                   am Mittwoch, dem 22. September 2027



Sehr geehrte Damen und Herren,

mit großem Interesse habe ich im Seniorenblatt "Rundum aktiv"
von Ihrer Veranstaltung gelesen. Hiermit melde ich meine Frau
und mich verbindlich an:

   1.  Karagiannis, Dimitrios        geb. 14.03.1941
   2.  Karagiannis, Eleni            geb. 02.11.1944
       (geb. Papazoglou)

Wir leben seit 1964 in Münster. Ich war bis zu meiner Verrentung
im Jahre 2006 als Dreher in einer hiesigen Maschinenfabrik be-
schäftigt, meine Frau hat 25 Jahre in einer Großwäscherei gear-
beitet. Seit der Rente verbringen wir jedes Jahr die Sommer-
monate in unserem Heimatdorf bei Kozani und den Winter hier bei
unseren Kindern und Enkeln. Aus diesem Grunde interessiert uns
ganz besonders die Gesprächsrunde über die Rente und über das
Pendeln zwischen der alten und der neuen Heimat. Wir haben dazu
etliche Fragen, u. a. zur Krankenversicherung während der Auf-
enthalte in Griechenland.

Meine Frau ist seit einer Hüftoperation auf einen Rollator an-
gewiesen. Ich bitte daher höflich um zwei Sitzplätze in der
Nähe der Tür und nicht zu weit von den Toiletten entfernt.

Für eine kurze Bestätigung wäre ich Ihnen sehr verbunden. Da
ich mit dem Computer nicht sehr geübt bin, dürfen Sie mich auch
gern telefonisch erreichen (vormittags).


Hochachtungsvoll



Dimitrios Karagiannis
"""


@mail("karagiannis-typewriter-letter-couple", "2027-07-01 09:12:40",
      E("registration", "d.karagiannis@t-online.example", "Dimitrios Karagiannis",
        None, ["F2"], 2, "de"), "de")
def _(m):
    m.head(("From", "D.Karagiannis <d.karagiannis@t-online.example>"),
           ("To", FF),
           ("Subject", "Anmeldung Fachforum 22.9.2027"),
           ("Date", m.date),
           ("Message-ID", "<1u4Xq2-0c9Rk80@fwd81.t-online.example>"),
           ("X-Mailer", "T-Online eMail 6.12.1"),
           ("MIME-Version", "1.0"))
    m.single(KARAGIANNIS_1, charset="iso-8859-15", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Turkish; a grandson writes down what his grandmother dictated.  The attendee
# is the grandmother; he only brings and fetches her (party 1).  Topic
# "sağlık ve bakım" (health and care) -> F1.  Gmail multipart/alternative.

AYDOGAN = """Merhaba,

ben Emre Aydoğan, babaannem Hatice Aydoğan adına yazıyorum. Kendisi e-posta kullanmıyor, söylediklerini aynen yazıyorum:

"Eylül ayındaki toplantıya gelmek istiyorum. En çok sağlık ve bakım konusu ilgimi çekiyor: yaşlanınca doktora gitmek, ilaçlar, evde bakım hizmetleri gibi. Almancam çok iyi değil, Türkçe konuşan biri olursa çok sevinirim."

Bilgileri:
Hatice Aydoğan
Doğum tarihi: 11.08.1946
Adres: Dahlweg 7, 48153 Münster
Telefon: 0251 77 43 09

Babaannemi sabah ben getireceğim, öğleden sonra da alacağım; ben toplantıya katılmayacağım, işe gitmem lazım. Bir de binada asansör var mı? Babaannem merdiven çıkmakta çok zorlanıyor.

Teşekkürler,
Emre Aydoğan"""


@mail("aydogan-grandson-writes-for-grandmother-turkish", "2027-07-02 19:47:03",
      E("registration", "emre.aydogan1999@gmail.example", "Hatice Aydoğan",
        None, ["F1"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Emre Aydoğan <emre.aydogan1999@gmail.example>"),
           ("To", FF),
           ("Subject", "Babaannem için kayıt / Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAH7pQz0e4Lk9wVv2mTt3xR1aB8s6YdN5uJg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(AYDOGAN, gmail_html(AYDOGAN), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 004 ---------------------------------------------------------------------
# Social service of a care home registers four residents with dates of birth
# and two staff (6 persons), topic loneliness/encounter -> F5; questions about
# wheelchairs, minibus and a hearing loop.  Outlook multipart/alternative in
# windows-1252 with a disclaimer; the organisation ends in gGmbH.

HOELSCHER = """Sehr geehrte Damen und Herren,

im Namen unseres Hauses möchte ich eine kleine Gruppe zum Fachforum am 22. September anmelden. Aus dem Seniorenzentrum kommen vier Bewohnerinnen und Bewohner sowie zwei Begleitpersonen vom Sozialen Dienst (meine Kollegin Frau Linh Tran und ich), also insgesamt sechs Personen:

- Herr Antonio Ferreira, geb. 19.01.1938 (Rollstuhl)
- Frau Zofia Nowak, geb. 07.06.1941
- Herr Salvatore Russo, geb. 23.09.1943 (Rollstuhl)
- Frau Halime Güler, geb. 30.12.1945 (Hörgeräte)

Das Thema Einsamkeit im Alter beschäftigt uns im Haus gerade sehr, gerade bei den Bewohnern, deren Familien weit weg wohnen. Wir möchten deshalb alle sechs in das Forum zu Teilhabe und Begegnung.

Dazu noch drei praktische Fragen:
1. Ist der Saal stufenlos erreichbar, und ist an den Tischen Platz für zwei Rollstühle?
2. Wir kommen mit unserem Kleinbus (mit Rampe). Gibt es vor dem Haus eine Stelle, an der wir halten und aussteigen lassen können?
3. Gibt es eine Induktionsschleife? Frau Güler hört mit ihren Hörgeräten in großen Räumen sehr schlecht.

Vielen Dank im Voraus!

Mit freundlichen Grüßen

Brigitte Hölscher
Sozialer Dienst

Seniorenzentrum Haus Ludgeri gGmbH
Hammer Straße 212 · 48153 Münster
Tel. 0251 / 39 87 6-210 · Fax 0251 / 39 87 6-299
b.hoelscher@haus-ludgeri.example

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."""


@mail("hoelscher-care-home-six-persons-outlook", "2027-07-05 10:31:27",
      E("registration", "b.hoelscher@haus-ludgeri.example", "Brigitte Hölscher",
        "Seniorenzentrum Haus Ludgeri gGmbH", ["F5"], 6, "de"), "de")
def _(m):
    m.head(("From", "=?iso-8859-1?Q?H=F6lscher=2C_Brigitte?= <b.hoelscher@haus-ludgeri.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Anmeldung Bewohnergruppe – Fachforum 22.09."),
           ("Thread-Topic", "Anmeldung Bewohnergruppe – Fachforum 22.09."),
           ("Thread-Index", "AdvxL7m2Q0b4yE1kS9u6R3cT8a5Wng=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8421C3E07A6D1F2B93A4E5C6A1@DB9PR04MB8421.eurprd04.prod.outlook.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(HOELSCHER, outlook_html(HOELSCHER, charset="windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 005 ---------------------------------------------------------------------
# Learner German of a Russian-speaking woman who cares for her husband with
# dementia: dementia forum first, "Forum für pflegende Angehörige" second.
# Bilingual signature (Latin form used).  Plain UTF-8, 8bit.

@mail("gurewitsch-learner-german-dementia-then-carers", "2027-07-06 15:05:51",
      E("registration", "tamara.g1952@yandex.example", "Tamara Gurewitsch",
        None, ["F4", "F3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Tamara <tamara.g1952@yandex.example>"),
           ("To", FF),
           ("Subject", "anmeldung forum"),
           ("Date", m.date),
           ("Message-ID", "<2381783456@mail.yandex.example>"),
           ("X-Mailer", "Yandex Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich heise Tamara Gurewitsch, ich bin 74 Jahre, wohne in Münster seit 1999, komme aus Charkiw. Ich möchte gerne anmelden für Forum wo geht über Demenz. Mein Mann Boris hat Demenz seit 3 Jahre, ich pflege ihn zu Hause allein. Ich habe viele Fragen und mein Deutsch ist nicht so gut, aber ich verstehe wenn man langsam spricht.

Wenn Forum mit Demenz schon voll ist, dann bitte Forum für pflegende Angehörige, das ist auch gut für mich.

Mein Mann kommt nicht mit, an diesem Tag ist er in Tagespflege.

Meine Adresse: Gievenbecker Weg 56, 48161 Münster
Telefon: 0251 87 65 43 oder Handy 0157 3345 1290

Mit freundlichen Grüßen
Tamara Gurewitsch
Тамара Гуревич
""", charset="utf-8", cte="8bit")


# -- 006 ---------------------------------------------------------------------
# Italian, from an iPad (Apple Mail, multipart/alternative): a pensioners'
# club's honorary president registers himself and his wife (2), topic
# "pensione e ritorno in Italia" -> F2; asks for front-row seats.

ESPOSITO_1 = """Gentili Signori,

mi chiamo Antonio Esposito, sono pensionato e vivo a Münster dal 1968. Sono presidente onorario del Circolo Anziani Italiani «Insieme» di Münster. Vorrei iscrivere me e mia moglie Carmela al Forum del 22 settembre.

Ci interessa soprattutto il tema della pensione e del ritorno in Italia: molti dei nostri soci passano metà dell'anno giù in Campania e l'altra metà qui vicino ai figli, e ci sono sempre problemi con le due pensioni e con l'assistenza sanitaria.

Io sono nato il 4 aprile 1942, mia moglie il 19 febbraio 1947.
Indirizzo: Hammer Straße 88, 48153 Münster
Telefono: 0251 52 19 77

Mia moglie ci sente poco: sarebbe possibile avere due posti nelle prime file?

Distinti saluti
Antonio Esposito

Inviato da iPad"""


@mail("esposito-italian-ipad-couple", "2027-07-08 11:20:18",
      E("registration", "antonio.esposito42@libero-mail.example", "Antonio Esposito",
        "Circolo Anziani Italiani «Insieme» di Münster", ["F2"], 2, "it"), "it")
def _(m):
    m.head(("From", "Antonio Esposito <antonio.esposito42@libero-mail.example>"),
           ("To", FF),
           ("Subject", "Iscrizione al Forum del 22 settembre"),
           ("Date", m.date),
           ("Message-ID", "<6F1C2A90-3B7E-4D18-9E55-A0C4B7D2E831@libero-mail.example>"),
           ("X-Mailer", "iPad Mail (21G93)"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.alternative(ESPOSITO_1, apple_html(ESPOSITO_1), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Question: the head of an outpatient care service asks about a hearing loop,
# chairs with armrests, a barrier-free toilet, attendance certificates and
# large-print handouts before registering her team.  New Outlook, HTML only.

BECKER = """Sehr geehrte Damen und Herren,

wir sind ein ambulanter Pflegedienst mit Schwerpunkt auf russisch- und polnischsprachigen Pflegebedürftigen und würden gerne mehrere Mitarbeitende und auch einige unserer Klientinnen und Klienten zum Fachforum schicken. Bevor ich eine Anmeldung schicke, habe ich ein paar Fragen:

1. Gibt es im Saal eine induktive Höranlage (Ringschleife)? Mehrere unserer Klienten tragen Hörgeräte mit T-Spule.
2. Gibt es Stühle mit Armlehnen, und wie viele Rollstuhlplätze stehen zur Verfügung?
3. Ist eine barrierefreie Toilette auf derselben Etage?
4. Bekommen Pflegefachkräfte eine Teilnahmebescheinigung, die wir als Fortbildung anrechnen können?
5. Gibt es die Unterlagen auch in großer Schrift oder auf Russisch?

Sobald ich Ihre Antwort habe, melde ich unser Team an. Rückfragen gern telefonisch unter 0251 20 30 40-15.

Mit freundlichen Grüßen

Olga Becker
Pflegedienstleitung
Vita Mobil Ambulante Pflege GmbH
Warendorfer Straße 150, 48145 Münster"""


@mail("becker-care-service-accessibility-question", "2027-07-09 08:44:36",
      E("question", "o.becker@vitamobil-pflege.example", "Olga Becker",
        "Vita Mobil Ambulante Pflege GmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", "Olga Becker <o.becker@vitamobil-pflege.example>"),
           ("To", FF),
           ("Subject", "Fragen zur Barrierefreiheit und Teilnahme von Pflegekräften"),
           ("Date", m.date),
           ("Message-ID", "<AM8PR10MB4097E6B1C2D3A4F5@AM8PR10MB4097.EURPRD10.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(new_outlook_html(BECKER), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Polish, ISO-8859-2 quoted-printable: a 71-year-old who cares for her mother
# describes the carers' forum in her own words -> F3; hard of hearing, asks
# for a front-row seat.

@mail("wisniewska-polish-family-carer", "2027-07-12 17:02:09",
      E("registration", "k.wisniewska@onet-poczta.example", "Krystyna Wiśniewska",
        None, ["F3"], 1, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krystyna Wiśniewska", "k.wisniewska@onet-poczta.example",
                         "iso-8859-2", "q")),
           ("To", FF),
           ("Subject", ew("Zgłoszenie na forum 22 września", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<4a8f2c10e6b7d93155@onet-poczta.example>"),
           ("X-Mailer", "Poczta Onet"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

nazywam się Krystyna Wiśniewska, mam 71 lat i od 1989 roku mieszkam w Münster. Od dwóch lat opiekuję się moją mamą (93 lata), która mieszka ze mną. Chciałabym się zgłosić na forum dla osób, które opiekują się bliskimi w domu - o odciążeniu, poradnictwie i grupach wsparcia dla rodzin.

Moje dane:
Krystyna Wiśniewska
ur. 15.05.1956
Grevener Straße 301, 48159 Münster
tel. 0251 21 43 65

Niestety słabo słyszę na lewe ucho. Czy mogłabym prosić o miejsce w pierwszym rzędzie, najlepiej po prawej stronie?

Mama zostanie tego dnia pod opieką sąsiadki, więc przyjdę sama.

Z wyrazami szacunku
Krystyna Wiśniewska
""", charset="iso-8859-2", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# Postfix DSN: the confirmation to 008 bounced, her mailbox is over quota.

WIS_RCPT = "k.wisniewska@onet-poczta.example"


@mail("postfix-bounce-mailbox-full", "2027-07-12 17:03:02",
      E("bounce", bounced=WIS_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", FF),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270712150302.4C1E82A0F7@mail.muenster.example>"),
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

<{WIS_RCPT}>: host mx.onet-poczta.example[198.51.100.41] said:
    552 5.2.2 <{WIS_RCPT}>: Mailbox quota exceeded (in reply to RCPT
    TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "4C1E82A0F7"),
         ("X-Postfix-Sender", f"rfc822; {FF}"),
         ("Arrival-Date", "Mon, 12 Jul 2027 17:02:58 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {WIS_RCPT}"),
         ("Original-Recipient", f"rfc822;{WIS_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx.onet-poczta.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{WIS_RCPT}>: Mailbox quota exceeded")])
    original = confirmation_message(
        f"=?iso-8859-2?q?Krystyna_Wi=B6niewska?= <{WIS_RCPT}>", "Frau Wiśniewska", "F3", 1,
        "Mon, 12 Jul 2027 17:02:57 +0200", "<mailbot.20270712170257.8b2e@muenster.example>",
        "<4a8f2c10e6b7d93155@onet-poczta.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 010 ---------------------------------------------------------------------
# Croatian, windows-1250 quoted-printable: a couple; the husband has early
# dementia -> F4 ("radionica o demenciji"); hearing aid, asks for a loop and
# seats near the exit.

@mail("peric-croatian-couple-dementia", "2027-07-15 20:18:44",
      E("registration", "a.peric@posteo.example", "Ankica Perić", None, ["F4"], 2, "hr"), "hr")
def _(m):
    m.head(("From", addr("Ankica Perić", "a.peric@posteo.example", "windows-1250", "q")),
           ("To", FF),
           ("Subject", ew("Prijava za forum – Ankica i Stjepan Perić", "windows-1250", "q")),
           ("Date", m.date),
           ("Message-ID", "<b17e0c44-2f9a-4c3d-8e61-5d0a9f3b2c78@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "hr"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovani,

htjela bih prijaviti sebe i svog supruga Stjepana za stručni forum 22. rujna. Stjepanu su prošle godine dijagnosticirali početnu demenciju, pa nas najviše zanima radionica o demenciji – kako to razumjeti, kako se nositi s tim u obitelji i gdje ćemo živjeti kad kod kuće više ne bude išlo.

Ankica Perić, rođena 03.02.1949.
Stjepan Perić, rođen 27.10.1945.
Adresa: Kappenberger Damm 41, 48151 Münster
Tel.: 0251 79 12 58

Stjepan nosi slušni aparat. Ima li u dvorani indukcijska petlja? I molim Vas, ako je moguće, mjesta blizu izlaza, jer on ne može dugo mirno sjediti pa ponekad mora izaći.

Unaprijed hvala i lijep pozdrav,
Ankica Perić
""", charset="windows-1250", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# A paid everyday companion (Alltagsbegleiterin) registers the man she looks
# after; she comes along (2).  Attendee = Mehmet Ali Kaya, reply to her
# address; her employer is not named, the attendee comes for no association.
# Topic pension and trips home -> F2.  GMX multipart/alternative.

ROTTMANN = """Hallo liebes Team,

ich bin Alltagsbegleiterin und betreue seit einigen Jahren Herrn Mehmet Ali Kaya (geb. 02.05.1939), der in Münster-Coerde wohnt. Herr Kaya hat mich gebeten, ihn für Ihr Fachforum anzumelden – er hat keine E-Mail und schreibt selbst nicht mehr so gut.

Er möchte gern zu dem Forum über Rente und das Hin- und Herreisen, weil er jedes Jahr mehrere Monate bei seiner Tochter in Izmir ist und jedes Mal Ärger mit der Krankenkasse hat, wenn er dort zum Arzt muss. Ich werde ihn an dem Tag begleiten (er geht am Stock und braucht auf Treppen Hilfe), wir wären also zu zweit.

Rückfragen bitte an mich:
Sabine Rottmann
Tel. 0172 5 66 81 02

Adresse von Herrn Kaya:
Mehmet Ali Kaya
Hamannplatz 14, 48157 Münster
Tel. 0251 32 45 77 (bitte laut und langsam sprechen 🙂)

Vielen Dank und viele Grüße
Sabine Rottmann"""


@mail("rottmann-companion-registers-kaya-gmx", "2027-07-16 09:55:21",
      E("registration", "sabine.rottmann@gmx.example", "Mehmet Ali Kaya",
        None, ["F2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Rottmann <sabine.rottmann@gmx.example>"),
           ("To", FF),
           ("Subject", "Anmeldung Herr Kaya (Fachforum 22.9.)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8e2d4b61-0c57-4f93-a1d8-3b6e9f0a7c24-1847008521337@3c-app-gmx-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.alternative(ROTTMANN, div_html(ROTTMANN), charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# English; a daughter who cares for her mother registers herself only:
# family carers' forum first, dementia forum second.  Outlook.com,
# multipart/alternative.

OWUSU = """Hello,

I hope it's OK to write in English – my German is fine for everyday things, but I don't trust myself with a formal email.

I'd like to register for the Fachforum on 22 September. I look after my mother, who is 82 and came to Germany from Ghana in 1979. She has had several small strokes and needs a bit more help every month, and I'm trying to balance that with a full-time job. So the forum for family carers (relief, counselling, self-help) would be my first choice. If that one is full, the dementia forum would be my second, because we suspect that may be coming too.

It will just be me – my mother finds long days too tiring.

Name: Abena Owusu
Address: Dieckstraße 19, 48145 Münster
Mobile: 0176 2233 4455

Thank you,
Abena"""


@mail("owusu-english-carer-first-and-second-choice", "2027-07-19 22:10:05",
      E("registration", "abena.owusu@outlook.example", "Abena Owusu",
        None, ["F3", "F4"], 1, "en"), "en")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@outlook.example>"),
           ("To", FF),
           ("Subject", "Registration – forum for family carers"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB2264A1B3C5D7E9F1@PAXP193MB2264.EURP193.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU, new_outlook_html(OWUSU), charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 013 ---------------------------------------------------------------------
# Greek, ISO-8859-7 base64, display name and subject B-encoded in ISO-8859-7:
# two widows, topic loneliness in old age and club meetings -> F5; the German
# address is written without umlauts (Greek keyboard).  Name only in Greek.

@mail("tsakiri-greek-two-widows", "2027-07-20 10:02:47",
      E("registration", "sofia.tsakiri@otenet.example", "Σοφία Τσακίρη",
        "Σύλλογος Ελλήνων Συνταξιούχων Μύνστερ", ["F5"], 2, "el"), "el")
def _(m):
    m.head(("From", addr("Σοφία Τσακίρη", "sofia.tsakiri@otenet.example", "iso-8859-7", "b")),
           ("To", FF),
           ("Subject", ew("Δήλωση συμμετοχής - Φόρουμ 22 Σεπτεμβρίου", "iso-8859-7", "b")),
           ("Date", m.date),
           ("Message-ID", "<000001dbf91a$7c2e4b10$74a6e130$@otenet.example>"),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single("""Αγαπητοί κύριοι,

θα ήθελα να δηλώσω συμμετοχή στην ημερίδα για τους ηλικιωμένους μετανάστες στις 22 Σεπτεμβρίου, για εμένα και για τη φίλη μου, την κυρία Αναστασία Μαυρίδου. Είμαστε και οι δύο χήρες και ζούμε μόνες μας. Μας ενδιαφέρει η ομάδα για τη μοναξιά στην τρίτη ηλικία και για τις συναντήσεις των συλλόγων.

Σοφία Τσακίρη, γεν. 09.01.1943
Αναστασία Μαυρίδου, γεν. 21.07.1940
Διεύθυνση: Bremer Str. 22, 48155 Muenster
Τηλ. 0251 60 18 34

Η Αναστασία κινείται με αναπηρικό αμαξίδιο. Υπάρχει ασανσέρ ή είναι όλα στο ισόγειο;

Με εκτίμηση,
Σοφία Τσακίρη
Σύλλογος Ελλήνων Συνταξιούχων Μύνστερ
""", charset="iso-8859-7", cte="base64")


# -- 014 ---------------------------------------------------------------------
# HTML only (web.de style, ISO-8859-1): a retired couple, topics "Gesundheit
# und Pflege" -> F1; wheelchair, asks for disabled parking.

DEMIR_1 = """Sehr geehrte Damen und Herren,

ich und meine Frau Emine möchten uns für das Fachforum am 22.09.2027 anmelden. Wir sind beide Rentner und leben seit 1971 in Münster, ich war 38 Jahre bei der Bundesbahn. Wir interessieren uns am meisten für die Themen Gesundheit und Pflege, weil meine Frau Diabetes hat und wir nicht wissen, wie es weiter geht, wenn wir älter werden.

Meine Frau braucht einen Rollstuhl für längere Wege. Gibt es Parkplätze für Behinderte direkt am Eingang? Wir haben einen Ausweis mit aG.

Yusuf Demir, geb. 01.07.1951
Emine Demir, geb. 15.03.1955
Am Kanal 9, 48163 Münster
Tel: 02501 / 4 47 21

Mit freundlichen Grüßen
Yusuf Demir"""


@mail("demir-webmail-html-only-couple", "2027-07-22 16:40:33",
      E("registration", "yusuf.demir1951@web.example", "Yusuf Demir",
        None, ["F1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Yusuf Demir <yusuf.demir1951@web.example>"),
           ("To", FF),
           ("Subject", "Anmeldung 2 Personen"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0f6b2d8e-91a4-4c37-b5e0-7d3a2c1f9e46-1848314433090@3c-app-webde-bs51>"),
           ("MIME-Version", "1.0"))
    m.single(div_html(DEMIR_1, charset="iso-8859-1"), subtype="html",
             charset="iso-8859-1", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Change, the same typewriter-style writer as 002, a new letter (no quote):
# from the pension forum to the dementia forum; the number stays the same.

KARAGIANNIS_2 = """Dimitrios Karagiannis
Wolbecker Straße 112
48155 Münster
Telefon: 0251 / 66 14 83


                                      Münster, den 25. Juli 2027


An die
Stadt Münster
Kommunales Integrationszentrum



Betr.:  Meine Anmeldung vom 30. Juni 2027
        hier: Änderung des Forums



Sehr geehrte Damen und Herren,

zunächst bedanke ich mich für die freundliche Bestätigung un-
serer Anmeldung.

Leider hat sich in unserer Familie inzwischen eine Veränderung
ergeben: bei meinem Schwager, der bei uns im Hause wohnt, wurde
vor vierzehn Tagen eine beginnende Demenz festgestellt. Meine
Frau und ich möchten deshalb nicht mehr an der Gesprächsrunde
über Rente und Pendeln teilnehmen, sondern stattdessen an dem
Forum über die Demenz ("Demenz verstehen - mehrsprachig"). Die
Fragen zur Rente müssen bis zum nächsten Jahr warten.

Die Anzahl der Personen (2) bleibt unverändert.

Ich bitte um Berücksichtigung und danke Ihnen im Voraus.


Hochachtungsvoll



Dimitrios Karagiannis
"""


@mail("karagiannis-typewriter-change-to-dementia", "2027-07-26 11:15:09",
      E("change", "d.karagiannis@t-online.example", "Dimitrios Karagiannis",
        None, ["F4"], None, "de"), "de")
def _(m):
    m.head(("From", "D.Karagiannis <d.karagiannis@t-online.example>"),
           ("To", FF),
           ("Subject", "Aenderung meiner Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<1u7Bn4-1f2Tq60@fwd84.t-online.example>"),
           ("X-Mailer", "T-Online eMail 6.12.1"),
           ("MIME-Version", "1.0"))
    m.single(KARAGIANNIS_2, charset="iso-8859-15", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Russian, windows-1251 base64, display name and subject B-encoded: a woman who
# cares for her husband after a stroke registers herself and her daughter for
# the relatives' forum -> F3; asks for a Russian interpreter.  German street
# written without umlauts (no German letters in windows-1251).

@mail("kuznetsova-russian-cp1251-mother-and-daughter", "2027-07-28 13:27:40",
      E("registration", "v.kuznetsova@rambler.example", "Валентина Кузнецова",
        None, ["F3"], 2, "ru"), "ru")
def _(m):
    m.head(("From", addr("Валентина Кузнецова", "v.kuznetsova@rambler.example",
                         "windows-1251", "b")),
           ("To", FF),
           ("Subject", ew("Регистрация на форум 22 сентября", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1848482860.77314.f2e91c@mail.rambler.example>"),
           ("X-Mailer", "Rambler Mail"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Меня зовут Валентина Кузнецова, мне 78 лет. Мы с мужем приехали в Германию в 1996 году из Караганды. Муж после инсульта почти не ходит, и я уже пятый год ухаживаю за ним дома. Дочь прочитала мне ваше приглашение и помогла написать это письмо.

Хочу записать себя и дочь, Ирину, на форум для родственников, которые ухаживают за своими близкими. Мне очень нужен совет, где можно получить помощь и как самой не сломаться.

Валентина Кузнецова, 12.04.1949
Ирина Шмидт (дочь), 30.10.1972
Адрес: Westfalenstr. 180, 48165 Muenster-Hiltrup
Телефон: 02501 96 33 70

Будет ли на форуме переводчик на русский язык? По-немецки я понимаю плохо.

С уважением,
Валентина Кузнецова
""", charset="windows-1251", cte="base64")


# -- 017 ---------------------------------------------------------------------
# Head of an intercultural senior meeting point registers herself and two
# volunteers (3): "Forum 5 ... Falls das schon voll ist, nehmen wir gerne
# Forum 1".  Outlook multipart/alternative, UTF-8.

ARIKAN_1 = """Sehr geehrte Damen und Herren,

hiermit melde ich für den Interkulturellen Seniorentreff Coerde drei Personen zum Fachforum an: mich selbst als Leiterin des Treffs sowie zwei Ehrenamtliche aus unserem Besuchsdienst, Frau Nermin Yavuz und Herrn Wolfgang Pieper.

Unser Wunsch wäre Forum 5 (Teilhabe statt Einsamkeit). Falls das schon voll ist, nehmen wir gerne Forum 1.

Eine Bitte: Herr Pieper ist gehbehindert und braucht einen Stuhl mit Armlehnen, möglichst am Rand.

Mit freundlichen Grüßen

Songül Arıkan
Leitung
Interkultureller Seniorentreff Coerde e.V.
Tel. 0251 / 2 84 95 30"""


@mail("arikan-seniorentreff-forum5-else-1-outlook", "2027-07-30 09:03:12",
      E("registration", "s.arikan@seniorentreff-coerde.example", "Songül Arıkan",
        "Interkultureller Seniorentreff Coerde e.V.", ["F5", "F1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Songül Arıkan <s.arikan@seniorentreff-coerde.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Anmeldung Fachforum 22.09. – Interkultureller Seniorentreff Coerde"),
           ("Thread-Topic", "Anmeldung Fachforum 22.09. – Interkultureller Seniorentreff Coerde"),
           ("Thread-Index", "AdwBa1f3kP0Xc2mR8s4T7vQ9yLnE6w=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742D0E9A8B7C6F5@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(ARIKAN_1, outlook_html(ARIKAN_1, charset="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Her vacation notice answers the confirmation a minute later: Outlook
# "Automatische Antwort", German and Turkish, Auto-Submitted header.

ARIKAN_CONF_ID = "<mailbot.20270730090318.c41d@muenster.example>"


@mail("arikan-automatic-reply-vacation", "2027-07-30 09:04:01",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Songül Arıkan <s.arikan@seniorentreff-coerde.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1742A1B2C3D4E5F6@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", ARIKAN_CONF_ID),
           ("References", ARIKAN_CONF_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "s.arikan@seniorentreff-coerde.example"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin vom 30.07. bis einschließlich 23.08.2027 im Urlaub. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie den Seniorentreff dienstags und donnerstags von 10 bis 12 Uhr unter 0251 / 2 84 95 30.

Mesajınız için teşekkürler. 23.08.2027 tarihine kadar izindeyim.

Songül Arıkan
""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Question, Italian: a daughter in Bologna asks on behalf of her mother about
# interpretation, lunch and transport; she will register her only after an
# answer.  Plain UTF-8, 8bit.

@mail("greco-italian-daughter-questions-before-registering", "2027-08-02 18:36:55",
      E("question", "francesca.greco@yahoo-mail.example", "Francesca Greco",
        None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Francesca Greco <francesca.greco@yahoo-mail.example>"),
           ("To", FF),
           ("Subject", "informazioni per mia madre"),
           ("Date", m.date),
           ("Message-ID", "<1425837190.2290154.1848875815532@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.22457 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

scrivo per conto di mia madre, Rosa Greco, 84 anni, che abita a Münster-Kinderhaus da più di cinquant'anni. Io vivo a Bologna e purtroppo non posso accompagnarla. Lei è molto interessata al vostro incontro del 22 settembre, soprattutto alla parte sulle persone anziane che vivono da sole.

Prima di iscriverla vorrei sapere alcune cose:
- ci sarà qualcuno che traduce in italiano? Mia madre capisce il tedesco di tutti i giorni, ma non le discussioni lunghe;
- il pranzo è compreso? Lei è diabetica;
- c'è un servizio di trasporto o un taxi sociale? Non guida più e con l'autobus deve cambiare due volte.

Se mi rispondete, la iscrivo subito.

Grazie mille e cordiali saluti
Francesca Greco
""", charset="utf-8", cte="8bit")


# -- 020 ---------------------------------------------------------------------
# Learner German without umlauts, US-ASCII 7bit, no greeting line: retired
# builder who spends half the year in Serbia -> "Forum ... uber Rente und
# Ruckkehr" (F2), alone.

@mail("markovic-learner-german-ascii-pension", "2027-08-04 08:12:30",
      E("registration", "dragan.markovic46@mail.example", "Dragan Markovic",
        None, ["F2"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dragan Markovic <dragan.markovic46@mail.example>"),
           ("To", FF),
           ("Subject", "Forum Rente"),
           ("Date", m.date),
           ("Message-ID", "<20270804061230.Horde.kQz3pW9nLm4@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Guten tag

mein name ist Dragan Markovic, 81 Jahre, Rentner, fruher Bauarbeiter bei Firma in Munster 35 Jahre. Ich will kommen zu Forum am 22 September wo man spricht uber Rente und Ruckkehr, ich bin jedes Jahr 6 Monat in Serbien bei Kragujevac und 6 Monat hier bei Sohn. Ich habe Problem mit Rente von Serbien und mit Krankenkasse.

Ich komme allein, Frau ist gestorben 2019.

Geburtsdatum 12.8.1946
Tel 0251 2 77 61 39
Adresse Nienkamp 48, 48147 Munster

Danke
Dragan Markovic
""", charset="us-ascii", cte="7bit")


# -- 021 ---------------------------------------------------------------------
# Head of a culturally sensitive care service registers four staff for two
# forums in one mail: himself and a colleague for Forum 1, two others for
# Forum 4.  workgroups = the writer's own forum (F1), party_size = all four.
# Outlook multipart/alternative, UTF-8; display name with a company suffix.

YILMAZ = """Sehr geehrte Damen und Herren,

wir sind ein kultursensibler ambulanter Pflegedienst in Münster (Schwerpunkt türkisch-, arabisch- und kurdischsprachige Pflegebedürftige) und möchten gerne mit vier Mitarbeitenden am Fachforum teilnehmen.

Forum 1 (Gesund alt werden / kultursensible Versorgung):
- Ramazan Yılmaz, Pflegedienstleitung
- Derya Şimşek, Pflegefachkraft

Forum 4 (Demenz verstehen – mehrsprachig):
- Layla Haddad, Pflegefachkraft mit gerontopsychiatrischer Zusatzqualifikation
- Tobias Brandt, Pflegehelfer

Wäre es möglich, allen vier eine Teilnahmebescheinigung auszustellen? Wir rechnen die Stunden als interne Fortbildung an.

Vielen Dank und freundliche Grüße

Ramazan Yılmaz
Pflegedienstleitung
Köprü – Kultursensibler Pflegedienst GmbH
Bohlweg 31, 48147 Münster
Tel. 0251 / 4 90 33 70"""


@mail("yilmaz-care-service-four-staff-two-forums", "2027-08-05 14:50:16",
      E("registration", "r.yilmaz@koepru-pflege.example", "Ramazan Yılmaz",
        "Köprü – Kultursensibler Pflegedienst GmbH", ["F1"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Ramazan Yılmaz | Köprü Pflegedienst" <r.yilmaz@koepru-pflege.example>'),
           ("To", FF),
           ("Subject", "Anmeldung von 4 Mitarbeitenden – Fachforum 22.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<VI1P190MB0733F4E5D6C7B8A9@VI1P190MB0733.EURP190.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(YILMAZ, outlook_html(YILMAZ, charset="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Cancellation of 014 (wife in hospital), web.de HTML only in ISO-8859-1,
# quoting the confirmation (Forum 1, 2 persons) in a blockquote; the quoted
# typographic quotes and dashes become character references.

DEMIR_2 = """Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung für den 22. September zurückziehen. Meine Frau ist letzte Woche ins Krankenhaus gekommen (Herz) und muss danach in die Reha. Ich bleibe bei ihr.

Bitte geben Sie unsere beiden Plätze an andere Leute weiter. Vielleicht klappt es nächstes Jahr.

Mit freundlichen Grüßen
Yusuf Demir"""


def webde_quote(gesendet, von, an, betreff, quoted):
    head = (f"<div style=\"margin:0 0 10px 0;\"><b>Gesendet:</b>&nbsp;{esc(gesendet)}<br/>"
            f"<b>Von:</b>&nbsp;&quot;{esc(von)}&quot;<br/><b>An:</b>&nbsp;{esc(an)}<br/>"
            f"<b>Betreff:</b>&nbsp;{esc(betreff)}</div>")
    body = "<br/>\n".join(esc(line) for line in quoted.split("\n"))
    return ("<div>&nbsp;</div><div name=\"quote\" style=\"margin:10px 5px 5px 10px; "
            "padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word;\">"
            f"{head}<div name=\"quoted-content\">{body}</div></div>")


@mail("demir-cancel-wife-in-hospital-html-quote", "2027-08-09 07:58:02",
      E("cancellation", "yusuf.demir1951@web.example", "Yusuf Demir",
        None, [], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270722164105.9a07@muenster.example>"
    m.head(("From", "Yusuf Demir <yusuf.demir1951@web.example>"),
           ("To", FF),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-5c3a9e71-2b8d-40f6-9e14-a6d0c7b3f258-1849412282114@3c-app-webde-bs47>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    quote = webde_quote("Donnerstag, 22. Juli 2027 um 16:41 Uhr", FF_NAME + " <" + FF + ">",
                        "yusuf.demir1951@web.example", CONFIRMATION_SUBJECT,
                        confirmation("Herr Demir", "F1", 2))
    m.single(div_html(DEMIR_2, charset="iso-8859-1", after=quote), subtype="html",
             charset="iso-8859-1", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# Turkish from a Samsung phone (multipart/alternative, base64): a woman and two
# neighbours who all care for a relative at home -> "hasta bakan aile
# fertleri için olan forum" (F3); three persons with dates of birth.

KORKMAZ_1 = """Merhabalar,

Ben Gülsüm Korkmaz, 64 yaşındayım. Eylül'deki foruma kendim ve aynı apartmanda oturan iki komşum için kayıt yaptırmak istiyorum. Üçümüz de evde yaşlı ve hasta birine bakıyoruz: ben kayınvalideme, Nuran Hanım eşine, Zeliha Hanım da annesine bakıyor. O yüzden hasta bakan aile fertleri için olan foruma katılmak istiyoruz.

1) Gülsüm Korkmaz - 02.09.1963
2) Nuran Öztürk - 17.04.1958
3) Zeliha Aslan - 30.11.1960

Adres: Brüningheide 12, 48157 Münster
Tel: 0176 98 45 21 30

Almancamız az, Türkçe tercüman olursa çok iyi olur.

Saygılarımla
Gülsüm Korkmaz

Samsung Galaxy akıllı telefonumdan gönderildi."""


@mail("korkmaz-turkish-samsung-three-neighbours", "2027-08-11 12:12:07",
      E("registration", "gulsum.korkmaz63@hotmail.example", "Gülsüm Korkmaz",
        None, ["F3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", "Gülsüm Korkmaz <gulsum.korkmaz63@hotmail.example>"),
           ("To", FF),
           ("Subject", "Kayıt - 3 kişi"),
           ("Date", m.date),
           ("Message-ID", "<m3k9q2.1849687927.samsung@hotmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_1, samsung_html(KORKMAZ_1), charset="utf-8", cte="base64",
                  style="samsung")


# -- 024 ---------------------------------------------------------------------
# Advertising newsletter of a hearing-aid shop (other); it mentions
# induction loops and "Termin ... anmelden".  List headers, Precedence bulk.

HOERWELT = """Hören Sie wieder alles – auch im Vortragssaal!

Guten Tag,

nur im August: Ihr kostenloser Hörtest in allen HörWelt-Fachgeschäften in Münster und Umgebung, ganz ohne Termin.

Dazu 20 % Rabatt auf Zubehör: Batterien, Ladestationen, Reinigungssets und TV-Streamer.

Wussten Sie schon? Viele moderne Hörgeräte haben eine T-Spule. Damit hören Sie in Kirchen, Theatern und Sälen mit Induktionsschleife klar und ohne Nebengeräusche. Wir stellen Ihre Geräte kostenlos richtig ein.

Jetzt Beratung anmelden: https://www.hoerwelt-akustik.example/termin

Ihr Team von HörWelt Akustik
Ludgeristraße 40, 48143 Münster

Sie erhalten diesen Newsletter, weil Sie sich auf hoerwelt-akustik.example eingetragen haben.
Abmelden: https://news.hoerwelt-akustik.example/abmelden?u=7f3a91c2"""

HOERWELT_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>HörWelt Akustik</title></head>
<body style="margin:0;background:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#1d2b3a;">
<tr><td style="background:#0b5c8a;color:#ffffff;font-size:24px;font-weight:bold;">Hören Sie wieder alles – auch im Vortragssaal!</td></tr>
<tr><td style="font-size:16px;line-height:1.5;">
<p>Guten Tag,</p>
<p>nur im August: Ihr <b>kostenloser Hörtest</b> in allen HörWelt-Fachgeschäften in Münster und Umgebung, ganz ohne Termin.</p>
<p>Dazu <b>20&nbsp;% Rabatt auf Zubehör</b>: Batterien, Ladestationen, Reinigungssets und TV-Streamer.</p>
<p>Wussten Sie schon? Viele moderne Hörgeräte haben eine T-Spule. Damit hören Sie in Kirchen, Theatern und Sälen mit Induktionsschleife klar und ohne Nebengeräusche. Wir stellen Ihre Geräte kostenlos richtig ein.</p>
<p style="text-align:center;"><a href="https://www.hoerwelt-akustik.example/termin" style="background:#e8772e;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;">Jetzt Beratung anmelden</a></p>
<p>Ihr Team von HörWelt Akustik<br>Ludgeristraße 40, 48143 Münster</p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7785;">Sie erhalten diesen Newsletter, weil Sie sich auf hoerwelt-akustik.example eingetragen haben.
<a href="https://news.hoerwelt-akustik.example/abmelden?u=7f3a91c2">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("hoerwelt-hearing-aid-newsletter", "2027-08-13 06:00:41",
      E("other"), "de")
def _(m):
    m.head(("From", "HörWelt Akustik <newsletter@news.hoerwelt-akustik.example>"),
           ("Reply-To", "service@hoerwelt-akustik.example"),
           ("To", FF),
           ("Subject", "Nur im August: kostenloser Hörtest + 20 % auf Zubehör"),
           ("Date", m.date),
           ("Message-ID", "<20270813040041.7f3a91c2.184@news.hoerwelt-akustik.example>"),
           ("List-Id", "HoerWelt Newsletter <newsletter.hoerwelt-akustik.example>"),
           ("List-Unsubscribe", "<https://news.hoerwelt-akustik.example/abmelden?u=7f3a91c2>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(HOERWELT, HOERWELT_HTML, charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of 006, Italian, iPad reply with Apple's Italian quote header: the
# wife had knee surgery, so only he comes (2 -> 1); the forum stays.

ESPOSITO_2 = """Gentili Signori,

purtroppo mia moglie Carmela è stata operata al ginocchio la settimana scorsa e a settembre non potrà ancora camminare bene. Verrò quindi solo io. Vi prego di correggere l'iscrizione a una persona sola; il forum resta lo stesso.

Cordiali saluti
Antonio Esposito

Inviato da iPad

> Il giorno 8 lug 2027, alle ore 11:20, Fachforum Älter werden <fachforum-alter@muenster.example> ha scritto:
>
""" + gt_quote(confirmation("Herr Esposito", "F2", 2))


@mail("esposito-change-wife-knee-surgery-two-to-one", "2027-08-16 16:25:39",
      E("change", "antonio.esposito42@libero-mail.example", "Antonio Esposito",
        None, [], 1, "it"), "it")
def _(m):
    conf_id = "<mailbot.20270708112052.1e6c@muenster.example>"
    m.head(("From", "Antonio Esposito <antonio.esposito42@libero-mail.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<3D9A7E12-C4B5-4F60-8A21-97E3B0D5C6F4@libero-mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPad Mail (21G93)"),
           ("MIME-Version", "1.0"))
    m.single(ESPOSITO_2, charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Serbian in Cyrillic, Gmail multipart/alternative in base64: two sisters,
# topic health in old age, check-ups, medicines, care -> F1; large print.

STOJANOVIC = """Поштовани,

желим да пријавим себе и своју сестру, Десанку Јовановић, за форум 22. септембра. Обе смо пензионерке и живимо у Минстеру већ више од четрдесет година. Највише нас занима тема здравља у старости – превентивни прегледи, лекови, нега и како да нас лекар разуме кад наш немачки није довољно добар.

Милица Стојановић, рођена 08.06.1950.
Десанка Јовановић, рођена 14.01.1947.
Адреса: Wolbecker Straße 230, 48155 Münster
Телефон: 0251 31 42 88

Десанка слабо види, па би јој требало место напред и, ако имате, материјал са крупним словима.

Срдачан поздрав,
Милица Стојановић"""


@mail("stojanovic-serbian-cyrillic-two-sisters", "2027-08-18 10:41:26",
      E("registration", "milica.stojanovic@gmail.example", "Милица Стојановић",
        None, ["F1"], 2, "sr"), "sr")
def _(m):
    m.head(("From", "Милица Стојановић <milica.stojanovic@gmail.example>"),
           ("To", FF),
           ("Subject", "Пријава за форум 22. септембра"),
           ("Date", m.date),
           ("Message-ID", "<CAF9r2Kd7Qm1xT0vP4sW8yJb3nL6eH5uGc@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(STOJANOVIC, gmail_html(STOJANOVIC), charset="utf-8", cte="base64",
                  style="gmail")


# -- 027 ---------------------------------------------------------------------
# Question in English from a son in Toronto (EDT, -0400) about Greek
# interpretation, a hearing loop and the fee; his cousin would register the
# parents later.

@mail("andreou-toronto-son-asks-greek-interpretation", "2027-08-19 20:14:58",
      E("question", "nick.andreou@rogers-mail.example", "Nick Andreou",
        None, [], None, "en"), "en", tz=-4)
def _(m):
    m.head(("From", "Nick Andreou <nick.andreou@rogers-mail.example>"),
           ("To", FF),
           ("Subject", "Question about the September 22 forum - Greek interpretation?"),
           ("Date", m.date),
           ("Message-ID", "<YT3PR01MB6210B8C7D6E5F4A3@YT3PR01MB6210.CANPRD01.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Hi there,

My parents, Georgios and Maria Andreou, live in Münster (Gievenbeck) and my cousin showed them your flyer. They're 83 and 79, and their German is still pretty basic after all these years - they mostly socialise within the Greek community. I'm in Toronto, so I'm trying to sort things out from here.

Before they sign up, could you tell me:

1) Is there Greek interpretation, or at least a Greek-speaking contact person on the day?
2) Is there a hearing loop in the hall? My father has hearing aids with a telecoil.
3) Is the event free of charge?

If the answer to 1) is no, I'm afraid it won't make much sense for them to come. If yes, I'll get my cousin to register them.

Thanks a lot,
Nick Andreou
Toronto, Canada
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# A nurse writes from a care-home ward mailbox for a married couple living
# there (husband with early Alzheimer's) plus an accompanying nurse not yet
# named (3); topic dementia -> F4.  Outlook HTML only, windows-1252: the
# nurse's "ć" becomes a character reference.

MARIC = """Sehr geehrte Damen und Herren,

im Auftrag unserer Bewohner Herrn Franco Bellini (geb. 11.11.1940) und Frau Lucia Bellini (geb. 05.03.1944) möchte ich die beiden für Ihr Fachforum am 22. September anmelden. Das Ehepaar wohnt seit Anfang des Jahres gemeinsam bei uns im Wohnbereich 2.

Bei Herrn Bellini wurde im vergangenen Jahr eine Alzheimer-Demenz im frühen Stadium festgestellt. Frau Bellini möchte gern mehr darüber erfahren, wie sie ihren Mann begleiten kann, und beide wünschen sich ausdrücklich das Forum zum Thema Demenz. Herr Bellini spricht überwiegend Italienisch, Frau Bellini versteht gut Deutsch.

Eine Pflegekraft aus unserem Haus wird die beiden begleiten (wer genau, hängt vom Dienstplan ab). Bitte rechnen Sie also mit drei Personen. Herr Bellini sitzt im Rollstuhl; den bringen wir selbst mit.

Für Rückfragen bin ich im Frühdienst bis 13:30 Uhr unter der unten stehenden Nummer erreichbar.

Mit freundlichen Grüßen

i. A. Jelena Marić
Pflegefachkraft, Wohnbereich 2

Wohnstift Am Kanonengraben
Am Kanonengraben 17, 48151 Münster
Tel. 0251 / 4 18 92-220"""


@mail("maric-care-home-ward-registers-bellini-couple", "2027-08-25 11:47:13",
      E("registration", "wohnbereich2@wohnstift-kanonengraben.example", "Franco Bellini",
        "Wohnstift Am Kanonengraben", ["F4"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Wohnbereich 2 - Wohnstift Am Kanonengraben" '
                    '<wohnbereich2@wohnstift-kanonengraben.example>'),
           ("To", FF),
           ("Subject", "Anmeldung Ehepaar Bellini"),
           ("Thread-Topic", "Anmeldung Ehepaar Bellini"),
           ("Thread-Index", "AdwV8c1kR2m0Tq7xPz4Ls9Nb3yHgKw=="),
           ("Date", m.date),
           ("Message-ID", "<7e21c0f4b9a84d36@EXCH02.wohnstift-kanonengraben.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(MARIC, charset="windows-1252"), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Cancellation of 016 in Russian (husband's second stroke), reply in UTF-8
# base64 quoting the German confirmation with a Rambler-style attribution.

KUZ_2 = """Здравствуйте,

к сожалению, мы не сможем прийти на форум. У мужа был второй инсульт, он сейчас в больнице, и я не могу его оставить. Пожалуйста, вычеркните меня и дочь из списка.

Спасибо вам большое за приглашение, может быть, в следующий раз.

Валентина Кузнецова

28.07.2027, 13:28, "Fachforum Älter werden" <fachforum-alter@muenster.example>:
""" + gt_quote(confirmation("Frau Kuznetsova", "F3", 2))


@mail("kuznetsova-russian-cancel-husband-stroke", "2027-08-27 19:05:31",
      E("cancellation", "v.kuznetsova@rambler.example", "Валентина Кузнецова",
        None, [], None, "ru"), "ru")
def _(m):
    conf_id = "<mailbot.20270728132811.5f90@muenster.example>"
    m.head(("From", addr("Валентина Кузнецова", "v.kuznetsova@rambler.example",
                         "windows-1251", "b")),
           ("To", FF),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1850958331.80452.a7c3de@mail.rambler.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Rambler Mail"),
           ("MIME-Version", "1.0"))
    m.single(KUZ_2, charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Question, Polish: 008's writer never got the confirmation (009 bounced) and
# asks whether she is registered.  She states no new choice and registers no
# one anew.  ISO-8859-2 quoted-printable.

@mail("wisniewska-polish-asks-if-registered", "2027-08-30 10:20:48",
      E("question", "k.wisniewska@onet-poczta.example", "Krystyna Wiśniewska",
        None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Krystyna Wiśniewska", "k.wisniewska@onet-poczta.example",
                         "iso-8859-2", "q")),
           ("To", FF),
           ("Subject", ew("Czy moje zgłoszenie dotarło?", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<9c31e07b5f2a48d610@onet-poczta.example>"),
           ("X-Mailer", "Poczta Onet"),
           ("MIME-Version", "1.0"))
    m.single("""Szanowni Państwo,

12 lipca wysłałam zgłoszenie na forum 22 września (grupa dla osób opiekujących się bliskimi), ale do dzisiaj nie dostałam żadnej odpowiedzi. Wnuczek sprawdził mi komputer i powiedział, że moja skrzynka była przepełniona. Teraz ją wyczyścił.

Czy moje zgłoszenie do Państwa dotarło i czy jestem zapisana? Bardzo proszę o krótką odpowiedź, najlepiej e-mailem, bo przez telefon słabo słyszę.

Z poważaniem
Krystyna Wiśniewska
tel. 0251 21 43 65
""", charset="iso-8859-2", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Change of 023, Turkish, Samsung reply quoting the confirmation under a
# Turkish "Orijinal mesaj" block: a fourth neighbour joins (3 -> 4).

KORKMAZ_2 = """Merhaba,

bir komşumuz daha gelmek istiyor: Hanife Doğan (05.05.1952), o da evde eşine bakıyor. Lütfen kaydımızı 4 kişi olarak değiştirin, forum aynı kalsın.

Teşekkürler
Gülsüm Korkmaz

Samsung Galaxy akıllı telefonumdan gönderildi.

-------- Orijinal mesaj --------
Kimden: Fachforum Älter werden <fachforum-alter@muenster.example>
Tarih: 11.08.2027 12:12 (GMT+02:00)
Alıcı: Gülsüm Korkmaz <gulsum.korkmaz63@hotmail.example>
Konu: """ + CONFIRMATION_SUBJECT + "\n\n" + confirmation("Frau Korkmaz", "F3", 3)


@mail("korkmaz-turkish-change-three-to-four", "2027-09-01 17:48:20",
      E("change", "gulsum.korkmaz63@hotmail.example", "Gülsüm Korkmaz",
        None, [], 4, "tr"), "tr")
def _(m):
    conf_id = "<mailbot.20270811121240.2d8b@muenster.example>"
    m.head(("From", "Gülsüm Korkmaz <gulsum.korkmaz63@hotmail.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "YNT: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<m9t4w7.1851349700.samsung@hotmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    m.alternative(KORKMAZ_2, samsung_html(KORKMAZ_2), charset="utf-8", cte="base64",
                  style="samsung")


# -- 032 ---------------------------------------------------------------------
# A Polish live-in carer writes in learner German for the 91-year-old man she
# looks after; "Forum Demenz", she comes along (2).  Attendee = Heinz
# Kowalski, reply to her address.  Plain UTF-8 quoted-printable.

@mail("zielonka-live-in-carer-registers-kowalski", "2027-09-03 20:31:07",
      E("registration", "gosia.zielonka@wp-poczta.example", "Heinz Kowalski",
        None, ["F4"], 2, "de"), "de")
def _(m):
    m.head(("From", "Małgorzata Zielonka <gosia.zielonka@wp-poczta.example>"),
           ("To", FF),
           ("Subject", "Anmeldung für Herr Kowalski"),
           ("Date", m.date),
           ("Message-ID", "<e7b04c19d2f3a8615b@wp-poczta.example>"),
           ("X-Mailer", "WP Poczta"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin Małgorzata, ich arbeite als Betreuerin (24 Stunden) bei Herr Heinz Kowalski in Münster-Angelmodde. Herr Kowalski hat in Zeitung gelesen über Forum und er sagt ich soll anmelden für ihm. Er ist 91 Jahre, geboren in Oberschlesien, er ist 1980 nach Deutschland gekommen. Er hat Demenz am Anfang, aber er ist noch sehr interessiert und will wissen wie geht weiter und wo er kann wohnen später, wenn ich nicht mehr da bin. Also Forum Demenz bitte.

Ich komme mit, er kann nicht allein mit Bus fahren. Also 2 Personen.

Daten:
Heinz Kowalski, geb. 22.01.1936
Angelstraße 7, 48167 Münster
Tel. 02506 81 22 40

Er hört schlecht, bitte Platz vorne.

Danke schön
Małgorzata Zielonka
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Question, Turkish, from an iPhone: the chairman of a pensioners' association
# asks about the fee, a Turkish interpreter, halal lunch and a prayer room;
# he will say how many come after the answer.

@mail("celik-turkish-association-questions-iphone", "2027-09-08 13:09:45",
      E("question", "huseyin.celik@icloud.example", "Hüseyin Çelik",
        "Münster Türk Emekliler Derneği", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Hüseyin Çelik <huseyin.celik@icloud.example>"),
           ("To", FF),
           ("Subject", "Forum hakkında birkaç soru"),
           ("Date", m.date),
           ("Message-ID", "<5B0E3F27-9D14-4A86-B7C2-E81F6A4D0C93@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Selamünaleyküm,

Ben Hüseyin Çelik, Münster Türk Emekliler Derneği'nin başkanıyım. 22 Eylül'deki forum için derneğimizden birkaç kişi gelmek istiyor ama önce bazı şeyleri öğrenmek istiyoruz:

- Katılım ücretli mi?
- Türkçe tercüman olacak mı? Üyelerimizin çoğu Almanca tartışmaları takip edemiyor.
- Öğle yemeği verilecek mi, helal mi?
- Öğle namazı için bir oda var mı?

Cevabınıza göre kaç kişi geleceğimizi bildiririm.

Saygılarımla,
Hüseyin Çelik
0176 41 88 20 93

iPhone'umdan gönderildi
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Change of 017 after the vacation (018): all three move from Forum 5 to
# Forum 4 ("Demenz verstehen"); the number stays.  Outlook reply with the
# confirmation quoted under a Von:/Gesendet: block.

ARIKAN_2 = """Sehr geehrte Damen und Herren,

zurück aus dem Urlaub habe ich Ihre Bestätigung gesehen, vielen Dank! Wir haben im Team noch einmal gesprochen: Im Treff häufen sich gerade die Fälle von Demenz bei unseren Besucherinnen und Besuchern, und wir fühlen uns da oft hilflos. Könnten Sie uns drei deshalb bitte vom Forum 5 in das Forum 4 (Demenz verstehen) umbuchen? Die Personenzahl bleibt gleich.

Mit freundlichen Grüßen

Songül Arıkan
Leitung
Interkultureller Seniorentreff Coerde e.V.
Tel. 0251 / 2 84 95 30"""


@mail("arikan-change-forum5-to-forum4-outlook-quote", "2027-09-10 09:26:54",
      E("change", "s.arikan@seniorentreff-coerde.example", "Songül Arıkan",
        "Interkultureller Seniorentreff Coerde e.V.", ["F4"], None, "de"), "de")
def _(m):
    m.head(("From", "Songül Arıkan <s.arikan@seniorentreff-coerde.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdwBa1f3kP0Xc2mR8s4T7vQ9yLnE6wBrx0Zk"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB17429C8D7E6F5A4B@FR3P281MB1742.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", ARIKAN_CONF_ID),
           ("References", ARIKAN_CONF_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FF_NAME} <{FF}>", "Freitag, 30. Juli 2027 09:03",
             "Songül Arıkan <s.arikan@seniorentreff-coerde.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Arıkan", "F5", 3))
    m.alternative(outlook_plain(ARIKAN_2, quote), outlook_html(ARIKAN_2, quote, "utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# A member of the senior citizens' council forwards (Thunderbird, inline,
# format=flowed) a registration a man had sent to him, and asks to confirm
# directly to the man's address.  Couple, topic pension and return -> F2.

TERHORST = """Sehr geehrte Damen und Herren,

Herr Babić aus unserem Stadtbezirk hat mir seine Anmeldung geschickt, weil er mich vom Seniorenfrühstück kennt. Ich leite sie hiermit an die richtige Stelle weiter. Bitte schicken Sie die Bestätigung direkt an ihn: z.babic@bluewin.example

Mit freundlichen Grüßen
Hans-Jürgen Terhorst
Seniorenbeirat der Stadt Münster, Bezirk Ost


-------- Weitergeleitete Nachricht --------
Betreff: \tAnmeldung Fachforum
Datum: \tFri, 10 Sep 2027 18:22:05 +0200
Von: \tZoran Babić <z.babic@bluewin.example>
An: \thj.terhorst@seniorenbeirat-ms.example



Sehr geehrter Herr Terhorst,

wie beim Frühstück besprochen: meine Frau Vesna und ich möchten gerne zum Fachforum am 22. September kommen. Uns interessiert das Thema mit Rente und Rückkehr. Wir überlegen, nächstes Jahr ganz nach Bosnien zurückzugehen, und wissen nicht, was dann mit der Rente und der Krankenversicherung passiert.

Zoran Babić, geb. 17.09.1951
Vesna Babić, geb. 02.02.1954
Telefon 0251 62 47 11

Mit vielen Grüßen
Zoran Babić
"""


@mail("terhorst-forwards-babic-couple-thunderbird", "2027-09-13 08:37:19",
      E("registration", "z.babic@bluewin.example", "Zoran Babić",
        None, ["F2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Hans-Jürgen Terhorst <hj.terhorst@seniorenbeirat-ms.example>"),
           ("To", FF),
           ("Subject", "Fwd: Anmeldung Fachforum"),
           ("Date", m.date),
           ("Message-ID", "<c4e7a2f0-5b18-4d93-9c6e-1f0b8a3d7e25@seniorenbeirat-ms.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(TERHORST, charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 036 ---------------------------------------------------------------------
# Exchange Online NDR (German) for the 7-day reminder to an address that no
# longer exists; multipart/report with text+HTML notice, CRLF line ends.
# The registration behind it is not in this corpus.

NDR_RCPT = "Ramiza.Hadzic@bosnjacko-udruzenje-ms.example"
NDR_TEXT = f"""Die Nachricht konnte nicht zugestellt werden.

Ihre Nachricht an {NDR_RCPT} konnte nicht zugestellt werden.

Ramiza.Hadzic wurde bei bosnjacko-udruzenje-ms.example nicht gefunden.

Aktion erforderlich: Empfänger
Unbekannter Empfänger

So beheben Sie das Problem
Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn das nicht hilft, wenden Sie sich an den Empfänger auf anderem Weg (zum Beispiel telefonisch).

Weitere Informationen für Empfängeradministratoren
Remoteserver hat '550 5.1.1 <{NDR_RCPT}>: Recipient address rejected: User unknown' zurückgegeben.

Betreff: {REMINDER_SUBJECT}
Gesendet: 15.09.2027 10:00"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DSN</title>
</head>
<body style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;color:#333333;">
<p style="font-size:21px;color:#c00000;"><b>Die Nachricht konnte nicht zugestellt werden.</b></p>
<p>Ihre Nachricht an <a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> konnte nicht zugestellt werden.</p>
<p><b>Ramiza.Hadzic</b> wurde bei <b>bosnjacko-udruzenje-ms.example</b> nicht gefunden.</p>
<table cellpadding="6" style="border:1px solid #cccccc;"><tr><td>Aktion erforderlich: Empfänger</td><td style="color:#c00000;">Unbekannter Empfänger</td></tr></table>
<p style="font-size:17px;"><b>So beheben Sie das Problem</b></p>
<p>Die Adresse ist möglicherweise falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse und senden Sie die Nachricht erneut. Wenn das nicht hilft, wenden Sie sich an den Empfänger auf anderem Weg (zum Beispiel telefonisch).</p>
<p style="font-size:17px;"><b>Weitere Informationen für Empfängeradministratoren</b></p>
<p>Remoteserver hat '550 5.1.1 &lt;{NDR_RCPT}&gt;: Recipient address rejected: User unknown' zurückgegeben.</p>
<p style="color:#808080;">Betreff: {esc(REMINDER_SUBJECT)}<br>Gesendet: 15.09.2027 10:00</p>
</body>
</html>
"""


@mail("exchange-online-ndr-reminder-user-unknown", "2027-09-15 08:02:11",
      E("bounce", bounced=NDR_RCPT.lower()), "de", tz=0)
def _(m):
    rem_id = "<mailbot.reminder.20270915100003.77a2@muenster.example>"
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@muenster.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2d7f9e1-04c6-4a38-8e15-6c9a3f0d2b47@AM6PR03MB5142.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("Content-Language", "de-DE"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable",
                           top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM6PR03MB5142.eurprd03.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Wed, 15 Sep 2027 08:00:05 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns;mx.bosnjacko-udruzenje-ms.example"),
         ("Diagnostic-Code", f"smtp;550 5.1.1 <{NDR_RCPT}>: Recipient address rejected:\n"
                             " User unknown")])
    original = reminder_message(f"Ramiza Hadžić <{NDR_RCPT}>", "Frau Hadžić", "F2", 1, rem_id)
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Cancellation of 004: a norovirus outbreak in the care home, the health
# office forbids group outings; the whole group of six withdraws.  Outlook
# reply in windows-1252 quoting the confirmation (Forum 5, 6 persons).

HOELSCHER_2 = """Sehr geehrte Damen und Herren,

leider muss ich unsere Anmeldung für das Fachforum am 22.09. vollständig stornieren. Bei uns im Haus ist ein Norovirus-Ausbruch, und das Gesundheitsamt hat bis auf Weiteres alle Gruppenaktivitäten und Ausflüge untersagt. Auch meine Kollegin und ich dürfen in dieser Zeit nicht zu externen Veranstaltungen.

Das tut uns sehr leid, unsere Bewohnerinnen und Bewohner hatten sich sehr darauf gefreut. Falls es eine Dokumentation der Foren gibt, würden wir uns über eine Zusendung freuen.

Mit freundlichen Grüßen

Brigitte Hölscher
Sozialer Dienst

Seniorenzentrum Haus Ludgeri gGmbH
Hammer Straße 212 · 48153 Münster
Tel. 0251 / 39 87 6-210"""


@mail("hoelscher-cancel-norovirus-outlook-quote", "2027-09-15 14:20:36",
      E("cancellation", "b.hoelscher@haus-ludgeri.example", "Brigitte Hölscher",
        "Seniorenzentrum Haus Ludgeri gGmbH", [], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270705103204.0b6f@muenster.example>"
    m.head(("From", "=?iso-8859-1?Q?H=F6lscher=2C_Brigitte?= <b.hoelscher@haus-ludgeri.example>"),
           ("To", TO_FF_ENC),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AdvxL7m2Q0b4yE1kS9u6R3cT8a5WngDXk2Qa"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8421F6A5B4C3D2E1@DB9PR04MB8421.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{FF_NAME} <{FF}>", "Montag, 5. Juli 2027 10:32",
             "Hölscher, Brigitte <b.hoelscher@haus-ludgeri.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Hölscher", "F5", 6))
    plain = outlook_plain(HOELSCHER_2, quote)
    m.alternative(plain, outlook_html(HOELSCHER_2, quote, "windows-1252"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 038 ---------------------------------------------------------------------
# Cancellation of 013 in Greek, replying to the 7-day reminder (Greek Outlook
# quote header); pneumonia, and her friend will not come alone.  UTF-8.

TSAKIRI_2 = """Αγαπητοί κύριοι,

σας ευχαριστώ για την υπενθύμιση. Δυστυχώς δεν θα μπορέσουμε να έρθουμε. Έχω πνευμονία και ο γιατρός μου είπε να μείνω στο σπίτι τουλάχιστον δύο εβδομάδες. Η φίλη μου η Αναστασία δεν θέλει να έρθει μόνη της. Παρακαλώ διαγράψτε μας από τη λίστα.

Με εκτίμηση,
Σοφία Τσακίρη

-----Αρχικό μήνυμα-----
Από: Fachforum Älter werden [mailto:fachforum-alter@muenster.example]
Στάλθηκε: Τετάρτη, 15 Σεπτεμβρίου 2027 10:00 πμ
Προς: Σοφία Τσακίρη
Θέμα: """ + REMINDER_SUBJECT + "\n\n" + reminder("Frau Tsakiri", "F5", 2)


@mail("tsakiri-greek-cancel-pneumonia-reply-to-reminder", "2027-09-17 11:42:03",
      E("cancellation", "sofia.tsakiri@otenet.example", "Σοφία Τσακίρη",
        None, [], None, "el"), "el")
def _(m):
    rem_id = "<mailbot.reminder.20270915100001.4c9e@muenster.example>"
    m.head(("From", addr("Σοφία Τσακίρη", "sofia.tsakiri@otenet.example", "iso-8859-7", "b")),
           ("To", FF),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000001dc27b4$3a9f51e0$afddf5a0$@otenet.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("X-Mailer", "Microsoft Outlook 14.0"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(TSAKIRI_2, charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation of 020, learner German without umlauts, pneumonia.  US-ASCII.

@mail("markovic-cancel-ill-ascii", "2027-09-20 07:51:26",
      E("cancellation", "dragan.markovic46@mail.example", "Dragan Markovic",
        None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Dragan Markovic <dragan.markovic46@mail.example>"),
           ("To", FF),
           ("Subject", "absage"),
           ("Date", m.date),
           ("Message-ID", "<20270920055126.Horde.Tn8vXc2mQe7@webmail.mail.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag

ich kann nicht kommen Mittwoch zu Forum Rente, bin krank, Lungenentzundung, Arzt sagt muss zu Hause bleiben. Bitte streichen. Entschuldigung.

Dragan Markovic
Tel 0251 2 77 61 39
""", charset="us-ascii", cte="7bit")


# -- 040 ---------------------------------------------------------------------
# Unrelated (other): a private mail with photos of a summer party, sent to
# the forum's address by mistake (address autocomplete); PNG attached.

@mail("hagemann-misdirected-summer-party-photos", "2027-09-21 16:14:52",
      E("other"), "de")
def _(m):
    m.head(("From", "Marlies Hagemann <marlies.hagemann@mail.example>"),
           ("To", FF),
           ("Subject", "Fotos vom Sommerfest"),
           ("Date", m.date),
           ("Message-ID", "<a91f3c7e-6d20-4b58-8e03-2c7f5b1d9a64@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Gisela,

hier wie versprochen ein paar Fotos vom Sommerfest im Seniorentreff. Der Pavillon hat ja zum Glück gehalten! Die anderen Bilder schicke ich dir, wenn mein Enkel sie mir vom Handy rübergespielt hat.

Sehen wir uns Donnerstag beim Kaffee?

Liebe Grüße
Marlies
""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_png(), "image", "png", "Sommerfest_Pavillon.png")
    m.multi("mixed", [text, png])




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
HTML_NAMESPACE_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def check_label(e, msg, texts):
    """Problems with one expected record, judged against the mail itself."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and e["party_size"] is not None and e["party_size"] < 1:
        problems.append("bad party_size for change")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if k == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    machine = k in ("auto_reply", "bounce", "other")
    person_keys = ("email", "name", "organisation", "language")
    if machine:
        if any(e[x] is not None for x in person_keys):
            problems.append("email/name/organisation/language must be null for machine mail")
        return problems
    if not e["email"] or e["email"] != e["email"].lower():
        problems.append("person mail needs a lower-case email")
    if not e["name"] or not e["language"]:
        problems.append("person mail needs name and language")
    heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
    body = html.unescape("\n".join(texts))
    if e["email"] and e["email"] not in heads and e["email"] not in body.lower():
        problems.append("email occurs neither in From/Reply-To nor in the text")
    if e["name"] and e["name"] not in body and e["name"] not in str(msg.get("From", "")):
        problems.append("name does not occur in the mail")
    if e["organisation"] and e["organisation"] not in body:
        problems.append("organisation does not occur in the mail")
    return problems


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
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 6, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside June-September 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs)
            except (UnicodeDecodeError, LookupError):
                problems.append(f"text part does not decode as {cs}")
        got.append(p.get_content())
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
    texts = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            chunks.append(p.get_content())
            texts.append(p.get_content())
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in HTML_NAMESPACE_HOSTS:
            problems.append(f"non-example URL host {dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, msg, texts)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
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
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(12)] + langs))
    for k in KINDS:
        print(f"  {k:12} " + " ".join(f"{table[(k, l)]:>4}" for l in langs))
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
