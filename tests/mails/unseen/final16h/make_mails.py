#!/usr/bin/env python3
"""Build the "final16h" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: 7. Kommunale Integrationskonferenz des Kreises Warendorf (Wed 10 Nov 2027),
five Foren BIL, ARB, WOH, GES, PRA (= Forum 1 .. 5).  The writers are mostly public
bodies, welfare organisations, schools, the Jobcenter, the police and churches, plus
partner towns writing in English and French.

Every mail text below is written by hand.  The script wraps the texts in MIME with
the standard `email` package, writes the files, reads every file back with
email.policy.default and checks it (no defects, each text part decodes in its
declared charset to exactly the written text, attachments byte-identical, CRLF
lines <= 998 octets, dates rise, example domains only, labels well-formed).

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts

Deterministic: fixed dates, Message-IDs and MIME boundaries.  Standard library only.
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
import textwrap
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICY = email.policy.default.clone(refold_source="none")

IK = "integrationskonferenz@kreis-warendorf.example"
IK_NAME = "Integrationskonferenz Kreis Warendorf"
TO_IK = f"{IK_NAME} <{IK}>"
INVITATION_ID = "<einladung-ik2027.20270913140512.51-3@kreis-warendorf.example>"
INVITATION_SUBJECT = ("Einladung zur 7. Kommunalen Integrationskonferenz des Kreises "
                      "Warendorf am 10. November 2027")
CONFIRMATION_SUBJECT = ("Ihre Anmeldung zur 7. Kommunalen Integrationskonferenz des "
                        "Kreises Warendorf")
REMINDER_SUBJECT = "Erinnerung: 7. Kommunale Integrationskonferenz am 10. November 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
WG_IDS = ("BIL", "ARB", "WOH", "GES", "PRA")


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
    if charset is None:
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def gt_quote(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


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


def flowed(text, width=72):
    """format=flowed text: long lines broken at spaces, soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False,
                              break_on_hyphens=False)
        out += [p + " " for p in parts[:-1]] + [parts[-1]]
    return "\n".join(out)


def E(kind, email=None, name=None, org=None, wg=(), party=None, lang=None, bounced=None):
    """One expected.json record; every key is always present."""
    return {"kind": kind, "email": email, "name": name, "organisation": org,
            "workgroups": list(wg), "party_size": party, "language": lang,
            "bounced_recipient": bounced}


def _h(slug, n):
    return hashlib.sha256(f"final16h/{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


# Europe/Berlin in 2027: CEST (+2) until Sun 31 Oct 2027 01:00 UTC, then CET (+1).
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)


def berlin(dt):
    off = 1 if dt >= DST_END else 2
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=off))), \
        ("CET" if off == 1 else "CEST")


def local_offset(when):
    """Berlin offset in hours for a local wall-clock string (no ambiguity in our dates)."""
    return 1 if when >= "2027-10-31 03:00:00" else 2


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when, tz_hours=None):
        self.slug = slug
        if tz_hours is None:
            tz_hours = local_offset(when)
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
        msg.set_raw("Delivered-To", IK)
        if received:
            domain = sender.split("@")[1]
            host = "mail." + domain
            arrival, zone = berlin(self.when + datetime.timedelta(seconds=4))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx01.kreis-warendorf.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{IK}>; {format_datetime(arrival)} ({zone})")
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
            del self.msg[k]
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"0000000000{h[:16]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mx01.kreis-warendorf.example"
        if style == "notes":
            return f"=_alternative 00{h[:6].upper()}C1258B41_="
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


# ---------------------------------------------------------------------------
# generated attachments
# ---------------------------------------------------------------------------

def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "56 780 Td"]
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION = """Sehr geehrte Damen und Herren,

der Kreis Warendorf lädt Sie herzlich ein zur

7. Kommunalen Integrationskonferenz
„Gemeinsam vor Ort – Integration im Kreis Warendorf gestalten“

am Mittwoch, 10. November 2027, von 9:00 bis 16:00 Uhr
im Kreishaus Warendorf, Großer Sitzungssaal, Waldenburger Straße 2, 48231 Warendorf.

Nach der Begrüßung durch den Landrat und einem Impulsvortrag am Vormittag werden am Nachmittag fünf parallele Foren angeboten:

Forum 1 – Sprache und Bildung von der Kita bis zum Berufskolleg
Forum 2 – Arbeitsmarktintegration und Anerkennung ausländischer Berufsabschlüsse
Forum 3 – Wohnen und Zusammenleben im Quartier
Forum 4 – Gesundheit, Pflege und psychosoziale Versorgung
Forum 5 – Prävention, Antidiskriminierung und Vertrauen in Institutionen

Um Anmeldung wird bis zum 29. Oktober 2027 per E-Mail an integrationskonferenz@kreis-warendorf.example gebeten. Bitte teilen Sie uns Namen und Funktion der teilnehmenden Personen, die entsendende Stelle sowie das gewünschte Forum (gern mit Zweitwunsch) mit. Die Plätze in den Foren werden in der Reihenfolge des Eingangs vergeben.

Die Teilnahme ist kostenfrei. Für die Verpflegung ist gesorgt.

Mit freundlichen Grüßen
Im Auftrag

Miriam Pieper
Kommunales Integrationszentrum Kreis Warendorf
Waldenburger Straße 2, 48231 Warendorf
Telefon: 02581 53-5123
E-Mail: integrationskonferenz@kreis-warendorf.example
Az.: 51.3 – IK 2027"""

FORUM_LINE = {
    "BIL": "Forum 1 – Sprache und Bildung von der Kita bis zum Berufskolleg",
    "ARB": "Forum 2 – Arbeitsmarktintegration und Anerkennung ausländischer Berufsabschlüsse",
    "WOH": "Forum 3 – Wohnen und Zusammenleben im Quartier",
    "GES": "Forum 4 – Gesundheit, Pflege und psychosoziale Versorgung",
    "PRA": "Forum 5 – Prävention, Antidiskriminierung und Vertrauen in Institutionen",
}


def confirmation(name, wg, persons):
    """The confirmation mailbot sent (quoted in replies)."""
    return f"""Guten Tag,

vielen Dank für Ihre Anmeldung zur 7. Kommunalen Integrationskonferenz des
Kreises Warendorf am Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr, im
Kreishaus Warendorf, Großer Sitzungssaal, Waldenburger Straße 2,
48231 Warendorf.

Angemeldet: {name}
Forum: {FORUM_LINE[wg]}
Angemeldete Personen: {persons}

Änderungen und Absagen teilen Sie uns bitte als Antwort auf diese E-Mail mit.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Kreis Warendorf"""


def reminder(name, wg, persons):
    return f"""Guten Tag,

wir erinnern Sie an die 7. Kommunale Integrationskonferenz des Kreises
Warendorf in einer Woche:

Mittwoch, 10. November 2027, 9:00 bis 16:00 Uhr
Kreishaus Warendorf, Großer Sitzungssaal, Waldenburger Straße 2,
48231 Warendorf

Angemeldet: {name}
Forum: {FORUM_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie nicht teilnehmen können, antworten Sie bitte kurz auf diese E-Mail.

Mit freundlichen Grüßen
Kommunales Integrationszentrum Kreis Warendorf"""


def conf_id(stamp):
    return f"<mailbot.{stamp}.{_h('conf', stamp)[:4]}@kreis-warendorf.example>"


# ---------------------------------------------------------------------------
# client styles
# ---------------------------------------------------------------------------

def outlook_head(charset_label):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset_label}">
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
span.E-MailFormatvorlage19
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
--></style>
</head>
<body lang=DE link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


QUOTE_LABELS = {
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, lang="de", charset_label="windows-1252"):
    """Outlook HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, _, lb = QUOTE_LABELS[lang]
        out.append(mso_p(""))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b>{esc(lv)}</b> {esc(von)}<br>\n"
                   f"<b>{esc(lg)}</b> {esc(gesendet)}<br>\n"
                   f"<b>{esc(la)}</b> {esc(an)}<br>\n"
                   f"<b>{esc(lb)}</b> {esc(betreff)}<o:p></o:p></p>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    return outlook_head(charset_label) + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def outlook_plain(text, quote=None, lang="de"):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, _, lb = QUOTE_LABELS[lang]
    return (f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n"
            f"{lb} {betreff}\n\n{quoted}")


def gmail_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="ltr">{inner}</div>\n'


def apple_html(text, quote_head=None, quoted=None):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    if quote_head:
        q = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in quoted.split("\n"))
        inner += (f"<div><br><blockquote type=\"cite\"><div>{esc(quote_head)}</div><br>"
                  f"<div>{q}</div></blockquote></div>")
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


def div_html(text, font="font-family: Arial, sans-serif; font-size: 10pt;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, tz_hours, expected, text_language, builder)


def mail(slug, when, expected, text_lang, tz=None):
    def deco(fn):
        MAILS.append((slug, when, tz, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answering the invitation within a minute (the
# invitation went out to the Kreis-wide distribution list).  Auto-Submitted: auto-generated.  Names a
# deputy, a phone extension and "Integration und Wohnen" (a Forum alias).

@mail("ahlen-exchange-out-of-office-invitation", "2027-09-13 12:05:31",
      E("auto_reply"), "de", tz=0)
def _(m):
    m.head(("From", '"Wienker, Gabriele" <g.wienker@ahlen.example>'),
           ("To", TO_IK),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4b1f0c2e8d7a4e6f9b3c1a2d5e7f8091@EXSRV02.ahlen.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "g.wienker@ahlen.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 24.09.2027, nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet und nach meiner Rückkehr bearbeitet.

In dringenden Angelegenheiten wenden Sie sich bitte an meine Vertretung, Herrn Jörg Tenbrink, Tel. 02382 59-437, E-Mail j.tenbrink@ahlen.example.

Mit freundlichen Grüßen
Gabriele Wienker

Stadt Ahlen – Der Bürgermeister
Fachbereich 5 – Soziales, Integration und Wohnen
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Outlook reply (multipart/alternative, windows-1252 QP) quoting the whole
# invitation with all five Foren.  The mayor's office registers the mayor in
# the passive voice ("wird hiermit ... angemeldet"); the confirmation is to go
# to the office, i.e. to the From address.  "Ihr Zeichen: 51.3" is a file
# number, not a Forum.

BECKUM_TEXT = """Sehr geehrte Damen und Herren,

unter Bezugnahme auf Ihre o. g. Einladung vom 13.09.2027 (Ihr Zeichen: 51.3 – IK 2027) wird hiermit Herr Bürgermeister Dr. Rainer Hülsmann zur Teilnahme an der 7. Kommunalen Integrationskonferenz am 10.11.2027 angemeldet.

Herr Dr. Hülsmann wird nach derzeitigem Planungsstand ganztägig anwesend sein und beabsichtigt, am Nachmittag im Forum 3 „Wohnen und Zusammenleben im Quartier“ mitzuwirken, da die Wohnraumversorgung Zugewanderter in Beckum derzeit Gegenstand der Beratungen im Rat ist.

Es wird gebeten, die Anmeldebestätigung sowie etwaige weitere Tagungsunterlagen an das Büro des Bürgermeisters (diese Adresse) zu richten. Für Rückfragen steht Ihnen die Unterzeichnerin gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Sabine Kortmann
Stadt Beckum – Der Bürgermeister
Büro des Bürgermeisters / Repräsentation
Weststraße 46, 59269 Beckum
Telefon: 02521 29-102
Telefax: 02521 29-199
E-Mail: sabine.kortmann@beckum.example
Internet: www.beckum.example"""

BECKUM_MSGID = "<DB9PR03MB8841F2A0C63E1D57B0A4E7C1A9D2@DB9PR03MB8841.eurprd03.prod.outlook.example>"


@mail("beckum-vorzimmer-registers-mayor-outlook", "2027-09-14 08:47:05",
      E("registration", "sabine.kortmann@beckum.example", "Rainer Hülsmann",
        "Stadt Beckum", ["WOH"], 1, "de"), "de", tz=0)
def _(m):
    m.head(("From", '"Kortmann, Sabine" <sabine.kortmann@beckum.example>'),
           ("To", TO_IK),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHd2Jm5kQ8n3vS0WkOa7TzR1c4X2g=="),
           ("Date", m.date),
           ("Message-ID", BECKUM_MSGID),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "Montag, 13. September 2027 14:05",
             "Verteiler Integrationskonferenz", INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(BECKUM_TEXT, quote),
                  outlook_html(BECKUM_TEXT, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 003 ---------------------------------------------------------------------
# HCL Notes, text/plain ISO-8859-15 QP (hence plain hyphens, no typographic
# quotes).  Numbered list of three Jobcenter staff with functions, the writer
# among them; first choice Forum 2, fallback Forum 1.  Traps: "Unser Zeichen:
# 560 - II - Te", "SGB II", a meeting "um 14:00 Uhr", the Forum 1 title words.

JOBCENTER_SIG = """Markus Terhechte
Bereichsleiter Markt und Integration

