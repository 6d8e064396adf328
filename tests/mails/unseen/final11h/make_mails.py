#!/usr/bin/env python3
"""Build the "gesundheitstag" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Gesundheitstag Migration Münster 2027 (Sat 18 September 2027), three
morning workshops G1-G3 and three afternoon workshops G4-G6; a participant may
take one morning and one afternoon workshop (or only one of them).

Every mail text below is written by hand, one mail at a time.  This script only
wraps the texts in MIME with the standard `email` package, writes the files,
then reads every file back with email.policy.default and checks it:

  * no parser defects; every text part decodes strictly in its declared charset
    and gives exactly the text written here (attachments: the same bytes);
  * no line of the file is longer than 998 octets;
  * Date headers rise with the numbering;
  * every mail address and URL host is an example domain;
  * every label is well-formed (kinds, workgroup ids, party sizes, null fields
    for machine mail; email/name/organisation occur in the decoded mail).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).
Paths are relative to this script's folder.  Standard library only.
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

ORG = "anmeldung@gesundheitstag-ms.example"
ORG_NAME = "Gesundheitstag Migration Münster"
TO_ORG = f"{ORG_NAME} <{ORG}>"
MX = "mx.gesundheitstag-ms.example"
INVITATION_ID = "<einladung.gt2027.20270802090004@gesundheitstag-ms.example>"
INVITATION_DATE = "Mon, 02 Aug 2027 09:00:04 +0200"
INVITATION_SUBJECT = "Einladung: Gesundheitstag Migration Münster 2027 am 18. September"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zum Gesundheitstag Migration Münster 2027"
REMINDER_SUBJECT = "Erinnerung: Gesundheitstag Migration Münster 2027 am 18. September"

WG_IDS = ("G1", "G2", "G3", "G4", "G5", "G6")
FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
MACHINE = ("auto_reply", "bounce", "other")


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
    if name.isascii():
        return formataddr((name, address))
    if charset is None:
        return f"{name} <{address}>"
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
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"gt2027/{slug}/{n}".encode()).hexdigest()


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
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", ORG)
        if received:
            frm_addr = re.search(r"<([^>]+)>", dict(pairs)["From"]).group(1)
            domain = (sender or frm_addr).split("@")[1]
            host = ("smtp." if domain == "mail.example" else "mail.") + domain
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=2)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby {MX} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{ORG}>; {arrival} (CEST)")
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
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/{MX}"
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
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
    for i, line in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ops.append(f"({line}) Tj")
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
# texts that several mails quote (what the organiser and mailbot sent)
# ---------------------------------------------------------------------------

INVITATION = """Liebe Kolleginnen und Kollegen aus Gesundheitswesen, Beratung und Communities,

am Samstag, 18. September 2027, laden das Gesundheitsamt und das Kommunale
Integrationszentrum der Stadt Münster zum Gesundheitstag Migration Münster 2027 ein.

Zeit: 9:30 bis 16:30 Uhr
Ort: Gesundheitshaus Münster, Gasselstiege 13, 48159 Münster

Vormittag (10:00 bis 12:30 Uhr), ein Workshop zur Wahl:
G1 Krankenversicherung und Zugang zur Gesundheitsversorgung
G2 Psychische Gesundheit und Trauma nach der Flucht
G3 Frauengesundheit: Schwangerschaft, Vorsorge und Selbstbestimmung

Nachmittag (13:30 bis 15:30 Uhr), ein Workshop zur Wahl:
G4 Pflege im Alter und kultursensible Versorgung
G5 Ernährung, Diabetes und Bewegung
G6 Impfen und Prävention für Kinder und Erwachsene

Sie können je einen Workshop am Vormittag und am Nachmittag belegen oder
auch nur einen von beiden. Die Plätze sind begrenzt (15 bis 25 je Workshop).

Bitte melden Sie sich bis zum 10. September 2027 per E-Mail an
anmeldung@gesundheitstag-ms.example an und nennen Sie uns Ihren Namen, Ihre
Einrichtung oder Ihren Verein, die gewünschten Workshops und die Zahl der
Personen.

Alle Teilnehmenden erhalten eine Teilnahmebescheinigung. Die Anerkennung als
ärztliche Fortbildung (CME) ist bei der Ärztekammer Westfalen-Lippe beantragt.

Die Teilnahme ist kostenlos. Sprachmittlung ins Arabische, Farsi, Russische,
Türkische und Ukrainische ist nach Absprache möglich.

Mit freundlichen Grüßen
Johanna Terhorst
Gesundheitsamt der Stadt Münster
Koordination Gesundheitstag Migration"""

WG_LINE = {
    "G1": "G1 Krankenversicherung und Zugang zur Gesundheitsversorgung",
    "G2": "G2 Psychische Gesundheit und Trauma nach der Flucht",
    "G3": "G3 Frauengesundheit: Schwangerschaft, Vorsorge und Selbstbestimmung",
    "G4": "G4 Pflege im Alter und kultursensible Versorgung",
    "G5": "G5 Ernährung, Diabetes und Bewegung",
    "G6": "G6 Impfen und Prävention für Kinder und Erwachsene",
}


def _slots(morning, afternoon):
    m = WG_LINE[morning] if morning else "kein Workshop gewählt"
    a = WG_LINE[afternoon] if afternoon else "kein Workshop gewählt"
    return f"Vormittag: {m}\nNachmittag: {a}"


def confirmation(salutation, morning, afternoon, persons):
    """The confirmation mailbot sent (quoted in replies)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zum Gesundheitstag Migration Münster 2027 am
Samstag, 18. September 2027, 9:30 bis 16:30 Uhr, im Gesundheitshaus Münster,
Gasselstiege 13, 48159 Münster.

Wir haben Sie für folgende Workshops eingetragen:
{_slots(morning, afternoon)}

Angemeldete Personen: {persons}

Möchten Sie einen Workshop wechseln oder absagen? Antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen
Gesundheitstag Migration Münster
Gesundheitsamt der Stadt Münster"""


def reminder(salutation, morning, afternoon, persons):
    """The 7-day reminder mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Am Samstag, 18. September 2027, findet der
Gesundheitstag Migration Münster 2027 statt (9:30 bis 16:30 Uhr,
Gesundheitshaus Münster, Gasselstiege 13, 48159 Münster).

Ihre Workshops:
{_slots(morning, afternoon)}
Angemeldete Personen: {persons}

