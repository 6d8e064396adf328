#!/usr/bin/env python3
"""Build the "final15d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Vernetzungstag Migrationsberatung 2027 of the Kreis Steinfurt (Thursday,
14 October 2027, Emsdetten), five parallel forums F-RECHT, F-ARBEIT, F-WOHNEN,
F-GESUND, F-NETZ (see config.toml).  Writers are counsellors, social workers,
volunteers and people from migrant associations, writing in German, Arabic,
Persian, Turkish, Ukrainian, Bosnian, Croatian, Serbian and Vietnamese.

Every mail's text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files, and reads every file
back to check it (no MIME defects, every text part decodes to exactly the
written text in its declared charset, CRLF lines <= 998 octets, dates rise,
example domains only, labels consistent with the mail).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Python 3.11, standard library only.
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

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

VT = "vernetzungstag@kreis-steinfurt.example"
VT_NAME = "Vernetzungstag Migrationsberatung"
TO_VT = f"{VT_NAME} <{VT}>"
INVITATION_ID = "<einladung-vt2027.20270823100000@kreis-steinfurt.example>"
INVITATION_DATE = "Mon, 23 Aug 2027 10:00:00 +0200"
INVITATION_SUBJECT = "Einladung: Vernetzungstag Migrationsberatung 2027 am 14. Oktober"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Vernetzungstag Migrationsberatung 2027"
REMINDER_SUBJECT = "Erinnerung: Vernetzungstag Migrationsberatung am 14. Oktober 2027"
REMINDER1_SUBJECT = "Morgen: Vernetzungstag Migrationsberatung 2027"

WORKGROUP_IDS = ("F-RECHT", "F-ARBEIT", "F-WOHNEN", "F-GESUND", "F-NETZ")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
MACHINE = ("auto_reply", "bounce", "other")

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
    """'Name <address>'; a non-ASCII name is encoded in `charset` when given."""
    if charset is None or name.isascii():
        return formataddr((name, address)) if name.isascii() else f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail/Apple Mail do."""
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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
    return hashlib.sha256(f"final15d/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


CEST = datetime.timezone(datetime.timedelta(hours=2))


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
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in the
        given order.  ASCII values are stored verbatim (folded at spaces when
        long); values with non-ASCII characters go through the policy (UTF-8)."""
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
            host = ("smtp." if domain == "mail.example" else "mx-out.") + domain
            arrival = format_datetime((self.when + datetime.timedelta(seconds=2)).astimezone(CEST))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx01.kreis-steinfurt.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{VT}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB8PR10MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx01.kreis-steinfurt.example"
        if style == "exim":
            return f"{int(h[:8], 16)}-eximdsn-{int(h[8:16], 16)}"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:16], 16)}.{int(h[16:28], 16)}"
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


def make_png(width=48, height=32):
    """A small RGB PNG: a hall floor with five coloured tables."""
    colours = [(200, 60, 50), (60, 120, 200), (80, 170, 90), (230, 180, 40), (150, 80, 170)]
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            px = (235, 228, 210)
            if 12 <= y < 20 and x % 10 < 6 and x // 10 < 5:
                px = colours[x // 10]
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
# texts that several mails quote: the invitation, mailbot's confirmation and
# reminders (written for this set; mailbot's real wording may differ)
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen aus der Migrationsberatung,
liebe Engagierte in Migrantenorganisationen und Flüchtlingsinitiativen,

das Kommunale Integrationszentrum des Kreises Steinfurt lädt Sie herzlich ein zum

    Vernetzungstag Migrationsberatung 2027
    Donnerstag, 14. Oktober 2027, 9:00 bis 16:00 Uhr
    Kulturzentrum Alte Weberei, Weberstraße 12, 48282 Emsdetten

Nach dem Auftakt im Großen Saal arbeiten wir von 11:00 bis 15:00 Uhr
(mit Mittagspause) in fünf parallelen Foren:

Forum 1 · F-RECHT · Saal Ems
    Aufenthaltsrecht aktuell: Bleiberecht, Chancen-Aufenthalt und Einbürgerung
Forum 2 · F-ARBEIT · Saal Vechte
    Arbeitsmarktzugang und Anerkennung ausländischer Berufsabschlüsse
Forum 3 · F-WOHNEN · Raum Aa
    Wohnen: vom Übergangswohnheim in die eigene Wohnung
Forum 4 · F-GESUND · Raum Dinkel
    Gesundheit, Trauma und psychosoziale Versorgung
Forum 5 · F-NETZ · Raum Bever
    Netzwerke knüpfen: Hauptamt, Ehrenamt und Migrantenorganisationen

Bitte melden Sie sich bis Mittwoch, 6. Oktober 2027, per E-Mail an
vernetzungstag@kreis-steinfurt.example an. Nennen Sie uns Ihren Namen, Ihre
Einrichtung oder Organisation, das gewünschte Forum (gern mit Zweitwunsch)
und die Zahl der Personen. Die Foren sind in der Größe begrenzt; wir
vergeben die Plätze in der Reihenfolge der Anmeldungen.

Die Teilnahme ist kostenfrei. Für Mittagsimbiss und Getränke ist gesorgt.

Mit freundlichen Grüßen
im Auftrag
Jana Lütkehermöller
Kommunales Integrationszentrum Kreis Steinfurt"""

FORUM_LINE = {
    "F-RECHT": "Forum 1 (F-RECHT, Saal Ems) – Aufenthaltsrecht aktuell: Bleiberecht, Chancen-Aufenthalt und Einbürgerung",
    "F-ARBEIT": "Forum 2 (F-ARBEIT, Saal Vechte) – Arbeitsmarktzugang und Anerkennung ausländischer Berufsabschlüsse",
    "F-WOHNEN": "Forum 3 (F-WOHNEN, Raum Aa) – Wohnen: vom Übergangswohnheim in die eigene Wohnung",
    "F-GESUND": "Forum 4 (F-GESUND, Raum Dinkel) – Gesundheit, Trauma und psychosoziale Versorgung",
    "F-NETZ": "Forum 5 (F-NETZ, Raum Bever) – Netzwerke knüpfen: Hauptamt, Ehrenamt und Migrantenorganisationen",
}

SIGN_OFF = """Mit freundlichen Grüßen
Vernetzungstag Migrationsberatung
Kommunales Integrationszentrum Kreis Steinfurt"""


def confirmation(salutation, fid, persons):
    """The confirmation mailbot sent (quoted in replies, returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Vernetzungstag Migrationsberatung 2027
am Donnerstag, 14. Oktober 2027, 9:00 bis 16:00 Uhr, im Kulturzentrum
Alte Weberei, Weberstraße 12, 48282 Emsdetten.

Ihr Forum:
{FORUM_LINE[fid]}

Angemeldete Personen: {persons}

Möchten Sie das Forum wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

{SIGN_OFF}"""


def reminder(salutation, fid, persons):
    """The 7-day reminder."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie am Donnerstag,
14. Oktober 2027, ab 9:00 Uhr (Einlass ab 8:30 Uhr) im Kulturzentrum
Alte Weberei, Weberstraße 12, 48282 Emsdetten, zu begrüßen.

Ihr Forum:
{FORUM_LINE[fid]}

Angemeldete Personen: {persons}

Falls Sie verhindert sind, sagen Sie bitte kurz ab, indem Sie auf diese
E-Mail antworten. So können wir Ihren Platz weitergeben.

{SIGN_OFF}"""


def reminder1(salutation, fid, persons):
    """The 1-day reminder."""
    return f"""Guten Tag {salutation},

morgen ist es so weit: Der Vernetzungstag Migrationsberatung 2027 beginnt
am Donnerstag, 14. Oktober 2027, um 9:00 Uhr im Kulturzentrum Alte Weberei,
Weberstraße 12, 48282 Emsdetten. Parkplätze finden Sie am Bahnhof.

Ihr Forum:
{FORUM_LINE[fid]}

Angemeldete Personen: {persons}

Falls Sie doch verhindert sind, antworten Sie bitte kurz auf diese E-Mail.

{SIGN_OFF}"""


def bot_message(to, subject, body, when, msgid, in_reply_to=None, generated=False):
    """A message mailbot sent, as a whole (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    pairs = [("From", TO_VT), ("To", to), ("Subject", subject), ("Date", when),
             ("Message-ID", msgid)]
    if in_reply_to:
        pairs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    pairs += [("Auto-Submitted", "auto-generated" if generated else "auto-replied"),
              ("MIME-Version", "1.0")]
    for name, value in pairs:          # all ASCII (names pre-encoded), kept verbatim
        m.set_raw(name, fold(name, value))
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


def outlook_head(charset="Windows-1252"):
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
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage20
	{{mso-style-type:personal-reply;
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


def outlook_html(text, quote=None, charset="Windows-1252", labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook-style HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span style='mso-fareast-language:DE'>{lv}:</span></b>"
                   f"<span style='mso-fareast-language:DE'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    """The text/plain alternative Outlook writes next to outlook_html()."""
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_attr=None, quoted=None):
    """Gmail markup; quote_attr/quoted add a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote_attr:
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(quote_attr)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote_attr=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_attr:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(quote_attr)}</div><br>"
                  f"{q}</blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 13px;", rtl=False):
    """Webmail-style HTML: one <div> per line."""
    d = ' dir="rtl"' if rtl else ""
    divs = "".join(f"<div{d}>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\"{d}>{divs}</div></body></html>\n"


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
# Outlook reply (multipart/alternative, windows-1252 QP) quoting the whole
# invitation under a Von:/Gesendet: block.  Long introduction; she coordinates
# a project called "Wohnen für alle" but chooses the work forum, in the fourth
# paragraph and only by number and title.

HOELSCHER_TEXT = """Sehr geehrte Frau Lütkehermöller,

haben Sie herzlichen Dank für die Einladung zum diesjährigen Vernetzungstag, die ich gleich an unser ganzes Team weitergegeben habe.

Erlauben Sie mir, mich kurz vorzustellen: Ich arbeite seit 2019 in der Migrationsberatung für erwachsene Zuwanderer (MBE) beim Caritasverband Rheine und koordiniere seit dem vergangenen Jahr zusätzlich unser Projekt „Wohnen für alle“, in dem ehrenamtliche Wohnraumlotsinnen und -lotsen geflüchtete Familien bei der Wohnungssuche begleiten. Manche von Ihnen kennen das Projekt vielleicht aus dem Arbeitskreis Wohnraum, den wir gemeinsam mit der Stadt Rheine ins Leben gerufen haben.

Gerade weil ich beim Thema Wohnen durch das Projekt ohnehin gut vernetzt bin, möchte ich den Tag nutzen, um einmal über den Tellerrand zu schauen. In der Beratung häufen sich seit Monaten Fragen zur Anerkennung von Pflege- und Lehramtsabschlüssen, und da fühle ich mich ehrlich gesagt noch nicht sattelfest.

Ich melde mich daher für das Forum 2 „Arbeitsmarktzugang und Anerkennung ausländischer Berufsabschlüsse“ an. Ich komme allein.

Für Rückfragen erreichen Sie mich dienstags bis donnerstags unter der unten angegebenen Durchwahl.

Mit freundlichen Grüßen

Annette Hölscher
Dipl.-Sozialpädagogin
Migrationsberatung für erwachsene Zuwanderer (MBE)
Projektkoordination „Wohnen für alle“
Caritasverband Rheine e.V.
Lingener Straße 11 · 48429 Rheine
Tel. 05971 8621-340"""


@mail("hoelscher-caritas-wohnen-fuer-alle-chooses-forum-2", "2027-08-23 15:47:12",
      E("registration", "a.hoelscher@caritas-rheine.example", "Annette Hölscher",
        "Caritasverband Rheine e.V.", ["F-ARBEIT"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Hölscher, Annette", "a.hoelscher@caritas-rheine.example", "iso-8859-1", "q")),
           ("To", TO_VT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcE1x9pV0r3kF2Qd6Wm8yT1bLz5A=="),
           ("Date", m.date),
           ("Message-ID", "<DB8PR10MB4417C2E1A06F9B3D8E0A1C5FD24A2@DB8PR10MB4417.EURPRD10.PROD.OUTLOOK.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{VT_NAME} <{VT}>", "Montag, 23. August 2027 10:00",
             f"{VT_NAME} <{VT}>", INVITATION_SUBJECT, INVITATION)
    plain = m.text(outlook_plain(HOELSCHER_TEXT, quote), "plain", "windows-1252", "quoted-printable")
    htm = m.text(outlook_html(HOELSCHER_TEXT, quote), "html", "windows-1252", "quoted-printable")
    m.multi("alternative", [plain, htm], style="outlook")


# -- 002 ---------------------------------------------------------------------
# Arabic, Gmail multipart/alternative (RTL), UTF-8 base64.  The association is
# named in Arabic in the body and in German in the signature; the writer's
# name is in Arabic and Latin letters.  The association's project "البيت
# الآمن" (the safe home) is about housing; the choice is the first forum,
# residence law, near the end; he and the secretary come (2).

ALHALABI_TEXT = """السادة المحترمون في المركز البلدي للاندماج في دائرة شتاينفورت،
السيدة لوتكيهيرمولر المحترمة،

تحية طيبة وبعد،

يسعدني أن أتقدم إليكم بخالص الشكر على دعوتكم الكريمة إلى يوم التشبيك الخاص بالاستشارات المتعلقة بالهجرة.

اسمحوا لي في البداية أن أعرّفكم بنفسي وبجمعيتنا: أنا محمد الحلبي، رئيس جمعية الجسر السورية الألمانية في إيبنبورن، وهي جمعية تأسست عام 2016 على يد عدد من العائلات السورية وأصدقائها الألمان، وتضم اليوم أكثر من مئة وعشرين عضواً. نقدم لأعضائنا ولغيرهم استشارات أولية مجانية، ونرافقهم إلى الدوائر الرسمية، وننظم دروساً في اللغة العربية للأطفال.

ولعلكم سمعتم بمشروعنا «البيت الآمن» الذي نساعد من خلاله العائلات القادمة حديثاً في البحث عن سكن، وقد عرّفنا به العام الماضي في سوق الجمعيات في راينه.

أما هذا العام فإن أكثر ما يشغلنا هو أسئلة الإقامة: كثير من أعضائنا لديهم إقامات مؤقتة أو «دولدونغ» (Duldung)، ويسألوننا باستمرار عن حق البقاء وعن شروط التجنيس الجديدة. لذلك نرغب في التسجيل في المنتدى الأول الخاص بقانون الإقامة.

سنحضر شخصين: أنا وأمينة سر الجمعية السيدة رنا قاسم.

مع فائق الاحترام والتقدير،

د. محمد الحلبي
Dr. Mohammad Al-Halabi
رئيس الجمعية | مستشار هجرة متطوع | مترجم محلّف (عربي – ألماني)
Syrisch-Deutscher Verein Al-Jisr Ibbenbüren e.V.
هاتف: 0176 48 22 91 03"""


@mail("alhalabi-arabic-first-forum-two-scripts", "2027-08-24 11:20:37",
      E("registration", "m.alhalabi@aljisr-ibbenbueren.example", "Mohammad Al-Halabi",
        "Syrisch-Deutscher Verein Al-Jisr Ibbenbüren e.V.", ["F-RECHT"], 2, "ar"), "ar")
def _(m):
    m.head(("From", addr("محمد الحلبي", "m.alhalabi@aljisr-ibbenbueren.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("تسجيل – Anmeldung Vernetzungstag 14.10.2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHx7Qp2Ld0vN5sR3mK8tYwE6bJ1uZ9aF4cG0hT2nV7oXk3qWpA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHALABI_TEXT, gmail_html(ALHALABI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Volunteer from an iPhone, UTF-8 QP, emoji.  "Forum 5" and "mein Mann kommt
# auch mit" (2).  "Ehrenamt und Hauptamt" from F-NETZ's title.

@mail("tenbrink-asylkreis-iphone-forum-5", "2027-08-24 21:05:48",
      E("registration", "gisela.tenbrink@mail.example", "Gisela Tenbrink",
        "Asylkreis Lengerich", ["F-NETZ"], 2, "de"), "de")
def _(m):
    m.head(("From", "Gisela Tenbrink <gisela.tenbrink@mail.example>"),
           ("To", VT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<7A0F3C21-5B9E-4D8A-B1C6-2E4F8A9D0B13@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes KI-Team,

ich bin seit 2015 ehrenamtlich im Asylkreis Lengerich (Sprachpatenschaften, Begleitung zu Ärzten und Ämtern) und würde sehr gern zum Vernetzungstag kommen. Mein Mann Hermann kommt auch mit, der macht bei uns die Fahrradwerkstatt.

Wir möchten beide ins Forum 5, da geht's ja um Ehrenamt und Hauptamt, das ist genau unser Thema 🙂

Viele Grüße aus Lengerich
Gisela Tenbrink

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Turkish, Thunderbird, windows-1254 quoted-printable.  The association's
# health project "Sağlıklı Yaşam – Gesund leben"; the choice is forum 2, with
# forum 4 as fallback, in the fourth paragraph.  The signature lists several
# roles, one at a primary school.

@mail("karakaya-turkish-forum-2-else-4", "2027-08-25 19:40:03",
      E("registration", "sevgi.karakaya@kadin-dernegi-greven.example", "Sevgi Karakaya",
        "Deutsch-Türkischer Frauenverein Greven e.V.", ["F-ARBEIT", "F-GESUND"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Sevgi Karakaya", "sevgi.karakaya@kadin-dernegi-greven.example")),
           ("To", TO_VT),
           ("Subject", ew("Vernetzungstag 14 Ekim – kayıt", "windows-1254", "q")),
           ("Date", m.date),
           ("Message-ID", "<5d2b8e41-0c7a-4f93-a6e2-91b3c4d7f058@kadin-dernegi-greven.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.1.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın Lütkehermöller Hanım,
Değerli Kommunales Integrationszentrum ekibi,

14 Ekim 2027'de Emsdetten'de düzenleyeceğiniz Göç Danışmanlığı Ağ Günü (Vernetzungstag Migrationsberatung) için gönderdiğiniz davet için çok teşekkür ederim.

Kendimi kısaca tanıtmak isterim: 2009 yılında kurulan Greven Türk-Alman Kadınlar Derneği'nin başkanıyım. Derneğimizde yaklaşık 70 üye kadın var; haftalık Almanca kursları, ev ödevi yardımı ve anneler için buluşma kahvaltıları düzenliyoruz. Ayrıca iki yıldır bir sağlık sigortasıyla birlikte „Sağlıklı Yaşam – Gesund leben“ adlı bir proje yürütüyoruz; bu projede kadınlara sağlık sistemi, koruyucu muayeneler ve beslenme hakkında bilgi veriyoruz.

Ancak son zamanlarda üyelerimizin en çok sorduğu konu iş bulmak ve Türkiye'de aldıkları diplomaların burada tanınması oldu. Birçoğu öğretmen, hemşire ya da muhasebeci olarak çalışmış, burada ise temizlik işlerinde çalışıyor. Bu yüzden 2. foruma (Arbeitsmarktzugang und Anerkennung) katılmak istiyorum. Orada yer kalmazsa 4. forum (sağlık) da benim için uygun olur.

Yalnız geleceğim.

Saygılarımla,
Sevgi Karakaya

--
Başkan / Vorsitzende
Deutsch-Türkischer Frauenverein Greven e.V.
Gönüllü göç danışmanı | Veli koordinatörü (Grundschule Reckenfeld)
Tel. 02571 55 90 12""", charset="windows-1254", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# A professional newsletter (other) that lists the Vernetzungstag among other
# dates and names forum topics; multipart/alternative, bulk headers.

NEWSLETTER_TEXT = """Fachinfo Migration 08/2027
Fachstelle Migration NRW – Newsletter für die Beratungspraxis

Liebe Kolleginnen und Kollegen,

in dieser Ausgabe:

1. Chancen-Aufenthaltsrecht: neue Anwendungshinweise des Landes
Das Ministerium hat die Anwendungshinweise zu § 104c AufenthG überarbeitet.
Wichtig für die Beratung: Zeiten einer Duldung light werden jetzt ...
Weiterlesen: https://www.fachstelle-migration-nrw.example/fachinfo/2027-08/chancen

2. Anerkennung: Förderprogramm für Anpassungsqualifizierungen verlängert
Die Landesförderung für Anpassungsmaßnahmen in Pflege- und Gesundheitsberufen
läuft bis Ende 2028 weiter.
Weiterlesen: https://www.fachstelle-migration-nrw.example/fachinfo/2027-08/anerkennung

3. Termine im Herbst
- 16.09.2027, online: Wohnsitzauflage nach § 12a – Praxisfragen
- 14.10.2027, Emsdetten: Vernetzungstag Migrationsberatung des Kreises
  Steinfurt mit Foren zu Aufenthaltsrecht, Arbeit, Wohnen, Gesundheit und
  Netzwerken (Anmeldung direkt beim Kommunalen Integrationszentrum)
- 21.10.2027, Münster: Fachtag Traumasensible Beratung
- 04.11.2027, Dortmund: Landeskonferenz der Integrationsagenturen

Sie erhalten diesen Newsletter, weil Sie sich in unseren Verteiler
eingetragen haben. Abmelden: https://www.fachstelle-migration-nrw.example/abmelden?u=vt-st

Fachstelle Migration NRW
Impressum: https://www.fachstelle-migration-nrw.example/impressum"""


def newsletter_html(text):
    parts = []
    for block in text.split("\n\n"):
        lines = [esc(x) for x in block.split("\n")]
        parts.append("<p style=\"margin:0 0 12px 0;font-family:Georgia,serif;font-size:15px\">"
                     + "<br>\n".join(lines) + "</p>")
    body = "\n".join(parts)
    body = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', body)
    return ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
            "<title>Fachinfo Migration 08/2027</title></head>\n<body style=\"background:#f4f1ea\">\n"
            "<table role=\"presentation\" width=\"600\" align=\"center\" style=\"background:#ffffff\">"
            "<tr><td style=\"padding:24px\">\n" + body + "\n</td></tr></table>\n</body></html>\n")


@mail("fachstelle-newsletter-mentions-event", "2027-08-26 08:00:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Fachstelle Migration NRW <newsletter@fachstelle-migration-nrw.example>"),
           ("To", VT),
           ("Subject", "Fachinfo Migration 08/2027: Chancen-Aufenthalt, Anerkennung, Termine im Herbst"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.4471.vt-st@news.fachstelle-migration-nrw.example>"),
           ("List-Id", "Fachinfo Migration <fachinfo.fachstelle-migration-nrw.example>"),
           ("List-Unsubscribe", "<https://www.fachstelle-migration-nrw.example/abmelden?u=vt-st>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-4471-vt-st@news.fachstelle-migration-nrw.example")
    m.alternative(NEWSLETTER_TEXT, newsletter_html(NEWSLETTER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="std")


# -- 006 ---------------------------------------------------------------------
# Ukrainian, windows-1251 base64, plain.  The community runs a job project
# ("Робота поруч", work nearby) but chooses forum 4, health and trauma, and
# brings a volunteer psychologist (2).  Name in Cyrillic and Latin in the
# signature; association named in Ukrainian in the text, in German below.

@mail("marchenko-ukrainian-forum-4-cp1251", "2027-08-27 13:10:26",
      E("registration", "olena.marchenko@ukr-gemeinde-rheine.example", "Olena Marchenko",
        "Ukrainische Gemeinde Rheine e.V.", ["F-GESUND"], 2, "uk"), "uk")
def _(m):
    m.head(("From", addr("Олена Марченко", "olena.marchenko@ukr-gemeinde-rheine.example",
                         "windows-1251", "b")),
           ("To", VT),
           ("Subject", ew("Реєстрація на Vernetzungstag 14.10", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<001401dc1a3f$8c2e4a10$a48ade30$@ukr-gemeinde-rheine.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    m.single("""Шановна пані Лютгермеллер!
Шановні колеги з Комунального інтеграційного центру!

Щиро дякую за запрошення на День мережевої взаємодії у сфері міграційного консультування.

Дозвольте коротко представитися. Мене звати Олена Марченко, я голова правління Української громади Рейне. Наша громада існує з 2014 року, а з весни 2022 року ми фактично стали волонтерським консультаційним пунктом: щотижня до нас приходять 40–50 людей з питаннями про житло, школу, мовні курси та роботу.

Минулого року ми разом з Jobcenter запустили проєкт «Робота поруч», у якому допомагаємо жінкам знайти першу роботу в Німеччині. Проте останнім часом ми все частіше бачимо, що людям спершу потрібна психологічна підтримка: багато хто досі живе з важкими спогадами про війну, а діти погано сплять.

Тому прошу зареєструвати мене на форум 4 «Здоров'я, травма та психосоціальна допомога». Зі мною прийде також наша волонтерка-психологиня Ірина Коваль, тобто нас буде двоє.

З повагою
Олена Марченко
Olena Marchenko
голова правління · соціальна консультантка (волонтерка) · перекладачка
Ukrainische Gemeinde Rheine e.V.
+49 1577 301 44 82""", charset="windows-1251", cte="base64")


# -- 007 ---------------------------------------------------------------------
# Question: can one attend two forums, is the Wohnsitzauflage a topic in the
# housing forum?  They will register after the answer (question, not a
# registration).  Thunderbird, UTF-8 8bit, format=flowed.

@mail("wiewel-jmd-question-two-forums", "2027-08-30 10:32:51",
      E("question", "j.wiewel@jmd-steinfurt.example", "Jonas Wiewel",
        "Jugendmigrationsdienst Steinfurt", [], None, "de"), "de")
def _(m):
    m.head(("From", "Jonas Wiewel <j.wiewel@jmd-steinfurt.example>"),
           ("To", VT),
           ("Subject", "Fragen zu den Foren beim Vernetzungstag"),
           ("Date", m.date),
           ("Message-ID", "<a3f9c2d0-61e4-4b7f-8d25-0e7b9a1c4f62@jmd-steinfurt.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.1.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Lütkehermöller,

ich arbeite im Jugendmigrationsdienst (JMD) Steinfurt und würde gern mit 
einer Kollegin zum Vernetzungstag kommen. Bevor wir uns festlegen, hätte 
ich zwei Fragen:

1. Kann man vor der Mittagspause in einem Forum sein und danach in einem 
anderen? Uns interessieren eigentlich Forum 2 und Forum 3 gleichermaßen, 
und wir würden uns ungern auf eins beschränken.

2. Wird im Forum Wohnen auch die Wohnsitzauflage (§ 12a AufenthG) Thema 
sein? Das ist bei unseren jungen Leuten gerade der Knackpunkt.

Sobald ich Ihre Antwort habe, melden wir uns verbindlich an.

Besten Dank und viele Grüße
Jonas Wiewel

-- 
Jugendmigrationsdienst Steinfurt
Träger: Internationaler Bund West gGmbH
Tel. 02551 93 47-22""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 008 ---------------------------------------------------------------------
# Persian, Yahoo-style multipart/alternative, UTF-8 base64.  Forum numbers in
# Persian digits (۴ first, ۱ second).  The association's project "خانه‌ای
# برای همه" (a home for everyone) is about housing.  The signature names the
# association in German and Persian.

SADEGHI_TEXT = """با سلام و احترام خدمت سرکار خانم لوتکه‌هرمولر و همکاران گرامی در مرکز ادغام شهرستان اشتاینفورت،

امیدوارم حالتان خوب باشد. پیش از هر چیز از دعوت‌نامه‌ی محبت‌آمیز شما صمیمانه سپاسگزارم.

اجازه بدهید خودم را معرفی کنم: مریم صادقی هستم، روان‌شناس، و از سال ۱۳۹۴ (۲۰۱۵) عضو هیئت مدیره‌ی انجمن فرهنگی ایرانیان امسدتن. انجمن ما با حدود ۶۰ عضو فعال کلاس‌های زبان فارسی برای کودکان، شب‌های شعر و جشن نوروز برگزار می‌کند. در کنار این‌ها، از دو سال پیش پروژه‌ای به نام «خانه‌ای برای همه» داریم که در آن به خانواده‌های تازه‌وارد در پیدا کردن مسکن کمک می‌کنیم.

با این حال، به خاطر رشته‌ی تحصیلی‌ام و تجربه‌ای که در جلسات مشاوره داشته‌ام، بیشتر از هر چیز نگران سلامت روان پناهجویان هستم؛ بسیاری از زنانی که به ما مراجعه می‌کنند با آسیب‌های روحی شدید زندگی می‌کنند و نمی‌دانند به کجا باید مراجعه کنند.

بنابراین خواهش می‌کنم مرا برای فوروم شماره‌ی ۴ (سلامت، تروما و حمایت روانی‌ـ‌اجتماعی) ثبت‌نام کنید. اگر ظرفیت آن پر شده بود، فوروم شماره‌ی ۱ (حقوق اقامت) انتخاب دوم من است.

تنها خواهم آمد.

با سپاس فراوان و آرزوی موفقیت،
مریم صادقی

Maryam Sadeghi, M.Sc. Psychologie
عضو هیئت مدیره | مشاور داوطلب | مترجم
Iranischer Kulturverein Emsdetten e.V.
انجمن فرهنگی ایرانیان امسدتن"""


@mail("sadeghi-persian-digits-forum-4-then-1", "2027-08-31 22:15:40",
      E("registration", "maryam.sadeghi@iran-kulturverein-emsdetten.example", "Maryam Sadeghi",
        "Iranischer Kulturverein Emsdetten e.V.", ["F-GESUND", "F-RECHT"], 1, "fa"), "fa")
def _(m):
    m.head(("From", addr("Maryam Sadeghi", "maryam.sadeghi@iran-kulturverein-emsdetten.example")),
           ("To", VT),
           ("Subject", ew("ثبت‌نام در روز شبکه‌سازی مشاوره مهاجرت – ۱۴ اکتبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1693520140.3318827.1830371740552@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(SADEGHI_TEXT, div_html(SADEGHI_TEXT, "font-family:Tahoma, sans-serif;font-size:14px;", rtl=True),
                  charset="utf-8", cte="base64", style="yahoo")


# -- 009 ---------------------------------------------------------------------
# Bosnian (ijekavian, "projekat", "porodica", "sedmica"), windows-1250 QP; the
# display name is RFC 2047 in ISO-8859-2.  The association runs a job project
# "Zajedno do posla" but chooses the third forum, housing.

@mail("hodzic-bosnian-third-forum-cp1250", "2027-09-01 18:22:09",
      E("registration", "amela.hodzic@ljiljan-rheine.example", "Amela Hodžić",
        "Bosanskohercegovačko kulturno društvo „Ljiljan“ Rheine e.V.", ["F-WOHNEN"], 1, "bs"), "bs")
def _(m):
    m.head(("From", addr("Amela Hodžić", "amela.hodzic@ljiljan-rheine.example", "iso-8859-2", "q")),
           ("To", TO_VT),
           ("Subject", "Prijava za Vernetzungstag 14.10.2027"),
           ("Date", m.date),
           ("Message-ID", "<e07c2b19-4d3a-4e8f-9a51-6c8d2f0b7e34@ljiljan-rheine.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.14.0"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovana gospođo Lütkehermöller,
poštovani tim Komunalnog integracijskog centra,

zahvaljujem se na pozivu za Dan umrežavanja savjetovališta za migrante.

Dozvolite da se ukratko predstavim: zovem se Amela Hodžić i već osam godina sam predsjednica našeg kulturnog društva u Rheineu. Društvo okuplja oko 90 porodica iz Bosne i Hercegovine, a posljednjih godina i mnogo novih članova koji su došli preko Westbalkanregelung. Jednom sedmično imamo savjetovanje u našim prostorijama.

Upravo zbog novih članova smo prošle godine pokrenuli projekat „Zajedno do posla“, u kojem pomažemo ljudima da pripreme biografiju, prevedu svjedočanstva i nađu prvi posao. Ipak, najveći problem trenutno nije posao – posao ljudi nekako i nađu – nego stan. Porodice s troje djece mjesecima žive u jednoj sobi kod rodbine.

Zato bih se željela prijaviti za treći forum, o stanovanju. Dolazim sama.

Unaprijed hvala i srdačan pozdrav iz Rheinea,

Amela Hodžić
predsjednica / Vorsitzende
Bosanskohercegovačko kulturno društvo „Ljiljan“ Rheine e.V.
volonterska savjetnica za migrante | sudska tumačica za bosanski, hrvatski i srpski jezik
Tel. 0160 9 87 65 43""", charset="windows-1250", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Outlook HTML only, UTF-8 QP (the colleague's name has a dotless i).  The
# forum is named only by its room ("das Forum im Saal Ems") plus a topic hint
# (Chancen-Aufenthalt).  Distractors:
# the project "Netzwerk Ankommen", the role "Koordination Ehrenamt" (F-NETZ
# alias words), and a gGmbH disclaimer.  She and a colleague: 2.

BERNING_TEXT = """Sehr geehrte Damen und Herren,

im Namen des Fachdienstes Migration und Integration der Diakonie Tecklenburger Land bedanke ich mich herzlich für die Einladung zum Vernetzungstag am 14. Oktober.

Unser Team besteht derzeit aus fünf hauptamtlichen Kolleginnen und Kollegen in der MBE und der Asylverfahrensberatung sowie rund 40 Ehrenamtlichen, deren Einsatz ich koordiniere. Im Frühjahr haben wir zudem das Kooperationsprojekt „Netzwerk Ankommen“ mit drei Moscheegemeinden und einem ukrainischen Verein gestartet – darüber kommen wir in den Pausen sehr gern mit anderen ins Gespräch.

Für die Forenphase möchten meine Kollegin Frau Derya Yılmaz und ich uns verbindlich für das Forum im Saal Ems anmelden; in der Asylverfahrensberatung beschäftigen uns die Änderungen beim Chancen-Aufenthalt derzeit sehr.

Wir sind also zu zweit.

Mit freundlichen Grüßen

Katrin Berning
Migrationsberatung für erwachsene Zuwanderer (MBE) | Asylverfahrensberatung | Koordination Ehrenamt
Diakonie Tecklenburger Land gGmbH
Fachdienst Migration und Integration
Bahnhofstraße 21 · 49525 Lengerich
Tel. 05481 9001-27

________________________________
Diakonie Tecklenburger Land gGmbH · Sitz Lengerich · Amtsgericht Steinfurt HRB 8812 · Geschäftsführung: Dr. Uwe Kamphues
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail."""


@mail("berning-diakonie-saal-ems-html-only", "2027-09-02 09:14:55",
      E("registration", "k.berning@diakonie-tecklenburg.example", "Katrin Berning",
        "Diakonie Tecklenburger Land gGmbH", ["F-RECHT"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Berning, Katrin" <k.berning@diakonie-tecklenburg.example>'),
           ("To", TO_VT),
           ("Subject", "Anmeldung Vernetzungstag – Diakonie Tecklenburger Land"),
           ("Thread-Topic", "Anmeldung Vernetzungstag – Diakonie Tecklenburger Land"),
           ("Thread-Index", "AdwdF3kP0q7Zs1YtQx2m9vB4nLcE8w=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1520A9C4E7D21B0F6A5C3E8D91B7A@FR3P281MB1520.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BERNING_TEXT, charset="utf-8"), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Vietnamese, Gmail multipart/alternative, UTF-8 QP.  The association's health
# project "Sức khỏe cho mọi nhà"; the choice is "Diễn đàn 2"; three persons
# named.  The signature mentions a part-time job at Caritas (not the
# organisation she comes for) and the association in German.

NGUYEN_TEXT = """Kính gửi Bà Lütkehermöller,
Kính gửi Trung tâm Hội nhập Địa phương (Kommunales Integrationszentrum) huyện Steinfurt,

Trước hết, chúng tôi xin chân thành cảm ơn lời mời tham dự Ngày Kết nối Tư vấn Di cư năm 2027.

Cho phép tôi tự giới thiệu: tôi là Nguyễn Thị Thu Hà, phó chủ tịch Hội Người Việt Steinfurt. Hội chúng tôi được thành lập năm 1992 bởi những người lao động hợp đồng cũ từ Đông Đức và các gia đình thuyền nhân, hiện có khoảng 150 hội viên. Chúng tôi tổ chức lớp tiếng Việt cho trẻ em, Tết Trung thu, và từ năm ngoái có dự án „Sức khỏe cho mọi nhà“ – hướng dẫn người cao tuổi về bảo hiểm y tế và đi khám bệnh.

Tuy nhiên, trong năm nay rất nhiều bạn trẻ mới sang theo diện học nghề (Ausbildung) và lao động có tay nghề hỏi chúng tôi về việc công nhận bằng cấp và chuyển đổi việc làm. Vì vậy, Hội chúng tôi muốn đăng ký tham gia Diễn đàn 2 (thị trường lao động và công nhận bằng cấp nước ngoài).

Chúng tôi sẽ đi ba người: tôi, anh Phạm Quốc Bảo (thủ quỹ) và chị Lê Ngọc Anh (phụ trách thanh niên).

Trân trọng,
Nguyễn Thị Thu Hà
Phó chủ tịch Hội Người Việt Steinfurt | Phiên dịch viên tình nguyện | Tư vấn viên xã hội (bán thời gian, Caritas)
Vietnamesischer Verein Steinfurt e.V.
ĐT: 0152 2 44 68 10"""


@mail("nguyen-vietnamese-dien-dan-2-three-persons", "2027-09-03 20:48:17",
      E("registration", "thuha.nguyen@hoinguoiviet-steinfurt.example", "Nguyễn Thị Thu Hà",
        "Vietnamesischer Verein Steinfurt e.V.", ["F-ARBEIT"], 3, "vi"), "vi")
def _(m):
    m.head(("From", addr("Nguyễn Thị Thu Hà", "thuha.nguyen@hoinguoiviet-steinfurt.example", "utf-8", "q")),
           ("To", VT),
           ("Subject", ew("Đăng ký tham dự Vernetzungstag Migrationsberatung 14.10.2027", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAJ4nR8vK2pTq0wX6mZ1sLd9bYh3cN5eU7oAf2gVr8iWt0kPxQw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NGUYEN_TEXT, gmail_html(NGUYEN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 012 ---------------------------------------------------------------------
# The head of department registers a colleague (she herself cannot come) and
# asks for the confirmation to go to his address, which she mistypes
# ("steinfrut"); 013 is the bounce of that confirmation.  Outlook
# multipart/alternative, UTF-8 QP (the colleague's name needs more than
# windows-1252).  Her project "Arbeit statt Warten"; his choice is housing,
# else residence law.

SCHOEPPER_TEXT = """Sehr geehrte Frau Lütkehermöller,

vielen Dank für die Einladung, die bei uns im Haus auf großes Interesse gestoßen ist.

Ich leite bei der AWO im Kreis Steinfurt den Fachbereich Migration und Integration und bin am 14. Oktober leider auf der Landeskonferenz in Düsseldorf. Ich möchte deshalb meinen Kollegen Herrn Tarik Bešić anmelden, der seit Juni unsere Integrationsagentur verantwortet und außerdem unser Projekt „Arbeit statt Warten“ für geduldete junge Erwachsene begleitet.

Herr Bešić möchte am liebsten in das Forum Wohnen (Forum 3). Sollte es schon voll sein, wäre das Forum zum Aufenthaltsrecht eine gute Alternative für ihn.

Bitte schicken Sie die Bestätigung direkt an ihn: t.besic@awo-steinfrut.example

Herzliche Grüße

Birgit Schöpper
Fachbereichsleitung Migration und Integration | stellv. Geschäftsführung
AWO Kreisverband Steinfurt e.V.
Emsstraße 40 · 48282 Emsdetten
Tel. 02572 9 51 88-10"""


@mail("schoepper-awo-registers-colleague-besic", "2027-09-06 11:03:22",
      E("registration", "t.besic@awo-steinfrut.example", "Tarik Bešić",
        "AWO Kreisverband Steinfurt e.V.", ["F-WOHNEN", "F-RECHT"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Schöpper, Birgit", "b.schoepper@awo-steinfurt.example", "iso-8859-1", "q")),
           ("To", TO_VT),
           ("Subject", "Anmeldung Herr Bešić – Vernetzungstag 14.10."),
           ("Thread-Topic", "Anmeldung Herr Bešić – Vernetzungstag 14.10."),
           ("Thread-Index", "AdwfB8s1nQm4x0RzTfW2kP7yE9aLcg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6130E2B9A4F7C01D3E5B8A7C6F1D0@AS8PR10MB6130.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = m.text(SCHOEPPER_TEXT, "plain", "utf-8", "quoted-printable")
    htm = m.text(outlook_html(SCHOEPPER_TEXT, charset="utf-8"), "html", "utf-8", "quoted-printable")
    m.multi("alternative", [plain, htm], style="outlook")


# -- 013 ---------------------------------------------------------------------
# Exim bounce (multipart/report) of the confirmation to the mistyped address
# from 012: the domain does not exist.  The returned confirmation names F-WOHNEN.

BESIC_RCPT = "t.besic@awo-steinfrut.example"


@mail("exim-bounce-unrouteable-besic", "2027-09-06 11:03:58",
      E("bounce", bounced=BESIC_RCPT), "en")
def _(m):
    m.head(("From", "Mail Delivery System <Mailer-Daemon@relay.kreis-steinfurt.example>"),
           ("To", VT),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1vQx2D-0004Kp-7T@relay.kreis-steinfurt.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", BESIC_RCPT),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {BESIC_RCPT}
    Unrouteable address
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay.kreis-steinfurt.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{BESIC_RCPT}"),
         ("Status", "5.0.0")])
    original = bot_message(
        f"=?utf-8?q?Tarik_Be=C5=A1i=C4=87?= <{BESIC_RCPT}>", CONFIRMATION_SUBJECT,
        confirmation("Herr Bešić", "F-WOHNEN", 1),
        "Mon, 06 Sep 2027 11:03:55 +0200", "<mailbot.20270906110355.b41c@kreis-steinfurt.example>",
        "<AS8PR10MB6130E2B9A4F7C01D3E5B8A7C6F1D0@AS8PR10MB6130.EURPRD10.PROD.OUTLOOK.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="exim",
            params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Croatian ("sudjelovati", "obitelj", "listopad" for October),
# Gmail for Android, UTF-8 8bit.  The fifth forum by number and its German
# title; she also volunteers at a Caritas counselling office (not her
# organisation here).

@mail("matic-schulte-croatian-peti-forum", "2027-09-07 07:55:31",
      E("registration", "ivana.matic.schulte@mail.example", "Ivana Matić-Schulte",
        "Hrvatska zajednica Ibbenbüren e.V.", ["F-NETZ"], 1, "hr"), "hr")
def _(m):
    m.head(("From", "Ivana Matić-Schulte <ivana.matic.schulte@mail.example>"),
           ("To", VT),
           ("Subject", "Prijava – Vernetzungstag 14. listopada"),
           ("Date", m.date),
           ("Message-ID", "<CAE9bWq4mT1rX7yLp2Nz0dK5sVf8hG3jU6cA1oRb9eQi4wMtYvS@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Poštovana gospođo Lütkehermöller,

hvala Vam na pozivu, koji mi je proslijedila naša koordinatorica volontera iz Ibbenbürena.

Ja sam Ivana Matić-Schulte, tajnica Hrvatske zajednice Ibbenbüren i već šest godina volonterka u savjetovalištu za izbjeglice pri Caritasu. U našoj zajednici nemamo velik projekt, ali pomažemo novopridošlim obiteljima iz Hrvatske i BiH s papirima, prijevodima i traženjem stana – to radimo „usput“, uz kavu nakon mise.

Baš zato me najviše zanima kako se volonteri, udruge i profesionalni savjetnici mogu bolje povezati, pa bih rado sudjelovala u petom forumu (Netzwerke knüpfen). Dolazim sama.

Veselim se susretu 14. listopada u Emsdettenu.

Srdačan pozdrav,
Ivana Matić-Schulte

tajnica / Schriftführerin
Hrvatska zajednica Ibbenbüren e.V.
volonterka u savjetovalištu za izbjeglice | prevoditeljica""", charset="utf-8", cte="8bit")


# -- 015 ---------------------------------------------------------------------
# Arabic question from a phone: may volunteers come, is there Arabic
# interpretation, is it free?  He will register only afterwards.

@mail("mansour-arabic-question-volunteers-interpreting", "2027-09-08 16:40:02",
      E("question", "khaled.mansour84@mail.example", "Khaled Mansour",
        "مبادرة جيران", [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour84@mail.example>"),
           ("To", VT),
           ("Subject", ew("استفسار بخصوص يوم التشبيك", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<m1k7q3.1788878402.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

أنا خالد منصور، متطوع في مبادرة جيران في غريفن، نساعد اللاجئين الجدد في ملء الاستمارات وفي مواعيد الجوب سنتر. وصلتني دعوتكم عن طريق صديق.

عندي بعض الأسئلة قبل أن أسجّل:
- هل يمكن لمتطوع ليس لديه خلفية مهنية في الاستشارة أن يشارك، أم أن اليوم مخصص للمستشارين المحترفين فقط؟
- هل ستكون هناك ترجمة إلى العربية في المنتديات؟ لغتي الألمانية تقريباً B1.
- وهل المشاركة مجانية فعلاً؟

شكراً جزيلاً لكم
خالد

أُرسلت من هاتف Samsung Galaxy الخاص بي""", charset="utf-8", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Learner German, web mail, UTF-8 QP.  "Forum Gesundheit (Nummer 4)", else
# "Wohnen".  Several roles; the health office is a client, not his organisation.

@mail("tesfay-learner-german-gesundheit-else-wohnen", "2027-09-09 14:02:44",
      E("registration", "yonas.tesfay@web-mail.example", "Yonas Tesfay",
        "Eritreische Gemeinschaft Rheine e.V.", ["F-GESUND", "F-WOHNEN"], 1, "de"), "de")
def _(m):
    m.head(("From", "yonas.tesfay@web-mail.example"),
           ("To", VT),
           ("Subject", "anmeldung für Vernetzungstag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3be1a0c4-7d92-4f5e-b8a6-19c0e2d4f7a1-1788962564337@msvc-mesg-web003>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geerhte Frau Lütkehermöller,

Ich heisse Yonas Tesfay, ich bin aus Eritrea und wohne seit 2016 in Rheine. Ich bin im Vorstand von Eritreische Gemeinschaft Rheine e.V., wir sind ca. 35 Familien. In unsere Verein wir helfen die neuen Leute mit Briefe von Ausländerbehörde und Jobcenter und wir machen jeden Sonntag Kaffeezeremonie für Begegnung. Ich arbeite auch als Sprach- und Kulturmittler für das Gesundheitsamt.

Ich möchte gerne teilnehmen am 14.10. Bitte Forum Gesundheit (Nummer 4), weil viele Leute von uns haben Probleme mit Krankenkasse und verstehen die Ärzte nicht. Wenn Forum 4 ist schon voll, dann bitte Wohnen.

Ich komme alleine.

Vielen dank für Ihre Arbeit
Mit freundliche Grüße
Yonas Tesfay
Eritreische Gemeinschaft Rheine e.V.
Vorstand / Sprach- und Kulturmittler / Dolmetscher Tigrinya""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Serbian in Cyrillic (ekavian: "желео", "деца"), Apple Mail
# multipart/alternative, UTF-8 base64.  Name in both scripts in the signature;
# association in Cyrillic (abbreviated) and in German.  Forum 2 by number and
# translated title; he and the chairman (2).  A seat on the town's
# integration council is among his roles.

JOVANOVIC_TEXT = """Поштована госпођо Литкехермелер,

захваљујем се на љубазном позиву. Дозволите да Вам укратко представим себе и наше друштво.

Зовем се Милан Јовановић и секретар сам Српског културно-уметничког друштва „Вук Караџић“ из Гревена, које постоји од 1978. године. Поред фолклора и допунске школе српског језика за децу, последњих година смо постали прва адреса за многе људе из Србије који долазе у Немачку да раде – у грађевини, у нези старих, као возачи.

Зато су код нас свакодневна питања признавање диплома, уговори о раду и радне дозволе. Желео бих да се пријавим за Форум 2 – „Приступ тржишту рада и признавање страних диплома“. Долазимо двојица: ја и председник друштва, господин Драган Стојановић.

Молим Вас да потврду пошаљете на ову адресу.

Срдачан поздрав из Гревена,
Милан Јовановић
Milan Jovanović
секретар СКУД „Вук Караџић“ Гревен | судски тумач | члан Савета за интеграцију града Гревена
Serbischer Kulturverein „Vuk Karadžić“ Greven e.V."""


@mail("jovanovic-serbian-cyrillic-forum-2", "2027-09-10 12:30:14",
      E("registration", "milan.jovanovic@skud-greven.example", "Milan Jovanović",
        "Serbischer Kulturverein „Vuk Karadžić“ Greven e.V.", ["F-ARBEIT"], 2, "sr"), "sr")
def _(m):
    m.head(("From", addr("Милан Јовановић", "milan.jovanovic@skud-greven.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("Пријава – Vernetzungstag Migrationsberatung 2027", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<3C9D0E7A-21B4-4F6C-9A8E-5D7F1B2C0E49@skud-greven.example>"),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    m.alternative(JOVANOVIC_TEXT, apple_html(JOVANOVIC_TEXT), charset="utf-8",
                  cte="base64", style="apple")


# -- 018 ---------------------------------------------------------------------
# Change (Bosnian): after the board meeting she asks to be moved to the second
# forum; if it is full, the third (current) one stays.  Thunderbird reply with
# the German confirmation quoted ('>').  Same client and charset as 009.

@mail("hodzic-bosnian-change-to-second-forum", "2027-09-13 08:10:45",
      E("change", "amela.hodzic@ljiljan-rheine.example", "Amela Hodžić", None,
        ["F-ARBEIT", "F-WOHNEN"], None, "bs"), "bs")
def _(m):
    m.head(("From", addr("Amela Hodžić", "amela.hodzic@ljiljan-rheine.example", "iso-8859-2", "q")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b81f3e0-9c2d-47a6-8e1b-d04a7c6f2e95@ljiljan-rheine.example>"),
           ("In-Reply-To", "<mailbot.20270901182240.7d0e@kreis-steinfurt.example>"),
           ("References", "<e07c2b19-4d3a-4e8f-9a51-6c8d2f0b7e34@ljiljan-rheine.example> "
                          "<mailbot.20270901182240.7d0e@kreis-steinfurt.example>"),
           ("User-Agent", "Mozilla Thunderbird 115.14.0"),
           ("MIME-Version", "1.0"))
    m.single(f"""Poštovani,

hvala na brzoj potvrdi. Nakon sastanka uprave društva u subotu ipak bih promijenila forum: molim Vas da me prebacite u drugi forum, o tržištu rada i priznavanju diploma. Ako tamo više nema mjesta, neka ostane treći forum, kako je sada.

Srdačan pozdrav,
Amela Hodžić

Dana 01.09.2027. u 18:22, {VT_NAME} je napisao/la:
{gt_quote(confirmation("Frau Hodžić", "F-WOHNEN", 1))}
""", charset="windows-1250", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# A retired teacher, web.de-style plain ISO-8859-1 QP, long and chatty.  Two
# forums "equally", then an explicit order: Wohnen first, Arbeit second.

@mail("lammerding-retired-teacher-wohnen-then-arbeit", "2027-09-14 10:12:06",
      E("registration", "d.lammerding@mail-ms.example", "Dorothea Lammerding",
        "Deutsch für alle Ochtrup e.V.", ["F-WOHNEN", "F-ARBEIT"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dorothea Lammerding <d.lammerding@mail-ms.example>"),
           ("To", VT),
           ("Subject", "Vernetzungstag - Anmeldung einer pensionierten Lehrerin"),
           ("Date", m.date),
           ("Message-ID", "<trinity-8f0c2a71-d4b3-4e19-a05c-7b6e9d1f3c28-1789373526081@3c-app-mailms-bs07>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Frau Lütkehermöller,

ich hoffe, es ist in Ordnung, dass ich mich als "Nicht-Profi" melde. Ich war bis 2021 Lehrerin für Deutsch und Erdkunde an der Realschule in Ochtrup und engagiere mich seitdem im Verein "Deutsch für alle Ochtrup e.V.", wo ich zweimal in der Woche einen Sprachtreff für Frauen leite. Daneben begleite ich zwei syrische Familien als Patin, und da bekommt man natürlich alles mit: die Suche nach einer Wohnung, die endlosen Bewerbungen, die Wartezeiten beim Facharzt ...

Ihre Einladung hat mir unsere Vorsitzende weitergeleitet, und ich habe mich wirklich gefreut, dass auch Ehrenamtliche ausdrücklich angesprochen sind.

Zu den Foren: Ehrlich gesagt interessiert mich das Wohnen ebenso sehr wie die Arbeit - meine Patenfamilie sucht seit einem Jahr eine größere Wohnung, und der Vater (Elektriker!) wartet immer noch auf die Anerkennung seines Abschlusses. Wenn ich mich entscheiden muss: Wohnen zuerst, Arbeit als zweite Wahl.

Ich komme allein, bringe aber gern einen Kuchen mit, falls das erwünscht ist :-)

Mit freundlichen Grüßen
Dorothea Lammerding
Deutsch für alle Ochtrup e.V.
(Sprachtreff, Patenschaften)""", charset="iso-8859-1", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Persian (Dari wording: "ولسوالی", "تیلفون", "ترجمان"), Gmail
# multipart/alternative RTL, UTF-8 QP.  Name and association only in Persian
# script (display name too).  "فوروم دوم" = the second forum; the text also
# talks about Duldung (a residence-law word).  Three persons.

RAHIMI_TEXT = """با عرض سلام و احترام

خدمت محترم مسئولین روز شبکه‌سازی مشاوره مهاجرت در ولسوالی اشتاینفورت،

اینجانب احمد ذکی رحیمی، مسئول امور اجتماعی انجمن فرهنگی افغان‌های راینه هستم. انجمن ما از سال ۲۰۱۷ فعالیت می‌کند و بیشتر اعضای ما جوانانی هستند که به تنهایی به آلمان آمده‌اند. ما برای آن‌ها کلاس‌های درسی، مسابقات کرکت و جلسات مشورتی ترتیب می‌دهیم.

بسیاری از این جوانان هنوز «دولدونگ» دارند و اجازه‌ی کار یا آموزش حرفه‌ای به آسانی نمی‌گیرند؛ آن‌هایی هم که اجازه دارند، مدارک‌شان از افغانستان شناخته نمی‌شود. به همین خاطر ما می‌خواهیم در فوروم دوم، یعنی بازار کار و شناسایی مدارک، اشتراک کنیم.

ما سه نفر خواهیم بود: اینجانب و دو تن از اعضای هیئت رئیسه.

با تشکر فراوان
احمد ذکی رحیمی
مسئول امور اجتماعی | رهنمای داوطلب پناهجویان | ترجمان دری و پشتو
انجمن فرهنگی افغان‌های راینه
تیلفون: ۰۱۷۶ ۳۳ ۴۵ ۸۹ ۱۲"""


@mail("rahimi-dari-second-forum-three", "2027-09-15 19:30:59",
      E("registration", "a.z.rahimi@afghan-verein-rheine.example", "احمد ذکی رحیمی",
        "انجمن فرهنگی افغان‌های راینه", ["F-ARBEIT"], 3, "fa"), "fa")
def _(m):
    m.head(("From", addr("احمد ذکی رحیمی", "a.z.rahimi@afghan-verein-rheine.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("ثبت نام برای روز ۱۴ اکتوبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM2xT9pQ4vR0nY8sKw1LbZ6dJh3cF7eU5oAg2iVm9tWr0kNqPx@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAHIMI_TEXT, gmail_html(RAHIMI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 021 ---------------------------------------------------------------------
# Turkish, Outlook for Android (plain UTF-8 QP).  The forum id in lower case
# ("f-netz forumuna"), a parking question (still a registration).  The
# association's neighbourhood project; a seat on the town's integration council.

@mail("oeztuerk-turkish-f-netz-lowercase", "2027-09-20 08:47:33",
      E("registration", "m.ozturk@tikv-ochtrup.example", "Mustafa Öztürk",
        "Türkisch-Islamischer Kulturverein Ochtrup e.V.", ["F-NETZ"], 1, "tr"), "tr")
def _(m):
    m.head(("From", "Mustafa Öztürk <m.ozturk@tikv-ochtrup.example>"),
           ("To", VT),
           ("Subject", "Vernetzungstag 14.10. katılım"),
           ("Date", m.date),
           ("Message-ID", "<PAXP195MB1733F0C6B8E1A2D4E97C5A30B8E4F@PAXP195MB1733.EURP195.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Sayın ilgili,

ben Mustafa Öztürk, Ochtrup Türk İslam Kültür Derneği'nin gençlik ve sosyal işler sorumlusuyum. Derneğimiz 1985'ten beri Ochtrup'ta faaliyet gösteriyor; cami cemaatimizin yanında son yıllarda Suriye ve Afganistan'dan gelen ailelere de tercümanlık ve eşlik hizmeti veriyoruz. Belediye ile birlikte yürüttüğümüz „Camiden mahalleye" adlı bir komşuluk projemiz de var.

Davetinizi imamımız Hakan Bey bana iletti. 14 Ekim'de f-netz forumuna katılmak istiyorum; özellikle Caritas ve Diakonie gibi kurumlarla nasıl daha düzenli çalışabileceğimizi konuşmak istiyoruz, çünkü şimdiye kadar her şey kişisel tanışıklıklara bağlı.

Tek kişi olarak katılacağım. Bu arada otopark imkânı var mı acaba?

Hayırlı çalışmalar dilerim.
Mustafa Öztürk
Gençlik ve Sosyal İşler Sorumlusu | Gönüllü tercüman | Ochtrup Uyum Meclisi üyesi
Türkisch-Islamischer Kulturverein Ochtrup e.V.

Outlook for Android'den gönderildi""", charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Ukrainian volunteer, Gmail multipart/alternative, UTF-8 QP.  His project is
# "Разом до роботи" (together to work); the choice is forum 3, housing.  Name
# in both scripts on one line; association in Cyrillic in the text and in
# German in the signature.  A question about the entrance (still a registration).

TKACHENKO_TEXT = """Доброго дня, шановні організатори!

Мене звати Андрій Ткаченко. До війни я був інженером-будівельником у Харкові, а зараз я волонтер і співзасновник ініціативи «Разом» в Емсдеттені. Ми допомагаємо українським родинам з перекладами, з листами від Jobcenter і з пошуком роботи – наш проєкт так і називається: «Разом до роботи».

Але найбільша проблема в нашому місті зараз – житло: багато родин уже два роки живуть у гуртожитку (Übergangswohnheim), а власників, які готові здати квартиру, майже немає. Тому я хотів би взяти участь у форумі 3 про житло.

Я буду сам. Чи потрібно мати з собою якийсь документ або запрошення на вході?

Дякую і до зустрічі!
Андрій Ткаченко / Andrii Tkachenko
співзасновник «Разом» | волонтер-перекладач | член Ради з питань інтеграції м. Емсдеттен
Ukrainischer Hilfsverein Razom Emsdetten e.V."""


@mail("tkachenko-ukrainian-housing-forum-3", "2027-09-21 17:15:08",
      E("registration", "andrii.tkachenko@razom-emsdetten.example", "Andrii Tkachenko",
        "Ukrainischer Hilfsverein Razom Emsdetten e.V.", ["F-WOHNEN"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Andrii Tkachenko <andrii.tkachenko@razom-emsdetten.example>"),
           ("To", VT),
           ("Subject", ew("Участь у Vernetzungstag 14 жовтня", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF6kP1wQ8rT3nX0vM5yZ2sLc7bJd4hG9eU1oAi6gVs3tWp8kNr@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TKACHENKO_TEXT, gmail_html(TKACHENKO_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Vietnamese, Apple Mail multipart/alternative, UTF-8 base64.  A professional
# migration counsellor (Caritas) who registers explicitly as chairman of a
# Buddhist association; his colleagues registered the Caritas side.  Forum 1
# by number, Vietnamese title and id.

TRAN_TEXT = """Kính gửi Ban tổ chức Vernetzungstag,

Tôi tên là Trần Văn Minh, hiện đang làm tư vấn viên di cư (Migrationsberater) tại Caritas Emsdetten-Greven, đồng thời là chủ tịch Hội Phật tử Việt Nam Rheine.

Lần này tôi xin đăng ký tham dự với tư cách đại diện cho Hội Phật tử Việt Nam Rheine, vì các đồng nghiệp ở Caritas đã đăng ký riêng rồi.

Trong hội chúng tôi có nhiều cô chú lớn tuổi vẫn chưa nhập quốc tịch Đức dù đã sống ở đây hơn 30 năm, còn các bạn trẻ đang theo diện Chancen-Aufenthalt thì có rất nhiều câu hỏi. Vì vậy tôi chọn Diễn đàn 1 – Luật cư trú (F-RECHT).

Tôi đi một mình.

Xin cảm ơn và hẹn gặp lại ở Emsdetten.
Trần Văn Minh
Chủ tịch Hội Phật tử Việt Nam Rheine
Migrationsberater – Caritasverband Emsdetten-Greven e.V."""


@mail("tran-vietnamese-buddhist-association-forum-1", "2027-09-22 21:03:47",
      E("registration", "tranvanminh@mail.example", "Trần Văn Minh",
        "Hội Phật tử Việt Nam Rheine", ["F-RECHT"], 1, "vi"), "vi")
def _(m):
    m.head(("From", addr("Trần Văn Minh", "tranvanminh@mail.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("Đăng ký – Diễn đàn 1", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<8E2A7C41-0F3D-4B9E-A6C5-1D8F2E7B0A36@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0"))
    m.alternative(TRAN_TEXT, apple_html(TRAN_TEXT), charset="utf-8",
                  cte="base64", style="apple")


# -- 024 ---------------------------------------------------------------------
# Turkish question from an informal women's group: may informal groups come,
# is it free, is there a table for flyers?  "If we can, we would come as two,
# but first I wait for your answer" -> question.

@mail("aydemir-turkish-question-informal-group", "2027-09-24 12:10:19",
      E("question", "elif.aydemir@mail.example", "Elif Aydemir",
        "Anneler Kahvesi", [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Elif Aydemir <elif.aydemir@mail.example>"),
           ("To", VT),
           ("Subject", "Soru / Frage Vernetzungstag"),
           ("Date", m.date),
           ("Message-ID", "<CAB3tN7xR1qW9mV4pZ0sKd6yLh2cJ8eF5oUa3gXn7iTr1wMbQkP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

ben Elif Aydemir. Ibbenbüren'de „Anneler Kahvesi" adında küçük bir kadın grubu yürütüyoruz, resmi bir dernek değiliz. Davetiyenizi bir arkadaşım WhatsApp'tan gönderdi.

Birkaç sorum olacaktı:
– Resmi dernek olmayan gruplar da katılabilir mi?
– Katılım ücretli mi?
– Broşürlerimizi bırakabileceğimiz bir masa olacak mı?

Katılabilirsek iki kişi gelmek isteriz, ama önce cevabınızı bekliyorum.

Teşekkürler, iyi çalışmalar
Elif""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Cancellation of 019 from the same web mail, now UTF-8 QP (the quoted
# confirmation has characters outside ISO-8859-1), GMX-style quote header.
# No organisation in this mail.

@mail("lammerding-cancel-hip-operation", "2027-09-27 09:00:41",
      E("cancellation", "d.lammerding@mail-ms.example", "Dorothea Lammerding", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Dorothea Lammerding <d.lammerding@mail-ms.example>"),
           ("To", VT),
           ("Subject", "Aw: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<trinity-1d7e0b92-c6a4-4f38-b21e-0a9c3f5d8e47-1790492441530@3c-app-mailms-bs03>"),
           ("In-Reply-To", "<mailbot.20270914101231.c8f2@kreis-steinfurt.example>"),
           ("References", "<mailbot.20270914101231.c8f2@kreis-steinfurt.example>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Lütkehermöller,

leider muss ich meine Anmeldung wieder zurückziehen. Meine Hüfte macht nicht mehr mit, und der OP-Termin liegt nun ausgerechnet in der Woche ab dem 11. Oktober. Vielleicht kann ja jemand anderes aus unserem Verein den Platz bekommen? Ich höre mich um, dann meldet sich diejenige selbst bei Ihnen.

Herzliche Grüße
Dorothea Lammerding
 
 

Gesendet: Dienstag, 14. September 2027 um 10:12 Uhr
Von: "{VT_NAME}" <{VT}>
An: d.lammerding@mail-ms.example
Betreff: {CONFIRMATION_SUBJECT}
{gt_quote(confirmation("Frau Lammerding", "F-WOHNEN", 1))}""", charset="utf-8", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# HTML only (Thunderbird-like markup), UTF-8 QP.  The organisation's name
# contains "Netzwerk" (cf. F-NETZ), the role list has "Ansprechpartner
# Gesundheit"; the body says "melde ich mich hiermit an" without a forum, and
# the choice comes in a P.S. at the very end: "das vierte".

DEITERMANN_TEXT = """Sehr geehrte Damen und Herren,

zunächst ein herzliches Dankeschön an das KI für die Organisation dieses Tages – wir haben den letzten Vernetzungstag in Ibbenbüren noch in sehr guter Erinnerung, damals sind mehrere Kooperationen entstanden, die bis heute tragen.

Kurz zu uns: Das Netzwerk Flüchtlingshilfe Hörstel e.V. ist ein Zusammenschluss von rund 60 Ehrenamtlichen, zwei Kirchengemeinden und dem örtlichen Sportverein. Ich bin seit 2016 zweiter Vorsitzender und im Hauptberuf Krankenpfleger in Rheine. Unsere Schwerpunkte sind Sprachcafé, Fahrdienste und die Begleitung zu Behörden; seit diesem Jahr haben wir auch eine kleine Kleiderkammer.

Gerne melde ich mich hiermit für den Vernetzungstag am 14.10. an. Eine Kollegin aus dem Vorstand überlegt noch, ob sie sich freinehmen kann; sie würde sich dann selbst bei Ihnen melden.

Mit freundlichen Grüßen
Frank Deitermann
2. Vorsitzender | Koordination Fahrdienst | Ansprechpartner Gesundheit
Netzwerk Flüchtlingshilfe Hörstel e.V.

PS: Fast hätte ich es vergessen – beim Forum bitte das vierte (Gesundheit/Trauma). Bei uns kommen viele Familien an, die dringend psychologische Unterstützung bräuchten, und ich möchte wissen, wohin wir sie vermitteln können."""


def thunderbird_html(text):
    body = "<br>\n".join(esc(x) for x in text.split("\n"))
    return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
            "  </head>\n  <body>\n    <p>" + body + "</p>\n  </body>\n</html>\n")


@mail("deitermann-hoerstel-html-ps-forum-4", "2027-09-27 20:20:13",
      E("registration", "frank.deitermann@fluechtlingshilfe-hoerstel.example", "Frank Deitermann",
        "Netzwerk Flüchtlingshilfe Hörstel e.V.", ["F-GESUND"], 1, "de"), "de")
def _(m):
    m.head(("From", "Frank Deitermann <frank.deitermann@fluechtlingshilfe-hoerstel.example>"),
           ("To", VT),
           ("Subject", "Anmeldung zum Vernetzungstag"),
           ("Date", m.date),
           ("Message-ID", "<c49e1f07-8a25-4d6b-b3e0-7f1a2c9d5e84@fluechtlingshilfe-hoerstel.example>"),
           ("User-Agent", "Mozilla Thunderbird 128.2.3"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(thunderbird_html(DEITERMANN_TEXT), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change (Vietnamese): all three move to "Diễn đàn 5"; the number stays three
# (party_size null: not changed).  Gmail reply quoting the German confirmation
# (F-ARBEIT) in a gmail_quote block.

NGUYEN_CHANGE = """Kính gửi Ban tổ chức,

Cảm ơn quý vị đã gửi xác nhận. Sau buổi họp ban chấp hành tối qua, chúng tôi quyết định thay đổi: cả ba người chúng tôi xin chuyển sang Diễn đàn 5 (kết nối giữa cơ quan chuyên môn, tình nguyện viên và các hội đoàn di dân), vì Hội muốn tìm đối tác lâu dài cho các hoạt động của mình. Số người vẫn giữ nguyên là ba.

Trân trọng,
Thu Hà
Nguyễn Thị Thu Hà"""


@mail("nguyen-vietnamese-change-to-forum-5", "2027-09-28 07:40:26",
      E("change", "thuha.nguyen@hoinguoiviet-steinfurt.example", "Nguyễn Thị Thu Hà", None,
        ["F-NETZ"], None, "vi"), "vi")
def _(m):
    conf_id = "<mailbot.20270903204839.0a9b@kreis-steinfurt.example>"
    m.head(("From", addr("Nguyễn Thị Thu Hà", "thuha.nguyen@hoinguoiviet-steinfurt.example", "utf-8", "q")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ4nR8vM0sPw2qT7xY3nLb5dKh9cF1eU4oAj6gVt2iWr8kQzXa@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    attr = f"Vào Th 6, 3 thg 9, 2027 vào lúc 20:48 {VT_NAME} <{VT}> đã viết:"
    quoted = confirmation("Frau Nguyễn", "F-ARBEIT", 3)
    plain = f"{NGUYEN_CHANGE}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(NGUYEN_CHANGE, quote_attr=attr, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 028 ---------------------------------------------------------------------
# Arabic, Gmail from a phone, multipart/alternative UTF-8 base64.  The group's
# project "عمل ومستقبل" (work and future); the choice is written in German
# inside the Arabic text ("Forum Wohnen").  The group is named only in Arabic.

ALRUBAIE_TEXT = """السلام عليكم ورحمة الله،

أعزائي في مركز الاندماج،

أنا زينب الربيعي من العراق، أعيش في غريفن منذ سبع سنوات، وأعمل متطوعة في مجموعة «نساء الرافدين»، وهي مجموعة نسائية صغيرة تلتقي كل يوم أربعاء في مركز الحي. لدينا مشروع صغير اسمه «عمل ومستقبل» نساعد فيه النساء على كتابة السيرة الذاتية والتقديم على دورات الـ Ausbildung.

لكن الموضوع الذي يؤرقنا أكثر هو السكن: كثير من النساء يعشن مع أطفالهن منذ سنوات في غرف صغيرة في السكن المشترك. لذلك أود التسجيل في Forum Wohnen.

سأحضر وحدي إن شاء الله.

مع الشكر والتقدير
زينب الربيعي
Zainab Al-Rubaie
متطوعة | وسيطة ثقافية | عضوة في مجلس الاندماج في غريفن"""


@mail("alrubaie-arabic-forum-wohnen-in-german", "2027-09-29 10:05:52",
      E("registration", "zainab.alrubaie@mail.example", "Zainab Al-Rubaie",
        "نساء الرافدين", ["F-WOHNEN"], 1, "ar"), "ar")
def _(m):
    m.head(("From", addr("زينب الربيعي", "zainab.alrubaie@mail.example", "utf-8", "b")),
           ("To", VT),
           ("Subject", ew("التسجيل في يوم 14 أكتوبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAD1pV5wS9rQ2nX7tM4yZ0kLc3bJe8hF6gU1oAh5iVn2tWq7kRs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALRUBAIE_TEXT, gmail_html(ALRUBAIE_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Change (Arabic): add a third person "in the same forum" -> party 3, no new
# forum.  Gmail reply, RTL, with the Arabic Gmail attribution line and the
# German confirmation quoted.

ALHALABI_CHANGE = """السيدات والسادة المحترمون،

شكراً جزيلاً على تأكيد التسجيل.

أرجو التكرم بإضافة شخص ثالث من جمعيتنا: الأستاذ سامر عيسى، مسؤول ملف الشباب، فقد أصبح متاحاً في ذلك اليوم. نرجو أن يكون معنا في المنتدى نفسه، وبذلك يصبح عددنا ثلاثة أشخاص.

مع خالص التحية،
د. محمد الحلبي"""


@mail("alhalabi-arabic-change-add-third-person", "2027-09-30 09:40:11",
      E("change", "m.alhalabi@aljisr-ibbenbueren.example", "محمد الحلبي", None,
        [], 3, "ar"), "ar")
def _(m):
    conf_id = "<mailbot.20270824112044.e5d1@kreis-steinfurt.example>"
    m.head(("From", addr("محمد الحلبي", "m.alhalabi@aljisr-ibbenbueren.example", "utf-8", "b")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHx7Qp2Nf3wR8tV1mK6yYzE0bJ4uZ2aG7cH5hT9nX1oPk6qWsB@mail.gmail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("MIME-Version", "1.0"))
    attr = f"في الثلاثاء، 24 أغسطس 2027 في 11:20 ص {VT_NAME} <{VT}> كتب:"
    quoted = confirmation("Herr Dr. Al-Halabi", "F-RECHT", 2)
    plain = f"{ALHALABI_CHANGE}\n\n{attr}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(ALHALABI_CHANGE, rtl=True, quote_attr=attr, quoted=quoted),
                  charset="utf-8", cte="base64", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Change (German): the colleague goes on parental leave, 2 -> 1, "am Forum
# ändert sich nichts".  Outlook HTML only, replying to the confirmation.

BERNING_CHANGE = """Sehr geehrte Damen und Herren,

ich muss unsere Anmeldung leider anpassen: Meine Kollegin Frau Yılmaz ist ab Oktober in Elternzeit und kann daher nicht teilnehmen. Ich komme also allein; am Forum ändert sich nichts.

Mit freundlichen Grüßen

Katrin Berning
Migrationsberatung für erwachsene Zuwanderer (MBE) | Asylverfahrensberatung | Koordination Ehrenamt
Diakonie Tecklenburger Land gGmbH
Fachdienst Migration und Integration
Bahnhofstraße 21 · 49525 Lengerich
Tel. 05481 9001-27"""


@mail("berning-change-colleague-parental-leave", "2027-10-01 08:30:04",
      E("change", "k.berning@diakonie-tecklenburg.example", "Katrin Berning",
        "Diakonie Tecklenburger Land gGmbH", [], 1, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270902091522.41af@kreis-steinfurt.example>"
    m.head(("From", '"Berning, Katrin" <k.berning@diakonie-tecklenburg.example>'),
           ("To", TO_VT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcHVq1kF9t0wPzQm2xY8nB5aLd3gAqR7Uw"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB15207B1E3C90D4F2A8E6C5D0A92F1@FR3P281MB1520.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{VT_NAME} <{VT}>", "Donnerstag, 2. September 2027 09:15",
             "Berning, Katrin <k.berning@diakonie-tecklenburg.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Berning", "F-RECHT", 2))
    m.single(outlook_html(BERNING_CHANGE, quote, charset="utf-8"), subtype="html", charset="utf-8",
             cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# The town's integration officer answers a forwarded invitation (AW: WG:);
# Outlook multipart/alternative windows-1252 QP inside multipart/mixed with a
# vCard.  All five forums appear in the quote; his text says every forum
# touches his work, then "Forum 2", second wish "Forum 5".

RAESFELD_TEXT = """Sehr geehrte Frau Lütkehermöller,

als Integrationsbeauftragter der Stadt Ochtrup bin ich seit diesem Sommer auch für die Koordination unserer Sprachcafés und die Begleitung der Ehrenamtlichen zuständig, daneben für die Unterbringung der Geflüchteten in den städtischen Übergangswohnheimen. Alle fünf Foren berühren also in irgendeiner Weise meine Arbeit, und die Wahl fällt mir nicht leicht.

Nach Rücksprache mit dem Fachbereichsleiter melde ich mich für Forum 2 an, weil wir in Ochtrup gerade ein Pilotprojekt mit Betrieben aus Textil und Logistik vorbereiten. Zweitwunsch wäre Forum 5.

Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

Mit freundlichen Grüßen
Im Auftrag

Bernd Raesfeld
Integrationsbeauftragter
Stadt Ochtrup
Fachbereich Soziales, Jugend und Familie
Prof.-Gärtner-Straße 10 · 48607 Ochtrup"""

KOCK_FWD = f"""Hallo Herr Raesfeld,

zur Info – wäre das etwas für Sie? Anmeldeschluss ist der 6.10.

Gruß
M. Kock

Von: {VT_NAME} <{VT}>
Gesendet: Montag, 23. August 2027 10:00
An: {VT_NAME} <{VT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""

RAESFELD_VCF = """BEGIN:VCARD
VERSION:3.0
N:Raesfeld;Bernd;;;
FN:Bernd Raesfeld
ORG:Stadt Ochtrup;Fachbereich Soziales, Jugend und Familie
TITLE:Integrationsbeauftragter
TEL;TYPE=WORK,VOICE:+49 2553 781-214
EMAIL;TYPE=PREF,INTERNET:bernd.raesfeld@ochtrup.example
ADR;TYPE=WORK:;;Prof.-Gärtner-Straße 10;Ochtrup;;48607;Deutschland
END:VCARD
"""


@mail("raesfeld-ochtrup-aw-wg-forum-2-then-5-vcard", "2027-10-04 14:55:37",
      E("registration", "bernd.raesfeld@ochtrup.example", "Bernd Raesfeld",
        "Stadt Ochtrup", ["F-ARBEIT", "F-NETZ"], 1, "de"), "de")
def _(m):
    subj = "AW: WG: " + INVITATION_SUBJECT
    m.head(("From", '"Raesfeld, Bernd" <bernd.raesfeld@ochtrup.example>'),
           ("To", TO_VT),
           ("Subject", subj),
           ("Thread-Topic", "WG: " + INVITATION_SUBJECT),
           ("Thread-Index", "AQHcE1x9pV0r3kF2Qd6Wm8yT1bLz5IAGq4xTgABc2wE="),
           ("Date", m.date),
           ("Message-ID", "<7d4c2e19a0b84f63b15e9a2d0c7f3e81@EXMB02.ochtrup.example>"),
           ("References", f"{INVITATION_ID} <b0c9e2f4d7a14e6c8f35@EXMB02.ochtrup.example>"),
           ("In-Reply-To", "<b0c9e2f4d7a14e6c8f35@EXMB02.ochtrup.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    quote = ("Kock, Martina <martina.kock@ochtrup.example>", "Montag, 23. August 2027 11:42",
             "Raesfeld, Bernd <bernd.raesfeld@ochtrup.example>",
             "WG: " + INVITATION_SUBJECT, KOCK_FWD)
    plain = m.text(outlook_plain(RAESFELD_TEXT, quote), "plain", "windows-1252", "quoted-printable")
    htm = m.text(outlook_html(RAESFELD_TEXT, quote), "html", "windows-1252", "quoted-printable")
    alt = m.multi("alternative", [plain, htm], style="outlook", top=False)
    vcf = m.text(RAESFELD_VCF, "vcard", "utf-8", "quoted-printable",
                 headers=[("Content-Disposition", 'attachment; filename="Bernd Raesfeld.vcf"')])
    m.multi("mixed", [alt, vcf], style="outlook")


# -- 032 ---------------------------------------------------------------------
# Change (German, iPhone): the couple from 003 switch to "Forum Wohnen",
# phrased with "Geht das noch?".  Apple-style quote of the confirmation.

@mail("tenbrink-change-to-forum-wohnen", "2027-10-05 19:20:18",
      E("change", "gisela.tenbrink@mail.example", "Gisela Tenbrink", None,
        ["F-WOHNEN"], None, "de"), "de")
def _(m):
    conf_id = "<mailbot.20270824210601.93cd@kreis-steinfurt.example>"
    m.head(("From", "Gisela Tenbrink <gisela.tenbrink@mail.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B92E0D4F-6A1C-4E37-8F5B-0C3D7A9E2B61@mail.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "iPhone Mail (22G86)"),
           ("MIME-Version", "1.0"))
    quoted = confirmation("Frau Tenbrink", "F-NETZ", 2)
    m.single(f"""Hallo nochmal,

wir haben es uns anders überlegt 🙈 Hermann und ich möchten doch lieber ins Forum Wohnen, weil bei uns im Asylkreis gerade drei Familien aus dem Übergangsheim raus müssen und wir echt nicht mehr weiterwissen. Geht das noch?

LG Gisela

Von meinem iPhone gesendet

> Am 24.08.2027 um 21:06 schrieb {VT_NAME} <{VT}>:
>
{gt_quote(quoted)}""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Persian question on the last day before the deadline: is registration still
# possible, is there a certificate of attendance?  No forum, no count.

@mail("hosseinzadeh-persian-question-certificate", "2027-10-06 09:15:28",
      E("question", "reza.hosseinzadeh@mail.example", "Reza Hosseinzadeh", None,
        [], None, "fa"), "fa")
def _(m):
    m.head(("From", "Reza Hosseinzadeh <reza.hosseinzadeh@mail.example>"),
           ("To", VT),
           ("Subject", ew("سوال درباره‌ی ثبت‌نام / Teilnahmebescheinigung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAG8sW2qT5vR9nY1pKx4LbZ7dMh0cF3eU6oAk1iVq8tWn5jPrXe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام و وقت بخیر،

ببخشید که دیر می‌نویسم. من رضا حسین‌زاده هستم، مددکار اجتماعی در اقامتگاه پناهجویان شهر گریون (Greven). دعوت‌نامه‌ی شما را تازه امروز دیدم.

آیا هنوز امکان ثبت‌نام وجود دارد؟ و آیا در پایان روز گواهی شرکت (Teilnahmebescheinigung) داده می‌شود؟ کارفرمای من برای دوره‌های آموزش ضمن خدمت به این گواهی نیاز دارد.

با سپاس
رضا حسین‌زاده""", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# Exchange out-of-office to the 7-day reminder (RFC 3834 header, multipart/
# alternative windows-1252).

RAESFELD_OOO = """Guten Tag,

ich bin vom 5. bis einschließlich 11. Oktober 2027 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten der Integration und Unterbringung wenden Sie sich bitte an Frau Martina Kock, martina.kock@ochtrup.example, Tel. 02553 781-200.

Mit freundlichen Grüßen
Bernd Raesfeld
Stadt Ochtrup"""


@mail("exchange-ooo-raesfeld-reminder", "2027-10-07 09:00:31",
      E("auto_reply"), "de")
def _(m):
    rem_id = "<mailbot.reminder7.20271007090011.2b7e@kreis-steinfurt.example>"
    m.head(("From", '"Raesfeld, Bernd" <bernd.raesfeld@ochtrup.example>'),
           ("To", TO_VT),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcN2b0aX4pQ9tLm1Rz6kV3wYcE2g=="),
           ("Date", m.date),
           ("Message-ID", "<2f8a6c1e93d04b7a@EXMB02.ochtrup.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "bernd.raesfeld@ochtrup.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    plain = m.text(RAESFELD_OOO, "plain", "windows-1252", "quoted-printable")
    htm = m.text(outlook_html(RAESFELD_OOO), "html", "windows-1252", "quoted-printable")
    m.multi("alternative", [plain, htm], style="outlook")


# -- 035 ---------------------------------------------------------------------
# Bilingual (Turkish/German) vacation message to the reminder WITHOUT any
# Auto-Submitted or Precedence header and with the Turkish Outlook reply
# prefix "YNT:"; only the text says it is automatic.  Plain windows-1254 8bit.

@mail("karakaya-vacation-no-headers-tr-de", "2027-10-07 09:01:12",
      E("auto_reply"), "tr")
def _(m):
    m.head(("From", addr("Sevgi Karakaya", "sevgi.karakaya@kadin-dernegi-greven.example")),
           ("To", VT),
           ("Subject", "YNT: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoresp.1791356472.44181@kadin-dernegi-greven.example>"),
           ("In-Reply-To", "<mailbot.reminder7.20271007090013.8c41@kreis-steinfurt.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

7-12 Ekim 2027 tarihleri arasında izindeyim ve e-postalarımı okuyamıyorum. Acil durumlarda derneğimizin ikinci başkanı Nurcan Aksoy'a 0176 22 31 40 98 numaralı telefondan ulaşabilirsiniz.

Guten Tag,

vom 7. bis 12. Oktober 2027 bin ich im Urlaub und lese keine E-Mails. In dringenden Fällen erreichen Sie unsere stellvertretende Vorsitzende Nurcan Aksoy unter 0176 22 31 40 98.

Bu otomatik bir mesajdır. / Dies ist eine automatische Nachricht.

Sevgi Karakaya
Deutsch-Türkischer Frauenverein Greven e.V.""", charset="windows-1254", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# Postfix DSN with a German bounce template: the 7-day reminder to 016's
# address was rejected, mailbox full (5.2.2); headers-only return.

TESFAY_RCPT = "yonas.tesfay@web-mail.example"


@mail("postfix-german-mailbox-full-tesfay-reminder", "2027-10-07 09:01:40",
      E("bounce", bounced=TESFAY_RCPT), "de")
def _(m):
    m.head(("From", "MAILER-DAEMON@relay.kreis-steinfurt.example (Mail Delivery System)"),
           ("To", VT),
           ("Subject", "Unzustellbare Nachricht an Absender zurückgesandt"),
           ("Date", m.date),
           ("Message-ID", "<20271007070140.5C2E81A04F@relay.kreis-steinfurt.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""Dies ist das Mailsystem auf dem Rechner relay.kreis-steinfurt.example.

Leider muss ich Ihnen mitteilen, dass Ihre Nachricht nicht an einen oder
mehrere Empfänger zugestellt werden konnte. Die Kopfzeilen der Nachricht
sind unten angehängt.

Für weitere Hilfe wenden Sie sich bitte an den Postmaster. Fügen Sie
diesen Fehlerbericht bei.

                   Das Mailsystem

<{TESFAY_RCPT}>: host mx00.web-mail.example[198.51.100.25] said: 552 5.2.2
    Mailbox full / Postfach voll (in reply to RCPT TO command)
""", charset="utf-8", cte="8bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; relay.kreis-steinfurt.example"),
         ("X-Postfix-Queue-ID", "5C2E81A04F"),
         ("X-Postfix-Sender", f"rfc822; {VT}"),
         ("Arrival-Date", "Thu,  7 Oct 2027 09:00:14 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {TESFAY_RCPT}"),
         ("Original-Recipient", f"rfc822;{TESFAY_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx00.web-mail.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full / Postfach voll")])
    headers = m.text(f"""Return-Path: <{VT}>
Received: from vt-bot.kreis-steinfurt.example (vt-bot.kreis-steinfurt.example [192.0.2.40])
	by relay.kreis-steinfurt.example (Postfix) with ESMTPS id 5C2E81A04F
	for <{TESFAY_RCPT}>; Thu,  7 Oct 2027 09:00:14 +0200 (CEST)
From: {VT_NAME} <{VT}>
To: {TESFAY_RCPT}
Subject: {REMINDER_SUBJECT}
Date: Thu, 07 Oct 2027 09:00:14 +0200
Message-ID: <mailbot.reminder7.20271007090014.f3a0@kreis-steinfurt.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 037 ---------------------------------------------------------------------
# Cancellation (Ukrainian) of 006, answering the 7-day reminder; Outlook plain
# text, UTF-8 QP (the quoted German reminder does not fit windows-1251),
# Ukrainian Outlook labels "Від/Надіслано/Кому/Тема".  Cyrillic name only.

MARCHENKO_CANCEL = """Шановні організатори,

на жаль, мушу скасувати нашу реєстрацію: саме 14 жовтня в нас позапланова перевірка проєкту від Jobcenter, і ні я, ні Ірина не зможемо приїхати до Емсдеттена. Дуже шкода, бо ми чекали саме форуму про психологічну допомогу. Будь ласка, віддайте наші місця іншим.

Якщо буде документація четвертого форуму, будемо вдячні, якщо надішлете її нам.

З повагою
Олена Марченко"""


@mail("marchenko-ukrainian-cancel-reply-to-reminder", "2027-10-08 11:30:50",
      E("cancellation", "olena.marchenko@ukr-gemeinde-rheine.example", "Олена Марченко", None,
        [], None, "uk"), "uk")
def _(m):
    rem_id = "<mailbot.reminder7.20271007090009.6e12@kreis-steinfurt.example>"
    m.head(("From", addr("Олена Марченко", "olena.marchenko@ukr-gemeinde-rheine.example",
                         "windows-1251", "b")),
           ("To", TO_VT),
           ("Subject", "RE: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<002a01dc3819$4f7b1c20$eef25460$@ukr-gemeinde-rheine.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "uk"),
           ("MIME-Version", "1.0"))
    quote = (f"{VT_NAME} <{VT}>", "четвер, 7 жовтня 2027 р. 09:00",
             "olena.marchenko@ukr-gemeinde-rheine.example", REMINDER_SUBJECT,
             reminder("Frau Marchenko", "F-GESUND", 2))
    m.single(outlook_plain(MARCHENKO_CANCEL, quote, labels=("Від", "Надіслано", "Кому", "Тема")),
             charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Cancellation (Serbian Cyrillic) of 017 for both persons; Apple Mail
# multipart/alternative, UTF-8 QP, quoting the confirmation.

JOVANOVIC_CANCEL = """Поштовани,

нажалост, морамо да откажемо учешће на Дану умрежавања 14. октобра. Председник нашег друштва, господин Стојановић, завршио је у болници, а ја морам да га замењујем на једној манифестацији истог дана. Молим Вас да обојицу избришете са списка.

Хвала на разумевању и свако добро,
Милан Јовановић"""


@mail("jovanovic-serbian-cancel-both", "2027-10-11 16:45:09",
      E("cancellation", "milan.jovanovic@skud-greven.example", "Милан Јовановић", None,
        [], None, "sr"), "sr")
def _(m):
    conf_id = "<mailbot.20270910123027.5fb3@kreis-steinfurt.example>"
    m.head(("From", addr("Милан Јовановић", "milan.jovanovic@skud-greven.example", "utf-8", "b")),
           ("To", TO_VT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6F1A3B92-C8D4-4E05-B7A1-9E2C0D5F8B17@skud-greven.example>"),
           ("In-Reply-To", conf_id),
           ("References", conf_id),
           ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
           ("MIME-Version", "1.0"))
    attr = f"Дана 10. 9. 2027., у 12:30, {VT_NAME} <{VT}> је написао/ла:"
    quoted = confirmation("Herr Jovanović", "F-ARBEIT", 2)
    plain = f"{JOVANOVIC_CANCEL}\n\n> {attr}\n>\n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(JOVANOVIC_CANCEL, quote_attr=attr, quoted=quoted),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 039 ---------------------------------------------------------------------
# Cancellation (German) from Outlook for Android, answering the 1-day reminder
# (English quote labels), the evening before.

@mail("deitermann-cancel-android-day-before", "2027-10-13 18:20:44",
      E("cancellation", "frank.deitermann@fluechtlingshilfe-hoerstel.example", "Frank Deitermann",
        None, [], None, "de"), "de")
def _(m):
    rem_id = "<mailbot.reminder1.20271013090022.a07d@kreis-steinfurt.example>"
    m.head(("From", "Frank Deitermann <frank.deitermann@fluechtlingshilfe-hoerstel.example>"),
           ("To", TO_VT),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM7P189MB0852C1E4A9F03B2D7E6A5C81F4D9@AM7P189MB0852.EURP189.PROD.OUTLOOK.example>"),
           ("In-Reply-To", rem_id),
           ("References", rem_id),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,
muss für morgen leider absagen, Magen-Darm hat mich voll erwischt. Schade!
Gruß Frank Deitermann

Outlook für Android herunterladen<https://aka.outlook.example/android>
________________________________
From: {VT_NAME} <{VT}>
Sent: Wednesday, October 13, 2027 9:00:22 AM
To: frank.deitermann@fluechtlingshilfe-hoerstel.example <frank.deitermann@fluechtlingshilfe-hoerstel.example>
Subject: {REMINDER1_SUBJECT}

{reminder1("Herr Deitermann", "F-GESUND", 1)}""", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# After the event: thanks in Croatian with a photo (other).  "Peti forum" is
# mentioned but nothing is chosen.

@mail("matic-schulte-croatian-thanks-photo", "2027-10-15 10:10:27",
      E("other"), "hr")
def _(m):
    m.head(("From", "Ivana Matić-Schulte <ivana.matic.schulte@mail.example>"),
           ("To", VT),
           ("Subject", "Hvala! / Danke für den Vernetzungstag"),
           ("Date", m.date),
           ("Message-ID", "<CAE9bWq4pX3rT8yNm1Lz6dK0sVh5jG2cU9bA4oRf7eQw1iMtZuD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = m.text("""Poštovana gospođo Lütkehermöller,

samo kratko: hvala Vama i cijelom timu za jučerašnji dan! Peti forum je bio odličan, upoznala sam ljude iz Diakonije i iz dvije udruge iz Rheinea s kojima ćemo ubuduće surađivati.

U privitku Vam šaljem fotografiju plakata s našeg foruma, slobodno je koristite za dokumentaciju.

Srdačan pozdrav iz Ibbenbürena,
Ivana Matić-Schulte""", charset="utf-8", cte="quoted-printable")
    png = m.binary(make_png(), "image", "png", "forum5_plakat.png")
    m.multi("mixed", [text, png], style="gmail")


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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def person_text(msg):
    """Decoded headers and text of a mail (HTML unescaped), for label checks."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            t = p.get_content()
            chunks.append(html.unescape(t) if p.get_content_subtype() == "html" else t)
    return "\n".join(chunks)


def check_labels(msg, e):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"unknown kind {kind}")
    wg = e["workgroups"]
    if any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if kind == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("change party_size must be null or >= 1")
    if kind not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null for this kind")
    text = person_text(msg)
    if kind in MACHINE:
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {kind}")
    else:
        em = e["email"]
        if not em or em != em.lower() or em not in text.lower():
            problems.append(f"email {em!r} not lower-case or not in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not in the mail")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("language must be an ISO 639-1 code")
    if kind == "bounce":
        rc = e["bounced_recipient"]
        if not rc or rc != rc.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(rc and rc in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null for this kind")
    return problems


def check(name, data, m, expected):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 11, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Oct 2027")
    if when != m.when:
        problems.append("Date header differs from the build date")
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if p.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        try:
            decoded = p.get_payload(decode=True).decode(cs)      # strict
        except (LookupError, UnicodeDecodeError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if decoded.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
    # every address-like string and URL uses an example domain
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
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\b(?:from|by) ([\w-]+(?:\.[\w-]+)+)", "\n".join(
            str(v) for p in all_parts(msg) for k, v in p.items() if k.lower() == "received")):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example host {dom}")
    problems += check_labels(msg, expected)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
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
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + " ".join(f"{x:>4}" for x in ["kind".ljust(12)] + langs))
    for k in KINDS:
        print(f"  {k:12} " + " ".join(f"{by_kind_lang.get((k, l), 0):>4}" for l in langs))
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
