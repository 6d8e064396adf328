#!/usr/bin/env python3
"""Build the corpus "final23f" for `mailbot parse`: mails/NNN-slug.eml and expected.json.

Event: Bezirkskonferenz des Integrationsrats Gelsenkirchen 2027 (Sat 25 Sep 2027,
Hans-Sachs-Haus), five Arbeitskreise ARB, WOH, KIS, GES, TEI (see config.toml).
Writers: Polish, Spanish/Latin American, Somali, Eritrean and Ethiopian
(Tigrinya/Amharic), Bulgarian, Romanian and Syrian people in Gelsenkirchen, who
write partly in their own language and partly in German or English.

Every mail's text below is written by hand, one mail at a time.  This script only
wraps the texts in correct MIME with the standard `email` package, writes the
files, and reads every file back with email.policy.default to check that it
parses without defects, that each body part decodes to exactly the text written
here (attachments: the same bytes), and that every label is well formed.

    python3 make_mails.py          # (re)write mails/*.eml and expected.json
    python3 make_mails.py --check  # write nothing; fail if the files on disk differ
    python3 make_mails.py --stats  # also print the counts

Output is deterministic (fixed dates, Message-IDs and MIME boundaries), so a
re-run gives byte-identical files.  Paths are relative to this script's folder.
Standard library only (Python 3.11).
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
import tomllib
import zlib
from email.charset import QP, BASE64, Charset
from email.header import Header, decode_header, make_header
from email.message import EmailMessage, Message, MIMEPart
from email.utils import formataddr, format_datetime, parsedate_to_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent

# refold_source='none': header values we hand-encoded (RFC 2047 words in a given
# charset, pre-folded Received lines) are written out exactly as given.
POLICY = email.policy.default.clone(refold_source="none")

IR = "bezirkskonferenz@gelsenkirchen.example"
IR_NAME = "Integrationsrat Gelsenkirchen"
TO_IR = f"{IR_NAME} <{IR}>"
INVITATION_ID = "<einladung-bezirkskonferenz-2027.20270816100512@gelsenkirchen.example>"

FIELDS = ("kind", "email", "name", "organisation", "workgroups",
          "party_size", "language", "bounced_recipient")
KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
LANGS = {"de", "en", "pl", "es", "so", "ti", "am", "bg", "ro", "ar"}


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

    # -- headers -----------------------------------------------------------
    def head(self, *pairs, envelope=None, received=True, crlf=False, relay=None):
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
        msg.set_raw("Delivered-To", IR)
        if received:
            domain = sender.split("@")[1] if "@" in sender else "gelsenkirchen.example"
            host = relay or (("smtp." if domain == "mail.example" else "mail.") + domain)
            arrival = format_datetime(
                (self.when + datetime.timedelta(seconds=3)).astimezone(
                    datetime.timezone(datetime.timedelta(hours=2))))
            qid = _h(self.slug, "qid")[:10].upper()
            msg.set_raw("Received",
                        f"from {host} ({host} [{_ip(self.slug)}])\n"
                        f"\tby mx.gelsenkirchen.example (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{IR}>; {arrival} (CEST)")
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
            return f"_00{self._nboundary}_DB9PR03MB{h[:12].upper()}EURP_"
        if style == "gmail":
            return f"00000000000{h[:15]}"
        if style == "apple":
            return (f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-"
                    f"{h[16:20].upper()}-{h[20:32].upper()}")
        if style == "postfix":
            return f"{h[:10].upper()}.{int(h[10:18], 16)}/mail.gelsenkirchen.example"
        if style == "exim":
            return f"{int(h[:8], 16)}-eximdsn-{int(h[8:16], 16)}"
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


def make_pdf(lines):
    """A minimal one-page PDF showing `lines` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "60 770 Td"]
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
# texts that several mails quote
# ---------------------------------------------------------------------------

INVITATION_SUBJECT = "Einladung zur Bezirkskonferenz des Integrationsrats 2027"
CONFIRMATION_SUBJECT = "Ihre Anmeldung zur Bezirkskonferenz des Integrationsrats 2027"
REMINDER_SUBJECT = "Erinnerung: Bezirkskonferenz des Integrationsrats am 25. September"

INVITATION = """Liebe Mitglieder der Migrantenorganisationen,
liebe Engagierte in Gelsenkirchen,

der Integrationsrat der Stadt Gelsenkirchen lädt Sie herzlich zu seiner
Bezirkskonferenz 2027 ein.

Datum: Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Ort: Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen

Nach der Begrüßung durch den Vorsitzenden des Integrationsrats arbeiten
wir in fünf Arbeitskreisen:

AK 1 (ARB): Arbeit, Ausbildung und Anerkennung von Berufsabschlüssen
AK 2 (WOH): Wohnen und Nachbarschaft im Quartier
AK 3 (KIS): Kita, Schule und Elternarbeit
AK 4 (GES): Gesundheit, Pflege und Sprachmittlung
AK 5 (TEI): Politische Teilhabe und Ehrenamt

Bitte melden Sie sich bis zum 17. September 2027 per E-Mail an
bezirkskonferenz@gelsenkirchen.example an. Nennen Sie uns Ihren Namen,
Ihre Organisation, den gewünschten Arbeitskreis (gern auch einen
Zweitwunsch) und mit wie vielen Personen Sie kommen.

Sie können uns auch auf Englisch, Polnisch, Spanisch, Arabisch,
Bulgarisch, Rumänisch, Somali, Tigrinya oder Amharisch schreiben.
Sprachmittlung vor Ort ist möglich: Bitte sagen Sie uns bei der
Anmeldung, welche Sprache Sie brauchen.

Die Teilnahme ist kostenlos. Für Mittagessen und Kinderbetreuung ist
gesorgt.

Mit freundlichen Grüßen

Geschäftsstelle des Integrationsrats der Stadt Gelsenkirchen
i. A. Sabine Terhorst"""

WG_LINE = {
    "ARB": "AK 1 (ARB): Arbeit, Ausbildung und Anerkennung von Berufsabschlüssen",
    "WOH": "AK 2 (WOH): Wohnen und Nachbarschaft im Quartier",
    "KIS": "AK 3 (KIS): Kita, Schule und Elternarbeit",
    "GES": "AK 4 (GES): Gesundheit, Pflege und Sprachmittlung",
    "TEI": "AK 5 (TEI): Politische Teilhabe und Ehrenamt",
}


def confirmation(salutation, wg, persons):
    """The confirmation mailbot sent (quoted in replies and returned in bounces)."""
    return f"""Guten Tag {salutation},

vielen Dank für Ihre Anmeldung zur Bezirkskonferenz des Integrationsrats
am Samstag, 25. September 2027, 10:00 bis 16:30 Uhr, im Hans-Sachs-Haus,
Ebertstraße 11, 45879 Gelsenkirchen.

Wir haben Sie für folgenden Arbeitskreis eingetragen:
{WG_LINE[wg]}

Angemeldete Personen: {persons}

Möchten Sie den Arbeitskreis wechseln oder absagen? Antworten Sie einfach
auf diese E-Mail.

Mit freundlichen Grüßen
Integrationsrat der Stadt Gelsenkirchen
Geschäftsstelle"""


def reminder(salutation, wg, persons):
    """The 7-day reminder mailbot sent on 18 September."""
    return f"""Guten Tag {salutation},

in einer Woche ist es so weit: Wir freuen uns, Sie bei der
Bezirkskonferenz des Integrationsrats zu begrüßen.

Samstag, 25. September 2027, 10:00 bis 16:30 Uhr
Hans-Sachs-Haus, Ebertstraße 11, 45879 Gelsenkirchen

Ihr Arbeitskreis: {WG_LINE[wg]}
Angemeldete Personen: {persons}

Falls Sie nicht kommen können, sagen Sie bitte kurz ab, indem Sie auf
diese E-Mail antworten. So können wir den Platz weitergeben.

Mit freundlichen Grüßen
Integrationsrat der Stadt Gelsenkirchen
Geschäftsstelle"""


def confirmation_message(to, salutation, wg, persons, when, msgid, in_reply_to):
    """The confirmation as a whole message (for message/rfc822 in bounces)."""
    m = EmailMessage(policy=POLICY)
    m["From"] = TO_IR
    m["To"] = to
    m["Subject"] = CONFIRMATION_SUBJECT
    m["Date"] = when
    m["Message-ID"] = msgid
    m["In-Reply-To"] = in_reply_to
    m["References"] = in_reply_to
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(confirmation(salutation, wg, persons), charset="utf-8",
                  cte="quoted-printable")
    return m


def confirmation_headers(to, when, msgid, in_reply_to):
    """The header block of a confirmation (for text/rfc822-headers in bounces)."""
    return (f"Return-Path: <{IR}>\n"
            f"Received: by mail.gelsenkirchen.example (Postfix, from userid 1002)\n"
            f"\tid {msgid[9:19].upper()}; {when}\n"
            f"From: {TO_IR}\n"
            f"To: {to}\n"
            f"Subject: {CONFIRMATION_SUBJECT}\n"
            f"Date: {when}\n"
            f"Message-ID: {msgid}\n"
            f"In-Reply-To: {in_reply_to}\n"
            f"Auto-Submitted: auto-replied\n"
            f"MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"utf-8\"\n"
            f"Content-Transfer-Encoding: quoted-printable\n")


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
span.E-MailFormatvorlage18
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
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang={lang} link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""

OUTLOOK_LABELS = {
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "bg": ("От", "Изпратено", "До", "Относно"),
}


def mso_p(line):
    if not line.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    return f"<p class=MsoNormal>{esc(line)}<o:p></o:p></p>"


def outlook_html(text, quote=None, charset="Windows-1252", lang="DE", labels="de"):
    """Outlook-style HTML for `text`; quote = (von, gesendet, an, betreff, quoted_text)."""
    out = [mso_p(line) for line in text.split("\n")]
    if quote:
        von, gesendet, an, betreff, quoted = quote
        lv, lg, la, lb = OUTLOOK_LABELS[labels]
        out.append(mso_p(""))
        out.append("<div>")
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        out.append(f"<p class=MsoNormal><b><span lang={lang} style='mso-fareast-language:{lang}'>{lv}:</span></b>"
                   f"<span lang={lang} style='mso-fareast-language:{lang}'> {esc(von)} <br>\n"
                   f"<b>{lg}:</b> {esc(gesendet)}<br>\n"
                   f"<b>{la}:</b> {esc(an)}<br>\n"
                   f"<b>{lb}:</b> {esc(betreff)}<o:p></o:p></span></p>")
        out.append("</div>")
        out.append("</div>")
        out.append(mso_p(""))
        out += [mso_p(line) for line in quoted.split("\n")]
    head = OUTLOOK_HEAD.format(charset=charset, lang=lang)
    return head + "\n".join(out) + "\n</div>\n</body>\n</html>\n"


def div_html(text, font="font-family: Verdana;font-size: 12.0px;"):
    """Webmail-style HTML: one <div> per line."""
    divs = "".join(f"<div>{esc(line) if line else '&nbsp;'}</div>" for line in text.split("\n"))
    return f"<html><head></head><body><div style=\"{font}\">{divs}</div></body></html>\n"


