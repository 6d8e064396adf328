#!/usr/bin/env python3
"""Build the "fachtag" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Fachtag Arbeit und Ausbildung 2027 (Stadt Münster), Wed 10 Nov 2027,
five forums ANK, AZB, SPR, GRD, BTR (numbers 1..5 in this order, see config.toml).

Many mails in this set do not come from attendees, or are not about the writer's
own attendance: speakers, press, volunteers, caterers, print shops, sponsors,
interpreters, exhibitors, the city's own staff.  They are mixed with ordinary
registrations, changes and cancellations.

Every mail text below is written by hand.  This script wraps the texts in MIME with
the standard `email` package, writes the files, then reads every file back with
email.policy.default and checks it (no defects, each text part decodes to exactly the
written text, attachments byte-identical, lines <= 998 octets, dates rising, example
domains only, labels consistent with the mail).

    python3 make_mails.py           # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check   # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats   # also print counts

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
from email.utils import formataddr, format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

FT = "fachtag-arbeit@muenster.example"
FT_NAME = "Fachtag Arbeit und Ausbildung"
TO_FT = f"{FT_NAME} <{FT}>"
INVITATION_ID = "<einladung-fachtag-2027.20270921093000@muenster.example>"
INVITATION_SUBJECT = "Einladung: Fachtag Arbeit und Ausbildung 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Fachtag Arbeit und Ausbildung 2027"
REMINDER7_SUBJECT = "Erinnerung: Fachtag Arbeit und Ausbildung 2027 in einer Woche"
REMINDER1_SUBJECT = "Erinnerung: Fachtag Arbeit und Ausbildung 2027 ist morgen"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("ANK", "AZB", "SPR", "GRD", "BTR")
LANGUAGES = ("de", "en", "tr", "ar", "uk")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset=None, enc="q"):
    if name.isascii():
        return formataddr((name, address))
    return f"{ew(name, charset or 'utf-8', enc)} <{address}>"


def gt_quote(text, prefix="> "):
    bare = prefix.rstrip()
    return "\n".join((prefix + line) if line else bare for line in text.split("\n"))


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
    return hashlib.sha256(f"fachtag/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# ---------------------------------------------------------------------------
# one message
# ---------------------------------------------------------------------------

class Mail:
    def __init__(self, slug, when, tz_hours):
        self.slug = slug
        tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
        self.when = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []
        self._nb = 0

    def head(self, *pairs, envelope=None, received=True):
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", FT)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            local_tz = datetime.timezone(datetime.timedelta(
                hours=2 if self.when < datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc) else 1))
            arrival = format_datetime((self.when + datetime.timedelta(seconds=4)).astimezone(local_tz))
            zone = "CEST" if local_tz.utcoffset(None).seconds == 7200 else "CET"
            qid = _h(self.slug, "qid")[:11].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{FT}>; {arrival} ({zone})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            elif name in ("Subject", "Thread-Topic"):
                msg.set_raw(name, ew(value, "utf-8", "q"))   # as mail clients encode it
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
            return f"_00{self._nb}_FR2P281MB{h[:12].upper()}DEUP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx.{style}.example"
        if style == "exchange":
            return f"_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}_"
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
        return self.msg.as_bytes(policy=POLICY)


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
    ops = ["BT", "/F1 18 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 12 Tf")
        ops.append(f"({line}) Tj")
        ops.append("0 -22 Td")
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
# texts the organiser sent (quoted in replies, returned in bounces)
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,
liebe Kolleginnen und Kollegen,

die Stadt Münster lädt Sie herzlich zum Fachtag Arbeit und Ausbildung 2027
ein. Wie finden zugewanderte Menschen schneller in Arbeit und Ausbildung –
und was brauchen Betriebe, Beratungsstellen und Vereine dafür?

Datum: Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr
Ort: Volkshochschule Münster, Aegidiimarkt 3, 48143 Münster

Nach dem Grußwort und einem Impulsvortrag arbeiten wir ab 11:00 Uhr in fünf
parallelen Foren:

Forum 1: Anerkennung ausländischer Berufs- und Studienabschlüsse
Forum 2: Ausbildung für junge Zugewanderte: Einstieg, Begleitung, Abschluss
Forum 3: Deutsch im Job: Berufssprachkurse und Sprachförderung im Betrieb
Forum 4: Gründen in Münster: Selbstständigkeit mit Migrationsgeschichte
Forum 5: Betriebe als Partner: Fachkräftesicherung und interkulturelle Teams

Bitte melden Sie sich bis zum 3. November 2027 per E-Mail an
fachtag-arbeit@muenster.example an: Name, Organisation, gewünschtes Forum
(gern mit Zweitwunsch) und Anzahl der Personen.

Die Teilnahme ist kostenfrei. Mittagsimbiss und Getränke stellen wir.

Mit freundlichen Grüßen
Jana Overbeck
Kommunales Integrationszentrum Münster
in Kooperation mit der Wirtschaftsförderung Münster"""

FORUM_LINE = {
    "ANK": "Forum 1 – Anerkennung ausländischer Berufs- und Studienabschlüsse",
    "AZB": "Forum 2 – Ausbildung für junge Zugewanderte: Einstieg, Begleitung, Abschluss",
    "SPR": "Forum 3 – Deutsch im Job: Berufssprachkurse und Sprachförderung im Betrieb",
    "GRD": "Forum 4 – Gründen in Münster: Selbstständigkeit mit Migrationsgeschichte",
    "BTR": "Forum 5 – Betriebe als Partner: Fachkräftesicherung und interkulturelle Teams",
}


def confirmation(salutation, fid, persons):
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Fachtag Arbeit und Ausbildung 2027 am
Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr, in der Volkshochschule
Münster, Aegidiimarkt 3, 48143 Münster.

Ihr Forum:
{FORUM_LINE[fid]}

Angemeldete Personen: {persons}

Sie möchten das Forum wechseln oder können nicht kommen? Antworten Sie
einfach auf diese E-Mail.

Mit freundlichen Grüßen
Fachtag Arbeit und Ausbildung 2027
Kommunales Integrationszentrum Münster"""


def reminder(salutation, fid, persons, days):
    lead = ("in einer Woche ist es so weit" if days == 7 else "morgen ist es so weit")
    return f"""Guten Tag {salutation},

{lead}: Der Fachtag Arbeit und Ausbildung 2027 findet am
Mittwoch, 10. November 2027, von 9:00 bis 16:00 Uhr in der Volkshochschule
Münster, Aegidiimarkt 3, 48143 Münster, statt.

Ihr Forum: {FORUM_LINE[fid]}
Angemeldete Personen: {persons}

Einlass und Namensschilder am Empfang ab 8:30 Uhr. Falls Sie doch nicht
kommen können, antworten Sie bitte kurz auf diese E-Mail – dann können wir
den Platz weitergeben.

Mit freundlichen Grüßen
Fachtag Arbeit und Ausbildung 2027
Kommunales Integrationszentrum Münster"""


def organiser_message(to, subject, body, when, msgid, in_reply_to=None, auto="auto-replied"):
    """A whole message the organiser's mailbot sent (for message/rfc822 parts)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_FT
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["Auto-Submitted"] = auto
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m


# Message-IDs of the organiser's confirmations and reminders that mails refer to
CONF = {
    "terhaar": "<fachtag.20270921110318.4b1e@muenster.example>",
    "broekelmann": "<fachtag.20270922081809.9a0c@muenster.example>",
    "demirci": "<fachtag.20270922195611.27fd@muenster.example>",
    "alhalabi": "<fachtag.20270924143104.c3e8@muenster.example>",
    "voss": "<fachtag.20270927084122.61aa@muenster.example>",
    "melnyk": "<fachtag.20270929130607.e2d9@muenster.example>",
    "okoye": "<fachtag.20271004103112.0f47@muenster.example>",
    "stegemann": "<fachtag.20271007080638.b85c@muenster.example>",
}
REM7 = {
    "alhalabi": "<fachtag.erinnerung7.20271103090014.18c2@muenster.example>",
    "voss": "<fachtag.erinnerung7.20271103090016.3d90@muenster.example>",
}
REM1 = {
    "demirci": "<fachtag.erinnerung1.20271109090009.7e15@muenster.example>",
}


# ---------------------------------------------------------------------------
# HTML flavours of mail clients
# ---------------------------------------------------------------------------

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
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
span.E-MailFormatvorlage19
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


def outlook_html(text, quote=None, cs="windows-1252", labels=("Von", "Gesendet", "An", "Betreff")):
    """Outlook Word-HTML; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang=DE>{lv}:</span></b><span lang=DE> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return OUTLOOK_HEAD.format(cs=cs) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=("Von", "Gesendet", "An", "Betreff")):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = labels
    return (f"{text}\n\n{lv}: {von}\n{lg}: {gesendet}\n{la}: {an}\n"
            f"{lb}: {betreff}\n\n{quoted}")


def gmail_html(text, rtl=False, quote_head=None, quoted=None):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
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


def simple_html(text, style="font-family: Arial, sans-serif; font-size: 14px;"):
    paras = text.split("\n\n")
    body = "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"{style}\">\n{body}\n</body></html>\n")


# ---------------------------------------------------------------------------
# the mails, in arrival order
# ---------------------------------------------------------------------------

MAILS = []


def mail(slug, when, expected, text_lang, tz=2):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Thunderbird reply under the whole invitation (all five forums in the quote).
# Choice in the new text: "Forum 1 (Anerkennung)".

@mail("terhaar-reply-quoting-invitation", "2027-09-21 11:02:14",
      E("registration", "b.terhaar@caritas-ms.example", "Birgit Terhaar",
        "Caritasverband für die Stadt Münster e.V.", ["ANK"], 1, "de"), "de")
def _(m):
    m.head(("From", "Birgit Terhaar <b.terhaar@caritas-ms.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<6f0b2a8e-51c4-4d3e-b7a9-2e4c19d8f03a@caritas-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Overbeck,

danke für die Einladung, das Programm klingt gut. Ich melde mich gern an,
und zwar für Forum 1 (Anerkennung). In unserer Migrationsberatung sitzen
ständig Leute mit ausländischen Abschlüssen, bei denen das Verfahren seit
Monaten hängt – da erhoffe ich mir ein paar gute Kontakte.

Ich komme allein.

Herzliche Grüße
Birgit Terhaar

-- 
Birgit Terhaar
Migrationsberatung für erwachsene Zugewanderte (MBE)
Caritasverband für die Stadt Münster e.V.
Josefstraße 2, 48151 Münster
Tel. 0251 53009-412

Am 21.09.27 um 09:30 schrieb Fachtag Arbeit und Ausbildung:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 002 ---------------------------------------------------------------------
# Print shop advertising name badges and roll-ups for "Fachtage"; mentions
# participant lists and forums.  Commercial offer -> other.

DRUCK_TEXT = """Guten Tag,