Jobcenter Kreis Warendorf
Geschäftsstelle Ahlen
Bismarckstraße 10, 59227 Ahlen
Telefon: 02382 9412-300
E-Mail: Markus.Terhechte@jobcenter-kreis-waf.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."""


@mail("jobcenter-notes-three-staff-list", "2027-09-15 11:20:31",
      E("registration", "markus.terhechte@jobcenter-kreis-waf.example", "Markus Terhechte",
        "Jobcenter Kreis Warendorf", ["ARB", "BIL"], 3, "de"), "de")
def _(m):
    m.head(("From", "Markus.Terhechte@jobcenter-kreis-waf.example"),
           ("To", IK),
           ("Subject", "Anmeldung zur Kommunalen Integrationskonferenz am 10.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<OF7A3C21E4.5B0D9F12-ONC1258B41.003E8A77-C1258B41.003E9C02@jobcenter-kreis-waf.example>"),
           ("X-Mailer", "HCL Notes Release 12.0.2 FP3 March 05, 2024"),
           ("X-MIMETrack", "Serialize by Router on NOTES01/JC-WAF(Release 12.0.2FP3|March 05, 2024) at\n 15.09.2027 11:20:31"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

Ihr Zeichen: 51.3 - IK 2027
Unser Zeichen: 560 - II - Te

für die 7. Kommunale Integrationskonferenz am 10.11.2027 werden seitens des Jobcenters Kreis Warendorf die nachfolgend aufgeführten Beschäftigten verbindlich angemeldet:

1. Herr Markus Terhechte, Bereichsleiter Markt und Integration (Unterzeichner)
2. Frau Aylin Demirci, Integrationsfachkraft, Team U25 Ahlen
3. Frau Olga Wiens, Arbeitsvermittlerin, Team Migration Beckum

Es wird um Zuteilung aller drei Personen zum Forum 2 (Arbeitsmarktintegration und Anerkennung ausländischer Berufsabschlüsse) gebeten. Sollten die Kapazitäten dort erschöpft sein, wird hilfsweise um Berücksichtigung im Forum 1 gebeten, da die Sprachförderung von Leistungsberechtigten nach dem SGB II ebenfalls einen Schwerpunkt unserer Arbeit bildet.

Auf die am selben Tag um 14:00 Uhr stattfindende Sitzung der Trägerversammlung wird hingewiesen; Herr Terhechte wird sich dort vertreten lassen.

Mit freundlichen Grüßen
Im Auftrag

{JOBCENTER_SIG}
""", charset="iso-8859-15", cte="quoted-printable")


# -- 004 ---------------------------------------------------------------------
# Question (conditional intent): a Protestant parish asks whether volunteers
# may come and whether the hall is barrier-free; it would register "dann" -
# only after an answer.  Thunderbird, format=flowed, UTF-8 8bit.

@mail("ev-kirchengemeinde-question-volunteers-flowed", "2027-09-16 09:05:12",
      E("question", "johanna.albers@ev-kirche-oelde.example", "Johanna Albers",
        "Evangelische Kirchengemeinde Oelde", [], None, "de"), "de")
