#!/usr/bin/env python3
"""Build the "gruppenanmeldungen" set for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty mails to the MSO-Tag 2027 mailbox (the dev config, unchanged) in which
associations register several members at once: bullet and numbered lists,
"Name – AG" lines, tab-separated rows pasted from a spreadsheet, an Outlook
HTML table, CSV attachments with a short covering text; plus single
registrations, changes to such lists, a cancellation of a whole group,
questions, auto-replies, a bounce and other mail.

Every mail text below is written by hand.  The script wraps the texts in MIME
with the standard `email` package, writes the files, then reads every file
back and checks it (see check()).

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
import sys
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
KI_FROM = f"Kommunales Integrationszentrum Münster <{MSO}>"
INVITATION_ID = "<einladung.mso-tag-2027.0112143000@muenster.example>"
REMINDER_ID = "<erinnerung.mso-tag-2027.0215100000@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
AG_IDS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# helpers
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


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"gruppen/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message under construction
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
            host = "mail." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
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
             params=None, headers=None, disposition=None, filename=None):
        p = MIMEPart(policy=POLICY)
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params,
                      disposition=disposition, filename=filename)
        for k, v in (headers or []):
            p[k] = v
        self.intended.append(text)
        return p

    def binary(self, data, maintype, subtype, filename, disposition="attachment"):
        p = MIMEPart(policy=POLICY)
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition=disposition, filename=filename)
        self.intended.append(data)
        return p

    def single(self, text, subtype="plain", charset="utf-8", cte="quoted-printable", params=None):
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            del self.msg[k]
            self.msg[k] = v
        self.intended.append(text)

    def boundary(self, style):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "yandex":
            return f"----==--bound.{int(h[:6], 16)}.myt{int(h[6:8], 16) % 9 + 1}-{h[8:20]}.qloud-c.yandex.example"
        if style == "sendmail":
            return f"2{h[:3]}N{h[3:8].upper()}.{int(h[8:16], 16)}/mx.muenster.example"
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
    part["Content-Type"] = "message/delivery-status"
    payload = []
    for block in blocks:
        b = Message(policy=POLICY)
        for name, value in block:
            b.set_raw(name, value)
        payload.append(b)
    part.set_payload(payload)
    return part


def rfc822_part(inner):
    part = MIMEPart(policy=POLICY)
    part.set_content(inner, cte="7bit")
    return part


# ---------------------------------------------------------------------------
# HTML of the mail clients
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
table.MsoTableGrid
	{{mso-style-priority:39;
	border:solid windowtext 1.0pt;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}}
span.E-MailFormatvorlage17
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=DE link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def mso_table(rows, widths):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
           "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"]
    for r, row in enumerate(rows):
        out.append(f"<tr style='mso-yfti-irow:{r}'>")
        for c, (cell, w) in enumerate(zip(row, widths)):
            border = "solid windowtext 1.0pt"
            style = (f"width:{w}.0pt;border:{border};"
                     + ("border-top:none;" if r else "")
                     + ("border-left:none;" if c else "")
                     + "padding:0cm 5.4pt 0cm 5.4pt")
            content = esc(cell) if cell else ""
            if r == 0:
                content = f"<b>{content}</b>"
            out.append(f"<td width={round(w * 4 / 3)} valign=top style='{style}'>\n"
                       f"<p class=MsoNormal>{content}<o:p></o:p></p>\n</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def outlook_html(blocks, charset="windows-1252", quote=None):
    """blocks: strings (text lines become paragraphs) and ('table', rows, widths)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out += [mso_p(line) for line in b.split("\n")]
        else:
            out.append(mso_table(b[1], b[2]))
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>Von:</b> {esc(von)}<br>\n<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(blocks, quote=None):
    """The text/plain alternative Outlook writes: table cells separated by tabs."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        else:
            out.append("\n".join("\t".join(row) for row in b[1]))
    text = "\n".join(out)
    if quote:
        von, gesendet, an, betreff, quoted = quote
        text += f"\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\nBetreff: {betreff}\n\n{quoted}"
    return text


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution line, quoted text)."""
    d = "rtl" if rtl else "ltr"
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f'<div dir="{d}">{inner}</div>'
    if quote:
        attr, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="{d}" class="gmail_attr">'
                f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>')
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html aria-label=\"message body\"><head><meta http-equiv=\"content-type\" "
            "content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: break-word; "
            "-webkit-nbsp-mode: space; line-break: after-white-space;\">"
            f"{inner}</body></html>\n")


def yandex_html(text):
    inner = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<div>{inner}</div>\n"


# ---------------------------------------------------------------------------
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Aktive in den Migrantenselbstorganisationen,

am Samstag, dem 13. März 2027, findet von 10 bis 16 Uhr im Stadtweinhaus
(Prinzipalmarkt 8, 48143 Münster) der diesjährige Tag der
Migrantenselbstorganisationen statt. Dazu laden wir Sie und die Mitglieder
Ihrer Vereine herzlich ein.

Vormittags erwarten Sie ein Impulsvortrag und Zeit zum Kennenlernen. Nach
der Mittagspause arbeiten wir parallel in drei Arbeitsgruppen:

  Arbeitsgruppe I:   Menschen mit Migrationsvorgeschichte im Bildungssystem
  Arbeitsgruppe II:  Münsters Zukunftsprozess aus der Sicht der Menschen
                     mit Migrationsvorgeschichte
  Arbeitsgruppe III: Förderungsmöglichkeiten und effektives
                     Vereinsmanagement

Anmeldungen nehmen wir bis Samstag, 6. März 2027, unter
mso-tag@muenster.example entgegen. Gern können Sie mehrere Personen Ihres
Vereins in einer E-Mail anmelden; nennen Sie uns dann bitte für jede
Person den Namen und die gewünschte Arbeitsgruppe.

Die Teilnahme ist kostenfrei.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""

REMINDER_SUBJECT = "Erinnerung: Anmeldung zum MSO-Tag bis 6. März"

REMINDER = """Liebe Vereine,

eine kurze Erinnerung: Der Tag der Migrantenselbstorganisationen findet am
Samstag, 13. März 2027, im Stadtweinhaus statt. Wer sich noch nicht
angemeldet hat, kann das bis zum 6. März per Antwort auf diese E-Mail tun,
bitte mit Namen und gewünschter Arbeitsgruppe (I Bildung,
II Zukunftsprozess, III Förderung und Vereinsmanagement).

Viele Grüße
Ihr Team vom Kommunalen Integrationszentrum"""

CONF_SUBJECT = "Anmeldebestätigung – Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(ag, persons):
    """The confirmation mailbot sent (quoted in replies, returned in the bounce)."""
    return f"""Guten Tag,

vielen Dank, Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027
ist bei uns eingegangen.

Wann: Samstag, 13. März 2027, 10:00–16:00 Uhr
Wo:   Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster

Arbeitsgruppe: {AG_LINE[ag]}
Angemeldete Personen: {persons}

Wenn sich etwas ändert oder Sie absagen müssen, antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Team MSO-Tag
Kommunales Integrationszentrum Münster"""


def conf_id(stamp, tag):
    return f"<mailbot.{stamp}.{tag}@muenster.example>"


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
# Thunderbird reply to the invitation (quoted with '>', all three AGs in the
# quote).  Bullet list "- Name – AG n"; the writer is first on the list and
# her members are spread over the three AGs.