Fachtag, Tagung oder Kongress im Herbst? Wir machen das Drucken einfach:

- Namensschilder mit Clip oder Band – Sie schicken uns die Teilnehmerliste als Excel, wir liefern am Vortag
- Roll-ups 85 × 200 cm inkl. Tasche ab 69 €
- Tagungsmappen und Programmhefte, auch mehrsprachig
- Wegweiser und Raumbeschilderung für Foren und Workshops

Bis 31. Oktober gibt es 15 % Herbstrabatt mit dem Code HERBST27.

Jetzt anfragen: https://www.druckhaus-kemper.example/tagungen
Oder rufen Sie uns an: 0251 93 21 40

Ihr Team vom Druckhaus Kemper
Druckhaus Kemper GmbH & Co. KG · Robert-Bosch-Straße 12 · 48153 Münster

Sie möchten keine Angebote mehr von uns erhalten? Abmelden: https://www.druckhaus-kemper.example/abmelden?id=55c0e1"""


@mail("druckhaus-kemper-advertising", "2027-09-21 16:20:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Druckhaus Kemper <angebote@druckhaus-kemper.example>"),
           ("To", FT),
           ("Subject", "Ihr Fachtag im Herbst? Namensschilder, Roll-ups & Tagungsmappen – 15 % Rabatt"),
           ("Date", m.date),
           ("Message-ID", "<20270921142005.55c0e1.mailing@news.druckhaus-kemper.example>"),
           ("List-Unsubscribe", "<https://www.druckhaus-kemper.example/abmelden?id=55c0e1>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("X-Mailer", "Mailjet-like Sender 4.2"),
           ("MIME-Version", "1.0"))
    m.alternative(DRUCK_TEXT, simple_html(DRUCK_TEXT, "font-family: Helvetica, Arial, sans-serif; color:#222;"),
                  charset="utf-8", cte="quoted-printable")


# -- 003 ---------------------------------------------------------------------
# Outlook HTML only, windows-1252 QP, reply to the invitation; two persons,
# forum named by title words in typographic quotes, second choice by paraphrase.

BROEKELMANN_TEXT = """Sehr geehrte Frau Overbeck,

für die Handwerkskammer Münster melden wir uns zu zweit zum Fachtag an: mein Kollege Herr Jörg Schmitz (Ausbildungsberatung) und ich.

Wir möchten am liebsten in das Forum „Betriebe als Partner“. Sollte das voll sein, gern in das Forum zur Ausbildung junger Zugewanderter – das Thema liegt uns als Kammer natürlich ebenso am Herzen.

Mit freundlichen Grüßen
i. A.

Dr. Stefan Brökelmann
Abteilungsleiter Berufsbildung
Handwerkskammer Münster
Bismarckallee 1 | 48151 Münster
Tel. +49 251 5203-117
www.hwk-muenster.example"""


