#!/usr/bin/env python3
"""Build the "rollen" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Forty-five mails to the MSO-Tag 2027 mailbox from people who come, or want to
come, in another role than an ordinary participant (speakers, moderators,
volunteers, interpreters, press, caterers, info stands, city staff and
politicians), mixed with ordinary registrations and the usual machine mail.

Every mail text below is written by hand.  The script only wraps the texts in
MIME with the standard `email` package, writes the files and reads every file
back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
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
import sys
import unicodedata
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

MSO = "mso-tag@muenster.example"
TO_MSO = f"Tag der Migrantenselbstorganisationen <{MSO}>"
COORD = "Ximena Meza Correa-Flock <x.meza-correa-flock@stadt-muenster.example>"
INVITATION_ID = "<einladung.mso2027.0112113005@muenster.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply",
         "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("AG1", "AG2", "AG3")


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8", enc="q"):
    if name.isascii():
        return formataddr((name, address))
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
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"rollen/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

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
            host = "mout." + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=1))))
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{MSO}>; {arrival} (CET)")
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

    def boundary(self, style):
        self._nb += 1
        h = _h(self.slug, f"b{self._nb}")
        if style == "outlook":
            return f"_00{self._nb}_DB9PR04MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "yahoo":
            return f"----=_Part_{int(h[:7], 16)}_{int(h[7:15], 16)}.{1770000000000 + self._nb}"
        if style == "samsung":
            return f"--_com.samsung.android.email_{int(h[:12], 16)}"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 18 Tf", "56 780 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append("(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj")
        ops.append("0 -20 Td")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
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
# texts several mails quote (written for this set)
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zum Tag der Migrantenselbstorganisationen am 13. März 2027"

INVITATION = """Sehr geehrte Damen und Herren,
liebe Engagierte in den Migrantenselbstorganisationen,

am Samstag, 13. März 2027, laden wir Sie von 10 bis 16 Uhr ins
Stadtweinhaus (Prinzipalmarkt 8, 48143 Münster) zum diesjährigen Tag der
Migrantenselbstorganisationen ein.

Ablauf
10:00  Begrüßung und Grußworte
10:30  Impulsvortrag mit anschließender Diskussion
12:00  Mittagsimbiss
13:00  Arbeitsgruppen
       AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem
       AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen
              mit Migrationsvorgeschichte
       AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement
15:15  Ergebnisse im Plenum und Ausklang

Anmeldung bis zum 6. März 2027 per E-Mail an mso-tag@muenster.example,
bitte mit Name, Verein oder Organisation, gewünschter Arbeitsgruppe und
Personenzahl.

Sie möchten den Tag mitgestalten – mit einem Infostand Ihres Vereins, als
Helferin oder Helfer oder als Sprachmittlerin oder Sprachmittler in einer
Arbeitsgruppe? Dann schreiben Sie uns gern an dieselbe Adresse.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Münster"""

CONFIRMATION_SUBJECT = "Anmeldung eingegangen: Tag der Migrantenselbstorganisationen 2027"

AG_LINE = {
    "AG1": "AG 1 – Menschen mit Migrationsvorgeschichte im Bildungssystem",
    "AG2": "AG 2 – Münsters Zukunftsprozess aus der Sicht der Menschen mit Migrationsvorgeschichte",
    "AG3": "AG 3 – Förderungsmöglichkeiten und effektives Vereinsmanagement",
}


def confirmation(anrede, ag, persons):
    """The confirmation the registration mailbox sent (quoted in replies)."""
    return f"""Guten Tag {anrede},

Ihre Anmeldung zum Tag der Migrantenselbstorganisationen 2027 ist bei uns
eingegangen.

Termin:       Samstag, 13. März 2027, 10:00–16:00 Uhr
Ort:          Stadtweinhaus, Prinzipalmarkt 8, 48143 Münster
Arbeitsgruppe: {AG_LINE[ag]}
Personen:     {persons}

Ändert sich etwas (andere Arbeitsgruppe, mehr oder weniger Personen,
Absage)? Dann antworten Sie bitte einfach auf diese Nachricht.

