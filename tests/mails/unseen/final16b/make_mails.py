#!/usr/bin/env python3
"""Build the "final16b" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Integration und Ehrenamt 2027 of the Kreis Warendorf (NRW), six
workshops WS1..WS6 (see config.toml).  The emphasis is mail from rich mail
clients: HTML-only and multipart/alternative mails whose two parts differ a
little, tables with the choice in a cell, bullet and numbered lists, bold,
coloured and highlighted choices, struck-through old choices next to new ones,
signatures with inline logos and disclaimers, mailing-list copies and digests,
Outlook quote headers, quoted-printable and base64, windows-1252 and
iso-8859-15.

Every mail text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files, and reads every file back
to check it.

    python3 make_mails.py           # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts per kind, language, MIME shape

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
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-integration@kreis-warendorf.example"
FT_NAME = "Fachtag Integration und Ehrenamt"
TO_FT = f"{FT_NAME} <{FT}>"
KI_NAME = "Kommunales Integrationszentrum Kreis Warendorf"
OVERMEYER = "b.overmeyer@kreis-warendorf.example"

INVITATION_ID = "<einladung-fachtag-2027.20270629100512@kreis-warendorf.example>"
INVITATION_SUBJECT = "Einladung: Fachtag Integration und Ehrenamt am 24. September 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Integration und Ehrenamt 2027"
REMINDER_SUBJECT = "Erinnerung: Fachtag Integration und Ehrenamt am 24. September"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question",
         "auto_reply", "bounce", "other")
WS_IDS = ("WS1", "WS2", "WS3", "WS4", "WS5", "WS6")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) in the given charset."""
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


def esc(s):
    return html.escape(s, quote=False)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final16b/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message