def gmail_html(text, rtl=False, quote=None):
    """Gmail markup; quote = (attribution, quoted_text) becomes a gmail_quote block."""
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    inner = "".join(f"<div{d if rtl else ''}>{esc(line) if line else '<br>'}</div>"
                    for line in text.split("\n"))
    out = f"<div{d}>{inner}</div>"
    if quote:
        attribution, quoted = quote
        q = "<br>".join(esc(line) for line in quoted.split("\n"))
        out += (f"<br><div class=\"gmail_quote\"><div dir=\"{'rtl' if rtl else 'ltr'}\" "
                f"class=\"gmail_attr\">{esc(attribution)}<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                f"border-left:1px solid rgb(204,204,204);padding-left:1ex\">{q}</blockquote></div>")
    return out + "\n"


def apple_html(text):
    inner = "".join(f"<div>{esc(line) if line else '<br>'}</div>" for line in text.split("\n"))
    return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
            "</head><body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; "
            f"line-break: after-white-space;\">{inner}</body></html>\n")


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
# Exchange out-of-office to the invitation, German and Bulgarian (auto_reply);
# Auto-Submitted: auto-generated and X-Auto-Response-Suppress.

@mail("todorova-ooo-german-bulgarian", "2027-08-16 10:07:31",
      E("auto_reply"), "de")
