#!/usr/bin/env python3
"""Build the "final13d" corpus for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Bildungskonferenz Elternarbeit 2027 (Sat 13 Nov 2027, Münster), five
workshops S1..S5.  Many writers attach conditions and questions to what they
send ("if there is childcare we come with three", "only if it is in Turkish",
"provided I get the day off", "unless my shift changes", "can I come late?",
"is it free?").  Every mail text below is written by hand, one mail at a time;
this script only wraps the texts in MIME with the standard `email` package,
writes the files and reads every file back to check it.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json, then check
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print counts per kind, language, MIME shape

Output is deterministic (fixed dates, Message-IDs and MIME boundaries).  Paths
are relative to this script's folder.  Python 3.11, standard library only.
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
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded are written out as given.
POLICY = email.policy.default.clone(refold_source="none")

BK = "bildungskonferenz@muenster.example"
TO_BK = f"Bildungskonferenz Elternarbeit <{BK}>"
INVITATION_ID = "<einladung-bk-elternarbeit-2027.20270914100000@muenster.example>"
INVITATION_SUBJECT = "Einladung: Bildungskonferenz Elternarbeit 2027 am 13. November"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Bildungskonferenz Elternarbeit 2027"
REMINDER_SUBJECT = "Morgen: Bildungskonferenz Elternarbeit 2027"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
PERSON_KINDS = ("registration", "change", "cancellation", "question")
WORKGROUP_IDS = ("S1", "S2", "S3", "S4", "S5")
LANGUAGES = ("de", "tr", "ar", "en", "it", "el", "sq", "vi", "sr", "hr")

CEST = datetime.timezone(datetime.timedelta(hours=2))
CET = datetime.timezone(datetime.timedelta(hours=1))
DST_END = datetime.datetime(2027, 10, 31, 1, 0, tzinfo=datetime.timezone.utc)


def local_tz(aware_utc):
    return CEST if aware_utc < DST_END else CET


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def ew(text, charset="utf-8", enc="q"):
    """RFC 2047 encoded word(s) for a header value, in the given charset."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "q" else BASE64
    return Header(text, cs).encode(linesep="\n", maxlinelen=76)


def gt_quote(text, prefix="> "):
    """Quote a text the way Thunderbird/Gmail do: '> ' before each line."""
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
    return hashlib.sha256(f"{slug}/{n}".encode()).hexdigest()


def _ip(slug):
    h = int(_h(slug, "ip")[:6], 16)
    net = ("192.0.2", "198.51.100", "203.0.113")[h % 3]
    return f"{net}.{(h >> 4) % 250 + 3}"


def at(when):
    """'2027-09-14 10:00:00' in Münster local time (CEST until 31 Oct, then CET)."""
    naive = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M:%S")
    for tz in (CEST, CET):
        t = naive.replace(tzinfo=tz)
        if local_tz(t.astimezone(datetime.timezone.utc)) is tz:
            return t
    raise ValueError(when)


# ---------------------------------------------------------------------------
# building one message
# ---------------------------------------------------------------------------