@mail("broekelmann-hwk-outlook-html", "2027-09-22 06:17:40",
      E("registration", "s.broekelmann@hwk-muenster.example", "Stefan Brökelmann",
        "Handwerkskammer Münster", ["BTR", "AZB"], 2, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brökelmann, Stefan" <s.broekelmann@hwk-muenster.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcK3Vd9fJm2XrUQkeB8lZx0aTq4w=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1874C3E0A5B14F6E92D7A1B0C4E8@FR2P281MB1874.DEUP281.PROD.OUTLOOK.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FT, "Dienstag, 21. September 2027 09:30", TO_FT, INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(BROEKELMANN_TEXT, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Turkish, Gmail multipart/alternative, UTF-8 base64. "4. forum".

DEMIRCI_TEXT = """Merhaba Overbeck Hanım,

10 Kasım'daki Fachtag Arbeit und Ausbildung etkinliğine katılmak istiyorum.
Derneğimizde son zamanlarda kendi işini kurmak isteyen çok üye var, bu yüzden
en çok 4. forum (Gründen in Münster – Selbstständigkeit) ilgimi çekiyor.

Tek kişi olarak geleceğim.

Saygılarımla
Gülay Demirci
Türk-Alman İşadamları Derneği Münster
0171 482 33 90"""


@mail("demirci-turkish-gmail", "2027-09-22 19:55:03",
      E("registration", "g.demirci@taid-muenster.example", "Gülay Demirci",
        "Türk-Alman İşadamları Derneği Münster", ["GRD"], 1, "tr"), "tr")
def _(m):
    m.head(("From", addr("Gülay Demirci", "g.demirci@taid-muenster.example", "utf-8", "b")),
           ("To", FT),
           ("Subject", ew("Fachtag 10 Kasım – kayıt", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq8Ld2pT0vRk7nWmJ4sYb9eHc1uGz5aN6oQi2fK8wVxE3Mg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(DEMIRCI_TEXT, gmail_html(DEMIRCI_TEXT), charset="utf-8", cte="base64",
                  style="gmail")


# -- 005 ---------------------------------------------------------------------
# The city's own staff: a colleague asks internal things (numbers for the
# mayor's office, swapping rooms of Forum 2 and 5).  Registers no one -> question.

@mail("rensing-internal-numbers-and-rooms", "2027-09-23 10:12:51",
      E("question", "heike.rensing@stadt-muenster.example", "Heike Rensing",
        "Stadt Münster, Wirtschaftsförderung", [], None, "de"), "de")
def _(m):
    m.head(("From", '"Rensing, Heike" <heike.rensing@stadt-muenster.example>'),
           ("To", FT),
           ("Subject", "Fachtag – Zahlen fürs OB-Büro + Raumfrage"),
           ("Date", m.date),
           ("Message-ID", "<000301dc2c5e$7a1f3b20$6e5db160$@stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Jana,

kurze Frage zwischendurch: Wie viele Anmeldungen habt ihr inzwischen im Postfach? Das Büro des Oberbürgermeisters will bis Freitag wissen, ob er das Grußwort selbst hält oder die Bürgermeisterin übernimmt – „unter 80 Leuten eher nicht“, hieß es.

Und zweitens: Die VHS fragt, ob wir Forum 2 und Forum 5 tauschen können, weil in Raum 104 nur 25 Stühle passen. Spricht aus deiner Sicht was dagegen?

Danke dir & Gruß
Heike

Heike Rensing
Stadt Münster, Wirtschaftsförderung
Team Fachkräftesicherung
Stadthaus 1, Klemensstraße 10, 48143 Münster
Tel. 0251 492-8423
""", charset="utf-8", cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# English: a doctoral researcher asks for last year's documentation and says
# she may register later -> question.

PRIYA_TEXT = """Dear Ms Overbeck,

I hope this is the right address for this. I am a doctoral researcher at the Institute of Sociology at the University of Münster; my project looks at how municipalities support the labour market integration of refugees.

A colleague told me that last year's Fachtag Arbeit und Ausbildung had a very interesting session on the recognition of foreign qualifications. Is there a written documentation or a collection of the presentations from 2026 that you could share with me? I would of course cite it properly.

I saw that this year's Fachtag is on 10 November – I will probably register separately once I know whether my teaching schedule allows it.

Many thanks and best regards,
Priya Raghunathan
Institute of Sociology
University of Münster"""


@mail("raghunathan-english-documentation-2026", "2027-09-24 09:03:26",
      E("question", "priya.raghunathan@uni-muenster.example", "Priya Raghunathan",
        "University of Münster", [], None, "en"), "en")
def _(m):
    m.head(("From", "Priya Raghunathan <priya.raghunathan@uni-muenster.example>"),
           ("To", FT),
           ("Subject", "Documentation of Fachtag 2026?"),
           ("Date", m.date),
           ("Message-ID", "<CAJm4Ts0kPq9rV2nXw7bL1yZ3eD8fG6hU5iO0aS4cE2rT9uWnBQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(PRIYA_TEXT, gmail_html(PRIYA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 007 ---------------------------------------------------------------------
# Arabic, Gmail alternative (rtl HTML), UTF-8 QP.  Forum 1 by ordinal word
# ("المنتدى الأول"); his wife comes too -> 2.  Latin name and German
# association name in the signature.

HALABI_TEXT = """السلام عليكم،

أرغب في التسجيل في اليوم المتخصص للعمل والتدريب المهني (Fachtag Arbeit und Ausbildung) يوم 10 نوفمبر 2027.
أنا مهندس مدني من سوريا وما زلت أنتظر الاعتراف بشهادتي، لذلك أريد المشاركة في المنتدى الأول (الاعتراف بالشهادات الأجنبية).
ستأتي معي زوجتي أيضاً، فهي صيدلانية ولديها نفس المشكلة. إذن نحن شخصان.

مع الشكر والتقدير
محمد الحلبي
Mohammad Al-Halabi
Syrisch-Deutscher Verein für Bildung und Arbeit e.V."""


@mail("alhalabi-arabic-forum-one", "2027-09-24 14:30:12",
      E("registration", "m.alhalabi@webpost.example", "Mohammad Al-Halabi",
        "Syrisch-Deutscher Verein für Bildung und Arbeit e.V.", ["ANK"], 2, "ar"), "ar")
def _(m):
    m.head(("From", "Mohammad Al-Halabi <m.alhalabi@webpost.example>"),
           ("To", FT),
           ("Subject", ew("تسجيل – Fachtag Arbeit und Ausbildung", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAB9wq1Rt7yUi3oP0aS5dF2gH8jK4lZ6xC1vB3nM7qW9eR2tY0A@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(HALABI_TEXT, gmail_html(HALABI_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 008 ---------------------------------------------------------------------
# Postfix DSN: the confirmation for 007 could not be stored (mailbox full).

@mail("webpost-bounce-mailbox-full", "2027-09-24 14:31:44",
      E("bounce", bounced="m.alhalabi@webpost.example"), "en")
def _(m):
    rcpt = "m.alhalabi@webpost.example"
    m.head(("From", "MAILER-DAEMON@mx.webpost.example (Mail Delivery System)"),
           ("To", FT),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270924123144.7C1D2E0F4A@mx.webpost.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mx.webpost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host store3.webpost.example[192.0.2.41] said: 552
    5.2.2 <{rcpt}>: Mailbox full: quota exceeded (in reply to
    RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.webpost.example"),
         ("X-Postfix-Queue-ID", "7C1D2E0F4A"),
         ("X-Postfix-Sender", f"rfc822; {FT}"),
         ("Arrival-Date", "Fri, 24 Sep 2027 14:31:09 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; store3.webpost.example"),
         ("Diagnostic-Code", f"smtp; 552 5.2.2 <{rcpt}>: Mailbox full: quota exceeded")])
    inner = organiser_message(f"Mohammad Al-Halabi <{rcpt}>", CONFIRMATION_SUBJECT,
                              confirmation("Herr Al-Halabi", "ANK", 2),
                              "Fri, 24 Sep 2027 14:31:04 +0200", CONF["alhalabi"],
                              "<CAB9wq1Rt7yUi3oP0aS5dF2gH8jK4lZ6xC1vB3nM7qW9eR2tY0A@mail.gmail.example>")
    ret = rfc822_part(inner)
    m.multi("report", [note, dsn, ret], style="postfix",
            params={"report-type": "delivery-status"})


# -- 009 ---------------------------------------------------------------------
# A student offers to help on the day ("Anmeldung/Namensschilder" is a task
# she offers, not a registration).  Signs "Lea" only -> display name.

@mail("kortmann-volunteer-offer", "2027-09-25 16:45:30",
      E("question", "lea.kortmann@mailbox.example", "Lea Kortmann", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Lea Kortmann <lea.kortmann@mailbox.example>"),
           ("To", FT),
           ("Subject", "Helfen beim Fachtag?"),
           ("Date", m.date),
           ("Message-ID", "<a93f2c71-0d6e-4b58-8f14-6c2e7b9d1a05@mailbox.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.3"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Fachtag-Team,

ich hab die Einladung über meine Praxisanleiterin bekommen und wollte
fragen, ob ihr für den Tag noch Helferinnen oder Helfer braucht. Ich
studiere Soziale Arbeit an der FH Münster (5. Semester) und hätte am
10.11. den ganzen Tag Zeit.

Ich könnte z. B. am Empfang die Anmeldung/Namensschilder machen, Leute zu
den Forumsräumen lotsen oder beim Aufbau helfen. Außerdem spreche ich
Farsi (meine Mutter kommt aus Teheran), falls jemand Übersetzung braucht.

Geld brauche ich dafür keins, eine Bescheinigung fürs Praktikum wäre aber
cool 🙂

Liebe Grüße
Lea
""", charset="utf-8", cte="8bit")


# -- 010 ---------------------------------------------------------------------
# Outlook multipart/alternative, windows-1252 QP.  The Jobcenter registers four
# people (listed), all Forum 3, plus a question about certificates.

VOSS_TEXT = """Sehr geehrte Frau Overbeck,

hiermit melde ich für das Jobcenter Münster vier Personen zum Fachtag Arbeit und Ausbildung an:

- Katrin Voß (Teamleitung Markt & Integration)
- Ahmet Yüksel (Integrationsfachkraft)
- Sabine Große-Kleimann (Integrationsfachkraft)
- Oleksandr Bondar (Integrationsfachkraft)

Wir würden alle gern in Forum 3 „Deutsch im Job“ gehen – die Verzahnung von Berufssprachkursen und Vermittlung ist bei uns gerade ein großes Thema.

Eine Frage noch: Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Die bräuchten wir für die interne Fortbildungsdokumentation.

Mit freundlichen Grüßen
Im Auftrag

Katrin Voß
Teamleitung Markt & Integration
Jobcenter Münster
Martin-Luther-King-Weg 22, 48155 Münster
Telefon: 0251 98765-430
E-Mail: katrin.voss@jobcenter-muenster.example

------------------------------------------------------------
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""


@mail("voss-jobcenter-four-persons-plus-question", "2027-09-27 08:40:58",
      E("registration", "katrin.voss@jobcenter-muenster.example", "Katrin Voß",
        "Jobcenter Münster", ["SPR"], 4, "de"), "de")
def _(m):
    m.head(("From", '"Voß, Katrin" <katrin.voss@jobcenter-muenster.example>'),
           ("To", TO_FT),
           ("Subject", "Anmeldung Fachtag Arbeit und Ausbildung – Jobcenter Münster (4 Personen)"),
           ("Thread-Topic", "Anmeldung Fachtag Arbeit und Ausbildung – Jobcenter Münster (4 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB2210F0D7E3A64B9C85A1D2E3F4A5@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(VOSS_TEXT, outlook_html(VOSS_TEXT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# Caterer offers its services, ISO-8859-15 (Euro sign), with a PDF offer.
# It is a training company itself and "would gladly tell about it" -> still other.

ANATOLIA_TEXT = """Sehr geehrte Damen und Herren,

wir haben auf der Internetseite der Stadt gelesen, dass am 10. November der Fachtag Arbeit und Ausbildung in der VHS stattfindet. Gern möchten wir Ihnen unser Catering anbieten.

Für ca. 150 Personen schlagen wir vor:
- Begrüßungskaffee mit Simit und Gebäck
- Mittagsbuffet (vegetarisch/vegan, halal), z. B. Linsensuppe, Bulgur-Salat, Ofengemüse, Hähnchenspieße
- am Nachmittag Tee, Kaffee und Baklava

Preis: 18,50 € pro Person zzgl. MwSt., inkl. Geschirr, Aufbau und Service. Das ausführliche Angebot finden Sie im Anhang.

Übrigens: Wir sind selbst Ausbildungsbetrieb und beschäftigen Köchinnen und Köche aus sechs Ländern - vielleicht ist das auch für Ihre Foren ein interessantes Beispiel.

Mit freundlichen Grüßen
Serkan Öztürk
Anatolia Catering & Events
Hammer Straße 210, 48153 Münster
Tel. 0251 7788120 · www.anatolia-catering.example
"""


@mail("anatolia-catering-offer-pdf", "2027-09-28 11:20:37",
      E("other"), "de")
def _(m):
    m.head(("From", "Anatolia Catering & Events <info@anatolia-catering.example>"),
           ("To", FT),
           ("Subject", "Angebot Catering Fachtag 10.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<1f4e6a90b2c3d8e7.20270928112037@anatolia-catering.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    body = m.text(ANATOLIA_TEXT, charset="iso-8859-15", cte="quoted-printable")
    pdf = m.binary(make_pdf(["Anatolia Catering & Events - Angebot Nr. 2027-118",
                             "Fachtag Arbeit und Ausbildung, 10.11.2027, ca. 150 Personen",
                             "Begruessungskaffee, Mittagsbuffet, Nachmittagskaffee",
                             "18,50 EUR pro Person zzgl. MwSt."]),
                   "application", "pdf", "Angebot_Fachtag_2027-118.pdf")
    m.multi("mixed", [body, pdf])


# -- 012 ---------------------------------------------------------------------
# Ukrainian, windows-1251 QP, Cyrillic display name (RFC 2047 B in
# windows-1251).  Forum 3, else Forum 1.  No Latin form of her name.
# windows-1251 has no "ü": the association's German name is written "Muenster".

@mail("melnyk-ukrainian-cp1251", "2027-09-29 13:05:22",
      E("registration", "oksana.melnyk@ukr-gemeinde-ms.example", "Оксана Мельник",
        "Ukrainische Gemeinde Muenster e.V.", ["SPR", "ANK"], 1, "uk"), "uk")
def _(m):
    m.head(("From", addr("Оксана Мельник", "oksana.melnyk@ukr-gemeinde-ms.example",
                         "windows-1251", "b")),
           ("To", FT),
           ("Subject", ew("Реєстрація на Fachtag 10.11", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1632913522.418077.33@ukr-gemeinde-ms.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.6"),
           ("MIME-Version", "1.0"))
    m.single("""Доброго дня!

Мене звати Оксана Мельник, я представляю Українську громаду Мюнстера
(Ukrainische Gemeinde Muenster e.V.). Хочу зареєструватися на Fachtag Arbeit
und Ausbildung 10 листопада.

Найбільше мене цікавить форум 3 – Deutsch im Job (мовні курси для роботи).
Якщо там не буде місць, то форум 1 про визнання дипломів.

Буду одна.

З повагою,
Оксана Мельник
Ukrainische Gemeinde Muenster e.V.
""", charset="windows-1251", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Exhibitor: wants a table in the foyer; "Forum 1" only as something to be
# decided later -> question.

@mail("albers-infostand-question", "2027-09-30 09:50:09",
      E("question", "n.albers@anerkennung-nrw.example", "Nadine Albers",
        "Anerkennung NRW – Regionalbüro Münsterland", [], None, "de"), "de")
def _(m):
    m.head(("From", "Nadine Albers <n.albers@anerkennung-nrw.example>"),
           ("To", FT),
           ("Subject", "Infostand beim Fachtag am 10.11.?"),
           ("Date", m.date),
           ("Message-ID", "<5d1b8f3e-7a2c-4e60-b9d4-0c8e2f6a1b73@anerkennung-nrw.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag Frau Overbeck,

ich bin bei der Beratungsstelle „Anerkennung NRW – Regionalbüro Münsterland“
für die Öffentlichkeitsarbeit zuständig. Wir würden uns beim Fachtag gern
mit einem kleinen Infostand im Foyer präsentieren, weil viele Ratsuchende
gar nicht wissen, dass es eine kostenlose Anerkennungsberatung gibt.

Wir bräuchten:
- einen Tisch (ca. 1,80 m) und zwei Stühle
- Platz für ein Roll-up
- wenn möglich einen Stromanschluss für einen Laptop

Ist so etwas vorgesehen, und fallen dafür Kosten an? Bis wann müssten wir
Bescheid geben?

Ob von uns jemand zusätzlich am Forum 1 teilnimmt, klären wir noch intern –
dazu melde ich mich dann gesondert.

Viele Grüße aus Hiltrup
Nadine Albers
Anerkennung NRW – Regionalbüro Münsterland
Tel. 02501 44 39 870
""", charset="utf-8", cte="quoted-printable")


# -- 014 ---------------------------------------------------------------------
# iPhone, short, typos.  Also interested in "das mit der Ausbildung" but takes
# the founders' forum.  A hair salon without a name -> organisation null.

@mail("kara-iphone-gruender-forum", "2027-10-01 07:58:44",
      E("registration", "aylin.kara@mailbox.example", "Aylin Kara", None,
        ["GRD"], 1, "de"), "de")
def _(m):
    m.head(("From", "Aylin Kara <aylin.kara@mailbox.example>"),
           ("To", FT),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<8E41C2D7-3F0A-4B9E-A6D5-27C1E0B3F984@mailbox.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,
hiermit melde ich mich für den Fachtag am 10.11 an, Forum Gründung bitte. Hab seit 3 Jahren meinen eigenen Friseursalon in Kinderhaus und will nächstes Jahr zum ersten mal ausbilden, deshalb intressiert mich eigentlich auch das mit der Ausbildung aber ich nehm erstmal das Gründer Forum.
Komme allein
LG Aylin Kara

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# A speaker (Forum 4 impulse) asks about projector, time, and whether she has
# to register for lunch -> question.  Apple Mail alternative.

KESSLER_TEXT = """Liebe Frau Overbeck,

wie mit Herrn Dr. Lindner besprochen, übernehme ich den Impuls im Forum 4 (Gründen in Münster). Dazu drei praktische Fragen:

1. Gibt es im Raum einen Beamer mit HDMI-Anschluss? Ich komme mit meinem MacBook und bringe sicherheitshalber einen USB-C-Adapter mit.
2. Wie viel Zeit habe ich für den Impuls – eher 15 oder eher 30 Minuten?
3. Muss ich mich als Referentin eigentlich zusätzlich anmelden, damit ich beim Mittagessen mitgezählt werde?

Die Folien schicke ich Ihnen spätestens eine Woche vorher.

Herzliche Grüße
Martina Keßler

--
Prof. Dr. Martina Keßler
Fachbereich Wirtschaft – Entrepreneurship und Gründung
FH Münster"""


@mail("kessler-speaker-beamer-question", "2027-10-01 15:22:17",
      E("question", "martina.kessler@fh-muenster.example", "Martina Keßler",
        "FH Münster", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Prof. Dr. Martina Keßler", "martina.kessler@fh-muenster.example")),
           ("To", TO_FT),
           ("Subject", "Technik für Forum 4"),
           ("Date", m.date),
           ("Message-ID", "<C3A9F1E2-84B7-4D0C-9E6A-1F5B2D8C7A40@fh-muenster.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(KESSLER_TEXT, apple_html(KESSLER_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 016 ---------------------------------------------------------------------
# English, Yahoo-style alternative.  Forum 1, second choice Forum 5, two people.

OKOYE_TEXT = """Dear Ms Overbeck,

thank you for the invitation, which was forwarded to us by the Integrationsrat. I would like to register for the Fachtag on 10 November.

My main interest is Forum 1 on the recognition of foreign qualifications – many of our members are engineers, nurses and IT specialists who are stuck in the process. If there is space, Forum 5 (companies as partners) would be my second choice.

A colleague from our board, Ms Adaeze Nwosu, will come with me, so please count us as two people.

Kind regards,
Dr. Samuel Okoye
Chairman
African Professionals Network Münster e.V."""


@mail("okoye-english-forum-1-else-5", "2027-10-04 10:30:49",
      E("registration", "s.okoye@apn-muenster.example", "Samuel Okoye",
        "African Professionals Network Münster e.V.", ["ANK", "BTR"], 2, "en"), "en")
def _(m):
    m.head(("From", "Samuel Okoye <s.okoye@apn-muenster.example>"),
           ("To", FT),
           ("Subject", "Registration Fachtag Arbeit und Ausbildung"),
           ("Date", m.date),
           ("Message-ID", "<1417264903.2208815.1822811449801@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
                 "Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\">{esc(l) if l else '<br>'}</div>" for l in OKOYE_TEXT.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(OKOYE_TEXT, html_text, charset="utf-8", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Press: asks for accreditation for a reporter and a photographer, and about
# Forum 2 -> question (press, not participants).

@mail("feldkamp-press-accreditation", "2027-10-05 09:15:02",
      E("question", "t.feldkamp@muenstersche-rundschau.example", "Tobias Feldkamp",
        "Münstersche Rundschau", [], None, "de"), "de")
def _(m):
    m.head(("From", "Tobias Feldkamp <t.feldkamp@muenstersche-rundschau.example>"),
           ("To", FT),
           ("Cc", "presse@stadt-muenster.example"),
           ("Subject", "Presseakkreditierung Fachtag Arbeit und Ausbildung"),
           ("Date", m.date),
           ("Message-ID", "<20271005091502.GA4471@redaktion.muenstersche-rundschau.example>"),
           ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

die Münstersche Rundschau möchte über den Fachtag Arbeit und Ausbildung am
10. November berichten. Ich bitte um Akkreditierung für mich und unseren
Fotografen Jan Niehues.

Dazu ein paar Fragen:
- Hält der Oberbürgermeister das Grußwort, und gibt es danach die
  Möglichkeit für ein kurzes Gespräch?
- Dürfen wir in den Foren fotografieren oder nur im Plenum? (Uns ist klar,
  dass nicht jede Teilnehmerin aufs Bild möchte.)
- Gibt es vorab eine Pressemitteilung oder ein Programm mit den Namen der
  Referentinnen und Referenten?

Besonders interessiert uns Forum 2 zur Ausbildung - vielleicht können Sie
uns dort eine Auszubildende oder einen Betrieb als Gesprächspartner
vermitteln?

Mit freundlichen Grüßen
Tobias Feldkamp
Redaktion Lokales
Münstersche Rundschau
Tel. 0251 690-4471
""", charset="iso-8859-1", cte="8bit")


# -- 018 ---------------------------------------------------------------------
# Exchange out-of-office in answer to the organiser's reply to 013.
# Auto-Submitted header, "Automatische Antwort:", German and English.

@mail("albers-exchange-out-of-office", "2027-10-06 10:00:31",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", "Nadine Albers <n.albers@anerkennung-nrw.example>"),
           ("To", TO_FT),
           ("Subject", "Automatische Antwort: AW: Infostand beim Fachtag am 10.11.?"),
           ("Thread-Topic", "Infostand beim Fachtag am 10.11.?"),
           ("Date", m.date),
           ("Message-ID", "<2b8e7f01c4d94a5f9e3a6c1d0b2f8e47@EXCH02.anerkennung-nrw.example>"),
           ("In-Reply-To", "<fachtag.antwort.20271006115812.90ab@muenster.example>"),
           ("References", "<5d1b8f3e-7a2c-4e60-b9d4-0c8e2f6a1b73@anerkennung-nrw.example> "
                          "<fachtag.antwort.20271006115812.90ab@muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "n.albers@anerkennung-nrw.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 15. Oktober 2027 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@anerkennung-nrw.example oder Tel. 02501 44 39 800.

Thank you for your message. I am out of the office until 15 October 2027. For urgent matters please contact info@anerkennung-nrw.example.

Nadine Albers
Anerkennung NRW – Regionalbüro Münsterland"""
    m.alternative(text, outlook_html(text, cs="utf-8"), charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 019 ---------------------------------------------------------------------
# A managing director cannot come and recommends his colleague for Forum 2;
# she will register herself; he asks to add her to the mailing list.
# -> question (reply goes to him; nobody is registered).

@mail("wilmer-recommends-colleague", "2027-10-06 16:40:25",
      E("question", "f.wilmer@bildungswerk-mauritz.example", "Frank Wilmer",
        "Bildungswerk Mauritz gGmbH", [], None, "de"), "de")
def _(m):
    m.head(("From", "Frank Wilmer <f.wilmer@bildungswerk-mauritz.example>"),
           ("To", FT),
           ("Subject", "Fachtag – Empfehlung Kollegin"),
           ("Date", m.date),
           ("Message-ID", "<000c01dc38a4$1e7b2d90$5b7188b0$@bildungswerk-mauritz.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Overbeck,

danke für die Einladung zum Fachtag. Ich selbst bin am 10.11. leider auf der Mitgliederversammlung unseres Landesverbands in Düsseldorf und kann nicht kommen.

Ich möchte Ihnen aber meine Kollegin Dilek Aslan ans Herz legen: Sie leitet bei uns seit diesem Jahr die Assistierte Ausbildung und hat viel mit jungen Geflüchteten zu tun – für Forum 2 wäre sie genau die Richtige, vielleicht sogar für einen kurzen Praxisbericht, falls Sie so etwas noch suchen. Ich habe ihr die Einladung weitergeleitet, anmelden wird sie sich selbst.

Könnten Sie Frau Aslan außerdem in Ihren Verteiler für künftige Veranstaltungen aufnehmen? Ihre Adresse: d.aslan@bildungswerk-mauritz.example

Beste Grüße
Frank Wilmer
Geschäftsführer
Bildungswerk Mauritz gGmbH
Warendorfer Straße 140, 48145 Münster
""", charset="windows-1252", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# City employee registers as an ordinary participant; ISO-8859-1 QP.
# The city/department block in the signature; he comes for the JBA.

@mail("stegemann-jba-iso-8859-1", "2027-10-07 08:05:59",
      E("registration", "christoph.stegemann@stadt-muenster.example", "Christoph Stegemann",
        "Jugendberufsagentur Münster", ["AZB"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Stegemann, Christoph" <christoph.stegemann@stadt-muenster.example>'),
           ("To", FT),
           ("Subject", "Anmeldung Fachtag 10.11."),
           ("Date", m.date),
           ("Message-ID", "<001a01dc3925$c2e4f0a0$48aed1e0$@stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo Frau Overbeck,

ich melde mich hiermit für den Fachtag an, Forum 2 (Ausbildung für junge Zugewanderte).

Kurz zum Hintergrund: Ich bin in der Jugendberufsagentur für die Beratung von Jugendlichen ohne Ausbildungsplatz zuständig, und gut die Hälfte unserer Fälle sind inzwischen junge Menschen, die erst seit zwei, drei Jahren in Deutschland sind.

Viele Grüße
Christoph Stegemann

Stadt Münster
Amt für Kinder, Jugendliche und Familien
Jugendberufsagentur Münster
Telefon 0251 492-5831
""", charset="iso-8859-1", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# A freelance interpreter offers her services (rates, forums) -> other.
# German with an Arabic closing line; multipart/alternative.

MANSOUR_TEXT = """Sehr geehrte Damen und Herren,

ich bin allgemein beeidigte Dolmetscherin und ermächtigte Übersetzerin für Arabisch (Hocharabisch, syrischer und irakischer Dialekt) und Kurmancî und arbeite seit 2015 für Behörden, Gerichte und Bildungsträger im Münsterland.

Für Ihren Fachtag Arbeit und Ausbildung biete ich Ihnen an:
• Flüsterdolmetschen in einem oder mehreren Foren
• Konsekutivdolmetschen für Grußworte und Podiumsgespräche
• Übersetzung Ihrer Einladung und des Programmflyers ins Arabische

Mein Tagessatz beträgt 480 € zzgl. MwSt. (bis 8 Stunden), Übersetzungen rechne ich nach Normzeilen ab. Referenzen sende ich Ihnen gern zu.

مع أطيب التحيات
Rania Mansour
Dolmetschen & Übersetzen Arabisch · Kurmancî
Wolbecker Straße 54, 48155 Münster
www.mansour-dolmetschen.example"""


@mail("mansour-interpreter-offer", "2027-10-08 14:14:40",
      E("other"), "de")
def _(m):
    m.head(("From", "Rania Mansour <kontakt@mansour-dolmetschen.example>"),
           ("To", FT),
           ("Subject", "Dolmetschen Arabisch/Kurmancî für Ihren Fachtag am 10.11."),
           ("Date", m.date),
           ("Message-ID", "<b6d1e0f2-3a47-4c8b-95e2-7f0a1c3d5e69@mansour-dolmetschen.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
           ("MIME-Version", "1.0"))
    m.alternative(MANSOUR_TEXT, simple_html(MANSOUR_TEXT, "font-family: Calibri, sans-serif;"),
                  charset="utf-8", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change, Thunderbird reply quoting the confirmation (Forum 1, 1 person):
# moves to Forum 3 and brings a colleague -> 2.

@mail("terhaar-change-forum-3-plus-colleague", "2027-10-11 10:25:33",
      E("change", "b.terhaar@caritas-ms.example", "Birgit Terhaar", None,
        ["SPR"], 2, "de"), "de")
def _(m):
    m.head(("From", "Birgit Terhaar <b.terhaar@caritas-ms.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c7d3e19-8b2a-4f65-a1e0-94d7c2b8f516@caritas-ms.example>"),
           ("In-Reply-To", CONF["terhaar"]),
           ("References", f"<6f0b2a8e-51c4-4d3e-b7a9-2e4c19d8f03a@caritas-ms.example> {CONF['terhaar']}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Liebe Frau Overbeck,

nach Rücksprache im Team eine Änderung: Ich würde doch lieber ins Forum 3
(Deutsch im Job) wechseln, weil wir ab Januar selbst einen berufsbezogenen
Sprachkurs mit anbieten. Und meine Kollegin Mira Schäfers kommt mit, wir
wären also zu zweit.

Geht das noch?

Herzliche Grüße
Birgit Terhaar

Am 21.09.27 um 11:03 schrieb Fachtag Arbeit und Ausbildung:
{gt_quote(confirmation("Frau Terhaar", "ANK", 1))}
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 023 ---------------------------------------------------------------------
# Sponsor (bank marketing) asks whether sponsoring is possible and whom to talk
# to; mentions Forum 4.  Reply-To: the team mailbox.  Outlook alternative.

LAMMERDING_TEXT = """Sehr geehrte Frau Overbeck,

die Volksbank Aasee eG engagiert sich seit Jahren für Gründerinnen und Gründer mit Zuwanderungsgeschichte, unter anderem mit unserem Mikrokreditprogramm „Startklar“. Wir könnten uns gut vorstellen, den Fachtag Arbeit und Ausbildung als Sponsor zu unterstützen – etwa durch die Übernahme der Kaffeepausen oder eines kleinen Preises für Gründungsideen im Forum 4.

Im Gegenzug würden wir uns über eine Nennung im Programmheft und ein Roll-up im Foyer freuen.

Wäre das grundsätzlich möglich? Und wer wäre bei der Stadt die richtige Ansprechperson für eine Sponsoringvereinbarung?

Mit freundlichen Grüßen

Kerstin Lammerding
Marketing & Kommunikation
Volksbank Aasee eG
Telefon 0251 5005-214"""


@mail("lammerding-sponsoring-question", "2027-10-12 07:40:18",
      E("question", "marketing@vb-aasee.example", "Kerstin Lammerding",
        "Volksbank Aasee eG", [], None, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Lammerding, Kerstin" <kerstin.lammerding@vb-aasee.example>'),
           ("Reply-To", "Marketing Volksbank Aasee <marketing@vb-aasee.example>"),
           ("To", TO_FT),
           ("Subject", "Sponsoring Fachtag Arbeit und Ausbildung"),
           ("Thread-Topic", "Sponsoring Fachtag Arbeit und Ausbildung"),
           ("Date", m.date),
           ("Message-ID", "<AS8P189MB1555E2C4B7F0416DA3B9C0D1E2F3@AS8P189MB1555.EURP189.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(LAMMERDING_TEXT, outlook_html(LAMMERDING_TEXT, cs="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 024 ---------------------------------------------------------------------
# The recommended colleague registers herself, forwarding the invitation as her
# boss forwarded it to her (Outlook plain "WG:" chain).  Forum 2, else 3.

ASLAN_TEXT = """Sehr geehrte Frau Overbeck,

Herr Wilmer hat mir Ihre Einladung weitergeleitet (s. u.) – vielen Dank! Ich melde mich hiermit für Forum 2 an, als Zweitwunsch gern Forum 3.

Einen kurzen Praxisbericht aus der Assistierten Ausbildung kann ich gern beisteuern, wenn das noch passt – sprechen Sie mich einfach an.

Freundliche Grüße
Dilek Aslan
Assistierte Ausbildung (AsA flex)
Bildungswerk Mauritz gGmbH
Tel. 0251 2879-61"""

WILMER_FWD = f"""Hallo Dilek,

das wäre doch was für dich, vor allem Forum 2. Ich bin an dem Tag in Düsseldorf. Melde dich gern direkt an.

Gruß
Frank

Von: {FT_NAME} <{FT}>
Gesendet: Dienstag, 21. September 2027 09:30
An: {FT_NAME} <{FT}>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("aslan-registers-via-forward", "2027-10-13 11:10:04",
      E("registration", "d.aslan@bildungswerk-mauritz.example", "Dilek Aslan",
        "Bildungswerk Mauritz gGmbH", ["AZB", "SPR"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dilek Aslan <d.aslan@bildungswerk-mauritz.example>"),
           ("To", FT),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<001f01dc3c13$8d2e7c40$a78b74c0$@bildungswerk-mauritz.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = ("Frank Wilmer <f.wilmer@bildungswerk-mauritz.example>",
             "Montag, 27. September 2027 17:12",
             "Dilek Aslan <d.aslan@bildungswerk-mauritz.example>",
             "WG: " + INVITATION_SUBJECT, WILMER_FWD)
    m.alternative(outlook_plain(ASLAN_TEXT, quote), outlook_html(ASLAN_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 QP.  A garage owner: Forum 5, else Forum 2; his son
# comes too -> 2.  The business is his organisation.

@mail("aydogan-turkish-iso-8859-9", "2027-10-14 18:30:27",
      E("registration", "info@aydogan-kfz.example", "Mehmet Aydoğan",
        "Aydoğan KFZ-Service", ["BTR", "AZB"], 2, "tr"), "tr")
def _(m):
    m.head(("From", addr("Mehmet Aydoğan", "info@aydogan-kfz.example", "iso-8859-9", "q")),
           ("To", FT),
           ("Subject", ew("Fachtag katılım - Aydoğan KFZ", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<20271014183027.4F2A19C0@aydogan-kfz.example>"),
           ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"),
           ("MIME-Version", "1.0"))
    m.single("""Merhabalar,

Ben Mehmet Aydoğan, Coerde'de 2009'dan beri bir oto tamir atölyem var.
Yanımda şu an 6 kişi çalışıyor ama usta bulmak çok zor, bu yüzden
Fachtag'a katılmak istiyorum.

Beni en çok 5. forum ilgilendiriyor (Betriebe als Partner). Olmazsa 2. forum
da olur, çünkü seneye iki çırak (Azubi) almak istiyoruz.

Oğlum Emre de benimle gelecek, o da işletmede çalışıyor. Yani 2 kişiyiz.

Selamlar
Mehmet Aydoğan
Aydoğan KFZ-Service
Tel: 0251 3189 456
""", charset="iso-8859-9", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# A panelist sends his slides for Forum 5 (English, PDF attached); asks
# nothing -> other.

@mail("devries-slides-forum-5-english", "2027-10-15 10:00:12",
      E("other"), "en")
def _(m):
    m.head(("From", "Maarten de Vries <m.devries@vandijk-installatie.example>"),
           ("To", FT),
           ("Subject", "Slides panel Forum 5 - Fachtag 10 Nov"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB7311A0B1C2D3E4F5A6B7C8D9E0F1@DB9PR02MB7311.eurprd02.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    body = m.text("""Dear Ms Overbeck,

As agreed on the phone last week, please find attached my slides for the
panel in Forum 5 ("Companies as partners"). I kept it to eight slides so
there is enough time for the discussion.

If anything changes in the schedule, just let me know. Otherwise see you on
10 November - I will arrive by train around 10:30.

Met vriendelijke groet / Kind regards,
Maarten de Vries
HR Manager
Van Dijk Installatietechniek B.V., Enschede
""", charset="us-ascii", cte="7bit")
    pdf = m.binary(make_pdf(["Hiring across borders",
                             "Van Dijk Installatietechniek B.V. - Maarten de Vries",
                             "Fachtag Arbeit und Ausbildung Muenster, Forum 5",
                             "8 slides"]),
                   "application", "pdf", "VanDijk_Forum5_Fachtag2027.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 027 ---------------------------------------------------------------------
# Change of number only (2 -> 1), Outlook HTML only, quoting the confirmation.
# "Am Forum ändert sich nichts" -> workgroups [].

BROEKELMANN_CHANGE = """Sehr geehrte Frau Overbeck,

eine kleine Korrektur zu unserer Anmeldung: Herr Schmitz hat am 10.11. Prüfungsausschuss und kann leider nicht teilnehmen. Ich komme also allein. Am Forum ändert sich nichts.

Mit freundlichen Grüßen
i. A.

Dr. Stefan Brökelmann
Abteilungsleiter Berufsbildung
Handwerkskammer Münster
Bismarckallee 1 | 48151 Münster
Tel. +49 251 5203-117"""


@mail("broekelmann-change-two-to-one", "2027-10-18 07:12:36",
      E("change", "s.broekelmann@hwk-muenster.example", "Stefan Brökelmann",
        "Handwerkskammer Münster", [], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Brökelmann, Stefan" <s.broekelmann@hwk-muenster.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHcK3Vd9fJm2XrUQkeB8lZx0aTq4wLmN2oP"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB1874D9A1B2C34E5F60718293A4B5@FR2P281MB1874.DEUP281.PROD.OUTLOOK.example>"),
           ("References", CONF["broekelmann"]),
           ("In-Reply-To", CONF["broekelmann"]),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (TO_FT, "Mittwoch, 22. September 2027 08:18",
             "Brökelmann, Stefan <s.broekelmann@hwk-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Dr. Brökelmann", "BTR", 2))
    m.single(outlook_html(BROEKELMANN_CHANGE, quote), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# The volunteer of 009, told that helpers are enough, now registers as a
# participant (Gmail reply, German attribution, nested quote of her offer).

KORTMANN_OFFER_QUOTED = """Hallo liebes Fachtag-Team,

ich hab die Einladung über meine Praxisanleiterin bekommen und wollte
fragen, ob ihr für den Tag noch Helferinnen oder Helfer braucht. Ich
studiere Soziale Arbeit an der FH Münster (5. Semester) und hätte am
10.11. den ganzen Tag Zeit.
[...]
Liebe Grüße
Lea"""

OVERBECK_ANSWER = f"""Liebe Frau Kortmann,

vielen Dank für Ihr nettes Angebot! Für Empfang und Aufbau haben wir
inzwischen genug Kolleginnen und Kollegen aus dem Haus. Sie sind aber
herzlich eingeladen, als Teilnehmerin zu kommen – melden Sie sich dann
einfach mit Ihrem Wunschforum an.

Viele Grüße
Jana Overbeck

Am Sa., 25. Sept. 2027 um 16:45 Uhr schrieb Lea Kortmann <lea.kortmann@mailbox.example>:
{gt_quote(KORTMANN_OFFER_QUOTED)}"""

KORTMANN_REG = """Hallo Frau Overbeck,

sorry für die späte Antwort, ich hatte Prüfungen. Schade, aber total verständlich! Dann komme ich sehr gern als Teilnehmerin. Ich würde Forum 2 nehmen, weil ich im Praxissemester gerade viel mit jungen Geflüchteten zu tun habe, die einen Ausbildungsplatz suchen.

Ich komme allein.

Viele Grüße
Lea Kortmann"""


@mail("kortmann-now-registers-forum-2", "2027-10-19 20:30:55",
      E("registration", "lea.kortmann@mailbox.example", "Lea Kortmann", None,
        ["AZB"], 1, "de"), "de")
def _(m):
    head = "Am Mo., 27. Sept. 2027 um 10:15 Uhr schrieb Fachtag Arbeit und Ausbildung <fachtag-arbeit@muenster.example>:"
    m.head(("From", "Lea Kortmann <lea.kortmann@mailbox.example>"),
           ("To", TO_FT),
           ("Subject", "Re: Helfen beim Fachtag?"),
           ("Date", m.date),
           ("Message-ID", "<CAO2hd7Yp4Fq0sWn9Lx3Vb8Rc1Tk6Mz5Je2Ug0Ai7Po3Ks9Qw4E@mail.gmail.example>"),
           ("In-Reply-To", "<fachtag.antwort.20270927101502.4c7e@muenster.example>"),
           ("References", "<a93f2c71-0d6e-4b58-8f14-6c2e7b9d1a05@mailbox.example> "
                          "<fachtag.antwort.20270927101502.4c7e@muenster.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{KORTMANN_REG}\n\n{head}\n\n{gt_quote(OVERBECK_ANSWER)}\n"
    m.alternative(plain, gmail_html(KORTMANN_REG, quote_head=head, quoted=OVERBECK_ANSWER),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Learner German, UTF-8 8bit.  "Forum Ausbildung", 3 persons; "Sprache" as a
# problem, not a forum choice.

@mail("tesfamariam-learner-german-three", "2027-10-20 13:45:10",
      E("registration", "yonas.tesfamariam@mailbox.example", "Yonas Tesfamariam",
        "Eritreische Gemeinschaft Münster e.V.", ["AZB"], 3, "de"), "de")
def _(m):
    m.head(("From", "yonas tesfamariam <yonas.tesfamariam@mailbox.example>"),
           ("To", FT),
           ("Subject", "anmeldung fachtag"),
           ("Date", m.date),
           ("Message-ID", "<1634730310.7720.6112@mailbox.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren

Mein Name ist Yonas Tesfamariam ich bin von Eritreische Gemeinschaft Münster e.V.
Wir möchten gerne kommen zu Fachtag am 10 November mit 3 Person. Wir
interessieren für Forum Ausbildung weil in unsere Gemeinschaft viele junge
Leute suchen Ausbildungplatz aber sie haben Probleme mit Schule Zeugnis und
Sprache.

Die andere Person sind Herr Mebrahtu Kidane und Frau Semhar Tekle.

Vielen Dank
Mit freundlichen Grüße
Yonas Tesfamariam
Tel 0176 2231 8840
""", charset="utf-8", cte="8bit")


# -- 030 ---------------------------------------------------------------------
# Ticket-system receipt from the bank's team mailbox (answer to the organiser's
# reply to 023).  Auto-Submitted: auto-generated.

VB_TICKET = """Guten Tag,

vielen Dank für Ihre Nachricht an das Team Marketing & Kommunikation der Volksbank Aasee eG. Ihr Anliegen wurde unter der Vorgangsnummer 2027102110000451 erfasst.

Wir bearbeiten Anfragen in der Regel innerhalb von drei Werktagen. Bitte geben Sie bei Rückfragen die Vorgangsnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht direkt auf diese E-Mail.

Volksbank Aasee eG
Marketing & Kommunikation"""


@mail("volksbank-ticket-receipt", "2027-10-21 09:00:07",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Volksbank Aasee eG <noreply-ticket@vb-aasee.example>"),
           ("To", TO_FT),
           ("Subject", "[Ticket#2027102110000451] Eingangsbestätigung: AW: Sponsoring Fachtag Arbeit und Ausbildung"),
           ("Date", m.date),
           ("Message-ID", "<1792566007.551.2027102110000451@ticket.vb-aasee.example>"),
           ("In-Reply-To", "<fachtag.antwort.20271021085911.d1f0@muenster.example>"),
           ("References", "<fachtag.antwort.20271021085911.d1f0@muenster.example>"),
           ("Auto-Submitted", "auto-generated"),
           ("X-Loop", "marketing@vb-aasee.example"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(VB_TICKET, simple_html(VB_TICKET, "font-family: Verdana, sans-serif; font-size: 12px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# English change, Yahoo reply (no '>' quoting, attribution line) to the
# confirmation: both move from Forum 1 to Forum 5.

OKOYE_CHANGE = """Dear Ms Overbeck,

a small change to our registration: after our last board meeting we decided that Forum 5 is more important for us this year, since we are trying to build contacts with employers. Could you please move both of us from Forum 1 to Forum 5?

Thank you and kind regards,
Samuel Okoye"""


@mail("okoye-change-to-forum-5", "2027-10-22 16:05:48",
      E("change", "s.okoye@apn-muenster.example", "Samuel Okoye", None,
        ["BTR"], None, "en"), "en")
def _(m):
    m.head(("From", "Samuel Okoye <s.okoye@apn-muenster.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1902441188.3317042.1824213948112@mail.yahoo.example>"),
           ("In-Reply-To", CONF["okoye"]),
           ("References", CONF["okoye"]),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    attribution = ("On Monday, 4 October 2027 at 10:31:12 CEST, Fachtag Arbeit und Ausbildung "
                   "<fachtag-arbeit@muenster.example> wrote:")
    conf = confirmation("Herr Dr. Okoye", "ANK", 2)
    plain = f"{OKOYE_CHANGE}\n\n\n{attribution}\n\n\n{conf}\n"
    html_text = ("<html><head></head><body><div class=\"yahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
                 "Helvetica, Arial, sans-serif;font-size:13px;\">"
                 + "".join(f"<div dir=\"ltr\">{esc(l) if l else '<br>'}</div>" for l in OKOYE_CHANGE.split("\n"))
                 + "</div><div id=\"yahoo_quoted\" class=\"yahoo_quoted\"><div style=\"font-family:'Helvetica Neue', "
                 "Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;\"><div>"
                 + esc(attribution) + "</div><div><br></div><div><br></div><div>"
                 + "<br>".join(esc(l) for l in conf.split("\n"))
                 + "</div></div></div></body></html>\n")
    m.alternative(plain, html_text, charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Chamber newsletter that advertises the Fachtag (Forum 2 and 5, the
# registration address) among other items -> other.

IHK_TEXT = """IHK-Newsletter „Ausbildung aktuell“ – Ausgabe Oktober 2027
Wenn diese E-Mail nicht richtig angezeigt wird, öffnen Sie die Webversion: https://newsletter.ihk-nw.example/ausbildung/2027-10

Liebe Ausbildungsverantwortliche,

1. Azubi-Speed-Dating am 18. November
Über 60 Betriebe treffen Jugendliche, die noch einen Ausbildungsplatz für 2028 suchen. Anmeldung für Betriebe bis 5. November im IHK-Portal.

2. Abschlussprüfungen Winter 2027/28
Die schriftlichen Prüfungen finden am 24. und 25. November statt. Die Einladungen gehen Anfang November an die Ausbildungsbetriebe.

3. Tipp: Fachtag Arbeit und Ausbildung der Stadt Münster
Am 10. November lädt die Stadt Münster zum Fachtag in die VHS ein. In Forum 2 geht es um die Ausbildung junger Zugewanderter, in Forum 5 um Fachkräftesicherung in Betrieben. Die Anmeldung läuft direkt über die Stadt: fachtag-arbeit@muenster.example

4. Neue Ausbildungsberaterin für den Kreis Coesfeld
Seit 1. Oktober ist Anna Lütkehaus Ihre Ansprechpartnerin für alle kaufmännischen Berufe im Kreis Coesfeld.

Sie erhalten diesen Newsletter, weil Sie im IHK-Ausbildungsportal registriert sind.
Abmelden: https://newsletter.ihk-nw.example/abmelden?u=8f2c91
IHK Nord Westfalen · Sentmaringer Weg 61 · 48151 Münster"""


@mail("ihk-newsletter-ausbildung-aktuell", "2027-10-25 07:30:00",
      E("other"), "de")
def _(m):
    m.head(("From", "IHK Nord Westfalen <newsletter@ihk-nw.example>"),
           ("To", FT),
           ("Subject", ew("Ausbildung aktuell 10/2027: Azubi-Speed-Dating, Prüfungstermine, Fachtag", "utf-8", "q")),
           ("Date", m.date),
           ("Message-ID", "<nl.ausbildung.2027-10.8f2c91@newsletter.ihk-nw.example>"),
           ("List-Id", "Ausbildung aktuell <ausbildung-aktuell.newsletter.ihk-nw.example>"),
           ("List-Unsubscribe", "<https://newsletter.ihk-nw.example/abmelden?u=8f2c91>, "
                                "<mailto:abmelden@newsletter.ihk-nw.example?subject=8f2c91>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(IHK_TEXT, simple_html(IHK_TEXT, "font-family: Arial, sans-serif; color:#003c64;"),
                  charset="utf-8", cte="base64")


# -- 033 ---------------------------------------------------------------------
# City building management, internal FYI about rooms for Forum 4 and 5 and
# keys; asks nothing -> other.

@mail("huesing-internal-room-info", "2027-10-26 11:48:21",
      E("other"), "de")
def _(m):
    m.head(("From", '"Hüsing, Ralf" <ralf.huesing@stadt-muenster.example>'),
           ("To", FT),
           ("Cc", "heike.rensing@stadt-muenster.example"),
           ("Subject", "Fachtag 10.11.: Raum 2.04 für Forum 4 / Schlüssel"),
           ("Date", m.date),
           ("Message-ID", "<002b01dc4a5c$5f3e1d20$1dba5760$@stadt-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("MIME-Version", "1.0"))
    m.single("""Moin Frau Overbeck,

zur Info: Die VHS hat uns heute bestätigt, dass Raum 2.04 am 10.11. doch frei ist. Ich habe ihn für Forum 4 geblockt, damit Forum 4 und Forum 5 nicht mehr im selben Saal mit Trennwand sitzen müssen. Der Beamer in 2.04 ist seit letzter Woche repariert.

Die Schlüssel für alle Forumsräume liegen ab 7:30 Uhr an der Pforte (Herr Brandt), Rückgabe bis 17 Uhr.

Gruß
Ralf Hüsing
Stadt Münster, Amt für Immobilienmanagement
Veranstaltungstechnik / Raumvergabe
""", charset="iso-8859-1", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# A training coordinator registers a trainee (not herself) and asks for the
# confirmation to go to the trainee.  ISO-8859-2 (ć).

@mail("brinker-registers-trainee-petrovic", "2027-10-27 10:20:43",
      E("registration", "marija.petrovic@pflegedienst-lindenhof.example", "Marija Petrović",
        "Ambulanter Pflegedienst Lindenhof GmbH", ["SPR"], 1, "de"), "de")
def _(m):
    m.head(("From", "Claudia Brinker <c.brinker@pflegedienst-lindenhof.example>"),
           ("To", FT),
           ("Subject", "Anmeldung Auszubildende zum Fachtag"),
           ("Date", m.date),
           ("Message-ID", "<d0e4a1c7-62b9-4f38-8e15-3a9c7b2d0f61@pflegedienst-lindenhof.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

wir möchten unsere Auszubildende Frau Marija Petrović zum Fachtag Arbeit und
Ausbildung am 10.11. anmelden. Frau Petrović ist im zweiten Ausbildungsjahr
zur Pflegefachfrau und macht im Frühjahr ihre B2-Prüfung, deshalb
interessiert sie sich besonders für Forum 3 (Deutsch im Job).

Ich selbst kann an dem Tag leider nicht.

Bitte schicken Sie die Bestätigung direkt an Frau Petrović:
marija.petrovic@pflegedienst-lindenhof.example

Freundliche Grüße
Claudia Brinker
Praxisanleitung / Ausbildungskoordination
Ambulanter Pflegedienst Lindenhof GmbH
Tel. 0251 27 04 55-12
""", charset="iso-8859-2", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# Ukrainian change (Forum 3 -> Forum 1), Gmail reply with Ukrainian
# attribution, quoting the German confirmation; UTF-8 base64.

MELNYK_CHANGE = """Доброго дня, пані Overbeck!

Чи можна змінити мій форум? Я щойно отримала лист з Bezirksregierung щодо визнання мого диплома вчительки, і тепер для мене важливіший форум 1 (Anerkennung). Будь ласка, перепишіть мене з форуму 3 на форум 1.

Дякую!
Оксана Мельник"""


@mail("melnyk-ukrainian-change-to-forum-1", "2027-10-29 12:00:39",
      E("change", "oksana.melnyk@ukr-gemeinde-ms.example", "Оксана Мельник", None,
        ["ANK"], None, "uk"), "uk")
def _(m):
    head = ("ср, 29 вер. 2027 р. о 13:06 Fachtag Arbeit und Ausbildung "
            "<fachtag-arbeit@muenster.example> пише:")
    conf = confirmation("Frau Мельник", "SPR", 1)
    m.head(("From", addr("Оксана Мельник", "oksana.melnyk@ukr-gemeinde-ms.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAGv5Kp2Ry8Wt3Zn0Qm6Xs1Bd9Lf4Hj7Ac2Ve5Ui8Oo0Pt3Nk6Y@mail.gmail.example>"),
           ("In-Reply-To", CONF["melnyk"]),
           ("References", CONF["melnyk"]),
           ("MIME-Version", "1.0"))
    plain = f"{MELNYK_CHANGE}\n\n{head}\n\n{gt_quote(conf)}\n"
    m.alternative(plain, gmail_html(MELNYK_CHANGE, quote_head=head, quoted=conf),
                  charset="utf-8", cte="base64", style="gmail")


# -- 036 ---------------------------------------------------------------------
# Cancellation, Outlook alternative quoting the confirmation; also asks for
# the documentation afterwards.

STEGEMANN_CANCEL = """Hallo Frau Overbeck,

leider muss ich meine Teilnahme am Fachtag absagen – am 10.11. ist kurzfristig ein Termin mit dem Landesjugendamt angesetzt worden, den ich nicht verschieben kann. Bitte streichen Sie mich von der Liste.

Falls es hinterher eine Dokumentation gibt, würde ich mich freuen, wenn Sie sie mir zuschicken.

Viele Grüße
Christoph Stegemann

Stadt Münster
Amt für Kinder, Jugendliche und Familien
Jugendberufsagentur Münster"""


@mail("stegemann-cancel-outlook", "2027-11-02 08:30:15",
      E("cancellation", "christoph.stegemann@stadt-muenster.example", "Christoph Stegemann",
        "Jugendberufsagentur Münster", [], None, "de"), "de", tz=1)
def _(m):
    m.head(("From", '"Stegemann, Christoph" <christoph.stegemann@stadt-muenster.example>'),
           ("To", TO_FT),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<003e01dc4fd2$a1c4e5f0$e54eafd0$@stadt-muenster.example>"),
           ("In-Reply-To", CONF["stegemann"]),
           ("References", CONF["stegemann"]),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    quote = (TO_FT, "Donnerstag, 7. Oktober 2027 08:06",
             "Stegemann, Christoph <christoph.stegemann@stadt-muenster.example>",
             CONFIRMATION_SUBJECT, confirmation("Herr Stegemann", "AZB", 1))
    m.alternative(outlook_plain(STEGEMANN_CANCEL, quote), outlook_html(STEGEMANN_CANCEL, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 037 ---------------------------------------------------------------------
# German Exchange Online NDR for the 7-day reminder to 010 (address gone).

@mail("exchange-ndr-reminder-voss", "2027-11-03 08:00:41",
      E("bounce", bounced="katrin.voss@jobcenter-muenster.example"), "de", tz=0)
def _(m):
    rcpt = "katrin.voss@jobcenter-muenster.example"
    m.head(("From", "Microsoft Outlook <postmaster@jobcenter-muenster.example>"),
           ("To", FT),
           ("Subject", "Unzustellbar: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7a3e90c1-5f2b-4d18-a6e4-0b9c2d7f1e35@BE1P281MB2210.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", REM7["voss"]),
           ("References", REM7["voss"]),
           ("Auto-Submitted", "auto-replied"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note_text = f"""Ihre Nachricht konnte nicht an folgende Empfänger zugestellt werden:

{rcpt}
Der Empfänger wurde in der Organisation jobcenter-muenster.example nicht gefunden.

Mögliche Ursache: Die E-Mail-Adresse ist falsch geschrieben, oder das Postfach wurde gelöscht.
Bitte prüfen Sie die Adresse und senden Sie die Nachricht erneut. Besteht das Problem weiter,
wenden Sie sich an Ihren E-Mail-Administrator.

Diagnoseinformationen für Administratoren:

Generierender Server: BE1P281MB2210.DEUP281.PROD.OUTLOOK.example

{rcpt}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    note = m.text(note_text, charset="utf-8", cte="quoted-printable")
    dsn = dsn_part(
        [("Reporting-MTA", "dns;BE1P281MB2210.DEUP281.PROD.OUTLOOK.example"),
         ("Received-From-MTA", "dns;mail.muenster.example"),
         ("Arrival-Date", "Wed, 3 Nov 2027 08:00:39 +0000")],
        [("Final-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                             "Recipient not found by SMTP address lookup")])
    inner = organiser_message(f"Katrin Voß <{rcpt}>", REMINDER7_SUBJECT,
                              reminder("Frau Voß", "SPR", 4, 7),
                              "Wed, 03 Nov 2027 09:00:16 +0100", REM7["voss"], auto="auto-generated")
    m.multi("report", [note, dsn, rfc822_part(inner, "Unzustellbare Nachricht")],
            style="exchange", params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Arabic cancellation, Gmail reply to the 7-day reminder with an Arabic
# attribution line; mentions the confirmation that never arrived (008).

HALABI_CANCEL = """مرحباً،

شكراً على التذكير. للأسف لن أستطيع الحضور أنا وزوجتي يوم 10 نوفمبر، لأنني بدأت العمل في شركة هندسية في أوسنابروك ولا أستطيع أخذ إجازة في هذا اليوم.
أرجو إلغاء تسجيلنا وإعطاء المكانين لأشخاص آخرين.

ملاحظة: لم تصلني رسالة التأكيد في سبتمبر، ربما كان صندوق بريدي ممتلئاً.

مع التحية
محمد الحلبي"""


@mail("alhalabi-arabic-cancel-reply-to-reminder", "2027-11-03 21:40:03",
      E("cancellation", "m.alhalabi@webpost.example", "Mohammad Al-Halabi", None,
        [], None, "ar"), "ar", tz=1)
def _(m):
    head = ("في الأربعاء، 3 نوفمبر 2027 في 9:00 ص، كتب Fachtag Arbeit und Ausbildung "
            "<fachtag-arbeit@muenster.example>:")
    rem = reminder("Herr Al-Halabi", "ANK", 2, 7)
    m.head(("From", "Mohammad Al-Halabi <m.alhalabi@webpost.example>"),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER7_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAB9wq1Ux3eRt8yPo2aDk5fJg7hZl0cXv4bNm6qWs9eT1rYu2Ii@mail.gmail.example>"),
           ("In-Reply-To", REM7["alhalabi"]),
           ("References", REM7["alhalabi"]),
           ("MIME-Version", "1.0"))
    plain = f"{HALABI_CANCEL}\n\n{head}\n\n{gt_quote(rem)}\n"
    m.alternative(plain, gmail_html(HALABI_CANCEL, rtl=True, quote_head=head, quoted=rem),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 039 ---------------------------------------------------------------------
# Arabic question after the deadline: is it for job seekers, interpretation,
# can one still register? -> question.

@mail("saleh-arabic-question-after-deadline", "2027-11-05 14:02:30",
      E("question", "huda.saleh@mailbox.example", "Huda Saleh", None, [], None, "ar"), "ar", tz=1)
def _(m):
    m.head(("From", "Huda Saleh <huda.saleh@mailbox.example>"),
           ("To", FT),
           ("Subject", ew("سؤال عن الفعالية يوم 10 نوفمبر", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<7c2f81e0-4b3a-49d5-b6e1-a05d9c3f2e78@mailbox.example>"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

سمعت عن هذه الفعالية من مرشدتي في مركز العمل (Jobcenter). أنا أبحث عن تدريب مهني (Ausbildung) في مجال التمريض، ولغتي الألمانية في مستوى B1.

عندي بعض الأسئلة:
هل الفعالية للباحثين عن عمل أيضاً، أم فقط للموظفين والمؤسسات؟
هل ستكون هناك ترجمة إلى اللغة العربية؟
وهل ما زال التسجيل ممكناً بعد 3 نوفمبر؟

شكراً جزيلاً
هدى صالح
""", charset="utf-8", cte="base64")


# -- 040 ---------------------------------------------------------------------
# Turkish cancellation, Gmail reply to the 1-day reminder with a Turkish
# attribution line.

DEMIRCI_CANCEL = """Merhaba,

çok üzgünüm ama yarın gelemeyeceğim. Annem hastanede, bu hafta onunla kalmam gerekiyor. Lütfen kaydımı iptal edin, belki yerime başka biri katılabilir.

Forum 4 için başarılar dilerim, bir dahaki sefere mutlaka katılmak istiyorum.

Saygılarımla
Gülay Demirci"""


@mail("demirci-turkish-cancel-reply-to-reminder", "2027-11-09 09:40:52",
      E("cancellation", "g.demirci@taid-muenster.example", "Gülay Demirci", None,
        [], None, "tr"), "tr", tz=1)
def _(m):
    head = ("Fachtag Arbeit und Ausbildung <fachtag-arbeit@muenster.example>, "
            "9 Kas 2027 Sal, 09:00 tarihinde şunu yazdı:")
    rem = reminder("Frau Demirci", "GRD", 1, 1)
    m.head(("From", addr("Gülay Demirci", "g.demirci@taid-muenster.example", "utf-8", "b")),
           ("To", TO_FT),
           ("Subject", "Re: " + REMINDER1_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF3xq8Mf5rU1wSl8oXnK5tZc0fId2vHa6bO7pRj3gL9xWyF4Nh@mail.gmail.example>"),
           ("In-Reply-To", REM1["demirci"]),
           ("References", REM1["demirci"]),
           ("MIME-Version", "1.0"))
    plain = f"{DEMIRCI_CANCEL}\n\n{head}\n\n{gt_quote(rem)}\n"
    m.alternative(plain, gmail_html(DEMIRCI_CANCEL, quote_head=head, quoted=rem),
                  charset="utf-8", cte="base64", style="gmail")


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
EVENT_START = datetime.datetime(2027, 11, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def _norm(s):
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def visible_text(msg):
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind!r}"]
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in WORKGROUP_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg!r}")
    if kind not in ("registration", "change") and wg:
        problems.append(f"{kind} must have workgroups []")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
        if ps is None and not wg:
            problems.append("a change must change the forum or the number")
    elif ps is not None:
        problems.append(f"{kind} must have party_size null")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient only for bounces")
    seen = _norm(visible_text(msg))
    if kind in PERSON_KINDS:
        em = e["email"]
        if not em or em != em.lower():
            problems.append("person kinds need a lower-case email")
        else:
            hdr = [a.lower() for _, a in getaddresses(
                [str(v) for k in ("From", "Reply-To") for v in msg.get_all(k, [])])]
            if em not in hdr and em not in visible_text(msg).lower():
                problems.append(f"email {em} occurs nowhere in the mail")
        if not e["name"]:
            problems.append("person kinds need a name")
        elif _norm(e["name"]) not in seen:
            problems.append(f"name {e['name']!r} occurs nowhere in the mail")
        if e["organisation"] is not None and _norm(e["organisation"]) not in seen:
            problems.append(f"organisation {e['organisation']!r} occurs nowhere in the mail")
        if e["language"] not in LANGUAGES:
            problems.append(f"language {e['language']!r} not one of {LANGUAGES}")
        elif e["language"] != text_lang:
            problems.append(f"language {e['language']} but the text is {text_lang}")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{kind} must have {k} null")
    return problems


def check(name, data, m, expected, text_lang):
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
    if not (datetime.datetime(2027, 9, 21, tzinfo=datetime.timezone.utc) <= when < EVENT_START):
        problems.append(f"date {when} outside 21 Sep - 10 Nov 2027")
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
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode in {cs}: {exc}")
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
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom != "w3.org":
            problems.append(f"non-example host www.{dom}")
    if expected["kind"] == "bounce":
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(expected["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    problems += check_label(expected, text_lang, msg)
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items())))
    print(f"{'kind':13}" + "".join(f"{l:>4}" for l in langs) + "  total")
    for k in KINDS:
        if kinds[k]:
            print(f"{k:13}" + "".join(f"{by[(k, l)] or '-':>4}" for l in langs) + f"  {kinds[k]:>5}")
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

    for (name, m, e, lang), data in zip(built, datas):
        for problem in check(name, data, m, e, lang):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