def _(m):
    m.head(("From", '"Todorova, Desislava" <d.todorova@awo-ge.example>'),
           ("To", TO_IR),
           ("Subject", "Automatische Antwort: " + INVITATION_SUBJECT),
           ("Thread-Topic", INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<VI1PR04MB6917B2C1D8E4A0F3@VI1PR04MB6917.eurprd04.prod.outlook.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("Auto-Submitted", "auto-generated"),
           ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "d.todorova@awo-ge.example"),
           ("Content-Language", "de-DE"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. September 2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Migrationsberatung unter 0209 / 4 08 17-0.

Здравейте,

благодаря за Вашето съобщение. До 3 септември 2027 г. включително съм в отпуск. При спешни въпроси, моля, обадете се на 0209 / 4 08 17-0.

Desislava Todorova
Migrationsberatung für erwachsene Zuwanderer (MBE)
""", charset="utf-8", cte="quoted-printable")


# -- 002 ---------------------------------------------------------------------
# Polish writer in German; Thunderbird reply quoting the whole invitation with
# '>' (all five AKs appear in the quote; the choice "Kita und Schule" only in the
# new text).  "ich und meine Stellvertreterin" = 2.

@mail("wrobel-reply-quoting-invitation", "2027-08-16 14:22:09",
      E("registration", "a.wrobel@samstagsschule-ge.example", "Agnieszka Wróbel",
        "Polnische Samstagsschule Gelsenkirchen e.V.", ["KIS"], 2, "de"), "de")
def _(m):
    m.head(("From", "Agnieszka Wróbel <a.wrobel@samstagsschule-ge.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<5b1f0c2e-8a44-4f0d-b6e1-2c9a7d3e4f10@samstagsschule-ge.example>"),
           ("In-Reply-To", INVITATION_ID),
           ("References", INVITATION_ID),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Sehr geehrte Frau Terhorst,

vielen Dank für die Einladung, die kam genau zur richtigen Zeit. Hiermit
melde ich mich für den Arbeitskreis Kita und Schule an. Wir kommen zu
zweit: ich und meine Stellvertreterin Joanna Lis. Viele Kinder aus
unseren Familien kommen als Seiteneinsteiger in die Schule, und wir
würden gern von unseren Erfahrungen berichten.

Mit freundlichen Grüßen
Agnieszka Wróbel

-- 
Polnische Samstagsschule Gelsenkirchen e.V.
Vorsitzende
Tel. 0209 158 44 07

Am 16.08.2027 um 10:05 schrieb Integrationsrat Gelsenkirchen:
{gt_quote(INVITATION)}
""", charset="utf-8", cte="8bit")


# -- 003 ---------------------------------------------------------------------
# Spanish, Gmail multipart/alternative; the topic only paraphrased ("vivienda
# y convivencia en el barrio") with the German word in brackets.
# "mi marido y yo" = 2.

FERNANDEZ_TEXT = """Hola:

Soy la tesorera de nuestra asociación y quisiera inscribirme para la conferencia del Integrationsrat del 25 de septiembre en el Hans-Sachs-Haus.

Me interesa el grupo de trabajo sobre vivienda y convivencia en el barrio (Wohnen). Vamos a ir mi marido y yo, o sea dos personas.

¡Muchas gracias y un saludo!

Lucía Fernández Ortega
Asociación Latinoamericana Puente e.V."""


@mail("fernandez-spanish-vivienda", "2027-08-16 19:40:52",
      E("registration", "lucia.fernandez@mail.example", "Lucía Fernández Ortega",
        "Asociación Latinoamericana Puente e.V.", ["WOH"], 2, "es"), "es")
def _(m):
    m.head(("From", "Lucía Fernández <lucia.fernandez@mail.example>"),
           ("To", IR),
           ("Subject", "Inscripción conferencia 25 de septiembre"),
           ("Date", m.date),
           ("Message-ID", "<CAF3kz9Qm2Lr7vTb1XwP0aYc5hN8dJs4eGu6oRi2tKq9Bn3WxZe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(FERNANDEZ_TEXT, gmail_html(FERNANDEZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 004 ---------------------------------------------------------------------
# Bulgarian in windows-1251, quoted-printable; display name an RFC 2047 B word
# in windows-1251.  Topic paraphrased ("работа, професионално обучение и
# признаване на дипломи"); "трима души" = 3.  Organisation in Cyrillic.

@mail("petrov-bulgarian-cp1251", "2027-08-17 09:12:40",
      E("registration", "stoyan.petrov@abv.example", "Стоян Петров",
        "Българско културно дружество „Родолюбие“ Гелзенкирхен", ["ARB"], 3, "bg"), "bg")
def _(m):
    m.head(("From", addr("Стоян Петров", "stoyan.petrov@abv.example", "windows-1251", "b")),
           ("To", IR),
           ("Subject", ew("Регистрация за конференцията на 25.09.", "windows-1251", "b")),
           ("Date", m.date),
           ("Message-ID", "<1787037160.48213.abvmail@nm22.abv.example>"),
           ("X-Mailer", "AbvMail 4.1"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

бих искал да се регистрирам за Bezirkskonferenz на Интеграционния съвет на 25 септември в Hans-Sachs-Haus.

Интересувам се от работната група за работа, професионално обучение и признаване на дипломи. Ще дойдем трима души – аз и двама членове на нашето дружество.

Поздрави,
Стоян Петров
Българско културно дружество „Родолюбие“ Гелзенкирхен
""", charset="windows-1251", cte="quoted-printable")


# -- 005 ---------------------------------------------------------------------
# Arabic (Syrian), UTF-8 base64.  The Arabic signature beats the Latin From
# display name; the organisation is given only in Arabic.  "سيحضر معي زميلان"
# = two colleagues come with me -> 3.

@mail("alhamwi-arabic-health", "2027-08-17 21:05:18",
      E("registration", "ahmad.alhamwi@mail.example", "أحمد الحموي",
        "الجمعية السورية للثقافة والتعليم في غيلزنكيرشن", ["GES"], 3, "ar"), "ar")
def _(m):
    m.head(("From", "Ahmad Alhamwi <ahmad.alhamwi@mail.example>"),
           ("To", IR),
           ("Subject", "تسجيل - Bezirkskonferenz 25.09.2027"),
           ("Date", m.date),
           ("Message-ID", "<CAH8pW2rT5nLq0VxZ3bKm7Yd1sFj9gUc4eOa6iRt2wBn8QkXvMe@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""السلام عليكم،

أود التسجيل في المؤتمر الذي ينظمه مجلس الاندماج (Integrationsrat) يوم السبت 25 أيلول/سبتمبر في Hans-Sachs-Haus.
أرغب في المشاركة في مجموعة العمل الخاصة بالصحة والرعاية والترجمة، لأن كثيراً من كبار السن في جاليتنا لا يفهمون الأطباء.
سيحضر معي زميلان من الجمعية.

مع الشكر والتقدير
أحمد الحموي
الجمعية السورية للثقافة والتعليم في غيلزنكيرشن
""", charset="utf-8", cte="base64")


# -- 006 ---------------------------------------------------------------------
# Romanian with diacritics (comma below), Apple Mail alternative.  The running
# text has the inflected "Asociației Românilor din Gelsenkirchen", the
# signature the base form.  "Vin singură" = 1; "doi copii" is not a party size.

DUMITRESCU_TEXT = """Bună ziua,

Mă numesc Ionela Dumitrescu și aș dori să mă înscriu la conferința Consiliului de Integrare din 25 septembrie.
Sunt mamă a doi copii și voluntară în cadrul Asociației Românilor din Gelsenkirchen. Mă interesează grupul de lucru despre grădiniță, școală și colaborarea cu părinții.
Vin singură.

Vă mulțumesc frumos!
Ionela Dumitrescu
Asociația Românilor din Gelsenkirchen"""


@mail("dumitrescu-romanian-gradinita", "2027-08-18 08:30:11",
      E("registration", "ionela.dumitrescu@mail.example", "Ionela Dumitrescu",
        "Asociația Românilor din Gelsenkirchen", ["KIS"], 1, "ro"), "ro")
def _(m):
    m.head(("From", "Ionela Dumitrescu <ionela.dumitrescu@mail.example>"),
           ("To", IR),
           ("Subject", "Înscriere conferință 25 septembrie"),
           ("Date", m.date),
           ("Message-ID", "<8C2E4A71-3D9F-4B05-A6E2-71F0C9B3D548@mail.example>"),
           ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
           ("MIME-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))"))
    m.alternative(DUMITRESCU_TEXT, apple_html(DUMITRESCU_TEXT), charset="utf-8",
                  cte="quoted-printable", style="apple")


# -- 007 ---------------------------------------------------------------------
# Somali writer in English with a Somali greeting and sign-off ("Salaan",
# "Mahadsanid"); the full name is in the self-introduction, the signature is
# only the first name.  "me and my sister Sahra" = 2.

@mail("farah-somali-english-health", "2027-08-18 15:47:36",
      E("registration", "hamdi.farah@mail.example", "Hamdi Abdullahi Farah",
        "Somali Community Gelsenkirchen e.V.", ["GES"], 2, "en"), "en")
def _(m):
    m.head(("From", "Hamdi Farah <hamdi.farah@mail.example>"),
           ("To", IR),
           ("Subject", "Registration district conference"),
           ("Date", m.date),
           ("Message-ID", "<AS8PR10MB64210C9E3B71F2D4@AS8PR10MB6421.EURPRD10.PROD.OUTLOOK.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Salaan,

My name is Hamdi Abdullahi Farah, I am the coordinator of the women's group at the Somali Community Gelsenkirchen e.V. I would like to register for the district conference on 25 September.

Please put me in the health group (Gesundheit, Pflege, Sprachmittlung). Many of our elders go to the doctor and understand nothing, so this topic is very important for us. We will be 2 persons, me and my sister Sahra.

Mahadsanid / thank you,
Hamdi
""", charset="utf-8", cte="7bit")


# -- 008 ---------------------------------------------------------------------
# Tigrinya (Ge'ez script), UTF-8 base64.  Name from the Ge'ez signature, the
# organisation in German.  "ስራሕ" (work) with "ኣፍልጦ ... ምስክር ወረቐት"
# (recognition of certificates) = ARB; "ክልተ ኢና" = we are two.

@mail("gebremedhin-tigrinya-work", "2027-08-19 11:03:27",
      E("registration", "tesfay.gm@mail.example", "ተስፋይ ገብረመድህን",
        "Eritreische Gemeinde Gelsenkirchen e.V.", ["ARB"], 2, "ti"), "ti")
def _(m):
    m.head(("From", "Tesfay Gebremedhin <tesfay.gm@mail.example>"),
           ("To", IR),
           ("Subject", "ምዝገባ - Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<CAJr5tY8nW2qLm0VbX7kPz3Hd9sFc1gUe4oA6iRt8wBn2QxKvLp@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ንኹልኹም፣

ኣብቲ ብ25 መስከረም 2027 ኣብ Hans-Sachs-Haus ዝካየድ ኮንፈረንስ ናይ Integrationsrat ክሳተፍ ክምዝገብ እደሊ።
ኣብቲ ብዛዕባ ስራሕን ኣፍልጦ ሞያዊ ምስክር ወረቐትን (Arbeit und Anerkennung) ዝዝትየሉ ጉጅለ ክሳተፍ እደሊ።
ሓደ ብጻየይ ምሳይ ክመጽእ እዩ፣ ስለዚ ክልተ ኢና።

የቐንየልና
ተስፋይ ገብረመድህን
Eritreische Gemeinde Gelsenkirchen e.V.
""", charset="utf-8", cte="base64")


# -- 009 ---------------------------------------------------------------------
# Polish, Thunderbird, iso-8859-2 quoted-printable.  First and second choice
# paraphrased in Polish ("udział w życiu politycznym i wolontariat", then
# "mieszkania i sąsiedztwo"); "siebie i dwóch kolegów" = 3.

@mail("nowicki-polish-first-second", "2027-08-20 13:30:02",
      E("registration", "k.nowicki@onet.example", "Krzysztof Nowicki",
        "Stowarzyszenie Polaków Most e.V.", ["TEI", "WOH"], 3, "pl"), "pl")
def _(m):
    m.head(("From", "Krzysztof Nowicki <k.nowicki@onet.example>"),
           ("To", IR),
           ("Subject", ew("Zgłoszenie na konferencję 25 września", "iso-8859-2", "q")),
           ("Date", m.date),
           ("Message-ID", "<3e9a1c7f-22d4-4b8e-a015-6f7c2d9e0b31@onet.example>"),
           ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.1.0"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

chciałbym zgłosić siebie i dwóch kolegów z zarządu naszego stowarzyszenia
na konferencję Rady ds. Integracji (Integrationsrat) w dniu 25 września.

Najbardziej interesuje nas grupa robocza o udziale w życiu politycznym
i wolontariacie (Teilhabe und Ehrenamt). Jeśli tam nie będzie już miejsc,
to prosimy o grupę dotyczącą mieszkań i sąsiedztwa.

Z poważaniem
Krzysztof Nowicki
Stowarzyszenie Polaków Most e.V.
""", charset="iso-8859-2", cte="quoted-printable", params={"format": "flowed"})


# -- 010 ---------------------------------------------------------------------
# Spanish writer in German; Outlook HTML only, windows-1252 quoted-printable.
# "Erstwunsch: Arbeitskreis 3 / Zweitwunsch: Arbeitskreis 1"; a bilingual
# sign-off; the street number and phone are not choices or sizes.

CASTILLO_TEXT = """Sehr geehrte Frau Terhorst,

hiermit melde ich mich verbindlich für die Bezirkskonferenz am 25.09.2027 an.

Erstwunsch: Arbeitskreis 3 (Kita, Schule und Elternarbeit)
Zweitwunsch: Arbeitskreis 1

Ich komme allein. Für Rückfragen erreichen Sie mich am besten vormittags.

Mit freundlichen Grüßen / Saludos cordiales

María José Castillo Vega
Vorsitzende
Spanischer Elternverein Gelsenkirchen e.V.
Bochumer Straße 73 · 45886 Gelsenkirchen
Tel.: 0209 / 1 47 83 26"""


@mail("castillo-outlook-html-erstwunsch", "2027-08-21 10:18:44",
      E("registration", "mj.castillo@elternverein-espanol.example", "María José Castillo Vega",
        "Spanischer Elternverein Gelsenkirchen e.V.", ["KIS", "ARB"], 1, "de"), "de")
def _(m):
    m.head(("From", '"Castillo Vega, María José" <mj.castillo@elternverein-espanol.example>'),
           ("To", TO_IR),
           ("Subject", "Anmeldung Bezirkskonferenz 25.09.2027"),
           ("Thread-Topic", "Anmeldung Bezirkskonferenz 25.09.2027"),
           ("Thread-Index", "AdqW3kTz8mF1xQ0bR5eLk2nYp7sHcA=="),
           ("Date", m.date),
           ("Message-ID", "<DB9PR03MB7342E1F0A2B3C4D5@DB9PR03MB7342.eurprd03.prod.outlook.example>"),
           ("Accept-Language", "es-ES, de-DE"),
           ("Content-Language", "de-DE"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    m.single(outlook_html(CASTILLO_TEXT), subtype="html",
             charset="windows-1252", cte="quoted-printable")


# -- 011 ---------------------------------------------------------------------
# Somali from an iPhone.  "kooxda shaqada ee ... guryaha" = the working group
# on housing (shaqo = work, but here "kooxda shaqada" is just "working group");
# "saddex qof" = 3.  Somali-spelled signature beats the Latin display name.

@mail("nuur-somali-guryaha", "2027-08-22 18:40:15",
      E("registration", "mohamed.abdi.nur@mail.example", "Maxamed Cabdi Nuur",
        "Ururka Dhalinyarada Soomaaliyeed ee Ruhr", ["WOH"], 3, "so"), "so")
def _(m):
    m.head(("From", "Mohamed Abdi <mohamed.abdi.nur@mail.example>"),
           ("To", IR),
           ("Subject", "Diiwaangelin shirka 25 September"),
           ("Date", m.date),
           ("Message-ID", "<B7E1D9A3-4C62-4F8B-9E05-A3C7F12D6B90@mail.example>"),
           ("X-Mailer", "iPhone Mail (22G84)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single("""Asc walaalayaal,

Waxaan rabaa inaan is-diiwaangeliyo shirka Integrationsrat-ka ee 25-ka September.
Waxaan xiiseyneynaa kooxda shaqada ee ku saabsan guryaha iyo deriska (Wohnen), sababtoo ah dad badan oo bulshadeenna ka mid ah ayaa muddo dheer guri raadinayay.
Waxaan nahay saddex qof: aniga iyo laba xubnood oo ururka ka tirsan.

Mahadsanid
Maxamed Cabdi Nuur
Ururka Dhalinyarada Soomaaliyeed ee Ruhr

Sent from my iPhone
""", charset="utf-8", cte="quoted-printable")


# -- 012 ---------------------------------------------------------------------
# Question in learner German from a Romanian writer (childcare, interpreter);
# "Wenn beides ja, dann melde ich mich an" = registers later -> question.
# His numbered list is not a workgroup choice.

@mail("stanciu-question-learner-german", "2027-08-23 09:02:50",
      E("question", "florin.stanciu@yahoo.example", "Florin Stanciu", None, [], None, "de"), "de")
def _(m):
    m.head(("From", "Florin Stanciu <florin.stanciu@yahoo.example>"),
           ("To", IR),
           ("Subject", "Frage Konferenz"),
           ("Date", m.date),
           ("Message-ID", "<1364972018.2210447.1787468570331@mail.yahoo.example>"),
           ("X-Mailer", "WebService/1.1.22501 YMailNorrin"),
           ("MIME-Version", "1.0"))
    text = """Guten Tag,

ich habe von Ihre Konferenz gelesen im Facebook von rumänische Gemeinde. Ich habe zwei Frage:
1. Kann ich mein Sohn mitbringen (8 Jahre)? Samstag ich habe keine Betreuung.
2. Gibt es Dolmetscher für Rumänisch? Mein Deutsch ist nicht so gut für lange Diskussion.

Wenn beides ja, dann melde ich mich an für Arbeit Gruppe.

Danke schön
Florin Stanciu"""
    m.alternative(text, div_html(text, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"),
                  charset="utf-8", cte="quoted-printable")


# -- 013 ---------------------------------------------------------------------
# Syrian writer in German, Gmail alternative.  The employer (Caritas) is not
# the organisation; "Brücke der Hoffnung e.V." is.  "12 Jahre", "2019" are not
# sizes; "Nachhilfe" is not a KIS choice.

KANAAN_TEXT = """Sehr geehrte Damen und Herren,

ich heiße Rasha Kanaan, ich komme aus Damaskus und war dort 12 Jahre Mathematiklehrerin. Seit 2019 wohne ich in Gelsenkirchen. Meine Anerkennung als Lehrerin ist leider immer noch nicht abgeschlossen.

Deshalb möchte ich gerne am Arbeitskreis zur Anerkennung von Berufsabschlüssen teilnehmen. Ich arbeite zurzeit als Integrationslotsin bei der Caritas, komme aber für unseren Verein „Brücke der Hoffnung e.V.“, in dem ich ehrenamtlich Nachhilfe gebe.

Ich komme alleine.

Viele Grüße
Rasha Kanaan"""


@mail("kanaan-german-anerkennung-employer", "2027-08-23 16:25:33",
      E("registration", "rasha.kanaan@mail.example", "Rasha Kanaan",
        "Brücke der Hoffnung e.V.", ["ARB"], 1, "de"), "de")
def _(m):
    m.head(("From", "Rasha Kanaan <rasha.kanaan@mail.example>"),
           ("To", IR),
           ("Subject", "Anmeldung Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<CAM2xQ7vR9tW1nKb4Lz8Ym3Pd0sHf6gJc5eUa2oNi7rTq1BwXkA@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KANAAN_TEXT, gmail_html(KANAAN_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 014 ---------------------------------------------------------------------
# Bulgarian carrying the sentences, full of German words ("Arbeitskreis
# Wohnen", "Vermieter-а", "Mietvertrag", "Jobcenter").  Cyrillic first-name
# display name; the Latin signature gives the full name.  "жена ми и сина ми"
# = 3; "на 17" is the son's age.  No organisation.

@mail("dimitrov-bulgarian-german-words", "2027-08-24 12:10:21",
      E("registration", "ivaylo.dimitrov87@mail.example", "Ivaylo Dimitrov", None,
        ["WOH"], 3, "bg"), "bg")
def _(m):
    m.head(("From", addr("Ивайло", "ivaylo.dimitrov87@mail.example", "utf-8", "b")),
           ("To", IR),
           ("Subject", "Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<CAP9vT3mW7xQ2nLr8Kb1Yz5Hd4sFj0gUc6eOa3iRt9wBn5QpXmD@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Здравейте,

искам да се запиша за Bezirkskonferenz на 25.09. Интересува ме Arbeitskreis Wohnen, защото живеем в Schalke и имаме много проблеми с Vermieter-а – мухъл, нямаме Mietvertrag, а Jobcenter-ът иска документи.

Ще дойда с жена ми и сина ми, той е на 17 и превежда за нас. Значи трима.

Благодаря предварително!
Ivaylo Dimitrov

Изпратено от моя смартфон Samsung Galaxy.
""", charset="utf-8", cte="base64")


# -- 015 ---------------------------------------------------------------------
# Ethiopian secretary (English) registers the chairman, who comes alone, and
# asks to confirm to his address.  The writer herself does not attend.

@mail("tadesse-registers-chairman-english", "2027-08-25 08:47:12",
      E("registration", "girma.bekele@ethiopian-community-ge.example", "Girma Bekele",
        "Ethiopian Community Association Gelsenkirchen", ["TEI"], 1, "en"), "en")
def _(m):
    m.head(("From", "Meron Tadesse <meron.tadesse@ethiopian-community-ge.example>"),
           ("To", IR),
           ("Subject", "Registration of our chairman - conference 25 September"),
           ("Date", m.date),
           ("Message-ID", "<000401dbf6a1$3c2d1e50$b4875af0$@ethiopian-community-ge.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-gb"),
           ("MIME-Version", "1.0"))
    m.single("""Dear Sir or Madam,

On behalf of the Ethiopian Community Association Gelsenkirchen I would like to register our chairman, Mr. Girma Bekele, for the district conference on 25 September. He would like to join the working group on political participation and volunteering.

He will come alone; unfortunately I cannot attend myself because of work.

Could you please send the confirmation directly to him at girma.bekele@ethiopian-community-ge.example? He speaks German, but he prefers English for written things.

Kind regards,
Meron Tadesse
Secretary
Ethiopian Community Association Gelsenkirchen
""", charset="us-ascii", cte="7bit")


# -- 016 ---------------------------------------------------------------------
# Romanian without diacritics from a phone, plain us-ascii.  "grupa despre
# sanatate si ingrijire" = GES; "doua persoane" = 2; "6 ani" is not a size;
# the unnamed employer is not an organisation.

@mail("constantin-romanian-no-diacritics", "2027-08-25 20:30:47",
      E("registration", "mihaela.constantin@mail.example", "Mihaela Constantin", None,
        ["GES"], 2, "ro"), "ro")
def _(m):
    m.head(("From", "Mihaela Constantin <mihaela.constantin@mail.example>"),
           ("To", IR),
           ("Subject", "inscriere conferinta"),
           ("Date", m.date),
           ("Message-ID", "<k2r8w5.1787725847.samsungmail@mail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Buna ziua,

va scriu pentru conferinta din 25 septembrie. As vrea sa particip la grupa despre sanatate si ingrijire, eu lucrez in Pflege de 6 ani si vad multe probleme la pacientii care nu vorbesc germana.
Venim doua persoane, eu si colega mea Daniela.

Multumesc,
Mihaela Constantin

Trimis de pe Samsung Galaxy
""", charset="us-ascii", cte="7bit")


# -- 017 ---------------------------------------------------------------------
# Postfix bounce (multipart/report, text/rfc822-headers) of a confirmation:
# unknown user at a Polish provider.

@mail("postfix-bounce-unknown-user", "2027-08-26 11:11:04",
      E("bounce", bounced="dorota.kaminska@poczta-ruhr.example"), "en")
def _(m):
    rcpt = "dorota.kaminska@poczta-ruhr.example"
    m.head(("From", "MAILER-DAEMON@mail.gelsenkirchen.example (Mail Delivery System)"),
           ("To", IR),
           ("Subject", "Undelivered Mail Returned to Sender"),
           ("Date", m.date),
           ("Message-ID", "<20270826091104.4B7E21C0A3@mail.gelsenkirchen.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"),
           envelope="", received=False)
    note = m.text(f"""This is the mail system at host mail.gelsenkirchen.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.poczta-ruhr.example[198.51.100.27] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""", charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")])
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mail.gelsenkirchen.example"),
         ("X-Postfix-Queue-ID", "4B7E21C0A3"),
         ("X-Postfix-Sender", f"rfc822; {IR}"),
         ("Arrival-Date", "Thu, 26 Aug 2027 11:11:01 +0200 (CEST)")],
        [("Final-Recipient", f"rfc822; {rcpt}"),
         ("Original-Recipient", f"rfc822;{rcpt}"),
         ("Action", "failed"),
         ("Status", "5.1.1"),
         ("Remote-MTA", "dns; mx.poczta-ruhr.example"),
         ("Diagnostic-Code", f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected:\n"
                             "    User unknown")])
    headers = m.text(confirmation_headers(
        f"Dorota Kamińska <{rcpt}>", "Thu, 26 Aug 2027 11:11:01 +0200",
        "<mailbot.20270826111101.7c3e@gelsenkirchen.example>",
        "<a4c81e2f-5b3d-4e9a-8f17-0d2b6c9e3a75@poczta-ruhr.example>").replace(
            "Kamińska", "=?utf-8?q?Kami=C5=84ska?="),
        subtype="rfc822-headers", charset="us-ascii", cte="7bit",
        headers=[("Content-Description", "Undelivered Message Headers")])
    m.multi("report", [note, dsn, headers], style="postfix",
            params={"report-type": "delivery-status"})


# -- 018 ---------------------------------------------------------------------
# Syrian (Levantine) Arabic with German words ("Arbeitskreis تبع Kita und
# Schule"); Arabic-Indic digits ٢٥ and ٤ ("نحنا ٤ أشخاص" = 4).  Latin signature
# and German organisation name.  Gmail alternative, UTF-8 quoted-printable.

ALSHEIKH_TEXT = """مرحبا،

بدي سجّل حالي بالـ Bezirkskonferenz يوم السبت ٢٥ أيلول.
بدنا نروح على الـ Arbeitskreis تبع Kita und Schule، لأنو ولادنا عندهم مشاكل كتير بالمدرسة وما حدا بيشرحلنا شي.
نحنا ٤ أشخاص: أنا ومرتي وتنين من أهالي الطلاب بالجمعية.

شكراً كتير
Samer Alsheikh
Elternverein Al-Amal Gelsenkirchen"""


@mail("alsheikh-levantine-arabic-kita", "2027-08-27 14:00:26",
      E("registration", "samer.alsheikh@mail.example", "Samer Alsheikh",
        "Elternverein Al-Amal Gelsenkirchen", ["KIS"], 4, "ar"), "ar")
def _(m):
    m.head(("From", "Samer Alsheikh <samer.alsheikh@mail.example>"),
           ("To", IR),
           ("Subject", "تسجيل"),
           ("Date", m.date),
           ("Message-ID", "<CAD4nR8wT2vLq7XbZ1kPm9Yc3sHj5gUf0eOa8iRt4wBn6QxKmVs@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(ALSHEIKH_TEXT, gmail_html(ALSHEIKH_TEXT, rtl=True), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 019 ---------------------------------------------------------------------
# Polish writer in German without umlauts (ae/oe/ue); sent from the
# association mailbox with his own Reply-To, which he asks us to use.
# "Arbeitskreis 5" by number; "naechsten Integrationsrat" is not a choice.

@mail("lewandowski-shared-mailbox-reply-to", "2027-08-28 10:30:55",
      E("registration", "t.lewandowski@poczta.example", "Tomasz Lewandowski",
        "Polnischer Kulturverein Zgoda e.V.", ["TEI"], 1, "de"), "de")
def _(m):
    m.head(("From", "Polnischer Kulturverein Zgoda <info@zgoda-ge.example>"),
           ("Reply-To", "Tomasz Lewandowski <t.lewandowski@poczta.example>"),
           ("To", IR),
           ("Subject", "Anmeldung Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<7d2c9e41-0f6a-4b3d-8e25-c1a9f4b7d063@zgoda-ge.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("MIME-Version", "1.0"))
    m.single("""Guten Tag,

ich moechte mich fuer die Bezirkskonferenz am 25.09. anmelden. Ich
interessiere mich fuer den Arbeitskreis 5 (Teilhabe und Ehrenamt), weil
ich beim naechsten Mal fuer den Integrationsrat kandidieren moechte.

Ich komme allein. Bitte schicken Sie die Bestaetigung an meine private
Adresse (Reply-To), das Vereinspostfach lese ich nicht jeden Tag.

Mit freundlichen Gruessen
Tomasz Lewandowski
Polnischer Kulturverein Zgoda e.V.
""", charset="us-ascii", cte="7bit")


# -- 020 ---------------------------------------------------------------------
# Change (Polish): WOH -> ARB, paraphrased ("zamiast mieszkania ... grupę o
# pracy i uznawaniu kwalifikacji"); Thunderbird in Polish ("pisze:") quoting
# the confirmation (WOH, 1); iso-8859-2, display name RFC 2047 Q in iso-8859-2.

@mail("zajac-change-polish-thunderbird", "2027-08-30 09:15:40",
      E("change", "pawel.zajac@wp.example", "Paweł Zając", None, ["ARB"], None, "pl"), "pl")
def _(m):
    m.head(("From", addr("Paweł Zając", "pawel.zajac@wp.example", "iso-8859-2", "q")),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<b2e7f3a0-9c15-4d8e-a6b4-3f0d1e2c7a98@wp.example>"),
           ("In-Reply-To", "<mailbot.20270823101402.4f2a@gelsenkirchen.example>"),
           ("References", "<mailbot.20270823101402.4f2a@gelsenkirchen.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "pl"),
           ("MIME-Version", "1.0"))
    m.single(f"""Dzień dobry,

dziękuję za potwierdzenie. Chciałbym jednak zmienić grupę roboczą:
zamiast mieszkania wolałbym grupę o pracy i uznawaniu kwalifikacji
zawodowych. Liczba osób bez zmian.

Pozdrawiam
Paweł Zając

W dniu 23.08.2027 o 10:14, Integrationsrat Gelsenkirchen pisze:
{gt_quote(confirmation("Herr Zając", "WOH", 1))}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 021 ---------------------------------------------------------------------
# Colombian writer in English, Gmail alternative: first choice work and
# recognition of degrees, second kindergarten and school.  A vague mention of
# "the Latin American association" is not his organisation (null).

RAMIREZ_TEXT = """Hi,

I'm an electrical engineer from Colombia and I have been living in Gelsenkirchen for two years. A friend from the Latin American association forwarded me your invitation. My German is still B1, so I hope it's OK to write in English.

I would like to register for the conference on 25 September. My first choice is the workshop on work and the recognition of foreign degrees (my Colombian degree is still not recognised...), and my second choice would be the one on kindergarten and school, because of my daughter.

Just me, one person.

Thanks a lot,
Diego Ramírez Salazar"""


@mail("ramirez-english-first-second", "2027-08-30 17:44:19",
      E("registration", "diego.ramirez.s@mail.example", "Diego Ramírez Salazar", None,
        ["ARB", "KIS"], 1, "en"), "en")
def _(m):
    m.head(("From", "Diego Ramírez <diego.ramirez.s@mail.example>"),
           ("To", IR),
           ("Subject", "Registration for 25 September"),
           ("Date", m.date),
           ("Message-ID", "<CAK1wR6vT8nLq3XbZ5kPm2Yc9sHj7gUf4eOa0iRt6wBn8QxKnQd@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(RAMIREZ_TEXT, gmail_html(RAMIREZ_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 022 ---------------------------------------------------------------------
# Question in Amharic: will there be an Amharic interpreter?  "ካለ ...
# እንመዘገባለን" = if there is one, we will register -> question.

@mail("haile-amharic-question-interpreter", "2027-08-31 12:20:03",
      E("question", "selam.haile@mail.example", "ሰላማዊት ኃይሌ", None, [], None, "am"), "am")
def _(m):
    m.head(("From", "Selamawit Haile <selam.haile@mail.example>"),
           ("To", IR),
           ("Subject", "ጥያቄ - Konferenz 25.09."),
           ("Date", m.date),
           ("Message-ID", "<CAE7mT1vR4nWq9XbZ2kLp6Yc8sHj3gUf5eOa1iRt7wBn9QxKcHu@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም ጤና ይስጥልኝ፣

በሴፕቴምበር 25 ስለሚካሄደው ኮንፈረንስ ጥያቄ አለኝ። በኮንፈረንሱ ላይ የአማርኛ አስተርጓሚ ይኖራል? ጀርመንኛዬ ገና ጥሩ አይደለም።
አስተርጓሚ ካለ ከጓደኛዬ ጋር እንመዘገባለን።

እናመሰግናለን
ሰላማዊት ኃይሌ
""", charset="utf-8", cte="base64")


# -- 023 ---------------------------------------------------------------------
# Newsletter of the Kommunales Integrationszentrum (other): it names the
# conference, all five Arbeitskreise and "anmelden", with List-* headers.

NEWSLETTER_TEXT = """KI-Newsletter Gelsenkirchen – September 2027

Liebe Leserinnen und Leser,

in dieser Ausgabe:
1. Bezirkskonferenz des Integrationsrats am 25. September
2. Neue Sprechzeiten der Sprachmittler-Pools
3. Interkulturelle Woche 2027: Programm online

1. Bezirkskonferenz des Integrationsrats am 25. September
Im Hans-Sachs-Haus geht es in fünf Arbeitskreisen um Arbeit und Anerkennung, Wohnen, Kita und Schule, Gesundheit und Pflege sowie politische Teilhabe. Anmelden können Sie sich bis zum 17. September per E-Mail an bezirkskonferenz@gelsenkirchen.example.

2. Neue Sprechzeiten der Sprachmittler-Pools
Ab Oktober vermitteln wir Dolmetscherinnen und Dolmetscher für Arabisch, Bulgarisch, Rumänisch und Tigrinya montags bis donnerstags von 9 bis 13 Uhr.

3. Interkulturelle Woche 2027
Das ganze Programm finden Sie unter https://ki-gelsenkirchen.example/iwk2027

Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.
Abmelden: https://ki-gelsenkirchen.example/newsletter/abmelden?id=5523
Kommunales Integrationszentrum Gelsenkirchen"""

NEWSLETTER_HTML = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>KI-Newsletter September 2027</title></head>
<body style="margin:0;background:#eeeeee;">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="background:#0b6e4f;color:#fff;"><h1 style="margin:0;font-size:21px;">KI-Newsletter Gelsenkirchen</h1><p style="margin:4px 0 0;">September 2027</p></td></tr>
<tr><td>
<p>Liebe Leserinnen und Leser,</p>
<p>in dieser Ausgabe:</p>
<ol><li>Bezirkskonferenz des Integrationsrats am 25. September</li><li>Neue Sprechzeiten der Sprachmittler-Pools</li><li>Interkulturelle Woche 2027: Programm online</li></ol>
<h2 style="font-size:17px;color:#0b6e4f;">Bezirkskonferenz des Integrationsrats am 25. September</h2>
<p>Im Hans-Sachs-Haus geht es in fünf Arbeitskreisen um Arbeit und Anerkennung, Wohnen, Kita und Schule, Gesundheit und Pflege sowie politische Teilhabe. Anmelden können Sie sich bis zum 17. September per E-Mail an <a href="mailto:bezirkskonferenz@gelsenkirchen.example">bezirkskonferenz@gelsenkirchen.example</a>.</p>
<h2 style="font-size:17px;color:#0b6e4f;">Neue Sprechzeiten der Sprachmittler-Pools</h2>
<p>Ab Oktober vermitteln wir Dolmetscherinnen und Dolmetscher für Arabisch, Bulgarisch, Rumänisch und Tigrinya montags bis donnerstags von 9 bis 13 Uhr.</p>
<h2 style="font-size:17px;color:#0b6e4f;">Interkulturelle Woche 2027</h2>
<p><a href="https://ki-gelsenkirchen.example/iwk2027">Zum Programm</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.<br>
<a href="https://ki-gelsenkirchen.example/newsletter/abmelden?id=5523">Abmelden</a> · Kommunales Integrationszentrum Gelsenkirchen</td></tr>
</table>
</td></tr></table>
</body></html>
"""


@mail("ki-newsletter-september", "2027-09-01 10:00:02",
      E("other"), "de")
def _(m):
    m.head(("From", "KI Gelsenkirchen <newsletter@ki-gelsenkirchen.example>"),
           ("To", IR),
           ("Subject", "KI-Newsletter September 2027: Bezirkskonferenz, Sprachmittlung, Interkulturelle Woche"),
           ("Date", m.date),
           ("Message-ID", "<nl-2027-09.5523.7a1e0c@ki-gelsenkirchen.example>"),
           ("List-Id", "KI-Newsletter <newsletter.ki-gelsenkirchen.example>"),
           ("List-Unsubscribe", "<mailto:abmelden@ki-gelsenkirchen.example?subject=5523>, <https://ki-gelsenkirchen.example/newsletter/abmelden?id=5523>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk"),
           ("MIME-Version", "1.0"))
    m.alternative(NEWSLETTER_TEXT, NEWSLETTER_HTML, charset="utf-8", cte="quoted-printable")


# -- 024 ---------------------------------------------------------------------
# Amharic registration (Ethiopian women's association): "የጤና፣ የእንክብካቤ
# እና የአስተርጓሚ ... የሥራ ቡድን" = working group on health, care and
# interpreting (ሥራ = work, but only as in "working group"); "ሦስት ሆነን" = 3.

@mail("alemu-amharic-health", "2027-09-01 19:05:44",
      E("registration", "tigist.alemu@mail.example", "ትዕግስት አለሙ",
        "Äthiopischer Frauenverein Ruhr e.V.", ["GES"], 3, "am"), "am")
def _(m):
    m.head(("From", "Tigist Alemu <tigist.alemu@mail.example>"),
           ("To", IR),
           ("Subject", "ምዝገባ ለኮንፈረንስ"),
           ("Date", m.date),
           ("Message-ID", "<CAB3nQ8vT5mWr1XbZ7kLp4Yc2sHj9gUf6eOa3iRt5wBn1QxKtAl@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""ሰላም፣

በሴፕቴምበር 25 በሚካሄደው የውህደት ምክር ቤት (Integrationsrat) ኮንፈረንስ ላይ ለመሳተፍ መመዝገብ እንፈልጋለን።
የጤና፣ የእንክብካቤ እና የአስተርጓሚ ጉዳይ በሚመለከተው የሥራ ቡድን ውስጥ መሳተፍ እንፈልጋለን።
ሦስት ሆነን እንመጣለን።

ከሰላምታ ጋር
ትዕግስት አለሙ
Äthiopischer Frauenverein Ruhr e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 025 ---------------------------------------------------------------------
# Change of party size only (2 -> 3), German from a Romanian writer; Outlook
# plain text with "-----Ursprüngliche Nachricht-----" quoting the confirmation
# (KIS, 2).  "Der Arbeitskreis bleibt gleich" -> workgroups [].

@mail("popa-change-party-size-outlook", "2027-09-02 08:10:13",
      E("change", "cristina.popa@vrf-ruhr.example", "Cristina Popa",
        "Verein Rumänischer Familien Ruhr e.V.", [], 3, "de"), "de")
def _(m):
    m.head(("From", "Cristina Popa <cristina.popa@vrf-ruhr.example>"),
           ("To", TO_IR),
           ("Subject", "AW: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<000c01dbfb2e$7a1b3c40$6e51b4c0$@vrf-ruhr.example>"),
           ("In-Reply-To", "<mailbot.20270826160211.9b1d@gelsenkirchen.example>"),
           ("References", "<mailbot.20270826160211.9b1d@gelsenkirchen.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "de"),
           ("MIME-Version", "1.0"))
    m.single(f"""Hallo,

kurze Änderung zu unserer Anmeldung: Wir kommen jetzt zu dritt, meine Kollegin Elena Munteanu kommt auch mit. Der Arbeitskreis bleibt gleich.

Viele Grüße
Cristina Popa
Verein Rumänischer Familien Ruhr e.V.

-----Ursprüngliche Nachricht-----
Von: Integrationsrat Gelsenkirchen <{IR}> 
Gesendet: Donnerstag, 26. August 2027 16:02
An: Cristina Popa <cristina.popa@vrf-ruhr.example>
Betreff: {CONFIRMATION_SUBJECT}

{confirmation("Frau Popa", "KIS", 2)}
""", charset="windows-1252", cte="quoted-printable")


# -- 026 ---------------------------------------------------------------------
# Bulgarian school mediator (German), Gmail forward of the invitation that a
# colleague had forwarded to her ("Fwd:" over "WG:"): the invitation with all
# five AKs is quoted twice below; her choice "den dritten Arbeitskreis" is an
# ordinal.  "dolmetschen" is an offer, not a GES choice; the schools are
# where she works, not her organisation (null).

KOSTOVA_TEXT = f"""Guten Abend,

meine Kollegin hat mir Ihre Einladung weitergeleitet (siehe unten). Ich möchte mich gern anmelden, und zwar für den dritten Arbeitskreis. Ich arbeite als Schulmediatorin an zwei Grundschulen in Bismarck und begleite viele bulgarische Familien, deren Kinder neu in Deutschland sind.

Ich komme allein. Bei Bedarf kann ich am Tag auch für Bulgarisch und Türkisch dolmetschen.

Viele Grüße
Nadezhda Kostova

---------- Forwarded message ---------
Von: Petra Hülsmann <p.huelsmann@grundschule-bismarck.example>
Date: Do., 2. Sept. 2027 um 14:10 Uhr
Subject: WG: {INVITATION_SUBJECT}
To: Nadezhda Kostova <nadezhda.kostova@mail.example>


Hallo Nadja, das wäre doch was für dich! LG Petra

-----Ursprüngliche Nachricht-----
Von: Integrationsrat Gelsenkirchen <{IR}>
Gesendet: Montag, 16. August 2027 10:05
An: Grundschule Bismarck <sekretariat@grundschule-bismarck.example>
Betreff: {INVITATION_SUBJECT}

{INVITATION}"""


@mail("kostova-forward-ordinal", "2027-09-02 21:37:30",
      E("registration", "nadezhda.kostova@mail.example", "Nadezhda Kostova", None,
        ["KIS"], 1, "de"), "de")
def _(m):
    m.head(("From", "Nadezhda Kostova <nadezhda.kostova@mail.example>"),
           ("To", IR),
           ("Subject", "Fwd: WG: " + INVITATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAF6qT4vR1mWn8XbZ3kLp9Yc7sHj2gUf0eOa5iRt1wBn4QxKfNk@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(KOSTOVA_TEXT, gmail_html(KOSTOVA_TEXT), charset="utf-8",
                  cte="quoted-printable", style="gmail")


# -- 027 ---------------------------------------------------------------------
# Romanian doctor in English from his hospital account, with the hospital's
# disclaimer.  First choice work/recognition, fallback health and care.  The
# employer (hospital) is not the organisation; the network he comes for is.

@mail("ionescu-english-hospital-disclaimer", "2027-09-03 13:50:05",
      E("registration", "andrei.ionescu@klinikum-ge.example", "Andrei Ionescu",
        "Romanian Doctors' Network Ruhr", ["ARB", "GES"], 1, "en"), "en")
def _(m):
    m.head(("From", '"Ionescu, Andrei Dr." <andrei.ionescu@klinikum-ge.example>'),
           ("To", IR),
           ("Subject", "Registration - district conference 25/09"),
           ("Date", m.date),
           ("Message-ID", "<2b8f6d14a9c34e07b5e1@EXCH02.klinikum-ge.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "en-US"),
           ("MIME-Version", "1.0"))
    m.single("""Dear organisers,

I am a doctor from Cluj and have been working as an assistant physician at a hospital in Gelsenkirchen since last year. I would like to register for the conference on 25 September. I am coming as a member of the Romanian Doctors' Network Ruhr.

I would prefer the working group on work and recognition of qualifications - my own Approbation took almost two years and I would like to share this experience. If that group is full, please put me in the health and care group.

I will come alone.

Best regards,
Dr. Andrei Ionescu

--
Dr. med. Andrei Ionescu
Assistenzarzt, Klinik für Innere Medizin

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Empfänger bestimmt. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
""", charset="iso-8859-1", cte="quoted-printable")


# -- 028 ---------------------------------------------------------------------
# Change (Arabic, Gmail in Arabic, RTL alternative, UTF-8 base64): KIS -> GES,
# paraphrased ("من مجموعة الحضانة والمدرسة إلى مجموعة الصحة والرعاية
# والترجمة"); the quoted confirmation names KIS.  Arabic signature.

DARWISH_TEXT = """مرحباً،

شكراً على التأكيد. أرجو تغيير مجموعة العمل الخاصة بي من مجموعة الحضانة والمدرسة إلى مجموعة الصحة والرعاية والترجمة، لأنني بدأت العمل كمترجمة في المستشفى.
عدد الأشخاص يبقى كما هو.

مع التحية
لينا درويش"""

DARWISH_ATTR = f"في الخميس، ٢ سبتمبر ٢٠٢٧ في ٩:٤٠ ص، كتب Integrationsrat Gelsenkirchen <{IR}>:"


@mail("darwish-change-arabic-gmail", "2027-09-05 16:00:38",
      E("change", "lina.darwish@mail.example", "لينا درويش", None, ["GES"], None, "ar"), "ar")
def _(m):
    quoted = confirmation("Frau Darwish", "KIS", 1)
    plain = f"{DARWISH_TEXT}\n\n{DARWISH_ATTR}\n\n{gt_quote(quoted)}\n"
    m.head(("From", "Lina Darwish <lina.darwish@mail.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAG2vR7nT4mWq1XbZ8kLp3Yc6sHj0gUf9eOa2iRt3wBn7QxKdRw@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270902094011.2e8c@gelsenkirchen.example>"),
           ("References", "<mailbot.20270902094011.2e8c@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(plain, gmail_html(DARWISH_TEXT, rtl=True, quote=(DARWISH_ATTR, quoted)),
                  charset="utf-8", cte="base64", style="gmail")


# -- 029 ---------------------------------------------------------------------
# Syrian student in English: registration without a workgroup choice ("I
# haven't decided yet ... all five sound interesting") plus a question.  The
# university is not his organisation; the student initiative is.

@mail("khalil-english-no-choice", "2027-09-06 11:25:12",
      E("registration", "omar.khalil@mail.example", "Omar Khalil",
        "Syrian Students' Initiative Ruhr", [], 1, "en"), "en")
def _(m):
    m.head(("From", "Omar Khalil <omar.khalil@mail.example>"),
           ("To", IR),
           ("Subject", "Registration"),
           ("Date", m.date),
           ("Message-ID", "<AM0PR08MB5129D3E4F1A2B6C7@AM0PR08MB5129.eurprd08.prod.outlook.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hello,

I'm Omar Khalil, a master's student at the Westfälische Hochschule and active in the Syrian Students' Initiative Ruhr. I'd like to register for the district conference on 25 September.

I haven't decided yet which working group I want to join - all five sound interesting to me. Can I choose on the day itself?

I will come alone.

Best,
Omar
""", charset="utf-8", cte="quoted-printable")


# -- 030 ---------------------------------------------------------------------
# Somali writer in learner German, change of mind inside the mail ("Wohnen
# ... Nein, doch lieber Kita und Schule"); "meine drei Kinder" do not come
# ("ohne Kinder" -> 1).  Full name from the self-introduction.

@mail("jama-learner-german-change-of-mind", "2027-09-07 07:40:09",
      E("registration", "ayaan.jama@mail.example", "Ayaan Mohamud Jama", None,
        ["KIS"], 1, "de"), "de")
def _(m):
    m.head(("From", "Ayaan <ayaan.jama@mail.example>"),
           ("To", IR),
           ("Subject", "anmeldung konferenz"),
           ("Date", m.date),
           ("Message-ID", "<CAH5wT9vR2mLn6XbZ4kPq8Yc1sHj3gUf7eOa9iRt0wBn3QxKaYj@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    m.single("""Hallo,

ich heisse Ayaan Mohamud Jama, ich wohne in Gelsenkirchen-Neustadt seit 5 Jahre. Ich will anmelden für die Konferenz am 25 September.

Ich möchte in Arbeitskreis Wohnen, wir suchen seit lange eine grosse Wohnung. Nein, doch lieber Kita und Schule, meine drei Kinder gehen in Schule und Kita und das ist wichtiger für mich.

Ich komme alleine, ohne Kinder.

Danke
Ayaan

Von meinem Android-Smartphone gesendet
""", charset="utf-8", cte="8bit")


# -- 031 ---------------------------------------------------------------------
# Question in Polish (morning only? private persons allowed?); "Jeśli tak,
# to chętnie się zapiszę" = would register later -> question.

@mail("szymanska-polish-question", "2027-09-07 20:15:55",
      E("question", "beata.szymanska@wp.example", "Beata Szymańska", None, [], None, "pl"), "pl")
def _(m):
    m.head(("From", "Beata Szymańska <beata.szymanska@wp.example>"),
           ("To", IR),
           ("Subject", "Pytanie o konferencję"),
           ("Date", m.date),
           ("Message-ID", "<20270907201555.61f3c2a8@poczta.wp.example>"),
           ("X-Mailer", "WP Poczta"),
           ("MIME-Version", "1.0"))
    m.single("""Dzień dobry,

mam dwa pytania dotyczące konferencji 25 września:
1. Czy można przyjść tylko na część przedpołudniową? Po południu pracuję.
2. Czy konferencja jest tylko dla członków stowarzyszeń, czy mogą przyjść też osoby prywatne?

Jeśli tak, to chętnie się zapiszę.

Pozdrawiam serdecznie
Beata Szymańska
""", charset="utf-8", cte="base64")


# -- 032 ---------------------------------------------------------------------
# Eritrean writer in German with a Tigrinya greeting/thanks ("Selam",
# "Yekenyeley"); "Arbeitskreis 2" by number; "5 Personen"; a PDF list of the
# participants is attached.  "keine Sprachmittlung" is not a GES choice.  The
# self-introduction has the inflected association name, the signature the
# base form.

HABTE_TEXT = """Selam,

ich bin Senait Habte vom Eritreischen Kulturverein Gelsenkirchen-Horst. Wir möchten uns für die Bezirkskonferenz am 25. September anmelden, wir sind 5 Personen aus unserem Verein. Die Namen stehen in der Liste im Anhang.

Wir möchten alle in den Arbeitskreis 2, weil die Wohnungssuche für unsere Familien das größte Problem ist.

Zwei von uns sprechen gut Deutsch und übersetzen für die anderen, wir brauchen also keine Sprachmittlung.

Yekenyeley / Vielen Dank
Senait Habte
Eritreischer Kulturverein Gelsenkirchen-Horst e.V."""


@mail("habte-german-five-pdf-list", "2027-09-08 15:30:27",
      E("registration", "senait.habte@mail.example", "Senait Habte",
        "Eritreischer Kulturverein Gelsenkirchen-Horst e.V.", ["WOH"], 5, "de"), "de")
def _(m):
    m.head(("From", "Senait Habte <senait.habte@mail.example>"),
           ("To", IR),
           ("Subject", "Anmeldung Eritreischer Kulturverein"),
           ("Date", m.date),
           ("Message-ID", "<CAJ8nT2vR6mWq4XbZ1kLp7Yc5sHj8gUf3eOa6iRt2wBn0QxKhSb@mail.gmail.example>"),
           ("MIME-Version", "1.0"))
    alt = m.alternative(HABTE_TEXT, gmail_html(HABTE_TEXT), charset="utf-8",
                        cte="quoted-printable", style="gmail", top=False)
    pdf = m.binary(make_pdf(["Teilnehmende Bezirkskonferenz 25.09.2027",
                             "Eritreischer Kulturverein Gelsenkirchen-Horst e.V.",
                             "1. Senait Habte",
                             "2. Mehari Tesfamariam",
                             "3. Luwam Kidane",
                             "4. Yohannes Berhe",
                             "5. Saba Ghebreyesus"]),
                   "application", "pdf", "Teilnehmerliste_Kulturverein.pdf")
    m.multi("mixed", [alt, pdf], style="gmail")


# -- 033 ---------------------------------------------------------------------
# Change (Spanish, iPhone, bottom quote "El ... escribió:"): TEI -> WOH,
# "si ya no hay sitio ... me quedo donde estoy (participación y
# voluntariado)" -> ["WOH", "TEI"].  Name from the display name (signature
# is the first name only).

@mail("ruiz-change-spanish-iphone-fallback", "2027-09-09 10:45:50",
      E("change", "a.ruizmedina@mail.example", "Alejandro Ruiz Medina", None,
        ["WOH", "TEI"], None, "es"), "es")
def _(m):
    m.head(("From", "Alejandro Ruiz Medina <a.ruizmedina@mail.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<4F7A2C91-8D3E-4B60-A1F5-9C2E7D0B3A64@mail.example>"),
           ("In-Reply-To", "<mailbot.20270830182107.5d4b@gelsenkirchen.example>"),
           ("References", "<mailbot.20270830182107.5d4b@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22G84)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Hola de nuevo:

Al final preferiría cambiarme al grupo de vivienda, porque estamos buscando piso y el tema me interesa mucho. Si ya no hay sitio en ese grupo, me quedo donde estoy (participación y voluntariado).

Gracias y saludos,
Alejandro

Enviado desde mi iPhone

> El 30 ago 2027, a las 18:21, Integrationsrat Gelsenkirchen <{IR}> escribió:
>
{gt_quote(confirmation("Herr Ruiz Medina", "TEI", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 034 ---------------------------------------------------------------------
# Exim bounce from the remote provider (mailbox full), multipart/report with
# the returned confirmation as message/rfc822.

@mail("exim-bounce-mailbox-full", "2027-09-10 09:00:14",
      E("bounce", bounced="hristina.vasileva@abv.example"), "en")
def _(m):
    rcpt = "hristina.vasileva@abv.example"
    m.head(("From", "Mail Delivery System <Mailer-Daemon@mx.abv.example>"),
           ("To", IR),
           ("Subject", "Mail delivery failed: returning message to sender"),
           ("Date", m.date),
           ("Message-ID", "<E1qTz4K-0003Xy-7N@mx.abv.example>"),
           ("Auto-Submitted", "auto-replied"),
           ("X-Failed-Recipients", rcpt),
           ("MIME-Version", "1.0"),
           envelope="", relay="mx.abv.example")
    note = m.text(f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded
    552 5.2.2 Mailbox quota exceeded
""", charset="us-ascii", cte="7bit")
    dsn = dsn_part(
        [("Reporting-MTA", "dns; mx.abv.example")],
        [("Action", "failed"),
         ("Final-Recipient", f"rfc822;{rcpt}"),
         ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox quota exceeded")])
    original = confirmation_message(
        f"Hristina Vasileva <{rcpt}>", "Frau Vasileva", "GES", 2,
        "Wed, 08 Sep 2027 17:22:40 +0200", "<mailbot.20270908172240.1a6f@gelsenkirchen.example>",
        "<1789051356.77104.abvmail@nm14.abv.example>")
    m.multi("report", [note, dsn, rfc822_part(original, "Returned message")], style="exim",
            params={"report-type": "delivery-status"})


# -- 035 ---------------------------------------------------------------------
# Polish carrying the sentences with German terms ("Arbeitskreis Gesundheit
# und Pflege (AK GES)", "Pflegekraft", "ambulanter Pflege"); the id written
# by the writer; "we czwórkę" = 4.  Organisation named in German.

@mail("grabowska-polish-german-terms", "2027-09-11 14:12:37",
      E("registration", "marta.grabowska@onet.example", "Marta Grabowska",
        "Polnischer Pflegekräfte-Treff Ruhr", ["GES"], 4, "pl"), "pl")
def _(m):
    text = """Dzień dobry,

zgłaszam nas na Bezirkskonferenz 25.09. Interesuje nas Arbeitskreis Gesundheit und Pflege (AK GES), bo wszystkie pracujemy jako Pflegekraft w ambulanter Pflege i widzimy, jak trudno jest pacjentom bez znajomości języka.

Przyjdziemy we czwórkę.

Pozdrawiam
Marta Grabowska
Polnischer Pflegekräfte-Treff Ruhr"""
    m.head(("From", "Marta Grabowska <marta.grabowska@onet.example>"),
           ("To", IR),
           ("Subject", "Zgłoszenie - Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<a7c3e9f1-2b4d-4f60-8e1a-5d9b0c3f7e24@onet.example>"),
           ("MIME-Version", "1.0"))
    m.alternative(text, div_html(text, "font-family: Arial; font-size: 10pt;"),
                  charset="iso-8859-2", cte="quoted-printable")


# -- 036 ---------------------------------------------------------------------
# Spanish registration with a question (childcare); "el grupo 5, el de
# participación política y voluntariado"; iso-8859-1 8bit, Thunderbird.
# Red Cross volunteering is not the organisation; "4 años" is not a size.

@mail("delgado-spanish-registration-question", "2027-09-13 18:30:02",
      E("registration", "carmen.delgado@mail.example", "Carmen Delgado Ríos",
        "Casa de España Gelsenkirchen e.V.", ["TEI"], 1, "es"), "es")
def _(m):
    m.head(("From", "Carmen Delgado Ríos <carmen.delgado@mail.example>"),
           ("To", IR),
           ("Subject", ew("Inscripción y pregunta", "iso-8859-1", "q")),
           ("Date", m.date),
           ("Message-ID", "<9e4b2d71-6a3f-4c58-b0e2-1f7d8c5a9b36@mail.example>"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", "es-ES"),
           ("MIME-Version", "1.0"))
    m.single("""Buenas tardes:

Quiero inscribirme en la conferencia del 25 de septiembre. Me gustaría
participar en el grupo 5, el de participación política y voluntariado,
porque llevo años como voluntaria en la Cruz Roja y en la Casa de España.

Una pregunta: ¿hay servicio de guardería? Tengo una niña de 4 años. Si no
lo hay, vendría igual, pero necesito saberlo antes.

Un saludo cordial,
Carmen Delgado Ríos
Casa de España Gelsenkirchen e.V.
""", charset="iso-8859-1", cte="8bit")


# -- 037 ---------------------------------------------------------------------
# Cancellation in Tigrinya; Gmail with an English interface quoting the
# confirmation (ARB, 1).  Ge'ez signature.

@mail("weldemariam-cancel-tigrinya", "2027-09-14 10:05:44",
      E("cancellation", "kidane.wm@mail.example", "ኪዳነ ወልደማርያም", None, [], None, "ti"), "ti")
def _(m):
    m.head(("From", "Kidane Weldemariam <kidane.wm@mail.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<CAL3mT6vR9nWq2XbZ5kLp1Yc4sHj7gUf8eOa0iRt9wBn6QxKpEe@mail.gmail.example>"),
           ("In-Reply-To", "<mailbot.20270824151233.8e2f@gelsenkirchen.example>"),
           ("References", "<mailbot.20270824151233.8e2f@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    m.single(f"""ሰላም፣

ብሰንኪ ዘይተጸበናዮ ናይ ስራሕ ምኽንያት ኣብቲ ናይ 25 መስከረም ኣኼባ ክመጽእ ኣይክእልን እየ። በጃኹም ምዝገባይ ሰርዙለይ።
ይቕሬታ።

ኪዳነ ወልደማርያም

On Tue, Aug 24, 2027 at 3:12 PM Integrationsrat Gelsenkirchen <{IR}> wrote:

{gt_quote(confirmation("Herr Weldemariam", "ARB", 1))}
""", charset="utf-8", cte="quoted-printable")


# -- 038 ---------------------------------------------------------------------
# Question in Arabic (Outlook, windows-1256 quoted-printable): open to
# individuals? Arabic interpretation?  "إذا كان الجواب نعم، سأسجّل" -> question.

@mail("sabbagh-arabic-question-cp1256", "2027-09-15 12:33:18",
      E("question", "hiba.sabbagh@mail.example", "هبة الصباغ", None, [], None, "ar"), "ar")
def _(m):
    m.head(("From", addr("هبة الصباغ", "hiba.sabbagh@mail.example", "windows-1256", "b")),
           ("To", IR),
           ("Subject", ew("سؤال عن المؤتمر", "windows-1256", "b")),
           ("Date", m.date),
           ("Message-ID", "<000701dc0a3b$5e2f1d80$1a8d5880$@mail.example>"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("Content-Language", "ar-sy"),
           ("MIME-Version", "1.0"))
    m.single("""مساء الخير،

سمعت من صديقتي عن مؤتمر مجلس الاندماج يوم 25 أيلول. عندي سؤالان قبل التسجيل:
- هل المؤتمر مفتوح للأفراد، أم يجب أن أكون عضوة في جمعية؟
- هل ستكون هناك ترجمة إلى العربية في مجموعات العمل؟

إذا كان الجواب نعم، سأسجّل أنا وأختي.

مع الشكر
هبة الصباغ
""", charset="windows-1256", cte="quoted-printable")


# -- 039 ---------------------------------------------------------------------
# Change (Bulgarian), Outlook HTML only with Bulgarian header labels (От: /
# Изпратено: / До: / Относно:) over the quoted confirmation (ARB, 1):
# "петата работна група" (ordinal) -> TEI, and 1 -> 2 persons.

IVANOVA_TEXT = """Здравейте,

моля, преместете ме в петата работна група (политическо участие и доброволчество). Освен това с мен ще дойде и колежката ми Деница, т.е. ще бъдем двама души.

Благодаря!
Росица Иванова"""


@mail("ivanova-change-bulgarian-outlook-html", "2027-09-15 16:48:25",
      E("change", "rositsa.ivanova@abv.example", "Росица Иванова", None,
        ["TEI"], 2, "bg"), "bg")
def _(m):
    m.head(("From", "Rositsa Ivanova <rositsa.ivanova@abv.example>"),
           ("To", TO_IR),
           ("Subject", "RE: " + CONFIRMATION_SUBJECT),
           ("Thread-Topic", CONFIRMATION_SUBJECT),
           ("Thread-Index", "AQHb9x2kLm3Pq8RfT0u5Vw1YzAbCdE=="),
           ("Date", m.date),
           ("Message-ID", "<PR3PR07MB6812A9B0C1D2E3F4@PR3PR07MB6812.eurprd07.prod.outlook.example>"),
           ("In-Reply-To", "<mailbot.20270827113208.3c7a@gelsenkirchen.example>"),
           ("References", "<mailbot.20270827113208.3c7a@gelsenkirchen.example>"),
           ("Content-Language", "bg-BG"),
           ("X-MS-Has-Attach", ""),
           ("MIME-Version", "1.0"))
    quote = (f"Integrationsrat Gelsenkirchen <{IR}>",
             "петък, 27 август 2027 г. 11:32",
             "Rositsa Ivanova <rositsa.ivanova@abv.example>",
             CONFIRMATION_SUBJECT, confirmation("Frau Ivanova", "ARB", 1))
    m.single(outlook_html(IVANOVA_TEXT, quote, charset="utf-8", lang="BG", labels="bg"),
             subtype="html", charset="utf-8", cte="quoted-printable")


# -- 040 ---------------------------------------------------------------------
# Vacation reply to a confirmation, Arabic and German, from an association
# office; no Auto-Submitted header, only X-Autoreply and "Abwesend" (auto_reply).

@mail("familienzentrum-sham-vacation", "2027-09-16 09:20:07",
      E("auto_reply"), "ar")
def _(m):
    m.head(("From", "Familienzentrum Sham <buero@familienzentrum-sham.example>"),
           ("To", IR),
           ("Subject", "Abwesend / غياب: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<vacation.1789543207.20571@familienzentrum-sham.example>"),
           ("In-Reply-To", "<mailbot.20270916092004.6f0b@gelsenkirchen.example>"),
           ("References", "<mailbot.20270916092004.6f0b@gelsenkirchen.example>"),
           ("X-Autoreply", "yes"),
           ("MIME-Version", "1.0"))
    m.single("""مرحباً،
شكراً لرسالتكم. المكتب مغلق حتى 27 أيلول بسبب الإجازة. سنرد على رسالتكم بعد عودتنا.

Guten Tag,
vielen Dank für Ihre Nachricht. Unser Büro ist bis zum 27. September urlaubsbedingt geschlossen. Wir antworten Ihnen nach unserer Rückkehr.

Familienzentrum Sham e.V.
""", charset="utf-8", cte="base64")


# -- 041 ---------------------------------------------------------------------
# Cancellation in Somali; Outlook for iOS with English header block below
# "Get Outlook for iOS" quoting the confirmation (WOH, 4).  Somali-spelled
# signature beats the Latin display name.

@mail("cali-cancel-somali-outlook-ios", "2027-09-18 19:02:33",
      E("cancellation", "abdirizak.hassan@mail.example", "Cabdirisaaq Xasan Cali", None,
        [], None, "so"), "so")
def _(m):
    m.head(("From", "Abdirizak Hassan <abdirizak.hassan@mail.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<DU2PR10MB7683F4E5A6B7C8D9@DU2PR10MB7683.EURPRD10.PROD.OUTLOOK.example>"),
           ("In-Reply-To", "<mailbot.20270906141405.0d9e@gelsenkirchen.example>"),
           ("References", "<mailbot.20270906141405.0d9e@gelsenkirchen.example>"),
           ("MIME-Version", "1.0"))
    text = f"""Salaan,

Waan ka xumahay, laakiin aniga iyo qoyskayga ma iman karno shirka 25-ka September, sababtoo ah hooyaday ayaa bukaysa, waana inaan u safro. Fadlan tirtir diiwaangelintayada.

Mahadsanid
Cabdirisaaq Xasan Cali

Get Outlook for iOS
________________________________
From: Integrationsrat Gelsenkirchen <{IR}>
Sent: Monday, September 6, 2027 2:14:05 PM
To: Abdirizak Hassan <abdirizak.hassan@mail.example>
Subject: {CONFIRMATION_SUBJECT}

{confirmation("Herr Hassan", "WOH", 4)}"""
    m.alternative(text, div_html(text, "font-family: Aptos, sans-serif; font-size: 12pt;"),
                  charset="utf-8", cte="quoted-printable", style="outlook")


# -- 042 ---------------------------------------------------------------------
# Late registration (after the 17 September deadline), German from a
# Bulgarian writer: "vielleicht haben Sie noch zwei Plätze frei? ... mein
# Kollege und ich ... Arbeitskreis Arbeit und Ausbildung" -> registration, 2.

@mail("angelov-late-registration", "2027-09-20 10:14:50",
      E("registration", "g.angelov@sedyanka-ge.example", "Georgi Angelov",
        "Bulgarisch-Deutscher Verein „Sedyanka“ e.V.", ["ARB"], 2, "de"), "de")
def _(m):
    m.head(("From", "Georgi Angelov <g.angelov@sedyanka-ge.example>"),
           ("To", IR),
           ("Subject", "Nachmeldung Bezirkskonferenz"),
           ("Date", m.date),
           ("Message-ID", "<20270920101450.3a7d9f@webmail.sedyanka-ge.example>"),
           ("X-Mailer", "Roundcube Webmail/1.6.9"),
           ("MIME-Version", "1.0"))
    m.single("""Sehr geehrte Damen und Herren,

ich weiß, dass die Anmeldefrist am 17. September abgelaufen ist, aber vielleicht haben Sie noch zwei Plätze frei? Mein Kollege Emil Stoyanov und ich würden gern am Arbeitskreis Arbeit und Ausbildung teilnehmen. Wir sind beide im Vorstand des Bulgarisch-Deutschen Vereins „Sedyanka“ und beraten viele Landsleute, die auf dem Bau oder in der Fleischindustrie arbeiten.

Wenn es nicht mehr geht, haben wir natürlich Verständnis.

Mit freundlichen Grüßen
Georgi Angelov
Bulgarisch-Deutscher Verein „Sedyanka“ e.V.
""", charset="utf-8", cte="quoted-printable")


# -- 043 ---------------------------------------------------------------------
# Cancellation in Romanian with cedilla letters (ş, ţ) in iso-8859-2; Yahoo
# style quote without '>' under an English attribution (ARB, 3).

@mail("moldovan-cancel-romanian-yahoo", "2027-09-21 08:03:11",
      E("cancellation", "vasile.moldovan@yahoo.example", "Vasile Moldovan", None,
        [], None, "ro"), "ro")
def _(m):
    m.head(("From", "Vasile Moldovan <vasile.moldovan@yahoo.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + CONFIRMATION_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<1892047733.3305186.1789970591442@mail.yahoo.example>"),
           ("In-Reply-To", "<mailbot.20270901174013.6a2c@gelsenkirchen.example>"),
           ("References", "<mailbot.20270901174013.6a2c@gelsenkirchen.example>"),
           ("X-Mailer", "WebService/1.1.22501 YMailNorrin"),
           ("MIME-Version", "1.0"))
    m.single(f"""Bună ziua,

Din păcate nu mai putem veni la conferinţă sâmbătă. Suntem trei persoane înscrise şi niciunul dintre noi nu mai poate, pentru că avem o înmormântare în familie în România. Vă rog să anulaţi înscrierea noastră.

Cu respect,
Vasile Moldovan



On Wednesday, September 1, 2027 at 05:40:13 PM GMT+2, Integrationsrat Gelsenkirchen <{IR}> wrote:


{confirmation("Herr Moldovan", "ARB", 3)}
""", charset="iso-8859-2", cte="quoted-printable")


# -- 044 ---------------------------------------------------------------------
# Cancellation (German, Bulgarian writer) from an iPhone replying to the
# 7-day reminder (KIS, 1), bottom-quoted.

@mail("petkova-cancel-reply-to-reminder", "2027-09-23 07:12:40",
      E("cancellation", "milena.petkova@mail.example", "Milena Petkova", None,
        [], None, "de"), "de")
def _(m):
    m.head(("From", "Milena Petkova <milena.petkova@mail.example>"),
           ("To", TO_IR),
           ("Subject", "Re: " + REMINDER_SUBJECT),
           ("Date", m.date),
           ("Message-ID", "<0D3F8B27-5A1C-4E96-B7D2-8C4A1F6E9B03@mail.example>"),
           ("In-Reply-To", "<mailbot.reminder.20270918100002.b41e@gelsenkirchen.example>"),
           ("References", "<mailbot.reminder.20270918100002.b41e@gelsenkirchen.example>"),
           ("X-Mailer", "iPhone Mail (22G84)"),
           ("MIME-Version", "1.0 (1.0)"))
    m.single(f"""Guten Morgen,

leider kann ich am Samstag nicht kommen, meine Tochter ist krank geworden. Bitte streichen Sie mich von der Liste. Vielleicht nächstes Jahr!

Viele Grüße
Milena Petkova

Von meinem iPhone gesendet

> Am 18.09.2027 um 10:00 schrieb Integrationsrat Gelsenkirchen <{IR}>:
>
{gt_quote(reminder("Frau Petkova", "KIS", 1))}
""", charset="utf-8", cte="quoted-printable")



# ---------------------------------------------------------------------------
# writing and checking
# ---------------------------------------------------------------------------

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


def workgroup_ids():
    cfg = tomllib.loads((HERE / "config.toml").read_text(encoding="utf-8"))
    return [w["id"] for w in cfg["workgroups"]]


def check(name, data, m, expected, text_lang, wg_ids):
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
    if not (datetime.datetime(2027, 8, 1, tzinfo=datetime.timezone.utc) <= when
            < datetime.datetime(2027, 10, 1, tzinfo=datetime.timezone.utc)):
        problems.append(f"date {when} outside Aug-Sep 2027")
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

    # decoded headers and bodies, nested messages included
    chunks = []
    for p in all_parts(msg):
        chunks += [f"{k}: {v}" for k, v in p.items()]
        if p.get_content_maintype() == "text":
            body = p.get_content()
            chunks.append(html.unescape(body) if p.get_content_subtype() == "html" else body)
    text = "\n".join(chunks)
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()):
            problems.append(f"non-example domain {dom}")
    for dom in re.findall(r"https?://([\w.-]+)", text):
        if not EXAMPLE_DOMAIN.search(dom.lower()) and dom not in (
                "schemas.microsoft.com", "www.w3.org"):
            problems.append(f"non-example URL host {dom}")

    # -- labels ------------------------------------------------------------
    e = expected
    if tuple(e) != FIELDS:
        problems.append("expected record has wrong keys or key order")
        return problems
    kind = e["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    wg = e["workgroups"]
    if not isinstance(wg, list) or any(w not in wg_ids for w in wg) or len(set(wg)) != len(wg):
        problems.append(f"bad workgroups {wg}")
    if kind not in ("registration", "change") and wg:
        problems.append("workgroups must be [] for this kind")
    ps = e["party_size"]
    if kind == "registration":
        if not (isinstance(ps, int) and ps >= 1):
            problems.append("registration needs party_size >= 1")
    elif kind == "change":
        if ps is not None and not (isinstance(ps, int) and ps >= 1):
            problems.append("change party_size must be null or >= 1")
    elif ps is not None:
        problems.append("party_size must be null for this kind")
    person = kind in ("registration", "change", "cancellation", "question")
    if person:
        addr_ = e["email"]
        if not addr_ or addr_ != addr_.lower():
            problems.append("email missing or not lower-case")
        elif addr_ not in text.lower():
            problems.append(f"email {addr_} not in the mail")
        if not e["name"] or e["name"] not in text:
            problems.append(f"name {e['name']!r} not written in the mail")
        if e["organisation"] is not None and e["organisation"] not in text:
            problems.append(f"organisation {e['organisation']!r} not written in the mail")
        if e["language"] not in LANGS:
            problems.append(f"bad language {e['language']}")
        if e["language"] != text_lang:
            problems.append("language label differs from the text language")
    else:
        for k in ("email", "name", "organisation", "language"):
            if e[k] is not None:
                problems.append(f"{k} must be null for {kind}")
    if kind == "bounce":
        rb = e["bounced_recipient"]
        rcpts = [str(b.get("Final-Recipient", "")) for p in all_parts(msg)
                 if p.get_content_type() == "message/delivery-status"
                 for b in p.get_payload()]
        if not rb or rb != rb.lower() or not any(rb in r.lower() for r in rcpts):
            problems.append("bounced_recipient not lower-case or not in any Final-Recipient")
    elif e["bounced_recipient"] is not None:
        problems.append("bounced_recipient must be null")
    if kind in ("change", "cancellation"):
        if msg["In-Reply-To"] is None or "Angemeldete Personen:" not in text:
            problems.append("change/cancellation must answer and quote the confirmation")
    return problems


def sender_of(data):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    return [a.lower() for _, a in getaddresses([str(msg["From"])])][0]


def stats(built, datas):
    kinds = collections.Counter(e["kind"] for _, _, e, _ in built)
    table = collections.Counter((e["kind"], t) for _, _, e, t in built)
    langs = sorted({t for _, _, _, t in built})
    print("kinds:", dict(sorted(kinds.items(), key=lambda kv: KINDS.index(kv[0]))))
    print("kind x text language:")
    print(f"  {'':13}" + "".join(f"{l:>4}" for l in langs) + "   all")
    for k in KINDS:
        row = [table[(k, l)] for l in langs]
        print(f"  {k:13}" + "".join(f"{c or '-':>4}" for c in row) + f"{sum(row):>6}")
    print(f"  {'all':13}" + "".join(
        f"{sum(table[(k, l)] for k in KINDS):>4}" for l in langs) + f"{len(built):>6}")
    wgs = collections.Counter(w for _, _, e, _ in built if e["kind"] == "registration"
                              for w in e["workgroups"][:1])
    print("registrations by first choice:", dict(sorted(wgs.items())))
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

    wg_ids = workgroup_ids()
    for (name, m, e, t), data in zip(built, datas):
        for problem in check(name, data, m, e, t, wg_ids):
            print(f"{name}: {problem}")
            bad += 1

    # no sender twice; no attendee address twice
    senders = collections.Counter(sender_of(d) for d in datas)
    for s, k in senders.items():
        if k > 1:
            print(f"sender {s} appears {k} times")
            bad += 1
    emails = collections.Counter(e["email"] for _, _, e, _ in built if e["email"])
    for s, k in emails.items():
        if k > 1:
            print(f"label email {s} appears {k} times")
            bad += 1
    if not 40 <= len(built) <= 45:
        print(f"{len(built)} mails; the set must have 40-45")
        bad += 1

    if args.stats:
        stats(built, datas)
    print(f"{len(built)} mails, {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