class Mail:
    """One .eml under construction; remembers what each leaf part must decode to."""

    def __init__(self, slug, when):
        self.slug = slug
        self.when = at(when)
        self.date = format_datetime(self.when)
        self.msg = EmailMessage(policy=POLICY)
        self.intended = []          # decoded content of each leaf, in walk order
        self.crlf = False
        self._nboundary = 0

    def head(self, *pairs, envelope=None, relay=None, received=True, crlf=False):
        """Trace headers (Return-Path, Delivered-To, Received), then `pairs` in order.
        ASCII values are stored verbatim (folded at spaces when long); values with
        non-ASCII characters go through the policy (RFC 2047, UTF-8)."""
        self.crlf = crlf
        msg = self.msg
        sender = envelope
        if sender is None:
            frm = dict(pairs)["From"]
            sender = re.search(r"<([^>]+)>", frm).group(1) if "<" in frm else frm
        msg.set_raw("Return-Path", f"<{sender}>")
        msg.set_raw("Delivered-To", BK)
        if received:
            if relay is None:
                frm = dict(pairs)["From"]
                addr = sender if "@" in sender else re.search(r"<([^>]+)>", frm).group(1)
                relay = "mail." + addr.split("@")[1]
            arrival_t = self.when + datetime.timedelta(seconds=2)
            tz = local_tz(arrival_t.astimezone(datetime.timezone.utc))
            arrival = format_datetime(arrival_t.astimezone(tz))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {relay} ({relay} [{_ip(self.slug)}])\n"
                        f"\tby mx.muenster.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{BK}>; {arrival} ({'CEST' if tz is CEST else 'CET'})")
        for name, value in pairs:
            if value.isascii():
                msg.set_raw(name, fold(name, value))
            else:
                msg[name] = value

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
        keep = [(k, v) for k, v in self.msg.items() if k.lower() == "content-language"]
        self.msg.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
        for k, v in keep:
            self.msg[k] = v
        self._record(text)

    def boundary(self, style="std"):
        self._nboundary += 1
        h = _h(self.slug, f"b{self._nboundary}")
        if style == "outlook":
            return f"_00{self._nboundary}_DB9PR02MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"000000000000{h[:14]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.muenster.example"
        if style == "tb":
            return f"------------{h[:24]}"
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
# HTML the mail clients write
# ---------------------------------------------------------------------------

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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link="#467886" vlink="#96607D" style='word-wrap:break-word'{dirattr}>
<div class=WordSection1>
"""

LABELS = {"de": ("Von:", "Gesendet:", "An:", "Betreff:"),
          "en": ("From:", "Sent:", "To:", "Subject:"),
          "hr": ("Šalje:", "Poslano:", "Prima:", "Predmet:"),
          "ar": ("من:", "تم الإرسال:", "إلى:", "الموضوع:")}


def mso_p(line, rtl=False):
    style = " dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'" if rtl else ""
    if not line.strip():
        return f"<p class=MsoNormal{style}><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal{style}>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="windows-1252", labels="de", lang="DE", rtl=False):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text).
    Characters the charset lacks become numeric references, as Outlook writes them."""
    out = [mso_p(line, rtl) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{lv}</span></b>"
                   f"<span lang={lang} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {esc(von)} <br>\n"
                   f"<b>{lg}</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}</b> {esc(an)}<br>\n"
                   f"<b>{lb}</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    dirattr = " dir=RTL" if rtl else ""
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang, dirattr=dirattr)
    doc = head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"
    return doc.encode(charset, "xmlcharrefreplace").decode(charset)


def outlook_plain(text, quote=None, labels="de"):
    if not quote:
        return text
    von, gesendet, an, betreff, quoted = quote
    lv, lg, la, lb = LABELS[labels]
    return f"{text}\n\n{lv} {von}\n{lg} {gesendet}\n{la} {an}\n{lb} {betreff}\n\n{quoted}"


def div_html(text, font="font-family: Arial, Helvetica, sans-serif; font-size: 10pt;"):
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    return f"<div{d}>{inner}</div>\n"


def gmail_reply_html(text, attribution, quoted, rtl=False):
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    q = "<br>\n".join(esc(line) for line in quoted.split("\n"))
    return (f"<div{d}>{inner}</div><br><div class=\"gmail_quote gmail_quote_container\">"
            f"<div dir=\"ltr\" class=\"gmail_attr\">{esc(attribution)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
            f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>\n")


def gmail_reply_plain(text, attribution, quoted):
    return f"{text}\n\n{attribution}\n\n{gt_quote(quoted)}"


APPLE_BODY = ("<html aria-label=\"E-Mail-Text\"><head><meta http-equiv=\"content-type\" "
              "content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: "
              "break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">")


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return APPLE_BODY + inner + "</body></html>\n"


def new_outlook_html(text):
    inner = "\n".join(
        "<div class=\"elementToProof\" style=\"font-family: Aptos, Aptos_EmbeddedFont, "
        "Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);\">"
        + (esc(line) if line else "<br>") + "</div>" for line in text.split("\n"))
    return ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<style type=\"text/css\" style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n"
            f"</head>\n<body dir=\"ltr\">\n{inner}\n</body>\n</html>\n")


# ---------------------------------------------------------------------------
# texts the organisers sent, quoted in replies
# ---------------------------------------------------------------------------

INVITATION = """Liebe Eltern, liebe Elternvertreterinnen und Elternvertreter,
liebe Lehrkräfte und Fachkräfte,

wie gelingt eine gute Zusammenarbeit zwischen Eltern und Schule – gerade
dann, wenn Familien mehrere Sprachen sprechen oder das deutsche
Schulsystem selbst nie kennengelernt haben? Darüber möchten wir mit Ihnen
ins Gespräch kommen und laden Sie herzlich ein zur

Bildungskonferenz Elternarbeit 2027
Samstag, 13. November 2027, 9:30 bis 15:00 Uhr
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster

Ablauf
 9:30  Ankommen, Kaffee und Tee
10:00  Begrüßung und Impuls
11:00  Workshops (parallel, Sie wählen einen)
12:30  Mittagsimbiss
13:30  Ergebnisse und Gespräch mit Schulen und Verwaltung
15:00  Ende

Workshops
Workshop 1: Schule verstehen – Übergänge von der Kita bis zum Schulabschluss
Workshop 2: Mehrsprachig aufwachsen – Herkunftssprachen als Stärke
            (zweisprachig Deutsch/Türkisch moderiert)
Workshop 3: Mitreden und mitentscheiden – Elternvertretung in Klasse und Schule
Workshop 4: Gute Gespräche mit der Schule – Elternsprechtag, Konflikte,
            Diskriminierung
Workshop 5: Lernen zu Hause – Hausaufgaben, Medien und Lernförderung

Anmeldung bis zum 5. November 2027 per E-Mail an
bildungskonferenz@muenster.example. Bitte nennen Sie uns Ihren Namen,
ggf. Ihren Verein, Ihre Schule oder Elternvertretung, den gewünschten
Workshop (gern mit Zweitwunsch) und wie viele Personen teilnehmen.

Kinderbetreuung: Für Kinder ab 3 Jahren gibt es eine Betreuung im Haus.
Bitte geben Sie Anzahl und Alter der Kinder bei der Anmeldung getrennt an.

Dolmetschen: Wenn Sie eine Übersetzung ins Türkische, Arabische oder in
eine andere Sprache brauchen, schreiben Sie es uns bei der Anmeldung –
wir versuchen, es möglich zu machen.

Die Teilnahme ist kostenfrei. Sie können uns gern auch in Ihrer Sprache
schreiben.

Mit freundlichen Grüßen
Dorothea Kersting-Alić
Regionales Bildungsbüro Münster
für das Vorbereitungsteam (Stadtelternrat, Kommunales Integrationszentrum,
Regionales Bildungsbüro)"""

WS_LINE = {
    "S1": "Workshop 1 – Schule verstehen: Übergänge von der Kita bis zum Schulabschluss",
    "S2": "Workshop 2 – Mehrsprachig aufwachsen – Herkunftssprachen als Stärke",
    "S3": "Workshop 3 – Mitreden und mitentscheiden: Elternvertretung in Klasse und Schule",
    "S4": "Workshop 4 – Gute Gespräche mit der Schule – Elternsprechtag, Konflikte, Diskriminierung",
    "S5": "Workshop 5 – Lernen zu Hause: Hausaufgaben, Medien und Lernförderung",
}


def confirmation(salutation, ws, persons):
    """The confirmation mailbot sent."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Bildungskonferenz Elternarbeit 2027
am Samstag, 13. November 2027, 9:30 bis 15:00 Uhr,
im Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster.

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Kinderbetreuung für Kinder ab 3 Jahren gibt es im Haus. Wenn Sie sie
brauchen und uns das noch nicht geschrieben haben, antworten Sie bitte
kurz mit Anzahl und Alter der Kinder.

Möchten Sie den Workshop wechseln, die Personenzahl ändern oder absagen?
Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team der Bildungskonferenz Elternarbeit
Regionales Bildungsbüro Münster"""


def reminder(salutation, ws, persons):
    """The reminder mailbot sent one day before the conference."""
    return f"""Guten Tag {salutation},

morgen ist es so weit – wir freuen uns auf Sie!

Bildungskonferenz Elternarbeit 2027
Samstag, 13. November 2027, Ankommen ab 9:30 Uhr
Bürgerhaus Kinderhaus, Idenbrockplatz 8, 48159 Münster

Ihr Workshop: {WS_LINE[ws]}
Angemeldete Personen: {persons}

Falls Sie doch nicht kommen können, antworten Sie bitte kurz auf diese
E-Mail, damit wir Ihren Platz weitergeben können.

Mit freundlichen Grüßen
Ihr Team der Bildungskonferenz Elternarbeit"""


class Conf:
    """A confirmation mailbot sent; `sent` is its local date."""

    def __init__(self, salutation, to, ws, persons, sent):
        self.salutation, self.to, self.ws, self.persons = salutation, to, ws, persons
        self.t = at(sent)
        stamp = self.t.astimezone(datetime.timezone.utc).strftime("%Y%m%d%H%M%S")
        self.msgid = f"<mailbot.{stamp}.{_h(to, 'c')[:4]}@muenster.example>"
        self.date = format_datetime(self.t)
        self.text = confirmation(salutation, ws, persons)

    def message(self):
        m = EmailMessage(policy=POLICY)
        m["From"] = TO_BK
        m["To"] = self.to
        m["Subject"] = CONFIRMATION_SUBJECT
        m["Date"] = self.date
        m["Message-ID"] = self.msgid
        m["Auto-Submitted"] = "auto-replied"
        m["MIME-Version"] = "1.0"
        m.set_content(self.text, charset="utf-8", cte="quoted-printable")
        return m


C = {
    "terhorst": Conf("Frau Terhorst", "Sabine Terhorst <sabine.terhorst@posteo.example>",
                     "S3", 2, "2027-09-14 16:22:40"),
    "haddad": Conf("Frau Haddad", "Rania Haddad <rania.haddad@hotmail.example>",
                   "S5", 1, "2027-09-15 07:05:51"),
    "alkhalil": Conf("Herr Al-Khalil", "Ahmad Al-Khalil <ahmad.alkhalil@webpost.example>",
                     "S5", 2, "2027-09-21 13:05:58"),
    "papadaki": Conf("Frau Papadaki", "Eleni Papadaki <e.papadaki@gms-muenster.example>",
                     "S2", 2, "2027-09-23 17:21:09"),
    "esposito": Conf("Herr Esposito", "Marco Esposito <marco.esposito@libero-mail.example>",
                     "S3", 1, "2027-09-24 12:48:02"),
    "jovanovic": Conf("Frau Jovanović", "Dragana Jovanovic <dragana.jovanovic@gmail.example>",
                      "S4", 3, "2027-09-26 20:16:30"),
    "okonkwo": Conf("Frau Okonkwo", "Blessing Okonkwo <blessing.okonkwo@outlook.example>",
                    "S1", 1, "2027-09-20 06:49:12"),
    "aydemir": Conf("Herr Aydemir", "Münster Türk Veliler Birliği <info@tvb-muenster.example>",
                    "S2", 3, "2027-09-29 19:40:41"),
}

KORTMANN_REMINDER_ID = "<mailbot.20271112080003.r5k2@muenster.example>"


# ---------------------------------------------------------------------------
# the mails, in the order they arrived; numbers are given by this order
# ---------------------------------------------------------------------------

MAILS = []   # (slug, when, expected, text_language, builder)


def mail(slug, when, expected, text_lang):
    def deco(fn):
        MAILS.append((slug, when, expected, text_lang, fn))
        return fn
    return deco


# -- 001 ---------------------------------------------------------------------
# Exchange out-of-office answer to the invitation (Auto-Submitted, X-Auto-
# Response-Suppress), multipart/alternative.  Mentions "Klassenfahrt",
# "Sekretariat", no registration.

POHLMANN_OOO = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 24. September, mit der Klasse 4a auf
Klassenfahrt und lese meine E-Mails in dieser Zeit nur unregelmäßig. Ihre
Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat der
Mauritzschule, Tel. 0251 2 70 44 10.

Mit freundlichen Grüßen
Ulrike Pohlmann"""


@mail("pohlmann-out-of-office-klassenfahrt", "2027-09-14 10:00:41", E("auto_reply"), "de")
def _(m):
    m.head(("From", "\"Pohlmann, Ulrike\" <u.pohlmann@gs-mauritz.example>"),
           ("To", TO_BK),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcJVx0r1MfZg8lS0yq3Dw7n2eUcA=="),
           ("Date", m.date),
           ("Message-ID", "<5b0e2a9c71d44f0e8a3c@GSM-EXCH01.gs-mauritz.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "u.pohlmann@gs-mauritz.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"),
           envelope="", crlf=True)
    m.alternative(POHLMANN_OOO, div_html(POHLMANN_OOO, "font-family: Calibri, sans-serif; font-size: 11pt;"),
                  charset="iso-8859-1", cte="quoted-printable", style="outlook")


# -- 002 ---------------------------------------------------------------------
# Plain registration, Thunderbird reply that quotes the whole invitation (all
# five workshops appear in the quote).  Two persons, Workshop 3; organisation
# from the signature.

TERHORST = """Liebe Frau Kersting-Alić,

danke für die Einladung, die kommt genau zur richtigen Zeit: Wir haben vor
zwei Wochen die neue Schulpflegschaft gewählt, und die Hälfte der
Klassenpflegschaftsvorsitzenden ist neu und weiß noch nicht so recht, was
auf sie zukommt.

Ich melde mich hiermit für Workshop 3 an, zusammen mit meiner
Stellvertreterin Jasmin Ladwig – wir sind also zu zweit. Kinder bringen
wir keine mit.

Herzliche Grüße
Sabine Terhorst

-- 
Sabine Terhorst
Vorsitzende
Schulpflegschaft der Overbergschule Kinderhaus"""


@mail("terhorst-reply-quoting-invitation", "2027-09-14 16:22:37",
      E("registration", "sabine.terhorst@posteo.example", "Sabine Terhorst",
        "Schulpflegschaft der Overbergschule Kinderhaus", ["S3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Sabine Terhorst <sabine.terhorst@posteo.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0c7d5e21-9a4b-4f83-b2d6-71e0c3a98f15@posteo.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), relay="mout01.posteo.example")
    m.single(f"""{TERHORST}

Am 14.09.27 um 10:00 schrieb Bildungskonferenz Elternarbeit:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# Turkish mother: she would like to come to Workshop 4 "if it is in Turkish or
# there is an interpreter".  Names a workshop, registers no one -> question.
# Gmail multipart/alternative, UTF-8 base64.

KACAR_Q = """Merhaba,

okulun veli WhatsApp grubunda davetiyenizi gördüm. Kızım 7. sınıfta ve öğretmenleriyle konuşurken çok zorlanıyorum, o yüzden 4. atölye tam bana göre.

Ama Almancam yeterli değil, veli toplantılarında çoğu şeyi anlamıyorum. Atölyeler Türkçe mi olacak? Türkçe olursa ya da tercüman olursa gerçekten çok katılmak isterim.

Cevabınızı bekliyorum.
Emine Kaçar"""


@mail("kacar-turkish-only-if-turkish", "2027-09-14 21:47:05",
      E("question", "emine.kacar78@gmail.example", "Emine Kaçar", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Emine Kaçar <emine.kacar78@gmail.example>"),
           ("To", BK),
           ("Subject", "konferans hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<CAF3k9Vq1pXe7Lw2nHt0sB8yRj4mZcD6uQa5oKg9TfE1vNw3iYb@mail.gmail.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(KACAR_Q, gmail_html(KACAR_Q), charset="utf-8", cte="base64", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Arabic, from a phone: clearly registers for workshop 5 ("أرجو تسجيلي"),
# adds the proviso that she is still waiting for her day off and will write to
# cancel if she doesn't get it -> registration.  UTF-8 8bit.

HADDAD = """السلام عليكم،

أنا رانيا حداد، أم لثلاثة أطفال في المدرسة الابتدائية والثانوية هنا في مونستر.
أرجو تسجيلي في ورشة العمل رقم 5 (التعلّم في البيت: الواجبات المدرسية والوسائط الرقمية)، لأن هذا الموضوع يهمّني كثيراً.

ملاحظة: أعمل في دار لرعاية المسنين وأحياناً يكون عندي دوام يوم السبت. طلبت إجازة لهذا اليوم وما زلت أنتظر الموافقة. إذا لم أحصل على الإجازة سأرسل لكم رسالة لإلغاء التسجيل.

شكراً جزيلاً
Rania Haddad

تم الإرسال من هاتف Samsung Galaxy الذكي"""


@mail("haddad-arabic-pending-day-off", "2027-09-15 07:05:48",
      E("registration", "rania.haddad@hotmail.example", "Rania Haddad", None,
        ["S5"], 1, "ar"), "ar")
def _(m):
    m.head(("From", "Rania Haddad <rania.haddad@hotmail.example>"),
           ("To", BK),
           ("Subject", "تسجيل - مؤتمر التعليم 13.11"),
           ("Date", m.date),
           ("Message-ID", "<m2k7q1.7d3f0a61b2c94e5d@email.android.example>"),
           ("MIME-Version", "1.0"), relay="mail-db8eur05.outbound.protection.outlook.example")
    m.single(HADDAD, charset="utf-8", cte="8bit")


# -- 005 ---------------------------------------------------------------------
# A teacher registers four colleagues ("verbindlich"), first and second choice.
# Outlook, HTML only, windows-1252 QP, invitation quoted below a Von:/Gesendet:
# block (its "Alić" becomes &#263;).  The school is the organisation.

BERNING = """Sehr geehrte Frau Kersting-Alić,

vielen Dank für die Einladung. Von unserer Schule möchten vier Kolleginnen und Kollegen teilnehmen: Herr Dombrowski, Frau Avci, Frau Lütke-Wöstmann und ich. Hiermit melden wir uns verbindlich an.

Unser Erstwunsch wäre Workshop 4 („Gute Gespräche mit der Schule“), als Zweitwunsch Workshop 1.

Frau Avci spricht Türkisch und Kurmancî und könnte im Workshop bei Bedarf auch kurz übersetzen, falls Ihnen das hilft.

Mit freundlichen Grüßen

Claudia Berning-Öztürk
Abteilungsleiterin Jahrgänge 5–7
Mathilde-Anneke-Gesamtschule Münster
Tel. 0251 / 9 27 35-0"""


@mail("berning-oeztuerk-outlook-html-school-four", "2027-09-15 12:30:19",
      E("registration", "c.berning-oeztuerk@mags-muenster.example", "Claudia Berning-Öztürk",
        "Mathilde-Anneke-Gesamtschule Münster", ["S4", "S1"], 4, "de"), "de")
def _(m):
    m.head(("From", "\"Berning-Öztürk, Claudia\" <c.berning-oeztuerk@mags-muenster.example>"),
           ("To", TO_BK),
           ("Subject", "AW: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Thread-Index", "AQHcJVx0d8Rk2VmY0U2Rx5n0Pj3hSLAAjLqA"),
           ("Date", m.date),
           ("Message-ID", "<DB9PR02MB73A81F0C2E4B@DB9PR02MB7380.eurprd02.prod.outlook.example>"),
           ("References", INVITATION_ID),
           ("In-Reply-To", INVITATION_ID),
           ("Accept-Language", "de-DE, en-US"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), relay="mail-fr2deu01.outbound.protection.outlook.example")
    quote = (TO_BK, "Dienstag, 14. September 2027 10:00",
             "Bildungskonferenz Elternarbeit", INVITATION_SUBJECT, INVITATION)
    m.single(outlook_html(BERNING, quote), subtype="html", charset="windows-1252",
             cte="quoted-printable")


# -- 006 ---------------------------------------------------------------------
# Italian: "Prima di iscrivermi volevo chiedere": is it free, may I arrive
# around 11?  Names workshop 1 but does not register -> question.
# Apple Mail multipart/alternative.

FERRARO = """Buonasera,

una mamma della classe di mio figlio mi ha inoltrato il vostro invito alla conferenza del 13 novembre. Prima di iscrivermi volevo chiedere due cose:

1) la partecipazione è gratuita o bisogna pagare qualcosa?
2) il sabato mattina mio figlio ha la partita di calcio fino alle 10:30. Posso arrivare un po' più tardi, verso le 11? Non vorrei perdere il workshop sulla scuola (quello sugli Übergänge, il numero 1).

Grazie mille e buona serata,
Lucia Ferraro

Inviato da iPhone"""


@mail("ferraro-italian-free-and-late", "2027-09-16 19:02:26",
      E("question", "lucia.ferraro@icloud.example", "Lucia Ferraro", None, [], None, "it"), "it")
def _(m):
    m.head(("From", "Lucia Ferraro <lucia.ferraro@icloud.example>"),
           ("To", BK),
           ("Subject", "Informazioni conferenza 13 novembre"),
           ("Date", m.date),
           ("Message-ID", "<8E2D4B71-3C0A-4F5E-9B16-D7A0C2E8F431@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"), relay="st43p00im-zteg10063401.me.example")
    m.alternative(FERRARO, apple_html(FERRARO), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 007 ---------------------------------------------------------------------
# Vietnamese registration: herself and her husband (2) for workshop 5; two
# children for the childcare are named separately and are not counted.

NGUYEN = """Kính gửi Ban tổ chức,

Tôi tên là Nguyễn Thị Lan, tôi có hai con: một cháu học lớp 2 ở trường tiểu học Kinderhaus, một cháu còn đi mẫu giáo.

Tôi xin đăng ký tham gia hội nghị ngày 13 tháng 11, nhóm thảo luận số 5 (Lernen zu Hause – bài tập về nhà và điện thoại, máy tính).
Chúng tôi đi 2 người: tôi và chồng tôi, anh Trần Đức Huy.

Nếu còn chỗ trông trẻ, chúng tôi muốn gửi 2 cháu (4 tuổi và 7 tuổi).

Xin cảm ơn và trân trọng,
Nguyễn Thị Lan
Vietnamesischer Elternkreis Münster e.V."""


@mail("nguyen-vietnamese-two-plus-childcare", "2027-09-17 10:15:33",
      E("registration", "lan.nguyen.ms@yahoo.example", "Nguyễn Thị Lan",
        "Vietnamesischer Elternkreis Münster e.V.", ["S5"], 2, "vi"), "vi")
def _(m):
    m.head(("From", "Lan Nguyen <lan.nguyen.ms@yahoo.example>"),
           ("To", BK),
           ("Subject", "Đăng ký hội nghị phụ huynh 13.11"),
           ("Date", m.date),
           ("Message-ID", "<1239876543.1702345.1789640133210@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
           ("MIME-Version", "1.0"), relay="sonic301-21.consmr.mail.ir2.yahoo.example")
    m.alternative(NGUYEN, div_html(NGUYEN, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 008 ---------------------------------------------------------------------
# "We'd like to come with the whole board (5), Workshop 3, but before we
# register: is the building wheelchair-accessible?"  -> question.
# GMX, plain iso-8859-1 QP.

WIBBELER = """Sehr geehrte Damen und Herren,

der Förderverein der Marienschule Roxel würde gern mit dem kompletten
Vorstand (5 Personen) an der Bildungskonferenz teilnehmen, am liebsten im
Workshop 3.

Bevor wir uns anmelden, muss ich allerdings eine Sache klären: Unsere
Kassiererin sitzt im Rollstuhl. Ist das Bürgerhaus barrierefrei
(Eingang, Workshopräume, Toilette)? Falls die Workshops im Obergeschoss
stattfinden: Gibt es einen Aufzug?

Wenn das passt, melde ich uns gern sofort an.

Mit freundlichen Grüßen
Thomas Wibbeler
1. Vorsitzender
Förderverein der Marienschule Roxel e.V."""


@mail("wibbeler-wheelchair-before-registering", "2027-09-17 20:30:12",
      E("question", "t.wibbeler@gmx.example", "Thomas Wibbeler",
        "Förderverein der Marienschule Roxel e.V.", [], None, "de"), "de")
def _(m):
    m.head(("From", "t.wibbeler@gmx.example"),
           ("To", BK),
           ("Subject", "Frage zur Barrierefreiheit - Bildungskonferenz 13.11."),
           ("Date", m.date),
           ("Message-ID", "<trinity-a81f3c0e-6b2d-4e97-91c5-0d3e7a2b4f68-1789669812044@3c-app-gmx-bs48>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"), relay="mout.gmx.example")
    m.single(WIBBELER, charset="iso-8859-1", cte="quoted-printable")


# -- 009 ---------------------------------------------------------------------
# 003's writer again, answering the organiser's reply (quoted, in German; it
# names Workshop 2 and Workshop 4).  Now she asks to be registered: Workshop 4
# with a Turkish interpreter, her 16-year-old daughter comes along -> 2.
# Gmail reply, multipart/alternative, Turkish attribution line.

KERSTING_ANSWER = """Liebe Frau Kaçar,

vielen Dank für Ihre Nachricht. Die Workshops finden grundsätzlich auf
Deutsch statt. Workshop 2 (Mehrsprachigkeit) wird aber zweisprachig
Deutsch/Türkisch moderiert, und für Workshop 4 können wir eine
Dolmetscherin für Türkisch einplanen, wenn Sie das bei der Anmeldung
angeben.

Wenn Sie teilnehmen möchten, schreiben Sie uns einfach, für welchen
Workshop und mit wie vielen Personen Sie kommen.

Herzliche Grüße
Dorothea Kersting-Alić
Regionales Bildungsbüro Münster"""

KACAR_REG = """Merhaba Dorothea Hanım,

cevabınız için çok teşekkür ederim, çok sevindim. O zaman beni 4. atölyeye kaydeder misiniz? Türkçe tercüman lütfen.

Kızım Elif de benimle gelecek (16 yaşında), bana yardımcı olur. Yani 2 kişiyiz.

Saygılarımla
Emine Kaçar"""


@mail("kacar-turkish-registers-after-answer", "2027-09-18 09:12:50",
      E("registration", "emine.kacar78@gmail.example", "Emine Kaçar", None,
        ["S4"], 2, "tr"), "tr")
def _(m):
    attribution = ("Bildungskonferenz Elternarbeit <bildungskonferenz@muenster.example>, "
                   "16 Eyl 2027 Per, 11:40 tarihinde şunu yazdı:")
    m.head(("From", "Emine Kaçar <emine.kacar78@gmail.example>"),
           ("To", TO_BK),
           ("Subject", "Re: konferans hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<CAF3k9VrT0w8nKc5Xy2LpE7qZm1dB4sHaJ6uO3gWv9RfN2iCe8Q@mail.gmail.example>"),
           ("In-Reply-To", "<a3e9c1f7-2b58-4d06-8e41-bk-antwort-kacar@muenster.example>"),
           ("References", "<CAF3k9Vq1pXe7Lw2nHt0sB8yRj4mZcD6uQa5oKg9TfE1vNw3iYb@mail.gmail.example> "
                          "<a3e9c1f7-2b58-4d06-8e41-bk-antwort-kacar@muenster.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(gmail_reply_plain(KACAR_REG, attribution, KERSTING_ANSWER),
                  gmail_reply_html(KACAR_REG, attribution, KERSTING_ANSWER),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 010 ---------------------------------------------------------------------
# English: "please count me in unless my shift changes" -> registration,
# Workshop 1, one person.  The hospital is her employer, not an organisation.
# Outlook for Android, multipart/alternative.

OKONKWO = """Hello,

I'd like to register for the parents' conference on 13 November, Workshop 1 (understanding the school system). My son moves to secondary school next summer and I honestly still don't understand the Gymnasium / Gesamtschule thing.

Just one person, me. I work shifts as a nurse at the university hospital. According to the current rota I'm off that Saturday, so please count me in unless my shift changes – if it does, I'll let you know straight away.

Many thanks,
Blessing Okonkwo"""


@mail("okonkwo-english-unless-shift-changes", "2027-09-20 06:48:30",
      E("registration", "blessing.okonkwo@outlook.example", "Blessing Okonkwo", None,
        ["S1"], 1, "en"), "en")
def _(m):
    plain = OKONKWO + "\n\nGet Outlook for Android<https://aka.example/AAb9ysg>"
    html_doc = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "</head>\n<body>\n<div dir=\"auto\">"
                + "<br>".join(esc(line) for line in OKONKWO.split("\n"))
                + "</div>\n<div dir=\"auto\"><br></div>\n<div dir=\"auto\">Get "
                "<a href=\"https://aka.example/AAb9ysg\">Outlook for Android</a></div>\n</body>\n</html>\n")
    m.head(("From", "Blessing Okonkwo <blessing.okonkwo@outlook.example>"),
           ("To", "\"bildungskonferenz@muenster.example\" <bildungskonferenz@muenster.example>"),
           ("Subject", "Registration - parents' conference 13 Nov"),
           ("Date", m.date),
           ("Message-ID", "<AS8P193MB1285C0FFEE42D1B6A93E7F2AD9A72@AS8P193MB1285.EURP193.PROD.OUTLOOK.example>"),
           ("Accept-Language", "en-GB, en-US"),
           ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), relay="mail-am6eur05.outbound.protection.outlook.example")
    m.alternative(plain, html_doc, charset="utf-8", cte="quoted-printable", style="outlook")


# -- 011 ---------------------------------------------------------------------
# Albanian: works in a bakery until 12 on Saturday; "can I come later, e.g.
# 12:30? If I can, I would like to take part in workshop 3."  The workshops end
# at 12:30, so nothing can be registered before an answer -> question.

KRASNIQI = """Përshëndetje,

jam nënë e dy fëmijëve që shkojnë në shkollë në Münster. E pashë ftesën për konferencën e prindërve dhe më intereson shumë.

Problemi është se të shtunën punoj në një furrë buke deri në orën 12. A mund të vij më vonë, për shembull në 12:30? Apo ka kuptim vetëm nëse vij që në fillim?

Nëse mund të vij më vonë, do të doja të merrja pjesë te punëtoria 3 (përfaqësimi i prindërve në shkollë).

Faleminderit shumë
Arta Krasniqi"""


@mail("krasniqi-albanian-can-i-come-late", "2027-09-20 22:10:04",
      E("question", "arta.krasniqi@gmail.example", "Arta Krasniqi", None, [], None, "sq"), "sq")
def _(m):
    m.head(("From", "Arta Krasniqi <arta.krasniqi@gmail.example>"),
           ("To", BK),
           ("Subject", "Pyetje per konferencen"),
           ("Date", m.date),
           ("Message-ID", "<CAH8w2pV0zQ7bR5mXk1TnL9eDf3Gs6jYc4uA2oWq8KiE7vBn0Hg@mail.gmail.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(KRASNIQI, gmail_html(KRASNIQI), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 012 ---------------------------------------------------------------------
# Learner German, short lines, no greeting formula: Workshop "Hausaufgabe und
# Medien" (S5), "2 Person, ich und meine Frau".  UTF-8 8bit.

@mail("al-khalil-learner-german", "2027-09-21 13:05:55",
      E("registration", "ahmad.alkhalil@webpost.example", "Ahmad Al-Khalil", None,
        ["S5"], 2, "de"), "de")
def _(m):
    m.head(("From", "ahmad.alkhalil@webpost.example"),
           ("To", BK),
           ("Subject", "anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<20270921110555.Horde.kP3qW7xZ9mA2rT5vL8nE1Yb@webmail.webpost.example>"),
           ("User-Agent", "Horde Application Framework 5"),
           ("MIME-Version", "1.0"), relay="smtp.webpost.example")
    m.single("""Hallo

Ich heiße Ahmad Al-Khalil, ich wohne in Coerde. Mein Sohn ist in 3 Klasse und meine Tochter in 6 Klasse.
Ich möchte anmelden für die Konferenz am 13.11. Ich möchte Workshop Hausaufgabe und Medien, weil meine Kinder sitzen immer mit Handy und machen nicht Hausaufgabe.

Wir kommen 2 Person, ich und meine Frau.

Danke
Ahmad Al-Khalil
""", charset="utf-8", cte="8bit")


# -- 013 ---------------------------------------------------------------------
# Our own relay's Postfix DSN: the confirmation to 012 could not be delivered,
# mailbox full (552 5.2.2).  multipart/report with the returned message.

@mail("postfix-bounce-mailbox-full", "2027-09-21 13:06:14",
      E("bounce", bounced="ahmad.alkhalil@webpost.example"), "en")
def _(m):
    rcpt = "ahmad.alkhalil@webpost.example"
    m.head(("From", "MAILER-DAEMON@mail.muenster.example (Mail Delivery System)"),
           ("To", BK),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270921110614.7A3C21F08E@mail.muenster.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", relay="mail.muenster.example")
    note = m.text(f"""This is the mail system at host mail.muenster.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx01.webpost.example[203.0.113.61] said: 552
    5.2.2 Mailbox full - user quota exceeded (in reply to end of DATA command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.muenster.example"),
         ("X-Postfix-Queue-ID", "5D19A0F3B2"),
         ("X-Postfix-Sender", f"rfc822; {BK}"),
         ("Arrival-Date", "Tue, 21 Sep 2027 13:05:59 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.2.2"),
         ("Remote-MTA", "dns; mx01.webpost.example"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - user quota exceeded")])
    m.multi("report", [note, dsn, rfc822_part(C["alkhalil"].message())], style="postfix",
            params={"report-type": "delivery-status"})


# -- 014 ---------------------------------------------------------------------
# Greek, ISO-8859-7 quoted-printable (Thunderbird).  "Θα ήθελα να δηλώσω
# συμμετοχή" (I would like to declare participation) with workshop and count
# -> registration, 2.  Name from the Latin signature, the school's name only
# in Greek (signature form).

PAPADAKI = """Καλησπέρα σας,

με λένε Ελένη Παπαδάκη και διδάσκω στο Ελληνικό Μητρικό Σχολείο του Μύνστερ (μαθήματα ελληνικών για παιδιά από 6 έως 15 ετών).

Θα ήθελα να δηλώσω συμμετοχή στην ημερίδα της 13ης Νοεμβρίου, στο εργαστήριο 2 (πολυγλωσσία, η μητρική γλώσσα ως πλεονέκτημα). Θα έρθουμε δύο άτομα: εγώ και η συνάδελφός μου Σοφία Καραγιάννη.

Ευχαριστώ πολύ και καλή συνέχεια!

Eleni Papadaki
Ελληνικό Μητρικό Σχολείο Μύνστερ"""


@mail("papadaki-greek-iso-8859-7", "2027-09-23 17:21:03",
      E("registration", "e.papadaki@gms-muenster.example", "Eleni Papadaki",
        "Ελληνικό Μητρικό Σχολείο Μύνστερ", ["S2"], 2, "el"), "el")
def _(m):
    m.head(("From", ew("Ελένη Παπαδάκη", "iso-8859-7", "b") + " <e.papadaki@gms-muenster.example>"),
           ("To", BK),
           ("Subject", ew("Δήλωση συμμετοχής - Bildungskonferenz Elternarbeit", "iso-8859-7", "q")),
           ("Date", m.date),
           ("Message-ID", "<4f1d0b7e-8c23-49a6-a5e1-6b92d07c3f58@gms-muenster.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(PAPADAKI, charset="iso-8859-7", cte="quoted-printable")


# -- 015 ---------------------------------------------------------------------
# Italian: "Mi iscrivo volentieri al workshop 3 ..., purché riesca ad avere il
# sabato libero" -> registration (clear sign-up with a proviso), 1 person.
# Webmail multipart/alternative, ISO-8859-15.

ESPOSITO = """Buongiorno,

mi chiamo Marco Esposito, sono papà di due bambini alla Grundschule e da quest'anno faccio parte del consiglio dei genitori della classe (Klassenpflegschaft, se ho capito bene il nome...).

Mi iscrivo volentieri al workshop 3 sulla rappresentanza dei genitori, purché riesca ad avere il sabato libero: lavoro in un ristorante e i turni del sabato li decide il titolare due settimane prima. Se non mi danno il giorno libero vi scrivo subito per disdire.

Verrei da solo.

Cordiali saluti
Marco Esposito"""


@mail("esposito-italian-purche-day-off", "2027-09-24 12:47:58",
      E("registration", "marco.esposito@libero-mail.example", "Marco Esposito", None,
        ["S3"], 1, "it"), "it")
def _(m):
    m.head(("From", "\"marco.esposito@libero-mail.example\" <marco.esposito@libero-mail.example>"),
           ("To", BK),
           ("Subject", "iscrizione conferenza genitori 13/11"),
           ("Date", m.date),
           ("Message-ID", "<1418093622.2207861.1790247278113@mail1.libero-mail.example>"),
           ("X-Mailer", "Libero Mail"),
           ("MIME-Version", "1.0"), relay="smtp-out.libero-mail.example")
    m.alternative(ESPOSITO, div_html(ESPOSITO, "font-family: Verdana, sans-serif; font-size: 10pt;"),
                  charset="iso-8859-15", cte="quoted-printable")


# -- 016 ---------------------------------------------------------------------
# Serbian, Cyrillic, windows-1251 base64 (Thunderbird).  She registers for
# workshop 4 ("пријављујем се"); "if there is childcare, we come as three –
# me, my husband and my sister; if not, only I come".  The invitation says
# there is childcare -> 3.  Name from the Cyrillic signature.

JOVANOVIC = """Поштовани,

пријављујем се за конференцију 13. новембра, за радионицу 4 (разговори са школом). Прошле године смо имали доста проблема са учитељицом нашег сина и волела бих да научим како такве разговоре да водим боље.

Ако буде чувања деце, долазимо нас троје – ја, мој муж и моја сестра, која такође има дете у школи. Деца имају 4, 6 и 9 година. Ако нема чувања, долазим само ја, јер неко мора да остане са децом.

Хвала унапред и поздрав,
Драгана Јовановић"""


@mail("jovanovic-serbian-cyrillic-childcare-three", "2027-09-26 20:15:44",
      E("registration", "dragana.jovanovic@gmail.example", "Драгана Јовановић", None,
        ["S4"], 3, "sr"), "sr")
def _(m):
    m.head(("From", "Dragana Jovanovic <dragana.jovanovic@gmail.example>"),
           ("To", BK),
           ("Subject", ew("Пријава - конференција 13.11.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<7c2e90b4-1d5f-4a38-b6e7-f03a91c25d84@gmail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "sr"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.single(JOVANOVIC, charset="windows-1251", cte="base64")


# -- 017 ---------------------------------------------------------------------
# "Dann würde ich mich gerne anmelden" – only after she knows whether there is
# an attendance certificate for her employer (day off) -> question.
# Outlook multipart/alternative, UTF-8.

YILMAZ = """Guten Morgen,

ich habe großes Interesse an der Bildungskonferenz, vor allem an Workshop 2 (Mehrsprachigkeit) – wir sprechen zu Hause Türkisch und Deutsch und ich bin oft unsicher, ob wir das richtig machen.

Ich arbeite allerdings samstags im Einzelhandel und bekomme nur frei, wenn ich meinem Arbeitgeber eine Bescheinigung über die Teilnahme an einer Bildungsveranstaltung vorlege. Stellen Sie so etwas aus (vorab oder im Nachhinein)? Dann würde ich mich gerne anmelden.

Viele Grüße
Derya Yılmaz-Schröer"""


@mail("yilmaz-schroeer-certificate-for-day-off", "2027-09-27 08:30:27",
      E("question", "derya.ys@web.example", "Derya Yılmaz-Schröer", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Derya Yılmaz-Schröer <derya.ys@web.example>"),
           ("To", BK),
           ("Subject", "Teilnahmebescheinigung?"),
           ("Date", m.date),
           ("Message-ID", "<000001dc2f6a$3b9e1c40$b2da54c0$@web.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"), relay="mout.web.example")
    m.alternative(YILMAZ, outlook_html(YILMAZ, charset="utf-8"), charset="utf-8",
                  cte="quoted-printable", style="outlook")


# -- 018 ---------------------------------------------------------------------
# Registration that also asks whether arriving at 10:30 is fine.  Apple Mail,
# multipart/alternative.

VENNEMANN = """Hallo zusammen,

hiermit melde ich mich für die Bildungskonferenz am 13.11. an, Workshop 1 bitte – unser Großer kommt im Sommer auf die weiterführende Schule und wir stehen ziemlich ratlos davor.

Kurze Frage: Ich habe freitags Spätdienst bis 23 Uhr und schaffe es am Samstag vermutlich erst gegen 10:30. Ist das ein Problem? Den Impuls würde ich dann verpassen, aber der Workshop fängt ja erst um 11 an.

Danke und viele Grüße
Dagmar Vennemann"""


@mail("vennemann-registers-asks-late-arrival", "2027-09-28 21:55:09",
      E("registration", "d.vennemann@me.example", "Dagmar Vennemann", None, ["S1"], 1, "de"), "de")
def _(m):
    m.head(("From", "Dagmar Vennemann <d.vennemann@me.example>"),
           ("To", BK),
           ("Subject", "Anmeldung Bildungskonferenz + kurze Frage"),
           ("Date", m.date),
           ("Message-ID", "<B71F30C4-5E2A-4D9B-8F60-1A3C7E92D0B5@me.example>"),
           ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
           relay="st43p00im-ztdg10073201.me.example")
    m.alternative(VENNEMANN, apple_html(VENNEMANN), charset="utf-8", cte="quoted-printable",
                  style="apple")


# -- 019 ---------------------------------------------------------------------
# Turkish parents' association from its shared office mailbox: three persons,
# first choice workshop 2, else 3.  Outlook plain text, ISO-8859-9 QP (the
# organiser's "ć" cannot be written in it, so it is "Alic").

AYDEMIR = """Sayın Kersting-Alic,

Münster Türk Veliler Birliği olarak 13 Kasım'daki eğitim konferansına 3 kişi ile katılmak istiyoruz: ben, başkan yardımcımız Gülay Tekin ve üyemiz Orhan Bulut.

Birinci tercihimiz 2. atölye (çok dillilik), o dolarsa 3. atölye (veli temsilciliği).
Çocuk bakımına ihtiyacımız yok.

Saygılarımızla,

Cengiz Aydemir
Başkan
Münster Türk Veliler Birliği e.V.
Tel. 0251 / 52 08 19"""


@mail("aydemir-turkish-association-iso-8859-9", "2027-09-29 19:40:37",
      E("registration", "info@tvb-muenster.example", "Cengiz Aydemir",
        "Münster Türk Veliler Birliği e.V.", ["S2", "S3"], 3, "tr"), "tr")
def _(m):
    m.head(("From", ew("Münster Türk Veliler Birliği", "iso-8859-9", "q") + " <info@tvb-muenster.example>"),
           ("To", BK),
           ("Subject", ew("Kayıt: Eğitim Konferansı 13 Kasım", "iso-8859-9", "q")),
           ("Date", m.date),
           ("Message-ID", "<000601dc3172$8e0f5a20$aa2e0e60$@tvb-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "tr"),
           ("MIME-Version", "1.0"))
    m.single(AYDEMIR, charset="iso-8859-9", cte="quoted-printable")


# -- 020 ---------------------------------------------------------------------
# The association's office mailbox answers the confirmation with a bilingual
# vacation notice – no Auto-Submitted, no X-Autoreply, no Precedence header.

TVB_OOO = """Merhaba,

e-postanız için teşekkür ederiz. Derneğimizin bürosu 30 Eylül – 10 Ekim 2027 tarihleri arasında kapalıdır. Acil durumlarda lütfen 0176 48 21 90 57 numarasını arayınız.

Vielen Dank für Ihre E-Mail. Unser Vereinsbüro ist vom 30. September bis 10. Oktober 2027 geschlossen. In dringenden Fällen erreichen Sie uns unter 0176 48 21 90 57.

Münster Türk Veliler Birliği e.V."""


@mail("tvb-office-closed-no-headers", "2027-09-29 19:41:06", E("auto_reply"), "tr")
def _(m):
    m.head(("From", ew("Münster Türk Veliler Birliği", "utf-8", "b") + " <info@tvb-muenster.example>"),
           ("To", TO_BK),
           ("Subject", "Otomatik yanıt / Automatische Antwort: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vac.20270929174106.4412@tvb-muenster.example>"),
           ("In-Reply-To", C["aydemir"].msgid),
           ("References", C["aydemir"].msgid),
           ("MIME-Version", "1.0"))
    m.single(TVB_OOO, charset="utf-8", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Arabic father from Greven: may people from outside Münster take part? "If
# that is possible, my wife and I would like to take part in the first
# workshop" -> question.  Gmail, RTL HTML, UTF-8 base64.

DARWISH = """مرحباً،

سمعت عن مؤتمر التعليم والتعاون بين الأهل والمدرسة من صديق لي. نحن نسكن في غريفن (Greven) وليس في مونستر، لكن ابني يذهب إلى مدرسة ثانوية (Gymnasium) في مونستر.

هل يمكننا المشاركة أيضاً، أم أن المؤتمر مخصص فقط لسكان مدينة مونستر؟ إذا كان ذلك ممكناً فنحن نرغب، زوجتي وأنا، في المشاركة في الورشة الأولى.

مع الشكر والتقدير
يوسف درويش"""


@mail("darwish-arabic-from-greven-allowed", "2027-09-30 11:20:45",
      E("question", "yousef.darwish@gmail.example", "يوسف درويش", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", "Yousef Darwish <yousef.darwish@gmail.example>"),
           ("To", BK),
           ("Subject", "سؤال عن المؤتمر"),
           ("Date", m.date),
           ("Message-ID", "<CAJ5yTq3Nw9bLx0Rk7Pm2Vd8Hs1Fc4Ge6Zu0oAq2WiE5tBy9Mn@mail.gmail.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(DARWISH, gmail_html(DARWISH, rtl=True), charset="utf-8", cte="base64",
                  style="gmail")


# -- 022 ---------------------------------------------------------------------
# 004's writer again: she got the day off, and her husband now comes along to
# the same workshop -> change, party size 1 -> 2, workshop not changed.
# Samsung Email reply with Arabic quote labels over the German confirmation.

HADDAD_CHANGE = """مرحباً،

خبر جيد: حصلت على الإجازة يوم 13 نوفمبر!
وزوجي أيضاً يريد أن يأتي معي إلى نفس الورشة، فسنكون شخصين بدلاً من شخص واحد. هل يمكنكم تعديل التسجيل من فضلكم؟

شكراً لكم
Rania Haddad"""


@mail("haddad-arabic-got-day-off-husband-too", "2027-10-01 18:05:22",
      E("change", "rania.haddad@hotmail.example", "Rania Haddad", None, [], 2, "ar"), "ar")
def _(m):
    c = C["haddad"]
    m.head(("From", "Rania Haddad <rania.haddad@hotmail.example>"),
           ("To", TO_BK),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<m2k7q1.9e41c0d72a3b5f68@email.android.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("MIME-Version", "1.0"), relay="mail-db8eur05.outbound.protection.outlook.example")
    m.single(f"""{HADDAD_CHANGE}

تم الإرسال من هاتف Samsung Galaxy الذكي


-------- الرسالة الأصلية --------
من: Bildungskonferenz Elternarbeit <{BK}>
التاريخ: 15‏/9‏/2027 07:05 (GMT+02:00)
إلى: Rania Haddad <rania.haddad@hotmail.example>
الموضوع: {CONFIRMATION_SUBJECT}

{c.text}
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Albanian registration ("Ju lutem më regjistroni") that also asks whether it
# is free.  Outlook.com HTML only, ISO-8859-1 (ë and ç fit).

HOXHA = """Përshëndetje!

Ju lutem më regjistroni për konferencën më 13 nëntor, punëtoria 2 (shumëgjuhësia). Do të vijmë dy veta, unë dhe burri im Agron.

Një pyetje: a është falas pjesëmarrja apo duhet të paguajmë diçka?

Me respekt
Blerina Hoxha
Shoqata Kulturore Shqiptare "Iliria" Münster"""


@mail("hoxha-albanian-registers-is-it-free", "2027-10-05 14:02:31",
      E("registration", "blerina.hoxha@outlook.example", "Blerina Hoxha",
        "Shoqata Kulturore Shqiptare \"Iliria\" Münster", ["S2"], 2, "sq"), "sq")
def _(m):
    m.head(("From", "Blerina Hoxha <blerina.hoxha@outlook.example>"),
           ("To", "\"bildungskonferenz@muenster.example\" <bildungskonferenz@muenster.example>"),
           ("Subject", "Regjistrim per konferencen e prinderve"),
           ("Date", m.date),
           ("Message-ID", "<PAXP251MB0412F7A3B9C0D2E1A6B4C8D07E13@PAXP251MB0412.EURP251.PROD.OUTLOOK.example>"),
           ("Content-Language", "sq-AL"),
           ("MIME-Version", "1.0"), relay="mail-vi1eur05.outbound.protection.outlook.example")
    html_doc = new_outlook_html(HOXHA).replace("charset=utf-8", "charset=iso-8859-1")
    m.single(html_doc, subtype="html", charset="iso-8859-1", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# 014's writer: both move to workshop 4; if 4 is full they stay in 2 -> change
# [S4, S2].  Thunderbird reply (now UTF-8: the quote has German letters
# ISO-8859-7 lacks), Greek attribution line.

PAPADAKI_CHANGE = """Καλημέρα σας,

θα θέλαμε να κάνουμε μια αλλαγή: η συνάδελφός μου κι εγώ προτιμούμε τελικά το εργαστήριο 4 (συζητήσεις με το σχολείο) αντί για το 2, γιατί αυτό το θέμα μάς απασχολεί περισσότερο φέτος. Μπορείτε να μας μεταφέρετε; Αν το 4 είναι ήδη γεμάτο, μένουμε στο 2.

Ευχαριστώ!
Eleni Papadaki"""


@mail("papadaki-greek-switch-to-4-else-2", "2027-10-06 09:40:18",
      E("change", "e.papadaki@gms-muenster.example", "Eleni Papadaki",
        None, ["S4", "S2"], None, "el"), "el")
def _(m):
    c = C["papadaki"]
    m.head(("From", ew("Ελένη Παπαδάκη", "iso-8859-7", "b") + " <e.papadaki@gms-muenster.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<9a0c3e71-4b28-4f5d-8e16-c7d2b05a3f94@gms-muenster.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "el"),
           ("MIME-Version", "1.0"))
    m.single(f"""{PAPADAKI_CHANGE}

Στις 23/9/27 17:21, ο/η Bildungskonferenz Elternarbeit έγραψε:
{gt_quote(c.text)}
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Vietnamese class parent: can she register a whole group (6-8 people, not
# sure yet)?  When is the deadline? -> question.  UTF-8 base64, plain.

PHAM = """Chào Ban tổ chức,

Tôi là Phạm Thu Hà, đại diện phụ huynh lớp 3b trường tiểu học Wartburg. Nhiều phụ huynh trong lớp (người Việt, người Thổ Nhĩ Kỳ và người Đức) muốn cùng nhau đi hội nghị.

Tôi có thể đăng ký chung cho cả nhóm được không, hay mỗi người phải tự gửi email? Hiện có khoảng 6–8 người quan tâm nhưng chưa ai chắc chắn. Hạn chót đăng ký là ngày nào ạ?

Cảm ơn nhiều ạ!
Phạm Thu Hà"""


@mail("pham-vietnamese-group-registration-question", "2027-10-07 21:30:50",
      E("question", "thuha.pham@gmail.example", "Phạm Thu Hà", None, [], None, "vi"), "vi")
def _(m):
    m.head(("From", "Pham Thu Ha <thuha.pham@gmail.example>"),
           ("To", BK),
           ("Subject", "Hỏi về đăng ký nhóm"),
           ("Date", m.date),
           ("Message-ID", "<CAB0pZ7wQ4nT9Lm2Vx6Kc1Rh8Ej3Fs5Gd0Yu7oNa2WbI4tPq6Xe@mail.gmail.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.single(PHAM, charset="utf-8", cte="base64")


# -- 026 ---------------------------------------------------------------------
# Croatian, Outlook multipart/alternative windows-1250.  He and his wife (2),
# workshop 1, else 2.  Written from his work address, asks for the
# confirmation at his private address -> that is the email.  The employer in
# the signature is not an organisation.

JURIC = """Poštovani,

molim Vas da prijavite mene i moju suprugu Anu na konferenciju 13. studenoga. Kći nam ide u četvrti razred i iduće godine prelazi u novu školu, zato nas najviše zanima radionica 1 (prijelazi). Ako je radionica 1 već popunjena, onda bismo išli na radionicu 2.

Djecu ne dovodimo, čuva ih baka.

Potvrdu Vas molim pošaljite na moju privatnu adresu ivan.juric@t-online.example, jer službeni e-mail vikendom ne čitam.

Srdačan pozdrav,
Ivan Jurić

Ivan Jurić | Bauleitung
Hagedorn Bau GmbH | Gremmendorfer Weg 61 | 48167 Münster"""


@mail("juric-croatian-confirm-to-private-address", "2027-10-08 16:10:39",
      E("registration", "ivan.juric@t-online.example", "Ivan Jurić", None,
        ["S1", "S2"], 2, "hr"), "hr")
def _(m):
    m.head(("From", "\"Jurić, Ivan\" <i.juric@hagedorn-bau.example>"),
           ("To", BK),
           ("Subject", "Prijava - konferencija 13.11."),
           ("Date", m.date),
           ("Message-ID", "<FR4P281MB38720E5A1D9C4B7F2E30A6C19B2E@FR4P281MB3872.DEUP281.PROD.OUTLOOK.example>"),
           ("Accept-Language", "de-DE, hr-HR"),
           ("Content-Language", "hr-HR"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"), relay="mail-fr2deu01.outbound.protection.outlook.example")
    m.alternative(JURIC, outlook_html(JURIC, charset="windows-1250", lang="HR"),
                  charset="windows-1250", cte="quoted-printable", style="outlook")


# -- 027 ---------------------------------------------------------------------
# English: "Two quick questions before I commit: is it free? ... If both
# answers are yes I'd love to come along" -> question.  Gmail.

WHITFIELD = """Hi there,

A friend from my daughter's Kita passed on your flyer for the parents' conference. We moved to Münster from Bristol in the summer and I'm still getting my head around how school works here, so Session 1 sounds perfect.

Two quick questions before I commit: is it free? And is it OK to come if my kids aren't at school yet (they're 3 and 5)? If both answers are yes I'd love to come along – and I'd need the childcare for both of them.

Thanks so much,
Rachel Whitfield"""


@mail("whitfield-english-before-i-commit", "2027-10-11 12:15:07",
      E("question", "rachel.whitfield@gmail.example", "Rachel Whitfield", None, [], None, "en"), "en")
def _(m):
    m.head(("From", "Rachel Whitfield <rachel.whitfield@gmail.example>"),
           ("To", BK),
           ("Subject", "Parents' conference - a couple of questions"),
           ("Date", m.date),
           ("Message-ID", "<CAM2xRp8Tq0Vn5Lb3Yw7Kd1Zs9Hc6Fe4Gj2Uo8Ai5WqN0tEy3Bm@mail.gmail.example>"),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(WHITFIELD, gmail_html(WHITFIELD), charset="utf-8", cte="quoted-printable",
                  style="gmail")


# -- 028 ---------------------------------------------------------------------
# Short phone registration: herself and her neighbour, workshop 5.
# iPhone, plain, UTF-8 QP.

@mail("kortmann-iphone-with-neighbour", "2027-10-12 07:12:41",
      E("registration", "jessi.kortmann@icloud.example", "Jessica Kortmann", None,
        ["S5"], 2, "de"), "de")
def _(m):
    m.head(("From", "Jessica Kortmann <jessi.kortmann@icloud.example>"),
           ("To", BK),
           ("Subject", "Anmeldung"),
           ("Date", m.date),
           ("Message-ID", "<3A9C0F12-7B64-4E85-A2D1-6F0E93C84B27@icloud.example>"),
           ("X-Mailer", "iPhone Mail (22A3354)"),
           ("MIME-Version", "1.0 (1.0)"), relay="st43p00im-zteg10063401.me.example")
    m.single("""Hallo, hiermit melde ich mich und meine Nachbarin Sevgi für die Konferenz am 13.11. an, beide Workshop 5 (Medien/Hausaufgaben). Kinderbetreuung brauchen wir nicht.
LG Jessica Kortmann

Von meinem iPhone gesendet""", charset="utf-8", cte="quoted-printable")


# -- 029 ---------------------------------------------------------------------
# 016's writer, now from her phone in Latin script: her sister cannot come
# after all, so only she and her husband -> change 3 -> 2, no new workshop.
# Gmail for Android reply, Serbian attribution line.

JOVANOVIC_CHANGE = """Zdravo,

hvala na potvrdi i na informaciji da ima čuvanja dece. Nažalost, moja sestra ipak ne može da dođe, tako da dolazimo samo nas dvoje, ja i muž. Deca (4 i 6 godina) bi bila u čuvanju.

Pozdrav
Dragana"""


@mail("jovanovic-serbian-latin-sister-cannot", "2027-10-14 13:33:56",
      E("change", "dragana.jovanovic@gmail.example", "Dragana Jovanović", None, [], 2, "sr"), "sr")
def _(m):
    c = C["jovanovic"]
    attribution = ("ned, 26. sep 2027. u 20:16 Bildungskonferenz Elternarbeit "
                   f"<{BK}> je napisao/la:")
    m.head(("From", "Dragana Jovanović <dragana.jovanovic@gmail.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAD7kVw2Rz5pQn8Tx1Lm4Yb0Hc3Gs9Fd6Ej2Uo7Ai5WqK0tNy4Bv@mail.gmail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("MIME-Version", "1.0"), relay="mail-sor-f41.google.example")
    m.alternative(gmail_reply_plain(JOVANOVIC_CHANGE, attribution, c.text),
                  gmail_reply_html(JOVANOVIC_CHANGE, attribution, c.text),
                  charset="utf-8", cte="quoted-printable", style="gmail")


# -- 030 ---------------------------------------------------------------------
# Advertising (other): a tutoring school's newsletter with its own "Eltern-
# Workshop Hausaufgaben", "Anmeldung", "kostenlos".  multipart/alternative.

LERNPLUS = """LernPlus Nachhilfe Münster – Herbstaktion

Liebe Eltern,

die ersten Klassenarbeiten stehen vor der Tür – ist Ihr Kind gut vorbereitet?
Sichern Sie sich jetzt eine kostenlose Probestunde in Mathe, Deutsch oder Englisch!

NEU: Eltern-Workshop „Hausaufgaben ohne Stress“
Donnerstag, 4. November 2027, 19:00 Uhr, im LernPlus-Studio am Kinderhauser Markt.
Eintritt frei, Anmeldung erforderlich: https://lernplus-nachhilfe.example/elternabend

Nur bis 31. Oktober: 20 % Rabatt auf das erste Monatspaket mit dem Code HERBST27.

Ihr LernPlus-Team
LernPlus Bildungsservice GmbH · Kinderhauser Markt 3 · 48159 Münster

Sie erhalten diese E-Mail, weil Sie sich auf lernplus-nachhilfe.example für unseren Newsletter eingetragen haben.
Abmelden: https://lernplus-nachhilfe.example/abmelden?u=bk-4471"""

LERNPLUS_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>LernPlus Herbstaktion</title></head>
<body style="margin:0;background:#eef3f7;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1d2b36;">
<tr><td style="background:#f6a800;color:#1d2b36;"><h1 style="margin:0;font-size:24px;">LernPlus Nachhilfe Münster – Herbstaktion</h1></td></tr>
<tr><td>
<p>Liebe Eltern,</p>
<p>die ersten Klassenarbeiten stehen vor der Tür – ist Ihr Kind gut vorbereitet?<br>
Sichern Sie sich jetzt eine <b>kostenlose Probestunde</b> in Mathe, Deutsch oder Englisch!</p>
<h2 style="font-size:18px;">NEU: Eltern-Workshop „Hausaufgaben ohne Stress“</h2>
<p>Donnerstag, 4. November 2027, 19:00 Uhr, im LernPlus-Studio am Kinderhauser Markt.<br>
Eintritt frei, Anmeldung erforderlich: <a href="https://lernplus-nachhilfe.example/elternabend">Jetzt Platz sichern</a></p>
<p style="background:#fff4d6;padding:12px;">Nur bis 31. Oktober: <b>20 % Rabatt</b> auf das erste Monatspaket mit dem Code <b>HERBST27</b>.</p>
<p>Ihr LernPlus-Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7a86;">LernPlus Bildungsservice GmbH · Kinderhauser Markt 3 · 48159 Münster<br>
Sie erhalten diese E-Mail, weil Sie sich auf lernplus-nachhilfe.example für unseren Newsletter eingetragen haben.<br>
<a href="https://lernplus-nachhilfe.example/abmelden?u=bk-4471">Abmelden</a></td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("lernplus-nachhilfe-advertising", "2027-10-15 10:00:03", E("other"), "de")
def _(m):
    m.head(("From", "LernPlus Nachhilfe <news@lernplus-nachhilfe.example>"),
           ("To", BK),
           ("Subject", "Herbstaktion: kostenlose Probestunde + Eltern-Workshop – jetzt anmelden!"),
           ("Date", m.date),
           ("Message-ID", "<20271015080003.bk4471.newsletter@mailer.lernplus-nachhilfe.example>"),
           ("List-Unsubscribe", "<https://lernplus-nachhilfe.example/abmelden?u=bk-4471>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"), relay="mailer.lernplus-nachhilfe.example")
    m.alternative(LERNPLUS, LERNPLUS_HTML, charset="utf-8", cte="quoted-printable")


# -- 031 ---------------------------------------------------------------------
# Arabic association (windows-1256, Outlook multipart/alternative, RTL): "we
# ask you to register four of our members in workshop 2 ... our only condition
# is Arabic interpretation; if not possible, tell us".  Clear registration
# with a condition -> registration, 4.

BAKRI = """السيدة كيرستينغ-أليتش المحترمة،

باسم الجمعية الألمانية العربية لأولياء الأمور في مونستر نرجو تسجيل أربعة أشخاص من أعضائنا في مؤتمر التعليم يوم 13 نوفمبر، في ورشة العمل الثانية (تعدد اللغات واللغة الأم كمصدر قوة).

شرطنا الوحيد هو توفّر ترجمة إلى اللغة العربية، لأن اثنتين من الأمهات لا تتكلمان الألمانية بشكل جيد بعد. إذا لم يكن ذلك ممكناً في الورشة الثانية فأرجو أن تخبرونا في أسرع وقت.

أسماء المشاركين: سميرة بكري، هدى العلي، منى شاهين، خالد يونس

مع خالص التحية
Samira Bakri
Vorsitzende
Deutsch-Arabischer Elternverein Münster e.V."""


@mail("bakri-arabic-windows-1256-four-if-interpreted", "2027-10-18 20:45:12",
      E("registration", "samira.bakri@daev-muenster.example", "Samira Bakri",
        "Deutsch-Arabischer Elternverein Münster e.V.", ["S2"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Samira Bakri <samira.bakri@daev-muenster.example>"),
           ("To", BK),
           ("Subject", ew("تسجيل أعضاء الجمعية - مؤتمر 13 نوفمبر", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000a01dc4064$1f2e3d40$5d6c7b80$@daev-muenster.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sa"),
           ("MIME-Version", "1.0"))
    m.alternative(BAKRI, outlook_html(BAKRI, charset="windows-1256", lang="AR-SA", rtl=True),
                  charset="windows-1256", cte="quoted-printable", style="outlook")


# -- 032 ---------------------------------------------------------------------
# 015's writer: did not get the Saturday off -> cancellation.  Libero webmail
# reply with "----Messaggio originale----" over the confirmation.

@mail("esposito-italian-no-day-off-cancels", "2027-10-19 22:02:40",
      E("cancellation", "marco.esposito@libero-mail.example", "Marco Esposito", None,
        [], None, "it"), "it")
def _(m):
    c = C["esposito"]
    m.head(("From", "\"marco.esposito@libero-mail.example\" <marco.esposito@libero-mail.example>"),
           ("To", TO_BK),
           ("Subject", "R: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1702558311.2409977.1792440160455@mail1.libero-mail.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("X-Mailer", "Libero Mail"),
           ("MIME-Version", "1.0"), relay="smtp-out.libero-mail.example")
    m.single(f"""Buonasera,

purtroppo il titolare non mi ha dato il sabato libero: il 13 novembre c'è un matrimonio al ristorante e servono tutti. Devo quindi annullare la mia iscrizione. Mi dispiace molto, ci tenevo davvero.

Magari l'anno prossimo!
Marco Esposito

----Messaggio originale----
Da: {BK}
Data: 24/09/2027 12.48
A: <marco.esposito@libero-mail.example>
Ogg: {CONFIRMATION_SUBJECT}

{c.text}
""", charset="utf-8", cte="quoted-printable")


# -- 033 ---------------------------------------------------------------------
# Turkish father: will there be one-to-one advice on the Gymnasium
# recommendation?  "If so, my wife and I would like to come to workshop 1"
# -> question.  UTF-8 QP plain.

YAVUZ = """İyi günler,

oğlum 4. sınıfta ve öğretmeni Gymnasium yerine Realschule tavsiye etti. Biz buna katılmıyoruz ve ne yapabileceğimizi bilmiyoruz.

Konferansta bu konuda ailelere birebir danışmanlık da olacak mı, yoksa sadece genel bilgi mi verilecek? Birebir konuşma imkânı olursa eşimle birlikte 1. atölyeye gelmek isteriz.

Teşekkürler,
Serkan Yavuz"""


@mail("yavuz-turkish-one-to-one-advice", "2027-10-20 08:55:19",
      E("question", "serkan_yavuz@hotmail.example", "Serkan Yavuz", None, [], None, "tr"), "tr")
def _(m):
    m.head(("From", "Serkan Yavuz <serkan_yavuz@hotmail.example>"),
           ("To", BK),
           ("Subject", "Gymnasium tavsiyesi hakkında soru"),
           ("Date", m.date),
           ("Message-ID", "<DU2P195MB1748A0C3E5F7B9D1E2F3A4B5C6D70@DU2P195MB1748.EURP195.PROD.OUTLOOK.example>"),
           ("Content-Language", "tr-TR"),
           ("MIME-Version", "1.0"), relay="mail-db8eur05.outbound.protection.outlook.example")
    m.single(YAVUZ, charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Italian couple: "io e mia moglie Giulia vorremmo iscriverci ... al workshop
# sulla Mehrsprachigkeit (n. 2)" – the usual polite form of signing up, with
# workshop and people -> registration, 2 (their son goes to the childcare).
# New Outlook, HTML only, UTF-8.

RINALDI = """Gentili organizzatori,

io e mia moglie Giulia vorremmo iscriverci alla conferenza del 13 novembre, al workshop sulla Mehrsprachigkeit (n. 2). I nostri figli crescono con l'italiano, il tedesco e un po' di spagnolo (la nonna è di Valencia) e ci chiediamo spesso se stiamo facendo la cosa giusta.

Avremmo bisogno della Kinderbetreuung per nostro figlio Leo, 4 anni.

Grazie e a presto,
Paolo Rinaldi"""


@mail("rinaldi-italian-couple-new-outlook-html", "2027-10-22 11:11:44",
      E("registration", "paolo.rinaldi@fastmail.example", "Paolo Rinaldi", None,
        ["S2"], 2, "it"), "it")
def _(m):
    m.head(("From", "Paolo Rinaldi <paolo.rinaldi@fastmail.example>"),
           ("To", BK),
           ("Subject", "Iscrizione Bildungskonferenz 13.11"),
           ("Date", m.date),
           ("Message-ID", "<GV1P189MB2034E61A0B3C5D7E9F1A2B3C4D5E6@GV1P189MB2034.EURP189.PROD.OUTLOOK.example>"),
           ("Content-Language", "it-IT"),
           ("MIME-Version", "1.0"), relay="mail-he1eur05.outbound.protection.outlook.example")
    m.single(new_outlook_html(RINALDI), subtype="html", charset="utf-8", cte="quoted-printable")


# -- 035 ---------------------------------------------------------------------
# "We'd love to come (workshop 3 or 4, we haven't agreed yet), but first we
# need to know whether our two-year-old twins can come along" -> question.
# Thunderbird plain, UTF-8 8bit with an emoji.

@mail("schoeneborn-twins-under-three", "2027-10-25 20:20:31",
      E("question", "miriam.schoeneborn@posteo.example", "Miriam Schöneborn", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Miriam Schöneborn <miriam.schoeneborn@posteo.example>"),
           ("To", BK),
           ("Subject", "Kinderbetreuung unter 3?"),
           ("Date", m.date),
           ("Message-ID", "<6e8b1d24-0f93-47a5-b3c2-95d07e1a4c68@posteo.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), relay="mout01.posteo.example")
    m.single("""Guten Abend,

mein Mann und ich würden sehr gerne zur Bildungskonferenz kommen
(Workshop 3 oder 4 – da sind wir uns noch nicht einig 😉).

Vorher müssen wir aber etwas wissen: Unsere Zwillinge sind erst 2, und in
Ihrer Einladung steht, dass die Kinderbetreuung ab 3 Jahren ist. Dürfen
wir die beiden trotzdem mitbringen, oder gibt es eine Möglichkeit, dass
sie mit in die Betreuung gehen? Sonst kann leider nur einer von uns kommen.

Viele Grüße
Miriam Schöneborn
""", charset="utf-8", cte="8bit")


# -- 036 ---------------------------------------------------------------------
# 002's writer: her deputy cannot come -> change 2 -> 1 (no new workshop).
# Thunderbird reply quoting the confirmation.

@mail("terhorst-deputy-drops-out", "2027-10-27 07:50:02",
      E("change", "sabine.terhorst@posteo.example", "Sabine Terhorst", None, [], 1, "de"), "de")
def _(m):
    c = C["terhorst"]
    m.head(("From", "Sabine Terhorst <sabine.terhorst@posteo.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b52f8e07-3d1a-4c69-9e74-0a8c6d31f2b5@posteo.example>"),
           ("In-Reply-To", c.msgid),
           ("References", f"{INVITATION_ID} {c.msgid}"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"), relay="mout01.posteo.example")
    m.single(f"""Guten Morgen,

kleine Änderung: Frau Ladwig hat an dem Samstag nun doch eine
Familienfeier und kann nicht mitkommen. Bitte tragen Sie nur noch mich ein.

Danke und bis bald
Sabine Terhorst

Am 14.09.27 um 16:22 schrieb Bildungskonferenz Elternarbeit:
{gt_quote(c.text)}
""", charset="utf-8", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# The caterer sends the offer for the lunch, PDF attached (other: business
# mail about the event, registers and asks nothing about a registration).

DEMIRTAS = """Hallo Frau Kersting-Alić,

wie am Telefon besprochen schicke ich Ihnen anbei unser Angebot für den Mittagsimbiss am 13.11. für 120 Personen (Linsensuppe vegetarisch, Hähnchen-Wraps halal, Fladenbrot, Obst, Wasser/Saft, Kaffee und Tee).

Die endgültige Personenzahl bräuchten wir bitte bis spätestens 5.11. Geschirr bringen wir mit, Aufbau ab 11:30 Uhr.

Viele Grüße
Hatice Demirtaş
Stadtteilküche Kinderhaus gGmbH
Tel. 0251 21 09 77 40"""


@mail("stadtteilkueche-catering-offer-pdf", "2027-10-28 15:30:26", E("other"), "de")
def _(m):
    m.head(("From", "Hatice Demirtaş <h.demirtas@stadtteilkueche-kinderhaus.example>"),
           ("To", BK),
           ("Subject", "Angebot Mittagsimbiss 13.11. - Bildungskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<000b01dc47f1$0c1d2e30$243f5a90$@stadtteilkueche-kinderhaus.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    body = m.multi("alternative", [m.text(DEMIRTAS, "plain", "utf-8", "quoted-printable"),
                                   m.text(outlook_html(DEMIRTAS, charset="utf-8"), "html",
                                          "utf-8", "quoted-printable")],
                   style="outlook", top=False)
    pdf = m.binary(make_pdf(["Angebot Nr. 2027-118", "Stadtteilkueche Kinderhaus gGmbH",
                             "Mittagsimbiss Bildungskonferenz Elternarbeit, 13.11.2027",
                             "120 Personen x 9,50 EUR = 1.140,00 EUR netto"]),
                   "application", "pdf", "Angebot_2027-118_Bildungskonferenz.pdf")
    m.multi("mixed", [body, pdf], style="outlook")


# -- 038 ---------------------------------------------------------------------
# 010's writer: the shift did change -> cancellation.  Outlook for Android
# reply, English quote labels, plain text only.  First mail in CET.

@mail("okonkwo-english-shift-changed-cancels", "2027-11-03 14:05:37",
      E("cancellation", "blessing.okonkwo@outlook.example", "Blessing Okonkwo", None,
        [], None, "en"), "en")
def _(m):
    c = C["okonkwo"]
    m.head(("From", "Blessing Okonkwo <blessing.okonkwo@outlook.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<AS8P193MB1285E5D1F0B7A9C3D2E4F6A8B0C19@AS8P193MB1285.EURP193.PROD.OUTLOOK.example>"),
           ("In-Reply-To", c.msgid),
           ("References", c.msgid),
           ("Content-Language", "en-GB"),
           ("MIME-Version", "1.0"), relay="mail-am6eur05.outbound.protection.outlook.example")
    m.single(f"""Hi,

Sorry, my shift did change in the end – I've been put on the weekend rota for 13 November, so I won't be able to make it. Please cancel my place in Workshop 1 and give it to someone else.

Hope it goes really well!
Blessing

Get Outlook for Android
________________________________
From: Bildungskonferenz Elternarbeit <{BK}>
Sent: Monday, September 20, 2027 6:49:12 AM
To: Blessing Okonkwo <blessing.okonkwo@outlook.example>
Subject: {CONFIRMATION_SUBJECT}

{c.text}
""", charset="utf-8", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# After the deadline: "Falls noch Plätze frei sind, melden Sie mich und meine
# Mutter bitte für Workshop 3 an" -> registration (the deadline is the tool's
# business), 2.  "jeden anderen" is no second choice.  GMX, iso-8859-15 QP.

@mail("tkachenko-after-deadline-if-places-free", "2027-11-08 09:30:48",
      E("registration", "o.tkachenko@gmx.example", "Oksana Tkachenko", None,
        ["S3"], 2, "de"), "de")
def _(m):
    m.head(("From", "Oksana Tkachenko <o.tkachenko@gmx.example>"),
           ("To", BK),
           ("Subject", "Anmeldung noch möglich?"),
           ("Date", m.date),
           ("Message-ID", "<trinity-c2e7f901-5a3b-4d68-9b14-e0f6a2c83d57-1794127848312@3c-app-gmx-bap61>"),
           ("Importance", "normal"),
           ("Sensitivity", "Normal"),
           ("MIME-Version", "1.0"), relay="mout.gmx.example")
    m.single("""Sehr geehrte Damen und Herren,

ich habe erst jetzt über die Klassenpflegschaft von der Konferenz erfahren
und sehe, dass die Anmeldefrist schon vorbei ist. Falls noch Plätze frei
sind, melden Sie bitte mich und meine Mutter für Workshop 3 an. Meine
Mutter wohnt bei uns und lernt viel mit den Kindern. Wenn Workshop 3 voll
ist, nehmen wir auch jeden anderen.

Mit freundlichen Grüßen
Oksana Tkachenko
""", charset="iso-8859-15", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# 028's writer answers the one-day reminder from her phone: son has a fever,
# the neighbour won't come alone -> cancellation.  The quote is Apple's
# "Am ... schrieb ...:" with '>' lines.

@mail("kortmann-cancels-reply-to-reminder", "2027-11-12 18:40:09",
      E("cancellation", "jessi.kortmann@icloud.example", "Jessica Kortmann", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Jessica Kortmann <jessi.kortmann@icloud.example>"),
           ("To", TO_BK),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5D20E8A1-94C3-4B7F-8E61-0A2F3C9B7D45@icloud.example>"),
           ("In-Reply-To", KORTMANN_REMINDER_ID),
           ("References", KORTMANN_REMINDER_ID),
           ("X-Mailer", "iPhone Mail (22B83)"),
           ("MIME-Version", "1.0 (1.0)"), relay="st43p00im-zteg10063401.me.example")
    m.single(f"""Hallo, leider müssen wir morgen absagen, mein Sohn hat seit heute Mittag Fieber und Sevgi will nicht alleine kommen. Schade!! Viel Erfolg morgen
Jessica

Von meinem iPhone gesendet

> Am 12.11.2027 um 09:00 schrieb Bildungskonferenz Elternarbeit <{BK}>:
>
{gt_quote(reminder("Frau Kortmann", "S5", 2))}
""", charset="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

def build_all():
    built = []
    last = None
    for n, (slug, when, expected, text_lang, fn) in enumerate(MAILS, 1):
        m = Mail(slug, when)
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


def _norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def visible_text(msg):
    """Decoded top-level headers and every text leaf (HTML unescaped)."""
    chunks = [f"{k}: {v}" for k, v in msg.items()]
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            chunks.append(t)
    return "\n".join(chunks)


def check_label(e, text_lang, msg):
    """Problems with one expected.json record (checked against its mail)."""
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
            problems.append("a change must change the workshop or the number")
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
            if em not in hdr and em not in seen:
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
    if not (at("2027-09-14 10:00:00") <= when < at("2027-11-13 09:30:00")):
        problems.append(f"date {when} outside 14 Sep - 13 Nov 2027")
    for p in leaves(msg):
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset() or "us-ascii"
            try:
                p.get_payload(decode=True).decode(cs, "strict")
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
    for host in re.findall(r"(?:from|by) ([\w-]+(?:\.[\w-]+)+)", str(msg.get("Received", ""))):
        if not EXAMPLE_DOMAIN.search(host.lower()):
            problems.append(f"non-example host {host}")
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
    langs = sorted({t for _, _, _, t in built}, key=lambda x: (x != "de", x))
    print("kinds:", dict(sorted(kinds.items())))
    print("kind x text language:")
    print("  " + "".join(f"{k[:12]:>14}" for k in KINDS))
    for lang in langs:
        print(f"  {lang:3}" + "".join(f"{by[(k, lang)] or '-':>14}" for k in KINDS)[3:])
    encs = collections.Counter()
    types = collections.Counter()
    for data in datas:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        types[msg.get_content_type()] += 1
        for p in leaves(msg):
            if p.get_content_maintype() == "text":
                encs[(p.get_content_type(), p.get_content_charset() or "us-ascii",
                      str(p.get("Content-Transfer-Encoding", "7bit")).lower())] += 1
    print("top-level content types:", dict(sorted(types.items())))
    print("text parts by (type, charset, transfer encoding):")
    for (ct, cs, cte), k in sorted(encs.items()):
        print(f"  {ct:11} {cs:14} {cte:18} {k}")


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