def _(m):
    m.head(("From", "Johanna Albers <johanna.albers@ev-kirche-oelde.example>"),
           ("To", IK),
           ("Subject", "Rückfrage zur Integrationskonferenz – Teilnahme Ehrenamtlicher"),
           ("Date", m.date),
           ("Message-ID", "<7e2d9b40-1c3f-4a86-b5d2-0f8e6a9c4b17@ev-kirche-oelde.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(flowed("""Sehr geehrte Damen und Herren,

die Einladung zur Kommunalen Integrationskonferenz ist über den Verteiler des Kirchenkreises auch zu uns gelangt. Wir hätten vorab zwei Fragen:

1. Richtet sich die Konferenz ausschließlich an Hauptamtliche aus Verwaltung und Verbänden, oder sind auch Ehrenamtliche willkommen? In unserer Gemeinde engagiert sich seit 2015 ein Kreis von rund zwanzig Ehrenamtlichen in der Begleitung geflüchteter Familien (Sprachcafé, Begleitung zu Behörden, Hausaufgabenhilfe), und zwei Mitglieder unseres Presbyteriums würden gern teilnehmen.

2. Ist der Sitzungssaal im Kreishaus barrierefrei erreichbar? Eine der beiden Damen ist auf einen Rollator angewiesen.

Sofern eine Teilnahme Ehrenamtlicher vorgesehen ist, würden wir die Anmeldung dann zeitnah nachreichen.

Mit freundlichen Grüßen und Gottes Segen

Johanna Albers
Pfarrerin

Evangelische Kirchengemeinde Oelde
Gemeindebüro: Ruggestraße 3, 59302 Oelde
Tel. 02522 2310
"""), charset="utf-8", cte="8bit", params={"format": "flowed"})


# -- 005 ---------------------------------------------------------------------
# French partner town, Outlook in French (multipart/alternative,
# windows-1252 QP), answering the German invitation, which is quoted under a
# "De : / Envoyé : / À : / Objet :" block.  The international-relations
# officer registers two other people (deputy mayor and a project officer):
# name = the first attendee, party 2.  Also asks about interpretation and a
# hotel (registration plus questions = registration).

ROUSSEL_TEXT = """Madame, Monsieur,

Nous vous remercions vivement de votre invitation à la 7e Conférence communale sur l'intégration du Kreis de Warendorf, que Monsieur le Maire a reçue avec beaucoup d'intérêt.

J'ai l'honneur de vous informer que la Ville de Montrevel-sur-Loire sera représentée par :
– Madame Claire Fontanel, adjointe au Maire chargée de la cohésion sociale et de la politique de la ville ;
– Monsieur Julien Barthès, chargé de mission « Intégration et citoyenneté ».

Nos deux représentants souhaiteraient participer au forum n° 3 (« Wohnen und Zusammenleben im Quartier »), la rénovation de nos quartiers prioritaires étant au cœur de notre action municipale cette année.

Madame Fontanel comprend l'allemand ; Monsieur Barthès, en revanche, ne le parle pas. Pourriez-vous nous indiquer si une interprétation est prévue dans les forums ? Par ailleurs, nos représentants arriveront la veille au soir : auriez-vous l'amabilité de nous recommander un hôtel à proximité du Kreishaus ?

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Roussel
Chargée des relations internationales et des jumelages
Cabinet du Maire
Ville de Montrevel-sur-Loire
Hôtel de Ville – 1, place de la République
Tél. : 02 41 55 12 14"""


@mail("montrevel-french-outlook-two-delegates", "2027-09-17 10:31:48",
      E("registration", "n.roussel@montrevel-sur-loire.example", "Claire Fontanel",
        "Ville de Montrevel-sur-Loire", ["WOH"], 2, "fr"), "fr")
def _(m):
    m.head(("From", "ROUSSEL Nathalie <n.roussel@montrevel-sur-loire.example>"),
           ("To", f'"{IK}" <{IK}>'),
           ("Subject", "RE: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHd2K0v3c9RqWm1Q0yG1bZp6n8Tfw=="),
           ("Date", m.date),
           ("Message-ID", "<PR1P264MB3310E9A5C2B74F18A0D3B6F5C17E@PR1P264MB3310.FRAP264.PROD.OUTLOOK.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "fr-FR, de-DE"),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "lundi 13 septembre 2027 14:05",
             "Verteiler Integrationskonferenz", INVITATION_SUBJECT, INVITATION)
    m.alternative(outlook_plain(ROUSSEL_TEXT, quote, "fr"),
                  outlook_html(ROUSSEL_TEXT, quote, "fr"),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 006 ---------------------------------------------------------------------
# French/English out-of-office answering the confirmation sent a minute
# earlier.  No Auto-Submitted or X-Autoreply header at all: only the subject
# prefix and the text say it is automatic.

@mail("roussel-french-ooo-no-headers", "2027-09-17 10:32:55",
      E("auto_reply"), "fr")
def _(m):
    cid = conf_id("20270917103210")
    m.head(("From", "ROUSSEL Nathalie <n.roussel@montrevel-sur-loire.example>"),
           ("To", TO_IK),
           ("Subject", "Réponse automatique : " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<PR1P264MB3310B04C77E2A9D3F1C5E8A0B62D@PR1P264MB3310.FRAP264.PROD.OUTLOOK.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Content-Language", "fr-FR"),
           ("MIME-Version", "1.0"))
    m.single("""Bonjour,

Je suis absente du bureau du 17 au 27 septembre 2027 inclus, avec un accès limité à ma messagerie. Votre message sera traité à mon retour.

Pour toute demande urgente concernant les jumelages, merci de contacter le secrétariat du Cabinet du Maire au 02 41 55 12 00.

I am out of the office from 17 until 27 September 2027 with limited access to e-mail. For urgent matters, please contact the Mayor's Office on +33 2 41 55 12 00.

Cordialement,
Nathalie Roussel
""", charset="utf-8", cte="8bit")


# -- 007 ---------------------------------------------------------------------
# Police: the officer registers himself and a colleague (list with ranks and
# units), Forum 5.  Traps: "Kriminalkommissariat 3", ranks (PHK, KOK'in),
# an offer to give a ten-minute input.  Plain UTF-8 QP.

@mail("kpb-warendorf-police-two-officers", "2027-09-20 14:02:19",
      E("registration", "stefan.woestmann@polizei.nrw.example", "Stefan Wöstmann",
        "Kreispolizeibehörde Warendorf", ["PRA"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Wöstmann, Stefan", "stefan.woestmann@polizei.nrw.example", "iso-8859-1")),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz 10.11.2027 - KPB Warendorf, KK Kriminalprävention/Opferschutz"),
           ("Date", m.date),
           ("Message-ID", "<a91c3e57d0b24f8e8c2f6b1d7e0a4c93@EXPOL-WAF05.polizei.nrw.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Einladung vom 13.09.2027 melde ich mich sowie meine Kollegin KOK'in Jana Brockhoff zur 7. Kommunalen Integrationskonferenz an.

Teilnehmende:
- PHK Stefan Wöstmann, Kriminalkommissariat Kriminalprävention/Opferschutz, Kontaktbeamter für muslimische Institutionen
- KOK'in Jana Brockhoff, Kriminalkommissariat 3, Sachbereich Hasskriminalität

Wir bitten um Berücksichtigung im Forum 5 („Prävention, Antidiskriminierung und Vertrauen in Institutionen“). Gern stellen wir dort in einem kurzen Impuls (ca. 10 Minuten) das Projekt „Polizei im Dialog“ vor, sofern dies von Ihrer Seite gewünscht ist.

Mit freundlichen Grüßen
Im Auftrag

Stefan Wöstmann, PHK
Kreispolizeibehörde Warendorf
Direktion Kriminalität – KK Kriminalprävention/Opferschutz
Waldenburger Straße 10, 48231 Warendorf
Tel.: 02581 600-5121
Fax: 02581 600-5109
E-Mail: stefan.woestmann@polizei.nrw.example

Hinweis: Diese E-Mail wurde unverschlüsselt übertragen. Bitte übersenden Sie personenbezogene Daten nur auf gesichertem Weg.
""", charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# Postfix DSN from our own relay: the police mail gateway rejected the
# automatic confirmation for 007 by content policy.  multipart/report with
# text/rfc822-headers (headers only, no body returned).

POLICE_RCPT = "stefan.woestmann@polizei.nrw.example"


@mail("postfix-dsn-police-gateway-policy-reject", "2027-09-20 14:03:02",
      E("bounce", bounced=POLICE_RCPT), "en")
def _(m):
    cid = conf_id("20270920140241")
    m.head(("From", "MAILER-DAEMON@mx01.kreis-warendorf.example (Mail Delivery System)"),
           ("To", IK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270920120302.5C81A2E0F3@mx01.kreis-warendorf.example>"),
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

<{POLICE_RCPT}>: host mx.polizei.nrw.example[198.51.100.61]
    said: 550 5.7.1 Message rejected by content policy: automatically
    generated messages from external senders are not accepted (in reply to
    end of DATA command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx01.kreis-warendorf.example"),
         ("X-Postfix-Queue-ID", "5C81A2E0F3"),
         ("X-Postfix-Sender", f"rfc822; {IK}"),
         ("Arrival-Date", "Mon, 20 Sep 2027 14:02:41 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {POLICE_RCPT}"),
         ("Original-Recipient", f"rfc822;{POLICE_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.7.1"),
         ("Remote-MTA", "dns; mx.polizei.nrw.example"),
         ("Diagnostic-Code", "smtp; 550 5.7.1 Message rejected by content policy:\n"
                             "    automatically generated messages from external senders are not\n"
                             "    accepted")])
    hdrs = m.text(f"""Return-Path: <{IK}>
Received: by mx01.kreis-warendorf.example (Postfix, from userid 998)
	id 5C81A2E0F3; Mon, 20 Sep 2027 14:02:41 +0200 (CEST)
From: {IK_NAME} <{IK}>
To: =?utf-8?q?W=C3=B6stmann=2C_Stefan?= <{POLICE_RCPT}>
Subject: {CONFIRMATION_SUBJECT}
Date: Mon, 20 Sep 2027 14:02:41 +0200
Message-ID: {cid}
In-Reply-To: <a91c3e57d0b24f8e8c2f6b1d7e0a4c93@EXPOL-WAF05.polizei.nrw.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
""", subtype="rfc822-headers",
                  charset="us-ascii", cte="7bit",
                  headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, hdrs], style="postfix",
            params={"report-type": "delivery-status"})


# -- 009 ---------------------------------------------------------------------
# Caritas, Outlook HTML only (windows-1252 QP).  Three staff, each for a
# different Forum; the writer is the first of them (Forum 4) -> workgroups =
# the writer's own choice, party 3.  Bullets "•" exist only in windows-1252.

CARITAS_SIG = """Dagmar Höing
Fachdienstleitung Integration und Migration
Caritasverband für das Dekanat Ahlen e.V.
Südstraße 41, 59227 Ahlen
Tel. 02382 8930-21
www.caritas-ahlen.example

Caritasverband für das Dekanat Ahlen e.V. | Vorstand: Bernd Schlüter (Vors.), Dr. Katrin Lüke | Sitz: Ahlen | Amtsgericht Münster VR 2417"""


@mail("caritas-outlook-html-three-staff-three-forums", "2027-09-21 16:44:27",
      E("registration", "d.hoeing@caritas-ahlen.example", "Dagmar Höing",
        "Caritasverband für das Dekanat Ahlen e.V.", ["GES"], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Höing, Dagmar", "d.hoeing@caritas-ahlen.example", "windows-1252")),
           ("To", TO_IK),
           ("Subject", "Anmeldung Integrationskonferenz – Caritasverband Ahlen"),
           ("Thread-Topic", "Anmeldung Integrationskonferenz – Caritasverband Ahlen"),
           ("Thread-Index", "AdunBq1fV0s8Z2XxQH6yNw4vJ3o1Kg=="),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB2874C3A81E5D46B09F27D1E8A4C5@FR2P281MB2874.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Damen und Herren,

für den Caritasverband für das Dekanat Ahlen e.V. werden folgende Mitarbeitende zur Integrationskonferenz am 10.11. angemeldet:

• Dagmar Höing, Fachdienstleitung Integration und Migration – Forum 4 (Gesundheit, Pflege und psychosoziale Versorgung)
• Yusuf Karaca, Migrationsberatung für erwachsene Zuwanderer (MBE) – Forum 2
• Tamara Lindemann, Jugendmigrationsdienst (JMD) – Forum 1

Eine Verteilung auf unterschiedliche Foren ist von uns ausdrücklich gewünscht, damit die Erfahrungen unseres Fachdienstes möglichst breit eingebracht werden können. Sollte dies organisatorisch nicht möglich sein, bitten wir um kurze Rückmeldung.

Mit freundlichen Grüßen

{CARITAS_SIG}"""
    m.single(outlook_html(text), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 010 ---------------------------------------------------------------------
# School social worker, webmail (multipart/alternative, UTF-8 QP).  Chooses
# by title words ("Sprache und Bildung"); will leave early for the
# Elternsprechtag "ab 16 Uhr".

@mail("sekundarschule-schulsozialarbeit-webmail", "2027-09-22 12:15:09",
      E("registration", "l.bruenger@sekundarschule-everswinkel.example", "Lea Brünger",
        "Sekundarschule Everswinkel-Alverskirchen", ["BIL"], 1, "de"), "de")
def _(m):
    m.head(("From", "Lea Brünger <l.bruenger@sekundarschule-everswinkel.example>"),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz 10. November"),
           ("Date", m.date),
           ("Message-ID", "<CAJ7r4qXk2bN0oW8yT5mL1vZ9eQ3sH6dF0gU2cR7aP4iB8nM1wE@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Integrationskonferenz am 10. November an. Ich arbeite als Schulsozialarbeiterin an der Sekundarschule Everswinkel-Alverskirchen und bin u. a. für unsere Seiteneinsteigerinnen und Seiteneinsteiger in den Internationalen Förderklassen zuständig.

Am liebsten würde ich am Forum „Sprache und Bildung“ teilnehmen.

Eine Freistellung durch die Schulleitung liegt vor. Da an dem Tag ab 16 Uhr unser Elternsprechtag beginnt, muss ich die Veranstaltung ggf. ein paar Minuten früher verlassen – ich hoffe, das ist in Ordnung.

Viele Grüße
Lea Brünger

--
Lea Brünger
Schulsozialarbeit
Sekundarschule Everswinkel-Alverskirchen
Tel. 02582 9921-15 (Di–Do)"""
    m.alternative(text, gmail_html(text), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 011 ---------------------------------------------------------------------
# Newsletter of the state coordination office (other): its own Fachtag with
# its own "Forum 1 .. 3" and a registration link; List-Unsubscribe, bulk.

LAKI_TEXT = """Newsletter 09/2027 der Landesweiten Koordinierungsstelle Kommunale Integrationszentren

Liebe Kolleginnen und Kollegen in den Kommunalen Integrationszentren,

1) Fachtag „Kommunales Integrationsmanagement – drei Jahre Rechtskreisübergreifendes Case Management“
Donnerstag, 18. November 2027, 10:00–16:00 Uhr, Dortmund
Forum 1: Datenschutz im Case Management
Forum 2: Zusammenarbeit mit Ausländerbehörden und Jobcentern
Forum 3: Qualitätsstandards und Evaluation
Melden Sie sich bis zum 5. November über unser Anmeldeportal an:
https://veranstaltungen.laki-nrw.example/fachtag-kim-2027

2) Förderaufruf „Integration vor Ort 2028“
Anträge können ab dem 1. Oktober 2027 über das Förderportal gestellt werden. Die Antragsfrist endet am 15. Januar 2028.

3) Neue Handreichung „Mehrsprachige Elternarbeit in der Kita“ – kostenloser Download unter https://www.laki-nrw.example/publikationen

Mit freundlichen Grüßen
Ihr Team der LaKI

Sie erhalten diesen Newsletter, weil Ihre Dienststelle im Verteiler der Kommunalen Integrationszentren eingetragen ist. Abmelden: https://newsletter.laki-nrw.example/abmelden?u=kiwaf"""

LAKI_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Newsletter 09/2027</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00507a;color:#ffffff;font-size:20px;"><b>LaKI NRW</b> &ndash; Newsletter 09/2027</td></tr>
<tr><td><p>Liebe Kolleginnen und Kollegen in den Kommunalen Integrationszentren,</p>
<h2 style="font-size:17px;color:#00507a;">1) Fachtag &bdquo;Kommunales Integrationsmanagement &ndash; drei Jahre Rechtskreis&uuml;bergreifendes Case Management&ldquo;</h2>
<p>Donnerstag, 18. November 2027, 10:00&ndash;16:00 Uhr, Dortmund</p>
<ul><li>Forum 1: Datenschutz im Case Management</li>
<li>Forum 2: Zusammenarbeit mit Ausl&auml;nderbeh&ouml;rden und Jobcentern</li>
<li>Forum 3: Qualit&auml;tsstandards und Evaluation</li></ul>
<p><a href="https://veranstaltungen.laki-nrw.example/fachtag-kim-2027" style="background:#e3007b;color:#ffffff;padding:8px 14px;text-decoration:none;">Jetzt anmelden</a> (bis 5. November)</p>
<h2 style="font-size:17px;color:#00507a;">2) F&ouml;rderaufruf &bdquo;Integration vor Ort 2028&ldquo;</h2>
<p>Antr&auml;ge k&ouml;nnen ab dem 1. Oktober 2027 &uuml;ber das F&ouml;rderportal gestellt werden. Die Antragsfrist endet am 15. Januar 2028.</p>
<h2 style="font-size:17px;color:#00507a;">3) Neue Handreichung</h2>
<p>&bdquo;Mehrsprachige Elternarbeit in der Kita&ldquo; &ndash; <a href="https://www.laki-nrw.example/publikationen">kostenloser Download</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Ihr Team der LaKI</p></td></tr>
<tr><td style="font-size:11px;color:#777777;">Sie erhalten diesen Newsletter, weil Ihre Dienststelle im Verteiler der Kommunalen Integrationszentren eingetragen ist. <a href="https://newsletter.laki-nrw.example/abmelden?u=kiwaf">Abmelden</a></td></tr>
</table></td></tr></table>
</body></html>
"""


@mail("laki-newsletter-own-fachtag", "2027-09-23 07:00:00",
      E("other"), "de")
def _(m):
    m.head(("From", "LaKI NRW - Newsletter <newsletter@laki-nrw.example>"),
           ("To", "KI Kreis Warendorf <" + IK + ">"),
           ("Subject", "Newsletter 09/2027: Fachtag KIM am 18.11. – jetzt anmelden"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.kiwaf.7731@newsletter.laki-nrw.example>"),
           ("List-Unsubscribe", "<https://newsletter.laki-nrw.example/abmelden?u=kiwaf>, <mailto:abmelden@newsletter.laki-nrw.example?subject=kiwaf>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("List-Id", "LaKI NRW Newsletter <newsletter.laki-nrw.example>"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"),
           envelope="bounce-7731-kiwaf@newsletter.laki-nrw.example")
    m.alternative(LAKI_TEXT, LAKI_HTML, charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# English partner town (UK), Outlook multipart/alternative UTF-8 base64, BST.
# The council's international officer registers a councillor and an officer
# (name = the councillor, party 2), Forum 3, second preference Forum 2; asks
# for correspondence to herself while copying the councillor's office (whose
# address is in the text) -> email = the writer's.

KETTLEWELL_SIG = """Priya Nair
Civic and International Relations Officer
Chief Executive's Office
Kettlewell Borough Council
Town Hall, Market Square, Kettlewell KL4 1TH
Tel: 01632 960412

This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received this email in error, please notify the sender and delete it. Kettlewell Borough Council may monitor email traffic for lawful business purposes."""

KETTLEWELL_TEXT = f"""Dear Sir or Madam,

Kommunale Integrationskonferenz – 10 November 2027

Further to your kind invitation of 13 September, I am writing on behalf of Councillor Margaret Ashdown, Cabinet Member for Communities and Equalities, to confirm that she will attend the above conference on behalf of Kettlewell Borough Council. Councillor Ashdown will be accompanied by Mr Daniel Okoro, our Community Cohesion Manager.

Both would be grateful to be allocated to Forum 3 (housing and neighbourhood life). Should that forum be oversubscribed, Forum 2 would be their second preference.

Councillor Ashdown has a reasonable command of German; Mr Okoro does not speak German, so we should be most grateful to know whether any English-language materials will be available.

Please address any correspondence regarding the visit to me, copying the Councillor's office at cllr.ashdown@kettlewell.gov.example.

Yours faithfully,

{KETTLEWELL_SIG}"""


@mail("kettlewell-english-councillor-and-officer", "2027-09-24 14:38:51",
      E("registration", "priya.nair@kettlewell.gov.example", "Margaret Ashdown",
        "Kettlewell Borough Council", ["WOH", "ARB"], 2, "en"), "en", tz=1)
def _(m):
    m.head(("From", '"Nair, Priya" <priya.nair@kettlewell.gov.example>'),
           ("To", TO_IK),
           ("Cc", "Cllr Margaret Ashdown <cllr.ashdown@kettlewell.gov.example>"),
           ("Subject", "Kommunale Integrationskonferenz, 10 November 2027 - Kettlewell Borough Council attendance"),
           ("Thread-Topic", "Kommunale Integrationskonferenz, 10 November 2027 - Kettlewell Borough Council attendance"),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB5012A7C03E4F19B2D86E0F3A91B7@LO2P265MB5012.GBRP265.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    m.alternative(KETTLEWELL_TEXT, outlook_html(KETTLEWELL_TEXT, charset_label="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 013 ---------------------------------------------------------------------
# AWO secretariat, plain text ISO-8859-2 base64 (for "Hadžić").  Registers a
# colleague "im Auftrag unserer Geschäftsführung" and asks that the
# confirmation go straight to her address -> email = that address.  Forum by
# an inflected alias ("Forum zur psychosozialen Versorgung").

@mail("awo-sekretariat-iso-8859-2-colleague", "2027-09-27 09:10:44",
      E("registration", "n.hadzic@awo-kv-warendorf.example", "Nermin Hadžić",
        "AWO Kreisverband Warendorf e.V.", ["GES"], 1, "de"), "de")
def _(m):
    m.head(("From", "AWO Kreisverband Warendorf - Sekretariat <sekretariat@awo-kv-warendorf.example>"),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz 10.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<20270927091044.3F5A1@awo-kv-warendorf.example>"),
           ("User-Agent", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

im Auftrag unserer Geschäftsführung übersende ich Ihnen die Anmeldung von

Frau Nermin Hadžić
Migrationsfachdienst / Fachberatung für Geflüchtete
AWO Kreisverband Warendorf e.V.

zur 7. Kommunalen Integrationskonferenz. Frau Hadžić möchte am Forum zur psychosozialen Versorgung teilnehmen.

Bitte senden Sie die Bestätigung direkt an Frau Hadžić: n.hadzic@awo-kv-warendorf.example

Mit freundlichen Grüßen
i. A. Renate Pohlmann
Sekretariat der Geschäftsführung

AWO Kreisverband Warendorf e.V.
Kirchstraße 12, 48231 Warendorf
Tel. 02581 9370-0
""", charset="iso-8859-2", cte="base64")


# -- 014 ---------------------------------------------------------------------
# Question from the police's functional mailbox: the confirmation for 007
# never arrived (see the bounce 008); it asks whether the registration is on
# file and to confirm to this mailbox.  It restates the registration but
# registers no one anew.

@mail("kpb-funktionspostfach-question-no-confirmation", "2027-09-28 11:25:30",
      E("question", "kk-praevention.warendorf@polizei.nrw.example", "Bettina Schulze Hobeling",
        "Kreispolizeibehörde Warendorf", [], None, "de"), "de")
def _(m):
    m.head(("From", "KPB Warendorf - KK Kriminalpraevention/Opferschutz <kk-praevention.warendorf@polizei.nrw.example>"),
           ("To", IK),
           ("Subject", "Anmeldebestätigung Integrationskonferenz – Sachstandsanfrage"),
           ("Date", m.date),
           ("Message-ID", "<0d5e9a1b7c3f4e2a8b6d1f0c9e7a5b34@EXPOL-WAF05.polizei.nrw.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

mit E-Mail vom 20.09.2027 wurden PHK Wöstmann und KOK'in Brockhoff zur Teilnahme an der Kommunalen Integrationskonferenz (Forum 5) angemeldet. Eine Anmeldebestätigung ist hier bislang nicht eingegangen.

Es wird daher um kurze Mitteilung gebeten, ob die Anmeldung bei Ihnen vorliegt. Möglicherweise wurde Ihre Antwort durch unser Mailgateway zurückgewiesen; in diesem Fall wird gebeten, die Bestätigung an dieses Funktionspostfach zu richten.

Mit freundlichen Grüßen
Im Auftrag

Bettina Schulze Hobeling
Geschäftszimmer Direktion Kriminalität
Kreispolizeibehörde Warendorf
Tel.: 02581 600-5100
""", charset="utf-8", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Internal mail from the Kreis' own Ausländerbehörde (new Outlook,
# multipart/alternative UTF-8 base64), Cc to the KI contact.  "Ihr Zeichen /
# Unser Zeichen", Sachgebiet 32.3, "TOP 5" of a committee meeting on
# 03.11., "Hausruf 5231", "Zimmer 2.117".  Choice: Forum 2, fallback Forum 5.

AUSLAENDER_TEXT = """Liebe Kolleginnen und Kollegen des KI,

Ihr Zeichen: 51.3 – IK 2027
Unser Zeichen: 32.3-Gr

seitens der Ausländerbehörde des Kreises Warendorf nehmen an der Integrationskonferenz am 10.11.2027 teil:

- Herr Frank Große-Wilde, Sachgebietsleitung 32.3 Ausländerangelegenheiten
- Frau Svetlana Reimer, Sachbearbeitung Einbürgerung / Beschäftigungsduldung

Gewünscht wird das Forum 2, hilfsweise das Forum 5. Insbesondere zu Anerkennungsverfahren und Beschäftigungserlaubnissen können wir gern Fragen aus der Praxis aufnehmen.

Hinweis: Der im Programmentwurf für 11:30 Uhr vorgesehene Bericht der Ausländerbehörde wird zudem in der Sitzung des Ausschusses für Soziales, Gesundheit und Integration am 03.11.2027 (TOP 5) vorgestellt; eine Doppelung sollte ggf. vermieden werden.

Mit kollegialen Grüßen
Im Auftrag

Frank Große-Wilde
Kreis Warendorf – Der Landrat
Amt für Bürgerservice und Ordnung
Sachgebiet 32.3 – Ausländerangelegenheiten
Hausruf 5231 | Zimmer 2.117"""


@mail("auslaenderbehoerde-internal-new-outlook", "2027-09-29 13:40:02",
      E("registration", "frank.grosse-wilde@kreis-warendorf.example", "Frank Große-Wilde",
        "Ausländerbehörde des Kreises Warendorf", ["ARB", "PRA"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Große-Wilde, Frank", "frank.grosse-wilde@kreis-warendorf.example", "utf-8", "b")),
           ("To", TO_IK),
           ("Cc", '"Pieper, Miriam" <miriam.pieper@kreis-warendorf.example>'),
           ("Subject", "Integrationskonferenz 2027 – Anmeldung Amt 32 / Ausländerbehörde"),
           ("Thread-Topic", "Integrationskonferenz 2027 – Anmeldung Amt 32 / Ausländerbehörde"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB30226F1D9A0C4E73B25D8A06E3F1@BE1P281MB3022.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("MIME-Version", "1.0"))
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>'
                 '</head><body dir="ltr">'
                 + "".join(f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l else "<br>"}</div>'
                           for l in AUSLAENDER_TEXT.split("\n"))
                 + "</body></html>\n")
    m.alternative(AUSLAENDER_TEXT, html_text, charset="utf-8", cte="base64", style="outlook")


# -- 016 ---------------------------------------------------------------------
# Question from the chair of a town's Integrationsrat (web mailer,
# windows-1252 8bit): is attending compensated like a council meeting?  He
# will register the members "dann gesammelt" - later, in 026.

@mail("integrationsrat-question-entschaedigung", "2027-09-30 17:55:16",
      E("question", "cengiz.yalcin@webpost.example", "Cengiz Yalcin",
        "Integrationsrat der Stadt Ahlen", [], None, "de"), "de")
def _(m):
    m.head(("From", "Cengiz Yalcin <cengiz.yalcin@webpost.example>"),
           ("To", IK),
           ("Subject", "Frage zur Integrationskonferenz - Entschädigung Integrationsratsmitglieder"),
           ("Date", m.date),
           ("Message-ID", "<trinity-2f9c4b1e-8a7d-4c03-9e15-6b2d0a8f3c71-1822744516@msvc-webpost-app07>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

als Vorsitzender des Integrationsrates der Stadt Ahlen habe ich die Einladung zur Integrationskonferenz erhalten und an unsere Mitglieder weitergeleitet. Mehrere Mitglieder haben Interesse an einer Teilnahme bekundet.

Da die Konferenz an einem Mittwoch stattfindet und die meisten unserer Mitglieder berufstätig sind, stellt sich die Frage, ob die Teilnahme als Tätigkeit im Sinne der Entschädigungssatzung gilt, d.h. ob Verdienstausfall geltend gemacht werden kann, und ob eine Teilnahmebescheinigung ausgestellt wird. Für eine kurze Auskunft wäre ich Ihnen sehr dankbar, damit ich unsere Mitglieder in der nächsten Sitzung am 07.10. informieren kann.

Die Anmeldung würde ich dann gesammelt für alle Interessierten vornehmen.

Mit freundlichen Grüßen
Cengiz Yalcin
Vorsitzender
Integrationsrat der Stadt Ahlen
""", charset="windows-1252", cte="8bit")


# -- 017 ---------------------------------------------------------------------
# Diakonie, "in Vertretung" of the managing director who is NOT attending
# (i. V. signature); the deputy registers himself and a colleague, Forum 4,
# else Forum 3.  multipart/mixed: Outlook alternative + the filled-in form as
# PDF.  The imprint names the director again.

DIAKONIE_SIG = """Henning Vosskötter
Stellv. Geschäftsführer

Diakonie Warendorf-Beckum gGmbH
Nordstraße 21, 59269 Beckum
Fon 02521 8407-12

Sitz der Gesellschaft: Beckum | Amtsgericht Münster HRB 9876 | Geschäftsführerin: Pastorin Ruth Engelbrecht"""

DIAKONIE_TEXT = f"""Sehr geehrte Damen und Herren,

in Vertretung unserer Geschäftsführerin, Frau Pastorin Ruth Engelbrecht, die am 10.11. durch eine Sitzung des Aufsichtsrates gebunden ist, melde ich mich sowie Frau Anna Lisiecka, Koordinatorin unserer interkulturellen Pflegeberatung, zur 7. Kommunalen Integrationskonferenz an.

Wir möchten gern am Forum 4 (Gesundheit, Pflege und psychosoziale Versorgung) teilnehmen, alternativ am Forum 3.

Das ausgefüllte Anmeldeformular ist zu Ihren Akten beigefügt.

Mit freundlichen Grüßen
i. V. Henning Vosskötter

{DIAKONIE_SIG}"""


@mail("diakonie-iv-outlook-pdf-form", "2027-10-01 10:02:38",
      E("registration", "h.vosskoetter@diakonie-waf-beckum.example", "Henning Vosskötter",
        "Diakonie Warendorf-Beckum gGmbH", ["GES", "WOH"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Vosskötter, Henning", "h.vosskoetter@diakonie-waf-beckum.example", "windows-1252")),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz / Diakonie Warendorf-Beckum"),
           ("Thread-Topic", "Anmeldung Integrationskonferenz / Diakonie Warendorf-Beckum"),
           ("Date", m.date),
           ("Message-ID", "<AS8P190MB1762D41C0B9E4A37F85C26E1D0A9@AS8P190MB1762.EURP190.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", "yes"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(DIAKONIE_TEXT, outlook_html(DIAKONIE_TEXT), charset="windows-1252",
                        cte="quoted-printable", style="outlook", top=False)
    pdf = m.binary(make_pdf([
        "Anmeldung 7. Kommunale Integrationskonferenz Kreis Warendorf",
        "Veranstaltung: 10.11.2027, Kreishaus Warendorf",
        "Einrichtung: Diakonie Warendorf-Beckum gGmbH",
        "Teilnehmende: Henning Vosskoetter (stellv. GF), Anna Lisiecka (Pflegeberatung)",
        "Forum Erstwunsch: 4   Forum Zweitwunsch: 3",
        "Beckum, 01.10.2027   i. V. Vosskoetter"]),
        "application", "pdf", "Anmeldeformular_IK2027_Diakonie.pdf")
    m.multi("mixed", [alt, pdf], style="outlook")


# -- 018 ---------------------------------------------------------------------
# Change (party 3 -> 2) replying to the confirmation of 003, Notes-style
# header block above the unprefixed quote.  The Forum stays ("An der
# Zuordnung zum Forum ändert sich nichts") -> workgroups [].

JC_CONF_ID = conf_id("20270915112104")
# Notes re-encodes the quoted UTF-8 confirmation in ISO-8859-15: the en dash
# (not in that charset) comes out as a hyphen.
JC_CONF = confirmation("Markus Terhechte (Jobcenter Kreis Warendorf)", "ARB", 3).replace("–", "-")


@mail("jobcenter-notes-change-three-to-two", "2027-10-04 08:48:09",
      E("change", "markus.terhechte@jobcenter-kreis-waf.example", "Markus Terhechte",
        "Jobcenter Kreis Warendorf", [], 2, "de"), "de")
def _(m):
    m.head(("From", "Markus.Terhechte@jobcenter-kreis-waf.example"),
           ("To", IK),
           ("Subject", "Antwort: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<OF1D8E46A2.90C3B7F5-ONC1258B5A.002A6C11-C1258B5A.002A8D40@jobcenter-kreis-waf.example>"),
           ("In-Reply-To", JC_CONF_ID),
           ("References", JC_CONF_ID),
           ("X-Mailer", "HCL Notes Release 12.0.2 FP3 March 05, 2024"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Anmeldebestätigung vom 15.09.2027 wird mitgeteilt, dass Frau Olga Wiens aufgrund einer längerfristigen Abordnung nicht an der Konferenz teilnehmen kann. Eine Nachbenennung erfolgt nicht.

Es wird daher gebeten, die Anmeldung des Jobcenters Kreis Warendorf auf zwei Personen (Herr Terhechte, Frau Demirci) zu reduzieren. An der Zuordnung zum Forum ändert sich nichts.

Mit freundlichen Grüßen
Im Auftrag

{JOBCENTER_SIG}



Von:    "{IK_NAME}" <{IK}>
An:     Markus.Terhechte@jobcenter-kreis-waf.example
Datum:  15.09.2027 11:21
Betreff:        {CONFIRMATION_SUBJECT}



{JC_CONF}
""", charset="iso-8859-15", cte="quoted-printable")


# -- 019 ---------------------------------------------------------------------
# VHS, Apple Mail multipart/alternative UTF-8 QP: Forum 1, second wish
# Forum 2; a colleague would have come but cannot (party 1).  "Bildungshaus"
# and "DTZ", "DeuFöV" as noise.

VHS_TEXT = """Sehr geehrte Frau Pieper,

gerne nehme ich für die Volkshochschule Warendorf an der Integrationskonferenz teil. Als Fachbereichsleiterin für Deutsch als Zweitsprache und Integrationskurse interessiert mich naturgemäß das Forum 1 am meisten; als Zweitwunsch gebe ich das Forum 2 an (Stichwort Berufssprachkurse nach DeuFöV).

Ich komme allein. Eine Kollegin aus dem Bereich Grundbildung hätte zwar ebenfalls Interesse, ist an diesem Tag aber in die DTZ-Prüfungen eingebunden.

Mit besten Grüßen aus dem Bildungshaus
Ingrid Schäpermeier

--
Dr. Ingrid Schäpermeier
Fachbereichsleitung Sprachen / Deutsch als Zweitsprache
Volkshochschule Warendorf
Freckenhorster Straße 43 · 48231 Warendorf
Telefon 02581 9330-24"""

VHS_MSGID = "<8C4D2E71-5B9A-4F03-A6E8-1D7C0B3F9E25@vhs-warendorf.example>"


@mail("vhs-apple-mail-forum1-then-2", "2027-10-05 19:21:57",
      E("registration", "schaepermeier@vhs-warendorf.example", "Ingrid Schäpermeier",
        "Volkshochschule Warendorf", ["BIL", "ARB"], 1, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Ingrid Schäpermeier", "schaepermeier@vhs-warendorf.example", "utf-8")),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", VHS_MSGID),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    m.alternative(VHS_TEXT, apple_html(VHS_TEXT), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 020 ---------------------------------------------------------------------
# French twin town, letter style ("Objet :", "Réf. :"), plain UTF-8 QP, sent
# from the mayor's cabinet: the CCAS director is registered, Forum 4 (named
# by number and by its topic in French), and the confirmation is to go to her
# own address.  "depuis 1986" is noise.

@mail("pontaubert-french-cabinet-letter-ccas", "2027-10-06 10:10:23",
      E("registration", "s.lemaitre@pontaubert-sur-orne.example", "Sophie Lemaître",
        "Ville de Pontaubert-sur-Orne", ["GES"], 1, "fr"), "fr")
def _(m):
    m.head(("From", "Mairie de Pontaubert-sur-Orne - Cabinet du Maire <cabinet.maire@pontaubert-sur-orne.example>"),
           ("To", IK),
           ("Subject", "Conférence sur l'intégration du 10 novembre 2027 – inscription"),
           ("Date", m.date),
           ("Message-ID", "<1833429023.48812.1822896623417.JavaMail.zimbra@pontaubert-sur-orne.example>"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"),
           ("MIME-Version", "1.0"))
    m.single("""Madame, Monsieur,

Objet : Conférence communale sur l'intégration – 10 novembre 2027
Réf. : CAB/RI/2027-118

Dans le cadre du jumelage qui unit notre commune à la ville d'Oelde depuis 1986, Monsieur le Maire a bien reçu votre invitation et vous en remercie.

Il a le plaisir de vous faire savoir que Madame Sophie Lemaître, directrice du Centre communal d'action sociale (CCAS), participera à la conférence. Madame Lemaître souhaiterait être inscrite au forum consacré à la santé et à l'accompagnement psychosocial (forum 4).

Nous vous saurions gré de bien vouloir adresser la confirmation d'inscription directement à Madame Lemaître : s.lemaitre@pontaubert-sur-orne.example.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos sentiments les meilleurs.

Pour le Maire et par délégation,
Le Directeur de Cabinet
Thierry Gaudin

Ville de Pontaubert-sur-Orne
Hôtel de Ville – Place du Général-de-Gaulle
""", charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Primary school secretariat, webmail HTML only, ISO-8859-1 QP: the head
# teacher "wird hiermit ... angemeldet" and asks for "das erste Forum";
# confirmation to the secretariat (From).  "Schulnummer 187 342" is noise.

OVERBERG_FROM = "Sekretariat Overbergschule <sekretariat@overbergschule-telgte.example>"


@mail("overbergschule-sekretariat-das-erste-forum", "2027-10-07 09:30:11",
      E("registration", "sekretariat@overbergschule-telgte.example", "Martina Kösters",
        "Overbergschule Telgte", ["BIL"], 1, "de"), "de")
def _(m):
    m.head(("From", OVERBERG_FROM),
           ("To", IK),
           ("Subject", "Anmeldung Integrationskonferenz - Rektorin Kösters"),
           ("Date", m.date),
           ("Message-ID", "<5f0a7e4c9b21.1d83c6f2@webmail.schulen-telgte.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

die Schulleiterin der Overbergschule Telgte (Städt. Gemeinschaftsgrundschule), Frau Rektorin Martina Kösters, wird hiermit zur Integrationskonferenz am 10.11.2027 angemeldet.

Frau Kösters bittet um Zuteilung in das erste Forum. Die Rückmeldung senden Sie bitte an diese Adresse; das Sekretariat ist montags bis freitags von 7:30 bis 12:30 Uhr besetzt.

Mit freundlichen Grüßen
i. A. Petra Hölscher
Schulsekretärin

Overbergschule Telgte
Städt. Gemeinschaftsgrundschule
Schulnummer 187 342
Tel. 02504 9312-0"""
    m.single(div_html(text), subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 022 ---------------------------------------------------------------------
# Change (English): Outlook reply quoting the confirmation for 012 with an
# English "From: / Sent: / To: / Subject:" block; both delegates move to
# Forum 2; the number stays (party null).  "Forum 3" appears in the new text
# as the old choice only.

KW_CONF_ID = conf_id("20270924153912")
KW_CONF = confirmation("Margaret Ashdown (Kettlewell Borough Council)", "WOH", 2)
KW_CHANGE = f"""Dear colleagues,

Thank you for confirming the registration of Councillor Margaret Ashdown and Mr Daniel Okoro.

Having reviewed the draft programme, Councillor Ashdown has asked me to let you know that she would now prefer to take part in Forum 2 (labour market integration and recognition of qualifications) rather than Forum 3, as this ties in closely with a scrutiny review currently under way in Kettlewell. Mr Okoro will join her there, so please move both delegates to Forum 2.

The number of delegates remains unchanged.

Kind regards,

{KETTLEWELL_SIG}"""


@mail("kettlewell-english-change-to-forum-2", "2027-10-08 12:15:40",
      E("change", "priya.nair@kettlewell.gov.example", "Margaret Ashdown",
        "Kettlewell Borough Council", ["ARB"], None, "en"), "en", tz=1)
def _(m):
    m.head(("From", '"Nair, Priya" <priya.nair@kettlewell.gov.example>'),
           ("To", TO_IK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<LO2P265MB50129C1E7B3D40A6E85F2B17C0D4@LO2P265MB5012.GBRP265.PROD.OUTLOOK.example>"),
           ("In-Reply-To", KW_CONF_ID),
           ("References", KW_CONF_ID),
           ("Accept-Language", "en-GB"),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "24 September 2027 14:39",
             "Nair, Priya <priya.nair@kettlewell.gov.example>", CONFIRMATION_SUBJECT, KW_CONF)
    m.alternative(outlook_plain(KW_CHANGE, quote, "en"),
                  outlook_html(KW_CHANGE, quote, "en", charset_label="utf-8"),
                  charset="utf-8", cte="base64", style="outlook")


# -- 023 ---------------------------------------------------------------------
# iPhone, short: she and a colleague, "ins Forum Wohnen/Quartier".  The
# Turkish name with dotless i in a German mail.

OELDE_TEXT = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Ömer Aydın (Ehrenamtskoordination) für die Integrationskonferenz am 10.11. an. Wir würden gern ins Forum Wohnen/Quartier.

Mit freundlichen Grüßen
Katharina Möllers
Stadt Oelde, FD Soziales – Kommunales Integrationsmanagement (KIM)

Von meinem iPhone gesendet"""


@mail("oelde-kim-iphone-two-wohnen", "2027-10-11 07:58:03",
      E("registration", "katharina.moellers@oelde.example", "Katharina Möllers",
        "Stadt Oelde", ["WOH"], 2, "de"), "de")
def _(m):
    m.head(("From", addr("Katharina Möllers", "katharina.moellers@oelde.example", "utf-8")),
           ("To", IK),
           ("Subject", "Anmeldung Konferenz 10.11."),
           ("Date", m.date),
           ("Message-ID", "<A1F3C9E2-7D40-4B8E-9C15-62E0B7D4F318@oelde.example>"),
           ("X-Mailer", "iPhone Mail (21H16)"),
           ("Mime-Version", "1.0 (1.0)"))
    m.alternative(OELDE_TEXT, apple_html(OELDE_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 024 ---------------------------------------------------------------------
# Catholic parish, Outlook (Bistum Exchange) multipart/alternative UTF-8 QP:
# the pastoral worker and a volunteer, Forum 3, else Forum 4; he will arrive
# late (school service at 8:15).  Diocesan disclaimer.

PFARREI_TEXT = """Sehr geehrte Damen und Herren,

für die Katholische Pfarrei St. Laurentius Warendorf melde ich mich zur 7. Kommunalen Integrationskonferenz an. Begleitet werde ich von Frau Hildegard Wessels, die bei uns ehrenamtlich das Begegnungscafé „Weltoffen“ leitet.

Wir interessieren uns vor allem für das Forum 3 zum Zusammenleben im Quartier; falls dieses bereits ausgebucht sein sollte, gerne auch Forum 4.

Da ich um 8:15 Uhr noch einen Schulgottesdienst halte, werde ich voraussichtlich erst gegen 9:45 Uhr eintreffen.

Mit freundlichen Grüßen
Michael Overmeyer
Pastoralreferent

Katholische Pfarrei St. Laurentius Warendorf
Pfarrbüro: Klosterstraße 7, 48231 Warendorf
Tel. 02581 6359-30

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Bischöfliches Generalvikariat Münster – Datenschutzhinweise: https://www.bistum-muenster.example/datenschutz"""


@mail("pfarrei-st-laurentius-outlook-forum3-else-4", "2027-10-12 10:20:45",
      E("registration", "overmeyer-m@bistum-muenster.example", "Michael Overmeyer",
        "Katholische Pfarrei St. Laurentius Warendorf", ["WOH", "GES"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Overmeyer, Michael" <overmeyer-m@bistum-muenster.example>'),
           ("To", TO_IK),
           ("Subject", "Anmeldung zur Integrationskonferenz – Pfarrei St. Laurentius Warendorf"),
           ("Thread-Topic", "Anmeldung zur Integrationskonferenz – Pfarrei St. Laurentius Warendorf"),
           ("Date", m.date),
           ("Message-ID", "<GV0P278MB0916E2B47C1A4D39A06F8E52B1C3@GV0P278MB0916.CHEP278.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.alternative(PFARREI_TEXT, outlook_html(PFARREI_TEXT, charset_label="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 025 ---------------------------------------------------------------------
# Health office secretariat registers three staff for Forum 4; the head
# ("Dr. med.") is named first and will moderate.  Outlook HTML only,
# windows-1252 QP, internal Kreis mail.

GESUNDHEIT_TEXT = """Sehr geehrte Kolleginnen und Kollegen,

für das Gesundheitsamt des Kreises Warendorf nehmen an der Integrationskonferenz am 10.11.2027 teil:

1. Frau Dr. med. Sabine Roggenkamp, Amtsärztin, Leiterin des Gesundheitsamtes
2. Herr Tobias Elsner, Sozialpsychiatrischer Dienst
3. Frau Gülay Arslan, Kinder- und Jugendgesundheitsdienst (Schuleingangsuntersuchungen)

Alle drei Personen werden für das Forum 4 angemeldet. Frau Dr. Roggenkamp steht – wie mit Frau Pieper telefonisch besprochen – für die Moderation des Forums zur Verfügung.

Mit freundlichen Grüßen
i. A.
Monika Brockmann
Sekretariat der Amtsleitung

Kreis Warendorf – Der Landrat
Gesundheitsamt
Waldenburger Straße 2, 48231 Warendorf
Hausruf 5301"""

GA_MSGID = "<BE1P281MB3022A0E57D2C4B9F8E13C6D72A05@BE1P281MB3022.DEUP281.PROD.OUTLOOK.example>"


@mail("gesundheitsamt-sekretariat-three-staff-html", "2027-10-13 14:45:19",
      E("registration", "gesundheitsamt@kreis-warendorf.example", "Sabine Roggenkamp",
        "Gesundheitsamt des Kreises Warendorf", ["GES"], 3, "de"), "de")
def _(m):
    m.head(("From", "Kreis Warendorf - Gesundheitsamt, Sekretariat <gesundheitsamt@kreis-warendorf.example>"),
           ("Sender", '"Brockmann, Monika" <monika.brockmann@kreis-warendorf.example>'),
           ("To", TO_IK),
           ("Subject", "Anmeldung Integrationskonferenz – Amt 53 / Gesundheitsamt"),
           ("Thread-Topic", "Anmeldung Integrationskonferenz – Amt 53 / Gesundheitsamt"),
           ("Date", m.date),
           ("Message-ID", GA_MSGID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(GESUNDHEIT_TEXT), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# The Integrationsrat chair (question 016) now registers four members from the
# council's shared mailbox, Forum 5.  UTF-8 base64; this time his name is
# written "Yalçın".  Confirmation goes to the shared mailbox (From).

@mail("integrationsrat-ahlen-four-members", "2027-10-14 09:12:07",
      E("registration", "integrationsrat@ahlen.example", "Cengiz Yalçın",
        "Integrationsrat der Stadt Ahlen", ["PRA"], 4, "de"), "de")
def _(m):
    m.head(("From", "Integrationsrat der Stadt Ahlen <integrationsrat@ahlen.example>"),
           ("To", IK),
           ("Subject", "Anmeldung Integrationsrat Ahlen – Kommunale Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<c3b7e0d2-94a1-4f6c-8e25-1a0d7f3b9c46@ahlen.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für die telefonische Auskunft von Frau Pieper zu meiner Anfrage vom 30.09.

Für den Integrationsrat der Stadt Ahlen werden folgende Mitglieder zur Integrationskonferenz angemeldet:

1. Cengiz Yalçın (Vorsitzender)
2. Dragana Milošević (stellv. Vorsitzende)
3. Ahmad Rahimi
4. Fatma Köse

Wir möchten gemeinsam am Forum 5 (Prävention, Antidiskriminierung und Vertrauen in Institutionen) teilnehmen.

Mit freundlichen Grüßen
Cengiz Yalçın
Vorsitzender des Integrationsrates der Stadt Ahlen

Geschäftsstelle des Integrationsrates
Stadt Ahlen, Fachbereich 5
Westenmauer 10, 59227 Ahlen
""", charset="utf-8", cte="base64")


# -- 027 ---------------------------------------------------------------------
# Ticket-system receipt from the town hall (the shared mailbox of 026 is fed
# into it) answering our confirmation: "Vorgangsnummer".

@mail("ahlen-ticket-receipt-vorgangsnummer", "2027-10-14 09:13:02",
      E("auto_reply"), "de")
def _(m):
    cid = conf_id("20271014091231")
    m.head(("From", "Stadt Ahlen - Servicecenter <servicecenter@ahlen.example>"),
           ("To", IK),
           ("Subject", "[Ticket#2027101410000371] Eingangsbestätigung: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1822896782.71432.2027101410000371@ticket.ahlen.example>"),
           ("In-Reply-To", cid),
           ("References", cid),
           ("Auto-Submitted", "auto-replied"),
           ("Precedence", "bulk"),
           ("X-Loop", "servicecenter@ahlen.example"),
           ("X-Mailer", "Znuny Mail Service (6.5.x)"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei der Stadtverwaltung Ahlen eingegangen und wurde unter der Vorgangsnummer 2027101410000371 erfasst. Sie wird an die zuständige Stelle weitergeleitet und schnellstmöglich bearbeitet.

Bitte geben Sie bei Rückfragen stets die Vorgangsnummer im Betreff an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihre Stadtverwaltung Ahlen
Servicecenter
""", charset="utf-8", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change from 019 (Apple Mail, quoting the confirmation with "> "): Forum 2
# instead of Forum 1, else stay in Forum 1 -> [ARB, BIL].  "Rücksprache"
# contains the BIL alias "Sprache".

VHS_CONF_ID = conf_id("20271005192214")
VHS_CONF = confirmation("Dr. Ingrid Schäpermeier (Volkshochschule Warendorf)", "BIL", 1)
VHS_CHANGE = """Sehr geehrte Frau Pieper,

nach Rücksprache mit dem Jobcenter (wir planen gemeinsame Berufssprachkurse) möchte ich meine Anmeldung ändern: Bitte tragen Sie mich statt in Forum 1 in das Forum 2 ein. Falls dort kein Platz mehr frei ist, bleibe ich gern im Forum 1.

Herzlichen Dank und beste Grüße
Ingrid Schäpermeier"""


@mail("vhs-apple-change-to-forum-2-else-1", "2027-10-15 11:00:26",
      E("change", "schaepermeier@vhs-warendorf.example", "Ingrid Schäpermeier",
        "Volkshochschule Warendorf", ["ARB", "BIL"], None, "de"), "de")
def _(m):
    m.head(("From", addr("Dr. Ingrid Schäpermeier", "schaepermeier@vhs-warendorf.example", "utf-8")),
           ("To", TO_IK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<E7B20A94-3C1F-4D68-8F52-0A9C6D1E4B73@vhs-warendorf.example>"),
           ("In-Reply-To", VHS_CONF_ID),
           ("References", f"{VHS_MSGID} {VHS_CONF_ID}"),
           ("X-Mailer", "Apple Mail (2.3826.200.121)"),
           ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"))
    head = f"Am 05.10.2027 um 19:22 schrieb {IK_NAME} <{IK}>:"
    plain = f"{VHS_CHANGE}\n\n> {head}\n> \n{gt_quote(VHS_CONF)}\n"
    m.alternative(plain, apple_html(VHS_CHANGE, head, VHS_CONF), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 029 ---------------------------------------------------------------------
# Dutch municipality, English with Dutch habits ("Hereby I would like to
# register myself"), Gmail-like multipart/alternative.  "since 2022" noise.

HOEKSTRA_TEXT = """Dear Sir, Madam,

Via our colleagues of the Euregio I received the invitation for the Kommunale Integrationskonferenz on 10 November. Hereby I would like to register myself for the conference.

I am policy advisor for integration and participation at the municipality of Hengeloord (NL). Since 2022 our municipality is working with the new civic integration act (Wet inburgering 2021) and we are very interested in how the Kreis Warendorf is organising the cooperation with the Jobcenter. Therefore I would like to join Forum 2 about the labour market and the recognition of diplomas.

I understand German quite well, but speaking is more difficult for me, so I hope it is no problem if I ask my questions in English.

With kind regards,

Bram Hoekstra
Beleidsadviseur Integratie en Participatie | Policy advisor Integration and Participation
Gemeente Hengeloord
Postbus 180, 7550 AD Hengeloord (NL)
T +31 74 555 0187"""


@mail("hengeloord-dutch-english-forum-2", "2027-10-18 15:30:14",
      E("registration", "b.hoekstra@hengeloord.example", "Bram Hoekstra",
        "Gemeente Hengeloord", ["ARB"], 1, "en"), "en")
def _(m):
    m.head(("From", "Bram Hoekstra <b.hoekstra@hengeloord.example>"),
           ("To", IK),
           ("Subject", "Registration Integration Conference 10 november"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR09MB4417C2D83E9A4B51F06E7D3A28B9@AM0PR09MB4417.eurprd09.prod.outlook.example>"),
           ("Content-Language", "nl-NL"),
           ("MIME-Version", "1.0"))
    m.alternative(HOEKSTRA_TEXT, outlook_html(HOEKSTRA_TEXT, charset_label="utf-8"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 030 ---------------------------------------------------------------------
# Change from the mayor's office (002): the mayor cannot come, the first
# deputy replaces him and asks for Forum 2 instead of Forum 3; number stays.
# Outlook reply quoting the confirmation.  Other meetings and dates.

BECKUM_CONF_ID = conf_id("20270914104802")
BECKUM_CONF = confirmation("Dr. Rainer Hülsmann (Stadt Beckum)", "WOH", 1)
BECKUM_CHANGE = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Dr. Hülsmann ist am 10.11.2027 durch eine kurzfristig anberaumte Besprechung des Verwaltungsvorstandes mit der Bezirksregierung Münster gebunden und kann an der Konferenz leider nicht teilnehmen. Er wird durch den Ersten Beigeordneten, Herrn Thomas Rüschoff, vertreten.

Herr Rüschoff ist als Dezernent u. a. für die Wirtschaftsförderung zuständig und bittet daher abweichend von der ursprünglichen Anmeldung um Zuteilung zum Forum 2. Die Zahl der Teilnehmenden bleibt unverändert (1 Person).

Es wird um entsprechende Änderung der Anmeldung und Übersendung einer aktualisierten Bestätigung gebeten.

Mit freundlichen Grüßen
Im Auftrag

Sabine Kortmann
Stadt Beckum – Der Bürgermeister
Büro des Bürgermeisters / Repräsentation
Telefon: 02521 29-102"""


@mail("beckum-vorzimmer-change-deputy-forum-2", "2027-10-19 08:05:50",
      E("change", "sabine.kortmann@beckum.example", "Thomas Rüschoff",
        "Stadt Beckum", ["ARB"], None, "de"), "de")
def _(m):
    m.head(("From", '"Kortmann, Sabine" <sabine.kortmann@beckum.example>'),
           ("To", TO_IK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB88413B7E0D5A4C92F1E6A0B83D27@DB9PR03MB8841.eurprd03.prod.outlook.example>"),
           ("In-Reply-To", BECKUM_CONF_ID),
           ("References", f"{BECKUM_MSGID} {BECKUM_CONF_ID}"),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "Dienstag, 14. September 2027 10:48",
             "Kortmann, Sabine <sabine.kortmann@beckum.example>", CONFIRMATION_SUBJECT,
             BECKUM_CONF)
    m.alternative(outlook_plain(BECKUM_CHANGE, quote),
                  outlook_html(BECKUM_CHANGE, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 031 ---------------------------------------------------------------------
# Member of the state parliament, via her constituency office ("i. A."): she
# attends only the morning (plenary session in the afternoon), explicitly no
# Forum -> workgroups [], party 1.  Plain UTF-8 QP.

@mail("mdl-wahlkreisbuero-morning-only-no-forum", "2027-10-20 12:00:33",
      E("registration", "wahlkreisbuero.stapelfeldt@landtag-nrw.example", "Henrike Stapelfeldt",
        "Landtag Nordrhein-Westfalen", [], 1, "de"), "de")
def _(m):
    m.head(("From", "Wahlkreisbüro Henrike Stapelfeldt MdL <wahlkreisbuero.stapelfeldt@landtag-nrw.example>"),
           ("To", IK),
           ("Subject", "Teilnahme MdL Stapelfeldt an der Integrationskonferenz am 10.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<9a2f61c0e8d34b57a1c07e3d5b8f2a64@landtag-nrw.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

die Abgeordnete des Landtags Nordrhein-Westfalen, Frau Henrike Stapelfeldt, bedankt sich für die Einladung zur 7. Kommunalen Integrationskonferenz und nimmt gerne teil.

Aufgrund der Plenarsitzung des Landtags am Nachmittag (Beginn 13:30 Uhr) kann Frau Stapelfeldt lediglich am Vormittagsprogramm (Begrüßung und Impulsvortrag) teilnehmen; eine Teilnahme an einem der Foren ist daher leider nicht möglich. Es wird gebeten, dies bei der Planung zu berücksichtigen.

Für organisatorische Rückfragen (z. B. zur Parkmöglichkeit am Kreishaus) stehe ich Ihnen unter 02581 63 47 11 zur Verfügung.

Mit freundlichen Grüßen
i. A. Jonas Hüttemann
Wissenschaftlicher Mitarbeiter

Wahlkreisbüro Henrike Stapelfeldt MdL
Landtag Nordrhein-Westfalen | Wahlkreis Warendorf II
Münsterstraße 18, 48231 Warendorf
""", charset="utf-8", cte="quoted-printable")


# -- 032 ---------------------------------------------------------------------
# Cancellation from the school secretariat (021), same webmail, HTML only,
# ISO-8859-1 QP; a new mail, not a reply.

@mail("overbergschule-sekretariat-cancel-html", "2027-10-22 09:40:18",
      E("cancellation", "sekretariat@overbergschule-telgte.example", "Martina Kösters",
        "Overbergschule Telgte", [], None, "de"), "de")
def _(m):
    m.head(("From", OVERBERG_FROM),
           ("To", IK),
           ("Subject", "Absage Integrationskonferenz - Rektorin Kösters"),
           ("Date", m.date),
           ("Message-ID", "<7c2e9f1a0b44.3a91d5e8@webmail.schulen-telgte.example>"),
           ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
           ("MIME-Version", "1.0"))
    text = """Sehr geehrte Damen und Herren,

leider muss Frau Rektorin Martina Kösters ihre Teilnahme an der Integrationskonferenz am 10.11.2027 absagen, da für diesen Tag kurzfristig der Besuch der Schulaufsicht im Rahmen der Qualitätsanalyse angesetzt wurde.

Wir bitten, die Anmeldung zu stornieren. Frau Kösters bedauert dies sehr und wäre für die Zusendung der Tagungsdokumentation dankbar.

Mit freundlichen Grüßen
i. A. Petra Hölscher
Schulsekretärin

Overbergschule Telgte
Städt. Gemeinschaftsgrundschule"""
    m.single(div_html(text), subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Change from 017 (Outlook reply quoting the confirmation, which says
# "Angemeldete Personen: 2"): one more colleague -> 3, "gern alle im selben
# Forum" -> workgroups [].

DIAKONIE_CONF_ID = conf_id("20271001100311")
DIAKONIE_CONF = confirmation("Henning Vosskötter (Diakonie Warendorf-Beckum gGmbH)", "GES", 2)
DIAKONIE_CHANGE = """Sehr geehrte Damen und Herren,

zu unserer Anmeldung vom 01.10.2027 melde ich noch eine Person nach: Unsere neue Kollegin aus der Flüchtlingssozialarbeit, Frau Rana Al-Haddad, wird uns begleiten. Wir wären dann zu dritt, gern alle im selben Forum.

Vielen Dank und freundliche Grüße
Henning Vosskötter"""


@mail("diakonie-outlook-change-adds-third", "2027-10-25 16:20:41",
      E("change", "h.vosskoetter@diakonie-waf-beckum.example", "Henning Vosskötter",
        "Diakonie Warendorf-Beckum gGmbH", [], 3, "de"), "de")
def _(m):
    m.head(("From", addr("Vosskötter, Henning", "h.vosskoetter@diakonie-waf-beckum.example", "windows-1252")),
           ("To", TO_IK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8P190MB17620F5A3C8E4D21B97E6C04F2A1@AS8P190MB1762.EURP190.PROD.OUTLOOK.example>"),
           ("In-Reply-To", DIAKONIE_CONF_ID),
           ("References", DIAKONIE_CONF_ID),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "Freitag, 1. Oktober 2027 10:03",
             "Vosskötter, Henning <h.vosskoetter@diakonie-waf-beckum.example>",
             CONFIRMATION_SUBJECT, DIAKONIE_CONF)
    text = DIAKONIE_CHANGE + "\n\n" + DIAKONIE_SIG
    m.alternative(outlook_plain(text, quote), outlook_html(text, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# -- 034 ---------------------------------------------------------------------
# Other: the Kreistag office's invitation to a committee meeting, sent to a
# distribution list that includes the KI mailbox.  Its agenda has a TOP on
# the conference and mentions Forum topics; agenda attached as PDF.

AUSSCHUSS_TEXT = """Kreis Warendorf
Der Landrat
Büro Kreistag und Landrat

Sehr geehrte Damen und Herren,

hiermit lade ich zur 14. Sitzung des Ausschusses für Soziales, Gesundheit und Integration am

Mittwoch, 03.11.2027, 16:00 Uhr,
Kreishaus Warendorf, Sitzungsraum 1 (Raum 1.102),

ein.

Tagesordnung – öffentlicher Teil:
TOP 1  Feststellung der Beschlussfähigkeit
TOP 2  Genehmigung der Niederschrift über die 13. Sitzung
TOP 3  Sachstand Kommunales Integrationsmanagement (Vorlage 2027/398)
TOP 4  Förderrichtlinie Sprachförderung in Kindertageseinrichtungen (Vorlage 2027/405)
TOP 5  Vorbereitung der 7. Kommunalen Integrationskonferenz am 10.11.2027 – Bericht der Verwaltung (Vorlage 2027/412)
TOP 6  Mitteilungen und Anfragen

Die Vorlagen stehen im Ratsinformationssystem zur Verfügung: https://ris.kreis-warendorf.example/si0057.asp?__ksinr=1412

Verhinderungen teilen Sie bitte dem Kreistagsbüro (Hausruf 1021) mit.

Mit freundlichen Grüßen
Im Auftrag
Claudia Reckers
Büro Kreistag und Landrat"""


@mail("kreistagsbuero-ausschuss-einladung-pdf", "2027-10-27 10:00:05",
      E("other"), "de")
def _(m):
    m.head(("From", "Kreistagsbüro Kreis Warendorf <kreistagsbuero@kreis-warendorf.example>"),
           ("To", "Verteiler ASGI <asgi-verteiler@kreis-warendorf.example>"),
           ("Subject", "Einladung zur 14. Sitzung des Ausschusses für Soziales, Gesundheit und Integration am 03.11.2027"),
           ("Date", m.date),
           ("Message-ID", "<FR3P281MB15843D9E0A7C4B21F6E8D5A91C02@FR3P281MB1584.DEUP281.PROD.OUTLOOK.example>"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    body = m.text(AUSSCHUSS_TEXT, charset="utf-8", cte="quoted-printable")
    pdf = m.binary(make_pdf([
        "Kreis Warendorf - Der Landrat",
        "Tagesordnung 14. Sitzung ASGI, 03.11.2027, 16:00 Uhr",
        "TOP 1 Feststellung der Beschlussfaehigkeit",
        "TOP 2 Genehmigung der Niederschrift",
        "TOP 3 Kommunales Integrationsmanagement (2027/398)",
        "TOP 4 Foerderrichtlinie Sprachfoerderung Kita (2027/405)",
        "TOP 5 7. Kommunale Integrationskonferenz (2027/412)",
        "TOP 6 Mitteilungen und Anfragen"]),
        "application", "pdf", "Tagesordnung_ASGI_14_2027-11-03.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 035 ---------------------------------------------------------------------
# Red Cross: Outlook forward ("WG:") of an internal thread.  The new text
# registers the writer and a colleague "beide im Forum Gesundheit"; the
# forwarded colleague's message wished "Forum 3 oder 4" and the forwarded
# invitation lists all Foren - neither counts.  Plain text only, UTF-8 QP.

DRK_SIG = """Thorsten Hinrichs
Einrichtungsleitung Zentrale Unterbringungseinrichtung (ZUE) Oelde
DRK-Kreisverband Warendorf-Beckum e.V.
Tel. 02522 8370-40 | Mobil 0151 5550 2291"""


@mail("drk-outlook-forward-internal-thread", "2027-10-28 13:05:29",
      E("registration", "t.hinrichs@drk-kv-warendorf.example", "Thorsten Hinrichs",
        "DRK-Kreisverband Warendorf-Beckum e.V.", ["GES"], 2, "de"), "de")
def _(m):
    m.head(("From", '"Hinrichs, Thorsten" <t.hinrichs@drk-kv-warendorf.example>'),
           ("To", TO_IK),
           ("Subject", "WG: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR06MB6285E4A09C3B4D17A2F05B8E96C1@VI1PR06MB6285.eurprd06.prod.outlook.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Damen und Herren,

anbei leite ich Ihnen unsere interne Abstimmung weiter. Für den DRK-Kreisverband Warendorf-Beckum e.V. nehmen Frau Mareike Pöhler (Sozialbetreuung ZUE Oelde) und ich teil, beide im Forum Gesundheit.

Mit freundlichen Grüßen
{DRK_SIG}

-----Ursprüngliche Nachricht-----
Von: Pöhler, Mareike <m.poehler@drk-kv-warendorf.example>
Gesendet: Montag, 27. September 2027 11:42
An: Hinrichs, Thorsten <t.hinrichs@drk-kv-warendorf.example>
Betreff: AW: {INVITATION_SUBJECT}

Hallo Thorsten,

ich würde gern mitkommen, am liebsten ins Forum 3 oder 4 – die psychosoziale Versorgung unserer Bewohner ist ja gerade ein Riesenthema.

LG Mareike

-----Ursprüngliche Nachricht-----
Von: Hinrichs, Thorsten <t.hinrichs@drk-kv-warendorf.example>
Gesendet: Freitag, 24. September 2027 08:15
An: Team ZUE Oelde <team-zue-oelde@drk-kv-warendorf.example>
Betreff: WG: {INVITATION_SUBJECT}

Wer hat Interesse? Bitte bis Mittwoch Rückmeldung an mich.
Thorsten

-----Ursprüngliche Nachricht-----
Von: {IK_NAME} <{IK}>
Gesendet: Montag, 13. September 2027 14:05
An: Verteiler Integrationskonferenz
Betreff: {INVITATION_SUBJECT}

{INVITATION}
""", charset="utf-8", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# After the deadline: "Sollte noch ein Platz frei sein, wird um
# Berücksichtigung ... gebeten", with Forum 3 -> a registration.  Sent from
# the sports federation's info mailbox with Reply-To her own address.

@mail("kreissportbund-late-registration-reply-to", "2027-11-02 08:30:47",
      E("registration", "j.tenkhoff@ksb-warendorf.example", "Julia Tenkhoff",
        "KreisSportBund Warendorf e.V.", ["WOH"], 1, "de"), "de")
def _(m):
    m.head(("From", "KreisSportBund Warendorf e.V. <info@ksb-warendorf.example>"),
           ("Reply-To", "Julia Tenkhoff <j.tenkhoff@ksb-warendorf.example>"),
           ("To", IK),
           ("Subject", "Nachmeldung Integrationskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<d18e5c37-a0f2-49b6-8c41-7e2b9f0d3a65@ksb-warendorf.example>"),
           ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single(flowed("""Sehr geehrte Damen und Herren,

mir ist bewusst, dass die Anmeldefrist am 29.10. abgelaufen ist – ich bin leider erst gestern aus dem Urlaub zurückgekehrt und habe die Einladung erst jetzt vorgefunden. Sollte noch ein Platz frei sein, wird um Berücksichtigung meiner Anmeldung gebeten.

Ich bin Koordinatorin des Programms „Integration durch Sport“ beim KreisSportBund Warendorf e.V. und würde gern am Forum 3 (Wohnen und Zusammenleben im Quartier) teilnehmen, da wir gerade mit mehreren Sportvereinen Angebote in den Quartieren aufbauen.

Bitte antworten Sie an meine persönliche Adresse, das Info-Postfach wird nur unregelmäßig gelesen.

Mit sportlichen Grüßen
Julia Tenkhoff
Koordinatorin Integration durch Sport
KreisSportBund Warendorf e.V.
Am Hallenbad 4, 48231 Warendorf
"""), charset="utf-8", cte="quoted-printable", params={"format": "flowed"})


# -- 037 ---------------------------------------------------------------------
# German Exchange Online NDR (CRLF, UTC): the 7-day reminder to the DRK
# registrant (035) bounced, mailbox full (5.2.2).  multipart/report with a
# base64 multipart/alternative notice and the returned reminder.

DRK_RCPT = "t.hinrichs@drk-kv-warendorf.example"
REMINDER_ID = "<mailbot.20271103090004.a7c2@kreis-warendorf.example>"

NDR_TEXT = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {REMINDER_SUBJECT}
Gesendet: 03.11.2027 09:00

Die Nachricht hat folgende Empfänger nicht erreicht:

{DRK_RCPT} am 03.11.2027 09:01
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.
<VI1PR06MB6285.eurprd06.prod.outlook.example #550 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##>

Diagnoseinformationen für Administratoren:

Generierender Server: VI1PR06MB6285.eurprd06.prod.outlook.example
"""

NDR_HTML = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.</font></b></p>
<table cellspacing="0" cellpadding="0" border="0">
<tr><td><font size="2" face="Tahoma">Betreff:</font></td><td><font size="2" face="Tahoma">{esc(REMINDER_SUBJECT)}</font></td></tr>
<tr><td><font size="2" face="Tahoma">Gesendet:</font></td><td><font size="2" face="Tahoma">03.11.2027 09:00</font></td></tr>
</table>
<p><font size="2" face="Tahoma">Die Nachricht hat folgende Empfänger nicht erreicht:</font></p>
<p><font size="2" face="Tahoma"><a href="mailto:{DRK_RCPT}">{DRK_RCPT}</a> am 03.11.2027 09:01</font></p>
<blockquote><font size="2" face="Tahoma">Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.<br>
&lt;VI1PR06MB6285.eurprd06.prod.outlook.example #550 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##&gt;</font></blockquote>
<p><font size="2" face="Tahoma">Diagnoseinformationen für Administratoren:</font></p>
<p><font size="2" face="Tahoma">Generierender Server: VI1PR06MB6285.eurprd06.prod.outlook.example</font></p>
</body>
</html>
"""


@mail("exchange-ndr-reminder-mailbox-full", "2027-11-03 08:01:12",
      E("bounce", bounced=DRK_RCPT), "de", tz=0)
def _(m):
    m.head(("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@drk-kv-warendorf.example>"),
           ("To", TO_IK),
           ("Subject", "Unzustellbar: " + REMINDER_SUBJECT),
           ("Thread-Topic", REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<7d0b3e92-c4a1-4f58-b6e3-29a0f1d8c547@VI1PR06MB6285.eurprd06.prod.outlook.example>"),
           ("In-Reply-To", REMINDER_ID),
           ("References", REMINDER_ID),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Message-Is-Ndr", ""),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False, crlf=True)
    notice = m.alternative(NDR_TEXT, NDR_HTML, charset="utf-8", cte="base64", style="outlook",
                           top=False)
    dsn = dsn_part(
        [("Reporting-MTA", "dns;VI1PR06MB6285.eurprd06.prod.outlook.example"),
         ("Received-From-MTA", "dns;mx01.kreis-warendorf.example"),
         ("Arrival-Date", "Wed, 3 Nov 2027 08:00:06 +0000")],
        [("Original-Recipient", f"rfc822;{DRK_RCPT}"),
         ("Final-Recipient", f"rfc822;{DRK_RCPT}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;550 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")])
    orig = EmailMessage(policy=POLICY)
    orig["From"] = TO_IK
    orig["To"] = f'"Hinrichs, Thorsten" <{DRK_RCPT}>'
    orig["Subject"] = REMINDER_SUBJECT
    orig["Date"] = "Wed, 03 Nov 2027 09:00:04 +0100"
    orig["Message-ID"] = REMINDER_ID
    orig["Auto-Submitted"] = "auto-generated"
    orig["MIME-Version"] = "1.0"
    orig.set_content(reminder("Thorsten Hinrichs (DRK-Kreisverband Warendorf-Beckum e.V.)", "GES", 2),
                     charset="utf-8", cte="quoted-printable")
    m.multi("report", [notice, dsn, rfc822_part(orig, "Erinnerung")], style="outlook",
            params={"report-type": "delivery-status"})


# -- 038 ---------------------------------------------------------------------
# French cancellation by the registered person herself (020), Zimbra reply
# quoting the German confirmation with "> ".  Mentions "forum 4".

LEMAITRE_CONF_ID = conf_id("20271006101102")
LEMAITRE_CONF = confirmation("Sophie Lemaître (Ville de Pontaubert-sur-Orne)", "GES", 1)


@mail("lemaitre-french-cancel-zimbra-quote", "2027-11-04 11:11:36",
      E("cancellation", "s.lemaitre@pontaubert-sur-orne.example", "Sophie Lemaître",
        "Ville de Pontaubert-sur-Orne", [], None, "fr"), "fr")
def _(m):
    m.head(("From", "Sophie Lemaître <s.lemaitre@pontaubert-sur-orne.example>"),
           ("To", TO_IK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1201587734.61940.1825409496180.JavaMail.zimbra@pontaubert-sur-orne.example>"),
           ("In-Reply-To", LEMAITRE_CONF_ID),
           ("References", LEMAITRE_CONF_ID),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4583)"),
           ("MIME-Version", "1.0"))
    m.single(f"""Madame, Monsieur,

Je suis au regret de vous informer que je ne pourrai pas participer à la conférence du 10 novembre prochain. Une réunion extraordinaire du conseil d'administration du CCAS a en effet été fixée à cette même date, et ma présence y est indispensable.

Je vous prie donc de bien vouloir annuler mon inscription au forum 4 et vous remercie de votre compréhension. Je ne manquerai pas de transmettre vos travaux à nos élus.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Lemaître
Directrice du CCAS
Ville de Pontaubert-sur-Orne

----- Mail original -----
De: "{IK_NAME}" <{IK}>
À: "Sophie Lemaître" <s.lemaitre@pontaubert-sur-orne.example>
Envoyé: Mercredi 6 Octobre 2027 10:11:02
Objet: {CONFIRMATION_SUBJECT}

{gt_quote(LEMAITRE_CONF)}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Caritas withdraws all three (009): a fresh Outlook HTML-only mail, no quote.

@mail("caritas-outlook-html-cancel-all-three", "2027-11-05 14:50:02",
      E("cancellation", "d.hoeing@caritas-ahlen.example", "Dagmar Höing",
        "Caritasverband für das Dekanat Ahlen e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", addr("Höing, Dagmar", "d.hoeing@caritas-ahlen.example", "windows-1252")),
           ("To", TO_IK),
           ("Subject", "Rücknahme der Anmeldung – Caritasverband Ahlen"),
           ("Thread-Topic", "Rücknahme der Anmeldung – Caritasverband Ahlen"),
           ("Date", m.date),
           ("Message-ID", "<FR2P281MB287491D0E3A74C58B26F0A1D7E39@FR2P281MB2874.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    text = f"""Sehr geehrte Damen und Herren,

zu unserem Bedauern müssen wir die Anmeldung des Caritasverbandes für das Dekanat Ahlen e.V. zur Integrationskonferenz am 10.11.2027 vollständig zurückziehen. Aufgrund mehrerer krankheitsbedingter Ausfälle und der kurzfristigen Übernahme zusätzlicher Beratungsfälle aus der Landesunterkunft ist eine Freistellung von Frau Lindemann, Herrn Karaca und mir an diesem Tag leider nicht möglich.

Wir bitten, die drei Plätze anderweitig zu vergeben, und wären für die Zusendung der Tagungsdokumentation dankbar.

Mit freundlichen Grüßen

{CARITAS_SIG}"""
    m.single(outlook_html(text), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Health office (025) withdraws all three two days before, replying to the
# confirmation (Outlook alternative, windows-1252); asks for a call about a
# replacement moderator - still a cancellation.

GA_CONF_ID = conf_id("20271013144603")
GA_CONF = confirmation("Dr. med. Sabine Roggenkamp (Gesundheitsamt des Kreises Warendorf)", "GES", 3)
GA_CANCEL = """Sehr geehrte Kolleginnen und Kollegen,

aufgrund eines aktuellen Ausbruchsgeschehens in einer Gemeinschaftsunterkunft im Kreisgebiet ist das Gesundheitsamt am 10.11.2027 personell vollständig gebunden. Die Anmeldung von Frau Dr. med. Sabine Roggenkamp, Herrn Tobias Elsner und Frau Gülay Arslan wird daher zurückgezogen.

Frau Dr. Roggenkamp bedauert insbesondere, die Moderation des Forums 4 nicht übernehmen zu können, und bittet Frau Pieper um kurzfristigen telefonischen Kontakt (Hausruf 5300) zur Klärung einer Vertretung.

Mit freundlichen Grüßen
i. A.
Monika Brockmann
Sekretariat der Amtsleitung
Kreis Warendorf – Der Landrat
Gesundheitsamt"""


@mail("gesundheitsamt-cancel-outbreak-reply", "2027-11-08 07:45:55",
      E("cancellation", "gesundheitsamt@kreis-warendorf.example", "Sabine Roggenkamp",
        "Gesundheitsamt des Kreises Warendorf", [], None, "de"), "de")
def _(m):
    m.head(("From", "Kreis Warendorf - Gesundheitsamt, Sekretariat <gesundheitsamt@kreis-warendorf.example>"),
           ("Sender", '"Brockmann, Monika" <monika.brockmann@kreis-warendorf.example>'),
           ("To", TO_IK),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Importance", "high"),
           ("X-Priority", "1"),
           ("Date", m.date),
           ("Message-ID", "<BE1P281MB30227C4E19A04D6B83F2E5D0C9A1@BE1P281MB3022.DEUP281.PROD.OUTLOOK.example>"),
           ("In-Reply-To", GA_CONF_ID),
           ("References", f"{GA_MSGID} {GA_CONF_ID}"),
           ("Accept-Language", "de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("MIME-Version", "1.0"))
    quote = (f"{IK_NAME} <{IK}>", "Mittwoch, 13. Oktober 2027 14:46",
             "Kreis Warendorf - Gesundheitsamt, Sekretariat <gesundheitsamt@kreis-warendorf.example>",
             CONFIRMATION_SUBJECT, GA_CONF)
    m.alternative(outlook_plain(GA_CANCEL, quote), outlook_html(GA_CANCEL, quote),
                  charset="windows-1252", cte="quoted-printable", style="outlook")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, tz, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when, tz)
        fn(m)
        if last is not None and m.when <= last:
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
XMLNS_HOSTS = ("schemas.microsoft.com", "www.w3.org")   # Outlook's xmlns declarations


def decoded_header(value):
    return str(make_header(decode_header(str(value))))


def check(name, data, m, expected):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in all_parts(msg):
        for d in p.defects:
            problems.append(f"defect {type(d).__name__}")
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            problems.append(f"missing header {h}")
    for i, line in enumerate(data.split(b"\n")):
        if len(line.rstrip(b"\r")) + 2 > 998:
            problems.append(f"line {i + 1} longer than 998 octets")
    when = parsedate_to_datetime(str(msg["Date"]))
    if not (datetime.datetime(2027, 9, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 12, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Sep-Nov 2027")
    got = []
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            raw = p.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
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
    chunks, texts = [], []
    for p in all_parts(msg):
        chunks += [f"{k}: {decoded_header(v)}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            texts.append(p.get_content())
    hay = "\n".join(chunks + texts)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", hay):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", hay):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in XMLNS_HOSTS:
            problems.append(f"non-example URL host {dom}")
    for dom in re.findall(r"\bwww\.([\w-]+(?:\.[\w-]+)+)", hay):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and "www." + dom not in XMLNS_HOSTS:
            problems.append(f"non-example host www.{dom}")
    problems += check_label(expected, msg, hay)
    return problems


def check_label(e, msg, hay):
    """The record must be well-formed and consistent with the mail."""
    problems = []
    if set(e) != set(FIELDS):
        return ["expected record has wrong keys"]
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if any(w not in WG_IDS for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if wg and kind not in ("registration", "change"):
        problems.append("workgroups must be [] for this kind")
    if kind == "registration":
        if not isinstance(e["party_size"], int) or e["party_size"] < 1:
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if e["party_size"] is not None and (not isinstance(e["party_size"], int) or e["party_size"] < 1):
            problems.append("bad change party_size")
    elif e["party_size"] is not None:
        problems.append("party_size must be null for this kind")
    if kind == "bounce":
        if not e["bounced_recipient"] or e["bounced_recipient"] != e["bounced_recipient"].lower():
            problems.append("bounce needs a lower-case bounced_recipient")
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not any(e["bounced_recipient"] in r.lower() for r in rcpts):
            problems.append("bounced_recipient not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in ("auto_reply", "bounce", "other"):
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for machine mail")
    else:
        if not e["email"] or e["email"] != e["email"].lower():
            problems.append("person mail needs a lower-case email")
        elif e["email"] not in hay.lower():
            problems.append("email does not occur in the mail")
        if not e["name"] or e["name"] not in hay:
            problems.append("name does not occur in the mail")
        if e["organisation"] is not None and e["organisation"] not in hay:
            problems.append("organisation does not occur in the mail")
        if e["language"] not in ("de", "en", "fr"):
            problems.append(f"unexpected language {e['language']}")
    return problems


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    by = collections.Counter((e["kind"], t) for _, _, e, t in built)
    encs, types = collections.Counter(), collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:", {f"{k}/{t}": n for (k, t), n in sorted(by.items())})
    print("registration party sizes:", dict(sorted(collections.Counter(
        e["party_size"] for _, _, e, _ in built if e["kind"] == "registration").items())))
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