# ---------------------------------------------------------------------------

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

    def head(self, *pairs, envelope=None, received=True, crlf=False, via=None):
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            if via:
                host = via
            else:
                domain = sender.split("@")[1] if "@" in sender else "mail.example"
                host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=4)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx01.kreis-warendorf.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} (CEST)")
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

    def binary(self, data, maintype, subtype, filename, disposition="attachment", cid=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename, cid=cid)
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
            return f"_00{self._nb}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "thunderbird":
            return f"------------{h[:24]}"
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx01.kreis-warendorf.example"
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

    def alternative(self, plain, html_text, charset="utf-8", cte="quoted-printable",
                    html_cte=None, style="std", top=True, plain_params=None):
        parts = [self.text(plain, "plain", charset, cte, params=plain_params),
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


def make_logo(width, height, colours):
    """A small deterministic PNG: horizontal bands in the given colours."""
    rows = []
    band = max(1, height // len(colours))
    for y in range(height):
        c = colours[min(y // band, len(colours) - 1)]
        row = bytearray([0])
        for x in range(width):
            row += bytes(c) if (x + y) % 11 else bytes((255, 255, 255))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# texts the mails quote: invitation, confirmation, reminder
# ---------------------------------------------------------------------------

WS_LINE = {
    "WS1": "Workshop 1 – Sprachbegleitung im Alltag: Deutsch lernen mit Ehrenamtlichen",
    "WS2": "Workshop 2 – Vom Ankommen zum Mitmachen: Geflüchtete im Ehrenamt",
    "WS3": "Workshop 3 – Patenschaften und Mentoring",
    "WS4": "Workshop 4 – Hauptamt trifft Ehrenamt: Zusammenarbeit gestalten",
    "WS5": "Workshop 5 – Gut für sich sorgen: Belastung und Grenzen im Engagement",
    "WS6": "Workshop 6 – Rechtliche Grundlagen: Aufenthalt, Versicherung, Datenschutz",
}

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in der Flüchtlings- und Integrationsarbeit,

das Kommunale Integrationszentrum des Kreises Warendorf lädt Sie herzlich
ein zum

Fachtag Integration und Ehrenamt 2027
Freitag, 24. September 2027, 9:00 bis 16:00 Uhr
Kreishaus Warendorf, Waldenburger Straße 2, 48231 Warendorf

Am Vormittag erwarten Sie ein Impulsvortrag und ein Markt der
Möglichkeiten, auf dem sich Initiativen aus dem Kreis vorstellen. Am
Nachmittag arbeiten wir in sechs parallelen Workshops:

Workshop 1: Sprachbegleitung im Alltag: Deutsch lernen mit Ehrenamtlichen
Workshop 2: Vom Ankommen zum Mitmachen: Geflüchtete im Ehrenamt
Workshop 3: Patenschaften und Mentoring
Workshop 4: Hauptamt trifft Ehrenamt: Zusammenarbeit gestalten
Workshop 5: Gut für sich sorgen: Belastung und Grenzen im Engagement
Workshop 6: Rechtliche Grundlagen: Aufenthalt, Versicherung, Datenschutz

Jede Person nimmt an einem Workshop teil. Bitte melden Sie sich bis zum
15. September 2027 per E-Mail an fachtag-integration@kreis-warendorf.example
an und nennen Sie uns Ihren Namen, Ihre Initiative oder Einrichtung, Ihren
Workshopwunsch (gern mit Zweitwunsch) und die Zahl der Personen.

Die Teilnahme ist kostenfrei, für Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Birgit Overmeyer
Kommunales Integrationszentrum Kreis Warendorf"""


def confirmation(salutation, ws, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Integration und Ehrenamt 2027
am Freitag, 24. September 2027, 9:00 bis 16:00 Uhr, im Kreishaus Warendorf,
Waldenburger Straße 2, 48231 Warendorf.

Ihr Workshop:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Sie möchten den Workshop wechseln, weitere Personen anmelden oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Integration und Ehrenamt
Kommunales Integrationszentrum Kreis Warendorf"""


def reminder(salutation, ws, persons, days):
    when = "in einer Woche" if days == 7 else "morgen"
    return f"""Guten Tag {salutation},

wir freuen uns, Sie {when} beim Fachtag Integration und Ehrenamt 2027 zu
begrüßen:

Freitag, 24. September 2027, 9:00 bis 16:00 Uhr (Einlass ab 8:30 Uhr)
Kreishaus Warendorf, Waldenburger Straße 2, 48231 Warendorf

Ihr Workshop am Nachmittag:
{WS_LINE[ws]}

Angemeldete Personen: {persons}

Falls Sie nicht kommen können, antworten Sie bitte kurz auf diese E-Mail.
Dann können Personen von der Warteliste nachrücken.

Mit freundlichen Grüßen
Fachtag Integration und Ehrenamt
Kommunales Integrationszentrum Kreis Warendorf"""


def mailbot_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@kreis-warendorf.example>"


# ---------------------------------------------------------------------------
# client-style HTML
# ---------------------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"{font}",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
table.MsoTableGrid
	{{mso-style-priority:39;
	border:solid windowtext 1.0pt;}}
span.EmailStyle19
	{{mso-style-type:personal-compose;
	font-family:"{font}",sans-serif;
	color:windowtext;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def word_html(body_lines, charset="windows-1252", lang="DE", font="Calibri"):
    """Outlook/Word HTML.  body_lines are HTML fragments; a plain string line
    becomes one MsoNormal paragraph (escaped), a tuple ('raw', html) is inserted
    as it is."""
    out = []
    for line in body_lines:
        if isinstance(line, tuple):
            out.append(line[1])
        elif not line.strip():
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            out.append(f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>")
    return (WORD_HEAD.format(charset=charset, lang=lang, font=font)
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")


def word_quote_block(labels, von, gesendet, an, betreff, quoted):
    """The header block Outlook puts above a quoted mail, then the quoted text."""
    l_from, l_sent, l_to, l_subj = labels
    out = [("raw", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"),
           ("raw", "<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                   "padding:3.0pt 0cm 0cm 0cm'>\n"
                   f"<p class=MsoNormal><b><span style='mso-ligatures:none'>{l_from}</span></b>"
                   f"<span style='mso-ligatures:none'> {esc(von)} <br>\n"
                   f"<b>{l_sent}</b> {esc(gesendet)}<br>\n"
                   f"<b>{l_to}</b> {esc(an)}<br>\n"
                   f"<b>{l_subj}</b> {esc(betreff)}<o:p></o:p></span></p>\n</div>\n</div>"),
           ("raw", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>")]
    out += list(quoted.split("\n"))
    return out


def plain_quote_block(labels, von, gesendet, an, betreff, quoted):
    l_from, l_sent, l_to, l_subj = labels
    return (f"{l_from} {von}\n{l_sent} {gesendet}\n{l_to} {an}\n{l_subj} {betreff}\n\n{quoted}")


DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")


def gmail_div(lines):
    """Gmail markup: one <div> per line, <br> for an empty line."""
    return "".join(f"<div>{line if line else '<br>'}</div>" for line in lines)


def esc_lines(text):
    return [esc(line) for line in text.split("\n")]


# ---------------------------------------------------------------------------
# the mails, in order of arrival
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


def word_table(rows, widths, bold_first_row=True, cell_html=None):
    """A Word/Outlook table; rows are lists of cell HTML fragments."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for c, cell in enumerate(row):
            border = ("solid windowtext 1.0pt" if r == 0 and c == 0 else
                      "solid windowtext 1.0pt;border-left:none" if r == 0 else
                      "solid windowtext 1.0pt;border-top:none" if c == 0 else
                      "solid windowtext 1.0pt;border-top:none;border-left:none")
            content = f"<b>{cell}</b>" if (bold_first_row and r == 0) else cell
            out.append(f"<td width={widths[c]} valign=top style='width:{widths[c] * 0.75:.1f}pt;"
                       f"border:{border};padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal>{content}<o:p></o:p></p></td>")
        out.append("</tr>")
    out.append("</table>")
    return ("raw", "\n".join(out))


DISCLAIMER_CARITAS = """Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Sind Sie nicht die richtige Empfängerin oder der richtige Empfänger oder haben Sie diese E-Mail irrtümlich erhalten, informieren Sie bitte sofort den Absender und löschen Sie die Nachricht. Das Kopieren und die Weitergabe dieser E-Mail ohne Erlaubnis sind nicht gestattet."""


# -- 001 ---------------------------------------------------------------------
# Outlook, HTML only inside multipart/related (inline logo), windows-1252 QP.
# Reply to the invitation, which is quoted under a German "Von:/Gesendet:"
# block and lists all six workshops.  The choice is in table cells (both
# persons: Workshop 4); the table also has a cell "Koordination Ehrenamt"
# (her job).  Two persons.

@mail("heitkoetter-outlook-table-logo", "2027-07-01 09:12:44",
      E("registration", "m.heitkoetter@caritas-ahlen.example", "Martina Heitkötter",
        "Caritasverband im Dekanat Ahlen e.V.", ["WS4"], 2, "de"), "de")
def _(m):
    m.head(("From", ew("Heitkötter, Martina", "windows-1252") + " <m.heitkoetter@caritas-ahlen.example>"),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb6m3RfUa0c8kPQ0y1nT4xZ2wGqLNk7Hr0"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8412E3F1A0C94B27D61C5A2F9E71@DB9PR04MB8412.eurprd04.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("X-MS-TNEF-Correlator", ""),
           ("MIME-Version", "1.0"))
    cid = "image001.png@caritas-ahlen.example"
    body = [
        "Liebe Frau Overmeyer,",
        "",
        "vielen Dank für die Einladung, wir kommen gern! Hier unsere Anmeldung:",
        "",
        word_table([["Name", "Funktion", "Workshop"],
                    ["Martina Heitkötter", "Koordination Ehrenamt", "4 – Hauptamt trifft Ehrenamt"],
                    ["Dirk Lammerding", "Migrationsberatung", "4 – Hauptamt trifft Ehrenamt"]],
                   [170, 190, 230]),
        "",
        "Herr Lammerding ist Rollstuhlfahrer. Ich gehe davon aus, dass das Kreishaus barrierefrei ist – falls nicht, geben Sie mir bitte kurz Bescheid.",
        "",
        "Viele Grüße",
        "Martina Heitkötter",
        "",
        ("raw", f"<p class=MsoNormal><img width=120 height=40 style='width:1.25in;height:.4166in' "
                f"id=\"Grafik_x0020_1\" src=\"cid:{cid}\" alt=\"Caritas Ahlen\"><o:p></o:p></p>"),
        ("raw", "<p class=MsoNormal><b><span style='font-size:9.0pt;color:#C00000'>Martina Heitkötter</span></b>"
                "<span style='font-size:9.0pt'><br>Koordination Ehrenamt Flüchtlingshilfe<br>"
                "Caritasverband im Dekanat Ahlen e.V.<br>Südberg 12 · 59227 Ahlen<br>"
                "Tel. 02382 8930-214<br>"
                "<a href=\"https://www.caritas-ahlen.example\">www.caritas-ahlen.example</a>"
                "<o:p></o:p></span></p>"),
        "",
        ("raw", f"<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>{esc(DISCLAIMER_CARITAS)}"
                "<o:p></o:p></span></p>"),
    ]
    body += word_quote_block(DE_LABELS,
                             f"Kommunales Integrationszentrum Kreis Warendorf <{FT}>",
                             "Dienstag, 29. Juni 2027 10:05",
                             "Netzwerk Ehrenamt Kreis Warendorf",
                             INVITATION_SUBJECT, INVITATION)
    htmlpart = m.text(word_html(body), "html", "windows-1252", "quoted-printable")
    logo = m.binary(make_logo(120, 40, [(200, 16, 46), (255, 255, 255), (200, 16, 46)]),
                    "image", "png", "image001.png", disposition="inline", cid=f"<{cid}>")
    m.multi("related", [htmlpart, logo], style="outlook", params={"type": "text/html"})


# -- 002 ---------------------------------------------------------------------
# Gmail multipart/alternative, UTF-8 QP.  The first choice is bold in HTML and
# *starred* in the plain part; the link in the signature differs between the
# two parts.  Second choice "Workshop 6 (the legal one)".

OKONKWO_1 = "Dear Ms Overmeyer,"
OKONKWO_2 = ("a friend from the Netzwerk Ehrenamt forwarded me your invitation, and I would "
             "like to register for the Fachtag on 24 September.")
OKONKWO_3a = "My first choice is "
OKONKWO_3b = "Workshop 3 – Patenschaften und Mentoring"
OKONKWO_3c = (". We run a small mentoring programme for young men from Nigeria and Ghana who "
              "came here as unaccompanied minors, so this is exactly our topic. If it is full, "
              "I would take Workshop 6 (the legal one) instead.")
OKONKWO_4 = "It will be just me."


@mail("okonkwo-gmail-bold-first-choice", "2027-07-01 14:40:09",
      E("registration", "chinedu.okonkwo@acn-beckum.example", "Chinedu Okonkwo",
        "African Community Network Beckum", ["WS3", "WS6"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chinedu Okonkwo <chinedu.okonkwo@acn-beckum.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag 24 Sept"),
           ("Date", m.date),
           ("Message-ID", "<CAJ4vRt0q7WmX2nB8sK5pYd3LcH9uFe1oZg6TwAiN0rQ4hVbM2g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain = f"""{OKONKWO_1}

{OKONKWO_2}

{OKONKWO_3a}*{OKONKWO_3b}*{OKONKWO_3c}

{OKONKWO_4}

Kind regards,
Chinedu Okonkwo
Coordinator, African Community Network Beckum <https://acn-beckum.example>
+49 2521 889 4410
"""
    htm = ('<div dir="ltr">' + gmail_div([
        esc(OKONKWO_1), "", esc(OKONKWO_2), "",
        f"{esc(OKONKWO_3a)}<b>{esc(OKONKWO_3b)}</b>{esc(OKONKWO_3c)}", "",
        esc(OKONKWO_4), "", "Kind regards,"]) +
        '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
        '<div dir="ltr">Chinedu Okonkwo<div>Coordinator, <a href="https://acn-beckum.example">'
        'African Community Network Beckum</a></div><div>+49 2521 889 4410</div></div></div></div>'
        '</div>\n')
    m.alternative(plain, htm, style="gmail")


# -- 003 ---------------------------------------------------------------------
# Thunderbird HTML mail (multipart/alternative, UTF-8 8bit): a numbered list of
# the three persons (1., 2., 3. are not workshop numbers).  Workshop by topic
# words only ("Belastung und Grenzen").

BROCKMANN_TOP = """Hallo Frau Overmeyer,

vom Helferkreis Asyl Sendenhorst möchten wir uns zu dritt für den Fachtag anmelden:"""
BROCKMANN_NAMES = ["Ulrike Brockmann (das bin ich)", "Hans-Jürgen Tepe", "Leyla Demir"]
BROCKMANN_BOTTOM = """Wir möchten alle drei in den Workshop zu Belastung und Grenzen. Das Thema brennt uns gerade sehr unter den Nägeln – nach acht Jahren sind bei uns einige ziemlich ausgepowert, und neue Leute kommen kaum nach.

Frau Demir isst kein Schweinefleisch, falls das für die Verpflegung wichtig ist.

Herzliche Grüße aus Sendenhorst
Ulrike Brockmann
Helferkreis Asyl Sendenhorst"""


@mail("brockmann-thunderbird-numbered-persons", "2027-07-02 20:05:31",
      E("registration", "ulrike.brockmann@sendenhorst-online.example", "Ulrike Brockmann",
        "Helferkreis Asyl Sendenhorst", ["WS5"], 3, "de"), "de")
def _(m):
    m.head(("From", "Ulrike Brockmann <ulrike.brockmann@sendenhorst-online.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag - Helferkreis Sendenhorst (3 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<7b0e3c55-1d4a-4f0e-9a2b-6c8d1e3f5a7b@sendenhorst-online.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    plain = (BROCKMANN_TOP + "\n\n"
             + "\n".join(f"  {i}. {n}" for i, n in enumerate(BROCKMANN_NAMES, 1))
             + "\n\n" + BROCKMANN_BOTTOM + "\n")
    paras = BROCKMANN_BOTTOM.split("\n\n")
    htm = ("<!DOCTYPE html>\n<html>\n  <head>\n"
           '    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
           "  </head>\n  <body>\n"
           f"    <p>{esc(BROCKMANN_TOP.split(chr(10))[0])}</p>\n"
           f"    <p>{esc(BROCKMANN_TOP.split(chr(10))[2])}</p>\n"
           "    <ol>\n"
           + "".join(f"      <li>{esc(n)}</li>\n" for n in BROCKMANN_NAMES) +
           "    </ol>\n"
           + "".join(f"    <p>{'<br>'.join(esc(x) for x in p.split(chr(10)))}</p>\n" for p in paras) +
           "  </body>\n</html>\n")
    m.alternative(plain, htm, cte="8bit", style="thunderbird")


# -- 004 ---------------------------------------------------------------------
# French, HTML only from a webmail, iso-8859-15 quoted-printable (the text
# has "œ", which iso-8859-1 cannot carry).  The choice is bold and red:
# "atelier n° 1".  She asks in passing about costs, which does not make it a
# question.

@mail("dumont-french-html-red-choice", "2027-07-03 10:22:57",
      E("registration", "sophie.dumont@courriel.example", "Sophie Dumont",
        "Cercle franco-allemand d'Oelde", ["WS1"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Sophie Dumont <sophie.dumont@courriel.example>"),
           ("To", FT),
           ("Subject", "Inscription Fachtag du 24 septembre"),
           ("Date", m.date),
           ("Message-ID", "<1062118377.4471.1783066977512.JavaMail.webmail@courriel.example>"),
           ("X-Mailer", "Webmail Courriel 7.1"),
           ("MIME-Version", "1.0"))
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body><div style="font-family: Arial, sans-serif; font-size: 10pt; color: #000000;">
<div>Bonjour Madame Overmeyer,</div>
<div>&nbsp;</div>
<div>Je vous écris en français, j'espère que cela ne pose pas de problème (je comprends bien l'allemand, mais je l'écris mal).</div>
<div>&nbsp;</div>
<div>Je souhaite m'inscrire à la journée du 24 septembre, pour l'<span style="color: #c00000;"><strong>atelier n° 1 &#8211; Sprachbegleitung im Alltag</strong></span>. Depuis deux ans, je donne bénévolement des cours de conversation à des femmes arrivées d'Afrique de l'Ouest, et j'aimerais beaucoup échanger avec d'autres personnes qui font ce travail.</div>
<div>&nbsp;</div>
<div>Je viendrai seule, au nom du Cercle franco-allemand d'Oelde. C'est une petite œuvre associative, mais très active ! La participation est bien gratuite, n'est-ce pas ?</div>
<div>&nbsp;</div>
<div>Bien cordialement,</div>
<div>Sophie Dumont</div>
<div><span style="color: #808080;">Cercle franco-allemand d'Oelde</span></div>
</div></body></html>
"""
    m.single(htm, subtype="html", charset="iso-8859-15", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# A registration sent to a mailing list by mistake (reply to the list's copy
# of the invitation); we get the list copy.  The list rewrote From (DMARC) and
# put the author in Reply-To; list footer at the bottom.

WIEWEL_QUOTED_FROM = "Birgit Overmeyer via Netzwerk-Ehrenamt"


@mail("wiewel-via-mailing-list", "2027-07-05 08:47:15",
      E("registration", "p.wiewel@fi-drensteinfurt.example", "Petra Wiewel",
        "Flüchtlingsinitiative Drensteinfurt", ["WS6", "WS1"], 1, "de"), "de")
def _(m):
    lst = "netzwerk-ehrenamt@lists.kreis-warendorf.example"
    m.head(("From", f"Petra Wiewel via Netzwerk-Ehrenamt <{lst}>"),
           ("Reply-To", "Petra Wiewel <p.wiewel@fi-drensteinfurt.example>"),
           ("To", f"Netzwerk-Ehrenamt <{lst}>"),
           ("Subject", "Re: [Netzwerk-Ehrenamt] " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<a3f9e1c2-7d44-4b6a-9e0d-55c1b2a8f301@fi-drensteinfurt.example>"),
           ("In-Reply-To", "<mailman.412.1782720312.2207.netzwerk-ehrenamt@lists.kreis-warendorf.example>"),
           ("References", "<mailman.412.1782720312.2207.netzwerk-ehrenamt@lists.kreis-warendorf.example>"),
           ("X-BeenThere", lst),
           ("X-Mailman-Version", "2.1.39"),
           ("Precedence", "list"),
           ("List-Id", "Netzwerk Ehrenamt im Kreis Warendorf <netzwerk-ehrenamt.lists.kreis-warendorf.example>"),
           ("List-Unsubscribe", "<https://lists.kreis-warendorf.example/mailman/options/netzwerk-ehrenamt>, "
                                "<mailto:netzwerk-ehrenamt-request@lists.kreis-warendorf.example?subject=unsubscribe>"),
           ("List-Archive", "<https://lists.kreis-warendorf.example/pipermail/netzwerk-ehrenamt/>"),
           ("List-Post", f"<mailto:{lst}>"),
           ("List-Help", "<mailto:netzwerk-ehrenamt-request@lists.kreis-warendorf.example?subject=help>"),
           ("Errors-To", "netzwerk-ehrenamt-bounces@lists.kreis-warendorf.example"),
           ("Sender", '"Netzwerk-Ehrenamt" <netzwerk-ehrenamt-bounces@lists.kreis-warendorf.example>'),
           ("MIME-Version", "1.0"),
           envelope="netzwerk-ehrenamt-bounces@lists.kreis-warendorf.example",
           via="lists.kreis-warendorf.example")
    m.single(f"""Liebe Frau Overmeyer,

hiermit melde ich mich für den Fachtag an, am liebsten für Workshop 6
(Rechtliche Grundlagen). Bei uns in der Initiative kommen ständig Fragen
zur Haftpflicht bei den Fahrdiensten und zum Datenschutz bei unseren
Telefonlisten. Falls der Workshop voll ist, nehme ich Workshop 1.

(Sorry an alle auf der Liste, falls das jetzt bei allen landet – ich weiß
nie, wohin "Antworten" geht.)

Petra Wiewel
Flüchtlingsinitiative Drensteinfurt

Am 29.06.2027 um 10:05 schrieb {WIEWEL_QUOTED_FROM}:
{gt_quote(INVITATION)}
_______________________________________________
Netzwerk-Ehrenamt mailing list
{lst}
https://lists.kreis-warendorf.example/mailman/listinfo/netzwerk-ehrenamt
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Mailman digest (plain text, UTF-8 QP) of another list the mailbox is
# subscribed to.  Inside: someone says he registered for Workshop 3, someone
# else plans to register for Workshop 2.  None of it is addressed to us: other.

@mail("integrationsnetz-digest", "2027-07-05 21:00:03", E("other"), "de")
def _(m):
    lst = "integrationsnetz@lists.kreis-warendorf.example"
    m.head(("From", "integrationsnetz-request@lists.kreis-warendorf.example"),
           ("To", lst),
           ("Reply-To", lst),
           ("Subject", "Integrationsnetz Sammelnachricht, Band 14, Eintrag 22"),
           ("Date", m.date),
           ("Message-ID", "<mailman.1907.1783278003.2207.integrationsnetz@lists.kreis-warendorf.example>"),
           ("X-BeenThere", lst),
           ("X-Mailman-Version", "2.1.39"),
           ("Precedence", "list"),
           ("List-Id", "Integrationsnetz Kreis Warendorf <integrationsnetz.lists.kreis-warendorf.example>"),
           ("List-Unsubscribe", "<https://lists.kreis-warendorf.example/mailman/options/integrationsnetz>, "
                                "<mailto:integrationsnetz-request@lists.kreis-warendorf.example?subject=unsubscribe>"),
           ("List-Post", f"<mailto:{lst}>"),
           ("Errors-To", "integrationsnetz-bounces@lists.kreis-warendorf.example"),
           ("Sender", '"Integrationsnetz" <integrationsnetz-bounces@lists.kreis-warendorf.example>'),
           ("MIME-Version", "1.0"),
           envelope="integrationsnetz-bounces@lists.kreis-warendorf.example",
           via="lists.kreis-warendorf.example")
    m.single(f"""Nachrichten für die Mailingliste Integrationsnetz senden Sie bitte an
	{lst}

Um sich via Web von der Liste zu entfernen oder die Einstellungen zu
ändern, besuchen Sie
	https://lists.kreis-warendorf.example/mailman/listinfo/integrationsnetz
oder, via E-Mail, schicken Sie eine Nachricht mit dem Wort 'help' in
Betreff oder Text an
	integrationsnetz-request@lists.kreis-warendorf.example

Sie können den Listenverwalter dieser Liste unter der Adresse
	integrationsnetz-owner@lists.kreis-warendorf.example
erreichen.

Wenn Sie antworten, bitte editieren Sie die Betreffzeile sinnvoll, so
dass sie einzigartiger ist als "Re: Inhalt der Integrationsnetz
Sammelnachricht..."


Meldungen des Tages:

   1. Fahrgemeinschaft zum Fachtag am 24.09.? (Reinhard Pohlmann)
   2. Kleiderkammer Beelen: neue Öffnungszeiten ab August (Doris Frerich)
   3. Re: Fahrgemeinschaft zum Fachtag am 24.09.? (Elif Karaca)


----------------------------------------------------------------------

Message: 1
Date: Mon, 5 Jul 2027 12:14:03 +0200
From: Reinhard Pohlmann <r.pohlmann@patenprojekt-beelen.example>
To: {lst}
Subject: [Integrationsnetz] Fahrgemeinschaft zum Fachtag am 24.09.?
Message-ID: <5f1c9e0b-2a7d-4e33-8b61-0c4d7e9a2b15@patenprojekt-beelen.example>
Content-Type: text/plain; charset=utf-8; format=flowed

Moin zusammen,

ich habe mich gerade für den Fachtag in Warendorf angemeldet (Workshop 3,
Patenschaften). Fährt noch jemand aus Beelen oder Sassenberg hin? Ich
hätte im Auto noch drei Plätze frei, Abfahrt so gegen 8:15 am
Rathaus.

Gruß
Reinhard Pohlmann
Patenprojekt Beelen


------------------------------

Message: 2
Date: Mon, 5 Jul 2027 15:30:48 +0200
From: Doris Frerich <kleiderkammer@beelen-hilft.example>
To: {lst}
Subject: [Integrationsnetz] Kleiderkammer Beelen: neue Öffnungszeiten
	ab August
Message-ID: <000c01dbed4f$7a3e1b20$6eba5160$@beelen-hilft.example>
Content-Type: text/plain; charset="utf-8"

Liebe alle,

ab dem 2. August hat die Kleiderkammer im Pfarrheim neue Zeiten:
dienstags 15-18 Uhr und samstags 10-12 Uhr. Wir suchen außerdem noch
Helferinnen und Helfer für die Samstagsschicht – gern weitersagen!

Herzliche Grüße
Doris Frerich
Kleiderkammer Beelen


------------------------------

Message: 3
Date: Mon, 5 Jul 2027 18:02:11 +0200
From: Elif Karaca <elif.karaca@mail.example>
To: {lst}
Subject: Re: [Integrationsnetz] Fahrgemeinschaft zum Fachtag am 24.09.?
Message-ID: <CAF3kd8Lx0Pq5Wm1Rt7Zb2Yn6Vc4Jg9Hs3Ue1oAi8TrK5wN0eQ@mail.gmail.example>
Content-Type: text/plain; charset="UTF-8"

Hallo Reinhard,

da würde ich gern mitfahren! Ich will auch hin, hab mich aber noch nicht
angemeldet, wahrscheinlich Workshop 2. Mach ich heute Abend.

Liebe Grüße
Elif


------------------------------

Subject: Fußzeile der Sammelnachricht

_______________________________________________
Integrationsnetz mailing list
{lst}
https://lists.kreis-warendorf.example/mailman/listinfo/integrationsnetz


------------------------------

Ende der Integrationsnetz Sammelnachricht, Band 14, Eintrag 22
**************************************************************
""", charset="utf-8", cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# Spanish, Apple Mail multipart/alternative (UTF-8 QP).  Data as a bullet list;
# the plain part has Apple's tab-bullet-tab rendering.  Two persons.

GARCIA_INTRO = "Hola, buenos días:"
GARCIA_P1 = ("Nos gustaría inscribirnos, a mi marido y a mí, en la jornada del 24 de septiembre. "
             "Estos son nuestros datos:")
GARCIA_ITEMS = ["Nombres: Lucía García Ortega y Tomás Weber",
                "Asociación: Asociación Cultural Hispano-Alemana de Ennigerloh",
                "Taller: n.º 2, «Vom Ankommen zum Mitmachen»",
                "Personas: 2"]
GARCIA_P2 = ("En nuestra asociación colaboran cada vez más personas venezolanas que llegaron hace "
             "poco y que ahora quieren ayudar ellas mismas a otras familias; por eso nos interesa "
             "tanto ese taller.")
GARCIA_END = ["¡Muchas gracias y un saludo!", "Lucía García Ortega"]


@mail("garcia-ortega-spanish-apple-bullets", "2027-07-06 11:03:40",
      E("registration", "lucia.garcia@hispano-ennigerloh.example", "Lucía García Ortega",
        "Asociación Cultural Hispano-Alemana de Ennigerloh", ["WS2"], 2, "es"), "es")
def _(m):
    m.head(("From", addr("Lucía García", "lucia.garcia@hispano-ennigerloh.example")),
           ("To", FT),
           ("Subject", ew("Inscripción – Fachtag Integration und Ehrenamt")),
           ("Date", m.date),
           ("Message-ID", "<3C8E2F1A-6B4D-4E0F-A9C7-1D2B3E4F5A6B@hispano-ennigerloh.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    plain = (f"{GARCIA_INTRO}\n\n{GARCIA_P1}\n\n"
             + "".join(f"\t•\t{i}\n" for i in GARCIA_ITEMS)
             + f"\n{GARCIA_P2}\n\n" + "\n".join(GARCIA_END) + "\n")
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           f"<div>{esc(GARCIA_INTRO)}</div><div><br></div><div>{esc(GARCIA_P1)}</div><div><br></div>"
           '<ul class="MailOutline">'
           + "".join(f"<li>{esc(i)}</li>" for i in GARCIA_ITEMS) +
           f"</ul><div><br></div><div>{esc(GARCIA_P2)}</div><div><br></div>"
           + "".join(f"<div>{esc(x)}</div>" for x in GARCIA_END) +
           "</body></html>\n")
    m.alternative(plain, htm, style="apple")


# -- 008 ---------------------------------------------------------------------
# Question, Outlook multipart/alternative, windows-1252 base64 (both parts).
# A numbered list of four questions; "with four or five persons" only after
# the answers: a question, not a registration.  Municipal disclaimer.

RUESCH_TOP = "Sehr geehrte Frau Overmeyer,"
RUESCH_INTRO = "bevor ich unsere Ehrenamtlichen anspreche, hätte ich ein paar Fragen zum Fachtag:"
RUESCH_QS = [
    "Können Fahrtkosten erstattet werden, oder müssen die Ehrenamtlichen sie selbst tragen? Viele fahren mit dem Bus, und das ist von Everswinkel aus umständlich.",
    "Ist das Kreishaus mit dem Rollator gut zugänglich? Zwei unserer Damen sind über 75.",
    "Müssen die Teilnehmenden Mitglied eines Vereins sein, oder können auch „freie“ Ehrenamtliche kommen?",
    "Gibt es eine Teilnahmebescheinigung?",
]
RUESCH_AFTER = ("Wenn das alles passt, würden wir voraussichtlich mit vier oder fünf Personen kommen "
                "und uns dann noch einmal verbindlich melden.")
RUESCH_SIG = """Mit freundlichen Grüßen
Im Auftrag

Thomas Rüschenschmidt
Gemeinde Everswinkel – Ehrenamtsbüro
Am Magnusplatz 30, 48351 Everswinkel
Tel.: 02582 88-145
E-Mail: t.rueschenschmidt@everswinkel.example"""
RUESCH_DISC = ("Hinweis: Diese Nachricht ist ausschließlich für die oben genannten Empfänger bestimmt. "
               "Die Gemeinde Everswinkel ist über diese E-Mail-Adresse nicht für förmliche "
               "Verwaltungsverfahren erreichbar; Anträge und Widersprüche richten Sie bitte an "
               "das Postfach der Gemeinde.")


@mail("rueschenschmidt-question-numbered-list", "2027-07-07 09:55:18",
      E("question", "t.rueschenschmidt@everswinkel.example", "Thomas Rüschenschmidt",
        "Gemeinde Everswinkel – Ehrenamtsbüro", [], None, "de"), "de")
def _(m):
    m.head(("From", ew("Rüschenschmidt, Thomas", "windows-1252") + " <t.rueschenschmidt@everswinkel.example>"),
           ("To", FT),
           ("Subject", "Fragen zum Fachtag Integration und Ehrenamt"),
           ("Thread-Topic", "Fragen zum Fachtag Integration und Ehrenamt"),
           ("Thread-Index", "AdvvFq8mX0KpV3YtR5u2bN9cWq1eHg=="),
           ("Date", m.date),
           ("Message-ID", "<9c1e4b7a02d34f5e8a6b@EXCH02.everswinkel.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = (f"{RUESCH_TOP}\n\n{RUESCH_INTRO}\n\n"
             + "\n".join(f"{i}.\t{q}" for i, q in enumerate(RUESCH_QS, 1))
             + f"\n\n{RUESCH_AFTER}\n\n{RUESCH_SIG}\n\n{RUESCH_DISC}\n")
    ol = ("<ol style='margin-top:0cm' start=1 type=1>\n"
          + "\n".join(f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>{esc(q)}<o:p></o:p></li>"
                      for q in RUESCH_QS) + "\n</ol>")
    body = [RUESCH_TOP, "", RUESCH_INTRO, "", ("raw", ol), "", RUESCH_AFTER, ""]
    body += RUESCH_SIG.split("\n")
    body += ["", ("raw", f"<p class=MsoNormal><i><span style='font-size:8.0pt;color:#7F7F7F'>{esc(RUESCH_DISC)}"
                         "<o:p></o:p></span></i></p>")]
    m.alternative(plain, word_html(body), charset="windows-1252", cte="base64", style="outlook")


# -- 009 ---------------------------------------------------------------------
# English, new Outlook (web), HTML only, UTF-8 QP.  An ordered list of
# preferences: list item 1 is Workshop 4, item 2 is Workshop 2.

@mail("raghunathan-owa-ordered-preferences", "2027-07-08 13:18:26",
      E("registration", "priya.raghunathan@womens-cafe-ahlen.example", "Priya Raghunathan",
        "International Women's Café Ahlen", ["WS4", "WS2"], 1, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@womens-cafe-ahlen.example>"),
           ("To", FT),
           ("Subject", "Registration for the Fachtag on 24/09"),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0811A7C2E5D94F1B3A6C@PR3P195MB0811.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    font = 'style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"'
    htm = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
<div class="elementToProof" {font}>Hello,</div>
<div class="elementToProof" {font}><br></div>
<div class="elementToProof" {font}>I would like to register for the Fachtag Integration und Ehrenamt. I coordinate the volunteers at the International Women&#39;s Café in Ahlen &#8211; we are about 15 volunteers, and half of them are women who came to Germany themselves a few years ago.</div>
<div class="elementToProof" {font}><br></div>
<div class="elementToProof" {font}>My workshop preferences:</div>
<ol style="margin-top: 0px; margin-bottom: 0px;" data-editing-info="{{&quot;orderedStyleType&quot;:1}}">
<li {font}><div role="presentation" class="elementToProof">Workshop 4 &#8211; Hauptamt trifft Ehrenamt</div></li>
<li {font}><div role="presentation" class="elementToProof">Workshop 2 &#8211; Vom Ankommen zum Mitmachen</div></li>
</ol>
<div class="elementToProof" {font}><br></div>
<div class="elementToProof" {font}>Only one person (me).</div>
<div class="elementToProof" {font}><br></div>
<div class="elementToProof" {font}>Thanks a lot and best wishes,</div>
<div class="elementToProof" {font}>Priya Raghunathan</div>
<div class="elementToProof" {font}>International Women&#39;s Café Ahlen</div>
</body>
</html>
"""
    m.single(htm, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# Gmail for Android, multipart/alternative, UTF-8 base64.  Short, no commas
# where they belong; "ich und meine Frau" = 2; workshop by alias word.

KOWALCZYK = """Hallo,
hiermit melde ich mich und meine Frau Bożena an zum Fachtag am 24.9. Wir machen beide Sprachbegleitung bei uns im Deutschkurs-Team und möchten deshalb gerne in den Workshop Sprachbegleitung
Gruß Marek Kowalczyk
Deutschkurs-Team St. Marien Oelde"""


@mail("kowalczyk-android-base64", "2027-07-09 16:45:02",
      E("registration", "marek.kowalczyk@mail.example", "Marek Kowalczyk",
        "Deutschkurs-Team St. Marien Oelde", ["WS1"], 2, "de"), "de")
def _(m):
    m.head(("From", "Marek Kowalczyk <marek.kowalczyk@mail.example>"),
           ("To", FT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<CAPx7n2Rk4dW9sL0qT3mB6vY1cH8gF5jZ2eN7uA0oK4iM9rX3wQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    htm = '<div dir="auto">' + "".join(
        f'<div dir="auto">{esc(l)}</div>' for l in KOWALCZYK.split("\n")) + "</div>\n"
    m.alternative(KOWALCZYK + "\n", htm, cte="base64", style="gmail")


# -- 011 ---------------------------------------------------------------------
# Italian, Outlook: multipart/related (alternative + inline logo), iso-8859-15
# QP.  The plain part shows Outlook's "[cid:...]" placeholder where the HTML
# has the logo.  Herself and a colleague (2) for "workshop n. 3".

FERRARO_BODY = """Gentile Signora Overmeyer,

con la presente vorrei iscrivere me stessa e la mia collega Rosa Lentini al Fachtag Integration und Ehrenamt del 24 settembre.

Saremmo interessate al workshop n. 3 (Patenschaften und Mentoring): nel nostro centro seguiamo da un anno alcune famiglie appena arrivate con un progetto di affiancamento, e vorremmo confrontarci con altre realtà del territorio.

La ringrazio e Le auguro un buon fine settimana.

Cordiali saluti
Giulia Ferraro"""
FERRARO_SIG = ["Giulia Ferraro", "Centro Italiano Beckum e.V.", "Sozialberatung · Consulenza sociale",
               "Nordstraße 12, 59269 Beckum", "Tel. 02521 1 47 52"]
FERRARO_CONF_ID = mailbot_id("20270709175840", "b71e")


@mail("ferraro-italian-outlook-related-logo", "2027-07-09 17:58:13",
      E("registration", "g.ferraro@centro-italiano-beckum.example", "Giulia Ferraro",
        "Centro Italiano Beckum e.V.", ["WS3"], 2, "it"), "it")
def _(m):
    m.head(("From", "Giulia Ferraro <g.ferraro@centro-italiano-beckum.example>"),
           ("To", TO_FT),
           ("Subject", ew("Iscrizione Fachtag 24 settembre - Centro Italiano Beckum", "iso-8859-15")),
           ("Thread-Topic", ew("Iscrizione Fachtag 24 settembre - Centro Italiano Beckum", "iso-8859-15")),
           ("Thread-Index", "AdvwxB7rQ1mZ9kT4Sa6PnE0cVh3uYw=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6643F0E2B17C4D9A85E1D3C2B4A6@AS8PR10MB6643.EURPRD10.PROD.OUTLOOK.example>"),
           ("Accept-Language", "it-IT, de-DE"),
           ("Content-Language", "it-IT"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    cid = "image001.png@centro-italiano-beckum.example"
    plain = (FERRARO_BODY + "\n\n" + f"[cid:{cid}]\n" + "\n".join(FERRARO_SIG) + "\n")
    body = FERRARO_BODY.split("\n") + [
        "",
        ("raw", f"<p class=MsoNormal><img border=0 width=96 height=32 style='width:1.0in;height:.3333in' "
                f"id=\"Immagine_x0020_1\" src=\"cid:{cid}\"><o:p></o:p></p>"),
        ("raw", "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#00703C'>"
                + esc(FERRARO_SIG[0]) + "</span></b><span style='font-size:9.0pt;color:#404040'><br>"
                + "<br>".join(esc(s) for s in FERRARO_SIG[1:]) + "<o:p></o:p></span></p>"),
    ]
    alt = m.alternative(plain, word_html(body, charset="iso-8859-15", lang="IT"),
                        charset="iso-8859-15", style="outlook", top=False)
    logo = m.binary(make_logo(96, 32, [(0, 146, 70), (255, 255, 255), (206, 43, 55)]),
                    "image", "png", "image001.png", disposition="inline", cid=f"<{cid}>")
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 012 ---------------------------------------------------------------------
# Her mailbox answers the confirmation a minute later: a vacation notice in
# Italian and German without Auto-Submitted or any other machine header,
# only the subject says so.  Plain iso-8859-15 QP.

@mail("ferraro-vacation-no-headers", "2027-07-09 17:59:01", E("auto_reply"), "it")
def _(m):
    m.head(("From", "Giulia Ferraro <g.ferraro@centro-italiano-beckum.example>"),
           ("To", TO_FT),
           ("Subject", "Risposta automatica: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoresp.1783612741.31877@mail.centro-italiano-beckum.example>"),
           ("In-Reply-To", FERRARO_CONF_ID),
           ("References", FERRARO_CONF_ID),
           ("MIME-Version", "1.0"))
    m.single("""Gentili,

sono in ferie fino al 2 agosto e non ho accesso alla posta elettronica.
Per questioni urgenti potete rivolgervi a info@centro-italiano-beckum.example.

Sehr geehrte Damen und Herren,

ich bin bis zum 2. August im Urlaub und lese keine E-Mails. In dringenden
Fällen wenden Sie sich bitte an info@centro-italiano-beckum.example.

Giulia Ferraro
Centro Italiano Beckum e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Gmail multipart/alternative, UTF-8 QP.  She copied the workshop list into a
# table and put her ranking (1, 2) in the last column: rank 1 is in the row
# of Workshop 2, rank 2 in the row of Workshop 6.  Gmail's plain part flattens
# the table into lines.

YB_ROWS = [("Nr.", "Workshop", "Meine Reihenfolge"),
           ("1", "Sprachbegleitung im Alltag", ""),
           ("2", "Vom Ankommen zum Mitmachen", "1"),
           ("3", "Patenschaften und Mentoring", ""),
           ("4", "Hauptamt trifft Ehrenamt", ""),
           ("5", "Gut für sich sorgen", ""),
           ("6", "Rechtliche Grundlagen", "2")]
YB_TOP = ["Liebes Team vom KI,", "",
          "hier meine Anmeldung für den Fachtag. Ich habe die Workshopliste aus der Einladung "
          "kopiert und meine Reihenfolge eingetragen:"]
YB_BOTTOM = ["Ich komme allein, für den Integrationsrat der Stadt Ahlen. Falls Sie für die "
             "Namensschilder eine Funktion brauchen: stellvertretende Vorsitzende.", "",
             "Viele Grüße", "Ayşe Yılmaz-Brinkhoff"]


@mail("yilmaz-brinkhoff-gmail-ranking-table", "2027-07-12 10:30:47",
      E("registration", "ayse.yilmaz-brinkhoff@mail.example", "Ayşe Yılmaz-Brinkhoff",
        "Integrationsrat der Stadt Ahlen", ["WS2", "WS6"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Ayşe Yılmaz-Brinkhoff", "ayse.yilmaz-brinkhoff@mail.example")),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag 24.9."),
           ("Date", m.date),
           ("Message-ID", "<CAB9nq4Zt2LmW8cR0xV5pH3sJ7dK1fG6yE9uT4oN2aQ8iB5rC0w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    plain_rows = "\n".join(" ".join(c for c in row if c) for row in YB_ROWS)
    plain = "\n".join(YB_TOP) + "\n\n" + plain_rows + "\n\n" + "\n".join(YB_BOTTOM) + "\n"
    td = 'style="border:1px solid rgb(204,204,204);padding:3px 6px"'
    table = ('<table style="border-collapse:collapse;border:none"><tbody>'
             + "".join("<tr>" + "".join(
                 f"<td {td}>{'<b>' + esc(c) + '</b>' if r == 0 else esc(c)}</td>" for c in row) + "</tr>"
                 for r, row in enumerate(YB_ROWS))
             + "</tbody></table>")
    htm = ('<div dir="ltr">' + gmail_div([esc(x) for x in YB_TOP]) + "<div><br></div>" + table
           + "<div><br></div>" + gmail_div([esc(x) for x in YB_BOTTOM]) + "</div>\n")
    m.alternative(plain, htm, style="gmail")


# -- 014 ---------------------------------------------------------------------
# Change, English Outlook (multipart/alternative, windows-1252 QP) replying to
# the confirmation (Workshop 5, 1 person), quoted under "From:/Sent:/To:/
# Subject:".  New choice Workshop 6; "if 6 is full, leave me in 5" keeps the
# old one as a fallback.

ADEYEMI_TEXT = """Hello,

Thank you for the confirmation. Sorry to make extra work for you – after talking to my colleagues I would rather attend Workshop 6 (Rechtliche Grundlagen) instead of Workshop 5. Most of the questions we get from the families are about residence permits, so that is more useful for our group.

If Workshop 6 is already full, please just leave me in 5.

Best regards
Oluwaseun Adeyemi
Nigerian Community Ahlen e.V."""
ADEYEMI_CONF_ID = mailbot_id("20270713162211", "4c1a")


@mail("adeyemi-change-outlook-english-quote", "2027-07-15 08:20:36",
      E("change", "o.adeyemi@nigerian-community-ahlen.example", "Oluwaseun Adeyemi",
        "Nigerian Community Ahlen e.V.", ["WS6", "WS5"], None, "en"), "en")
def _(m):
    me = "Oluwaseun Adeyemi <o.adeyemi@nigerian-community-ahlen.example>"
    m.head(("From", me),
           ("To", TO_FT),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9Dq2m8XcLk3Pn0WfT7yR1aBvZgAAhc5w"),
           ("Date", m.date),
           ("Message-ID", "<000f01dbf52a$3c6d8e10$b548aa30$@nigerian-community-ahlen.example>"),
           ("In-Reply-To", ADEYEMI_CONF_ID),
           ("References", ADEYEMI_CONF_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    quote = (EN_LABELS, f"{FT_NAME} <{FT}>", "Tuesday, July 13, 2027 4:22 PM", me,
             CONFIRMATION_SUBJECT, confirmation("Herr Adeyemi", "WS5", 1))
    plain = ADEYEMI_TEXT + "\n\n" + plain_quote_block(*quote) + "\n"
    body = ADEYEMI_TEXT.split("\n") + word_quote_block(*quote)
    m.alternative(plain, word_html(body, lang="EN-GB"), charset="windows-1252", style="outlook")


# -- 015 ---------------------------------------------------------------------
# Plain text from a family mailbox (windows-1252, 8bit).  He asks for the
# confirmation to go to his AWO address, which he has mistyped (see 016);
# nothing in the mail shows the typo.  "Pate" is about himself, not a choice.

@mail("hoelscher-confirm-to-other-address", "2027-07-19 19:40:22",
      E("registration", "j.hoelsher@awo-warendorf.example", "Jürgen Hölscher",
        "AWO Warendorf", ["WS6"], 1, "de"), "de")
def _(m):
    m.head(("From", ew("Familie Hölscher", "iso-8859-1") + " <hoelscher.familie@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<1783878022.81120.2741@webmail.mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich möchte mich für den Fachtag am 24. September anmelden. Ich bin seit 2016 bei der AWO Warendorf ehrenamtlich tätig, erst als Vormund und jetzt als Pate für zwei junge Männer aus Eritrea. Am meisten interessiert mich der Workshop über die rechtlichen Grundlagen (Aufenthalt usw.).

Bitte schicken Sie die Bestätigung nicht an diese Adresse (die liest meistens meine Frau), sondern an meine AWO-Adresse: j.hoelsher@awo-warendorf.example

Mit freundlichem Gruß
Jürgen Hölscher
""", charset="windows-1252", cte="8bit")


# -- 016 ---------------------------------------------------------------------
# Our Postfix returns the confirmation for 015: the AWO server rejects the
# mistyped address at RCPT TO.  multipart/report with the returned headers.

HOELSCHER_RCPT = "j.hoelsher@awo-warendorf.example"


@mail("postfix-bounce-hoelscher-typo", "2027-07-19 19:40:58",
      E("bounce", bounced=HOELSCHER_RCPT), "en")
def _(m):
    m.head(("From", "MAILER-DAEMON@mx01.kreis-warendorf.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270719174058.9A3C21F4B2@mx01.kreis-warendorf.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx01.kreis-warendorf.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{HOELSCHER_RCPT}>: host mx.awo-warendorf.example[198.51.100.77] said:
    550 5.1.1 <{HOELSCHER_RCPT}>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.kreis-warendorf.example"),
         ("X-Postfix-Queue-ID", "7E02B1C4D9"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Mon, 19 Jul 2027 19:40:51 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {HOELSCHER_RCPT}"),
         ("Original-Recipient", f"rfc822;{HOELSCHER_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.awo-warendorf.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{HOELSCHER_RCPT}>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table")])
    conf_id = mailbot_id("20270719194051", "e90d")
    headers = m.text(f"""Return-Path: <{FT}>
Received: from mailbot.kreis-warendorf.example (mailbot.kreis-warendorf.example [192.0.2.25])
	by mx01.kreis-warendorf.example (Postfix) with ESMTPS id 7E02B1C4D9
	for <{HOELSCHER_RCPT}>; Mon, 19 Jul 2027 19:40:51 +0200 (CEST)
From: {FT_NAME} <{FT}>
To: {HOELSCHER_RCPT}
Subject: {CONFIRMATION_SUBJECT}
Date: Mon, 19 Jul 2027 19:40:50 +0200
Message-ID: {conf_id}
In-Reply-To: <1783878022.81120.2741@webmail.mail.example>
References: <1783878022.81120.2741@webmail.mail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 017 ---------------------------------------------------------------------
# English, Outlook for Mac (multipart/alternative, UTF-8 QP): he forwards a
# colleague's forward of the invitation.  Karin suggests Workshop 5 in the
# quoted part; he chooses "the legal workshop (no. 6), not no. 5".

WHITFIELD_TEXT = """Hello,

Karin from our Tafel forwarded this to me. I'd like to sign up for the Fachtag – but for the legal workshop (no. 6), not no. 5 as she suggests below. I'm fine, honestly! And I keep getting questions about insurance when our volunteers drive people to appointments.

Best,
Daniel

--
Daniel Whitfield
Volunteer driver & food distribution
Tafel Telgte e.V."""
KARIN_TEXT = """Hallo Daniel,

wäre das nicht was für dich? Ich fände Workshop 5 gut für dich, nach dem ganzen Stress im Frühjahr. Melde dich einfach direkt an, die Adresse steht unten.

LG Karin"""
MAC_LABELS = ("From:", "Date:", "To:", "Subject:")


@mail("whitfield-outlook-mac-forward", "2027-07-21 12:05:19",
      E("registration", "dan.whitfield@mail.example", "Daniel Whitfield",
        "Tafel Telgte e.V.", ["WS6"], 1, "en"), "en")
def _(m):
    me = "Daniel Whitfield <dan.whitfield@mail.example>"
    karin = "Karin Schäpers <k.schaepers@tafel-telgte.example>"
    m.head(("From", me),
           ("To", FT),
           ("Cc", addr("Karin Schäpers", "k.schaepers@tafel-telgte.example")),
           ("Subject", "FW: WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", "WG: " + INVITATION_SUBJECT),
           ("Thread-Index", "AQHb+fA1kLr0b9ZxQe2Nn7TyVh3mUqAAbQ8x"),
           ("Date", m.date),
           ("Message-ID", "<B4E7A1C2-93D5-4F60-8E2B-7A1D3C5E9F02@mail.example>"),
           ("User-Agent", "Microsoft-MacOutlook/16.86.24062320"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    q1 = (MAC_LABELS, karin, "Monday, 19 July 2027 at 09:41", me,
          "WG: " + INVITATION_SUBJECT, KARIN_TEXT)
    q2 = (DE_LABELS, f"Kommunales Integrationszentrum Kreis Warendorf <{FT}>",
          "Dienstag, 29. Juni 2027 10:05", "Netzwerk Ehrenamt Kreis Warendorf",
          INVITATION_SUBJECT, INVITATION)
    plain = (WHITFIELD_TEXT + "\n\n\n" + plain_quote_block(*q1) + "\n\n"
             + plain_quote_block(*q2) + "\n")
    body = WHITFIELD_TEXT.split("\n") + word_quote_block(*q1) + word_quote_block(*q2)
    m.alternative(plain, word_html(body, charset="utf-8", lang="EN-GB", font="Aptos"),
                  style="outlook")


# -- 018 ---------------------------------------------------------------------
# Learner German from a phone (Samsung Email, multipart/alternative, UTF-8
# base64).  Workshop by a lower-case quote of the title; "mit meinem Freund"
# = 2.  Tafel and Sprachcafé are where he helps, not whom he comes for.

ALSAYED = """Guten Tag Frau Overmeyer

Ich heiße Mohammad Alsayed, ich bin seit 2016 in Deutschland und jetzt ich helfe selber ehrenamtlich bei die Tafel und im Sprachcafe in Ennigerloh. Ich möchte mich anmelden für den Fachtag am 24.9 mit meinem Freund Yousef Haj Ali, er ist auch ehrenamtlich. Wir möchten in den Workshop "vom ankommen zum mitmachen" weil das ist genau unsere Geschichte :)

Vielen Dank
Mohammad Alsayed"""


@mail("alsayed-learner-german-samsung", "2027-07-23 22:14:08",
      E("registration", "m.alsayed93@mail.example", "Mohammad Alsayed", None,
        ["WS2"], 2, "de"), "de")
def _(m):
    m.head(("From", "Mohammad Alsayed <m.alsayed93@mail.example>"),
           ("To", FT),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<m7kx2q.samsung.1784837648201@email.android.example>"),
           ("MIME-Version", "1.0"))
    plain = ALSAYED + "\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.\n"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           + "".join(f'<div dir="auto">{esc(l) if l else "<br>"}</div>' for l in ALSAYED.split("\n"))
           + '<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
           '<div style="font-size:85%;color:#575757" dir="auto">Von meinem Samsung Galaxy Smartphone gesendet.'
           "</div></div></body></html>\n")
    m.alternative(plain, htm, cte="base64")


# -- 019 ---------------------------------------------------------------------
# Question in English (Outlook for Android, multipart/alternative, UTF-8 QP):
# childcare, language, two workshops.  "torn between 2 and 3" is no choice,
# and she will register later.

KAMINSKI_A = """Hi,

I'm a volunteer with the refugee support group in Sassenberg and I'm thinking about coming to the Fachtag on 24 September, maybe together with two of the women we support, who are now volunteering themselves.

A few questions before I register:"""
KAMINSKI_ITEMS = ["Is there any childcare on site? One of them has a 2-year-old.",
                  "Will the workshops be in German only? Their German is about B1, so it should be okay, but some simple-language support would help.",
                  "Can one person do one workshop in the morning and another in the afternoon? I'm torn between 2 and 3."]
KAMINSKI_B = """Thanks!
Joanna Kaminski
Flüchtlingshilfe Sassenberg"""


@mail("kaminski-question-android-bullets", "2027-07-26 14:02:55",
      E("question", "joanna.kaminski@mail.example", "Joanna Kaminski",
        "Flüchtlingshilfe Sassenberg", [], None, "en"), "en")
def _(m):
    m.head(("From", "Joanna Kaminski <joanna.kaminski@mail.example>"),
           ("To", FT),
           ("Subject", "Questions about the Fachtag (childcare / language)"),
           ("Date", m.date),
           ("Message-ID", "<GV1P190MB2036C4E0A7B1F39D2E84A5C6D7E8@GV1P190MB2036.EURP190.PROD.OUTLOOK.example>"),
           ("X-Mailer", "Outlook for Android"),
           ("MIME-Version", "1.0"))
    plain = (KAMINSKI_A + "\n\n" + "".join(f"  *   {i}\n" for i in KAMINSKI_ITEMS) + "\n"
             + KAMINSKI_B + "\n\nGet Outlook for Android\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div dir="auto">'
           + "".join(f"<div dir=\"auto\">{esc(l) if l else '<br>'}</div>" for l in KAMINSKI_A.split("\n"))
           + "<ul>" + "".join(f'<li dir="auto">{esc(i)}</li>' for i in KAMINSKI_ITEMS) + "</ul>"
           + "".join(f"<div dir=\"auto\">{esc(l)}</div>" for l in KAMINSKI_B.split("\n"))
           + '<div dir="auto"><br></div><div dir="auto">Get Outlook for Android</div>'
           "</div></body></html>\n")
    m.alternative(plain, htm)


# -- 020 ---------------------------------------------------------------------
# A secretary registers her head of department (multipart/related:
# alternative + logo, UTF-8 QP).  In the HTML the first workshop is struck
# through (<s>) and the new one is bold; Outlook's plain part loses the
# strike and shows both, but the next sentence says she changed her mind.
# The confirmation is to go to the attendee's address.  Disclaimer.

KROEGER_INTRO = ("im Auftrag von Frau Dr. Henrike Vornholt (Fachbereichsleitung Migration und "
                 "Integration) melde ich sie zum Fachtag am 24.09.2027 an:")
KROEGER_NOTE = ("(Frau Dr. Vornholt hat sich heute Morgen noch umentschieden, daher die Korrektur "
                "beim Workshop.)")
KROEGER_CONFIRM = ("Bitte senden Sie die Bestätigung direkt an Frau Dr. Vornholt: "
                   "h.vornholt@diakonie-warendorf.example")
KROEGER_SIG = ["Diakonisches Werk Warendorf e.V.", "Freckenhorster Straße 43 · 48231 Warendorf",
               "Tel. 02581 9 77 31-10", "www.diakonie-warendorf.example"]
KROEGER_DISC = ("Diakonisches Werk Warendorf e.V. · Vorstand: Pfarrer Martin Rehage · Amtsgericht "
                "Münster VR 2117. Diese E-Mail ist nur für den genannten Empfänger bestimmt und kann "
                "vertrauliche Informationen enthalten. Wenn Sie nicht der vorgesehene Empfänger sind, "
                "löschen Sie diese E-Mail bitte und benachrichtigen Sie uns.")
VORNHOLT_CONF_ID = mailbot_id("20270728113805", "0f3b")


@mail("kroeger-registers-vornholt-strike-logo", "2027-07-28 11:37:30",
      E("registration", "h.vornholt@diakonie-warendorf.example", "Henrike Vornholt",
        "Diakonisches Werk Warendorf e.V.", ["WS4", "WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", ew("Kröger, Sabine", "utf-8") + " <s.kroeger@diakonie-warendorf.example>"),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag 24.09. - Frau Dr. Vornholt"),
           ("Thread-Topic", "Anmeldung Fachtag 24.09. - Frau Dr. Vornholt"),
           ("Thread-Index", "Adv/iK1dGq7Y0c2MRx6lTe3pWn9ZbQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1597B3D0C6A24E71F9A8B2C3D4E5@FR2P281MB1597.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    cid = "image001.png@diakonie-warendorf.example"
    rows = [("Name:", "Dr. Henrike Vornholt", "Dr. Henrike Vornholt"),
            ("Einrichtung:", "Diakonisches Werk Warendorf e.V.", "Diakonisches Werk Warendorf e.V."),
            ("Workshop:", "6 – Rechtliche Grundlagen 4 – Hauptamt trifft Ehrenamt",
             "<s>6 – Rechtliche Grundlagen</s> <b>4 – Hauptamt trifft Ehrenamt</b>"),
            ("Ausweichwunsch:", "Workshop 5", "Workshop 5"),
            ("Personen:", "1", "1")]
    plain = ("Sehr geehrte Damen und Herren,\n\n" + KROEGER_INTRO + "\n\n"
             + "\n".join(f"{a}\t{b}" for a, b, _ in rows) + "\n\n"
             + KROEGER_NOTE + "\n\n" + KROEGER_CONFIRM + "\n\n"
             + "Mit freundlichen Grüßen\ni. A. Sabine Kröger\nSekretariat Fachbereich Migration und Integration\n\n"
             + f"[cid:{cid}]\n" + "\n".join(KROEGER_SIG) + "\n\n" + KROEGER_DISC + "\n")
    table = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
             + "\n".join(f"<tr><td width=140 valign=top style='width:105.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                         f"<p class=MsoNormal>{esc(a)}<o:p></o:p></p></td>"
                         f"<td width=420 valign=top style='width:315.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                         f"<p class=MsoNormal>{c}<o:p></o:p></p></td></tr>" for a, _, c in rows)
             + "\n</table>")
    body = ["Sehr geehrte Damen und Herren,", "", KROEGER_INTRO, "", ("raw", table), "",
            KROEGER_NOTE, "", KROEGER_CONFIRM, "",
            "Mit freundlichen Grüßen", "i. A. Sabine Kröger",
            "Sekretariat Fachbereich Migration und Integration", "",
            ("raw", f"<p class=MsoNormal><img width=110 height=36 style='width:1.1458in;height:.375in' "
                    f"id=\"Bild_x0020_2\" src=\"cid:{cid}\" alt=\"Diakonie\"><o:p></o:p></p>"),
            ("raw", "<p class=MsoNormal><span style='font-size:9.0pt;color:#5B2C6F'>"
                    + "<br>".join(esc(s) for s in KROEGER_SIG[:3])
                    + f"<br><a href=\"https://{KROEGER_SIG[3]}\">{KROEGER_SIG[3]}</a><o:p></o:p></span></p>"),
            "",
            ("raw", f"<p class=MsoNormal><span style='font-size:7.0pt;color:#A6A6A6'>{esc(KROEGER_DISC)}"
                    "<o:p></o:p></span></p>")]
    alt = m.alternative(plain, word_html(body, charset="utf-8"), style="outlook", top=False)
    logo = m.binary(make_logo(110, 36, [(91, 44, 111), (255, 255, 255)]),
                    "image", "png", "image001.png", disposition="inline", cid=f"<{cid}>")
    m.multi("related", [alt, logo], style="outlook", params={"type": "multipart/alternative"})


# -- 021 ---------------------------------------------------------------------
# The confirmation for 020 reaches Dr. Vornholt's Exchange mailbox, which
# answers with an out-of-office (Auto-Submitted, multipart/alternative,
# UTF-8 base64).

VORNHOLT_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13. August 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Fachbereichs Migration und Integration, Frau Kröger, Tel. 02581 9 77 31-10.

Mit freundlichen Grüßen
Dr. Henrike Vornholt"""


@mail("vornholt-exchange-out-of-office", "2027-07-28 11:38:12", E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Vornholt, Henrike" <h.vornholt@diakonie-warendorf.example>'),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/4mYk0cR7dPq5E2s3TxW9LnZfQ=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1597A1E0D4B94C3E8F72A6B5C4D3@FR2P281MB1597.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", VORNHOLT_CONF_ID),
           ("References", VORNHOLT_CONF_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "h.vornholt@diakonie-warendorf.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(VORNHOLT_OOF + "\n", word_html(VORNHOLT_OOF.split("\n"), charset="utf-8"),
                  cte="base64", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Spanish, Gmail (multipart/alternative, UTF-8 base64).  First choice by the
# German title in brackets, second by a Spanish word and the title.  A small
# question at the end.

CARDENAS = """Hola:

Me llamo Andrés Felipe Cárdenas, estoy de intercambio en Münster y desde marzo colaboro como voluntario en el Begegnungscafé Warendorf, donde practicamos alemán con personas recién llegadas.

Quiero inscribirme en el Fachtag del 24 de septiembre. Mi primera opción sería el taller de acompañamiento lingüístico (Sprachbegleitung im Alltag) y, si ya no quedan plazas, el de mentoría (Patenschaften und Mentoring).

Voy solo. ¿Hace falta llevar algo?

Muchas gracias,
Andrés"""


@mail("cardenas-spanish-gmail-base64", "2027-08-02 18:26:44",
      E("registration", "andres.cardenas@uni-mail.example", "Andrés Felipe Cárdenas",
        "Begegnungscafé Warendorf", ["WS1", "WS3"], 1, "es"), "es")
def _(m):
    m.head(("From", addr("Andrés Cárdenas", "andres.cardenas@uni-mail.example", enc="b")),
           ("To", FT),
           ("Subject", ew("Inscripción para el Fachtag (taller de Sprachbegleitung)", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM2wq9Rb5tLx8Vn3Kc0pZ7yHd4sJ1gF6eU9oT2iA5rN8mQ0bW@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    htm = '<div dir="ltr">' + gmail_div(esc_lines(CARDENAS)) + "</div>\n"
    m.alternative(CARDENAS + "\n", htm, cte="base64", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Cancellation, German Outlook (multipart/alternative, windows-1252 QP)
# quoting the confirmation (Workshop 4, 1) under "Von:/Gesendet:".  Town
# hall disclaimer.

STEINKUHL_TEXT = """Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung zum Fachtag am 24.09. zurückziehen. Am selben Tag ist kurzfristig eine Sondersitzung des Ausschusses für Soziales und Integration angesetzt worden, die ich vorbereiten und begleiten muss.

Ich bitte um Verständnis und wünsche Ihnen eine gelungene Veranstaltung.

Mit freundlichen Grüßen

Burkhard Steinkuhl
Stadt Oelde – Fachdienst Soziales und Integration
Ratsstiege 1 · 59302 Oelde
Telefon 02522 72-418"""
STEINKUHL_DISC = ("Bitte beachten Sie: Die Stadt Oelde ist über diese E-Mail-Adresse nicht für die "
                  "Übermittlung elektronischer Dokumente mit qualifizierter elektronischer Signatur "
                  "geöffnet. Diese Nachricht kann vertrauliche Informationen enthalten; sollten Sie "
                  "nicht der richtige Empfänger sein, informieren Sie bitte den Absender.")
STEINKUHL_CONF_ID = mailbot_id("20270706093004", "a2c8")


@mail("steinkuhl-cancel-outlook-disclaimer", "2027-08-04 08:51:09",
      E("cancellation", "b.steinkuhl@oelde.example", "Burkhard Steinkuhl",
        "Stadt Oelde – Fachdienst Soziales und Integration", [], None, "de"), "de")
def _(m):
    me = "Steinkuhl, Burkhard <b.steinkuhl@oelde.example>"
    m.head(("From", '"Steinkuhl, Burkhard" <b.steinkuhl@oelde.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb7k3aP0dQ2m6sRz8yLx1TvW4bKgBJv9Ym"),
           ("Date", m.date),
           ("Message-ID", "<6b2e9f1c4a7d4e08b3c5@EXCH01.oelde.example>"),
           ("In-Reply-To", STEINKUHL_CONF_ID),
           ("References", STEINKUHL_CONF_ID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (DE_LABELS, f"{FT_NAME} <{FT}>", "Dienstag, 6. Juli 2027 09:30", me,
             CONFIRMATION_SUBJECT, confirmation("Herr Steinkuhl", "WS4", 1))
    plain = (STEINKUHL_TEXT + "\n\n" + STEINKUHL_DISC + "\n\n" + plain_quote_block(*quote) + "\n")
    body = (STEINKUHL_TEXT.split("\n")
            + ["", ("raw", f"<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>{esc(STEINKUHL_DISC)}"
                           "<o:p></o:p></span></p>")]
            + word_quote_block(*quote))
    m.alternative(plain, word_html(body), charset="windows-1252", style="outlook")


# -- 024 ---------------------------------------------------------------------
# Thunderbird HTML (multipart/alternative, iso-8859-15 QP).  She pasted all
# six workshops as a bullet list and highlighted her choice in yellow.  The
# plain part Thunderbird generates lists all six with nothing marked.

ROTTMANN_WS = ["Workshop 1: Sprachbegleitung im Alltag",
               "Workshop 2: Vom Ankommen zum Mitmachen",
               "Workshop 3: Patenschaften und Mentoring",
               "Workshop 4: Hauptamt trifft Ehrenamt",
               "Workshop 5: Gut für sich sorgen",
               "Workshop 6: Rechtliche Grundlagen"]
ROTTMANN_TOP = ["Hallo Frau Overmeyer,", "",
                "hier kommt meine Anmeldung zum Fachtag. Meinen Workshop habe ich Ihnen in der Liste gelb markiert:"]
ROTTMANN_BOTTOM = ["Ich komme allein. Aus unserem Arbeitskreis sind bestimmt noch andere dabei, "
                   "die melden sich aber selbst bei Ihnen.", "",
                   "Herzliche Grüße", "Gisela Rottmann", "Ökumenischer Arbeitskreis Asyl Telgte"]


@mail("rottmann-thunderbird-yellow-highlight", "2027-08-09 15:12:37",
      E("registration", "gisela.rottmann@telgte-net.example", "Gisela Rottmann",
        "Ökumenischer Arbeitskreis Asyl Telgte", ["WS5"], 1, "de"), "de")
def _(m):
    m.head(("From", "Gisela Rottmann <gisela.rottmann@telgte-net.example>"),
           ("To", FT),
           ("Subject", ew("Anmeldung zum Fachtag am 24. September - G. Rottmann", "iso-8859-15")),
           ("Date", m.date),
           ("Message-ID", "<e4d1a8b2-93c7-4f5e-a0b6-2c8d7e1f9a34@telgte-net.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    plain = ("\n".join(ROTTMANN_TOP) + "\n\n" + "".join(f"  * {w}\n" for w in ROTTMANN_WS)
             + "\n" + "\n".join(ROTTMANN_BOTTOM) + "\n")
    items = []
    for w in ROTTMANN_WS:
        if w.startswith("Workshop 5"):
            items.append(f'      <li><span style="background-color: rgb(255, 255, 0);">{esc(w)}</span></li>\n')
        else:
            items.append(f"      <li>{esc(w)}</li>\n")
    htm = ("<!DOCTYPE html>\n<html>\n  <head>\n"
           '    <meta http-equiv="content-type" content="text/html; charset=ISO-8859-15">\n'
           "  </head>\n  <body>\n"
           f"    <p>{esc(ROTTMANN_TOP[0])}</p>\n    <p>{esc(ROTTMANN_TOP[2])}</p>\n"
           "    <ul>\n" + "".join(items) + "    </ul>\n"
           f"    <p>{esc(ROTTMANN_BOTTOM[0])}</p>\n"
           f"    <p>{'<br>'.join(esc(x) for x in ROTTMANN_BOTTOM[2:])}</p>\n"
           "  </body>\n</html>\n")
    m.alternative(plain, htm, charset="iso-8859-15", style="thunderbird")


# -- 025 ---------------------------------------------------------------------
# Change, Apple Mail reply to the confirmation (Workshop 1, 1 person),
# multipart/alternative UTF-8 QP.  HTML: "Workshop <s>1</s> <b>3</b>"; the
# plain part reads "Workshop 1 3", the next sentence names Workshop 3.  Her
# group's name contains "Sprachpaten".

VOSS_CONF_ID = mailbot_id("20270714110218", "77d0")
VOSS_A = "Liebe Frau Overmeyer,"
VOSS_C = ("Bei uns in Ostbevern gibt es inzwischen genug Sprachpaten, aber wir wollen im Herbst ein "
          "Patenschaftsprojekt für Familien aufbauen – dafür ist Workshop 3 sicher hilfreicher.")
VOSS_END = ["Danke und herzliche Grüße", "Hildegard Voß", "Sprachpaten Ostbevern"]


@mail("voss-change-apple-strike", "2027-08-11 10:44:20",
      E("change", "hildegard.voss@ostbevern-mail.example", "Hildegard Voß",
        "Sprachpaten Ostbevern", ["WS3"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Hildegard Voß", "hildegard.voss@ostbevern-mail.example")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9D2F4A6C-1E3B-4C5D-8A7F-0B2C4D6E8F1A@ostbevern-mail.example>"),
           ("In-Reply-To", VOSS_CONF_ID),
           ("References", VOSS_CONF_ID),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"))
    conf = confirmation("Frau Voß", "WS1", 1)
    attribution = f"Am 14.07.2027 um 11:02 schrieb {FT_NAME} <{FT}>:"
    plain = (f"{VOSS_A}\n\nich möchte doch noch tauschen: Workshop 1 3.\n\n{VOSS_C}\n\n"
             + "\n".join(VOSS_END) + f"\n\n\n> {attribution}\n> \n"
             + "\n".join(("> " + l) if l else "> " for l in conf.split("\n")) + "\n")
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
           f"<div>{esc(VOSS_A)}</div><div><br></div>"
           "<div>ich möchte doch noch tauschen: Workshop <s>1</s> <b>3</b>.</div><div><br></div>"
           f"<div>{esc(VOSS_C)}</div><div><br></div>"
           + "".join(f"<div>{esc(x)}</div>" for x in VOSS_END)
           + f'<div><br><blockquote type="cite"><div>{esc(attribution)}</div><br>'
           + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in conf.split("\n"))
           + "</blockquote></div><br></body></html>\n")
    m.alternative(plain, htm, style="apple")


# -- 026 ---------------------------------------------------------------------
# English from Yahoo Mail (multipart/alternative, UTF-8 QP).  "Me and two
# other women" = 3; workshop by its German title in quotes.  A question about
# arriving late does not make it a question.

HASSAN = """Hello dear team,

My name is Fatuma Hassan, from Somali Community Warendorf e.V. Me and two other women from our group (Hodan and Amina) want to come to the Fachtag on 24th September. We want the workshop "Vom Ankommen zum Mitmachen", because we came as refugees and now we help the new families ourselves.

Is it ok if we come a little bit later in the morning? The children go to school first.

Thank you very much
Fatuma"""


@mail("hassan-english-yahoo", "2027-08-16 20:31:50",
      E("registration", "fatuma.hassan@yahoo-mail.example", "Fatuma Hassan",
        "Somali Community Warendorf e.V.", ["WS2"], 3, "en"), "en")
def _(m):
    m.head(("From", "Fatuma Hassan <fatuma.hassan@yahoo-mail.example>"),
           ("To", FT),
           ("Subject", "register for Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<1402763915.2219804.1786905110544@mail.yahoo-mail.example>"),
           ("X-Mailer", "WebService/1.1.22590 YMailNorrin"),
           ("MIME-Version", "1.0"))
    htm = ('<html><head></head><body><div class="ydp5c1e8a2fyahoo-style-wrap" '
           'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
           + "".join(f'<div dir="ltr" data-setdir="false">{esc(l) if l else "<br>"}</div>'
                     for l in HASSAN.split("\n"))
           + "</div></body></html>\n")
    m.alternative(HASSAN + "\n", htm)


# -- 027 ---------------------------------------------------------------------
# Change, Outlook HTML only (windows-1252 QP), replying to the confirmation
# (Workshop 2, 3 persons).  A small table: old values struck through with
# style="text-decoration:line-through", new values next to them: Workshop 4,
# 4 persons.  The new person is a paid coordinator ("hauptamtlich").

HAGEMEIER_CONF_ID = mailbot_id("20270722090512", "3e6f")


@mail("hagemeier-change-table-line-through", "2027-08-19 09:08:15",
      E("change", "stefan.hagemeier@willkommen-wadersloh.example", "Stefan Hagemeier",
        "Willkommensinitiative Wadersloh", ["WS4"], 4, "de"), "de")
def _(m):
    me = "Stefan Hagemeier <stefan.hagemeier@willkommen-wadersloh.example>"
    m.head(("From", me),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb/t1q2WcE8xLp4Rn0Dz3vT6yKsgAAd7Fw"),
           ("Date", m.date),
           ("Message-ID", "<000001dc10d6$5e8a2f40$1b9e8dc0$@willkommen-wadersloh.example>"),
           ("In-Reply-To", HAGEMEIER_CONF_ID),
           ("References", HAGEMEIER_CONF_ID),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    strike = "<span style='text-decoration:line-through'>{}</span>"
    table = word_table([["", "bisher / neu"],
                        ["Workshop", strike.format("2 – Vom Ankommen zum Mitmachen")
                         + " <b>4 – Hauptamt trifft Ehrenamt</b>"],
                        ["Personen", strike.format("3") + " <b>4</b>"]],
                       [110, 380])
    body = ["Hallo Frau Overmeyer,", "",
            "bei unserer Anmeldung gibt es zwei Änderungen, ich habe sie Ihnen in der Tabelle markiert:", "",
            table, "",
            "Hintergrund: Unsere neue Koordinatorin (hauptamtlich, halbe Stelle über das Landesprogramm) "
            "fängt am 1. September an und kommt mit. Da passt der Workshop zur Zusammenarbeit mit dem "
            "Hauptamt für uns alle besser.", "",
            "Viele Grüße",
            "Stefan Hagemeier",
            "Willkommensinitiative Wadersloh"]
    body += word_quote_block(DE_LABELS, f"{FT_NAME} <{FT}>", "Donnerstag, 22. Juli 2027 09:05",
                             me, CONFIRMATION_SUBJECT, confirmation("Herr Hagemeier", "WS2", 3))
    m.single(word_html(body), subtype="html", charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Newsletter of a state-wide network (multipart/alternative, UTF-8 QP, bulk
# headers, unsubscribe footer).  Its own conference has "Forum 1-4" with a
# registration link, and it mentions our Fachtag in a list of dates: other.

NL_PLAIN = """Netzwerk Engagement NRW – Newsletter August 2027
================================================

Liebe Engagierte, liebe Kolleginnen und Kollegen,

der Sommer ist fast vorbei, und die Herbsttermine stehen vor der Tür. Hier
unsere Themen im Überblick:

1. Regionalkonferenz "Engagement in Vielfalt" am 9. Oktober in Hamm
2. Neues Förderprogramm "Nachbarschaft stärken": Antragsfrist 30.09.
3. Termine aus den Regionen


1. Regionalkonferenz "Engagement in Vielfalt"
---------------------------------------------
Samstag, 9. Oktober 2027, 10-16 Uhr, Kulturbahnhof Hamm

Forum 1: Digitale Ehrenamtskoordination
Forum 2: Versicherungsschutz im Ehrenamt – was gilt wann?
Forum 3: Junge Menschen für das Engagement gewinnen
Forum 4: Patenschaftsprojekte nachhaltig finanzieren

Jetzt anmelden: https://engagement-nrw.example/regionalkonferenz-2027

2. Förderprogramm "Nachbarschaft stärken"
-----------------------------------------
Initiativen und Vereine können bis zu 5.000 Euro für Projekte beantragen,
die Nachbarschaften zusammenbringen. Antragsfrist ist der 30. September.
Alle Infos: https://engagement-nrw.example/foerderung

3. Termine aus den Regionen
---------------------------
11.09. Ehrenamtsmesse Bielefeld
24.09. Fachtag Integration und Ehrenamt, Kreis Warendorf (Anmeldung beim
       Kommunalen Integrationszentrum des Kreises)
02.10. Engagementtag Dortmund-Nord

Herzliche Grüße
Ihr Team vom Netzwerk Engagement NRW

--
Sie erhalten diesen Newsletter, weil Sie sich mit der Adresse
fachtag-integration@kreis-warendorf.example angemeldet haben.
Abmelden: https://engagement-nrw.example/newsletter/abmelden?id=7f3a91c2
Netzwerk Engagement NRW e.V. · Rheinallee 18 · 40477 Düsseldorf
"""


@mail("engagement-nrw-newsletter", "2027-08-24 10:00:00", E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Engagement NRW <newsletter@engagement-nrw.example>"),
           ("To", FT),
           ("Subject", ew("Newsletter August 2027: Regionalkonferenz, Förderprogramm, Termine")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-08.7f3a91c2.20270824080000@mailout.engagement-nrw.example>"),
           ("List-Unsubscribe", "<https://engagement-nrw.example/newsletter/abmelden?id=7f3a91c2>, "
                                "<mailto:abmelden@engagement-nrw.example?subject=7f3a91c2>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "nl-versand 4.2"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7f3a91c2@mailout.engagement-nrw.example",
           via="mailout.engagement-nrw.example")
    forums = ["Digitale Ehrenamtskoordination",
              "Versicherungsschutz im Ehrenamt – was gilt wann?",
              "Junge Menschen für das Engagement gewinnen",
              "Patenschaftsprojekte nachhaltig finanzieren"]
    htm = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
           "<title>Newsletter August 2027</title></head>"
           "<body style=\"margin:0;background:#f2f2f2\">"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" role=\"presentation\"><tr><td align=\"center\">"
           "<table width=\"600\" cellpadding=\"24\" cellspacing=\"0\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#222\">"
           "<tr><td style=\"background:#00576b;color:#ffffff;font-size:22px\"><b>Netzwerk Engagement NRW</b><br>"
           "<span style=\"font-size:14px\">Newsletter August 2027</span></td></tr>"
           "<tr><td><p>Liebe Engagierte, liebe Kolleginnen und Kollegen,</p>"
           "<p>der Sommer ist fast vorbei, und die Herbsttermine stehen vor der Tür. Hier unsere Themen im Überblick:</p>"
           "<ol><li>Regionalkonferenz „Engagement in Vielfalt“ am 9. Oktober in Hamm</li>"
           "<li>Neues Förderprogramm „Nachbarschaft stärken“: Antragsfrist 30.09.</li>"
           "<li>Termine aus den Regionen</li></ol>"
           "<h2 style=\"color:#00576b;font-size:18px\">Regionalkonferenz „Engagement in Vielfalt“</h2>"
           "<p>Samstag, 9. Oktober 2027, 10–16 Uhr, Kulturbahnhof Hamm</p><ul>"
           + "".join(f"<li><b>Forum {i}:</b> {esc(f)}</li>" for i, f in enumerate(forums, 1))
           + "</ul><p><a href=\"https://engagement-nrw.example/regionalkonferenz-2027\" "
           "style=\"background:#e8a317;color:#000;padding:8px 16px;text-decoration:none\">Jetzt anmelden</a></p>"
           "<h2 style=\"color:#00576b;font-size:18px\">Förderprogramm „Nachbarschaft stärken“</h2>"
           "<p>Initiativen und Vereine können bis zu 5.000&nbsp;Euro für Projekte beantragen, die "
           "Nachbarschaften zusammenbringen. Antragsfrist ist der 30. September. "
           "<a href=\"https://engagement-nrw.example/foerderung\">Alle Infos</a></p>"
           "<h2 style=\"color:#00576b;font-size:18px\">Termine aus den Regionen</h2>"
           "<table cellpadding=\"4\" style=\"font-size:14px\">"
           "<tr><td>11.09.</td><td>Ehrenamtsmesse Bielefeld</td></tr>"
           "<tr><td>24.09.</td><td>Fachtag Integration und Ehrenamt, Kreis Warendorf (Anmeldung beim Kommunalen Integrationszentrum des Kreises)</td></tr>"
           "<tr><td>02.10.</td><td>Engagementtag Dortmund-Nord</td></tr></table>"
           "<p>Herzliche Grüße<br>Ihr Team vom Netzwerk Engagement NRW</p></td></tr>"
           "<tr><td style=\"font-size:11px;color:#777\">Sie erhalten diesen Newsletter, weil Sie sich mit der Adresse "
           f"{FT} angemeldet haben. "
           "<a href=\"https://engagement-nrw.example/newsletter/abmelden?id=7f3a91c2\">Abmelden</a><br>"
           "Netzwerk Engagement NRW e.V. · Rheinallee 18 · 40477 Düsseldorf</td></tr>"
           "</table></td></tr></table>"
           "<img src=\"https://mailout.engagement-nrw.example/o/7f3a91c2.gif\" width=\"1\" height=\"1\" alt=\"\">"
           "</body></html>\n")
    m.alternative(NL_PLAIN, htm)


# -- 029 ---------------------------------------------------------------------
# Italian, plain text (Thunderbird, iso-8859-15 QP), a priest ("don") of the
# Italian Catholic mission.  Workshop by Italian words for its topics.  Long
# Italian disclaimer under the signature.

@mail("bellandi-italian-plain-disclaimer", "2027-08-26 11:19:33",
      E("registration", "missione.ahlen@parrocchia-mail.example", "Marco Bellandi",
        "Missione Cattolica Italiana Ahlen", ["WS6"], 1, "it"), "it")
def _(m):
    m.head(("From", "don Marco Bellandi <missione.ahlen@parrocchia-mail.example>"),
           ("To", FT),
           ("Subject", "Iscrizione al Fachtag del 24/09"),
           ("Date", m.date),
           ("Message-ID", "<0b7d2e4f-6a1c-4e83-95d2-8f3a1c7e5b90@parrocchia-mail.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0"),
           ("Content-Language", "it"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

sono don Marco Bellandi, della Missione Cattolica Italiana di Ahlen.
Vorrei iscrivermi alla giornata del 24 settembre. Mi interessa soprattutto
il gruppo sulle questioni giuridiche (permesso di soggiorno, assicurazione,
protezione dei dati): nella nostra comunità arrivano sempre più famiglie
dall'Italia che in realtà sono originarie del Bangladesh o della Nigeria, e
le domande sono tante.

Verrò da solo. Il tedesco lo capisco bene, quindi per la lingua non ci sono
problemi.

Un cordiale saluto e grazie per l'iniziativa,
don Marco Bellandi
Missione Cattolica Italiana Ahlen
Tel. 02382 7 60 93

-- 
Le informazioni contenute in questo messaggio sono riservate e destinate
esclusivamente al destinatario indicato. Se ha ricevuto questa e-mail per
errore, La preghiamo di informarci e di cancellarla. Qualsiasi uso non
autorizzato è vietato.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Cancellation from an iPhone (plain, UTF-8 QP), quoting the confirmation
# (Workshop 1, 1) under an English attribution line.

NOVAK_CONF_ID = mailbot_id("20270812091502", "c4e1")


@mail("novak-cancel-iphone", "2027-08-30 07:12:48",
      E("cancellation", "emily.novak@mail.example", "Emily Novak", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Emily Novak <emily.novak@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5A1C8E3D-7F2B-4D90-B6E4-2C9A0F1D3B57@mail.example>"),
           ("In-Reply-To", NOVAK_CONF_ID),
           ("References", NOVAK_CONF_ID),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hi, sorry but I can’t make it on the 24th after all – my new job starts that week and there’s no way I can get the day off. Please take me off the list so someone else can have my spot.
Emily

Sent from my iPhone

> On 12. Aug 2027, at 09:15, {FT_NAME} <{FT}> wrote:
> 
{gt_quote(confirmation("Frau Novak", "WS1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# A team of three in a table (Outlook, multipart/alternative, UTF-8 QP): the
# writer and a colleague in Workshop 4, a volunteer in Workshop 2.  The
# writer's own choice is the label; the party counts all three.

ENKEMANN_ROWS = [("Name", "Funktion", "Workshop"),
                 ("Tobias Enkemann", "Fachkraft JMD", "4"),
                 ("Jana Pieper", "Fachkraft JMD", "4"),
                 ("Hamid Rahimi", "Ehrenamtlicher Mentor", "2")]
ENKEMANN_A = ["Sehr geehrte Frau Overmeyer,", "",
              "für den Jugendmigrationsdienst im Kreis Warendorf melden wir uns mit drei Personen zum Fachtag an:"]
ENKEMANN_B = ["Herr Rahimi ist bei uns ehrenamtlich als Mentor aktiv und kam selbst vor einigen Jahren "
              "aus Afghanistan, deshalb möchte er gern in den Workshop 2. Frau Pieper und ich gehen in "
              "Workshop 4.", "",
              "Falls es ein Problem ist, dass wir uns auf zwei Workshops verteilen, geben Sie mir bitte "
              "kurz Bescheid.", "",
              "Mit freundlichen Grüßen", "",
              "Tobias Enkemann",
              "Jugendmigrationsdienst im Kreis Warendorf",
              "Brinkstraße 7 · 59269 Beckum",
              "Tel. 02521 8 29 40-12"]


@mail("enkemann-team-table-split", "2027-09-01 14:55:02",
      E("registration", "t.enkemann@jmd-warendorf.example", "Tobias Enkemann",
        "Jugendmigrationsdienst im Kreis Warendorf", ["WS4"], 3, "de"), "de")
def _(m):
    m.head(("From", '"Enkemann, Tobias" <t.enkemann@jmd-warendorf.example>'),
           ("To", FT),
           ("Subject", "Anmeldung JMD zum Fachtag Integration und Ehrenamt"),
           ("Thread-Topic", "Anmeldung JMD zum Fachtag Integration und Ehrenamt"),
           ("Thread-Index", "AdwbG4rM0tX2sPq8RkU1nV5yZe7bHA=="),
           ("Date", m.date),
           ("Message-ID", "<VI1P195MB04327F1D9C3A4B2E6D85A7C9B1E0@VI1P195MB0432.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = ("\n".join(ENKEMANN_A) + "\n\n"
             + "\n".join("\t".join(r) for r in ENKEMANN_ROWS) + "\n\n"
             + "\n".join(ENKEMANN_B) + "\n")
    body = ENKEMANN_A + ["", word_table([list(r) for r in ENKEMANN_ROWS], [170, 190, 90]), ""] + ENKEMANN_B
    m.alternative(plain, word_html(body, charset="utf-8"), style="outlook")


# -- 032 ---------------------------------------------------------------------
# Change in French (Gmail, multipart/alternative, UTF-8 QP) replying to the
# confirmation (Workshop 1, 1 person): a colleague comes too, same workshop
# ("l'atelier 1") -> 2 persons.

MN_CONF_ID = mailbot_id("20270901101204", "58ab")
MN_TEXT = """Bonjour,

Petite modification : ma collègue Julie Besson souhaite finalement venir aussi, elle sera avec moi dans l'atelier 1. Nous serons donc deux personnes au lieu d'une.

Merci d'avance et bonne journée,
Claire Martin-Nguyen
Amitié Internationale Ahlen"""


@mail("martin-nguyen-change-french-gmail", "2027-09-03 12:40:26",
      E("change", "claire.martin-nguyen@mail.example", "Claire Martin-Nguyen",
        "Amitié Internationale Ahlen", ["WS1"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "Claire Martin-Nguyen <claire.martin-nguyen@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD5tk0Wm3pQx7Lr2Nv9Bc4Yh8sJ1fG0eZ6uT3oK5aR9iM2nE7q@mail.gmail.example>"),
           ("In-Reply-To", MN_CONF_ID),
           ("References", MN_CONF_ID),
           ("MIME-Version", "1.0"))
    conf = confirmation("Frau Martin-Nguyen", "WS1", 1)
    attribution = f"Le mer. 1 sept. 2027 à 10:12, {FT_NAME} <{FT}> a écrit :"
    plain = MN_TEXT + "\n\n" + attribution + "\n\n" + gt_quote(conf) + "\n"
    htm = ('<div dir="ltr">' + gmail_div(esc_lines(MN_TEXT)) + "</div><br>"
           '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
           f"Le mer. 1 sept. 2027 à 10:12, {FT_NAME} &lt;<a href=\"mailto:{FT}\">{FT}</a>&gt; a écrit&nbsp;:<br></div>"
           '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
           + "<br>".join(esc(l) for l in conf.split("\n")) + "</blockquote></div>\n")
    m.alternative(plain, htm, style="gmail")


# -- 033 ---------------------------------------------------------------------
# Question (plain, UTF-8 QP): is Workshop 5 full?  She would add a colleague
# only if there is room: registers no one yet.

@mail("deitmer-question-place-free", "2027-09-06 17:21:39",
      E("question", "anke.deitmer@mail.example", "Anke Deitmer",
        "Besuchsdienst Flüchtlingshilfe Beelen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Anke Deitmer <anke.deitmer@mail.example>"),
           ("To", FT),
           ("Subject", "Workshop 5 noch frei?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0c7e5a31-4b9d-4f26-8e1a-d3b6c9f2a570-1788707699381@3c-app-mailcom-bs08>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin bereits für Workshop 5 angemeldet. Eine Kollegin aus unserem Besuchsdienst würde gern mitkommen, hat aber gehört, dass Workshop 5 schon voll sein soll. Stimmt das? Wenn dort noch ein Platz frei ist, würde ich sie gern nachmelden, sonst bleibt sie lieber zu Hause.

Freundliche Grüße
Anke Deitmer
Besuchsdienst Flüchtlingshilfe Beelen
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Late and short, from an iPhone (plain, UTF-8 QP).  Workshop by two alias
# words "Recht/Versicherung"; no organisation named.

@mail("kortenjann-iphone-short", "2027-09-14 22:47:11",
      E("registration", "nadine.kortenjann@mail.example", "Nadine Kortenjann", None,
        ["WS6"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadine Kortenjann <nadine.kortenjann@mail.example>"),
           ("To", FT),
           ("Subject", "Fachtag 24.9."),
           ("Date", m.date),
           ("Message-ID", "<F2A7C9E1-3B5D-4F80-A1C6-8E4D2B0F7A93@mail.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo zusammen, ich würde gern noch kurzfristig zum Fachtag kommen, Workshop Recht/Versicherung wäre super. Bin ehrenamtlich in einer Fahrradwerkstatt für Geflüchtete und wir haben da ständig Fragen.
LG Nadine Kortenjann

Von meinem iPhone gesendet
""", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Change in Spanish (Roundcube, multipart/alternative, UTF-8 QP) replying to
# the confirmation (Workshop 5).  HTML: "taller <del>5 (...)</del> ... al
# <b>2 (...)</b>"; the plain part keeps the words "En vez del ... me gustaría
# ir al".

RUIZ_CONF_ID = mailbot_id("20270820140311", "91d2")


@mail("ruiz-change-spanish-roundcube-del", "2027-09-14 23:05:54",
      E("change", "jorge.ruiz@proyecto-puente.example", "Jorge Esteban Ruiz",
        "Proyecto Puente", ["WS2"], None, "es"), "es")
def _(m):
    m.head(("From", "Jorge Esteban Ruiz <jorge.ruiz@proyecto-puente.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7e41c0a9d3f25b68e1a4c2d9f0b37e15@proyecto-puente.example>"),
           ("In-Reply-To", RUIZ_CONF_ID),
           ("References", RUIZ_CONF_ID),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("MIME-Version", "1.0"))
    conf = confirmation("Herr Ruiz", "WS5", 1)
    attribution = f"El 2027-08-20 14:03, {FT_NAME} escribió:"
    sig = ["Gracias y saludos cordiales,", "Jorge Esteban Ruiz",
           "Proyecto Puente – mentoría para jóvenes migrantes, Warendorf"]
    p1 = "Buenas tardes:"
    p2a, p2b, p2c, p2d, p2e = ("Quisiera cambiar de taller, si todavía es posible. En vez del taller ",
                               "5 (Gut für sich sorgen)", " me gustaría ir al ",
                               "2 (Vom Ankommen zum Mitmachen)",
                               ". Lo hablé con la coordinadora de nuestro proyecto y cree que me servirá más.")
    plain = (f"{p1}\n\n{p2a}{p2b}{p2c}{p2d}{p2e}\n\n" + "\n".join(sig) + "\n\n"
             + attribution + "\n\n" + gt_quote(conf) + "\n")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
           "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n"
           f"<p>{esc(p1)}</p>\n<p>{esc(p2a)}<del>{esc(p2b)}</del>{esc(p2c)}<strong>{esc(p2d)}</strong>{esc(p2e)}</p>\n"
           f"<p>{'<br />'.join(esc(s) for s in sig)}</p>\n"
           f'<p><br /></p>\n<p id="reply-intro">{esc(attribution)}</p>\n'
           '<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
           '<div class="pre" style="margin: 0; padding: 0; font-family: monospace">'
           + "<br />".join(esc(l) for l in conf.split("\n")) + "</div>\n</blockquote>\n</body></html>\n")
    m.alternative(plain, htm)


# -- 036 ---------------------------------------------------------------------
# French, Outlook (multipart/alternative, windows-1252 QP), on the deadline
# day.  First and second choice underlined and bold in HTML.

KONE_A = "Madame, Monsieur,"
KONE_B = ("J'espère qu'il n'est pas trop tard : je souhaiterais m'inscrire au Fachtag du 24 septembre. "
          "Je n'ai vu l'invitation qu'aujourd'hui, dans la lettre d'information de l'Integrationsrat.")
KONE_C = ["Mon premier choix serait ", "l'atelier 5 (« Gut für sich sorgen »)",
          ", mon deuxième choix ", "l'atelier 3", "."]
KONE_D = "Je viendrai seule."
KONE_SIG = ["Avec mes salutations distinguées,", "", "Aminata Koné",
            "Présidente – Association des Ivoiriens du Münsterland e.V.", "Tél. 0157 3 48 21 96"]


@mail("kone-french-outlook-bold-underlined", "2027-09-15 23:10:05",
      E("registration", "aminata.kone@ivoiriens-muensterland.example", "Aminata Koné",
        "Association des Ivoiriens du Münsterland e.V.", ["WS5", "WS3"], 1, "fr"), "fr")
def _(m):
    m.head(("From", addr("Aminata Koné", "aminata.kone@ivoiriens-muensterland.example", "windows-1252")),
           ("To", FT),
           ("Subject", "Inscription au Fachtag du 24 septembre"),
           ("Date", m.date),
           ("Message-ID", "<001201dc2670$8b3f4e90$a1bdebb0$@ivoiriens-muensterland.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    plain = (f"{KONE_A}\n\n{KONE_B}\n\n{''.join(KONE_C)}\n\n{KONE_D}\n\n" + "\n".join(KONE_SIG) + "\n")
    c = KONE_C
    choice = ("<p class=MsoNormal>" + esc(c[0]) + f"<b><u>{esc(c[1])}</u></b>" + esc(c[2])
              + f"<b><u>{esc(c[3])}</u></b>" + esc(c[4]) + "<o:p></o:p></p>")
    body = [KONE_A, "", KONE_B, "", ("raw", choice), "", KONE_D, ""] + KONE_SIG
    m.alternative(plain, word_html(body, lang="FR"), charset="windows-1252", style="outlook")


# -- 037 ---------------------------------------------------------------------
# Cancellation in Italian (plain, UTF-8 QP) replying to the confirmation
# (Workshop 3, 2 persons): she and her husband both cancel.

DELUCA_CONF_ID = mailbot_id("20270722154012", "d6a3")


@mail("de-luca-cancel-italian", "2027-09-16 08:33:27",
      E("cancellation", "francesca.deluca@mail.example", "Francesca De Luca", None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Francesca De Luca <francesca.deluca@mail.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c2b8e5f1-0d7a-4a93-b6e4-9f1c3a5d7e20@mail.example>"),
           ("In-Reply-To", DELUCA_CONF_ID),
           ("References", DELUCA_CONF_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"))
    m.single(f"""Buongiorno,

purtroppo devo annullare la mia iscrizione (e quella di mio marito) al
Fachtag del 24 settembre: mia madre è stata ricoverata in ospedale a
Napoli e parto domani mattina.

Mi dispiace molto, ci tenevamo.

Cordiali saluti,
Francesca De Luca

Il 22/07/2027 15:40, {FT_NAME} ha scritto:
{gt_quote(confirmation("Frau De Luca", "WS3", 2))}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# The 7-day reminder reaches a shared mailbox behind a ticket system, which
# answers with a bilingual receipt (Auto-Submitted, multipart/alternative).

REMINDER7_ID = mailbot_id("20270917080012", "2b7c")
TICKET = """Thank you for contacting Integration Hub Münsterland.

Your message has been received and assigned ticket number #IHM-48213.
A member of our team will get back to you within two working days.
Please do not change the subject line if you reply, so that your message
is added to the same ticket.

---

Vielen Dank für Ihre Nachricht an den Integration Hub Münsterland.

Ihre Nachricht ist unter der Ticketnummer #IHM-48213 bei uns eingegangen.
Wir melden uns innerhalb von zwei Werktagen bei Ihnen.

Integration Hub Münsterland – Support
https://integrationhub-muensterland.example"""


@mail("integrationhub-ticket-receipt", "2027-09-17 08:00:41", E("auto_reply"), "en")
def _(m):
    m.head(("From", "Integration Hub Support <support@integrationhub-muensterland.example>"),
           ("To", FT),
           ("Subject", "[#IHM-48213] " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<ticket-48213.1789624841@helpdesk.integrationhub-muensterland.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"),
           via="helpdesk.integrationhub-muensterland.example")
    paras = TICKET.split("\n\n")
    htm = ("<html><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">"
           + "".join(("<hr>" if p == "---" else
                      "<p>" + "<br>".join(
                          f'<a href="{esc(l)}">{esc(l)}</a>' if l.startswith("https://") else esc(l)
                          for l in p.split("\n")) + "</p>")
                     for p in paras)
           + "</body></html>\n")
    m.alternative(TICKET + "\n", htm)


# -- 039 ---------------------------------------------------------------------
# Exchange Online NDR (English) for the 7-day reminder: the recipient's
# mailbox no longer exists.  multipart/report with an HTML+plain
# notification, delivery-status and the returned headers.  The
# Final-Recipient is in mixed case.

NDR_RCPT = "Marion.Tenbrink@willkommen-beckum.example"
NDR_PLAIN = f"""Your message to {NDR_RCPT} couldn't be delivered.

Marion.Tenbrink wasn't found at willkommen-beckum.example.

fachtag-integration   Office 365   Marion.Tenbrink
Action Required                    Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Send the message again following these steps: In Outlook, open this
  non-delivery report (NDR) and choose Send Again from the Report ribbon.
  Remove and re-enter the recipient's address.
- Contact the recipient by some other means (by phone, for example) to
  confirm you're using the right address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found in
the recipient's email system.

Original Message Details
Created Date:    9/17/2027 6:00:12 AM
Sender Address:  {FT}
Recipient Address: {NDR_RCPT}
Subject:         {REMINDER_SUBJECT}

Error Details
Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by: AM0PR07MB6018.eurprd07.prod.outlook.example
"""


@mail("exchange-online-ndr-reminder", "2027-09-17 08:00:55",
      E("bounce", bounced=NDR_RCPT.lower()), "en")
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@willkommen-beckum.example>"),
           ("To", FT),
           ("Subject", "Undeliverable: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<cb5f1a2e-8d47-4b90-a3c6-71e0d9f28b45@AM0PR07MB6018.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", REMINDER7_ID),
           ("References", REMINDER7_ID),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"),
           envelope="", received=True, via="mail-am0eur07.outbound.protection.outlook.example")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
           "<title>DSN</title></head><body>"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"font-family:'Segoe UI',Arial\">"
           f"<tr><td style=\"font-size:16px;padding-bottom:16px\">Your message to <a href=\"mailto:{NDR_RCPT}\" "
           f"style=\"color:#0072C6\">{NDR_RCPT}</a> couldn't be delivered.</td></tr>"
           "<tr><td style=\"font-size:24px;color:#000000\">Marion.Tenbrink wasn't found at "
           "willkommen-beckum.example.</td></tr>"
           "<tr><td style=\"padding-top:16px\"><span style=\"color:#C00000;font-weight:600\">Action Required</span>"
           " &nbsp; Recipient</td></tr>"
           "<tr><td style=\"font-size:17px;font-weight:600;padding-top:12px\">Unknown To address</td></tr>"
           "<tr><td style=\"font-size:21px;color:#000000;padding-top:20px\">How to Fix It</td></tr>"
           "<tr><td style=\"font-size:16px\">The address may be misspelled or may not exist. Try one or more of the following:"
           "<ul><li>Send the message again following these steps: In Outlook, open this non-delivery report (NDR) "
           "and choose <b>Send Again</b> from the Report ribbon. Remove and re-enter the recipient's address.</li>"
           "<li>Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.</li>"
           "</ul></td></tr>"
           "<tr><td style=\"font-size:17px;padding-top:20px\"><b>More Info for Email Admins</b></td></tr>"
           "<tr><td style=\"font-size:14px\">Status code: 550 5.1.10<br><br>This error occurs because the recipient's "
           "email address can't be found in the recipient's email system.<br><br>"
           "<b>Original Message Details</b><br>Created Date: 9/17/2027 6:00:12 AM<br>"
           f"Sender Address: {FT}<br>Recipient Address: {NDR_RCPT}<br>Subject: {esc(REMINDER_SUBJECT)}<br><br>"
           "<b>Error Details</b><br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
           "Recipient not found by SMTP address lookup<br>"
           "DSN generated by: AM0PR07MB6018.eurprd07.prod.outlook.example</td></tr>"
           "</table></body></html>\n")
    alt = m.alternative(NDR_PLAIN, htm, style="outlook", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM0PR07MB6018.eurprd07.prod.outlook.example"),
         ("Received-From-MTA", "dns;mx01.kreis-warendorf.example"),
         ("Arrival-Date", "Fri, 17 Sep 2027 06:00:14 +0000")],
        [("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    headers = m.text(f"""Received: from mx01.kreis-warendorf.example (192.0.2.25) by
 AM0PR07MB6018.eurprd07.prod.outlook.example with Microsoft SMTP Server
 id 15.20.7828.22; Fri, 17 Sep 2027 06:00:14 +0000
From: {FT_NAME} <{FT}>
To: {NDR_RCPT}
Subject: {REMINDER_SUBJECT}
Date: Fri, 17 Sep 2027 08:00:12 +0200
Message-ID: {REMINDER7_ID}
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [alt, dsn, headers], style="outlook",
            params={"report-type": "delivery-status"})


# -- 040 ---------------------------------------------------------------------
# Cancellation the day before, Outlook for iOS, HTML only (UTF-8 base64),
# replying to the 1-day reminder (Workshop 5, 1 person) under Outlook
# mobile's mixed German/English "Von:/Gesendet:" block.

REMINDER1_ID = mailbot_id("20270923080009", "6f0e")
BO_TEXT = ["Liebe Frau Overmeyer,", "",
           "es tut mir furchtbar leid, aber ich liege seit gestern mit Fieber flach und kann morgen "
           "nicht kommen. Bitte streichen Sie mich, vielleicht freut sich ja jemand von der Warteliste "
           "über den Platz.", "",
           "Viele Grüße",
           "Heike Brüning-Ostendorf"]


@mail("bruening-ostendorf-cancel-outlook-ios", "2027-09-23 09:14:30",
      E("cancellation", "heike.bruening@mail.example", "Heike Brüning-Ostendorf", None,
        [], None, "de"), "de")
def _(m):
    me = "Heike Brüning-Ostendorf <heike.bruening@mail.example>"
    m.head(("From", addr("Heike Brüning-Ostendorf", "heike.bruening@mail.example")),
           ("To", TO_FT),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHcLF0xW3n9Tq5Bk0eR2mYp7sVdJg=="),
           ("Date", m.date),
           ("Message-ID", "<DU0P190MB1953E8A1C4F6B27D90A3E5C1B2F4@DU0P190MB1953.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER1_ID),
           ("References", REMINDER1_ID),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    rem = reminder("Frau Brüning-Ostendorf", "WS5", 1, 1)
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div dir="auto">'
           + "".join(f'<div dir="auto">{esc(l) if l else "<br>"}</div>' for l in BO_TEXT)
           + '</div><div dir="auto"><br></div>'
           '<div id="ms-outlook-mobile-signature" dir="auto">Outlook für iOS beziehen</div>'
           '<hr style="display:inline-block;width:98%" tabindex="-1">'
           '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           f"<b>Von:</b> {esc(FT_NAME)} &lt;{FT}&gt;<br>"
           "<b>Gesendet:</b> Thursday, September 23, 2027 8:00:09 AM<br>"
           f"<b>An:</b> {esc(me)}<br>"
           f"<b>Betreff:</b> {esc(REMINDER_SUBJECT)}</font>"
           "<div>&nbsp;</div></div>"
           '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;">'
           '<div class="PlainText">' + "<br>\n".join(esc(l) for l in rem.split("\n"))
           + "</div></span></font></div></body></html>\n")
    m.single(htm, subtype="html", charset="utf-8", cte="base64")


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
ALLOWED_NON_EXAMPLE = {"schemas.microsoft.com", "www.w3.org"}


def header_text(msg):
    out = []
    for p in all_parts(msg):
        for k, v in p.items():
            out.append(f"{k}: {v}")
    return "\n".join(out)


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
    if not (datetime.datetime(2027, 6, 29, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 9, 25, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside the registration period")
    # lines: at most 998 octets without the line end
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF in a CRLF mail")
    # every text part decodes strictly in its declared charset, to the text written
    got_leaves = list(leaves(msg))
    want = m.intended
    if len(got_leaves) != len(want):
        problems.append(f"{len(got_leaves)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got_leaves, want)):
        if isinstance(w, bytes):
            if p.get_payload(decode=True) != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        cs = p.get_content_charset() or "us-ascii"
        raw = p.get_payload(decode=True)
        try:
            strict = raw.decode(cs, errors="strict")
        except (UnicodeDecodeError, LookupError) as exc:
            problems.append(f"part {i}: does not decode as {cs}: {exc}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        if p.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: get_content() differs from the written text")
    # example domains only (decoded headers and text, nested messages included)
    texts = [header_text(msg)]
    for p in all_parts(msg):
        if p.get_content_maintype() == "text":
            texts.append(p.get_content())
    text = "\n".join(texts)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"(?:https?://|www\.)([\w.-]+)", text):
        dom = dom.rstrip(".")
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_NON_EXAMPLE \
                and ("www." + dom) not in ALLOWED_NON_EXAMPLE:
            problems.append(f"non-example URL host {dom}")
    problems += check_label(msg, expected, text + "\n" + html.unescape(text))
    return problems


def check_label(msg, e, text):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    k = e["kind"]
    if k not in KINDS:
        problems.append(f"unknown kind {k}")
    wg = e["workgroups"]
    if any(w not in WS_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append("bad workgroups")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups for a kind that has none")
    if k == "registration" and not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and e["party_size"] is not None and e["party_size"] < 1:
        problems.append("bad party_size for change")
    if k not in ("registration", "change") and e["party_size"] is not None:
        problems.append("party_size must be null")
    if k in ("auto_reply", "bounce", "other"):
        for f in ("email", "name", "organisation", "language"):
            if e[f] is not None:
                problems.append(f"{f} must be null for {k}")
    else:
        low = text.lower()
        if not e["email"] or e["email"] != e["email"].lower() or e["email"] not in low:
            problems.append("email missing, not lower-case, or not in the mail")
        if not e["name"] or e["name"].lower() not in low:
            problems.append("name not in the mail")
        if e["organisation"] is not None and e["organisation"].lower() not in low:
            problems.append("organisation not in the mail")
        if not e["language"]:
            problems.append("language missing")
    if k == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")).lower() for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or not any(e["bounced_recipient"] in r for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
        if e["bounced_recipient"] != (e["bounced_recipient"] or "").lower():
            problems.append("bounced_recipient not lower-case")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    return problems


def shape(msg):
    if msg.is_multipart():
        return msg.get_content_type() + "(" + ",".join(shape(p) for p in msg.get_payload()) + ")"
    return msg.get_content_type()


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x language:")
    print("  " + " ".join(f"{l:>3}" for l in langs))
    for k in KINDS:
        print(f"  {k:13}" + " ".join(f"{table[(k, l)]:>3}" for l in langs))
    encs = collections.Counter()
    shapes = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        shapes[shape(msg)] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("MIME shapes:")
    for s, k in sorted(shapes.items()):
        print(f"  {k:3} {s}")
    print("text parts by (type, charset, transfer encoding):")
    for (t, cs, cte), k in sorted(encs.items()):
        print(f"  {t:22} {cs:14} {cte:18} {k}")


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