Freundliche Grüße
Ihr Organisationsteam MSO-Tag
Kommunales Integrationszentrum Münster"""


def confirmation_message(to, anrede, ag, persons, when, msgid, in_reply_to):
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
    m.set_content(confirmation(anrede, ag, persons), charset="utf-8", cte="quoted-printable")
    return m


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
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
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
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
<body lang="DE" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def mso_p(line):
    if not line.strip():
        return "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
    return f"<p class=\"MsoNormal\">{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, cs="windows-1252"):
    """Outlook Word-HTML; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        out.append(mso_p(""))
        out.append("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">")
        out.append(f"<p class=\"MsoNormal\"><b>Von:</b> {esc(von)} <br>\n"
                   f"<b>Gesendet:</b> {esc(gesendet)}<br>\n"
                   f"<b>An:</b> {esc(an)}<br>\n"
                   f"<b>Betreff:</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(cs=cs) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    return (f"{text}\n\nVon: {von}\nGesendet: {gesendet}\nAn: {an}\n"
            f"Betreff: {betreff}\n\n{quoted}")


def div_html(text, style="font-family: Arial, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{style}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    if rtl:
        inner = "".join(f"<div dir=\"rtl\">{esc(line) if line else '<br>'}</div>"
                        for line in text.split("\n"))
        return f"<div dir=\"rtl\">{inner}</div>\n"
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f"<div dir=\"ltr\">{inner}</div>\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html aria-label=\"Nachrichtentext\"><head><meta http-equiv=\"content-type\" "
            "content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: break-word; "
            "-webkit-nbsp-mode: space; line-break: after-white-space;\">"
            f"{inner}</body></html>\n")


def yahoo_html(text):
    inner = "".join(f"<div dir=\"ltr\" data-setdir=\"false\">{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:"
            "Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;\">"
            f"{inner}</div></body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz, expected, text_language, role, builder)


def mail(slug, when, expected, text_lang, role, tz=1):
    """role: what the writer is besides (or instead of) a participant."""
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, role, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Ordinary registration.  Thunderbird, format=flowed, 8bit, top-posted above
# the whole invitation (which names all three AGs and the roles "Infostand",
# "Helfer", "Sprachmittler").  The choice is only in the new text.

@mail("bayraktar-reply-invitation-ag2", "2027-01-12 15:22:41",
      E("registration", "c.bayraktar@tikv-coerde.example", "Cengiz Bayraktar",
        "Türkisch-Islamischer Kulturverein Coerde e.V.", ["AG2"], 1, "de"),
      "de", "participant")
def _(m):
    m.head(("From", "Cengiz Bayraktar <c.bayraktar@tikv-coerde.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b0f7e2c-81d4-4a3e-9c61-2e8a7f40d1b9@tikv-coerde.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Guten Tag,

danke für die Einladung, wir waren letztes Jahr schon dabei und es hat 
sich gelohnt. Ich komme gerne wieder, diesmal in die AG 2 zum 
Zukunftsprozess.

Aus unserem Verein komme erstmal nur ich. Falls noch jemand mitwill, 
melde ich mich nochmal.

Gruß
Cengiz Bayraktar

-- 
2. Vorsitzender
Türkisch-Islamischer Kulturverein Coerde e.V.
Königsberger Str. 40, 48157 Münster

Am 12.01.27 um 11:30 schrieb Tag der Migrantenselbstorganisationen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# SPEAKER (input in AG 3) asks about a projector and whether she must register
# as well.  Staying for lunch is not a registration: question.
# Outlook multipart/alternative, windows-1252 quoted-printable.

LOHMANN_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

wie gestern am Telefon besprochen, übernehme ich gern den Input zu den aktuellen Förderprogrammen in der AG 3 (rund 15 Minuten, danach Zeit für Fragen aus den Vereinen).

Zwei organisatorische Punkte:
1. Gibt es im Raum der AG 3 einen Beamer mit HDMI-Anschluss, oder soll ich unseren eigenen mitbringen?
2. Muss ich mich als Referentin zusätzlich über dieses Postfach anmelden, oder stehe ich ohnehin auf Ihrer Liste?

Zum Vormittagsprogramm schaffe ich es leider erst gegen 11:30 Uhr, zum Mittagsimbiss bin ich dann aber gern dabei.

Mit freundlichen Grüßen

Dr. Friederike Lohmann
Referentin Förderprogramme
Stiftung Bürgerengagement Westfalen
Bahnhofstraße 12 | 48143 Münster
Tel. 0251 98 76 54-20
www.stiftung-buergerengagement.example"""


@mail("lohmann-speaker-ag3-beamer-question", "2027-01-13 09:05:17",
      E("question", "friederike.lohmann@stiftung-buergerengagement.example",
        "Friederike Lohmann", "Stiftung Bürgerengagement Westfalen", [], None, "de"),
      "de", "speaker", tz=0)
def _(m):
    subj = "Input AG 3 am 13.03. – Technik und Anmeldung"
    m.head(("From", '"Lohmann, Friederike" <friederike.lohmann@stiftung-buergerengagement.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdtlNq8fRk3LmW0vT2y7cP1xA9sBdQ=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB84217F0C3A2E1B5D6C7E8F90A1B2@DB9PR04MB8421.eurprd04.prod.outlook.example>"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LOHMANN_TEXT), outlook_html(LOHMANN_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# VOLUNTEER: a student offers to help (Einlass, Garderobe, Kaffee) and asks
# whether helpers are wanted.  Her university is not an organisation she
# comes for.  Gmail multipart/alternative.

BRUEGGEMANN_TEXT = """Hallo liebes MSO-Tag-Team,

ich hab die Einladung über den Verteiler vom Fachbereich bekommen. Ich studiere Soziale Arbeit im 5. Semester und würde am 13.3. gern ehrenamtlich mit anpacken – Aufbau, Einlass, Garderobe, Kaffee ausschenken, was halt so anfällt. Außer Deutsch spreche ich Polnisch und ein bisschen Spanisch, falls das irgendwo hilft.

Sucht ihr noch Leute? Dann sagt mir einfach, ab wann ich da sein soll :)

Liebe Grüße
Jana Brüggemann
0171 4433 982"""


@mail("brueggemann-student-volunteer-offer", "2027-01-13 18:40:02",
      E("question", "jana.brueggemann@mail.example", "Jana Brüggemann", None, [], None, "de"),
      "de", "volunteer")
def _(m):
    m.head(("From", "Jana Brüggemann <jana.brueggemann@mail.example>"),
           ("To", MSO),
           ("Subject", "Helfen beim MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<CAF3qY8nT0pL2xW7vR5mB9kD1sH4gJ6cE0aU2oN8iZ3tQ5yXw4g@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(BRUEGGEMANN_TEXT, gmail_html(BRUEGGEMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Ordinary registration in Arabic, Gmail with dir="rtl", UTF-8 base64.
# "سأحضر أنا وابنتي" = my daughter and I will come -> 2; "ورشة العمل رقم 1"
# = workshop no. 1.  The association is named in Arabic in the text and in
# German in the signature; the signature form is the label.

HAMWI_TEXT = """مرحباً،

أنا عضوة في الهيئة الإدارية لجمعية ياسمين للنساء في مونستر، وأودّ التسجيل في يوم منظمات المهاجرين يوم السبت 13 آذار.
سأحضر أنا وابنتي (عمرها 18 سنة)، ونحن مهتمتان بورشة العمل رقم 1 عن التعليم والمدرسة.

شكراً جزيلاً لكم
Rasha Al-Hamwi
Frauenverein Yasmin Münster e.V."""


@mail("alhamwi-arabic-with-daughter", "2027-01-14 10:12:55",
      E("registration", "rasha.alhamwi@mail.example", "Rasha Al-Hamwi",
        "Frauenverein Yasmin Münster e.V.", ["AG1"], 2, "ar"),
      "ar", "participant")
def _(m):
    m.head(("From", "Rasha Al-Hamwi <rasha.alhamwi@mail.example>"),
           ("To", MSO),
           ("Subject", "تسجيل – يوم منظمات المهاجرين 13.03."),
           ("Date", m.date),
           ("Message-ID", "<CAM0vQ3tR7yK2pW9nX4bL6dF1hS8gJ5cE3aU0oN7iZ2xT9wBq1k@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HAMWI_TEXT, gmail_html(HAMWI_TEXT, rtl=True), charset="utf-8",
                  cte="base64", style="gmail")


# -- 005 ---------------------------------------------------------------------
# INTERPRETER offers to interpret Arabic in AG 1 and says she will not take
# part herself: question.  GMX text/plain, UTF-8 quoted-printable.

@mail("elsayed-interpreter-ag1-offer-only", "2027-01-14 16:30:38",
      E("question", "yasmin.elsayed@sprachmittlerpool-ms.example", "Yasmin El-Sayed",
        "Sprachmittlerpool Münster", [], None, "de"),
      "de", "interpreter")
def _(m):
    m.head(("From", "Yasmin El-Sayed <yasmin.elsayed@sprachmittlerpool-ms.example>"),
           ("To", MSO),
           ("Subject", "Sprachmittlung Arabisch in der AG 1"),
           ("Date", m.date),
           ("Message-ID", "<trinity-7e2a9c14-5b3d-4f60-8a1e-93c0d2b7f416-1768404638221@3c-app-gmx-bs58>"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

in Ihrer Einladung steht, dass man sich auch als Sprachmittlerin melden
kann. Ich arbeite seit sechs Jahren für den Sprachmittlerpool Münster
(Arabisch, syrischer und irakischer Dialekt) und könnte in der AG 1 für
Eltern flüsterdolmetschen, die dem Gespräch auf Deutsch noch nicht ganz
folgen können.

Selbst teilnehmen möchte ich nicht, ich wäre nur zum Dolmetschen da.

Können Sie mir sagen, ob Bedarf besteht und ob es eine
Aufwandsentschädigung gibt? Über den Pool rechnen wir normalerweise
stundenweise ab.

Freundliche Grüße
Yasmin El-Sayed
Sprachmittlerpool Münster
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Ordinary registration, two persons, first and second choice.  Outlook
# HTML only (Word-HTML), windows-1252 quoted-printable.  The name is written
# in Vietnamese order and kept that way.

PHAM_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Herrn Nguyen Van Duc für den Tag der Migrantenselbstorganisationen am 13.03.2027 an.

Wir würden gern an der AG 3 teilnehmen. Falls dort kein Platz mehr frei ist, wäre die AG 2 für uns auch in Ordnung.

Mit freundlichen Grüßen

Pham Thi Lan
Schatzmeisterin
Vietnamesischer Kulturverein Münster e.V."""


@mail("pham-outlook-html-two-persons-ag3-else-ag2", "2027-01-15 08:50:11",
      E("registration", "phamthilan@vkv-muenster.example", "Pham Thi Lan",
        "Vietnamesischer Kulturverein Münster e.V.", ["AG3", "AG2"], 2, "de"),
      "de", "participant", tz=0)
def _(m):
    m.head(("From", "Pham Thi Lan <phamthilan@vkv-muenster.example>"),
           ("To", TO_MSO),
           ("Subject", "Anmeldung MSO-Tag 2027"),
           ("Thread-Topic", "Anmeldung MSO-Tag 2027"),
           ("Thread-Index", "AdtmR2c9xW1b0kQ3T7uN5pL8yF4eHg=="),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB6914B2C1D0E9F8A7B6C5D4E3F2A1@AS8PR10MB6914.eurprd10.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(PHAM_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 007 ---------------------------------------------------------------------
# INFO STAND + registration, French.  "nous serons trois personnes": two
# staff the stand all day, the writer joins workshop 3 -> party 3, AG3.
# Webmail multipart/alternative, ISO-8859-15 quoted-printable ("œuvre").

ILUNGA_TEXT = """Madame, Monsieur,

Notre association souhaiterait tenir un petit stand d'information lors de la Journée des organisations de migrants le 13 mars (une table nous suffit ; nous apportons nos affiches et nos brochures en français et en lingala sur notre travail d'aide aux devoirs et notre chorale, qui œuvre depuis dix ans à Münster).

Par la même occasion, je vous confirme notre inscription : nous serons trois personnes. Mes deux collègues s'occuperont du stand toute la journée, et moi-même je participerai l'après-midi à l'atelier 3 sur les financements et la gestion associative.

Pourriez-vous me dire à partir de quelle heure nous pourrons installer le stand ?

Cordialement,

Patrice Ilunga
Secrétaire général
Communauté Congolaise de Münster e.V."""


@mail("ilunga-french-infostand-plus-three", "2027-01-15 11:02:47",
      E("registration", "p.ilunga@ccm-muenster.example", "Patrice Ilunga",
        "Communauté Congolaise de Münster e.V.", ["AG3"], 3, "fr"),
      "fr", "info stand + participant")
def _(m):
    m.head(("From", addr("Patrice Ilunga", "p.ilunga@ccm-muenster.example")),
           ("To", MSO),
           ("Subject", ew("Stand d'information et inscription - journée du 13 mars",
                          "iso-8859-15", "q")),
           ("Date", m.date),
           ("Message-ID", "<1836512767.48213.1768471367412.JavaMail.open-xchange@ox.ccm-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    m.alternative(ILUNGA_TEXT, div_html(ILUNGA_TEXT, "font-family: Verdana; font-size: 10pt;"),
                  charset="iso-8859-15", cte="quoted-printable", style="yahoo")


# -- 008 ---------------------------------------------------------------------
# PRESS: a journalist asks accreditation for herself and a photographer,
# whether photos in the workgroups are allowed, and for short interviews.
# Registers no one: question.  Outlook multipart/alternative, UTF-8 QP,
# long newsroom disclaimer.

OVERBECK_TEXT = """Sehr geehrte Damen und Herren,

die Münsterländische Abendpost möchte gern über den Tag der Migrantenselbstorganisationen berichten. Ich würde am Vormittag (Begrüßung, Grußworte, Impulsvortrag) vor Ort sein, begleitet von unserem Fotografen Jens Heitkamp.

Könnten Sie uns beide als Presse akkreditieren?

Außerdem zwei Fragen:
- Darf in den Arbeitsgruppen fotografiert werden, oder nur im Plenum?
- Gibt es die Möglichkeit, in der Mittagspause kurz mit zwei, drei Vertreterinnen oder Vertretern aus den Vereinen zu sprechen? Gern vermitteln Sie mir vorher Kontakte.

Vielen Dank und freundliche Grüße

Katrin Overbeck
Redaktion Münster-Stadt
Münsterländische Abendpost
Tel. 0251 690-4417

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""


@mail("overbeck-press-accreditation", "2027-01-15 19:45:30",
      E("question", "k.overbeck@abendpost-muenster.example", "Katrin Overbeck",
        "Münsterländische Abendpost", [], None, "de"),
      "de", "press", tz=0)
def _(m):
    m.head(("From", '"Overbeck, Katrin" <k.overbeck@abendpost-muenster.example>'),
           ("To", TO_MSO),
           ("Subject", "Presseakkreditierung MSO-Tag 13. März"),
           ("Thread-Topic", "Presseakkreditierung MSO-Tag 13. März"),
           ("Thread-Index", "AQHbZ3d0kM2nP8qR1sT5uV7wX9yZ0a=="),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB1720A9B8C7D6E5F4A3B2C1D0E9F8@FR3P281MB1720.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(OVERBECK_TEXT), outlook_html(OVERBECK_TEXT, cs="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 009 ---------------------------------------------------------------------
# Ordinary registration in Russian, windows-1251 base64, multipart/alternative;
# display name in Cyrillic (RFC 2047 B in windows-1251).  "вторая рабочая
# группа" = the second workgroup; "Буду один" = I come alone.

BELOV_TEXT = """Добрый вечер!

Меня зовут Игорь Белов, я председатель общества «Радуга» в Мюнстере.
Хочу записаться на День организаций мигрантов 13 марта. Нас интересует вторая рабочая группа – про будущее Мюнстера и участие мигрантов в этом процессе.
Буду один, коллеги в этот день работают.

Заранее спасибо,
Игорь Белов
Deutsch-Russischer Kulturverein Raduga e.V."""


@mail("belov-russian-windows-1251", "2027-01-16 12:10:26",
      E("registration", "igor.belov@raduga-ms.example", "Игорь Белов",
        "Deutsch-Russischer Kulturverein Raduga e.V.", ["AG2"], 1, "ru"),
      "ru", "participant")
def _(m):
    m.head(("From", addr("Игорь Белов", "igor.belov@raduga-ms.example", "windows-1251", "b")),
           ("To", MSO),
           ("Subject", ew("Регистрация на 13 марта", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1768561826.553192@mail.raduga-ms.example>"),
           ("X-Mailer", "The Bat! (v10.5.3) Professional"),
           ("MIME-Version", "1.0"))
    m.alternative(BELOV_TEXT, div_html(BELOV_TEXT, "font-family: Tahoma; font-size: 10pt;"),
                  charset="windows-1251", cte="base64")


# -- 010 ---------------------------------------------------------------------
# CITY / GREETING: the mayor's office announces the Oberbürgermeister's
# greeting and asks for the running order, a contact person and background.
# The mayor leaves after 40 minutes; nobody is registered: question.
# Outlook HTML only, windows-1252 QP, "Im Auftrag".

OB_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

Herr Oberbürgermeister Dr. Albrecht Stegemann wird die Teilnehmenden des Tages der Migrantenselbstorganisationen am 13. März 2027 begrüßen. Er kann von 10:00 bis etwa 10:40 Uhr anwesend sein und muss danach zu einem Folgetermin.

Für die Vorbereitung bitten wir Sie um:
- den genauen Ablauf der Eröffnung und die vorgesehene Redezeit (wir gehen von 5 bis 7 Minuten aus),
- den Namen einer Ansprechperson, die Herrn Dr. Stegemann am Eingang empfängt,
- einige Stichworte zu den teilnehmenden Vereinen und zum Schwerpunkt in diesem Jahr.

Einen Parkplatz benötigen wir nicht.

Mit freundlichen Grüßen
Im Auftrag

Sandra Hölscher
Büro des Oberbürgermeisters
Stadt Münster
Klemensstraße 10, 48143 Münster
Tel. 0251 492-1102"""


@mail("buero-ob-greeting-question", "2027-01-18 09:30:04",
      E("question", "sandra.hoelscher@stadt-muenster.example", "Sandra Hölscher",
        "Büro des Oberbürgermeisters", [], None, "de"),
      "de", "city / greeting", tz=0)
def _(m):
    subj = "Grußwort OB beim Tag der Migrantenselbstorganisationen, 13.03.2027"
    m.head(("From", ew("Hölscher, Sandra", "windows-1252", "q") + " <sandra.hoelscher@stadt-muenster.example>"),
           ("To", TO_MSO),
           ("Cc", "Ximena Meza Correa-Flock <x.meza-correa-flock@stadt-muenster.example>"),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdtpQm4nYv8sK0wJ2rT6uH1xL3zCfg=="),
           ("Date", m.date),
           ("Message-ID", "<9a1f4c7e2b6d40e8@EXCH02.stadt-muenster.example>"),
           ("Importance", "high"),
           ("X-Priority", "2"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(OB_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# VOLUNTEER + participant: helps with set-up and reception in the morning and
# asks to be signed up for AG 3 in the afternoon -> registration.
# Apple Mail multipart/alternative.

GUENES_TEXT = """Hallo zusammen,

ich habe die Einladung über unseren Verein bekommen und würde gern mithelfen: morgens beim Aufbau (ich kann ab 8 Uhr da sein) und danach am Empfang mit den Namensschildern.

Am Nachmittag möchte ich dann aber selbst in der AG 3 mitmachen, weil wir im Verein gerade mit unseren ersten Förderanträgen kämpfen. Bitte meldet mich also für die AG 3 an und sagt mir kurz, wann ich zum Aufbau da sein soll.

Viele Grüße
Mehmet Ali Güneş
Schriftführer
Deutsch-Türkischer Freundeskreis Gievenbeck e.V."""


@mail("guenes-helps-morning-registers-ag3", "2027-01-18 14:20:33",
      E("registration", "mehmetali.gunes@dtf-gievenbeck.example", "Mehmet Ali Güneş",
        "Deutsch-Türkischer Freundeskreis Gievenbeck e.V.", ["AG3"], 1, "de"),
      "de", "volunteer + participant")
def _(m):
    m.head(("From", addr("Mehmet Ali Güneş", "mehmetali.gunes@dtf-gievenbeck.example")),
           ("Subject", "Helfen + Anmeldung AG 3"),
           ("Message-Id", "<7C1E4A92-3F0B-4D85-A6E2-91B0C8D4F357@dtf-gievenbeck.example>"),
           ("Date", m.date),
           ("To", MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(GUENES_TEXT, apple_html(GUENES_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 012 ---------------------------------------------------------------------
# Out-of-office (German and English) with Auto-Submitted and
# X-Auto-Response-Suppress, answering a confirmation.  Exchange plain text.

@mail("brockmann-out-of-office-de-en", "2027-01-19 07:55:12",
      E("auto_reply"), "de", "machine", tz=0)
def _(m):
    m.head(("From", '"Brockmann, Thorsten" <t.brockmann@handwerk-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c3d8e1f2a4b54c6d@EX01.handwerk-ms.example>"),
           ("In-Reply-To", "<mailbot.20270119085509.4e1c@muenster.example>"),
           ("References", "<mailbot.20270119085509.4e1c@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 29.01.2027 im Urlaub und lese meine E-Mails
in dieser Zeit nicht. In dringenden Fällen erreichen Sie meine Kollegin
Frau Schulze-Eggert unter 0251 52 08-33.

Thank you for your message. I am on leave until 29 January 2027 and will
not be reading e-mail during this time.

Thorsten Brockmann
Ausbildungsberatung
""", charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# INTERPRETER + participant, Turkish: offers whispered interpreting in AG 3
# and asks to be registered there as a participant in any case ("beni lütfen
# 3. gruba yazın") -> registration.  ISO-8859-9 quoted-printable, RFC 2047
# name in ISO-8859-9.

@mail("demirtas-turkish-interpreter-and-participant", "2027-01-19 10:40:08",
      E("registration", "hatice.demirtas@tkd-muenster.example", "Hatice Demirtaş",
        "Türk Kadınlar Derneği Münster e.V.", ["AG3"], 1, "tr"),
      "tr", "interpreter + participant")
def _(m):
    m.head(("From", addr("Hatice Demirtaş", "hatice.demirtas@tkd-muenster.example", "iso-8859-9", "q")),
           ("To", MSO),
           ("Subject", ew("Tercümanlık ve kayıt - 13 Mart", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<000c01db6a4e$2f7a1c30$8e6e5490$@tkd-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Davetinizde çalışma gruplarında dil desteği vermek isteyenlerin de
yazabileceğini okudum. Yeminli tercüman değilim ama 22 yıldır Münster'de
yaşıyorum ve Türkçe-Almanca çeviriyi rahatlıkla yapabilirim. 3. çalışma
grubunda (Förderung / Vereinsmanagement) Almancası zayıf olan katılımcılara
fısıltıyla çeviri yapabilirim.

Bunun yanında kendim de katılımcı olarak kayıt olmak istiyorum, çünkü bu
konu derneğimiz için çok önemli. Yani lütfen beni 3. gruba yazın -
tercümana ihtiyaç olmasa bile katılacağım.

Selamlar,
Hatice Demirtaş
Türk Kadınlar Derneği Münster e.V.
""", charset="iso-8859-9", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# CATERER, written personally to this event: a women's kitchen project offers
# the lunch, attaches a quote (PDF) and asks whether a caterer is already
# booked and by when we decide.  A personal offer that waits for an answer:
# question (the mass advertising in 024 is other).  multipart/mixed.

@mail("frauenkueche-catering-offer-pdf", "2027-01-20 13:15:49",
      E("question", "kontakt@frauenkueche-international.example", "Amina Yusuf",
        "Frauenküche International", [], None, "de"),
      "de", "caterer")
def _(m):
    m.head(("From", "Frauenküche International <kontakt@frauenkueche-international.example>"),
           ("To", MSO),
           ("Subject", "Angebot Mittagsimbiss MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<20270120131549.3f9c1a@frauenkueche-international.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    text = m.text("""Liebe Organisatorinnen und Organisatoren,

wir sind die Frauenküche International – Frauen aus acht Ländern, die seit
2022 Veranstaltungen in Münster bewirten. Wir haben gehört, dass am 13. März
wieder der MSO-Tag stattfindet, und würden sehr gern den Mittagsimbiss
übernehmen.

Im Anhang finden Sie unser Angebot für 90 Personen: Fingerfood aus Syrien,
Eritrea und dem Iran, alles vegetarisch, die Hälfte vegan, dazu Tee,
Kaffee und Wasser. Geschirr bringen wir mit und nehmen es auch wieder mit.

Haben Sie schon ein Catering gefunden? Und falls nicht: Bis wann müssten
Sie sich entscheiden?

Herzliche Grüße
Amina Yusuf
für das Team der Frauenküche International
(ein Projekt des Nachbarschaftshauses Kinderhaus)
Tel. 0157 3318 4406
""", charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Angebot Nr. 2027-014",
                             "Frauenkueche International",
                             "Mittagsimbiss MSO-Tag, Samstag 13.03.2027, Stadtweinhaus",
                             "90 Personen Fingerfood (vegetarisch/vegan) je 12,80 EUR",
                             "Getraenke (Tee, Kaffee, Wasser) pauschal 140,00 EUR",
                             "Gesamt 1.292,00 EUR"]),
                   "application", "pdf", "Angebot_MSO-Tag_2027.pdf")
    m.multi("mixed", [text, pdf])


# -- 015 ---------------------------------------------------------------------
# Ordinary registration in English; "the workshop on education (AG 1)";
# "Just me".  Gmail multipart/alternative, UTF-8 7bit-safe QP.

OWUSU_TEXT = """Hello,

I'm writing from the Ghanaian Women's Association Münster. I'd like to register for the MSO Day on 13 March. I work as a teaching assistant and I'm a mum of three, so the workshop on education (AG 1) is the one for me.

Just me this time, the others have a wedding that weekend!

Thanks a lot and see you there,
Abena Owusu
Ghanaian Women's Association Münster"""


@mail("owusu-english-education-workshop", "2027-01-20 20:30:15",
      E("registration", "abena.owusu@mail.example", "Abena Owusu",
        "Ghanaian Women's Association Münster", ["AG1"], 1, "en"),
      "en", "participant")
def _(m):
    m.head(("From", "Abena Owusu <abena.owusu@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration MSO Day"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5rT2wY9nP0qL3xV6mB8kD4sH7gF1cE2aU9oN0iZ5tR3yWq7m@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU_TEXT, gmail_html(OWUSU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 016 ---------------------------------------------------------------------
# INFO STAND (a counselling service): two staff would stay at the stand all
# day and not join any workgroup; asks whether a stand is possible and
# whether the two must still register.  Registers no one: question.
# Outlook text/plain, UTF-8 quoted-printable.

@mail("kortmann-iq-infostand-do-we-register", "2027-01-21 09:10:21",
      E("question", "s.kortmann@iq-anerkennung-ml.example", "Stefanie Kortmann",
        "IQ Anerkennungsberatung Münsterland", [], None, "de"),
      "de", "info stand", tz=0)
def _(m):
    m.head(("From", '"Kortmann, Stefanie" <s.kortmann@iq-anerkennung-ml.example>'),
           ("To", MSO),
           ("Subject", "Infostand IQ Anerkennungsberatung beim MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<004a01db6be9$5c2e7f10$148a7d30$@iq-anerkennung-ml.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AdtsD4hKf7q2W0cRSkWn4mT1uV9x8A=="),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

die IQ Anerkennungsberatung Münsterland würde sich gern mit einem Infostand am Tag der Migrantenselbstorganisationen beteiligen. Viele Vereine fragen uns nach der Anerkennung ausländischer Berufs- und Studienabschlüsse; ein Stand im Foyer wäre eine gute Gelegenheit, direkt mit den Menschen ins Gespräch zu kommen.

Wir wären zu zweit (meine Kollegin Frau Dr. Ayşe Toprak und ich) und würden den ganzen Tag am Stand bleiben. An den Arbeitsgruppen würden wir nicht teilnehmen.

Dazu drei Fragen:
1. Ist ein Stand grundsätzlich möglich, und gibt es einen Tisch und einen Stromanschluss?
2. Ab wann könnten wir am 13.03. aufbauen?
3. Müssen wir beide uns trotzdem noch regulär anmelden?

Mit freundlichen Grüßen

Stefanie Kortmann
Beraterin
IQ Anerkennungsberatung Münsterland
Hafenweg 26a, 48155 Münster
Tel. 0251 208 774-13
""", charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# SPEAKERS, conditional registration: two colleagues will give a short input
# in AG 1; "Falls ja, nehmen Sie diese Mail bitte gleich als Anmeldung für
# uns beide, AG 1 natürlich" -> registration, 2 persons, AG1.  The quoted
# request from the coordinator names AG 1, AG 2 and AG 3.  Outlook text/plain
# with "-----Ursprüngliche Nachricht-----", Cc to the coordinator.

COORD_REQUEST = """Liebe Frau Tenhagen,

wie am Rande des Bildungsforums besprochen: Hätten Sie Lust, beim MSO-Tag am
13. März in der AG 1 („Menschen mit Migrationsvorgeschichte im
Bildungssystem“) einen kurzen Impuls aus der Praxis zu geben? Gern auch
zusammen mit einer Kollegin. Die AG läuft von 13:00 bis 15:00 Uhr, parallel
zu AG 2 und AG 3.

Ihre Rückmeldung schicken Sie bitte an unser Veranstaltungspostfach
mso-tag@muenster.example, damit das ganze Team sie sieht.

Viele Grüße
Ximena Meza Correa-Flock
Kommunales Integrationszentrum Münster"""


@mail("tenhagen-speakers-ag1-register-if-needed", "2027-01-21 17:45:06",
      E("registration", "b.tenhagen@bildungsbuero-muenster.example", "Birgit Tenhagen",
        "Regionales Bildungsbüro Münster", ["AG1"], 2, "de"),
      "de", "speaker + participant", tz=0)
def _(m):
    m.head(("From", '"Tenhagen, Birgit" <b.tenhagen@bildungsbuero-muenster.example>'),
           ("To", TO_MSO),
           ("Cc", COORD),
           ("Subject", "AW: Impuls in der AG 1 beim MSO-Tag?"),
           ("Date", m.date),
           ("Message-ID", "<0a2b01db6c31$8f4e6d20$ae8c2760$@bildungsbuero-muenster.example>"),
           ("In-Reply-To", "<3e8d1f20a7b94c55@EXCH02.stadt-muenster.example>"),
           ("References", "<3e8d1f20a7b94c55@EXCH02.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Meza Correa-Flock,

danke für Ihre Nachricht – ja, das machen wir gern! Meine Kollegin Frau Sommer und ich bereiten einen kurzen Input zum Übergang von der Grundschule in die weiterführende Schule vor (ca. 10 Minuten), mit Beispielen aus unserer Elternarbeit.

Eine Frage noch: Müssen wir uns als Referentinnen eigentlich auch anmelden? Falls ja, nehmen Sie diese Mail bitte gleich als Anmeldung für uns beide, AG 1 natürlich.

Herzliche Grüße
Birgit Tenhagen

Regionales Bildungsbüro Münster
Übergangsmanagement Schule – Beruf
Tel. 0251 492-4322

-----Ursprüngliche Nachricht-----
Von: Meza Correa-Flock, Ximena <x.meza-correa-flock@stadt-muenster.example>
Gesendet: Mittwoch, 20. Januar 2027 16:02
An: Tenhagen, Birgit <b.tenhagen@bildungsbuero-muenster.example>
Betreff: Impuls in der AG 1 beim MSO-Tag?

{COORD_REQUEST}
""", charset="utf-8", cte="quoted-printable")


# -- 018 ---------------------------------------------------------------------
# PHOTOGRAPHER (volunteer, English): a photo club offers free pictures and
# asks permission and whether they need to register.  Question.
# Outlook.com multipart/alternative, UTF-8 QP.

RAO_TEXT = """Hi there,

I'm a master's student at the university and a member of the International Photo Club Münster. We'd love to photograph the MSO Day on 13 March – for free, for our club's small exhibition "Münster, many voices" in the summer, and of course you'd get all the pictures for your own website and reports.

Would that be OK with you? I'd come with one other club member. We'd always ask people before taking close-up portraits, and we can stay out of the workgroups if you prefer.

Do we need to register for that, or is it enough if you say yes?

Cheers,
Siddharth Rao
International Photo Club Münster
https://photoclub-muenster.example/portfolio"""


@mail("rao-photo-club-offer-english", "2027-01-22 11:00:59",
      E("question", "siddharth.rao@mail.example", "Siddharth Rao",
        "International Photo Club Münster", [], None, "en"),
      "en", "photographer")
def _(m):
    m.head(("From", "Siddharth Rao <siddharth.rao@mail.example>"),
           ("To", MSO),
           ("Subject", "Photos at the MSO Day?"),
           ("Date", m.date),
           ("Message-ID", "<PAWPR09MB6127E3D2C1B0A9F8E7D6C5B4A3F2@PAWPR09MB6127.eurprd09.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; "
                 "font-size: 12pt; color: rgb(0, 0, 0);\">"
                 + "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in RAO_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(RAO_TEXT, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 019 ---------------------------------------------------------------------
# POLITICIAN via her office: the Bezirksbürgermeisterin will give a greeting
# and "möchte außerdem am Nachmittag an der Arbeitsgruppe 2 teilnehmen. Bitte
# melden Sie sie dafür an." -> registration of Monika Feldkamp; the reply
# goes to the office (no other address is given).  Outlook alternative,
# windows-1252 QP, disclaimer.

FELDKAMP_TEXT = """Sehr geehrte Damen und Herren,

die Bezirksbürgermeisterin des Stadtbezirks Hiltrup, Frau Monika Feldkamp, hat die Einladung zum Tag der Migrantenselbstorganisationen gern angenommen. Sie würde zu Beginn gern ein kurzes Grußwort im Namen der Bezirksvertretung Hiltrup sprechen; bitte teilen Sie uns mit, ob sich das im Ablauf einrichten lässt.

Frau Feldkamp möchte außerdem am Nachmittag an der Arbeitsgruppe 2 (Münsters Zukunftsprozess) teilnehmen. Bitte melden Sie sie dafür an. Sie kommt ohne Begleitung.

Mit freundlichen Grüßen
Im Auftrag

Lars Wiemann
Bezirksverwaltung Hiltrup
Geschäftsstelle der Bezirksvertretung
Patronatsstraße 5, 48165 Münster

________________________________
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht."""


@mail("feldkamp-office-greeting-and-ag2", "2027-01-22 15:30:40",
      E("registration", "lars.wiemann@bezirksverwaltung-hiltrup.example", "Monika Feldkamp",
        "Bezirksvertretung Hiltrup", ["AG2"], 1, "de"),
      "de", "politician (greeting) + participant", tz=0)
def _(m):
    subj = "Teilnahme Bezirksbürgermeisterin Feldkamp – MSO-Tag 13.03.2027"
    m.head(("From", '"Wiemann, Lars" <lars.wiemann@bezirksverwaltung-hiltrup.example>'),
           ("To", TO_MSO),
           ("Subject", ew(subj, "windows-1252", "q")),
           ("Thread-Topic", ew(subj, "windows-1252", "q")),
           ("Thread-Index", "AdtsuTq0mB5kR8vW1nY3cH7xJ2pZ6Q=="),
           ("Date", m.date),
           ("Message-ID", "<5d0c9e8b7a6f4132@EXCH02.bezirksverwaltung-hiltrup.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(FELDKAMP_TEXT), outlook_html(FELDKAMP_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 020 ---------------------------------------------------------------------
# Registration in learner German from a phone; 3 persons, "Arbeitsgrupe
# Zukunft von Münster, Nummer 2".  He also offers to translate Dari and
# Pashto "wenn brauchen" – an extra offer, still a registration.
# Samsung Email multipart/alternative, UTF-8 base64.

AHMADZAI_TEXT = """Hallo,

ich bin Bashir Ahmadzai von Kulturverein Ariana e.V.. wir wollen kommen am 13.3 zum MSO tag. wir sind 3 Person, ich und zwei Kollegen von Verein. Wir interessiert für Arbeitsgrupe Zukunft von Münster, Nummer 2.

Ich kann auch helfen mit Übersetzung Dari und Paschtu wenn brauchen.

Danke
Bashir



Von meinem Samsung Galaxy Smartphone gesendet."""


@mail("ahmadzai-learner-german-three-ag2", "2027-01-23 10:05:52",
      E("registration", "bashir.ahmadzai@mail.example", "Bashir Ahmadzai",
        "Kulturverein Ariana e.V.", ["AG2"], 3, "de"),
      "de", "participant (+ offers translation)")
def _(m):
    m.head(("From", "Bashir <bashir.ahmadzai@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<kx7p2w.1769159152413.samsung@mail.example>"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>"
                 "<body><div dir=\"auto\">"
                 + "".join(f"<div dir=\"auto\">{esc(line) if line else '<br>'}</div>"
                           for line in AHMADZAI_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(AHMADZAI_TEXT, html_text, charset="utf-8", cte="base64", style="samsung")


# -- 021 ---------------------------------------------------------------------
# Postfix bounce (multipart/report): the confirmation could not be delivered
# because the recipient's mailbox is full (552 5.2.2).

BOUNCE1_RCPT = "o.adeyemi@yoruba-kultur-ms.example"


@mail("postfix-bounce-mailbox-full", "2027-01-24 12:40:19",
      E("bounce", bounced=BOUNCE1_RCPT), "en", "machine")
def _(m):
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", MSO),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270124114019.3C7E51A0F4@mail.muenster.example>"),
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

<{BOUNCE1_RCPT}>: host mx1.yoruba-kultur-ms.example[198.51.100.77]
    said: 552 5.2.2 <{BOUNCE1_RCPT}>: Mailbox full - quota exceeded
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "3C7E51A0F4"),
         ("X-Postfix-Sender", f"rfc822; {MSO}"),
         ("Arrival-Date", "Sun, 24 Jan 2027 12:40:16 +0100 (CET)")],
        [("Final-Recipient", f"rfc822; {BOUNCE1_RCPT}"),
         ("Original-Recipient", f"rfc822;{BOUNCE1_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.yoruba-kultur-ms.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{BOUNCE1_RCPT}>: Mailbox full - quota\n"
                             "    exceeded")])
    original = confirmation_message(
        f"Oluwaseun Adeyemi <{BOUNCE1_RCPT}>", "Herr Adeyemi", "AG3", 2,
        "Sun, 24 Jan 2027 12:40:15 +0100", "<mailbot.20270124124015.7a2e@muenster.example>",
        "<2b9f0c71-5e4a-4d3b-8f12-6a0e9c7d1b58@yoruba-kultur-ms.example>")
    m.multi("report", [note, dsn, rfc822_part(original)], style="postfix",
            params={"report-type": "delivery-status"})


# -- 022 ---------------------------------------------------------------------
# CHANGE because of a role: registered for AG 3, she has agreed to take the
# minutes in AG 2 and asks to be moved -> change, ["AG2"].  Gmail text/plain
# reply quoting the confirmation (which names AG 3).

@mail("sahin-minutes-in-ag2-move-from-ag3", "2027-01-25 09:20:37",
      E("change", "dilara.sahin@mail.example", "Dilara Şahin",
        "Kurdisch-Deutscher Frauentreff Münster", ["AG2"], None, "de"),
      "de", "minute-taker (was participant)")
def _(m):
    m.head(("From", "Dilara Şahin <dilara.sahin@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAP2wX9nR4tY7qL0vB3mK6dF8sH1gJ5cE9aU4oN2iZ7xT0yWr3e@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270118100302.9b4d@muenster.example>"),
           ("References", "<mailbot.20270118100302.9b4d@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kleine Änderung: Ich bin für die AG 3 angemeldet, aber Frau Meza
Correa-Flock hat mich gefragt, ob ich in der AG 2 das Protokoll schreiben
kann, und ich habe zugesagt. Bitte tragen Sie mich deshalb in die AG 2 um.
Mein Platz in der AG 3 wird damit frei.

Danke!
Dilara Şahin
Kurdisch-Deutscher Frauentreff Münster

Am Mo., 18. Jan. 2027 um 10:03 Uhr schrieb Tag der
Migrantenselbstorganisationen <{MSO}>:

{gt_quote(confirmation("Frau Şahin", "AG3", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 023 ---------------------------------------------------------------------
# VOLUNTEER, Russian, KOI8-R quoted-printable: a retired teacher offers help
# (cloakroom, coffee, Russian interpreting) and asks whether help is needed
# and when to come.  Question.  Latin display name, Cyrillic signature.

@mail("schaefer-russian-volunteer-koi8r", "2027-01-25 14:00:13",
      E("question", "tatjana.schaefer@mail.example", "Татьяна Шефер", None, [], None, "ru"),
      "ru", "volunteer")
def _(m):
    m.head(("From", "Tatjana Schaefer <tatjana.schaefer@mail.example>"),
           ("To", MSO),
           ("Subject", ew("Предложение помощи 13 марта", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1769346013.217045@web44.mail.example>"),
           ("X-Mailer", "Mail.Example Web 3.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я прочитала в приглашении, что можно предложить свою помощь. Я на пенсии,
раньше работала учительницей начальных классов, и время у меня есть.
Могу помочь в гардеробе или с кофе, а если нужно - переводить с русского
на немецкий для тех, кто плохо понимает по-немецки.

Подскажите, пожалуйста, нужна ли вам ещё помощь, и если да, то куда и
во сколько мне прийти?

С уважением,
Татьяна Шефер
тел. 0251 61 38 20
""", charset="koi8-r", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# CATERER, mass advertising (other): a catering firm's spring offer for
# "Tagungen, Vereinsfeste und Verwaltungen"; List-Unsubscribe, Precedence
# bulk, multipart/alternative.

BUFFET_TEXT = """Buffet-Express Münsterland – Frühjahrsaktion 2027

Guten Tag,

planen Sie im Frühjahr eine Tagung, ein Vereinsfest oder einen Empfang?
Bis zum 31. März 2027 erhalten Vereine, Verbände und Verwaltungen 10 % Rabatt auf alle Fingerfood- und Mittagsbuffets ab 40 Personen.

- Tagungspaket „Kompakt“: Kaffee, Mittagsbuffet, Kuchen – ab 18,90 € pro Person
- Internationales Fingerfood, auch vegetarisch und halal
- Lieferung und Abholung im Stadtgebiet Münster kostenlos

Jetzt unverbindlich anfragen: https://buffet-express-ml.example/angebot

Ihr Team von Buffet-Express Münsterland

Sie erhalten diese E-Mail, weil Ihre Adresse in unserem Kundenverzeichnis für Veranstalter in der Region hinterlegt ist.
Abmelden: https://buffet-express-ml.example/abmelden?u=aa81c3"""

BUFFET_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Frühjahrsaktion 2027</title></head>
<body style="margin:0;background:#fbf6ee;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#3b2f2f;">
<tr><td style="background:#b5471b;color:#ffffff;"><h1 style="margin:0;font-size:24px;">Buffet-Express Münsterland</h1><p style="margin:6px 0 0;">Frühjahrsaktion 2027</p></td></tr>
<tr><td>
<p>Guten Tag,</p>
<p>planen Sie im Frühjahr eine Tagung, ein Vereinsfest oder einen Empfang?<br>
Bis zum 31. März 2027 erhalten Vereine, Verbände und Verwaltungen <b>10&nbsp;% Rabatt</b> auf alle Fingerfood- und Mittagsbuffets ab 40 Personen.</p>
<ul>
<li>Tagungspaket „Kompakt“: Kaffee, Mittagsbuffet, Kuchen – ab 18,90&nbsp;€ pro Person</li>
<li>Internationales Fingerfood, auch vegetarisch und halal</li>
<li>Lieferung und Abholung im Stadtgebiet Münster kostenlos</li>
</ul>
<p style="text-align:center;"><a href="https://buffet-express-ml.example/angebot" style="background:#b5471b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px;">Jetzt unverbindlich anfragen</a></p>
<p>Ihr Team von Buffet-Express Münsterland</p>
</td></tr>
<tr><td style="font-size:11px;color:#8a7f7f;">Sie erhalten diese E-Mail, weil Ihre Adresse in unserem Kundenverzeichnis für Veranstalter in der Region hinterlegt ist.<br>
<a href="https://buffet-express-ml.example/abmelden?u=aa81c3">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("buffet-express-advertising", "2027-01-26 08:30:00",
      E("other"), "de", "caterer (advertising)")
def _(m):
    m.head(("From", "Buffet-Express Münsterland <angebote@buffet-express-ml.example>"),
           ("To", MSO),
           ("Subject", "Frühjahrsaktion: 10 % auf Ihr Tagungsbuffet"),
           ("Date", m.date),
           ("Message-ID", "<nl.2027-01-26.aa81c3.5f2@news.buffet-express-ml.example>"),
           ("List-Unsubscribe", "<https://buffet-express-ml.example/abmelden?u=aa81c3>, <mailto:abmelden@buffet-express-ml.example?subject=aa81c3>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Sendmaster 4.7"),
           ("MIME-Version", "1.0"))
    m.alternative(BUFFET_TEXT, BUFFET_HTML, charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Registration in Arabic with a request: two women ("أنا وزميلتي سماح") for
# workgroup one ("مجموعة العمل الأولى (التعليم)"), and they ask whether they
# may put up a small table for their language courses and bring sweets.
# Registration (with a question).  windows-1256 quoted-printable.

@mail("hajali-arabic-two-women-ag1-small-table", "2027-01-26 19:10:45",
      E("registration", "ghada.hajali@nour-ms.example", "Ghada Haj Ali",
        "Nour e.V. – Syrische Frauen in Münster", ["AG1"], 2, "ar"),
      "ar", "participant + small info table")
def _(m):
    m.head(("From", "Ghada Haj Ali <ghada.hajali@nour-ms.example>"),
           ("To", MSO),
           ("Subject", ew("تسجيل امرأتين – يوم 13 مارس", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<001101db7021$6a3c9e40$3eb5dac0$@nour-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

نحن مجموعة من النساء في جمعية «نور» في مونستر. نريد أن نسجّل امرأتين للمشاركة في يوم منظمات المهاجرين: أنا وزميلتي سماح. نرغب في مجموعة العمل الأولى (التعليم)، لأن معظمنا أمهات ولدينا أسئلة كثيرة عن المدرسة.

وعندي سؤال آخر: هل يمكن أن نضع طاولة صغيرة في الاستراحة لنعرّف بدورات اللغة التي ننظمها للنساء؟ ونحب أن نُحضر بعض الحلويات السورية إذا كان ذلك مسموحاً.

مع الشكر والتقدير
Ghada Haj Ali
Nour e.V. – Syrische Frauen in Münster
""", charset="windows-1256", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# CITY STAFF (internal helper): a colleague of the organising office is
# planned as all-day helper and asks whether she must still register so she
# is counted for lunch.  "AG 3 mit Flipchart" is her task, not a choice.
# Question.  Outlook text/plain, ISO-8859-1 8bit.

@mail("reckers-internal-helper-must-i-register", "2027-01-27 11:25:50",
      E("question", "anne.reckers@stadt-muenster.example", "Anne Reckers",
        "Kommunales Integrationszentrum", [], None, "de"),
      "de", "city staff / helper", tz=0)
def _(m):
    m.head(("From", '"Reckers, Anne" <anne.reckers@stadt-muenster.example>'),
           ("To", MSO),
           ("Subject", "kurze Frage Anmeldung Helferinnen"),
           ("Date", m.date),
           ("Message-ID", "<7b3e9f0d1c2a4856@EXCH02.stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo ihr Lieben,

kurze Frage: Ich bin am 13.3. ja den ganzen Tag als Springerin eingeplant
(morgens Anmeldetisch, nachmittags Unterstützung in der AG 3 mit Flipchart
und Moderationskoffer). Muss ich mich trotzdem über dieses Postfach als
Teilnehmerin registrieren, damit ich beim Essen mitgezählt werde, oder
läuft das Orga-Team separat?

Danke & Gruß
Anne

--
Anne Reckers
Kommunales Integrationszentrum
Stadt Münster
Tel. 0251 492-7061
""", charset="iso-8859-1", cte="8bit")


# -- 027 ---------------------------------------------------------------------
# POLITICIAN + participant: a councillor registers for workgroup 1 and asks
# whether he may give a short greeting for his group.  Registration.
# Open-Xchange multipart/alternative, UTF-8 QP.

KEMPER_TEXT = """Sehr geehrte Frau Meza Correa-Flock,

vielen Dank für die Einladung, die ich als Mitglied des Schulausschusses gern annehme. Hiermit melde ich mich für die Arbeitsgruppe 1 (Bildungssystem) an.

Im Namen unserer Fraktion würde ich gern – sofern im Programm noch Platz ist – zu Beginn ein kurzes Grußwort von zwei, drei Minuten sprechen. Falls das nicht passt, ist das selbstverständlich auch in Ordnung.

Mit freundlichen Grüßen

Jürgen Kemper
Ratsherr
Ratsfraktion Bürger für Münster
Rathaus, Prinzipalmarkt 10, 48143 Münster"""


@mail("kemper-councillor-ag1-asks-greeting", "2027-01-28 16:50:24",
      E("registration", "juergen.kemper@buerger-fuer-muenster.example", "Jürgen Kemper",
        "Ratsfraktion Bürger für Münster", ["AG1"], 1, "de"),
      "de", "politician + participant")
def _(m):
    m.head(("From", "Jürgen Kemper <juergen.kemper@buerger-fuer-muenster.example>"),
           ("To", MSO),
           ("Subject", ew("Anmeldung und Grußwort", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<1402377051.71844.1769615424093@ox.buerger-fuer-muenster.example>"),
           ("X-Mailer", "Open-Xchange Mailer v8.24.61"),
           ("MIME-Version", "1.0"))
    m.alternative(KEMPER_TEXT, div_html(KEMPER_TEXT, "font-family: arial, helvetica, sans-serif; font-size: 10pt;"),
                  charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# KEYNOTE SPEAKER + participant, English from an iPad: "could you please sign
# me up for workgroup 2" -> registration AG2; also asks for a hotel.

@mail("devries-keynote-also-workgroup2", "2027-01-29 10:00:38",
      E("registration", "m.devries@nieuwe-buren.example", "Marloes de Vries",
        "Stichting Nieuwe Buren Enschede", ["AG2"], 1, "en"),
      "en", "keynote speaker + participant")
def _(m):
    m.head(("From", "Marloes de Vries <m.devries@nieuwe-buren.example>"),
           ("Subject", "Keynote 13 March + afternoon"),
           ("Message-Id", "<4E8B2C17-9D60-4F3A-B215-7C0E9A1D6F48@nieuwe-buren.example>"),
           ("Date", m.date),
           ("To", "Tag der Migrantenselbstorganisationen <mso-tag@muenster.example>"),
           ("X-Mailer", "iPad Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Dear Ms Meza Correa-Flock,

Thank you again for inviting me to give the keynote on 13 March – I'm really looking forward to it. My slides will be ready by the end of February and I'll send them to you beforehand.

I would also love to stay for the afternoon: could you please sign me up for workgroup 2 on Münster's future process? We are going through a very similar participation process in Enschede, so I'd mainly like to listen and learn.

One more practical thing: could you recommend a hotel within walking distance of the venue? I'll arrive the evening before.

Warm regards,
Marloes de Vries
Stichting Nieuwe Buren Enschede

Sent from my iPad""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# Out-of-office in Turkish and German WITHOUT any auto-reply header (only the
# subject and the text say it), answering a confirmation.

@mail("ates-out-of-office-tr-de-no-headers", "2027-02-01 09:45:03",
      E("auto_reply"), "tr", "machine")
def _(m):
    m.head(("From", addr("Kemal Ateş", "kemal.ates@dostluk-ms.example")),
           ("To", MSO),
           ("Subject", ew("Otomatik yanıt / Abwesenheitsnotiz: " + CONFIRMATION_SUBJECT, "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<auto.1769935503.88412@dostluk-ms.example>"),
           ("In-Reply-To", "<mailbot.20270201094459.2c7f@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,

15 Şubat 2027'ye kadar izindeyim ve e-postalarımı okuyamıyorum. Acil
durumlarda lütfen dernek telefonumuzu arayın: 0251 27 11 09.

Guten Tag,

ich bin bis zum 15. Februar 2027 nicht erreichbar. In dringenden Fällen
rufen Sie bitte unser Vereinstelefon an: 0251 27 11 09.

Kemal Ateş
Dostluk Kültür Derneği
""", charset="utf-8", cte="base64")


# -- 030 ---------------------------------------------------------------------
# Registration as a form block (web.de, ISO-8859-1 QP): "AG: Vereinsmanagement
# (AG 3)", 1 person; she offers Portuguese interpreting only if she can stay
# in her own workgroup.  Registration; name from the form line.

@mail("ferreira-form-block-ag3-portuguese-offer", "2027-02-02 13:30:27",
      E("registration", "analucia.ferreira@mail.example", "Ana Lúcia Ferreira",
        "Associação Cultural Brasil-Münster e.V.", ["AG3"], 1, "de"),
      "de", "participant (+ offers interpreting)")
def _(m):
    m.head(("From", "Ana Ferreira <analucia.ferreira@mail.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung MSO-Tag"),
           ("Date", m.date),
           ("Message-ID", "<trinity-3d5b8e21-c4f7-4a09-b6e3-0f2a9d7c1e54-1770035427308@3c-app-webde-bap21>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

hier meine Anmeldung für den MSO-Tag:

Name: Ana Lúcia Ferreira
Verein: Associação Cultural Brasil-Münster e.V.
Funktion: Kassenwartin
AG: Vereinsmanagement (AG 3)
Personen: 1
Essen: keine Besonderheiten

Falls ihr am Nachmittag noch jemanden braucht, der Portugiesisch
dolmetscht: gerne, aber nur, wenn ich trotzdem in meiner AG bleiben kann.

Liebe Grüße
Ana
""", charset="iso-8859-1", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# INTERPRETER, French: offers French/Wolof interpreting in workshop 2 and
# says "Je ne souhaite pas m'inscrire comme participant, seulement aider";
# asks about need and travel costs.  Question.  Gmail alternative, base64.

NDIAYE_TEXT = """Bonjour,

Je m'appelle Moussa Ndiaye et je suis membre de l'association Teranga Münster. J'ai lu dans votre invitation qu'on peut aussi proposer son aide pour la traduction dans les ateliers.

Je parle français, wolof et allemand (niveau C1) et je pourrais traduire dans l'atelier 2 pour les participants francophones d'Afrique de l'Ouest.

Je ne souhaite pas m'inscrire comme participant, seulement aider. Est-ce que vous avez besoin de quelqu'un ? Et est-ce que les frais de transport sont remboursés ? Je viens de Greven.

Merci d'avance et bonne journée,
Moussa Ndiaye
Association Teranga Münster"""


@mail("ndiaye-french-interpreter-offer-only", "2027-02-03 17:20:44",
      E("question", "moussa.ndiaye@mail.example", "Moussa Ndiaye",
        "Association Teranga Münster", [], None, "fr"),
      "fr", "interpreter")
def _(m):
    m.head(("From", "Moussa Ndiaye <moussa.ndiaye@mail.example>"),
           ("To", MSO),
           ("Subject", "Proposition de traduction – atelier 2"),
           ("Date", m.date),
           ("Message-ID", "<CAL8tU1xW6nQ3pK0yV9mC2dG5sJ4hF7cE1aB8oN3iZ6rT2yXq0p@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NDIAYE_TEXT, gmail_html(NDIAYE_TEXT), charset="utf-8",
                  cte="base64", style="gmail")


# -- 032 ---------------------------------------------------------------------
# CANCELLATION because of a role: she will be at the reception all day as a
# helper and asks to delete her participant registration for AG 1 ("ich bin
# natürlich trotzdem da").  The registration is withdrawn -> cancellation.
# iPhone, text/plain, quoting the confirmation with "> ".

@mail("korkmaz-becomes-helper-cancels-participant", "2027-02-04 08:10:31",
      E("cancellation", "sevgi.korkmaz@mail.example", "Sevgi Korkmaz", None, [], None, "de"),
      "de", "volunteer (was participant)")
def _(m):
    m.head(("From", "Sevgi Korkmaz <sevgi.korkmaz@mail.example>"),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Message-Id", "<B2D7F0A4-61C8-4E93-8A5F-3C9E1B0D7A26@mail.example>"),
           ("In-Reply-To", "<mailbot.20270120140211.6f3a@muenster.example>"),
           ("References", "<mailbot.20270120140211.6f3a@muenster.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "iPhone Mail (22D72)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single(f"""Hallo liebes Orga-Team,

wie mit Frau Reckers besprochen stehe ich am 13.3. den ganzen Tag am Empfang und helfe an der Garderobe. Meine Anmeldung als Teilnehmerin für die AG 1 könnt ihr deshalb bitte löschen, damit jemand anderes den Platz bekommt. Ich bin natürlich trotzdem da 😊

LG Sevgi Korkmaz

Von meinem iPhone gesendet

> Am 20.01.2027 um 14:02 schrieb Tag der Migrantenselbstorganisationen <{MSO}>:
>
{gt_quote(confirmation("Frau Korkmaz", "AG1", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# PRESS + participant, Turkish: a journalist asks whether she may take photos
# as press and asks to be registered as a participant in workgroup 2
# ("beni lütfen katılımcı olarak 2. çalışma grubuna kaydedin").
# Registration; the only organisation named is her newspaper.
# HTML only (webmail), UTF-8 base64.

ARSLAN_TEXT = """Merhaba,

Ben Yeni Vatan Gazetesi'nin Münster muhabiri Elif Arslan. 13 Mart'taki Göçmen Öz Örgütleri Günü hakkında gazetemiz için bir haber hazırlamak istiyorum.

İki ricam var. Birincisi: Basın mensubu olarak fotoğraf çekmem mümkün mü, bunun için ayrıca bir akreditasyon gerekiyor mu?

İkincisi: Sadece sabah programını değil, öğleden sonraki çalışma gruplarını da yakından takip etmek istiyorum. Bu yüzden beni lütfen katılımcı olarak 2. çalışma grubuna (Münster'in gelecek süreci) kaydedin.

Teşekkürler, saygılarımla
Elif Arslan
Yeni Vatan Gazetesi – Münster muhabiri
Tel. 0176 2290 4471"""


@mail("arslan-turkish-press-and-participant-ag2", "2027-02-05 12:00:09",
      E("registration", "elif.arslan@yenivatan.example", "Elif Arslan",
        "Yeni Vatan Gazetesi", ["AG2"], 1, "tr"),
      "tr", "press + participant")
def _(m):
    m.head(("From", "Elif Arslan <elif.arslan@yenivatan.example>"),
           ("To", MSO),
           ("Subject", ew("Basın – 13 Mart etkinliği ve kayıt", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<20270205110009.a71c3e9b@webmail.yenivatan.example>"),
           ("MIME-Version", "1.0"))
    body = ("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>"
            "<div style=\"font-family: Calibri, sans-serif; font-size: 11pt;\">"
            + "".join(f"<p style=\"margin:0\">{esc(line) if line else '&nbsp;'}</p>"
                      for line in ARSLAN_TEXT.split("\n"))
            + "</div></body></html>\n")
    m.single(body, subtype="html", charset="utf-8", cte="base64")


# -- 034 ---------------------------------------------------------------------
# VOLUNTEER, English (retired teacher): offers help at the desk or
# whispered English in a workgroup, "I don't need to take part myself",
# and asks whether she must register.  Question.  Thunderbird, us-ascii,
# 7bit, CRLF line ends.

@mail("hollis-english-volunteer-crlf", "2027-02-06 15:40:56",
      E("question", "m.hollis@mail.example", "Margaret Hollis", None, [], None, "en"),
      "en", "volunteer")
def _(m):
    m.head(("From", "Margaret Hollis <m.hollis@mail.example>"),
           ("To", MSO),
           ("Subject", "Offer of help - English speakers"),
           ("Date", m.date),
           ("Message-ID", "<e4a71b0c-3d92-4f58-b6c1-8a2f0e9d7c35@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"),
           crlf=True)
    m.single("""Dear MSO team,

I'm a retired English teacher, originally from Leeds, and have lived in
Muenster for nearly thirty years. I help out at the welcome cafe in
Mauritz, where someone passed your invitation round.

If any of your guests get on better in English than in German, I'd be
happy to help at the registration desk or to whisper-translate in one of
the workgroups. I don't need to take part myself.

Would that be useful? And do I need to register in that case, or will you
just put me on a list of helpers?

Best wishes,
Margaret Hollis
""", charset="us-ascii", cte="7bit")


# -- 035 ---------------------------------------------------------------------
# PRESS RELEASE (other): the city's press office sends a "Terminhinweis" to
# its media list (undisclosed recipients).  It names the greeting, the
# workgroups and the registration address, but is written to many.

PRESSE_TEXT = """Presse- und Informationsamt der Stadt Münster
Medieninformation vom 8. Februar 2027

Terminhinweis: Tag der Migrantenselbstorganisationen am 13. März

Zum Tag der Migrantenselbstorganisationen kommen am Samstag, 13. März 2027, Vereine und Initiativen aus ganz Münster im Stadtweinhaus am Prinzipalmarkt zusammen. Oberbürgermeister Dr. Albrecht Stegemann eröffnet die Tagung um 10 Uhr.

Am Nachmittag arbeiten drei Arbeitsgruppen zu Bildung, zu Münsters Zukunftsprozess sowie zu Förderung und Vereinsmanagement. Vereine können sich noch bis zum 6. März unter mso-tag@muenster.example anmelden.

Hinweis für Redaktionen: Bild- und Tonaufnahmen sind während der Eröffnung (10 bis 10:45 Uhr) möglich. Eine gesonderte Akkreditierung ist nicht erforderlich.

Pressekontakt: Presse- und Informationsamt, Tel. 0251 492-1300, presse@stadt-muenster.example

Sie erhalten diese Nachricht als Teil des Presseverteilers der Stadt Münster."""


@mail("presseamt-terminhinweis-media-list", "2027-02-08 10:30:00",
      E("other"), "de", "press release", tz=0)
def _(m):
    m.head(("From", "Presse- und Informationsamt Stadt Münster <presse@stadt-muenster.example>"),
           ("To", "undisclosed-recipients:;"),
           ("Subject", "Terminhinweis: Tag der Migrantenselbstorganisationen am 13. März"),
           ("Date", m.date),
           ("Message-ID", "<c0e6b7a2f9d14e3b@EXCH02.stadt-muenster.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(PRESSE_TEXT), outlook_html(PRESSE_TEXT, cs="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 036 ---------------------------------------------------------------------
# CHANGE because of a role, Arabic: registered for workgroup two, he has been
# asked to interpret Arabic in workgroup one and asks to be moved there
# ("أرجو نقلي إلى المجموعة الأولى").  Gmail reply with an Arabic attribution
# line quoting the German confirmation (which names AG 2).  UTF-8 base64.

@mail("mansour-arabic-interpreting-move-to-ag1", "2027-02-09 09:00:27",
      E("change", "khaled.mansour@mail.example", "Khaled Mansour",
        "Arabischer Elternkreis Münster", ["AG1"], None, "ar"),
      "ar", "interpreter (was participant)")
def _(m):
    m.head(("From", "Khaled Mansour <khaled.mansour@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAK1yR6pT9wX2nL4vQ7mB0dH3sF8gJ5cE6aU1oN9iZ4tW7yXp2c@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270128100459.1d8e@muenster.example>"),
           ("References", "<mailbot.20270128100459.1d8e@muenster.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""مرحباً،

سجّلت قبل أسبوعين في مجموعة العمل الثانية. لكن السيدة ميزا كوريا-فلوك طلبت مني أن أترجم من العربية إلى الألمانية في مجموعة العمل الأولى، لأن عدداً من الأهالي السوريين والعراقيين سجّلوا فيها. لذلك أرجو نقلي إلى المجموعة الأولى.

شكراً لكم
Khaled Mansour
Arabischer Elternkreis Münster

‫في الخميس، 28 يناير 2027 في 10:05 ص كتب Tag der Migrantenselbstorganisationen <‪{MSO}‬>:‬

{gt_quote(confirmation("Herr Mansour", "AG2", 1))}
""", charset="utf-8", cte="base64")


# -- 037 ---------------------------------------------------------------------
# Registration of a deaf participant who brings two sign-language
# interpreters and writes "Wir sind also insgesamt drei Personen, bitte
# reservieren Sie drei Plätze in der AG 2" -> party 3, AG2.  multipart/mixed
# with a vCard (text/vcard) attachment.

@mail("yavuz-deaf-two-dgs-interpreters-ag2", "2027-02-10 14:15:18",
      E("registration", "emre.yavuz@gehoerlose-tr-ms.example", "Emre Yavuz",
        "Verein türkischer Gehörloser Münster e.V.", ["AG2"], 3, "de"),
      "de", "participant with interpreters")
def _(m):
    m.head(("From", "Emre Yavuz <emre.yavuz@gehoerlose-tr-ms.example>"),
           ("To", MSO),
           ("Subject", "Anmeldung mit Gebärdensprachdolmetscherinnen"),
           ("Date", m.date),
           ("Message-ID", "<6f2d9a0e-4b1c-47e8-93a5-d0c8e71f2b64@gehoerlose-tr-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = m.text("""Hallo,

ich möchte mich für den MSO-Tag anmelden. Ich bin gehörlos und komme mit
zwei Gebärdensprachdolmetscherinnen (DGS). Die Dolmetscherinnen habe ich
über das Integrationsamt selbst organisiert, darum müssen Sie sich nicht
kümmern.

Wir sind also insgesamt drei Personen, bitte reservieren Sie drei Plätze
in der AG 2.

Wichtig: Die Dolmetscherinnen brauchen einen Platz, an dem ich sie gut
sehen kann, und gutes Licht. Bitte rufen Sie mich nicht an, schreiben Sie
mir lieber eine E-Mail oder SMS.

Viele Grüße
Emre Yavuz
Verein türkischer Gehörloser Münster e.V.
""", charset="utf-8", cte="8bit")
    vcard = m.text("""BEGIN:VCARD
VERSION:3.0
N:Yavuz;Emre;;;
FN:Emre Yavuz
ORG:Verein türkischer Gehörloser Münster e.V.
EMAIL;TYPE=INTERNET:emre.yavuz@gehoerlose-tr-ms.example
TEL;TYPE=CELL:+49 160 5550123
NOTE:Nur SMS oder E-Mail\\, keine Anrufe
END:VCARD
""", subtype="vcard", charset="utf-8", cte="quoted-printable",
                   disposition="attachment", filename="Emre Yavuz.vcf")
    m.multi("mixed", [text, vcard])


# -- 038 ---------------------------------------------------------------------
# Exchange Online NDR in German (multipart/report: alternative notice,
# delivery-status, text/rfc822-headers), CRLF line ends.  The returned
# confirmation was addressed to an unknown recipient.

NDR_RCPT = "m.altun@kulturverein-lengerich.example"
NDR_TEXT = f"""Ihre Nachricht an {NDR_RCPT} konnte nicht zugestellt werden.

m.altun wurde bei kulturverein-lengerich.example nicht gefunden.

Murat Altun
Empfänger

Aktion erforderlich: Unbekannter Empfänger

Vorgehensweise zum Beheben des Problems
Die Nachricht wurde nicht zugestellt, weil die E-Mail-Adresse des Empfängers nicht existiert. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Ist die Adresse richtig, wenden Sie sich auf anderem Weg an den Empfänger.

Weitere Informationen für E-Mail-Administratoren
Statuscode: 550 5.1.10
Diese Fehlermeldung wurde vom Server des Empfängers erzeugt.
Generierender Server: AM6PR08MB4421.eurprd08.prod.outlook.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px;color:#212121;">
<p style="font-size:21px;color:#c00000;">Ihre Nachricht an <a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> konnte nicht zugestellt werden.</p>
<p><b>m.altun</b> wurde bei <b>kulturverein-lengerich.example</b> nicht gefunden.</p>
<table cellpadding="6" style="border:1px solid #d0d0d0;"><tr><td>Murat Altun<br><span style="color:#666;">Empfänger</span></td></tr></table>
<p style="font-size:16px;"><b>Aktion erforderlich:</b> Unbekannter Empfänger</p>
<p style="font-size:16px;"><b>Vorgehensweise zum Beheben des Problems</b></p>
<p>Die Nachricht wurde nicht zugestellt, weil die E-Mail-Adresse des Empfängers nicht existiert. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut. Ist die Adresse richtig, wenden Sie sich auf anderem Weg an den Empfänger.</p>
<p style="font-size:16px;"><b>Weitere Informationen für E-Mail-Administratoren</b></p>
<p>Statuscode: 550 5.1.10<br>
Diese Fehlermeldung wurde vom Server des Empfängers erzeugt.<br>
Generierender Server: AM6PR08MB4421.eurprd08.prod.outlook.example</p>
</div>
</body>
</html>
"""


@mail("exchange-online-ndr-german", "2027-02-11 11:50:02",
      E("bounce", bounced=NDR_RCPT), "de", "machine", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@kulturverein-lengerich.example>"),
           ("To", MSO),
           ("Subject", "Unzustellbar: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<8c1f5e3a-92d0-4b7e-a614-0e7d3b9c2f51@AM6PR08MB4421.eurprd08.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270211124958.3e0b@muenster.example>"),
           ("References", "<mailbot.20270211124958.3e0b@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="quoted-printable", top=False,
                           style="outlook")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM6PR08MB4421.eurprd08.prod.outlook.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Thu, 11 Feb 2027 11:49:59 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n"
                             " not found by SMTP address lookup")])
    headers_text = (f"Return-Path: <{MSO}>\n"
                    f"From: {TO_MSO}\n"
                    f"To: Murat Altun <{NDR_RCPT}>\n"
                    "Subject: Anmeldung eingegangen: Tag der Migrantenselbstorganisationen 2027\n"
                    "Date: Thu, 11 Feb 2027 12:49:58 +0100\n"
                    "Message-ID: <mailbot.20270211124958.3e0b@muenster.example>\n"
                    "In-Reply-To: <0d6e2b91-7a4f-4c38-b5e0-19f3a8c7d2e4@kulturverein-lengerich.example>\n"
                    "Auto-Submitted: auto-replied\n"
                    "MIME-Version: 1.0\n"
                    "Content-Type: text/plain; charset=\"utf-8\"\n"
                    "Content-Transfer-Encoding: quoted-printable\n")
    hdrs = m.text(headers_text, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
    m.multi("report", [notice, dsn, hdrs], style="outlook",
            params={"report-type": "delivery-status"})


# -- 039 ---------------------------------------------------------------------
# MODERATOR of AG 2 with a graphic recorder: material list, arrival time and
# "Müssen Nadia und ich uns noch über das Anmeldepostfach anmelden?"
# Registers no one: question.  Apple Mail alternative.

LINDEMANN_TEXT = """Liebe Frau Meza Correa-Flock,

kurze Rückmeldung zu unserem Telefonat: Die Moderation der AG 2 übernehme ich gern, zusammen mit meiner Kollegin Nadia Benyahia, die die Ergebnisse live als Graphic Recording festhält.

Für Ihre Planung:
– Wir brauchen zwei Pinnwände, ein Flipchart und etwa drei Meter freie Wand für das Graphic Recording.
– Wir wären ab 9 Uhr vor Ort, um den Raum vorzubereiten.
– Müssen Nadia und ich uns noch über das Anmeldepostfach anmelden, oder laufen wir über Ihre Liste der Mitwirkenden?

Beste Grüße aus dem Kreuzviertel
Christoph Lindemann

Moderationsbüro Perspektivwechsel
Nordstraße 31 · 48149 Münster
0151 2884 6610"""


@mail("lindemann-moderator-ag2-material-question", "2027-02-12 16:05:35",
      E("question", "c.lindemann@perspektivwechsel-moderation.example", "Christoph Lindemann",
        "Moderationsbüro Perspektivwechsel", [], None, "de"),
      "de", "moderator")
def _(m):
    m.head(("From", "Christoph Lindemann <c.lindemann@perspektivwechsel-moderation.example>"),
           ("Subject", "Moderation AG 2 – Material & Anmeldung"),
           ("Message-Id", "<0F3A9D61-B27E-4C08-9E15-A6D4C2B80F73@perspektivwechsel-moderation.example>"),
           ("Date", m.date),
           ("To", TO_MSO),
           ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    m.alternative(LINDEMANN_TEXT, apple_html(LINDEMANN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 040 ---------------------------------------------------------------------
# VOLUNTEER + participant, Russian: helps at the registration desk in the
# morning and asks "зарегистрируйте меня как участницу" for workgroup 1.
# Registration.  UTF-8 8bit text/plain; display name is only her first name.

@mail("kuznetsova-russian-helps-morning-ag1", "2027-02-15 10:20:48",
      E("registration", "n.kuznetsova@mail.example", "Наталья Кузнецова",
        "Elternverein „Solnyschko“ e.V.", ["AG1"], 1, "ru"),
      "ru", "volunteer + participant")
def _(m):
    m.head(("From", addr("Наталья", "n.kuznetsova@mail.example", "utf-8", "b")),
           ("To", MSO),
           ("Subject", ew("Помощь и регистрация – 13.03.", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<1771147248.640918327@f719.i.mail.example>"),
           ("X-Mailer", "Webmail 2.0"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте!

Я из родительского объединения «Солнышко». Утром 13 марта я могу помочь на регистрации и с переводом для русскоязычных гостей.

А после обеда я хотела бы сама участвовать в рабочей группе 1 (образование) – у наших родителей очень много вопросов о школе. Пожалуйста, зарегистрируйте меня как участницу.

Спасибо!
Наталья Кузнецова
Elternverein „Solnyschko“ e.V.
""", charset="utf-8", cte="8bit")


# -- 041 ---------------------------------------------------------------------
# Ticket-system receipt from an event-technology rental (auto_reply),
# Auto-Submitted and X-Autoreply, multipart/alternative.

VT_TEXT = """Guten Tag,

vielen Dank für Ihre Anfrage. Sie ist unter der Vorgangsnummer VT-204719 bei uns eingegangen.

Unser Vermietungsteam meldet sich innerhalb von zwei Werktagen mit einem Angebot bei Ihnen. Bitte geben Sie bei Rückfragen immer die Vorgangsnummer an.

Diese Nachricht wurde automatisch erstellt.

Veranstaltungstechnik Westfalen GmbH
Vermietung & Service"""


@mail("vt-westfalen-ticket-receipt", "2027-02-17 08:40:12",
      E("auto_reply"), "de", "machine")
def _(m):
    m.head(("From", "Veranstaltungstechnik Westfalen <vermietung@vt-westfalen.example>"),
           ("To", TO_MSO),
           ("Subject", "[#VT-204719] Ihre Anfrage: Technik MSO-Tag 13.03.2027"),
           ("Date", m.date),
           ("Message-ID", "<ticket.VT-204719.1771314012@helpdesk.vt-westfalen.example>"),
           ("In-Reply-To", "<4a0e7c2d-88b1-4f39-a2d6-5c1e9b3f7a80@muenster.example>"),
           ("References", "<4a0e7c2d-88b1-4f39-a2d6-5c1e9b3f7a80@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Autoreply", "yes"),
           ("Precedence", "auto_reply"),
           ("MIME-Version", "1.0"))
    m.alternative(VT_TEXT, div_html(VT_TEXT), charset="utf-8", cte="quoted-printable")


# -- 042 ---------------------------------------------------------------------
# CANCELLATION because of a role: registered for AG 1, she now moderates it
# and asks to cancel her participant registration so the seat can be given
# away.  Outlook alternative, windows-1252 QP, quoted confirmation below a
# Von/Gesendet/An/Betreff block.

WESSELS_TEXT = """Sehr geehrte Damen und Herren,

ich hatte mich im Januar als Teilnehmerin für die AG 1 angemeldet (siehe unten). Inzwischen hat mich Frau Meza Correa-Flock gebeten, die Moderation der AG 1 zu übernehmen, weil die vorgesehene Moderatorin erkrankt ist.

Damit stehe ich ja auf der Liste der Mitwirkenden. Meine Teilnehmeranmeldung können Sie also stornieren und den Platz an jemanden von der Warteliste weitergeben.

Mit freundlichen Grüßen

Dr. Annette Wessels
Netzwerk binationaler Familien Münster e.V."""


@mail("wessels-now-moderates-ag1-cancels-seat", "2027-02-19 13:00:41",
      E("cancellation", "a.wessels@binational-ms.example", "Annette Wessels",
        "Netzwerk binationaler Familien Münster e.V.", [], None, "de"),
      "de", "moderator (was participant)", tz=0)
def _(m):
    m.head(("From", '"Wessels, Annette Dr." <a.wessels@binational-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHbdW0g4tKj7x2Pq0mR9sV1yZ3bCgA="),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0418C2B1A0F9E8D7C6B5A4F3E2D1@GV0P278MB0418.CHEP278.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270114092233.5a9c@muenster.example>"),
           ("References", "<mailbot.20270114092233.5a9c@muenster.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Tag der Migrantenselbstorganisationen <{MSO}>",
             "Donnerstag, 14. Januar 2027 09:22",
             "Wessels, Annette Dr. <a.wessels@binational-ms.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Dr. Wessels", "AG1", 1))
    m.alternative(outlook_plain(WESSELS_TEXT, quote), outlook_html(WESSELS_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 043 ---------------------------------------------------------------------
# Registration in English (Yahoo): workgroup 3; she offers Tigrinya/English
# help "But I'm coming as a participant anyway."  multipart/alternative.

GHEBRE_TEXT = """Hello MSO team,

please register me for the MSO Day on 13 March. I'd like to join workgroup 3 (funding and running an association) – we are a young association and need all the tips we can get!

By the way, I speak Tigrinya and English, so if any participants from the Eritrean community need interpretation in the workgroups, I'm happy to help out. But I'm coming as a participant anyway.

Best regards,
Senait Ghebremedhin
Eritrean Community Association Münster"""


@mail("ghebremedhin-english-ag3-offers-tigrinya", "2027-02-24 18:30:14",
      E("registration", "senait.ghebremedhin@mail.example", "Senait Ghebremedhin",
        "Eritrean Community Association Münster", ["AG3"], 1, "en"),
      "en", "participant (+ offers interpreting)")
def _(m):
    m.head(("From", "Senait Ghebremedhin <senait.ghebremedhin@mail.example>"),
           ("To", MSO),
           ("Subject", "Registration 13 March"),
           ("Date", m.date),
           ("Message-ID", "<1402981466.2218377.1771954214562@mail.example>"),
           ("X-Mailer", "WebService/1.1.23187 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.alternative(GHEBRE_TEXT, yahoo_html(GHEBRE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="yahoo")


# -- 044 ---------------------------------------------------------------------
# Ordinary cancellation in French from Outlook in French: plain text,
# windows-1252 8bit, the German confirmation below "-----Message d'origine-----"
# with De/Envoyé/À/Objet and no quote prefix.

@mail("sarr-french-cancellation", "2027-03-02 09:15:22",
      E("cancellation", "fatou.sarr@mail.example", "Fatou Sarr", None, [], None, "fr"),
      "fr", "participant")
def _(m):
    m.head(("From", "Fatou Sarr <fatou.sarr@mail.example>"),
           ("To", TO_MSO),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000001db8b4f$c21e7a90$46636fb0$@mail.example>"),
           ("In-Reply-To", "<mailbot.20270203101422.8e6f@muenster.example>"),
           ("References", "<mailbot.20270203101422.8e6f@muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Thread-Index", "AQKz3f0mWn9c1Rk8yT2pV7uB4sX6hA=="),
           ("Content-Language", "fr"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bonjour,

Je suis vraiment désolée, mais je ne pourrai pas venir le 13 mars : mon employeur m'a mise de service ce samedi-là. Merci d'annuler mon inscription et de donner ma place à quelqu'un d'autre.

Bonne journée et bon courage pour l'organisation !
Fatou Sarr

-----Message d'origine-----
De : Tag der Migrantenselbstorganisationen <{MSO}>
Envoyé : mercredi 3 février 2027 10:14
À : Fatou Sarr <fatou.sarr@mail.example>
Objet : {CONFIRMATION_SUBJECT}

{confirmation("Frau Sarr", "AG2", 1)}
""", charset="windows-1252", cte="8bit")


# -- 045 ---------------------------------------------------------------------
# INFO STAND + participant, after the deadline: she staffs her office's stand
# in the morning and asks, if a place is free, to be registered for AG 3 in
# the afternoon -> registration.  Outlook alternative, windows-1252 QP.

TERHORST_TEXT = """Sehr geehrte Damen und Herren,

das Jobcenter Münster ist am 13. März mit einem Infostand zur Arbeitsmarktintegration vertreten; die Standbetreuung hat mein Kollege Herr Brandt bereits mit Ihnen abgestimmt.

Ich selbst bin vormittags am Stand, würde aber am Nachmittag gern an der AG 3 teilnehmen. Mir ist bewusst, dass die Anmeldefrist am 6. März abgelaufen ist – falls noch ein Platz frei ist, melden Sie mich bitte für die AG 3 an.

Mit freundlichen Grüßen
Im Auftrag

Claudia Terhorst
Jobcenter Münster
Team Migration und Arbeitsmarkt"""


@mail("terhorst-jobcenter-stand-late-ag3", "2027-03-08 11:00:57",
      E("registration", "claudia.terhorst@jobcenter-ms.example", "Claudia Terhorst",
        "Jobcenter Münster", ["AG3"], 1, "de"),
      "de", "info stand + participant", tz=0)
def _(m):
    m.head(("From", '"Terhorst, Claudia" <claudia.terhorst@jobcenter-ms.example>'),
           ("To", TO_MSO),
           ("Subject", "Nachmeldung AG 3 (Infostand Jobcenter)"),
           ("Thread-Topic", "Nachmeldung AG 3 (Infostand Jobcenter)"),
           ("Thread-Index", "AdtwKf8mX3qR1vN9yT0pB4cW6sL2hA=="),
           ("Date", m.date),
           ("Message-ID", "<PR3P195MB0872A1F2E3D4C5B6A7F8E9D0C1B2@PR3P195MB0872.EURP195.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TERHORST_TEXT), outlook_html(TERHORST_TEXT),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, role, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last is not None and m.when <= last:
            raise SystemExit(f"{slug}: dates must rise with the numbering")
        last = m.when
        built.append((f"{n:03d}-{slug}.eml", m, expected, text_lang, role))
    return built


def leaves(part):
    """Leaf parts in order, not descending into message/* parts."""
    if part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from leaves(p)
    elif part.get_content_maintype() != "message":
        yield part


def all_parts(part):
    yield part
    if part.is_multipart():
        for p in part.get_payload():
            yield from all_parts(p)


EXAMPLE_DOMAIN = re.compile(r"(^|\.)(example|example\.org|example\.com|example\.net)$", re.I)
URL_OK = ("schemas.microsoft.com", "www.w3.org")


def norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def check(name, data, m, expected, senders):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    # structure and headers
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
        for k, v in p.items():
            for d in getattr(v, "defects", ()):
                problems.append(f"header {k} defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if when != m.when:
        problems.append("Date header differs from the arrival time")
    if not (datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 4, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jan-Mar 2027")
    # line length and line ends
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    if m.crlf and re.search(rb"(?<!\r)\n", data):
        problems.append("bare LF in a CRLF mail")
    if not m.crlf and b"\r" in data:
        problems.append("CR in an LF mail")
    # every leaf decodes to exactly what was written, in its declared charset
    got = list(leaves(msg))
    want = m.intended
    if len(got) != len(want):
        problems.append(f"{len(got)} leaf parts, built {len(want)}")
    for i, (g, w) in enumerate(zip(got, want)):
        if isinstance(w, bytes):
            if g.get_content() != w:
                problems.append(f"part {i}: attachment bytes differ")
            continue
        raw = g.get_payload(decode=True)
        cs = g.get_content_charset() or "us-ascii"
        try:
            strict = raw.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            problems.append(f"part {i}: does not decode in {cs}: {e}")
            continue
        if strict.replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: decoded text differs from the written text")
        if g.get_content().replace("\r\n", "\n").rstrip("\n") != w.rstrip("\n"):
            problems.append(f"part {i}: get_content() differs from the written text")
    # example domains only (decoded headers and all text parts, nested ones too)
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
        host = dom.lower().rstrip(".")
        if not EXAMPLE_DOMAIN.search(host) and host not in URL_OK and "www." + host not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    # the labels
    if tuple(expected) != FIELDS:
        problems.append("expected record has wrong keys")
    k = expected["kind"]
    if k not in KINDS:
        problems.append(f"bad kind {k}")
    wg = expected["workgroups"]
    if any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append("bad workgroups")
    if k not in ("registration", "change") and wg:
        problems.append("workgroups only for registration/change")
    ps = expected["party_size"]
    if k == "registration" and not (isinstance(ps, int) and ps >= 1):
        problems.append("registration needs party_size >= 1")
    if k == "change" and ps is not None and not (isinstance(ps, int) and ps >= 1):
        problems.append("bad party_size for change")
    if k not in ("registration", "change") and ps is not None:
        problems.append("party_size must be null")
    if k == "registration" and not wg:
        pass   # allowed by the conventions (no choice stated)
    if k == "bounce":
        if not expected["bounced_recipient"] or expected["bounced_recipient"] != expected["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status" for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif expected["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    if k in PERSON_KINDS:
        e = expected["email"]
        if not e or e != e.lower():
            problems.append("person mail needs a lower-case email")
        else:
            heads = " ".join(str(msg.get(h, "")) for h in ("From", "Reply-To")).lower()
            if e not in heads and e not in norm(text):
                problems.append("email not found in From/Reply-To/text")
        if not expected["name"] or norm(expected["name"]) not in norm(text):
            problems.append("name not written in the mail")
        if expected["organisation"] is not None and norm(expected["organisation"]) not in norm(text):
            problems.append("organisation not written in the mail")
        if not (isinstance(expected["language"], str) and re.fullmatch(r"[a-z]{2}", expected["language"])):
            problems.append("bad language code")
        sender = msg["From"].addresses[0].addr_spec.lower()
        if sender in senders:
            problems.append(f"sender {sender} already wrote mail {senders[sender]}")
        senders[sender] = name
    else:
        for f in ("email", "name", "organisation", "language"):
            if expected[f] is not None:
                problems.append(f"{f} must be null for {k}")
        sender = msg["From"].addresses[0].addr_spec.lower()
        if sender in senders:
            problems.append(f"sender {sender} already wrote mail {senders[sender]}")
        senders[sender] = name
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t, _ in built)
    langs = sorted({t for _, _, _, t, _ in built})
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{x:>5}" for x in langs))
    for k in KINDS:
        print(f"  {k:13}" + "".join(f"{table[(k, l)] or '-':>5}" for l in langs))
    roles = collections.Counter((r, e["kind"]) for _, _, e, _, r in built)
    print("role -> kind:")
    for (r, k), c in sorted(roles.items()):
        print(f"  {r:40} {k:13} {c}")
    types = collections.Counter()
    encs = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (charset, transfer encoding):")
    for (cs, cte), c in sorted(encs.items()):
        print(f"  {cs:14} {cte:18} {c}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="write nothing; fail if the files on disk differ")
    ap.add_argument("--stats", action="store_true", help="print corpus counts")
    args = ap.parse_args()

    built = build_all()
    mails_dir = HERE / "mails"
    expected = {name: e for name, _, e, _, _ in built}
    exp_text = "{\n" + ",\n".join(
        f"  {json.dumps(name)}: {json.dumps(e, ensure_ascii=False)}"
        for name, e in expected.items()) + "\n}\n"
    datas = [m.as_bytes() for _, m, _, _, _ in built]

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

    senders = {}
    for (name, m, e, _, _), data in zip(built, datas):
        for problem in check(name, data, m, e, senders):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