@mail("kovacevic-bullets-reply-to-invitation", "2027-01-13 08:47:12",
      E("registration", "marija.kovacevic@kroatischer-kv-ms.example", "Marija Kovačević",
        "Kroatischer Kulturverein Münster e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", addr("Marija Kovačević", "marija.kovacevic@kroatischer-kv-ms.example")),
           ("To", KI_FROM),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6b0e2f4a-91c3-4d7e-b8a5-2c9f1e3d7a60@kroatischer-kv-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebes Team vom Integrationszentrum,

danke für die Einladung, wir sind gern wieder dabei! Für unseren Verein 
melde ich folgende Personen an:

- Marija Kovačević – AG 3
- Ivan Perić – AG 3
- Ana Jurić – AG 1
- Tomislav Babić – AG 2

Ana ist Grundschullehrerin und wollte unbedingt in die Bildungsgruppe, 
Tomislav sitzt bei uns im Vorstand und kümmert sich um alles, was mit 
dem Stadtteil zu tun hat.

Herzliche Grüße
Marija Kovačević

-- 
Kroatischer Kulturverein Münster e.V.
1. Vorsitzende
Tel. 0251 / 27 40 19

Am 12.01.27 um 14:30 schrieb Kommunales Integrationszentrum Münster:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative.  "Name – AG n" lines; the writer says
# the first name is hers.

KOC_TEXT = """Merhaba,

13 Mart'taki Göçmen Dernekleri Günü (MSO-Tag) için derneğimizden dört kişiyi kaydettirmek istiyoruz:

Serpil Koç – AG 1
Hatice Yavuz – AG 1
Elif Şimşek – AG 3
Zeynep Aydoğan – AG 1

Listedeki ilk isim benim, derneğin başkanıyım. Elif Hanım dernekte muhasebeye baktığı için 3. gruba katılmak istiyor, geri kalanımız eğitim grubuna.

Saygılarımla,
Serpil Koç
Anadolu Kadın Dayanışma Derneği Münster
Tel: 0152 0413 7789"""


@mail("koc-turkish-name-dash-ag", "2027-01-14 19:22:40",
      E("registration", "serpil.koc@anadolu-kadin-ms.example", "Serpil Koç",
        "Anadolu Kadın Dayanışma Derneği Münster", ["AG1"], 4, "tr"), "tr")
def _(m):
    m.head(("From", addr("Serpil Koç", "serpil.koc@anadolu-kadin-ms.example")),
           ("To", MSO),
           ("Subject", ew("MSO-Tag 2027 kaydı – Anadolu Kadın Dayanışma Derneği", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq8Zt1WbX0cR7nYv2mQ9eP4sL6hJ8dK1fG5aT3uN0xB9oHw@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOC_TEXT, gmail_html(KOC_TEXT), cte="quoted-printable", style="gmail")


# -- 003 ---------------------------------------------------------------------
# Rows copied out of a spreadsheet: tab-separated, columns Nachname / Vorname
# / Arbeitsgruppe (only the number) / Telefon, some cells empty.  The writer
# is in the third row (AG 1) while most of her group is in AG 2.

@mail("hoelscher-tab-rows-from-spreadsheet", "2027-01-15 10:05:33",
      E("registration", "linh.hoelscher@dvfk-muenster.example", "Linh Hölscher",
        "Deutsch-Vietnamesischer Freundeskreis Münster e.V.", ["AG1"], 5, "de"), "de")
def _(m):
    m.head(("From", addr("Linh Hölscher", "linh.hoelscher@dvfk-muenster.example")),
           ("To", MSO),
           ("Subject", "Anmeldung Deutsch-Vietnamesischer Freundeskreis"),
           ("Date", m.date),
           ("Message-ID", "<trinity-0d4f7b2e-6a18-4c93-8e51-b7a2c0f9d314-1768467933204@3c-app-webde-bap41>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir möchten uns mit fünf Personen zum MSO-Tag am 13.03. anmelden. Ich habe die Liste einfach aus unserer Vereinstabelle kopiert:

Nachname\tVorname\tArbeitsgruppe\tTelefon
Nguyen\tVan Minh\t2\t0151 2345 8810
Pham\tThi Lan\t2\t
Hölscher\tLinh\t1\t0251 6 18 27 40
Do\tThu Trang\t2\t
Hoang\tBao Anh\t3\t0176 9812 3341

Die Zahlen in der dritten Spalte sind die Arbeitsgruppen aus Ihrer Einladung.

Viele Grüße
Linh Hölscher
Schriftführerin
Deutsch-Vietnamesischer Freundeskreis Münster e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Arabic, Gmail alternative, right-to-left, base64.  Numbered list with
# Arabic-Indic digits for the positions and the workgroup numbers.

ALALI_TEXT = """السلام عليكم،

أود تسجيل ثلاثة أشخاص من جمعيتنا في يوم منظمات المهاجرين (MSO-Tag) يوم السبت ١٣ آذار:

١. نادر العلي – مجموعة العمل ٢
٢. سلمى قاسم – مجموعة العمل ٢
٣. يوسف الخطيب – مجموعة العمل ٣

يوسف هو أمين الصندوق في الجمعية، ولذلك يريد المشاركة في مجموعة التمويل وإدارة الجمعيات.

مع الشكر والتقدير
نادر العلي
الجمعية العربية للثقافة في مونستر"""


@mail("al-ali-arabic-numbered-list", "2027-01-15 21:40:05",
      E("registration", "nader.alali@arab-kultur-ms.example", "نادر العلي",
        "الجمعية العربية للثقافة في مونستر", ["AG2"], 3, "ar"), "ar")
def _(m):
    m.head(("From", addr("نادر العلي", "nader.alali@arab-kultur-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل في يوم منظمات المهاجرين", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAHn5vR2x8JkT0qW3eY7uI1oP9aS4dF6gH2jK5lZ8xC1vB4nM7q@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALALI_TEXT, gmail_html(ALALI_TEXT, rtl=True), cte="base64", style="gmail")


# -- 005 ---------------------------------------------------------------------
# Outlook, HTML only, windows-1252 quoted-printable.  The members are in a
# Word table (Name | Funktion im Verein | Arbeitsgruppe); the writer is the
# first row.

ASLAN_BLOCKS = [
    """Sehr geehrte Damen und Herren,

hiermit melden wir uns für den Tag der Migrantenselbstorganisationen am 13. März an. Wer von uns kommt und in welche Arbeitsgruppe, sehen Sie in der Tabelle:
""",
    ("table", [["Name", "Funktion im Verein", "Arbeitsgruppe"],
               ["Rojda Aslan", "Vorsitzende", "AG 2"],
               ["Dilan Tekin", "Hausaufgabenhilfe", "AG 1"],
               ["Berivan Ekinci", "Frauencafé", "AG 2"],
               ["Zozan Demir", "Kassenwartin", "AG 3"]], [150, 140, 90]),
    """
Vielen Dank und freundliche Grüße

Rojda Aslan
Vorsitzende
Kurdischer Frauenverein Jiyan Münster e.V.
Hammer Straße 112 · 48153 Münster""",
]


@mail("aslan-outlook-html-table", "2027-01-18 11:12:48",
      E("registration", "r.aslan@jiyan-frauenverein.example", "Rojda Aslan",
        "Kurdischer Frauenverein Jiyan Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Aslan, Rojda" <r.aslan@jiyan-frauenverein.example>'),
           ("To", MSO),
           ("Subject", ew("Anmeldung MSO-Tag – Frauenverein Jiyan", "windows-1252", "q")),
           ("Thread-Topic", ew("Anmeldung MSO-Tag – Frauenverein Jiyan", "windows-1252", "q")),
           ("Thread-Index", "AdtpQm7Kx3R2b0nSTUq1vWn4Lh9c8A=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7315C0D4E2A19F6B8E3A7C21D4F0@DB9PR02MB7315.eurprd02.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(ASLAN_BLOCKS), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Gmail with a CSV attachment (text/csv, UTF-8, base64) and a two-line
# covering text.  The names, workgroups and a remark "nur nachmittags" are
# only in the attachment; the cover says 6 persons.

OKEKE_TEXT = """Hallo zusammen,

anbei unsere Anmeldeliste für den 13. März als CSV-Datei (6 Personen).

Viele Grüße
Chidinma Okeke
Igbo Union Münster e.V."""

OKEKE_CSV = """Nachname,Vorname,Arbeitsgruppe,E-Mail,Bemerkung
Okeke,Chidinma,AG 1,chidinma.okeke@igbo-union-ms.example,
Eze,Obinna,AG 3,obinna.eze@mail.example,
Nwosu,Adaeze,AG 1,,
Anyanwu,Emeka,AG 2,emeka.anyanwu@mail.example,nur nachmittags
Chukwu,Ngozi,AG 1,,
Obi,Chinedu,AG 3,chinedu.obi@mail.example,
"""


@mail("okeke-csv-attachment", "2027-01-19 16:30:02",
      E("registration", "chidinma.okeke@igbo-union-ms.example", "Chidinma Okeke",
        "Igbo Union Münster e.V.", ["AG1"], 6, "de"), "de")
def _(m):
    m.head(("From", "Chidinma Okeke <chidinma.okeke@igbo-union-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldeliste MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<CAM8wq1Pz4XbR9tY2nV6cK0eJ3sH7dG5fL8aQ1uT4oW9mZ2xBvA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(OKEKE_TEXT, gmail_html(OKEKE_TEXT), cte="quoted-printable",
                        style="gmail", top=False)
    csv = m.text(OKEKE_CSV, subtype="csv", charset="utf-8", cte="base64",
                 disposition="attachment", filename="Anmeldung_MSO-Tag_IgboUnion.csv",
                 headers=[("Content-ID", "<f_m6k2q9xz0>"), ("X-Attachment-Id", "f_m6k2q9xz0")])
    m.multi("mixed", [alt, csv], style="gmail")


# -- 007 ---------------------------------------------------------------------
# Russian, Yandex-style alternative (UTF-8 base64).  The fourth person only
# "maybe" comes; the writer says she will write separately and that for now
# they are three.  Organisation written in German inside the Russian text.

BECKER_TEXT = """Здравствуйте!

Хочу зарегистрировать нашу группу от Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster на День организаций мигрантов 13 марта:

1. Татьяна Беккер — AG 1 (образование)
2. Ольга Шмидт — AG 1
3. Виктор Классен — AG 2
4. Лидия Вормсбехер — может быть, она ещё не знает точно, сможет ли. Если сможет, я вам напишу отдельно.

Так что пока нас трое.

С уважением,
Татьяна Беккер"""


@mail("becker-russian-one-maybe", "2027-01-20 12:14:55",
      E("registration", "t.becker@lmdr-muenster.example", "Татьяна Беккер",
        "Landsmannschaft der Deutschen aus Russland, Ortsgruppe Münster", ["AG1"], 3, "ru"), "ru")
def _(m):
    m.head(("From", addr("Татьяна Беккер", "t.becker@lmdr-muenster.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на MSO-Tag 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<2718301737371695@mail.yandex.example>"),
           ("X-Mailer", "Yamail [ http://yandex.example ] 5.0"),
           ("MIME-Version", "1.0"))
    m.alternative(BECKER_TEXT, yandex_html(BECKER_TEXT), cte="base64", style="yandex")


# -- 008 ---------------------------------------------------------------------
# English, Apple Mail alternative.  Bullets "•", "Workgroup n"; one member
# can only come in the afternoon (he is still counted: the AGs are in the
# afternoon).

OKELLO_TEXT = """Hello,

following your invitation, the Uganda Community Münster would like to register these members for the MSO day:

• Moses Okello – Workgroup 3
• Grace Nakato – Workgroup 3
• Peter Ssempala – Workgroup 2 (he can only come in the afternoon, he works the early shift that Saturday)
• Ruth Namubiru – Workgroup 3

Looking forward to it!

Moses Okello
Secretary
Uganda Community Münster e.V."""


@mail("okello-english-afternoon-only", "2027-01-21 09:58:17",
      E("registration", "moses.okello@uganda-community-ms.example", "Moses Okello",
        "Uganda Community Münster e.V.", ["AG3"], 4, "en"), "en")
def _(m):
    m.head(("From", "Moses Okello <moses.okello@uganda-community-ms.example>"),
           ("To", MSO),
           ("Subject", "Registration - Uganda Community, 13 March"),
           ("Date", m.date),
           ("Message-ID", "<3F8A1C27-5D4E-4B90-A2C6-7E1D9B0F4A53@uganda-community-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.alternative(OKELLO_TEXT, apple_html(OKELLO_TEXT), cte="quoted-printable", style="apple")


# -- 009 ---------------------------------------------------------------------
# Farsi, Gmail alternative RTL, base64.  Everyone in the same AG (stated once
# above the list), "۵ نفر" with a Persian digit.

NOWRUZI_TEXT = """سلام و وقت بخیر،

ما با ۵ نفر از کانون فرهنگی ایرانیان مونستر در روز ۱۳ مارس شرکت می‌کنیم. همه‌ی ما می‌خواهیم در کارگروه ۱ (آموزش و مدرسه) باشیم، چون بیشتر اعضای ما پدر و مادر دانش‌آموز هستند:

- فرشته نوروزی
- بهرام صادقی
- لیلا کاظمی
- نیما فرهادی
- سارا جعفری

با سپاس فراوان
فرشته نوروزی
کانون فرهنگی ایرانیان مونستر"""


@mail("nowruzi-farsi-all-same-ag", "2027-01-22 20:41:29",
      E("registration", "fereshteh.nowruzi@kanoon-iran-ms.example", "فرشته نوروزی",
        "کانون فرهنگی ایرانیان مونستر", ["AG1"], 5, "fa"), "fa")
def _(m):
    m.head(("From", addr("فرشته نوروزی", "fereshteh.nowruzi@kanoon-iran-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("ثبت‌نام برای روز سازمان‌های مهاجران", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJp2Rk9vB3xT6wQ0nY8mE4sF1dL7hG2aK5uZ9cX3oV6tN1qWeR@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOWRUZI_TEXT, gmail_html(NOWRUZI_TEXT, rtl=True), cte="base64", style="gmail")


# -- 010 ---------------------------------------------------------------------
# Italian webmail, text/plain ISO-8859-1 quoted-printable.  "Nome - AG n"
# lines, one "viene solo il pomeriggio".

@mail("russo-italian-dash-list", "2027-01-25 14:07:03",
      E("registration", "francesca.russo@agim-muenster.example", "Francesca Russo",
        "Associazione Genitori Italiani Münster e.V.", ["AG1"], 4, "it"), "it")
def _(m):
    m.head(("From", "Francesca Russo <francesca.russo@agim-muenster.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione MSO-Tag - Associazione Genitori Italiani"),
           ("Date", m.date),
           ("Message-ID", "<1769346423.4410.2207.webmail@agim-muenster.example>"),
           ("X-Mailer", "Libero Mail 4.2"),
           ("MIME-Version", "1.0"))
    m.single("""Buongiorno,

vi scrivo per iscrivere alcuni soci della nostra associazione alla giornata del 13 marzo:

Francesca Russo - AG 1
Marco De Luca - AG 1
Anna Ferraro - AG 2
Salvatore Greco - AG 1 (viene solo il pomeriggio, la mattina è al mercato)

Io sono la prima della lista. Grazie e a presto!

Cordiali saluti
Francesca Russo
Associazione Genitori Italiani Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Learner German; the writer does not come and registers three members, all
# in AG 3, and wants the confirmation himself.  name = the first attendee.

@mail("sultani-learner-writer-not-on-list", "2027-01-26 18:33:10",
      E("registration", "nabi.sultani@afghan-kultur-ms.example", "Ahmad Samadi",
        "Afghanischer Kulturverein Münster", ["AG3"], 3, "de"), "de")
def _(m):
    m.head(("From", "M. Nabi Sultani <nabi.sultani@afghan-kultur-ms.example>"),
           ("To", MSO),
           ("Subject", "anmeldung fur MSO tag"),
           ("Date", m.date),
           ("Message-ID", "<PAXP193MB1408B2D7C51E4A09F3E6D1A8C2B7@PAXP193MB1408.EURP193.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Ich schreibe fur unsere Verein, Afghanischer Kulturverein Münster. Ich selber kann nicht kommen am 13 März, ich muss arbeiten. Aber diese Mitglieder wollen kommen, bitte anmelden:

1) Ahmad Samadi
2) Zahra Samadi
3) Hamid Noori

Alle drei wollen in die Arbeitsgrupe 3 (Förderung und Verein). Wir wollen lernen wie man Geld beantragen für Verein.

Bitte schicken Sie die Bestätigung an mich, ich sage es weiter.

Vielen Dank
Mohammad Nabi Sultani
Afghanischer Kulturverein Münster
""", charset="iso-8859-15", cte="8bit")


# -- 012 ---------------------------------------------------------------------
# iPhone, three people in one line ("melde mich + X + Y"), all AG 2.  The
# signature gives only the first name; the display name has the full name.

@mail("erdogan-iphone-me-plus-two", "2027-01-27 07:52:44",
      E("registration", "canan.erdogan@mail.example", "Canan Erdoğan",
        "Türkische Jugend Kinderhaus", ["AG2"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Canan Erdoğan", "canan.erdogan@mail.example")),
           ("To", MSO),
           ("Subject", "MSO Tag"),
           ("Date", m.date),
           ("Message-ID", "<9A4E2B71-C3D8-4F06-B5E1-0D7C2A8F6E49@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Hallo,

melde mich + Mehmet Yılmaz + Ayşe Kaya für den 13.3. an, wir wollen alle drei in die AG 2 (Zukunftsprozess). Wir kommen für den Verein Türkische Jugend Kinderhaus.

LG Canan

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# A single registration (Outlook alternative, UTF-8): Roman numerals, first
# and second choice, "Ich komme allein".

LUKIC_TEXT = """Sehr geehrte Damen und Herren,

ich möchte mich gern für den Tag der Migrantenselbstorganisationen am 13. März anmelden. Am meisten interessiert mich die Arbeitsgruppe II zum Zukunftsprozess; falls dort kein Platz mehr frei ist, nehme ich gern die Arbeitsgruppe I.

Ich komme allein.

Mit freundlichen Grüßen
Dragana Lukić
Serbischer Kultur- und Sportverein Münster e.V."""


@mail("lukic-single-ii-else-i", "2027-01-28 10:21:36",
      E("registration", "dragana.lukic@sksv-muenster.example", "Dragana Lukić",
        "Serbischer Kultur- und Sportverein Münster e.V.", ["AG2", "AG1"], 1, "de"), "de")
def _(m):
    m.head(("From", '=?utf-8?q?Luki=C4=87=2C_Dragana?= <dragana.lukic@sksv-muenster.example>'),
           ("To", MSO),
           ("Subject", "Anmeldung zum Tag der MSO"),
           ("Thread-Topic", "Anmeldung zum Tag der MSO"),
           ("Thread-Index", "AdtxR0l9nq2Wc7TZRkK0a8m3uY5pJQ=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR04MB8452F1E07C3B9D26A4E5F0B1C9D8@AS8PR04MB8452.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    blocks = [LUKIC_TEXT]
    m.alternative(outlook_plain(blocks), outlook_html(blocks, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 014 ---------------------------------------------------------------------
# Change to 001: one member is taken off the list ("Bitte streichen Sie Ivan
# Perić"); the quoted confirmation says 4 persons, so 3 remain.

@mail("kovacevic-remove-one-member", "2027-01-29 09:03:58",
      E("change", "marija.kovacevic@kroatischer-kv-ms.example", "Marija Kovačević",
        None, [], 3, "de"), "de")
def _(m):
    cid = conf_id("20270113084720", "3f1a")
    m.head(("From", addr("Marija Kovačević", "marija.kovacevic@kroatischer-kv-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e4a1c7d2-08b3-4f59-a6e2-91d3b5c7f028@kroatischer-kv-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

eine kleine Änderung: Bitte streichen Sie Ivan Perić von unserer Liste, er hat an dem Wochenende leider eine Familienfeier in Split. Die anderen drei kommen wie angemeldet.

Danke und viele Grüße
Marija Kovačević

Am 13.01.27 um 08:47 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(confirmation("AG3", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Outlook plain text, windows-1252.  Numbered list; the fourth person
# "kommt vielleicht" but the writer asks to enter him anyway (counted: 4).

@mail("bayram-numbered-maybe-but-enter-him", "2027-02-01 13:45:21",
      E("registration", "yusuf.bayram@igc-coerde.example", "Yusuf Bayram",
        "Islamische Gemeinde Coerde e.V.", ["AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "Yusuf Bayram <yusuf.bayram@igc-coerde.example>"),
           ("To", MSO),
           ("Subject", ew("Anmeldung Islamische Gemeinde Coerde – MSO-Tag", "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<001f01db74a2$6c3e9b10$44bad130$@igc-coerde.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtzpPq2ZkR0Wm1xTlCj7n4Yb8e3Mg=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

für die Islamische Gemeinde Coerde e.V. melde ich folgende Personen zum Tag der Migrantenselbstorganisationen an:

1. Yusuf Bayram – AG 3
2. Melek Bayram – AG 3
3. Cem Kurt – AG 1
4. Ercan Tunç – AG 3, kommt vielleicht, er weiß noch nicht, ob er an dem Samstag frei bekommt. Tragen Sie ihn bitte trotzdem schon mit ein, ich gebe Bescheid, falls er absagen muss.

Mit freundlichen Grüßen
Yusuf Bayram
Vorstand
Islamische Gemeinde Coerde e.V.
""", charset="windows-1252", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# English, Outlook alternative with a Word table (plain part: cells separated
# by tabs).  The writer does not attend; name = the first listed attendee.

NAIR_BLOCKS = [
    """Dear MSO-Tag team,

On behalf of the Indian Association Münster e.V. I would like to register three of our members for 13 March. I won't be able to attend myself, so please send all information to me and I will pass it on.
""",
    ("table", [["Name", "Workgroup", "Remarks"],
               ["Arjun Menon", "2", ""],
               ["Lakshmi Iyer", "1", ""],
               ["Rahul Verma", "2", "afternoon only (arrives around 1 pm)"]], [140, 80, 200]),
    """
Many thanks,
Priya Nair
Secretary
Indian Association Münster e.V.""",
]


@mail("nair-english-outlook-table-writer-absent", "2027-02-02 10:12:09",
      E("registration", "priya.nair@iam-muenster.example", "Arjun Menon",
        "Indian Association Münster e.V.", ["AG2"], 3, "en"), "en")
def _(m):
    m.head(("From", '"Nair, Priya" <priya.nair@iam-muenster.example>'),
           ("To", MSO),
           ("Subject", "Registration for MSO Day - Indian Association"),
           ("Thread-Topic", "Registration for MSO Day - Indian Association"),
           ("Thread-Index", "AQHbdR2mX7c0Kp9Wq1nZ4sLb6eT3Yg=="),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB4127A3E6D0C9F21B57E8D4A6F1C0@VI1PR09MB4127.eurprd09.prod.outlook.example>"),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    html_text = outlook_html(NAIR_BLOCKS, charset="utf-8").replace("<body lang=DE", "<body lang=EN-GB")
    m.alternative(outlook_plain(NAIR_BLOCKS), html_text,
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 017 ---------------------------------------------------------------------
# Turkish single registration from a Samsung phone, text/plain UTF-8 base64;
# the request is phrased as a question ("yazabilir misiniz?").

@mail("oeztuerk-turkish-single-phone", "2027-02-03 07:10:44",
      E("registration", "hakan.ozturk@mail.example", "Hakan Öztürk",
        "Münster Alevi Kültür Derneği", ["AG2"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Hakan Öztürk", "hakan.ozturk@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Kayıt 13 Mart", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<q8v2n5.1770099044.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

ben Hakan Öztürk, Münster Alevi Kültür Derneği üyesiyim. 13 Mart'taki toplantıya katılmak istiyorum, beni 2. çalışma grubuna (Münster'in geleceği) yazabilir misiniz?

Teşekkürler
Hakan

Samsung Galaxy akıllı telefonumdan gönderildi.""", charset="utf-8", cte="base64")


# -- 018 ---------------------------------------------------------------------
# Vacation reply (Turkish and German) to the confirmation of 017, without any
# Auto-Submitted / X-Autoreply header: only the subject and text show it.

@mail("oeztuerk-vacation-reply-no-header", "2027-02-03 07:10:58",
      E("auto_reply"), "tr")
def _(m):
    cid = conf_id("20270203071052", "a7c3")
    m.head(("From", addr("Hakan Öztürk", "hakan.ozturk@mail.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", ew("Otomatik yanıt: " + CONF_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<vacation.1770099058.5521@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

3 - 17 Şubat tarihleri arasında izindeyim ve e-postalarımı okuyamıyorum. Döndükten sonra size cevap vereceğim.

Guten Tag, ich bin vom 3. bis 17. Februar im Urlaub und lese in dieser Zeit keine E-Mails.

Hakan Öztürk""", charset="utf-8", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# Question from the writer of 016, replying to the confirmation (Outlook,
# English header block).  No change: she asks whether her members get their
# own confirmation and what to bring.

@mail("nair-question-own-confirmations", "2027-02-03 15:26:37",
      E("question", "priya.nair@iam-muenster.example", "Priya Nair", None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270202101218", "c09e")
    m.head(("From", '"Nair, Priya" <priya.nair@iam-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONF_SUBJECT),
           ("Thread-Topic", CONF_SUBJECT),
           ("Thread-Index", "AQHbdR2mX7c0Kp9Wq1nZ4sLb6eT3YoAAkUSR"),
           ("Date", m.date),
           ("Message-ID", "<VI1PR09MB41278E2C5A0D7F34B61C9E0A2D5B@VI1PR09MB4127.eurprd09.prod.outlook.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Accept-Language", "en-GB, de-DE"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(f"""Dear team,

Thank you for the quick confirmation. Two small questions: will Arjun, Lakshmi and Rahul receive their own confirmation e-mails, or should I forward yours to them? And do they need to bring anything on the day, e.g. an ID or a printout?

Best regards,
Priya Nair

From: Tag der Migrantenselbstorganisationen <{MSO}>
Sent: Tuesday, February 2, 2027 10:12 AM
To: Nair, Priya <priya.nair@iam-muenster.example>
Subject: {CONF_SUBJECT}

{confirmation("AG2", 3)}
""", charset="utf-8", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# Outlook with a German-Excel CSV (semicolons, windows-1252, CRLF) attached
# as application/vnd.ms-excel.  Sent from the office mailbox; the signing
# staff member does not come.  All four in AG 2 (cover and file).

LOPEZ_TEXT = """Guten Tag,

im Anhang schicke ich Ihnen die Liste der Personen, die von unserem Verein am MSO-Tag teilnehmen. Alle vier möchten in die AG 2. Ich selbst bin an dem Tag leider verhindert.

Mit freundlichen Grüßen
Carmen López
Büro – Spanischer Elternverein Münster e.V."""

LOPEZ_CSV = ("Name;Arbeitsgruppe;Anmerkung\r\n"
             "Luis García Pérez;AG 2;\r\n"
             "Rosa Martín Sánchez;AG 2;\r\n"
             "Javier Ortega;AG 2;kommt erst nachmittags\r\n"
             "Pilar Navarro;AG 2;\r\n").encode("windows-1252")


@mail("lopez-semicolon-csv-office-mailbox", "2027-02-04 11:48:20",
      E("registration", "buero@spanischer-elternverein-ms.example", "Luis García Pérez",
        "Spanischer Elternverein Münster e.V.", ["AG2"], 4, "de"), "de")
def _(m):
    m.head(("From", ew("Spanischer Elternverein Münster – Büro", "windows-1252", "q")
            + " <buero@spanischer-elternverein-ms.example>"),
           ("To", MSO),
           ("Subject", "Teilnehmerliste MSO-Tag"),
           ("Thread-Topic", "Teilnehmerliste MSO-Tag"),
           ("Thread-Index", "Adt2vQ0oLx1sWc8pR4mGk7Tz2bN9Fw=="),
           ("Date", m.date),
           ("Message-ID", "<000c01db76f3$1a2b3c40$4e5f6a70$@spanischer-elternverein-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    blocks = [LOPEZ_TEXT]
    alt = m.alternative(outlook_plain(blocks), outlook_html(blocks, charset="windows-1252"),
                        charset="windows-1252", cte="quoted-printable", style="outlook", top=False)
    csv = m.binary(LOPEZ_CSV, "application", "vnd.ms-excel", "Teilnehmende_MSO-Tag_2027.csv")
    m.multi("mixed", [alt, csv], style="outlook")


# -- 021 ---------------------------------------------------------------------
# Arabic, Outlook alternative in windows-1256.  All four in the third AG
# (named once above the list, as an ordinal word).

MAHMOUD_TEXT = """مرحباً،

نرغب نحن في جمعية النساء العربيات في مونستر بالمشاركة في يوم منظمات المهاجرين. سنحضر أربع نساء، وكلنا نريد مجموعة العمل الثالثة (التمويل وإدارة الجمعيات):

- حنان محمود
- رنا السيد
- منى حسن
- دعاء إبراهيم

شكراً جزيلاً
حنان محمود
رئيسة جمعية النساء العربيات في مونستر"""


@mail("mahmoud-arabic-cp1256-all-third", "2027-02-05 17:02:51",
      E("registration", "hanan.mahmoud@nisaa-arabiyat-ms.example", "حنان محمود",
        "جمعية النساء العربيات في مونستر", ["AG3"], 4, "ar"), "ar")
def _(m):
    m.head(("From", addr("حنان محمود", "hanan.mahmoud@nisaa-arabiyat-ms.example", "windows-1256", "b")),
           ("To", MSO),
           ("Subject", ew("تسجيل جمعية النساء العربيات", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<002a01db77c8$3d4e5f60$b7c8d9e0$@nisaa-arabiyat-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    blocks = [MAHMOUD_TEXT]
    html_text = outlook_html(blocks, charset="windows-1256").replace(
        "<body lang=DE", "<body lang=AR-SA dir=RTL")
    m.alternative(outlook_plain(blocks), html_text, charset="windows-1256",
                  cte="quoted-printable", style="outlook")


# -- 022 ---------------------------------------------------------------------
# Change to 002, Turkish Gmail reply: one more person is added ("aynı gruba",
# no AG named), five in total.

KOC_ADD_TEXT = """Merhaba,

listemize bir kişi daha eklemek istiyoruz: Gülsüm Tekin. O da bizimle aynı gruba katılacak. Böylece toplam beş kişi oluyoruz.

Teşekkürler,
Serpil Koç"""


@mail("koc-turkish-add-one-member", "2027-02-08 09:14:06",
      E("change", "serpil.koc@anadolu-kadin-ms.example", "Serpil Koç",
        None, [], 5, "tr"), "tr")
def _(m):
    cid = conf_id("20270114192251", "8d02")
    m.head(("From", addr("Serpil Koç", "serpil.koc@anadolu-kadin-ms.example")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3kq8Zu7NcY2dS4oWb9rM1fQ6tK0iL3eJ8gH2bU5vP7yC1pIx@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    attr = f"Tag der Migrantenselbstorganisationen <{MSO}>, 14 Oca 2027 Per, 19:22 tarihinde şunu yazdı:"
    conf = confirmation("AG1", 4)
    plain = f"{KOC_ADD_TEXT}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(KOC_ADD_TEXT, quote=(attr, conf)),
                  cte="quoted-printable", style="gmail")


# -- 023 ---------------------------------------------------------------------
# Learner German (Ukrainian writer), text/plain UTF-8 8bit.  "(ich)" marks
# the writer in the list; everyone the same AG with a fallback for all.

@mail("melnyk-learner-all-ag1-else-ag3", "2027-02-08 21:37:45",
      E("registration", "oksana.melnyk@ukr-verein-ms.example", "Oksana Melnyk",
        "Ukrainischer Verein Münster e.V.", ["AG1", "AG3"], 4, "de"), "de")
def _(m):
    m.head(("From", "Oksana Melnyk <oksana.melnyk@ukr-verein-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung 4 Personen Ukrainischer Verein"),
           ("Date", m.date),
           ("Message-ID", "<1770583065.281937104@f512.ukr-verein-ms.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich möchte anmelden 4 Personen von Ukrainischer Verein Münster e.V. für Tag der Migrantenselbstorganisationen:

• Oksana Melnyk (ich)
• Iryna Kovalchuk
• Andrii Shevchuk
• Nataliia Bondar

Wir alle möchten zusammen in Arbeitsgruppe 1, Bildung, weil wir haben viele Kinder in Schule. Wenn Gruppe 1 ist schon voll, dann bitte alle in Gruppe 3.

Vielen Dank!
Mit freundlichen Grüßen
Oksana Melnyk
""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Russian, windows-1251 8bit (The Bat!).  Rows pasted from a spreadsheet,
# tab-separated, column "ФИО" surname first; the writer is the first row,
# and signs with first name first.

@mail("petrenko-russian-cp1251-tab-rows", "2027-02-09 12:29:31",
      E("registration", "anna.petrenko@matrjoschka-ms.example", "Анна Петренко",
        "Родительский клуб «Матрёшка» e.V.", ["AG2"], 5, "ru"), "ru")
def _(m):
    m.head(("From", addr("Анна Петренко", "anna.petrenko@matrjoschka-ms.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Список участников от клуба «Матрёшка»", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1843029712.20270209122931@matrjoschka-ms.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("Reply-To", addr("Анна Петренко", "anna.petrenko@matrjoschka-ms.example", "windows-1251", "b")),
           ("MIME-Version", "1.0"))
    m.single("""Добрый день!

Отправляю список наших участников на 13 марта. Скопировала из таблицы, надеюсь, всё видно:

ФИО\tРабочая группа\tТелефон
Петренко Анна\tAG 2\t0157 3344 2190
Ковалёва Марина\tAG 1\t
Зайцев Дмитрий\tAG 2\t0176 5521 0873
Лебедева Екатерина\tAG 1\t
Морозов Игорь\tAG 3\t

Итого 5 человек.

--
С уважением,
Анна Петренко
председатель
Родительский клуб «Матрёшка» e.V.
""", charset="windows-1251", cte="8bit")


# -- 025 ---------------------------------------------------------------------
# Question: may one person send a list for 8-10 people, and must the AGs be
# fixed now?  Nobody is registered yet.

@mail("benhaddou-question-list-or-individually", "2027-02-10 08:55:19",
      E("question", "samira.benhaddou@mkv-muenster.example", "Samira Benhaddou",
        "Marokkanischer Kulturverein Münster e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "Samira Benhaddou <samira.benhaddou@mkv-muenster.example>"),
           ("To", MSO),
           ("Subject", "Frage zur Anmeldung mehrerer Personen"),
           ("Date", m.date),
           ("Message-ID", "<003101db7b91$8e9fa0b0$abb0e210$@mkv-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir würden gern mit mehreren Leuten aus unserem Verein zum MSO-Tag kommen, wahrscheinlich acht bis zehn Personen. Reicht es, wenn ich Ihnen eine Liste mit allen Namen schicke, oder muss sich jede Person einzeln per Mail anmelden? Und müssen wir die Arbeitsgruppen jetzt schon festlegen? Einige wissen das noch nicht.

Danke im Voraus!
Samira Benhaddou
Marokkanischer Kulturverein Münster e.V.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Italian single registration from an iPhone; "gruppo di lavoro 3", "Vengo
# da solo".

@mail("bianchi-italian-single-iphone", "2027-02-11 19:03:27",
      E("registration", "lorenzo.bianchi@mail.example", "Lorenzo Bianchi",
        "Associazione Siciliani a Münster", ["AG3"], 1, "it"), "it")
def _(m):
    m.head(("From", "Lorenzo Bianchi <lorenzo.bianchi@mail.example>"),
           ("To", MSO),
           ("Subject", "Iscrizione 13 marzo"),
           ("Date", m.date),
           ("Message-ID", "<B7E05C2A-4F19-4D83-9A6E-31C8F0D2B7A4@mail.example>"),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Salve,

mi chiamo Lorenzo Bianchi e sono socio dell'Associazione Siciliani a Münster. Vorrei iscrivermi alla giornata del 13 marzo, gruppo di lavoro 3 (finanziamenti e gestione delle associazioni). Vengo da solo.

Grazie mille
Lorenzo

Inviato da iPhone""", charset="utf-8", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Newsletter of a regional network (other): bulk headers, workshops with
# their own "Anmeldung", words like Arbeitsgruppe and Vereinsmanagement.

NEWSLETTER_TEXT = """Netzwerk Vielfalt NRW – Newsletter Februar 2027

Liebe Mitgliedsorganisationen,

in dieser Ausgabe:

1) Neues Förderprogramm "Engagiert vor Ort"
Vereine können bis 30. April Zuschüsse von bis zu 5.000 Euro für
Projekte der Nachbarschaftsarbeit beantragen. Alle Infos:
https://netzwerk-vielfalt-nrw.example/foerderung

2) Online-Seminar "Vereinsmanagement kompakt"
Dienstag, 23. Februar, 18–20 Uhr. Kassenführung, Mitgliederlisten,
Datenschutz. Anmeldung über das Formular auf unserer Website.

3) Arbeitsgruppe Bildung sucht Mitstreiter*innen
Unsere landesweite AG trifft sich monatlich digital. Interessierte
melden sich bei bildung@netzwerk-vielfalt-nrw.example.

Sie erhalten diesen Newsletter, weil Ihre Organisation Mitglied im
Netzwerk Vielfalt NRW ist. Abmelden:
https://netzwerk-vielfalt-nrw.example/newsletter/abmelden"""


@mail("netzwerk-vielfalt-newsletter", "2027-02-12 06:00:04",
      E("other"), "de")
def _(m):
    m.head(("From", "Netzwerk Vielfalt NRW <newsletter@netzwerk-vielfalt-nrw.example>"),
           ("To", MSO),
           ("Subject", ew("Newsletter Februar: Förderprogramm, Online-Seminar, AG Bildung", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-02.7731.mso-tag=muenster.example@news.netzwerk-vielfalt-nrw.example>"),
           ("List-Id", "Newsletter Netzwerk Vielfalt NRW <newsletter.netzwerk-vielfalt-nrw.example>"),
           ("List-Unsubscribe", "<https://netzwerk-vielfalt-nrw.example/newsletter/abmelden?u=7731>, "
                                "<mailto:abmelden@netzwerk-vielfalt-nrw.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounces+7731@news.netzwerk-vielfalt-nrw.example")
    paras = NEWSLETTER_TEXT.split("\n\n")
    body = "".join(f"<p style=\"margin:0 0 12px 0\">{'<br>'.join(esc(x) for x in p.split(chr(10)))}</p>"
                   for p in paras[1:])
    html_text = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Newsletter</title></head>"
                 "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
                 f"<h1 style=\"font-size:20px;color:#0a5c8a\">{esc(paras[0])}</h1>{body}</body></html>\n")
    m.alternative(NEWSLETTER_TEXT, html_text, cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Farsi (Afghan association, Dari wording "مارچ"), text/plain UTF-8 base64.
# Positions with Persian digits, mixed AGs; the fourth person is a "maybe"
# and the writer says to count three for now.

@mail("ahmadi-farsi-maybe-count-three", "2027-02-12 22:16:40",
      E("registration", "shukria.ahmadi@kanoon-zanan-afghan.example", "شکریه احمدی",
        "کانون زنان افغان مونستر", ["AG3"], 3, "fa"), "fa")
def _(m):
    m.head(("From", addr("شکریه احمدی", "shukria.ahmadi@kanoon-zanan-afghan.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("ثبت نام روز ۱۳ مارچ", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAKr7Tn1wF4yU8xP2mZ6vA0cH3gJ9sD5eL1bQ7oR4iN8kW2tYxM@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

من از طرف کانون زنان افغان مونستر این افراد را برای روز ۱۳ مارچ ثبت نام می‌کنم:

۱- شکریه احمدی – کارگروه ۳
۲- فریبا رحیمی – کارگروه ۱
۳- مرسل حیدری – کارگروه ۳
۴- نرگس امیری – شاید بیاید، هنوز مطمئن نیست. اگر قطعی شد، جداگانه خبر می‌دهم.

فعلاً سه نفر حساب کنید.

تشکر
شکریه احمدی
""", charset="utf-8", cte="base64")


# -- 029 ---------------------------------------------------------------------
# Exchange out-of-office (German) to the deadline reminder, with
# Auto-Submitted: auto-generated and X-Auto-Response-Suppress.

OOO_TEXT = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 26. Februar nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Suljić, Tel. 0251 3 97 55-12.

Mit freundlichen Grüßen
Emina Hadžić
Bosnisch-Herzegowinischer Kulturverein Münster e.V."""


@mail("hadzic-exchange-out-of-office", "2027-02-15 10:04:11",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", addr("Hadžić, Emina", "e.hadzic@bhkv-muenster.example")),
           ("To", KI_FROM),
           ("Subject", "Automatische Antwort: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbf4Kx0c3TnR1wW2mKq9ZpB5sE7gAAA1Oa"),
           ("Date", m.date),
           ("Message-ID", "<GV1PR03MB10456C2E8B7D4A05F1E9C3D7A6B2@GV1PR03MB10456.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "e.hadzic@bhkv-muenster.example"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    blocks = [OOO_TEXT]
    m.alternative(outlook_plain(blocks), outlook_html(blocks, charset="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Change to 008, Apple Mail reply quoting the confirmation: one member is
# replaced by another; the number stays the same (party_size null).

@mail("okello-replace-one-member", "2027-02-15 18:40:52",
      E("change", "moses.okello@uganda-community-ms.example", "Moses Okello",
        None, [], None, "en"), "en")
def _(m):
    cid = conf_id("20270121095826", "51bd")
    m.head(("From", "Moses Okello <moses.okello@uganda-community-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<C2D94E17-A0B6-4F3C-8E25-6B1F7D0A9C84@uganda-community-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.300.61.1.2\\))"))
    m.single(f"""Hi again,

a small change to our group: Peter Ssempala can't come after all. Joseph Mukasa will take his place instead, also only for the afternoon. So the number stays the same.

Thanks,
Moses

> On 21. Jan 2027, at 09:58, Tag der Migrantenselbstorganisationen <{MSO}> wrote:
> 
{gt_quote(confirmation("AG3", 4))}
""", charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Italian question about a group of about ten: one workgroup for all or
# each their own?  Translation?  The list will follow.

@mail("marchetti-italian-group-question", "2027-02-16 11:22:08",
      E("question", "g.marchetti@casaditalia-ms.example", "Giovanna Marchetti",
        "Casa d'Italia Münster e.V.", [], None, "it"), "it")
def _(m):
    m.head(("From", "Giovanna Marchetti <g.marchetti@casaditalia-ms.example>"),
           ("To", MSO),
           ("Subject", "Domanda iscrizione di gruppo"),
           ("Date", m.date),
           ("Message-ID", "<5f2c91e0a7d34b18@casaditalia-ms.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Gentili signore e signori,

sono la segretaria della Casa d'Italia Münster e.V. Alcuni nostri soci vorrebbero partecipare alla giornata del 13 marzo, forse una decina di persone. Vorrei sapere se possiamo iscriverci come gruppo e se dobbiamo scegliere tutti lo stesso gruppo di lavoro, oppure ognuno può scegliere il suo.

Inoltre: i gruppi di lavoro sono solo in tedesco o c'è anche una traduzione?

Appena ho una risposta vi mando la lista con i nomi.

Cordiali saluti
Giovanna Marchetti
Casa d'Italia Münster e.V.
""", charset="iso-8859-15", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Change to 004, Arabic Gmail reply: two more people are added ("معي في
# نفس مجموعة العمل", no number), five in total.

ALALI_ADD_TEXT = """مرحباً،

نود إضافة شخصين آخرين إلى تسجيلنا: رامي سعيد وليلى منصور. سيكونان معي في نفس مجموعة العمل. بذلك يصبح عددنا خمسة أشخاص.

شكراً لكم
نادر العلي"""


@mail("al-ali-arabic-add-two", "2027-02-17 20:05:33",
      E("change", "nader.alali@arab-kultur-ms.example", "نادر العلي",
        None, [], 5, "ar"), "ar")
def _(m):
    cid = conf_id("20270115214014", "e6f0")
    m.head(("From", addr("نادر العلي", "nader.alali@arab-kultur-ms.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAHn5vR3a1LmU7rX0fY4iO8pE2sD9gJ6hK3jN5bV1cZ7xQ4wT8e@mail.gmail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    attr = (f"في الجمعة، 15 يناير 2027 في 9:40 م تمت كتابة ما يلي بواسطة "
            f"Tag der Migrantenselbstorganisationen <{MSO}>:")
    conf = confirmation("AG2", 3)
    plain = f"{ALALI_ADD_TEXT}\n\n{attr}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(ALALI_ADD_TEXT, rtl=True, quote=(attr, conf)),
                  cte="base64", style="gmail")


# -- 033 ---------------------------------------------------------------------
# Change to 023, learner German: the whole group moves to AG 2.  Bottom
# quote, text/plain UTF-8 8bit.

@mail("melnyk-whole-group-to-ag2", "2027-02-18 09:47:14",
      E("change", "oksana.melnyk@ukr-verein-ms.example", "Oksana Melnyk",
        None, ["AG2"], None, "de"), "de")
def _(m):
    cid = conf_id("20270208213753", "0b7d")
    m.head(("From", "Oksana Melnyk <oksana.melnyk@ukr-verein-ms.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1771404434.519208377@f512.ukr-verein-ms.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

wir haben in Verein nochmal gesprochen und möchten jetzt alle 4 Personen lieber in Arbeitsgruppe 2 (Zukunftsprozess) wechseln, nicht Gruppe 1. Bitte ändern Sie das.

Danke schön
Oksana Melnyk

08.02.2027, 21:37, "Tag der Migrantenselbstorganisationen" <{MSO}>:
{gt_quote(confirmation("AG1", 4))}
""", charset="utf-8", cte="8bit")


# -- 034 ---------------------------------------------------------------------
# Learner German (Syrian writer) answering the deadline reminder from
# Outlook.com (alternative; the reminder with all AG names is quoted below an
# Outlook header block).  Family of three, the son only in the afternoon.

ISSA_TEXT = """Hallo,

wir wollen auch kommen, wir sind 3 Personen von Syrischer Familienverein Münster:

Mahmoud Issa – AG 1
Rasha Issa (meine Frau) – AG 1
Omar Issa (Sohn, 17 Jahre) – AG 2, er kommt nur Nachmittag weil er hat am Vormittag Fußballspiel

Entschuldigung, ich habe die Einladung erst jetzt gesehen.

Viele Grüße
Mahmoud Issa"""


@mail("issa-learner-reply-to-reminder", "2027-02-22 13:31:26",
      E("registration", "mahmoud.issa@hotmail.example", "Mahmoud Issa",
        "Syrischer Familienverein Münster", ["AG1"], 3, "de"), "de")
def _(m):
    m.head(("From", "Mahmoud Issa <mahmoud.issa@hotmail.example>"),
           ("To", KI_FROM),
           ("Subject", "AW: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Thread-Index", "AQHbf4Kx0c3TnR1wW2mKq9ZpB5sE7rBPw2Xk"),
           ("Date", m.date),
           ("Message-ID", "<AM0P190MB0724D5B3A1C8E9F02467B8A3C1D5@AM0P190MB0724.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Accept-Language", "de-DE, ar-SY"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (KI_FROM, "Montag, 15. Februar 2027 10:00", KI_FROM, REMINDER_SUBJECT, REMINDER)
    blocks = [ISSA_TEXT]
    m.alternative(outlook_plain(blocks, quote), outlook_html(blocks, "utf-8", quote),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Sendmail DSN (multipart/report): the confirmation for 034 could not be
# delivered, mailbox full; the returned message is attached whole.

def issa_confirmation():
    """The confirmation for 034 as the whole message the DSN returns."""
    c = EmailMessage(policy=POLICY)
    c.set_raw("Return-Path", f"<{MSO}>")
    c.set_raw("Received", "from mailbot.muenster.example (localhost [127.0.0.1])\n"
              "\tby mx.muenster.example (8.17.2/8.17.2) with ESMTP id 31MCVY4k019334\n"
              "\tfor <mahmoud.issa@hotmail.example>; Mon, 22 Feb 2027 13:31:34 +0100")
    c["From"] = TO_MSO
    c["To"] = "Mahmoud Issa <mahmoud.issa@hotmail.example>"
    c["Subject"] = CONF_SUBJECT
    c["Date"] = "Mon, 22 Feb 2027 13:31:34 +0100"
    c["Message-ID"] = conf_id("20270222133134", "2c4e")
    ref = "<AM0P190MB0724D5B3A1C8E9F02467B8A3C1D5@AM0P190MB0724.EURP190.PROD.OUTLOOK.example>"
    c["In-Reply-To"] = ref
    c["References"] = ref
    c["Auto-Submitted"] = "auto-replied"
    c["MIME-Version"] = "1.0"
    c.set_content(confirmation("AG1", 3), charset="utf-8", cte="quoted-printable")
    return c


@mail("sendmail-dsn-mailbox-full", "2027-02-22 13:31:37",
      E("bounce", bounced="mahmoud.issa@hotmail.example"), "en")
def _(m):
    rcpt = "mahmoud.issa@hotmail.example"
    m.head(("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx.muenster.example>"),
           ("To", MSO),
           ("Subject", "Returned mail: see transcript for details"),
           ("Date", m.date),
           ("Message-ID", "<202702221231.31MCVb2L019341@mx.muenster.example>"),
           ("Auto-Submitted", "auto-generated (failure)"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""The original message was received at Mon, 22 Feb 2027 13:31:34 +0100
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx1.hotmail.example.:
>>> DATA
<<< 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full
554 5.0.0 Service unavailable
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.muenster.example"),
         ("Received-From-MTA", "DNS; localhost"),
         ("Arrival-Date", "Mon, 22 Feb 2027 13:31:34 +0100")],
        [("Final-Recipient", f"RFC822; {rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "DNS; mx1.hotmail.example"),
         ("Diagnostic-Code", f"SMTP; 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full"),
         ("Last-Attempt-Date", "Mon, 22 Feb 2027 13:31:37 +0100")])
    m.multi("report", [note, dsn, rfc822_part(issa_confirmation())], style="sendmail",
            params={"report-type": "delivery-status"})


# -- 036 ---------------------------------------------------------------------
# Change to 007, Russian (Yandex, UTF-8): the writer herself can no longer
# come, two others still do.  A partial withdrawal, not a cancellation.

BECKER_CHANGE_TEXT = """Здравствуйте!

К сожалению, я сама 13 марта прийти не смогу — в этот день у внучки концерт в музыкальной школе. Ольга Шмидт и Виктор Классен придут, как договаривались. Лидия тоже не придёт.

Пожалуйста, исправьте регистрацию: теперь нас 2 человека.

С уважением,
Татьяна Беккер"""


@mail("becker-russian-writer-drops-out", "2027-02-24 16:18:09",
      E("change", "t.becker@lmdr-muenster.example", "Татьяна Беккер",
        None, [], 2, "ru"), "ru")
def _(m):
    cid = conf_id("20270120121503", "94aa")
    m.head(("From", addr("Татьяна Беккер", "t.becker@lmdr-muenster.example", "utf-8", "b")),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5503311771946289@mail.yandex.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Yamail [ http://yandex.example ] 5.0"),
           ("MIME-Version", "1.0"))
    attr = f'20.01.2027, 12:15, "Tag der Migrantenselbstorganisationen" <{MSO}>:'
    plain = f"{BECKER_CHANGE_TEXT}\n\n{attr}\n{gt_quote(confirmation('AG1', 3))}\n"
    q = "".join(f"<div>{esc(x) if x else '&nbsp;'}</div>" for x in confirmation("AG1", 3).split("\n"))
    html_text = (yandex_html(BECKER_CHANGE_TEXT).rstrip("\n")
                 + f"<div>&nbsp;</div><div>{esc(attr)}</div><blockquote>{q}</blockquote>\n")
    m.alternative(plain, html_text, cte="base64", style="yandex")


# -- 037 ---------------------------------------------------------------------
# Advertising (other), HTML only: name badges and participant lists for
# events, with "Anmeldung" and "Workshop" words.

AD_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>DruckWerk24</title></head>
<body style="margin:0;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;background:#d7262e;color:#ffffff;font-size:24px"><b>Ihre Veranstaltung steht vor der Tür?</b></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">
<p>Namensschilder, Tischaufsteller und Teilnehmerlisten für Tagungen, Workshops und Vereinsfeste &ndash; in 48 Stunden bei Ihnen.</p>
<p>Einfach Ihre Anmeldeliste als Excel oder CSV hochladen, Vorlage wählen, fertig. Für gemeinnützige Vereine jetzt <b>20&nbsp;% Rabatt</b> mit dem Code VEREIN20.</p>
<p style="text-align:center"><a href="https://www.druckwerk24.example/namensschilder?utm_source=newsletter&amp;utm_campaign=fruehjahr27" style="background:#d7262e;color:#ffffff;padding:12px 24px;text-decoration:none">Jetzt gestalten</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888">DruckWerk24 GmbH &middot; Industriestra&szlig;e 4 &middot; 33602 Bielefeld<br>
Sie m&ouml;chten keine Angebote mehr erhalten? <a href="https://www.druckwerk24.example/abmelden?id=88213">Hier abmelden</a>.</td></tr>
</table>
</body></html>
"""


@mail("druckwerk-namensschilder-ad", "2027-02-25 07:15:00",
      E("other"), "de")
def _(m):
    m.head(("From", "DruckWerk24 <angebote@druckwerk24.example>"),
           ("To", MSO),
           ("Subject", ew("Namensschilder für Ihre Tagung – 20 % Vereinsrabatt", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<20270225061500.88213.fruehjahr27@mailing.druckwerk24.example>"),
           ("List-Unsubscribe", "<https://www.druckwerk24.example/abmelden?id=88213>"),
           ("Precedence", "bulk"),
           ("X-Campaign", "fruehjahr27"),
           ("MIME-Version", "1.0"),
           envelope="bounce-88213@mailing.druckwerk24.example")
    m.single(AD_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Farsi question before registering: interpreter in the AGs, children?
# The list will follow only if the answers are yes.

@mail("tavakoli-farsi-question-interpreter", "2027-02-26 19:44:52",
      E("question", "kaveh.tavakoli@anjoman-ms.example", "کاوه توکلی",
        "انجمن پناهندگان ایرانی مونستر", [], None, "fa"), "fa")
def _(m):
    m.head(("From", addr("کاوه توکلی", "kaveh.tavakoli@anjoman-ms.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("سؤال درباره کارگروه‌ها", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAPw4Xb8nK2tR6yL0vM3qZ9cE1sH5dF7gJ2aU8oT6iB4xN0wQyP@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""سلام،

ما از انجمن پناهندگان ایرانی مونستر می‌خواهیم در روز ۱۳ مارس شرکت کنیم، ولی قبل از ثبت‌نام دو سؤال داریم:

۱. آیا در کارگروه‌ها مترجم فارسی هست؟ چند نفر از اعضای ما آلمانی را خوب بلد نیستند.
۲. آیا می‌توانیم بچه‌ها را با خودمان بیاوریم؟ برای کودکان مراقبت وجود دارد؟

اگر جواب مثبت باشد، لیست اسامی را برایتان می‌فرستم.

با تشکر
کاوه توکلی
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Cancellation of the whole group of 015 (Outlook plain reply with
# "-----Ursprüngliche Nachricht-----").

@mail("bayram-whole-group-cancels", "2027-03-04 08:12:45",
      E("cancellation", "yusuf.bayram@igc-coerde.example", "Yusuf Bayram",
        "Islamische Gemeinde Coerde e.V.", [], None, "de"), "de")
def _(m):
    cid = conf_id("20270201134530", "7e13")
    m.head(("From", "Yusuf Bayram <yusuf.bayram@igc-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", ew("AW: " + CONF_SUBJECT, "windows-1252", "q")),
           ("Date", m.date),
           ("Message-ID", "<004e01db8cd1$2f6a8b90$8e3fa2b0$@igc-coerde.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQHbdL0eWm1xTlCj7n4Yb8e3MgAAAjkEBz2p"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

leider müssen wir unsere Anmeldung komplett zurückziehen. Am 13. März findet bei uns kurzfristig eine außerordentliche Mitgliederversammlung statt, die wir nicht verschieben können. Bitte streichen Sie alle vier Personen von der Liste.

Wir bedauern das sehr und sind nächstes Jahr gern wieder dabei.

Mit freundlichen Grüßen
Yusuf Bayram
Vorstand
Islamische Gemeinde Coerde e.V.

-----Ursprüngliche Nachricht-----
Von: Tag der Migrantenselbstorganisationen <{MSO}> 
Gesendet: Montag, 1. Februar 2027 13:45
An: Yusuf Bayram <yusuf.bayram@igc-coerde.example>
Betreff: {CONF_SUBJECT}

{confirmation("AG3", 4)}
""", charset="windows-1252", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation of 026, Italian, iPhone reply quoting the confirmation.

@mail("bianchi-italian-cancels", "2027-03-09 21:05:30",
      E("cancellation", "lorenzo.bianchi@mail.example", "Lorenzo Bianchi",
        None, [], None, "it"), "it")
def _(m):
    cid = conf_id("20270211190335", "3d58")
    m.head(("From", "Lorenzo Bianchi <lorenzo.bianchi@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONF_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E1A47D03-6C2B-4E98-B3F5-0A9D8C7E1F26@mail.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("X-Mailer", "iPhone Mail (22D82)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Buonasera,

purtroppo devo annullare la mia iscrizione per sabato 13 marzo, mi hanno cambiato i turni al lavoro. Mi dispiace, sarà per la prossima volta.

Saluti
Lorenzo Bianchi

Inviato da iPhone

> Il giorno 11 feb 2027, alle ore 19:03, Tag der Migrantenselbstorganisationen <{MSO}> ha scritto:
> 
{gt_quote(confirmation("AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
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
ALLOWED_URL_HOSTS = ("schemas.microsoft.com", "www.w3.org")


def decoded_header(value):
    return str(make_header(decode_header(str(value))))


def searchable_text(msg):
    """Decoded headers, text parts (HTML unescaped) and CSV attachments."""
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {decoded_header(v)}" for k, v in p.raw_items()]
        if p.is_multipart():
            continue
        ctype = p.get_content_type()
        if p.get_content_maintype() == "text":
            t = p.get_content()
            chunks.append(html.unescape(t) if ctype == "text/html" else t)
        elif ctype == "application/vnd.ms-excel":
            chunks.append(p.get_payload(decode=True).decode("windows-1252"))
    return "\n".join(chunks)


def check(name, data, m, expected, prev_when):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    # line length (CRLF lines, at most 998 octets)
    for i, line in enumerate(data.replace(b"\r\n", b"\n").split(b"\n")):
        if len(line) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    # dates rise
    when = parsedate_to_datetime(str(msg["Date"]))
    if prev_when is not None and when <= prev_when:
        problems.append("date does not rise")
    if not (datetime.datetime(2027, 1, 12, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 3, 13, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside 12 Jan - 12 Mar 2027")
    # each leaf decodes to exactly the written text, strictly in its charset
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (p, w) in enumerate(zip(got, want)):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                strict = p.get_payload(decode=True).decode(cs)
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"part {i}: does not decode as {cs}: {exc}")
                continue
            if strict.replace("\r\n", "\n").rstrip("\n") != w.replace("\r\n", "\n").rstrip("\n"):
                problems.append(f"part {i}: decoded text differs from the written text")
        elif p.get_payload(decode=True) != w:
            problems.append(f"part {i}: attachment bytes differ")
    # example domains only
    text = searchable_text(msg)
    for dom in re.findall(r"[\w.+=-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in ALLOWED_URL_HOSTS:
            problems.append(f"non-example URL host {dom}")
    # the labels
    e = expected
    if set(e) != set(FIELDS):
        problems.append("expected record has wrong keys")
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    if any(w not in AG_IDS for w in e["workgroups"]) or len(set(e["workgroups"])) != len(e["workgroups"]):
        problems.append("bad workgroups")
    person = kind in ("registration", "change", "cancellation", "question")
    if person:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in text.lower():
            problems.append("email does not occur in the mail")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("bad language")
        for key in ("name", "organisation"):
            if e[key] is not None and e[key] not in text:
                problems.append(f"{key} {e[key]!r} not written in the mail")
        if not e["name"]:
            problems.append("person mail needs a name")
    else:
        for key in ("email", "name", "organisation", "language", "party_size"):
            if e[key] is not None:
                problems.append(f"{key} must be null for {kind}")
        if e["workgroups"]:
            problems.append(f"workgroups must be [] for {kind}")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and e["party_size"] < 1:
            problems.append("bad party_size")
    elif e["party_size"] is not None:
        problems.append(f"party_size must be null for {kind}")
    if kind in ("cancellation", "question") and e["workgroups"]:
        problems.append(f"workgroups must be [] for {kind}")
    if kind == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        elif not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    return problems, when


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((t, e["kind"]) for _, _, e, t in built)
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    langs = sorted({t for _, _, _, t in built})
    print("text language x kind:")
    for lang in langs:
        row = {k: table[(lang, k)] for k in KINDS if table[(lang, k)]}
        print(f"  {lang}: {row}")
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (t, cs, cte), k in sorted(encs.items()):
        print(f"  {t:11} {cs:13} {cte:17} {k}")


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

    prev = None
    for (name, m, e, _), data in zip(built, datas):
        problems, prev = check(name, data, m, e, prev)
        for problem in problems:
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