Falls Sie nicht kommen können, antworten Sie bitte kurz auf diese E-Mail,
damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Gesundheitstag Migration Münster
Gesundheitsamt der Stadt Münster"""


def mailbot_message(to, subject, body, when, msgid, in_reply_to=None,
                    auto="auto-replied"):
    """A message as mailbot sent it (for message/rfc822 parts in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_ORG
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


# -- HTML flavours ------------------------------------------------------------

def outlook_head(charset="Windows-1252", lang="DE"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.E-MailFormatvorlage17
	{{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
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
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


DE_LABELS = ("Von:", "Gesendet:", "An:", "Betreff:")
EN_LABELS = ("From:", "Sent:", "To:", "Subject:")


def outlook_html(text, quote=None, charset="Windows-1252", labels=DE_LABELS):
    """Outlook HTML for `text`; quote = (from, sent, to, subject, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        frm, sent, to, subj, quoted = quote
        lf, ls, lt, lsub = labels
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{lf}</b> {esc(frm)}<br>\n"
                   f"<b>{ls}</b> {esc(sent)}<br>\n<b>{lt}</b> {esc(to)}<br>\n"
                   f"<b>{lsub}</b> {esc(subj)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, labels=DE_LABELS):
    if not quote:
        return text
    frm, sent, to, subj, quoted = quote
    lf, ls, lt, lsub = labels
    return f"{text}\n\n{lf} {frm}\n{ls} {sent}\n{lt} {to}\n{lsub} {subj}\n\n{quoted}"


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text) -> gmail_quote blockquote."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                f"{esc(attribution)}<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text, quote=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote:
        attribution, quoted = quote
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(attribution)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def ios_outlook_html(text):
    inner = "<br>\n".join(esc(line) for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div dir=\"auto\">{inner}</div></body></html>\n")


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
# Exchange out-of-office answering the invitation mailing itself (Auto-Submitted:
# auto-generated, X-Auto-Response-Suppress); arrives before any registration.

LUETKE_OOF = """Vielen Dank für Ihre Nachricht.

Ich bin vom 2. bis einschließlich 20. August 2027 im Urlaub und lese in dieser Zeit keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an migrationsdienst@caritas-ms.example oder telefonisch an 0251 / 530 09-0.

Mit freundlichen Grüßen
Maria Lütke Hockenbeck
Migrationsdienst"""


@mail("luetke-hockenbeck-exchange-ooo-invitation", "2027-08-02 07:00:41",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Lütke Hockenbeck, Maria" <m.luetke-hockenbeck@caritas-ms.example>'),
           ("To", TO_ORG),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHb8xK2p0c1Qm3vS0qk7W9yJd5xNw=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR04MB8127A1C0F3E24D9B@DB9PR04MB8127.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(LUETKE_OOF), outlook_html(LUETKE_OOF),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# GP, Outlook multipart/alternative in windows-1252: morning G1 + afternoon G6 by
# id with topic in brackets; asks about CME points (still a registration).

WIBBELT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für den Gesundheitstag Migration am 18. September an. Ich würde gern vormittags G1 (Krankenversicherung) und nachmittags G6 (Impfen) besuchen. In unserer Praxis sehen wir sehr viele Patientinnen und Patienten mit Behandlungsschein vom Sozialamt oder ganz ohne geklärten Versicherungsstatus, und bei den Impfungen fehlen fast immer die Unterlagen aus dem Herkunftsland.

Eine Frage noch: Ist die Veranstaltung bei der Ärztekammer Westfalen-Lippe inzwischen zertifiziert, und wenn ja, mit wie vielen CME-Punkten? Dann bringe ich meine Barcode-Aufkleber mit.

Mit freundlichen Grüßen

Dr. med. Annette Wibbelt
Fachärztin für Allgemeinmedizin
Hausarztpraxis Wibbelt & Çelik
Wolbecker Straße 112, 48155 Münster
Tel. 0251 / 61 84 20"""


@mail("wibbelt-outlook-g1-g6-cme", "2027-08-02 09:14:22",
      E("registration", "a.wibbelt@praxis-wibbelt-celik.example", "Annette Wibbelt",
        "Hausarztpraxis Wibbelt & Çelik", ["G1", "G6"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Dr. Annette Wibbelt" <a.wibbelt@praxis-wibbelt-celik.example>'),
           ("To", f'"{ORG}" <{ORG}>'),
           ("Subject", "Anmeldung Gesundheitstag 18.09."),
           ("Thread-Topic", "Anmeldung Gesundheitstag 18.09."),
           ("Thread-Index", "AdvzYk4cX1b2hQ0eS7K9mP3rT8wLqg=="),
           ("Date", m.date),
           ("Message-ID", "<000c01dbf3a1$4be27d10$e3a77730$@praxis-wibbelt-celik.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WIBBELT), outlook_html(WIBBELT), charset="windows-1252",
                  cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# Turkish, ISO-8859-9 quoted-printable; three health mediators from one women's
# association; G3 in the morning, G4 in the afternoon, named by id and topic.

KARATAS = """Merhaba,

Münster'deki Sağlık Günü'ne (18 Eylül) kayıt olmak istiyoruz. Üç kişiyiz: ben ve derneğimizden iki gönüllü arkadaşım, Hatice Önal ve Songül Arı. Üçümüz de sağlık elçisi (Gesundheitsmediatorin) olarak çalışıyoruz.

Sabah için G3 kadın sağlığı atölyesini, öğleden sonra için de G4 yaşlı bakımı atölyesini seçiyoruz. Derneğe gelen kadınlar en çok bu konularda soru soruyor.

Bir de katılım belgesi alabilir miyiz? Bizim için önemli.

Saygılarımla,
Emine Karataş
Deutsch-Türkischer Frauentreff Münster e.V."""


@mail("karatas-turkish-three-mediators", "2027-08-03 20:41:07",
      E("registration", "emine.karatas@posteo.example", "Emine Karataş",
        "Deutsch-Türkischer Frauentreff Münster e.V.", ["G3", "G4"], 3, "tr"), "tr")
def _(m):
    m.head(("From", addr("Emine Karataş", "emine.karatas@posteo.example", "iso-8859-9")),
           ("To", ORG),
           ("Subject", ew("Sağlık Günü kaydı - 3 kişi", "iso-8859-9")),
           ("Date", m.date),
           ("Message-ID", "<a41f0c9e-1d77-3b2a-9e55-70c3e1b8d2f4@posteo.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(KARATAS, charset="iso-8859-9", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# iPhone, very short; only the morning, workshop named by topic ("zur
# Krankenversicherung"); no surname in the text (display name only).

@mail("reckfort-iphone-only-morning", "2027-08-04 07:52:31",
      E("registration", "jana.reckfort@icloud.example", "Jana Reckfort", None, ["G1"], 1, "de"),
      "de")
def _(m):
    m.head(("From", "Jana Reckfort <jana.reckfort@icloud.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<4E1B7C2A-93D0-4F6B-A8E2-5C0D19F3B7A6@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Hallo zusammen,

ich würde mich gern für den Gesundheitstag anmelden, allerdings nur für den Vormittag, da würde ich den Workshop zur Krankenversicherung nehmen. Nachmittags hab ich leider Dienst.

Viele Grüße
Jana

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Arabic interpreter, Gmail multipart/alternative, base64, RTL; workshops only by
# topic in Arabic ("mental health and trauma" mornings, "nutrition and diabetes"
# afternoons); Arabic and Latin name in the signature, German pool name.

ALHAMWI = """السلام عليكم،

أنا مترجم عربي-ألماني وأعمل منذ سنوات مع المرضى في العيادات والمستشفيات في مونستر. أرغب في التسجيل في يوم الصحة والهجرة بتاريخ 18 أيلول/سبتمبر.

في الفترة الصباحية أختار ورشة الصحة النفسية والصدمات، وبعد الظهر ورشة التغذية والسكري.

سأحضر وحدي.

مع خالص التحية
يوسف الحموي
Yousef Al-Hamwi
Sprachmittlerpool Münster"""


@mail("alhamwi-arabic-gmail-topics", "2027-08-05 13:05:48",
      E("registration", "yousef.alhamwi@gmail.example", "Yousef Al-Hamwi",
        "Sprachmittlerpool Münster", ["G2", "G5"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Yousef Al-Hamwi <yousef.alhamwi@gmail.example>"),
           ("To", ORG),
           ("Subject", ew("التسجيل في يوم الصحة", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAJ7wq2Lx8FtZr0q9kTnH3s4vYp6E2bN1mD0cR5uA7eW9oK3iQg@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALHAMWI, gmail_html(ALHAMWI, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 006 ---------------------------------------------------------------------
# Pharmacist, Apple Mail alternative: pharmacy plus her PTA colleague, only the
# afternoon ("Ernährung und Diabetes"); asks about Apothekerkammer points.

OVERMEYER = """Liebes Orga-Team,

wir möchten gern zu zweit am Gesundheitstag teilnehmen: meine Kollegin Lena Kötter (PTA) und ich. Da samstags vormittags die Apotheke geöffnet ist, kommen wir erst zum Nachmittag, am liebsten in den Workshop Ernährung und Diabetes. Gerade bei Blutzuckermessgeräten und beim Fasten im Ramadan haben wir ständig Fragen am HV-Tisch.

Gibt es für Apothekerinnen Fortbildungspunkte über die Apothekerkammer Westfalen-Lippe? Für Lena würde auch eine einfache Teilnahmebescheinigung reichen.

Herzliche Grüße aus dem Südviertel
Friederike Overmeyer
Apothekerin
Ludgeri-Apotheke
Hammer Straße 41 · 48153 Münster"""


@mail("overmeyer-apple-afternoon-only-two", "2027-08-06 11:30:12",
      E("registration", "f.overmeyer@ludgeri-apotheke.example", "Friederike Overmeyer",
        "Ludgeri-Apotheke", ["G5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Friederike Overmeyer <f.overmeyer@ludgeri-apotheke.example>"),
           ("To", TO_ORG),
           ("Subject", "Anmeldung Gesundheitstag – Ludgeri-Apotheke (2 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<7D2C91E4-0B5A-4E8F-9C13-A6F2B8D04E71@ludgeri-apotheke.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.alternative(OVERMEYER, apple_html(OVERMEYER), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Psychotherapist, Thunderbird format=flowed: asks about accreditation and a
# certificate and will register only if both work out -> question.

@mail("brenninkmeyer-question-accreditation", "2027-08-09 16:20:55",
      E("question", "brenninkmeyer@psychotherapie-kreuzviertel.example",
        "Matthias Brenninkmeyer", "Praxis für Psychotherapie im Kreuzviertel", [], None, "de"),
      "de")
def _(m):
    m.head(("From", "Matthias Brenninkmeyer <brenninkmeyer@psychotherapie-kreuzviertel.example>"),
           ("To", ORG),
           ("Subject", "Frage zu Fortbildungspunkten"),
           ("Date", m.date),
           ("Message-ID", "<6b3f2e90-5c1d-4a87-b2e4-81d0c7f9a356@psychotherapie-kreuzviertel.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich bin psychologischer Psychotherapeut und habe über unseren 
Qualitätszirkel von Ihrem Gesundheitstag erfahren. Der Workshop zu 
psychischer Gesundheit und Trauma klingt für meine Arbeit sehr passend.

Bevor ich mich anmelde, zwei Fragen:
1. Ist die Veranstaltung auch bei der Psychotherapeutenkammer NRW zur 
Akkreditierung eingereicht oder nur bei der Ärztekammer? Ich brauche 
die Punkte für meinen Fortbildungsnachweis.
2. Bekommt man eine Teilnahmebescheinigung mit Angabe der 
Unterrichtseinheiten?

Wenn beides klappt, melde ich mich gern an.

Freundliche Grüße
Matthias Brenninkmeyer

-- 
Praxis für Psychotherapie im Kreuzviertel
Nordstraße 22, 48149 Münster
""", charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 008 ---------------------------------------------------------------------
# Russian, KOI8-R 8bit, Cyrillic name only; son and his wife, afternoon only,
# the elderly-care workshop named by topic ("по уходу за пожилыми").

KOROTKOV = """Здравствуйте!

Моя мама (ей 81 год) недавно перенесла инсульт, и теперь нам нужно решать, как организовать за ней уход: дома или в доме престарелых. Мы с женой совсем не разбираемся в немецкой системе, Pflegegrad и всё такое.

Поэтому хотим прийти на семинар после обеда по уходу за пожилыми людьми. Утром, к сожалению, не получится, у нас в субботу утром работа.

Нас будет двое: я и жена, Людмила.

С уважением,
Вадим Коротков"""


@mail("korotkov-russian-koi8r-afternoon-care", "2027-08-10 19:02:16",
      E("registration", "vadim.korotkov@mail.example", "Вадим Коротков", None, ["G4"], 2, "ru"),
      "ru")
def _(m):
    m.head(("From", addr("Вадим Коротков", "vadim.korotkov@mail.example", "koi8-r", "b")),
           ("To", ORG),
           ("Subject", ew("Регистрация на день здоровья", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1786381336.552913047@f411.i.mail.example>"),
           ("X-Mailer", "Mail.example Webmail"),
           ("MIME-Version", "1.0"))
    m.single(KOROTKOV, charset="koi8-r", cte="8bit")


# -- 009 ---------------------------------------------------------------------
# Ukrainian, Gmail alternative, UTF-8 QP: ids with topics in brackets; association
# named in German in the signature.

SAVCHUK = """Доброго дня!

Прошу зареєструвати мене на Gesundheitstag 18 вересня.
Вранці – G2 (психічне здоров'я та травма),
після обіду – G6 (щеплення).

Я працюю консультанткою в українській громаді, і до нас дуже часто звертаються люди з питаннями про психологічну допомогу та про щеплення для дітей перед школою.

Дякую!
Olha Savchuk
Ukrainische Gemeinde Münster e.V."""


@mail("savchuk-ukrainian-g2-g6", "2027-08-11 10:10:03",
      E("registration", "olha.savchuk@gmail.example", "Olha Savchuk",
        "Ukrainische Gemeinde Münster e.V.", ["G2", "G6"], 1, "uk"), "uk")
def _(m):
    m.head(("From", "Olha Savchuk <olha.savchuk@gmail.example>"),
           ("To", ORG),
           ("Subject", ew("Реєстрація G2 + G6", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAF4nT0bq1Wm8sYcRzUe3kP7aGx2dV5hJ9oL6iN0tE4rB8uM2wQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(SAVCHUK, gmail_html(SAVCHUK), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 010 ---------------------------------------------------------------------
# English, Outlook for iOS alternative: "the one on women's health" in the
# morning, "the nutrition & diabetes workshop" in the afternoon; CME question.

EZE = """Hi,

I'd like to register for the Gesundheitstag on 18 September. In the morning I'd go for the one on women's health, and in the afternoon the nutrition & diabetes workshop (we see a lot of gestational diabetes among our patients).

Will there be a certificate of attendance? I'm still in residency and have to document my CME hours.

My German is fine, so workshops in German are no problem.

Thanks,
Chiamaka

Dr. Chiamaka Eze
Assistenzärztin
Frauenklinik am Aasee

Get Outlook for iOS"""


@mail("eze-english-ios-womens-health-nutrition", "2027-08-12 08:45:37",
      E("registration", "c.eze@frauenklinik-aasee.example", "Chiamaka Eze",
        "Frauenklinik am Aasee", ["G3", "G5"], 1, "en"), "en")
def _(m):
    m.head(("From", "Chiamaka Eze <c.eze@frauenklinik-aasee.example>"),
           ("To", f'"{ORG}" <{ORG}>'),
           ("Subject", "Registration – Health Day 18 Sept"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3171D4E2B8F6A90C1E5D7F22B8A42@AM0PR10MB3171.eurprd10.prod.outlook.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.alternative(EZE, ios_outlook_html(EZE), charset="utf-8", cte="quoted-printable",
                  style="outlook")


# -- 011 ---------------------------------------------------------------------
# Newsletter of a regional training calendar listing this event among others
# (names several workshop topics and the registration address) -> other.

NEWSLETTER = """Fortbildungskalender Münsterland – September 2027

Liebe Leserinnen und Leser,

hier sind die neuen Termine für den September. Anmeldung jeweils direkt beim Veranstalter.

04.09. | Warendorf
Palliativversorgung zu Hause – Grundkurs für Pflegekräfte
Veranstalter: Hospizverein Warendorf

11.09. | Coesfeld
Notfallmanagement in der Hausarztpraxis (8 CME-Punkte)
Veranstalter: Qualitätszirkel Kreis Coesfeld

18.09. | Münster
Gesundheitstag Migration Münster 2027
Workshops u. a. zu Krankenversicherung, psychischer Gesundheit, Pflege im Alter und Impfen. Kostenlos, Anmeldung bis 10.09. an anmeldung@gesundheitstag-ms.example

25.09. | Steinfurt
Diabetes-Schulung für MFA – Update 2027
Veranstalter: Diabetes-Netz Steinfurt

Alle Termine: https://www.fortbildung-muensterland.example/kalender

Sie erhalten diesen Newsletter, weil Sie sich auf fortbildung-muensterland.example eingetragen haben.
Abmelden: https://www.fortbildung-muensterland.example/abmelden?u=8f3a2c"""


def _newsletter_html(text):
    blocks = text.split("\n\n")
    out = []
    for i, b in enumerate(blocks):
        lines = [esc(x) for x in b.split("\n")]
        if i == 0:
            out.append(f"<h1 style=\"font-family:Arial;color:#1a5c7a\">{lines[0]}</h1>")
        else:
            out.append("<p style=\"font-family:Arial;font-size:14px\">" + "<br>".join(lines) + "</p>")
    body = "\n".join(out)
    body = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', body)
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Fortbildungskalender</title></head>"
            f"<body><table width=\"600\" align=\"center\"><tr><td>\n{body}\n</td></tr></table></body></html>\n")


@mail("fortbildungskalender-newsletter", "2027-08-13 06:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "Fortbildung Münsterland <newsletter@fortbildung-muensterland.example>"),
           ("To", ORG),
           ("Subject", "Fortbildungskalender September 2027: 4 neue Termine"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.3f8a2c@fortbildung-muensterland.example>"),
           ("List-Unsubscribe", "<https://www.fortbildung-muensterland.example/abmelden?u=8f3a2c>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER, _newsletter_html(NEWSLETTER), charset="utf-8",
                  cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Farsi, UTF-8 base64 plain text, Persian digits; herself and a colleague;
# "بیمه درمانی" (health insurance) mornings, "واکسیناسیون" afternoons.

AMIRI = """سلام و وقت بخیر،

من زهرا امیری هستم و در انجمن زنان افغان در مونستر به عنوان میانجی سلامت کار می‌کنم. می‌خواهم خودم و همکارم خانم مریم صادقی را برای روز سلامت ۱۸ سپتامبر ثبت‌نام کنم.

صبح: کارگاه بیمه درمانی
بعدازظهر: کارگاه واکسیناسیون

خیلی از خانم‌هایی که به ما مراجعه می‌کنند نمی‌دانند بیمه‌شان چه چیزهایی را پوشش می‌دهد.

با تشکر
Zahra Amiri
Verein afghanischer Frauen in Münster e.V."""


@mail("amiri-farsi-insurance-vaccination", "2027-08-16 21:33:40",
      E("registration", "zahra.amiri@web.example", "Zahra Amiri",
        "Verein afghanischer Frauen in Münster e.V.", ["G1", "G6"], 2, "fa"), "fa")
def _(m):
    m.head(("From", "Zahra Amiri <zahra.amiri@web.example>"),
           ("To", ORG),
           ("Subject", ew("ثبت‌نام برای روز سلامت", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<trinity-5c2e81f0-7d4a-4b93-a1c6-93e0f2d8b714-1786908820118@msvc-mesg-web001>"),
           ("MIME-Version", "1.0"))
    m.single(AMIRI, charset="utf-8", cte="base64")


# -- 013 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), Gmail alternative base64: only the morning, the
# women's health workshop by topic; she and a friend (two persons).

TESFAMARIAM = """ሰላም፣

ኣብ መዓልቲ ጥዕናን ስደትን (18 ሰፕቴምበር) ክሳተፍ ደስ ይብለኒ።
ናይ ንግሆ ወርክሾፕ ብዛዕባ ጥዕና ደቂ ኣንስትዮ እየ ዝመርጽ። ድሕሪ ቐትሪ ስራሕ ስለ ዘለኒ ክጸንሕ ኣይክእልን እየ።
ምሳይ ሓንቲ ብጻይተይ ክትመጽእ እያ፣ ብድምር ክልተ ሰባት ኢና።

የቐንየልና
Saba Tesfamariam
Eritreischer Kulturverein Münster e.V."""


@mail("tesfamariam-tigrinya-morning-only", "2027-08-17 14:12:09",
      E("registration", "saba.tesfamariam@gmail.example", "Saba Tesfamariam",
        "Eritreischer Kulturverein Münster e.V.", ["G3"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Saba Tesfamariam <saba.tesfamariam@gmail.example>"),
           ("To", ORG),
           ("Subject", ew("ምዝገባ - Gesundheitstag", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAH2sX9rE0vN6pQbZ3fLk8TjW1cY4uM7gD5aR2oI9eS6hB0nK8w@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(TESFAMARIAM, gmail_html(TESFAMARIAM), charset="utf-8", cte="base64",
                  style="gmail")


# -- 014 ---------------------------------------------------------------------
# Care service, Outlook HTML only (windows-1252) plus a PDF form; three staff,
# "vormittags in Workshop 2 und nachmittags in Workshop 4"; shared info@ mailbox,
# signed by the head of nursing; legal footer with the managing director.

BRUENING = """Sehr geehrte Damen und Herren,

für den Gesundheitstag Migration am 18.09.2027 melden wir drei Mitarbeiterinnen an:

- Helga Brüning (Pflegedienstleitung)
- Svetlana Maier (Pflegefachkraft)
- Aylin Erdem (Pflegefachkraft)

Wir möchten alle drei vormittags in Workshop 2 und nachmittags in Workshop 4. Viele unserer Klientinnen und Klienten sind ältere Menschen aus der ehemaligen Sowjetunion und aus der Türkei, und psychische Belastung bei pflegenden Angehörigen begegnet uns täglich.

Das ausgefüllte Anmeldeformular hängt an. Die Bestätigung bitte an diese Adresse.

Mit freundlichen Grüßen
i. A. Helga Brüning
Pflegedienstleitung

Ambulanter Pflegedienst Lebensbrücke GmbH
Grevener Straße 210 | 48159 Münster
Tel. 0251 / 20 88 71-0
info@pflegedienst-lebensbruecke.example

Amtsgericht Münster HRB 4711 | Geschäftsführer: Peter Lohmann"""


@mail("bruening-pflegedienst-outlook-html-pdf", "2027-08-18 10:03:18",
      E("registration", "info@pflegedienst-lebensbruecke.example", "Helga Brüning",
        "Ambulanter Pflegedienst Lebensbrücke GmbH", ["G2", "G4"], 3, "de"), "de")
def _(m):
    m.head(("From", "Pflegedienst Lebensbrücke <info@pflegedienst-lebensbruecke.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Gesundheitstag - 3 Mitarbeiterinnen"),
           ("Thread-Topic", "Anmeldung Gesundheitstag - 3 Mitarbeiterinnen"),
           ("Thread-Index", "Advz9E1pR2kq7mXbTyC4Hn0wQe8s3A=="),
           ("Date", m.date),
           ("Message-ID", "<003501dbf40b$2c9e8a70$85dbaf50$@pflegedienst-lebensbruecke.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    body = m.text(outlook_html(BRUENING), subtype="html", charset="windows-1252",
                  cte="quoted-printable")
    pdf = m.binary(make_pdf(["Anmeldung Gesundheitstag Migration 2027",
                             "Ambulanter Pflegedienst Lebensbruecke GmbH",
                             "1. Helga Bruening - Workshop 2 / Workshop 4",
                             "2. Svetlana Maier - Workshop 2 / Workshop 4",
                             "3. Aylin Erdem - Workshop 2 / Workshop 4"]),
                   "application", "pdf", "Anmeldeformular_Lebensbruecke.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 015 ---------------------------------------------------------------------
# The shared info@ mailbox of 014 answers our confirmation with its own
# auto-responder: no Auto-Submitted, only X-Autoreply and a "Re:" subject.

@mail("lebensbruecke-autoresponder-no-auto-submitted", "2027-08-18 10:04:02",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", "Pflegedienst Lebensbrücke <info@pflegedienst-lebensbruecke.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<autoreply.1786521842.20177@pflegedienst-lebensbruecke.example>"),
           ("In-Reply-To", "<mailbot.20270818100341.7c2e@gesundheitstag-ms.example>"),
           ("References", "<mailbot.20270818100341.7c2e@gesundheitstag-ms.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Unser Büro ist montags bis freitags von 8 bis 16 Uhr besetzt, wir bearbeiten Ihr Anliegen so schnell wie möglich.

Bei pflegerischen Notfällen erreichen Sie unsere Rufbereitschaft rund um die Uhr unter 0251 / 20 88 71-99.

Ihr Team vom Ambulanten Pflegedienst Lebensbrücke

Diese Nachricht wurde automatisch erstellt.""", charset="iso-8859-1", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Mediator network, GMX-style ISO-8859-1 QP: four persons split over different
# workshops; the writer's own pair is G1 + G5 (see README).

@mail("demirci-mediators-four-split", "2027-08-19 15:27:44",
      E("registration", "leyla.demirci@gmx.example", "Leyla Demirci",
        "Gesundheitsmediatoren-Netzwerk Münster", ["G1", "G5"], 4, "de"), "de")
def _(m):
    m.head(("From", "Leyla Demirci <leyla.demirci@gmx.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Gesundheitsmediatoren (4 Personen)"),
           ("Date", m.date),
           ("Message-ID", "<trinity-b71e3d02-4fa9-4c61-8e1b-2d97c5a03f68-1786973264551@3c-app-gmx-bap42>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo liebes Team vom Gesundheitstag,

ich melde hiermit unsere Gruppe aus dem Gesundheitsmediatoren-Netzwerk an, wir kommen zu viert. Wir haben uns aufgeteilt, damit wir hinterher im Team von möglichst vielen Workshops berichten können:

Leyla Demirci (ich) und Aster Haile: vormittags G1, nachmittags G5
Sara Nouri und Mehmet Öztürk: vormittags G2, nachmittags G4

Falls das so nicht geht, sagen Sie bitte Bescheid, dann melden wir uns einzeln an.

Viele Grüße
Leyla Demirci
Koordinatorin
Gesundheitsmediatoren-Netzwerk Münster
c/o Haus der Familie, Krummer Timpen 42, 48143 Münster""",
             charset="iso-8859-1", cte="quoted-printable")


# -- 017 ---------------------------------------------------------------------
# Learner German from a Syrian nursing assistant (Outlook.com web): "In
# Vormittag ... Krankenversicherung, und Nachmittag Workshop Pflege von alte
# Menschen"; asks for a certificate; employer only vaguely ("ein Altenheim").

ALNASSER = """Sehr geehrte Damen und Herren

Ich heiße Mohamad Al Nasser, ich komme aus Syrien und ich arbeite als Pflegehelfer in ein Altenheim in Münster. Meine Anerkennung als Krankenpfleger läuft noch.
Ich möchte mich anmelden für der Gesundheitstag am 18.9. In Vormittag ich möchte Workshop über Krankenversicherung, und Nachmittag Workshop Pflege von alte Menschen.
Bekomme ich eine Bescheinigung? Das ist wichtig für mein Anerkennung.

Vielen Dank und Mit freundlichen Grüßen
Mohamad Al Nasser"""


@mail("alnasser-learner-german-insurance-care", "2027-08-20 09:40:26",
      E("registration", "mohamad.alnasser@outlook.example", "Mohamad Al Nasser", None,
        ["G1", "G4"], 1, "de"), "de")
def _(m):
    m.head(("From", "mohamad alnasser <mohamad.alnasser@outlook.example>"),
           ("To", f'"{ORG}" <{ORG}>'),
           ("Subject", "anmeldung workshop"),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB0412C7E9A3D15F8B2E64A90DC9A72@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    html_text = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "</head><body><div style=\"font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt;\">"
                 + "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in ALNASSER.split("\n"))
                 + "</div></body></html>\n")
    m.alternative(ALNASSER, html_text, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Thunderbird reply quoting the whole invitation (all six workshops in the
# quote); choice "G2 und G6" only in the new text, plus a wish for G2's content.

KLEINE_BOESING = """Hallo Frau Terhorst,

danke für die Einladung, die ist bei uns im Team gut angekommen. Ich melde mich für G2 und G6 an. Meine Kollegin aus der Kinder- und Jugendberatung meldet sich separat.

Eine Bitte: Könnten Sie im Trauma-Workshop auch etwas Zeit für Fragen zur Sprachmittlung in der Therapie einplanen? Das ist bei uns das Dauerthema.

Beste Grüße
Ute Kleine-Bösing

--
Psychosoziale Beratungsstelle Brückenschlag e.V.
Beratung und Therapie für Geflüchtete
Von-Esmarch-Straße 7, 48149 Münster"""


@mail("kleine-boesing-reply-quoting-invitation", "2027-08-23 12:00:51",
      E("registration", "u.kleine-boesing@brueckenschlag-ms.example", "Ute Kleine-Bösing",
        "Psychosoziale Beratungsstelle Brückenschlag e.V.", ["G2", "G6"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ute Kleine-Bösing <u.kleine-boesing@brueckenschlag-ms.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<e0b7c4d1-8a23-4f5e-9c61-2f4a8d7b3e90@brueckenschlag-ms.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = (KLEINE_BOESING + "\n\nAm 02.08.27 um 09:00 schrieb Gesundheitstag Migration Münster:\n"
            + gt_quote(INVITATION) + "\n")
    m.single(text, charset="utf-8", cte="8bit")


# -- 019 ---------------------------------------------------------------------
# Arabic, windows-1256 base64 (Yahoo): a daughter asks whether her diabetic
# mother may come to the nutrition workshop and about interpreting -> question.

@mail("khaled-arabic-question-mother-diabetes", "2027-08-24 17:18:33",
      E("question", "nour.khaled@yahoo.example", "نور خالد", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("Nour Khaled", "nour.khaled@yahoo.example")),
           ("To", ORG),
           ("Subject", ew("استفسار عن يوم الصحة", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<1459203847.2210988.1787412513442@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،

رأيت إعلان يوم الصحة في مركز الحي. أمي عمرها 70 سنة وعندها سكري ولا تتكلم الألمانية جيداً. هل يمكن أن تحضر معي ورشة التغذية والسكري، أم أن اليوم مخصص فقط للعاملين في المجال الصحي؟ وهل ستكون هناك ترجمة إلى العربية؟

شكراً لكم
نور خالد""", charset="windows-1256", cte="base64")


# -- 020 ---------------------------------------------------------------------
# Change: 006 replies (Apple Mail, quoting the confirmation: afternoon G5, 2
# persons) and adds the morning G1; the afternoon stays G5.

OVERMEYER_CHANGE = """Hallo,

kleine Änderung bei uns: Wir haben für den 18. eine Vertretung für die Apotheke gefunden und können jetzt doch schon morgens kommen. Bitte tragen Sie Frau Kötter und mich zusätzlich vormittags in G1 (Krankenversicherung) ein. Nachmittags bleibt es bei G5.

Danke und viele Grüße
Friederike Overmeyer"""

OVERMEYER_ATTR = f"Am 06.08.2027 um 11:30 schrieb {ORG_NAME} <{ORG}>:"


@mail("overmeyer-change-adds-morning-g1", "2027-08-25 08:30:14",
      E("change", "f.overmeyer@ludgeri-apotheke.example", "Friederike Overmeyer",
        None, ["G1", "G5"], None, "de"), "de")
def _(m):
    quoted = confirmation("Frau Overmeyer", None, "G5", 2)
    m.head(("From", "Friederike Overmeyer <f.overmeyer@ludgeri-apotheke.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<B3E07A19-6C4D-4F22-8D5E-1A9C0F7B2E63@ludgeri-apotheke.example>"),
           ("In-Reply-To", "<mailbot.20270806113041.19ab@gesundheitstag-ms.example>"),
           ("References", "<7D2C91E4-0B5A-4E8F-9C13-A6F2B8D04E71@ludgeri-apotheke.example>\n"
                          " <mailbot.20270806113041.19ab@gesundheitstag-ms.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    plain = f"{OVERMEYER_CHANGE}\n\n{OVERMEYER_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, apple_html(OVERMEYER_CHANGE, (OVERMEYER_ATTR, quoted)),
                  charset="utf-8", cte="quoted-printable", style="apple")


# -- 021 ---------------------------------------------------------------------
# Turkish typed without Turkish letters on a phone (US-ASCII 7bit): "sabah
# sigorta olanina, ogleden sonra da beslenme diyabet olanina", she and her
# mother; request phrased as a question.

@mail("yilmaz-turkish-ascii-phone-with-mother", "2027-08-25 22:47:05",
      E("registration", "busra.yilmaz48@hotmail.example", "Busra Yilmaz", None,
        ["G1", "G5"], 2, "tr"), "tr")
def _(m):
    m.head(("From", "Busra Yilmaz <busra.yilmaz48@hotmail.example>"),
           ("To", ORG),
           ("Subject", "kayit"),
           ("Date", m.date),
           ("Message-ID", "<DU2P194MB1788E4F0A2C61D93B7E5F0C4A1B92@DU2P194MB1788.EURP194.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Merhaba,
annemle birlikte saglik gunune gelmek istiyoruz. Annemin seker hastaligi var, ben de ona bakiyorum.
Sabah sigorta olanina, ogleden sonra da beslenme diyabet olanina yazabilir misiniz bizi?
2 kisiyiz.
Tesekkurler
Busra

Outlook for Android'den gonderildi""", charset="us-ascii", cte="7bit")


# -- 022 ---------------------------------------------------------------------
# Postfix DSN: the confirmation to 021 bounced, the remote mailbox is full
# (multipart/report with text/rfc822-headers).

@mail("postfix-bounce-mailbox-full", "2027-08-25 22:47:51",
      E("bounce", bounced="busra.yilmaz48@hotmail.example"), "en")
def _(m):
    rcpt = "busra.yilmaz48@hotmail.example"
    m.head(("From", "MAILER-DAEMON@mail.gesundheitstag-ms.example (Mail Delivery System)"),
           ("To", ORG),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270825204751.3E9A21C04B@mail.gesundheitstag-ms.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.gesundheitstag-ms.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.hotmail.example[198.51.100.77] said:
    552 5.2.2 Requested mail action aborted: mailbox full (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.gesundheitstag-ms.example"),
         ("X-Postfix-Queue-ID", "3E9A21C04B"),
         ("X-Postfix-Sender", f"rfc822; {ORG}"),
         ("Arrival-Date", "Wed, 25 Aug 2027 22:47:49 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx1.hotmail.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Requested mail action aborted: mailbox full")])
    headers = m.text(f"""Return-Path: <{ORG}>
Received: by mail.gesundheitstag-ms.example (Postfix, from userid 998)
\tid 3E9A21C04B; Wed, 25 Aug 2027 22:47:49 +0200 (CEST)
From: {ORG_NAME} <{ORG}>
To: Busra Yilmaz <{rcpt}>
Subject: {CONFIRMATION_SUBJECT}
Date: Wed, 25 Aug 2027 22:47:49 +0200
Message-ID: <mailbot.20270825224749.5d10@gesundheitstag-ms.example>
In-Reply-To: <DU2P194MB1788E4F0A2C61D93B7E5F0C4A1B92@DU2P194MB1788.EURP194.PROD.OUTLOOK.example>
Auto-Submitted: auto-replied
""", subtype="rfc822-headers", charset="utf-8", cte="8bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 023 ---------------------------------------------------------------------
# Midwife, Android plain UTF-8 8bit: morning only, "Workshop Frauengesundheit";
# side question about recognition for midwives.

@mail("hoelscher-hebamme-morning-only", "2027-08-27 09:02:40",
      E("registration", "birte.hoelscher@hebammenpraxis-kinderhaus.example", "Birte Hölscher",
        "Hebammenpraxis Kinderhaus", ["G3"], 1, "de"), "de")
def _(m):
    m.head(("From", "Birte Hölscher <birte.hoelscher@hebammenpraxis-kinderhaus.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung nur Vormittag"),
           ("Date", m.date),
           ("Message-ID", "<3f0e6d2a-91c4-4b8e-a5d7-c2e18f4b9a07@hebammenpraxis-kinderhaus.example>"),
           ("User-Agent", "K-9 Mail for Android"),
           ("MIME-Version", "1.0"))
    m.single("""Moin,

ich bin freiberufliche Hebamme und betreue viele Frauen aus Eritrea, Syrien und Afghanistan. Ich melde mich für den Workshop Frauengesundheit am Vormittag an. Nachmittags kann ich leider nicht, da hab ich Rufbereitschaft.

Ist der Workshop auch für Hebammen als Fortbildung anrechenbar (nach der Berufsordnung NRW)? Falls nicht, auch nicht schlimm.

Viele Grüße
Birte Hölscher
Hebammenpraxis Kinderhaus

Gesendet von meinem Fairphone""", charset="utf-8", cte="8bit")


# -- 024 ---------------------------------------------------------------------
# Change, Turkish (ISO-8859-9), replying to the German confirmation of 003:
# one friend drops out (3 -> 2) and the afternoon moves from G4 to G5 ("olabilir
# mi?"); morning stays G3.

KARATAS_CHANGE = """Merhaba,

küçük bir değişiklik rica ediyorum: Hatice Hanım o gün gelemeyecek, bu yüzden iki kişi olacağız (Songül Arı ve ben).

Sabah yine G3'te kalıyoruz. Öğleden sonra ise yaşlı bakımı yerine beslenme ve diyabet atölyesine (G5) geçebilir miyiz? Kadın grubumuzda şeker hastalığı çok yaygın.

Teşekkürler,
Emine Karataş"""


@mail("karatas-turkish-change-g5-two", "2027-08-30 18:22:19",
      E("change", "emine.karatas@posteo.example", "Emine Karataş",
        None, ["G3", "G5"], 2, "tr"), "tr")
def _(m):
    quoted = confirmation("Frau Karataş", "G3", "G4", 3)
    m.head(("From", addr("Emine Karataş", "emine.karatas@posteo.example", "iso-8859-9")),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<c8e14b70-2f93-4d1a-b6e8-05a7d3c9f214@posteo.example>"),
           ("In-Reply-To", "<mailbot.20270803204140.aa31@gesundheitstag-ms.example>"),
           ("References", "<a41f0c9e-1d77-3b2a-9e55-70c3e1b8d2f4@posteo.example>\n"
                          " <mailbot.20270803204140.aa31@gesundheitstag-ms.example>"),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    text = (KARATAS_CHANGE + "\n\n3.08.2027 20:41 tarihinde Gesundheitstag Migration Münster yazdı:\n"
            + gt_quote(quoted) + "\n")
    m.single(text, charset="iso-8859-9", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# English, Gmail: two persons; morning G2; afternoon G6 preferred, G5 as
# fallback if G6 is full.

OWUSU = """Dear organisers,

I would like to register two people from the African Health Network Münster: myself and our volunteer coordinator, Grace Boateng.

Morning: Mental health and trauma (G2) for both of us.
Afternoon: we'd prefer the vaccination workshop (G6). If that one is already full, please put us in nutrition/diabetes (G5) instead.

We run hepatitis and HIV awareness sessions in several African churches around Münster, so vaccination and chronic illness are both close to our work.

Kind regards,
Kwabena Owusu-Ansah
Chairman
African Health Network Münster e.V."""


@mail("owusu-ansah-english-g6-else-g5", "2027-08-31 10:15:02",
      E("registration", "k.owusu-ansah@ahn-muenster.example", "Kwabena Owusu-Ansah",
        "African Health Network Münster e.V.", ["G2", "G6", "G5"], 2, "en"), "en")
def _(m):
    m.head(("From", "Kwabena Owusu-Ansah <k.owusu-ansah@ahn-muenster.example>"),
           ("To", ORG),
           ("Subject", "Registration for 2 persons - Gesundheitstag Migration"),
           ("Date", m.date),
           ("Message-ID", "<CAB9kR4pZ7uW2eT0mV5xQ8nY3cL1sH6jF4dA9gO2iK7bE0rN5tU@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(OWUSU, gmail_html(OWUSU), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 026 ---------------------------------------------------------------------
# Family carer, ISO-8859-15 QP: may relatives take part, is the venue
# accessible for a wheelchair? No registration yet -> question.

@mail("vennemann-question-carer-wheelchair", "2027-09-01 07:40:12",
      E("question", "doris.vennemann@t-online.example", "Doris Vennemann", None, [], None, "de"),
      "de")
def _(m):
    m.head(("From", "Doris Vennemann <doris.vennemann@t-online.example>"),
           ("To", ORG),
           ("Subject", "Frage: Teilnahme als Angehörige?"),
           ("Date", m.date),
           ("Message-ID", "<1786945212318.4711.vennemann@t-online.example>"),
           ("X-Mailer", "T-Online EmailCenter"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich habe Ihre Einladung zum Gesundheitstag über die Pflegeberatung bekommen. Ich pflege seit zwei Jahren meinen Schwiegervater, er kommt aus Kasachstan und spricht fast nur Russisch. Ich selbst bin keine Fachkraft.

Darf man als pflegende Angehörige überhaupt teilnehmen? Und ist das Gesundheitshaus barrierefrei? Ich müsste ihn eventuell im Rollstuhl mitbringen, weil ich ihn nicht so lange allein lassen kann.

Vielen Dank im Voraus
Doris Vennemann""", charset="iso-8859-15", cte="quoted-printable")


# -- 027 ---------------------------------------------------------------------
# Change, Arabic Gmail reply quoting the German confirmation of 005 (G2 / G5):
# morning stays G2, afternoon vaccination instead of nutrition -> G2, G6.

ALHAMWI_CHANGE = """مرحباً،

أرجو تعديل تسجيلي: في الصباح أبقى في ورشة الصحة النفسية (G2) كما هو، أما بعد الظهر فأريد ورشة التطعيم (G6) بدلاً من ورشة التغذية والسكري، لأن مكتبنا يتلقى أسئلة كثيرة عن تطعيمات الأطفال.

شكراً جزيلاً
يوسف الحموي"""

ALHAMWI_ATTR = f"في الخميس، 5 أغسطس 2027 في 1:05 م كتب {ORG_NAME} <{ORG}>:"


@mail("alhamwi-arabic-change-afternoon-g6", "2027-09-01 14:03:27",
      E("change", "yousef.alhamwi@gmail.example", "Yousef Al-Hamwi",
        None, ["G2", "G6"], None, "ar"), "ar")
def _(m):
    quoted = confirmation("Herr Al-Hamwi", "G2", "G5", 1)
    m.head(("From", "Yousef Al-Hamwi <yousef.alhamwi@gmail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAJ7wq2Ly3HbQ5s8vWnP0e2kTz7aR4dF6gM1oC9uX3iE5jN8tLw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270805130549.02f7@gesundheitstag-ms.example>"),
           ("References", "<CAJ7wq2Lx8FtZr0q9kTnH3s4vYp6E2bN1mD0cR5uA7eW9oK3iQg@mail.gmail.example>\n"
                          " <mailbot.20270805130549.02f7@gesundheitstag-ms.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{ALHAMWI_CHANGE}\n\n{ALHAMWI_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(ALHAMWI_CHANGE, rtl=True, quote=(ALHAMWI_ATTR, quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 028 ---------------------------------------------------------------------
# A medical assistant registers her doctor from the practice mailbox (Outlook,
# windows-1252): attendee = the doctor, confirmation to the practice address.

TAVAKOLI_MFA = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Dr. Reza Tavakoli möchte ich ihn für den Gesundheitstag Migration am 18.09. anmelden. Er möchte vormittags in den Workshop zur Krankenversicherung und nachmittags zum Impfen.

Bitte schicken Sie die Bestätigung an die Praxisadresse, Herr Dr. Tavakoli liest seine E-Mails nur selten.

Mit freundlichen Grüßen
Melanie Stroetmann
Medizinische Fachangestellte

Kinderarztpraxis Dr. Reza Tavakoli
Warendorfer Straße 180, 48145 Münster
Tel. 0251 / 37 12 60"""


@mail("tavakoli-practice-registers-doctor", "2027-09-02 09:30:45",
      E("registration", "praxis@kinderarzt-tavakoli.example", "Reza Tavakoli",
        "Kinderarztpraxis Dr. Reza Tavakoli", ["G1", "G6"], 1, "de"), "de")
def _(m):
    m.head(("From", "Kinderarztpraxis Dr. Tavakoli <praxis@kinderarzt-tavakoli.example>"),
           ("To", ORG),
           ("Subject", "Anmeldung Dr. Tavakoli"),
           ("Thread-Topic", "Anmeldung Dr. Tavakoli"),
           ("Thread-Index", "AdwBf6Xk3q9oR1mTz0v8cE7bNq2y5g=="),
           ("Date", m.date),
           ("Message-ID", "<001a01dbfc1e$0d4f7c80$27de7580$@kinderarzt-tavakoli.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(TAVAKOLI_MFA), outlook_html(TAVAKOLI_MFA),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 029 ---------------------------------------------------------------------
# Farsi, Gmail alternative UTF-8 QP: afternoon only, "کارگاه تغذیه و دیابت",
# he and his father (two persons); asks for a Dari/Farsi interpreter.

NOORI = """سلام،

پدرم دیابت نوع ۲ دارد و من می‌خواهم بیشتر یاد بگیرم که چه غذایی برایش خوب است. ما فقط بعدازظهر می‌توانیم بیاییم، پس لطفاً ما را برای کارگاه تغذیه و دیابت ثبت‌نام کنید. پدرم هم با من می‌آید، یعنی دو نفر.

پدرم کمی آلمانی می‌فهمد. اگر مترجم فارسی یا دری باشد خیلی خوب است.

ممنون
احمد نوری
Ahmad Noori"""


@mail("noori-farsi-afternoon-nutrition-father", "2027-09-03 16:45:09",
      E("registration", "ahmadnoori@gmail.example", "Ahmad Noori", None, ["G5"], 2, "fa"), "fa")
def _(m):
    m.head(("From", addr("احمد نوری", "ahmadnoori@gmail.example", "utf-8", "b")),
           ("To", ORG),
           ("Subject", ew("ثبت‌نام کارگاه تغذیه", "utf-8", "b")),
           ("Date", m.date),
           ("Message-ID", "<CAM5tY8qB1nR7wX3eZ0cK6vS9pL2hG4dF8jA5oU1iT3mE7bW0rQ@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(NOORI, gmail_html(NOORI, rtl=True), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 030 ---------------------------------------------------------------------
# Cancellation, Ukrainian Gmail reply quoting the German confirmation of 009.

SAVCHUK_CANCEL = """Доброго дня,

на жаль, мушу скасувати свою реєстрацію на 18 вересня: цього дня в нашій громаді проходить великий благодійний захід, і я відповідаю за його організацію. Звільніть, будь ласка, моє місце для когось іншого.

Сподіваюся, наступного року вийде!
З повагою,
Olha Savchuk"""

SAVCHUK_ATTR = f"ср, 11 серп. 2027 р. о 10:10 {ORG_NAME} <{ORG}> пише:"


@mail("savchuk-ukrainian-cancel", "2027-09-06 11:20:38",
      E("cancellation", "olha.savchuk@gmail.example", "Olha Savchuk",
        None, [], None, "uk"), "uk")
def _(m):
    quoted = confirmation("Frau Savchuk", "G2", "G6", 1)
    m.head(("From", "Olha Savchuk <olha.savchuk@gmail.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF4nT0cR8mZ1qW5yTbE7uH3sKx0gN4vP2lJ6dA9oI1fC8eY5tM@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270811101004.6b8e@gesundheitstag-ms.example>"),
           ("References", "<CAF4nT0bq1Wm8sYcRzUe3kP7aGx2dV5hJ9oL6iN0tE4rB8uM2wQ@mail.gmail.example>\n"
                          " <mailbot.20270811101004.6b8e@gesundheitstag-ms.example>"),
           ("MIME-Version", "1.0"))
    plain = f"{SAVCHUK_CANCEL}\n\n{SAVCHUK_ATTR}\n\n{gt_quote(quoted)}\n"
    m.alternative(plain, gmail_html(SAVCHUK_CANCEL, quote=(SAVCHUK_ATTR, quoted)),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 031 ---------------------------------------------------------------------
# Russian pharmacist, Outlook windows-1251 QP alternative, sent from the
# pharmacy's shared mailbox with Reply-To to her own address; topics only in
# Russian (mental health mornings, vaccination afternoons); Latin signature.

WEBER = """Добрый день!

Меня зовут Ирина Вебер, я фармацевт в аптеке в районе Кёрде. Многие наши клиенты говорят только по-русски, поэтому тема вашего Gesundheitstag мне очень близка.

Прошу записать меня:
- утром: семинар по психическому здоровью и травме
- после обеда: семинар по вакцинации

Подскажите, пожалуйста, будет ли сертификат, который признаёт Apothekerkammer?

С уважением
Irina Weber
Apotheke am Coerdeplatz"""


@mail("weber-russian-outlook-1251-reply-to", "2027-09-06 19:55:30",
      E("registration", "i.weber@apotheke-coerde.example", "Irina Weber",
        "Apotheke am Coerdeplatz", ["G2", "G6"], 1, "ru"), "ru")
def _(m):
    m.head(("From", "Apotheke am Coerdeplatz <info@apotheke-coerde.example>"),
           ("Reply-To", "Irina Weber <i.weber@apotheke-coerde.example>"),
           ("To", ORG),
           ("Subject", ew("Регистрация на Gesundheitstag", "windows-1251", "q")),
           ("Thread-Topic", ew("Регистрация на Gesundheitstag", "windows-1251", "q")),
           ("Date", m.date),
           ("Message-ID", "<004b01dbff2a$6e1d3a90$4a57afb0$@apotheke-coerde.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ru"),
           ("MIME-Version", "1.0"))
    m.alternative(WEBER, outlook_html(WEBER, charset="windows-1251").replace("lang=DE", "lang=RU"),
                  charset="windows-1251", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# Forward of the invitation (via a care counselling office) with a note on top:
# "vor allem um den Nachmittag, also Pflege im Alter (G4). Vormittags ... den
# Workshop zur Krankenversicherung" -> G4 first (stated priority).

HOMANN_FWD_NOTE = """Sehr geehrter Herr Homann,

wie am Telefon besprochen, leite ich Ihnen die Einladung weiter. Ich glaube, das könnte für Sie und Ihre Frau interessant sein.

Freundliche Grüße
Petra Schürmann
Pflegeberatung Münster-Ost"""

HOMANN = """Guten Tag,

meine Frau ist seit letztem Jahr pflegebedürftig (Pflegegrad 3), und die Pflegeberatung hat mir Ihre Einladung weitergeleitet, siehe unten. Ich möchte mich gern anmelden. Mir geht es vor allem um den Nachmittag, also Pflege im Alter (G4). Vormittags würde ich dann noch den Workshop zur Krankenversicherung mitnehmen, mit der Kasse gibt es bei uns auch ständig Ärger.

Ich komme allein, meine Frau bleibt an dem Tag bei unserer Tochter.

Mit freundlichen Grüßen
Klaus-Dieter Homann"""


@mail("homann-forward-afternoon-first", "2027-09-07 08:05:52",
      E("registration", "kd.homann@t-online.example", "Klaus-Dieter Homann", None,
        ["G4", "G1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Klaus-Dieter Homann <kd.homann@t-online.example>"),
           ("To", ORG),
           ("Subject", "WG: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1787378752041.9913.homann@t-online.example>"),
           ("X-Mailer", "T-Online EmailCenter"),
           ("MIME-Version", "1.0"))
    text = f"""{HOMANN}


-------- Weitergeleitete Nachricht --------
Betreff: WG: {INVITATION_SUBJECT}
Datum: Mon, 6 Sep 2027 14:12:08 +0200
Von: Pflegeberatung Münster-Ost <pflegeberatung-ost@stadt-ms.example>
An: kd.homann@t-online.example

{HOMANN_FWD_NOTE}

-----Ursprüngliche Nachricht-----
Von: {ORG_NAME} <{ORG}>
Gesendet: Montag, 2. August 2027 09:00
An: Pflegeberatung Münster-Ost <pflegeberatung-ost@stadt-ms.example>
Betreff: {INVITATION_SUBJECT}

{INVITATION}
"""
    m.single(text, charset="iso-8859-15", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change of party size only (3 -> 2), Outlook HTML only, replying to 014's
# confirmation; "An den Workshops ändert sich nichts" -> workgroups [].

BRUENING_CHANGE = """Sehr geehrte Damen und Herren,

leider kann Frau Maier am 18.09. doch nicht teilnehmen, sie muss einen Dienst übernehmen. Bitte reduzieren Sie unsere Anmeldung auf zwei Personen (Frau Erdem und ich). An den Workshops ändert sich nichts.

Mit freundlichen Grüßen
i. A. Helga Brüning
Pflegedienstleitung

Ambulanter Pflegedienst Lebensbrücke GmbH
Grevener Straße 210 | 48159 Münster
Tel. 0251 / 20 88 71-0"""


@mail("bruening-change-three-to-two-outlook", "2027-09-08 10:12:03",
      E("change", "info@pflegedienst-lebensbruecke.example", "Helga Brüning",
        "Ambulanter Pflegedienst Lebensbrücke GmbH", [], 2, "de"), "de")
def _(m):
    quote = (f"{ORG_NAME} <{ORG}>", "Mittwoch, 18. August 2027 10:03",
             "Pflegedienst Lebensbrücke <info@pflegedienst-lebensbruecke.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Brüning", "G2", "G4", 3))
    m.head(("From", "Pflegedienst Lebensbrücke <info@pflegedienst-lebensbruecke.example>"),
           ("To", TO_ORG),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9B3qR2kq7mXbTyC4Hn0wQe8s3AEt7l2c"),
           ("Date", m.date),
           ("Message-ID", "<004f01dc0093$1b7e2c40$527a84c0$@pflegedienst-lebensbruecke.example>"),
           ("In-Reply-To", "<mailbot.20270818100341.7c2e@gesundheitstag-ms.example>"),
           ("References", "<mailbot.20270818100341.7c2e@gesundheitstag-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(BRUENING_CHANGE, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# 002 drops her afternoon workshop but keeps the morning (Outlook reply with
# the confirmation quoted): change to ["G1"], not a cancellation; repeats her
# CME question.

WIBBELT_CHANGE = """Liebes Team,

ich muss meine Anmeldung leider etwas kürzen: Am 18.09. nachmittags habe ich nun doch den Notdienst übernehmen müssen. Den Workshop G6 am Nachmittag bitte streichen, vormittags komme ich aber wie geplant zu G1.

Zu meiner Frage nach den CME-Punkten habe ich noch nichts gehört. Gibt es da schon Neuigkeiten?

Viele Grüße
Annette Wibbelt"""


@mail("wibbelt-change-drops-afternoon", "2027-09-09 12:40:17",
      E("change", "a.wibbelt@praxis-wibbelt-celik.example", "Annette Wibbelt",
        None, ["G1"], None, "de"), "de")
def _(m):
    quote = (f"{ORG_NAME} <{ORG}>", "Montag, 2. August 2027 09:14",
             "Dr. Annette Wibbelt <a.wibbelt@praxis-wibbelt-celik.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Dr. Wibbelt", "G1", "G6", 1))
    m.head(("From", '"Dr. Annette Wibbelt" <a.wibbelt@praxis-wibbelt-celik.example>'),
           ("To", TO_ORG),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb8yNqS4tV8cXoE0u2Lr9dMw3k6QGd1b7x"),
           ("Date", m.date),
           ("Message-ID", "<002d01dc0161$7f0a9b20$7d1fd160$@praxis-wibbelt-celik.example>"),
           ("In-Reply-To", "<mailbot.20270802091423.4e0d@gesundheitstag-ms.example>"),
           ("References", "<000c01dbf3a1$4be27d10$e3a77730$@praxis-wibbelt-celik.example>\n"
                          " <mailbot.20270802091423.4e0d@gesundheitstag-ms.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.alternative(outlook_plain(WIBBELT_CHANGE, quote), outlook_html(WIBBELT_CHANGE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 035 ---------------------------------------------------------------------
# Cancellation, Russian KOI8-R, new mail (no quote); asks whether the materials
# can be had later (still a cancellation).

@mail("korotkov-russian-cancel", "2027-09-10 20:15:44",
      E("cancellation", "vadim.korotkov@mail.example", "Вадим Коротков", None, [], None, "ru"),
      "ru")
def _(m):
    m.head(("From", addr("Вадим Коротков", "vadim.korotkov@mail.example", "koi8-r", "b")),
           ("To", ORG),
           ("Subject", ew("Отмена регистрации", "koi8-r", "b")),
           ("Date", m.date),
           ("Message-ID", "<1789064144.118273650@f402.i.mail.example>"),
           ("X-Mailer", "Mail.example Webmail"),
           ("MIME-Version", "1.0"))
    m.single("""Здравствуйте,

к сожалению, мы с женой не сможем прийти 18 сентября. Маму выписывают из реабилитации как раз в эту субботу, и нам нужно её забрать.

Пожалуйста, отмените нашу регистрацию (семинар по уходу, 2 человека).
Можно ли будет потом получить материалы семинара?

Вадим Коротков""", charset="koi8-r", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# The doctor of 028 writes himself from his own address: already registered
# (G1 and G6 named), asks only about CME and barcode stickers -> question.

@mail("tavakoli-question-cme-efn", "2027-09-11 09:05:29",
      E("question", "r.tavakoli@kinderarzt-tavakoli.example", "Reza Tavakoli", None, [], None,
        "de"), "de")
def _(m):
    m.head(("From", "Reza Tavakoli <r.tavakoli@kinderarzt-tavakoli.example>"),
           ("To", ORG),
           ("Subject", "CME-Punkte / EFN"),
           ("Date", m.date),
           ("Message-ID", "<5A0E7F3B-2C91-4D68-B4E7-93F1C6D2A805@kinderarzt-tavakoli.example>"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"))
    m.single("""Sehr geehrte Frau Terhorst,

meine Praxis hat mich für den 18.09. angemeldet (G1 und G6), vielen Dank für die Bestätigung. Zwei kurze Fragen: Wurden die CME-Punkte von der ÄKWL inzwischen bewilligt, und wie viele sind es? Und muss ich die EFN-Aufkleber selbst mitbringen, oder melden Sie die Teilnahme elektronisch?

Mit kollegialen Grüßen
Reza Tavakoli""", charset="utf-8", cte="quoted-printable")


# -- 037 ---------------------------------------------------------------------
# German Exchange NDR (CRLF line ends): the 7-day reminder to a registrant whose
# registration is not in this set was rejected, mailbox no longer exists.

NDR_RCPT = "S.Lindemann@awo-ms.example"
NDR_DIAG = f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {NDR_RCPT} not found by SMTP address lookup"
NDR_TEXT = f"""Ihre Nachricht konnte nicht an {NDR_RCPT} übermittelt werden, weil die E-Mail-Adresse nicht gefunden wurde.

Betreff: {REMINDER_SUBJECT}
Gesendet: 11.09.2027 10:00

Die Nachricht hat folgende Empfänger nicht erreicht:

{NDR_RCPT} am 11.09.2027 10:00
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.
<mx.awo-ms.example #{NDR_DIAG}>

Diagnoseinformationen für Administratoren:

Generierender Server: AM9P191MB1234.EURP191.PROD.OUTLOOK.example"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>DSN</title>
</head>
<body>
<p><b><font color="#000066" size="3" face="Segoe UI">Ihre Nachricht konnte nicht an {esc(NDR_RCPT)} übermittelt werden, weil die E-Mail-Adresse nicht gefunden wurde.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Segoe UI">Betreff:</font></td><td><font size="2" face="Segoe UI">{esc(REMINDER_SUBJECT)}</font></td></tr>
<tr><td><font size="2" face="Segoe UI">Gesendet:</font></td><td><font size="2" face="Segoe UI">11.09.2027 10:00</font></td></tr>
</table>
<p><font size="2" face="Segoe UI">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Segoe UI"><a href="mailto:{NDR_RCPT}">{NDR_RCPT}</a> am 11.09.2027 10:00</font></p>
<blockquote><font size="2" face="Segoe UI">Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.<br>
&lt;mx.awo-ms.example #{esc(NDR_DIAG)}&gt;</font></blockquote>
<p><font size="2" face="Segoe UI">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Segoe UI">Generierender Server: AM9P191MB1234.EURP191.PROD.OUTLOOK.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-reminder-recipient-not-found", "2027-09-11 08:00:09",
      E("bounce", bounced=NDR_RCPT.lower()), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <postmaster@awo-ms.example>"),
           ("To", ORG),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2d7f0e4-5a19-4c83-9e2b-6f1a0d8c7e35@AM9P191MB1234.EURP191.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.reminder7d.20270911100003.91c4@gesundheitstag-ms.example>"),
           ("References", "<mailbot.reminder7d.20270911100003.91c4@gesundheitstag-ms.example>"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=True, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;AM9P191MB1234.EURP191.PROD.OUTLOOK.example"),
         ("Received-From-MTA", "dns;mail.gesundheitstag-ms.example"),
         ("Arrival-Date", "Sat, 11 Sep 2027 08:00:05 +0000")],
        [("Original-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Final-Recipient", f"rfc822;{NDR_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.1.10"),
         ("Diagnostic-Code", f"smtp;{NDR_DIAG}")])
    original = mailbot_message(
        f"Sabine Lindemann <{NDR_RCPT}>", REMINDER_SUBJECT,
        reminder("Frau Lindemann", "G3", "G4", 1),
        "Sat, 11 Sep 2027 10:00:03 +0200",
        "<mailbot.reminder7d.20270911100003.91c4@gesundheitstag-ms.example>",
        auto="auto-generated")
    m.multi("report", [notice, dsn, rfc822_part(original, "Erinnerung")],
            style="outlook", params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# Cancellation in English, Outlook for iOS, replying to the German 7-day
# reminder of 010 (G3 / G5) quoted under English Outlook labels.

EZE_CANCEL = """Hi,

sorry, I have to cancel. I've just been put on the weekend rota for that Saturday and couldn't find anyone to swap with. Please give my places in both workshops to someone on the waiting list.

Hope it goes well!
Chiamaka

Get Outlook for iOS"""


@mail("eze-english-cancel-reply-to-reminder", "2027-09-13 07:30:51",
      E("cancellation", "c.eze@frauenklinik-aasee.example", "Chiamaka Eze",
        None, [], None, "en"), "en")
def _(m):
    quote = (f"{ORG_NAME} <{ORG}>", "Saturday, September 11, 2027 10:00:03 AM",
             "Chiamaka Eze <c.eze@frauenklinik-aasee.example>", REMINDER_SUBJECT,
             reminder("Frau Dr. Eze", "G3", "G5", 1))
    m.head(("From", "Chiamaka Eze <c.eze@frauenklinik-aasee.example>"),
           ("To", TO_ORG),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AM0PR10MB3171F0B7C2D48E61A9F3C55DB8A42@AM0PR10MB3171.eurprd10.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.reminder7d.20270911100002.3fe1@gesundheitstag-ms.example>"),
           ("References", "<mailbot.reminder7d.20270911100002.3fe1@gesundheitstag-ms.example>"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    plain = outlook_plain(EZE_CANCEL, quote, labels=EN_LABELS)
    m.alternative(plain, outlook_html(EZE_CANCEL, quote, charset="utf-8", labels=EN_LABELS),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 039 ---------------------------------------------------------------------
# Advertising for interpreting equipment, HTML only, naming the event -> other.

ADVERT_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Dolmetschtechnik mieten</title></head>
<body style="margin:0;background:#f2f4f7">
<table role="presentation" width="620" align="center" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px">
<h2 style="color:#0b4f8a">Mehrsprachige Veranstaltung geplant?</h2>
<p>Sehr geehrte Veranstalterinnen und Veranstalter,</p>
<p>wir haben gesehen, dass Sie am 18. September den Gesundheitstag Migration Münster 2027 mit Workshops in mehreren Sprachen ausrichten. Für solche Formate vermieten wir Dolmetschkabinen, Personenführungsanlagen mit bis zu 8 Kanälen und Tablets für Ferndolmetschen, inklusive Techniker vor Ort.</p>
<p><b>Nur bis 15.09.:</b> 20&nbsp;% Rabatt auf alle Buchungen im September.</p>
<p><a href="https://www.konferenztechnik-rent.example/angebot?ref=gt2027" style="background:#0b4f8a;color:#fff;padding:10px 18px;text-decoration:none">Jetzt Angebot anfordern</a></p>
<p style="font-size:11px;color:#777">KonferenzTechnik Rent GmbH, Robert-Bosch-Straße 9, 48153 Münster.<br>
Sie möchten keine Informationen mehr erhalten? <a href="https://www.konferenztechnik-rent.example/abmelden">Hier abmelden</a>.</p>
</td></tr></table>
</body></html>
"""


@mail("konferenztechnik-advertising", "2027-09-16 11:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "KonferenzTechnik Rent <angebote@konferenztechnik-rent.example>"),
           ("To", ORG),
           ("Subject", "Dolmetschtechnik für Ihren Gesundheitstag – 20 % Rabatt"),
           ("Date", m.date),
           ("Message-ID", "<20270916090000.8d41c2@mailer.konferenztechnik-rent.example>"),
           ("List-Unsubscribe", "<https://www.konferenztechnik-rent.example/abmelden>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.single(ADVERT_HTML, subtype="html", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Cancellation on the day before, from the phone of 004, new mail.

@mail("reckfort-iphone-cancel-sick", "2027-09-17 06:48:13",
      E("cancellation", "jana.reckfort@icloud.example", "Jana Reckfort", None, [], None, "de"),
      "de")
def _(m):
    m.head(("From", "Jana Reckfort <jana.reckfort@icloud.example>"),
           ("To", ORG),
           ("Subject", "Absage morgen"),
           ("Date", m.date),
           ("Message-ID", "<9C3D5A71-E08B-4B2F-A6D4-71E0F2B93C58@icloud.example>"),
           ("X-Mailer", "iPhone Mail (21G93)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.single("""Guten Morgen,
ich muss für morgen leider absagen, hab mir eine fiese Magen-Darm-Grippe eingefangen. Sorry für die späte Absage!
LG Jana Reckfort

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


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
URL_OK = ("schemas.microsoft.com", "www.w3.org")


def decoded_headers(msg):
    out = []
    for p in all_parts(msg):
        for k, v in p.items():
            try:
                out.append(f"{k}: {make_header(decode_header(str(v)))}")
            except Exception:
                out.append(f"{k}: {v}")
    return "\n".join(out)


def check(name, data, m, expected, text_lang):
    """Problems found in one written mail (empty list when fine)."""
    problems = []
    for i, line in enumerate(data.split(b"\n"), 1):
        if len(line.rstrip(b"\r")) > 998:
            problems.append(f"line {i} longer than 998 octets")
    if m.crlf and b"\n" in data.replace(b"\r\n", b""):
        problems.append("bare LF in a CRLF mail")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 7, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Jul-Sep 2027")
    if when != m.when:
        problems.append("Date header differs from the build time")
    # every text part decodes strictly in its declared charset
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as exc:
                problems.append(f"text part does not decode as {cs}: {exc}")
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
    texts = [p.get_content() for p in all_parts(msg) if p.get_content_maintype() == "text"]
    heads = decoded_headers(msg)
    everything = heads + "\n" + "\n".join(texts)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", everything):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", everything):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in URL_OK:
            problems.append(f"non-example URL host {dom}")
    problems += check_label(msg, expected, heads, "\n".join(texts))
    return problems


def check_label(msg, e, heads, text):
    problems = []
    if tuple(e) != FIELDS:
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        return [f"unknown kind {kind}"]
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not (isinstance(e["party_size"], int) and e["party_size"] >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and not (isinstance(e["party_size"], int)
                                                and e["party_size"] >= 1):
            problems.append("bad party_size for change")
        if not wg and e["party_size"] is None:
            problems.append("a change must change something")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        b = e["bounced_recipient"]
        if not b or b != b.lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(blk.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for blk in p.get_payload()]
        if not any(b and b in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in MACHINE:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    else:
        em = e["email"]
        addrs = [a.lower() for _, a in getaddresses(
            [str(msg.get("From", "")), str(msg.get("Reply-To", ""))])]
        if not em or em != em.lower():
            problems.append("person mail needs a lower-case email")
        elif em not in addrs and em not in text.lower():
            problems.append(f"email {em} occurs neither in From/Reply-To nor in the text")
        if not e["name"] or e["name"] not in heads + "\n" + text:
            problems.append(f"name {e['name']!r} does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} does not occur in the text")
        if not e["language"] or not re.fullmatch(r"[a-z]{2}", e["language"]):
            problems.append("person mail needs an ISO 639-1 language")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kind          " + " ".join(f"{l:>3}" for l in langs) + "  all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"{k:13} " + " ".join(f"{n:>3}" for n in row) + f"  {kinds[k]:>3}")
    print("all           " + " ".join(
        f"{sum(table[(k, l)] for k in KINDS):>3}" for l in langs) + f"  {len(built):>3}")
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

    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t):
            print(f"{name}: {problem}")
            bad += 1
    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
